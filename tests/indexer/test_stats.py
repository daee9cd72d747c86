"""Statistics count only what is live: replaced reports leave no trace in them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from crawler.models import Statement
from indexer import StatementIndex
from indexer.stats import index_stats, speaker_summaries


def test_stats_and_speaker_counts_ignore_replaced_reports(tmp_path: Path) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_statements(
            [
                Statement(
                    "one", ("Ann Lee",), url="u1", outlet="Alpha", id="s1", date=dt.date(2020, 1, 1)
                ),
                Statement(
                    "two", ("Bo Ray",), url="u2", outlet="Gamma", id="s2", date=dt.date(2021, 1, 1)
                ),
            ]
        )
    with StatementIndex.open(tmp_path / "ix") as index:
        index.add_statements(
            [
                Statement(
                    "one", ("Bo Ray",), url="u1", outlet="Beta", id="s1", date=dt.date(2020, 6, 1)
                )
            ]
        )
    with StatementIndex.open(tmp_path / "ix") as index:
        stats = index_stats(index)
        counts = [(s.speaker.name, s.statements) for s in speaker_summaries(index)]
    assert (stats.statements, stats.speakers, stats.registered_speakers) == (2, 1, 2)
    assert stats.outlets == ("Beta", "Gamma")
    assert (stats.first_date, stats.last_date) == (dt.date(2020, 6, 1), dt.date(2021, 1, 1))
    assert counts == [("Bo Ray", 2), ("Ann Lee", 0)]


def test_stats_of_an_empty_index(tmp_path: Path) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        stats = index_stats(index)
    assert (stats.statements, stats.speakers, stats.outlets) == (0, 0, ())
    assert (stats.first_date, stats.last_date) == (None, None)
