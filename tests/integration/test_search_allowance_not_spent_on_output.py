"""What a call reserves for its web searches (and for writing its prompt to the cache) is not
room for a runaway answer.

Found by using budgets as a hostile provider would: the live check that cuts a stream past its
reservation priced the prompt at the plain input rate, while the reservation holds the searches'
fees and the prompt at the cache write price too. The difference was taken for output room: a
Claude call offering two searches (max_tokens=200), from a server that ran both searches and
then ignored max_tokens, streamed about 1,530 tokens (the $0.02 of fees, at $15/M, on top of its
200) before it was cut, and was charged ~$0.02 more than it reserved, and more than the extra
reservation a stream may run on (half of max_tokens and a chunk). The check now holds the output
to what was reserved for output.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from providers.sse_server import Scenario, load_events
from supervisor import BudgetExceeded, ProviderError

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run

SEARCH = {"type": "web_search_20250305", "name": "web_search", "max_uses": 2}
# Claude Sonnet's list prices: a search's fee ($0.01) is the price of 667 output tokens.
PRICES = {"ant:claude": {"input_per_mtok": 3, "output_per_mtok": 15, "web_search_per_k": 10}}
OUT = 15_000  # nano-dollars an output token


def searched_then_runaway(deltas: int) -> list[str]:
    """Two searches (the recorded fixture), then text past any max_tokens: 16 characters (4
    tokens on the estimate) a delta, and the usage Anthropic reports at the end."""
    events = load_events("anthropic_web_search.sse")
    answer = next(i for i, e in enumerate(events) if '"index":5,"content_block"' in e)
    head = events[: answer + 1]
    delta = {
        "type": "content_block_delta",
        "index": 5,
        "delta": {"type": "text_delta", "text": "y" * 16},
    }
    body = [f"event: content_block_delta\ndata: {json.dumps(delta)}\n\n"] * deltas
    usage = {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": None},
        "usage": {
            "input_tokens": 14500,
            "output_tokens": 4 * deltas,
            "server_tool_use": {"web_search_requests": 2},
        },
    }
    tail = [
        'event: content_block_stop\ndata: {"type":"content_block_stop","index":5}\n\n',
        f"event: message_delta\ndata: {json.dumps(usage)}\n\n",
        'event: message_stop\ndata: {"type":"message_stop"}\n\n',
    ]
    return head + body + tail


async def search(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        seen["result"] = await agent.llm("ACME's 2026 revenue?", max_tokens=200, tools=[SEARCH])
    except (BudgetExceeded, ProviderError) as exc:
        seen["error"] = exc


async def test_a_runaway_answer_after_searches_is_cut_where_its_output_reservation_ends(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=searched_then_runaway(1_000)))
    run = await run_agents(
        make_policy(sse_server, prices=PRICES, budgets={"session": {"cost": "5.00"}}),
        agent_class(search, model="ant:claude"),
    )
    assert isinstance(run.seen.get("error"), BudgetExceeded), run.seen
    (started,) = run.started
    (settled,) = run.settled
    assert settled.outcome == "cut"
    # max_tokens, then half of it again and a chunk reserved to run on, no more.
    assert 200 < settled.output_tokens <= 200 + 100 + 4
    assert settled.cost <= started.reserved + 104 * OUT
    await run.assert_all_settled()
