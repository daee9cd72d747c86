"""``statements crawl URL...``: fetch pages politely, archive them, extract and index statements.

The crawl lives beside the index (``INDEX/crawl``: ``state.sqlite`` and ``warc/``), so running
the same command again after an interruption resumes it without refetching, and a later crawl
of the same URLs sends conditional requests and only re-indexes pages that changed.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import click

from crawler.errors import FetchError
from crawler.models import Article
from crawler.web import Crawler, CrawlEvent, CrawlOptions, CrawlReport, seed_urls
from crawler.web.robots import MAX_CRAWL_DELAY
from indexer import StatementIndex
from search.cli import echo_error

__all__ = ["crawl", "crawl_summary"]


def crawl_summary(report: CrawlReport) -> str:
    """The closing line(s): pages fetched, skipped, failed, statements added."""
    unchanged = f" ({report.unchanged} unchanged since the last crawl)" if report.unchanged else ""
    lines = [
        f"{report.fetched + report.unchanged} pages fetched{unchanged}, {report.skipped} skipped, "
        f"{report.failed} failed; {report.statements_added} statements added "
        f"from {report.pages_indexed} pages"
    ]
    if report.resumed:
        lines.insert(0, "resumed an interrupted crawl")
    if report.archive:
        lines.append(f"archived to {report.archive}")
    return "\n".join(lines)


class _Progress:
    """One self-overwriting status line on a terminal; one line per failure otherwise. The
    URLs the user gave are not reported here: what went wrong with them is the command's
    error at the end."""

    def __init__(self, seeds: list[str]) -> None:
        self.tty = sys.stderr.isatty()
        self.counts = {"fetched": 0, "unchanged": 0, "skipped": 0, "failed": 0}
        self.statements = 0
        self.seeds = set(seeds)
        self.seed_problems: dict[str, str] = {}  # seed URL -> why it was skipped or failed

    def __call__(self, event: CrawlEvent) -> None:
        self.counts[event.kind] += 1
        self.statements += event.statements
        if event.url in self.seeds and event.kind in ("skipped", "failed"):
            self.seed_problems.setdefault(event.url, event.detail)
        if self.tty:
            c = self.counts
            line = (
                f"{c['fetched'] + c['unchanged']} fetched, {c['skipped']} skipped, "
                f"{c['failed']} failed, {self.statements} statements | {event.url}"
            )
            click.echo("\r\033[K" + line[:150], nl=False, err=True)
        elif event.kind == "failed" and event.url not in self.seeds:
            click.echo(f"failed: {event.url}: {event.detail}", err=True)

    def done(self) -> None:
        if self.tty:
            click.echo("\r\033[K", nl=False, err=True)


def _seconds(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if math.isnan(value):  # FloatRange lets nan through: every comparison with it is false
        raise click.BadParameter("nan is not a number of seconds", ctx=ctx, param=param)
    return value


@click.command("crawl")
@click.argument("urls", nargs=-1, required=True)
@click.option("--max-pages", default=100, show_default=True, type=click.IntRange(min=1),
              help="Stop after this many pages.")  # fmt: skip
@click.option("--depth", default=2, show_default=True, type=click.IntRange(min=0),
              help="Follow links this many clicks from the URLs (0: the URLs only).")  # fmt: skip
@click.option("--same-site", is_flag=True, help="Only follow links to the sites of the URLs.")
@click.option("--delay", default=1.0, show_default=True, callback=_seconds,
              type=click.FloatRange(min=0, max=MAX_CRAWL_DELAY),
              help="Seconds between requests to one host (robots.txt may ask more).")  # fmt: skip
@click.pass_obj
def crawl(
    index_dir: Path,
    urls: tuple[str, ...],
    max_pages: int,
    depth: int,
    same_site: bool,
    delay: float,
) -> None:
    """Crawl from URLS (pages, sites, RSS/Atom feeds or sitemaps) and index what is found.

    robots.txt is honoured (including Crawl-delay), every response is archived to WARC under
    INDEX/crawl/warc (re-parse with `statements parse` or `statements index`), and an
    interrupted crawl resumes where it stopped when run again.
    """
    options = CrawlOptions(max_pages=max_pages, depth=depth, same_site=same_site, delay=delay)
    seeds = seed_urls(urls)  # a bad URL is reported before the index is created
    progress = _Progress(seeds)
    try:
        report = _crawl_into_index(index_dir, urls, options, progress)
    except KeyboardInterrupt:  # one line (not also the CLI root's), exit status 130
        click.echo(
            "crawl interrupted: what was indexed is kept; run the same command again to resume",
            err=True,
        )
        click.get_current_context().exit(130)
    click.echo(crawl_summary(report))
    _report_seed_problems(progress.seed_problems)


def _report_seed_problems(problems: dict[str, str]) -> None:
    """One line per URL the user gave that could not be crawled (host down, HTTP error,
    robots.txt forbids it), and exit status 3 when there is any."""
    for url, why in problems.items():
        error = FetchError(
            f"{url}: {why}; nothing was fetched from it: check the URL, that the site is up, "
            "and that its robots.txt allows crawling"
        )
        echo_error(str(error))
    if problems:
        click.get_current_context().exit(FetchError.exit_code)


def _crawl_into_index(
    index_dir: Path, urls: tuple[str, ...], options: CrawlOptions, progress: _Progress
) -> CrawlReport:
    """The pipeline: each page the crawler parses is extracted, indexed and committed."""
    with StatementIndex.open(index_dir, create=True) as store:

        def index_page(article: Article) -> int:
            report = store.add_articles([article])
            store.commit()
            return report.statements_added

        with Crawler(index_dir / "crawl", options, sink=index_page, on_event=progress) as crawler:
            try:
                return crawler.run(urls)
            finally:
                progress.done()
