"""A real-socket HTTP/1.1 server that replays recorded SSE streams and injects faults on command.

It runs inside the test's own event loop (an anyio TCP listener), so it works on asyncio and
trio alike. Each request takes the next queued :class:`Scenario` (or the default for its path),
and leaves an :class:`Observed` record: the request, how many events were written, and whether
and when the client closed the connection, with how many events had been written by then.

Responses use ``Transfer-Encoding: chunked`` and ``Connection: close``: a dropped stream is then
a truncated chunked body, which a real client sees as an error, not as a clean end.
"""

from __future__ import annotations

import json
import socket
from collections import deque
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import anyio.abc

from supervisor._providers import AnthropicProvider, OpenAIChatProvider, OpenAIResponsesProvider

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from supervisor._providers import Provider

DATA = Path(__file__).parent.parent / "data" / "sse"

DEFAULT_FIXTURES = {
    "/v1/chat/completions": "openai_chat_text_usage.sse",
    "/v1/messages": "anthropic_text.sse",
    "/v1/responses": "openai_responses_text.sse",
}


def load_events(name: str) -> list[str]:
    """The SSE events of a fixture file, each ending in a blank line."""
    text = (DATA / name).read_text()
    return [block.strip("\n") + "\n\n" for block in text.split("\n\n") if block.strip()]


def stretch(events: list[str], *, middle: slice, times: int) -> list[str]:
    """Repeat ``events[middle]`` ``times`` times, for long streams built from short fixtures."""
    start, stop, _ = middle.indices(len(events))
    return events[:start] + events[start:stop] * times + events[stop:]


def closed_port() -> int:
    """A local port with nothing listening: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@dataclass
class Scenario:
    """What the server does for one request.

    Attributes:
        events: The SSE events to send; the path's default fixture when ``None``.
        status: The HTTP status; non-200 sends ``body`` as JSON instead of events.
        headers: Extra response headers (e.g. ``retry-after``).
        body: The JSON error body for a non-200 status (a provider-shaped default otherwise).
        delay: Seconds before each event (a slow server, or pacing for cut tests).
        headers_delay: Seconds before the status line (a server slow to answer).
        drop_after: Close the connection abruptly after this many events.
        hang_after: After this many events, send nothing more until the client leaves.
        malformed_at: Replace the JSON of this event (0-based) with truncated JSON.
        insert: ``(position, raw_event)`` pairs spliced into the events before sending.
        whole_body: ``(content_type, body)`` sent with status 200 instead of any event: what a
            proxy's error page or a server that ignored ``stream`` answers.
        raw: Bytes written as they are instead of any of the above (status line and headers
            included), each piece after ``delay``; the connection is then closed. For framing
            no well-behaved server uses: HTTP/1.0 bodies ended by the close, gzip, a BOM.
    """

    events: list[str] | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | list[Any] | None = None
    delay: float = 0.0
    headers_delay: float = 0.0
    drop_after: int | None = None
    hang_after: int | None = None
    malformed_at: int | None = None
    insert: list[tuple[int, str]] = field(default_factory=list)
    whole_body: tuple[str, bytes] | None = None
    raw: list[bytes] | None = None

    @classmethod
    def fixture(cls, name: str, **options: Any) -> Scenario:
        """A scenario replaying the fixture file ``name``."""
        return cls(events=load_events(name), **options)


@dataclass
class Observed:
    """What the server saw of one request and its connection."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    events_total: int = 0
    events_written: int = 0
    client_closed: bool = False
    events_at_close: int | None = None
    completed: bool = False
    done: anyio.Event = field(default_factory=anyio.Event)


class SSEServer:
    """The server; build it with :meth:`running`."""

    def __init__(self) -> None:
        self.port = 0
        self.observed: list[Observed] = []
        self._scenarios: deque[Scenario] = deque()

    async def finished(self, index: int = 0) -> Observed:
        """The ``index``-th request once the server is done with it. A client that gave up
        early (a timeout on a stalled machine) may close before the server has even read its
        request, so this waits for the request to appear first."""
        while len(self.observed) <= index:
            await anyio.sleep(0.01)
        observed = self.observed[index]
        await observed.done.wait()
        return observed

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL (``.../v1``)."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def root_url(self) -> str:
        """The Anthropic-style base URL (the SDK adds ``/v1``)."""
        return f"http://127.0.0.1:{self.port}"

    def enqueue(self, *scenarios: Scenario) -> None:
        """Queue scenarios for the next requests, in order."""
        self._scenarios.extend(scenarios)

    @classmethod
    @asynccontextmanager
    async def running(cls) -> AsyncIterator[SSEServer]:
        """Listen on 127.0.0.1 (a free port) for the duration of the block."""
        server = cls()
        listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
        server.port = listener.extra(anyio.abc.SocketAttribute.local_port)
        async with listener, anyio.create_task_group() as tg:
            tg.start_soon(listener.serve, server._handle)
            try:
                yield server
            finally:
                tg.cancel_scope.cancel()

    async def _handle(self, stream: anyio.abc.SocketStream) -> None:
        async with stream:
            try:
                observed = await _read_request(stream)
            except (anyio.EndOfStream, anyio.BrokenResourceError, ValueError):
                return
            self.observed.append(observed)
            scenario = self._scenarios.popleft() if self._scenarios else Scenario()
            try:
                async with anyio.create_task_group() as tg:
                    tg.start_soon(_watch_close, stream, observed, tg.cancel_scope)
                    await _respond(stream, scenario, observed)
                    tg.cancel_scope.cancel()
            finally:
                observed.done.set()


async def _read_request(stream: anyio.abc.SocketStream) -> Observed:
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        buffer += await stream.receive()
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        rest += await stream.receive()
    body = json.loads(rest[:length]) if length else {}
    return Observed(method=method, path=path.split("?")[0], headers=headers, body=body)


async def _watch_close(
    stream: anyio.abc.SocketStream, observed: Observed, scope: anyio.CancelScope
) -> None:
    """Wait for the client to close its end; record how far the response had got."""
    try:
        while True:
            await stream.receive()
    except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
        pass
    if not observed.completed:
        observed.client_closed = True
        observed.events_at_close = observed.events_written
    scope.cancel()


def _error_body(path: str, status: int) -> dict[str, Any]:
    if path == "/v1/messages":
        kind = {429: "rate_limit_error", 401: "authentication_error", 529: "overloaded_error"}
        return {
            "type": "error",
            "error": {"type": kind.get(status, "api_error"), "message": f"status {status}"},
        }
    kind = {429: "rate_limit_exceeded", 401: "invalid_api_key"}
    return {"error": {"message": f"status {status}", "type": kind.get(status, "server_error")}}


def _malform(event: str) -> str:
    lines = event.rstrip("\n").split("\n")
    for i, line in enumerate(lines):
        if line.startswith("data:"):
            lines[i] = line[: max(12, len(line) // 2)]
    return "\n".join(lines) + "\n\n"


async def _respond(stream: anyio.abc.SocketStream, scenario: Scenario, observed: Observed) -> None:
    if scenario.headers_delay:
        await anyio.sleep(scenario.headers_delay)
    if scenario.raw is not None:
        try:
            for piece in scenario.raw:
                if scenario.delay:
                    await anyio.sleep(scenario.delay)
                await stream.send(piece)
                observed.events_written += 1
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
            observed.client_closed = True
            observed.events_at_close = observed.events_written
            return
        observed.completed = True
        return
    extra = "".join(f"{key}: {value}\r\n" for key, value in scenario.headers.items())
    whole: tuple[str, str, bytes] | None = None  # a status line, content type and whole body
    if scenario.status != 200:
        payload = json.dumps(scenario.body or _error_body(observed.path, scenario.status)).encode()
        whole = (f"{scenario.status} Error", "application/json", payload)
    elif scenario.whole_body is not None:
        whole = ("200 OK", *scenario.whole_body)
    if whole is not None:
        status, content_type, payload = whole
        head = (
            f"HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\n"
            f"content-length: {len(payload)}\r\nconnection: close\r\n{extra}\r\n"
        )
        await stream.send(head.encode() + payload)
        observed.completed = True
        return
    events = list(scenario.events or load_events(DEFAULT_FIXTURES[observed.path]))
    for position, raw in sorted(scenario.insert, reverse=True):
        events.insert(position, raw)
    if scenario.malformed_at is not None:
        events[scenario.malformed_at] = _malform(events[scenario.malformed_at])
    observed.events_total = len(events)
    head = (
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
        f"cache-control: no-cache\r\ntransfer-encoding: chunked\r\nconnection: close\r\n{extra}\r\n"
    )
    try:
        await stream.send(head.encode())
        for i, event in enumerate(events):
            if scenario.drop_after is not None and i >= scenario.drop_after:
                return  # no terminating chunk: the client sees a truncated body
            if scenario.hang_after is not None and i >= scenario.hang_after:
                await anyio.sleep_forever()
            if scenario.delay:
                await anyio.sleep(scenario.delay)
            # surrogateescape: a test writes a byte that is not UTF-8 as "\udcXX".
            data = event.encode("utf-8", "surrogateescape")
            await stream.send(b"%x\r\n%s\r\n" % (len(data), data))
            observed.events_written += 1
        await stream.send(b"0\r\n\r\n")
        observed.completed = True
    except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
        if not observed.client_closed:
            observed.client_closed = True
            observed.events_at_close = observed.events_written


def build_provider(kind: str, server: SSEServer, **options: Any) -> Provider:
    """The provider that speaks ``kind`` (``"chat"``, ``"responses"`` or ``"anthropic"``) to
    ``server``; ``options`` are its other settings."""
    if kind == "chat":
        return OpenAIChatProvider(base_url=server.base_url, **options)
    if kind == "responses":
        return OpenAIResponsesProvider(base_url=server.base_url, **options)
    return AnthropicProvider(base_url=server.root_url, **options)
