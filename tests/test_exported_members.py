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


def test_no_module_level_name_is_bound_twice() -> None:
    """A module-level constant or function bound a second time replaces the first for every
    use, silently: ``_loops._CURSOR_KEY`` (a result's cursor keys) was once rebound, further
    down, to the arguments' narrower pattern, and results stopped masking ``next_marker``."""
    import ast
    import collections
    import pathlib

    root = pathlib.Path(__file__).parent.parent / "src"
    twice: list[str] = []
    for path in sorted(root.rglob("*.py")):
        bound: collections.Counter[str] = collections.Counter()
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound[node.name] += 1
            elif isinstance(node, ast.Assign):
                bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif (
                isinstance(node, ast.AnnAssign)
                and node.value is not None
                and isinstance(node.target, ast.Name)
            ):
                bound[node.target.id] += 1
        twice += [f"{path.relative_to(root)}: {name}" for name, n in bound.items() if n > 1]
    assert not twice, f"module-level names bound twice (rename one): {twice}"
