"""What a search returns: plain frozen values, safe to keep after the index is closed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crawler.models import Statement

__all__ = ["Facet", "Hit", "SearchResult", "Source"]


@dataclass(frozen=True, slots=True)
class Source:
    """One place a statement was reported; ``source`` is the file or archive it was read from."""

    outlet: str | None
    url: str | None
    date: dt.date | None
    title: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked statement; ``snippet`` marks matched words with ``[[`` and ``]]``."""

    statement: Statement
    score: float
    rank: int
    snippet: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, slots=True)
class Facet:
    """One value of a facet and how many matching statements carry it."""

    value: str
    count: int


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The total number of matches, one page of hits, and facet counts when asked for."""

    total: int
    hits: tuple[Hit, ...]
    facets: tuple[tuple[str, tuple[Facet, ...]], ...] = ()

    def facet(self, name: str) -> tuple[Facet, ...]:
        """The counts of one facet ("speaker", "outlet", "party", "month"), or () if not asked."""
        return dict(self.facets).get(name, ())
