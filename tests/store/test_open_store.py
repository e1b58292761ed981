from __future__ import annotations

from pathlib import Path

import pytest

from supervisor._store import (
    DEFAULT_SQLITE_PATH,
    InvalidStoreURL,
    LedgerStore,
    MemoryStore,
    RedisStore,
    SQLiteStore,
    open_store,
)


def test_urls() -> None:
    assert isinstance(open_store("memory://"), MemoryStore)
    default = open_store("sqlite://")
    assert isinstance(default, SQLiteStore)
    assert default.path == DEFAULT_SQLITE_PATH
    rel = open_store("sqlite:///data/ledger.db")
    assert isinstance(rel, SQLiteStore)
    assert rel.path == Path("data/ledger.db")
    absolute = open_store("sqlite:////tmp/x/ledger.db")
    assert isinstance(absolute, SQLiteStore)
    assert absolute.path == Path("/tmp/x/ledger.db")
    # Before, "~" was taken literally: a folder named "~" in the working directory.
    home = open_store("sqlite:///~/ledgers/team.db")
    assert isinstance(home, SQLiteStore)
    assert home.path == Path.home() / "ledgers" / "team.db"
    r = open_store("redis://127.0.0.1:6380/2?prefix=team")
    assert isinstance(r, RedisStore)
    assert (r.host, r.port, r.db, r.prefix) == ("127.0.0.1", 6380, 2, "team")
    for store in (default, r, open_store("memory://")):
        assert isinstance(store, LedgerStore)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgres://x", "unknown scheme"),
        ("ledger.db", "unknown scheme"),
        ("sqlite://host/x.db", "names a host"),
        ("sqlite:///dir/", "folder"),
        ("redis://h:99999/0", "bad port"),
        ("redis://h/abc", "numbers"),
        ("redis://h/0?db=1", "unknown options"),
        ("rediss://h/0", "TLS"),
        ("memory://x", "just memory"),
        # Before, an empty prefix (prefix=$TEAM with TEAM unset) silently became the default
        # one, shared with every other run; a spaced one was "unexpected error: ValueError".
        ("redis://h/0?prefix=", "has the key prefix ''; a prefix is a name with no spaces"),
        ("redis://h/0?prefix=a%20b", "has the key prefix 'a b'"),
        ("redis://h/0?prefix=%20", "has the key prefix ' '"),
        # A user name alone cannot log in (AUTH takes a password with it).
        ("redis://ledger@h/0", "names the user 'ledger' but no password"),
    ],
)
def test_bad_urls(url: str, words: str) -> None:
    with pytest.raises(InvalidStoreURL, match=words):
        open_store(url)
    with pytest.raises(ValueError):  # also a ValueError, for callers that validate input
        open_store(url)


async def test_closed_store_refuses(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "l.db")
    async with store:
        pass
    with pytest.raises(RuntimeError, match="not open"):
        await store.list_sessions()
    with pytest.raises(RuntimeError, match="twice"):
        await store.__aenter__()


@pytest.mark.parametrize(
    "url",
    [
        "redis://:hunter2-store-pw@127.0.0.1:6379/x",
        "redis://ops:hunter2-store-pw@127.0.0.1:6379/0?prefix=p&bogus=1",
        "redis://:hunter2-store-pw@127.0.0.1:notaport/0",
        "rediss://:hunter2-store-pw@127.0.0.1:6379/0",
        "sqlite://ops:hunter2-store-pw@host/ledger.db",
        "mysql://ops:hunter2-store-pw@host/ledger",
    ],
)
def test_a_bad_store_url_is_quoted_without_its_password(url: str) -> None:
    """The message quotes the URL so the person sees what is wrong with it, never the
    password it carries ($SUPERVISE_STORE in a CI log, say)."""
    with pytest.raises(InvalidStoreURL) as caught:
        open_store(url)
    message = str(caught.value)
    assert "hunter2-store-pw" not in message
    assert ":[redacted]@" in message
