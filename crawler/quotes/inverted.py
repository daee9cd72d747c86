"""Step 3b: a speaker written after the cue verb ("said Caddell", "said the senator", "said
Florida-based Republican strategist Al Cardenas", "mused Blaze co-host Stu Burguiere")."""

from __future__ import annotations

from crawler.quotes.lexicon import ROLE_NOUNS, SPEAKER_PRONOUNS, words
from crawler.quotes.mentions import ROLE_STOPS, role_ending_at, surname_like
from crawler.quotes.names import (
    PARTICLES,
    Mention,
    is_name_word,
    is_role_word,
    is_title,
    name_mention,
    names_in,
    possessive_base,
)
from crawler.quotes.tokens import Token

__all__ = ["parse_mention_after"]


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
    if possessive_base(tokens[i].text) and i + 1 < len(tokens) and is_name_word(tokens[i + 1]):
        return _name_after(tokens, i + 1)  # "said Florida's Rick Wilson"
    if tokens[i].lower in _ROLE_DETERMINERS or possessive_base(tokens[i].text):
        j = i + 1
        while j < len(tokens) and j < i + 6 and tokens[j].kind == "word":
            if tokens[j].bare in ROLE_NOUNS or tokens[j].bare.rstrip("s") in ROLE_NOUNS:
                last = j
                while last + 1 < len(tokens) and tokens[last + 1].bare in ROLE_NOUNS:
                    last += 1
                if last + 1 < len(tokens) and is_name_word(tokens[last + 1]):
                    return _name_after(tokens, last + 1) or role_ending_at(tokens, last)
                return _name_in_apposition_after(tokens, last + 1) or role_ending_at(tokens, last)
            j += 1
        return None
    return _name_after(tokens, i) or _name_in_region(tokens, i)


def _name_in_region(tokens: list[Token], i: int) -> Mention | None:
    """ "said MSNBC host Chris Matthews", "said Florida-based Republican strategist Al
    Cardenas", "said Montclair State University political scientist Brigid Harrison": the
    person named in the noun phrase after the cue, after its role words if it has any."""
    j = i
    while j < len(tokens) and j < i + 10 and _in_speaker_phrase(tokens[j]):
        j += 1
    owners = {t.end - 2 for t in tokens[i:j] if possessive_base(t.text)}
    found = [m for m in names_in(tokens[i:j]) if m.end not in owners]  # not "Ms. Merkel's"
    for mention in reversed(found):
        at = next(n for n in range(i, j) if tokens[n].start == mention.start)
        if at > i and is_role_word(tokens[at - 1]):
            return mention
    return found[0] if found and found[0].start == tokens[i].start else None


def _in_speaker_phrase(token: Token) -> bool:
    """A word that can stand in "Florida-based Republican strategist Al Cardenas"."""
    if token.kind == "punct":
        return token.text in {"/", "-", "."}
    if token.text[0].isupper() or token.text[0].isdigit():
        return True
    return token.lower not in ROLE_STOPS and token.lower not in _NOT_IN_PHRASE


#: lower-case words that end the noun phrase naming an inverted speaker
_NOT_IN_PHRASE = frozenset(
    words(
        """
    during while when where because if in on at after before last this next earlier later
    yesterday today tonight tuesday not also
    """
    )
)


#: words opening a role phrase after a cue ("said the senator", "claimed one MP")
_ROLE_DETERMINERS = frozenset(words("the a an his her their one another"))
#: the most words of a phrase between a role and the name set off after it ("at Lehigh")
_ROLE_PHRASE_WORDS = 4


def _name_in_apposition_after(tokens: list[Token], i: int) -> Mention | None:
    """ "said the witness, Jane Holt", "said his best friend at Lehigh, Bruce Turry": the
    name set off by a comma after the role (and a short phrase after it)."""
    for j in range(i, min(len(tokens) - 1, i + _ROLE_PHRASE_WORDS + 1)):
        token = tokens[j]
        if token.text == ",":
            return _name_after(tokens, j + 1) if is_name_word(tokens[j + 1]) else None
        if token.kind != "word":
            return None
    return None


def _name_after(tokens: list[Token], i: int) -> Mention | None:
    if not is_name_word(tokens[i]):
        return None
    j = i
    while j + 1 < len(tokens) and (
        is_name_word(tokens[j + 1])
        or (tokens[j + 1].text == "." and is_title(tokens[j]))
        or (
            tokens[j + 1].lower in PARTICLES and j + 2 < len(tokens) and is_name_word(tokens[j + 2])
        )
    ):
        j += 1
    if j < len(tokens) and not is_name_word(tokens[j]) and possessive_base(tokens[j].text):
        return None
    owned = _name_after_owner(tokens, j + 1)
    if owned is not None:
        return owned  # "American Action Forum's Douglas Holtz-Eakin"
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.text[0].isupper() and possessive_base(after.text):
        return None  # "declaring Donald J. Trump's statements": an owner, no speaker
    mention = name_mention(tokens, i, j)
    if mention is not None and j + 2 < len(tokens) and tokens[j + 1].lower in {"and", "&"}:
        other = _name_after(tokens, j + 2) if is_name_word(tokens[j + 2]) else None
        if other is not None and other.kind == "name" and len(other.names) == 1:
            # "'...,' Edward-Isaac Dovere and Gabriel Debenedetti wrote"
            names = (*mention.names, *other.names)
            return Mention(mention.start, other.end, "", "name", names, mention.role)
    later = _name_after_role_words(tokens, j + 1)
    if mention is None and later is None and tokens[j].bare in ROLE_NOUNS:
        return role_ending_at(tokens, j)
    if mention is None and later is None:
        return surname_like(tokens, i, j)  # "said Guardian", if the article names him
    if later is not None:
        # "said Virginia delegate Beau Correll": the place or employer, then the person
        return later
    return mention


def _name_after_owner(tokens: list[Token], i: int) -> Mention | None:
    """ "Iowa State University's Dianne Bystrom": the person the possessive introduces."""
    if i + 1 >= len(tokens) or not tokens[i].text[0].isupper():
        return None
    if possessive_base(tokens[i].text) is None or not is_name_word(tokens[i + 1]):
        return None
    return _name_after(tokens, i + 1)


def _name_after_role_words(tokens: list[Token], i: int) -> Mention | None:
    """ "delegate Beau Correll", "chapter president Luis Osuna": lower-case role words, a name."""
    j = i
    while (
        j < len(tokens)
        and j < i + 3
        and tokens[j].kind == "word"
        and (tokens[j].text.islower() or (j > i and is_role_word(tokens[j])))
    ):
        j += 1
    if j == i or j >= len(tokens) or not is_name_word(tokens[j]):
        return None
    if not is_role_word(tokens[j - 1]):
        return None
    return _name_after(tokens, j)
