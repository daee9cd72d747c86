"""The house rules that keep the code base in shape: import direction and public surfaces."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("crawler", "indexer", "search")
#: a package may import only the packages to its left
ALLOWED = {"crawler": {"crawler"}, "indexer": {"crawler", "indexer"}, "search": set(PACKAGES)}


def imported_packages(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_flow_one_way(package: str) -> None:
    for path in sorted((ROOT / package).rglob("*.py")):
        upward = imported_packages(path) - ALLOWED[package]
        assert not upward, f"{path.relative_to(ROOT)} imports {sorted(upward)}"


@pytest.mark.parametrize("package", PACKAGES)
def test_public_surface_is_sorted_and_complete(package: str) -> None:
    module = importlib.import_module(package)
    names = list(module.__all__)
    assert names == sorted(names), f"{package}.__all__ is not sorted"
    for name in names:
        assert hasattr(module, name), f"{package}.__all__ names {name!r}, which it lacks"
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, type(importlib))
    }
    assert public <= set(names), f"{package} exports {sorted(public - set(names))} outside __all__"
