"""indexer: the Whoosh index of record (fielded metadata, dedup, incremental updates)."""

from indexer.dedup import dedup_key, normalise_words
from indexer.speakers import SpeakerRegistry, normalise_name
from indexer.store import IndexReport, StatementIndex

__all__ = [
    "IndexReport",
    "SpeakerRegistry",
    "StatementIndex",
    "dedup_key",
    "normalise_name",
    "normalise_words",
]
