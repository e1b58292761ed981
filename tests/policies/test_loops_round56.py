"""Round 56's rules (studied on the sixty-eighth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

An agent talking through a checklist item by item, with no call in between ("Filter
pressure looks fine; moving on." / "Pump seals: checked, nothing off." / "Next, dosing log -
matches the record."), rotates a few verdicts and names a new item in each response: the
responses reuse one another's words pairwise, so ``idle_talk`` (its reuse measure, and its
"said again" run in ``_restates``) took them for talk that goes nowhere. Responses that share
no content word among all of them, each with words none of the others used, each terse
(``_CHECKLIST_WORDS``), about the item rather than the agent and its time
(``_SPEAKS_OF_ITSELF``), and none going over something again (``_GOES_OVER_AGAIN``)
(``_names_new_items``), go down a list and are spared. A promise made again and again, or a
stall, keeps its subject in every response or speaks of the agent ("One moment", "I'll ..."),
and a conclusion restated in other words runs longer or says it goes again: both are still
caught.

A question the agent asks word for word again after each answer the person gave (three times in
a row: ``monologue``'s finding) now confirms itself (``reasked`` in its details, as
``idle_talk``'s re-asked question does): the answers are one kind of evidence, the unchanged
question another. Asked again with no answer between, it only warns, as before. Likewise a
promise said word for word three times, once right after the person asked how it goes
(``_pings``), confirms itself (``promised``): asked for news, the agent gave the same promise.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import LoopConfig, Step, _names_new_items


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _idle(steps: list[Step]) -> bool:
    return any(
        f["detector"] == "idle_talk"
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    )


def _indexed(texts: list[str]) -> list[tuple[int, Step]]:
    return [(i, Step.llm(t)) for i, t in enumerate(texts)]


_CHECKLIST = [
    "Filter pressure looks fine; moving on.",
    "Pump seals: checked, nothing off.",
    "Next, filter pressure - matches the record.",
    "Skimmer intake verified.",
    "Looked at heater relay; consistent with the spec.",
    "Chiller coils: checked, nothing off.",
    "Next, salinity probe - matches the record.",
    "Dosing log verified.",
    "Looked at pump seals; consistent with the spec.",
]


def _tank_open() -> list[Step]:
    return [
        Step.llm("Pulling the tank's service sheet.", observation="Service tank T-12 today."),
        Step.tool_call("tanks.get", {"id": "T-12"}, observation='{"id": "T-12", "due": true}'),
    ]


def test_checklist_items_each_name_a_new_item() -> None:
    assert _names_new_items(_indexed(_CHECKLIST[:3]))
    assert _names_new_items(_indexed(_CHECKLIST[5:8]))


def test_a_promise_made_again_keeps_its_subject() -> None:
    promise = [
        "I'll send the tank report shortly.",
        "The tank report is coming shortly.",
        "Sending the tank report over shortly.",
    ]
    assert not _names_new_items(_indexed(promise))
    assert not _names_new_items(_indexed(["Still waiting on the lab."] * 3))


def test_talking_through_a_checklist_is_not_acted_on() -> None:
    steps = _tank_open() + [Step.llm(t) for t in _CHECKLIST]
    assert not _idle(steps)
    assert "act" not in _levels(steps)


def test_a_promise_made_again_and_again_is_acted_on() -> None:
    steps = [
        *_tank_open(),
        Step.llm("I'll send the tank report shortly."),
        Step.llm("The tank report is coming shortly."),
        Step.llm("Sending the tank report over shortly."),
        Step.llm("Tank report coming shortly, I promise."),
        Step.llm("I'll get the tank report to you shortly."),
    ]
    assert "act" in _levels(steps)


def test_promises_in_new_words_each_time_are_no_checklist() -> None:
    promise = ["One moment, pulling the tank up.", "I'll have it shortly.", "Checking that now."]
    assert not _names_new_items(_indexed(promise))


def test_a_conclusion_restated_in_other_words_is_no_checklist() -> None:
    restated = [
        "Root cause: the heater relay sticks once the tank passes thirty degrees.",
        "Put differently, a stuck relay overheats the water past its set point.",
        "Looking at it again, the failure is just that one relay.",
    ]
    assert not _names_new_items(_indexed(restated))


_QUESTION = "Should the hive frames go to the north yard or the south yard?"


def _hive_open() -> list[Step]:
    return [
        Step.llm("Opening the apiary plan.", observation="Move hive H-7's frames before frost."),
        Step.tool_call("hives.get", {"id": "H-7"}, observation='{"id": "H-7", "frames": 9}'),
    ]


def test_a_question_asked_word_for_word_after_each_answer_is_acted_on() -> None:
    steps = [
        *_hive_open(),
        Step.llm(_QUESTION),
        Step.llm(_QUESTION, observation="North yard."),
        Step.llm(_QUESTION, observation="The north one, please."),
    ]
    assert _levels(steps)[-1] == "act"


def test_a_question_answered_and_moved_on_from_is_not() -> None:
    steps = [
        *_hive_open(),
        Step.llm(_QUESTION),
        Step.llm("North yard it is; moving the frames.", observation="North yard."),
        Step.tool_call("hives.move", {"id": "H-7", "yard": "north"}, observation='{"ok": true}'),
    ]
    assert "act" not in _levels(steps)


def test_a_question_said_again_with_no_answer_only_warns() -> None:
    steps = [*_hive_open(), Step.llm(_QUESTION), Step.llm(_QUESTION), Step.llm(_QUESTION)]
    assert _levels(steps)[-1] == "warn"


_PROMISE = "Frames for H-7 are waiting on the yard check. I'll check the yard log to confirm."


def test_a_promise_said_word_for_word_after_a_ping_is_acted_on() -> None:
    steps = [
        *_hive_open(),
        Step.llm(_PROMISE),
        Step.llm(_PROMISE, observation="any news on the frames?"),
        Step.llm(_PROMISE),
    ]
    assert _levels(steps)[-1] == "act"


def test_a_promise_kept_after_a_ping_is_not() -> None:
    steps = [
        *_hive_open(),
        Step.llm(_PROMISE),
        Step.llm("Checking the yard log now.", observation="any news on the frames?"),
        Step.tool_call("yards.log", {"yard": "north"}, observation='{"checked": true}'),
        Step.llm("North yard checked; frames can move."),
    ]
    assert "act" not in _levels(steps)
