"""A 404 that is no provider's error (a wrong ``base_url``) names the URL and the fix.

Found following the README with a local server: ``base_url = "http://localhost:11434"`` for
Ollama (without the ``/v1`` an OpenAI-compatible server serves under) was answered
``404 page not found`` in plain text, and the run said "rejected the request (HTTP 404) ...
Fix the request (model name, parameters, prompt size)", which sends a newcomer after their
prompt, not their configuration. A 404 whose body is no provider-shaped error now names the
URL that was not found and says to check ``base_url``, with what it should look like for the
provider's kind. A provider's own 404 (an unknown model, in JSON) keeps its words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import ExitCode

from .conftest import FAST_RETRIES, agent_class, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run

PLAIN_404 = Scenario(
    raw=[
        b"HTTP/1.1 404 Not Found\r\ncontent-type: text/plain; charset=utf-8\r\n"
        b"content-length: 18\r\nconnection: close\r\n\r\n404 page not found"
    ]
)


async def calls(agent: Agent, seen: dict[str, Any]) -> None:
    await agent.llm("Hi")


@pytest.mark.parametrize(
    ("model", "path", "hint"),
    [
        ("oai:big", "/v1/chat/completions", 'under /v1, e.g. "http://localhost:11434/v1"'),
        ("ant:claude", "/v1/messages", 'the server\'s root, e.g. "https://api.anthropic.com"'),
    ],
)
async def test_a_plain_404_names_the_url_and_base_url(
    run_agents: Any, sse_server: SSEServer, model: str, path: str, hint: str
) -> None:
    sse_server.enqueue(PLAIN_404)
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    run: Run = await run_agents(policy, agent_class(calls, model=model))
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED
    reason = run.outcome.reason
    assert f"{sse_server.root_url}{path} was not found (HTTP 404)" in reason, reason
    assert "check base_url" in reason
    assert hint in reason
    assert "prompt size" not in reason


async def test_a_providers_own_404_keeps_its_words(run_agents: Any, sse_server: SSEServer) -> None:
    body = {"error": {"message": "The model `big` does not exist.", "type": "NotFoundError"}}
    sse_server.enqueue(Scenario(status=404, body=body))
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    run: Run = await run_agents(policy, agent_class(calls))
    assert run.outcome is not None
    assert "The model `big` does not exist." in run.outcome.reason
    assert "Fix the request (model name" in run.outcome.reason
    assert "was not found" not in run.outcome.reason
