"""The messages agents and the governor exchange, and the grants the governor hands back.

They are private: agents reach them only through ``Agent.llm`` and ``Agent.tool``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from policies._frozen import fast_init

from ._store._base import EXTENSION_SUFFIX

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import anyio

    from actors import ActorRef
    from policies import Decision, Refuse, StreamMonitor

    from ._approvals import AnsweredBy, ApprovalRequest


class PendingEmbedding(Protocol):
    """What an agent's next call waits for before it asks: its last step's embedding, which the
    pre-call loop check compares (an ``EmbeddingHandle``, or the governor's pending step)."""

    def done(self) -> bool: ...

    async def wait(self) -> Any: ...


# -- agent -> governor ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hello:
    """An agent (re)started and joins its session."""

    agent: str
    session: str
    path: str
    ref: ActorRef[Any]
    restart_count: int
    tenant: str | None = None


@dataclass(frozen=True, slots=True)
class Goodbye:
    """An agent ended (``done``, ``stopped`` or ``failed``)."""

    agent: str
    state: Literal["done", "stopped", "failed"]
    detail: str = ""


@dataclass(frozen=True, slots=True)
class StopNow:
    """governor -> agent: the agent was stopped while in its own code, between governed calls
    (an operator's ``supervise stop --agent``): its ``run()`` was cancelled, and it ends as
    stopped (not failed, so it is not restarted)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Supervised:
    """runtime -> governor: the supervision tree acted (restarted a crashed agent, or gave up
    and escalated); an audit record, as a decision of the governor's is.

    ``event`` is ``"agent.restarted"`` or ``"supervisor.gave_up"``; ``agent`` is empty for a
    supervisor's own record.
    """

    event: str
    session: str
    agent: str
    data: Mapping[str, Any]


@fast_init
@dataclass(frozen=True, slots=True)
class PreCall:
    """An agent asks to make an LLM call."""

    agent: str
    session: str
    call_id: str
    model_ref: str
    messages: Sequence[Mapping[str, Any]]
    max_tokens: int | None
    tools: Sequence[Mapping[str, Any]] | None
    attempt: int = 1
    #: Seconds this call has already waited for a rate limit's window (see Throttled).
    waited: float = 0.0
    #: The thinking budget the call asks for (0: none): max_tokens is never lowered to it.
    reasoning_tokens: int = 0
    #: The id this call first asked under, when it asks again after waiting for a rate limit's
    #: window ("" on its first ask): its place in line (``PolicyEngine.waiting``).
    first_call_id: str = ""


@dataclass(frozen=True, slots=True)
class PreTool:
    """An agent asks to run a tool."""

    agent: str
    session: str
    call_id: str
    name: str
    args: Mapping[str, Any]
    #: Seconds this call has already waited for a rate limit's window (see Throttled).
    waited: float = 0.0
    #: False when ``args`` do not fit the tool's signature: the call will fail without running
    #: (``ToolArgumentsError``), so the governor asks nobody to approve it (see ToolContext).
    args_fit: bool = True


@dataclass(frozen=True, slots=True)
class Answered:
    """A person (or the unattended default) answered an escalation."""

    call_id: str
    answer: Literal["approve", "deny", "stop"]
    waited: float = 0.0
    #: Who answered (see ``AnsweredBy``): the audit log records it.
    by: AnsweredBy = "approver"
    #: Why, when nobody could answer (``by == "failed"``: what the approver did wrong).
    detail: str = ""
    #: Who asked: a governor that no longer holds the question still audits the answer.
    agent: str = ""
    session: str = ""


@fast_init
@dataclass(frozen=True, slots=True)
class Settle:
    """An LLM call ended (normally, cut, failed or cancelled): charge what it consumed.

    Self-contained, so a restarted governor that never saw the call can still settle it.
    """

    agent: str
    session: str
    call_id: str
    model_ref: str
    input_tokens: int
    output_tokens: int
    estimated: bool
    outcome: Literal["ok", "cut", "error", "cancelled"]
    finish_reason: str
    text: str = ""
    tool_calls: Sequence[Mapping[str, Any]] = ()
    observation: str = ""
    detail: str = ""
    #: Of ``input_tokens``: read from, and written to, the provider's prompt cache (each has
    #: its own price).
    cached_input_tokens: int = 0
    cache_write_tokens: int = 0
    cache_write_long_tokens: int = 0
    #: Server-side web searches the provider ran in the call (each billed on its own).
    web_searches: int = 0
    #: The cost reserved for it beyond its grant (:class:`ReserveMore`, under
    #: :func:`more_id`), given back once the call is charged.
    reserved_more: int = 0
    #: The output tokens reserved for it beyond its grant (what it holds for a free model).
    more_tokens: int = 0


@dataclass(frozen=True, slots=True)
class ReserveMore:
    """A stream's live cost passed its reservation on the text's estimate, with no evidence
    yet that it passed ``max_tokens`` (a provider that honours it stops there by itself, and a
    token per 4 characters counts prose of long words high): reserve up to ``tokens`` more
    output tokens so that it may run on. The governor answers with the tokens it reserved (0:
    none fits, and the stream is cut before it overshoots)."""

    agent: str
    session: str
    call_id: str
    tokens: int


def more_id(call_id: str) -> str:
    """The id of what :class:`ReserveMore` reserved for ``call_id`` (released at its settle):
    a store counts no call for it (``EXTENSION_SUFFIX``)."""
    return call_id + EXTENSION_SUFFIX


@dataclass(frozen=True, slots=True)
class ToolDone:
    """A tool call finished."""

    agent: str
    session: str
    call_id: str
    name: str
    args: Mapping[str, Any]
    observation: str
    error: bool


# -- governor -> agent ---------------------------------------------------------------------------


@dataclass(slots=True)
class CallGrant:
    """A permit to run one call, in the agent's own task, inside ``scope``.

    The governor keeps the same ``scope`` and cancels it to cut the call; ``cut`` then says why.
    """

    call_id: str
    model_ref: str
    max_tokens: int
    input_tokens: int
    reserved_cost: int
    scope: anyio.CancelScope
    monitor: StreamMonitor | None
    decisions: tuple[Decision, ...] = ()
    rerouted_from: str | None = None
    cut: Decision | None = None
    #: Reserved beyond ``reserved_cost`` for a stream that ran on (:class:`ReserveMore`).
    more_cost: int = 0
    more_tokens: int = 0


@dataclass(frozen=True, slots=True)
class Refusal:
    """The call must not run (or the agent must stop)."""

    refusal: Refuse
    stop_agent: bool = False


@dataclass(frozen=True, slots=True)
class Throttled:
    """The call is over a per-minute limit, and the policy lets it wait for room
    (``limits.rate_wait_seconds``): ask again, with a new call id, after ``retry_after``
    seconds."""

    retry_after: float
    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class NeedsApproval:
    """The call is held until a person answers ``request``.

    The agent waits for the answer inside ``scope``; the governor keeps the same scope and
    cancels it to withdraw the question (the agent or its session was stopped meanwhile).
    """

    request: ApprovalRequest
    decisions: tuple[Decision, ...] = field(default=())
    scope: anyio.CancelScope | None = None


@dataclass(frozen=True, slots=True)
class Unavailable:
    """The store cannot be reached; the call was not admitted (fail closed)."""

    reason: str


@dataclass(frozen=True, slots=True)
class AskAgain:
    """The governor holds no question for this answer (it was restarted while the person
    decided, and rebuilt its state from the store, which keeps no questions): send the call
    again, to be decided afresh."""

    reason: str


@fast_init
@dataclass(frozen=True, slots=True)
class Settled:
    """The governor's receipt for a settled call."""

    cost: int
    durable: bool
    embedding: PendingEmbedding | None = None
    decisions: tuple[Decision, ...] = ()
