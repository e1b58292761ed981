"""A provider that ignores ``max_tokens`` while it streams a tool call's arguments cannot spend
past a hard budget either.

Found by using budgets as a hostile provider would: the live cost that cuts a runaway stream
counted only the answer's text. A server that ignored ``max_tokens=100`` and streamed 300
argument deltas of 16 characters (1,200 tokens) into one tool call ran to its end uncut, and
its own count of 1,200 output tokens settled $2.41 against a session budget of $0.25. Tool-call
arguments are output the provider bills like text: they now count in the live cost, and such a
stream is cut where text would be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import BudgetExceeded

from .conftest import agent_class, make_policy
from .test_answer_at_max_tokens import ANSWER
from .test_streams import call_and_record, openai_delta_chunk, openai_usage_chunk

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run

TOOLS = [{"type": "function", "function": {"name": "search", "parameters": {}}}]


def tool_stream(fragments: list[str], usage: tuple[int, int] | None) -> list[str]:
    """A Chat Completions stream of one tool call whose arguments come in ``fragments``."""
    head = {"index": 0, "id": "call_1", "type": "function"}
    events = [openai_delta_chunk({"role": "assistant", "content": None, "tool_calls": [
        {**head, "function": {"name": "search", "arguments": ""}}
    ]})]  # fmt: skip
    events += [
        openai_delta_chunk({"tool_calls": [{"index": 0, "function": {"arguments": f}}]})
        for f in fragments
    ]
    events.append(openai_delta_chunk({}, "tool_calls"))
    if usage is not None:
        events.append(openai_usage_chunk(*usage))
    events.append("data: [DONE]\n\n")
    return events


# 300 deltas of 16 characters, 4 tokens each on the estimate: a valid JSON object in the end.
RUNAWAY = ['{"q": "abcdefghi', *["abcdefghijklmnop"] * 298, 'abcdefghijklm"}']


@pytest.mark.parametrize("usage", [True, False], ids=["usage reported", "no usage"])
async def test_a_tool_call_streamed_past_max_tokens_never_spends_past_the_budget(
    run_agents: Any, sse_server: SSEServer, usage: bool
) -> None:
    sse_server.enqueue(Scenario(events=tool_stream(RUNAWAY, (5, 1200) if usage else None)))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "0.25"}}),
        agent_class(
            lambda a, s: call_and_record(a, s, max_tokens=100, tools=TOOLS), model="oai:big"
        ),
    )
    assert isinstance(run.seen.get("error"), BudgetExceeded), run.seen
    (settled,) = run.settled
    assert settled.outcome == "cut"
    summary = await run.spent()
    assert summary.spent.cost == settled.cost <= 250_000_000
    # Charged what streamed: cut about where a text stream of these deltas is (120 tokens).
    assert 100 < settled.output_tokens <= 125
    await run.assert_all_settled()


async def test_tool_arguments_at_max_tokens_are_not_cut(
    run_agents: Any, sse_server: SSEServer
) -> None:
    # One token a delta, 100 of them, 591 characters: an honest provider's arguments at
    # max_tokens, which reach the reservation on the estimate and run on, as text does.
    fragments = ['{"q": "', *ANSWER[1:-1], '"}']
    sse_server.enqueue(Scenario(events=tool_stream(fragments, (5, 100))))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "5.00"}}),
        agent_class(
            lambda a, s: call_and_record(a, s, max_tokens=100, tools=TOOLS), model="oai:big"
        ),
    )
    assert "error" not in run.seen, run.seen.get("error")
    (call,) = run.seen["result"].tool_calls
    assert call.name == "search"
    (settled,) = run.settled
    assert (settled.outcome, settled.output_tokens) == ("ok", 100)
    await run.assert_all_settled()
