"""The base: the arrays of the index's first segments merged into one set (see ``merge``).

A base lives in ``<index>/core/base-<n>-<hash>/`` with the ids of its segments, in order, in
``segments.txt``; it serves a reader whose first segments are exactly those. The arrays of
the segments it covers are then no longer kept on their own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from search.core.arrays import SegmentArrays, load_segment_arrays, save_segment_arrays
from search.core.merge import merge_segment_arrays

__all__ = ["BASE_MIN_SEGMENTS", "load_base", "make_base"]

#: merge into a (new) base once this many segments sit outside it
BASE_MIN_SEGMENTS = 4
SEGMENTS_FILE = "segments.txt"


def load_base(core_dir: Path, segment_ids: list[str]) -> tuple[SegmentArrays, list[str]] | None:
    """The saved base covering the longest run of the reader's first segments, if any."""
    best: tuple[SegmentArrays, list[str]] | None = None
    for directory in sorted(core_dir.glob("base-*")):
        try:
            covered = (directory / SEGMENTS_FILE).read_text(encoding="utf-8").split()
        except OSError:
            continue
        if segment_ids[: len(covered)] != covered or (best and len(best[1]) >= len(covered)):
            continue
        arrays = load_segment_arrays(directory, directory.name)
        if arrays is not None:
            best = (arrays, covered)
    return best


def make_base(
    core_dir: Path | None, parts: list[SegmentArrays], segment_ids: list[str]
) -> SegmentArrays:
    """Merge ``parts`` (a previous base and/or segments, in order) into the base of
    ``segment_ids``; saved when there is a folder, replacing what it covers."""
    base = merge_segment_arrays(parts, segment_ids)
    if core_dir is not None:
        directory = core_dir / base.segment_id
        try:
            save_segment_arrays(base, directory)
            (directory / SEGMENTS_FILE).write_text("\n".join(segment_ids) + "\n", encoding="utf-8")
        except OSError:
            return base
        for covered in [*(core_dir / s for s in segment_ids), *core_dir.glob("base-*")]:
            if covered.name != base.segment_id:
                shutil.rmtree(covered, ignore_errors=True)
    return base
