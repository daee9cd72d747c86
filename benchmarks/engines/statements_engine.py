"""Our side: the index built by ``statements index --format jsonl``, queried through the API.

Each answer is what ``Index.search`` returns: the total and ten hits with their statements
(every stored field) and sources. Snippets are made when a hit is asked for one, as FTS5's
``snippet()`` and Tantivy's snippet generator are, so no engine here makes them; FTS5 and
Tantivy return each hit's text and a few fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["build", "open_engine", "query_string", "search_options"]


def build(corpus: Path, index_dir: Path) -> int:
    raise SystemExit("statements builds through its CLI: see benchmarks.run.build_engine")


def query_string(query: dict[str, Any]) -> str:
    """The benchmark query in the statements query language."""
    words = query["words"]
    if query["op"] == "phrase":
        return '"' + " ".join(words) + '"'
    if query["op"] == "or":
        return " OR ".join(words)
    return " ".join(words)


def search_options(query: dict[str, Any]) -> dict[str, Any]:
    """The benchmark query's filters and facet as keyword arguments of ``search()``, top 10."""
    options: dict[str, Any] = {"limit": 10}
    if "speaker" in query:
        options["speaker"] = query["speaker"]
    if "since" in query:
        options["since"] = dt.date.fromisoformat(query["since"])
        options["until"] = dt.date.fromisoformat(query["until"])
    if "facet" in query:
        options["facets"] = [query["facet"]]
    return options


def open_engine(index_dir: Path) -> Callable[[dict[str, Any]], object]:
    import search

    index = search.open_index(index_dir)

    def answer(query: dict[str, Any]) -> object:
        return index.search(query_string(query), **search_options(query))

    return answer
