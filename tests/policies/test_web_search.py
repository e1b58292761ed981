"""Server-side web searches: the provider runs them inside a call and bills each one, and
their results as input. A call offering a web search tool reserves the searches it may run,
so a hard budget still holds; a model whose search price is unknown is refused, as an
unpriced model is."""

from __future__ import annotations

from typing import Any

import pytest

from policies import (
    WEB_SEARCH_RESULT_TOKENS,
    WEB_SEARCHES_WHEN_UNBOUNDED,
    Amounts,
    CallContext,
    ModelPrice,
    Permit,
    PolicyEngine,
    PriceTable,
    Refuse,
    UnknownSearchPrice,
    Warn,
    estimate_prompt_tokens,
    fetched_tokens,
    parse_policy,
    web_searches,
)

SEARCH = {"type": "web_search_20250305", "name": "web_search"}
MESSAGES = [{"role": "user", "content": "x" * 300}]
# $1 / $10 per million tokens, $10 per thousand searches: a token in is 1,000 nano-dollars, a
# token out 10,000, a search 10,000,000.
SEARCHING = ModelPrice.from_usd(1, 10, web_search_per_k=10)


def ctx(**kw: Any) -> CallContext:
    base: dict[str, Any] = {
        "session": "s",
        "agent": "a",
        "call_id": "c1",
        "model_ref": "anthropic:m",
        "messages": MESSAGES,
        "max_tokens": 1000,
        "now": 100.0,
    }
    return CallContext(**{**base, **kw})


@pytest.mark.parametrize(
    ("tools", "searches"),
    [
        (None, 0),
        ([{"type": "function", "function": {"name": "f"}}], 0),
        ([SEARCH], WEB_SEARCHES_WHEN_UNBOUNDED),
        ([{**SEARCH, "max_uses": 2}], 2),
        ([{**SEARCH, "max_uses": 0}], 0),
        ([{**SEARCH, "max_uses": True}], WEB_SEARCHES_WHEN_UNBOUNDED),  # not a count
        ([{**SEARCH, "max_uses": "3"}], WEB_SEARCHES_WHEN_UNBOUNDED),
        ([{"type": "web_search"}], WEB_SEARCHES_WHEN_UNBOUNDED),  # OpenAI's Responses tool
        ([{**SEARCH, "max_uses": 2}, {"type": "web_search_preview"}], 2 + 5),
    ],
)
def test_the_searches_a_request_may_run(tools: Any, searches: int) -> None:
    assert web_searches(tools) == searches


def test_each_search_the_tools_allow_adds_its_results_to_the_prompt_estimate() -> None:
    bare = estimate_prompt_tokens(MESSAGES, [{**SEARCH, "max_uses": 0}])
    assert estimate_prompt_tokens(MESSAGES, [{**SEARCH, "max_uses": 3}]) == (
        bare + 3 * WEB_SEARCH_RESULT_TOKENS
    )


def test_a_search_is_charged_on_top_of_the_tokens() -> None:
    assert SEARCHING.web_search == 10_000_000
    assert SEARCHING.cost(100, 10, web_searches=2) == 100 * 1_000 + 10 * 10_000 + 2 * 10_000_000
    unknown = ModelPrice.from_usd(1, 10)
    assert unknown.cost(100, 10, web_searches=2) == 100 * 1_000 + 10 * 10_000
    assert PriceTable().price("anthropic:claude-sonnet-5").web_search == 10_000_000


def test_the_worst_case_holds_every_search_the_tools_allow() -> None:
    engine = PolicyEngine(parse_policy({}), PriceTable({"anthropic:m": SEARCHING}))
    verdict = engine.pre_call(ctx(tools=[{**SEARCH, "max_uses": 3}]))
    assert isinstance(verdict, Permit)
    assert verdict.input_tokens > 3 * WEB_SEARCH_RESULT_TOKENS
    assert verdict.reservation == Amounts(
        cost=verdict.input_tokens * 1_000 + 1000 * 10_000 + 3 * 10_000_000,
        tokens=verdict.input_tokens + 1000,
        calls=1,
    )


def test_lowering_max_tokens_leaves_room_for_the_searches() -> None:
    budget = {"budgets": {"session": {"cost": "0.10"}}}
    engine = PolicyEngine(parse_policy(budget), PriceTable({"anthropic:m": SEARCHING}))
    tools = [{**SEARCH, "max_uses": 2}]
    verdict = engine.pre_call(ctx(tools=tools, max_tokens=10_000))
    assert isinstance(verdict, Permit)
    assert verdict.max_tokens < 10_000
    assert any(isinstance(d, Warn) for d in verdict.decisions)
    assert verdict.reservation.cost <= 100_000_000  # $0.10
    fees = 2 * 10_000_000
    assert verdict.reservation.cost == (
        verdict.input_tokens * 1_000 + verdict.max_tokens * 10_000 + fees
    )


def test_a_search_with_no_known_price_is_refused_with_how_to_price_it() -> None:
    engine = PolicyEngine(parse_policy({}), PriceTable({"anthropic:m": ModelPrice.from_usd(1, 10)}))
    assert isinstance(engine.pre_call(ctx()), Permit)  # no search offered: no fee to know
    verdict = engine.pre_call(ctx(tools=[SEARCH]))
    assert isinstance(verdict, Refuse)
    assert verdict.kind == "unknown_price"
    assert "offers a server-side web search tool (up to 5 searches)" in verdict.decision.reason
    message = str(UnknownSearchPrice("anthropic:m", 5))
    assert "web_search_per_k = 10.0" in message

    priced = parse_policy(
        {
            "prices": {
                "anthropic:m": {"input_per_mtok": 1, "output_per_mtok": 10, "web_search_per_k": 25}
            }
        }
    )
    verdict = PolicyEngine(priced, PolicyEngine.prices_for(priced)).pre_call(ctx(tools=[SEARCH]))
    assert isinstance(verdict, Permit)
    assert verdict.reservation.cost == (
        verdict.input_tokens * 1_000 + 1000 * 10_000 + 5 * 25_000_000
    )


@pytest.mark.parametrize(
    ("tool", "tokens"),
    [
        ({"type": "web_fetch_20250910", "name": "web_fetch"}, 5 * 25_000),
        ({"type": "web_fetch_20250910", "name": "web_fetch", "max_uses": 2}, 2 * 25_000),
        (
            {"type": "web_fetch_20250910", "name": "web_fetch", "max_content_tokens": 100_000},
            5 * 100_000,
        ),
        ({"type": "function", "function": {"name": "fetch"}}, 0),
    ],
)
def test_a_web_fetch_adds_what_it_may_fetch_to_the_prompt(tool: Any, tokens: int) -> None:
    """Fetched pages and PDFs are billed as input, up to the tool's max_content_tokens (an
    API bound) for each of its max_uses; no fee."""
    assert fetched_tokens([tool]) == tokens
    bare = estimate_prompt_tokens(MESSAGES, [{"type": "x"}])
    assert estimate_prompt_tokens(MESSAGES, [tool]) >= bare + tokens
