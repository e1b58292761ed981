"""The ``supervise`` command line."""

from __future__ import annotations


def main() -> int:
    """Entry point of the ``supervise`` console script."""
    raise SystemExit("supervise: the command line is not built yet")
