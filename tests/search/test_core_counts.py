"""The index's statistics from the core's arrays equal those from the segments' terms."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from whoosh.query import Term

import search
from indexer import StatementIndex
from tests.search.core_fixture import (
    OUTLETS,
    SPEAKERS,
    build_fixture_index,
    fixture_statements,
)


def figures(path: Path, core: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    monkeypatch.setenv("STATEMENTS_CORE", core)
    with search.open_index(path) as index:
        return index.stats(), index.speakers(), index.speakers(SPEAKERS[0])


@pytest.mark.parametrize("batches", [2, 6])  # 6 segments: the core merges them into a base
def test_stats_and_speaker_counts_from_the_core_equal_whoosh_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batches: int
) -> None:
    path = tmp_path / "index"
    build_fixture_index(path, fixture_statements(300), batches=batches)
    with StatementIndex.open(path) as store:  # reports again (documents replaced), deletions
        store.add_statements(
            [replace(s, id=f"again-{s.id}", outlet="Sky News") for s in fixture_statements(40)]
        )
        store.commit()
        writer = store._ix.writer()
        writer.delete_by_query(Term("outlet", OUTLETS[0].lower()))
        writer.commit()
    with_core = figures(path, "on", monkeypatch)
    if batches == 6:
        assert any(p.name.startswith("base-") for p in (path / "core").iterdir())
    assert with_core == figures(path, "off", monkeypatch)
    stats, speakers, (one,) = with_core
    assert isinstance(stats, search.IndexStats) and stats.statements < 300
    assert OUTLETS[0] not in stats.outlets and "Sky News" in stats.outlets
    assert stats.first_date is not None and stats.last_date is not None
    assert sum(s.statements for s in speakers) >= stats.statements  # some have two speakers
    assert one in speakers and one.statements > 0
