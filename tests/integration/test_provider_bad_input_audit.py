"""Bad input from a provider, found by the bad-input audit: a clear typed error, never a crash.

A server (or a proxy) that reports a token count no model can use, such as
``"completion_tokens": 10**25`` or ``1e300``, used to be taken at its word: the settlement
multiplied it by the price, overflowed the SQLite ledger's 64-bit integers and failed, so the
governor crashed on every call, the agent was restarted until its supervisor gave up, and the
run ended (exit 4) on ``OverflowError('Python int too large to convert to SQLite INTEGER')``.
On a memory store it billed about $2.5e17. Such a count is now a malformed chunk that says
which count was wrong: the agent gets ``MalformedResponse`` and the call is charged as a
stream that went wrong (never less than what was counted), on a real socket and a real SQLite
file.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario, load_events
from supervisor import SQLiteStore, tool
from supervisor._providers import MalformedResponse

from .conftest import FAST_RETRIES, agent_class, cost_of, make_policy

if TYPE_CHECKING:
    from pathlib import Path

    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


def _chat_with_usage(usage: dict[str, Any]) -> list[str]:
    events = load_events("openai_chat_text_usage.sse")
    chunk = {"id": "x", "object": "chat.completion.chunk", "choices": [], "usage": usage}
    events[-2] = f"data: {json.dumps(chunk)}\n\n"  # the usage chunk, before [DONE]
    return events


async def _calls_once(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        await agent.llm("Hi", max_tokens=100)
    except MalformedResponse as exc:
        seen["error"] = exc


@pytest.mark.parametrize("count", [10**25, 1e300, "lots"])
async def test_a_token_count_no_model_can_use_is_malformed_not_a_crash(
    run_agents: Any, sse_server: SSEServer, tmp_path: Path, count: object
) -> None:
    sse_server.enqueue(
        Scenario(events=_chat_with_usage({"prompt_tokens": 14, "completion_tokens": count}))
    )
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run: Run = await run_agents(policy, agent_class(_calls_once), store=store)
        assert run.outcome is not None
        assert run.outcome.exit_code == 0, run.outcome.reason
        error = run.seen.get("error")
        assert isinstance(error, MalformedResponse), run.seen
        assert "a token count of" in str(error), error
        [settled] = run.settled
        # Charged as a stream that went wrong: at least the 8 output tokens it counted,
        # and no more than the call's worst case (100 output tokens at $2000/Mtok, plus input).
        assert 8 * 2_000_000 <= settled.cost <= 100 * 2_000_000 + 100 * 1_000_000
        session = await run.spent()
        assert session.spent.cost == settled.cost
        assert session.open_reservations == 0


async def _asks_too_much(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        await agent.llm("Hi", max_tokens=10**18)
    except ValueError as exc:
        seen["error"] = exc
    seen["answer"] = (await agent.llm("Hi", max_tokens=100)).text


async def test_max_tokens_past_what_the_ledger_counts_is_a_clear_error(
    run_agents: Any, sse_server: SSEServer, tmp_path: Path
) -> None:
    """Before: ``self.llm(..., max_tokens=10**18)`` made the call's worst case overflow the
    SQLite ledger's 64-bit integers: the governor failed on every call and the run ended
    (exit 4) on an OverflowError. Now the call raises ValueError saying the most it takes,
    nothing is sent or charged, and the agent goes on."""
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run: Run = await run_agents(policy, agent_class(_asks_too_much), store=store)
        assert run.outcome is not None
        assert run.outcome.exit_code == 0, run.outcome.reason
        error = run.seen.get("error")
        assert isinstance(error, ValueError), run.seen
        assert "give at most 1,000,000,000 tokens" in str(error)
        assert run.seen["answer"]
        assert len(sse_server.observed) == 1
        [settled] = run.settled
        session = await run.spent()
        assert session.spent.cost == settled.cost
        assert session.spent.calls == 1


def _searches_reported(count: int) -> list[str]:
    events = load_events("anthropic_web_search.sse")
    return [
        e.replace('"web_search_requests":2}', f'"web_search_requests":{count}}}') for e in events
    ]


async def _searches(agent: Agent, seen: dict[str, Any]) -> None:
    search = {"type": "web_search_20250305", "name": "web_search", "max_uses": 2}
    try:
        await agent.llm("ACME's 2026 revenue?", max_tokens=200, tools=[search])
    except MalformedResponse as exc:
        seen["error"] = exc


async def test_a_web_search_count_no_call_runs_is_malformed_not_a_crash(
    run_agents: Any, sse_server: SSEServer, tmp_path: Path
) -> None:
    """Before: ``"web_search_requests": 10**25`` in Anthropic's final usage was charged as it
    stood: the settlement overflowed the SQLite ledger and the governor crashed on every call
    (exit 4); a memory store billed $1e23. Now it is a malformed chunk naming the count."""
    sse_server.enqueue(Scenario(events=_searches_reported(10**25)))
    prices = {"ant:claude": {"input_per_mtok": 3, "output_per_mtok": 15, "web_search_per_k": 10}}
    policy = make_policy(sse_server, prices=prices, retries={**FAST_RETRIES, "max_attempts": 1})
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run: Run = await run_agents(policy, agent_class(_searches, model="ant:claude"), store=store)
        assert run.outcome is not None
        assert run.outcome.exit_code == 0, run.outcome.reason
        error = run.seen.get("error")
        assert isinstance(error, MalformedResponse), run.seen
        assert "a web search count of 10000000000000000000000000" in str(error)
        [settled] = run.settled
        # At least the two searches it saw run ($0.01 each), at most the call's worst case.
        assert 2 * 10_000_000 <= settled.cost <= 10**9
        session = await run.spent()
        assert session.spent.cost == settled.cost
        assert session.open_reservations == 0


def _text_as_a_number(model: str) -> list[str]:
    if model == "oai:big":
        events = load_events("openai_chat_text_usage.sse")
        chunk = {"id": "x", "choices": [{"index": 0, "delta": {"content": 42}}]}
        return [*events[:2], f"data: {json.dumps(chunk)}\n\n", *events[2:]]
    events = load_events("anthropic_text.sse")
    at = next(i for i, e in enumerate(events) if "text_delta" in e)
    delta = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": 42}}
    return [*events[:at], f"event: content_block_delta\ndata: {json.dumps(delta)}\n\n"]


async def _calls_model(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        await agent.llm("Hi", max_tokens=100)
    except MalformedResponse as exc:
        seen["error"] = exc


@pytest.mark.parametrize(
    ("model", "field"), [("oai:big", "delta.content"), ("ant:claude", "delta.text")]
)
async def test_answer_text_given_as_a_number_is_malformed_not_an_attribute_error(
    run_agents: Any, sse_server: SSEServer, tmp_path: Path, model: str, field: str
) -> None:
    """Before: a chunk whose text was a number (``"content": 42``) reached the agent as
    ``AttributeError("'int' object has no attribute 'isascii'")``, an error of its own code to
    all appearances, restarted until its supervisor gave up (exit 4). Now it is a
    MalformedResponse naming the field and what it held."""
    sse_server.enqueue(Scenario(events=_text_as_a_number(model)))
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run: Run = await run_agents(policy, agent_class(_calls_model, model=model), store=store)
        assert run.outcome is not None
        assert run.outcome.exit_code == 0, run.outcome.reason
        error = run.seen.get("error")
        assert isinstance(error, MalformedResponse), run.seen
        assert f"{field} = 42 where text goes" in str(error)
        [settled] = run.settled
        session = await run.spent()
        assert session.spent.cost == settled.cost > 0
        assert session.open_reservations == 0


def _arguments_as_a_number(model: str) -> list[str]:
    if model == "ant:claude":
        events = load_events("anthropic_text.sse")
        start = {
            "type": "content_block_start",
            "index": 1,
            "content_block": {"type": "tool_use", "id": "t1", "name": "f", "input": {}},
        }
        delta = {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "input_json_delta", "partial_json": 5},
        }
        return [
            events[0],
            f"event: content_block_start\ndata: {json.dumps(start)}\n\n",
            f"event: content_block_delta\ndata: {json.dumps(delta)}\n\n",
        ]
    events = load_events("openai_responses_text.sse")
    added = {
        "type": "response.output_item.added",
        "output_index": 1,
        "item": {"type": "function_call", "call_id": "c1", "name": "f", "arguments": ""},
    }
    delta = {"type": "response.function_call_arguments.delta", "output_index": 1, "delta": 5}
    return [
        events[0],
        f"event: response.output_item.added\ndata: {json.dumps(added)}\n\n",
        f"event: response.function_call_arguments.delta\ndata: {json.dumps(delta)}\n\n",
    ]


@pytest.mark.parametrize(
    ("model", "field"), [("ant:claude", "delta.partial_json"), ("resp:big", "delta")]
)
async def test_tool_arguments_given_as_a_number_are_malformed_not_an_attribute_error(
    run_agents: Any, sse_server: SSEServer, tmp_path: Path, model: str, field: str
) -> None:
    """Before: a tool call's argument fragment given as a number (Anthropic's
    ``partial_json``, the Responses API's ``function_call_arguments.delta``) reached the agent
    as ``AttributeError("'int' object has no attribute 'isascii'")`` (exit 4 once restarts ran
    out). Now it is a MalformedResponse naming the field."""
    sse_server.enqueue(Scenario(events=_arguments_as_a_number(model)))
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run: Run = await run_agents(policy, agent_class(_calls_model, model=model), store=store)
        assert run.outcome is not None
        assert run.outcome.exit_code == 0, run.outcome.reason
        error = run.seen.get("error")
        assert isinstance(error, MalformedResponse), run.seen
        assert f"{field} = 5 where text goes" in str(error)
        session = await run.spent()
        assert session.open_reservations == 0


WHOLE_ANSWER = {
    "oai:big": b'{"id":"chatcmpl-9","object":"chat.completion","created":1,"model":"big",'
    b'"choices":[{"index":0,"message":{"role":"assistant","content":"Mexico City."},'
    b'"finish_reason":"stop"}],"usage":{"prompt_tokens":14,"completion_tokens":3}}',
    "ant:claude": b'{"id":"msg_9","type":"message","role":"assistant","content":[{"type":'
    b'"text","text":"Mexico City."}],"usage":{"input_tokens":14,"output_tokens":3}}',
}


@pytest.mark.parametrize("model", ["oai:big", "ant:claude"])
async def test_a_whole_answer_from_a_server_that_ignored_stream_is_charged(
    run_agents: Any, sse_server: SSEServer, tmp_path: Path, model: str
) -> None:
    """Before: a server (or a buffering proxy) that ignored ``stream = true`` and sent the
    whole completion as one JSON body was taken for an error page: "nothing was streamed",
    and the call was charged nothing, though the model ran and the provider bills it. Now the
    message says the server ignored stream, and the call is charged its worst case (its
    prompt and max_tokens), as a call that failed after it was answered."""
    sse_server.enqueue(Scenario(whole_body=("application/json", WHOLE_ANSWER[model])))
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run: Run = await run_agents(policy, agent_class(_calls_model, model=model), store=store)
        assert run.outcome is not None
        assert run.outcome.exit_code == 0, run.outcome.reason
        error = run.seen.get("error")
        assert isinstance(error, MalformedResponse), run.seen
        assert "the server ignored stream = true" in str(error)
        assert "charged its worst case" in str(error)
        [settled] = run.settled
        assert settled.output_tokens == 100  # the call's max_tokens
        assert settled.cost >= cost_of(model, 0, 100)
        session = await run.spent()
        assert session.spent.cost == settled.cost
        assert session.open_reservations == 0


async def test_a_json_error_with_status_200_is_still_charged_nothing(
    run_agents: Any, sse_server: SSEServer, tmp_path: Path
) -> None:
    body = b'{"error": {"message": "quota exceeded", "type": "insufficient_quota"}}'
    sse_server.enqueue(Scenario(whole_body=("application/json", body)))
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run: Run = await run_agents(policy, agent_class(_calls_model), store=store)
        assert isinstance(run.seen.get("error"), MalformedResponse), run.seen
        [settled] = run.settled
        assert settled.cost == 0


async def _calls_tools(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        answer = await agent.llm("Hi", max_tokens=100, tools=agent.tool_definitions())
        seen["turns"] = await agent.call_tools(answer)
    except MalformedResponse as exc:
        seen["error"] = exc


async def _lookup(self: Agent, query: str) -> str:
    return f"found {query}"


@pytest.mark.parametrize("model", ["oai:big", "ant:claude"])
async def test_a_tool_call_named_by_a_number_is_malformed(
    run_agents: Any, sse_server: SSEServer, tmp_path: Path, model: str
) -> None:
    """Before: a tool call whose name (or id) was a number was handed on as ToolCall(name=7):
    from Chat Completions call_tools told the model "There is no tool named 7", as if the model
    had misnamed it; from Anthropic the call was dropped without a word (no tool turn). Now it
    is a MalformedResponse naming the field, as other garbage in a chunk is."""
    if model == "oai:big":
        events = load_events("openai_chat_text_usage.sse")
        call = {"index": 0, "id": "c1", "function": {"name": 7, "arguments": "{}"}}
        chunk = {"id": "x", "choices": [{"index": 0, "delta": {"tool_calls": [call]}}]}
        events = [*events[:2], f"data: {json.dumps(chunk)}\n\n", *events[2:]]
        field = "function.name"
    else:
        events = load_events("anthropic_text.sse")
        start = {
            "type": "content_block_start",
            "index": 1,
            "content_block": {"type": "tool_use", "id": "t1", "name": 7, "input": {}},
        }
        events = [events[0], f"event: content_block_start\ndata: {json.dumps(start)}\n\n"]
        field = "content_block.name"
    sse_server.enqueue(Scenario(events=events))
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    cls = agent_class(_calls_tools, model=model, lookup=tool(_lookup))
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run: Run = await run_agents(policy, cls, store=store)
        assert run.outcome is not None
        assert run.outcome.exit_code == 0, run.outcome.reason
        error = run.seen.get("error")
        assert isinstance(error, MalformedResponse), run.seen
        assert f"{field} = 7 where text goes" in str(error)
