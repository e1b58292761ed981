"""`supervise ledger` counts a call once, with the extension a stream that ran on reserved.

A stream that runs on past its reservation gets more reserved under its call's id plus
``+more``; a process that dies mid-stream leaves both held, and they are settled as orphans
when the ledger is next opened. The session's row counted the orphaned extension as a call of
its own (three calls for two). Read from a real ledger file, as a person would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import anyio
from test_cli import _run

from policies import Amounts, outer_scopes, usd
from supervisor import SQLiteStore
from supervisor._messages import more_id

if TYPE_CHECKING:
    from pathlib import Path


def _died_mid_stream(path: Path) -> None:
    """One call settled, then one held with its extension when the process went away."""

    async def record() -> None:
        scopes = outer_scopes("worker", "crashed", None)
        async with SQLiteStore(str(path)) as db:
            await db.reserve("c0", scopes, Amounts(usd("1.00"), 1_000, 1), model="m:a")
            await db.settle("c0", Amounts(usd("0.25"), 400, 1))
            await db.reserve("c1", scopes, Amounts(usd("1.00"), 1_000, 1), model="m:a")
            await db.reserve(more_id("c1"), scopes, Amounts(usd("0.50"), 500, 0), model="m:a")

    anyio.run(record)


def test_an_orphaned_extension_is_not_shown_as_a_call(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    _died_mid_stream(db)
    result = _run("ledger", "--store", f"sqlite:///{db}")
    assert result.returncode == 0, result.stderr
    session = next(line for line in result.stdout.splitlines() if "crashed" in line)
    # spent (the settled call, the orphan and its extension at what they held), tokens, calls
    assert session.split()[1:4] == ["$1.75", "1900", "2"], session
