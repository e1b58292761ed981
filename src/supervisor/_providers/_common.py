"""What the SDK-backed providers share: deadlines, closing, key handling, error translation.

A provider subclass opens the SDK stream (``_open``), translates the SDK's errors
(``_translate``) and parses each SDK event into stream events (a :class:`_Parser`). This module
runs the loop around them:

* the call deadline (``LLMRequest.timeout``) and the chunk deadline (``chunk_timeout``) are
  enforced with ``anyio.fail_after`` around each wait for the next SDK event, never across a
  ``yield``, so the consumer's own code is never cancelled by a provider deadline;
* leaving the ``stream()`` context, however it is left, closes the HTTP response and the SDK's
  event generator at once, shielded, so the server sees the connection end before control
  returns to the caller.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, Literal, Protocol

import anyio

from ._base import (
    AuthenticationFailed,
    InvalidRequest,
    LLMRequest,
    MalformedResponse,
    ProviderConfigError,
    ProviderError,
    ProviderStreamError,
    ProviderTimeout,
    ProviderUnavailable,
    RateLimited,
    StreamEvent,
    StreamInterrupted,
    parse_retry_after,
)

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, AsyncIterator, Mapping
    from types import TracebackType

Phase = Literal["open", "stream"]

_RETRYABLE_STREAM_ERRORS = frozenset(
    {"overloaded_error", "api_error", "server_error", "rate_limit_error", "timeout_error"}
)


class _Parser(Protocol):
    def feed(self, item: Any) -> list[StreamEvent]:
        """Events for one SDK event; raises a ProviderError for an error event."""
        ...

    def finish(self) -> list[StreamEvent]:
        """Events after the SDK stream ended; raises StreamInterrupted if it ended early."""
        ...


class _SDKStream(Protocol):
    def __anext__(self) -> Any: ...

    async def close(self) -> None: ...


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


def status_error(
    provider: str,
    status: int,
    headers: Mapping[str, str],
    detail: str,
    error_type: str | None,
) -> ProviderError:
    """The typed error for an HTTP error status from ``provider``."""
    retry_after = parse_retry_after(headers)
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
    return InvalidRequest(
        f"{provider} rejected the request (HTTP {status}).{detail} Fix the request (model "
        "name, parameters, prompt size); retrying it unchanged will fail again.",
        provider=provider,
        status_code=status,
    )


def stream_error(provider: str, error_type: str, message: str) -> ProviderStreamError:
    """The typed error for an error event inside a started stream."""
    retryable = error_type in _RETRYABLE_STREAM_ERRORS
    advice = "Retry later, or reroute to another provider." if retryable else "Do not retry."
    return ProviderStreamError(
        f"{provider} sent a {error_type} error in the middle of the stream ({message}); the "
        f"answer so far is partial. {advice}",
        error_type=error_type,
        retryable=retryable,
        provider=provider,
    )


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


class SDKStreamProvider:
    """Base for providers backed by an official SDK's async streaming client.

    Subclasses set ``name`` and implement ``_open``, ``_translate`` and ``_parser``, and
    ``_close_client``.
    """

    name: str

    async def _open(self, request: LLMRequest) -> _SDKStream:
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
        try:
            with self._deadline(request, deadline, "open"):
                sdk_stream = await self._open(request)
        except ProviderError:
            raise
        except Exception as exc:
            error = self._translate(exc, "open")
            if error is None:
                raise
            raise error from exc
        events = self._events(request, sdk_stream, deadline)
        try:
            yield events
        finally:
            # Close now, even when cancelled: the server must see the connection end.
            with anyio.CancelScope(shield=True):
                await events.aclose()
                await _close_sdk_stream(sdk_stream)

    def _deadline(self, request: LLMRequest, deadline: float, phase: Phase) -> _Deadline:
        return _Deadline(self.name, request, deadline, phase)

    async def _events(
        self, request: LLMRequest, sdk_stream: _SDKStream, deadline: float
    ) -> AsyncGenerator[StreamEvent, None]:
        parser = self._parser(request)
        while True:
            try:
                with self._deadline(request, deadline, "stream"):
                    item = await sdk_stream.__anext__()
            except StopAsyncIteration:
                break
            except ProviderError:
                raise
            except ValueError as exc:  # json.JSONDecodeError from the SDK's sse.json()
                raise malformed(self.name, exc) from exc
            except Exception as exc:
                error = self._translate(exc, "stream")
                if error is None:
                    raise
                raise error from exc
            for event in parser.feed(item):
                yield event
        for event in parser.finish():
            yield event


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


async def _close_sdk_stream(sdk_stream: _SDKStream) -> None:
    """Close the HTTP response and the SDK's own event generator.

    ``close()`` closes the response; the SDK's inner async generator (``_iterator``) would
    otherwise be left for garbage collection, whose finaliser is backend specific (and warns on
    trio), so it is closed here too.
    """
    try:
        await sdk_stream.close()
    finally:
        inner = getattr(sdk_stream, "_iterator", None)
        if inner is not None and hasattr(inner, "aclose"):
            try:
                await inner.aclose()
            except Exception:
                pass  # it already failed and was reported through iteration
