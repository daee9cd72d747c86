"""Publication and modification dates, always timezone-aware.

Candidates, most trusted first (the first that parses wins):
1. JSON-LD ``datePublished`` / ``dateModified`` (article-like objects first);
2. ``<meta>`` tags: OpenGraph ``article:published_time``, Dublin Core, parse.ly, sailthru, ...;
3. microdata and ``<time>``: ``itemprop=datePublished``, ``<time pubdate>``, the first ``<time>``;
4. any other ``<meta>`` or element whose name or class says "date" / "published";
5. the URL (``/2024/03/15/``, ``/2024-03-15``, ``/20240315``);
6. a date written in the page's visible text near the top.

A date written without a zone keeps its wall-clock day and is marked UTC, so the calendar day
the page states is the day we report.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator

import lxml.html
from dateutil import parser as dateparser

from crawler.pages.metadata import PageMeta, json_ld_values

__all__ = ["find_modified", "find_published", "parse_date"]

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "published_time",
    "datepublished", "rnews:datepublished", "pubdate", "publishdate", "publish-date",
    "publish_date", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dcterms.created", "dc.date", "dc.date.created", "date", "article.published",
    "originalpublicationdate", "cxenseparse:recs:publishtime", "og:pubdate", "bt:pubdate",
    "article_date_original", "displaydate", "dat", "pdate", "timestamp",
)  # fmt: skip
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "dc.date.modified", "last-modified", "lastmod", "article.updated",
)  # fmt: skip
_DATE_NAME = re.compile(r"date|time|publish|posted|created", re.IGNORECASE)
_MODIFIED_NAME = re.compile(r"modif|updat|edit|expir|lastmod", re.IGNORECASE)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|\d{0,6}[/_.-]|$)"
)
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])/")
_ISO_DATE = re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_WRITTEN_DATE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_CJK_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_HOUR = 3600
#: zone abbreviations news pages print; dateutil knows none of them by itself
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": _HOUR, "CET": _HOUR, "CEST": 2 * _HOUR, "EET": 2 * _HOUR,
    "EEST": 3 * _HOUR, "IST": 5 * _HOUR + 1800, "JST": 9 * _HOUR, "KST": 9 * _HOUR,
    "AEST": 10 * _HOUR, "AEDT": 11 * _HOUR, "ET": -5 * _HOUR, "EST": -5 * _HOUR,
    "EDT": -4 * _HOUR, "CT": -6 * _HOUR, "CST": -6 * _HOUR, "CDT": -5 * _HOUR,
    "MT": -7 * _HOUR, "MST": -7 * _HOUR, "MDT": -6 * _HOUR, "PT": -8 * _HOUR,
    "PST": -8 * _HOUR, "PDT": -7 * _HOUR,
}  # fmt: skip
_EARLIEST = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)
_DEFAULT = dt.datetime(2000, 1, 1)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def parse_date(value: object, *, now: dt.datetime | None = None) -> dt.datetime | None:
    """A tz-aware datetime from a date string or Unix timestamp; None if it is not a date."""
    latest = (now or dt.datetime.now(dt.UTC)) + dt.timedelta(days=2)
    if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
        parsed = _from_timestamp(float(value))
    elif isinstance(value, str) and 6 <= len(value.strip()) <= 80:
        parsed = _from_text(value.strip())
    else:
        return None
    return parsed if parsed is not None and _EARLIEST <= parsed <= latest else None


def _from_timestamp(number: float) -> dt.datetime | None:
    if number > 1e11:  # milliseconds
        number /= 1000
    try:
        return dt.datetime.fromtimestamp(number, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _from_text(text: str) -> dt.datetime | None:
    """The whole string as a date; failing that, the first date written in it
    ("Dec. 27, 2014 at 12:06 PM, updated Dec. 27, 2014 at 12:20 PM")."""
    match = _CJK_DATE.search(text)
    if match:
        text = "-".join(match.groups())
    if not _YEAR.search(text):
        return None
    parsed = _dateutil(text)
    if parsed is None:
        first = _ISO_DATE.search(text) or _WRITTEN_DATE.search(text)
        parsed = _dateutil(first.group(0)) if first else None
    return parsed


def _dateutil(text: str) -> dt.datetime | None:
    try:
        return _aware(dateparser.parse(text, default=_DEFAULT, fuzzy=True, tzinfos=_ZONES))
    except (ValueError, OverflowError, TypeError):
        return None


def _first_date(candidates: Iterable[object]) -> dt.datetime | None:
    for candidate in candidates:
        parsed = parse_date(candidate)
        if parsed is not None:
            return parsed
    return None


def _parsely_dates(page: PageMeta) -> Iterator[object]:
    for value in page.meta.get("parsely-page", ()):
        try:
            yield json.loads(value).get("pub_date")
        except (ValueError, AttributeError):
            continue


def _element_dates(root: lxml.html.HtmlElement, itemprop: str) -> Iterator[object]:
    for element in root.xpath(f'//*[@itemprop="{itemprop}"]'):
        yield element.get("datetime") or element.get("content") or element.text_content()
    if itemprop == "datePublished":
        for element in root.xpath("//time[@pubdate]"):
            yield element.get("datetime") or element.text_content()
        for element in root.xpath("//body//time")[:3]:
            yield element.get("datetime") or element.text_content()


def _named_meta_dates(page: PageMeta) -> Iterator[object]:
    for name, values in page.meta.items():
        if _DATE_NAME.search(name) and not _MODIFIED_NAME.search(name):
            yield from values


def _named_element_dates(root: lxml.html.HtmlElement) -> Iterator[object]:
    for element in root.xpath("//body//*[@class or @id]"):
        label = f"{element.get('class', '')} {element.get('id', '')}"
        if _DATE_NAME.search(label) and not _MODIFIED_NAME.search(label):
            # <abbr class="published" title="2013-05-01T10:00">, <span class="date" content=...>
            yield from (element.get(name) for name in ("datetime", "content", "title"))
            text = element.text_content()
            if len(text) <= 80:
                yield text


def _url_date(url: str | None) -> dt.datetime | None:
    match = _URL_DATE.search(url or "")
    if match:
        try:
            year, month, day = (int(part) for part in match.groups())
            return dt.datetime(year, month, day, tzinfo=dt.UTC)
        except ValueError:
            return None
    return None


def _visible_date(root: lxml.html.HtmlElement) -> dt.datetime | None:
    body = root.find("body")
    text = body.text_content()[:20000] if body is not None else ""
    for pattern in (_ISO_DATE, _WRITTEN_DATE, _CJK_DATE):
        match = pattern.search(text)
        if match:
            parsed = parse_date(match.group(0))
            if parsed is not None:
                return parsed
    return None


def find_published(
    root: lxml.html.HtmlElement, page: PageMeta, *, url: str | None
) -> dt.datetime | None:
    """The publication date (see the module docstring for the order of evidence)."""
    for candidates in (
        json_ld_values(page.json_ld, "datePublished"),
        json_ld_values(page.json_ld, "dateCreated"),
        (page.first(name) for name in _PUBLISHED_META),
        _parsely_dates(page),
        _element_dates(root, "datePublished"),
    ):
        found = _first_date(candidates)
        if found is not None:
            return found
    return (
        _first_date(_named_meta_dates(page))
        or next((d for d in map(_url_date, (page.canonical_url, url)) if d is not None), None)
        or _first_date(_named_element_dates(root))
        or _visible_date(root)
    )


def find_modified(root: lxml.html.HtmlElement, page: PageMeta) -> dt.datetime | None:
    """The last modification date, when the page states one."""
    return (
        _first_date(json_ld_values(page.json_ld, "dateModified"))
        or _first_date(page.first(name) for name in _MODIFIED_META)
        or _first_date(_element_dates(root, "dateModified"))
    )
