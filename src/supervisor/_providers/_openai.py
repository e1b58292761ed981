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

import dataclasses
import json
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import openai

from policies import web_searches

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
    reasoning_effort,
)
from ._common import (
    OPENAI_BASE_URL_HINT,
    Phase,
    ReasoningEstimate,
    SDKStreamProvider,
    interrupted,
    malformed_shape,
    name_field,
    redact,
    redact_url,
    resolve_api_key,
    status_error,
    stream_error,
    text_field,
    token_count,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from contextlib import AbstractAsyncContextManager

    from ._common import _StreamedResponse

__all__ = ["OpenAIChatProvider", "OpenAIResponsesProvider"]

_CHAT_FINISH: dict[str, FinishReason] = {
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool_calls",
    "function_call": "tool_calls",
    "content_filter": "content_filter",
}

_INCOMPLETE: dict[str, FinishReason] = {
    "max_output_tokens": "length",
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
            f"{type(self).__name__}(name={self.name!r}, base_url={redact_url(self.base_url)}, "
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
            raw = exc.body
            if isinstance(raw, list) and raw and isinstance(raw[0], dict):
                # Google's OpenAI-compatible endpoint wraps its error in a list:
                # [{"error": {"code": 400, "message": ..., "status": "INVALID_ARGUMENT"}}].
                raw = raw[0].get("error", raw[0])
            body = raw if isinstance(raw, dict) else {}
            error_type = body.get("type") or body.get("status") or body.get("code")
            detail = body.get("message") or exc.message
            if isinstance(exc.body, str) and exc.body.strip():
                # The error as a plain string: LM Studio's and Ollama's native {"error": "..."},
                # or a proxy's text body. The SDK's message is then only "Error code: N".
                # Quoted whole: status_error cuts it, and marks the cut ("...") so that a key
                # echoed across it is still found (see _forget_key).
                detail = exc.body.strip()
            return status_error(
                self.name,
                exc.status_code,
                dict(exc.response.headers),
                str(detail),
                str(error_type) if error_type else None,
                url=str(exc.response.request.url),
                base_url_hint=OPENAI_BASE_URL_HINT,
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
        return None


class OpenAIChatProvider(_OpenAIBase):
    """OpenAI Chat Completions streaming (and any compatible server through ``base_url``).

    Emits ``TextDelta`` per content delta, ``ToolCallDelta`` per argument fragment (joined per
    index into a ``ToolCall`` each, passed on as soon as the call is complete: when the next
    call starts, its arguments being a whole JSON object, or at the ``finish_reason``; so a
    stream cut later still hands it on), ``UsageReport(final=True)`` from the final usage chunk
    (a running count on a chunk before the finish is ``final=False``), and ``Finished`` last. A
    stream cut before the final usage chunk reports no usage; one that ends before any ``finish_reason`` raises ``StreamInterrupted``. Reasoning
    deltas (``reasoning_content`` or ``reasoning``) are never text; while a model reasons, each
    delta brings an interim ``UsageReport`` estimating the output so far, reasoning included.
    A ``refusal`` delta (structured outputs) is text too, and the call finishes as ``refusal``.
    A server that rejects ``stream_options`` (HTTP 400 naming it) is asked again without it, once
    per provider; its calls then report no usage. ``LLMRequest.reasoning`` is sent as
    ``reasoning_effort`` (a thinking budget becomes the nearest effort level below it, see
    ``Reasoning``); reasoning tokens count inside the output cap.

    Args:
        name: The provider's name in model refs and errors (``"openai"``, ``"local"``, ...).
        api_key: A key from a config file; prefer ``api_key_env``. Never logged or shown.
        api_key_env: The environment variable holding the key.
        base_url: The server, e.g. ``"http://localhost:11434/v1"`` for Ollama.
        require_key: Whether a missing key is a configuration error (``False`` for local
            servers).
        max_tokens_param: The request field that caps the output: OpenAI's own API takes
            ``max_completion_tokens`` (its reasoning models refuse ``max_tokens``); local and
            other compatible servers know ``max_tokens``. The default follows ``base_url``.

    Raises:
        ProviderConfigError: ``require_key`` and no key was found.
    """

    def __init__(self, *, max_tokens_param: str | None = None, **options: Any) -> None:
        super().__init__(**options)
        if max_tokens_param is None:
            base_url = self.base_url
            host = (urlsplit(base_url).hostname or "") if base_url else "api.openai.com"
            openai_own = host == "openai.com" or host.endswith((".openai.com", ".openai.azure.com"))
            max_tokens_param = "max_completion_tokens" if openai_own else "max_tokens"
        self.max_tokens_param = max_tokens_param
        # Whether to ask for the usage chunk; False once the server refused stream_options.
        self._include_usage = True

    def _open(self, request: LLMRequest) -> AbstractAsyncContextManager[_StreamedResponse]:
        return self._open_negotiated(request)

    @asynccontextmanager
    async def _open_negotiated(self, request: LLMRequest) -> AsyncIterator[_StreamedResponse]:
        """Open the call; a server that refuses ``stream_options`` is asked again without it.

        Some compatible servers and gateways (older vLLM, Ollama and Azure API versions, some
        proxies) reject the field with HTTP 400. That request was refused before anything ran,
        so this is not a retry of a call: the same call is sent in the form the server takes,
        and the provider remembers it. Such a server reports no usage; the governor settles its
        calls at the counted estimate.
        """
        include_usage = self._include_usage
        opener = self._create(request, include_usage=include_usage)
        try:
            streamed = await opener.__aenter__()
        except openai.APIStatusError as exc:
            if not (include_usage and _rejects_stream_options(exc)):
                raise
            self._include_usage = False
            opener = self._create(request, include_usage=False)
            streamed = await opener.__aenter__()
        try:
            yield streamed
        finally:
            await opener.__aexit__(None, None, None)

    def _create(
        self, request: LLMRequest, *, include_usage: bool
    ) -> AbstractAsyncContextManager[_StreamedResponse]:
        params: dict[str, Any] = {
            "model": request.model,
            "messages": _without_thinking(request.messages),
            self.max_tokens_param: request.max_tokens,
            "stream": True,
            "timeout": request.timeout,
        }
        if include_usage:
            params["stream_options"] = {"include_usage": True}
        if request.tools:
            params["tools"] = request.tools
        if request.temperature is not None:
            params["temperature"] = request.temperature
        if request.reasoning:
            params["reasoning_effort"] = reasoning_effort(request.reasoning)
        return self._client.chat.completions.with_streaming_response.create(**params)

    def _parser(self, request: LLMRequest) -> _ChatParser:
        return _ChatParser(self.name)


def _content_parts(parts: list[Any]) -> tuple[str, str]:
    """The answer text and the reasoning in ``content`` given as parts, as Mistral's Magistral
    models stream it: ``[{"type": "thinking", "thinking": [{"type": "text", "text": ...}]}]``
    for reasoning, ``[{"type": "text", "text": ...}]`` for the answer."""
    text: list[str] = []
    thought: list[str] = []
    for part in parts:
        if isinstance(part, str):
            text.append(part)
        elif isinstance(part, dict):
            if part.get("type") == "thinking":
                inner = part.get("thinking")
                if isinstance(inner, str):
                    thought.append(inner)
                elif isinstance(inner, list):
                    thought.extend(
                        str(p.get("text") or "") if isinstance(p, dict) else str(p) for p in inner
                    )
            elif isinstance(part.get("text"), str):
                text.append(part["text"])
    return "".join(text), "".join(thought)


class _ChatParser:
    def __init__(self, provider: str) -> None:
        self._provider = provider
        self._tools = _ToolCallAssembler()
        # The server's tool-call index -> ours. They differ where a server numbers the calls
        # wrongly: Ollama sent no index at all (before 0.4.7), and sends index 0 for every call
        # of a turn where a model has no tool parser of its own.
        self._slots: dict[int, int] = {}
        self._finish: str | None = None
        # Reasoning deltas (``reasoning_content``: DeepSeek, llama.cpp, older vLLM; ``reasoning``:
        # newer vLLM, Ollama, OpenRouter) are billed as output but are not answer text.
        self._reasoning = ReasoningEstimate()
        self._refused = False
        self._usage: UsageReport | None = None  # the server's latest count
        # Calls are handed on (ToolCall) as soon as they are complete, so that a stream cut
        # later still gives them to the agent. Invariant: the calls handed on are the first
        # ``_handed`` slots, in order (slots are numbered in first-seen order), so the uncut
        # result is the same calls in the same order, each once.
        self._current = -1  # the slot the latest tool-call fragment was for
        self._handed = 0
        self._interleaved = False  # a fragment went back to an earlier call: none ends early
        self.done = False
        self.complete = False

    def _slot(self, call: dict[str, Any], call_id: str | None, name: str | None) -> int:
        """Our index for a tool-call fragment.

        A fragment that carries an id and a name starts a call. When the server's index (or the
        missing index) already holds a call with another id, it is a new call, not more of that
        one; a fragment without an index and without a new call's id continues the latest call.
        """
        tools = self._tools
        raw = call.get("index")
        starts = bool(call_id and name)
        if isinstance(raw, int) and not isinstance(raw, bool):
            slot = self._slots.get(raw)
            if slot is not None:
                known = tools.ids.get(slot)
                if not (starts and known and known != call_id):
                    return slot
            slot = len(tools.order)
            self._slots[raw] = slot
            return slot
        if call_id:
            for slot, known in tools.ids.items():
                if known == call_id:
                    return slot
        if starts or not tools.order:
            return len(tools.order)
        return tools.order[-1]

    def feed(self, event: str | None, chunk: Any) -> list[StreamEvent]:
        if chunk is None:  # data: [DONE]
            self.done = True
            return []
        if not isinstance(chunk, dict):
            raise malformed_shape(self._provider, chunk)
        error = chunk.get("error")
        if event == "error" and not error:
            error = chunk  # named by the event line, with a bare payload
        if error:
            # An error payload on a data line, as OpenAI and compatible servers send mid-stream.
            error = error if isinstance(error, dict) else {"message": str(error)}
            raise stream_error(
                self._provider,
                str(error.get("type") or error.get("code") or "server_error"),
                str(error.get("message", "")),
                status=error.get("code"),
            )
        events: list[StreamEvent] = []
        for choice in chunk.get("choices") or ():
            if choice.get("index", 0):
                continue  # n > 1 is not supported; only the first choice is streamed
            delta = choice.get("delta") or {}
            reasoning = delta.get("reasoning_content") or delta.get("reasoning")
            content = delta.get("content")
            if isinstance(content, list):
                content, thought = _content_parts(content)
                reasoning = reasoning if isinstance(reasoning, str) and reasoning else thought
            content = text_field("delta.content", content)
            if isinstance(reasoning, str) and reasoning:
                self._reasoning.reasoning(reasoning)
            refusal = delta.get("refusal")
            if isinstance(refusal, str) and refusal:
                # A refusal (structured outputs) streams in its own field, not in content: it
                # is the answer the agent gets, and the call finishes as a refusal.
                self._refused = True
                content = (content or "") + refusal
            if content:
                events.append(TextDelta(content))
                self._reasoning.text(content)
            if self._reasoning.active and (reasoning or content) and self._usage is None:
                events.append(self._reasoning.report())
            for call in delta.get("tool_calls") or ():
                function = call.get("function") or {}
                name = name_field("function.name", function.get("name"))
                arguments = function.get("arguments") or ""
                if not isinstance(arguments, str):
                    # Some compatible servers send the arguments as a JSON object, not text.
                    arguments = json.dumps(arguments)
                call_id = name_field("tool_calls.id", call.get("id")) or None
                index = self._slot(call, call_id, name)
                if index != self._current:  # (one comparison a fragment: the common case)
                    self._next_call(index, events)
                self._tools.add(index, call_id, name, arguments)
                events.append(ToolCallDelta(index, call_id, name, arguments))
            if choice.get("finish_reason"):
                self._finish = choice["finish_reason"]
                self._hand_on(len(self._tools.order), events)  # every call is complete
        usage = chunk.get("usage")
        if usage:
            details = usage.get("prompt_tokens_details") or {}
            # The closing count comes on a chunk with no choices (OpenAI's include_usage) or
            # on the finishing chunk (llama.cpp, DeepSeek, Mistral). Some servers (vLLM's
            # continuous_usage_stats, KubeAI, newer llama.cpp) also put a running count on
            # every chunk: those are interim, or a cut stream would settle as complete.
            prompt = token_count(usage.get("prompt_tokens"))
            # DeepSeek counts its cache reads in its own field (prompt_cache_hit_tokens, part of
            # prompt_tokens); it may send OpenAI's cached_tokens beside it, as 0.
            cached = max(
                token_count(details.get("cached_tokens")),
                token_count(usage.get("prompt_cache_hit_tokens")),
            )
            report = UsageReport(
                input_tokens=prompt,
                output_tokens=token_count(usage.get("completion_tokens")),
                cached_input_tokens=min(cached, prompt),
                final=not chunk.get("choices") or self._finish is not None,
            )
            self._usage = report
            events.append(report)
            if self._finish is not None and not chunk.get("choices"):
                # The closing count, after the finish: nothing more is needed. [DONE] is still
                # read (so the connection goes back to the pool), but a server that never sends
                # it, stalls or drops the connection cannot fail a finished answer.
                self.complete = True
        return events

    def _next_call(self, index: int, events: list[StreamEvent]) -> None:
        """A fragment for another call than the last one: the last one is complete when this
        one is a new call after it (as the OpenAI SDK's stream helper decides), unless the
        server went back to an earlier call before (it interleaves calls: each is complete
        only at the finish)."""
        if index < self._current:
            self._interleaved = True
            return
        previous, self._current = self._current, index
        if self._interleaved or previous != self._handed:
            return  # an earlier call is still held: the calls are handed on in order
        # A call whose arguments are not yet a whole JSON object may still be streaming from a
        # server that sends every call's head before any arguments (no fragment can extend a
        # whole object into another): it waits for the finish. (Once a call, not a chunk.)
        try:
            whole = isinstance(json.loads("".join(self._tools.arguments[previous])), dict)
        except ValueError:
            return
        if whole:
            self._hand_on(index, events)

    def _hand_on(self, end: int, events: list[StreamEvent]) -> None:
        """Hand on the calls of the slots before ``end`` not handed on yet."""
        events.extend(self._tools.call(slot) for slot in self._tools.order[self._handed : end])
        self._handed = max(self._handed, end)

    def finish(self) -> list[StreamEvent]:
        if self._finish is None:
            raise interrupted(self._provider, "any finish_reason")
        events: list[StreamEvent] = []
        # The calls not handed on yet: only those started after the finish (a broken server).
        self._hand_on(len(self._tools.order), events)
        if self._usage is not None and not self._usage.final:
            # The stream finished after a running count and no closing one: that count was
            # the last, so it is the call's usage.
            events.append(dataclasses.replace(self._usage, final=True))
        reason: FinishReason = (
            "refusal" if self._refused else _CHAT_FINISH.get(self._finish, "other")
        )
        if reason == "stop" and self._tools.order:
            # Ollama before 0.4.7, and vLLM when tool_choice names a tool or is "required",
            # finish a turn of tool calls with "stop": the calls are what the model asked for.
            reason = "tool_calls"
        events.append(Finished(reason, raw_reason=self._finish))
        return events


class OpenAIResponsesProvider(_OpenAIBase):
    """OpenAI Responses API streaming.

    Emits ``TextDelta`` for ``response.output_text.delta``, ``ToolCallDelta`` for function-call
    argument deltas (``index`` is the output index; ``id`` is the ``call_id``), the assembled
    ``ToolCall`` values (each passed on at its ``response.function_call_arguments.done`` or
    ``response.output_item.done``, so a stream cut later still hands it on, and in order: not
    before the calls ahead of it), ``UsageReport(final=True)`` from the terminal
    ``response.completed`` (or ``response.incomplete``), then ``Finished``.
    ``response.refusal.delta`` is text, and the call then finishes as ``refusal``. Reasoning deltas (``response.reasoning_text.delta``,
    ``response.reasoning_summary_text.delta``) are never text; each brings an interim
    ``UsageReport`` estimating the output so far. ``error`` and ``response.failed`` events raise
    ``ProviderStreamError``. ``LLMRequest.reasoning`` is sent as ``reasoning.effort``.
    Arguments are as for :class:`OpenAIChatProvider`.
    """

    def _open(self, request: LLMRequest) -> AbstractAsyncContextManager[_StreamedResponse]:
        params: dict[str, Any] = {
            "model": request.model,
            "input": to_responses_input(request.messages),
            "max_output_tokens": request.max_tokens,
            "stream": True,
            "timeout": request.timeout,
        }
        if request.tools:
            params["tools"] = [_responses_tool(tool) for tool in request.tools]
            searches = web_searches(request.tools)
            if searches:
                # The web search tool takes no max_uses: the whole response's built-in tool
                # calls are bounded instead, to the searches its worst case was reserved for.
                params["max_tool_calls"] = searches
        if request.temperature is not None:
            params["temperature"] = request.temperature
        if request.reasoning:
            params["reasoning"] = {"effort": reasoning_effort(request.reasoning)}
        return self._client.responses.with_streaming_response.create(**params)

    def _parser(self, request: LLMRequest) -> _ResponsesParser:
        return _ResponsesParser(self.name)


def _rejects_stream_options(exc: openai.APIStatusError) -> bool:
    """Whether an error status says the server does not take ``stream_options``."""
    if exc.status_code not in (400, 422):
        return False
    return "stream_options" in f"{exc.message} {exc.body}"


def _without_thinking(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``messages`` without Claude's ``thinking_blocks`` (``LLMResult.as_message`` adds them to
    a tool-use turn), which Chat Completions does not take."""
    if not any("thinking_blocks" in message for message in messages):
        return messages
    return [
        {k: v for k, v in message.items() if k != "thinking_blocks"}
        if "thinking_blocks" in message
        else message
        for message in messages
    ]


def to_responses_input(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Chat Completions messages as Responses API input items.

    The Responses API takes plain ``{role, content}`` messages, but not Chat's tool turns nor
    its content parts: an assistant message's ``tool_calls`` become ``function_call`` items, a
    ``tool`` message a ``function_call_output``, and ``text`` / ``image_url`` parts become
    ``input_text`` / ``input_image`` (``output_text`` for the assistant). Items already in the
    Responses form pass through.
    """
    items: list[dict[str, Any]] = []
    for message in messages:
        role = message.get("role")
        if role is None:  # a Responses item (function_call, reasoning, ...): as it is
            items.append(message)
            continue
        content = message.get("content")
        if role == "tool":
            output = content if isinstance(content, str) else json.dumps(content)
            call_id = message.get("tool_call_id", "")
            items.append({"type": "function_call_output", "call_id": call_id, "output": output})
            continue
        if isinstance(content, list):
            content = [_responses_part(part, role) for part in content]
        calls = message.get("tool_calls") if role == "assistant" else None
        if content or not calls:
            items.append({"role": role, "content": content if content is not None else ""})
        for call in calls or ():
            function = call.get("function") or {}
            arguments = function.get("arguments")
            items.append(
                {
                    "type": "function_call",
                    "call_id": call.get("id", ""),
                    "name": function.get("name", ""),
                    "arguments": arguments if isinstance(arguments, str) else json.dumps(arguments),
                }
            )
    return items


def _responses_part(part: Any, role: str) -> Any:
    if not isinstance(part, dict):
        return part
    kind = part.get("type")
    if kind == "text":
        return {
            "type": "output_text" if role == "assistant" else "input_text",
            "text": part["text"],
        }
    if kind == "image_url":
        image = part.get("image_url")
        url = image.get("url", "") if isinstance(image, dict) else str(image or "")
        converted = {"type": "input_image", "image_url": url}
        if isinstance(image, dict) and image.get("detail"):
            converted["detail"] = image["detail"]
        return converted
    return part


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
        # Calls are handed on (ToolCall) when their arguments are done, so that a stream cut
        # later still gives them to the agent. Invariant: the calls handed on are the first
        # ``_handed`` of ``_tools.order``, so the uncut result is the same calls in the same
        # order, each once; a call done before an earlier one waits for it (in ``_whole``).
        self._whole: set[int] = set()
        self._handed = 0
        self._done: Finished | None = None
        self._searches = 0  # web_search_call items: each search is billed
        self._reasoning = ReasoningEstimate()
        self._refused = False
        self.done = False
        self.complete = False  # only response.completed (or .incomplete) ends it

    def feed(self, name: str | None, event: Any) -> list[StreamEvent]:
        if not isinstance(event, dict):
            raise malformed_shape(self._provider, event)
        kind = event.get("type", name)
        if kind in ("response.output_text.delta", "response.refusal.delta"):
            delta = event.get("delta")
            if not isinstance(delta, str) or not delta:
                return []
            if kind == "response.refusal.delta":
                # The model refused: its refusal is the answer text, and the call a refusal.
                self._refused = True
            self._reasoning.text(delta)
            if self._reasoning.active:
                return [TextDelta(delta), self._reasoning.report(self._searches)]
            return [TextDelta(delta)]
        if kind in ("response.reasoning_text.delta", "response.reasoning_summary_text.delta"):
            # Reasoning is billed output, never answer text. Raw reasoning text streams from
            # open-weight models (gpt-oss on vLLM, Ollama); OpenAI's own models stream only a
            # summary, shorter than what they billed, so it counts as a floor.
            delta = event.get("delta")
            if not isinstance(delta, str) or not delta:
                return []
            self._reasoning.reasoning(delta)
            return [self._reasoning.report(self._searches)]
        if kind == "response.output_item.added":
            item = event.get("item") or {}
            if item.get("type") == "function_call":
                index = int(event.get("output_index", 0))
                arguments = item.get("arguments")
                if isinstance(arguments, dict):  # as some compatible servers send them
                    arguments = json.dumps(arguments)
                arguments = text_field("item.arguments", arguments)
                call_id = name_field("item.call_id", item.get("call_id"))
                name = name_field("item.name", item.get("name"))
                self._tools.add(index, call_id, name, arguments)
                return [ToolCallDelta(index, call_id, name, arguments)]
            if item.get("type") == "web_search_call":
                self._searches += 1
                # Counted as it starts, so a call cut after a search still pays for it.
                return [self._reasoning.report(self._searches)]
            return []
        if kind == "response.function_call_arguments.delta":
            index = int(event.get("output_index", 0))
            delta = text_field("delta", event.get("delta"))
            self._tools.add(index, None, None, delta)
            return [ToolCallDelta(index, None, None, delta)]
        if kind == "response.function_call_arguments.done":
            index = int(event.get("output_index", 0))
            final = event.get("arguments")
            events = self._arguments_done(index, final)
            if isinstance(final, str):
                self._call_done(index, events)
            return events
        if kind == "response.output_item.done":
            item = event.get("item") or {}
            if item.get("type") == "function_call":
                index = int(event.get("output_index", 0))
                events = self._arguments_done(index, item.get("arguments"))
                self._call_done(index, events)
                return events
            return []
        if kind in ("response.completed", "response.incomplete"):
            return self._terminal(event.get("response") or {}, kind)
        if kind == "response.failed":
            error = (event.get("response") or {}).get("error") or {}
            if not isinstance(error, dict):  # a proxy's error given as a plain string
                error = {"message": str(error)}
            raise stream_error(
                self._provider,
                str(error.get("code") or "server_error"),
                str(error.get("message") or "the response failed"),
            )
        if kind == "error":
            raise stream_error(
                self._provider,
                str(event.get("code") or "server_error"),
                str(event.get("message", "")),
            )
        return []

    def _arguments_done(self, index: int, final: Any) -> list[StreamEvent]:
        """The complete arguments of a function call, which win over its fragments.

        Some models (gpt-5.3-codex-spark) and compatible servers stream no argument deltas and
        give the arguments only here: what the fragments lack is added (and streamed as one more
        fragment); fragments that disagree with it are replaced.
        """
        if not isinstance(final, str) or index not in self._tools.arguments:
            return []
        if index in self._whole:
            return []  # done already (both done events came), perhaps handed on
        streamed = "".join(self._tools.arguments[index])
        if final == streamed:
            return []
        if final.startswith(streamed):
            rest = final[len(streamed) :]
            self._tools.add(index, None, None, rest)
            return [ToolCallDelta(index, None, None, rest)]
        self._tools.arguments[index] = [final]
        return []

    def _call_done(self, index: int, events: list[StreamEvent]) -> None:
        """The call at ``index`` is complete: hand it on, and the calls after it that were
        done before it, once every call before it is handed on."""
        if index not in self._tools.arguments or index in self._whole:
            return
        self._whole.add(index)
        order = self._tools.order
        while self._handed < len(order) and order[self._handed] in self._whole:
            events.append(self._tools.call(order[self._handed]))
            self._handed += 1

    def _terminal(self, response: dict[str, Any], kind: str) -> list[StreamEvent]:
        events: list[StreamEvent] = []
        usage = response.get("usage")
        if usage:
            details = usage.get("input_tokens_details") or {}
            events.append(
                UsageReport(
                    input_tokens=token_count(usage.get("input_tokens")),
                    output_tokens=token_count(usage.get("output_tokens")),
                    cached_input_tokens=token_count(details.get("cached_tokens")),
                    final=True,
                    web_searches=self._searches,
                )
            )
        if kind == "response.completed":
            reason: FinishReason = (
                "refusal" if self._refused else "tool_calls" if self._tools.order else "stop"
            )
            self._done = Finished(reason, raw_reason="completed")
            self.done = True
        else:
            raw = str((response.get("incomplete_details") or {}).get("reason") or "incomplete")
            self._done = Finished(_INCOMPLETE.get(raw, "other"), raw_reason=raw)
            self.done = True
        return events

    def finish(self) -> list[StreamEvent]:
        if self._done is None:
            raise interrupted(self._provider, "response.completed")
        # The calls not handed on yet: those with no done event, and any after them.
        events: list[StreamEvent] = [
            self._tools.call(index) for index in self._tools.order[self._handed :]
        ]
        events.append(self._done)
        return events
