"""Asking for reasoning through a governed call: ``self.llm(..., reasoning=...)`` reaches each
provider's own field over the real clients and the local server; arguments the budget or the
provider cannot take are refused before anything is sent; a governor that lowers ``max_tokens``
to fit a budget never lowers it to the thinking budget or below (thinking counts inside it);
and a call that only reasoned before it failed counts as having generated output.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario, load_events
from supervisor import Agent, BudgetExceeded, ConfigurationError, ProviderError, tool
from supervisor._agent import check_agent_class
from supervisor._providers import ProviderStreamError

from .conftest import FAST_RETRIES, agent_class, make_policy

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from providers.sse_server import SSEServer

    from .conftest import Run

MODELS = ["ant:claude", "oai:big", "resp:big"]


async def _run(self: Agent) -> None:
    """A run of its own for the classes made here (one without is refused before it starts)."""


def reasoning_sent(model: str, body: dict[str, Any]) -> Any:
    """The reasoning field of a request body, in the provider's own shape."""
    if model.startswith("ant:"):
        return body.get("thinking")
    if model.startswith("resp:"):
        return body.get("reasoning")
    return body.get("reasoning_effort")


def cap_sent(model: str, body: dict[str, Any]) -> Any:
    return body["max_output_tokens" if model.startswith("resp:") else "max_tokens"]


def asking(**options: Any) -> Callable[[Agent, dict[str, Any]], Awaitable[None]]:
    async def ask(agent: Agent, seen: dict[str, Any]) -> None:
        try:
            seen["result"] = await agent.llm("Why is the sky blue?", **options)
        except (ValueError, BudgetExceeded, ProviderError) as exc:
            seen["error"] = exc

    return ask


# --------------------------------------------------------------------------- on the wire


@pytest.mark.parametrize("model", MODELS)
async def test_reasoning_reaches_each_provider(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer, model: str
) -> None:
    run = await run_agents(
        make_policy(sse_server),
        agent_class(asking(model=model, reasoning="medium", max_tokens=5000), model=model),
    )
    assert "result" in run.seen, run.seen.get("error")
    body = sse_server.observed[0].body
    assert (
        reasoning_sent(model, body)
        == {
            "ant:claude": {"type": "enabled", "budget_tokens": 2048},
            "oai:big": "medium",
            "resp:big": {"effort": "medium"},
        }[model]
    )
    assert cap_sent(model, body) == 5000  # the cap the reservation was made for
    assert "temperature" not in body
    await run.assert_all_settled()


async def test_the_class_default_applies_and_zero_turns_it_off(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        await agent.llm("One")
        await agent.llm("Two", reasoning=0, temperature=0.4)
        await agent.llm("Three", reasoning="low")

    run = await run_agents(
        make_policy(sse_server),
        agent_class(body, model="ant:claude", reasoning=3000, max_tokens=6000),
    )
    first, second, third = (o.body for o in sse_server.observed)
    assert first["thinking"] == {"type": "enabled", "budget_tokens": 3000}
    assert "thinking" not in second
    assert second["temperature"] == 0.4
    assert third["thinking"] == {"type": "enabled", "budget_tokens": 1024}
    await run.assert_all_settled()


# --------------------------------------------------------------------------- refused up front


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"reasoning": 500}, "below the smallest one (1024"),
        ({"reasoning": "max"}, "not an effort level"),
        ({"reasoning": True}, "neither an effort level"),
        ({"reasoning": 4096, "max_tokens": 4096}, "must be below it: raise max_tokens above 4096"),
        ({"reasoning": "high", "max_tokens": 3000}, "thinking budget of 4096 tokens"),
        # The policy's default_max_tokens (4096) is the cap when the call gives none.
        (
            {"reasoning": "high"},
            "counts inside max_tokens (4096, the policy's limits.default_max_tokens, as neither "
            "the call nor its class set one)",
        ),
        ({"reasoning": "low", "temperature": 0.2}, "takes no temperature"),
    ],
)
@pytest.mark.parametrize("model", MODELS)
async def test_arguments_that_cannot_work_send_nothing(
    run_agents: Callable[..., Awaitable[Run]],
    sse_server: SSEServer,
    model: str,
    options: dict[str, Any],
    says: str,
) -> None:
    run = await run_agents(make_policy(sse_server), agent_class(asking(**options), model=model))
    error = run.seen["error"]
    assert isinstance(error, ValueError)
    assert says in str(error)
    assert sse_server.observed == []
    assert run.started == []  # not even reserved
    assert run.settled == []
    assert run.store.ledger.statistics().open_reservations == 0


def test_a_wrong_class_default_is_reported_before_the_agent_starts() -> None:
    cls = type("Thinker", (Agent,), {"reasoning": "lots", "run": _run})
    with pytest.raises(ConfigurationError, match=r"reasoning = 'lots'.*not an effort level"):
        check_agent_class(cls)
    for fine in (None, 0, "high", 2048):
        check_agent_class(type("Thinker", (Agent,), {"reasoning": fine, "run": _run}))


@pytest.mark.parametrize(
    ("attributes", "says"),
    [
        # Where the cap comes from, and how to raise it there: the user set no max_tokens.
        (
            {},
            "max_tokens (4096, the policy's limits.default_max_tokens, as neither the call nor "
            "its class set one) and must be below it: pass max_tokens= above 4096, set the "
            "class's max_tokens, or raise default_max_tokens in the policy's [limits]",
        ),
        (
            {"max_tokens": 3000},
            "max_tokens (3000, Worker.max_tokens) and must be below it: raise Worker.max_tokens "
            "above 4096 or pass max_tokens= above it",
        ),
    ],
)
async def test_the_error_says_where_a_cap_the_call_did_not_give_comes_from(
    run_agents: Callable[..., Awaitable[Run]],
    sse_server: SSEServer,
    attributes: dict[str, Any],
    says: str,
) -> None:
    run = await run_agents(
        make_policy(sse_server), agent_class(asking(reasoning="high"), **attributes)
    )
    error = run.seen["error"]
    assert isinstance(error, ValueError)
    assert says in str(error)
    assert sse_server.observed == []


async def test_an_error_about_the_class_reasoning_names_the_class(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    """The call set only a temperature: the reasoning it clashes with is the class's."""
    run = await run_agents(
        make_policy(sse_server),
        agent_class(asking(temperature=0.2), reasoning="low", model="ant:claude"),
    )
    error = run.seen["error"]
    assert isinstance(error, ValueError)
    assert "self.llm(temperature=0.2) with Worker.reasoning = 'low'" in str(error)
    assert "pass reasoning=0 for no reasoning" in str(error)
    run = await run_agents(
        make_policy(sse_server),
        agent_class(asking(max_tokens=2000), reasoning="medium", model="ant:claude"),
    )
    error = run.seen["error"]
    assert isinstance(error, ValueError)
    assert str(error).startswith("Worker.reasoning = 'medium' asks for a thinking budget of 2048")
    assert sse_server.observed == []


def test_a_class_default_reasoning_its_max_tokens_cannot_hold_is_reported_before_it_starts() -> (
    None
):
    """Every call that gives neither would fail the same way: reported once, by the class."""
    own = type("Thinker", (Agent,), {"reasoning": "high", "max_tokens": 3000, "run": _run})
    with pytest.raises(
        ConfigurationError, match=r"reasoning = 'high'.*thinking budget of 4096.*max_tokens = 3000"
    ):
        check_agent_class(own)
    policy_cap = type("Thinker", (Agent,), {"reasoning": 4096, "run": _run})
    check_agent_class(policy_cap)  # the policy's default is not known here
    with pytest.raises(ConfigurationError, match=r"limits.default_max_tokens \(4096\)"):
        check_agent_class(policy_cap, default_max_tokens=4096)
    check_agent_class(policy_cap, default_max_tokens=8000)
    fits = type("Thinker", (Agent,), {"reasoning": "high", "max_tokens": 5000, "run": _run})
    check_agent_class(fits, default_max_tokens=1000)  # its own max_tokens is the cap


async def test_the_runtime_checks_a_class_reasoning_against_the_policy_default(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    policy = make_policy(sse_server, limits={"default_max_tokens": 2000})
    caught: list[BaseException] = []
    try:
        await run_agents(policy, agent_class(asking(), reasoning="medium"))
    except* ConfigurationError as group:  # raised inside the test's task group
        caught.extend(group.exceptions)
    (error,) = caught
    assert "thinking budget of 2048" in str(error)
    assert "limits.default_max_tokens (2000)" in str(error)
    assert sse_server.observed == []


# --------------------------------------------------------------------------- lowered max_tokens

#: A session budget that leaves each model room for about 2,600 to 3,000 output tokens of the
#: 8,000 asked: ant:claude pays $0.015 an output token, oai:big and resp:big $0.002.
TIGHT = {"ant:claude": "40.00", "oai:big": "6.00", "resp:big": "6.00"}


@pytest.mark.parametrize("model", MODELS)
async def test_a_lowered_max_tokens_stays_above_the_thinking_budget(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer, model: str
) -> None:
    policy = make_policy(sse_server, budgets={"session": {"cost": TIGHT[model]}})
    run = await run_agents(
        policy, agent_class(asking(model=model, reasoning=2048, max_tokens=8000), model=model)
    )
    assert "result" in run.seen, run.seen.get("error")
    (lowered,) = [d for d in run.decisions if "lowered_max_tokens" in d.numbers]
    cap = lowered.numbers["lowered_max_tokens"]
    assert 2048 < cap < 8000
    body = sse_server.observed[0].body
    assert cap_sent(model, body) == cap  # what was reserved is what was sent
    if model == "ant:claude":
        assert body["thinking"] == {"type": "enabled", "budget_tokens": 2048}
    await run.assert_all_settled()


@pytest.mark.parametrize("model", MODELS)
async def test_a_call_whose_budget_leaves_no_room_to_think_is_refused(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer, model: str
) -> None:
    """Lowering max_tokens to what fits would leave it at or under the thinking budget: the
    call is refused with the reason, and nothing is sent."""
    policy = make_policy(sse_server, budgets={"session": {"cost": TIGHT[model]}})
    run = await run_agents(
        policy, agent_class(asking(model=model, reasoning=4096, max_tokens=8000), model=model)
    )
    error = run.seen["error"]
    assert isinstance(error, BudgetExceeded)
    assert "thinking budget of 4096 tokens counts inside it" in error.reason
    assert error.numbers["reasoning_tokens"] == 4096
    assert sse_server.observed == []
    assert run.settled == []
    assert run.store.ledger.statistics().open_reservations == 0


async def test_without_reasoning_the_same_budget_lowers_as_before(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    policy = make_policy(sse_server, budgets={"session": {"cost": TIGHT["ant:claude"]}})
    run = await run_agents(
        policy, agent_class(asking(model="ant:claude", max_tokens=8000), model="ant:claude")
    )
    assert "result" in run.seen
    assert "thinking" not in sse_server.observed[0].body
    assert sse_server.observed[0].body["max_tokens"] < 4096
    await run.assert_all_settled()


# --------------------------------------------------------------------------- reasoned, then failed

OVERLOADED = (
    'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error", '
    '"message": "Overloaded"}}\n\n'
)


def anthropic_thinking_then_overloaded() -> list[str]:
    """message_start, a thinking block's deltas, then an overloaded error: no text at all."""
    events = load_events("anthropic_thinking.sse")
    thinking = [e for e in events if '"thinking_delta"' in e]
    return [events[0], events[1], *thinking, OVERLOADED]


def chat_reasoning_then_server_error() -> list[str]:
    events = load_events("deepseek_reasoner_chat.sse")
    thinking = [e for e in events if '"reasoning_content":"' in e]
    error = {"error": {"type": "server_error", "message": "The server had an error."}}
    return [*thinking[:12], f"data: {json.dumps(error)}\n\n"]


@pytest.mark.parametrize(
    ("model", "events"),
    [
        ("ant:claude", anthropic_thinking_then_overloaded),
        ("oai:big", chat_reasoning_then_server_error),
    ],
)
async def test_a_call_that_only_reasoned_counts_as_generated(
    run_agents: Callable[..., Awaitable[Run]],
    sse_server: SSEServer,
    model: str,
    events: Callable[[], list[str]],
) -> None:
    """Its thinking was billed, so it is not retried as if it had cost nothing: only a policy
    that lists "interrupted" retries it (here retry_on has "unavailable" only)."""
    sse_server.enqueue(Scenario(events=events()), Scenario())
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "retry_on": ["unavailable"]})
    run = await run_agents(policy, agent_class(asking(model=model, max_tokens=4000), model=model))
    error = run.seen["error"]
    assert isinstance(error, ProviderStreamError)
    assert error.partial.text == ""
    assert len(sse_server.observed) == 1  # not retried
    (settled,) = run.settled
    assert settled.outcome == "error"
    assert settled.output_tokens > 5  # the thinking is charged
    await run.assert_all_settled()


async def test_an_error_before_any_thinking_is_still_retried(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    """message_start already counts a few output tokens: that alone is not output generated."""
    events = load_events("anthropic_thinking.sse")
    sse_server.enqueue(Scenario(events=[events[0], events[1], OVERLOADED]), Scenario())
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "retry_on": ["unavailable"]})
    run = await run_agents(
        policy, agent_class(asking(model="ant:claude", max_tokens=4000), model="ant:claude")
    )
    assert "result" in run.seen, run.seen.get("error")
    assert [s.outcome for s in run.settled] == ["error", "ok"]
    await run.assert_all_settled()


# --------------------------------------------------------------------------- thinking, then tools


def anthropic_thinking_then_tool_use() -> list[str]:
    """A signed thinking block, a redacted one, then a tool_use block: Claude thinking before
    it calls a tool (the fixtures' own events, re-indexed)."""
    thinking = load_events("anthropic_thinking.sse")
    tool_use = load_events("anthropic_tool_use.sse")
    head = thinking[:10]  # message_start, the thinking block, the redacted block
    assert '"redacted_thinking"' in head[-2]
    calls = [e.replace('"index":1', '"index":2') for e in tool_use[6:13]]
    return [*head, *calls, *tool_use[13:]]


class Thinks(Agent):
    """Asks with reasoning and a tool, runs the tool, and asks again with the tool's turn."""

    name = "worker"
    reasoning = "low"
    max_tokens = 4000

    @tool
    async def get_weather(self, location: str) -> str:
        return f"Sunny in {location}"

    async def run(self) -> None:
        messages: list[dict[str, Any]] = [{"role": "user", "content": "Weather in Paris?"}]
        answer = await self.llm(messages, tools=self.tool_definitions())
        self._seen["first"] = answer  # type: ignore[attr-defined]
        messages += [answer.as_message(), *await self.call_tools(answer)]
        self._seen["second"] = await self.llm(messages, tools=self.tool_definitions())  # type: ignore[attr-defined]
        # The same conversation to an OpenAI model: the thinking is Claude's own, never sent.
        self._seen["openai"] = await self.llm(  # type: ignore[attr-defined]
            messages, model="oai:big", tools=self.tool_definitions(), reasoning=0
        )
        self._seen["responses"] = await self.llm(  # type: ignore[attr-defined]
            messages, model="resp:big", tools=self.tool_definitions(), reasoning=0
        )


async def test_claudes_thinking_goes_back_before_its_tool_use(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    """With thinking on, Anthropic rejects a tool-use turn handed back without the thinking
    blocks (signed) that came before it: before, they were dropped, so every call after a tool
    call with reasoning failed (HTTP 400)."""
    sse_server.enqueue(Scenario(events=anthropic_thinking_then_tool_use()))
    cls = type("Thinks", (Thinks,), {"model": "ant:claude"})
    run = await run_agents(make_policy(sse_server), cls)
    assert "error" not in run.seen, run.seen.get("error")
    first = run.seen["first"]
    (call,) = first.tool_calls
    assert call.arguments == {"location": "Paris"}
    thinking, redacted = first.thinking_blocks
    assert thinking["type"] == "thinking"
    assert thinking["thinking"].startswith("I need to find the GCD")
    assert thinking["signature"].startswith("EqQBCgIYAhIM")
    assert redacted == {"type": "redacted_thinking", "data": redacted["data"]}
    assert redacted["data"].startswith("EmwKAhgB")
    # The second request hands the turn back as Claude gave it: thinking first, then tool_use.
    assistant = sse_server.observed[1].body["messages"][1]
    assert assistant["role"] == "assistant"
    assert [b["type"] for b in assistant["content"]] == [
        "thinking",
        "redacted_thinking",
        "tool_use",
    ]
    assert assistant["content"][0] == thinking
    assert assistant["content"][1] == redacted
    # OpenAI's Chat Completions gets the turn without Claude's thinking.
    sent = sse_server.observed[2].body["messages"][1]
    assert "thinking_blocks" not in sent
    assert sent["tool_calls"][0]["function"]["name"] == "get_weather"
    items = sse_server.observed[3].body["input"]
    assert "thinking" not in json.dumps(items)
    assert [i.get("type", i.get("role")) for i in items] == [
        "user",
        "function_call",
        "function_call_output",
    ]
    assert [s.model for s in run.settled] == [
        "ant:claude",
        "tool:get_weather",
        "ant:claude",
        "oai:big",
        "resp:big",
    ]
    assert run.store.ledger.statistics().open_reservations == 0
