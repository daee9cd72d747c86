"""What an index holds: statements, speakers, outlets, date span, size; statements per speaker."""

from __future__ import annotations

import datetime as dt
import weakref
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.models import Speaker
from indexer import schema

if TYPE_CHECKING:
    from indexer.store import StatementIndex

__all__ = ["IndexStats", "SpeakerSummary", "index_stats", "speaker_summaries"]


@dataclass(frozen=True, slots=True)
class IndexStats:
    """Counts over the committed index (statements are unique: one per speakers + words)."""

    path: str
    statements: int
    speakers: int
    registered_speakers: int
    outlets: tuple[str, ...]
    first_date: dt.date | None
    last_date: dt.date | None
    size_bytes: int


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """A registered speaker and how many indexed statements are theirs."""

    speaker: Speaker
    statements: int


def index_stats(index: StatementIndex) -> IndexStats:
    """Statistics of the last commit of ``index``."""
    searcher = index.searcher()
    reader = searcher.reader()
    first, last = _date_span(index)
    names = index.outlet_names()
    outlets = {names.get(term, term) for term in _live_terms(reader, schema.OUTLET)}
    return IndexStats(
        path=str(index.path),
        statements=searcher.doc_count(),
        speakers=len(_live_terms(reader, schema.SPEAKER_IDS)),
        registered_speakers=len(index.registry),
        outlets=tuple(sorted(outlets, key=str.casefold)),
        first_date=first,
        last_date=last,
        size_bytes=_directory_size(index.path),
    )


def speaker_summaries(
    index: StatementIndex, speakers: Iterable[Speaker] | None = None
) -> tuple[SpeakerSummary, ...]:
    """Registered speakers (or just ``speakers``) with their statement counts, most quoted
    first."""
    reader = index.searcher().reader()
    chosen = index.registry if speakers is None else speakers
    summaries = [
        SpeakerSummary(speaker, _count(reader, schema.SPEAKER_IDS, speaker.id))
        for speaker in chosen
    ]
    return tuple(sorted(summaries, key=lambda s: (-s.statements, s.speaker.name.casefold())))


def _count(reader: Any, field: str, term: str | bytes) -> int:
    """Documents holding ``term`` that are not deleted: each segment's document frequency
    (from its term dictionary, which still counts deleted documents until segments merge)
    less the deleted documents whose stored value holds the term."""
    fieldobj = reader.schema[field]
    key = fieldobj.to_bytes(term) if isinstance(term, str) else term
    total = 0
    for leaf, _ in reader.leaf_readers():
        total += leaf.doc_frequency(field, key)
        if leaf.has_deletions():
            total -= _deleted_terms(leaf, field)[key]
    return int(total)


_DELETED_TERMS: weakref.WeakKeyDictionary[Any, dict[str, Counter[bytes]]] = (
    weakref.WeakKeyDictionary()
)


def _deleted_terms(leaf: Any, field: str) -> Counter[bytes]:
    """How many of the segment's deleted documents hold each term of ``field`` (read from their
    stored values through the field's own indexing; a segment has few deleted documents)."""
    by_field = _DELETED_TERMS.setdefault(leaf, {})
    if field not in by_field:
        fieldobj = leaf.schema[field]
        counts: Counter[bytes] = Counter()
        for docnum in leaf.segment().deleted_docs():
            value = leaf.stored_fields(docnum).get(field)
            if value is not None:
                counts.update({term for term, *_ in fieldobj.index(value)})
        by_field[field] = counts
    return by_field[field]


def _date_span(index: StatementIndex) -> tuple[dt.date | None, dt.date | None]:
    reader = index.searcher().reader()
    field = reader.schema[schema.DATE]
    days = [t for t in field.sortable_terms(reader, schema.DATE)]
    first = next((t for t in days if _count(reader, schema.DATE, t)), None)
    last = next((t for t in reversed(days) if _count(reader, schema.DATE, t)), None)
    if first is None or last is None:
        return None, None
    return field.from_bytes(first).date(), field.from_bytes(last).date()


def _live_terms(reader: Any, field: str) -> list[str]:
    terms = [term.decode("utf-8") for term in reader.lexicon(field)]
    return [term for term in terms if _count(reader, field, term)]


def _directory_size(path: Path) -> int:
    return sum(file.stat().st_size for file in path.iterdir() if file.is_file())
