"""Local sources -> Articles: plain-text files, saved HTML pages, WARC archives, directories.

A plain-text file carries no metadata, so the caller supplies what it knows (date, outlet, url,
title); what is not given stays unknown. An HTML page or WARC record carries its own metadata;
what the caller supplies overrides it. The HTML and WARC readers (lxml, warcio) are imported
only when such a file is met, so text-only runs stay fast.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from crawler.errors import InputError
from crawler.models import Article

__all__ = ["decode_text", "read_articles", "read_text_article", "source_kind"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def decode_text(data: bytes, *, source: str) -> str:
    """Decode a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM; else an InputError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not UTF-8 text (undecodable byte at offset {error.start}); "
            "re-save it as UTF-8"
        ) from None


def read_text_article(
    path: Path,
    *,
    published: dt.datetime | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """One plain-text file as an Article whose text is the file's decoded text, unchanged."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    return Article(
        text=decode_text(data, source=str(path)),
        source=str(path),
        url=url,
        outlet=outlet,
        title=title,
        published=published,
    )


def source_kind(path: Path) -> str | None:
    """``"text"``, ``"html"`` or ``"warc"`` by file name; None for other files."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if path.suffix.lower() in HTML_SUFFIXES:
        return "html"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    return None


def _sniffed_kind(path: Path) -> str:
    """A file named without a known suffix: HTML when it starts like a page, else text."""
    try:
        with path.open("rb") as stream:
            head = stream.read(1024).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except OSError:
        return "text"
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"


def _html_article(path: Path, *, url: str | None) -> Article:
    from crawler.pages.article import read_html_article

    return read_html_article(path, url=url)


def _warc_articles(path: Path) -> Iterator[Article]:
    from crawler.pages.article import parse_html
    from crawler.web.archive import read_warc_responses

    for response in read_warc_responses(path):
        if response.is_html and response.body:
            yield parse_html(
                response.body, url=response.url, source=str(path), charset=response.charset
            )


def _with_overrides(article: Article, overrides: dict[str, object]) -> Article:
    given = {key: value for key, value in overrides.items() if value is not None}
    return dataclasses.replace(article, **given) if given else article  # type: ignore[arg-type]


def _files(path: Path) -> list[Path]:
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if not path.is_dir():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and source_kind(p) is not None)


def read_articles(
    paths: Iterable[Path],
    *,
    published: dt.datetime | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Iterator[Article]:
    """Every article in text files, HTML pages, WARC archives and directories of them
    (searched recursively, in sorted order). A named file of unknown type is read as text."""
    overrides: dict[str, object] = {"published": published, "outlet": outlet, "title": title}
    for path in paths:
        for file in _files(path):
            kind = source_kind(file)
            if kind in (None, "text") and not path.is_dir():
                kind = _sniffed_kind(file)
            if kind == "html":
                yield _with_overrides(_html_article(file, url=url), overrides)
            elif kind == "warc":
                for article in _warc_articles(file):
                    yield _with_overrides(article, overrides)
            else:
                yield read_text_article(
                    file, published=published, outlet=outlet, url=url, title=title
                )
