"""The stored-fields column of a segment: pickles compressed with Zstandard and a dictionary
trained on the segment's own first documents.

Whoosh deflates each document's stored fields on their own. A statement's fields (~800 bytes
pickled: its reports and metadata) share most of their structure with every other
statement's, which one document alone cannot exploit: deflate keeps 70% of the bytes and
takes ~30 us a document to write and ~12 us to read. With a dictionary trained on the first
:data:`TRAINING_DOCUMENTS` documents of the segment, Zstandard keeps about 55% of deflate's
size, writes in ~6 us and reads in ~2 us.

Layout of the column (``length`` bytes from ``basepos`` in the segment's column file)::

    dictionary length (4 bytes, little-endian) | dictionary | Whoosh VarBytes column of frames

A segment too small to train a dictionary on has a length of 0 and frames without one.
"""

from __future__ import annotations

import mmap
import pickle
import struct
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

import zstandard
from whoosh.codec.whoosh3 import STORED_COLUMN, W3PerDocReader
from whoosh.columns import Column, ColumnReader, ColumnWriter, VarBytesColumn
from whoosh.filedb.compound import SubFile

from indexer.records import damaged_statement

__all__ = ["TRAINING_DOCUMENTS", "ZstdStoredColumn", "stored_fields_reader"]

#: documents read before the dictionary is trained (they are written with it too)
TRAINING_DOCUMENTS = 1000
#: fewer documents than this: no dictionary (training needs variety to pay off)
MIN_TRAINING_DOCUMENTS = 100
DICTIONARY_BYTES = 64 * 1024
LEVEL = 3
_HEADER = struct.Struct("<I")


class ZstdStoredColumn(Column):  # type: ignore[misc]
    """Stored fields (any picklable value per document), compressed with a trained dictionary."""

    def writer(self, dbfile: Any) -> ColumnWriter:
        return _Writer(dbfile)

    def reader(self, dbfile: Any, basepos: int, length: int, doccount: int) -> ColumnReader:
        return _Reader(dbfile, basepos, length, doccount)


class _Writer(ColumnWriter):  # type: ignore[misc]
    def __init__(self, dbfile: Any) -> None:
        super().__init__(dbfile)
        self._pending: list[tuple[int, bytes]] = []  # (docnum, pickle) until the dictionary
        self._values: Any = None  # the VarBytes writer, once the dictionary is written
        self._compress: Any = None

    def fill(self, docnum: int) -> None:
        if self._values is not None:
            self._values.fill(docnum)

    def add(self, docnum: int, value: Any) -> None:
        packed = b"" if value is None else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if self._values is not None:
            self._write(docnum, packed)
            return
        self._pending.append((docnum, packed))
        if len(self._pending) >= TRAINING_DOCUMENTS:
            self._start()

    def finish(self, doccount: int) -> None:
        if self._values is None:
            self._start()
        self._values.finish(doccount)

    def _start(self) -> None:
        """Train the dictionary on the documents seen so far, write it, then those documents."""
        samples: list[bytes | bytearray | memoryview] = [p for _, p in self._pending if p]
        dictionary = _train(samples)
        self._dbfile.write(_HEADER.pack(len(dictionary)) + dictionary)
        compressor = zstandard.ZstdCompressor(
            level=LEVEL,
            dict_data=zstandard.ZstdCompressionDict(dictionary) if dictionary else None,
            write_checksum=False,
            write_content_size=True,
            write_dict_id=False,
        )
        self._compress = compressor.compress
        self._values = VarBytesColumn.Writer(self._dbfile)
        for docnum, packed in self._pending:
            self._write(docnum, packed)
        self._pending = []

    def _write(self, docnum: int, packed: bytes) -> None:
        self._values.add(docnum, self._compress(packed) if packed else b"")


def _train(samples: list[bytes | bytearray | memoryview]) -> bytes:
    """A dictionary for these samples; empty when there are too few to learn from."""
    if len(samples) < MIN_TRAINING_DOCUMENTS:
        return b""
    try:
        trained: bytes = zstandard.train_dictionary(DICTIONARY_BYTES, samples).as_bytes()
    except zstandard.ZstdError:  # too little content to learn from
        return b""
    return trained


class _Reader(ColumnReader):  # type: ignore[misc]
    def __init__(self, dbfile: Any, basepos: int, length: int, doccount: int) -> None:
        (size,) = _HEADER.unpack(dbfile.get(basepos, _HEADER.size))
        dictionary = dbfile.get(basepos + _HEADER.size, size) if size else b""
        start = basepos + _HEADER.size + size
        self._values = VarBytesColumn.Reader(dbfile, start, length - (start - basepos), doccount)
        self._frame = _frame_reader(dbfile, start, self._values)
        self._decompress = zstandard.ZstdDecompressor(
            dict_data=zstandard.ZstdCompressionDict(dictionary) if dictionary else None
        ).decompress
        self._doccount = doccount

    def __len__(self) -> int:
        return int(self._doccount)

    def __getitem__(self, docnum: int) -> Any:
        frame = self._frame(docnum)
        if not frame:
            return None
        try:
            return pickle.loads(self._decompress(frame))
        except Exception as error:  # damaged bytes fail to inflate, or unpickle as anything
            raise damaged_statement(error) from None

    def __iter__(self) -> Any:
        for docnum in range(self._doccount):
            yield self[docnum]


def _frame_reader(dbfile: Any, start: int, values: Any) -> Callable[[int], bytes]:
    """docnum -> its compressed frame: sliced from a memory map of the file the column lies in
    (Whoosh reads it with a seek and a read through three file layers: twice the time), or read
    through those layers when the column is not in a file of its own."""
    extent = _real_file(dbfile)
    if extent is None:
        frame: Callable[[int], bytes] = values.__getitem__
        return frame
    fileno, base = extent
    try:
        mapped = mmap.mmap(fileno, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # cannot be mapped: read as Whoosh does
        frame = values.__getitem__
        return frame
    offsets, lengths = values._offsets, values._lengths  # read by Whoosh's VarBytes reader
    start += base

    def mapped_frame(docnum: int) -> bytes:
        at = start + offsets[docnum]
        return mapped[at : at + lengths[docnum]]

    return mapped_frame


def _real_file(dbfile: Any) -> tuple[int, int] | None:
    """(file descriptor, offset of ``dbfile`` in it) of a Whoosh file that is a real file or a
    part of a segment's compound file; None for anything else."""
    inner = getattr(dbfile, "file", None)
    if isinstance(inner, SubFile):  # a part of a compound file (no mmap in indexer.storage)
        outer = getattr(inner._file, "fileno", None)
        return None if outer is None else (outer(), inner._offset)
    fileno = getattr(dbfile, "fileno", None)
    return None if fileno is None else (fileno(), 0)


def stored_fields_reader(reader: Any) -> Callable[[int], dict[str, Any]]:
    """docnum -> stored fields, for a Whoosh reader: each segment's stored column read
    directly, without the lookups Whoosh's readers repeat on every call (a tenth of a read)."""
    leaves = list(reader.leaf_readers())
    bases = [base for _, base in leaves]
    reads = [_stored_values(leaf) for leaf, _ in leaves]

    def stored_fields(docnum: int) -> dict[str, Any]:
        index = bisect_right(bases, docnum) - 1
        fields: dict[str, Any] = reads[index](docnum - bases[index]) or {}
        return fields

    return stored_fields


def _stored_values(leaf: Any) -> Callable[[int], Any]:
    """docnum -> the stored value of one segment: its stored column's reader, the one the
    segment's per-document reader keeps (stock W3 segments: Whoosh's column), else the
    segment reader's own method."""
    perdoc = getattr(leaf, "_perdoc", None)
    if isinstance(perdoc, W3PerDocReader):
        column = perdoc._cached_reader("_stored", STORED_COLUMN)  # codec: ours in our segments
        if column is not None:
            read: Callable[[int], Any] = column.__getitem__
            return read
    read = leaf.stored_fields
    return read
