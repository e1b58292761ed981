"""The demo, headless, through the real ``supervise`` entry point: what a user would expect.

One run of ``supervise run examples/agents --headless`` (offline: scripted models, the real
embedding model) is shared by the tests below; each checks one outcome in its JSON lines, and
the last ones read the resulting SQLite store with ``supervise ledger`` and ``supervise logs``.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest
from demo_support import EXAMPLES, POLICY, SUPERVISE, env, json_lines, store_url

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class DemoRun:
    returncode: int
    events: list[dict[str, Any]]
    stderr: str
    store: str
    cwd: Path

    def of(self, event: str, agent: str | None = None) -> list[dict[str, Any]]:
        return [
            e
            for e in self.events
            if e["event"] == event and (agent is None or e.get("agent") == agent)
        ]

    def decisions(self, agent: str, decision: str | None = None) -> list[dict[str, Any]]:
        return [d for d in self.of("DecisionMade", agent) if decision in (None, d["decision"])]


def supervise(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SUPERVISE), *args],
        cwd=cwd,
        env=env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    cwd = tmp_path_factory.mktemp("demo")
    store = store_url(cwd / "ledger.db")
    result = supervise(
        "run",
        str(EXAMPLES),
        "--policy",
        str(POLICY),
        "--headless",
        "--store",
        store,
        "--session",
        "demo",
        cwd=cwd,
        timeout=120,
    )
    return DemoRun(result.returncode, json_lines(result.stdout), result.stderr, store, cwd)


def test_stdout_is_pure_json_lines_and_logs_go_elsewhere(demo: DemoRun) -> None:
    # json_lines() already failed on any non-JSON line; the log went to the log file.
    assert demo.events[0]["event"] == "RunStarted"
    assert demo.events[-1]["event"] == "RunFinished"
    log = (demo.cwd / ".supervisor" / "supervise.log").read_text()
    assert '"event": "governor.decision"' in log
    for line in demo.stderr.splitlines():  # headless echoes errors only, as JSON
        assert json.loads(line)["level"] in ("error", "critical")


def test_the_researcher_loop_is_caught_restarted_and_escalates(demo: DemoRun) -> None:
    warns = demo.decisions("researcher", "Warn")
    restarts = demo.decisions("researcher", "RestartAgent")
    # The semantic detector finds the paraphrases once its model has loaded; idle_talk (short
    # answers reusing the same words, nothing new said) needs no model and finds them too, and
    # then names the decision. On a loaded machine the model may load after the researcher has
    # already given up: the loop is caught either way. (That the semantic detector, judging in
    # the embedder's worker, catches such paraphrases is tests/supervisor/test_embedder.py's.)
    semantic = [d for d in warns + restarts if d["rule"] == "loops.semantic.semantic_responses"]
    agreeing = [d for d in warns + restarts if "semantic_responses" in d["numbers"].get("also", "")]
    idle = [d for d in warns + restarts if d["rule"] == "loops.structural.idle_talk"]
    assert semantic or agreeing or idle, "no loop detector fired on the paraphrased loop"
    for decision in semantic:
        assert decision["numbers"]["min_similarity"] >= 0.75
        assert 0 < decision["numbers"]["score"] <= 1
    for decision in agreeing:
        similarity = decision["numbers"]["also"].split("min_similarity ")[1].split(";")[0]
        assert float(similarity) >= 0.75
    # Warn first, act on confirmation, three times: two restarts allowed, the third gives up.
    # A restart is confirmed by an earlier warning, or at once by two detectors agreeing on
    # one step (a structural one and the semantic one).
    assert len(restarts) == 3
    agreed = [r for r in restarts if "also" in r["numbers"]]
    assert len(warns) + len(agreed) >= 3
    states = [(e["state"], e["restart_count"]) for e in demo.of("AgentStateChanged", "researcher")]
    assert ("restarting", 1) in states
    assert ("restarting", 2) in states
    notices = [n["message"] for n in demo.of("Notice") if n.get("level") == "error"]
    assert any("researcher" in n and "gave up" in n for n in notices)


def test_the_run_exits_escalated_because_the_researcher_gave_up(demo: DemoRun) -> None:
    finished = demo.of("RunFinished")[-1]
    assert demo.returncode == 4, demo.stderr[-2000:]
    assert finished["exit_code"] == 4
    assert "researcher" in finished["reason"]


def test_no_other_agent_trips_a_loop_detector(demo: DemoRun) -> None:
    for agent in ("writer", "coder", "planner", "builder", "reviewer"):
        loops = [d for d in demo.decisions(agent) if d["rule"].startswith("loops.")]
        assert not loops, (agent, loops)


def test_the_writer_is_cut_at_its_budget_then_rerouted_to_finish(demo: DemoRun) -> None:
    lowered = [d for d in demo.decisions("writer", "Warn") if "lowered_max_tokens" in d["numbers"]]
    assert lowered, "the call budget did not lower the writer's max_tokens"
    max_tokens = lowered[0]["numbers"]["lowered_max_tokens"]
    reroutes = demo.decisions("writer", "Reroute")
    assert reroutes
    assert reroutes[0]["numbers"]["to"] == "scripted:writer-mini"
    settled = demo.of("CallSettled", "writer")
    assert [s["model"] for s in settled] == ["scripted:writer", "scripted:writer-mini"]
    first, second = settled
    # Stopped at what the budget allowed: the scripted provider ends before the word that
    # would pass max_tokens (a word is a few tokens), as a real one ends at it.
    assert max_tokens - 10 < first["output_tokens"] <= max_tokens
    assert first["cost"] <= 6_000_000  # the $0.006 call budget, in nano-dollars
    assert second["outcome"] == "ok"
    assert second["cost"] < first["cost"] / 10
    done = [n["message"] for n in demo.of("Notice", "writer")]
    assert any("finished on scripted:writer-mini" in n for n in done)


def test_the_coder_approval_is_answered_by_the_unattended_default(demo: DemoRun) -> None:
    asked = demo.of("ApprovalRequested", "coder")
    assert len(asked) == 1
    assert "delete_files" in asked[0]["action"]
    answered = demo.of("ApprovalAnswered", "coder")
    assert [(a["answer"], a["by"]) for a in answered] == [("deny", "default")]
    assert answered[0]["waited"] == pytest.approx(5.0, abs=1.5)  # the policy's timeout
    messages = [n["message"] for n in demo.of("Notice", "coder")]
    assert any("delete_files was denied" in m for m in messages)  # it reached the agent
    assert demo.of("AgentStateChanged", "coder")[-1]["state"] == "done"


def test_the_team_restarts_once_under_one_for_all_and_completes(demo: DemoRun) -> None:
    for agent in ("planner", "builder", "reviewer"):
        states = [(e["state"], e["restart_count"]) for e in demo.of("AgentStateChanged", agent)]
        assert ("restarting", 1) in states, (agent, states)
        assert states[-1] == ("done", 1), (agent, states)
    compiles = [
        s["outcome"] for s in demo.of("CallSettled", "builder") if s["model"] == "tool:compile"
    ]
    assert compiles == ["error", "ok"]


def test_ledger_shows_the_spend_per_agent_and_model(demo: DemoRun) -> None:
    result = supervise("ledger", "--store", demo.store, "--session", "demo", cwd=demo.cwd)
    assert result.returncode == 0, result.stderr
    for name in ("writer", "researcher", "coder", "scripted:writer-mini"):
        assert name in result.stdout


def test_logs_filter_by_agent_and_verify(demo: DemoRun) -> None:
    result = supervise(
        "logs",
        "--store",
        demo.store,
        "--session",
        "demo",
        "--agent",
        "coder",
        "--json",
        cwd=demo.cwd,
    )
    assert result.returncode == 0, result.stderr
    records = json_lines(result.stdout)
    assert records
    assert {r.get("agent") for r in records} == {"coder"}
    answers = [r for r in records if r.get("event") == "approval.answered"]
    assert len(answers) == 1
    assert answers[0]["data"]["answer"] == "deny"

    result = supervise("logs", "--store", demo.store, "--agent", "researcher", cwd=demo.cwd)
    assert result.returncode == 0, result.stderr
    assert "RestartAgent" in result.stdout

    result = supervise("logs", "--store", demo.store, "--verify", cwd=demo.cwd)
    assert result.returncode == 0, result.stdout + result.stderr
