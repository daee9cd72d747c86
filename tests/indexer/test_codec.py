"""Segments written by StatementsCodec: smaller, and read and merged by stock Whoosh."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

from whoosh import fields, index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.compound import CompoundStorage
from whoosh.query import Phrase, Term

from indexer.codec import StatementsCodec

SCHEMA = fields.Schema(key=fields.ID(unique=True, stored=True), text=fields.TEXT(phrase=True))


def build(directory: Path, codec: Any, count: int = 300) -> Any:
    directory.mkdir()
    whoosh_index = index.create_in(str(directory), SCHEMA)
    with whoosh_index.writer(codec=codec) as writer:
        for n in range(count):
            writer.add_document(key=f"k{n}", text=f"common words w{n} and w{n} again")
    return index.open_dir(str(directory))


def segment_bytes(directory: Path) -> int:
    total = 0
    for name in os.listdir(directory):
        if name.endswith(".seg"):
            with open(directory / name, "rb") as handle:
                total += len(handle.read())
    return total


def test_single_document_terms_live_in_the_term_dictionary(tmp_path: Path) -> None:
    whoosh_index = build(tmp_path / "ix", StatementsCodec())
    with whoosh_index.reader() as reader:
        assert reader.term_info("key", "k7").is_inlined()
        assert not reader.term_info("text", "common").is_inlined()
    stock = build(tmp_path / "stock", W3Codec())
    assert stock.doc_count() == whoosh_index.doc_count()
    assert segment_bytes(tmp_path / "ix") < 0.9 * segment_bytes(tmp_path / "stock")


def test_segments_name_the_stock_codec_and_search_as_stock_ones(tmp_path: Path) -> None:
    ours = build(tmp_path / "ix", StatementsCodec())
    stock = build(tmp_path / "stock", W3Codec())
    (segment,) = ours._segments()
    assert type(segment.codec()) is W3Codec
    queries = [Term("key", "k7"), Term("text", "w42"), Phrase("text", ["w42", "again"])]
    with ours.searcher() as mine, stock.searcher() as theirs:
        for query in queries:
            expected = [(hit.docnum, hit.score) for hit in theirs.search(query)]
            assert [(hit.docnum, hit.score) for hit in mine.search(query)] == expected
            assert expected


def test_segments_with_inlined_terms_merge(tmp_path: Path) -> None:
    whoosh_index = build(tmp_path / "ix", StatementsCodec(), count=50)
    with whoosh_index.writer(codec=StatementsCodec()) as writer:
        writer.add_document(key="k-late", text="a late w7 addition")
        writer.delete_by_term("key", "k3")
    with whoosh_index.writer(codec=StatementsCodec()) as writer:
        writer.optimize = True  # one segment: every posting read back and written again
    whoosh_index = index.open_dir(str(tmp_path / "ix"))
    assert len(whoosh_index._segments()) == 1
    with whoosh_index.searcher() as searcher:
        assert searcher.doc_count() == 50
        hits = searcher.search(Term("text", "w7"))
        assert sorted(hit["key"] for hit in hits) == ["k-late", "k7"]
        assert not searcher.search(Term("key", "k3"))


def test_compound_segment_files_hold_no_posting_block_for_a_lone_term(tmp_path: Path) -> None:
    directory = tmp_path / "ix"
    build(directory, StatementsCodec(), count=1)
    (name,) = [n for n in os.listdir(directory) if n.endswith(".seg")]
    from whoosh.filedb.filestore import FileStorage

    with FileStorage(str(directory)).open_file(name) as handle:
        parts = CompoundStorage(handle, use_mmap=False)
        postings = [p for p in parts.list() if p.endswith(".pst")]
        assert all(parts.file_length(p) == 0 for p in postings)


def test_stored_bytes_and_dates_are_stored_at_their_size_and_read_back(tmp_path: Path) -> None:
    import datetime as dt

    packed = random.Random(7).randbytes(400)  # already packed: deflate cannot shrink it
    stored_schema = fields.Schema(blob=fields.STORED(), when=fields.DATETIME(stored=True))
    sizes = {}
    for name, codec in (("ours", StatementsCodec()), ("stock", W3Codec())):
        directory = tmp_path / name
        directory.mkdir()
        whoosh_index = index.create_in(str(directory), stored_schema)
        with whoosh_index.writer(codec=codec) as writer:
            for _ in range(20):
                writer.add_document(blob=packed, when=dt.datetime(2025, 3, 24))
        with index.open_dir(str(directory)).searcher() as searcher:
            assert searcher.stored_fields(19) == {"blob": packed, "when": dt.datetime(2025, 3, 24)}
        sizes[name] = segment_bytes(directory)
    assert sizes["ours"] < 0.85 * sizes["stock"]  # protocol 2 writes ~1.5 bytes a byte
