"""Round 35's rules (studied on the forty-second to forty-fifth sets after their one unseen
measurement), each with a loop it catches and a look-alike of progress it spares.

A line that is only a whole timestamp ("2026-11-24T08:44:02.247Z") says when an answer was
served: the same answer with and without it is one answer.
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import LoopConfig, Step, _result_key

TASK = "The integration-tests job is red on the upgrade PR. Find out why and get it green."

ALIKE = np.ones(384, dtype=np.float32)


def _levels(steps: list[Step], config: LoopConfig | None = None) -> list[str]:
    return [level for level, _ in (replay(steps) if config is None else replay(steps, config))]


def _embedded(steps: list[Step], tool: str) -> list[Step]:
    """The calls of ``tool`` embed alike (the same call), every other step apart."""
    return [
        s.with_embedding(ALIKE if s.tool == tool else np.eye(384, dtype=np.float32)[k])
        for k, s in enumerate(steps)
    ]


def test_a_line_that_is_only_a_timestamp_is_a_stamp() -> None:
    body = "orders-core: 128 tests, 0 failed, 4 skipped"
    assert _result_key(f"{body}\n2026-11-24T08:44:02.247Z") == _result_key(body)
    assert _result_key(f"2026-11-24 08:44\n{body}") == _result_key(body)
    # A date alone is data; so is a line that says what the time is of; and a result that is
    # only a timestamp stays one.
    assert _result_key(f"{body}\n2026-11-24") != _result_key(body)
    assert _result_key(f"{body}\nlast run 2026-11-24T08:44:02Z") != _result_key(body)
    assert _result_key("2026-11-24T08:44:02Z") != _result_key("")


def _report(k: int, body: str = "orders-core: 128 tests, 0 failed, 4 skipped") -> Step:
    stamp = f"\n2026-11-24T08:4{k}:02.247Z" if k % 2 else ""
    return Step.tool_call("gradle_test_report", {"module": "orders-core"}, observation=body + stamp)


def _reports(bodies: list[str]) -> list[Step]:
    steps = [
        Step.llm("I'll start from the failing job's log.", observation=TASK),
        Step.tool_call(
            "ci_get_job_log",
            {"run_id": 9184412, "job": "integration-tests"},
            observation="java.lang.NoClassDefFoundError: javax/servlet/Filter",
        ),
    ]
    return steps + [_report(k, body) for k, body in enumerate(bodies)]


def test_four_identical_reads_stamped_only_sometimes_are_a_loop() -> None:
    steps = _reports(["orders-core: 128 tests, 0 failed, 4 skipped"] * 4)
    # The exact repeat alone warns at the fourth; with the embedding detector agreeing on
    # that step, it acts.
    assert _levels(steps)[-1] == "warn", _levels(steps)
    levels = _levels(_embedded(steps, "gradle_test_report"), LoopConfig())
    assert levels[-1] == "act", levels


def test_a_report_that_moves_stamped_only_sometimes_is_progress() -> None:
    bodies = [f"orders-core: 128 tests, {n} failed, 4 skipped" for n in (17, 9, 3, 0)]
    steps = _embedded(_reports(bodies), "gradle_test_report")
    assert "act" not in _levels(steps, LoopConfig())
    assert all(level == "none" for level in _levels(_reports(bodies)))
