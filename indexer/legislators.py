"""Lists of politicians into the speaker registry: the unitedstates/congress-legislators YAML.

``legislators-current.yaml``, ``legislators-historical.yaml`` and ``executive.yaml`` share one
shape: a list of people with ``id`` (bioguide, wikidata, govtrack, ...), ``name`` (first, last,
nickname, official_full) and ``terms`` (type, state, district, party, start, end). Each person
becomes a speaker with the party and office of their latest term and their external ids; one
whose name (or "nickname last", "first last") is already registered is merged into that speaker.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from crawler.errors import InputError
from crawler.models import Speaker
from indexer.speakers import SpeakerRegistry

__all__ = ["EXTERNAL_ID_KEYS", "check_legislators_file", "import_legislators", "read_legislators"]

#: the ids kept from a legislator's ``id`` block
EXTERNAL_ID_KEYS = ("bioguide", "wikidata", "govtrack", "opensecrets", "icpsr", "fec")
OFFICES = {
    "sen": "U.S. Senator",
    "rep": "U.S. Representative",
    "prez": "President of the United States",
    "viceprez": "Vice President of the United States",
}


def check_legislators_file(path: Path) -> None:
    """An InputError unless ``path`` is a regular file (checked before an index is opened)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(
            f"{path}: no such file; give a congress-legislators YAML file such as "
            "legislators-current.yaml"
        ) from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    if stat.S_ISDIR(mode):
        raise InputError(
            f"{path}: is a directory; give the YAML file itself, e.g. "
            f"{path / 'legislators-current.yaml'}"
        )
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: not a regular file; give a congress-legislators YAML file")


def read_legislators(path: Path) -> Iterator[tuple[Speaker, tuple[str, ...]]]:
    """Each person in a congress-legislators YAML file, with the names they go by."""
    import yaml

    check_legislators_file(path)
    try:
        with path.open(encoding="utf-8") as file:
            people = yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except PermissionError:
        raise InputError(f"{path}: permission denied; make it readable (chmod +r)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not readable YAML ({error})".replace("\n", " ")) from None
    if not isinstance(people, list):
        raise InputError(
            f"{path}: not a congress-legislators file (expected a list of people); see "
            "https://github.com/unitedstates/congress-legislators"
        )
    for number, person in enumerate(people, start=1):
        if not isinstance(person, dict) or not isinstance(person.get("name"), dict):
            raise InputError(f"{path}: entry {number} has no 'name' block; is this the right file?")
        yield _speaker(person)


def import_legislators(registry: SpeakerRegistry, path: Path) -> int:
    """Merge every person in ``path`` into ``registry``; returns how many were read."""
    count = 0
    for speaker, names in read_legislators(path):
        registry.merge(speaker, names=names)
        count += 1
    return count


def _speaker(person: Mapping[str, Any]) -> tuple[Speaker, tuple[str, ...]]:
    name = person["name"]
    first, last = str(name.get("first", "")), str(name.get("last", ""))
    full = str(name.get("official_full") or f"{first} {last}").strip()
    names = [f"{first} {last}"]
    if name.get("nickname"):
        names.append(f"{name['nickname']} {last}")
    terms = [t for t in person.get("terms") or [] if isinstance(t, dict)]
    latest = max(terms, key=lambda t: str(t.get("start", "")), default={})
    speaker = Speaker(
        id="",
        name=full,
        role=_office(latest),
        party=latest.get("party"),
        country="US",
        external_ids=_external_ids(person.get("id") or {}),
    )
    return speaker, tuple(n.strip() for n in names if n.strip() and n.strip() != full)


def _office(term: Mapping[str, Any]) -> str | None:
    office = OFFICES.get(str(term.get("type", "")))
    if office is None:
        return None
    state, district = term.get("state"), term.get("district")
    if state and district is not None:
        return f"{office} for {state}-{district}"
    return f"{office} for {state}" if state else office


def _external_ids(ids: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for key in EXTERNAL_ID_KEYS:
        value = ids.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if value not in (None, ""):
            found.append((key, str(value)))
    return tuple(sorted(found))
