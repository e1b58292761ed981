"""Round 29's rules, each with a loop it catches and a look-alike of progress it spares.

A request id is one id whatever dashes join its hex groups ("e7772f06-d93b"), and a result's
"_request_id" is the same noise as its "request_id". And two settings written in turn, each
write answered alike but for the job id or version the server minted, are the agent undoing
its own change again and again; two reads taken in turn whose values move are polling.
"""

from __future__ import annotations

import json

import pytest
from loop_replay import replay

from policies._loops import Step, normalize_text

TASK = "Tides for survey lines 0147-0152 are wrong; apply the right tide source and QC them."


@pytest.mark.parametrize(
    "text",
    [
        "req e7772f06-d93b",
        "req 3181adbc-89ce",
        "req 16964160-0fbd-4e4b",  # the long group all digits, a letter in a later one
        "req 89ce-3181adbc",
    ],
)
def test_hex_groups_joined_by_dashes_are_masked_as_one_id(text: str) -> None:
    assert normalize_text(text) in ("req <hex>", "req <uuid>")
    assert normalize_text(f"ok ({text}) done", counters=True) == "ok (req <seq>) done"


@pytest.mark.parametrize(
    "text",
    ["lines 0147-0152", "period 2026-11-10..2026-11-23", "order 12345678", "job-88651", "v1.2-3"],
)
def test_numbers_that_may_be_content_stay(text: str) -> None:
    assert normalize_text(text) == text


def _flag_get(request_id: str) -> Step:
    result = {"_request_id": request_id, "key": "checkout.tax", "rollout": 5, "version": 41}
    return Step.tool_call(
        "flag_get", {"key": "checkout.tax", "env": "prod"}, observation=json.dumps(result)
    )


def test_a_result_key_with_a_leading_underscore_is_noise_as_without() -> None:
    one, two = _flag_get("e1c0ffee-06b4"), _flag_get("9a7b3c2d-9254")
    assert one.observation_key == two.observation_key
    changed = Step.tool_call(
        "flag_get",
        {"key": "checkout.tax", "env": "prod"},
        observation=json.dumps({"_request_id": "1", "key": "checkout.tax", "rollout": 25}),
    )
    assert changed.observation_key != one.observation_key


def test_one_flag_read_again_and_again_with_only_its_request_id_changing_acts() -> None:
    steps = [Step.llm("Checking the flag.", observation="Ramp checkout.tax to 25%.")]
    for k, rid in enumerate(["0a1b2c3d-1111", "4e5f6a7b-2222", "8c9d0e1f-3333", "2a3b4c5d-4444"]):
        steps += [_flag_get(rid), Step.llm(f"Still 5%. Looking again ({k}).")]
    steps += [_flag_get("6e7f8a9b-5555")]
    levels = [level for level, _ in replay(steps)]
    assert "act" in levels


def _apply(source: str, job: int) -> Step:
    args = {"lines": "0147-0152", "source": source}
    result = {"ok": True, "lines": 6, "source": source, "job": f"JOB-{job}"}
    return Step.tool_call("apply_tide", args, observation=json.dumps(result))


def _turns(calls: list[Step]) -> list[Step]:
    steps = [Step.llm("Looking at the processing jobs.", observation=TASK)]
    for k, call in enumerate(calls):
        steps += [Step.llm(f"Switching the source ({k})."), call]
    return steps


def _found(results: list[tuple[str, list[dict[str, object]]]]) -> list[dict[str, object]]:
    return [f for _, fs in results for f in fs if f.get("minted")]


def test_two_settings_written_in_turn_to_the_same_effect_are_found() -> None:
    calls = [_apply("gauge" if k % 2 == 0 else "ers", 88651 + 37 * k) for k in range(6)]
    found = _found(replay(_turns(calls)))
    assert found
    assert found[0]["detector"] == "alternation"
    assert found[0]["length"] == 6


def test_writes_in_turn_that_fail_or_are_five_or_read_state_are_not() -> None:
    five = [_apply("gauge" if k % 2 == 0 else "ers", 88651 + k) for k in range(5)]
    assert not _found(replay(_turns(five)))
    failing = [
        Step.tool_call(
            "apply_tide",
            {"lines": "0147-0152", "source": "gauge" if k % 2 == 0 else "ers"},
            observation=f"error: job JOB-{88651 + k} rejected",
            error=True,
        )
        for k in range(6)
    ]
    assert not _found(replay(_turns(failing)))
    # Two jobs' statuses read in turn while their counts move, each reported: progress.
    reads = [Step.llm("Watching both jobs.", observation=TASK)]
    for k in range(6):
        job, done = "A" if k % 2 == 0 else "B", 10 * k + 7
        reads += [
            Step.tool_call(
                "get_job_status", {"job": job}, observation=f"job {job}: {done} of 120 lines done"
            ),
            Step.llm(f"Job {job} is at {done} of 120 lines."),
        ]
    assert all(level == "none" for level, _ in replay(reads))


def test_writes_in_turn_whose_results_differ_in_words_are_not() -> None:
    calls = [
        Step.tool_call(
            "apply_tide",
            {"lines": "0147-0152", "source": "gauge" if k % 2 == 0 else "ers"},
            observation=json.dumps({"ok": True, "rms_cm": 4.1 - 0.3 * k, "note": f"pass {k}"})
            if k < 5
            else json.dumps({"ok": True, "rms_cm": 2.6, "note": "within spec, QC passed"}),
        )
        for k in range(6)
    ]
    assert not _found(replay(_turns(calls)))
