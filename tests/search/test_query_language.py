"""Every operator and field prefix of the query language, with exact results on the fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

import search
from crawler.errors import QueryError, SpeakerError


def texts(result: search.SearchResult) -> set[str]:
    return {hit.statement.text for hit in result.hits}


FREELOADERS = "We will NOT be freeloaders -- on the backs of others!"
FREELOADING = "Freeloading is a habit we must break"
COALITION = "The coalition of the willing stands ready"
COALITION_PARTIAL = "a coalition that is willing to act"
BRIDGE = "The harbour bridge will be rebuilt by spring"
TAXES_FALL = "Taxes will fall for working families"
TAXES_RISE = "Taxes will rise"
TOGETHER = "We stand together on the harbour"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("freeloaders", {FREELOADERS, FREELOADING}),  # stemming: freeloaders ~ freeloading
        ("FREELOADERS", {FREELOADERS, FREELOADING}),  # case-insensitive
        ("taxes families", {TAXES_FALL}),  # words are ANDed
        ('"coalition of the willing"', {COALITION}),  # exact phrase
        ('"coalition willing"', set()),  # a phrase needs its words adjacent
        ('"coalition willing"~3', {COALITION, COALITION_PARTIAL}),  # proximity
        ("bridge OR taxes", {BRIDGE, TAXES_FALL, TAXES_RISE}),
        ("taxes NOT rise", {TAXES_FALL}),
        ("taxes -rise", {TAXES_FALL}),
        ("harb*", {BRIDGE, TOGETHER}),  # prefix, on the words as written ...
        ("freeloadi*", {FREELOADING, FREELOADERS}),  # ... each found with its other forms
        ("rebuil?", {BRIDGE}),  # wildcard
        ("*ding", {FREELOADING, FREELOADERS}),
        ("harbor~ spring", {BRIDGE}),  # fuzzy: a letter left out
        ("bridje~", {BRIDGE}),  # fuzzy: one typo
        ("bredje~2", {BRIDGE}),  # fuzzy: two typos
        ("(taxes OR bridge) spring", {BRIDGE}),  # grouping
        ("(taxes -rise) OR bridge", {TAXES_FALL, BRIDGE}),  # exclusion inside a group
        ("(harbour -(bridge OR spring)) stand", {TOGETHER}),
        ('(taxes -"will fall") OR bridge', {TAXES_RISE, BRIDGE}),
        ("speaker:romero", {FREELOADERS, TOGETHER}),
        ('speaker:"alice romero" harbour', {TOGETHER}),
        (
            "speaker:keller OR speaker:diaz",
            {FREELOADING, BRIDGE, TOGETHER, COALITION, COALITION_PARTIAL},
        ),
        ("party:red", {TAXES_FALL, TAXES_RISE}),
        ('outlet:"north star"', {COALITION_PARTIAL, BRIDGE}),
        ("outlet:star coalition", {COALITION_PARTIAL}),
        ("kind:partial", {COALITION_PARTIAL}),
        ("coalition kind:direct", {COALITION}),
        ("date:2025-03", {COALITION, COALITION_PARTIAL}),
        ("date:2025-03..2025-04", {COALITION, COALITION_PARTIAL, TAXES_FALL}),
        ("taxes date:..2024", {TAXES_RISE}),
        ("from:2025-04", {TAXES_FALL}),
        ("coalition to:2025-03-16", {COALITION}),
        ("taxes from:2023 to:2023-12", {TAXES_RISE}),
        ('"date:2025" taxes', set()),  # a prefix inside quotes is words, not a date
        ("Speaker:Romero", {FREELOADERS, TOGETHER}),  # field names in any case
        ("DATE:2025-03", {COALITION, COALITION_PARTIAL}),
        ("(date:2025-03 coalition)", {COALITION, COALITION_PARTIAL}),
        ("coalition (from:2025-03-16)", {COALITION_PARTIAL}),
    ],
)
def test_operator(ix: search.Index, query: str, expected: set[str]) -> None:
    result = ix.search(query, limit=20)
    assert texts(result) == expected
    assert result.total == len(expected)


def test_stemmed_matches_are_highlighted(ix: search.Index) -> None:
    result = ix.search("freeloaders")
    snippets = {hit.snippet for hit in result.hits}
    assert snippets == {
        "We will NOT be [[freeloaders]] -- on the backs of others!",
        "[[Freeloading]] is a habit we must break",
    }


def test_a_phrase_is_highlighted_as_one_span_and_excluded_words_never(ix: search.Index) -> None:
    (hit,) = ix.search('"coalition of the willing" -act').hits
    assert hit.snippet == "The [[coalition of the willing]] stands ready"


def test_prefix_and_fuzzy_matches_are_highlighted(ix: search.Index) -> None:
    (hit,) = ix.search("bridje~ rebu*").hits
    assert hit.snippet == "The harbour [[bridge]] will be [[rebuilt]] by spring"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "the query is empty; give words to search for, e.g. freeloaders"),
        ("   ", "the query is empty; give words to search for, e.g. freeloaders"),
        ("tax " * 600, "the query is 2,400 characters long; keep it under 2,000"),
        (
            "tax " + "x" * 101,
            "bad query at character 5: this word is over 100 characters; shorten it "
            f"(in: tax {'x' * 101})",
        ),
        (
            '"coalition of',
            'bad query at character 1: this quote mark is not closed; add the closing " '
            '(in: "coalition of)',
        ),
        (
            "(taxes OR bridge",
            "bad query at character 1: this '(' is not closed; add ')' (in: (taxes OR bridge)",
        ),
        (
            "taxes)",
            "bad query at character 6: this ')' closes nothing; remove it or add '(' (in: taxes))",
        ),
        ("taxes OR", "bad query at character 7: 'OR' has nothing on its right (in: taxes OR)"),
        ("AND taxes", "bad query at character 1: 'AND' has nothing on its left (in: AND taxes)"),
        ("taxes NOT", "bad query at character 7: 'NOT' has nothing after it (in: taxes NOT)"),
        (
            "author:smith",
            "bad query at character 1: unknown field 'author:'; use one of speaker:, party:, "
            "outlet:, kind:, date:, from:, to: (in: author:smith)",
        ),
        (
            "speaker: taxes",
            "bad query at character 1: 'speaker:' needs a value, e.g. speaker:hegseth "
            "(in: speaker: taxes)",
        ),
        (
            "taxes date:March",
            "bad query at character 7: date: 'March' is not a date; write YYYY, YYYY-MM or "
            "YYYY-MM-DD (in: taxes date:March)",
        ),
        ("kind:quoted", "kind 'quoted' is not one of: direct, partial"),
        ("speaker:heg*", "'speaker:' takes a name or a word, not a pattern, e.g. speaker:hegseth"),
        ("-taxes", "the query '-taxes' has no words to search for; add a word or a phrase"),
        ("!!!", "the query '!!!' has no words to search for; add a word or a phrase"),
        (
            "0(-)",
            "cannot make sense of the query '0(-)'; check where its operators "
            "(OR, NOT, -, parentheses) stand",
        ),
    ],
)
def test_malformed_query_is_one_error_pointing_at_the_problem(
    ix: search.Index, query: str, message: str
) -> None:
    with pytest.raises(QueryError) as caught:
        ix.search(query)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


def test_query_error_carries_the_position(ix: search.Index) -> None:
    with pytest.raises(QueryError) as caught:
        ix.search("taxes OR")
    assert (caught.value.query, caught.value.position) == ("taxes OR", 6)


def test_unknown_speaker_prefix_suggests_close_names(ix: search.Index) -> None:
    with pytest.raises(SpeakerError) as caught:
        ix.search("speaker:romeor taxes")
    assert str(caught.value) == (
        "No speaker matches 'romeor'. Did you mean Alice Romero? `statements speakers` lists them."
    )


def test_a_word_with_an_apostrophe_is_a_phrase_of_its_parts(tmp_path: Path) -> None:
    from crawler.models import Statement
    from indexer import StatementIndex

    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_statements(
            [
                Statement("We're ready", ("Ann Lee",), url="u1"),
                Statement("we are ready, re-armed", ("Ann Lee",), url="u2"),
            ]
        )
    with search.open_index(tmp_path / "ix") as index:
        result = index.search("we're")
    assert [hit.snippet for hit in result.hits] == ["[[We're]] ready"]
