"""Our retrieval alone: the statements index queried without building hits (no stored fields,
no snippets), to tell the core's time from the API's. Uses the ``statements`` index."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.engines.statements_engine import query_string, search_options

__all__ = ["build", "open_engine"]


def build(corpus: Path, index_dir: Path) -> int:
    raise SystemExit("statements-core queries the index the statements engine built")


def open_engine(index_dir: Path) -> Callable[[dict[str, Any]], object]:
    from indexer import StatementIndex
    from search.engine import run_query
    from search.facets import count_facets
    from search.filters import FilterResolver
    from search.options import SearchOptions
    from search.query import parse_query

    store = StatementIndex.open(index_dir)
    searcher = store.searcher()
    resolver = FilterResolver(store.registry, searcher, vocabulary=store.vocabulary)

    def answer(query: dict[str, Any]) -> object:
        checked = SearchOptions.checked(**search_options(query))
        parsed = parse_query(query_string(query), resolver)
        found = run_query(
            searcher,
            parsed.query,
            filter=resolver.options_filter(checked, parsed.since, parsed.until),
            sort="relevance",
            limit=10,
            offset=0,
            every="facet" in query,
        )
        if "facet" in query:
            docs = found.docs if found.docs is not None else sorted(found.every)
            return found, count_facets(searcher, store.registry, docs, (query["facet"],))
        return found

    return answer
