"""Human approval on escalation: the request, the answer, and who gives it.

When a policy escalates, the governor holds that agent's call and awaits
``approver.decide(request)``. Other agents keep running meanwhile: ``decide`` only suspends the
calling task.

- :class:`TerminalApprover` queues requests in arrival order. The TUI shows the head one (it learns
  of it from the :class:`~supervisor._events.ApprovalRequested` event), and :meth:`~TerminalApprover.run`
  reads single keys from the terminal in cbreak mode without blocking the event loop:
  ``a`` approve, ``d`` deny, ``s`` stop this agent.
- :class:`UnattendedApprover` (no TTY, or ``--headless``) answers with a configured default after a
  timeout, and says so.

Every request and every answer is emitted on the run's event sink, so both reach the log and the
audit trail with their time, the answer and how it was given (keyboard or default).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol, cast, get_args, runtime_checkable

import anyio

from ._events import ApprovalAnswered, ApprovalRequested, EventSink, Notice

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from anyio.abc import TaskStatus

__all__ = [
    "APPROVAL_KEYS",
    "ApprovalAnswer",
    "ApprovalRequest",
    "Approver",
    "TerminalApprover",
    "UnattendedApprover",
    "cbreak",
]

ApprovalAnswer = Literal["approve", "deny", "stop"]
"""approve: let the call go ahead; deny: refuse it (the agent gets the fallback); stop: stop the agent."""

APPROVAL_KEYS: Mapping[str, ApprovalAnswer] = {
    "a": "approve",
    "y": "approve",
    "d": "deny",
    "n": "deny",
    "s": "stop",
}
"""Keys a person may press (case-insensitive) and what each answers."""

_ids = itertools.count(1)


def _next_id() -> str:
    # Named by its process, as call ids are: counted from 1 in each process, two runs on one
    # ledger (or a run restarted after a crash) would write one id for two questions into
    # the audit log, and an approver answering by id could answer the wrong one.
    from ._governor import process_tag  # (the governor imports this module)

    return f"approval-{process_tag()}-{next(_ids)}"


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """What the governor asks a person.

    Attributes:
        agent: Which agent is held.
        session: The session it spends from.
        rule: The policy rule that escalated.
        reason: Why, as a sentence.
        evidence: What the rule saw (a similarity score, the repeated call, the numbers).
        action: What the agent wants to do: ``"delete_files(path='/tmp/x')"`` or
            ``"openai:gpt-4o, up to $0.42"``.
        call_id: The held call, if the escalation is about one call.
        request_id: Unique across the processes sharing a store and the runs before
            (``approval-<pid>-<start>-<n>``): links the request to its answer and to its
            records in the audit log.
    """

    agent: str
    session: str
    rule: str
    reason: str
    evidence: str | Mapping[str, float | int | str]
    action: str
    call_id: str | None = None
    request_id: str = field(default_factory=_next_id)
    #: Why it was withdrawn, once it is (see ``withdrawn``): one entry at most.
    _withdrawal: list[str] = field(default_factory=list, repr=False, compare=False)

    @property
    def withdrawn(self) -> str:
        """Why the request was withdrawn ("" while it stands): its agent or session was
        stopped, the session's time ran out, its team's supervisor gave up. It is set before
        the approver's wait is cancelled, so an approver can tell the person why the question
        went (the built-in ones say it in their ``ApprovalAnswered`` note)."""
        return self._withdrawal[0] if self._withdrawal else ""

    def withdraw(self, why: str) -> None:
        """Record why the request is withdrawn (the runtime does, before it cancels the
        approver's wait); the first reason given stays."""
        if not self._withdrawal:
            self._withdrawal.append(why)

    def withdrawal_note(self) -> str:
        """The note of an answer to a withdrawn request, with why when known."""
        why = self.withdrawn.rstrip(".")
        return f"The request was withdrawn: {why}." if why else "The request was withdrawn."

    def evidence_text(self) -> str:
        """The evidence as one line: ``score=0.93, window=5`` for a mapping."""
        if isinstance(self.evidence, str):
            return self.evidence
        return ", ".join(f"{k}={v}" for k, v in self.evidence.items())

    def to_event(self) -> ApprovalRequested:
        """The :class:`ApprovalRequested` event for this request."""
        return ApprovalRequested(
            request_id=self.request_id,
            agent=self.agent,
            session=self.session,
            rule=self.rule,
            reason=self.reason,
            evidence=self.evidence_text(),
            action=self.action,
            call_id=self.call_id,
        )


#: Who gave an approval's answer, as the audit log records it: a person at the keyboard, the
#: default after the timeout, the request withdrawn, an approver that does not say (one with
#: only ``decide``), or nobody: the approver failed (raised, or answered something that is not
#: an answer) and the call was denied for it.
AnsweredBy = Literal["keyboard", "default", "cancelled", "approver", "failed"]

_ANSWERS: frozenset[str] = frozenset(get_args(ApprovalAnswer))


class NotAnAnswer(ValueError):
    """An approver answered something other than ``approve``, ``deny`` or ``stop``."""


@runtime_checkable
class Approver(Protocol):
    """Answers escalations. ``decide`` suspends only the calling agent's task.

    An approver may also define ``async def decide_with_source(request)`` returning
    ``(answer, by)`` (see :data:`AnsweredBy`): the audit log then records who answered, as it
    does for the built-in approvers; otherwise it records ``"approver"``.

    An approver that raises, or answers anything but ``approve``, ``deny`` or ``stop``, denies
    the call (fail closed): the agent gets ``EscalationDenied`` naming what went wrong, the
    person watching is told, and the audit log records ``by = "failed"``.
    """

    async def decide(self, request: ApprovalRequest) -> ApprovalAnswer:
        """Return the answer to ``request``; cancelling the caller withdraws the request."""
        ...


async def decide_with_source(
    approver: Approver, request: ApprovalRequest
) -> tuple[ApprovalAnswer, AnsweredBy]:
    """Ask ``approver`` and say who answered (``"approver"`` when it cannot tell).

    Raises:
        NotAnAnswer: The approver's answer is not one of ``approve``, ``deny`` or ``stop``
            (a typo must never count as an approval). What ``approver`` raises propagates.
    """
    with_source = getattr(approver, "decide_with_source", None)
    if with_source is not None:
        answer, by = await with_source(request)
    else:
        answer, by = await approver.decide(request), "approver"
    if not isinstance(answer, str) or answer not in _ANSWERS:
        raise NotAnAnswer(
            f"{type(approver).__name__} answered {answer!r}, which is not an answer: "
            "return 'approve', 'deny' or 'stop'"
        )
    return cast("ApprovalAnswer", answer), by


class _Pending:
    __slots__ = ("answer", "answered", "by", "headed", "request", "shown", "started", "warned")

    def __init__(self, request: ApprovalRequest) -> None:
        self.request = request
        self.answered = anyio.Event()
        self.answer: ApprovalAnswer | None = None
        self.by: Literal["keyboard", "default", "cancelled"] = "keyboard"
        self.started = time.monotonic()
        self.headed: float | None = None  # when it became the head (the one on screen)
        self.shown = anyio.Event()  # set when it becomes the head, or is resolved unshown
        self.warned = False  # a key came too early for it, and the person was told


#: An escape sequence a key sends (arrows, function keys, Alt+key): ESC [ ... final byte,
#: ESC O x, or ESC and one character. Its letters are not keys a person pressed to answer.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|O.|.)?", re.DOTALL)


_INPUT_CLOSED = "The terminal's input closed, so nobody can answer; the default applied."


class TerminalApprover:
    """Asks the person at the terminal, one request at a time, in arrival order.

    ``decide`` queues the request and waits; :meth:`answer` (called by the key reader in
    :meth:`run`, or directly by tests) answers the head of the queue. With ``timeout`` set, a
    request nobody answers in time gets ``default``; by default a person is waited for, until
    the terminal's input closes (nobody can answer then: ``default`` applies, and says so).

    Args:
        sink: Where ``ApprovalRequested`` and ``ApprovalAnswered`` go.
        timeout: Seconds a request waits on screen (at the head of the queue: its wait
            starts when the one before it is answered) for a key before ``default``
            applies; ``None`` waits forever.
        default: The answer applied after ``timeout``.
        guard: Seconds a request must have been the one on screen before a key from the
            terminal answers it. A held key, a paste, keys typed ahead or a key meant for a
            request that was just withdrawn would otherwise answer the next request, which the
            person has not seen; such a key is ignored, and the person is told.
        clock: Where :meth:`run` reads the time for ``guard`` (tests pass their own).
    """

    def __init__(
        self,
        sink: EventSink,
        *,
        timeout: float | None = None,
        default: ApprovalAnswer = "deny",
        guard: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if guard < 0:
            raise ValueError(f"The approval key guard must be 0 or more seconds, not {guard}.")
        self._sink = sink
        self._timeout = timeout
        self._default: ApprovalAnswer = default
        self._guard = guard
        self._clock = clock
        # Invariant: arrival order; an entry leaves when answered or withdrawn.
        self._queue: list[_Pending] = []
        self._closed = False  # the key reader met the end of its input

    @property
    def pending(self) -> tuple[ApprovalRequest, ...]:
        """Requests waiting for an answer, oldest (the one on screen) first."""
        return tuple(p.request for p in self._queue)

    async def decide(self, request: ApprovalRequest) -> ApprovalAnswer:
        """Queue ``request``, wait for the person's key (or the timeout), return the answer."""
        return (await self.decide_with_source(request))[0]

    async def decide_with_source(
        self, request: ApprovalRequest
    ) -> tuple[ApprovalAnswer, AnsweredBy]:
        """:meth:`decide`, and whether a key or the timeout's default answered."""
        entry = _Pending(request)
        self._queue.append(entry)
        self._mark_head()
        self._sink.emit(request.to_event())
        if self._closed:
            self._resolve(entry, self._default, "default", _INPUT_CLOSED)
        try:
            if self._timeout is None:
                await entry.answered.wait()
            else:
                # The person sees one question at a time: a queued one's time starts when it
                # reaches the screen, or it could take the default without ever being shown.
                await entry.shown.wait()
                with anyio.move_on_after(self._timeout):
                    await entry.answered.wait()
                if entry.answer is None:
                    self._resolve(
                        entry,
                        self._default,
                        "default",
                        f"No key pressed within {self._timeout:g}s of the question showing; "
                        f"applied the default answer '{self._default}'.",
                    )
        finally:
            if entry.answer is None:
                # The caller was cancelled (the agent stopped): withdraw the request.
                self._resolve(entry, "deny", "cancelled", entry.request.withdrawal_note())
        assert entry.answer is not None
        return entry.answer, entry.by

    def answer(self, answer: ApprovalAnswer) -> ApprovalRequest | None:
        """Answer the oldest pending request from the keyboard; ``None`` if nothing is pending."""
        if not self._queue:
            return None
        entry = self._queue[0]
        self._resolve(entry, answer, "keyboard", f"Answered '{answer}' at the keyboard.")
        return entry.request

    def press(self, key: str) -> ApprovalRequest | None:
        """Handle one key press; keys outside :data:`APPROVAL_KEYS` are ignored."""
        answer = APPROVAL_KEYS.get(key.lower())
        if answer is None:
            return None
        return self.answer(answer)

    def _resolve(
        self,
        entry: _Pending,
        answer: ApprovalAnswer,
        by: Literal["keyboard", "default", "cancelled"],
        note: str,
    ) -> None:
        if entry.answer is not None:
            return
        entry.answer = answer
        entry.by = by
        entry.shown.set()  # resolved before it was shown (withdrawn, the input closed)
        with contextlib.suppress(ValueError):
            self._queue.remove(entry)
        self._mark_head()
        request = entry.request
        self._sink.emit(
            ApprovalAnswered(
                request_id=request.request_id,
                agent=request.agent,
                session=request.session,
                answer=answer,
                by=by,
                waited=round(time.monotonic() - entry.started, 3),
                note=note,
            )
        )
        entry.answered.set()

    def _mark_head(self) -> None:
        if self._queue and self._queue[0].headed is None:
            self._queue[0].headed = self._clock()
            self._queue[0].shown.set()

    def _typed(self, data: str) -> None:
        """Handle what the terminal sent in one read (see ``guard``)."""
        for char in _ESCAPE_SEQUENCE.sub("", data):
            answer = APPROVAL_KEYS.get(char.lower())
            if answer is None or not self._queue:
                continue
            head = self._queue[0]
            assert head.headed is not None
            if self._clock() - head.headed < self._guard:
                if not head.warned:
                    head.warned = True
                    self._sink.emit(
                        Notice(
                            f"Ignored the key '{char}': the question from "
                            f"{head.request.agent} had only just appeared. Read it, then "
                            "press the key again.",
                            "warning",
                            agent=head.request.agent,
                        )
                    )
                continue
            self.answer(answer)

    async def run(
        self,
        fd: int | None = None,
        *,
        task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED,
    ) -> None:
        """Read keys from the terminal until cancelled, answering the head request.

        The terminal is put in cbreak mode (keys arrive at once, unechoed; Ctrl-C still
        interrupts) and restored on the way out, whatever ends the task. Reading waits on the file
        descriptor through the event loop, so nothing blocks. Run it in the run's task group with
        ``await tg.start(approver.run)``.

        Args:
            fd: The terminal's file descriptor; standard input by default.
        """
        if fd is None:
            fd = sys.stdin.fileno()
        with cbreak(fd):
            async with anyio.create_task_group() as tg:
                tg.start_soon(keep_mode, fd, _set_cbreak)
                task_status.started()
                await self._read_keys(fd)

    async def _read_keys(self, fd: int) -> None:
        while True:
            await anyio.wait_readable(fd)
            try:
                data = os.read(fd, 64)
            except BlockingIOError:
                continue
            if not data:
                # End of input (stdin closed): nobody can answer from here any more, so
                # the default answers what waits now and what is asked later.
                self._closed = True
                self._sink.emit(
                    Notice(
                        "The terminal's input closed: approvals now get the default "
                        f"answer '{self._default}'.",
                        "warning",
                    )
                )
                for entry in list(self._queue):
                    self._resolve(entry, self._default, "default", _INPUT_CLOSED)
                await anyio.sleep_forever()
            self._typed(data.decode("utf-8", "replace"))

    def __repr__(self) -> str:
        return f"<TerminalApprover pending={len(self._queue)} timeout={self._timeout}>"


class UnattendedApprover:
    """Answers every request with ``default`` after ``timeout`` seconds, and says so.

    For runs with no terminal to ask (no TTY, or ``--headless``). Requests wait concurrently:
    each one's timeout starts when it is asked.

    Args:
        sink: Where the request and the answer go.
        timeout: Seconds before the default applies (0 answers at once).
        default: The answer given.
    """

    def __init__(
        self, sink: EventSink, *, timeout: float = 30.0, default: ApprovalAnswer = "deny"
    ) -> None:
        if timeout < 0:
            raise ValueError(f"The approval timeout must be 0 or more seconds, not {timeout}.")
        self._sink = sink
        self._timeout = timeout
        self._default: ApprovalAnswer = default

    async def decide(self, request: ApprovalRequest) -> ApprovalAnswer:
        """Emit the request, wait ``timeout``, answer ``default``."""
        return (await self.decide_with_source(request))[0]

    async def decide_with_source(
        self, request: ApprovalRequest
    ) -> tuple[ApprovalAnswer, AnsweredBy]:
        """:meth:`decide`; the answer is always the default."""
        started = time.monotonic()
        self._sink.emit(request.to_event())
        answered = False
        try:
            await anyio.sleep(self._timeout)
            answered = True
        finally:
            # Cancelled (the agent stopped, the run ended): the request is withdrawn, and says
            # so, or the screen would keep showing it and the audit log have no answer to it.
            self._sink.emit(
                ApprovalAnswered(
                    request_id=request.request_id,
                    agent=request.agent,
                    session=request.session,
                    answer=self._default if answered else "deny",
                    by="default" if answered else "cancelled",
                    waited=round(time.monotonic() - started, 3),
                    note=(
                        f"Unattended run: nobody to ask, so after {self._timeout:g}s the "
                        f"default answer '{self._default}' was applied."
                        if answered
                        else request.withdrawal_note()
                    ),
                )
            )
        return self._default, "default"

    def __repr__(self) -> str:
        return f"<UnattendedApprover timeout={self._timeout} default={self._default!r}>"


def _set_cbreak(fd: int) -> None:
    import termios
    import tty

    tty.setcbreak(fd, termios.TCSANOW)


def set_unechoed(fd: int) -> None:
    import termios

    mode = termios.tcgetattr(fd)
    mode[3] &= ~(termios.ECHO | termios.ECHONL)  # lflag; ICANON and ISIG (Ctrl-C) stay
    termios.tcsetattr(fd, termios.TCSANOW, mode)


async def keep_mode(fd: int, set_mode: Callable[[int], None]) -> None:
    """Put terminal ``fd`` back in its mode (``set_mode(fd)``) each time the process is
    continued, until cancelled.

    After Ctrl-Z and ``fg`` the shell hands the terminal back in its own mode, with echo: keys
    were echoed over the screen and (in line mode) waited for Enter, so a question looked as
    if no key answered it.
    """
    try:
        import signal

        if not os.isatty(fd):
            return
        receiver = anyio.open_signal_receiver(signal.SIGCONT)
    except (ImportError, AttributeError):  # pragma: no cover - not on POSIX
        return
    try:
        with receiver as continued:
            async for _ in continued:
                with contextlib.suppress(OSError):
                    set_mode(fd)
    except (RuntimeError, ValueError):  # signals are only for the main thread
        return


@contextlib.contextmanager
def unechoed(fd: int) -> Iterator[bool]:
    """Turn the echo of terminal ``fd`` off for the block, then restore it exactly.

    For a screen drawn on a terminal whose keys nobody reads (standard input is not that
    terminal: ``supervise run < /dev/null``): the terminal itself echoed each key at the
    cursor, over the live frame, and an Enter moved the cursor, so that each later frame was
    drawn a line lower and left its top behind. Line mode and Ctrl-C stay as they were. On the
    way out what was typed meanwhile is discarded: it was meant for this screen, and the shell
    would otherwise read it as a command line once the run ends.

    Yields whether it changed anything: ``False`` where ``fd`` is not a terminal (a file, a
    pipe) or on a platform without termios.
    """
    try:
        import termios
    except ImportError:  # pragma: no cover - not on POSIX
        yield False
        return
    try:
        saved = termios.tcgetattr(fd) if os.isatty(fd) else None
    except (OSError, termios.error):
        saved = None
    if saved is None:
        yield False
        return
    try:
        set_unechoed(fd)
        yield True
    finally:
        with contextlib.suppress(OSError, termios.error):
            termios.tcflush(fd, termios.TCIFLUSH)
        with contextlib.suppress(OSError, termios.error):
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)


@contextlib.contextmanager
def cbreak(fd: int) -> Iterator[None]:
    """Put terminal ``fd`` in cbreak mode for the block, then restore it exactly.

    A no-op where ``fd`` is not a terminal (a pipe in tests, or a platform without termios).
    """
    try:
        import termios
        import tty
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    if not os.isatty(fd):
        yield
        return
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd, termios.TCSANOW)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
