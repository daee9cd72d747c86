"""Quote-marked words that are nobody's statement: titles of works, names of things, groups
that are no person."""

from __future__ import annotations

from crawler.models import Article, Statement
from crawler.quotes import extract_statements


def statements(text: str) -> list[Statement]:
    return extract_statements(Article(text=text, source="fixture.txt"))


def found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.text, s.speakers) for s in statements(text)]


def test_a_title_after_the_noun_for_a_work_is_no_statement() -> None:
    text = (
        "Amos Reed sat for an interview on Ida Marsh\u2019s show, \u201cMorning Politics.\u201d"
        " \u201cWe talked for an hour,\u201d Reed said."
    )
    assert found(text) == [("We talked for an hour,", ("Amos Reed",))]


def test_known_as_the_names_a_thing() -> None:
    text = (
        "Ida Marsh would set a minimum rate, a version of what is known as the"
        " \u201cGrove rule,\u201d she said."
    )
    assert found(text) == []


def test_a_plural_group_is_no_person_but_may_speak_as_a_group() -> None:
    text = (
        "The ad mocks voters, regarding Muslims and immigrants, and calls people"
        " \u201closers.\u201d\n\n"
        "Lamenting their luck, Mexicans often say, \u201cPoor Mexico, so far from God.\u201d"
    )
    assert found(text) == [("Poor Mexico, so far from God.", ("Mexicans",))]


def test_the_title_of_a_piece_before_its_byline_is_no_statement() -> None:
    text = (
        "FAREWELL\u2014\u201cThe Lantern Club to close at the end of May,\u201d by Times\u2019"
        " Ida Marsh.\n"
        "\u201cIf there had not been that intervention\u201d by the allies, Nora Pell said,"
        " \u201cwe would be looking at a disaster.\u201d\n"
    )
    assert [s.text for s in statements(text)] == [
        "If there had not been that intervention",
        "we would be looking at a disaster.",
    ]


def test_an_unattributed_quote_paragraph_ending_in_a_colon_keeps_its_continuation() -> None:
    text = (
        "Nora Pell listed the qualities she wants in a nominee.\n\n"
        "\u201cIn the piece I wrote last year, I discussed the factors that matter most. Here"
        " they are:\n\n"
        "\u201cHas the candidate a record of leadership on the issues that matter?\u201d\n"
    )
    assert [s.text for s in statements(text)] == [
        "In the piece I wrote last year, I discussed the factors that matter most. Here they are:",
        "Has the candidate a record of leadership on the issues that matter?",
    ]


def test_a_single_word_repeated_in_quotes_is_not_the_speakers_again() -> None:
    text = (
        "Nora Pell told the reporter not to \u201cmoan\u201d about the result, calling the"
        " complaints \u201cmoaning.\u201d\n"
        "There will be plenty of \u201cmoaning\u201d until the rules change.\n"
        "Pell said the deal was a \u201cprovisional arrangement\u201d and called for calm.\n"
        "A \u201cprovisional arrangement\u201d was signed on Friday.\n"
    )
    assert [(s.text, s.speakers) for s in statements(text)] == [
        ("moan", ("Nora Pell",)),
        ("moaning.", ("Nora Pell",)),
        ("provisional arrangement", ("Nora Pell",)),
        ("provisional arrangement", ("Nora Pell",)),
    ]


def test_words_printed_on_something_are_not_a_statement() -> None:
    text = (
        "Orla Finch said she wore a T-shirt emblazoned with the words 'I can't breathe' at "
        "the rally.\n"
    )
    assert [s.text for s in statements(text)] == []


def test_a_so_called_phrase_in_quotes_is_the_writers_scare_quote() -> None:
    text = (
        "Councillor Andrew Gant said the \u2018so-called consultation\u2019 was \u2018a sham "
        "from start to finish\u2019.\n"
    )
    assert found(text) == [("a sham from start to finish", ("Andrew Gant",))]
