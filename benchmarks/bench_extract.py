"""Quote extraction quality and speed, through ``statements extract`` and the shared scorer.

Run from the checkout, beside ``../shared``::

    python -m benchmarks.bench_extract            # seed, PolNeAR dev and train, our news
    python -m benchmarks.bench_extract --sets seed dev

``news`` is our own held-out gold (``benchmarks/gold/``: 16 UK and US articles written for it,
speakers as canonical full names), so its speakers need no cutting.

For each set it runs ``../shared/tools/score_quotes.py --cmd 'statements extract --format
jsonl'`` (one process for all the set's documents, pinned to one core with ``taskset`` when
available, so the time includes process start) and prints:

1. span F1 (quotes matched by overlap) and exact-span F1;
2. speaker accuracy (lenient: same surname) and attributed F1 (span and speaker right);
3. for PolNeAR, attributed F1 once more against the gold speakers cut at their first
   apposition: PolNeAR's gold speaker is the whole annotated mention ("Kenneth Baer, a former
   Obama administration official who runs Crosscut Strategies"), and the scorer compares last
   words, so a correct canonical name cannot match about a third of them (mentions that are
   no name at all, "said", "who", "one user", count as unknown speakers there);
4. seconds and documents per second (the speed target is PolNeAR train, 840 documents).

Data beside the project is read in place and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = "../shared/tools/score_quotes.py"
SETS = {
    "seed": (
        "../shared/acceptance/seed-article.docs.jsonl",
        "../shared/acceptance/seed-article.gold.jsonl",
    ),
    "dev": (
        "../shared/data/polnear/polnear-dev.docs.jsonl",
        "../shared/data/polnear/polnear-dev.gold.jsonl",
    ),
    "train": (
        "../shared/data/polnear/polnear-train.docs.jsonl",
        "../shared/data/polnear/polnear-train.gold.jsonl",
    ),
    # our own held-out UK/US news (benchmarks/gold/make_gold.py), canonical speaker names
    "news": ("benchmarks/gold/news.docs.jsonl", "benchmarks/gold/news.gold.jsonl"),
}
#: printed names of sets whose name alone would not say where they come from
LABELS = {"news": "news (ours)"}
#: where a PolNeAR speaker mention stops naming the person and starts describing them
_APPOSITION = re.compile(r",|\(| who | whose | of the | of | at | for ")


def extract_command() -> str:
    """``statements extract --format jsonl``, from this interpreter's environment, on one core."""
    script = Path(sys.executable).parent / "statements"
    command = (
        f"{shlex.quote(str(script)) if script.exists() else 'statements'} extract --format jsonl"
    )
    if shutil.which("taskset"):
        command = f"taskset -c 0 {command}"
    return command


def score(docs: str, gold: str) -> dict[str, object]:
    """The scorer's JSON report for one docs/gold pair."""
    completed = subprocess.run(
        [sys.executable, SCORER, "--docs", docs, "--gold", gold, "--cmd", extract_command()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    report: dict[str, object] = json.loads(completed.stdout)
    return report


def gold_cut_at_appositions(gold: str, directory: str) -> str:
    """A copy of the gold file (in a temporary directory) whose speakers are cut to the name."""
    path = os.path.join(directory, "gold-names.jsonl")
    with open(ROOT / gold, encoding="utf-8") as source, open(path, "w", encoding="utf-8") as out:
        for line in source:
            if not line.strip():
                continue
            record = json.loads(line)
            names = [_APPOSITION.split(name)[0].strip() for name in record["speakers"]]
            # a mention that is no name ("said", "who", "one user") is an unknown speaker
            record["speakers"] = [name for name in names if name[:1].isupper()]
            out.write(json.dumps(record) + "\n")
    return path


def line(name: str, report: dict[str, object]) -> str:
    overlap, exact = report["overlap"], report["exact"]
    attributed, speakers = report["attributed"], report["speaker_accuracy"]
    assert isinstance(overlap, dict) and isinstance(exact, dict)
    assert isinstance(attributed, dict) and isinstance(speakers, dict)
    return (
        f"{name:<12} span F1 {overlap['F1']:.3f} (P {overlap['P']:.3f} R {overlap['R']:.3f})  "
        f"exact F1 {exact['F1']:.3f}  speaker acc {speakers['lenient']}  "
        f"attributed F1 {attributed['F1']:.3f} (P {attributed['P']:.3f} R {attributed['R']:.3f})  "
        f"{report['seconds']} s, {report['docs_per_second']} docs/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sets", nargs="+", choices=sorted(SETS), default=["seed", "dev", "train", "news"]
    )
    args = parser.parse_args()
    print(f"command: {extract_command()}")
    for name in args.sets:
        docs, gold = SETS[name]
        print(line(LABELS.get(name, name), score(docs, gold)))
        if name in ("dev", "train"):
            with tempfile.TemporaryDirectory() as directory:
                cut = gold_cut_at_appositions(gold, directory)
                report = score(docs, cut)
                attributed = report["attributed"]
                assert isinstance(attributed, dict)
                print(
                    f"{name + ' (names)':<12} attributed F1 {attributed['F1']:.3f} "
                    f"against gold speakers cut at the first apposition"
                )


if __name__ == "__main__":
    main()
