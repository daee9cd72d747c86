"""Local sources -> Articles: plain-text files, saved HTML pages, WARC archives, directories.

A plain-text file carries no metadata, so the caller supplies what it knows (date, outlet, url,
title); what is not given stays unknown. An HTML page or WARC record carries its own metadata;
what the caller supplies overrides it. The HTML and WARC readers (lxml, warcio) are imported
only when such a file is met, so text-only runs stay fast.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from crawler.errors import InputError
from crawler.models import Article

__all__ = [
    "HTML_READ_BYTES",
    "MAX_TEXT_BYTES",
    "SkipHandler",
    "decode_text",
    "read_articles",
    "read_text_article",
    "source_kind",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: the largest text file read (a text file is one article; 64 MB is a long book)
MAX_TEXT_BYTES = 64 * 1024 * 1024
#: how much of an HTML file is read (more than the parser takes of a page)
HTML_READ_BYTES = 16 * 1024 * 1024
#: how much of a file is looked at to tell a binary file from text or HTML
_SNIFF_BYTES = 4096
#: leading bytes of files people point at by mistake: what the file is, and what to do instead
_BINARY_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\x1f\x8b", "a gzip archive", "unpack it first (gunzip)"),
    *(
        (b"BZh%d1AY&SY" % level, "a bzip2 archive", "unpack it first (bunzip2)")
        for level in range(1, 10)
    ),
    (b"\xfd7zXZ\x00", "an xz archive", "unpack it first (unxz)"),
    (b"PK\x03\x04", "a zip archive", "unzip it and index the folder"),
    (b"%PDF-", "a PDF document", "convert it to text first (e.g. pdftotext)"),
    (b"\x89PNG", "a PNG image", "give text, HTML or WARC files"),
    (b"\xff\xd8\xff", "a JPEG image", "give text, HTML or WARC files"),
    (b"GIF8", "a GIF image", "give text, HTML or WARC files"),
    (b"\x7fELF", "a program", "give text, HTML or WARC files"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: bytes that text and HTML hardly ever hold (tab, newlines, form feed and escape left out)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")

#: told about each file of a folder that is skipped because it cannot be read
SkipHandler = Callable[[InputError], None]


def decode_text(data: bytes, *, source: str) -> str:
    """Decode a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM; else an InputError."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not UTF-8 text (undecodable byte at offset {error.start}); "
            "re-save it as UTF-8"
        ) from None
    if "\x00" in text:
        raise InputError(
            f"{source}: holds NUL bytes, so it is binary or UTF-16 without a byte-order mark, "
            "not text; re-save it as UTF-8 text"
        )
    return text


def _binary_kind(head: bytes) -> tuple[str, str] | None:
    """What a file that starts with ``head`` is, and what to do, when it is not text or HTML:
    a known binary format, or more than 5% control bytes (a stray NUL in a page is tolerated)."""
    for signature, what, step in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return what, step
    if head.startswith(_UTF16_BOMS) or _looks_like_utf16(head):
        return None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls * 20 > len(head):
        return "a binary file", "give text, HTML or WARC files"
    return None


def _looks_like_utf16(head: bytes) -> bool:
    """UTF-16 without a byte-order mark: the even (or the odd) bytes are mostly NUL, the
    others mostly not."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = max(len(head) // 2, 1)
    return max(even, odd) > 0.6 * half and min(even, odd) < 0.1 * half


def _check_regular(path: Path, kind: str) -> int:
    """The size of ``path``; an InputError unless it is a regular file with something in it."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    if stat.S_ISDIR(status.st_mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(status.st_mode):
        raise InputError(
            f"{path}: not a regular file (a device, pipe or socket); give a text, HTML or WARC file"
        )
    if status.st_size == 0:
        raise InputError(f"{path}: the file is empty; give a {kind} file with an article in it")
    return status.st_size


def _read_source(path: Path, kind: str) -> bytes:
    """The bytes of a text or HTML file; an InputError when it is no such file, not a regular
    file, empty, or binary (an archive, an image, a program)."""
    size = _check_regular(path, kind)
    if kind == "text" and size > MAX_TEXT_BYTES:
        raise InputError(
            f"{path}: {size / 2**20:,.0f} MB, more than the {MAX_TEXT_BYTES // 2**20} MB a text "
            "file may hold; split it into one file per article"
        )
    try:
        if kind == "text":
            data = path.read_bytes()
        else:  # a page is parsed up to 8 MB: the rest of a huge one need not be read
            with path.open("rb") as stream:
                data = stream.read(HTML_READ_BYTES)
    except PermissionError:
        raise InputError(f"{path}: permission denied; make it readable (chmod +r)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    if not data.strip():
        raise InputError(
            f"{path}: holds only white space; give a {kind} file with an article in it"
        )
    binary = _binary_kind(data[:_SNIFF_BYTES])
    if binary is not None:
        what, step = binary
        raise InputError(f"{path}: {what}, not text or HTML; {step}")
    return data


def read_text_article(
    path: Path,
    *,
    published: dt.datetime | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """One plain-text file as an Article whose text is the file's decoded text, unchanged."""
    data = _read_source(path, "text")
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
    """A file named without a known suffix: HTML when it starts like a page, WARC when it
    starts with a WARC record (plain or gzipped), else text."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(1024)
    except OSError:
        return "text"
    if raw.startswith(b"\x1f\x8b"):
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            raw = inflater.decompress(raw, 16)
        except zlib.error:
            return "text"
    if raw.startswith(b"WARC/"):
        return "warc"
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"


def _html_article(path: Path, *, url: str | None) -> Article:
    from crawler.pages.article import parse_html

    return parse_html(_read_source(path, "HTML"), url=url, source=str(path))


def _warc_articles(path: Path) -> Iterator[Article]:
    from crawler.pages.article import parse_html
    from crawler.web.archive import read_warc_responses

    for response in read_warc_responses(path):
        if response.is_html and response.body:
            yield parse_html(
                response.body, url=response.url, source=str(path), charset=response.charset
            )


def _files(path: Path) -> list[Path]:
    """The file itself, or the readable kinds of file in a folder (empty ones left out)."""
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if not path.is_dir():
        return [path]
    try:
        files = sorted(p for p in path.rglob("*") if p.is_file() and source_kind(p) is not None)
    except OSError as error:
        raise InputError(f"{path}: the folder cannot be read ({error.strerror})") from None
    found = [file for file in files if _not_empty(file)]
    if not found:
        raise InputError(
            f"{path}: no text, HTML or WARC files in this folder; give files named *.txt, "
            "*.html or *.warc(.gz)"
        )
    return found


def _not_empty(file: Path) -> bool:
    try:
        return file.stat().st_size > 0
    except OSError:
        return True  # reading it will say what is wrong


@dataclasses.dataclass(frozen=True, slots=True)
class _Given:
    """What the caller says about the articles (overrides what a page says)."""

    published: dt.datetime | None
    outlet: str | None
    url: str | None
    title: str | None

    def apply(self, article: Article) -> Article:
        overrides = {"published": self.published, "outlet": self.outlet, "title": self.title}
        given = {key: value for key, value in overrides.items() if value is not None}
        return dataclasses.replace(article, **given) if given else article  # type: ignore[arg-type]


def _file_articles(path: Path, file: Path, given: _Given) -> Iterator[Article]:
    """The articles of one file; ``path`` is what the user named (the file or its folder)."""
    kind = source_kind(file)
    if not path.is_dir():
        _check_regular(file, "text, HTML or WARC")  # before sniffing: a pipe would block
        if kind in (None, "text"):
            kind = _sniffed_kind(file)
    if kind == "html":
        yield given.apply(_html_article(file, url=given.url))
    elif kind == "warc":
        _check_regular(file, "WARC")
        for article in _warc_articles(file):
            yield given.apply(article)
    else:
        yield read_text_article(
            file, published=given.published, outlet=given.outlet, url=given.url, title=given.title
        )


def read_articles(
    paths: Iterable[Path],
    *,
    published: dt.datetime | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    on_skip: SkipHandler | None = None,
) -> Iterator[Article]:
    """Every article in text files, HTML pages, WARC archives and directories of them
    (searched recursively, in sorted order). A named file of unknown type is read as text.

    A file that cannot be read raises an :class:`InputError`; inside a folder, when
    ``on_skip`` is given, it is handed the error instead and the rest of the folder is read.
    Empty files inside a folder are left out; an empty file named on its own is an error."""
    given = _Given(published=published, outlet=outlet, url=url, title=title)
    for path in paths:
        files = _files(path)
        if url is not None and len(files) > 1:  # one URL for all: each would replace the last
            raise InputError(
                f"{path}: one URL (--url) cannot name the {len(files)} articles of a folder; "
                "give --url with a single file"
            )
        for file in files:
            try:
                yield from _file_articles(path, file, given)
            except InputError as error:
                if on_skip is None or not path.is_dir():
                    raise
                on_skip(error)
