"""Fixtures for the search tests: an index of invented statements with known speakers,
parties, outlets and dates (exact expected results in the tests refer to these)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

import search
from crawler.models import Speaker, Statement
from indexer import StatementIndex

PARTIES = {
    "Alice Romero": "Green",
    "Bruno Keller": "Blue",
    "Carmen Diaz": "Blue",
    "Dana Martin": "Red",
    "Eli Martin": "Red",
}


def _statement(
    text: str,
    speakers: tuple[str, ...],
    outlet: str | None,
    date: dt.date | None,
    *,
    kind: str = "direct",
    number: int,
) -> Statement:
    return Statement(
        text=text,
        speakers=speakers,
        kind=kind,  # type: ignore[arg-type]
        outlet=outlet,
        date=date,
        url=f"https://news.example/{number}",
        title=f"Story {number}",
        context=f"Context of story {number}: {text}",
    )


STATEMENTS = (
    _statement(
        "We will not be freeloaders on the backs of others",
        ("Alice Romero",),
        "Harbour Gazette",
        dt.date(2024, 5, 2),
        number=1,
    ),
    _statement(  # the same words as 1, reported earlier elsewhere: one result, two sources
        "We will NOT be freeloaders -- on the backs of others!",
        ("Romero",),
        "Valley Times",
        dt.date(2024, 5, 1),
        number=2,
    ),
    _statement(
        "Freeloading is a habit we must break",
        ("Bruno Keller",),
        "Valley Times",
        dt.date(2024, 6, 10),
        number=3,
    ),
    _statement(
        "The coalition of the willing stands ready",
        ("Carmen Diaz",),
        "Harbour Gazette",
        dt.date(2025, 3, 15),
        number=4,
    ),
    _statement(
        "a coalition that is willing to act",
        ("Carmen Diaz",),
        "North Star",
        dt.date(2025, 3, 20),
        kind="partial",
        number=5,
    ),
    _statement(
        "The harbour bridge will be rebuilt by spring",
        ("Bruno Keller",),
        "North Star",
        None,
        number=6,
    ),
    _statement(
        "Taxes will fall for working families",
        ("Dana Martin",),
        "Harbour Gazette",
        dt.date(2025, 4, 2),
        number=7,
    ),
    _statement(
        "Taxes will rise",
        ("Eli Martin",),
        "Valley Times",
        dt.date(2023, 1, 9),
        number=8,
    ),
    _statement(
        "We stand together on the harbour",
        ("Alice Romero", "Bruno Keller"),
        "Harbour Gazette",
        dt.date(2024, 7, 1),
        number=9,
    ),
)


def build_fixture_index(path: Path) -> Path:
    """An index of :data:`STATEMENTS` whose speakers carry :data:`PARTIES`."""
    with StatementIndex.open(path, create=True) as index:
        index.lock()
        for name, party in PARTIES.items():
            index.registry.merge(Speaker(id="", name=name, party=party))
        index.add_statements(STATEMENTS)
    return path


@pytest.fixture(scope="session")
def fixture_index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_index(tmp_path_factory.mktemp("fixture") / "index")


@pytest.fixture()
def ix(fixture_index_path: Path) -> Iterator[search.Index]:
    with search.open_index(fixture_index_path) as index:
        yield index
