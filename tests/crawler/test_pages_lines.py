"""Page furniture lines are dropped; sentences of a story are kept."""

from __future__ import annotations

import pytest

from crawler.pages.lines import is_boilerplate_line


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Share this article",
        "HIDE CAPTION",
        "12",
        "By Jane Ferris",
        "By: CNN Wire",
        "Published March 4, 2025 at 8:30 am",
        "Submitted on Mon, 2019-01-21 13:49",
        "Patricio Candia | Palma de Mallorca | 08/01/2014",
        "\u00a9 2025 The Westminster Ledger. All rights reserved.",
        "Facebook https://fb.me/westminsterledger",
        "Healey pledges support for Ukraine",  # the headline again
    ],
)
def test_furniture(line: str) -> None:
    assert is_boilerplate_line(line, title="Healey pledges support for Ukraine")


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, the ministry will have spent more than planned.",
        "He added:",
        "The vote is set for 2025-03-04.",
        '"We will stand with Ukraine," Healey said on 4 March 2025.',
        "The report is at https://gov.example/report and runs to 300 pages, officials said.",
        "Share prices fell by 3% after the announcement.",
    ],
)
def test_story_sentences(line: str) -> None:
    assert not is_boilerplate_line(line, title="Healey pledges support for Ukraine")
