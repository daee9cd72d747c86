"""``statements extract PATH...``: print the statements found in files, without indexing them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path

import click

from crawler.errors import StatementsError
from crawler.models import Statement
from crawler.quotes import extract_statements
from crawler.sources import read_articles
from search.cli import echo_error
from search.commands.common import output_format_option, published_date

__all__ = ["extract", "statement_record"]


def statement_record(source: str, statement: Statement) -> dict[str, object]:
    """The JSON object printed for one statement (the contract score_quotes.py reads)."""
    return {
        "source": source,
        "start": statement.start,
        "end": statement.end,
        "text": statement.text,
        "speakers": list(statement.speakers),
        "kind": statement.kind,
        "cue": statement.cue,
        "mention": statement.mention,
        "venue": statement.venue,
        "date": statement.date.isoformat() if statement.date else None,
    }


def _format_text(source: str, statements: list[Statement]) -> str:
    lines = [f"== {source}: {len(statements)} statement{'s' if len(statements) != 1 else ''}"]
    for statement in statements:
        who = " and ".join(statement.speakers) or "(speaker unknown)"
        how = ", ".join(part for part in (statement.cue, statement.venue) if part)
        when = f" [{statement.date.isoformat()}]" if statement.date else ""
        lines.append(f"{who}{f' ({how})' if how else ''}{when}, {statement.kind}:")
        lines.append(f"  “{statement.text}”")
    return "\n".join(lines) + "\n"


def _print_file(source: str, statements: list[Statement], output_format: str) -> None:
    if output_format == "jsonl":
        text = "".join(
            json.dumps(statement_record(source, s), ensure_ascii=False) + "\n" for s in statements
        )
    else:
        text = _format_text(source, statements)
    click.echo(text, nl=False)


class _Failures:
    """Bad inputs met on the way: each reported on stderr at once; the worst exit code kept."""

    def __init__(self) -> None:
        self.exit_code = 0

    def report(self, error: StatementsError) -> None:
        echo_error(str(error))
        self.exit_code = max(self.exit_code, error.exit_code)


def _extract_path(
    path: str, published: dt.datetime | None, output_format: str, failures: _Failures
) -> None:
    articles = read_articles([Path(path)], published=published, on_skip=failures.report)
    for article in articles:
        source = path if article.source == str(Path(path)) else article.source
        _print_file(source, extract_statements(article), output_format)


def _extract_all(paths: Iterable[str], published: dt.datetime | None, output_format: str) -> int:
    """Extract every path; a bad file (named, or inside a folder) is reported on stderr and
    the rest still run."""
    failures = _Failures()
    for path in paths:
        try:
            _extract_path(path, published, output_format, failures)
        except StatementsError as error:
            failures.report(error)
    return failures.exit_code


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@output_format_option(
    "text", "jsonl", help="text for reading, jsonl for scripts (one JSON object per statement)."
)
@click.option("--date", default=None, help="Publication date of plain-text files (YYYY-MM-DD).")
@click.pass_context
def extract(
    ctx: click.Context, paths: tuple[str, ...], output_format: str, date: str | None
) -> None:
    """Print the statements (quotes and who said them) found in PATHS, without indexing them.

    Offsets in the jsonl output are character offsets into each file's decoded text. A file
    that cannot be read is reported on stderr; the others are still extracted, and the exit
    status is non-zero.
    """
    status = _extract_all(paths, published_date(date), output_format)
    if status:
        ctx.exit(status)
