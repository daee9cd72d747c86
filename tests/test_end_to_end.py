"""The demanding user: bad input through the real CLI (and the Python API) on real on-disk
indexes. Every bad input gets ONE line on stderr (``error: ...``) that names it, an exact
non-zero exit status, never a traceback, and never loses what was already indexed.

Exit statuses (``crawler.errors``): 2 bad input, file, query or option; 3 a URL that cannot
be crawled; 4 an index that is missing, locked, damaged or not an index; 130 Ctrl-C.

Tests marked ``xfail(strict=True)`` are bugs in code other engineers own (the reason says
which); they pass the day the bug is fixed, and then the mark must go.
"""

from __future__ import annotations

import bz2
import gzip
import http.server
import io
import json
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

import search
from search.cli import COMMANDS, main

ARTICLE_A = (
    'Ann Lee, the finance minister, said: "We will hold the line on taxes this year."\n'
    "\n"
    'Bo Ray told reporters: "Taxes must fall for working families."\n'
)
ARTICLE_B = 'Cy Dee said: "The harbour needs new cranes before winter."\n'
ARTICLE_C = 'Di Fox said: "Ferries should run every hour on the island."\n'
A_QUOTES = ["Taxes must fall for working families.", "We will hold the line on taxes this year."]
PAGE = (
    "<!DOCTYPE html><html><head><title>Harbour news</title></head><body><article>"
    '<p>Ann Lee said: "The harbour budget will double next year for every town."</p>'
)
JSONL_GOOD = (
    '{"text": "Bridges must be rebuilt quickly", "speakers": ["Eve Gold"]}\n'
    '{"text": "Rail fares are far too high", "speakers": ["Hal Ide"]}\n'
)


# -- helpers ---------------------------------------------------------------------------------


def run(index: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--index", str(index), *args])


def error_line(result: Result, *names: str) -> str:
    """The one stderr line of a failed run; it must name every one of ``names``."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines[0]
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


def texts(index: Path, query: str) -> list[str]:
    """The sorted texts of every statement matching ``query``."""
    result = run(index, "search", query, "--format", "jsonl", "--limit", "100")
    assert result.exit_code == 0, result.output
    return sorted(json.loads(line)["text"] for line in result.stdout.splitlines())


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def base_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index holding article A (two statements); copy it before changing it."""
    root = tmp_path_factory.mktemp("base")
    index = root / "index"
    article = write(root / "a.txt", ARTICLE_A)
    result = run(index, "index", str(article), "--date", "2025-03-24", "--outlet", "Alpha")
    assert result.exit_code == 0, result.output
    return index


@pytest.fixture()
def index(base_index: Path, tmp_path: Path) -> Path:
    """A private copy of the index holding article A."""
    copy = tmp_path / "index"
    shutil.copytree(base_index, copy)
    return copy


# -- files that cannot be indexed ------------------------------------------------------------

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8
RANDOM_LIKE = bytes((i * 97 + 13) % 256 for i in range(3000))


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("latin1.txt", "Ann Lee said: “Café olé à la carte for all.”".encode("cp1252"), "UTF-8"),
        ("empty.txt", b"", "empty"),
        ("empty.html", b"", "empty"),
        ("blank.txt", b" \n\n\t \n", "white space"),
        ("program.html", ELF, "a program"),
        ("noise.html", RANDOM_LIKE, "binary"),
        ("zeros.txt", bytes(2000), "binary"),
        ("notes.txt.gz", gzip.compress(ARTICLE_B.encode()), "gzip"),
        ("report.pdf", b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        ("utf16-no-bom.txt", ARTICLE_B.encode("utf-16-le"), "UTF-16"),
        ("empty.warc", b"", "empty"),
        ("notes.warc", b"hello, I am not an archive\n", "not a readable WARC archive"),
    ],
    ids=lambda value: value if isinstance(value, str) and "." in value else "",
)
def test_an_unreadable_file_is_one_line_exit_2_and_the_index_keeps_its_statements(
    index: Path, tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    bad = write(tmp_path / "in" / name, data)
    result = run(index, "index", str(bad))
    assert result.exit_code == 2
    error_line(result, str(bad), says)
    assert texts(index, "taxes") == A_QUOTES


@pytest.mark.parametrize("command", ["parse", "extract"])
def test_parse_and_extract_report_a_binary_file_in_one_line(tmp_path: Path, command: str) -> None:
    bad = write(tmp_path / "program.html", ELF)
    result = CliRunner().invoke(main, [command, str(bad)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert error_line(result, str(bad)) == (
        f"error: {bad}: a program, not text or HTML; give text, HTML or WARC files"
    )


def test_a_missing_file_is_one_line_exit_2(index: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    result = run(index, "index", str(missing))
    assert result.exit_code == 2
    assert error_line(result) == f"error: {missing}: no such file or directory"


def test_a_pipe_is_refused_instead_of_hanging(index: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    result = run(index, "index", str(pipe))
    assert result.exit_code == 2
    error_line(result, str(pipe), "not a regular file")


def test_a_device_is_refused_instead_of_filling_memory(index: Path) -> None:
    result = run(index, "index", "/dev/zero")
    assert result.exit_code == 2
    error_line(result, "/dev/zero", "not a regular file")


def test_a_file_without_read_permission_is_one_line_exit_2(
    index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = write(tmp_path / "secret.txt", ARTICLE_B)
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # running as root: permissions do not stop reads
        real_read_bytes = Path.read_bytes

        def read_bytes(path: Path) -> bytes:
            if path == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_read_bytes(path)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run(index, "index", str(locked))
    assert result.exit_code == 2
    assert error_line(result) == f"error: {locked}: permission denied; make it readable (chmod +r)"


def test_a_folder_with_nothing_to_index_is_one_line_exit_2(index: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    write(folder / "cat.png", b"\x89PNG\r\n")
    write(folder / "empty.txt", b"")
    result = run(index, "index", str(folder))
    assert result.exit_code == 2
    error_line(result, str(folder), "no text, HTML or WARC files")


def test_parse_reports_a_bad_file_in_a_folder_and_parses_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write(folder / "1.txt", ARTICLE_B)
    write(folder / "2.html", ELF)
    write(folder / "3.txt", ARTICLE_C)
    write(folder / "4.txt", b"")  # empty files in a folder are left out quietly
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", str(folder)])
    assert result.exit_code == 2
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == [
        ARTICLE_B,
        ARTICLE_C,
    ]
    error_line(result, str(folder / "2.html"), "a program")


def test_index_reports_a_bad_file_in_a_folder_and_indexes_the_rest(
    index: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "pages"
    write(folder / "1.txt", ARTICLE_B)
    write(folder / "2.html", ELF)
    write(folder / "3.txt", ARTICLE_C)
    result = run(index, "index", str(folder))
    assert result.exit_code == 2
    error_line(result, str(folder / "2.html"))
    assert texts(index, "harbour OR ferries") == [
        "Ferries should run every hour on the island.",
        "The harbour needs new cranes before winter.",
    ]


# -- pages that are odd but readable ---------------------------------------------------------


def test_broken_markup_and_a_lying_charset_still_give_the_statement(
    index: Path, tmp_path: Path
) -> None:
    page = (
        b'<html><head><meta charset="utf-16"><title>Caf\xe9 news</title><body><div><p>'
        b'Ann Lee said: "The caf\xe9 tax will end next year in every town."<p><table><tr>'
        b"<td>unclosed</div></span>"
    )
    path = write(tmp_path / "broken.html", page)
    result = run(index, "index", str(path))
    assert (result.exit_code, result.stdout) == (
        0,
        f"{path}: 1 article, 1 statements added, 0 removed\n",
    )
    assert texts(index, "café") == ["The café tax will end next year in every town."]


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>",
        '<link rel="canonical" href="http://[::1/story">',
        '<meta property="article:published_time" content="99999-01-01">',
    ],
    ids=["json-ld-nested-5000-deep", "broken-canonical-url", "year-99999"],
)
def test_broken_page_metadata_is_ignored_not_a_crash(tmp_path: Path, head: str) -> None:
    page = write(tmp_path / "odd.html", PAGE.replace("</head>", head + "</head>") + "</article>")
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", str(page)])
    assert result.exit_code == 0, result.output
    parsed = json.loads(result.stdout)
    assert (parsed["title"], parsed["url"], parsed["published"], parsed["text"]) == (
        "Harbour news",
        None,
        None,
        'Ann Lee said: "The harbour budget will double next year for every town."',
    )


def test_a_huge_page_is_capped_not_crashed(index: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "huge.html", PAGE + "<!--" + "x" * 9_000_000 + "--></article>")
    result = run(index, "index", str(path))
    assert result.exit_code == 0, result.output
    assert texts(index, "harbour") == ["The harbour budget will double next year for every town."]


def test_a_text_file_too_big_to_be_one_article_is_one_line_exit_2(
    index: Path, tmp_path: Path
) -> None:
    huge = tmp_path / "book.txt"
    with huge.open("wb") as stream:
        stream.truncate(70 * 2**20)  # sparse: no time spent writing it
    result = run(index, "index", str(huge))
    assert result.exit_code == 2
    assert error_line(result) == (
        f"error: {huge}: 70 MB, more than the 64 MB a text file may hold; "
        "split it into one file per article"
    )


# -- the options of `index` ------------------------------------------------------------------


@pytest.mark.parametrize("date", ["2025-02-30", "24/03/2025", "yesterday", ""])
def test_a_bad_date_is_one_line_exit_2_and_creates_no_index(tmp_path: Path, date: str) -> None:
    article = write(tmp_path / "b.txt", ARTICLE_B)
    index = tmp_path / "new-index"
    result = run(index, "index", str(article), "--date", date)
    assert result.exit_code == 2
    assert error_line(result) == f"error: --date {date!r}: not a date; give it as YYYY-MM-DD"
    assert not index.exists()


def test_a_missing_file_creates_no_index(tmp_path: Path) -> None:
    index = tmp_path / "new-index"
    result = run(index, "index", str(tmp_path / "nowhere.txt"))
    assert result.exit_code == 2
    assert not index.exists()


def test_one_url_for_a_folder_is_refused_rather_than_overwriting(
    index: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "two"
    write(folder / "b.txt", ARTICLE_B)
    write(folder / "c.txt", ARTICLE_C)
    result = run(index, "index", str(folder), "--url", "https://news.example/story")
    assert result.exit_code == 2
    assert error_line(result) == (
        f"error: {folder}: one URL (--url) cannot name the 2 articles of a folder; "
        "give --url with a single file"
    )
    assert texts(index, "taxes") == A_QUOTES


def test_one_url_for_several_files_loses_nothing(index: Path, tmp_path: Path) -> None:
    b = write(tmp_path / "b.txt", ARTICLE_B)
    c = write(tmp_path / "c.txt", ARTICLE_C)
    result = run(index, "index", str(b), str(c), "--url", "https://news.example/story")
    if result.exit_code == 0:
        assert texts(index, "harbour OR ferries") == [
            "Ferries should run every hour on the island.",
            "The harbour needs new cranes before winter.",
        ]
    else:
        assert result.exit_code == 2
        error_line(result, "--url")


@pytest.mark.parametrize("name", ["folder", "missing.yaml"])
def test_speakers_import_of_a_bad_path_is_one_line_exit_2(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    index = tmp_path / "new-index"
    result = run(index, "speakers", "import", str(tmp_path / name))
    assert result.exit_code == 2
    error_line(result, str(tmp_path / name))
    assert not index.exists()


# -- nothing lost ----------------------------------------------------------------------------


def test_a_failing_run_in_the_middle_of_several_files_keeps_everything_else(
    index: Path, tmp_path: Path
) -> None:
    good_b = write(tmp_path / "b.txt", ARTICLE_B)
    bad = write(tmp_path / "bad.txt", "Caf\xe9".encode("latin-1"))
    good_c = write(tmp_path / "c.txt", ARTICLE_C)
    result = run(index, "index", str(good_b), str(bad), str(good_c))
    assert result.exit_code == 2
    assert result.stdout == (
        f"{good_b}: 1 article, 1 statements added, 0 removed\n"
        f"{good_c}: 1 article, 1 statements added, 0 removed\n"
    )
    error_line(result, str(bad))
    assert texts(index, "taxes") == A_QUOTES
    assert texts(index, "harbour OR ferries") == [
        "Ferries should run every hour on the island.",
        "The harbour needs new cranes before winter.",
    ]


def _warc(pages: dict[str, str], *, gzip: bool = False) -> bytes:
    """A WARC archive of HTML responses: URL -> body."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gzip)
    for url, body in pages.items():
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body.encode()), http_headers=headers
        )
        writer.write_record(record)
    return stream.getvalue()


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "gzipped"])
def test_a_warc_named_without_a_suffix_is_read_as_one(tmp_path: Path, compressed: bool) -> None:
    page = PAGE + "</article></body></html>"
    archive = write(tmp_path / "download", _warc({"https://news.example/1": page}, gzip=compressed))
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", str(archive)])
    assert result.exit_code == 0, result.output
    assert [(p["url"], p["title"]) for p in map(json.loads, result.stdout.splitlines())] == [
        ("https://news.example/1", "Harbour news")
    ]


def test_a_warc_cut_short_keeps_the_records_before_the_damage(index: Path, tmp_path: Path) -> None:
    pages = {
        f"https://news.example/{number}": (
            f'{PAGE}<p>Mo Ng said: "{words} every single night."</p></article></body></html>'
        )
        for number, words in enumerate(("Lanterns light the pier", "Gulls circle the old quay"))
    }
    whole = _warc(pages)
    second = whole.index(b"WARC/1.0", 10)
    archive = write(tmp_path / "cut.warc", whole[: second + 200])
    result = run(index, "index", str(archive))
    assert result.exit_code == 2
    error_line(result, str(archive), "not a readable WARC archive")
    assert texts(index, "lanterns") == ["Lanterns light the pier every single night."]
    assert texts(index, "taxes") == A_QUOTES


def test_a_corrupt_jsonl_line_keeps_the_index_and_the_lines_before_it(
    index: Path, tmp_path: Path
) -> None:
    dump = write(
        tmp_path / "dump.jsonl",
        '{"text": "Ports need money now", "speakers": ["Hal Ide"]}\n'
        '{"text": "broken line", "speakers": ["X Y"\n'
        '{"text": "Canals deserve care", "speakers": ["Ida Jo"]}\n',
    )
    result = run(index, "index", "--format", "jsonl", str(dump))
    assert result.exit_code == 2
    assert error_line(result) == (
        f"error: {dump}:2: not JSON (Expecting ',' delimiter); fix or remove the line"
    )
    assert texts(index, "ports") == ["Ports need money now"]
    assert texts(index, "taxes") == A_QUOTES


def test_ctrl_c_while_indexing_keeps_what_was_committed(
    index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crawler.sources

    folder = tmp_path / "many"
    for number in range(5):
        write(folder / f"{number}.txt", f'Jo Kim said: "Lighthouse {number} needs new paint."\n')
    real_read = crawler.sources.read_text_article

    def read_until_ctrl_c(path: Path, **kwargs: Any) -> Any:
        if path.name == "3.txt":
            raise KeyboardInterrupt
        return real_read(path, **kwargs)

    monkeypatch.setattr(crawler.sources, "read_text_article", read_until_ctrl_c)
    result = run(index, "index", str(folder))
    assert result.exit_code == 130
    assert result.stderr == "interrupted; what was already indexed is kept\n"
    monkeypatch.undo()
    assert texts(index, "taxes") == A_QUOTES
    # the index is neither locked nor damaged: the next run works
    result = run(index, "index", str(write(tmp_path / "b.txt", ARTICLE_B)))
    assert result.exit_code == 0, result.output
    assert texts(index, "harbour") == ["The harbour needs new cranes before winter."]


# -- statement dumps -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"speakers": ["A B"]}', "'text' is missing or empty; every line needs the words said"),
        (
            '{"text": "Hello there", "speakers": "A B"}',
            "'speakers' must be a list of names, e.g. [\"Pete Hegseth\"]",
        ),
        (
            '{"text": "Hello there", "speakers": ["A B"], "date": "yesterday"}',
            "'date' \"yesterday\" is not an ISO 8601 date",
        ),
        ("[1, 2]", "expected a JSON object, got list"),
    ],
)
def test_a_bad_jsonl_record_is_one_line_naming_file_and_line(
    index: Path, tmp_path: Path, line: str, message: str
) -> None:
    dump = write(tmp_path / "dump.jsonl", JSONL_GOOD + line + "\n")
    result = run(index, "index", "--format", "jsonl", str(dump))
    assert result.exit_code == 2
    assert error_line(result) == f"error: {dump}:3: {message}"
    assert texts(index, "bridges OR rail") == [
        "Bridges must be rebuilt quickly",
        "Rail fares are far too high",
    ]


def test_a_jsonl_line_that_is_not_utf8_is_one_line(index: Path, tmp_path: Path) -> None:
    dump = write(
        tmp_path / "dump.jsonl",
        JSONL_GOOD.encode() + '{"text": "Caf\xe9", "speakers": ["A B"]}\n'.encode("latin-1"),
    )
    result = run(index, "index", "--format", "jsonl", str(dump))
    assert result.exit_code == 2
    error_line(result, f"{dump}:3", "UTF-8")


def test_a_jsonl_file_with_a_byte_order_mark_is_read(index: Path, tmp_path: Path) -> None:
    dump = write(tmp_path / "dump.jsonl", b"\xef\xbb\xbf" + JSONL_GOOD.encode())
    result = run(index, "index", "--format", "jsonl", str(dump))
    assert result.exit_code == 0, result.output


def test_an_empty_dump_is_one_line_exit_2(index: Path, tmp_path: Path) -> None:
    dump = write(tmp_path / "dump.jsonl", b"")
    result = run(index, "index", "--format", "jsonl", str(dump))
    assert result.exit_code == 2
    error_line(result, str(dump), "empty")


def test_a_quotebank_record_with_odd_field_types_is_one_line(index: Path, tmp_path: Path) -> None:
    record = {"quotation": "Sea walls save towns", "speaker": "Kay Lo", "qids": 5, "urls": 7}
    dump = write(tmp_path / "quotes.json", json.dumps(record) + "\n")
    result = run(index, "index", "--format", "quotebank", str(dump))
    assert result.exit_code == 2
    error_line(result, f"{dump}:1")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("quotes.json.bz2", b"BZh91AY&SY" + bytes(range(200))),
        ("quotes.json.bz2", bz2.compress((JSONL_GOOD * 50).encode())[:60]),
        ("quotes.json.gz", b"\x1f\x8b\x99\x00" + bytes(range(200))),
    ],
    ids=["bz2-garbage", "bz2-cut-short", "gz-garbage"],
)
def test_a_damaged_compressed_dump_is_one_line_naming_it(
    index: Path, tmp_path: Path, name: str, data: bytes
) -> None:
    dump = write(tmp_path / name, data)
    result = run(index, "index", "--format", "jsonl", str(dump))
    assert result.exit_code == 2
    error_line(result, str(dump))


# -- the index directory ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "args", [("search", "taxes"), ("stats",), ("speakers",), ("index", "b.txt")]
)
def test_a_directory_that_is_not_an_index_is_one_line_exit_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    folder = tmp_path / "photos"
    write(folder / "cat.jpg", b"\xff\xd8\xff")
    write(tmp_path / "b.txt", ARTICLE_B)
    monkeypatch.chdir(tmp_path)
    result = run(folder, *args)
    assert result.exit_code == 4
    error_line(result, str(folder), "not a statements index")
    assert sorted(p.name for p in folder.iterdir()) == ["cat.jpg"]


@pytest.mark.parametrize("args", [("search", "taxes"), ("stats",), ("speakers",)])
def test_a_missing_index_says_how_to_create_one_and_creates_nothing(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    missing = tmp_path / "nowhere"
    result = run(missing, *args)
    assert result.exit_code == 4
    assert error_line(result) == (
        f"error: {missing}: no index here yet; create one with "
        f"`statements --index {missing} index PATH...`"
    )
    assert not missing.exists()


def test_an_index_that_is_a_file_is_one_line_exit_4(tmp_path: Path) -> None:
    file = write(tmp_path / "index", "not a directory\n")
    result = run(file, "search", "taxes")
    assert result.exit_code == 4
    error_line(result, str(file), "is a file")


def test_an_index_named_by_the_environment_that_is_a_file_is_one_line_exit_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = write(tmp_path / "index", "not a directory\n")
    article = write(tmp_path / "b.txt", ARTICLE_B)
    monkeypatch.setenv("STATEMENTS_INDEX", str(file))
    result = CliRunner().invoke(main, ["index", str(article)])
    assert result.exit_code == 4
    assert error_line(result) == (
        f"error: {file}: is a file, not an index directory; choose another --index"
    )


def test_a_locked_index_refuses_writes_in_one_line_but_still_answers_searches(
    index: Path, tmp_path: Path
) -> None:
    from whoosh.filedb.filestore import FileStorage

    lock = FileStorage(str(index)).lock("statements_WRITELOCK")
    assert lock.acquire(False)
    try:
        result = run(index, "index", str(write(tmp_path / "b.txt", ARTICLE_B)))
        assert result.exit_code == 4
        assert error_line(result) == (
            f"error: {index}: the index is locked by another statements process that is "
            "writing to it; wait for it to finish and try again"
        )
        assert texts(index, "taxes") == A_QUOTES
    finally:
        lock.release()
    assert texts(index, "harbour") == []


def _damage_toc(index: Path) -> None:
    for toc in index.glob("_statements_*.toc"):
        toc.write_bytes(b"garbage")


def _damage_segments(index: Path) -> None:
    for segment in index.glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[:100])


@pytest.mark.parametrize("damage", [_damage_toc, _damage_segments])
@pytest.mark.parametrize("args", [("search", "taxes"), ("stats",), ("index", "b.txt")])
def test_a_damaged_index_is_one_line_exit_4_saying_to_re_create_it(
    index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: Any, args: tuple[str, ...]
) -> None:
    damage(index)
    write(tmp_path / "b.txt", ARTICLE_B)
    monkeypatch.chdir(tmp_path)
    result = run(index, *args)
    assert result.exit_code == 4
    error_line(result, str(index), "the index is damaged", "re-create it")


def test_a_damaged_speaker_registry_is_one_line_exit_4(index: Path) -> None:
    (index / "speakers.json").write_text("{bad", encoding="utf-8")
    result = run(index, "search", "taxes")
    assert result.exit_code == 4
    error_line(result, str(index / "speakers.json"), "damaged", "re-create")


def test_a_damaged_index_marker_says_what_to_do(index: Path) -> None:
    (index / "statements-index.json").write_text('{"format": 1', encoding="utf-8")
    result = run(index, "search", "taxes")
    assert result.exit_code == 4
    error_line(result, "statements-index.json", "re-create")


def test_damaged_search_arrays_are_rebuilt_from_the_index(
    index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import search.core.dispatch
    import search.core.searcher

    monkeypatch.setattr(search.core.dispatch, "CORE_MIN_DOCS", 1)  # the core even for 2
    monkeypatch.setattr(search.core.searcher, "_CORES", {})
    assert texts(index, "taxes") == A_QUOTES  # builds and saves the arrays
    saved = sorted((index / "core").rglob("*.npy"))
    assert saved
    for array in saved:
        array.write_bytes(b"garbage")
    monkeypatch.setattr(search.core.searcher, "_CORES", {})  # as a new process would
    assert texts(index, "taxes") == A_QUOTES


# -- queries and search options --------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "the query is empty; give words to search for, e.g. freeloaders"),
        (
            '"taxes this',
            'bad query at character 1: this quote mark is not closed; add the closing " '
            '(in: "taxes this)',
        ),
        (
            "(taxes OR fall",
            "bad query at character 1: this '(' is not closed; add ')' (in: (taxes OR fall)",
        ),
        (
            "taxes)",
            "bad query at character 6: this ')' closes nothing; remove it or add '(' (in: taxes))",
        ),
        ("OR taxes", "bad query at character 1: 'OR' has nothing on its left (in: OR taxes)"),
        (
            "zzz:taxes",
            "bad query at character 1: unknown field 'zzz:'; use one of speaker:, party:, "
            "outlet:, kind:, date:, from:, to: (in: zzz:taxes)",
        ),
        (
            "taxes date:2025-13",
            "bad query at character 7: date: '2025-13' is not a date; write YYYY, YYYY-MM or "
            "YYYY-MM-DD (in: taxes date:2025-13)",
        ),
    ],
)
def test_a_malformed_query_is_one_line_exit_2_pointing_at_the_problem(
    base_index: Path, query: str, message: str
) -> None:
    result = run(base_index, "search", query)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert error_line(result) == f"error: {message}"


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--since", "garbage", "since 'garbage' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
        (
            "--until",
            "2025-02-30",
            "until '2025-02-30' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        ("--speaker", "Zorro", "No speaker matches 'Zorro'. `statements speakers` lists them."),
        (
            "--speaker",
            "Le",
            "No speaker matches 'Le'. Did you mean Ann Lee? `statements speakers` lists them.",
        ),
        ("--outlet", "Nope", "No outlet matches 'Nope'. `statements stats` lists them."),
    ],
)
def test_a_bad_search_option_is_one_line_exit_2(
    base_index: Path, option: str, value: str, message: str
) -> None:
    result = run(base_index, "search", "taxes", option, value)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert error_line(result) == f"error: {message}"


def test_since_after_until_says_to_swap_them(base_index: Path) -> None:
    result = run(base_index, "search", "taxes", "--since", "2026", "--until", "2025")
    assert result.exit_code == 2
    assert error_line(result) == "error: --since 2026-01-01 is after --until 2025-12-31; swap them"


def test_an_ambiguous_speaker_names_the_speakers_it_could_mean(tmp_path: Path) -> None:
    index = tmp_path / "index"
    dump = write(
        tmp_path / "martins.jsonl",
        '{"text": "Rivers must stay clean", "speakers": ["Dana Martin"]}\n'
        '{"text": "Rivers are a treasure", "speakers": ["Eli Martin"]}\n',
    )
    assert run(index, "index", "--format", "jsonl", str(dump)).exit_code == 0
    result = run(index, "search", "rivers", "--speaker", "martin")
    assert result.exit_code == 2
    assert error_line(result) == (
        "error: 'martin' could mean several speakers: Dana Martin, Eli Martin. "
        "Give more of the name."
    )


def test_limit_zero_is_one_line_exit_2(base_index: Path) -> None:
    result = run(base_index, "search", "taxes", "--limit", "0")
    assert result.exit_code == 2
    error_line(result, "--limit", "0")


@pytest.mark.parametrize(
    "args",
    [("--limit", "-1"), ("--offset", "-1"), ("--limit", "ten"), ("--format", "xml")],
)
def test_a_bad_option_value_is_one_line_exit_2(base_index: Path, args: tuple[str, str]) -> None:
    result = run(base_index, "search", "taxes", *args)
    assert result.exit_code == 2
    error_line(result, args[0], args[1])


@pytest.mark.parametrize(
    "args",
    [
        ("index", "no\nsuch.txt"),
        ("parse", "no\nsuch.txt"),
        ("search", 'taxes\n"open'),
        ("search", "x", "--speaker", "Zo\nro"),
    ],
    ids=["index-file", "parse-file", "query", "speaker"],
)
def test_an_input_holding_a_newline_still_gives_one_line(
    index: Path, args: tuple[str, ...]
) -> None:
    result = run(index, *args)
    assert result.exit_code == 2
    error_line(result)


def test_csv_output_does_not_hand_a_spreadsheet_formulas(tmp_path: Path) -> None:
    import csv

    index = tmp_path / "index"
    dump = write(
        tmp_path / "dump.jsonl",
        '{"text": "=HYPERLINK(\\"https://evil.example\\") on taxes", "speakers": ["Ann Lee"]}\n',
    )
    assert run(index, "index", "--format", "jsonl", str(dump)).exit_code == 0
    result = run(index, "search", "taxes", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["text"] for row in rows] == ['\'=HYPERLINK("https://evil.example") on taxes']


# -- crawl -----------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["ftp://news.example/", "news.example", "http://", ""])
def test_crawl_checks_its_urls_before_creating_an_index(tmp_path: Path, url: str) -> None:
    index = tmp_path / "new-index"
    result = run(index, "crawl", url, "--delay", "0")
    assert result.exit_code == 3
    assert error_line(result) == (
        f"error: {url!r} is not an http(s) URL; give a full URL like https://example.com/news"
    )
    assert not index.exists()


class _SmallSite(http.server.BaseHTTPRequestHandler):
    """/robots.txt forbids /private/; /news.html is an article; anything else is a 404."""

    def do_GET(self) -> None:
        pages = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/news.html": ("text/html", PAGE + "</article></body></html>"),
        }
        kind, text = pages.get(self.path, ("text/html", "<p>not here</p>"))
        body = text.encode()
        self.send_response(200 if self.path in pages else 404)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture()
def small_site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SmallSite)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("delay", ["nan", "inf", "1e308", "-1"])
def test_a_delay_that_cannot_be_slept_is_refused_before_anything_is_created(
    tmp_path: Path, delay: str
) -> None:
    index = tmp_path / "new-index"
    result = run(index, "crawl", "https://news.example/", "--delay", delay)
    assert result.exit_code == 2
    assert "Invalid value for '--delay'" in result.stderr
    assert not index.exists()


def test_a_url_that_cannot_be_crawled_is_one_line_exit_3_naming_it_and_why(
    index: Path, small_site: str
) -> None:
    forbidden, missing = f"{small_site}/private/a.html", f"{small_site}/gone.html"
    result = run(index, "crawl", forbidden, missing, "--delay", "0")
    assert result.exit_code == 3
    assert result.stdout.splitlines()[0] == (
        "0 pages fetched, 1 skipped, 1 failed; 0 statements added from 0 pages"
    )
    step = "nothing was fetched from it: check the URL, that the site is up, and that its "
    assert result.stderr.splitlines() == [
        f"error: {forbidden}: disallowed by robots.txt; {step}robots.txt allows crawling",
        f"error: {missing}: HTTP 404; {step}robots.txt allows crawling",
    ]
    assert texts(index, "taxes") == A_QUOTES


def test_a_bad_url_beside_good_ones_is_reported_and_the_good_ones_indexed(
    index: Path, small_site: str
) -> None:
    missing = f"{small_site}/gone.html"
    result = run(index, "crawl", f"{small_site}/news.html", missing, "--delay", "0")
    assert result.exit_code == 3
    error_line(result, missing, "HTTP 404")
    assert texts(index, "harbour") == ["The harbour budget will double next year for every town."]


@pytest.mark.parametrize("in_the_way", ["crawl", "crawl/warc"])
def test_a_file_where_the_crawl_keeps_its_state_is_one_line_exit_4(
    index: Path, small_site: str, in_the_way: str
) -> None:
    write(index / in_the_way, "in the way\n")
    result = run(index, "crawl", f"{small_site}/news.html", "--delay", "0")
    assert result.exit_code == 4
    assert error_line(result) == (
        f"error: {index / in_the_way}: a file is where the crawl keeps its state and archives; "
        "move it away and crawl again"
    )
    assert texts(index, "taxes") == A_QUOTES


def test_ctrl_c_during_a_crawl_is_one_line_exit_130_and_keeps_the_index(
    index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crawler.web import Crawler

    def interrupted(self: Crawler, seeds: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(Crawler, "run", interrupted)
    result = run(index, "crawl", "https://news.example/", "--delay", "0")
    assert result.exit_code == 130
    assert result.stderr == (
        "crawl interrupted: what was indexed is kept; run the same command again to resume\n"
    )
    assert texts(index, "taxes") == A_QUOTES


# -- the Python API --------------------------------------------------------------------------


def test_the_api_raises_statements_errors_never_raw_ones(base_index: Path, tmp_path: Path) -> None:
    with pytest.raises(search.IndexStoreError, match="no index here yet"):
        search.open_index(tmp_path / "nowhere")
    file = write(tmp_path / "file", "x")
    with pytest.raises(search.IndexStoreError, match="not a statements index"):
        search.open_index(file)
    with search.open_index(base_index) as index:
        with pytest.raises(search.QueryError, match="not closed"):
            index.search('"taxes')
        with pytest.raises(search.QueryError, match="since 'soon' is not a date"):
            index.search("taxes", since="soon")
        with pytest.raises(search.QueryError, match="0 or more"):
            index.search("taxes", limit=-1)
        with pytest.raises(search.SpeakerError) as raised:
            index.search("taxes", speaker="Le")
        assert raised.value.candidates == ("Ann Lee",)
        result = index.search("taxes", speaker="lee")
    assert [hit.statement.text for hit in result.hits] == [
        "We will hold the line on taxes this year."
    ]


def test_the_api_reports_a_damaged_index(index: Path) -> None:
    _damage_toc(index)
    with pytest.raises(search.IndexStoreError, match="the index is damaged"):
        search.open_index(index)


# -- help ------------------------------------------------------------------------------------


def test_the_root_help_lists_every_command_with_a_summary() -> None:
    result = CliRunner().invoke(main, ["--help"], prog_name="statements")
    assert result.exit_code == 0
    rows = result.stdout.split("Commands:\n")[1].splitlines()
    summaries = {row.split()[0]: row.split(maxsplit=1)[1] for row in rows if row[2:3].isalpha()}
    assert sorted(summaries) == sorted(COMMANDS)
    assert all(len(summary.split()) >= 4 for summary in summaries.values()), summaries


@pytest.mark.parametrize("argv", [[name, "--help"] for name in sorted(COMMANDS)] + [
    ["speakers", "import", "--help"],
])  # fmt: skip
def test_every_command_and_subcommand_has_help(argv: list[str]) -> None:
    result = CliRunner().invoke(main, argv, prog_name="statements")
    assert result.exit_code == 0, result.output
    usage, description = result.stdout.split("\n\n")[:2]
    assert usage.startswith(f"Usage: statements {argv[0]} ")
    assert len(description.split()) >= 5, description
    if argv[1] == "import":
        assert "import FILE" in result.stdout


def test_every_option_of_every_command_says_what_it_does() -> None:
    context = click.Context(main)
    for name in COMMANDS:
        command = main.get_command(context, name)
        assert command is not None and command.help, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts}"
