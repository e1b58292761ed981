"""Round 50's rules (studied on the sixty-first set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A result's envelope may stamp the serving in fields that no earlier rule knew by shape: the
node that served it under a name whose digits stand in the middle or in capitals
("relay-03.north", "vault-B2"), when it was served as a whole timestamp or an epoch beside the
payload ("issuedAt": "2026-...T...Z", "clock": 1790000000), and the request's reference under
its own name ("requestRef"). Each changes on every call, so the same answer fetched again never
looked the same, and identical calls, first pages fetched again and rewritten searches went
unwarned. Such a field is now dropped by its class of value (a node's name, a whole
timestamp, an epoch) wherever the envelope's fields stand: in an envelope member, under a key
marked as the envelope's own, or at the top beside a payload object. A poll whose status moves
inside the payload, and a dated tally with no payload beside its date (the date is the
answer's), are kept as they are.

An HTTP message may come folded as a client logs it: the status and its headers on one line,
joined by " | ", and the body on the next line. It is now read as the message it is, its
stamp headers dropped as in any HTTP message of success, so three calls that cycle through
the same answers are a cycle. Paging that brings new items under the same folded header is
still new.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _canonical_json


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _opening() -> list[Step]:
    return [
        Step.llm(
            "Checking the beehive register.",
            observation="How many frames did hive 12 have at the last inspection?",
        )
    ]


def _hive_answer(n: int, frames: int, state: str) -> str:
    return json.dumps(
        {
            "hive": {"id": "HV-12", "frames": frames, "state": state},
            "node": f"relay-0{n % 3 + 1}.north",
            "issuedAt": f"2026-04-0{n + 1}T09:1{n}:05Z",
            "clock": 1790000000 + 97 * n,
            "requestRef": f"Q{734512 + 8311 * n}",
        }
    )


def _reads(answers: list[str]) -> list[Step]:
    steps = _opening()
    for answer in answers:
        steps.append(Step.tool_call("apiary.get_hive", {"hive": "HV-12"}, observation=answer))
    return steps


def test_the_same_answer_under_new_node_time_and_reference_is_a_loop() -> None:
    levels = _levels(_reads([_hive_answer(n, 9, "queenright") for n in range(4)]))
    assert "act" in levels or "warn" in levels


def test_a_poll_whose_state_moves_under_the_same_envelope_is_progress() -> None:
    states = [(9, "queenless"), (9, "requeened"), (10, "queenright"), (11, "brood_seen")]
    answers = [_hive_answer(n, frames, state) for n, (frames, state) in enumerate(states)]
    assert set(_levels(_reads(answers))) == {"none"}


def test_the_envelope_stamps_are_dropped_by_their_class() -> None:
    one = _canonical_json(_hive_answer(0, 9, "queenright"))
    two = _canonical_json(_hive_answer(2, 9, "queenright"))
    assert one == two
    marked = '{"data": {"n": 4}, "_meta": {"at": "2026-04-01T09:10:05Z", "site": "vault-B2"}}'
    again = '{"data": {"n": 4}, "_meta": {"at": "2026-04-01T09:12:44Z", "site": "vault-C7"}}'
    assert _canonical_json(marked) == _canonical_json(again)


def test_a_dated_tally_keeps_its_date_and_a_state_word_is_kept() -> None:
    tally = '{"counted": 41, "closed": "2026-04-01T18:00:00Z"}'
    later = '{"counted": 41, "closed": "2026-04-02T18:00:00Z"}'
    assert _canonical_json(tally) != _canonical_json(later)
    state = '{"hive": {"id": "HV-12"}, "phase": "in-progress"}'
    assert "in-progress" in _canonical_json(state)


def _folded(n: int, body: dict[str, object]) -> str:
    head = (
        f"HTTP/1.1 200 OK | x-request-id: 5be{n}10a2-77c{n} | x-ratelimit-remaining: "
        f"{500 - 3 * n} | date: 2026-04-01T10:{10 + n}:00Z"
    )
    return head + "\n" + json.dumps(body)


def test_a_cycle_of_three_under_folded_http_headers_is_a_loop() -> None:
    bodies = [
        ("apiary.get_hive", {"hive": "HV-12"}, {"hive": "HV-12", "frames": 9}),
        ("apiary.search", {"q": "hive 12 inspections"}, {"hits": 2, "ids": ["I-1", "I-2"]}),
        ("apiary.get_job", {"job": "J-7"}, {"job": "J-7", "state": "running", "pct": 40}),
    ]
    steps = _opening()
    for n in range(9):
        tool, args, body = bodies[n % 3]
        steps.append(Step.tool_call(tool, args, observation=_folded(n, body)))
    assert "act" in _levels(steps)


def test_paging_that_brings_new_items_under_folded_headers_is_progress() -> None:
    steps = _opening()
    for n in range(5):
        body = {"page": n + 1, "items": [f"I-{3 * n + k}" for k in range(3)]}
        steps.append(
            Step.tool_call("apiary.list_inspections", {"page": n + 1}, observation=_folded(n, body))
        )
    assert set(_levels(steps)) == {"none"}
    assert _canonical_json(_folded(1, {"a": 1})) == _canonical_json(_folded(4, {"a": 1}))


def _tank_run(tanks: list[str], say_id: bool) -> list[Step]:
    steps = [
        Step.llm(
            "Reading the aquarium's tanks.",
            observation="Check each reef tank's salinity reading from this morning.",
        )
    ]
    for n, tank in enumerate(tanks):
        steps.append(
            Step.tool_call(
                "aqua.get_tank",
                {"tank": tank},
                observation=json.dumps({"tank": tank, "target_ppt": 35, "ppt": 31 + n % 2}),
            )
        )
        name = f"Tank {tank}" if say_id else "That tank"
        steps.append(Step.llm(f"{name} read: salinity at 35 ppt."))
    return steps


def test_a_batch_that_names_each_record_in_one_template_is_progress() -> None:
    tanks = ["RT-104", "RT-117", "RT-121", "RT-130", "RT-142"]
    assert "act" not in _levels(_tank_run(tanks, say_id=True))


def test_the_same_figure_without_naming_the_new_record_is_still_a_loop() -> None:
    # (The same figure from other calls, nothing new said: the "one fact found again".)
    steps = [
        Step.llm("Checking the tank.", observation="What is reef tank RT-104's salinity?"),
    ]
    for n, tool in enumerate(["aqua.get_tank", "aqua.read_probe", "aqua.get_log", "aqua.audit"]):
        steps.append(
            Step.tool_call(
                tool,
                {"tank": "RT-104", "src": f"s{n}"},
                observation=json.dumps({"tank": "RT-104", "ppt": 35, "n": 40 + 7 * n}),
            )
        )
        steps.append(Step.llm("Salinity is 35 ppt again."))
    assert "act" in _levels(steps) or "warn" in _levels(steps)
