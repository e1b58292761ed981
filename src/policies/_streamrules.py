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
characters; rules that can share one pattern (a :class:`TextRuleSet` joins them) cost one search
of the joined pattern per chunk, and the per-rule searches only run when it finds something.

Example patterns (see ``docs/`` and ``tests/policies/data/full_policy.toml``)::

    sk-[A-Za-z0-9_-]{20,}          an OpenAI-style API key
    \\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b   an AWS access key id
    -----BEGIN [A-Z ]*PRIVATE KEY-----
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["StreamMatch", "StreamMatcher", "TextRule", "TextRuleSet"]


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


#: Flags a rule may carry into the combined prefilter, as scoped inline flags.
_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))
# What a pattern cannot keep inside an alternation of several: references to its own groups
# (numbered ones would point at another rule's) and conditionals on them.
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _prefilter(rules: tuple[TextRule, ...]) -> re.Pattern[str] | None:
    """One pattern matching wherever any rule matches, or None when the rules cannot be
    combined (flags with no scoped form, group references, clashing group names)."""
    if len(rules) < 2:
        return None
    alternatives = []
    for rule in rules:
        pattern = rule.pattern
        flags = pattern.flags & ~re.UNICODE
        scoped = "".join(letter for flag, letter in _SCOPED_FLAGS if flags & flag)
        for flag, _ in _SCOPED_FLAGS:
            flags &= ~flag
        if flags or _GROUP_REFERENCE.search(pattern.pattern):
            return None
        # A verbose pattern's last comment would run on over the closing parenthesis.
        source = f"{pattern.pattern}\n" if "x" in scoped else pattern.pattern
        alternatives.append(f"(?{scoped}:{source})" if scoped else f"(?:{source})")
    try:
        return re.compile("|".join(alternatives))
    except re.error:
        return None


class TextRuleSet:
    """Rules prepared once for every stream they watch: each rule's lookback, and one
    combined pattern that tells in one search whether any rule can match a chunk at all.

    A :class:`StreamMatcher` made from a ``TextRuleSet`` skips that work per stream (the
    engine opens one matcher per call over the same rules).
    """

    __slots__ = ("lookback", "prefilter", "rules", "spans")

    def __init__(self, rules: Sequence[TextRule]) -> None:
        self.rules = tuple(rules)
        # Per rule: how far back a match ending in the new chunk can start.
        self.spans = _spans(self.rules)
        # One extra character so that \b and lookbehinds see what precedes a match.
        self.lookback = max(self.spans, default=0)
        # Searched from the earliest start of any rule: no match there means no rule matches
        # in its own (later or equal) range, so the per-rule searches are skipped.
        self.prefilter = _prefilter(self.rules)

    def __repr__(self) -> str:
        return f"<TextRuleSet {[r.name for r in self.rules]!r}>"


class StreamMatcher:
    """Incremental matcher over one stream; each rule fires at most once per stream.

    Args:
        rules: The rules, or a :class:`TextRuleSet` prepared once for many streams.
    """

    __slots__ = ("_fired", "_lookback", "_offset", "_prefilter", "_rules", "_spans", "_tail")

    def __init__(self, rules: Sequence[TextRule] | TextRuleSet) -> None:
        prepared = rules if isinstance(rules, TextRuleSet) else TextRuleSet(rules)
        self._rules = prepared.rules
        self._spans = prepared.spans
        self._lookback = prepared.lookback
        self._prefilter = prepared.prefilter
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
        prefilter = self._prefilter
        if (
            prefilter is not None
            and prefilter.search(window, max(base - (self._lookback - 1), 0)) is None
        ):
            self._keep(window)
            return found
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
        self._keep(window)
        return found

    def _keep(self, window: str) -> None:
        """Keep the lookback's worth of ``window`` for the next chunk."""
        keep = self._lookback
        if keep == 0:
            self._offset += len(window)
            self._tail = ""
        elif len(window) > keep:
            self._offset += len(window) - keep
            self._tail = window[-keep:]
        else:
            self._tail = window
