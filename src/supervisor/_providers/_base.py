"""The provider contract: requests, stream events, errors and the retry helper.

Every provider turns one :class:`LLMRequest` into a stream of :data:`StreamEvent` values and
translates whatever its client raises into one of the errors below, at the boundary, with
``raise X(...) from exc``. Providers never retry; retrying is a policy decision, and
:func:`retry_delay` is the small helper the governor uses to make it.

Error tree (``ProviderError`` is a ``supervisor.SupervisorError``; ``ProviderConfigError`` is
also a ``supervisor.ConfigurationError``)::

    ProviderError                    retryable  what it means
    ├── RateLimited                  yes        HTTP 429; honour ``retry_after``
    ├── ProviderUnavailable          yes        HTTP 5xx / 529 overloaded before the stream began
    ├── ProviderConnectError         yes        no connection (refused, DNS, TLS)
    ├── ProviderTimeout              yes        the call or the gap between two chunks took too long
    ├── StreamInterrupted            yes        the stream ended before its terminal event
    ├── ProviderStreamError          depends    an error event inside a started stream
    ├── MalformedResponse            no         the provider sent something that does not parse
    ├── AuthenticationFailed         no         HTTP 401/403; the key is missing, wrong or revoked
    ├── InvalidRequest               no         HTTP 400/404/413/422; the request itself is wrong
    └── ProviderConfigError          no         the configuration cannot build a provider
        └── UnknownProvider          no         a model ref names a provider nobody configured

A retried call after a mid-stream error sends the whole prompt again and pays for it again: the
governor reserves and settles the retry like any other call.
"""

from __future__ import annotations

import email.utils
import math
import time
import types
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, runtime_checkable

from policies import redact_text
from policies._frozen import fast_init

from .._exceptions import ConfigurationError, SupervisorError

if TYPE_CHECKING:
    import random
    from collections.abc import AsyncIterator, Mapping
    from contextlib import AbstractAsyncContextManager

__all__ = [
    "EFFORT_BUDGETS",
    "MIN_THINKING_BUDGET",
    "AuthenticationFailed",
    "Effort",
    "FinishReason",
    "Finished",
    "InvalidRequest",
    "LLMRequest",
    "MalformedResponse",
    "Provider",
    "ProviderConfigError",
    "ProviderConnectError",
    "ProviderError",
    "ProviderStreamError",
    "ProviderTimeout",
    "ProviderUnavailable",
    "RateLimited",
    "Reasoning",
    "StreamEvent",
    "StreamInterrupted",
    "TextDelta",
    "ToolCall",
    "ToolCallDelta",
    "UnknownProvider",
    "UsageReport",
    "parse_retry_after",
    "reasoning_budget",
    "reasoning_effort",
    "reasoning_problem",
    "retry_delay",
]


# --------------------------------------------------------------------------- request


@dataclass
class LLMRequest:
    """One model call, in the provider-neutral shape every provider accepts.

    Attributes:
        model: The provider's own model name (``"gpt-4o-mini"``), not the routed ref.
        messages: Chat messages, ``{"role": ..., "content": ...}``, OpenAI style. A leading
            ``system`` message is moved to Anthropic's ``system`` field by that provider.
        max_tokens: The most output tokens the call may generate (the budget reservation is
            computed from it).
        tools: Tool definitions in OpenAI function-tool form
            (``{"type": "function", "function": {"name", "description", "parameters"}}``);
            each provider converts them to its own shape.
        temperature: Sampling temperature, or ``None`` for the provider's default.
        timeout: Seconds the whole call may take, from opening the request to the last event.
        chunk_timeout: Seconds the stream may stay silent between two chunks (and before the
            first one).
        reasoning: How much the model may think before it answers (see :data:`Reasoning`):
            an effort level or a thinking-token budget; ``None`` or ``0`` asks for nothing
            (the model's default). Thinking is output and counts inside ``max_tokens``.
    """

    model: str
    messages: list[dict[str, Any]]
    max_tokens: int
    tools: list[dict[str, Any]] | None = None
    temperature: float | None = None
    timeout: float = 600.0
    chunk_timeout: float = 60.0
    reasoning: Reasoning | None = None


Effort: TypeAlias = Literal["minimal", "low", "medium", "high"]
"""A reasoning effort level, as OpenAI's ``reasoning_effort`` names them."""

Reasoning: TypeAlias = Effort | int
"""How much a model may think: an effort level, or a thinking-token budget.

- An effort level goes to OpenAI as it is (``reasoning_effort`` on Chat Completions,
  ``reasoning.effort`` on the Responses API) and to Anthropic as the thinking budget
  :data:`EFFORT_BUDGETS` gives it (LiteLLM's mapping; ``minimal`` is Anthropic's smallest).
- A whole number of 1024 or more is a thinking-token budget: Anthropic's ``budget_tokens``
  exactly; for OpenAI the largest effort whose budget it reaches (1024 to 2047 ``low``, 2048
  to 4095 ``medium``, 4096 or more ``high``).
- ``0`` asks for no reasoning: nothing is sent (a model that always reasons keeps its default).

Thinking is billed as output and counts inside ``max_tokens`` on both providers, so a call's
``max_tokens`` must be above its budget (:func:`reasoning_budget`); the governor never lowers it
to the budget or below.
"""

#: Anthropic's smallest ``budget_tokens``.
MIN_THINKING_BUDGET = 1024

#: The thinking budget of each effort level, for Anthropic (and for the max_tokens check).
EFFORT_BUDGETS: Mapping[str, int] = types.MappingProxyType(
    {"minimal": 1024, "low": 1024, "medium": 2048, "high": 4096}
)


def reasoning_budget(reasoning: Reasoning | None) -> int:
    """The thinking budget ``reasoning`` asks for, in tokens (0 for none). Assumes a value
    :func:`reasoning_problem` accepts."""
    if reasoning is None:
        return 0
    if isinstance(reasoning, str):
        return EFFORT_BUDGETS[reasoning]
    return reasoning


def reasoning_effort(reasoning: Reasoning) -> str:
    """The OpenAI effort level for ``reasoning`` (a budget becomes the largest level whose
    budget it reaches)."""
    if isinstance(reasoning, str):
        return reasoning
    if reasoning >= EFFORT_BUDGETS["high"]:
        return "high"
    if reasoning >= EFFORT_BUDGETS["medium"]:
        return "medium"
    return "low"


def reasoning_problem(reasoning: object) -> str | None:
    """What is wrong with ``reasoning`` as a :data:`Reasoning` value, or None when it is fine
    (``None`` included)."""
    if reasoning is None:
        return None
    if isinstance(reasoning, str):
        if reasoning in EFFORT_BUDGETS:
            return None
        return (
            f"{reasoning!r} is not an effort level: use 'minimal', 'low', 'medium' or 'high', "
            "or a thinking budget in tokens"
        )
    if isinstance(reasoning, int) and not isinstance(reasoning, bool):
        if reasoning == 0 or reasoning >= MIN_THINKING_BUDGET:
            return None
        return (
            f"a thinking budget of {reasoning} tokens is below the smallest one "
            f"({MIN_THINKING_BUDGET}, Anthropic's minimum): give {MIN_THINKING_BUDGET} or more, "
            "an effort level ('low', 'medium', 'high'), or 0 for no reasoning"
        )
    return (
        f"{reasoning!r} ({type(reasoning).__name__}) is neither an effort level ('minimal', "
        "'low', 'medium', 'high') nor a thinking budget in tokens (1024 or more; 0 for none)"
    )


# --------------------------------------------------------------------------- events

FinishReason: TypeAlias = Literal[
    "stop", "length", "tool_calls", "content_filter", "refusal", "paused", "other"
]
"""Why a model stopped, normalised across providers (the raw value is kept beside it)."""


@fast_init
@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of answer text, in the order generated.

    OpenAI deltas are usually one token; Anthropic deltas may hold several.
    """

    text: str


@dataclass(frozen=True, slots=True)
class ToolCallDelta:
    """A fragment of a tool call as it streams.

    ``id`` and ``name`` arrive on the first fragment of a call (``None`` afterwards);
    ``arguments`` is a piece of the JSON argument text. Join the fragments of one ``index`` in
    order, or wait for the assembled :class:`ToolCall` that follows them. (One exception: an
    Anthropic-compatible proxy may give a ``tool_use`` block's whole input on its start, which
    comes as a fragment so that it is counted, and then stream the input again; the
    :class:`ToolCall` holds the streamed one.)
    """

    index: int
    id: str | None
    name: str | None
    arguments: str


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A complete tool call, assembled from its fragments, emitted once before :class:`Finished`
    and in the order the calls started: as soon as the wire format says the call is complete
    (Anthropic: its block ends; Chat Completions: the next call starts, or the finish; the
    Responses API: its arguments are done), so that a stream cut later still hands it on.

    ``arguments`` is the JSON text as the model wrote it (possibly invalid JSON: the model's
    mistake, for the tool layer to report back); :meth:`parsed_arguments` decodes it.
    """

    index: int
    id: str
    name: str
    arguments: str

    def parsed_arguments(self) -> dict[str, Any]:
        """Decode ``arguments`` as a JSON object.

        Returns:
            The arguments; ``{}`` for an empty argument text.

        Raises:
            MalformedResponse: The text is not a JSON object.
        """
        import json

        if not self.arguments.strip():
            return {}
        try:
            value = json.loads(self.arguments)
        except ValueError as exc:
            raise MalformedResponse(
                f"The model's arguments for tool call {self.name!r} are not valid JSON "
                f"({exc}); report the error back to the model or retry the call."
            ) from exc
        if not isinstance(value, dict):
            raise MalformedResponse(
                f"The model's arguments for tool call {self.name!r} are JSON but not an object; "
                "report the error back to the model or retry the call."
            )
        return value


@fast_init
@dataclass(frozen=True, slots=True)
class UsageReport:
    """Token counts the provider reported.

    ``final=True`` is the provider's closing count for the call and replaces every estimate.
    ``final=False`` is an interim figure (Anthropic's ``message_start`` and its cumulative
    ``message_delta``): each replaces the previous one, it does not add to it. A stream that is
    cut usually never reports a final usage; the caller keeps its own estimate then.
    """

    input_tokens: int
    output_tokens: int
    #: Of ``input_tokens``: read from the provider's prompt cache (cheaper).
    cached_input_tokens: int = 0
    final: bool = True
    #: Of ``input_tokens``: written to the prompt cache (dearer: Anthropic's 5-minute cache)...
    cache_write_tokens: int = 0
    #: ... and to its long-lived cache (Anthropic's 1-hour cache).
    cache_write_long_tokens: int = 0
    #: Server-side web searches the provider ran in the call so far (billed per search).
    web_searches: int = 0
    #: An interim ``output_tokens`` that is the supervisor's estimate of reasoning the
    #: provider has not counted yet (:class:`ReasoningEstimate`), not the provider's count: it
    #: is no evidence that the stream passed ``max_tokens`` (``StreamMonitor.passed``). Left
    #: out of ``==``: it says whose figure it is, and the figures are the report.
    estimated: bool = field(default=False, compare=False)


@fast_init
@dataclass(frozen=True, slots=True)
class Finished:
    """The stream ended normally; always the last event.

    Attributes:
        reason: The normalised reason.
        raw_reason: The provider's own value (``"end_turn"``, ``"max_output_tokens"``, ...).
        thinking: Anthropic's thinking blocks, in order, as the API gave them
            (``{"type": "thinking", "thinking", "signature"}`` or ``{"type":
            "redacted_thinking", "data"}``): a tool-use turn handed back must start with them.
    """

    reason: FinishReason
    raw_reason: str = ""
    thinking: tuple[dict[str, Any], ...] = ()


StreamEvent: TypeAlias = TextDelta | ToolCallDelta | ToolCall | UsageReport | Finished
"""What a provider stream yields. Match on the type; unknown provider events are dropped."""


@runtime_checkable
class Provider(Protocol):
    """An LLM backend that streams one request at a time per ``stream()`` call.

    ``stream()`` is an async context manager yielding an async iterator of events. Leaving the
    context, normally, by ``break``, by an exception or by cancellation, closes the HTTP
    response at once, so the server sees the connection end and stops generating. Errors are
    :class:`ProviderError` subclasses, raised from entering the context (before any event) or
    from iterating. ``aclose()`` releases the client; it is idempotent.
    """

    name: str

    def stream(
        self, request: LLMRequest
    ) -> AbstractAsyncContextManager[AsyncIterator[StreamEvent]]:
        """Open a streamed call; see the class docstring."""
        ...

    async def aclose(self) -> None:
        """Close the underlying client and its connections."""
        ...


# --------------------------------------------------------------------------- errors


class ProviderError(SupervisorError):
    """Root of every provider error.

    Attributes:
        retryable: Whether sending the same request again may succeed.
        retry_after: Seconds the provider asked us to wait, when it said so.
        provider: The provider's name (``"openai"``, ``"anthropic"``, ...), when known.
        status_code: The HTTP status, when there was one.
    """

    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        provider: str = "",
        retry_after: float | None = None,
        status_code: int | None = None,
    ) -> None:
        # The message quotes what a server said, and a server (or a gateway) may echo what it
        # was sent: the key, the Authorization header. It is shown, logged and audited as is.
        message = redact_text(message)
        super().__init__(message)
        self.message = message
        self.provider = provider
        self.retry_after = retry_after
        self.status_code = status_code


class RateLimited(ProviderError):
    """The provider refused the call for rate (HTTP 429). Wait ``retry_after`` then retry."""

    retryable = True


class ProviderUnavailable(ProviderError):
    """The provider failed or is overloaded (HTTP 5xx, 529) before the stream began."""

    retryable = True


class ProviderConnectError(ProviderError):
    """No connection could be made (refused, unreachable, DNS, TLS)."""

    retryable = True


class ProviderTimeout(ProviderError):
    """The call took longer than ``LLMRequest.timeout`` or a chunk longer than ``chunk_timeout``.

    Attributes:
        kind: ``"call"`` for the whole-call deadline, ``"chunk"`` for the gap between chunks.
    """

    retryable = True

    def __init__(
        self,
        message: str,
        *,
        kind: Literal["call", "chunk"],
        provider: str = "",
    ) -> None:
        super().__init__(message, provider=provider)
        self.kind = kind


class StreamInterrupted(ProviderError):
    """The stream ended before its terminal event (connection dropped, server stopped)."""

    retryable = True


class ProviderStreamError(ProviderError):
    """The provider sent an error event inside a stream that had already started.

    ``retryable`` is set per instance from the error type (``overloaded_error`` and
    ``api_error`` are retryable; ``invalid_request_error`` is not) and from the HTTP-like code
    the event carries (429 and 5xx are retryable).

    Attributes:
        error_type: The provider's error type, e.g. ``"overloaded_error"``.
        status_code: The HTTP-like code the event carried (vLLM's, llama.cpp's, LiteLLM's
            ``code``), else the status its type stands for when the type says the request
            itself was refused (``invalid_request_error`` 400, ``authentication_error`` 401,
            ``permission_error`` 403, ``not_found_error`` 404, ``request_too_large`` 413),
            else ``None``. Such an error is treated as that status would be: not retried, and
            not cured by restarting the agent.
        first_event: Whether the error was the stream's first event, with nothing before it
            (no event, no keep-alive): the provider refused the request before it began to
            answer, so nothing was generated.
    """

    def __init__(
        self,
        message: str,
        *,
        error_type: str,
        retryable: bool,
        provider: str = "",
        retry_after: float | None = None,
        status_code: int | None = None,
        first_event: bool = False,
    ) -> None:
        super().__init__(
            message, provider=provider, retry_after=retry_after, status_code=status_code
        )
        self.error_type = error_type
        self.retryable = retryable
        self.first_event = first_event


class MalformedResponse(ProviderError):
    """The provider sent data that does not parse (bad JSON, an unexpected shape).

    Attributes:
        whole_body: Whether the answer was a whole body with no server-sent event in it (a
            proxy's HTML page, a gateway's JSON error sent with status 200): nothing was
            streamed, and no model was seen at work.
    """

    whole_body: bool = False


class AuthenticationFailed(ProviderError):
    """The provider rejected the credentials (HTTP 401/403)."""


class InvalidRequest(ProviderError):
    """The provider rejected the request itself (HTTP 400/404/413/422): fix it, do not retry."""


class ProviderConfigError(ProviderError, ConfigurationError):
    """The configuration cannot build a provider (a missing key variable, a bad kind)."""


class UnknownProvider(ProviderConfigError):
    """A model ref names a provider that is not configured."""


# --------------------------------------------------------------------------- retry helpers


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Read how long a provider asked us to wait from response headers.

    Understands ``retry-after-ms`` (OpenAI), ``retry-after`` in seconds, and ``retry-after`` as
    an HTTP date. Header names are matched case-insensitively.

    Args:
        headers: The response headers.
        now: Wall-clock time (``time.time()``) for HTTP dates; read from the clock when omitted.

    Returns:
        Seconds to wait (never negative), or ``None`` when no usable header is present.
    """
    lowered = {key.lower(): value for key, value in headers.items()}
    raw_ms = lowered.get("retry-after-ms")
    if raw_ms is not None:
        try:
            value = float(raw_ms) / 1000.0
        except ValueError:
            pass
        else:
            if math.isfinite(value):
                return max(0.0, value)
    raw = lowered.get("retry-after")
    if raw is None:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
        current = time.time() if now is None else now
        return max(0.0, when.timestamp() - current)
    return max(0.0, seconds) if math.isfinite(seconds) else None


def retry_delay(
    error: BaseException,
    attempt: int,
    *,
    base: float = 0.5,
    cap: float = 30.0,
    rng: random.Random | None = None,
) -> float | None:
    """How long to wait before retry number ``attempt``, or ``None`` when not to retry.

    Pure and synchronous: the governor decides whether a retry is allowed (budget, retry limit)
    and sleeps itself. The delay is exponential (``base * 2**(attempt-1)``, capped at ``cap``),
    with full jitter when ``rng`` is given, and never shorter than the provider's
    ``retry_after``.

    Args:
        error: The error the last attempt raised.
        attempt: 1 for the first retry, 2 for the second, ...
        base: Delay before the first retry, in seconds.
        cap: Largest backoff, in seconds (a provider's ``retry_after`` may exceed it).
        rng: Randomness for jitter; deterministic without it.

    Returns:
        Seconds to wait, or ``None`` when the error is not a retryable :class:`ProviderError`.
    """
    if not isinstance(error, ProviderError) or not error.retryable:
        return None
    delay = min(cap, base * 2.0 ** max(0, attempt - 1))
    if rng is not None:
        delay = rng.uniform(0.0, delay)
    if error.retry_after is not None:
        delay = max(delay, error.retry_after)
    return delay


@dataclass
class _ToolCallAssembler:
    """Joins tool-call fragments per index; shared by the providers.

    Invariant: ``order`` lists each index once, in first-seen order.
    """

    ids: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    arguments: dict[int, list[str]] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)

    def add(self, index: int, call_id: str | None, name: str | None, arguments: str) -> None:
        if index not in self.arguments:
            self.arguments[index] = []
            self.order.append(index)
        # Some compatible servers repeat the id on every fragment: keep the first, the one the
        # first ToolCallDelta carried.
        if call_id and index not in self.ids:
            self.ids[index] = call_id
        # Some compatible servers repeat the name on every fragment: keep the first.
        if name and index not in self.names:
            self.names[index] = name
        if arguments:
            self.arguments[index].append(arguments)

    def call(self, index: int) -> ToolCall:
        """The call at ``index`` as assembled so far."""
        return ToolCall(
            index=index,
            id=self.ids.get(index, f"call_{index}"),
            name=self.names.get(index, ""),
            arguments="".join(self.arguments[index]),
        )

    def calls(self) -> list[ToolCall]:
        return [self.call(index) for index in self.order]
