"""Stored records: every report read back exactly; a damaged record is an index error."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from crawler.errors import IndexStoreError
from crawler.models import Statement
from indexer import StatementIndex
from indexer.records import (
    REPORT_FIELDS,
    REPORTS_LAYOUT,
    Occurrence,
    stored_reports,
    stored_statements,
)

REPORTS = [
    Statement(
        text="Wir schaffen das — “the Élysée” said so",
        speakers=("Angela Merkel",),
        date=dt.date(2015, 8, 31),
        url="https://www.news.example/2015/08/31/merkel",
        outlet="News",
        cue="said",
        venue="ZDF",
        context="At a press conference in Berlin, she said:",
        id="s1",
    ),
    Statement(
        text="Wir schaffen das — “the Élysée” said so",
        speakers=("Angela Merkel",),
        date=dt.date(2015, 8, 30),
        url="https://other.example/merkel",
        outlet="Other",
        kind="partial",
        id="s2",
    ),
]


def test_every_report_of_a_record_reads_back_exactly(tmp_path: Path) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_statements(REPORTS)
    with StatementIndex.open(tmp_path / "ix") as index:
        (record,) = index.iter_records()
    ordered = [o.statement for o in record.ordered()]
    assert [s.id for s in ordered] == ["s2", "s1"]  # earliest first
    for stored, given in zip(sorted(ordered, key=lambda s: s.id), REPORTS, strict=True):
        assert stored.text == given.text
        assert (stored.date, stored.url, stored.outlet, stored.kind) == (
            given.date,
            given.url,
            given.outlet,
            given.kind,
        )
        assert (stored.cue, stored.venue, stored.context) == (given.cue, given.venue, given.context)
        assert stored.speakers == ("Angela Merkel",)


@pytest.mark.parametrize(
    "damaged", ['[{"a": "x", "s": ', "", None, (REPORTS_LAYOUT, [("k1", "We will.")])]
)
def test_damaged_stored_reports_are_an_index_error(damaged: object) -> None:
    with pytest.raises(IndexStoreError, match="stored statement is damaged"):
        stored_reports(damaged)


def test_a_report_row_holds_every_field_of_a_statement_in_order() -> None:
    assert ("article", *Statement.__slots__) == REPORT_FIELDS


OLDER_REPORT = {"a": "k1", "s": {"text": "We will.", "speakers": ["Ann Lee"], "date": "2025-03-24"}}


@pytest.mark.parametrize("older", [[OLDER_REPORT], json.dumps([OLDER_REPORT])])
def test_reports_stored_by_older_indexes_as_values_or_json_text_still_read(older: object) -> None:
    assert stored_reports(older) == [
        Occurrence(
            article="k1",
            statement=Statement(text="We will.", speakers=("Ann Lee",), date=dt.date(2025, 3, 24)),
        )
    ]


def test_stored_statements_are_one_per_id_earliest_first_undated_last() -> None:
    undated = Statement(text="We will.", speakers=("Ann Lee",), outlet="Undated", id="u")
    older, newer = (
        Statement(text="We will.", speakers=("Ann Lee",), date=dt.date(2025, 3, d), id=i)
        for d, i in ((1, "o"), (9, "n"))
    )
    edited = Statement(text="We will.", speakers=("Ann Lee",), date=dt.date(2025, 2, 1), id="n")
    rows = [("k", *report_values(s)) for s in (undated, newer, older, edited)]
    assert stored_statements((REPORTS_LAYOUT, rows)) == [edited, older, undated]
    assert stored_statements((REPORTS_LAYOUT, rows[:1])) == [undated]
    with pytest.raises(IndexStoreError, match="stored statement is damaged"):
        stored_statements((REPORTS_LAYOUT, [("k", "We will.")]))


def report_values(statement: Statement) -> tuple[object, ...]:
    return tuple(getattr(statement, name) for name in REPORT_FIELDS[1:])
