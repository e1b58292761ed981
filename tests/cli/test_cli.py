"""``supervise`` through its real entry point, as a subprocess: help, usage errors, messages.

No test here may see a traceback: every mistake is one message and a documented exit status.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import supervisor

SUPERVISE = Path(sys.executable).parent / "supervise"
#: The code under test, for the subprocesses (the console script imports the installed one).
CODE = str(Path(supervisor.__file__).resolve().parents[1])
pytestmark = pytest.mark.skipif(
    not SUPERVISE.exists(), reason="the console script is not installed"
)


def _run(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``supervise`` with this checkout's code, never with the caller's own
    ``$SUPERVISE_STORE`` (``env`` may set one), and see no traceback."""
    base = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "HF_HUB_OFFLINE": "1"}
    base.pop("SUPERVISE_STORE", None)
    env = {**base, "PYTHONPATH": CODE, **(env or {})}
    result = subprocess.run(
        [str(SUPERVISE), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
    return result


@pytest.mark.parametrize("command", [[], ["run"], ["check-policy"], ["ledger"], ["logs"]])
def test_help_on_every_command_has_examples(command: list[str]) -> None:
    result = _run(*command, "--help")
    assert result.returncode == 0
    assert "usage: supervise" in result.stdout
    assert "examples:" in result.stdout
    assert "exit status:" in result.stdout


@pytest.mark.parametrize(
    ("command", "ok"),
    [
        (["check-policy"], "0    the policy is valid"),
        (["ledger"], "0    shown (also when there is no ledger here yet)"),
        (["logs"], "0    shown (also when there is no ledger here yet)"),
        (["stop"], "0    the stop was published"),
    ],
)
def test_help_lists_the_exit_statuses_of_its_own_command(command: list[str], ok: str) -> None:
    # Before, every command's help showed the run's table ("0 every agent finished", "3 the
    # run was stopped by policy"), which says nothing true about `supervise ledger`.
    out = _run(*command, "--help").stdout
    assert ok in out
    assert "every agent finished" not in out
    assert "stopped by policy" not in out


def test_run_help_documents_the_options() -> None:
    out = _run("run", "--help").stdout
    for option in (
        "--policy",
        "--backend",
        "--headless",
        "--store",
        "--session",
        "--approve-timeout",
        "--approve-default",
        "a approve, d deny, s stop",
    ):
        assert option in out


def test_no_command_prints_help_and_fails() -> None:
    result = _run()
    assert result.returncode == 2
    assert "commands:" in result.stderr


def test_bad_backend_is_a_usage_error() -> None:
    result = _run("run", "x.py", "--backend", "curio")
    assert result.returncode == 2
    assert "invalid choice: 'curio'" in result.stderr


def test_bad_timeout_is_a_usage_error() -> None:
    result = _run("run", "x.py", "--approve-timeout", "-3")
    assert result.returncode == 2
    assert "expected 0 or more seconds" in result.stderr


def test_missing_target(tmp_path: Path) -> None:
    result = _run("run", "nowhere/agents.py", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("supervise: nowhere/agents.py does not exist.")
    assert len(result.stderr.strip().splitlines()) == 1


def test_module_attribute_not_found(tmp_path: Path) -> None:
    (tmp_path / "my_agents.py").write_text(
        "from supervisor import Agent\nclass Researcher(Agent):\n    pass\n"
    )
    result = _run("run", "my_agents:Writer", cwd=tmp_path)
    assert result.returncode == 2
    assert "has no attribute 'Writer'. It defines these agents: Researcher." in result.stderr


def test_syntax_error_in_the_users_file(tmp_path: Path) -> None:
    (tmp_path / "agents.py").write_text("def broken(:\n")
    result = _run("run", "agents.py", cwd=tmp_path)
    assert result.returncode == 2
    assert "agents.py has a syntax error at line 1" in result.stderr


def test_bad_policy_file_names_the_field(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[budgets.session]\ncost = 'lots'\n")
    result = _run("check-policy", str(policy))
    assert result.returncode == 2
    assert str(policy) in result.stderr
    assert "budgets.session.cost" in result.stderr


def test_policy_toml_syntax_error(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[budgets\n")
    result = _run("check-policy", str(policy))
    assert result.returncode == 2
    assert "line 1" in result.stderr


def test_missing_policy_file() -> None:
    result = _run("check-policy", "no/such/policy.toml")
    assert result.returncode == 2
    assert "no/such/policy.toml" in result.stderr


def test_good_policy_is_explained(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[budgets.session]\ncost = 5.0\n")
    result = _run("check-policy", str(policy))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


def test_a_price_that_prices_nothing_is_refused_and_a_misspelt_one_warned(
    tmp_path: Path,
) -> None:
    """A [prices] entry with one token price for a model the table does not know priced
    nothing: check-policy said "valid" and every call to that model was refused at run time.
    One with both prices under a misspelt name was silently a price for no model."""
    policy = tmp_path / "policy.toml"
    policy.write_text('[prices."openai:gpt-4o-mnii"]\ninput_per_mtok = 0.15\n')
    result = _run("check-policy", str(policy))
    assert result.returncode == 2
    assert f"Policy file {policy} is invalid (1 problem):" in result.stderr
    assert "prices.\"openai:gpt-4o-mnii\": No price is known for 'openai:gpt-4o-mnii'" in (
        result.stderr
    )
    assert "Did you mean 'openai:gpt-4o-mini'" in result.stderr
    assert "Give the entry both input_per_mtok and output_per_mtok" in result.stderr
    (tmp_path / "agents.py").write_text(
        "from supervisor import Agent\nclass A(Agent):\n    model = 'scripted:a'\n"
        "    script = ['hi']\n    async def run(self):\n        return None\n"
    )
    ran = _run("run", "agents.py", "--policy", "policy.toml", "--headless", cwd=tmp_path)
    assert ran.returncode == 2
    assert "openai:gpt-4o-mnii" in ran.stderr

    policy.write_text(
        '[prices."openai:gpt-4o-mnii"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.6\n'
        '[prices."openai:gpt-4o"]\noutput_per_mtok = 12\n'
        '[prices."openai:my-finetune"]\ninput_per_mtok = 1\noutput_per_mtok = 2\n'
    )
    result = _run("check-policy", str(policy))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stdout.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1
    assert warnings[0].startswith(
        'Warning: prices."openai:gpt-4o-mnii" names a model the price table does not know. '
        "Did you mean 'openai:gpt-4o-mini'"
    )


def test_run_with_a_bad_policy_fails_before_running(tmp_path: Path) -> None:
    (tmp_path / "agents.py").write_text("from supervisor import Agent\nclass A(Agent):\n    pass\n")
    (tmp_path / "policy.toml").write_text("version = 9\n")
    result = _run("run", "agents.py", "--policy", "policy.toml", cwd=tmp_path)
    assert result.returncode == 2
    assert "policy.toml" in result.stderr


def test_a_scripted_model_without_a_script_says_to_add_one(tmp_path: Path) -> None:
    (tmp_path / "crawler.py").write_text(_CRAWLER.replace('    script = ["crawled"]\n', ""))
    result = _run("run", "crawler.py", "--headless", "--store", "memory://", cwd=tmp_path)
    assert result.returncode == 2
    assert "has no script to answer from" in result.stderr
    assert "script = [...]" in result.stderr


def test_an_unreachable_store_says_what_it_means_for_each_command(tmp_path: Path) -> None:
    (tmp_path / "crawler.py").write_text(_CRAWLER)
    store = ("--store", "redis://127.0.0.1:1/0")  # nothing listens on port 1
    stop = _run("stop", "--all", *store)
    assert stop.returncode == 5
    assert "the stop for every agent was NOT published, so nothing was stopped" in stop.stderr
    run = _run("run", "crawler.py", "--headless", *store, cwd=tmp_path)
    assert run.returncode == 5
    assert "the ledger store is unavailable, so nothing started" in run.stderr
    ledger = _run("ledger", *store)
    assert ledger.returncode == 5
    assert "nothing started" not in ledger.stderr


def test_a_misspelt_model_stops_the_run_before_it_starts(tmp_path: Path) -> None:
    """Every call would be refused for want of a price, and the agent restarted over it."""
    (tmp_path / "typo.py").write_text(
        "from supervisor import Agent\n\n\nclass Typo(Agent):\n"
        "    model = 'openai:gpt-4o-mni'\n\n"
        "    async def run(self) -> None:\n        await self.llm('hello')\n"
    )
    env_key = {"OPENAI_API_KEY": "sk-test-0123456789"}
    result = _run("run", "typo.py", "--headless", "--store", "memory://", cwd=tmp_path, env=env_key)
    assert result.returncode == 2
    assert "uses the model 'openai:gpt-4o-mni': No price is known" in result.stderr
    assert "Did you mean 'openai:gpt-4o-mini'" in result.stderr


def test_an_agent_with_no_model_is_told_to_name_one(tmp_path: Path) -> None:
    (tmp_path / "bare.py").write_text(
        "from supervisor import Agent\n\n\nclass Bare(Agent):\n"
        "    async def run(self) -> None:\n        await self.llm('hello')\n"
    )
    result = _run("run", "bare.py", "--headless", "--store", "memory://", cwd=tmp_path)
    assert result.returncode == 2
    assert "The agent 'bare' (Bare) names no model. Set one on the class" in result.stderr


def test_bad_store_url() -> None:
    for command in ("ledger", "logs"):
        result = _run(command, "--store", "bogus://x")
        assert result.returncode == 2
        assert "unknown scheme 'bogus'" in result.stderr


def test_a_ledger_that_is_not_there_is_not_made_by_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "ledger.db"
    for command in (["ledger"], ["logs", "--verify"]):
        result = _run(*command, "--store", f"sqlite:///{path}")
        assert result.returncode == 0, result.stderr
        assert f"There is no ledger at {path} yet" in result.stderr
        assert "run this there, or pass --store" in result.stderr
    assert not path.parent.exists()


def test_empty_store(tmp_path: Path) -> None:
    import anyio

    from supervisor import SQLiteStore

    async def make() -> None:
        async with SQLiteStore(tmp_path / "ledger.db"):
            pass

    anyio.run(make)
    store = f"sqlite:///{tmp_path / 'ledger.db'}"
    result = _run("ledger", "--store", store)
    assert result.returncode == 0, result.stderr
    # rich wraps the line at 100 columns, where depends on the length of tmp_path.
    assert "holds no sessions yet" in " ".join(result.stdout.split())
    result = _run("ledger", "--store", store, "--session", "nope")
    assert result.returncode == 2
    assert "no session named 'nope'" in result.stderr
    result = _run("logs", "--store", store, "--verify")
    assert result.returncode == 0, result.stderr
    assert "audit chain intact" in result.stderr
    # A newcomer whose first run was all allowed finds an empty log: say why, and where to look.
    result = _run("logs", "--store", store)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "No audit records match." in out
    assert "every decision but a plain allow" in out
    assert "`supervise ledger` shows what it spent" in out


def test_the_ledger_shows_what_people_granted(tmp_path: Path) -> None:
    """A person who approved a call over budget raised its session's budget (and a tenant's):
    `supervise ledger` says by how much, beside the spend."""
    import anyio

    from policies import Limits
    from policies._scopes import Amounts, Scope
    from supervisor import SQLiteStore

    session, tenant = Scope("session", "s-granted"), Scope("tenant", "acme")

    async def record() -> None:
        async with SQLiteStore(str(tmp_path / "ledger.db")) as db:
            await db.set_limit(session, Limits(cost=1_000_000_000))
            await db.set_limit(tenant, Limits(cost=1_000_000_000, window="day"))
            grant = {session: Amounts(cost=10**9), tenant: Amounts(cost=10**9)}
            scopes = [session, tenant]
            await db.reserve("c1", scopes, Amounts(1_420_000_000, 100, 1), grant=grant)
            await db.settle("c1", Amounts(1_300_000_000, 50, 1))
            await db.reserve("c2", [Scope("session", "plain")], Amounts(5, 1, 1))

    anyio.run(record)
    store = f"sqlite:///{tmp_path / 'ledger.db'}"
    result = _run("ledger", "--store", store, "--tenant", "acme")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "granted" in out
    (row,) = [line for line in out.splitlines() if "s-granted" in line]
    assert row.split()[-1] == "$0.42"
    assert "$1.42 a day (granted $0.42)" in out


def test_the_ledger_never_cuts_a_name(tmp_path: Path) -> None:
    """Piped, the ledger is 80 columns wide: long session, agent and model names still show
    whole (two models that share a prefix must not both read 'scripted:writ...')."""
    import anyio

    from policies._scopes import Amounts, Scope
    from supervisor import SQLiteStore

    session, agent = "nightly-research-run-2026-11-27T20-15", "literature-reviewer-agent"
    models = ("scripted:writer-long-context-preview", "scripted:writer-long-context-mini")

    async def record() -> None:
        async with SQLiteStore(str(tmp_path / "ledger.db")) as db:
            for n, model in enumerate(models):
                scopes = [Scope("agent", f"{session}/{agent}"), Scope("session", session)]
                await db.reserve(f"c{n}", scopes, Amounts(5000, 100, 1), model=model)
                await db.settle(f"c{n}", Amounts(1234, 50, 1))

    anyio.run(record)
    result = _run("ledger", "--store", f"sqlite:///{tmp_path / 'ledger.db'}")
    assert result.returncode == 0, result.stderr
    for name in (session, agent, *models):
        assert name in result.stdout, result.stdout
    assert "…" not in result.stdout


_BANKER = """
from policies import Interrupt, Rule
from supervisor import Agent


class NoWireTransfers(Rule):
    name = "no-wire-transfers"

    def pre_call(self, ctx):
        if "wire" in ctx.messages[-1]["content"]:
            return Interrupt(rule=self.name, reason="Money moves need a person.",
                             fallback="I cannot move money.")
        return None


rules = [NoWireTransfers()]


class Banker(Agent):
    model = "scripted:banker"
    script = ["The report says revenue grew 4%."]

    async def run(self) -> None:
        first = await self.llm("Summarise the report.", max_tokens=50)
        assert not first.interrupted
        second = await self.llm("Now wire $5,000 to account 123.", max_tokens=50)
        assert second.fallback == "I cannot move money.", second
"""


def test_a_target_files_python_rules_govern_its_run(tmp_path: Path) -> None:
    """`rules = [...]` in the target file: the Python rule decides alongside the policy file."""
    import json

    (tmp_path / "banker.py").write_text(_BANKER)
    (tmp_path / "policy.toml").write_text(_LOOPER_POLICY.replace("looper", "banker"))
    store = f"sqlite:///{tmp_path / 'ledger.db'}"
    command = ("run", "banker.py", "--policy", "policy.toml", "--headless", "--store", store)
    result = _run(*command, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    made = [e for e in events if e["event"] == "DecisionMade"]
    assert [(e["decision"], e["rule"], e["mode"]) for e in made] == [
        ("Interrupt", "no-wire-transfers", "enforce")
    ]
    assert [e["event"] for e in events].count("CallSettled") == 1  # the refused call never ran


_CRAWLER = """
import time
from supervisor import Agent, tool


class Crawler(Agent):
    model = "scripted:looper"
    script = ["crawled"]

    @tool
    def crawl(self, url: str) -> str:
        time.sleep(30)  # a request that hangs
        return "done"

    async def run(self) -> None:
        await self.tool("crawl", url="https://example.com")
"""


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_run_stopped_while_a_plain_tool_hangs_exits_at_once(tmp_path: Path, backend: str) -> None:
    """The session's wall clock stops it after 1 s while its tool's thread still blocks: the
    process exits then, not when the abandoned thread returns (30 s)."""
    (tmp_path / "crawler.py").write_text(_CRAWLER)
    policy = _LOOPER_POLICY + "[limits]\nmax_session_seconds = 1\naction = 'stop_session'\n"
    (tmp_path / "policy.toml").write_text(policy)
    store = f"sqlite:///{tmp_path / 'ledger.db'}"
    t0 = time.monotonic()
    result = _run(
        "run", "crawler.py", "--policy", "policy.toml", "--headless", "--store", store,
        "--backend", backend, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr  # stopped by policy
    assert time.monotonic() - t0 < 20


_LOOPER = """
from supervisor import Agent


class Looper(Agent):
    model = "scripted:looper"
    script = [f"Step {i}: still working on part {i} of the data set. " * 5 for i in range(50)]

    async def run(self) -> None:
        for _ in range(500):
            await self.llm("continue", max_tokens=200)
"""


#: An agent that makes one scripted LLM call (priced by _LOOPER_POLICY): a run that spends.
_ONE_CALL = """
from supervisor import Agent


class Crawler(Agent):
    model = "scripted:looper"
    script = ["crawled"]

    async def run(self) -> None:
        await self.llm("crawl it", max_tokens=20)
"""


def test_a_redis_ledger_lost_between_runs_stops_the_next_run_but_not_a_stop(
    tmp_path: Path,
) -> None:
    """A run on Redis remembers the ledger (.supervisor/redis-ledgers.json under its working
    directory); after Redis lost it, the next run there refuses to start the budgets from
    zero, while `supervise stop` and `supervise ledger` still work."""
    import redis

    (tmp_path / "crawler.py").write_text(_ONE_CALL)
    (tmp_path / "policy.toml").write_text(_LOOPER_POLICY)
    prefix = f"cli-{os.getpid()}-{tmp_path.name}"
    store = ("--policy", "policy.toml", "--store", f"redis://127.0.0.1:6379/0?prefix={prefix}")
    client = redis.Redis(host="127.0.0.1", port=6379)
    try:
        first = _run("run", "crawler.py", "--headless", *store, cwd=tmp_path)
        assert first.returncode == 0, first.stderr
        assert (tmp_path / ".supervisor" / "redis-ledgers.json").exists()
        keys = list(client.scan_iter(match=f"{prefix}:*"))
        assert keys
        client.delete(*keys)  # what a Redis restarted without persistence holds
        again = _run("run", "crawler.py", "--headless", *store, cwd=tmp_path)
        assert again.returncode == 5
        assert "holds no ledger" in again.stderr
        assert "remove the entry" in again.stderr
        stop = _run("stop", "--all", *store[2:], cwd=tmp_path)
        assert stop.returncode == 0, stop.stderr
        ledger = _run("ledger", *store[2:], cwd=tmp_path)
        assert ledger.returncode == 0, ledger.stderr
    finally:
        keys = list(client.scan_iter(match=f"{prefix}:*"))
        if keys:
            client.delete(*keys)
        client.close()


def test_a_redis_memory_file_that_cannot_be_read_stops_the_run_with_what_to_do(
    tmp_path: Path,
) -> None:
    """Not UTF-8 (another tool wrote it), nested past the JSON parser's depth, or a folder:
    the run refuses with exit status 5 and says which file and what to do, no traceback."""
    (tmp_path / "crawler.py").write_text(_ONE_CALL)
    (tmp_path / "policy.toml").write_text(_LOOPER_POLICY)
    prefix = f"cli-{os.getpid()}-{tmp_path.name}"
    store = ("--policy", "policy.toml", "--store", f"redis://127.0.0.1:6379/0?prefix={prefix}")
    memory = tmp_path / ".supervisor" / "redis-ledgers.json"
    memory.parent.mkdir()
    try:
        for content, says in ((b"\xff\xfe{}", "is damaged"), (b"[" * 100_000, "is damaged")):
            memory.write_bytes(content)
            result = _run("run", "crawler.py", "--headless", *store, cwd=tmp_path)
            assert result.returncode == 5, result.stderr
            assert says in result.stderr
            assert str(memory) in result.stderr
            assert "Remove it" in result.stderr
        memory.unlink()
        memory.mkdir()
        result = _run("run", "crawler.py", "--headless", *store, cwd=tmp_path)
        assert result.returncode == 5, result.stderr
        assert "cannot be read" in result.stderr
        assert "remove it" in result.stderr
    finally:
        import redis

        client = redis.Redis(host="127.0.0.1", port=6379)
        try:
            keys = list(client.scan_iter(match=f"{prefix}:*"))
            if keys:
                client.delete(*keys)
        finally:
            client.close()


_LOOPER_POLICY = """
[prices."scripted:looper"]
input_per_mtok = 0.15
output_per_mtok = 0.6
[loops.structural]
enabled = false
[loops.semantic]
enabled = false
"""


def _hang_up_default() -> None:
    """The child's SIGHUP and SIGINT at their defaults, as a person's terminal has them: a test
    run started with them ignored (under ``nohup``, or as a background job of a script, which
    ignores SIGINT) passes that on, and ``supervise run`` rightly leaves an ignored signal
    ignored, so a test sending it would wait for nothing."""
    import signal

    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_looper(
    tmp_path: Path, until: str, backend: str = "asyncio"
) -> tuple[subprocess.Popen[str], str]:
    """Start `supervise run` on the looping agent (headless, session s1, a SQLite store in
    ``tmp_path``) and return once its stdout shows an ``until`` event, with the store URL."""
    (tmp_path / "looper.py").write_text(_LOOPER)
    (tmp_path / "policy.toml").write_text(_LOOPER_POLICY)
    store = f"sqlite:///{tmp_path / 'ledger.db'}"
    # faulthandler: a run that hangs is sent SIGABRT and dumps every thread's stack.
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONFAULTHANDLER": "1"}
    env.pop("SUPERVISE_STORE", None)
    command = ["run", "looper.py", "--policy", "policy.toml", "--headless", "--backend", backend]
    run = subprocess.Popen(
        [str(SUPERVISE), *command, "--store", store, "--session", "s1"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A run in a terminal: SIGHUP at its default, whatever the tests were started with
        # (under nohup it is ignored, and the run rightly keeps ignoring it).
        preexec_fn=_hang_up_default,
    )
    assert run.stdout is not None
    for line in run.stdout:
        if f'"{until}"' in line:
            break
    return run, store


@pytest.mark.slow
def test_stop_is_the_kill_switch_of_a_running_session(tmp_path: Path) -> None:
    """`supervise stop` in another process stops a running session: exit 3, audited."""
    import json

    run, store = _start_looper(tmp_path, until="CallStarted")
    try:
        stopped = _run("stop", "--store", store, "--session", "s1", "--reason", "runaway")
        assert stopped.returncode == 0, stopped.stderr
        out, _ = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert run.returncode == 3  # ExitCode.STOPPED_BY_POLICY
    finished = [json.loads(x) for x in out.splitlines() if '"RunFinished"' in x]
    assert finished
    assert "runaway" in finished[-1]["reason"]
    logs = _run("logs", "--store", store, "--session", "s1", "--json")
    events = [json.loads(x)["event"] for x in logs.stdout.splitlines()]
    assert "stop_published" in events


@pytest.mark.slow
@pytest.mark.parametrize("attempt", range(3))
@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.parametrize("signum", ["SIGINT", "SIGTERM"])
def test_ctrl_c_stops_a_run_at_once_and_settles_what_it_cut(
    tmp_path: Path, backend: str, signum: str, attempt: int
) -> None:
    """SIGINT (Ctrl-C) ends a run within seconds with status 130; the cut call is settled with
    what it used, and the JSON lines end with RunFinished saying so.

    Before, on trio, Ctrl-C early in a call could end the governor before the cut call settled
    (about one run in three): its reservation stayed open and the next open of the ledger
    charged it at its whole worst case. SIGTERM (``docker stop``, systemd, ``timeout``) ended
    the process on the spot (status 143), with the same effect, the JSON lines ending mid-call.
    Each signal is run three times: the trio failure did not happen every time."""
    import json
    import signal
    import time

    import anyio

    from supervisor import SQLiteStore

    run, store = _start_looper(tmp_path, until="StreamProgress", backend=backend)
    try:
        sent = time.monotonic()
        run.send_signal(getattr(signal, signum))
        try:
            out, _ = run.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            run.send_signal(signal.SIGABRT)  # faulthandler writes where it hangs to stderr
            _, stacks = run.communicate(timeout=10)
            pytest.fail(f"no exit 30 s after Ctrl-C; its threads:\n{stacks[-8000:]}")
        took = time.monotonic() - sent
    finally:
        if run.poll() is None:
            run.kill()
            run.communicate()  # and close its pipes: no ResourceWarning in a later test
    assert run.returncode == 130
    assert took < 10, f"Ctrl-C took {took:.1f} s"
    last = json.loads(out.splitlines()[-1])
    why = "SIGINT (Ctrl-C)" if signum == "SIGINT" else "SIGTERM (terminated)"
    assert (last["event"], last["exit_code"], last["reason"]) == (
        "RunFinished",
        130,
        f"interrupted: {why}",
    )
    sessions = _run("ledger", "--store", store, "--session", "s1")
    assert sessions.returncode == 0
    assert "s1" in sessions.stdout

    async def open_reservations() -> int:
        async with SQLiteStore(str(tmp_path / "ledger.db")) as db:
            (summary,) = [s for s in await db.list_sessions() if s.session == "s1"]
            return summary.open_reservations

    assert anyio.run(open_reservations) == 0  # the cut call was settled, not left reserved
    logs = _run("logs", "--store", store, "--session", "s1", "--json")
    events = [json.loads(x)["event"] for x in logs.stdout.splitlines()]
    assert "reservation_orphaned" not in events  # settled with what it used, not its worst case


def test_run_of_a_file_naming_a_missing_policy_says_where_it_looked(tmp_path: Path) -> None:
    """A copied example names ``policy = "policy.toml"`` next to it; without that file the run
    says which file named it, where it looked and the three ways out."""
    (tmp_path / "agents.py").write_text(
        "from supervisor import Agent\nclass A(Agent):\n    async def run(self):\n"
        "        pass\npolicy = 'policy.toml'\n"
    )
    result = _run("run", "agents.py", "--headless", cwd=tmp_path)
    assert result.returncode == 2
    assert "agents.py names the policy file 'policy.toml'" in result.stderr
    assert str(tmp_path / "policy.toml") in result.stderr
    assert "--policy FILE" in result.stderr


def test_run_of_an_agent_whose_model_cannot_run_stops_before_anything_runs(
    tmp_path: Path,
) -> None:
    """A missing API key is the same for every call: exit 2 before any agent starts (not
    three restarts and an escalation), and the JSON lines still end with RunFinished."""
    (tmp_path / "agents.py").write_text(
        "from supervisor import Agent\nclass Hello(Agent):\n    model = 'keyless:m'\n"
        "    async def run(self):\n        await self.llm('hi')\n"
    )
    (tmp_path / "policy.toml").write_text(
        '[providers.keyless]\nkind = "openai"\napi_key_env = "SUPERVISE_TEST_NO_SUCH_KEY"\n'
    )
    result = _run(
        "run",
        "agents.py",
        "--policy",
        "policy.toml",
        "--headless",
        "--store",
        "memory://",
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    assert "The agent 'hello' (Hello) uses the model 'keyless:m', which cannot run" in (
        result.stderr
    )
    assert "SUPERVISE_TEST_NO_SUCH_KEY" in result.stderr
    events = [line for line in result.stdout.splitlines() if line.strip()]
    assert '"event":"RunStarted"' in events[0]
    assert '"event":"RunFinished","exit_code":2' in events[-1]
    assert "AgentStateChanged" not in result.stdout


def test_an_agent_with_a_bad_class_attribute_stops_the_run_before_it_starts(
    tmp_path: Path,
) -> None:
    """``max_tokens = "lots"`` fails every call alike: exit 2 naming the attribute, not three
    restarts over a TypeError and an escalation (exit 4)."""
    (tmp_path / "agents.py").write_text(
        "from supervisor import Agent\nclass Hello(Agent):\n    model = 'scripted:m'\n"
        "    script = ['hi']\n    max_tokens = 'lots'\n"
        "    async def run(self):\n        await self.llm('hi')\n"
    )
    (tmp_path / "policy.toml").write_text(
        '[prices."scripted:m"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.60\n'
    )
    result = _run(
        "run",
        "agents.py",
        "--policy",
        "policy.toml",
        "--headless",
        "--store",
        "memory://",
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    assert f"The agent class Hello ({tmp_path / 'agents.py'}) cannot run: max_tokens = 'lots'" in (
        result.stderr
    )
    assert "AgentStateChanged" not in result.stdout
    assert '"event":"RunFinished","exit_code":2' in result.stdout.splitlines()[-1]


@pytest.mark.parametrize("command", [["logs"], ["logs", "--json"]])
def test_a_reader_that_stops_early_ends_the_command_quietly(
    tmp_path: Path, command: list[str]
) -> None:
    """``supervise logs | head``: before, "unexpected error: BrokenPipeError" (exit 1) for
    ``--json``'s plain prints, and a silent exit 1 from rich for the rendered log."""
    store = _many_audit_records(tmp_path, tamper=False)
    code, err = _read_one_line(command, store)
    assert (code, err) == (0, "")


def test_verify_still_says_a_broken_chain_when_the_reader_stops_early(tmp_path: Path) -> None:
    """``supervise logs --verify | head -1`` on an edited log: the verdict is on stderr and in
    the exit status (6), whatever the reader of stdout did."""
    store = _many_audit_records(tmp_path, tamper=True)
    code, err = _read_one_line(["logs", "--verify"], store)
    assert code == 6
    assert "the audit chain is broken at record 7" in err
    assert "BrokenPipe" not in err


def _many_audit_records(tmp_path: Path, *, tamper: bool) -> str:
    """A SQLite ledger whose audit log is far longer than a pipe's buffer."""
    import sqlite3

    import anyio

    from supervisor import SQLiteStore

    path = tmp_path / "ledger.db"

    async def write() -> None:
        async with SQLiteStore(path) as store:
            for i in range(3000):
                await store.append_audit("decision", {"i": i, "why": "x" * 60}, session="s")

    anyio.run(write)
    if tamper:
        conn = sqlite3.connect(path)
        conn.execute("UPDATE audit SET data = '{\"i\":0}' WHERE seq = 7")
        conn.commit()
        conn.close()
    return f"sqlite:///{path}"


def _read_one_line(command: list[str], store: str) -> tuple[int, str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("SUPERVISE_STORE", None)
    proc = subprocess.Popen(
        [str(SUPERVISE), *command, "--store", store],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()  # the reader is gone, as `| head -1` is after its line
    err = proc.stderr.read()
    proc.stderr.close()
    return proc.wait(timeout=60), err


def test_a_reroute_to_a_model_that_cannot_run_stops_the_run_before_it_starts(
    tmp_path: Path,
) -> None:
    """Before, the unknown provider was found on the first rerouted call: three restarts over
    UnknownProvider and an escalation (exit 4)."""
    (tmp_path / "agents.py").write_text(
        "from supervisor import Agent\nclass Hello(Agent):\n    model = 'scripted:m'\n"
        "    script = ['hi']\n    async def run(self):\n        await self.llm('hi')\n"
    )
    (tmp_path / "policy.toml").write_text(
        '[[reroute]]\nfrom = "scripted:m"\nto = "nope:m"\nwhen = "always"\n'
        '[prices."scripted:m"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.60\n'
        '[prices."nope:m"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.60\n'
    )
    result = _run(
        "run",
        "agents.py",
        "--policy",
        "policy.toml",
        "--headless",
        "--store",
        "memory://",
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    assert (
        "The policy reroutes 'scripted:m', the model of the agent 'hello' (Hello), to 'nope:m' "
        "([[reroute]] when = 'always'), which cannot run: The model ref 'nope:m' names the "
        "provider 'nope', which is not configured"
    ) in result.stderr
    assert "AgentStateChanged" not in result.stdout


_WORKER = (
    "from supervisor import Agent\n\n\nclass Worker(Agent):\n"
    "    model = 'scripted:m'\n    script = ['hi']\n{extra}\n"
    "    async def run(self) -> None:\n        await self.llm('hello')\n"
)
_PRICE = '[prices."scripted:m"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.60\n'


def test_two_agents_of_one_name_in_one_run_stop_it_before_it_starts(tmp_path: Path) -> None:
    """Two files of a folder each define a ``worker``: the two ran as one agent to the
    governor (one budget, one loop history, one row on screen, one name in the ledger and
    the audit log, one `supervise stop --agent`), their calls and states mixed up."""
    folder = tmp_path / "agents"
    folder.mkdir()
    (folder / "a.py").write_text(_WORKER.format(extra=""))
    (folder / "b.py").write_text(_WORKER.format(extra=""))
    (folder / "policy.toml").write_text(_PRICE)
    result = _run("run", "agents", "--headless", "--store", "memory://", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Two agents of this run are named 'worker' (a/worker, b/worker)" in result.stderr
    assert "`name = ...`" in result.stderr
    assert "AgentStateChanged" not in result.stdout


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("wor\u200bker", "'wor\\u200bker'"),  # zero-width space: reads as 'worker'
        ("\u202eredcoder", "'\\u202eredcoder'"),  # right-to-left override
        ("a\tb", "'a\\tb'"),
        ("wor\ufeffker", "'wor\\ufeffker'"),
    ],
)
def test_an_agent_name_with_invisible_characters_is_refused(
    tmp_path: Path, name: str, shown: str
) -> None:
    """Two names that look alike on screen and in an approval prompt ("approve for worker?")
    must be two names that read differently: an invisible or reordering character is refused
    where the name is set, with where it is and what it is."""
    (tmp_path / "agents.py").write_text(_WORKER.format(extra=f"    name = {name!r}"))
    (tmp_path / "policy.toml").write_text(_PRICE)
    result = _run(
        "run",
        "agents.py",
        "--policy",
        "policy.toml",
        "--headless",
        "--store",
        "memory://",
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    assert f"name = {shown}" in result.stderr
    assert "U+" in result.stderr  # which character, by its code point
    assert "AgentStateChanged" not in result.stdout


@pytest.mark.parametrize("command", [["run", "agents.py"], ["stop"]])
def test_a_session_name_with_invisible_characters_is_a_usage_error(
    tmp_path: Path, command: list[str]
) -> None:
    (tmp_path / "agents.py").write_text(_WORKER.format(extra=""))
    result = _run(*command, "--session", "night\u200bly", "--store", "memory://", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "U+200B" in result.stderr
    assert "ZERO WIDTH SPACE" in result.stderr


def test_ledger_and_logs_show_invisible_characters_from_the_store_as_escapes(
    tmp_path: Path,
) -> None:
    """A tool's name and arguments in the audit log come from the model, and names in a store
    written before they were checked may hold anything: printed raw, a zero-width space hid
    itself and a right-to-left override reordered the line."""
    import anyio

    from policies._scopes import Amounts, Scope
    from supervisor import SQLiteStore

    session, agent = "night\u200bly", "cod\u202eer"

    async def record() -> None:
        async with SQLiteStore(str(tmp_path / "ledger.db")) as db:
            scopes = [Scope("agent", f"{session}/{agent}"), Scope("session", session)]
            await db.reserve("c1", scopes, Amounts(5000, 100, 1), model="scripted:m\ufeff")
            await db.settle("c1", Amounts(1234, 50, 1))
            await db.append_audit(
                "approval.asked",
                {"tool": "delete\u2060_files", "args": "rm -rf \u2066/\u2069\x1b[2J"},
                session=session,
                agent=agent,
            )

    anyio.run(record)
    store = f"sqlite:///{tmp_path / 'ledger.db'}"
    ledger = _run("ledger", "--store", store)
    logs = _run("logs", "--store", store)
    for result in (ledger, logs):
        assert result.returncode == 0, result.stderr
        for char in "\u200b\u202e\ufeff\u2060\u2066\x1b":
            assert char not in result.stdout
        assert "night\\u200bly" in result.stdout
        assert "cod\\u202eer" in result.stdout
    assert "scripted:m\\ufeff" in ledger.stdout
    assert "delete\\u2060_files" in logs.stdout
    assert "\\x1b[2J" in logs.stdout


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.parametrize("signum", ["SIGINT", "SIGTERM"])
def test_a_signal_while_the_ledger_opens_stops_the_run_once_it_is_open(
    tmp_path: Path, backend: str, signum: str
) -> None:
    """SIGTERM (a deploy) or Ctrl-C while the run waits for its ledger (another process holds
    the SQLite write lock): before, SIGTERM ended the process on the spot (status 143, the JSON
    lines stopping at RunStarted) and Ctrl-C was lost (the run went on). Now the signal is
    taken from the start: once the ledger opens the run stops at once, exit 130, RunFinished."""
    import json
    import signal
    import sqlite3
    from contextlib import closing

    (tmp_path / "looper.py").write_text(_LOOPER)
    (tmp_path / "policy.toml").write_text(_LOOPER_POLICY)
    db = tmp_path / "ledger.db"
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("PRAGMA journal_mode=WAL")
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # another process writing: the run's open waits for it
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONFAULTHANDLER": "1"}
    env.pop("SUPERVISE_STORE", None)
    command = ["run", "looper.py", "--policy", "policy.toml", "--headless", "--backend", backend]
    run = subprocess.Popen(
        [str(SUPERVISE), *command, "--store", f"sqlite:///{db}", "--session", "s1"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_hang_up_default,
    )
    try:
        assert run.stdout is not None
        first = run.stdout.readline()  # written before the ledger is opened
        assert json.loads(first)["event"] == "RunStarted", first
        run.send_signal(getattr(signal, signum))
        locker.execute("ROLLBACK")
        locker.close()
        out, err = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
            run.communicate()
    assert "Traceback" not in err, err
    assert run.returncode == 130, (run.returncode, err[-2000:])
    last = json.loads(out.splitlines()[-1])
    assert (last["event"], last["exit_code"]) == ("RunFinished", 130)
    assert last["reason"].startswith("interrupted: " + signum)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_hang_up_stops_a_run_cleanly(tmp_path: Path, backend: str) -> None:
    """SIGHUP (the ssh session or terminal of a run in the foreground went away) ended the
    process on the spot, as kill -9 does: the JSON lines stopped mid-call, no RunFinished, and
    the call in flight stayed reserved, to be charged its whole worst case when the ledger was
    next opened. Now it stops the run as SIGTERM does (``nohup``, which ignores it, is still
    respected)."""
    import json
    import signal

    from supervisor import SQLiteStore

    run, _store = _start_looper(tmp_path, until="StreamProgress", backend=backend)
    try:
        run.send_signal(signal.SIGHUP)
        out, err = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            run.kill()
            run.communicate()
    assert "Traceback" not in err, err
    assert run.returncode == 130, (run.returncode, err[-2000:])
    last = json.loads(out.splitlines()[-1])
    assert (last["event"], last["exit_code"]) == ("RunFinished", 130)
    assert last["reason"] == "interrupted: SIGHUP (hang-up)"

    async def open_reservations() -> int:
        async with SQLiteStore(str(tmp_path / "ledger.db")) as db:
            (summary,) = [s for s in await db.list_sessions() if s.session == "s1"]
            return summary.open_reservations

    import anyio

    assert anyio.run(open_reservations) == 0


def test_python_dash_m_supervisor_is_the_supervise_command(tmp_path: Path) -> None:
    """`python -m supervisor` said "'supervisor' is a package and cannot be directly executed":
    a user whose console script is not on PATH had no way in."""
    code = CODE
    example = Path(__file__).resolve().parents[2] / "examples" / "agents" / "policy.toml"
    env = {**os.environ, "PYTHONPATH": code, "NO_COLOR": "1", "HF_HUB_OFFLINE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "supervisor", "check-policy", str(example)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"{example}: valid." in result.stdout
    usage = subprocess.run(
        [sys.executable, "-m", "supervisor", "ledger", "--limit", "1"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert usage.returncode == 2
    assert usage.stderr.startswith("usage: supervise ")


_TENANT_AGENT = """\
from supervisor import Agent, GovernedCallError


class Spender(Agent):
    model = "scripted:spender"
    max_tokens = 400
    script = ["spent"]

    async def run(self) -> None:
        try:
            answer = await self.llm("go")
        except GovernedCallError as exc:
            self.report(f"refused: {exc.rule}")
        else:
            self.report(f"answered: {answer.text}")
"""

_TENANT_POLICY = """\
version = 1
[budgets.tenant]
cost = "0.00001"
[prices."scripted:spender"]
input_per_mtok = 1
output_per_mtok = 1
"""


@pytest.mark.slow
def test_a_tenant_budget_limits_runs_given_a_tenant_and_warns_without_one(
    tmp_path: Path,
) -> None:
    """`[budgets.tenant]` is listed among the README's budgets, but `supervise run` had no way
    to name a tenant: the budget was checked by check-policy and then limited nothing, without
    a word. A run now takes --tenant, and a run without one is told the budget does not
    apply to it."""
    import json

    (tmp_path / "spender.py").write_text(_TENANT_AGENT)
    (tmp_path / "policy.toml").write_text(_TENANT_POLICY)

    def events(*extra: str) -> list[dict[str, object]]:
        result = _run(
            "run", "spender.py", "--policy", "policy.toml", "--headless", *extra, cwd=tmp_path
        )
        assert result.returncode == 0, result.stderr[-2000:]
        return [json.loads(line) for line in result.stdout.splitlines()]

    untenanted = events("--session", "a")
    notices = [e["message"] for e in untenanted if e["event"] == "Notice"]
    assert "answered: spent" in notices
    assert any("no tenant budget applies to it. Pass --tenant NAME." in str(n) for n in notices)

    tenanted = events("--session", "b", "--tenant", "acme")
    notices = [e["message"] for e in tenanted if e["event"] == "Notice"]
    assert "refused: budgets.tenant.cost" in notices
    assert not any("--tenant" in str(n) for n in notices)
    (decision,) = [e for e in tenanted if e["event"] == "DecisionMade"]
    assert "tenant:acme" in str(decision["reason"])

    explained = _run("check-policy", "policy.toml", cwd=tmp_path)
    assert "each tenant (runs given one: supervise run --tenant NAME)" in explained.stdout


_CALL_MODEL_AGENT = """\
from supervisor import Agent


class Switcher(Agent):
    model = "scripted:switcher"
    script = ["unused"]

    async def run(self) -> None:
        try:
            await self.llm("hi", model="nope:small")
        except Exception as exc:
            self.report(f"{type(exc).__name__}: {exc}")
"""


def test_a_call_naming_an_unconfigured_provider_says_so(tmp_path: Path) -> None:
    """`self.llm(..., model="nope:small")` was refused as "No price is known for
    'nope:small' ... Add an entry to the policy file": a user who priced it was then told the
    provider does not exist. The call now fails first for what is wrong, naming the fix."""
    import json

    (tmp_path / "switcher.py").write_text(_CALL_MODEL_AGENT)
    (tmp_path / "policy.toml").write_text(
        'version = 1\n[prices."scripted:switcher"]\ninput_per_mtok = 0\noutput_per_mtok = 0\n'
    )
    result = _run(
        "run",
        "switcher.py",
        "--policy",
        "policy.toml",
        "--headless",
        "--store",
        "memory://",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    events = [json.loads(line) for line in result.stdout.splitlines()]
    (said,) = [e["message"] for e in events if e["event"] == "Notice"]
    assert said.startswith("UnknownProvider: The model ref 'nope:small' names the provider")
    assert "Add a [providers.nope] section" in said
    assert "price" not in said
    assert not [e for e in events if e["event"] == "CallStarted"]  # nothing was reserved


_TEAMED = """
from supervisor import Agent, Team


class Planner(Agent):
    model = "scripted:looper"
    script = ["planned"]

    async def run(self) -> None:
        await self.llm("plan")


class Coder(Agent):
    model = "scripted:looper"
    script = ["coded"]

    async def run(self) -> None:
        await self.llm("code")


class Unused(Agent):
    model = "scripted:looper"


def tree() -> Team:
    return Team([Planner, Coder], strategy="one_for_all")
"""


def test_a_function_building_the_tree_runs_as_the_target(tmp_path: Path) -> None:
    """`supervise run agents:tree` was refused ("tree, which is not an agent class") though a
    file's `tree` is how the README lays out a team. It runs that tree now."""
    import json

    (tmp_path / "agents.py").write_text(_TEAMED)
    (tmp_path / "policy.toml").write_text(_LOOPER_POLICY)
    store = f"sqlite:///{tmp_path / 'ledger.db'}"
    command = ("run", "agents:tree", "--policy", "policy.toml", "--headless", "--store", store)
    result = _run(*command, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    done = {e["path"] for e in events if e["event"] == "AgentStateChanged" and e["state"] == "done"}
    assert done == {"agents.tree/planner", "agents.tree/coder"}  # not Unused: the tree's agents
    assert events[-1]["event"] == "RunFinished"
    bad = _run("run", "agents:Team", "--policy", "policy.toml", "--headless", cwd=tmp_path)
    assert bad.returncode == 2
    assert "or a function returning a supervisor.Team" in bad.stderr
