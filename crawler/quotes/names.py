"""Person names in a stretch of tokens: "Sen. Ted Cruz" -> name "Ted Cruz", title "Sen.".

Names keep their titles apart so that "Cruz", "Sen. Cruz" and "Ted Cruz" resolve to the same
person; runs that name an organisation, a place or a title only are not names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from crawler.quotes.firstnames import is_given_name
from crawler.quotes.lexicon import (
    HEADLINE_VERBS,
    HONORIFICS,
    NAME_STOPWORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
    words,
)
from crawler.quotes.tokens import Token, make_token

__all__ = [
    "NOT_PERSON",
    "PARTICLES",
    "PARTY_TAG",
    "Mention",
    "MentionKind",
    "coordinated",
    "is_name_word",
    "is_plural_group",
    "is_role_word",
    "is_title",
    "join_tokens",
    "name_mention",
    "names_in",
    "possessive_base",
    "run_backwards",
    "split_run",
    "valid_name",
    "words_with_plural_owners",
]

MentionKind = Literal["name", "role", "pronoun"]

#: role words that never end a person's name
_NEVER_SURNAMES = frozenset(
    words(
        """
    republican democrat tory conservative liberal senator minister secretary president
    spokesman spokeswoman spokesperson governor chancellor mp mps mep msp ceo mayor premier
    """
    )
)
#: a US party-and-state tag written after a name: "R-Ky.", "D-N.Y.", "I-Vt"
PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")


PARTICLES = frozenset(
    set(
        words(
            """
    de van von der den da di du la le al bin ibn del dos ter st.
    """
        )
    )
)


#: words that make a capitalised run an organisation, place or title rather than a person
NOT_PERSON = frozenset(
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
    accord agreement treaty convention summit conference festival museum
    library stadium bridge trust fund caucus board bureau senators democrats
    republicans
    """
    )
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


def is_name_word(token: Token) -> bool:
    if token.kind != "word" or not token.text[0].isupper():
        return False
    if token.lower in HEADLINE_VERBS:
        return False  # "Francois Hollande Says Donald Trump ...": the verb ends the name
    if "-" in token.text and _HYPHENATED_ADJECTIVE.search(token.text):
        return False  # "Florida-based", "Trump-style", "Obama-era": a description, no name
    return possessive_base(token.text) is None


#: a capitalised word joined to a lower-case one: an adjective ("Florida-based"), never a name
_HYPHENATED_ADJECTIVE = re.compile(
    r"-(?:based|style|era|led|backed|born|like|type|made|owned|funded|linked|bred|run|allied|"
    r"friendly|leaning|affiliated|aligned|controlled|sponsored|appointed|inspired|esque)$"
)


def is_title(token: Token) -> bool:
    return token.bare in TITLE_WORDS or token.lower in TITLE_WORDS


def split_run(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """A capitalised run -> (title/role prefix, name tokens).

    "European Council President Donald Tusk" -> ("European Council President", "Donald Tusk");
    "Mr. King" keeps "King" as the name, because an honorific always precedes a name.
    """
    cut = 0
    for index, token in enumerate(run):
        if token.bare in NAME_STOPWORDS or _is_role(token):
            cut = index + 1
        elif index + 1 < len(run) and any(_is_role(t) for t in run[index + 1 : -1]):
            continue
        else:
            break
    if cut == len(run) and cut >= 2 and run[cut - 2].bare in HONORIFICS:
        cut -= 1
    return run[:cut], run[cut:]


def _is_role(token: Token) -> bool:
    """A title or role noun, also hyphenated ("Secretary-Treasurer", "Co-Founder")."""
    bare = token.bare
    if is_title(token) or bare in ROLE_NOUNS:
        return True
    return "-" in bare and bare.rsplit("-", 1)[1] in ROLE_NOUNS | TITLE_WORDS


def is_role_word(token: Token) -> bool:
    """A role noun or title, also plural or hyphenated ("aides", "co-founder")."""
    if token.kind != "word":
        return False
    return _is_role(token) or token.bare.rstrip("s") in ROLE_NOUNS


def valid_name(name: list[Token]) -> bool:
    if not name or len(name) > 5:
        return False
    if any(PARTY_TAG.fullmatch(t.text) for t in name):
        return False
    if any(t.bare in NOT_PERSON for t in name) and not _given_name_first(name):
        return False
    if name[-1].bare in _NEVER_SURNAMES:
        return False  # "the Kentucky Republican", "the Labour Secretary": a role
    if any(not t.text.isalpha() and _DIGIT.search(t.text) for t in name):
        return False  # "MH17", "G20": a flight, a summit, never a person
    if all(_INITIALS.fullmatch(t.text) for t in name):
        return False  # "N.H.", "E. J.": initials or an abbreviation, no name by themselves
    if len(name) == 1 and is_plural_group(name[0].text):
        return False  # "Muslims", "Americans", "Hispanics": a group, never one person
    return not (len(name) == 1 and name[0].bare in NAME_STOPWORDS)


_DIGIT = re.compile(r"\d")
#: an initial or a dotted abbreviation: "J.", "N.H.", "D.C."
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")


def is_plural_group(word: str) -> bool:
    """ "Iowans", "Muslims", "Latinos": a plural group name."""
    return _PLURAL_GROUP.search(word) is not None


#: endings of plural group names ("Iowans", "Muslims", "Latinos"), not of surnames ("Evans")
_PLURAL_GROUP = re.compile(r"(?:ians|cans|peans|reans|wans|xans|ims|ics|inos|inas|ists|ites)$")


def _given_name_first(name: list[Token]) -> bool:
    """ "Don Guardian", "Ian Read": a common given name makes a person of any surname."""
    return len(name) == 2 and is_given_name(name[0].text) and name[1].bare not in _NEVER_SURNAMES


def run_backwards(tokens: list[Token], end: int) -> int:
    """Index where the capitalised run ending at ``end`` (inclusive) begins."""
    i = end
    while i - 1 >= 0:
        prev = tokens[i - 1]
        if (
            is_name_word(prev)
            or (prev.lower in PARTICLES and i - 2 >= 0 and is_name_word(tokens[i - 2]))
            or (prev.text == "." and i - 2 >= 0 and is_title(tokens[i - 2]))
            or _plural_owner_in_a_name(tokens, i)
        ):
            i -= 1
        else:
            break
    return i


def words_with_plural_owners(tokens: list[Token], run: list[Token]) -> list[str]:
    """The words of a name run, an apostrophe kept after a plural owner ("Prison Officers'
    Association")."""
    apostrophes = {t.start: t.text for t in tokens if t.text in {"'", "\u2019"}}
    return [t.text + apostrophes.get(t.end, "") for t in run]


def _plural_owner_in_a_name(tokens: list[Token], i: int) -> bool:
    """ "Prison Officers' Association", "National Farmers' Union": the apostrophe before
    ``tokens[i]`` ends a plural inside an organisation's name."""
    mark, owner = tokens[i - 1], tokens[i - 2] if i >= 2 else None
    return (
        owner is not None
        and mark.text in {"'", "\u2019"}
        and owner.end == mark.start
        and owner.text.endswith("s")
        and is_name_word(owner)
        and tokens[i].bare in NOT_PERSON
    )


def name_mention(tokens: list[Token], first: int, last: int) -> Mention | None:
    run = [t for t in tokens[first : last + 1] if t.kind == "word"]
    prefix, name = split_run(run)
    if not valid_name(name):
        return None
    return Mention(
        start=tokens[first].start,
        end=tokens[last].end,
        text=join_tokens(tokens[first : last + 1]),
        kind="name",
        names=(" ".join(t.text for t in name),),
        role=" ".join(
            t.text for t in prefix if t.bare not in NAME_STOPWORDS or t.bare in TITLE_WORDS
        ),
    )


def join_tokens(tokens: list[Token]) -> str:
    out = ""
    for t in tokens:
        if out and t.kind == "word" and not out.endswith(("-",)):
            out += " "
        out += t.text
    return out


def names_in(tokens: list[Token]) -> list[Mention]:
    """Every person name in a frame, in order (used for the name book and salience)."""
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        if (
            tokens[i].kind == "word"
            and tokens[i].text[0].isupper()
            and tokens[i].lower not in HEADLINE_VERBS
        ):
            j = i
            # "Labour's Angela Rayner": an owner ends its run at once
            owner = possessive_base(tokens[i].text) is not None
            while (
                not owner
                and j + 1 < len(tokens)
                and (
                    is_name_word(tokens[j + 1])
                    or (tokens[j + 1].text == "." and is_title(tokens[j]))
                    or (
                        tokens[j + 1].lower in PARTICLES
                        and j + 2 < len(tokens)
                        and is_name_word(tokens[j + 2])
                    )
                )
            ):
                j += 1
            if (
                not owner
                and j + 1 < len(tokens)
                and tokens[j + 1].kind == "word"
                and possessive_base(tokens[j + 1].text)
                and (tokens[j + 1].text[0].isupper())
            ):
                j += 1
            last = j
            if possessive_base(tokens[j].text) is None and not is_name_word(tokens[j]):
                last = j - 1
            if possessive_base(tokens[j].text):
                base = make_token(
                    tokens[j].start,
                    tokens[j].end - 2,
                    possessive_base(tokens[j].text) or "",
                    "word",
                )
                run = [*tokens[i:j], base]
                mention = name_mention(run, 0, len(run) - 1)
            else:
                mention = name_mention(tokens, i, last) if last >= i else None
            if mention is not None:
                found.append(mention)
            i = j + 1
        else:
            i += 1
    return found


def _before_role_in_apposition(tokens: list[Token], i: int) -> int:
    """ "Mr Carver and the Foreign Secretary, Nadia Brook": from the comma at ``i`` back past
    the role the name stands beside, to the word before it ("and"); else ``i``."""
    if i < 2 or tokens[i].text != ",":
        return i
    k = i - 1
    while (
        k > 0 and tokens[k].kind == "word" and (is_name_word(tokens[k]) or tokens[k].lower == "of")
    ):
        k -= 1
    if k == i - 1 or tokens[k].lower != "the" or not is_role_word(tokens[i - 1]):
        return i
    return k - 1 if k >= 1 and tokens[k - 1].lower in {"and", "&"} else i


def coordinated(tokens: list[Token], first: int, last_name: Mention) -> Mention:
    """ "Vance and Hegseth", "Smith, Jones and Brown": every name in the list."""
    names = list(last_name.names)
    start = last_name.start
    i = _before_role_in_apposition(tokens, first - 1)
    if i >= 1 and tokens[i].lower in {"and", "&"}:
        j = i - 1
        while j >= 0:
            if not is_name_word(tokens[j]):
                break
            run_first = run_backwards(tokens, j)
            other = name_mention(tokens, run_first, j)
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
