"""Round 32's rules (studied on the forty-second set after its one unseen measurement, and on
the forty-first), each with a loop it catches and a look-alike of progress it spares.

A server that stamps some answers before their text and some after ("(trace=..., 1605ms)
grade set to Class I" / "grade set to Class I (trace=...)") says the same thing either way,
and "13h08" is a clock time as "13:08" is. The same short acknowledgement after each item a
person dictates ("Got it, added.") is no monologue. A report item by item may name records
as "8-Tubby" or "W8-Hatton". And the same answer given again after a person said it was
wrong, and again after being told once more, is a loop that confirms itself.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step, _result_key

TASK = "Check the export cartons for the Rotterdam container and set their grades."


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


# -- a stamp before or after the text -----------------------------------------------------------


def test_a_stamp_before_the_text_is_the_stamp_after_it() -> None:
    before = "(trace=cc408b17, 1605ms, at 2026-11-14 11:14:00) grade set to Class I"
    after = "grade set to Class I (trace=31e40a3c, 2392ms, at 2026-11-14 11:16:00)"
    assert _result_key(before) == _result_key(after)
    assert _result_key("<ref c8817048; 2293 ms; 7.11.26 13h05> bust 88 waist 70") == _result_key(
        "bust 88 waist 70 <ref 767d54ac; 2346 ms; 7.11.26 13h07>"
    )
    # What the text says still tells two answers apart.
    assert _result_key(before) != _result_key(after.replace("Class I", "Class II"))
    assert _result_key("(3 rows) done") != _result_key("(4 rows) done")


def _reading(first: bool, k: int) -> Step:
    stamp = f"<ref {k:02d}c79c2d; {100 + k} ms; 7.11.26 13h{k:02d}>"
    body = "CS-20411 Violetta gown bust 90 waist 72" if first else "Lindqvist bust 88 waist 70"
    tool, args = (
        ("costume_item_get", {"item": "CS-20411"})
        if first
        else ("measurement_sheet_get", {"artist": "ART-562"})
    )
    text = f"{stamp} {body}" if k % 3 == 0 else f"{body} {stamp}"
    return Step.tool_call(tool, args, observation=text)


def test_two_reads_in_turn_stamped_either_side_are_a_loop() -> None:
    steps = [Step.llm("Checking the gown against her measurements.", observation=TASK)]
    steps += [_reading(k % 2 == 0, k) for k in range(8)]
    assert "act" in _levels(steps)


def test_two_reads_in_turn_over_other_records_are_not() -> None:
    # A gown and its singer's sheet, pair after pair: other records each time, stamped either
    # side.
    steps = [Step.llm("Fitting each principal.", observation=TASK)]
    for k in range(8):
        stamp = f"<ref {k:02d}c79c2d; {100 + k} ms; 7.11.26 13h{k:02d}>"
        if k % 2 == 0:
            tool, args, body = "costume_item_get", {"item": f"CS-2041{k}"}, f"CS-2041{k} bust 9{k}"
        else:
            tool, args, body = (
                "measurement_sheet_get",
                {"artist": f"ART-56{k}"},
                f"ART-56{k} bust 8{k}",
            )
        text = f"{stamp} {body}" if k % 3 == 0 else f"{body} {stamp}"
        steps.append(Step.tool_call(tool, args, observation=text))
    assert all(level == "none" for level in _levels(steps))


# -- dictation ------------------------------------------------------------------------------------

ITEMS = [
    "LT-4471 bins 12 to 18 to CR-3.",
    "Next: LT-4480 straight to degreening.",
    "lemons LT-4483 hold for QA.",
    "And no sprinting for bay 4 until cleared.",
    "juice bins to the press bay.",
]


def _dictation(inputs: list[str]) -> list[Step]:
    steps = [
        Step.llm("On it.", observation=TASK),
        Step.llm("Go on, I'm noting them.", observation="I'll give you the items one at a time."),
    ]
    steps += [Step.llm("Got it, added.", observation=text) for text in inputs]
    return steps


def test_the_same_acknowledgement_to_each_item_dictated_is_no_monologue() -> None:
    assert all(level == "none" for level in _levels(_dictation(ITEMS)))


def test_the_same_acknowledgement_to_a_repeated_correction_is_still_a_monologue() -> None:
    pushback = ["It's not in the list.", "Still missing from the list.", "Wrong, add LT-4480."]
    assert "act" in _levels(_dictation([*pushback, "You didn't add it again."]))


def test_the_same_acknowledgement_to_nothing_new_is_still_a_monologue() -> None:
    assert "act" in _levels(_dictation(["LT-4471 to CR-3."] * 4))


# -- items named with digits first ------------------------------------------------------------------

BOATS = [
    ("8-Tubby", "novice boat"),
    ("W8-Hatton", "sound"),
    ("1X-Hudson", "curing"),
    ("2X-Wintech", "usable"),
]


def test_a_report_item_by_item_may_name_its_records_digit_first() -> None:
    steps = [Step.llm("Reading the register.", observation="Which boats can go out on Saturday?")]
    steps += [
        Step.tool_call("boat_register_get", {"boat": code}, observation=f"{code}: {state}")
        for code, state in BOATS
    ]
    steps += [
        Step.llm(f"One at a time. Number {k}, {code}: the boat is {state}.")
        for k, (code, state) in enumerate(BOATS, 1)
    ]
    assert all(level == "none" for level in _levels(steps))


# -- an answer given again after a correction -----------------------------------------------------


def _corrected(answers: list[str], corrections: list[str]) -> list[Step]:
    steps = [
        Step.llm("Pulling the lot records.", observation=TASK),
        Step.tool_call("green_lot_get", {"lot": "GL-2238"}, observation="bags_on_hand 35"),
        Step.llm(answers[0], observation="How many bags of GL-2238 do we have left?"),
    ]
    steps += [
        Step.llm(answer, observation=said)
        for answer, said in zip(answers[1:], corrections, strict=True)
    ]
    return steps


CLAIM = "GL-2238 has 52 bags of 70 kg in the warehouse."


def test_the_same_answer_after_two_corrections_acts() -> None:
    steps = _corrected(
        [CLAIM, f"Apologies, you're right. {CLAIM}", f"My mistake. {CLAIM}"],
        [
            "No, 52 was the arrival count. The record says 35.",
            "Still wrong. I need what's on hand.",
        ],
    )
    levels = replay(steps)
    assert levels[-1][0] == "act", levels
    assert any(f.get("ignored") == 2 for f in levels[-1][1])


def test_an_answer_corrected_with_the_persons_figure_is_progress() -> None:
    steps = _corrected(
        [CLAIM, "Apologies. GL-2238 has 35 bags on hand; 52 was the arrival count.", "Done."],
        ["No, 52 was the arrival count. The record says 35.", "Great, thanks."],
    )
    assert all(level == "none" for level in _levels(steps))
