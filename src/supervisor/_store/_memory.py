"""The in-memory ledger store: ``policies.Ledger`` behind the async store interface.

Nothing survives the process; use it for tests, demos and single runs that need no history. It
never blocks and never fails with :class:`StoreUnavailable`. Stops reach subscribers of this store
object only. Open calls are kept one by one; a finished call only adds to its session's totals
(by agent and model) for ``list_sessions``, so memory grows with sessions and agents, not calls.
"""

from __future__ import annotations

import math
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio

from policies import Amounts, Balance, Ledger, Limits, Reservation, Scope, Settlement, Shortfall

from . import _audit
from ._base import (
    AuditRecord,
    AuditVerification,
    OpenReservation,
    SessionProgress,
    SessionState,
    SessionSummary,
    StopSignal,
    _State,
    merge_progress_fields,
    new_owner_id,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Mapping, Sequence
    from types import TracebackType
    from typing import Self

    from anyio.streams.memory import MemoryObjectSendStream

    from policies import Window

__all__ = ["MemoryStore"]

_ZERO = Amounts()


@dataclass(slots=True)
class _Call:
    """An open call (reserved, not yet settled or released)."""

    scopes: tuple[Scope, ...]
    amounts: Amounts
    session: str
    agent: str
    model: str
    created: float


@dataclass(slots=True)
class _Session:
    """What a session's finished calls add up to, plus when it was first and last active."""

    first: float = math.inf
    last: float = 0.0
    spent: Amounts = _ZERO
    calls: int = 0
    agents: dict[str, Amounts] = field(default_factory=dict)  # settled spend by agent
    agent_calls: dict[str, int] = field(default_factory=dict)
    models: dict[str, Amounts] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)  # every agent that reserved in it


class MemoryStore:
    """A ledger store in this process's memory (see the module docstring).

    Args:
        owner: The owner id recorded on reservations; a fresh one by default.
        clock: Wall-clock seconds for windows and record times.
    """

    concurrent = False  # operations never wait: overlapping them would only add tasks
    never_waits = True  # no operation ever suspends (the governor relies on it, see there)

    def __init__(self, *, owner: str | None = None, clock: Callable[[], float] = time.time) -> None:
        self.owner = owner or new_owner_id()
        self._clock = clock
        self._state = _State.UNOPENED
        self._ledger = Ledger()
        self._calls: dict[str, _Call] = {}  # open calls only
        self._sessions: dict[str, _Session] = {}
        self._audit: list[AuditRecord] = []
        # The last record's (seq, hash), kept apart so a truncated tail is detectable.
        self._audit_head: tuple[int, str] = (0, _audit.GENESIS)
        self._subscribers: set[MemoryObjectSendStream[StopSignal]] = set()
        self.dropped_stops = 0
        self._progress: dict[str, dict[str, float]] = {}

    def __repr__(self) -> str:
        return f"<MemoryStore owner={self.owner!r} {self._state.value} {self._ledger!r}>"

    async def __aenter__(self) -> Self:
        if self._state is not _State.UNOPENED:
            raise RuntimeError(f"{self!r} cannot be opened twice; create a new store instead.")
        self._state = _State.OPEN
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the store and end every stop subscription; idempotent."""
        self._state = _State.CLOSED
        for send in list(self._subscribers):
            send.close()
        self._subscribers.clear()

    def _check(self) -> None:
        if self._state is not _State.OPEN:
            raise RuntimeError(f"{self!r} is not open; use it inside `async with`.")

    @property
    def ledger(self) -> Ledger:
        """The underlying ``policies.Ledger`` (read it; change it only through the store)."""
        return self._ledger

    async def set_limit(
        self, scope: Scope, limit: Limits | Amounts, window: Window | None = None
    ) -> None:
        """Set (or replace) a scope's limits, as ``policies.Ledger.set_limit``."""
        self._check()
        self._ledger.set_limit(scope, limit, window)

    async def reserve(
        self,
        call_id: str,
        scopes: Sequence[Scope],
        amounts: Amounts,
        *,
        model: str = "",
        grant: Mapping[Scope, Amounts] | None = None,
    ) -> Reservation | Shortfall:
        """Hold ``amounts`` on every scope, or nothing (``policies.Ledger.reserve``); with a
        ``grant``, raising the short scopes' limits by what the call needs, at most that."""
        if self._state is not _State.OPEN:  # (every call: no _check call while open)
            self._check()
        now = self._clock()
        result = self._ledger.reserve(call_id, scopes, amounts, now=now, grant=grant)
        if isinstance(result, Reservation):
            session = agent = ""  # the innermost of each kind
            for scope in result.scopes:
                if scope.kind == "agent":
                    agent = agent or scope.id
                elif scope.kind == "session":
                    session = session or scope.id
            call = _Call(result.scopes, result.amounts, session, agent, model, now)
            self._calls[call_id] = call
            if call.session:
                totals = self._sessions.get(call.session)
                if totals is None:
                    totals = self._sessions[call.session] = _Session()
                totals.first = min(totals.first, now)
                totals.last = max(totals.last, now)
                if call.agent:
                    totals.names.add(call.agent)
        return result

    async def settle(self, call_id: str, actual: Amounts) -> Settlement:
        """Charge ``actual`` and release the rest (``policies.Ledger.settle``)."""
        if self._state is not _State.OPEN:
            self._check()
        outcome = self._ledger.settle(call_id, actual)
        self._finish(call_id, "settled", outcome.actual)
        return outcome

    async def release(self, call_id: str) -> Settlement:
        """Give the whole reservation back (``policies.Ledger.release``)."""
        self._check()
        outcome = self._ledger.release(call_id)
        self._finish(call_id, "released", Amounts())
        return outcome

    def _finish(self, call_id: str, status: str, actual: Amounts) -> None:
        call = self._calls.pop(call_id, None)
        if call is None or not call.session:
            return
        totals = self._sessions[call.session]
        totals.last = max(totals.last, self._clock())
        if status == "settled":
            totals.spent += actual
            totals.calls += 1
            totals.agents[call.agent] = totals.agents.get(call.agent, _ZERO) + actual
            totals.agent_calls[call.agent] = totals.agent_calls.get(call.agent, 0) + 1
            totals.models[call.model] = totals.models.get(call.model, _ZERO) + actual

    async def balance(self, scope: Scope) -> Balance:
        """Where ``scope`` stands in its limit's current window."""
        if self._state is not _State.OPEN:
            self._check()
        return self._ledger.balance(scope, now=self._clock())

    async def reconcile_orphans(self) -> list[OpenReservation]:
        """Nothing outlives this process, so there is never an orphan: returns ``[]``."""
        self._check()
        return []

    async def load_progress(self, session: str) -> SessionProgress | None:
        """The session's saved progress (kept as long as this store object), or None."""
        self._check()
        flat = self._progress.get(session)
        return None if flat is None else SessionProgress.from_fields(flat)

    async def save_progress(self, session: str, progress: SessionProgress) -> None:
        """Save the session's progress, keeping the larger of each count already saved."""
        self._check()
        self._progress[session] = merge_progress_fields(
            self._progress.get(session, {}), progress.fields()
        )

    def _summaries(self, only: str | None) -> dict[str, SessionSummary]:
        held: dict[str, list[Amounts]] = {}
        for call in self._calls.values():
            if call.session and (only is None or call.session == only):
                held.setdefault(call.session, []).append(call.amounts)
        return {
            session: SessionSummary(
                session,
                totals.spent,
                sum(held.get(session, ()), _ZERO),
                totals.calls,
                len(held.get(session, ())),
                totals.first,
                totals.last,
                dict(totals.agents),
                dict(totals.models),
            )
            for session, totals in self._sessions.items()
            if only is None or session == only
        }

    async def list_sessions(self) -> list[SessionSummary]:
        """Every session with its spend by agent and model, oldest first."""
        self._check()
        return sorted(self._summaries(None).values(), key=lambda s: (s.first, s.session))

    async def load_session(self, session: str) -> SessionState:
        """The session's balances, call counts and open reservations."""
        self._check()
        summary = self._summaries(session).get(session) or SessionSummary(
            session, Amounts(), Amounts(), 0, 0, 0.0, 0.0, {}, {}
        )
        now = self._clock()
        balances = {
            Scope("session", session): self._ledger.balance(Scope("session", session), now=now)
        }
        totals = self._sessions.get(session)
        calls: dict[str, int] = dict(totals.agent_calls) if totals is not None else {}
        for agent in sorted(totals.names) if totals is not None else ():
            agent_scope = Scope("agent", agent)
            balances[agent_scope] = self._ledger.balance(agent_scope, now=now)
        held = [
            OpenReservation(
                cid,
                call.scopes,
                call.amounts,
                self.owner,
                call.session,
                call.agent,
                call.model,
                call.created,
            )
            for cid, call in self._calls.items()
            if call.session == session
        ]
        return SessionState(session, balances, calls, tuple(held), summary)

    async def append_audit(
        self, event: str, data: Mapping[str, Any], *, session: str = "", agent: str = ""
    ) -> AuditRecord:
        """Append one record to the chain; credentials in ``data`` are redacted first."""
        self._check()
        seq, prev = self._audit_head
        record = _audit.make_record(seq + 1, self._clock(), event, session, agent, data, prev)
        self._audit.append(record)
        self._audit_head = (record.seq, record.hash)
        return record

    async def read_audit(
        self, *, session: str | None = None, agent: str | None = None, limit: int | None = None
    ) -> list[AuditRecord]:
        """Records oldest first, filtered by session and agent; ``limit`` keeps the newest."""
        self._check()
        found = [
            r
            for r in self._audit
            if (session is None or r.session == session) and (agent is None or r.agent == agent)
        ]
        return found[-limit:] if limit is not None else found

    async def verify_audit(self) -> AuditVerification:
        """Check the whole chain."""
        self._check()
        return _audit.verify_chain(self._audit, head=self._audit_head)

    async def publish_stop(self, stop: StopSignal) -> None:
        """Deliver a stop to every subscriber of this store and record it in the audit log."""
        self._check()
        if not stop.time:
            stop = StopSignal(stop.target, stop.id, stop.reason, stop.by, self._clock())
        await self.append_audit(
            "stop_published",
            {"target": stop.target, "id": stop.id, "reason": stop.reason, "by": stop.by},
            session=stop.id if stop.target == "session" else "",
            agent=stop.id if stop.target == "agent" else "",
        )
        for send in list(self._subscribers):
            try:
                send.send_nowait(stop)
            except anyio.WouldBlock:
                self.dropped_stops += 1
            except (anyio.ClosedResourceError, anyio.BrokenResourceError):
                self._subscribers.discard(send)

    @asynccontextmanager
    async def stops(self) -> AsyncIterator[AsyncIterator[StopSignal]]:
        """Subscribe to stops published on this store from now on."""
        self._check()
        send, receive = anyio.create_memory_object_stream[StopSignal](max_buffer_size=256)
        self._subscribers.add(send)
        try:
            async with receive:
                yield receive
        finally:
            self._subscribers.discard(send)
            send.close()
