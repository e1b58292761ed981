"""A slow Python rule is named in a warning: it runs inside the governor, so every agent's
calls wait for it.

Before, a rule doing I/O in ``pre_tool`` (a database lookup, an HTTP call) stalled every
agent of the run on each call, and nothing said why: the TUI showed agents waiting on the
model, the log had nothing.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_governor import caller
from test_governor_support import Harness, make_policy

from policies import Decision, Rule, ToolContext, Warn
from supervisor import Notice

pytestmark = pytest.mark.filterwarnings("error")


class LooksItUp(Rule):
    name = "looks-it-up"

    def pre_tool(self, ctx: ToolContext, name: str, args: Any) -> Decision | None:
        time.sleep(0.15)  # what a blocking lookup does: the point of the test
        return None


class Quick(Rule):
    name = "quick"

    def pre_tool(self, ctx: ToolContext, name: str, args: Any) -> Decision | None:
        return Warn(rule=self.name, reason="Seen.")


async def test_a_slow_rule_is_named_once(harness: Harness) -> None:
    cls = caller([{"tool": "search", "args": {"q": "a"}}] * 3)
    run = await harness.run([cls], make_policy(), rules=[LooksItUp(), Quick()])
    notices = [e.message for e in run.sink.events if isinstance(e, Notice)]
    slow = [m for m in notices if "Python rule" in m]
    assert len(slow) == 1, notices
    assert slow[0].startswith("The Python rule 'looks-it-up' took 0.1")
    assert slow[0].endswith(
        "s in pre_tool(): rules run inside the governor, so every agent's calls waited for "
        "it. Keep hooks quick and free of I/O (fetch what a rule needs ahead, in the agent "
        "or a tool)."
    )
