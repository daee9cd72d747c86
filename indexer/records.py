"""Unique statements as stored: a :class:`StatementRecord` holds every report of one statement.

A record becomes one Whoosh document (:func:`record_to_document`) and comes back from stored
fields (:func:`record_from_stored`). The earliest report is the representative: its words,
date and title are what is indexed and shown first. The reports are stored as a list of plain
values, pickled and compressed with the document's other stored fields (:mod:`indexer.stored`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crawler.errors import IndexStoreError
from crawler.models import Statement
from indexer import schema

__all__ = [
    "Occurrence",
    "StatementRecord",
    "damaged_statement",
    "record_from_stored",
    "record_to_document",
    "statement_from_json",
    "statement_to_json",
    "stored_reports",
]


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One report of a statement: the article it came from (hashed key) and what it said."""

    article: str
    statement: Statement


@dataclass(slots=True)
class StatementRecord:
    """Every report of one statement (same speakers, same normalised words), by statement id."""

    key: str
    speaker_ids: tuple[str, ...]
    occurrences: dict[str, Occurrence] = field(default_factory=dict)
    docnum: int | None = None  # the committed document that holds it (in the writer's view)

    def ordered(self) -> list[Occurrence]:
        """Reports by date, earliest first; undated ones last, in the order they were added."""
        items = list(self.occurrences.values())
        return sorted(
            items, key=lambda o: (o.statement.date is None, o.statement.date or dt.date.min)
        )

    def representative(self) -> Statement:
        """The earliest report."""
        return self.ordered()[0].statement


def statement_to_json(statement: Statement) -> dict[str, Any]:
    """A statement as JSON-ready plain values (dates as ISO strings; empty values left out)."""
    values: dict[str, Any] = {}
    for name in Statement.__slots__:
        value = getattr(statement, name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        if value not in (None, "", [], 0):
            values[name] = value
    return values


def statement_from_json(
    values: Mapping[str, Any],
    *,
    speakers: tuple[str, ...] | None = None,
    speaker_ids: tuple[str, ...] | None = None,
) -> Statement:
    """The statement :func:`statement_to_json` wrote (``speakers``, ``speaker_ids``: these
    instead of the written ones)."""
    date = values.get("date")
    return Statement(
        text=values.get("text", ""),
        speakers=tuple(values.get("speakers", ())) if speakers is None else speakers,
        kind=values.get("kind", "direct"),
        start=values.get("start", 0),
        end=values.get("end", 0),
        mention=values.get("mention"),
        cue=values.get("cue"),
        venue=values.get("venue"),
        date=dt.date.fromisoformat(date) if date else None,
        context=values.get("context", ""),
        speaker_ids=tuple(values.get("speaker_ids", ())) if speaker_ids is None else speaker_ids,
        url=values.get("url"),
        outlet=values.get("outlet"),
        title=values.get("title"),
        source=values.get("source", ""),
        id=values.get("id", ""),
    )


def record_to_document(record: StatementRecord) -> dict[str, Any]:
    """The Whoosh document of a record (field names from :mod:`indexer.schema`)."""
    ordered = record.ordered()
    first = ordered[0].statement
    outlets = sorted({o.statement.outlet.replace(",", " ") for o in ordered if o.statement.outlet})
    document: dict[str, Any] = {
        schema.DEDUP: record.key,
        schema.TEXT: first.text,
        schema.SPEAKER_IDS: " ".join(record.speaker_ids),
        schema.OUTLET: ",".join(outlets),
        schema.KIND: "direct" if any(o.statement.kind == "direct" for o in ordered) else "partial",
        schema.SOURCES: [{"a": o.article, "s": statement_to_json(o.statement)} for o in ordered],
    }
    if first.date is not None:
        document[schema.DATE] = dt.datetime(first.date.year, first.date.month, first.date.day)
    return document


def record_from_stored(stored: Mapping[str, Any], *, docnum: int | None = None) -> StatementRecord:
    """The record a committed document holds (``docnum``: that document, to replace it)."""
    record = StatementRecord(
        key=stored[schema.DEDUP],
        speaker_ids=tuple(stored.get(schema.SPEAKER_IDS, "").split()),
        docnum=docnum,
    )
    for item in stored_reports(stored[schema.SOURCES]):
        statement = statement_from_json(item["s"])
        record.occurrences[statement.id] = Occurrence(article=item["a"], statement=statement)
    return record


def stored_reports(stored: object) -> list[dict[str, Any]]:
    """The reports a document's stored ``sources`` field holds: a list of plain values (as
    JSON text in indexes written before 2026-11)."""
    if isinstance(stored, list):
        return stored
    try:
        reports: list[dict[str, Any]] = json.loads(stored)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise damaged_statement(error) from None
    return reports


def damaged_statement(error: Exception) -> IndexStoreError:
    """The error for stored statement values that cannot be read back."""
    return IndexStoreError(
        f"a stored statement is damaged ({error}); rebuild the index from its sources"
    )
