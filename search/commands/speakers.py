"""``statements speakers [NAME]`` and ``statements speakers import FILE...``.

Without NAME: every quoted speaker with their statement count (``--all`` adds registered
speakers nobody has quoted yet). With NAME: the speakers it could mean, in full. ``import``
loads congress-legislators YAML files so speakers get party, office and external ids.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from indexer import StatementIndex
from indexer.legislators import check_legislators_file, import_legislators
from indexer.stats import SpeakerSummary
from search.api import open_index
from search.commands.common import output_format_option

__all__ = ["speakers"]


@click.command()
@click.argument("words", nargs=-1, metavar="[NAME | import FILE...]")
@click.option("--all", "show_all", is_flag=True, help="Also list speakers with no statements.")
@output_format_option("text", "json")
@click.pass_obj
def speakers(index_dir: Path, words: tuple[str, ...], show_all: bool, output_format: str) -> None:
    """List speakers, show the ones NAME could mean, or import a list of politicians.

    \b
    statements speakers                  quoted speakers, most quoted first
    statements speakers hegseth          the speakers 'hegseth' could mean
    statements speakers import FILE...   congress-legislators YAML (party, office, ids)
    """
    if words and words[0] == "import":
        _import(index_dir, words[1:])
        return
    name = " ".join(words) or None
    with open_index(index_dir) as index:
        summaries = index.speakers(name)
    if name is None and not show_all:
        summaries = tuple(s for s in summaries if s.statements)
    if output_format == "json":
        click.echo(json.dumps([_json(s) for s in summaries], ensure_ascii=False, indent=2))
    elif name is None:
        click.echo(_table(summaries))
    else:
        click.echo("\n\n".join(_details(s) for s in summaries))


def _import(index_dir: Path, files: tuple[str, ...]) -> None:
    if not files:
        raise click.UsageError("give the YAML file(s) to import: statements speakers import FILE")
    for file in files:  # before the index is created: a typo must leave nothing behind
        check_legislators_file(Path(file))
    with StatementIndex.open(index_dir, create=True) as store:
        store.lock()
        before = len(store.registry)
        for file in files:
            count = import_legislators(store.registry, Path(file))
            click.echo(f"{file}: {count} people read")
        click.echo(f"{len(store.registry) - before} new speakers; {len(store.registry)} in all")


def _table(summaries: tuple[SpeakerSummary, ...]) -> str:
    if not summaries:
        return "No speakers yet; index some articles with `statements index PATH...`."
    width = max(len(s.speaker.name) for s in summaries)
    lines = []
    for summary in summaries:
        speaker = summary.speaker
        extra = ", ".join(part for part in (speaker.party, speaker.role) if part)
        lines.append(f"{speaker.name:<{width}}  {summary.statements:>6}  {extra}".rstrip())
    return "\n".join(lines)


def _details(summary: SpeakerSummary) -> str:
    speaker = summary.speaker
    rows = [
        ("id", speaker.id),
        ("statements", str(summary.statements)),
        ("aliases", ", ".join(speaker.aliases)),
        ("party", speaker.party or ""),
        ("role", speaker.role or ""),
        ("country", speaker.country or ""),
        ("ids", ", ".join(f"{k}:{v}" for k, v in speaker.external_ids)),
    ]
    return "\n".join([speaker.name] + [f"  {key:<10}  {value}" for key, value in rows if value])


def _json(summary: SpeakerSummary) -> dict[str, object]:
    speaker = summary.speaker
    return {
        "id": speaker.id,
        "name": speaker.name,
        "statements": summary.statements,
        "aliases": list(speaker.aliases),
        "party": speaker.party,
        "role": speaker.role,
        "country": speaker.country,
        "external_ids": dict(speaker.external_ids),
    }
