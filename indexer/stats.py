"""What an index holds: statements, speakers, outlets, date span, size; statements per speaker."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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
    outlets = {names.get(term, term) for term in _terms(reader, schema.OUTLET)}
    return IndexStats(
        path=str(index.path),
        statements=searcher.doc_count(),
        speakers=sum(1 for _ in reader.lexicon(schema.SPEAKER_IDS)),
        registered_speakers=len(index.registry),
        outlets=tuple(sorted(outlets, key=str.casefold)),
        first_date=first,
        last_date=last,
        size_bytes=_directory_size(index.path),
    )


def speaker_summaries(index: StatementIndex) -> tuple[SpeakerSummary, ...]:
    """Every registered speaker with their statement count, most quoted first."""
    reader = index.searcher().reader()
    summaries = [SpeakerSummary(speaker, _count(reader, speaker.id)) for speaker in index.registry]
    return tuple(sorted(summaries, key=lambda s: (-s.statements, s.speaker.name.casefold())))


def _count(reader: object, speaker_id: str) -> int:
    if (schema.SPEAKER_IDS, speaker_id) not in reader:  # type: ignore[operator]
        return 0
    postings = reader.postings(schema.SPEAKER_IDS, speaker_id)  # type: ignore[attr-defined]
    return sum(1 for _ in postings.all_ids())


def _date_span(index: StatementIndex) -> tuple[dt.date | None, dt.date | None]:
    searcher = index.searcher()
    if searcher.doc_count() == 0:
        return None, None
    field = searcher.schema[schema.DATE]
    values = [
        field.from_bytes(term) for term in field.sortable_terms(searcher.reader(), schema.DATE)
    ]
    if not values:
        return None, None
    return values[0].date(), values[-1].date()


def _terms(reader: object, field: str) -> list[str]:
    return [term.decode("utf-8") for term in reader.lexicon(field)]  # type: ignore[attr-defined]


def _directory_size(path: Path) -> int:
    return sum(file.stat().st_size for file in path.iterdir() if file.is_file())
