"""The crawl loop: fetch -> archive -> parse -> hand to the sink (extract + index), resumable.

Each step of :meth:`Crawler.run`:
1. open (or resume) the run in ``state.sqlite``; queue the seeds and their hosts' sitemaps;
2. take the next queued URL whose host is free (per-host delays) and check robots.txt;
3. fetch it (conditional GET when an earlier run saw it; every response archived to WARC);
4. HTML: parse into an Article, give it to the sink, queue its links and feeds; sitemap or
   feed: queue its entries; 5. record the outcome, committed at once, so a killed crawl
   resumes without refetching what it finished.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from crawler.errors import FetchError, IndexStoreError
from crawler.models import Article
from crawler.web.archive import ArchivedResponse, WarcArchive
from crawler.web.discover import (
    Discovered,
    classify,
    discover_links,
    page_links,
    robots_directives,
)
from crawler.web.fetch import Fetcher, FetchPolicy, FetchResult, HostThrottle
from crawler.web.robots import RobotsRules
from crawler.web.state import CrawlState, QueuedUrl
from crawler.web.urls import host_key, normalize_url, same_site, site_of

__all__ = [
    "CrawlEvent",
    "CrawlOptions",
    "CrawlReport",
    "Crawler",
    "PageSink",
    "crawl",
    "seed_urls",
]

#: takes a parsed page, makes it durable (extract + index + commit), returns statements added
PageSink = Callable[[Article], int]
EventKind = Literal["fetched", "unchanged", "skipped", "failed"]
#: what sitemaps and feeds are served as besides XML
_HUB_TYPES = frozenset({"application/octet-stream", "binary/octet-stream", "application/json"})


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    """What to crawl: how many pages, how deep, where, and how politely."""

    max_pages: int = 100
    depth: int = 2
    same_site: bool = False
    delay: float = 1.0
    sitemaps: bool = True
    policy: FetchPolicy = field(default_factory=FetchPolicy)


@dataclass(frozen=True, slots=True)
class CrawlEvent:
    """One URL dealt with: for progress displays."""

    kind: EventKind
    url: str
    detail: str = ""
    statements: int = 0


@dataclass(frozen=True, slots=True)
class CrawlReport:
    """What a crawl session did (a resumed run counts only this session's work)."""

    fetched: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    pages_indexed: int = 0
    statements_added: int = 0
    resumed: bool = False
    archive: str | None = None


_EVENT_OF_STATUS: dict[str, EventKind] = {
    "done": "fetched",
    "unchanged": "unchanged",
    "skipped": "skipped",
    "failed": "failed",
}


@dataclass(slots=True)
class _Tally:
    fetched: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    pages_indexed: int = 0
    statements_added: int = 0


class Crawler:
    """A polite crawler whose state, archives and robots cache live in ``crawl_dir``."""

    def __init__(
        self,
        crawl_dir: Path,
        options: CrawlOptions | None = None,
        *,
        sink: PageSink | None = None,
        on_event: Callable[[CrawlEvent], None] | None = None,
        throttle: HostThrottle | None = None,
    ) -> None:
        self.options = options or CrawlOptions()
        self.crawl_dir = crawl_dir
        self._sink = sink
        self._on_event = on_event
        policy = dataclasses.replace(self.options.policy, delay=self.options.delay)
        _check_directories(crawl_dir, crawl_dir / "warc")
        self._state = CrawlState(crawl_dir / "state.sqlite")
        self._archive = WarcArchive(crawl_dir / "warc")
        self._fetcher = Fetcher(policy, archive=self._archive, throttle=throttle)
        self._robots = RobotsRules(self._fetch_robots, user_agent=policy.user_agent)
        self._sites: set[str] = set()
        self._tally = _Tally()

    def close(self) -> None:
        """Close the archive, the database and the connection pool."""
        self._fetcher.close()
        self._archive.close()
        self._state.close()

    def __enter__(self) -> Crawler:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def statuses(self) -> dict[str, str]:
        """Every URL of the current run with its status (queued, done, unchanged, skipped,
        failed)."""
        return self._state.statuses()

    # -- the loop ---------------------------------------------------------------------------

    def run(self, seeds: Iterable[str]) -> CrawlReport:
        """Crawl from ``seeds`` until the queue is empty or ``max_pages`` pages are fetched."""
        urls = self._seed_urls(seeds)
        self._state.start_run(urls, self._option_key())
        if not self._state.resumed:
            self._queue_seeds(urls)
        while self._pages_done() < self.options.max_pages:
            item = self._next()
            if item is None:
                break
            self._visit(item)
        if not self._state.queued(limit=1) or self._pages_done() >= self.options.max_pages:
            self._state.finish_run()
        tally = self._tally
        return CrawlReport(
            fetched=tally.fetched,
            unchanged=tally.unchanged,
            skipped=tally.skipped,
            failed=tally.failed,
            pages_indexed=tally.pages_indexed,
            statements_added=tally.statements_added,
            resumed=self._state.resumed,
            archive=str(self._archive.path) if self._archive.records else None,
        )

    def _seed_urls(self, seeds: Iterable[str]) -> list[str]:
        urls = seed_urls(seeds)
        self._sites = {site_of(url) for url in urls}
        return urls

    def _option_key(self) -> dict[str, object]:
        o = self.options
        return {"max_pages": o.max_pages, "depth": o.depth, "same_site": o.same_site}

    def _queue_seeds(self, urls: list[str]) -> None:
        for url in urls:
            self._state.enqueue(url, depth=0, kind="page")
        if self.options.sitemaps:
            for host in dict.fromkeys(host_key(url) for url in urls):
                for sitemap in self._robots.sitemaps(host + "/"):
                    target = normalize_url(sitemap)
                    if target:
                        self._state.enqueue(target, depth=0, kind="hub")

    def _pages_done(self) -> int:
        """Documents fetched in this run (pages, sitemaps, feeds): what ``max_pages`` bounds."""
        return self._state.count("done") + self._state.count("unchanged")

    def _next(self) -> QueuedUrl | None:
        """Step 2: the first queued URL whose host may be asked now, else the soonest."""
        batch = self._state.queued()
        if not batch:
            return None
        throttle = self._fetcher.throttle
        return min(batch, key=lambda item: throttle.ready_in(host_key(item.url)) > 0)

    # -- one URL ----------------------------------------------------------------------------

    def _fetch_robots(self, url: str) -> FetchResult:
        return self._fetcher.fetch(url)

    def _visit(self, item: QueuedUrl) -> None:
        if not self._robots.allowed(item.url):
            self._finish(item, "skipped", self._robots.why_not(item.url))
            return
        delay = self._robots.crawl_delay(item.url)
        if delay is not None:
            self._fetcher.throttle.set_delay(host_key(item.url), delay)
        etag, last_modified = self._state.validators(item.url)
        result = self._fetcher.fetch(
            item.url,
            etag=etag,
            last_modified=last_modified,
            allowed=self._robots.allowed,
            extra_types=_HUB_TYPES if item.kind == "hub" else frozenset(),
        )
        if result.outcome == "not_modified":
            self._queue_links(item, self._state.links(item.url))
            self._finish(item, "unchanged", "not modified since the last crawl")
        elif result.outcome in ("disallowed", "too_large", "unsupported_type"):
            self._finish(item, "skipped", _describe(result))
        elif result.outcome != "ok" or result.response is None:
            self._finish(item, "failed", _describe(result))
        else:
            self._use(item, result, result.response)

    def _use(self, item: QueuedUrl, result: FetchResult, response: ArchivedResponse) -> None:
        """Step 4: parse and index a page, or read a sitemap/feed; queue what they link to."""
        kind = classify(response)
        statements = 0
        if kind == "html":
            statements, found = self._take_page(item, response, result.final_url)
        elif kind in ("sitemap", "feed"):
            found = discover_links(response, kind)
        else:
            self._finish(
                item,
                "skipped",
                f"not a page, sitemap or feed ({response.content_type or 'no type'})",
            )
            return
        links = [(url, "page") for url in found.links] + [(url, "hub") for url in found.hubs]
        self._queue_links(item, links)
        self._finish(
            item,
            "done",
            f"{kind}, {statements} statements" if kind == "html" else kind,
            statements=statements,
            etag=response.header("etag"),
            last_modified=response.header("last-modified"),
            links=links,
        )

    def _take_page(
        self, item: QueuedUrl, response: ArchivedResponse, url: str
    ) -> tuple[int, Discovered]:
        """Parse the page, hand it to the sink unless it says ``noindex``; return statements
        added and its links (none past the depth limit or when it says ``nofollow``)."""
        from crawler.pages.article import parse_html
        from crawler.pages.document import parse_document

        root = parse_document(response.body, declared=response.charset)
        directives = robots_directives(root, response.header("x-robots-tag"))
        statements = 0
        if "noindex" not in directives and self._sink is not None:
            article = parse_html(response.body, url=url, source=url, charset=response.charset)
            if article.text:
                statements = self._sink(article)
                self._tally.pages_indexed += 1
        if item.depth >= self.options.depth or "nofollow" in directives:
            return statements, Discovered()
        return statements, page_links(root, base=url)

    def _queue_links(self, item: QueuedUrl, links: list[tuple[str, str]]) -> None:
        """Pages one level deeper; sitemaps and feeds at the same depth (their entries count)."""
        for url, kind in links:
            self._queue(url, depth=item.depth + (kind == "page"), kind=kind)

    def _queue(self, url: str, *, depth: int, kind: str) -> None:
        if self.options.same_site and not any(same_site(url, site) for site in self._sites):
            return
        if kind == "page" and depth > self.options.depth:
            return
        self._state.enqueue(url, depth=depth, kind=kind)

    def _finish(
        self,
        item: QueuedUrl,
        status: str,
        detail: str,
        *,
        statements: int = 0,
        etag: str | None = None,
        last_modified: str | None = None,
        links: list[tuple[str, str]] | None = None,
    ) -> None:
        """Step 5: record the outcome (committed), count it, report it."""
        self._state.mark(
            item.url, status, detail=detail, etag=etag, last_modified=last_modified, links=links
        )
        event = _EVENT_OF_STATUS.get(status, "failed")
        setattr(self._tally, event, getattr(self._tally, event) + 1)
        self._tally.statements_added += statements
        if self._on_event is not None:
            self._on_event(CrawlEvent(event, item.url, detail, statements))


def _check_directories(*directories: Path) -> None:
    """The crawl's folders must be folders: a file in the way is an error that says so."""
    for directory in directories:
        if directory.exists() and not directory.is_dir():
            raise IndexStoreError(
                f"{directory}: a file is where the crawl keeps its state and archives; "
                "move it away and crawl again"
            )


def seed_urls(seeds: Iterable[str]) -> list[str]:
    """The normal form of each URL to start from; a FetchError names the first that is not an
    http(s) URL (check them before creating anything on disk)."""
    urls: list[str] = []
    for seed in seeds:
        url = normalize_url(seed)
        if url is None:
            raise FetchError(
                f"{seed!r} is not an http(s) URL; give a full URL like https://example.com/news"
            )
        urls.append(url)
    return urls


def _describe(result: FetchResult) -> str:
    reasons = {
        "disallowed": "disallowed by robots.txt",
        "too_large": "larger than the size limit",
        "unsupported_type": "not HTML, XML or a feed",
        "too_many_redirects": "too many redirects",
    }
    reason = reasons.get(result.outcome, result.detail or result.outcome)
    if result.outcome == "unsupported_type" and result.response is not None:
        reason = f"unsupported content type {result.response.content_type}"
    if result.attempts > 1:
        reason += f" after {result.attempts} attempts"
    return reason


def crawl(
    seeds: Iterable[str],
    crawl_dir: Path,
    *,
    options: CrawlOptions | None = None,
    sink: PageSink | None = None,
    on_event: Callable[[CrawlEvent], None] | None = None,
) -> CrawlReport:
    """One-shot crawl: open a :class:`Crawler` in ``crawl_dir``, run it, close it."""
    with Crawler(crawl_dir, options, sink=sink, on_event=on_event) as crawler:
        return crawler.run(seeds)
