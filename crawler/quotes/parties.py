"""Party ties: the party a role names ("the Democrat", "the Tory MP", "the Labour leader") and
the party the article ties each person to, where it says so beside their name:

* before it: "Labour leader Sir Keir Starmer", "Democratic Sen. Elizabeth Warren", "Tory MP
  Robert Jenrick", "Labour's Rachel Reeves";
* after it: "Sen. Ted Cruz (R-Texas)", "Cruz, R-Texas,", "Cruz, a Republican,", "Kemi
  Badenoch, the Conservative leader,".

Only capitalised party words count ("a conservative activist" holds a view, not a party card).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crawler.quotes.lexicon import NAME_STOPWORDS, NON_PERSON_HEADS, ROLE_NOUNS, TITLE_WORDS, words

__all__ = ["PartyTies", "names_one_member", "party_in_role", "place_in_role", "tied_to_place"]

#: a party word, capitalised as written, and the party it stands for
_PARTY_OF_WORD = {
    "Democrat": "Democratic",
    "Democrats": "Democratic",
    "Democratic": "Democratic",
    "Dem": "Democratic",
    "Dems": "Democratic",
    "Republican": "Republican",
    "Republicans": "Republican",
    "GOP": "Republican",
    "Conservative": "Conservative",
    "Conservatives": "Conservative",
    "Tory": "Conservative",
    "Tories": "Conservative",
    "Labour": "Labour",
    "SNP": "SNP",
    "Reform": "Reform UK",
    "Green": "Green",
    "Greens": "Green",
    "LibDem": "Liberal Democrats",
    "LibDems": "Liberal Democrats",
}
#: a party word that names another party after the word before it ("Lib Dem", "Liberal
#: Democrat")
_PARTY_OF_PAIR = {
    ("Lib", "Dem"): "Liberal Democrats",
    ("Lib", "Dems"): "Liberal Democrats",
    ("Liberal", "Democrat"): "Liberal Democrats",
    ("Liberal", "Democrats"): "Liberal Democrats",
}
#: the letters of a US party after a name: "Cruz (R-Texas)", "Warren, D-Mass."
_LETTER = {"R": "Republican", "D": "Democratic"}
_LETTER_AFTER = re.compile(r"\s*\(([RD])(?:[-\u2013,)]|\.\s*[A-Z])|,\s+([RD])[-\u2013][A-Z]")
#: an apposition opening after a name: ", a Republican", ", the Conservative leader"
_APPOSITION = re.compile(r",\s+(?:who\s+is\s+|who\s+was\s+)?(?:a|an|the)\s+")
#: lower-case words that may stand between a party word and the name it is tied to
_BETWEEN = (
    ROLE_NOUNS
    | TITLE_WORDS
    | frozenset(
        words(
            """
    presidential parliamentary party former presumptive shadow senior veteran fellow
    backbench frontbench longtime long-time outgoing incoming then state national
    leadership top rising moderate centrist hardline freshman junior first-term two-term
    u.s. us uk mayoral gubernatorial congressional
    """
        )
    )
)
#: the longest abbreviation with a full stop a tie reaches over ("Sen.", "Mass.")
_ABBREVIATION = 5
#: how many words a tie reaches over ("Labour leader Sir Keir Starmer": 3 before the surname)
_REACH = 6


def _party_of(previous: str, word: str) -> str | None:
    """The party a word names, read with the word before it ("Lib Dem")."""
    word = word.removesuffix("'s").removesuffix("\u2019s")
    pair = _PARTY_OF_PAIR.get((previous, word))
    return pair or _PARTY_OF_WORD.get(word)


def party_in_role(role: str) -> str | None:
    """The party a role names: "the Democrat" -> Democratic, "the Tory MP" -> Conservative,
    "the Lib Dem leader" -> Liberal Democrats; None for a role naming none."""
    found = role.split()
    for at, word in enumerate(found):
        party = _party_of(found[at - 1] if at else "", word.rstrip(".,"))
        if party is not None:
            return party
    return None


def names_one_member(role: str) -> bool:
    """A party role standing for one person: the party word itself ("the Democrat", "the
    Tory") or a person's role ("the Labour leader"); not "the Democrats" nor "the Republican
    convention"."""
    if party_in_role(role) is None:
        return False
    head = role.split()[-1]
    if party_in_role(head) is not None:
        return head not in _PARTY_GROUPS
    return head.lower() in ROLE_NOUNS and head.lower() not in NON_PERSON_HEADS


#: party words standing for the party's people, not one of them ("the Democrats")
_PARTY_GROUPS = frozenset(words("Democrats Republicans Conservatives Tories Greens Dems"))


def place_in_role(role: str) -> str:
    """The place a role names before its head ("the Texas senator" -> Texas, "the Wisconsin
    Republican" -> Wisconsin), or ""."""
    return " ".join(
        word
        for word in role.split()[:-1]
        if word[:1].isupper() and word.lower() not in ROLE_NOUNS | NAME_STOPWORDS
    )


def tied_to_place(text: str, name: str, place: str) -> bool:
    """The article ties ``name`` to ``place``: "Texas Sen. Ted Cruz", "Ted Cruz of Texas",
    "Ted Cruz (R-Texas)", "Cruz, R-Texas"."""
    name, place = re.escape(name), re.escape(place)
    before = re.search(rf"\b{place}(?:\s+[A-Z][\w.'\u2019-]*){{0,3}}\s+{name}\b", text)
    return before is not None or re.search(rf"\b{name}{_TO_PLACE}{place}\b", text) is not None


#: between a name and its place: "Ted Cruz of Texas", "Ted Cruz (R-Texas)", "Cruz, R-Texas"
_TO_PLACE = r"(?:,?\s+of\s+|\s*\([RDI]-|,\s+[RDI]-)"


class PartyTies:
    """The parties one article ties each person to, worked out for a name on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[str, frozenset[str]] = {}

    def of(self, name: str) -> frozenset[str]:
        """Every party the article ties ``name`` (a canonical name) to; empty when none."""
        known = self._known.get(name)
        if known is None:
            known = self._known[name] = self._ties(name)
        return known

    def fits(self, speakers: tuple[str, ...], role: str) -> bool:
        """A role naming a party ("the Democrat") fits anyone the article ties to no other
        party."""
        party = party_in_role(role)
        if party is None or len(speakers) != 1:
            return True
        tied = self.of(speakers[0])
        return not tied or party in tied

    def member(
        self,
        role: str,
        near: list[tuple[str, ...]],
        holders: list[tuple[str, ...]],
        people: Callable[[], list[str]],
    ) -> tuple[str, ...]:
        """The person a party role stands for: of the people ``near`` (who the text was
        about, nearest first), then the role's ``holders``, the first the article ties to the
        party ("the Democrat" after "Sen. Elizabeth Warren (D-Mass.) and Sen. Ted Cruz
        (R-Texas)"), for a role more than the party word one holding it ("the Labour leader"
        is Labour leader Keir Starmer, not Rachel Reeves quoted since); else, for the party
        word alone, the one person of the article (``people``) tied to the party."""
        party = party_in_role(role)
        if party is None:
            return ()
        place = place_in_role(role)

        def tied(who: tuple[str, ...]) -> bool:
            return (
                len(who) == 1
                and party in self.of(who[0])
                and (not place or tied_to_place(self.text, who[0], place))
            )

        bare = party_in_role(role.split()[-1]) is not None
        candidates = dict.fromkeys([*near, *holders])
        found = [who for who in candidates if tied(who) and (bare or who in holders)]
        if found or not bare:
            return found[0] if found else ()
        members = [(name,) for name in people() if tied((name,))]
        return members[0] if len(members) == 1 else ()

    def _ties(self, name: str) -> frozenset[str]:
        surname = name.split()[-1]
        found: set[str] = set()
        for match in re.finditer(rf"(?<![\w'\u2019-]){re.escape(surname)}\b", self.text):
            party = _party_before(self.text, match.start()) or _party_after(self.text, match.end())
            if party is not None:
                found.add(party)
        return frozenset(found)


def _party_before(text: str, start: int) -> str | None:
    """ "Labour leader Sir Keir [Starmer]", "The Conservative leader, Kemi [Badenoch]": a party
    word a few title, role or name words before the surname, nothing else between (a comma
    only after the role the name is set off from)."""
    before = text[max(0, start - 80) : start].split()
    if before and not text[start - 1].isspace():
        return None
    names_only = True
    for back in range(len(before) - 1, max(-1, len(before) - 1 - _REACH), -1):
        word = before[back]
        if names_only and word.endswith(",") and word[:-1].lower() in _BETWEEN:
            word = word[:-1]  # "The Conservative leader, Kemi Badenoch"
        names_only = names_only and word[:1].isupper()
        party = _party_of(before[back - 1] if back else "", word)
        if party is not None:
            return party
        if word.endswith((",", ";", ":", '"', "\u201d")) or _possessive(word):
            return None  # "Clinton's rival Ted Cruz": the party word before is Clinton's
        if word.endswith(".") and len(word) > _ABBREVIATION:
            return None  # "... from Texas. Warren": a sentence ends ("Sen.", "Mass." do not)
        if not (word[:1].isupper() or word.lower() in _BETWEEN):
            return None
    return None


def _party_after(text: str, end: int) -> str | None:
    """ "Cruz (R-Texas)", "Cruz, R-Texas", "Cruz, a Republican,", "Badenoch, the Conservative
    leader": a party letter, or a party word in an apposition right after the name."""
    letter = _LETTER_AFTER.match(text, end)
    if letter is not None:
        return _LETTER[letter.group(1) or letter.group(2)]
    apposition = _APPOSITION.match(text, end)
    if apposition is None:
        return None
    after = text[apposition.end() : apposition.end() + 80].split()[:_REACH]
    for at, word in enumerate(after):
        bare = word.rstrip(".,;:")
        party = _party_of(after[at - 1] if at else "", bare)
        if party is not None:
            return party
        if bare != word or not (word[:1].isupper() or word.lower() in _BETWEEN):
            return None
    return None


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s", "s'", "s\u2019"))
