"""WARC archives: every HTTP response the crawler receives is written here, so re-parsing never
refetches (``statements parse crawl/warc/`` or ``statements index`` on the files).

Writing appends gzip members one record at a time and flushes each, so a killed crawl leaves a
valid archive of everything fetched so far. Reading yields the HTML responses of any WARC (ours
or a web crawl's, ``.warc`` or ``.warc.gz``).
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.errors import InputError

__all__ = ["MAX_BODY_BYTES", "ArchivedResponse", "WarcArchive", "read_warc_responses"]

#: the most of one response body that is read back (pages are parsed up to 8 MB anyway)
MAX_BODY_BYTES = 32 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class ArchivedResponse:
    """One archived HTTP response: where it came from, status, headers and body."""

    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    date: str = ""

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive), or None."""
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), None)

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-cased ("" when absent)."""
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The ``charset=`` parameter of Content-Type, if any."""
        for parameter in (self.header("content-type") or "").split(";")[1:]:
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip("\"'") or None
        return None

    @property
    def is_html(self) -> bool:
        """A successful response whose body is an HTML page."""
        return self.status == 200 and self.content_type in _HTML_TYPES


class WarcArchive:
    """An append-only ``.warc.gz`` in ``directory``, one file per crawl session."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        self.path = directory / f"crawl-{stamp}-{os.getpid()}.warc.gz"
        self._file: BinaryIO = self.path.open("ab")
        self._writer = WARCWriter(self._file, gzip=True)
        self.records = 0

    def write_response(
        self,
        url: str,
        *,
        status: int,
        reason: str,
        headers: tuple[tuple[str, str], ...],
        body: bytes,
        truncated: bool = False,
    ) -> None:
        """Append one response record (``truncated``: the body was cut at the size limit)."""
        http_headers = StatusAndHeaders(
            f"{status} {reason}".strip(), list(_plain(headers)), protocol="HTTP/1.1"
        )
        warc_headers = {"WARC-Truncated": "length"} if truncated else None
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        self._writer.write_record(record)
        self._file.flush()
        self.records += 1

    def close(self) -> None:
        """Close the file (removed when nothing was written)."""
        self._file.close()
        if not self.records:
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> WarcArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _plain(headers: tuple[tuple[str, str], ...]) -> Iterator[tuple[str, str]]:
    """Headers as stored: body already decoded, so no transfer or content encodings."""
    for key, value in headers:
        if key.lower() not in ("transfer-encoding", "content-encoding", "content-length"):
            yield key, value


def read_warc_responses(path: Path) -> Iterator[ArchivedResponse]:
    """Every HTTP response record in a WARC file, in file order. A file that is not a WARC
    archive, or is damaged, raises an InputError once the records before the damage are out."""
    try:
        with path.open("rb") as stream:
            yield from _responses(path, stream)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; make it readable (chmod +r)") from None
    except Exception as error:  # warcio and gzip raise many kinds on damaged input
        raise InputError(
            f"{path}: not a readable WARC archive ({_what_is_wrong(error)}); "
            "check that the file is complete"
        ) from None


def _responses(path: Path, stream: BinaryIO) -> Iterator[ArchivedResponse]:
    """The responses, each checked to be whole: warcio quietly stops at a record cut short."""
    records = ArchiveIterator(stream)
    end = 0
    for record in records:
        if record.format == "arc" and ".arc" not in path.name.lower():
            raise ArchiveLoadFailed("no WARC header")
        if record.format == "warc" and record.length is None:  # its headers are cut off
            raise EOFError("a record ends early")
        response = _response(record) if record.rec_type == "response" else None
        records.read_to_end()
        if getattr(record.raw_stream, "limit", 0) > 0:  # bytes its Content-Length promised
            raise EOFError("a record ends early")
        end = records.get_record_offset() + records.get_record_length()
        if response is not None:
            yield response
    stream.seek(end)
    if stream.read(1024).strip():  # what follows the last whole record is not one
        raise EOFError("a record ends early")


def _response(record: Any) -> ArchivedResponse | None:
    if record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    return ArchivedResponse(
        url=record.rec_headers.get_header("WARC-Target-URI") or "",
        status=int(status) if status and status.isdigit() else 0,
        headers=tuple(record.http_headers.headers),
        body=record.content_stream().read(MAX_BODY_BYTES),  # a gzip bomb stops here
        date=record.rec_headers.get_header("WARC-Date") or "",
    )


def _what_is_wrong(error: Exception) -> str:
    """A short reason without the raw bytes some warcio messages quote."""
    if isinstance(error, ArchiveLoadFailed):
        return "no WARC header where a record should start"
    if isinstance(error, (EOFError, ValueError, AttributeError)):
        return "cut short or damaged: a record ends early"
    if isinstance(error, OSError):
        return f"damaged: {error.strerror or type(error).__name__}"
    return f"damaged: {type(error).__name__}"
