"""Where to go next: links in a page, feeds a page announces, and the entries of sitemaps and
RSS/Atom feeds. Every URL that comes out is in normal form (``urls.normalize_url``).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import lxml.etree
import lxml.html

from crawler.web.archive import ArchivedResponse
from crawler.web.urls import normalize_url

__all__ = [
    "MAX_UNPACKED_BYTES",
    "Discovered",
    "classify",
    "discover_links",
    "feed_entries",
    "page_links",
    "sitemap_entries",
]

_SKIP_EXTENSIONS = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|zip|gz|tgz|rar|7z|mp[34]|m4a|avi|mov|wmv|"
    r"webm|ogg|wav|flac|css|js|json|woff2?|ttf|eot|exe|dmg|apk|docx?|xlsx?|pptx?)$",
    re.IGNORECASE,
)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
#: the most a gzipped sitemap or feed is unpacked to (the sitemap protocol's own limit)
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
_XML_PARSER = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, recover=True, huge_tree=False
)


@dataclass(frozen=True, slots=True)
class Discovered:
    """Links found in one response: ordinary links and feeds/sitemaps to read."""

    links: tuple[str, ...] = ()
    hubs: tuple[str, ...] = ()


def classify(response: ArchivedResponse) -> str:
    """``"html"``, ``"sitemap"``, ``"feed"`` or ``"other"`` from the type and the first bytes."""
    head = _body(response)[:2048].lstrip().lower()
    if response.content_type in ("text/html", "application/xhtml+xml") and b"<urlset" not in head:
        return "html"
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<html" in head or b"<!doctype html" in head:
        return "html"
    return "other"


def _body(response: ArchivedResponse) -> bytes:
    """The document, gunzipped when it is gzip: at most :data:`MAX_UNPACKED_BYTES`, so a
    small gzip bomb served as a sitemap cannot fill memory."""
    if response.body[:2] == b"\x1f\x8b":
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            return inflater.decompress(response.body, MAX_UNPACKED_BYTES)
        except zlib.error:
            return b""
    return response.body


def _wanted(url: str | None) -> str | None:
    if url is None:
        return None
    path = url.split("?", 1)[0]
    return None if _SKIP_EXTENSIONS.search(path) else url


def page_links(root: lxml.html.HtmlElement, *, base: str) -> Discovered:
    """Links of an HTML page (``rel=nofollow`` skipped) and the feeds it announces."""
    base_tag = root.find(".//base[@href]")
    if base_tag is not None:
        base = normalize_url(base_tag.get("href", ""), base=base) or base
    links: dict[str, None] = {}
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if href and "nofollow" not in (anchor.get("rel") or "").lower():
            url = _wanted(normalize_url(href, base=base))
            if url:
                links[url] = None
    hubs: dict[str, None] = {}
    for link in root.iter("link"):
        if (
            "alternate" in (link.get("rel") or "").lower()
            and (link.get("type") or "").lower() in _FEED_TYPES
        ):
            url = normalize_url(link.get("href") or "", base=base)
            if url:
                hubs[url] = None
    return Discovered(tuple(links), tuple(hubs))


def robots_directives(root: lxml.html.HtmlElement, header: str | None = None) -> frozenset[str]:
    """``noindex``/``nofollow``/``none`` from ``<meta name=robots>`` and ``X-Robots-Tag``
    (``none`` means both)."""
    values = [header or ""]
    for meta in root.iter("meta"):
        if (meta.get("name") or "").strip().lower() in ("robots", "statements-crawler"):
            values.append(meta.get("content") or "")
    words = {word.strip().lower() for value in values for word in value.split(",")}
    if "none" in words:
        words |= {"noindex", "nofollow"}
    return frozenset(words & {"noindex", "nofollow"})


def sitemap_entries(response: ArchivedResponse) -> Discovered:
    """Page URLs (``<urlset>``) and child sitemaps (``<sitemapindex>``) of a sitemap."""
    try:
        root = lxml.etree.fromstring(_body(response), parser=_XML_PARSER)
    except lxml.etree.XMLSyntaxError:
        return Discovered()
    if root is None:
        return Discovered()
    locations = [
        url
        for element in root.iter("{*}loc")
        if element.text and (url := normalize_url(element.text, base=response.url))
    ]
    if lxml.etree.QName(root).localname == "sitemapindex":
        return Discovered(hubs=tuple(dict.fromkeys(locations)))
    return Discovered(links=tuple(dict.fromkeys(u for u in locations if _wanted(u))))


def feed_entries(response: ArchivedResponse) -> Discovered:
    """The entry links of an RSS or Atom feed."""
    import feedparser

    parsed = feedparser.parse(_body(response), response_headers={"content-location": response.url})
    links: dict[str, None] = {}
    for entry in parsed.entries:
        url = _wanted(normalize_url(entry.get("link") or "", base=response.url))
        if url:
            links[url] = None
    return Discovered(links=tuple(links))


def discover_links(response: ArchivedResponse, kind: str) -> Discovered:
    """The pages and nested sitemaps of a ``"sitemap"`` or ``"feed"`` response."""
    return sitemap_entries(response) if kind == "sitemap" else feed_entries(response)
