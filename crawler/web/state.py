"""Crawl state in SQLite, so that a killed crawl resumes where it stopped and a re-crawl sends
conditional requests.

A *run* is one crawl of a set of seeds with one set of options; running the same command again
while that run is unfinished resumes it (its queue is kept), otherwise a new run starts. Every
URL ever met has one row: the run that last queued it, its status in that run, and the
validators (ETag, Last-Modified) of its last successful fetch. Each change is committed at once.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from crawler.errors import InputError

__all__ = ["CrawlState", "QueuedUrl"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL, started REAL NOT NULL, finished REAL
);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY, run INTEGER NOT NULL, depth INTEGER NOT NULL, kind TEXT NOT NULL,
    status TEXT NOT NULL, seq INTEGER NOT NULL, etag TEXT, last_modified TEXT,
    fetched_at REAL, detail TEXT, links TEXT
);
CREATE INDEX IF NOT EXISTS urls_queue ON urls (run, status, depth, seq);
"""


@dataclass(frozen=True, slots=True)
class QueuedUrl:
    """A URL waiting in the queue: how deep it is and whether it is a page or a hub."""

    url: str
    depth: int
    kind: str  # "page" | "hub" (a sitemap or feed: its entries are what we want)


class CrawlState:
    """The crawl database (``state.sqlite`` in the crawl directory)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as error:
            raise InputError(
                f"{path}: not a crawl state database ({error}); delete it to start afresh"
            ) from None
        self._seq = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM urls").fetchone()[0]
        self.run = 0
        self.resumed = False

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def start_run(self, seeds: Iterable[str], options: dict[str, object]) -> int:
        """Resume the unfinished run of the same seeds and options, or start a new one."""
        key = json.dumps({"seeds": sorted(seeds), "options": options}, sort_keys=True)
        row = self._db.execute(
            "SELECT id FROM runs WHERE key = ? AND finished IS NULL ORDER BY id DESC LIMIT 1",
            (key,),
        ).fetchone()
        if row:
            self.run, self.resumed = int(row[0]), True
        else:
            cursor = self._db.execute(
                "INSERT INTO runs (key, started) VALUES (?, ?)", (key, time.time())
            )
            self.run, self.resumed = int(cursor.lastrowid or 0), False
        return self.run

    def finish_run(self) -> None:
        """Mark the current run complete: the next crawl of these seeds starts a new run."""
        self._db.execute("UPDATE runs SET finished = ? WHERE id = ?", (time.time(), self.run))

    def enqueue(self, url: str, *, depth: int, kind: str = "page") -> bool:
        """Queue ``url`` unless this run already has it; True when it was queued."""
        self._seq += 1
        cursor = self._db.execute(
            """INSERT INTO urls (url, run, depth, kind, status, seq)
               VALUES (?, ?, ?, ?, 'queued', ?)
               ON CONFLICT(url) DO UPDATE SET run = excluded.run, depth = excluded.depth,
                   kind = excluded.kind, status = 'queued', seq = excluded.seq, detail = NULL
               WHERE urls.run != excluded.run""",
            (url, self.run, depth, kind, self._seq),
        )
        return cursor.rowcount > 0

    def queued(self, *, limit: int = 64) -> list[QueuedUrl]:
        """The next URLs of this run, shallowest and oldest first."""
        rows = self._db.execute(
            "SELECT url, depth, kind FROM urls WHERE run = ? AND status = 'queued' "
            "ORDER BY depth, seq LIMIT ?",
            (self.run, limit),
        ).fetchall()
        return [QueuedUrl(url, int(depth), kind) for url, depth, kind in rows]

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """ETag and Last-Modified of the URL's last successful fetch (any run)."""
        row = self._db.execute(
            "SELECT etag, last_modified FROM urls WHERE url = ?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def mark(
        self,
        url: str,
        status: str,
        *,
        detail: str = "",
        etag: str | None = None,
        last_modified: str | None = None,
        links: list[tuple[str, str]] | None = None,
    ) -> None:
        """Record what became of ``url`` in this run; validators and links are kept from the
        last successful fetch unless new ones are given."""
        self._db.execute(
            """UPDATE urls SET status = ?, detail = ?, fetched_at = ?,
                   etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),
                   links = COALESCE(?, links)
               WHERE url = ?""",
            (
                status,
                detail,
                time.time(),
                etag,
                last_modified,
                json.dumps(links) if links is not None else None,
                url,
            ),
        )

    def links(self, url: str) -> list[tuple[str, str]]:
        """The (url, kind) links found when ``url`` was last fetched (for a 304 on re-crawl)."""
        row = self._db.execute("SELECT links FROM urls WHERE url = ?", (url,)).fetchone()
        return [(link, kind) for link, kind in json.loads(row[0])] if row and row[0] else []

    def count(self, status: str, *, kind: str | None = None) -> int:
        """How many URLs of this run have ``status`` (optionally of one kind)."""
        sql = "SELECT COUNT(*) FROM urls WHERE run = ? AND status = ?"
        args: tuple[object, ...] = (self.run, status)
        if kind is not None:
            sql, args = sql + " AND kind = ?", (*args, kind)
        return int(self._db.execute(sql, args).fetchone()[0])

    def statuses(self) -> dict[str, str]:
        """Every URL of this run with its status (for reports and tests)."""
        rows = self._db.execute("SELECT url, status FROM urls WHERE run = ?", (self.run,))
        return {url: status for url, status in rows}
