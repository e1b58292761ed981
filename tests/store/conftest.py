from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import pytest

from supervisor._store import MemoryStore, SQLiteStore

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable
    from pathlib import Path

REDIS_URL = "redis://127.0.0.1:6379/0"


class FakeClock:
    """Wall-clock seconds that tests move by hand (for budget windows)."""

    def __init__(self, now: float = 1_717_243_200.0) -> None:  # 2024-06-01T12:00:00Z
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def prefix() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


def make_factory(kind: str, tmp_path: Path, prefix: str) -> Callable[..., object]:
    def factory(**options: object) -> object:
        if kind == "memory":
            return MemoryStore(**options)  # type: ignore[arg-type]
        if kind == "sqlite":
            return SQLiteStore(tmp_path / "ledger.db", **options)  # type: ignore[arg-type]
        from supervisor._store import RedisStore

        return RedisStore(prefix=prefix, **options)  # type: ignore[arg-type]

    return factory


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_factory(store_kind: str, tmp_path: Path, prefix: str) -> Callable[..., object]:
    return make_factory(store_kind, tmp_path, prefix)


@pytest.fixture
async def store(
    store_factory: Callable[..., object], clock: FakeClock, store_kind: str, prefix: str
) -> AsyncIterator[object]:
    s = store_factory(clock=clock)
    async with s:  # type: ignore[attr-defined]
        yield s
    if store_kind == "redis":
        await cleanup_prefix(prefix)


@pytest.fixture(params=["sqlite", "redis"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path, prefix: str) -> Callable[[], Any]:
    """Opens a fresh store object on one ledger (a SQLite file, or a Redis prefix) each time it
    is called: a run and its rerun, or a crashed process and the next, each with its own."""
    kind = str(request.param)

    def open_ledger() -> Any:
        if kind == "sqlite":
            return SQLiteStore(tmp_path / "ledger.db")
        from supervisor._store import RedisStore

        return RedisStore(prefix=prefix)

    return open_ledger


@pytest.fixture
async def clean_prefix(prefix: str) -> AsyncIterator[None]:
    """Deletes the test's Redis keys afterwards (``pytest.mark.usefixtures("clean_prefix")``)."""
    yield
    await cleanup_prefix(prefix)


async def cleanup_prefix(prefix: str) -> None:
    """Delete every key under a test's prefix (the real Redis is shared)."""
    import redis

    client = redis.Redis(host="127.0.0.1", port=6379)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()
