"""Stopping a run whose agent's code will not let it stop: the ``supervise run`` watchdog.

Agents, the governor and the run's own stop share one event loop, in the main thread. Code
that does not await (a loop of pure computation, ``time.sleep`` or a blocking client in an
``async def``) holds that loop: nothing else runs, and a stop signal is queued for a loop that
never reads it, so Ctrl-C, SIGTERM and a second Ctrl-C all did nothing; only ``kill -9`` ended
the process. An agent whose code catches the cancellation a stop sends (``except
BaseException``) and goes on holds its part's stop the same way: the run waited for ever, and
the backend's own handling of further Ctrl-Cs ended it with a traceback (asyncio, on the
fourth) or a ``TrioInternalError`` (trio).

:class:`StopWatch` sees both:

- A heartbeat task says when the loop last ran. A stop signal that finds it held for
  :attr:`StopWatch.held_s` or more is a held loop: the signal's handler (which Python runs in
  the main thread, between two bytecodes of the code holding it) asks the run to stop and raises
  :class:`EventLoopHeld` in that code, naming where it was. The code's ``run()`` fails there, the
  loop is free, and the run stops as it would have (its calls settled).
- Once the run is stopping, a further stop signal ends the process at once (exit 130 for
  Ctrl-C, 143 for SIGTERM, 129 for SIGHUP, as a shell shows them), saying so and what that
  leaves: calls in flight stay reserved in the ledger until the next run that opens it
  reconciles them. A run still stopping after :attr:`StopWatch.still_stopping_s` says
  why it may be and that a second Ctrl-C ends it; a loop held that long, with or without a
  signal, is named, with where.

Only code that runs Python bytecode can be stopped by a signal: a C call that never returns
(a C extension's busy loop) holds the loop past any signal, and ``kill -9`` remains.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
import traceback
from typing import TYPE_CHECKING, Any

import anyio

from ._exceptions import EventLoopHeld, user_frame

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType

__all__ = ["EventLoopHeld", "StopWatch"]

#: Why each signal that stops a run came, for the messages.
SIGNAL_WORDS = {"SIGINT": "Ctrl-C", "SIGTERM": "terminated", "SIGHUP": "hang-up"}


def signal_words(signum: int) -> str:
    """``SIGINT (Ctrl-C)``: a stop signal as a person knows it."""
    try:
        name = signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"
    return f"{name} ({SIGNAL_WORDS.get(name, 'terminated')})"


class StopWatch:
    """The watchdog of one ``supervise run`` (see the module's text).

    Args:
        interrupt: Asks the run to stop, with the reason (``Runtime.interrupt``); set once the
            runtime exists (:attr:`interrupt`).
        write: Writes a line for the person running it (stderr by default).
    """

    #: Seconds without a heartbeat after which the loop is held.
    held_s = 3.0
    #: Seconds a held loop (or a stop that has not ended) runs before it is named.
    still_stopping_s = 10.0
    #: Seconds between heartbeats.
    beat_s = 0.25

    def __init__(
        self,
        *,
        interrupt: Callable[[str], None] | None = None,
        write: Callable[[str], None] | None = None,
    ) -> None:
        self.interrupt = interrupt
        self._write = write or _to_stderr
        self._beat_at: float | None = None  # None: no heartbeat runs (not started, or ended)
        self._stopping: str | None = None  # why the run is stopping, once it is
        self._stopping_at = 0.0
        self._raised = False  # EventLoopHeld was raised into the code holding the loop
        self._said: set[str] = set()
        self._notes: list[str] = []
        self._previous: dict[int, Any] = {}
        self._main = threading.main_thread().ident
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    # -- set-up ----------------------------------------------------------------------------

    def install(self, signals: tuple[signal.Signals, ...]) -> bool:
        """Take ``signals`` on top of the handlers there now (the event loop's), which each
        signal still reaches, and start watching. False where they cannot be taken (not the
        main thread)."""
        try:
            for signum in signals:
                self._previous[signum] = signal.getsignal(signum)
                signal.signal(signum, self._on_signal)
        except (ValueError, OSError):  # not the main thread: the defaults stay
            self._restore()
            return False
        self._thread = threading.Thread(target=self._watch, name="supervise watchdog", daemon=True)
        self._thread.start()
        return True

    def close(self) -> None:
        """Give the signals back to the handlers they had and stop watching."""
        self._done.set()
        self._beat_at = None
        self._restore()
        self._say_notes()

    def _restore(self) -> None:
        for signum, previous in self._previous.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(signum, previous)
        self._previous.clear()

    async def heartbeat(self, *, task_status: Any = anyio.TASK_STATUS_IGNORED) -> None:
        """Say the loop runs, every :attr:`beat_s` seconds, until cancelled."""
        task_status.started()
        try:
            while True:
                self._beat_at = time.monotonic()
                self._say_notes()  # at once, when the loop is free again (before the run ends)
                await anyio.sleep(self.beat_s)
        finally:
            self._beat_at = None

    def stopping(self, why: str, signals: tuple[signal.Signals, ...]) -> None:
        """The run was asked to stop (``why``): from now on a further stop signal (any of
        ``signals``) ends the process at once. Called in the main thread."""
        if self._stopping is None:
            self._stopping = why
            self._stopping_at = time.monotonic()
        for signum in signals:
            with contextlib.suppress(ValueError, OSError):
                current = signal.getsignal(signum)
                if current != self._on_signal:  # what the event loop's receiver gave back
                    self._previous[signum] = current
                signal.signal(signum, self._on_signal)

    # -- the signal handler (main thread) ------------------------------------------------------

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        words = signal_words(signum)
        if self._stopping is not None:
            self._exit_now(signum, words)
        previous = self._previous.get(signum)
        if callable(previous):
            previous(signum, frame)  # the event loop's: the signal is queued for the run
        beat = self._beat_at
        held = time.monotonic() - beat if beat is not None else 0.0
        if held < self.held_s:
            return  # the loop runs: it takes the signal from its queue
        if self._raised:
            self._exit_now(signum, words)  # the code caught EventLoopHeld and held the loop again
        self._raised = True
        self._stopping = words
        self._stopping_at = time.monotonic()
        at = user_frame(traceback.extract_stack(frame)) if frame is not None else ""
        where = f" at {at}" if at else ""
        self._notes.append(
            f"{words} found the event loop held for {held:.1f} s by code that does not "
            f"await{where}: it was stopped there (EventLoopHeld) so that the run could stop. "
            "Await in long loops (await anyio.sleep(0)), and run blocking work in a thread "
            "(a plain def tool, or anyio.to_thread.run_sync)."
        )
        if self.interrupt is not None:
            self.interrupt(words)
        raise EventLoopHeld(
            f"{words} came while this code had held the event loop for {held:.1f} s without "
            "awaiting, so no other agent, the governor or the run's stop could act: it was "
            "stopped here. Await in long loops (await anyio.sleep(0)), and run blocking work "
            "in a thread (a plain def tool, or anyio.to_thread.run_sync)"
        )

    def _exit_now(self, signum: int, words: str) -> None:
        what = self._stopping or words
        message = (
            f"\nsupervise: {words} again while stopping (on {what}): exiting now, without "
            "waiting for the agents to end. Calls still in flight stay reserved in the ledger, "
            "counted as spent until the next run that opens it reconciles them.\n"
        )
        with contextlib.suppress(OSError):
            os.write(2, message.encode("utf-8", "replace"))
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        os._exit(128 + signum)  # as a shell shows a process the signal ended: 130 for Ctrl-C

    # -- the watching thread -----------------------------------------------------------------

    def _watch(self) -> None:
        while not self._done.wait(self.beat_s):
            self._say_notes()  # the code that caught EventLoopHeld holds the loop still
            now = time.monotonic()
            beat = self._beat_at
            if beat is not None and now - beat >= self.still_stopping_s:
                self._once(
                    f"held:{beat}",
                    f"the event loop has been held for {now - beat:.0f} s by code that does "
                    f"not await{self._main_site()}: no agent, the governor or a stop (`supervise "
                    "stop`, a policy's) can act until it returns. Await in long loops (await "
                    "anyio.sleep(0)), and run blocking work in a thread (a plain def tool, or "
                    "anyio.to_thread.run_sync). Ctrl-C stops it where it is.",
                )
            if self._stopping is not None and now - self._stopping_at >= self.still_stopping_s:
                self._once(
                    "stopping",
                    f"still stopping {now - self._stopping_at:.0f} s after {self._stopping}: an "
                    f"agent has not ended{self._main_site()}. Its code may catch the "
                    "cancellation a stop sends (except BaseException, or CancelledError) and go "
                    "on: let it pass, or re-raise it. Press Ctrl-C again to exit now (calls "
                    "in flight stay reserved in the ledger until the next run reconciles them).",
                )

    def _say_notes(self) -> None:
        while self._notes:
            try:
                note = self._notes.pop(0)
            except IndexError:  # the other thread said it
                return
            self._say(note)

    def _once(self, key: str, line: str) -> None:
        if key not in self._said:
            self._said.add(key)
            self._say(line)

    def _say(self, line: str) -> None:
        with contextlib.suppress(Exception):
            self._write(f"supervise: {line}")

    def _main_site(self) -> str:
        """`` (at FILE, line N)``: where the main thread runs the user's code now, if it does."""
        frame = sys._current_frames().get(self._main) if self._main is not None else None
        if frame is None:
            return ""
        script = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
        frames = [f for f in traceback.extract_stack(frame) if f.filename != script]
        at = user_frame(traceback.StackSummary.from_list(frames))
        return f" (now at {at})" if at else ""


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
