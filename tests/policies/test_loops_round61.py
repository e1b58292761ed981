"""Round 61's rules (studied on the seventy-third set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A checklist walked through under one set opener ("Before I change the booking I want to be
sure about the deposit. ..." / "... about the room. ..."): the opener puts the agent and its
one record in every response, which read as one subject kept and little new said; set aside,
each response's rest names an item of its own and a fact about it
(``_opener_then_new_items``, in ``idle_talk``'s three readings). The same opener with the same
item said again, or a stall in the frame, is still caught.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import LoopConfig, Step, _opener_then_new_items


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


_OPENER = "Before I change BK-2207 I want to be sure about the"
_ITEMS = (
    "deposit. The card was charged 120 on Monday and the receipt matches.",
    "room size. The hall seats 40 and the party is 32 guests.",
    "catering slot. Kitchen staff start at 17:00, an hour before doors.",
    "parking permits. Six bays are held under the organiser's name.",
    "cancellation terms. Full refund ends 14 days before the date.",
)


def _walkthrough(items: tuple[str, ...]) -> list[Step]:
    steps = [
        Step.llm(
            "I'll open the booking and check what needs changing.",
            observation="Move the Ferris party booking to the larger hall, please.",
        ),
        Step.tool_call(
            "bookings/get",
            {"id": "BK-2207"},
            observation='{"id": "BK-2207", "hall": "small", "guests": 32, "state": "held"}',
        ),
    ]
    steps += [Step.llm(f"{_OPENER} {item}") for item in items]
    return steps


def test_checklist_under_one_opener_is_spared() -> None:
    steps = _walkthrough(_ITEMS)
    assert "act" not in _levels(steps)
    assert "idle_talk" not in _fired(steps)


def test_checklist_under_one_opener_unit() -> None:
    tail = list(enumerate(Step.llm(f"{_OPENER} {item}") for item in _ITEMS[:3]))
    assert _opener_then_new_items(tail)


def test_same_item_said_again_under_the_opener_is_caught() -> None:
    again = (
        "deposit. The deposit has not cleared yet.",
        "deposit. Still no sign the deposit cleared.",
        "deposit. The deposit is not showing as cleared.",
        "deposit. No deposit cleared so far.",
    )
    steps = _walkthrough(again)
    assert "idle_talk" in _fired(steps)
    tail = list(enumerate(Step.llm(f"{_OPENER} {item}") for item in again[:3]))
    assert not _opener_then_new_items(tail)


def test_stall_in_one_frame_is_caught() -> None:
    steps = _walkthrough(
        (
            "deposit. Still waiting on it.",
            "deposit. Still waiting, almost there.",
            "deposit. Still waiting on it, nearly done.",
            "deposit. Still waiting.",
        )
    )
    assert "idle_talk" in _fired(steps)


def test_short_opener_is_no_frame() -> None:
    # Three words in common ("I checked the ...") are no set opener: the rule does not apply.
    tail = list(
        enumerate(
            Step.llm(t)
            for t in (
                "I checked the deposit: charged 120, receipt matches.",
                "I checked the room: seats 40 for 32 guests.",
                "I checked the kitchen: staff start at 17:00.",
            )
        )
    )
    assert not _opener_then_new_items(tail)


def _log(host: str, req: str, lines: list[str], second: int = 8) -> str:
    return "\n".join(
        f"2026-08-02T19:00:{second:02d}.205Z host={host} req={req} INFO {line}" for line in lines
    )


def test_log_header_serving_fields_dropped() -> None:
    from policies._loops import _result_key

    a = _result_key(_log("ops-2", "a70c2d9e51", ["id=P-15", "state=open"]))
    b = _result_key(_log("ops-3", "6f18e03b72", ["id=P-15", "state=open"], second=18))
    assert a == b
    assert "ops-" not in a


def test_log_header_host_alone_kept() -> None:
    # A host with no request number beside it may be what the record is about: kept.
    from policies._loops import _result_key

    a = _result_key("2026-08-02T19:00:08Z host=ops-2 INFO id=P-15 state=open")
    b = _result_key("2026-08-02T19:00:18Z host=ops-3 INFO id=P-15 state=open")
    assert a != b


def test_log_header_message_changes_kept() -> None:
    from policies._loops import _result_key

    a = _result_key(_log("ops-2", "a70c2d9e51", ["id=P-15", "state=open"]))
    b = _result_key(_log("ops-3", "6f18e03b72", ["id=P-15", "state=closed"], second=18))
    assert a != b


def test_same_log_read_from_other_hosts_is_caught() -> None:
    steps = [Step.llm("Reading plot P-15 before changing it.")]
    for n, (host, req) in enumerate(
        (("ops-2", "e1a3"), ("ops-3", "25b1"), ("ops-3", "40c7"), ("ops-1", "77d2"))
    ):
        steps.append(Step.llm("I'll fetch plot P-15 and read its state before changing anything."))
        steps.append(
            Step.tool_call(
                "plots/show",
                {"id": "P-15"},
                observation=_log(host, req + "b127", ["id=P-15", "state=open"], second=8 + 10 * n),
            )
        )
    assert "act" in _levels(steps)


def test_log_read_as_it_changes_is_spared() -> None:
    steps = [Step.llm("Watching plot P-15 fill.")]
    for n, (host, state) in enumerate((("ops-2", "filling"), ("ops-3", "half"), ("ops-3", "full"))):
        steps.append(Step.llm("I'll fetch plot P-15 and read its state before changing anything."))
        steps.append(
            Step.tool_call(
                "plots/show",
                {"id": "P-15"},
                observation=_log(host, f"{n}e1ab127", ["id=P-15", f"state={state}"], 8 + 10 * n),
            )
        )
    assert "act" not in _levels(steps)


def _report(body: str, when: str, node: str, run: str) -> str:
    return f"id,state,qty\n{body}\n# generated 2026-04-02T07:{when}Z by {node} job={run}"


def test_generation_footer_masked() -> None:
    from policies._loops import _result_key

    a = _result_key(_report("P-15,held,4", "00:13.303", "queue-5", "wq7Tn2Lp"))
    b = _result_key(_report("P-15,held,4", "03:03.265", "queue-2", "hRtKmWqa"))
    assert a == b
    assert "queue-" not in a


def test_generation_footer_body_change_kept() -> None:
    from policies._loops import _result_key

    a = _result_key(_report("P-15,held,4", "00:13.303", "queue-5", "wq7Tn2Lp"))
    b = _result_key(_report("P-15,cut,4", "03:03.265", "queue-2", "hRtKmWqa"))
    assert a != b


def test_footer_without_time_kept() -> None:
    # A last comment line with no clock time is no generation note: kept as it is.
    from policies._loops import _result_key

    a = _result_key("id,state\nP-15,held\n# see queue-5 run=wq7Tn2Lp")
    b = _result_key("id,state\nP-15,held\n# see queue-2 run=hRtKmWqa")
    assert a != b


def test_same_report_in_rotation_is_caught() -> None:
    steps = [Step.llm("Checking the order, its cut list and the stock.")]
    runs = iter(("wq7Tn2Lp", "Zp3Kx8Vb", "Yt6Rw1Qc", "hRtKmWqa", "Nd4Hs9Gm", "Pv2Lj7Fe"))
    for n in range(3):
        for tool, body in (("order/show", "P-15,held,4"), ("stock/get", "P-15,none,0")):
            obs = _report(body, f"0{n}:{10 + n}.100", f"queue-{n + 1}", next(runs))
            steps.append(Step.tool_call(tool, {"id": "P-15"}, observation=obs))
    assert "act" in _levels(steps)


def test_report_polled_as_it_changes_is_spared() -> None:
    steps = [Step.llm("Started the cut; polling it.")]
    runs = iter(("wq7Tn2Lp", "Zp3Kx8Vb", "Yt6Rw1Qc", "hRtKmWqa"))
    for n, state in enumerate(("queued", "nesting", "cutting", "done")):
        obs = _report(f"P-15,{state},4", f"0{n}:{10 + n}.100", f"queue-{n + 1}", next(runs))
        steps.append(Step.tool_call("cut/status", {"id": "P-15"}, observation=obs))
    assert "act" not in _levels(steps)
