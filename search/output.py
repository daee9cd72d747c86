"""Search results as text (for a terminal), JSON, JSON Lines and CSV.

Text is aligned, with matches highlighted and speakers coloured when ``color`` is on (a
terminal); plain when piped. JSON is one object ``{"total", "hits", "facets"}``; JSON Lines one
hit per line; CSV a header row then one row per hit (RFC 4180 quoting), made for spreadsheets:
it starts with a UTF-8 byte-order mark (without it Excel reads UTF-8 as a legacy code page and
garbles accents), and a cell that a spreadsheet would run as a formula (starting with = + - @,
a tab or a carriage return) gets a leading ``'`` (OWASP's advice against CSV injection).
Scripts that want the words untouched read ``--format jsonl``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import click

from search.hits import MARK_CLOSE, MARK_OPEN
from search.results import Hit, SearchResult, Source

__all__ = [
    "CSV_BOM",
    "CSV_COLUMNS",
    "FORMATS",
    "csv_cell",
    "format_result",
    "hit_json",
    "result_json",
]

FORMATS = ("text", "json", "jsonl", "csv")
CSV_COLUMNS = (
    "rank",
    "score",
    "date",
    "speakers",
    "text",
    "kind",
    "outlet",
    "url",
    "title",
    "context",
    "sources",
)
CONTEXT_CHARS = 160
MORE_SOURCES = 3  # other sources listed under a hit in text output
#: starts the csv output: spreadsheets then read it as UTF-8
CSV_BOM = "\ufeff"
#: a cell starting with one of these is a formula to a spreadsheet
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MARKED = re.compile(re.escape(MARK_OPEN) + "(.*?)" + re.escape(MARK_CLOSE), re.S)


def format_result(result: SearchResult, output_format: str, *, color: bool = False) -> str:
    """The whole output of one search in ``output_format`` (one of :data:`FORMATS`)."""
    if output_format == "json":
        return json.dumps(result_json(result), ensure_ascii=False, indent=2) + "\n"
    if output_format == "jsonl":
        return "".join(json.dumps(hit_json(h), ensure_ascii=False) + "\n" for h in result.hits)
    if output_format == "csv":
        return _csv(result)
    return _text(result, color=color)


def result_json(result: SearchResult) -> dict[str, Any]:
    """``{"total": N, "hits": [...], "facets": {"speaker": [{"value", "count"}, ...]}}``."""
    return {
        "total": result.total,
        "hits": [hit_json(hit) for hit in result.hits],
        "facets": {
            name: [{"value": f.value, "count": f.count} for f in counts]
            for name, counts in result.facets
        },
    }


def hit_json(hit: Hit) -> dict[str, Any]:
    """One hit as a JSON object; ``sources`` lists every report, earliest first."""
    statement = hit.statement
    return {
        "text": statement.text,
        "speakers": list(statement.speakers),
        "speaker_ids": list(statement.speaker_ids),
        "date": _iso(statement.date),
        "outlet": statement.outlet,
        "url": statement.url,
        "title": statement.title,
        "kind": statement.kind,
        "score": round(hit.score, 4),
        "rank": hit.rank,
        "snippet": hit.snippet,
        "context": statement.context,
        "cue": statement.cue,
        "venue": statement.venue,
        "id": statement.id,
        "sources": [
            {
                "outlet": s.outlet,
                "url": s.url,
                "date": _iso(s.date),
                "title": s.title,
                "source": s.source or None,
            }
            for s in hit.sources
        ],
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


# -- csv --------------------------------------------------------------------------------


def _csv(result: SearchResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for hit in result.hits:
        statement = hit.statement
        words = [
            _iso(statement.date) or "",
            "; ".join(statement.speakers),
            statement.text,
            statement.kind,
            statement.outlet or "",
            statement.url or "",
            statement.title or "",
            statement.context,
            "; ".join(_source_line(s) for s in hit.sources),
        ]
        writer.writerow([hit.rank, f"{hit.score:.4f}", *map(csv_cell, words)])
    return CSV_BOM + buffer.getvalue()


def csv_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it and never runs it: ``'`` before a formula start."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _source_line(source: Source) -> str:
    parts = (source.outlet, source.url or source.source, _iso(source.date))
    return " ".join(part for part in parts if part) or "unknown source"


# -- text -------------------------------------------------------------------------------


def _text(result: SearchResult, *, color: bool) -> str:
    shown = len(result.hits)
    first = result.hits[0].rank if result.hits else 0
    if result.total == 0:
        lines = ["No statements match."]
    elif shown == result.total:
        lines = [f"{result.total} statement{'s' if result.total != 1 else ''} match."]
    elif shown:
        lines = [f"{result.total} statements match; showing {first}-{first + shown - 1}."]
    else:
        lines = [f"{result.total} statements match; none on this page."]
    width = len(str(first + shown - 1)) if shown else 1
    for hit in result.hits:
        lines += ["", *_text_hit(hit, width, color=color)]
    for name, counts in result.facets:
        lines += ["", *_text_facet(name, counts, color=color)]
    return "\n".join(lines) + "\n"


def _text_hit(hit: Hit, width: int, *, color: bool) -> list[str]:
    statement = hit.statement
    indent = " " * (width + 2)
    quote = _MARKED.sub(
        (lambda m: click.style(m.group(1), fg="yellow", bold=True)) if color else r"\1",
        hit.snippet or statement.text,
    )
    speakers = " and ".join(statement.speakers) or "speaker unknown"
    first = hit.sources[0] if hit.sources else None
    where = (first.outlet or first.url) if first else None
    meta = [
        _iso(statement.date) or "date unknown",
        where or statement.source or "source unknown",
    ]
    lines = [
        f"{hit.rank:>{width}}. \u201c{quote}\u201d",
        f"{indent}{_style(speakers, color, fg='cyan', bold=True)}  "
        + _style(" \u00b7 ".join(meta), color, dim=True),
    ]
    context = " ".join(statement.context.split())
    if context and context != statement.text:
        short = context if len(context) <= CONTEXT_CHARS else context[: CONTEXT_CHARS - 3] + "..."
        lines.append(f"{indent}{_style(short, color, dim=True)}")
    others = hit.sources[1:]
    for source in others[:MORE_SOURCES]:
        lines.append(f"{indent}also: {_source_line(source)}")
    if len(others) > MORE_SOURCES:
        lines.append(
            f"{indent}and {len(others) - MORE_SOURCES} more sources (--format json lists all)"
        )
    return lines


def _text_facet(name: str, counts: Any, *, color: bool) -> list[str]:
    if not counts:
        return [f"{_style(name, color, bold=True)}: none"]
    widest = max(len(f.value) for f in counts)
    return [_style(name, color, bold=True)] + [
        f"  {f.value:<{widest}}  {f.count:>6}" for f in counts
    ]


def _style(text: str, color: bool, **styles: Any) -> str:
    return click.style(text, **styles) if color else text
