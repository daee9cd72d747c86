"""Which lookup terms (dedup keys, article hashes) the committed index may hold, in memory.

Adding a statement looks up its dedup key and its article in the committed index; on a
multi-segment index each lookup probes every segment's term table, and in a bulk import the
answer is almost always "not there". A :class:`TermFilter` answers that from a set of term
hashes: a term whose hash is absent is certainly not in the index (no lookup), one whose hash
is present is looked up as before (a hash is not proof). It describes one index generation:
it is loaded from that generation's segments, told about every term this process commits,
and not used for a generation it did not follow (another writer's commit).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["TermFilter"]


class TermFilter:
    """Term hashes per field of one index generation (a superset: deletions are not removed)."""

    def __init__(self, generation: int, hashes: dict[str, set[int]]) -> None:
        self.generation = generation
        self._hashes = hashes

    @classmethod
    def load(cls, reader: Any, fieldnames: Iterable[str]) -> TermFilter:
        """The terms of ``fieldnames`` in every segment ``reader`` reads."""
        hashes: dict[str, set[int]] = {}
        leaves = [leaf for leaf, _offset in reader.leaf_readers()]
        for fieldname in fieldnames:
            found = hashes[fieldname] = set()
            for leaf in leaves:
                if fieldname in leaf.schema:
                    found.update(hash(term.decode("utf-8")) for term in leaf.lexicon(fieldname))
        return cls(reader.generation(), hashes)

    def may_hold(self, fieldname: str, term: str) -> bool:
        """False when ``term`` is certainly not in the field; True when it may be."""
        return hash(term) in self._hashes[fieldname]

    def add(self, fieldname: str, terms: Iterable[str], *, generation: int) -> None:
        """Terms committed in ``generation`` (the filter now describes that generation)."""
        self._hashes[fieldname].update(hash(term) for term in terms)
        self.generation = generation
