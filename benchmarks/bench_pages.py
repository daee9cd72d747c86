"""Article parsing quality and speed, through ``statements parse`` and the shared scorer.

Run from the checkout, beside ``../shared``::

    python -m benchmarks.bench_pages
    python -m benchmarks.bench_pages --examples      # also the ten worst pages by body F1

It runs ``../shared/tools/score_pages.py --data ../shared/data/html --cmd 'statements parse
--format jsonl'`` (one process for all pages, pinned to one core with ``taskset`` when
available, so pages/s includes process start) and prints the scorer's figures:

1. ``body_f1``: word 4-gram F1 of the body text against the expected text (targets: the best
   extractors, trafilatura 0.960 and readability 0.953, on held-out pages);
2. ``body_start_found``: share of pages whose expected opening appears in our body;
3. ``date_day_accuracy``: publication date right to the day (target >= 0.95);
4. ``title_accuracy`` and ``pages_per_second`` (target >= 40, process start included).

The data beside the project is read in place and never copied into the repository.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = "../shared/tools/score_pages.py"
DATA = "../shared/data/html"


def parse_command() -> str:
    """``statements parse --format jsonl`` from this interpreter's environment, on one core."""
    script = Path(sys.executable).parent / "statements"
    command = f"{shlex.quote(str(script))} parse --format jsonl"
    if shutil.which("taskset"):
        command = f"taskset -c 0 {command}"
    return command


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DATA, help=f"pages with expected.jsonl [{DATA}]")
    parser.add_argument("--examples", action="store_true", help="list the worst pages too")
    args = parser.parse_args()
    if not (ROOT / args.data / "expected.jsonl").exists():
        sys.exit(f"{args.data}/expected.jsonl not found: run from the checkout beside ../shared")
    command = [sys.executable, SCORER, "--data", args.data, "--cmd", parse_command()]
    if args.examples:
        command.append("--examples")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(result.stderr or result.stdout)
    print(f"statements parse on {args.data}")
    print(result.stdout, end="")


if __name__ == "__main__":
    main()
