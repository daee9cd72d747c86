"""indexer.storage: the directory stamp that lets a long-lived reader skip listing the index."""

from __future__ import annotations

import os
import time
from pathlib import Path

from indexer.storage import DirectoryStamp


def _settle(directory: Path) -> None:
    """Move the directory's modification time a minute into the past."""
    past = time.time_ns() - 60_000_000_000
    os.utime(directory, ns=(past, past))


def test_a_settled_directory_is_unchanged_until_a_file_appears(tmp_path: Path) -> None:
    _settle(tmp_path)
    stamp = DirectoryStamp(tmp_path)
    assert stamp.unchanged() is False  # the first look always lists the directory
    assert stamp.unchanged() is True
    (tmp_path / "_MAIN_2.toc").write_bytes(b"")
    assert stamp.unchanged() is False


def test_a_renamed_or_removed_file_is_a_change(tmp_path: Path) -> None:
    (tmp_path / "a.tmp").write_bytes(b"")
    _settle(tmp_path)
    stamp = DirectoryStamp(tmp_path)
    stamp.unchanged()
    (tmp_path / "a.tmp").rename(tmp_path / "a.seg")
    assert stamp.unchanged() is False
    _settle(tmp_path)
    stamp.unchanged()
    (tmp_path / "a.seg").unlink()
    assert stamp.unchanged() is False


def test_a_recent_modification_time_is_never_trusted(tmp_path: Path) -> None:
    (tmp_path / "new").write_bytes(b"")  # modified just now: a same-tick change could hide
    stamp = DirectoryStamp(tmp_path)
    assert stamp.unchanged() is False
    assert stamp.unchanged() is False


def test_a_missing_directory_is_never_unchanged(tmp_path: Path) -> None:
    stamp = DirectoryStamp(tmp_path / "gone")
    assert stamp.unchanged() is False
    assert stamp.unchanged() is False
