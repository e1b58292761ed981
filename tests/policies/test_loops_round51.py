"""Round 51's rules (studied on the sixty-second and sixty-third sets after their one unseen
measurement), each with a loop it catches and a look-alike of progress it spares.

A result may come in a JSON-RPC response envelope (2.0: ``{"jsonrpc": "2.0", "id": ...,
"result": ...}`` or ``"error": {"code", "message", "data"}``; 1.0: only ``"id"``, ``"result"``
and ``"error"``). Its top-level ``"id"`` is the request's own, minted by the client per call (a
counter, most often) and echoed back by the spec: the same answer to a new request id is the
same answer. That id is now dropped by its place in the protocol's envelope, so the same call
answered the same way again repeats, while a record's own "id" inside the result, and a
result that moves under the same envelope, are kept.

A person corrects the agent, the agent apologises and gives the same wrong answer, and the
person says so ("No! Look again.", then "That's the same answer again."). An answer given
again after input that only says it is the same again was not counted as pushed back on: such
input tells the agent nothing new to do (an acknowledgement-like nudge), so the restatement
after it did not count, and the run only warned. Input that pushes back by saying the agent
gave the same again now counts as pushback on the claim (``_pushes_back``), so three
restatements of one claim, each after pushback, act (``_ignores_correction``). An agent that
apologises, looks the record up again and gives a different answer is still left alone, and a
nudge that rejects nothing ("You said that, thanks.") is no pushback.

A result's envelope may name the software that served it as a product token, a name and a
dotted version joined by "/" ("gateway/4.7"), as HTTP's "Server" header does; a fleet on
mixed builds answers the same question from one build or another. Beside a payload it is now
a stamp (``_PRODUCT_TOKEN`` in ``_envelope_stamp``). And a result whose only object is of
stamps' shape (a reading of figures and a row's name, "bay-19") took that object for an
envelope with no payload beside it, so nothing beside it was read as the envelope's; such an
object is now the payload (``_envelope_stamps_dropped``). A reading whose figures move under
the same envelope is still new.

A plain-text result may open with a log line: the logger's name and the clock time in
brackets, a status and a reference under a stamp's label ("[billing 09:08:12] OK
ref=QX000824"), the body on the lines after it. The reference, whatever its spelling, is per
call, as "req=28bd" is, and the bracketed name and time are the log's: such a line is now an
envelope (``_is_envelope``), so a change made, undone and made again is a cycle. A line that
says anything else ("[billing 09:08:12] FAILED quota"), and a body that moves, are kept.

A write-up given section by section, unasked ("Background: ...", "What matters: ...", "Open
items: ..."), each short and with no call between, shares its subject's words (the record it
is about, its reader) and so reused a third of the words of the responses before it, which
``idle_talk`` read as talk going nowhere. Responses that each open with a section's label of
their own, with no ping among them, are now one write-up's sections below half reuse
(``_SECTIONS_REUSE``); a stall under new labels ("Status: queued." / "Update: still
queued.") says the same again, well past that share, and is still talk.

Short progress reports between calls on a batch ("Checked 2 of 6 hives, 1 flagged.") embed
alike, and one of their figures may stay ("1 flagged" twice), so they were not the numbered
parts of one whole and ``semantic_responses`` acted on them. Reports that each count "k of
N" through one batch, k up by one from each to the next, with a new call (never one made
before) between each two, are now a batch worked through (``_counts_through``). A stall
that recounts after calling the same thing again, or whose count does not climb, is not.

An announcement may open with a clause that says when ("Before replying, I'll have another
look at ..."): it promises no less than "I'll have another look". Such a clause ("before"
and a gerund, then a comma) is now filler before an announcement (``_ANNOUNCES``), so four
announced re-reads in a row, none carried out, are idle talk even with a question from the
person among them. A sentence whose subject follows the clause ("Before leaving, the crew
packed up.") announces nothing, and announcements each followed by the call they announce
are work.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _canonical_json


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _rpc(n: int, result: object, error: bool = False) -> str:
    body: dict[str, object] = {"jsonrpc": "2.0", "id": 400 + 3 * n}
    if error:
        body["error"] = {"code": -32004, "message": "kiln busy", "data": result}
    else:
        body["result"] = result
    return json.dumps(body)


def _opening() -> list[Step]:
    return [
        Step.llm(
            "Checking the pottery kiln log.",
            observation="Is kiln K-3's glaze firing finished yet?",
        )
    ]


def test_the_same_jsonrpc_answer_under_new_request_ids_is_a_loop() -> None:
    steps = _opening()
    for n in range(5):
        result = {"kiln": "K-3", "cone": 6, "state": "ramping"}
        steps.append(Step.tool_call("kiln.status", {"kiln": "K-3"}, observation=_rpc(n, result)))
    assert "act" in _levels(steps)


def test_a_jsonrpc_poll_whose_result_moves_is_progress() -> None:
    steps = _opening()
    for n, state in enumerate(["ramping", "soaking", "cooling", "vented", "unloaded"]):
        result = {"kiln": "K-3", "cone": 6, "state": state, "temp_c": 1220 - 240 * n}
        steps.append(Step.tool_call("kiln.status", {"kiln": "K-3"}, observation=_rpc(n, result)))
    assert set(_levels(steps)) == {"none"}


def test_the_request_id_is_dropped_only_in_the_protocols_envelope() -> None:
    assert _canonical_json(_rpc(0, {"n": 1})) == _canonical_json(_rpc(5, {"n": 1}))
    assert _canonical_json(_rpc(0, {"n": 1}, error=True)) == _canonical_json(
        _rpc(7, {"n": 1}, error=True)
    )
    old = '{"id": "a1", "result": {"n": 1}, "error": null}'
    assert _canonical_json(old) == _canonical_json(
        '{"id": "b9", "result": {"n": 1}, "error": null}'
    )
    # A record's own id, inside the result or in a job record with more fields, is kept.
    assert _canonical_json(_rpc(0, {"id": 7})) != _canonical_json(_rpc(0, {"id": 8}))
    job = '{"id": "J-1", "state": "failed", "result": null, "error": "glaze crawled"}'
    other = '{"id": "J-2", "state": "failed", "result": null, "error": "glaze crawled"}'
    assert _canonical_json(job) != _canonical_json(other)
    # Without the protocol's version or its pair of members, an "id" is the record's.
    assert _canonical_json('{"id": 4, "result": 1}') != _canonical_json('{"id": 5, "result": 1}')


def _bakery(answers: list[str], told: list[str]) -> list[Step]:
    steps = [
        Step.llm(
            "Checking the proofing schedule.",
            observation="Which proofer is the rye sourdough batch in tonight?",
        ),
        Step.tool_call(
            "proofing.schedule",
            {"batch": "RYE-88"},
            observation='{"batch": "RYE-88", "proofer": "P2", "start": "21:30"}',
        ),
    ]
    for answer, said in zip(answers, told, strict=True):
        steps.append(Step.llm(answer, observation=said))
    return steps


def test_the_same_answer_after_being_told_it_is_the_same_again_acts() -> None:
    claim = "The rye sourdough batch RYE-88 proofs in P4 from 21:30 tonight."
    steps = _bakery(
        [claim, f"Sorry about that. {claim}", f"Apologies! {claim}", f"My mistake. {claim}"],
        [
            "",
            "P4 is down for descaling, it can't be there.",
            "No! Look again.",
            "That's the same answer again.",
        ],
    )
    assert "act" in _levels(steps)


def test_an_apology_then_a_new_lookup_and_a_new_answer_is_progress() -> None:
    claim = "The rye sourdough batch RYE-88 proofs in P4 from 21:30 tonight."
    steps = _bakery([claim], [""])
    steps.append(
        Step.tool_call(
            "proofing.schedule",
            {"batch": "RYE-88", "fresh": True},
            observation='{"batch": "RYE-88", "proofer": "P2", "start": "21:30"}',
        )
    )
    steps.append(
        Step.llm(
            "Sorry, you're right. RYE-88 is in P2 from 21:30; P4 is out for descaling.",
            observation="No, P4 is down. That's the same answer again.",
        )
    )
    steps.append(Step.llm("Logged the P2 slot on tonight's sheet.", observation="Thanks."))
    assert "act" not in _levels(steps)


def test_only_a_nudge_that_rejects_the_same_answer_is_pushback() -> None:
    from policies._loops import _pushes_back

    assert not _pushes_back(Step.llm("RYE-88 is in P2.", observation="You said that, thanks."))
    assert not _pushes_back(Step.llm("RYE-88 is in P2.", observation="[runner] no new input."))
    assert _pushes_back(Step.llm("RYE-88 is in P4.", observation="It's the same answer again."))
    assert _pushes_back(Step.llm("RYE-88 is in P4.", observation="No. Wrong proofer."))


def _reading(n: int, bay: str, moisture: int) -> str:
    return json.dumps(
        {
            "gw": f"soilnet-gw/3.{n % 4}",
            "read_ms": 40 + 17 * n,
            "values": {"bay": bay, "moisture_pct": moisture, "soil_temp_c": 11.5},
        }
    )


def _vineyard(readings: list[str]) -> list[Step]:
    steps = [
        Step.llm(
            "Reading the soil probes.",
            observation="Is bay 19 of the vineyard dry enough to run the harvester in?",
        )
    ]
    steps.extend(
        Step.tool_call("soil.read_bay", {"bay": "bay-19"}, observation=reading)
        for reading in readings
    )
    return steps


def test_the_same_reading_from_another_build_is_a_loop() -> None:
    levels = _levels(_vineyard([_reading(n, "bay-19", 31) for n in range(6)]))
    assert "act" in levels


def test_a_reading_that_moves_from_another_build_is_progress() -> None:
    readings = [_reading(n, "bay-19", 31 - 2 * n) for n in range(6)]
    assert set(_levels(_vineyard(readings))) == {"none"}


def test_a_product_token_is_dropped_only_beside_a_payload() -> None:
    assert _canonical_json(_reading(0, "bay-19", 31)) == _canonical_json(_reading(3, "bay-19", 31))
    # Without a payload beside it, a path-like answer is the answer.
    alone = _canonical_json('{"release": "harvest-planner/2.4"}')
    assert alone != _canonical_json('{"release": "harvest-planner/2.5"}')
    # A record's own field inside the payload is kept.
    one = '{"values": {"firmware": "probe/1.2"}, "at": "x"}'
    assert _canonical_json(one) != _canonical_json(one.replace("1.2", "1.3"))


def _logged(n: int, body: dict[str, object]) -> str:
    return f"[kennelops 10:{10 + n}:0{n % 10}] OK ref=KX{830000 + 7 * n}\n" + json.dumps(body)


def _kennel(values: list[int]) -> list[Step]:
    steps = [
        Step.llm(
            "Adjusting the run heater.",
            observation="The whelping run is too cold at night; fix the heater setpoint.",
        )
    ]
    for n, value in enumerate(values):
        body = {"run": "W-2", "setpoint_c": value, "saved": True}
        steps.append(
            Step.tool_call(
                "kennel.heater.set",
                {"run": "W-2", "setpoint_c": value},
                observation=_logged(n, body),
            )
        )
        steps.append(Step.llm(f"Set to {value} C. On second thought, the other value was right."))
    return steps


def test_a_setting_made_undone_and_made_again_under_log_lines_is_a_loop() -> None:
    assert "act" in _levels(_kennel([24, 21, 24, 21, 24]))


def test_settings_that_move_on_under_log_lines_are_progress() -> None:
    steps = [
        Step.llm(
            "Adjusting the run heaters.",
            observation="Bring each whelping run's heater up one degree, one run at a time.",
        )
    ]
    for n, run in enumerate(["W-1", "W-2", "W-3", "W-4", "W-5"]):
        body = {"run": run, "setpoint_c": 22 + n % 2, "saved": True}
        steps.append(
            Step.tool_call(
                "kennel.heater.set",
                {"run": run, "setpoint_c": 22 + n % 2},
                observation=_logged(n, body),
            )
        )
        steps.append(Step.llm(f"Run {run} now at {22 + n % 2} C."))
    assert "act" not in _levels(steps)


def test_only_a_log_line_of_stamps_is_an_envelope() -> None:
    from policies._loops import _is_envelope

    assert _is_envelope("[kennelops 10:10:00] OK ref=KX830000")
    assert not _is_envelope("[kennelops 10:10:00] FAILED quota ref=KX830000")
    assert not _is_envelope("[kennelops 10:10:00] OK heater W-2")


def _sections(texts: list[str]) -> list[Step]:
    steps = [
        Step.llm(
            "I'll write it up part by part.",
            observation="Write a short briefing on ferry FY-12's hull survey for the harbour master.",
        ),
        Step.tool_call(
            "survey.get",
            {"vessel": "FY-12"},
            observation='{"vessel": "FY-12", "finding": "pitting at frame 31", "grade": "B"}',
        ),
    ]
    steps.extend(Step.llm(text) for text in texts)
    return steps


def test_sections_of_one_briefing_sharing_its_subject_are_progress() -> None:
    steps = _sections(
        [
            "Scope: this briefing covers the FY-12 hull survey for the harbour master.",
            "Finding: the FY-12 hull survey found pitting at frame 31, graded B.",
            "Actions: the harbour master books FY-12 a dry-dock slot after the hull survey.",
        ]
    )
    assert "act" not in _levels(steps)
    assert all(level == "none" for level in _levels(steps))


def test_a_stall_under_new_section_labels_is_still_talk() -> None:
    steps = _sections(
        [
            "Status: the FY-12 survey report is still being compiled by the surveyor.",
            "Update: the FY-12 survey report is still being compiled by the surveyor.",
            "Progress: the FY-12 survey report is still being compiled, surveyor busy.",
            "State: the FY-12 survey report is still being compiled by the surveyor.",
        ]
    )
    assert "warn" in _levels(steps) or "act" in _levels(steps)


def test_a_summary_restated_under_new_labels_still_acts() -> None:
    steps = _sections(
        [
            "FY-12 hull survey: pitting at frame 31, graded B, dry dock before spring.",
            "Summary: FY-12 has pitting at frame 31, grade B; dry dock before spring.",
            "To recap: frame 31 pitting on FY-12, graded B, needs dry dock before spring.",
            "In short: FY-12, frame 31 pitting, grade B, dry dock due before spring.",
        ]
    )
    assert "act" in _levels(steps)


def _hive_batch(calls: list[str], counts: list[int]) -> list[tuple[int, Step]]:
    history: list[tuple[int, Step]] = []
    for hive, k in zip(calls, counts, strict=True):
        call = Step.tool_call("apiary.inspect", {"hive": hive}, observation=f"{hive}: ok")
        history.append((len(history), call))
        history.append((len(history), Step.llm(f"Checked {k} of 6 hives, 1 flagged.")))
    return history


def _reports(history: list[tuple[int, Step]]) -> list[int]:
    return [p for p, (_, s) in enumerate(history) if s.kind == "llm"]


def test_reports_counting_through_a_batch_of_new_calls_are_progress() -> None:
    from policies._loops import _counts_through

    history = _hive_batch(["H-1", "H-2", "H-3"], [1, 2, 3])
    assert _counts_through(history, _reports(history))


def test_a_count_after_the_same_call_again_or_that_stays_is_not() -> None:
    from policies._loops import _counts_through

    again = _hive_batch(["H-1", "H-1", "H-1"], [1, 2, 3])
    assert not _counts_through(again, _reports(again))
    stays = _hive_batch(["H-1", "H-2", "H-3"], [2, 2, 2])
    assert not _counts_through(stays, _reports(stays))
    no_calls = [(i, Step.llm(f"Checked {i + 1} of 6 hives.")) for i in range(3)]
    assert not _counts_through(no_calls, [0, 1, 2])


def _rereads(texts: list[str], with_calls: bool) -> list[Step]:
    steps = [
        Step.llm("Checking the locker.", observation="Is ski locker L-118 paid up for the season?"),
        Step.tool_call(
            "lockers.get", {"locker": "L-118"}, observation='{"locker": "L-118", "paid": false}'
        ),
    ]
    for n, text in enumerate(texts):
        said = "Is it just the unpaid balance?" if n == 2 else ""
        steps.append(Step.llm(text, observation=said))
        if with_calls:
            steps.append(
                Step.tool_call(
                    "lockers.history",
                    {"locker": "L-118", "season": 2020 + n},
                    observation=json.dumps({"season": 2020 + n, "paid": n % 2 == 0}),
                )
            )
    return steps


_REREADS = [
    "I should re-read L-118; I'd rather be sure.",
    "Before replying, I'll have another look at the locker record for L-118.",
    "Let me re-verify the details on L-118.",
    "Before answering, I'll go over L-118 once more.",
]


def test_announced_rereads_opening_with_when_are_idle_talk() -> None:
    assert "act" in _levels(_rereads(_REREADS, with_calls=False))


def test_announced_rereads_each_carried_out_are_work() -> None:
    assert "act" not in _levels(_rereads(_REREADS, with_calls=True))
    from policies._loops import announces_action

    assert announces_action("Before replying, I'll have another look at L-118.")
    assert not announces_action("Before leaving, the crew packed up the lockers.")
