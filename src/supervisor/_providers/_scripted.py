"""A deterministic offline provider that plays answers from a script.

It behaves like a real model in time and cost: text streams as token-sized pieces at a set pace
(tokens per second, after a first-token latency), usage is reported at the end like OpenAI's
final usage chunk, tool calls stream as argument fragments and then whole, and faults (rate
limits, outages, cut streams, error events, hangs) are raised as the same typed errors the real
providers raise, so the governor's handling can be demonstrated with no key and no network.

A script maps a *model name* to its turns, so ``scripted:researcher`` and ``scripted:writer``
play different parts. Each model keeps its own cursor; when the turns run out the model repeats
them from the start (``on_exhausted="cycle"``, the default: a researcher that loops), keeps
answering with the last one (``"repeat_last"``), or raises (``"error"``). A model's script may
also be a callable ``(request, turn_number) -> Turn | str`` for answers that depend on the
prompt.

Example (Python)::

    provider = ScriptedProvider(
        {
            "writer": [Turn("A long answer ... " * 200)],
            "coder": [
                Turn(tool_calls=[ScriptedToolCall("run_tests", {"path": "tests/"})]),
                Turn("All tests pass."),
            ],
            "researcher": [Turn("Let me search for X."), Turn("I should look up X again.")],
        },
        tokens_per_second=40.0,
    )

The same as a plain dict (TOML-able), for :meth:`ScriptedProvider.from_dict`::

    {
        "tokens_per_second": 40,
        "first_token_latency": 0.3,
        "on_exhausted": "cycle",
        "models": {
            "coder": [
                {"tool_calls": [{"name": "run_tests", "arguments": {"path": "tests/"}}]},
                {"text": "All tests pass.", "fault": {"kind": "rate_limited", "retry_after": 1}},
            ]
        },
    }
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, NoReturn, TypeAlias, cast

import anyio

from ._base import (
    AuthenticationFailed,
    Finished,
    FinishReason,
    LLMRequest,
    MalformedResponse,
    ProviderConfigError,
    ProviderConnectError,
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

__all__ = [
    "FaultKind",
    "ScriptedFault",
    "ScriptedProvider",
    "ScriptedToolCall",
    "Turn",
    "estimate_tokens",
]

FaultKind: TypeAlias = Literal[
    "rate_limited",
    "unavailable",
    "connect",
    "auth",
    "interrupt",
    "stream_error",
    "malformed",
    "hang",
]
"""Faults a turn can inject.

``rate_limited``, ``unavailable``, ``connect`` and ``auth`` fail before any event; ``interrupt``
(the connection drops, no usage), ``stream_error`` (an ``overloaded_error`` event),
``malformed`` (a chunk that does not parse) and ``hang`` (silence until the chunk timeout) strike
after ``after_chunks`` text pieces.
"""

_FAULT_KINDS = frozenset(FaultKind.__args__)  # type: ignore[attr-defined]

# One streamed piece is a word with its trailing space, or a run of spaces: close to the one
# token per delta OpenAI sends, and deterministic.
_PIECE = re.compile(r"\S+\s*|\s+")


def estimate_tokens(text: str) -> int:
    """Tokens in ``text`` by the chars/4 rule, at least 1 for non-empty text (biased up)."""
    return math.ceil(len(text) / 4) if text else 0


@dataclass(frozen=True)
class ScriptedToolCall:
    """A tool call a scripted turn makes.

    Attributes:
        name: The tool's name.
        arguments: The arguments, as a mapping (encoded as JSON) or as raw JSON text (which may
            be deliberately invalid, to exercise error paths).
        id: The call id; generated as ``call_<turn>_<index>`` when empty.
    """

    name: str
    arguments: Mapping[str, Any] | str = field(default_factory=dict)
    id: str = ""

    def arguments_json(self) -> str:
        """The arguments as JSON text."""
        if isinstance(self.arguments, str):
            return self.arguments
        return json.dumps(dict(self.arguments), separators=(",", ":"))


@dataclass(frozen=True)
class ScriptedFault:
    """A fault a turn injects.

    Attributes:
        kind: What goes wrong (see :data:`FaultKind`).
        after_chunks: For stream faults, how many text pieces are sent first.
        retry_after: For ``rate_limited`` and ``unavailable``, the wait the "provider" asks for.
        message: Overrides the error message.
    """

    kind: FaultKind
    after_chunks: int = 0
    retry_after: float | None = None
    message: str = ""

    def __post_init__(self) -> None:
        if self.kind not in _FAULT_KINDS:
            raise ProviderConfigError(
                f"Unknown scripted fault kind {self.kind!r}; use one of {sorted(_FAULT_KINDS)}.",
                provider="scripted",
            )


@dataclass(frozen=True)
class Turn:
    """One scripted answer.

    Attributes:
        text: The answer text, streamed in word-sized pieces.
        tool_calls: Tool calls made after the text.
        input_tokens: Reported prompt tokens; estimated from the request's messages when ``None``.
        output_tokens: Reported output tokens; estimated from what was streamed when ``None``.
        cached_input_tokens: Reported cached prompt tokens.
        tokens_per_second: Pace for this turn; the provider's pace when ``None``.
        finish_reason: Overrides the finish reason (default ``stop``, or ``tool_calls`` when the
            turn calls tools; ``length`` when ``max_tokens`` truncates the text).
        fault: A fault to inject instead of finishing normally.
    """

    text: str = ""
    tool_calls: Sequence[ScriptedToolCall] = ()
    input_tokens: int | None = None
    output_tokens: int | None = None
    cached_input_tokens: int = 0
    tokens_per_second: float | None = None
    finish_reason: FinishReason | None = None
    fault: ScriptedFault | None = None


ScriptFunction: TypeAlias = Callable[[LLMRequest, int], "Turn | str"]
ModelScript: TypeAlias = "Sequence[Turn | str] | ScriptFunction"


@dataclass
class _Cursor:
    turns_played: int = 0


class ScriptedProvider:
    """Plays scripted answers; see the module docstring for the script format.

    Attributes:
        name: ``"scripted"`` unless given.
        requests: Every request received, in order (for tests and demos).
    """

    def __init__(
        self,
        scripts: Mapping[str, ModelScript],
        *,
        tokens_per_second: float = 50.0,
        first_token_latency: float = 0.0,
        on_exhausted: Literal["cycle", "repeat_last", "error"] = "cycle",
        name: str = "scripted",
    ) -> None:
        if tokens_per_second <= 0:
            raise ProviderConfigError(
                f"tokens_per_second must be positive, got {tokens_per_second}.", provider=name
            )
        self.name = name
        self._scripts: dict[str, ModelScript] = {}
        for model, script in scripts.items():
            if callable(script):
                self._scripts[model] = script
            else:
                self._scripts[model] = [_as_turn(item) for item in script]
        self._tokens_per_second = tokens_per_second
        self._first_token_latency = first_token_latency
        self._on_exhausted = on_exhausted
        self._cursors: dict[str, _Cursor] = {}
        self.requests: list[LLMRequest] = []
        self._closed = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, name: str = "scripted") -> ScriptedProvider:
        """Build a provider from a plain mapping (parsed TOML or JSON).

        Args:
            data: ``{"models": {model: [turn, ...]}, "tokens_per_second": ...,
                "first_token_latency": ..., "on_exhausted": ...}``; a turn is a string or a
                mapping with the fields of :class:`Turn`, its ``tool_calls`` mappings with
                ``name``, ``arguments`` and ``id``, its ``fault`` a mapping with the fields of
                :class:`ScriptedFault`.
            name: The provider's name.

        Raises:
            ProviderConfigError: A field is missing or has the wrong type; the message names it.
        """
        models = data.get("models")
        if not isinstance(models, Mapping) or not models:
            raise ProviderConfigError(
                "A scripted provider needs a non-empty 'models' table mapping model names to "
                "lists of turns.",
                provider=name,
            )
        scripts: dict[str, ModelScript] = {}
        for model, turns in models.items():
            if not isinstance(turns, Sequence) or isinstance(turns, str):
                raise ProviderConfigError(
                    f"models.{model} must be a list of turns, got {type(turns).__name__}.",
                    provider=name,
                )
            scripts[str(model)] = [
                _turn_from_dict(turn, f"models.{model}[{i}]", name) for i, turn in enumerate(turns)
            ]
        options = {k: data[k] for k in ("tokens_per_second", "first_token_latency") if k in data}
        return cls(
            scripts,
            tokens_per_second=float(options.get("tokens_per_second", 50.0)),
            first_token_latency=float(options.get("first_token_latency", 0.0)),
            on_exhausted=cast(Any, data.get("on_exhausted", "cycle")),
            name=name,
        )

    def __repr__(self) -> str:
        return (
            f"ScriptedProvider(name={self.name!r}, models={sorted(self._scripts)!r}, "
            f"tokens_per_second={self._tokens_per_second})"
        )

    @property
    def models(self) -> list[str]:
        """The scripted model names."""
        return sorted(self._scripts)

    def turns_played(self, model: str) -> int:
        """How many turns ``model`` has played (including faulted ones)."""
        cursor = self._cursors.get(model)
        return 0 if cursor is None else cursor.turns_played

    async def aclose(self) -> None:
        """Mark the provider closed; later calls raise ``RuntimeError``. Idempotent."""
        self._closed = True

    def _next_turn(self, request: LLMRequest) -> tuple[Turn, int]:
        script = self._scripts.get(request.model)
        if script is None:
            raise ProviderConfigError(
                f"The scripted provider {self.name!r} has no script for model "
                f"{request.model!r}; scripted models are {self.models}.",
                provider=self.name,
            )
        cursor = self._cursors.setdefault(request.model, _Cursor())
        number = cursor.turns_played
        cursor.turns_played += 1
        if callable(script):
            return _as_turn(script(request, number)), number
        turns = cast(Sequence[Turn], script)
        if not turns:
            raise ProviderConfigError(
                f"The script for {request.model!r} has no turns.", provider=self.name
            )
        if number < len(turns):
            return turns[number], number
        if self._on_exhausted == "cycle":
            return turns[number % len(turns)], number
        if self._on_exhausted == "repeat_last":
            return turns[-1], number
        raise ProviderConfigError(
            f"The script for {request.model!r} has {len(turns)} turns and all were played; "
            "add turns or set on_exhausted to 'cycle' or 'repeat_last'.",
            provider=self.name,
        )

    @asynccontextmanager
    async def stream(self, request: LLMRequest) -> AsyncIterator[AsyncIterator[StreamEvent]]:
        """Play the next turn for ``request.model``; see :class:`~supervisor.Provider`.

        Raises:
            RuntimeError: The provider was closed.
            ProviderConfigError: No script for the model, or the script is exhausted.
            ProviderError: The turn's injected fault.
        """
        if self._closed:
            raise RuntimeError(f"The scripted provider {self.name!r} is closed; build a new one.")
        self.requests.append(request)
        turn, number = self._next_turn(request)
        fault = turn.fault
        if fault is not None and fault.kind in ("rate_limited", "unavailable", "connect", "auth"):
            raise _fault_error(fault, self.name)
        events = self._play(request, turn, number)
        try:
            yield events
        finally:
            await events.aclose()

    async def _play(
        self, request: LLMRequest, turn: Turn, number: int
    ) -> AsyncGenerator[StreamEvent, None]:
        deadline = anyio.current_time() + request.timeout
        pace = turn.tokens_per_second or self._tokens_per_second
        input_tokens = turn.input_tokens
        if input_tokens is None:
            input_tokens = estimate_tokens(json.dumps(request.messages, separators=(",", ":")))
        fault = turn.fault
        generated = 0
        pieces = _PIECE.findall(turn.text)
        truncated = False
        first = True
        for i, piece in enumerate(pieces):
            if fault is not None and i == fault.after_chunks:
                await self._strike(fault, request, deadline)
            cost = max(1, estimate_tokens(piece))
            if generated + cost > request.max_tokens:
                truncated = True
                break
            delay = cost / pace + (self._first_token_latency if first else 0.0)
            first = False
            await _wait(delay, request, deadline, self.name)
            generated += cost
            yield TextDelta(piece)
        if fault is not None and fault.after_chunks >= len(pieces) and not truncated:
            await self._strike(fault, request, deadline)
        calls: list[ToolCall] = []
        if not truncated:
            for index, call in enumerate(turn.tool_calls):
                arguments = call.arguments_json()
                cost = max(1, estimate_tokens(call.name + arguments))
                await _wait(cost / pace, request, deadline, self.name)
                generated += cost
                call_id = call.id or f"call_{number}_{index}"
                yield ToolCallDelta(index, call_id, call.name, arguments)
                calls.append(ToolCall(index, call_id, call.name, arguments))
        for call_event in calls:
            yield call_event
        output_tokens = turn.output_tokens if turn.output_tokens is not None else generated
        yield UsageReport(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cached_input_tokens=turn.cached_input_tokens,
            final=True,
        )
        reason: FinishReason
        if truncated:
            reason = "length"
        elif turn.finish_reason is not None:
            reason = turn.finish_reason
        else:
            reason = "tool_calls" if calls else "stop"
        yield Finished(reason, raw_reason=reason)

    async def _strike(self, fault: ScriptedFault, request: LLMRequest, deadline: float) -> NoReturn:
        if fault.kind == "hang":
            await _wait(math.inf, request, deadline, self.name)
        raise _fault_error(fault, self.name)


async def _wait(delay: float, request: LLMRequest, deadline: float, provider: str) -> None:
    """Sleep ``delay`` like a model producing a chunk, honouring the call's deadlines."""
    remaining = deadline - anyio.current_time()
    if delay <= min(request.chunk_timeout, remaining):
        await anyio.sleep(delay)
        return
    if request.chunk_timeout <= remaining:
        await anyio.sleep(request.chunk_timeout)
        raise ProviderTimeout(
            f"The scripted model sent nothing for {request.chunk_timeout:g} s (chunk_timeout); "
            "raise LLMRequest.chunk_timeout or retry.",
            kind="chunk",
            provider=provider,
        )
    await anyio.sleep(max(0.0, remaining))
    raise ProviderTimeout(
        f"The scripted call took longer than {request.timeout:g} s (timeout); raise "
        "LLMRequest.timeout or ask for fewer tokens.",
        kind="call",
        provider=provider,
    )


def _fault_error(fault: ScriptedFault, provider: str) -> Exception:
    message = fault.message
    if fault.kind == "rate_limited":
        return RateLimited(
            message or "The scripted provider is rate limiting (HTTP 429); wait and retry.",
            provider=provider,
            retry_after=fault.retry_after,
            status_code=429,
        )
    if fault.kind == "unavailable":
        return ProviderUnavailable(
            message or "The scripted provider is unavailable (HTTP 503); retry later.",
            provider=provider,
            retry_after=fault.retry_after,
            status_code=503,
        )
    if fault.kind == "connect":
        return ProviderConnectError(
            message or "Could not connect to the scripted provider; check that it is running.",
            provider=provider,
        )
    if fault.kind == "auth":
        return AuthenticationFailed(
            message or "The scripted provider rejected the API key (HTTP 401); check the key.",
            provider=provider,
            status_code=401,
        )
    if fault.kind == "interrupt":
        return StreamInterrupted(
            message
            or "The scripted stream stopped before it finished (connection dropped); the "
            "partial answer is all there is, retry to get the rest.",
            provider=provider,
        )
    if fault.kind == "stream_error":
        return ProviderStreamError(
            message or "The scripted provider sent an overloaded_error mid-stream; retry later.",
            error_type="overloaded_error",
            retryable=True,
            provider=provider,
            retry_after=fault.retry_after,
        )
    if fault.kind == "malformed":
        return MalformedResponse(
            message or "The scripted provider sent a chunk that is not valid JSON; retry.",
            provider=provider,
        )
    # "hang" ends in a timeout raised by _wait; reaching here means no deadline was finite.
    return ProviderTimeout(  # pragma: no cover
        "The scripted stream hung.", kind="chunk", provider=provider
    )


def _as_turn(item: Turn | str) -> Turn:
    if isinstance(item, Turn):
        return item
    if isinstance(item, str):
        return Turn(text=item)
    raise ProviderConfigError(
        f"A script entry must be a Turn or a string, got {type(item).__name__}.",
        provider="scripted",
    )


def _turn_from_dict(data: object, where: str, provider: str) -> Turn:
    if isinstance(data, str):
        return Turn(text=data)
    if not isinstance(data, Mapping):
        raise ProviderConfigError(
            f"{where} must be a string or a table, got {type(data).__name__}.", provider=provider
        )
    known = {
        "text",
        "tool_calls",
        "input_tokens",
        "output_tokens",
        "cached_input_tokens",
        "tokens_per_second",
        "finish_reason",
        "fault",
    }
    unknown = set(data) - known
    if unknown:
        raise ProviderConfigError(
            f"{where} has unknown fields {sorted(unknown)}; known fields are {sorted(known)}.",
            provider=provider,
        )
    try:
        calls = [
            ScriptedToolCall(
                name=str(call["name"]),
                arguments=call.get("arguments", {}),
                id=str(call.get("id", "")),
            )
            for call in data.get("tool_calls", [])
        ]
        fault_data = data.get("fault")
        fault = ScriptedFault(**fault_data) if fault_data is not None else None
        return Turn(
            text=str(data.get("text", "")),
            tool_calls=calls,
            input_tokens=data.get("input_tokens"),
            output_tokens=data.get("output_tokens"),
            cached_input_tokens=int(data.get("cached_input_tokens", 0)),
            tokens_per_second=data.get("tokens_per_second"),
            finish_reason=data.get("finish_reason"),
            fault=fault,
        )
    except ProviderConfigError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProviderConfigError(
            f"{where} is not a valid turn ({exc!r}); a turn has text, tool_calls "
            "[{name, arguments, id}], token counts, tokens_per_second, finish_reason and fault "
            "{kind, after_chunks, retry_after, message}.",
            provider=provider,
        ) from exc
