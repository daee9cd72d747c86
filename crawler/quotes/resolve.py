"""Step 6: from a mention as written to canonical speaker names.

* names: to the fullest form the article gives ("Hegseth" -> "Pete Hegseth", "Mr Blair" ->
  "Tony Blair"), through a :class:`NameBook` of every person named in the article;
* roles: to the person the article ties to that role ("Defence Secretary John Healey", "John
  Healey, the Defence Secretary", or the person named right after a lede that gives only the
  role); an unnamed but specific role stays a speaker of its own ("Prime Minister's official
  spokesperson");
* pronouns: to the earlier person in the sentence, else the last person the body was about
  (captions and pull-quotes never count).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from crawler.quotes.firstnames import is_given_name, role_gender, speaker_gender
from crawler.quotes.lexicon import (
    FEMALE_WORDS,
    INDEFINITES,
    MALE_WORDS,
    NAME_STOPWORDS,
    TITLE_WORDS,
    words,
)
from crawler.quotes.namebook import NameBook
from crawler.quotes.namekinds import ADVERB_ENDING, is_organisation, is_place_or_event
from crawler.quotes.names import Mention
from crawler.quotes.parties import PartyTies, names_one_member
from crawler.quotes.rolenames import (
    SPOKESPEOPLE,
    another_office,
    is_specific,
    other_holder,
    role_name,
    speaks_for_an_organisation,
)

__all__ = ["Resolver", "role_key"]

_HONORIFICS = frozenset(
    set(
        words(
            """
    mr mrs ms miss dr sir dame lord lady the then acting current new outgoing incoming
    """
        )
    )
)
_ABBREVIATED = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "gen": "general",
    "lt": "lieutenant",
    "sec": "secretary",
    "amb": "ambassador",
    "pm": "prime minister",
}


def role_key(role: str) -> str:
    """A role as a lookup key: lower case, no article, country or honorific ("UK Defence
    Secretary" -> "defence secretary", "Sen." -> "senator")."""
    words = []
    for word in role.lower().replace("\u2019", "'").split():
        word = word.rstrip(".,")
        word = _ABBREVIATED.get(word, word)
        if word in _HONORIFICS or (word in NAME_STOPWORDS and word not in TITLE_WORDS):
            continue
        words.append(word)
    return " ".join(words)


@dataclass(slots=True)
class Resolver:
    """Resolves mentions in article order, remembering roles and who the text is about."""

    book: NameBook
    #: role key -> the people the article gives that role, first named first
    role_links: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    #: speakers of the last body sentence that was about someone
    salient: tuple[str, ...] = ()
    #: every word the article writes in lower case
    lower_words: frozenset[str] = frozenset()
    #: who the text was last about, most recent first (see :meth:`remember`)
    recent: list[tuple[str, ...]] = field(default_factory=list)
    #: "f" or "m" for people whose title says so ("Mrs", "Sir")
    gender: dict[str, str] = field(default_factory=dict)
    #: who the text was about further back, worked out only if a pronoun needs it
    further: Callable[[], list[tuple[str, ...]]] | None = None
    #: the parties the article ties people to ("Sen. Ted Cruz (R-Texas)")
    ties: PartyTies | None = None
    #: everyone the last sentences named, objects too, nearest first, worked out on demand
    named: Callable[[], list[tuple[str, ...]]] | None = None

    def link_role(self, role: str, speakers: tuple[str, ...]) -> None:
        """Tie a role to its holder, also without its owner ("the force's chief constable"
        is "the chief constable")."""
        key = role_key(role)
        if not (key and speakers):
            return
        for each in dict.fromkeys((key, _OWNER_OF_KEY.sub("", key))):
            holders = self.role_links.setdefault(each, [])
            if speakers not in holders:
                holders.append(speakers)

    def names(self, mention: Mention) -> tuple[str, ...]:
        if not mention.role and all(self._common_word(name) for name in mention.names):
            return ()  # "Growing", "Back": a capitalised first word, not a person
        if all(len(name) == 1 for name in mention.names):
            return ()  # "Q: Do you ...": an interview's question, no person
        if any(self._not_a_surname_here(name) for name in mention.names):
            return ()  # "Israel said" is Rep. Steve Israel only if the article names him
        role_words = [w.lower().rstrip(".") for w in mention.role.split()]
        titled = any(w in _HONORIFICS for w in role_words)
        gender = role_gender(role_words) if len(mention.names) == 1 else None
        speakers = tuple(
            self.book.canonical(name, titled=titled, gender=gender) for name in mention.names
        )
        if mention.role and len(speakers) == 1:
            self.link_role(mention.role, speakers)
        return speakers

    def _participle(self, word: str) -> bool:
        """ "setting", "looking": an -ing form of a verb the article writes in lower case."""
        if not word.endswith("ing") or len(word) < 6:
            return False
        stem = word[:-3]
        if stem[-1:] == stem[-2:-1]:
            stem = stem[:-1]  # "setting" -> "set"
        forms = (stem, stem + "e", stem + "s", stem + "es", stem + "ed", stem + "d")
        return any(form in self.lower_words for form in forms)

    def _not_a_surname_here(self, name: str) -> bool:
        """A place or common word ("Israel", "Read") as a one-word name, that no fuller name
        in the article ends with."""
        lower = name.lower()
        if " " in lower or lower not in NAME_STOPWORDS:
            return False  # an organisation ("Twitter", "CNN") speaks as itself
        return not self.book.knows_surname(name)

    def _common_word(self, name: str) -> bool:
        """A one-word name the article also writes in lower case, and never as a surname; or
        a headline run ("ESPN Fires Schilling Over") whose words are mostly lower-case words."""
        words = name.lower().split()
        if len(words) == 1:
            if self.book.knows_surname(name):
                return False
            # "Hastily, ...", "Setting aside ...": an adverb or participle opening a sentence
            return (
                words[0] in self.lower_words
                or ADVERB_ENDING.search(words[0]) is not None
                or self._participle(words[0])
            )
        common = sum(word in self.lower_words for word in words)
        return common >= 2 and 2 * common >= len(words)

    def resolve(
        self, mention: Mention | None, earlier: tuple[tuple[str, ...], ...] = ()
    ) -> tuple[str, ...]:
        """Canonical speakers for a mention; ``earlier``: the people the sentence named
        before it, first first."""
        if mention is None:
            return ()
        if mention.kind == "name":
            return self.names(mention)
        if mention.kind == "pronoun":
            return self._pronoun(mention, earlier)
        return self._role(mention)

    def remember(
        self,
        recent: list[tuple[str, ...]],
        further: Callable[[], list[tuple[str, ...]]] | None = None,
    ) -> None:
        """Who the text was last about, most recent first; ``further``: the same list
        reaching further back, worked out on demand."""
        self.recent = recent
        self.salient = recent[0] if recent else ()
        self.further = further

    def could_hold(self, speakers: tuple[str, ...], role: str) -> bool:
        """A gendered role ("businessman", "congresswoman") fits the person's gender, a party
        role ("the Democrat") anyone the article ties to no other party."""
        if self.ties is not None and not self.ties.fits(speakers, role):
            return False
        if self.holds_another_office(speakers, role):
            return False
        words = role.lower().replace(".", " ").split()
        if any(word in MALE_WORDS for word in words):
            return self._fits(speakers, "he") or len(speakers) != 1
        if any(word in FEMALE_WORDS for word in words):
            return self._fits(speakers, "she") or len(speakers) != 1
        return True

    def holds_another_office(self, speakers: tuple[str, ...], role: str) -> bool:
        """The article gives them an office of one holder other than ``role`` ("the Tory
        leader" is not "the Prime Minister", "the shadow chancellor" not "the Chancellor")."""
        held = [key for key, holders in self.role_links.items() if speakers in holders]
        return another_office(held, role_key(role))

    def learn_gender(self, name: str, role: str) -> None:
        """ "Mrs", "Sir", "spokeswoman" before a name tell whether "he" or "she" can be them."""
        for word in role.lower().replace(".", " ").split():
            if word in FEMALE_WORDS:
                self.gender.setdefault(name, "f")
            elif word in MALE_WORDS:
                self.gender.setdefault(name, "m")

    def _fits(self, speakers: tuple[str, ...], word: str) -> bool:
        if word == "they":
            return len(speakers) > 1
        if len(speakers) != 1:
            return False
        if speakers[0].split()[-1].lower() in SPOKESPEOPLE - {"source"}:
            # "Downing Street spokeswoman": a person, whose role may say which
            gender = role_gender(speakers[0].lower().split())
            return gender is None or gender == ("f" if word == "she" else "m")
        if is_organisation(speakers[0]):
            return False
        name = speakers[0]
        one_word = " " not in name and name not in self.gender and not is_given_name(name)
        if one_word and not self.book.knows_surname(name):
            return False  # "Chicago", "Suspicion": one word that is nobody's surname here
        if is_place_or_event(name) and name.split()[-1].lower() not in SPOKESPEOPLE:
            return False  # "Super Tuesday", "New Hampshire"; not "No 10 spokeswoman"
        known = self.gender.get(name) or speaker_gender(name)
        return known is None or known == ("f" if word == "she" else "m")

    def is_person(self, speakers: tuple[str, ...]) -> bool:
        """Surely one person: "he" or "she" could be them, and a given name, a title or an
        honorific says so ("Morton Blackwell", "Sen. Cruz"; not "Rose Bowl", "Vox Populi")."""
        if not (self._fits(speakers, "he") or self._fits(speakers, "she")):
            return False
        name = speakers[0]
        return (
            name in self.gender
            or name in self.book.titled
            or (" " in name and is_given_name(name.split()[0]))
        )

    def _pronoun(self, mention: Mention, earlier: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
        word = mention.text.lower()
        if word in {"i", "we"}:
            return ()
        for speakers in earlier:
            if self._fits(speakers, word):
                return speakers
        for speakers in self.recent:
            if self._fits(speakers, word):
                return speakers
        further = self.further() if self.further is not None else []
        for back, speakers in enumerate(further):
            if speakers in self.recent or not self._fits(speakers, word):
                continue
            if back < _NEAR or self._gender_known(speakers):
                return speakers  # "She said ..." past two men named since her
        # "Starmer accused Kemi Badenoch ... 'Why?' she asked": the one person named lately,
        # objects too, that the pronoun can be
        named = self.named() if self.named is not None else []
        fitting = [
            who
            for who in named
            if self._fits(who, word) or (who[0] in self.book.titled and not self._gender_known(who))
        ]
        if len(fitting) == 1 and self._gender_known(fitting[0]) and self._fits(fitting[0], word):
            return fitting[0]  # ("President Obama" may be "he" as well: no one)
        return ()

    def _gender_known(self, speakers: tuple[str, ...]) -> bool:
        """One person whose gender the text or their given name tells."""
        name = speakers[0]
        return len(speakers) == 1 and (self.gender.get(name) or speaker_gender(name)) is not None

    def _role(self, mention: Mention) -> tuple[str, ...]:
        if mention.text.split()[0].lower() in INDEFINITES:
            # "a senator", "one MP": nobody the article named, save an organisation's voice
            return (role_name(mention.role),) if speaks_for_an_organisation(mention) else ()
        if _SEVERAL.fullmatch(mention.text.lower()):
            # "the two senators", "the pair", "both men": the people the text was just about,
            # named together ("Sens. Warren and Sanders") or the last two named
            together = next((who for who in self.recent if len(who) > 1), ())
            two = [who[0] for who in self.recent[:2] if len(who) == 1 and self.is_person(who)]
            return together or (tuple(reversed(two)) if len(two) == 2 else ())
        linked = self._linked(role_key(mention.role))
        if mention.definite and role_key(mention.role) in SPOKESPEOPLE:
            # "the spokesman": the spokesperson the text was just about, named or not
            earlier = self._spokesperson_before(role_key(mention.role), linked)
            if earlier:
                return earlier
        if self.ties is not None and mention.definite and names_one_member(mention.role):
            # "the Democrat", "the Labour leader": the person the article ties to that party
            member = self._party_member(mention.role, linked)
            if member:
                return member
            linked = [who for who in linked if self.ties.fits(who, mention.role)]
        if linked:
            # "the senator" in a story naming two: the one the text is about
            return next((who for who in self.recent if who in linked), linked[0])
        owned = self._owned_by_pronoun(mention.role)
        if owned:
            return owned
        if not mention.definite or not is_specific(mention.role):
            return ()
        return (self._owner_in_full(role_name(mention.role)),)

    def _spokesperson_before(self, word: str, linked: list[tuple[str, ...]]) -> tuple[str, ...]:
        """The nearest spokesperson the text was about that ``word`` ("spokesman") can stand
        for: someone holding such a role, or an unnamed one ("Prime Minister's spokesman")."""
        for who in dict.fromkeys([*self.recent, *self._further_once()]):
            if who in linked:
                return who
            head = who[0].split()[-1].lower() if len(who) == 1 else ""
            if head in SPOKESPEOPLE and head != "source" and word in (head, "spokesperson"):
                return who
            if head == "spokesperson" and word in SPOKESPEOPLE:
                return who
        return ()

    def _party_member(self, role: str, linked: list[tuple[str, ...]]) -> tuple[str, ...]:
        """See :meth:`PartyTies.member`; none here when the person just written about is
        someone the article gives no party (the role is then theirs, as any title would be)."""
        salient = self.salient
        if self.ties is None or (
            salient and not self.ties.of(salient[0]) and self.is_person(salient)
        ):
            return ()
        near = [*self.recent, *self._further_once()]
        return self.ties.member(role, near, linked, self.book.people)

    def _further_once(self) -> list[tuple[str, ...]]:
        """Who the text was about further back; a role read while working that out looks no
        further than :attr:`recent` (working it out reads the roles of earlier sentences)."""
        further, self.further = self.further, None
        try:
            return further() if further is not None else []
        finally:
            self.further = further

    def _owner_in_full(self, role: str) -> str:
        """ "Ryan's office" -> "Paul Ryan's office", "Mr Smith's lawyer" -> "Mark Smith's
        lawyer": a named owner in the fullest form the article gives."""
        match = _OWNER.match(role)
        if match is None:
            return role
        owner = match.group(1)
        name = owner.split()
        honorifics = []
        while len(name) > 1 and name[0].lower().rstrip(".") in _HONORIFICS | TITLE_WORDS:
            # "Mrs. Clinton" -> "Clinton", "Former President Joe Biden" -> "Joe Biden"
            honorifics.append(name.pop(0).lower().rstrip("."))
        if not (set(honorifics) <= _HONORIFICS or self.book.canonical(" ".join(name)) in self.book):
            return role  # "Prime Minister's spokesman": an office, no person, owns it
        full = self.book.canonical(" ".join(name), gender=role_gender(honorifics))
        return full + role[match.end(1) :] if full != owner else role

    def _owned_by_pronoun(self, role: str) -> tuple[str, ...]:
        """ "his campaign", "her spokesman": the role of the person the pronoun stands for
        ("Bernie Sanders's campaign"), when the text was just about someone it fits."""
        owner, _, rest = role.partition(" ")
        word = {"his": "he", "her": "she"}.get(owner.lower())
        if word is None or not rest or rest.split()[-1].lower() not in _OWNED_ROLES:
            return ()
        for speakers in self.recent:
            if self._fits(speakers, word):
                return (f"{speakers[0]}'s {rest}",)
        return ()

    def holders(self, role: str) -> list[tuple[str, ...]]:
        """The people the article ties to a role ("senator": everyone titled "Sen.")."""
        return self._linked(role_key(role))

    def _linked(self, key: str) -> list[tuple[str, ...]]:
        """The people the article ties to a role key; for a one-word key no one holds
        ("senator"), everyone holding a role with that head ("Florida senator")."""
        if key in self.role_links:
            return self.role_links[key]
        if len(key.split()) != 1 or key in {"official", "source", "aide"}:
            return []
        found: list[tuple[str, ...]] = []
        for linked, holders in self.role_links.items():
            if linked.split()[-1] == key and not other_holder(linked):
                found.extend(who for who in holders if who not in found)
        return found


#: roles a pronoun's owner makes one specific speaker ("his campaign", "her husband")
_OWNED_ROLES = frozenset(
    words(
        """
    campaign spokesman spokeswoman spokesperson office team lawyer attorney aides aide wife
    husband son daughter brother sister father mother
    """
    )
)
#: how many people back a pronoun may stand for someone whose gender is not known
_NEAR = 3
#: the owner a role key opens with ("labour's ", "the tories' ")
_OWNER_OF_KEY = re.compile(r"^[^\s']+(?:'s|s')\s+(?=\S)")
#: a role standing for the several people just named ("the two senators", "both men")
_SEVERAL = re.compile(r"the (?:two|three|four) [a-z-]+|the (?:pair|couple|duo)|both(?: [a-z-]+s)?")

#: determiners of a role that is nobody in particular

#: a capitalised owner opening a role ("Paul Ryan's office", "Mr Smith's lawyer")
_OWNER = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:'s|\u2019s)\s")
