"""What the SDK-backed providers share: deadlines, closing, key handling, error translation.

A provider subclass opens the SDK stream (``_open``), translates the SDK's errors
(``_translate``) and parses each SDK event into stream events (a :class:`_Parser`). This module
runs the loop around them:

* the call deadline (``LLMRequest.timeout``) and the chunk deadline (``chunk_timeout``) are
  enforced with ``anyio.fail_after`` around each wait for the next SDK event, never across a
  ``yield``, so the consumer's own code is never cancelled by a provider deadline;
* leaving the ``stream()`` context, however it is left, closes the HTTP response at once,
  shielded, so the server sees the connection end before control returns to the caller.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
import zlib
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, Any, Literal, Protocol

import anyio
import httpx2

from policies import REDACTED, estimate_stream_tokens, redact_text, stream_chars

from ._base import (
    AuthenticationFailed,
    Finished,
    InvalidRequest,
    LLMRequest,
    MalformedResponse,
    ProviderConfigError,
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
    parse_retry_after,
)

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, AsyncIterator, Iterator, Mapping
    from types import TracebackType

Phase = Literal["open", "stream"]

_RETRYABLE_STREAM_ERRORS = frozenset(
    {
        "overloaded_error",
        "api_error",
        "server_error",
        "rate_limit_error",
        "timeout_error",
        "rate_limit_exceeded",  # OpenAI's code for the same thing
    }
)


class _Parser(Protocol):
    def feed(self, event: str | None, data: Any, /) -> list[StreamEvent]:
        """Events for one decoded SSE event; raises a ProviderError for an error event."""
        ...

    done: bool
    """Whether the terminal event was seen (nothing more needs reading)."""

    complete: bool
    """Whether everything the call needs has come, though the terminal event has not: a
    stall or a drop after it ends the stream normally, not with an error."""

    def finish(self) -> list[StreamEvent]:
        """Events after the stream ended; raises StreamInterrupted if it ended early."""
        ...


class _ContentDecoder(Protocol):
    """httpx's decoder of a response's content-encoding (gzip, deflate, ...)."""

    def decode(self, data: bytes, /) -> Iterator[bytes]: ...

    def flush(self) -> Iterator[bytes]: ...


class _ZlibDecoder:
    """gzip or deflate with zlib: what :func:`_content_decoder` falls back on."""

    def __init__(self, gzip: bool) -> None:
        self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS if gzip else zlib.MAX_WBITS)

    def decode(self, data: bytes, /) -> Iterator[bytes]:
        try:
            yield self._zlib.decompress(data)
        except zlib.error as exc:
            raise httpx2.DecodingError(str(exc)) from exc

    def flush(self) -> Iterator[bytes]:
        try:
            yield self._zlib.flush()
        except zlib.error as exc:
            raise httpx2.DecodingError(str(exc)) from exc


def _content_decoder(response: Any) -> _ContentDecoder | None:
    """The decoder of ``response``'s content-encoding: httpx's own (a private method, so that
    decoding matches aiter_bytes exactly), or, where a later httpx lacks it, zlib for gzip and
    deflate; None for a body sent as it is, or in an encoding neither knows (its bytes then
    read as no event stream: MalformedResponse)."""
    own = getattr(response, "_get_content_decoder", None)
    if own is not None:
        return own()  # type: ignore[no-any-return]
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        return _ZlibDecoder(gzip=encoding != "deflate")
    return None


class _StreamedResponse(Protocol):
    """The SDK's raw streamed response (``with_streaming_response``)."""

    @property
    def http_response(self) -> httpx2.Response: ...


class SSEDecoder:
    """Incremental Server-Sent Events decoder over raw bytes.

    Splits on blank lines (``\n\n``, ``\r\n\r\n``), joins multi-line ``data:`` fields, keeps
    the ``event:`` name, ignores comments (``:``), ``id:``/``retry:`` and events without data
    (noting only whether any came before the first event: :attr:`quiet_start`).
    Never buffers more than one incomplete event.
    """

    #: The longest line an event may have (bytes): a body with no line end (a binary file, a
    #: runaway server) is refused past it, not buffered until the call deadline.
    MAX_LINE = 16 << 20

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._scanned = 0  # bytes of the buffer known to hold no line end
        self._started = False
        self._event: str | None = None
        self._data: list[str] = []
        self._block = False  # the current block has a field (data, event, id, retry)
        self._noise = False  # a comment or an event without data came before any event
        #: Set as the first event is dispatched: whether nothing came before it (no comment,
        #: no keep-alive, no event without data). None until then.
        self.quiet_start: bool | None = None

    def feed(self, chunk: bytes) -> list[tuple[str | None, str]]:
        """The complete ``(event, data)`` pairs ``chunk`` finishes.

        Raises:
            ValueError: A line longer than :attr:`MAX_LINE`.
        """
        self._buffer += chunk
        if not self._started and len(self._buffer) >= 3:
            # As the standard says: one leading byte order mark is not part of the first line.
            self._started = True
            if self._buffer.startswith(b"\xef\xbb\xbf"):
                del self._buffer[:3]
        out: list[tuple[str | None, str]] = []
        while True:
            newline = self._buffer.find(b"\n", self._scanned)
            if newline < 0:
                self._scanned = len(self._buffer)
                if self._scanned > self.MAX_LINE:
                    raise ValueError(f"a line of more than {self.MAX_LINE} bytes with no line end")
                return out
            self._scanned = 0
            # As the SSE standard decodes: a byte that is not UTF-8 becomes U+FFFD, never an
            # exception from the middle of an answer (llama.cpp has split a character's bytes
            # across two tokens' events).
            line = self._buffer[:newline].rstrip(b"\r").decode("utf-8", "replace")
            del self._buffer[: newline + 1]
            if not line:
                data = "\n".join(self._data)
                # As the standard says, an event without data is not dispatched: a keep-alive
                # such as "event: ping" alone or an empty "data:" is no JSON to parse.
                if data.strip():
                    if self.quiet_start is None:
                        self.quiet_start = not self._noise
                    out.append((self._event, data))
                elif self._block:
                    self._noise = True
                self._event, self._data, self._block = None, [], False
                continue
            field, _, value = line.partition(":")
            if not field:
                self._noise = True  # a comment: a keep-alive while the server works
                continue
            self._block = True
            value = value.removeprefix(" ")
            if field == "data":
                self._data.append(value)
            elif field == "event":
                self._event = value


def resolve_api_key(
    provider: str, api_key: str | None, api_key_env: str | None, *, required: bool
) -> str | None:
    """Find the key: an explicit value (from a config file) wins, then the named variable.

    Raises:
        ProviderConfigError: ``required`` and no key was found; names the variable to set.
    """
    if api_key:
        return api_key
    if api_key_env:
        value = os.environ.get(api_key_env)
        if value:
            return value
    if not required:
        return None
    where = f"the environment variable {api_key_env}" if api_key_env else "api_key_env"
    raise ProviderConfigError(
        f"The provider {provider!r} needs an API key and {where} is not set; set it, or name "
        "another variable with api_key_env in the provider's configuration.",
        provider=provider,
    )


def redact(secret: str | None) -> str:
    """A stand-in for a secret in reprs: says whether one is set, never what it is."""
    return "'***'" if secret else "None"


def redact_url(url: str | None) -> str:
    """A base URL for a repr, without the password or query key it may carry."""
    return repr(redact_text(url)) if url else "None"


_DETAIL_CHARS = 300  # how much of what an error status said its message quotes


#: What a provider kind's ``base_url`` looks like, for an error that suggests it is wrong.
OPENAI_BASE_URL_HINT = (
    'an OpenAI-compatible server serves its API under /v1, e.g. "http://localhost:11434/v1"'
)
ANTHROPIC_BASE_URL_HINT = (
    'the server\'s root, e.g. "https://api.anthropic.com", to which the client adds /v1/messages'
)


def status_error(
    provider: str,
    status: int,
    headers: Mapping[str, str],
    detail: str,
    error_type: str | None,
    *,
    url: str | None = None,
    base_url_hint: str = "",
) -> ProviderError:
    """The typed error for an HTTP error status from ``provider``.

    ``url``: the URL the request went to; a 404 whose body is no JSON (a plain "404 page
    not found", a proxy's page: no API answered) is said to be a wrong ``base_url``, with
    ``base_url_hint``, rather than a wrong request.
    """
    retry_after = parse_retry_after(headers)
    detail = " ".join(detail.split())  # a proxy's HTML page: one line, and only its start
    if len(detail) > _DETAIL_CHARS:
        detail = detail[:_DETAIL_CHARS] + "..."
    if detail and not detail.endswith((".", "!", "?")):
        detail += "."  # Ollama's "model not found, try pulling it first": end it before advice
    detail = f" The provider said: {detail}" if detail else ""
    if status == 429:
        return RateLimited(
            f"{provider} is rate limiting this key (HTTP 429).{detail} Wait "
            f"{f'{retry_after:g} s' if retry_after is not None else 'a moment'} and retry, or "
            "lower the request rate.",
            provider=provider,
            retry_after=retry_after,
            status_code=status,
        )
    if status in (401, 403):
        return AuthenticationFailed(
            f"{provider} rejected the credentials (HTTP {status}).{detail} Check the API key "
            "variable named in the provider's configuration and the key's permissions.",
            provider=provider,
            status_code=status,
        )
    if status >= 500 or status == 408 or error_type == "overloaded_error":
        return ProviderUnavailable(
            f"{provider} failed or is overloaded (HTTP {status}).{detail} Retry later, or "
            "reroute to another provider.",
            provider=provider,
            retry_after=retry_after,
            status_code=status,
        )
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if status == 404 and url and "json" not in content_type.lower():
        # No API answered: the path is not there (Ollama without /v1 says "404 page not
        # found"), so the request is not what to fix.
        return InvalidRequest(
            f"{provider}: POST {redact_text(url)} was not found (HTTP 404).{detail} No API "
            "of this provider's kind answers there: check base_url"
            f"{f' ({base_url_hint})' if base_url_hint else ''}; retrying it unchanged will "
            "fail again.",
            provider=provider,
            status_code=status,
        )
    return InvalidRequest(
        f"{provider} rejected the request (HTTP {status}).{detail} Fix the request (model "
        "name, parameters, prompt size); retrying it unchanged will fail again.",
        provider=provider,
        status_code=status,
    )


def stream_error(
    provider: str, error_type: str, message: str, *, status: object = None
) -> ProviderStreamError:
    """The typed error for an error event inside a started stream.

    ``status``: an HTTP-like code the event carries (vLLM's and llama.cpp's ``code``, a whole
    number; LiteLLM's, the same as a string); 429 and 5xx make the error retryable whatever
    its type is called. A type or a 4xx code that says the request itself was refused (the
    key, the permission, the model, the request) makes it the error that status would be:
    see :attr:`ProviderStreamError.status_code`.
    """
    code = _event_status(status)
    retryable = error_type in _RETRYABLE_STREAM_ERRORS or (
        code is not None and (code == 429 or 500 <= code < 600)
    )
    if code is None and not retryable:
        code = _REFUSED_STREAM_ERRORS.get(error_type)
    if retryable:
        advice = "Retry later, or reroute to another provider."
    elif code in (401, 403):
        advice = (
            "Check the API key variable named in the provider's configuration and the key's "
            "permissions; retrying it unchanged will fail again."
        )
    elif code in _REFUSED_STATUSES:
        advice = (
            "Fix the request (model name, parameters, prompt size); retrying it unchanged "
            "will fail again."
        )
    else:
        advice = "Do not retry."
    return ProviderStreamError(
        f"{provider} sent an error event ({error_type}) in the middle of the stream ({message}); the "
        f"answer so far is partial. {advice}",
        error_type=error_type,
        retryable=retryable,
        provider=provider,
        status_code=code,
    )


#: Error-event types that say the provider refused the request itself, with the HTTP status
#: that says the same (Anthropic's and llama.cpp's names, OpenAI's ``invalid_request_error``,
#: vLLM's exception names): sent again unchanged, by a retry or a restarted agent, it is
#: refused the same way.
_REFUSED_STREAM_ERRORS = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,  # Anthropic
    "exceed_context_size_error": 400,  # llama.cpp (a restart cures it: see cannot_pass)
    "BadRequestError": 400,  # vLLM
    "NotFoundError": 404,  # vLLM
    # OpenAI's Responses API: a response.failed error's code (ResponseError.code) that says
    # the prompt or an image in it cannot be used. (server_error, rate_limit_exceeded,
    # vector_store_timeout and failed_to_download_image may pass with time.)
    "invalid_prompt": 400,
    "invalid_image": 400,
    "invalid_image_format": 400,
    "invalid_base64_image": 400,
    "invalid_image_url": 400,
    "invalid_image_mode": 400,
    "image_too_large": 400,
    "image_too_small": 400,
    "image_parse_error": 400,
    "image_content_policy_violation": 400,
    "image_file_too_large": 400,
    "image_file_not_found": 400,
    "unsupported_image_media_type": 400,
    "empty_image_file": 400,
}

#: The statuses of a refused request (``status_error`` makes them AuthenticationFailed and
#: InvalidRequest).
_REFUSED_STATUSES = frozenset({400, 401, 403, 404, 413, 422})


def _event_status(status: object) -> int | None:
    """An error event's ``code`` as an HTTP-like status: a whole number, or one as a string
    (LiteLLM's ``"429"``); None for anything else (OpenAI's ``"context_length_exceeded"``)."""
    if isinstance(status, str) and status.strip().isdigit():
        status = int(status.strip())
    if isinstance(status, int) and not isinstance(status, bool) and 100 <= status < 600:
        return status
    return None


def interrupted(provider: str, what: str) -> StreamInterrupted:
    """The typed error for a stream that ended before its terminal event."""
    return StreamInterrupted(
        f"The {provider} stream ended before {what}: the connection dropped or the server "
        "stopped. The answer so far is partial and usage was not reported; retry, or settle at "
        "the counted estimate.",
        provider=provider,
    )


def malformed(provider: str, exc: BaseException) -> MalformedResponse:
    """The typed error for a chunk that does not parse."""
    return MalformedResponse(
        f"{provider} sent a stream chunk that is not valid JSON ({exc}); the stream was "
        "closed. Retry; if it keeps happening, the server (or a proxy) is not speaking the "
        "provider's wire format.",
        provider=provider,
    )


def malformed_shape(provider: str, data: object, what: str | None = None) -> MalformedResponse:
    """The typed error for a chunk that is JSON but not the expected object; ``what`` says
    what in it is wrong, where that is known (a token count that is no count)."""
    wrong = f"{what}, in " if what else ""
    return MalformedResponse(
        f"{provider} sent a stream chunk of an unexpected shape ({wrong}{str(data)[:80]!r}); "
        "the stream was closed. Check that base_url points at a server of this provider's "
        "kind.",
        provider=provider,
    )


#: More tokens than any model reads or writes in one call (the largest context windows hold a
#: few million): a count above it is garbage, and charged as it stands it would bill a fortune
#: (or overflow the ledger's 64-bit integers and fail the settlement).
MAX_TOKEN_COUNT = 1_000_000_000


class WrongField(ValueError):
    """A field of a stream chunk that holds what the API never sends there (a number where
    text goes, a count that is no count); the message says which and what it held."""


class TokenCountError(WrongField):
    """A token count a server sent that is no count (see :func:`token_count`)."""


def name_field(name: str, value: object) -> str | None:
    """``value`` as a tool call's name or id: a string, or None where the chunk gives none.

    Raises:
        WrongField: Anything else (``"name": 7``), which would reach the agent as a tool call
            no tool can match and the policy's tool rules cannot read.
    """
    if value is None or isinstance(value, str):
        return value
    return text_field(name, value)  # raises, naming it


def text_field(name: str, value: object) -> str:
    """``value`` as the text of the field ``name``: a string, or None for none.

    Raises:
        WrongField: Anything else (``"content": 42``), which would otherwise reach the
            agent as an ``AttributeError`` from deep in the count of the answer.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        shown = repr(value)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        raise WrongField(f"{name} = {shown} where text goes")
    return value


def token_count(value: object) -> int:
    """A token count as a server sent it: a whole number, a numeric string (as some gateways
    send), or null for 0.

    Raises:
        TokenCountError: Anything else, a negative count (a count the server cannot mean, which
            would credit the budget) or one above :data:`MAX_TOKEN_COUNT`; the stream reports
            it as a malformed chunk.
    """
    if value is None:
        return 0
    count: int
    if isinstance(value, bool):
        raise TokenCountError(f"a token count of {value!r}")
    if isinstance(value, int):
        count = value
    elif isinstance(value, float) and math.isfinite(value):
        count = math.ceil(value)
    elif isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 12:
        count = int(value.strip())
    else:
        raise TokenCountError(f"a token count of {value!r}")
    if count < 0:
        raise TokenCountError(f"a negative token count ({count})")
    if count > MAX_TOKEN_COUNT:
        raise TokenCountError(
            f"a token count of {count}, more than any model reads or writes in one call "
            f"(at most {MAX_TOKEN_COUNT:,})"
        )
    return count


_HEAD_BYTES = 120  # how much of a body that is not an event stream an error quotes


def not_a_stream(provider: str, content_type: str, head: bytes) -> MalformedResponse:
    """The typed error for a whole answer with no server-sent event in it (an HTML error
    page from a proxy, a JSON body from a server that ignored ``stream``)."""
    what = content_type.split(";", 1)[0].strip() or "no content type"
    begins = head.decode("utf-8", "replace").strip()
    if _COMPLETION.search(begins) and '"error"' not in begins:
        # A server that ignored ``stream`` sent the whole answer at once: the model ran and
        # the provider bills it, so the call is charged as one that failed after it was
        # answered (its worst case), never as one refused before it started.
        return MalformedResponse(
            f"{provider} answered with the whole completion at once ({what}), not a stream of "
            f"server-sent events (it began {begins!r}): the server ignored stream = true. The "
            "answer cannot be read, but the model ran, so the call is charged its worst case. "
            "Check that base_url points at a server of this provider's kind that streams "
            "(and that no proxy in between buffers the answer).",
            provider=provider,
        )
    error = MalformedResponse(
        f"{provider} answered with {what}, not a stream of server-sent events (it began "
        f"{begins!r}); nothing was streamed. Check that base_url points at a server of this "
        "provider's kind and that no proxy or login page answers in its place.",
        provider=provider,
    )
    error.whole_body = True
    return error


#: The start of a whole (unstreamed) answer: Chat Completions' ``chat.completion`` object,
#: Anthropic's ``message``, the Responses API's ``response``.
_COMPLETION = re.compile(
    r'"object"\s*:\s*"(?:chat\.completion|response)"|"type"\s*:\s*"message"|"choices"\s*:'
)


class ReasoningEstimate:
    """Counts a reasoning model's reasoning deltas, and its text after them, for an interim
    output estimate: so a stream cut or dropped while the model reasons (billed output that is
    not answer text) is charged for what it generated, not for nothing. The server's own
    usage replaces it when it comes.

    Invariant: the text is counted only once some reasoning was (``active``), so a stream with
    no reasoning costs nothing here.
    """

    __slots__ = ("_reasoning_chars", "_reasoning_chunks", "_text_chars", "_text_chunks")

    def __init__(self) -> None:
        self._reasoning_chunks = 0
        self._reasoning_chars = 0
        self._text_chunks = 0
        self._text_chars = 0

    @property
    def active(self) -> bool:
        return self._reasoning_chunks > 0

    def reasoning(self, delta: str) -> None:
        self._reasoning_chunks += 1
        self._reasoning_chars += stream_chars(delta)

    def text(self, delta: str) -> None:
        if self._reasoning_chunks:
            self._text_chunks += 1
            self._text_chars += stream_chars(delta)

    def report(self, web_searches: int = 0) -> UsageReport:
        """The interim count: reasoning and text so far (the prompt is left at 0, for the
        caller's own estimate), with the web searches run so far (each interim report
        replaces the last, so it must carry them)."""
        return UsageReport(0, self.tokens(), final=False, web_searches=web_searches, estimated=True)

    def tokens(self) -> int:
        """The output estimated so far: reasoning and the text after it."""
        return estimate_stream_tokens(
            self._reasoning_chunks, self._reasoning_chars
        ) + estimate_stream_tokens(self._text_chunks, self._text_chars)


class SDKStreamProvider:
    """Base for providers that send requests with an official SDK and read the stream raw.

    The SDK builds and sends the request (authentication, base URL, headers) and turns an HTTP
    error status into its typed exception; the body is then read from the SDK's raw streamed
    response (``with_streaming_response``) by :class:`SSEDecoder` and a per-provider parser.

    Why not iterate the SDK's own ``AsyncStream``: its event iterator is a chain of async
    generators (the SDK's SSE decoder over httpx's byte iterators) that is left suspended both
    when a consumer stops early and, for OpenAI, when ``[DONE]`` arrives. Trio reports every
    such abandoned generator as a ``ResourceWarning`` (and finalises it from the garbage
    collector), so a governor cutting streams would leak them on trio. Reading the raw body
    here lets a cut close the response and then run the byte iterator to its end, so nothing
    is left behind on either backend. It also keeps the per-chunk cost to one ``json.loads``
    instead of building a pydantic model per chunk.

    Subclasses set ``name`` and implement ``_open``, ``_translate``, ``_parser`` and
    ``_close_client``.
    """

    name: str

    def _open(self, request: LLMRequest) -> AbstractAsyncContextManager[_StreamedResponse]:
        raise NotImplementedError

    def _translate(self, exc: Exception, phase: Phase) -> ProviderError | None:
        """The typed error for an SDK exception, or ``None`` to let it propagate."""
        raise NotImplementedError

    def _parser(self, request: LLMRequest) -> _Parser:
        raise NotImplementedError

    async def _close_client(self) -> None:
        raise NotImplementedError

    _closed: bool = False

    async def aclose(self) -> None:
        """Close the SDK client and its connection pool. Idempotent."""
        if self._closed:
            return
        self._closed = True
        with anyio.CancelScope(shield=True):
            await self._close_client()

    @asynccontextmanager
    async def stream(self, request: LLMRequest) -> AsyncIterator[AsyncIterator[StreamEvent]]:
        """Open a streamed call; see :class:`~supervisor.Provider`.

        Raises:
            RuntimeError: The provider was closed.
            ProviderError: Translated from whatever the SDK or the connection raised.
        """
        if self._closed:
            raise RuntimeError(f"The provider {self.name!r} is closed; build a new one.")
        deadline = anyio.current_time() + request.timeout
        opener = self._open(request)
        try:
            with self._deadline(request, deadline, "open"):
                streamed = await opener.__aenter__()
        except ProviderError as failed:
            self._forget_key(failed)
            raise
        except Exception as exc:
            error = self._translate(exc, "open")
            if error is None and isinstance(exc, httpx2.HTTPError):
                # What the SDK lets through unwrapped: an error status whose body fails to
                # decompress (it reads the body to quote it) is such an httpx error.
                error = _open_error(self.name, exc)
            if error is None:
                raise
            self._forget_key(error)
            raise error from exc
        response = streamed.http_response
        raw = response.aiter_raw()
        # The raw body is still content-encoded: a proxy may gzip an event stream (the client
        # offers gzip), and its bytes must be decoded as httpx's aiter_bytes would.
        content = _content_decoder(response)
        events = self._events(
            request, raw, deadline, response.headers.get("content-type", ""), content
        )
        try:
            yield events
        except ProviderError as failed:
            self._forget_key(failed)
            raise
        finally:
            # Close now, even when cancelled: the server must see the connection end.
            with anyio.CancelScope(shield=True):
                await events.aclose()
                await response.aclose()
                await _finish_generator(raw)
                await opener.__aexit__(None, None, None)

    def _forget_key(self, error: ProviderError) -> None:
        """Take this provider's own key out of ``error``'s message: a server may echo
        the key in its error body in words no pattern knows ("invalid key: ..."), and the key
        of a local server has no known shape. Only on the error path."""
        key = getattr(getattr(self, "_client", None), "api_key", None)
        if not isinstance(key, str) or len(key) < 4:
            return
        message = error.message.replace(key, REDACTED)
        # A quote cut short (status_error keeps the first _DETAIL_CHARS of what the server
        # said, then "...") may end inside the key: its start is the key's too.
        for length in range(len(key) - 1, 3, -1):
            cut = key[:length] + "..."
            if cut in message:
                message = message.replace(cut, REDACTED + "...")
                break
        if message != error.message:
            error.message = message
            error.args = (message, *error.args[1:])

    def _deadline(self, request: LLMRequest, deadline: float, phase: Phase) -> _Deadline:
        return _Deadline(self.name, request, deadline, phase)

    async def _events(
        self,
        request: LLMRequest,
        raw: AsyncGenerator[bytes, None],
        deadline: float,
        content_type: str = "",
        content: _ContentDecoder | None = None,
    ) -> AsyncGenerator[StreamEvent, None]:
        parser = self._parser(request)
        decoder = SSEDecoder()
        outgoing = _Outgoing()
        head = b""  # the body's first bytes until an event is decoded (for the error below)
        decoded = False
        fed = 0  # events the parser took
        ended = False
        while not ended:
            try:
                try:
                    with self._deadline(request, deadline, "stream"):
                        chunk = await raw.__anext__()
                except (ProviderTimeout, httpx2.TransportError, httpx2.StreamError):
                    if not parser.complete:
                        raise
                    break  # all the call needs has come; only the terminal event is missing
                if content is not None:
                    chunk = b"".join(content.decode(chunk))
            except StopAsyncIteration:
                ended = True
                try:
                    chunk = b"".join(content.flush()) if content is not None else b""
                except httpx2.DecodingError as exc:
                    raise interrupted(self.name, "its final event") from exc
            except httpx2.DecodingError as exc:
                raise MalformedResponse(
                    f"{self.name} sent a compressed stream that does not decompress ({exc}); "
                    "the stream was closed. Retry; if it keeps happening, a proxy between here "
                    "and the server is damaging the stream.",
                    provider=self.name,
                ) from exc
            except ProviderError:
                raise
            except httpx2.TimeoutException as exc:
                raise ProviderTimeout(
                    f"The {self.name} connection timed out reading the stream ({exc!r}); retry.",
                    kind="chunk",
                    provider=self.name,
                ) from exc
            except (httpx2.TransportError, httpx2.StreamError) as exc:
                raise interrupted(self.name, "its final event") from exc
            if not decoded and len(head) < _HEAD_BYTES:
                head += chunk[: _HEAD_BYTES - len(head)]
            try:
                pairs = decoder.feed(chunk)
            except ValueError as exc:
                raise MalformedResponse(
                    f"{self.name} sent {exc}; the stream was closed. Check that base_url points "
                    "at a server of this provider's kind.",
                    provider=self.name,
                ) from exc
            for name, text in pairs:
                decoded = True
                if text.startswith("[DONE]"):
                    data: Any = None
                else:
                    try:
                        data = json.loads(text)
                    except ValueError as exc:
                        raise malformed(self.name, exc) from exc
                try:
                    produced = parser.feed(name, data)
                except ProviderStreamError as exc:
                    # An error as the stream's very first event: the request was refused
                    # before the provider began to answer (see _consumed in the agent).
                    exc.first_event = not fed and bool(decoder.quiet_start)
                    raise
                except ProviderError:
                    raise
                except (AttributeError, TypeError, ValueError, KeyError, IndexError) as exc:
                    # JSON, but not the object the API documents (a null, a string or a list
                    # where an object or a count goes): the server's fault, not a traceback.
                    what = str(exc) if isinstance(exc, WrongField) else None
                    raise malformed_shape(self.name, data, what) from exc
                fed += 1
                for event in produced:
                    for fixed in outgoing.fix(event):
                        yield fixed
                if parser.done:
                    break
            if parser.done:
                break  # the terminal event: stop reading (a cut drops whatever follows)
        if not decoded and head.strip():
            raise not_a_stream(self.name, content_type, head)
        for event in parser.finish():
            for fixed in outgoing.fix(event):
                yield fixed


_SURROGATE = re.compile("[\ud800-\udfff]")


def _well_formed(text: str) -> str:
    """``text`` with its surrogate pairs joined and any lone surrogate as U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


class _Outgoing:
    """The last checks on the events a parser made, the same for every provider.

    A final usage report that counts no output after output streamed (some compatible servers
    and proxies fill usage with zeros) is passed on as interim: settled as final, it would make
    a generated answer free; as interim, the governor charges its own count.

    A character a server split into its two UTF-16 halves across two deltas is joined. JSON
    escapes a character outside the BMP as a surrogate pair (``"\\ud83d\\ude00"``); a
    server or proxy that slices text by UTF-16 units (JavaScript) may send the halves in two
    chunks, each of which decodes to a lone surrogate. Passed on as they are, they can never
    be encoded as UTF-8: the audit record, a log or a file written by a tool would fail on
    them. A trailing high half is held back until the next delta of the same text; the
    assembled tool-call arguments are joined the same way; a half left alone is U+FFFD.
    """

    __slots__ = ("_generated", "_held")

    def __init__(self) -> None:
        self._held: dict[int, str] = {}  # a held high half, by tool-call index (-1: the text)
        self._generated = False  # whether answer text or tool-call arguments streamed

    def fix(self, event: StreamEvent) -> list[StreamEvent]:
        if isinstance(event, TextDelta):
            self._generated = True
            text = self._take(-1, event.text)
            return [TextDelta(text)] if text is not None else []
        if isinstance(event, UsageReport):
            if event.final and self._generated and not event.output_tokens:
                return [dataclasses.replace(event, final=False)]
            return [event]
        if isinstance(event, ToolCallDelta):
            if event.arguments:
                self._generated = True
            arguments = self._take(event.index, event.arguments)
            if arguments is None:
                if event.id is None and event.name is None:
                    return []
                arguments = ""
            return [dataclasses.replace(event, arguments=arguments)]
        if isinstance(event, ToolCall):
            self._held.pop(event.index, None)
            if _SURROGATE.search(event.arguments):
                return [dataclasses.replace(event, arguments=_well_formed(event.arguments))]
            return [event]
        if isinstance(event, Finished) and -1 in self._held:
            del self._held[-1]
            return [TextDelta("\ufffd"), event]
        return [event]

    def _take(self, key: int, text: str) -> str | None:
        """``text`` to pass on now, or ``None`` when all of it is held."""
        held = self._held.pop(key, "")
        if not held and (text.isascii() or not _SURROGATE.search(text)):
            return text
        text = held + text
        if text and "\ud800" <= text[-1] <= "\udbff":
            self._held[key] = text[-1]
            text = text[:-1]
        return _well_formed(text) if text else None


def _open_error(provider: str, exc: httpx2.HTTPError) -> ProviderError:
    """The typed error for an httpx error the SDK raised unwrapped while opening."""
    if isinstance(exc, httpx2.DecodingError):
        return MalformedResponse(
            f"{provider} answered with a compressed body that does not decompress ({exc}); "
            "nothing was streamed. Retry; if it keeps happening, a proxy between here and the "
            "server is damaging its answers.",
            provider=provider,
        )
    return ProviderConnectError(
        f"The HTTP exchange with {provider} failed before the stream began ({exc!r}); retry, "
        "and check base_url and any proxy in between.",
        provider=provider,
    )


async def _finish_generator(raw: AsyncGenerator[bytes, None]) -> None:
    """Run a byte iterator whose response is closed to its end.

    Closing the outermost generator would leave httpx's and httpcore's inner generators
    suspended (trio warns when they are collected); resuming it after the response was closed
    makes the innermost read fail, and that failure finishes every layer on its way out.
    """
    with anyio.move_on_after(1.0):
        try:
            while True:
                await raw.__anext__()
        except (StopAsyncIteration, Exception):
            pass
    await raw.aclose()


class _Deadline:
    """``fail_after`` for the nearer of the chunk and call deadlines, as ProviderTimeout."""

    def __init__(self, provider: str, request: LLMRequest, deadline: float, phase: Phase) -> None:
        self._provider = provider
        self._request = request
        self._deadline = deadline
        self._phase = phase
        self._scope: anyio.CancelScope | None = None
        self._kind: Literal["call", "chunk"] = "chunk"

    def __enter__(self) -> None:
        now = anyio.current_time()
        chunk_deadline = now + self._request.chunk_timeout
        if self._deadline <= chunk_deadline:
            self._kind = "call"
            until = self._deadline
        else:
            until = chunk_deadline
        self._scope = anyio.CancelScope(deadline=until)
        self._scope.__enter__()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        assert self._scope is not None
        swallowed = self._scope.__exit__(exc_type, exc, tb)
        if self._scope.cancelled_caught:
            request = self._request
            what = "the response to start" if self._phase == "open" else "the next chunk"
            if self._kind == "call":
                raise ProviderTimeout(
                    f"The {self._provider} call took longer than {request.timeout:g} s "
                    f"(timeout) waiting for {what}; the stream was closed. Raise "
                    "LLMRequest.timeout, ask for fewer tokens, or retry.",
                    kind="call",
                    provider=self._provider,
                )
            raise ProviderTimeout(
                f"The {self._provider} server sent nothing for {request.chunk_timeout:g} s "
                f"(chunk_timeout) waiting for {what}; the stream was closed. The server is "
                "stalled or overloaded: retry, or raise LLMRequest.chunk_timeout.",
                kind="chunk",
                provider=self._provider,
            )
        return bool(swallowed)
