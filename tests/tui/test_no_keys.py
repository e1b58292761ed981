"""The live view on a terminal whose keys nobody reads (``supervise run < /dev/null``).

Standard input is not the terminal, so no key reader runs and nothing put the terminal out of
its shell mode: the terminal itself echoed each key at the cursor, over the live frame, and an
Enter moved the cursor a line down, so that each later frame was drawn lower and left its top
on screen (seen in tmux: ``xyzzy`` and a stale frame top above the end-of-run summary). Keys
typed meanwhile were then read by the shell as a command line when the run ended.

Driven through a real pseudo-terminal: the console draws on its terminal side, the test types
on the other side, as a person would, and reads what the terminal shows.
"""

from __future__ import annotations

import contextlib
import os
import select
import sys

import anyio
import pytest
from rich.console import Console

from supervisor._tui import LiveDisplay, RunView

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")


def _drain(fd: int) -> bytes:
    """What the terminal has shown since the last call (never blocks)."""
    out = b""
    while select.select([fd], [], [], 0)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        out += chunk
    return out


@pytest.mark.parametrize("keys", [False, True])
async def test_keys_typed_where_nobody_reads_them_are_not_drawn_over_the_frame(
    keys: bool,
) -> None:
    import termios

    person, terminal = os.openpty()  # the person's side, and the side the run draws on
    screen = os.fdopen(os.dup(terminal), "w", encoding="utf-8")
    shown = b""

    def echo() -> bool:
        return bool(termios.tcgetattr(terminal)[3] & termios.ECHO)

    def typed_ahead() -> int:
        import fcntl
        import struct

        raw = fcntl.ioctl(terminal, termios.FIONREAD, b"\0\0\0\0")
        return int(struct.unpack("i", raw)[0])

    try:
        before = termios.tcgetattr(terminal)
        assert echo()
        console = Console(file=screen, width=80, height=24, force_terminal=True, color_system=None)
        display = LiveDisplay(RunView(), console, fps=50, keys=keys)
        with anyio.fail_after(10):
            async with anyio.create_task_group() as tg:
                await tg.start(display.run)
                # With keys, the key reader's cbreak mode owns the echo: the view leaves it.
                assert echo() is keys
                shown += _drain(person)
                os.write(person, b"xyzzy\nQWERTY")
                frames = display.frames
                while display.frames < frames + 3:
                    shown += _drain(person)
                    await anyio.sleep(0.01)
                tg.cancel_scope.cancel()
        shown += _drain(person)
        if not keys:
            assert b"xyzzy" not in shown
            assert b"QWERTY" not in shown
            # Given back as it was found, and what was typed is not left for the shell.
            assert termios.tcgetattr(terminal) == before
            assert typed_ahead() == 0
    finally:
        screen.close()
        for fd in (person, terminal):
            with contextlib.suppress(OSError):
                os.close(fd)


async def test_a_console_that_is_no_terminal_is_left_alone() -> None:
    # A file or a pipe has no echo to turn off: nothing is tried (and nothing fails).
    import io

    console = Console(file=io.StringIO(), width=80, height=24, force_terminal=True)
    display = LiveDisplay(RunView(), console, fps=50, keys=False)
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            await tg.start(display.run)
            while display.frames < 2:
                await anyio.sleep(0.01)
            tg.cancel_scope.cancel()
