"""Anthropic Messages streaming over the official ``anthropic`` SDK.

Events: ``message_start`` carries the prompt usage (reported as an interim ``UsageReport``),
``content_block_delta`` carries ``text_delta`` (often several tokens) or ``input_json_delta``
fragments of a ``tool_use`` block, ``message_delta`` carries the stop reason and the
*cumulative* output usage (each replaces the last), ``ping`` is ignored, ``message_stop`` ends
the stream (the last usage is then reported as final, unless a proxy left out message_start's
or message_delta's count: then it stays interim), and ``event: error`` mid-stream (e.g.
``overloaded_error``) raises ``ProviderStreamError``. A ``tool_use`` block's call is passed on
(``ToolCall``) when the block stops, so a stream cut after it still hands it on. Some
compatible proxies give a tool's whole ``input`` on ``content_block_start`` instead of
streaming it: it is passed on at once as a ``ToolCallDelta``, so it counts live like streamed
arguments, and it is the call's arguments unless fragments stream after it.

Extended thinking (``thinking_delta``; ``redacted_thinking`` blocks have no deltas) is never
text. Its tokens are billed as output, but Anthropic's count stays at ``message_start``'s until
``message_delta``, so each thinking delta (and each text delta after one) brings an interim
``UsageReport`` whose output is at least the thinking and text estimated so far.

Server-side tools (``web_search``) run inside the call: their ``server_tool_use`` blocks (and
the query's ``input_json_delta`` fragments) are not the agent's tool calls. Each web search is
counted as its block starts (an interim ``UsageReport``), so a call cut after a search still
pays for it, and ``usage.server_tool_use.web_search_requests`` gives the provider's count. A
web search tool that sets no ``max_uses`` is sent with the governor's bound
(``policies.WEB_SEARCHES_WHEN_UNBOUNDED``), the number its worst case was reserved for; a web
fetch tool likewise gets ``max_uses`` and ``max_content_tokens``.

``LLMRequest.reasoning`` turns extended thinking on: ``thinking: {"type": "enabled",
"budget_tokens": N}`` with the budget ``reasoning_budget`` gives (an effort level's from
``EFFORT_BUDGETS``). The API rejects ``temperature`` with thinking and wants the budget below
``max_tokens`` (thinking counts inside it): either is refused with ``InvalidRequest`` before
anything is sent.

The SDK client is built with ``max_retries=0`` and closed explicitly by :meth:`aclose`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import anthropic

from policies import (
    WEB_FETCH_TOKENS_WHEN_UNBOUNDED,
    WEB_FETCHES_WHEN_UNBOUNDED,
    WEB_SEARCHES_WHEN_UNBOUNDED,
    cache_writes,
    is_web_fetch,
    is_web_search,
)

from ._base import (
    Finished,
    FinishReason,
    InvalidRequest,
    LLMRequest,
    ProviderConnectError,
    ProviderError,
    ProviderTimeout,
    StreamEvent,
    TextDelta,
    ToolCallDelta,
    UsageReport,
    _ToolCallAssembler,
    reasoning_budget,
)
from ._common import (
    ANTHROPIC_BASE_URL_HINT,
    Phase,
    ReasoningEstimate,
    SDKStreamProvider,
    TokenCountError,
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
    from contextlib import AbstractAsyncContextManager

    from ._common import _StreamedResponse

__all__ = ["AnthropicProvider", "to_anthropic_messages"]

_STOP: dict[str, FinishReason] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
    "refusal": "refusal",
    "pause_turn": "paused",
    "model_context_window_exceeded": "length",
}


#: More server-side web searches than one call runs (Anthropic's ``max_uses`` is a handful).
MAX_SEARCH_COUNT = 1_000_000


class AnthropicProvider(SDKStreamProvider):
    """Anthropic Messages streaming.

    Args:
        name: The provider's name in model refs and errors.
        api_key: A key from a config file; prefer ``api_key_env``. Never logged or shown.
        api_key_env: The environment variable holding the key.
        base_url: Another endpoint (a proxy, or the test server).

    Raises:
        ProviderConfigError: No key was found.
    """

    def __init__(
        self,
        *,
        name: str = "anthropic",
        api_key: str | None = None,
        api_key_env: str | None = "ANTHROPIC_API_KEY",
        base_url: str | None = None,
    ) -> None:
        self.name = name
        self.base_url = base_url
        self._api_key_env = api_key_env
        key = resolve_api_key(name, api_key, api_key_env, required=True)
        self._client = anthropic.AsyncAnthropic(api_key=key, base_url=base_url, max_retries=0)

    def __repr__(self) -> str:
        return (
            f"AnthropicProvider(name={self.name!r}, base_url={redact_url(self.base_url)}, "
            f"api_key_env={self._api_key_env!r}, api_key={redact('x')})"
        )

    async def _close_client(self) -> None:
        await self._client.close()

    def _open(self, request: LLMRequest) -> AbstractAsyncContextManager[_StreamedResponse]:
        system, messages = to_anthropic_messages(request.messages)
        params: dict[str, Any] = {
            "model": request.model,
            "messages": messages,
            "max_tokens": request.max_tokens,
            "stream": True,
            "timeout": request.timeout,
        }
        if system:
            params["system"] = system
        if request.tools:
            params["tools"] = [_anthropic_tool(tool) for tool in request.tools]
        if request.reasoning:
            params["thinking"] = self._thinking(request)
        elif request.temperature is not None:
            # In the body, not as a keyword: the SDK dropped its temperature keyword (2.x), and
            # create() would raise TypeError on it; the API still takes it where the model does.
            params["extra_body"] = {"temperature": request.temperature}
        return self._client.messages.with_streaming_response.create(**params)

    def _thinking(self, request: LLMRequest) -> dict[str, Any]:
        """The ``thinking`` field for ``request.reasoning``; refused (nothing sent) when the API
        would reject it or when it would not fit inside ``max_tokens``."""
        budget = reasoning_budget(request.reasoning)
        if request.temperature is not None:
            raise InvalidRequest(
                f"{self.name}: extended thinking (reasoning={request.reasoning!r}) does not take "
                f"a temperature (temperature={request.temperature!r}); leave temperature out, "
                "or ask for no reasoning. Nothing was sent.",
                provider=self.name,
            )
        if budget >= request.max_tokens:
            # Thinking counts inside max_tokens, and the API wants budget_tokens below it. A
            # governor that lowered max_tokens keeps it above the budget, so this is a
            # max_tokens set too low (by the agent or a policy's reroute rule).
            raise InvalidRequest(
                f"{self.name}: reasoning={request.reasoning!r} asks for a thinking budget of "
                f"{budget} tokens, which must be below max_tokens ({request.max_tokens}): "
                "thinking counts inside max_tokens. Raise max_tokens above the budget or ask "
                "for less reasoning. Nothing was sent.",
                provider=self.name,
            )
        return {"type": "enabled", "budget_tokens": budget}

    def _parser(self, request: LLMRequest) -> _MessagesParser:
        return _MessagesParser(self.name, cache_writes(request.messages, request.tools) == "1h")

    def _translate(self, exc: Exception, phase: Phase) -> ProviderError | None:
        if isinstance(exc, anthropic.APITimeoutError):
            return ProviderTimeout(
                f"The {self.name} HTTP client timed out ({exc}); retry, or raise "
                "LLMRequest.timeout.",
                kind="call",
                provider=self.name,
            )
        if isinstance(exc, anthropic.APIStatusError):
            error_type = exc.type
            message = exc.api_message or exc.message
            return status_error(
                self.name,
                exc.status_code,
                dict(exc.response.headers),
                str(message),
                str(error_type) if error_type else None,
                url=str(exc.response.request.url),
                base_url_hint=ANTHROPIC_BASE_URL_HINT,
            )
        if isinstance(exc, anthropic.APIConnectionError):
            if phase == "stream":
                return interrupted(self.name, "message_stop")
            where = self.base_url or "the default Anthropic endpoint"
            return ProviderConnectError(
                f"Could not connect to {self.name} at {where} ({exc.__cause__ or exc}); check "
                "base_url, that the server is running and the network.",
                provider=self.name,
            )
        return None


def _anthropic_tool(tool: dict[str, Any]) -> dict[str, Any]:
    """OpenAI function-tool form to Anthropic's ``{name, description, input_schema}``; a
    server-side web search tool gets the bound its worst case was reserved for."""
    if is_web_search(tool) and not isinstance(tool.get("max_uses"), int):
        return {**tool, "max_uses": WEB_SEARCHES_WHEN_UNBOUNDED}
    if is_web_fetch(tool):
        bounded = dict(tool)
        if not isinstance(tool.get("max_uses"), int):
            bounded["max_uses"] = WEB_FETCHES_WHEN_UNBOUNDED
        if not isinstance(tool.get("max_content_tokens"), int):
            bounded["max_content_tokens"] = WEB_FETCH_TOKENS_WHEN_UNBOUNDED
        return bounded
    function = tool.get("function")
    if tool.get("type") == "function" and isinstance(function, dict):
        converted: dict[str, Any] = {
            "name": function["name"],
            "input_schema": function.get("parameters") or {"type": "object", "properties": {}},
        }
        if function.get("description"):
            converted["description"] = function["description"]
        if tool.get("cache_control") is not None:  # a prompt-cache breakpoint after the tools
            converted["cache_control"] = tool["cache_control"]
        return converted
    return tool


def to_anthropic_messages(
    messages: list[dict[str, Any]],
) -> tuple[str | list[dict[str, Any]], list[dict[str, Any]]]:
    """Convert OpenAI-style chat messages to Anthropic's ``(system, messages)``.

    ``system`` (and OpenAI's ``developer``) messages are joined into the system prompt: a
    string, or a list of text blocks when one of them is given as blocks (which keeps their
    ``cache_control``, the usual place of a prompt-cache breakpoint); an assistant message's
    ``tool_calls`` become ``tool_use`` blocks; ``tool`` messages become ``tool_result`` blocks
    in a user turn (content given as Anthropic blocks is kept). Messages already in Anthropic
    form pass through.

    Returns:
        The system prompt (``""`` when none) and the converted messages.
    """
    system: list[str | list[Any]] = []
    converted: list[dict[str, Any]] = []
    for message in messages:
        role = message.get("role")
        content = message.get("content")
        if role in ("system", "developer"):
            # (OpenAI's "developer" messages are its reasoning models' system instructions;
            # Anthropic takes no such role and answers it with a 400.)
            system.append(content if isinstance(content, str | list) else json.dumps(content))
            continue
        if role == "tool":
            block = {
                "type": "tool_result",
                "tool_use_id": message.get("tool_call_id", ""),
                "content": content if _blocks_or_text(content) else json.dumps(content),
            }
            if (
                converted
                and converted[-1]["role"] == "user"
                and isinstance(converted[-1]["content"], list)
            ):
                converted[-1]["content"].append(block)
            else:
                converted.append({"role": "user", "content": [block]})
            continue
        if role == "assistant" and message.get("tool_calls"):
            blocks: list[dict[str, Any]] = []
            thinking = message.get("thinking_blocks")
            if isinstance(thinking, list) and not isinstance(content, list):
                # Claude's thinking before these tool calls (LLMResult.as_message): first.
                blocks.extend(b for b in thinking if isinstance(b, dict))
            if isinstance(content, list):
                # Blocks as given, in order: thinking blocks (with their signatures) must stay
                # before the tool_use blocks for the API to accept the turn.
                blocks.extend(_anthropic_part(part) for part in content)
            elif content:
                blocks.append({"type": "text", "text": content})
            for call in message["tool_calls"]:
                function = call.get("function", {})
                blocks.append(
                    {
                        "type": "tool_use",
                        "id": call.get("id", ""),
                        "name": function.get("name", ""),
                        "input": _tool_input(function.get("arguments")),
                    }
                )
            converted.append({"role": "assistant", "content": blocks})
            continue
        if isinstance(content, list):
            content = [_anthropic_part(part) for part in content]
        converted.append({"role": role, "content": content})
    if all(isinstance(part, str) for part in system):
        return "\n\n".join(str(part) for part in system), converted
    prompt: list[dict[str, Any]] = []
    for part in system:
        if isinstance(part, str):
            prompt.append({"type": "text", "text": part})
        else:
            prompt.extend(
                b if isinstance(b, dict) else {"type": "text", "text": str(b)} for b in part
            )
    return prompt, converted


def _tool_input(arguments: Any) -> Any:
    """A tool call's arguments as a ``tool_use`` block's ``input``, which must be an object.

    The model's own argument text may not be a JSON object (a truncated answer, a model's
    mistake, reported back to it by the tool layer); the turn is still handed back, so such
    text is kept under ``invalid_json`` instead of failing the next call.
    """
    if not isinstance(arguments, str):
        return arguments if arguments is not None else {}
    if not arguments.strip():
        return {}
    try:
        value = json.loads(arguments)
    except ValueError:
        return {"invalid_json": arguments}
    return value if isinstance(value, dict) else {"invalid_json": arguments}


def _anthropic_part(part: Any) -> Any:
    """An OpenAI content part in Anthropic's form (an ``image_url`` becomes an ``image`` block,
    from its data URL or its URL); other parts, Anthropic's own included, as they are."""
    if not isinstance(part, dict) or part.get("type") != "image_url":
        return part
    image = part.get("image_url")
    url = image.get("url", "") if isinstance(image, dict) else str(image or "")
    if url.startswith("data:") and ";base64," in url:
        media_type, _, data = url[len("data:") :].partition(";base64,")
        return {
            "type": "image",
            "source": {"type": "base64", "media_type": media_type, "data": data},
        }
    return {"type": "image", "source": {"type": "url", "url": url}}


#: Content blocks a tool result may hold as they are.
_RESULT_BLOCKS = frozenset({"text", "image", "document", "search_result"})


def _blocks_or_text(content: Any) -> bool:
    """Whether ``content`` can be a ``tool_result``'s content as it is: text, or a list of
    Anthropic content blocks."""
    if isinstance(content, str):
        return True
    return (
        isinstance(content, list)
        and bool(content)
        and all(isinstance(b, dict) and b.get("type") in _RESULT_BLOCKS for b in content)
    )


class _MessagesParser:
    def __init__(self, provider: str, long_writes: bool = False) -> None:
        self._provider = provider
        # The request marks a prompt part for the 1-hour cache: cache writes counted without
        # the API's split by lifetime (a gateway may drop it) are priced at that, the dearer.
        self._long_writes = long_writes
        self._split_seen = False
        self._tools = _ToolCallAssembler()
        self._input_tokens = 0  # the whole prompt: uncached + cache reads + cache writes
        self._uncached = 0  # Anthropic's own input_tokens
        self._cached = 0
        self._written = 0  # to the 5-minute cache
        self._written_long = 0  # to the 1-hour cache
        self._output_tokens = 0
        # Whether the prompt's count (message_start) and the output's (message_delta) came:
        # the count at message_stop is the call's final one only with both.
        self._prompt_counted = False
        self._output_counted = False
        self._stop: str | None = None
        self._searches = 0  # web searches started in this call
        self._server_blocks: set[int] = set()  # indices of server_tool_use blocks
        self._thinking = ReasoningEstimate()  # thinking_delta text, and the text after it
        self._start_inputs: dict[int, str] = {}  # tool_use input given on its start, as JSON
        self._ended: set[int] = set()  # tool_use blocks stopped, their calls passed on
        # Thinking blocks by index: the block, and its thinking text's parts (joined at the end).
        self._thinking_blocks: dict[int, tuple[dict[str, Any], list[str]]] = {}
        self.done = False
        self.complete = False  # only message_stop ends it

    def feed(self, name: str | None, event: Any) -> list[StreamEvent]:
        if not isinstance(event, dict):
            raise malformed_shape(self._provider, event)
        kind = event.get("type", name)
        if kind == "content_block_delta":
            delta = event.get("delta") or {}
            delta_type = delta.get("type")
            if delta_type == "text_delta":
                text = text_field("delta.text", delta.get("text"))
                if not text:
                    return []
                self._thinking.text(text)
                if self._thinking.active:
                    return [TextDelta(text), self._usage(final=False)]
                return [TextDelta(text)]
            if delta_type == "thinking_delta":
                # Extended thinking: billed output, never answer text. Anthropic's count stays
                # at message_start's until message_delta, so a stream cut while Claude thinks
                # is charged by this estimate, not by that count of a token or two.
                thinking = delta.get("thinking")
                if not isinstance(thinking, str) or not thinking:
                    return []
                kept = self._thinking_blocks.get(int(event.get("index", 0)))
                if kept is not None:
                    kept[1].append(thinking)
                self._thinking.reasoning(thinking)
                return [self._usage(final=False)]
            if delta_type == "signature_delta":
                kept = self._thinking_blocks.get(int(event.get("index", 0)))
                signature = delta.get("signature")
                if kept is not None and isinstance(signature, str):
                    kept[0]["signature"] = kept[0].get("signature", "") + signature
                return []
            if delta_type == "input_json_delta":
                index = int(event.get("index", 0))
                if index in self._server_blocks:
                    return []  # a server tool's input (a search query): not the agent's call
                fragment = text_field("delta.partial_json", delta.get("partial_json"))
                self._tools.add(index, None, None, fragment)
                return [ToolCallDelta(index, None, None, fragment)] if fragment else []
            return []
        if kind == "message_start":
            usage = (event.get("message") or {}).get("usage") or {}
            self._prompt_counted = bool(usage)
            # Anthropic's input_tokens excludes cache reads and writes; ours counts the prompt.
            self._cached = token_count(usage.get("cache_read_input_tokens"))
            created = token_count(usage.get("cache_creation_input_tokens"))
            self._set_written(created, usage.get("cache_creation"))
            self._uncached = token_count(usage.get("input_tokens"))
            self._input_tokens = self._uncached + self._cached + created
            self._output_tokens = token_count(usage.get("output_tokens"))
            self._count_searches(usage)
            return [self._usage(final=False)]
        if kind == "content_block_start":
            block = event.get("content_block") or {}
            block_type = block.get("type")
            if block_type == "tool_use":
                index = int(event.get("index", 0))
                call_id = name_field("content_block.id", block.get("id"))
                name = name_field("content_block.name", block.get("name"))
                self._tools.add(index, call_id, name, "")
                given = block.get("input")
                arguments = ""
                if isinstance(given, dict) and given:
                    # Anthropic starts with input {} and streams it; some compatible proxies
                    # give the whole input here and stream nothing. Passed on now, so that it
                    # counts live as streamed arguments do (a run of such blocks is cut like
                    # any stream); the call's arguments only if no fragment streams.
                    arguments = self._start_inputs[index] = json.dumps(given)
                return [ToolCallDelta(index, call_id, name, arguments)]
            if block_type in ("thinking", "redacted_thinking"):
                # Kept to hand back: a tool-use turn must start with its thinking, signed.
                self._thinking_blocks[int(event.get("index", 0))] = (dict(block), [])
                return []
            if block_type == "server_tool_use":
                self._server_blocks.add(int(event.get("index", 0)))
                if block.get("name") == "web_search":
                    self._searches += 1
                    return [self._usage(final=False)]
            return []
        if kind == "message_delta":
            stop = (event.get("delta") or {}).get("stop_reason")
            if stop:
                self._stop = stop
            usage = event.get("usage")
            if usage:
                # Cumulative: the count so far, which replaces (not adds to) the last one.
                if usage.get("output_tokens") is not None:
                    self._output_tokens = token_count(usage["output_tokens"])
                    self._output_counted = True
                # Cumulative too, where given: a call that runs server tools samples again,
                # and its later turns read and write the prompt cache as well.
                if usage.get("input_tokens"):
                    self._uncached = token_count(usage["input_tokens"])
                if usage.get("cache_read_input_tokens") is not None:
                    self._cached = token_count(usage["cache_read_input_tokens"])
                if usage.get("cache_creation_input_tokens") is not None:
                    created = token_count(usage["cache_creation_input_tokens"])
                    self._set_written(created, usage.get("cache_creation"))
                written = self._written + self._written_long
                self._input_tokens = self._uncached + self._cached + written
                self._count_searches(usage)
                return [self._usage(final=False)]
            return []
        if kind == "message_stop":
            self.done = True
            # A proxy that dropped either count leaves one the call cannot be settled at (no
            # prompt, or message_start's token or two for a whole answer): interim, then.
            return [self._usage(final=self._prompt_counted and self._output_counted)]
        if kind == "error":
            error = event.get("error") or {}
            if not isinstance(error, dict):  # a proxy's error given as a plain string
                error = {"message": str(error)}
            raise stream_error(
                self._provider,
                str(error.get("type") or "api_error"),
                str(error.get("message") or ""),
            )
        if kind == "content_block_stop":
            index = int(event.get("index", 0))
            if index not in self._tools.arguments or index in self._ended:
                return []  # not the agent's tool call (text, thinking, a server tool's)
            # The block is whole: its call is passed on now, so that a stream cut later still
            # hands it to the agent.
            self._start_input(index)
            self._ended.add(index)
            return [self._tools.call(index)]
        return []  # ping and event types added later

    def _start_input(self, index: int) -> None:
        """The input a tool_use block gave on its start as its arguments, when none streamed
        (it was passed on, and counted, as it came)."""
        given = self._start_inputs.pop(index, None)
        if given is not None and not self._tools.arguments.get(index):
            self._tools.add(index, None, None, given)

    def _set_written(self, created: int, split: Any) -> None:
        """Split the cache writes by lifetime where the API says (the 1-hour cache costs
        more); a total without the split keeps the 1-hour share known so far, the rest being
        the default 5-minute cache. Where no split ever came and the request asked for the
        1-hour cache, all of it is taken as written there (the dearer: never under-charged)."""
        if isinstance(split, dict):
            self._split_seen = True
            long = token_count(split.get("ephemeral_1h_input_tokens"))
        elif not self._split_seen and self._long_writes:
            long = created
        else:
            long = self._written_long
        self._written_long = min(long, created)
        self._written = created - self._written_long

    def _usage(self, *, final: bool) -> UsageReport:
        output = self._output_tokens
        estimated = False
        if not final and self._thinking.active:
            thought = self._thinking.tokens()
            if thought > output:  # the estimate of the thinking, not Anthropic's count
                output, estimated = thought, True
        return UsageReport(
            input_tokens=self._input_tokens,
            output_tokens=output,
            cached_input_tokens=self._cached,
            final=final,
            cache_write_tokens=self._written,
            cache_write_long_tokens=self._written_long,
            web_searches=self._searches,
            estimated=estimated,
        )

    def _count_searches(self, usage: dict[str, Any]) -> None:
        """The provider's count of web searches, where it gives one (never below the blocks
        seen: a cut stream's last count may predate its last search)."""
        server = usage.get("server_tool_use")
        if isinstance(server, dict):
            reported = server.get("web_search_requests")
            if isinstance(reported, int) and not isinstance(reported, bool):
                if reported > MAX_SEARCH_COUNT:
                    # Charged as it stands, it would bill a fortune (or overflow the ledger's
                    # 64-bit integers and fail the settlement): a malformed chunk instead.
                    raise TokenCountError(
                        f"a web search count of {reported}, more than any call runs (at most "
                        f"{MAX_SEARCH_COUNT:,})"
                    )
                self._searches = max(self._searches, reported)

    def finish(self) -> list[StreamEvent]:
        if not self.done:
            raise interrupted(self._provider, "message_stop")
        for index in list(self._start_inputs):  # a block that never sent its stop event
            self._start_input(index)
        events: list[StreamEvent] = [
            call for call in self._tools.calls() if call.index not in self._ended
        ]
        raw = self._stop or "end_turn"
        thinking = []
        for _, (block, parts) in sorted(self._thinking_blocks.items()):
            if block.get("type") == "thinking":
                block["thinking"] = block.get("thinking", "") + "".join(parts)
            thinking.append(block)
        events.append(Finished(_STOP.get(raw, "other"), raw_reason=raw, thinking=tuple(thinking)))
        return events
