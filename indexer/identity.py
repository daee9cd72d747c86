"""How a statement gets its stable id and what it inherits from its article."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from crawler.models import Article, Statement, statement_id

__all__ = ["article_key", "statement_from_article", "statement_with_id"]


def statement_from_article(statement: Statement, article: Article) -> Statement:
    """Fill in what the article knows and the statement does not; give it its stable id."""
    published = article.published.date() if article.published else None
    filled = replace(
        statement,
        url=statement.url or article.canonical_url or article.url,
        outlet=statement.outlet or article.outlet,
        title=statement.title or article.title,
        date=statement.date or published,
        source=statement.source or article.source,
    )
    if not filled.id:
        filled = replace(
            filled, id=statement_id(article_key(article), filled.start, filled.end, filled.text)
        )
    return filled


def article_key(article: Article) -> str:
    """The article's key; an article without URL or source is known by its text."""
    if article.key:
        return article.key
    return "text:" + hashlib.blake2b(article.text.encode(), digest_size=16).hexdigest()


def statement_with_id(statement: Statement) -> Statement:
    """A pre-extracted statement with its stable id (from its words, speakers, date, source)."""
    if statement.id:
        return statement
    content = "\x1f".join(
        (*statement.speakers, statement.text, str(statement.date), statement.outlet or "")
    )
    key = statement.url or statement.source
    return replace(statement, id=statement_id(key, statement.start, statement.end, content))
