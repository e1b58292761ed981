"""Tool rules: allow list, deny list, require-approval, by glob patterns on tool names."""

from __future__ import annotations

import fnmatch
import re
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["ToolMatcher"]

ToolRuling = Literal["allow", "deny", "not_allowed", "approval"]


def _compile(patterns: Iterable[str]) -> re.Pattern[str] | None:
    parts = [fnmatch.translate(p) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


class ToolMatcher:
    """Compiled tool rules; a ruling is cached per tool name.

    Order: a name matching ``deny`` is denied; with an ``allow`` list, a name matching none of
    it is ``"not_allowed"``; a name matching ``require_approval`` needs a person; else allowed.
    Patterns are :mod:`fnmatch` globs (``search_*``, ``db.?``), case-sensitive.
    """

    __slots__ = ("_allow", "_approval", "_cache", "_deny")

    def __init__(
        self,
        allow: Iterable[str] | None = None,
        deny: Iterable[str] = (),
        require_approval: Iterable[str] = (),
    ) -> None:
        self._allow = None if allow is None else (_compile(allow) or re.compile(r"(?!)"))
        self._deny = _compile(deny)
        self._approval = _compile(require_approval)
        self._cache: dict[str, ToolRuling] = {}

    def ruling(self, name: str) -> ToolRuling:
        """``"allow"``, ``"deny"``, ``"not_allowed"`` or ``"approval"`` for a tool name."""
        hit = self._cache.get(name)
        if hit is not None:
            return hit
        ruling: ToolRuling
        if self._deny is not None and self._deny.fullmatch(name):
            ruling = "deny"
        elif self._allow is not None and not self._allow.fullmatch(name):
            ruling = "not_allowed"
        elif self._approval is not None and self._approval.fullmatch(name):
            ruling = "approval"
        else:
            ruling = "allow"
        if len(self._cache) < 10_000:
            self._cache[name] = ruling
        return ruling
