"""Step 5: a quote's cue and subject -> its speakers, mention, cue lemma and venue.

Pronouns look back through the sentences the body was about (captions never count); a title
the article never ties to a name goes to the person the text is about, or, in the lede, to the
person named next ("The Defence Secretary has admitted ... John Healey said").
"""

from __future__ import annotations

import re

from crawler.quotes.attribution import QuoteCue
from crawler.quotes.cues import find_cues, is_unnamed, with_programme
from crawler.quotes.frames import Found, Frame
from crawler.quotes.lexicon import (
    HONORIFICS,
    NAME_STOPWORDS,
    NON_PERSON_HEADS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    words,
)
from crawler.quotes.namekinds import is_organisation
from crawler.quotes.names import Mention
from crawler.quotes.parties import place_in_role, tied_to_place
from crawler.quotes.resolve import Resolver

__all__ = ["apply_cue", "named_before", "salient_before"]


def apply_cue(
    item: Found,
    choice: QuoteCue,
    frame: Frame,
    frames: list[Frame],
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
        named = _holder_by_place(subject.role, frame.text, resolver) or _title_holder(
            subject.role, frame, frames, number, resolver
        )
        if named and resolver.could_hold(named, subject.role):
            resolver.link_role(subject.role, named)
            speakers = named
    unknown_organisation = False
    if not speakers and subject is not None and _names_an_organisation(subject):
        speakers = _organisation_named_before(frame, frames, number, resolver)
        unknown_organisation = not speakers  # a quote beside it may still tell
    item.speakers = speakers
    item.mention = None if is_unnamed(subject) else _mention_text(subject)
    # "X was accused of '...'": someone's words; "described as a '...'", "asked about the
    # '...' remark" quote a label or a topic, kept only with a speaker
    item.unnamed = is_unnamed(subject) and choice.cue.lemma not in {"describe", "ask"}
    item.cue = (choice.cue.word if choice.cue.lemma == "according to" else choice.cue.lemma) or None
    item.venue = choice.cue.venue or _venue_in_opening(frame)
    item.attributed = not unknown_organisation
    item.cued = True


#: days and months: "the BBC on Sunday" is a venue and a time, not the "Mail on Sunday"
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
#: "Speaking to the BBC's Laura Kuenssberg, ...", "In an interview with Fox News, ..."
_OPENING_VENUE = re.compile(
    r"(?:Speaking|Talking|Writing|Appearing)\s+(?:to|on|in|with)\s+|"
    r"In\s+an\s+interview\s+(?:with|on)\s+"
)
_VENUE_WORDS = re.compile(
    r"(?:the\s+)?([A-Z][\w'\u2019.&-]*(?:\s+(?:[A-Z][\w'\u2019.&-]*|\d{1,2}(?:['\u2019]s)?\b"
    r"|on(?!\s+" + _WHEN + r")|of))*)"
)


#: what a story calls an organisation it has named ("the company", "the department")
_ORGANISATIONS = ORGANISATION_NOUNS | {"department", "ministry"}
#: capitalised words opening a sentence, after "The"
_OPENING_NAME = re.compile(
    r"(?:(?:The|A|An|But|And)\s+)?"
    r"((?:[A-Z][\w&'.-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}[A-Z][\w&'.-]*)\s+[a-z]"
)


def _names_an_organisation(subject: Mention) -> bool:
    """ "the company", "the agency": an organisation the text has named."""
    return (
        subject.kind == "role"
        and subject.text.split()[0].lower() == "the"
        and subject.role.lower() in _ORGANISATIONS
    )


def _organisation_named_before(
    frame: Frame, frames: list[Frame], number: int, resolver: Resolver
) -> tuple[str, ...]:
    """The organisation opening this sentence or one of the three before it, or speaking in
    it ("Boeing said Tuesday ...", "The Federal Aviation Administration grounded ...",
    '"...," Twitter said in a statement.')."""
    for earlier in reversed(frames[max(0, number - 3) : number + 1]):
        if earlier.paragraph.is_caption:
            continue
        opening = _OPENING_NAME.match(earlier.text, earlier.start, earlier.end)
        names = [opening.group(1)] if opening is not None else []
        if _is_organisation_here(names[0] if names else "", earlier, resolver):
            return (names[0],)
        if earlier.quotes:  # "Twitter said in a statement" (no person: "Nakatani said")
            for cue in earlier.cues:
                if cue.subject is not None and _named(cue.subject):
                    name = cue.subject.text
                    if is_organisation(name) and not resolver.is_person((name,)):
                        return (name,)
    return ()


def _named(subject: Mention) -> bool:
    """A subject written as a name ("Twitter", "Boeing"), not as a role ("the company")."""
    first = subject.text.split()[0] if subject.text else ""
    return first[:1].isupper() and first not in {"The", "A", "An"}


def _is_organisation_here(name: str, frame: Frame, resolver: Resolver) -> bool:
    """A name with an organisation's word ("Federal Aviation Administration", "Association of
    Flight Attendants"), or one capitalised word that is no person's name nor a common word
    and is written within a sentence too ("a Boeing spokesman"); never "Mr. Bloomberg" nor
    "The Clinton campaign"."""
    if not name or name.split()[0].lower().rstrip(".") in HONORIFICS:
        return False
    if resolver.is_person((name,)):
        return False
    if " " in name:
        return is_organisation(name)
    after = frame.text[frame.text.find(name, frame.start) + len(name) :].split()[:1]
    if after and after[0] in ROLE_NOUNS | NON_PERSON_HEADS | ORGANISATION_NOUNS:
        return False
    return (
        name.lower() not in resolver.lower_words | NAME_STOPWORDS
        and not resolver.book.knows_surname(name)
        and re.search(rf"[a-z,] {re.escape(name)}\b", frame.text) is not None
    )


def _venue_in_opening(frame: Frame) -> str | None:
    """A venue given by the sentence's opening phrase rather than by the cue."""
    opening = _OPENING_VENUE.match(frame.text, frame.start, min(frame.end, frame.start + 40))
    if opening is None:
        return None
    words = _VENUE_WORDS.match(frame.text, opening.end(), frame.end)
    if words is None:
        return None
    venue = words.group(1)
    while venue.split()[-1] in {"on", "of"}:
        venue = venue.rsplit(" ", 1)[0]
    if venue.split()[0].lower() in NAME_STOPWORDS:
        return None  # "Speaking on Sunday": a time, not a venue
    title = _QUOTED_TITLE.match(frame.text, words.end(), frame.end)
    return with_programme(venue, title.group(1) if title else "")


#: a programme's title in quotes after its channel ('on CBS\'s "Face the Nation,"')
_QUOTED_TITLE = re.compile(r"\s*[\"\u201c\u2018']([^\"\u201d\u2019]{1,60}?)[\"\u201d\u2019]")


def _mention_text(subject: Mention | None) -> str | None:
    """The speaker as written, without a conjunction opening the sentence ("But Sen. Rand
    Paul" -> "Sen. Rand Paul")."""
    if subject is None:
        return None
    first, _, rest = subject.text.partition(" ")
    if rest and first in _OPENING_CONJUNCTIONS:
        return rest
    return subject.text or " and ".join(subject.names)


_OPENING_CONJUNCTIONS = frozenset({"But", "And", "Yet", "So", "Still", "Meanwhile"})


def _earlier_subject(
    frame: Frame, subject: Mention | None, resolver: Resolver
) -> tuple[tuple[str, ...], ...]:
    """For a pronoun: the people named earlier in the same sentence, first first; owners
    ("Trump's team") and names after a preposition ("asked about Sullivan") left out."""
    if subject is None or subject.kind != "pronoun":
        return ()
    found: list[tuple[str, ...]] = []
    for mention in frame.names:
        if mention.end > subject.start:
            break
        if frame.text[mention.end : mention.end + 2] in ("'s", "\u2019s"):
            continue
        before = frame.text[max(frame.start, mention.start - 6) : mention.start].split()
        if before and before[-1].lower() in _PREPOSITIONS:
            continue
        names = resolver.names(mention)
        if names:
            found.append(names)
    return tuple(found)


_PREPOSITIONS = frozenset(words("about to with for from against at by of on in"))


def _is_unlinked_title(subject: Mention, resolver: Resolver, speakers: tuple[str, ...]) -> bool:
    """A title ("the UK Defence Secretary", "the prime minister") that no name is tied to
    yet; a role owned by a named person ("Keir Starmer's spokesman") is a speaker of its own,
    and so is a lower-case role that is no office ("the spokesman")."""
    role = subject.role
    if not role or "'" in role or "\u2019" in role:
        return False
    if subject.text.split()[0].lower() in {"a", "an", "one", "another"}:
        return False  # "one New Hampshire Democrat" holds no title of the article
    head = role.split()[-1].lower()
    if head not in ROLE_NOUNS:
        return False  # an organisation ("the Home Office") holds no title
    if head not in _OFFICES:
        return False  # "a Ministry of Defence spokesman" holds no office a name goes with
    return speakers in ((), (role.removeprefix("the ").strip(),))


#: offices a news story names one holder of ("the prime minister", "the senator")
_OFFICES = frozenset(
    words(
        """
    minister secretary president senator governor chancellor mayor premier congressman
    congresswoman representative ambassador commissioner chairman chairwoman nominee
    candidate speaker republican democrat conservative tory leader mp pm businessman businesswoman
    billionaire mogul tycoon developer frontbencher backbencher peer
    """
    )
)


def _title_holder(
    role: str, frame: Frame, frames: list[Frame], number: int, resolver: Resolver
) -> tuple[str, ...]:
    """Who holds a title the article never ties to a name: in the lede, the person named
    next ("The Defence Secretary has admitted ... John Healey said"); further down, the
    person the text is about ("Rachel Reeves ... The Chancellor told the BBC")."""
    salient = resolver.salient
    if (
        len(salient) == 1
        and salient[0] in resolver.book
        and not resolver.holds_another_office(salient, role)
    ):
        return salient
    people = resolver.further() if resolver.further is not None else resolver.recent
    for earlier in people[1:]:  # past "Pruitt's wife" and "Pruitt's campaign"
        if resolver.is_person(earlier) and not resolver.holds_another_office(earlier, role):
            return earlier
    if frame.paragraph.index <= 1:  # the lede, under a headline or not
        return _next_named_subject(frames, number, resolver)
    return ()


def _holder_by_place(
    role: str, text: str, resolver: Resolver, people: list[tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    """ "the Texas senator": of the people the text was about (or ``people``), the senator the
    article ties to Texas ("Sen. Ted Cruz of Texas", "Texas Sen. Ted Cruz", "Cruz, R-Texas");
    never "former Florida Gov. Jeb Bush" for "the Florida senator"."""
    place = place_in_role(role)
    if not place:
        return ()
    holders = resolver.holders(role.split()[-1])
    if not holders:
        return ()
    if people is None:
        people = resolver.further() if resolver.further is not None else resolver.recent
    for person in people:
        if len(person) == 1 and person in holders and tied_to_place(text, person[0], place):
            return person
    return ()


def _holder_by_age(role: str, text: str, resolver: Resolver) -> tuple[str, ...]:
    """ "the 78-year-old": the one person the article gives that age ("Trump, 78,", "Ann
    Lee (78)", "78-year-old Ann Lee"), in the fullest form of their name."""
    age = _AGE_ROLE.match(role)
    if age is None:
        return ()
    years = age.group(1)
    found = {
        resolver.book.canonical(match.group("name"))
        for pattern in _AGE_GIVEN
        for match in re.finditer(pattern.replace("N", years), text)
    }
    return (found.pop(),) if len(found) == 1 else ()


#: "78-year-old ..." as a role
_AGE_ROLE = re.compile(r"(\d{1,3})-year-old\b")
_NAME = r"(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})"
#: where an article gives someone's age ("N" stands for it)
_AGE_GIVEN = (
    _NAME + r",\s+N,",
    _NAME + r"\s+\(N\)",
    r"\bN-year-old\s+(?:[a-z]+\s+){0,2}" + _NAME,
)


def _next_named_subject(frames: list[Frame], number: int, resolver: Resolver) -> tuple[str, ...]:
    """A lede gives the role, the next sentences the name: "John Healey said ..."."""
    for frame in frames[number + 1 : number + 4]:
        if frame.paragraph.is_caption:
            continue
        for cue in frame.cues or find_cues(frame.tokens):
            if cue.subject is not None and cue.subject.kind == "name":
                return resolver.names(cue.subject)
    return ()


def salient_before(
    frames: list[Frame],
    number: int,
    by_span: dict[int, Found],
    resolver: Resolver,
    people: int = 2,
) -> list[tuple[str, ...]]:
    """Who the body was last about before sentence ``number``, most recent first (captions
    never count): the speakers of its quotes, else its subject; up to ``people`` of them."""
    found: list[tuple[str, ...]] = []
    for frame in reversed(frames[max(0, number - 10) : number]):
        if frame.paragraph.is_caption:
            continue
        said = [by_span[i] for i in frame.quotes if by_span[i].attributed and by_span[i].speakers]
        speakers: tuple[str, ...] = said[-1].speakers if said else ()
        if not speakers:
            subject = frame.subject()
            if subject is not None and subject.kind != "pronoun":
                speakers = resolver.resolve(subject)
                if subject.kind == "role" and not _names_a_person(speakers, subject, resolver):
                    # "The Vermont senator ...": the person tied to Vermont, "The 78-year-old
                    # ...": the person the article gives that age; else nobody
                    speakers = _holder_by_place(
                        subject.role, frame.text, resolver, resolver.recent
                    ) or _holder_by_age(subject.role, frame.text, resolver)
        if speakers and speakers not in found:
            found.append(speakers)
            if len(found) == people:
                break
    return found


def named_before(frames: list[Frame], number: int, resolver: Resolver) -> list[tuple[str, ...]]:
    """Everyone named in sentence ``number`` and the two before it, objects too ("accused
    Kemi Badenoch of ..."), nearest sentence first, in text order within it; owners ("Trump's
    team") left out."""
    found: list[tuple[str, ...]] = []
    for frame in reversed(frames[max(0, number - 2) : number + 1]):
        if frame.paragraph.is_caption:
            continue
        for mention in frame.names:  # its subject before its objects
            if frame.text[mention.end : mention.end + 2] in ("'s", "\u2019s"):
                continue
            speakers = resolver.names(mention)
            if speakers and speakers not in found:
                found.append(speakers)
    return found


def _names_a_person(speakers: tuple[str, ...], subject: Mention, resolver: Resolver) -> bool:
    """A role subject stands for someone a pronoun can refer to when it resolved to a person
    of the article, or when a named owner makes it specific ("the Prime Minister's
    spokesperson")."""
    if any(name in resolver.book or resolver.book.knows_surname(name) for name in speakers):
        return True
    if speakers and subject.role.split()[-1].lower() in _VOICES:
        return True  # "A Downing Street spokesman": one voice of a named organisation
    return "'" in subject.role or "\u2019" in subject.role


_VOICES = frozenset(words("spokesman spokeswoman spokesperson"))
