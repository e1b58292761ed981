"""Sliding-window rate counters (calls per minute, tokens per minute), time injected.

A :class:`SlidingWindow` remembers ``(time, amount)`` events for ``period`` seconds and answers
whether adding an amount now would exceed a limit, and if so how long until it would fit. It is
exact (no bucket approximation) and costs O(1) amortised per event.
"""

from __future__ import annotations

from collections import deque

__all__ = ["RateLimited", "SlidingWindow"]


class RateLimited:
    """Marker result: adding the amount would exceed the limit; retry after ``retry_after`` s."""

    __slots__ = ("current", "limit", "retry_after")

    def __init__(self, current: int, limit: int, retry_after: float) -> None:
        self.current = current
        self.limit = limit
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"RateLimited(current={self.current}, limit={self.limit}, retry_after={self.retry_after:.3f})"


class SlidingWindow:
    """Events within the last ``period`` seconds, summed.

    Args:
        period: Window length in seconds (60 for "per minute").

    ``now`` is any monotonic clock in seconds, passed in by the caller; it must not go back.
    """

    __slots__ = ("_cutoff", "_events", "_total", "period")

    def __init__(self, period: float = 60.0) -> None:
        self.period = period
        # Entries are [time, amount] lists so that adjust() can correct one in place.
        self._events: deque[list[float | int]] = deque()
        self._total = 0
        # Every event at or before this time has been expired (events are in time order).
        self._cutoff = float("-inf")

    def __repr__(self) -> str:
        return (
            f"<SlidingWindow period={self.period} total={self._total} events={len(self._events)}>"
        )

    def _expire(self, now: float) -> None:
        cutoff = now - self.period
        self._cutoff = max(self._cutoff, cutoff)
        events = self._events
        while events and events[0][0] <= cutoff:
            self._total -= int(events.popleft()[1])

    def total(self, now: float) -> int:
        """Sum of amounts added in ``(now - period, now]``."""
        self._expire(now)
        return self._total

    def check(self, now: float, amount: int, limit: int) -> RateLimited | None:
        """``None`` if ``amount`` fits under ``limit`` now, else when it would fit.

        An amount larger than the limit on its own never fits; its ``retry_after`` is the
        period.
        """
        self._expire(now)
        if self._total + amount <= limit:
            return None
        if amount > limit:
            return RateLimited(self._total, limit, self.period)
        excess = self._total + amount - limit
        freed = 0
        for time, value in self._events:
            freed += int(value)
            if freed >= excess:
                return RateLimited(self._total, limit, max(time + self.period - now, 0.0))
        return RateLimited(self._total, limit, self.period)

    def add(self, now: float, amount: int) -> list[float | int]:
        """Record ``amount`` at ``now``; returns a handle for :meth:`adjust`."""
        self._expire(now)
        entry: list[float | int] = [now, amount]
        self._events.append(entry)
        self._total += amount
        return entry

    def adjust(self, entry: list[float | int], amount: int) -> None:
        """Replace the amount of an earlier event (e.g. a worst case by the actual usage).

        A no-op when the event already left the window.
        """
        if entry[0] > self._cutoff:
            self._total += amount - int(entry[1])
            entry[1] = amount
