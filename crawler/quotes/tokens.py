"""Step 2: a sentence as tokens, with each quote collapsed into one QUOTE token.

Attribution works on what the reporter wrote around the quotes (the frame), so the quoted words
themselves never look like cue verbs or speakers.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from crawler.quotes.lexicon import words
from crawler.quotes.marks import QuoteSpan

__all__ = ["Token", "make_token", "tokenize_frame"]

TokenKind = Literal["word", "punct", "quote"]
_TOKEN = re.compile(r"[^\W_](?:[\w&'\u2019\-]*[^\W_])?\.?(?:[^\W\d_]\.)*|[^\s\w]|_")


class Token(NamedTuple):
    """One word, punctuation mark or whole quote (``quote`` is its index in the span list).

    ``lower`` is the text in lower case, ``bare`` the same without a trailing full stop
    ("Sen." -> "sen"); both are computed once by :func:`make_token`, as every step reads them.
    A named tuple: sentences are tokenised by the thousand, and tuples are cheap to build.
    """

    start: int
    end: int
    text: str
    kind: TokenKind
    quote: int
    lower: str
    bare: str


def make_token(start: int, end: int, text: str, kind: TokenKind, quote: int = -1) -> Token:
    """A token with its lower-case forms filled in."""
    lower = text.lower()
    return Token(start, end, text, kind, quote, lower, lower.rstrip("."))


def tokenize_frame(
    text: str, start: int, end: int, quotes: list[tuple[int, QuoteSpan]]
) -> list[Token]:
    """Tokens of ``text[start:end]``; each quote (marks included) becomes one QUOTE token."""
    tokens: list[Token] = []
    cursor = start
    for index, span in sorted(quotes, key=lambda item: item[1].open_at):
        quote_start = max(span.open_at, start)
        tokens.extend(_words(text, cursor, quote_start))
        quote_end = min(end, span.close_at + 1)
        tokens.append(
            make_token(quote_start, quote_end, text[span.start : span.end], "quote", index)
        )
        cursor = max(cursor, quote_end)
    tokens.extend(_words(text, cursor, end))
    return tokens


def _words(text: str, start: int, end: int) -> list[Token]:
    if start >= end:
        return []
    found: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        kind: TokenKind = "word" if word[0].isalnum() else "punct"
        if kind == "word" and word.endswith(".") and not _keeps_dot(word):
            found.append(make_token(match.start(), match.end() - 1, word[:-1], "word"))
            found.append(make_token(match.end() - 1, match.end(), ".", "punct"))
        else:
            found.append(make_token(match.start(), match.end(), word, kind))
    return found


_DOTTED = frozenset(
    words(
        """
    mr mrs ms dr st sen rep gov gen lt col capt sgt rev prof jr sr vs no jan feb mar apr jun
    jul aug sep sept oct nov dec ft mt pres adm supt insp det hon del atty maj cpl pvt msgr fr
    """
    )
)


def _keeps_dot(word: str) -> bool:
    """Abbreviations and initials keep their full stop ("Sen.", "J.D.", "U.S.")."""
    bare = word[:-1].lower()
    return bare in _DOTTED or "." in bare or (len(bare) == 1 and word[0].isupper())
