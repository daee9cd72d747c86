"""Step 4: cue verbs in a frame ("said", "told Times Radio", "according to") and their subjects."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.quotes.inverted import parse_mention_after
from crawler.quotes.lexicon import (
    CUE_FORMS,
    HEADLINE_VERBS,
    INDEFINITES,
    NON_PERSON_HEADS,
    ROLE_NOUNS,
    words,
)
from crawler.quotes.mentions import parse_mention_before, speaker_at
from crawler.quotes.names import Mention, is_name_word, is_role_word, join_tokens, possessive_base
from crawler.quotes.tokens import Token

__all__ = ["PASSIVE_REACH", "Cue", "find_cues", "is_unnamed", "with_programme"]

_NOUN_MARKERS = frozenset(
    set(
        words(
            """
    the a an this that his her their its our my your whose of no every each any
    """
        )
    )
)
_TWO_WORD = {form for form in CUE_FORMS if " " in form}
#: forms that are more often nouns or other verbs than speech; accepted only with a colon or quote
_WEAK = frozenset(
    set(
        words(
            """
    call calls called calling post posts state states report reports reported question
    questions questioned charge charges charged attack attacks attacked mention comment
    comments note notes echo echoes echoed continue continues continued continuing laugh
    laughs posted brand branded label labelled labeled dub dubbed remind reminded reminding
    reveal revealed object objects promise promises demand demands blame blamed praise praised
    protest protests answer answers reply repeat counter point mock thunder write writing
    speak speaks speaking spoke tease estimate estimated announce announced announcing
    pressed beam beams beamed boom booms boomed bark barks barked
    """
        )
    )
)

#: verbs whose object is the addressee or target, never an inverted speaker ("told Trump")
_TRANSITIVE = frozenset(
    set(
        words(
            """
    tell call brand label dub urge praise blame attack mock remind accuse slam blast criticise
    criticize hail inform assure chide scold assail quote tease thank demand implore
    """
        )
    )
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech verb in the frame: token range, lemma, its subject and venue when written."""

    first: int
    last: int
    word: str
    lemma: str
    subject: Mention | None
    venue: str | None
    #: "was accused", "was branded ... by Y": the subject is the agent (or someone unnamed)
    passive: bool = False


def find_cues(tokens: list[Token]) -> list[Cue]:
    """Every cue verb in the tokens, with the speaker and venue written beside it."""
    cues: list[Cue] = []
    i = 0
    while i < len(tokens):
        span = _cue_at(tokens, i)
        if span is None:
            i += 1
            continue
        first, last, word = span
        lemma = CUE_FORMS[word]
        passive = False
        if lemma == "according to":
            subject = parse_mention_after(tokens, last) or _source_of_document(tokens, last)
        elif _passive(tokens, first, word):
            # "X was branded '...' by Y": X is the target; Y, when written, the speaker
            subject = _agent(tokens, last) or _someone_unnamed(tokens[first])
            passive = True
        elif _participle_after_comma(tokens, first):
            # "Clinton spoke in Tulsa, Oklahoma, arguing ...": the clause's subject, found later
            subject = None
        else:
            subject = (
                parse_mention_before(tokens, first)
                or _someone(tokens, first)
                or _one_of_them(tokens, first)
            )
            if subject is not None and word.endswith("ing") and _a_group(subject):
                subject = None  # "emailed supporters saying": the clause's subject speaks
            inverted = first > 0 and tokens[first - 1].kind == "quote"  # '"Why?" demanded X'
            after = subject is None and not word.endswith("ing")  # never "promising the Friends"
            if after and (lemma not in _TRANSITIVE or inverted):
                subject = parse_mention_after(tokens, last)
        venue = _venue(tokens, last, lemma)
        cues.append(Cue(first, last, word, lemma, subject, venue, passive))
        i = last + 1
    return cues


#: auxiliaries before a cue's participle that make it passive ("was accused", "has been told")
_PASSIVE_AUXILIARIES = frozenset(words("was were is are be been being"))


def _passive(tokens: list[Token], first: int, word: str) -> bool:
    """ "was accused", "were also branded": a participle after a form of "be" (never "was
    quoted as saying", whose subject is the speaker, nor "the 'plan' was dismissed", whose
    quoted subject is no statement of the agent's)."""
    if not (word.endswith("ed") or word == "told") or word == "quoted" or " " in word:
        return False
    i = first - 1
    if i > 0 and (tokens[i].lower in _TIME_ADVERBS or tokens[i].lower.endswith("ly")):
        i -= 1  # "was also accused", "was repeatedly told"
    if i < 0 or tokens[i].lower not in _PASSIVE_AUXILIARIES:
        return False
    return not any(t.kind == "quote" for t in tokens[max(0, i - _AGENT_WINDOW) : i])


def _agent(tokens: list[Token], last: int) -> Mention | None:
    """The agent of a passive cue, named after "by" in the same sentence ("branded 'a
    coward' by Victor Laine")."""
    for i in range(last + 1, min(len(tokens) - 1, last + _AGENT_WINDOW)):
        if tokens[i].lower == "by":
            return speaker_at(tokens, i + 1)
    return None


#: how many tokens after a passive cue its agent may be named ("by ..."), and its quote stand
PASSIVE_REACH = _AGENT_WINDOW = 12


def _someone_unnamed(cue: Token) -> Mention:
    """The speaker of a passive cue that names none: someone, who resolves to nobody."""
    return Mention(cue.start, cue.start, _UNNAMED, "role", definite=False)


_UNNAMED = "someone"


def is_unnamed(mention: Mention | None) -> bool:
    """The speaker of a passive cue that names none ("X was accused of '...'")."""
    return mention is not None and mention.text == _UNNAMED and mention.start == mention.end


_DOCUMENTS = frozenset(
    words("statement report release filing document memo email letter post tweet transcript")
)


def _someone(tokens: list[Token], first: int) -> Mention | None:
    """ "one shopkeeper told", "a young woman said": someone the text does not name, who
    speaks all the same (so the quote is not the last speaker's)."""
    if first < 2 or tokens[first - 1].lower not in _PEOPLE:
        return None
    i = first - 2
    while i >= 0 and first - i <= 4 and tokens[i].text.isalpha() and tokens[i].text.islower():
        if tokens[i].lower in INDEFINITES:
            words = join_tokens(tokens[i + 1 : first])
            text = f"{tokens[i].text} {words}"
            return Mention(tokens[i].start, tokens[first - 1].end, text, "role", role=words)
        if tokens[i].lower in _NOT_ADJECTIVES:
            return None
        i -= 1
    return None


def _one_of_them(tokens: list[Token], first: int) -> Mention | None:
    """ "criticism from aldermen, with one calling it '...'", "and another said": one of a
    group nobody names, who speaks unnamed (not the person the sentence is about)."""
    if first < 2 or tokens[first - 1].lower not in {"one", "another"}:
        return None
    if tokens[first - 2].lower not in {"with", "and", ","}:
        return None
    return _someone_unnamed(tokens[first])


#: people nobody names ("one shopkeeper", "a passer-by"); roles of ROLE_NOUNS are read before
_PEOPLE = frozenset(
    words(
        """
    man woman boy girl person user shopkeeper trader customer shopper commuter parent local
    villager fan spectator onlooker bystander passer-by visitor tourist driver passenger
    patient viewer listener reader caller commenter demonstrator marcher mourner survivor
    """
    )
)
#: words that end the adjectives before such a noun ("a grandmother and jokes")
_NOT_ADJECTIVES = frozenset(words("and or but who which that to of in on at by for with as"))


def _a_group(subject: Mention) -> bool:
    """A plural role without a name ("supporters", "the voters"): an object, not a speaker."""
    heads = subject.role.split()[-1:]
    return subject.kind == "role" and bool(heads) and heads[0].lower().endswith("s")


def _participle_after_comma(tokens: list[Token], first: int) -> bool:
    """ "..., saying", "..., adding": a participle whose subject opens the clause."""
    if first == 0 or not tokens[first].lower.endswith("ing"):
        return False
    before = tokens[first - 1]
    return before.text == "," or (before.kind == "quote" and before.text.rstrip().endswith(","))


def _source_of_document(tokens: list[Token], last: int) -> Mention | None:
    """ "according to a statement from the White House": who issued the document."""
    window = tokens[last + 1 : last + 5]
    if not any(t.lower.rstrip("s") in _DOCUMENTS for t in window):
        return None
    for offset, token in enumerate(window):
        if token.lower in {"from", "by"}:
            return speaker_at(tokens, last + 2 + offset)
    return None


def _cue_at(tokens: list[Token], i: int) -> tuple[int, int, str] | None:
    token = tokens[i]
    if token.kind != "word":
        return None
    lower = token.lower
    if i + 1 < len(tokens):
        pair = f"{lower} {tokens[i + 1].lower}"
        if pair in _TWO_WORD:
            return i, i + 1, pair
    if lower not in CUE_FORMS or " " in lower:
        return None
    headline_cue = lower in HEADLINE_VERBS and i > 0 and is_name_word(tokens[i - 1])
    if token.text[0].isupper() and i > 0 and not headline_cue:
        return None  # a capitalised word mid-sentence is a name, save "Hollande Says ..."
    if i > 0 and (tokens[i - 1].lower in _NOUN_MARKERS or possessive_base(tokens[i - 1].text)):
        return None
    if lower in _WEAK and not (_near_quote_or_colon(tokens, i) and _verb_position(tokens, i)):
        return None
    return i, i, lower


def _verb_position(tokens: list[Token], i: int) -> bool:
    """A word that is as often a noun ("comments", "calls") is a verb after its subject."""
    if tokens[i].lower.endswith("ing") or i == 0:
        return True
    prev = tokens[i - 1]
    if prev.text[0].isupper() and i > 1 and _marks_a_noun(tokens[i - 2]):
        return False  # "a Twitter comment", "Trump's Twitter attacks": a noun after a name
    if i + 1 < len(tokens) and tokens[i + 1].text.islower() and is_role_word(tokens[i + 1]):
        return False  # "Ohio state director": a noun before a role
    return (
        prev.text[0].isupper()
        or (_person_role(prev) and i > 1 and tokens[i - 2].lower in _NOUN_MARKERS)
        or prev.lower
        in {"he", "she", "they", "it", "who", "has", "had", "have", "was", "also", "and", ","}
        | _TIME_ADVERBS  # "Musk later posted,"
        or (prev.text.endswith("ly") and prev.text.islower())
        or prev.kind == "quote"
    )


def _person_role(token: Token) -> bool:
    """One person's role ("the senator noted"); not a group ("his supporters notes") nor an
    organisation ("the campaign estimated")."""
    bare = token.bare
    return bare in ROLE_NOUNS and not bare.endswith("s") and bare not in NON_PERSON_HEADS


def _marks_a_noun(token: Token) -> bool:
    """A determiner or an owner ("the", "Trump's"): the words after it make a noun phrase."""
    return token.lower in _NOUN_MARKERS or possessive_base(token.text) is not None


#: adverbs of time between a subject and its verb ("Musk later posted", "she then wrote")
_TIME_ADVERBS = frozenset(words("later then again earlier soon afterwards first once"))


def _near_quote_or_colon(tokens: list[Token], i: int) -> bool:
    window = tokens[max(0, i - 3) : i + 25]
    return any(t.kind == "quote" or t.text == ":" for t in window)


_DAYS_AND_MONTHS = frozenset(
    words(
        """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    """
    )
)


#: cues that may name where or to whom the words were said ("responded on Truth Social")
_VENUE_CUES = frozenset(
    words("tell say speak write tweet add post respond reply explain insist claim argue warn")
)
#: last words of a programme named "... with" its host ("Sunday with Laura Kuenssberg")
_PROGRAMME_WORDS = frozenset({"Sunday", "Morning", "Breakfast", "Tonight", "Live", "Show"})
#: papers named "... on Sunday"
_ON_SUNDAY = frozenset({"Mail", "Independent", "Scotland", "Wales"})


def _venue(tokens: list[Token], last: int, lemma: str) -> str | None:
    """The audience or medium: "told Times Radio", "said on CNN", "told the BBC"."""
    i = last + 1
    if lemma not in _VENUE_CUES:
        return None
    if lemma != "tell":
        if i + 1 < len(tokens) and tokens[i].lower in {"on", "to", "in"}:
            i += 1
        else:
            return None
    if i < len(tokens) and tokens[i].lower == "the":
        i += 1
    words: list[str] = []
    while (
        i < len(tokens)
        and tokens[i].kind == "word"
        and (tokens[i].text[0].isupper() or (words and _CHANNEL_NUMBER.fullmatch(tokens[i].text)))
    ):  # "BBC Radio 4", "Channel 5"
        words.append(tokens[i].text)
        i += 1
        joined = (
            i + 1 < len(tokens)
            and tokens[i + 1].text[:1].isupper()
            and (tokens[i + 1].lower not in _DAYS_AND_MONTHS or words[-1] in _ON_SUNDAY)
        )  # "the Mail on Sunday" is a paper, "LBC on Sunday" a venue and a time
        if joined and (
            tokens[i].lower in {"on", "of", "and", "&"}
            or (tokens[i].lower == "with" and words[-1] in _PROGRAMME_WORDS)
        ):
            words.append(tokens[i].text)  # "the Mail on Sunday", "Voice of America"
            i += 1  # "Sunday with Laura Kuenssberg", "Sunday Morning with Trevor Phillips"
    if not words or (len(words) == 1 and words[0].lower() in {"he", "she", "i", "we", "they"}):
        return None
    if words[0].lower() in _DAYS_AND_MONTHS:
        return None  # "said in March", "replied on Tuesday": a time, not a venue
    if words[-1].endswith(".") and "." not in words[-1][:-1]:
        words[-1] = words[-1][:-1]  # "wrote on X." ends its sentence; "U.S." keeps its dots
    quoted = tokens[i].text if i < len(tokens) and tokens[i].kind == "quote" else ""
    return with_programme(" ".join(words), quoted)


_TITLE_SMALL_WORDS = frozenset(words("a an the of on in at for to and with"))


def with_programme(venue: str, quoted: str) -> str:
    """ "NBC's" and the programme quoted after it: "NBC's Meet the Press"."""
    title = quoted.rstrip(",.")
    if not title or not venue.endswith(("'s", "\u2019s")) or len(title.split()) > 6:
        return venue
    if not all(word[:1].isupper() or word in _TITLE_SMALL_WORDS for word in title.split()):
        return venue
    return f"{venue} {title}"


#: a number in a station's name ("Radio 4", "Radio 4's", "Channel 5")
_CHANNEL_NUMBER = re.compile(r"\d{1,2}(?:['\u2019]s)?")
