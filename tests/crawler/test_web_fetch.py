"""The fetcher against a real local server: limits, retries, redirects, conditional GET."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawler.web.archive import WarcArchive, read_warc_responses
from crawler.web.fetch import (
    DEFAULT_USER_AGENT,
    Fetcher,
    FetchPolicy,
    HostThrottle,
    retry_after_seconds,
)

FAST = FetchPolicy(delay=0.0, timeout=0.3, retries=2, backoff=0.01, max_bytes=1024 * 1024)


class FakeClock:
    """A clock that only moves when someone sleeps: records every pause asked for."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def test_a_page_is_fetched_with_our_user_agent(site: Any) -> None:
    with Fetcher(FAST) as fetcher:
        result = fetcher.fetch(site.base + "/articles/from-feed.html")
    assert result.outcome == "ok"
    assert result.response is not None and result.response.status == 200
    assert b"school meals" in result.response.body
    assert site.log[0].headers["user-agent"] == DEFAULT_USER_AGENT


def test_redirects_are_followed_and_reported(site: Any) -> None:
    with Fetcher(FAST) as fetcher:
        result = fetcher.fetch(site.base + "/old-link")
    assert result.outcome == "ok"
    assert result.redirects == (site.base + "/articles/moved.html",)
    assert result.final_url == site.base + "/articles/moved.html"


def test_a_redirect_loop_stops(site: Any) -> None:
    with Fetcher(FAST) as fetcher:
        result = fetcher.fetch(site.base + "/loop-a")
    assert result.outcome == "too_many_redirects"
    assert site.paths() == ["/loop-a", "/loop-b"]


def test_redirect_hops_are_bounded(site: Any) -> None:
    policy = FetchPolicy(delay=0.0, timeout=0.3, max_redirects=0)
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.base + "/old-link")
    assert result.outcome == "too_many_redirects"
    assert site.paths() == ["/old-link"]


def test_a_redirect_off_http_is_refused(site: Any) -> None:
    with Fetcher(FAST) as fetcher:
        result = fetcher.fetch(site.base + "/to-ftp")
    assert result.outcome == "http_error"
    assert "non-http(s)" in result.detail


def test_robots_is_asked_about_every_redirect_hop(site: Any) -> None:
    asked: list[str] = []

    def allowed(url: str) -> bool:
        asked.append(url)
        return "moved" not in url

    with Fetcher(FAST) as fetcher:
        result = fetcher.fetch(site.base + "/old-link", allowed=allowed)
    assert result.outcome == "disallowed"
    assert asked == [site.base + "/old-link", site.base + "/articles/moved.html"]
    assert site.paths() == ["/old-link"]


def test_a_503_is_retried_and_then_succeeds(site: Any) -> None:
    with Fetcher(FAST) as fetcher:
        result = fetcher.fetch(site.base + "/flaky.html")
    assert result.outcome == "ok"
    assert result.attempts == 2
    assert site.hits("/flaky.html") == 2


def test_retry_after_is_honoured_then_retries_give_up(site: Any) -> None:
    clock = FakeClock()
    throttle = HostThrottle(0.0, clock=clock.time, sleep=clock.sleep)
    with Fetcher(FAST, throttle=throttle) as fetcher:
        result = fetcher.fetch(site.base + "/busy")
    assert result.outcome == "http_error"
    assert result.attempts == 3
    assert clock.sleeps == [7.0, 7.0]  # Retry-After: 7, twice
    assert site.hits("/busy") == 3


def test_server_errors_back_off_exponentially(site: Any) -> None:
    clock = FakeClock()
    throttle = HostThrottle(0.0, clock=clock.time, sleep=clock.sleep)
    policy = FetchPolicy(delay=0.0, timeout=0.3, retries=3, backoff=0.5)
    with Fetcher(policy, throttle=throttle) as fetcher:
        result = fetcher.fetch(site.base + "/broken")
    assert (result.outcome, result.attempts) == ("http_error", 4)
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_a_slow_page_times_out_as_a_network_error(site: Any) -> None:
    policy = FetchPolicy(delay=0.0, timeout=0.2, retries=0)
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.base + "/slow.html")
    assert result.outcome == "network_error"
    assert "Timeout" in result.detail


def test_pages_over_the_size_limit_are_not_read(site: Any) -> None:
    with Fetcher(FAST) as fetcher:
        declared = fetcher.fetch(site.base + "/huge.html")
        streamed = fetcher.fetch(site.base + "/huge-chunked.html")
    assert declared.outcome == "too_large"
    assert streamed.outcome == "too_large"
    assert declared.response is not None and declared.response.body == b""


def test_unwanted_content_types_are_skipped(site: Any) -> None:
    with Fetcher(FAST) as fetcher:
        result = fetcher.fetch(site.base + "/annual-report")
    assert result.outcome == "unsupported_type"
    assert result.response is not None and result.response.content_type == "application/pdf"


def test_a_fetch_may_accept_more_types_than_the_policy(site: Any) -> None:
    with Fetcher(FAST) as fetcher:
        result = fetcher.fetch(
            site.base + "/annual-report", extra_types=frozenset({"application/pdf"})
        )
    assert result.outcome == "ok"
    assert result.response is not None and result.response.body == b"%PDF-1.4 fake"


def test_conditional_get_gets_304_for_an_unchanged_page(site: Any) -> None:
    with Fetcher(FAST) as fetcher:
        first = fetcher.fetch(site.base + "/articles/from-feed.html")
        assert first.response is not None
        etag = first.response.header("etag")
        second = fetcher.fetch(
            site.base + "/articles/from-feed.html",
            etag=etag,
            last_modified=first.response.header("last-modified"),
        )
    assert second.outcome == "not_modified"
    assert site.log[1].headers["if-none-match"] == etag
    assert site.log[1].headers["if-modified-since"] == "Tue, 04 Mar 2025 08:30:00 GMT"


def test_every_response_is_archived(site: Any, tmp_path: Path) -> None:
    with WarcArchive(tmp_path) as archive, Fetcher(FAST, archive=archive) as fetcher:
        fetcher.fetch(site.base + "/old-link")
        fetcher.fetch(site.base + "/flaky.html")
        path = archive.path
    archived = [(r.url.removeprefix(site.base), r.status) for r in read_warc_responses(path)]
    assert archived == [
        ("/old-link", 301),
        ("/articles/moved.html", 200),
        ("/flaky.html", 503),
        ("/flaky.html", 200),
    ]


def test_per_host_delay_spaces_requests() -> None:
    clock = FakeClock()
    throttle = HostThrottle(2.0, clock=clock.time, sleep=clock.sleep)
    throttle.wait("http://a")
    throttle.wait("http://b")
    throttle.wait("http://a")
    throttle.set_delay("http://b", 5.0)
    throttle.wait("http://b")
    throttle.wait("http://b")
    assert clock.sleeps == [2.0, 5.0]


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None
