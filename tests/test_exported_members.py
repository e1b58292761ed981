"""Each package's ``__all__`` and its public re-exports agree (httpx does the same)."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize("package", ["actors", "policies", "supervisor"])
def test_all_matches_public_names(package: str) -> None:
    module = importlib.import_module(package)
    exported = set(module.__all__)
    assert list(module.__all__) == sorted(module.__all__), "__all__ must be sorted"
    for name in exported:
        assert hasattr(module, name), f"{package}.__all__ names {name}, which is not defined"
    defined = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith(package + ".")
    }
    assert defined <= exported, f"public names missing from {package}.__all__: {defined - exported}"


def test_import_direction() -> None:
    """actors and policies never import supervisor, nor each other."""
    import ast
    import pathlib

    root = pathlib.Path(__file__).parent.parent / "src"
    forbidden = {"actors": {"policies", "supervisor"}, "policies": {"actors", "supervisor"}}
    for package, banned in forbidden.items():
        for path in (root / package).rglob("*.py"):
            tree = ast.parse(path.read_text())
            for node in ast.walk(tree):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                for name in names:
                    assert name.split(".")[0] not in banned, f"{path} imports {name}"
