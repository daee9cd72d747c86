"""Live documents per keyword term and the span of live dates, from the core's arrays.

The index's statistics (``statements stats``, ``statements speakers``) count the documents
that hold each speaker and outlet and find the earliest and latest date. From the segments'
term dictionaries that is a walk over every term of every segment (seconds at a million
statements); the core holds each segment's keyword postings, dates and deletions as arrays, so
the same counts are a few numpy passes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import numpy as np

from search.core.arrays import MISSING_DATE, KeywordArrays
from search.core.segment import SegmentView

__all__ = ["CoreTermCounts"]


class CoreTermCounts:
    """:class:`indexer.stats.TermCounts` over the core's segment views."""

    def __init__(self, views: list[SegmentView]) -> None:
        self._views = views

    def live(self, field: str) -> dict[bytes, int]:
        counts: Counter[bytes] = Counter()
        for view in self._views:
            keyword = view.arrays.keywords[field]
            per_term = _live_per_term(keyword, view.deleted)
            for term, index in keyword.terms.items():
                if per_term[index]:
                    counts[term] += int(per_term[index])
        return dict(counts)

    def date_span(self) -> tuple[dt.date | None, dt.date | None]:
        lows, highs = [], []
        for view in self._views:
            dates = view.arrays.dates
            live = dates != MISSING_DATE
            if view.deleted is not None:
                live &= ~view.deleted
            if live.any():
                lows.append(int(dates[live].min()))
                highs.append(int(dates[live].max()))
        if not lows:
            return None, None
        return _day(min(lows)), _day(max(highs))


def _live_per_term(keyword: KeywordArrays, deleted: Any) -> Any:
    """How many of each term's documents are not deleted (indexed as ``keyword.terms``)."""
    offsets = np.asarray(keyword.offsets, dtype=np.int64)
    if deleted is None:
        return np.diff(offsets)
    live = np.concatenate(([0], np.cumsum(~deleted[keyword.docs], dtype=np.int64)))
    return live[offsets[1:]] - live[offsets[:-1]]


def _day(value: int) -> dt.date:
    """The date of a date column's value (Whoosh's sortable form of a datetime)."""
    from whoosh.util.times import long_to_datetime

    return long_to_datetime(value).date()  # type: ignore[no-any-return]
