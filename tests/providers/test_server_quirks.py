"""What real servers send beyond the happy path: quirks of compatible servers and the rarer
events of each API, played over the local socket server through the real SDK clients."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import anyio
import pytest

from supervisor._providers import (
    AnthropicProvider,
    Finished,
    InvalidRequest,
    LLMRequest,
    OpenAIChatProvider,
    OpenAIResponsesProvider,
    ProviderStreamError,
    StreamEvent,
    StreamInterrupted,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    UsageReport,
)

if TYPE_CHECKING:
    from supervisor._providers import Provider

from .sse_server import Scenario, SSEServer, build_provider, load_events


def request(**options: Any) -> LLMRequest:
    options.setdefault("model", "m")
    options.setdefault("messages", [{"role": "user", "content": "Hi"}])
    options.setdefault("max_tokens", 100)
    options.setdefault("timeout", 10.0)
    options.setdefault("chunk_timeout", 5.0)
    return LLMRequest(**options)


def chat_chunk(
    delta: dict[str, Any] | None = None,
    *,
    finish: str | None = None,
    usage: dict[str, Any] | None = None,
    choices: bool = True,
) -> str:
    """One Chat Completions SSE event, in the shape compatible servers send."""
    chunk: dict[str, Any] = {
        "id": "chatcmpl-q",
        "object": "chat.completion.chunk",
        "created": 1754688929,
        "model": "m",
        "choices": [{"index": 0, "delta": delta or {}, "finish_reason": finish}] if choices else [],
    }
    if usage is not None:
        chunk["usage"] = usage
    return f"data: {json.dumps(chunk)}\n\n"


DONE = "data: [DONE]\n\n"


async def chat_events(server: SSEServer, events: list[str]) -> list[StreamEvent]:
    server.enqueue(Scenario(events=events))
    return await chat_collect(server)


async def chat_collect(server: SSEServer) -> list[StreamEvent]:
    """The events of one call to the next queued scenario."""
    provider = OpenAIChatProvider(name="local", base_url=server.base_url, require_key=False)
    try:
        with anyio.fail_after(15):
            async with provider.stream(request()) as stream:
                return [event async for event in stream]
    finally:
        await provider.aclose()


async def chat_into(server: SSEServer, received: list[StreamEvent]) -> None:
    """Stream the next queued scenario into ``received``, to see what came before an error."""
    provider = OpenAIChatProvider(name="local", base_url=server.base_url, require_key=False)
    try:
        with anyio.fail_after(15):
            async with provider.stream(request()) as stream:
                async for event in stream:
                    received.append(event)  # noqa: PERF401  # keep what came before a failure
    finally:
        await provider.aclose()


async def drain(
    provider: Provider, received: list[StreamEvent], req: LLMRequest | None = None
) -> None:
    """Stream one call into ``received``, to see what came before an error."""
    with anyio.fail_after(15):
        async with provider.stream(req or request()) as stream:
            async for event in stream:
                received.append(event)  # noqa: PERF401  # keep what came before a failure


def text_of(events: list[StreamEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


# --------------------------------------------------------------------------- tool-call indices


def _call(call_id: str, name: str, arguments: str, index: int | None) -> dict[str, Any]:
    call: dict[str, Any] = {
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": arguments},
    }
    if index is not None:
        call["index"] = index
    return call


async def test_chat_tool_calls_without_index_stay_apart(sse_server: SSEServer) -> None:
    """Ollama before 0.4.7 sent whole tool calls with no ``index``: two calls in one delta are
    two calls, not one with both argument texts run together."""
    calls = [
        _call("call_a", "write", '{"path": "a.py"}', None),
        _call("call_b", "write", '{"path": "b.py"}', None),
    ]
    events = await chat_events(
        sse_server,
        [
            chat_chunk({"role": "assistant", "content": "", "tool_calls": calls}),
            chat_chunk(finish="tool_calls"),
            DONE,
        ],
    )
    assert [e for e in events if isinstance(e, ToolCall)] == [
        ToolCall(0, "call_a", "write", '{"path": "a.py"}'),
        ToolCall(1, "call_b", "write", '{"path": "b.py"}'),
    ]
    assert [(d.index, d.id) for d in events if isinstance(d, ToolCallDelta)] == [
        (0, "call_a"),
        (1, "call_b"),
    ]
    assert events[-1] == Finished("tool_calls", raw_reason="tool_calls")


async def test_chat_tool_calls_that_all_say_index_0_stay_apart(sse_server: SSEServer) -> None:
    """Ollama gives every call of a turn ``index: 0`` for models without a tool parser of their
    own (ollama/ollama#15457): a new id with a name at a used index is a new call."""
    events = await chat_events(
        sse_server,
        [
            chat_chunk({"tool_calls": [_call("call_a", "write", '{"path": ', 0)]}),
            chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"a.py"}'}}]}),
            chat_chunk({"tool_calls": [_call("call_b", "write", '{"path": "b.py"}', 0)]}),
            chat_chunk(finish="tool_calls"),
            DONE,
        ],
    )
    assert [e for e in events if isinstance(e, ToolCall)] == [
        ToolCall(0, "call_a", "write", '{"path": "a.py"}'),
        ToolCall(1, "call_b", "write", '{"path": "b.py"}'),
    ]


async def test_chat_tool_call_arguments_sent_as_an_object_are_its_json(
    sse_server: SSEServer,
) -> None:
    """Some compatible servers send ``arguments`` as a JSON object instead of its text: the
    call's arguments are that object's JSON, not a crash joining the fragments."""
    call = {"index": 0, "id": "call_a", "type": "function"}
    call["function"] = {"name": "write", "arguments": {"path": "a.py"}}
    events = await chat_events(
        sse_server, [chat_chunk({"tool_calls": [call]}), chat_chunk(finish="tool_calls"), DONE]
    )
    calls = [e for e in events if isinstance(e, ToolCall)]
    assert calls == [ToolCall(0, "call_a", "write", '{"path": "a.py"}')]
    assert calls[0].parsed_arguments() == {"path": "a.py"}


async def test_chat_tool_calls_that_finish_with_stop_finish_as_tool_calls(
    sse_server: SSEServer,
) -> None:
    """Older Ollama, and vLLM when tool_choice names a tool, send ``finish_reason: "stop"``
    after tool calls: the turn still ends in tool calls (the raw reason is kept)."""
    events = await chat_events(
        sse_server,
        [
            chat_chunk({"tool_calls": [_call("call_a", "write", '{"path": "a.py"}', 0)]}),
            chat_chunk(finish="stop"),
            DONE,
        ],
    )
    assert events[-2:] == [
        ToolCall(0, "call_a", "write", '{"path": "a.py"}'),
        Finished("tool_calls", raw_reason="stop"),
    ]


async def test_chat_tool_call_id_repeated_on_every_fragment_is_one_call(
    sse_server: SSEServer,
) -> None:
    """Servers that repeat the id and name on every fragment of one call (some vLLM tool
    parsers) still make one call, with its arguments joined in order."""
    events = await chat_events(
        sse_server,
        [
            chat_chunk({"tool_calls": [_call("call_a", "write", '{"path"', 0)]}),
            chat_chunk({"tool_calls": [_call("call_a", "write", ': "a.py"}', 0)]}),
            chat_chunk(finish="tool_calls"),
            DONE,
        ],
    )
    assert [e for e in events if isinstance(e, ToolCall)] == [
        ToolCall(0, "call_a", "write", '{"path": "a.py"}'),
    ]


def _kinds(events: list[StreamEvent]) -> list[tuple[str, int]]:
    """The tool-call events in order: ("delta" or "call", index)."""
    return [
        ("call" if isinstance(e, ToolCall) else "delta", e.index)
        for e in events
        if isinstance(e, (ToolCall, ToolCallDelta))
    ]


async def test_chat_tool_call_is_handed_on_when_the_next_call_starts(
    sse_server: SSEServer,
) -> None:
    """A call is complete when a fragment of the next one starts (as the OpenAI SDK decides),
    and the last at the finish: each is handed on then, so a stream cut later keeps it."""
    events = await chat_events(
        sse_server,
        [
            chat_chunk({"tool_calls": [_call("call_a", "write", '{"path": ', 0)]}),
            chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"a.py"}'}}]}),
            chat_chunk({"tool_calls": [_call("call_b", "write", '{"path": "b.py"}', 1)]}),
            chat_chunk(finish="tool_calls"),
            chat_chunk(usage={"prompt_tokens": 5, "completion_tokens": 9}, choices=False),
            DONE,
        ],
    )
    assert _kinds(events) == [("delta", 0), ("delta", 0), ("call", 0), ("delta", 1), ("call", 1)]
    assert [e for e in events if isinstance(e, ToolCall)] == [
        ToolCall(0, "call_a", "write", '{"path": "a.py"}'),
        ToolCall(1, "call_b", "write", '{"path": "b.py"}'),
    ]
    assert isinstance(events[-2], UsageReport)
    assert events[-1] == Finished("tool_calls", raw_reason="tool_calls")


async def test_chat_tool_calls_a_server_interleaves_are_whole_only_at_the_finish(
    sse_server: SSEServer,
) -> None:
    """A server that sends every call's head before the arguments, or goes back to an earlier
    call: a call is complete only at the finish, each is handed on once, whole, in order."""
    events = await chat_events(
        sse_server,
        [
            chat_chunk({"tool_calls": [_call("call_a", "write", "", 0)]}),
            chat_chunk({"tool_calls": [_call("call_b", "read", "", 1)]}),
            chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"path": '}}]}),
            chat_chunk({"tool_calls": [{"index": 1, "function": {"arguments": '{"n": 1}'}}]}),
            chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"a.py"}'}}]}),
            chat_chunk({"tool_calls": [_call("call_c", "write", '{"path": "c.py"}', 2)]}),
            chat_chunk(finish="tool_calls"),
            DONE,
        ],
    )
    calls = [e for e in events if isinstance(e, ToolCall)]
    assert calls == [
        ToolCall(0, "call_a", "write", '{"path": "a.py"}'),
        ToolCall(1, "call_b", "read", '{"n": 1}'),
        ToolCall(2, "call_c", "write", '{"path": "c.py"}'),
    ]
    assert _kinds(events)[-3:] == [("call", 0), ("call", 1), ("call", 2)]


def _fc_added(index: int, call_id: str) -> str:
    item = {"id": f"fc_{index}", "type": "function_call", "call_id": call_id, "name": "f"}
    event = {"type": "response.output_item.added", "output_index": index, "item": item}
    return f"event: {event['type']}\ndata: {json.dumps(event)}\n\n"


def _fc_event(kind: str, index: int, arguments: str) -> str:
    event = {"type": kind, "output_index": index}
    if kind == "response.output_item.done":
        event["item"] = {"type": "function_call", "call_id": f"c{index}", "arguments": arguments}
    else:
        event["arguments" if kind.endswith(".done") else "delta"] = arguments
    return f"event: {kind}\ndata: {json.dumps(event)}\n\n"


async def test_responses_calls_are_handed_on_when_done_in_order_each_once(
    sse_server: SSEServer,
) -> None:
    """A function call is handed on at its first done event (the second changes nothing), but
    never before a call ahead of it that is not done: the calls keep their order."""
    text = load_events("openai_responses_text.sse")
    completed = next(e for e in text if "response.completed" in e)
    arguments = ["function_call_arguments.done", "output_item.done"]
    events = [
        _fc_added(0, "c0"),
        _fc_event("response.function_call_arguments.delta", 0, '{"a": 0}'),
        *(_fc_event(f"response.{kind}", 0, '{"a": 0}') for kind in arguments),
        _fc_added(1, "c1"),  # never done: complete only at the end
        _fc_event("response.function_call_arguments.delta", 1, '{"a": 1}'),
        _fc_added(2, "c2"),
        _fc_event("response.function_call_arguments.delta", 2, '{"a": 2}'),
        *(_fc_event(f"response.{kind}", 2, '{"a": 2}') for kind in arguments),
        completed,
    ]
    received: list[StreamEvent] = []
    sse_server.enqueue(Scenario(events=events))
    await responses_into(sse_server, received)
    assert _kinds(received) == [
        ("delta", 0),
        ("delta", 0),
        ("call", 0),
        ("delta", 1),
        ("delta", 1),
        ("delta", 2),
        ("delta", 2),
        ("call", 1),
        ("call", 2),
    ]
    assert [e for e in received if isinstance(e, ToolCall)] == [
        ToolCall(0, "c0", "f", '{"a": 0}'),
        ToolCall(1, "c1", "f", '{"a": 1}'),
        ToolCall(2, "c2", "f", '{"a": 2}'),
    ]


# --------------------------------------------------------------------------- reasoning models


def reasoning_stream(field: str) -> list[str]:
    """The DeepSeek recording, with its reasoning under ``field`` (newer vLLM and Ollama name
    it ``reasoning``)."""
    return [e.replace('"reasoning_content"', f'"{field}"') for e in load_events(REASONER)]


REASONER = "deepseek_reasoner_chat.sse"


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
async def test_chat_reasoning_is_not_text_and_the_final_usage_counts_it(
    sse_server: SSEServer, field: str
) -> None:
    events = await chat_events(sse_server, reasoning_stream(field))
    assert text_of(events) == "Hello! How can I help?"
    usage = [e for e in events if isinstance(e, UsageReport)]
    assert usage[-1] == UsageReport(9, 17, final=True)
    assert all(not u.final for u in usage[:-1])
    # Each interim count holds the reasoning and the text so far: 10 reasoning deltas, then one
    # more token a text delta.
    assert [u.output_tokens for u in usage[:-1]][-1] == 10 + 7
    assert events[-1] == Finished("stop", raw_reason="stop")


def magistral(kind: str, text: str) -> dict[str, Any]:
    """A delta as Mistral's Magistral models stream it: content as a list of parts."""
    if kind == "thinking":
        return {"content": [{"type": "thinking", "thinking": [{"type": "text", "text": text}]}]}
    return {"content": [{"type": "text", "text": text}]}


async def test_chat_content_given_as_parts_splits_thinking_from_text(
    sse_server: SSEServer,
) -> None:
    """Magistral streams content as a list of parts, its reasoning in ``thinking`` parts: the
    answer is the text parts only (not a list handed on as text), and the reasoning counts."""
    events = await chat_events(
        sse_server,
        [
            chat_chunk({"role": "assistant", "content": ""}),
            chat_chunk(magistral("thinking", "It's a greeting")),
            chat_chunk(magistral("thinking", ", I should return a greeting.")),
            chat_chunk(magistral("text", "Hello")),
            chat_chunk({"content": "!"}),
            chat_chunk(finish="stop"),
            DONE,
        ],
    )
    assert text_of(events) == "Hello!"
    assert all(isinstance(e.text, str) for e in events if isinstance(e, TextDelta))
    usage = [e for e in events if isinstance(e, UsageReport)]
    # 44 characters of reasoning (11 tokens at about four a token) and two text deltas.
    assert usage[-1] == UsageReport(0, 11 + 2, final=False)


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
async def test_chat_stream_dropped_while_reasoning_reports_what_was_generated(
    sse_server: SSEServer, field: str
) -> None:
    """The connection drops after seven reasoning deltas and before any text: the provider
    bills those tokens, so the caller must see them counted, not a call that made nothing."""
    sse_server.enqueue(Scenario(events=reasoning_stream(field), drop_after=8))
    received: list[StreamEvent] = []
    with pytest.raises(StreamInterrupted):
        await chat_into(sse_server, received)
    assert not text_of(received)
    usage = [e for e in received if isinstance(e, UsageReport)]
    assert usage[-1] == UsageReport(0, 7, final=False)


async def test_responses_arguments_given_only_when_done_are_the_arguments(
    sse_server: SSEServer,
) -> None:
    """gpt-5.3-codex-spark (and some compatible servers) stream no argument deltas and give
    the arguments only in response.function_call_arguments.done: the call must have them."""
    events = [
        e
        for e in load_events("openai_responses_text.sse")
        if "response.function_call_arguments.delta" not in e
    ]
    received: list[StreamEvent] = []
    sse_server.enqueue(Scenario(events=events))
    await responses_into(sse_server, received)
    assert [e for e in received if isinstance(e, ToolCall)] == [
        ToolCall(1, "call_lookup_1", "lookup", '{"query": "capital of France"}')
    ]
    deltas = [e for e in received if isinstance(e, ToolCallDelta)]
    assert "".join(d.arguments for d in deltas) == '{"query": "capital of France"}'


async def test_responses_arguments_streamed_in_full_are_not_doubled_by_done(
    sse_server: SSEServer,
) -> None:
    received: list[StreamEvent] = []
    sse_server.enqueue(Scenario.fixture("openai_responses_text.sse"))
    await responses_into(sse_server, received)
    deltas = [e for e in received if isinstance(e, ToolCallDelta)]
    assert "".join(d.arguments for d in deltas) == '{"query": "capital of France"}'
    assert [e.arguments for e in received if isinstance(e, ToolCall)] == [
        '{"query": "capital of France"}'
    ]


# --------------------------------------------------------------------------- refusals

REFUSAL = "I'm sorry, but I can't help with that."


async def test_chat_refusal_is_the_answer_and_finishes_as_a_refusal(sse_server: SSEServer) -> None:
    """With structured outputs a refusal streams in ``delta.refusal``, never in ``content``:
    the agent must get its text (and pay for it), and know the model refused."""
    events = await chat_events(
        sse_server,
        [
            chat_chunk({"role": "assistant", "content": None, "refusal": ""}),
            chat_chunk({"refusal": "I'm sorry, but I can't"}),
            chat_chunk({"refusal": " help with that."}),
            chat_chunk(finish="stop"),
            chat_chunk(choices=False, usage={"prompt_tokens": 52, "completion_tokens": 11}),
            DONE,
        ],
    )
    assert text_of(events) == REFUSAL
    assert events[-2:] == [UsageReport(52, 11, final=True), Finished("refusal", raw_reason="stop")]


async def test_responses_refusal_is_the_answer_and_finishes_as_a_refusal(
    sse_server: SSEServer,
) -> None:
    sse_server.enqueue(Scenario.fixture("openai_responses_refusal.sse"))
    provider = OpenAIResponsesProvider(base_url=sse_server.base_url)
    try:
        with anyio.fail_after(15):
            async with provider.stream(request()) as stream:
                events = [event async for event in stream]
    finally:
        await provider.aclose()
    assert text_of(events) == REFUSAL
    assert events[-2:] == [
        UsageReport(52, 11, final=True),
        Finished("refusal", raw_reason="completed"),
    ]


# --------------------------------------------------------------------------- running usage

WORDS = ["The", " capital", " is", " Paris", "."]


def running_usage_stream(*, closing: bool) -> list[str]:
    """Usage on every chunk, counting up, as vLLM with ``continuous_usage_stats``, KubeAI and
    newer llama.cpp send it; ``closing``: the finishing chunk and a choices-less chunk carry
    the closing count too."""
    events = [
        chat_chunk({"content": word}, usage={"prompt_tokens": 20, "completion_tokens": i + 1})
        for i, word in enumerate(WORDS)
    ]
    if closing:
        events.append(
            chat_chunk(finish="stop", usage={"prompt_tokens": 20, "completion_tokens": 6})
        )
        events.append(
            chat_chunk(choices=False, usage={"prompt_tokens": 20, "completion_tokens": 6})
        )
    else:
        events.append(chat_chunk(finish="stop"))
    return [*events, DONE]


async def test_chat_running_usage_is_interim_until_the_closing_count(
    sse_server: SSEServer,
) -> None:
    events = await chat_events(sse_server, running_usage_stream(closing=True))
    assert text_of(events) == "The capital is Paris."
    usage = [e for e in events if isinstance(e, UsageReport)]
    assert [(u.output_tokens, u.final) for u in usage] == [
        (1, False),
        (2, False),
        (3, False),
        (4, False),
        (5, False),
        (6, True),
        (6, True),
    ]
    assert events[-2:] == [UsageReport(20, 6, final=True), Finished("stop", raw_reason="stop")]


async def test_chat_running_usage_of_a_dropped_stream_is_never_final(
    sse_server: SSEServer,
) -> None:
    """Cut or dropped mid-answer, a running count must not pass for the call's closing usage:
    the call is settled as an estimate, with its margin, not as a complete answer."""
    sse_server.enqueue(Scenario(events=running_usage_stream(closing=True), drop_after=3))
    received: list[StreamEvent] = []
    with pytest.raises(StreamInterrupted):
        await chat_into(sse_server, received)
    usage = [e for e in received if isinstance(e, UsageReport)]
    assert usage == [UsageReport(20, n, final=False) for n in (1, 2, 3)]


async def test_chat_running_usage_without_a_closing_count_ends_final(
    sse_server: SSEServer,
) -> None:
    """A stream that finishes after its last running count: that count is the call's."""
    events = await chat_events(sse_server, running_usage_stream(closing=False))
    assert events[-2:] == [UsageReport(20, 5, final=True), Finished("stop", raw_reason="stop")]
    assert sum(isinstance(e, UsageReport) and e.final for e in events) == 1


# --------------------------------------------------------------------------- error bodies


async def test_chat_error_given_as_a_plain_string_is_quoted(sse_server: SSEServer) -> None:
    """LM Studio and Ollama's native API answer ``{"error": "..."}`` with a string: the error
    must say what the server said, not only the status code."""
    said = "model 'qwen3:8b' not found, try pulling it first"
    sse_server.enqueue(Scenario(status=404, body={"error": said}))
    with pytest.raises(InvalidRequest, match="not found, try pulling it first") as caught:
        await chat_collect(sse_server)
    assert caught.value.status_code == 404
    assert not caught.value.retryable


async def test_a_quoted_error_without_a_full_stop_is_ended_before_the_advice(
    sse_server: SSEServer,
) -> None:
    """Ollama's "not found, try pulling it first" has no full stop: the message read "...
    try pulling it first Fix the request (model name, ...)", one run-on sentence."""
    said = "model 'qwen3:8b' not found, try pulling it first"
    sse_server.enqueue(Scenario(status=404, body={"error": said}))
    with pytest.raises(InvalidRequest) as caught:
        await chat_collect(sse_server)
    assert f"The provider said: {said}. Fix the request" in str(caught.value)


async def test_chat_error_in_googles_list_is_quoted(sse_server: SSEServer) -> None:
    """Gemini's OpenAI-compatible endpoint answers an error as a list holding the error."""
    said = 'Invalid JSON payload received. Unknown name "top_k": Cannot find field.'
    body = [{"error": {"code": 400, "message": said, "status": "INVALID_ARGUMENT"}}]
    sse_server.enqueue(Scenario(status=400, body=body))
    with pytest.raises(InvalidRequest, match='Unknown name "top_k"') as caught:
        await chat_collect(sse_server)
    assert caught.value.status_code == 400


# --------------------------------------------------------------------------- stream_options

#: How Azure's older API versions and gateways refuse the field; vLLM before 0.4.3 gave a
#: pydantic list naming ("body", "stream_options").
NO_STREAM_OPTIONS = {
    "error": {
        "message": "Unrecognized request argument supplied: stream_options",
        "type": "invalid_request_error",
        "param": None,
        "code": None,
    }
}


async def test_chat_server_that_refuses_stream_options_is_asked_without_it(
    sse_server: SSEServer,
) -> None:
    """The request was refused before anything ran: the call goes out again without the field,
    and later calls leave it out from the start. No usage comes (the governor estimates)."""
    plain = load_events("openai_chat_min.sse")
    plain = plain[:4] + plain[5:]  # a server that knows no include_usage sends no usage chunk
    sse_server.enqueue(
        Scenario(status=400, body=NO_STREAM_OPTIONS), Scenario(events=plain), Scenario(events=plain)
    )
    provider = OpenAIChatProvider(name="local", base_url=sse_server.base_url, require_key=False)
    try:
        with anyio.fail_after(15):
            answers = []
            for _ in range(2):
                async with provider.stream(request()) as stream:
                    answers.append([event async for event in stream])
    finally:
        await provider.aclose()
    for events in answers:
        assert text_of(events) == "Mexico City"
        assert not [e for e in events if isinstance(e, UsageReport)]
        assert events[-1] == Finished("stop", raw_reason="stop")
    sent = [observed.body for observed in sse_server.observed]
    assert len(sent) == 3
    assert sent[0]["stream_options"] == {"include_usage": True}
    assert "stream_options" not in sent[1]
    assert "stream_options" not in sent[2]


async def test_chat_other_bad_requests_are_not_sent_again(sse_server: SSEServer) -> None:
    body = {"error": {"message": "max_tokens is too large", "type": "invalid_request_error"}}
    sse_server.enqueue(Scenario(status=400, body=body))
    with pytest.raises(InvalidRequest, match="max_tokens is too large"):
        await chat_collect(sse_server)
    assert len(sse_server.observed) == 1


# --------------------------------------------------------------------------- Anthropic usage


async def anthropic_events(server: SSEServer, events: list[str]) -> list[StreamEvent]:
    server.enqueue(Scenario(events=events))
    provider = AnthropicProvider(base_url=server.root_url)
    try:
        with anyio.fail_after(15):
            async with provider.stream(request()) as stream:
                return [event async for event in stream]
    finally:
        await provider.aclose()


async def test_anthropic_cache_use_in_message_delta_replaces_the_start(
    sse_server: SSEServer,
) -> None:
    """message_delta's usage is cumulative for every field it gives, the cache's included: a
    call that runs server tools samples again, and those turns read and write the cache. The
    prompt charged is Anthropic's input plus the final cache reads and writes, not the start's."""
    events = load_events("anthropic_web_search.sse")
    final = {
        "input_tokens": 14500,
        "cache_read_input_tokens": 9000,
        "cache_creation_input_tokens": 1200,
        "output_tokens": 120,
        "server_tool_use": {"web_search_requests": 2},
    }
    for i, event in enumerate(events):
        if '"type":"message_delta"' in event:
            payload = json.loads(event.split("data: ", 1)[1])
            payload["usage"] = final
            events[i] = f"event: message_delta\ndata: {json.dumps(payload)}\n\n"
    received = await anthropic_events(sse_server, events)
    assert [e for e in received if isinstance(e, UsageReport)][-1] == UsageReport(
        14_500 + 9_000 + 1_200,
        120,
        cached_input_tokens=9_000,
        final=True,
        cache_write_tokens=1_200,
        web_searches=2,
    )


def responses_reasoning(kind: str) -> list[str]:
    """The o4-mini recording; ``kind`` ``"reasoning_text"``: its reasoning streamed raw, as
    gpt-oss on vLLM or Ollama sends it."""
    events = load_events("openai_responses_reasoning.sse")
    old = "response.reasoning_summary_text.delta"
    return [e.replace(old, f"response.{kind}.delta") for e in events]


async def responses_into(server: SSEServer, received: list[StreamEvent]) -> None:
    provider = OpenAIResponsesProvider(base_url=server.base_url)
    try:
        with anyio.fail_after(15):
            async with provider.stream(request()) as stream:
                async for event in stream:
                    received.append(event)  # noqa: PERF401  # keep what came before a failure
    finally:
        await provider.aclose()


@pytest.mark.parametrize("kind", ["reasoning_summary_text", "reasoning_text"])
async def test_responses_reasoning_is_not_text_and_the_final_usage_counts_it(
    sse_server: SSEServer, kind: str
) -> None:
    sse_server.enqueue(Scenario(events=responses_reasoning(kind)))
    events: list[StreamEvent] = []
    await responses_into(sse_server, events)
    assert text_of(events) == "Hello! How can I help?"
    usage = [e for e in events if isinstance(e, UsageReport)]
    assert all(not u.final for u in usage[:-1])
    assert usage[-1] == UsageReport(31, 212, final=True)
    assert events[-1] == Finished("stop", raw_reason="completed")


@pytest.mark.parametrize("kind", ["reasoning_summary_text", "reasoning_text"])
async def test_responses_stream_dropped_while_reasoning_reports_what_was_generated(
    sse_server: SSEServer, kind: str
) -> None:
    """Dropped after four reasoning deltas and before any text: the caller must see them
    counted (a floor: OpenAI bills more reasoning than its summary shows), not nothing."""
    sse_server.enqueue(Scenario(events=responses_reasoning(kind), drop_after=8))
    received: list[StreamEvent] = []
    with pytest.raises(StreamInterrupted):
        await responses_into(sse_server, received)
    assert not text_of(received)
    usage = [e for e in received if isinstance(e, UsageReport)]
    # 73 characters in 4 deltas: about four characters a token, 19.
    assert usage[-1] == UsageReport(0, 19, final=False)


async def test_responses_reasoning_after_a_web_search_keeps_the_search_counted(
    sse_server: SSEServer,
) -> None:
    """Each interim report replaces the last: one made for reasoning after a search must still
    carry the search, or a cut call would not pay for it."""
    search = {
        "type": "response.output_item.added",
        "output_index": 0,
        "item": {"id": "ws_1", "type": "web_search_call", "status": "in_progress"},
    }
    raw = f"event: response.output_item.added\ndata: {json.dumps(search)}\n\n"
    events = responses_reasoning("reasoning_text")
    sse_server.enqueue(Scenario(events=[*events[:5], raw, *events[5:]], drop_after=9))
    received: list[StreamEvent] = []
    with pytest.raises(StreamInterrupted):
        await responses_into(sse_server, received)
    usage = [e for e in received if isinstance(e, UsageReport)]
    assert [u.web_searches for u in usage] == [0, 1, 1, 1, 1]
    assert usage[-1].output_tokens > usage[0].output_tokens > 0


async def test_anthropic_tool_input_given_whole_on_the_start_is_the_arguments(
    sse_server: SSEServer,
) -> None:
    """Some Anthropic-compatible proxies put the whole input on content_block_start and stream
    no input_json_delta: the call's arguments are that input, not an empty text."""
    events = [
        e
        for e in load_events("anthropic_tool_use.sse")
        if not ('"index":1' in e and "input_json_delta" in e)
    ]
    events = [e.replace('"input":{}', '"input":{"location":"Paris"}') for e in events]
    received = await anthropic_events(sse_server, events)
    assert [e for e in received if isinstance(e, ToolCall)] == [
        ToolCall(1, "toolu_01NRLabsLyVHZPKxbKvkfSMn", "get_weather", '{"location": "Paris"}')
    ]
    deltas = [e for e in received if isinstance(e, ToolCallDelta)]
    assert "".join(d.arguments for d in deltas) == '{"location": "Paris"}'


async def test_anthropic_tool_input_streamed_after_a_start_input_is_not_doubled(
    sse_server: SSEServer,
) -> None:
    """Fragments that do stream are the arguments; a start input is only a stand-in."""
    events = load_events("anthropic_tool_use.sse")
    events = [e.replace('"input":{}', '"input":{"location":"Paris"}') for e in events]
    received = await anthropic_events(sse_server, events)
    assert [e.arguments for e in received if isinstance(e, ToolCall)] == ['{"location": "Paris"}']


# --------------------------------------------------------------------------- extended thinking


async def test_anthropic_thinking_is_not_text_and_the_final_usage_counts_it(
    sse_server: SSEServer,
) -> None:
    events = await anthropic_events(sse_server, load_events("anthropic_thinking.sse"))
    assert text_of(events) == "The greatest common divisor of 1071 and 462 is **21**."
    assert not [e for e in events if isinstance(e, (ToolCall, ToolCallDelta))]
    usage = [e for e in events if isinstance(e, UsageReport)]
    assert usage[-1] == UsageReport(85, 97, final=True)
    finished = events[-1]
    assert isinstance(finished, Finished)
    assert (finished.reason, finished.raw_reason) == ("stop", "end_turn")
    # The blocks as the API gave them, signed, to hand back with a tool-use turn.
    thinking, redacted = finished.thinking
    assert thinking["type"] == "thinking"
    assert thinking["thinking"].endswith("147 = 7 \u00d7 21 + 0\n\nSo the GCD is 21.")
    assert thinking["signature"] == (
        "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds6ltg2t7ADJhBPHl1c3Dmlm7fQ=="
    )
    assert redacted["type"] == "redacted_thinking"
    assert redacted["data"].startswith("EmwKAhgB")


async def test_anthropic_stream_dropped_while_thinking_reports_what_was_generated(
    sse_server: SSEServer,
) -> None:
    """Anthropic's output count stays at message_start's 4 until message_delta: a stream that
    drops after three thinking deltas must be counted for that thinking, not for 4 tokens."""
    sse_server.enqueue(Scenario(events=load_events("anthropic_thinking.sse"), drop_after=5))
    provider = AnthropicProvider(base_url=sse_server.root_url)
    received: list[StreamEvent] = []
    try:
        with pytest.raises(StreamInterrupted):
            await drain(provider, received)
    finally:
        await provider.aclose()
    assert not text_of(received)
    usage = [e for e in received if isinstance(e, UsageReport)]
    # 111 characters of thinking in 3 deltas: about four characters a token, 28.
    assert usage[-1] == UsageReport(85, 28, final=False)


# --------------------------------------------------------------------------- mid-stream errors


@pytest.mark.parametrize(
    ("error", "retryable"),
    [
        # vLLM names its error types after exceptions and gives the status as the code.
        ({"message": "engine died", "type": "InternalServerError", "code": 500}, True),
        ({"message": "too long", "type": "BadRequestError", "code": 400}, False),
        # OpenAI's own code for a rate limit.
        ({"message": "slow down", "type": "rate_limit_exceeded"}, True),
    ],
)
async def test_chat_error_midstream_is_retryable_by_its_status(
    sse_server: SSEServer, error: dict[str, Any], retryable: bool
) -> None:
    events = load_events("openai_chat_min.sse")
    events.insert(2, f"data: {json.dumps({'error': error})}\n\n")
    sse_server.enqueue(Scenario(events=events))
    received: list[StreamEvent] = []
    with pytest.raises(ProviderStreamError) as caught:
        await chat_into(sse_server, received)
    assert caught.value.retryable is retryable
    assert caught.value.error_type == error["type"]
    assert error["message"] in str(caught.value)
    assert text_of(received) == "Mexico"


def _anthropic_error(kind: str) -> str:
    event = {"type": "error", "error": {"type": kind, "message": kind}}
    return f"event: error\ndata: {json.dumps(event)}\n\n"


def _chat_error(**error: Any) -> str:
    return f"data: {json.dumps({'error': {'message': 'm', **error}})}\n\n"


_MESSAGE_START = load_events("anthropic_text.sse")[0]
_ROLE_CHUNK = load_events("openai_chat_text_usage.sse")[0]
_CREATED = load_events("openai_responses_text.sse")[0]


@pytest.mark.parametrize(
    ("kind", "events", "first", "status", "retryable"),
    [
        ("anthropic", [_anthropic_error("overloaded_error")], True, None, True),
        ("anthropic", [_MESSAGE_START, _anthropic_error("overloaded_error")], False, None, True),
        ("anthropic", [_anthropic_error("authentication_error")], True, 401, False),
        ("anthropic", [_MESSAGE_START, _anthropic_error("permission_error")], False, 403, False),
        ("anthropic", [_MESSAGE_START, _anthropic_error("not_found_error")], False, 404, False),
        ("anthropic", [_anthropic_error("invalid_request_error")], True, 400, False),
        ("anthropic", [_anthropic_error("request_too_large")], True, 413, False),
        ("anthropic", [_anthropic_error("some_new_error")], True, None, False),
        # A keep-alive comment (or an event with no data) came first: not the first event.
        ("anthropic", [": keep-alive\n\n", _anthropic_error("api_error")], False, None, True),
        ("anthropic", ["event: ping\n\n", _anthropic_error("api_error")], False, None, True),
        ("chat", [_chat_error(type="server_error")], True, None, True),
        ("chat", [_ROLE_CHUNK, _chat_error(type="invalid_request_error")], False, 400, False),
        ("chat", [_chat_error(type="BadRequestError", code=400)], True, 400, False),  # vLLM
        ("chat", [_chat_error(type="auth_error", code="401")], True, 401, False),  # LiteLLM
        ("chat", [_chat_error(type="throttling_error", code="429")], True, 429, True),
        ("chat", [_chat_error(type="x", code="context_length_exceeded")], True, None, False),
        (
            "responses",
            [_CREATED, 'data: {"type": "error", "code": "server_error"}\n\n'],
            False,
            None,
            True,
        ),
    ],
)
async def test_an_error_event_says_whether_it_came_first_and_the_status_it_stands_for(
    sse_server: SSEServer,
    kind: str,
    events: list[str],
    first: bool,
    status: int | None,
    retryable: bool,
) -> None:
    """An error event's type or code names the HTTP status of a refused request (so the
    runtime treats it as that status: not retried, no restart); and the stream says whether
    it was its very first event (refused before the model started: nothing to charge)."""
    sse_server.enqueue(Scenario(events=events))
    provider = build_provider(kind, sse_server, api_key="k")
    try:
        with pytest.raises(ProviderStreamError) as caught:
            await drain(provider, [])
    finally:
        await provider.aclose()
    assert caught.value.first_event is first
    assert caught.value.status_code == status
    assert caught.value.retryable is retryable
    advice = {401: "Check the API key", 400: "Fix the request", 429: "Retry later"}
    if status in advice:
        assert advice[status] in str(caught.value)


# --------------------------------------------------------------------------- bytes


async def test_chat_bytes_that_are_not_utf8_become_replacement_characters(
    sse_server: SSEServer,
) -> None:
    """A character's bytes split across two events (each half invalid UTF-8 on its own) must
    not end the answer with a traceback: the SSE standard decodes them as U+FFFD."""
    first, second = "\udce2\udc82", "\udcac"  # the three bytes of the euro sign, split
    events = [
        chat_chunk({"content": "Price: "}),
        f'data: {{"choices":[{{"index":0,"delta":{{"content":"{first}"}}}}]}}\n\n',
        f'data: {{"choices":[{{"index":0,"delta":{{"content":"{second}5"}}}}]}}\n\n',
        chat_chunk(finish="stop"),
        DONE,
    ]
    received = await chat_events(sse_server, events)
    assert text_of(received) == "Price: \ufffd\ufffd5"
    assert received[-1] == Finished("stop", raw_reason="stop")


async def test_events_without_data_are_keep_alives_not_malformed_chunks(
    sse_server: SSEServer,
) -> None:
    """An event with no data (``event: ping`` alone, an empty ``data:``) is not dispatched by
    the SSE standard: a server's keep-alive must not end the answer as malformed JSON."""
    events = load_events("openai_chat_min.sse")
    events[2:2] = ["event: ping\n\n", "data:\n\n", ": keep-alive\n\n"]
    received = await chat_events(sse_server, events)
    assert text_of(received) == "Mexico City"
    assert received[-1] == Finished("stop", raw_reason="stop")


# --------------------------------------------------------------------------- turns handed back


def _turn(content: Any, arguments: str) -> list[dict[str, Any]]:
    call = {"id": "toolu_1", "type": "function", "function": {"name": "write"}}
    call["function"]["arguments"] = arguments
    return [
        {"role": "user", "content": "Write a.py"},
        {"role": "assistant", "content": content, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "toolu_1", "content": "error: arguments not JSON"},
    ]


async def anthropic_sent(server: SSEServer, messages: list[dict[str, Any]]) -> Any:
    """The messages the Anthropic provider sent for ``messages``, as the server read them."""
    provider = AnthropicProvider(base_url=server.root_url)
    try:
        await drain(provider, [], request(messages=messages))
    finally:
        await provider.aclose()
    return server.observed[-1].body["messages"]


async def test_anthropic_turn_with_arguments_that_are_not_json_is_still_sent(
    sse_server: SSEServer,
) -> None:
    """A model's truncated argument text, handed back in the assistant turn, used to raise a
    bare JSONDecodeError from the next call; the API needs an object, so the text is kept."""
    sent = await anthropic_sent(sse_server, _turn("", '{"path": "a.p'))
    assert sent[1] == {
        "role": "assistant",
        "content": [
            {
                "type": "tool_use",
                "id": "toolu_1",
                "name": "write",
                "input": {"invalid_json": '{"path": "a.p'},
            }
        ],
    }


async def test_anthropic_turn_given_as_blocks_keeps_its_thinking_before_the_tool_use(
    sse_server: SSEServer,
) -> None:
    """With extended thinking the API requires the turn's thinking block, signature and all,
    before its tool_use: content given as blocks is kept as blocks, in order."""
    thinking = {"type": "thinking", "thinking": "Write it.", "signature": "EqQBCgIYAhIM"}
    blocks = [thinking, {"type": "text", "text": "Writing."}]
    sent = await anthropic_sent(sse_server, _turn(blocks, '{"path": "a.py"}'))
    assert sent[1]["content"] == [
        thinking,
        {"type": "text", "text": "Writing."},
        {"type": "tool_use", "id": "toolu_1", "name": "write", "input": {"path": "a.py"}},
    ]
