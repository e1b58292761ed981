"""A crashed agent's reason says where in the user's code the error was raised.

Found following the README: a tool that raised (``1 / 0`` in a plain ``def`` tool called with
``self.tool``) restarted its agent until the supervisor gave up, and all the run said was
"gave up after too many restarts and escalated to the root: error:
ZeroDivisionError('division by zero'): raised while handling a message": nothing named the
tool, the file or the line, and nothing in the log did either. Now the notice and the run's
reason end with "(at FILE, line N)", the innermost frame of the user's own code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from supervisor import ExitCode, Notice, tool
from supervisor._exceptions import error_site

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run

HERE = __file__


def divide(by: int) -> float:
    return 1 / by  # the line the reason names


@tool
def ratio(self: Agent, by: int) -> float:
    """A plain tool that raises in a helper of the user's."""
    return divide(by)


async def calls_a_raising_tool(agent: Agent, seen: dict[str, Any]) -> None:
    await agent.tool("ratio", by=0)


def line_of(text: str) -> int:
    with open(HERE, encoding="utf-8") as source:
        return next(n for n, line in enumerate(source, 1) if text in line and "def " not in line)


async def test_the_reason_names_the_file_and_line_of_the_users_code(
    run_agents: Any, sse_server: SSEServer
) -> None:
    cls = agent_class(calls_a_raising_tool, ratio=ratio)
    run: Run = await run_agents(make_policy(sse_server), cls)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED
    site = f"(at {HERE}, line {line_of('return 1 / by')})"
    assert "ZeroDivisionError" in run.outcome.reason
    assert run.outcome.reason.endswith(site), run.outcome.reason
    gave_up = [n for n in run.events(Notice) if "gave up" in n.message]
    assert gave_up
    assert gave_up[0].message.endswith(site)


async def test_a_temporary_agents_failure_names_its_site_too(
    run_agents: Any, sse_server: SSEServer
) -> None:
    cls = agent_class(calls_a_raising_tool, ratio=ratio, restart="temporary")
    run: Run = await run_agents(make_policy(sse_server), cls)
    assert run.outcome is not None
    site = f"(at {HERE}, line {line_of('return 1 / by')})"
    assert run.outcome.reason.endswith(site), run.outcome.reason


def test_error_site_skips_the_standard_librarys_frames() -> None:
    import json

    with pytest.raises(ValueError, match="Expecting") as caught:
        json.loads("{")  # raised inside the standard library
    assert error_site(caught.value) == f" (at {HERE}, line {line_of('json.loads(')})"
    assert error_site(ValueError("never raised")) == ""


async def forgets_await(agent: Agent, seen: dict[str, Any]) -> None:
    answer = agent.llm("Hi")  # no await: a coroutine, never run
    seen["coroutine"] = answer
    answer.close()  # type: ignore[attr-defined]  # not left for a never-awaited warning
    agent.report(answer.text)  # type: ignore[attr-defined]


async def test_a_forgotten_await_is_named_as_such(run_agents: Any, sse_server: SSEServer) -> None:
    """``answer = self.llm(...)`` without ``await``: the agent crashed with "'coroutine'
    object has no attribute 'text'", which does not say what to do."""
    run: Run = await run_agents(make_policy(sse_server), agent_class(forgets_await))
    assert run.outcome is not None
    reason = run.outcome.reason
    assert "'coroutine' object has no attribute 'text'" in reason
    assert reason.endswith(
        f"(at {HERE}, line {line_of('agent.report(answer.text)')}; a coroutine was used "
        "where its result was meant: put await before the call, as in "
        "`await self.llm(...)` or `await self.tool(...)`)"
    ), reason
