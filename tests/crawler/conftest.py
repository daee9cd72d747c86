"""Fixtures for the crawler tests: the fixture site served on 127.0.0.1."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def load_site_server() -> ModuleType:
    spec = importlib.util.spec_from_file_location("site_server", FIXTURES / "site_server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["site_server"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def site() -> Iterator[object]:
    server = load_site_server().SiteServer(slow_seconds=1.0).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def site_dir() -> Path:
    return FIXTURES / "site"


@pytest.fixture(scope="module")
def module_site() -> Iterator[object]:
    """The fixture site, shared by the tests of one module (for results computed once)."""
    server = load_site_server().SiteServer(slow_seconds=1.0).start()
    try:
        yield server
    finally:
        server.stop()
