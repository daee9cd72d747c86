"""Quoted transcript turns go to the person the label names."""

from __future__ import annotations

from crawler.models import Article
from crawler.quotes import extract_statements


def test_a_quoted_turn_belongs_to_the_labelled_speaker_by_full_name() -> None:
    text = (
        "Moderator Ida Marsh pressed Senator Amos Reed on the budget.\n\n"
        "\u201cMARSH: Senator, did you vote for it?\n\n"
        "\u201cREED: I voted against it, and I would again.\n\n"
        "\u201cVIDEO: The bill passed by one vote.\u201d\n"
    )
    got = [(s.text, s.speakers, s.mention) for s in extract_statements(Article(text=text))]
    assert got == [
        ("Senator, did you vote for it?", ("Ida Marsh",), "MARSH"),
        ("I voted against it, and I would again.", ("Amos Reed",), "REED"),
    ]
