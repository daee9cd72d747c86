"""crawler: news in. Fetch, archive and parse pages into Articles; extract Statements."""

from crawler.errors import (
    FetchError,
    IndexStoreError,
    InputError,
    QueryError,
    SpeakerError,
    StatementsError,
)
from crawler.models import Article, Speaker, Statement, StatementKind, statement_id
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
