"""What an agent's own code does to the whole run (ends it, or keeps it from stopping), through
the real ``supervise`` entry point, found by the agent-code audit.

Each case is what a person saw before and sees now; none may show a traceback.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from test_cli import SUPERVISE, _run

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(
    not SUPERVISE.exists(), reason="the console script is not installed"
)

_PRICES = '[prices."scripted:a"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.60\n'

_EXITS = """\
import sys

from supervisor import Agent


class Quitter(Agent):
    model = "scripted:a"
    script = ["x"]
    restart = "temporary"

    async def run(self) -> None:
        await self.llm("hi")
        sys.exit(3)
"""


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_sys_exit_in_an_agent_fails_that_agent_with_its_line(tmp_path: Path, backend: str) -> None:
    """Before: ``sys.exit(3)`` in ``run()`` ended the whole run with status 3 and a traceback
    ("unhandled exception during asyncio.run() shutdown"), the JSON lines saying
    "interrupted.". Now the agent fails (exit 4), named with the call, its line and what to
    do instead."""
    (tmp_path / "agents.py").write_text(_EXITS)
    (tmp_path / "policy.toml").write_text(_PRICES)
    result = _run(
        "run",
        "agents.py",
        "--policy",
        "policy.toml",
        "--headless",
        "--store",
        "memory://",
        "--backend",
        backend,
        cwd=tmp_path,
    )
    assert result.returncode == 4, result.stderr
    last = json.loads(result.stdout.splitlines()[-1])
    assert last["event"] == "RunFinished"
    assert "run() called sys.exit(3), which would end the whole run" in last["reason"]
    assert f"(at {tmp_path / 'agents.py'}, line 13)" in last["reason"]
