"""The words of an index as written (lower-cased, accents folded), for prefix*, wild?card and
fuzzy~ queries.

The index itself holds stems only (``freeloaders`` and ``freeloading`` are both ``freeload``),
so a pattern is matched against this list and each word found searched by its stem. The list
is kept in ``words.txt`` beside the index, one word a line, sorted; a commit adds the words of
the statements it writes before Whoosh commits, so the list is never behind the index. It
only grows: a word whose statements are gone finds nothing. Indexes made before this list kept
the written words in the index (the ``words`` field); their words are read from there too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from crawler.errors import IndexStoreError
from indexer import schema
from indexer.storage import save_text

__all__ = ["VOCABULARY_FILE", "Vocabulary", "written_words"]

VOCABULARY_FILE = "words.txt"


def written_words(text: str) -> set[str]:
    """The distinct words of ``text`` as the index's analysers see them before stemming."""
    lowered = text.lower()
    found = set(_word_pattern().findall(lowered)) if lowered.isascii() else _folded(lowered)
    return found


def _folded(lowered: str) -> set[str]:
    accents = _accent_map()
    return {m.group().translate(accents) for m in _word_pattern().finditer(lowered)}


@lru_cache(maxsize=1)
def _word_pattern() -> re.Pattern[str]:
    return re.compile(schema.WORD_PATTERN.replace("(", "(?:"))


@lru_cache(maxsize=1)
def _accent_map() -> dict[int, str]:
    from whoosh.support.charset import accent_map

    folding: dict[int, str] = accent_map
    return folding


class Vocabulary:
    """A sorted list of written words, searched by prefix, wildcard pattern or edit distance."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._known = set(words)
        self.words = sorted(self._known)

    @classmethod
    def load(cls, directory: Path, reader: Any) -> Vocabulary:
        """The words of the index ``reader`` reads: ``words.txt``, and the older ``words``
        field where the index has one. A lost ``words.txt`` is made again from the stored
        statements."""
        path = directory / VOCABULARY_FILE
        try:
            words = set(path.read_text(encoding="utf-8").split("\n"))
        except FileNotFoundError:
            words = _words_of_statements(reader)
            if words:
                Vocabulary().add(words, directory)
        except (OSError, UnicodeDecodeError) as error:
            raise IndexStoreError(
                f"{path}: cannot be read ({error}); delete it and it is made again"
            ) from None
        if schema.WORDS in reader.schema:
            words.update(term.decode("utf-8") for term in reader.lexicon(schema.WORDS))
        words.discard("")
        return cls(words)

    def add(self, words: set[str], directory: Path) -> None:
        """Add words and save the list (atomically) when any is new."""
        new = words - self._known
        if not new:
            return
        self._known |= new
        self.words = sorted(self._known)
        save_text(directory / VOCABULARY_FILE, "\n".join(self.words))

    def starting(self, prefix: str) -> list[str]:
        """Words that start with ``prefix``."""
        words = self.words
        first = bisect.bisect_left(words, prefix)
        last = first
        while last < len(words) and words[last].startswith(prefix):
            last += 1
        return words[first:last]

    def matching(self, pattern: str) -> list[str]:
        """Words matching a wildcard pattern (``*`` any run of characters, ``?`` one)."""
        literal = re.split(r"[*?]", pattern, maxsplit=1)[0]
        pieces = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
        compiled = re.compile("".join(pieces), re.DOTALL)
        return [word for word in self.starting(literal) if compiled.fullmatch(word)]

    def near(self, word: str, max_edits: int, *, same_start: int = 1) -> list[str]:
        """Words within ``max_edits`` insertions, deletions, substitutions or swaps of two
        neighbouring letters of ``word``, beginning with its first ``same_start`` letters."""
        head = word[:same_start]
        return [
            candidate
            for candidate in self.starting(head)
            if abs(len(candidate) - len(word)) <= max_edits
            and _edits(word, candidate, max_edits) <= max_edits
        ]


def _edits(a: str, b: str, limit: int) -> int:
    """The optimal-string-alignment distance of ``a`` and ``b``, or ``limit + 1`` once every
    alignment needs more than ``limit`` edits."""
    if a == b:
        return 0
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, start=1):
            cost = char != other
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other:
                best = min(best, before[j - 2] + 1)
            current[j] = best
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def _words_of_statements(reader: Any) -> set[str]:
    """The written words of every stored statement (what was indexed: the earliest report)."""
    from indexer.records import record_from_stored

    words: set[str] = set()
    for stored in reader.all_stored_fields():
        if schema.SOURCES in stored:
            words |= written_words(record_from_stored(stored).representative().text)
    return words
