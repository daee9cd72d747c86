"""robots.txt, fetched once per host and honoured: allow/disallow, crawl-delay, sitemaps.

Following RFC 9309: a missing robots.txt (4xx) allows everything; one that cannot be fetched
(5xx after retries, network failure) disallows the host for this crawl.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from protego import Protego

from crawler.web.fetch import FetchResult
from crawler.web.urls import host_key

__all__ = ["MAX_CRAWL_DELAY", "RobotsRules"]

#: the longest crawl-delay honoured, in seconds (longer ones are taken as this)
MAX_CRAWL_DELAY = 3600.0

_ALLOW_ALL = Protego.parse("")
_DENY_ALL = Protego.parse("User-agent: *\nDisallow: /")


class RobotsRules:
    """robots.txt rules of every host met, fetched through ``fetch_robots`` on first use."""

    def __init__(self, fetch_robots: Callable[[str], FetchResult], *, user_agent: str) -> None:
        self._fetch = fetch_robots
        self._agent = user_agent.split("/")[0]
        self._rules: dict[str, Protego] = {}
        self._unreachable: set[str] = set()

    def _for(self, url: str) -> Protego:
        host = host_key(url)
        rules = self._rules.get(host)
        if rules is None:
            rules = self._rules[host] = self._load(host)
        return rules

    def _load(self, host: str) -> Protego:
        result = self._fetch(f"{host}/robots.txt")
        response = result.response
        if response is None or result.outcome == "network_error" or response.status >= 500:
            self._unreachable.add(host)
            return _DENY_ALL
        if response.status != 200:
            return _ALLOW_ALL
        return Protego.parse(response.body.decode("utf-8", errors="replace"))

    def allowed(self, url: str) -> bool:
        """Whether our user agent may fetch ``url``."""
        return bool(self._for(url).can_fetch(url, self._agent))

    def why_not(self, url: str) -> str:
        """Why ``url`` may not be fetched, in words for a report."""
        if host_key(url) in self._unreachable:
            return "robots.txt could not be fetched (host unreachable or failing)"
        return "disallowed by robots.txt"

    def crawl_delay(self, url: str) -> float | None:
        """The host's crawl-delay (or 1/request-rate) in seconds, if it sets one; at most
        :data:`MAX_CRAWL_DELAY` (``Crawl-delay: 1e308`` cannot be slept)."""
        rules = self._for(url)
        delay = rules.crawl_delay(self._agent)
        rate = rules.request_rate(self._agent) if delay is None else None
        if rate is not None and rate.requests:
            delay = float(rate.seconds) / float(rate.requests)
        if delay is None or not math.isfinite(delay) or delay < 0:
            return None
        return min(float(delay), MAX_CRAWL_DELAY)

    def sitemaps(self, url: str) -> tuple[str, ...]:
        """The sitemap URLs the host's robots.txt lists."""
        return tuple(self._for(url).sitemaps)
