"""The TARGET loader: files, folders, module:attribute, and one clear error for each mistake."""

from __future__ import annotations

import sys
import textwrap
from typing import TYPE_CHECKING

import pytest

from supervisor._target import TargetError, is_agent_class, load_target

if TYPE_CHECKING:
    from pathlib import Path

AGENTS = """
from actors import Supervisor
from supervisor import Agent

class Researcher(Agent):
    async def run(self):
        return None

class CodeReviewer(Agent):
    name = "reviewer"

class Team(Supervisor):
    pass
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture(autouse=True)
def _clean_modules() -> object:
    before = set(sys.modules)
    path = list(sys.path)
    yield
    for name in set(sys.modules) - before:
        del sys.modules[name]
    sys.path[:] = path


def test_a_file_yields_its_own_agent_classes(tmp_path: Path) -> None:
    file = _write(tmp_path / "agents.py", AGENTS + "\ntree = lambda: None\npolicy = 'p.toml'\n")
    spec = load_target(str(file))
    assert [(a.name, a.cls.__name__) for a in spec.agents] == [
        ("researcher", "Researcher"),
        ("reviewer", "CodeReviewer"),
    ]
    assert spec.tree is not None
    assert spec.policy_path == tmp_path / "p.toml"
    assert spec.parts == ()


def test_imported_agents_do_not_count(tmp_path: Path) -> None:
    _write(tmp_path / "lib_agents.py", AGENTS)
    file = _write(tmp_path / "main.py", "from lib_agents import Researcher\n")
    with pytest.raises(TargetError, match=r"main\.py defines no agents"):
        load_target(str(file))


def test_a_folder_without_agents_says_so_in_plain_words(tmp_path: Path) -> None:
    """The message read "No file in DIR defines no agents", a double negative."""
    _write(tmp_path / "helpers.py", "X = 1\n")
    _write(tmp_path / "test_helpers.py", "from supervisor import Agent\nclass T(Agent): pass\n")
    with pytest.raises(TargetError) as caught:
        load_target(str(tmp_path))
    assert f"No file in {tmp_path} defines an agent." in str(caught.value)
    assert "no agents" not in str(caught.value)


def test_a_folder_gives_each_file_its_own_subtree(tmp_path: Path) -> None:
    _write(tmp_path / "a_research.py", AGENTS)
    _write(tmp_path / "b_writer.py", "from supervisor import Agent\nclass Writer(Agent): pass\n")
    _write(tmp_path / "_helpers.py", "raise RuntimeError('helpers are not loaded')\n")
    _write(tmp_path / "policy.toml", "")
    spec = load_target(str(tmp_path))
    assert [(a.group, a.name) for a in spec.agents] == [
        ("a_research", "researcher"),
        ("a_research", "reviewer"),
        ("b_writer", "writer"),
    ]
    assert [p.name for p in spec.parts] == [
        str(tmp_path / "a_research.py"),
        str(tmp_path / "b_writer.py"),
    ]
    assert spec.policy_path == tmp_path / "policy.toml"


def test_module_attribute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "pkg_agents.py", AGENTS)
    monkeypatch.chdir(tmp_path)
    spec = load_target("pkg_agents:Researcher")
    assert [a.name for a in spec.agents] == ["researcher"]
    assert [a.name for a in load_target("pkg_agents").agents] == ["researcher", "reviewer"]


TEAMED = """
from supervisor import Agent, Team

class Planner(Agent):
    pass

class Coder(Agent):
    pass

class Reviewer(Agent):
    name = "critic"

class Unused(Agent):
    pass

def tree():
    return Team([Planner, Team([Coder, Reviewer], name="build")], strategy="one_for_all")

def not_a_team():
    return [Planner]

def needs_args(strategy):
    return Team([Planner], strategy=strategy)

def raises():
    raise RuntimeError("no layout today")
"""


def test_a_function_building_the_tree_is_a_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``module:tree`` (a function returning a ``supervisor.Team``, as a file's ``tree`` is)
    runs that tree: its agents, laid out as it says. Before, it was refused as "not an agent
    class" although a file's ``tree`` is documented, and the natural thing to point at."""
    _write(tmp_path / "teamed.py", TEAMED)
    monkeypatch.chdir(tmp_path)
    for target in ("teamed:tree", "teamed.py:tree"):
        spec = load_target(target)
        assert [(a.name, a.cls.__name__) for a in spec.agents] == [
            ("planner", "Planner"),
            ("coder", "Coder"),
            ("critic", "Reviewer"),
        ]
        assert spec.tree is not None
        assert spec.tree().strategy == "one_for_all"  # type: ignore[attr-defined]
        assert spec.name == target


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ("not_a_team", r"teamed:not_a_team returned a list, not a supervisor\.Team"),
        ("needs_args", r"teamed:needs_args takes arguments.*taking no arguments"),
        ("raises", r"teamed:raises raised RuntimeError: no layout today \(at .*teamed\.py"),
    ],
)
def test_a_function_target_that_builds_no_team_says_what_is_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, attribute: str, expected: str
) -> None:
    _write(tmp_path / "teamed.py", TEAMED)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TargetError, match=expected) as caught:
        load_target(f"teamed:{attribute}")
    if attribute != "raises":
        assert "an agent class, a list of them, a module, or a function returning a " in str(
            caught.value
        )


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("missing.py", r"missing\.py does not exist"),
        (
            "pkg_agents:Nope",
            r"no attribute 'Nope'\. It defines these agents: CodeReviewer, Researcher",
        ),
        ("pkg_agents:Team", r"Team, which is not an agent class"),
        ("pkg_agents:", r"not a valid TARGET"),
        ("no_such_module:X", r"No module named 'no_such_module'"),
        ("broken_syntax.py", r"broken_syntax\.py has a syntax error at line 2"),
        ("broken_import.py", r"no module named 'not_installed_pkg'.*Install it"),
        ("raises.py", r"raises\.py failed \(at .*raises\.py, line 1\): ValueError: bad config"),
        ("notes.txt", r"not a Python file"),
        ("", r"TARGET is empty"),
    ],
)
def test_errors_name_the_file_and_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, expected: str
) -> None:
    _write(tmp_path / "pkg_agents.py", AGENTS)
    _write(tmp_path / "broken_syntax.py", "x = 1\ndef f(:\n")
    _write(tmp_path / "broken_import.py", "import not_installed_pkg\n")
    _write(tmp_path / "raises.py", "raise ValueError('bad config')\n")
    _write(tmp_path / "notes.txt", "hello")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TargetError, match=expected):
        load_target(target)


@pytest.mark.parametrize("target", ["script.py", "script:Agent", "script", "cli.py"])
def test_a_module_that_exits_on_import_is_named_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    """Before, ``sys.exit(3)`` at import ended supervise with status 3 ("stopped by policy")
    and no word, and a script's argparse reading supervise's own arguments printed the
    script's usage as if it were supervise's."""
    _write(tmp_path / "script.py", "import sys\n\nsys.exit(3)\n")
    _write(
        tmp_path / "cli.py",
        """
        import argparse

        parser = argparse.ArgumentParser()
        parser.add_argument("--n", type=int, required=True)
        args = parser.parse_args([])
        """,
    )
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TargetError) as caught:
        load_target(target)
    message = str(caught.value)
    file = "script.py" if target.startswith("script") else "cli.py"
    line = 3 if file == "script.py" else 6
    assert f"exited at {tmp_path / file}, line {line} (SystemExit(" in message
    assert 'put it under `if __name__ == "__main__":`' in message


def test_bad_tree_and_policy_attributes(tmp_path: Path) -> None:
    file = _write(tmp_path / "a.py", AGENTS + "\ntree = 3\n")
    with pytest.raises(TargetError, match="'tree' as int"):
        load_target(str(file))
    file = _write(tmp_path / "b.py", AGENTS + "\npolicy = 3\n")
    with pytest.raises(TargetError, match="'policy' as int"):
        load_target(str(file))


def test_a_folder_with_two_policies_asks_for_one(tmp_path: Path) -> None:
    _write(tmp_path / "a.py", AGENTS + "\npolicy = 'one.toml'\n")
    _write(tmp_path / "b.py", AGENTS + "\npolicy = 'two.toml'\n")
    with pytest.raises(TargetError, match=r"name different policy files.*--policy"):
        load_target(str(tmp_path))


RULES = """
from policies import Interrupt, Rule

class NoWireTransfers(Rule):
    name = "no-wire-transfers"

    def pre_call(self, ctx):
        return None

rules = [NoWireTransfers()]
"""


def test_a_module_lists_python_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``rules`` in a target module: Python policy rules for the run, from a file, a folder
    (a file may hold only rules) or the module of a ``module:attribute`` target."""
    file = _write(tmp_path / "one" / "agents.py", AGENTS + RULES)
    assert [r.name for r in load_target(str(file)).rules] == ["no-wire-transfers"]
    assert load_target(str(_write(tmp_path / "two" / "plain.py", AGENTS))).rules == ()
    single = _write(tmp_path / "three" / "a.py", AGENTS + RULES + "rules = NoWireTransfers()\n")
    assert [r.name for r in load_target(str(single)).rules] == ["no-wire-transfers"]

    _write(tmp_path / "team" / "a_agents.py", AGENTS)
    _write(tmp_path / "team" / "b_rules.py", RULES)  # no agents: its rules still apply
    _write(tmp_path / "team" / "c_more.py", AGENTS + RULES.replace("wire", "card"))
    spec = load_target(str(tmp_path / "team"))
    assert [r.name for r in spec.rules] == ["no-wire-transfers", "no-card-transfers"]
    assert [p.name for p in spec.parts] == [
        str(tmp_path / "team" / "a_agents.py"),
        str(tmp_path / "team" / "c_more.py"),
    ]

    monkeypatch.chdir(tmp_path / "one")
    assert [r.name for r in load_target("agents:Researcher").rules] == ["no-wire-transfers"]


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (
            "[NoWireTransfers]",
            r"lists the class NoWireTransfers in 'rules'; .*\[NoWireTransfers\(\)\]",
        ),
        ("['no-wire']", r"lists str 'no-wire' in 'rules'; it must be a list of policies\.Rule"),
        ("{'a': 1}", r"defines 'rules' as dict; it must be a list of policies\.Rule instances"),
        (
            "[type('Typo', (NoWireTransfers,), {'mode': 'shadwo'})()]",
            r"a\.py lists a rule it cannot use in 'rules': the rule Typo has mode = 'shadwo'; "
            r"a rule's mode is 'enforce' or 'shadow'",
        ),
        (
            "[type('Nameless', (NoWireTransfers,), {'name': ''})()]",
            r"the rule Nameless has name = ''; give it a name",
        ),
    ],
)
def test_bad_rules_name_the_file_and_the_fix(tmp_path: Path, rules: str, expected: str) -> None:
    file = _write(tmp_path / "a.py", AGENTS + RULES + f"\nrules = {rules}\n")
    with pytest.raises(TargetError, match=expected):
        load_target(str(file))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "class Typo(Rule):\n    name = 'typo'\n    def pretool(self, ctx, name, args):\n"
            "        return Interrupt(rule=self.name, reason='no')\nrules = [Typo()]\n",
            "lists a rule it cannot use in 'rules': the rule Typo defines pretool(), which "
            "is no hook, so the governor never calls it; did you mean pre_tool? Rename it "
            "'def pre_tool(self, ctx, name, args)'.",
        ),
        (
            "class Extra(NoWireTransfers):\n    def pre_calls(self, ctx):\n        return None\n"
            "rules = [Extra()]\n",
            "lists a rule it cannot use in 'rules': the rule Extra defines pre_calls(), "
            "which is no hook, so the governor never calls it; did you mean pre_call? Rename "
            "it 'def pre_call(self, ctx)'.",
        ),
        (
            "class Idle(Rule):\n    name = 'idle'\nrules = [Idle()]\n",
            "lists a rule it cannot use in 'rules': the rule Idle overrides none of the "
            "hooks (pre_call, on_text, post_call, pre_tool), so it never decides anything; "
            "define the hook it is for, e.g. 'def pre_call(self, ctx)'.",
        ),
        (
            "class Waits(Rule):\n    name = 'waits'\n    async def pre_call(self, ctx):\n"
            "        return None\nrules = [Waits()]\n",
            "lists a rule it cannot use in 'rules': the rule Waits defines pre_call with "
            "'async def'; hooks run inside the governor and must be synchronous, quick and "
            "free of I/O: write 'def pre_call(self, ctx)'.",
        ),
        (
            "class Short(Rule):\n    name = 'short'\n    def pre_tool(self, ctx):\n"
            "        return None\nrules = [Short()]\n",
            "lists a rule it cannot use in 'rules': the rule Short defines pre_tool(ctx), "
            "which cannot take what the governor passes it; write "
            "'def pre_tool(self, ctx, name, args)'.",
        ),
        (
            "rule = [NoWireTransfers()]\n",
            "lists Python rules as 'rule', which is read by nobody: only 'rules' is, so "
            "they would not run. Rename it: rules = [...].",
        ),
        (
            "RULES = NoWireTransfers()\n",
            "lists Python rules as 'RULES', which is read by nobody: only 'rules' is, so "
            "they would not run. Rename it: rules = [...].",
        ),
    ],
)
def test_a_rule_that_would_never_decide_or_always_fail_is_refused(
    tmp_path: Path, code: str, expected: str
) -> None:
    """Before, each ran: a misspelt hook or list name silently decided nothing (the calls
    it was written to refuse went through), and an async hook or a wrong signature refused
    every call at run time until the agent's supervisor gave up (exit 4)."""
    unlisted = RULES.replace("rules = [NoWireTransfers()]\n", "")
    file = _write(tmp_path / "a.py", AGENTS + unlisted + "\n" + code)
    with pytest.raises(TargetError) as info:
        load_target(str(file))
    assert str(info.value) == f"{file} {expected}"


def test_rules_with_helpers_and_extra_defaults_load(tmp_path: Path) -> None:
    code = (
        "class Careful(Rule):\n    name = 'careful'\n"
        "    def pre_tool(self, ctx, name, args, *rest, strict=True):\n"
        "        return None\n    def on_text(self, *args):\n        return None\n"
        "    def precheck_amount(self, args):\n        return None\n"
        "rules = [Careful()]\nother = [NoWireTransfers()]\n"
    )
    file = _write(tmp_path / "a.py", AGENTS + RULES + "\n" + code)
    assert [r.name for r in load_target(str(file)).rules] == ["careful"]


COUNTING_RULES = """
from policies import Rule, Warn

class Counter(Rule):
    name = "counter"

    def pre_tool(self, ctx, name, args):
        return Warn(rule=self.name, reason="counted")

rules = [Counter()]
"""


def test_a_folders_shared_rule_judges_each_call_once(tmp_path: Path) -> None:
    """A rule module of the folder, imported by two agent files that list its rules, made
    three instances of one rule (the file loaded as a part, and the module imported): each
    judged every call, so a counting rule counted three times and every decision was
    recorded three times. One instance listed by two files is one rule; two instances of
    one name are refused, saying how to share a rule module."""
    uses = AGENTS + "from {module} import rules\n"
    _write(tmp_path / "team" / "a.py", uses.format(module="common_rules"))
    _write(tmp_path / "team" / "b.py", uses.format(module="common_rules"))
    _write(tmp_path / "team" / "common_rules.py", COUNTING_RULES)
    with pytest.raises(TargetError) as info:
        load_target(str(tmp_path / "team"))
    assert str(info.value).startswith(
        "The Python rule 'counter' is listed by a.py, b.py and common_rules.py, as two "
        "different instances"
    )
    assert "name a shared module _rules.py" in str(info.value)

    (tmp_path / "team" / "common_rules.py").rename(tmp_path / "team" / "_common_rules.py")
    for name in ("a.py", "b.py"):
        _write(tmp_path / "team" / name, uses.format(module="_common_rules"))
    spec = load_target(str(tmp_path / "team"))
    assert [r.name for r in spec.rules] == ["counter"]


def test_library_classes_are_not_agents() -> None:
    import actors
    import supervisor

    assert not is_agent_class(actors.Actor)
    assert not is_agent_class(actors.Supervisor)
    assert not is_agent_class(supervisor.Agent)
    assert not is_agent_class(object())
