"""The search options, checked once: the API keyword arguments and the CLI options alike.

Every field of :class:`SearchOptions` is a keyword argument of ``Index.search`` and an option of
``statements search`` with the same name and the same default.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from crawler.errors import QueryError

__all__ = [
    "FACETS",
    "KINDS",
    "SORTS",
    "SearchOptions",
    "period_end",
    "period_start",
    "values",
]

SORTS = ("relevance", "newest", "oldest")
FACETS = ("speaker", "outlet", "party", "month")
KINDS = ("direct", "partial")

DateLike = str | dt.date | None
Values = str | Sequence[str] | None

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, slots=True)
class SearchOptions:
    """Filters, order, page and facets of one search (repeatable filters are OR-ed)."""

    speaker: tuple[str, ...] = ()
    party: tuple[str, ...] = ()
    outlet: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    kind: str | None = None
    sort: str = "relevance"
    facets: tuple[str, ...] = ()
    limit: int = 10
    offset: int = 0

    @classmethod
    def checked(
        cls,
        *,
        speaker: Values = (),
        party: Values = (),
        outlet: Values = (),
        since: DateLike = None,
        until: DateLike = None,
        kind: str | None = None,
        sort: str = "relevance",
        facets: Values = (),
        limit: int = 10,
        offset: int = 0,
    ) -> SearchOptions:
        """Options from user values; a QueryError names the first bad one."""
        _check_choice("sort", sort, SORTS)
        if kind is not None:
            _check_choice("kind", kind, KINDS)
        for facet in values(facets):
            _check_choice("facet", facet, FACETS)
        if limit < 1 or offset < 0:
            raise QueryError(
                f"--limit must be 1 or more and --offset 0 or more (got {limit}, {offset})"
            )
        start, end = period_start(since, "since"), period_end(until, "until")
        if start and end and start > end:
            raise QueryError(f"--since {start} is after --until {end}; swap them")
        return cls(
            speaker=values(speaker),
            party=values(party),
            outlet=values(outlet),
            since=start,
            until=end,
            kind=kind,
            sort=sort,
            facets=tuple(dict.fromkeys(values(facets))),
            limit=limit,
            offset=offset,
        )


def values(given: Values) -> tuple[str, ...]:
    """One value or several as a tuple of non-empty strings."""
    if given is None:
        return ()
    items = (given,) if isinstance(given, str) else tuple(given)
    return tuple(item.strip() for item in items if item.strip())


def period_start(value: DateLike, option: str) -> dt.date | None:
    """The first day of "2025", "2025-03" or "2025-03-24" (a date is kept as it is)."""
    parsed = _period(value, option)
    return parsed[0] if parsed else None


def period_end(value: DateLike, option: str) -> dt.date | None:
    """The last day of "2025", "2025-03" or "2025-03-24" (a date is kept as it is)."""
    parsed = _period(value, option)
    return parsed[1] if parsed else None


def _period(value: DateLike, option: str) -> tuple[dt.date, dt.date] | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    match = _PERIOD.match(value.strip())
    try:
        if not match:
            raise ValueError
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            return dt.date(year, month, 1), dt.date(
                year, month, calendar.monthrange(year, month)[1]
            )
        return dt.date(year, month, day), dt.date(year, month, day)
    except ValueError:
        raise QueryError(
            f"{option} '{value}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None


def _check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise QueryError(f"{option} '{value}' is not one of: {', '.join(choices)}")
