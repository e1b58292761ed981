"""A tool's whole input given on an Anthropic ``content_block_start`` counts live, as streamed
arguments do.

Anthropic starts a ``tool_use`` block with ``input: {}`` and streams the input as
``input_json_delta`` fragments, which count in the live cost (``feed_arguments``). Some
Anthropic-compatible proxies give the whole input on ``content_block_start`` instead. Found by
reading the parser: that input was kept aside and passed on only at the block's stop, or at the
stream's end when no stop came, and not at all when fragments followed it. A proxy that sent a
run of such blocks without their stops, or one huge start input followed by a few fragments,
was never cut, and its own final count took the session far past its budget: more than the one
crossing chunk the README allows. The input is now counted as it arrives, so the usual cut
applies.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import BudgetExceeded
from supervisor._agent import CUT_ESTIMATE_MARGIN

from .conftest import NANO_PER_TOKEN, agent_class, make_policy
from .test_streams import call_and_record

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run

BUDGET = "5.00"  # dollars: the call reserves about $1.53 (max_tokens 100 at $15,000/M)
BUDGET_NANO = 5_000_000_000
BLOCKS = 40
QUERY = "a" * 396  # '{"q": "aaa..."}' is 405 characters: about 102 tokens on the estimate
CHUNK_TOKENS = -(-len(json.dumps({"q": QUERY})) // 4)
OUTPUT_PER_TOKEN = NANO_PER_TOKEN["ant:claude"][1]


def _event(kind: str, data: dict[str, Any]) -> str:
    return f"event: {kind}\ndata: {json.dumps({'type': kind, **data})}\n\n"


def _start(index: int, given: dict[str, Any]) -> str:
    block = {"type": "tool_use", "id": f"toolu_{index:02d}", "name": "search", "input": given}
    return _event("content_block_start", {"index": index, "content_block": block})


def _stream(blocks: list[str], output_tokens: int) -> list[str]:
    """A message around ``blocks`` whose closing count says ``output_tokens``: what the proxy
    bills for the whole answer, which an uncut stream is settled at."""
    usage = {"input_tokens": 10, "output_tokens": 1}
    start = {"message": {"id": "msg_1", "type": "message", "role": "assistant", "content": []}}
    start["message"]["usage"] = usage
    return [
        _event("message_start", start),
        *blocks,
        _event(
            "message_delta",
            {"delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": output_tokens}},
        ),
        _event("message_stop", {}),
    ]


def whole_inputs(stops: bool) -> list[str]:
    """``BLOCKS`` tool_use blocks, each with its whole input on its start (and, with ``stops``,
    its content_block_stop): no fragment streams."""
    blocks: list[str] = []
    for i in range(BLOCKS):
        blocks.append(_start(i, {"q": QUERY}))
        if stops:
            blocks.append(_event("content_block_stop", {"index": i}))
    return _stream(blocks, BLOCKS * CHUNK_TOKENS)


HUGE = {"q": QUERY * 10}  # about 1,000 tokens in one event: the crossing chunk


def huge_start_then_fragments() -> list[str]:
    """One tool_use block whose start gives a huge input, then fragments of a small one."""
    fragments = ['{"q"', ': "a', *(["a"] * 30), '"}']
    blocks = [_start(0, HUGE)]
    blocks += [
        _event(
            "content_block_delta",
            {"index": 0, "delta": {"type": "input_json_delta", "partial_json": fragment}},
        )
        for fragment in fragments
    ]
    blocks.append(_event("content_block_stop", {"index": 0}))
    return _stream(blocks, BLOCKS * CHUNK_TOKENS)


SHAPES = {
    "whole inputs with stops": lambda: whole_inputs(stops=True),
    "whole inputs without stops": lambda: whole_inputs(stops=False),
    "huge start then fragments": huge_start_then_fragments,
}


@pytest.mark.parametrize("shape", list(SHAPES))
async def test_whole_tool_inputs_on_block_starts_are_cut_within_the_budget(
    run_agents: Any, sse_server: SSEServer, shape: str
) -> None:
    sse_server.enqueue(Scenario(events=SHAPES[shape](), delay=0.002))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": BUDGET}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="ant:claude"),
    )
    error = run.seen.get("error")
    assert isinstance(error, BudgetExceeded), run.seen
    assert error.rule == "budgets.reservation"
    (settled,) = run.settled
    assert settled.outcome == "cut"
    observed = sse_server.observed[0]
    assert observed.client_closed
    assert not observed.completed
    crossing = CHUNK_TOKENS
    if shape == "huge start then fragments":
        # Cut on the huge input itself, not at the proxy's closing count (event 1 of many).
        assert observed.events_at_close is not None
        assert observed.events_at_close <= 3 < observed.events_total - 30
        crossing = -(-len(json.dumps(HUGE)) // 4)
    summary = await run.spent()
    # The README's guarantee: past the budget by the crossing chunk at most (charged on the
    # estimate, with its margin).
    bound = BUDGET_NANO + int(crossing * (1 + CUT_ESTIMATE_MARGIN) + 1) * OUTPUT_PER_TOKEN
    assert summary.spent.cost == settled.cost <= bound
    await run.assert_all_settled()


async def test_tool_calls_completed_before_the_cut_are_in_the_partial_result(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """The blocks that ended (content_block_stop) before the cut are whole tool calls: the
    partial result hands them on, with the input each gave; the one cut short is not there."""
    sse_server.enqueue(Scenario(events=whole_inputs(stops=True), delay=0.002))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": BUDGET}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="ant:claude"),
    )
    error = run.seen.get("error")
    assert isinstance(error, BudgetExceeded), run.seen
    partial = error.partial
    assert partial is not None
    assert partial.interrupted
    calls = partial.tool_calls
    assert calls, "the blocks ended before the cut are lost"
    assert len(calls) < BLOCKS
    assert [c.id for c in calls] == [f"toolu_{i:02d}" for i in range(len(calls))]
    assert all(c.name == "search" and c.arguments == {"q": QUERY} for c in calls)
    await run.assert_all_settled()
