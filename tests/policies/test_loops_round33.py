"""Round 33's rules (studied on the forty-third set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A server may wrap the same answer in different envelopes ('{"request_id": ..., "at": ...,
"result": "X"}', "[07:52] req=28bd latency=744ms\\nX", "X\\n(request c029, 892 ms, 07:54)"):
the answer is X each time. A tool whose name starts with a write verb ("append_log",
"set_stock_status") writes, whatever its name ends with. And writes that each carry out what
a person just said ("logged" after each entry dictated) are no return to an earlier state.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _reads_state, _result_key

TASK = "Which tug can reach the casualty first, and what is the tow plan?"
ANSWER = "Tug Gannet ETA casualty 2h10m"


def _envelopes(k: int, body: str = ANSWER) -> str:
    rid = f"{k:02d}1cbd72"
    shape = k % 3
    if shape == 0:
        return json.dumps({"request_id": rid, "at": f"1112{k:02d}Z MAR 26", "result": body})
    if shape == 1:
        return f"[1112{k:02d}Z MAR 26] req={rid} latency={200 + k}ms\n{body}"
    return f"{body}\n(request {rid}, {90 + k} ms, 1112{k:02d}Z MAR 26)"


def test_one_answer_in_three_envelopes_is_one_answer() -> None:
    keys = {_result_key(_envelopes(k)) for k in range(6)}
    assert len(keys) == 1, keys
    # What is inside the envelope still tells answers apart, and a line of data with a time
    # or a duration in it is no envelope.
    assert _result_key(_envelopes(0)) != _result_key(_envelopes(0, "Tug Gannet ETA 1h50m"))
    assert _result_key("slot,time,kg\n1,07:30,600") != _result_key("slot,time,kg\n1,09:00,1200")
    assert _result_key("picks | rms\n13 | -3.10 s") != _result_key("picks | rms\n15 | +2.87 s")


def test_the_same_read_answered_in_other_envelopes_is_a_loop() -> None:
    steps = [Step.llm("Reading the tugs.", observation=TASK)]
    steps += [
        Step.tool_call("get_vessel", {"imo": "9188702"}, observation=_envelopes(k))
        for k in range(6)
    ]
    assert "act" in [level for level, _ in replay(steps)]


def test_reads_of_other_records_in_other_envelopes_are_not() -> None:
    steps = [Step.llm("Reading the tugs.", observation=TASK)]
    steps += [
        Step.tool_call(
            "get_vessel", {"imo": f"91887{k:02d}"}, observation=_envelopes(k, f"Tug {k} ETA {k}h")
        )
        for k in range(6)
    ]
    assert all(level == "none" for level, _ in replay(steps))


def test_a_name_that_starts_with_a_write_verb_writes() -> None:
    for name in ("append_log", "set_stock_status", "updateState", "post_health"):
        assert not _reads_state(Step.tool_call(name, {}, observation="ok")), name
    for name in ("get_log", "stock_status", "read_state", "health"):
        assert _reads_state(Step.tool_call(name, {}, observation="ok")), name


ENTRIES = ["gate 1 at 0.40 m", "turbine 2 at 22 MW", "siren zone B armed", "fish pass open"]


def _dictated(entries: list[str], told: bool = True) -> list[Step]:
    steps = [Step.llm("Ready to log.", observation="Log what I read out, one at a time.")]
    for k, entry in enumerate(entries):
        steps.append(Step.llm(f"Recorded. ({entry})", observation=entry if told else ""))
        steps.append(
            Step.tool_call("append_log", {"entry": entry}, observation=_envelopes(k, "logged"))
        )
    return steps


def test_writes_each_carrying_out_what_was_dictated_are_progress() -> None:
    assert all(level == "none" for level, _ in replay(_dictated([*ENTRIES, "road closed"])))


def test_the_same_entry_logged_again_and_again_is_a_loop() -> None:
    assert "act" in [level for level, _ in replay(_dictated([ENTRIES[0]] * 5, told=False))]
