"""Statements extracted elsewhere: JSON Lines of our own shape, and Quotebank dumps.

Both are read as a stream (one line at a time; plain, bzip2 or gzip, told by the file's first
bytes), so memory stays constant however large the file. Lines are UTF-8 (a byte-order mark is
allowed); a line that is not, a damaged archive, or a file with no records at all is an
InputError naming the file (and line).

JSON Lines, one object per line: required ``text`` and ``speakers`` (a list of names);
optional ``date`` (ISO 8601), ``outlet``, ``url``, ``title``, ``kind`` (direct|partial),
``party``, ``context``, ``id``.

Quotebank (quotation-centric): ``quoteID``, ``quotation``, ``speaker`` ("None" when unknown:
such quotes are skipped), ``qids`` (Wikidata ids of the speaker), ``date``, ``urls`` (one
report per URL; the outlet is the URL's host), ``numOccurrences`` and ``probas`` (ignored).
"""

from __future__ import annotations

import bz2
import contextlib
import datetime as dt
import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, cast
from urllib.parse import urlsplit

from crawler.errors import InputError
from crawler.models import Statement, StatementKind, statement_id
from indexer.store import StatementIndex

__all__ = ["DUMP_FORMATS", "ImportedStatement", "import_statements", "read_statement_dump"]

DUMP_FORMATS = ("jsonl", "quotebank")
KINDS = ("direct", "partial")


@dataclass(frozen=True, slots=True)
class ImportedStatement:
    """One statement from a dump, with what the dump says about its speakers."""

    statement: Statement
    party: str | None = None
    wikidata_id: str | None = None


def read_statement_dump(path: Path, *, dump_format: str) -> Iterator[ImportedStatement | None]:
    """Every statement in the file, in order; None for a line skipped on purpose.

    Raises InputError naming the file and line of the first malformed record.
    """
    read_record = _jsonl_statement if dump_format == "jsonl" else _quotebank_statements
    records = 0
    for number, line in _numbered_lines(path):
        if not line.strip():
            continue
        records += 1
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where}: not JSON ({error.msg}); fix or remove the line") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
        yield from read_record(record, where)
    if not records:
        raise InputError(
            f"{path}: the dump is empty (no records in it); give a file with one JSON object "
            "per line"
        )


def import_statements(index: StatementIndex, items: Iterator[ImportedStatement]) -> int:
    """Register each item's speakers (party, Wikidata id) and add it; returns how many were new."""
    added = 0
    for item in items:
        index.lock()
        for name in item.statement.speakers:
            speaker = index.registry.register(name, party=item.party)
            if speaker is not None and item.wikidata_id:
                ids = dict(speaker.external_ids)
                if ids.get("wikidata") != item.wikidata_id:
                    index.registry.merge(
                        replace(speaker, external_ids=(("wikidata", item.wikidata_id),))
                    )
        added += index.add_statements([item.statement])
    return added


#: leading bytes of the compressed dumps read, and what they are called in messages
_COMPRESSIONS = ((b"BZh", "bzip2"), (b"\x1f\x8b", "gzip"))


def _numbered_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Each line of the dump, numbered from 1, decoded from UTF-8 (a byte-order mark before the
    first is dropped); an InputError names the file, and the line when one is not UTF-8."""
    with _open_binary(path) as (stream, compression):
        number = 0
        try:
            for number, raw in enumerate(stream, start=1):
                yield number, _decoded(raw, f"{path}:{number}", first=number == 1)
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(_damage_message(path, compression, number, error)) from None


def _damage_message(path: Path, compression: str | None, lines: int, error: Exception) -> str:
    what = f"damaged {compression} data" if compression else "cannot be read"
    where = f" after line {lines}" if lines else ""
    kept = "; the lines before it were read" if lines else ""
    return f"{path}: {what}{where} ({error}){kept}; get a complete copy of the file"


def _decoded(raw: bytes, where: str, *, first: bool) -> str:
    try:
        return raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{where}: not UTF-8 (undecodable byte at column {error.start + 1}); "
            "re-save the file as UTF-8"
        ) from None


@contextlib.contextmanager
def _open_binary(path: Path) -> Iterator[tuple[IO[bytes], str | None]]:
    """The dump's bytes, unpacked when its first bytes say bzip2 or gzip (whatever its name),
    and the name of the compression (None for a plain file)."""
    try:
        raw = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; give the dump file itself") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; make it readable (chmod +r)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    with raw:
        try:
            head = raw.peek(3)[:3]
        except OSError as error:
            raise InputError(f"{path}: cannot be read ({error.strerror})") from None
        compression = next((name for magic, name in _COMPRESSIONS if head.startswith(magic)), None)
        if compression == "bzip2":
            with bz2.BZ2File(raw) as unpacked:
                yield cast(IO[bytes], unpacked), compression
        elif compression == "gzip":
            with gzip.GzipFile(fileobj=raw) as unpacked:
                yield cast(IO[bytes], unpacked), compression
        else:
            yield raw, None


# -- JSON Lines ---------------------------------------------------------------------------


def _jsonl_statement(record: dict[str, Any], where: str) -> Iterator[ImportedStatement]:
    text = record.get("text")
    speakers = record.get("speakers")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: 'text' is missing or empty; every line needs the words said")
    if not isinstance(speakers, list) or not all(isinstance(s, str) for s in speakers):
        raise InputError(f"{where}: 'speakers' must be a list of names, e.g. [\"Pete Hegseth\"]")
    kind = record.get("kind") or "direct"
    if kind not in KINDS:
        raise InputError(f'{where}: \'kind\' is {kind!r}; use "direct" or "partial"')
    statement = Statement(
        text=text.strip(),
        speakers=tuple(s.strip() for s in speakers if s.strip()),
        kind=cast(StatementKind, kind),
        date=_date(record.get("date"), where),
        outlet=_text(record, "outlet", where),
        url=_text(record, "url", where),
        title=_text(record, "title", where),
        context=_text(record, "context", where) or "",
        id=_text(record, "id", where) or "",
    )
    yield ImportedStatement(statement, party=_text(record, "party", where))


def _text(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: '{key}' must be a string, got {json.dumps(value)}")
    return value.strip()


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(f"{where}: 'date' {json.dumps(value)} is not an ISO 8601 date") from None


# -- Quotebank ----------------------------------------------------------------------------


def _quotebank_statements(record: dict[str, Any], where: str) -> Iterator[ImportedStatement | None]:
    text = record.get("quotation")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: 'quotation' is missing or empty; is this a Quotebank dump?")
    speaker = record.get("speaker")
    if not isinstance(speaker, str) or speaker.strip() in ("", "None"):
        yield None  # Quotebank could not attribute it: nobody's words, as far as we know
        return
    qids = _strings(record, "qids", where, example='["Q22686"]')
    date = _date(record.get("date"), where)
    quote_id = str(record.get("quoteID") or "")
    urls = _strings(record, "urls", where, example='["https://news.example/story"]') or [""]
    for url in urls:
        statement = Statement(
            text=text.strip(),
            speakers=(speaker.strip(),),
            date=date,
            url=url or None,
            outlet=_host(url),
            id=statement_id(url or quote_id, 0, 0, quote_id or text),
        )
        yield ImportedStatement(statement, wikidata_id=qids[0] if len(qids) == 1 else None)


def _strings(record: dict[str, Any], key: str, where: str, *, example: str) -> list[str]:
    """A list of strings (missing or null: empty). Quotebank always writes lists here, so
    anything else is a damaged or hand-made record, and guessing would attach wrong ids."""
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InputError(
            f"{where}: '{key}' must be a list of strings, e.g. {example}, got "
            f"{json.dumps(value)[:60]}"
        )
    return [item for item in value if item.strip()]


def _host(url: str) -> str | None:
    """The outlet a URL stands for: its host name without "www."."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
