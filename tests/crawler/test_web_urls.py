"""URL normal form: one page, one URL."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.web.urls import host_key, normalize_url, same_site, site_of


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Example.COM", "http://example.com/"),
        ("https://example.com:443/a#section", "https://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a?utm_source=x&b=2&a=1&fbclid=z", "https://example.com/a?a=1&b=2"),
        ("https://example.com/a/../b/./c", "https://example.com/b/c"),
        ("https://example.com/a?", "https://example.com/a"),
    ],
)
def test_normal_form(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["mailto:desk@example.org", "ftp://example.com/file", "javascript:void(0)", "http://", ""],
)
def test_only_http_and_https_urls_are_kept(raw: str) -> None:
    assert normalize_url(raw) is None


def test_relative_links_resolve_against_the_page() -> None:
    assert normalize_url("../b.html", base="https://example.com/news/a/") == (
        "https://example.com/news/b.html"
    )


def test_host_and_site_keys() -> None:
    assert host_key("https://www.example.com:8443/x") == "https://www.example.com:8443"
    assert site_of("https://www.example.com/x") == "example.com"
    assert same_site("https://news.example.com/a", "example.com")
    assert not same_site("https://example.com.evil.org/a", "example.com")


@given(
    st.text(max_size=60), st.sampled_from(["http://a.example/", "https://B.example:443/x/y?q=1"])
)
def test_normal_form_is_stable(raw: str, base: str) -> None:
    once = normalize_url(raw, base=base)
    if once is not None:
        assert normalize_url(once) == once
        assert once.startswith(("http://", "https://"))
