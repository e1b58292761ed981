"""Server-side web search end to end, through the real Anthropic client and the local server:
the searches Claude runs inside a call are billed ($10 per thousand) on top of the tokens, and
their results as input. The call reserves every search its tool allows, so a hard budget holds;
a call cut after a search still pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from providers.sse_server import Scenario, load_events
from supervisor import ProviderError

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run

SEARCH = {"type": "web_search_20250305", "name": "web_search", "max_uses": 2}
#: 3,000,000 nano-dollars a token in, 15,000,000 out, 10,000,000 a search.
PRICES = {"ant:claude": {"input_per_mtok": 3000, "output_per_mtok": 15000, "web_search_per_k": 10}}
FEE = 10_000_000


async def search(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        seen["result"] = await agent.llm("ACME's 2026 revenue?", max_tokens=200, tools=[SEARCH])
    except ProviderError as exc:
        seen["error"] = exc


async def test_each_search_is_charged_and_was_reserved(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=load_events("anthropic_web_search.sse")))
    run = await run_agents(
        make_policy(sse_server, prices=PRICES), agent_class(search, model="ant:claude")
    )
    result = run.seen["result"]
    assert result.usage.web_searches == 2
    assert result.tool_calls == ()  # the searches were the server's, not the agent's to run
    expected = 14_500 * 3_000_000 + 120 * 15_000_000 + 2 * FEE
    assert result.cost == expected
    (started,) = run.started
    # The worst case held both searches and their results' allowance.
    assert started.reserved >= 2 * FEE + 2 * 25_000 * 3_000_000 + 200 * 15_000_000
    (settled,) = run.settled
    assert settled.cost == expected
    await run.assert_all_settled()


async def test_a_call_cut_after_a_search_still_pays_for_it(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    events = load_events("anthropic_web_search.sse")
    first_result = next(i for i, e in enumerate(events) if "web_search_tool_result" in e)
    dropped = Scenario(events=events[: first_result + 1])  # the connection ends mid-answer
    sse_server.enqueue(dropped)
    sse_server.enqueue(dropped)
    sse_server.enqueue(dropped)
    run = await run_agents(
        make_policy(sse_server, prices=PRICES), agent_class(search, model="ant:claude")
    )
    assert isinstance(run.seen["error"], ProviderError)
    settled = run.settled
    assert settled  # one per attempt
    for charge in settled:
        assert charge.cost >= FEE + 2_100 * 3_000_000
    await run.assert_all_settled()
