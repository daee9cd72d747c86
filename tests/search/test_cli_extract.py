"""``statements extract``: the jsonl contract, the text format, and bad input as one line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from search.cli import main

ARTICLE = (
    "Council leader Nadia Brook defended the budget on Tuesday.\n"
    "Brook told Radio Tyne: 'Every library stays open.'\n"
    "'We found the money,' she said.\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["extract", *args])
    return result.exit_code, result.stdout, result.stderr


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_prints_one_object_per_statement_with_offsets_into_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "budget.txt", ARTICLE)
    code, out, err = run("--format", "jsonl", str(path))
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert records == [
        {
            "source": str(path),
            "start": 83,
            "end": 108,
            "text": "Every library stays open.",
            "speakers": ["Nadia Brook"],
            "kind": "direct",
            "cue": "tell",
            "mention": "Brook",
            "venue": "Radio Tyne",
            "date": None,
        },
        {
            "source": str(path),
            "start": 111,
            "end": 130,
            "text": "We found the money,",
            "speakers": ["Nadia Brook"],
            "kind": "direct",
            "cue": "say",
            "mention": "she",
            "venue": None,
            "date": None,
        },
    ]
    assert all(ARTICLE[r["start"] : r["end"]] == r["text"] for r in records)


def test_date_option_dates_the_statements(tmp_path: Path) -> None:
    path = write(tmp_path, "budget.txt", "Nadia Brook said yesterday: 'We found the money.'\n")
    code, out, _ = run("--format", "jsonl", "--date", "2025-05-14", str(path))
    assert code == 0
    assert json.loads(out)["date"] == "2025-05-13"


def test_text_format_is_readable_per_file(tmp_path: Path) -> None:
    path = write(tmp_path, "budget.txt", ARTICLE)
    code, out, err = run(str(path))
    assert (code, err) == (0, "")
    assert out == (
        f"== {path}: 2 statements\n"
        "Nadia Brook (tell, Radio Tyne), direct:\n"
        "  \u201cEvery library stays open.\u201d\n"
        "Nadia Brook (say), direct:\n"
        "  \u201cWe found the money,\u201d\n"
    )


def test_a_missing_file_is_one_line_and_a_non_zero_exit(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path / "nowhere.txt"))
    assert (code, out) == (2, "")
    assert err == f"error: {tmp_path / 'nowhere.txt'}: no such file or directory\n"


def test_a_file_name_holding_a_newline_is_still_one_error_line(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path / "no\nsuch.txt"))
    assert (code, out) == (2, "")
    assert err == f"error: {tmp_path}/no\\nsuch.txt: no such file or directory\n"


def test_undecodable_bytes_are_one_line_and_a_non_zero_exit(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Nadia Brook said: 'Caf\u00e9 culture.'".encode("latin-1"))
    code, out, err = run(str(path))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith(f"error: {path}: not UTF-8 text")


def test_a_bad_file_among_good_ones_is_reported_and_the_others_still_run(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", "Nadia Brook said: 'We found the money.'\n")
    missing = tmp_path / "missing.txt"
    code, out, err = run("--format", "jsonl", str(missing), str(good))
    assert code == 2
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(good)]
    assert err == f"error: {missing}: no such file or directory\n"


def test_a_bad_date_is_an_error_naming_the_format(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", "Nadia Brook said: 'We found the money.'\n")
    code, _, err = run("--date", "14/05/2025", str(good))
    assert code == 2
    assert err == "error: --date '14/05/2025': not a date; give it as YYYY-MM-DD\n"


def test_help_describes_the_command() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "without indexing them" in " ".join(out.split()) and "--format" in out


def test_a_bad_file_inside_a_folder_is_reported_and_the_rest_of_the_folder_runs(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "1.txt", "Nadia Brook said: 'We found the money.'\n")
    (folder / "2.txt").write_bytes("Nadia Brook said: 'Caf\u00e9.'".encode("latin-1"))
    write(folder, "3.txt", "Omar Quist said: 'The library stays open.'\n")
    code, out, err = run("--format", "jsonl", str(folder))
    assert code == 2
    assert [json.loads(line)["text"] for line in out.splitlines()] == [
        "We found the money.",
        "The library stays open.",
    ]
    assert err.count("\n") == 1 and err.startswith(f"error: {folder / '2.txt'}: not UTF-8 text")
