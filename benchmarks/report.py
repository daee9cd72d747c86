"""Print benchmark results as a table, with the ratios and the issue's targets."""

from __future__ import annotations

from typing import Any

__all__ = ["print_report"]

BASELINES = ("fts5", "tantivy")


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _build_rows(engines: dict[str, Any]) -> None:
    columns = ("build/s", "seconds", "size MB", "build MB", "query MB")
    print(f"{'engine':<11} " + " ".join(f"{c:>9}" for c in columns) + f" {'open ms':>8}")
    for name, figures in engines.items():
        b, q = figures.get("build", {}), figures.get("query", {})
        print(
            f"{name:<11} {_fmt(b.get('rate'), 0):>9} {_fmt(b.get('seconds'), 1):>9} "
            f"{_fmt(b.get('size_mb'), 1):>9} {_fmt(b.get('peak_mb'), 0):>9} "
            f"{_fmt(q.get('peak_mb'), 0):>9} {_fmt(q.get('open_ms'), 0):>8}"
            + (
                f"  ERROR {b.get('error') or q.get('error')}"
                if "error" in b or "error" in q
                else ""
            )
        )


def _class_figure(engines: dict[str, Any], engine: str, cls: str, key: str) -> float | None:
    value: float | None = (
        engines.get(engine, {}).get("query", {}).get("classes", {}).get(cls, {}).get(key)
    )
    return value


def _query_rows(results: dict[str, Any]) -> None:
    engines = results["engines"]
    names = list(engines)
    head = " ".join(f"{n + ' p50':>14} {n + ' p95':>14}" for n in names)
    runs = results.get("query_runs", 1)
    if runs > 1:
        print(f"query times: each class's best of {runs} runs (engines in turn, new processes)")
    print(f"{'class (ms)':<13} {head}  {'/fts5 p50':>9} {'/tantivy p50':>12}")
    for cls in results["classes"]:
        cells = " ".join(
            f"{_fmt(_class_figure(engines, n, cls, key), 3):>14}"
            for n in names
            for key in ("p50", "p95")
        )
        ours = _class_figure(engines, "statements", cls, "p50")
        ratios = [
            _fmt(ours / base if ours is not None and base else None)
            for base in (_class_figure(engines, b, cls, "p50") for b in BASELINES)
        ]
        print(f"{cls:<13} {cells}  {ratios[0]:>9} {ratios[1]:>12}")


def print_report(results: dict[str, Any]) -> None:
    print(f"\n== {results['n']:,} statements ==")
    _build_rows(results["engines"])
    print()
    _query_rows(results)
    engines = results["engines"]
    ours, tantivy = (
        engines.get("statements", {}).get("build", {}),
        engines.get("tantivy", {}).get("build", {}),
    )
    if ours.get("size_mb") and tantivy.get("size_mb"):
        ratio = ours["size_mb"] / tantivy["size_mb"]
        print(f"\nindex size statements/tantivy: {ratio:.2f}x (target <= 2.5x)")
    seed = results.get("seed_search")
    if seed:
        print(
            "seed `statements search freeloaders --speaker hegseth`: "
            f"{seed.get('seconds', 0):.3f} s whole process, {seed.get('peak_mb', 0):.0f} MB "
            f"(target <= 0.3 s) {seed.get('error', '')}"
        )
