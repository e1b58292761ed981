"""Opening a Redis store says what is wrong: not there, there but refusing, or not Redis.

Before, all three said "Redis at HOST:PORT cannot be reached (...). Start Redis there", which is
the wrong fix for a database number out of range, a password Redis does not take, or a port
where another server listens. Uses the Redis on 127.0.0.1:6379 (a refused SELECT touches no key)
and a real TCP server that closes each connection it takes.
"""

from __future__ import annotations

import anyio
import pytest

from supervisor._store import RedisStore, StoreUnavailable


async def test_a_database_number_redis_refuses_is_not_told_to_start_redis() -> None:
    with pytest.raises(StoreUnavailable) as caught:
        async with RedisStore(port=6379, db=999, prefix="never-written"):
            pass
    message = str(caught.value)
    assert "Redis at 127.0.0.1:6379 refused to open the store (ERR" in message
    assert "Check the store URL's database number" in message
    assert "Start Redis" not in message


async def test_a_server_that_is_not_redis_is_named_as_such() -> None:
    async def close_at_once(stream: anyio.abc.SocketStream) -> None:
        await stream.aclose()

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    async with listener, anyio.create_task_group() as tg:
        port = listener.extra(anyio.abc.SocketAttribute.local_port)
        tg.start_soon(listener.serve, close_at_once)
        with pytest.raises(StoreUnavailable) as caught:
            async with RedisStore(port=port, connect_timeout=2, timeout=2, prefix="x"):
                pass
        tg.cancel_scope.cancel()
    message = str(caught.value)
    assert f"Something at 127.0.0.1:{port} took the connection but did not answer like Redis" in (
        message
    )
    assert "Check the port in the store URL" in message
