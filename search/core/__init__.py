"""The fast ranked retrieval core: compact posting arrays beside the Whoosh segments.

Whoosh stays the index of record; the core reads each segment once into arrays (saved under
``<index>/core``) and answers Term/And/Or/AndNot/Phrase queries with filters, BM25F-ranked
exactly as Whoosh ranks them. Modules: ``arrays`` (building, saving, loading the arrays of a
segment), ``segment`` (a segment's view: deletions, cached filter masks), ``execute``
(evaluating a query tree), ``searcher`` (the long-lived core of an index), ``facets`` and
``counts`` (facet counts, the index's term counts), ``dispatch`` (when the core answers).
Only ``dispatch`` is imported here: it is light, the rest loads numpy.
"""

from search.core.dispatch import (
    CORE_MIN_DOCS,
    counts_with_core,
    facets_with_core,
    refresh_core,
    run_with_core,
    wants_core,
)

__all__ = [
    "CORE_MIN_DOCS",
    "counts_with_core",
    "facets_with_core",
    "refresh_core",
    "run_with_core",
    "wants_core",
]
