"""Step 4: which cue in a sentence each quote belongs to.

Layouts, in the order they are tried for a quote:
  a. attribution right after it: "'...,' he said", "'...,' said Caddell", "'...' Healey told LBC",
     "'...,' Scott Pruitt, the attorney general of Oklahoma, ..., said"
  b. a cue before it in the sentence: "Healey told Times Radio: '...'", "said he 'agreed ...'"
  c. the sentence's trailing attribution: "'...' when they ..., the Defence Secretary admitted."
  d. a credit line: "'...' \u2015 Sonya Herridge"
  e. a colon lead-in without a verb: "pollster Daron Shaw: '...'", "Alito cut her off: '...'"
Quotes left without a cue take the speaker of a quote beside them (:mod:`continuation`).
The module also says who a sentence is about (:func:`sentence_subject`), for pronouns later.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from crawler.quotes.cues import Cue
from crawler.quotes.inverted import parse_mention_after
from crawler.quotes.lexicon import HEADLINE_VERBS, NON_PERSON_HEADS, ROLE_NOUNS, words
from crawler.quotes.mentions import role_ending_at
from crawler.quotes.names import Mention, is_role_word, names_in, possessive_base
from crawler.quotes.tokens import Token

__all__ = ["QuoteCue", "assign_cues", "first_person", "sentence_subject"]

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
        after = [cue for cue in cues[split:] if _may_trail(tokens, position, cue)]
        choice = _trailing_cue(tokens, position, after, 0) or _dash_colon(tokens, position)
        choice = choice or _leading_cue(tokens, cues, split)
        final = [cue for cue in after if not _quote_follows(tokens, cue)]
        choice = choice or _sentence_final_cue(final, 0) or _dash_credit(tokens, position)
        choice = choice or _colon_speaker(tokens, position)
        if choice is not None:
            found[token.quote] = choice
    return found


def _may_trail(tokens: list[Token], position: int, cue: Cue) -> bool:
    """Whether a cue after the quote at ``position`` may be its attribution: not when the cue
    introduces a quote of its own ("'Why now?' Mills writes back, 'You look cute.'"), nor when
    the quote closes its sentence and the cue's sentence says more than who spoke ("'... for
    all.' Doyle added that the plan was late", "'...' The star then recalled an incident")."""
    ends = tokens[position].text.rstrip().endswith((".", "?", "!"))
    if ends and _introduces_a_quote(tokens, cue.last + 1):
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
#: the most words after a cue in a sentence that only says who spoke ("Healey told LBC Radio
#: on Sunday.")
_BARE_ATTRIBUTION_WORDS = 5


def _bare_attribution(tokens: list[Token], start: int) -> bool:
    """The sentence from ``start`` (just after a cue) names at most a venue or a time."""
    count = 0
    for n, token in enumerate(tokens[start:]):
        if token.text in {".", "!", "?"} or token.kind == "quote":
            break
        if token.kind == "word":
            if n == 0 and token.lower in _CLAUSE_OPENERS:
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


def _leading_cue(tokens: list[Token], cues: list[Cue], split: int) -> QuoteCue | None:
    """Layout b: the nearest cue before the quote; its subject may be the sentence's subject."""
    if split == 0:
        return None
    cue = cues[split - 1]
    subject = cue.subject or _earlier_subject(cues, split - 1, _opening_clause_end(tokens))
    if subject is None:
        before = tokens[: cue.first]
        subject = first_person(before) or (_clause_opener(before) if before else None)
    return QuoteCue(cue, subject, "leading")


def _clause_opener(tokens: list[Token]) -> Mention | None:
    """ "She has pushed back ..., saying", "The justice sounded off ..., saying": a pronoun
    or a definite role opening the sentence is the subject of a participle cue."""
    subject = sentence_subject(tokens, [])
    return subject if subject is not None and subject.start == tokens[0].start else None


def _sentence_final_cue(cues: list[Cue], split: int) -> QuoteCue | None:
    """Layout c: the last cue of the sentence, after the quote, when it names its subject."""
    for cue in reversed(cues[split:]):
        if cue.subject is not None:
            return QuoteCue(cue, cue.subject, "final")
    return None


_DASHES = frozenset({"—", "\u2015", "\u2013", "-", "~"})


def _dash_credit(tokens: list[Token], position: int) -> QuoteCue | None:
    """Layout d: a credit line after the quote, "'...' ― Sonya Herridge"."""
    if position + 2 >= len(tokens) or tokens[position + 1].text not in _DASHES:
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


def _dash_colon(tokens: list[Token], position: int) -> QuoteCue | None:
    """A name between a dash and a colon, right before the quote, speaks it whatever the
    clause before the dash says: "Pollsters agree — Carl Bialik: '...'"."""
    if position < 3 or tokens[position - 1].text != ":":
        return None
    names = [m for m in names_in(tokens[: position - 1]) if m.end == tokens[position - 2].end]
    if not names:
        return None
    first = next(n for n, t in enumerate(tokens) if t.start == names[0].start)
    if first == 0 or tokens[first - 1].text not in _DASHES:
        return None
    cue = Cue(position - 1, position - 1, "", "", names[0], None)
    return QuoteCue(cue, names[0], "colon")


def _colon_speaker(tokens: list[Token], position: int) -> QuoteCue | None:
    """Layout e: a colon lead-in without a speech verb: "... pollster Daron Shaw: '...'",
    "Alito cut her off: '...'" (a short clause whose subject is a person)."""
    if position < 2 or tokens[position - 1].text != ":":
        return None
    clause = tokens[: position - 1]
    names = [m for m in names_in(clause) if m.end == tokens[position - 2].end]
    speaker = names[0] if names else None
    if any(t.lower in HEADLINE_VERBS for t in clause[1:]):
        speaker = first_person(clause)  # "Trump Addresses Munich Attack: '...'"
    if speaker is None and len(clause) <= _COLON_CLAUSE:
        speaker = first_person(clause)
    if speaker is None:
        return None
    cue = Cue(position - 1, position - 1, "", "", speaker, None)
    return QuoteCue(cue, speaker, "colon")


#: the longest lead-in clause whose subject is taken as the speaker of the quote after it
_COLON_CLAUSE = 8


def _earlier_subject(cues: list[Cue], stop: int, start: int = 0) -> Mention | None:
    """The subject of the nearest cue before ``cues[stop]`` that has one, from token
    ``start`` on (not in an opening "When Reed spoke, ..." clause)."""
    for cue in reversed(cues[:stop]):
        if cue.subject is not None and cue.first >= start:
            return cue.subject
    return None


_PREPOSITIONS = frozenset({"in", "at", "of", "from", "to", "with", "for", "by", "on", "about"})
#: words that end a name's modifier phrase ("Carson on defense" is no "Ohio state director")
_FUNCTION_WORDS = _PREPOSITIONS | frozenset(words("and or but as the a an than who that"))


def first_person(tokens: list[Token]) -> Mention | None:
    """The sentence's first person, for a cue without a subject of its own, skipping names
    after a preposition ("in Berea") and possessors ("Mrs. Clinton's remark")."""
    starts = {t.start: n for n, t in enumerate(tokens)}
    clause_end = _opening_clause_end(tokens)
    for mention in names_in(tokens):
        at = starts.get(mention.start, 0)
        if at < clause_end:
            continue  # "When Wallace died in 1998, President Clinton released ..."
        if at > 0 and tokens[at - 1].lower in _PREPOSITIONS:
            continue
        if _is_possessor(tokens, mention):
            continue
        if at == 0 and (_opens_adverbial_phrase(tokens, mention) or _opens_with_participle(tokens)):
            continue
        if _modifies_a_role(tokens, mention) or (at == 0 and _is_dateline(tokens, mention)):
            continue
        return mention
    return None


#: words opening a subordinate clause before the main one ("When X died, Y said")
_SUBORDINATORS = frozenset(
    words("when after before while if although though because since once until unless")
)


def _opening_clause_end(tokens: list[Token]) -> int:
    """Index just past an opening subordinate clause ("When X died, ...") or dateline
    ("DECATUR, Ill. \u2014 ..."), else 0."""
    if len(tokens) < 2:
        return 0
    if tokens[0].text.isupper() and len(tokens[0].text) > 1:
        for n, token in enumerate(tokens[:10]):
            if token.text in {"\u2014", "\u2013", "-"}:
                return n + 1
    if tokens[0].lower not in _SUBORDINATORS:
        return 0
    for n, token in enumerate(tokens[:30]):
        if token.text == ",":
            return n + 1
    return 0


_ADVERBIAL_NEXT = frozenset(words("in on at after before during since this last then when"))


def _opens_adverbial_phrase(tokens: list[Token], mention: Mention) -> bool:
    """ "Back in 1999, ...", "Later that day, ...": one capitalised word, then a preposition."""
    return (
        len(tokens) > 1
        and tokens[0].end == mention.end
        and tokens[1].lower in _ADVERBIAL_NEXT
        and any(t.text == "," for t in tokens[2:8])
    )


def sentence_subject(tokens: list[Token], names: list[Mention]) -> Mention | None:
    """Who a sentence is about, for later pronouns: its first person named or role given."""
    head = tokens[:20]
    for position, token in enumerate(head):
        if token.kind == "word" and token.lower in {"he", "she"} and position < 4:
            return Mention(token.start, token.end, token.text, "pronoun")
    head_end = head[-1].end if head else 0
    candidates: list[Mention] = [m for m in names if m.end <= head_end]
    for position, token in enumerate(head):
        if token.kind == "word" and token.bare in ROLE_NOUNS and token.bare not in NON_PERSON_HEADS:
            while position + 1 < len(head) and head[position + 1].bare in ROLE_NOUNS:
                position += 1
            role = role_ending_at(head, position)
            if role is not None and role.definite:
                candidates.append(role)
                break
    candidates.sort(key=lambda m: m.start)
    for mention in candidates:
        if mention.kind == "name" and (
            _is_possessor(tokens, mention) or _modifies_a_role(tokens, mention)
        ):
            continue
        if _is_opening_adverbial(tokens, mention):
            continue
        return mention
    return None


def _modifies_a_role(tokens: list[Token], mention: Mention) -> bool:
    """ "Sanders protesters", "the Florida senator", "Trump adviser Stephen Miller": a name
    before a lower-case role noun describes the person, and is not them."""
    for n, token in enumerate(tokens[:-1]):
        if token.end == mention.end:
            after = tokens[n + 1]
            if after.kind != "word" or not after.text.islower():
                return False
            if is_role_word(after):
                return True
            # "the Ohio state director"; not "Carson on defense", "Rubio responded first"
            second = tokens[n + 2] if n + 2 < len(tokens) else None
            return (
                second is not None
                and second.bare in ROLE_NOUNS
                and after.lower not in _FUNCTION_WORDS
                and not after.lower.endswith(("ed", "s", "ly"))
            )
    return False


def _is_opening_adverbial(tokens: list[Token], mention: Mention) -> bool:
    """ "Strangely, he claimed", "Looking ahead, ...": one capitalised word opening the
    sentence, then a comma, or a participle ("Recalling the consequences, the statement")."""
    if len(tokens) < 2 or tokens[0].start != mention.start or tokens[0].end != mention.end:
        return False
    return tokens[1].text == "," or _opens_with_participle(tokens)


def _is_dateline(tokens: list[Token], mention: Mention) -> bool:
    """ "DECATUR, Ill. \u2014 ...": a place in capitals and a comma open the story."""
    return mention.text.isupper() and len(tokens) > 1 and tokens[1].text == ","


def _opens_with_participle(tokens: list[Token]) -> bool:
    """ "Recalling ...", "Regarding ...": a sentence opening with an -ing word, not a name."""
    first = tokens[0]
    return (
        first.kind == "word"
        and first.lower.endswith("ing")
        and len(first.text) > 5
        and len(tokens) > 1
        and (tokens[1].kind == "quote" or tokens[1].text[:1].islower())
    )


def _is_possessor(tokens: list[Token], mention: Mention) -> bool:
    """ "Prime Minister's spokesperson", "Trump's team": the name owns the subject."""
    return any(t.end == mention.end + 2 and possessive_base(t.text) for t in tokens)
