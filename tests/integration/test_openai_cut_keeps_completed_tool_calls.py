"""A cut OpenAI stream hands the agent the tool calls that were complete before the cut.

When the governor cuts a stream, the agent gets a partial result. An Anthropic stream hands on
each ``tool_use`` block's call at its ``content_block_stop``; the OpenAI parsers assembled the
calls only at the stream's end, so a cut Chat Completions or Responses stream gave the agent no
tool call at all, not even those whose arguments had fully arrived: an agent that asked for two
tools and was cut while a third streamed lost all three. Each call is now handed on as soon as
the wire format says it is complete (Chat Completions: the next call starts, or the finish;
Responses: its ``function_call_arguments.done`` or ``output_item.done``); the call cut short is
not in the partial result.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import BudgetExceeded

from .conftest import agent_class, make_policy
from .test_streams import call_and_record, openai_delta_chunk, openai_usage_chunk

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run

TOOLS = [
    {"type": "function", "function": {"name": name, "parameters": {}}}
    for name in ("get_weather", "get_time", "search")
]
BUDGET = "0.50"  # dollars: the call reserves $0.276 (76 prompt tokens, max_tokens 100)

#: The two calls that complete: (id, name, arguments as the model wrote them, in fragments).
COMPLETE = [
    ("call_weather_1", "get_weather", ['{"loc', 'ation": "Par', 'is"}']),
    ("call_time_2", "get_time", ['{"tz":', ' "Europe/Paris"}']),
]
EXPECTED = [
    ("call_weather_1", "get_weather", {"location": "Paris"}),
    ("call_time_2", "get_time", {"tz": "Europe/Paris"}),
]
#: The third call's arguments run on (300 deltas of 16 characters, 1,200 tokens on the
#: estimate), far past max_tokens and the budget: the stream is cut inside them.
RUNAWAY = ['{"q": "abcdefghi', *["abcdefghijklmnop"] * 298, 'abcdefghijklm"}']


def chat_stream() -> list[str]:
    """Chat Completions: three parallel tool calls by index, as OpenAI streams them."""
    calls = [*COMPLETE, ("call_search_3", "search", RUNAWAY)]
    events = [openai_delta_chunk({"role": "assistant", "content": None})]
    for index, (call_id, name, fragments) in enumerate(calls):
        head = {"index": index, "id": call_id, "type": "function"}
        events.append(
            openai_delta_chunk(
                {"tool_calls": [{**head, "function": {"name": name, "arguments": ""}}]}
            )
        )
        events += [
            openai_delta_chunk({"tool_calls": [{"index": index, "function": {"arguments": f}}]})
            for f in fragments
        ]
    events.append(openai_delta_chunk({}, "tool_calls"))
    events.append(openai_usage_chunk(5, 1220))
    events.append("data: [DONE]\n\n")
    return events


def _responses(kind: str, **data: Any) -> str:
    return f"event: {kind}\ndata: {json.dumps({'type': kind, **data})}\n\n"


def responses_stream() -> list[str]:
    """The Responses API: three function_call output items, one after another."""
    calls = [*COMPLETE, ("call_search_3", "search", RUNAWAY)]
    response = {"id": "resp_it", "object": "response", "status": "in_progress", "output": []}
    events = [_responses("response.created", response=response)]
    items = []
    for index, (call_id, name, fragments) in enumerate(calls):
        item = {
            "id": f"fc_{index}",
            "type": "function_call",
            "status": "in_progress",
            "call_id": call_id,
            "name": name,
            "arguments": "",
        }
        events.append(_responses("response.output_item.added", output_index=index, item=item))
        events += [
            _responses(
                "response.function_call_arguments.delta",
                item_id=item["id"],
                output_index=index,
                delta=fragment,
            )
            for fragment in fragments
        ]
        arguments = "".join(fragments)
        events.append(
            _responses(
                "response.function_call_arguments.done",
                item_id=item["id"],
                output_index=index,
                arguments=arguments,
            )
        )
        done = {**item, "status": "completed", "arguments": arguments}
        items.append(done)
        events.append(_responses("response.output_item.done", output_index=index, item=done))
    usage = {"input_tokens": 5, "output_tokens": 1220, "total_tokens": 1225}
    completed = {**response, "status": "completed", "output": items, "usage": usage}
    events.append(_responses("response.completed", response=completed))
    return events


STREAMS = {"oai:big": chat_stream, "resp:big": responses_stream}


@pytest.mark.parametrize("model", list(STREAMS), ids=["chat completions", "responses"])
async def test_a_cut_keeps_the_tool_calls_completed_before_it(
    run_agents: Any, sse_server: SSEServer, model: str
) -> None:
    sse_server.enqueue(Scenario(events=STREAMS[model]()))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": BUDGET}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100, tools=TOOLS), model=model),
    )
    error = run.seen.get("error")
    assert isinstance(error, BudgetExceeded), run.seen
    (settled,) = run.settled
    assert settled.outcome == "cut"
    assert not sse_server.observed[0].completed
    partial = error.partial
    assert partial is not None
    assert partial.interrupted
    # The two whole calls, as the uncut path gives them; not the one cut short.
    assert [(c.id, c.name, c.arguments) for c in partial.tool_calls] == EXPECTED
    await run.assert_all_settled()


@pytest.mark.parametrize("model", list(STREAMS), ids=["chat completions", "responses"])
async def test_the_uncut_stream_gives_every_call_once_in_order(
    run_agents: Any, sse_server: SSEServer, model: str
) -> None:
    """The same stream under a budget it fits: all three calls, in order, none twice."""
    sse_server.enqueue(Scenario(events=STREAMS[model]()))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "50.00"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=2000, tools=TOOLS), model=model),
    )
    assert "error" not in run.seen, run.seen.get("error")
    result = run.seen["result"]
    assert not result.interrupted
    assert result.finish_reason == "tool_calls"
    assert [(c.id, c.name, c.arguments) for c in result.tool_calls] == [
        *EXPECTED,
        ("call_search_3", "search", {"q": "".join(RUNAWAY)[7:-2]}),
    ]
    await run.assert_all_settled()
