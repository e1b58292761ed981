"""A stop signal while ``supervise`` starts, through its real entry point.

Before: the console script imported the whole runtime (the stores, the policy engine, numpy:
a second or more) before any handler of the command's existed, so a Ctrl-C then ended it with
a traceback from inside some import, and a SIGTERM or SIGHUP without a word. Now the entry
point (``supervisor._console``) guards the start-up from its first line: one line on stderr,
exit 130, and nothing was run.

The moments are found, not timed: ``python -X importtime`` writes a line as each module is
imported, and the signal is sent when a given one is, so a slow or loaded machine moves the
moment, never the outcome. (A signal in the interpreter's own start-up, before it runs a line of
ours, some 20-50 ms after spawn here, gets the interpreter's answer, as for any program.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

import pytest
from test_cli import CODE

ROOT = Path(__file__).resolve().parents[2]

#: A target whose import holds the start-up for a minute: the run never starts before the signal.
_SLOW_TO_IMPORT = """\
import time
from pathlib import Path

from supervisor import Agent

Path("importing").touch()
time.sleep(60)


class Never(Agent):
    model = "scripted:a"
    script = ["x"]

    async def run(self) -> None:
        await self.llm("hi")
"""

_PRICES = '[prices."scripted:a"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.60\n'

_IMPORT_TIME = "import time:"


def _entry_point() -> list[str]:
    """What the installed ``supervise`` script runs, made from pyproject.toml's
    ``[project.scripts]`` (a script installed before that changed would run the old entry)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        target = tomllib.load(file)["project"]["scripts"]["supervise"]
    module, function = target.split(":")
    code = f"import sys; from {module} import {function}; sys.exit({function}())"
    return [sys.executable, "-X", "importtime", "-c", code]


class _Start:
    """``supervise run`` on the slow target, its stderr read as it comes."""

    def __init__(self, tmp_path: Path) -> None:
        (tmp_path / "agents.py").write_text(_SLOW_TO_IMPORT)
        (tmp_path / "policy.toml").write_text(_PRICES)
        self.marker = tmp_path / "importing"
        self.marker.unlink(missing_ok=True)
        self.out = tmp_path / "stdout"
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "NO_COLOR": "1", "PYTHONPATH": CODE}
        env.pop("SUPERVISE_STORE", None)
        command = ["run", "agents.py", "--policy", "policy.toml", "--headless"]
        with self.out.open("w") as out:
            self.process = subprocess.Popen(
                [*_entry_point(), *command, "--store", "memory://"],
                cwd=tmp_path,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.PIPE,
                text=True,
                # As in a terminal: the stop signals at their defaults, whatever the tests were
                # started with (a background job of a script ignores SIGINT, which is respected).
                preexec_fn=_signals_default,
            )
        self.lines: list[str] = []
        self.imported: set[str] = set()
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._changed:
                self.lines.append(line)
                if line.startswith(_IMPORT_TIME):
                    self.imported.add(line.rsplit("|", 1)[-1].strip())
                self._changed.notify_all()
        with self._changed:
            self.lines.append("")  # the end
            self._changed.notify_all()

    def signal_when(self, moment: str, signum: signal.Signals) -> None:
        """Send ``signum`` once ``moment`` (a module's name, or "the target") is reached."""
        deadline = time.monotonic() + 120
        with self._changed:
            while not self._reached(moment):
                if self.lines[-1:] == [""] or time.monotonic() > deadline:
                    self.process.kill()
                    pytest.fail(f"{moment} was never reached:\n{''.join(self.lines)[-4000:]}")
                self._changed.wait(0.05)
        self.process.send_signal(signum)

    def _reached(self, moment: str) -> bool:
        if moment == "the target":
            return self.marker.exists()
        return moment in self.imported

    def end(self) -> tuple[int, str, str]:
        """The exit status, stderr without the import times, and stdout."""
        try:
            code = self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            pytest.fail(f"no exit 60 s after the signal:\n{''.join(self.lines)[-4000:]}")
        self._reader.join(10)
        assert self.process.stderr is not None
        self.process.stderr.close()
        err = "".join(line for line in self.lines if not line.startswith(_IMPORT_TIME))
        return code, err, self.out.read_text()


def _signals_default() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("moment", "signum"),
    [
        # The command's own modules load (before: a traceback from inside this import).
        ("argparse", signal.SIGINT),
        # Its arguments are read.
        ("supervisor._cli", signal.SIGINT),
        ("supervisor._cli", signal.SIGTERM),
        # The runtime loads for the target (numpy, deep inside the policy engine's imports).
        ("numpy", signal.SIGINT),
        ("numpy", signal.SIGHUP),
        # The target's own code runs (here, for a minute).
        ("the target", signal.SIGINT),
        ("the target", signal.SIGTERM),
        ("the target", signal.SIGHUP),
    ],
    ids=lambda v: v if isinstance(v, str) else v.name,
)
def test_a_stop_signal_while_supervise_starts_is_one_line(
    tmp_path: Path, moment: str, signum: signal.Signals
) -> None:
    start = _Start(tmp_path)
    start.signal_when(moment, signum)
    code, err, out = start.end()
    assert "Traceback" not in err, err
    assert code == 130, err
    name = "Ctrl-C" if signum == signal.SIGINT else signum.name
    assert err == f"supervise: interrupted while starting ({name}); nothing was run.\n"
    assert out == ""


def test_importing_the_package_or_the_entry_point_loads_no_runtime() -> None:
    """``import supervisor`` (which the console script's import runs first) and the entry
    point load none of the runtime; each public name loads on first use, and all are listed."""
    code = (
        "import sys, supervisor, supervisor._console\n"
        "heavy = ['anyio', 'numpy', 'policies', 'actors', 'typing', 'signal', "
        "'supervisor._runtime', 'supervisor._cli', 'supervisor._exit_codes']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "assert set(supervisor.__all__) <= set(dir(supervisor))\n"
        "from supervisor import Agent, Runtime, load_target\n"
        "assert supervisor.Agent is Agent and 'policies' in sys.modules\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": CODE, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\nok\n"
