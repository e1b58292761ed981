"""A SQLite ledger path that names a folder, found by the bad-input audit.

Before: ``--store sqlite:///runs`` where ``runs`` is a folder said only "The ledger database
runs could not be opened (unable to open database file); check the path and its
permissions", which sends a person after permissions that are fine. Now it says the path is a
folder and names a file in it to use instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from supervisor import SQLiteStore, StoreUnavailable

if TYPE_CHECKING:
    from pathlib import Path


async def test_a_folder_given_as_the_ledger_file_is_named_as_one(tmp_path: Path) -> None:
    folder = tmp_path / "runs"
    folder.mkdir()
    with pytest.raises(StoreUnavailable) as caught:
        async with SQLiteStore(folder):
            pass
    message = str(caught.value)
    assert f"The ledger database {folder} could not be opened: it is a folder, not a file" in (
        message
    )
    assert f"--store sqlite:///{folder / 'ledger.db'}" in message
    assert list(folder.iterdir()) == []
