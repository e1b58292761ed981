"""A small Redis (RESP2) client on anyio sockets: runs on asyncio and trio, pipelines requests.

Why not redis-py: ``redis.asyncio`` runs on asyncio only, and the sync client in worker threads
costs a thread hop per call (tens of microseconds, more under load). This client writes each
command on one shared TCP connection and matches replies to requests in order (Redis answers in
order), so any number of tasks pipeline on one connection without a background task: one caller at a
time reads replies for everyone waiting and hands the reading on when its own reply is in.

Every request is bounded by ``timeout``; a timeout or a socket error breaks the connection (the
reply stream can no longer be trusted), fails every request waiting on it with
:class:`ConnectionLost`, and the owner reconnects. Sending and reading are shielded from outside
cancellation (for at most ``timeout``) so a cancelled caller never leaves half a command or half a
reply on the wire.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

import anyio

if TYPE_CHECKING:
    from anyio.abc import SocketStream

__all__ = [
    "ConnectionLost",
    "NoAnswer",
    "NotRedis",
    "RespConnection",
    "RespError",
    "encode_command",
]


class RespError(Exception):
    """Redis answered with an error reply (``-ERR ...``, ``-NOSCRIPT ...``)."""


class ConnectionLost(Exception):
    """The connection failed or timed out; the request's outcome is unknown."""


class NoAnswer(ConnectionLost):
    """The connection is up but no reply came within the timeout."""


class NotRedis(ConnectionLost):
    """The server sent bytes that are not Redis's protocol (an SSH banner, an HTTP answer).

    Attributes:
        start: The first bytes it sent (at most 32), to name what answers on the port.
    """

    def __init__(self, message: str, start: bytes) -> None:
        super().__init__(message)
        self.start = start


def encode_command(args: tuple[str | bytes | int, ...]) -> bytes:
    """RESP array-of-bulk-strings encoding of one command."""
    out = [b"*%d\r\n" % len(args)]
    for arg in args:
        data = arg if isinstance(arg, bytes) else str(arg).encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)


_INCOMPLETE = object()


def _parse(buf: bytearray, pos: int) -> tuple[Any, int]:
    """Parse one reply at ``pos``; returns ``(_INCOMPLETE, pos)`` when more bytes are needed."""
    end = buf.find(b"\r\n", pos)
    if end < 0:
        return _INCOMPLETE, pos
    kind = buf[pos]
    line = bytes(buf[pos + 1 : end])
    nxt = end + 2
    if kind == 43:  # +
        return line.decode(), nxt
    if kind == 45:  # -
        return RespError(line.decode()), nxt
    if kind in (58, 36, 42) and not line.lstrip(b"-").isdigit():
        raise _not_redis(buf, pos)
    if kind == 58:  # :
        return int(line), nxt
    if kind == 36:  # $
        size = int(line)
        if size < 0:
            return None, nxt
        if len(buf) < nxt + size + 2:
            return _INCOMPLETE, pos
        return bytes(buf[nxt : nxt + size]), nxt + size + 2
    if kind == 42:  # *
        count = int(line)
        if count < 0:
            return None, nxt
        items: list[Any] = []
        for _ in range(count):
            item, nxt = _parse(buf, nxt)
            if item is _INCOMPLETE:
                return _INCOMPLETE, pos
            items.append(item)
        return items, nxt
    raise _not_redis(buf, pos)


def _why(error: BaseException) -> str:
    """Words for what broke a connection (some of anyio's errors have none of their own)."""
    if isinstance(error, anyio.EndOfStream):
        return "Redis closed the connection"
    return str(error) or f"the connection failed ({type(error).__name__})"


def _not_redis(buf: bytearray, pos: int) -> NotRedis:
    start = bytes(buf[pos : pos + 32])
    return NotRedis(f"the server sent {start!r}, which is not Redis's protocol", start)


class _Waiter:
    __slots__ = ("done", "error", "event", "last", "value")

    def __init__(self) -> None:
        self.event = anyio.Event()
        self.done = False
        self.value: Any = None
        self.error: BaseException | None = None
        # The last waiter of the same pipeline: the one its caller waits on.
        self.last: _Waiter = self


class RespConnection:
    """One pipelined connection to Redis. Create with :meth:`connect`."""

    def __init__(self, stream: SocketStream, timeout: float) -> None:
        self._stream = stream
        self._timeout = timeout
        self._buf = bytearray()
        self._pos = 0
        self._waiters: deque[_Waiter] = deque()
        self._send_lock = anyio.Lock()
        # True while one caller reads replies for everyone; it hands the role on when done.
        self._reading = False
        self.broken: BaseException | None = None

    @classmethod
    async def connect(
        cls,
        host: str,
        port: int,
        *,
        connect_timeout: float,
        op_timeout: float,
        password: str | None = None,
        db: int = 0,
        username: str | None = None,
    ) -> RespConnection:
        """Open a connection, authenticate (as ``username`` when given) and select ``db``.

        Raises:
            ConnectionLost: nothing answered within ``connect_timeout``, or the socket failed.
            RespError: Redis refused AUTH or SELECT.
        """
        try:
            with anyio.fail_after(connect_timeout):
                stream = await anyio.connect_tcp(host, port)
        except (OSError, TimeoutError) as exc:
            raise ConnectionLost(f"cannot connect to Redis at {host}:{port} ({exc!r})") from exc
        conn = cls(stream, op_timeout)
        try:
            if password is not None:
                if username is not None:  # an ACL user (Redis 6+)
                    await conn.execute("AUTH", username, password)
                else:
                    await conn.execute("AUTH", password)
            if db:
                await conn.execute("SELECT", db)
        except BaseException:
            await conn.aclose()
            raise
        return conn

    async def aclose(self) -> None:
        """Close the socket and fail every waiting request; idempotent."""
        self._fail(ConnectionLost("the connection was closed"))
        with anyio.CancelScope(shield=True):
            await self._stream.aclose()

    def _fail(self, error: BaseException) -> None:
        if self.broken is None:
            self.broken = error
        while self._waiters:
            waiter = self._waiters.popleft()
            waiter.error = error
            waiter.done = True
            waiter.last.event.set()

    async def send(self, *args: str | bytes | int) -> None:
        """Send one command whose replies are read with :meth:`read_push` (pub/sub)."""
        await self._write(encode_command(args))

    async def _write(self, data: bytes) -> None:
        if self.broken is not None:
            raise ConnectionLost(_why(self.broken))
        try:
            with anyio.CancelScope(shield=True), anyio.fail_after(self._timeout):
                async with self._send_lock:
                    await self._stream.send(data)
        except (OSError, TimeoutError, anyio.BrokenResourceError, anyio.ClosedResourceError) as exc:
            self._fail(exc)
            raise ConnectionLost(f"sending to Redis failed ({exc!r})") from exc

    async def execute(self, *args: str | bytes | int) -> Any:
        """Send one command and return its reply.

        Raises:
            RespError: Redis answered with an error.
            ConnectionLost: the connection failed or timed out; the command may or may not
                have run.
        """
        return (await self.pipeline([args]))[0]

    async def pipeline(self, commands: list[tuple[str | bytes | int, ...]]) -> list[Any]:
        """Send several commands in one write; return their replies (errors as ``RespError``)."""
        if self.broken is not None:
            raise ConnectionLost(_why(self.broken))
        waiters = [_Waiter() for _ in commands]
        data = b"".join(encode_command(c) for c in commands)
        try:
            with anyio.CancelScope(shield=True), anyio.fail_after(self._timeout):
                async with self._send_lock:
                    self._waiters.extend(waiters)
                    await self._stream.send(data)
                last = waiters[-1]
                for waiter in waiters:
                    waiter.last = last
                while not last.done:
                    if self._reading:
                        event = last.event
                        await event.wait()
                        if not last.done:  # woken to take over reading
                            last.event = anyio.Event()
                        continue
                    self._reading = True
                    try:
                        while not last.done:
                            await self._read_one()
                    finally:
                        self._reading = False
                        if self._waiters:
                            self._waiters[0].last.event.set()
        except TimeoutError as exc:
            lost: ConnectionLost = NoAnswer(f"Redis did not answer within {self._timeout:g} s")
            self._fail(lost)
            raise lost from exc
        except (OSError, anyio.BrokenResourceError, anyio.ClosedResourceError) as exc:
            self._fail(exc)
            raise ConnectionLost(f"Redis did not answer ({exc!r})") from exc
        except anyio.EndOfStream as exc:
            self._fail(exc)
            raise ConnectionLost("Redis closed the connection") from exc
        except NotRedis as exc:
            # What follows on the wire cannot be matched to requests any more.
            self._fail(exc)
            raise
        out: list[Any] = []
        for waiter in waiters:
            if waiter.error is not None:
                raise ConnectionLost(_why(waiter.error)) from waiter.error
            out.append(waiter.value)
        if len(out) == 1 and isinstance(out[0], RespError):
            raise out[0]
        return out

    async def _next_reply(self) -> Any:
        while True:
            value, pos = _parse(self._buf, self._pos)
            if value is not _INCOMPLETE:
                self._pos = pos
                if self._pos > 65536 and self._pos * 2 > len(self._buf):
                    del self._buf[: self._pos]
                    self._pos = 0
                return value
            chunk = await self._stream.receive(65536)
            self._buf += chunk

    async def _read_one(self) -> None:
        value = await self._next_reply()
        if not self._waiters:
            raise ConnectionLost("Redis sent a reply nobody asked for")
        waiter = self._waiters.popleft()
        waiter.value = value
        waiter.done = True
        if waiter.last is waiter:
            waiter.event.set()

    async def read_push(self) -> Any:
        """Read the next unsolicited reply (a pub/sub message); bound it with ``fail_after``.

        Cancelling it is safe: a reply is consumed only once it has fully arrived.

        Raises:
            ConnectionLost: the connection failed.
        """
        try:
            return await self._next_reply()
        except (OSError, anyio.BrokenResourceError, anyio.ClosedResourceError) as exc:
            self._fail(exc)
            raise ConnectionLost(f"Redis connection failed ({exc!r})") from exc
        except anyio.EndOfStream as exc:
            self._fail(exc)
            raise ConnectionLost("Redis closed the connection") from exc
        except NotRedis as exc:
            self._fail(exc)
            raise
