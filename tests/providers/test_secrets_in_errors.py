"""A server that echoes the request in its errors: the provider's error text, shown to the
agent, logged and audited, never carries the key (even one of no known shape), and no repr
shows a base URL's password."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

import anyio
import pytest

from supervisor._providers import (
    AnthropicProvider,
    AuthenticationFailed,
    LLMRequest,
    OpenAIChatProvider,
    ProviderConfig,
    ProviderConnectError,
    ProviderError,
    ProviderStreamError,
)

from .sse_server import Scenario, build_provider

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from supervisor._providers import Provider

    from .sse_server import SSEServer

#: A local server's key: no pattern knows its shape, only the provider that holds it does.
KEY = "opaque-server-key-7Q"


@pytest.fixture
async def provider(kind: str, sse_server: SSEServer) -> AsyncIterator[Provider]:
    """The provider for ``kind`` (see conftest), with the local server's key."""
    built = build_provider(kind, sse_server, api_key=KEY)
    try:
        yield built
    finally:
        await built.aclose()


async def drain(provider: Provider) -> None:
    request = LLMRequest(model="m", messages=[{"role": "user", "content": "Hi"}], max_tokens=10)
    with anyio.fail_after(10):
        async with provider.stream(request) as events:
            async for _ in events:
                pass


async def fail(provider: Provider) -> ProviderError:
    with pytest.raises(ProviderError) as caught:
        await drain(provider)
    return caught.value


def shown(error: BaseException) -> str:
    return " ".join([str(error), repr(error), getattr(error, "message", ""), *map(str, error.args)])


async def test_a_401_that_echoes_the_key_is_quoted_without_it(
    kind: str, provider: Provider, sse_server: SSEServer
) -> None:
    echoed = f"invalid key {KEY}; you sent Authorization: Bearer {KEY} and x-api-key: {KEY}"
    sse_server.enqueue(
        Scenario(
            status=401,
            body={"type": "error", "error": {"type": "authentication_error", "message": echoed}},
        )
    )
    error = await fail(provider)
    assert isinstance(error, AuthenticationFailed)
    seen = sse_server.observed[0].headers
    assert KEY in (seen.get("authorization", "") + seen.get("x-api-key", ""))  # it was sent
    assert KEY not in shown(error)
    assert "invalid key [redacted]" in error.message  # what the server said is still there


async def test_an_error_event_midstream_that_echoes_the_key_is_quoted_without_it(
    sse_server: SSEServer,
) -> None:
    event = f'data: {{"error": {{"message": "bad key {KEY}", "type": "server_error"}}}}\n\n'
    sse_server.enqueue(Scenario.fixture("openai_chat_text_usage.sse", insert=[(3, event)]))
    provider = OpenAIChatProvider(api_key=KEY, base_url=sse_server.base_url)
    try:
        error = await fail(provider)
    finally:
        await provider.aclose()
    assert isinstance(error, ProviderStreamError)
    assert KEY not in shown(error)
    assert "bad key [redacted]" in error.message


async def test_no_repr_shows_a_base_urls_password_or_query_key(sse_server: SSEServer) -> None:
    url = f"http://svc:pw-secret-9Z@127.0.0.1:{sse_server.port}/v1?api_key=qk-secret-8Y"
    config = ProviderConfig(kind="local", base_url=url, api_key=KEY)
    chat = OpenAIChatProvider(api_key=KEY, base_url=url)
    claude = AnthropicProvider(api_key=KEY, base_url=url)
    try:
        texts = [repr(config), str(config), repr(chat), repr(claude)]
    finally:
        await chat.aclose()
        await claude.aclose()
    for text in texts:
        for secret in ("pw-secret-9Z", "qk-secret-8Y", KEY):
            assert secret not in text
        assert "127.0.0.1" in text  # where it points is still shown


def test_a_key_given_as_the_variables_name_is_refused_unquoted() -> None:
    from supervisor._providers import ProviderConfigError

    with pytest.raises(ProviderConfigError) as caught:
        ProviderConfig(kind="openai", api_key_env=KEY)
    assert KEY not in str(caught.value)
    assert "name of an environment variable" in str(caught.value)


async def test_a_401_that_echoes_the_key_where_the_quote_is_cut_leaks_none_of_it(
    kind: str, sse_server: SSEServer
) -> None:
    # The error quotes the first 300 characters of what the server said: a key echoed across
    # that cut is quoted in part, and the part is no longer the whole key the provider looks
    # for. A long local key, its first half before the cut.
    key = "opaque-long-local-key-" + "7Q3x9Wm2Kp5Rt8Lz4Nv6Bc1Hd0Fg"
    said = "x" * 280
    echoed = f"{said} key {key}"  # the cut falls inside the key
    assert 300 - len(key) < echoed.index(key) < 300
    built = build_provider(kind, sse_server, api_key=key)
    sse_server.enqueue(
        Scenario(
            status=401,
            body={"type": "error", "error": {"type": "authentication_error", "message": echoed}},
        )
    )
    try:
        error = await fail(built)
    finally:
        await built.aclose()
    assert isinstance(error, AuthenticationFailed)
    text = shown(error)
    assert key[:12] not in text  # no part of the key: its first 12 characters least of all


async def test_a_base_url_with_a_query_key_is_not_quoted_when_no_server_answers() -> None:
    # Google's APIs take their key as "?key=...": a base URL that carries one is quoted by
    # the provider's repr and by the error when nothing answers there (refused: a port no
    # server listens on), an error the agent shows, logs and audits.
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        port = taken.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1?key=qk-secret-8Y"
    for provider in (
        OpenAIChatProvider(api_key=KEY, base_url=url),
        AnthropicProvider(api_key=KEY, base_url=url),
    ):
        try:
            error = await fail(provider)
            texts = [repr(provider), shown(error)]
        finally:
            await provider.aclose()
        assert isinstance(error, ProviderConnectError)
        for text in texts:
            assert "qk-secret-8Y" not in text
            assert f"127.0.0.1:{port}" in text


@pytest.mark.parametrize("make", [OpenAIChatProvider, AnthropicProvider])
async def test_a_plain_text_401_that_echoes_the_key_where_the_quote_is_cut_leaks_none_of_it(
    sse_server: SSEServer, make: type[OpenAIChatProvider | AnthropicProvider]
) -> None:
    # A proxy's or a local server's error as plain text (not JSON), the key across the point
    # where the quote of it is cut.
    key = "opaque-long-local-key-" + "7Q3x9Wm2Kp5Rt8Lz4Nv6Bc1Hd0Fg"
    body = f"{'x' * 280} key {key}".encode()
    head = (
        f"HTTP/1.1 401 Unauthorized\ncontent-type: text/plain\ncontent-length: {len(body)}\n"
        "connection: close\n"
    )
    sse_server.enqueue(Scenario(raw=[head.replace("\n", "\r\n").encode() + b"\r\n" + body]))
    provider = make(api_key=key, base_url=sse_server.base_url)
    try:
        error = await fail(provider)
    finally:
        await provider.aclose()
    assert isinstance(error, AuthenticationFailed)
    assert "x" * 200 in error.message  # what the server said is quoted
    assert key[:12] not in shown(error)
