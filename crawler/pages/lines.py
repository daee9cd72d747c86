"""Single lines that are never article text, wherever they sit: interface words, bylines,
datelines, copyright notices, bare links, the headline repeated, numbers alone.

Each rule looks at one block of text only, so it is safe on any page: a sentence of the story
ends in punctuation and has more words than these lines do.
"""

from __future__ import annotations

import re

__all__ = ["is_boilerplate_line"]

_INTERFACE = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored|read more|read next|related|related articles?|"
    r"more on this|share|share this(?: article| story)?|share on \w+|follow us.*|sign up.*|"
    r"subscribe.*|click here.*|continue reading|story continues below|skip advertisement|"
    r"hide caption|show caption|toggle caption|enlarge this image|actions|print|email|"
    r"comments?|\d+ comments?|close|menu|loading|copy link|back to top|top|next|previous|"
    r"this article (?:was|has been) (?:updated|amended).{0,40}|image:?.{0,60}|photo:?.{0,60})"
    r"[.:!]?$",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(
    r"^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\w+day,?\s+)?"
    r"(?:\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\w+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)
#: a numeric date or time stamp anywhere in the line
_STAMP = re.compile(
    r"\b(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b"
    r"|\b\d{1,2}:\d{2}\b"
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_BYLINE = re.compile(r"^by[:\s]\s*\S+(?:\s+\S+){0,4}$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:copyright\b|\u00a9|\(c\)|\u2122)|all rights reserved", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u061f\"\u201d\u2019']$")


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def is_boilerplate_line(text: str, *, title: str | None = None) -> bool:
    """Whether one block of text is page furniture rather than article text."""
    if not _LETTER.search(text) or _INTERFACE.match(text) or _DATE_ONLY.match(text):
        return True
    words = len(text.split())
    if title and words <= 30 and _folded(text) == _folded(title):
        return True
    if words <= 6 and _BYLINE.match(text):
        return True
    if len(text) < 200 and _COPYRIGHT.search(text):
        return True
    # "Facebook https://fb.me/paper": a link to follow us, not prose
    if words <= 15 and sum(map(len, _URL.findall(text))) * 2 >= len(text):
        return True
    # "Submitted on Mon, 2019-01-21 13:49", "Patricio Candia | Palma | 08/01/2014"
    return words <= 12 and bool(_STAMP.search(text)) and not _SENTENCE_END.search(text)
