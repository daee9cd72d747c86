"""Step 1 of body extraction: drop what is never body, set captions and pull-quotes apart.

Removed: scripts, styles, forms' controls, navigation, footers, figures and asides (their
quotes and captions kept apart), small page headers, hidden elements, and elements whose
class/id names boilerplate (ads, share bars, comments, related links, ...) unless they hold a
large share of the page's text (a layout wrapper called ``header`` or ``overlay``).
"""

from __future__ import annotations

import functools
import re

import lxml.etree
import lxml.html

__all__ = ["clean_body", "element_label", "normalise_space"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: tags never dropped for their class name: the page's frame, prose and in-body headings
#: ("subheader"); what is not body among them stays out of the chosen container
_NEVER_UNLIKELY = _words("html body article main a p h2 h3 h4 h5 h6")
_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "video", "audio", "map", "button", "input", "select", "textarea", "nav", "footer", "link",
    "meta", "dialog", "menu",
)  # fmt: skip
_UNLIKELY = re.compile(
    r"-ad-|\bads?\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|disqus|"
    r"extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
    r"skyscraper|social|sponsor|supplemental|agegate|pagination|pager|popup|modal|overlay|"
    r"share|sharing|newsletter|subscri|promo|recommend|outbrain|taboola|trending|popular|"
    r"signup|sign-up|toolbar|tags\b|byline|author|dateline|timestamp|more-stories|"
    r"read-more|readmore|also-read|next-article|jump|skip|print|masthead|login"
)
_COMMENTS = re.compile(r"comment|disqus|replies|respond", re.IGNORECASE)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow|story|entry|post-?text")
#: elements that may be captions, pull-quotes or asides (document order)
_SET_APART = lxml.etree.XPath(
    ".//figure | .//figcaption | .//aside | .//header | .//*[@class or @id]"
    "[self::div or self::p or self::span or self::blockquote or self::section]"
)
#: elements that may be hidden or named like boilerplate
_LABELLED = lxml.etree.XPath(".//*[@class or @id or @hidden or @style]")
_CAPTION = re.compile(r"(?:^|[\s_-])(?:wp-)?caption(?:-text)?s?(?:$|[\s_-])", re.IGNORECASE)
_PULL_QUOTE = re.compile(r"pull-?quote|quote-?pull|pullout|pull-out", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CAPTION_MAX = 600


def element_label(element: lxml.html.HtmlElement) -> str:
    """The element's class and id, as one string."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


def normalise_space(text: str) -> str:
    """Runs of whitespace as one space, trimmed."""
    return " ".join(text.split())


def _take_apart(element: lxml.html.HtmlElement, captions: list[str]) -> None:
    text = normalise_space(element.text_content())
    if text and text not in captions:
        captions.append(text)
    element.drop_tree()


def _is_short(element: lxml.html.HtmlElement) -> bool:
    """Short enough to be a caption or pull-quote (a class like ``caption-enabled`` on the
    article's wrapper must not carry the whole body off)."""
    return len(element.text_content()) <= _CAPTION_MAX


def _is_small_header(element: lxml.html.HtmlElement) -> bool:
    return element.tag == "header" and len(element.text_content()) < 1000


def _is_hidden(element: lxml.html.HtmlElement) -> bool:
    return element.get("hidden") is not None or bool(
        _HIDDEN_STYLE.search(element.get("style") or "")
    )


def _is_unlikely(element: lxml.html.HtmlElement) -> bool:
    label = element_label(element)
    if not label or element.tag in _NEVER_UNLIKELY:
        return False
    if element.get("itemprop") == "articleBody":
        return False
    return _sounds_unlikely(label)


@functools.lru_cache(maxsize=4096)
def _sounds_unlikely(label: str) -> bool:
    """Cached: pages repeat the same class names thousands of times (the patterns are
    lower-case and case-sensitive: several times faster than IGNORECASE alternations)."""
    label = label.lower()
    return bool(_UNLIKELY.search(label)) and not _MAYBE.search(label)


@functools.lru_cache(maxsize=4096)
def _sounds_set_apart(label: str) -> bool:
    return bool(_CAPTION.search(label) or _PULL_QUOTE.search(label))


def _drop_unlikely(body: lxml.html.HtmlElement) -> None:
    """Drop hidden elements and those whose class/id says boilerplate, unless they hold a large
    share of the page's text (a layout wrapper called ``header`` or ``overlay``)."""
    page_chars = max(len(body.text_content()), 1)
    for element in _LABELLED(body):
        if element.getparent() is None:
            continue
        if _is_hidden(element):
            element.drop_tree()
        elif _is_unlikely(element):
            share = len(element.text_content()) / page_chars
            if share < 0.3 or _COMMENTS.search(element_label(element)):
                element.drop_tree()


def clean_body(body: lxml.html.HtmlElement, *, strip_unlikely: bool) -> list[str]:
    """Remove non-body elements in place; return the captions and pull-quotes."""
    captions: list[str] = []
    for element in list(body.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in _SET_APART(body):
        if element.getparent() is None:
            continue
        label = element_label(element)
        if element.tag == "figcaption" or (_sounds_set_apart(label) and _is_short(element)):
            _take_apart(element, captions)
        elif element.tag == "aside":
            for quote in element.iter("blockquote", "q"):
                captions.append(normalise_space(quote.text_content()))
            element.drop_tree()
        elif element.tag == "figure" or _is_small_header(element):
            element.drop_tree()
    if strip_unlikely:
        _drop_unlikely(body)
    return [caption for caption in captions if caption]
