"""The ``supervise`` console script's entry point: a stop signal while it starts is one line.

Before ``supervise`` can say anything it imports its runtime (the stores, the policy engine,
numpy, a target's own modules): a second or more, with no handler of the command's in place. A
Ctrl-C then ended it with a traceback from inside some import, and a SIGTERM or SIGHUP without
a word. This module is the console script's target because it imports next to nothing: from
its first line, a Ctrl-C, SIGTERM or SIGHUP while the command starts ends it with one line on
stderr and exit status 130 (``ExitCode.INTERRUPTED``, as a stop signal during a run does).

Start-up ends where the command takes the signals itself: ``supervise run`` just before its
event loop starts (from there the run's own handling applies: ``_cli._stop_on_signals`` and
the watchdog), any other command once its arguments are read (a Ctrl-C in it is its own
"interrupted."; SIGTERM and SIGHUP are back at their defaults, as before). Only the moments
before :func:`main` runs are left to the interpreter: its own start-up and this module's
import, some 20-50 ms after the process starts on a loaded machine.
"""

from __future__ import annotations

import os
import sys

# typing's, without importing typing (see __init__): this module's imports run before anything
# is guarded, so it imports nothing more (``signal``, with enum, is imported in main()).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import FrameType
    from typing import Any

__all__ = ["end_startup", "main", "stopped_while_starting"]


class _Startup:
    """Where the command's start-up is. Invariant: ``previous`` is not empty only while
    start-up handlers of ours are installed (each signal's handler before them)."""

    def __init__(self) -> None:
        self.entry = False  # main() runs this process (not a test calling _cli.main)
        self.starting = False  # main() started the command, which has not taken the signals
        self.previous: dict[int, Any] = {}
        self.names: dict[int, str] = {}  # the signals' names, found while nothing is cut short
        self.received: int | None = None  # the stop signal a start-up handler took


_startup = _Startup()

#: What supervise exits with after a stop signal (``ExitCode.INTERRUPTED``, not imported here:
#: see :func:`stopped_while_starting`).
_INTERRUPTED = 130


def main() -> int:
    """Run ``supervise`` (``_cli.main``) with its start-up guarded against stop signals."""
    _startup.entry = _startup.starting = True
    try:
        _take_startup_signals()
        from ._cli import main as cli_main

        return cli_main()
    except KeyboardInterrupt:
        # From start-up (its arguments being read, or an import), or from the command's last
        # words after its own handling of a Ctrl-C; either way, one line.
        if _startup.starting:
            return stopped_while_starting()
        end_startup()
        _say("interrupted.")
        return _INTERRUPTED
    finally:
        end_startup()


def stopped_while_starting() -> int:
    """End a start-up a stop signal cut short: say so in one line on stderr and exit with
    status 130 (return it, where :func:`main` does not run this process).

    Imports nothing, and does not leave the way a finished command does: an import the signal
    cut short left modules half made, and importing one again can fail (``asyncio`` then
    raised NameError, with a traceback); and CPython ends a process by SIGINT, whatever its
    exit status, once a KeyboardInterrupt has passed through C code that runs Python, caught
    or not (seen, one time in a dozen, for a signal while ``policies`` imported pydantic).
    Nothing was run, so nothing is left to end.
    """
    end_startup()
    name = _startup.names.get(_startup.received or 0, "Ctrl-C")
    _say(f"interrupted while starting ({name}); nothing was run.")
    if _startup.entry:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(_INTERRUPTED)
    return _INTERRUPTED


def end_startup() -> None:
    """Give SIGTERM and SIGHUP back the handlers they had before start-up: from here the
    command takes the signals itself, or leaves them at their defaults. Idempotent; nothing to
    do where :func:`main` did not start the command (``_cli.main`` called from Python)."""
    _startup.starting = False
    if not _startup.previous:
        return
    import signal  # imported: _take_startup_signals() installed handlers with it

    for signum, previous in _startup.previous.items():
        try:
            signal.signal(signum, previous)
        except (ValueError, OSError, TypeError):
            pass
    _startup.previous.clear()


def _take_startup_signals() -> None:
    """Until :func:`end_startup`, SIGTERM and SIGHUP raise KeyboardInterrupt, as Ctrl-C does;
    one this process was started with ignored (``nohup``) stays ignored (and ``supervise run``
    respects it, as before)."""
    import signal

    # SIGINT needs no handler of ours: Python's raises KeyboardInterrupt, and the backends take
    # it over only where it is Python's (asyncio's runner, trio), so it is left alone.
    quiet = (signal.SIGTERM, signal.SIGHUP) if hasattr(signal, "SIGHUP") else (signal.SIGTERM,)
    for signum in quiet:
        _startup.names[signum] = signum.name
        try:
            if signal.getsignal(signum) is signal.SIG_DFL:
                _startup.previous[signum] = signal.SIG_DFL
                signal.signal(signum, _on_startup_signal)
        except (ValueError, OSError):  # not the main thread: the defaults stay
            _startup.previous.pop(signum, None)


def _on_startup_signal(signum: int, frame: FrameType | None) -> None:
    _startup.received = signum
    raise KeyboardInterrupt


def _say(message: str) -> None:
    try:
        os.write(2, f"supervise: {message}\n".encode("utf-8", "replace"))
    except OSError:
        pass
