"""Local sources -> Articles: plain-text files (HTML and WARC join here later).

A plain-text file carries no metadata, so the caller supplies what it knows (date, outlet, url,
title); what is not given stays unknown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from crawler.errors import InputError
from crawler.models import Article

__all__ = ["decode_text", "read_articles", "read_text_article"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})


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


def read_articles(
    paths: Iterable[Path],
    *,
    published: dt.datetime | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Iterator[Article]:
    """Every article in files and directories (searched recursively, in sorted order)."""
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if path.is_dir() and file.suffix.lower() not in TEXT_SUFFIXES:
                continue
            yield read_text_article(file, published=published, outlet=outlet, url=url, title=title)
