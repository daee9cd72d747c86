"""The speaker registry: alias merging, resolution, suggestions, storage, legislators import."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.errors import InputError, SpeakerError
from crawler.models import Speaker
from indexer import SpeakerRegistry, normalise_name
from indexer.legislators import import_legislators


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("J. D. Vance", "jd vance"),
        ("J.D. Vance", "jd vance"),
        ("JD Vance", "jd vance"),
        ("George W. Bush", "george w bush"),
        ("Beto O\u2019Rourke", "beto o'rourke"),
        ("Jos\u00e9  N\u00fa\u00f1ez", "jose nunez"),
    ],
)
def test_normalise_name(name: str, normalised: str) -> None:
    assert normalise_name(name) == normalised


def test_variants_of_one_name_are_one_speaker() -> None:
    registry = SpeakerRegistry()
    full = registry.register("Pete Hegseth")
    assert full is not None
    for variant in ("Hegseth", "Defence Secretary Pete Hegseth", "PETE HEGSETH"):
        found = registry.register(variant)
        assert found is not None and found.id == full.id
    (speaker,) = registry
    assert speaker == Speaker(
        id="pete-hegseth",
        name="Pete Hegseth",
        aliases=("Hegseth", "Defence Secretary Pete Hegseth"),
        role="Defence Secretary",
    )


def test_a_full_name_upgrades_a_surname_only_speaker_keeping_its_id() -> None:
    registry = SpeakerRegistry()
    registry.register("Healey")
    upgraded = registry.register("John Healey")
    assert upgraded == Speaker(id="healey", name="John Healey", aliases=("Healey",))
    assert len(registry) == 1


def test_a_longer_name_that_is_not_a_title_stays_apart() -> None:
    registry = SpeakerRegistry()
    registry.register("Ann Lee")
    registry.register("Mary Ann Lee")
    registry.register("Former Minister Ann Lee")
    assert [(s.name, s.role) for s in registry] == [
        ("Ann Lee", "Former Minister"),
        ("Mary Ann Lee", None),
    ]


def test_a_shared_surname_stays_apart() -> None:
    registry = SpeakerRegistry()
    registry.register("Mike Martin")
    registry.register("Dana Martin")
    registry.register("Martin")  # ambiguous: becomes its own speaker, not merged
    assert sorted(s.name for s in registry) == ["Dana Martin", "Martin", "Mike Martin"]


def test_resolve_exact_part_ambiguous_unknown() -> None:
    registry = SpeakerRegistry([Speaker("pete-hegseth", "Pete Hegseth", aliases=("Hegseth",))])
    registry.register("Mike Martin")
    registry.register("Dana Martin")
    assert registry.resolve("hegseth").name == "Pete Hegseth"
    assert registry.resolve("pete").name == "Pete Hegseth"
    assert registry.resolve("pete-hegseth").name == "Pete Hegseth"  # an id, as json prints it
    with pytest.raises(SpeakerError) as ambiguous:
        registry.resolve("martin")
    assert ambiguous.value.candidates == ("Dana Martin", "Mike Martin")
    with pytest.raises(SpeakerError) as unknown:
        registry.resolve("Hegseht")
    assert str(unknown.value) == (
        "No speaker matches 'Hegseht'. Did you mean Pete Hegseth? `statements speakers` lists them."
    )
    with pytest.raises(SpeakerError) as nothing_close:
        registry.resolve("Zebedee")
    assert (
        str(nothing_close.value)
        == "No speaker matches 'Zebedee'. `statements speakers` lists them."
    )


def test_party_lookup_is_case_insensitive() -> None:
    registry = SpeakerRegistry()
    registry.register("Ann Lee", party="Labour")
    registry.register("Bo Ray", party="Conservative")
    assert [s.name for s in registry.with_party("labour")] == ["Ann Lee"]
    assert registry.parties() == ("Conservative", "Labour")


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    registry = SpeakerRegistry()
    registry.register("Defence Secretary Pete Hegseth")
    registry.merge(
        Speaker("", "Pete Hegseth", party="Republican", external_ids=(("wikidata", "Q1"),))
    )
    registry.save(tmp_path)
    assert list(SpeakerRegistry.load(tmp_path)) == list(registry)
    assert not SpeakerRegistry.load(tmp_path).changed


LEGISLATORS = """\
- id:
    bioguide: X000001
    wikidata: Q100
    fec: [H0XX00001, S0XX00002]
  name:
    first: Jane
    last: Example
    official_full: Jane Q. Example
  terms:
  - type: rep
    start: '2019-01-03'
    state: CA
    district: 12
    party: Democrat
  - type: sen
    start: '2023-01-03'
    state: CA
    party: Democrat
- id:
    bioguide: X000002
  name:
    first: James David
    nickname: J.D.
    last: Sample
    official_full: J.D. Sample
  terms:
  - type: viceprez
    start: '2025-01-20'
    party: Republican
"""


def test_import_legislators_merges_by_name_and_adds_party_office_ids(tmp_path: Path) -> None:
    path = tmp_path / "legislators.yaml"
    path.write_text(LEGISLATORS, encoding="utf-8")
    registry = SpeakerRegistry()
    registry.register("JD Sample")  # met in an article before the import
    assert import_legislators(registry, path) == 2
    sample = registry.resolve("sample")
    assert sample == Speaker(
        id="jd-sample",
        name="JD Sample",
        aliases=("James David Sample",),
        role="Vice President of the United States",
        party="Republican",
        country="US",
        external_ids=(("bioguide", "X000002"),),
    )
    jane = registry.resolve("Jane Example")
    assert (jane.id, jane.name, jane.role, jane.party) == (
        "jane-q-example",
        "Jane Q. Example",
        "U.S. Senator for CA",
        "Democrat",
    )
    assert jane.external_ids == (
        ("bioguide", "X000001"),
        ("fec", "H0XX00001"),
        ("wikidata", "Q100"),
    )
    assert import_legislators(registry, path) == 2  # importing again changes nothing
    assert len(registry) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("key: value\n", "not a congress-legislators file (expected a list of people)"),
        ("- just a string\n", "entry 1 has no 'name' block; is this the right file?"),
        ("- [unclosed\n", "not readable YAML"),
    ],
)
def test_a_file_that_is_not_a_legislators_list(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "people.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        import_legislators(SpeakerRegistry(), path)


def test_a_legislators_path_that_is_no_file(tmp_path: Path) -> None:
    missing, folder = tmp_path / "missing.yaml", tmp_path / "data"
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        import_legislators(SpeakerRegistry(), missing)
    assert str(caught.value) == (
        f"{missing}: no such file; give a congress-legislators YAML file such as "
        "legislators-current.yaml"
    )
    with pytest.raises(InputError) as caught:
        import_legislators(SpeakerRegistry(), folder)
    assert str(caught.value) == (
        f"{folder}: is a directory; give the YAML file itself, e.g. "
        f"{folder}/legislators-current.yaml"
    )
