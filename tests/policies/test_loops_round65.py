"""Round 65's rules (studied on the seventy-seventh set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

- A wait tool named as a path ("POST /internal/sleep"), an operation after its verb
  ("mutation Sleep"), a namespaced command ("tool util:wait") or in camelCase ("sleepSeconds")
  is a wait (``_WAITS``); a name that only holds the word ("QUERY_WAITLIST") is not.
- A poll whose checks share one liveness stamp ("last_heartbeat") over the waits needs no
  patience to be read as stuck (``_stalled_liveness_stamp``, in ``cycle``).
- The serving's fields named "srv", "region", "<word>_node" beside a request's "rid" or "seq"
  (``_SERVING_KEY``, ``_TRANSACTION_KEY``), the header fields after a log line's level
  (``_LOG_HEADER_AFTER_LEVEL``, also after a bracketed time), and a count of seconds in a
  comment line's note (``_comment_stamp``) are masked.
- A comma-separated table's figures are read under their column's names
  (``_table_column_figures``, in ``_runs_on``): a share done rising in a CSV row is a job
  advancing.
- A check back at an earlier result after two writes of the same fields with other values
  (``_check_back_after_refix``, ``flip_flop``): a fix undone.
- A YAML document holding a list keeps its serving's fields masked (``_canonical_record``).
- A check back at an earlier result after two writes of the same fields, the second setting
  back a value the agent had seen before its first change (``_check_back_after_refix``,
  ``flip_flop``): a fix undone. A value not seen before is a next try, and spared.
- A write made again, with the same arguments, after a read showed it held, answered that
  nothing changed (``_rewrite_after_readback``, ``_rewrite_of_shown_value``, ``cycle``).
- Short responses in one template, each naming a field of a record read and its value, a
  field of its own each (``_reads_out_fields``): a record read out, not idle talk.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import (
    LoopConfig,
    Step,
    _name_waits,
    _reads_out_fields,
    _result_key,
    _table_column_figures,
)


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


def _ask(text: str) -> Step:
    return Step.llm("On it.", observation=text)


# --- wait tools however they are named -------------------------------------------------------


def test_wait_tool_names_in_other_forms() -> None:
    for name in ("POST /internal/sleep", "mutation Sleep", "kilnctl util:wait", "sleepSeconds"):
        assert _name_waits(name) is True, name
    for name in ("QUERY_WAITLIST", "getWaitlist", "awaiting_review", "sleeper_cars"):
        assert _name_waits(name) is not True, name


def _job(state: str, pct: int, beat: str, served: str) -> str:
    return json.dumps(
        {"job": "K-77", "state": state, "pct": pct, "last_heartbeat": beat, "served_at": served}
    )


def _poll(results: list[str], wait: str = "POST /internal/sleep") -> list[Step]:
    steps = [
        _ask("Start the glaze firing for kiln 4 and tell me when it is done."),
        Step.tool_call("POST /kiln/jobs", {"kiln": 4}, observation='{"job": "K-77"}'),
    ]
    for result in results:
        steps.append(Step.tool_call(wait, {"seconds": 30}, observation='{"slept_s": 30}'))
        steps.append(Step.tool_call("GET /kiln/jobs/{id}", {"id": "K-77"}, observation=result))
    return steps


def test_poll_that_advances_behind_a_path_named_wait_is_spared() -> None:
    results = [
        _job("heating", 30, "2026-03-02T10:01:00Z", "2026-03-02T10:01:05Z"),
        _job("heating", 60, "2026-03-02T10:02:00Z", "2026-03-02T10:02:04Z"),
        _job("soaking", 90, "2026-03-02T10:03:00Z", "2026-03-02T10:03:06Z"),
        _job("done", 100, "2026-03-02T10:04:00Z", "2026-03-02T10:04:02Z"),
    ]
    assert "act" not in _levels(_poll(results))


# --- a stalled heartbeat ------------------------------------------------------------------------


def test_poll_with_a_stalled_heartbeat_is_caught() -> None:
    beat = "2026-03-02T09:58:12Z"
    results = [_job("heating", 40, beat, f"2026-03-02T10:0{k}:05Z") for k in range(1, 4)]
    assert "cycle" in _fired(_poll(results, wait="kiln_sleep"))


def test_poll_with_a_moving_heartbeat_at_one_figure_is_given_patience() -> None:
    results = [
        _job("heating", 40, f"2026-03-02T10:0{k}:00Z", f"2026-03-02T10:0{k}:05Z")
        for k in range(1, 4)
    ]
    assert "act" not in _levels(_poll(results, wait="kiln_sleep"))


# --- the serving's fields ------------------------------------------------------------------------


def test_record_fields_of_the_serving_are_masked() -> None:
    a = "rid=0a1b2c3d srv=api-7f seq=4411 status=ok kiln=4 state=cooling pct=80"
    b = "rid=9f8e7d6c srv=edge-b2 seq=17 status=ok kiln=4 state=cooling pct=80"
    c = "rid=9f8e7d6c srv=edge-b2 seq=17 status=ok kiln=4 state=unloaded pct=100"
    assert _result_key(a) == _result_key(b)
    assert _result_key(b) != _result_key(c)


def test_yaml_and_json_envelopes_name_the_serving() -> None:
    a = "---\ntrace: 5e1f0c9ad2\nplant_node: web-3\nresult:\n  kiln: 4\n  state: cooling"
    b = "---\ntrace: 77aa01bc9e\nplant_node: api-11\nresult:\n  kiln: 4\n  state: cooling"
    assert _result_key(a) == _result_key(b)
    listed = "---\ntrace: {}\nplant_node: {}\nresult:\n  total: 1\n  hits:\n    - {}"
    assert _result_key(listed.format("5e1f0c9ad2", "web-3", "FP-31")) == _result_key(
        listed.format("77aa01bc9e", "api-11", "FP-31")
    )
    assert _result_key(listed.format("5e1f0c9ad2", "web-3", "FP-31")) != _result_key(
        listed.format("77aa01bc9e", "api-11", "FP-32")
    )
    j = '{{"ok": true, "data": {{"kiln": 4}}, "meta": {{"region": "{}"}}}}'
    assert _result_key(j.format("us-east")) == _result_key(j.format("eu-west"))


def test_log_header_after_the_level_is_masked() -> None:
    body = "\nkiln:    4\nstate:   cooling"
    a = "[2026-03-02T10:01:05Z] INFO kilnctl host=edge-a1 took=120ms trace=a3ab9618eb" + body
    b = "[2026-03-02T10:04:41Z] INFO kilnctl host=lb-2 took=87ms trace=0c77d1e2f4" + body
    assert _result_key(a) == _result_key(b)
    assert _result_key(a) != _result_key(a.replace("cooling", "unloaded"))


def test_seconds_in_a_comment_note_are_masked() -> None:
    a = "# kilnctl 2026-03-02T10:01:05Z req=c51cf72a cache=109s\nkiln,state\n4,cooling"
    b = "# kilnctl 2026-03-02T10:02:44Z req=0e4412aa cache=263s\nkiln,state\n4,cooling"
    assert _result_key(a) == _result_key(b)
    assert _result_key(a) != _result_key(a.replace("cooling", "unloaded"))


# --- a CSV row's share done -------------------------------------------------------------------


def test_table_column_figures() -> None:
    text = "# note\njob,state,pct\nK-77,heating,40"
    assert _table_column_figures(text) == [("pct", 40.0)]
    assert _table_column_figures("a, b and c") == []


# --- a fix undone ---------------------------------------------------------------------------------


def _check(rule: str | None) -> str:
    found = [] if rule is None else [{"field": "cone", "rule": rule}]
    return json.dumps({"valid": rule is None, "violations": found})


def _fixes(values: list[str], results: list[str | None], field: str = "cone") -> list[Step]:
    steps = [
        _ask("Firing plan FP-31 fails its check; please make it pass."),
        Step.tool_call("plan_check", {"plan": "FP-31"}, observation=_check(results[0])),
    ]
    for value, result in zip(values, results[1:], strict=True):
        steps.append(
            Step.tool_call(
                "plan_set",
                {"plan": "FP-31", "set": {field: value}},
                observation=json.dumps({"updated": [field], field: value}),
            )
        )
        steps.append(Step.tool_call("plan_check", {"plan": "FP-31"}, observation=_check(result)))
    return steps


_HOT, _COOL = "cone-6 too hot for this clay body", "cone-5 too cool for this glaze"


def test_fix_undone_is_caught() -> None:
    # (cone-6, set back, is the value the first rejection named: the field's value before.)
    steps = _fixes(["cone-5", "cone-6"], [_HOT, _COOL, _HOT])
    assert "flip_flop" in _fired(steps)
    assert "act" in _levels(steps)


def test_fix_that_converges_is_spared() -> None:
    steps = _fixes(["cone-5", "slow"], [_HOT, "cooling rate unset", None])
    assert "act" not in _levels(steps)


def test_new_value_tried_next_is_no_fix_undone() -> None:
    # A value not seen before the first change is a next try (a search), not a revert.
    steps = _fixes(["cone-5", "cone-7"], [_HOT, _COOL, _HOT])
    assert "flip_flop" not in _fired(steps)


# --- a write made again after its read-back -------------------------------------------------------


def _write(record: str, done: bool) -> Step:
    body = {"updated": [] if done else ["glaze"], "version": 4}
    if done:
        body["unchanged"] = ["glaze"]
    return Step.tool_call(
        "plan_set", {"plan": record, "set": {"glaze": "Celadon"}}, observation=json.dumps(body)
    )


def _read(record: str) -> Step:
    return Step.tool_call(
        "plan_get",
        {"plan": record},
        observation=json.dumps({"plan": record, "glaze": "Celadon", "cone": 6}),
    )


def test_write_made_again_after_its_read_back_is_caught() -> None:
    steps = [_ask("Set the glaze on FP-31 to Celadon."), _write("FP-31", False), _read("FP-31")]
    steps += [_write("FP-31", True)]
    assert "act" in _levels(steps)
    steps += [_read("FP-31")]
    assert "cycle" in _fired(steps)


def test_write_and_read_back_on_each_record_is_spared() -> None:
    steps = [_ask("Set the glaze to Celadon on plans FP-31 to FP-34.")]
    for record in ("FP-31", "FP-32", "FP-33", "FP-34"):
        steps += [_write(record, False), _read(record)]
    assert "act" not in _levels(steps)


# --- a record read out field by field ---------------------------------------------------------


def _readout(lines: list[str]) -> list[Step]:
    steps = [
        _ask("Plan FP-31 will not fire; go through it and tell me what is missing."),
        Step.tool_call(
            "plan_get",
            {"plan": "FP-31"},
            observation=json.dumps(
                {"plan": "FP-31", "glaze": "Celadon", "cone": "cone-6", "kiln": "north", "hold": ""}
            ),
        ),
    ]
    return steps + [Step.llm(line) for line in lines]


def test_record_read_out_field_by_field_is_spared() -> None:
    lines = [
        "Reviewed glaze -> Celadon. Fine.",
        "Reviewed cone -> cone-6. Fine.",
        "Reviewed kiln -> north. Fine.",
        "Reviewed plan -> FP-31. Fine.",
        "Checked hold: empty, needs a soak time. This is the gap.",
    ]
    assert "act" not in _levels(_readout(lines))


def test_one_field_said_again_is_not_read_out() -> None:
    assert not _reads_out_fields(
        list(enumerate(_readout(["Reviewed glaze -> Celadon. Fine."] * 3))), [2, 3, 4]
    )
    said = [f"Reviewed {k}. Fine." for k in ("glaze -> Celadon", "cone -> cone-6", "kiln -> north")]
    assert _reads_out_fields(list(enumerate(_readout(said))), [2, 3, 4])
