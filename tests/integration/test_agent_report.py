"""``Agent.report`` takes what a newcomer passes it and says what it cannot take.

Found following the README: ``self.report({"rows": 3})`` (a dict, not a string) crashed the
agent with ``AttributeError: 'dict' object has no attribute 'lower'``, from inside the
redactor, although the docstring says report never raises; and ``level="warn"`` went out as
a notice of a level no sink knows. Now anything is reported as ``str()`` makes it (as
``print`` does), and a level other than info, warning or error is a ``ValueError`` that
names the three.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supervisor import ExitCode, Notice

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


async def reports_a_dict(agent: Agent, seen: dict[str, Any]) -> None:
    agent.report({"rows": 3})  # type: ignore[arg-type]


async def reports_at_a_wrong_level(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        agent.report("hello", level="warn")  # type: ignore[arg-type]
    except ValueError as exc:
        seen["error"] = str(exc)


async def test_anything_is_reported_as_str_makes_it(run_agents: Any, sse_server: SSEServer) -> None:
    run: Run = await run_agents(make_policy(sse_server), agent_class(reports_a_dict))
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK, run.outcome.reason
    assert [n.message for n in run.events(Notice) if n.agent == "worker"] == ["{'rows': 3}"]


async def test_a_wrong_level_is_a_value_error_naming_the_levels(
    run_agents: Any, sse_server: SSEServer
) -> None:
    run: Run = await run_agents(make_policy(sse_server), agent_class(reports_at_a_wrong_level))
    assert run.seen["error"] == (
        "self.report() level must be 'info', 'warning' or 'error', not 'warn'."
    )
    assert not [n for n in run.events(Notice) if n.agent == "worker"]
