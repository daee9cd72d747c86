"""Page metadata: title, canonical URL, outlet, authors, language, from the markup's own claims.

Sources, most trusted first: JSON-LD (schema.org ``NewsArticle`` and friends), OpenGraph and
``<meta>`` tags, microdata (``itemprop``), ``<link rel=canonical>``, then the visible page
(``<h1>``, ``<title>``, bylines), then the URL (domain as outlet).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html

__all__ = ["PageMeta", "read_page_meta"]

_ARTICLE_TYPES = re.compile(r"article|posting|report|newsarticle|webpage|blog", re.IGNORECASE)
_BYLINE_CLASS = re.compile(r"byline|author", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^\s*(?:by|von|par|por|door|di)\s*[:\s]\s*", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"https?://|@|\d|staff|editor|reporter|correspondent", re.IGNORECASE)
_TITLE_SEPARATORS = (" | ", " - ", " \u2014 ", " \u2013 ", " :: ", " \u00ab ", " \u00bb ")


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Everything the page's markup says about itself, as plain values."""

    meta: dict[str, tuple[str, ...]]
    json_ld: tuple[dict[str, Any], ...]
    title: str | None
    canonical_url: str | None
    outlet: str | None
    authors: tuple[str, ...]
    language: str | None

    def first(self, *names: str) -> str | None:
        """The first non-empty ``<meta>`` value among ``names`` (lower-cased keys)."""
        for name in names:
            for value in self.meta.get(name, ()):
                if value.strip():
                    return value.strip()
        return None


def _collect_meta(root: lxml.html.HtmlElement) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for tag in root.iter("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
        value = tag.get("content") if tag.get("content") is not None else tag.get("value")
        if key and value is not None:
            found.setdefault(key.strip().lower(), []).append(value)
    return {key: tuple(values) for key, values in found.items()}


def _walk_json_ld(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_json_ld(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(node.get(key), list | dict):
                yield from _walk_json_ld(node[key])


def _collect_json_ld(root: lxml.html.HtmlElement) -> tuple[dict[str, Any], ...]:
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"), strict=False)
            objects.extend(list(_walk_json_ld(data)))
        except (ValueError, RecursionError):  # not JSON, or nested thousands deep
            continue
    # article-like objects first: their dates and authors are the article's
    objects.sort(key=lambda obj: 0 if _ARTICLE_TYPES.search(str(obj.get("@type", ""))) else 1)
    return tuple(objects)


def json_ld_values(objects: tuple[dict[str, Any], ...], key: str) -> Iterator[Any]:
    """Every value of ``key`` in the JSON-LD objects, article-like objects first."""
    for obj in objects:
        if key in obj and obj[key] not in (None, "", []):
            yield obj[key]


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _clean_author(name: str) -> str | None:
    name = " ".join(_BY_PREFIX.sub("", name).split()).strip(" ,.")
    if not name or len(name) > 60 or _NOT_A_NAME.search(name) or len(name.split()) > 5:
        return None
    return name


def _split_authors(names: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for raw in names:
        for part in _AUTHOR_SPLIT.split(_BY_PREFIX.sub("", raw)):
            name = _clean_author(part)
            if name and name.lower() not in {n.lower() for n in found}:
                found.append(name)
    return tuple(found)


def _find_authors(
    root: lxml.html.HtmlElement,
    meta: dict[str, tuple[str, ...]],
    json_ld: tuple[dict[str, Any], ...],
) -> tuple[str, ...]:
    for value in json_ld_values(json_ld, "author"):
        authors = _split_authors(_names(value))
        if authors:
            return authors
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
        authors = _split_authors([v for v in meta.get(key, ()) if not v.startswith("http")])
        if authors:
            return authors
    for element in root.xpath('//*[@rel="author" or @itemprop="author"]'):
        authors = _split_authors([element.text_content()])
        if authors:
            return authors
    for element in root.xpath("//body//*[@class]"):
        if _BYLINE_CLASS.search(element.get("class", "")) and len(element.text_content()) < 120:
            authors = _split_authors([element.text_content()])
            if authors:
                return authors
    return ()


def _strip_site_name(title: str, site_name: str | None) -> str:
    for separator in _TITLE_SEPARATORS:
        if separator in title:
            head, _, tail = title.rpartition(separator)
            if site_name and tail.strip().lower() == site_name.lower():
                return head.strip()
            if len(tail.split()) <= 4 and len(head.split()) >= 3:
                return head.strip()
            first, _, rest = title.partition(separator)
            if site_name and first.strip().lower() == site_name.lower():
                return rest.strip()
    return title


def _find_title(
    root: lxml.html.HtmlElement, meta: dict[str, tuple[str, ...]], site_name: str | None
) -> str | None:
    for key in ("og:title", "twitter:title", "headline", "title", "dc.title"):
        for value in meta.get(key, ()):
            if value.strip():
                return _strip_site_name(" ".join(value.split()), site_name)
    headings = [h for h in root.iter("h1") if h.text_content().strip()]
    if len(headings) == 1:
        return " ".join(headings[0].text_content().split())
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        return _strip_site_name(" ".join(title.text_content().split()), site_name)
    return None


def _domain(url: str | None) -> str | None:
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # a broken address such as http://[::1
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _http_url(href: str, *, base: str | None) -> str | None:
    """``href`` made absolute against ``base``; None unless it is a well-formed http(s) URL
    (pages carry javascript: links and broken ones like ``http://[::1``)."""
    try:
        url = urljoin(base or "", href.strip())
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.hostname else None


def read_page_meta(root: lxml.html.HtmlElement, *, url: str | None) -> PageMeta:
    """What the page declares about itself; ``url`` resolves relative links and names the outlet."""
    meta = _collect_meta(root)
    json_ld = _collect_json_ld(root)
    canonical = None
    for link in root.xpath('//link[@rel="canonical"][@href]'):
        canonical = _http_url(link.get("href"), base=url)
        break
    if canonical is None and (meta.get("og:url") or ()):
        canonical = _http_url(meta["og:url"][0], base=url)
    publisher = next(iter(_names(next(json_ld_values(json_ld, "publisher"), None))), None)
    site_name = (meta.get("og:site_name") or (None,))[0] or publisher
    outlet = (site_name or "").strip() or _domain(canonical or url)
    language = (
        root.get("lang") or (meta.get("og:locale") or meta.get("content-language") or (None,))[0]
    )
    return PageMeta(
        meta=meta,
        json_ld=json_ld,
        title=_find_title(root, meta, site_name),
        canonical_url=canonical,
        outlet=outlet,
        authors=_find_authors(root, meta, json_ld),
        language=language.strip().replace("_", "-").split("-")[0].lower() if language else None,
    )
