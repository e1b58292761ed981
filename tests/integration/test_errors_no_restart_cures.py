"""An error no restart can cure stops the agent at once; a passing one still restarts it.

A provider that answers 401/403 (a bad key), 404 (an unknown model) or 400 (an invalid
request) answers the same to a fresh instance of the agent. Before, such an error ended
``run()`` like any crash and the agent's supervisor restarted it again and again until its
restart limit gave up, each fresh instance paying again for the calls before the failing one,
and the run ended "gave up after too many restarts" without naming the cause. Now the agent
stops, not restarted, the first time, and the run's reason names the error and its fix. A 429
or a 5xx (which pass with time) still restarts the agent as before.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario, load_events
from supervisor import AgentStateChanged, ExitCode
from supervisor._providers import ProviderError

from .conftest import FAST_RETRIES, agent_class, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run

OK = Scenario.fixture("openai_chat_text_usage.sse")


async def paid_then_failing(agent: Agent, seen: dict[str, Any]) -> None:
    """A call that is answered (and paid for), then one the provider refuses."""
    seen["starts"] = seen.get("starts", 0) + 1
    await agent.llm("Hi")
    await agent.llm("Again")


def restarts(run: Run) -> list[AgentStateChanged]:
    return [e for e in run.events(AgentStateChanged) if e.state == "restarting"]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, "AuthenticationFailed"),
        (403, "AuthenticationFailed"),
        (404, "InvalidRequest"),
        (400, "InvalidRequest"),
    ],
)
async def test_an_error_no_restart_cures_stops_the_agent_at_once(
    run_agents: Any, sse_server: SSEServer, status: int, error: str
) -> None:
    sse_server.enqueue(*[item for _ in range(6) for item in (OK, Scenario(status=status))])
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 3})
    run: Run = await run_agents(policy, agent_class(paid_then_failing))
    assert run.seen["starts"] == 1, "the agent was restarted after an error no restart cures"
    assert not restarts(run)
    # Two requests: the paid one and the refused one (not retried either: it cannot pass).
    assert len(sse_server.observed) == 2
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED
    reason = run.outcome.reason
    assert reason.startswith(f"worker stopped, not restarted: {error}: oai rejected the ")
    assert f"(HTTP {status})" in reason
    assert reason.endswith("No restart can cure it: fix that and run again.")
    # The fix is named: the provider's own advice is kept.
    assert ("Check the API key" if status in (401, 403) else "Fix the request") in reason
    assert dict(run.outcome.agents) == {"worker": "stopped"}
    await run.assert_all_settled()


@pytest.mark.parametrize("status", [429, 503])
async def test_an_error_that_passes_with_time_still_restarts_the_agent(
    run_agents: Any, sse_server: SSEServer, status: int
) -> None:
    await restarted_once_after(run_agents, sse_server, Scenario(status=status))


async def restarted_once_after(
    run_agents: Any,
    sse_server: SSEServer,
    failing: Scenario,
    *,
    agent: type[Agent] | None = None,
    first: Scenario = OK,
    after: tuple[Scenario, ...] = (OK, OK),
) -> None:
    """A paid call (``first``), then ``failing``, with one attempt per call: the error ends
    run() of ``agent`` (``paid_then_failing`` by default), and the fresh instance's calls are
    answered (``after``)."""
    sse_server.enqueue(first, failing, *after)
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    run: Run = await run_agents(policy, agent or agent_class(paid_then_failing))
    assert run.seen["starts"] == 2
    assert len(restarts(run)) == 1
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    await run.assert_all_settled()


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (
            400,
            {
                "error": {
                    "message": "This model's maximum context length is 128000 tokens. However, "
                    "your messages resulted in 131072 tokens. Please reduce the length of the "
                    "messages.",
                    "type": "invalid_request_error",
                    "param": "messages",
                    "code": "context_length_exceeded",
                }
            },
        ),
        (413, {"error": {"message": "Request Entity Too Large", "type": "invalid_request_error"}}),
    ],
)
async def test_a_conversation_too_long_for_the_model_still_restarts_the_agent(
    run_agents: Any, sse_server: SSEServer, status: int, body: dict[str, Any]
) -> None:
    """An agent whose conversation outgrew the model's context window is what a restart with
    fresh context is for: the fresh instance starts from a short conversation."""
    await restarted_once_after(run_agents, sse_server, Scenario(status=status, body=body))


# --------------------------------------------------------------------------- error events


def opens_then_errors(model: str, error: dict[str, Any]) -> Scenario:
    """A 200 stream that starts as the provider starts on a request (Anthropic's
    message_start, OpenAI's role chunk), then sends ``error`` as its error event."""
    if model.startswith("ant:"):
        start = load_events("anthropic_text.sse")[0]
        assert '"message_start"' in start
        event = {"type": "error", "error": error}
        return Scenario(events=[start, f"event: error\ndata: {json.dumps(event)}\n\n"])
    start = load_events("openai_chat_text_usage.sse")[0]
    assert '"role":"assistant"' in start
    return Scenario(events=[start, f"data: {json.dumps({'error': error})}\n\n"])


@pytest.mark.parametrize(
    ("model", "error", "fix"),
    [
        (
            "ant:claude",
            {
                "type": "invalid_request_error",
                "message": "max_tokens: 100000 > 64000, which is the maximum allowed",
            },
            "Fix the request",
        ),
        (
            "ant:claude",
            {"type": "authentication_error", "message": "invalid x-api-key"},
            "Check the API key",
        ),
        (
            "ant:claude",
            {
                "type": "permission_error",
                "message": "Your API key does not have permission to use the specified resource.",
            },
            "Check the API key",
        ),
        (
            "ant:claude",
            {"type": "not_found_error", "message": "model: claude-nope"},
            "Fix the request",
        ),
        (  # OpenAI
            "oai:big",
            {
                "message": "Invalid schema for function 'lookup'.",
                "type": "invalid_request_error",
                "param": "tools",
                "code": None,
            },
            "Fix the request",
        ),
        (  # vLLM: its exception's name, the status as the code
            "oai:big",
            {
                "object": "error",
                "message": "The model `big` does not exist.",
                "type": "NotFoundError",
                "param": None,
                "code": 404,
            },
            "Fix the request",
        ),
        (  # LiteLLM: the status as a string
            "oai:big",
            {
                "message": "Authentication Error, Invalid proxy server token passed.",
                "type": "auth_error",
                "param": "None",
                "code": "401",
            },
            "Check the API key",
        ),
    ],
)
async def test_an_error_event_that_refuses_the_request_stops_the_agent_at_once(
    run_agents: Any, sse_server: SSEServer, model: str, error: dict[str, Any], fix: str
) -> None:
    """An error event whose type (or code) says the request itself is refused fails the same
    way for a fresh instance as the matching HTTP status: before, any error event inside a
    200 stream was taken for a passing one, and the agent was restarted over it (here up to
    six times, each paying again for the call before)."""
    failing = opens_then_errors(model, error)
    sse_server.enqueue(*[item for _ in range(6) for item in (Scenario(), failing)])
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 3})
    run: Run = await run_agents(policy, agent_class(paid_then_failing, model=model))
    assert run.seen["starts"] == 1, "the agent was restarted after an error no restart cures"
    assert not restarts(run)
    # The paid request and the refused one, not retried either: [retries] classes it alike.
    assert len(sse_server.observed) == 2
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED
    reason = run.outcome.reason
    provider = model.split(":")[0]
    assert reason.startswith(
        f"worker stopped, not restarted: ProviderStreamError: {provider} sent an error event "
        f"({error['type']}) in the middle of the stream ({error['message']})"
    )
    assert fix in reason
    assert reason.endswith("No restart can cure it: fix that and run again.")
    assert dict(run.outcome.agents) == {"worker": "stopped"}
    await run.assert_all_settled()


@pytest.mark.parametrize(
    ("model", "error"),
    [
        ("ant:claude", {"type": "overloaded_error", "message": "Overloaded"}),
        ("ant:claude", {"type": "api_error", "message": "Internal server error"}),
        ("ant:claude", {"type": "rate_limit_error", "message": "Number of requests exceeded"}),
        ("oai:big", {"message": "The server had an error.", "type": "server_error"}),
        # The conversation outgrew the model's window: a restart with fresh context cures it.
        (
            "oai:big",
            {
                "message": "This model's maximum context length is 128000 tokens. However, "
                "your messages resulted in 131072 tokens.",
                "type": "invalid_request_error",
                "param": "messages",
                "code": "context_length_exceeded",
            },
        ),
        (  # llama.cpp
            "oai:big",
            {
                "code": 400,
                "message": "the request exceeds the available context size, try increasing it",
                "type": "exceed_context_size_error",
            },
        ),
        (
            "ant:claude",
            {"type": "invalid_request_error", "message": "prompt is too long: 210000 > 200000"},
        ),
        ("ant:claude", {"type": "request_too_large", "message": "Request exceeds 32 MB."}),
    ],
)
async def test_an_error_event_that_passes_still_restarts_the_agent(
    run_agents: Any, sse_server: SSEServer, model: str, error: dict[str, Any]
) -> None:
    await restarted_once_after(
        run_agents,
        sse_server,
        opens_then_errors(model, error),
        agent=agent_class(paid_then_failing, model=model),
        first=Scenario(),
        after=(Scenario(), Scenario()),
    )


def responses_fail(code: str, message: str) -> Scenario:
    """OpenAI's Responses API: response.created (it has started on the request), then
    response.failed with ``code`` as the response's error."""
    start = load_events("openai_responses_text.sse")[0]
    assert '"response.created"' in start
    failed = {
        "type": "response.failed",
        "sequence_number": 2,
        "response": {
            "id": "resp_abc123",
            "object": "response",
            "status": "failed",
            "error": {"code": code, "message": message},
        },
    }
    return Scenario(events=[start, f"event: response.failed\ndata: {json.dumps(failed)}\n\n"])


@pytest.mark.parametrize(
    ("code", "message", "cured"),
    [
        ("invalid_prompt", "Invalid prompt: your prompt was flagged.", False),
        ("image_content_policy_violation", "The image was rejected.", False),
        ("invalid_image_url", "The image URL could not be used.", False),
        ("server_error", "The server had an error.", True),
        ("vector_store_timeout", "The file search timed out.", True),
    ],
)
async def test_a_failed_response_is_judged_by_its_code(
    run_agents: Any, sse_server: SSEServer, code: str, message: str, cured: bool
) -> None:
    """A response.failed whose code says the prompt or its image cannot be used is refused
    again, unchanged, by a fresh instance: the agent stops at once. One that may pass with
    time still restarts it."""
    failing = responses_fail(code, message)
    sse_server.enqueue(*[item for _ in range(3) for item in (Scenario(), failing)])
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    run: Run = await run_agents(policy, agent_class(paid_then_failing, model="resp:big"))
    assert run.outcome is not None
    if cured:
        assert run.seen["starts"] > 1
        assert restarts(run)
        return
    assert run.seen["starts"] == 1, "the agent was restarted after an error no restart cures"
    assert not restarts(run)
    assert run.outcome.exit_code == ExitCode.ESCALATED
    assert f"sent an error event ({code})" in run.outcome.reason
    assert "Fix the request" in run.outcome.reason
    assert run.outcome.reason.endswith("No restart can cure it: fix that and run again.")
    await run.assert_all_settled()


async def test_an_error_event_with_a_rate_limit_code_as_a_string_is_retried(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """LiteLLM gives the status as a string: "429" is a rate limit, retried as [retries]
    says (its default retry_on lists rate_limited), not a crash that restarts the agent."""
    error = {"message": "Rate limit reached.", "type": "throttling_error", "code": "429"}
    sse_server.enqueue(Scenario(), opens_then_errors("oai:big", error), Scenario())
    run: Run = await run_agents(make_policy(sse_server), agent_class(paid_then_failing))
    assert run.seen["starts"] == 1
    assert not restarts(run)
    assert [s.outcome for s in run.settled] == ["ok", "error", "ok"]
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    await run.assert_all_settled()


# --------------------------------------------------------------------------- wrapped errors


class ToolFailed(Exception):
    """An agent's own error, raised over the provider's."""


async def wrapped_from(agent: Agent, seen: dict[str, Any]) -> None:
    seen["starts"] = seen.get("starts", 0) + 1
    await agent.llm("Hi")
    try:
        await agent.llm("Again")
    except ProviderError as exc:
        raise ToolFailed("the summary step failed") from exc


async def wrapped_while_handling(agent: Agent, seen: dict[str, Any]) -> None:
    seen["starts"] = seen.get("starts", 0) + 1
    await agent.llm("Hi")
    try:
        await agent.llm("Again")
    except ProviderError:
        raise ToolFailed("the summary step failed")  # noqa: B904 (its __context__ only)


async def wrapped_from_none(agent: Agent, seen: dict[str, Any]) -> None:
    seen["starts"] = seen.get("starts", 0) + 1
    await agent.llm("Hi")
    try:
        await agent.llm("Again")
    except ProviderError:
        raise ToolFailed("the summary step failed") from None


async def wrapped_twice(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        await wrapped_from(agent, seen)
    except ToolFailed as exc:
        raise RuntimeError("the pipeline failed") from exc


async def in_a_group(agent: Agent, seen: dict[str, Any]) -> None:
    seen["starts"] = seen.get("starts", 0) + 1
    await agent.llm("Hi")
    try:
        await agent.llm("Again")
    except ProviderError as exc:
        raise ExceptionGroup("the steps failed", [ValueError("a step"), exc]) from None


@pytest.mark.parametrize(
    ("body", "crash"),
    [
        (wrapped_from, "ToolFailed: the summary step failed, caused by "),
        (wrapped_while_handling, "ToolFailed: the summary step failed, caused by "),
        (wrapped_from_none, "ToolFailed: the summary step failed, caused by "),
        (wrapped_twice, "RuntimeError: the pipeline failed, caused by "),
        (in_a_group, "ExceptionGroup: the steps failed (2 sub-exceptions), caused by "),
    ],
)
@pytest.mark.parametrize(
    ("status", "error"), [(401, "AuthenticationFailed"), (400, "InvalidRequest")]
)
async def test_an_error_no_restart_cures_wrapped_by_the_agent_still_stops_it(
    run_agents: Any, sse_server: SSEServer, body: Any, crash: str, status: int, error: str
) -> None:
    """An agent that wraps the provider's refusal in its own error (``raise ... from exc``,
    or raised while handling it, or gathered in an exception group) crashes over it all the
    same: before, only a bare provider error stopped the agent, and a wrapped one restarted
    it until its restart limit gave up, each instance paying again."""
    sse_server.enqueue(*[item for _ in range(6) for item in (OK, Scenario(status=status))])
    run: Run = await run_agents(make_policy(sse_server), agent_class(body))
    assert run.seen["starts"] == 1, "the agent was restarted after an error no restart cures"
    assert not restarts(run)
    assert len(sse_server.observed) == 2
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED
    reason = run.outcome.reason
    # The agent's own error, and the provider's that caused it, with its fix.
    assert reason.startswith(f"worker stopped, not restarted: {crash}{error}: oai rejected the ")
    assert f"(HTTP {status})" in reason
    assert reason.endswith("No restart can cure it: fix that and run again.")
    await run.assert_all_settled()


async def test_a_wrapped_error_that_passes_still_restarts_the_agent(
    run_agents: Any, sse_server: SSEServer
) -> None:
    await restarted_once_after(
        run_agents, sse_server, Scenario(status=503), agent=agent_class(wrapped_from)
    )


async def test_a_passing_error_met_while_handling_a_refusal_restarts_the_agent(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """The nearest provider error decides: an agent that falls back from a refused model and
    meets a 503 on the fallback crashes over the 503 (which passes), not over the refusal it
    handled."""

    async def falls_back(agent: Agent, seen: dict[str, Any]) -> None:
        seen["starts"] = seen.get("starts", 0) + 1
        try:
            await agent.llm("Hi", model="oai:big")
        except ProviderError:
            await agent.llm("Hi", model="oai:small")

    await restarted_once_after(
        run_agents,
        sse_server,
        Scenario(status=503),
        agent=agent_class(falls_back),
        first=Scenario(status=404),
        after=(Scenario(status=404), OK),
    )


async def test_an_agent_that_catches_a_refusal_and_goes_on_is_not_stopped(
    run_agents: Any, sse_server: SSEServer
) -> None:
    async def goes_on(agent: Agent, seen: dict[str, Any]) -> None:
        seen["starts"] = seen.get("starts", 0) + 1
        try:
            await agent.llm("Hi", model="oai:big")
        except ProviderError as exc:
            seen["caught"] = exc
        seen["after"] = await agent.llm("Hi", model="oai:small")

    sse_server.enqueue(Scenario(status=401), OK)
    run: Run = await run_agents(make_policy(sse_server), agent_class(goes_on))
    assert type(run.seen["caught"]).__name__ == "AuthenticationFailed"
    assert run.seen["after"].text
    assert run.seen["starts"] == 1
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    assert dict(run.outcome.agents) == {"worker": "done"}
    await run.assert_all_settled()
