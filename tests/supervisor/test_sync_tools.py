"""Tools written as plain (blocking) functions run in a worker thread, off the event loop.

A ``def`` tool that calls a blocking client (``requests.get``, a database driver, a
subprocess) would otherwise stop every agent, the governor and the TUI for as long as it
runs, and the governor could not cut it. As in FastAPI or Pydantic AI, ``async def`` tools
run on the loop and ``def`` tools in a thread.
"""

from __future__ import annotations

import threading
import time
from typing import Any, ClassVar

import anyio
import pytest
from test_governor_support import Harness, agent_class, make_policy

from policies import Interrupt
from supervisor import Agent, CallDenied, CallStarted, MemoryStore, Notice, tool
from supervisor._target import AgentSpec, TargetSpec

pytestmark = pytest.mark.filterwarnings("error")


class Blocking(Agent):
    """Calls a tool that blocks its thread until ``release`` is set (or 5 s pass)."""

    model = "fast:big"
    started: ClassVar[threading.Event]
    release: ClassVar[threading.Event]
    seen: ClassVar[list[Any]]

    @tool
    def fetch(self, url: str) -> str:
        self.started.set()
        released = self.release.wait(5)
        return f"{url}: {'released' if released else 'timed out'}"

    async def run(self) -> None:
        try:
            self.seen.append((await self.tool("fetch", {"url": "https://example.com"})).value)
        except Exception as exc:
            self.seen.append(exc)


def blocking() -> type[Agent]:
    return agent_class(
        "blocker",
        Blocking,
        started=threading.Event(),
        release=threading.Event(),
        seen=[],
    )


async def test_a_blocking_tool_does_not_stop_the_other_agents(harness: Harness) -> None:
    cls = blocking()
    answers: list[str] = []
    borrowed: list[float] = []

    class Other(Agent):
        model = "fast:big"
        name = "other"

        async def run(self) -> None:
            while not cls.started.is_set():  # type: ignore[attr-defined]
                await anyio.sleep(0.005)
            # The tool is blocking its thread now: this agent and the governor still run, and
            # anyio's default pool (the model's loading, the store's connection) is untouched.
            borrowed.append(anyio.to_thread.current_default_thread_limiter().borrowed_tokens)
            answers.extend([(await self.llm(f"hello {n}", max_tokens=10)).text for n in range(3)])
            cls.release.set()  # type: ignore[attr-defined]

    await harness.run([cls, Other], make_policy())
    assert len(answers) == 3
    assert borrowed == [0]
    assert cls.seen == ["https://example.com: released"]  # type: ignore[attr-defined]


async def test_the_governor_cuts_a_blocking_tool_at_once(harness: Harness) -> None:
    cls = blocking()
    async with MemoryStore() as store, anyio.create_task_group() as tg:
        runtime = harness.runtime(store, make_policy())

        async def cut_when_running() -> None:
            while not cls.started.is_set():  # type: ignore[attr-defined]
                await anyio.sleep(0.005)
            (started,) = [e for e in harness.sink.events if isinstance(e, CallStarted)]
            assert runtime.governor is not None
            assert runtime.governor.cut(started.call_id, Interrupt(rule="operator", reason="Cut."))

        tg.start_soon(cut_when_running)
        t0 = time.monotonic()
        with anyio.fail_after(5):
            await runtime.run(TargetSpec("t", (AgentSpec("blocker", cls),)))
        took = time.monotonic() - t0
        cls.release.set()  # type: ignore[attr-defined]  (the abandoned thread ends now)
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, CallDenied)
    assert error.rule == "operator"
    assert took < 2.5  # not the 5 s the thread would have blocked


class Plain(Agent):
    model = "fast:big"
    name = "plain"
    seen: ClassVar[list[Any]] = []

    @tool
    def add(self, a: int, b: int) -> int:
        self.report(f"adding {a} and {b}")  # from the worker thread
        return a + b

    @tool
    def fails(self) -> None:
        raise ValueError("bad input")

    async def run(self) -> None:
        self.seen.append((await self.tool("add", a=2, b=3)).value)
        try:
            await self.tool("fails")
        except ValueError as exc:
            self.seen.append(exc)


async def test_a_plain_tool_returns_and_raises_as_before(harness: Harness) -> None:
    cls = agent_class("plain", Plain, seen=[])
    await harness.run([cls], make_policy())
    value, error = cls.seen  # type: ignore[attr-defined]
    assert value == 5
    assert isinstance(error, ValueError)
    assert str(error) == "bad input"
    notices = [e for e in harness.sink.events if isinstance(e, Notice)]
    assert [n.message for n in notices] == ["adding 2 and 3"]
