"""The in-memory ledger store: ``policies.Ledger`` behind the async store interface.

Nothing survives the process; use it for tests, demos and single runs that need no history. It
never blocks and never fails with :class:`StoreUnavailable`. Stops reach subscribers of this store
object only. Every call's record (session, agent, model, outcome) is kept for ``list_sessions``,
so memory grows with the number of calls.
"""

from __future__ import annotations

import math
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio

from policies._ledger import Balance, Ledger, Limits, Reservation, Settlement, Shortfall
from policies._scopes import Amounts, Scope

from . import _audit
from ._base import (
    AuditRecord,
    AuditVerification,
    OpenReservation,
    SessionState,
    SessionSummary,
    StopSignal,
    _State,
    new_owner_id,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Mapping, Sequence
    from types import TracebackType
    from typing import Self

    from anyio.streams.memory import MemoryObjectSendStream

    from policies._windows import Window

__all__ = ["MemoryStore"]

_ZERO = Amounts()


@dataclass(slots=True)
class _Call:
    scopes: tuple[Scope, ...]
    amounts: Amounts
    session: str
    agent: str
    model: str
    created: float
    finished: float = 0.0
    status: str = "open"
    actual: Amounts = _ZERO


class MemoryStore:
    """A ledger store in this process's memory (see the module docstring).

    Args:
        owner: The owner id recorded on reservations; a fresh one by default.
        clock: Wall-clock seconds for windows and record times.
    """

    concurrent = False  # operations never wait: overlapping them would only add tasks

    def __init__(self, *, owner: str | None = None, clock: Callable[[], float] = time.time) -> None:
        self.owner = owner or new_owner_id()
        self._clock = clock
        self._state = _State.UNOPENED
        self._ledger = Ledger()
        self._calls: dict[str, _Call] = {}
        self._audit: list[AuditRecord] = []
        # The last record's (seq, hash), kept apart so a truncated tail is detectable.
        self._audit_head: tuple[int, str] = (0, _audit.GENESIS)
        self._subscribers: set[MemoryObjectSendStream[StopSignal]] = set()
        self.dropped_stops = 0

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
    ) -> Reservation | Shortfall:
        """Hold ``amounts`` on every scope, or nothing (``policies.Ledger.reserve``)."""
        self._check()
        now = self._clock()
        result = self._ledger.reserve(call_id, scopes, amounts, now=now)
        if isinstance(result, Reservation):
            ids = {scope.kind: scope.id for scope in reversed(result.scopes)}
            self._calls[call_id] = _Call(
                result.scopes,
                result.amounts,
                ids.get("session", ""),
                ids.get("agent", ""),
                model,
                now,
            )
        return result

    async def settle(self, call_id: str, actual: Amounts) -> Settlement:
        """Charge ``actual`` and release the rest (``policies.Ledger.settle``)."""
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
        call = self._calls.get(call_id)
        if call is not None and call.status == "open":
            call.status = status
            call.actual = actual
            call.finished = self._clock()

    async def balance(self, scope: Scope) -> Balance:
        """Where ``scope`` stands in its limit's current window."""
        self._check()
        return self._ledger.balance(scope, now=self._clock())

    async def reconcile_orphans(self) -> list[OpenReservation]:
        """Nothing outlives this process, so there is never an orphan: returns ``[]``."""
        self._check()
        return []

    def _summaries(self, only: str | None) -> dict[str, SessionSummary]:
        acc: dict[str, dict[str, Any]] = {}
        for call in self._calls.values():
            if not call.session or (only is not None and call.session != only):
                continue
            e = acc.setdefault(
                call.session,
                {
                    "spent": Amounts(),
                    "reserved": Amounts(),
                    "calls": 0,
                    "open": 0,
                    "first": math.inf,
                    "last": 0.0,
                    "agents": {},
                    "models": {},
                },
            )
            e["first"] = min(e["first"], call.created)
            e["last"] = max(e["last"], call.finished or call.created)
            if call.status == "settled":
                e["spent"] += call.actual
                e["calls"] += 1
                e["agents"][call.agent] = e["agents"].get(call.agent, Amounts()) + call.actual
                e["models"][call.model] = e["models"].get(call.model, Amounts()) + call.actual
            elif call.status == "open":
                e["reserved"] += call.amounts
                e["open"] += 1
        return {
            s: SessionSummary(
                s,
                e["spent"],
                e["reserved"],
                e["calls"],
                e["open"],
                e["first"],
                e["last"],
                e["agents"],
                e["models"],
            )
            for s, e in acc.items()
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
        mine = [(cid, c) for cid, c in self._calls.items() if c.session == session]
        balances = {
            Scope("session", session): self._ledger.balance(Scope("session", session), now=now)
        }
        calls: dict[str, int] = {}
        held: list[OpenReservation] = []
        for cid, call in mine:
            if call.agent:
                agent_scope = Scope("agent", call.agent)
                balances[agent_scope] = self._ledger.balance(agent_scope, now=now)
            if call.status == "settled":
                calls[call.agent] = calls.get(call.agent, 0) + 1
            elif call.status == "open":
                held.append(
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
                )
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
