"""The article body: paragraphs in reading order, boilerplate out, captions and pull-quotes apart.

A readability-style extractor on lxml, in numbered steps:
1. drop what is never body (scripts, forms' controls, navigation, hidden elements, ads, share
   bars, comments, related links: by tag and by class/id), keeping captions and pull-quotes
   apart (``clean``);
2. cut the page into text blocks (runs of inline text between block-level tags or ``<br>``),
   each with its owner element and how much of it is link text;
3. score containers by the paragraphs they hold (length, commas) and their class names, weighed
   down by link density; pick the best, promote a shared ancestor, add strong siblings;
4. keep the blocks inside the chosen containers, minus link lists and boilerplate lines
   (``lines``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from crawler.pages.clean import clean_body, normalise_space
from crawler.pages.lines import is_boilerplate_line

__all__ = ["BodyText", "extract_body"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BLOCK_TAGS = _words(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p "
    "pre section summary table tbody td tfoot th thead tr ul"
)
_PARAGRAPH_TAGS = _words("p pre td blockquote li dd dt h2 h3 h4 h5 h6 th")
_TAG_WEIGHT = {"div": 5, "article": 5, "main": 3, "section": 2, "pre": 3, "td": 3,
               "blockquote": 3, "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3,
               "li": -3, "form": -3, "h1": -5, "h2": -5, "h3": -5, "h4": -5, "th": -5}  # fmt: skip
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|"
    r"footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
    r"skyscraper|sponsor|shopping|tags|tool|widget|caption|credit|newsletter|recommend",
    re.IGNORECASE,
)
_COMMAS = re.compile("[,\uff0c\u3001\u060c]")  # Latin, CJK, ideographic, Arabic
_WORD = re.compile(r"\w")
_MIN_BLOCK = 25
_ANCESTOR_DIVIDERS = (1, 2, 6, 9, 12)


@dataclass(frozen=True, slots=True)
class BodyText:
    """The extracted body paragraphs and, apart, the captions and pull-quotes."""

    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]


@dataclass(slots=True)
class _Block:
    owner: lxml.html.HtmlElement
    text: str
    link_chars: int

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


@dataclass(slots=True)
class _Stats:
    chars: int = 0
    link_chars: int = 0
    score: float = 0.0
    scored: bool = False
    children: list[lxml.html.HtmlElement] = field(default_factory=list)


# -- step 2: text blocks ----------------------------------------------------------------------


def _blocks(body: lxml.html.HtmlElement) -> list[_Block]:
    """Step 2: runs of inline text between block boundaries, in document order."""
    blocks: list[_Block] = []
    owners = [body]
    parts: list[str] = []
    link_chars = 0
    in_link = 0

    def flush() -> None:
        nonlocal link_chars
        text = normalise_space("".join(parts))
        if text and _WORD.search(text):
            blocks.append(_Block(owners[-1], text, min(link_chars, len(text))))
        parts.clear()
        link_chars = 0

    def add(text: str | None) -> None:
        nonlocal link_chars
        if text:
            parts.append(text)
            if in_link:
                link_chars += len(text.strip())

    for event, element in lxml.etree.iterwalk(body, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if tag in _BLOCK_TAGS or tag == "br":
                flush()
                if tag != "br":
                    owners.append(element)
            in_link += tag == "a"
            add(element.text)
        else:
            in_link -= tag == "a"
            if tag in _BLOCK_TAGS:
                flush()
                owners.pop()
            if element is not body:
                add(element.tail)
    flush()
    return blocks


# -- step 3: scoring --------------------------------------------------------------------------


def _class_weight(element: lxml.html.HtmlElement) -> int:
    weight = 0
    for value in (element.get("class"), element.get("id")):
        if value:
            weight += 25 if _POSITIVE.search(value) else 0
            weight -= 25 if _NEGATIVE.search(value) else 0
    if element.get("itemprop") == "articleBody":
        weight += 50
    return weight


def _stats_for(
    stats: dict[lxml.html.HtmlElement, _Stats], element: lxml.html.HtmlElement
) -> _Stats:
    found = stats.get(element)
    if found is None:
        found = stats[element] = _Stats()
    return found


def _score(blocks: list[_Block]) -> dict[lxml.html.HtmlElement, _Stats]:
    """Step 3a: text and link totals for every ancestor; content scores for candidates."""
    stats: dict[lxml.html.HtmlElement, _Stats] = {}
    for block in blocks:
        element: lxml.html.HtmlElement | None = block.owner
        while element is not None:
            entry = _stats_for(stats, element)
            entry.chars += len(block.text)
            entry.link_chars += block.link_chars
            element = element.getparent()
    for block in blocks:
        if len(block.text) < _MIN_BLOCK or block.link_density > 0.5:
            continue
        points = 1 + len(_COMMAS.findall(block.text)) + min(len(block.text) // 100, 3)
        target = block.owner.getparent() if block.owner.tag in _PARAGRAPH_TAGS else block.owner
        for divider in _ANCESTOR_DIVIDERS:
            if target is None or not isinstance(target.tag, str):
                break
            entry = _stats_for(stats, target)
            if not entry.scored:
                entry.scored = True
                entry.score = _TAG_WEIGHT.get(target.tag, 0) + _class_weight(target)
            entry.score += points / divider
            target = target.getparent()
    for entry in stats.values():
        if entry.scored:
            entry.score *= 1 - entry.link_chars / max(entry.chars, 1)
    return stats


def _top_candidate(stats: dict[lxml.html.HtmlElement, _Stats]) -> lxml.html.HtmlElement | None:
    """Step 3b: the best container, promoted to an ancestor shared by close competitors."""
    ranked = sorted((e for e, s in stats.items() if s.scored), key=lambda e: -stats[e].score)
    if not ranked:
        return None
    top = ranked[0]
    close = [e for e in ranked[1:5] if stats[e].score >= 0.75 * stats[top].score]
    if len(close) >= 2:
        ancestors = list(top.iterancestors())
        for ancestor in ancestors:
            if sum(1 for e in close if ancestor in set(e.iterancestors())) >= 2:
                if ancestor.tag not in ("html",):
                    top = ancestor
                break
    last = stats[top].score
    for parent in top.iterancestors():
        if parent.tag in ("html",):
            break
        entry = stats.get(parent)
        if entry is None or not entry.scored:
            continue
        if entry.score < last / 3:
            break
        if entry.score > last:
            top = parent
            break
        last = entry.score
    while top.getparent() is not None and len(top.getparent()) == 1 and top.tag != "body":
        top = top.getparent()
    return top


def _strong_sibling(
    sibling: lxml.html.HtmlElement, entry: _Stats, top: lxml.html.HtmlElement, top_score: float
) -> bool:
    """A sibling of the top candidate that belongs to the article too (readability's rule)."""
    same_class = bool(sibling.get("class")) and sibling.get("class") == top.get("class")
    if entry.scored and entry.score + (top_score * 0.2 if same_class else 0) >= max(
        10.0, top_score * 0.2
    ):
        return True
    density = entry.link_chars / max(entry.chars, 1)
    if sibling.tag != "p":
        # a box holding a paragraph or two of plain prose (a lead set apart from the body)
        return entry.scored and entry.chars >= 100 and density == 0 and entry.score >= 5
    if entry.chars > 80:
        return density < 0.25
    return density == 0 and sibling.text_content().rstrip().endswith(".")


def _selected(
    top: lxml.html.HtmlElement, stats: dict[lxml.html.HtmlElement, _Stats]
) -> set[lxml.html.HtmlElement]:
    """Step 3c: the top candidate and its strong siblings."""
    parent = top.getparent()
    if parent is None:
        return {top}
    top_score = stats[top].score if top in stats else 0.0
    chosen = {top}
    for sibling in parent:
        candidate = sibling is not top and isinstance(sibling.tag, str) and sibling in stats
        if candidate and _strong_sibling(sibling, stats[sibling], top, top_score):
            chosen.add(sibling)
    return chosen


# -- step 4: paragraphs -----------------------------------------------------------------------


def _inside(
    element: lxml.html.HtmlElement,
    chosen: set[lxml.html.HtmlElement],
    cache: dict[lxml.html.HtmlElement, bool],
) -> bool:
    trail = []
    node: lxml.html.HtmlElement | None = element
    answer = False
    while node is not None:
        if node in cache:
            answer = cache[node]
            break
        if node in chosen:
            answer = True
            break
        trail.append(node)
        node = node.getparent()
    for visited in trail:
        cache[visited] = answer
    return answer


def _keep(block: _Block, title: str | None) -> bool:
    if block.owner.tag == "h1" or is_boilerplate_line(block.text, title=title):
        return False
    return not (block.link_density > 0.5 or (block.link_density > 0.25 and len(block.text) < 80))


def _paragraphs(
    blocks: list[_Block], chosen: set[lxml.html.HtmlElement], title: str | None
) -> Iterator[str]:
    cache: dict[lxml.html.HtmlElement, bool] = {}
    for block in blocks:
        if _inside(block.owner, chosen, cache) and _keep(block, title):
            yield block.text


def extract_body(
    root: lxml.html.HtmlElement, *, title: str | None = None, strip_unlikely: bool = True
) -> BodyText:
    """Body paragraphs and captions of a parsed page (the tree is modified in place).

    ``title`` (the headline) is dropped where the body repeats it. ``strip_unlikely=False``
    keeps elements whose class/id merely sounds like boilerplate: the
    second try for a page whose first try found (almost) nothing.
    """
    body = root.find("body")
    if body is None:
        return BodyText((), ())
    captions = clean_body(body, strip_unlikely=strip_unlikely)
    blocks = _blocks(body)
    stats = _score(blocks)
    top = _top_candidate(stats)
    chosen = _selected(top, stats) if top is not None else {body}
    paragraphs = list(dict.fromkeys(_paragraphs(blocks, chosen, title)))
    return BodyText(tuple(paragraphs), tuple(dict.fromkeys(captions)))
