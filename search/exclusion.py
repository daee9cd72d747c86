"""``a -b`` evaluated by Whoosh without its AndNot bug: the same matches and scores as ``a`` alone.

Whoosh's AndNotMatcher looks for the excluded word only when both sides start on the same
document, and its ``skip_to`` (used inside an AND) moves both sides without looking at all: the
first match of ``a`` in a segment, or the one an AND skips to, is kept even when ``b`` holds it.
So ``budget -tax`` returned statements containing "tax" on indexes of several segments.
:class:`Excluding` is AndNot with a matcher that always steps past excluded documents. (The
retrieval core evaluates AndNot itself and is right; this is only for what Whoosh answers.)
"""

from __future__ import annotations

from typing import Any

from whoosh import matching
from whoosh import query as q
from whoosh.matching.mcore import ReadTooFar

__all__ = ["Excluding", "ExcludingMatcher", "without_whoosh_andnot"]


class ExcludingMatcher(matching.AndNotMatcher):  # type: ignore[misc]
    """The documents of ``a`` that ``b`` does not match, scored by ``a``."""

    def _find_first(self) -> None:
        if self.a.is_active():
            self._find_next()

    def _find_next(self) -> bool:
        if not self.a.is_active():
            return False
        return bool(super()._find_next())

    def skip_to(self, id: int) -> bool:
        if not self.a.is_active():
            raise ReadTooFar
        skipped = bool(self.a.skip_to(id))
        self._find_next()
        return skipped


class Excluding(q.AndNot):  # type: ignore[misc]
    """``a ANDNOT b`` whose matcher is :class:`ExcludingMatcher`."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        scored = self.a.matcher(searcher, context)
        excluded = self.b.matcher(searcher, searcher.boolean_context())
        return ExcludingMatcher(scored, excluded)


def without_whoosh_andnot(query: q.Query) -> q.Query:
    """``query`` with every AndNot (at any depth) as :class:`Excluding` (``query`` if none)."""
    if not _holds_andnot(query):
        return query
    if isinstance(query, q.AndNot):
        return Excluding(without_whoosh_andnot(query.a), without_whoosh_andnot(query.b))
    if query.is_leaf():
        return query
    return query.apply(without_whoosh_andnot)


def _holds_andnot(query: q.Query) -> bool:
    return isinstance(query, q.AndNot) or any(_holds_andnot(c) for c in query.children())
