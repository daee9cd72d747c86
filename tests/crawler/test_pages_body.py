"""Body extraction: paragraphs in order, boilerplate out, captions and pull-quotes apart."""

from __future__ import annotations

from crawler.pages import parse_html

P1 = "The committee met on Tuesday to discuss the budget, which has been delayed twice this year."
P2 = "Members said the delay had cost the council money, and asked for a full report by June."
P3 = "The chair promised an answer within a month, although she gave no details of the plan."
P4 = "A vote on the final figures is expected before the summer, according to officials."


def body_of(html: str) -> tuple[str, ...]:
    return parse_html(html).paragraphs


def test_navigation_ads_related_links_and_comments_are_left_out() -> None:
    html = f"""<html><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
      <div id="main"><div class="story-body">
        <p>{P1}</p>
        <div class="advert">Advertisement: cheap flights today, offers end soon.</div>
        <p>{P2}</p>
        <p>Advertisement</p>
        <ul class="related"><li><a href="/a">Council tax to rise by five per cent</a></li>
            <li><a href="/b">New mayor promises to fix potholes across the whole city</a></li></ul>
        <p>{P3}</p>
        <p><a href="/x">Read more about the budget</a> <a href="/y">and the council</a></p>
        <p>{P4}</p>
      </div>
      <div class="comments"><p>What a disgrace, this council never learns a thing.</p></div>
      </div>
      <footer><p>Copyright 2025 The Local Paper. All rights reserved, every single one.</p></footer>
    </body></html>"""
    assert body_of(html) == (P1, P2, P3, P4)


def test_captions_and_pull_quotes_are_kept_apart() -> None:
    html = f"""<html><body><article>
      <p>{P1}</p>
      <figure><img src="a.jpg"><figcaption>The chair, pictured in March.</figcaption></figure>
      <p>{P2}</p>
      <div class="image-caption">Councillors arrive for the meeting.</div>
      <blockquote class="pull-quote">"An answer within a month"</blockquote>
      <p>{P3}</p>
    </article></body></html>"""
    article = parse_html(html)
    assert article.paragraphs == (P1, P2, P3)
    assert article.captions == (
        "The chair, pictured in March.",
        "Councillors arrive for the meeting.",
        '"An answer within a month"',
    )


def test_line_breaks_separate_paragraphs_and_body_quotes_stay() -> None:
    html = f"""<html><body><div class="post-content">
      {P1}<br><br>{P2}<br>
      <blockquote><p>{P3}</p></blockquote>
    </div></body></html>"""
    assert body_of(html) == (P1, P2, P3)


def test_a_body_split_into_sibling_blocks_is_read_whole() -> None:
    html = f"""<html><body><main>
      <div class="body-chunk"><p>{P1}</p><p>{P2}</p></div>
      <div class="ad-rail"><p>Sponsored: the best mattress of 2025, chosen by experts.</p></div>
      <div class="body-chunk"><p>{P3}</p><p>{P4}</p></div>
    </main></body></html>"""
    assert body_of(html) == (P1, P2, P3, P4)


def test_a_wrapper_named_like_boilerplate_is_not_thrown_away() -> None:
    html = f"""<html><body><div id="header-wrapper"><div class="entry">
      <p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>
      <div id="sidebar"><p>Popular posts from this blog, updated every day.</p></div>
    </body></html>"""
    assert body_of(html) == (P1, P2, P3)


def test_json_ld_article_body_rescues_a_script_rendered_page() -> None:
    html = f"""<html><head><script type="application/ld+json">
      {{"@type": "NewsArticle", "articleBody": "{P1}\\n{P2}\\n\\n{P3}"}}</script></head>
      <body><div id="app"></div><noscript>Please enable JavaScript.</noscript></body></html>"""
    assert body_of(html) == (P1, P2, P3)


def test_headings_inside_the_body_stay_and_the_title_goes() -> None:
    html = f"""<html><body><article><h1>Budget delayed again</h1>
      <p>{P1}</p><h2>What happens next</h2><p>{P2}</p><p>{P3}</p></article></body></html>"""
    assert body_of(html) == (P1, "What happens next", P2, P3)


def test_json_ld_article_body_replaces_a_markup_body_that_misses_most_of_it() -> None:
    teaser = "Subscribe to read the full story about the committee and its long-delayed budget."
    html = f"""<html><head><script type="application/ld+json">
      {{"@type": "NewsArticle", "articleBody": "{P1}\\n{P2}\\n{P3}\\n{P4}"}}</script></head>
      <body><article><p>{teaser}</p><p>{P1}</p></article></body></html>"""
    assert body_of(html) == (P1, P2, P3, P4)


def test_a_markup_body_that_holds_the_json_ld_text_is_kept() -> None:
    html = f"""<html><head><script type="application/ld+json">
      {{"@type": "NewsArticle", "articleBody": "{P1} {P2}"}}</script></head>
      <body><article><p>{P1}</p><p>{P2}</p></article></body></html>"""
    assert body_of(html) == (P1, P2)


def test_a_wrapper_whose_class_mentions_captions_is_not_taken_for_one() -> None:
    html = f"""<html><body><div class="story captions-enabled">
      <p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p><p>{P1} {P2}</p><p>{P3} {P4}</p>
      <div class="caption">Short caption.</div></div></body></html>"""
    article = parse_html(html)
    assert article.paragraphs == (P1, P2, P3, P4, f"{P1} {P2}", f"{P3} {P4}")
    assert article.captions == ("Short caption.",)
