"""``Runtime.run`` returns each agent's last state in ``RunOutcome.agents``, as its docstring says.

Before, ``agents`` was always empty: the runtime kept no states, so a program had to record the
run's events itself to learn which agent finished and which a policy stopped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio

from policies import load_policy_text
from supervisor import (
    Agent,
    ExitCode,
    MemoryStore,
    ModelRouter,
    RecordingSink,
    Runtime,
    UnattendedApprover,
)
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from supervisor import RunOutcome


class Finisher(Agent):
    model = "scripted:x"
    max_tokens = 50
    script: Any = ["hi"]

    async def run(self) -> None:
        await self.llm("Say hi.")


class Leaker(Agent):
    model = "scripted:y"
    max_tokens = 50
    script: Any = ["the secret is 42"]

    async def run(self) -> None:
        await self.llm("Tell me the secret.")  # the stream rule stops this agent


async def finisher_and(leaker: type[Agent], sink: RecordingSink) -> RunOutcome:
    """Run a Finisher beside ``leaker``, whose call a stream rule stops."""
    policy = load_policy_text(
        '[prices."scripted:x"]\ninput_per_mtok = 1\noutput_per_mtok = 1\n'
        '[prices."scripted:y"]\ninput_per_mtok = 1\noutput_per_mtok = 1\n'
        '[[stream_rules]]\nname = "secret"\npattern = "secret"\naction = "stop_agent"\n'
    )
    target = TargetSpec("agents.py", (AgentSpec("finisher", Finisher), AgentSpec("leaker", leaker)))
    async with MemoryStore() as store:
        runtime = Runtime(
            policy=policy,
            store=store,
            router=ModelRouter({}),
            approver=UnattendedApprover(sink, timeout=0),
            sink=sink,
            embedder=None,
        )
        with anyio.fail_after(10):
            return await runtime.run(target)


async def test_the_outcome_names_each_agents_last_state() -> None:
    outcome = await finisher_and(Leaker, RecordingSink())
    assert outcome.exit_code == ExitCode.STOPPED_BY_POLICY
    assert dict(outcome.agents) == {"finisher": "done", "leaker": "stopped"}


class Helper(Finisher):
    """Defined beside the tree's agents and left out of it."""


class SharedBase(Agent):
    """A base the tree's agent subclasses: not an agent of its own."""

    model = "scripted:x"
    script: Any = ["hi"]


class Derived(SharedBase):
    async def run(self) -> None:
        await self.llm("Say hi.")


async def test_an_agent_its_files_tree_leaves_out_is_named_in_a_warning() -> None:
    """A file's tree() that does not list one of its agents ran without it, silently: a user
    who added a class and forgot the tree saw it never start, with no word why."""
    from supervisor import Notice, Team

    policy = load_policy_text('[prices."scripted:x"]\ninput_per_mtok = 1\noutput_per_mtok = 1\n')
    sink = RecordingSink()
    target = TargetSpec(
        "agents.py",
        (
            AgentSpec("finisher", Finisher),
            AgentSpec("helper", Helper),
            AgentSpec("shared_base", SharedBase),
            AgentSpec("derived", Derived),
        ),
        lambda: Team([Finisher, Derived]),
    )
    async with MemoryStore() as store:
        runtime = Runtime(
            policy=policy,
            store=store,
            router=ModelRouter({}),
            approver=UnattendedApprover(sink, timeout=0),
            sink=sink,
            embedder=None,
        )
        with anyio.fail_after(10):
            outcome = await runtime.run(target)
    assert outcome.exit_code == ExitCode.OK
    warnings = [e.message for e in sink.events if isinstance(e, Notice) and e.level == "warning"]
    assert warnings == [
        "agents.py defines Helper, which its tree() leaves out, so it does not run. Add it to "
        "the Team, or leave tree() out to run every agent of the file."
    ]


class PermanentLeaker(Leaker):
    name = "leaker"
    restart = "permanent"


async def test_a_permanent_agent_stopped_by_policy_stays_stopped() -> None:
    """A permanent agent (restarted even after it finished) used to be refused before the run
    (a permanent child could not be significant); made runnable, a plain stop would have it
    restarted, fresh, into the same stop. A stop is for good: it stays stopped and the run
    ends (exit 3) when its other agent is done."""
    from supervisor import AgentStateChanged

    sink = RecordingSink()
    outcome = await finisher_and(PermanentLeaker, sink)
    assert outcome.exit_code == ExitCode.STOPPED_BY_POLICY, outcome
    assert dict(outcome.agents) == {"finisher": "done", "leaker": "stopped"}
    states = [e.state for e in sink.events if isinstance(e, AgentStateChanged)]
    assert "restarting" not in states
