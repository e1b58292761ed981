"""The audit trail when its destinations fail: a full disk under the SQLite ledger, a log file
that cannot be written or fills up, a log file deleted or rotated during the run. No record is
lost without a word: each is in the audit log, or whole in the structured log (or on stderr),
and the run says what it could not write.

A full disk is a file size limit (``RLIMIT_FSIZE``) set in the ``supervise`` subprocess only:
a write past it fails with ``EFBIG`` as a write to a full disk fails with ``ENOSPC`` (Python
ignores the ``SIGXFSZ`` that would otherwise end the process).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import supervisor
from supervisor._cli import _RunLogger

SUPERVISE = Path(sys.executable).parent / "supervise"
pytestmark = pytest.mark.skipif(
    not SUPERVISE.exists(), reason="the console script is not installed"
)
CODE = str(Path(supervisor.__file__).resolve().parents[1])

AGENT = """
import os
from supervisor import Agent, GovernorUnavailable, tool


class Worker(Agent):
    model = "scripted:looper"
    script = ["fine " * 20]

    @tool
    async def wipe(self, path: str) -> str:
        return "wiped"

    async def run(self) -> None:
        for i in range(int(os.environ["ITERATIONS"])):
            try:
                await self.tool("wipe", path=f"/data/{i}")  # denied: an audit record each
            except Exception:
                pass
            try:
                await self.llm(f"step {i}", max_tokens=50)
            except GovernorUnavailable:
                pass  # refused while the disk is full: go on, so that later records meet it
"""

POLICY = """
[prices."scripted:looper"]
input_per_mtok = 0.15
output_per_mtok = 0.6
[tools]
deny = ["wipe"]
[fail_closed]
behaviour = "refuse"
[loops.structural]
enabled = false
[loops.semantic]
enabled = false
"""


def _supervise(
    cwd: Path, *args: str, iterations: int = 1, file_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    env = {**os.environ, "PYTHONPATH": CODE, "HF_HUB_OFFLINE": "1", "NO_COLOR": "1"}
    env["ITERATIONS"] = str(iterations)
    env.pop("SUPERVISE_STORE", None)
    env.pop("SUPERVISE_LOG_LEVEL", None)
    result = subprocess.run(
        [str(SUPERVISE), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        preexec_fn=limit,  # only setrlimit, before exec
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _run(cwd: Path, store: str, **options: Any) -> subprocess.CompletedProcess[str]:
    command = ("run", "agent.py", "--policy", "policy.toml", "--headless", "--store", store)
    return _supervise(cwd, *command, **options)


def _records(text: str) -> list[dict[str, Any]]:
    """The JSON objects among ``text``'s lines (stderr also has plain sentences)."""
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "agent.py").write_text(AGENT)
    (tmp_path / "policy.toml").write_text(POLICY)
    return tmp_path


def test_a_disk_that_fills_under_the_ledger_loses_no_audit_record_silently(
    workdir: Path,
) -> None:
    store = f"sqlite:///{workdir / 'ledger.db'}"
    assert _run(workdir, store).returncode == 0  # the ledger exists, with room to spare
    # The write-ahead log may not grow past 150 kB: a few dozen commits, then the disk is full.
    full = _run(workdir, store, iterations=400, file_limit=150_000)
    events = _records(full.stdout)
    finished = events[-1]
    assert finished["event"] == "RunFinished"
    assert full.returncode == finished["exit_code"] != 0
    assert "audit record" in finished["reason"]
    assert "could not be written" in finished["reason"]
    assert "could not commit" in full.stderr  # the store's own words, on stderr

    # Every decision the run made is in the audit log or, whole, in the structured log.
    made = {(e["rule"], e["call_id"]) for e in events if e["event"] == "DecisionMade"}
    assert len(made) > 3
    shown = _supervise(workdir, "logs", "--store", store, "--json")
    assert shown.returncode == 0, shown.stderr
    audited = {
        (r["data"]["rule"], r["data"]["call_id"])
        for r in map(json.loads, shown.stdout.splitlines())
        if r["event"] == "decision"
    }
    log = (workdir / ".supervisor" / "supervise.log").read_text()
    kept = {
        (r["data"]["rule"], r["data"]["call_id"])
        # The log file may meet the limit too: its records then go to stderr instead.
        for r in _records(log) + _records(full.stderr)
        if r["event"] == "governor.audit_deferred" and r["audit_event"] == "decision"
    }
    assert kept, "the disk filled before any decision: raise the limit"
    assert made <= audited | kept, made - audited - kept
    # The log's copies are on stderr too (errors are, headless).
    assert {r["event"] for r in _records(full.stderr)} >= {"governor.audit_deferred"}


def test_a_log_file_that_cannot_be_opened_says_so_and_goes_to_stderr(workdir: Path) -> None:
    (workdir / ".supervisor" / "supervise.log").mkdir(parents=True)  # not a file
    result = _run(workdir, "memory://", iterations=2)
    assert result.returncode == 0, result.stderr
    assert "supervise: cannot write the log file .supervisor/supervise.log" in result.stderr
    assert "its records go to stderr instead" in result.stderr
    # The records are not lost: the info-level ones are on stderr, with the lost count.
    logged = [r["event"] for r in _records(result.stderr)]
    assert logged.count("governor.decision") == 2
    assert "written to stderr instead." in result.stderr.splitlines()[-1]


def test_a_log_file_that_fills_up_says_so_and_goes_to_stderr(workdir: Path) -> None:
    """The ledger in memory, so only the log meets the limit."""
    result = _run(workdir, "memory://", iterations=20, file_limit=2_000)
    assert result.returncode == 0, result.stderr
    assert "supervise: cannot write the log file" in result.stderr
    assert "File too large" in result.stderr
    log = (workdir / ".supervisor" / "supervise.log").read_text()
    in_file = [r["event"] for r in _records(log)]
    on_stderr = [r["event"] for r in _records(result.stderr)]
    assert (in_file + on_stderr).count("governor.decision") == 20  # one per denied call


def test_a_log_file_deleted_or_rotated_during_the_run_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / ".supervisor" / "supervise.log"
    logger = _RunLogger(path, echo_errors=False)
    try:
        logger.msg('{"event": "one"}')
        path.unlink()  # deleted: what follows would go to a file nobody can open
        logger.msg('{"event": "two"}')
        path.rename(tmp_path / "supervise.log.1")  # rotated away by a log rotator
        logger.msg('{"event": "three"}')
    finally:
        logger.close()
    assert path.read_text() == '{"event": "three"}\n'
    assert (tmp_path / "supervise.log.1").read_text() == '{"event": "two"}\n'
    assert logger.lost == logger.diverted == 0


VANDAL = """
import os
from pathlib import Path
from supervisor import Agent, tool


class Worker(Agent):
    model = "scripted:looper"
    script = ["fine"]

    @tool
    def cleanup(self) -> str:
        for name in ("ledger.db", "ledger.db-wal", "ledger.db-shm"):
            Path(name).unlink(missing_ok=True)
        return "cleaned"

    @tool
    async def wipe(self, path: str) -> str:
        return "wiped"

    async def run(self) -> None:
        await self.llm("before", max_tokens=20)
        await self.tool("cleanup")
        try:
            await self.tool("wipe", path="/data")  # denied: a decision to audit
        except Exception:
            pass
        await self.llm("after", max_tokens=20)
"""


def test_a_ledger_deleted_during_the_run_ends_it_and_says_what_was_not_written(
    workdir: Path,
) -> None:
    (workdir / "agent.py").write_text(VANDAL)
    result = _run(workdir, "sqlite:///ledger.db")
    finished = _records(result.stdout)[-1]
    assert result.returncode == finished["exit_code"] == 5, result.stderr
    assert "ledger.db was deleted, moved or replaced" in finished["reason"]
    assert "audit record could not be written" in finished["reason"]
    log = _records((workdir / ".supervisor" / "supervise.log").read_text())
    deferred = [r["data"] for r in log if r["event"] == "governor.audit_deferred"]
    assert [d["rule"] for d in deferred] == ["tools.deny"]
