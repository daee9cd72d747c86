"""Merge the arrays of several consecutive segments into one "base" set of arrays.

Per-query work in the core has a fixed cost per segment; an index built in many batches has
many segments. The base holds the arrays of a run of segments as if they were one (global
document numbers from the first one), so a query pays the fixed cost once. Segments added
later are served beside the base until the next merge; a base whose segments Whoosh has merged
away is dropped. Steps of :func:`merge_segment_arrays`:

1. a global term list per field (the union, sorted) and each segment's local -> global map;
2. every posting tagged with its global term, then one stable sort by term (documents stay in
   order within a term because segments come in document order);
3. positions re-gathered in the new posting order; per-document columns concatenated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from search.core.arrays import (
    KeywordArrays,
    SegmentArrays,
    TextArrays,
    gather_ranges,
    running_offsets,
)

__all__ = ["base_id", "merge_segment_arrays"]

IntArray = npt.NDArray[np.int64]
CHUNK = 1 << 20


def base_id(segment_ids: list[str]) -> str:
    """The name of the base made of these segments, in this order."""
    digest = hashlib.blake2b("\x1f".join(segment_ids).encode(), digest_size=8).hexdigest()
    return f"base-{len(segment_ids)}-{digest}"


def _global_terms(dicts: list[dict[bytes, int]]) -> tuple[dict[bytes, int], list[IntArray]]:
    """1. The union of the terms, sorted, and each segment's local -> global index."""
    union = sorted(set().union(*dicts))
    index = {term: i for i, term in enumerate(union)}
    maps = [np.fromiter((index[t] for t in d), dtype=np.int64, count=len(d)) for d in dicts]
    return index, maps


def _tagged(offsets: list[IntArray], maps: list[IntArray]) -> npt.NDArray[np.int32]:
    """2. The global term of every posting, segment after segment."""
    return np.concatenate(
        [
            m.astype(np.int32)[np.repeat(np.arange(len(o) - 1), np.diff(o))]
            for o, m in zip(offsets, maps, strict=True)
        ]
    )


def _offsets(terms_of_postings: npt.NDArray[np.integer[Any]], term_count: int) -> IntArray:
    offsets = np.zeros(term_count + 1, dtype=np.int64)
    np.cumsum(np.bincount(terms_of_postings, minlength=term_count), out=offsets[1:])
    return offsets


def _merge_text(parts: list[TextArrays], starts: list[int]) -> TextArrays:
    """Postings placed term by term, segment after segment, in slices of CHUNK postings."""
    terms, maps = _global_terms([p.terms for p in parts])
    lengths = [_lengths(p.offsets) for p in parts]
    counts = np.zeros(len(terms), dtype=np.int64)
    for found, local in zip(maps, lengths, strict=True):
        counts[found] += local
    offsets = np.zeros(len(terms) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    total = int(offsets[-1])
    docs = np.empty(total, dtype=np.int32)
    weights = np.empty(total, dtype=np.float32)
    cursor = offsets[:-1].copy()  # where each term's next postings go
    bases = []
    for part, found, local, first_doc in zip(parts, maps, lengths, starts, strict=True):
        base = cursor[found].copy()  # this segment's first slot in each of its terms
        bases.append(base)
        cursor[found] += local
        for rows, dest in _destinations(np.asarray(part.offsets), base):
            docs[dest] = np.asarray(part.docs[rows]) + np.int32(first_doc)
            weights[dest] = part.weights[rows]
    positions = np.empty(sum(len(p.positions) for p in parts), dtype=np.int32)
    pos_offsets = running_offsets(weights, total=len(positions))
    for part, base in zip(parts, bases, strict=True):
        for rows, dest in _destinations(np.asarray(part.offsets), base):
            source = gather_ranges(np.arange(0), part.pos_offsets, rows, indexes_only=True)
            target = gather_ranges(np.arange(0), pos_offsets, dest, indexes_only=True)
            positions[target] = part.positions[source]
    return TextArrays(
        terms=terms,
        offsets=offsets,
        docs=docs,
        weights=weights,
        positions=positions,
        lengths=np.concatenate([p.lengths for p in parts]),
    )


def _lengths(offsets: Any) -> IntArray:
    """How many postings each term has."""
    found: IntArray = np.diff(np.asarray(offsets, dtype=np.int64)).astype(np.int64)
    return found


def _destinations(local_offsets: IntArray, base: IntArray) -> Iterator[tuple[IntArray, IntArray]]:
    """(posting rows of one segment, their slots in the merged arrays), CHUNK rows at a time."""
    total = int(local_offsets[-1])
    for first in range(0, total, CHUNK):
        rows = np.arange(first, min(total, first + CHUNK), dtype=np.int64)
        term = np.searchsorted(local_offsets, rows, side="right") - 1
        yield rows, base[term] + (rows - local_offsets[term])


def _merge_keyword(parts: list[KeywordArrays], starts: list[int]) -> KeywordArrays:
    terms, maps = _global_terms([p.terms for p in parts])
    tags = _tagged([np.asarray(p.offsets) for p in parts], maps)
    order = np.argsort(tags, kind="stable")
    docs = np.concatenate(
        [np.asarray(p.docs) + np.int32(s) for p, s in zip(parts, starts, strict=True)]
    )
    term_shift = np.cumsum([0] + [len(p.doc_terms) for p in parts[:-1]])
    doc_offsets = np.concatenate(
        [np.asarray(p.doc_offsets[:-1]) + t for p, t in zip(parts, term_shift, strict=True)]
        + [np.asarray([sum(len(p.doc_terms) for p in parts)])]
    )
    doc_terms = np.concatenate(
        [m[np.asarray(p.doc_terms, np.int64)] for p, m in zip(parts, maps, strict=True)]
    )
    return KeywordArrays(
        terms=terms,
        offsets=_offsets(tags, len(terms)),
        docs=docs[order].astype(np.int32),
        doc_offsets=doc_offsets.astype(np.int64),
        doc_terms=doc_terms.astype(np.int32),
    )


def merge_segment_arrays(parts: list[SegmentArrays], segment_ids: list[str]) -> SegmentArrays:
    """One set of arrays for consecutive segments (steps 1-3 of the module docstring)."""
    starts = list(np.cumsum([0] + [p.doc_count for p in parts[:-1]]))
    fields = set.intersection(*(set(p.keywords) for p in parts))
    return SegmentArrays(
        segment_id=base_id(segment_ids),
        doc_count=sum(p.doc_count for p in parts),
        text=_merge_text([p.text for p in parts], starts),
        keywords={
            f: _merge_keyword([p.keywords[f] for p in parts], starts) for f in sorted(fields)
        },
        dates=np.concatenate([p.dates for p in parts]),
    )
