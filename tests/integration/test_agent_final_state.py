"""An agent that finishes before the governor has taken in its hello ends ``done``.

Found following the README: an agent whose ``run()`` returned at once (it only reported a
line; no governed call) ended with its row ``running`` headless and ``interrupted`` in the
TUI's summary, while the run said "every agent finished": its goodbye reached the governor
while the governor was still taking in its hello (awaiting the store for its budgets), and
the hello's "running" came last, overwriting "done".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio

from supervisor import AgentStateChanged, ExitCode, SQLiteStore

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from pathlib import Path

    from policies import Amounts, Limits, Scope, Window
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


class SlowLimitsStore(SQLiteStore):
    """A real SQLite ledger whose budget writes take 0.2 s, as on a busy disk or a store
    another process holds locked: it widens, for every run, the window the race needs."""

    async def set_limit(
        self, scope: Scope, limit: Limits | Amounts, window: Window | None = None
    ) -> None:
        await anyio.sleep(0.2)
        await super().set_limit(scope, limit, window)


async def reports_only(agent: Agent, seen: dict[str, Any]) -> None:
    agent.report("nothing to do")


async def test_an_agent_that_finishes_at_once_ends_done(
    run_agents: Any, sse_server: SSEServer, tmp_path: Path
) -> None:
    # Budgets on a SQLite file: the governor awaits the store while taking the hello in.
    policy = make_policy(sse_server, budgets={"agent": {"cost": "1"}, "session": {"cost": "2"}})
    async with SlowLimitsStore(tmp_path / "ledger.db") as store:
        run: Run = await run_agents(policy, agent_class(reports_only), store=store)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    states = [e.state for e in run.events(AgentStateChanged) if e.agent == "worker"]
    assert states[-1] == "done", states
    assert dict(run.outcome.agents) == {"worker": "done"}
