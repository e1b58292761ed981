"""One agent with two questions up at once (it calls two tools that need approval side by
side), answered one at a time at the terminal: the live view must keep showing that agent as
waiting for a person until its last question is answered.

The events are the real run's (Runtime, Governor, Agent, TerminalApprover), fed to the TUI's
RunView as the live display feeds it.
"""

from __future__ import annotations

from typing import Any, ClassVar

import anyio
import pytest
from test_governor_support import Harness, agent_class, make_policy

from supervisor import Agent, EscalationDenied, TerminalApprover, tool
from supervisor._tui import RunView

pytestmark = pytest.mark.filterwarnings("error")


class TwoAtOnce(Agent):
    """Deletes two folders side by side; each delete needs a person's approval."""

    model = "fast:big"
    seen: ClassVar[list[Any]]

    async def run(self) -> None:
        async def delete(path: str) -> None:
            try:
                self.seen.append((await self.tool("delete_files", {"path": path})).value)
            except EscalationDenied as exc:
                self.seen.append(exc)

        async with anyio.create_task_group() as tg:
            tg.start_soon(delete, "/tmp/a")
            tg.start_soon(delete, "/tmp/b")

    @tool
    async def delete_files(self, path: str) -> str:
        return f"deleted {path}"


async def test_an_agent_with_a_second_question_up_still_shows_as_waiting(
    harness: Harness,
) -> None:
    approver = TerminalApprover(harness.sink, guard=0)
    cls = agent_class("a1", TwoAtOnce, seen=[])
    states: list[str] = []

    async def person() -> None:
        with anyio.fail_after(5):
            while len(approver.pending) < 2:
                await anyio.sleep(0.01)
            approver.press("a")  # the first question; the second stays up
            while not cls.seen:  # type: ignore[attr-defined]
                await anyio.sleep(0.01)
            await anyio.sleep(0.05)  # let every event of the first answer come
            view = RunView()
            for event in harness.sink.events:
                view.emit(event)
            states.append(view.row_of("a1").state)
            assert len(view.pending_approvals) == 1
            approver.press("d")

    async with anyio.create_task_group() as tg:
        tg.start_soon(person)
        run = await harness.run(
            [cls],
            make_policy({"tools": {"require_approval": ["delete_*"]}}),
            approver=approver,
        )
    assert run.outcome is not None
    assert run.outcome.exit_code == 0
    assert states == ["waiting_approval"]
    view = RunView()
    for event in harness.sink.events:
        view.emit(event)
    assert view.row_of("a1").state == "done"
    assert view.pending_approvals == []
