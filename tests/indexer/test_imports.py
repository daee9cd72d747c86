"""Statement dumps: our JSON Lines and Quotebank, plain and compressed, streamed."""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from crawler.errors import InputError
from indexer import StatementIndex
from indexer.imports import import_statements, read_statement_dump

JSONL = [
    {
        "text": "We will hold the line",
        "speakers": ["Ann Lee"],
        "date": "2025-03-24T10:00:00Z",
        "outlet": "Alpha",
        "url": "https://a.example/1",
        "title": "Lines",
        "kind": "direct",
        "party": "Labour",
        "context": "She said: We will hold the line.",
    },
    {"text": "hold the line", "speakers": ["Ann Lee", "Bo Ray"], "kind": "partial"},
]

QUOTEBANK = [
    {
        "quoteID": "2020-01-16-000088",
        "quotation": "the economy is strong",
        "speaker": "Cy Vale",
        "qids": ["Q42"],
        "date": "2020-01-16 12:00:00",
        "numOccurrences": 2,
        "probas": [["Cy Vale", "0.9"], ["None", "0.1"]],
        "urls": ["https://www.news.example/a", "http://other.example/b"],
    },
    {
        "quoteID": "2020-01-16-000089",
        "quotation": "nobody knows who said this",
        "speaker": "None",
        "qids": [],
        "date": "2020-01-16 12:00:00",
        "numOccurrences": 1,
        "probas": [["None", "0.8"]],
        "urls": ["https://news.example/c"],
    },
]


def write_lines(path: Path, rows: list[dict[str, object]]) -> Path:
    text = "".join(json.dumps(row) + "\n" for row in rows)
    if path.suffix == ".bz2":
        path.write_bytes(bz2.compress(text.encode()))
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_fields(tmp_path: Path) -> None:
    items = list(read_statement_dump(write_lines(tmp_path / "s.jsonl", JSONL), dump_format="jsonl"))
    first, second = items
    assert first is not None and second is not None
    statement = first.statement
    assert (statement.text, statement.speakers, statement.date, statement.outlet) == (
        "We will hold the line",
        ("Ann Lee",),
        dt.date(2025, 3, 24),
        "Alpha",
    )
    assert (statement.url, statement.title, statement.kind, statement.context) == (
        "https://a.example/1",
        "Lines",
        "direct",
        "She said: We will hold the line.",
    )
    assert first.party == "Labour"
    assert (second.statement.speakers, second.statement.kind, second.statement.date) == (
        ("Ann Lee", "Bo Ray"),
        "partial",
        None,
    )


def test_jsonl_import_registers_parties_and_is_idempotent(tmp_path: Path) -> None:
    dump = write_lines(tmp_path / "s.jsonl", JSONL)
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        assert import_statements(index, read_all(dump, "jsonl")) == 2
    with StatementIndex.open(tmp_path / "ix") as index:
        assert import_statements(index, read_all(dump, "jsonl")) == 0
        assert index.searcher().doc_count() == 2
        lee = index.registry.resolve("Lee")
        assert (lee.name, lee.party) == ("Ann Lee", "Labour")


def read_all(path: Path, dump_format: str) -> list:  # type: ignore[type-arg]
    return [i for i in read_statement_dump(path, dump_format=dump_format) if i is not None]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "{not json",
            "s.jsonl:2: not JSON (Expecting property name enclosed in double quotes); "
            "fix or remove the line",
        ),
        ("[1, 2]", "s.jsonl:2: expected a JSON object, got list"),
        (
            '{"speakers": ["A B"]}',
            "s.jsonl:2: 'text' is missing or empty; every line needs the words said",
        ),
        (
            '{"text": "x", "speakers": "A B"}',
            "s.jsonl:2: 'speakers' must be a list of names, e.g. [\"Pete Hegseth\"]",
        ),
        (
            '{"text": "x", "speakers": [], "date": "March"}',
            "s.jsonl:2: 'date' \"March\" is not an ISO 8601 date",
        ),
        (
            '{"text": "x", "speakers": [], "kind": "indirect"}',
            "s.jsonl:2: 'kind' is 'indirect'; use \"direct\" or \"partial\"",
        ),
        (
            '{"text": "x", "speakers": [], "outlet": 7}',
            "s.jsonl:2: 'outlet' must be a string, got 7",
        ),
    ],
)
def test_a_malformed_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(JSONL[1]) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_statement_dump(path, dump_format="jsonl"))
    assert str(caught.value) == f"{tmp_path}/{message}"


@pytest.mark.parametrize("name", ["quotes.json", "quotes.json.bz2"])
def test_quotebank_one_report_per_url_and_unattributed_quotes_skipped(
    tmp_path: Path, name: str
) -> None:
    items = list(
        read_statement_dump(write_lines(tmp_path / name, QUOTEBANK), dump_format="quotebank")
    )
    assert items[-1] is None  # speaker "None"
    reports = [i for i in items if i is not None]
    assert [(r.statement.outlet, r.statement.url) for r in reports] == [
        ("news.example", "https://www.news.example/a"),
        ("other.example", "http://other.example/b"),
    ]
    assert {
        (r.statement.text, r.statement.speakers, r.statement.date, r.wikidata_id) for r in reports
    } == {("the economy is strong", ("Cy Vale",), dt.date(2020, 1, 16), "Q42")}


def test_quotebank_import_is_one_statement_with_both_sources(tmp_path: Path) -> None:
    dump = write_lines(tmp_path / "quotes.json.bz2", QUOTEBANK)
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        assert import_statements(index, read_all(dump, "quotebank")) == 2
    with StatementIndex.open(tmp_path / "ix") as index:
        (record,) = index.iter_records()
        assert [o.statement.outlet for o in record.ordered()] == ["news.example", "other.example"]
        assert index.registry.resolve("vale").external_ids == (("wikidata", "Q42"),)


def test_a_missing_dump(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_statement_dump(tmp_path / "none.jsonl", dump_format="jsonl"))


def read_error(path: Path, dump_format: str = "jsonl") -> str:
    """The message of the InputError that reading ``path`` raises."""
    with pytest.raises(InputError) as caught:
        list(read_statement_dump(path, dump_format=dump_format))
    return str(caught.value)


def test_a_line_that_is_not_utf8_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_bytes(json.dumps(JSONL[1]).encode() + b'\n{"text": "Caf\xe9"}\n')
    assert read_error(path) == (
        f"{path}:2: not UTF-8 (undecodable byte at column 14); re-save the file as UTF-8"
    )


def test_a_byte_order_mark_before_the_first_line_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "".join(json.dumps(r) + "\n" for r in JSONL).encode())
    texts = [item.statement.text for item in read_all(path, "jsonl")]
    assert texts == ["We will hold the line", "hold the line"]


@pytest.mark.parametrize("data", [b"", b"\n  \n\r\n"], ids=["empty", "blank-lines"])
def test_a_dump_without_records_is_an_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "s.jsonl"
    path.write_bytes(data)
    assert read_error(path) == (
        f"{path}: the dump is empty (no records in it); give a file with one JSON object per line"
    )


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("qids", 5, "'qids' must be a list of strings, e.g. [\"Q22686\"], got 5"),
        ("qids", "Q42", '\'qids\' must be a list of strings, e.g. ["Q22686"], got "Q42"'),
        (
            "urls",
            [7],
            "'urls' must be a list of strings, e.g. [\"https://news.example/story\"], got [7]",
        ),
    ],
)
def test_quotebank_ids_and_urls_that_are_not_lists_of_strings(
    tmp_path: Path, field: str, value: object, shown: str
) -> None:
    path = write_lines(tmp_path / "quotes.json", [QUOTEBANK[0], {**QUOTEBANK[0], field: value}])
    assert read_error(path, "quotebank") == f"{path}:2: {shown}"


def test_quotebank_without_qids_or_urls_is_read(tmp_path: Path) -> None:
    record = {"quotation": "the sea is rising", "speaker": "Cy Vale", "qids": None}
    (item,) = read_all(write_lines(tmp_path / "quotes.json", [record]), "quotebank")
    assert (item.statement.url, item.statement.outlet, item.wikidata_id) == (None, None, None)


def test_compression_is_told_by_the_first_bytes_not_the_name(tmp_path: Path) -> None:
    path = tmp_path / "statements.jsonl"
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in JSONL).encode()))
    assert [item.statement.text for item in read_all(path, "jsonl")] == [
        "We will hold the line",
        "hold the line",
    ]


def test_a_damaged_archive_names_the_file_and_the_last_line_read(tmp_path: Path) -> None:
    rows = [{"text": f"statement {n} " + "x" * (n % 97), "speakers": ["A B"]} for n in range(400)]
    whole = gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode())
    path = tmp_path / "s.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    read: list[str] = []
    with pytest.raises(InputError) as caught:
        for item in read_statement_dump(path, dump_format="jsonl"):
            assert item is not None
            read.append(item.statement.text)
    assert read == [row["text"].strip() for row in rows[: len(read)]] and 0 < len(read) < 400
    assert str(caught.value) == (
        f"{path}: damaged gzip data after line {len(read)} (Compressed file ended before the "
        "end-of-stream marker was reached); the lines before it were read; get a complete copy "
        "of the file"
    )


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"BZh91AY&SY" + bytes(range(200)), "bzip2 data (Invalid data stream)"),
        (b"\x1f\x8b\x99\x00" + bytes(range(200)), "gzip data (Unknown compression method)"),
    ],
)
def test_a_damaged_archive_from_the_start(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "quotes.json.bz2"
    path.write_bytes(data)
    assert read_error(path, "quotebank") == (
        f"{path}: damaged {what}; get a complete copy of the file"
    )


def test_a_folder_given_as_a_dump(tmp_path: Path) -> None:
    assert read_error(tmp_path) == f"{tmp_path}: is a directory; give the dump file itself"
