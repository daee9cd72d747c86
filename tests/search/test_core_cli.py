"""`statements index --format jsonl` prepares the core's arrays; searches agree either way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from search.cli import main
from tests.search.core_fixture import fixture_statements


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "statements.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for s in fixture_statements(250):
            record = {"text": s.text, "speakers": list(s.speakers), "outlet": s.outlet}
            if s.date:
                record["date"] = s.date.isoformat()
            out.write(json.dumps(record) + "\n")
    return path


def test_bulk_import_builds_the_core_and_search_agrees(
    tmp_path: Path, dump: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    monkeypatch.setenv("STATEMENTS_CORE", "on")
    imported = CliRunner().invoke(
        main, ["--index", str(index_dir), "index", "--format", "jsonl", str(dump)]
    )
    assert imported.exit_code == 0, imported.output
    assert "250 statements read" in imported.output
    assert any((index_dir / "core").iterdir())
    outputs = []
    for setting in ("on", "off"):
        monkeypatch.setenv("STATEMENTS_CORE", setting)
        found = CliRunner().invoke(
            main,
            [
                "--index",
                str(index_dir),
                "search",
                "budget OR tax",
                "--facet",
                "speaker",
                "--format",
                "json",
            ],
        )
        assert found.exit_code == 0, found.output
        outputs.append(json.loads(found.output))
    assert outputs[0] == outputs[1]
    assert outputs[0]["total"] > 0
