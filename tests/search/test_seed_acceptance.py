"""The README's first command on the bundled seed article (issues 2 and 5 acceptance)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from search.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index = tmp_path_factory.mktemp("seed") / "index"
    result = CliRunner().invoke(main, ["--index", str(index), "index", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return index


def search(index: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--index", str(index), "search", *args])
    return result.exit_code, result.stdout, result.stderr


def test_freeloaders_by_hegseth_is_exactly_his_two_statements_each_once(seed_index: Path) -> None:
    code, out, _ = search(seed_index, "freeloaders", "--speaker", "Hegseth", "--format", "json")
    assert code == 0
    hits = json.loads(out)["hits"]
    assert sorted((h["text"], tuple(h["speakers"])) for h in hits) == [
        ("loathing of European freeloading", ("Pete Hegseth",)),
        ("pathetic freeloaders", ("JD Vance", "Pete Hegseth")),
    ]


def test_coalition_of_the_willing_finds_healey(seed_index: Path) -> None:
    code, out, _ = search(seed_index, '"coalition of the willing"', "--format", "jsonl")
    assert code == 0
    (hit,) = [json.loads(line) for line in out.splitlines()]
    assert hit["speakers"] == ["John Healey"]
    assert "[[coalition of the willing]]" in hit["snippet"]


def test_a_misspelt_speaker_suggests_hegseth(seed_index: Path) -> None:
    assert search(seed_index, "freeloaders", "--speaker", "Hegseht") == (
        2,
        "",
        "error: No speaker matches 'Hegseht'. Did you mean Pete Hegseth? "
        "`statements speakers` lists them.\n",
    )


def test_facet_speaker_counts_per_speaker(seed_index: Path) -> None:
    _, out, _ = search(seed_index, "freeloaders", "--facet", "speaker", "--format", "json")
    assert json.loads(out)["facets"] == {
        "speaker": [
            {"value": "Pete Hegseth", "count": 2},
            {"value": "JD Vance", "count": 1},
        ]
    }
