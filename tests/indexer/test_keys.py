"""Finding committed statements and articles while writing, across segments and deletions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from whoosh import fields

from crawler.models import Statement
from indexer import StatementIndex, schema
from indexer.dedup import article_hash
from indexer.keys import KEYS_DIR, KeyTable
from indexer.storage import INDEX_NAME, MARKER_FILE


def said(text: str, speaker: str, statement_id: str, url: str) -> Statement:
    return Statement(text=text, speakers=(speaker,), id=statement_id, url=url)


BATCHES = [
    [said(f"we will build bridge {n}", "Ann Lee", f"s{n}", f"https://a.example/{n}") for n in r]
    for r in (range(0, 4), range(4, 8), range(8, 12))
]


def build(path: Path) -> None:
    with StatementIndex.open(path, create=True) as store:
        for batch in BATCHES:  # one segment a batch
            store.add_statements(batch)
            store.commit()


def test_statements_and_articles_are_found_in_every_segment_and_not_once_deleted(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ix"
    build(path)
    with StatementIndex.open(path) as store:
        searcher = store.searcher()
        assert len(searcher.reader().leaf_readers()) >= 2
        table = KeyTable.load(searcher.reader(), path)
        for statement in [s for batch in BATCHES for s in batch]:
            record = table.record(searcher, next(iter(_keys(store, statement.text))))
            assert record is not None and statement.id in record.occurrences
            assert table.article_keys(searcher, article_hash(statement.url or "")) == {record.key}
        assert table.article_keys(searcher, article_hash("https://a.example/none")) == set()
        assert table.record(searcher, "no-such-key") is None
        store.add_statements([said("we will build bridge 5", "Bo Ek", "s5", "https://a.example/5")])
    with StatementIndex.open(path) as store:  # s5 moved to another speaker: its old doc went
        texts = sorted((r.representative().text, r.speaker_ids) for r in store.iter_records())
        assert len(texts) == 12
        assert ("we will build bridge 5", ("bo-ek",)) in texts
        searcher = store.searcher()
        table = KeyTable.load(searcher.reader(), path)
        (key,) = table.article_keys(searcher, article_hash("https://a.example/5"))  # the live one
        record = table.record(searcher, key)
        assert record is not None and record.speaker_ids == ("bo-ek",)


def _keys(store: StatementIndex, text: str) -> list[str]:
    return [r.key for r in store.iter_records() if r.representative().text == text]


def test_saved_tables_are_rebuilt_when_damaged_and_dropped_with_their_segments(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ix"
    build(path)
    with StatementIndex.open(path) as store:
        KeyTable.load(store.searcher().reader(), path)
    saved = sorted((path / KEYS_DIR).iterdir())
    assert len(saved) >= 2
    saved[0].write_bytes(b"not numpy")
    (path / KEYS_DIR / "gone-segment.npz").write_bytes(b"")
    with StatementIndex.open(path) as store:
        store.add_statements(BATCHES[0])  # everything already there: nothing new
        assert sum(1 for _ in store.iter_records()) == 12
    names = {p.name for p in (path / KEYS_DIR).iterdir()}
    assert "gone-segment.npz" not in names and saved[0].name in names


def test_an_index_written_with_keys_as_whoosh_terms_is_updated_without_duplicates(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old"
    older = schema.build_schema()
    older.remove(schema.DEDUP)
    older.add(schema.DEDUP, fields.ID(unique=True, stored=True))
    older.add(schema.ARTICLES, fields.KEYWORD(scorable=False))
    path.mkdir()
    from whoosh.filedb.filestore import FileStorage

    FileStorage(str(path)).create_index(older, indexname=INDEX_NAME)
    (path / MARKER_FILE).write_text(
        json.dumps({"format": "statements-index", "schema_version": schema.SCHEMA_VERSION})
    )
    for _ in range(2):
        with StatementIndex.open(path) as store:
            store.add_statements(BATCHES[0])
    with StatementIndex.open(path) as store:
        assert sorted(r.representative().text for r in store.iter_records()) == sorted(
            s.text for s in BATCHES[0]
        )


def test_tables_of_several_segments_are_built_together_and_equal_those_built_one_by_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ix"
    build(path)  # the writer built each segment's table after its commit ...
    with StatementIndex.open(path) as store:  # ... but the last one's, made here
        KeyTable.load(store.searcher().reader(), path)
    one_by_one = {p.name: p.read_bytes() for p in (path / KEYS_DIR).iterdir()}
    shutil.rmtree(path / KEYS_DIR)
    with StatementIndex.open(path) as store:
        searcher = store.searcher()
        table = KeyTable.load(searcher.reader(), path)
        assert len(table.article_keys(searcher, article_hash("https://a.example/7"))) == 1
    rebuilt = {p.name: p.read_bytes() for p in (path / KEYS_DIR).iterdir()}
    assert len(rebuilt) >= 2 and rebuilt.keys() == one_by_one.keys()
    for name, saved in rebuilt.items():
        assert _arrays(saved) == _arrays(one_by_one[name])


def _arrays(saved: bytes) -> dict[str, list[int]]:
    import io

    import numpy as np

    with np.load(io.BytesIO(saved)) as arrays:
        return {name: arrays[name].tolist() for name in arrays.files}
