"""Compact posting arrays of one Whoosh segment, kept beside the segment files.

Whoosh segments never change once written (only their deletion sets do), so the arrays of a
segment are built once, saved under ``<index>/core/<segment id>/`` and memory-mapped from then
on. Steps of :func:`build_segment_arrays`:

1. the scored text field: for every term, its document numbers, term weights and positions
   (positions flattened, one slice per posting), read block by block from Whoosh's postings;
2. the per-document length of the text field, decoded exactly as Whoosh's scorer sees it;
3. every keyword field used as a filter or facet (speaker ids, outlets, parties, kinds):
   for every term, its document numbers;
4. the date column (Whoosh's sortable integer; ``MISSING_DATE`` when a document has none).
"""

from __future__ import annotations

import pickle
import shutil
from array import array
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from crawler.errors import IndexStoreError

__all__ = [
    "MISSING_DATE",
    "KeywordArrays",
    "SegmentArrays",
    "TextArrays",
    "build_segment_arrays",
    "gather_ranges",
    "load_segment_arrays",
    "running_offsets",
    "save_segment_arrays",
]

IntArray = npt.NDArray[np.int64]
MISSING_DATE = np.iinfo(np.int64).min
FORMAT_VERSION = 3
#: the pickle head of a one-element list of deltas in Whoosh's Positions values
_ONE_SMALL = b"\x80\x02]q\x00K"


@dataclass(frozen=True)
class TextArrays:
    """Postings of the scored text field: term -> [offsets[t], offsets[t+1]) in ``docs``."""

    terms: dict[bytes, int]
    offsets: IntArray
    docs: npt.NDArray[np.int32]
    weights: npt.NDArray[np.float32]  # term counts: a posting's count of positions
    positions: npt.NDArray[np.int32]
    lengths: npt.NDArray[np.float32]  # per document, as BM25F sees it

    def postings(self, term: bytes) -> tuple[int, int]:
        """The [start, end) slice of ``term``'s postings (empty when absent)."""
        index = self.terms.get(term)
        if index is None:
            return 0, 0
        return int(self.offsets[index]), int(self.offsets[index + 1])

    @cached_property
    def pos_offsets(self) -> IntArray:
        """Posting p's positions are positions[pos_offsets[p]:pos_offsets[p+1]]: the running
        sum of the weights (each posting's weight is its count of positions), made on the
        first phrase instead of saved, where it was a third of the text arrays' bytes."""
        return running_offsets(self.weights, total=len(self.positions))


def running_offsets(counts: Any, *, total: int) -> IntArray:
    """0 and the running sum of ``counts``, which must come to ``total``."""
    offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(np.asarray(counts, dtype=np.int64), out=offsets[1:])
    if int(offsets[-1]) != total:
        raise IndexStoreError(
            "the retrieval core's arrays do not fit together (term counts and positions "
            "differ); delete the index's core folder and they are rebuilt on the next search"
        )
    return offsets


@dataclass(frozen=True, slots=True)
class KeywordArrays:
    """One unscored keyword field: docs of every term, and (for facets) terms of every doc."""

    terms: dict[bytes, int]
    offsets: IntArray
    docs: npt.NDArray[np.int32]
    doc_offsets: IntArray  # doc d's terms: doc_terms[doc_offsets[d]:doc_offsets[d+1]]
    doc_terms: npt.NDArray[np.int32]

    def docs_of(self, term: bytes) -> npt.NDArray[np.int32]:
        index = self.terms.get(term)
        if index is None:
            return self.docs[:0]
        return self.docs[self.offsets[index] : self.offsets[index + 1]]

    def terms_of(self, docs: IntArray) -> IntArray:
        """The term indexes of every doc in ``docs``, concatenated."""
        return gather_ranges(self.doc_terms, self.doc_offsets, docs)


def gather_ranges(
    values: Any, offsets: Any, rows: IntArray, *, indexes_only: bool = False
) -> IntArray:
    """values[offsets[r]:offsets[r+1]] for every r in ``rows``, concatenated (or, with
    ``indexes_only``, the indexes into ``values`` that would be read)."""
    starts = np.asarray(offsets[rows], dtype=np.int64)
    counts = np.asarray(offsets[rows + 1], dtype=np.int64) - starts
    total = int(counts.sum())
    within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    indexes: IntArray = np.repeat(starts, counts) + within
    if indexes_only:
        return indexes
    gathered: IntArray = np.asarray(values[indexes], dtype=np.int64)
    return gathered


def _by_doc(offsets: IntArray, docs: npt.NDArray[np.int32], doc_count: int) -> tuple[IntArray, Any]:
    term_of = np.repeat(np.arange(len(offsets) - 1, dtype=np.int32), np.diff(offsets))
    order = np.argsort(docs, kind="stable")
    doc_offsets = np.zeros(doc_count + 1, dtype=np.int64)
    np.cumsum(np.bincount(docs, minlength=doc_count), out=doc_offsets[1:])
    return doc_offsets, term_of[order]


@dataclass(frozen=True, slots=True)
class SegmentArrays:
    """Everything the core reads of one segment."""

    segment_id: str
    doc_count: int
    text: TextArrays
    keywords: dict[str, KeywordArrays]
    dates: IntArray


# -- 1. reading Whoosh postings in bulk -------------------------------------------------------


def _blocks(reader: Any, fieldname: str, term: bytes, fmt: Any) -> Any:
    """Whoosh's raw posting blocks of one term: (ids, weights, values) per block."""
    matcher = reader._terms.matcher(fieldname, term, fmt)
    if not hasattr(matcher, "_read_ids"):  # a term of one document, kept in the dictionary
        yield matcher._ids, matcher._weights, matcher._values
        return
    while True:
        matcher._read_ids()
        matcher._read_weights()
        values = None
        if fmt.supports("positions"):
            matcher._read_values()
            values = matcher._values
        yield matcher._ids, matcher._weights, values
        if matcher._lastblock:
            return
        matcher._next_block()


def _deltas(value: bytes) -> list[int]:
    """The position deltas in one Positions value (4-byte count + pickled list)."""
    if value[4:10] == _ONE_SMALL:
        return [value[10]]
    body = value[4:] if value.endswith(b".") else value[4:] + b"."
    deltas: list[int] = pickle.loads(body)
    return deltas


def _read_text(reader: Any, fieldname: str) -> TextArrays:
    fmt = reader.schema[fieldname].format
    terms: dict[bytes, int] = {}
    # compact buffers, not lists of Python ints: a large segment holds tens of millions
    offsets, docs, weights = array("q", [0]), array("i"), array("f")
    counts, deltas = array("i"), array("i")
    for term in reader.lexicon(fieldname):
        terms[term] = len(terms)
        for ids, block_weights, values in _blocks(reader, fieldname, term, fmt):
            docs.extend(ids)
            weights.extend(block_weights)
            for value in values:
                found = _deltas(value)
                counts.append(len(found))
                deltas.extend(found)
        offsets.append(len(docs))
    count_array = np.frombuffer(counts, dtype=np.int32) if counts else np.zeros(0, np.int32)
    weight_array = np.frombuffer(weights, dtype=np.float32) if weights else np.zeros(0, np.float32)
    if not np.array_equal(count_array, weight_array):  # a boosted field: weights are not counts
        raise IndexStoreError(
            f"the retrieval core cannot serve field '{fieldname}': its term weights are not "
            "term counts; set STATEMENTS_CORE=off"
        )
    pos_offsets = running_offsets(count_array, total=len(deltas))
    positions = np.cumsum(np.frombuffer(deltas, dtype=np.int32) if deltas else [], dtype=np.int64)
    if len(positions):  # restart the running sum at each posting
        starts = pos_offsets[:-1]
        base = np.concatenate(([0], positions))[starts]
        positions -= np.repeat(base, count_array)
    return TextArrays(
        terms=terms,
        offsets=np.frombuffer(offsets, dtype=np.int64).copy(),
        docs=np.frombuffer(docs, dtype=np.int32).copy() if docs else np.zeros(0, np.int32),
        weights=weight_array.copy(),
        positions=positions.astype(np.int32),
        lengths=_read_lengths(reader, fieldname),
    )


# -- 2. field lengths, 3. keyword fields, 4. dates ---------------------------------------------


def _read_lengths(reader: Any, fieldname: str) -> npt.NDArray[np.float32]:
    from whoosh.util.numeric import byte_to_length

    table = np.asarray([byte_to_length(b) for b in range(256)], dtype=np.float32)
    column = reader._perdoc._cached_reader(f"_{fieldname}_len", _lengths_column())
    count = reader.doc_count_all()
    if column is None:
        return np.zeros(count, dtype=np.float32)
    raw = np.fromiter((column[d] for d in range(count)), dtype=np.uint8, count=count)
    return table[raw]


def _lengths_column() -> Any:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    return LENGTHS_COLUMN


def _read_keyword(reader: Any, fieldname: str) -> KeywordArrays:
    fmt = reader.schema[fieldname].format
    terms: dict[bytes, int] = {}
    offsets, docs = array("q", [0]), array("i")
    for term in reader.lexicon(fieldname):
        terms[term] = len(terms)
        for ids, _, _ in _blocks(reader, fieldname, term, fmt):
            docs.extend(ids)
        offsets.append(len(docs))
    term_offsets = np.frombuffer(offsets, dtype=np.int64).copy()
    doc_array = np.frombuffer(docs, dtype=np.int32).copy() if docs else np.zeros(0, np.int32)
    doc_offsets, doc_terms = _by_doc(term_offsets, doc_array, reader.doc_count_all())
    return KeywordArrays(terms, term_offsets, doc_array, doc_offsets, doc_terms)


def _read_dates(reader: Any, fieldname: str) -> IntArray:
    count = reader.doc_count_all()
    if fieldname not in reader.schema or not reader.has_column(fieldname):
        return np.full(count, MISSING_DATE, dtype=np.int64)
    column = reader.column_reader(fieldname, translate=False)
    values = np.fromiter((column[d] for d in range(count)), dtype=np.uint64, count=count)
    absent = values == np.uint64(reader.schema[fieldname].default)
    dates = np.where(absent, 0, values).astype(np.int64)
    dates[absent] = MISSING_DATE
    return dates


def build_segment_arrays(
    reader: Any, *, text_field: str, keyword_fields: tuple[str, ...], date_field: str
) -> SegmentArrays:
    """Read one Whoosh ``SegmentReader`` into arrays (steps 1-4 of the module docstring)."""
    keywords = {
        name: _read_keyword(reader, name) for name in keyword_fields if name in reader.schema
    }
    return SegmentArrays(
        segment_id=reader.segment().segment_id(),
        doc_count=reader.doc_count_all(),
        text=_read_text(reader, text_field),
        keywords=keywords,
        dates=_read_dates(reader, date_field),
    )


# -- saving and loading -------------------------------------------------------------------------


def save_segment_arrays(arrays: SegmentArrays, directory: Path) -> None:
    """Write the arrays to ``directory`` atomically (a temporary name, then one rename)."""
    partial = directory.with_name(directory.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    text = arrays.text
    for name in ("offsets", "docs", "weights", "positions", "lengths"):
        np.save(partial / f"text.{name}.npy", _narrowed(getattr(text, name)))
    np.save(partial / "dates.npy", arrays.dates)
    terms = {"text": text.terms}
    for field, keyword in arrays.keywords.items():
        terms[field] = keyword.terms
        for name in ("offsets", "docs", "doc_offsets", "doc_terms"):
            np.save(partial / f"kw.{field}.{name}.npy", _narrowed(getattr(keyword, name)))
    meta = {"version": FORMAT_VERSION, "doc_count": arrays.doc_count, "terms": terms}
    (partial / "meta.pickle").write_bytes(pickle.dumps(meta, protocol=pickle.HIGHEST_PROTOCOL))
    shutil.rmtree(directory, ignore_errors=True)
    partial.rename(directory)


def _narrowed(values: Any) -> Any:
    """Whole numbers in the smallest of uint16/uint32 that holds them exactly (term weights
    are term counts; offsets stay far below 2**32; a keyword field's terms are few): a third
    less on disk. Readers convert to int64/float64 as they compute."""
    values = np.asarray(values)
    if not len(values) or values.dtype.kind not in "iuf" or values.min() < 0:
        return values
    if values.dtype.kind == "f" and not np.array_equal(values, np.floor(values)):
        return values
    top = values.max()
    for narrow in (np.uint16, np.uint32):
        if top <= np.iinfo(narrow).max and np.dtype(narrow).itemsize < values.dtype.itemsize:
            return values.astype(narrow)
    return values


def load_segment_arrays(directory: Path, segment_id: str) -> SegmentArrays | None:
    """The saved arrays (memory-mapped), or None when missing, of another format, damaged or
    inconsistent: they are derived data, and the caller rebuilds them from the segment."""
    try:
        arrays = _load(directory, segment_id)
    except (OSError, ValueError, KeyError, TypeError, EOFError, pickle.UnpicklingError):
        return None
    return arrays if arrays is not None and _consistent(arrays) else None


def _load(directory: Path, segment_id: str) -> SegmentArrays | None:
    meta = pickle.loads((directory / "meta.pickle").read_bytes())
    if not isinstance(meta, dict) or meta.get("version") != FORMAT_VERSION:
        return None

    def load(name: str) -> Any:  # a plain ndarray over the mapping: slicing memmaps is slow
        return np.asarray(np.load(directory / f"{name}.npy", mmap_mode="r"))

    terms = meta["terms"]
    text = TextArrays(
        terms=terms["text"],
        offsets=load("text.offsets"),
        docs=load("text.docs"),
        weights=load("text.weights"),
        positions=load("text.positions"),
        lengths=load("text.lengths"),
    )
    keywords = {
        field: KeywordArrays(
            terms[field],
            *(load(f"kw.{field}.{n}") for n in ("offsets", "docs", "doc_offsets", "doc_terms")),
        )
        for field in terms
        if field != "text"
    }
    return SegmentArrays(segment_id, meta["doc_count"], text, keywords, load("dates"))


def _consistent(arrays: SegmentArrays) -> bool:
    """Whether the arrays fit together (a truncated or mixed-up file does not)."""
    text, count = arrays.text, arrays.doc_count
    checks = [
        len(text.lengths) == count == len(arrays.dates),
        len(text.offsets) == len(text.terms) + 1 and int(text.offsets[-1]) == len(text.docs),
        len(text.weights) == len(text.docs),
    ]
    for keyword in arrays.keywords.values():
        checks += [
            len(keyword.offsets) == len(keyword.terms) + 1,
            int(keyword.offsets[-1]) == len(keyword.docs),
            len(keyword.doc_offsets) == count + 1,
            int(keyword.doc_offsets[-1]) == len(keyword.doc_terms),
        ]
    return all(checks)
