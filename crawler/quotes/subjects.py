"""Who a sentence is about: its grammatical subject, for cues without one of their own and for
pronouns later ("When Wallace died, President Clinton said", "Trump's team", "the Florida
senator"), skipping datelines, opening clauses and adverbials, owners and names that only
describe a role.
"""

from __future__ import annotations

import re

from crawler.quotes.lexicon import CUE_FORMS, NON_PERSON_HEADS, ROLE_NOUNS, words
from crawler.quotes.mentions import role_ending_at
from crawler.quotes.names import Mention, is_role_word, names_in, possessive_base
from crawler.quotes.tokens import Token

__all__ = ["first_person", "opening_clause_end", "sentence_subject"]

_PREPOSITIONS = frozenset({"in", "at", "of", "from", "to", "with", "for", "by", "on", "about"})
#: words that end a name's modifier phrase ("Carson on defense" is no "Ohio state director")
_FUNCTION_WORDS = _PREPOSITIONS | frozenset(words("and or but as the a an than who that"))


def first_person(tokens: list[Token]) -> Mention | None:
    """The sentence's first person, for a cue without a subject of its own, skipping names
    after a preposition ("in Berea") and possessors ("Mrs. Clinton's remark")."""
    starts = {t.start: n for n, t in enumerate(tokens)}
    clause_end = opening_clause_end(tokens)
    found = names_in(tokens)
    for number, mention in enumerate(found):
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
        after = found[number + 1] if number + 1 < len(found) else None
        return _joined_by_and(tokens, mention, after) if after is not None else mention
    return None


def _joined_by_and(tokens: list[Token], mention: Mention, after: Mention) -> Mention:
    """ "Defense Secretary A and Secretary of State B defended ..., saying", "A and the
    Foreign Secretary, B, issued a statement saying": both people, when nothing but "and"
    and the second one's title stand between the names."""
    between = [t for t in tokens if mention.end <= t.start and t.end <= after.start]
    if not between or between[0].lower not in {"and", "&"}:
        return mention
    title = between[1:]
    if title and title[0].lower == "the" and title[-1].text == ",":
        title = title[1:-1]  # "A and the Foreign Secretary, B"
        if not (title and is_role_word(title[-1])):
            return mention
    if not all(t.kind == "word" and (t.text[:1].isupper() or t.lower == "of") for t in title):
        return mention
    names = (*mention.names, *after.names)
    return Mention(mention.start, after.end, "", "name", names, mention.role)


#: words opening a subordinate clause before the main one ("When X died, Y said")
_SUBORDINATORS = frozenset(
    words("when after before while if although though because since once until unless")
)


#: adverbs standing before the word that opens a subordinate clause ("Ever since ...")
_CLAUSE_ADVERBS = frozenset(words("ever even just shortly soon long only right not"))


def opening_clause_end(tokens: list[Token]) -> int:
    """Index just past an opening subordinate clause ("When X died, ...") or dateline
    ("DECATUR, Ill. \u2014 ..."), else 0."""
    if len(tokens) < 2:
        return 0
    if tokens[0].text.isupper() and len(tokens[0].text) > 1:
        for n, token in enumerate(tokens[:10]):
            if token.text in {"\u2014", "\u2013", "-"}:
                return n + 1
    opener = 1 if tokens[0].lower in _CLAUSE_ADVERBS else 0  # "Ever since ...", "Just after"
    if tokens[opener].lower not in _SUBORDINATORS:
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
            if any(m.start < token.start for m in names):
                break  # "Devine said he ...": the name is the subject
            return Mention(token.start, token.end, token.text, "pronoun")
    if len(head) > 1 and head[0].lower == "the" and _AGE.fullmatch(head[1].lower):
        # "The 78-year-old then turned to immigration": the person of that age (see speakers)
        return Mention(
            head[0].start, head[1].end, f"{head[0].text} {head[1].text}", "role", role=head[1].lower
        )
    head_end = head[-1].end if head else 0
    candidates: list[Mention] = [m for m in names if m.end <= head_end]
    for position, token in enumerate(head):
        if token.kind == "word" and token.bare in ROLE_NOUNS and token.bare not in NON_PERSON_HEADS:
            while position + 1 < len(head) and head[position + 1].bare in ROLE_NOUNS:
                position += 1
            if _party_adjective(head, position):
                continue  # "The Republican convention got off to a rocky start"
            role = role_ending_at(head, position)
            if role is not None and (role.definite or _organisation_voice(role)):
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
        if mention.kind == "role" and _named_in_apposition(tokens, mention, candidates):
            continue  # "The White House press secretary, Karine Jean-Pierre, said": the name
        return mention
    return None


#: party words that head a role ("the Democrat said") or describe a noun ("the Republican
#: convention")
_PARTY_HEADS = frozenset(words("republican democrat tory conservative"))
#: verbs that often follow a subject and end in none of -ed, -s, -ly
_SHORT_VERBS = frozenset(
    words(
        """
    won lost went came made took got gave ran led left met kept held sat stood spent sent
    will would could can may might must should did do had is was
    """
    )
)


def _party_adjective(head: list[Token], position: int) -> bool:
    """A party word describing the noun after it ("The Republican convention"), not heading
    a role ("The Democrat told reporters", "The Republican has said")."""
    if head[position].bare not in _PARTY_HEADS or position + 1 >= len(head):
        return False
    after = head[position + 1]
    if after.kind != "word" or not after.text.islower():
        return False
    verb = (
        after.lower in CUE_FORMS
        or after.lower in _SHORT_VERBS
        or after.lower.endswith(("ed", "s", "ly"))
    )
    return not verb


#: roles that speak for an organisation named before them ("a Downing Street spokesman")
_VOICES = frozenset(words("spokesman spokeswoman spokesperson"))


def _organisation_voice(role: Mention) -> bool:
    """ "A Downing Street spokesman", "a No 10 spokeswoman": one voice of a named
    organisation, whom a later "she" can stand for."""
    found = role.role.split()
    return (
        role.text.split()[0].lower() in {"a", "an", "one"}
        and len(found) > 1
        and found[-1].lower() in _VOICES
        and found[0][:1].isupper()
    )


def _named_in_apposition(tokens: list[Token], role: Mention, candidates: list[Mention]) -> bool:
    """A name follows the role at once, set off by a comma or not ("Trump spokesman Hope
    Hicks confirmed")."""
    after = next((n for n, t in enumerate(tokens) if t.start >= role.end), None)
    if after is not None and tokens[after].text == ",":
        after += 1
    if after is None or after >= len(tokens):
        return False
    return any(m.kind == "name" and m.start == tokens[after].start for m in candidates)


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
    if tokens[1].text == "," and len(tokens) > 3 and _APPOSED_TO_NAME.fullmatch(tokens[2].lower):
        return mention.text.endswith("ly")  # "Trump, 78, said", "Brown, a Democrat, said"
    return tokens[1].text == "," or _opens_with_participle(tokens)


#: an age standing for a person ("the 78-year-old")
_AGE = re.compile(r"\d{1,3}-year-old")
#: first words of an apposition to a one-word name ("Trump, 78,", "Brown, who ...")
_APPOSED_TO_NAME = re.compile(r"\d{1,3}|a|an|who|whose")


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
