from __future__ import annotations

import pytest

from policies import (
    Allow,
    Escalate,
    Interrupt,
    Reroute,
    RestartAgent,
    StopAgent,
    StopSession,
    Warn,
    most_severe,
)


def test_severity_order_matches_the_design() -> None:
    order = [
        Allow(rule="r"),
        Warn(rule="r"),
        Reroute(rule="r", model="openai:gpt-4o-mini"),
        Interrupt(rule="r"),
        Escalate(rule="r", question="ok?"),
        RestartAgent(rule="r"),
        StopAgent(rule="r"),
        StopSession(rule="r"),
    ]
    severities = [d.severity for d in order]
    assert severities == sorted(severities)
    assert len(set(severities)) == len(order)


def test_most_severe_wins_and_ties_go_to_the_first() -> None:
    first = Warn(rule="a", reason="first")
    decisions = [first, Warn(rule="b"), Reroute(rule="c", model="openai:x")]
    assert most_severe(decisions).rule == "c"
    assert most_severe([first, Warn(rule="b")]) is first


def test_shadow_decisions_are_ignored() -> None:
    shadow = StopSession(rule="new-rule", mode="shadow", reason="would stop")
    result = most_severe([Warn(rule="w"), shadow])
    assert result.rule == "w"
    assert not shadow.enforced


def test_no_decision_means_allow() -> None:
    assert isinstance(most_severe([]), Allow)


def test_as_shadow_and_describe() -> None:
    decision = Interrupt(rule="stream.key", reason="A key leaked.", fallback="[cut]")
    shadow = decision.as_shadow()
    assert shadow.mode == "shadow"
    assert isinstance(shadow, Interrupt)
    assert shadow.fallback == "[cut]"
    assert shadow.describe() == "interrupt by stream.key (shadow): A key leaked."


def test_decisions_are_frozen_and_hashable() -> None:
    decision = Warn(rule="r", numbers={"spent": 3})
    with pytest.raises(AttributeError):
        decision.rule = "other"  # type: ignore[misc]
    assert hash(decision) == hash(Warn(rule="r", numbers={"spent": 4}))
