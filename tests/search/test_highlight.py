"""Snippets mark exactly the words the analyser matches: the cheap highlighter (a tokenizer
pattern and a cached word -> term function) against the analyser chain run over each text."""

from __future__ import annotations

import random

import pytest

from indexer import schema
from search import hits
from search.hits import highlight, index_term
from search.results import MatchTerms

PIECES = str.split(
    "Freeloaders freeloading FREELOADER taxes Taxes taxing tax we're We\u2019re U.S. u.s. U.S.A. "
    "café Café cafe naïve Zürich zurich São Paulo 2025 3.5 1,000 e-mail re-elected o'clock "
    "coalition of the willing Coalition OF The Willing running runs ran rebuilt rebuild "
    "bridges bridge ΑΘΗΝΑ Αθήνα straße STRASSE İstanbul ﬁnance _under_score x.y.z. ... -- "
    "“quoted” \u2018single\u2019 (bracketed) [square] hegseth Hegseth's NATO's allies' "
    "a.taxes x..Taxes _taxes 3.5taxes Étaxes .freeloaders tax.Café "
)
PUNCTUATION = (" ", " ", " ", ", ", ". ", "! ", "? ", " -- ", "\n", "; ", ": ")


def reference_spans(text: str, terms: MatchTerms) -> list[tuple[int, int]]:
    """What the highlighter marked before: the analysers run over the whole text."""
    stemmed = [(t.text, t.startchar, t.endchar) for t in schema.text_analyzer()(text, chars=True)]
    spans = {(low, high) for word, low, high in stemmed if word in terms.stems}
    words = [word for word, _, _ in stemmed]
    for phrase in terms.phrases:
        size = len(phrase)
        for index in range(len(words) - size + 1):
            if tuple(words[index : index + size]) == phrase:
                spans.add((stemmed[index][1], stemmed[index + size - 1][2]))
    merged: list[tuple[int, int]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged


def random_text(rng: random.Random) -> str:
    return "".join(
        rng.choice(PIECES) + rng.choice(PUNCTUATION) for _ in range(rng.randrange(1, 80))
    )


def random_terms(rng: random.Random, text: str) -> MatchTerms:
    stems = [t.text for t in schema.text_analyzer()(text)] + ["nosuchword"]
    chosen = rng.sample(stems, min(len(stems), rng.randrange(0, 4)))
    phrases = []
    for _ in range(rng.randrange(0, 3)):
        start = rng.randrange(len(stems))
        phrases.append(tuple(stems[start : start + rng.randrange(2, 4)]))
    return MatchTerms(stems=frozenset(chosen), phrases=frozenset(phrases))


@pytest.mark.parametrize("seed", range(300))
def test_the_cheap_highlighter_marks_what_the_analysers_match(seed: int) -> None:
    rng = random.Random(seed)
    text = random_text(rng)
    terms = random_terms(rng, text)
    got = highlight(text, terms)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(hits, "_spans", reference_spans)
        wanted = highlight(text, terms)
    assert got == wanted
    assert hits._spans(text, terms) == reference_spans(text, terms)


def test_index_terms_are_the_analysers_terms() -> None:
    assert index_term("Freeloaders") == "freeload"
    assert index_term("Café") == "cafe"
    for word in ("Running", "ran", "Zürich", "2025", "U.S"):
        assert index_term(word) == next(t.text for t in schema.text_analyzer()(word))


def test_snippets_of_varied_text_are_pinned() -> None:
    terms = MatchTerms(
        stems=frozenset({"freeload", "cafe", "u."}), phrases=frozenset({("the", "will")})
    )
    text = "Freeloaders at the Café in the U.S. -- the WILL of freeloading, u.s.a. naïve"
    assert highlight(text, terms) == (
        "[[Freeloaders]] at the [[Café]] in the [[U.S]]. -- [[the WILL]] of [[freeloading]], "
        "u.s.a. naïve"
    )
