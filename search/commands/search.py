"""``statements search QUERY``: ranked statements, filtered, sorted, paged, with facets.

Every option is a keyword argument of :meth:`search.Index.search` with the same name and
default; this body only parses, calls the library and formats.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from search.api import open_index
from search.commands.common import output_format_option
from search.options import FACETS, KINDS, SORTS, SearchOptions
from search.output import FORMATS, format_result

__all__ = ["search"]

DEFAULTS = SearchOptions()


@click.command()
@click.argument("query")
@click.option(
    "--speaker",
    multiple=True,
    default=DEFAULTS.speaker,
    help="Said by this speaker (any alias; repeat for any of several).",
)
@click.option(
    "--party",
    multiple=True,
    default=DEFAULTS.party,
    help="Said by a speaker of this party (repeatable).",
)
@click.option(
    "--outlet", multiple=True, default=DEFAULTS.outlet, help="Reported by this outlet (repeatable)."
)
@click.option("--since", default=DEFAULTS.since, metavar="DATE", help="On or after YYYY[-MM[-DD]].")
@click.option(
    "--until", default=DEFAULTS.until, metavar="DATE", help="On or before YYYY[-MM[-DD]]."
)
@click.option(
    "--kind", type=click.Choice(KINDS), default=DEFAULTS.kind, help="Direct or partial quotes only."
)
@click.option(
    "--sort",
    type=click.Choice(SORTS),
    default=DEFAULTS.sort,
    show_default=True,
    help="Order of results.",
)
@click.option(
    "--facet",
    "--facets",
    "facets",
    type=click.Choice(FACETS),
    multiple=True,
    default=DEFAULTS.facets,
    help="Count matches per value (repeatable).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=DEFAULTS.limit,
    show_default=True,
    help="Results per page.",
)
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=DEFAULTS.offset,
    show_default=True,
    help="Results to skip.",
)
@output_format_option(*FORMATS)
@click.pass_obj
def search(
    index_dir: Path,
    query: str,
    speaker: tuple[str, ...],
    party: tuple[str, ...],
    outlet: tuple[str, ...],
    since: str | None,
    until: str | None,
    kind: str | None,
    sort: str,
    facets: tuple[str, ...],
    limit: int,
    offset: int,
    output_format: str,
) -> None:
    """Search the indexed statements for QUERY.

    \b
    QUERY: words (all must match), "exact phrase", "near words"~3, a OR b,
    NOT a / -a, (grouping), prefix*, fuzzy~, speaker:hegseth, party:democrat,
    outlet:bbc, kind:partial, date:2025-03..2025-04, from:2025-03, to:2025-04.

    \b
    Examples:
      statements search freeloaders --speaker hegseth
      statements search '"coalition of the willing"' --facet speaker
      statements search 'ukraine -russia' --since 2025-03 --sort newest --format csv
    """
    with open_index(index_dir) as index:
        result = index.search(
            query,
            speaker=speaker,
            party=party,
            outlet=outlet,
            since=since,
            until=until,
            kind=kind,
            sort=sort,
            facets=facets,
            limit=limit,
            offset=offset,
        )
    color = output_format == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    click.echo(format_result(result, output_format, color=color), nl=False, color=color)
