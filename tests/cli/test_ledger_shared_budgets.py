"""`supervise ledger` shows the budgets runs share: a tenant's (`--tenant NAME`), and the global
one, each spent and held now against its limit, read from a real ledger file.

Before, the ledger listed spend per session only: a person whose runs share a tenant budget
(`supervise run --tenant acme`, a `budgets.tenant` in the policy) could not see how much of it
the runs had spent together, nor the global budget's, although every call is charged to both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import anyio
from test_cli import _run

from policies import Amounts, Limits, Scope, usd
from supervisor import SQLiteStore

if TYPE_CHECKING:
    from pathlib import Path


def _record(path: Path) -> None:
    """Two runs of tenant acme (one call each) and one of no tenant, under budgets."""

    async def record() -> None:
        async with SQLiteStore(str(path)) as db:
            await db.set_limit(Scope("tenant", "acme"), Limits(cost=usd("5.00"), window="day"))
            await db.set_limit(Scope("global", "global"), Limits(cost=usd("100.00")))
            for n, (session, tenant) in enumerate(
                (("nightly-1", "acme"), ("nightly-2", "acme"), ("adhoc", None))
            ):
                scopes = [Scope("agent", f"{session}/worker"), Scope("session", session)]
                if tenant is not None:
                    scopes.append(Scope("tenant", tenant))
                scopes.append(Scope("global", "global"))
                await db.reserve(f"c{n}", scopes, Amounts(usd("1.00"), 1_000, 1), model="m:a")
                await db.settle(f"c{n}", Amounts(usd("0.25"), 400, 1))

    anyio.run(record)


def test_the_tenant_and_global_budgets_are_shown_with_their_spend(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    _record(db)
    result = _run("ledger", "--tenant", "acme", "--store", f"sqlite:///{db}")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Budgets shared across runs" in out
    tenant = next(line for line in out.splitlines() if "tenant acme" in line)
    # Its two runs' calls, against its daily limit.
    for shown in ("$0.50", "800", "$5.00 a day"):
        assert shown in tenant, tenant
    everyone = next(line for line in out.splitlines() if "global" in line)
    for shown in ("$0.75", "$100.00"):
        assert shown in everyone, everyone


def test_without_tenant_the_global_budget_is_shown(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    _record(db)
    result = _run("ledger", "--store", f"sqlite:///{db}")
    assert result.returncode == 0, result.stderr
    assert "tenant acme" not in result.stdout
    assert "global (every run on this store)" in result.stdout


def test_a_tenant_the_store_does_not_know_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    _record(db)
    result = _run("ledger", "--tenant", "acme-typo", "--store", f"sqlite:///{db}")
    assert result.returncode == 2, result.stdout
    assert "no spend or budget for the tenant 'acme-typo'" in result.stderr
    assert "Traceback" not in result.stderr
