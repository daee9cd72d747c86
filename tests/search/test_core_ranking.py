"""The retrieval core ranks exactly as Whoosh's BM25F does: same documents, order, scores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from search.core.searcher import Core, core_for
from search.engine import run_query
from search.filters import FilterResolver
from search.options import SearchOptions
from search.query import parse_query
from tests.search.core_fixture import build_fixture_index, fixture_statements

QUERIES = (
    "budget",
    "tax border",
    "coalition willing freeloaders",
    "nato OR europe",
    "army OR navy OR defence",
    '"coalition willing"',
    '"the budget"',
    '"tax the"',
    '"freeloaders schools freeloaders"',
    '"allies army navy"',
    '"allies allies"',
    "budget -tax",
    "(war OR peace) talks",
    "freeloaders speaker:hegseth",
    "jobs outlet:reuters",
    "election date:2021",
    "the",
    "nosuchword",
    '"willing nosuchword"',
    "budg*",  # patterns become the stems of the written words they match
    "coalitoin~ army",
    "nosuch*",
)
OPTIONS: tuple[dict[str, Any], ...] = (
    {},
    {"speaker": "Healey"},
    {"speaker": ("Hegseth", "Lopez")},
    {"since": "2021-03-01", "until": "2022-02-28"},
    {"outlet": "BBC News", "kind": "direct"},
)


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("core") / "index"
    build_fixture_index(path, fixture_statements(600))
    return path


@pytest.fixture(scope="module")
def opened(index_dir: Path) -> Iterator[tuple[Any, FilterResolver]]:
    from indexer import StatementIndex

    with StatementIndex.open(index_dir) as store:
        searcher = store.searcher()
        yield searcher, FilterResolver(store.registry, searcher, vocabulary=store.vocabulary)


def whoosh_and_core(
    opened: tuple[Any, FilterResolver],
    text: str,
    sort: str,
    limit: int,
    offset: int,
    **options: Any,
) -> tuple[Any, Any]:
    searcher, resolver = opened
    checked = SearchOptions.checked(sort=sort, limit=limit, offset=offset, **options)
    parsed = parse_query(text, resolver)
    query_filter = resolver.options_filter(checked, parsed.since, parsed.until)
    arguments = dict(filter=query_filter, sort=sort, limit=limit, offset=offset, every=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STATEMENTS_CORE", "off")
        expected = run_query(searcher, parsed.query, **arguments)
    got = core_for(searcher).run(searcher, parsed.query, **arguments)
    return expected, got


def assert_same(expected: Any, got: Any) -> None:
    assert got.total == expected.total
    assert [d for d, _ in got.page] == [d for d, _ in expected.page]
    assert [s for _, s in got.page] == pytest.approx([s for _, s in expected.page], rel=1e-9)
    assert set(got.every.tolist()) == set(expected.every)


def test_fixture_has_several_segments_and_deletions(opened: tuple[Any, FilterResolver]) -> None:
    searcher, _ = opened
    assert len(searcher.reader().leaf_readers()) >= 2


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: "-".join(o) or "none")
def test_top_ten_by_relevance_equals_whoosh(
    opened: tuple[Any, FilterResolver], text: str, options: dict[str, Any]
) -> None:
    expected, got = whoosh_and_core(opened, text, "relevance", 10, 0, **options)
    assert_same(expected, got)


@pytest.mark.parametrize("text", ("budget", "nato OR europe", '"coalition willing"'))
@pytest.mark.parametrize("sort", ("newest", "oldest"))
def test_date_order_equals_whoosh(opened: tuple[Any, FilterResolver], text: str, sort: str) -> None:
    expected, got = whoosh_and_core(opened, text, sort, 25, 0)
    assert_same(expected, got)


@pytest.mark.parametrize("offset", (0, 7, 30))
def test_later_pages_equal_whoosh(opened: tuple[Any, FilterResolver], offset: int) -> None:
    expected, got = whoosh_and_core(opened, "the OR budget", "relevance", 15, offset)
    assert_same(expected, got)
    assert len(got.page) == 15


def test_queries_the_core_does_not_evaluate_fall_back(opened: tuple[Any, FilterResolver]) -> None:
    from search.core.execute import Unsupported

    searcher, resolver = opened
    parsed = parse_query('"coalition willing"~3', resolver)
    with pytest.raises(Unsupported):
        Core(None).run(searcher, parsed.query, filter=None, sort="relevance", limit=10, offset=0)


def test_arrays_are_kept_beside_the_segments(index_dir: Path, opened: tuple[Any, Any]) -> None:
    searcher, _ = opened
    core_for(searcher).views(searcher)
    segment_ids = {r.segment().segment_id() for r, _ in searcher.reader().leaf_readers()}
    assert {p.name for p in (index_dir / "core").iterdir()} == segment_ids


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("budget", {"facets": ("speaker", "party", "outlet", "month")}),
        ("nato OR europe", {"facets": ("speaker", "outlet"), "speaker": "Hegseth"}),
        ('"coalition willing"', {"facets": ("month",), "sort": "newest", "limit": 20}),
        ("the -tax", {"facets": ("party",), "since": "2021", "offset": 5}),
    ],
)
def test_search_api_gives_the_same_result_with_and_without_the_core(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch, text: str, options: dict[str, Any]
) -> None:
    import search

    results = []
    for setting in ("off", "on"):
        monkeypatch.setenv("STATEMENTS_CORE", setting)
        with search.open_index(index_dir) as index:
            results.append(index.search(text, **options))
    without, with_core = results
    assert with_core.total == without.total > 0
    assert [h.statement.id for h in with_core.hits] == [h.statement.id for h in without.hits]
    assert with_core.facets == without.facets
    assert all(counts for _, counts in with_core.facets)
