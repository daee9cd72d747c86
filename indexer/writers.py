"""Which Whoosh writer writes the index of record, with which codec and merge policy.

Everyday writes (an article, a crawl) use one process and Whoosh's policy of merging small
segments. Bulk imports (``procs`` > 1) analyse and write each batch in that many processes,
one segment per process, and never merge: Whoosh merges serially, rewriting every statement
of the merged segments at about the cost of indexing it (a million-statement import spent half
its time in one such merge); the retrieval core merges the segments' arrays for searching.
"""

from __future__ import annotations

from typing import Any

from indexer.codec import StatementsCodec

__all__ = ["BULK_JOB_DOCS", "BULK_POOL_MB", "merge_policy", "open_writer"]

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
        return whoosh_index.writer(
            procs=procs,
            multisegment=True,
            limitmb=BULK_POOL_MB,
            codec=StatementsCodec(),
            batchsize=BULK_JOB_DOCS,
        )
    return whoosh_index.writer(codec=StatementsCodec())


def merge_policy(procs: int) -> Any:
    """Whoosh's merge policy for a commit of a writer with ``procs`` processes."""
    from whoosh.writing import MERGE_SMALL, NO_MERGE

    return NO_MERGE if procs > 1 else MERGE_SMALL
