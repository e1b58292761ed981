"""``supervise stop`` where no run keeps its ledger says nothing was stopped, and fails.

Found following the README: an operator who typed ``supervise stop --agent NAME`` in another
folder than the run's (or with a mistyped ``--store`` path) was told "stop published for
agent 'NAME'", exit 0, while the stop went into a new, empty ledger that no run reads (a
run reads the stops of its own file, published after it opened it): the kill switch did
nothing and said it worked. Now the command refuses, exit 2, saying that nothing was
stopped and where runs keep their ledger, and creates no ledger as a side effect.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import supervisor

SUPERVISE = Path(sys.executable).parent / "supervise"
#: The code under test, for the subprocess (the console script imports the installed one).
CODE = str(Path(supervisor.__file__).resolve().parents[1])
pytestmark = pytest.mark.skipif(
    not SUPERVISE.exists(), reason="the console script is not installed"
)


def supervise(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": CODE}
    env.pop("SUPERVISE_STORE", None)
    result = subprocess.run(
        [str(SUPERVISE), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


@pytest.mark.parametrize(
    "where",
    [[], ["--store", "sqlite:///elsewhere/ledger.db"]],
    ids=["default", "store"],
)
def test_a_stop_where_there_is_no_ledger_stops_nothing_and_says_so(
    tmp_path: Path, where: list[str]
) -> None:
    result = supervise("stop", "--agent", "researcher", *where, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "was NOT published" in result.stderr
    assert "no run has used" in result.stderr
    assert "stop published" not in result.stderr
    assert not list(tmp_path.rglob("*.db")), "a ledger was made as a side effect"


def test_a_stop_on_an_existing_ledger_is_published(tmp_path: Path) -> None:
    # A ledger a run has used (here: made by reading it after a first write).
    import sqlite3

    (tmp_path / ".supervisor").mkdir()
    sqlite3.connect(tmp_path / ".supervisor" / "ledger.db").close()
    result = supervise("stop", "--agent", "researcher", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "stop published for agent 'researcher'" in result.stderr
