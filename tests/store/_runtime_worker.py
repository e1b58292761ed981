"""Real agents under the real ``Runtime``, for the runtime-level ledger tests.

Used two ways:

* imported by the tests (``RecordingProvider``, ``make_target``, ``make_policy``) to run agents in
  the test's own process (Redis outage, resume);
* run as a subprocess: ``python _runtime_worker.py zygote``. Importing ``supervisor`` costs
  4-8 s on a loaded two-core machine (the OpenAI and Anthropic SDKs), far too much to pay once
  per kill, so the zygote imports everything once and forks one child per command. Each child
  is a plain separate process running N agents under ``Runtime`` (on asyncio or trio) with a
  real store; the test kills children with SIGKILL. No thread exists in the zygote when it forks.

Zygote protocol (one line each, on stdin / stdout)::

    spawn <json config>  ->  spawned <tag> <pid>      (the child later prints "<tag> ..." lines)
    wait <pid>           ->  exited <pid> <status>    (reaped: the pid is gone for good)
    quit

A child prints ``<tag> ready`` once its runtime has started its agents and ``<tag> stopped
<epoch seconds> <exit code>`` when ``Runtime.run`` returns.

The provider (``RecordingProvider``) streams ``out`` one-token pieces and, before it yields the
final usage report (before the stream ends), appends ``<call id> <input+output tokens>`` to the
*served* log and fsyncs it: once the line is there the tokens were served. After ``self.llm``
returns (the settle finished), the agent appends the same line to the *done* log (fsynced).
The call id is the governor's: ``Agent.llm`` makes it, and a context variable set when it is
made carries it to the provider, which runs in the same task.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import random
import sys
import threading
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
import structlog

import supervisor._agent as _agent_module
from policies import parse_policy
from supervisor import (
    Agent,
    BudgetExceeded,
    GovernorUnavailable,
    ModelRouter,
    Runtime,
    UnattendedApprover,
)
from supervisor._events import NullSink
from supervisor._providers import Finished, LLMRequest, TextDelta, UsageReport
from supervisor._store import open_store
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable

    from policies import PolicyConfig
    from supervisor._providers import StreamEvent

#: Prompt tokens the provider reports: always below the governor's prompt estimate, so a
#: reservation covers every call in full.
INPUT_TOKENS = 7
MODEL = "rec:m"
SESSION = "runtime"

_call_id: contextvars.ContextVar[str] = contextvars.ContextVar("call_id", default="")
_original_new_call_id = _agent_module._new_call_id


def _tracked_call_id(prefix: str = "c") -> str:
    call_id = _original_new_call_id(prefix)
    _call_id.set(call_id)
    return call_id


_agent_module._new_call_id = _tracked_call_id


def _append(fd: int, line: str) -> None:
    os.write(fd, line.encode())
    os.fsync(fd)


class RecordingProvider:
    """A fake model that records what it served, per governor call id.

    Args:
        served_log: A file to append ``<call id> <tokens>`` to (fsynced) before the stream ends;
            None keeps the record in memory only (``served``).
        seed: For the number of output tokens per call (uniform in ``[min_out, max_tokens]``).
        chunk_delay: Seconds before each one-token piece.
        min_out: The fewest output tokens a call gets.
    """

    name = "rec"

    def __init__(
        self,
        served_log: str | None = None,
        *,
        seed: int = 0,
        chunk_delay: float = 0.001,
        min_out: int = 1,
    ) -> None:
        self._fd = (
            os.open(served_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            if served_log
            else None
        )
        self._rng = random.Random(seed)
        self.chunk_delay = chunk_delay
        self.min_out = min_out
        #: Tokens served per call id (prompt + output); for a stream that ended early (cut or
        #: cancelled), what went out before it ended, and its id is in ``partial``.
        self.served: dict[str, int] = {}
        self.partial: set[str] = set()
        self.started: dict[str, float] = {}
        self.streaming = 0

    @asynccontextmanager
    async def stream(self, request: LLMRequest) -> AsyncIterator[AsyncIterator[StreamEvent]]:
        call_id = _call_id.get()
        assert call_id, "the call id did not reach the provider"
        # At most max_tokens - 1: a stream that reaches max_tokens exactly is cut by the
        # stream monitor (its live cost "reaches" the reservation), settled on an estimate.
        top = max(1, request.max_tokens - 1)
        out = self._rng.randint(min(self.min_out, top), top)
        self.started[call_id] = time.monotonic()

        async def events() -> AsyncIterator[StreamEvent]:
            self.streaming += 1
            sent = 0
            finished = False
            try:
                for _ in range(out):
                    await anyio.sleep(self.chunk_delay)
                    yield TextDelta("tok ")
                    sent += 1
                self._record(call_id, INPUT_TOKENS + out, "")
                finished = True
                yield UsageReport(INPUT_TOKENS, out, 0, True)
                yield Finished("stop")
            finally:
                self.streaming -= 1
                if not finished:  # cut or cancelled: what went out before the end
                    self._record(call_id, INPUT_TOKENS + sent, " partial")

        gen = events()
        try:
            yield gen
        finally:
            await gen.aclose()  # type: ignore[attr-defined]

    def _record(self, call_id: str, tokens: int, note: str) -> None:
        self.served[call_id] = tokens
        if note:
            self.partial.add(call_id)
        if self._fd is not None:
            _append(self._fd, f"{call_id} {tokens}{note}\n")

    async def aclose(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def make_policy(
    *,
    session_cost: float | None = None,
    session_tokens: int | None = None,
    fail_closed: str = "wait",
    wait_timeout: float = 30.0,
) -> PolicyConfig:
    """Loops off (the fake text repeats on purpose), a price for ``rec:m``, a session budget."""
    budget: dict[str, Any] = {}
    if session_cost is not None:
        budget["cost"] = f"{session_cost:.6f}"
    if session_tokens is not None:
        budget["tokens"] = session_tokens
    return parse_policy(
        {
            "budgets": {"session": budget} if budget else {},
            "prices": {MODEL: {"input_per_mtok": 1000.0, "output_per_mtok": 1000.0}},
            "loops": {"semantic": {"enabled": False}, "structural": {"enabled": False}},
            "on_shortfall": {"steps": ["refuse"]},
            "fail_closed": {"behaviour": fail_closed, "wait_timeout": wait_timeout},
        }
    )


@dataclass
class AgentPlan:
    """What every agent of a run does.

    Attributes:
        calls: LLM calls per agent (None: until stopped).
        max_tokens: Each call's ``max_tokens``.
        done_log: Where to append ``<call id> <tokens>`` after each settled call (fsynced).
        on_budget: ``stop``: return when the budget refuses a call; ``retry``: sleep and retry.
        sleepers: How many agents only sleep (for stop tests: an agent busy with no call).
        think: Up to this many seconds between two calls.
        seed: Seed for the think times.
    """

    calls: int | None = None
    max_tokens: int = 32
    done_log: str | None = None
    on_budget: str = "stop"
    sleepers: int = 0
    think: float = 0.0
    seed: int = 0
    retry_after: float = 0.02


@dataclass
class Tally:
    """What the agents of a run did: who finished, how many calls the budget refused."""

    finished: list[str] = field(default_factory=list)
    refused: int = 0
    calls: int = 0
    unavailable: int = 0


def make_target(n: int, plan: AgentPlan, *, prefix: str = "a") -> tuple[TargetSpec, Tally]:
    """``n`` agent classes following ``plan``; returns the target and their tally."""
    done_fd = (
        os.open(plan.done_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        if plan.done_log
        else None
    )
    tally = Tally()
    specs = []
    for i in range(n):
        sleeper = i < plan.sleepers
        specs.append(
            AgentSpec(f"{prefix}{i}", _agent_class(f"{prefix}{i}", plan, done_fd, sleeper, tally))
        )
    return TargetSpec("runtime-test", tuple(specs)), tally


def _agent_class(
    agent_name: str, plan: AgentPlan, done_fd: int | None, sleeper: bool, tally: Tally
) -> type[Agent]:
    rng = random.Random(f"{plan.seed}-{agent_name}")

    class Worker(Agent):
        name = agent_name
        model = MODEL
        max_tokens = plan.max_tokens
        chunk_timeout = 30.0

        async def run(self) -> None:
            if sleeper:
                await anyio.sleep(3600)
                return
            made = 0
            while plan.calls is None or made < plan.calls:
                try:
                    result = await self.llm(f"{agent_name} call {made}")
                except GovernorUnavailable:
                    tally.unavailable += 1  # fail closed, refused: not sent; try again later
                    await anyio.sleep(plan.retry_after)
                    continue
                except BudgetExceeded:
                    tally.refused += 1
                    if plan.on_budget == "stop":
                        break
                    await anyio.sleep(plan.retry_after)
                    continue
                made += 1
                tally.calls += 1
                if done_fd is not None:
                    usage = result.usage
                    _append(
                        done_fd, f"{result.call_id} {usage.input_tokens + usage.output_tokens}\n"
                    )
                if plan.think:
                    await anyio.sleep(rng.random() * plan.think)
            tally.finished.append(agent_name)

    Worker.__name__ = Worker.__qualname__ = f"Worker_{agent_name}"
    return Worker


def make_runtime(
    policy: PolicyConfig,
    store: Any,
    provider: RecordingProvider,
    *,
    session: str = SESSION,
    sink: Any = None,
) -> Runtime:
    sink = sink if sink is not None else NullSink()
    return Runtime(
        policy=policy,
        store=store,
        router=ModelRouter(providers={"rec": provider}),
        approver=UnattendedApprover(sink, timeout=0.1, default="deny"),
        sink=sink,
        session=session,
        embedder=None,
    )


# -- the subprocess side -----------------------------------------------------------------------


class Zygote:
    """The test's handle on ``python _runtime_worker.py zygote`` (see the module docstring)."""

    def __init__(self) -> None:
        import queue
        import subprocess

        self.proc = subprocess.Popen(
            [sys.executable, __file__, "zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,
            text=True,
            bufsize=1,
            # Its own process group: close() can end every child it forked, reaped or not.
            start_new_session=True,
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put((time.time(), line.strip()))
        self.lines.put((time.time(), "<eof>"))

    def _send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def expect(self, prefix: str, timeout: float = 30.0) -> tuple[float, str]:
        """The next line starting with ``prefix`` (with its arrival time); others are kept."""
        import queue

        deadline = time.monotonic() + timeout
        skipped: list[tuple[float, str]] = []
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no line starting {prefix!r} in {timeout} s; saw {skipped}")
                try:
                    item = self.lines.get(timeout=left)
                except queue.Empty:
                    continue
                if item[1].startswith(prefix):
                    return item
                if item[1] == "<eof>" or " failed " in f" {item[1]}":
                    raise RuntimeError(f"waiting for {prefix!r}, the zygote said {item[1]!r}")
                skipped.append(item)
        finally:
            for item in skipped:
                self.lines.put(item)

    def spawn(self, config: dict[str, Any]) -> int:
        self._send("spawn " + json.dumps(config))
        _, line = self.expect(f"spawned {config['tag']} ")
        return int(line.split()[2])

    def wait(self, pid: int, timeout: float = 30.0) -> int:
        """Reap ``pid``; its raw wait status."""
        self._send(f"wait {pid}")
        _, line = self.expect(f"exited {pid} ", timeout)
        return int(line.split()[2])

    def close(self) -> None:
        import signal

        try:
            self._send("quit")
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()
        # Children the test did not reap (it failed before zygote.wait) still hold the output
        # pipe: the reader would never see its end, and closing stdout under the reader's lock
        # would hang the test instead of letting its failure show. End the whole group.
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self._reader.join(timeout=10)
        if self.proc.stdin is not None:
            try:
                self.proc.stdin.close()
            except OSError:
                pass  # the zygote is gone: nothing left to flush to
        if self.proc.stdout is not None and not self._reader.is_alive():
            self.proc.stdout.close()


async def _child(config: dict[str, Any], say: Callable[[str], None]) -> int:
    plan = AgentPlan(**config.get("plan", {}))
    provider = RecordingProvider(
        config.get("served_log"),
        seed=int(config.get("seed", 0)),
        chunk_delay=float(config.get("chunk_delay", 0.001)),
        min_out=int(config.get("min_out", 1)),
    )
    policy = make_policy(**config.get("policy", {}))
    target, tally = make_target(int(config["agents"]), plan, prefix=config.get("agent_prefix", "a"))
    async with open_store(config["store"]) as store:
        runtime = make_runtime(policy, store, provider, session=config.get("session", SESSION))

        async def announce() -> None:
            # Ready once its agents are calling: a call streaming or served, or one refused.
            # A process that starts late on a loaded machine may find the shared budget already
            # spent by the others, and must still report ready (its calls are all refused).
            while provider.streaming + len(provider.served) + tally.refused < min(
                int(config["agents"]) - plan.sleepers, 1
            ):
                await anyio.sleep(0.005)
            say("ready")

        async with anyio.create_task_group() as tg:
            tg.start_soon(announce)
            outcome = await runtime.run(target)
            tg.cancel_scope.cancel()
        say(
            f"stopped {time.time()!r} {int(outcome.exit_code)} {tally.calls} {tally.refused} "
            f"{len(provider.started)} {sum(provider.served.values())}"
        )
        await provider.aclose()
        return 0


def _zygote() -> None:
    out = sys.stdout
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        if command == "quit":
            break
        if command == "wait":
            pid = int(rest)
            _, status = os.waitpid(pid, 0)
            out.write(f"exited {pid} {status}\n")
            out.flush()
            continue
        if command != "spawn":
            out.write(f"error unknown command {command!r}\n")
            out.flush()
            continue
        config = json.loads(rest)
        tag = str(config["tag"])
        assert threading.active_count() == 1, "the zygote must not fork with threads running"
        out.flush()
        pid = os.fork()
        if pid == 0:  # the child
            code = 1
            # Logs go to stderr (stdout carries the protocol), warnings and worse only.
            structlog.configure(
                wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING),
                logger_factory=structlog.PrintLoggerFactory(sys.stderr),
            )

            def say(text: str, tag: str = tag) -> None:
                os.write(1, f"{tag} {text}\n".encode())

            try:
                code = anyio.run(_child, config, say, backend=config.get("backend", "asyncio"))
            except BaseException as exc:  # report, then leave without running the zygote's code
                say(f"failed {type(exc).__name__}: {exc}".replace("\n", " "))
            finally:
                os._exit(code)
        out.write(f"spawned {tag} {pid}\n")
        out.flush()


if __name__ == "__main__":
    if sys.argv[1:] != ["zygote"]:
        raise SystemExit("usage: python _runtime_worker.py zygote")
    _zygote()
