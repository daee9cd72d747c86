"""``statements crawl`` end to end against a local fixture site: fetch -> archive -> parse ->
extract -> index, the summary, a re-crawl, and a crawl killed with SIGKILL that resumes."""

from __future__ import annotations

import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crawler.web import read_warc_responses
from search.cli import main

SERVER_MODULE = Path(__file__).resolve().parent.parent / "fixtures" / "site_server.py"


@pytest.fixture
def site() -> Iterator[Any]:
    spec = importlib.util.spec_from_file_location("site_server", SERVER_MODULE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["site_server"] = module
    spec.loader.exec_module(module)
    server = module.SiteServer(slow_seconds=0.1, huge_bytes=6 * 1024 * 1024).start()
    try:
        yield server
    finally:
        server.stop()


def crawl(index: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--index", str(index), "crawl", *args])


def test_a_crawl_indexes_what_it_fetches_and_sums_up(site: Any, tmp_path: Path) -> None:
    index = tmp_path / "index"
    result = crawl(index, site.base + "/", "--delay", "0", "--same-site")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "12 pages fetched, 4 skipped, 1 failed; 3 statements added from 7 pages"
    assert lines[1].startswith(f"archived to {index / 'crawl' / 'warc'}")
    assert result.stderr == f"failed: {site.base}/world: HTTP 404\n"
    archived = {
        r.url.removeprefix(site.base) for r in read_warc_responses(Path(lines[1].split()[-1]))
    }
    assert {"/", "/articles/healey-ukraine.html", "/slow.html", "/feed.xml"} <= archived
    found = CliRunner().invoke(
        main, ["--index", str(index), "search", "Ukraine", "--format", "jsonl"]
    )
    assert found.exit_code == 0, found.output
    assert "We will stand with Ukraine for as long as it takes, and our allies know it." in (
        found.output
    )


def test_a_second_crawl_only_reindexes_what_changed(site: Any, tmp_path: Path) -> None:
    index = tmp_path / "index"
    assert crawl(index, site.base + "/", "--delay", "0", "--same-site").exit_code == 0
    again = crawl(index, site.base + "/", "--delay", "0", "--same-site")
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines()[0] == (
        "12 pages fetched (10 unchanged since the last crawl), 4 skipped, 1 failed; "
        "0 statements added from 2 pages"
    )


def test_a_killed_crawl_resumes_without_refetching(site: Any, tmp_path: Path) -> None:
    index = tmp_path / "index"
    command = [sys.executable, "-c", "from search.cli import main; main()", "--index", str(index)]
    process = subprocess.Popen(
        [*command, "crawl", site.base + "/", "--delay", "0.15", "--same-site"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    done = wait_for_done(index / "crawl" / "state.sqlite", at_least=4, process=process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done = read_done(index / "crawl" / "state.sqlite")
    hits_before = {url: site.hits(url.removeprefix(site.base)) for url in done}
    resumed = crawl(index, site.base + "/", "--delay", "0.15", "--same-site")
    assert resumed.exit_code == 0, resumed.output
    assert resumed.stdout.splitlines()[0] == "resumed an interrupted crawl"
    assert {url: site.hits(url.removeprefix(site.base)) for url in done} == hits_before
    assert read_done(index / "crawl" / "state.sqlite") >= done
    found = CliRunner().invoke(main, ["--index", str(index), "search", "stomach"])
    assert "No child should learn on an empty stomach" in found.output


def read_done(state: Path) -> set[str]:
    with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
        return {row[0] for row in db.execute("SELECT url FROM urls WHERE status = 'done'")}


def wait_for_done(state: Path, *, at_least: int, process: subprocess.Popen[bytes]) -> set[str]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and process.poll() is None:
        if state.exists():
            try:
                done = read_done(state)
            except sqlite3.OperationalError:
                done = set()
            if len(done) >= at_least:
                return done
        time.sleep(0.02)
    raise AssertionError("the crawl did not get going")


def test_a_url_that_is_not_http_is_a_one_line_error(tmp_path: Path) -> None:
    result = crawl(tmp_path / "index", "example.com/news")
    assert result.exit_code == 3
    assert result.stderr == (
        "error: 'example.com/news' is not an http(s) URL; "
        "give a full URL like https://example.com/news\n"
    )


def test_crawl_has_help() -> None:
    result = CliRunner().invoke(main, ["crawl", "--help"])
    assert result.exit_code == 0
    for option in ("--max-pages", "--depth", "--same-site", "--delay"):
        assert option in result.output
