"""search: the query language, the ranked retrieval core, the Python API and the CLI.

``import search`` stays light: it loads Whoosh and the index layer, never the crawler's parsing
stack (bs4, lxml, httpx, warcio).
"""

from indexer.stats import IndexStats, SpeakerSummary
from search.api import Index, open_index, search
from search.options import SearchOptions
from search.results import Facet, Hit, SearchResult, Source

__all__ = [
    "Facet",
    "Hit",
    "Index",
    "IndexStats",
    "SearchOptions",
    "SearchResult",
    "Source",
    "SpeakerSummary",
    "open_index",
    "search",
]
