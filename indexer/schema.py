"""The Whoosh schema of a statements index; every field name is defined here, once.

One Whoosh document is one *unique* statement: the same speakers saying the same words
(after normalising case, punctuation and whitespace), however many articles reported it. Its
occurrences (words, speakers, outlet, url, date, title, context, ...) are kept in the stored
``sources`` field; that is the one copy of them. Only what a reader takes from the stored
fields besides (dedup key, speaker ids, outlets, date) is stored again.
"""

from __future__ import annotations

from whoosh import fields
from whoosh.analysis import Analyzer, CharsetFilter, RegexTokenizer, StemmingAnalyzer
from whoosh.analysis.filters import LowercaseFilter
from whoosh.support.charset import accent_map

__all__ = [
    "ARTICLES",
    "DATE",
    "DEDUP",
    "KIND",
    "OUTLET",
    "SCHEMA_VERSION",
    "SOURCES",
    "SPEAKERS",
    "SPEAKER_IDS",
    "TEXT",
    "TITLE",
    "WORDS",
    "build_schema",
    "text_analyzer",
    "words_analyzer",
]

#: bump when the schema changes incompatibly; an index of another version is refused
SCHEMA_VERSION = 1

DEDUP = "dedup"  # stored unique key: speakers + normalised words (indexer.dedup, indexer.keys)
TEXT = "text"  # the quoted words, stemmed, with positions (phrases, proximity); not stored
WORDS = "words"  # no longer written (indexer.vocabulary lists the words); kept for old indexes
SPEAKER_IDS = "speaker_ids"  # registry ids, space separated
SPEAKERS = "speakers"  # no longer written (the names are in sources); kept for old indexes
OUTLET = "outlet"  # lower-cased outlet names of every source
KIND = "kind"  # direct | partial (searched, not stored)
DATE = "date"  # the earliest date of any source (sortable)
TITLE = "title"  # no longer written (the titles are in sources); kept for old indexes
ARTICLES = "articles"  # no longer written (indexer.keys finds articles); kept for old indexes
SOURCES = "sources"  # stored: every report (indexer.records)

#: words: letters/digits runs, keeping "U.S." and "2.5" whole
WORD_PATTERN = r"\w+(\.?\w+)*"


def text_analyzer() -> Analyzer:
    """Lower-cased, accent-folded, stemmed words; no stop words (quotes are exact words)."""
    return StemmingAnalyzer(expression=WORD_PATTERN, stoplist=None, minsize=1) | CharsetFilter(
        accent_map
    )


def words_analyzer() -> Analyzer:
    """Lower-cased, accent-folded words as written."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


def _day_field() -> fields.DATETIME:
    """A date field with one index term per document.

    Whoosh's DATETIME writes eight (the value at eight precisions, so that a range over
    microseconds needs few terms); for dates that are whole days five of them are the day
    again, and they were a sixth of all postings written. A range lists the days in it: a
    few thousand terms at most, and large indexes filter dates from the retrieval core's
    date column instead.
    """
    field = fields.DATETIME(stored=True, sortable=True)
    field.shift_step = 0
    return field


def build_schema() -> fields.Schema:
    """The schema every statements index is created with."""
    return fields.Schema(
        **{
            DEDUP: fields.STORED(),
            TEXT: fields.TEXT(analyzer=text_analyzer(), phrase=True),
            SPEAKER_IDS: fields.KEYWORD(stored=True, scorable=False),
            SPEAKERS: fields.STORED(),
            OUTLET: fields.KEYWORD(stored=True, commas=True, lowercase=True),
            KIND: fields.ID(),
            DATE: _day_field(),
            TITLE: fields.STORED(),
            SOURCES: fields.STORED(),
        }
    )
