"""A call given up while the model reasons out of sight is charged its worst case.

OpenAI's reasoning models (o-series, gpt-5) stream nothing while they reason, and bill the
reasoning as output. A call cancelled or cut in that silence (an agent's own timeout, the
session's deadline, a person's stop) was settled as if the model had generated nothing: its
prompt only. Up to ``max_tokens`` of billed output went uncounted, and the budget admitted
later calls with that money already spent (here $16.00 at $2,000 per million output tokens;
$1.28 for a 32k-token o3 call at $40 per million).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import pytest

from providers.sse_server import Scenario, load_events
from supervisor import ProviderError

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


@pytest.mark.parametrize("reasoning", [None, "high"])
async def test_a_call_given_up_in_silence_is_charged_its_worst_case(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer, reasoning: str | None
) -> None:
    # The server answers 200 and then sends nothing, as a model reasoning out of sight does.
    sse_server.enqueue(Scenario(hang_after=0))

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        with anyio.move_on_after(0.5):
            await agent.llm("Prove it.", max_tokens=8_000, reasoning=reasoning)
        seen["gave_up"] = True

    run = await run_agents(make_policy(sse_server), agent_class(body))
    assert run.seen["gave_up"]
    (started,) = run.started
    (settled,) = run.settled
    assert settled.outcome == "cancelled"
    assert settled.output_tokens == 8_000
    assert settled.cost == started.reserved
    await run.assert_all_settled()


async def test_a_call_given_up_before_the_server_answered_is_not(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer
) -> None:
    # No answer yet (no status line): nothing was generated that the runtime must assume.
    sse_server.enqueue(Scenario(headers_delay=5.0))

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        with anyio.move_on_after(0.5):
            await agent.llm("Prove it.", max_tokens=8_000)
        seen["gave_up"] = True

    run = await run_agents(make_policy(sse_server), agent_class(body))
    (settled,) = run.settled
    assert settled.outcome == "cancelled"
    assert settled.output_tokens == 0
    await run.assert_all_settled()


# --------------------------------------------------------------------------- silence, then an error

ROLE_CHUNK = load_events("openai_chat_text_usage.sse")[0]  # what OpenAI sends as it starts
SERVER_ERROR = (
    'data: {"error": {"message": "The server had an error.", "type": "server_error"}}\n\n'
)


@pytest.mark.parametrize(
    ("scenario", "error"),
    [
        # The connection dropped after the model started (and reasoned, unseen).
        (Scenario(events=[ROLE_CHUNK, SERVER_ERROR], drop_after=1), "StreamInterrupted"),
        # No chunk for longer than chunk_timeout, after the start or from the status line on.
        (Scenario(events=[ROLE_CHUNK, SERVER_ERROR], hang_after=1), "ProviderTimeout"),
        (Scenario(hang_after=0), "ProviderTimeout"),
        # An error event after the model started.
        (Scenario(events=[ROLE_CHUNK, SERVER_ERROR]), "ProviderStreamError"),
        # After keep-alive comments (a gateway's, while the model works): not the first event.
        (
            Scenario(events=[": PROCESSING\n\n", ": PROCESSING\n\n", SERVER_ERROR]),
            "ProviderStreamError",
        ),
    ],
)
async def test_a_call_that_fails_in_silence_is_charged_its_worst_case(
    run_agents: Callable[..., Awaitable[Run]],
    sse_server: SSEServer,
    scenario: Scenario,
    error: str,
) -> None:
    """A call that ended in an error after the provider answered, with nothing counted, was
    charged nothing, though the model may have reasoned for minutes before the connection
    dropped or a chunk timed out: the money was spent, and later calls were admitted against
    it. Now it is charged as a call given up in that silence is: its max_tokens."""
    sse_server.enqueue(scenario)

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        try:
            await agent.llm("Prove it.", max_tokens=8_000)
        except ProviderError as exc:
            seen["error"] = exc

    policy = make_policy(sse_server, retries={"max_attempts": 1})
    run = await run_agents(policy, agent_class(body, chunk_timeout=0.3))
    assert type(run.seen["error"]).__name__ == error
    (started,) = run.started
    (settled,) = run.settled
    assert settled.outcome == "error"
    assert settled.output_tokens == 8_000
    assert settled.cost == started.reserved
    assert run.seen["error"].partial.cost == settled.cost
    await run.assert_all_settled()


OVERLOADED_FIRST = (
    'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error", '
    '"message": "Overloaded"}}\n\n'
)


@pytest.mark.parametrize(
    ("model", "scenario"),
    [
        # An error event as the stream's very first: refused before the model started on it
        # (Anthropic bills no overloaded_error sent first).
        ("ant:claude", Scenario(events=[OVERLOADED_FIRST])),
        ("oai:big", Scenario(events=[SERVER_ERROR])),
        # An error status: the provider never accepted the request.
        ("oai:big", Scenario(status=503)),
        # A whole body with no event in it, status 200: a proxy's login page, a gateway's
        # error. No model was seen at work.
        ("oai:big", Scenario(whole_body=("text/html", b"<html><body>Sign in</body></html>"))),
        (
            "ant:claude",
            Scenario(whole_body=("application/json", b'{"error": {"message": "quota exceeded"}}')),
        ),
    ],
)
async def test_a_call_refused_before_the_model_started_is_charged_nothing(
    run_agents: Callable[..., Awaitable[Run]],
    sse_server: SSEServer,
    model: str,
    scenario: Scenario,
) -> None:
    sse_server.enqueue(scenario)

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        try:
            await agent.llm("Prove it.", max_tokens=8_000)
        except ProviderError as exc:
            seen["error"] = exc

    policy = make_policy(sse_server, retries={"max_attempts": 1})
    run = await run_agents(policy, agent_class(body, model=model))
    assert isinstance(run.seen["error"], ProviderError)
    (settled,) = run.settled
    assert settled.outcome == "error"
    assert (settled.input_tokens, settled.output_tokens, settled.cost) == (0, 0, 0)
    await run.assert_all_settled()


# --------------------------------------------------------------------------- Claude's silence

MESSAGE_START = (
    "event: message_start\n"
    'data: {"type":"message_start","message":{"id":"msg_01Rd","type":"message",'
    '"role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,'
    '"usage":{"input_tokens":85,"output_tokens":3}}}\n\n'
)
REDACTED_BLOCK = (
    "event: content_block_start\n"
    'data: {"type":"content_block_start","index":0,"content_block":'
    '{"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix/LafPsn4a"}}\n\n'
)


@pytest.mark.parametrize(
    "scenario",
    [
        # Claude started (message_start counts 3 tokens) and thinks, redacted: nothing streams.
        Scenario(events=[MESSAGE_START, REDACTED_BLOCK], hang_after=2),
        Scenario(events=[MESSAGE_START], hang_after=1),
        # The connection dropped in that silence.
        Scenario(events=[MESSAGE_START, REDACTED_BLOCK, OVERLOADED_FIRST], drop_after=2),
    ],
)
async def test_claude_given_up_in_silence_after_message_start_is_charged_its_worst_case(
    run_agents: Callable[..., Awaitable[Run]], sse_server: SSEServer, scenario: Scenario
) -> None:
    """Anthropic's message_start says a token or two before any work, and its count stays
    there until message_delta. A call cut or failed while Claude thought out of sight (a
    redacted_thinking block streams nothing) was charged those few tokens, not the thinking
    it was billed for: silence is no count grown past the first one reported."""
    sse_server.enqueue(scenario)

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        with anyio.move_on_after(0.5):
            try:
                await agent.llm("Prove it.", max_tokens=8_000, reasoning="high")
            except ProviderError as exc:
                seen["error"] = exc
        seen["gave_up"] = True

    policy = make_policy(sse_server, retries={"max_attempts": 1})
    run = await run_agents(policy, agent_class(body, model="ant:claude", chunk_timeout=5.0))
    assert run.seen["gave_up"]
    (settled,) = run.settled
    assert settled.outcome in ("cancelled", "error")
    assert settled.input_tokens == 85  # the prompt message_start counted
    assert settled.output_tokens == 8_000
    await run.assert_all_settled()
