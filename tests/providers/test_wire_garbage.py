"""What broken servers and proxies send: framing no fixture holds, JSON of the wrong shape,
HTTP answers that are not the API's. Each must end in a typed ``ProviderError`` (never a
traceback, never a hang) or in the answer, with the usage the server gave as numbers."""

from __future__ import annotations

import email.utils
import gzip
import json
import time
from typing import TYPE_CHECKING, Any

import anyio
import pytest

from supervisor._providers import (
    AnthropicProvider,
    Finished,
    LLMRequest,
    MalformedResponse,
    OpenAIChatProvider,
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
)

from .sse_server import Scenario, load_events

if TYPE_CHECKING:
    from supervisor._providers import Provider

    from .sse_server import SSEServer


def request(**options: Any) -> LLMRequest:
    options.setdefault("model", "m")
    options.setdefault("messages", [{"role": "user", "content": "Hi"}])
    options.setdefault("max_tokens", 100)
    options.setdefault("timeout", 10.0)
    options.setdefault("chunk_timeout", 5.0)
    return LLMRequest(**options)


async def drain(
    provider: Provider, received: list[StreamEvent], req: LLMRequest | None = None
) -> None:
    with anyio.fail_after(15):
        async with provider.stream(req or request()) as stream:
            async for event in stream:
                received.append(event)  # noqa: PERF401  # keep what came before a failure


def text_of(events: list[StreamEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


FIXTURE = {
    "chat": "openai_chat_min.sse",
    "responses": "openai_responses_text.sse",
    "anthropic": "anthropic_text.sse",
}
TEXT = {"chat": "Mexico City"}


def body_of(kind: str) -> bytes:
    return "".join(load_events(FIXTURE[kind])).encode()


def http(head: str, body: bytes = b"") -> bytes:
    return head.replace("\n", "\r\n").encode() + b"\r\n" + body


SSE_HEAD = "HTTP/1.1 200 OK\ncontent-type: text/event-stream\nconnection: close\n"


async def ends_in_answer(provider: Provider, kind: str) -> list[StreamEvent]:
    received: list[StreamEvent] = []
    await drain(provider, received)
    assert isinstance(received[-1], Finished), received[-1]
    if kind in TEXT:
        assert text_of(received) == TEXT[kind]
    else:
        assert text_of(received)
    return received


# --------------------------------------------------------------------------- SSE framing


async def test_crlf_line_endings_and_comments(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    body = body_of(kind).replace(b"\n", b"\r\n").replace(b"\r\n\r\n", b"\r\n: ping\r\n\r\n")
    sse_server.enqueue(Scenario(raw=[http(SSE_HEAD, body)]))
    await ends_in_answer(provider, kind)


async def test_a_leading_byte_order_mark_does_not_hide_the_first_event(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """The SSE standard strips one leading BOM; without that the first field is named
    ``\\ufeffdata`` (or ``\\ufeffevent``) and Anthropic's message_start, with the prompt's
    usage, is lost."""
    sse_server.enqueue(Scenario(raw=[http(SSE_HEAD, b"\xef\xbb\xbf" + body_of(kind))]))
    received = await ends_in_answer(provider, kind)
    if kind == "anthropic":
        assert any(isinstance(e, UsageReport) and e.input_tokens == 11 for e in received)


async def test_http10_body_ended_by_the_close(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    head = SSE_HEAD.replace("HTTP/1.1", "HTTP/1.0")
    sse_server.enqueue(Scenario(raw=[http(head, body_of(kind))]))
    await ends_in_answer(provider, kind)


async def test_http10_body_cut_mid_line_is_interrupted(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    head = SSE_HEAD.replace("HTTP/1.1", "HTTP/1.0")
    body = body_of(kind)
    cut = body[: len(body) * 2 // 3]
    cut = cut[: cut.rindex(b"data:") + 12]  # in the middle of a data line
    sse_server.enqueue(Scenario(raw=[http(head, cut)]))
    with pytest.raises(StreamInterrupted):
        await drain(provider, [])


async def test_a_gzipped_stream_is_read(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """A proxy that compresses text/event-stream (the client offers gzip in accept-encoding)
    sends the same events gzipped: they are the answer, not a body of binary noise."""
    head = SSE_HEAD + "content-encoding: gzip\n"
    sse_server.enqueue(Scenario(raw=[http(head, gzip.compress(body_of(kind)))]))
    await ends_in_answer(provider, kind)


async def test_one_byte_at_a_time_within_limits(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    data = http(SSE_HEAD, body_of(kind))
    sse_server.enqueue(Scenario(raw=[data[i : i + 1] for i in range(len(data))]))
    await ends_in_answer(provider, kind)


async def test_a_trickle_of_one_byte_a_while_meets_the_call_timeout(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """Every gap is under chunk_timeout, so only the call deadline can end it."""
    body = body_of(kind)
    trickle = [body[i : i + 1] for i in range(len(body))]
    sse_server.enqueue(Scenario(raw=[http(SSE_HEAD), *trickle], delay=0.05))
    started = anyio.current_time()
    with pytest.raises(ProviderTimeout) as caught:
        await drain(provider, [], request(timeout=1.0, chunk_timeout=0.5))
    assert caught.value.kind == "call"
    assert anyio.current_time() - started < 4


async def test_a_stream_that_says_gzip_but_is_not_is_malformed(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    head = SSE_HEAD + "content-encoding: gzip\n"
    sse_server.enqueue(Scenario(raw=[http(head, body_of(kind))]))
    with pytest.raises(MalformedResponse, match="does not decompress"):
        await drain(provider, [])


# --------------------------------------------------------------------------- JSON of the wrong shape


def _chat(chunk: dict[str, Any]) -> str:
    return f"data: {json.dumps(chunk)}\n\n"


def _named(chunk: dict[str, Any]) -> str:
    return f"event: {chunk['type']}\ndata: {json.dumps(chunk)}\n\n"


_TOOL = {"type": "function_call", "call_id": "c1", "name": "f", "arguments": ""}

WRONG_SHAPES: list[tuple[str, str]] = [
    ("chat", _chat({"choices": [None]})),
    ("chat", _chat({"choices": "abc"})),
    ("chat", _chat({"choices": [{"index": 0, "delta": "text"}]})),
    ("chat", _chat({"choices": [{"index": 0, "delta": {"tool_calls": [None]}}]})),
    ("chat", _chat({"choices": [{"index": 0, "delta": {"tool_calls": [{"function": "f"}]}}]})),
    ("chat", _chat({"choices": [], "usage": [1, 2]})),
    ("chat", _chat({"choices": [], "usage": {"prompt_tokens": "many"}})),
    ("chat", _chat({"choices": [], "usage": {"prompt_tokens_details": "x", "prompt_tokens": 1}})),
    ("responses", _named({"type": "response.output_item.added", "item": "x"})),
    (
        "responses",
        _named({"type": "response.output_item.added", "output_index": None, "item": _TOOL}),
    ),
    (
        "responses",
        _named({"type": "response.function_call_arguments.delta", "output_index": "a"}),
    ),
    ("responses", _named({"type": "response.completed", "response": "x"})),
    ("responses", _named({"type": "response.completed", "response": {"usage": [1]}})),
    ("anthropic", _named({"type": "message_start", "message": "x"})),
    ("anthropic", _named({"type": "content_block_delta", "index": 0, "delta": "x"})),
    (
        "anthropic",
        _named(
            {
                "type": "content_block_delta",
                "index": None,
                "delta": {"type": "input_json_delta", "partial_json": "{"},
            }
        ),
    ),
    ("anthropic", _named({"type": "content_block_start", "index": 0, "content_block": "x"})),
    ("anthropic", _named({"type": "message_delta", "delta": {}, "usage": {"output_tokens": "x"}})),
    ("anthropic", _named({"type": "message_delta", "delta": "x"})),
]


@pytest.mark.parametrize(("kind", "event"), WRONG_SHAPES, ids=lambda v: str(v)[:50])
async def test_a_chunk_of_the_wrong_shape_is_malformed_not_a_traceback(
    kind: str, event: str, provider: Provider, sse_server: SSEServer
) -> None:
    """JSON that parses but is not the object the API documents (a null, a string, a list
    where an object goes) is the server's fault: MalformedResponse, not AttributeError."""
    events = load_events(FIXTURE[kind])
    events.insert(2, event)
    sse_server.enqueue(Scenario(events=events))
    with pytest.raises(MalformedResponse, match="unexpected shape"):
        await drain(provider, [])


@pytest.mark.parametrize(
    ("kind", "event"),
    [
        ("responses", _named({"type": "response.failed", "response": {"error": "overloaded"}})),
        ("anthropic", _named({"type": "error", "error": "overloaded"})),
    ],
    ids=["responses", "anthropic"],
)
async def test_an_error_event_given_as_a_plain_string_is_a_stream_error(
    kind: str, event: str, provider: Provider, sse_server: SSEServer
) -> None:
    events = load_events(FIXTURE[kind])
    events.insert(4, event)
    sse_server.enqueue(Scenario(events=events))
    with pytest.raises(ProviderStreamError, match="overloaded"):
        await drain(provider, [])


# --------------------------------------------------------------------------- usage counts

USAGE_AS_TEXT = {
    "chat": _chat({"choices": [], "usage": {"prompt_tokens": "14", "completion_tokens": "8"}}),
    "responses": _named(
        {
            "type": "response.completed",
            "response": {
                "status": "completed",
                "usage": {"input_tokens": "14", "output_tokens": "8"},
            },
        }
    ),
    "anthropic": _named(
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn"},
            "usage": {"output_tokens": "8"},
        }
    ),
}


def _with_usage(kind: str, usage_event: str) -> list[str]:
    events = load_events(FIXTURE[kind])
    if kind == "chat":
        events[-2] = usage_event  # the usage chunk, before [DONE]
    elif kind == "responses":
        events[-1] = usage_event  # response.completed
    else:
        events[-2] = usage_event  # message_delta, before message_stop
    return events


async def test_token_counts_given_as_strings_are_numbers(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """Some gateways send counts as numeric strings: the counts, as numbers, not a string that
    breaks the settlement's arithmetic (or compares as text) in the governor."""
    sse_server.enqueue(Scenario(events=_with_usage(kind, USAGE_AS_TEXT[kind])))
    received: list[StreamEvent] = []
    await drain(provider, received)
    final = [e for e in received if isinstance(e, UsageReport) and e.final]
    assert len(final) == 1
    assert final[0].output_tokens == 8
    assert type(final[0].output_tokens) is int
    assert type(final[0].input_tokens) is int
    if kind != "anthropic":
        assert final[0].input_tokens == 14


async def test_a_negative_token_count_is_malformed_not_a_credit(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """A negative count would settle below nothing and credit the budget: the stream fails as
    malformed instead, and the governor charges its own count."""
    event = USAGE_AS_TEXT[kind].replace('"8"', "-500")
    sse_server.enqueue(Scenario(events=_with_usage(kind, event)))
    with pytest.raises(MalformedResponse):
        await drain(provider, [])


# --------------------------------------------------------------------------- HTTP answers

HTML = b"<html><head><title>502 Bad Gateway</title></head><body>" + b"x" * 5000 + b"</body></html>"


async def test_a_5xx_with_an_html_body_is_unavailable_with_a_short_message(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    head = f"HTTP/1.1 502 Bad Gateway\ncontent-type: text/html\ncontent-length: {len(HTML)}\n"
    sse_server.enqueue(Scenario(raw=[http(head, HTML)]))
    with pytest.raises(ProviderUnavailable) as caught:
        await drain(provider, [])
    assert caught.value.status_code == 502
    assert len(str(caught.value)) < 1000


async def test_a_429_with_an_http_date_retry_after(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    body = b'{"error": {"message": "slow down"}}'
    head = (
        f"HTTP/1.1 429 Too Many Requests\ncontent-type: application/json\n"
        f"content-length: {len(body)}\nretry-after: {when}\n"
    )
    sse_server.enqueue(Scenario(raw=[http(head, body)]))
    with pytest.raises(RateLimited) as caught:
        await drain(provider, [])
    assert caught.value.retry_after is not None
    assert 25 < caught.value.retry_after <= 31


async def test_a_redirect_is_followed_to_the_stream(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    location = {
        "chat": "/v1/chat/completions",
        "responses": "/v1/responses",
        "anthropic": "/v1/messages",
    }[kind]
    head = f"HTTP/1.1 307 Temporary Redirect\nlocation: {location}?moved=1\ncontent-length: 0\nconnection: close\n"
    sse_server.enqueue(Scenario(raw=[http(head)]), Scenario(events=load_events(FIXTURE[kind])))
    await ends_in_answer(provider, kind)


async def test_a_server_that_closes_without_answering(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(raw=[]))
    with pytest.raises(ProviderError) as caught:
        await drain(provider, [])
    assert caught.value.retryable


async def test_an_empty_200_is_interrupted(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    head = "HTTP/1.1 200 OK\ncontent-type: text/event-stream\ncontent-length: 0\n"
    sse_server.enqueue(Scenario(raw=[http(head)]))
    with pytest.raises(StreamInterrupted):
        await drain(provider, [])


async def test_a_200_json_error_body_is_not_a_stream(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """A gateway that answers an error with status 200 and a JSON body."""
    body = b'{"error": {"message": "quota exceeded", "type": "insufficient_quota"}}'
    head = f"HTTP/1.1 200 OK\ncontent-type: application/json\ncontent-length: {len(body)}\n"
    sse_server.enqueue(Scenario(raw=[http(head, body)]))
    with pytest.raises(MalformedResponse, match="quota exceeded"):
        await drain(provider, [])


# --------------------------------------------------------------------------- ends and sizes


@pytest.mark.parametrize("then", ["silence", "drop"])
async def test_chat_usage_chunk_then_no_done_is_the_end(then: str, sse_server: SSEServer) -> None:
    """A server that sends the closing usage chunk (after the finish) and then no ``[DONE]``:
    it stalls, or drops the connection. The call is complete, not a chunk timeout or an
    interruption that fails a finished, paid-for answer (and invites a retry that pays
    again)."""
    events = load_events(FIXTURE["chat"])
    assert events[-1].startswith("data: [DONE]")
    if then == "silence":
        sse_server.enqueue(Scenario(events=events, hang_after=len(events) - 1))
    else:
        sse_server.enqueue(Scenario(events=events, drop_after=len(events) - 1))
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    received: list[StreamEvent] = []
    try:
        await drain(provider, received, request(chunk_timeout=1.0))
    finally:
        await provider.aclose()
    assert text_of(received) == "Mexico City"
    assert [e for e in received if isinstance(e, UsageReport)] == [UsageReport(14, 8)]
    assert isinstance(received[-1], Finished)


async def test_a_leading_byte_order_mark_keeps_the_first_events_text(
    sse_server: SSEServer,
) -> None:
    body = b"\xef\xbb\xbf" + "".join(load_events(FIXTURE["chat"])[1:]).encode()
    sse_server.enqueue(Scenario(raw=[http(SSE_HEAD, body)]))
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    received: list[StreamEvent] = []
    try:
        await drain(provider, received)
    finally:
        await provider.aclose()
    assert text_of(received) == "Mexico City"


async def test_chat_error_named_by_the_event_line(sse_server: SSEServer) -> None:
    """Some compatible servers name an error by ``event: error`` with a bare payload."""
    events = load_events(FIXTURE["chat"])
    events.insert(2, 'event: error\ndata: {"message": "model overloaded", "code": 503}\n\n')
    sse_server.enqueue(Scenario(events=events))
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    try:
        with pytest.raises(ProviderStreamError, match="model overloaded") as caught:
            await drain(provider, [])
    finally:
        await provider.aclose()
    assert caught.value.retryable


async def test_an_endless_line_is_malformed_not_unbounded_memory(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """A body with no line end (a binary file, a runaway server) is not buffered until the
    call deadline: past the longest line an event may take, it is malformed."""
    piece = b"x" * (1 << 20)
    sse_server.enqueue(Scenario(raw=[http(SSE_HEAD, b"data: "), *[piece] * 40]))
    with pytest.raises(MalformedResponse, match="line"):
        await drain(provider, [])


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(
            http(
                "HTTP/1.1 502 Bad Gateway\ncontent-type: application/json\n"
                "content-encoding: gzip\ncontent-length: 11\nconnection: close\n",
                b"not gzipped",
            ),
            marks=pytest.mark.filterwarnings(
                # The SDK abandons the error body's stream when it fails to decompress; trio
                # then reports the unfinished generator (not ours to finish).
                "ignore::pytest.PytestUnraisableExceptionWarning"
            ),
        ),
        http("HTTP/1.1 abc Whatever\ncontent-length: 0\nconnection: close\n"),
        http("HTTP/1.1 799 Odd\ncontent-length: 2\nconnection: close\n", b"{}"),
        http("HTTP/1.1 401 No\ncontent-type: application/json\ncontent-length: 1\n", b"{"),
        b"garbage that is not http at all\r\n\r\n",
    ],
    ids=["bad-gzip-502", "bad-status-line", "status-799", "bad-json-401", "not-http"],
)
async def test_an_answer_that_is_not_proper_http_is_a_provider_error(
    answer: bytes, kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(raw=[answer]))
    with pytest.raises(ProviderError):
        await drain(provider, [])


# --------------------------------------------------------------------------- split characters

HIGH, LOW = "\\ud83d", "\\ude00"  # the two JSON escapes of U+1F600, as a UTF-16 slicer sends them


def _text_delta(kind: str, escaped: str) -> str:
    """A text delta event whose JSON text is ``escaped`` (JSON escapes left as they are)."""
    if kind == "chat":
        return (
            'data: {"choices": [{"index": 0, "delta": {"content": "' + escaped + '"}, '
            '"finish_reason": null}]}\n\n'
        )
    if kind == "responses":
        return (
            "event: response.output_text.delta\n"
            'data: {"type": "response.output_text.delta", "output_index": 0, '
            '"delta": "' + escaped + '"}\n\n'
        )
    return (
        "event: content_block_delta\n"
        'data: {"type": "content_block_delta", "index": 0, '
        '"delta": {"type": "text_delta", "text": "' + escaped + '"}}\n\n'
    )


async def test_a_character_split_into_its_utf16_halves_is_joined(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """Each half alone is a lone surrogate, which no UTF-8 writer (the audit record, a log)
    can encode: the text must hold the character, well formed."""
    events = load_events(FIXTURE[kind])
    at = {"chat": 2, "responses": 5, "anthropic": 4}[kind]
    events[at:at] = [_text_delta(kind, "a" + HIGH), _text_delta(kind, LOW + "b")]
    sse_server.enqueue(Scenario(events=events))
    received: list[StreamEvent] = []
    await drain(provider, received)
    assert isinstance(received[-1], Finished)
    text = text_of(received)
    assert "a\U0001f600b" in text
    text.encode("utf-8")  # well formed


async def test_a_lone_half_at_the_end_becomes_a_replacement_character(
    sse_server: SSEServer,
) -> None:
    events = load_events(FIXTURE["chat"])
    events[3:3] = [_text_delta("chat", HIGH)]  # after all the text
    sse_server.enqueue(Scenario(events=events))
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    received: list[StreamEvent] = []
    try:
        await drain(provider, received)
    finally:
        await provider.aclose()
    assert text_of(received) == "Mexico City\ufffd"
    assert isinstance(received[-1], Finished)


async def test_chat_tool_arguments_split_inside_a_character_are_joined(
    sse_server: SSEServer,
) -> None:
    def fragment(arguments: str, first: bool = False) -> str:
        call = '{"index": 0, "function": {"arguments": "' + arguments + '"}'
        if first:
            call = '{"index": 0, "id": "call_1", "type": "function", "function": {"name": "say", '
            call += '"arguments": "' + arguments + '"}'
        return 'data: {"choices": [{"index": 0, "delta": {"tool_calls": [' + call + "}]}}]}\n\n"

    events = [
        fragment('{\\"emoji\\": \\"' + HIGH, first=True),
        fragment(LOW + '\\"}'),
        'data: {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}\n\n',
        "data: [DONE]\n\n",
    ]
    sse_server.enqueue(Scenario(events=events))
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    received: list[StreamEvent] = []
    try:
        await drain(provider, received)
    finally:
        await provider.aclose()
    calls = [e for e in received if isinstance(e, ToolCall)]
    assert calls == [ToolCall(0, "call_1", "say", '{"emoji": "\U0001f600"}')]
    streamed = "".join(e.arguments for e in received if isinstance(e, ToolCallDelta))
    assert streamed == calls[0].arguments
    assert calls[0].parsed_arguments() == {"emoji": "\U0001f600"}


# --------------------------------------------------------------------------- usage left out


def _without(events: list[str], kind: str) -> list[str]:
    return [e for e in events if f'"type":"{kind}"' not in e.replace(" ", "")]


@pytest.mark.parametrize("left_out", ["message_start", "message_delta"])
async def test_anthropic_usage_a_proxy_left_out_is_not_a_final_count(
    left_out: str, sse_server: SSEServer
) -> None:
    """A proxy that drops message_start (the prompt's count) or message_delta (the output's)
    must not settle the call as final at what is left (0 input, or 1 output token for a
    whole answer): the count is interim, so the governor keeps its own estimate."""
    events = _without(load_events(FIXTURE["anthropic"]), left_out)
    sse_server.enqueue(Scenario(events=events))
    provider = AnthropicProvider(base_url=sse_server.root_url)
    received: list[StreamEvent] = []
    try:
        await drain(provider, received)
    finally:
        await provider.aclose()
    assert text_of(received) == "Hello there!"
    assert isinstance(received[-1], Finished)
    assert not any(isinstance(e, UsageReport) and e.final for e in received)


ZERO_OUTPUT = {
    "chat": ('"completion_tokens":8', '"completion_tokens":0'),
    "responses": ('"output_tokens":', '"output_tokens":0,"was":'),
    "anthropic": ('"usage":{"output_tokens":6}', '"usage":{"output_tokens":0}'),
}


async def test_a_final_count_of_no_output_after_output_streamed_is_not_final(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    """Some compatible servers and proxies fill usage with zeros. A final count of no output
    for an answer that streamed would settle it as free: it is interim instead, so the
    governor charges its own count of what streamed."""
    old, new = ZERO_OUTPUT[kind]
    events = [e.replace(old, new) for e in load_events(FIXTURE[kind])]
    assert any(new in e for e in events)
    sse_server.enqueue(Scenario(events=events))
    received: list[StreamEvent] = []
    await drain(provider, received)
    assert text_of(received)
    assert isinstance(received[-1], Finished)
    usage = [e for e in received if isinstance(e, UsageReport)]
    assert usage
    assert not any(e.final for e in usage)


def test_without_httpxs_private_decoder_gzip_and_deflate_still_decode() -> None:
    """A later httpx may drop ``Response._get_content_decoder``: zlib takes over."""
    import zlib

    import httpx2

    from supervisor._providers._common import _content_decoder

    class Bare:  # a response with headers and nothing private
        def __init__(self, encoding: str) -> None:
            self.headers = {"content-encoding": encoding}

    body = b'data: {"x": 1}\n\n' * 50
    for encoding, packed in (
        ("gzip", gzip.compress(body)),
        ("deflate", zlib.compress(body)),
    ):
        decoder = _content_decoder(Bare(encoding))
        assert decoder is not None
        out = b"".join(decoder.decode(packed[:7])) + b"".join(decoder.decode(packed[7:]))
        assert out + b"".join(decoder.flush()) == body
    assert _content_decoder(Bare("")) is None
    assert _content_decoder(Bare("br")) is None  # unknown here: read as it is
    broken = _content_decoder(Bare("gzip"))
    assert broken is not None
    with pytest.raises(httpx2.DecodingError):
        b"".join(broken.decode(b"not gzip at all"))
