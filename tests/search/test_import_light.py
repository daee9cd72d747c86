"""``import search`` and ``statements search`` never load the crawler's parsing stack."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("bs4", "lxml", "httpx", "warcio", "feedparser", "yaml")


def test_importing_search_and_its_search_command_stays_light() -> None:
    code = (
        "import sys, search, search.cli, search.commands.search\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
