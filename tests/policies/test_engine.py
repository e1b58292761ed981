from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from policies import (
    Amounts,
    Balance,
    CallContext,
    CallOutcome,
    Counters,
    Decision,
    Escalate,
    Escalation,
    Interrupt,
    Limits,
    ModelPrice,
    Permit,
    PolicyEngine,
    PriceTable,
    Refuse,
    Reroute,
    Rule,
    Scope,
    StopAgent,
    ToolContext,
    ToolPermit,
    UnknownPrice,
    Warn,
    agent_name_of,
    agent_scope_id,
    parse_policy,
    usd,
)

# $1 per million input tokens and $10 per million output: 1 token in = 1_000 nano, out = 10_000.
PRICES = PriceTable(
    {
        "openai:big": ModelPrice.from_usd(1, 10),
        "openai:small": ModelPrice.from_usd("0.1", 1),
    },
    use_table=False,
)
MESSAGES = [{"role": "user", "content": "x" * 300}]  # 100 tokens + 7 overhead


def engine(policy: dict[str, Any], rules: tuple[Rule, ...] = ()) -> PolicyEngine:
    return PolicyEngine(parse_policy(policy), PRICES, rules)


def ctx(**kw: Any) -> CallContext:
    base: dict[str, Any] = {
        "session": "s",
        "agent": "a",
        "call_id": "c1",
        "model_ref": "openai:big",
        "messages": MESSAGES,
        "max_tokens": 1000,
        "now": 100.0,
    }
    base.update(kw)
    return CallContext(**base)


def spent(scope: Scope, cost: int = 0, calls: int = 0, tokens: int = 0) -> Balance:
    return Balance(Limits(), Amounts(cost, tokens, calls), Amounts(), Limits())


def test_permit_reserves_the_worst_case() -> None:
    verdict = engine({}).pre_call(ctx())
    assert isinstance(verdict, Permit)
    assert verdict.input_tokens == 107
    assert verdict.max_tokens == 1000
    assert verdict.reservation == Amounts(cost=107 * 1_000 + 1000 * 10_000, tokens=1107, calls=1)


def test_a_prompt_written_to_the_cache_is_reserved_at_the_write_price() -> None:
    """A request that marks its prompt for the provider's cache may pay the write price for
    all of it: the worst case reserves so, and the 1-hour cache's price when it asks for it."""
    prices = PriceTable({"anthropic:m": ModelPrice.from_usd(1, 10, "0.1", "1.25", 2)})
    eng = PolicyEngine(parse_policy({}), prices)
    block = {"type": "text", "text": "x" * 300, "cache_control": {"type": "ephemeral"}}
    marked = [{"role": "user", "content": [block]}]
    plain, written = (
        eng.pre_call(ctx(model_ref="anthropic:m", messages=m))
        for m in ([{"role": "user", "content": [{"type": "text", "text": "x" * 300}]}], marked)
    )
    assert isinstance(plain, Permit)
    assert isinstance(written, Permit)
    tokens = plain.input_tokens
    assert written.input_tokens >= tokens  # the mark counts too
    assert plain.reservation.cost == tokens * 1_000 + 1000 * 10_000
    assert written.reservation.cost == written.input_tokens * 1_250 + 1000 * 10_000
    long = [{"role": "user", "content": [{**block, "cache_control": {"ttl": "1h"}}]}]
    verdict = eng.pre_call(ctx(model_ref="anthropic:m", messages=long))
    assert isinstance(verdict, Permit)
    assert verdict.reservation.cost == verdict.input_tokens * 2_000 + 1000 * 10_000


def test_unpriced_says_why_every_call_to_a_model_would_be_refused() -> None:
    assert engine({}).unpriced("openai:big") is None
    missing = engine({}).unpriced("openai:nope")
    assert isinstance(missing, UnknownPrice)
    always = {"reroute": [{"from": "openai:nope", "to": "openai:small", "when": "always"}]}
    assert engine(always).unpriced("openai:nope") is None  # never called as it is
    shadow = {"reroute": [{**always["reroute"][0], "mode": "shadow"}]}
    assert isinstance(engine(shadow).unpriced("openai:nope"), UnknownPrice)

    class Anything(Rule):
        def pre_call(self, ctx: CallContext) -> None:
            return None

    assert engine({}, (Anything(),)).unpriced("openai:nope") is None  # a rule may reroute


def test_default_max_tokens() -> None:
    verdict = engine({"limits": {"default_max_tokens": 50}}).pre_call(ctx(max_tokens=None))
    assert isinstance(verdict, Permit)
    assert verdict.max_tokens == 50


def test_unknown_price_is_refused() -> None:
    verdict = engine({}).pre_call(ctx(model_ref="local:llama3"))
    assert isinstance(verdict, Refuse)
    assert verdict.kind == "unknown_price"
    assert "local:llama3" in verdict.reason


def test_unknown_price_refusal_says_how_to_price_the_model() -> None:
    """The refusal's reason is one line (a log line, the TUI's decision log, ``CallDenied``),
    and it said "Add an entry to the policy file, for example:" and stopped there: the example
    that followed the colon had been cut off with the lines after the first."""
    verdict = engine({}).pre_call(ctx(model_ref="local:llama3"))
    assert isinstance(verdict, Refuse)
    reason = verdict.reason
    assert "\n" not in reason
    assert not reason.rstrip().endswith(":"), reason
    assert '[prices."local:llama3"]' in reason
    assert "input_per_mtok" in reason
    assert "output_per_mtok" in reason


SESSION_BUDGET = {"budgets": {"session": {"cost": "0.01"}}}  # 10_000_000 nano


def test_budget_that_fits_is_permitted() -> None:
    verdict = engine(SESSION_BUDGET).pre_call(ctx())
    assert isinstance(verdict, Permit)
    assert verdict.reservation.cost <= usd("0.01")


def test_shortfall_lowers_max_tokens_to_fit() -> None:
    balances = {Scope("session", "s"): spent(Scope("session", "s"), cost=usd("0.005"))}
    verdict = engine(SESSION_BUDGET).pre_call(ctx(balances=balances))
    assert isinstance(verdict, Permit)
    assert verdict.max_tokens < 1000
    left = usd("0.01") - usd("0.005")
    assert verdict.reservation.cost <= left
    assert PRICES.cost("openai:big", 107, verdict.max_tokens + 1) > left
    assert any(isinstance(d, Warn) and "lowered" in d.reason for d in verdict.decisions)


def test_a_refusal_never_shows_what_is_left_and_the_worst_case_as_the_same_amount() -> None:
    """$1.00 left and a worst case of $1.0000005 were both shown as "$1.00": "has $1.00 left
    and this call's worst case is $1.00", a refusal that reads as if the call fitted. When
    the usual rounding makes them look alike, both are shown to the nano-dollar."""
    prices = PriceTable({"openai:big": ModelPrice.from_usd(1, 10)}, use_table=False)
    policy = {"budgets": {"session": {"cost": "1"}}, "on_shortfall": {"steps": ["refuse"]}}
    eng = PolicyEngine(parse_policy(policy), prices)
    # 107 prompt tokens at $1/M and 99,990 output tokens at $10/M: $1.000007.
    verdict = eng.pre_call(ctx(max_tokens=99_990))
    assert isinstance(verdict, Refuse)
    assert verdict.decision.numbers["needed"] == usd("1.000007")
    assert "has $1.00 left and this call's worst case is $1.000007." in verdict.reason


def test_shortfall_never_lowers_below_the_minimum_then_refuses() -> None:
    balances = {Scope("session", "s"): spent(Scope("session", "s"), cost=usd("0.0098"))}
    policy = {**SESSION_BUDGET, "on_shortfall": {"min_max_tokens": 100, "fallback": "sorry"}}
    verdict = engine(policy).pre_call(ctx(balances=balances))
    assert isinstance(verdict, Refuse)
    assert verdict.kind == "budget"
    assert verdict.fallback == "sorry"
    assert "session budget 'session:s'" in verdict.reason
    assert verdict.decision.numbers["scope"] == "session:s"


def test_a_refusal_says_how_far_max_tokens_could_have_been_lowered() -> None:
    """With lower_max_tokens among the remedies, a call refused because what fits is under
    min_max_tokens read only "has $0.0002 left and this call's worst case is $0.010107", as if
    lowering had never been tried. The reason now says what would fit and the minimum."""
    balances = {Scope("session", "s"): spent(Scope("session", "s"), cost=usd("0.0098"))}
    policy = {**SESSION_BUDGET, "on_shortfall": {"min_max_tokens": 100}}
    verdict = engine(policy).pre_call(ctx(balances=balances))
    assert isinstance(verdict, Refuse)
    # $0.0002 left: the prompt's 107 tokens cost $0.000107, leaving 9 output tokens.
    assert (
        "max_tokens could be lowered only to 9, below on_shortfall.min_max_tokens (100)."
        in verdict.reason
    )
    assert verdict.decision.numbers["fitting_max_tokens"] == 9
    # Without lower_max_tokens among the steps, nothing is said of it.
    policy = {**SESSION_BUDGET, "on_shortfall": {"steps": ["refuse"], "min_max_tokens": 100}}
    verdict = engine(policy).pre_call(ctx(balances=balances))
    assert isinstance(verdict, Refuse)
    assert "lowered" not in verdict.reason


def test_shortfall_lowers_max_tokens_no_further_than_the_thinking_budget() -> None:
    """Thinking counts inside max_tokens: a lowered max_tokens stays above the call's thinking
    budget, or the call is refused with that reason (about 489 tokens fit here)."""
    balances = {Scope("session", "s"): spent(Scope("session", "s"), cost=usd("0.005"))}
    verdict = engine(SESSION_BUDGET).pre_call(ctx(balances=balances, reasoning_tokens=300))
    assert isinstance(verdict, Permit)
    assert 300 < verdict.max_tokens < 1000
    for budget in (verdict.max_tokens, 600):
        refused = engine(SESSION_BUDGET).pre_call(ctx(balances=balances, reasoning_tokens=budget))
        assert isinstance(refused, Refuse)
        assert refused.kind == "budget"
        assert f"thinking budget of {budget} tokens counts inside it" in refused.reason
        assert refused.decision.numbers["reasoning_tokens"] == budget


def test_shortfall_reroutes_to_a_cheaper_model() -> None:
    policy = {
        **SESSION_BUDGET,
        "on_shortfall": {"steps": ["reroute", "refuse"]},
        "reroute": [{"from": "openai:big", "to": "openai:small"}],
    }
    balances = {Scope("session", "s"): spent(Scope("session", "s"), cost=usd("0.005"))}
    verdict = engine(policy).pre_call(ctx(balances=balances))
    assert isinstance(verdict, Permit)
    assert verdict.model_ref == "openai:small"
    assert verdict.rerouted_from == "openai:big"
    assert verdict.max_tokens == 1000
    assert any(isinstance(d, Reroute) for d in verdict.decisions)


def test_a_reroute_that_also_lowers_max_tokens_says_so() -> None:
    """Rerouted to the cheaper model with max_tokens lowered to what fits there, the reason
    said only "Rerouted from openai:big to openai:small.": an answer then stopping early at
    max_tokens came with no word of why."""
    policy = {
        **SESSION_BUDGET,  # $0.01: about 990 output tokens of openai:big, 9,990 of small
        "on_shortfall": {
            "steps": ["lower_max_tokens", "reroute", "refuse"],
            "min_max_tokens": 5_000,
        },
        "reroute": [{"from": "openai:big", "to": "openai:small"}],
    }
    verdict = engine(policy).pre_call(ctx(max_tokens=100_000))
    assert isinstance(verdict, Permit)
    assert verdict.model_ref == "openai:small"
    assert verdict.max_tokens < 100_000
    (reroute,) = [d for d in verdict.decisions if isinstance(d, Reroute)]
    assert reroute.reason.endswith(
        f"Rerouted from openai:big to openai:small, max_tokens lowered from 100000 to "
        f"{verdict.max_tokens}."
    )


def test_a_refusal_says_which_reroute_targets_were_passed_over_and_why() -> None:
    """Under a policy that reroutes, a refusal used to read as if no reroute had been looked
    at. It names each target passed over: one with no price, one that does not fit either."""
    eng = engine(
        {
            "budgets": {"session": {"cost": "0.0001"}},
            "on_shortfall": {"steps": ["reroute", "refuse"]},
            "reroute": [
                {"from": "openai:big", "to": "openai:unpriced"},
                {"from": "openai:unpriced", "to": "openai:small"},
            ],
        }
    )
    refused = eng.pre_call(ctx(max_tokens=100_000))
    assert isinstance(refused, Refuse)
    assert refused.reason.endswith(
        "Rerouting was tried: openai:unpriced has no price; openai:small does not fit either."
    )
    assert refused.decision.numbers["reroute_tried"] == (
        "openai:unpriced has no price; openai:small does not fit either"
    )


def test_a_reroute_to_a_model_that_counts_images_higher_estimates_them_so() -> None:
    """gpt-4o-mini counts an image as up to 48,169 tokens (at a sixteenth of gpt-4o's price):
    a call rerouted to it reserves for that, not for gpt-4o's count."""
    prices = PriceTable(
        {
            "openai:gpt-4o": ModelPrice.from_usd("2.5", 10),
            "openai:gpt-4o-mini": ModelPrice.from_usd("0.15", "0.6"),
        },
        use_table=False,
    )
    policy = {
        "budgets": {"session": {"cost": "0.20"}},
        "on_shortfall": {"steps": ["reroute", "refuse"]},
        "reroute": [{"from": "openai:gpt-4o", "to": "openai:gpt-4o-mini"}],
    }
    image = {"type": "image_url", "image_url": {"url": "https://example.com/chart.png"}}
    messages = [{"role": "user", "content": [{"type": "text", "text": "What is this?"}, image]}]
    balances = {Scope("session", "s"): spent(Scope("session", "s"), cost=usd("0.19"))}
    eng = PolicyEngine(parse_policy(policy), prices)
    call = ctx(model_ref="openai:gpt-4o", messages=messages, balances=balances, max_tokens=500)
    verdict = eng.pre_call(call)
    assert isinstance(verdict, Permit)
    assert verdict.model_ref == "openai:gpt-4o-mini"
    assert verdict.input_tokens >= 48_169
    assert verdict.reservation.cost >= prices.cost("openai:gpt-4o-mini", 48_169, 500)


def test_shortfall_escalates() -> None:
    policy = {**SESSION_BUDGET, "on_shortfall": {"steps": ["escalate"], "question": "More?"}}
    balances = {Scope("session", "s"): spent(Scope("session", "s"), cost=usd("0.01"))}
    verdict = engine(policy).pre_call(ctx(balances=balances))
    assert isinstance(verdict, Escalation)
    assert verdict.question.startswith("More? Approving grants session 's' ")
    # The call as asked runs on approval, its worst case raising the session by what it lacks.
    assert verdict.permit is not None
    assert (verdict.permit.model_ref, verdict.permit.max_tokens) == ("openai:big", 1000)
    assert verdict.grant == {Scope("session", "s"): Amounts(cost=verdict.permit.reservation.cost)}


def test_shortfall_escalation_asks_for_exactly_the_room_it_lacks() -> None:
    """Approving a shortfall escalation grants the call the room it lacks (issue 4): the
    question, its evidence and the grant say how much, per short scope and dimension; a
    scope with room, or a dimension with no limit, is never in it."""
    policy = {
        "budgets": {"session": {"cost": "0.01"}, "agent": {"cost": "1.00", "calls": 1}},
        "on_shortfall": {"steps": ["escalate"]},
    }
    session, agent = Scope("session", "s"), Scope("agent", agent_scope_id("s", "a"))
    balances = {
        session: spent(session, cost=usd("0.006")),
        agent: spent(agent, cost=usd("0.006"), calls=1),
    }
    verdict = engine(policy).pre_call(ctx(balances=balances))
    assert isinstance(verdict, Escalation)
    assert verdict.permit is not None
    worst = verdict.permit.reservation.cost
    assert verdict.grant == {
        session: Amounts(cost=worst - usd("0.004")),
        agent: Amounts(calls=1),
    }
    assert "anyway" not in verdict.question
    assert "cannot run" not in verdict.question
    assert "fallback" in verdict.question
    text = verdict.evidence["grant"]
    assert isinstance(text, str)
    assert (
        text
        == "agent 's/a' 1 call more (limit 1 call) and session 's' $0.006107 more (limit $0.01)"
    )
    assert text in verdict.question


def test_a_grant_escalation_keeps_a_rules_reroute() -> None:
    """The call an approval runs is the call as the rules left it: rerouted, and saying so."""

    class ToBig(Rule):
        name = "to-big"

        def pre_call(self, ctx: CallContext) -> Decision | None:
            return Reroute(rule=self.name, model="openai:big")

    policy = {**SESSION_BUDGET, "on_shortfall": {"steps": ["escalate"]}}
    balances = {Scope("session", "s"): spent(Scope("session", "s"), cost=usd("0.01"))}
    eng = engine(policy, (ToBig(),))
    verdict = eng.pre_call(ctx(model_ref="openai:small", balances=balances))
    assert isinstance(verdict, Escalation)
    assert verdict.permit is not None
    assert (verdict.permit.model_ref, verdict.permit.rerouted_from) == (
        "openai:big",
        "openai:small",
    )


def test_grants_count_as_budget() -> None:
    """What people granted before (``Balance.granted``) is room the next call may use."""
    policy = {**SESSION_BUDGET, "on_shortfall": {"steps": ["refuse"]}}
    session = Scope("session", "s")
    used = Balance.of(Limits(cost=usd("0.01")), Amounts(cost=usd("0.01")), Amounts())
    assert isinstance(engine(policy).pre_call(ctx(balances={session: used})), Refuse)
    granted = Balance.of(
        Limits(cost=usd("0.01")), Amounts(cost=usd("0.01")), Amounts(), Amounts(cost=usd(1))
    )
    assert isinstance(engine(policy).pre_call(ctx(balances={session: granted})), Permit)


def test_max_grant_usd_skips_the_question() -> None:
    policy = {
        **SESSION_BUDGET,
        "on_shortfall": {
            "steps": ["escalate", "refuse"],
            "max_grant_usd": "0.005",
            "fallback": "Over budget.",
        },
    }
    balances = {Scope("session", "s"): spent(Scope("session", "s"), cost=usd("0.01"))}
    verdict = engine(policy).pre_call(ctx(balances=balances))
    assert isinstance(verdict, Refuse)
    assert verdict.fallback == "Over budget."
    assert "Nobody was asked to grant the $0.010107 it lacks" in verdict.reason
    assert "on_shortfall.max_grant_usd ($0.005)" in verdict.reason
    # Under the cap, the person is asked.
    policy["on_shortfall"]["max_grant_usd"] = "0.02"  # type: ignore[index]
    assert isinstance(engine(policy).pre_call(ctx(balances=balances)), Escalation)


def test_regrant_refuses_a_call_that_outgrew_the_approved_grant() -> None:
    policy = {**SESSION_BUDGET, "on_shortfall": {"steps": ["escalate"], "fallback": "No."}}
    session = Scope("session", "s")
    eng = engine(policy)
    verdict = eng.pre_call(ctx(balances={session: spent(session, cost=usd("0.006"))}))
    assert isinstance(verdict, Escalation)
    assert verdict.permit is not None
    assert verdict.grant is not None
    # As asked: within the grant. Less spent meanwhile: within it too (it needs less).
    for cost in ("0.006", "0.001"):
        now = ctx(balances={session: spent(session, cost=usd(cost))})
        assert eng.regrant(now, verdict.permit, verdict.grant) is None
    # Others spent meanwhile: the approved grant no longer covers it.
    later = ctx(balances={session: spent(session, cost=usd("0.007"))})
    refused = eng.regrant(later, verdict.permit, verdict.grant)
    assert isinstance(refused, Refuse)
    assert refused.kind == "budget"
    assert refused.fallback == "No."
    assert "the approved grant of session 's' $0.006107 more" in refused.reason
    assert "no longer covers it, as the call now lacks session 's' $0.007107 more" in (
        refused.reason
    )


def test_calls_budget_cannot_be_lowered_around() -> None:
    policy = {"budgets": {"agent": {"calls": 3}}}
    agent = Scope("agent", agent_scope_id("s", "a"))
    balances = {agent: spent(agent, calls=3)}
    verdict = engine(policy).pre_call(ctx(balances=balances))
    assert isinstance(verdict, Refuse)
    assert verdict.decision.numbers["dimension"] == "calls"
    # Not "this call's worst case is 1 calls".
    assert verdict.reason.endswith("has 0 calls left and this call's worst case is 1 call.")


def test_agent_budgets_belong_to_their_session() -> None:
    """The same agent name in another session has its own agent budget."""
    assert ctx().scopes()[1] == Scope("agent", "s/a")
    assert ctx(session="t").scopes()[1] == Scope("agent", "t/a")
    assert agent_name_of(ctx().scopes()[1].id) == "a"


def test_per_call_budget() -> None:
    verdict = engine(
        {"budgets": {"call": {"cost": "0.001"}}, "on_shortfall": {"steps": ["refuse"]}}
    ).pre_call(ctx())
    assert isinstance(verdict, Refuse)
    assert "call budget 'call:c1'" in verdict.reason


def test_shadow_budget_only_records() -> None:
    policy = {"budgets": {"session": {"cost": "0.0001", "mode": "shadow"}}}
    verdict = engine(policy).pre_call(ctx())
    assert isinstance(verdict, Permit)
    assert [d.mode for d in verdict.decisions] == ["shadow"]


def test_warn_at_fires_once_per_scope() -> None:
    policy = {"budgets": {"session": {"cost": "0.012", "warn_at": 0.5}}}
    eng = engine(policy)
    first = eng.pre_call(ctx())
    second = eng.pre_call(ctx(call_id="c2"))
    assert isinstance(first, Permit)
    assert isinstance(second, Permit)
    assert [d.rule for d in first.decisions] == ["budgets.session.warn_at"]
    assert second.decisions == ()


def test_warn_at_is_not_used_up_by_a_call_that_is_refused() -> None:
    """A call whose worst case alone is over the whole budget is refused; it used to take the
    scope's one warning with it ("80% used" at nothing spent), so the spend that really reached
    80% later was never warned about. The warning now goes with an admitted call."""
    eng = engine(
        {
            "budgets": {"session": {"cost": "0.01", "warn_at": 0.8}},
            "on_shortfall": {"steps": ["refuse"]},
        }
    )
    session = Scope("session", "s")
    refused = eng.pre_call(ctx(call_id="big", max_tokens=100_000))
    assert isinstance(refused, Refuse)
    assert "budgets.session.warn_at" not in [d.rule for d in refused.decisions]
    quiet = eng.pre_call(ctx(call_id="early", max_tokens=100))  # $0.0011 of $0.01
    assert isinstance(quiet, Permit)
    assert quiet.decisions == ()
    late = eng.pre_call(
        ctx(call_id="late", max_tokens=100, balances={session: spent(session, cost=usd("0.0085"))})
    )
    assert isinstance(late, Permit)
    (warning,) = late.decisions
    assert warning.rule == "budgets.session.warn_at"
    assert warning.numbers["used"] == usd("0.0085")


def test_warn_at_says_how_much_is_used() -> None:
    """With $0.0085 spent and a worst case of $0.0011, a $0.01 budget is 96% used; the warning
    said "is 80% used", its mark, as if that were the spend, and its numbers left the call's
    worst case out. It now says both."""
    eng = engine({"budgets": {"session": {"cost": "0.01", "warn_at": 0.8}}})
    session = Scope("session", "s")
    late = eng.pre_call(ctx(max_tokens=100, balances={session: spent(session, cost=usd("0.0085"))}))
    assert isinstance(late, Permit)
    (warning,) = late.decisions
    assert warning.reason == (
        "The session budget 'session:s' is 96% used (counting this call's worst case), past "
        "its warning mark of 80%."
    )
    assert warning.numbers["worst_case"] == late.reservation.cost


def test_warn_at_counts_the_lowered_worst_case() -> None:
    """A call lowered to fit reserves what is left: that crosses the mark, and it warns."""
    eng = engine({"budgets": {"session": {"cost": "0.01", "warn_at": 0.8}}})
    lowered = eng.pre_call(ctx(max_tokens=100_000))
    assert isinstance(lowered, Permit)
    assert lowered.max_tokens < 100_000
    assert [d.rule for d in lowered.decisions] == [
        "budgets.session.cost",
        "budgets.session.warn_at",
    ]


def test_never_admits_what_does_not_fit() -> None:
    eng = engine({"budgets": {"session": {"cost": "0.01", "tokens": 5000}}})
    for used in range(0, usd("0.01"), usd("0.0007")):
        balances = {
            Scope("session", "s"): spent(Scope("session", "s"), cost=used, tokens=used // 5000)
        }
        verdict = eng.pre_call(ctx(balances=balances, call_id=f"c{used}"))
        if isinstance(verdict, Permit):
            assert verdict.reservation.cost + used <= usd("0.01")
            assert verdict.reservation.tokens + used // 5000 <= 5000


def test_always_reroute() -> None:
    eng = engine({"reroute": [{"from": "openai:big", "to": "openai:small", "when": "always"}]})
    verdict = eng.pre_call(ctx())
    assert isinstance(verdict, Permit)
    assert verdict.model_ref == "openai:small"
    assert verdict.rerouted_from == "openai:big"


def test_calls_per_minute_sliding_window() -> None:
    eng = engine({"limits": {"calls_per_minute": 2}})
    assert isinstance(eng.pre_call(ctx(call_id="1", now=0.0)), Permit)
    assert isinstance(eng.pre_call(ctx(call_id="2", now=10.0)), Permit)
    refused = eng.pre_call(ctx(call_id="3", now=20.0))
    assert isinstance(refused, Refuse)
    assert refused.kind == "rate"
    assert refused.retry_after == pytest.approx(40.0)
    assert isinstance(eng.pre_call(ctx(call_id="4", now=60.5)), Permit)


def test_rate_windows_are_kept_only_for_the_limits_that_read_them() -> None:
    # Each admitted call adds an entry that lives a minute; with no rate limit, nothing to keep.
    eng = engine({})
    for i in range(50):
        assert isinstance(eng.pre_call(ctx(call_id=str(i), now=float(i))), Permit)
    assert eng._windows == {}
    assert "windows=0" in repr(eng)
    limited = engine({"limits": {"calls_per_minute": 100}})
    assert isinstance(limited.pre_call(ctx(call_id="1")), Permit)
    assert list(limited._windows) == [("calls", "s")]


def test_tokens_per_minute_corrected_by_post_call() -> None:
    eng = engine({"limits": {"tokens_per_minute": 2000}})
    first = eng.pre_call(ctx(call_id="1"))
    assert isinstance(first, Permit)
    assert isinstance(eng.pre_call(ctx(call_id="2")), Refuse)
    eng.post_call(
        ctx(call_id="1"), CallOutcome(model_ref="openai:big", input_tokens=100, output_tokens=10)
    )
    assert isinstance(eng.pre_call(ctx(call_id="3")), Permit)


def test_a_call_never_sent_gives_its_place_in_the_rate_windows_back() -> None:
    """pre_call counts an admitted call in the windows before the governor's reserve is
    written; when the reserve fails (store down, a shortfall from another process, a stop
    meanwhile) the call is never sent, and unclaim takes it back: a store outage, or the
    governor asking again after a shortfall, must not use up calls_per_minute."""
    eng = engine(
        {"limits": {"calls_per_minute": 1, "agent_calls_per_minute": 1, "tokens_per_minute": 1200}}
    )
    assert isinstance(eng.pre_call(ctx(call_id="1", now=0.0)), Permit)
    assert isinstance(eng.pre_call(ctx(call_id="2", now=1.0)), Refuse)
    eng.unclaim("1")
    eng.unclaim("1")  # idempotent; unknown ids are a no-op
    eng.unclaim("never")
    assert isinstance(eng.pre_call(ctx(call_id="3", now=2.0)), Permit)
    assert isinstance(eng.pre_call(ctx(call_id="4", now=3.0)), Refuse)
    # A settled call's entry is corrected, and then no longer held for unclaim.
    eng.post_call(
        ctx(call_id="3"), CallOutcome(model_ref="openai:big", input_tokens=100, output_tokens=10)
    )
    assert not eng._claims


def test_a_settled_call_counted_only_in_the_call_windows_leaves_nothing_behind() -> None:
    """With calls_per_minute alone there is nothing to correct after a call: no post_call is
    asked for, the call stays counted, and its entries kept for unclaim are forgotten."""
    eng = engine({"limits": {"calls_per_minute": 1}})
    first = ctx(call_id="1", now=0.0)
    assert isinstance(eng.pre_call(first), Permit)
    assert eng.needs_post_call(first) is False
    assert not eng._claims
    eng.unclaim("1")  # too late: it was sent and settled, it stays counted
    assert isinstance(eng.pre_call(ctx(call_id="2", now=1.0)), Refuse)


def test_a_call_larger_than_tokens_per_minute_alone_is_refused_with_no_retry_time() -> None:
    """Its worst case (1,107 tokens) is over the limit of 1,000 on its own: waiting cannot
    help, so no retry time is given (a call under rate_wait_seconds would otherwise wait a
    whole minute to be refused again) and the reason says what to change."""
    eng = engine({"limits": {"tokens_per_minute": 1000, "rate_wait_seconds": 120}})
    refused = eng.pre_call(ctx(call_id="1"))
    assert isinstance(refused, Refuse)
    assert refused.kind == "rate"
    assert refused.retry_after is None
    assert "can never fit" in refused.reason
    assert "max_tokens" in refused.reason
    # One that fits alone, refused only for what the minute already used, may wait.
    assert isinstance(eng.pre_call(ctx(call_id="2", max_tokens=500)), Permit)
    eng.post_call(  # settled at its worst case: only the clock frees the window
        ctx(call_id="2"), CallOutcome(model_ref="openai:big", input_tokens=107, output_tokens=500)
    )
    later = eng.pre_call(ctx(call_id="3", max_tokens=500, now=130.0))
    assert isinstance(later, Refuse)
    assert later.retry_after == pytest.approx(30.0)


def test_a_call_over_tokens_per_minute_for_calls_still_in_flight_is_asked_again_soon() -> None:
    """Calls in flight hold their worst case in the tokens-per-minute window until they
    settle, and a settle corrects it to what they used, which is usually far less. A call
    over the limit only for such worst cases was given the time the window's oldest entry
    leaves it (59 s here), past any rate_wait_seconds, so it was refused at once though room
    came a few milliseconds later. It is now asked about again soon (a call that settles may
    make room), within rate_wait_seconds as before; what the limit admits is unchanged."""
    eng = engine({"limits": {"tokens_per_minute": 1300, "rate_wait_seconds": 5}})
    first = ctx(call_id="1", max_tokens=500, now=0.0)
    assert isinstance(eng.pre_call(first), Permit)  # 607 tokens at worst
    second = eng.pre_call(ctx(call_id="2", max_tokens=700, now=1.0))  # 807 more
    assert isinstance(second, Refuse)
    assert second.kind == "rate"
    assert second.retry_after is not None
    assert second.retry_after <= 0.5
    eng.post_call(first, CallOutcome(model_ref="openai:big", input_tokens=107, output_tokens=20))
    assert isinstance(eng.pre_call(ctx(call_id="3", max_tokens=700, now=1.3)), Permit)
    # Settled calls free nothing before they leave the window: the wait is the window's.
    fourth = eng.pre_call(ctx(call_id="4", max_tokens=500, now=1.5))
    assert isinstance(fourth, Refuse)
    assert fourth.retry_after is not None
    assert fourth.retry_after <= 0.5  # call 3 is in flight, and it alone would make room
    eng.post_call(
        ctx(call_id="3", max_tokens=700),
        CallOutcome(model_ref="openai:big", input_tokens=107, output_tokens=700),
    )
    fifth = eng.pre_call(ctx(call_id="5", max_tokens=500, now=2.0))
    assert isinstance(fifth, Refuse)
    assert fifth.retry_after == pytest.approx(59.3)


def test_step_and_wall_clock_limits() -> None:
    eng = engine({"limits": {"max_calls_per_agent": 5, "max_session_seconds": 60}})
    verdict = eng.pre_call(ctx(counters=Counters(agent_calls=5)))
    assert isinstance(verdict, Refuse)
    assert verdict.kind == "limit"
    assert verdict.decision.rule == "limits.max_calls_per_agent"
    verdict = eng.pre_call(ctx(counters=Counters(session_started=0.0), now=61.0))
    assert isinstance(verdict, Refuse)
    assert verdict.decision.rule == "limits.max_session_seconds"


@pytest.mark.parametrize("tool", ["search", "delete_files"])
def test_the_wall_clock_refuses_tool_calls_too(tool: str) -> None:
    """After ``max_session_seconds`` a tool call is refused as an LLM call is, before any
    approval it would need is asked for (the answer could not change the refusal)."""
    eng = engine(
        {"limits": {"max_session_seconds": 60}, "tools": {"require_approval": ["delete_*"]}}
    )
    late = ToolContext(
        session="s",
        agent="a",
        call_id="t",
        name=tool,
        now=61.0,
        counters=Counters(session_started=0.0),
    )
    verdict = eng.pre_tool(late)
    assert isinstance(verdict, Refuse)
    assert verdict.decision.rule == "limits.max_session_seconds"
    on_time = replace(late, now=59.0)
    assert not isinstance(eng.pre_tool(on_time), Refuse)


def test_limit_action_stop_agent() -> None:
    eng = engine({"limits": {"max_steps_per_session": 1, "action": "stop_agent"}})
    verdict = eng.pre_call(ctx(counters=Counters(session_steps=1)))
    assert isinstance(verdict, Refuse)
    assert isinstance(verdict.decision, StopAgent)


def test_limit_in_shadow_mode_permits() -> None:
    eng = engine({"limits": {"max_calls_per_agent": 1, "mode": "shadow"}})
    verdict = eng.pre_call(ctx(counters=Counters(agent_calls=9)))
    assert isinstance(verdict, Permit)
    assert verdict.decisions[0].mode == "shadow"


# --- Python rules -------------------------------------------------------------------------


class Cheaper(Rule):
    name = "cheaper"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Reroute(rule=self.name, model="openai:small", reason="Cheaper is fine.")


class Forbid(Rule):
    name = "forbid"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Interrupt(rule=self.name, reason="No.", fallback="nope")


class ShadowForbid(Forbid):
    mode = "shadow"


class Ask(Rule):
    name = "ask"

    def pre_tool(self, ctx: ToolContext, name: str, args: Any) -> Decision | None:
        return (
            Escalate(rule=self.name, reason="Check.", question=f"Run {name}?")
            if name == "pay"
            else None
        )


def test_python_rules_mix_with_the_file() -> None:
    verdict = engine({}, (Cheaper(),)).pre_call(ctx())
    assert isinstance(verdict, Permit)
    assert verdict.model_ref == "openai:small"
    refused = engine({}, (Forbid(),)).pre_call(ctx())
    assert isinstance(refused, Refuse)
    assert refused.kind == "rule"
    assert refused.fallback == "nope"
    shadow = engine({}, (ShadowForbid(),)).pre_call(ctx())
    assert isinstance(shadow, Permit)
    assert shadow.decisions[0].mode == "shadow"
    esc = engine({}, (Ask(),)).pre_tool(
        ToolContext(session="s", agent="a", call_id="t", name="pay")
    )
    assert isinstance(esc, Escalation)
    assert esc.question == "Run pay?"


class Counted(Rule):
    """Says what it decided with numbers of its own, one of them named like the subject."""

    name = "counted"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Warn(rule=self.name, reason="Watch it.", numbers={"model": "as-the-rule-says"})

    def post_call(self, ctx: CallContext, outcome: CallOutcome) -> Decision | None:
        return Warn(rule=self.name, reason="Done.")

    def pre_tool(self, ctx: ToolContext, name: str, args: Any) -> Decision | None:
        return Interrupt(rule=self.name, reason="Not now.", numbers={"amount": args["amount"]})


def test_a_python_rules_decision_names_the_tool_or_model_it_was_about() -> None:
    """The audit log records a decision's numbers beside the call id: a Python rule's
    refusal of a tool call said "Interrupt by counted: Not now." and named no tool (nor did
    one that raised), so nobody reading the log could tell which tool was refused."""
    eng = engine({}, (Counted(),))
    refused = eng.pre_tool(
        ToolContext(session="s", agent="a", call_id="t", name="wire", args={"amount": 9})
    )
    assert isinstance(refused, Refuse)
    assert refused.decision.numbers == {"tool": "wire", "amount": 9}
    permit = eng.pre_call(ctx())
    assert isinstance(permit, Permit)
    # A number the rule gives itself is kept as it gave it.
    assert [d.numbers for d in permit.decisions] == [{"model": "as-the-rule-says"}]
    (after,) = eng.post_call(
        ctx(), CallOutcome(model_ref="openai:small", input_tokens=1, output_tokens=1)
    )
    assert after.numbers == {"model": "openai:small"}
    broken = engine({}, (Broken(),)).pre_tool(
        ToolContext(session="s", agent="a", call_id="t", name="wire")
    )
    assert isinstance(broken, Refuse)
    assert broken.decision.numbers["tool"] == "wire"
    assert broken.decision.numbers["hook"] == "pre_tool"


class RoutesATool(Rule):
    name = "routes-a-tool"

    def pre_tool(self, ctx: ToolContext, name: str, args: Any) -> Decision | None:
        return Reroute(rule=self.name, model="openai:small", reason="Cheaper.")


def test_a_reroute_for_a_tool_call_is_a_broken_answer() -> None:
    """A Reroute from pre_tool did nothing (less severe than a refusal, not an escalation):
    the tool ran as asked while the audit log recorded a reroute."""
    refused = engine({}, (RoutesATool(),)).pre_tool(
        ToolContext(session="s", agent="a", call_id="t", name="wire")
    )
    assert isinstance(refused, Refuse)
    assert refused.kind == "rule"
    assert refused.decision.reason == (
        "The Python rule 'routes-a-tool' (RoutesATool) returned Reroute(model='openai:small') "
        "for a tool call, which has no model to reroute; return Interrupt to refuse it, "
        "Escalate to ask a person, or Warn in pre_tool(); the call is refused (fail closed). "
        "Fix the rule."
    )


class CheaperAndShorter(Rule):
    name = "cheaper_and_shorter"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Reroute(rule=self.name, model="openai:small", reason="Short.", max_tokens=500)


def test_a_rule_that_reroutes_below_the_thinking_budget_refuses_the_call() -> None:
    """Thinking counts inside max_tokens: a Python rule's Reroute(max_tokens=500) for a call
    that thinks for 1024 tokens was sent with max_tokens 500 (Anthropic refused it after the
    reservation; OpenAI spent the whole cap reasoning and answered nothing)."""
    rules = (CheaperAndShorter(),)
    refused = engine({}, rules).pre_call(ctx(max_tokens=4000, reasoning_tokens=1024))
    assert isinstance(refused, Refuse)
    assert refused.kind == "rule"
    assert refused.decision.rule == "cheaper_and_shorter"
    assert "max_tokens=500" in refused.reason
    assert "thinking budget of 1024 tokens" in refused.reason
    assert refused.decision.numbers["reasoning_tokens"] == 1024
    # Room above the thinking budget, or no thinking: rerouted as the rule says.
    for thinking in (0, 499):
        verdict = engine({}, rules).pre_call(ctx(max_tokens=4000, reasoning_tokens=thinking))
        assert isinstance(verdict, Permit)
        assert (verdict.model_ref, verdict.max_tokens) == ("openai:small", 500)


class Broken(Rule):
    """A user's rule with a bug in every hook, or (``answer``) a wrong kind of answer."""

    name = "broken"

    def __init__(self, answer: Any = None) -> None:
        self.answer = answer

    def _hook(self) -> Any:
        if self.answer is not None:
            return self.answer
        return {}["missing"]  # a bug

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return self._hook()  # type: ignore[no-any-return]

    def on_text(self, ctx: CallContext, text_so_far: str) -> Decision | None:
        return self._hook()  # type: ignore[no-any-return]

    def post_call(self, ctx: CallContext, outcome: CallOutcome) -> Decision | None:
        return self._hook()  # type: ignore[no-any-return]

    def pre_tool(self, ctx: ToolContext, name: str, args: Any) -> Decision | None:
        return self._hook()  # type: ignore[no-any-return]


class ShadowBroken(Broken):
    mode = "shadow"


def test_a_python_rule_that_raises_refuses_the_call_and_says_what_to_fix() -> None:
    """A bug in a user's rule must not take the governor down (it would fail every agent's
    calls): the call is refused (fail closed), naming the rule, the hook, the error and its
    line, in every hook."""
    eng = engine({}, (Broken(),))
    refused = eng.pre_call(ctx())
    assert isinstance(refused, Refuse)
    assert refused.kind == "rule"
    reason = refused.decision.reason
    assert "The Python rule 'broken' (Broken) raised KeyError('missing')" in reason
    assert "test_engine.py:" in reason
    assert "in pre_call(); the call is refused (fail closed). Fix the rule." in reason
    tool_refused = eng.pre_tool(tool("read"))
    assert isinstance(tool_refused, Refuse)
    assert "in pre_tool()" in tool_refused.decision.reason
    (after,) = eng.post_call(
        ctx(), CallOutcome(model_ref="openai:big", input_tokens=100, output_tokens=10)
    )
    assert isinstance(after, Interrupt)
    assert "in post_call()" in after.reason
    permit = engine({}).pre_call(ctx())
    assert isinstance(permit, Permit)
    cut = eng.open_stream(ctx(), permit).feed("hello")
    assert isinstance(cut, Interrupt)
    assert "in on_text()" in cut.reason


def test_a_python_rule_answering_something_else_than_a_decision_is_named() -> None:
    refused = engine({}, (Broken(answer="deny"),)).pre_call(ctx())
    assert isinstance(refused, Refuse)
    assert "returned 'deny' (str); a rule returns a Decision" in refused.decision.reason


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (
            Warn(rule="broken", reason="x", numbers=[1, 2]),  # type: ignore[arg-type]
            "returned Warn(numbers=[1, 2]); numbers is a mapping of names to what the rule "
            'saw, e.g. {"amount": 500}',
        ),
        (
            Warn(rule="broken", reason="x", numbers=None),  # type: ignore[arg-type]
            "returned Warn(numbers=None); numbers is a mapping",
        ),
        (
            Warn(rule="broken", reason="x", numbers={1: "one"}),  # type: ignore[dict-item]
            "returned Warn(numbers={1: 'one'}); numbers is a mapping",
        ),
        (
            Warn(rule="broken", reason=None),  # type: ignore[arg-type]
            "returned Warn(reason=None); a reason is a sentence (a str)",
        ),
        (
            Escalate(rule="broken", reason="x", question="Go?", evidence="all of it"),  # type: ignore[arg-type]
            "returned Escalate(evidence='all of it'); evidence is a mapping",
        ),
    ],
)
def test_a_decision_whose_numbers_are_not_a_mapping_refuses_the_call(
    answer: Decision, said: str
) -> None:
    """Numbers that are not a mapping (a list, None) failed the governor itself when it
    recorded them: it was restarted on every such call, each call went unanswered, and the
    run ended naming a TypeError, not the rule. They are a broken answer like any other."""
    for verdict in (
        engine({}, (Broken(answer=answer),)).pre_call(ctx()),
        engine({}, (Broken(answer=answer),)).pre_tool(
            ToolContext(session="s", agent="a", call_id="t", name="wire")
        ),
    ):
        assert isinstance(verdict, Refuse)
        assert said in verdict.decision.reason
        assert isinstance(verdict.decision.numbers, dict)


def test_a_shadow_rule_that_raises_is_recorded_and_changes_nothing() -> None:
    verdict = engine({}, (ShadowBroken(),)).pre_call(ctx())
    assert isinstance(verdict, Permit)
    (recorded,) = verdict.decisions
    assert recorded.mode == "shadow"
    assert "raised KeyError('missing')" in recorded.reason


# --- tools --------------------------------------------------------------------------------

TOOLS = {
    "tools": {
        "allow": ["search_*", "send_email", "read"],
        "deny": ["search_private"],
        "require_approval": ["send_email"],
        "fallback": "not for you",
        "rate_limits": [{"pattern": "search_*", "per_minute": 2}],
    }
}


def tool(name: str, now: float = 0.0) -> ToolContext:
    return ToolContext(session="s", agent="a", call_id="t", name=name, args={"q": 1}, now=now)


def test_tool_rules() -> None:
    eng = engine(TOOLS)
    assert isinstance(eng.pre_tool(tool("read")), ToolPermit)
    denied = eng.pre_tool(tool("search_private"))
    assert isinstance(denied, Refuse)
    assert denied.kind == "denied"
    assert denied.fallback == "not for you"
    not_allowed = eng.pre_tool(tool("shell"))
    assert isinstance(not_allowed, Refuse)
    assert "not on the allow list" in not_allowed.reason
    approval = eng.pre_tool(tool("send_email"))
    assert isinstance(approval, Escalation)
    assert "send_email" in approval.question


def test_a_tool_call_whose_arguments_do_not_fit_asks_nobody() -> None:
    """It will fail without running: nothing to approve. It is let through to fail (the model
    hears why), with what would have asked recorded as a warning; a deny rule still denies."""
    eng = engine(TOOLS)
    unfit = ToolContext(session="s", agent="a", call_id="t", name="send_email", args_fit=False)
    verdict = eng.pre_tool(unfit)
    assert isinstance(verdict, ToolPermit)
    (warned,) = verdict.decisions
    assert isinstance(warned, Warn)
    assert warned.rule == "tools.require_approval"
    assert warned.mode == "enforce"
    assert "Nobody was asked: the call's arguments do not fit" in warned.reason
    # A Python rule's escalation likewise.
    asked = engine({}, (Ask(),)).pre_tool(
        ToolContext(session="s", agent="a", call_id="t", name="pay", args_fit=False)
    )
    assert isinstance(asked, ToolPermit)
    assert [type(d) for d in asked.decisions] == [Warn]
    # Refusals are untouched.
    denied = eng.pre_tool(
        ToolContext(session="s", agent="a", call_id="t", name="search_private", args_fit=False)
    )
    assert isinstance(denied, Refuse)
    assert denied.kind == "denied"


def test_tool_rate_limit() -> None:
    eng = engine(TOOLS)
    assert isinstance(eng.pre_tool(tool("search_web", 0)), ToolPermit)
    assert isinstance(eng.pre_tool(tool("search_news", 1)), ToolPermit)
    limited = eng.pre_tool(tool("search_web", 2))
    assert isinstance(limited, Refuse)
    assert limited.kind == "rate"
    assert isinstance(eng.pre_tool(tool("read", 2)), ToolPermit)
    assert isinstance(eng.pre_tool(tool("search_web", 61)), ToolPermit)


def test_two_rate_limits_on_one_pattern_each_count_every_call_once() -> None:
    """A warning at 4 a minute beside a refusal at 10, both on one pattern (tune the warning
    first), must refuse the 11th call, not the 6th: each entry counts each call once."""
    eng = engine(
        {
            "tools": {
                "rate_limits": [
                    {"pattern": "search", "per_minute": 4, "action": "warn"},
                    {"pattern": "search", "per_minute": 10, "action": "refuse"},
                ]
            }
        }
    )
    verdicts = [eng.pre_tool(tool("search", 100.0 + i)) for i in range(11)]
    assert [isinstance(v, ToolPermit) for v in verdicts] == [True] * 10 + [False]
    warned = verdicts[4]
    assert isinstance(warned, ToolPermit)
    assert [d.reason for d in warned.decisions] == [
        "Tools matching 'search' were called 4 times in the last minute (limit 4)."
    ]
    refused = verdicts[10]
    assert isinstance(refused, Refuse)
    assert refused.kind == "rate"
    assert refused.decision.numbers["calls_last_minute"] == 10


# --- streams ------------------------------------------------------------------------------

STREAM = {
    "stream_rules": [
        {"name": "openai-key", "pattern": "sk-[A-Za-z0-9]{20,}", "fallback": "[cut]"},
        {"name": "polite", "pattern": "sorry", "action": "warn", "mode": "shadow"},
    ]
}


def test_stream_rule_fires_on_the_chunk_that_completes_the_match() -> None:
    eng = engine(STREAM)
    c = ctx()
    permit = eng.pre_call(c)
    assert isinstance(permit, Permit)
    monitor = eng.open_stream(c, permit)
    chunks = ["Here is the key: s", "k-ABCDEFGHIJ", "KLMNOPQRS", "T and more"]
    results = [monitor.feed(chunk) for chunk in chunks]
    assert results[:3] == [None, None, None]
    assert isinstance(results[3], Interrupt)
    assert results[3].fallback == "[cut]"
    assert "ABCDEFGH" not in str(results[3].numbers), "the secret never reaches the log"


def test_shadow_stream_rule_is_recorded_not_returned() -> None:
    eng = engine(STREAM)
    c = ctx()
    permit = eng.pre_call(c)
    assert isinstance(permit, Permit)
    monitor = eng.on_stream(eng.open_stream(c, permit), "I am sorry")
    assert monitor is None


def test_stream_is_cut_when_live_cost_passes_the_reservation() -> None:
    """Reaching the reservation is where a provider honouring max_tokens stops; the token past
    it is the cut."""
    eng = engine({})
    c = ctx(max_tokens=10)
    permit = eng.pre_call(c)
    assert isinstance(permit, Permit)
    monitor = eng.open_stream(c, permit)
    decisions = [monitor.feed("tok") for _ in range(11)]
    assert decisions[:10] == [None] * 10
    assert monitor.cost > permit.reservation.cost
    assert isinstance(decisions[10], Interrupt)
    assert decisions[10].rule == "budgets.reservation"


def test_an_extended_stream_is_cut_before_a_chunk_as_large_as_the_largest_would_pass() -> None:
    """More reserved (``extend``): the stream runs on, and is cut before the chunk that, as
    large as the largest so far, would take its cost past the new total, since a chunk sent is
    billed."""
    eng = engine({})
    c = ctx(max_tokens=10)
    permit = eng.pre_call(c)
    assert isinstance(permit, Permit)
    monitor = eng.open_stream(c, permit)
    assert [monitor.feed("abcdefgh") for _ in range(5)] == [None] * 5  # 2 tokens each: 10
    assert monitor.ahead == 2
    assert isinstance(monitor.feed("abcdefgh"), Interrupt)  # 12 > 10
    more = monitor.output_cost(5)
    assert monitor.output_tokens_for(more) == 5
    monitor.extend(more)  # room for 15 tokens now
    assert monitor.feed("") is None  # 12 and a chunk of 2 fit in 15
    assert monitor.feed("ab") is None  # 13 (50 characters) and 2 fit
    assert isinstance(monitor.feed("abcd"), Interrupt)  # 14 and 2 would not: cut here
    assert monitor.output_tokens == 14
    assert monitor.cost <= permit.reservation.cost + more


def test_reported_usage_replaces_the_estimate() -> None:
    eng = engine({})
    c = ctx(max_tokens=100)
    permit = eng.pre_call(c)
    assert isinstance(permit, Permit)
    monitor = eng.open_stream(c, permit)
    assert monitor.feed("x" * 1000) is not None  # estimate: 250 tokens > 100
    monitor = eng.open_stream(c, permit)
    assert monitor.feed("x" * 1000, output_tokens=20) is None
    assert monitor.output_tokens == 20


def test_rule_hooks_are_timed_only_by_the_clock_the_engine_is_given() -> None:
    """The engine reads no clock of its own (pure logic, deterministic given its inputs): a
    slow hook is noted in slow_rules by the clock its caller gives (the runtime gives
    time.perf_counter), and with none nothing is timed."""

    class Seen(Rule):
        name = "seen"

        def pre_call(self, ctx: CallContext) -> Decision | None:
            return None

    ticks = iter([10.0, 10.25, 20.0, 20.01])
    timed = PolicyEngine(parse_policy({}), PRICES, (Seen(),), clock=lambda: next(ticks))
    timed.pre_call(ctx())
    assert timed.slow_rules == {("seen", "pre_call"): 0.25}
    timed.pre_call(ctx(call_id="c2"))  # 0.01 s: quick, the longest stays
    assert timed.slow_rules == {("seen", "pre_call"): 0.25}
    untimed = engine({}, (Seen(),))
    untimed.pre_call(ctx())
    assert untimed.slow_rules == {}
