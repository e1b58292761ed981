from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .sse_server import SSEServer, build_provider

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from supervisor._providers import Provider


@pytest.fixture
async def sse_server() -> AsyncIterator[SSEServer]:
    """The local fault-injecting SSE server, on a free port, for one test."""
    async with SSEServer.running() as server:
        yield server


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see a real key from the environment; they set their own."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai-0123456789")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-0123456789")


@pytest.fixture(params=["chat", "responses", "anthropic"])
def kind(request: pytest.FixtureRequest) -> str:
    """Each wire format: OpenAI's Chat Completions and Responses APIs, and Anthropic's."""
    return str(request.param)


@pytest.fixture
async def provider(kind: str, sse_server: SSEServer) -> AsyncIterator[Provider]:
    """The provider for ``kind``, talking to the local server."""
    built = build_provider(kind, sse_server)
    try:
        yield built
    finally:
        await built.aclose()
