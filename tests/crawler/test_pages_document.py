"""Charsets (missing, wrong, multi-byte), broken markup and huge pages never crash parsing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.pages import decode_html, parse_html, sniff_charset
from crawler.pages.document import MAX_PAGE_BYTES

TEXT = "Caf\u00e9 owners said the \u201cnew rules\u201d were unfair to everyone in town."


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article><p>{body}</p></article></body></html>"


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (page(TEXT).encode("utf-8"), None, "utf-8"),
        (b"\xef\xbb\xbf" + page(TEXT).encode("utf-8"), None, "utf-8-sig"),
        (page(TEXT).encode("cp1252"), None, "cp1252"),  # no declaration at all
        (page(TEXT).encode("cp1252"), "utf-8", "cp1252"),  # header lies
        (page(TEXT, '<meta charset="iso-8859-1">').encode("utf-8"), None, "utf-8"),  # meta lies
        (page("\u65e5\u672c\u8a9e", '<meta charset="shift_jis">').encode("cp932"), None, "cp932"),
        (page("\u4e2d\u6587", '<meta charset="gb2312">').encode("gb18030"), None, "gb18030"),
    ],
)
def test_charset_sniffing(data: bytes, declared: str | None, expected: str) -> None:
    assert sniff_charset(data, declared=declared) == expected


def test_a_utf8_page_with_one_stray_byte_stays_utf8() -> None:
    data = page(TEXT).encode("utf-8").replace(b"unfair", b"unf\xe4ir")
    assert sniff_charset(data) == "utf-8"
    assert "Caf\u00e9" in decode_html(data)


@pytest.mark.parametrize(
    "data",
    [
        page(TEXT).encode("cp1252"),
        page(TEXT, '<meta charset="utf-8">').encode("cp1252"),
        page(TEXT, '<meta charset="no-such-charset">').encode("utf-8"),
        page(TEXT, '<?xml version="1.0" encoding="utf-8"?>').encode("utf-8"),
    ],
)
def test_the_body_text_survives_wrong_or_missing_charsets(data: bytes) -> None:
    assert parse_html(data).text == TEXT


def test_broken_markup_is_repaired() -> None:
    data = (
        b"<html><body><div class='story'><p>First paragraph of the story, which goes on a bit."
        b"<p>Second paragraph <b>unclosed bold, <i>and italics</div></span></table>"
        b"<p>Third & last paragraph &amp; more &bogus; text, outside the story's box "
        b"once the parser has closed it, but long enough to count as the story</body></html></html>"
    )
    assert parse_html(data).paragraphs == (
        "First paragraph of the story, which goes on a bit.",
        "Second paragraph unclosed bold, and italics",
        "Third & last paragraph & more &bogus; text, outside the story's box once the parser "
        "has closed it, but long enough to count as the story",
    )


def test_a_huge_page_is_cut_not_fatal() -> None:
    filler = b"<div><p>" + b"word " * 200 + b"</p></div>\n"
    data = b"<html><body>" + filler * (MAX_PAGE_BYTES // len(filler) + 100)
    article = parse_html(data)
    assert article.text.startswith("word word")


def test_deeply_nested_markup_does_not_overflow() -> None:
    deep = b"<html><body>" + b"<div>" * 200 + b"<p>Deep inside the page.</p>" + b"</div>" * 200
    assert parse_html(deep).text == "Deep inside the page."
    absurd = b"<html><body>" + b"<div>" * 50000 + b"<p>Too deep.</p>" + b"</div>" * 50000
    assert isinstance(parse_html(absurd).text, str)  # the parser gives up on depth, we do not


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div class='story'>",
                    "</div>",
                    "<br>",
                    "<meta charset='utf-16'>",
                    "<script>",
                    "&#0;",
                    "<time datetime='2024-13-45'>",
                    "<![CDATA[",
                    "<!--",
                ]
            ),
            st.text(max_size=40),
        ),
        max_size=40,
    ),
    st.sampled_from(["utf-8", "cp1252", "utf-16-le"]),
)
def test_any_markup_in_any_encoding_parses_without_error(parts: list[str], codec: str) -> None:
    data = "".join(parts).encode(codec, errors="replace")
    article = parse_html(data, url="https://example.com/a")
    assert isinstance(article.text, str)
    assert article.published is None or article.published.tzinfo is not None
