"""What a search returns: plain frozen values, safe to keep after the index is closed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crawler.models import Statement

__all__ = ["Facet", "Hit", "MatchTerms", "SearchResult", "Source"]


@dataclass(frozen=True, slots=True)
class Source:
    """One place a statement was reported; ``source`` is the file or archive it was read from."""

    outlet: str | None
    url: str | None
    date: dt.date | None
    title: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class MatchTerms:
    """What a query looks for in the text, as the index holds it: stemmed words and exact
    stemmed phrases (what a snippet marks)."""

    stems: frozenset[str] = frozenset()
    phrases: frozenset[tuple[str, ...]] = frozenset()


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked statement, where it was reported, and what the query looked for in it."""

    statement: Statement
    score: float
    rank: int
    sources: tuple[Source, ...] = ()
    matched: MatchTerms = field(default_factory=MatchTerms)

    @property
    def snippet(self) -> str:
        """The statement's text (cut around the first match when long) with the matched words
        in ``[[`` and ``]]``; made when asked for, as it is a fifth of the time of a search
        that returns only a few hits."""
        from search.hits import highlight

        return highlight(self.statement.text, self.matched)


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
