"""An agent class whose attributes cannot work is bad input, reported before anything starts.

Before, ``max_tokens = "lots"`` or ``timeout = -1`` crashed every call, so the agent was restarted
over it until its supervisor gave up (exit 4, a ``TypeError`` for a message), and
``max_tokens = -5`` or ``script = "Hello"`` ran with nonsense (an empty answer, one letter per
turn) and exited 0.
"""

from __future__ import annotations

from typing import Any

import pytest

from supervisor import Agent, ConfigurationError
from supervisor._agent import check_agent_class
from supervisor._providers import Turn


def _agent(**attributes: Any) -> type[Agent]:
    async def run(self: Agent) -> None:
        return None

    namespace: dict[str, Any] = {"model": "scripted:x", "script": ["hi"], "run": run}
    namespace.update(attributes)
    return type("Checked", (Agent,), namespace)


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ({"model": 42}, 'model = 42 (int) must be a "provider:model" string'),
        ({"model": ""}, "model = '' (str) must be"),
        ({"max_tokens": "lots"}, "max_tokens = 'lots' (str) must be a whole number of tokens"),
        ({"max_tokens": -5}, "max_tokens = -5 (int) must be a whole number of tokens, 1 or more"),
        ({"max_tokens": 0}, "max_tokens = 0 (int)"),
        ({"max_tokens": 10.5}, "max_tokens = 10.5 (float)"),
        ({"max_tokens": True}, "max_tokens = True (bool)"),
        ({"system": 3}, "system = 3 (int) must be the system prompt as a string"),
        ({"script": 5}, "script = 5 (int) must be a list of answers"),
        ({"script": "Hello there"}, "script = 'Hello there' (str) must be a list of answers"),
        ({"script": [1, 2]}, "script = [1, 2] (list)"),
        ({"script": {"x": "one"}}, "script = {'x': 'one'} (dict)"),
        ({"restart": "sometimes"}, "restart = 'sometimes' (str) must be 'permanent', 'transient'"),
        ({"timeout": -1}, "timeout = -1 (int) must be a number of seconds above 0"),
        ({"timeout": 0}, "timeout = 0 (int)"),
        ({"chunk_timeout": "x"}, "chunk_timeout = 'x' (str) must be a number of seconds"),
        ({"chunk_timeout": float("inf")}, "chunk_timeout = inf (float)"),
        ({"name": 5}, "name = 5 (int) must be a non-empty string"),
        ({"name": "  "}, "name = '  ' (str)"),
    ],
)
def test_a_bad_class_attribute_is_named_with_what_it_should_be(
    attributes: dict[str, Any], expected: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(_agent(**attributes))
    message = str(caught.value)
    assert message.startswith(f"The agent class Checked ({__file__}) cannot run: ")
    assert expected in message
    assert message.endswith("Fix it on the class and run again.")


def test_a_run_that_is_not_async_is_named() -> None:
    def run(self: Agent) -> None:
        return None

    with pytest.raises(ConfigurationError, match="define it as 'async def run"):
        check_agent_class(_agent(run=run))


def test_every_problem_is_named_at_once() -> None:
    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(_agent(max_tokens="lots", timeout=-1))
    message = str(caught.value)
    assert "max_tokens = 'lots'" in message
    assert "timeout = -1" in message
    assert message.endswith("Fix them on the class and run again.")


@pytest.mark.parametrize(
    "attributes",
    [
        {},
        {"max_tokens": 400, "timeout": 30, "chunk_timeout": 2.5, "system": "Be brief."},
        {"name": "scout", "restart": "permanent"},
        {"script": None, "model": "openai:gpt-4o-mini"},
        {"script": ("one", Turn("two"))},
        {"script": {"x": ["one"], "y": lambda request, turn: "two"}},
        {"script": lambda request, turn: "answer"},
    ],
)
def test_good_class_attributes_pass(attributes: dict[str, Any]) -> None:
    check_agent_class(_agent(**attributes))


def test_a_tool_that_forgot_self_is_named() -> None:
    """``@tool async def search(query: str)`` in a class: ``query`` took the place of ``self``,
    so the tool was offered to the model with no parameters, and a call with ``query`` failed
    with "it has no argument 'query'. It takes no arguments." about a tool that has one."""
    from supervisor import tool

    @tool
    async def search(query: str) -> str:  # type: ignore[misc]
        """Search."""
        return query

    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(_agent(search=search))
    assert (
        "the tool 'search' takes 'query: str' first, where a method takes self: write "
        "'async def search(self, query: str, ...)'"
    ) in str(caught.value)


def test_a_tool_whose_self_has_another_name_or_no_annotation_passes() -> None:
    from supervisor import tool

    @tool
    async def search(agent, query: str) -> str:  # type: ignore[no-untyped-def]
        """Search."""
        return query

    check_agent_class(_agent(search=search))
