"""Link discovery: pages, announced feeds, sitemaps (plain, index, gzipped), RSS and Atom."""

from __future__ import annotations

import gzip
from typing import Any

from crawler.pages.document import parse_document
from crawler.web.archive import ArchivedResponse
from crawler.web.discover import (
    classify,
    feed_entries,
    page_links,
    robots_directives,
    sitemap_entries,
)

BASE = "https://news.example.com/politics/"


def response(body: bytes, ctype: str, url: str = BASE) -> ArchivedResponse:
    return ArchivedResponse(url, 200, (("Content-Type", ctype),), body)


def test_page_links_are_normalised_deduplicated_and_filtered() -> None:
    html = b"""<html><head>
      <link rel="alternate" type="application/atom+xml" href="/atom.xml">
      <link rel="stylesheet" href="/style.css"></head><body>
      <a href="story.html#comments">One</a> <a href="story.html">Again</a>
      <a href="/photo.JPG">Photo</a> <a href="mailto:x@example.com">Mail</a>
      <a href="https://other.example.org/?utm_source=a">Elsewhere</a>
      <a rel="nofollow" href="/login">Log in</a></body></html>"""
    found = page_links(parse_document(html), base=BASE)
    assert found.links == (
        "https://news.example.com/politics/story.html",
        "https://other.example.org/",
    )
    assert found.hubs == ("https://news.example.com/atom.xml",)


def test_a_base_tag_changes_where_relative_links_point() -> None:
    html = (
        b'<html><head><base href="https://cdn.example.com/x/"></head><body><a href="a.html">A</a>'
    )
    assert page_links(parse_document(html), base=BASE).links == (
        "https://cdn.example.com/x/a.html",
    )


def test_sitemap_pages_and_sitemap_index_children() -> None:
    urlset = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc> https://news.example.com/a.html </loc></url>
      <url><loc>https://news.example.com/b.pdf</loc></url></urlset>"""
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://news.example.com/sitemap-2025.xml.gz</loc></sitemap></sitemapindex>"""
    pages = sitemap_entries(response(gzip.compress(urlset), "application/x-gzip"))
    assert pages.links == ("https://news.example.com/a.html",)
    children = sitemap_entries(response(index, "text/xml"))
    assert children.hubs == ("https://news.example.com/sitemap-2025.xml.gz",)
    assert classify(response(index, "text/xml")) == "sitemap"


def test_rss_and_atom_entries() -> None:
    rss = b"""<rss version="2.0"><channel><title>T</title>
      <item><link>https://news.example.com/one.html</link></item>
      <item><link>/two.html?utm_medium=rss</link></item></channel></rss>"""
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>E</title><link href="https://news.example.com/three.html"/></entry></feed>"""
    assert feed_entries(response(rss, "application/rss+xml")).links == (
        "https://news.example.com/one.html",
        "https://news.example.com/two.html",
    )
    assert feed_entries(response(atom, "application/atom+xml")).links == (
        "https://news.example.com/three.html",
    )
    assert classify(response(rss, "application/xml")) == "feed"
    assert classify(response(atom, "application/atom+xml")) == "feed"


def test_broken_xml_yields_nothing_rather_than_failing() -> None:
    assert sitemap_entries(response(b"<urlset><url><loc>", "text/xml")).links == ()
    assert classify(response(b"%PDF-1.4", "application/pdf")) == "other"


def test_robots_directives_from_meta_and_header() -> None:
    meta = b'<html><head><meta name="ROBOTS" content="NoIndex, follow"></head></html>'
    assert robots_directives(parse_document(meta)) == {"noindex"}
    assert robots_directives(parse_document(b"<html></html>"), "none") == {"noindex", "nofollow"}
    assert robots_directives(parse_document(b"<html></html>")) == frozenset()


def test_a_gzipped_sitemap_is_unpacked_only_up_to_the_limit(monkeypatch: Any) -> None:
    import crawler.web.discover

    monkeypatch.setattr(crawler.web.discover, "MAX_UNPACKED_BYTES", 1000)
    xml = (
        b"<urlset><url><loc>https://news.example.com/a.html</loc></url>"
        + b" " * 5000  # a gzip bomb is this, a billion times over
        + b"<url><loc>https://news.example.com/b.html</loc></url></urlset>"
    )
    found = sitemap_entries(response(gzip.compress(xml), "application/gzip"))
    assert found.links == ("https://news.example.com/a.html",)
