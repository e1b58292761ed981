"""The scripted provider, the router, retry helpers and secret handling."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

import anyio
import pytest
import structlog.testing

from supervisor._providers import (
    AnthropicProvider,
    Finished,
    LLMRequest,
    MalformedResponse,
    ModelRouter,
    OpenAIChatProvider,
    OpenAIResponsesProvider,
    Provider,
    ProviderConfig,
    ProviderConfigError,
    ProviderConnectError,
    ProviderStreamError,
    ProviderTimeout,
    ProviderUnavailable,
    RateLimited,
    ScriptedFault,
    ScriptedProvider,
    ScriptedToolCall,
    StreamEvent,
    StreamInterrupted,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    Turn,
    UnknownProvider,
    UsageReport,
    parse_retry_after,
    retry_delay,
)

if TYPE_CHECKING:
    from .sse_server import SSEServer


def request(model: str = "writer", **options: Any) -> LLMRequest:
    options.setdefault("messages", [{"role": "user", "content": "Write."}])
    options.setdefault("max_tokens", 1000)
    return LLMRequest(model=model, **options)


async def collect(provider: Provider, req: LLMRequest) -> list[StreamEvent]:
    with anyio.fail_after(10):
        async with provider.stream(req) as events:
            return [event async for event in events]


async def drain_into(provider: Provider, req: LLMRequest, received: list[StreamEvent]) -> None:
    with anyio.fail_after(10):
        async with provider.stream(req) as events:
            async for event in events:
                received.append(event)  # noqa: PERF401  # keep what came before a failure


# --------------------------------------------------------------------------- scripted


async def test_scripted_streams_text_usage_and_finish() -> None:
    provider = ScriptedProvider({"writer": ["one two three four"]}, tokens_per_second=10_000)
    events = await collect(provider, request())
    assert [e.text for e in events if isinstance(e, TextDelta)] == [
        "one ",
        "two ",
        "three ",
        "four",
    ]
    usage = events[-2]
    assert isinstance(usage, UsageReport)
    assert usage.final
    assert usage.output_tokens == 5  # 1 + 1 + 2 + 1 by chars/4 per piece
    assert usage.input_tokens > 0
    assert events[-1] == Finished("stop", raw_reason="stop")
    assert provider.requests == [request()]


async def test_scripted_pacing_follows_tokens_per_second() -> None:
    text = "word " * 40  # 40 pieces of 2 tokens each
    provider = ScriptedProvider({"writer": [text]}, tokens_per_second=2000.0)
    start = anyio.current_time()
    await collect(provider, request())
    elapsed = anyio.current_time() - start
    assert 0.035 <= elapsed < 1.0  # 80 tokens at 2000/s is 40 ms


async def test_scripted_tool_calls_and_cycle() -> None:
    provider = ScriptedProvider(
        {
            "coder": [
                Turn(tool_calls=[ScriptedToolCall("run_tests", {"path": "tests/"})]),
                Turn("All tests pass.", input_tokens=50, output_tokens=4),
            ]
        },
        tokens_per_second=10_000,
    )
    first = await collect(provider, request("coder"))
    assert [e for e in first if isinstance(e, ToolCallDelta)] == [
        ToolCallDelta(0, "call_0_0", "run_tests", '{"path":"tests/"}')
    ]
    calls = [e for e in first if isinstance(e, ToolCall)]
    assert calls[0].parsed_arguments() == {"path": "tests/"}
    assert first[-1] == Finished("tool_calls", raw_reason="tool_calls")
    second = await collect(provider, request("coder"))
    assert UsageReport(50, 4) in second
    third = await collect(provider, request("coder"))  # cycles: a looping agent
    assert next(e for e in third if isinstance(e, ToolCall)).name == "run_tests"
    assert provider.turns_played("coder") == 3


async def test_scripted_max_tokens_truncates_with_length() -> None:
    provider = ScriptedProvider({"writer": ["word " * 100]}, tokens_per_second=10_000)
    events = await collect(provider, request(max_tokens=10))
    assert sum(isinstance(e, TextDelta) for e in events) == 5
    assert events[-1] == Finished("length", raw_reason="length")


async def test_scripted_callable_script_sees_request() -> None:
    def echo(req: LLMRequest, number: int) -> str:
        return f"turn {number}: {req.messages[-1]['content']}"

    provider = ScriptedProvider({"echo": echo}, tokens_per_second=10_000)
    events = await collect(provider, request("echo"))
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "turn 0: Write."


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("rate_limited", RateLimited),
        ("unavailable", ProviderUnavailable),
        ("connect", ProviderConnectError),
        ("interrupt", StreamInterrupted),
        ("stream_error", ProviderStreamError),
        ("malformed", MalformedResponse),
    ],
)
async def test_scripted_faults(kind: str, error: type[Exception]) -> None:
    fault = ScriptedFault(kind, after_chunks=2, retry_after=1.5)  # type: ignore[arg-type]
    provider = ScriptedProvider({"m": [Turn("a b c d", fault=fault)]}, tokens_per_second=10_000)
    received: list[StreamEvent] = []
    with pytest.raises(error):
        await drain_into(provider, request("m"), received)
    if kind in ("rate_limited", "unavailable", "connect"):
        assert received == []
    else:
        assert [e.text for e in received if isinstance(e, TextDelta)] == ["a ", "b "]
        assert not [e for e in received if isinstance(e, UsageReport)]


async def test_scripted_hang_hits_chunk_timeout() -> None:
    fault = ScriptedFault("hang", after_chunks=1)
    provider = ScriptedProvider({"m": [Turn("a b", fault=fault)]}, tokens_per_second=10_000)
    with pytest.raises(ProviderTimeout) as caught:
        await collect(provider, request("m", chunk_timeout=0.05))
    assert caught.value.kind == "chunk"


async def test_scripted_slow_answer_hits_call_timeout() -> None:
    provider = ScriptedProvider({"m": ["word " * 50]}, tokens_per_second=500)
    with pytest.raises(ProviderTimeout) as caught:
        await collect(provider, request("m", timeout=0.05))
    assert caught.value.kind == "call"


async def test_scripted_from_dict_and_errors() -> None:
    provider = ScriptedProvider.from_dict(
        {
            "tokens_per_second": 10_000,
            "models": {
                "coder": [
                    {"tool_calls": [{"name": "ls", "arguments": {"dir": "."}}]},
                    {"text": "x", "fault": {"kind": "rate_limited", "retry_after": 2}},
                ]
            },
        }
    )
    events = await collect(provider, request("coder"))
    assert next(e for e in events if isinstance(e, ToolCall)).name == "ls"
    with pytest.raises(RateLimited) as caught:
        await collect(provider, request("coder"))
    assert caught.value.retry_after == 2
    with pytest.raises(ProviderConfigError, match=r"models\.coder\[0\] has unknown fields"):
        ScriptedProvider.from_dict({"models": {"coder": [{"txt": "typo"}]}})
    with pytest.raises(ProviderConfigError, match="non-empty 'models'"):
        ScriptedProvider.from_dict({})
    with pytest.raises(ProviderConfigError, match="no script for model 'other'"):
        await collect(provider, request("other"))
    exhausted = ScriptedProvider({"m": ["x"]}, on_exhausted="error", tokens_per_second=10_000)
    await collect(exhausted, request("m"))
    with pytest.raises(ProviderConfigError, match="all were played"):
        await collect(exhausted, request("m"))


async def test_scripted_cut_closes_the_stream() -> None:
    provider = ScriptedProvider({"writer": ["word " * 1000]}, tokens_per_second=100_000)
    async with provider.stream(request()) as events:
        async for event in events:
            assert isinstance(event, TextDelta)
            break
    await provider.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await collect(provider, request())


# --------------------------------------------------------------------------- router


async def test_router_resolves_refs_and_reuses_providers() -> None:
    scripted = ScriptedProvider({"researcher": ["x"]})
    router = ModelRouter(
        {
            "openai": {"kind": "openai"},
            "anthropic": ProviderConfig(kind="anthropic"),
            "local": {"kind": "local", "base_url": "http://127.0.0.1:11434/v1"},
            "resp": {"kind": "openai-responses"},
        },
        providers={"scripted": scripted},
    )
    try:
        provider, model = router.resolve("openai:gpt-4o-mini")
        assert isinstance(provider, OpenAIChatProvider)
        assert model == "gpt-4o-mini"
        assert router.resolve("openai:gpt-4o")[0] is provider
        assert isinstance(router.resolve("anthropic:claude-3-5-haiku")[0], AnthropicProvider)
        local, model = router.resolve("local:llama3:8b")
        assert isinstance(local, OpenAIChatProvider)
        assert (local.name, model) == ("local", "llama3:8b")
        assert isinstance(router.resolve("resp:gpt-4.1")[0], OpenAIResponsesProvider)
        assert router.resolve("scripted:researcher") == (scripted, "researcher")
    finally:
        await router.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        router.resolve("openai:gpt-4o")


async def test_router_unknown_prefix_names_configured_ones() -> None:
    router = ModelRouter(
        {"openai": {"kind": "openai"}}, providers={"scripted": ScriptedProvider({"m": ["x"]})}
    )
    with pytest.raises(UnknownProvider, match=r"configured providers are \['openai', 'scripted'\]"):
        router.resolve("mistral:large")
    with pytest.raises(UnknownProvider, match="provider:model"):
        router.resolve("gpt-4o")
    await router.aclose()


@pytest.mark.parametrize(
    ("configured", "model", "hint"),
    [
        (["anthropic", "openai"], "gpt-4o", "most likely 'openai:gpt-4o'."),
        (
            ["anthropic", "openai"],
            "claude-sonnet-4-5",
            "most likely 'anthropic:claude-sonnet-4-5'.",
        ),
        (["local"], "llama3.1:8b", None),  # a colon: read as provider 'llama3.1'
        (["local"], "qwen2.5-coder", "most likely 'local:qwen2.5-coder'."),
        (["local", "vllm"], "gpt-4o", "with one of the configured providers (local, vllm)."),
    ],
)
async def test_a_model_given_without_its_provider_is_answered_with_the_ref_meant(
    configured: list[str], model: str, hint: str | None
) -> None:
    """Before, a bare "gpt-4o" was told only that a ref is 'provider:model'; the provider its
    name implies (or the only one configured) is now named."""
    router = ModelRouter({name: {"kind": "openai", "api_key_env": "NOPE"} for name in configured})
    with pytest.raises(UnknownProvider) as caught:
        router.check(model)
    message = str(caught.value)
    assert "provider:model" in message or "not configured" in message
    if hint is not None:
        assert hint in message
    await router.aclose()


async def test_router_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    router = ModelRouter({"openai": {"kind": "openai", "api_key_env": "MY_OPENAI_KEY"}})
    with pytest.raises(ProviderConfigError, match="MY_OPENAI_KEY is not set"):
        router.resolve("openai:gpt-4o")
    await router.aclose()


def test_provider_config_errors() -> None:
    with pytest.raises(ProviderConfigError, match="Unknown provider kind 'mistral'"):
        ProviderConfig.from_mapping({"kind": "mistral"}, name="x")
    with pytest.raises(ProviderConfigError, match=r"providers\.x has unknown fields \['url'\]"):
        ProviderConfig.from_mapping({"kind": "openai", "url": "u"}, name="x")
    with pytest.raises(ProviderConfigError, match="needs base_url"):
        ProviderConfig(kind="local")
    with pytest.raises(ProviderConfigError, match="needs a kind"):
        ProviderConfig.from_mapping({}, name="x")


async def test_router_scripted_from_config() -> None:
    router = ModelRouter(
        {
            "demo": {
                "kind": "scripted",
                "script": {"tokens_per_second": 10_000, "models": {"w": ["hi"]}},
            }
        }
    )
    provider, model = router.resolve("demo:w")
    events = await collect(provider, request(model))
    assert isinstance(events[0], TextDelta)
    await router.aclose()


# --------------------------------------------------------------------------- secrets


async def test_secrets_never_in_repr_or_logs(sse_server: SSEServer) -> None:
    secret = "sk-very-secret-value-42"
    config = ProviderConfig(kind="openai", api_key=secret, base_url=sse_server.base_url)
    router = ModelRouter(
        {"openai": config, "anthropic": ProviderConfig(kind="anthropic", api_key=secret)}
    )
    with structlog.testing.capture_logs() as logs:
        try:
            provider, model = router.resolve("openai:gpt-4o")
            anthropic, _ = router.resolve("anthropic:claude")
            events = await collect(provider, request(model))
            shown = [repr(config), str(config), repr(router), repr(provider), repr(anthropic)]
        finally:
            await router.aclose()
    assert isinstance(events[-1], Finished)
    # The key did reach the server, and nowhere else.
    assert sse_server.observed[0].headers["authorization"] == f"Bearer {secret}"
    for text in [*shown, repr(logs)]:
        assert secret not in text
    assert "api_key='***'" in repr(provider)


# --------------------------------------------------------------------------- retry helpers


def test_retry_delay_backoff_and_retry_after() -> None:
    error = ProviderUnavailable("down")
    assert [retry_delay(error, n) for n in (1, 2, 3)] == [0.5, 1.0, 2.0]
    assert retry_delay(error, 20, cap=30.0) == 30.0
    assert retry_delay(RateLimited("slow", retry_after=10.0), 1) == 10.0
    jittered = retry_delay(error, 3, rng=random.Random(1))
    assert jittered is not None
    assert 0.0 <= jittered <= 2.0
    assert retry_delay(ValueError("x"), 1) is None
    assert retry_delay(MalformedResponse("x"), 1) is None


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after({"Retry-After": "3"}) == 3.0
    assert parse_retry_after({"retry-after-ms": "250"}) == 0.25
    assert (
        parse_retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:10 GMT"}, now=1445412480.0)
        == 10.0
    )
    assert parse_retry_after({"retry-after": "soon"}) is None
    assert parse_retry_after({}) is None


def test_errors_join_the_package_tree() -> None:
    from supervisor._exceptions import ConfigurationError, SupervisorError

    assert issubclass(RateLimited, SupervisorError)
    assert issubclass(UnknownProvider, ConfigurationError)


async def test_a_router_takes_a_policys_provider_sections_as_they_are() -> None:
    """`ModelRouter(policy.providers)`, the natural line in a program, failed with "providers.
    local has unknown fields [('api_key', None), ('base_url', ...), ...]; known fields are
    ['api_key', ...]": a policy's sections are pydantic models, iterated as pairs."""
    from policies import load_policy_text

    policy = load_policy_text(
        '[providers.local]\nkind = "local"\nbase_url = "http://127.0.0.1:11434/v1"\n'
        "timeout = 30\nchunk_timeout = 5\n",
        source="p.toml",
    )
    for router in (ModelRouter(policy.providers), ModelRouter.from_policy(policy)):
        try:
            provider, model = router.resolve("local:llama3.2")
            assert isinstance(provider, OpenAIChatProvider)
            assert (provider.name, model) == ("local", "llama3.2")
        finally:
            await router.aclose()
    # from_policy keeps the default providers beside the policy's, as `supervise run` does.
    assert ModelRouter.from_policy(policy).names == ["anthropic", "local", "openai"]
    assert ModelRouter(policy.providers).names == ["local"]
