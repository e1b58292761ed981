"""Ask timeouts kept by one task per actor system instead of a cancel scope per ask.

``ask(message, timeout=30)`` used to wrap its wait in ``anyio.move_on_after``: a cancel scope
and an event-loop timer per ask, about 9 µs on asyncio, paid even though almost every ask is
answered long before its deadline. :class:`Deadlines` keeps the deadlines of waiting asks in
buckets of :data:`GRAIN` seconds; one task sleeps until the earliest non-empty bucket and
fails the asks still in it. An ask costs a set insertion and a removal.

The price is precision: a timed-out ask fails up to :data:`GRAIN` seconds after its deadline,
never before. ``ask`` uses this only for timeouts of at least :data:`MIN_TIMEOUT` seconds
(where 50 ms is noise) and keeps the exact cancel scope for shorter ones.
"""

from __future__ import annotations

import heapq
import math
import time
from typing import TYPE_CHECKING, Protocol

import anyio

if TYPE_CHECKING:
    from anyio.abc import TaskStatus

__all__ = ["GRAIN", "MIN_TIMEOUT", "Deadlines"]

#: Width of a deadline bucket, in seconds: how late at most a timed-out ask fails.
GRAIN = 0.05
#: The shortest ask timeout kept here; shorter ones get an exact cancel scope.
MIN_TIMEOUT = 1.0


class Expirable(Protocol):
    def expire(self) -> None: ...


class Deadlines:
    """Deadlines of waiting asks, expired by :meth:`run` (one task)."""

    __slots__ = ("_buckets", "_heap", "_until", "_wake")

    def __init__(self) -> None:
        self._buckets: dict[int, set[Expirable]] = {}
        self._heap: list[int] = []  # bucket numbers with a set in _buckets, earliest first
        self._wake: anyio.Event | None = None
        self._until = math.inf  # when run() wakes next on its own

    def __repr__(self) -> str:
        waiting = sum(len(b) for b in self._buckets.values())
        return f"<Deadlines waiting={waiting} buckets={len(self._buckets)}>"

    def add(self, item: Expirable, deadline: float) -> int:
        """Expire ``item`` at ``deadline`` (``time.monotonic()`` seconds: cheaper to read than
        the event loop's clock, and only differences are slept on) unless it is discarded
        first; returns the bucket to give :meth:`discard`."""
        number = math.ceil(deadline / GRAIN)
        bucket = self._buckets.get(number)
        if bucket is None:
            bucket = self._buckets[number] = set()
            heapq.heappush(self._heap, number)
            if number * GRAIN < self._until and self._wake is not None:
                self._wake.set()  # earlier than run() sleeps: let it sleep less
        bucket.add(item)
        return number

    def discard(self, item: Expirable, number: int) -> None:
        """Forget ``item`` (it was answered, or its asker gave up)."""
        bucket = self._buckets.get(number)
        if bucket is not None:
            bucket.discard(item)

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Expire what is due, then sleep until the next bucket; until cancelled."""
        task_status.started()
        heap, buckets = self._heap, self._buckets
        while True:
            now = time.monotonic()
            while heap and heap[0] * GRAIN <= now:
                for item in buckets.pop(heapq.heappop(heap)):
                    item.expire()
            self._wake = wake = anyio.Event()
            self._until = heap[0] * GRAIN if heap else math.inf
            with anyio.move_on_after(self._until - now):
                await wake.wait()
