"""Hits copied out of Whoosh: the earliest report of each statement, its sources, a snippet.

The snippet marks matched words with ``[[`` and ``]]`` (words and phrases through the stemmed
field, prefix*/fuzzy~ words through the unstemmed one; excluded words are never marked).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from indexer import SpeakerRegistry, schema
from indexer.records import record_from_stored
from search.results import Hit, Source

if TYPE_CHECKING:
    from whoosh.query import Query
    from whoosh.searching import Searcher

__all__ = ["MatchTerms", "build_hit", "highlight", "matched_terms"]

SNIPPET_CHARS = 320
MARK_OPEN, MARK_CLOSE = "[[", "]]"


def build_hit(
    searcher: Searcher,
    registry: SpeakerRegistry,
    docnum: int,
    *,
    score: float,
    rank: int,
    terms: MatchTerms,
) -> Hit:
    """The hit for one document: plain values only, safe after the searcher closes."""
    record = record_from_stored(searcher.stored_fields(docnum))
    ordered = record.ordered()
    statement = ordered[0].statement
    known = [registry.get(i) for i in record.speaker_ids]
    if known and all(known):
        statement = replace(statement, speakers=tuple(s.name for s in known if s))
    statement = replace(statement, speaker_ids=record.speaker_ids)
    sources = tuple(
        dict.fromkeys(
            Source(outlet=s.outlet, url=s.url, date=s.date, title=s.title, source=s.source)
            for s in (o.statement for o in ordered)
        )
    )
    return Hit(
        statement=statement,
        score=score,
        rank=rank,
        snippet=highlight(statement.text, terms),
        sources=sources,
    )


@dataclass(slots=True)
class MatchTerms:
    """What to mark in a snippet: stemmed words, unstemmed words, and exact stemmed phrases."""

    stems: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    phrases: set[tuple[str, ...]] = field(default_factory=set)


def matched_terms(query: Query, searcher: Searcher) -> MatchTerms:
    """The index terms a query looks for, leaving out everything under a NOT."""
    from whoosh import query as q

    found = MatchTerms()

    def visit(node: Query) -> None:
        if isinstance(node, (q.Not, q.ConstantScoreQuery)):
            return
        if isinstance(node, q.AndNot):
            visit(node.a)
        elif isinstance(node, q.Term) and node.fieldname == schema.TEXT:
            found.stems.add(node.text)
        elif isinstance(node, q.Phrase) and node.fieldname == schema.TEXT:
            if node.slop <= 1:
                found.phrases.add(tuple(node.words))
            else:
                found.stems.update(node.words)
        elif isinstance(node, q.MultiTerm) and node.fieldname == schema.WORDS:
            for _field, text in node.existing_terms(searcher.reader(), expand=True):
                found.words.add(text.decode("utf-8") if isinstance(text, bytes) else text)
        else:
            for child in node.children():
                visit(child)

    visit(query)
    return found


def highlight(text: str, terms: MatchTerms) -> str:
    """``text`` (cut around the first match when long) with matched words in [[ ]]."""
    spans = _spans(text, terms)
    start, end = _window(text, spans)
    pieces: list[str] = []
    cursor = start
    for low, high in spans:
        if low < cursor or high > end:
            continue
        pieces += [text[cursor:low], MARK_OPEN, text[low:high], MARK_CLOSE]
        cursor = high
    pieces.append(text[cursor:end])
    return ("..." if start else "") + "".join(pieces) + ("..." if end < len(text) else "")


def _spans(text: str, terms: MatchTerms) -> list[tuple[int, int]]:
    stemmed = [(t.text, t.startchar, t.endchar) for t in _analyzer(True)(text, chars=True)]
    spans = {(low, high) for word, low, high in stemmed if word in terms.stems}
    if terms.words:
        spans.update(
            (t.startchar, t.endchar)
            for t in _analyzer(False)(text, chars=True)
            if t.text in terms.words
        )
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


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    if len(text) <= SNIPPET_CHARS:
        return 0, len(text)
    first = spans[0][0] if spans else 0
    start = max(0, first - SNIPPET_CHARS // 3)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        end = max(text.rfind(" ", start, end), first + 1)
    return start, end


@lru_cache(maxsize=2)
def _analyzer(stemmed: bool) -> Any:
    return schema.text_analyzer() if stemmed else schema.words_analyzer()
