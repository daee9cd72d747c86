"""What an index holds: statements, speakers, outlets, date span, size; statements per speaker."""

from __future__ import annotations

import datetime as dt
import weakref
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from crawler.models import Speaker
from indexer import schema
from indexer.stored import stored_fields_reader

if TYPE_CHECKING:
    from indexer.store import StatementIndex

__all__ = [
    "IndexStats",
    "SegmentTermCounts",
    "SpeakerSummary",
    "TermCounts",
    "index_stats",
    "speaker_summaries",
]


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


class TermCounts(Protocol):
    """How many live (not deleted) documents hold each term of a field, and the span of their
    dates: from the segments' term dictionaries (:class:`SegmentTermCounts`) or from arrays
    kept beside them (the search side's retrieval core)."""

    def live(self, field: str) -> dict[bytes, int]: ...

    def date_span(self) -> tuple[dt.date | None, dt.date | None]: ...


class SegmentTermCounts:
    """:class:`TermCounts` from each segment's term dictionary (seconds at a million)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader

    def live(self, field: str) -> dict[bytes, int]:
        return _live_counts(self._reader, field)

    def date_span(self) -> tuple[dt.date | None, dt.date | None]:
        return _date_span(self._reader)


def index_stats(index: StatementIndex, counts: TermCounts | None = None) -> IndexStats:
    """Statistics of the last commit of ``index`` (terms counted by ``counts``, by default
    from the segments' term dictionaries)."""
    searcher = index.searcher()
    counts = counts or SegmentTermCounts(searcher.reader())
    first, last = counts.date_span()
    names = index.outlet_names()
    written = (term.decode("utf-8") for term in counts.live(schema.OUTLET))
    outlets = {names.get(term, term) for term in written}
    return IndexStats(
        path=str(index.path),
        statements=searcher.doc_count(),
        speakers=len(counts.live(schema.SPEAKER_IDS)),
        registered_speakers=len(index.registry),
        outlets=tuple(sorted(outlets, key=str.casefold)),
        first_date=first,
        last_date=last,
        size_bytes=_directory_size(index.path),
    )


def speaker_summaries(
    index: StatementIndex,
    speakers: Iterable[Speaker] | None = None,
    counts: TermCounts | None = None,
) -> tuple[SpeakerSummary, ...]:
    """Registered speakers (or just ``speakers``) with their statement counts, most quoted
    first (every speaker's counted by ``counts``, by default from the segments' terms)."""
    reader = index.searcher().reader()
    chosen = index.registry if speakers is None else speakers
    if counts is None and speakers is not None:  # a few, from the segments: terms looked up
        summaries = [
            SpeakerSummary(speaker, _count(reader, schema.SPEAKER_IDS, speaker.id))
            for speaker in chosen
        ]
    else:
        live = (counts or SegmentTermCounts(reader)).live(schema.SPEAKER_IDS)
        summaries = [
            SpeakerSummary(speaker, live.get(speaker.id.encode("utf-8"), 0)) for speaker in chosen
        ]
    return tuple(sorted(summaries, key=lambda s: (-s.statements, s.speaker.name.casefold())))


def _live_counts(reader: Any, field: str, prefix: bytes = b"") -> dict[bytes, int]:
    """Terms of ``field`` (starting with ``prefix``) held by documents that are not deleted,
    with how many hold each: one pass over each segment's terms, its document frequencies less
    its deleted documents holding the term (see :func:`_count`)."""
    counts: Counter[bytes] = Counter()
    for leaf, _ in reader.leaf_readers():
        for term, info in leaf.iter_prefix(field, prefix):
            counts[term] += info.doc_frequency()
        if leaf.has_deletions():
            counts.subtract(_deleted_terms(leaf, field))
    return {term: n for term, n in counts.items() if n > 0 and term.startswith(prefix)}


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
#: the fields counted: all read in one pass over a segment's deleted documents
_COUNTED = (schema.SPEAKER_IDS, schema.OUTLET, schema.DATE)


def _deleted_terms(leaf: Any, field: str) -> Counter[bytes]:
    """How many of the segment's deleted documents hold each term of ``field`` (read from their
    stored values through the field's own indexing; a segment has few deleted documents)."""
    by_field = _DELETED_TERMS.get(leaf)
    if by_field is None or field not in by_field:
        fields = {name: leaf.schema[name] for name in {*_COUNTED, field}}
        by_field = _DELETED_TERMS[leaf] = {name: Counter() for name in fields}
        stored_fields = stored_fields_reader(leaf)
        for docnum in leaf.segment().deleted_docs():
            stored = stored_fields(docnum)
            for name, fieldobj in fields.items():
                value = stored.get(name)
                if value is not None:
                    by_field[name].update({term for term, *_ in fieldobj.index(value)})
    return by_field[field]


def _date_span(reader: Any) -> tuple[dt.date | None, dt.date | None]:
    field = reader.schema[schema.DATE]
    days = sorted(_live_counts(reader, schema.DATE, _FULL_PRECISION))
    if not days:
        return None, None
    return field.from_bytes(days[0]).date(), field.from_bytes(days[-1]).date()


#: the first byte of a numeric field's full-precision terms (Whoosh's sortable terms)
_FULL_PRECISION = b"\x00"


def _directory_size(path: Path) -> int:
    return sum(file.stat().st_size for file in path.iterdir() if file.is_file())
