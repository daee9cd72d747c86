"""``statements index``, ``statements speakers`` and ``statements stats`` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from search.cli import main

ARTICLE = (
    'Ann Lee, the finance minister, said: "We will hold the line on taxes this year."\n'
    "\n"
    'Bo Ray told reporters: "Taxes must fall for working families."\n'
)


def run(index: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--index", str(index), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "articles" / "taxes.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_index_a_folder_then_search_it(tmp_path: Path, article: Path) -> None:
    index = tmp_path / "ix"
    args = ("index", str(article.parent), "--date", "2025-03-24", "--outlet", "Alpha")
    assert run(index, *args) == (
        0,
        f"{article.parent}: 1 article, 2 statements added, 0 removed\n",
        "",
    )
    code, out, _ = run(index, "search", "taxes", "--format", "jsonl")
    assert code == 0
    hits = [json.loads(line) for line in out.splitlines()]
    assert sorted((h["text"], h["speakers"], h["date"], h["outlet"]) for h in hits) == [
        ("Taxes must fall for working families.", ["Bo Ray"], "2025-03-24", "Alpha"),
        ("We will hold the line on taxes this year.", ["Ann Lee"], "2025-03-24", "Alpha"),
    ]


def test_indexing_the_same_file_twice_adds_nothing(tmp_path: Path, article: Path) -> None:
    index = tmp_path / "ix"
    run(index, "index", str(article))
    assert run(index, "index", str(article)) == (
        0,
        f"{article}: 1 article, 0 statements added, 0 removed\n",
        "",
    )
    assert json.loads(run(index, "stats", "--format", "json")[1])["statements"] == 2


def test_a_bad_path_is_reported_and_the_others_still_indexed(tmp_path: Path, article: Path) -> None:
    index = tmp_path / "ix"
    code, out, err = run(index, "index", str(tmp_path / "missing.txt"), str(article))
    assert code == 2
    assert err == f"error: {tmp_path / 'missing.txt'}: no such file or directory\n"
    assert out == f"{article}: 1 article, 2 statements added, 0 removed\n"


def test_a_file_name_holding_a_newline_is_still_one_error_line(tmp_path: Path) -> None:
    code, out, err = run(tmp_path / "ix", "index", str(tmp_path / "no\nsuch.txt"))
    assert (code, out) == (2, "")
    assert err == f"error: {tmp_path}/no\\nsuch.txt: no such file or directory\n"


def test_a_bad_file_in_a_folder_is_reported_and_the_rest_of_the_folder_indexed(
    tmp_path: Path, article: Path
) -> None:
    bad = article.parent / "latin1.txt"
    bad.write_bytes(b'Cy Dee said: "Caf\xe9 prices are up."\n')
    (article.parent / "z.txt").write_text('Di Fox said: "Ferries run hourly."\n', encoding="utf-8")
    code, out, err = run(tmp_path / "ix", "index", str(article.parent))
    assert (code, out) == (2, f"{article.parent}: 2 articles, 3 statements added, 0 removed\n")
    assert err == (
        f"error: {bad}: not UTF-8 text (undecodable byte at offset 17); re-save it as UTF-8\n"
    )


@pytest.mark.parametrize(
    ("args", "data"),
    [
        (("missing.txt",), None),
        (("empty.txt",), b""),
        (("--format", "jsonl", "empty.jsonl"), b""),
        (("--format", "jsonl", "missing.jsonl"), None),
        (("--format", "quotebank", "bad.json"), b"[1]\n"),
    ],
    ids=["missing", "empty", "empty-dump", "missing-dump", "bad-dump"],
)
def test_bad_input_alone_creates_no_index(
    tmp_path: Path, args: tuple[str, ...], data: bytes | None
) -> None:
    if data is not None:
        (tmp_path / args[-1]).write_bytes(data)
    index = tmp_path / "ix"
    code, out, err = run(index, "index", *args[:-1], str(tmp_path / args[-1]))
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert not index.exists()


def test_an_article_without_statements_still_creates_the_index(tmp_path: Path) -> None:
    path = tmp_path / "calm.txt"
    path.write_text("Nothing was said today.\n", encoding="utf-8")
    index = tmp_path / "ix"
    assert run(index, "index", str(path)) == (
        0,
        f"{path}: 1 article, 0 statements added, 0 removed\n",
        "",
    )
    assert run(index, "stats", "--format", "json")[0] == 0


def test_undecodable_bytes_are_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes('caf\xe9 "quoted" said Ann'.encode("latin-1"))
    code, _, err = run(tmp_path / "ix", "index", str(path))
    assert code == 2
    assert err.startswith(f"error: {path}: not UTF-8 text (undecodable byte at offset 3)")


def test_a_bad_date_option(tmp_path: Path, article: Path) -> None:
    code, _, err = run(tmp_path / "ix", "index", str(article), "--date", "24/03/2025")
    assert (code, err) == (2, "error: --date '24/03/2025': not a date; give it as YYYY-MM-DD\n")


def test_import_jsonl_then_stats(tmp_path: Path) -> None:
    dump = tmp_path / "statements.jsonl"
    rows = [
        {
            "text": "We will hold the line",
            "speakers": ["Ann Lee"],
            "date": "2025-03-24",
            "outlet": "Alpha",
        },
        {
            "text": "Not this year",
            "speakers": ["Bo Ray"],
            "date": "2024-01-02",
            "outlet": "Beta",
            "party": "Blue",
        },
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    index = tmp_path / "ix"
    assert run(index, "index", "--format", "jsonl", str(dump)) == (
        0,
        f"{dump}: 2 statements read, 2 new\n",
        "",
    )
    assert (
        run(index, "index", "--format", "jsonl", str(dump))[1]
        == f"{dump}: 2 statements read, 0 new\n"
    )
    code, out, _ = run(index, "stats")
    assert code == 0
    lines = out.splitlines()
    assert lines[1:5] == [
        "statements  2",
        "speakers    2 quoted (2 registered)",
        "outlets     2: Alpha, Beta",
        "dates       2024-01-02 to 2025-03-24",
    ]
    assert lines[0] == f"index       {index}"
    assert lines[5].startswith("size        ")
    assert run(index, "search", "year", "--party", "blue", "--format", "jsonl")[1].count("\n") == 1


def test_a_malformed_dump_line_is_one_error_and_earlier_lines_are_kept(tmp_path: Path) -> None:
    dump = tmp_path / "statements.jsonl"
    dump.write_text('{"text": "kept", "speakers": ["Ann Lee"]}\n{"text": ""}\n', encoding="utf-8")
    code, _, err = run(tmp_path / "ix", "index", "--format", "jsonl", str(dump))
    assert code == 2
    assert err == f"error: {dump}:2: 'text' is missing or empty; every line needs the words said\n"
    assert json.loads(run(tmp_path / "ix", "stats", "--format", "json")[1])["statements"] == 1


def test_one_url_for_several_paths_is_refused_before_anything_is_indexed(tmp_path: Path) -> None:
    files = []
    for name, words in (("b.txt", "Ports need money"), ("c.txt", "Canals need care")):
        files.append(tmp_path / name)
        files[-1].write_text(f'Di Fox said: "{words} this winter."\n', encoding="utf-8")
    index = tmp_path / "ix"
    code, out, err = run(index, "index", *map(str, files), "--url", "https://news.example/1")
    assert (code, out) == (2, "")
    assert err == (
        "error: --url names one article, not 2 paths (each would replace the last); index each "
        "file with its own --url (see `main index --help`)\n"
    )
    assert not index.exists()
    code, out, _ = run(
        index, "index", str(files[0]), "--title", "T", "--url", "https://n.example/1"
    )
    assert (code, out) == (0, f"{files[0]}: 1 article, 1 statements added, 0 removed\n")


def test_metadata_options_apply_to_articles_only(tmp_path: Path) -> None:
    code, _, err = run(tmp_path / "ix", "index", "--format", "jsonl", "x.jsonl", "--outlet", "A")
    assert code == 2
    assert "--date, --outlet, --url and --title apply to articles only" in err


LEGISLATORS = """\
- id: {bioguide: L000001, wikidata: Q7}
  name: {first: Ann, last: Lee, official_full: Ann Lee}
  terms:
  - {type: sen, start: '2021-01-03', state: OR, party: Democrat}
"""


def test_speakers_list_show_and_import(tmp_path: Path, article: Path) -> None:
    index = tmp_path / "ix"
    run(index, "index", str(article))
    assert run(index, "speakers") == (0, "Ann Lee       1\nBo Ray        1\n", "")
    yaml_file = tmp_path / "legislators.yaml"
    yaml_file.write_text(LEGISLATORS, encoding="utf-8")
    assert run(index, "speakers", "import", str(yaml_file)) == (
        0,
        f"{yaml_file}: 1 people read\n0 new speakers; 2 in all\n",
        "",
    )
    assert run(index, "speakers", "lee") == (
        0,
        "Ann Lee\n"
        "  id          ann-lee\n"
        "  statements  1\n"
        "  party       Democrat\n"
        "  role        U.S. Senator for OR\n"
        "  country     US\n"
        "  ids         bioguide:L000001, wikidata:Q7\n",
        "",
    )
    assert (
        run(index, "speakers")[1]
        == "Ann Lee       1  Democrat, U.S. Senator for OR\nBo Ray        1\n"
    )
    assert (
        run(index, "search", "taxes", "--party", "democrat", "--format", "jsonl")[1].count("\n")
        == 1
    )


def test_speakers_unknown_name(tmp_path: Path, article: Path) -> None:
    run(tmp_path / "ix", "index", str(article))
    assert run(tmp_path / "ix", "speakers", "Bo Roy") == (
        2,
        "",
        "error: No speaker matches 'Bo Roy'. Did you mean Bo Ray? "
        "`statements speakers` lists them.\n",
    )


def test_stats_of_a_missing_index(tmp_path: Path) -> None:
    code, _, err = run(tmp_path / "none", "stats")
    assert code == 4
    assert err.startswith(f"error: {tmp_path / 'none'}: no index here yet")


@pytest.mark.parametrize("command", ["index", "search", "speakers", "stats"])
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: main {command} [OPTIONS]")


def test_an_empty_index_option_is_refused_before_anything_is_written(
    tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # an empty path would have meant this directory
    result = CliRunner().invoke(main, ["--index", "", "index", str(article)])
    assert result.exit_code == 2
    assert "'--index': is empty; give the index directory" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["articles"]
