"""The shared ledger store: Redis, so many processes on many hosts share one budget.

Atomicity
    ``reserve`` and ``settle``/``release`` are Lua scripts run by Redis atomically (EVALSHA, with
    a fallback to EVAL when the server answers NOSCRIPT, e.g. after a restart). A reserve checks
    every scope and then increments every counter inside one script, so N processes can never
    jointly overshoot a budget. The scripts build counter keys from their arguments, so this store
    needs a single Redis (or one cluster slot), not Redis Cluster.

Client
    A small RESP client on anyio sockets (``_resp.py``): it runs on asyncio and trio alike and
    pipelines every task's requests on one connection. ``redis.asyncio`` is asyncio-only, and the
    synchronous redis-py client in worker threads pays a thread hop per call; the benchmark
    (``benchmarks/bench_store.py``) measures the choice.

Key layout (``P`` is the prefix, ``{scope}`` is ``kind:id``, e.g. ``session:s1``)::

    P:limit:{scope}          hash  cost, tokens, calls, window    no expiry
    P:ctr:{scope}|total      hash  sc st sn (spent) rc rt rn (reserved)    no expiry
                                   gc gt gn (granted by people on top of the limit, kept in
                                   the bucket the limit is checked in; set_limit leaves them)
    P:ctr:{scope}|{window}   same, per window bucket (minute:N, hour:N, day:YYYY-MM-DD,
                             month:YYYY-MM, on Redis's clock); expires 1 hour after the
                             window ends, so a window resets by starting a
                             new key and old ones go away
    P:res:{call_id}          hash  status (open|settled|released|orphaned), owner, session,
                             agent, model, scopes, buckets, cost, tokens, calls, ac, at, an,
                             created, finished; no expiry while open, 7 days once finished
                             (settle and release stay idempotent that long)
    P:open:{owner}           set   call ids the owner holds open
    P:owners                 set   owners that have held reservations
    P:owner:{owner}          string  heartbeat, PX 15 s, refreshed every 5 s while open
    P:sessions               zset  session -> first reservation time
    P:sess:{session}         hash  sc st sn (spent), rc rt rn (reserved), calls, open, first,
                             last, a:{agent}:c|t|n|k, m:{model}:c|t|n (spend by agent/model)
    P:sessopen:{session}     set   open call ids of the session
    P:agents:{session}       set   agents seen in the session
    P:progress:{session}     hash  calls, steps, elapsed, a:{agent}:c|s: the session's progress
                             against its [limits], kept across runs; a save keeps the
                             larger of each field
    P:audit                  list  audit records (JSON), oldest first
    P:audit:head             string  "seq hash" of the last record
    P:stoplog                list  every stop published (JSON)
    P:stops                  pub/sub channel; each message carries its index in P:stoplog
    P:gen                    integer  grows by one with every reserve and finish; a store
                             that finds it lower than it last saw refuses (data was lost)
    P:epoch                  string  random id written by the first store on the prefix; a
                             store that finds another (or none) refuses (data was lost)

Orphaned reservations
    An owner is alive while its heartbeat key exists. :meth:`RedisStore.reconcile_orphans` (run
    on open, then every ``reconcile_every`` seconds while the store is open) settles every open
    reservation of an owner whose heartbeat expired at its full reserved amount, marks it
    ``orphaned`` and audits it. Until then it counts as reserved (budgets count it either way;
    the periodic run makes a long shared run report a killed process's calls as spent). An
    owner cut off longer than the heartbeat may find its reservations reconciled; its own late
    settle then returns the orphan settlement, and charges what the call used beyond it
    (over-counted, never under-counted). The finish script checks the owner's heartbeat
    again: an owner that came back meanwhile keeps its calls.

Failing closed
    Connects and requests are bounded (``connect_timeout``, ``timeout``); when Redis cannot be
    reached every operation raises :class:`StoreUnavailable` at once, and the next operation
    reconnects. A reserve whose outcome is unknown (the connection broke after it was sent) is
    released when the store reconnects, so it does not hold budget forever; the governor treated
    it as refused. A settle whose outcome is unknown is kept and replayed (settle is idempotent)
    before anything else once Redis is back; it raises ``StoreUnavailable`` meanwhile and its
    reservation keeps counting in full, so spend is never unaccounted.

Data lost under a running store
    FLUSHDB, a Redis restarted without persistence (or from an older snapshot) and eviction
    under ``maxmemory`` take away limits and spent counters; a store that went on would start
    the budget again from zero. Every reserve and finish passes the highest ``P:gen`` the store
    has seen and the ``P:epoch`` it opened with, and the script refuses when Redis holds less
    or another epoch, so the store raises
    :class:`StoreUnavailable` (fail closed) for the rest of its life. A Redis that may evict
    keys (``maxmemory`` with a policy other than ``noeviction``) is refused when the store opens.

Data lost before a store opens
    Redis alone cannot tell a ledger that was lost from one never used. With a ``memory`` file
    (``open_store`` and ``supervise`` keep ``.supervisor/redis-ledgers.json`` under the working
    directory) every store writes there, at open, every 30 s and at close, the ``P:epoch`` and
    the highest ``P:gen`` it has seen for its Redis, database and prefix; also on the next beat
    after the ledger's first write (until then the file says 0 writes, a ledger that may be
    lost) and once more when the store finds the ledger lost (to the ledger's entry only, so a
    loss already accepted is not put back). A store that opens to find no epoch, another epoch
    or fewer writes than the file remembers raises :class:`StoreUnavailable` instead of
    starting the budgets again from zero; removing the ledger's entry from the file (or the
    file) accepts the loss. A host that never used the ledger, or a store given no file, cannot
    know and starts from what Redis holds. The file is read before Redis at open (what it
    remembers was read from Redis first, so another process's write in between is no false
    alarm); processes merge their writes under a lock beside it (``.NAME.lock``), and only a
    store opening replaces an entry of another epoch. A damaged file refuses the open and is
    left as it is; a symlinked one is written where it points; a relative path is taken from
    the working directory at open. A process killed -9 leaves what it last wrote (30 s old at
    most): an older snapshot restored within that time goes unnoticed.

Stops
    ``publish_stop`` appends to ``P:stoplog`` and publishes on ``P:stops`` in one script.
    Subscribers hold their own connection; after a reconnect they replay what they missed from
    ``P:stoplog``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
import time
import uuid
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import anyio
import structlog

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
    window_bounds,
    window_id,
)

from . import _audit
from ._base import (
    AuditRecord,
    AuditVerification,
    LedgerLost,
    OpenReservation,
    SessionProgress,
    SessionState,
    SessionSummary,
    StopSignal,
    StoreCorrupted,
    StoreError,
    StoreUnavailable,
    _State,
    new_owner_id,
    stored_progress,
)
from ._resp import ConnectionLost, NoAnswer, NotRedis, RespConnection, RespError
from ._stops import decode_stop, encode_stop

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping, Sequence
    from types import TracebackType
    from typing import Self

    from anyio.abc import TaskGroup

    from policies import Window

__all__ = ["RedisStore"]

logger = structlog.get_logger("supervisor.store.redis")

#: This host's clock; the store corrects it by its offset from Redis's clock.
_host_clock: Callable[[], float] = time.time

_WINDOWS: tuple[Window, ...] = ("minute", "hour", "day", "month")
_HEARTBEAT_MS = 15_000
_HEARTBEAT_EVERY = 5.0
#: How often an open store writes what it has seen to its memory file (see ``memory``).
_REMEMBER_EVERY = 30.0
#: A ledger this host has not used for this long is dropped from the memory file.
_MEMORY_KEEP_S = 90 * 86_400
_FINISHED_TTL = 7 * 86_400

_LUA_COMMON = """
local function I(x) return string.format('%d', x) end
local function N(x) return tonumber(x) or 0 end
"""

# ARGV: P, call, now, cost, tokens, calls, owner, session, agent, model, scopes_json,
#       4 window ids (minute, hour, day, month), 4 window ends, n, generation, epoch,
#       scope keys..., then per scope the approved grant's cost, tokens, calls ('' for none).
# A scope short of room by no more than its approved grant is raised by what the call needs
# (gc gt gn on the bucket its limit is checked in), in this same script: all or nothing.
# Reply: {'ok', the number of raised scopes, per raised scope: key, cost, tokens, calls, ...,
# per scope with a limit: key, its limit's cost, tokens, calls, window ('' for none), then its
# bucket's sc st sn rc rt rn gc gt gn after this reserve, ..., gen} (gen last, as ever).
_RESERVE = (
    _LUA_COMMON
    + """
local P, call, now = ARGV[1], ARGV[2], ARGV[3]
local asked = {N(ARGV[4]), N(ARGV[5]), N(ARGV[6])}
local owner, session, agent, model, scopes = ARGV[7], ARGV[8], ARGV[9], ARGV[10], ARGV[11]
local wid = {minute = ARGV[12], hour = ARGV[13], day = ARGV[14], month = ARGV[15]}
local wend = {minute = N(ARGV[16]), hour = N(ARGV[17]), day = N(ARGV[18]), month = N(ARGV[19])}
local n = N(ARGV[20])
local gen = N(redis.call('GET', P .. ':gen'))
if gen < N(ARGV[21]) or redis.call('GET', P .. ':epoch') ~= ARGV[22] then
  return {'lost', I(gen)}
end
local rkey = P .. ':res:' .. call
if redis.call('EXISTS', rkey) == 1 then return {'dup'} end
local dims = {'cost', 'tokens', 'calls'}
local gfield = {'gc', 'gt', 'gn'}
local touched, ttl, raises, limited = {}, {}, {}, {}
for i = 1, n do
  local s = ARGV[22 + i]
  local lim = redis.call('HMGET', P .. ':limit:' .. s, 'cost', 'tokens', 'calls', 'window')
  local w = lim[4]
  if lim[1] or lim[2] or lim[3] then
    local ck = P .. ':ctr:' .. s .. '|total'
    if w then ck = P .. ':ctr:' .. s .. '|' .. wid[w] end
    local used = redis.call('HMGET', ck, 'sc', 'st', 'sn', 'rc', 'rt', 'rn', 'gc', 'gt', 'gn')
    local g0 = 22 + n + 3 * (i - 1)
    local need, any = {0, 0, 0}, false
    for j = 1, 3 do
      if lim[j] then
        local cap = N(lim[j]) + N(used[j + 6])
        local u = N(used[j]) + N(used[j + 3])
        if u + asked[j] > cap then
          need[j] = u + asked[j] - cap
          if need[j] > N(ARGV[g0 + j]) then
            local left = cap - u
            if left < 0 then left = 0 end
            return {'short', s, dims[j], I(asked[j]), I(left), I(cap)}
          end
          any = true
        end
      end
    end
    if any then table.insert(raises, {ck, s, need}) end
    table.insert(limited, {s, lim, used, need})
    if w then
      table.insert(touched, ck)
      ttl[ck] = math.ceil(wend[w] - N(now)) + 3600
    end
  end
  table.insert(touched, P .. ':ctr:' .. s .. '|total')
end
for _, ck in ipairs(touched) do
  redis.call('HINCRBY', ck, 'rc', ARGV[4])
  redis.call('HINCRBY', ck, 'rt', ARGV[5])
  redis.call('HINCRBY', ck, 'rn', ARGV[6])
  if ttl[ck] then redis.call('EXPIRE', ck, I(ttl[ck])) end
end
local reply = {'ok', I(#raises)}
for _, r in ipairs(raises) do
  for j = 1, 3 do
    if r[3][j] > 0 then redis.call('HINCRBY', r[1], gfield[j], I(r[3][j])) end
  end
  table.insert(reply, r[2])
  table.insert(reply, I(r[3][1]))
  table.insert(reply, I(r[3][2]))
  table.insert(reply, I(r[3][3]))
end
for _, b in ipairs(limited) do
  local lim, used, need = b[2], b[3], b[4]
  table.insert(reply, b[1])
  for j = 1, 4 do table.insert(reply, lim[j] or '') end
  for j = 1, 3 do table.insert(reply, I(N(used[j]))) end
  for j = 1, 3 do table.insert(reply, I(N(used[j + 3]) + asked[j])) end
  for j = 1, 3 do table.insert(reply, I(N(used[j + 6]) + need[j])) end
end
redis.call('HSET', rkey, 'status', 'open', 'owner', owner, 'session', session, 'agent', agent,
  'model', model, 'scopes', scopes, 'buckets', cjson.encode(touched), 'cost', ARGV[4],
  'tokens', ARGV[5], 'calls', ARGV[6], 'created', now)
redis.call('SADD', P .. ':open:' .. owner, call)
redis.call('SADD', P .. ':owners', owner)
if session ~= '' then
  local sk = P .. ':sess:' .. session
  redis.call('ZADD', P .. ':sessions', 'NX', now, session)
  redis.call('HSETNX', sk, 'first', now)
  redis.call('HSET', sk, 'last', now)
  redis.call('HINCRBY', sk, 'rc', ARGV[4])
  redis.call('HINCRBY', sk, 'rt', ARGV[5])
  redis.call('HINCRBY', sk, 'rn', ARGV[6])
  redis.call('HINCRBY', sk, 'open', 1)
  redis.call('SADD', P .. ':sessopen:' .. session, call)
  if agent ~= '' then redis.call('SADD', P .. ':agents:' .. session, agent) end
end
table.insert(reply, I(redis.call('INCR', P .. ':gen')))
return reply
"""
)

# ARGV: P, call, now, ac, at, an, mode (settled|released|orphaned|abandoned), finished ttl,
#       generation, owner, epoch
# An open reservation is settled or released only by its owner (another process that reused the
# call id gets 'foreign' and changes nothing); 'orphaned' is how others finish a dead owner's,
# checked here, atomically: an owner found dead that beat again since (only stalled) and
# reserved anew gets 'alive', and its call in flight is not settled under it.
# "abandoned" releases a reserve whose outcome the client never learned. If Redis has no such
# reservation, it may still be about to run it (a request that timed out on a connection since
# dropped): a released record is left in its place, so that the reserve, if it comes, finds the
# call id taken ('dup') and holds nothing.
_FINISH = (
    _LUA_COMMON
    + """
local P, call, now, mode = ARGV[1], ARGV[2], ARGV[3], ARGV[7]
local gen = N(redis.call('GET', P .. ':gen'))
if gen < N(ARGV[9]) or redis.call('GET', P .. ':epoch') ~= ARGV[11] then
  return {'lost', I(gen)}
end
local rkey = P .. ':res:' .. call
local r = redis.call('HMGET', rkey, 'status', 'cost', 'tokens', 'calls', 'buckets', 'owner',
  'session', 'agent', 'model', 'ac', 'at', 'an')
if mode == 'abandoned' then
  if not r[1] then
    redis.call('HSET', rkey, 'status', 'released', 'ac', 0, 'at', 0, 'an', 0, 'finished', now)
    redis.call('EXPIRE', rkey, ARGV[8])
    return {'unknown'}
  end
  mode = 'released'
end
if not r[1] then return {'unknown'} end
if r[1] == 'orphaned' and mode == 'settled' and r[6] == ARGV[10] then
  -- The owner's late settle of a call reconciled as an orphan (at what it reserved): what it
  -- used beyond that is charged too, once (the record is then settled).
  local ex = {N(ARGV[4]) - N(r[10]), N(ARGV[5]) - N(r[11]), N(ARGV[6]) - N(r[12])}
  if ex[1] > 0 or ex[2] > 0 or ex[3] > 0 then
    for j = 1, 3 do if ex[j] < 0 then ex[j] = 0 end end
    local ec, et, en = I(ex[1]), I(ex[2]), I(ex[3])
    for _, ck in ipairs(cjson.decode(r[5])) do
      if string.sub(ck, -6) == '|total' or redis.call('EXISTS', ck) == 1 then
        redis.call('HINCRBY', ck, 'sc', ec)
        redis.call('HINCRBY', ck, 'st', et)
        redis.call('HINCRBY', ck, 'sn', en)
      end
    end
    if r[7] ~= '' then
      local sk = P .. ':sess:' .. r[7]
      local a, m = 'a:' .. r[8] .. ':', 'm:' .. r[9] .. ':'
      for _, f in ipairs({'s', a, m}) do
        local c = (f == 's') and 'sc' or (f .. 'c')
        local t = (f == 's') and 'st' or (f .. 't')
        local n = (f == 's') and 'sn' or (f .. 'n')
        redis.call('HINCRBY', sk, c, ec)
        redis.call('HINCRBY', sk, t, et)
        redis.call('HINCRBY', sk, n, en)
      end
      redis.call('HSET', sk, 'last', now)
    end
    local ac = I(N(r[10]) + ex[1])
    local at = I(N(r[11]) + ex[2])
    local an = I(N(r[12]) + ex[3])
    redis.call('HSET', rkey, 'status', 'settled', 'ac', ac, 'at', at, 'an', an, 'finished', now)
    redis.call('EXPIRE', rkey, ARGV[8])
    return {'ok', r[2], r[3], r[4], ac, at, an, I(redis.call('INCR', P .. ':gen'))}
  end
end
if r[1] ~= 'open' then return {'done', r[2], r[3], r[4], r[10], r[11], r[12]} end
if mode ~= 'orphaned' and r[6] ~= ARGV[10] then return {'foreign', r[6]} end
if mode == 'orphaned' and redis.call('EXISTS', P .. ':owner:' .. r[6]) == 1 then
  return {'alive'}
end
local ac, at, an = ARGV[4], ARGV[5], ARGV[6]
if mode == 'released' then ac, at, an = '0', '0', '0' end
if mode == 'orphaned' then ac, at, an = r[2], r[3], r[4] end
local nc, nt, nn = I(-N(r[2])), I(-N(r[3])), I(-N(r[4]))
for _, ck in ipairs(cjson.decode(r[5])) do
  if string.sub(ck, -6) == '|total' or redis.call('EXISTS', ck) == 1 then
    redis.call('HINCRBY', ck, 'rc', nc)
    redis.call('HINCRBY', ck, 'rt', nt)
    redis.call('HINCRBY', ck, 'rn', nn)
    redis.call('HINCRBY', ck, 'sc', ac)
    redis.call('HINCRBY', ck, 'st', at)
    redis.call('HINCRBY', ck, 'sn', an)
  end
end
redis.call('HSET', rkey, 'status', mode, 'ac', ac, 'at', at, 'an', an, 'finished', now)
redis.call('EXPIRE', rkey, ARGV[8])
redis.call('SREM', P .. ':open:' .. r[6], call)
local session, agent, model = r[7], r[8], r[9]
if session ~= '' then
  local sk = P .. ':sess:' .. session
  redis.call('HINCRBY', sk, 'rc', nc)
  redis.call('HINCRBY', sk, 'rt', nt)
  redis.call('HINCRBY', sk, 'rn', nn)
  redis.call('HINCRBY', sk, 'open', -1)
  redis.call('HSET', sk, 'last', now)
  redis.call('SREM', P .. ':sessopen:' .. session, call)
  if mode ~= 'released' then
    -- A call's extension (its id ends with EXTENSION_SUFFIX) is charged, as its call's money,
    -- but never counted as a call (an orphaned one would be one call too many).
    local made = (string.sub(call, -5) == '+more') and 0 or 1
    redis.call('HINCRBY', sk, 'sc', ac)
    redis.call('HINCRBY', sk, 'st', at)
    redis.call('HINCRBY', sk, 'sn', an)
    redis.call('HINCRBY', sk, 'calls', made)
    local a, m = 'a:' .. agent .. ':', 'm:' .. model .. ':'
    redis.call('HINCRBY', sk, a .. 'c', ac)
    redis.call('HINCRBY', sk, a .. 't', at)
    redis.call('HINCRBY', sk, a .. 'n', an)
    redis.call('HINCRBY', sk, a .. 'k', made)
    redis.call('HINCRBY', sk, m .. 'c', ac)
    redis.call('HINCRBY', sk, m .. 't', at)
    redis.call('HINCRBY', sk, m .. 'n', an)
  end
end
return {'ok', r[2], r[3], r[4], ac, at, an, I(redis.call('INCR', P .. ':gen'))}
"""
)

# ARGV: P, scope, 4 window ids
_BALANCE = """
local P, s = ARGV[1], ARGV[2]
local wid = {minute = ARGV[3], hour = ARGV[4], day = ARGV[5], month = ARGV[6]}
local lim = redis.call('HMGET', P .. ':limit:' .. s, 'cost', 'tokens', 'calls', 'window')
local ck = P .. ':ctr:' .. s .. '|total'
if lim[4] then ck = P .. ':ctr:' .. s .. '|' .. wid[lim[4]] end
local c = redis.call('HMGET', ck, 'sc', 'st', 'sn', 'rc', 'rt', 'rn', 'gc', 'gt', 'gn')
return {lim[1], lim[2], lim[3], lim[4], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]}
"""

# ARGV: P, expected head ('' for none), new head, record json
_AUDIT = """
local P = ARGV[1]
local head = redis.call('GET', P .. ':audit:head') or ''
if head ~= ARGV[2] then return head end
redis.call('RPUSH', P .. ':audit', ARGV[4])
redis.call('SET', P .. ':audit:head', ARGV[3])
return 1
"""

# ARGV: P, stop json (without index)
_STOP = """
local P = ARGV[1]
local n = redis.call('RPUSH', P .. ':stoplog', ARGV[2])
redis.call('PUBLISH', P .. ':stops', n .. ' ' .. ARGV[2])
return n
"""


# ARGV: P, owner. Forget an owner only if it is still dead and holds nothing open: one that came
# back and reserved while it was being reconciled stays listed, so its reservations are found.
_FORGET_OWNER = """
local P, o = ARGV[1], ARGV[2]
if redis.call('EXISTS', P .. ':owner:' .. o) == 1 then return 0 end
if redis.call('SCARD', P .. ':open:' .. o) > 0 then return 0 end
redis.call('SREM', P .. ':owners', o)
return 1
"""


# ARGV: P, session, then field, value pairs: each field keeps the larger value.
_PROGRESS = """
local k = ARGV[1] .. ':progress:' .. ARGV[2]
for i = 3, #ARGV, 2 do
  local v = tonumber(ARGV[i + 1])
  if v > (tonumber(redis.call('HGET', k, ARGV[i])) or 0) then
    redis.call('HSET', k, ARGV[i], ARGV[i + 1])
  end
end
return 1
"""


class _Script:
    __slots__ = ("sha", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.sha = hashlib.sha1(source.encode()).hexdigest()


_SCRIPTS = {
    name: _Script(src)
    for name, src in {
        "reserve": _RESERVE,
        "finish": _FINISH,
        "balance": _BALANCE,
        "audit": _AUDIT,
        "stop": _STOP,
        "forget_owner": _FORGET_OWNER,
        "progress": _PROGRESS,
    }.items()
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value.decode() if isinstance(value, bytes) else str(value)


def _int(value: Any) -> int:
    return int(value) if value not in (None, b"", "") else 0


def _opt(value: Any) -> int | None:
    return None if value is None else int(value)


# -- the memory file (run in a worker thread) --------------------------------------------------


def _read_memory(path: Path) -> dict[str, Any]:
    """The memory file's ledgers, ``{}`` when there is no file.

    Raises:
        StoreUnavailable: The file cannot be read or is not one this code wrote.
    """
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return {}  # nothing remembered (yet): the file is made when first written
    except OSError as exc:
        raise StoreUnavailable(
            f"The file {path}, where this host remembers the Redis ledgers it has used, "
            f"cannot be read ({exc}). Fix it (its permissions, or a folder in its place), or "
            "remove it to open the store without that memory."
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
        ledgers = data["ledgers"]
        if data.get("version") != 1 or not isinstance(ledgers, dict):
            raise ValueError("not version 1 with a ledgers table")
        for key, entry in ledgers.items():
            if not (
                isinstance(key, str)
                and isinstance(entry["epoch"], str)
                and isinstance(entry["gen"], int)
                and isinstance(entry["seen"], int | float)
            ):
                raise ValueError(f"the entry {key!r} is malformed")
    # (UnicodeDecodeError is a ValueError; RecursionError: arrays nested thousands deep)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise StoreUnavailable(
            f"The file {path}, where this host remembers the Redis ledgers it has used, is "
            f"damaged ({str(exc)[:200]}), so a loss of the ledger's data in Redis could not be "
            "noticed. Remove it (the store then opens without that memory), or restore it."
        ) from exc
    return ledgers


def _recall(path: Path, key: str) -> tuple[str, int, float] | None:
    """``(epoch, most writes seen, when)`` this host remembers for the ledger ``key``."""
    entry = _read_memory(path).get(key)
    if entry is None:
        return None
    return entry["epoch"], entry["gen"], float(entry["seen"])


def _remember(
    path: Path,
    key: str,
    epoch: str,
    gen: int,
    now: float,
    *,
    opening: bool = False,
    create: bool = True,
) -> int | None:
    """Record the ledger ``key`` as seen now at ``gen`` writes, keeping the most writes any
    process on this host has seen of the same epoch; ledgers unused for ``_MEMORY_KEEP_S`` are
    dropped. Returns the writes remembered, or ``None`` when the entry was left alone.

    Processes read, merge and write the file under a lock (``.NAME.lock`` beside it), so that
    one cannot put back what it read over another's higher count; written to a temporary file
    and renamed, so a reader never sees half of it. The file a symlink names is the one
    written. An entry of another epoch is replaced only by a store ``opening`` (it has just
    checked it against Redis): a running store that finds one was overtaken by a store that
    opened after Redis lost the ledger (and the loss was accepted), and must not put the old
    ledger back, which would refuse every later open. ``create=False``: only an entry of the
    same epoch is updated (none is made).

    Raises:
        StoreUnavailable: The file is damaged; it is left for the person to look at.
        OSError: The file cannot be written.
    """
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = os.open(target.parent / f".{target.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            import fcntl
        except ImportError:  # not a POSIX system: written without the lock
            pass
        else:
            with contextlib.suppress(OSError):  # a file system without locks: the same
                fcntl.flock(lock, fcntl.LOCK_EX)
        ledgers = _read_memory(target)
        entry = ledgers.get(key)
        if entry is not None and entry["epoch"] == epoch:
            gen = max(gen, entry["gen"])
        elif (entry is not None and not opening) or (entry is None and not create):
            return None
        ledgers[key] = {"epoch": epoch, "gen": gen, "seen": round(now, 3)}
        ledgers = {k: v for k, v in ledgers.items() if now - v["seen"] < _MEMORY_KEEP_S}
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                # ensure_ascii=False: the entry to remove (to accept a loss) reads in the file
                # as the message names it, a prefix such as "équipe" too
                json.dump(
                    {"version": 1, "ledgers": ledgers},
                    out,
                    indent=1,
                    sort_keys=True,
                    ensure_ascii=False,
                )
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return gen
    finally:
        os.close(lock)  # and with it the lock


def _reply_balance(reply: list[Any], i: int) -> Balance:
    """The balance a reserve's reply gives from ``reply[i]`` on: a limit's cost, tokens, calls
    and window ('' for none), then spent, reserved and granted (three each)."""
    limit = Limits(
        _opt(reply[i] or None),
        _opt(reply[i + 1] or None),
        _opt(reply[i + 2] or None),
        cast("Window | None", _text(reply[i + 3]) or None),
    )
    return Balance.of(
        limit,
        Amounts(_int(reply[i + 4]), _int(reply[i + 5]), _int(reply[i + 6])),
        Amounts(_int(reply[i + 7]), _int(reply[i + 8]), _int(reply[i + 9])),
        Amounts(_int(reply[i + 10]), _int(reply[i + 11]), _int(reply[i + 12])),
    )


def _scope_from_key(key: str) -> Scope:
    kind, _, ident = key.partition(":")
    return Scope(cast(ScopeKind, kind), ident)


def _settlement(call_id: str, reserved: Amounts, actual: Amounts) -> Settlement:
    def clip(a: Amounts) -> Amounts:
        return Amounts(max(a.cost, 0), max(a.tokens, 0), max(a.calls, 0))

    return Settlement(call_id, reserved, actual, clip(reserved - actual), clip(actual - reserved))


class RedisStore:
    """The shared ledger store on Redis (see the module docstring for keys and rules).

    Args:
        host: Redis host.
        port: Redis port.
        db: Redis database number.
        password: Redis password, if any.
        username: The Redis (6+) ACL user to log in as with ``password``; the default user
            when None.
        prefix: Every key starts with ``prefix + ":"``; one prefix per deployment (or test).
        owner: This process's owner id; a fresh ``host:pid:random`` by default.
        clock: Wall-clock seconds for windows and record times. By default Redis's clock:
            this host's clock corrected by its offset from Redis's ``TIME`` (measured at open
            and on every heartbeat), so processes on hosts whose clocks disagree still count
            against the same budget window. A clock given here is used as it is (tests).
        connect_timeout: Seconds to wait for a connection before :class:`StoreUnavailable`.
        timeout: Seconds to wait for any answer before :class:`StoreUnavailable`.
        reconcile_on_open: Settle orphaned reservations of dead owners when opening.
        reconcile_every: Seconds between reconciliations while the store is open (``None``:
            only on open).
        memory: A local JSON file where this host remembers each Redis ledger it has used
            (its epoch and the most writes seen), so that a store opened after Redis lost the
            data refuses to start the budgets again from zero (see the module docstring).
            ``None``: nothing is remembered.
    """

    concurrent = True  # overlapping operations are pipelined on one connection

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 6379,
        db: int = 0,
        password: str | None = None,
        username: str | None = None,
        prefix: str = "supervisor",
        owner: str | None = None,
        clock: Callable[[], float] | None = None,
        connect_timeout: float = 1.0,
        timeout: float = 1.0,
        reconcile_on_open: bool = True,
        reconcile_every: float | None = 30.0,
        memory: str | os.PathLike[str] | None = None,
    ) -> None:
        if not prefix or any(c in prefix for c in " \r\n"):
            raise ValueError(f"The Redis key prefix {prefix!r} must be non-empty, without spaces.")
        self.host, self.port, self.db, self.prefix = host, port, db, prefix
        self._password = password
        self._username = username
        self.owner = owner or new_owner_id()
        self._given_clock = clock
        self._host_clock = _host_clock
        # Redis's clock minus this host's (seconds); kept at 0 when a clock was given.
        self._clock_offset = 0.0
        self._connect_timeout = connect_timeout
        self._timeout = timeout
        self._reconcile_on_open = reconcile_on_open
        if reconcile_every is not None and not reconcile_every > 0:
            raise ValueError(
                f"reconcile_every={reconcile_every!r}: give the seconds between reconciliations "
                "(more than 0), or None to reconcile only on open."
            )
        self._reconcile_every = reconcile_every
        self.memory = Path(memory) if memory is not None else None
        self._state = _State.UNOPENED
        self._conn: RespConnection | None = None
        self._connect_lock = anyio.Lock()
        self._tg: TaskGroup | None = None
        # Calls whose reserve outcome is unknown: released once the store reconnects (with a
        # record left for any that Redis has not run yet: see _FINISH's "abandoned").
        self._doubtful: set[str] = set()
        # Settles whose outcome is unknown: replayed (idempotent) once Redis answers again.
        self._unsettled: dict[str, Amounts] = {}
        # The highest value of P:gen this store has seen (read at open, then returned by every
        # reserve and finish that wrote). P:gen only grows, so finding it lower means Redis lost
        # writes this store saw (FLUSHDB, a restart without persistence or from an older
        # snapshot, eviction): the scripts then refuse to run ('lost') instead of starting the
        # budget again from what is left.
        self._gen = 0
        # The ledger's P:epoch, a random id written by the first store ever to open the prefix
        # (read at open). FLUSHDB takes it away and a store opened afterwards writes another,
        # however many writes follow: the scripts refuse ('lost') when it is not this one.
        self._epoch = ""
        # Set when a script (or a write to the memory file) found the ledger lost: Redis's
        # writes are no longer taken for the ledger's, and what this store saw is written to
        # the memory file once more, then never again (see _remember).
        self._lost = False
        # The writes the memory file remembered after this store last wrote it (-1: not yet).
        self._remembered_gen = -1
        # Whether what this store saw was written to the memory file after it found the ledger
        # lost (done once: see _remember).
        self._lost_remembered = False
        # How many stops this store's subscriptions delivered (the stop log's length at open
        # to begin with): a subscription starts after them, so a stop published while the
        # process was starting, or while a failed subscription was being reopened, is not missed.
        self._stops_seen = 0
        self.reconnects = 0

    def __repr__(self) -> str:
        return (
            f"<RedisStore {self.host}:{self.port}/{self.db} prefix={self.prefix!r} "
            f"owner={self.owner!r} {self._state.value}>"
        )

    def statistics(self) -> dict[str, int]:
        """Reconnects so far, and reserves/settles waiting for Redis to come back."""
        return {
            "reconnects": self.reconnects,
            "doubtful_reserves": len(self._doubtful),
            "pending_settles": len(self._unsettled),
        }

    # -- lifecycle ---------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        if self._state is not _State.UNOPENED:
            raise RuntimeError(f"{self!r} cannot be opened twice; create a new store instead.")
        self._state = _State.OPEN
        try:
            try:
                await self._heartbeat_once()
                # Scripts are what reserve and settle run: a user who may not run them is
                # refused here, not at the first call.
                await self._call("EVAL", "return 1", 0)
            except StoreUnavailable as exc:
                # Nothing ran yet: say so, and what to check, not what a call would do.
                chain: list[BaseException] = [exc]
                while chain[-1].__cause__ is not None:
                    chain.append(chain[-1].__cause__)
                root = chain[-1]
                where = f"Redis at {self.host}:{self.port}"
                if isinstance(root, RespError) and str(root).startswith("NOPERM"):
                    raise StoreUnavailable(self._no_permission(root)) from exc
                if isinstance(root, RespError) and str(root).startswith("NOAUTH"):
                    raise StoreUnavailable(
                        f"{where} needs a password, and the store URL gives none ({root}). "
                        "Give it in the URL: redis://:PASSWORD@host:port/db (or "
                        "$SUPERVISE_STORE, which keeps it off the command line)."
                    ) from exc
                if isinstance(root, RespError):
                    # It is there and said no: starting it is not the fix.
                    raise StoreUnavailable(
                        f"{where} refused to open the store ({root}). Check the store URL's "
                        "database number (redis://host:port/DB, 0-15 on a default server) and "
                        "password (redis://:PASSWORD@host:port/db, or "
                        "redis://USER:PASSWORD@host:port/db for an ACL user)."
                    ) from exc
                not_redis = next((e for e in chain if isinstance(e, NotRedis)), None)
                if not_redis is not None:
                    raise StoreUnavailable(
                        f"Something at {self.host}:{self.port} answered, but not like Redis "
                        f"(it sent {not_redis.start!r}), so the store was not opened. Check "
                        "the port in the store URL (Redis listens on 6379 by default)."
                    ) from exc
                if any(isinstance(e, NoAnswer) for e in chain):
                    raise StoreUnavailable(
                        f"Something at {self.host}:{self.port} took the connection but did not "
                        f"answer within {self._timeout:g} s, so the store was not opened: a "
                        "Redis too busy to answer, or another kind of server. Check the port "
                        "in the store URL (Redis listens on 6379 by default)."
                    ) from exc
                if isinstance(root, anyio.EndOfStream | anyio.BrokenResourceError):
                    raise StoreUnavailable(
                        f"Something at {self.host}:{self.port} took the connection but did not "
                        "answer like Redis (it closed it), so the store was not opened. Check "
                        "the port in the store URL (Redis listens on 6379 by default)."
                    ) from exc
                raise StoreUnavailable(
                    f"{where} cannot be reached "
                    f"({str(root) or type(root).__name__}) to open the store. Start Redis "
                    "there, or point the store at one that runs "
                    "(--store redis://host:port/db or $SUPERVISE_STORE)."
                ) from exc
            await self._check_eviction()
            recalled = None
            if self.memory is not None:
                # Kept from here on: a tool that changes the working directory in this
                # process must not move the file a relative path names.
                self.memory = self.memory.absolute()
                # The file is read before Redis: what it remembers was read from Redis by a
                # store before it was written, so Redis holds at least as much now unless data
                # was lost. Read after, another process's close in between (more writes seen,
                # and remembered) would look like a loss.
                recalled = await anyio.to_thread.run_sync(_recall, self.memory, self._ledger_key)
            await self._check_layout()
            gen, epoch = await self._pipeline([("GET", self._k("gen")), ("GET", self._k("epoch"))])
            self._gen = _int(gen)
            if recalled is not None:
                self._check_memory(recalled, _text(epoch))
            await self._call("SET", self._k("epoch"), uuid.uuid4().hex, "NX")
            self._epoch = _text(await self._call("GET", self._k("epoch")))
            self._stops_seen = _int(await self._call("LLEN", self._k("stoplog")))
            if self.memory is not None:
                await self._remember(opening=True)
            if self._reconcile_on_open:
                await self.reconcile_orphans()
            tg = anyio.create_task_group()
            await tg.__aenter__()
            self._tg = tg
            tg.start_soon(self._heartbeat_loop)
            if self._reconcile_every is not None:
                tg.start_soon(self._reconcile_loop, self._reconcile_every)
        except BaseException as exc:
            await self.aclose()
            if isinstance(exc, RespError):
                # Redis is there and refused a command the ledger needs.
                raise StoreUnavailable(self._no_permission(exc)) from exc
            raise
        return self

    def _no_permission(self, exc: RespError) -> str:
        return (
            f"Redis at {self.host}:{self.port} refused to open the store ({exc}). The store "
            f"URL's user needs permissions to read and write the keys {self.prefix}:*, run "
            f"scripts (EVAL, EVALSHA) and publish and subscribe on the channel "
            f"{self.prefix}:stops (ACL: ~{self.prefix}:* &{self.prefix}:* +@all)."
        )

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop the heartbeat, drop this owner's heartbeat key and close; idempotent.

        Reservations still open become orphans that the next store to open reconciles.
        """
        if self._state is _State.CLOSED:
            return
        was_open = self._state is _State.OPEN
        self._state = _State.CLOSED
        tg, self._tg = self._tg, None
        if tg is not None:
            tg.cancel_scope.cancel()
            await tg.__aexit__(None, None, None)
        conn = self._conn
        usable = conn if conn is not None and conn.broken is None else None
        if was_open:
            with anyio.CancelScope(shield=True), anyio.move_on_after(self._timeout):
                # (with Redis unreachable, a ledger found lost is still written to the file)
                await self._remember(usable)
                if usable is not None:
                    try:
                        await usable.execute("DEL", self._k("owner", self.owner))
                    except (ConnectionLost, RespError):
                        pass
        if conn is not None:
            self._conn = None
            await conn.aclose()

    async def _check_eviction(self) -> None:
        """Refuse a Redis that may evict keys: it would drop spent counters and limits.

        With ``maxmemory`` set and a policy other than ``noeviction``, Redis deletes keys when
        it is full (``volatile-*`` the window counters, which expire; ``allkeys-*`` any), and a
        budget whose counter went starts again from zero. A Redis that does not let us read its
        configuration (CONFIG renamed or denied, as on some managed services) is trusted.
        """
        try:
            reply = await self._call("CONFIG", "GET", "maxmemory*", optional=True)
        except RespError:
            return
        config = {_text(reply[i]): _text(reply[i + 1]) for i in range(0, len(reply) - 1, 2)}
        limit = config.get("maxmemory", "0")
        policy = config.get("maxmemory-policy", "noeviction")
        if limit.isdigit() and int(limit) > 0 and policy != "noeviction":
            raise StoreError(
                f"Redis at {self.host}:{self.port} may evict keys when full (maxmemory "
                f"{limit}, maxmemory-policy {policy}), and a ledger whose counters are "
                "evicted forgets what was spent, so budgets could be overshot. Set "
                "`maxmemory-policy noeviction` on it (a full Redis then refuses writes and "
                "calls fail closed), or use a Redis without maxmemory."
            )

    async def _check_layout(self) -> None:
        """Refuse a prefix whose keys are not a ledger's (another program's, or another
        layout's), before anything is written under it: the scripts would fail on them with
        WRONGTYPE, and ``gen`` is read as a number."""
        names = list(_LAYOUT)
        types = await self._pipeline([("TYPE", self._k(name)) for name in names])
        problem = next(
            (
                f"{self._k(name)} is a {_text(found)}, not a {_LAYOUT[name]}"
                for name, found in zip(names, types, strict=True)
                if _text(found) not in ("none", _LAYOUT[name])
            ),
            None,
        )
        if problem is None:
            gen = await self._call("GET", self._k("gen"))
            if gen is not None and not _text(gen).isdigit():
                problem = f"{self._k('gen')} holds {_text(gen)[:40]!r}, not a count"
        if problem is not None:
            raise StoreCorrupted(
                f"The keys under prefix {self.prefix!r} in Redis at {self.host}:{self.port} are "
                f"not a ledger this version can use ({problem}): another program uses that "
                "prefix, or another version of agent-supervisor wrote it. They are left as "
                "they are: give the ledger a prefix of its own (redis://host:port/db?prefix="
                f"NAME), or delete the keys {self.prefix}:* to start a new ledger there."
            )

    def _k(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def _now(self) -> float:
        """Wall-clock seconds on Redis's clock (or the clock given to the store)."""
        if self._given_clock is not None:
            return self._given_clock()
        return self._host_clock() + self._clock_offset

    async def _heartbeat_once(self) -> None:
        if self._given_clock is None:
            before = self._host_clock()
            try:
                seconds, micros = await self._call("TIME", optional=True)
            except RespError:  # TIME denied or renamed: this host's clock is all there is
                pass
            else:
                after = self._host_clock()
                self._clock_offset = int(seconds) + int(micros) / 1e6 - (before + after) / 2
        await self._call("SET", self._k("owner", self.owner), "1", "PX", _HEARTBEAT_MS)

    async def _reconcile_loop(self, every: float) -> None:
        # A task of its own: reconciling many orphans (a round trip and an audit record each)
        # may take longer than a heartbeat lives, and the beat must not wait for it, or the
        # others would take this store for dead. Whatever it meets is logged, never raised
        # (it would cancel the code using the store).
        while True:
            await anyio.sleep(every)
            try:
                await self.reconcile_orphans()
            except StoreUnavailable:
                pass
            except Exception as exc:
                logger.warning("redis.reconcile_failed", prefix=self.prefix, error=repr(exc))

    async def _heartbeat_loop(self) -> None:
        next_remember = time.monotonic() + _REMEMBER_EVERY
        # The loop runs in the task group the store opened, around the code that uses the
        # store: whatever escaped it would cancel that code. Nothing does: a beat that failed
        # (Redis unreachable, or refusing writes: -OOM when full under noeviction, -READONLY
        # after a failover) is retried on the next, and the housekeeping is only logged. A
        # store whose heartbeat stopped has its open reservations reconciled by the others.
        # (The periodic reconcile runs in _reconcile_loop, beside this one.)
        while True:
            await anyio.sleep(_HEARTBEAT_EVERY)
            beat = False
            try:
                await self._heartbeat_once()
                beat = True
            except StoreUnavailable:
                pass  # operations report the outage themselves
            except Exception as exc:
                logger.warning("redis.heartbeat_failed", prefix=self.prefix, error=repr(exc))
            # (a store that found the ledger lost fails every request, the beat too; what it
            # saw is still written to the memory file below)
            if not (beat or self._lost):
                continue
            now = time.monotonic()
            if self.memory is not None and (
                now >= next_remember
                or self._remembered_gen == 0 < self._gen
                or (self._lost and not self._lost_remembered)
            ):
                # At once too when the file says this host never wrote to the ledger (a
                # ledger that may be lost) and it now has, or when the ledger was found lost:
                # a process killed before its next write to the file must not leave it saying
                # that nothing was spent.
                next_remember = now + _REMEMBER_EVERY
                try:
                    await self._remember()
                except Exception as exc:
                    logger.warning("redis.memory_failed", file=str(self.memory), error=repr(exc))

    # -- what this host remembers of the ledger (see "Data lost before a store opens") --------

    @property
    def _ledger_key(self) -> str:
        return f"redis://{self.host}:{self.port}/{self.db}?prefix={self.prefix}"

    def _check_memory(self, entry: tuple[str, int, float], epoch: str) -> None:
        """Refuse to open a ledger that Redis holds less of than this host remembers."""
        seen_epoch, seen_gen, seen_at = entry
        if seen_gen == 0 or (epoch == seen_epoch and self._gen >= seen_gen):
            return  # (a ledger this host never wrote to: nothing it knew of was spent)
        if not epoch:
            holds = "holds no ledger"
        elif epoch != seen_epoch:
            holds = "holds another ledger (opened afresh after this one was lost)"
        else:
            holds = f"holds {self._gen} writes of the ledger, where this host saw {seen_gen},"
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(seen_at))
        raise StoreUnavailable(
            f"Redis at {self.host}:{self.port}/{self.db} {holds} under prefix {self.prefix!r}, "
            f"though this host used it until {when} ({seen_gen} writes; remembered in "
            f"{self.memory}). Redis lost the ledger's data (a restart without persistence, "
            "FLUSHDB, a restore of an older snapshot), so the money already spent is not "
            "known, and the store will not start the budgets again from zero. Restore Redis's "
            "data and start again; or, to accept the loss and start the budgets afresh, "
            f"remove the entry {self._ledger_key!r} from {self.memory} (or the file)."
        )

    async def _remember(self, conn: RespConnection | None = None, *, opening: bool = False) -> None:
        """Write the epoch and the most writes seen to the memory file. Never raises: a file
        that cannot be written only costs the protection it gives, and says so in the log.

        While Redis holds this store's ledger, the writes seen there by any store count. Once
        this store found it lost, what it saw is written once more (the file may still say
        0 writes, a ledger that may be lost, if Redis lost it soon after the first spend), to
        the ledger's entry only: one removed to accept the loss, or replaced by a new ledger's,
        is not put back; then nothing more."""
        if self.memory is None or not self._epoch:
            return
        if not self._lost:
            try:
                if conn is None:
                    conn = await self._connection()
                gen, epoch = await conn.pipeline(
                    [("GET", self._k("gen")), ("GET", self._k("epoch"))]
                )
            except (StoreUnavailable, ConnectionLost, RespError, RuntimeError):
                return  # unreachable (or closed): the next beat, or the close, tries again
            if _text(epoch) != self._epoch or _int(gen) < self._gen:
                self._lost = True  # as the scripts would find it (see _RESERVE)
            else:
                self._gen = max(self._gen, _int(gen))
        if self._lost:
            if self._lost_remembered:
                return
            self._lost_remembered = True
        write = functools.partial(
            _remember, self.memory, self._ledger_key, self._epoch, self._gen, time.time()
        )
        try:
            remembered = await anyio.to_thread.run_sync(
                functools.partial(write, opening=opening, create=not self._lost)
            )
        except StoreUnavailable as exc:
            logger.warning(
                "redis.memory_damaged",
                file=str(self.memory),
                error=str(exc),
                note="left as it is; the next store to open here refuses until it is removed",
            )
        except OSError as exc:
            logger.warning(
                "redis.memory_unwritable",
                file=str(self.memory),
                error=str(exc),
                note="a loss of this ledger's data in Redis will not be noticed at the next open",
            )
        else:
            if remembered is not None:
                self._remembered_gen = remembered

    # -- connection --------------------------------------------------------------------------

    def _unavailable(self, exc: BaseException) -> StoreUnavailable:
        error = StoreUnavailable(
            f"Redis at {self.host}:{self.port} cannot be reached ({exc}); the call is refused "
            "or waits, and the store reconnects when Redis is back."
        )
        error.__cause__ = exc
        return error

    async def _connection(self) -> RespConnection:
        if self._state is not _State.OPEN:
            raise RuntimeError(f"{self!r} is not open; use it inside `async with`.")
        conn = self._conn
        if conn is not None and conn.broken is None:
            if self._doubtful or self._unsettled:
                # Left over with the connection up: a recovery that a transient error cut
                # short (Redis still LOADING after a restart), or a call that failed after
                # the reconnect had recovered the others. Nothing reconnects to retry them.
                async with self._connect_lock:
                    if self._conn is conn:
                        await self._recover(conn)
            return conn
        async with self._connect_lock:
            conn = self._conn
            if conn is not None and conn.broken is None:
                return conn
            if conn is not None:
                self._conn = None
                await conn.aclose()
            try:
                conn = await RespConnection.connect(
                    self.host,
                    self.port,
                    connect_timeout=self._connect_timeout,
                    op_timeout=self._timeout,
                    password=self._password,
                    username=self._username,
                    db=self.db,
                )
            except (ConnectionLost, RespError) as exc:
                raise self._unavailable(exc) from exc
            if self._conn is not None or self._state is not _State.OPEN:
                await conn.aclose()
                raise self._unavailable(ConnectionLost("the store was closed"))
            self._conn = conn
            self.reconnects += 1
        if self._doubtful or self._unsettled:
            await self._recover(conn)
        return conn

    async def _recover(self, conn: RespConnection) -> None:
        """Replay settles and release doubtful reserves after a reconnect."""
        try:
            for call_id, actual in list(self._unsettled.items()):
                await self._eval_on(conn, "finish", self._finish_args(call_id, actual, "settled"))
                self._unsettled.pop(call_id, None)
            for call_id in list(self._doubtful):
                await self._eval_on(
                    conn, "finish", self._finish_args(call_id, Amounts(), "abandoned")
                )
                self._doubtful.discard(call_id)
        except LedgerLost:
            # Redis came back without the ledger: none of them can ever be written, and
            # retried before every request they would fail reads and stops too.
            self._unsettled.clear()
            self._doubtful.clear()
            raise

    async def _call(self, *args: str | bytes | int, optional: bool = False) -> Any:
        """Run one command. ``optional``: the store does without it (TIME, CONFIG), so a
        server that denies it (NOPERM: an ACL user, as managed services hand out) answers
        with the ``RespError`` itself, not an outage."""
        conn = await self._connection()
        try:
            return await conn.execute(*args)
        except ConnectionLost as exc:
            raise self._unavailable(exc) from exc
        except RespError as exc:
            if _transient(exc) and not (optional and str(exc).startswith("NOPERM")):
                raise self._unavailable(exc) from exc
            raise

    async def _pipeline(self, commands: list[tuple[str | bytes | int, ...]]) -> list[Any]:
        conn = await self._connection()
        try:
            return await conn.pipeline(commands)
        except ConnectionLost as exc:
            raise self._unavailable(exc) from exc
        except RespError as exc:
            if _transient(exc):
                raise self._unavailable(exc) from exc
            raise

    async def _eval_on(self, conn: RespConnection, name: str, args: Sequence[str | int]) -> Any:
        script = _SCRIPTS[name]
        try:
            try:
                reply = await conn.execute("EVALSHA", script.sha, 0, *args)
            except RespError as exc:
                if not str(exc).startswith("NOSCRIPT"):
                    raise
                reply = await conn.execute("EVAL", script.source, 0, *args)
        except ConnectionLost as exc:
            raise self._unavailable(exc) from exc
        except RespError as exc:
            if _transient(exc):
                raise self._unavailable(exc) from exc
            raise
        if name in ("reserve", "finish") and isinstance(reply, list) and reply:
            kind = _text(reply[0])
            if kind == "lost":
                self._lost = True
                raise LedgerLost(
                    f"Redis at {self.host}:{self.port} lost this ledger's data under prefix "
                    f"{self.prefix!r} (FLUSHDB, a restart without persistence or from an older "
                    "snapshot, or eviction under maxmemory: this store had seen "
                    f"{self._gen} writes, Redis holds {_int(reply[1])}, or the ledger's epoch "
                    "changed), so the money already spent is not known. Calls are refused rather than counted against a budget that started "
                    "again from zero. Restore the data (or accept that the spend is forgotten) "
                    "and start the run again."
                )
            if kind == "ok":
                self._gen = max(self._gen, _int(reply[-1]))
        return reply

    async def _eval(self, name: str, args: Sequence[str | int]) -> Any:
        return await self._eval_on(await self._connection(), name, args)

    # -- budgets -----------------------------------------------------------------------------

    async def set_limit(
        self, scope: Scope, limit: Limits | Amounts, window: Window | None = None
    ) -> None:
        """Set (or replace) a scope's limits, as ``policies.Ledger.set_limit`` does."""
        lim = limit if isinstance(limit, Limits) else Limits.from_amounts(limit, window)
        key = self._k("limit", scope.key())
        fields: list[str | int] = []
        for name, value in (
            ("cost", lim.cost),
            ("tokens", lim.tokens),
            ("calls", lim.calls),
            ("window", lim.window),
        ):
            if value is not None:
                fields += [name, value]
        commands: list[tuple[str | bytes | int, ...]] = [("DEL", key)]
        if fields:
            commands.append(("HSET", key, *fields))
        await self._pipeline([("MULTI",), *commands, ("EXEC",)])

    def _window_args(self, now: float) -> list[str | int]:
        ids: list[str | int] = [window_id(w, now) for w in _WINDOWS]
        ends: list[str | int] = [int(window_bounds(w, now)[1]) for w in _WINDOWS]
        return ids + ends

    async def reserve(
        self,
        call_id: str,
        scopes: Sequence[Scope],
        amounts: Amounts,
        *,
        model: str = "",
        grant: Mapping[Scope, Amounts] | None = None,
    ) -> Reservation | Shortfall:
        """Hold ``amounts`` on every scope (atomically, across all processes), or nothing;
        with ``grant``, raise each short scope's limit by what the call needs (at most its
        grant) inside the same script.

        Raises:
            policies.DuplicateCall: ``call_id`` was used before.
            StoreUnavailable: Redis cannot be reached; treat the call as refused.
        """
        unique = tuple(dict.fromkeys(scopes))
        a = Amounts(max(amounts.cost, 0), max(amounts.tokens, 0), max(amounts.calls, 0))
        now = self._now()
        ids = {s.kind: s.id for s in reversed(unique)}
        args: list[str | int] = [
            self.prefix,
            call_id,
            repr(now),
            a.cost,
            a.tokens,
            a.calls,
            self.owner,
            ids.get("session", ""),
            ids.get("agent", ""),
            model,
            json.dumps([s.key() for s in unique]),
            *self._window_args(now),
            len(unique),
            self._gen,
            self._epoch,
            *(s.key() for s in unique),
        ]
        for scope in unique:
            allowed = grant.get(scope) if grant else None
            if allowed is None:
                args += ["", "", ""]
            else:
                args += [max(allowed.cost, 0), max(allowed.tokens, 0), max(allowed.calls, 0)]
        conn = await self._connection()
        try:
            reply = await self._eval_on(conn, "reserve", args)
        except LedgerLost:
            raise  # refused by the script: nothing was reserved
        except StoreUnavailable:
            self._doubtful.add(call_id)
            raise
        kind = _text(reply[0])
        if kind == "ok":
            first = 2 + 4 * _int(reply[1])  # the first balance, after the raised scopes
            raised = {
                _scope_from_key(_text(reply[i])): Amounts(
                    _int(reply[i + 1]), _int(reply[i + 2]), _int(reply[i + 3])
                )
                for i in range(2, first, 4)
            }
            return Reservation(
                call_id,
                unique,
                a,
                raised or None,
                {
                    _scope_from_key(_text(reply[i])): _reply_balance(reply, i + 1)
                    for i in range(first, len(reply) - 1, 14)
                },
            )
        if kind == "dup":
            raise DuplicateCall(
                f"Call id {call_id!r} was already reserved; give every call a unique id."
            )
        dim = cast(Literal["cost", "tokens", "calls"], _text(reply[2]))
        return Shortfall(
            _scope_from_key(_text(reply[1])), dim, int(reply[3]), int(reply[4]), int(reply[5])
        )

    def _finish_args(self, call_id: str, actual: Amounts, mode: str) -> list[str | int]:
        return [
            self.prefix,
            call_id,
            repr(self._now()),
            max(actual.cost, 0),
            max(actual.tokens, 0),
            max(actual.calls, 0),
            mode,
            _FINISHED_TTL,
            self._gen,
            self.owner,
            self._epoch,
        ]

    async def _finish(self, call_id: str, actual: Amounts, mode: str) -> Settlement:
        reply = await self._eval("finish", self._finish_args(call_id, actual, mode))
        kind = _text(reply[0])
        if kind == "foreign":
            raise UnknownCall(
                f"Call id {call_id!r} is held open by another process ({_text(reply[1])}) under "
                f"prefix {self.prefix!r}, so it was not finished here: a process settles or "
                "releases only the calls it reserved (give every call a unique id)."
            )
        if kind == "unknown":
            raise UnknownCall(
                f"Call id {call_id!r} has no reservation under prefix {self.prefix!r} (never "
                "reserved, or finished more than 7 days ago); settle only calls you reserved."
            )
        reserved = Amounts(_int(reply[1]), _int(reply[2]), _int(reply[3]))
        charged = Amounts(_int(reply[4]), _int(reply[5]), _int(reply[6]))
        return _settlement(call_id, reserved, charged)

    async def settle(self, call_id: str, actual: Amounts) -> Settlement:
        """Charge ``actual`` and release the rest, atomically; idempotent.

        Raises:
            policies.UnknownCall: no reservation has this call id.
            StoreUnavailable: Redis cannot be reached. The settle is kept and replayed when
                the store reconnects; meanwhile the whole reservation keeps counting.
        """
        self._doubtful.discard(call_id)
        try:
            return await self._finish(call_id, actual, "settled")
        except LedgerLost:
            # Never to be written (the caller keeps it, and the spend it stands for, to say
            # so); kept here it would fail every later request, reads and stops too.
            raise
        except StoreUnavailable:
            self._unsettled[call_id] = actual
            raise

    async def release(self, call_id: str) -> Settlement:
        """Give the whole reservation back; idempotent.

        Raises:
            policies.UnknownCall: no reservation has this call id.
            StoreUnavailable: Redis cannot be reached; the release is retried on reconnect.
        """
        try:
            return await self._finish(call_id, Amounts(), "released")
        except LedgerLost:
            raise
        except StoreUnavailable:
            if call_id not in self._unsettled:
                self._doubtful.add(call_id)
            raise

    async def balance(self, scope: Scope) -> Balance:
        """Where ``scope`` stands in its limit's current window."""
        now = self._now()
        ids = [window_id(w, now) for w in _WINDOWS]
        r = await self._eval("balance", [self.prefix, scope.key(), *ids])
        window = _text(r[3]) or None
        limit = Limits(_opt(r[0]), _opt(r[1]), _opt(r[2]), cast("Window | None", window))
        granted = Amounts(_int(r[10]), _int(r[11]), _int(r[12])) if len(r) > 10 else None
        return Balance.of(
            limit,
            Amounts(_int(r[4]), _int(r[5]), _int(r[6])),
            Amounts(_int(r[7]), _int(r[8]), _int(r[9])),
            granted
            if limit.cost is not None or limit.tokens is not None or limit.calls is not None
            else None,
        )

    # -- orphans, sessions -------------------------------------------------------------------

    async def reconcile_orphans(self) -> list[OpenReservation]:
        """Settle open reservations of owners whose heartbeat expired, at their reserved amount."""
        owners = [_text(o) for o in await self._call("SMEMBERS", self._k("owners"))]
        others = [o for o in owners if o != self.owner]
        if not others:
            return []
        alive = await self._pipeline([("EXISTS", self._k("owner", o)) for o in others])
        done: list[OpenReservation] = []
        for owner, live in zip(others, alive, strict=True):
            if live:
                continue
            calls = [_text(c) for c in await self._call("SMEMBERS", self._k("open", owner))]
            held = await self._open_reservations(calls)
            for record in held:
                reply = await self._eval(
                    "finish", self._finish_args(record.call_id, Amounts(), "orphaned")
                )
                if _text(reply[0]) != "ok":
                    continue
                done.append(record)
                await self.append_audit(
                    "reservation_orphaned",
                    {
                        "call_id": record.call_id,
                        "owner": owner,
                        "model": record.model,
                        "charged": {
                            "cost": record.amounts.cost,
                            "tokens": record.amounts.tokens,
                            "calls": record.amounts.calls,
                        },
                        "rule": "an orphaned reservation is settled at its reserved amount",
                    },
                    session=record.session,
                    agent=record.agent,
                )
            await self._eval("forget_owner", [self.prefix, owner])
        return done

    async def _open_reservations(self, calls: list[str]) -> list[OpenReservation]:
        if not calls:
            return []
        rows = await self._pipeline([("HGETALL", self._k("res", c)) for c in calls])
        out: list[OpenReservation] = []
        for call_id, row in zip(calls, rows, strict=True):
            h = {_text(row[i]): _text(row[i + 1]) for i in range(0, len(row), 2)}
            if h.get("status") != "open":
                continue
            try:
                out.append(
                    OpenReservation(
                        call_id,
                        tuple(_scope_from_key(k) for k in json.loads(h["scopes"])),
                        Amounts(int(h["cost"]), int(h["tokens"]), int(h["calls"])),
                        h["owner"],
                        h["session"],
                        h["agent"],
                        h["model"],
                        float(h["created"]),
                    )
                )
            except (KeyError, ValueError) as exc:
                raise StoreCorrupted(
                    f"Reservation {call_id!r} in Redis is damaged ({exc})."
                ) from exc
        out.sort(key=lambda r: (r.created, r.call_id))
        return out

    @staticmethod
    def _summary(session: str, row: list[Any]) -> SessionSummary:
        h = {_text(row[i]): _text(row[i + 1]) for i in range(0, len(row), 2)}

        def amounts(base: str) -> Amounts:
            return Amounts(
                _int(h.get(base + "c")), _int(h.get(base + "t")), _int(h.get(base + "n"))
            )

        agents: dict[str, Amounts] = {}
        models: dict[str, Amounts] = {}
        for key in h:
            kind, _, rest = key.partition(":")
            name, _, dim = rest.rpartition(":")
            if kind in ("a", "m") and dim == "c":
                (agents if kind == "a" else models)[name] = amounts(f"{kind}:{name}:")
        return SessionSummary(
            session,
            Amounts(_int(h.get("sc")), _int(h.get("st")), _int(h.get("sn"))),
            Amounts(_int(h.get("rc")), _int(h.get("rt")), _int(h.get("rn"))),
            _int(h.get("calls")),
            _int(h.get("open")),
            float(h.get("first") or 0.0),
            float(h.get("last") or 0.0),
            agents,
            models,
        )

    async def list_sessions(self) -> list[SessionSummary]:
        """Every session with its spend by agent and model, oldest first."""
        sessions = [_text(s) for s in await self._call("ZRANGE", self._k("sessions"), 0, -1)]
        if not sessions:
            return []
        rows = await self._pipeline([("HGETALL", self._k("sess", s)) for s in sessions])
        return [self._summary(s, row) for s, row in zip(sessions, rows, strict=True)]

    async def load_session(self, session: str) -> SessionState:
        """Balances, call counts and open reservations of ``session`` for a restarted governor."""
        row, agents_raw, open_raw = await self._pipeline(
            [
                ("HGETALL", self._k("sess", session)),
                ("SMEMBERS", self._k("agents", session)),
                ("SMEMBERS", self._k("sessopen", session)),
            ]
        )
        summary = self._summary(session, row)
        agents = sorted(_text(a) for a in agents_raw)
        balances = {Scope("session", session): await self.balance(Scope("session", session))}
        for agent in agents:
            balances[Scope("agent", agent)] = await self.balance(Scope("agent", agent))
        h = {_text(row[i]): _text(row[i + 1]) for i in range(0, len(row), 2)}
        calls = {a: int(h[f"a:{a}:k"]) for a in agents if f"a:{a}:k" in h}
        held = await self._open_reservations([_text(c) for c in open_raw])
        return SessionState(session, balances, calls, tuple(held), summary)

    async def load_progress(self, session: str) -> SessionProgress | None:
        """The session's progress saved by earlier runs (``P:progress:{session}``), or None."""
        key = self._k("progress", session)
        try:
            row = await self._call("HGETALL", key)
        except RespError as exc:  # WRONGTYPE: not a hash
            row = exc
        if not row:
            return None

        def read() -> dict[str, Any]:
            if isinstance(row, RespError):
                raise TypeError(str(row))
            return {_text(row[i]): _text(row[i + 1]) for i in range(0, len(row), 2)}

        where = f"the hash {key} in Redis at {self.host}:{self.port}/{self.db}"
        return stored_progress(session, read, where, f"redis-cli DEL {key}")

    async def save_progress(self, session: str, progress: SessionProgress) -> None:
        """Save the session's progress; a script keeps the larger of each field, so processes
        saving at once never lower it."""
        args: list[str | int] = [self.prefix, session]
        for key, value in progress.fields().items():
            args += [key, repr(float(value)) if key == "elapsed" else str(int(value))]
        await self._eval("progress", args)

    # -- audit -------------------------------------------------------------------------------

    async def append_audit(
        self, event: str, data: Mapping[str, Any], *, session: str = "", agent: str = ""
    ) -> AuditRecord:
        """Append one record to the chain (compare-and-set on the head, retried on a race)."""
        head = _text(await self._call("GET", self._k("audit", "head")))
        for _ in range(100):
            seq, prev = 0, _audit.GENESIS
            if head:
                seq_text, prev = head.split(" ")
                seq = int(seq_text)
            record = _audit.make_record(seq + 1, self._now(), event, session, agent, data, prev)
            new_head = f"{record.seq} {record.hash}"
            reply = await self._eval(
                "audit", [self.prefix, head, new_head, json.dumps(_record_json(record))]
            )
            if reply == 1:
                return record
            head = _text(reply)
        raise StoreUnavailable("The audit log is contended beyond 100 retries; try again.")

    async def _audit_records(self) -> tuple[list[AuditRecord], str | None]:
        """The records, oldest first, and the stored head's text (None when there is none).

        A record edited by hand into something that is not a record is kept, with what it
        holds, instead of failing every read: :meth:`verify_audit` then finds the chain broken
        there (its hash cannot match)."""
        raw, head_raw = await self._pipeline(
            [("LRANGE", self._k("audit"), 0, -1), ("GET", self._k("audit", "head"))]
        )
        records: list[AuditRecord] = []
        for r in raw:
            text = _text(r)
            try:
                record = _record_from_json(text)
            except StoreCorrupted:
                seq = records[-1].seq + 1 if records else 1
                record = AuditRecord(
                    seq, 0.0, "unreadable", "", "", {"unreadable": text[:2000]}, "", ""
                )
            records.append(record)
        return records, _text(head_raw) if head_raw else None

    async def read_audit(
        self, *, session: str | None = None, agent: str | None = None, limit: int | None = None
    ) -> list[AuditRecord]:
        """Records oldest first, filtered by session and agent; ``limit`` keeps the newest."""
        records, _ = await self._audit_records()
        found = [
            r
            for r in records
            if (session is None or r.session == session) and (agent is None or r.agent == agent)
        ]
        return found[-limit:] if limit is not None else found

    async def verify_audit(self) -> AuditVerification:
        """Check the whole chain, and the head against the last record."""
        records, head_text = await self._audit_records()
        where = f"the key '{self._k('audit', 'head')}'"
        return _audit.verify_with_stored_head(records, head_text, where)

    # -- stops -------------------------------------------------------------------------------

    async def publish_stop(self, stop: StopSignal) -> None:
        """Publish a stop to every process sharing this prefix, and audit it."""
        if not stop.time:
            stop = StopSignal(stop.target, stop.id, stop.reason, stop.by, self._now())
        await self._eval("stop", [self.prefix, encode_stop(stop)])
        await self.append_audit(
            "stop_published",
            {"target": stop.target, "id": stop.id, "reason": stop.reason, "by": stop.by},
            session=stop.id if stop.target == "session" else "",
            agent=stop.id if stop.target == "agent" else "",
        )

    @asynccontextmanager
    async def stops(self) -> AsyncIterator[AsyncIterator[StopSignal]]:
        """Subscribe to stops published by any process on this prefix after the last one a
        subscription of this store delivered, or since the store opened (a stop published while
        the process was starting is delivered; one delivered already is not delivered again).

        The subscription survives Redis restarts: it reconnects and replays what it missed, also
        what was published while it was being set up. Raises :class:`StoreUnavailable` on entry
        when Redis cannot be reached at all.
        """
        # The cursor is taken first: whatever is published from here on is either delivered on
        # the channel or replayed from the stop log, never lost in between.
        if self._state is not _State.OPEN:
            raise RuntimeError(f"{self!r} is not open; use it inside `async with`.")
        seen = self._stops_seen

        def delivered(index: int) -> None:
            # Called as a stop is handed over to the subscriber.
            self._stops_seen = max(self._stops_seen, index)

        sub: RespConnection | None
        try:
            sub = await self._subscribe()
        except StoreUnavailable:
            sub = None  # the iterator subscribes again and replays from the cursor
        caught_up = False

        # The stops delivered lately, by their text (each carries its time): a message whose index
        # was delivered already is a repeat if its text was, else from a stop log that started
        # afresh after Redis lost the ledger (indexes from 1 again), and new.
        recent: dict[str, None] = {}

        def remember(body: Any) -> StopSignal:
            recent[_text(body)] = None
            if len(recent) > 1024:
                del recent[next(iter(recent))]
            return decode_stop(body)

        async def signals() -> AsyncGenerator[StopSignal, None]:
            nonlocal seen, sub, caught_up
            while True:
                try:
                    if sub is None:
                        sub = await self._subscribe()
                        caught_up = False
                    if not caught_up:
                        # Stops published between taking the cursor and the subscription being
                        # confirmed reached no subscriber: replay them from the log.
                        missed = await self._call("LRANGE", self._k("stoplog"), seen, -1)
                        caught_up = True
                        for body in missed:
                            seen += 1
                            delivered(seen)
                            yield remember(body)
                    message = await sub.read_push()
                except (StoreUnavailable, ConnectionLost):
                    if sub is not None:
                        await sub.aclose()
                        sub = None
                    await anyio.sleep(0.2)
                    continue
                if not isinstance(message, list) or len(message) != 3:
                    continue
                if _text(message[0]) != "message":
                    continue
                index_text, _, body = _text(message[2]).partition(" ")
                index = int(index_text)
                if index <= seen:
                    if body in recent:
                        continue  # delivered already
                    # A stop log that started afresh (Redis lost the ledger; `supervise stop`
                    # still writes there): its stops are new, those before this one too.
                    seen = 0
                if index > seen + 1:  # messages were missed: replay them in order
                    missed = await self._call("LRANGE", self._k("stoplog"), seen, index - 2)
                    for old in missed:
                        seen += 1
                        if _text(old) in recent:
                            continue
                        delivered(seen)
                        yield remember(old)
                seen = index
                delivered(index)
                yield remember(body)

        iterator = signals()
        try:
            yield iterator
        finally:
            await iterator.aclose()
            if sub is not None:
                await sub.aclose()

    async def _subscribe(self) -> RespConnection:
        try:
            conn = await RespConnection.connect(
                self.host,
                self.port,
                connect_timeout=self._connect_timeout,
                op_timeout=self._timeout,
                password=self._password,
                username=self._username,
                db=self.db,
            )
        except (ConnectionLost, RespError) as exc:
            raise self._unavailable(exc) from exc
        try:
            await conn.send("SUBSCRIBE", self._k("stops"))
            with anyio.fail_after(self._timeout):
                confirm = await conn.read_push()
            if not isinstance(confirm, list) or _text(confirm[0]) != "subscribe":
                raise ConnectionLost(f"unexpected answer to SUBSCRIBE: {confirm!r}")
        except (ConnectionLost, TimeoutError) as exc:
            await conn.aclose()
            raise self._unavailable(exc) from exc
        return conn


def _record_json(record: AuditRecord) -> dict[str, Any]:
    return {
        "seq": record.seq,
        "time": record.time,
        "event": record.event,
        "session": record.session,
        "agent": record.agent,
        "data": record.data,
        "prev": record.prev,
        "hash": record.hash,
    }


def _record_from_json(text: str) -> AuditRecord:
    try:
        b = json.loads(text)
        return AuditRecord(
            int(b["seq"]),
            float(b["time"]),
            str(b["event"]),
            str(b["session"]),
            str(b["agent"]),
            b["data"],
            str(b["prev"]),
            str(b["hash"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreCorrupted(f"An audit record in Redis cannot be read: {text[:200]!r}.") from exc


#: The prefix's keys of fixed names, and the type each has in a ledger (see the key layout).
_LAYOUT = {
    "gen": "string",
    "epoch": "string",
    "audit": "list",
    "audit:head": "string",
    "stoplog": "list",
    "sessions": "zset",
    "owners": "set",
}

#: Error replies of a Redis that is up but cannot serve yet (loading its data after a restart, a
#: busy script, a replica without its master): the command did not run, so it is an outage.
#: NOAUTH and NOPERM too: a Redis restarted with a password the store URL lacks, or a user
#: whose permissions were taken away, serves nothing of ours until that is put right.
_TRANSIENT_REPLIES = (
    "LOADING",
    "BUSY",
    "MASTERDOWN",
    "TRYAGAIN",
    "CLUSTERDOWN",
    "NOAUTH",
    "NOPERM",
)


def _transient(exc: RespError) -> bool:
    return str(exc).startswith(_TRANSIENT_REPLIES)
