"""The core stays correct as the index changes: new segments, replaced statements, merges."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from indexer import StatementIndex
from indexer.records import record_from_stored
from search.core import searcher as core_searcher
from search.core.searcher import Core, core_for, refresh_core
from search.engine import run_query
from search.filters import FilterResolver
from search.query import parse_query
from tests.search.core_fixture import build_fixture_index, fixture_statements

QUERIES = (
    "budget",
    "tax border",
    "nato OR europe",
    '"coalition willing"',
    "revised",
    "budget -tax",
)


def compare(store: StatementIndex, core: Core | None = None) -> dict[str, int]:
    """Assert core == Whoosh on every query; return the totals."""
    searcher = store.searcher()
    resolver = FilterResolver(store.registry, searcher, vocabulary=store.vocabulary)
    core = core or core_for(searcher)
    totals = {}
    for text in QUERIES:
        query = parse_query(text, resolver).query
        arguments: dict[str, Any] = dict(filter=None, sort="relevance", limit=10, offset=0)
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("STATEMENTS_CORE", "off")
            expected = run_query(searcher, query, **arguments)
        got = core.run(searcher, query, **arguments)
        assert (got.total, [d for d, _ in got.page]) == (
            expected.total,
            [d for d, _ in expected.page],
        ), text
        totals[text] = got.total
    return totals


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    path = tmp_path / "index"
    build_fixture_index(path, fixture_statements(300), batches=2)
    return path


def test_new_statements_and_new_reports_are_seen(index_dir: Path) -> None:
    with StatementIndex.open(index_dir) as store:
        before = compare(store)
        store.add_statements(fixture_statements(100, seed=8, start=300, tag=" revised"))
        reported_again = [  # same speakers and words, another outlet: Whoosh re-adds the doc
            replace(s, id=f"again-{s.id}", outlet="Sky News") for s in fixture_statements(40)
        ]
        store.add_statements(reported_again)
        store.commit()
        searcher = store.searcher()
        assert searcher.doc_count() == 400
        assert any(r.has_deletions() for r, _ in searcher.reader().leaf_readers())
        after = compare(store)
    assert before["revised"] == 0 and after["revised"] == 100


def test_deleted_statements_no_longer_match(index_dir: Path) -> None:
    from whoosh.query import Term

    with StatementIndex.open(index_dir) as store:
        total = compare(store)["budget"]
        writer = store._ix.writer()
        deleted = writer.delete_by_query(Term("text", "budget"))
        writer.commit()
    with StatementIndex.open(index_dir) as store:  # same process: the core is reused
        after = compare(store)
    assert deleted == total > 0
    assert after["budget"] == 0


def test_merged_segments_get_fresh_arrays_and_stale_ones_go(index_dir: Path) -> None:
    with StatementIndex.open(index_dir) as store:
        compare(store)
        old = {p.name for p in (index_dir / "core").iterdir()}
        assert len(old) == 2
        store._ix.optimize()  # Whoosh merges every segment into one
        store.commit()
        store.close()
    with StatementIndex.open(index_dir) as store:
        searcher = store.searcher()
        assert refresh_core(searcher) == 1
        compare(store)
        now = {p.name for p in (index_dir / "core").iterdir()}
    assert len(now) == 1 and not now & old


def test_a_new_process_loads_saved_arrays_instead_of_rebuilding(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with StatementIndex.open(index_dir) as store:
        compare(store)  # builds and saves

    def no_rebuild(reader: Any) -> Any:
        raise AssertionError("arrays rebuilt although saved")

    monkeypatch.setattr(core_searcher, "_build", no_rebuild)
    with StatementIndex.open(index_dir) as store:
        compare(store, Core(index_dir))


def test_arrays_saved_in_an_older_format_are_rebuilt(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    with StatementIndex.open(index_dir) as store:
        expected = compare(store)  # builds and saves
    metas = list((index_dir / "core").glob("*/meta.pickle"))
    for meta in metas:  # as a release with another array layout saved them
        values = pickle.loads(meta.read_bytes())
        meta.write_bytes(pickle.dumps(dict(values, version=values["version"] - 1)))
    rebuilt: list[str] = []
    original = core_searcher._build
    monkeypatch.setattr(
        core_searcher, "_build", lambda reader: rebuilt.append("x") or original(reader)
    )
    with StatementIndex.open(index_dir) as store:
        assert compare(store, Core(index_dir)) == expected
    assert metas and rebuilt


def test_many_segments_are_served_from_one_merged_base(tmp_path: Path) -> None:
    from whoosh.query import Term

    index_dir = tmp_path / "index"
    build_fixture_index(index_dir, fixture_statements(360), batches=6)
    with StatementIndex.open(index_dir) as store:
        compare(store)
        assert [p.name[:7] for p in (index_dir / "core").iterdir()] == ["base-6-"]
        assert len(core_for(store.searcher()).views(store.searcher())) == 1
        store.add_statements(fixture_statements(50, seed=9, start=400, tag=" revised"))
        store.commit()
        assert len(core_for(store.searcher()).views(store.searcher())) == 2  # base + new one
        assert compare(store)["revised"] == 50
        writer = store._ix.writer()
        writer.delete_by_query(Term("text", "tax"))  # deletions inside the base's segments
        writer.commit()
    with StatementIndex.open(index_dir) as store:
        after = compare(store)
        assert after["tax border"] == 0
        assert compare(store, Core(index_dir)) == after  # a fresh process loads the saved base


def words_of(stored: dict[str, Any]) -> set[str]:
    return set(record_from_stored(stored).representative().text.split())


@pytest.mark.parametrize("core", ["on", "off"])
@pytest.mark.parametrize(
    "text", ["budget -tax", "budget NOT tax", "-tax budget", "europe AND (budget NOT tax)"]
)
def test_exclusions_exclude_across_segments(
    tmp_path_factory: pytest.TempPathFactory, core: str, text: str
) -> None:
    """Whoosh's own AndNot kept the first "budget" of a segment when "tax" came earlier there."""
    index_dir = tmp_path_factory.getbasetemp() / "six-segments"
    if not index_dir.exists():
        build_fixture_index(index_dir, fixture_statements(360), batches=6)
    wanted = {"budget"} | ({"europe"} if "europe" in text else set())
    with StatementIndex.open(index_dir) as store, pytest.MonkeyPatch.context() as patch:
        patch.setenv("STATEMENTS_CORE", core)
        searcher = store.searcher()
        resolver = FilterResolver(store.registry, searcher, vocabulary=store.vocabulary)
        arguments: dict[str, Any] = dict(filter=None, sort="relevance", limit=500, offset=0)
        found = run_query(searcher, parse_query(text, resolver).query, **arguments)
        positive = run_query(searcher, parse_query(" ".join(wanted), resolver).query, **arguments)
        texts = [words_of(searcher.stored_fields(d)) for d, _ in found.page]
        all_texts = [words_of(fields) for fields in searcher.all_stored_fields()]
    right = sum(1 for words in all_texts if wanted <= words and "tax" not in words)
    assert found.total == len(texts) == right == (21 if "europe" in text else 74)
    assert all(wanted <= words and "tax" not in words for words in texts)
    scores = dict(positive.page)  # excluding a word never changes the others' scores
    assert [score for _, score in found.page] == [scores[docnum] for docnum, _ in found.page]


def test_an_empty_index_matches_nothing(tmp_path: Path) -> None:
    from whoosh.query import Term

    with StatementIndex.open(tmp_path / "index", create=True) as store:
        searcher = store.searcher()
        found = core_for(searcher).run(
            searcher, Term("text", "budget"), filter=None, sort="relevance", limit=10, offset=0
        )
        assert refresh_core(searcher) == 0
    assert (found.total, found.page) == (0, ())
