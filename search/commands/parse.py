"""``statements parse PATH...``: print the article parsed from each page, file or WARC record."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable
from pathlib import Path

import click

from crawler.errors import StatementsError
from crawler.models import Article
from crawler.sources import SkipHandler, read_articles
from search.cli import echo_error
from search.commands.common import output_format_option

__all__ = ["article_record", "parse"]


def article_record(source: str, article: Article) -> dict[str, object]:
    """The JSON object printed for one page (the contract score_pages.py reads)."""
    return {
        "source": source,
        "url": article.url,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "authors": list(article.authors),
        "outlet": article.outlet,
        "text": article.text,
    }


def _format_text(source: str, article: Article) -> str:
    fields = [
        ("source", source),
        ("url", article.url),
        ("title", article.title),
        ("published", article.published.isoformat() if article.published else None),
        ("authors", ", ".join(article.authors) or None),
        ("outlet", article.outlet),
        ("language", article.language),
    ]
    lines = [f"{name}: {value}" for name, value in fields if value]
    lines.append(f"paragraphs: {len(article.paragraphs)}, captions: {len(article.captions)}")
    lines.append("")
    lines.extend(textwrap.fill(paragraph, width=100) + "\n" for paragraph in article.paragraphs)
    return "\n".join(lines) + "\n"


def _parse_path(path: str, output_format: str, on_skip: SkipHandler) -> None:
    for article in read_articles([Path(path)], on_skip=on_skip):
        source = path if article.source == str(Path(path)) else article.source
        if output_format == "jsonl":
            click.echo(json.dumps(article_record(source, article), ensure_ascii=False))
        else:
            click.echo(_format_text(source, article))


def _parse_all(paths: Iterable[str], output_format: str) -> int:
    """Parse every path; a bad one (or a bad file in a folder) is reported on stderr and the
    rest still run."""
    worst = 0

    def report(error: StatementsError) -> None:
        nonlocal worst
        echo_error(str(error))
        worst = max(worst, error.exit_code)

    for path in paths:
        try:
            _parse_path(path, output_format, on_skip=report)
        except StatementsError as error:
            report(error)
    return worst


@click.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@output_format_option(
    "text", "jsonl", help="text for reading, jsonl for scripts (one JSON object per page)."
)
@click.pass_context
def parse(ctx: click.Context, paths: tuple[str, ...], output_format: str) -> None:
    """Print the article parsed from each page in PATHS: saved HTML pages, WARC archives
    (.warc, .warc.gz: every HTML response in them), text files, or directories of them.

    jsonl prints {"source", "url", "title", "published", "authors", "outlet", "text"} per page,
    where text is the body paragraphs separated by blank lines (captions and pull-quotes left
    out). A path (or a file in a folder) that cannot be read is reported on stderr; the others
    are still parsed, and the exit status is non-zero.
    """
    status = _parse_all(paths, output_format)
    if status:
        ctx.exit(status)
