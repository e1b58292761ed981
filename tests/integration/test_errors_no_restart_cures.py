"""An error no restart can cure stops the agent at once; a passing one still restarts it.

A provider that answers 401/403 (a bad key), 404 (an unknown model) or 400 (an invalid
request) answers the same to a fresh instance of the agent. Before, such an error ended
``run()`` like any crash and the agent's supervisor restarted it again and again until its
restart limit gave up, each fresh instance paying again for the calls before the failing one,
and the run ended "gave up after too many restarts" without naming the cause. Now the agent
stops, not restarted, the first time, and the run's reason names the error and its fix. A 429
or a 5xx (which pass with time) still restarts the agent as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import AgentStateChanged, ExitCode

from .conftest import FAST_RETRIES, agent_class, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run

OK = Scenario.fixture("openai_chat_text_usage.sse")


async def paid_then_failing(agent: Agent, seen: dict[str, Any]) -> None:
    """A call that is answered (and paid for), then one the provider refuses."""
    seen["starts"] = seen.get("starts", 0) + 1
    await agent.llm("Hi")
    await agent.llm("Again")


def restarts(run: Run) -> list[AgentStateChanged]:
    return [e for e in run.events(AgentStateChanged) if e.state == "restarting"]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, "AuthenticationFailed"),
        (403, "AuthenticationFailed"),
        (404, "InvalidRequest"),
        (400, "InvalidRequest"),
    ],
)
async def test_an_error_no_restart_cures_stops_the_agent_at_once(
    run_agents: Any, sse_server: SSEServer, status: int, error: str
) -> None:
    sse_server.enqueue(*[item for _ in range(6) for item in (OK, Scenario(status=status))])
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 3})
    run: Run = await run_agents(policy, agent_class(paid_then_failing))
    assert run.seen["starts"] == 1, "the agent was restarted after an error no restart cures"
    assert not restarts(run)
    # Two requests: the paid one and the refused one (not retried either: it cannot pass).
    assert len(sse_server.observed) == 2
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED
    reason = run.outcome.reason
    assert reason.startswith(f"worker stopped, not restarted: {error}: oai rejected the ")
    assert f"(HTTP {status})" in reason
    assert reason.endswith("No restart can cure it: fix that and run again.")
    # The fix is named: the provider's own advice is kept.
    assert ("Check the API key" if status in (401, 403) else "Fix the request") in reason
    assert dict(run.outcome.agents) == {"worker": "stopped"}
    await run.assert_all_settled()


@pytest.mark.parametrize("status", [429, 503])
async def test_an_error_that_passes_with_time_still_restarts_the_agent(
    run_agents: Any, sse_server: SSEServer, status: int
) -> None:
    await restarted_once_after(run_agents, sse_server, Scenario(status=status))


async def restarted_once_after(run_agents: Any, sse_server: SSEServer, failing: Scenario) -> None:
    """A paid call, then ``failing``, with one attempt per call: the error ends run(), and the
    fresh instance's calls are answered."""
    sse_server.enqueue(OK, failing, OK, OK)
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    run: Run = await run_agents(policy, agent_class(paid_then_failing))
    assert run.seen["starts"] == 2
    assert len(restarts(run)) == 1
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    await run.assert_all_settled()


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (
            400,
            {
                "error": {
                    "message": "This model's maximum context length is 128000 tokens. However, "
                    "your messages resulted in 131072 tokens. Please reduce the length of the "
                    "messages.",
                    "type": "invalid_request_error",
                    "param": "messages",
                    "code": "context_length_exceeded",
                }
            },
        ),
        (413, {"error": {"message": "Request Entity Too Large", "type": "invalid_request_error"}}),
    ],
)
async def test_a_conversation_too_long_for_the_model_still_restarts_the_agent(
    run_agents: Any, sse_server: SSEServer, status: int, body: dict[str, Any]
) -> None:
    """An agent whose conversation outgrew the model's context window is what a restart with
    fresh context is for: the fresh instance starts from a short conversation."""
    await restarted_once_after(run_agents, sse_server, Scenario(status=status, body=body))
