"""What a capitalised name names when it is no person's: a place, an event, a building, an
organisation; and the adverb endings no surname has."""

from __future__ import annotations

import re

from crawler.quotes.firstnames import is_given_name
from crawler.quotes.lexicon import NAME_STOPWORDS, words
from crawler.quotes.names import (
    NOT_PERSON,
    Mention,
    is_name_word,
    is_plural_group,
    is_role_word,
    run_backwards,
)
from crawler.quotes.tokens import Token

__all__ = ["ADVERB_ENDING", "is_organisation", "is_place_or_event", "organisation_named"]

#: adverb endings no surname has ("Kelly", "Daly", "Bradley" keep theirs)
ADVERB_ENDING = re.compile(
    r"(?:ally|ily|ously|ively|edly|fully|ingly|ently|antly|ably|ibly|ately|ckly|ostly|ctly)$"
)


#: words of place and event names, never of a person's ("New Hampshire", "Caesars Palace")
_PLACE_WORDS = frozenset(
    words(
        """
    new north south east west northern southern eastern western central upper lower great
    palace hotel castle hall square park lake river mount mountain hill hills valley county
    bay beach springs fort port heights creek falls ridge tel uss hms
    """
    )
)


#: last words of places and buildings, never of a person's name
_BUILDINGS = frozenset(
    words(
        """
    garden gardens bowl square palace hotel castle stadium arena centre center avenue street
    road bridge airport station university college school hospital church cathedral hall
    """
    )
)


def is_place_or_event(name: str) -> bool:
    """A name of two words or more that names a place, an event or a group, not a person."""
    if name.split()[-1].lower() in _BUILDINGS:
        return True  # "Rose Garden", "Grant Park Hotel": a given name does not make a person
    if is_given_name(name.split()[0]):
        return False
    if name.isupper():
        return True  # "FULL TEXT", "POOL NEWS": a label in capitals
    lower = name.lower().split()
    return any(w in _PLACE_WORDS or w in NAME_STOPWORDS for w in lower) or is_plural_group(
        name.split()[-1]
    )


def is_organisation(name: str) -> bool:
    """ "New York Times", "Home Office": never "he" or "she"."""
    return any(word in NOT_PERSON for word in name.lower().split())


#: heads of an organisation's name that go on with "for", "of" or "to" ("the Society for
#: Quiet Lanes", "the Campaign to Protect Rural England")
_ORGANISATION_HEADS = NOT_PERSON | frozenset(
    words("society campaign alliance coalition trust federation league movement fund board")
)


def organisation_named(tokens: list[Token], first: int, last: int) -> Mention | None:
    """The organisation whose name ends with the capitalised run ``first``..``last``, its
    head before "for"/"of"/"to" ("the Society for Quiet Lanes wrote"); else None."""
    of = first - 1
    if of < 1 or tokens[of].lower not in {"for", "of", "to"} or not is_name_word(tokens[of - 1]):
        return None
    head = tokens[of - 1]
    if head.bare not in _ORGANISATION_HEADS:
        return None
    if any(is_role_word(t) or is_given_name(t.text) for t in tokens[first : last + 1]):
        return None  # "Bank of England Governor Mark Carney": a person after the name
    start = run_backwards(tokens, of - 1)
    name = " ".join(t.text for t in tokens[start : last + 1])
    return Mention(tokens[start].start, tokens[last].end, name, "role", role=name)
