"""Evaluate a Whoosh query tree on one segment's arrays: matching documents and BM25F scores.

Supported: ``Term`` (scored text field, or a keyword field), ``And``, ``Or``, ``AndNot``,
``Phrase`` (adjacent words), ``ConstantScoreQuery``, ``DateRange``/``NumericRange`` on the date
field, and boosts. Anything else raises :class:`Unsupported` and the caller falls back to
Whoosh. Scores follow Whoosh's BM25F exactly: the same idf and average length (from the whole
index), the same quantised field lengths, sums for And/Or/Phrase.

A match is a pair of arrays: sorted segment-local document numbers and their scores.
Filters (unscored) are applied to candidates only: ``accept`` answers "which of these
documents pass" without listing every document that passes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from search.core.segment import SegmentView

__all__ = ["Match", "Stats", "Unsupported", "accept", "evaluate"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
#: positions of a posting are < 2**20, so (candidate, position) fits one int64 key
_POSITION_BITS = 20


class Unsupported(Exception):  # noqa: N818 - a signal to fall back, not an error
    """The core does not evaluate this query; Whoosh does."""


@dataclass(frozen=True, slots=True)
class Match:
    docs: IntArray
    scores: FloatArray


@dataclass(frozen=True, slots=True)
class TermStats:
    idf: float
    avgfl: float
    B: float
    K1: float


class Stats:
    """Index-wide statistics for scoring, asked of the top-level Whoosh searcher once per term."""

    def __init__(self, searcher: Any, text_field: str, date_field: str, *, avgfl: float) -> None:
        from whoosh.scoring import BM25F

        weighting = searcher.weighting
        if type(weighting) is not BM25F:
            raise Unsupported("only BM25F scoring")
        self.searcher = searcher
        self.text_field = text_field
        self.date_field = date_field
        self.K1 = weighting.K1
        self.B = weighting._field_B.get(text_field, weighting.B)
        self.avgfl = avgfl
        self._terms: dict[bytes, TermStats] = {}

    def term(self, text: bytes) -> TermStats:
        found = self._terms.get(text)
        if found is None:
            searcher = self.searcher
            found = TermStats(
                idf=searcher.idf(self.text_field, text),
                avgfl=self.avgfl,
                B=self.B,
                K1=self.K1,
            )
            self._terms[text] = found
        return found


EMPTY = Match(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


# -- scored evaluation --------------------------------------------------------------------------


def evaluate(query: Any, seg: SegmentView, stats: Stats) -> Match:
    """Documents of ``seg`` matching ``query``, with their scores (deleted ones included)."""
    kind = type(query).__name__
    handler = _HANDLERS.get(kind)
    if handler is None:
        raise Unsupported(kind)
    match = handler(query, seg, stats)
    boost = getattr(query, "boost", 1.0)
    if boost != 1.0 and kind not in ("ConstantScoreQuery", "DateRange", "NumericRange"):
        match = Match(match.docs, match.scores * boost)
    return match


def _term(query: Any, seg: SegmentView, stats: Stats) -> Match:
    text = _term_bytes(query, stats)
    if query.fieldname != stats.text_field:
        docs = _keyword_docs(query.fieldname, text, seg)
        return Match(docs, np.ones(len(docs), dtype=np.float64))
    arrays = seg.arrays.text
    start, end = arrays.postings(text)
    if start == end:
        return EMPTY
    docs = np.asarray(arrays.docs[start:end], dtype=np.int64)
    return Match(docs, _bm25(stats.term(text), arrays.weights[start:end], arrays.lengths[docs]))


def _bm25(t: TermStats, weights: Any, lengths: Any) -> FloatArray:
    """Whoosh's BM25F for one field: idf * tf(K1+1) / (tf + K1((1-B) + B fl/avgfl))."""
    tf = np.asarray(weights, dtype=np.float64)
    fl = np.asarray(lengths, dtype=np.float64)
    return t.idf * ((tf * (t.K1 + 1)) / (tf + t.K1 * ((1 - t.B) + t.B * fl / t.avgfl)))


@dataclass(frozen=True, slots=True)
class _Part:
    """One side of an intersection: a text term scored late (only on the survivors), or a
    match already scored."""

    docs: Any
    text: bytes = b""
    start: int = 0
    boost: float = 1.0
    match: Match | None = None

    def scores(self, seg: SegmentView, stats: Stats, rows: IntArray, docs: IntArray) -> FloatArray:
        if self.match is not None:
            return self.match.scores[rows]
        arrays = seg.arrays.text
        postings = rows + self.start
        scores = _bm25(stats.term(self.text), arrays.weights[postings], arrays.lengths[docs])
        return scores * self.boost if self.boost != 1.0 else scores


def _text_part(text: bytes, seg: SegmentView, boost: float = 1.0) -> _Part | None:
    """The postings of a text term, unscored; None when the segment lacks the term."""
    start, end = seg.arrays.text.postings(text)
    if start == end:
        return None
    return _Part(seg.arrays.text.docs[start:end], text, start, boost)


def _intersection(parts: list[_Part]) -> tuple[IntArray, list[IntArray]]:
    """Docs in every part (smallest part first), and for each part the rows they sit at."""
    order = sorted(range(len(parts)), key=lambda i: len(parts[i].docs))
    docs = np.asarray(parts[order[0]].docs, dtype=np.int64)
    rows: dict[int, IntArray] = {order[0]: np.arange(len(docs), dtype=np.int64)}
    for i in order[1:]:
        found, where = _positions_in(parts[i].docs, docs)
        docs = docs[found]
        rows = {k: r[found] for k, r in rows.items()}
        rows[i] = where[found]
        if not len(docs):
            break
    return docs, [rows.get(i, np.zeros(0, dtype=np.int64)) for i in range(len(parts))]


def _sum_scores(
    parts: list[_Part], rows: list[IntArray], docs: IntArray, seg: SegmentView, stats: Stats
) -> FloatArray:
    total = np.zeros(len(docs), dtype=np.float64)
    for part, at in zip(parts, rows, strict=True):
        total = total + part.scores(seg, stats, at, docs)
    return total


def _term_bytes(query: Any, stats: Stats) -> bytes:
    field = stats.searcher.schema[query.fieldname]
    text = query.text
    return text if isinstance(text, bytes) else field.to_bytes(text)


def _keyword_docs(fieldname: str, text: bytes, seg: SegmentView) -> IntArray:
    keyword = seg.arrays.keywords.get(fieldname)
    if keyword is None:
        raise Unsupported(f"field {fieldname}")
    return np.asarray(keyword.docs_of(text), dtype=np.int64)


def _constant(query: Any, seg: SegmentView, stats: Stats) -> Match:
    inner = query.child if type(query).__name__ == "ConstantScoreQuery" else query
    docs = _all_docs(inner, seg, stats)
    return Match(docs, np.full(len(docs), _constant_score(query)))


def _constant_score(query: Any) -> float:
    """What a constant-score part adds: ConstantScoreQuery's score, a range's boost.

    Whoosh's ListMatcher reads a constant weight of 0.0 as "no constant weight" and scores 1.0
    instead; the core does the same so that rankings stay identical.
    """
    if type(query).__name__ == "ConstantScoreQuery":
        return float(query.score or 1.0)
    return float(query.boost)


def _all_docs(query: Any, seg: SegmentView, stats: Stats) -> IntArray:
    """Every document passing an unscored query."""
    everything = np.arange(seg.doc_count, dtype=np.int64)
    return everything[accept(query, seg, stats, everything)]


def _and(query: Any, seg: SegmentView, stats: Stats) -> Match:
    scored = [q for q in query.subqueries if not _is_filter(q)]
    filters = [q for q in query.subqueries if _is_filter(q)]
    if not scored:
        return _constant_sum(query.subqueries, seg, stats)
    parts = []
    for q in scored:
        if type(q).__name__ == "Term" and q.fieldname == stats.text_field:
            part = _text_part(_term_bytes(q, stats), seg, q.boost)
            if part is None:
                return EMPTY
        else:
            match = evaluate(q, seg, stats)
            part = _Part(match.docs, match=match)
        parts.append(part)
    docs, rows = _intersection(parts)
    scores = _sum_scores(parts, rows, docs, seg, stats)
    for q in filters:  # constant-score parts: checked on the candidates, add their boost
        passing = accept(q, seg, stats, docs)
        docs, scores = docs[passing], scores[passing] + _constant_score(q)
    return Match(docs, scores)


def _constant_sum(queries: list[Any], seg: SegmentView, stats: Stats) -> Match:
    first = _constant(queries[0], seg, stats)
    docs, scores = first.docs, first.scores
    for q in queries[1:]:
        passing = accept(q, seg, stats, docs)
        docs, scores = docs[passing], scores[passing] + _constant_score(q)
    return Match(docs, scores)


def _or(query: Any, seg: SegmentView, stats: Stats) -> Match:
    if getattr(query, "scale", None) or getattr(query, "minmatch", 0):
        raise Unsupported("Or with scale or minmatch")
    matches = [evaluate(q, seg, stats) for q in query.subqueries]
    return _union(matches, seg.doc_count)


def _union(matches: list[Match], doc_count: int) -> Match:
    matches = [m for m in matches if len(m.docs)]
    if not matches:
        return EMPTY
    if len(matches) == 1:
        return matches[0]
    if sum(len(m.docs) for m in matches) * 8 > doc_count:  # dense: one slot per document
        totals = np.zeros(doc_count, dtype=np.float64)
        hit = np.zeros(doc_count, dtype=np.bool_)
        for m in matches:
            totals[m.docs] += m.scores
            hit[m.docs] = True
        docs = np.flatnonzero(hit).astype(np.int64)
        return Match(docs, totals[docs])
    every = np.concatenate([m.docs for m in matches])
    docs, inverse = np.unique(every, return_inverse=True)
    scores = np.bincount(inverse, weights=np.concatenate([m.scores for m in matches]))
    return Match(docs.astype(np.int64), scores.astype(np.float64))


def _and_not(query: Any, seg: SegmentView, stats: Stats) -> Match:
    positive = evaluate(query.a, seg, stats)
    keep = ~accept(query.b, seg, stats, positive.docs)
    return Match(positive.docs[keep], positive.scores[keep])


def _phrase(query: Any, seg: SegmentView, stats: Stats) -> Match:
    if query.slop != 1 or query.fieldname != stats.text_field:
        raise Unsupported("phrase with slop or outside the text field")
    field = stats.searcher.schema[query.fieldname]
    parts = [_text_part(field.to_bytes(w), seg) for w in query.words]
    if any(p is None for p in parts):
        return EMPTY
    found = [p for p in parts if p is not None]
    docs, rows = _intersection(found)
    if not len(docs):
        return EMPTY
    keep = _adjacent(seg.arrays.text, [r + p.start for p, r in zip(found, rows, strict=True)])
    rows = [r[keep] for r in rows]
    return Match(docs[keep], _sum_scores(found, rows, docs[keep], seg, stats))


def _adjacent(arrays: Any, rows: list[IntArray]) -> BoolArray:
    """Which candidates hold the words at consecutive positions (rows: posting index per word)."""
    candidates = len(rows[0])
    keys = _position_keys(arrays, rows[0], 0)
    for offset, row in enumerate(rows[1:], start=1):
        following = _position_keys(arrays, row, offset)  # sorted: candidate, then position
        keys = keys[_positions_in(following, keys)[0]]
        if not len(keys):
            break
    keep = np.zeros(candidates, dtype=np.bool_)
    keep[keys >> _POSITION_BITS] = True
    return keep


def _position_keys(arrays: Any, postings: IntArray, offset: int) -> IntArray:
    """(candidate << bits) | (position - offset) for every position of the given postings."""
    starts = np.asarray(arrays.pos_offsets[postings], dtype=np.int64)
    counts = np.asarray(arrays.pos_offsets[postings + 1], dtype=np.int64) - starts
    owner = np.repeat(np.arange(len(postings), dtype=np.int64), counts)
    within = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(counts) - counts, counts
    )
    positions = np.asarray(arrays.positions[np.repeat(starts, counts) + within], dtype=np.int64)
    return (owner << _POSITION_BITS) | (positions - offset + (1 << 10))


def _positions_in(haystack: IntArray, needles: IntArray) -> tuple[BoolArray, IntArray]:
    """For each needle: whether it is in the sorted ``haystack``, and where."""
    where = np.searchsorted(haystack, needles)
    where[where >= len(haystack)] = 0
    found = haystack[where] == needles if len(haystack) else np.zeros(len(needles), np.bool_)
    return found, where


# -- unscored filters ---------------------------------------------------------------------------


def _is_filter(query: Any) -> bool:
    return type(query).__name__ in ("ConstantScoreQuery", "DateRange", "NumericRange")


def accept(query: Any, seg: SegmentView, stats: Stats, docs: IntArray) -> BoolArray:
    """Which of ``docs`` match ``query``, ignoring scores."""
    kind = type(query).__name__
    if kind == "Term":
        if query.fieldname == stats.text_field:
            return _positions_in(_term(query, seg, stats).docs, docs)[0]
        return seg.keyword_mask(query.fieldname, _term_bytes(query, stats))[docs]
    if kind == "ConstantScoreQuery":
        return accept(query.child, seg, stats, docs)
    if kind in ("DateRange", "NumericRange"):
        return _in_range(query, seg, stats, docs)
    if kind == "And":
        passing = np.ones(len(docs), dtype=np.bool_)
        for q in query.subqueries:
            passing &= accept(q, seg, stats, docs)
        return passing
    if kind == "Or":
        passing = np.zeros(len(docs), dtype=np.bool_)
        for q in query.subqueries:
            passing |= accept(q, seg, stats, docs)
        return passing
    if kind == "Not":
        return ~accept(query.query, seg, stats, docs)
    return _positions_in(evaluate(query, seg, stats).docs, docs)[0]


def _in_range(query: Any, seg: SegmentView, stats: Stats, docs: IntArray) -> BoolArray:
    if query.fieldname != stats.date_field:
        raise Unsupported(f"range on {query.fieldname}")
    low = -math.inf if query.start is None else query.start
    high = math.inf if query.end is None else query.end
    if query.startexcl:
        low += 1
    if query.endexcl:
        high -= 1
    dates = np.asarray(seg.arrays.dates[docs])
    from search.core.arrays import MISSING_DATE

    passing: BoolArray = (dates >= low) & (dates <= high) & (dates != MISSING_DATE)
    return passing


_HANDLERS = {
    "Term": _term,
    "And": _and,
    "Or": _or,
    "AndNot": _and_not,
    "Phrase": _phrase,
    "ConstantScoreQuery": _constant,
    "DateRange": _constant,
    "NumericRange": _constant,
}
