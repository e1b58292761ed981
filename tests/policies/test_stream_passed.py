"""When a stream has passed its ``max_tokens``: on evidence, not on the text estimate alone.

Before, a stream counted as past ``max_tokens`` as soon as its estimate (a token per 4
characters, or per delta, whichever is more) was, and was cut with ``BudgetExceeded`` ("The
stream's live cost reached what was reserved for this call"), with or without a budget. English
runs about 4.5 characters a token, so an answer that a provider honouring ``max_tokens`` would
have ended at 100 tokens was cut at about 90, and never reached the agent whole.
"""

from __future__ import annotations

from typing import Any

from policies import (
    STREAM_ESTIMATE_MARGIN,
    CallContext,
    ModelPrice,
    Permit,
    PolicyEngine,
    PriceTable,
    StreamMonitor,
    parse_policy,
)

PRICES = PriceTable({"openai:big": ModelPrice.from_usd(1, 10)}, use_table=False)


def monitor(max_tokens: int = 100, **policy: Any) -> StreamMonitor:
    engine = PolicyEngine(parse_policy(policy), PRICES)
    ctx = CallContext(
        session="s",
        agent="a",
        call_id="c1",
        model_ref="openai:big",
        messages=[{"role": "user", "content": "Summarise the quarter."}],
        max_tokens=max_tokens,
        now=0.0,
    )
    permit = engine.pre_call(ctx)
    assert isinstance(permit, Permit)
    return engine.open_stream(ctx, permit)


def test_one_token_deltas_of_prose_up_to_max_tokens_have_not_passed_it() -> None:
    m = monitor()
    for _ in range(100):  # 100 deltas of 5 characters: an estimate of 125 tokens
        m.feed(" word")
    assert m.output_tokens == 125
    assert not m.passed(100)
    m.feed(" more")  # a 101st delta: a token at least, past max_tokens for sure
    assert m.passed(100)


def test_text_past_max_tokens_by_more_than_the_estimates_margin_has_passed_it() -> None:
    m = monitor()
    limit = 100 + int(100 * STREAM_ESTIMATE_MARGIN)
    m.feed("x" * (4 * limit))  # one big delta (a provider sending several tokens a delta)
    assert not m.passed(100)
    m.feed("xxxx")
    assert m.passed(100)


def test_the_providers_own_count_decides_both_ways() -> None:
    m = monitor()
    m.feed("y" * 2_000)  # an estimate of 500 tokens
    m.feed("", output_tokens=100)  # the final count: exactly max_tokens
    assert not m.passed(100)
    interim = monitor()
    interim.floor(101)  # an interim count (thinking streams no text): past it
    assert interim.passed(100)


def test_the_budget_decision_still_comes_when_the_estimate_reaches_the_reservation() -> None:
    """Only the cut waits for evidence: the decision that the live cost reached what was
    reserved is still returned, for the caller to cut on once :meth:`passed` says so."""
    m = monitor(budgets={"session": {"cost": "1.00"}})
    decisions = [m.feed(" word") for _ in range(100)]
    assert any(d is not None and d.rule == "budgets.reservation" for d in decisions)
    assert not m.passed(100)
