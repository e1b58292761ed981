"""Backing off between tries of a call that keeps failing with the same error."""

from __future__ import annotations

from policies._loops import LoopTracker, Step


def _detectors(steps: list[Step]) -> list[set[str]]:
    tracker = LoopTracker()
    return [{f.detector for f in tracker.observe(s).findings} for s in steps]


def _close(evt: int) -> Step:
    return Step.tool_call(
        "stripe_disputes_close",
        {"id": "dp_1"},
        observation=f"PolicyDenied: restricted to Finance Ops. evt {evt}",
        error=True,
    )


def test_backing_off_on_a_permanent_error_is_action_error() -> None:
    steps = [_close(101)]
    for n, seconds in enumerate((5, 10, 20)):
        steps += [Step.tool_call("sleep", {"seconds": seconds}, observation="slept"), _close(n)]
    got = _detectors(steps)
    assert "action_error" in got[4]
    assert "action_error" in got[6]


def test_backing_off_until_a_timeout_passes_is_no_loop() -> None:
    def validate(error: bool, text: str) -> Step:
        return Step.tool_call("validate", {"id": "c1"}, observation=text, error=error)

    steps = [
        validate(True, "timeout after 10s"),
        Step.tool_call("sleep", {"seconds": 5}, observation="slept"),
        validate(True, "503 upstream unavailable"),
        Step.tool_call("sleep", {"seconds": 10}, observation="slept"),
        validate(False, "OK: valid"),
    ]
    assert not set().union(*_detectors(steps))
