"""The term filter: every committed lookup term is held; terms never added are (nearly) not."""

from __future__ import annotations

from pathlib import Path

from crawler.models import Statement
from indexer import StatementIndex
from indexer.dedup import article_hash
from indexer.schema import ARTICLES, DEDUP
from indexer.terms import TermFilter


def test_a_filter_loaded_from_an_index_holds_its_keys_and_articles(tmp_path: Path) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_statements(
            [Statement(text=f"words {n}", speakers=("Ann Lee",), url=f"u{n}") for n in range(50)]
        )
    with StatementIndex.open(tmp_path / "ix") as index:
        reader = index.searcher().reader()
        loaded = TermFilter.load(reader, (DEDUP, ARTICLES))
        keys = [r.key for r in index.iter_records()]
        assert loaded.generation == reader.generation()
    assert len(keys) == 50
    assert all(loaded.may_hold(DEDUP, key) for key in keys)
    assert all(loaded.may_hold(ARTICLES, article_hash(f"u{n}")) for n in range(50))
    assert not any(loaded.may_hold(ARTICLES, key) for key in keys)  # per field
    assert not loaded.may_hold(DEDUP, "0" * 32)


def test_added_terms_are_held_from_then_on() -> None:
    empty = TermFilter(3, (DEDUP,))
    assert not empty.may_hold(DEDUP, "abc")
    empty.add(DEDUP, ["abc", "def"], generation=4)
    assert (empty.may_hold(DEDUP, "abc"), empty.may_hold(DEDUP, "def")) == (True, True)
    assert empty.generation == 4
