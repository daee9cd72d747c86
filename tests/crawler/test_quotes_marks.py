"""Quote marks: which spans of text are quoted, whatever the marks and the apostrophes."""

from __future__ import annotations

import pytest

from crawler.models import Article, Statement
from crawler.quotes import extract_statements


def statements(text: str) -> list[Statement]:
    return extract_statements(Article(text=text, source="fixture.txt"))


def found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """(quoted words, speakers, kind) of every statement, in text order."""
    return [(s.text, s.speakers, s.kind) for s in statements(text)]


SAID = ("Ada Quill",)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Ada Quill said: "We will win the vote."', "We will win the vote."),
        ("Ada Quill said: \u201cWe will win the vote.\u201d", "We will win the vote."),
        ("Ada Quill said: 'We will win the vote.'", "We will win the vote."),
        ("Ada Quill said: \u2018We will win the vote.\u2019", "We will win the vote."),
        ("Ada Quill said: ''We will win the vote.''", "We will win the vote."),
    ],
    ids=["straight-double", "curly-double", "straight-single", "curly-single", "doubled-single"],
)
def test_every_kind_of_mark_quotes_the_same_words(text: str, quoted: str) -> None:
    assert found(text) == [(quoted, SAID, "direct")]


def test_apostrophes_inside_single_quotes_do_not_end_the_quote() -> None:
    text = "Ada Quill told the BBC: 'We're ready, it's our turn and the voters' choice is clear.'"
    assert found(text) == [
        ("We're ready, it's our turn and the voters' choice is clear.", SAID, "direct")
    ]


def test_curly_apostrophes_inside_curly_single_quotes() -> None:
    text = "Ada Quill said: \u2018We\u2019re ready and we\u2019ll win.\u2019"
    assert found(text) == [("We\u2019re ready and we\u2019ll win.", SAID, "direct")]


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    text = "Ada Quill said: \"They called it 'a disgrace' and I agree.\""
    assert found(text) == [("They called it 'a disgrace' and I agree.", SAID, "direct")]


def test_a_quote_over_several_paragraphs_gives_one_statement_per_paragraph() -> None:
    text = (
        "Ada Quill said: 'The first part of my answer is this.\n"
        "'The second part follows on.\n"
        "'And the last part ends it.'\n"
    )
    assert found(text) == [
        ("The first part of my answer is this.", SAID, "direct"),
        ("The second part follows on.", SAID, "direct"),
        ("And the last part ends it.", SAID, "direct"),
    ]


def test_an_unclosed_double_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = 'Ada Quill said: "We will keep going until the job is done.\nThe vote is on Friday.'
    assert found(text) == [("We will keep going until the job is done.", SAID, "direct")]


def test_leading_apostrophes_open_no_quote() -> None:
    assert found("Rock 'n' roll and the '90s were good times, Ada Quill said.") == []


def test_offsets_point_at_the_quoted_words() -> None:
    text = "Intro line.\nAda Quill said: 'We will win.'"
    (statement,) = statements(text)
    assert text[statement.start : statement.end] == "We will win."


def test_a_double_quote_mistyped_closed_with_a_single_mark_ends_there() -> None:
    text = "Ada Quill tweeted: \u201cLet\u2019s go. We can do this.\u2019 She posted it at noon."
    assert found(text) == [("Let\u2019s go. We can do this.", SAID, "direct")]


@pytest.mark.parametrize(
    "text",
    [
        "'He told me 'no' and then he left,' said Ada Quill. 'We were stunned.'",
        '"He told me "no" and then he left," said Ada Quill. "We were stunned."',
        "\u2018He told me \u2018no\u2019 and then he left,\u2019 said Ada Quill. "
        "\u2018We were stunned.\u2019",
    ],
    ids=["straight-single", "straight-double", "curly-single"],
)
def test_a_quote_nested_in_one_of_the_same_marks_stays_inside_it(text: str) -> None:
    inner = text[text.index("no") - 1]
    assert found(text) == [
        (f"He told me {inner}no{text[text.index('no') + 2]} and then he left,", SAID, "direct"),
        ("We were stunned.", SAID, "direct"),
    ]


def test_a_quote_ending_in_a_nested_quote_is_still_a_sentence_of_speech() -> None:
    text = (
        "Ada Quill spoke on Monday.\n"
        "\u201cComing from a sitting minister, it was unprecedented in its "
        "\u2018insensitivity,'\u201d the newspaper wrote.\n"
    )
    assert [s.text for s in statements(text)] == [
        "Coming from a sitting minister, it was unprecedented in its \u2018insensitivity,'"
    ]
