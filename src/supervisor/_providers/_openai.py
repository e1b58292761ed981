"""OpenAI providers over the official ``openai`` SDK: Chat Completions and the Responses API.

:class:`OpenAIChatProvider` speaks Chat Completions streaming with
``stream_options={"include_usage": True}``; through ``base_url`` it also covers vLLM, llama.cpp's
server, Ollama and other compatible servers (kind ``local``, where no key is needed).
:class:`OpenAIResponsesProvider` speaks the Responses API (``response.*`` events, usage on the
terminal ``response.completed``).

The SDK client is built with ``max_retries=0`` (retrying is the governor's policy, not the
client's) and is closed explicitly by :meth:`aclose`: the SDK's garbage-collection close is
asyncio-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import openai

from ._base import (
    Finished,
    FinishReason,
    LLMRequest,
    ProviderConnectError,
    ProviderError,
    ProviderTimeout,
    StreamEvent,
    TextDelta,
    ToolCallDelta,
    UsageReport,
    _ToolCallAssembler,
)
from ._common import (
    Phase,
    SDKStreamProvider,
    interrupted,
    redact,
    resolve_api_key,
    status_error,
    stream_error,
)

if TYPE_CHECKING:
    from ._common import _SDKStream

__all__ = ["OpenAIChatProvider", "OpenAIResponsesProvider"]

_CHAT_FINISH: dict[str, FinishReason] = {
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool_calls",
    "function_call": "tool_calls",
    "content_filter": "content_filter",
}

_NO_KEY = "not-needed"  # local servers ignore the key, but the SDK insists on one


class _OpenAIBase(SDKStreamProvider):
    def __init__(
        self,
        *,
        name: str = "openai",
        api_key: str | None = None,
        api_key_env: str | None = "OPENAI_API_KEY",
        base_url: str | None = None,
        require_key: bool = True,
    ) -> None:
        self.name = name
        self.base_url = base_url
        self._api_key_env = api_key_env
        key = resolve_api_key(name, api_key, api_key_env, required=require_key)
        self._has_key = key is not None
        self._client = openai.AsyncOpenAI(
            api_key=key or _NO_KEY,
            base_url=base_url,
            max_retries=0,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(name={self.name!r}, base_url={self.base_url!r}, "
            f"api_key_env={self._api_key_env!r}, api_key={redact('x' if self._has_key else None)})"
        )

    async def _close_client(self) -> None:
        await self._client.close()

    def _translate(self, exc: Exception, phase: Phase) -> ProviderError | None:
        if isinstance(exc, openai.APITimeoutError):
            return ProviderTimeout(
                f"The {self.name} HTTP client timed out ({exc}); retry, or raise "
                "LLMRequest.timeout.",
                kind="call",
                provider=self.name,
            )
        if isinstance(exc, openai.APIStatusError):
            body = exc.body if isinstance(exc.body, dict) else {}
            error_type = body.get("type") or body.get("code")
            detail = body.get("message") or exc.message
            return status_error(
                self.name,
                exc.status_code,
                dict(exc.response.headers),
                str(detail),
                str(error_type) if error_type else None,
            )
        if isinstance(exc, openai.APIConnectionError):
            if phase == "stream":
                return interrupted(self.name, "its final event")
            where = self.base_url or "the default OpenAI endpoint"
            return ProviderConnectError(
                f"Could not connect to {self.name} at {where} ({exc.__cause__ or exc}); check "
                "base_url, that the server is running and the network.",
                provider=self.name,
            )
        if isinstance(exc, openai.APIError):
            # An error payload inside the stream (``{"error": {...}}`` on a data line).
            body = exc.body if isinstance(exc.body, dict) else {}
            error_type = str(body.get("type") or body.get("code") or "api_error")
            return stream_error(self.name, error_type, exc.message)
        return None


class OpenAIChatProvider(_OpenAIBase):
    """OpenAI Chat Completions streaming (and any compatible server through ``base_url``).

    Emits ``TextDelta`` per content delta, ``ToolCallDelta`` per argument fragment (joined per
    index into a ``ToolCall`` each before the end), ``UsageReport(final=True)`` from the final
    usage chunk, and ``Finished`` last. A stream cut before the final usage chunk reports no
    usage; one that ends before any ``finish_reason`` raises ``StreamInterrupted``.

    Args:
        name: The provider's name in model refs and errors (``"openai"``, ``"local"``, ...).
        api_key: A key from a config file; prefer ``api_key_env``. Never logged or shown.
        api_key_env: The environment variable holding the key.
        base_url: The server, e.g. ``"http://localhost:11434/v1"`` for Ollama.
        require_key: Whether a missing key is a configuration error (``False`` for local
            servers).

    Raises:
        ProviderConfigError: ``require_key`` and no key was found.
    """

    async def _open(self, request: LLMRequest) -> _SDKStream:
        params: dict[str, Any] = {
            "model": request.model,
            "messages": request.messages,
            "max_tokens": request.max_tokens,
            "stream": True,
            "stream_options": {"include_usage": True},
            "timeout": request.timeout,
        }
        if request.tools:
            params["tools"] = request.tools
        if request.temperature is not None:
            params["temperature"] = request.temperature
        stream: _SDKStream = await self._client.chat.completions.create(**params)
        return stream

    def _parser(self, request: LLMRequest) -> _ChatParser:
        return _ChatParser(self.name)


class _ChatParser:
    def __init__(self, provider: str) -> None:
        self._provider = provider
        self._tools = _ToolCallAssembler()
        self._finish: str | None = None

    def feed(self, chunk: Any) -> list[StreamEvent]:
        events: list[StreamEvent] = []
        for choice in chunk.choices or ():
            if getattr(choice, "index", 0):
                continue  # n > 1 is not supported; only the first choice is streamed
            delta = choice.delta
            if delta is not None:
                content = getattr(delta, "content", None)
                if content:
                    events.append(TextDelta(content))
                for call in getattr(delta, "tool_calls", None) or ():
                    function = getattr(call, "function", None)
                    name = getattr(function, "name", None) if function is not None else None
                    arguments = (
                        getattr(function, "arguments", None) or "" if function is not None else ""
                    )
                    index = call.index if call.index is not None else 0
                    self._tools.add(index, call.id, name, arguments)
                    events.append(ToolCallDelta(index, call.id, name, arguments))
            if choice.finish_reason:
                self._finish = choice.finish_reason
        usage = getattr(chunk, "usage", None)
        if usage is not None:
            details = getattr(usage, "prompt_tokens_details", None)
            cached = getattr(details, "cached_tokens", None) if details is not None else None
            events.append(
                UsageReport(
                    input_tokens=usage.prompt_tokens or 0,
                    output_tokens=usage.completion_tokens or 0,
                    cached_input_tokens=cached or 0,
                    final=True,
                )
            )
        return events

    def finish(self) -> list[StreamEvent]:
        if self._finish is None:
            raise interrupted(self._provider, "any finish_reason")
        events: list[StreamEvent] = list(self._tools.calls())
        events.append(Finished(_CHAT_FINISH.get(self._finish, "other"), raw_reason=self._finish))
        return events


class OpenAIResponsesProvider(_OpenAIBase):
    """OpenAI Responses API streaming.

    Emits ``TextDelta`` for ``response.output_text.delta``, ``ToolCallDelta`` for function-call
    argument deltas (``index`` is the output index; ``id`` is the ``call_id``), the assembled
    ``ToolCall`` values, ``UsageReport(final=True)`` from the terminal ``response.completed`` (or
    ``response.incomplete``), then ``Finished``. ``error`` and ``response.failed`` events raise
    ``ProviderStreamError``. Arguments are as for :class:`OpenAIChatProvider`.
    """

    async def _open(self, request: LLMRequest) -> _SDKStream:
        params: dict[str, Any] = {
            "model": request.model,
            "input": request.messages,
            "max_output_tokens": request.max_tokens,
            "stream": True,
            "timeout": request.timeout,
        }
        if request.tools:
            params["tools"] = [_responses_tool(tool) for tool in request.tools]
        if request.temperature is not None:
            params["temperature"] = request.temperature
        stream: _SDKStream = await self._client.responses.create(**params)
        return stream

    def _parser(self, request: LLMRequest) -> _ResponsesParser:
        return _ResponsesParser(self.name)


def _responses_tool(tool: dict[str, Any]) -> dict[str, Any]:
    """Chat-style ``{"type": "function", "function": {...}}`` to the Responses' flat form."""
    function = tool.get("function")
    if tool.get("type") == "function" and isinstance(function, dict):
        return {"type": "function", **function}
    return tool


class _ResponsesParser:
    def __init__(self, provider: str) -> None:
        self._provider = provider
        self._tools = _ToolCallAssembler()
        self._announced: set[int] = set()
        self._done: Finished | None = None

    def feed(self, event: Any) -> list[StreamEvent]:
        kind = getattr(event, "type", None)
        if kind == "response.output_text.delta":
            return [TextDelta(event.delta)] if event.delta else []
        if kind == "response.output_item.added":
            item = event.item
            if getattr(item, "type", None) == "function_call":
                index = int(event.output_index)
                self._announced.add(index)
                arguments = getattr(item, "arguments", None) or ""
                self._tools.add(index, item.call_id, item.name, arguments)
                return [ToolCallDelta(index, item.call_id, item.name, arguments)]
            return []
        if kind == "response.function_call_arguments.delta":
            index = int(event.output_index)
            self._tools.add(index, None, None, event.delta)
            return [ToolCallDelta(index, None, None, event.delta)]
        if kind in ("response.completed", "response.incomplete"):
            return self._terminal(event.response, kind)
        if kind == "response.failed":
            error = getattr(event.response, "error", None)
            code = str(getattr(error, "code", None) or "server_error")
            message = str(getattr(error, "message", None) or "the response failed")
            raise stream_error(self._provider, code, message)
        if kind == "error":
            code = str(getattr(event, "code", None) or "server_error")
            raise stream_error(self._provider, code, str(getattr(event, "message", "")))
        return []

    def _terminal(self, response: Any, kind: str) -> list[StreamEvent]:
        events: list[StreamEvent] = []
        usage = getattr(response, "usage", None)
        if usage is not None:
            details = getattr(usage, "input_tokens_details", None)
            cached = getattr(details, "cached_tokens", None) if details is not None else None
            events.append(
                UsageReport(
                    input_tokens=usage.input_tokens or 0,
                    output_tokens=usage.output_tokens or 0,
                    cached_input_tokens=cached or 0,
                    final=True,
                )
            )
        if kind == "response.completed":
            reason: FinishReason = "tool_calls" if self._tools.order else "stop"
            self._done = Finished(reason, raw_reason="completed")
        else:
            details = getattr(response, "incomplete_details", None)
            raw = str(getattr(details, "reason", None) or "incomplete")
            mapped: FinishReason = {
                "max_output_tokens": "length",
                "content_filter": "content_filter",
            }.get(raw, "other")  # type: ignore[assignment]
            self._done = Finished(mapped, raw_reason=raw)
        return events

    def finish(self) -> list[StreamEvent]:
        if self._done is None:
            raise interrupted(self._provider, "response.completed")
        events: list[StreamEvent] = list(self._tools.calls())
        events.append(self._done)
        return events
