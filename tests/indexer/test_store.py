"""The index of record: round trip, idempotent re-indexing, dedup, batching, failures."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import crawler
from crawler.errors import IndexStoreError
from crawler.models import Article, Statement
from indexer import IndexReport, StatementIndex


def quote(text: str, *speakers: str, start: int = 0, **fields: object) -> Statement:
    return Statement(text=text, speakers=speakers, start=start, end=start + len(text), **fields)  # type: ignore[arg-type]


def fake_extractor(table: dict[str, list[Statement]]) -> Callable[[Article], list[Statement]]:
    """An extractor that returns fixed statements per article text."""
    return lambda article: table[article.text]


@pytest.fixture()
def extract(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Statement]]:
    table: dict[str, list[Statement]] = {}
    monkeypatch.setattr(crawler, "extract_statements", fake_extractor(table))
    return table


def records(path: Path) -> dict[str, list[tuple[str | None, str | None]]]:
    """text of each stored statement -> its sources (outlet, url), earliest first."""
    with StatementIndex.open(path) as index:
        return {
            r.representative().text: [(o.statement.outlet, o.statement.url) for o in r.ordered()]
            for r in index.iter_records()
        }


ARTICLE = Article(
    text="first version",
    url="https://a.example/1",
    outlet="Alpha",
    title="One",
    published=dt.datetime(2025, 3, 24, 9, tzinfo=dt.UTC),
)


def test_add_articles_fills_statements_from_the_article(
    tmp_path: Path, extract: dict[str, list[Statement]]
) -> None:
    extract["first version"] = [quote("we must act", "Ann Lee", start=3, cue="said")]
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        report = index.add_articles([ARTICLE])
    assert report == IndexReport(articles=1, statements_added=1, statements_removed=0)
    with StatementIndex.open(tmp_path / "ix") as index:
        (record,) = index.iter_records()
    stored = record.representative()
    assert (stored.text, stored.speakers, stored.speaker_ids, stored.cue) == (
        "we must act",
        ("Ann Lee",),
        ("ann-lee",),
        "said",
    )
    assert (stored.url, stored.outlet, stored.title, stored.date) == (
        "https://a.example/1",
        "Alpha",
        "One",
        dt.date(2025, 3, 24),
    )
    assert (stored.start, stored.end) == (3, 14)
    assert len(stored.id) == 24


def test_re_indexing_the_same_article_adds_nothing(
    tmp_path: Path, extract: dict[str, list[Statement]]
) -> None:
    extract["first version"] = [
        quote("we must act", "Ann Lee"),
        quote("not now", "Bo Ray", start=40),
    ]
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_articles([ARTICLE])
    before = records(tmp_path / "ix")
    with StatementIndex.open(tmp_path / "ix") as index:
        again = index.add_articles([ARTICLE, ARTICLE])
    assert again == IndexReport(articles=2, statements_added=0, statements_removed=0)
    assert records(tmp_path / "ix") == before


def test_a_changed_article_replaces_its_old_statements(
    tmp_path: Path, extract: dict[str, list[Statement]]
) -> None:
    extract["first version"] = [
        quote("we must act", "Ann Lee"),
        quote("not now", "Bo Ray", start=40),
    ]
    extract["second version"] = [
        quote("we must act", "Ann Lee"),
        quote("later, maybe", "Bo Ray", start=50),
    ]
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_articles([ARTICLE])
    changed = Article(text="second version", url=ARTICLE.url, outlet="Alpha")
    with StatementIndex.open(tmp_path / "ix") as index:
        report = index.add_articles([changed])
    assert report == IndexReport(articles=1, statements_added=1, statements_removed=1)
    assert set(records(tmp_path / "ix")) == {"we must act", "later, maybe"}


def test_the_same_words_from_two_outlets_are_one_record_with_both_sources(
    tmp_path: Path, extract: dict[str, list[Statement]]
) -> None:
    extract["a"] = [quote("We must act!", "Ann Lee", date=dt.date(2025, 3, 25))]
    extract["b"] = [quote("we must  act", "Lee", date=dt.date(2025, 3, 24))]
    first = Article(text="a", url="https://a.example/x", outlet="Alpha")
    second = Article(text="b", url="https://b.example/y", outlet="Beta")
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_articles([first, second])
    assert records(tmp_path / "ix") == {
        "we must  act": [("Beta", "https://b.example/y"), ("Alpha", "https://a.example/x")]
    }
    # removing the statement from one article keeps the other source
    extract["b"] = []
    with StatementIndex.open(tmp_path / "ix") as index:
        assert index.add_articles([second]) == IndexReport(1, 0, 1)
    assert records(tmp_path / "ix") == {"We must act!": [("Alpha", "https://a.example/x")]}
    extract["a"] = []
    with StatementIndex.open(tmp_path / "ix") as index:
        index.add_articles([first])
    assert records(tmp_path / "ix") == {}


def test_different_speakers_saying_the_same_words_stay_apart(tmp_path: Path) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        added = index.add_statements(
            [quote("no comment", "Ann Lee", url="u1"), quote("no comment", "Bo Ray", url="u2")]
        )
    assert added == 2
    with StatementIndex.open(tmp_path / "ix") as index:
        assert sorted(r.speaker_ids for r in index.iter_records()) == [("ann-lee",), ("bo-ray",)]


def test_add_statements_is_idempotent(tmp_path: Path) -> None:
    statements = [quote("one", "Ann Lee", url="u1"), quote("two", "Ann Lee", url="u1", start=9)]
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        assert index.add_statements(statements) == 2
        assert index.add_statements(statements) == 0  # staged, not yet committed
    with StatementIndex.open(tmp_path / "ix") as index:
        assert index.add_statements(statements) == 0
        assert index.searcher().doc_count() == 2


def test_batches_commit_every_n_statements(tmp_path: Path) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True, commit_every=2) as index:
        index.add_statements([quote("one", "Ann Lee", url="u1")])
        assert index.searcher().doc_count() == 0  # staged: not visible to readers yet
        index.add_statements([quote("two", "Ann Lee", url="u2")])
        assert index.searcher().doc_count() == 2  # the batch was full: committed
        index.add_statements([quote("three", "Ann Lee", url="u3")])
    with StatementIndex.open(tmp_path / "ix") as index:
        assert index.searcher().doc_count() == 3


def test_reports_of_statements_committed_by_earlier_batches_join_their_records(
    tmp_path: Path,
) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True, commit_every=1) as index:
        index.add_statements([quote("one", "Ann Lee", url="u1", outlet="Alpha")])
        index.add_statements([quote("two", "Ann Lee", url="u2", outlet="Alpha")])  # 2nd commit
        added = index.add_statements(
            [
                quote("One!", "Ann Lee", url="u3", outlet="Beta"),  # same words, other article
                quote("two", "Ann Lee", url="u2", outlet="Alpha"),  # the same report again
            ]
        )
    assert added == 1
    assert records(tmp_path / "ix") == {
        "one": [("Alpha", "u1"), ("Beta", "u3")],
        "two": [("Alpha", "u2")],
    }


def test_a_writer_finds_what_another_writer_committed_between_its_batches(
    tmp_path: Path,
) -> None:
    first = StatementIndex.open(tmp_path / "ix", create=True)
    with first:
        first.add_statements([quote("one", "Ann Lee", url="u1")])
        first.commit()  # releases the lock
        with StatementIndex.open(tmp_path / "ix") as second:
            second.add_statements([quote("two", "Ann Lee", url="u2")])
        first.add_statements([quote("Two.", "Ann Lee", url="u3")])
    assert records(tmp_path / "ix") == {"one": [(None, "u1")], "two": [(None, "u2"), (None, "u3")]}


def test_a_failing_article_keeps_what_was_added_before_it(
    tmp_path: Path, extract: dict[str, list[Statement]]
) -> None:
    extract["good"] = [quote("kept words", "Ann Lee")]
    good = Article(text="good", url="https://a.example/good")
    bad = Article(text="not in the table", url="https://a.example/bad")
    with pytest.raises(KeyError), StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_articles([good, bad])
    assert records(tmp_path / "ix") == {"kept words": [(None, "https://a.example/good")]}


def test_a_second_writer_gets_a_locked_error(tmp_path: Path) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True) as first:
        first.add_statements([quote("one", "Ann Lee", url="u1")])
        with (
            StatementIndex.open(tmp_path / "ix") as second,
            pytest.raises(IndexStoreError) as caught,
        ):
            second.add_statements([quote("two", "Ann Lee", url="u2")])
    assert str(caught.value) == (
        f"{tmp_path / 'ix'}: the index is locked by another statements process that is writing "
        "to it; wait for it to finish and try again"
    )
    assert set(records(tmp_path / "ix")) == {"one"}


def test_a_writer_sees_speakers_another_writer_registered(tmp_path: Path) -> None:
    StatementIndex.open(tmp_path / "ix", create=True).close()
    late = StatementIndex.open(tmp_path / "ix")
    with StatementIndex.open(tmp_path / "ix") as early:
        early.add_statements([quote("one", "Ann Lee", url="u1")])
    with late:
        late.add_statements([quote("two", "Lee", url="u2")])
    with StatementIndex.open(tmp_path / "ix") as index:
        assert [s.name for s in index.registry] == ["Ann Lee"]
        assert sorted(r.speaker_ids for r in index.iter_records()) == [("ann-lee",), ("ann-lee",)]


def test_not_an_index(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(IndexStoreError, match="not a statements index; point --index at"):
        StatementIndex.open(tmp_path)
    with pytest.raises(IndexStoreError, match="not a statements index, and not empty"):
        StatementIndex.open(tmp_path, create=True)
    with pytest.raises(IndexStoreError, match="is a file, not an index directory"):
        StatementIndex.open(tmp_path / "letter.txt", create=True)
    with pytest.raises(IndexStoreError, match="is a file, not a statements index; choose another"):
        StatementIndex.open(tmp_path / "letter.txt")


def test_a_damaged_index_is_a_clear_error(tmp_path: Path) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_statements([quote("one", "Ann Lee", url="u1")])
    for toc in (tmp_path / "ix").glob("*.toc"):
        toc.write_bytes(b"garbage")
    with pytest.raises(IndexStoreError) as caught:
        StatementIndex.open(tmp_path / "ix")
    assert str(caught.value).startswith(f"{tmp_path / 'ix'}: the index is damaged (")
    assert str(caught.value).endswith("re-create it by indexing the sources into a new directory")


def test_a_damaged_index_marker_says_to_re_create_the_index(tmp_path: Path) -> None:
    StatementIndex.open(tmp_path / "ix", create=True).close()
    (tmp_path / "ix" / "statements-index.json").write_text('{"format": 1', encoding="utf-8")
    with pytest.raises(IndexStoreError) as caught:
        StatementIndex.open(tmp_path / "ix")
    assert str(caught.value) == (
        f"{tmp_path / 'ix'}: the index marker statements-index.json is damaged; re-create the "
        "index by indexing the sources into a new directory"
    )


def test_an_index_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    StatementIndex.open(tmp_path / "ix", create=True).close()
    (tmp_path / "ix" / "statements-index.json").write_text(
        '{"schema_version": 99}', encoding="utf-8"
    )
    with pytest.raises(IndexStoreError, match=r"made by another version of statements \(schema 99"):
        StatementIndex.open(tmp_path / "ix")


def test_a_statement_re_added_with_new_words_replaces_the_old_one(tmp_path: Path) -> None:
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_statements(
            [quote("one", "Ann Lee", url="u1", id="s1"), quote("two", "Bo Ray", url="u2")]
        )
    with StatementIndex.open(tmp_path / "ix") as index:
        assert index.add_statements([quote("one!", "Bo Ray", url="u1", id="s1")]) == 0
    assert records(tmp_path / "ix") == {"one!": [(None, "u1")], "two": [(None, "u2")]}


def test_re_indexing_within_one_batch_sees_staged_and_committed_reports(
    tmp_path: Path, extract: dict[str, list[Statement]]
) -> None:
    extract["a"] = [quote("shared words", "Ann Lee")]
    extract["b"] = [quote("shared words", "Ann Lee")]
    first = Article(text="a", url="https://a.example/x")
    second = Article(text="b", url="https://b.example/y")
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_articles([first])
    extract["a"] = []
    with StatementIndex.open(tmp_path / "ix") as index:
        index.add_articles([second])  # stages the committed record with both reports
        assert index.add_articles([first]) == IndexReport(1, 0, 1)  # finds it staged
    assert records(tmp_path / "ix") == {"shared words": [(None, "https://b.example/y")]}


def test_articles_without_url_or_source_are_told_apart_by_their_text(
    tmp_path: Path, extract: dict[str, list[Statement]]
) -> None:
    extract["a"] = [quote("first words", "Ann Lee")]
    extract["b"] = [quote("second words", "Ann Lee")]
    with StatementIndex.open(tmp_path / "ix", create=True) as index:
        index.add_articles([Article(text="a"), Article(text="b")])
    assert set(records(tmp_path / "ix")) == {"first words", "second words"}


def test_a_bulk_writer_stages_the_next_batch_while_one_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indexer import writers

    commit = writers.CommitInFlight._commit

    def slow_commit(self: writers.CommitInFlight, writer: object, mergetype: object) -> None:
        time.sleep(0.3)  # the next statements are staged before this batch is committed
        commit(self, writer, mergetype)

    monkeypatch.setattr(writers.CommitInFlight, "_commit", slow_commit)
    with StatementIndex.open(tmp_path / "ix", create=True, procs=2, commit_every=2) as index:
        added = index.add_statements(
            [quote("one", "Ann Lee", url="u1"), quote("two", "Ann Lee", url="u2")]
        )
        added += index.add_statements([quote("three", "Ann Lee", url="u3")])  # batch 1 commits
        added += index.add_statements([quote("One.", "Ann Lee", url="u4")])  # held back for it
        added += index.add_statements([quote("One.", "Ann Lee", url="u4")])  # the same again
        added += index.add_statements([quote("four", "Ann Lee", url="u5", id="s5")])
        added += index.add_statements([quote("Two", "Ann Lee", url="u6")])
        # new words for s5 while the batch holding it commits
        added += index.add_statements([quote("five", "Ann Lee", url="u5", id="s5")])
    assert added == 6
    assert records(tmp_path / "ix") == {
        "one": [(None, "u1"), (None, "u4")],
        "two": [(None, "u2"), (None, "u6")],
        "three": [(None, "u3")],
        "five": [(None, "u5")],
    }
