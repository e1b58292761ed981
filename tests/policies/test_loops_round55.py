"""Round 55's rules (studied on the sixty-seventh set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A batch of writes over other items, where the route names the item in its path (``POST
/crates/C4-11/labels``, then ``POST /crates/C2-03/labels``), is one route called for each
item; yet the tool names differ, so ``_writes_to_a_new_item`` (which spares a write to an
item no earlier call of its tool reached) found no earlier call of "its tool", and the
acknowledgements, alike but for the echoed id, let ``reworded_repeat`` agree with the
semantic detector that the calls were alike. Calls are now of one tool when their names are
one route once each path segment holding a digit is masked (``_route``), and a segment that
differs beyond spelling (``_other_path_item``) names another item. The same item posted
again, or its id respelled (``C4-11`` / ``c4-11``), is still the same write.

HTTP's cache directives in a response's envelope ("cache-control": "private, max-age=0", then
"max-age=30") are set per response by the cache in front of the service: a value made only of
them (``_cache_directives``) is a stamp of the serving there, so a setting flipped back reads
as the same result. A payload's own cache rule is kept.

A response that goes back to what it had ("Having another look at ...", "Pulling ... back up")
says it checks again (``_RECHECK``), as "again" and "re-check" do, so re-reads of one record
with one result, announced in new words each time, are confirmed. "Back up" alone (to back
up a table) is no re-read.

A comment line above a text body ("# node=app-5 req=4462 generated ...") is a note on the
serving: its fields naming a node or of a stamp's shape are masked (``_comment_stamp``), so
an item restarted under rotating nodes reads as the same round again. And a response that
says the thing moved on ("It's progressed; checking again") after a warned poll whose
results did change no longer confirms the warning (``_results_moved``); a poll that stood
still is still confirmed.
"""

from __future__ import annotations

import json

import numpy as np
from loop_replay import replay

from policies._loops import (
    _RECHECK,
    LoopConfig,
    Step,
    _cache_directives,
    _other_path_item,
    _route,
    _writes_to_a_new_item,
)


def _label(crate: str, n: int) -> Step:
    return Step.tool_call(
        f"POST /crates/{crate}/labels",
        {"crate": crate, "hazmat": False},
        observation=(
            f"HTTP/1.1 201 Created\nDate: Mon, 04 Jan 2027 10:0{n}:1{n} GMT\n"
            f"X-Node: wh-{n % 3}\n\nprinted: true\nprinter: zebra-2\nqueue: outbound\n"
            f"crate_ref: {crate}"
        ),
    )


def _unit(k: int) -> np.ndarray:
    vector = np.zeros(16, dtype=np.float32)
    vector[k] = 1.0
    return vector


def _batch(crates: list[str]) -> list[Step]:
    steps = [Step.llm("Labelling them now.", observation="Print labels for the outbound crates.")]
    steps += [_label(c, n).with_embedding(_unit(0)) for n, c in enumerate(crates)]
    return steps


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def test_a_route_names_its_item_in_the_path() -> None:
    assert _route("POST /crates/C4-11/labels") == _route("POST /crates/C2-03/labels")
    assert _route("POST /crates/C4-11/labels") != _route("POST /crates/C4-11/notes")
    assert _route("print_label") == "print_label"


def test_another_id_in_the_path_is_another_item() -> None:
    assert _other_path_item(_label("C4-11", 0), _label("C2-03", 1))
    assert not _other_path_item(_label("C4-11", 0), _label("c4-11", 1))
    assert not _other_path_item(_label("C4-11", 0), _label("C4-11", 1))


def test_writes_over_path_ids_each_write_a_new_item() -> None:
    calls = list(enumerate([_label("C4-11", 0), _label("C2-03", 1), _label("C7-29", 2)]))
    assert all(_writes_to_a_new_item(i, s, calls) for i, s in calls[1:])


def test_the_same_path_id_written_again_is_no_new_item() -> None:
    calls = list(enumerate([_label("C4-11", 0), _label("C2-03", 1), _label("C4-11", 2)]))
    assert not _writes_to_a_new_item(2, calls[2][1], calls)


def test_a_batch_over_path_ids_is_not_acted_on() -> None:
    levels = [level for level, _ in replay(_batch(["C4-11", "C2-03", "C7-29"]), LoopConfig())]
    assert "act" not in levels


def test_one_path_id_labelled_again_and_again_is_acted_on() -> None:
    levels = [level for level, _ in replay(_batch(["C4-11"] * 5), LoopConfig())]
    assert "act" in levels


# -- cache directives in a response's envelope -------------------------------------------------


def _body(body: dict[str, object], directives: str, n: int) -> str:
    return json.dumps(
        {
            "status": 200,
            "headers": {"cache-control": directives, "age": str(3 * n), "x-trace": f"9f{n}a2c"},
            "body": body,
        }
    )


def _retune(hours: int, n: int) -> Step:
    return Step.tool_call(
        "greenhouse.zone.update",
        {"zone": "Z-3", "mist_hours": hours},
        observation=_body(
            {"mist_hours": hours, "saved": True}, f"private, max-age={(0, 30, 90)[n % 3]}", n
        ),
    )


def test_cache_directives_in_the_headers_are_the_servings() -> None:
    a = Step.tool_call("cdn.get", {"a": 1}, observation=_body({"v": 1}, "private, max-age=0", 0))
    b = Step.tool_call("cdn.get", {"a": 1}, observation=_body({"v": 1}, "public, s-maxage=30", 1))
    assert a.observation_key == b.observation_key
    assert _cache_directives("private, max-age=0")
    assert not _cache_directives("max-age=0, text")


def test_cache_directives_in_the_payload_are_the_answer() -> None:
    def read(directives: str) -> Step:
        return Step.tool_call(
            "cdn.rule.get", {"rule": "R-9"}, observation=json.dumps({"cache_control": directives})
        )

    assert read("max-age=60").observation_key != read("max-age=600").observation_key


def test_a_setting_flipped_back_under_changing_cache_headers_is_acted_on() -> None:
    steps = [Step.llm("On it.", observation="Set the misting for zone Z-3.")]
    for n in range(4):
        steps += [_retune((4, 6)[n % 2], n), Step.llm(("Four hours.", "Six hours.")[n % 2])]
    assert "act" in _levels(steps)


def test_settings_tried_once_each_under_changing_cache_headers_are_not() -> None:
    steps = [Step.llm("On it.", observation="Set the misting for zone Z-3.")]
    for n, hours in enumerate((2, 4, 6, 8)):
        steps += [_retune(hours, n), Step.llm(f"{hours} hours set; next.")]
    assert "act" not in _levels(steps)


# -- going back to a record, said in other words -----------------------------------------------


def _bout() -> Step:
    return Step.tool_call(
        "league.bouts.get",
        {"bout": "BT-3310"},
        observation='<r id="a1f09c2e" t="1797001234"><ring>2</ring><rounds>3</rounds></r>',
    )


def test_going_back_to_a_record_in_other_words_is_acted_on() -> None:
    steps = [
        Step.llm("Sure.", observation="Check the ring and rounds for bout BT-3310."),
        Step.llm("Opening bout BT-3310 again to confirm the ring."),
        _bout(),
        Step.llm("I'll recheck the rounds recorded on BT-3310."),
        _bout(),
        Step.llm("Pulling BT-3310 back up, I need the ring number."),
        Step.llm("Having another look at BT-3310 for the rounds."),
    ]
    assert "act" in _levels(steps)


def test_another_look_at_each_new_record_is_not() -> None:
    steps = [Step.llm("Sure.", observation="Check the ring for bouts BT-3310 to BT-3313.")]
    for n in range(4):
        steps += [
            Step.llm(f"Having another look, at BT-331{n} this time."),
            Step.tool_call(
                "league.bouts.get",
                {"bout": f"BT-331{n}"},
                observation=f"<r><bout>BT-331{n}</bout><ring>{n}</ring></r>",
            ),
        ]
    assert "act" not in _levels(steps)


def test_backing_up_is_not_going_back() -> None:
    assert _RECHECK.search("pulling bt-3310 back up, i need the ring.")
    assert _RECHECK.search("having another look at bt-3310.")
    assert not _RECHECK.search("i'll back up the bouts table first.")


# -- a comment line of the serving above a text body -------------------------------------------


def _noted(body: str, n: int) -> str:
    return f"# node=hub-app-{n % 4 + 1} req={6100 + 9 * n} generated 03/02/2027 08:1{n}:00\n{body}"


def _restart(n: int) -> list[Step]:
    return [
        Step.tool_call(
            "Kennel.CheckIn",
            {"dog": "DG-4417", "run": 3},
            observation=_noted("OK checked in DG-4417", 2 * n),
        ),
        Step.tool_call(
            "Vet.BookJab",
            {"dog": "DG-4417", "clinic": "Ware"},
            observation=_noted("NO SLOTS clinic=Ware window=7d", 2 * n + 1),
        ),
        Step.llm("Let me restart this dog from the first step."),
    ]


def test_a_rotating_node_in_a_comment_line_is_masked() -> None:
    a = Step.tool_call("x.get", {"a": 1}, observation=_noted("OK 4 rows", 0))
    b = Step.tool_call("x.get", {"a": 1}, observation=_noted("OK 4 rows", 1))
    c = Step.tool_call("x.get", {"a": 1}, observation=_noted("OK 5 rows", 1))
    assert a.observation_key == b.observation_key
    assert b.observation_key != c.observation_key


def test_a_restarted_item_under_rotating_nodes_is_acted_on() -> None:
    steps = [Step.llm("On it.", observation="Check DG-4417 in and book its jab.")]
    steps += [*_restart(0)[:2], Step.llm("That didn't go through; redoing it from the start.")]
    steps += _restart(1)
    assert "act" in _levels(steps)


def test_items_checked_in_one_after_another_under_rotating_nodes_are_not() -> None:
    steps = [Step.llm("On it.", observation="Check in today's dogs.")]
    for n in range(5):
        dog = f"DG-44{10 + n}"
        steps.append(
            Step.tool_call(
                "Kennel.CheckIn",
                {"dog": dog, "run": 3},
                observation=_noted(f"OK checked in {dog}", n),
            )
        )
    assert "act" not in _levels(steps)


def _order(state: str, n: int) -> Step:
    return Step.tool_call(
        "Press.OrderStatus",
        {"order": "PR-2290"},
        observation=_noted(f"PR-2290 status={state} shipped=-", n),
    ).with_embedding(_unit(0))


def test_going_again_after_a_poll_that_moved_and_saying_so_is_no_confirmation() -> None:
    steps = [Step.llm("Checking.", observation="Tell me when order PR-2290 ships.")]
    steps += [_order(s, n) for n, s in enumerate(("QUEUED", "INKED", "INKED"))]
    steps.append(Step.llm("It's progressed; checking again shortly."))
    assert "act" not in [level for level, _ in replay(steps, LoopConfig())]


def test_going_again_after_a_poll_that_stood_still_is_confirmation() -> None:
    steps = [Step.llm("Checking.", observation="Tell me when order PR-2290 ships.")]
    steps += [_order("INKED", n) for n in range(3)]
    steps.append(Step.llm("It's progressed; checking again shortly."))
    assert "act" in [level for level, _ in replay(steps, LoopConfig())]
