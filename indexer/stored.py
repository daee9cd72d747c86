"""The stored-fields column of a segment: pickles compressed with Zstandard and a dictionary
trained on the index's first documents.

Whoosh deflates each document's stored fields on their own. A statement's fields (~800 bytes
pickled: its reports and metadata) share most of their structure with every other
statement's, which one document alone cannot exploit: deflate keeps 70% of the bytes and
takes ~30 us a document to write and ~12 us to read. With a dictionary trained on the first
:data:`TRAINING_DOCUMENTS` documents of a segment, Zstandard keeps about 55% of deflate's
size, writes in ~6 us and reads in ~2 us. The first segment's dictionary is given to the
segments written after it (:func:`index_dictionary`): one dictionary in the CPU's caches
instead of one per segment.

Layout of the column (``length`` bytes from ``basepos`` in the segment's column file)::

    dictionary length (4 bytes, little-endian) | dictionary | Whoosh VarBytes column of frames

A segment too small to train a dictionary on (and given none) has a length of 0 and frames
without one.
"""

from __future__ import annotations

import os
import pickle
import struct
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import zstandard
from whoosh.codec.whoosh3 import STORED_COLUMN, W3PerDocReader
from whoosh.columns import Column, ColumnReader, ColumnWriter, VarBytesColumn
from whoosh.filedb.compound import SubFile

from crawler.errors import IndexStoreError
from indexer.records import damaged_statement

__all__ = [
    "TRAINING_DOCUMENTS",
    "ZstdStoredColumn",
    "index_dictionary",
    "stored_fields_reader",
]

#: documents read before the dictionary is trained (they are written with it too)
TRAINING_DOCUMENTS = 1000
#: fewer documents than this: no dictionary (training needs variety to pay off)
MIN_TRAINING_DOCUMENTS = 100
DICTIONARY_BYTES = 64 * 1024
LEVEL = 3
_HEADER = struct.Struct("<I")


class ZstdStoredColumn(Column):  # type: ignore[misc]
    """Stored fields (any picklable value per document), compressed with a dictionary: the
    one given (the index's, :func:`index_dictionary`), else one trained on the segment's first
    documents."""

    def __init__(self, dictionary: bytes = b"") -> None:
        self._dictionary = dictionary

    def writer(self, dbfile: Any) -> ColumnWriter:
        return _Writer(dbfile, self._dictionary)

    def reader(self, dbfile: Any, basepos: int, length: int, doccount: int) -> ColumnReader:
        return _Reader(dbfile, basepos, length, doccount)


class _Writer(ColumnWriter):  # type: ignore[misc]
    def __init__(self, dbfile: Any, dictionary: bytes) -> None:
        super().__init__(dbfile)
        self._pending: list[tuple[int, bytes]] = []  # (docnum, pickle) until the dictionary
        self._values: Any = None  # the VarBytes writer, once the dictionary is written
        self._compress: Any = None
        if dictionary:
            self._start(dictionary)

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
            self._start(self._trained())

    def finish(self, doccount: int) -> None:
        if self._values is None:
            self._start(self._trained())
        self._values.finish(doccount)

    def _trained(self) -> bytes:
        """A dictionary trained on the documents seen so far (empty: too few)."""
        return _train([p for _, p in self._pending if p])

    def _start(self, dictionary: bytes) -> None:
        """Write the dictionary, then the documents seen so far, compressed with it."""
        self._dbfile.write(_HEADER.pack(len(dictionary)) + dictionary)
        compressor = zstandard.ZstdCompressor(
            level=LEVEL,
            dict_data=_shared_dictionary(dictionary),
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


@lru_cache(maxsize=16)
def _shared_dictionary(dictionary: bytes) -> zstandard.ZstdCompressionDict | None:
    """One object per distinct dictionary, so that every segment written with the index's
    dictionary shares its decoding tables: reading ten hits from ten segments keeps one set
    in the CPU's caches instead of ten (a stored statement read among other work: 8 us with
    one dictionary for 40 segments, 20 us with one each)."""
    return zstandard.ZstdCompressionDict(dictionary) if dictionary else None


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
        try:
            (size,) = _HEADER.unpack(dbfile.get(basepos, _HEADER.size))
            if size > length - _HEADER.size:
                raise ValueError(f"a {size}-byte dictionary in a {length}-byte column")
            dictionary = dbfile.get(basepos + _HEADER.size, size) if size else b""
            start = basepos + _HEADER.size + size
            values = VarBytesColumn.Reader(dbfile, start, length - (start - basepos), doccount)
        except Exception as error:  # damaged bytes: any error the reading meets
            raise damaged_statement(error) from None
        self._frame = _frame_reader(dbfile, start, values)
        self.dictionary = dictionary
        self._decompress = zstandard.ZstdDecompressor(
            dict_data=_shared_dictionary(dictionary)
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
    """docnum -> its compressed frame, read with one ``os.pread`` from the file the column
    lies in (Whoosh seeks and reads through three file layers: four times the time), or
    through those layers where there is no such file or no ``pread``. The descriptor is asked
    of Whoosh's open file on each read, so a read after the reader closed fails as Whoosh's
    would. (A memory map reads as fast, but each page it touches counts as the process's
    memory: +270 MB over the 1M benchmark's queries.)"""
    extent = _real_file(dbfile) if hasattr(os, "pread") else None
    if extent is None:
        frame: Callable[[int], bytes] = values.__getitem__
        return frame
    fileno, base = extent
    offsets, lengths = values._offsets, values._lengths  # read by Whoosh's VarBytes reader
    start += base
    pread = os.pread

    def read_frame(docnum: int) -> bytes:
        return pread(fileno(), lengths[docnum], start + offsets[docnum])

    return read_frame


def _real_file(dbfile: Any) -> tuple[Callable[[], int], int] | None:
    """(the ``fileno`` of the real file under a Whoosh file, the Whoosh file's offset in it),
    for a real file or a part of a segment's compound file; None for anything else."""
    inner = getattr(dbfile, "file", None)
    if isinstance(inner, SubFile):  # a part of a compound file (no mmap in indexer.storage)
        outer = getattr(inner._file, "fileno", None)
        return None if outer is None else (outer, inner._offset)
    fileno = getattr(dbfile, "fileno", None)
    return None if fileno is None else (fileno, 0)


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
    """docnum -> the stored value of one segment: its stored column's reader, else the segment
    reader's own method."""
    column = _stored_column(leaf)
    read: Callable[[int], Any] = leaf.stored_fields if column is None else column.__getitem__
    return read


def index_dictionary(reader: Any) -> bytes:
    """The dictionary new segments of this index are written with: the first segment's that has
    one (empty when none has: the next segment trains one)."""
    for leaf, _ in reader.leaf_readers():
        try:
            dictionary: bytes = getattr(_stored_column(leaf), "dictionary", b"")
        except IndexStoreError:  # a damaged segment: searching it says so; writing goes on
            continue
        if dictionary:
            return dictionary
    return b""


def _stored_column(leaf: Any) -> Any | None:
    """A segment's stored column reader: the one its per-document reader keeps (in stock W3
    segments, Whoosh's column); None for other readers."""
    perdoc = getattr(leaf, "_perdoc", None)
    if isinstance(perdoc, W3PerDocReader):
        return perdoc._cached_reader("_stored", STORED_COLUMN)  # our codec: ours in ours
    return None
