"""When the core answers instead of Whoosh: light to import (numpy loads only when used).

A small index (the seed article, a test fixture) is answered by Whoosh directly: below
:data:`CORE_MIN_DOCS` documents Whoosh is already fast and the process starts quicker without
numpy. ``STATEMENTS_CORE=on`` or ``off`` in the environment overrides the choice.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from indexer.stats import TermCounts
    from search.core.searcher import CoreMatches
    from search.results import Facet

__all__ = [
    "CORE_MIN_DOCS",
    "counts_with_core",
    "facets_with_core",
    "refresh_core",
    "run_with_core",
    "wants_core",
]

CORE_MIN_DOCS = 20_000


def wants_core(searcher: Any) -> bool:
    """Whether queries on this searcher's index go through the core."""
    setting = os.environ.get("STATEMENTS_CORE", "auto").lower()
    if setting in ("on", "1", "yes"):
        return True
    if setting in ("off", "0", "no"):
        return False
    return bool(searcher.doc_count_all() >= CORE_MIN_DOCS)


def run_with_core(
    searcher: Any,
    query: Any,
    *,
    filter: Any | None,
    sort: str,
    limit: int,
    offset: int,
    every: bool = False,
) -> CoreMatches | None:
    """The core's answer, or None when the core is off for this index or cannot evaluate the
    query (the caller then asks Whoosh)."""
    if not wants_core(searcher):
        return None
    from search.core.execute import Unsupported
    from search.core.searcher import core_for

    try:
        return core_for(searcher).run(
            searcher, query, filter=filter, sort=sort, limit=limit, offset=offset, every=every
        )
    except Unsupported:
        return None


def facets_with_core(
    searcher: Any, registry: Any, docs: Any, names: tuple[str, ...]
) -> tuple[tuple[str, tuple[Facet, ...]], ...] | None:
    """Facet counts over the docnums ``docs`` from the core's arrays, or None when the core
    is off for this index (the caller then counts from stored fields)."""
    if not wants_core(searcher):
        return None
    from search.core.facets import count_core_facets
    from search.core.searcher import core_for

    views = core_for(searcher).views(searcher)
    return count_core_facets(views, searcher, registry, docs, names)


def counts_with_core(searcher: Any) -> TermCounts | None:
    """Live term counts and date span from the core's arrays, or None when the core is off
    for this index (the caller then counts from the segments' terms)."""
    if not wants_core(searcher):
        return None
    from search.core.counts import CoreTermCounts
    from search.core.searcher import core_for

    return CoreTermCounts(core_for(searcher).views(searcher))


def refresh_core(searcher: Any) -> int:
    """After a commit: build and save the arrays of new segments (in two processes when there
    are several), drop those of merged-away ones; how many were built (0 when the core is off
    for this index)."""
    if not wants_core(searcher):
        return 0
    from search.core.searcher import refresh_core as refresh

    return refresh(searcher)
