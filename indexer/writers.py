"""The write side of the index of record: the write lock, and one Whoosh commit per batch of
records (:class:`BatchWriter`), with which writer, codec and merge policy.

Everyday writes (an article, a crawl) use one process and Whoosh's policy of merging small
segments. Bulk imports (``procs`` > 1) analyse and write each batch in that many processes,
one segment per process, and never merge: Whoosh merges serially, rewriting every statement
of the merged segments at about the cost of indexing it (a million-statement import spent half
its time in one such merge); the retrieval core merges the segments' arrays for searching.

A bulk batch is handed to the writing processes at once (their job queue has no bound) and
its commit finishes in a thread (:class:`CommitInFlight`) while the reading process stages the
next batch: otherwise the writing processes wait while a batch is staged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crawler.errors import IndexStoreError
from indexer import schema
from indexer.codec import StatementsCodec
from indexer.records import Occurrence, StatementRecord, record_to_document
from indexer.stored import index_dictionary
from indexer.vocabulary import written_words

__all__ = [
    "BULK_JOB_DOCS",
    "BULK_POOL_MB",
    "BatchWriter",
    "CommitInFlight",
    "merge_policy",
    "open_writer",
]

#: postings each writing process of a bulk writer sorts in memory before spilling sorted runs
#: to disk (Whoosh's default, 128, spills a 25,000-statement share and merges the runs back)
BULK_POOL_MB = 256
#: documents the bulk writer hands its processes at a time (Whoosh's default, 100, left the
#: reading process waiting on a job queue of 8 small jobs: 300,000 statements were written at
#: 2,600-2,800 a second with 100 and 2,900-3,700 with 1,000, on this noisy machine)
BULK_JOB_DOCS = 1000


def open_writer(whoosh_index: Any, procs: int, dictionary: bytes = b"") -> Any:
    """A writer holding the index's write lock (Whoosh's LockError when another has it), its
    segments' stored fields compressed with ``dictionary`` (:func:`index_dictionary`)."""
    codec = StatementsCodec(dictionary)
    if procs > 1:
        from multiprocessing import Queue

        writer = whoosh_index.writer(
            procs=procs,
            multisegment=True,
            limitmb=BULK_POOL_MB,
            codec=codec,
            batchsize=BULK_JOB_DOCS,
        )
        # jobs are files on disk: queue a whole batch rather than wait on 4 per process
        # (replaced before the first job starts a writing process, which takes the queue)
        writer.jobqueue = Queue()
        return writer
    return whoosh_index.writer(codec=codec)


def merge_policy(procs: int) -> Any:
    """Whoosh's merge policy for a commit of a writer with ``procs`` processes."""
    from whoosh.writing import MERGE_SMALL, NO_MERGE

    return NO_MERGE if procs > 1 else MERGE_SMALL


class BatchWriter:
    """The write lock of one index and the commits of its batches: a bulk writer's commit
    goes on in a thread (:attr:`in_flight`) while the caller stages the next batch."""

    def __init__(self, whoosh_index: Any, path: Path, procs: int) -> None:
        self._ix = whoosh_index
        self._path = path
        self.procs = procs
        self._writer: Any = None
        self.in_flight: CommitInFlight | None = None
        self._dictionary = b""  # the index's, once it has one

    @property
    def holds_lock(self) -> bool:
        """Whether this process holds the write lock (a writer open, or a batch committing)."""
        return self._writer is not None or self.in_flight is not None

    def take_lock(self) -> bool:
        """Open a writer, which takes the write lock; False when one is open already. Finish
        a batch in flight first. IndexStoreError when another process holds the lock."""
        from whoosh.index import LockError

        if self._writer is not None:
            return False
        if not self._dictionary:
            with self._ix.reader() as reader:
                self._dictionary = index_dictionary(reader)
        try:
            self._writer = open_writer(self._ix, self.procs, self._dictionary)
        except LockError:
            raise IndexStoreError(
                f"{self._path}: the index is locked by another statements process that is "
                "writing to it; wait for it to finish and try again"
            ) from None
        return True

    def write(
        self,
        records: dict[str, StatementRecord],
        articles: set[str],
        *,
        written: Callable[[set[str]], None],
    ) -> None:
        """Commit the records in place of the documents they were read from (under the lock);
        ``written`` is given the new documents' written words while the writing processes
        finish. A bulk writer's commit goes on in :attr:`in_flight`."""
        writer = self._writer
        words: set[str] = set()
        for record in records.values():
            if record.docnum is not None:  # replaced by its new version, or gone
                writer.delete_document(record.docnum)
            if record.occurrences:
                document = record_to_document(record)
                words |= written_words(document[schema.TEXT])
                writer.add_document(**document)
        written(words)
        if self.procs > 1:
            holders = {i: r.key for r in records.values() for i in r.occurrences}
            self.in_flight = CommitInFlight(
                writer,
                keys=set(records),
                articles=articles,
                holders=holders,
                mergetype=merge_policy(self.procs),
            )
        else:
            writer.commit(mergetype=merge_policy(self.procs))
        self._writer = None

    def finish(self) -> CommitInFlight | None:
        """Wait for the batch in flight, if any, to be committed (its error raised here)."""
        finished, self.in_flight = self.in_flight, None
        if finished is not None:
            finished.wait()
        return finished

    def cancel(self) -> None:
        """Give up the open writer's changes and the lock."""
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None


class CommitInFlight:
    """The commit of a bulk writer, finishing in a thread: the writing processes index the
    batch's last jobs and write their segments, then the table of contents is written and the
    write lock released. The calling thread goes on staging the next batch meanwhile;
    ``keys`` and ``articles`` say which records the batch changed (reading those must wait),
    ``holders`` which record holds each of their reports (by report id)."""

    def __init__(
        self,
        writer: Any,
        *,
        keys: set[str],
        articles: set[str],
        holders: dict[str, str],
        mergetype: Any,
    ) -> None:
        self.keys = keys
        self.articles = articles
        self.holders = holders
        self.held_back: dict[str, tuple[Occurrence, str]] = {}  # staged after: (report, key)
        self._error: BaseException | None = None
        if writer.docbuffer:  # the last job is queued here: a writing process may start for it
            writer._enqueue()
        self._thread = threading.Thread(
            target=self._commit, args=(writer, mergetype), name="statements-commit"
        )
        self._thread.start()

    def _commit(self, writer: Any, mergetype: Any) -> None:
        try:
            writer.commit(mergetype=mergetype)
        except BaseException as error:  # handed to the thread that waits
            self._error = error

    def hold_back(self, occurrence_id: str, occurrence: Occurrence, key: str) -> bool:
        """Keep a report of a record this batch holds, to be staged once it is committed;
        whether it is a new report."""
        new = occurrence_id not in self.held_back and self.holders.get(occurrence_id) != key
        self.held_back[occurrence_id] = (occurrence, key)
        return new

    def release(self, occurrence_id: str, key: str) -> bool:
        """Forget a held-back report whose words are now those of ``key``; whether there was."""
        held = self.held_back.get(occurrence_id)
        if held is None or held[1] == key:
            return False
        del self.held_back[occurrence_id]
        return True

    def done(self) -> bool:
        """Whether the commit has ended (the write lock is free again)."""
        return not self._thread.is_alive()

    def wait(self) -> None:
        """Until the commit has ended; its error, if it failed."""
        self._thread.join()
        if self._error is not None:
            raise self._error
