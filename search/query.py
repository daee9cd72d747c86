"""The query language: one string, parsed into a Whoosh query plus a date range.

Syntax (words are ANDed by default; matching is case-insensitive and stemmed, so
``freeloaders`` also finds "freeloading")::

    word  "exact phrase"  "words near each other"~N  a OR b  NOT a  -a  (grouping)
    prefix*  fuzzy~  fuzzy~2  (fuzzy~N allows at most 2 typos)
    speaker:hegseth  speaker:"pete hegseth"  party:democrat  outlet:bbc  kind:partial
    date:2025-03  date:2025-03..2025-04  date:2025..  from:2025-03-01  to:2025-04

``date:``/``from:``/``to:`` narrow the whole query wherever they stand. Steps of
:func:`parse_query`:

1. refuse an empty query;
2. check quotes, parentheses, operators and field prefixes, pointing at the problem;
3. take the date prefixes out into a date range;
4. parse the rest with Whoosh's parser (words unstemmed at this point);
5. rewrite the tree: words and phrases stemmed into the ``text`` field; prefix*, wild?card and
   fuzzy~ words matched against the index's written words, each word found searched by its
   stem (so, as for any word, with its other forms); ``speaker:`` & co. resolved into
   filters; ``a NOT b`` as ``a -b`` (an AndNot: scored by ``a`` alone).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from crawler.errors import QueryError
from indexer import schema
from search.options import period_end, period_start

if TYPE_CHECKING:
    from whoosh.query import Query

    from indexer.vocabulary import Vocabulary

__all__ = ["FIELD_PREFIXES", "ParsedQuery", "Resolver", "parse_query"]

FILTER_FIELDS = ("speaker", "party", "outlet", "kind")
DATE_PREFIXES = ("date", "from", "to")
FIELD_PREFIXES = FILTER_FIELDS + DATE_PREFIXES
BINARY_OPERATORS = frozenset({"AND", "OR", "ANDNOT", "ANDMAYBE"})

#: what a matching ``speaker:``/``party:``/``outlet:``/``kind:`` adds to a score: next to nothing
#: (Whoosh's ConstantScoreQuery treats a score of 0.0 as "unset" and scores 1.0 instead)
FILTER_SCORE = 1e-9
#: fuzzy~N allows at most this many typos (more matches nearly every word, slowly)
MAX_TYPOS = 2
#: the term a pattern that matched no word searches for: no text holds it (words never
#: contain a space)
NO_WORD = " "

_QUOTED = re.compile(r'"[^"]*"(~\d+)?')
_PREFIX = re.compile(r"(?<![\w\"])([A-Za-z_]+):")
_DATE_TERM = re.compile(r"(?<![^\s(])(date|from|to):([^\s)]*)", re.IGNORECASE)
_EMPTY_GROUP = re.compile(r"\(\s*\)")
_TOKEN = re.compile(r'"[^"]*"(?:~\d+)?|[()]|[^\s()"]+')


class Resolver(Protocol):
    """Turns ``speaker:``, ``party:``, ``outlet:`` and ``kind:`` values into Whoosh queries."""

    def field_query(self, field: str, value: str) -> Query: ...

    def vocabulary(self) -> Vocabulary: ...


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A parsed query: the Whoosh query and the date range its date prefixes ask for."""

    query: Query
    since: dt.date | None = None
    until: dt.date | None = None


def parse_query(text: str, resolver: Resolver) -> ParsedQuery:
    """Parse one query string; a QueryError (with ``position``) points at what is wrong."""
    if not text.strip():  # 1.
        raise QueryError("the query is empty; give words to search for, e.g. freeloaders")
    _check_size(text)
    _check_syntax(text)  # 2.
    rest, since, until = _take_dates(text)  # 3.
    if not rest.strip() and (since or until):
        from whoosh.query import Every

        return ParsedQuery(Every(), since, until)
    tree = _parse(_lower_prefixes(rest), text)  # 4.
    query = _rewrite(tree, resolver)  # 5.
    if query is None or _is_null(query):
        raise QueryError(
            f"the query '{text}' has no words to search for; add a word or a phrase", query=text
        )
    return ParsedQuery(query, since, until)


# -- 2. syntax checks -------------------------------------------------------------------


#: Whoosh's parser slows down sharply on very long words (a 20,000-character word: seconds)
MAX_QUERY_CHARS = 2_000
MAX_WORD_CHARS = 100


def _check_size(text: str) -> None:
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is {len(text):,} characters long; keep it under {MAX_QUERY_CHARS:,}",
            query=text[:80],
        )
    longest = max(re.finditer(r"\S+", text), key=lambda m: m.end() - m.start())
    if longest.end() - longest.start() > MAX_WORD_CHARS:
        _fail(text, longest.start(), f"this word is over {MAX_WORD_CHARS} characters; shorten it")


def _check_syntax(text: str) -> None:
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    outside = _blank_spans(text, quoted)
    if '"' in outside:
        _fail(text, outside.index('"'), 'this quote mark is not closed; add the closing "')
    depth_opens: list[int] = []
    for position, char in enumerate(outside):
        if char == "(":
            depth_opens.append(position)
        elif char == ")":
            if not depth_opens:
                _fail(text, position, "this ')' closes nothing; remove it or add '('")
            depth_opens.pop()
    if depth_opens:
        _fail(text, depth_opens[-1], "this '(' is not closed; add ')'")
    for match in _PREFIX.finditer(outside):
        field, end = match.group(1), match.end()
        if field.lower() not in FIELD_PREFIXES:
            known = ", ".join(f"{f}:" for f in FIELD_PREFIXES)
            _fail(text, match.start(), f"unknown field '{field}:'; use one of {known}")
        if end >= len(text) or text[end].isspace() or text[end] == ")":
            _fail(text, match.start(), f"'{field}:' needs a value, e.g. {field}:{_example(field)}")
    _check_operators(text)


def _check_operators(text: str) -> None:
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text)]
    for index, (token, position) in enumerate(tokens):
        before = tokens[index - 1][0] if index else "("
        after = tokens[index + 1][0] if index + 1 < len(tokens) else ")"
        if token in BINARY_OPERATORS:
            if before == "(" or before in BINARY_OPERATORS or before == "NOT":
                _fail(text, position, f"'{token}' has nothing on its left")
            if after == ")" or after in BINARY_OPERATORS:
                _fail(text, position, f"'{token}' has nothing on its right")
        elif token == "NOT" and (after == ")" or after in BINARY_OPERATORS):
            _fail(text, position, "'NOT' has nothing after it")


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _example(field: str) -> str:
    return {"speaker": "hegseth", "party": "democrat", "outlet": "bbc", "kind": "direct"}.get(
        field.lower(), "2025-03"
    )


def _fail(text: str, position: int, problem: str) -> None:
    raise QueryError(
        f"bad query at character {position + 1}: {problem} (in: {text})",
        query=text,
        position=position,
    )


# -- 3. dates ---------------------------------------------------------------------------


def _take_dates(text: str) -> tuple[str, dt.date | None, dt.date | None]:
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    since: dt.date | None = None
    until: dt.date | None = None
    pieces: list[str] = []
    last = 0
    for match in _DATE_TERM.finditer(text):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        prefix, value = match.group(1).lower(), match.group(2)
        start, end = _date_range(prefix, value, text, match.start())
        since = max(filter(None, (since, start)), default=None)
        until = min(filter(None, (until, end)), default=None)
        pieces.append(text[last : match.start()])
        last = match.end()
    pieces.append(text[last:])
    rest = "".join(pieces)
    while _EMPTY_GROUP.search(rest):  # "(date:2025)" leaves "()" behind
        rest = _EMPTY_GROUP.sub(" ", rest)
    if since and until and since > until:
        _fail(text, 0, f"the dates ask for {since} to {until}, which is empty")
    return rest, since, until


def _date_range(
    prefix: str, value: str, text: str, position: int
) -> tuple[dt.date | None, dt.date | None]:
    try:
        if prefix == "from":
            return period_start(value, "from:"), None
        if prefix == "to":
            return None, period_end(value, "to:")
        low, dots, high = value.partition("..")
        if not dots:
            return period_start(low, "date:"), period_end(low, "date:")
        if not low and not high:
            raise QueryError("date:.. needs a start or an end")
        return period_start(low or None, "date:"), period_end(high or None, "date:")
    except QueryError as error:
        _fail(text, position, str(error))
        raise


# -- 4. parsing -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _parser() -> Any:
    from whoosh import fields, qparser

    words = schema.words_analyzer()
    parse_schema = fields.Schema(
        **{
            # "we're" and "U.S." are one phrase of their parts, not two separate words
            schema.TEXT: fields.TEXT(analyzer=words, phrase=True, multitoken_query="phrase"),
            **{name: fields.TEXT(analyzer=words, phrase=True) for name in FILTER_FIELDS},
        }
    )
    parser = qparser.QueryParser(schema.TEXT, parse_schema)
    for plugin in (
        qparser.SingleQuotePlugin,
        qparser.RangePlugin,
        qparser.BoostPlugin,
        qparser.EveryPlugin,
    ):
        parser.remove_plugin_class(plugin)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.PlusMinusPlugin())
    return parser


def _parse_plain(rest: str) -> Query | None:
    """The tree Whoosh's parser makes of plain words or one plain phrase, built directly
    from its term and phrase steps (its plugins cost ~0.1 ms a query); None for anything else."""
    if not _PLAIN.fullmatch(rest):
        return None
    from whoosh import query as q

    parser = _parser()
    if '"' in rest:
        inner = rest.strip()[1:-1]
        words = [t.text for t in parser.schema[schema.TEXT].tokenize(inner, mode="query")]
        query: Query = q.Phrase(schema.TEXT, words, slop=1)
        return query.normalize()
    words = rest.split()
    if not words or any(word.upper() in _OPERATOR_WORDS for word in words):
        return None
    parts = [parser.term_query(schema.TEXT, word, q.Term) for word in words]
    query = q.And([part for part in parts if part is not None])
    return query.normalize()


def _minus_in_groups_as_not(text: str) -> str:
    """``(europe -tax)`` as ``(europe NOT tax)``: Whoosh's minus works only outside
    parentheses (inside, its parser fails). A minus starts an exclusion where a word could
    start (after a space or an opening parenthesis) and a word, phrase or group follows;
    quoted phrases are left as they are."""
    out: list[str] = []
    depth, quoted = 0, False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "()":
            depth += 1 if char == "(" else -1
        elif not quoted and char == "-" and depth > 0:
            before = text[index - 1] if index else " "
            after = text[index + 1 : index + 2]
            if (before.isspace() or before == "(") and (after.isalnum() or after in '"('):
                out.append("NOT ")
                continue
        out.append(char)
    return "".join(out)


def _lower_prefixes(text: str) -> str:
    """``Speaker:Hegseth`` as ``speaker:Hegseth`` (field names are lower case)."""
    return _PREFIX.sub(lambda m: m.group(1).lower() + ":", text)


#: a query of words alone, or one quoted phrase of words: no operators, prefixes or marks
_PLAIN = re.compile(r'[\w\s]+|\s*"(?:\w|[^\S\n])+"\s*')  # a phrase is on one line
_OPERATOR_WORDS = frozenset(BINARY_OPERATORS | {"NOT"})


def _parse(rest: str, text: str) -> Query:
    plain = _parse_plain(rest)
    if plain is not None:
        return plain
    try:
        return _parser().parse(_minus_in_groups_as_not(rest))
    except Exception:  # Whoosh's parser fails in many ways on odd operator placement
        raise QueryError(
            f"cannot make sense of the query '{text}'; check where its operators "
            "(OR, NOT, -, parentheses) stand",
            query=text,
        ) from None


# -- 5. rewriting -----------------------------------------------------------------------


def _rewrite(node: Query, resolver: Resolver) -> Query | None:
    from whoosh import query as q

    if isinstance(node, (q.Term, q.Phrase)) and node.fieldname in FILTER_FIELDS:
        words = [node.text] if isinstance(node, q.Term) else node.words
        resolved = resolver.field_query(node.fieldname, " ".join(words))
        return q.ConstantScoreQuery(resolved, FILTER_SCORE)
    if getattr(node, "fieldname", None) in FILTER_FIELDS:
        field = node.fieldname
        raise QueryError(
            f"'{field}:' takes a name or a word, not a pattern, e.g. {field}:{_example(field)}"
        )
    if isinstance(node, q.Term):
        return _stemmed_words(node.text, boost=node.boost)
    if isinstance(node, q.Phrase):
        stems = [stem for word in node.words for stem in _stems(word)]
        return q.Phrase(schema.TEXT, stems, slop=node.slop, boost=node.boost)
    if isinstance(node, (q.FuzzyTerm, q.Prefix, q.Wildcard)):
        return _any_written_word(_written_words(node, resolver.vocabulary()), boost=node.boost)
    rewritten = node.apply(lambda child: _rewrite(child, resolver) or q.NullQuery)
    return _exclusions(rewritten) if isinstance(rewritten, q.And) else rewritten


def _exclusions(node: Query) -> Query:
    """``a b NOT c`` as ``(a b) ANDNOT c``, the same query as ``a b -c``.

    Whoosh would score the And's ``Not`` as 1.0 (so ``NOT c`` and ``-c`` ranked the same
    statements with different scores) and the retrieval core only evaluates AndNot.
    """
    from whoosh import query as q

    negatives = [child.query for child in node.subqueries if isinstance(child, q.Not)]
    positives = [child for child in node.subqueries if not isinstance(child, q.Not)]
    if not negatives or not positives or node.boost != 1.0:  # no boosts: BoostPlugin is off
        return node
    kept = positives[0] if len(positives) == 1 else q.And(positives)
    excluded = negatives[0] if len(negatives) == 1 else q.Or(negatives)
    return q.AndNot(kept, excluded)


def _written_words(node: Query, vocabulary: Vocabulary) -> list[str]:
    from whoosh import query as q

    if isinstance(node, q.FuzzyTerm):
        return vocabulary.near(node.text, min(node.maxdist, MAX_TYPOS), same_start=1)
    if isinstance(node, q.Prefix):
        return vocabulary.starting(node.text)
    return vocabulary.matching(node.text)


def _any_written_word(words: list[str], *, boost: float) -> Query:
    """Statements holding any of the words (by stem); none when no word matched."""
    from whoosh import query as q

    stems = sorted({stem for word in words for stem in _stems(word)})
    if not stems:
        return q.Term(schema.TEXT, NO_WORD)
    if len(stems) == 1:
        return q.Term(schema.TEXT, stems[0], boost=boost)
    return q.Or([q.Term(schema.TEXT, stem) for stem in stems], boost=boost)


def _stemmed_words(word: str, *, boost: float) -> Query:
    from whoosh import query as q

    stems = _stems(word)
    if len(stems) == 1:
        return q.Term(schema.TEXT, stems[0], boost=boost)
    return q.Phrase(schema.TEXT, stems, boost=boost)


@lru_cache(maxsize=100_000)
def _stems(word: str) -> tuple[str, ...]:
    return tuple(token.text for token in _text_analyzer()(word))


@lru_cache(maxsize=1)
def _text_analyzer() -> Any:
    return schema.text_analyzer()


def _is_null(node: Query) -> bool:
    from whoosh import query as q

    return node is q.NullQuery or isinstance(node, type(q.NullQuery))
