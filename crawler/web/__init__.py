"""Fetching and crawling: robots.txt, per-host rate limits, retries, WARC archives, sitemaps and
feeds, resumable crawl state. Importing this package loads httpx, protego and warcio; ``crawler``
itself does not import it.
"""

from crawler.web.archive import ArchivedResponse, WarcArchive, read_warc_responses
from crawler.web.crawl import (
    Crawler,
    CrawlEvent,
    CrawlOptions,
    CrawlReport,
    PageSink,
    crawl,
    seed_urls,
)
from crawler.web.fetch import DEFAULT_USER_AGENT, Fetcher, FetchPolicy, FetchResult, HostThrottle
from crawler.web.robots import RobotsRules
from crawler.web.state import CrawlState
from crawler.web.urls import normalize_url, same_site, site_of

__all__ = [
    "DEFAULT_USER_AGENT",
    "ArchivedResponse",
    "CrawlEvent",
    "CrawlOptions",
    "CrawlReport",
    "CrawlState",
    "Crawler",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "HostThrottle",
    "PageSink",
    "RobotsRules",
    "WarcArchive",
    "crawl",
    "normalize_url",
    "read_warc_responses",
    "same_site",
    "seed_urls",
    "site_of",
]
