"""Which committed documents hold a statement (dedup key) or a report from an article.

Writing looks both up for every statement it adds. They used to be Whoosh terms, two unique
terms per statement: at a million statements a fifth of the index's bytes went to their term
dictionary entries. Here each segment gets two sorted arrays of 64-bit hashes with the
document numbers beside them, read once from the segment's stored fields (the dedup key, and
the article of every report), saved under ``<index>/keys/<segment id>.npz`` and kept until the
segment is merged away. A :class:`KeyTable` joins the arrays of one index generation; a hash
match is a candidate, kept when its document is live and its stored key is the one asked for.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indexer import schema
from indexer.records import StatementRecord, record_from_stored, stored_reports
from indexer.storage import in_segment_processes

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["KEYS_DIR", "KeyTable"]

KEYS_DIR = "keys"
_FORMAT = 1
_FIELDS = ("statement", "article")


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


class KeyTable:
    """Dedup keys and articles of one index generation's documents, by 64-bit hash."""

    def __init__(self, tables: dict[str, tuple[Any, Any]]) -> None:
        self._tables = tables  # field -> (sorted hashes, document numbers)

    @classmethod
    def load(cls, reader: Any, index_dir: Path) -> KeyTable:
        """The table of every segment ``reader`` reads: saved arrays, built where missing
        (or damaged), and those of segments no longer in the index deleted."""
        import numpy as np

        folder = index_dir / KEYS_DIR
        leaves = [(leaf, offset) for leaf, offset in reader.leaf_readers() if leaf.segment()]
        ids = [leaf.segment().segment_id() for leaf, _ in leaves]
        saved = {i: _load(folder / f"{i}.npz") for i in ids}
        missing = [i for i in ids if saved[i] is None]
        if len(missing) > 1:  # a bulk import's batch: one segment per writing process
            in_segment_processes(index_dir, missing, _build)
            saved.update((i, _load(folder / f"{i}.npz")) for i in missing)
        parts: dict[str, list[tuple[Any, Any]]] = {name: [] for name in _FIELDS}
        for (leaf, offset), segment_id in zip(leaves, ids, strict=True):
            arrays = saved[segment_id] or _build(leaf, index_dir)
            for name in _FIELDS:
                hashes, docs = arrays[name]
                parts[name].append((hashes, docs.astype(np.int64) + offset))
        kept = {f"{segment_id}.npz" for segment_id in ids}
        if folder.is_dir():
            for stale in folder.iterdir():
                if stale.name not in kept:
                    stale.unlink(missing_ok=True)
        tables = {}
        for name in _FIELDS:
            hashes = np.concatenate([h for h, _ in parts[name]] or [np.zeros(0, np.uint64)])
            docs = np.concatenate([d for _, d in parts[name]] or [np.zeros(0, np.int64)])
            order = np.argsort(hashes, kind="stable")
            tables[name] = (hashes[order], docs[order])
        return cls(tables)

    def record(self, searcher: Any, key: str) -> StatementRecord | None:
        """The committed record with this dedup key (``searcher``: of this generation)."""
        for docnum in _live(searcher, self._docs("statement", key)):
            stored = searcher.stored_fields(docnum)
            if stored[schema.DEDUP] == key:
                return record_from_stored(stored, docnum=docnum)
        return None

    def article_keys(self, searcher: Any, article: str) -> set[str]:
        """Dedup keys of the committed records that may hold a report from ``article``."""
        docnums = _live(searcher, self._docs("article", article))
        return {searcher.stored_fields(docnum)[schema.DEDUP] for docnum in docnums}

    def _docs(self, name: str, text: str) -> list[int]:
        import numpy as np

        hashes, docs = self._tables[name]
        wanted = np.uint64(_hash(text))  # a Python int would compare as a float
        first = int(hashes.searchsorted(wanted))
        last = first
        while last < len(hashes) and hashes[last] == wanted:  # mostly none, at most a few
            last += 1
        return [int(d) for d in docs[first:last]]


def _live(searcher: Any, docnums: list[int]) -> list[int]:
    reader = searcher.reader()
    return [docnum for docnum in docnums if not reader.is_deleted(docnum)]


def _build(leaf: Any, index_dir: Path) -> dict[str, tuple[Any, Any]]:
    """Read one segment's stored dedup keys and report articles; save them."""
    import numpy as np

    values: dict[str, list[tuple[int, int]]] = {name: [] for name in _FIELDS}
    for docnum in range(leaf.doc_count_all()):
        stored = leaf.stored_fields(docnum)
        if schema.DEDUP not in stored:
            continue
        values["statement"].append((_hash(stored[schema.DEDUP]), docnum))
        articles = {report.article for report in stored_reports(stored[schema.SOURCES])}
        values["article"].extend((_hash(article), docnum) for article in articles)
    arrays = {}
    for name in _FIELDS:
        pairs = sorted(values[name])
        hashes = np.fromiter((h for h, _ in pairs), dtype=np.uint64, count=len(pairs))
        docs = np.fromiter((d for _, d in pairs), dtype=np.int32, count=len(pairs))
        arrays[name] = (hashes, docs)
    _save(arrays, index_dir / KEYS_DIR / f"{leaf.segment().segment_id()}.npz")
    return arrays


def _save(arrays: dict[str, tuple[Any, Any]], path: Path) -> None:
    import numpy as np

    path.parent.mkdir(exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    columns = {
        f"{name}_{part}": arrays[name][i]
        for name in _FIELDS
        for i, part in enumerate(("hashes", "docs"))
    }
    with partial.open("wb") as handle:
        np.savez(handle, format=np.asarray(_FORMAT), **columns)
    partial.replace(path)


def _load(path: Path) -> dict[str, tuple[npt.NDArray[np.uint64], npt.NDArray[np.int32]]] | None:
    """Saved arrays, or None when missing, of another format or damaged (rebuilt then)."""
    import numpy as np

    try:
        with np.load(path) as saved:
            if int(saved["format"]) != _FORMAT:
                return None
            arrays = {name: (saved[f"{name}_hashes"], saved[f"{name}_docs"]) for name in _FIELDS}
    except (OSError, ValueError, KeyError, EOFError):
        return None
    if any(len(h) != len(d) for h, d in arrays.values()):
        return None
    return arrays
