"""The approval queue: order, keys, timeouts, withdrawn requests and the events they emit.

Runs on asyncio and trio. The key reader is driven through a real pipe (a real terminal is covered
by the tmux end-to-end test).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import anyio
import pytest
from anyio import wait_all_tasks_blocked
from anyio.lowlevel import checkpoint

from supervisor._approvals import (
    ApprovalAnswer,
    ApprovalRequest,
    Approver,
    TerminalApprover,
    UnattendedApprover,
)
from supervisor._events import ApprovalAnswered, ApprovalRequested, Notice, RecordingSink
from supervisor._tui import RunView

if TYPE_CHECKING:
    from collections.abc import Callable


def _request(agent: str, action: str = "delete_files(path='/tmp/x')") -> ApprovalRequest:
    return ApprovalRequest(
        agent=agent,
        session="s1",
        rule="tools.delete_files.needs_approval",
        reason="delete_files needs a person's approval.",
        evidence={"tool": "delete_files", "calls_so_far": 0},
        action=action,
    )


def test_both_approvers_satisfy_the_protocol() -> None:
    sink = RecordingSink()
    assert isinstance(TerminalApprover(sink), Approver)
    assert isinstance(UnattendedApprover(sink), Approver)


async def test_requests_queue_in_order_and_keys_answer_the_head() -> None:
    sink = RecordingSink()
    approver = TerminalApprover(sink)
    answers: dict[str, ApprovalAnswer] = {}

    async def ask(agent: str) -> None:
        answers[agent] = await approver.decide(_request(agent))

    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            for agent in ("coder", "writer", "researcher"):
                tg.start_soon(ask, agent)
                await wait_all_tasks_blocked()
            assert [r.agent for r in approver.pending] == ["coder", "writer", "researcher"]
            assert approver.press("x") is None  # not an answer key
            assert approver.press("a").agent == "coder"  # type: ignore[union-attr]
            assert approver.press("D").agent == "writer"  # type: ignore[union-attr]
            assert approver.press("s").agent == "researcher"  # type: ignore[union-attr]
            assert approver.press("a") is None  # nothing left
    assert answers == {"coder": "approve", "writer": "deny", "researcher": "stop"}
    requested = [e for e in sink.events if isinstance(e, ApprovalRequested)]
    answered = [e for e in sink.events if isinstance(e, ApprovalAnswered)]
    assert [e.agent for e in requested] == ["coder", "writer", "researcher"]
    assert [(e.agent, e.answer, e.by) for e in answered] == [
        ("coder", "approve", "keyboard"),
        ("writer", "deny", "keyboard"),
        ("researcher", "stop", "keyboard"),
    ]
    assert requested[0].evidence == "tool=delete_files, calls_so_far=0"
    assert all(a.request_id == r.request_id for a, r in zip(answered, requested, strict=True))


async def test_other_tasks_keep_running_while_a_person_decides() -> None:
    approver = TerminalApprover(RecordingSink())
    ticks = 0

    async def other_agent() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await anyio.sleep(0.001)

    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            tg.start_soon(other_agent)
            tg.start_soon(approver.decide, _request("coder"))
            while not approver.pending:
                await checkpoint()
            before = ticks
            while ticks < before + 5:  # the other agent keeps going while the request waits
                await anyio.sleep(0.001)
            assert approver.pending
            approver.press("a")
            while approver.pending:
                await checkpoint()
            tg.cancel_scope.cancel()


async def test_terminal_timeout_applies_the_default() -> None:
    sink = RecordingSink()
    approver = TerminalApprover(sink, timeout=0.05, default="deny")
    with anyio.fail_after(5):
        assert await approver.decide(_request("coder")) == "deny"
    answered = [e for e in sink.events if isinstance(e, ApprovalAnswered)]
    assert answered[0].by == "default"
    assert "default answer 'deny'" in answered[0].note
    assert approver.pending == ()


async def test_a_cancelled_request_is_withdrawn() -> None:
    sink = RecordingSink()
    approver = TerminalApprover(sink)
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            tg.start_soon(approver.decide, _request("coder"))
            await wait_all_tasks_blocked()
            tg.cancel_scope.cancel()
    assert approver.pending == ()
    answered = [e for e in sink.events if isinstance(e, ApprovalAnswered)]
    assert [(e.answer, e.by) for e in answered] == [("deny", "cancelled")]


async def test_unattended_answers_the_default_after_the_timeout_and_says_so() -> None:
    sink = RecordingSink()
    approver = UnattendedApprover(sink, timeout=0.05, default="stop")
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            # Concurrent requests each get their own timeout, not a queue of timeouts.
            for agent in ("a1", "a2", "a3"):
                tg.start_soon(approver.decide, _request(agent))
    answered = [e for e in sink.events if isinstance(e, ApprovalAnswered)]
    assert {e.agent for e in answered} == {"a1", "a2", "a3"}
    assert all(e.answer == "stop" and e.by == "default" for e in answered)
    assert "Unattended run" in answered[0].note
    assert all(e.waited < 1.0 for e in answered)


def test_unattended_rejects_a_negative_timeout() -> None:
    with pytest.raises(ValueError, match="0 or more seconds"):
        UnattendedApprover(RecordingSink(), timeout=-1)


async def test_key_reader_answers_from_a_file_descriptor() -> None:
    sink = RecordingSink()
    approver = TerminalApprover(sink, guard=0)  # the guard has its own tests below
    read_fd, write_fd = os.pipe()
    try:
        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                await tg.start(approver.run, read_fd)
                async with anyio.create_task_group() as asks:
                    asks.start_soon(approver.decide, _request("coder"))
                    await wait_all_tasks_blocked()
                    asks.start_soon(approver.decide, _request("writer"))
                    await wait_all_tasks_blocked()
                    os.write(write_fd, b"qad")  # q is ignored
                tg.cancel_scope.cancel()
    finally:
        os.close(read_fd)
        os.close(write_fd)
    answered = [(e.agent, e.answer) for e in sink.events if isinstance(e, ApprovalAnswered)]
    assert answered == [("coder", "approve"), ("writer", "deny")]


async def test_when_the_terminal_input_closes_the_default_answers_instead_of_nobody() -> None:
    """Nobody can press a key once the input is closed: a question waiting then, and every
    later one, gets the default at once, and the person is told, instead of waiting forever."""
    sink = RecordingSink()
    approver = TerminalApprover(sink, default="deny")
    read_fd, write_fd = os.pipe()
    answers: list[ApprovalAnswer] = []

    async def ask(agent: str) -> None:
        answers.append(await approver.decide(_request(agent)))

    try:
        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                await tg.start(approver.run, read_fd)
                async with anyio.create_task_group() as asks:
                    asks.start_soon(ask, "coder")
                    await wait_all_tasks_blocked()
                    os.close(write_fd)
                    write_fd = -1
                await ask("writer")  # asked after the input closed
                tg.cancel_scope.cancel()
    finally:
        os.close(read_fd)
        if write_fd != -1:
            os.close(write_fd)
    assert answers == ["deny", "deny"]
    answered = [(e.agent, e.by) for e in sink.events if isinstance(e, ApprovalAnswered)]
    assert answered == [("coder", "default"), ("writer", "default")]
    (notice,) = [e for e in sink.events if isinstance(e, Notice)]
    assert "closed" in notice.message
    assert "'deny'" in notice.message


async def _until(condition: Callable[[], bool]) -> None:
    """Wait (inside the caller's fail_after) until ``condition()`` holds."""
    while not condition():
        await anyio.sleep(0.01)


async def test_arrow_and_function_keys_answer_nothing() -> None:
    """An arrow key sends ESC [ A (up) or ESC [ D (left): its letters once approved or denied
    the request on screen. Escape sequences are not keys a person pressed to answer."""
    sink = RecordingSink()
    approver = TerminalApprover(sink, guard=0)
    read_fd, write_fd = os.pipe()
    answers: list[ApprovalAnswer] = []

    async def ask() -> None:
        answers.append(await approver.decide(_request("coder")))

    try:
        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                await tg.start(approver.run, read_fd)
                tg.start_soon(ask)
                await wait_all_tasks_blocked()
                # up, left, down, F1, Home, Delete, Alt+a, a lone Escape
                for keys in (b"\x1b[A", b"\x1b[D", b"\x1b[B", b"\x1bOP", b"\x1b[1;5H"):
                    os.write(write_fd, keys)
                os.write(write_fd, b"\x1b[3~\x1ba\x1b")
                await _until(lambda: _unread(read_fd) == 0)
                await wait_all_tasks_blocked()  # and what was read is handled
                assert [r.agent for r in approver.pending] == ["coder"]
                os.write(write_fd, b"s")
                await _until(lambda: bool(answers))
                tg.cancel_scope.cancel()
    finally:
        os.close(read_fd)
        os.close(write_fd)
    assert answers == ["stop"]


def _unread(fd: int) -> int:
    """Bytes waiting in pipe ``fd``."""
    import fcntl
    import struct
    import termios

    raw = fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0")
    return int(struct.unpack("i", raw)[0])


async def test_a_key_only_answers_a_question_that_has_been_on_screen() -> None:
    """A held key, a paste or keys typed ahead once answered the next request too, and a key
    meant for a request that was just withdrawn answered the one that replaced it: requests the
    person never saw. A key now answers only a request shown for ``guard`` seconds."""
    sink = RecordingSink()
    now = [100.0]
    approver = TerminalApprover(sink, guard=0.5, clock=lambda: now[0])
    read_fd, write_fd = os.pipe()
    answers: dict[str, ApprovalAnswer] = {}

    async def ask(agent: str) -> None:
        answers[agent] = await approver.decide(_request(agent))

    def notices() -> list[Notice]:
        return [e for e in sink.events if isinstance(e, Notice)]

    try:
        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                await tg.start(approver.run, read_fd)
                async with anyio.create_task_group() as asks:
                    for agent in ("coder", "writer"):
                        asks.start_soon(ask, agent)
                        await wait_all_tasks_blocked()
                    withdrawn = anyio.CancelScope()
                    tg.start_soon(_ask_in, withdrawn, approver, "tester")
                    await wait_all_tasks_blocked()
                    # Typed at once as the first question appears: nothing is answered.
                    os.write(write_fd, b"a")
                    await _until(lambda: len(notices()) == 1)
                    assert "coder" in notices()[0].message
                    # Shown long enough: a held key answers the coder, and not the writer,
                    # whose question appeared only as the coder's was answered.
                    now[0] += 1
                    os.write(write_fd, b"aaaa")
                    await _until(lambda: len(notices()) == 2)
                    assert answers == {"coder": "approve"}
                    assert "writer" in notices()[1].message
                    now[0] += 1
                    os.write(write_fd, b"d")
                    await _until(lambda: "writer" in answers)
                # The tester's question is on screen; it is withdrawn just as a key comes.
                assert [r.agent for r in approver.pending] == ["tester"]
                now[0] += 1
                async with anyio.create_task_group() as asks:
                    asks.start_soon(ask, "reviewer")
                    await wait_all_tasks_blocked()
                    withdrawn.cancel()
                    await wait_all_tasks_blocked()
                    os.write(write_fd, b"a")
                    await _until(lambda: len(notices()) == 3)
                    assert "reviewer" in notices()[2].message
                    now[0] += 1
                    os.write(write_fd, b"n")
                tg.cancel_scope.cancel()
    finally:
        os.close(read_fd)
        os.close(write_fd)
    assert answers == {"coder": "approve", "writer": "deny", "reviewer": "deny"}
    answered = [(e.agent, e.answer, e.by) for e in sink.events if isinstance(e, ApprovalAnswered)]
    assert answered == [
        ("coder", "approve", "keyboard"),
        ("writer", "deny", "keyboard"),
        ("tester", "deny", "cancelled"),
        ("reviewer", "deny", "keyboard"),
    ]


async def _ask_in(scope: anyio.CancelScope, approver: TerminalApprover, agent: str) -> None:
    with scope:
        await approver.decide(_request(agent))


def test_the_key_guard_cannot_be_negative() -> None:
    with pytest.raises(ValueError, match="0 or more seconds"):
        TerminalApprover(RecordingSink(), guard=-1)


async def test_an_unattended_request_withdrawn_before_its_timeout_says_so() -> None:
    """The unattended approver emitted nothing when its wait was cancelled (the agent stopped,
    Ctrl-C): the audit log had a question with no answer, and the live view kept showing a
    question that no longer existed."""
    sink = RecordingSink()
    approver = UnattendedApprover(sink, timeout=60, default="approve")
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            tg.start_soon(approver.decide, _request("coder"))
            await wait_all_tasks_blocked()
            tg.cancel_scope.cancel()
    (asked,) = [e for e in sink.events if isinstance(e, ApprovalRequested)]
    (answered,) = [e for e in sink.events if isinstance(e, ApprovalAnswered)]
    assert answered.request_id == asked.request_id
    assert (answered.answer, answered.by) == ("deny", "cancelled")  # never the default
    view = RunView()
    for event in sink.events:
        view.emit(event)
    assert view.pending_approvals == []


async def test_after_ctrl_z_and_fg_keys_answer_again_at_once() -> None:
    """After Ctrl-Z and ``fg`` the shell gave the terminal back in line mode: the person's key
    was echoed over the screen and waited for Enter, so the question seemed stuck. On SIGCONT
    the key reader puts the terminal back in cbreak mode. Driven through a real pseudo-terminal."""
    import signal
    import termios

    sink = RecordingSink()
    approver = TerminalApprover(sink, guard=0)
    main_fd, term_fd = os.openpty()
    answers: list[ApprovalAnswer] = []

    def line_mode() -> bool:
        return bool(termios.tcgetattr(term_fd)[3] & termios.ICANON)

    async def ask() -> None:
        answers.append(await approver.decide(_request("coder")))

    try:
        assert line_mode()
        shell_mode = termios.tcgetattr(term_fd)
        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                await tg.start(approver.run, term_fd)
                assert not line_mode()
                tg.start_soon(ask)
                await wait_all_tasks_blocked()
                # Ctrl-Z, then fg: the shell restores its own (line) mode, and we are continued.
                termios.tcsetattr(term_fd, termios.TCSANOW, shell_mode)
                os.kill(os.getpid(), signal.SIGCONT)
                await _until(lambda: not line_mode())
                os.write(main_fd, b"a")  # no Enter
                await _until(lambda: bool(answers))
                tg.cancel_scope.cancel()
        assert line_mode()  # given back as it was found
    finally:
        os.close(main_fd)
        os.close(term_fd)
    assert answers == ["approve"]


async def test_each_question_gets_its_whole_timeout_on_screen() -> None:
    """``--approve-timeout`` at a terminal: questions are shown one at a time, so each one's
    wait starts when it reaches the screen. Before, every wait started when its question was
    asked: three questions asked together all took the default at once, the second and the
    third never shown to the person (an 'approve' default approved them unseen)."""
    sink = RecordingSink()
    approver = TerminalApprover(sink, timeout=0.6, default="approve")
    answers: dict[str, ApprovalAnswer] = {}

    async def ask(agent: str) -> None:
        answers[agent] = await approver.decide(_request(agent))

    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            for agent in ("coder", "writer", "researcher"):
                tg.start_soon(ask, agent)
                await wait_all_tasks_blocked()
            await anyio.sleep(0.1)
            approver.press("d")  # the person answers the first one
            assert [r.agent for r in approver.pending] == ["writer", "researcher"]
    assert answers == {"coder": "deny", "writer": "approve", "researcher": "approve"}
    answered = [e for e in sink.events if isinstance(e, ApprovalAnswered)]
    assert [(e.agent, e.by) for e in answered] == [
        ("coder", "keyboard"),
        ("writer", "default"),
        ("researcher", "default"),
    ]
    # Each default came a whole timeout after the question before it left the screen.
    assert answered[1].time - answered[0].time >= 0.55
    assert answered[2].time - answered[1].time >= 0.55
