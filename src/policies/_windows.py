"""Budget windows as a pure function of the time: which window a moment falls in.

A budget with a window (``minute``, ``hour``, ``day``, ``month``) resets when a new window starts.
The window of a moment is computed from ``now`` alone, in UTC, so every process sharing a store
agrees on it without coordination. ``now`` here is **wall-clock epoch seconds** (not monotonic
time): calendar months need a calendar.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

__all__ = ["Window", "window_bounds", "window_id"]

Window = Literal["minute", "hour", "day", "month"]

_FIXED: dict[str, int] = {"minute": 60, "hour": 3600, "day": 86_400}


def window_id(window: Window | None, now: float | None) -> str:
    """A stable id for the window containing ``now``: ``""`` for no window.

    Ids look like ``"day:2025-06-01"``, ``"month:2025-06"``, ``"minute:28512345"``.

    Raises:
        ValueError: ``window`` is set but ``now`` is ``None``.
    """
    if window is None:
        return ""
    if now is None:
        raise ValueError(f"A {window} budget window needs the time: pass now= (epoch seconds).")
    if window == "month":
        moment = datetime.fromtimestamp(now, UTC)
        return f"month:{moment.year:04d}-{moment.month:02d}"
    if window == "day":
        moment = datetime.fromtimestamp(now, UTC)
        return f"day:{moment.date().isoformat()}"
    return f"{window}:{int(now // _FIXED[window])}"


def window_bounds(window: Window, now: float) -> tuple[float, float]:
    """The ``[start, end)`` epoch seconds of the window containing ``now`` (UTC)."""
    if window == "month":
        moment = datetime.fromtimestamp(now, UTC)
        start = datetime(moment.year, moment.month, 1, tzinfo=UTC)
        year, month = (
            (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
        )
        end = datetime(year, month, 1, tzinfo=UTC)
        return start.timestamp(), end.timestamp()
    period = _FIXED[window]
    start_s = (now // period) * period
    return float(start_s), float(start_s + period)
