"""The Python API: every search option, dedup, facets, speakers and stats, with exact results."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import os
import pickle
from pathlib import Path

import pytest

import search
from crawler.errors import IndexStoreError, QueryError, SpeakerError
from search.results import Facet, Source


def texts(result: search.SearchResult) -> list[str]:
    return [hit.statement.text for hit in result.hits]


def test_one_statement_reported_twice_is_one_hit_listing_both_sources(ix: search.Index) -> None:
    result = ix.search('"backs of others"')
    assert result.total == 1
    (hit,) = result.hits
    assert hit.statement.text == "We will NOT be freeloaders -- on the backs of others!"
    assert hit.statement.date == dt.date(2024, 5, 1)  # the earliest report is kept
    assert hit.statement.speakers == ("Alice Romero",)
    assert hit.sources == (
        Source("Valley Times", "https://news.example/2", dt.date(2024, 5, 1), "Story 2"),
        Source("Harbour Gazette", "https://news.example/1", dt.date(2024, 5, 2), "Story 1"),
    )


def test_a_hit_round_trips_every_statement_field(ix: search.Index) -> None:
    (hit,) = ix.search('"stands ready"').hits
    statement = hit.statement
    assert (statement.text, statement.speakers, statement.speaker_ids) == (
        "The coalition of the willing stands ready",
        ("Carmen Diaz",),
        ("carmen-diaz",),
    )
    assert (statement.kind, statement.outlet, statement.url, statement.title) == (
        "direct",
        "Harbour Gazette",
        "https://news.example/4",
        "Story 4",
    )
    assert statement.date == dt.date(2025, 3, 15)
    assert statement.context == "Context of story 4: The coalition of the willing stands ready"
    assert (hit.rank, hit.score > 0) == (1, True)


def test_results_are_plain_frozen_values_usable_after_close(fixture_index_path: Path) -> None:
    with search.open_index(fixture_index_path) as index:
        result = index.search("taxes")
    assert texts(result) == ["Taxes will rise", "Taxes will fall for working families"]
    assert [hit.snippet for hit in result.hits] == [
        "[[Taxes]] will rise",
        "[[Taxes]] will fall for working families",
    ]
    assert pickle.loads(pickle.dumps(result)) == result
    assert len(set(result.hits)) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.hits[0].score = 2.0  # type: ignore[misc]


def test_one_shot_search(fixture_index_path: Path) -> None:
    result = search.search(fixture_index_path, "taxes", speaker="Dana Martin")
    assert texts(result) == ["Taxes will fall for working families"]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        (
            "romero",
            {
                "We will NOT be freeloaders -- on the backs of others!",
                "We stand together on the harbour",
            },
        ),
        (
            "ALICE ROMERO",
            {
                "We will NOT be freeloaders -- on the backs of others!",
                "We stand together on the harbour",
            },
        ),
        (
            ("Keller", "Diaz"),
            {"The harbour bridge will be rebuilt by spring", "We stand together on the harbour"},
        ),
    ],
)
def test_speaker_option_matches_any_alias_case_insensitively(
    ix: search.Index, speaker: str | tuple[str, ...], expected: set[str]
) -> None:
    assert set(texts(ix.search("harbour OR freeloaders -habit", speaker=speaker))) == expected


def test_speaker_filter_never_returns_what_the_speaker_did_not_say(ix: search.Index) -> None:
    result = ix.search("freeloaders", speaker="Keller")
    assert texts(result) == ["Freeloading is a habit we must break"]


def test_unknown_speaker_is_an_error_with_close_matches(ix: search.Index) -> None:
    with pytest.raises(SpeakerError) as caught:
        ix.search("taxes", speaker="Kelller")
    assert str(caught.value) == (
        "No speaker matches 'Kelller'. Did you mean Bruno Keller? `statements speakers` lists them."
    )
    assert caught.value.candidates == ("Bruno Keller",)


def test_ambiguous_speaker_lists_who_it_could_mean(ix: search.Index) -> None:
    with pytest.raises(SpeakerError) as caught:
        ix.search("taxes", speaker="Martin")
    assert str(caught.value) == (
        "'Martin' could mean several speakers: Dana Martin, Eli Martin. Give more of the name."
    )


def test_party_outlet_and_kind_options(ix: search.Index) -> None:
    assert set(texts(ix.search("taxes OR harbour", party="Red"))) == {
        "Taxes will fall for working families",
        "Taxes will rise",
    }
    assert set(texts(ix.search("taxes OR harbour", party=("red", "green")))) == {
        "Taxes will fall for working families",
        "Taxes will rise",
        "We stand together on the harbour",
    }
    assert texts(ix.search("taxes", outlet="valley times")) == ["Taxes will rise"]
    assert texts(ix.search("coalition", kind="partial")) == ["a coalition that is willing to act"]


def test_an_outlet_matches_every_report_not_only_the_first(ix: search.Index) -> None:
    # the deduplicated statement was reported by both outlets; either finds it
    assert texts(ix.search("freeloaders -habit", outlet="Harbour Gazette")) == [
        "We will NOT be freeloaders -- on the backs of others!"
    ]


def test_unknown_party_and_outlet_are_errors_naming_the_known_ones(ix: search.Index) -> None:
    with pytest.raises(
        QueryError,
        match=r"^No speaker belongs to party 'Purple'\. Known parties: Blue, Green, Red$",
    ):
        ix.search("taxes", party="Purple")
    with pytest.raises(QueryError) as caught:
        ix.search("taxes", outlet="Valey Tmes")
    assert str(caught.value) == (
        "No outlet matches 'Valey Tmes'. Did you mean Valley Times? `statements stats` lists them."
    )


def test_since_and_until_are_inclusive_and_take_partial_dates(ix: search.Index) -> None:
    assert set(texts(ix.search("coalition OR taxes", since="2025-03-20"))) == {
        "a coalition that is willing to act",
        "Taxes will fall for working families",
    }
    assert texts(ix.search("coalition OR taxes", since="2025-03", until="2025-03-15")) == [
        "The coalition of the willing stands ready"
    ]
    assert texts(ix.search("taxes", until=dt.date(2023, 1, 9))) == ["Taxes will rise"]
    assert texts(ix.search("taxes", since="2024", until="2024")) == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"since": "yesterday"},
            "since 'yesterday' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            {"since": "2025-04", "until": "2025-03"},
            "--since 2025-04-01 is after --until 2025-03-31; swap them",
        ),
        ({"sort": "best"}, "sort 'best' is not one of: relevance, newest, oldest"),
        ({"facets": "colour"}, "facet 'colour' is not one of: speaker, outlet, party, month"),
        ({"kind": "indirect"}, "kind 'indirect' is not one of: direct, partial"),
        ({"limit": -1}, "--limit must be 1 or more and --offset 0 or more (got -1, 0)"),
        ({"limit": 0}, "--limit must be 1 or more and --offset 0 or more (got 0, 0)"),
        ({"offset": -1}, "--limit must be 1 or more and --offset 0 or more (got 10, -1)"),
    ],
)
def test_bad_options_are_query_errors(
    ix: search.Index, options: dict[str, object], message: str
) -> None:
    with pytest.raises(QueryError) as caught:
        ix.search("taxes", **options)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_sort_by_date_puts_undated_statements_last(ix: search.Index) -> None:
    query = "harbour OR taxes"
    newest = ix.search(query, sort="newest")
    oldest = ix.search(query, sort="oldest")
    assert texts(newest) == [
        "Taxes will fall for working families",
        "We stand together on the harbour",
        "Taxes will rise",
        "The harbour bridge will be rebuilt by spring",
    ]
    assert texts(oldest) == [
        "Taxes will rise",
        "We stand together on the harbour",
        "Taxes will fall for working families",
        "The harbour bridge will be rebuilt by spring",
    ]
    assert {hit.score for hit in newest.hits} == {0.0}


def test_limit_and_offset_page_through_the_same_ranking(ix: search.Index) -> None:
    everything = ix.search("harbour OR taxes", sort="oldest")
    page = ix.search("harbour OR taxes", sort="oldest", limit=2, offset=1)
    assert page.total == everything.total == 4
    assert texts(page) == texts(everything)[1:3]
    assert [hit.rank for hit in page.hits] == [2, 3]
    assert ix.search("harbour OR taxes", offset=4).hits == ()


def test_facets_count_every_match_not_only_the_page(ix: search.Index) -> None:
    result = ix.search(
        "harbour OR freeloaders OR taxes", facets=("speaker", "party", "outlet", "month"), limit=1
    )
    assert result.total == 6
    assert result.facet("speaker") == (
        Facet("Bruno Keller", 3),
        Facet("Alice Romero", 2),
        Facet("Dana Martin", 1),
        Facet("Eli Martin", 1),
    )
    assert result.facet("party") == (Facet("Blue", 3), Facet("Green", 2), Facet("Red", 2))
    assert result.facet("outlet") == (
        Facet("Harbour Gazette", 3),
        Facet("Valley Times", 3),
        Facet("North Star", 1),
    )
    assert result.facet("month") == (
        Facet("2023-01", 1),
        Facet("2024-05", 1),
        Facet("2024-06", 1),
        Facet("2024-07", 1),
        Facet("2025-04", 1),
    )
    assert ix.search("taxes").facets == ()


def test_search_options_mirror_the_api_keyword_arguments() -> None:
    parameters = inspect.signature(search.Index.search).parameters
    defaults = search.SearchOptions()
    for field in dataclasses.fields(search.SearchOptions):
        default = parameters[field.name].default
        expected = getattr(defaults, field.name)
        assert (default if not isinstance(expected, tuple) else tuple(default)) == expected
    assert list(inspect.signature(search.search).parameters)[2:] == list(parameters)[2:]


def test_speakers_lists_counts_and_resolves_names(ix: search.Index) -> None:
    counts = {s.speaker.name: s.statements for s in ix.speakers()}
    assert counts == {
        "Bruno Keller": 3,
        "Alice Romero": 2,
        "Carmen Diaz": 2,
        "Dana Martin": 1,
        "Eli Martin": 1,
    }
    (romero,) = ix.speakers("romero")
    assert (romero.speaker.name, romero.speaker.aliases, romero.speaker.party) == (
        "Alice Romero",
        ("Romero",),
        "Green",
    )
    assert [s.speaker.name for s in ix.speakers("martin")] == ["Dana Martin", "Eli Martin"]
    with pytest.raises(SpeakerError, match="Did you mean Carmen Diaz"):
        ix.speakers("Diax")


def test_stats(ix: search.Index, fixture_index_path: Path) -> None:
    stats = ix.stats()
    assert (stats.statements, stats.speakers, stats.registered_speakers) == (8, 5, 5)
    assert stats.outlets == ("Harbour Gazette", "North Star", "Valley Times")
    assert (stats.first_date, stats.last_date) == (dt.date(2023, 1, 9), dt.date(2025, 4, 2))
    assert stats.path == str(fixture_index_path)
    assert stats.size_bytes > 0


def test_opening_a_missing_path_says_how_to_create_an_index(tmp_path: Path) -> None:
    with pytest.raises(IndexStoreError) as caught:
        search.open_index(tmp_path / "nowhere")
    assert str(caught.value) == (
        f"{tmp_path / 'nowhere'}: no index here yet; create one with "
        f"`statements --index {tmp_path / 'nowhere'} index PATH...`"
    )


def test_an_open_index_sees_statements_indexed_after_it_opened(tmp_path: Path) -> None:
    from crawler.models import Statement
    from indexer import StatementIndex

    with StatementIndex.open(tmp_path / "ix", create=True) as writer:
        writer.add_statements([Statement("first words", ("Ann Lee",), url="u1")])
    with search.open_index(tmp_path / "ix") as reader:
        assert reader.search("words").total == 1
        with StatementIndex.open(tmp_path / "ix") as writer:
            writer.add_statements([Statement("more words", ("Bo Ray",), url="u2")])
        assert reader.search("words", speaker="Bo Ray").total == 1


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")
def test_opening_and_searching_again_and_again_leaves_no_file_open(
    fixture_index_path: Path,
) -> None:
    def searched_once() -> None:
        with search.open_index(fixture_index_path) as index:
            assert texts(index.search("taxes"))

    searched_once()
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(30):
        searched_once()
    assert len(os.listdir("/proc/self/fd")) == before
