"""Step 6: direct or partial, and quote-marked text that is nobody's words.

Direct quotes are whole sentences of speech: they open a paragraph or follow a colon, a comma or
a sentence end. Partial quotes are words lifted into the reporter's sentence. Scare quotes,
titles and nicknames carry no cue: a partial quote without one is not a statement.
"""

from __future__ import annotations

import re

from crawler.models import StatementKind
from crawler.quotes.marks import QuoteSpan

__all__ = ["is_statement_text", "quote_kind"]

_LEAD_INS = (":", ",", ".", "?", "!", "—", "\u2013", "-", "(", ";")
#: a transcript turn ("WALLACE: Let's start ..."): the label is no quotation
_TRANSCRIPT_LABEL = re.compile(r"\(?[A-Z][A-Z.' -]+[:)]")
#: words that introduce a name or a term, not somebody's words: "the so-called 'reform'"
_NAMING = re.compile(
    r"\b(?:so-called|dubbed|nicknamed|known as|termed|"
    r"the (?:terms?|words?|phrases?|slogans?|hashtags?)|"
    r"titled|entitled|headlined|labelled as|labeled as)(?:\s+(?:the|a|an))?\s*$",
    re.IGNORECASE,
)
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'\u2019.-]*|of|the|a|an|and|in|on|for|to|with|at|by|&")


def quote_kind(text: str, span: QuoteSpan, sentence_start: int) -> StatementKind:
    """ "direct" for whole sentences of speech, "partial" for words inside the reporter's."""
    if span.continued:
        return "direct"
    before = text[max(sentence_start, span.open_at - 40) : span.open_at].rstrip()
    first = text[span.start]
    opens_sentence = (
        not before or before.endswith(_LEAD_INS) or before[-1] in "\"'\u201d\u2019\u201c\u2018"
    )
    if opens_sentence and (first.isupper() or first.isdigit() or not first.isalpha()):
        return "direct"
    if before.endswith(",") and text[span.start : span.end].rstrip().endswith((".", "?", "!")):
        return "direct"  # the second half of a split quote: "'We will,' she said, 'do more.'"
    return "partial"


def is_statement_text(
    text: str, span: QuoteSpan, *, attributed: bool, cued: bool, direct: bool
) -> bool:
    """Keep attributed quotes and unattributed direct speech; drop titles and scare quotes.

    ``cued``: a cue verb of the quote's own sentence names its speaker (not a continuation);
    a Title Case sentence passes only then ("'We're America,' the president added.").
    """
    quoted = text[span.start : span.end]
    words = quoted.split()
    if not words or _TRANSCRIPT_LABEL.match(quoted):
        return False
    ending = quoted.rstrip()[-1:]
    # a sentence of its own: cued, or going on from its speaker's quote ('..." she said. "Never."')
    spoken = direct and (
        (cued and (ending in ".?!\u2026" or (ending == "," and len(words) <= 2)))
        or (attributed and ending in ".?!\u2026" and len(words) <= 2)
    )
    shouted = cued and len(words) >= 2 and quoted.isupper()  # a post's "RICH AGAIN."
    if _is_title(words) and (not (spoken or shouted) or _after_work_noun(text, span)):
        return False
    if not direct and _NAMING.search(text, max(0, span.open_at - 24), span.open_at):
        return False
    if not direct and words[0].lower() == "so-called":
        return False  # the "so-called consultation": the writer's scare quote
    if quoted.rstrip().endswith(",") and _BYLINE_AFTER.match(text, span.close_at + 1):
        return False  # '"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello'
    if attributed:
        return True
    return direct and len(words) >= 6 and _ends_sentence(text, span)


#: a byline after the closing mark: the quote is the title of a piece ('"...," by Times' X')
_BYLINE_AFTER = re.compile(r"\s*(?:by|from)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:'s|\u2019s|')?\s")

#: nouns after which Title Case words in quotes name a work: "his show, 'Politicking.'"
_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:show|book|film|movie|album|song|programme|program|series|column|memoir|novel|"
    r"play|musical|documentary|podcast|essay|article|headline|slogan|hashtag|sign|banner|"
    r"shirts?|hats?|caps?|placards?|signs?|banners?|t-shirts?)"
    r"(?:\s+(?:that|which))?(?:\s+(?:says|said|reads|read|reading|saying))?\s*[,:]?\s*$",
    re.IGNORECASE,
)


def _after_work_noun(text: str, span: QuoteSpan) -> bool:
    return _WORK_NOUN_BEFORE.search(text, max(0, span.open_at - 30), span.open_at) is not None


def _is_title(words: list[str]) -> bool:
    """Title Case of a few words: a book, show, slogan or nickname ("Fox News Sunday")."""
    if len(words) > 7:
        return False
    stripped = [w.strip(",.;:!?()") for w in words]
    return all(_TITLE_WORD.fullmatch(w) for w in stripped if w) and any(
        w[:1].isupper() for w in stripped
    )


def _ends_sentence(text: str, span: QuoteSpan) -> bool:
    inner = text[span.start : span.end].rstrip().rstrip("'\u2019\"\u201d")  # "its 'gaffe,'"
    return inner.endswith((".", "?", "!", "…", ",", ":"))
