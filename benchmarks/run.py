"""Build and query every engine on one corpus size and print the figures with their ratios.

    python -m benchmarks.run --n 100000 [--engines fts5,tantivy,statements] [--rebuild]

Steps: 1. write the corpus and the queries (kept in ``benchmarks/work``); 2. for each engine,
build its index in a child process (statements: ``statements index --format jsonl``) and
measure wall time, peak memory and size; 3. query it in a fresh child process (warm, top 10)
for p50/p95 per class, ``--query-runs`` times (3), the engines taking turns, and keep each
class's best run: on this shared machine one process in three or four runs 1.5-2x slower
throughout; 4. time ``statements search freeloaders --speaker hegseth`` on the seed index;
5. print the table and the targets, and save everything as JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any

from benchmarks.corpus import WORK_DIR, make_corpus, write_corpus
from benchmarks.measure import dir_size, run_measured
from benchmarks.queries import CLASSES, make_queries
from benchmarks.report import print_report

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
STATEMENTS = str(Path(PYTHON).parent / "statements")
#: engines that only query another engine's index ("core": ours without building hits)
QUERY_ONLY = {"core": "statements"}


def build_engine(engine: str, corpus: Path, index_dir: Path) -> dict[str, Any]:
    """Build one engine's index in a child process and measure it."""
    if index_dir.exists():
        shutil.rmtree(index_dir)
    if engine == "statements":
        argv = [STATEMENTS, "--index", str(index_dir), "index", "--format", "jsonl", str(corpus)]
    else:
        argv = [PYTHON, "-m", "benchmarks.worker", engine, "build", str(corpus), str(index_dir)]
    measured = run_measured(argv, cwd=ROOT)
    if measured.returncode != 0:
        return {"error": f"build exited {measured.returncode}"}
    count = sum(1 for _ in corpus.open(encoding="utf-8"))
    return {
        "count": count,
        "seconds": measured.seconds,
        "rate": count / measured.seconds,
        "peak_mb": measured.peak_mb,
        "size_mb": dir_size(index_dir) / 1e6,
    }


def query_engine(engine: str, index_dir: Path, queries: Path) -> dict[str, Any]:
    """Answer every query in a fresh child process; p50/p95 per class and peak memory."""
    argv = [PYTHON, "-m", "benchmarks.worker", engine, "query", str(index_dir), str(queries)]
    measured = run_measured(argv, cwd=ROOT)
    if measured.returncode != 0:
        return {"error": f"queries exited {measured.returncode}"}
    figures: dict[str, Any] = json.loads(measured.stdout.strip().splitlines()[-1])
    figures["peak_mb"] = measured.peak_mb
    return figures


def best_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures of several query runs of one engine: each class's lowest p50 and p95 (the
    run least disturbed by the rest of the machine), the highest peak memory."""
    good = [run for run in runs if "error" not in run]
    if not good:
        return runs[0]
    classes = {
        name: {
            key: min(run["classes"][name][key] for run in good) for key in good[0]["classes"][name]
        }
        for name in good[0]["classes"]
    }
    return {
        "open_ms": min(run["open_ms"] for run in good),
        "classes": classes,
        "peak_mb": max(run["peak_mb"] for run in good),
    }


def seed_search(work: Path) -> dict[str, Any]:
    """Whole-process time of the acceptance query on the seed index (best of 5, warm cache)."""
    index_dir = work / "seed-index"
    if not index_dir.exists():
        run_measured([STATEMENTS, "--index", str(index_dir), "index", str(ROOT / "seeds")])
    argv = [STATEMENTS, "--index", str(index_dir), "search", "freeloaders", "--speaker", "hegseth"]
    runs = [run_measured(argv) for _ in range(5)]
    if any(r.returncode != 0 for r in runs):
        return {"error": f"search exited {runs[0].returncode}"}
    return {"seconds": min(r.seconds for r in runs), "peak_mb": max(r.peak_mb for r in runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark statements against FTS5 and Tantivy.")
    parser.add_argument("--n", type=int, default=10_000, help="statements in the corpus")
    parser.add_argument("--engines", default="fts5,tantivy,statements,core")
    parser.add_argument("--rebuild", action="store_true", help="rebuild indexes that exist")
    parser.add_argument("--skip-build", action="store_true", help="query the existing indexes")
    parser.add_argument(
        "--query-runs", type=int, default=3, help="query runs per engine, each in a new process"
    )
    args = parser.parse_args()
    work = WORK_DIR
    corpus = write_corpus(args.n)
    queries = work / "queries.json"
    if not queries.exists():
        queries.write_text(json.dumps(make_queries(make_corpus())), encoding="utf-8")
    results: dict[str, Any] = {"n": args.n, "classes": list(CLASSES), "engines": {}}
    saved = work / f"results-{args.n}.json"
    if saved.exists():
        results["engines"] = json.loads(saved.read_text(encoding="utf-8"))["engines"]
    engines = args.engines.split(",")
    for engine in engines:
        index_dir = work / f"{QUERY_ONLY.get(engine, engine)}-{args.n}"
        figures = results["engines"].setdefault(engine, {})
        wants_build = args.rebuild or not index_dir.exists() or "build" not in figures
        if engine not in QUERY_ONLY and not args.skip_build and wants_build:
            print(f"building {engine} ({args.n:,} statements)...", file=sys.stderr, flush=True)
            figures["build"] = build_engine(engine, corpus, index_dir)
            saved.write_text(json.dumps(results, indent=1), encoding="utf-8")
    runs: dict[str, list[dict[str, Any]]] = {engine: [] for engine in engines}
    for run in range(1, args.query_runs + 1):  # engines in turn: each meets the same noise
        for engine in engines:
            index_dir = work / f"{QUERY_ONLY.get(engine, engine)}-{args.n}"
            print(f"querying {engine} (run {run})...", file=sys.stderr, flush=True)
            runs[engine].append(query_engine(engine, index_dir, queries))
    for engine in engines:
        results["engines"][engine]["query"] = best_of(runs[engine])
    results["query_runs"] = args.query_runs
    saved.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if "statements" in args.engines.split(","):
        results["seed_search"] = seed_search(work)
    saved.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print_report(results)


if __name__ == "__main__":
    main()
