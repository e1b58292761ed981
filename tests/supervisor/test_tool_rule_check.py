"""A ``[tools]`` pattern is checked against the run's tools before any agent starts.

Before, ``require_approval = ["Delete_Files"]`` (or ``["delete_file"]``) beside an agent whose
tool is ``delete_files`` ran the deletion with nobody asked and no word anywhere: the misspelt
rule applied to nothing.
"""

from __future__ import annotations

import contextlib
from typing import Any

import anyio
import pytest

from policies import load_policy_text
from supervisor import (
    Agent,
    ConfigurationError,
    EscalationDenied,
    ExitCode,
    MemoryStore,
    ModelRouter,
    Notice,
    RecordingSink,
    Runtime,
    UnattendedApprover,
    tool,
)
from supervisor._target import AgentSpec, TargetSpec

PRICE = '[prices."scripted:x"]\ninput_per_mtok = 1\noutput_per_mtok = 1\n'


class Cleaner(Agent):
    model = "scripted:x"
    max_tokens = 50
    script: Any = ["hi"]
    deleted: bool = False

    @tool
    async def delete_files(self, path: str) -> str:
        type(self).deleted = True
        return f"deleted {path}"

    @tool
    async def list_files(self, path: str) -> str:
        return "a b"

    async def run(self) -> None:
        with contextlib.suppress(EscalationDenied):
            await self.tool("delete_files", path="build")


async def _run(policy_text: str) -> tuple[ExitCode, RecordingSink]:
    Cleaner.deleted = False
    sink = RecordingSink()
    async with MemoryStore() as store:
        runtime = Runtime(
            policy=load_policy_text(PRICE + policy_text),
            store=store,
            router=ModelRouter({}),
            approver=UnattendedApprover(sink, timeout=0.01, default="deny"),
            sink=sink,
            embedder=None,
        )
        with anyio.fail_after(10):
            outcome = await runtime.run(TargetSpec("agents.py", (AgentSpec("cleaner", Cleaner),)))
    return outcome.exit_code, sink


@pytest.mark.parametrize(
    ("section", "field", "pattern"),
    [
        ("require_approval", "tools.require_approval[0]", "Delete_Files"),
        ("deny", "tools.deny[0]", "delete-*"),
        ("deny", "tools.deny[0]", "DELETE.FILES"),
    ],
)
async def test_a_pattern_naming_a_tool_in_another_case_is_refused_before_anything_runs(
    section: str, field: str, pattern: str
) -> None:
    with pytest.raises(ConfigurationError) as info:
        await _run(f'[tools]\n{section} = ["{pattern}"]\n')
    assert str(info.value) == (
        f"The policy's {field} = {pattern!r} matches none of this run's tools, but names "
        "'delete_files' (a tool of Cleaner) in another case or with other separators: tool "
        "patterns are matched exactly, so as written the rule applies to nothing and that "
        "tool runs without it. Correct the pattern in the policy file."
    )
    assert not Cleaner.deleted


async def test_a_rate_limit_in_another_case_is_refused_too() -> None:
    with pytest.raises(ConfigurationError, match=r"tools\.rate_limits\[1\] = 'List_Files'"):
        await _run(
            '[[tools.rate_limits]]\npattern = "delete_*"\nper_minute = 1\n'
            '[[tools.rate_limits]]\npattern = "List_Files"\nper_minute = 1\n'
        )


async def test_a_pattern_spelt_like_a_tool_is_warned_about() -> None:
    """Likely misspelt, but perhaps meant for another run's tool (a policy shared by several
    agent sets): the run goes on, and says so."""
    code, sink = await _run('[tools]\nrequire_approval = ["delete_file"]\ndeny = ["list_file"]\n')
    assert code == ExitCode.OK
    assert Cleaner.deleted
    warnings = [e.message for e in sink.events if isinstance(e, Notice) and e.level == "warning"]
    assert warnings == [
        "The policy's tools.deny[0] = 'list_file' matches none of this run's tools; did you "
        "mean 'list_files' (a tool of Cleaner)? As written it applies to nothing here, and "
        "that tool runs without it.",
        "The policy's tools.require_approval[0] = 'delete_file' matches none of this run's "
        "tools; did you mean 'delete_files' (a tool of Cleaner)? As written it applies to "
        "nothing here, and that tool runs without it.",
    ]


async def test_an_approval_rule_for_a_tool_the_run_lacks_is_warned_about() -> None:
    code, sink = await _run('[tools]\nrequire_approval = ["wire_money"]\n')
    assert code == ExitCode.OK
    warnings = [e.message for e in sink.events if isinstance(e, Notice) and e.level == "warning"]
    assert warnings == [
        "The policy's tools.require_approval[0] = 'wire_money' matches none of this run's "
        "tools (delete_files, list_files), so it applies to nothing here."
    ]


async def test_rules_that_match_or_are_blanket_denials_run_without_a_word() -> None:
    code, sink = await _run(
        '[tools]\ndeny = ["shell", "drop_*"]\nrequire_approval = ["delete_*"]\n'
        '[[tools.rate_limits]]\npattern = "exec"\nper_minute = 1\n'
    )
    assert code == ExitCode.OK
    assert not Cleaner.deleted  # asked, and the unattended default denied it
    assert [e for e in sink.events if isinstance(e, Notice) and e.level == "warning"] == []
