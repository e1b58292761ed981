"""The budget guarantee of issue 4, end to end through Runtime, Governor, Agent and MemoryStore.

200 concurrent calls from 50 agents against one $1.00 session budget: the settled total never
exceeds $1.00, whatever hypothesis draws for call sizes (prompt length, ``max_tokens``, answer
length), cancellations (the calling task is cancelled mid-stream) and provider faults (the
stream fails mid-answer), on asyncio and trio. Every call that consumed tokens is charged for
them, and no reservation is left open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import anyio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_governor_support import Harness, Play, agent_class, make_policy

from policies import PolicyEngine, Scope, usd
from supervisor import Agent, CallSettled, ExitCode, GovernedCallError, LLMResult, ProviderError

if TYPE_CHECKING:
    from policies import PolicyConfig

AGENTS = 50
CALLS_PER_AGENT = 4
BUDGET = usd("1.00")


@dataclass(frozen=True)
class CallPlan:
    prompt_chars: int
    max_tokens: int
    chunks: int
    chunk_chars: int
    fate: Literal["ok", "cancel", "fail"]
    at: int


call_plans = st.builds(
    CallPlan,
    # Up to ~25k prompt tokens ($0.06 at $2.50/M) and 60k output tokens ($0.60 at $10/M).
    prompt_chars=st.integers(1, 100_000),
    max_tokens=st.integers(1, 60_000),
    chunks=st.integers(0, 30),
    # Chunks of up to 1,000 tokens, so answers are big enough for spend to bind the budget.
    chunk_chars=st.integers(1, 4_000),
    fate=st.sampled_from(["ok", "ok", "cancel", "fail"]),
    at=st.integers(0, 30),
)


class Spender(Agent):
    """Makes its calls concurrently; each one's plan comes from the test."""

    model = "fast:big"
    plans: ClassVar[list[CallPlan]] = []
    results: ClassVar[dict[str, Any]]

    async def run(self) -> None:
        async with anyio.create_task_group() as tg:
            for index, plan in enumerate(self.plans):
                tg.start_soon(self._one, f"{self.name}/{index}", plan)

    async def _one(self, key: str, plan: CallPlan) -> None:
        prompt = f"{key}|" + "x" * plan.prompt_chars
        with anyio.CancelScope() as scope:
            if plan.fate == "cancel":
                reached = self.results[key].reached
                async with anyio.create_task_group() as tg:

                    async def cancel_when_reached() -> None:
                        await reached.wait()
                        scope.cancel()

                    tg.start_soon(cancel_when_reached)
                    await self._call(key, prompt, plan)
                    tg.cancel_scope.cancel()
            else:
                await self._call(key, prompt, plan)

    async def _call(self, key: str, prompt: str, plan: CallPlan) -> None:
        try:
            result = await self.llm(prompt, max_tokens=plan.max_tokens)
        except (GovernedCallError, ProviderError) as exc:
            self.results[key].outcome = type(exc).__name__
            return
        self.results[key].outcome = result


def _plays(plans: dict[str, CallPlan]) -> dict[str, Play]:
    plays: dict[str, Play] = {}
    for key, plan in plans.items():
        chunk = "y" * plan.chunk_chars
        play = Play(chunks=[chunk] * plan.chunks)
        if plan.fate == "fail":
            play.fail_after = min(plan.at, plan.chunks)
        elif plan.fate == "cancel":
            play.hang_after = min(plan.at, plan.chunks)
            play.reached = anyio.Event()
        plays[key] = play
    return plays


async def _spend(
    plans: list[CallPlan], runaway: list[bool] | None = None
) -> tuple[Harness, Any, dict[str, Play], PolicyConfig]:
    """Run the 200 planned calls of 50 Spenders against the $1.00 session budget; the calls
    marked in ``runaway`` go to a provider that ignores max_tokens and reports no usage."""
    harness = Harness()
    keys = [f"a{i}/{j}" for i in range(AGENTS) for j in range(CALLS_PER_AGENT)]
    keyed = dict(zip(keys, plans, strict=True))
    plays = _plays(keyed)
    for key, wild in zip(keys, runaway or [False] * len(keys), strict=True):
        if wild:
            plays[key].honours_max_tokens = False
            plays[key].report_usage = False
    harness.provider.plan = lambda request: plays[
        str(request.messages[-1]["content"]).split("|", 1)[0]
    ]
    agents = [
        agent_class(
            f"a{i}",
            Spender,
            plans=[keyed[f"a{i}/{j}"] for j in range(CALLS_PER_AGENT)],
            results=plays,
        )
        for i in range(AGENTS)
    ]
    policy = make_policy()
    run = await harness.run(agents, policy, timeout=30)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK, run.outcome
    return harness, run, plays, policy


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    plans=st.lists(call_plans, min_size=AGENTS * CALLS_PER_AGENT, max_size=AGENTS * CALLS_PER_AGENT)
)
async def test_settled_total_never_exceeds_the_session_budget(plans: list[CallPlan]) -> None:
    harness, run, plays, policy = await _spend(plans)

    session = await run.store.balance(Scope("session", "s1"))
    # The guarantee: never a nano-dollar over, and nothing still held.
    assert session.spent.cost <= BUDGET
    assert session.reserved.cost == 0
    stats = run.store.ledger.statistics()
    assert stats.open_reservations == 0
    assert stats.overruns == 0

    # Every settlement the sink saw is in the store, and nothing else is.
    settled = [e for e in run.sink.events if isinstance(e, CallSettled)]
    assert sum(e.cost for e in settled) == session.spent.cost

    # What was consumed was charged: a finished call at the provider's reported usage, a cut,
    # cancelled or failed one at least at what the provider delivered.
    prices = PolicyEngine.prices_for(policy)
    consumed = 0
    for key, play in plays.items():
        outcome = play.outcome
        if play.sent or (play.input_tokens and play.fail_after is None and outcome is not None):
            consumed += prices.cost("fast:big", play.input_tokens, play.sent)
        if isinstance(outcome, LLMResult):
            assert outcome.usage.output_tokens == play.sent, key
            assert outcome.usage.input_tokens == play.input_tokens, key
            assert outcome.cost == prices.cost("fast:big", play.input_tokens, play.sent), key
    assert session.spent.cost >= consumed
    # The budget was really contended: some calls were refused or lowered.
    assert len(harness.provider.requests) <= AGENTS * CALLS_PER_AGENT


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    plans=st.lists(
        call_plans, min_size=AGENTS * CALLS_PER_AGENT, max_size=AGENTS * CALLS_PER_AGENT
    ),
    runaway=st.lists(
        st.booleans(), min_size=AGENTS * CALLS_PER_AGENT, max_size=AGENTS * CALLS_PER_AGENT
    ),
)
async def test_providers_that_ignore_max_tokens_never_take_the_total_over_the_budget(
    plans: list[CallPlan], runaway: list[bool]
) -> None:
    """The same guarantee when about half the calls go to a provider that ignores
    ``max_tokens`` and reports no usage: the stream runs on only as far as more could be
    reserved for it (``ReserveMore``) and is cut before the chunk that would pass that, so
    what was delivered is charged and the settled total still never exceeds the budget."""
    _, run, plays, policy = await _spend(plans, runaway)

    session = await run.store.balance(Scope("session", "s1"))
    # A chunk the provider sent is billed whether it is used or not, so a provider that ignores
    # max_tokens can take a call past what was reserved for it by the chunk that crosses it
    # (the stream is cut on that chunk); after more was reserved, the stream is cut before a
    # chunk as large as the largest so far would cross. No more than a chunk a runaway call.
    chunk_slack = sum(
        PolicyEngine.prices_for(policy).cost("fast:big", 0, -(-len(play.chunks[0]) // 4))
        for play in plays.values()
        if not play.honours_max_tokens and play.sent
    )
    assert session.spent.cost <= BUDGET + chunk_slack
    assert session.reserved.cost == 0
    assert run.store.ledger.statistics().open_reservations == 0
    settled = [e for e in run.sink.events if isinstance(e, CallSettled)]
    assert sum(e.cost for e in settled) == session.spent.cost
    # What each runaway call delivered to the agent is charged, at the estimate (a token per
    # 4 characters) at least: never capped at a max_tokens the provider did not keep to.
    by_call = {e.call_id: e for e in settled}
    for key, play in plays.items():
        if play.honours_max_tokens or not isinstance(play.outcome, LLMResult):
            continue
        result = play.outcome
        assert result.usage.output_tokens >= -(-len(result.text) // 4), key
        assert by_call[result.call_id].cost == result.cost
