"""The index of record: a Whoosh index in a directory, plus the speaker registry beside it.

Writing is cheap to call repeatedly (a crawler calls :meth:`StatementIndex.add_articles` once
per page): changes are staged in memory and written in one Whoosh commit every
``commit_every`` statements, every ``commit_seconds`` seconds, on :meth:`~StatementIndex.commit`
and when the index is closed. The write lock is taken on the first change and held until that
commit, so two writers never interleave; readers never wait. A commit is atomic: a crash or
a failing article leaves the previous commit whole, and every ``add_*`` call is applied
completely or not at all. A bulk writer's batch commits in the background while the next is
staged (:class:`indexer.writers.CommitInFlight`); a report of a record that batch changed is
staged once it is committed.

Steps of one ``add_*`` call:

1. resolve the speakers through the registry (registering new names);
2. key each statement by speakers + normalised words (:func:`indexer.dedup.dedup_key`);
3. load the records it touches (staged ones first, else committed ones);
4. replace the reports of the same article (``add_articles``) or the same id (``add_statements``);
5. stage the changed records; commit when the batch is full.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from crawler.models import Article, Statement
from indexer.dedup import article_hash, dedup_key
from indexer.identity import article_key, stable_id, statement_from_article
from indexer.keys import KeyTable
from indexer.records import Occurrence, StatementRecord, record_from_stored
from indexer.speakers import SpeakerRegistry
from indexer.storage import (
    OUTLETS_FILE,
    DirectoryStamp,
    OfGeneration,
    create_whoosh_index,
    load_outlet_names,
    open_whoosh_index,
    save_json,
)
from indexer.vocabulary import Vocabulary
from indexer.writers import BatchWriter

if TYPE_CHECKING:
    from whoosh.searching import Searcher

__all__ = ["IndexReport", "StatementIndex"]


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What one ``add_articles`` call changed (re-indexing unchanged articles adds nothing)."""

    articles: int = 0
    statements_added: int = 0
    statements_removed: int = 0


class StatementIndex:
    """A statements index on disk. Use :meth:`open` as a context manager."""

    def __init__(
        self,
        path: Path,
        whoosh_index: Any,
        *,
        commit_every: int,
        commit_seconds: float,
        procs: int = 1,
    ) -> None:
        self.path = path
        self.commit_every = commit_every
        self.commit_seconds = commit_seconds
        self.procs = procs
        self._ix = whoosh_index
        self._registry = SpeakerRegistry.load(path)
        self._outlet_names = load_outlet_names(path)
        self._outlet_names_changed = False
        self._searcher: Searcher | None = None
        self._batches = BatchWriter(whoosh_index, path, procs)
        self._staged: dict[str, StatementRecord] = {}
        self._staged_articles: dict[str, set[str]] = {}  # article -> staged keys (maybe stale)
        self._staged_statements = 0
        self._batch_started = 0.0
        self._key_table: OfGeneration[KeyTable] = OfGeneration()
        self._vocabulary: OfGeneration[Vocabulary] = OfGeneration()
        self._stamp = DirectoryStamp(path)  # a stat instead of a listing when nothing changed

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = False,
        commit_every: int = 5000,
        commit_seconds: float = 30.0,
        procs: int = 1,
    ) -> StatementIndex:
        """Open the index in ``path`` (creating it when ``create`` and it does not exist).

        ``procs`` > 1 analyses and writes each batch in that many processes (Whoosh's
        multiprocessing writer, one segment per process): for bulk imports.

        Raises :class:`IndexStoreError` when the path is missing (and not ``create``), is not
        a statements index, or is damaged.
        """
        directory = Path(path).expanduser()
        whoosh_index = create_whoosh_index(directory) if create else None
        if whoosh_index is None:
            whoosh_index = open_whoosh_index(directory)
        return cls(
            directory,
            whoosh_index,
            commit_every=commit_every,
            commit_seconds=commit_seconds,
            procs=procs,
        )

    # -- context management ---------------------------------------------------------------

    def __enter__(self) -> StatementIndex:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Commit what is staged (every completed ``add_*`` call) and release the index."""
        try:
            self.commit()
        finally:
            try:
                self._finish_inflight()  # a batch's commit that failed, or outlived an error
            finally:
                self._batches.cancel()
                self._forget_searcher()

    # -- reading --------------------------------------------------------------------------

    @property
    def registry(self) -> SpeakerRegistry:
        """The speaker registry (staged changes included)."""
        return self._registry

    def outlet_names(self) -> dict[str, str]:
        """Outlet names as first written, by their lower-cased form (how the index holds them)."""
        return dict(self._outlet_names)

    def searcher(self) -> Searcher:
        """A Whoosh searcher over the last commit (kept open; refreshed after each commit)."""
        self._finish_inflight()
        return self._committed()

    def _committed(self) -> Searcher:
        """The searcher over the last finished commit, even while a batch commits."""
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    def refresh(self) -> bool:
        """For a long-lived reader: catch up with commits made since (by this process or
        another one). Returns whether there was anything new. Does nothing while writing."""
        if self._batches.holds_lock or self._searcher is None or self._stamp.unchanged():
            return False
        if self._searcher.up_to_date():
            return False
        self._catch_up()
        return True

    def record(self, key: str) -> StatementRecord | None:
        """The record with this dedup key: staged if staged, else committed, else None."""
        if key in self._staged:
            staged = self._staged[key]
            return staged if staged.occurrences else None
        inflight = self._batches.in_flight
        if inflight is not None and key in inflight.keys:
            self._finish_inflight()
        return self._keys().record(self._committed(), key)

    def _keys(self) -> KeyTable:
        """The dedup keys and articles of the searcher's generation."""
        reader = self._committed().reader()
        return self._key_table.get(reader, lambda: KeyTable.load(reader, self.path))

    # -- writing --------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> IndexReport:
        """Extract each article's statements and put them in place of its earlier ones."""
        from crawler import extract_statements

        counted, added, removed = 0, 0, 0
        for article in articles:
            self._lock()
            statements = [statement_from_article(s, article) for s in extract_statements(article)]
            new, old = self._replace_article(article_key(article), statements)
            counted, added, removed = counted + 1, added + new, removed + old
            self._commit_when_due()
        return IndexReport(articles=counted, statements_added=added, statements_removed=removed)

    def add_statements(self, statements: Iterable[Statement]) -> int:
        """Add statements extracted elsewhere; one already indexed (same id) is replaced.

        Returns how many statements were new.
        """
        added = 0
        for statement in statements:
            self._lock()
            statement = self._resolved(statement, statement_id=stable_id(statement))
            article = article_hash(statement.url or statement.source or statement.id)
            occurrence = Occurrence(article, statement)
            replaced = self._drop_elsewhere(statement.id, occurrence)
            added += self._stage({statement.id: occurrence}) and not replaced
            self._commit_when_due()
        return added

    def commit(self) -> None:
        """Write everything staged in one atomic Whoosh commit (nothing to do when nothing is)."""
        self._commit_batch()
        self._finish_inflight()
        if self._staged:  # reports held back while their records were being committed
            self._commit_batch()
            self._finish_inflight()

    def _commit_batch(self) -> None:
        """Commit what is staged; a bulk writer's commit goes on in the background."""
        if self._registry.changed:
            self._registry.save(self.path)
        if self._outlet_names_changed:
            save_json(self.path / OUTLETS_FILE, self._outlet_names)
            self._outlet_names_changed = False
        self._finish_inflight()  # the batch before, and the reports held back for it
        if not self._staged:
            return
        self._lock()
        self._batches.write(
            self._staged,
            set(self._staged_articles),
            written=lambda words: self.vocabulary().add(words, self.path),
        )
        self._staged = {}
        self._staged_articles = {}
        self._staged_statements = 0
        self._batch_started = time.monotonic()
        if self._batches.in_flight is None:
            self._forget_searcher()  # the next read sees this commit

    def _finish_inflight(self) -> None:
        """Wait for a bulk batch's commit to end (its error raised here), then stage the
        reports held back for it; reads see that commit next."""
        if self._batches.in_flight is None:
            return
        self._forget_searcher()
        finished = self._batches.finish()
        if finished is not None and finished.held_back:
            self._stage({i: occurrence for i, (occurrence, _) in finished.held_back.items()})

    def _forget_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def vocabulary(self) -> Vocabulary:
        """The index's words as written (for prefix, wildcard and fuzzy queries), read again
        when the searcher sees a new commit."""
        reader = self.searcher().reader()
        return self._vocabulary.get(reader, lambda: Vocabulary.load(self.path, reader))

    # -- staging --------------------------------------------------------------------------

    def _replace_article(self, key: str, statements: list[Statement]) -> tuple[int, int]:
        article = article_hash(key)
        previous = self._records_of_article(article)
        old_ids = {i for r in previous for i, o in r.occurrences.items() if o.article == article}
        for record in previous:  # 4. drop the article's old reports ...
            record.occurrences = {
                i: o for i, o in record.occurrences.items() if o.article != article
            }
            self._staged[record.key] = record
        new = {s.id: Occurrence(article, self._resolved(s)) for s in statements}
        self._stage(new)  # ... and put the new ones in
        return len(new.keys() - old_ids), len(old_ids - new.keys())

    def _records_of_article(
        self, article: str, *, leave_in_flight: bool = False
    ) -> list[StatementRecord]:
        """Every record (staged version first) holding a report from this article; with
        ``leave_in_flight``, those of a batch still committing are left out rather than
        waited for."""
        inflight = self._batches.in_flight
        if inflight is not None and article in inflight.articles and not leave_in_flight:
            self._finish_inflight()
        keys = set(self._staged_articles.get(article, ()))
        keys |= self._keys().article_keys(self._committed(), article)
        if self._batches.in_flight is not None:
            keys -= self._batches.in_flight.keys
        records = [self._editable(key) for key in sorted(keys)]
        return [
            r
            for r in records
            if r is not None and any(o.article == article for o in r.occurrences.values())
        ]

    def _drop_elsewhere(self, occurrence_id: str, occurrence: Occurrence) -> bool:
        """Remove a report with this id from any other record of its article (its words or
        speakers changed); returns whether there was one."""
        key = _dedup_key(occurrence.statement.speaker_ids, occurrence.statement.text)
        inflight = self._batches.in_flight
        if inflight is not None and inflight.holders.get(occurrence_id, key) != key:
            self._finish_inflight()  # the batch committing holds this report under other words
        inflight = self._batches.in_flight
        dropped = inflight is not None and inflight.release(occurrence_id, key)
        for record in self._records_of_article(occurrence.article, leave_in_flight=True):
            if record.key != key and occurrence_id in record.occurrences:
                del record.occurrences[occurrence_id]
                self._staged[record.key] = record
                dropped = True
        return dropped

    def _stage(self, occurrences: dict[str, Occurrence]) -> int:
        """Stage reports into their records; returns how many were not there before."""
        self._lock()
        added = 0
        for occurrence_id, occurrence in occurrences.items():
            ids = occurrence.statement.speaker_ids
            key = _dedup_key(ids, occurrence.statement.text)
            inflight = self._batches.in_flight
            if inflight is not None and key in inflight.keys:  # staged once that is committed
                added += inflight.hold_back(occurrence_id, occurrence, key)
                continue
            record = self._editable(key) or StatementRecord(key=key, speaker_ids=ids)
            added += occurrence_id not in record.occurrences
            record.occurrences[occurrence_id] = occurrence
            self._staged[key] = record
            self._staged_articles.setdefault(occurrence.article, set()).add(key)
            self._staged_statements += 1
        return added

    def _editable(self, key: str) -> StatementRecord | None:
        if key in self._staged:
            return self._staged[key]
        record = self.record(key)
        return record

    def _resolved(self, statement: Statement, *, statement_id: str | None = None) -> Statement:
        """The statement with its speakers' registered names and ids (and ``statement_id``)."""
        outlet = statement.outlet
        if outlet and outlet.lower() not in self._outlet_names:
            self._outlet_names[outlet.lower()] = outlet
            self._outlet_names_changed = True
        speakers = [self._registry.register(name) for name in statement.speakers]
        known = [s for s in speakers if s is not None]
        return replace(
            statement,
            speakers=tuple(s.name for s in known),
            speaker_ids=tuple(dict.fromkeys(s.id for s in known)),
            id=statement_id or statement.id,
        )

    def lock(self) -> None:
        """Take the write lock now (the first change takes it anyway) and catch up with the
        last commit of any other writer: registry, outlets and searcher are reloaded."""
        self._lock()

    def _lock(self) -> None:
        """Hold the write lock (a batch still committing holds it for this index)."""
        inflight = self._batches.in_flight
        if inflight is not None:
            if not inflight.done():
                return
            self._finish_inflight()  # staging the reports held back takes the lock
        if self._batches.take_lock():
            self._batch_started = time.monotonic()
            self._catch_up()

    def _catch_up(self) -> None:
        """Under the lock: see what another writer committed since this index was opened."""
        self._forget_searcher()
        if not self._registry.changed:
            self._registry = SpeakerRegistry.load(self.path)
        if not self._outlet_names_changed:
            self._outlet_names = load_outlet_names(self.path)

    def _commit_when_due(self) -> None:
        full = self._staged_statements >= self.commit_every
        if full or time.monotonic() - self._batch_started >= self.commit_seconds:
            self._commit_batch()

    def iter_records(self) -> Iterator[StatementRecord]:
        """Every committed record (for export and statistics)."""
        searcher = self.searcher()
        for stored in searcher.all_stored_fields():
            yield record_from_stored(stored)


@lru_cache(maxsize=1024)
def _dedup_key(speaker_ids: tuple[str, ...], text: str) -> str:
    """:func:`dedup_key`, kept for the statements in hand: adding one asks for its key twice
    (to drop an older version of it, then to stage it)."""
    return dedup_key(speaker_ids, text)
