"""What several commands share: the ``--format`` output option and a ``--date`` reader."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import click

from crawler.errors import InputError

__all__ = ["output_format_option", "published_date"]

F = TypeVar("F", bound=Callable[..., Any])


def output_format_option(*choices: str, help: str = "Output format.") -> Callable[[F], F]:
    """``--format`` (the parameter ``output_format``), the first choice by default."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help=help,
    )


def published_date(date: str | None) -> dt.datetime | None:
    """``--date YYYY-MM-DD`` as a tz-aware datetime (midnight UTC); None when not given."""
    if date is None:
        return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        raise InputError(f"--date {date!r}: not a date; give it as YYYY-MM-DD") from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
