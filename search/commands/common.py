"""What several commands share: reading a publication date given on the command line."""

from __future__ import annotations

import datetime as dt

from crawler.errors import InputError

__all__ = ["published_date"]


def published_date(date: str | None) -> dt.datetime | None:
    """``--date YYYY-MM-DD`` as a tz-aware datetime (midnight UTC); None when not given."""
    if date is None:
        return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        raise InputError(f"--date {date!r}: not a date; give it as YYYY-MM-DD") from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
