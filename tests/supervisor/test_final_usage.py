"""The provider's final usage above what the call reserved: charged in full, recorded, acted on.

A call reserves its worst case (the prompt's estimate plus ``max_tokens``) on every budget, so a
budget can only be crossed by a call whose real cost is above its reservation: a provider that
reports more output than ``max_tokens`` (hidden reasoning tokens, a server that ignores the limit)
or a prompt longer than the estimate. The live count cannot see it coming (the text streamed was
short), and when the final count arrives the answer is complete: nothing can be cut. What must
not happen is that the crossing passes silently: the settlement charges it in full, records a
``budgets.reservation`` warning (audit log, run events, the call's result), and the next call
that does not fit what is left is refused.

Runs a real Runtime with an in-process provider (``FastProvider`` from
``test_governor_support``, with its usage report replaced), on asyncio and trio.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest
from test_governor_support import FastProvider, Harness, Play, agent_class, make_policy

from policies import Scope
from supervisor import Agent, BudgetExceeded, LLMResult
from supervisor._events import DecisionMade
from supervisor._providers import Finished, LLMRequest, StreamEvent, TextDelta, UsageReport

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable

pytestmark = pytest.mark.filterwarnings("error")

#: The test prices (test_governor_support.PRICES) of fast:big, nano-dollars per token.
IN_PRICE, OUT_PRICE = 2_500, 10_000


@dataclass
class Reporting(FastProvider):
    """Streams one short chunk, then reports the final usage ``usage(request)`` says."""

    usage: Callable[[LLMRequest], tuple[int, int]] = field(default=lambda _r: (10, 1))

    async def _play(self, request: LLMRequest, play: Play) -> AsyncIterator[StreamEvent]:
        yield TextDelta("ok")
        input_tokens, output_tokens = self.usage(request)
        yield UsageReport(input_tokens, output_tokens, final=True)
        yield Finished("stop")


class TwoCalls(Agent):
    """Two calls of at most 100 output tokens; records what each returned or raised."""

    model = "fast:big"

    async def run(self) -> None:
        for _ in range(2):
            try:
                results.append(await self.llm("hello", max_tokens=100))
            except BudgetExceeded as exc:
                results.append(exc)


results: list[Any] = []


@pytest.fixture(autouse=True)
def _fresh_results() -> None:
    results.clear()


def reservation_decisions(run: Any) -> list[DecisionMade]:
    return [
        e
        for e in run.sink.events
        if isinstance(e, DecisionMade) and e.rule == "budgets.reservation"
    ]


@pytest.mark.parametrize(
    ("usage", "why"),
    [
        # 5,000 output tokens of which the stream showed one: reasoning, or max_tokens ignored.
        pytest.param(lambda _r: (10, 5_000), "output", id="output"),
        # A prompt of 10,000 tokens where the estimate saw a handful (an image, a long tool
        # schema, another tokenizer), and the answer up to max_tokens.
        pytest.param(lambda _r: (10_000, 100), "prompt", id="prompt"),
    ],
)
async def test_a_final_count_above_the_reservation_is_charged_recorded_and_refuses_the_next(
    harness: Harness, usage: Callable[[LLMRequest], tuple[int, int]], why: str
) -> None:
    harness.provider = Reporting(usage=usage)
    run = await harness.run([agent_class("a1", TwoCalls)], make_policy(budget="0.01"))
    first, second = results
    input_tokens, output_tokens = usage(harness.provider.requests[0])
    cost = input_tokens * IN_PRICE + output_tokens * OUT_PRICE
    assert cost > 10_000_000  # above the $0.01 budget, far above the call's reservation

    # Charged in full: the spend is what the provider reported, over the budget.
    assert isinstance(first, LLMResult)
    assert first.cost == cost
    balance = await run.store.balance(Scope("session", "s1"))
    assert balance.spent.cost == cost
    assert balance.reserved.cost == 0

    # Recorded: in the call's result, in the run's events, in the audit log, with the numbers.
    (warned,) = [d for d in first.decisions if d.rule == "budgets.reservation"]
    assert (warned.action, warned.mode) == ("Warn", "enforce")
    (event,) = reservation_decisions(run)
    assert (event.decision, event.mode, event.call_id) == ("Warn", "enforce", first.call_id)
    assert event.numbers["cost"] == cost
    assert event.numbers["reserved_cost"] < cost
    assert event.numbers["input_tokens"] == input_tokens
    assert event.numbers["output_tokens"] == output_tokens
    if why == "output":
        assert event.numbers["output_tokens"] > event.numbers["max_tokens"] == 100
    else:
        assert event.numbers["input_tokens"] > event.numbers["estimated_input_tokens"]
    audit = [r.data for r in await run.store.read_audit() if r.event == "decision"]
    (record,) = [r for r in audit if r["rule"] == "budgets.reservation"]
    assert record["decision"] == "Warn"
    assert record["call_id"] == first.call_id
    assert record["numbers"]["cost"] == cost

    # Acted on: the budget is spent, so the next call is refused before it is sent.
    assert isinstance(second, BudgetExceeded)
    assert second.rule == "budgets.session.cost"
    assert len(harness.provider.requests) == 1
    assert any(r["rule"] == "budgets.session.cost" for r in audit)


async def test_a_final_count_within_the_reservation_records_nothing(harness: Harness) -> None:
    # Exactly max_tokens out: the stream's live cost reaches the reservation (a provider that
    # honours max_tokens stops there), which is no overrun and no warning.
    harness.provider = Reporting(usage=lambda r: (3 + 3 * len(r.messages), r.max_tokens))
    run = await harness.run([agent_class("a1", TwoCalls)], make_policy(budget="1.00"))
    first, second = results
    assert isinstance(first, LLMResult)
    assert isinstance(second, LLMResult)
    assert first.usage.output_tokens == 100
    assert reservation_decisions(run) == []
    assert not first.decisions
    audit = [r.data for r in await run.store.read_audit() if r.event == "decision"]
    assert audit == []
