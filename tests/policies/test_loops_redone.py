"""A ``cycle`` in which the agent redoes a call that changes something confirms itself."""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step


def edit(match: str) -> Step:
    return Step.tool_call(
        "edit_file",
        {"path": ".github/labeler.yml", "match": match},
        observation=".github/labeler.yml updated",
    )


def check(match: str) -> Step:
    outcome = {
        "timestamp": "would label: #3173, #3212, #3286\nERROR: rule touches security issue #3286",
        "INT96": "would label: #3173\nMISS: expected #3212",
    }[match]
    return Step.tool_call("labeler_check", {"issues": [3173, 3212, 3286]}, observation=outcome)


def test_a_fix_and_its_revert_act_at_once() -> None:
    steps = [Step.llm("Deduping.", observation="Label the INT96 duplicates.")]
    steps += [edit("timestamp"), check("timestamp"), Step.llm("Too broad; INT96 only.")]
    steps += [edit("INT96"), check("INT96"), Step.llm("Matching on timestamp catches all.")]
    steps += [edit("timestamp"), check("timestamp")]
    results = replay(steps)
    level, found = results[-1]
    assert level == "act"
    (cycle,) = [f for f in found if f["detector"] == "cycle"]
    assert cycle["redone"] == "edit_file"
    assert all(level == "none" for level, _ in results[:-1])


def test_reading_two_things_in_turn_only_warns() -> None:
    # The same two reads in turn with the same results: a cycle, but nothing was redone that
    # changes anything, so it waits for a second finding as before.
    a = Step.tool_call("get_status", {"job": "A"}, observation="A: queued")
    b = Step.tool_call("get_status", {"job": "B"}, observation="B: queued")
    c = Step.tool_call("get_status", {"job": "A"}, observation="A: queued")
    d = Step.tool_call("get_status", {"job": "B"}, observation="B: queued")
    results = replay([a, b, c, d])
    level, found = results[-1]
    assert any(f["detector"] == "cycle" for f in found)
    assert not any("redone" in f for f in found)
    assert level == "warn"


def test_writes_with_other_arguments_are_not_redone() -> None:
    # Two different edits, each read back: even where a receipt repeats, no call was redone.
    steps = [
        Step.tool_call("get_page", {"match": "SF2"}, observation='{"start": "18:00"}'),
        Step.tool_call("update_page", {"match": "SF2", "start": "18:35"}, observation="ok"),
        Step.tool_call("get_page", {"match": "SF2"}, observation='{"start": "18:35"}'),
        Step.tool_call("update_page", {"match": "SF2", "status": "delayed"}, observation="ok"),
    ]
    results = replay(steps)
    assert all(level != "act" for level, _ in results)
    assert not any("redone" in f for _, found in results for f in found)
