"""robots.txt: allow/disallow, crawl-delay, sitemaps; missing and broken files (RFC 9309)."""

from __future__ import annotations

from crawler.web.archive import ArchivedResponse
from crawler.web.fetch import FetchResult
from crawler.web.robots import RobotsRules

ROBOTS = b"""User-agent: *
Disallow: /private/
Crawl-delay: 2.5

User-agent: statements-crawler
Disallow: /not-for-us/
Crawl-delay: 4

Sitemap: https://example.com/sitemap.xml
"""


def rules_serving(status: int, body: bytes = b"") -> tuple[RobotsRules, list[str]]:
    asked: list[str] = []

    def fetch(url: str) -> FetchResult:
        asked.append(url)
        return FetchResult(url, "ok", ArchivedResponse(url, status, (), body))

    return RobotsRules(fetch, user_agent="statements-crawler/0.1 (+x)"), asked


def test_rules_for_our_agent_apply_and_are_fetched_once_per_host() -> None:
    rules, asked = rules_serving(200, ROBOTS)
    assert not rules.allowed("https://example.com/not-for-us/a.html")
    assert rules.allowed("https://example.com/private/a.html")  # the * group is not ours
    assert rules.crawl_delay("https://example.com/") == 4.0
    assert rules.sitemaps("https://example.com/") == ("https://example.com/sitemap.xml",)
    assert asked == ["https://example.com/robots.txt"]


def test_a_missing_robots_txt_allows_everything() -> None:
    rules, _ = rules_serving(404)
    assert rules.allowed("https://example.com/anything")
    assert rules.crawl_delay("https://example.com/") is None


def test_an_unreachable_robots_txt_disallows_the_host() -> None:
    rules, _ = rules_serving(503)
    assert not rules.allowed("https://example.com/anything")


def test_an_absurd_crawl_delay_is_capped_so_it_can_be_slept() -> None:
    rules, _ = rules_serving(200, b"User-agent: *\nCrawl-delay: 1e308\n")
    assert rules.crawl_delay("https://example.com/") == 3600.0
