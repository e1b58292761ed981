"""A target's ``tree`` that cannot run is bad input, named before any agent starts.

Before, ``tree()`` raising was "unexpected error: KeyError" (exit 1), a ``Team`` with an unknown
strategy, a negative ``max_restarts``, ``max_seconds = 0`` or one agent listed twice was
"unexpected error: ValueError" (exit 1), and ``Team([])`` made the run wait forever.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import pytest

from supervisor import (
    Agent,
    ConfigurationError,
    MemoryStore,
    ModelRouter,
    Runtime,
    Team,
    UnattendedApprover,
)
from supervisor._events import NullSink
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from collections.abc import Callable


class Planner(Agent):
    model = "scripted:x"
    script: Any = ["hi"]

    async def run(self) -> None:
        return None


class Coder(Planner):
    pass


class Namesake(Planner):
    name = "planner"


def _broken() -> Team:
    raise KeyError("oops")


@pytest.mark.parametrize(
    ("tree", "expected"),
    [
        (
            _broken,
            f"agents.py: its tree() raised KeyError: 'oops' (at {__file__}, line "
            f"{_broken.__code__.co_firstlineno + 1}). Fix it, "
            "or remove 'tree' to run the file's agents side by side.",
        ),
        (
            # Before, a tree() that forgot its `return` ran the file's agents side by side
            # under a default Team, its strategy and restart limits dropped without a word.
            lambda: None,
            "agents.py: its tree() returned None, not a supervisor.Team; did you forget "
            "`return Team(...)`? Return the Team, or remove 'tree' to run the file's agents "
            "side by side.",
        ),
        (
            lambda: Team([]),
            "agents.py: the Team its tree() returned has no members; list the agent classes it "
            "supervises, e.g. Team([Planner, Coder]).",
        ),
        (
            lambda: Team([Planner, Team([], name="inner")]),
            "agents.py: the Team its tree() returned, in its member Team 'inner' has no members",
        ),
        (
            lambda: Team([Planner], strategy="one_for_everyone"),  # type: ignore[arg-type]
            "agents.py: the Team its tree() returned cannot run: Unknown supervisor strategy "
            "'one_for_everyone'. Fix the Team(...) in tree().",
        ),
        (
            lambda: Team([Planner], max_restarts=-1),
            "cannot run: max_restarts must be >= 0 and max_seconds > 0.",
        ),
        (
            lambda: Team([Planner, Team([Coder], max_seconds=0, name="inner")]),
            "in its member Team 'inner' cannot run: max_restarts must be >= 0",
        ),
        (
            lambda: Team([Planner, Planner]),
            "cannot run: it lists Planner 2 times; list each agent class once",
        ),
        (
            lambda: Team([Planner, Namesake]),
            "cannot run: Planner, Namesake are all named 'planner' under one supervisor; give "
            "each its own `name = ...` class attribute.",
        ),
        (
            lambda: Team(["Planner"]),  # type: ignore[list-item]
            "cannot run: A Team member must be an Agent subclass or a Team, got 'Planner'.",
        ),
    ],
)
async def test_a_tree_that_cannot_run_is_named_before_anything_starts(
    tree: Callable[[], Team], expected: str
) -> None:
    sink = NullSink()
    target = TargetSpec(
        "agents.py", (AgentSpec("planner", Planner), AgentSpec("coder", Coder)), tree
    )
    async with MemoryStore() as store:
        runtime = Runtime(
            policy=_policy(),
            store=store,
            router=ModelRouter({}),
            approver=UnattendedApprover(sink, timeout=0),
            sink=sink,
            embedder=None,
        )
        with anyio.fail_after(5), pytest.raises(ConfigurationError) as caught:
            await runtime.run(target)
    assert expected in str(caught.value)


def _policy() -> Any:
    from policies import load_policy_text

    return load_policy_text('[prices."scripted:x"]\ninput_per_mtok = 1\noutput_per_mtok = 1\n')
