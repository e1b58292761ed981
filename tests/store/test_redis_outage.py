"""Redis going away and coming back: calls fail closed, nothing runs unaccounted, the store recovers.

The shared Redis on 6379 is never touched: these tests run a private ``redis-server`` on a free
port (with an fsynced append-only file, as a ledger deployment should) and kill it.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
from typing import TYPE_CHECKING

import anyio
import pytest

from policies import DuplicateCall
from policies._ledger import Limits, Reservation
from policies._scopes import Amounts, Scope
from supervisor._store import RedisStore, StopSignal, StoreUnavailable

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server")

SESSION = Scope("session", "s")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivateRedis:
    def __init__(self, directory: Path) -> None:
        self.port = _free_port()
        self.dir = directory
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.dir),
                "--save",
                "",
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            subprocess.run(["sleep", "0.02"], check=True)
        raise RuntimeError("the private redis-server did not start")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            self.proc = None


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    server = PrivateRedis(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.kill()


async def test_unreachable_fails_fast() -> None:
    store = RedisStore(port=_free_port(), connect_timeout=0.3, timeout=0.3, prefix="x")
    with anyio.fail_after(2):
        with pytest.raises(StoreUnavailable, match="cannot be reached") as raised:
            await store.__aenter__()
    await store.aclose()
    # At start nothing ran: the message says what to check, and not what a call would do.
    message = str(raised.value)
    assert "to open the store. Start Redis there" in message
    assert "--store redis://host:port/db" in message
    assert "the call is refused" not in message


async def test_restart_during_run(private_redis: PrivateRedis) -> None:
    store = RedisStore(port=private_redis.port, connect_timeout=0.3, timeout=0.3, prefix="t")
    received: list[StopSignal] = []
    async with store, store.stops() as stops, anyio.create_task_group() as tg:

        async def listen() -> None:
            async for stop in stops:
                received.append(stop)  # noqa: PERF401 - seen as they arrive, not at the end

        tg.start_soon(listen)
        await store.set_limit(SESSION, Limits(cost=1000))
        assert isinstance(await store.reserve("done", [SESSION], Amounts(100)), Reservation)
        await store.settle("done", Amounts(60))
        assert isinstance(await store.reserve("inflight", [SESSION], Amounts(200)), Reservation)

        private_redis.kill()
        with anyio.fail_after(2):
            # A new call is refused at once: it never runs unaccounted.
            with pytest.raises(StoreUnavailable):
                await store.reserve("refused", [SESSION], Amounts(100))
            # The call that was running finishes while Redis is down: its settle is kept.
            with pytest.raises(StoreUnavailable):
                await store.settle("inflight", Amounts(150))
        assert store.statistics()["pending_settles"] == 1
        assert store.statistics()["doubtful_reserves"] == 1

        private_redis.start()
        with anyio.fail_after(5):
            bal = await store.balance(SESSION)
        # The kept settle was replayed and the refused call's reservation (if any) released.
        assert (bal.spent.cost, bal.reserved.cost) == (210, 0)
        assert store.statistics() == {
            "reconnects": 2,
            "doubtful_reserves": 0,
            "pending_settles": 0,
        }
        assert (await store.settle("inflight", Amounts(999))).actual == Amounts(150)
        assert isinstance(await store.reserve("after", [SESSION], Amounts(700)), Reservation)
        # The stop subscription reconnected by itself.
        await store.publish_stop(StopSignal("all", reason="after restart"))
        with anyio.fail_after(5):
            while not received:
                await anyio.sleep(0.05)
        assert received[0].reason == "after restart"
        tg.cancel_scope.cancel()


async def test_a_reserve_that_runs_after_its_release_holds_nothing(
    private_redis: PrivateRedis,
) -> None:
    # A reserve whose reply never came (it timed out, on a connection since dropped) may still
    # run on the server after the store, in touch again, has released it as doubtful. The
    # release leaves a record in its place, so the late reserve finds the call id taken.
    scope = Scope("session", "late")
    store = RedisStore(port=private_redis.port, connect_timeout=0.3, timeout=0.3, prefix="t")

    async def reserved_after_a_restart() -> Amounts:
        private_redis.kill()
        private_redis.start()
        for _ in range(50):  # the first request finds the old connection gone
            try:
                return (await store.balance(scope)).reserved
            except StoreUnavailable:
                await anyio.sleep(0.02)
        raise AssertionError("the store did not reconnect")

    async with store:
        await store.set_limit(scope, Limits(cost=10**9))
        store._doubtful.add("c-late")  # as reserve() marks a call whose outcome is unknown
        # The store reconnects and releases its doubtful reserves.
        assert await reserved_after_a_restart() == Amounts()
        assert store.statistics()["doubtful_reserves"] == 0
        with pytest.raises(DuplicateCall):  # the late reserve: nobody waits for its reply
            await store.reserve("c-late", [scope], Amounts(cost=10, tokens=5, calls=1))
        assert (await store.balance(scope)).reserved == Amounts()
        # A doubtful reserve that did run is released as before.
        assert isinstance(
            await store.reserve("c-ran", [scope], Amounts(cost=10, tokens=5, calls=1)),
            Reservation,
        )
        store._doubtful.add("c-ran")
        assert await reserved_after_a_restart() == Amounts()
        assert store.statistics()["doubtful_reserves"] == 0


async def test_doubtful_reserves_left_with_the_connection_up_are_released(
    private_redis: PrivateRedis,
) -> None:
    """A reserve can turn doubtful while the connection stays up, or after the reconnect
    that recovers the others (its reply lost on the old connection, or Redis answered
    LOADING while it came back, which cut the recovery short). The next operation releases
    it: nothing waits for another reconnect that may never come."""
    scope = Scope("session", "up")
    store = RedisStore(port=private_redis.port, connect_timeout=0.3, timeout=0.3, prefix="t")
    async with store:
        await store.set_limit(scope, Limits(cost=10**9))
        assert isinstance(await store.reserve("c-ran", [scope], Amounts(10, 5, 1)), Reservation)
        store._doubtful.add("c-ran")  # as reserve() marks a call whose reply was lost
        reconnects = store.statistics()["reconnects"]
        assert (await store.balance(scope)).reserved == Amounts()
        assert store.statistics()["doubtful_reserves"] == 0
        assert store.statistics()["reconnects"] == reconnects  # the same connection
        with pytest.raises(DuplicateCall):  # its late reserve, if any, finds the id taken
            await store.reserve("c-ran", [scope], Amounts(10, 5, 1))


@pytest.mark.parametrize("policy", ["allkeys-lru", "volatile-lru", "volatile-ttl"])
async def test_redis_that_evicts_keys_is_refused(private_redis: PrivateRedis, policy: str) -> None:
    import redis

    from supervisor._store import StoreError

    client = redis.Redis(host="127.0.0.1", port=private_redis.port)
    try:
        # volatile-* evicts the window counters (they expire), allkeys-* anything: a day
        # budget whose counter is evicted starts again from zero.
        client.config_set("maxmemory", "64mb")
        client.config_set("maxmemory-policy", policy)
        store = RedisStore(port=private_redis.port, prefix="t")
        with pytest.raises(StoreError, match=f"maxmemory-policy {policy}.*noeviction"):
            await store.__aenter__()
        assert store.owner.encode() not in b" ".join(client.keys("t:owner:*"))

        client.config_set("maxmemory-policy", "noeviction")  # full: writes fail, closed
        async with RedisStore(port=private_redis.port, prefix="t") as ok:
            await ok.set_limit(SESSION, Amounts(cost=10))
        client.config_set("maxmemory", "0")  # no limit: nothing is ever evicted
        client.config_set("maxmemory-policy", policy)
        async with RedisStore(port=private_redis.port, prefix="t") as ok:
            assert (await ok.balance(SESSION)).limit.cost == 10
    finally:
        client.close()


async def test_redis_without_time_command_still_opens(tmp_path: Path) -> None:
    # A managed Redis may deny or rename TIME: the store falls back to this host's clock.
    port = _free_port()
    args = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path)]
    args += ["--save", "", "--rename-command", "TIME", ""]
    async with await anyio.open_process(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as proc:
        try:
            with anyio.fail_after(10):
                while True:
                    try:
                        async with RedisStore(port=port, prefix="t") as store:
                            await store.set_limit(SESSION, Limits(cost=10, window="day"))
                            got = await store.reserve("c1", [SESSION], Amounts(cost=5))
                            assert isinstance(got, Reservation)
                            assert (await store.balance(SESSION)).reserved.cost == 5
                            break
                    except StoreUnavailable as exc:
                        if "cannot be reached" not in str(exc):
                            raise
                        await anyio.sleep(0.05)  # the server is still starting
        finally:
            proc.kill()
            await proc.wait()


async def test_a_redis_that_stops_answering_is_said_so_in_words(
    private_redis: PrivateRedis,
) -> None:
    """Redis paused (SIGSTOP: a stalled host, a long fork). Before, the error said "cannot be
    reached ()" from the second request on: the timeout that broke the connection has no
    words of its own."""
    store = RedisStore(port=private_redis.port, connect_timeout=0.3, timeout=0.3, prefix="t")
    async with store:
        await store.set_limit(SESSION, Limits(cost=1000))
        assert private_redis.proc is not None
        private_redis.proc.send_signal(signal.SIGSTOP)
        try:
            messages = []
            for _ in range(2):
                with anyio.fail_after(5), pytest.raises(StoreUnavailable) as caught:
                    await store.balance(SESSION)
                messages.append(str(caught.value))
        finally:
            private_redis.proc.send_signal(signal.SIGCONT)
    assert all("()" not in m for m in messages), messages
    assert "Redis did not answer within 0.3 s" in messages[0], messages
