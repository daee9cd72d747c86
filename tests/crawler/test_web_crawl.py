"""The crawl loop against the fixture site: what is fetched, skipped, archived, handed on, and
that an interrupted crawl resumes without refetching."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crawler.models import Article
from crawler.web import (
    Crawler,
    CrawlEvent,
    CrawlOptions,
    CrawlReport,
    FetchPolicy,
    read_warc_responses,
)

POLICY = FetchPolicy(timeout=0.3, retries=1, backoff=0.01, max_bytes=1024 * 1024)
OPTIONS = CrawlOptions(max_pages=50, depth=2, same_site=True, delay=0.0, policy=POLICY)

EXPECTED_STATUSES = {
    "/": "done",
    "/annual-report": "skipped",  # application/pdf
    "/articles/embargoed.html": "done",  # fetched, but says noindex, nofollow
    "/articles/from-feed.html": "done",  # only in the RSS feed
    "/articles/from-sitemap.html": "done",  # only in the sitemap robots.txt names
    "/articles/healey-ukraine.html": "done",
    "/articles/hegseth-nato.html": "done",
    "/feed.xml": "done",
    "/flaky.html": "done",  # 503, then 200
    "/huge-chunked.html": "skipped",  # over the size limit, no Content-Length
    "/huge.html": "skipped",  # over the size limit by Content-Length
    "/index.html": "done",
    "/old-link": "done",  # 301 to /articles/moved.html
    "/private/drafts.html": "skipped",  # robots.txt
    "/sitemap.xml": "done",
    "/slow.html": "failed",  # times out
    "/world": "failed",  # 404
}


class Sink:
    """Collects the articles handed on; can stop the crawl like a kill after ``stop_after``."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.articles: list[Article] = []
        self.stop_after = stop_after

    def __call__(self, article: Article) -> int:
        if self.stop_after is not None and len(self.articles) >= self.stop_after:
            raise KeyboardInterrupt
        self.articles.append(article)
        return len(article.paragraphs)


def relative(site: Any, urls: dict[str, str]) -> dict[str, str]:
    return {url.removeprefix(site.base): status for url, status in urls.items()}


def run(site: Any, crawl_dir: Path, sink: Sink, options: CrawlOptions = OPTIONS) -> Any:
    with Crawler(crawl_dir, options, sink=sink) as crawler:
        report = crawler.run([site.base + "/"])
        return report, relative(site, crawler.statuses())


@dataclass
class FullCrawl:
    site: Any
    report: CrawlReport
    statuses: dict[str, str]
    sink: Sink


@pytest.fixture(scope="module")
def full_crawl(module_site: Any, tmp_path_factory: pytest.TempPathFactory) -> FullCrawl:
    """One crawl of the whole fixture site, shared by the tests that only read its results."""
    sink = Sink()
    report, statuses = run(module_site, tmp_path_factory.mktemp("crawl"), sink)
    return FullCrawl(module_site, report, statuses, sink)


def test_a_crawl_fetches_skips_and_fails_what_it_should(full_crawl: FullCrawl) -> None:
    site, report = full_crawl.site, full_crawl.report
    assert full_crawl.statuses == EXPECTED_STATUSES
    assert (report.fetched, report.skipped, report.failed) == (11, 4, 2)
    assert site.hits("/robots.txt") == 1
    assert site.hits("/private/drafts.html") == 0
    assert site.hits("/report.pdf") == 0  # never asked for: the link names a PDF
    assert site.hits("/articles/healey-ukraine.html") == 1  # linked three ways, fetched once
    assert site.hits("/flaky.html") == 2
    assert site.hits("/slow.html") == 2
    assert site.hits("/articles/follow-up.html") == 0  # linked only from a nofollow page


def test_pages_are_parsed_and_handed_to_the_sink(full_crawl: FullCrawl) -> None:
    articles = full_crawl.sink.articles
    assert sorted(article.title or "" for article in articles) == [
        "A story that moved",
        "Busy server story",
        "Council tax rise approved",
        "Healey pledges support for Ukraine",
        "Hegseth warns NATO allies over spending",
        "Minister defends school meals plan",
    ]  # the front page has no article body, the embargoed one says noindex
    moved = next(a for a in articles if a.title == "A story that moved")
    assert moved.url == full_crawl.site.base + "/articles/moved.html"  # where the redirect ended
    assert full_crawl.report.pages_indexed == 6
    assert full_crawl.report.statements_added == sum(len(a.paragraphs) for a in articles)


def test_every_response_is_in_the_warc_archive(full_crawl: FullCrawl) -> None:
    site = full_crawl.site
    responses = read_warc_responses(Path(full_crawl.report.archive or ""))
    archived = [(r.url.removeprefix(site.base), r.status) for r in responses]
    assert ("/robots.txt", 200) in archived
    assert ("/old-link", 301) in archived and ("/articles/moved.html", 200) in archived
    assert archived.count(("/flaky.html", 503)) == 1 and ("/flaky.html", 200) in archived
    assert ("/world", 404) in archived
    assert ("/annual-report", 200) in archived  # headers kept, body not read
    assert len(archived) == len(site.paths()) - site.hits("/slow.html")  # timeouts: no response


def test_max_pages_and_depth_bound_the_crawl(site: Any, tmp_path: Path) -> None:
    options = CrawlOptions(max_pages=50, depth=0, delay=0.0, policy=POLICY)
    _, statuses = run(site, tmp_path / "a", Sink(), options)
    assert statuses == {"/": "done", "/sitemap.xml": "done"}
    options = CrawlOptions(max_pages=2, depth=2, delay=0.0, policy=POLICY)
    report, _ = run(site, tmp_path / "b", Sink(), options)
    assert report.fetched == 2


def test_requests_to_one_host_are_spaced_by_the_delay(site: Any, tmp_path: Path) -> None:
    options = CrawlOptions(max_pages=4, depth=1, delay=0.05, policy=POLICY)
    run(site, tmp_path, Sink(), options)
    times = [request.at for request in site.log]
    assert len(times) >= 5
    # arrival times jitter under load; the span cannot shrink by more than one request's jitter
    assert times[-1] - times[0] >= (len(times) - 1) * 0.05 - 0.02


def test_an_interrupted_crawl_resumes_without_refetching(site: Any, tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        run(site, tmp_path, Sink(stop_after=3))
    fetched_before = dict(site._counts)
    sink = Sink()
    with Crawler(tmp_path, OPTIONS, sink=sink) as crawler:
        report = crawler.run([site.base + "/"])
        statuses = relative(site, crawler.statuses())
    assert report.resumed
    assert statuses == EXPECTED_STATUSES
    refetched = [p for p, n in fetched_before.items() if site.hits(p) > n and p != "/robots.txt"]
    # only the page being handed on at the moment of the interruption is fetched again
    assert refetched == ["/flaky.html"]
    assert "/" not in [a.url.removeprefix(site.base) for a in sink.articles if a.url]


def test_a_recrawl_sends_conditional_requests_and_skips_unchanged_pages(
    site: Any, tmp_path: Path
) -> None:
    run(site, tmp_path, Sink())
    events: list[CrawlEvent] = []
    sink = Sink()
    with Crawler(tmp_path, OPTIONS, sink=sink, on_event=events.append) as crawler:
        report = crawler.run([site.base + "/"])
    assert not report.resumed
    unchanged = sorted(e.url.removeprefix(site.base) for e in events if e.kind == "unchanged")
    assert unchanged == [
        "/",
        "/articles/embargoed.html",
        "/articles/from-feed.html",
        "/articles/from-sitemap.html",
        "/articles/healey-ukraine.html",
        "/articles/hegseth-nato.html",
        "/feed.xml",
        "/index.html",
        "/old-link",  # the validators of where it redirects to
        "/sitemap.xml",
    ]
    assert report.unchanged == 10
    assert [a.title for a in sink.articles] == ["Busy server story"]  # it sends no ETag
    last = [r for r in site.log if r.path == "/articles/healey-ukraine.html"][-1]
    assert last.headers["if-none-match"].startswith('"')


def test_a_seed_that_is_not_http_is_an_error(tmp_path: Path) -> None:
    from crawler.errors import FetchError

    with Crawler(tmp_path, OPTIONS) as crawler, pytest.raises(FetchError, match="not an http"):
        crawler.run(["ftp://example.com/"])
