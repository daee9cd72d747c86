"""Whole pages -> Articles: the fixture site's pages, field by field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from crawler.pages import parse_html
from crawler.sources import read_articles

SITE = Path(__file__).resolve().parent.parent / "fixtures" / "site"
URL = "https://ledger.example.com/articles/healey-ukraine.html?utm_source=x"


def test_a_news_article_with_json_ld_and_boilerplate() -> None:
    data = (SITE / "articles" / "healey-ukraine.html").read_bytes()
    article = parse_html(data, url=URL, source="healey.html")
    assert article.title == "Healey pledges support for Ukraine"
    assert article.url == URL
    assert article.canonical_url == "https://ledger.example.com/articles/healey-ukraine.html"
    assert article.outlet == "The Westminster Ledger"
    assert article.authors == ("Jane Ferris", "Tom Okafor")
    assert article.published == dt.datetime(2025, 3, 4, 8, 30, tzinfo=dt.UTC)
    assert article.modified == dt.datetime(2025, 3, 4, 12, 15, tzinfo=dt.UTC)
    assert article.language == "en"
    assert article.source == "healey.html"
    assert article.paragraphs == (
        "The Defence Secretary, John Healey, has promised that Britain will keep supplying "
        "Ukraine with air defence systems throughout the year, despite pressure on the defence "
        "budget.",
        'Healey told Times Radio: "We will stand with Ukraine for as long as it takes, and our '
        'allies know it."',
        "He added that the government would set out its spending plans, including a new order "
        "of missiles, before the summer recess.",
        "Opposition MPs said the promise meant little without a clear timetable, and asked for "
        "a statement to the House of Commons.",
    )
    assert article.text == "\n\n".join(article.paragraphs)
    assert article.captions == (
        "John Healey visiting troops in Estonia last month.",
        '"We will stand with Ukraine for as long as it takes"',
    )


def test_a_windows_1252_page_with_meta_tags_and_a_time_element() -> None:
    (article,) = read_articles([SITE / "articles" / "hegseth-nato.html"])
    assert article.title == "Hegseth warns NATO allies over spending"
    assert article.authors == ("Sam Prideaux",)
    assert article.published == dt.datetime(
        2025, 2, 14, 17, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert article.outlet is None  # no site name and no URL to take a domain from
    assert article.paragraphs[0].endswith("an unfair share of the alliance\u2019s costs.")
    assert "caf\u00e9 debates" in article.paragraphs[1]
    assert "Most read" not in article.text


def test_the_outlet_falls_back_to_the_domain() -> None:
    html = b"<html><head><title>A headline here</title></head><body><p>Body text.</p></body></html>"
    article = parse_html(html, url="https://www.example.org/a/b.html")
    assert article.outlet == "example.org"
    assert article.title == "A headline here"


def test_a_page_without_a_body_is_an_empty_article_not_an_error() -> None:
    for data in (b"", b"   ", b"<html></html>", b"\x00\x01\x02binary", "<p>str input</p>"):
        article = parse_html(data)
        assert isinstance(article.text, str)


def test_the_site_name_is_taken_off_either_end_of_the_title() -> None:
    head = '<meta property="og:site_name" content="Ledger"><title>{}</title>'
    for title in ("Ledger | Minister resigns over leak", "Minister resigns over leak - Ledger"):
        html = f"<html><head>{head.format(title)}</head><body><p>x</p></body></html>"
        assert parse_html(html).title == "Minister resigns over leak"
