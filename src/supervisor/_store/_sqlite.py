"""The embedded ledger store: one SQLite file in WAL mode, durable across ``kill -9``.

Durability
    Every operation commits before it returns. The database runs in WAL mode with
    ``synchronous=NORMAL`` by default: a committed transaction is in the WAL file (the operating
    system's page cache) when ``commit`` returns, so killing the process at any moment, ``kill -9``
    included, loses nothing that was reported done. What NORMAL can lose is the last transactions on
    a power failure or an operating-system crash; pass ``synchronous="FULL"`` to fsync the WAL on
    every commit when that matters more than the ~2x commit cost.

Not blocking the event loop
    All SQL runs in one writer thread per store, started when the store opens, over one
    connection. An operation is queued (``queue.SimpleQueue``) and its caller waits on an anyio
    event that the thread sets through the event loop's thread-safe callback (asyncio's
    ``call_soon_threadsafe`` or trio's token), which costs about half of an
    ``anyio.to_thread.run_sync`` round trip. The thread takes every operation queued at that
    moment (up to 256) and runs them in one transaction: one commit for the batch (group commit).
    If one operation fails, the batch is rolled back and run again with each operation in its
    own savepoint, so one failure does not undo the others (savepoints cost three statements
    per operation, so the common case goes without). Every caller waits for its own commit,
    shielded from cancellation: an operation that was sent is always seen through and reported. Closing queues a sentinel behind every pending
    operation; the thread closes the file and exits.

What the store remembers (the cache) and why it is safe with other processes
    Each store remembers the rows it read or wrote: limits, the counters of the scopes it
    checked, its own open reservations (so ``settle`` needs no read) and the audit head. Every
    batch starts with ``BEGIN IMMEDIATE`` (the file's write lock) and ``PRAGMA data_version``; if
    any other connection (another process, or another store on the same file) committed since
    this store's last batch, everything remembered is dropped and reloaded from the file on
    demand. So ``reserve`` always decides on fresh data under the write lock, and several
    processes may still share one file (``supervise ledger`` or ``supervise logs`` while a run is
    going, or two governors, at SQLite's write throughput). A failed operation or commit also
    drops the cache. ``balance`` is answered from the cache with no thread round trip when this
    store committed within ``cache_ttl`` seconds (0.5 by default) and remembers the scope; such an
    answer has this process's writes but may miss another process's commits since its last
    batch. That is enough for the governor, which reads balances only to plan a call and treats a
    ``Shortfall`` from ``reserve`` as "someone spent in between, ask again". The hot path is then
    ``reserve`` (an insert and one upsert per counter row, one commit) and ``settle`` (two
    updates, one commit): two writer round trips per governed call. The cache is never the
    only copy of anything: it is filled from, or written through to, a transaction that commits
    before the caller hears back, so a crash loses only the cache, and the next store to open
    the file starts from the file.

Orphaned reservations (a process killed while holding them)
    A reservation belongs to the ``owner`` that made it (``host:pid:random``). Each store registers
    its owner in the ``owners`` table when it opens and marks it closed when it closes. While open
    it also holds an exclusive ``flock`` on its own lock file in ``<ledger>.owners/``, which the
    kernel lets go when the process dies, however it dies. A reservation is *orphaned* when its
    owner is closed, unknown, or its lock file is there and nobody holds it; an owner without a
    lock file (from an older version) is dead when it was a process on this host that no longer
    exists. The lock, unlike the pid, is not fooled by a pid used again (a restarted container's
    process gets the same pid, often 1) nor by a hostname that changed (a container made anew on
    the same volume). Until it is reconciled an orphaned reservation keeps counting against every budget (as
    reserved), so nothing is ever under-counted. :meth:`SQLiteStore.reconcile_orphans` (run when a
    store opens, unless ``reconcile_on_open=False``) settles every orphaned reservation at its full
    reserved amount, marks it ``orphaned`` and writes a ``reservation_orphaned`` audit record: the
    process may have been served tokens it never settled, and the reserved amount is the worst case
    of what it could have been served.

Schema (tables): ``limits(scope, window, cost, tokens, calls)``, ``counters(scope, bucket,
spent_*, res_*)`` with one row per scope and window bucket (``total`` always), ``grants(scope,
bucket, cost, tokens, calls)``: what people granted on top of a scope's limit in the bucket its
limit is checked in (a table of its own, so ``set_limit`` leaves it and an older file gains it),
``reservations``
(one row per call id, with its status ``open | settled | released | orphaned``, the buckets it
touched, session, agent, model and the actual amounts), ``owners``, ``audit`` (the hash chain),
``meta`` (the audit head) and ``stops``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import math
import os
import queue
import socket
import sqlite3
import threading
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

import anyio
import anyio.to_thread

from policies import (
    Amounts,
    Balance,
    DuplicateCall,
    Limits,
    Reservation,
    Scope,
    ScopeKind,
    Settlement,
    Shortfall,
    UnknownCall,
    Window,
    window_id,
)

from . import _audit
from ._base import (
    EXTENSION_SUFFIX,
    AuditRecord,
    AuditVerification,
    LedgerLost,
    OpenReservation,
    SessionProgress,
    SessionState,
    SessionSummary,
    StopSignal,
    StoreCorrupted,
    StoreUnavailable,
    _State,
    merge_progress_fields,
    new_owner_id,
    stored_progress,
)
from ._stops import decode_stop, encode_stop

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator, Mapping, Sequence
    from types import TracebackType
    from typing import Self

__all__ = ["DEFAULT_SQLITE_PATH", "SQLiteStore"]


def _file_id(path: Path) -> tuple[int, int]:
    stat = os.stat(path)
    return (stat.st_dev, stat.st_ino)


#: Where the embedded ledger lives unless told otherwise (relative to the working directory).
DEFAULT_SQLITE_PATH = Path(".supervisor") / "ledger.db"

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS limits (
    scope TEXT PRIMARY KEY, window TEXT, cost INTEGER, tokens INTEGER, calls INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS counters (
    scope TEXT NOT NULL, bucket TEXT NOT NULL,
    spent_cost INTEGER NOT NULL DEFAULT 0, spent_tokens INTEGER NOT NULL DEFAULT 0,
    spent_calls INTEGER NOT NULL DEFAULT 0,
    res_cost INTEGER NOT NULL DEFAULT 0, res_tokens INTEGER NOT NULL DEFAULT 0,
    res_calls INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, bucket)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS grants (
    scope TEXT NOT NULL, bucket TEXT NOT NULL,
    cost INTEGER NOT NULL DEFAULT 0, tokens INTEGER NOT NULL DEFAULT 0,
    calls INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, bucket)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reservations (
    call_id TEXT PRIMARY KEY, owner TEXT NOT NULL,
    session TEXT NOT NULL, agent TEXT NOT NULL, model TEXT NOT NULL,
    scopes TEXT NOT NULL, buckets TEXT NOT NULL,
    cost INTEGER NOT NULL, tokens INTEGER NOT NULL, calls INTEGER NOT NULL,
    status TEXT NOT NULL,
    actual_cost INTEGER, actual_tokens INTEGER, actual_calls INTEGER,
    created REAL NOT NULL, finished REAL
);
CREATE INDEX IF NOT EXISTS reservations_status ON reservations (status);
CREATE INDEX IF NOT EXISTS reservations_session ON reservations (session);
CREATE TABLE IF NOT EXISTS owners (
    owner TEXT PRIMARY KEY, host TEXT NOT NULL, pid INTEGER NOT NULL,
    started REAL NOT NULL, closed REAL
);
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY, time REAL NOT NULL, event TEXT NOT NULL,
    session TEXT NOT NULL, agent TEXT NOT NULL, data TEXT NOT NULL,
    prev TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_session ON audit (session);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stops (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
"""

_OPEN, _SETTLED, _RELEASED, _ORPHANED = "open", "settled", "released", "orphaned"
#: SQL: the row is a call's extension, not a call (see EXTENSION_SUFFIX).
_EXTENSION = f"(substr(call_id, -{len(EXTENSION_SUFFIX)}) = '{EXTENSION_SUFFIX}')"


def _progress_key(session: str) -> str:
    """The ``meta`` key of a session's progress against its limits."""
    return f"progress:{session}"


_DIMENSIONS: tuple[Literal["cost", "tokens", "calls"], ...] = ("cost", "tokens", "calls")


@functools.cache
def _schema_columns() -> dict[str, frozenset[str]]:
    """Each ledger table's columns, as ``_SCHEMA`` makes them."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(_SCHEMA)
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            table: frozenset(row[1] for row in conn.execute(f"PRAGMA table_info({table})"))
            for table in tables
        }
    finally:
        conn.close()


def _schema_problem(conn: sqlite3.Connection) -> str | None:
    """Why the database ``conn`` opened cannot hold this version's ledger, or ``None`` (a new
    file, or a ledger with every table and column ``_SCHEMA`` makes; missing tables are added).

    ``CREATE TABLE IF NOT EXISTS`` keeps a table of the same name as it is, so a ledger of an
    older layout, or another program's table named ``audit``, would otherwise fail on every
    reserve (``no such column``) once agents run.
    """
    expected = _schema_columns()
    found = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    ours = [table for table in found if table in expected]
    if found and not ours:
        return (
            f"holds another program's tables ({', '.join(sorted(found)[:5])}), not a ledger; "
            "the ledger is not written into it"
        )
    missing = []
    for table in ours:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        missing += [f"{table}.{column}" for column in sorted(expected[table] - columns)]
    if missing:
        return (
            f"holds a ledger of another layout (no column {', '.join(missing[:6])}"
            f"{', ...' if len(missing) > 6 else ''}): an older version of agent-supervisor or "
            "another program wrote it, and this version cannot use it"
        )
    return None


class _Op(Generic[T]):
    """One queued operation; ``fn`` runs in the worker thread inside the batch transaction."""

    __slots__ = ("error", "event", "fn", "result")

    def __init__(self, fn: Callable[[sqlite3.Connection], T]) -> None:
        self.fn = fn
        self.event = anyio.Event()
        self.result: T | None = None
        self.error: BaseException | None = None


_LimitRow = tuple[Any, Any, Any, Any]  # (window, cost, tokens, calls) as stored
_MISSING: Any = object()
#: The grant row of a scope with nothing granted (read only, never changed).
_NO_GRANT = [0, 0, 0]
#: Past this many remembered rows the cache starts over (per-call scopes would grow it forever).
_CACHE_ROWS = 50_000
#: The most operations the writer thread commits in one transaction.
_MAX_BATCH = 256

#: Seconds a batch waits for the write lock once one has waited ``busy_timeout`` for it in
#: vain: long enough for other processes' ordinary commits, short enough that the writes
#: queued behind (a run's last settles and audit records, at shutdown) fail in turn at once
#: instead of each waiting ``busy_timeout`` again.
_LOCKED_RETRY = 0.2
_SQLITE_BUSY = 5  # (an extended code's low byte)


class _OpenCall:
    """What settling a reservation made through this connection needs, kept from ``reserve``."""

    __slots__ = ("buckets", "reserved")

    def __init__(self, reserved: Amounts, buckets: list[tuple[str, str]]) -> None:
        self.reserved = reserved
        self.buckets = buckets


class _Cache:
    """What this connection last read or wrote: limits, counters, open calls, the audit head.

    Written only by the worker thread inside a batch transaction; read without a lock by
    :meth:`SQLiteStore.balance` on the event loop (single dict operations are atomic). It is
    trusted only while ``PRAGMA data_version`` says no other connection has committed, which
    every batch checks right after taking the write lock; any failed operation clears it.
    """

    __slots__ = (
        "audit_head",
        "calls",
        "counters",
        "data_version",
        "grants",
        "limits",
        "validated",
    )

    def __init__(self) -> None:
        self.limits: dict[str, _LimitRow | None] = {}
        self.counters: dict[tuple[str, str], list[int]] = {}
        #: (scope, bucket) -> [granted cost, tokens, calls]; [0, 0, 0] remembers "none".
        self.grants: dict[tuple[str, str], list[int]] = {}
        self.calls: dict[str, _OpenCall] = {}
        self.audit_head: tuple[int, str] | None = None
        self.data_version: int = -1
        self.validated = -math.inf

    def clear(self) -> None:
        # New objects rather than .clear(): a reader on the event loop keeps a consistent view.
        self.limits = {}
        self.counters = {}
        self.grants = {}
        self.calls = {}
        self.audit_head = None
        self.validated = -math.inf

    def remember_limit(self, key: str, row: _LimitRow | None) -> None:
        if len(self.limits) >= _CACHE_ROWS:
            self.limits = {}
        self.limits[key] = row

    def remember_counter(self, key: str, bucket: str, row: list[int]) -> None:
        if len(self.counters) >= _CACHE_ROWS:
            self.counters = {}
        self.counters[(key, bucket)] = row

    def remember_grant(self, key: str, bucket: str, row: list[int]) -> None:
        if len(self.grants) >= _CACHE_ROWS:
            self.grants = {}
        self.grants[(key, bucket)] = row


def _set_all(events: list[anyio.Event]) -> None:
    for event in events:
        event.set()


def _waker() -> Callable[[Callable[[], None]], object]:
    """How a thread schedules a callback on the running event loop (asyncio or trio)."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        import trio

        return trio.lowlevel.current_trio_token().run_sync_soon
    return loop.call_soon_threadsafe


def _scope_from_key(key: str) -> Scope:
    kind, _, ident = key.partition(":")
    return Scope(cast(ScopeKind, kind), ident)


def _scope_id(scopes: Sequence[Scope], kind: str) -> str:
    for scope in scopes:
        if scope.kind == kind:
            return scope.id
    return ""


def _lock_path(db: Path, owner: str) -> Path:
    """The lock file an open store of ``owner`` holds an exclusive ``flock`` on."""
    name = hashlib.sha256(owner.encode()).hexdigest()[:32]
    return db.with_name(db.name + ".owners") / f"{name}.lock"


def _lock_owner(path: Path) -> int | None:
    """Create ``path`` and hold an exclusive lock on it; the descriptor, or None where the
    platform or the folder does not allow it (liveness then falls back to the pid)."""
    try:
        import fcntl
    except ImportError:  # not on a POSIX system
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _owner_lock_state(path: Path) -> bool | None:
    """True when a live store holds ``path``'s lock, False when nobody does (the owner died;
    the file is removed), None when there is no such file (or locks cannot be taken here)."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return None
    else:
        with contextlib.suppress(OSError):
            path.unlink()
        return False
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class SQLiteStore:
    """The embedded ledger store over one SQLite file (see the module docstring).

    Args:
        path: The database file; its folder is created. Defaults to ``.supervisor/ledger.db``
            under the working directory.
        owner: This process's owner id for reservations; a fresh ``host:pid:random`` by default.
        synchronous: ``NORMAL`` survives ``kill -9``; ``FULL`` also survives power loss.
        clock: Wall-clock seconds, for record times and budget windows (tests inject one).
        reconcile_on_open: Settle orphaned reservations of dead owners when opening.
        busy_timeout: Seconds to wait for another process's write lock before failing with
            :class:`StoreUnavailable`. Once a write has waited that long in vain, the next ones
            wait 0.2 s each until one gets the lock: a file another process keeps locked costs
            one ``busy_timeout`` in all, not one per write (a run ending on it shuts down in
            about that time, not in one per write it has left).
        poll_interval: How often :meth:`stops` looks for stops published by other processes.
        cache_ttl: For how many seconds after this store's last committed batch
            :meth:`balance` may answer from what the store remembers, without a worker-thread
            round trip (0 turns that off). Other processes' commits newer than that batch are
            not seen by such an answer; ``reserve`` always decides on fresh data.
    """

    concurrent = True  # overlapping operations share one commit (group commit)

    def __init__(
        self,
        path: str | os.PathLike[str] = DEFAULT_SQLITE_PATH,
        *,
        owner: str | None = None,
        synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
        clock: Callable[[], float] = time.time,
        reconcile_on_open: bool = True,
        busy_timeout: float = 10.0,
        poll_interval: float = 0.2,
        cache_ttl: float = 0.5,
    ) -> None:
        self.path = Path(path)
        self.owner = owner or new_owner_id()
        self._synchronous = synchronous
        self._clock = clock
        self._reconcile_on_open = reconcile_on_open
        self._busy_timeout = busy_timeout
        self._poll_interval = poll_interval
        self._state = _State.UNOPENED
        self._conn: sqlite3.Connection | None = None
        self._queue: queue.SimpleQueue[_Op[Any] | None] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._writer_done = anyio.Event()
        self._stop_published = anyio.Event()
        # The last stop this store's subscriptions delivered (the newest at open to begin with):
        # a subscription starts after it, so a stop published while the process was starting,
        # or while a failed subscription was being reopened, is not missed.
        self._stops_seen = 0
        self._owner_lock: int | None = None  # the descriptor holding this owner's lock file
        self._cache = _Cache()
        # (device, inode) of the database file once opened; the writer checks before each
        # batch that the path still names it (not deleted, renamed away or replaced).
        self._file_id: tuple[int, int] | None = None
        self._lost: LedgerLost | None = None  # set for good once the file is gone
        self._cache_ttl = cache_ttl
        self._batches = 0
        # Set (writer thread) when SQLite finds the file damaged: every later operation fails
        # with it, as the damage does not heal (see _execute).
        self._damaged: LedgerLost | None = None
        self._operations = 0
        # Writer thread only: the last batch waited busy_timeout for the lock in vain (the
        # next ones try for _LOCKED_RETRY), and the busy timeout the connection has now.
        self._locked_out = False
        self._busy_now = busy_timeout

    def __repr__(self) -> str:
        return f"<SQLiteStore path={str(self.path)!r} owner={self.owner!r} {self._state.value}>"

    def statistics(self) -> dict[str, int]:
        """Operations run, batches committed and operations queued now."""
        return {
            "operations": self._operations,
            "batches": self._batches,
            "queued": self._queue.qsize(),
        }

    # -- lifecycle ---------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def open(self) -> None:
        """Open the file, create the schema, register the owner and reconcile orphans."""
        if self._state is not _State.UNOPENED:
            raise RuntimeError(f"{self!r} cannot be opened twice; create a new store instead.")
        self._conn = await anyio.to_thread.run_sync(self._connect)
        # Taken before the owner is registered: no reservation of ours exists without it.
        self._owner_lock = _lock_owner(_lock_path(self.path, self.owner))
        self._writer = threading.Thread(
            target=self._write_loop,
            args=(_waker(),),
            name=f"supervisor-sqlite-{self.path.name}",
            daemon=True,
        )
        self._writer.start()
        self._state = _State.OPEN
        try:
            self._stops_seen = await self._run(self._register)
            self._file_id = await anyio.to_thread.run_sync(_file_id, self.path)
            if self._reconcile_on_open:
                await self.reconcile_orphans()
        except BaseException:
            await self.aclose()
            raise

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self.path,
                isolation_level=None,
                check_same_thread=False,
                timeout=self._busy_timeout,
            )
        except (sqlite3.Error, OSError) as exc:
            if self.path.is_dir():
                # SQLite says only "unable to open database file".
                raise StoreUnavailable(
                    f"The ledger database {self.path} could not be opened: it is a folder, "
                    "not a file; name a file in it (--store sqlite:///"
                    f"{self.path / 'ledger.db'}) or another path."
                ) from exc
            raise StoreUnavailable(
                f"The ledger database {self.path} could not be opened ({exc}); "
                "check the path and its permissions."
            ) from exc
        leave_it = (
            f"It is left as it is: give the ledger a file of its own (--store "
            f"sqlite:///other.db), or move {self.path} away to start a new ledger here."
        )
        try:
            # Checked before anything is written (WAL mode, our tables), so a file that is not
            # a ledger is never changed.
            problem = _schema_problem(conn)
            if problem is None:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(f"PRAGMA synchronous={self._synchronous}")
                conn.executescript(_SCHEMA)
        except sqlite3.OperationalError as exc:
            # The file may be fine: SQLite could not open, lock or write it (a read-only file
            # or folder, where WAL mode must create -wal and -shm files beside it; a full
            # disk; another process holding the lock past busy_timeout).
            conn.close()
            if "locked" in str(exc):
                raise StoreUnavailable(
                    f"The ledger database {self.path} could not be used ({exc}): another "
                    "process holds it locked (a run or a supervise command using this ledger, "
                    "or another program). Try again once it is done, or give this run a ledger "
                    "of its own (--store sqlite:///other.db)."
                ) from exc
            raise StoreUnavailable(
                f"The ledger database {self.path} could not be used ({exc}). Check that this "
                f"user may write both the file and its folder {self.path.parent.absolute()} "
                "(SQLite creates its -wal and -shm files there) and that the disk is not full."
            ) from exc
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreCorrupted(
                f"{self.path} is not a ledger database this version can use ({exc}). {leave_it}"
            ) from exc
        if problem is not None:
            conn.close()
            raise StoreCorrupted(f"{self.path} {problem}. {leave_it}")
        return conn

    def _register(self, conn: sqlite3.Connection) -> int:
        """Register this owner; return the id of the newest stop published so far."""
        conn.execute(
            "INSERT OR REPLACE INTO owners (owner, host, pid, started, closed) "
            "VALUES (?, ?, ?, ?, NULL)",
            (self.owner, socket.gethostname(), os.getpid(), self._clock()),
        )
        return int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM stops").fetchone()[0])

    async def aclose(self) -> None:
        """Mark this owner closed and close the file; idempotent.

        Reservations still open stay counted; the next store to open the file reconciles them.
        """
        if self._state is _State.CLOSED:
            return
        was_open = self._state is _State.OPEN
        with anyio.CancelScope(shield=True):
            if was_open:
                try:
                    await self._run(self._unregister)
                except Exception:  # the file is going away; closing must still finish
                    pass
            self._state = _State.CLOSED
            if self._writer is not None:
                self._queue.put(None)  # after every queued operation: the writer closes the file
                await self._writer_done.wait()
            elif self._conn is not None:
                await anyio.to_thread.run_sync(self._conn.close)
            self._conn = None
            fd, self._owner_lock = self._owner_lock, None
            if fd is not None:
                with contextlib.suppress(OSError):
                    _lock_path(self.path, self.owner).unlink()
                os.close(fd)

    def _unregister(self, conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE owners SET closed = ? WHERE owner = ?", (self._clock(), self.owner))

    # -- the batching worker -----------------------------------------------------------------

    async def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        if self._state is not _State.OPEN:
            raise RuntimeError(f"{self!r} is not open; use it inside `async with`.")
        op: _Op[T] = _Op(fn)
        self._queue.put(op)
        with anyio.CancelScope(shield=True):  # once sent, an operation is seen through
            await op.event.wait()
        if op.error is not None:
            raise op.error
        return cast(T, op.result)

    def _write_loop(self, wake: Callable[[Callable[[], None]], object]) -> None:
        """The writer thread: run every queued operation, one transaction per batch."""
        q = self._queue
        closing = False
        while not closing:
            first = q.get()
            batch: list[_Op[Any]] = []
            if first is None:
                closing = True
            else:
                batch.append(first)
                while len(batch) < _MAX_BATCH:
                    try:
                        more = q.get_nowait()
                    except queue.Empty:
                        break
                    if more is None:
                        closing = True
                        break
                    batch.append(more)
            if batch:
                try:
                    self._execute(batch)
                except BaseException as exc:  # never leave a caller waiting
                    for op in batch:
                        op.error = exc
            if closing and self._conn is not None:
                try:
                    self._conn.close()
                except sqlite3.Error:
                    pass
            events = [op.event for op in batch]
            if closing:
                events.append(self._writer_done)
            try:
                wake(functools.partial(_set_all, events))
            except RuntimeError:  # the event loop is gone; nobody is waiting any more
                return

    def _execute(self, batch: list[_Op[Any]]) -> None:
        conn = self._conn
        assert conn is not None
        if self._damaged is not None:
            for op in batch:
                op.result = None
                op.error = self._damaged
            return
        self._batches += 1
        self._operations += len(batch)
        lost = self._lost or self._file_gone()
        if lost is not None:
            for op in batch:
                op.result = None
                op.error = lost
            return
        cache = self._cache
        wait = min(self._busy_timeout, _LOCKED_RETRY) if self._locked_out else self._busy_timeout
        try:
            if wait != self._busy_now:
                conn.execute(f"PRAGMA busy_timeout = {round(wait * 1000)}")
                self._busy_now = wait
            conn.execute("BEGIN IMMEDIATE")
            # Under the write lock: if another connection committed since our last batch, what
            # this store remembers may be out of date; forget it (it is reloaded on demand).
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            if version != cache.data_version:
                cache.clear()
                cache.data_version = version
            if not self._run_batch(conn, batch):
                # One operation failed: undo the batch and run it again, each operation in
                # its own savepoint, so that the failure undoes only its own work.
                _rolled_back_by_sqlite(conn, batch)
                conn.execute("ROLLBACK")
                cache.clear()
                conn.execute("BEGIN IMMEDIATE")
                for op in batch:
                    op.error = None
                    conn.execute("SAVEPOINT op")
                    try:
                        op.result = op.fn(conn)
                    except Exception as exc:
                        op.error = exc
                        _rolled_back_by_sqlite(conn, batch)
                        conn.execute("ROLLBACK TO op")
                        cache.clear()
                    conn.execute("RELEASE op")
            conn.execute("COMMIT")
            cache.validated = time.monotonic()
            self._locked_out = False
        except sqlite3.Error as exc:
            cache.clear()
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            code = getattr(exc, "sqlite_errorcode", None)
            locked = self._locked_out = isinstance(code, int) and code & 0xFF == _SQLITE_BUSY
            error: StoreUnavailable = self._damage(exc) or StoreUnavailable(
                f"The ledger database {self.path} is locked by another process: this write "
                f"waited {wait:g} s for its lock in vain"
                f"{' (another waited busy_timeout before it)' if wait < self._busy_timeout else ''}"
                ", so nothing of it was recorded. Find the process holding the file (`fuser` or "
                "`lsof` on it)."
                if locked
                else f"The ledger database {self.path} could not commit ({exc}); nothing in "
                "this batch was recorded. Check the disk and whether another process holds the "
                "lock."
            )
            error.__cause__ = exc
            for op in batch:
                op.result = None
                op.error = error
            return
        for op in batch:
            failed = op.error
            if isinstance(failed, sqlite3.Error):
                # SQLite's own error, not the operation's (a DuplicateCall...): the store's.
                translated: StoreUnavailable = self._damage(failed) or StoreUnavailable(
                    f"The ledger database {self.path} could not be written ({failed}); nothing "
                    "of this operation was recorded. Check that this user may write the file "
                    "and its folder (a read-only file or mount) and that the disk is not full."
                )
                translated.__cause__ = failed
                op.result = None
                op.error = translated

    def _damage(self, exc: BaseException) -> LedgerLost | None:
        """The error for ``exc`` if it says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB),
        remembered for every later operation; None for any other error (a lock, a full disk:
        those may pass)."""
        code = getattr(exc, "sqlite_errorcode", None)
        if not isinstance(exc, sqlite3.DatabaseError) or code is None:
            return None
        if code & 0xFF not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return None
        if self._damaged is None:
            self._damaged = LedgerLost(
                f"The ledger database {self.path} is damaged ({exc}): SQLite cannot read part "
                "of it, so no call can be reserved or settled on it. Keep a copy of the file; "
                f"`sqlite3 {self.path} .recover` may save what it holds. To go on with a new "
                "ledger, move the file (and its -wal and -shm files) away; the spend it "
                "recorded is then no longer counted."
            )
            self._damaged.__cause__ = exc
        return self._damaged

    def _file_gone(self) -> LedgerLost | None:
        """The error for every operation from now on, if the database file was deleted,
        renamed away or replaced while open. SQLite would go on writing into the file it
        holds, which nobody can open once this process ends: every charge and audit record
        from then on would be lost without a word. One ``stat`` per batch, in this thread."""
        if self._file_id is None:
            return None
        try:
            now: tuple[int, int] | None = _file_id(self.path)
        except OSError:
            now = None
        if now == self._file_id:
            return None
        self._lost = LedgerLost(
            f"The ledger database {self.path} was deleted, moved or replaced while this "
            "process used it; what it would write now would be lost with the file it still "
            "holds. Every call is refused from here on. Put the file back, or start the run "
            "again on a new ledger."
        )
        return self._lost

    def _run_batch(self, conn: sqlite3.Connection, batch: list[_Op[Any]]) -> bool:
        """Run every operation of ``batch`` in the open transaction, with no savepoints (the
        common case: nothing fails). False, with nothing else run, as soon as one raises."""
        for op in batch:
            try:
                op.result = op.fn(conn)
            except Exception as exc:
                op.error = exc
                return False
        return True

    # -- the cache ---------------------------------------------------------------------------

    def _limit_row(self, conn: sqlite3.Connection, key: str) -> _LimitRow | None:
        """The scope's limit row (None: no limit), from the cache or the file (worker thread)."""
        cache = self._cache
        row = cache.limits.get(key, _MISSING)
        if row is _MISSING:
            found = conn.execute(
                "SELECT window, cost, tokens, calls FROM limits WHERE scope = ?", (key,)
            ).fetchone()
            row = (found[0], found[1], found[2], found[3]) if found is not None else None
            cache.remember_limit(key, row)
        return cast("_LimitRow | None", row)

    def _counter_row(self, conn: sqlite3.Connection, key: str, bucket: str) -> list[int]:
        """``[spent cost, tokens, calls, reserved cost, tokens, calls]`` of one scope and bucket."""
        cache = self._cache
        row = cache.counters.get((key, bucket))
        if row is None:
            found = conn.execute(
                "SELECT spent_cost, spent_tokens, spent_calls, res_cost, res_tokens, res_calls "
                "FROM counters WHERE scope = ? AND bucket = ?",
                (key, bucket),
            ).fetchone()
            row = list(found) if found is not None else [0, 0, 0, 0, 0, 0]
            cache.remember_counter(key, bucket, row)
        return row

    def _grant_row(self, conn: sqlite3.Connection, key: str, bucket: str) -> list[int]:
        """``[granted cost, tokens, calls]`` of one scope and bucket (zeros: none granted)."""
        cache = self._cache
        row = cache.grants.get((key, bucket))
        if row is None:
            found = conn.execute(
                "SELECT cost, tokens, calls FROM grants WHERE scope = ? AND bucket = ?",
                (key, bucket),
            ).fetchone()
            row = list(found) if found is not None else [0, 0, 0]
            cache.remember_grant(key, bucket, row)
        return row

    # -- budgets -----------------------------------------------------------------------------

    async def set_limit(
        self, scope: Scope, limit: Limits | Amounts, window: Window | None = None
    ) -> None:
        """Set (or replace) a scope's limits, as ``policies.Ledger.set_limit`` does.

        ``Amounts`` fields of zero mean *no limit*; ``window`` applies to ``Amounts`` only.
        Lowering a limit below what is spent makes later reserves fail; nothing is revoked.
        """
        lim = limit if isinstance(limit, Limits) else Limits.from_amounts(limit, window)

        def op(conn: sqlite3.Connection) -> None:
            key = scope.key()
            conn.execute(
                "INSERT OR REPLACE INTO limits VALUES (?, ?, ?, ?, ?)",
                (key, lim.window, lim.cost, lim.tokens, lim.calls),
            )
            self._cache.remember_limit(key, (lim.window, lim.cost, lim.tokens, lim.calls))

        await self._run(op)

    async def reserve(
        self,
        call_id: str,
        scopes: Sequence[Scope],
        amounts: Amounts,
        *,
        model: str = "",
        grant: Mapping[Scope, Amounts] | None = None,
    ) -> Reservation | Shortfall:
        """Hold ``amounts`` on every scope and window, or nothing anywhere; with ``grant``,
        raise each short scope's limit by what the call needs (at most its grant), in the same
        transaction.

        Raises:
            policies.DuplicateCall: ``call_id`` was used before.
            StoreUnavailable: the file could not be written.
        """
        unique = tuple(dict.fromkeys(scopes))
        amounts = _clip(amounts)
        asked = (amounts.cost, amounts.tokens, amounts.calls)
        now = self._clock()

        def op(conn: sqlite3.Connection) -> Reservation | Shortfall:
            touched: list[tuple[str, str]] = []
            raises: list[tuple[Scope, str, str, list[int]]] = []
            # Where each limited scope stands after this reservation (Reservation.balances),
            # from its rows as read (the cached ones change in place once it is written).
            after: dict[Scope, Balance] = {}
            for scope in unique:
                key = scope.key()
                limit = self._limit_row(conn, key)
                if limit is not None:
                    window, *caps = limit
                    bkt = window_id(window, now)
                    row = self._counter_row(conn, key, bkt)
                    used = (row[0] + row[3], row[1] + row[4], row[2] + row[5])
                    granted = self._grant_row(conn, key, bkt)
                    allowed = grant.get(scope) if grant else None
                    room = (allowed.cost, allowed.tokens, allowed.calls) if allowed else (0, 0, 0)
                    need = [0, 0, 0]
                    for i, (dim, cap, u, a) in enumerate(
                        zip(_DIMENSIONS, caps, used, asked, strict=True)
                    ):
                        if cap is None or u + a <= cap + granted[i]:
                            continue
                        need[i] = u + a - cap - granted[i]
                        if need[i] > room[i]:  # (no grant for the scope: room 0)
                            if conn.execute(
                                "SELECT 1 FROM reservations WHERE call_id = ?", (call_id,)
                            ).fetchone():
                                raise _duplicate(call_id)
                            cap += granted[i]
                            return Shortfall(scope, dim, a, max(cap - u, 0), cap)
                    if any(need):
                        raises.append((scope, key, bkt, need))
                    after[scope] = _balance_of(
                        limit,
                        [*row[:3], row[3] + asked[0], row[4] + asked[1], row[5] + asked[2]],
                        [granted[0] + need[0], granted[1] + need[1], granted[2] + need[2]],
                    )
                    if bkt:
                        touched.append((key, bkt))
                touched.append((key, ""))
            try:
                # The primary key refuses a call id seen before; only this statement is undone.
                conn.execute(
                    "INSERT INTO reservations (call_id, owner, session, agent, model, scopes, "
                    "buckets, cost, tokens, calls, status, created) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        call_id,
                        self.owner,
                        _scope_id(unique, "session"),
                        _scope_id(unique, "agent"),
                        model,
                        json.dumps([s.key() for s in unique]),
                        json.dumps(touched),
                        amounts.cost,
                        amounts.tokens,
                        amounts.calls,
                        _OPEN,
                        now,
                    ),
                )
            except sqlite3.IntegrityError:
                raise _duplicate(call_id) from None
            conn.executemany(
                "INSERT INTO counters (scope, bucket, res_cost, res_tokens, res_calls) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, bucket) DO UPDATE SET "
                "res_cost = res_cost + excluded.res_cost, "
                "res_tokens = res_tokens + excluded.res_tokens, "
                "res_calls = res_calls + excluded.res_calls",
                [(key, bkt, *asked) for key, bkt in touched],
            )
            self._shift(touched, asked, (0, 0, 0))
            self._cache.calls[call_id] = _OpenCall(amounts, touched)
            if not raises:
                return Reservation(call_id, unique, amounts, None, after)
            conn.executemany(
                "INSERT INTO grants (scope, bucket, cost, tokens, calls) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (scope, bucket) DO UPDATE SET cost = cost + excluded.cost, "
                "tokens = tokens + excluded.tokens, calls = calls + excluded.calls",
                [(key, bkt, *need) for _, key, bkt, need in raises],
            )
            for _, key, bkt, need in raises:
                cached = self._cache.grants.get((key, bkt))
                if cached is not None:
                    cached[0] += need[0]
                    cached[1] += need[1]
                    cached[2] += need[2]
            return Reservation(
                call_id,
                unique,
                amounts,
                {scope: Amounts(*need) for scope, _, _, need in raises},
                after,
            )

        return await self._run(op)

    def _shift(
        self,
        buckets: Sequence[Sequence[str]],
        reserved: tuple[int, int, int],
        spent: tuple[int, int, int],
    ) -> None:
        """Apply a committed counter change to the cached rows (those not cached are skipped)."""
        counters = self._cache.counters
        rc, rt, rcl = reserved
        sc, st, scl = spent
        for key, bkt in buckets:
            row = counters.get((key, bkt))
            if row is not None:
                row[0] += sc
                row[1] += st
                row[2] += scl
                row[3] += rc
                row[4] += rt
                row[5] += rcl

    def _move(
        self,
        conn: sqlite3.Connection,
        buckets: Sequence[Sequence[str]],
        reserved: Amounts,
        spent: Amounts,
    ) -> None:
        conn.executemany(
            "UPDATE counters SET res_cost = res_cost - ?, res_tokens = res_tokens - ?, "
            "res_calls = res_calls - ?, spent_cost = spent_cost + ?, "
            "spent_tokens = spent_tokens + ?, spent_calls = spent_calls + ? "
            "WHERE scope = ? AND bucket = ?",
            [
                (
                    reserved.cost,
                    reserved.tokens,
                    reserved.calls,
                    spent.cost,
                    spent.tokens,
                    spent.calls,
                    key,
                    bkt,
                )
                for key, bkt in buckets
            ],
        )
        self._shift(
            buckets,
            (-reserved.cost, -reserved.tokens, -reserved.calls),
            (spent.cost, spent.tokens, spent.calls),
        )

    async def settle(self, call_id: str, actual: Amounts) -> Settlement:
        """Charge ``actual``, release the rest; committed (durable) when this returns.

        ``actual`` above the reservation is charged in full and flagged as ``overrun``. A call
        that already finished (settled, released or reconciled as an orphan) returns its first
        outcome and changes nothing.

        Raises:
            policies.UnknownCall: the store never saw ``call_id``.
            StoreUnavailable: the file could not be written; nothing was recorded.
        """
        return await self._finish(call_id, _clip(actual), release=False)

    async def release(self, call_id: str) -> Settlement:
        """Give the whole reservation back; idempotent like :meth:`settle`.

        Raises:
            policies.UnknownCall: the store never saw ``call_id``.
        """
        return await self._finish(call_id, Amounts(), release=True)

    async def _finish(self, call_id: str, actual: Amounts, *, release: bool) -> Settlement:
        now = self._clock()

        def op(conn: sqlite3.Connection) -> Settlement:
            held = self._cache.calls.pop(call_id, None)
            if held is not None:
                reserved, buckets = held.reserved, held.buckets
            else:
                row = conn.execute(
                    "SELECT status, cost, tokens, calls, buckets, actual_cost, actual_tokens, "
                    "actual_calls, owner FROM reservations WHERE call_id = ?",
                    (call_id,),
                ).fetchone()
                if row is None:
                    raise UnknownCall(
                        f"Call id {call_id!r} has no reservation in {self.path}; settle or "
                        "release only calls you reserved."
                    )
                status, cost, tokens, calls, buckets_json, acost, atokens, acalls, owner = row
                reserved = Amounts(cost, tokens, calls)
                if status != _OPEN:
                    return _settlement(call_id, reserved, Amounts(acost, atokens, acalls))
                if owner != self.owner:
                    # Another process reused the call id (its reserve got DuplicateCall): ending
                    # the holder's reservation would leave the holder's call unaccounted.
                    raise UnknownCall(
                        f"Call id {call_id!r} is held open by another process ({owner}) in "
                        f"{self.path}, so it was not finished here: a process settles or "
                        "releases only the calls it reserved (give every call a unique id)."
                    )
                buckets = json.loads(buckets_json)
            updated = conn.execute(
                "UPDATE reservations SET status = ?, actual_cost = ?, actual_tokens = ?, "
                "actual_calls = ?, finished = ? WHERE call_id = ? AND status = ?",
                (
                    _RELEASED if release else _SETTLED,
                    actual.cost,
                    actual.tokens,
                    actual.calls,
                    now,
                    call_id,
                    _OPEN,
                ),
            ).rowcount
            if updated != 1:  # finished behind the cache's back: answer from the file
                return op(conn)
            self._move(conn, buckets, reserved, actual)
            return _settlement(call_id, reserved, actual)

        return await self._run(op)

    def _balance(self, conn: sqlite3.Connection, scope: Scope) -> Balance:
        key = scope.key()
        lrow = self._limit_row(conn, key)
        bucket = window_id(lrow[0] if lrow else None, self._clock())
        crow = self._counter_row(conn, key, bucket)
        grow = self._grant_row(conn, key, bucket) if lrow else _NO_GRANT
        return _balance_of(lrow, crow, grow)

    async def balance(self, scope: Scope) -> Balance:
        """Where ``scope`` stands in its limit's current window (a new window starts at zero).

        Answered from what this store remembers, with no worker-thread round trip, when the
        store committed a batch in the last ``cache_ttl`` seconds and remembers the scope's rows;
        read from the file otherwise.
        """
        if self._state is _State.OPEN:
            cache = self._cache
            if time.monotonic() - cache.validated < self._cache_ttl:
                key = scope.key()
                lrow = cache.limits.get(key, _MISSING)
                if lrow is not _MISSING:
                    bucket = window_id(lrow[0] if lrow else None, self._clock())
                    crow = cache.counters.get((key, bucket))
                    # (A scope with no limit has no grant: nothing to look up.)
                    grow = cache.grants.get((key, bucket)) if lrow else _NO_GRANT
                    if crow is not None and grow is not None:
                        return _balance_of(lrow, crow, grow)
        return await self._run(lambda conn: self._balance(conn, scope))

    # -- orphans, sessions -------------------------------------------------------------------

    async def reconcile_orphans(self) -> list[OpenReservation]:
        """Settle reservations of closed, unknown or dead owners at their reserved amount.

        Each one is marked ``orphaned`` and recorded in the audit log as
        ``reservation_orphaned``. An owner is dead when its lock file is there and nobody holds
        it; one without a lock file (an older version) on another host is left alone (its
        reservations keep counting as reserved). Returns the reconciled reservations.
        """
        now = self._clock()
        host = socket.gethostname()

        def op(conn: sqlite3.Connection) -> list[OpenReservation]:
            owners = {
                row[0]: (row[1], row[2], row[3])
                for row in conn.execute("SELECT owner, host, pid, closed FROM owners")
            }
            dead: set[str] = set()
            for (owner,) in conn.execute(
                "SELECT DISTINCT owner FROM reservations WHERE status = ?", (_OPEN,)
            ).fetchall():
                if owner == self.owner:
                    continue
                info = owners.get(owner)
                if info is None or info[2] is not None:
                    dead.add(owner)
                    continue
                locked = _owner_lock_state(_lock_path(self.path, owner))
                if locked is False or (
                    locked is None and info[0] == host and not _pid_alive(info[1])
                ):
                    dead.add(owner)
            done: list[OpenReservation] = []
            for owner in sorted(dead):
                rows = conn.execute(
                    "SELECT call_id, scopes, buckets, cost, tokens, calls, session, agent, model, "
                    "created FROM reservations WHERE status = ? AND owner = ?",
                    (_OPEN, owner),
                ).fetchall()
                for (
                    call_id,
                    scopes,
                    buckets,
                    cost,
                    tokens,
                    calls,
                    session,
                    agent,
                    model,
                    created,
                ) in rows:
                    amounts = Amounts(cost, tokens, calls)
                    self._move(conn, json.loads(buckets), amounts, amounts)
                    self._cache.calls.pop(call_id, None)
                    conn.execute(
                        "UPDATE reservations SET status = ?, actual_cost = ?, actual_tokens = ?, "
                        "actual_calls = ?, finished = ? WHERE call_id = ?",
                        (_ORPHANED, cost, tokens, calls, now, call_id),
                    )
                    record = OpenReservation(
                        call_id,
                        tuple(_scope_from_key(k) for k in json.loads(scopes)),
                        amounts,
                        owner,
                        session,
                        agent,
                        model,
                        created,
                    )
                    done.append(record)
                    self._append(
                        conn,
                        now,
                        "reservation_orphaned",
                        session,
                        agent,
                        {
                            "call_id": call_id,
                            "owner": owner,
                            "model": model,
                            "charged": {"cost": cost, "tokens": tokens, "calls": calls},
                            "rule": "an orphaned reservation is settled at its reserved amount",
                        },
                    )
            return done

        return await self._run(op)

    async def list_sessions(self) -> list[SessionSummary]:
        """Every session with its spend by agent and model, oldest first."""
        return await self._run(lambda conn: _sessions(conn, None))

    async def load_session(self, session: str) -> SessionState:
        """Balances, call counts and open reservations of ``session`` for a restarted governor."""

        def op(conn: sqlite3.Connection) -> SessionState:
            found = _sessions(conn, session)
            summary = (
                found[0]
                if found
                else SessionSummary(session, Amounts(), Amounts(), 0, 0, 0.0, 0.0, {}, {})
            )
            agents = [
                row[0]
                for row in conn.execute(
                    "SELECT DISTINCT agent FROM reservations WHERE session = ? AND agent != ''",
                    (session,),
                )
            ]
            balances = {Scope("session", session): self._balance(conn, Scope("session", session))}
            for agent in agents:
                balances[Scope("agent", agent)] = self._balance(conn, Scope("agent", agent))
            calls = {
                row[0]: row[1]
                for row in conn.execute(
                    "SELECT agent, COUNT(*) FROM reservations WHERE session = ? "
                    f"AND status IN (?, ?) AND NOT {_EXTENSION} GROUP BY agent",
                    (session, _SETTLED, _ORPHANED),
                )
            }
            open_rows = conn.execute(
                "SELECT call_id, scopes, cost, tokens, calls, owner, session, agent, model, "
                "created FROM reservations WHERE session = ? AND status = ? ORDER BY created",
                (session, _OPEN),
            ).fetchall()
            held = tuple(
                OpenReservation(
                    r[0],
                    tuple(_scope_from_key(k) for k in json.loads(r[1])),
                    Amounts(r[2], r[3], r[4]),
                    r[5],
                    r[6],
                    r[7],
                    r[8],
                    r[9],
                )
                for r in open_rows
            )
            return SessionState(session, balances, calls, held, summary)

        return await self._run(op)

    async def load_progress(self, session: str) -> SessionProgress | None:
        """The session's progress saved by earlier runs (in the ``meta`` table), or None."""

        def op(conn: sqlite3.Connection) -> SessionProgress | None:
            key = _progress_key(session)
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            return stored_progress(
                session,
                lambda: json.loads(row[0]),
                f"the row {key!r} of the meta table in {self.path}",
                f"sqlite3 {self.path} \"DELETE FROM meta WHERE key = '{key}'\"",
            )

        return await self._run(op)

    async def save_progress(self, session: str, progress: SessionProgress) -> None:
        """Save the session's progress, keeping the larger of each count already saved (read
        and written in one transaction, so two processes on the file never lower it)."""
        new = progress.fields()

        def op(conn: sqlite3.Connection) -> None:
            key = _progress_key(session)
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            merged = merge_progress_fields(json.loads(row[0]) if row else {}, new)
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(merged)))

        await self._run(op)

    # -- audit -------------------------------------------------------------------------------

    def _append(
        self,
        conn: sqlite3.Connection,
        now: float,
        event: str,
        session: str,
        agent: str,
        data: Mapping[str, Any],
    ) -> AuditRecord:
        cache = self._cache
        if cache.audit_head is not None:
            seq, prev = cache.audit_head
        else:
            head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
            seq, prev = (0, _audit.GENESIS)
            if head is not None:
                seq_text, prev = head[0].split(" ")
                seq = int(seq_text)
        record = _audit.make_record(seq + 1, now, event, session, agent, data, prev)
        conn.execute(
            "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.seq,
                record.time,
                event,
                session,
                agent,
                json.dumps(record.data, sort_keys=True, separators=(",", ":")),
                prev,
                record.hash,
            ),
        )
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('audit_head', ?)", (f"{record.seq} {record.hash}",)
        )
        cache.audit_head = (record.seq, record.hash)
        return record

    async def append_audit(
        self, event: str, data: Mapping[str, Any], *, session: str = "", agent: str = ""
    ) -> AuditRecord:
        """Append one record to the chain; credentials in ``data`` are redacted first."""
        now = self._clock()
        return await self._run(lambda conn: self._append(conn, now, event, session, agent, data))

    async def read_audit(
        self, *, session: str | None = None, agent: str | None = None, limit: int | None = None
    ) -> list[AuditRecord]:
        """Records oldest first, filtered by session and agent; ``limit`` keeps the newest."""

        def op(conn: sqlite3.Connection) -> list[AuditRecord]:
            where: list[str] = []
            args: list[Any] = []
            if session is not None:
                where.append("session = ?")
                args.append(session)
            if agent is not None:
                where.append("agent = ?")
                args.append(agent)
            sql = "SELECT * FROM audit"
            if where:
                sql += " WHERE " + " AND ".join(where)
            sql += " ORDER BY seq DESC"
            if limit is not None:
                sql += " LIMIT ?"
                args.append(limit)
            rows = conn.execute(sql, args).fetchall()
            return [_audit_row(row) for row in reversed(rows)]

        return await self._run(op)

    async def verify_audit(self) -> AuditVerification:
        """Check the whole chain, and the head against the last record."""

        def op(conn: sqlite3.Connection) -> AuditVerification:
            head_row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()

            def records() -> Iterator[AuditRecord]:
                # (Read only when the head could be: a damaged head is the answer already.)
                for row in conn.execute("SELECT * FROM audit ORDER BY seq"):
                    yield _audit_row(row)

            head_text = str(head_row[0]) if head_row is not None else None
            return _audit.verify_with_stored_head(records(), head_text, "the meta row 'audit_head'")

        return await self._run(op)

    # -- stops -------------------------------------------------------------------------------

    async def publish_stop(self, stop: StopSignal) -> None:
        """Record a stop; subscribers in this and other processes see it within ``poll_interval``."""
        if not stop.time:
            stop = StopSignal(stop.target, stop.id, stop.reason, stop.by, self._clock())
        now = self._clock()

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO stops (body) VALUES (?)", (encode_stop(stop),))
            self._append(
                conn,
                now,
                "stop_published",
                stop.id if stop.target == "session" else "",
                stop.id if stop.target == "agent" else "",
                {"target": stop.target, "id": stop.id, "reason": stop.reason, "by": stop.by},
            )

        await self._run(op)
        event, self._stop_published = self._stop_published, anyio.Event()
        event.set()

    @asynccontextmanager
    async def stops(self) -> AsyncIterator[AsyncIterator[StopSignal]]:
        """Subscribe to stops (by any process using this file) published after the last one a
        subscription of this store delivered, or since the store opened.

        A stop published while the process was starting, or while a failed subscription was
        being reopened, is delivered; one already delivered is not delivered again.
        """
        if self._state is not _State.OPEN:
            raise RuntimeError(f"{self!r} is not open; use it inside `async with`.")
        last = self._stops_seen

        async def signals() -> AsyncGenerator[StopSignal, None]:
            nonlocal last
            while True:
                rows = await self._run(functools.partial(_stops_after, last))
                for ident, body in rows:
                    last = ident
                    self._stops_seen = max(self._stops_seen, ident)  # handed over: delivered
                    yield decode_stop(body)
                with anyio.move_on_after(self._poll_interval):
                    await self._stop_published.wait()

        iterator = signals()
        try:
            yield iterator
        finally:
            await iterator.aclose()


def _stops_after(last: int, conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute("SELECT id, body FROM stops WHERE id > ? ORDER BY id", (last,)).fetchall()


def _clip(a: Amounts) -> Amounts:
    return Amounts(max(a.cost, 0), max(a.tokens, 0), max(a.calls, 0))


def _rolled_back_by_sqlite(conn: sqlite3.Connection, batch: list[_Op[Any]]) -> None:
    """Raise the SQLite error of the batch's failed operation if SQLite rolled the whole
    transaction back by itself (it does on a full disk, an I/O error, no memory): every
    operation of the batch is then undone, and the batch fails with the cause, not with the
    ROLLBACK that would find no transaction ("cannot rollback - no transaction is active")."""
    if conn.in_transaction:
        return
    for op in batch:
        if isinstance(op.error, sqlite3.Error):
            raise op.error
    raise sqlite3.OperationalError("SQLite ended the transaction by itself")


def _settlement(call_id: str, reserved: Amounts, actual: Amounts) -> Settlement:
    return Settlement(call_id, reserved, actual, _clip(reserved - actual), _clip(actual - reserved))


def _duplicate(call_id: str) -> DuplicateCall:
    return DuplicateCall(f"Call id {call_id!r} was already reserved; give every call a unique id.")


def _balance_of(lrow: _LimitRow | None, crow: list[int], grow: list[int]) -> Balance:
    limit = Limits(lrow[1], lrow[2], lrow[3], lrow[0]) if lrow else Limits()
    return Balance.of(
        limit,
        Amounts(crow[0], crow[1], crow[2]),
        Amounts(crow[3], crow[4], crow[5]),
        Amounts(grow[0], grow[1], grow[2]) if lrow and any(grow) else None,
    )


def _audit_row(row: tuple[Any, ...]) -> AuditRecord:
    seq, when, event, session, agent, data, prev, digest = row
    try:
        parsed = json.loads(data)
    except (ValueError, TypeError):
        parsed = None
    if not isinstance(parsed, dict):
        # Edited by hand into something that is not a record's data: shown as it is, and
        # found by verify_audit (its hash cannot match), instead of failing every read.
        parsed = {"unreadable": str(data)[:2000]}
    return AuditRecord(seq, when, event, session, agent, parsed, prev, digest)


def _sessions(conn: sqlite3.Connection, only: str | None) -> list[SessionSummary]:
    where = "WHERE session = ?" if only is not None else "WHERE session != ''"
    args: tuple[Any, ...] = (only,) if only is not None else ()
    totals: dict[str, dict[str, Any]] = {}
    rows = conn.execute(
        "SELECT session, agent, model, status, SUM(COALESCE(actual_cost, 0)), "
        "SUM(COALESCE(actual_tokens, 0)), SUM(COALESCE(actual_calls, 0)), "
        f"SUM(cost), SUM(tokens), SUM(calls), COUNT(*), SUM(NOT {_EXTENSION}), MIN(created), "
        f"MAX(COALESCE(finished, created)) FROM reservations {where} "
        "GROUP BY session, agent, model, status",
        args,
    ).fetchall()
    for session, agent, model, status, ac, at, acl, rc, rt, rcl, count, made, first, last in rows:
        entry = totals.setdefault(
            session,
            {
                "spent": Amounts(),
                "reserved": Amounts(),
                "calls": 0,
                "open": 0,
                "first": math.inf,
                "last": 0.0,
                "agents": {},
                "models": {},
            },
        )
        entry["first"] = min(entry["first"], first)
        entry["last"] = max(entry["last"], last)
        if status in (_SETTLED, _ORPHANED):
            charge = Amounts(ac, at, acl)
            entry["spent"] += charge
            entry["calls"] += made  # an extension's charge is its call's, not another call
            entry["agents"][agent] = entry["agents"].get(agent, Amounts()) + charge
            entry["models"][model] = entry["models"].get(model, Amounts()) + charge
        elif status == _OPEN:
            entry["reserved"] += Amounts(rc, rt, rcl)
            entry["open"] += count
    out = [
        SessionSummary(
            session,
            e["spent"],
            e["reserved"],
            e["calls"],
            e["open"],
            e["first"],
            e["last"],
            e["agents"],
            e["models"],
        )
        for session, e in totals.items()
    ]
    out.sort(key=lambda s: (s.first, s.session))
    return out
