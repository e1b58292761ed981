"""The real SDK-backed providers against the local server, over a real socket, on both backends."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import anyio
import pytest

from supervisor._providers import (
    AnthropicProvider,
    AuthenticationFailed,
    Finished,
    InvalidRequest,
    LLMRequest,
    MalformedResponse,
    OpenAIChatProvider,
    OpenAIResponsesProvider,
    ProviderConnectError,
    ProviderError,
    ProviderStreamError,
    ProviderTimeout,
    ProviderUnavailable,
    RateLimited,
    StreamEvent,
    StreamInterrupted,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    UsageReport,
    retry_delay,
)

from .sse_server import Scenario, closed_port, load_events, stretch

if TYPE_CHECKING:
    from supervisor._providers import Provider

    from .sse_server import SSEServer

MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]


def request(**options: Any) -> LLMRequest:
    options.setdefault("model", "m")
    options.setdefault("messages", MESSAGES)
    options.setdefault("max_tokens", 100)
    options.setdefault("timeout", 10.0)
    options.setdefault("chunk_timeout", 5.0)
    return LLMRequest(**options)


async def collect(provider: Provider, req: LLMRequest | None = None) -> list[StreamEvent]:
    with anyio.fail_after(15):
        async with provider.stream(req or request()) as events:
            return [event async for event in events]


async def drain_into(provider: Provider, req: LLMRequest, received: list[StreamEvent]) -> None:
    """Stream into ``received``, so a test can see what arrived before an error."""
    with anyio.fail_after(10):
        async with provider.stream(req) as events:
            async for event in events:
                received.append(event)  # noqa: PERF401  # keep what came before a failure


def text_of(events: list[StreamEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


LONG = {
    # (fixture, slice of the events to repeat, events before the first text delta)
    "chat": ("openai_chat_text_usage.sse", slice(1, 9), 1),
    "responses": ("openai_responses_text.sse", slice(4, 12), 4),
    "anthropic": ("anthropic_text.sse", slice(3, 6), 3),
}


def long_stream(kind: str, times: int = 20) -> list[str]:
    name, middle, _ = LONG[kind]
    return stretch(load_events(name), middle=middle, times=times)


# --------------------------------------------------------------------------- happy paths


async def test_openai_chat_text_and_final_usage(sse_server: SSEServer) -> None:
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    try:
        events = await collect(provider, request(model="gpt-4o", temperature=0.2))
    finally:
        await provider.aclose()
    assert text_of(events) == "The capital of Mexico is Mexico City."
    assert events[-2:] == [
        UsageReport(input_tokens=14, output_tokens=8, cached_input_tokens=0, final=True),
        Finished("stop", raw_reason="stop"),
    ]
    sent = sse_server.observed[0]
    assert sent.path == "/v1/chat/completions"
    assert sent.body["stream"] is True
    assert sent.body["stream_options"] == {"include_usage": True}
    assert sent.body["model"] == "gpt-4o"
    assert sent.body["temperature"] == 0.2
    assert sent.headers["authorization"] == "Bearer sk-test-openai-0123456789"
    assert sent.headers["x-stainless-retry-count"] == "0"


async def test_openai_chat_tool_call_fragments_joined_per_index(sse_server: SSEServer) -> None:
    sse_server.enqueue(Scenario.fixture("openai_chat_tool_calls.sse"))
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    try:
        events = await collect(provider, request(tools=tools))
    finally:
        await provider.aclose()
    deltas = [e for e in events if isinstance(e, ToolCallDelta)]
    assert [d.index for d in deltas] == [0, 0, 0, 0, 0, 1, 1, 1]
    assert deltas[0].id == "call_weather_1"
    assert deltas[0].name == "get_weather"
    calls = [e for e in events if isinstance(e, ToolCall)]
    assert calls == [
        ToolCall(0, "call_weather_1", "get_weather", '{"location": "Paris"}'),
        ToolCall(1, "call_time_2", "get_time", '{"tz": "Europe/Paris"}'),
    ]
    assert calls[0].parsed_arguments() == {"location": "Paris"}
    assert [e for e in events if isinstance(e, UsageReport)] == [
        UsageReport(82, 41, cached_input_tokens=64, final=True)
    ]
    assert events[-1] == Finished("tool_calls", raw_reason="tool_calls")
    assert sse_server.observed[0].body["tools"] == tools


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("stop", "stop"),
        ("length", "length"),
        ("tool_calls", "tool_calls"),
        ("function_call", "tool_calls"),
        ("content_filter", "content_filter"),
        ("something_new", "other"),
    ],
)
async def test_openai_chat_every_finish_reason(
    sse_server: SSEServer, raw: str, expected: str
) -> None:
    events = load_events("openai_chat_min.sse")
    events[3] = events[3].replace('"finish_reason":"stop"', f'"finish_reason":"{raw}"')
    sse_server.enqueue(Scenario(events=events))
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    try:
        received = await collect(provider)
    finally:
        await provider.aclose()
    assert received[-1] == Finished(expected, raw_reason=raw)  # type: ignore[arg-type]


async def test_openai_chat_without_usage_chunk_still_finishes(sse_server: SSEServer) -> None:
    """Servers that ignore include_usage: Finished, no usage (the governor keeps its estimate)."""
    events = load_events("openai_chat_min.sse")
    sse_server.enqueue(Scenario(events=events[:4] + events[5:]))
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    try:
        received = await collect(provider)
    finally:
        await provider.aclose()
    assert not [e for e in received if isinstance(e, UsageReport)]
    assert received[-1] == Finished("stop", raw_reason="stop")


async def test_local_kind_needs_no_key(
    sse_server: SSEServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    provider = OpenAIChatProvider(
        name="local", base_url=sse_server.base_url, api_key_env=None, require_key=False
    )
    try:
        events = await collect(provider, request(model="llama3"))
    finally:
        await provider.aclose()
    assert text_of(events) == "The capital of Mexico is Mexico City."


async def test_anthropic_text_usage_is_replaced_not_added(sse_server: SSEServer) -> None:
    provider = AnthropicProvider(base_url=sse_server.root_url)
    try:
        events = await collect(provider, request(model="claude-3-opus-latest"))
    finally:
        await provider.aclose()
    assert text_of(events) == "Hello there!"
    usages = [e for e in events if isinstance(e, UsageReport)]
    assert usages == [
        UsageReport(11, 1, final=False),  # message_start
        UsageReport(11, 6, final=False),  # message_delta: cumulative 6, not 1 + 6
        UsageReport(11, 6, final=True),  # message_stop
    ]
    assert events[-1] == Finished("stop", raw_reason="end_turn")
    sent = sse_server.observed[0]
    assert sent.body["system"] == "Be brief."
    assert sent.body["messages"] == [{"role": "user", "content": "Hi"}]


async def test_anthropic_tool_use_input_json_assembled(sse_server: SSEServer) -> None:
    sse_server.enqueue(Scenario.fixture("anthropic_tool_use.sse"))
    provider = AnthropicProvider(base_url=sse_server.root_url)
    tools = [{"type": "function", "function": {"name": "get_weather", "description": "w"}}]
    try:
        events = await collect(provider, request(tools=tools))
    finally:
        await provider.aclose()
    assert text_of(events) == "I'll check the current weather in Paris for you."
    calls = [e for e in events if isinstance(e, ToolCall)]
    assert calls == [
        ToolCall(1, "toolu_01NRLabsLyVHZPKxbKvkfSMn", "get_weather", '{"location": "Paris"}')
    ]
    assert [e for e in events if isinstance(e, UsageReport)][-1] == UsageReport(377, 65, final=True)
    assert events[-1] == Finished("tool_calls", raw_reason="tool_use")
    assert sse_server.observed[0].body["tools"] == [
        {
            "name": "get_weather",
            "description": "w",
            "input_schema": {"type": "object", "properties": {}},
        }
    ]


async def test_responses_api_completion_usage_and_function_call(sse_server: SSEServer) -> None:
    provider = OpenAIResponsesProvider(base_url=sse_server.base_url)
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {}}}]
    try:
        events = await collect(provider, request(model="gpt-4.1", tools=tools))
    finally:
        await provider.aclose()
    assert text_of(events) == "Hi there! How can I help?"
    assert [e for e in events if isinstance(e, ToolCall)] == [
        ToolCall(1, "call_lookup_1", "lookup", '{"query": "capital of France"}')
    ]
    assert [e for e in events if isinstance(e, UsageReport)] == [
        UsageReport(37, 11, cached_input_tokens=5, final=True)
    ]
    assert events[-1] == Finished("tool_calls", raw_reason="completed")
    sent = sse_server.observed[0]
    assert sent.path == "/v1/responses"
    assert sent.body["max_output_tokens"] == 100
    assert sent.body["tools"] == [{"type": "function", "name": "lookup", "parameters": {}}]


async def test_responses_api_incomplete_is_length(sse_server: SSEServer) -> None:
    events = load_events("openai_responses_text.sse")
    last = json.loads(events[-1].split("data: ", 1)[1])
    last["type"] = "response.incomplete"
    last["response"]["status"] = "incomplete"
    last["response"]["incomplete_details"] = {"reason": "max_output_tokens"}
    events[-1] = f"event: response.incomplete\ndata: {json.dumps(last)}\n\n"
    sse_server.enqueue(Scenario(events=events))
    provider = OpenAIResponsesProvider(base_url=sse_server.base_url)
    try:
        received = await collect(provider)
    finally:
        await provider.aclose()
    assert received[-1] == Finished("length", raw_reason="max_output_tokens")
    assert [e for e in received if isinstance(e, UsageReport)] == [
        UsageReport(37, 11, cached_input_tokens=5, final=True)
    ]


# --------------------------------------------------------------------------- the cut


@pytest.mark.parametrize("cut_after", [1, 5])
async def test_cut_closes_connection_within_one_chunk(
    kind: str, provider: Provider, sse_server: SSEServer, cut_after: int
) -> None:
    """The consumer breaks after N text chunks: the server sees the close within one chunk."""
    sse_server.enqueue(Scenario(events=long_stream(kind), delay=0.01))
    received: list[StreamEvent] = []
    with anyio.fail_after(10):
        async with provider.stream(request()) as events:
            async for event in events:
                received.append(event)
                if sum(isinstance(e, TextDelta) for e in received) == cut_after:
                    break
        observed = sse_server.observed[0]
        await observed.done.wait()
    assert observed.client_closed
    assert not observed.completed
    before_text = LONG[kind][2]
    # Events written when the close was seen: those the consumer read, plus at most one.
    assert observed.events_at_close is not None
    assert observed.events_at_close <= before_text + cut_after + 1
    assert observed.events_total > observed.events_at_close + 20
    # No final usage for a cut stream (Anthropic's interim message_start figure is not final).
    assert not [e for e in received if isinstance(e, UsageReport) and e.final]


async def test_cut_by_cancellation_closes_connection(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """A governor cancelling the consumer's scope (not a break) closes the response too."""
    sse_server.enqueue(Scenario(events=long_stream(kind), delay=0.01))
    texts = 0
    with anyio.fail_after(10):
        with anyio.CancelScope() as scope:
            async with provider.stream(request()) as events:
                async for event in events:
                    if isinstance(event, TextDelta):
                        texts += 1
                        if texts == 3:
                            scope.cancel()
        assert scope.cancelled_caught
        observed = sse_server.observed[0]
        await observed.done.wait()
    assert observed.client_closed
    assert observed.events_at_close is not None
    assert observed.events_at_close <= LONG[kind][2] + 3 + 1


# --------------------------------------------------------------------------- faults


@pytest.mark.parametrize("status", [429, 500, 502, 503, 529])
async def test_http_error_status_with_retry_after(
    provider: Provider, sse_server: SSEServer, status: int
) -> None:
    sse_server.enqueue(Scenario(status=status, headers={"retry-after": "7"}))
    with pytest.raises(ProviderError) as caught:
        await collect(provider)
    error = caught.value
    assert type(error) is (RateLimited if status == 429 else ProviderUnavailable)
    assert error.retryable
    assert error.retry_after == 7.0
    assert error.status_code == status
    assert retry_delay(error, 1) == 7.0
    assert "retry" in str(error).lower()
    assert len(sse_server.observed) == 1  # the SDK did not retry on its own


async def test_retry_after_ms_wins(provider: Provider, sse_server: SSEServer) -> None:
    sse_server.enqueue(Scenario(status=429, headers={"retry-after-ms": "1500", "retry-after": "9"}))
    with pytest.raises(RateLimited) as caught:
        await collect(provider)
    assert caught.value.retry_after == 1.5


@pytest.mark.parametrize(("status", "error"), [(401, AuthenticationFailed), (400, InvalidRequest)])
async def test_client_errors_are_not_retryable(
    provider: Provider, sse_server: SSEServer, status: int, error: type[ProviderError]
) -> None:
    sse_server.enqueue(Scenario(status=status))
    with pytest.raises(error) as caught:
        await collect(provider)
    assert not caught.value.retryable
    assert retry_delay(caught.value, 1) is None


async def test_connection_refused(kind: str) -> None:
    port = closed_port()
    provider: Provider
    if kind == "anthropic":
        provider = AnthropicProvider(base_url=f"http://127.0.0.1:{port}")
    elif kind == "chat":
        provider = OpenAIChatProvider(base_url=f"http://127.0.0.1:{port}/v1")
    else:
        provider = OpenAIResponsesProvider(base_url=f"http://127.0.0.1:{port}/v1")
    try:
        with pytest.raises(ProviderConnectError, match="Could not connect") as caught:
            await collect(provider)
    finally:
        await provider.aclose()
    assert caught.value.retryable


async def test_stream_dropped_midway(kind: str, provider: Provider, sse_server: SSEServer) -> None:
    before_text = LONG[kind][2]
    sse_server.enqueue(Scenario(events=long_stream(kind, 2), drop_after=before_text + 2))
    received: list[StreamEvent] = []
    with pytest.raises(StreamInterrupted, match="ended before") as caught:
        await drain_into(provider, request(), received)
    assert caught.value.retryable
    assert sum(isinstance(e, TextDelta) for e in received) == 2
    assert not [e for e in received if isinstance(e, UsageReport) and e.final]


async def test_stream_ends_cleanly_without_terminal_event(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """A proxy that ends the body properly but early: still interrupted, not finished."""
    before_text = LONG[kind][2]
    sse_server.enqueue(Scenario(events=load_events(LONG[kind][0])[: before_text + 2]))
    with pytest.raises(StreamInterrupted):
        await collect(provider)


async def test_anthropic_overloaded_error_midstream(sse_server: SSEServer) -> None:
    sse_server.enqueue(Scenario.fixture("anthropic_error_midstream.sse"))
    provider = AnthropicProvider(base_url=sse_server.root_url)
    received: list[StreamEvent] = []
    try:
        with pytest.raises(ProviderStreamError, match="overloaded_error") as caught:
            await drain_into(provider, request(), received)
    finally:
        await provider.aclose()
    assert caught.value.error_type == "overloaded_error"
    assert caught.value.retryable
    assert text_of(received) == "Hello"


async def test_openai_error_payload_midstream(sse_server: SSEServer) -> None:
    error = 'data: {"error": {"message": "The server had an error", "type": "server_error"}}\n\n'
    sse_server.enqueue(Scenario.fixture("openai_chat_text_usage.sse", insert=[(3, error)]))
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    try:
        with pytest.raises(ProviderStreamError) as caught:
            await collect(provider)
    finally:
        await provider.aclose()
    assert caught.value.error_type == "server_error"
    assert caught.value.retryable


async def test_responses_error_event_midstream(sse_server: SSEServer) -> None:
    error = 'event: error\ndata: {"type": "error", "code": "invalid_prompt", "message": "no"}\n\n'
    sse_server.enqueue(Scenario.fixture("openai_responses_text.sse", insert=[(6, error)]))
    provider = OpenAIResponsesProvider(base_url=sse_server.base_url)
    try:
        with pytest.raises(ProviderStreamError) as caught:
            await collect(provider)
    finally:
        await provider.aclose()
    assert caught.value.error_type == "invalid_prompt"
    assert not caught.value.retryable


async def test_malformed_json_chunk(kind: str, provider: Provider, sse_server: SSEServer) -> None:
    before_text = LONG[kind][2]
    sse_server.enqueue(Scenario(events=long_stream(kind, 2), malformed_at=before_text + 1))
    with pytest.raises(MalformedResponse, match="not valid JSON") as caught:
        await collect(provider)
    assert not caught.value.retryable
    observed = sse_server.observed[0]
    with anyio.fail_after(5):
        await observed.done.wait()
    assert not observed.completed


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html; charset=utf-8", b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
        ("application/json", b'{"detail": "Not Found"}'),
    ],
)
async def test_a_whole_body_that_is_not_an_event_stream(
    provider: Provider, sse_server: SSEServer, content_type: str, body: bytes
) -> None:
    """A proxy's error page, or a gateway's JSON, sent with status 200: the error says what
    came instead of events and quotes its start, not "the stream dropped". (A whole
    completion from a server that ignored ``stream`` is charged: see
    tests/integration/test_provider_bad_input_audit.py.)"""
    sse_server.enqueue(Scenario(whole_body=(content_type, body)))
    with pytest.raises(MalformedResponse) as caught:
        await collect(provider)
    what = content_type.split(";")[0]
    assert f"answered with {what}, not a stream of server-sent events" in str(caught.value)
    assert repr(body.decode()[:60])[:-1] in str(caught.value)  # quoted from its first bytes
    assert "base_url" in str(caught.value)
    assert not caught.value.retryable
    assert caught.value.whole_body  # nothing streamed: the call is charged nothing


async def test_chunk_timeout_on_a_stream_that_never_ends(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=long_stream(kind), hang_after=LONG[kind][2] + 2))
    received: list[StreamEvent] = []
    with pytest.raises(ProviderTimeout, match="chunk_timeout") as caught:
        await drain_into(provider, request(chunk_timeout=0.3), received)
    assert caught.value.kind == "chunk"
    assert caught.value.retryable
    assert text_of(received)
    with anyio.fail_after(5):
        observed = await sse_server.finished()
    assert observed.client_closed


async def test_call_timeout_on_a_slow_server(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """Each chunk is in time, but the whole call is not."""
    sse_server.enqueue(Scenario(events=long_stream(kind), delay=0.05))
    with pytest.raises(ProviderTimeout, match=r"longer than 0.4 s") as caught:
        await collect(provider, request(timeout=0.4, chunk_timeout=5.0))
    assert caught.value.kind == "call"
    with anyio.fail_after(5):
        observed = await sse_server.finished()
    assert observed.client_closed


async def test_timeout_before_headers(provider: Provider, sse_server: SSEServer) -> None:
    sse_server.enqueue(Scenario(headers_delay=5.0))
    with pytest.raises(ProviderTimeout, match="the response to start") as caught:
        await collect(provider, request(timeout=0.3))
    assert caught.value.kind == "call"


async def test_slow_server_within_limits_completes(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(headers_delay=0.1, delay=0.01))
    events = await collect(provider, request(chunk_timeout=1.0))
    assert isinstance(events[-1], Finished)


async def test_closed_provider_refuses(provider: Provider) -> None:
    await provider.aclose()
    await provider.aclose()  # idempotent
    with pytest.raises(RuntimeError, match="closed"):
        async with provider.stream(request()):
            pass


def _with_cache_usage(usage: dict[str, Any]) -> list[str]:
    """anthropic_text.sse with ``usage`` in its message_start (a prompt-cached call)."""
    events = load_events("anthropic_text.sse")
    start = json.loads(events[0].split("data: ", 1)[1])
    start["message"]["usage"] = usage
    events[0] = f"event: message_start\ndata: {json.dumps(start)}\n\n"
    return events


async def test_anthropic_cache_reads_and_writes_are_reported(sse_server: SSEServer) -> None:
    """Anthropic's input_tokens leaves out the cached prompt; ours is the whole prompt, with
    what was read from and written to the cache (split by lifetime where the API says)."""
    usage = {
        "input_tokens": 20,
        "cache_read_input_tokens": 1_000,
        "cache_creation_input_tokens": 300,
        "cache_creation": {"ephemeral_5m_input_tokens": 100, "ephemeral_1h_input_tokens": 200},
        "output_tokens": 1,
    }
    sse_server.enqueue(Scenario(events=_with_cache_usage(usage)))
    sse_server.enqueue(Scenario(events=_with_cache_usage({**usage, "cache_creation": None})))
    provider = AnthropicProvider(base_url=sse_server.root_url)
    try:
        split = await collect(provider)
        total_only = await collect(provider)
    finally:
        await provider.aclose()
    assert [e for e in split if isinstance(e, UsageReport) and e.final] == [
        UsageReport(1_320, 6, 1_000, True, cache_write_tokens=100, cache_write_long_tokens=200)
    ]
    assert [e for e in total_only if isinstance(e, UsageReport) and e.final] == [
        UsageReport(1_320, 6, 1_000, True, cache_write_tokens=300)  # the default 5 minutes
    ]


@pytest.mark.parametrize(
    ("base_url", "field"),
    [
        (None, "max_completion_tokens"),
        ("https://api.openai.com/v1", "max_completion_tokens"),
        ("https://eu.api.openai.com/v1", "max_completion_tokens"),
        ("https://team.openai.azure.com/openai/v1", "max_completion_tokens"),
        ("http://localhost:11434/v1", "max_tokens"),
        ("https://api.example-llm.com/v1", "max_tokens"),
    ],
)
def test_openais_own_api_gets_max_completion_tokens(base_url: str | None, field: str) -> None:
    """OpenAI's reasoning models (o-series, gpt-5) refuse max_tokens; OpenAI-compatible
    servers elsewhere know max_tokens."""
    provider = OpenAIChatProvider(api_key="sk-test-0123456789", base_url=base_url)
    assert provider.max_tokens_param == field


async def test_the_output_cap_is_sent_in_the_field_the_server_takes(sse_server: SSEServer) -> None:
    for param in ("max_tokens", "max_completion_tokens"):
        provider = OpenAIChatProvider(base_url=sse_server.base_url, max_tokens_param=param)
        try:
            await collect(provider, request(max_tokens=77))
        finally:
            await provider.aclose()
        body = sse_server.observed[-1].body
        assert body[param] == 77
        assert {"max_tokens", "max_completion_tokens"} - {param} - set(body)


async def test_anthropic_keeps_the_prompt_cache_breakpoints(sse_server: SSEServer) -> None:
    """A system prompt given as blocks (where a cache_control breakpoint usually goes), a tool
    marked for the cache, and a tool result given as blocks reach Anthropic as they are, not
    as the JSON text of the blocks."""
    breakpoint_ = {"type": "ephemeral"}
    messages = [
        {
            "role": "system",
            "content": [{"type": "text", "text": "A long manual.", "cache_control": breakpoint_}],
        },
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [{"id": "t1", "function": {"name": "look", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "t1", "content": [{"type": "text", "text": "found"}]},
    ]
    tools = [
        {
            "type": "function",
            "function": {"name": "look", "parameters": {"type": "object"}},
            "cache_control": breakpoint_,
        }
    ]
    provider = AnthropicProvider(base_url=sse_server.root_url)
    try:
        await collect(provider, request(messages=messages, tools=tools))
    finally:
        await provider.aclose()
    body = sse_server.observed[-1].body
    assert body["system"] == [
        {"type": "text", "text": "A long manual.", "cache_control": breakpoint_},
        {"type": "text", "text": "Be brief."},
    ]
    assert body["tools"][0]["cache_control"] == breakpoint_
    (result,) = body["messages"][-1]["content"]
    assert result["content"] == [{"type": "text", "text": "found"}]


async def test_anthropic_gets_openai_image_parts_as_image_blocks(sse_server: SSEServer) -> None:
    """An agent written for OpenAI, rerouted to Claude: its image parts are converted."""
    content = [
        {"type": "text", "text": "Compare these."},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
        {"type": "image_url", "image_url": {"url": "https://example.com/b.jpg", "detail": "low"}},
    ]
    provider = AnthropicProvider(base_url=sse_server.root_url)
    try:
        await collect(provider, request(messages=[{"role": "user", "content": content}]))
    finally:
        await provider.aclose()
    (message,) = sse_server.observed[-1].body["messages"]
    assert message["content"] == [
        {"type": "text", "text": "Compare these."},
        {
            "type": "image",
            "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="},
        },
        {"type": "image", "source": {"type": "url", "url": "https://example.com/b.jpg"}},
    ]


async def test_responses_api_gets_a_tool_turn_as_its_own_items(sse_server: SSEServer) -> None:
    """An agent's second call of a tool loop, written in Chat's form, reaches the Responses
    API as function_call and function_call_output items, and its parts as input parts."""
    messages = [
        {"role": "system", "content": "Be brief."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is on this chart?"},
                {"type": "image_url", "image_url": {"url": "https://x.io/c.png", "detail": "low"}},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "function": {"name": "lookup", "arguments": '{"q": "chart"}'}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "a bar chart of revenue"},
    ]
    provider = OpenAIResponsesProvider(base_url=sse_server.base_url)
    try:
        await collect(provider, request(model="gpt-4.1", messages=messages))
    finally:
        await provider.aclose()
    assert sse_server.observed[-1].body["input"] == [
        {"role": "system", "content": "Be brief."},
        {
            "role": "user",
            "content": [
                {"type": "input_text", "text": "What is on this chart?"},
                {"type": "input_image", "image_url": "https://x.io/c.png", "detail": "low"},
            ],
        },
        {
            "type": "function_call",
            "call_id": "call_1",
            "name": "lookup",
            "arguments": '{"q": "chart"}',
        },
        {"type": "function_call_output", "call_id": "call_1", "output": "a bar chart of revenue"},
    ]


# -- server-side web search: billed per search, bounded by the request ----------------------

WEB_SEARCH = {"type": "web_search_20250305", "name": "web_search"}


async def test_anthropic_web_search_is_counted_and_never_an_agent_tool_call(
    sse_server: SSEServer,
) -> None:
    """The searches Claude runs inside the call are billed per search: each is counted as its
    block starts (an interim usage), and the provider's count closes the call. The query's
    input_json_delta fragments are the server's, not a tool call for the agent to run."""
    sse_server.enqueue(Scenario(events=load_events("anthropic_web_search.sse")))
    sse_server.enqueue(Scenario(events=load_events("anthropic_web_search.sse")))
    provider = AnthropicProvider(base_url=sse_server.root_url)
    try:
        events = await collect(provider, request(tools=[WEB_SEARCH]))
        await collect(provider, request(tools=[{**WEB_SEARCH, "max_uses": 2}]))
    finally:
        await provider.aclose()
    assert text_of(events).startswith("I'll search for the latest figures.ACME's 2026 revenue")
    assert not [e for e in events if isinstance(e, (ToolCall, ToolCallDelta))]
    usages = [e for e in events if isinstance(e, UsageReport)]
    assert [u.web_searches for u in usages] == [0, 1, 2, 2, 2]
    assert usages[-1] == UsageReport(14_500, 120, 0, True, web_searches=2)
    assert events[-1] == Finished("stop", raw_reason="end_turn")
    # No max_uses: sent with the bound the call's worst case was reserved for; one given stays.
    first, second = (o.body["tools"] for o in sse_server.observed)
    assert first == [{**WEB_SEARCH, "max_uses": 5}]
    assert second == [{**WEB_SEARCH, "max_uses": 2}]


async def test_anthropic_web_fetch_is_sent_with_the_bounds_it_was_reserved_for(
    sse_server: SSEServer,
) -> None:
    fetch = {"type": "web_fetch_20250910", "name": "web_fetch"}
    sse_server.enqueue(Scenario(events=load_events("anthropic_text.sse")))
    sse_server.enqueue(Scenario(events=load_events("anthropic_text.sse")))
    provider = AnthropicProvider(base_url=sse_server.root_url)
    try:
        await collect(provider, request(tools=[fetch]))
        await collect(provider, request(tools=[{**fetch, "max_uses": 1, "max_content_tokens": 9}]))
    finally:
        await provider.aclose()
    first, second = (o.body["tools"] for o in sse_server.observed)
    assert first == [{**fetch, "max_uses": 5, "max_content_tokens": 25_000}]
    assert second == [{**fetch, "max_uses": 1, "max_content_tokens": 9}]


def responses_with_a_web_search() -> list[str]:
    """openai_responses_text.sse with a web_search_call item before its text."""
    events = load_events("openai_responses_text.sse")
    item = {"id": "ws_1", "type": "web_search_call", "status": "completed"}
    added = {"type": "response.output_item.added", "output_index": 0, "item": item}
    return [
        events[0],
        f"event: response.output_item.added\ndata: {json.dumps(added)}\n\n",
        *events[1:],
    ]


async def test_responses_api_web_search_calls_are_counted_and_bounded(
    sse_server: SSEServer,
) -> None:
    sse_server.enqueue(Scenario(events=responses_with_a_web_search()))
    provider = OpenAIResponsesProvider(base_url=sse_server.base_url)
    try:
        events = await collect(provider, request(model="gpt-4.1", tools=[{"type": "web_search"}]))
    finally:
        await provider.aclose()
    usages = [e for e in events if isinstance(e, UsageReport)]
    assert usages == [
        UsageReport(0, 0, final=False, web_searches=1),
        UsageReport(37, 11, cached_input_tokens=5, final=True, web_searches=1),
    ]
    # The web search tool takes no max_uses: the response's built-in tool calls are bounded.
    assert sse_server.observed[0].body["max_tool_calls"] == 5


def test_anthropic_takes_a_developer_message_as_system_instructions() -> None:
    """``developer`` is OpenAI's role for a reasoning model's system instructions, and one the
    agent's check lets through; Anthropic has no such role and refused it with a 400 after the
    call was admitted. It is joined into the system prompt as a ``system`` message is."""
    from supervisor._providers._anthropic import to_anthropic_messages

    system, converted = to_anthropic_messages(
        [
            {"role": "developer", "content": "Answer in French."},
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hi"},
        ]
    )
    assert system == "Answer in French.\n\nBe brief."
    assert converted == [{"role": "user", "content": "Hi"}]
