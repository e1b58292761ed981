"""``[tools] timeout``: a tool call that runs past it is cancelled and fails with ToolTimeout.

Before, nothing bounded a tool call: a tool waiting on a service that never answers (an HTTP
client without a timeout, a lock never released) held its agent for ever and, without
``max_session_seconds``, the whole run; the agent's ``timeout`` bounds LLM calls only.
"""

from __future__ import annotations

import threading
import time
from typing import Any, ClassVar

import anyio
import pytest
from test_governor_support import Harness, agent_class, make_policy

from policies import explain_policy
from supervisor import Agent, ExitCode, ToolTimeout, tool

pytestmark = pytest.mark.filterwarnings("error")


class Waiter(Agent):
    """Calls a tool that never returns (async), one that blocks its thread, and a quick one."""

    model = "fast:big"
    release: ClassVar[threading.Event]
    seen: ClassVar[list[Any]]

    @tool
    async def hang(self) -> str:
        await anyio.sleep_forever()
        return "never"

    @tool
    def block(self) -> str:
        released = self.release.wait(5)
        return "released" if released else "gave up"

    @tool
    async def quick(self) -> str:
        return "done"

    async def run(self) -> None:
        for name in ("hang", "block", "quick"):
            began = time.monotonic()
            try:
                value: Any = (await self.tool(name)).value
            except ToolTimeout as exc:
                value = exc
            self.seen.append((name, value, time.monotonic() - began))
        self.release.set()


def waiter() -> type[Agent]:
    return agent_class("waiter", Waiter, release=threading.Event(), seen=[])


async def test_a_tool_past_the_timeout_is_cancelled_and_fails(harness: Harness) -> None:
    cls = waiter()
    policy = make_policy({"tools": {"timeout": 0.2}})
    run = await harness.run([cls], policy)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    (hang, hang_value, hang_took), (block, block_value, block_took), quick = cls.seen  # type: ignore[attr-defined]
    for name, value, took in ((hang, hang_value, hang_took), (block, block_value, block_took)):
        assert isinstance(value, ToolTimeout)
        assert isinstance(value, TimeoutError)
        assert (value.tool, value.timeout) == (name, 0.2)
        assert str(value) == (
            f"The tool {name!r} was still running after 0.2s (the policy's [tools] timeout), "
            "so it was cancelled."
        )
        assert 0.2 <= took < 2.0
    assert quick[:2] == ("quick", "done")
    assert "A tool call still running after 0.2s is cancelled and fails." in explain_policy(policy)


async def test_without_a_timeout_a_slow_tool_runs_to_its_end(harness: Harness) -> None:
    cls = agent_class("slow", SlowButDone, seen=[])
    run = await harness.run([cls], make_policy())
    assert run.outcome is not None
    assert cls.seen == ["finished"]  # type: ignore[attr-defined]


class SlowButDone(Agent):
    model = "fast:big"
    seen: ClassVar[list[Any]]

    @tool
    async def slow(self) -> str:
        await anyio.sleep(0.3)
        return "finished"

    async def run(self) -> None:
        self.seen.append((await self.tool("slow")).value)
