"""Bad input through the real ``supervise`` entry point, found by the bad-input audit.

Each case is what a person saw before and sees now; none may show a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from test_cli import SUPERVISE, _run

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(
    not SUPERVISE.exists(), reason="the console script is not installed"
)


_ON_START_RAISES = """\
from supervisor import Agent


class Crawler(Agent):
    model = "scripted:crawler"
    script = ["crawled"]

    async def on_start(self) -> None:
        raise RuntimeError("the index is not there")

    async def run(self) -> None:
        await self.llm("crawl")
"""

_PRICES = '[prices."scripted:crawler"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.60\n'


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_an_agent_whose_on_start_raises_is_named_with_its_error_and_line(
    tmp_path: Path, backend: str
) -> None:
    """Before: exit 1, "StartError: 'agents' failed to start because 'agents/crawler' failed
    to start: RuntimeError: ...", as an unexpected internal error, with no file or line. Now:
    exit 4 (a failure of the user's agent, as when run() raises), naming the agent, its error,
    where it was raised and what to do."""
    (tmp_path / "agents.py").write_text(_ON_START_RAISES)
    (tmp_path / "policy.toml").write_text(_PRICES)
    result = _run(
        "run",
        "agents.py",
        "--policy",
        "policy.toml",
        "--headless",
        "--store",
        "memory://",
        "--backend",
        backend,
        cwd=tmp_path,
    )
    assert result.returncode == 4, result.stderr
    assert "agents/crawler failed to start" in result.stderr
    assert "RuntimeError: the index is not there" in result.stderr
    assert f"(at {tmp_path / 'agents.py'}, line 9)" in result.stderr
    assert "fix the error and run again" in result.stderr
    assert "StartError" not in result.stderr
    assert '"exit_code":4' in result.stdout.replace(" ", "")


_HELLO = """\
from supervisor import Agent


class Crawler(Agent):
    model = "scripted:crawler"
    script = ["crawled"]

    async def run(self) -> None:
        await self.llm("crawl")
"""


def test_logs_limit_past_what_the_store_counts_is_a_usage_error(tmp_path: Path) -> None:
    """Before: ``supervise logs --limit 99999999999999999999999`` on a SQLite ledger ended with
    exit 1, "unexpected error: OverflowError: Python int too large to convert to SQLite
    INTEGER". Now: exit 2, the option named with the largest it takes and what to do."""
    (tmp_path / "agents.py").write_text(_HELLO)
    (tmp_path / "policy.toml").write_text(_PRICES)
    ran = _run("run", "agents.py", "--policy", "policy.toml", "--headless", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    result = _run("logs", "--limit", "99999999999999999999999", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "argument --limit: expected at most 1,000,000,000" in result.stderr
    assert "leave the option out for all of them" in result.stderr
    assert _run("logs", "--limit", "1000000000", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("command", [["ledger"], ["logs"], ["stop", "--all"]])
def test_a_bad_store_url_from_the_environment_says_it_came_from_there(
    tmp_path: Path, command: list[str]
) -> None:
    """Before: with SUPERVISE_STORE=garbage://x and no --store, "The store URL 'garbage://x'
    has an unknown scheme" sent a person looking for a URL they never typed. Now the message
    says the URL is $SUPERVISE_STORE's and how to fix it; a --store given wins, and is named
    as it was."""
    result = _run(*command, cwd=tmp_path, env={"SUPERVISE_STORE": "garbage://x"})
    assert result.returncode == 2, result.stderr
    assert "The store URL 'garbage://x' has an unknown scheme 'garbage'" in result.stderr
    assert "(The URL is $SUPERVISE_STORE's, as no --store was given: fix or unset it" in (
        result.stderr
    )
    given = _run(
        *command, "--store", "bad://", cwd=tmp_path, env={"SUPERVISE_STORE": "garbage://x"}
    )
    assert given.returncode == 2
    assert "'bad://'" in given.stderr
    assert "SUPERVISE_STORE" not in given.stderr


def test_a_bad_store_url_from_the_environment_is_named_by_run(tmp_path: Path) -> None:
    (tmp_path / "agents.py").write_text(_HELLO)
    (tmp_path / "policy.toml").write_text(_PRICES)
    result = _run(
        "run",
        "agents.py",
        "--policy",
        "policy.toml",
        "--headless",
        cwd=tmp_path,
        env={"SUPERVISE_STORE": "redis://h:notaport/0"},
    )
    assert result.returncode == 2, result.stderr
    assert "has a bad port" in result.stderr
    assert "The URL is $SUPERVISE_STORE's" in result.stderr


_ONE_RULE_WRONG_HOOK = """\\
from policies import Rule
from supervisor import Agent


class Crawler(Agent):
    model = "scripted:crawler"
    script = ["crawled"]

    async def run(self) -> None:
        await self.llm("crawl")


class NoSecrets(Rule):
    name = "no-secrets"

    def check_call(self, ctx):
        return None


rules = NoSecrets()
"""


def test_one_rule_given_without_a_list_is_checked_as_a_lists_are(tmp_path: Path) -> None:
    """Before: ``rules = NoSecrets()`` (one rule, no list) was taken unchecked, so a rule whose
    hook was misnamed (``check_call`` for ``pre_call``) ran, decided nothing, and nothing said
    so (exit 0); in a list the same rule was refused. Now it is refused alike (exit 2)."""
    (tmp_path / "agents.py").write_text(_ONE_RULE_WRONG_HOOK)
    (tmp_path / "policy.toml").write_text(_PRICES)
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
    assert "agents.py lists a rule it cannot use in 'rules'" in result.stderr
    assert "overrides none of the hooks" in result.stderr


def test_a_stop_for_a_session_the_store_does_not_have_says_so(tmp_path: Path) -> None:
    """Before: ``supervise stop --session nightyl`` (a typo for a running ``nightly``) said
    only "stop published for session 'nightyl'" (exit 0): the person left believing the
    runaway session was stopped. Now a note says no such session is in the store, so nothing
    running was stopped, and where to find the names. A known session gets no note."""
    (tmp_path / "agents.py").write_text(_HELLO)
    (tmp_path / "policy.toml").write_text(_PRICES)
    ran = _run(
        "run",
        "agents.py",
        "--policy",
        "policy.toml",
        "--headless",
        "--session",
        "nightly",
        cwd=tmp_path,
    )
    assert ran.returncode == 0, ran.stderr
    typo = _run("stop", "--session", "nightyl", cwd=tmp_path)
    assert typo.returncode == 0, typo.stderr
    assert "stop published for session 'nightyl'" in typo.stderr
    assert "the store has no session named 'nightyl', so no running agent was stopped" in (
        typo.stderr
    )
    assert "`supervise ledger` lists the sessions" in typo.stderr
    known = _run("stop", "--session", "nightly", cwd=tmp_path)
    assert known.returncode == 0, known.stderr
    assert "no session named" not in known.stderr
