"""The quote pipeline: an Article in, its Statements out.

1. layout      paragraphs (captions flagged) and quote-marked spans   (layout, marks)
2. frames      sentences, tokenised with each quote as one token      (frames, tokens)
3. cues        speech verbs and the subjects written beside them      (cues, mentions,
               inverted, names, subjects)
4. attribution each quote's cue (attribution), else the speaker of a quote beside it
               (continuation); quoted transcript turns ("RAMOS: ...") (transcripts)
5. resolution  mentions -> canonical names, pronouns (given names tell "she" from "he"),
               roles                                                  (speakers, resolve,
                                                                       namebook, firstnames)
6. statements  kind, venue, date, context, id; non-quotes dropped      (nonquotes, dates)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache, partial

from crawler.models import Article, Statement, statement_id
from crawler.quotes.continuation import continue_speaker
from crawler.quotes.dates import statement_date
from crawler.quotes.frames import Found, Frame, build_frames
from crawler.quotes.layout import split_paragraphs
from crawler.quotes.lexicon import NAME_STOPWORDS, ROLE_NOUNS
from crawler.quotes.marks import QuoteSpan, find_quote_spans
from crawler.quotes.namebook import NameBook
from crawler.quotes.names import names_in
from crawler.quotes.nonquotes import is_statement_text, quote_kind
from crawler.quotes.parties import PartyTies
from crawler.quotes.resolve import Resolver, role_key
from crawler.quotes.speakers import apply_cue, named_before, salient_before
from crawler.quotes.tokens import tokenize_frame
from crawler.quotes.transcripts import take_transcript_turns

__all__ = ["extract_statements"]


def extract_statements(article: Article) -> list[Statement]:
    """Every quoted statement in the article, with its speakers resolved within the article."""
    text = article.text
    paragraphs = split_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    frames = build_frames(text, paragraphs, spans)
    resolver = _resolver(text, spans)
    found = _attribute(text, frames, spans, resolver)
    take_transcript_turns(text, found, resolver)
    _share_speakers_of_repeated_quotes(found)
    _share_cues_of_running_quotes(found)
    return [_statement(article, item) for item in _statements_only(text, found)]


# -- step 5 prepared: every name of the article, before any quote is attributed ---------------

#: a word written in lower case (such words are no names when capitalised at a sentence start)
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z]+\b")
#: a run of capitalised words: where every person name of the article is
_CAPITALISED_RUN = re.compile(
    r"[A-Z\u00c0-\u00de][^\s,;:!?()\"\u201c\u201d]*"
    r"(?:[ \t]+[A-Z\u00c0-\u00de][^\s,;:!?()\"\u201c\u201d]*)*"
)


def _resolver(text: str, spans: list[QuoteSpan]) -> Resolver:
    """A resolver knowing every person named outside quotes, and the roles tied to them."""
    found = _people_named(text, spans)
    lower_words = frozenset(_LOWER_WORD.findall(text))
    resolver = Resolver(
        NameBook(
            [name for names, _ in found for name in names],
            lower_words,
            titled=frozenset(name for names, role in found if role for name in names),
        ),
        lower_words=lower_words,
        ties=PartyTies(text),
    )
    for names, role in found:
        if role and len(names) == 1:
            person = resolver.book.canonical(names[0])
            resolver.learn_gender(person, role)
            resolver.link_role(role, (person,))
    return resolver


def _people_named(text: str, spans: list[QuoteSpan]) -> list[tuple[tuple[str, ...], str]]:
    """(names, role) of every person named outside quotes, in text order."""
    inside = [(span.start, span.end) for span in spans]
    starts = [start for start, _ in inside]
    found: list[tuple[tuple[str, ...], str]] = []
    for run in _CAPITALISED_RUN.finditer(text):
        at = bisect_right(starts, run.start()) - 1
        if at >= 0 and inside[at][0] <= run.start() < inside[at][1]:
            continue
        in_run = _with_roles_around(text, run, _names_of_run(run.group()))
        found.extend(in_run)
        if len(in_run) == 1 and text.startswith(",", run.end()):
            # "John Healey, the Defence Secretary,", "Rayner, who is deputy prime minister,"
            found.append((in_run[0][0], _role_in_apposition(text, run.end())))
    for nickname in _NICKNAMED.finditer(text):  # 'Marcia "Cia" Price' is Marcia Price
        found.append(((f"{nickname.group(1)} {nickname.group(2)}",), ""))
    return found


def _with_roles_around(
    text: str, run: re.Match[str], in_run: tuple[tuple[tuple[str, ...], str], ...]
) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The first person of a run with the role written before it in lower case ("Tory leader
    Kemi Badenoch"), or its title made "former" ("former President Donald Trump")."""
    if not in_run:
        return in_run
    (names, role), rest = in_run[0], in_run[1:]
    if not role_key(role):  # none, or an honorific: "Labour leader Sir Keir Starmer"
        before = _role_before(text, run.start())
        if not before and not rest and text.startswith(",", run.end()):
            before = _role_then_name(text, run.start())  # "The Defence Secretary, John Healey,"
        return ((names, f"{before} {role}".strip()), *rest)
    if _FORMER.search(text, max(0, run.start() - 8), run.start()):
        return ((names, "former " + role), *rest)  # not "the president" any more
    return in_run


#: a given name, a nickname in quotes, a surname: 'Marcia "Cia" Price'
_NICKNAMED = re.compile(
    r"\b([A-Z][a-z][\w'\u2019-]*) [\"\u201c'\u2018][A-Z][\w.'\u2019-]*[\"\u201d'\u2019] "
    r"([A-Z][a-z][\w'\u2019-]*)\b"
)
#: a role set off by commas right after a name
_APPOSED_ROLE = re.compile(
    r",\s+(?:who\s+(?:is|was)\s+)?(?:the\s+|a\s+|an\s+)?((?:[\w'\u2019.-]+\s+){0,4}?[\w'\u2019-]+)"
    r"(?:\s+(?:of|at|for|with|from)\s+[^,.;]{1,60})?\s*[,.;]"
)


#: words that make a phrase after a name something else than its role
_NOT_IN_ROLE = frozenset(
    {"through", "via", "with", "by", "in", "on", "at", "from", "for", "to", "and", "or", "his"}
    | {"her", "their", "its", "said", "says", "told", "who", "which", "whose"}
)


def _role_in_apposition(text: str, end: int) -> str:
    """The role in ", the Defence Secretary," (or ", the secretary general of the United
    Nations,") after a name ending at ``end``, or ""."""
    match = _APPOSED_ROLE.match(text, end, end + 90)
    if match is None:
        return ""
    role = match.group(1)
    words = role.lower().split()
    if words[-1] not in ROLE_NOUNS or role[:1].isdigit() or _NOT_IN_ROLE.intersection(words):
        return ""  # "Schilling, through a spokeswoman, declined"
    return role


#: "former" (or "ex-") written just before a titled name
_FORMER = re.compile(r"(?:\bformer\s+|\bex-)$")
#: up to two lower-case words (and capitalised ones before them) ending just before a name
_LAST_WORD = re.compile(r"([a-z][\w-]*)\s+$")
_ROLE_BEFORE = re.compile(
    r"((?:[A-Z][\w'\u2019.-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+$"
)


def _role_before(text: str, start: int) -> str:
    """The role written in lower case right before a name ("press secretary"), or ""."""
    last_word = _LAST_WORD.search(text, max(0, start - 24), start)
    if last_word is None or last_word.group(1) not in ROLE_NOUNS:
        return ""
    match = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return ""
    words = match.group(1).split()
    if words[-1].lower() not in ROLE_NOUNS:
        return ""
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    for cut, word in enumerate(words):
        if word.islower() and word in _DETERMINERS | {"and", "or", "of", "said", "says"}:
            words = words[cut + 1 :]
    return " ".join(words)


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "one"})
#: a definite role ("the ...", "Ortiz's ...") and a comma ending just before a name
_ROLE_AND_COMMA = re.compile(
    r"(?:\b[Tt]he\s+|\b(?=[A-Z][\w.-]*(?:'s|\u2019s)\s))"
    r"((?:[\w'\u2019.-]+\s+){0,4}?[\w-]+),\s+$"
)


def _role_then_name(text: str, start: int) -> str:
    """The role in "The Defence Secretary, John Healey," or "Ortiz's campaign manager,
    Rebecca Stroud," before a name starting at ``start``, or ""."""
    match = _ROLE_AND_COMMA.search(text, max(0, start - 60), start)
    if match is None:
        return ""
    role = match.group(1)
    words = role.lower().split()
    if words[-1] not in ROLE_NOUNS or _NOT_IN_ROLE.intersection(words):
        return ""
    return role


@lru_cache(maxsize=1 << 16)
def _names_of_run(run: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(names, role) of each person named in a run of capitalised words ("Sen. Ted Cruz")."""
    if " " not in run and run.lower() in NAME_STOPWORDS:
        return ()
    return tuple(
        (_peer_name(m.names, m.role), m.role)
        for m in names_in(tokenize_frame(run, 0, len(run), []))
    )


#: titles a peer is known by with the surname alone ("Lord Falconer", "Baroness Jenkin")
_PEERAGES = frozenset({"Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl"})


def _peer_name(names: tuple[str, ...], role: str) -> tuple[str, ...]:
    """ "Lord Falconer" is known by that name, not as "Falconer" (a peer's title and surname);
    "Lady Victoria Hervey" keeps her own."""
    title = role.split()[-1] if role else ""
    if title in _PEERAGES and len(names) == 1 and " " not in names[0]:
        return (f"{title} {names[0]}",)
    return names


# -- steps 4 and 5: attribution and resolution, sentence by sentence --------------------------


def _attribute(
    text: str, frames: list[Frame], spans: list[QuoteSpan], resolver: Resolver
) -> list[Found]:
    """Each quote with its speakers: its own cue first, else a quote beside it."""
    found: list[Found] = []
    by_span: dict[int, Found] = {}
    for number, frame in enumerate(frames):
        if frame.quotes:
            resolver.remember(
                salient_before(frames, number, by_span, resolver),
                further=partial(salient_before, frames, number, by_span, resolver, _FURTHER),
            )
            resolver.named = partial(named_before, frames, number, resolver)
        for index in frame.quotes:
            item = Found(spans[index], frame, text[spans[index].start : spans[index].end])
            choice = frame.choices.get(index)
            if choice is None:
                _name_after_colon(item, text, resolver)
            else:
                apply_cue(item, choice, frame, frames, number, resolver)
                if item.speakers and len(frame.quotes) > 1:
                    # '"... of duty.' The Tory MP added ...': a later cue of the sentence
                    # (frames never split after a closing quote) may mean this speaker
                    resolver.remember(
                        [item.speakers, *(r for r in resolver.recent if r != item.speakers)],
                        further=resolver.further,
                    )
            by_span[index] = item
            found.append(item)
        for index in frame.quotes:
            if not by_span[index].attributed:
                continue_speaker(by_span[index], index, frames, number, by_span, resolver)
            item = by_span[index]
            if item.attributed or item.mention is not None:
                continue  # "the board said", the board unknown: no person written about
            if quote_kind(text, item.span, frame.start) == "direct":
                item.speakers = _person_written_about(resolver)
    return found


#: a name after the colon closing a quote: the headline layout "'I'm staying': Badenoch ..."
_COLON_NAME = re.compile(r"\s*:\s+((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)")


def _name_after_colon(item: Found, text: str, resolver: Resolver) -> None:
    """ "'I'm not going anywhere': Badenoch defiant after poll slump": the quote is the words
    of the person named after its colon, when the article names that person."""
    match = _COLON_NAME.match(text, item.span.close_at + 1)
    if match is None:
        return
    name = match.group(1)
    if name not in resolver.book and not resolver.book.knows_surname(name.split()[-1]):
        return
    speakers = (resolver.book.canonical(name),)
    if resolver.is_person(speakers):
        item.speakers, item.mention, item.attributed = speakers, name, True


#: how many people back a pronoun may look for one it fits ("she" past men named since her;
#: past the third, only someone whose gender is known)
_FURTHER = 5


def _person_written_about(resolver: Resolver) -> tuple[str, ...]:
    """For a quote nothing attributes: the person the text was just about ("Viguerie is
    upbeat about Cruz's chances. / 'Not only can Cruz win ...'"). The quote is kept or
    dropped as an unattributed one; this only names who most likely said it."""
    salient = resolver.salient
    return (
        salient if salient and salient[0] in resolver.book and resolver.is_person(salient) else ()
    )


def _share_cues_of_running_quotes(found: list[Found]) -> None:
    """A quote running on into the next paragraph, whose cue comes there ('"We are proud ...
    / "This bill protects ...," DeSantis said'), is said as that part is."""
    for item, after in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
        running = item.span.open_ended and after.span.continued
        if running and item.cue is None and item.speakers == after.speakers:
            item.cue, item.mention, item.venue = after.cue, after.mention, after.venue


def _share_speakers_of_repeated_quotes(found: list[Found]) -> None:
    """A quote repeated in the article (lede, caption, body) keeps its named speakers."""
    named: dict[str, tuple[str, ...]] = {}
    for item in found:
        if item.speakers:
            named.setdefault(_norm(item.text), item.speakers)
    for item in found:
        if not item.speakers and len(item.text.split()) >= _SHARED_MIN_WORDS:
            speakers = named.get(_norm(item.text))
            if speakers:
                item.speakers = speakers
                item.attributed = True


#: the fewest words a repeated quote needs to be taken for the same statement (one word,
#: "moaning" or "provisional", written twice is the reporter's word, not a repeated quote)
_SHARED_MIN_WORDS = 2


def _norm(text: str) -> str:
    return " ".join(text.lower().strip(" .,;:!?").split())


# -- step 6: statements -----------------------------------------------------------------------


def _statements_only(text: str, found: list[Found]) -> list[Found]:
    """Drop what is nobody's words; a paragraph continuing a dropped quote goes with it."""
    kept: list[Found] = []
    dropped_last = False
    for item in found:
        if item.span.continued and dropped_last:
            continue
        direct = quote_kind(text, item.span, item.frame.start) == "direct"
        keep = is_statement_text(
            text, item.span, attributed=item.attributed, cued=item.cued, direct=direct
        )
        if not direct and not item.speakers and not item.unnamed:
            keep = False  # words lifted into a sentence are a statement only with a speaker
        dropped_last = not keep
        if keep:
            kept.append(item)
    return kept


#: how much of the sentence on each side of a quote is kept as its context
_CONTEXT_CHARS = 400


def _statement(article: Article, item: Found) -> Statement:
    text = article.text
    span = item.span
    quoted = text[span.start : span.end]
    frame = item.frame
    # the sentence around the quote (at most a few hundred characters each side)
    start = max(frame.start, span.open_at - _CONTEXT_CHARS)
    end = min(frame.end, span.close_at + 1 + _CONTEXT_CHARS)
    outside = text[start : span.open_at] + " " + text[min(span.close_at + 1, end) : end]
    if item.venue:
        outside = outside.replace(item.venue, " ")  # "Fox News Sunday" is no day
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
        context=text[start:end].strip(),
        url=article.url,
        outlet=article.outlet,
        title=article.title,
        source=article.source,
        id=statement_id(article.key, span.start, span.end, quoted),
    )
