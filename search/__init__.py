"""search: the query language, the ranked retrieval core, the Python API and the CLI.

``import search`` stays light: it loads Whoosh and the index layer, never the crawler's parsing
stack (bs4, lxml, httpx, warcio). The errors a search can raise are re-exported here so that
embedding code can ``except search.SpeakerError``.
"""

from crawler.errors import IndexStoreError, QueryError, SpeakerError, StatementsError
from indexer.stats import IndexStats, SpeakerSummary
from search.api import Index, open_index, search
from search.options import SearchOptions
from search.results import Facet, Hit, SearchResult, Source

__all__ = [
    "Facet",
    "Hit",
    "Index",
    "IndexStats",
    "IndexStoreError",
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
