"""Round 48's rules (studied on the fifty-ninth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

``regenerate`` tells a call that produces something (a draft, a plan) from one that reads
state by the tool's name: after a producer the agent needs no "again" to be asking for one
more, after a read it does. Tools offered by a server come under its namespace
("fleet.get_position", "billing/list_invoices"), and the name's first word was then the
namespace, so every namespaced read counted as a producer, and a status polled until it
changed, each reading passed on in a short line ("3 of 14 done.", "Wash 1."), was taken for
outputs rejected one after another. The tool's own name, after the last "." or "/", now says
whether it reads. An agent that asks again after each read is still told.

Round 47 knew an envelope's member by a name the protocols reserve ("meta", "headers"). This
set put the serving beside the payload under names of its own ("responseInfo", "header"),
with a lock version and a duration that change on every call. An object beside the payload
that holds nothing but stamps (a host's name or a hex id, with timestamps and bare numbers)
is now the envelope's and is dropped whole, whatever its key. An object with a word of the
answer in it, or numbers alone (a tally), or a timestamp as its only stamp, is kept.

A figure the server reads afresh on every call (the open items across a whole site, the
units reporting right now) wanders around a level while the answer asked for stands. The
same call answered alike but for numbers, each of which goes both up and down over the
calls, is the same answer asked for again (``action_observation``). A count that runs one
way, or a state word that changes, is a poll to completion.

``idle_talk`` counts a short "and?" between short responses as a ping, a person asking after
progress, and two pings stall the talk however little the responses repeat. A person who
takes a write-up down part by part asks "and?" too, and each response then opens with a
section's own label ("Cause: ...", "Fix: ...", "Follow-up: ..."). Responses that say little
again, each under a label none of the others has, are that write-up, not a stall; a stall
reports under one label again and again ("Status: ...").

When the semantic detector finds the last calls alike, ``reworded_repeat`` agrees if they
brought back nothing earlier results had not said. A write's acknowledgement ("held": true)
says the same thing every time, so a hold and a release worked down a list of items, each
call naming an item no call of its tool had named, looked stale. Calls that each write to a
new item are now never stale for that agreement (tested on the helper: the agreement needs
the real model's embeddings to be reached); the same item written again still may be.

Two stamps of this set had no shape the detectors knew. A replica's name whose last part is
letters and digits handed out by the fleet ("ledger-api-7f3a") is now a host's name, as one
with a number last is; a word last ("pre-check") is not. And a status line before a JSON body,
"OK trace=… host=… dur=419ms", is a run of stamps: "ok" (a status line's success) and "dur" (a
duration's short label) join the words a stamp may hold.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _writes_to_a_new_item


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _crane_opening() -> list[Step]:
    return [
        Step.llm(
            "Checking the crane lift permit first.",
            observation="Lift L-77 at pier 4 needs its rigging inspection signed off. Watch it.",
        ),
    ]


def _inspection(state: str, signed: int) -> str:
    return json.dumps({"lift": "L-77", "state": state, "items_signed": signed, "items": 9})


def test_a_namespaced_read_polled_and_reported_as_it_moves_is_progress() -> None:
    readings = [("open", 2), ("open", 5), ("open", 8), ("signed", 9)]
    steps = _crane_opening()
    for state, signed in readings:
        steps += [
            Step.tool_call(
                "yard.get_inspection", {"lift": "L-77"}, observation=_inspection(state, signed)
            ),
            Step.llm(f"{signed} of 9 items signed."),
        ]
    assert set(_levels(steps)) == {"none"}


def test_a_namespaced_read_asked_again_after_each_result_is_still_caught() -> None:
    steps = _crane_opening()
    for state, signed in [("open", 2), ("open", 5), ("open", 3), ("open", 6)]:
        steps += [
            Step.tool_call(
                "yard.get_inspection", {"lift": "L-77"}, observation=_inspection(state, signed)
            ),
            Step.llm("That can't be right, let me try that again."),
        ]
    assert "act" in _levels(steps)


def _berth_opening() -> list[Step]:
    return [
        Step.llm(
            "Looking up the berth booking.",
            observation="Is the berth for the Kestrel confirmed for Thursday?",
        ),
    ]


def _served(booking: dict[str, object], n: int) -> str:
    """A booking beside an object of the serving's stamps, all new on call ``n``."""
    return json.dumps(
        {
            "booking": booking,
            "serviceInfo": {
                "node": f"berths-api-{n % 4 + 1}",
                "callId": f"{(n * 48271) % 65536:04x}9e{n}d",
                "costMillis": 120 + 53 * n,
                "rowVersion": 17 + (n * 5) % 11,
                "servedAt": f"2026-03-0{n % 9 + 1}T10:1{n % 10}:00Z",
            },
        }
    )


BOOKING = {"vessel": "Kestrel", "berth": "B4", "day": "Thursday", "state": "pending"}


def test_the_same_booking_beside_a_new_object_of_stamps_is_the_same_answer() -> None:
    steps = [
        *_berth_opening(),
        *(
            Step.tool_call("berths_get", {"vessel": "Kestrel"}, observation=_served(BOOKING, n))
            for n in range(5)
        ),
    ]
    assert _levels(steps)[-1] == "act"


def test_a_booking_that_moves_beside_the_stamps_is_progress() -> None:
    states = ["pending", "reviewed", "approved", "confirmed"]
    steps = [*_berth_opening()]
    for n, state in enumerate(states):
        steps.append(
            Step.tool_call(
                "berths_get",
                {"vessel": "Kestrel"},
                observation=_served({**BOOKING, "state": state}, n),
            )
        )
    assert set(_levels(steps)) == {"none"}


def test_a_dated_tally_beside_the_payload_is_kept() -> None:
    # A timestamp is no stamp's shape: the tally it dates is the answer's, and it moves.
    steps = [*_berth_opening()]
    for n in range(5):
        body = {
            "booking": BOOKING,
            "queue": {"asOf": f"2026-03-02T10:1{n}:00Z", "ahead": 6 - n},
        }
        steps.append(
            Step.tool_call("berths_get", {"vessel": "Kestrel"}, observation=json.dumps(body))
        )
    assert set(_levels(steps)) == {"none"}


def _gauge_opening() -> list[Step]:
    return [
        Step.llm(
            "Checking the reservoir gate order.",
            observation="Has gate 3 at the Lindell dam been opened yet?",
        ),
    ]


def test_a_figure_that_wanders_while_the_answer_stands_is_the_same_answer() -> None:
    inflow = [412, 398, 420, 405, 416]
    steps = [*_gauge_opening()]
    for cms in inflow:
        body = {"gate": 3, "state": "closed", "basin_inflow_cms": cms}
        steps.append(Step.tool_call("dam_gate", {"gate": 3}, observation=json.dumps(body)))
    assert _levels(steps)[-1] == "act"


def test_a_figure_that_runs_one_way_is_a_poll_to_completion() -> None:
    opened = [10, 25, 40, 70, 100]
    steps = [*_gauge_opening()]
    for pct in opened:
        body = {"gate": 3, "state": "opening" if pct < 100 else "open", "open_pct": pct}
        steps.append(Step.tool_call("dam_gate", {"gate": 3}, observation=json.dumps(body)))
    assert set(_levels(steps)) == {"none"}


def _notes_opening() -> list[Step]:
    return [
        Step.llm(
            "Pulling up the outage log for feeder 12.",
            observation="Write up last night's feeder 12 trip for the morning meeting.",
        ),
    ]


def test_a_write_up_given_section_by_section_on_and_is_progress() -> None:
    parts = [
        "Cause: a squirrel bridged the B-phase bushing on pole 4411 at 02:14.",
        "Restoration: crew swapped the bushing and re-energised at 03:40, 212 customers out.",
        "Follow-up: guard kits ordered for the three poles left on that span.",
    ]
    steps = [*_notes_opening()]
    for n, text in enumerate(parts):
        steps.append(Step.llm(text, observation="" if n == 0 else "and?"))
    assert set(_levels(steps)) == {"none"}


def test_a_status_said_again_under_one_label_on_and_is_still_a_stall() -> None:
    said = [
        "Status: the crew is still on the way to pole 4411.",
        "Status: still on the way, nothing from the crew yet.",
        "Status: still waiting on the crew at pole 4411.",
        "Status: the crew is still on the way, no word yet.",
    ]
    steps = [*_notes_opening()]
    for n, text in enumerate(said):
        steps.append(Step.llm(text, observation="" if n == 0 else "and?"))
    assert "act" in _levels(steps)


def _lot_calls(items: list[str]) -> list[tuple[int, Step]]:
    calls = []
    for item in items:
        calls.append(Step.tool_call("qa.quarantine", {"lot": item}, observation='{"held": true}'))
        calls.append(Step.tool_call("qa.recheck", {"lot": item}, observation='{"queued": true}'))
    return list(enumerate(calls, start=1))


def test_writes_worked_down_a_list_of_items_each_reach_a_new_item() -> None:
    # The agreement of reworded_repeat (_told_nothing_new) takes no such call as stale.
    tools = _lot_calls(["LOT-88.1", "LOT-88.2", "LOT-88.3"])
    assert all(_writes_to_a_new_item(i, s, tools) for i, s in tools[2:])


def test_the_same_item_written_again_reaches_no_new_item() -> None:
    tools = _lot_calls(["LOT-88.1", "LOT-88.2", "LOT-88.1"])
    assert not any(_writes_to_a_new_item(i, s, tools) for i, s in tools[4:])


def test_a_read_of_a_new_item_is_no_write() -> None:
    reads = [
        (n, Step.tool_call("qa.get_lot", {"lot": f"LOT-88.{n}"}, observation='{"ok": true}'))
        for n in range(1, 4)
    ]
    assert not any(_writes_to_a_new_item(i, s, reads) for i, s in reads)


def _ledger(n: int, state: str, served: bool) -> str:
    body: dict[str, object] = {"entry": {"account": "GL-4410", "state": state, "amount": 918.4}}
    if served:
        body["served_by"] = f"ledger-api-{(n * 40503) % 65536:04x}"
    return json.dumps(body)


def _ledger_opening() -> list[Step]:
    return [
        Step.llm(
            "Checking the journal entry.",
            observation="Has the accrual on GL-4410 been posted yet?",
        ),
    ]


def test_a_replica_named_by_letters_and_digits_is_a_stamp() -> None:
    steps = [
        *_ledger_opening(),
        *(
            Step.tool_call(
                "gl_entry", {"account": "GL-4410"}, observation=_ledger(n, "draft", n % 2 == 0)
            )
            for n in range(5)
        ),
    ]
    assert _levels(steps)[-1] == "act"


def test_a_state_with_a_word_last_beside_the_payload_still_moves() -> None:
    steps = [*_ledger_opening()]
    for stage in ["pre-check", "in-review", "sign-off", "post-close"]:
        body = {"entry": {"account": "GL-4410", "amount": 918.4}, "stage": stage}
        steps.append(
            Step.tool_call("gl_entry", {"account": "GL-4410"}, observation=json.dumps(body))
        )
    assert set(_levels(steps)) == {"none"}


def _status_line(n: int, body: dict[str, object]) -> str:
    return (
        f"OK trace={(n * 7919) % 65536:04x}a1b2c3 at=2026-05-0{n + 1}T09:1{n}:00Z "
        f"host=kiln-app{n % 3 + 1} dur={90 + 41 * n}ms\n{json.dumps(body)}"
    )


def test_the_same_body_under_a_new_status_line_each_time_is_the_same_answer() -> None:
    steps = [
        Step.llm("Reading the kiln.", observation="Is kiln 2 down to unloading temperature?"),
        *(
            Step.tool_call(
                "kiln.get_state",
                {"kiln": 2},
                observation=_status_line(n, {"kiln": 2, "phase": "cooling", "door": "shut"}),
            )
            for n in range(5)
        ),
    ]
    assert _levels(steps)[-1] == "act"


def test_a_body_that_moves_under_the_status_line_is_progress() -> None:
    steps = [Step.llm("Reading the kiln.", observation="Is kiln 2 down to unloading temperature?")]
    for n, phase in enumerate(["firing", "soak", "cooling", "unload"]):
        body = {"kiln": 2, "phase": phase, "door": "shut"}
        steps.append(
            Step.tool_call("kiln.get_state", {"kiln": 2}, observation=_status_line(n, body))
        )
    assert set(_levels(steps)) == {"none"}
