"""Baseline: SQLite FTS5 (stdlib ``sqlite3``), porter stemming, bm25 ranking."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

__all__ = ["build", "open_engine"]

SCHEMA = """
CREATE VIRTUAL TABLE fts USING fts5(
    text, speakers, date UNINDEXED, outlet UNINDEXED, party UNINDEXED, kind UNINDEXED,
    url UNINDEXED, title UNINDEXED, context UNINDEXED, tokenize = 'porter unicode61');
CREATE TABLE speaker_of (docid INTEGER, speaker TEXT);
"""
BATCH = 10_000


def _rows(lines: Iterator[str]) -> Iterator[tuple[Any, ...]]:
    for line in lines:
        s = json.loads(line)
        yield (
            s["text"], " ; ".join(s["speakers"]), s.get("date"), s.get("outlet"),
            s.get("party"), s.get("kind"), s.get("url"), s.get("title"), s.get("context"),
        )  # fmt: skip


def build(corpus: Path, index_dir: Path) -> int:
    index_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(index_dir / "fts.db")
    db.executescript(SCHEMA)
    count = 0
    with corpus.open(encoding="utf-8") as lines:
        while batch := list(islice(_rows(lines), BATCH)):
            with db:
                db.executemany("INSERT INTO fts VALUES (?,?,?,?,?,?,?,?,?)", batch)
                first = count + 1
                db.executemany(
                    "INSERT INTO speaker_of VALUES (?, ?)",
                    [(first + i, sp) for i, row in enumerate(batch) for sp in row[1].split(" ; ")],
                )
            count += len(batch)
    with db:
        db.execute("CREATE INDEX speaker_of_docid ON speaker_of(docid)")
        db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    db.close()
    return count


def _match(query: dict[str, Any]) -> str:
    words = [f'"{w}"' for w in query["words"]]
    if query["op"] == "phrase":
        text = '"' + " ".join(query["words"]) + '"'
    else:
        text = "(" + f" {query['op'].upper()} ".join(words) + ")"
    match = f"text : {text}"
    if "speaker" in query:
        match += f' AND speakers : "{query["speaker"]}"'
    return match


def open_engine(index_dir: Path) -> Callable[[dict[str, Any]], object]:
    db = sqlite3.connect(index_dir / "fts.db")

    def answer(query: dict[str, Any]) -> object:
        match = _match(query)
        if "since" in query:
            sql = (
                "SELECT rowid, text, speakers, date, outlet FROM fts WHERE fts MATCH ? "
                "AND date BETWEEN ? AND ? ORDER BY rank LIMIT 10"
            )
            hits = db.execute(sql, (match, query["since"], query["until"])).fetchall()
        else:
            sql = (
                "SELECT rowid, text, speakers, date, outlet FROM fts WHERE fts MATCH ? "
                "ORDER BY rank LIMIT 10"
            )
            hits = db.execute(sql, (match,)).fetchall()
        if "facet" in query:
            facet_sql = (
                "SELECT s.speaker, count(*) FROM fts JOIN speaker_of s ON s.docid = fts.rowid "
                "WHERE fts MATCH ? GROUP BY s.speaker ORDER BY 2 DESC LIMIT 10"
            )
            return hits, db.execute(facet_sql, (match,)).fetchall()
        return hits

    return answer
