"""Step 1: find quote-marked spans in the article text.

Handles "double", 'single' (British news), curly and straight marks; apostrophes inside
single-quoted speech ("we're", "the voters' choice"); nested quotes of the other kind; quotes
running over several paragraphs (a paragraph that opens with a mark continues the quote left
open by the previous one); and marks left unclosed at a paragraph's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.quotes.layout import Paragraph

__all__ = ["QuoteSpan", "find_quote_spans"]

_DOUBLE = frozenset('"\u201c\u201d\u201e«»')
_SINGLE = frozenset("'\u2018\u2019\u201a")
_OPEN_ONLY = frozenset("\u201c\u201e«\u2018\u201a")
_CURLY = frozenset("\u201c\u201d\u2018\u2019")
_CLOSE_ONLY = frozenset("\u201d»")
_BEFORE_OPEN = frozenset(" \t\n([{—\u2013-/:;,.\u00a0") | _DOUBLE | _SINGLE
_AFTER_CLOSE = frozenset(" \t\n)]}—\u2013-/:;,.!?…\u00a0") | _DOUBLE | _SINGLE
_ELISIONS = re.compile(r"(?:em|til|cause|n|tis|twas|round|bout|cos)\b|\d0s\b|\d\d\b", re.I)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words (marks excluded) in one paragraph.

    ``continued`` is True when the span carries on a quote opened in an earlier paragraph;
    ``open_ended`` when its paragraph ends before the quote closes.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    paragraph: int
    double: bool
    continued: bool = False
    open_ended: bool = False


@dataclass(slots=True)
class _Open:
    at: int
    width: int
    double: bool
    continued: bool


def find_quote_spans(text: str, paragraphs: list[Paragraph]) -> list[QuoteSpan]:
    """Every quoted span, in text order."""
    spans: list[QuoteSpan] = []
    carried = False
    for number, paragraph in enumerate(paragraphs):
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        found = _scan_paragraph(text, paragraph, following, carried=carried)
        carried = bool(found) and found[-1].open_ended
        spans.extend(found)
    return spans


def _scan_paragraph(
    text: str, paragraph: Paragraph, following: Paragraph | None, *, carried: bool
) -> list[QuoteSpan]:
    """The quotes of one paragraph; ``carried`` when the paragraph before ended inside one."""
    spans: list[QuoteSpan] = []
    state: _Open | None = None
    continued = carried and _opens_continuation(text, paragraph)
    marks = _marks(text, paragraph)
    nested = 0  # quotes of the same kind opened inside the open one ('He said 'no' twice')
    for position, (i, width) in enumerate(marks):
        double = width == 2 or text[i] in _DOUBLE
        if state is None:
            if _can_open(text, i, width, paragraph):
                state = _Open(i, width, double, continued and i == paragraph.start)
                nested = 0
            continue
        if double == state.double and _opens_nested(text, i, width, marks, position, paragraph):
            nested += 1
            continue
        closes = double == state.double and _can_close(text, i, width, paragraph)
        if closes and nested:
            nested -= 1
            continue
        if closes and (
            state.double or not _apostrophe_before_later_close(text, i, marks, position, paragraph)
        ):
            spans.append(_span(text, state, i, paragraph, open_ended=False, width=width))
            state = None
    if state is not None and state.double and not _runs_on(text, state, following):
        typo = _single_mark_closing(text, state, marks)
        if typo is not None:  # "\u201cLet\u2019s go.\u2019 Schumer was ...": a mistyped close
            spans.append(_span(text, state, typo, paragraph, open_ended=False))
            rest = Paragraph(paragraph.index, typo + 1, paragraph.end, paragraph.is_caption)
            tail = (
                _scan_paragraph(text, rest, following, carried=False)
                if rest.start < rest.end
                else []
            )
            return [span for span in spans + tail if span.end > span.start]
    if state is not None and _keep_unclosed(text, state, paragraph, following):
        spans.append(_span(text, state, paragraph.end, paragraph, open_ended=True))
    return [span for span in spans if span.end > span.start]


def _opens_nested(
    text: str, i: int, width: int, marks: list[tuple[int, int]], position: int, paragraph: Paragraph
) -> bool:
    """A mark of the open quote's kind that opens a quote inside it: after a space, before a
    word, never able to close, and followed by two marks of its kind that can close (its own
    close and the outer one's): "'He told me 'no' and left,' she said"."""
    if text[i - 1] not in " \t(" or not _can_open(text, i, width, paragraph):
        return False
    if _can_close(text, i, width, paragraph):
        return False
    kind = text[i] in _DOUBLE or width == 2
    closers = 0
    for j, w in marks[position + 1 :]:
        if (text[j] in _DOUBLE or w == 2) != kind:
            continue
        if _can_open(text, j, w, paragraph) and text[j - 1] in " \t(":
            return False  # another opener first: a new quote, not a nested one
        if _can_close(text, j, w, paragraph):
            closers += 1
            if closers == 2:
                return True
    return False


def _runs_on(text: str, state: _Open, following: Paragraph | None) -> bool:
    return following is not None and _same_mark(text[state.at], text[following.start])


def _single_mark_closing(text: str, state: _Open, marks: list[tuple[int, int]]) -> int | None:
    """A single mark closing a double-quoted sentence: after . , ! or ?, before a space."""
    for j, width in marks:
        if j <= state.at or width != 1 or text[j] not in _SINGLE:
            continue
        after = text[j + 1] if j + 1 < len(text) else " "
        if text[j - 1] in ".,!?" and (after.isspace() or after in ",.;"):
            return j
    return None


_MARK = re.compile("''|``|[\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019\u201a]")


def _marks(text: str, paragraph: Paragraph) -> list[tuple[int, int]]:
    """(position, width) of every quote mark; two straight apostrophes ('') are one double mark."""
    return [
        (m.start(), m.end() - m.start())
        for m in _MARK.finditer(text, paragraph.start, paragraph.end)
    ]


def _opens_continuation(text: str, paragraph: Paragraph) -> bool:
    return text[paragraph.start] in _DOUBLE or text[paragraph.start] in _SINGLE


def _can_open(text: str, i: int, width: int, paragraph: Paragraph) -> bool:
    mark = text[i] if width == 1 else '"'
    if i + width >= paragraph.end:
        return False
    before = text[i - 1] if i > paragraph.start else " "
    after = text[i + width]
    if mark in _CLOSE_ONLY:
        return before.isspace() and after.isalnum()
    if after.isspace():
        return False
    if mark in _SINGLE:
        if before.isalnum() or (mark == "\u2019" and before not in " \t(—\u2013-"):
            return False
        return not _ELISIONS.match(text, i + 1, paragraph.end)
    return before in _BEFORE_OPEN or mark in _OPEN_ONLY


def _can_close(text: str, i: int, width: int, paragraph: Paragraph) -> bool:
    mark = text[i] if width == 1 else '"'
    before = text[i - 1]
    after = text[i + width] if i + width < paragraph.end else " "
    if mark in _OPEN_ONLY:
        return mark == "\u201c" and not before.isspace() and after.isspace()
    if before.isspace() and mark not in _CLOSE_ONLY:
        # 'the term \'outreach,\' " he told': a mark set off by a space after closing punctuation
        inner = text[i - 2] if i - 2 >= paragraph.start else " "
        return inner in ",.!?'\u2019" and (after.isspace() or after in ",.;")
    if mark in _SINGLE and before.isalnum() and after.isalnum():
        return False
    return after in _AFTER_CLOSE or after.isspace() or mark in _CLOSE_ONLY


def _apostrophe_before_later_close(
    text: str, i: int, marks: list[tuple[int, int]], position: int, paragraph: Paragraph
) -> bool:
    """A plural possessive ("the voters' choice") inside single-quoted speech, not its end."""
    if text[i - 1] not in "sS" or i + 2 >= paragraph.end:
        return False
    if not (text[i + 1] == " " and text[i + 2].islower()):
        return False
    if _FUNCTION_WORD.match(text, i + 2):
        return False  # "'fix the foundations' as Tories ...": a close before a function word
    return any(
        text[j] in _SINGLE and _can_close_simple(text, j, paragraph)
        for j, _ in marks[position + 1 :]
    )


#: words that follow a closing mark but never a plural possessive ("the voters' choice")
_FUNCTION_WORD = re.compile(
    r"(?:as|and|or|but|of|to|in|on|at|for|with|by|from|is|was|are|were|that|which|who|when|"
    r"after|before|if|than|then|so|because|while|into|over|about|against|during|since|until|"
    r"said|says|he|she|they|it|we|i|you|his|her|their|its|the|a|an)\b"
)


def _can_close_simple(text: str, j: int, paragraph: Paragraph) -> bool:
    after = text[j + 1] if j + 1 < paragraph.end else " "
    return not text[j - 1].isspace() and not (text[j - 1].isalnum() and after.isalnum())


def _keep_unclosed(
    text: str, state: _Open, paragraph: Paragraph, following: Paragraph | None
) -> bool:
    """An open quote at a paragraph's end: kept when the next paragraph opens with the same
    mark (the quote runs on), or when a lead-in ("X said: '...") shows it is speech. A stray
    mark opening a paragraph of narrative (a block excerpt) is no quote."""
    if following is not None and _same_mark(text[state.at], text[following.start]):
        return True
    lead = text[paragraph.start : state.at].rstrip()
    return lead.endswith((":", ","))


def _same_mark(opening: str, other: str) -> bool:
    return opening == other or (
        opening in _CURLY and other in _CURLY and ((opening in _DOUBLE) == (other in _DOUBLE))
    )


def _span(
    text: str, state: _Open, close: int, paragraph: Paragraph, *, open_ended: bool, width: int = 1
) -> QuoteSpan:
    start, end = state.at + state.width, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(
        start=start,
        end=end,
        open_at=state.at,
        close_at=close + width - 1,
        paragraph=paragraph.index,
        double=state.double,
        continued=state.continued,
        open_ended=open_ended,
    )
