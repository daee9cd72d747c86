"""Property tests: extraction never crashes, and offsets always point at the quoted words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.models import Article
from crawler.quotes import extract_statements

#: text made of the pieces that matter to the extractor: marks, names, cues, punctuation
PIECES = st.sampled_from(
    [
        "'",
        '"',
        "\u2018",
        "\u2019",
        "\u201c",
        "\u201d",
        "''",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "\u2014",
        "(",
        ")",
        "said",
        "told",
        "Mr",
        "Sen.",
        "he",
        "she",
        "they",
        "the senator",
        "Orla Finch",
        "Finch",
        "We're",
        "voters'",
        "according to",
        "Times Radio",
        "A",
        "x",
        "yesterday",
        "on Monday",
        "Prime Minister's spokesperson",
        "and",
        "\u2015",
        "RAMOS: ",
        "- Orla Finch.",
        "pressed",
        ", R-Ohio,",
        "DECATUR, Ill. \u2014 ",
        ", saying",
        "Setting",
        "co-founder",
        "Florida-based",
        "Israel",
        "Hammers",
        "issued the following statement:",
        "Marion",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_extraction_never_crashes_and_offsets_point_at_the_words(text: str) -> None:
    for statement in extract_statements(Article(text=text, source="prop.txt")):
        assert 0 <= statement.start < statement.end <= len(text)
        assert text[statement.start : statement.end] == statement.text
        assert statement.text == statement.text.strip()
        assert statement.kind in ("direct", "partial")
        assert all(speaker for speaker in statement.speakers)
