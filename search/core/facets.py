"""Facet counts over every match, from the keyword arrays instead of stored fields.

The same values and order as :func:`search.facets.count_facets`: a statement counts once per
speaker name, party, outlet (as written) and month it carries; counts sorted by count, then
value. Steps: 1. split the matching docnums by segment; 2. gather each doc's keyword terms
(or date) and count them with ``bincount``; 3. turn term counts into names (speaker ids
through the registry, outlets into their written form) and merge segments.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import numpy.typing as npt

from search.core.arrays import MISSING_DATE
from search.core.segment import SegmentView
from search.results import Facet

__all__ = ["count_core_facets"]

IntArray = npt.NDArray[np.int64]
SPEAKER_IDS, OUTLET = "speaker_ids", "outlet"
_MICROSECONDS_PER_DAY = 86_400_000_000
Counts = tuple[npt.NDArray[np.str_], IntArray]
_NONE: Counts = (np.zeros(0, dtype=str), np.zeros(0, dtype=np.int64))


def count_core_facets(
    views: list[SegmentView], searcher: Any, registry: Any, docs: IntArray, names: tuple[str, ...]
) -> tuple[tuple[str, tuple[Facet, ...]], ...]:
    """Facets ``names`` ("speaker", "party", "outlet", "month") over global docnums ``docs``."""
    found: dict[str, list[Counts]] = {name: [] for name in names}
    docs = np.asarray(docs, dtype=np.int64)
    if len(docs) > 1 and not np.all(docs[1:] >= docs[:-1]):
        docs = np.sort(docs)
    for view in views:  # 1.
        low, high = np.searchsorted(docs, [view.offset, view.offset + view.doc_count])
        local = docs[low:high] - view.offset
        if len(local):
            for name in names:
                found[name].append(_segment_counts(name, view, searcher, registry, local))
    return tuple((name, _ordered(found[name])) for name in names)


def _ordered(parts: list[Counts]) -> tuple[Facet, ...]:
    """One facet's counts, segments summed, by count (descending), then value."""
    if not parts:
        return ()
    if len(parts) == 1:
        values, counts = parts[0]
    else:
        merged: Counter[str] = Counter()
        for part_values, part_counts in parts:
            merged.update(dict(zip(part_values.tolist(), part_counts.tolist(), strict=True)))
        values = np.asarray(list(merged), dtype=str)
        counts = np.asarray(list(merged.values()), dtype=np.int64)
    order = np.lexsort((values, -counts))
    return tuple(map(Facet, values[order].tolist(), counts[order].tolist()))


def _segment_counts(
    name: str, view: SegmentView, searcher: Any, registry: Any, docs: IntArray
) -> Counts:
    """(values, counts) of one facet in one segment, counts > 0."""
    if name == "month":
        return _months(view, docs)
    field = OUTLET if name == "outlet" else SPEAKER_IDS
    keyword = view.arrays.keywords.get(field)
    if keyword is None:
        return _NONE
    terms = list(keyword.terms)
    if name == "outlet":
        counts = np.bincount(keyword.terms_of(docs), minlength=len(terms))
        present = np.flatnonzero(counts)
        written = [_written_outlet(view, searcher, terms[i]) for i in present]
        return np.asarray(written, dtype=str), counts[present]
    code, values = _speaker_codes(view, name, terms, registry)  # 3. term index -> value
    if not len(values):
        return _NONE
    per_doc = _term_counts(keyword, docs)
    single = per_doc == 1  # most statements have one speaker: no value can repeat there
    coded = code[keyword.terms_of(docs[single])]  # 2.
    counts = np.bincount(coded[coded >= 0], minlength=len(values))
    several = docs[per_doc > 1]
    if len(several):  # count a value once per statement, even if two of its speakers share it
        owners = np.repeat(np.arange(len(several), dtype=np.int64), per_doc[per_doc > 1])
        coded = code[keyword.terms_of(several)]
        known = coded >= 0
        pairs = np.unique(owners[known] * len(values) + coded[known])
        counts += np.bincount(pairs % len(values), minlength=len(values))
    present = np.flatnonzero(counts)
    return values[present], counts[present]


def _speaker_codes(
    view: SegmentView, name: str, terms: list[bytes], registry: Any
) -> tuple[IntArray, npt.NDArray[np.str_]]:
    """For each speaker-id term: the index of its name (or party) in a value array, or -1."""
    key = (name, id(registry))
    cached = view.labels.get(key)
    if cached is None:
        value_of = _speaker_values(name, terms, registry)
        values = sorted({v for v in value_of if v is not None})
        index = {v: i for i, v in enumerate(values)}
        code = np.asarray([-1 if v is None else index[v] for v in value_of], dtype=np.int64)
        cached = view.labels[key] = (code, np.asarray(values, dtype=str))
    return cached  # type: ignore[return-value]


def _term_counts(keyword: Any, docs: IntArray) -> IntArray:
    return np.asarray(keyword.doc_offsets[docs + 1] - keyword.doc_offsets[docs], dtype=np.int64)


def _speaker_values(name: str, terms: list[bytes], registry: Any) -> list[str | None]:
    speakers = [registry.get(term.decode("utf-8")) for term in terms]
    if name == "speaker":
        return [s.name if s else None for s in speakers]
    return [s.party if s and s.party else None for s in speakers]


def _written_outlet(view: SegmentView, searcher: Any, term: bytes) -> str:
    """The outlet as stored (the index term is lower-cased): read from one doc carrying it."""
    key = ("outlet", term)
    written = view.labels.get(key)
    if written is None:
        wanted = term.decode("utf-8")
        first = int(view.arrays.keywords[OUTLET].docs_of(term)[0]) + view.offset
        stored = searcher.stored_fields(first).get(OUTLET, "")
        written = view.labels[key] = next(
            (o for o in stored.split(",") if o.lower() == wanted), wanted
        )
    return str(written)


def _months(view: SegmentView, docs: IntArray) -> Counts:
    dates = np.asarray(view.arrays.dates[docs], dtype=np.int64)
    dates = dates[dates != MISSING_DATE]
    if not len(dates):
        return _NONE
    days = np.datetime64("0001-01-01", "D") + (dates // _MICROSECONDS_PER_DAY).astype("m8[D]")
    months, counts = np.unique(days.astype("datetime64[M]"), return_counts=True)
    return months.astype(str), counts.astype(np.int64)
