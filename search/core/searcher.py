"""The long-lived core of one index: segment arrays kept open, queries answered from them.

:func:`core_for` returns the core of a Whoosh searcher's index (one per index directory, kept
for the life of the process). :meth:`Core.run` answers a query with the contract of
:func:`search.engine.run_query`; a query it cannot evaluate raises :class:`Unsupported`.

Steps of :meth:`Core.run`:

1. bring the segment views up to date with the searcher (arrays of new segments loaded from
   ``<index>/core`` or built there; deletions read fresh);
2. evaluate the query on every segment, drop deleted documents, apply the filter to the
   candidates only;
3. pick the page: the top ``offset + limit`` by score (ties: lower docnum first, as Whoosh),
   or by date;
4. report the total and, when asked, every matching document.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from indexer.storage import in_segment_processes
from search.core.arrays import (
    MISSING_DATE,
    SegmentArrays,
    build_segment_arrays,
    load_segment_arrays,
    save_segment_arrays,
)
from search.core.base import BASE_MIN_SEGMENTS, load_base, make_base
from search.core.execute import Stats, accept, evaluate
from search.core.segment import SegmentView

__all__ = ["Core", "CoreMatches", "core_for", "refresh_core"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
CORE_DIR = "core"
TEXT_FIELD = "text"
DATE_FIELD = "date"
KEYWORD_FIELDS = ("speaker_ids", "outlet", "party", "kind")


@dataclass(frozen=True, slots=True)
class CoreMatches:
    """Total, one page of (global docnum, score), every match (global docnums) when asked."""

    total: int
    page: tuple[tuple[int, float], ...]
    every: IntArray | None = None


class Core:
    """Segment arrays of one index directory (or of an in-memory index when ``folder`` is None)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._arrays: dict[str, SegmentArrays] = {}
        self._views: dict[tuple[str, int], SegmentView] = {}
        self._base: tuple[SegmentArrays, list[str]] | None = None
        # the last reader seen, its views and its text field's average length (a reader never
        # changes: a commit brings a new one), so repeated queries skip the walk over segments
        self._last_reader: tuple[Any, list[SegmentView], float] | None = None

    # -- 1. segments ------------------------------------------------------------------------

    def views(self, searcher: Any) -> list[SegmentView]:
        """Views in docnum order: the base (the first segments merged), then one per segment."""
        return self._of_reader(searcher)[1]

    def _of_reader(self, searcher: Any) -> tuple[Any, list[SegmentView], float]:
        """(reader, views, average text length) of the searcher's reader, made once."""
        reader = searcher.reader()
        if self._last_reader is None or self._last_reader[0] is not reader:
            avgfl = float(searcher.avg_field_length(TEXT_FIELD) or 1)
            self._last_reader = (reader, self._fresh_views(searcher), avgfl)
        return self._last_reader

    def _fresh_views(self, searcher: Any) -> list[SegmentView]:
        leaves = _leaves(searcher)
        ids = [reader.segment().segment_id() for reader, _ in leaves]
        covered = self._refresh_base(ids, leaves)
        views = []
        if covered:
            views.append(self._base_view(leaves[:covered]))
        for reader, offset in leaves[covered:]:
            segment = reader.segment()
            key = (segment.segment_id(), segment.deleted_count())
            view = self._views.get(key)
            if view is None or view.offset != offset:
                view = SegmentView(self._segment_arrays(reader), offset, _deleted_mask(reader))
                self._views[key] = view
            views.append(view)
        self._forget_except({v.arrays.segment_id for v in views})
        return views

    def _refresh_base(self, ids: list[str], leaves: list[tuple[Any, int]]) -> int:
        """Keep, load or (re)make the base; how many leading segments it covers."""
        if self._base is not None and ids[: len(self._base[1])] != self._base[1]:
            self._base = None  # Whoosh merged some of its segments away
        if self._base is None and self.folder is not None:
            self._base = load_base(self.folder / CORE_DIR, ids)
        covered = len(self._base[1]) if self._base else 0
        if len(ids) - covered >= BASE_MIN_SEGMENTS:
            parts = [self._base[0]] if self._base else []
            parts += [self._segment_arrays(reader) for reader, _ in leaves[covered:]]
            folder = self.folder / CORE_DIR if self.folder is not None else None
            self._base = (make_base(folder, parts, ids), ids)
            covered = len(ids)
        return covered

    def _base_view(self, leaves: list[tuple[Any, int]]) -> SegmentView:
        assert self._base is not None
        arrays = self._base[0]
        key = (arrays.segment_id, sum(r.segment().deleted_count() for r, _ in leaves))
        view = self._views.get(key)
        if view is None:
            masks = [_deleted_mask(r) for r, _ in leaves]
            deleted = None
            if any(m is not None for m in masks):
                deleted = np.concatenate(
                    [
                        np.zeros(r.doc_count_all(), np.bool_) if m is None else m
                        for m, (r, _) in zip(masks, leaves, strict=True)
                    ]
                )
            view = self._views[key] = SegmentView(arrays, 0, deleted)
        return view

    def _segment_arrays(self, reader: Any) -> SegmentArrays:
        segment_id = reader.segment().segment_id()
        arrays = self._arrays.get(segment_id)
        if arrays is None and self.folder is not None:
            arrays = load_segment_arrays(self.folder / CORE_DIR / segment_id, segment_id)
        if arrays is None:
            arrays = _build(reader)
            if self.folder is not None:
                _save_quietly(arrays, self.folder / CORE_DIR / segment_id)
        self._arrays[segment_id] = arrays
        return arrays

    def _forget_except(self, live: set[str]) -> None:
        for segment_id in set(self._arrays) - live:
            del self._arrays[segment_id]
        for key in [k for k in self._views if k[0] not in live]:
            del self._views[key]

    # -- 2.-4. queries ------------------------------------------------------------------------

    def run(
        self,
        searcher: Any,
        query: Any,
        *,
        filter: Any | None,
        sort: str,
        limit: int,
        offset: int,
        every: bool = False,
    ) -> CoreMatches:
        """Match, filter, rank and page (steps 1-4 of the module docstring)."""
        _, views, avgfl = self._of_reader(searcher)
        stats = Stats(searcher, TEXT_FIELD, DATE_FIELD, avgfl=avgfl)
        docs, scores, dates = _matches(views, query, filter, stats, dated=sort != "relevance")
        wanted = offset + limit
        order = (
            _ranked(docs, scores, wanted)
            if sort == "relevance"
            else _by_date(docs, dates, sort, wanted)
        )
        chosen = order[offset:wanted]
        ranked = sort == "relevance"
        page = tuple((int(docs[i]), float(scores[i]) if ranked else 0.0) for i in chosen)
        return CoreMatches(total=len(docs), page=page, every=docs if every else None)


def _matches(
    views: list[SegmentView],
    query: Any,
    filter: Any | None,
    stats: Stats,
    *,
    dated: bool,
) -> tuple[IntArray, FloatArray, IntArray]:
    all_docs, all_scores, all_dates = [], [], []
    for view in views:
        match = evaluate(query, view, stats)
        docs, scores = match.docs, match.scores
        if view.deleted is not None and len(docs):
            live = ~view.deleted[docs]
            docs, scores = docs[live], scores[live]
        if filter is not None and len(docs):
            passing = accept(filter, view, stats, docs)
            docs, scores = docs[passing], scores[passing]
        if dated:
            all_dates.append(np.asarray(view.arrays.dates[docs], dtype=np.int64))
        all_docs.append(docs + view.offset)
        all_scores.append(scores)
    if not all_docs:
        empty = np.zeros(0, dtype=np.int64)
        return empty, np.zeros(0), empty
    dates = np.concatenate(all_dates) if dated else np.zeros(0, dtype=np.int64)
    return np.concatenate(all_docs), np.concatenate(all_scores), dates


def _ranked(docs: IntArray, scores: FloatArray, wanted: int) -> IntArray:
    """Indexes of the best ``wanted`` matches: score descending, then docnum ascending."""
    if len(docs) > wanted * 4 and wanted > 0:
        threshold = -np.partition(-scores, wanted - 1)[wanted - 1]
        candidates = np.flatnonzero(scores >= threshold)
    else:
        candidates = np.arange(len(docs))
    order = np.lexsort((docs[candidates], -scores[candidates]))
    return candidates[order][:wanted]


def _by_date(docs: IntArray, dates: IntArray, sort: str, wanted: int) -> IntArray:
    """Newest first (docnum descending on ties) or oldest first; undated last either way."""
    if sort == "newest":
        keys = np.where(dates == MISSING_DATE, -1, dates)
        order = np.lexsort((-docs, -keys))
    else:
        keys = np.where(dates == MISSING_DATE, np.iinfo(np.int64).max, dates)
        order = np.lexsort((docs, keys))
    return order[:wanted]


def _leaves(searcher: Any) -> list[tuple[Any, int]]:
    """(segment reader, first docnum) of every segment; none for an empty index."""
    return [(r, o) for r, o in searcher.reader().leaf_readers() if r.segment() is not None]


def _deleted_mask(reader: Any) -> npt.NDArray[np.bool_] | None:
    if not reader.has_deletions():
        return None
    mask = np.zeros(reader.doc_count_all(), dtype=np.bool_)
    mask[np.fromiter(reader.segment().deleted_docs(), dtype=np.int64)] = True
    return mask


def _build(reader: Any) -> SegmentArrays:
    return build_segment_arrays(
        reader, text_field=TEXT_FIELD, keyword_fields=KEYWORD_FIELDS, date_field=DATE_FIELD
    )


def _save_quietly(arrays: SegmentArrays, directory: Path) -> None:
    """Keep the arrays for the next process; a read-only index just rebuilds them each time."""
    with contextlib.suppress(OSError):
        save_segment_arrays(arrays, directory)


# -- one core per index directory ----------------------------------------------------------------

_CORES: dict[str, Core] = {}


def core_for(searcher: Any) -> Core:
    """The process-wide core of the searcher's index."""
    storage = getattr(getattr(searcher, "_ix", None), "storage", None)
    folder = getattr(storage, "folder", None)  # None for an index in memory
    key = str(folder) if folder else f"memory:{id(searcher.reader())}"
    core = _CORES.get(key)
    if core is None:
        core = _CORES[key] = Core(Path(folder) if folder else None)
    return core


def refresh_core(searcher: Any, *, processes: int = 2) -> int:
    """Build and save the arrays of every segment that lacks them (several segments in
    ``processes`` processes), drop those of merged-away segments; returns how many were built.
    Call after a commit."""
    core = core_for(searcher)
    segment_ids = [r.segment().segment_id() for r, _ in _leaves(searcher)]
    base = core._base
    if base is None and core.folder is not None:
        base = load_base(core.folder / CORE_DIR, segment_ids)
    covered = set(base[1]) if base else set()
    missing = [
        i for i in segment_ids if i not in covered | set(core._arrays) and not _saved(core, i)
    ]
    if core.folder is not None and len(missing) > 1 and processes > 1:
        in_segment_processes(core.folder, missing, _build_and_save, processes=processes)
    views = core.views(searcher)
    if core.folder is not None:
        keep = {*segment_ids, *(v.arrays.segment_id for v in views)}
        for stale in (core.folder / CORE_DIR).glob("*"):
            if stale.name not in keep:
                shutil.rmtree(stale, ignore_errors=True)
    return len(missing)


def _saved(core: Core, segment_id: str) -> bool:
    return (
        core.folder is not None and (core.folder / CORE_DIR / segment_id / "meta.pickle").exists()
    )


def _build_and_save(leaf: Any, folder: Path) -> None:
    """In a worker process: read one segment into arrays, save them."""
    save_segment_arrays(_build(leaf), folder / CORE_DIR / leaf.segment().segment_id())
