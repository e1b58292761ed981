"""``StopWatch``'s timed warnings and its signal handler, with its thresholds made short.

The end-to-end case (a real ``supervise run`` held by an agent that never awaits, then Ctrl-C)
is in ``tests/cli/test_cli_agent_code_audit.py``; these cover what that one leaves out because
each would take ten seconds or more: the warning for a loop held for ``still_stopping_s``, the
one for a run still stopping that long after its signal, a second signal while stopping, and a
signal while the loop runs (which only queues it).
"""

from __future__ import annotations

import signal
import sys
import threading
import time

import pytest

from supervisor._exceptions import EventLoopHeld
from supervisor._watchdog import StopWatch, signal_words


def _watch(lines: list[str], **short: float) -> tuple[StopWatch, threading.Thread]:
    watchdog = StopWatch(write=lines.append)
    for name, value in {"beat_s": 0.02, "held_s": 0.1, "still_stopping_s": 0.2, **short}.items():
        setattr(watchdog, name, value)
    thread = threading.Thread(target=watchdog._watch, daemon=True)
    thread.start()
    return watchdog, thread


def _exit(code: int) -> None:
    """``os._exit`` in these tests: ends the handler as the real one ends the process."""
    raise SystemExit(code)


def _wait_for(lines: list[str], words: str, seconds: float = 5.0) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for line in lines:
            if words in line:
                return line
        time.sleep(0.01)
    raise AssertionError(f"no line saying {words!r} in {lines}")


def test_a_loop_held_past_the_limit_is_named_once() -> None:
    lines: list[str] = []
    watchdog, thread = _watch(lines)
    watchdog._beat_at = time.monotonic() - 1.0  # the last heartbeat, a second ago
    line = _wait_for(lines, "the event loop has been held for")
    assert line.startswith("supervise: ")
    assert "Await in long loops" in line
    time.sleep(0.1)
    assert sum("has been held" in seen for seen in lines) == 1  # said once, not every beat
    watchdog.close()
    thread.join(1)


def test_a_loop_that_beats_is_never_named() -> None:
    lines: list[str] = []
    watchdog, thread = _watch(lines)
    for _ in range(20):
        watchdog._beat_at = time.monotonic()
        time.sleep(0.02)
    watchdog.close()
    thread.join(1)
    assert lines == []


def test_a_run_still_stopping_after_its_signal_says_why_and_what_to_do() -> None:
    lines: list[str] = []
    watchdog, thread = _watch(lines)
    watchdog._beat_at = time.monotonic()
    watchdog.stopping("SIGINT (Ctrl-C)", ())
    line = _wait_for(lines, "still stopping")
    assert "after SIGINT (Ctrl-C)" in line
    assert "Press Ctrl-C again" in line
    watchdog.close()
    thread.join(1)


def test_a_signal_finding_the_loop_held_stops_the_code_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines: list[str] = []
    asked: list[str] = []
    watchdog = StopWatch(interrupt=asked.append, write=lines.append)
    watchdog.held_s = 0.1
    watchdog._beat_at = time.monotonic() - 1.0
    with pytest.raises(EventLoopHeld, match="without awaiting"):
        watchdog._on_signal(signal.SIGINT, sys._getframe())
    assert asked == ["SIGINT (Ctrl-C)"]
    watchdog._say_notes()
    assert any(__file__ in line and "EventLoopHeld" in line for line in lines), lines
    # Caught by the code and held again: the next signal ends the process at once.
    monkeypatch.setattr("os._exit", _exit)
    with pytest.raises(SystemExit) as ended:
        watchdog._on_signal(signal.SIGINT, sys._getframe())
    assert ended.value.code == 128 + signal.SIGINT


def test_a_signal_while_the_loop_runs_is_left_to_the_loop() -> None:
    queued: list[int] = []
    watchdog = StopWatch(write=lambda line: None)
    watchdog._previous[signal.SIGTERM] = lambda signum, frame: queued.append(signum)
    watchdog._beat_at = time.monotonic()
    watchdog._on_signal(signal.SIGTERM, sys._getframe())  # nothing raised
    assert queued == [signal.SIGTERM]
    watchdog._previous.clear()


def test_a_second_signal_while_stopping_exits_at_once(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("os._exit", _exit)
    watchdog = StopWatch(write=lambda line: None)
    watchdog.stopping("SIGTERM (terminated)", ())
    with pytest.raises(SystemExit) as ended:
        watchdog._on_signal(signal.SIGTERM, None)
    assert ended.value.code == 128 + signal.SIGTERM
    assert "exiting now" in capfd.readouterr().err


def test_signal_words() -> None:
    assert signal_words(signal.SIGINT) == "SIGINT (Ctrl-C)"
    assert signal_words(signal.SIGHUP) == "SIGHUP (hang-up)"
    assert signal_words(999) == "signal 999"
