"""Stop-signal encoding shared by the stores."""

from __future__ import annotations

import json
from typing import Any

from ._base import StopSignal, StoreCorrupted

__all__ = ["decode_stop", "encode_stop"]


def encode_stop(stop: StopSignal) -> str:
    """JSON text for one stop signal."""
    return json.dumps(
        {
            "target": stop.target,
            "id": stop.id,
            "reason": stop.reason,
            "by": stop.by,
            "time": stop.time,
        },
        separators=(",", ":"),
    )


def decode_stop(text: str | bytes) -> StopSignal:
    """Parse :func:`encode_stop` output; raises :class:`StoreCorrupted` on foreign data."""
    try:
        body: dict[str, Any] = json.loads(text)
        target = body["target"]
        if target not in ("session", "agent", "all"):
            raise ValueError(target)
        return StopSignal(
            target,
            str(body.get("id", "")),
            str(body.get("reason", "")),
            str(body.get("by", "")),
            float(body.get("time", 0.0)),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreCorrupted(f"A stop signal could not be read: {text!r}.") from exc
