"""Stored reports: packed small, read back exactly, older indexes' JSON text still read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from crawler.errors import IndexStoreError
from crawler.models import Statement
from indexer import StatementIndex, schema
from indexer.records import pack_sources, record_to_document, statement_to_json, unpack_sources

REPORTS = [
    {
        "a": "aefd384ccc47eb254e70",
        "s": statement_to_json(
            Statement(
                text="Wir schaffen das — “the Élysée” said so",
                speakers=("Angela Merkel",),
                date=dt.date(2015, 8, 31),
                url="https://www.news.example/2015/08/31/merkel",
                outlet="News",
                id="26a6d514bc3aa4ec05df6469",
            )
        ),
    }
]


def test_packed_reports_read_back_exactly_and_are_smaller_than_their_json() -> None:
    packed = pack_sources(REPORTS)
    assert unpack_sources(packed) == REPORTS
    assert len(packed) < len(json.dumps(REPORTS, ensure_ascii=False).encode()) * 0.8


def test_reports_stored_as_json_text_by_older_indexes_are_read() -> None:
    assert unpack_sources(json.dumps(REPORTS)) == REPORTS


@pytest.mark.parametrize("damaged", [b"\x01not deflate", b"\x02other", b""])
def test_damaged_stored_reports_are_an_index_error(damaged: bytes) -> None:
    with pytest.raises(IndexStoreError, match="stored statement is damaged"):
        unpack_sources(damaged)


def test_an_index_mixing_old_and_new_stored_reports_reads_and_updates_both(
    tmp_path: Path,
) -> None:
    statement = Statement(text="we will hold the line", speakers=("Ann Lee",), id="s1")
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_statements([statement])
    with StatementIndex.open(tmp_path / "ix") as index:  # rewrite it as an older index did
        (record,) = index.iter_records()
        document = record_to_document(record)
        document[schema.SOURCES] = json.dumps(unpack_sources(document[schema.SOURCES]))
    from whoosh.index import open_dir

    whoosh_index = open_dir(str(tmp_path / "ix"), indexname="statements")
    with whoosh_index.writer() as writer:
        writer.delete_document(0)
        writer.add_document(**document)
    with StatementIndex.open(tmp_path / "ix") as index:
        (old,) = index.iter_records()
        (stored,) = index.searcher().all_stored_fields()
        assert isinstance(stored[schema.SOURCES], str)
        assert old.representative().text == "we will hold the line"
        index.add_statements(
            [Statement(text="we will hold the line", speakers=("Ann Lee",), id="s2")]
        )
    with StatementIndex.open(tmp_path / "ix") as index:
        (merged,) = index.iter_records()
    assert sorted(merged.occurrences) == ["s1", "s2"]
