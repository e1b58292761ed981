"""A prompt of data (numbers, JSON, code) is estimated high enough to hold its real tokens.

Real tokenizers (OpenAI's cl100k and o200k, and other byte-level BPEs) split digits from
punctuation and every punctuation mark from the next digit: ``3,1,4,1,5`` is nine tokens, one
per byte. The estimate counted one token per three bytes, so a tool result of comma-separated
figures was reserved at a third of what the provider then billed, and a hard budget that held
the reservation was overshot at settlement by the other two thirds (here $2.00 of $3.00).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from providers.sse_server import Scenario, load_events
from supervisor import BudgetExceeded

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run

#: 3,000 bytes of single-digit figures: 3,000 tokens in a byte-level BPE.
FIGURES = ",".join(str(i % 10) for i in range(1_500))[:3_000]


def openai_with_prompt_tokens(prompt_tokens: int) -> list[str]:
    events = load_events("openai_chat_text_usage.sse")
    final = next(i for i, e in enumerate(events) if '"usage": {' in e or '"usage":{' in e)
    body = json.loads(events[final][len("data: ") :])
    body["usage"]["prompt_tokens"] = prompt_tokens
    body["usage"]["total_tokens"] = prompt_tokens + body["usage"]["completion_tokens"]
    events[final] = f"data: {json.dumps(body)}\n\n"
    return events


async def ask_with_figures(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        seen["result"] = await agent.llm(
            [
                {"role": "user", "content": "Sum the figures the tool returned."},
                {"role": "assistant", "content": "Reading them."},
                {"role": "user", "content": FIGURES},
            ],
            max_tokens=10,
        )
    except BudgetExceeded as exc:
        seen["error"] = exc


async def test_a_prompt_of_figures_cannot_overshoot_a_hard_budget(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    # oai:big costs $1,000 per million input tokens: $0.001 a token. The figures are 3,000
    # tokens ($3.00), the budget $2.00: reserved at their real size, the call does not fit.
    sse_server.enqueue(Scenario(events=openai_with_prompt_tokens(len(FIGURES) + 30)))
    policy = make_policy(sse_server, budgets={"session": {"cost": 2.0}})
    run = await run_agents(policy, agent_class(ask_with_figures))
    sessions = {s.session: s for s in await run.store.list_sessions()}
    spent = sessions["s"].spent.cost if "s" in sessions else 0
    assert spent <= 2_000_000_000, f"a $2.00 budget was charged ${spent / 1e9:.2f}"
    assert isinstance(run.seen.get("error"), BudgetExceeded), run.seen
    assert "budget 'session" in str(run.seen["error"])
    assert sse_server.observed == []  # refused before anything was sent
    assert run.settled == []
    assert run.store.ledger.statistics().open_reservations == 0


#: Anthropic's token counting guide's own example: this tool and question count 403 input
#: tokens on Claude; 346 of them are the tool-use system prompt Anthropic adds to any request
#: that offers tools (313 to 530 by model and tool_choice, in its pricing guide).
WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Get the current weather in a given location",
    "input_schema": {
        "type": "object",
        "properties": {
            "location": {
                "type": "string",
                "description": "The city and state, e.g. San Francisco, CA",
            }
        },
        "required": ["location"],
    },
}


async def ask_about_weather(agent: Agent, seen: dict[str, Any]) -> None:
    seen["result"] = await agent.llm(
        "What's the weather like in San Francisco?", max_tokens=100, tools=[WEATHER_TOOL]
    )


async def test_a_claude_call_offering_tools_reserves_the_tool_prompt(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    # Before, the estimate had no room for Anthropic's tool-use system prompt: this call was
    # reserved for about 100 input tokens, charged for 403, and every Claude call offering
    # tools was recorded as having used more than it reserved.
    events = load_events("anthropic_text.sse")  # "Hello there!", 6 output tokens
    start = json.loads(events[0].split("data: ", 1)[1])
    start["message"]["usage"] = {"input_tokens": 403, "output_tokens": 1}
    events[0] = f"event: message_start\ndata: {json.dumps(start)}\n\n"
    sse_server.enqueue(Scenario(events=events))
    run = await run_agents(
        make_policy(sse_server), agent_class(ask_about_weather, model="ant:claude")
    )
    result = run.seen["result"]
    assert result.usage.input_tokens == 403
    (started,) = run.started
    assert started.reserved >= result.cost
    assert not [d for d in run.decisions if d.rule == "budgets.reservation"]
    await run.assert_all_settled()
