from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .sse_server import SSEServer

if TYPE_CHECKING:
    from collections.abc import AsyncIterator


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
