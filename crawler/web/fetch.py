"""Polite HTTP fetching: one request at a time per host, bounded in every dimension.

A fetch: 1. wait for the host's slot (per-host delay, raised by robots.txt crawl-delay);
2. send a GET with our User-Agent and, on re-crawl, ``If-None-Match``/``If-Modified-Since``;
3. stream the response: refuse unwanted content types and bodies over the size limit without
   reading them; 4. archive it; 5. retry 429/5xx and network errors with exponential backoff,
   honouring ``Retry-After``; 6. follow redirects by hand, at most ``max_redirects`` hops, each
   checked (http(s) only, allowed by robots.txt) like the first URL.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import httpx

from crawler.web.archive import ArchivedResponse, WarcArchive
from crawler.web.urls import host_key, normalize_url

__all__ = [
    "DEFAULT_USER_AGENT",
    "FetchOutcome",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "HostThrottle",
]

DEFAULT_USER_AGENT = (
    "statements-crawler/0.1 (+https://github.com/statements/statements; polite news crawler)"
)

FetchOutcome = Literal[
    "ok", "not_modified", "too_large", "unsupported_type", "http_error", "disallowed",
    "too_many_redirects", "network_error",
]  # fmt: skip

#: pages, and the documents that lead to pages (sitemaps, feeds, robots.txt)
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DISCOVERY_TYPES = frozenset({
    "application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
    "application/rdf+xml", "application/x-gzip", "application/gzip", "text/plain",
})  # fmt: skip
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how far a fetcher goes; every limit has a safe default."""

    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0
    timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 1.0
    max_retry_wait: float = 120.0
    content_types: frozenset[str] = field(default=PAGE_TYPES | DISCOVERY_TYPES)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one fetch came to: the final response (if any), the outcome and the hops taken."""

    url: str
    outcome: FetchOutcome
    response: ArchivedResponse | None = None
    redirects: tuple[str, ...] = ()
    attempts: int = 1
    detail: str = ""

    @property
    def final_url(self) -> str:
        """Where the content came from after redirects."""
        return self.redirects[-1] if self.redirects else self.url


class HostThrottle:
    """At most one request per ``delay`` seconds to each host (clock and sleep injectable)."""

    def __init__(
        self,
        delay: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = delay
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def set_delay(self, host: str, seconds: float) -> None:
        """Raise one host's delay (robots.txt crawl-delay); never below the default."""
        self._delays[host] = max(self.delay, seconds)

    def delay_for(self, host: str) -> float:
        """Seconds between two requests to ``host``."""
        return self._delays.get(host, self.delay)

    def ready_in(self, host: str) -> float:
        """Seconds until ``host`` may be asked again (0 when it may now)."""
        return max(0.0, self._next.get(host, 0.0) - self._clock())

    def wait(self, host: str, *, at_least: float = 0.0) -> None:
        """Sleep until ``host``'s slot, then book the next one."""
        pause = max(self.ready_in(host), at_least)
        if pause > 0:
            self._sleep(pause)
        self._next[host] = self._clock() + self.delay_for(host)


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class Fetcher:
    """Fetches URLs under a :class:`FetchPolicy`, archiving every response it receives."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        archive: WarcArchive | None = None,
        throttle: HostThrottle | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.archive = archive
        self.throttle = throttle or HostThrottle(self.policy.delay)
        self.requests = 0
        self._client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=self.policy.timeout,
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one request ------------------------------------------------------------------------

    def _request(self, url: str, headers: dict[str, str], accept: frozenset[str]) -> FetchResult:
        """Steps 2-4: one GET, streamed, checked and archived."""
        self.requests += 1
        with self._client.stream("GET", url, headers=headers) as reply:
            pairs = tuple((key, value) for key, value in reply.headers.multi_items())
            media = reply.headers.get("content-type", "").split(";")[0].strip().lower()
            declared = (
                int(reply.headers.get("content-length", "0") or 0)
                if reply.headers.get("content-length", "").isdigit()
                else 0
            )
            outcome: FetchOutcome = "ok"
            body = b""
            truncated = False
            if reply.status_code == 200 and media and media not in accept:
                outcome = "unsupported_type"
            elif declared > self.policy.max_bytes:
                outcome, truncated = "too_large", True
            else:
                body, truncated = self._read_limited(reply)
                if truncated:
                    outcome = "too_large"
            response = ArchivedResponse(url=url, status=reply.status_code, headers=pairs, body=body)
            if self.archive is not None:
                self.archive.write_response(
                    url,
                    status=reply.status_code,
                    reason=reply.reason_phrase,
                    headers=pairs,
                    body=body,
                    truncated=truncated or outcome == "unsupported_type",
                )
        if outcome == "ok" and reply.status_code == 304:
            outcome = "not_modified"
        elif outcome == "ok" and reply.status_code >= 400:
            outcome = "http_error"
        return FetchResult(url, outcome, response, detail=f"HTTP {reply.status_code}")

    def _read_limited(self, reply: httpx.Response) -> tuple[bytes, bool]:
        chunks: list[bytes] = []
        size = 0
        for chunk in reply.iter_bytes():
            size += len(chunk)
            if size > self.policy.max_bytes:
                return b"", True
            chunks.append(chunk)
        return b"".join(chunks), False

    # -- retries ----------------------------------------------------------------------------

    def _request_with_retries(
        self, url: str, headers: dict[str, str], accept: frozenset[str]
    ) -> FetchResult:
        """Step 5: retry 429/5xx and network failures with backoff and Retry-After."""
        host = host_key(url)
        pause = 0.0
        result = FetchResult(url, "network_error")
        for attempt in range(1, self.policy.retries + 2):
            self.throttle.wait(host, at_least=pause)
            try:
                result = self._request(url, headers, accept)
            except httpx.HTTPError as error:
                result = FetchResult(
                    url, "network_error", detail=f"{type(error).__name__}: {error}"
                )
                retry_after = None
            else:
                status = result.response.status if result.response else 0
                if status not in _RETRY_STATUSES:
                    return _with_attempts(result, attempt)
                retry_after = retry_after_seconds(
                    result.response.header("retry-after") if result.response else None
                )
            if attempt > self.policy.retries:
                return _with_attempts(result, attempt)
            backoff = self.policy.backoff * 2 ** (attempt - 1)
            pause = min(
                retry_after if retry_after is not None else backoff, self.policy.max_retry_wait
            )
        return result

    # -- redirects --------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allowed: Callable[[str], bool] | None = None,
        extra_types: frozenset[str] = frozenset(),
    ) -> FetchResult:
        """Fetch ``url``; ``allowed`` (robots.txt) is asked for the URL and every redirect hop;
        ``extra_types`` widens the policy's content types for this fetch (a gzipped sitemap is
        often served as ``application/octet-stream``)."""
        accept = self.policy.content_types | extra_types
        headers = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        hops: list[str] = []
        current = url
        while True:
            if allowed is not None and not allowed(current):
                return FetchResult(url, "disallowed", redirects=tuple(hops), detail="robots.txt")
            result = self._request_with_retries(current, headers, accept)
            status = result.response.status if result.response else 0
            location = result.response.header("location") if result.response else None
            if status not in _REDIRECT_STATUSES or not location:
                return FetchResult(
                    url,
                    result.outcome,
                    result.response,
                    tuple(hops),
                    result.attempts,
                    result.detail,
                )
            target = normalize_url(location, base=current)
            if target is None:
                return FetchResult(
                    url,
                    "http_error",
                    result.response,
                    tuple(hops),
                    detail=f"redirect to non-http(s) {location}",
                )
            if len(hops) >= self.policy.max_redirects or target in hops or target == url:
                return FetchResult(
                    url,
                    "too_many_redirects",
                    result.response,
                    tuple(hops),
                    detail=f"more than {self.policy.max_redirects} redirects",
                )
            hops.append(target)
            current = target


def _with_attempts(result: FetchResult, attempts: int) -> FetchResult:
    return FetchResult(
        result.url, result.outcome, result.response, result.redirects, attempts, result.detail
    )
