"""Facet counts over every match: per speaker, outlet, party (through the registry) and month.

A statement counts once per value it carries (a statement by two speakers counts for both).
Counts are sorted by count, then value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from indexer import SpeakerRegistry, schema
from search.core import facets_with_core
from search.results import Facet

if TYPE_CHECKING:
    from whoosh.searching import Searcher

__all__ = ["count_facets"]


def count_facets(
    searcher: Searcher, registry: SpeakerRegistry, docnums: Iterable[int], names: tuple[str, ...]
) -> tuple[tuple[str, tuple[Facet, ...]], ...]:
    """The counts of each facet in ``names`` over the documents ``docnums``."""
    fast = facets_with_core(searcher, registry, docnums, names)
    if fast is not None:  # large indexes: counted from the retrieval core's arrays
        return fast
    counters: dict[str, Counter[str]] = {name: Counter() for name in names}
    for docnum in docnums:
        stored = searcher.stored_fields(docnum)
        speakers = [registry.get(i) for i in stored.get(schema.SPEAKER_IDS, "").split()]
        values = {
            "speaker": {s.name for s in speakers if s},
            "party": {s.party for s in speakers if s and s.party},
            "outlet": {o for o in stored.get(schema.OUTLET, "").split(",") if o},
            "month": {stored[schema.DATE].strftime("%Y-%m")} if stored.get(schema.DATE) else set(),
        }
        for name in names:
            counters[name].update(values[name])
    return tuple(
        (name, tuple(Facet(value, count) for value, count in _ordered(counters[name])))
        for name in names
    )


def _ordered(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))
