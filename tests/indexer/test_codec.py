"""Segments written by StatementsCodec: smaller, searched as stock Whoosh segments are, and
mixed and merged with the stock segments older indexes hold."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

from whoosh import fields, index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.compound import CompoundStorage
from whoosh.query import Phrase, Term

from crawler.models import Statement
from indexer import StatementIndex
from indexer.codec import StatementsCodec
from indexer.storage import INDEX_NAME
from indexer.stored import TRAINING_DOCUMENTS

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


def test_segments_name_their_codec_and_search_as_stock_ones(tmp_path: Path) -> None:
    ours = build(tmp_path / "ix", StatementsCodec())
    stock = build(tmp_path / "stock", W3Codec())
    (segment,) = ours._segments()
    assert type(segment.codec()) is StatementsCodec
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


def test_stock_segments_of_an_older_index_are_read_and_merged_with_ours(tmp_path: Path) -> None:
    whoosh_index = build(tmp_path / "ix", W3Codec(), count=40)
    with whoosh_index.writer(codec=StatementsCodec()) as writer:
        writer.add_document(key="k-new", text="a new w7 statement")
    whoosh_index = index.open_dir(str(tmp_path / "ix"))
    codecs = sorted(type(s.codec()).__name__ for s in whoosh_index._segments())
    assert codecs == ["StatementsCodec", "W3Codec"]
    with whoosh_index.searcher() as searcher:
        assert sorted(hit["key"] for hit in searcher.search(Term("text", "w7"))) == ["k-new", "k7"]
    with whoosh_index.writer(codec=StatementsCodec()) as writer:
        writer.optimize = True
    whoosh_index = index.open_dir(str(tmp_path / "ix"))
    (segment,) = whoosh_index._segments()
    assert type(segment.codec()) is StatementsCodec
    with whoosh_index.searcher() as searcher:
        assert searcher.stored_fields(40) == {"key": "k-new"}
        assert sorted(hit["key"] for hit in searcher.search(Term("text", "w7"))) == ["k-new", "k7"]


def statement_like(rng: random.Random, n: int) -> str:
    """Stored values shaped like a statement's reports: the same keys, varied words."""
    words = [
        rng.choice(("tax", "border", "said", "minister", "we", "will", "never")) for _ in range(12)
    ]
    return (
        f'[{{"a":"{rng.getrandbits(80):020x}","s":{{"text":"{" ".join(words)} {n}",'
        f'"speakers":["Speaker {n % 37}"],"kind":"direct","date":"2024-0{n % 9 + 1}-1{n % 9}",'
        f'"url":"https://news.example/{n}","outlet":"Outlet {n % 5}","id":"{n:024x}"}}}}]'
    )


def write_with_each_codec(
    tmp_path: Path, stored_schema: Any, documents: list[dict[str, Any]]
) -> dict[str, Path]:
    """The documents written to an index with our codec and to one with stock W3."""
    directories = {}
    for name, codec in (("ours", StatementsCodec()), ("stock", W3Codec())):
        directory = directories[name] = tmp_path / name
        directory.mkdir()
        whoosh_index = index.create_in(str(directory), stored_schema)
        with whoosh_index.writer(codec=codec) as writer:
            for document in documents:
                writer.add_document(**document)
    return directories


def test_stored_fields_of_a_large_segment_shrink_with_a_trained_dictionary(tmp_path: Path) -> None:
    rng = random.Random(3)
    values = [statement_like(rng, n) for n in range(TRAINING_DOCUMENTS + 500)]
    stored_schema = fields.Schema(sources=fields.STORED(), n=fields.NUMERIC(stored=True))
    # some documents store nothing
    wanted = [{"sources": v, "n": n} if n % 97 else {} for n, v in enumerate(values)]
    directories = write_with_each_codec(tmp_path, stored_schema, wanted)
    for directory in directories.values():
        with index.open_dir(str(directory)).searcher() as searcher:
            for n in (1, 96, 97, TRAINING_DOCUMENTS - 1, TRAINING_DOCUMENTS, len(values) - 1):
                assert searcher.stored_fields(n) == wanted[n]
            assert list(searcher.reader().all_stored_fields()) == wanted
    ours, stock = (segment_bytes(directories[name]) for name in ("ours", "stock"))
    assert ours < 0.6 * stock


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
    document = {"blob": packed, "when": dt.datetime(2025, 3, 24)}
    directories = write_with_each_codec(tmp_path, stored_schema, [document] * 20)
    for directory in directories.values():
        with index.open_dir(str(directory)).searcher() as searcher:
            assert searcher.stored_fields(19) == document
    ours, stock = (segment_bytes(directories[name]) for name in ("ours", "stock"))
    assert ours < 0.85 * stock  # protocol 2 writes ~1.5 bytes a byte


def test_segments_written_after_the_first_share_its_dictionary(tmp_path: Path) -> None:
    words = ["budget", "defence", "schools", "taxes", "harbour", "rail", "energy", "farms"]
    statements = [
        Statement(
            text=f"We will spend {n} on {words[n % 8]} and {words[n * 3 % 8]} this year",
            speakers=(f"Speaker {n % 7}",),
            outlet=f"Outlet {n % 5}",
            url=f"https://news.example/{n}",
            id=f"s{n}",
        )
        for n in range(3 * 400)
    ]
    with StatementIndex.open(tmp_path / "ix", create=True, procs=2, commit_every=400) as store:
        for start in range(0, len(statements), 400):
            store.add_statements(statements[start : start + 400])
    whoosh_index = index.open_dir(str(tmp_path / "ix"), indexname=INDEX_NAME)
    with whoosh_index.reader() as reader:
        first, *later = [
            leaf._perdoc._cached_reader("_stored", None).dictionary
            for leaf, _ in reader.leaf_readers()
        ]
        texts = {fields["sources"][1][0][1] for fields in reader.all_stored_fields()}
    assert first and len(later) >= 2
    assert later[-2:] == [first, first]  # the last two batches: the first segment's dictionary
    assert texts == {s.text for s in statements}
