"""One engine in its own process: ``build`` an index or ``query`` one, print figures as JSON.

    python -m benchmarks.worker ENGINE build CORPUS INDEX_DIR
    python -m benchmarks.worker ENGINE query INDEX_DIR QUERIES_JSON

Query runs are warm: every query is answered once untimed, then once more timed.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.measure import peak_rss_mb, percentile, time_ms

ENGINES = {
    "fts5": "benchmarks.engines.fts5",
    "tantivy": "benchmarks.engines.tantivy_engine",
    "statements": "benchmarks.engines.statements_engine",
    "core": "benchmarks.engines.statements_core",
}


def build(engine: Any, corpus: Path, index_dir: Path) -> dict[str, Any]:
    started = time.perf_counter()
    count = engine.build(corpus, index_dir)
    seconds = time.perf_counter() - started
    return {"count": count, "seconds": seconds, "peak_mb": peak_rss_mb()}


def query(engine: Any, index_dir: Path, queries_file: Path) -> dict[str, Any]:
    queries = json.loads(queries_file.read_text(encoding="utf-8"))
    started = time.perf_counter()
    answer = engine.open_engine(index_dir)
    open_ms = (time.perf_counter() - started) * 1000
    for q in queries:
        answer(q)
    times: dict[str, list[float]] = defaultdict(list)
    for q in queries:
        times[q["class"]].append(time_ms(lambda q=q: answer(q)))
    classes = {
        name: {"p50": percentile(ms, 0.5), "p95": percentile(ms, 0.95), "n": len(ms)}
        for name, ms in times.items()
    }
    return {"open_ms": open_ms, "classes": classes, "peak_mb": peak_rss_mb()}


def main(argv: list[str]) -> None:
    name, action, *paths = argv
    engine = importlib.import_module(ENGINES[name])
    if action == "build":
        figures = build(engine, Path(paths[0]), Path(paths[1]))
    else:
        figures = query(engine, Path(paths[0]), Path(paths[1]))
    print(json.dumps(figures))


if __name__ == "__main__":
    main(sys.argv[1:])
