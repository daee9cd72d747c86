"""``import search`` and ``statements search`` start light: no parsing stack, no extractor,
no YAML reader, no numpy (the retrieval core loads it only for large indexes)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "bs4",
    "lxml",
    "httpx",
    "warcio",
    "feedparser",
    "yaml",
    "numpy",
    "crawler.quotes",
    "crawler.pages",
)


def test_importing_search_and_its_search_command_loads_nothing_heavy() -> None:
    probe = (
        "import sys, search, search.cli, search.commands.search, search.core; "
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
