"""``statements index PATH...``: add articles, or statements extracted elsewhere, to the index.

Articles (text, HTML and WARC files, folders of them) are extracted and indexed; re-indexing one
replaces its earlier statements, so indexing the same file twice adds nothing. ``--format
jsonl|quotebank`` imports statement dumps as a stream. A path that fails, or a file inside a
folder, is reported and the others still run; what was indexed before a failure is kept. The
index is created only once something was read, so bad input alone leaves no directory behind.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from crawler.errors import IndexStoreError, StatementsError
from crawler.sources import read_articles
from indexer import IndexReport, StatementIndex
from indexer.imports import DUMP_FORMATS, ImportedStatement, import_statements, read_statement_dump
from search.cli import echo_error
from search.commands.common import published_date
from search.core import refresh_core

__all__ = ["index"]

T = TypeVar("T")
#: statement dumps: big batches (a term dictionary is repeated in every segment), analysed
#: and written by two processes, each writing one segment a batch. Not bigger: 100,000
#: statements took 54 s in two batches of 50,000 and 88 s in one (each process's postings
#: outgrow its sorting pool and are sorted on disk)
BULK_WRITES: dict[str, Any] = {"commit_every": 50_000, "commit_seconds": 120.0, "procs": 2}


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "input_format",
    type=click.Choice(("articles", *DUMP_FORMATS)),
    default="articles",
    show_default=True,
    help="articles: text, HTML and WARC files and folders; jsonl, quotebank: statement dumps "
    "(plain, .bz2 or .gz).",
)
@click.option("--date", help="Publication date (YYYY-MM-DD); plain text has none of its own.")
@click.option("--outlet", help="Outlet of the articles (overrides what a page says).")
@click.option("--url", help="URL of the article, with a single file (plain text has none).")
@click.option("--title", help="Title of the article (overrides what a page says).")
@click.pass_obj
def index(
    index_dir: Path,
    paths: tuple[Path, ...],
    input_format: str,
    date: str | None,
    outlet: str | None,
    url: str | None,
    title: str | None,
) -> None:
    """Add PATHs (files, folders, statement dumps) to the index.

    A file that cannot be read (named, or inside a folder) is reported on stderr and the rest
    are still indexed; the exit status is then non-zero. Nothing is created for bad input.
    """
    if input_format != "articles" and any((date, outlet, url, title)):
        raise click.UsageError("--date, --outlet, --url and --title apply to articles only")
    if url is not None and len(paths) > 1:  # one identity for all: each would replace the last
        raise click.UsageError(
            f"--url names one article, not {len(paths)} paths (each would replace the last); "
            "index each file with its own --url"
        )
    published = published_date(date)
    run = _IndexRun(index_dir, BULK_WRITES if input_format != "articles" else {})
    with run:
        for path in paths:
            try:
                if input_format == "articles":
                    _index_articles(run, path, published, outlet, url, title)
                else:
                    _import_dump(run, path, input_format)
            except IndexStoreError:
                raise  # the index itself: every other path would fail the same way
            except StatementsError as error:
                run.report(error)
            run.commit()
        if not run.exit_code:
            run.store()  # sources that held no article still leave an index to search
        run.refresh_core()
    if run.exit_code:
        sys.exit(run.exit_code)


class _IndexRun:
    """One ``statements index`` run: the index is opened (created) only when the first article
    or statement is read, so bad input alone leaves nothing behind; bad inputs are reported
    on stderr as they are met and the worst exit code is kept."""

    def __init__(self, index_dir: Path, writes: dict[str, Any]) -> None:
        self.index_dir = index_dir
        self.writes = writes
        self.exit_code = 0
        self._store: StatementIndex | None = None

    def store(self) -> StatementIndex:
        if self._store is None:
            self._store = StatementIndex.open(self.index_dir, create=True, **self.writes)
        return self._store

    def report(self, error: StatementsError) -> None:
        echo_error(str(error))
        self.exit_code = max(self.exit_code, error.exit_code)

    def commit(self) -> None:
        if self._store is not None:
            self._status("writing the last batch...")
            self._store.commit()

    def refresh_core(self) -> None:
        """The retrieval core's arrays for the new segments."""
        if self._store is not None:
            self._status("preparing the new segments for search...")
            refresh_core(self._store.searcher())

    def _status(self, text: str) -> None:
        """On a terminal, what a bulk import does after reading (it takes a while)."""
        if self.writes is BULK_WRITES and sys.stderr.isatty():
            click.echo(text, err=True)

    def __enter__(self) -> _IndexRun:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._store is not None:
            self._store.close()


def _index_articles(
    run: _IndexRun,
    path: Path,
    published: dt.datetime | None,
    outlet: str | None,
    url: str | None,
    title: str | None,
) -> None:
    """Index the articles of one path; a bad file inside a folder is reported and skipped."""
    total = IndexReport()
    articles = read_articles(
        [path], published=published, outlet=outlet, url=url, title=title, on_skip=run.report
    )
    for article in _progress(articles, "articles"):
        report = run.store().add_articles([article])
        total = IndexReport(
            articles=total.articles + report.articles,
            statements_added=total.statements_added + report.statements_added,
            statements_removed=total.statements_removed + report.statements_removed,
        )
    noun = "article" if total.articles == 1 else "articles"
    click.echo(
        f"{path}: {total.articles} {noun}, {total.statements_added} statements added, "
        f"{total.statements_removed} removed"
    )


def _import_dump(run: _IndexRun, path: Path, dump_format: str) -> None:
    read = skipped = 0

    def counted(items: Iterable[ImportedStatement | None]) -> Iterator[ImportedStatement]:
        nonlocal read, skipped
        for item in items:
            read += 1
            if item is None:
                skipped += 1
            else:
                yield item

    records = iter(_progress(read_statement_dump(path, dump_format=dump_format), "records"))
    first = list(itertools.islice(records, 1))  # a dump that cannot be read creates no index
    added = import_statements(run.store(), counted(itertools.chain(first, records)))
    note = f", {skipped} skipped (no speaker)" if skipped else ""
    click.echo(f"{path}: {read - skipped} statements read, {added} new{note}")


def _progress(items: Iterable[T], noun: str) -> Iterator[T]:
    """``items`` unchanged; on a terminal, a count and rate on stderr twice a second."""
    if not sys.stderr.isatty():
        yield from items
        return
    started = last = time.monotonic()
    count = 0
    for count, item in enumerate(items, start=1):
        yield item
        now = time.monotonic()
        if now - last >= 0.5:
            rate = count / (now - started)
            click.echo(f"\r{count:,} {noun} ({rate:,.0f}/s)", nl=False, err=True)
            last = now
    if last != started:
        click.echo(f"\r{count:,} {noun}" + " " * 20, err=True)
