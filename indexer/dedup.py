"""What makes two reports one statement: the same speakers and the same words.

Words are compared after normalising Unicode, case, punctuation (curly or straight quote marks,
dashes) and whitespace, so a caption that repeats a body sentence, or two outlets quoting the
same line, give the same key.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["article_hash", "dedup_key", "normalise_words"]

_NOT_WORD = re.compile(r"[^\w]+")


def normalise_words(text: str) -> str:
    """Lower-cased words without accents or punctuation, one space apart."""
    folded = text if text.isascii() else _without_accents(text)
    folded = folded.replace("\u2019", "").replace("'", "")  # "we're" == "were" either way
    return " ".join(_NOT_WORD.sub(" ", folded.casefold()).split())


def _without_accents(text: str) -> str:
    """Compatibility-decomposed, combining marks dropped (ASCII text is left as it is by
    both, so callers skip the per-character pass for it)."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(char for char in folded if not unicodedata.combining(char))


def dedup_key(speaker_ids: Iterable[str], text: str) -> str:
    """The key shared by every report of the same speakers saying the same words."""
    speakers = " ".join(sorted(set(speaker_ids)))
    digest = hashlib.blake2b(
        f"{speakers}\x1f{normalise_words(text)}".encode(), digest_size=16
    ).hexdigest()
    return digest


def article_hash(article_key: str) -> str:
    """A short, whitespace-free token standing for an article key (URL or path) in the index."""
    return hashlib.blake2b(article_key.encode(), digest_size=10).hexdigest()
