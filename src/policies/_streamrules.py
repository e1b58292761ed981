"""Regular expressions over streamed text, matched incrementally.

:class:`StreamMatcher` is fed chunks as they arrive and reports each rule on **the chunk that
completes its first match**, also when the match spans chunk boundaries, without rescanning the
whole text: each chunk is searched together with a bounded lookback of the text before it.

The bound: a rule with ``max_match_chars = L`` looks back ``L - 1`` characters; a match of at
most ``L`` characters that ends in the new chunk is always found. A pattern whose matches have a
bounded length (``\b(?:AKIA|ASIA)[0-9A-Z]{16}\b`` is always 20 characters) uses that length as
its ``L`` when it is smaller, which keeps the per-chunk scan short. A longer match is found only
if its last ``L`` characters match on their own (true for patterns like ``sk-[A-Za-z0-9]{20,}``
only once the prefix is inside the window), so keep ``L`` above the longest text you want to
catch. Per chunk the cost is one ``re.search`` per rule over at most ``L - 1 + len(chunk)``
characters.

Example patterns (see ``docs/`` and ``tests/policies/data/full_policy.toml``)::

    sk-[A-Za-z0-9_-]{20,}          an OpenAI-style API key
    \\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b   an AWS access key id
    -----BEGIN [A-Z ]*PRIVATE KEY-----
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence

__all__ = ["StreamMatch", "StreamMatcher", "TextRule"]


@dataclass(frozen=True, slots=True)
class TextRule:
    """A compiled streamed-text rule (the engine builds these from the policy file).

    Attributes:
        name: Rule name for decisions and the audit log.
        pattern: The compiled regular expression.
        max_match_chars: Lookback bound ``L`` (see the module docstring).
    """

    name: str
    pattern: re.Pattern[str]
    max_match_chars: int = 256


@dataclass(frozen=True, slots=True)
class StreamMatch:
    """A rule fired: which, where (offsets in the whole text), and a redacted excerpt."""

    rule: TextRule
    start: int
    end: int
    excerpt: str


def _max_width(pattern: re.Pattern[str]) -> int | None:
    """The longest text ``pattern`` can match, or ``None`` when unbounded or unknown."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        _, high = _parser.parse(pattern.pattern, pattern.flags).getwidth()
    except Exception:  # a private API: degrade to the configured bound
        return None
    return int(high) if high < 1 << 30 else None


@functools.lru_cache(maxsize=64)
def _spans(rules: tuple[TextRule, ...]) -> tuple[int, ...]:
    """Per rule, how far back a match can start: its widest match, at most its bound. Parsing
    a pattern costs about 10 us, and every call opens a matcher over the same rules."""
    spans = []
    for rule in rules:
        width = _max_width(rule.pattern)
        span = rule.max_match_chars if width is None else min(width, rule.max_match_chars)
        spans.append(max(span, 1))
    return tuple(spans)


def _redact(text: str) -> str:
    # Never put a leaked secret in a decision (it reaches the audit log): keep 4 chars.
    return text[:4] + "…" + f"({len(text)} chars)" if len(text) > 4 else "…"


class StreamMatcher:
    """Incremental matcher over one stream; each rule fires at most once per stream."""

    __slots__ = ("_fired", "_lookback", "_offset", "_rules", "_spans", "_tail")

    def __init__(self, rules: Sequence[TextRule]) -> None:
        self._rules = tuple(rules)
        # Per rule: how far back a match ending in the new chunk can start.
        self._spans = _spans(self._rules)
        # One extra character so that \b and lookbehinds see what precedes a match.
        self._lookback = max(self._spans, default=0)
        self._tail = ""
        self._offset = 0  # offset in the whole text of self._tail[0]
        self._fired: set[str] = set()

    def feed(self, chunk: str) -> list[StreamMatch]:
        """Search the new chunk (with its lookback); returns rules completed by this chunk."""
        if not self._rules or not chunk:
            return []
        tail = self._tail
        window = tail + chunk
        base = len(tail)
        found: list[StreamMatch] = []
        for rule, span in zip(self._rules, self._spans, strict=True):
            if rule.name in self._fired:
                continue
            start = max(base - (span - 1), 0)
            for match in rule.pattern.finditer(window, start):
                if match.end() > base:
                    self._fired.add(rule.name)
                    found.append(
                        StreamMatch(
                            rule,
                            self._offset + match.start(),
                            self._offset + match.end(),
                            _redact(match.group(0)),
                        )
                    )
                    break
        keep = self._lookback
        if keep == 0:
            self._offset += len(window)
            self._tail = ""
        elif len(window) > keep:
            self._offset += len(window) - keep
            self._tail = window[-keep:]
        else:
            self._tail = window
        return found
