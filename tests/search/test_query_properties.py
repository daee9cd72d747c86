"""Property tests: any query string is answered or refused with a StatementsError, never a
traceback; a statement goes into the index and comes back out unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import search
from crawler.errors import StatementsError
from crawler.models import Statement
from indexer import StatementIndex

PIECES = st.sampled_from(
    [
        "taxes",
        "harbour",
        "Taxes",
        "we're",
        "U.S.",
        '"',
        "(",
        ")",
        "*",
        "~",
        "~2",
        "-",
        ":",
        " ",
        " ",
        "OR",
        "AND",
        "NOT",
        "ANDNOT",
        "speaker:",
        "romero",
        "party:",
        "red",
        "outlet:",
        "kind:",
        "date:",
        "2025-03",
        "..",
        "from:",
        "to:",
        "é",
        "^",
        "[",
        "]",
        "\\",
    ]
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(PIECES, max_size=8).map("".join)
    | st.text(alphabet='"()*~-:^[]{}+!?\\/ abOR0', max_size=20)
)
def test_any_query_is_answered_or_refused_cleanly(ix: search.Index, query: str) -> None:
    try:
        result = ix.search(query, limit=3)
    except StatementsError as error:
        assert "\n" not in str(error)
    else:
        assert result.total >= len(result.hits)


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@settings(max_examples=20, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=12),
    speaker=st.lists(WORDS, min_size=2, max_size=3).map(lambda w: " ".join(x.title() for x in w)),
    punctuation=st.sampled_from(["", ".", "!", "?", ","]),
)
def test_statement_round_trip(words: list[str], speaker: str, punctuation: str) -> None:
    text = " ".join(words) + punctuation
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "ix"
        with StatementIndex.open(path, create=True) as index:
            index.add_statements([Statement(text, (speaker,), url="https://x.example/1")])
        with search.open_index(path) as index:
            result = index.search(f'"{" ".join(words)}"', speaker=speaker)
    (hit,) = result.hits
    assert (hit.statement.text, hit.statement.speakers) == (text, (speaker,))


PLAIN_WORDS = st.sampled_from(
    str.split("taxes Taxes café ZÜRICH x_y 2025 3 a the OR or Or AND and NOT not ANDNOT")
    + str.split("ANDMAYBE Straße İstanbul ﬁnance Αθήνα _")
)
SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\u2003", "\x1c", ""])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(SPACES, PLAIN_WORDS), min_size=1, max_size=6), st.booleans(), SPACES)
def test_plain_queries_parse_as_whoosh_parses_them(
    words: list[tuple[str, str]], quoted: bool, edge: str
) -> None:
    """Words alone (or one quoted phrase of words) skip Whoosh's parser plugins: same tree."""
    from search import query

    inner = "".join(space + word for space, word in words).strip() or "x"
    text = f'{edge}"{inner}"{edge}' if quoted else f"{edge}{inner}{edge}"
    fast = query._parse_plain(text)
    operators = {"OR", "AND", "NOT", "ANDNOT", "ANDMAYBE"}
    if fast is None:  # an operator word, or a phrase over two lines: left to Whoosh's parser
        assert "\n" in inner if quoted else any(w.upper() in operators for _, w in words)
    else:
        assert fast == query._parser().parse(text)
