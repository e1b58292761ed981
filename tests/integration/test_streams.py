"""Enforcement inside the stream, end to end: governed calls through Agent and Governor to the
real OpenAI and Anthropic clients, over a real socket to the local SSE server."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from policies import Interrupt
from providers.sse_server import Scenario, load_events, stretch
from supervisor import (
    AgentStopped,
    BudgetExceeded,
    ExitCode,
    LLMResult,
    StopSignal,
    StreamCut,
)

from .conftest import agent_class, cost_of, make_policy, wait_until

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


def openai_delta_chunk(
    delta: dict[str, Any], finish: str | None = None, *, model: str = "gpt-it"
) -> str:
    """A Chat Completions chunk carrying ``delta``, with ``finish`` as its finish_reason."""
    payload = {
        "id": "chatcmpl-it",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(payload)}\n\n"


def openai_chunk(text: str) -> str:
    return openai_delta_chunk({"content": text})


def openai_usage_chunk(prompt: int, completion: int) -> str:
    """A Chat Completions usage chunk (no choices), as ``stream_options.include_usage`` sends."""
    payload = {
        "id": "chatcmpl-it",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-it",
        "choices": [],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        },
    }
    return f"data: {json.dumps(payload)}\n\n"


def openai_stream(pieces: list[str], *, usage: tuple[int, int] | None = None) -> list[str]:
    """A Chat Completions stream of ``pieces``, a stop chunk, an optional usage chunk, [DONE]."""
    events = [openai_chunk(p) for p in pieces]
    stop = json.loads(openai_chunk("")[6:])
    stop["choices"][0]["finish_reason"] = "stop"
    stop["choices"][0]["delta"] = {}
    events.append(f"data: {json.dumps(stop)}\n\n")
    if usage is not None:
        events.append(openai_usage_chunk(*usage))
    events.append("data: [DONE]\n\n")
    return events


#: The OpenAI fixture stretched: 1 role chunk, then 8 one-token deltas x 20.
OPENAI_LONG = ("openai_chat_text_usage.sse", slice(1, 9), 1)
ANTHROPIC_LONG = ("anthropic_text.sse", slice(3, 6), 3)


def long_stream(spec: tuple[str, slice, int], times: int = 20) -> list[str]:
    name, middle, _ = spec
    return stretch(load_events(name), middle=middle, times=times)


async def call_and_record(agent: Agent, seen: dict[str, Any], **kwargs: Any) -> None:
    """Make one call; record its result or its exception."""
    try:
        seen["result"] = await agent.llm("Hi", **kwargs)
    except Exception as exc:
        seen["error"] = exc


# --------------------------------------------------------------------------- happy paths


async def test_governed_openai_stream_completes_with_reported_usage(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario.fixture("openai_chat_text_usage.sse", delay=0.001))
    policy = make_policy(sse_server, budgets={"session": {"cost": "5.00"}})
    run: Run = await run_agents(policy, agent_class(call_and_record, model="oai:big"))
    result: LLMResult = run.seen["result"]
    assert result.text == "The capital of Mexico is Mexico City."
    assert result.finish_reason == "stop"
    assert not result.interrupted
    assert (result.usage.input_tokens, result.usage.output_tokens) == (14, 8)
    assert not result.usage.estimated
    assert result.cost == cost_of("oai:big", 14, 8) == 30_000_000
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    sent = sse_server.observed[0]
    assert sent.body["model"] == "big"
    assert sent.headers["authorization"] == "Bearer sk-it-openai-0123456789"
    assert sent.completed
    assert not sent.client_closed
    assert [(e.input_tokens, e.output_tokens, e.outcome) for e in run.settled] == [(14, 8, "ok")]
    await run.assert_all_settled()
    assert (await run.spent()).spent.cost == 30_000_000


async def test_governed_openai_tool_calls(run_agents: Any, sse_server: SSEServer) -> None:
    sse_server.enqueue(Scenario.fixture("openai_chat_tool_calls.sse"))
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        seen["result"] = await agent.llm("Weather?", tools=tools)

    run: Run = await run_agents(make_policy(sse_server), agent_class(body))
    result: LLMResult = run.seen["result"]
    assert [(c.name, c.arguments) for c in result.tool_calls] == [
        ("get_weather", {"location": "Paris"}),
        ("get_time", {"tz": "Europe/Paris"}),
    ]
    assert result.finish_reason == "tool_calls"
    assert result.cost == cost_of("oai:big", 82, 41)
    assert sse_server.observed[0].body["tools"] == tools
    await run.assert_all_settled()


async def test_governed_anthropic_stream_estimate_replaced_by_reported_usage(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """Anthropic deltas hold several tokens: live cost runs on the estimate, and the final
    cumulative usage replaces it (not added to it)."""
    pieces = ["Hello there, how", " are you doing on", " this fine day?"]
    events = load_events("anthropic_text.sse")
    for i, piece in enumerate(pieces):
        delta = {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "text_delta", "text": piece},
        }
        events[3 + i] = f"event: content_block_delta\ndata: {json.dumps(delta)}\n\n"
    sse_server.enqueue(Scenario(events=events))
    run: Run = await run_agents(
        make_policy(sse_server), agent_class(call_and_record, model="ant:claude")
    )
    result: LLMResult = run.seen["result"]
    assert result.text == "".join(pieces)
    assert (result.usage.input_tokens, result.usage.output_tokens) == (11, 6)
    assert not result.usage.estimated
    assert result.cost == cost_of("ant:claude", 11, 6)
    assert sse_server.observed[0].path == "/v1/messages"
    headers = sse_server.observed[0].headers
    # The key from IT_ANT_KEY, sent the way this SDK version sends it.
    assert "sk-ant-it-0123456789" in (headers.get("x-api-key", "") + headers["authorization"])
    await run.assert_all_settled()


async def test_governed_anthropic_tool_use(run_agents: Any, sse_server: SSEServer) -> None:
    sse_server.enqueue(Scenario.fixture("anthropic_tool_use.sse"))
    run: Run = await run_agents(
        make_policy(sse_server), agent_class(call_and_record, model="ant:claude")
    )
    result: LLMResult = run.seen["result"]
    assert result.text == "I'll check the current weather in Paris for you."
    assert [(c.name, c.arguments) for c in result.tool_calls] == [
        ("get_weather", {"location": "Paris"})
    ]
    assert result.cost == cost_of("ant:claude", 377, 65)
    await run.assert_all_settled()


async def test_governed_responses_api_stream(run_agents: Any, sse_server: SSEServer) -> None:
    run: Run = await run_agents(
        make_policy(sse_server), agent_class(call_and_record, model="resp:big")
    )
    result: LLMResult = run.seen["result"]
    assert result.text
    assert not result.usage.estimated
    assert result.cost == cost_of("resp:big", result.usage.input_tokens, result.usage.output_tokens)
    assert sse_server.observed[0].path == "/v1/responses"
    await run.assert_all_settled()


async def test_length_limited_answer_is_not_a_cut(run_agents: Any, sse_server: SSEServer) -> None:
    """A stream whose live count reaches max_tokens exactly, and then ends (as a provider that
    honours max_tokens does), completes normally: reaching the reservation is not overspending.
    Here the estimate for the 37 characters is ceil(37 / 4) = 10 tokens, and max_tokens is 10."""
    sse_server.enqueue(Scenario.fixture("openai_chat_text_usage.sse"))
    run: Run = await run_agents(
        make_policy(sse_server),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=10)),
    )
    assert "error" not in run.seen, run.seen["error"]
    result: LLMResult = run.seen["result"]
    assert not result.interrupted
    assert result.text == "The capital of Mexico is Mexico City."
    assert result.cost == cost_of("oai:big", 14, 8)
    await run.assert_all_settled()


# --------------------------------------------------------------------------- cut by budget


@pytest.mark.parametrize("spec", [OPENAI_LONG, ANTHROPIC_LONG], ids=["openai", "anthropic"])
async def test_cut_by_budget_when_provider_overruns_max_tokens(
    run_agents: Any, sse_server: SSEServer, spec: tuple[str, slice, int]
) -> None:
    """The server ignores max_tokens: once the live count passes it (the call's reservation),
    the stream is cut, the connection closed within one chunk, and the call settled at the
    counted estimate plus margin since no usage arrived."""
    model = "oai:big" if spec is OPENAI_LONG else "ant:claude"
    sse_server.enqueue(Scenario(events=long_stream(spec), delay=0.01))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "50.00"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=5), model=model),
    )
    error = run.seen["error"]
    assert isinstance(error, BudgetExceeded), error
    assert error.rule == "budgets.reservation"
    partial = error.partial
    assert partial is not None
    assert partial.interrupted
    assert partial.finish_reason == "cut"
    assert partial.text
    assert partial.usage.estimated
    observed = sse_server.observed[0]
    assert observed.client_closed
    assert not observed.completed
    text_chunks = observed.events_at_close - spec[2] if observed.events_at_close else 0
    # The cut came on the chunk that passed max_tokens; the server saw the close within one more.
    assert partial.usage.output_tokens >= 5
    assert text_chunks <= 6 + 1
    assert observed.events_total > observed.events_at_close + 20
    (settled,) = run.settled
    assert settled.outcome == "cut"
    assert settled.output_tokens == partial.usage.output_tokens
    assert (
        settled.cost == partial.cost == cost_of(model, settled.input_tokens, settled.output_tokens)
    )
    await run.assert_all_settled()
    assert any(d.rule == "budgets.reservation" for d in run.decisions)


# --------------------------------------------------------------------------- streamed-text rules


SECRET = "sk-" + "abcdefghij0123456789WXYZ"


@pytest.mark.parametrize("fallback", [None, "I cannot share that."])
async def test_stream_rule_cuts_on_the_completing_chunk(
    run_agents: Any, sse_server: SSEServer, fallback: str | None
) -> None:
    pieces = ["Here", " is", " the", " key:", " sk-abc", "defghij0123", "456789WXYZ", " ok", " and"]
    pieces += [" more"] * 30
    sse_server.enqueue(Scenario(events=openai_stream(pieces, usage=(10, 40)), delay=0.01))
    rule: dict[str, Any] = {"name": "leaked_key", "pattern": r"sk-[A-Za-z0-9]{24}"}
    if fallback is not None:
        rule["fallback"] = fallback
    run: Run = await run_agents(
        make_policy(sse_server, stream_rules=[rule]), agent_class(call_and_record)
    )
    if fallback is None:
        error = run.seen["error"]
        assert isinstance(error, StreamCut), error
        assert error.rule == "stream_rules.leaked_key"
        result = error.partial
        assert result is not None
    else:
        result = run.seen["result"]
        assert result.fallback == fallback
    assert result.interrupted
    assert result.text == "Here is the key: "
    assert "sk-" not in result.text
    observed = sse_server.observed[0]
    assert observed.client_closed
    # The secret completes on event 7 (the 7th piece); the close is seen within one more.
    assert observed.events_at_close is not None
    assert observed.events_at_close <= 7 + 1
    (settled,) = run.settled
    assert settled.outcome == "cut"
    # Settled at the estimate of what was generated, max(7 deltas, 43 chars / 4) = 11 tokens,
    # plus the 10% margin (rounded up): no usage arrived.
    assert settled.output_tokens == 11 + 2
    assert settled.cost == cost_of("oai:big", settled.input_tokens, 13)
    await run.assert_all_settled()
    assert [d.rule for d in run.decisions if d.rule.startswith("stream_rules")] == [
        "stream_rules.leaked_key"
    ]
    audit = [
        e.data.get("rule") for e in await run.store.read_audit(session="s") if e.event == "decision"
    ]
    assert "stream_rules.leaked_key" in audit


async def test_warn_stream_rule_does_not_cut(run_agents: Any, sse_server: SSEServer) -> None:
    pieces = ["a", " darn", " fine", " answer"]
    sse_server.enqueue(Scenario(events=openai_stream(pieces, usage=(5, 4))))
    rule = {"name": "mild", "pattern": "darn", "action": "warn"}
    run: Run = await run_agents(
        make_policy(sse_server, stream_rules=[rule]), agent_class(call_and_record)
    )
    result: LLMResult = run.seen["result"]
    assert result.text == "a darn fine answer"
    assert not result.interrupted
    assert any(d.rule == "stream_rules.mild" and d.action == "Warn" for d in result.decisions)
    await run.assert_all_settled()


# --------------------------------------------------------------------------- governor cuts


async def test_governor_cut_closes_connection_within_one_chunk(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=long_stream(OPENAI_LONG), delay=0.01))
    cut_at: dict[str, int] = {}

    async def cut(run: Run) -> None:
        await wait_until(lambda: bool(run.started) and sse_server.observed != [])
        observed = sse_server.observed[0]
        await wait_until(lambda: observed.events_written >= 4)
        assert run.runtime.governor is not None
        cut_at["written"] = observed.events_written
        decision = Interrupt(rule="operator", reason="Cut by the test.", fallback="(cut)")
        assert run.runtime.governor.cut(run.started[0].call_id, decision)

    run: Run = await run_agents(make_policy(sse_server), agent_class(call_and_record), during=cut)
    result: LLMResult = run.seen["result"]
    assert result.interrupted
    assert result.fallback == "(cut)"
    assert result.text.startswith("The capital")
    observed = sse_server.observed[0]
    await observed.done.wait()
    assert observed.client_closed
    assert observed.events_at_close is not None
    assert observed.events_at_close <= cut_at["written"] + 1
    (settled,) = run.settled
    assert settled.outcome == "cut"
    assert settled.output_tokens >= len(result.text.split())
    await run.assert_all_settled()
    assert any(d.rule == "operator" for d in run.decisions)


async def test_operator_stop_cuts_the_stream_and_stops_the_session(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=long_stream(ANTHROPIC_LONG), delay=0.01))

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        try:
            await agent.llm("Hi")
        except AgentStopped as exc:
            seen["error"] = exc
            raise

    async def stop(run: Run) -> None:
        await wait_until(lambda: sse_server.observed != [])
        observed = sse_server.observed[0]
        await wait_until(lambda: observed.events_written >= 6)
        await run.store.publish_stop(StopSignal("session", "s", reason="enough", by="test"))

    run: Run = await run_agents(
        make_policy(sse_server), agent_class(body, model="ant:claude"), during=stop
    )
    error = run.seen["error"]
    assert isinstance(error, AgentStopped)
    assert error.partial is not None
    assert error.partial.text.startswith("Hello")
    observed = sse_server.observed[0]
    assert observed.client_closed
    assert not observed.completed
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STOPPED_BY_POLICY
    await run.assert_all_settled()


# --------------------------------------------------------------------------- reroute


async def test_reroute_on_shortfall_to_cheaper_model_both_accounted(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """The first call fits on the big model; the second does not, and is rerouted to the small
    one. Both calls are in the ledger, each at its own model's price."""
    sse_server.enqueue(
        Scenario.fixture("openai_chat_text_usage.sse"),
        Scenario.fixture("openai_chat_text_usage.sse"),
    )

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        seen["first"] = await agent.llm("Hi", max_tokens=100)
        seen["second"] = await agent.llm("Hi", max_tokens=100)

    # big: worst case = ~8 prompt tokens * $1e-3 + 100 * $2e-3 = ~$0.21; the first settles at
    # $0.03, leaving $0.19: the second call's worst case no longer fits on big, and fits on small.
    policy = make_policy(
        sse_server,
        budgets={"session": {"cost": "0.22"}},
        on_shortfall={"steps": ["reroute", "refuse"]},
        reroute=[{"from": "oai:big", "to": "oai:small", "when": "shortfall"}],
    )
    run: Run = await run_agents(policy, agent_class(body))
    first: LLMResult = run.seen["first"]
    second: LLMResult = run.seen["second"]
    assert first.model == "oai:big"
    assert second.model == "oai:small"
    assert any(d.action == "Reroute" for d in second.decisions)
    assert [o.body["model"] for o in sse_server.observed] == ["big", "small"]
    assert [(e.model, e.cost) for e in run.settled] == [
        ("oai:big", cost_of("oai:big", 14, 8)),
        ("oai:small", cost_of("oai:small", 14, 8)),
    ]
    await run.assert_all_settled()
    by_model = (await run.spent()).by_model
    assert by_model["oai:big"].cost == cost_of("oai:big", 14, 8)
    assert by_model["oai:small"].cost == cost_of("oai:small", 14, 8)


async def test_agent_reroutes_after_budget_cut(run_agents: Any, sse_server: SSEServer) -> None:
    """A call cut for cost on the expensive model; the agent retries on the cheaper one, as
    the policy's reroute rule names it; both calls are accounted."""
    sse_server.enqueue(
        Scenario(events=long_stream(OPENAI_LONG), delay=0.002),
        Scenario.fixture("openai_chat_text_usage.sse"),
    )

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        try:
            await agent.llm("Hi", max_tokens=5)
        except BudgetExceeded as exc:
            seen["cut"] = exc
            seen["result"] = await agent.llm("Hi", model="oai:small", max_tokens=50)

    run: Run = await run_agents(make_policy(sse_server), agent_class(body))
    assert run.seen["cut"].partial.model == "oai:big"
    assert run.seen["result"].model == "oai:small"
    assert [e.outcome for e in run.settled] == ["cut", "ok"]
    await run.assert_all_settled()
