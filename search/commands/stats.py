"""``statements stats``: what the index holds."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from search.api import open_index
from search.commands.common import output_format_option

__all__ = ["stats"]


@click.command()
@output_format_option("text", "json")
@click.pass_obj
def stats(index_dir: Path, output_format: str) -> None:
    """Show statements, speakers, outlets, date span and size of the index."""
    with open_index(index_dir) as index:
        figures = index.stats()
    if output_format == "json":
        values = dataclasses.asdict(figures)
        values["outlets"] = list(figures.outlets)
        for key in ("first_date", "last_date"):
            values[key] = values[key].isoformat() if values[key] else None
        click.echo(json.dumps(values, ensure_ascii=False, indent=2))
        return
    span = (
        f"{figures.first_date} to {figures.last_date}"
        if figures.first_date and figures.last_date
        else "unknown"
    )
    outlets = ", ".join(figures.outlets[:10]) + (", ..." if len(figures.outlets) > 10 else "")
    rows = [
        ("index", figures.path),
        ("statements", f"{figures.statements:,}"),
        ("speakers", f"{figures.speakers:,} quoted ({figures.registered_speakers:,} registered)"),
        ("outlets", f"{len(figures.outlets):,}" + (f": {outlets}" if outlets else "")),
        ("dates", span),
        ("size", _size(figures.size_bytes)),
    ]
    click.echo("\n".join(f"{key:<10}  {value}" for key, value in rows))


def _size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1000
    return f"{size} bytes"
