"""Publication dates from every place pages put them; always timezone-aware."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.pages import parse_date, parse_html

UTC = dt.UTC


def published(head: str = "", body: str = "", url: str | None = None) -> dt.datetime | None:
    html = f"<html><head>{head}</head><body>{body}<p>Some body text for the page.</p></body></html>"
    return parse_html(html, url=url).published


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, '
            '{"@type": "NewsArticle", "datePublished": "2024-05-02T10:00:00+02:00"}]}</script>',
            "",
            None,
            dt.datetime(2024, 5, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        (
            '<script type="application/ld+json">{"@type": "Article", '
            '"datePublished": 1676551869000}</script>',
            "",
            None,
            dt.datetime(2023, 2, 16, 12, 51, 9, tzinfo=UTC),
        ),
        (
            '<meta property="article:published_time" content="2023-11-07T02:00:00-05:00">',
            "",
            None,
            dt.datetime(2023, 11, 7, 2, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        (
            '<meta name="parsely-page" content=\'{"pub_date": "2014-11-23T16:00:00+04:00"}\'>',
            "",
            None,
            dt.datetime(2014, 11, 23, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=4))),
        ),
        (
            "",
            '<span itemprop="datePublished" content="2019-08-20">Aug 20</span>',
            None,
            dt.datetime(2019, 8, 20, tzinfo=UTC),
        ),
        ("", '<time datetime="2021-01-06">Jan 6</time>', None, dt.datetime(2021, 1, 6, tzinfo=UTC)),
        (
            "",
            '<div class="entry-date">Posted March 3, 2015 at 4:05 pm EST</div>',
            None,
            dt.datetime(2015, 3, 3, 16, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        (
            "",
            '<abbr class="published" title="2013-05-01T10:00:00+01:00">May 1</abbr>',
            None,
            dt.datetime(2013, 5, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        (
            "",
            "",
            "https://x.example.com/2013/11/27/travel/a.html",
            dt.datetime(2013, 11, 27, tzinfo=UTC),
        ),
        (
            "",
            "",
            "https://x.example.com/news/2016-12-18-gates",
            dt.datetime(2016, 12, 18, tzinfo=UTC),
        ),
        (
            "",
            "<p>Updated 14 February 2025, 17:05</p>",
            None,
            dt.datetime(2025, 2, 14, 17, 5, tzinfo=UTC),
        ),
        ("", "<p>2023年11月17日 08:00</p>", None, dt.datetime(2023, 11, 17, tzinfo=UTC)),
    ],
)
def test_date_sources(head: str, body: str, url: str | None, expected: dt.datetime) -> None:
    found = published(head, body, url)
    assert found == expected
    assert found is not None and found.tzinfo is not None


def test_structured_data_wins_over_the_url() -> None:
    head = '<meta property="article:published_time" content="2020-02-02T08:00:00Z">'
    assert published(head, url="https://x.example.com/2019/01/01/a.html") == dt.datetime(
        2020, 2, 2, 8, 0, tzinfo=UTC
    )


def test_a_line_with_two_dates_gives_the_first() -> None:
    assert parse_date("Dec. 27, 2014 at 12:06 PM, updated Dec. 28, 2014 at 9:20 AM") == (
        dt.datetime(2014, 12, 27, 12, 6, tzinfo=UTC)
    )


def test_a_zone_less_date_keeps_its_calendar_day() -> None:
    assert parse_date("2014-10-09T23:30:00") == dt.datetime(2014, 10, 9, 23, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "value", ["", "yesterday", "12345", "1850-01-01", "not a date 99", None, 3.5]
)
def test_non_dates_are_none(value: object) -> None:
    assert parse_date(value) is None


def test_a_page_with_no_date_has_none() -> None:
    assert published() is None
