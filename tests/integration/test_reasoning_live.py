"""A reasoning model's thinking streams no text, but it is billed output: the live count (the
TUI's tokens and cost while streaming, and the budget's cut) sees it through the provider's
interim counts, through the real OpenAI client and the local server.

Before, interim counts were not fed to the call's monitor at all (Anthropic's message_start
says 1 token, which would have frozen the count): a model thinking for a minute showed no
tokens and no cost, and a provider that ignored max_tokens while thinking was never cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from providers.sse_server import Scenario, load_events
from supervisor import BudgetExceeded, ProviderError, StreamProgress

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


def thinking_only(times: int) -> list[str]:
    """The DeepSeek reasoner recording's reasoning deltas, ``times`` over, and no answer: the
    connection ends while the model still thinks."""
    events = load_events("deepseek_reasoner_chat.sse")
    thinking = [e for e in events if '"reasoning_content":"' in e]
    return [events[0], *thinking[1:] * times]


def asking(max_tokens: int) -> Callable[[Agent, dict[str, Any]], Awaitable[None]]:
    async def ask(agent: Agent, seen: dict[str, Any]) -> None:
        agent.binding.progress_interval = 0.0  # report every step, so the test sees them all
        try:
            seen["result"] = await agent.llm("Why is the sky blue?", max_tokens=max_tokens)
        except (BudgetExceeded, ProviderError) as exc:
            seen["error"] = exc

    return ask


async def test_thinking_shows_in_the_live_count_though_no_text_streams(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=thinking_only(5)))
    run = await run_agents(make_policy(sse_server), agent_class(asking(4000), model="oai:big"))
    assert isinstance(run.seen["error"], ProviderError)  # the stream ended mid-thought
    counts = [p.output_tokens for p in run.events(StreamProgress)]
    assert counts, "no live count while the model thought"
    assert counts == sorted(counts)
    assert counts[-1] > 20
    assert run.events(StreamProgress)[-1].cost > 0
    (settled,) = run.settled
    assert settled.output_tokens >= counts[-1]  # and what it thought is charged
    await run.assert_all_settled()


async def test_a_provider_thinking_past_max_tokens_is_cut(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=thinking_only(20)))
    run = await run_agents(make_policy(sse_server), agent_class(asking(30), model="oai:big"))
    error = run.seen["error"]
    assert isinstance(error, BudgetExceeded)
    assert error.rule == "budgets.reservation"
    assert error.partial is not None
    assert error.partial.text == ""  # cut while it was still thinking
    (settled,) = run.settled
    assert settled.output_tokens > 30  # the thinking it did is charged
    await run.assert_all_settled()
