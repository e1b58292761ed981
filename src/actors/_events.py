"""Exit reasons, lifecycle events and the event bus that publishes them.

Lifecycle event kinds (each is also a structlog event named ``actor.<kind>``):

- ``started``: an actor finished ``on_start`` and takes messages.
- ``exited``: an actor ended by itself: returned, failed, or was killed (``reason`` says which).
- ``stopped``: an actor ended because it was asked to (``ref.stop()``, its supervisor, the system).
- ``restarted``: a supervisor started a fresh instance of a child after an exit.
- ``gave_up``: a supervisor exceeded its restart intensity and stops its children.
- ``escalated``: that supervisor's failure goes to its parent (or, at the top, to whoever awaits
  ``wait_stopped()`` and to :attr:`ActorSystem.failures`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Self

import anyio
from anyio.abc import ObjectReceiveStream

from ._exceptions import Unrecoverable

if TYPE_CHECKING:
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

ExitKind = Literal["normal", "shutdown", "error", "killed"]
EventKind = Literal["started", "exited", "restarted", "gave_up", "escalated", "stopped"]


@dataclass(frozen=True)
class ExitReason:
    """Why an actor ended.

    Attributes:
        kind: ``normal`` (it stopped itself), ``shutdown`` (it was asked to stop), ``error``
            (a handler or ``on_start`` raised) or ``killed`` (cancelled: ``ref.kill``,
            ``brutal_kill``, or a shutdown grace period that ran out).
        error: the exception for ``error`` exits.
        detail: a short human sentence.
        final: the actor ended for good (``stop_self(final=True)``): its supervisor does not
            restart it, whatever its restart type (a ``permanent`` child is otherwise restarted
            even after a ``normal`` exit).
    """

    kind: ExitKind
    error: BaseException | None = None
    detail: str = ""
    final: bool = False

    @property
    def abnormal(self) -> bool:
        """True for ``error`` and ``killed``: the exits a ``transient`` child is restarted after."""
        return self.kind == "error" or self.kind == "killed"

    @property
    def unrecoverable(self) -> bool:
        """True when the actor raised :class:`~actors.Unrecoverable`: a failure no restart can
        cure, which its supervisor does not restart it after, whatever its restart type."""
        return self.kind == "error" and isinstance(self.error, Unrecoverable)

    @property
    def for_good(self) -> bool:
        """True when the supervisor must not restart the actor, whatever its restart type:
        it stopped itself for good (:attr:`final`) or raised :class:`~actors.Unrecoverable`."""
        return self.final or self.unrecoverable

    def __str__(self) -> str:
        parts: list[str] = [self.kind]
        if self.error is not None:
            parts.append(repr(self.error))
        if self.detail:
            parts.append(self.detail)
        return ": ".join(parts)


@dataclass(frozen=True)
class LifecycleEvent:
    """One thing that happened to an actor, as published on :class:`EventBus`.

    Attributes:
        kind: see the module docstring.
        path: the actor's tree path, e.g. ``"root/team/writer"``.
        name: the last part of the path.
        time: ``time.monotonic()`` when it happened.
        reason: a human-readable reason (``str(ExitReason)`` for exits).
        restart_count: how many times this child id had been restarted.
        exit: the :class:`ExitReason` for ``exited`` and ``stopped`` events.
    """

    kind: EventKind
    path: str
    name: str
    time: float
    reason: str = ""
    restart_count: int = 0
    exit: ExitReason | None = None


@dataclass(frozen=True)
class EventBusStatistics:
    """Counters of an :class:`EventBus`."""

    subscribers: int
    published: int
    dropped: int


class Subscription(ObjectReceiveStream[LifecycleEvent]):
    """The receiving end of one :meth:`EventBus.subscribe` call.

    Iterate it (``async for event in sub``) or call ``receive()``; close it (or use it as a
    context manager) to unsubscribe. Iteration ends when the actor system closes.

    Attributes:
        dropped: events this subscriber missed because its buffer was full.
    """

    def __init__(self, receive: MemoryObjectReceiveStream[LifecycleEvent]) -> None:
        self._receive = receive
        self.dropped = 0

    async def receive(self) -> LifecycleEvent:
        """Wait for the next event.

        Raises:
            anyio.EndOfStream: the actor system closed.
        """
        return await self._receive.receive()

    def receive_nowait(self) -> LifecycleEvent:
        """Return the next buffered event.

        Raises:
            anyio.WouldBlock: nothing is buffered.
            anyio.EndOfStream: the actor system closed.
        """
        return self._receive.receive_nowait()

    def close(self) -> None:
        """Unsubscribe. Idempotent."""
        self._receive.close()

    async def aclose(self) -> None:
        """Unsubscribe. Idempotent."""
        self._receive.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        stats = self._receive.statistics()
        return f"<Subscription buffered={stats.current_buffer_used} dropped={self.dropped}>"


class EventBus:
    """Fan-out of :class:`LifecycleEvent` to any number of subscribers.

    Publishing never blocks and never raises: a subscriber whose buffer is full misses the event,
    and the miss is counted (``Subscription.dropped`` and :meth:`statistics`).
    """

    def __init__(self) -> None:
        self._subscribers: list[tuple[MemoryObjectSendStream[LifecycleEvent], Subscription]] = []
        self._published = 0
        self._dropped = 0
        self._closed = False

    def subscribe(self, *, max_buffer: int = 256) -> Subscription:
        """Start receiving every event published from now on.

        Args:
            max_buffer: events held for this subscriber before new ones are dropped.

        Raises:
            RuntimeError: the bus was closed with its actor system.
        """
        if self._closed:
            raise RuntimeError(
                "This event bus was closed with its actor system; subscribe earlier."
            )
        send, receive = anyio.create_memory_object_stream[LifecycleEvent](
            max_buffer_size=max_buffer if max_buffer >= 0 else math.inf
        )
        sub = Subscription(receive)
        self._subscribers.append((send, sub))
        return sub

    def publish(self, event: LifecycleEvent) -> None:
        """Deliver ``event`` to every subscriber that has room; never blocks."""
        self._published += 1
        gone = False
        for send, sub in self._subscribers:
            try:
                send.send_nowait(event)
            except anyio.WouldBlock:
                sub.dropped += 1
                self._dropped += 1
            except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                gone = True
        if gone:
            self._prune()

    def _prune(self) -> None:
        keep = []
        for send, sub in self._subscribers:
            if send.statistics().open_receive_streams == 0:
                send.close()
            else:
                keep.append((send, sub))
        self._subscribers = keep

    def close(self) -> None:
        """End every subscription (their iteration stops). Idempotent."""
        self._closed = True
        for send, _ in self._subscribers:
            send.close()
        self._subscribers = []

    def statistics(self) -> EventBusStatistics:
        """Return subscriber count, events published and events dropped."""
        return EventBusStatistics(len(self._subscribers), self._published, self._dropped)

    def __repr__(self) -> str:
        s = self.statistics()
        return f"<EventBus subscribers={s.subscribers} published={s.published} dropped={s.dropped}>"
