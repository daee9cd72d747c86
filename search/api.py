"""The Python API: open an index, search it, list its speakers, count what it holds.

::

    import search

    with search.open_index("~/statements-index") as ix:
        result = ix.search("freeloaders", speaker="Hegseth", limit=10)
        for hit in result.hits:
            print(hit.statement.text, hit.statement.speakers, hit.score)

    result = search.search("~/statements-index", '"coalition of the willing"')  # one shot

Every keyword argument of :meth:`Index.search` is an option of ``statements search`` with the
same name and default. Results are frozen dataclasses, safe to keep after the index closes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from indexer import StatementIndex
from indexer.stats import (
    IndexStats,
    SpeakerSummary,
    TermCounts,
    index_stats,
    speaker_summaries,
)
from search.core import counts_with_core
from search.engine import Matches, run_query
from search.facets import count_facets
from search.filters import FilterResolver
from search.hits import build_hits, matched_terms
from search.options import SearchOptions
from search.query import parse_query
from search.results import SearchResult

__all__ = ["Index", "open_index", "search"]

Values = str | Sequence[str] | None
DateLike = str | dt.date | None


class Index:
    """An open statements index, for searching (see :func:`open_index`)."""

    def __init__(self, store: StatementIndex) -> None:
        self._store = store

    @property
    def path(self) -> Path:
        """The index directory."""
        return self._store.path

    def __enter__(self) -> Index:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the index files."""
        self._store.close()

    def search(
        self,
        query: str,
        *,
        speaker: Values = (),
        party: Values = (),
        outlet: Values = (),
        since: DateLike = None,
        until: DateLike = None,
        kind: str | None = None,
        sort: str = "relevance",
        facets: Values = (),
        limit: int = 10,
        offset: int = 0,
    ) -> SearchResult:
        """Statements matching ``query`` (see :mod:`search.query` for the syntax).

        ``speaker``, ``party`` and ``outlet`` take one value or several (any of them matches);
        ``since``/``until`` take a date or "YYYY", "YYYY-MM", "YYYY-MM-DD" (inclusive);
        ``kind`` is "direct" or "partial"; ``sort`` is "relevance", "newest" or "oldest";
        ``facets`` names counts to return: "speaker", "outlet", "party", "month".
        Raises QueryError for a malformed query or option, SpeakerError for an unknown or
        ambiguous speaker.
        """
        options = SearchOptions.checked(
            speaker=speaker,
            party=party,
            outlet=outlet,
            since=since,
            until=until,
            kind=kind,
            sort=sort,
            facets=facets,
            limit=limit,
            offset=offset,
        )
        return self.search_with(query, options)

    def search_with(self, query: str, options: SearchOptions) -> SearchResult:
        """:meth:`search` with options already checked."""
        self._store.refresh()  # a long-lived Index sees what was indexed since it opened
        searcher = self._store.searcher()
        registry = self._store.registry
        resolver = FilterResolver(
            registry,
            searcher,
            vocabulary=self._store.vocabulary,
            outlet_names=self._store.outlet_names(),
        )
        parsed = parse_query(query, resolver)
        matches = run_query(
            searcher,
            parsed.query,
            filter=resolver.options_filter(options, parsed.since, parsed.until),
            sort=options.sort,
            limit=options.limit,
            offset=options.offset,
            every=bool(options.facets),
        )
        hits = build_hits(
            searcher,
            registry,
            matches.page,
            first_rank=options.offset + 1,
            terms=matched_terms(parsed.query),
        )
        facets = (
            count_facets(searcher, registry, _every(matches), options.facets)
            if options.facets
            else ()
        )
        return SearchResult(total=matches.total, hits=hits, facets=facets)

    def speakers(self, name: str | None = None) -> tuple[SpeakerSummary, ...]:
        """Every speaker with their statement count, most quoted first; with ``name``, the
        speakers it could mean (a SpeakerError when none)."""
        if name is None:
            return speaker_summaries(self._store, counts=self._counts())
        wanted = self._store.registry.candidates(name)
        if not wanted:
            self._store.registry.resolve(name)  # raises with suggestions
        return speaker_summaries(self._store, wanted, self._counts())

    def stats(self) -> IndexStats:
        """Statements, speakers, outlets, date span and size on disk."""
        return index_stats(self._store, self._counts())

    def _counts(self) -> TermCounts | None:
        """The core's term counts on a large index (None: from the segments' terms)."""
        return counts_with_core(self._store.searcher())


def _every(matches: Matches) -> Any:
    """Every match: the core's array when it answered, else Whoosh's docnums in order."""
    return matches.docs if matches.docs is not None else sorted(matches.every)


def open_index(path: Path | str) -> Index:
    """Open the index in ``path`` for searching; IndexStoreError if there is none."""
    return Index(StatementIndex.open(path))


def search(
    path: Path | str,
    query: str,
    *,
    speaker: Values = (),
    party: Values = (),
    outlet: Values = (),
    since: DateLike = None,
    until: DateLike = None,
    kind: str | None = None,
    sort: str = "relevance",
    facets: Values = (),
    limit: int = 10,
    offset: int = 0,
) -> SearchResult:
    """Open the index in ``path``, search it once, close it."""
    with open_index(path) as index:
        return index.search(
            query,
            speaker=speaker,
            party=party,
            outlet=outlet,
            since=since,
            until=until,
            kind=kind,
            sort=sort,
            facets=facets,
            limit=limit,
            offset=offset,
        )
