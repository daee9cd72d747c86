"""The engines under benchmark; each module offers ``build(corpus, index_dir)`` and
``open_engine(index_dir)`` returning a callable that answers one benchmark query (top 10)."""
