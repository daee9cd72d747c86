"""indexer: the Whoosh index of record (fielded metadata, dedup, incremental updates)."""

__all__: list[str] = []
