"""Asking for reasoning (``LLMRequest.reasoning``) on the wire: the real SDK clients against the
local server over a real socket, on both backends.

OpenAI Chat Completions takes ``reasoning_effort``, the Responses API ``reasoning.effort`` and
Anthropic ``thinking: {"type": "enabled", "budget_tokens": N}``. A request Anthropic would
reject (a temperature beside thinking, a budget not below ``max_tokens``) is refused before
anything is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import pytest

from supervisor._providers import (
    AnthropicProvider,
    InvalidRequest,
    LLMRequest,
    OpenAIChatProvider,
    ScriptedProvider,
    TextDelta,
)
from supervisor._providers._base import reasoning_budget, reasoning_effort, reasoning_problem

if TYPE_CHECKING:
    from supervisor._providers import Provider, Reasoning

    from .sse_server import SSEServer


def request(**options: Any) -> LLMRequest:
    options.setdefault("model", "m")
    options.setdefault("messages", [{"role": "user", "content": "Hi"}])
    options.setdefault("max_tokens", 8000)
    options.setdefault("timeout", 10.0)
    options.setdefault("chunk_timeout", 5.0)
    return LLMRequest(**options)


async def sent_body(provider: Provider, sse_server: SSEServer, req: LLMRequest) -> dict[str, Any]:
    """Stream ``req`` to the end and return the request body the server received."""
    with anyio.fail_after(15):
        async with provider.stream(req) as events:
            assert any([isinstance(e, TextDelta) async for e in events])
    return sse_server.observed[-1].body


#: (reasoning asked, OpenAI effort sent, Anthropic budget sent)
CASES: list[tuple[Reasoning, str, int]] = [
    ("minimal", "minimal", 1024),
    ("low", "low", 1024),
    ("medium", "medium", 2048),
    ("high", "high", 4096),
    (1024, "low", 1024),
    (2047, "low", 2047),
    (2048, "medium", 2048),
    (4095, "medium", 4095),
    (4096, "high", 4096),
    (6000, "high", 6000),
]


@pytest.mark.parametrize(("reasoning", "effort", "budget"), CASES)
async def test_reasoning_is_sent_in_each_providers_field(
    kind: str,
    provider: Provider,
    sse_server: SSEServer,
    reasoning: Reasoning,
    effort: str,
    budget: int,
) -> None:
    body = await sent_body(provider, sse_server, request(reasoning=reasoning))
    if kind == "chat":
        assert body["reasoning_effort"] == effort
        assert "reasoning" not in body
    elif kind == "responses":
        assert body["reasoning"] == {"effort": effort}
        assert "reasoning_effort" not in body
    else:
        assert body["thinking"] == {"type": "enabled", "budget_tokens": budget}
        assert body["max_tokens"] == 8000  # the cap the reservation was made for, unchanged
        assert "temperature" not in body


@pytest.mark.parametrize("reasoning", [None, 0])
async def test_no_reasoning_sends_no_field(
    provider: Provider, sse_server: SSEServer, reasoning: Reasoning | None
) -> None:
    body = await sent_body(provider, sse_server, request(reasoning=reasoning, temperature=0.5))
    assert not {"reasoning_effort", "reasoning", "thinking"} & set(body)
    assert body["temperature"] == 0.5


async def test_openai_keeps_a_temperature_beside_reasoning(sse_server: SSEServer) -> None:
    """The provider sends what it is given; the agent refuses the pair before this (and a
    compatible server's reasoning model may take a temperature)."""
    provider = OpenAIChatProvider(base_url=sse_server.base_url)
    try:
        body = await sent_body(provider, sse_server, request(reasoning="low", temperature=0.3))
    finally:
        await provider.aclose()
    assert body["reasoning_effort"] == "low"
    assert body["temperature"] == 0.3


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"reasoning": "low", "temperature": 0.2}, "does not take a temperature"),
        ({"reasoning": 2048, "max_tokens": 2048}, "must be below max_tokens (2048)"),
        ({"reasoning": "high", "max_tokens": 3000}, "thinking budget of 4096 tokens"),
    ],
)
async def test_anthropic_refuses_what_the_api_would_reject_before_sending(
    sse_server: SSEServer, options: dict[str, Any], says: str
) -> None:
    provider = AnthropicProvider(base_url=sse_server.root_url)
    try:
        with anyio.fail_after(10), pytest.raises(InvalidRequest) as caught:
            await sent_body(provider, sse_server, request(**options))
    finally:
        await provider.aclose()
    assert says in str(caught.value)
    assert "Nothing was sent" in str(caught.value)
    assert not caught.value.retryable
    assert sse_server.observed == []  # not a byte reached the server


def test_the_mapping_helpers() -> None:
    assert [reasoning_budget(r) for r in (None, 0, "minimal", "low", "medium", "high", 5000)] == [
        0,
        0,
        1024,
        1024,
        2048,
        4096,
        5000,
    ]
    assert [reasoning_effort(r) for r in ("minimal", 1024, 2047, 2048, 4096, 100_000)] == [
        "minimal",
        "low",
        "low",
        "medium",
        "high",
        "high",
    ]
    for fine in (None, 0, 1024, 50_000, "minimal", "low", "medium", "high"):
        assert reasoning_problem(fine) is None
    assert "below the smallest one (1024" in str(reasoning_problem(500))
    assert "not an effort level" in str(reasoning_problem("max"))
    assert "neither an effort level" in str(reasoning_problem(True))
    assert "neither an effort level" in str(reasoning_problem(2.5))
    assert "below the smallest" in str(reasoning_problem(-1))


async def test_the_scripted_provider_takes_reasoning_and_ignores_it() -> None:
    """The offline provider plays its script as it is; the request is kept for a test to see."""
    provider = ScriptedProvider({"m": ["one two three"]}, tokens_per_second=10_000)
    with anyio.fail_after(10):
        async with provider.stream(request(reasoning="high")) as events:
            text = "".join([e.text async for e in events if isinstance(e, TextDelta)])
    assert text == "one two three"
    assert provider.requests[0].reasoning == "high"
