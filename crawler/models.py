"""The core values that cross module boundaries: plain, frozen, slotted, typed.

No bs4 ``Tag`` or whoosh object ever escapes into these; they are safe to keep, pickle, compare
and hash after every parser, reader or searcher is closed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Article", "Speaker", "Statement", "StatementKind", "statement_id"]

StatementKind = Literal["direct", "partial"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: metadata and body text, captions and pull-quotes kept apart.

    ``text`` is the body as the extractor sees it: for a plain-text file, the file's decoded
    text unchanged (so statement offsets point into the file); for an HTML page, the body
    paragraphs joined by blank lines.
    """

    text: str
    source: str = ""
    url: str | None = None
    canonical_url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    language: str | None = None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Body paragraphs in order (non-empty lines of ``text``)."""
        return tuple(line.strip() for line in self.text.splitlines() if line.strip())

    @property
    def key(self) -> str:
        """What identifies the article across re-indexing: canonical URL, URL, else source path."""
        return self.canonical_url or self.url or self.source


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person (or an unnamed but specific role) whose words are quoted."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    party: str | None = None
    country: str | None = None
    external_ids: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Statement:
    """Words attributed to one or more speakers in one article.

    ``start``/``end`` are character offsets of the quoted words in the article's ``text``;
    ``speakers`` holds canonical names (fullest form in the article), ``mention`` the speaker as
    written ("He", "the Defence Secretary"), ``cue`` the verb ("told"), ``venue`` the audience or
    medium when given ("Times Radio").
    """

    text: str
    speakers: tuple[str, ...]
    kind: StatementKind = "direct"
    start: int = 0
    end: int = 0
    mention: str | None = None
    cue: str | None = None
    venue: str | None = None
    date: dt.date | None = None
    context: str = ""
    speaker_ids: tuple[str, ...] = ()
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    source: str = ""
    id: str = ""


def statement_id(article_key: str, start: int, end: int, text: str) -> str:
    """A stable id: the same quote in the same article always gets the same id."""
    digest = hashlib.blake2b(
        f"{article_key}\x1f{start}\x1f{end}\x1f{text}".encode(), digest_size=12
    )
    return digest.hexdigest()
