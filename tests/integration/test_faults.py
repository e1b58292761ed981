"""Faults through governed calls: each a typed, documented outcome, retried when the policy says,
every attempt accounted, and the governor still working afterwards."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario, closed_port, load_events, stretch
from supervisor import BudgetExceeded, ConfigurationError, LLMResult, ProviderError
from supervisor._providers import (
    MalformedResponse,
    ProviderConfigError,
    ProviderConnectError,
    ProviderStreamError,
    ProviderTimeout,
    ProviderUnavailable,
    RateLimited,
    StreamInterrupted,
)

from .conftest import FAST_RETRIES, agent_class, cost_of, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


async def faulty_then_good(agent: Agent, seen: dict[str, Any]) -> None:
    """One call that may fail, then one that must work: the governor survived."""
    try:
        seen["result"] = await agent.llm("Hi")
    except ProviderError as exc:
        seen["error"] = exc
    seen["after"] = await agent.llm("Again", model="oai:big")


def long_openai(times: int = 10) -> list[str]:
    return stretch(load_events("openai_chat_text_usage.sse"), middle=slice(1, 9), times=times)


OK = Scenario.fixture("openai_chat_text_usage.sse")


def assert_after_ok(run: Run) -> None:
    after: LLMResult = run.seen["after"]
    assert after.text == "The capital of Mexico is Mexico City."
    assert after.cost == cost_of("oai:big", 14, 8)


# --------------------------------------------------------------------------- HTTP status


@pytest.mark.parametrize(("status", "error_type"), [(429, RateLimited), (503, ProviderUnavailable)])
async def test_status_with_retry_after_is_retried_and_counted(
    run_agents: Any, sse_server: SSEServer, status: int, error_type: type[ProviderError]
) -> None:
    sse_server.enqueue(Scenario(status=status, headers={"retry-after-ms": "150"}), OK, OK)
    started = time.monotonic()
    run: Run = await run_agents(make_policy(sse_server), agent_class(faulty_then_good))
    assert time.monotonic() - started >= 0.15  # the provider's retry-after was honoured
    result: LLMResult = run.seen["result"]
    assert result.text == "The capital of Mexico is Mexico City."
    assert_after_ok(run)
    # Three calls in the ledger: the refused attempt (nothing generated: cost 0) and two answers.
    assert [(e.outcome, e.cost) for e in run.settled] == [
        ("error", 0),
        ("ok", cost_of("oai:big", 14, 8)),
        ("ok", cost_of("oai:big", 14, 8)),
    ]
    assert (await run.spent()).spent.calls == 3
    await run.assert_all_settled()


async def test_retries_exhausted_give_a_typed_error(run_agents: Any, sse_server: SSEServer) -> None:
    sse_server.enqueue(*(Scenario(status=500) for _ in range(3)), OK)
    run: Run = await run_agents(make_policy(sse_server), agent_class(faulty_then_good))
    error = run.seen["error"]
    assert isinstance(error, ProviderUnavailable)
    assert error.status_code == 500
    assert len(sse_server.observed) == 4  # max_attempts = 3, then the later call
    assert [e.outcome for e in run.settled] == ["error"] * 3 + ["ok"]
    assert_after_ok(run)
    await run.assert_all_settled()


async def test_retries_count_against_the_call_budget(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """Each retry is a governed call: with 2 calls allowed, the third attempt is refused."""
    sse_server.enqueue(*(Scenario(status=429, headers={"retry-after-ms": "1"}) for _ in range(5)))

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        try:
            await agent.llm("Hi")
        except Exception as exc:
            seen["error"] = exc

    policy = make_policy(
        sse_server,
        budgets={"session": {"calls": 2}},
        retries={**FAST_RETRIES, "max_attempts": 5},
    )
    run: Run = await run_agents(policy, agent_class(body))
    error = run.seen["error"]
    assert isinstance(error, BudgetExceeded), error
    assert error.rule == "budgets.session.calls"
    assert len(sse_server.observed) == 2
    assert (await run.spent()).spent.calls == 2
    await run.assert_all_settled()


async def test_no_retry_when_policy_allows_one_attempt(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(status=429), OK)
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "max_attempts": 1})
    run: Run = await run_agents(policy, agent_class(faulty_then_good))
    assert isinstance(run.seen["error"], RateLimited)
    assert_after_ok(run)
    await run.assert_all_settled()


# --------------------------------------------------------------------------- connection


async def test_connection_refused(run_agents: Any, sse_server: SSEServer) -> None:
    policy = make_policy(
        sse_server,
        providers={
            "dead": {
                "kind": "openai",
                "base_url": f"http://127.0.0.1:{closed_port()}/v1",
                "api_key_env": "IT_OAI_KEY",
            }
        },
        prices={"dead:m": {"input_per_mtok": 1, "output_per_mtok": 1}},
    )
    run: Run = await run_agents(policy, agent_class(faulty_then_good, model="dead:m"))
    error = run.seen["error"]
    assert isinstance(error, ProviderConnectError)
    assert error.partial.text == ""
    # Retried as "connect" (in the default retry_on): three attempts, each counted, none charged.
    assert [(e.outcome, e.cost) for e in run.settled][:3] == [("error", 0)] * 3
    assert_after_ok(run)
    await run.assert_all_settled()


async def test_missing_key_releases_the_reservation(
    run_agents: Any, sse_server: SSEServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IT_NOKEY", raising=False)
    policy = make_policy(
        sse_server,
        providers={
            "nokey": {"kind": "openai", "base_url": sse_server.base_url, "api_key_env": "IT_NOKEY"}
        },
        prices={"nokey:m": {"input_per_mtok": 1, "output_per_mtok": 1}},
    )

    async def keyless_then_good(agent: Agent, seen: dict[str, Any]) -> None:
        try:
            seen["result"] = await agent.llm("Hi", model="nokey:m")  # one call's own model
        except ProviderError as exc:
            seen["error"] = exc
        seen["after"] = await agent.llm("Again", model="oai:big")

    run: Run = await run_agents(policy, agent_class(keyless_then_good))
    error = run.seen["error"]
    assert isinstance(error, ProviderConfigError)
    assert "IT_NOKEY" in str(error)
    assert_after_ok(run)
    await run.assert_all_settled()
    # An agent whose own default model cannot run is bad input, found before anything runs
    # (not a crash its supervisor would restart it over).
    with pytest.raises(BaseExceptionGroup) as raised:  # the test harness's task group
        await run_agents(policy, agent_class(faulty_then_good, model="nokey:m"))
    assert raised.group_contains(
        ConfigurationError,
        match=r"The agent 'worker' \(Worker\) uses the model 'nokey:m', which cannot run: .*IT_NOKEY",
    )
    assert len(sse_server.observed) == 1  # only the first run's good call reached the server


# --------------------------------------------------------------------------- broken streams


async def test_stream_stops_midway_settles_the_estimate(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=long_openai(), drop_after=6), OK)
    run: Run = await run_agents(make_policy(sse_server), agent_class(faulty_then_good))
    error = run.seen["error"]
    assert isinstance(error, StreamInterrupted)
    partial: LLMResult = error.partial
    assert partial.text == "The capital of Mexico is"
    assert partial.usage.estimated
    first = run.settled[0]
    assert first.outcome == "error"
    # No usage arrived: 5 deltas, 24 chars -> 6 tokens estimated, + 10% margin rounded up.
    assert first.output_tokens == 6 + 1
    assert first.cost == partial.cost == cost_of("oai:big", first.input_tokens, 7)
    assert len(sse_server.observed) == 2  # not retried: output was generated
    assert_after_ok(run)
    await run.assert_all_settled()


async def test_stream_stops_midway_retried_when_policy_lists_interrupted(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=long_openai(), drop_after=6), OK, OK)
    policy = make_policy(
        sse_server, retries={**FAST_RETRIES, "retry_on": ["interrupted", "connect"]}
    )
    run: Run = await run_agents(policy, agent_class(faulty_then_good))
    assert run.seen["result"].text == "The capital of Mexico is Mexico City."
    assert [e.outcome for e in run.settled] == ["error", "ok", "ok"]
    assert run.settled[0].cost > 0  # the interrupted attempt is paid for, and accounted
    await run.assert_all_settled()


@pytest.mark.parametrize("retry_on", [["unavailable"], ["interrupted"]])
async def test_anthropic_overloaded_midstream(
    run_agents: Any, sse_server: SSEServer, retry_on: list[str]
) -> None:
    sse_server.enqueue(Scenario.fixture("anthropic_error_midstream.sse"), Scenario(), OK)

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        try:
            seen["result"] = await agent.llm("Hi", model="ant:claude")
        except ProviderError as exc:
            seen["error"] = exc
        seen["after"] = await agent.llm("Again", model="oai:big")

    policy = make_policy(sse_server, retries={**FAST_RETRIES, "retry_on": retry_on})
    run: Run = await run_agents(policy, agent_class(body))
    first = run.settled[0]
    assert first.outcome == "error"
    # Settled at what was consumed: the reported prompt (11) and the estimate of "Hello",
    # ceil(5 / 4) = 2 tokens (Anthropic's interim output count of 1 is below it), + 1 margin.
    assert first.input_tokens == 11
    assert first.output_tokens == 2 + 1
    assert first.cost == cost_of("ant:claude", 11, 3)
    if retry_on == ["unavailable"]:
        # Output was generated, so the overloaded error is not retried as "unavailable".
        error = run.seen["error"]
        assert isinstance(error, ProviderStreamError)
        assert error.error_type == "overloaded_error"
        assert error.partial.text == "Hello"
        assert error.partial.cost == first.cost
    else:
        assert run.seen["result"].text == "Hello there!"
        assert run.settled[1].outcome == "ok"
    assert_after_ok(run)
    await run.assert_all_settled()


async def test_overloaded_error_before_output_is_retried(
    run_agents: Any, sse_server: SSEServer
) -> None:
    events = load_events("anthropic_error_midstream.sse")
    del events[2]  # the text delta: the error comes before any output
    sse_server.enqueue(Scenario(events=events), Scenario(), OK)

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        seen["result"] = await agent.llm("Hi", model="ant:claude")

    run: Run = await run_agents(make_policy(sse_server), agent_class(body))
    assert run.seen["result"].text == "Hello there!"
    assert [e.outcome for e in run.settled] == ["error", "ok"]
    await run.assert_all_settled()


async def test_malformed_json_chunk(run_agents: Any, sse_server: SSEServer) -> None:
    sse_server.enqueue(Scenario(events=long_openai(), malformed_at=4), OK)
    run: Run = await run_agents(make_policy(sse_server), agent_class(faulty_then_good))
    error = run.seen["error"]
    assert isinstance(error, MalformedResponse)
    assert error.partial.text == "The capital of"
    assert len(sse_server.observed) == 2  # never retried
    assert sse_server.observed[0].client_closed
    assert_after_ok(run)
    await run.assert_all_settled()


async def test_stream_that_never_ends_hits_the_chunk_timeout(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=long_openai(), hang_after=5), OK)
    run: Run = await run_agents(
        make_policy(sse_server), agent_class(faulty_then_good, chunk_timeout=1.0)
    )
    error = run.seen["error"]
    assert isinstance(error, ProviderTimeout)
    assert error.kind == "chunk"
    assert error.partial.text == "The capital of Mexico"
    assert sse_server.observed[0].client_closed
    assert run.settled[0].outcome == "error"
    assert run.settled[0].output_tokens > 0
    assert_after_ok(run)
    await run.assert_all_settled()


async def test_slow_server_hits_the_call_timeout(run_agents: Any, sse_server: SSEServer) -> None:
    sse_server.enqueue(Scenario(events=long_openai(), delay=0.05), OK)
    run: Run = await run_agents(
        make_policy(sse_server), agent_class(faulty_then_good, timeout=0.4, chunk_timeout=5.0)
    )
    error = run.seen["error"]
    assert isinstance(error, ProviderTimeout)
    assert error.kind == "call"
    assert error.partial.text
    assert sse_server.observed[0].client_closed
    await run.assert_all_settled()


async def test_slow_server_within_limits_completes(run_agents: Any, sse_server: SSEServer) -> None:
    sse_server.enqueue(
        Scenario.fixture("openai_chat_text_usage.sse", delay=0.02, headers_delay=0.1), OK
    )
    run: Run = await run_agents(
        make_policy(sse_server), agent_class(faulty_then_good, chunk_timeout=1.0, timeout=5.0)
    )
    assert run.seen["result"].cost == cost_of("oai:big", 14, 8)
    await run.assert_all_settled()


async def test_headers_never_come_timeout_before_any_byte_is_retried(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(headers_delay=5.0), OK, OK)
    policy = make_policy(sse_server, retries={**FAST_RETRIES, "retry_on": ["timeout"]})
    run: Run = await run_agents(policy, agent_class(faulty_then_good, chunk_timeout=0.2))
    assert run.seen["result"].text == "The capital of Mexico is Mexico City."
    assert next((e.outcome, e.cost) for e in run.settled) == ("error", 0)
    await run.assert_all_settled()
