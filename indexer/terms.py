"""Which lookup terms (dedup keys, article hashes) the committed index may hold, in memory.

Adding a statement looks up its dedup key and its article in the committed index; on a
multi-segment index each lookup probes every segment's term table, and in a bulk import the
answer is almost always "not there". A :class:`TermFilter` answers that from a Bloom
filter of term hashes (4 MB per field, two bits per term; about 3 in 1,000 new terms of a
million-term field are looked up for nothing): a term whose bits are not both set is certainly
not in the index (no lookup), one whose bits are set is looked up as before. It describes one
index generation: it is loaded from that generation's segments, told about every term this
process commits, and not used for a generation it did not follow (another writer's commit).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["TermFilter"]


#: bits per field's filter (a power of two): 2**25 bits = 4 MB
FILTER_BITS = 1 << 25
_SLICE = FILTER_BITS.bit_length() - 1  # bits of the term hash per filter bit position
_MASK = FILTER_BITS - 1


class TermFilter:
    """A Bloom filter per field of one index generation's terms (a superset: deletions are
    not removed)."""

    def __init__(self, generation: int, fieldnames: Iterable[str]) -> None:
        self.generation = generation
        self._bits = {name: bytearray(FILTER_BITS // 8) for name in fieldnames}

    @classmethod
    def load(cls, reader: Any, fieldnames: Iterable[str]) -> TermFilter:
        """The terms of ``fieldnames`` in every segment ``reader`` reads."""
        names = tuple(fieldnames)
        loaded = cls(reader.generation(), names)
        leaves = [leaf for leaf, _offset in reader.leaf_readers()]
        for fieldname in names:
            for leaf in leaves:
                if fieldname in leaf.schema:
                    terms = (term.decode("utf-8") for term in leaf.lexicon(fieldname))
                    loaded._set(fieldname, terms)
        return loaded

    def may_hold(self, fieldname: str, term: str) -> bool:
        """False when ``term`` is certainly not in the field; True when it may be."""
        bits = self._bits[fieldname]
        first, second = _positions(term)
        return bool(bits[first >> 3] >> (first & 7) & 1 and bits[second >> 3] >> (second & 7) & 1)

    def add(self, fieldname: str, terms: Iterable[str], *, generation: int) -> None:
        """Terms committed in ``generation`` (the filter now describes that generation)."""
        self._set(fieldname, terms)
        self.generation = generation

    def _set(self, fieldname: str, terms: Iterable[str]) -> None:
        bits = self._bits[fieldname]
        for term in terms:
            for position in _positions(term):
                bits[position >> 3] |= 1 << (position & 7)


def _positions(term: str) -> tuple[int, int]:
    """The term's two bit positions: two slices of its (per-process) string hash."""
    hashed = hash(term)
    return hashed & _MASK, (hashed >> _SLICE) & _MASK
