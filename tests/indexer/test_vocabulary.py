"""The written words of an index: what prefix*, wild?card and fuzzy~ words are matched against."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import fields, index

from crawler.errors import IndexStoreError
from crawler.models import Statement
from indexer import StatementIndex, schema
from indexer.vocabulary import VOCABULARY_FILE, Vocabulary, written_words

WORDS = Vocabulary(
    ["bridge", "bridges", "bridget", "brigade", "harbour", "rebuilt", "rebuild", "zurich"]
)


def test_written_words_are_lower_cased_and_folded_as_the_index_folds_them() -> None:
    assert written_words("The U.S. will REBUILD Zürich's bridges -- 2.5 times, naïvely") == {
        "the", "u.s", "will", "rebuild", "zurich", "s", "bridges", "2.5", "times", "naively"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("method", "argument", "expected"),
    [
        ("starting", "bri", ["bridge", "bridges", "bridget", "brigade"]),
        ("starting", "rebuilt", ["rebuilt"]),
        ("starting", "x", []),
        ("matching", "bridge?", ["bridges", "bridget"]),
        ("matching", "re*t", ["rebuilt"]),
        ("matching", "*ge", ["bridge"]),
        ("matching", "*", WORDS.words),
    ],
)
def test_patterns(method: str, argument: str, expected: list[str]) -> None:
    assert getattr(WORDS, method)(argument) == expected


@pytest.mark.parametrize(
    ("word", "edits", "expected"),
    [
        ("bridje", 1, ["bridge"]),  # one substitution
        ("brdige", 1, ["bridge"]),  # two neighbours swapped: one edit
        ("bridg", 1, ["bridge"]),  # one left out
        ("bridgess", 1, ["bridges"]),  # one too many
        ("brigde", 2, ["bridge", "bridges", "bridget", "brigade"]),
        ("harbor", 1, ["harbour"]),
        ("xridge", 1, []),  # the first letter must be right
    ],
)
def test_near(word: str, edits: int, expected: list[str]) -> None:
    assert WORDS.near(word, edits) == expected


def test_commits_add_the_words_of_what_they_write_and_the_list_survives(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    with StatementIndex.open(path, create=True) as store:
        store.add_statements([Statement(text="Harbour bridges rebuilt", speakers=("Ann Lee",))])
    assert (path / VOCABULARY_FILE).read_text(encoding="utf-8") == "bridges\nharbour\nrebuilt"
    with StatementIndex.open(path) as store:
        store.add_statements([Statement(text="The harbour waits", speakers=("Bo Ek",))])
        store.commit()
        assert store.vocabulary().words == ["bridges", "harbour", "rebuilt", "the", "waits"]


def test_indexes_that_kept_written_words_in_a_field_are_read_too(tmp_path: Path) -> None:
    older = fields.Schema(**{schema.WORDS: fields.TEXT(analyzer=schema.words_analyzer())})
    whoosh_index = index.create_in(str(tmp_path), older)
    with whoosh_index.writer() as writer:
        writer.add_document(**{schema.WORDS: "Coalition of the willing"})
    (tmp_path / VOCABULARY_FILE).write_text("harbour", encoding="utf-8")
    with whoosh_index.reader() as reader:
        loaded = Vocabulary.load(tmp_path, reader)
    assert loaded.words == ["coalition", "harbour", "of", "the", "willing"]


def test_an_unreadable_list_is_an_index_error(tmp_path: Path) -> None:
    (tmp_path / VOCABULARY_FILE).write_bytes(b"\xff\xfe bad")
    whoosh_index = index.create_in(str(tmp_path), schema.build_schema())
    with (
        whoosh_index.reader() as reader,
        pytest.raises(IndexStoreError, match=r"words\.txt: cannot be read"),
    ):
        Vocabulary.load(tmp_path, reader)


def test_a_lost_list_is_made_again_from_the_statements(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    with StatementIndex.open(path, create=True) as store:
        store.add_statements([Statement(text="Harbour bridges rebuilt", speakers=("Ann Lee",))])
    (path / VOCABULARY_FILE).unlink()
    with StatementIndex.open(path) as store:
        store.add_statements([Statement(text="The harbour waits", speakers=("Bo Ek",))])
    with StatementIndex.open(path) as store:
        assert store.vocabulary().words == ["bridges", "harbour", "rebuilt", "the", "waits"]
