"""A Python rule's ``on_text`` sees the whole text so far, and the engine's work stays linear.

The engine used to join every chunk so far into a fresh ``str`` on each chunk, so a 4,000-chunk
answer copied about 8 million characters per 1,000 characters of chunk size: the cost grew with the
square of the answer's length. These tests count the characters the engine joins and the memory
the snapshots hold (not wall time), and check that every snapshot reads as the joined text.
"""

from __future__ import annotations

import re
import tracemalloc
from typing import Any

import pytest

from policies import (
    CallContext,
    Decision,
    Interrupt,
    ModelPrice,
    Permit,
    PolicyEngine,
    PriceTable,
    Rule,
    StopSession,
    TextSoFar,
    parse_policy,
)

PRICES = PriceTable({"openai:big": ModelPrice.from_usd(1, 10)}, use_table=False)


def ctx() -> CallContext:
    return CallContext(
        session="s",
        agent="a",
        call_id="c1",
        model_ref="openai:big",
        messages=[{"role": "user", "content": "hi"}],
        max_tokens=100_000,
        now=100.0,
    )


class Watcher(Rule):
    """What rules usually do with the text: look for a word, its length, its end."""

    name = "watcher"

    def __init__(self, keep: bool = False) -> None:
        self.keep = keep
        self.seen: list[TextSoFar] = []

    def on_text(self, ctx: CallContext, text_so_far: TextSoFar) -> Decision | None:
        if self.keep:
            self.seen.append(text_so_far)
        if "STOP" in text_so_far or text_so_far.endswith("HALT") or len(text_so_far) > 10**9:
            return StopSession(rule=self.name, reason="Told to stop.")
        if "x" in text_so_far[-3:]:
            return StopSession(rule=self.name, reason="never: no x is streamed")
        return None


def stream(rule: Rule, chunks: list[str]) -> tuple[Any, list[Decision | None]]:
    engine = PolicyEngine(parse_policy({}), PRICES, (rule,))
    permit = engine.pre_call(ctx())
    assert isinstance(permit, Permit)
    monitor = engine.open_stream(ctx(), permit)
    return monitor, [monitor.feed(chunk) for chunk in chunks]


def chunks(count: int) -> list[str]:
    return [f"w{i % 10} " for i in range(count)]


def test_a_text_rule_over_a_long_answer_costs_the_engine_linear_work() -> None:
    """No characters are joined for ``in``/``len``/``endswith``/tail slices, however long."""
    small, _ = stream(Watcher(), chunks(1_000))
    large, answers = stream(Watcher(), [*chunks(4_000), "ST", "OP"])
    assert answers[-1] is not None
    assert answers[-1].rule == "watcher"
    assert answers[:-1] == [None] * 4_001, "the word split over two chunks is found once whole"
    assert small._text.chars_joined == 0
    assert large._text.chars_joined == 0


def test_snapshots_a_rule_keeps_hold_memory_linear_in_the_answer() -> None:
    """A rule that keeps every text it was shown (as a log would) held every joined copy:
    4,000 chunks of 3 characters held 24 million characters; now it holds the chunks once."""

    def held(count: int) -> int:
        rule = Watcher(keep=True)
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            monitor, _ = stream(rule, chunks(count))
            after = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert len(rule.seen) == count
        del monitor
        return after - before

    small, large = held(1_000), held(4_000)
    # Linear: four times the chunks hold about four times the memory (quadratic: sixteen).
    assert large < 6 * small, (small, large)
    assert large < 2_000_000, large


def test_every_snapshot_reads_as_the_text_so_far() -> None:
    parts = ["Hel", "lo, ", "wor", "ld", "! STO", "P now", " and then HA", "LT"]
    rule = Watcher(keep=True)
    stream(rule, parts)
    texts = ["".join(parts[: i + 1]) for i in range(len(parts))]
    # Read back out of order: an old snapshot asked after a newer one was joined.
    for i, snap, text in reversed(list(zip(range(len(parts)), rule.seen, texts, strict=True))):
        assert str(snap) == text
        assert snap == text
        assert text == snap
        assert hash(snap) == hash(text)
        assert len(snap) == len(text)
        assert bool(snap) is True
        for sub in ("lo, w", "STOP", "world", "HALT", "o", "!", "", "zz"):
            assert (sub in snap) is (sub in text), (sub, text)
        for end in ("LT", "now", "P now", ("x", "d"), text, "a" + text):
            assert snap.endswith(end) is text.endswith(end)
        assert snap.endswith("l", 0, 3) is text.endswith("l", 0, 3)
        for key in (slice(-4, None), slice(-1000, None), slice(1, 5), 0, -1, slice(None, None, -1)):
            assert snap[key] == text[key]
        assert snap.latest == parts[i]
        assert snap.lower() == text.lower()
        assert snap.split() == text.split()
        assert snap.startswith("Hel")
        assert snap.count("l") == text.count("l")
        assert list(snap) == list(text)
        assert f"{snap}" == text
        assert repr(snap) == repr(text)
        assert snap + "!" == text + "!"
        assert "!" + snap == "!" + text
        assert re.findall(r"w\w+", str(snap)) == re.findall(r"w\w+", text)


def test_a_rule_using_the_text_where_a_str_is_needed_is_told_how() -> None:
    class Regex(Rule):
        name = "regex"

        def on_text(self, ctx: CallContext, text_so_far: TextSoFar) -> Decision | None:
            if re.search(r"STOP", text_so_far):  # type: ignore[call-overload]
                return StopSession(rule=self.name, reason="stop")
            return None

    _, answers = stream(Regex(), ["hello"])
    cut = answers[0]
    assert isinstance(cut, Interrupt)
    assert "raised TypeError" in cut.reason
    assert "a function that needs a real str, such as re.search, takes str(text_so_far)" in (
        cut.reason
    )


def test_a_snapshot_has_no_public_constructor() -> None:
    with pytest.raises(TypeError, match="no public constructor"):
        TextSoFar()
