"""Unique statements as stored: a :class:`StatementRecord` holds every report of one statement.

A record becomes one Whoosh document (:func:`record_to_document`) and comes back from stored
fields (:func:`record_from_stored`). The earliest report is the representative: its words,
date and title are what is indexed and shown first. The reports are stored as rows of plain
values (:data:`REPORT_FIELDS`), pickled and compressed with the document's other stored fields
(:mod:`indexer.stored`).
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crawler.errors import IndexStoreError
from crawler.models import Statement
from indexer import schema

__all__ = [
    "REPORTS_LAYOUT",
    "REPORT_FIELDS",
    "Occurrence",
    "StatementRecord",
    "damaged_statement",
    "record_from_stored",
    "record_to_document",
    "stored_reports",
    "stored_statements",
]


#: what a stored report holds, in order: the article's key, then the statement's fields (a
#: test keeps them equal to Statement's: a change there needs a new layout and a reader of this)
REPORT_FIELDS = (
    "article",
    "text",
    "speakers",
    "kind",
    "start",
    "end",
    "mention",
    "cue",
    "venue",
    "date",
    "context",
    "speaker_ids",
    "url",
    "outlet",
    "title",
    "source",
    "id",
)
#: marks reports stored as rows of REPORT_FIELDS (unpickled in half the time of named values)
REPORTS_LAYOUT = 2
_statement_values = operator.attrgetter(*REPORT_FIELDS[1:])


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
        if len(items) < 2:  # most statements
            return items
        return sorted(
            items, key=lambda o: (o.statement.date is None, o.statement.date or dt.date.min)
        )

    def representative(self) -> Statement:
        """The earliest report."""
        return self.ordered()[0].statement


def _statement_from_json(values: Mapping[str, Any]) -> Statement:
    """A statement as indexes written before 2026-11-26 stored it: a dict of plain values,
    dates as ISO text, empty values left out."""
    date = values.get("date")
    return Statement(
        text=values.get("text", ""),
        speakers=tuple(values.get("speakers", ())),
        kind=values.get("kind", "direct"),
        start=values.get("start", 0),
        end=values.get("end", 0),
        mention=values.get("mention"),
        cue=values.get("cue"),
        venue=values.get("venue"),
        date=dt.date.fromisoformat(date) if date else None,
        context=values.get("context", ""),
        speaker_ids=tuple(values.get("speaker_ids", ())),
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
        schema.SOURCES: (
            REPORTS_LAYOUT,
            [(o.article, *_statement_values(o.statement)) for o in ordered],
        ),
    }
    if first.date is not None:
        document[schema.DATE] = dt.datetime(first.date.year, first.date.month, first.date.day)
    return document


def record_from_stored(stored: Mapping[str, Any], *, docnum: int | None = None) -> StatementRecord:
    """The record a committed document holds (``docnum``: that document, to replace it)."""
    return StatementRecord(
        key=stored[schema.DEDUP],
        speaker_ids=tuple(stored.get(schema.SPEAKER_IDS, "").split()),
        occurrences=_by_id(stored_reports(stored[schema.SOURCES])),
        docnum=docnum,
    )


def _by_id(reports: list[Occurrence]) -> dict[str, Occurrence]:
    """Reports by statement id: the last one kept for an id, where its first stood."""
    return {occurrence.statement.id: occurrence for occurrence in reports}


def stored_statements(stored: object) -> list[Statement]:
    """The statements of a document's stored ``sources`` field, one per statement id, earliest
    first (as :meth:`StatementRecord.ordered` orders them): what a search shows."""
    reports = stored_reports(stored)
    if len(reports) == 1:  # most statements: no record to build
        return [reports[0].statement]
    record = StatementRecord(key="", speaker_ids=(), occurrences=_by_id(reports))
    return [occurrence.statement for occurrence in record.ordered()]


def stored_reports(stored: object) -> list[Occurrence]:
    """The reports a document's stored ``sources`` field holds, in stored order (earliest
    first): ``(REPORTS_LAYOUT, rows)``, each row the article's key and the statement's values
    in :data:`REPORT_FIELDS` order; older indexes hold a list of dicts, or that list as JSON
    text."""
    try:
        if type(stored) is tuple and stored[0] == REPORTS_LAYOUT:
            return [Occurrence(article=row[0], statement=Statement(*row[1:])) for row in stored[1]]
        reports = stored if isinstance(stored, list) else json.loads(stored)  # type: ignore[arg-type]
        return [Occurrence(article=r["a"], statement=_statement_from_json(r["s"])) for r in reports]
    except (TypeError, ValueError, KeyError, IndexError) as error:
        raise damaged_statement(error) from None


def damaged_statement(error: Exception) -> IndexStoreError:
    """The error for stored statement values that cannot be read back."""
    return IndexStoreError(
        f"a stored statement is damaged ({error}); rebuild the index from its sources"
    )
