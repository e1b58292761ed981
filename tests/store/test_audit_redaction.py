"""What each store keeps of an audit record holds no credential: checked in what the store
itself holds (the SQLite file's bytes, Redis' raw list), not only in what it reads back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

SECRETS = {
    "aws_id": "AKIAIOSFODNN7STORE01",
    "url_password": "hunter2-store-audit",
    "github": "ghp_storeabcdefghijklmnopqrstuvwxyz0123",
    "header": "opaque-header-value-77",
    "query": "opaque-query-value-88",
}

DATA = {
    "decision": "Interrupt",
    "rule": "tools.deny",
    "mode": "enforce",
    "reason": (
        f"fetch(url='https://ci:{SECRETS['url_password']}@git.example.com/r.git"
        f"?api_key={SECRETS['query']}', bucket='{SECRETS['aws_id']}')"
    ),
    "numbers": {"headers": {"X-Api-Key": SECRETS["header"]}, "token": SECRETS["github"]},
    "call_id": "t-1",
}


async def _raw(store: Any, store_kind: str, tmp_path: Path, prefix: str) -> str:
    if store_kind == "sqlite":
        files = [p for p in tmp_path.glob("ledger.db*") if p.is_file()]  # noqa: ASYNC240
        return b"".join(p.read_bytes() for p in files).decode("utf-8", "replace")
    if store_kind == "redis":
        import redis

        client = redis.Redis(host="127.0.0.1", port=6379)
        try:
            return repr(client.lrange(f"{prefix}:audit", 0, -1))
        finally:
            client.close()
    return repr(await store.read_audit())


async def test_a_record_is_stored_redacted(
    store: Any, store_kind: str, tmp_path: Path, prefix: str
) -> None:
    record = await store.append_audit("decision", DATA, session="s", agent="a")
    assert record.data["rule"] == "tools.deny"
    assert "git.example.com" in record.data["reason"]  # what was asked for is still there
    raw = await _raw(store, store_kind, tmp_path, prefix)
    assert "tools.deny" in raw  # the record is really in what was read
    assert [name for name, secret in SECRETS.items() if secret in raw] == []
    assert (await store.verify_audit()).ok
