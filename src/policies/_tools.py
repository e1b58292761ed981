"""Tool rules: allow list, deny list, require-approval, by glob patterns on tool names."""

from __future__ import annotations

import difflib
import fnmatch
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._config import ToolsConfig

__all__ = ["ToolMatcher", "UnmatchedToolPattern", "unmatched_tool_patterns"]

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


def _fold(name: str) -> str:
    """A name as a near miss is compared: one case, and ``-`` or ``.`` written as ``_``."""
    return name.casefold().replace("-", "_").replace(".", "_")


@dataclass(frozen=True, slots=True)
class UnmatchedToolPattern:
    """A ``[tools]`` pattern that matches none of the tools it is checked against.

    Attributes:
        field: Where it is written: ``tools.require_approval[0]``, ``tools.rate_limits[1]``...
        pattern: The pattern as written.
        same: The tools it names but for case and separators (``Delete_Files`` or
            ``delete-*`` for ``delete_files``): surely a misspelt rule, which guards nothing.
        near: Other tools whose names are spelt much like it (``delete_file`` for
            ``delete_files``): likely misspelt, but perhaps a rule for another run's tool.
    """

    field: str
    pattern: str
    same: tuple[str, ...] = ()
    near: tuple[str, ...] = ()


def unmatched_tool_patterns(
    config: ToolsConfig, tools: Iterable[str]
) -> list[UnmatchedToolPattern]:
    """The ``[tools]`` patterns (``allow``, ``deny``, ``require_approval``, ``rate_limits``)
    that match none of ``tools``, with the tool names each nearly matches.

    A rule meant for a tool that is spelt differently (``delete_file`` for ``delete_files``)
    silently applies to nothing: the tool runs unapproved, undenied, unlimited.
    """
    names = sorted(set(tools))
    folded: dict[str, list[str]] = {}
    for name in names:
        folded.setdefault(_fold(name), []).append(name)
    patterns = [
        *(("tools.allow", p) for p in config.allow or ()),
        *(("tools.deny", p) for p in config.deny),
        *(("tools.require_approval", p) for p in config.require_approval),
    ]
    found: list[UnmatchedToolPattern] = []
    counts: dict[str, int] = {}
    for where, pattern in [
        *patterns,
        *(("tools.rate_limits", r.pattern) for r in config.rate_limits),
    ]:
        index = counts[where] = counts.get(where, -1) + 1
        matcher = re.compile(fnmatch.translate(pattern))
        if any(matcher.fullmatch(name) for name in names):
            continue
        unfolded = re.compile(fnmatch.translate(_fold(pattern)))
        same = [n for key, group in folded.items() if unfolded.fullmatch(key) for n in group]
        near = [
            n for n in difflib.get_close_matches(pattern, names, n=3, cutoff=0.8) if n not in same
        ]
        found.append(UnmatchedToolPattern(f"{where}[{index}]", pattern, tuple(same), tuple(near)))
    return found
