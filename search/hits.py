"""Hits copied out of Whoosh: the earliest report of each statement, its sources, and what
the query looked for; snippets made from those when asked for (:func:`highlight`).

The snippet marks matched words with ``[[`` and ``]]`` (every word whose stem the query looks
for, and phrases; excluded words are never marked).
Building ten hits is most of what a search costs on a large index, so the steps are cheap:
stored fields are read straight from the segments' columns, the stored reports are rows of
plain values that become statements as they are, and words are matched by the text analyser's
own tokenizer pattern and a cached word -> term function (:func:`index_term`) instead of
running the analyser chain over each text; only words that may match are stemmed.
"""

from __future__ import annotations

import dataclasses
import re
import weakref
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from indexer import SpeakerRegistry, schema
from indexer.records import stored_statements
from indexer.stored import stored_fields_reader
from search.results import Hit, MatchTerms, Source

if TYPE_CHECKING:
    from whoosh.query import Query
    from whoosh.searching import Searcher

    from crawler.models import Statement

__all__ = ["build_hits", "highlight", "index_term", "matched_terms"]

SNIPPET_CHARS = 320
MARK_OPEN, MARK_CLOSE = "[[", "]]"
#: the text analyser's tokenizer pattern
WORD_PATTERN = r"\w+(\.?\w+)*"
#: distinct words whose index terms are remembered
TERM_CACHE_WORDS = 200_000


def build_hits(
    searcher: Searcher,
    registry: SpeakerRegistry,
    page: Sequence[tuple[int, float]],
    *,
    first_rank: int,
    terms: MatchTerms,
) -> tuple[Hit, ...]:
    """The hits for one page of (docnum, score), ranked from ``first_rank``: plain values
    only, safe after the searcher closes."""
    read = _stored_fields(searcher)
    return tuple(
        _hit(read(docnum), registry, score=score, rank=rank, terms=terms)
        for rank, (docnum, score) in enumerate(page, start=first_rank)
    )


def _hit(
    stored: dict[str, Any], registry: SpeakerRegistry, *, score: float, rank: int, terms: MatchTerms
) -> Hit:
    reports = stored_statements(stored.get(schema.SOURCES))  # None: damaged
    first = reports[0]
    speaker_ids = tuple(stored.get(schema.SPEAKER_IDS, "").split())
    names = _speaker_names(registry, speaker_ids) or first.speakers
    if names != first.speakers or speaker_ids != first.speaker_ids:
        first = dataclasses.replace(first, speakers=names, speaker_ids=speaker_ids)
    return Hit(first, score, rank, _sources(reports), terms)


def _speaker_names(
    registry: SpeakerRegistry, speaker_ids: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The registry's current names for these speakers; None (keep the stored names) when there
    are none or one is unknown."""
    names = []
    for speaker_id in speaker_ids:
        speaker = registry.get(speaker_id)
        if speaker is None:
            return None
        names.append(speaker.name)
    return tuple(names) or None


def _sources(reports: list[Statement]) -> tuple[Source, ...]:
    """Where the statement was reported, earliest first, each place once."""
    sources = [Source(s.outlet, s.url, s.date, s.title, s.source) for s in reports]
    return (sources[0],) if len(sources) == 1 else tuple(dict.fromkeys(sources))


_STORED: weakref.WeakKeyDictionary[Any, Callable[[int], dict[str, Any]]] = (
    weakref.WeakKeyDictionary()
)


def _stored_fields(searcher: Searcher) -> Callable[[int], dict[str, Any]]:
    """The stored-fields reader of the searcher's reader (made once per reader)."""
    reader = searcher.reader()
    stored = _STORED.get(reader)
    if stored is None:
        stored = _STORED[reader] = stored_fields_reader(reader)
    return stored


def matched_terms(query: Query) -> MatchTerms:
    """The index terms a query looks for, leaving out everything under a NOT."""
    from whoosh import query as q

    stems: set[str] = set()
    phrases: set[tuple[str, ...]] = set()

    def visit(node: Query) -> None:
        if isinstance(node, (q.Not, q.ConstantScoreQuery)):
            return
        if isinstance(node, q.AndNot):
            visit(node.a)
        elif isinstance(node, q.Term) and node.fieldname == schema.TEXT:
            stems.add(node.text)
        elif isinstance(node, q.Phrase) and node.fieldname == schema.TEXT:
            if node.slop <= 1:
                phrases.add(tuple(node.words))
            else:
                stems.update(node.words)
        else:
            for child in node.children():
                visit(child)

    visit(query)
    return MatchTerms(stems=frozenset(stems), phrases=frozenset(phrases))


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
    """Where matched words and phrases stand in ``text``, overlapping spans merged."""
    found = _phrase_spans(text, terms) if terms.phrases else _word_spans(text, terms)
    merged: list[tuple[int, int]] = []
    for low, high in sorted(found):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged


def _word_spans(text: str, terms: MatchTerms) -> set[tuple[int, int]]:
    stem, stems = _term_function(), terms.stems
    if not stems:  # a phrase alone
        return set()
    candidates = _candidate_pattern(frozenset(s[:1] for s in stems))
    return {match.span() for match in candidates.finditer(text) if stem(match.group()) in stems}


@lru_cache(maxsize=1024)
def _candidate_pattern(initials: frozenset[str]) -> re.Pattern[str]:
    """The analyser's tokens that may stem to a term starting with one of ``initials``: those
    whose first character is one of them in either case, or is not ASCII (stemming changes a
    word's ending, never its first letter; other characters are folded after stemming), so
    most words of a text are never stemmed. A token starts at a word character that follows
    neither a word character nor a dot after one (there the tokenizer's match goes on)."""
    letters = "".join(re.escape(c) for c in sorted({*initials, *(c.upper() for c in initials)}))
    # the first character is tested before the look-behinds: most positions fail it at once
    return re.compile(rf"(?=[{letters}\x80-\U0010ffff])(?<!\w)(?<!\w\.){_token_pattern().pattern}")


def _phrase_spans(text: str, terms: MatchTerms) -> set[tuple[int, int]]:
    spans = _word_spans(text, terms)
    stem = _term_function()
    stemmed = [
        (term, match.span())
        for match in _token_pattern().finditer(text)
        if (term := stem(match.group())) is not None
    ]
    words = [term for term, _ in stemmed]
    for phrase in terms.phrases:
        size, head = len(phrase), phrase[0]
        for index, word in enumerate(words):
            if word == head and tuple(words[index : index + size]) == phrase:
                spans.add((stemmed[index][1][0], stemmed[index + size - 1][1][1]))
    return spans


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


def index_term(word: str) -> str | None:
    """The term the ``text`` analyser makes of one token, or None if it drops it: the
    analyser's own filters run once per distinct word, then come from a cache."""
    return _term_function()(word)


@lru_cache(maxsize=1)
def _term_function() -> Callable[[str], str | None]:
    analyzer = schema.text_analyzer()

    @lru_cache(maxsize=TERM_CACHE_WORDS)
    def term(word: str) -> str | None:
        return next((token.text for token in analyzer(word, tokenize=False)), None)

    return term


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """The tokenizer the ``text`` analyser starts with (checked, not assumed: the token starts
    that :func:`_candidate_pattern` finds hold for this pattern only)."""
    tokenizer = schema.text_analyzer().items[0]
    expression = getattr(tokenizer, "expression", None)
    if getattr(tokenizer, "gaps", True) or getattr(expression, "pattern", None) != WORD_PATTERN:
        raise TypeError(f"highlighting expects the tokenizer {WORD_PATTERN!r}: {tokenizer}")
    pattern: re.Pattern[str] = tokenizer.expression
    return pattern
