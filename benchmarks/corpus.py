"""A deterministic synthetic corpus of statements in the ``statements index --format jsonl`` form.

The words are real: sentences are read at run time from the reference data beside the project
(``../shared/data``: PolNeAR article texts and the expected text of the saved HTML pages) and
never copied into the repository. Everything else is drawn from a seeded generator:

1. load the sentence pool (sorted, deduplicated, 40-300 characters);
2. make ~2,000 speakers (first x last names) with parties, drawn with a Zipf distribution;
3. for each statement: 1-3 consecutive pool sentences (80 % cut to a run of 6-40 of their
   words), one speaker (5 % two), a date in a
   ten-year span, one of 30 outlets, a kind, a url, a title and a context sentence.

``python -m benchmarks.corpus --n 100000`` writes ``benchmarks/work/corpus-100000.jsonl``.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DATA_DIR",
    "WORK_DIR",
    "Corpus",
    "corpus_path",
    "load_sentences",
    "make_corpus",
    "write_corpus",
]

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT.parent / "shared" / "data"
WORK_DIR = ROOT / "benchmarks" / "work"
SEED = 20250307
FIRST_DATE = dt.date(2015, 1, 1)
DAYS = 3652  # ten years


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Aaron Abigail Adam Alan Alice Amanda Amy Andrew Angela Anna Anthony Barbara Benjamin Beth "
    "Brian Carl Carol Catherine Charles Chris Claire Daniel David Deborah Diane Donald Dorothy "
    "Edward Elizabeth Emily Eric Frank Gary George Grace Helen Henry Jack James Jane Janet Jason "
    "Jeffrey Jennifer Jessica John Joseph Joyce Julia Karen Kevin Laura Linda Lisa Margaret Maria "
    "Mark Martha Mary Matthew Michael Nancy Nicole Patricia Paul Peter Rachel Rebecca Richard "
    "Robert Ruth Ryan Samuel Sandra Sarah Scott Sharon Stephen Steven Susan Thomas Timothy Victoria"
)
LAST_NAMES = _words(
    "Abbott Adams Allen Anderson Bailey Baker Barnes Bell Bennett Brooks Brown Bryant Butler "
    "Campbell Carter Clark Coleman Collins Cook Cooper Cox Davis Edwards Evans Fisher Flores Ford "
    "Foster Garcia Gibson Gonzalez Graham Gray Green Griffin Hall Harris Hayes Henderson Hill "
    "Holmes Howard Hughes Jackson James Jenkins Johnson Jones Kelly Kennedy King Lee Lewis Long "
    "Lopez Marshall Martin Mason Miller Mitchell Moore Morgan Morris Murphy Myers Nelson Owens "
    "Parker Patterson Perry Peterson Phillips Powell Price Reed Reynolds Richardson Rivera Roberts "
    "Robinson Rogers Ross Russell Sanders Scott Shaw Simmons Smith Stewart Sullivan Taylor Thomas "
    "Thompson Turner Walker Ward Washington Watson Webb West White Williams Wilson Wood Wright "
    "Young"
)
PARTIES = ("Democratic", "Republican", "Labour", "Conservative", "Liberal Democrat", "Independent")
PARTY_WEIGHTS = (30, 30, 15, 15, 5, 5)
OUTLETS = (
    "Associated Press", "BBC News", "Bloomberg", "Breitbart", "CBS News", "CNN", "Daily Mail",
    "Fox News", "Guardian", "Huffington Post", "Independent", "Los Angeles Times", "NBC News",
    "New York Post", "New York Times", "NPR", "Politico", "Reuters", "Sky News", "Telegraph",
    "The Atlantic", "The Hill", "The Times", "USA Today", "Vox", "Wall Street Journal",
    "Washington Examiner", "Washington Post", "Axios", "Financial Times",
)  # fmt: skip
SPEAKERS = 2000
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


@dataclass(frozen=True, slots=True)
class Corpus:
    """The ingredients a corpus is drawn from; shared with the query generator."""

    sentences: tuple[str, ...]
    speakers: tuple[str, ...]
    speaker_party: tuple[str, ...]
    speaker_cum_weights: tuple[float, ...]

    def draw_speaker(self, rng: random.Random) -> int:
        """A speaker index drawn with the Zipf weights."""
        point = rng.random() * self.speaker_cum_weights[-1]
        return bisect.bisect_right(self.speaker_cum_weights, point)


def _paragraph_sentences(text: str) -> Iterator[str]:
    for paragraph in text.split("\n"):
        for sentence in SENTENCE_SPLIT.split(paragraph.strip()):
            if 40 <= len(sentence) <= 300:
                yield sentence


def _reference_texts(data_dir: Path) -> Iterator[str]:
    for path in sorted((data_dir / "polnear").glob("*.docs.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)["text"]
    expected = data_dir / "html" / "expected.jsonl"
    if expected.exists():
        with expected.open(encoding="utf-8") as lines:
            for line in lines:
                page = json.loads(line)
                yield page.get("text") or page.get("text_start") or ""


def load_sentences(data_dir: Path = DATA_DIR) -> tuple[str, ...]:
    """Every usable sentence of the reference texts, in document order, without repeats."""
    found: dict[str, None] = {}
    for text in _reference_texts(data_dir):
        found.update(dict.fromkeys(_paragraph_sentences(text)))
    if not found:
        raise SystemExit(f"no sentences found under {data_dir}; pass --data DIR")
    return tuple(found)


def make_corpus(data_dir: Path = DATA_DIR) -> Corpus:
    """Sentences plus the seeded speaker population."""
    rng = random.Random(SEED)
    names = [f"{first} {last}" for first, last in itertools.product(FIRST_NAMES, LAST_NAMES)]
    rng.shuffle(names)
    speakers = tuple(names[:SPEAKERS])
    parties = tuple(rng.choices(PARTIES, PARTY_WEIGHTS)[0] for _ in speakers)
    cum_weights = tuple(itertools.accumulate(1.0 / rank for rank in range(1, SPEAKERS + 1)))
    return Corpus(load_sentences(data_dir), speakers, parties, cum_weights)


def _statement(corpus: Corpus, rng: random.Random, number: int) -> dict[str, object]:
    pool = corpus.sentences
    start = rng.randrange(len(pool))
    length = rng.choices((1, 2, 3), (60, 30, 10))[0]
    text = " ".join(pool[(start + i) % len(pool)] for i in range(length))
    if rng.random() < 0.8:  # most quotes are a run of words, not whole sentences
        words = text.split()
        first = rng.randrange(max(1, len(words) - 6))
        text = " ".join(words[first : first + rng.randrange(6, 41)])
    speaker = corpus.draw_speaker(rng)
    speakers = [corpus.speakers[speaker]]
    if rng.random() < 0.05:
        speakers.append(corpus.speakers[corpus.draw_speaker(rng)])
    date = FIRST_DATE + dt.timedelta(days=rng.randrange(DAYS))
    outlet = OUTLETS[min(int(rng.expovariate(0.12)), len(OUTLETS) - 1)]
    slug = re.sub(r"[^a-z0-9]+", "-", pool[start][:40].lower()).strip("-")
    domain = re.sub(r"[^a-z]+", "", outlet.lower())
    return {
        "text": text,
        "speakers": speakers,
        "date": date.isoformat(),
        "outlet": outlet,
        "url": f"https://www.{domain}.example/{date:%Y/%m/%d}/{slug}-{number}",
        "title": pool[rng.randrange(len(pool))][:90],
        "kind": "direct" if rng.random() < 0.85 else "partial",
        "party": corpus.speaker_party[speaker],
        "context": pool[(start - 1) % len(pool)],
    }


def generate(corpus: Corpus, n: int) -> Iterator[dict[str, object]]:
    """The first ``n`` statements of the seeded stream (a prefix of any larger ``n``)."""
    rng = random.Random(SEED + 1)
    for number in range(n):
        yield _statement(corpus, rng, number)


def corpus_path(n: int, work_dir: Path = WORK_DIR) -> Path:
    return work_dir / f"corpus-{n}.jsonl"


def write_corpus(n: int, *, work_dir: Path = WORK_DIR, data_dir: Path = DATA_DIR) -> Path:
    """Write the ``n``-statement corpus once (kept between runs) and return its path."""
    path = corpus_path(n, work_dir)
    if path.exists():
        return path
    work_dir.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    corpus = make_corpus(data_dir)
    with partial.open("w", encoding="utf-8") as out:
        for statement in generate(corpus, n):
            out.write(json.dumps(statement, ensure_ascii=False) + "\n")
    partial.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    args = parser.parse_args()
    print(write_corpus(args.n, data_dir=args.data))


if __name__ == "__main__":
    main()
