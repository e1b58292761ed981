"""Invisible and reordering characters: shown as escapes on screen, refused in names.

A tool name or argument comes from the model and cannot be refused: in the question "approve
the tool X?" a zero-width space made ``delete_files`` and ``delete\u200b_files`` look the same,
and a right-to-left override made ``rm -rf \u202e/`` read in another order. Names a person sets
are checked where they are set (``check_agent_class``, ``Team``, the session).
"""

from __future__ import annotations

import io
import sys
import unicodedata

import pytest
from rich.console import Console

from supervisor import Agent, ConfigurationError, Team
from supervisor._agent import check_agent_class
from supervisor._events import AgentStateChanged, ApprovalRequested, DecisionMade, Notice
from supervisor._names import INVISIBLE, name_problem, visible
from supervisor._tui import LiveDisplay, RunView, render_run, render_summary

# What the brief of this change named: zero-width, word joiner, byte order mark, the bidi
# embeddings, overrides and isolates; then a few others of the same kind.
SPOOFERS = [
    *"\u200b\u200c\u200d\u2060\ufeff",
    *"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    "\u00ad",  # soft hyphen
    "\u2028",  # line separator: a line break to some terminals
    "\U000e0041",  # tag latin capital A: invisible text
    "\u3164",  # Hangul filler: a letter that draws nothing
]


def _screen(renderable: object, width: int = 140) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


@pytest.mark.parametrize("char", SPOOFERS, ids=[f"U+{ord(c):04X}" for c in SPOOFERS])
def test_a_tool_call_from_the_model_is_shown_with_its_invisible_characters_escaped(
    char: str,
) -> None:
    tool = f"delete{char}_files"
    view = RunView()
    for event in (
        AgentStateChanged("coder", "coder", "s", "running"),
        DecisionMade(
            "coder", "s", "c1", "Escalate", "tools.x", "enforce", f"{tool} needs a person"
        ),
        ApprovalRequested(
            "r1", "coder", "s", "tools.x", f"{tool} needs a person", "", f"call the tool {tool}()"
        ),
        Notice(f"the model asked for {tool}", "warning", "coder"),
    ):
        view.emit(event)
    console = Console(file=io.StringIO(), width=140, height=40, color_system=None)
    for screen in (
        _screen(render_run(view)),
        _screen(LiveDisplay(view, console, keys=True).render()),
        _screen(render_summary(view)),
    ):
        assert char not in screen
    screen = _screen(render_run(view))
    assert f"call the tool delete{_escape(char)}_files()" in screen
    assert "[a] approve" in screen


@pytest.mark.parametrize("char", SPOOFERS, ids=[f"U+{ord(c):04X}" for c in SPOOFERS])
def test_an_agent_or_session_name_from_elsewhere_is_shown_escaped(char: str) -> None:
    # Names reach the view from a library caller, or from a store written before names were
    # checked: the view escapes them too.
    view = RunView()
    view.emit(AgentStateChanged(f"work{char}er", f"team/work{char}er", f"s{char}1", "running"))
    view.emit(AgentStateChanged("worker", "team/worker", "s1", "running"))
    view.emit(ApprovalRequested("r1", f"work{char}er", f"s{char}1", "tools.x", "why", "", "rm()"))
    for screen in (_screen(render_run(view)), _screen(render_summary(view))):
        assert char not in screen
        assert f"work{_escape(char)}er" in screen


def test_visible_escapes_every_format_and_separator_character_python_knows() -> None:
    # INVISIBLE is written out (a scan of every code point at import would cost a third of a
    # second): it must cover what this Python's Unicode data calls a format character.
    covered = {c for first, last in INVISIBLE for c in range(first, last + 1)}
    missing = [
        f"U+{c:04X}"
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in ("Cf", "Zl", "Zp") and c not in covered
    ]
    assert missing == []
    assert visible("a\u200bb\tc\nd\x1b") == "a\\u200bb c\\nd\\x1b"
    assert visible("a\nb", lines=True) == "a\nb"
    # Ordinary text of any script is left alone.
    assert visible("café ÿ 日本語 עברית 😀") == "café ÿ 日本語 עברית 😀"


@pytest.mark.parametrize("char", [*SPOOFERS, "\t", "\x1b", "\u00a0", "\ufe0f", "\ue000"])
def test_a_name_with_a_character_that_looks_like_something_else_is_refused(char: str) -> None:
    problem = name_problem(f"work{char}er")
    assert problem is not None
    assert f"character 5 is U+{ord(char):04X}" in problem


@pytest.mark.parametrize("name", ["worker", "code reviewer", "référent", "日本語", "a-b_c.d:e/f"])
def test_names_of_visible_characters_are_fine(name: str) -> None:
    assert name_problem(name) is None


def test_an_agent_class_with_an_invisible_character_in_its_name_cannot_run() -> None:
    class Spoof(Agent):
        name = "cod\u200ber"
        model = "openai:gpt-4o-mini"

        async def run(self) -> None:
            pass

    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(Spoof)
    message = str(caught.value)
    assert "name = 'cod\\u200ber' (str)" in message
    assert "U+200B ZERO WIDTH SPACE" in message
    assert "\u200b" not in message  # the message itself shows the escape, not the character


def test_a_team_or_session_name_with_an_invisible_character_cannot_run() -> None:
    from policies import PolicyConfig
    from supervisor._runtime import Runtime
    from supervisor._target import AgentSpec, TargetSpec

    class Fine(Agent):
        model = "scripted:m"
        script = ["hi"]

        async def run(self) -> None:
            pass

    def tree() -> Team:
        return Team([Fine], name="te\u2060am")

    def runtime(**kwargs: str) -> Runtime:
        return Runtime(
            policy=PolicyConfig(),
            store=None,  # type: ignore[arg-type]  # never reached: the names fail first
            router=None,  # type: ignore[arg-type]
            approver=None,  # type: ignore[arg-type]
            **kwargs,
        )

    with pytest.raises(ConfigurationError, match=r"'te\\u2060am'.*U\+2060 WORD JOINER"):
        runtime()._parts_of(TargetSpec("t.py", (AgentSpec("fine", Fine),), tree))
    with pytest.raises(ConfigurationError, match=r"session 'night\\u202ely'.*U\+202E"):
        runtime(session="night\u202ely")
    with pytest.raises(ConfigurationError, match=r"tenant 'acme\\u200d'.*U\+200D"):
        runtime(tenant="acme\u200d")
