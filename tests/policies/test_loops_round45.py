"""Round 45's rule (studied on the fifty-sixth set after its one unseen measurement), with a
look-alike of progress it spares and a loop it catches.

Some servers mint an id for each call they answer: a screening, a lookup or a run is logged
each time it is asked for, and the answer names it ("check_id": "FC-40213"). The same call
with the same arguments, made again and again, then answers the same in every field but that
id, which is new on every call. The id was minted for the call, not a change in the thing
asked about, so the answers are the same result (``action_observation``): four such calls
warn, and a fifth confirms, as ever. A status, a count or a reading that moves between the
calls is progress (a poll to completion), however new its ids; an id seen again (answers that
name a few records in turn) is no id minted per call, and the answers differ.

A balancer sends the same question to one replica or another, and the answer names the one
that served it in its envelope: a field the envelope marks as its own ("_server",
"_served_by") or a header a cache adds ("x-served-by"). That name says nothing about the
thing asked about, as a request id does not: reading the same state through two replicas is
the same result. Unmarked, "host" or "server" may be the record's own (the host a service
runs on), and is kept, so a listing of services on different hosts still differs.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _canonical_json, _minted_ids_only

ASK = "Run the fraud check on order 88412 before we ship it."


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _check(check_id: str, status: str = "COMPLETE", score: int = 12) -> Step:
    result = {
        "data": {"risk": "low", "score": score, "status": status, "check_id": check_id},
        "meta": {"request_id": "req_" + check_id.lower().replace("-", ""), "took_ms": 210},
    }
    return Step.tool_call(
        "fraud_check",
        {"order": "88412", "rules": ["velocity", "geo"]},
        observation=json.dumps(result),
    )


def test_the_same_check_answered_with_a_new_minted_id_each_time_is_a_loop() -> None:
    steps = [Step.llm("Running the check.", observation=ASK)]
    steps += [_check(f"FC-{40213 + 7919 * k}") for k in range(6)]
    levels = _levels(steps)
    # The fourth call warns; the fifth confirms.
    assert levels[:5] == ["none"] * 4 + ["warn"]
    assert levels[5] == "act"


def test_a_poll_whose_status_moves_is_progress_however_new_its_ids() -> None:
    steps = [Step.llm("Running the check.", observation=ASK)]
    statuses = ("QUEUED", "RUNNING", "RUNNING", "SCORING", "REVIEW", "COMPLETE")
    steps += [_check(f"FC-{40213 + 7919 * k}", s, 10 + k) for k, s in enumerate(statuses)]
    assert "act" not in _levels(steps)


def test_only_ids_new_on_every_call_are_minted() -> None:
    def key(check_id: str, score: int = 12) -> str:
        return "ok:" + json.dumps({"check_id": check_id, "risk": "low", "score": score})

    assert _minted_ids_only([key("fc-1"), key("fc-2"), key("fc-3")])
    # A count that moves: progress, not the same answer.
    assert not _minted_ids_only([key("fc-1", 12), key("fc-2", 13), key("fc-3", 14)])
    # An id seen again: the answer names one of a few records in turn.
    assert not _minted_ids_only([key("fc-1"), key("fc-2"), key("fc-1")])
    # A field not keyed as an id.
    other = ["ok:" + json.dumps({"owner": o, "risk": "low"}) for o in ("ann", "bob", "cy")]
    assert not _minted_ids_only(other)
    # Nothing but the id: nothing said again.
    assert not _minted_ids_only(["ok:" + json.dumps({"id": i}) for i in ("a1", "b2", "c3")])


def _reading(server: str, stock: int = 40, key: str = "_served_by") -> Step:
    result = {key: server, "item": "SKU-2231", "stock": stock, "bin": "A-14"}
    return Step.tool_call("wms_stock", {"sku": "SKU-2231"}, observation=json.dumps(result))


def test_the_same_reading_served_by_another_replica_each_time_is_a_loop() -> None:
    steps = [Step.llm("Checking stock.", observation="Is SKU-2231 back in stock yet?")]
    steps += [_reading(f"stock-api-{k % 3}") for k in range(6)]
    levels = _levels(steps)
    assert levels[:5] == ["none"] * 4 + ["warn"]
    assert levels[5] == "act"


def test_a_reading_that_moves_through_replicas_is_progress() -> None:
    steps = [Step.llm("Checking stock.", observation="Is SKU-2231 back in stock yet?")]
    steps += [_reading(f"stock-api-{k % 3}", 40 + 25 * k) for k in range(6)]
    assert "act" not in _levels(steps)


def test_only_a_marked_envelope_field_naming_the_server_is_dropped() -> None:
    assert "_server" not in _canonical_json('{"_server": "api-2", "n": 1}')
    assert "x-served-by" not in _canonical_json('{"x-served-by": "cache-fra-1", "n": 1}')
    # The record's own host, unmarked: kept.
    assert "db-7" in _canonical_json('{"host": "db-7", "service": "billing"}')
