"""Statement dates: the article's date, moved by what the frame says ("yesterday", "on Monday")."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["statement_date"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_BEFORE = re.compile(r"\b(?:yesterday|last night|on (?:the )?previous day)\b", re.I)
_SAME_DAY = re.compile(
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight|earlier today)\b", re.I
)
_WEEKDAY = re.compile(r"\b(?:(on|last|this) )?(" + "|".join(_WEEKDAYS) + r")\b", re.I)
#: the word written just before a weekday
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


_OPENING_MARKS = frozenset({'"', "'", "\u201c", "\u2018"})


def _weekday(frame: str) -> str | None:
    """The first weekday the frame names as a time: "on Sunday", "said Sunday", "last
    Monday"; not one ending a name ("Fox News Sunday", "Super Tuesday")."""
    for match in _WEEKDAY.finditer(frame):
        if frame[max(0, match.start(2) - 1) : match.start(2)] in _OPENING_MARKS:
            continue  # 'the BBC's "Sunday with Laura Kuenssberg"': a title
        if match.group(1) is None:
            before = _WORD_BEFORE.search(frame, max(0, match.start() - 30), match.start())
            if before is not None and before.group(1)[:1].isupper():
                continue
        return match.group(2)
    return None


def statement_date(frame: str, published: dt.datetime | None) -> dt.date | None:
    """When the words were said, as far as ``frame`` (text outside the quotes) tells.

    Unknown (None) without an article date: a date is never invented.
    """
    if published is None:
        return None
    day = published.date()
    if _DAY_BEFORE.search(frame):
        return day - dt.timedelta(days=1)
    if _SAME_DAY.search(frame):
        return day
    weekday = _weekday(frame)
    if weekday:
        target = _WEEKDAYS.index(weekday.lower())
        back = (day.weekday() - target) % 7
        return day - dt.timedelta(days=back)
    return day
