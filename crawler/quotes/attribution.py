"""Step 4: which cue in a sentence each quote belongs to.

Layouts, in the order they are tried for a quote:
  a. attribution right after it: "'...,' he said", "'...,' said Caddell", "'...' Healey told LBC",
     "'...,' Scott Pruitt, the attorney general of Oklahoma, ..., said"
  b. a cue before it in the sentence: "Healey told Times Radio: '...'", "said he 'agreed ...'"
  c. the sentence's trailing attribution: "'...' when they ..., the Defence Secretary admitted."
  d. a credit line: "'...' \u2015 Sonya Herridge"
  e. a colon lead-in without a verb: "pollster Daron Shaw: '...'", "Alito cut her off: '...'"
  (and before b: a name between a dash and a colon, "Pollsters agree - Carl Bialik: '...'")
Quotes left without a cue take the speaker of a quote beside them (:mod:`continuation`).
Who a sentence is about, for cues without a subject, is worked out in :mod:`subjects`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from crawler.quotes.cues import PASSIVE_REACH, Cue
from crawler.quotes.inverted import parse_mention_after
from crawler.quotes.lexicon import DASHES, HEADLINE_VERBS, words
from crawler.quotes.mentions import parse_mention_before
from crawler.quotes.names import Mention, names_in
from crawler.quotes.subjects import first_person, opening_clause_end, sentence_subject
from crawler.quotes.tokens import Token

__all__ = ["QuoteCue", "assign_cues"]

#: how far (in tokens) an attribution may trail its quote: "'...,' Trump, the nominee, said"
_TRAIL_WINDOW = 12


@dataclass(frozen=True, slots=True)
class QuoteCue:
    """The cue a quote hangs on, and the subject written for it (may be None: find it later)."""

    cue: Cue
    subject: Mention | None
    layout: str


def assign_cues(tokens: list[Token], cues: list[Cue]) -> dict[int, QuoteCue]:
    """Quote index -> its cue, for each quote token of a sentence that has one."""
    found: dict[int, QuoteCue] = {}
    firsts = [cue.first for cue in cues]
    for position, token in enumerate(tokens):
        if token.kind != "quote":
            continue
        split = bisect_right(firsts, position)  # cues[:split] stand before the quote
        after = [cue for cue in cues[split:] if _may_trail(tokens, position, cue, split > 0)]
        choice = _trailing_cue(tokens, position, after, 0) or _dash_colon(tokens, position)
        choice = choice or _between_dashes(tokens, position)
        choice = choice or _leading_cue(tokens, cues, split, position)
        final = [cue for cue in after if not _quote_follows(tokens, cue)]
        choice = choice or _sentence_final_cue(final, 0) or _dash_credit(tokens, position)
        choice = choice or _colon_speaker(tokens, position) or _name_colon_opening(tokens, position)
        if choice is not None:
            found[token.quote] = choice
    return found


def _may_trail(tokens: list[Token], position: int, cue: Cue, led: bool) -> bool:
    """Whether a cue after the quote at ``position`` may be its attribution: not when the
    quote has a cue before it (``led``) and this one introduces a quote of its own ("Clinton
    replies, 'Why now?' Mills writes back, 'You look cute.'"; but "'Stop!' he shouted, 'Stop
    now!'" is one speaker's), nor when the quote closes its sentence and the cue's sentence
    says more than who spoke ("'...' Doyle added that the plan was late")."""
    ends = tokens[position].text.rstrip().endswith((".", "?", "!"))
    if led and ends and _introduces_a_quote(tokens, cue.last + 1):
        return False
    if not tokens[position].text.rstrip().endswith(".") or position + 1 >= len(tokens):
        return True
    if not tokens[position + 1].text[:1].isupper():
        return True
    return _bare_attribution(tokens, cue.last + 1)


#: adverbs written between a cue verb and what it introduces ("wrote back, '...'")
_CUE_PARTICLES = frozenset(words("back again later then too also"))


def _introduces_a_quote(tokens: list[Token], start: int) -> bool:
    """A quote follows the cue ending before ``start`` at once, or after a comma or colon."""
    while start < len(tokens) and tokens[start].lower in _CUE_PARTICLES:
        start += 1
    if start < len(tokens) and tokens[start].text in {",", ":"}:
        start += 1
    return start < len(tokens) and tokens[start].kind == "quote"


def _quote_follows(tokens: list[Token], cue: Cue) -> bool:
    """A quote stands later in the cue's clause ("who said it was 'a fantasy'"; not "said
    Tuesday, noting that '...'")."""
    for token in tokens[cue.last + 1 :]:
        if token.kind == "quote":
            return True
        if token.text in {".", ";", "?", "!", ",", "\u2014", "\u2013"}:
            return False
    return False


#: words that open a clause after a cue: what was said, not who said it ("added that ...")
_CLAUSE_OPENERS = frozenset(words("that he she they it i we you there this these those if how"))
#: words of a clause of its own ("recalled an incident that left her in tears")
_CLAUSE_WORDS = frozenset(words("that which who whom whose because if when while although"))
#: the most words after a cue in a sentence that only says who spoke, to whom, where and when
#: ("Ms Reeves told reporters in Downing Street yesterday afternoon.")
_BARE_ATTRIBUTION_WORDS = 12


def _bare_attribution(tokens: list[Token], start: int) -> bool:
    """The sentence from ``start`` (just after a cue) names at most an audience, a place or a
    time, and says nothing of its own."""
    count = 0
    for n, token in enumerate(tokens[start:]):
        if token.text in {".", "!", "?"} or token.kind == "quote":
            break
        if token.kind == "word":
            if (n == 0 and token.lower in _CLAUSE_OPENERS) or token.lower in _CLAUSE_WORDS:
                return False
            count += 1
    return count <= _BARE_ATTRIBUTION_WORDS


def _trailing_cue(
    tokens: list[Token], position: int, cues: list[Cue], split: int
) -> QuoteCue | None:
    """Layout a: the cue follows the quote within a few tokens, with no other quote between;
    or the speaker follows it at once, the cue after any appositions ("'...,' Scott Pruitt,
    the attorney general of Oklahoma, one of the states suing, said")."""
    named = _named_right_after(tokens, position, cues, split)
    if named is not None:
        return named
    for cue in cues[split : split + 1]:
        if cue.first - position > _TRAIL_WINDOW:
            return None
        between = tokens[position + 1 : cue.first]
        if any(t.kind == "quote" for t in between):
            return None
        if (
            between
            and between[0].text not in {",", "—", "\u2013", "-", "?", "!"}
            and cue.subject is None
        ):
            return None
        if between and not _only_subject_between(between, cue):
            return None
        if cue.subject is not None:
            return QuoteCue(cue, cue.subject, "trailing")
        return None
    return None


def _named_right_after(
    tokens: list[Token], position: int, cues: list[Cue], split: int
) -> QuoteCue | None:
    if position + 2 >= len(tokens):
        return None
    if tokens[position + 1].text != "," and not tokens[position].text.endswith(","):
        return None
    speaker = parse_mention_after(tokens, position)
    if speaker is None or speaker.kind != "name":
        return None
    for cue in cues[split:]:
        if cue.lemma != "according to":
            if cue.subject is None or cue.subject.start >= speaker.start:
                return QuoteCue(cue, speaker, "trailing")
            return None
    return None


def _only_subject_between(between: list[Token], cue: Cue) -> bool:
    """Between quote and cue stands nothing but punctuation and the speaker (with apposition)."""
    words = [t for t in between if t.kind == "word"]
    if not words:
        return True
    subject = cue.subject
    if subject is None:
        return False
    return words[0].start >= subject.start or between[0].text in {",", "—", "\u2013"}


def _leading_cue(
    tokens: list[Token], cues: list[Cue], split: int, position: int
) -> QuoteCue | None:
    """Layout b: the nearest cue before the quote; its subject may be the sentence's subject.
    A passive cue ("X was accused of") reaches only the quote right after it."""
    if split == 0:
        return None
    cue = cues[split - 1]
    if cue.passive and position - cue.last > PASSIVE_REACH:
        return None
    start = _last_sentence_start(tokens, cue.first)  # after "'... terrorism.' And then Trump"
    clause = tokens[start:]
    subject = cue.subject or _earlier_subject(cues, split - 1, start + opening_clause_end(clause))
    if subject is None:
        before = tokens[start : cue.first]
        subject = first_person(before) or (_clause_opener(before) if before else None)
        subject = subject or _issuer_of_document(tokens, cue)
    if subject is None and start:
        before = tokens[: cue.first]  # "His comments came after ...": the sentence before
        subject = _earlier_subject(cues, split - 1, opening_clause_end(tokens))
        subject = subject or first_person(before) or _clause_opener(before)
    return QuoteCue(cue, subject, "leading")


def _last_sentence_start(tokens: list[Token], end: int) -> int:
    """Where the last sentence before token ``end`` starts: just after a quote that closes
    its sentence and is followed by a capitalised word (a frame never splits inside quotes),
    else 0."""
    for n in range(end - 2, -1, -1):
        token = tokens[n]
        if (
            token.kind == "quote"
            and token.text.rstrip().endswith((".", "?", "!"))
            and tokens[n + 1].text[:1].isupper()
        ):
            return n + 1
    return 0


def _issuer_of_document(tokens: list[Token], cue: Cue) -> Mention | None:
    """ "Pike's office later released a statement saying": who issued the document the
    participle cue goes on from (the subject written before its verb)."""
    i = cue.first - 1
    if i < 2 or tokens[i].lower.rstrip("s") not in _DOCUMENTS:
        return None
    i -= 1
    if tokens[i].lower in {"a", "an", "the", "its", "his", "her", "their", "joint"}:
        i -= 1
    if i >= 1 and tokens[i].lower == "a":
        i -= 1  # "a joint statement"
    return parse_mention_before(tokens, i) if i >= 1 and tokens[i].lower in _ISSUING else None


#: documents a participle cue goes on from ("a statement saying")
_DOCUMENTS = frozenset(words("statement letter release note post memo"))
#: verbs issuing such a document
_ISSUING = frozenset(words("released issued published sent posted put wrote"))


def _clause_opener(tokens: list[Token]) -> Mention | None:
    """ "She has pushed back ..., saying", "The justice sounded off ..., saying": a pronoun
    or a definite role opening the sentence is the subject of a participle cue."""
    subject = sentence_subject(tokens, [])
    first = tokens[1] if len(tokens) > 1 and tokens[0].lower in _CONJUNCTIONS else tokens[0]
    return subject if subject is not None and subject.start == first.start else None


#: words that may open a sentence before its subject ("And he said ...")
_CONJUNCTIONS = frozenset(words("and but so then yet or"))


def _sentence_final_cue(cues: list[Cue], split: int) -> QuoteCue | None:
    """Layout c: the last cue of the sentence, after the quote, when it names its subject."""
    for cue in reversed(cues[split:]):
        if cue.subject is not None:
            return QuoteCue(cue, cue.subject, "final")
    return None


def _dash_credit(tokens: list[Token], position: int) -> QuoteCue | None:
    """Layout d: a credit line after the quote, "'...' ― Sonya Herridge"."""
    if position + 2 >= len(tokens) or tokens[position + 1].text not in DASHES:
        return None
    rest = tokens[position + 1 : position + 14]
    names = names_in(rest[1:])
    if not names or names[0].start != rest[1].start:
        return None
    trailing = [t for t in rest[1:] if t.start >= names[0].end and t.kind == "word"]
    if len(trailing) > 8:
        return None
    cue = Cue(position + 1, position + 1, "", "", names[0], None)
    return QuoteCue(cue, names[0], "credit")


def _between_dashes(tokens: list[Token], position: int) -> QuoteCue | None:
    """A quote set off by dashes right after a name is theirs: "... including Mitt Romney --
    'It is disqualifying' -- and Fred Goldberg"."""
    before = position - 1
    while before > 0 and tokens[before].text in DASHES:  # "--" is two tokens
        before -= 1
    if before == position - 1 or before < 1:
        return None
    if position + 1 >= len(tokens) or tokens[position + 1].text not in DASHES:
        return None
    names = [m for m in names_in(tokens[: before + 1]) if m.end == tokens[before].end]
    if not names or _after_preposition(tokens, names[0]) or _hashtag(tokens, names[0]):
        return None  # not "served in Vietnam - '13 months' -", "#PorteOuverte - 'open door' -"
    cue = Cue(position - 1, position - 1, "", "", names[0], None)
    return QuoteCue(cue, names[0], "dashes")


def _dash_colon(tokens: list[Token], position: int) -> QuoteCue | None:
    """A name between a dash and a colon, right before the quote, speaks it whatever the
    clause before the dash says: "Pollsters agree — Carl Bialik: '...'"."""
    if position < 3 or tokens[position - 1].text != ":":
        return None
    names = [m for m in names_in(tokens[: position - 1]) if m.end == tokens[position - 2].end]
    if not names:
        return None
    first = next(n for n, t in enumerate(tokens) if t.start == names[0].start)
    if first == 0 or tokens[first - 1].text not in DASHES:
        return None
    cue = Cue(position - 1, position - 1, "", "", names[0], None)
    return QuoteCue(cue, names[0], "colon")


def _name_colon_opening(tokens: list[Token], position: int) -> QuoteCue | None:
    """A headline's layout: a name and a colon open the sentence, the quote comes in the
    words after it ("Okafor: schools 'will not be left behind' in funding row")."""
    colon = next((n for n, t in enumerate(tokens[:position]) if t.text == ":"), None)
    if colon is None or not 0 < colon <= 3 or tokens[colon - 1].text.isupper():
        return None  # a transcript's "RAMOS:" labels a turn (see transcripts)
    names = names_in(tokens[:colon])
    if len(names) != 1 or (names[0].start, names[0].end) != (
        tokens[0].start,
        tokens[colon - 1].end,
    ):
        return None
    if any(t.kind == "quote" for t in tokens[colon + 1 : position]):
        return None
    cue = Cue(colon, colon, "", "", names[0], None)
    return QuoteCue(cue, names[0], "colon")


def _colon_speaker(tokens: list[Token], position: int) -> QuoteCue | None:
    """Layout e: a colon lead-in without a speech verb: "... pollster Daron Shaw: '...'",
    "Alito cut her off: '...'" (a short clause whose subject is a person)."""
    if position < 2 or tokens[position - 1].text != ":":
        return None
    clause = tokens[: position - 1]
    names = [m for m in names_in(clause) if m.end == tokens[position - 2].end]
    speaker = names[0] if names else None
    if speaker is not None and _after_preposition(clause, speaker):
        # "McConnell delivered a blunt message to Trump: '...'"; but "More from Jones: '...'"
        speaker = first_person(clause) or speaker
    if any(t.lower in HEADLINE_VERBS for t in clause[1:]):
        speaker = first_person(clause)  # "Trump Addresses Munich Attack: '...'"
    if speaker is None and (len(clause) <= _COLON_CLAUSE or clause[-1].lower in _SPEECH_NOUNS):
        speaker = first_person(clause)  # "Obama is rolling out a new message: '...'"
    if speaker is None:
        return None
    cue = Cue(position - 1, position - 1, "", "", speaker, None)
    return QuoteCue(cue, speaker, "colon")


_OBJECT_PREPOSITIONS = frozenset(words("to for at with on about against from in into of by"))


def _hashtag(tokens: list[Token], mention: Mention) -> bool:
    at = next((n for n, t in enumerate(tokens) if t.start == mention.start), 0)
    return at > 0 and tokens[at - 1].text in {"#", "@"}


def _after_preposition(tokens: list[Token], mention: Mention) -> bool:
    at = next((n for n, t in enumerate(tokens) if t.start == mention.start), 0)
    if at > 0 and tokens[at - 1].lower == "the":
        at -= 1
    return at > 0 and tokens[at - 1].lower in _OBJECT_PREPOSITIONS


#: nouns for something said, ending a lead-in of any length ("issued a stark warning:")
_SPEECH_NOUNS = frozenset(
    words(
        """
    message warning plea reply response answer promise pledge vow remarks remark words
    statement verdict advice appeal question retort rebuke assessment prediction explanation
    """
    )
)
#: the longest lead-in clause whose subject is taken as the speaker of the quote after it
_COLON_CLAUSE = 8


def _earlier_subject(cues: list[Cue], stop: int, start: int = 0) -> Mention | None:
    """The subject of the nearest cue before ``cues[stop]`` that has one, from token
    ``start`` on (not in an opening "When Reed spoke, ..." clause)."""
    for cue in reversed(cues[:stop]):
        if cue.passive:
            continue  # the agent of "was denounced by ..." is no later verb's subject
        if cue.subject is not None and cue.first >= start:
            return cue.subject
    return None
