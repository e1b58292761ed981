"""An agent whose budget refuses a call it does not catch is stopped, not restarted.

Found by using budgets as a production user would: an agent made a small call, then one its
session budget could not hold, and let the ``BudgetExceeded`` end its ``run()``. Its supervisor
restarted it as for any crash: each fresh instance paid again for the small call, was refused
the same, and the team gave up after its restart limit, the run ending as escalated (exit 4)
with the small call paid four times. A budget outlives a restart, so the agent now stops for
good, as a policy's stop stops it: its one small call is paid once, and the run says why
(exit 3, stopped by policy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from providers.sse_server import Scenario
from supervisor import AgentStateChanged, BudgetExceeded, ExitCode

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


async def small_then_too_big(agent: Agent, seen: dict[str, Any]) -> None:
    seen["runs"] = seen.get("runs", 0) + 1
    await agent.llm("Hi", max_tokens=50)
    await agent.llm("Now the whole report, please.", max_tokens=1000)  # not caught


async def test_an_uncaught_budget_refusal_stops_the_agent_once(
    run_agents: Any, sse_server: SSEServer
) -> None:
    for _ in range(4):  # as many answers as restarts would ask for
        sse_server.enqueue(Scenario.fixture("openai_chat_text_usage.sse"))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "0.50"}}),
        agent_class(small_then_too_big, model="oai:big", restart="permanent"),
    )
    assert run.seen["runs"] == 1
    assert len(sse_server.observed) == 1  # the small call, paid once
    assert len(run.settled) == 1
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STOPPED_BY_POLICY
    assert "worker: its budget refused a call (budgets.session" in run.outcome.reason
    assert "did not catch BudgetExceeded" in run.outcome.reason
    states = [e.state for e in run.events(AgentStateChanged) if e.agent == "worker"]
    assert states[-1] == "stopped"
    assert all(e.restart_count == 0 for e in run.events(AgentStateChanged))
    await run.assert_all_settled()


async def caught(agent: Agent, seen: dict[str, Any]) -> None:
    await agent.llm("Hi", max_tokens=50)
    try:
        await agent.llm("Now the whole report, please.", max_tokens=1000)
    except BudgetExceeded as exc:
        seen["refused"] = exc.rule


async def test_a_caught_budget_refusal_lets_the_agent_finish(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario.fixture("openai_chat_text_usage.sse"))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "0.50"}}),
        agent_class(caught, model="oai:big"),
    )
    assert run.seen["refused"].startswith("budgets.session")
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
