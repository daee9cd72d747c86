"""Creating and opening the Whoosh files of an index directory, with errors a user can act on.

A statements index directory holds a marker file (``statements-index.json``: what it is and
its schema version), the Whoosh files, and the speaker registry (``speakers.json``).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from crawler.errors import IndexStoreError
from indexer import schema

__all__ = [
    "MARKER_FILE",
    "OUTLETS_FILE",
    "DirectoryStamp",
    "OfGeneration",
    "create_whoosh_index",
    "in_segment_processes",
    "is_statements_index",
    "load_outlet_names",
    "open_whoosh_index",
    "save_json",
    "save_text",
]

MARKER_FILE = "statements-index.json"
OUTLETS_FILE = "outlets.json"
INDEX_NAME = "statements"


def is_statements_index(directory: Path) -> bool:
    """Whether ``directory`` holds a statements index."""
    return (directory / MARKER_FILE).is_file()


def create_whoosh_index(directory: Path) -> Any | None:
    """A new, empty index in ``directory``; None when one is already there."""
    if is_statements_index(directory):
        return None
    if directory.exists() and not directory.is_dir():
        raise IndexStoreError(
            f"{directory}: is a file, not an index directory; choose another --index"
        )
    if directory.is_dir() and any(directory.iterdir()):
        raise IndexStoreError(
            f"{directory}: not a statements index, and not empty; "
            "give --index an empty or new directory"
        )
    try:
        directory.mkdir(parents=True, exist_ok=True)
        whoosh_index = _storage(directory).create_index(schema.build_schema(), indexname=INDEX_NAME)
        marker = {"format": "statements-index", "schema_version": schema.SCHEMA_VERSION}
        (directory / MARKER_FILE).write_text(json.dumps(marker) + "\n", encoding="utf-8")
    except OSError as error:
        raise IndexStoreError(
            f"{directory}: cannot create an index here ({error.strerror})"
        ) from None
    return whoosh_index


def open_whoosh_index(directory: Path) -> Any:
    """The index in ``directory``; an IndexStoreError when missing, foreign or damaged."""
    if not directory.exists():
        raise IndexStoreError(
            f"{directory}: no index here yet; create one with "
            f"`statements --index {directory} index PATH...`"
        )
    if not directory.is_dir():
        raise IndexStoreError(
            f"{directory}: is a file, not a statements index; choose another --index"
        )
    if not is_statements_index(directory):
        raise IndexStoreError(
            f"{directory}: not a statements index; point --index at a directory made by "
            "`statements index`"
        )
    _check_marker(directory)
    try:
        whoosh_index = _storage(directory).open_index(indexname=INDEX_NAME)
        whoosh_index.searcher().close()  # reads the table of contents and every segment
    except Exception as error:  # whoosh raises many kinds on damaged files
        raise IndexStoreError(
            f"{directory}: the index is damaged ({type(error).__name__}: {error}); "
            "re-create it by indexing the sources into a new directory"
        ) from None
    return whoosh_index


def _storage(directory: Path) -> Any:
    """Whoosh file storage without mmap: with mmap, Whoosh copies every segment's terms and
    postings into memory on open (BytesIO over the map): 300 MB for 100k statements. Without,
    it reads what it needs (opening is faster and stored fields are read faster too)."""
    from whoosh.filedb.filestore import FileStorage

    _remember_missing_length_columns()
    return FileStorage(str(directory), supports_mmap=False)


def _remember_missing_length_columns() -> None:
    """Make Whoosh remember that a segment has no length column for a field.

    Whoosh asks a segment for a document's field length once per posting when it writes the
    segment (and when it scores); for fields without lengths (ids, keywords, dates: about a
    dozen postings per statement) it looked for the column file on disk every time, a
    ``stat`` per posting: a tenth of the writing time. A segment's files never change, so a
    missing column stays missing; the answer is kept with the columns that were found.
    """
    from whoosh.codec import whoosh3

    reader_class: Any = whoosh3.W3PerDocReader
    if getattr(reader_class, "_statements_remembers_missing", False):
        return
    find_column = reader_class._cached_reader

    def cached_reader(self: Any, fieldname: str, column: Any) -> Any:
        readers = self._readers
        if fieldname not in readers:
            readers[fieldname] = find_column(self, fieldname, column)  # None: no column
        return readers[fieldname]

    reader_class._cached_reader = cached_reader
    reader_class._statements_remembers_missing = True


def _check_marker(directory: Path) -> None:
    try:
        marker = json.loads((directory / MARKER_FILE).read_text(encoding="utf-8"))
        version = marker["schema_version"]
    except (OSError, ValueError, KeyError, TypeError):
        raise IndexStoreError(
            f"{directory}: the index marker {MARKER_FILE} is damaged; re-create the index by "
            "indexing the sources into a new directory"
        ) from None
    if version != schema.SCHEMA_VERSION:
        raise IndexStoreError(
            f"{directory}: made by another version of statements (schema {version}, this one "
            f"reads {schema.SCHEMA_VERSION}); re-index the sources into a new directory"
        )


def load_outlet_names(directory: Path) -> dict[str, str]:
    """Outlet names as first written, by their lower-case form ({} when none are saved)."""
    try:
        names = json.loads((directory / OUTLETS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}


def save_json(path: Path, value: object) -> None:
    """Write JSON atomically: a crash leaves the old file or the new one, never half of one."""
    save_text(path, json.dumps(value, ensure_ascii=False))


def save_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically (a temporary file beside it, then one rename)."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


T = TypeVar("T")


class OfGeneration(Generic[T]):
    """A value made from one generation (commit) of an index, made again once a reader sees a
    newer one."""

    def __init__(self) -> None:
        self._held: tuple[int, T] | None = None

    def get(self, reader: Any, make: Callable[[], T]) -> T:
        """The value for ``reader``'s generation (``make`` makes it when there is none yet)."""
        generation = reader.generation()
        if self._held is None or self._held[0] != generation:
            self._held = (generation, make())
        return self._held[1]


class DirectoryStamp:
    """Whether a directory's entries may have changed, from one ``stat`` of it: a commit
    creates and renames files there, which moves the directory's modification time. A time
    within :attr:`SETTLED_NS` of the present is never trusted (file systems with coarse
    clocks give two changes in the same tick the same time)."""

    SETTLED_NS = 2_000_000_000

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._seen: int | None = None

    def unchanged(self) -> bool:
        """True only if nothing was created, renamed or removed in the directory since the
        last call that returned False (a caller then looks at the directory itself)."""
        try:
            stamp = os.stat(self._directory).st_mtime_ns
        except OSError:
            return False
        if stamp == self._seen:
            return True
        self._seen = stamp if time.time_ns() - stamp > self.SETTLED_NS else None
        return False


def in_segment_processes(
    directory: Path,
    segment_ids: list[str],
    job: Callable[[Any, Path], object],
    *,
    processes: int = 2,
) -> None:
    """Run ``job(segment reader, directory)`` for each segment named, in ``processes`` worker
    processes. Each worker opens the index itself: open files must not cross processes (a
    forked file shares its read position)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        jobs = [pool.submit(_segment_job, directory, i, job) for i in segment_ids]
        for done in jobs:
            done.result()


def _segment_job(directory: Path, segment_id: str, job: Callable[[Any, Path], object]) -> None:
    """In a worker process: open the index, run ``job`` on the one segment."""
    with _storage(directory).open_index(indexname=INDEX_NAME).reader() as reader:
        for leaf, _ in reader.leaf_readers():
            segment = leaf.segment()
            if segment is not None and segment.segment_id() == segment_id:
                job(leaf, directory)
