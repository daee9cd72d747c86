"""The quote pipeline: an Article in, its Statements out.

1. layout      paragraphs (captions flagged) and quote-marked spans      (layout, marks)
2. frames      sentences, each tokenised with its quotes collapsed       (tokens)
3. cues        speech verbs and the subjects written beside them         (cues, mentions)
4. attribution each quote's cue, else a continuation of the speaker before (attribution)
5. resolution  mentions -> canonical names, pronouns, roles               (resolve)
6. statements  kind, venue, date, context, id; non-quotes dropped
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from crawler.models import Article, Statement, statement_id
from crawler.quotes.attribution import QuoteCue, assign_cues, sentence_subject
from crawler.quotes.cues import Cue, find_cues
from crawler.quotes.dates import statement_date
from crawler.quotes.layout import Paragraph, sentence_bounds, split_paragraphs
from crawler.quotes.lexicon import NAME_STOPWORDS, ROLE_NOUNS
from crawler.quotes.marks import QuoteSpan, find_quote_spans
from crawler.quotes.mentions import Mention, names_in
from crawler.quotes.nonquotes import is_statement_text, quote_kind
from crawler.quotes.resolve import NameBook, Resolver
from crawler.quotes.tokens import Token, tokenize_frame

__all__ = ["extract_statements"]


#: how much of a sentence is read for its subject
_HEAD_CHARS = 160


class _Frame:
    """One sentence: where it is, its quotes (indices into the span list), tokens and cues.

    Tokens, names and cues are worked out on first use: most sentences hold no quote and are
    read only if a pronoun or role needs an antecedent.
    """

    __slots__ = (
        "_names",
        "_spans",
        "_tokens",
        "choices",
        "cues",
        "end",
        "paragraph",
        "quotes",
        "start",
        "text",
    )

    def __init__(
        self,
        text: str,
        paragraph: Paragraph,
        start: int,
        end: int,
        quotes: list[tuple[int, QuoteSpan]],
    ) -> None:
        self.text = text
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self._spans = quotes
        self.quotes = [index for index, _ in quotes]
        self._tokens: list[Token] | None = None
        self._names: list[Mention] | None = None
        self.cues: list[Cue] = find_cues(self.tokens) if quotes else []
        self.choices: dict[int, QuoteCue] = assign_cues(self.tokens, self.cues) if quotes else {}

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize_frame(self.text, self.start, self.end, self._spans)
        return self._tokens

    def head(self) -> tuple[list[Token], list[Mention]]:
        """The sentence's first words and the names in them: enough to find its subject."""
        if self._tokens is not None or self.end - self.start <= _HEAD_CHARS:
            return self.tokens, self.names
        cut = self.text.rfind(" ", self.start, self.start + _HEAD_CHARS)
        tokens = tokenize_frame(self.text, self.start, max(cut, self.start + 1), self._spans)
        return tokens, names_in(tokens)

    @property
    def names(self) -> list[Mention]:
        if self._names is None:
            self._names = names_in(self.tokens)
        return self._names


@dataclass(slots=True)
class _Found:
    """A quote's attribution while the article is being read."""

    span: QuoteSpan
    frame: _Frame
    text: str
    speakers: tuple[str, ...] = ()
    mention: str | None = None
    cue: str | None = None
    venue: str | None = None
    attributed: bool = False
    cued: bool = False


def extract_statements(article: Article) -> list[Statement]:
    """Every quoted statement in the article, with its speakers resolved within the article."""
    text = article.text
    paragraphs = split_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    frames = _frames(text, paragraphs, spans)
    resolver = _resolver(text, spans)
    found = _attribute(text, frames, spans, resolver)
    _share_speakers_of_repeated_quotes(found)
    return [_statement(article, item) for item in _statements_only(text, found)]


# -- step 2: frames ---------------------------------------------------------------------------


def _frames(text: str, paragraphs: list[Paragraph], spans: list[QuoteSpan]) -> list[_Frame]:
    frames: list[_Frame] = []
    by_paragraph: dict[int, list[int]] = {}
    for index, span in enumerate(spans):
        by_paragraph.setdefault(span.paragraph, []).append(index)
    for paragraph in paragraphs:
        indices = by_paragraph.get(paragraph.index, [])
        protected = [(spans[i].open_at, spans[i].close_at) for i in indices]
        for start, end in sentence_bounds(text, paragraph.start, paragraph.end, protected):
            inside = [(i, spans[i]) for i in indices if start <= spans[i].open_at < end]
            frames.append(_Frame(text, paragraph, start, end, inside))
    return frames


# -- steps 4 and 5: attribution and resolution ------------------------------------------------

#: a run of capitalised words: where every person name of the article is
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z]+\b")
_CAPITALISED_RUN = re.compile(
    r"[A-Z\u00c0-\u00de][^\s,;:!?()\"\u201c\u201d]*"
    r"(?:[ \t]+[A-Z\u00c0-\u00de][^\s,;:!?()\"\u201c\u201d]*)*"
)


def _resolver(text: str, spans: list[QuoteSpan]) -> Resolver:
    """A resolver knowing every person named outside quotes, and the roles tied to them."""
    inside = [(span.start, span.end) for span in spans]
    starts = [start for start, _ in inside]
    found: list[tuple[tuple[str, ...], str]] = []
    for run in _CAPITALISED_RUN.finditer(text):
        at = bisect_right(starts, run.start()) - 1
        if at >= 0 and inside[at][0] <= run.start() < inside[at][1]:
            continue
        found.extend(_names_of_run(run.group()))
    resolver = Resolver(
        NameBook([name for names, _ in found for name in names]),
        lower_words=frozenset(_LOWER_WORD.findall(text)),
    )
    for names, role in found:
        if role and len(names) == 1:
            resolver.learn_gender(resolver.book.canonical(names[0]), role)
            resolver.link_role(role, (resolver.book.canonical(names[0]),))
    return resolver


@lru_cache(maxsize=1 << 16)
def _names_of_run(run: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(names, role) of each person named in a run of capitalised words ("Sen. Ted Cruz")."""
    if " " not in run and run.lower() in NAME_STOPWORDS:
        return ()
    return tuple((m.names, m.role) for m in names_in(tokenize_frame(run, 0, len(run), [])))


def _attribute(
    text: str, frames: list[_Frame], spans: list[QuoteSpan], resolver: Resolver
) -> list[_Found]:
    found: list[_Found] = []
    by_span: dict[int, _Found] = {}
    for number, frame in enumerate(frames):
        if frame.quotes:
            resolver.remember(_salient_before(frames, number, by_span, resolver))
        for index in frame.quotes:
            item = _Found(spans[index], frame, text[spans[index].start : spans[index].end])
            choice = frame.choices.get(index)
            if choice is not None:
                _apply_cue(item, choice, frame, frames, number, resolver)
            by_span[index] = item
            found.append(item)
        for index in frame.quotes:
            if not by_span[index].attributed:
                _continue_speaker(by_span[index], index, frames, number, by_span, resolver)
    return found


def _apply_cue(
    item: _Found,
    choice: QuoteCue,
    frame: _Frame,
    frames: list[_Frame],
    number: int,
    resolver: Resolver,
) -> None:
    subject = choice.subject
    earlier = _earlier_subject(frame, subject, resolver)
    speakers = resolver.resolve(subject, earlier)
    if (
        subject is not None
        and subject.kind == "role"
        and _is_unlinked_title(subject, resolver, speakers)
    ):
        named = _title_holder(frame, frames, number, resolver)
        if named:
            resolver.link_role(subject.role, named)
            speakers = named
    item.speakers = speakers
    item.mention = _mention_text(subject)
    item.cue = (choice.cue.word if choice.cue.lemma == "according to" else choice.cue.lemma) or None
    item.venue = choice.cue.venue
    item.attributed = True
    item.cued = True


def _mention_text(subject: Mention | None) -> str | None:
    if subject is None:
        return None
    return subject.text or " and ".join(subject.names)


def _earlier_subject(frame: _Frame, subject: Mention | None, resolver: Resolver) -> tuple[str, ...]:
    """For a pronoun: the first person named earlier in the same sentence."""
    if subject is None or subject.kind != "pronoun":
        return ()
    before = [t for t in frame.tokens if t.end <= subject.start]
    for mention in names_in(before):
        if not _owned(frame.tokens, mention):
            return resolver.names(mention)
    return ()


def _owned(tokens: list[Token], mention: Mention) -> bool:
    return any(t.end == mention.end + 2 and t.text.endswith(("'s", "\u2019s")) for t in tokens)


def _is_unlinked_title(subject: Mention, resolver: Resolver, speakers: tuple[str, ...]) -> bool:
    """A capitalised title ("the UK Defence Secretary") that no name is tied to yet; a role
    owned by a named person ("Keir Starmer's spokesman") is a speaker of its own."""
    role = subject.role
    if not role or not role[:1].isupper() or "'" in role or "\u2019" in role:
        return False
    if role.split()[-1].lower() not in ROLE_NOUNS:
        return False  # an organisation ("the Home Office") holds no title
    return speakers == (role.removeprefix("the ").strip(),)


def _title_holder(
    frame: _Frame, frames: list[_Frame], number: int, resolver: Resolver
) -> tuple[str, ...]:
    """Who holds a title the article never ties to a name: in the lede, the person named
    next ("The Defence Secretary has admitted ... John Healey said"); further down, the
    person the text is about ("Rachel Reeves ... The Chancellor told the BBC")."""
    salient = resolver.salient
    if len(salient) == 1 and salient[0] in resolver.book:
        return salient
    if frame.paragraph.index == 0:
        return _next_named_subject(frames, number, resolver)
    return ()


def _next_named_subject(frames: list[_Frame], number: int, resolver: Resolver) -> tuple[str, ...]:
    """A lede gives the role, the next sentences the name: "John Healey said ..."."""
    for frame in frames[number + 1 : number + 4]:
        if frame.paragraph.is_caption:
            continue
        for cue in frame.cues or find_cues(frame.tokens):
            if cue.subject is not None and cue.subject.kind == "name":
                return resolver.names(cue.subject)
    return ()


def _continue_speaker(
    item: _Found,
    index: int,
    frames: list[_Frame],
    number: int,
    by_span: dict[int, _Found],
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
    item: _Found,
    index: int,
    frames: list[_Frame],
    number: int,
    by_span: dict[int, _Found],
    resolver: Resolver,
) -> _Found | None:
    """Where a quote without a cue takes its speaker from, in order of precedence:
    another quote of its sentence, a later sentence of its paragraph that names the speaker
    ("'We will.' 'We must,' he said."), the quote it continues, a colon lead-in paragraph
    ("Finch continued:"), or the quote of the paragraph before."""
    frame = item.frame
    same_sentence = [by_span[i] for i in frame.quotes if i in by_span and by_span[i].attributed]
    if same_sentence:
        return same_sentence[-1]
    later = _later_in_paragraph(item, frames, number, resolver)
    if later is not None:
        return later
    previous = by_span.get(index - 1)
    lead_in = _colon_lead_in(item, frames, number, resolver)
    if lead_in is not None and (previous is None or previous.frame.end <= frames[number - 1].start):
        return lead_in
    if previous is None or not previous.attributed:
        return None
    if item.span.continued or previous.span.paragraph == item.span.paragraph:
        return previous
    if _opens_paragraph(item) and previous.span.paragraph == item.span.paragraph - 1:
        return previous
    return None


def _later_in_paragraph(
    item: _Found, frames: list[_Frame], number: int, resolver: Resolver
) -> _Found | None:
    """A later sentence of the paragraph opens with a quote and its attribution."""
    if not _opens_sentence(item):
        return None
    for later_number in range(number + 1, min(number + 4, len(frames))):
        later = frames[later_number]
        if later.paragraph is not item.frame.paragraph or not later.quotes:
            return None
        choice = later.choices.get(later.quotes[0])
        if choice is not None and choice.layout == "trailing":
            source = _Found(item.span, later, item.text)
            _apply_cue(source, choice, later, frames, later_number, resolver)
            return source
        if later.tokens[0].kind != "quote":
            return None
    return None


def _colon_lead_in(
    item: _Found, frames: list[_Frame], number: int, resolver: Resolver
) -> _Found | None:
    """ "Finch continued:" closing the paragraph before names the speaker of this one."""
    if not _opens_paragraph(item) or number == 0:
        return None
    before = frames[number - 1]
    if before.paragraph.index != item.frame.paragraph.index - 1:
        return None
    if not before.text[before.start : before.end].rstrip().endswith(":"):
        return None
    cues = [cue for cue in (before.cues or find_cues(before.tokens)) if cue.subject is not None]
    if not cues:
        return None
    source = _Found(item.span, before, item.text)
    choice = QuoteCue(cues[-1], cues[-1].subject, "lead-in")
    _apply_cue(source, choice, before, frames, number - 1, resolver)
    return source


def _opens_sentence(item: _Found) -> bool:
    return (
        item.frame.tokens[0].kind == "quote" and item.frame.tokens[0].quote == item.frame.quotes[0]
    )


def _opens_paragraph(item: _Found) -> bool:
    return item.span.open_at == item.frame.paragraph.start


def _salient_before(
    frames: list[_Frame], number: int, by_span: dict[int, _Found], resolver: Resolver
) -> list[tuple[str, ...]]:
    """Who the body was last about before sentence ``number``, most recent first (captions
    never count): the speakers of its quotes, else its subject."""
    found: list[tuple[str, ...]] = []
    for frame in reversed(frames[max(0, number - 12) : number]):
        if frame.paragraph.is_caption:
            continue
        said = [by_span[i] for i in frame.quotes if by_span[i].attributed and by_span[i].speakers]
        speakers: tuple[str, ...] = said[-1].speakers if said else ()
        if not speakers:
            subject = sentence_subject(*frame.head())
            if subject is not None and subject.kind != "pronoun":
                speakers = resolver.resolve(subject)
        if speakers and speakers not in found:
            found.append(speakers)
            if len(found) == 4:
                break
    return found


def _share_speakers_of_repeated_quotes(found: list[_Found]) -> None:
    """A quote repeated in the article (lede, caption, body) keeps its named speakers."""
    named: dict[str, tuple[str, ...]] = {}
    for item in found:
        if item.speakers:
            named.setdefault(_norm(item.text), item.speakers)
    for item in found:
        if not item.speakers:
            speakers = named.get(_norm(item.text))
            if speakers:
                item.speakers = speakers
                item.attributed = True


def _norm(text: str) -> str:
    return " ".join(text.lower().strip(" .,;:!?").split())


# -- step 6: statements -----------------------------------------------------------------------


def _statements_only(text: str, found: list[_Found]) -> list[_Found]:
    """Drop what is nobody's words; a paragraph continuing a dropped quote goes with it."""
    kept: list[_Found] = []
    dropped_last = False
    for item in found:
        if item.span.continued and dropped_last:
            continue
        direct = quote_kind(text, item.span, item.frame.start) == "direct"
        keep = is_statement_text(
            text, item.span, attributed=item.attributed, cued=item.cued, direct=direct
        )
        dropped_last = not keep
        if keep:
            kept.append(item)
    return kept


def _statement(article: Article, item: _Found) -> Statement:
    text = article.text
    span = item.span
    quoted = text[span.start : span.end]
    frame = item.frame
    outside = (
        text[frame.start : span.open_at] + " " + text[min(span.close_at + 1, frame.end) : frame.end]
    )
    return Statement(
        text=quoted,
        speakers=item.speakers,
        kind=quote_kind(text, span, frame.start),
        start=span.start,
        end=span.end,
        mention=item.mention,
        cue=item.cue,
        venue=item.venue,
        date=statement_date(outside, article.published),
        context=text[frame.start : frame.end].strip(),
        url=article.url,
        outlet=article.outlet,
        title=article.title,
        source=article.source,
        id=statement_id(article.key, span.start, span.end, quoted),
    )
