"""Step 2: the article as sentences ("frames"), and what is found about each quote.

A frame is one sentence of one paragraph with its quotes; its tokens, names and cues are worked
out on first use, as most sentences hold no quote and are read only when a pronoun or a role
needs an antecedent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.quotes.attribution import QuoteCue, assign_cues
from crawler.quotes.cues import Cue, find_cues
from crawler.quotes.layout import Paragraph, sentence_bounds
from crawler.quotes.lexicon import ROLE_NOUNS
from crawler.quotes.marks import QuoteSpan
from crawler.quotes.mentions import role_ending_at
from crawler.quotes.names import Mention, names_in
from crawler.quotes.subjects import sentence_subject
from crawler.quotes.tokens import Token, tokenize_frame

__all__ = ["Found", "Frame", "build_frames"]

#: marks a frame whose subject has not been looked for yet
_UNREAD = object()
#: how much of a sentence is read for its subject
_HEAD_CHARS = 100


class Frame:
    """One sentence: where it is, its quotes (indices into the span list), tokens and cues.

    Tokens, names and cues are worked out on first use: most sentences hold no quote and are
    read only if a pronoun or role needs an antecedent.
    """

    __slots__ = (
        "_names",
        "_spans",
        "_subject",
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
        self._subject: Mention | object | None = _UNREAD
        self.cues: list[Cue] = find_cues(self.tokens) if quotes else []
        self.choices: dict[int, QuoteCue] = assign_cues(self.tokens, self.cues) if quotes else {}

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize_frame(self.text, self.start, self.end, self._spans)
        return self._tokens

    def subject(self) -> Mention | None:
        """Who the sentence is about (see :func:`sentence_subject`), read from its first words
        and worked out once."""
        if self._subject is _UNREAD:
            if self._tokens is not None or self.end - self.start <= _HEAD_CHARS:
                tokens, names = self.tokens, self.names
            else:
                cut = self.text.rfind(" ", self.start, self.start + _HEAD_CHARS)
                tokens = tokenize_frame(
                    self.text, self.start, max(cut, self.start + 1), self._spans
                )
                names = names_in(tokens)
            subject = sentence_subject(tokens, names)
            if (subject is None or subject.kind != "role") and _CLOSING_REPORT.search(
                self.text, self.start, self.end
            ):
                # "He should get a boost, Sanders said.", "California has seen a surge, said
                # Mindy Romero.": the sentence is about the one who speaks
                subject = _reporting_name(self.tokens, self.names) or subject
            self._subject = subject
        return self._subject if isinstance(self._subject, Mention) else None

    @property
    def names(self) -> list[Mention]:
        if self._names is None:
            self._names = names_in(self.tokens)
        return self._names


#: a closing ", Sanders said." somewhere in a sentence (checked before tokenising it all)
_CLOSING_REPORT = re.compile(
    r", (?:(?:[A-Z]|the )[^,]{0,60}? (?:said|says|added|adds|told|explained|argued|wrote)\b"
    r"|(?:said|says|added|adds) [A-Z])"
)
#: verbs of a reporter's closing attribution for indirect speech (", Sanders said.")
_REPORTING = frozenset({"said", "says", "added", "adds", "told", "explained", "argued", "wrote"})


def _reporting_name(tokens: list[Token], names: list[Mention]) -> Mention | None:
    """The name in a closing ", X said" or ", said X" of a sentence, if it has one."""
    starts = {token.start: n for n, token in enumerate(tokens)}
    for mention in names:
        at = starts.get(mention.start)
        if at is None or at < 2:
            continue
        after = next((n for n in range(at, len(tokens)) if tokens[n].start >= mention.end), None)
        if tokens[at - 1].lower in _REPORTING and tokens[at - 2].text == ",":
            if after is None or tokens[after].text in {",", "."}:
                return mention  # ", said Mindy Romero." (not ", said Trump would win")
            continue
        if tokens[at - 1].text == "," and after is not None and tokens[after].lower in _REPORTING:
            return mention
    return _reporting_role(tokens)


def _reporting_role(tokens: list[Token]) -> Mention | None:
    """The role closing a sentence in ", the prime minister's spokesman said."."""
    last = len(tokens) - 1
    while last > 0 and tokens[last].kind != "word":
        last -= 1
    if last < 3 or tokens[last].lower not in _REPORTING or tokens[last - 1].bare not in ROLE_NOUNS:
        return None
    role = role_ending_at(tokens, last - 1)
    if role is None or not role.definite:
        return None
    before = next((n for n, t in enumerate(tokens) if t.start == role.start), 0) - 1
    if before > 0 and tokens[before].lower == "the":
        before -= 1  # "the prime minister's spokesman": the owner's words only in the role
    return role if before > 0 and tokens[before].text == "," else None


@dataclass(slots=True)
class Found:
    """A quote's attribution while the article is being read."""

    span: QuoteSpan
    frame: Frame
    text: str
    speakers: tuple[str, ...] = ()
    mention: str | None = None
    cue: str | None = None
    venue: str | None = None
    attributed: bool = False
    cued: bool = False
    #: a passive cue names its speaker as nobody ("X was accused of '...'"): kept unknown
    unnamed: bool = False


def build_frames(text: str, paragraphs: list[Paragraph], spans: list[QuoteSpan]) -> list[Frame]:
    frames: list[Frame] = []
    by_paragraph: dict[int, list[int]] = {}
    for index, span in enumerate(spans):
        by_paragraph.setdefault(span.paragraph, []).append(index)
    for paragraph in paragraphs:
        indices = by_paragraph.get(paragraph.index, [])
        protected = [(spans[i].open_at, spans[i].close_at) for i in indices]
        waiting = 0  # spans are in text order: hand each sentence the ones that open in it
        for start, end in sentence_bounds(text, paragraph.start, paragraph.end, protected):
            inside: list[tuple[int, QuoteSpan]] = []
            while waiting < len(indices) and spans[indices[waiting]].open_at < end:
                if spans[indices[waiting]].open_at >= start:
                    inside.append((indices[waiting], spans[indices[waiting]]))
                waiting += 1
            frames.append(Frame(text, paragraph, start, end, inside))
    return frames
