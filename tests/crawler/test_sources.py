"""read_articles: text files unchanged, HTML pages, WARC archives and directories of them."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.errors import InputError
from crawler.sources import read_articles
from crawler.web.archive import WarcArchive

SITE = Path(__file__).resolve().parent.parent / "fixtures" / "site"
HEALEY = SITE / "articles" / "healey-ukraine.html"


def test_a_text_file_is_read_unchanged(tmp_path: Path) -> None:
    text = "Line one.\r\n\r\n  Healey said: \u201cYes.\u201d\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    day = dt.datetime(2025, 3, 4, tzinfo=dt.UTC)
    (article,) = read_articles([tmp_path / "a.txt"], published=day, outlet="Ledger")
    assert article.text == text
    assert (article.published, article.outlet, article.source) == (
        day,
        "Ledger",
        str(tmp_path / "a.txt"),
    )


def test_an_html_page_is_parsed() -> None:
    (article,) = read_articles([HEALEY])
    assert article.title == "Healey pledges support for Ukraine"
    assert article.source == str(HEALEY)
    assert article.text.startswith("The Defence Secretary, John Healey, has promised")


def test_caller_metadata_overrides_the_page() -> None:
    (article,) = read_articles([HEALEY], outlet="Other Paper")
    assert article.outlet == "Other Paper"
    assert article.title == "Healey pledges support for Ukraine"


def test_a_file_named_without_a_suffix_that_is_html_is_parsed(tmp_path: Path) -> None:
    shutil.copy(HEALEY, tmp_path / "page")
    (article,) = read_articles([tmp_path / "page"])
    assert article.title == "Healey pledges support for Ukraine"


def test_a_warc_archive_yields_its_html_responses(tmp_path: Path) -> None:
    with WarcArchive(tmp_path / "warc") as archive:
        html = ("text/html; charset=utf-8",)
        archive.write_response(
            "https://ledger.example.com/healey",
            status=200,
            reason="OK",
            headers=(("Content-Type", html[0]),),
            body=HEALEY.read_bytes(),
        )
        archive.write_response(
            "https://ledger.example.com/robots.txt",
            status=200,
            reason="OK",
            headers=(("Content-Type", "text/plain"),),
            body=b"User-agent: *\n",
        )
        archive.write_response(
            "https://ledger.example.com/gone",
            status=404,
            reason="Not Found",
            headers=(("Content-Type", html[0]),),
            body=b"<p>gone</p>",
        )
        path = archive.path
    (article,) = read_articles([path])
    assert article.url == "https://ledger.example.com/healey"
    assert article.outlet == "The Westminster Ledger"
    assert article.source == str(path)


def test_a_directory_is_read_recursively_in_order_skipping_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "note.txt").write_text("A note.\n")
    shutil.copy(HEALEY, tmp_path / "a.html")
    (tmp_path / "b" / "picture.png").write_bytes(b"\x89PNG")
    sources = [Path(a.source).name for a in read_articles([tmp_path])]
    assert sources == ["a.html", "note.txt"]


def test_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        list(read_articles([tmp_path / "nope.html"]))


def test_text_only_runs_do_not_load_the_html_stack(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Just text.\n")
    code = (
        "import sys; from pathlib import Path; from crawler.sources import read_articles; "
        f"list(read_articles([Path({str(tmp_path / 'a.txt')!r})])); "
        "print(sorted(m for m in ('lxml', 'warcio', 'httpx', 'bs4') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
