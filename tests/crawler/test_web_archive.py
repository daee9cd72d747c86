"""WARC archives: what is written reads back the same; broken files are input errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.errors import InputError
from crawler.web.archive import WarcArchive, read_warc_responses


def test_responses_round_trip(tmp_path: Path) -> None:
    with WarcArchive(tmp_path) as archive:
        archive.write_response(
            "https://example.com/a",
            status=200,
            reason="OK",
            headers=(
                ("Content-Type", "text/html; charset=iso-8859-1"),
                ("Content-Encoding", "gzip"),
            ),
            body=b"<p>caf\xe9</p>",
        )
        archive.write_response(
            "https://example.com/b", status=404, reason="Not Found", headers=(), body=b"gone"
        )
        path = archive.path
    assert path.name.endswith(".warc.gz")
    first, second = read_warc_responses(path)
    assert (first.url, first.status, first.body) == (
        "https://example.com/a",
        200,
        b"<p>caf\xe9</p>",
    )
    assert first.charset == "iso-8859-1"
    assert first.header("content-encoding") is None  # stored decoded
    assert first.is_html and not second.is_html
    assert (second.status, second.body) == (404, b"gone")


def test_an_archive_with_nothing_in_it_leaves_no_file(tmp_path: Path) -> None:
    with WarcArchive(tmp_path):
        pass
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_warc_is_an_input_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.warc"
    bogus.write_text("hello, I am not an archive\n")
    with pytest.raises(InputError, match="not a readable WARC archive"):
        list(read_warc_responses(bogus))
