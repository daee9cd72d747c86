"""One segment as the core sees it: its arrays, which documents are live, cached filter masks."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from search.core.arrays import SegmentArrays

__all__ = ["SegmentView"]

BoolArray = npt.NDArray[np.bool_]
#: filter masks kept per segment (one byte per document each)
MASK_CACHE_SIZE = 64


@dataclass(slots=True)
class SegmentView:
    """A segment's arrays, its global docnum offset and its deletions (None when none)."""

    arrays: SegmentArrays
    offset: int
    deleted: BoolArray | None
    _masks: OrderedDict[object, BoolArray] = field(default_factory=OrderedDict)
    labels: dict[object, object] = field(default_factory=dict)  # facet names per term, cached

    @property
    def doc_count(self) -> int:
        return self.arrays.doc_count

    def live(self, docs: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """``docs`` without the deleted ones."""
        if self.deleted is None or not len(docs):
            return docs
        return docs[~self.deleted[docs]]

    def cached_mask(self, key: object) -> BoolArray | None:
        mask = self._masks.get(key)
        if mask is not None:
            self._masks.move_to_end(key)
        return mask

    def keep_mask(self, key: object, mask: BoolArray) -> BoolArray:
        self._masks[key] = mask
        if len(self._masks) > MASK_CACHE_SIZE:
            self._masks.popitem(last=False)
        return mask

    def keyword_mask(self, fieldname: str, term: bytes) -> BoolArray:
        """Which documents carry ``term`` in the keyword field (cached: filters repeat)."""
        key = (fieldname, term)
        mask = self.cached_mask(key)
        if mask is None:
            mask = np.zeros(self.doc_count, dtype=np.bool_)
            keyword = self.arrays.keywords.get(fieldname)
            if keyword is not None:
                mask[keyword.docs_of(term)] = True
            mask = self.keep_mask(key, mask)
        return mask
