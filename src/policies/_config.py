"""The policy file: a TOML schema validated by pydantic v2, with errors a person can act on.

``load_policy(path)`` reads and validates a file and raises :class:`PolicyFileError` naming the
file, the field path (``budgets.session.cost``), what was expected, what was found and the fix;
TOML syntax errors name the line and column. Unknown keys are errors (``extra="forbid"``), with a
did-you-mean. ``explain_policy(config)`` renders what a policy does in plain words.

A complete example lives in ``tests/policies/data/full_policy.toml``.
"""

from __future__ import annotations

import difflib
import importlib
import math
import re
import tomllib
import types
import typing
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ._errors import PolicyFileError
from ._money import format_usd, usd
from ._redact import REDACTED, is_secret_key, redact_text

if typing.TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = [
    "BudgetAction",
    "BudgetConfig",
    "EscalationConfig",
    "FailClosedConfig",
    "LimitsConfig",
    "LoopConfig",
    "LoopsConfig",
    "PolicyConfig",
    "PriceConfig",
    "ProviderConfig",
    "RerouteRule",
    "RetriesConfig",
    "RuleAction",
    "ShortfallConfig",
    "StreamRuleConfig",
    "ToolRateLimit",
    "ToolsConfig",
    "explain_policy",
    "load_policy",
    "parse_policy",
]

Mode = Literal["enforce", "shadow"]
#: What a rule does when it fires (mapped to a Decision by the engine).
RuleAction = Literal[
    "warn", "refuse", "interrupt", "escalate", "restart_agent", "stop_agent", "stop_session"
]
#: Remedies tried in order when a call's worst case does not fit a budget.
BudgetAction = Literal["lower_max_tokens", "reroute", "refuse", "escalate"]
ScopeName = Literal["call", "agent", "session", "tenant", "global"]
WindowName = Literal["minute", "hour", "day", "month"]
#: Provider failures a call may be retried on.
RetryOn = Literal["rate_limited", "unavailable", "connect", "interrupted", "timeout"]


def _parse_dollars(value: Any) -> int:
    """Dollars (``"1.50"``, ``1.5``, ``2``) to nano-dollars, rounded up; at least zero."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise PydanticCustomError(
            "dollars",
            'expected a dollar amount such as "1.50" or 1.5, found {found}',
            {"found": repr(value)},
        )
    text = str(value).strip().lstrip("$")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise PydanticCustomError(
            "dollars",
            'expected a dollar amount such as "1.50" or 1.5, found {found}',
            {"found": repr(value)},
        ) from None
    if not amount.is_finite():
        raise PydanticCustomError(
            "dollars",
            "expected a finite dollar amount, found {found}; leave the budget out for no limit",
            {"found": repr(value)},
        )
    if amount < 0:
        raise PydanticCustomError(
            "dollars",
            "expected a dollar amount of at least 0, found {found}; budgets cannot be negative",
            {"found": repr(value)},
        )
    return usd(amount)


def _parse_nonneg_int(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        raise PydanticCustomError(
            "negative",
            "expected a whole number of at least 0, found {found}; limits cannot be negative",
            {"found": repr(value)},
        )
    return value


#: The most dollars a price may be (per million tokens, or per thousand searches): a dollar a
#: token, far above any model's. A larger one (a typo, ``1e20``) made the cost of one call
#: overflow the ledger's 64-bit integers and fail the governor on every call.
MOST_PER_MTOK = 1_000_000
#: The most tokens a ``max_tokens`` setting may give: more than any model writes.
MOST_TOKENS = 1_000_000_000

#: Nano-dollars in Python, dollars in the file.
Dollars = Annotated[int, BeforeValidator(_parse_dollars)]
Count = Annotated[int, BeforeValidator(_parse_nonneg_int), Field(strict=True)]
PositiveFloat = Annotated[float, Field(gt=0)]
NonNegativeFloat = Annotated[float, Field(ge=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class BudgetConfig(_Strict):
    """``[budgets.<scope>]``: limits on one scope kind (each agent, each session...).

    ``cost`` is in dollars in the file and nano-dollars here.
    """

    cost: Dollars | None = None
    tokens: Count | None = None
    calls: Count | None = None
    window: WindowName | None = None
    #: Warn once the cost spent (and reserved) crosses this fraction of the ``cost`` limit
    #: (0 disables); ``tokens`` and ``calls`` have no warning mark.
    warn_at: float = Field(default=0.8, ge=0, le=1)
    mode: Mode = "enforce"


class ShortfallConfig(_Strict):
    """``[on_shortfall]``: what to do when a call's worst case does not fit a budget."""

    #: Remedies tried in order; the first that admits the call wins. Refuse is always last.
    steps: list[BudgetAction] = Field(
        default_factory=lambda: list[BudgetAction](["lower_max_tokens", "refuse"])
    )
    #: Never lower ``max_tokens`` below this.
    min_max_tokens: Annotated[Count, Field(le=MOST_TOKENS)] = 256
    fallback: str | None = None
    #: What a person is asked by the ``escalate`` step (the engine adds which budgets would
    #: rise, by how much). Approve grants the short budgets exactly the room the call lacks
    #: and runs it; deny refuses it (with ``fallback`` when set); stop stops the agent.
    question: str = (
        "This call's worst case does not fit its budget. Approve to raise the budget by what "
        "the call lacks and run it; deny refuses it (the agent gets the policy's fallback, if "
        "one is set); stop stops the agent."
    )
    #: The most the ``escalate`` step may ask a person to grant, in dollars (the cost a call
    #: lacks on its shortest scope); above it nobody is asked and the next step applies.
    #: ``None``: no cap.
    max_grant_usd: Dollars | None = None
    mode: Mode = "enforce"


class RerouteRule(_Strict):
    """``[[reroute]]``: route a model to another (cheaper) one.

    ``when = "shortfall"`` applies only as a budget remedy (``on_shortfall.steps`` has
    ``"reroute"``); ``"always"`` reroutes every call.
    """

    from_model: str = Field(alias="from")
    to: str
    when: Literal["shortfall", "always"] = "shortfall"
    mode: Mode = "enforce"

    @field_validator("from_model", "to")
    @classmethod
    def _model_ref(cls, value: str) -> str:
        provider, sep, model = value.partition(":")
        if not sep or not provider or not model:
            raise PydanticCustomError(
                "model_ref",
                'expected a model reference "provider:model" such as "openai:gpt-4o-mini", '
                "found {found}",
                {"found": repr(value)},
            )
        return value

    @model_validator(mode="after")
    def _not_to_itself(self) -> RerouteRule:
        if self.from_model == self.to:
            raise PydanticCustomError(
                "reroute_to_itself",
                "expected a reroute to another model, found {found} routed to itself; "
                "name the cheaper model in 'to', or remove the rule",
                {"found": repr(self.to)},
            )
        return self


class LimitsConfig(_Strict):
    """``[limits]``: rates, steps and wall clock. Absent fields are unlimited.

    A *call* is an LLM call; a *step* is an LLM call or a tool call. ``calls_per_minute`` and
    ``tokens_per_minute`` count the whole session, ``agent_calls_per_minute`` each agent.
    The per-minute limits (and ``[[tools.rate_limits]]``) are sliding windows kept in the
    process: several processes sharing a store each allow the full rate. A rate shared
    through the store is a budget with ``window = "minute"`` (a calendar minute).
    """

    calls_per_minute: Count | None = None
    tokens_per_minute: Count | None = None
    agent_calls_per_minute: Count | None = None
    max_calls_per_agent: Count | None = None
    max_calls_per_session: Count | None = None
    max_steps_per_agent: Count | None = None
    max_steps_per_session: Count | None = None
    max_session_seconds: PositiveFloat | None = None
    #: Seconds a call over a per-minute limit (calls, an agent's calls, tokens, or a tool's
    #: ``[[tools.rate_limits]]``) may wait for its window to free up before it is refused:
    #: the limit then throttles instead of refusing. A call whose window frees later than that
    #: is refused at once, without waiting. 0 (the default): refused at once.
    rate_wait_seconds: NonNegativeFloat = 0.0
    #: ``max_tokens`` when a call gives none (0 would make every such call answer nothing).
    default_max_tokens: Annotated[Count, Field(ge=1, le=MOST_TOKENS)] = 4096
    action: Literal["refuse", "warn", "escalate", "stop_agent", "stop_session"] = "refuse"
    fallback: str | None = None
    mode: Mode = "enforce"


class ToolRateLimit(_Strict):
    """``[[tools.rate_limits]]``: calls per minute for tools matching a glob pattern."""

    pattern: str
    per_minute: Count
    action: Literal["refuse", "warn", "escalate"] = "refuse"
    mode: Mode = "enforce"


class ToolsConfig(_Strict):
    """``[tools]``: which tools may run. Glob patterns (``fnmatch``) on tool names.

    Order: ``deny`` wins over everything; then, when ``allow`` is set, a tool matching none of it
    is denied; then ``require_approval`` escalates.
    """

    allow: list[str] | None = None
    deny: list[str] = Field(default_factory=list)
    require_approval: list[str] = Field(default_factory=list)
    fallback: str | None = None
    rate_limits: list[ToolRateLimit] = Field(default_factory=list)
    #: Seconds one tool call may run; past it the call is cancelled and fails with
    #: ``ToolTimeout`` (a plain ``def`` tool's worker thread is left to finish). None: no limit.
    timeout: PositiveFloat | None = None
    mode: Mode = "enforce"


class LoopConfig(_Strict):
    """``[loops.structural]`` / ``[loops.semantic]``: a loop detector's settings."""

    enabled: bool = True
    #: How many recent steps to compare.
    window: Count = 6
    #: Structural: repeats to count as a loop; semantic: cosine similarity in [0, 1].
    threshold: float = Field(default=3, ge=0)
    compare: Literal["responses", "tool_calls", "both"] = "both"
    method: Literal["pairwise", "consecutive"] = "consecutive"
    action: RuleAction = "restart_agent"
    #: Warn on the first detection, act on the second confirmation.
    warn_first: bool = True
    fallback: str | None = None
    mode: Mode = "enforce"


class StructuralLoopConfig(LoopConfig):
    """``[loops.structural]``: ``threshold`` is the repeats that make a loop (at least 2);
    each pattern keeps its own window, so ``window``, ``compare`` and ``method`` do nothing
    here (a warning says so)."""

    threshold: float = Field(default=3, ge=2)


class SemanticLoopConfig(LoopConfig):
    """``[loops.semantic]``: ``threshold`` is a cosine similarity (0 to 1), ``window`` the
    responses compared (at least 2)."""

    window: Annotated[Count, Field(ge=2)] = 6
    threshold: float = Field(default=0.92, ge=0, le=1)


class LoopsConfig(_Strict):
    """``[loops]``: the structural (repeated calls, cycles) and semantic detectors.

    A setting a ``[loops.structural]`` or ``[loops.semantic]`` table leaves out keeps the
    detectors' own measured default (see ``benchmarks/eval_loops.py``), and so does a table
    left out altogether: no table and an empty table run the same, measured, detectors."""

    structural: StructuralLoopConfig = Field(default_factory=StructuralLoopConfig)
    semantic: SemanticLoopConfig = Field(default_factory=SemanticLoopConfig)


def _nested_repeat(pattern: str) -> bool:
    """Where ``pattern`` repeats, without bound, something that itself repeats without bound
    (``(a+)+``, ``(\\w+\\s?)*``): the shape that backtracks for exponential time. Possessive
    repeats and atomic groups never backtrack, so they are not one."""
    # re's own parser (no public API parses a pattern; it has no type stubs).
    sre: Any = importlib.import_module("re._parser")
    unbounded = (sre.MAX_REPEAT, sre.MIN_REPEAT)

    def walk(items: Any, inside: bool) -> bool:
        for op, arg in items:
            if op in unbounded:
                repeats = arg[1] == sre.MAXREPEAT
                if (repeats and inside) or walk(arg[2], inside or repeats):
                    return True
            elif op == sre.SUBPATTERN:
                if walk(arg[-1], inside):
                    return True
            elif op == sre.BRANCH and any(walk(branch, inside) for branch in arg[1]):
                return True
        return False

    return walk(sre.parse(pattern), False)


class StreamRuleConfig(_Strict):
    """``[[stream_rules]]``: a regular expression over the streamed text."""

    name: str
    pattern: str
    ignore_case: bool = False
    #: Lookback bound in characters (see ``StreamMatcher``): the longest match surely caught.
    max_match_chars: Count = 256
    action: RuleAction = "interrupt"
    fallback: str | None = None
    mode: Mode = "enforce"

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise PydanticCustomError(
                "regex",
                "expected a valid regular expression, found {found} ({error}); fix the pattern "
                "(in TOML use a 'literal string' so backslashes are kept)",
                {"found": repr(value), "error": str(exc)},
            ) from None
        if _nested_repeat(value):
            # re has no time limit: a rule such as (a+)+$ over a few dozen streamed
            # characters runs for hours on the event loop, freezing every agent, the governor
            # and Ctrl-C (found by the bad-input audit: supervise run hung for good).
            raise PydanticCustomError(
                "regex",
                "expected a pattern with no repeat inside a repeat, found {found}: a repeated "
                "group that holds a repeat, such as (a+)+, can take hours to fail on some text "
                "(catastrophic backtracking), freezing every agent and the governor as streams "
                "are checked; write the inner repeat once ('a+' for '(a+)+'), or make it "
                "possessive ('a++') or atomic ('(?>a+)')",
                {"found": repr(value)},
            )
        if re.search(value, "") is not None:
            # A pattern that matches no text at all (``""``, ``x*``, ``^``) matches at the
            # first chunk of every stream, so the rule would cut every call.
            raise PydanticCustomError(
                "regex",
                "expected a pattern that matches some text, found {found}, which matches empty "
                "text and so would cut every stream at its first chunk; make it match only what "
                "the rule is for (e.g. 'sk-[A-Za-z0-9]+', with + rather than * on its own)",
                {"found": repr(value)},
            )
        return value

    @field_validator("action")
    @classmethod
    def _can_act_mid_stream(cls, value: str) -> str:
        if value == "escalate":
            # A stream cannot wait for a person's answer: the rule would cut the stream and
            # ask nobody, while saying it escalates.
            raise PydanticCustomError(
                "stream_escalate",
                "expected an action a stream can take as it runs, found 'escalate': a stream "
                "cannot wait for a person's answer, so nobody would be asked and the stream "
                "would just be cut; use 'interrupt' (cut it, with a fallback) or 'stop_agent'",
                {},
            )
        return value

    def compile(self) -> re.Pattern[str]:
        """The compiled pattern."""
        return re.compile(self.pattern, re.IGNORECASE if self.ignore_case else 0)


#: A price in dollars: a finite number, 0 to :data:`MOST_PER_MTOK` (``inf`` cannot be turned
#: into a charge).
Price = Annotated[float, Field(ge=0, le=MOST_PER_MTOK, allow_inf_nan=False)]


class PriceConfig(_Strict):
    """``[prices."provider:model"]``: dollars per million tokens.

    For a model the genai-prices table knows, each field left out keeps the table's price (its
    long-context tiers too, never below a price given here). A model the table does not know
    (``local``, ``scripted``, a fine-tune) needs ``input_per_mtok`` and ``output_per_mtok``;
    its other prices then default as noted.
    """

    input_per_mtok: Price | None = None
    output_per_mtok: Price | None = None
    #: Input read from the provider's prompt cache; default: input.
    cached_input_per_mtok: Price | None = None
    #: Input written to the provider's prompt cache (Anthropic: 1.25x input); default: input.
    cache_write_per_mtok: Price | None = None
    #: Input written to the long-lived cache (Anthropic's 1 hour: 2x); default: the above.
    cache_write_long_per_mtok: Price | None = None
    #: Dollars per thousand server-side web searches (Anthropic: 10); needed to offer a web
    #: search tool when the price table does not know it.
    web_search_per_k: Price | None = None


#: What an environment variable's name may be (POSIX shells' rule).
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class ProviderConfig(_Strict):
    """``[providers.<name>]``: where a provider name's models are served."""

    #: ``local`` is an OpenAI-compatible server that needs no key (vLLM, llama.cpp, Ollama).
    kind: Literal["openai", "anthropic", "openai-responses", "local", "scripted"]
    base_url: str | None = None
    #: Environment variable holding the API key (preferred).
    api_key_env: str | None = None
    #: A literal key: allowed, but warned about (a key in a file leaks).
    api_key: str | None = Field(default=None, repr=False)
    timeout: PositiveFloat = 600.0
    chunk_timeout: PositiveFloat = 60.0

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # The repr (and str) of a policy shows where a provider is, never the password or
        # query key its base_url may carry; api_key is left out altogether (repr=False).
        for name, value in super().__repr_args__():
            yield name, redact_text(value) if name == "base_url" and value else value

    @field_validator("base_url")
    @classmethod
    def _is_a_url(cls, value: str | None) -> str | None:
        # A base_url a client cannot use (no scheme, no host, port 99999) used to be found
        # only by the first call, after the agent's restarts ran out (exit 4), once as an
        # "ExceptionGroup(... OverflowError('connect(): port must be 0-65535.'))".
        if value is None:
            return value
        parts = urlsplit(value.strip())
        try:
            port = parts.port
        except ValueError:
            port = -1
        if parts.scheme not in ("http", "https") or not parts.hostname or port == -1:
            raise PydanticCustomError(
                "url",
                'expected a URL such as "http://localhost:8000/v1" (http:// or https://, a '
                "host, and a port of 0 to 65535 if any), found {found}; write the server's "
                "address in full",
                {"found": repr(redact_text(value))},
            )
        return value

    @field_validator("api_key_env")
    @classmethod
    def _names_a_variable(cls, value: str | None) -> str | None:
        # The key itself written here by mistake would be printed wherever the variable is
        # named (check-policy, "the environment variable ... is not set"): it is refused, and
        # not quoted back.
        if value is not None and ENV_NAME.fullmatch(value) is None:
            raise PydanticCustomError(
                "env_name",
                "expected the name of an environment variable, such as OPENAI_API_KEY, found "
                "a value that is not one (not shown: it may be the key itself); put the key in "
                "an environment variable and write that variable's name here",
            )
        return value


class RetriesConfig(_Strict):
    """``[retries]``: retrying failed provider calls (each retry is budgeted like a call)."""

    max_attempts: Annotated[int, Field(ge=1)] = 3
    backoff_initial: Annotated[float, Field(ge=0)] = 0.5
    backoff_max: Annotated[float, Field(ge=0)] = 20.0
    backoff_multiplier: Annotated[float, Field(ge=1)] = 2.0
    jitter: bool = True
    retry_on: list[RetryOn] = Field(
        default_factory=lambda: list[RetryOn](["rate_limited", "unavailable", "connect"])
    )


class FailClosedConfig(_Strict):
    """``[fail_closed]``: what calls do while the governor or its store is unreachable."""

    behaviour: Literal["wait", "refuse"] = "wait"
    wait_timeout: Annotated[float, Field(ge=0)] = 30.0


class EscalationConfig(_Strict):
    """``[escalation]``: the answer when nobody is at the terminal."""

    unattended_default: Literal["approve", "deny", "stop"] = "deny"
    timeout: Annotated[float, Field(gt=0)] = 300.0


_KEY_RE = re.compile(r"^[A-Za-z0-9_.\-]+$")


class PolicyConfig(_Strict):
    """A whole policy file. Every section is optional; an empty file governs nothing."""

    version: Literal[1] = 1
    budgets: dict[ScopeName, BudgetConfig] = Field(default_factory=dict)
    on_shortfall: ShortfallConfig = Field(default_factory=ShortfallConfig)
    reroute: list[RerouteRule] = Field(default_factory=list)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    tools: ToolsConfig = Field(default_factory=ToolsConfig)
    loops: LoopsConfig = Field(default_factory=LoopsConfig)
    stream_rules: list[StreamRuleConfig] = Field(default_factory=list)
    prices: dict[str, PriceConfig] = Field(default_factory=dict)
    providers: dict[str, ProviderConfig] = Field(default_factory=dict)
    retries: RetriesConfig = Field(default_factory=RetriesConfig)
    fail_closed: FailClosedConfig = Field(default_factory=FailClosedConfig)
    escalation: EscalationConfig = Field(default_factory=EscalationConfig)

    _warnings: list[str] = PrivateAttr(default_factory=list)

    @field_validator("prices")
    @classmethod
    def _price_refs(cls, value: dict[str, PriceConfig]) -> dict[str, PriceConfig]:
        for ref in value:
            provider, sep, model = ref.partition(":")
            if not sep or not provider or not model:
                raise PydanticCustomError(
                    "model_ref",
                    'expected keys "provider:model" such as [prices."local:llama3"], found {found}',
                    {"found": repr(ref)},
                )
        return value

    @field_validator("reroute")
    @classmethod
    def _one_reroute_per_model(cls, value: list[RerouteRule]) -> list[RerouteRule]:
        # The engine keeps one rule per model and 'when' (the last): a second one would be
        # dropped unsaid, an enforced reroute followed by a shadow one doing nothing at all.
        seen: dict[tuple[str, str], int] = {}
        for index, rule in enumerate(value):
            first = seen.setdefault((rule.from_model, rule.when), index)
            if first != index:
                raise PydanticCustomError(
                    "duplicate",
                    "expected one [[reroute]] rule per model and 'when', found {found} in "
                    "reroute[{first}] and reroute[{index}], and only one can apply; keep one "
                    "of them",
                    {
                        "found": f"{rule.from_model!r} (when = {rule.when!r})",
                        "first": first,
                        "index": index,
                    },
                )
        return value

    @model_validator(mode="after")
    def _cross_checks(self) -> PolicyConfig:
        names = [rule.name for rule in self.stream_rules]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise PydanticCustomError(
                "duplicate",
                "expected unique stream rule names, found {found} more than once; rename them",
                {"found": ", ".join(duplicates)},
            )
        for ref, price in self.prices.items():
            provider = ref.partition(":")[0]
            configured = self.providers.get(provider)
            kind = configured.kind if configured is not None else provider
            missing = [
                name
                for name in ("input_per_mtok", "output_per_mtok")
                if getattr(price, name) is None
            ]
            if missing and kind in ("local", "scripted"):
                # No table price to keep: the entry is the whole price.
                raise PydanticCustomError(
                    "price_missing",
                    '[prices."{ref}"] gives no {missing}: a {kind} model has no table price '
                    "to keep, so give both input_per_mtok and output_per_mtok (0 is fine)",
                    {"ref": ref, "missing": " or ".join(missing), "kind": kind},
                )
        warnings = [
            f"providers.{name}.api_key holds a literal API key; prefer api_key_env so the "
            "key stays out of files."
            for name, provider in self.providers.items()
            if provider.api_key is not None
        ]
        if "reroute" in self.on_shortfall.steps and not any(
            r.when == "shortfall" for r in self.reroute
        ):
            warnings.append(
                "on_shortfall.steps has 'reroute' but no [[reroute]] rule with "
                "when = 'shortfall'; that step never applies."
            )
        call = self.budgets.get("call")
        if call is not None and call.window is not None:
            warnings.append(
                f"budgets.call.window = {call.window!r} does nothing: a call's budget is its "
                "own, with no window to reset; remove it (or move the budget to another scope)."
            )
        unused = sorted({"window", "compare", "method"} & self.loops.structural.model_fields_set)
        if unused:
            warnings.append(
                f"loops.structural sets {', '.join(unused)}, which do nothing: each structural "
                "pattern keeps its own window; remove them (threshold sets the repeats)."
            )
        both = sorted(set(self.tools.allow or ()) & set(self.tools.deny))
        if both:
            warnings.append(
                f"tools.allow and tools.deny both list {', '.join(map(repr, both))}; deny wins, "
                "so remove it from one of them."
            )
        self._warnings = warnings
        return self

    @property
    def warnings(self) -> list[str]:
        """Things that are valid but probably unwise (a literal API key...)."""
        return list(self._warnings)

    def provider_kinds(self) -> dict[str, str]:
        """Configured provider name -> kind, for :class:`~policies.PriceTable`."""
        return {name: p.kind.removesuffix("-responses") for name, p in self.providers.items()}


# --- loading and error messages ----------------------------------------------------------------


def _format_loc(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if item == "[key]":
            continue  # pydantic's marker for "the dict key itself": the key is named before it
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif _KEY_RE.match(item) and "." not in item:
            parts.append(("." if parts else "") + item)
        else:
            parts.append(f'{"." if parts else ""}"{item}"')
    return "".join(parts) or "(top level)"


def _unwrap_model(annotation: Any) -> tuple[type[BaseModel] | None, int]:
    """The model class inside an annotation, and how many container keys lead to it."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _unwrap_model(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found, depth = _unwrap_model(arg)
            if found is not None:
                return found, depth
        return None, 0
    if origin in (list, dict):
        found, depth = _unwrap_model(typing.get_args(annotation)[-1])
        return found, depth + 1
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, 0
    return None, 0


def _fields_at(loc: tuple[int | str, ...]) -> list[str]:
    """The field names (aliases) the model at ``loc`` accepts, for did-you-mean."""
    model: type[BaseModel] | None = PolicyConfig
    skip = 0
    for item in loc:
        if skip:
            skip -= 1
            continue
        if model is None or not isinstance(item, str):
            return []
        field = next((f for n, f in model.model_fields.items() if (f.alias or n) == item), None)
        if field is None:
            return []
        model, skip = _unwrap_model(field.annotation)
    if model is None:
        return []
    return [f.alias or n for n, f in model.model_fields.items()]


def _found(value: Any, loc: tuple[int | str, ...] = ()) -> str:
    # What was found is quoted back, so a key written in the wrong place (api_key = 42, a
    # [providers.x] given as a string) would be printed: credentials are never quoted.
    if any(isinstance(part, str) and is_secret_key(part) for part in loc):
        return REDACTED
    text = redact_text(repr(value))
    return text if len(text) <= 60 else text[:57] + "..."


_FIXES = {
    "literal_error": "change the value to one of those",
    "int_parsing": "write a whole number without quotes, e.g. 1000",
    "int_type": "write a whole number without quotes, e.g. 1000",
    "int_from_float": "write a whole number, e.g. 1000",
    "float_parsing": "write a number without quotes, e.g. 0.5",
    "float_type": "write a number without quotes, e.g. 0.5",
    "bool_type": "write true or false, without quotes",
    "bool_parsing": "write true or false, without quotes",
    "string_type": 'quote the value, e.g. "text"',
    "list_type": 'write a list, e.g. ["a", "b"]',
    "dict_type": "write a table, e.g. [section] with keys under it",
    "model_type": "write a table, e.g. [section] with keys under it",
    "greater_than": "use a larger number",
    "greater_than_equal": "use a larger number",
    "less_than_equal": "use a smaller number",
    "finite_number": "write a number of dollars, e.g. 0.5",
}


def _plain(value: float) -> str:
    """A price as written, never in exponent notation: ``0.0000001``, not ``1e-07``."""
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text


def _describe_error(error: Mapping[str, Any]) -> str:
    loc: tuple[int | str, ...] = tuple(error["loc"])
    path = _format_loc(loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        known = _fields_at(loc[:-1])
        key = str(loc[-1])
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        choices = f" Known keys here: {', '.join(known)}." if known else ""
        return f"{path}: unknown key {key!r}; {hint}remove it or fix its spelling.{choices}"
    if kind == "missing":
        return f"{path}: this required field is missing; add it."
    if kind in (
        "dollars",
        "negative",
        "regex",
        "model_ref",
        "duplicate",
        "reroute_to_itself",
        "stream_escalate",
        "env_name",
        "price_missing",
        "url",
    ):
        return f"{path}: {error['msg']}."
    found = error.get("input")
    if isinstance(found, float) and math.isnan(found):
        # nan is neither larger nor smaller than a bound: "use a larger number" misleads.
        return f"{path}: expected a number, found nan; write a number, e.g. 0.5."
    message = str(error["msg"])
    expected = message.removeprefix("Input should be ").removeprefix("Value error, ")
    if kind in ("literal_error", "enum"):
        expected = "one of " + expected
    fix = _FIXES.get(kind, "change the value")
    if kind == "list_type" and isinstance(error.get("input"), dict) and _fields_at(loc):
        # [tools.rate_limits] (one table) where [[tools.rate_limits]] (a list of them) goes.
        fix = f"write each entry under [[{path}]], with two brackets, one such header per entry"
    if "[key]" in loc:  # the key itself is wrong: a table or key name, not a value
        fix = fix.replace("change the value", "rename it")
    return f"{path}: expected {expected}, found {_found(error.get('input'), loc)}; {fix}."


def parse_policy(data: Mapping[str, Any], *, source: str = "<string>") -> PolicyConfig:
    """Validate an already-parsed policy mapping.

    Raises:
        PolicyFileError: Naming ``source``, each field path, expected, found and the fix.
    """
    try:
        return PolicyConfig.model_validate(dict(data))
    except ValidationError as exc:
        problems = [_describe_error(e) for e in exc.errors(include_url=False)]
        raise PolicyFileError(source, problems) from None


def load_policy_text(text: str, *, source: str = "<string>") -> PolicyConfig:
    """Parse and validate policy TOML given as a string.

    Raises:
        PolicyFileError: On TOML syntax (with line and column) or validation problems.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyFileError(
            source, [f"TOML syntax error: {exc}. Fix the syntax at that line and column."]
        ) from None
    return parse_policy(data, source=source)


#: The largest policy file read.
MAX_POLICY_BYTES = 1024 * 1024


def load_policy(path: str | Path) -> PolicyConfig:
    """Read, parse and validate a policy file.

    Raises:
        PolicyFileError: The file is missing or unreadable, is not valid TOML (the message
            names line and column), or does not match the schema (the message names each field
            path, what was expected, what was found and the fix).
    """
    path = Path(path)
    try:
        # At most MAX_POLICY_BYTES: a wrong path (/dev/zero, a log, a disk image) would
        # otherwise be read whole, without end or until memory ran out.
        with path.open("rb") as file:
            data = file.read(MAX_POLICY_BYTES + 1)
        if len(data) > MAX_POLICY_BYTES:
            raise PolicyFileError(
                str(path),
                [
                    f"the file is larger than {MAX_POLICY_BYTES // 1024 // 1024} MiB, far "
                    "more than any policy (a few KB); check the path."
                ],
            )
        # utf-8-sig: an editor that saves "UTF-8 with BOM" (Windows Notepad) puts U+FEFF first,
        # which TOML rejects as an "invalid statement" at line 1, column 1.
        text = data.decode("utf-8-sig")
    except OSError as exc:
        raise PolicyFileError(
            str(path), [f"cannot read the file ({exc.strerror or exc}); check the path."]
        ) from None
    except UnicodeDecodeError as exc:
        raise PolicyFileError(
            str(path), [f"the file is not UTF-8 text ({exc.reason}); save it as UTF-8."]
        ) from None
    return load_policy_text(text, source=str(path))


# --- explanation ---------------------------------------------------------------------------------


def _mode(mode: str) -> str:
    return " [shadow: recorded only]" if mode == "shadow" else ""


def explain_policy(config: PolicyConfig) -> str:
    """Describe in plain words what a policy does (for ``supervise check-policy``)."""
    lines: list[str] = []
    add = lines.append
    if config.budgets:
        add("Budgets (a call reserves its worst case on every enclosing scope before it runs):")
        for scope, budget in config.budgets.items():
            parts = []
            if budget.cost is not None:
                parts.append(f"{format_usd(budget.cost)}")
            if budget.tokens is not None:
                parts.append(f"{budget.tokens:,} tokens")
            if budget.calls is not None:
                parts.append(f"{budget.calls:,} calls")
            per = f" per {budget.window}" if budget.window else ""
            what = ", ".join(parts) or "no limit"
            # warn_at is a fraction of the cost limit: a budget of calls or tokens never warns.
            warn = (
                f"; warns at {budget.warn_at:.0%} of the cost"
                if budget.warn_at and budget.cost is not None
                else ""
            )
            where = {
                "global": "all sessions together",
                # agent_scope_id: an agent's budget belongs to its session (a resumed session
                # keeps its agents' spend; a new one starts them afresh).
                "agent": "each agent within its session",
                # A run without a tenant has no tenant scope (outer_scopes): say how to give one.
                "tenant": "each tenant (runs given one: supervise run --tenant NAME)",
            }.get(scope, f"each {scope}")
            add(f"  - {where}: at most {what}{per}{warn}{_mode(budget.mode)}")
        shortfall = config.on_shortfall
        add(
            "  When a call's worst case does not fit: "
            + " -> ".join(s.replace("_", " ") for s in shortfall.steps)
            + f" (max_tokens never below {shortfall.min_max_tokens}){_mode(shortfall.mode)}."
        )
        if "escalate" in shortfall.steps:
            cap = shortfall.max_grant_usd
            add(
                "  Escalate asks a person to grant the budget the room the call lacks"
                + (
                    f", if at most {format_usd(cap)}"
                    if cap is not None
                    else " (no cap: on_shortfall.max_grant_usd)"
                )
                + "; only an answer someone gave grants, never a default."
            )
    else:
        add("Budgets: none (spend is recorded but not limited).")
    for rule in config.reroute:
        when = "always" if rule.when == "always" else "when the budget is short"
        add(f"Reroute {rule.from_model} -> {rule.to} {when}{_mode(rule.mode)}.")
    limits = config.limits
    limit_parts = [
        f"{name.replace('_', ' ')} {value}"
        for name, value in limits.model_dump(
            exclude={"action", "fallback", "mode", "default_max_tokens", "rate_wait_seconds"}
        ).items()
        if value is not None
    ]
    if limit_parts:
        add(
            f"Limits ({limits.action} when reached{_mode(limits.mode)}): "
            + "; ".join(limit_parts)
            + "."
        )
    if limits.max_session_seconds is not None:
        then = {
            "refuse": "the session's running calls are cut and later ones refused",
            "stop_session": "the session is stopped, its running calls cut",
            "stop_agent": "the session's agents are stopped, their running calls cut",
            "warn": "each later call is warned about",
            "escalate": "each later call asks a person first",
        }[limits.action]
        add(f"After {limits.max_session_seconds:g}s {then}{_mode(limits.mode)}.")
    per_minute = [
        name
        for name in ("calls_per_minute", "agent_calls_per_minute", "tokens_per_minute")
        if getattr(limits, name) is not None
    ]
    if per_minute or config.tools.rate_limits:
        add(
            "Per-minute limits are counted by each process, over the last 60 s: processes "
            "sharing a store each allow the full rate, and a restarted run starts a new "
            'minute. For one rate shared through the store, use a budget with window = "minute".'
        )
    if limits.rate_wait_seconds:
        add(
            "A call over a per-minute limit waits for room when its window frees within "
            f"{limits.rate_wait_seconds:g}s; otherwise the limit's action applies at once."
        )
    add(f"Calls without max_tokens get max_tokens = {limits.default_max_tokens}.")
    tools = config.tools
    if tools.allow is not None:
        add(f"Tools allowed: only {', '.join(tools.allow) or 'none'}{_mode(tools.mode)}.")
    if tools.deny:
        add(f"Tools denied: {', '.join(tools.deny)}{_mode(tools.mode)}.")
    if tools.require_approval:
        add(f"Tools needing a person's approval: {', '.join(tools.require_approval)}.")
    if tools.timeout is not None:
        add(f"A tool call still running after {tools.timeout:g}s is cancelled and fails.")
    for rate in tools.rate_limits:
        add(
            f"Tools matching {rate.pattern}: at most {rate.per_minute} calls a minute ({rate.action}){_mode(rate.mode)}."
        )
    for name, loop in (
        ("structural", config.loops.structural),
        ("semantic", config.loops.semantic),
    ):
        if loop.enabled:
            first = "warn first, then " if loop.warn_first else ""
            given = loop.model_fields_set
            if name == "structural":
                how = (
                    f"{int(loop.threshold)} repeats make a loop"
                    if "threshold" in given
                    else "its measured defaults"
                )
            else:
                shown = [
                    text
                    for key, text in (
                        ("compare", f"compares {loop.compare}"),
                        ("method", f"{loop.method}"),
                        ("window", f"over the last {loop.window} steps"),
                        ("threshold", f"similarity threshold {loop.threshold}"),
                    )
                    if key in given
                ]
                how = (
                    ", ".join(shown) + ("; otherwise " if shown else "") + ("its measured defaults")
                )
            add(
                f"Loop detector {name}: {how}; {first}{loop.action.replace('_', ' ')}"
                f"{_mode(loop.mode)}."
            )
        else:
            add(f"Loop detector {name}: off.")
    for stream_rule in config.stream_rules:
        add(
            f"Stream rule {stream_rule.name}: /{stream_rule.pattern}/ -> "
            f"{stream_rule.action.replace('_', ' ')}{_mode(stream_rule.mode)}."
        )
    for ref, price in config.prices.items():
        cache = [
            f"${_plain(value)}/M {what}"
            for value, what in (
                (price.cached_input_per_mtok, "read from the prompt cache"),
                (price.cache_write_per_mtok, "written to it"),
                (price.cache_write_long_per_mtok, "written to its long-lived cache"),
            )
            if value is not None
        ]
        tokens = [
            f"${_plain(value)}/M {what}"
            for value, what in ((price.input_per_mtok, "input"), (price.output_per_mtok, "output"))
            if value is not None
        ]
        add(
            f"Price of {ref}: "
            + (f"{', '.join(tokens)} tokens" if tokens else "the table's token prices")
            + (f"; input {', '.join(cache)}" if cache else "")
            + (
                f"; ${_plain(price.web_search_per_k)} per thousand web searches"
                if price.web_search_per_k is not None
                else ""
            )
            + "."
        )
    for name, provider in config.providers.items():
        # A base_url may carry a password (https://user:pass@host) or a key in its query.
        where = f" at {redact_text(provider.base_url)}" if provider.base_url else ""
        key = f", key from ${provider.api_key_env}" if provider.api_key_env else ""
        add(f"Provider {name}: {provider.kind}{where}{key}.")
    retries = config.retries
    add(
        f"Retries: up to {retries.max_attempts} attempts, backoff {retries.backoff_initial}s "
        f"x{retries.backoff_multiplier} (max {retries.backoff_max}s), on {', '.join(retries.retry_on)}."
    )
    fail = config.fail_closed
    if fail.behaviour == "wait":
        add(
            f"If the governor or its store is down, calls wait up to {fail.wait_timeout}s, then are refused."
        )
    else:
        add("If the governor or its store is down, calls are refused at once.")
    add(
        f"Unattended escalations: {config.escalation.unattended_default} after "
        f"{config.escalation.timeout}s."
    )
    for warning in config.warnings:
        add(f"Warning: {warning}")
    return "\n".join(lines)
