"""Quoted transcript turns: '"RAMOS: Secretary Clinton, did you lie to them?"'.

A quote that opens with a speaker's name in capitals and a colon is that person's turn: the
statement is the words after the label, and the speaker the person the article names so
("RAMOS" -> "Jorge Ramos"). A label the article ties to no full name ("VIDEO:", or a
surname given nowhere else) leaves the quote nobody's words.
"""

from __future__ import annotations

import dataclasses
import re

from crawler.quotes.frames import Found
from crawler.quotes.lexicon import words
from crawler.quotes.resolve import Resolver

__all__ = ["take_transcript_turns"]

#: "RAMOS:", "SEN. CRUZ:", "MR. TRUMP:" at the start of the quoted words
_LABEL = re.compile(r"([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}):\s+(?=\S)")


def take_transcript_turns(text: str, found: list[Found], resolver: Resolver) -> None:
    """Give each quoted transcript turn its labelled speaker and cut the label off."""
    for item in found:
        label = _LABEL.match(text, item.span.start, item.span.end)
        if label is None:
            continue
        speaker = _person(label.group(1), resolver)
        if speaker is None:
            continue
        item.span = dataclasses.replace(item.span, start=label.end())
        item.text = text[item.span.start : item.span.end]
        item.speakers = (speaker,)
        item.mention = label.group(1)
        item.cue = "say"
        item.attributed = item.cued = True


def _person(label: str, resolver: Resolver) -> str | None:
    """The person the label names, by the article's fullest form of its last word ("RAMOS"
    -> "Jorge Ramos"); None when the article names nobody so, or the label is no speaker."""
    if label.lower().strip(".") in _NO_SPEAKER:
        return None
    surname = label.split()[-1].strip(".'\u2019-").title()
    if not resolver.book.knows_surname(surname):
        return None  # a label the article gives no full name for may be no person at all
    return resolver.book.canonical(surname)


#: labels of transcripts and live pages that name no speaker
_NO_SPEAKER = frozenset(
    words(
        """
    video audio transcript note update watch read photo caption breaking exclusive q a
    question answer crosstalk applause laughter unidentified announcer narrator graphic
    related source sources editor's editor\u2019s correction clarification
    """
    )
)
