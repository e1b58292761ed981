"""Opening a Redis store says what is wrong: not there, there but refusing, or not Redis.

Before, all three said "Redis at HOST:PORT cannot be reached (...). Start Redis there", which is
the wrong fix for a database number out of range, a password Redis does not take, or a port
where another server listens. Uses the Redis on 127.0.0.1:6379 (a refused SELECT touches no key)
real TCP servers that close each connection, answer in another protocol or say nothing, and a
private ``redis-server`` that needs a password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import anyio
import pytest

from supervisor._store import RedisStore, StoreUnavailable

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable


async def _refusal_from(
    handler: Callable[[anyio.abc.SocketStream], Awaitable[None]], *, store_timeout: float
) -> tuple[int, str]:
    """Opens a store against a local TCP server whose connections ``handler`` serves: the
    server's port and the :class:`StoreUnavailable` message the open ends with."""
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    async with listener, anyio.create_task_group() as tg:
        port = listener.extra(anyio.abc.SocketAttribute.local_port)
        tg.start_soon(listener.serve, handler)
        with anyio.fail_after(10), pytest.raises(StoreUnavailable) as caught:
            async with RedisStore(
                port=port, connect_timeout=store_timeout, timeout=store_timeout, prefix="x"
            ):
                pass
        tg.cancel_scope.cancel()
    return port, str(caught.value)


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

    port, message = await _refusal_from(close_at_once, store_timeout=2)
    assert f"Something at 127.0.0.1:{port} took the connection but did not answer like Redis" in (
        message
    )
    assert "Check the port in the store URL" in message


@pytest.fixture
def redis_with_password(redis_server: Callable[..., int]) -> int:
    """A private ``redis-server`` that needs the password ``s3cret-pw`` (the shared one is left
    alone); its port."""
    return redis_server("--requirepass", "s3cret-pw")


async def test_a_redis_that_needs_a_password_says_so(redis_with_password: int) -> None:
    """Before, a store URL without the password that Redis asks for ended the run with
    ``unexpected error: RespError: NOAUTH Authentication required.`` (exit 1): Redis's NOAUTH
    reply escaped as it was, not as the store being unavailable."""
    with anyio.fail_after(10), pytest.raises(StoreUnavailable) as caught:
        async with RedisStore(port=redis_with_password, prefix="never-written"):
            pass
    message = str(caught.value)
    assert f"Redis at 127.0.0.1:{redis_with_password} needs a password" in message
    assert "redis://:PASSWORD@host:port/db" in message
    assert "Start Redis" not in message


async def test_a_server_that_answers_in_another_protocol_is_named_as_such() -> None:
    """An SSH or HTTP server on the port answers, but not in Redis's protocol. Before, the
    message said Redis "cannot be reached (Redis sent a reply this client cannot read (type
    byte 83).)" and told the operator to start Redis there."""

    async def banner(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            await stream.send(b"SSH-2.0-OpenSSH_9.6\r\n")
            await anyio.sleep_forever()

    port, message = await _refusal_from(banner, store_timeout=2)
    assert f"Something at 127.0.0.1:{port} answered, but not like Redis" in message
    assert "SSH-2.0" in message
    assert "Check the port in the store URL" in message
    assert "Start Redis" not in message


async def test_a_server_that_takes_the_connection_and_says_nothing_is_named_as_such() -> None:
    """Before: "Redis at HOST:PORT cannot be reached (TimeoutError) ... Start Redis there",
    though something took the connection."""

    async def silent(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            await anyio.sleep_forever()

    port, message = await _refusal_from(silent, store_timeout=0.5)
    assert f"Something at 127.0.0.1:{port} took the connection but did not answer" in message
    assert "within 0.5 s" in message
    assert "Check the port in the store URL" in message


@pytest.mark.parametrize(
    ("key", "value", "found"),
    [("gen", ["a", "b"], "gen is a list"), ("gen", "not-a-number", "gen holds 'not-a-number'")],
)
async def test_a_prefix_holding_keys_of_another_shape_is_refused_clearly(
    key: str, value: str | list[str], found: str
) -> None:
    """Another program's keys under the prefix (or a ledger of another layout). Before, the
    run ended with "unexpected error: TypeError: int() argument must be ... not 'RespError'"
    or "ValueError: invalid literal for int()" (exit 1). Now it is refused as the SQLite
    store refuses a file that is not a ledger, and nothing under the prefix is changed."""
    import uuid

    import redis
    from tests.store.conftest import cleanup_prefix

    from supervisor._store import StoreCorrupted

    prefix = f"test-{uuid.uuid4().hex[:12]}"
    client = redis.Redis(host="127.0.0.1", port=6379)
    try:
        if isinstance(value, list):
            client.rpush(f"{prefix}:{key}", *value)
        else:
            client.set(f"{prefix}:{key}", value)
        with pytest.raises(StoreCorrupted) as caught:
            async with RedisStore(port=6379, prefix=prefix):
                pass
        assert sorted(k.decode() for k in client.scan_iter(match=f"{prefix}:*")) == [
            f"{prefix}:{key}"
        ]
    finally:
        client.close()
        await cleanup_prefix(prefix)
    message = str(caught.value)
    assert f"The keys under prefix {prefix!r} in Redis at 127.0.0.1:6379 are not a ledger" in (
        message
    )
    assert f"{prefix}:{found}" in message
    assert "give the ledger a prefix of its own" in message


@pytest.fixture
def redis_with_acl_user(redis_server: Callable[..., int]) -> int:
    """A private ``redis-server`` whose default user is off and whose user ``ledger`` has the
    password ``acl-pw`` (as managed Redis services hand out), and ``reader`` (``read-pw``) may
    only read; its port."""
    args = ["--user", "default", "off", "--user", "ledger", "on", ">acl-pw", "~*", "&*", "+@all"]
    args += ["--user", "reader", "on", ">read-pw", "~*", "+@read"]
    args += ["--user", "noscript", "on", ">ns-pw", "~*", "&*", "+@all", "-eval", "-evalsha"]
    args += ["--user", "managed", "on", ">m-pw", "~*", "&*", "+@all", "-config", "-time"]
    return redis_server(*args)


async def test_a_store_url_with_a_user_name_logs_in_as_that_user(redis_with_acl_user: int) -> None:
    """Before, the user name in ``redis://USER:PASSWORD@host`` was dropped: the store sent
    ``AUTH PASSWORD`` for the default user, which Redis refused ("AUTH <password> called
    without any password configured for the default user"), so an ACL user (what managed
    Redis services give) could not be used at all."""
    from policies import Scope
    from policies._ledger import Limits, Reservation
    from policies._scopes import Amounts
    from supervisor._store import open_store

    url = f"redis://ledger:acl-pw@127.0.0.1:{redis_with_acl_user}/0?prefix=acl"
    store = open_store(url, memory=None)
    with anyio.fail_after(10):
        async with store:
            scope = Scope("session", "s")
            await store.set_limit(scope, Limits(cost=10))
            assert isinstance(await store.reserve("c1", [scope], Amounts(cost=4)), Reservation)
            await store.settle("c1", Amounts(cost=3))
            assert (await store.balance(scope)).spent.cost == 3
            async with store.stops() as stops:  # the subscription logs in as the user too
                assert stops is not None


@pytest.mark.parametrize("user", ["reader:read-pw", "noscript:ns-pw"])
async def test_a_user_without_the_permissions_the_ledger_needs_is_told_so(
    redis_with_acl_user: int, user: str
) -> None:
    """Before: "unexpected error: RespError: NOPERM this user has no permissions to run the
    'set' command" (exit 1); a user who may not run scripts got as far as the run's first
    read of the ledger, and ended the same way there."""
    from supervisor._store import open_store

    url = f"redis://{user}@127.0.0.1:{redis_with_acl_user}/0?prefix=acl"
    with anyio.fail_after(10), pytest.raises(StoreUnavailable) as caught:
        async with open_store(url, memory=None):
            pass
    message = str(caught.value)
    assert f"Redis at 127.0.0.1:{redis_with_acl_user} refused to open the store (NOPERM" in message
    assert "permissions" in message
    assert "Start Redis" not in message


async def test_a_user_denied_config_and_time_still_opens(redis_with_acl_user: int) -> None:
    """Managed Redis services deny CONFIG (and some TIME): the store trusts such a Redis's
    eviction setting and uses this host's clock, as before NOPERM became an outage."""
    from supervisor._store import open_store

    url = f"redis://managed:m-pw@127.0.0.1:{redis_with_acl_user}/0?prefix=acl"
    with anyio.fail_after(10):
        async with open_store(url, memory=None) as store:
            assert await store.list_sessions() == []
