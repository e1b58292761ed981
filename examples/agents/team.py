"""A small team under ``one_for_all``: when one member crashes, the whole team restarts.

A planner, a builder and a reviewer work together. On its first run the builder's compile tool
crashes (an exception inside a tool, as real tools do). Under ``one_for_all`` the team's
supervisor stops the planner and the reviewer too and starts all three again with fresh state, so
they never work from a half-finished shared plan; on the second run the build succeeds and the
team completes.

On a real model::

    TEAM_MODEL=openai:gpt-4o-mini OPENAI_API_KEY=... supervise run examples/agents/team.py
"""

from __future__ import annotations

import os

from supervisor import Agent, Team, tool

#: The policy used when this file is run alone (`supervise run examples/agents/team.py`).
policy = "policy.toml"

MODEL = os.environ.get("TEAM_MODEL")


class Planner(Agent):
    model = MODEL or "scripted:planner"
    max_tokens = 200
    script = [
        "Plan: 1. compile the parser module; 2. run its unit tests; 3. review the diff.",
        "The plan stands: compile the parser, test it, review it.",
    ]

    async def run(self) -> None:
        plan = await self.llm("Plan the work to ship the new parser module in three steps.")
        self.report(plan.text.strip()[:70])


class Builder(Agent):
    model = MODEL or "scripted:builder"
    max_tokens = 200
    script = [
        "Compiling the parser module with optimisations enabled.",
    ]

    @tool
    async def compile(self, module: str) -> str:
        """Compile a module."""
        if self.context.restart_count == 0:
            raise RuntimeError(f"compiler crashed on {module}: out of file descriptors")
        return f"{module}: compiled, 0 warnings"

    async def run(self) -> None:
        await self.llm("Compile the parser module.")
        result = await self.tool("compile", module="parser")
        self.report(str(result.value))


class Reviewer(Agent):
    model = MODEL or "scripted:reviewer"
    max_tokens = 200
    script = [
        "Review: the parser handles nested brackets and reports errors with line numbers. LGTM.",
    ]

    async def run(self) -> None:
        review = await self.llm("Review the parser change.")
        self.report(review.text.strip()[:70])


def tree() -> Team:
    return Team(
        [Planner, Builder, Reviewer],
        strategy="one_for_all",
        max_restarts=2,
        max_seconds=60.0,
        name="crew",
    )
