"""``statements search``: every output format, options passed through, errors as one line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from crawler.models import Statement
from search.cli import main
from search.commands.search import search as search_command
from search.options import SearchOptions
from search.output import CSV_BOM, format_result
from search.results import Hit, SearchResult


def run(index: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        main, ["--index", str(index), "search", *args], prog_name="statements"
    )
    return result.exit_code, result.stdout, result.stderr


def test_text_output_piped_is_plain_and_aligned(fixture_index_path: Path) -> None:
    code, out, err = run(fixture_index_path, "harbour", "--sort", "oldest")
    assert (code, err) == (0, "")
    assert out == (
        "2 statements match.\n"
        "\n"
        "1. \u201cWe stand together on the harbour\u201d\n"
        "   Alice Romero and Bruno Keller  2024-07-01 \u00b7 Harbour Gazette\n"
        "   Context of story 9: We stand together on the harbour\n"
        "\n"
        "2. \u201cThe harbour bridge will be rebuilt by spring\u201d\n"
        "   Bruno Keller  date unknown \u00b7 North Star\n"
        "   Context of story 6: The harbour bridge will be rebuilt by spring\n"
    )


def test_text_output_lists_other_sources_and_facets(fixture_index_path: Path) -> None:
    code, out, _ = run(fixture_index_path, '"backs of others"', "--facet", "outlet")
    assert code == 0
    assert out == (
        "1 statement match.\n"
        "\n"
        "1. \u201cWe will NOT be freeloaders -- on the backs of others!\u201d\n"
        "   Alice Romero  2024-05-01 \u00b7 Valley Times\n"
        "   Context of story 2: We will NOT be freeloaders -- on the backs of others!\n"
        "   also: Harbour Gazette https://news.example/1 2024-05-02\n"
        "\n"
        "outlet\n"
        "  Harbour Gazette       1\n"
        "  Valley Times          1\n"
    )


def test_text_output_says_when_a_page_shows_part_of_the_matches(fixture_index_path: Path) -> None:
    _, out, _ = run(fixture_index_path, "harbour OR taxes", "--limit", "1", "--offset", "2")
    assert out.splitlines()[0] == "4 statements match; showing 3-3."
    _, out, _ = run(fixture_index_path, "nothingmatchesthis")
    assert out == "No statements match.\n"


def test_json_output(fixture_index_path: Path) -> None:
    code, out, _ = run(
        fixture_index_path,
        "taxes",
        "--speaker",
        "eli martin",
        "--format",
        "json",
        "--facet",
        "party",
    )
    assert code == 0
    payload = json.loads(out)
    assert payload["total"] == 1
    assert payload["facets"] == {"party": [{"value": "Red", "count": 1}]}
    (hit,) = payload["hits"]
    score = hit.pop("score")
    assert score > 0
    assert hit == {
        "text": "Taxes will rise",
        "speakers": ["Eli Martin"],
        "speaker_ids": ["eli-martin"],
        "date": "2023-01-09",
        "outlet": "Valley Times",
        "url": "https://news.example/8",
        "title": "Story 8",
        "kind": "direct",
        "rank": 1,
        "snippet": "[[Taxes]] will rise",
        "context": "Context of story 8: Taxes will rise",
        "cue": None,
        "venue": None,
        "id": hit["id"],
        "sources": [
            {
                "outlet": "Valley Times",
                "url": "https://news.example/8",
                "date": "2023-01-09",
                "title": "Story 8",
                "source": None,
            }
        ],
    }


def test_jsonl_output_is_one_hit_per_line(fixture_index_path: Path) -> None:
    code, out, _ = run(fixture_index_path, "taxes", "--sort", "newest", "--format", "jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["text"] for line in lines] == [
        "Taxes will fall for working families",
        "Taxes will rise",
    ]


def test_csv_output_has_a_header_and_quotes_what_needs_quoting(fixture_index_path: Path) -> None:
    code, out, _ = run(fixture_index_path, "harbour", "--sort", "oldest", "--format", "csv")
    assert code == 0
    assert out.startswith("\ufeffrank,")  # the byte-order mark: Excel then reads UTF-8
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert rows[0] == [
        "rank",
        "score",
        "date",
        "speakers",
        "text",
        "kind",
        "outlet",
        "url",
        "title",
        "context",
        "sources",
    ]
    assert rows[1] == [
        "1",
        "0.0000",
        "2024-07-01",
        "Alice Romero; Bruno Keller",
        "We stand together on the harbour",
        "direct",
        "Harbour Gazette",
        "https://news.example/9",
        "Story 9",
        "Context of story 9: We stand together on the harbour",
        "Harbour Gazette https://news.example/9 2024-07-01",
    ]
    assert rows[2][2:5] == ["", "Bruno Keller", "The harbour bridge will be rebuilt by spring"]
    assert len(rows) == 3


def test_options_reach_the_library(fixture_index_path: Path) -> None:
    args = ["coalition OR taxes", "--party", "blue", "--outlet", "north star", "--kind", "partial"]
    _, out, _ = run(
        fixture_index_path, *args, "--since", "2025-03", "--until", "2025-03", "--format", "jsonl"
    )
    assert [json.loads(line)["text"] for line in out.splitlines()] == [
        "a coalition that is willing to act"
    ]


def test_every_option_has_the_library_name_and_default() -> None:
    defaults = SearchOptions()
    params = {p.name: p for p in search_command.params if isinstance(p, click.Option)}
    for name in (
        "speaker",
        "party",
        "outlet",
        "since",
        "until",
        "kind",
        "sort",
        "facets",
        "limit",
        "offset",
    ):
        expected = getattr(defaults, name)
        default = params[name].default
        assert (tuple(default) if params[name].multiple else default) == expected, name


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["freeloaders", "--speaker", "Romeo"],
            2,
            "error: No speaker matches 'Romeo'. Did you mean Alice Romero? "
            "`statements speakers` lists them.\n",
        ),
        (
            ["taxes", "--speaker", "martin"],
            2,
            "error: 'martin' could mean several speakers: Dana Martin, Eli Martin. "
            "Give more of the name.\n",
        ),
        (
            ["", "--speaker", "romero"],
            2,
            "error: the query is empty; give words to search for, e.g. freeloaders\n",
        ),
        (
            ['"open phrase'],
            2,
            'error: bad query at character 1: this quote mark is not closed; add the closing " '
            '(in: "open phrase)\n',
        ),
        (
            ["taxes", "--since", "soon"],
            2,
            "error: since 'soon' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD\n",
        ),
        (
            ["taxes", "--limit", "0"],
            2,
            "error: Invalid value for '--limit': 0 is not in the range x>=1. "
            "(see `statements search --help`)\n",
        ),
    ],
)
def test_errors_are_one_line_and_a_non_zero_exit(
    fixture_index_path: Path, args: list[str], code: int, message: str
) -> None:
    assert run(fixture_index_path, *args) == (code, "", message)


def test_a_path_that_is_not_an_index(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    code, out, err = run(tmp_path, "taxes")
    assert (code, out) == (4, "")
    assert err == (
        f"error: {tmp_path}: not a statements index; point --index at a directory made by "
        "`statements index`\n"
    )


def test_a_missing_index(tmp_path: Path) -> None:
    code, _, err = run(tmp_path / "none", "taxes")
    assert code == 4
    assert err.startswith(f"error: {tmp_path / 'none'}: no index here yet; create one with")


def test_help_documents_the_query_language() -> None:
    result = CliRunner().invoke(main, ["search", "--help"])
    assert result.exit_code == 0
    assert '"near words"~3' in result.stdout
    assert "--facet, --facets [speaker|outlet|party|month]" in result.stdout


def test_text_output_lists_at_most_three_other_sources(tmp_path: Path) -> None:
    from crawler.models import Statement
    from indexer import StatementIndex

    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_statements(
            Statement(
                "Same words", ("Ann Lee",), outlet=f"Outlet {n}", url=f"https://o{n}.example/"
            )
            for n in range(6)
        )
    _, out, _ = run(tmp_path / "ix", "same")
    assert out.splitlines()[4:] == [
        "   also: Outlet 1 https://o1.example/",
        "   also: Outlet 2 https://o2.example/",
        "   also: Outlet 3 https://o3.example/",
        "   and 2 more sources (--format json lists all)",
    ]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_a_spreadsheet_would_run_as_formulas_get_a_leading_quote(start: str) -> None:
    statement = Statement(
        text=f"{start}SUM(A1:A9) for Café owners",
        speakers=("@handle",),
        outlet="-Minus News",
        title="Plain title",
    )
    result = SearchResult(total=1, hits=(Hit(statement=statement, score=-1.5, rank=1),))
    out = format_result(result, "csv")
    assert out.encode("utf-8").startswith(b"\xef\xbb\xbfrank,score,")
    [row] = csv.DictReader(io.StringIO(out.removeprefix(CSV_BOM)))
    assert (row["score"], row["speakers"], row["text"], row["outlet"], row["title"]) == (
        "-1.5000",
        "'@handle",
        f"'{start}SUM(A1:A9) for Café owners",
        "'-Minus News",
        "Plain title",
    )


def _damage_stored_statements(index_dir: Path, part: str) -> None:
    """Flip bytes in the middle of every segment's stored-fields column ("frames"), or make
    its dictionary's length larger than the column ("header")."""
    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage

    for segment in index_dir.glob("*.seg"):
        with FileStorage(str(index_dir)).open_file(segment.name) as handle:
            parts = CompoundStorage(handle, use_mmap=False)
            (column,) = [name for name in parts.list() if name.endswith("._stored.col")]
            entry = parts._dir[column]  # where the column lies in the compound file
            start, length = entry["offset"], entry["length"]
        data = bytearray(segment.read_bytes())
        if part == "header":
            data[start : start + 4] = (length * 2).to_bytes(4, "little")
        else:
            for position in range(start + length // 4, start + 3 * length // 4):
                data[position] ^= 0x5A
        segment.write_bytes(bytes(data))


@pytest.mark.parametrize("part", ["frames", "header"])
def test_a_damaged_stored_statement_is_one_error_line(tmp_path: Path, part: str) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"text": f"Taxes must fall by {n} percent", "speakers": [f"Ann Lee {n % 7}"]})
        for n in range(300)
    ]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    index = tmp_path / "ix"
    indexed = CliRunner().invoke(
        main, ["--index", str(index), "index", "--format", "jsonl", str(dump)]
    )
    assert indexed.exit_code == 0
    _damage_stored_statements(index, part)
    code, _, err = run(index, "taxes", "--limit", "300")
    assert code != 0
    assert err.count("\n") == 1
    assert "a stored statement is damaged" in err and "rebuild the index" in err
