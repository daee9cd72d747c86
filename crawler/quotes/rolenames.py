"""Unnamed roles as speakers: which roles stand for one speaker a reader could search for
("the Prime Minister's official spokesperson", "a Downing Street spokesman", "Starmer's
spokesman"), and the name they speak under."""

from __future__ import annotations

import re

from crawler.quotes.lexicon import words
from crawler.quotes.names import Mention
from crawler.quotes.parties import party_in_role

__all__ = [
    "SPOKESPEOPLE",
    "another_office",
    "is_specific",
    "other_holder",
    "role_name",
    "same_office",
    "speaks_for_an_organisation",
]

#: heads of a role that speaks for an organisation ("a Downing Street spokesman", "a Labour
#: source")
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "source"})


def speaks_for_an_organisation(mention: Mention) -> bool:
    """ "a Downing Street spokesman", "a Ministry of Defence spokesperson": one voice."""
    words = mention.role.split()
    return bool(words) and words[-1].lower() in SPOKESPEOPLE and is_specific(mention.role)


def is_specific(role: str) -> bool:
    """A role that stands for one speaker: a title or an owner opening it ("the Defence
    Secretary", "a Ministry of Defence spokesman", "Starmer's spokesman"); "the minister",
    "the press officer" or "a senior Cruz adviser" name nobody a reader could search for."""
    words = role.split()
    while words and words[0].lower() in {"the", "a", "an", "one", "another"}:
        words = words[1:]
    if not words or (len(words) == 1 and party_in_role(words[0]) is not None):
        return False  # "the Democrat" the article ties to nobody is nobody in particular
    owner = any(w[:1].isupper() and w.endswith(("'s", "\u2019s", "s'")) for w in words) or (
        any(_office_owner(w) for w in words) and "former" not in words
    )
    if words[0].lower() in _POSSESSIVE_PRONOUNS:
        return owner  # "Her campaign" opening a sentence is no title
    return words[0][:1].isupper() or owner


_POSSESSIVE_PRONOUNS = frozenset(words("his her their its our my your this that these those"))


def role_name(role: str) -> str:
    """An unnamed role as a speaker name: "the Prime Minister's official spokesperson" ->
    "Prime Minister's official spokesperson"; an office owning it capitalised as a title
    ("the prime minister's spokesman" -> "Prime Minister's spokesman")."""
    words = role.split()
    while words and words[0].lower() in {"the", "a", "an", "one", "another"}:
        words = words[1:]
    owner = next((n for n, w in enumerate(words) if _office_owner(w)), None)
    if owner is not None and all(w.islower() for w in words[: owner + 1]):
        words = [w.capitalize() for w in words[: owner + 1]] + words[owner + 1 :]
    return _NUMBER_10.sub("Downing Street ", " ".join(words))


#: Downing Street by its number ("a No 10 spokeswoman" speaks as a Downing Street one)
_NUMBER_10 = re.compile(r"^(?:No\.?|Number) 10 ")


#: offices that own a spokesperson or an office in lower case ("the prime minister's
#: spokesman", "the president's press secretary")
_OFFICES = frozenset(
    words(
        """
    president minister secretary chancellor mayor governor senator leader premier taoiseach
    """
    )
)


def _office_owner(word: str) -> bool:
    """ "minister's", "president's": an office owning a role."""
    base = word.lower().replace("\u2019", "'")
    return base.endswith("'s") and base[:-2] in _OFFICES


#: offices of one holder at a time: someone holding one of them under another description
#: ("the Tory leader") is not the holder of another ("the Prime Minister")
_SINGLE_OFFICES = frozenset(words("minister chancellor secretary leader president mayor governor"))
#: words making a role another person's than the bare title ("the shadow chancellor" is not
#: "the Chancellor", nor "the deputy mayor" or "the former mayor" the mayor)
_OTHER_HOLDER = frozenset(words("shadow former ex deputy vice junior assistant opposition"))


def other_holder(key: str) -> frozenset[str]:
    """The words of a role key that make it someone else's than its bare title
    ("shadow home secretary" -> {"shadow"}, "ex-chancellor" -> {"ex"})."""
    found = set()
    for word in key.split():
        head = word.partition("-")[0]
        if head in _OTHER_HOLDER:
            found.add(head)
    return frozenset(found)


def _core(key: str) -> str:
    """A role key without the words making it someone else's ("shadow chancellor" ->
    "chancellor", "ex-chancellor" -> "chancellor")."""
    kept = []
    for word in key.split():
        head, dash, rest = word.partition("-")
        if head in _OTHER_HOLDER:
            if dash and rest:
                kept.append(rest)
            continue
        kept.append(word)
    return " ".join(kept)


def is_single_office(key: str) -> bool:
    """A role key naming an office of one holder ("tory leader", "secretary of state")."""
    return any(word in _SINGLE_OFFICES for word in _core(key).split())


def another_office(held: list[str], role: str) -> bool:
    """Of the role keys the article gives someone (``held``), one is an office of one holder
    and none can be ``role`` ("tory leader" is not "prime minister")."""
    if not is_single_office(role):
        return False
    offices = [key for key in held if is_single_office(key)]
    return bool(offices) and not any(same_office(key, role) for key in offices)


def same_office(held: str, role: str) -> bool:
    """Whether a role key the article gives someone (``held``) can be the role read now
    (``role``): the same title, or one a shorter form of the other ("defence secretary" and
    "secretary"), held the same way ("shadow chancellor" is not "chancellor")."""
    if held == role:
        return True
    if other_holder(held) != other_holder(role):
        return False
    core_held, core_role = f" {_core(held)}", f" {_core(role)}"
    return core_held.endswith(core_role) or core_role.endswith(core_held)
