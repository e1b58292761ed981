"""Prompt caching end to end: a call whose prompt the provider read from, or wrote to, its
prompt cache is charged each part at its price, through the real Anthropic and OpenAI clients
and the local server.

Reads are cheap (a tenth of input on Anthropic, a half on OpenAI), writes dear (1.25x and 2x on
Anthropic): charged at the input price, a cached agent's spend was over-counted about tenfold
and a cache-writing one's under-counted, past what the budget was meant to hold.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from policies import format_usd
from providers.sse_server import Scenario, load_events

from .conftest import agent_class, make_policy
from .test_streams import openai_stream

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run

#: $ per million tokens; times 1,000 nano-dollars a token for each dollar.
CACHED_PRICES = {
    "ant:claude": {
        "input_per_mtok": 3000,
        "output_per_mtok": 15000,
        "cached_input_per_mtok": 300,
        "cache_write_per_mtok": 3750,
        "cache_write_long_per_mtok": 6000,
    },
    "oai:big": {"input_per_mtok": 1000, "output_per_mtok": 2000, "cached_input_per_mtok": 500},
}


def anthropic_with_usage(usage: dict[str, Any]) -> list[str]:
    events = load_events("anthropic_text.sse")  # "Hello there!", 6 output tokens
    start = json.loads(events[0].split("data: ", 1)[1])
    start["message"]["usage"] = usage
    events[0] = f"event: message_start\ndata: {json.dumps(start)}\n\n"
    return events


async def ask(agent: Agent, seen: dict[str, Any]) -> None:
    seen["result"] = await agent.llm("Hi", max_tokens=100)


async def test_anthropic_cache_reads_and_writes_are_charged_at_their_prices(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    sse_server.enqueue(
        Scenario(
            events=anthropic_with_usage(
                {
                    "input_tokens": 20,
                    "cache_read_input_tokens": 1_000,
                    "cache_creation_input_tokens": 300,
                    "cache_creation": {
                        "ephemeral_5m_input_tokens": 100,
                        "ephemeral_1h_input_tokens": 200,
                    },
                    "output_tokens": 1,
                }
            )
        )
    )
    policy = make_policy(sse_server, prices=CACHED_PRICES)
    run = await run_agents(policy, agent_class(ask, model="ant:claude"))
    result = run.seen["result"]
    assert result.usage.input_tokens == 1_320
    assert (result.usage.cached_input_tokens, result.usage.cache_write_tokens) == (1_000, 300)
    expected = (
        20 * 3_000_000  # fresh input
        + 1_000 * 300_000  # read from the cache
        + 100 * 3_750_000  # written to the 5-minute cache
        + 200 * 6_000_000  # written to the 1-hour cache
        + 6 * 15_000_000  # output
    )
    assert result.cost == expected  # at the input price: 1,320 * 3,000,000 + output
    (settled,) = run.settled
    assert settled.cost == expected
    await run.assert_all_settled()


async def test_openai_cached_prompt_is_charged_at_the_cached_price(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    events = load_events("openai_chat_text_usage.sse")
    final = next(i for i, e in enumerate(events) if '"usage": {' in e or '"usage":{' in e)
    body = json.loads(events[final][len("data: ") :])
    body["usage"]["prompt_tokens_details"] = {"cached_tokens": body["usage"]["prompt_tokens"] - 2}
    events[final] = f"data: {json.dumps(body)}\n\n"
    sse_server.enqueue(Scenario(events=events))
    policy = make_policy(sse_server, prices=CACHED_PRICES)
    run = await run_agents(policy, agent_class(ask, model="oai:big"))
    usage = body["usage"]
    prompt, output = usage["prompt_tokens"], usage["completion_tokens"]
    expected = 2 * 1_000_000 + (prompt - 2) * 500_000 + output * 2_000_000
    assert run.seen["result"].cost == expected
    await run.assert_all_settled()


async def test_deepseek_cache_hits_are_charged_at_the_cached_price(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    # DeepSeek reports its cache reads as prompt_cache_hit_tokens (part of prompt_tokens),
    # with OpenAI's cached_tokens beside it at 0: read as uncached, a cached prompt was
    # charged at the full input price.
    events = load_events("deepseek_reasoner_chat.sse")
    final = next(i for i, e in enumerate(events) if '"usage":{' in e or '"usage": {' in e)
    body = json.loads(events[final][len("data: ") :])
    usage = body["usage"]
    usage["prompt_tokens"] = 1_009
    usage["prompt_cache_hit_tokens"], usage["prompt_cache_miss_tokens"] = 1_000, 9
    assert usage["prompt_tokens_details"] == {"cached_tokens": 0}
    events[final] = f"data: {json.dumps(body)}\n\n"
    sse_server.enqueue(Scenario(events=events))
    policy = make_policy(sse_server, prices=CACHED_PRICES)
    run = await run_agents(policy, agent_class(ask, model="oai:big"))
    result = run.seen["result"]
    assert result.usage.cached_input_tokens == 1_000
    output = usage["completion_tokens"]
    assert result.cost == 9 * 1_000_000 + 1_000 * 500_000 + output * 2_000_000
    await run.assert_all_settled()


async def test_a_policy_restating_a_listed_price_keeps_its_cache_prices(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    # The policy names Claude Sonnet 4.6's input and output prices only (as a team pinning
    # its list price, or a discount, would): its cache prices stay the table's, Anthropic's.
    # Before, the entry replaced them: the 1-hour cache write was charged at the input price,
    # half of what Anthropic bills.
    sse_server.enqueue(
        Scenario(
            events=anthropic_with_usage(
                {
                    "input_tokens": 20,
                    "cache_read_input_tokens": 1_000,
                    "cache_creation_input_tokens": 100_000,
                    "cache_creation": {
                        "ephemeral_5m_input_tokens": 0,
                        "ephemeral_1h_input_tokens": 100_000,
                    },
                    "output_tokens": 1,
                }
            )
        )
    )
    ref = "ant:claude-sonnet-4-6"
    policy = make_policy(
        sse_server,
        prices={ref: {"input_per_mtok": 3, "output_per_mtok": 15}},
        budgets={"session": {"cost": 1.0}},
    )
    run = await run_agents(policy, agent_class(ask, model=ref))
    expected = (
        20 * 3_000  # fresh input, $3 per million: 3,000 nano-dollars a token
        + 1_000 * 300  # read from the cache, $0.30
        + 100_000 * 6_000  # written to the 1-hour cache, $6
        + 6 * 15_000  # output, $15
    )
    assert run.seen["result"].cost == expected
    (settled,) = run.settled
    assert settled.cost == expected
    await run.assert_all_settled()


async def test_writes_a_proxy_reports_without_their_lifetime_are_priced_as_asked(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    # A gateway passing Anthropic's usage on without the cache_creation split: the request
    # asked for the 1-hour cache (2x input), and its writes were charged at the 5-minute
    # price (1.25x), below what Anthropic bills.
    sse_server.enqueue(
        Scenario(
            events=anthropic_with_usage(
                {"input_tokens": 20, "cache_creation_input_tokens": 1_000, "output_tokens": 1}
            )
        )
    )

    async def ask_to_cache(agent: Agent, seen: dict[str, Any]) -> None:
        document = {
            "type": "text",
            "text": "A long reference document.",
            "cache_control": {"type": "ephemeral", "ttl": "1h"},
        }
        seen["result"] = await agent.llm(
            [{"role": "user", "content": [document, {"type": "text", "text": "Summarise."}]}],
            max_tokens=100,
        )

    policy = make_policy(sse_server, prices=CACHED_PRICES)
    run = await run_agents(policy, agent_class(ask_to_cache, model="ant:claude"))
    expected = 20 * 3_000_000 + 1_000 * 6_000_000 + 6 * 15_000_000
    assert run.seen["result"].cost == expected
    (settled,) = run.settled
    assert settled.cost == expected
    await run.assert_all_settled()


async def test_a_cached_prompt_longer_than_estimated_is_warned_about_in_tokens_not_in_cost(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    """A prompt of 1,000 tokens, 980 of them read from the cache, where the estimate saw a
    handful: more tokens than reserved, at less cost. The warning read "The call used more
    than it reserved ($0.0005 against $0.000206)", the numbers it showed saying the opposite
    of its words; it now names what was over, the tokens, and says the cost was within."""
    events = openai_stream(["short"], usage=(1_000, 1))
    final = next(i for i, e in enumerate(events) if '"usage": {' in e)
    body = json.loads(events[final][len("data: ") :])
    body["usage"]["prompt_tokens_details"] = {"cached_tokens": 980}
    events[final] = f"data: {json.dumps(body)}\n\n"
    sse_server.enqueue(Scenario(events=events))
    prices = {"oai:big": {**CACHED_PRICES["oai:big"], "cached_input_per_mtok": 1}}
    policy = make_policy(sse_server, prices=prices)
    run = await run_agents(policy, agent_class(ask, model="oai:big"))
    result = run.seen["result"]
    assert result.cost == 20 * 1_000_000 + 980 * 1_000 + 1 * 2_000_000
    (warned,) = [d for d in run.decisions if d.rule == "budgets.reservation"]
    assert warned.numbers["cost"] < warned.numbers["reserved_cost"]
    assert "used more than it reserved" not in warned.reason
    assert warned.reason.startswith("The call used more tokens than it reserved (1,001 against ")
    assert f"its cost, {format_usd(result.cost)}, was within what it reserved" in warned.reason
    await run.assert_all_settled()
