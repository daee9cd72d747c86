"""crawler: news in. Fetch, archive and parse pages into Articles; extract Statements."""

import typing as _typing

from crawler.errors import (
    FetchError,
    IndexStoreError,
    InputError,
    QueryError,
    SpeakerError,
    StatementsError,
)
from crawler.models import Article, Speaker, Statement, StatementKind, statement_id

if _typing.TYPE_CHECKING:
    from crawler.quotes import extract_statements

__all__ = [
    "Article",
    "FetchError",
    "IndexStoreError",
    "InputError",
    "QueryError",
    "Speaker",
    "SpeakerError",
    "Statement",
    "StatementKind",
    "StatementsError",
    "extract_statements",
    "statement_id",
]


def __getattr__(name: str) -> object:
    """``extract_statements`` loads the extraction stack on first use: importing crawler (as
    every ``statements search`` does, for the models and errors) stays light."""
    if name == "extract_statements":
        from crawler.quotes import extract_statements

        globals()[name] = extract_statements
        return extract_statements
    raise AttributeError(f"module 'crawler' has no attribute {name!r}")
