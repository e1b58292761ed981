"""Ledger stores: where budgets, reservations, spend, the audit log and stops live.

``open_store(url)`` picks an implementation from a URL:

* ``memory://`` — :class:`MemoryStore`, nothing survives the process;
* ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``, ``sqlite:///~/path.db`` (in
  the home folder) or ``sqlite://`` (the default file ``.supervisor/ledger.db`` under the
  working directory) — :class:`SQLiteStore`;
* ``redis://host:port/db?prefix=name`` — :class:`RedisStore`, shared by every process using it;
  this host remembers the ledgers it used in ``.supervisor/redis-ledgers.json`` under the
  working directory, so that a store opened after Redis lost one refuses to start it again
  from zero (``memory=`` to put the file elsewhere, ``memory=None`` for none).

Use the result as an async context manager::

    async with open_store("sqlite://") as store:
        await store.reserve(...)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

from policies import redact_text

from ._audit import REDACTED as REDACTED_TEXT
from ._audit import redact as redact
from ._base import AuditRecord as AuditRecord
from ._base import AuditVerification as AuditVerification
from ._base import InvalidStoreURL as InvalidStoreURL
from ._base import LedgerLost as LedgerLost
from ._base import LedgerStore as LedgerStore
from ._base import OpenReservation as OpenReservation
from ._base import SessionProgress as SessionProgress
from ._base import SessionState as SessionState
from ._base import SessionSummary as SessionSummary
from ._base import StopSignal as StopSignal
from ._base import StoreCorrupted as StoreCorrupted
from ._base import StoreError as StoreError
from ._base import StoreUnavailable as StoreUnavailable
from ._memory import MemoryStore as MemoryStore
from ._sqlite import DEFAULT_SQLITE_PATH as DEFAULT_SQLITE_PATH
from ._sqlite import SQLiteStore as SQLiteStore

#: Where a store opened from a ``redis://`` URL remembers the ledgers this host has used.
DEFAULT_REDIS_MEMORY = Path(".supervisor") / "redis-ledgers.json"

if TYPE_CHECKING:
    from ._redis import RedisStore

__all__ = [
    "DEFAULT_REDIS_MEMORY",
    "DEFAULT_SQLITE_PATH",
    "REDACTED_TEXT",
    "AuditRecord",
    "AuditVerification",
    "InvalidStoreURL",
    "LedgerLost",
    "LedgerStore",
    "MemoryStore",
    "OpenReservation",
    "RedisStore",
    "SQLiteStore",
    "SessionProgress",
    "SessionState",
    "SessionSummary",
    "StopSignal",
    "StoreCorrupted",
    "StoreError",
    "StoreUnavailable",
    "open_store",
    "redact",
]


def __getattr__(name: str) -> Any:
    if name == "RedisStore":
        from ._redis import RedisStore

        return RedisStore
    raise AttributeError(name)


_HELP = (
    "Use memory://, sqlite:///relative/ledger.db or sqlite:////absolute/ledger.db (sqlite:// "
    "for .supervisor/ledger.db) or redis://host:port/db?prefix=name."
)


def open_store(url: str, **options: Any) -> MemoryStore | SQLiteStore | RedisStore:
    """Build (not yet open) the store a URL names; open it with ``async with``.

    Args:
        url: ``memory://``, ``sqlite:///path``, ``sqlite://`` or ``redis://host:port/db?prefix=p``.
        **options: Passed to the store's constructor (``owner``, ``clock``, timeouts...).

    Raises:
        InvalidStoreURL: the URL's scheme is unknown or its parts cannot be used.
    """
    shown = redact_text(url)  # a Redis URL may carry its password: errors never quote it
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise InvalidStoreURL(f"The store URL {shown!r} cannot be parsed. {_HELP}") from exc
    scheme = parts.scheme.lower()
    if scheme == "memory":
        if parts.netloc or parts.path.strip("/"):
            raise InvalidStoreURL(f"The store URL {shown!r} should be just memory://. {_HELP}")
        return MemoryStore(**options)
    if scheme == "sqlite":
        if parts.netloc:
            host = parts.netloc.rpartition("@")[2]
            raise InvalidStoreURL(
                f"The store URL {shown!r} names a host ({host!r}); SQLite is a "
                "local file. Write sqlite:///relative/path.db or sqlite:////absolute/path.db."
            )
        path = unquote(parts.path)
        if path.startswith("/"):
            path = path[1:]
        if path.endswith("/"):
            raise InvalidStoreURL(f"The store URL {shown!r} names a folder, not a file. {_HELP}")
        if path == "~" or path.startswith("~/"):
            # No shell expands a ~ inside a URL: taken as written it would make a folder named
            # "~" here (one `rm -rf ~` away from the home folder), so it means the home folder.
            path = str(Path(path).expanduser())
        return SQLiteStore(path or DEFAULT_SQLITE_PATH, **options)
    if scheme in ("redis", "rediss"):
        from ._redis import RedisStore

        if scheme == "rediss":
            raise InvalidStoreURL(
                f"The store URL {shown!r} asks for TLS (rediss://), which this store does not "
                "speak yet; use redis:// on a trusted network or through a TLS tunnel."
            )
        try:
            port = parts.port or 6379
        except ValueError as exc:
            raise InvalidStoreURL(f"The store URL {shown!r} has a bad port. {_HELP}") from exc
        db_text = parts.path.strip("/") or "0"
        if not db_text.isdigit():
            raise InvalidStoreURL(
                f"The store URL {shown!r} names database {db_text!r}; Redis databases are "
                f"numbers. {_HELP}"
            )
        # keep_blank_values: "?prefix=" (often "?prefix=$TEAM" with TEAM unset) would
        # otherwise be dropped, and the store would silently share the default prefix, and
        # its budgets, with every other run that uses it.
        query = parse_qs(parts.query, keep_blank_values=True)
        unknown = set(query) - {"prefix"}
        if unknown:
            raise InvalidStoreURL(
                f"The store URL {shown!r} has unknown options {sorted(unknown)}; only prefix= "
                "is understood."
            )
        prefix = query.get("prefix", ["supervisor"])[-1]
        if not prefix.strip() or any(c.isspace() for c in prefix):
            raise InvalidStoreURL(
                f"The store URL {shown!r} has the key prefix {prefix!r}; a prefix is a name with "
                "no spaces (prefix=team-a), or leave prefix= out for the default 'supervisor'."
            )
        if parts.username and not parts.password:
            raise InvalidStoreURL(
                f"The store URL {shown!r} names the user {unquote(parts.username)!r} but no "
                "password; write redis://USER:PASSWORD@host:port/db (or redis://:PASSWORD@... "
                "for the default user)."
            )
        options.setdefault("memory", DEFAULT_REDIS_MEMORY)
        return RedisStore(
            host=parts.hostname or "127.0.0.1",
            port=port,
            db=int(db_text),
            password=unquote(parts.password) if parts.password else None,
            username=unquote(parts.username) if parts.username else None,
            prefix=prefix,
            **options,
        )
    raise InvalidStoreURL(
        f"The store URL {shown!r} has an unknown scheme {parts.scheme!r}. {_HELP}"
    )
