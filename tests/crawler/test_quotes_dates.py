"""Statement dates: the article's date, moved by what the reporter says about when."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.models import Article
from crawler.quotes import extract_statements

#: a Wednesday
PUBLISHED = dt.datetime(2025, 3, 26, 7, 30, tzinfo=dt.UTC)


def statement_date(text: str, published: dt.datetime | None = PUBLISHED) -> dt.date | None:
    (statement,) = extract_statements(Article(text=text, published=published))
    return statement.date


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        ("Orla Finch said", dt.date(2025, 3, 26)),
        ("Orla Finch said yesterday", dt.date(2025, 3, 25)),
        ("Last night Orla Finch said", dt.date(2025, 3, 25)),
        ("This morning Orla Finch said", dt.date(2025, 3, 26)),
        ("Orla Finch said on Monday", dt.date(2025, 3, 24)),
        ("Orla Finch said on Wednesday", dt.date(2025, 3, 26)),
        ("On Thursday Orla Finch said", dt.date(2025, 3, 20)),
    ],
)
def test_the_frame_moves_the_article_date(frame: str, expected: dt.date) -> None:
    assert statement_date(f"{frame}: 'We will vote it down.'") == expected


def test_words_inside_the_quote_do_not_move_the_date() -> None:
    assert statement_date("Orla Finch said: 'Yesterday we lost the vote.'") == dt.date(2025, 3, 26)


def test_without_an_article_date_there_is_no_statement_date() -> None:
    assert statement_date("Orla Finch said yesterday: 'We will win.'", published=None) is None


def test_statement_carries_the_article_metadata_and_a_stable_id() -> None:
    article = Article(
        text="Orla Finch said: 'We will win.'",
        source="a.txt",
        url="https://news.example/a",
        outlet="Example News",
        title="Finch upbeat",
    )
    (first,) = extract_statements(article)
    (again,) = extract_statements(article)
    assert (first.url, first.outlet, first.title, first.source) == (
        "https://news.example/a",
        "Example News",
        "Finch upbeat",
        "a.txt",
    )
    assert first.id == again.id and len(first.id) == 24
    assert first.context == "Orla Finch said: 'We will win.'"
