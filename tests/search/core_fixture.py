"""A fixture index for the core tests: seeded statements from a small vocabulary of our own."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from crawler.models import Statement
from indexer import StatementIndex

WORDS = str.split(
    "budget tax border defence army navy coalition willing freeloaders europe nato allies "
    "spending deal trade tariff jobs wages health care schools police crime energy oil gas "
    "climate votes election campaign senate house reform plan policy war peace talks treaty "
    "ukraine russia china market growth debt deficit inflation rates housing rent workers "
    "union strike farmers food prices families children future security threat support "
    "vote bill law court judge rights freedom speech press media news truth lies people "
    "country nation state city county leaders minister president secretary governor"
)
FILLER = str.split("the of and to a in that is was for we will not our they")
SPEAKERS = ("Pete Hegseth", "John Healey", "Maria Lopez", "Sam Carter", "Ann Reed", "Li Wei")
PARTIES = ("Labour", "Republican", "Green")
OUTLETS = ("BBC News", "Reuters", "The Times", "Guardian")


def fixture_statement(rng: random.Random, number: int, *, tag: str = "") -> Statement:
    """One statement: 4-30 words, mostly from WORDS, some filler; a speaker, date, outlet."""
    words = [
        rng.choice(FILLER)
        if rng.random() < 0.3
        else rng.choice(WORDS[: rng.randrange(10, len(WORDS))])
        for _ in range(rng.randrange(4, 31))
    ]
    speakers = (SPEAKERS[min(int(rng.expovariate(0.6)), len(SPEAKERS) - 1)],)
    if rng.random() < 0.1:
        speakers += (rng.choice(SPEAKERS),)
    date = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500))
    return Statement(
        text=" ".join(words) + tag,
        speakers=tuple(dict.fromkeys(speakers)),
        date=None if rng.random() < 0.05 else date,
        outlet=rng.choice(OUTLETS),
        url=f"https://news.example/{number}",
        id=f"s{number}",
    )


def fixture_statements(
    count: int, *, seed: int = 7, start: int = 0, tag: str = ""
) -> list[Statement]:
    rng = random.Random(seed)
    return [fixture_statement(rng, start + n, tag=tag) for n in range(count)]


def build_fixture_index(path: Path, statements: list[Statement], *, batches: int = 3) -> None:
    """Index the statements in ``batches`` commits (so the index has several segments)."""
    size = -(-len(statements) // batches)
    with StatementIndex.open(path, create=True, commit_every=10**9) as index:
        for number, name in enumerate(SPEAKERS):
            index.registry.register(name, party=PARTIES[number % len(PARTIES)])
        for first in range(0, len(statements), size):
            index.add_statements(statements[first : first + size])
            index.commit()
