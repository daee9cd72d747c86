"""``statements parse``: one JSON object per page, or a readable summary; bad paths reported."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from search.cli import main

SITE = Path(__file__).resolve().parent.parent / "fixtures" / "site"
HEALEY = SITE / "articles" / "healey-ukraine.html"
FEED_PAGE = SITE / "articles" / "from-feed.html"


def run(*args: str) -> object:
    return CliRunner().invoke(main, ["parse", *args])


def test_jsonl_prints_one_object_per_page() -> None:
    result = run("--format", "jsonl", str(HEALEY), str(FEED_PAGE))
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first == {
        "source": str(HEALEY),
        "url": None,
        "title": "Healey pledges support for Ukraine",
        "published": "2025-03-04T08:30:00+00:00",
        "authors": ["Jane Ferris", "Tom Okafor"],
        "outlet": "The Westminster Ledger",
        "text": (
            "The Defence Secretary, John Healey, has promised that Britain will keep supplying "
            "Ukraine with air defence systems throughout the year, despite pressure on the "
            "defence budget.\n\n"
            'Healey told Times Radio: "We will stand with Ukraine for as long as it takes, and '
            'our allies know it."\n\n'
            "He added that the government would set out its spending plans, including a new "
            "order of missiles, before the summer recess.\n\n"
            "Opposition MPs said the promise meant little without a clear timetable, and asked "
            "for a statement to the House of Commons."
        ),
    }
    assert second["title"] == "Minister defends school meals plan"
    assert second["published"] is None


def test_text_format_shows_the_metadata_then_the_body() -> None:
    result = run(str(FEED_PAGE))
    assert result.exit_code == 0
    assert result.output == (
        f"source: {FEED_PAGE}\n"
        "title: Minister defends school meals plan\n"
        "outlet: The Westminster Ledger\n"
        "language: en\n"
        "paragraphs: 2, captions: 0\n"
        "\n"
        "The education minister defended the plan to extend free school meals to every primary "
        "pupil in\nEngland from September.\n"
        "\n"
        '"No child should learn on an empty stomach," the minister said during a visit to a '
        "school in Leeds.\n"
        "\n\n"
    )


def test_a_bad_path_is_reported_and_the_rest_still_parsed(tmp_path: Path) -> None:
    result = run("--format", "jsonl", str(tmp_path / "missing.html"), str(FEED_PAGE))
    assert result.exit_code == 2
    assert f"error: {tmp_path / 'missing.html'}: no such file or directory" in result.stderr
    assert (
        json.loads(result.stdout.splitlines()[-1])["title"] == "Minister defends school meals plan"
    )


def test_parse_has_help() -> None:
    result = CliRunner().invoke(main, ["parse", "--help"])
    assert result.exit_code == 0
    assert "WARC" in result.output
