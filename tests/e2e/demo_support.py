"""Helpers shared by the end-to-end tests: where the demo lives and how to run ``supervise``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "agents"
POLICY = EXAMPLES / "policy.toml"
SUPERVISE = Path(sys.executable).with_name("supervise")


def env() -> dict[str, str]:
    """The environment for a ``supervise`` subprocess: offline model, no inherited store."""
    out = {k: v for k, v in os.environ.items() if not k.startswith("SUPERVISE_")}
    out["HF_HUB_OFFLINE"] = "1"
    out.pop("RESEARCHER_MODEL", None)
    out.pop("WRITER_MODEL", None)
    out.pop("CODER_MODEL", None)
    out.pop("TEAM_MODEL", None)
    return out


def store_url(path: Path) -> str:
    """A ``sqlite://`` URL for an absolute path."""
    return "sqlite:///" + str(path.resolve())


def json_lines(text: str) -> list[dict[str, Any]]:
    """Parse stdout as JSON lines; every non-empty line must be one JSON object."""
    events = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - the assertion message
            raise AssertionError(f"stdout line {number} is not JSON: {line[:200]!r}") from exc
        assert isinstance(event, dict), line
        events.append(event)
    return events
