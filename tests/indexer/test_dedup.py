"""Dedup keys: the same speakers saying the same words, however they were typed."""

from __future__ import annotations

import pytest

from indexer import dedup_key, normalise_words


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("We're DONE -- now.", "were done now"),
        ("We\u2019re done \u2014 now!", "were done now"),
        ("Caf\u00e9 cr\u00e8me, s'il vous pla\u00eet", "cafe creme sil vous plait"),
        ("Cafe\u0301  \u2018cre\u0300me\u2019", "cafe creme"),
        ("\uff21\uff22 2.5", "ab 2 5"),
    ],
)
def test_normalise_words(text: str, normalised: str) -> None:
    assert normalise_words(text) == normalised


def test_accented_and_plain_spellings_of_the_same_words_share_a_key() -> None:
    assert dedup_key(["ann-lee"], "Caf\u00e9 cr\u00e8me.") == dedup_key(["ann-lee"], "cafe CREME")
    assert dedup_key(["ann-lee"], "cafe creme") != dedup_key(["bo-ray"], "cafe creme")
