"""The speaker registry: canonical speakers with stable ids, aliases, party, role and ids.

Every name met while indexing is registered; variants of one person merge into one speaker:

1. the same name after normalising case, accents and initials ("J.D. Vance" == "JD Vance");
2. a name that ends with a known full name after a title ("Defence Secretary Pete Hegseth" ->
   Pete Hegseth, the title kept as the role when none is known; "Mary Ann Lee" stays apart
   from Ann Lee);
3. a bare surname that exactly one known speaker carries ("Hegseth" -> Pete Hegseth);
4. a full name whose surname exactly one surname-only speaker carries ("Pete Hegseth" upgrades
   "Hegseth", keeping its id).

Ids never change once given. The registry lives in ``speakers.json`` beside the Whoosh files.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from crawler.errors import IndexStoreError, SpeakerError
from crawler.models import Speaker

__all__ = ["SpeakerRegistry", "normalise_name"]

REGISTRY_FILE = "speakers.json"
#: words that make "<words> <known full name>" the known speaker with a title, not someone else
#: ("Defence Secretary Pete Hegseth" is Pete Hegseth; "Mary Ann Lee" is not Ann Lee)
_ROLE_TEXT = """
    secretary minister president senator sen rep representative congressman congresswoman
    chancellor governor gov mayor leader spokesperson spokesman spokeswoman chairman chairwoman
    chair mp mep general gen admiral sir dame lord lady dr mr mrs ms miss prof professor prime
    vice deputy former judge justice ambassador commissioner director chief ceo speaker king
    queen prince princess pope premier attorney defence defense foreign home shadow labour
    conservative democrat democratic republican liberal tory us uk eu nato un
"""
ROLE_WORDS = frozenset(_ROLE_TEXT.split())
_PUNCTUATION = re.compile(r"[^\w'\- ]+")


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Lower case, no accents, no dots; runs of initials joined ("J. D. Vance" -> "jd vance").

    Kept for the names seen last: an import asks for the same few thousand names again and
    again (each statement's speakers, twice)."""
    folded = name.replace("\u2019", "'")
    if not folded.isascii():  # NFKD leaves ASCII as it is, and no ASCII mark combines
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(char for char in folded if not unicodedata.combining(char))
    folded = folded.casefold()
    words = _PUNCTUATION.sub(" ", folded.replace(".", " ")).split()
    joined: list[str] = []
    in_initials = False
    for word in words:
        if len(word) == 1 and in_initials:
            joined[-1] += word
        else:
            joined.append(word)
            in_initials = len(word) == 1
    return " ".join(joined)


def _slug(normalised: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalised).strip("-") or "speaker"


class SpeakerRegistry:
    """Speakers by id, with a lookup of every normalised name and alias."""

    def __init__(self, speakers: Iterable[Speaker] = ()) -> None:
        self._by_id: dict[str, Speaker] = {}
        self._by_name: dict[str, str] = {}
        self._by_word: dict[str, set[str]] = {}
        self.changed = False
        for speaker in speakers:
            self._store(speaker)
        self.changed = False

    # -- reading ------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Speaker]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, speaker_id: str) -> Speaker | None:
        """The speaker with this id, or None."""
        return self._by_id.get(speaker_id)

    def find(self, name: str) -> Speaker | None:
        """The speaker whose name or alias is exactly ``name`` (after normalising), or None."""
        speaker_id = self._by_name.get(normalise_name(name))
        return self._by_id[speaker_id] if speaker_id else None

    def candidates(self, name: str) -> tuple[Speaker, ...]:
        """Speakers a user may mean by ``name``: an id, an exact name or alias, else every
        speaker whose name or aliases contain all its words ("hegseth" -> Pete Hegseth)."""
        if name in self._by_id:
            return (self._by_id[name],)
        exact = self.find(name)
        if exact is not None:
            return (exact,)
        words = normalise_name(name).split()
        if not words:
            return ()
        ids = set.intersection(*(self._by_word.get(word, set()) for word in words))
        return tuple(sorted((self._by_id[i] for i in ids), key=lambda s: s.name))

    def resolve(self, name: str) -> Speaker:
        """The one speaker ``name`` means; a SpeakerError naming close matches or candidates."""
        found = self.candidates(name)
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(s.name for s in found[:8]) + (", ..." if len(found) > 8 else "")
            raise SpeakerError(
                f"'{name}' could mean several speakers: {names}. Give more of the name.",
                name=name,
                candidates=tuple(s.name for s in found),
            )
        suggestions = self.suggest(name)
        hint = f" Did you mean {' or '.join(suggestions)}?" if suggestions else ""
        raise SpeakerError(
            f"No speaker matches '{name}'.{hint} `statements speakers` lists them.",
            name=name,
            candidates=suggestions,
        )

    def suggest(self, name: str, *, limit: int = 3) -> tuple[str, ...]:
        """Canonical names close to ``name`` (typos in the full name or in any one word)."""
        wanted = normalise_name(name)
        keys = list(self._by_name) + list(self._by_word)
        close = difflib.get_close_matches(wanted, keys, n=limit * 3, cutoff=0.75)
        names: list[str] = []
        for key in close:
            ids = {self._by_name[key]} if key in self._by_name else self._by_word[key]
            for speaker_id in sorted(ids):
                if self._by_id[speaker_id].name not in names:
                    names.append(self._by_id[speaker_id].name)
        return tuple(names[:limit])

    def with_party(self, party: str) -> tuple[Speaker, ...]:
        """Speakers whose party is ``party`` (case-insensitive)."""
        wanted = party.casefold()
        return tuple(s for s in self._by_id.values() if s.party and s.party.casefold() == wanted)

    def parties(self) -> tuple[str, ...]:
        """Every party a speaker belongs to, sorted."""
        return tuple(sorted({s.party for s in self._by_id.values() if s.party}))

    # -- registering --------------------------------------------------------------------

    def register(self, name: str, *, party: str | None = None) -> Speaker | None:
        """The speaker ``name`` stands for, registered or merged as described above."""
        normalised = normalise_name(name)
        if not normalised:
            return None
        speaker = self._match_for_registration(name.strip(), normalised)
        if speaker is None:
            speaker = Speaker(id=self._new_id(normalised), name=" ".join(name.split()))
        if party and not speaker.party:
            speaker = replace(speaker, party=party)
        if self._by_id.get(speaker.id) != speaker:
            self._store(speaker)
        return speaker

    def merge(self, speaker: Speaker, *, names: Iterable[str] = ()) -> Speaker:
        """Add what ``speaker`` knows to the speaker any of its names already stands for
        (party, role and country replaced, aliases and external ids joined), else add it."""
        variants = [speaker.name, *speaker.aliases, *names]
        existing = next((found for n in variants if (found := self.find(n))), None)
        if existing is None:
            new = replace(speaker, id=speaker.id or self._new_id(normalise_name(speaker.name)))
            new = replace(new, aliases=_unique(a for a in variants[1:] if a != new.name))
        else:
            ids = dict(existing.external_ids) | dict(speaker.external_ids)
            new = replace(
                existing,
                aliases=_unique(
                    a
                    for a in (*existing.aliases, *variants)
                    if normalise_name(a) != normalise_name(existing.name)
                ),
                role=speaker.role or existing.role,
                party=speaker.party or existing.party,
                country=speaker.country or existing.country,
                external_ids=tuple(sorted(ids.items())),
            )
        self._store(new)
        return new

    def _match_for_registration(self, name: str, normalised: str) -> Speaker | None:
        words = normalised.split()
        exact = self._by_name.get(normalised)
        if exact:
            return self._by_id[exact]
        for size in range(len(words) - 1, 1, -1):  # 2. "<role words> <known full name>"
            known = self._by_name.get(" ".join(words[-size:]))
            if known and ROLE_WORDS.intersection(words[:-size]):
                role = _leading_words(name, words[:-size])
                return self._with_alias(self._by_id[known], name, role=role)
        surname_holders = self._surname_holders(words[-1])
        if len(words) == 1 and len(surname_holders) == 1:  # 3. a bare surname
            return self._with_alias(surname_holders[0], name)
        bare = [s for s in surname_holders if len(normalise_name(s.name).split()) == 1]
        if len(words) > 1 and len(bare) == 1:  # 4. a full name for a surname-only speaker
            old = bare[0]
            upgraded = replace(
                old, name=" ".join(name.split()), aliases=_unique((*old.aliases, old.name))
            )
            return upgraded
        return None

    def _surname_holders(self, surname: str) -> list[Speaker]:
        return [
            s
            for i in sorted(self._by_word.get(surname, ()))
            if normalise_name((s := self._by_id[i]).name).split()[-1] == surname
        ]

    def _with_alias(self, speaker: Speaker, alias: str, *, role: str | None = None) -> Speaker:
        aliases = _unique((*speaker.aliases, " ".join(alias.split())))
        return replace(speaker, aliases=aliases, role=speaker.role or role)

    def _new_id(self, normalised: str) -> str:
        base = _slug(normalised)
        candidate, number = base, 2
        while candidate in self._by_id:
            candidate, number = f"{base}-{number}", number + 1
        return candidate

    def _store(self, speaker: Speaker) -> None:
        self._by_id[speaker.id] = speaker
        for name in (speaker.name, *speaker.aliases):
            normalised = normalise_name(name)
            self._by_name.setdefault(normalised, speaker.id)
            for word in normalised.split():
                self._by_word.setdefault(word, set()).add(speaker.id)
        self.changed = True

    # -- storage ------------------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path) -> SpeakerRegistry:
        """The registry stored in an index directory (empty when there is none yet)."""
        path = directory / REGISTRY_FILE
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(_speaker_from_json(item) for item in data["speakers"])
        except (ValueError, KeyError, TypeError) as error:
            raise IndexStoreError(
                f"{path}: the speaker registry is damaged ({error}); "
                "re-create the index by indexing the sources again"
            ) from None

    def save(self, directory: Path) -> None:
        """Write the registry atomically (a crash leaves the previous file whole)."""
        path = directory / REGISTRY_FILE
        temporary = path.with_suffix(".json.tmp")
        payload = {"version": 1, "speakers": [_speaker_to_json(s) for s in self]}
        temporary.write_text(json.dumps(payload, ensure_ascii=False, indent=0), encoding="utf-8")
        os.replace(temporary, path)
        self.changed = False


def _leading_words(name: str, normalised: list[str]) -> str | None:
    """The words of ``name`` as written that normalise to ``normalised``."""
    tokens = name.split()
    for count in range(1, len(tokens)):
        if normalise_name(" ".join(tokens[:count])).split() == normalised:
            return " ".join(tokens[:count])
    return None


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(normalise_name(name), name)
    return tuple(seen.values())


def _speaker_to_json(speaker: Speaker) -> dict[str, object]:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "role": speaker.role,
        "party": speaker.party,
        "country": speaker.country,
        "external_ids": dict(speaker.external_ids),
    }


def _speaker_from_json(item: Mapping[str, object]) -> Speaker:
    ids = item.get("external_ids") or {}
    assert isinstance(ids, dict)
    return Speaker(
        id=str(item["id"]),
        name=str(item["name"]),
        aliases=tuple(str(a) for a in item.get("aliases") or ()),  # type: ignore[attr-defined]
        role=_optional(item.get("role")),
        party=_optional(item.get("party")),
        country=_optional(item.get("country")),
        external_ids=tuple(sorted((str(k), str(v)) for k, v in ids.items())),
    )


def _optional(value: object) -> str | None:
    return None if value is None else str(value)
