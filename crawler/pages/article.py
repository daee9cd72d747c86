"""One HTML page -> one :class:`~crawler.models.Article`.

Steps:
1. bytes -> tree (charset sniffed, broken markup repaired, size capped): ``document``;
2. metadata the page claims about itself (title, canonical URL, outlet, authors, language):
   ``metadata``; dates: ``dates``;
3. body paragraphs with captions and pull-quotes apart: ``body``; when JSON-LD carries an
   ``articleBody`` and the markup's body holds little of it, that text is used instead.
"""

from __future__ import annotations

import re

from crawler.models import Article
from crawler.pages.body import extract_body
from crawler.pages.dates import find_modified, find_published
from crawler.pages.document import parse_document
from crawler.pages.metadata import PageMeta, json_ld_values, read_page_meta

__all__ = ["parse_html"]

#: a body shorter than this (characters) gets a second, less aggressive try, kept when it
#: finds at least twice as much
_RETRY_BELOW = 500
#: the markup's body is replaced by JSON-LD ``articleBody`` when it holds less than this share
#: of that text's words (the markup extraction went wrong, or the page renders by script)
_RESCUE_BELOW = 0.6
_WORDS = re.compile(r"\w+")


def _coverage(paragraphs: tuple[str, ...], reference: tuple[str, ...]) -> float:
    """Share of the reference's distinct words that the paragraphs hold."""
    wanted = set(_WORDS.findall(" ".join(reference).lower()))
    found = set(_WORDS.findall(" ".join(paragraphs).lower()))
    return len(wanted & found) / len(wanted) if wanted else 1.0


def _json_ld_body(page: PageMeta) -> tuple[str, ...]:
    for value in json_ld_values(page.json_ld, "articleBody"):
        if isinstance(value, str):
            lines = tuple(" ".join(line.split()) for line in value.splitlines())
            return tuple(line for line in lines if line)
    return ()


def parse_html(
    data: bytes | str,
    *,
    url: str | None = None,
    source: str = "",
    charset: str | None = None,
) -> Article:
    """Parse a page; ``url`` is where it was fetched from, ``charset`` the HTTP header's claim."""
    root = parse_document(data, declared=charset)  # step 1
    page = read_page_meta(root, url=url)  # step 2
    published = find_published(root, page, url=url)
    modified = find_modified(root, page)
    body = extract_body(root, title=page.title)  # step 3 (modifies the tree: metadata first)
    if sum(map(len, body.paragraphs)) < _RETRY_BELOW:
        retry = extract_body(
            parse_document(data, declared=charset), title=page.title, strip_unlikely=False
        )
        if sum(map(len, retry.paragraphs)) >= 2 * sum(map(len, body.paragraphs)):
            body = retry
    paragraphs = body.paragraphs
    rescue = _json_ld_body(page)
    if rescue and _coverage(paragraphs, rescue) < _RESCUE_BELOW:
        paragraphs = rescue
    return Article(
        text="\n\n".join(paragraphs),
        source=source,
        url=url or page.canonical_url,
        canonical_url=page.canonical_url,
        outlet=page.outlet,
        title=page.title,
        published=published,
        modified=modified,
        authors=page.authors,
        captions=body.captions,
        language=page.language,
    )
