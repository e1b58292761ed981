"""A call given up while the model reasons out of sight is charged its worst case.

OpenAI's reasoning models (o-series, gpt-5) stream nothing while they reason, and bill the
reasoning as output. A call cancelled or cut in that silence (an agent's own timeout, the
session's deadline, a person's stop) was settled as if the model had generated nothing: its
prompt only. Up to ``max_tokens`` of billed output went uncounted, and the budget admitted
later calls with that money already spent (here $16.00 at $2,000 per million output tokens;
$1.28 for a 32k-token o3 call at $40 per million).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import pytest

from providers.sse_server import Scenario

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


@pytest.mark.parametrize("reasoning", [None, "high"])
async def test_a_call_given_up_in_silence_is_charged_its_worst_case(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer, reasoning: str | None
) -> None:
    # The server answers 200 and then sends nothing, as a model reasoning out of sight does.
    sse_server.enqueue(Scenario(hang_after=0))

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        with anyio.move_on_after(0.5):
            await agent.llm("Prove it.", max_tokens=8_000, reasoning=reasoning)
        seen["gave_up"] = True

    run = await run_agents(make_policy(sse_server), agent_class(body))
    assert run.seen["gave_up"]
    (started,) = run.started
    (settled,) = run.settled
    assert settled.outcome == "cancelled"
    assert settled.output_tokens == 8_000
    assert settled.cost == started.reserved
    await run.assert_all_settled()


async def test_a_call_given_up_before_the_server_answered_is_not(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    # No answer yet (no status line): nothing was generated that the runtime must assume.
    sse_server.enqueue(Scenario(headers_delay=5.0))

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        with anyio.move_on_after(0.5):
            await agent.llm("Prove it.", max_tokens=8_000)
        seen["gave_up"] = True

    run = await run_agents(make_policy(sse_server), agent_class(body))
    (settled,) = run.settled
    assert settled.outcome == "cancelled"
    assert settled.output_tokens == 0
    await run.assert_all_settled()
