"""The article's layout: paragraphs with offsets, captions, and sentence boundaries.

Offsets are Python str indices into the article text, so every span found later points back
into exactly the text the reader sees.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from crawler.quotes.lexicon import words

__all__ = ["Paragraph", "sentence_bounds", "split_paragraphs"]

_FINAL_MARKS = "'\"\u2019\u201d\u2018\u201c)]»"
_SENTENCE_END = ".!?…:;"
#: a caption or pull-quote repeats the body without final punctuation; longer lines are body
_CAPTION_MAX_CHARS = 320


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-empty line (or block) of the article text."""

    index: int
    start: int
    end: int
    is_caption: bool


def split_paragraphs(text: str) -> list[Paragraph]:
    """Every non-empty line as a paragraph, stripped; captions flagged (no final punctuation)."""
    paragraphs: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            caption = _looks_like_caption(text[start:end])
            paragraphs.append(Paragraph(len(paragraphs), start, end, caption))
    return paragraphs


def _looks_like_caption(line: str) -> bool:
    """A short line without final punctuation, or one that opens with a picture's label
    ("Picture: ...", "Pictured: ...", "Photo: ..."): a caption, pull-quote or headline."""
    bare = line.rstrip(_FINAL_MARKS + " ")
    if not bare or len(line) > _CAPTION_MAX_CHARS:
        return False
    return bare[-1] not in _SENTENCE_END or _CAPTION_LABEL.match(line) is not None


#: the label a caption opens with when the page's text keeps it in the body
_CAPTION_LABEL = re.compile(r"(?:Pictured|Picture|Photograph|Photo|Image|Caption)\s*[:|]")


#: abbreviations after which a full stop does not end a sentence
_ABBREVIATIONS = frozenset(
    words(
        """
    mr mrs ms dr st sen rep gov gen lt col capt sgt rev prof jr sr vs v no inc corp co ltd jan
    feb mar apr jun jul aug sep sept oct nov dec u.s u.k d.c a.m p.m e.g i.e etc ft mt pres
    adm cmdr supt insp det messrs hon del atty maj cpl pvt msgr fr ave blvd
    """
    )
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


def sentence_bounds(
    text: str, start: int, end: int, protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentence (start, end) pairs inside ``text[start:end]``, never splitting a protected span
    (``protected``: disjoint (start, end) pairs in text order)."""
    bounds: list[tuple[int, int]] = []
    cursor = start
    starts = [s for s, _ in protected]
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end()
        if _inside(match.start(), protected, starts) or _after_abbreviation(text, match.start()):
            continue
        bounds.append((cursor, cut))
        cursor = cut
    if cursor < end:
        bounds.append((cursor, end))
    return bounds


def _inside(position: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    at = bisect_right(starts, position) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def _after_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    return token in _ABBREVIATIONS or "." in token or (len(token) == 1 and text[dot - 1].isupper())
