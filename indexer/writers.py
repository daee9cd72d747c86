"""Which Whoosh writer writes the index of record, with which codec and merge policy.

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
from typing import Any

from indexer.codec import StatementsCodec

__all__ = ["BULK_JOB_DOCS", "BULK_POOL_MB", "CommitInFlight", "merge_policy", "open_writer"]

#: postings each writing process of a bulk writer sorts in memory before spilling sorted runs
#: to disk (Whoosh's default, 128, spills a 25,000-statement share and merges the runs back)
BULK_POOL_MB = 256
#: documents the bulk writer hands its processes at a time (Whoosh's default, 100, left the
#: reading process waiting on a job queue of 8 small jobs: 300,000 statements were written at
#: 2,600-2,800 a second with 100 and 2,900-3,700 with 1,000, on this noisy machine)
BULK_JOB_DOCS = 1000


def open_writer(whoosh_index: Any, procs: int) -> Any:
    """A writer holding the index's write lock (Whoosh's LockError when another has it)."""
    if procs > 1:
        from multiprocessing import Queue

        writer = whoosh_index.writer(
            procs=procs,
            multisegment=True,
            limitmb=BULK_POOL_MB,
            codec=StatementsCodec(),
            batchsize=BULK_JOB_DOCS,
        )
        # jobs are files on disk: queue a whole batch rather than wait on 4 per process
        # (replaced before the first job starts a writing process, which takes the queue)
        writer.jobqueue = Queue()
        return writer
    return whoosh_index.writer(codec=StatementsCodec())


def merge_policy(procs: int) -> Any:
    """Whoosh's merge policy for a commit of a writer with ``procs`` processes."""
    from whoosh.writing import MERGE_SMALL, NO_MERGE

    return NO_MERGE if procs > 1 else MERGE_SMALL


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

    def done(self) -> bool:
        """Whether the commit has ended (the write lock is free again)."""
        return not self._thread.is_alive()

    def wait(self) -> None:
        """Until the commit has ended; its error, if it failed."""
        self._thread.join()
        if self._error is not None:
            raise self._error
