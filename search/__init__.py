"""search: the query language, the ranked retrieval core, the Python API and the CLI."""

from search.results import Facet, Hit, SearchResult, Source

__all__ = ["Facet", "Hit", "SearchResult", "Source"]
