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


def _publish(audit: str) -> Step:
    return Step.tool_call(
        "feed_publish",
        {"feed": "k.zip", "target": "production"},
        observation=f"403 Forbidden: publish requires approval by Rosa Feld. audit {audit}",
        error=True,
    )


def test_coming_back_to_a_locked_call_is_action_error_and_retry_words_confirm() -> None:
    tracker = LoopTracker()
    steps = [
        _publish("a1"),
        Step.llm("Blocked for now; I'll look at something else."),
        Step.tool_call("gtfs_validate", {"feed": "k.zip"}, observation="3 errors"),
        _publish("b2"),
        Step.tool_call("gtfs_query", {"table": "stops"}, observation="1178 PS1178"),
        Step.llm("Retrying the publish."),
        _publish("c3"),
    ]
    results = [tracker.observe(s) for s in steps]
    assert "action_error" in {f.detector for f in results[-1].findings}
    assert results[-1].escalation_level == "act"


def test_a_call_that_fails_apart_with_other_errors_is_no_loop() -> None:
    def run(text: str) -> Step:
        return Step.tool_call("run_tests", {"path": "tests/"}, observation=text, error=True)

    steps = [
        run("FAILED test_a: KeyError 'x'"),
        Step.tool_call("edit_file", {"path": "a.py"}, observation="1 replacement"),
        run("FAILED test_b: TypeError in parse_date, expected str"),
        Step.tool_call("edit_file", {"path": "b.py"}, observation="1 replacement"),
        run("FAILED test_c: AssertionError 3 != 4 in totals"),
    ]
    assert not set().union(*_detectors(steps))
