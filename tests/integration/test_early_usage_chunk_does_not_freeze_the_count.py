"""A usage count that comes before the answer does not freeze the live count a budget is held
to.

Found by using budgets as a hostile (or merely odd) OpenAI-compatible server would: a chunk with
no choices and a usage count is taken as the closing count (OpenAI's ``include_usage``), and the
live count then stays at that count, whatever streams after it. A server that sent such a chunk
first (``completion_tokens: 1``), then ignored ``max_tokens=100`` for 1,200 tokens, was never
cut, and its closing count settled $2.41 against a session budget of $0.25. Text after a count
shows the count was not the last: it is then a floor under the live count, as a running count
is, and the stream is cut as any other that runs past its reservation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import BudgetExceeded

from .conftest import agent_class, make_policy
from .test_provider_past_max_tokens import RUNAWAY
from .test_streams import call_and_record, openai_stream, openai_usage_chunk

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run


@pytest.mark.parametrize("closing", [True, False], ids=["closing count", "no closing count"])
async def test_an_early_usage_chunk_does_not_let_a_runaway_stream_past_the_budget(
    run_agents: Any, sse_server: SSEServer, closing: bool
) -> None:
    events = openai_stream(RUNAWAY, usage=(5, 1200) if closing else None)
    events.insert(0, openai_usage_chunk(5, 1))
    sse_server.enqueue(Scenario(events=events))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "0.25"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    assert isinstance(run.seen.get("error"), BudgetExceeded), run.seen
    (settled,) = run.settled
    assert settled.outcome == "cut"
    summary = await run.spent()
    assert summary.spent.cost == settled.cost <= 250_000_000
    # Charged what streamed, not the early count: as test_provider_past_max_tokens's stream.
    assert settled.output_tokens == 120
    await run.assert_all_settled()
