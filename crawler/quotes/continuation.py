"""Step 4b: quotes without a cue of their own take the speaker of a quote beside them.

In order of precedence: another quote of the same sentence; a later sentence of the paragraph
that names the speaker ("'We will.' 'We must,' he said."); a sentence before it with a cue
("Bystrom agreed. '...'"); a credit line paragraph after it ("- Bernie Sanders."); a colon
lead-in paragraph ("Finch continued:", "Trump issued the following statement:"); the quote it
continues over a paragraph break, or the quote of the paragraph before when this one opens
its paragraph. Words lifted into the reporter's sentence (partial quotes) need a cue of
their own.
"""

from __future__ import annotations

from crawler.quotes.attribution import QuoteCue
from crawler.quotes.cues import Cue, find_cues
from crawler.quotes.frames import Found, Frame
from crawler.quotes.lexicon import DASHES
from crawler.quotes.names import Mention, names_in
from crawler.quotes.nonquotes import quote_kind
from crawler.quotes.resolve import Resolver
from crawler.quotes.speakers import apply_cue
from crawler.quotes.subjects import first_person

__all__ = ["continue_speaker", "opens_paragraph"]


def continue_speaker(
    item: Found,
    index: int,
    frames: list[Frame],
    number: int,
    by_span: dict[int, Found],
    resolver: Resolver,
) -> None:
    """A quote without a cue: the same speaker as the quote it continues or sits beside."""
    if quote_kind(item.frame.text, item.span, item.frame.start) != "direct":
        return  # words lifted into the reporter's sentence need a cue of their own
    source = _continued_from(item, index, frames, number, by_span, resolver)
    if source is None:
        return
    item.speakers, item.mention, item.cue, item.venue = (
        source.speakers,
        source.mention,
        source.cue,
        source.venue,
    )
    item.attributed = True


def _continued_from(
    item: Found,
    index: int,
    frames: list[Frame],
    number: int,
    by_span: dict[int, Found],
    resolver: Resolver,
) -> Found | None:
    """Where a quote without a cue takes its speaker from, in the order of the module
    docstring."""
    frame = item.frame
    same_sentence = [by_span[i] for i in frame.quotes if i in by_span and by_span[i].attributed]
    if same_sentence:
        return same_sentence[-1]
    later = _later_in_paragraph(item, frames, number, resolver)
    if later is not None:
        return later
    cued_before = _cue_of_sentence_before(item, frames, number, resolver)
    if cued_before is not None:
        return cued_before
    credited = _credit_line_after(item, frames, number, resolver)
    if credited is not None:
        return credited
    previous = by_span.get(index - 1)
    lead_in = _colon_lead_in(item, frames, number, resolver)
    if lead_in is not None and (previous is None or previous.frame.end <= frames[number - 1].start):
        return lead_in
    if previous is None or not previous.attributed:
        return None
    if item.span.continued or previous.span.paragraph == item.span.paragraph:
        return previous
    if opens_paragraph(item) and previous.span.paragraph == item.span.paragraph - 1:
        return previous
    return None


def _later_in_paragraph(
    item: Found, frames: list[Frame], number: int, resolver: Resolver
) -> Found | None:
    """A later sentence of the paragraph opens with a quote and its attribution; not when a
    sentence of the reporter's follows this quote first ("'...' His campaign manager, Alex
    Conant, struck a similar tune. '...,' Conant said")."""
    if not _opens_sentence(item) or _words_after(item):
        return None
    for later_number in range(number + 1, min(number + 4, len(frames))):
        later = frames[later_number]
        if later.paragraph is not item.frame.paragraph or not later.quotes:
            return None
        choice = later.choices.get(later.quotes[0])
        if choice is not None and choice.layout == "trailing":
            source = Found(item.span, later, item.text)
            apply_cue(source, choice, later, frames, later_number, resolver)
            return source
        if later.tokens[0].kind != "quote":
            return None
    return None


def _words_after(item: Found) -> bool:
    """Words of the reporter's follow the quote in its sentence."""
    tokens = item.frame.tokens
    at = next(
        (n for n, t in enumerate(tokens) if t.kind == "quote" and t.start >= item.span.open_at),
        None,
    )
    return at is not None and any(t.kind == "word" for t in tokens[at + 1 :])


def _cue_of_sentence_before(
    item: Found, frames: list[Frame], number: int, resolver: Resolver
) -> Found | None:
    """ "Bystrom agreed. 'Mainstream Republicans are running out of time.'": a sentence of
    the same paragraph, without quotes of its own, says who speaks next."""
    if not _opens_sentence(item) or number == 0:
        return None
    before = frames[number - 1]
    if before.paragraph is not item.frame.paragraph or before.quotes:
        return None
    cues = [
        cue
        for cue in find_cues(before.tokens)
        if cue.subject is not None and cue.lemma != "according to"
    ]
    if not cues:
        return None
    source = Found(item.span, before, item.text)
    choice = QuoteCue(cues[-1], cues[-1].subject, "lead-in")
    apply_cue(source, choice, before, frames, number - 1, resolver)
    return source


def _credit_line_after(
    item: Found, frames: list[Frame], number: int, resolver: Resolver
) -> Found | None:
    """A quote paragraph followed by a credit line paragraph: '"..."' then '- Bernie Sanders.'"""
    if number + 1 >= len(frames):
        return None
    after = frames[number + 1]
    if after.paragraph.index != item.frame.paragraph.index + 1 or after.quotes:
        return None
    if after.end != after.paragraph.end:
        return None  # the credit is the whole paragraph
    tokens = after.tokens
    if len(tokens) < 2 or tokens[0].text not in DASHES:
        return None
    if sum(1 for t in tokens if t.kind == "word") > 8:
        return None
    names = names_in(tokens[1:])
    if not names or names[0].start != tokens[1].start:
        return None
    cue = Cue(0, 0, "", "", names[0], None)
    source = Found(item.span, after, item.text)
    apply_cue(source, QuoteCue(cue, names[0], "credit"), after, frames, number + 1, resolver)
    return source


def _colon_lead_in(
    item: Found, frames: list[Frame], number: int, resolver: Resolver
) -> Found | None:
    """ "Finch continued:" closing the paragraph before names the speaker of this one."""
    if not opens_paragraph(item) or number == 0:
        return None
    before = frames[number - 1]
    if before.paragraph.index != item.frame.paragraph.index - 1:
        return None
    if not before.text[before.start : before.end].rstrip().endswith(":"):
        return None
    cues = [cue for cue in (before.cues or find_cues(before.tokens)) if cue.subject is not None]
    if cues:
        choice = QuoteCue(cues[-1], cues[-1].subject, "lead-in")
    else:
        # "Donald Trump issued the following statement:": the lead-in's subject speaks
        subject = first_person(before.tokens)
        if subject is None or subject.kind != "name" or not _surely_a_person(subject, resolver):
            return None
        cue = Cue(len(before.tokens) - 1, len(before.tokens) - 1, "", "", subject, None)
        choice = QuoteCue(cue, subject, "lead-in")
    source = Found(item.span, before, item.text)
    apply_cue(source, choice, before, frames, number - 1, resolver)
    return source


def _surely_a_person(mention: Mention, resolver: Resolver) -> bool:
    """A name of two words or more, or a surname the article gives in full ("Wait, it gets
    better:" and "Transcript as follows:" name nobody)."""
    return all(" " in name or resolver.book.knows_surname(name) for name in mention.names)


def _opens_sentence(item: Found) -> bool:
    return (
        item.frame.tokens[0].kind == "quote" and item.frame.tokens[0].quote == item.frame.quotes[0]
    )


def opens_paragraph(item: Found) -> bool:
    return item.span.open_at == item.frame.paragraph.start
