"""Drive ``supervise run`` in a real terminal (tmux): answer the approval prompt at the keyboard.

The coder example asks for approval before ``delete_files``. The test waits for the prompt on
the screen (``capture-pane``), presses a key (``send-keys``), and checks that the answer reached
the agent (its report in the log pane, the summary), that the run exits 0, and that the audit
log records the answer. Needs tmux (``apt-get install -y tmux``); skipped without it.

Each test runs its own tmux server (a private socket, no user configuration), started with the
environment the run should see: a pane gets the environment of the server, not of the command
that asked for it, so a server someone else started (another checkout's test run, a person's own
tmux on a shared machine) would hand the run its ``PYTHONPATH``, ``LINES`` or ``COLUMNS``. Every
check on the live screen waits for one captured screen that shows all of it: a capture may come
while a frame is half drawn, or before the frame after an event is.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from demo_support import EXAMPLES, POLICY, SUPERVISE, env, json_lines, store_url

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("tmux") is None, reason="tmux is not installed (apt-get install -y tmux)"
    ),
]


#: What would make the run draw for another terminal than the pane it is in: rich reads the size
#: from ``COLUMNS`` and ``LINES`` before the terminal's, and whether it is a terminal at all from
#: these (``TTY_COMPATIBLE=0`` or an empty ``FORCE_COLOR`` print lines instead of the live view).
_TERMINAL_OVERRIDES = ("COLUMNS", "LINES", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "FORCE_COLOR")

#: Deadlines for what a loaded machine (CI: two shared cores) makes slow; they cost time only
#: when something is wrong.
_STARTUP_S = 120.0
_RUN_S = 120.0

#: In a ``pane`` parametrization: run with standard input from /dev/null.
NO_STDIN = "<NO_STDIN>"


class Pane:
    """One detached tmux session running a command, read and typed into like a person would.

    The session is the only one on its own tmux server (``socket``), which ``close`` ends.
    """

    def __init__(self, name: str, socket: str) -> None:
        self.name = name
        self.socket = socket

    def tmux(self, *args: str, env: dict[str, str] | None = None) -> str:
        # -f /dev/null: a user's ~/.tmux.conf (a status line, another default size) stays out.
        result = subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
            env=env,
        )
        return result.stdout

    def close(self) -> None:
        """End the server, and remove its socket (tmux leaves it behind)."""
        try:
            path = self.tmux("display-message", "-p", "#{socket_path}").strip()
        except subprocess.CalledProcessError:
            return  # no server: it never started, or it is gone already
        subprocess.run(
            ["tmux", "-L", self.socket, "kill-server"], check=False, timeout=30, capture_output=True
        )
        if path:
            Path(path).unlink(missing_ok=True)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def wait_for(self, predicate: Callable[[str], bool], what: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if predicate(screen):
                return screen
            time.sleep(0.25)
        raise AssertionError(f"timed out after {timeout:g}s waiting for {what}; screen:\n{screen}")

    def wait_for_all(self, parts: tuple[str, ...], what: str, timeout: float) -> str:
        """Wait for one screen that shows every one of ``parts``; the error names the missing."""
        try:
            return self.wait_for(lambda s: all(p in s for p in parts), what, timeout)
        except AssertionError as exc:
            missing = [p for p in parts if p not in self.screen()]
            raise AssertionError(f"{exc}\nstill missing: {missing}") from None


@pytest.fixture
def pane(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[Pane, Path]]:
    """The coder example at a terminal; ``indirect`` parametrization adds arguments
    (``NO_STDIN``: standard input is /dev/null, the terminal is only drawn on)."""
    extra: tuple[str, ...] = getattr(request, "param", ())
    redirect = " < /dev/null" if NO_STDIN in extra else ""
    extra = tuple(arg for arg in extra if arg != NO_STDIN)
    name = f"supervise-e2e-{uuid.uuid4().hex[:8]}"
    store = store_url(tmp_path / "ledger.db")
    command = " ".join(
        shlex.quote(part)
        for part in (
            str(SUPERVISE),
            "run",
            str(EXAMPLES / "coder.py"),
            "--policy",
            str(POLICY),
            "--store",
            store,
            "--session",
            "tmux",
            *extra,
        )
    )
    # Keep the pane open after the run so the final screen, the exit status and whether the
    # terminal echoes again can be read.
    script = (
        f"cd {shlex.quote(str(tmp_path))} && {command}{redirect}; echo EXIT=$?; "
        "stty -a | tr ' ;' '\\n\\n' | grep -qx -- -echo && echo ECHO=off || echo ECHO=on; "
        "sleep 120"
    )
    # The server this command starts passes its own environment to the pane: the one the other
    # end-to-end tests give ``supervise``, less what would size or style it for another terminal.
    environment = {k: v for k, v in env().items() if k not in _TERMINAL_OVERRIDES}
    term = Pane(name, f"supervise-e2e-{uuid.uuid4().hex}")
    try:
        term.tmux("new-session", "-d", "-s", name, "-x", "132", "-y", "50", script, env=environment)
        yield term, tmp_path
    finally:
        term.close()


def test_an_approval_answered_at_the_keyboard_reaches_the_agent_and_the_audit_log(
    pane: tuple[Pane, Path],
) -> None:
    term, cwd = pane
    # The question, and the agents table showing who waits for it, on one screen.
    term.wait_for_all(
        ("Approval needed", "[a] approve", "delete_files(path='build')", "coder", "NEEDS APPROVAL"),
        "the approval prompt and the agent waiting for it",
        _STARTUP_S,
    )

    # A key that comes as the question appears is ignored (so a held key cannot answer a
    # question nobody saw) and the log says so: press again, as a person would.
    deadline = time.monotonic() + 60
    while True:
        term.tmux("send-keys", "-t", term.name, "a")
        try:
            term.wait_for(lambda s: "approval answered" in s or "EXIT=" in s, "the answer", 2)
            break
        except AssertionError:
            if time.monotonic() > deadline:
                raise

    screen = term.wait_for(lambda s: "EXIT=" in s, "the run to end", _RUN_S)
    assert "EXIT=0" in screen, screen
    assert "Approval needed" not in screen
    # The answer reached the agent: the tool ran and the agent said so.
    assert "approval answered 'approve' at the keyboard" in screen
    assert "deleted 2 files under build" in screen
    # The summary stays on screen: the coder finished.
    assert "done" in screen

    answers = _audit_answers(cwd)
    assert len(answers) == 1, json.dumps(answers)
    data = answers[0]["data"]
    assert isinstance(data, dict)
    assert data["answer"] == "approve"
    assert data["by"] == "keyboard"  # a person answered, not a default
    assert data["waited_s"] > 0


def _audit_answers(cwd: Path) -> list[dict[str, object]]:
    result = subprocess.run(
        [
            str(SUPERVISE),
            "logs",
            "--store",
            store_url(cwd / "ledger.db"),
            "--agent",
            "coder",
            "--json",
        ],
        cwd=cwd,
        env=env(),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [r for r in json_lines(result.stdout) if r.get("event") == "approval.answered"]


@pytest.mark.parametrize(
    "pane", [("--approve-timeout", "2", "--approve-default", "deny")], indirect=True
)
def test_an_approval_at_the_terminal_takes_the_default_after_an_explicit_timeout(
    pane: tuple[Pane, Path],
) -> None:
    """``--approve-timeout`` given at a terminal bounds the wait for a key (without it, the
    prompt waits for a person): nobody presses anything, the default answers."""
    term, cwd = pane
    term.wait_for(lambda s: "Approval needed" in s, "the approval prompt", _STARTUP_S)
    screen = term.wait_for(lambda s: "EXIT=" in s, "the run to end", _RUN_S)
    assert "EXIT=0" in screen, screen
    assert "Approval needed" not in screen
    answers = _audit_answers(cwd)
    assert len(answers) == 1, json.dumps(answers)
    data = answers[0]["data"]
    assert isinstance(data, dict)
    assert (data["answer"], data["by"]) == ("deny", "default")
    assert data["waited_s"] >= 2
    # Who answered is on the screen (the log pane): the default, after the timeout.
    assert "approval answered 'deny' by default" in screen


@pytest.mark.parametrize("pane", [(NO_STDIN,)], indirect=True)
def test_keys_pressed_when_stdin_is_not_the_terminal_are_not_drawn_over_the_frame(
    pane: tuple[Pane, Path],
) -> None:
    """``supervise run < /dev/null`` at a terminal: the live view is drawn, but no keys are
    read, so the question says the default applies. Keys a person presses anyway were echoed
    by the terminal over the frame; an Enter pushed each later frame a line down and left its
    top behind, above the summary at the end."""
    term, cwd = pane
    screen = term.wait_for_all(
        ("Approval needed", "No keys are read here"), "the approval prompt", _STARTUP_S
    )
    assert "[a] approve" not in screen
    term.tmux("send-keys", "-t", term.name, "xyzzy", "Enter", "a", "Enter", "QWERTY")
    time.sleep(0.2)  # well under a second: the default answers after the policy's 5 s
    screen = term.screen()
    for typed in ("xyzzy", "QWERTY"):
        assert typed not in screen, screen
    screen = term.wait_for(lambda s: "ECHO=" in s, "the run to end", _RUN_S)
    assert "EXIT=0" in screen, screen
    assert "ECHO=on" in screen, screen  # the terminal is given back as it was
    for typed in ("xyzzy", "QWERTY"):
        assert typed not in screen, screen
    # The frame is gone whole (no top of it left above the summary), and the summary is there.
    assert "╭─ supervise" not in screen, screen
    assert "Run summary" in screen
    # Nobody could answer here: the default did, and the keys answered nothing.
    assert "approval answered 'deny' by default" in screen
    (answer,) = _audit_answers(cwd)
    data = answer["data"]
    assert isinstance(data, dict)
    assert (data["answer"], data["by"]) == ("deny", "default")
