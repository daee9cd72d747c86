"""Step 3: who a stretch of tokens names: a person, several, a role, or a pronoun.

A mention is parsed outward from a cue verb: backwards for the subject ("Grant Shapps said"),
forwards for an inverted one ("said the senator"). Names keep their titles apart ("Sen. Ted
Cruz" -> name "Ted Cruz", title "Sen."), so "Cruz" and "Ted Cruz" resolve to the same person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crawler.quotes.lexicon import (
    HONORIFICS,
    NAME_STOPWORDS,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    TITLE_WORDS,
    words,
)
from crawler.quotes.tokens import Token, make_token

__all__ = [
    "Mention",
    "names_in",
    "parse_mention_after",
    "parse_mention_before",
    "possessive_base",
    "role_ending_at",
]

MentionKind = Literal["name", "role", "pronoun"]

_PARTICLES = frozenset(
    set(
        words(
            """
    de van von der den da di du la le al bin ibn del dos ter st.
    """
        )
    )
)
#: words that make a capitalised run an organisation, place or title rather than a person
_NOT_PERSON = frozenset(
    words(
        """
    committee party university college school house senate congress parliament department
    ministry office agency council commission court news radio tv television times post
    journal street avenue road tower center centre institute foundation association union bank
    group company corporation inc ltd club network channel daily weekly magazine press review
    herald tribune guardian telegraph mail sun mirror express independent observer standard
    fox cnn bbc nbc abc cbs msnbc npr pbs twitter facebook instagram youtube state states
    kingdom republic city county island sea ocean canal gulf coast army navy force forces
    guard police service services federal national international hospital church airport
    airlines times-picayune reuters ap afp bloomberg politico axios breitbart hill show
    program programme sunday today morning tonight week campaign administration government
    trust fund caucus board bureau senators democrats republicans
    """
    )
)
_SKIP_BEFORE_CUE = frozenset(
    words(
        """
    has have had was is were are also later then again previously subsequently once reportedly
    recently initially first further since earlier yesterday today tonight just would will
    could can may might must did does do not never always even still often apparently publicly
    privately separately repeatedly already only
    """
    )
)
#: words that end a role phrase read backwards from its head noun
_ROLE_STOPS = frozenset(
    words(
        """
    and or but said says that which who to into with for from in on at by about as than of
    is was were are be been has have had will would says told tells according after before
    """
    )
)
_APPOSITION_OPENERS = frozenset(
    ["who", "which", "whose", "the", "a", "an", "his", "her", "their", "its", "one", "whom"]
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker as written, between ``start`` and ``end`` in the article text.

    ``names`` holds each person's name without titles (several for "Vance and Hegseth");
    ``role`` the role words ("Defence Secretary") when written; ``kind`` what the head is.
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    names: tuple[str, ...] = ()
    role: str = ""
    definite: bool = True


def possessive_base(word: str) -> str | None:
    """ "Trump's" -> "Trump"; None when the word is not possessive."""
    if word.endswith(("'s", "\u2019s")):
        return word[:-2]
    if word.endswith(("s'", "s\u2019")):
        return word[:-1]
    return None


def _is_name_word(token: Token) -> bool:
    if token.kind != "word" or not token.text[0].isupper():
        return False
    return possessive_base(token.text) is None


def _is_title(token: Token) -> bool:
    return token.bare in TITLE_WORDS or token.lower in TITLE_WORDS


def _split_run(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """A capitalised run -> (title/role prefix, name tokens).

    "European Council President Donald Tusk" -> ("European Council President", "Donald Tusk");
    "Mr. King" keeps "King" as the name, because an honorific always precedes a name.
    """
    cut = 0
    for index, token in enumerate(run):
        if token.bare in NAME_STOPWORDS or _is_title(token) or token.bare in ROLE_NOUNS:
            cut = index + 1
        elif index + 1 < len(run) and any(_is_title(t) for t in run[index + 1 : -1]):
            continue
        else:
            break
    if cut == len(run) and cut >= 2 and run[cut - 2].bare in HONORIFICS:
        cut -= 1
    return run[:cut], run[cut:]


def _valid_name(name: list[Token]) -> bool:
    if not name or len(name) > 5:
        return False
    if any(t.bare in _NOT_PERSON for t in name):
        return False
    return not (len(name) == 1 and name[0].bare in NAME_STOPWORDS)


def _run_backwards(tokens: list[Token], end: int) -> int:
    """Index where the capitalised run ending at ``end`` (inclusive) begins."""
    i = end
    while i - 1 >= 0:
        prev = tokens[i - 1]
        if (
            _is_name_word(prev)
            or (prev.lower in _PARTICLES and i - 2 >= 0 and _is_name_word(tokens[i - 2]))
            or (prev.text == "." and i - 2 >= 0 and _is_title(tokens[i - 2]))
        ):
            i -= 1
        else:
            break
    return i


def _name_mention(tokens: list[Token], first: int, last: int) -> Mention | None:
    run = [t for t in tokens[first : last + 1] if t.kind == "word"]
    prefix, name = _split_run(run)
    if not _valid_name(name):
        return None
    return Mention(
        start=tokens[first].start,
        end=tokens[last].end,
        text=_join(tokens[first : last + 1]),
        kind="name",
        names=(" ".join(t.text for t in name),),
        role=" ".join(t.text for t in prefix if t.bare not in NAME_STOPWORDS),
    )


def _join(tokens: list[Token]) -> str:
    out = ""
    for t in tokens:
        if out and t.kind == "word" and not out.endswith(("-",)):
            out += " "
        out += t.text
    return out


def _role_backwards(tokens: list[Token], last: int) -> Mention | None:
    """A role phrase ending at ``last``: "the UK Defence Secretary", "a spokeswoman"."""
    i = last
    limit = max(0, last - 6)
    while i - 1 >= limit and tokens[i - 1].kind == "word":
        word = tokens[i - 1]
        if word.lower in {"the", "a", "an", "his", "her", "their", "its", "our"}:
            i -= 1
            break
        if possessive_base(word.text):
            i -= 1
            while (
                i - 1 >= 0
                and _is_name_word(tokens[i - 1])
                and tokens[i - 1].bare not in NAME_STOPWORDS
            ):
                i -= 1
            break
        if word.lower in _ROLE_STOPS or word.lower in SPEAKER_PRONOUNS or last - i >= 4:
            break
        i -= 1
    if i > 1 and tokens[i - 1].text == "," and _is_name_word(tokens[i - 2]):
        # "Anthony Anton, president and CEO of the association, stated": the person first
        named = _name_mention(tokens, _run_backwards(tokens, i - 2), i - 2)
        if named is not None:
            return named
    head = tokens[i]
    determiner = head.lower
    definite = determiner not in {"a", "an"} and not tokens[last].lower.endswith("s")
    words = tokens[i : last + 1]
    if determiner in {"the", "a", "an"}:
        words = words[1:]
    return Mention(
        start=tokens[i].start,
        end=tokens[last].end,
        text=_join(tokens[i : last + 1]),
        kind="role",
        role=_join(words),
        definite=definite and determiner not in {"a", "an"} and (i < last or determiner == "the"),
    )


def role_ending_at(tokens: list[Token], last: int) -> Mention | None:
    """The role phrase whose head noun is at ``last``."""
    return _role_backwards(tokens, last)


def parse_mention_before(tokens: list[Token], cue: int) -> Mention | None:
    """The subject written just before the cue at ``cue``: "Healey told", "he later said"."""
    i = cue - 1
    while (
        i >= 0
        and tokens[i].kind == "word"
        and (
            tokens[i].lower in _SKIP_BEFORE_CUE
            or (tokens[i].text.endswith("ly") and tokens[i].text.islower())
        )
    ):
        i -= 1
    while i >= 1 and tokens[i].text == ",":
        before = _skip_apposition(tokens, i)
        if before == i:
            if tokens[i - 1].text == ")" or _name_in_apposition(tokens, i - 1):
                i -= 1  # "Gov. John Kasich (R-OH), said", "her shadow, Mel Stride, said"
            break
        i = before
    if i < 0:
        return None
    return _mention_ending_at(tokens, i)


def _name_in_apposition(tokens: list[Token], last: int) -> bool:
    """A name set off by commas: "her shadow, Mel Stride, said"."""
    if not _is_name_word(tokens[last]):
        return False
    first = _run_backwards(tokens, last)
    return first > 0 and tokens[first - 1].text == ","


def _mention_ending_at(tokens: list[Token], i: int) -> Mention | None:
    token = tokens[i]
    if token.kind == "word" and token.lower in SPEAKER_PRONOUNS:
        return Mention(token.start, token.end, token.text, "pronoun")
    if token.kind == "punct" and token.text == ")":
        j = i
        while j >= 0 and tokens[j].text != "(":
            j -= 1
        return _mention_ending_at(tokens, j - 1) if j > 0 else None
    if _is_name_word(token):
        first = _run_backwards(tokens, i)
        mention = _name_mention(tokens, first, i)
        if mention is None:
            if token.bare in ROLE_NOUNS:
                return _role_backwards(tokens, i)
            return _before_of_phrase(tokens, first) or _organisation(tokens, first, i)
        return _coordinated(tokens, first, mention)
    if token.kind == "word" and (token.bare in ROLE_NOUNS or token.bare.rstrip("s") in ROLE_NOUNS):
        return _role_backwards(tokens, i)
    return None


def _organisation(tokens: list[Token], first: int, last: int) -> Mention | None:
    """ "the Home Office said", "Google said": an organisation speaks as a specific speaker."""
    run = [t for t in tokens[first : last + 1] if t.kind == "word"]
    while run and (run[0].bare in NAME_STOPWORDS and run[0].bare not in _ORG_KEEP):
        run = run[1:]
    if not run or len(run) > 6 or not any(t.bare in _NOT_PERSON for t in run):
        return None
    if run[-1].bare in {"sunday", "today", "morning", "tonight", "week"}:
        return None
    name = " ".join(t.text for t in run)
    return Mention(run[0].start, run[-1].end, name, "role", role=name, definite=True)


#: country words kept at the head of an organisation's name ("US State Department")
_ORG_KEEP = frozenset({"us", "u.s", "uk", "u.k", "eu", "un", "nato", "british", "american"})


def _before_of_phrase(tokens: list[Token], first: int) -> Mention | None:
    """ "Mr. Morgan of the Sierra Club said": the person before an "of"/"at"/"from" phrase."""
    j = first - 1
    if j >= 0 and tokens[j].lower == "the":
        j -= 1
    if j >= 1 and tokens[j].lower in {"of", "at", "from", "for", "with"}:
        return _mention_ending_at(tokens, j - 1)
    return None


def _coordinated(tokens: list[Token], first: int, last_name: Mention) -> Mention:
    """ "Vance and Hegseth", "Smith, Jones and Brown": every name in the list."""
    names = list(last_name.names)
    start = last_name.start
    i = first - 1
    if i >= 1 and tokens[i].lower in {"and", "&"}:
        j = i - 1
        while j >= 0:
            if not _is_name_word(tokens[j]):
                break
            run_first = _run_backwards(tokens, j)
            other = _name_mention(tokens, run_first, j)
            if other is None:
                break
            names.insert(0, other.names[0])
            start = other.start
            j = run_first - 1
            if j >= 1 and tokens[j].text == ",":
                j -= 1
                continue
            break
    if len(names) == 1:
        return last_name
    return Mention(start, last_name.end, "", "name", tuple(names), last_name.role)


def _skip_apposition(tokens: list[Token], comma: int) -> int:
    """From the comma closing "X, who ..., said", the index of the token before the first comma."""
    j = comma - 1
    while j >= 0 and tokens[j].text not in {",", "(", ";"} and tokens[j].kind != "quote":
        j -= 1
    if j < 0 or tokens[j].text != "," or comma - j > 20:
        return comma
    opener = tokens[j + 1]
    if (
        opener.lower in _APPOSITION_OPENERS
        or opener.text[0].isdigit()
        or opener.bare in ROLE_NOUNS
        or (tokens[comma - 1].bare in ROLE_NOUNS)
    ):
        return j - 1
    return comma


def parse_mention_after(tokens: list[Token], cue: int) -> Mention | None:
    """An inverted subject just after the cue: "said Caddell", "said the senator"."""
    i = cue + 1
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
    if i >= len(tokens) or tokens[i].kind != "word":
        return None
    if tokens[i].lower in SPEAKER_PRONOUNS:
        return Mention(tokens[i].start, tokens[i].end, tokens[i].text, "pronoun")
    j = i
    if possessive_base(tokens[i].text) and i + 1 < len(tokens) and _is_name_word(tokens[i + 1]):
        return _name_after(tokens, i + 1)  # "said Florida's Rick Wilson"
    if tokens[i].lower in {"the", "a", "an", "his", "her", "their"} or possessive_base(
        tokens[i].text
    ):
        j = i + 1
        while j < len(tokens) and j < i + 6 and tokens[j].kind == "word":
            if tokens[j].bare in ROLE_NOUNS or tokens[j].bare.rstrip("s") in ROLE_NOUNS:
                last = j
                while last + 1 < len(tokens) and tokens[last + 1].bare in ROLE_NOUNS:
                    last += 1
                if last + 1 < len(tokens) and _is_name_word(tokens[last + 1]):
                    return _name_after(tokens, last + 1) or _role_backwards(tokens, last)
                return _role_backwards(tokens, last)
            j += 1
        return None
    return _name_after(tokens, i) or _name_in_region(tokens, i)


def _name_in_region(tokens: list[Token], i: int) -> Mention | None:
    """ "said MSNBC host Chris Matthews", "said 9/11 widow Terry Strada": the first person named
    in the noun phrase after the cue."""
    j = i
    while (
        j < len(tokens)
        and j < i + 8
        and (
            _is_name_word(tokens[j])
            or tokens[j].bare in ROLE_NOUNS
            or _is_title(tokens[j])
            or tokens[j].text.isdigit()
            or tokens[j].text in {"/", "-", "."}
        )
    ):
        j += 1
    for mention in names_in(tokens[i:j]):
        return mention
    return None


def _name_after(tokens: list[Token], i: int) -> Mention | None:
    if not _is_name_word(tokens[i]):
        return None
    j = i
    while j + 1 < len(tokens) and (
        _is_name_word(tokens[j + 1])
        or (tokens[j + 1].text == "." and _is_title(tokens[j]))
        or (
            tokens[j + 1].lower in _PARTICLES
            and j + 2 < len(tokens)
            and _is_name_word(tokens[j + 2])
        )
    ):
        j += 1
    if j < len(tokens) and not _is_name_word(tokens[j]) and possessive_base(tokens[j].text):
        return None
    mention = _name_mention(tokens, i, j)
    if mention is None and tokens[j].bare in ROLE_NOUNS:
        return _role_backwards(tokens, j)
    later = _name_after_role_words(tokens, j + 1)
    if later is not None:
        # "said Virginia delegate Beau Correll": the place or employer, then the person
        return later
    return mention


def _name_after_role_words(tokens: list[Token], i: int) -> Mention | None:
    """ "delegate Beau Correll", "chapter president Luis Osuna": lower-case role words, a name."""
    j = i
    while j < len(tokens) and j < i + 3 and tokens[j].kind == "word" and tokens[j].text.islower():
        j += 1
    if j == i or j >= len(tokens) or not _is_name_word(tokens[j]):
        return None
    if not (tokens[j - 1].bare in ROLE_NOUNS or _is_title(tokens[j - 1])):
        return None
    return _name_after(tokens, j)


def names_in(tokens: list[Token]) -> list[Mention]:
    """Every person name in a frame, in order (used for the name book and salience)."""
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind == "word" and tokens[i].text[0].isupper():
            j = i
            while j + 1 < len(tokens) and (
                _is_name_word(tokens[j + 1])
                or (tokens[j + 1].text == "." and _is_title(tokens[j]))
                or (
                    tokens[j + 1].lower in _PARTICLES
                    and j + 2 < len(tokens)
                    and _is_name_word(tokens[j + 2])
                )
            ):
                j += 1
            if (
                j + 1 < len(tokens)
                and tokens[j + 1].kind == "word"
                and possessive_base(tokens[j + 1].text)
                and (tokens[j + 1].text[0].isupper())
            ):
                j += 1
            last = j
            if possessive_base(tokens[j].text) is None and not _is_name_word(tokens[j]):
                last = j - 1
            if possessive_base(tokens[j].text):
                base = make_token(
                    tokens[j].start,
                    tokens[j].end - 2,
                    possessive_base(tokens[j].text) or "",
                    "word",
                )
                run = [*tokens[i:j], base]
                mention = _name_mention(run, 0, len(run) - 1)
            else:
                mention = _name_mention(tokens, i, last) if last >= i else None
            if mention is not None:
                found.append(mention)
            i = j + 1
        else:
            i += 1
    return found
