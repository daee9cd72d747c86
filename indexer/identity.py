"""How a statement gets its stable id and what it inherits from its article."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from crawler.models import Article, Statement, statement_id

__all__ = ["article_key", "stable_id", "statement_from_article"]


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


def stable_id(statement: Statement) -> str:
    """A pre-extracted statement's id: its own, else one made from its words, speakers, date
    and source (the same statement gets the same id each time it is imported)."""
    if statement.id:
        return statement.id
    content = "\x1f".join(
        (*statement.speakers, statement.text, str(statement.date), statement.outlet or "")
    )
    key = statement.url or statement.source
    return statement_id(key, statement.start, statement.end, content)
