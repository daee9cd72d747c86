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

import numpy as np
import numpy.typing as npt

from search.core.arrays import (
    KeywordArrays,
    SegmentArrays,
    TextArrays,
    gather_ranges,
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


def _offsets(terms_of_postings: IntArray, term_count: int) -> IntArray:
    offsets = np.zeros(term_count + 1, dtype=np.int64)
    np.cumsum(np.bincount(terms_of_postings, minlength=term_count), out=offsets[1:])
    return offsets


def _merge_text(parts: list[TextArrays], starts: list[int]) -> TextArrays:
    terms, maps = _global_terms([p.terms for p in parts])
    tags = _tagged([np.asarray(p.offsets) for p in parts], maps)
    order = np.argsort(tags, kind="stable")
    docs = np.concatenate(
        [np.asarray(p.docs) + np.int32(s) for p, s in zip(parts, starts, strict=True)]
    )
    weights = np.concatenate([p.weights for p in parts])
    counts = np.concatenate([np.diff(np.asarray(p.pos_offsets)) for p in parts])
    shift = np.cumsum([0] + [len(p.positions) for p in parts[:-1]])
    old_offsets = np.concatenate(
        [np.asarray(p.pos_offsets[:-1]) + s for p, s in zip(parts, shift, strict=True)]
        + [np.asarray([sum(len(p.positions) for p in parts)])]
    )
    pos_offsets = np.zeros(len(order) + 1, dtype=np.int64)
    np.cumsum(counts[order], out=pos_offsets[1:])
    positions = _gather_in_chunks(
        np.concatenate([p.positions for p in parts]), old_offsets, order, pos_offsets
    )
    return TextArrays(
        terms=terms,
        offsets=_offsets(tags, len(terms)),
        docs=docs[order].astype(np.int32),
        weights=weights[order],
        pos_offsets=pos_offsets,
        positions=positions,
        lengths=np.concatenate([p.lengths for p in parts]),
    )


def _gather_in_chunks(
    values: npt.NDArray[np.int32], offsets: IntArray, order: IntArray, new_offsets: IntArray
) -> npt.NDArray[np.int32]:
    """gather_ranges in slices of postings, so memory stays bounded on a million documents."""
    out = np.empty(int(new_offsets[-1]), dtype=np.int32)
    for first in range(0, len(order), CHUNK):
        rows = order[first : first + CHUNK]
        out[new_offsets[first] : new_offsets[first + len(rows)]] = gather_ranges(
            values, offsets, rows
        )
    return out


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
