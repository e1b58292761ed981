"""Run events: JSON lines for --headless, fan-out, no secrets."""

from __future__ import annotations

import io
import json

import anyio
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


async def test_json_lines_are_written_behind_the_calls_in_order_and_all() -> None:
    # With its writer task running, emit only keeps the event: the lines are written together
    # once the emitting task lets the loop run, in the order emitted. What the task holds when
    # it ends is written, and later events are written as they come, after it.
    out = io.StringIO()
    sink = JsonLinesSink(out)
    sink.emit(AgentStateChanged("w", "root/w", "s1", "starting"))  # no task yet: written now
    assert len(out.getvalue().splitlines()) == 1
    states = ["running", "waiting_model", "running", "done"]
    async with anyio.create_task_group() as tg:
        await tg.start(sink.run)
        for state in states[:3]:
            sink.emit(AgentStateChanged("w", "root/w", "s1", state))
        assert len(out.getvalue().splitlines()) == 1  # nothing written in the emitting task
        await anyio.sleep(0.01)
        assert len(out.getvalue().splitlines()) == 4
        sink.emit(AgentStateChanged("w", "root/w", "s1", states[3]))
        tg.cancel_scope.cancel()  # before the writer's turn: it writes what it holds as it ends
    sink.emit(CallSettled("w", "s1", "c1", "openai:gpt-4o", 10, 20, 300, "ok"))
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line.get("state") for line in lines[:5]] == ["starting", *states]
    assert lines[5]["event"] == "CallSettled"


async def test_json_lines_writer_goes_quiet_on_a_closed_stream() -> None:
    out = io.StringIO()
    sink = JsonLinesSink(out)
    async with anyio.create_task_group() as tg:
        await tg.start(sink.run)
        out.close()
        sink.emit(AgentStateChanged("w", "root/w", "s1", "running"))
        await anyio.sleep(0.01)  # the writer's turn: no raise
        sink.emit(AgentStateChanged("w", "root/w", "s1", "done"))
        tg.cancel_scope.cancel()


def test_the_log_processor_redacts_every_field_of_a_record() -> None:
    """``supervise run`` puts :func:`redact_secrets` after ``format_exc_info``: an error's
    text and a traceback are records' fields like any other."""
    from supervisor import redact_secrets

    record = {
        "event": "agent.crashed",
        "error": "RuntimeError('aws_secret_access_key=wJalrXUtnFEMI/K7MDENG')",
        "exception": "Traceback (most recent call last):\nKeyError: 'sk-abcdefghijklmnop'",
        "api_key": "opaque",
        "numbers": {"cost": 3, "note": "Bearer abcdefghijklmnop"},
        "attempt": 2,
    }
    assert redact_secrets(None, "error", record) == {
        "event": "agent.crashed",
        "error": "RuntimeError('aws_secret_access_key=[redacted]')",
        "exception": "Traceback (most recent call last):\nKeyError: '[redacted]'",
        "api_key": "[redacted]",
        "numbers": {"cost": 3, "note": "[redacted]"},
        "attempt": 2,
    }


def test_the_log_processor_redacts_camel_case_credential_fields() -> None:
    """A program logs through structlog with :func:`redact_secrets` last but one, as the
    docstring says: a field spelt as JSON APIs spell it (``authToken``) is a credential too."""
    import structlog

    from supervisor import redact_secrets

    written: list[str] = []

    class _Sink:
        def info(self, line: str) -> None:
            written.append(line)

    log = structlog.wrap_logger(
        _Sink(),
        processors=[redact_secrets, structlog.processors.JSONRenderer()],
        wrapper_class=structlog.make_filtering_bound_logger(0),
    )
    log.info("tool.called", authToken="opaque-tok-4242", args={"clientSecret": "opaque-cs-77"})
    (line,) = written
    assert "tool.called" in line
    assert "opaque-tok-4242" not in line
    assert "opaque-cs-77" not in line
