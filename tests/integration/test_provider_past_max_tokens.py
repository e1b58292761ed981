"""A provider that ignores ``max_tokens`` cannot spend past a hard budget, and one that honours
it is not cut while the budget has room.

A stream is cut only on evidence that it passed ``max_tokens`` (``StreamMonitor.passed``): a
token per 4 characters counts prose of long words up to half as much again, so an honest answer
reaches its reservation on the estimate before it ends. Until the evidence comes, the stream runs
on. That wait must be paid for: the governor reserves more for it (what the budget holds, at
most half of ``max_tokens`` again), and the stream is cut where that reservation ends. Found by
using budgets as a production user would: a server that ignored ``max_tokens=100`` and sent 4
tokens a delta ran to 150 tokens on the estimate and settled $0.30 against a session budget of
$0.25.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import BudgetExceeded, CallSettled, DecisionMade, LLMResult

from .conftest import NANO_PER_TOKEN, agent_class, make_policy
from .test_answer_at_max_tokens import ANSWER
from .test_streams import call_and_record, openai_stream

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run

# A server that ignores max_tokens: 16 characters a delta (4 tokens on the estimate), far more
# deltas than max_tokens would allow, and no usage report.
RUNAWAY = [" abcdefghijklmno"] * 300
OUT = NANO_PER_TOKEN["oai:big"][1]


def _reserved(run: Run) -> int:
    (started,) = run.started
    return int(started.reserved)


@pytest.mark.parametrize("budget", ["0.25", "0.215"])
async def test_a_provider_ignoring_max_tokens_never_spends_past_the_budget(
    run_agents: Any, sse_server: SSEServer, budget: str
) -> None:
    sse_server.enqueue(Scenario(events=openai_stream(RUNAWAY)))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": budget}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    assert isinstance(run.seen.get("error"), BudgetExceeded), run.seen
    (settled,) = run.settled
    assert settled.outcome == "cut"
    limit = int(float(budget) * 1e9)
    summary = await run.spent()
    assert summary.spent.cost == settled.cost <= limit
    # It ran past the reservation as far as the budget held room for. $0.042 is 21 tokens more:
    # cut at 120, before the chunk that would pass 121. $0.007 is 3 more, less than a chunk: cut
    # on the chunk that passed the reservation (104), charged what was reserved (103).
    assert settled.output_tokens == (120 if budget == "0.25" else 103)
    await run.assert_all_settled()


async def test_a_provider_ignoring_max_tokens_is_cut_where_the_extra_reservation_ends(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=openai_stream(RUNAWAY)))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "5.00"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    error = run.seen.get("error")
    assert isinstance(error, BudgetExceeded), run.seen
    (settled,) = run.settled
    # Half of max_tokens again and a chunk (4 tokens), no more: the 300-delta stream was cut at
    # about 150 tokens, before the chunk that would have passed what was reserved.
    assert settled.cost <= _reserved(run) + 54 * OUT
    assert 140 <= settled.output_tokens <= 154
    assert error.partial is not None
    assert len(error.partial.text) <= 154 * 4
    await run.assert_all_settled()


@pytest.mark.parametrize("usage", [True, False], ids=["usage reported", "no usage"])
async def test_an_honest_answer_at_max_tokens_fits_a_budget_with_room_for_the_wait(
    run_agents: Any, sse_server: SSEServer, usage: bool
) -> None:
    # The estimate of this answer (a token per 4 characters) runs to 148 tokens, and the budget
    # holds the reservation (108 tokens' worth with the prompt) and 56 tokens more.
    assert sum(map(len, ANSWER)) // 4 == 147
    sse_server.enqueue(Scenario(events=openai_stream(ANSWER, usage=(5, 100) if usage else None)))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "0.32"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    assert "error" not in run.seen, run.seen.get("error")
    result: LLMResult = run.seen["result"]
    assert not result.interrupted
    assert result.text == "".join(ANSWER)
    (settled,) = run.events(CallSettled)
    assert settled.outcome == "ok"
    # The provider's count, or else the estimate (see test_answer_at_max_tokens): in the budget.
    assert settled.output_tokens == (100 if usage else 148)
    assert settled.cost <= 320_000_000
    assert not [d for d in run.events(DecisionMade) if d.rule == "budgets.reservation"]
    await run.assert_all_settled()


async def test_an_honest_answer_is_cut_where_the_budget_holds_no_room_for_the_wait(
    run_agents: Any, sse_server: SSEServer
) -> None:
    # The trade-off, said plainly: with room for the reservation and only a few tokens more, an
    # answer whose estimate runs past its reservation is cut before its last tokens, since
    # nothing shows the provider will stop at max_tokens. It is charged no more than reserved.
    sse_server.enqueue(Scenario(events=openai_stream(ANSWER)))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "0.215"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    error = run.seen.get("error")
    assert isinstance(error, BudgetExceeded), run.seen
    assert error.partial is not None
    assert "".join(ANSWER).startswith(error.partial.text)
    (settled,) = run.settled
    assert settled.outcome == "cut"
    assert settled.cost <= 215_000_000
    await run.assert_all_settled()
