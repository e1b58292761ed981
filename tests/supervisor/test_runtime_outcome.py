"""``Runtime.run`` returns each agent's last state in ``RunOutcome.agents``, as its docstring says.

Before, ``agents`` was always empty: the runtime kept no states, so a program had to record the
run's events itself to learn which agent finished and which a policy stopped.
"""

from __future__ import annotations

from typing import Any

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


async def test_the_outcome_names_each_agents_last_state() -> None:
    policy = load_policy_text(
        '[prices."scripted:x"]\ninput_per_mtok = 1\noutput_per_mtok = 1\n'
        '[prices."scripted:y"]\ninput_per_mtok = 1\noutput_per_mtok = 1\n'
        '[[stream_rules]]\nname = "secret"\npattern = "secret"\naction = "stop_agent"\n'
    )
    sink = RecordingSink()
    target = TargetSpec("agents.py", (AgentSpec("finisher", Finisher), AgentSpec("leaker", Leaker)))
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
    assert outcome.exit_code == ExitCode.STOPPED_BY_POLICY
    assert dict(outcome.agents) == {"finisher": "done", "leaker": "stopped"}
