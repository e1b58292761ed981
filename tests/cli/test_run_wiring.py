"""``supervise run`` wiring, in process, with a stand-in runtime.

The real ``supervisor._runtime`` is the governor's; this stand-in (said so here, as STYLE asks)
only checks what the CLI hands it and what the CLI does with what it returns: the store, router,
approver and sink, the session name, the JSON lines on stdout, the exit status.
"""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from supervisor._approvals import ApprovalRequest, UnattendedApprover
from supervisor._cli import explain_error, main
from supervisor._events import AgentStateChanged, EventSink
from supervisor._exit_codes import ExitCode

if TYPE_CHECKING:
    from pathlib import Path


@dataclass
class _Outcome:
    exit_code: int
    reason: str


class _FakeRuntime:
    seen: dict[str, Any] = {}

    def __init__(self, **kwargs: Any) -> None:
        type(self).seen = kwargs

    async def run(self, target: Any) -> _Outcome:
        sink: EventSink = self.seen["sink"]
        sink.emit(AgentStateChanged("a", "root/a", self.seen["session"], "running"))
        answer = await self.seen["approver"].decide(
            ApprovalRequest("a", self.seen["session"], "tools.rm", "needs approval", "", "rm()")
        )
        sink.emit(AgentStateChanged("a", "root/a", self.seen["session"], "done"))
        return _Outcome(3 if answer == "stop" else 0, f"answer was {answer}")


@pytest.fixture
def fake_runtime(monkeypatch: pytest.MonkeyPatch) -> type[_FakeRuntime]:
    module = types.ModuleType("supervisor._runtime")
    module.Runtime = _FakeRuntime  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "supervisor._runtime", module)
    return _FakeRuntime


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.parametrize(("default", "code"), [("deny", 0), ("stop", 3)])
def test_headless_run_writes_json_lines_and_exits_with_the_outcome(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fake_runtime: type[_FakeRuntime],
    backend: str,
    default: str,
    code: int,
) -> None:
    (tmp_path / "agents.py").write_text("from supervisor import Agent\nclass A(Agent):\n    pass\n")
    monkeypatch.chdir(tmp_path)
    status = main(
        [
            "run",
            "agents.py",
            "--headless",
            "--backend",
            backend,
            "--store",
            "memory://",
            "--session",
            "nightly",
            "--approve-timeout",
            "0",
            "--approve-default",
            default,
        ]
    )
    out = capsys.readouterr().out
    assert status == code
    events = [json.loads(line) for line in out.splitlines()]
    kinds = [e["event"] for e in events]
    assert kinds == [
        "RunStarted",
        "AgentStateChanged",
        "ApprovalRequested",
        "ApprovalAnswered",
        "AgentStateChanged",
        "RunFinished",
    ]
    answered = events[3]
    assert (answered["answer"], answered["by"]) == (default, "default")
    assert "Unattended run" in answered["note"]
    assert events[-1] == {**events[-1], "exit_code": code, "reason": f"answer was {default}"}
    seen = fake_runtime.seen
    assert seen["session"] == "nightly"
    assert isinstance(seen["approver"], UnattendedApprover)
    assert seen["router"] is not None
    assert seen["policy"] is not None


def test_unexpected_errors_are_one_line_with_a_debug_hint() -> None:
    message, code = explain_error(RuntimeError("boom"))
    assert code == ExitCode.INTERNAL_ERROR
    assert message == (
        "unexpected error: RuntimeError: boom. Rerun with `supervise --debug ...` to see the "
        "traceback."
    )


def test_exception_groups_are_unwrapped() -> None:
    from supervisor._target import TargetError

    group = BaseExceptionGroup("x", [ValueError("v"), TargetError("agents.py is bad.")])
    assert explain_error(group) == ("agents.py is bad.", ExitCode.USAGE)
    assert explain_error(BaseExceptionGroup("x", [KeyboardInterrupt()]))[1] == 130


def test_store_unavailable_has_its_own_status() -> None:
    from supervisor._store import StoreUnavailable

    message, code = explain_error(StoreUnavailable("Redis at localhost:6379 did not answer."))
    assert code == ExitCode.STORE_UNAVAILABLE
    assert "unavailable" in message


def test_runs_started_in_the_same_second_get_sessions_of_their_own() -> None:
    """A cron starting several jobs at once: each run's budget is its own."""
    import re

    from supervisor._cli import _default_session

    names = {_default_session() for _ in range(20)}
    assert len(names) == 20
    assert all(re.fullmatch(r"run-\d{8}-\d{6}-[0-9a-f]{6}", name) for name in names)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["stop", "--session", ""], "argument --session: expected a name, got an empty one"),
        (["stop", "--agent", "  "], "argument --agent: expected a name, got an empty one"),
        (["logs", "--limit", "-1"], "argument --limit: expected 1 or more, got '-1'"),
        (["logs", "--limit", "0"], "argument --limit: expected 1 or more, got '0'"),
        (["logs", "--limit", "ten"], "argument --limit: expected a whole number, got 'ten'"),
    ],
)
def test_blank_names_and_counts_below_one_are_usage_errors(
    argv: list[str], expected: str, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, ``stop --session ''`` was "unexpected error: IntegrityError" (exit 1), ``stop
    --agent '  '`` published a stop that matches no agent, and ``logs --limit -1`` printed "No
    audit records match." (exit 0)."""
    store = f"sqlite:///{tmp_path}/ledger.db"
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--store", store])
    assert exited.value.code == ExitCode.USAGE
    assert expected in capsys.readouterr().err
    assert not (tmp_path / "ledger.db").exists()


@pytest.mark.parametrize("command", [["stop", "--all"], ["ledger"], ["logs", "--verify"]])
def test_commands_of_another_process_refuse_a_memory_store(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, ``stop --store memory://`` said "stop published for every agent" (exit 0) though
    no run can hear it, and ``ledger`` / ``logs --verify`` said the store holds no sessions and
    the chain is intact, of a store that only ever exists inside a run."""
    assert main([*command, "--store", "memory://"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "memory:// is a memory store: it lives only inside the run that uses it" in err
    assert f"so `supervise {command[0]}` cannot reach it" in err
    assert ("press Ctrl-C in it" in err) == (command[0] == "stop")
    assert "published" not in err


def test_a_run_shows_the_policy_files_warnings(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fake_runtime: type[_FakeRuntime],
) -> None:
    """Before, what check-policy prints as warnings (a literal API key, a shortfall step that
    never applies) was said nowhere by ``supervise run``."""
    (tmp_path / "agents.py").write_text("from supervisor import Agent\nclass A(Agent):\n    pass\n")
    (tmp_path / "policy.toml").write_text(
        '[providers.x]\nkind = "openai"\napi_key = "sk-literal"\n'
        '[tools]\nallow = ["search", "rm"]\ndeny = ["rm"]\n'
    )
    monkeypatch.chdir(tmp_path)
    argv = ["run", "agents.py", "--policy", "policy.toml", "--headless", "--store", "memory://"]
    status = main([*argv, "--approve-timeout", "0"])
    assert status == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events[0]["event"] == "RunStarted"
    notices = [(e["level"], e["message"]) for e in events[1:3]]
    assert notices == [
        (
            "warning",
            "policy.toml: providers.x.api_key holds a literal API key; prefer api_key_env so "
            "the key stays out of files.",
        ),
        (
            "warning",
            "policy.toml: tools.allow and tools.deny both list 'rm'; deny wins, so remove it "
            "from one of them.",
        ),
    ]


def test_the_example_policys_local_provider_needs_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README runs the examples on Ollama with ``RESEARCHER_MODEL=local:llama3.2`` and "a
    `local` provider"; the example policy made `local` an `openai` kind reading LOCAL_API_KEY,
    so the run stopped before it started, asking for a key Ollama does not have."""
    from pathlib import Path

    from policies import load_policy
    from supervisor._cli import _build_router

    monkeypatch.delenv("LOCAL_API_KEY", raising=False)
    example = Path(__file__).resolve().parents[2] / "examples" / "agents" / "policy.toml"
    router = _build_router(load_policy(example))
    provider, model = router.resolve("local:llama3.2")
    assert (provider.name, model) == ("local", "llama3.2")
