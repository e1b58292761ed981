"""A ``temporary`` agent that fails is not restarted, and the run says so.

Found following the README: an agent with ``restart = "temporary"`` whose provider answered a
proxy's HTML page (or a 500, or whose stream was cut) ended on that error; its supervisor,
as OTP does for a temporary child, did not restart it, and nothing else said a word: the
agent's row went to ``stopped`` with no reason, and the run ended with exit 0, "every agent
finished". A script or CI reading the status took a failed run for a good one. Now the
failure is a notice naming the agent and the error, and the run ends with exit 4 naming both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from providers.sse_server import Scenario
from supervisor import ExitCode, Notice

from .conftest import FAST_RETRIES, agent_class, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run

OK = Scenario.fixture("openai_chat_text_usage.sse")


async def calls_once(agent: Agent, seen: dict[str, Any]) -> None:
    seen["starts"] = seen.get("starts", 0) + 1
    await agent.llm("Hi")


async def raises(agent: Agent, seen: dict[str, Any]) -> None:
    seen["starts"] = seen.get("starts", 0) + 1
    await agent.llm("Hi")
    raise KeyError("no such column: revenue")


async def test_a_temporary_agent_whose_provider_fails_ends_the_run_with_its_error(
    run_agents: Any, sse_server: SSEServer
) -> None:
    proxy_page = Scenario(whole_body=("text/html", b"<html><body>502 Bad Gateway</body></html>"))
    sse_server.enqueue(proxy_page)
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    run: Run = await run_agents(policy, agent_class(calls_once, restart="temporary"))
    assert run.seen["starts"] == 1, "a temporary agent is not restarted"
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED, run.outcome.reason
    reason = run.outcome.reason
    assert reason.startswith("worker failed and was not restarted (restart = 'temporary'): ")
    assert "MalformedResponse" in reason
    assert "text/html" in reason
    notices = [n for n in run.events(Notice) if n.agent == "worker" and n.level == "error"]
    assert len(notices) == 1, run.events(Notice)
    assert "text/html" in notices[0].message
    await run.assert_all_settled()


async def test_a_temporary_agent_whose_own_code_raises_ends_the_run_with_its_error(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(OK)
    policy = make_policy(sse_server)
    run: Run = await run_agents(policy, agent_class(raises, restart="temporary"))
    assert run.seen["starts"] == 1
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED
    assert "KeyError" in run.outcome.reason
    assert "no such column: revenue" in run.outcome.reason
    await run.assert_all_settled()


async def test_a_temporary_agent_that_finishes_still_ends_the_run_well(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(OK)
    policy = make_policy(sse_server)
    run: Run = await run_agents(policy, agent_class(calls_once, restart="temporary"))
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    assert run.outcome.reason == "every agent finished"
    assert not [n for n in run.events(Notice) if n.level == "error"]
    await run.assert_all_settled()
