"""Run events: JSON lines for --headless, fan-out, no secrets."""

from __future__ import annotations

import io
import json

import pytest

from supervisor._events import (
    AgentStateChanged,
    CallSettled,
    DecisionMade,
    FanOutSink,
    JsonLinesSink,
    RecordingSink,
    RunEvent,
    event_to_dict,
)


def test_events_are_frozen() -> None:
    event = AgentStateChanged("w", "root/w", "s1", "running")
    with pytest.raises(AttributeError):
        event.state = "done"  # type: ignore[misc]


def test_json_lines_one_object_per_line_with_type_and_time() -> None:
    out = io.StringIO()
    sink = JsonLinesSink(out)
    sink.emit(AgentStateChanged("w", "root/w", "s1", "running", time=1.5))
    sink.emit(CallSettled("w", "s1", "c1", "openai:gpt-4o", 10, 20, 300, "ok", time=2.0))
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first == {
        "event": "AgentStateChanged",
        "agent": "w",
        "path": "root/w",
        "session": "s1",
        "state": "running",
        "restart_count": 0,
        "time": 1.5,
    }
    assert json.loads(lines[1])["cost"] == 300


def test_secrets_never_reach_the_json() -> None:
    event = DecisionMade(
        "w",
        "s1",
        None,
        "Warn",
        "tool-args",
        "enforce",
        "the agent sent Authorization: Bearer abcdefghijklmnop to a tool",
        {"api_key": "sk-live-123456789", "score": 0.93, "note": "key sk-abcdefghijkl"},
    )
    text = json.dumps(event_to_dict(event))
    assert "abcdefghijklmnop" not in text
    assert "sk-live-123456789" not in text
    assert "sk-abcdefghijkl" not in text
    assert "0.93" in text


def test_json_sink_goes_quiet_on_a_closed_stream() -> None:
    out = io.StringIO()
    sink = JsonLinesSink(out)
    out.close()
    sink.emit(AgentStateChanged("w", "root/w", "s1", "running"))  # no raise


def test_fan_out_skips_a_broken_sink(capsys: pytest.CaptureFixture[str]) -> None:
    class Broken:
        def emit(self, event: RunEvent) -> None:
            raise RuntimeError("boom")

    good = RecordingSink()
    fan = FanOutSink(Broken(), good)
    fan.emit(AgentStateChanged("w", "root/w", "s1", "running"))
    fan.emit(AgentStateChanged("w", "root/w", "s1", "done"))
    assert len(good.events) == 2
    assert capsys.readouterr().err.count("switched off") == 1
