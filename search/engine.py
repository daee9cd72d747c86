"""The retrieval seam: run a parsed query with its filter, return document numbers and scores.

Everything above this module (parsing, filters, hits, facets) speaks in Whoosh queries and
document numbers; a faster retrieval core replaces :func:`run_query` and keeps its contract:
the same matches, BM25F-ranked (or by date), the same totals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from indexer import schema
from search.core import run_with_core

if TYPE_CHECKING:
    from whoosh.query import Query
    from whoosh.searching import Searcher

__all__ = ["Matches", "run_query"]


@dataclass(frozen=True, slots=True)
class Matches:
    """How many documents match, one page of (docnum, score), and every match when asked."""

    total: int
    page: tuple[tuple[int, float], ...]
    every: frozenset[int] = frozenset()
    #: every match as a numpy array when the retrieval core answered (``every`` is then empty)
    docs: Any = None


def run_query(
    searcher: Searcher,
    query: Query,
    *,
    filter: Query | None,
    sort: str,
    limit: int,
    offset: int,
    every: bool = False,
) -> Matches:
    """Match ``query`` within ``filter``; rank by relevance, or by date ("newest"/"oldest").

    Undated statements come after dated ones in either date order; sorted by date, every
    score is 0.0.
    """
    fast = run_with_core(
        searcher, query, filter=filter, sort=sort, limit=limit, offset=offset, every=every
    )
    if fast is not None:  # large indexes: the retrieval core (search.core), same contract
        return Matches(total=fast.total, page=fast.page, docs=fast.every)
    from search.exclusion import without_whoosh_andnot  # Whoosh's own AndNot is wrong

    wanted = offset + limit
    results = searcher.search(
        without_whoosh_andnot(query),
        filter=None if filter is None else without_whoosh_andnot(filter),
        limit=max(wanted, 1),
        sortedby=_date_order(sort),
        reverse=sort == "newest",
        terms=False,
    )
    ranked = sort == "relevance"
    page = tuple(
        (hit.docnum, float(hit.score or 0.0) if ranked else 0.0) for hit in results[offset:wanted]
    )
    matched = frozenset(results.docs()) if every else frozenset()
    return Matches(total=len(results), page=page, every=matched)


#: what a sortable DATETIME column holds for a document without a date
_UNDATED = 2**63


def _date_order(sort: str) -> Any:
    if sort == "relevance":
        return None
    from whoosh.sorting import FieldFacet, TranslateFacet

    if sort == "oldest":  # undated documents sort as the largest value already
        return FieldFacet(schema.DATE)
    return TranslateFacet(lambda value: -1 if value >= _UNDATED else value, FieldFacet(schema.DATE))
