"""``limits.max_session_seconds`` is a deadline, not only a check before each call.

A session whose time runs out while an agent streams a long answer or waits on a tool has its
running calls cut at the deadline (``action = "refuse"``), or is stopped (``stop_session``),
instead of running on until the agent next asks. The clock is the session's and survives a
governor restart.
"""

from __future__ import annotations

import time
from typing import Any, ClassVar

import anyio
import pytest
from test_governor_support import Harness, Play, agent_class, make_policy

from supervisor import Agent, CallDenied, ExitCode, LLMResult, StreamCut, tool

pytestmark = pytest.mark.filterwarnings("error")

RULE = "limits.max_session_seconds"


class Streams(Agent):
    """Streams an answer that never ends, then tries one more call."""

    model = "fast:big"
    seen: ClassVar[list[Any]]

    async def run(self) -> None:
        for prompt in ("write a long essay", "and another"):
            try:
                self.seen.append(await self.llm(prompt, max_tokens=1_000))
            except Exception as exc:
                self.seen.append((exc, time.monotonic()))


async def test_a_stream_running_at_the_deadline_is_cut(harness: Harness) -> None:
    harness.provider.plan = lambda _r: Play(chunks=["word "] * 20, hang_after=3)
    cls = agent_class("a1", Streams, seen=[])
    t0 = time.monotonic()
    run = await harness.run([cls], make_policy({"limits": {"max_session_seconds": 0.3}}))
    assert run.outcome is not None
    (cut, cut_at), (refused, _) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(cut, StreamCut)
    assert cut.rule == RULE
    assert cut.partial is not None
    assert cut.partial.text == "word word word "
    assert 0.25 < cut_at - t0 < 2.0  # at the deadline, not when the stream would end (never)
    assert isinstance(refused, CallDenied)  # the next call meets the same limit
    assert refused.rule == RULE
    records = [r.data for r in await run.store.read_audit()]
    assert [r["rule"] for r in records if r.get("rule") == RULE] == [RULE, RULE]
    (summary,) = await run.store.list_sessions()
    assert summary.open_reservations == 0  # the cut call was settled


class WaitsOnATool(Agent):
    model = "fast:big"
    seen: ClassVar[list[Any]]

    @tool
    async def crawl(self) -> str:
        await anyio.sleep(30)
        return "done"

    async def run(self) -> None:
        try:
            self.seen.append(await self.tool("crawl"))
        except Exception as exc:
            self.seen.append(exc)


async def test_stop_session_at_the_deadline_stops_a_tool_waiting_on_the_world(
    harness: Harness,
) -> None:
    cls = agent_class("a1", WaitsOnATool, seen=[])
    policy = make_policy({"limits": {"max_session_seconds": 0.3, "action": "stop_session"}})
    with anyio.fail_after(5):
        run = await harness.run([cls], policy)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STOPPED_BY_POLICY
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert error.rule == RULE


async def test_warn_at_the_deadline_cuts_nothing(harness: Harness) -> None:
    harness.provider.plan = lambda _r: Play(chunks=["word "] * 8)

    class Slow(Agent):
        model = "fast:big"
        seen: ClassVar[list[Any]] = []

        async def run(self) -> None:
            await anyio.sleep(0.4)
            self.seen.append(await self.llm("hello", max_tokens=100))

    cls = agent_class("a1", Slow, seen=[])
    policy = make_policy({"limits": {"max_session_seconds": 0.2, "action": "warn"}})
    run = await harness.run([cls], policy)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    (result,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(result, LLMResult)
    assert [d.rule for d in result.decisions] == [RULE]


async def test_a_restarted_governor_keeps_the_session_clock(harness: Harness) -> None:
    harness.provider.plan = lambda r: Play(
        chunks=["word "] * 20, hang_after=None if "first" in str(r.messages) else 2
    )
    seen: list[Any] = []

    class Restarts(Agent):
        model = "fast:big"

        async def run(self) -> None:
            seen.append(await self.llm("first", max_tokens=100))
            await anyio.sleep(0.5)
            ref = self.binding.link.ref
            assert ref is not None
            ref.kill("a test kills the governor", by="test")
            try:
                await self.llm("second", max_tokens=1_000)
            except StreamCut as exc:
                seen.append((exc, time.monotonic()))

    t0 = time.monotonic()
    run = await harness.run(
        [agent_class("a1", Restarts)], make_policy({"limits": {"max_session_seconds": 0.8}})
    )
    assert run.outcome is not None
    first, (cut, cut_at) = seen
    assert isinstance(first, LLMResult)
    assert cut.rule == RULE
    # At the session's 0.8 s, not 0.8 s after the restart (1.3 s).
    assert 0.7 < cut_at - t0 < 1.2


class SlowPerson:
    """Approves, after the session's time has run out."""

    async def decide(self, request: Any) -> str:
        await anyio.sleep(0.4)
        return "approve"


async def test_a_call_approved_after_the_deadline_does_not_run(harness: Harness) -> None:
    cls = agent_class("a1", WaitsOnATool, seen=[])
    policy = make_policy(
        {"limits": {"max_session_seconds": 0.2}, "tools": {"require_approval": ["crawl"]}}
    )
    run = await harness.run([cls], policy, approver=SlowPerson())
    assert run.outcome is not None
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, CallDenied)
    assert error.rule == RULE
