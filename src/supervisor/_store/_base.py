"""The ledger store interface, its record types and its errors.

A ledger store keeps budgets (one limit per scope, optionally on a window), reservations, settled
charges, the hash-chained audit log and stop signals, so that a budget survives a crash (SQLite) and
is shared by every process that spends from it (Redis). Every implementation gives ``set_limit``,
``reserve``, ``settle``, ``release`` and ``balance`` the same meaning and the same result types as
:class:`policies.Ledger` (``Limits``, ``Reservation``, ``Shortfall``, ``Settlement``, ``Balance``):

* ``reserve`` is atomic and all or nothing across every enclosing scope (in the current window of a
  windowed limit); it returns a ``Reservation`` or a ``Shortfall`` naming the first scope without
  room. The check is ``spent + reserved + asked <= limit + granted`` per limited dimension. A
  ``Reservation``'s ``balances`` say where each of its scopes that has a limit stands right after
  it, from the same atomic step (what ``balance`` would read then; Redis: from the same script):
  the governor reserves a call's worst case first and reads no balance unless it falls short.
* ``reserve(..., grant={scope: Amounts})`` (a person approved a call that did not fit) raises
  each short scope's ``granted`` by what the call needs at that moment, never more than the
  approved amount per dimension, in the same atomic step as the reservation; if the call does not
  fit even so, nothing is raised or reserved. What is granted is kept per scope and window apart
  from the limit: ``set_limit`` leaves it, a reopened store still has it, and a windowed limit's
  grant ends with its window. ``Balance.limit`` includes it (``Balance.granted`` says how much).
* ``settle`` charges the actual amounts (above the reservation: charged in full and flagged as
  ``overrun``, never lost) and releases the rest; a reservation settles into the window it was made
  in. ``release`` gives the whole reservation back. Both are idempotent: a finished call returns
  its first outcome. A call id never reserved raises ``policies.UnknownCall``.
* Every reservation also records its owner (the process), session, agent and model, so spend can be
  listed per session, agent and model and a restarted governor can reload a session.

Errors raised on purpose::

    StoreError                  root of this module's errors
    ├── StoreUnavailable        the backend cannot be reached (fail closed: refuse or wait)
    ├── InvalidStoreURL         open_store() was given a URL it cannot use (also a ValueError)
    └── StoreCorrupted          the store's files or keys hold something this code cannot read

``policies.DuplicateCall`` and ``policies.UnknownCall`` are raised for the same misuse as by the
in-memory ledger. Using a closed store raises :class:`RuntimeError`.
"""

from __future__ import annotations

import enum
import math
import os
import socket
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Sequence
    from contextlib import AbstractAsyncContextManager
    from types import TracebackType
    from typing import Self

    from policies import Amounts, Balance, Limits, Reservation, Scope, Settlement, Shortfall, Window

__all__ = [
    "EXTENSION_SUFFIX",
    "AuditRecord",
    "AuditVerification",
    "InvalidStoreURL",
    "LedgerStore",
    "OpenReservation",
    "SessionProgress",
    "SessionState",
    "SessionSummary",
    "StopSignal",
    "StoreCorrupted",
    "StoreError",
    "StoreUnavailable",
    "new_owner_id",
]


class StoreError(Exception):
    """Root of every error the ledger stores raise on purpose."""


class StoreUnavailable(StoreError):
    """The store's backend cannot be reached or did not answer in time.

    The governor fails closed on this error: the call is refused or waits, it is never sent
    unaccounted. A store reconnects by itself once the backend is back.
    """


class LedgerLost(StoreUnavailable):
    """The backend lost the ledger's data under a running store (Redis: FLUSHDB, a restart
    without persistence or from an older snapshot; SQLite: a file found damaged,
    SQLITE_CORRUPT or SQLITE_NOTADB): every reserve and settle is refused for the rest of the
    store's life. The outcome is known, not in doubt: nothing was written."""


class InvalidStoreURL(StoreError, ValueError):
    """``open_store()`` was given a URL it cannot use."""


class StoreCorrupted(StoreError):
    """The store holds data this code cannot read (a damaged file or foreign keys)."""


class _State(enum.Enum):
    UNOPENED = "unopened"
    OPEN = "open"
    CLOSED = "closed"


#: The end of the id of a reservation that extends a call's own (the governor's
#: ``ReserveMore``, under ``<call_id>+more``): it holds money and tokens for that call and is
#: never a call of its own, so no call count counts it, settled, orphaned or held.
EXTENSION_SUFFIX = "+more"


def new_owner_id() -> str:
    """A fresh owner id, ``"host:pid:random"``, naming the process that holds reservations."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True, slots=True)
class OpenReservation:
    """A reservation that is neither settled nor released (for a restarting governor)."""

    call_id: str
    scopes: tuple[Scope, ...]
    amounts: Amounts
    owner: str
    session: str
    agent: str
    model: str
    created: float


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """Spend of one session, for ``supervise ledger``.

    ``spent`` counts settled and orphan-reconciled charges; ``reserved`` what open reservations
    hold; ``by_agent`` and ``by_model`` split ``spent``.
    """

    session: str
    spent: Amounts
    reserved: Amounts
    calls: int
    open_reservations: int
    first: float
    last: float
    by_agent: Mapping[str, Amounts] = field(default_factory=dict)
    by_model: Mapping[str, Amounts] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SessionState:
    """What a restarted governor needs to continue a session.

    Attributes:
        session: The session id.
        balances: The ``total`` balance of the session scope and of each of its agents.
        calls: Charges settled so far per agent (orphan-reconciled ones included).
        open_reservations: Reservations still held, by any owner.
        summary: The session's spend.
    """

    session: str
    balances: Mapping[Scope, Balance]
    calls: Mapping[str, int]
    open_reservations: tuple[OpenReservation, ...]
    summary: SessionSummary


@dataclass(frozen=True, slots=True)
class SessionProgress:
    """How far a session has gone against its ``[limits]``, kept across runs of the session.

    A rerun of the session (a second ``supervise run`` with the same session id on the same
    ledger) continues from it, so a call or step limit, or the wall clock, is not reset by
    restarting the process. Saving keeps the larger of each count (and of ``elapsed``) already
    stored, so a late or concurrent save never lowers it.

    Attributes:
        calls: LLM calls the session made.
        steps: LLM and tool calls the session made.
        elapsed: Seconds the session has run, summed over its runs (the time between two runs
            does not count).
        agent_calls: LLM calls per agent.
        agent_steps: LLM and tool calls per agent.
    """

    calls: int = 0
    steps: int = 0
    elapsed: float = 0.0
    agent_calls: Mapping[str, int] = field(default_factory=dict)
    agent_steps: Mapping[str, int] = field(default_factory=dict)

    def fields(self) -> dict[str, float]:
        """The progress as flat ``name -> number`` fields (how the stores keep it)."""
        flat: dict[str, float] = {"calls": self.calls, "steps": self.steps}
        flat["elapsed"] = self.elapsed
        for agent, n in self.agent_calls.items():
            flat[f"a:{agent}:c"] = n
        for agent, n in self.agent_steps.items():
            flat[f"a:{agent}:s"] = n
        return flat

    @classmethod
    def from_fields(cls, flat: Mapping[str, float]) -> SessionProgress:
        """The inverse of :meth:`fields` (unknown fields are ignored)."""
        agent_calls: dict[str, int] = {}
        agent_steps: dict[str, int] = {}
        for key, value in flat.items():
            if key.startswith("a:") and key[-2:] in (":c", ":s"):
                (agent_calls if key.endswith(":c") else agent_steps)[key[2:-2]] = int(value)
        return cls(
            calls=int(flat.get("calls", 0)),
            steps=int(flat.get("steps", 0)),
            elapsed=float(flat.get("elapsed", 0.0)),
            agent_calls=agent_calls,
            agent_steps=agent_steps,
        )


def stored_progress(
    session: str, read: Callable[[], Mapping[str, Any]], where: str, fix: str
) -> SessionProgress:
    """The progress ``read()`` returns as stored, or :class:`StoreCorrupted` naming the record
    (``where``) and ``fix``, the command that deletes it, if it cannot be read.

    A damaged record must stop the run, not start the session's counts again from zero, and
    not end it with a bare ``ValueError`` either.
    """
    try:
        flat = read()
        if not isinstance(flat, Mapping):
            raise ValueError(f"a {type(flat).__name__}, not a mapping of counts")
        numbers = {str(k): float(v) for k, v in flat.items()}
        if any(math.isnan(v) or math.isinf(v) for v in numbers.values()):
            raise ValueError("a count that is not a finite number")
        return SessionProgress.from_fields(numbers)
    except (ValueError, TypeError) as exc:
        raise StoreCorrupted(
            f"The saved progress of session {session!r} ({where}) cannot be read ({exc}): it "
            "was damaged or changed by hand. The run does not start rather than start the "
            "session's [limits] counts (calls, steps, wall clock) from zero. To start them "
            f"afresh (its spend stays in the ledger), delete it: {fix}."
        ) from exc


def merge_progress_fields(old: Mapping[str, float], new: Mapping[str, float]) -> dict[str, float]:
    """``old`` with each field of ``new`` that is larger (a save never lowers a count)."""
    merged = dict(old)
    for key, value in new.items():
        if value > merged.get(key, 0):
            merged[key] = value
    return merged


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One audit log record; ``hash`` is sha256 over the canonical JSON of the other fields."""

    seq: int
    time: float
    event: str
    session: str
    agent: str
    data: Mapping[str, Any]
    prev: str
    hash: str


@dataclass(frozen=True, slots=True)
class AuditVerification:
    """The result of checking the audit chain.

    Attributes:
        ok: True when every record is intact and linked to the one before.
        records: How many records were checked.
        broken_at: The sequence number of the first bad record (or where one is missing).
        reason: A sentence saying what is wrong, empty when ``ok``.
    """

    ok: bool
    records: int
    broken_at: int | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class StopSignal:
    """An operator's kill switch: stop one session, one agent, or everything.

    Attributes:
        target: ``session``, ``agent`` or ``all``.
        id: The session or agent id (empty for ``all``).
        reason: Why, in a sentence; it goes to the audit log.
        by: Who asked (an operator name or a process id).
        time: Wall-clock seconds when it was published.
    """

    target: Literal["session", "agent", "all"]
    id: str = ""
    reason: str = ""
    by: str = ""
    time: float = 0.0

    def matches(self, *, session: str = "", agent: str = "") -> bool:
        """True when this stop applies to the given session or agent."""
        if self.target == "all":
            return True
        if self.target == "session":
            return self.id == session
        return self.id == agent


@runtime_checkable
class LedgerStore(Protocol):
    """What the governor needs from a ledger store; see the module docstring for semantics.

    Every store is an async context manager: ``async with open_store(url) as store: ...``.
    Methods raise :class:`StoreUnavailable` when the backend cannot be reached, and
    :class:`RuntimeError` when the store is not open.

    ``concurrent`` says whether overlapping operations go faster than one after another (the
    store batches or pipelines them: SQLite's group commit, Redis over one pipelined
    connection); the governor then lets its store I/O overlap across calls instead of awaiting
    each operation in turn. An in-process store whose operations never wait says False; it
    may also set ``never_waits = True`` (optional, False when absent) if no operation ever
    suspends at all, not even at a checkpoint: the governor then answers calls inline without
    a shielding cancel scope, and an operation that waits would end the governor.
    """

    owner: str
    concurrent: bool

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    async def aclose(self) -> None:
        """Close the store; idempotent."""
        ...

    async def set_limit(
        self, scope: Scope, limit: Limits | Amounts, window: Window | None = None
    ) -> None:
        """Set (replace) the limit of ``scope``, as ``policies.Ledger.set_limit`` does."""
        ...

    async def reserve(
        self,
        call_id: str,
        scopes: Sequence[Scope],
        amounts: Amounts,
        *,
        model: str = "",
        grant: Mapping[Scope, Amounts] | None = None,
    ) -> Reservation | Shortfall:
        """Hold ``amounts`` on every scope and window, or nothing anywhere; with ``grant``,
        raise the short scopes' limits by what the call needs (at most the grant) as well.
        The ``Reservation`` carries the balance of each of its scopes that has a limit, as it
        stands right after (``Reservation.balances``)."""
        ...

    async def settle(self, call_id: str, actual: Amounts) -> Settlement:
        """Charge ``actual`` and release the rest; a finished call returns its first outcome."""
        ...

    async def release(self, call_id: str) -> Settlement:
        """Give the whole reservation back; a finished call returns its first outcome."""
        ...

    async def balance(self, scope: Scope) -> Balance:
        """Where ``scope`` stands in its limit's current window."""
        ...

    async def append_audit(
        self, event: str, data: Mapping[str, Any], *, session: str = "", agent: str = ""
    ) -> AuditRecord:
        """Append one record (secrets redacted) to the hash-chained audit log."""
        ...

    async def read_audit(
        self, *, session: str | None = None, agent: str | None = None, limit: int | None = None
    ) -> list[AuditRecord]:
        """Records in order, optionally filtered; ``limit`` keeps the last ``limit``."""
        ...

    async def verify_audit(self) -> AuditVerification:
        """Check the whole chain and say where it breaks."""
        ...

    async def list_sessions(self) -> list[SessionSummary]:
        """Every session with its spend, most recent last."""
        ...

    async def load_session(self, session: str) -> SessionState:
        """The state a restarted governor continues from."""
        ...

    async def reconcile_orphans(self) -> list[OpenReservation]:
        """Settle reservations of dead owners at their reserved amount; return them."""
        ...

    async def load_progress(self, session: str) -> SessionProgress | None:
        """The session's progress against its limits saved by earlier runs, or None."""
        ...

    async def save_progress(self, session: str, progress: SessionProgress) -> None:
        """Save the session's progress, keeping the larger of each count already stored."""
        ...

    async def publish_stop(self, stop: StopSignal) -> None:
        """Publish a stop to every process sharing this store (and record it in the audit log)."""
        ...

    def stops(self) -> AbstractAsyncContextManager[AsyncIterator[StopSignal]]:
        """Subscribe to stops: ``async with store.stops() as signals: async for s in signals``."""
        ...
