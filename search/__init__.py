"""search: the query language, the ranked retrieval core, the Python API and the CLI.

``import search`` is light: the names below load their modules (Whoosh and the index layer) on
first use, so commands that never search (``statements extract``, ``parse``) do not pay for
them, and nothing here ever loads the crawler's parsing stack (bs4, lxml, httpx, warcio). The
errors a search can raise are re-exported so that embedding code can ``except
search.SpeakerError``.
"""

import importlib
import typing

from crawler.errors import IndexStoreError, QueryError, SpeakerError, StatementsError

if typing.TYPE_CHECKING:
    from indexer.stats import IndexStats, SpeakerSummary
    from search.api import Index, open_index, search
    from search.options import SearchOptions
    from search.results import Facet, Hit, MatchTerms, SearchResult, Source

__all__ = [
    "Facet",
    "Hit",
    "Index",
    "IndexStats",
    "IndexStoreError",
    "MatchTerms",
    "QueryError",
    "SearchOptions",
    "SearchResult",
    "Source",
    "SpeakerError",
    "SpeakerSummary",
    "StatementsError",
    "open_index",
    "search",
]

#: public name -> the module that defines it, imported on first use
_LAZY = {
    "Facet": "search.results",
    "Hit": "search.results",
    "Index": "search.api",
    "IndexStats": "indexer.stats",
    "MatchTerms": "search.results",
    "SearchOptions": "search.options",
    "SearchResult": "search.results",
    "Source": "search.results",
    "SpeakerSummary": "indexer.stats",
    "open_index": "search.api",
    "search": "search.api",
}


def __getattr__(name: str) -> object:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'search' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
