"""Deterministic query classes drawn from the corpus ingredients (200+ queries per class).

Words come from the sentence pool, chosen by how many pool sentences hold them, so that the
same classes mean the same thing at every corpus size. A query is a plain dict that each engine
translates: ``words`` joined by ``op`` ("and", "or", "phrase"), plus optional ``speaker``,
``since``/``until`` (ISO dates) and ``facet``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from typing import Any

from benchmarks.corpus import DAYS, FIRST_DATE, SEED, Corpus

__all__ = ["CLASSES", "make_queries"]

CLASSES = (
    "one_word",
    "two_and",
    "two_or",
    "phrase",
    "word_speaker",
    "word_dates",
    "rare_word",
    "facet",
)
PER_CLASS = 200
WORD = re.compile(r"[a-z]+")
#: Whoosh's English stop words (its analyzers drop them), so every engine sees the same words
STOP_WORDS = frozenset(
    str.split(
        "a an and are as at be by can for from have if in is it may not of on or tbd that the "
        "this to us we when will with yet you your"
    )
)

Query = dict[str, Any]


def _content_words(sentence: str) -> list[str]:
    return [w for w in WORD.findall(sentence.lower()) if len(w) >= 3 and w not in STOP_WORDS]


def _sentence_frequencies(corpus: Corpus) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in corpus.sentences:
        counts.update(set(_content_words(sentence)))
    return counts


def _phrase(sentence: str, rng: random.Random) -> list[str] | None:
    """2-3 adjacent content words (only spaces between them) from one sentence, if any."""
    runs = re.findall(r"[A-Za-z]{3,}(?: [A-Za-z]{3,})+", sentence)
    runs = [r.lower().split() for r in runs]
    runs = [r for r in runs if not STOP_WORDS & set(r)]
    if not runs:
        return None
    run = rng.choice(runs)
    size = min(len(run), rng.choice((2, 3)))
    start = rng.randrange(len(run) - size + 1)
    return run[start : start + size]


def _date_range(rng: random.Random) -> tuple[str, str]:
    since = FIRST_DATE + dt.timedelta(days=rng.randrange(DAYS - 400))
    until = since + dt.timedelta(days=rng.randrange(30, 366))
    return since.isoformat(), until.isoformat()


def make_queries(corpus: Corpus, per_class: int = PER_CLASS) -> list[Query]:
    """``per_class`` queries of every class in :data:`CLASSES`, always the same ones."""
    rng = random.Random(SEED + 2)
    freq = _sentence_frequencies(corpus)
    ranked = [w for w, _ in freq.most_common()]
    common, mid = ranked[:per_class], ranked[:1000]
    rare = sorted(w for w, n in freq.items() if n in (2, 3) and len(w) >= 6)
    queries: list[Query] = []
    add = queries.append
    for word in common:
        add({"class": "one_word", "words": [word], "op": "and"})
    for word in rng.sample(rare, per_class):
        add({"class": "rare_word", "words": [word], "op": "and"})
    while sum(q["class"] == "two_and" for q in queries) < per_class:
        words = [
            w for w in dict.fromkeys(_content_words(rng.choice(corpus.sentences))) if freq[w] >= 20
        ]
        if len(words) >= 2:
            add({"class": "two_and", "words": rng.sample(words, 2), "op": "and"})
    for _ in range(per_class):
        add({"class": "two_or", "words": rng.sample(mid, 2), "op": "or"})
    while sum(q["class"] == "phrase" for q in queries) < per_class:
        phrase = _phrase(rng.choice(corpus.sentences), rng)
        if phrase:
            add({"class": "phrase", "words": phrase, "op": "phrase"})
    for _ in range(per_class):
        speaker = corpus.speakers[corpus.draw_speaker(rng)]
        add({"class": "word_speaker", "words": [rng.choice(mid)], "op": "and", "speaker": speaker})
    for _ in range(per_class):
        since, until = _date_range(rng)
        add(
            {
                "class": "word_dates",
                "words": [rng.choice(mid)],
                "op": "and",
                "since": since,
                "until": until,
            }
        )
    for _ in range(per_class):
        add({"class": "facet", "words": [rng.choice(mid)], "op": "and", "facet": "speaker"})
    return queries
