"""Timing helpers: child processes with their peak memory, directory sizes, percentiles."""

from __future__ import annotations

import os
import resource
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Measured", "dir_size", "peak_rss_mb", "percentile", "run_measured", "time_ms"]


@dataclass(frozen=True, slots=True)
class Measured:
    """What one child process took: wall seconds, peak resident memory, its output."""

    seconds: float
    peak_mb: float
    stdout: str
    returncode: int


def run_measured(argv: Sequence[str], *, cwd: Path | None = None) -> Measured:
    """Run ``argv`` to completion; its own peak RSS comes from ``wait4`` (children only)."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    return Measured(seconds, usage.ru_maxrss / 1024, out, child.returncode)


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dir_size(path: Path) -> int:
    """Bytes held by the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile of ``values`` (fraction in 0..1)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def time_ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000
