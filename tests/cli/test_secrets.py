"""An attacker's run: credentials everywhere an agent, a tool, a server or a person can put
them, and none of them in anything ``supervise`` writes.

``supervise run --headless`` runs as a subprocess against the real-socket server of
``tests/providers/sse_server.py`` playing OpenAI, which answers 401 with a body that echoes
the request's ``Authorization`` header and key (as a misconfigured gateway does). The agent
sends keys in tool arguments (one tool needs approval, so they reach the approval question),
reports a key, and crashes with one in its exception. Then every output is searched: stdout
(the JSON-lines events), stderr, the structured log at debug level, ``supervise logs``,
``supervise ledger``, ``supervise check-policy`` and the SQLite file holding the audit log.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
import pytest

import supervisor
from providers.sse_server import Scenario, SSEServer

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

SUPERVISE = Path(sys.executable).parent / "supervise"
pytestmark = pytest.mark.skipif(
    not SUPERVISE.exists(), reason="the console script is not installed"
)

#: The code under test, for the subprocess wherever it runs (a relative path would not do).
CODE = str(Path(supervisor.__file__).resolve().parents[1])

#: Every credential of the attack, by the shape a scanner knows it by. None may be written.
OPENAI_KEY = "sk-proj-attack0123456789abcdefXYZ"
SECRETS = {
    "openai": OPENAI_KEY,
    "anthropic": "sk-ant-api03-attackABCDEFGHIJKLMNOP",
    "aws_id": "AKIAIOSFODNN7ATTACK1",
    "aws_secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYATTACKKEY",
    "url_password": "hunter2-attack-pw",
    "query_key": "qs-attack-key-5551234",
    "github": "ghp_attackabcdefghijklmnopqrstuvwxyz0123",
    "header_key": "hdr-attack-key-777888",
    "db_password": "db-attack-password-42",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhdHRhY2sifQ.c2lnbmF0dXJlYXR0YWNr",
}

AGENT = """
from supervisor import Agent, ProviderError, tool


class Leaky(Agent):
    name = "leaky"
    model = "oai:big"

    @tool
    async def fetch(self, url: str, headers: dict[str, str]) -> str:
        return f"fetched {{url}} with {{headers}}"

    @tool
    async def delete_bucket(self, bucket: str, aws_secret_access_key: str) -> str:
        return "deleted"

    async def run(self) -> None:
        await self.tool(
            "fetch",
            url="https://deploy:{url_password}@git.example.com/repo.git?api_key={query_key}",
            headers={{"Authorization": "token {github}", "X-Api-Key": "{header_key}"}},
        )
        try:
            await self.tool(
                "delete_bucket", bucket="{aws_id}", aws_secret_access_key="{aws_secret}"
            )
        except Exception as exc:
            self.report(f"delete refused: {{exc}}")
        self.report("for the record: db_password={db_password} token {jwt}")
        try:
            await self.llm("hello")
        except ProviderError as exc:
            self.report(f"the provider said: {{exc}}", level="error")
            raise RuntimeError(
                f"giving up with {anthropic} and aws_secret_access_key={aws_secret}"
            ) from exc
""".format(**SECRETS)

POLICY = """
[providers.oai]
kind = "openai"
base_url = "{base_url}"
api_key_env = "ATTACK_OPENAI_KEY"

[providers.proxy]
kind = "openai"
base_url = "https://svc:{url_password}@proxy.example.com/v1?api_key={query_key}"
api_key_env = "ATTACK_OPENAI_KEY"

[prices."oai:big"]
input_per_mtok = 1
output_per_mtok = 2

[tools]
require_approval = ["delete_*"]

[escalation]
unattended_default = "deny"
timeout = 0.2

[retries]
max_attempts = 1

[loops.structural]
enabled = false
[loops.semantic]
enabled = false
"""


@pytest.fixture
async def sse_server() -> AsyncIterator[SSEServer]:
    async with SSEServer.running() as server:
        yield server


async def _supervise(*args: str, cwd: Path) -> tuple[int, str, str]:
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "COLUMNS": "200",
        "HF_HUB_OFFLINE": "1",
        "SUPERVISE_LOG_LEVEL": "debug",
        "ATTACK_OPENAI_KEY": OPENAI_KEY,
        "PYTHONPATH": CODE,
    }
    env.pop("SUPERVISE_STORE", None)
    with anyio.fail_after(120):
        done = await anyio.run_process(
            [str(SUPERVISE), *args], cwd=cwd, env=env, check=False, stdin=None
        )
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def _leaks(text: str) -> list[str]:
    return [name for name, secret in SECRETS.items() if secret in text]


@pytest.mark.anyio
async def test_no_credential_reaches_any_output_of_a_run(
    tmp_path: Path, sse_server: SSEServer
) -> None:
    echoed = (
        f"Invalid credentials. Request headers: Authorization: Bearer {OPENAI_KEY}; "
        f"api_key={OPENAI_KEY}"
    )
    refusal = Scenario(status=401, body={"error": {"message": echoed, "type": "invalid_api_key"}})
    sse_server.enqueue(*[refusal] * 50)  # every attempt of every restart
    (tmp_path / "leaky.py").write_text(AGENT)
    (tmp_path / "policy.toml").write_text(POLICY.format(base_url=sse_server.base_url, **SECRETS))
    store = f"sqlite:///{tmp_path / 'ledger.db'}"
    code, out, err = await _supervise(
        "run", "leaky.py", "--policy", "policy.toml", "--headless", "--store", store,
        "--session", "attack", cwd=tmp_path,
    )  # fmt: skip
    # The key did reach the server, in the header it belongs in, and was echoed back.
    assert sse_server.observed[0].headers["authorization"] == f"Bearer {OPENAI_KEY}"
    events = [json.loads(line) for line in out.splitlines()]
    kinds = [e["event"] for e in events]
    assert "ApprovalRequested" in kinds, kinds  # the keys reached the approval question...
    assert any("provider said" in json.dumps(e) for e in events), out  # ...and the report
    assert code == 4, err  # the agent crashed until its restarts ran out
    log = (tmp_path / ".supervisor" / "supervise.log").read_text()
    assert '"level": "debug"' in log or '"level": "info"' in log
    assert "RuntimeError" in log  # the crash is in the log, its credentials are not

    outputs = {"stdout": out, "stderr": err, "supervise.log": log}
    for command in (("logs",), ("logs", "--verify"), ("ledger",)):
        code, shown, shown_err = await _supervise(*command, "--store", store, cwd=tmp_path)
        assert code == 0, shown_err
        outputs[" ".join(command)] = shown + shown_err
    code, shown, shown_err = await _supervise("check-policy", "policy.toml", cwd=tmp_path)
    outputs["check-policy"] = shown + shown_err
    assert "proxy.example.com" in outputs["check-policy"]
    assert "decision" in outputs["logs"]
    # The audit log's own file: what a log shipper or a backup would copy.
    files = [p for p in tmp_path.glob("ledger.db*") if p.is_file()]  # noqa: ASYNC240
    outputs["ledger.db"] = b"".join(p.read_bytes() for p in files).decode("utf-8", "replace")

    leaks = {where: _leaks(text) for where, text in outputs.items()}
    assert leaks == {where: [] for where in outputs}, leaks


@pytest.mark.anyio
async def test_a_record_an_older_version_wrote_is_shown_redacted_and_still_verifies(
    tmp_path: Path,
) -> None:
    """A record written before its secret's shape was known (an older version redacted only
    sk- keys and bearer tokens) is in the SQLite file as it was: ``supervise logs`` shows it
    redacted, and its hash, over what is stored, still verifies."""
    import sqlite3
    from contextlib import closing

    from supervisor import SQLiteStore
    from supervisor._store._audit import record_hash

    path = tmp_path / "ledger.db"
    async with SQLiteStore(path) as store:
        first = await store.append_audit("decision", {"rule": "tools.deny"}, session="s")
    old = {"rule": "tools.deny", "reason": f"args: aws key {SECRETS['aws_id']}"}
    digest = record_hash(2, first.time + 1, "decision", "s", "a", old, first.hash)
    with closing(sqlite3.connect(path)) as db, db:  # as the older version wrote it
        db.execute(
            "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (2, first.time + 1, "decision", "s", "a", json.dumps(old), first.hash, digest),
        )
        db.execute("INSERT OR REPLACE INTO meta VALUES ('audit_head', ?)", (f"2 {digest}",))
    db.close()
    store_url = f"sqlite:///{path}"
    for command in (("logs",), ("logs", "--json"), ("logs", "--verify")):
        code, out, err = await _supervise(*command, "--store", store_url, cwd=tmp_path)
        assert code == 0, err
        assert SECRETS["aws_id"] not in out + err
        assert "aws key [redacted]" in out
    assert "audit chain intact: 2 records verified." in err
