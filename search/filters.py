"""Filters: speaker, party, outlet, kind and date values resolved into Whoosh queries.

A speaker name resolves through the registry's names and aliases ("hegseth" -> Pete Hegseth;
an unknown or ambiguous name is a SpeakerError naming candidates). A party means every speaker
of that party. An outlet matches exactly, else every known outlet containing the words given.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from crawler.errors import QueryError
from indexer import SpeakerRegistry, schema
from search.options import KINDS, SearchOptions

if TYPE_CHECKING:
    from whoosh.query import Query
    from whoosh.searching import Searcher

    from indexer.vocabulary import Vocabulary

__all__ = ["FilterResolver"]


class FilterResolver:
    """Resolves filter values against one index's registry and outlets, and word patterns
    against its written words (``vocabulary`` gives them, asked on the first pattern)."""

    def __init__(
        self,
        registry: SpeakerRegistry,
        searcher: Searcher,
        *,
        vocabulary: Callable[[], Vocabulary],
        outlet_names: Mapping[str, str] | None = None,
    ) -> None:
        self.registry = registry
        self.searcher = searcher
        self.outlet_names = dict(outlet_names or {})  # lower-cased -> as first written
        self._outlets: list[str] | None = None
        self._vocabulary = vocabulary

    def vocabulary(self) -> Vocabulary:
        """The index's written words (read by the index, once per commit it sees)."""
        return self._vocabulary()

    def field_query(self, field: str, value: str) -> Query:
        """The query for ``speaker:``, ``party:``, ``outlet:`` or ``kind:`` with ``value``."""
        if field == "speaker":
            return self.speaker_query((value,))
        if field == "party":
            return self.party_query((value,))
        if field == "outlet":
            return self.outlet_query((value,))
        return self.kind_query(value)

    def speaker_query(self, names: tuple[str, ...]) -> Query:
        """Statements by any of the named speakers."""
        ids = [self.registry.resolve(name).id for name in names]
        return _any_of(schema.SPEAKER_IDS, ids)

    def party_query(self, parties: tuple[str, ...]) -> Query:
        """Statements by any speaker of any of the parties."""
        ids: list[str] = []
        for party in parties:
            members = self.registry.with_party(party)
            if not members:
                known = (
                    ", ".join(self.registry.parties()) or "none yet (`statements speakers import`)"
                )
                raise QueryError(f"No speaker belongs to party '{party}'. Known parties: {known}")
            ids.extend(s.id for s in members)
        return _any_of(schema.SPEAKER_IDS, ids)

    def outlet_query(self, names: tuple[str, ...]) -> Query:
        """Statements reported by any outlet matching any of the names."""
        return _any_of(schema.OUTLET, [o for name in names for o in self._matching_outlets(name)])

    def kind_query(self, kind: str) -> Query:
        """Direct or partial quotes."""
        from whoosh.query import Term

        if kind.lower() not in KINDS:
            raise QueryError(f"kind '{kind}' is not one of: {', '.join(KINDS)}")
        return Term(schema.KIND, kind.lower())

    def options_filter(
        self, options: SearchOptions, since: dt.date | None, until: dt.date | None
    ) -> Query | None:
        """Every option's filter ANDed (with the query's own date range), or None."""
        from whoosh.query import And

        parts: list[Query] = []
        if options.speaker:
            parts.append(self.speaker_query(options.speaker))
        if options.party:
            parts.append(self.party_query(options.party))
        if options.outlet:
            parts.append(self.outlet_query(options.outlet))
        if options.kind:
            parts.append(self.kind_query(options.kind))
        for start, end in ((options.since, options.until), (since, until)):
            if start or end:
                parts.append(_date_query(start, end))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)

    def _matching_outlets(self, name: str) -> list[str]:
        wanted = " ".join(name.casefold().split())
        outlets = self._known_outlets()
        if wanted in outlets:
            return [wanted]
        partial = [o for o in outlets if wanted in o]
        if partial:
            return partial
        close = difflib.get_close_matches(wanted, outlets, n=3, cutoff=0.6)
        names = [self.outlet_names.get(outlet, outlet) for outlet in close]
        hint = f" Did you mean {' or '.join(names)}?" if names else ""
        raise QueryError(f"No outlet matches '{name}'.{hint} `statements stats` lists them.")

    def _known_outlets(self) -> list[str]:
        if self._outlets is None:
            self._outlets = [term.decode("utf-8") for term in self.searcher.lexicon(schema.OUTLET)]
        return self._outlets


def _any_of(field: str, terms: list[str]) -> Query:
    from whoosh.query import Or, Term

    unique = list(dict.fromkeys(terms))
    if len(unique) == 1:
        return Term(field, unique[0])
    return Or([Term(field, term) for term in unique])


def _date_query(start: dt.date | None, end: dt.date | None) -> Query:
    from whoosh.query import DateRange

    low = dt.datetime(start.year, start.month, start.day) if start else None
    high = dt.datetime(end.year, end.month, end.day, 23, 59, 59) if end else None
    return DateRange(schema.DATE, low, high)
