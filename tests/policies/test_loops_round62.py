"""Round 62's rules (studied on the seventy-fourth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

- A write-up given section by section under a running header ("Writing up the outage for
  the owner. Cause: ..." / "... Timeline: ..."): the header announces the work, and each
  response delivers a section of its own (``_own_sections`` reads the label after the
  header, ``_running_header``; ``_promises_again`` spares it).
- A one-line ``key=value`` record with a quoted value, a clock age and a gateway's stamps
  (``_canonical_record``: ``_QUOTED_FIELD``, ``_age_masked``, ``gw`` / ``corr`` in
  ``_SERVING_KEY`` / ``_TRANSACTION_KEY``), indexed keys (``items[0].id=``), a report's
  footer in parentheses naming the server (``api=``), and a meta block's replica line
  beside its trace and time dropped (``trace`` in ``_TRANSACTION_KEY``; an indented line in
  ``_without_envelope``).
- The same question put to a person through a tool, answered yes each time in other words
  (``_leave_asked_again``, in ``action_observation``).
- Edit, check, edit back, check with one tool that takes the operation as an argument
  (``_return_to_state``).
- The same plan laid out again after each re-read of one record (``_replans_over_reread``;
  ``_is_plan`` reads a bulleted list under a heading).
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import (
    LoopConfig,
    Step,
    _is_plan,
    _own_sections,
    _result_key,
    _running_header,
)


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


# ---- a write-up under a running header ------------------------------------------------------

_HEADER = "Writing up the outage on line 4 for the plant manager."
_SECTIONS = (
    "Cause: the feed pump tripped on low suction after the strainer clogged at 02:10.",
    "Impact: two hours of lost output, roughly 340 cartons, no product held back.",
    "Timeline: tripped, then restarted by night shift, then tripped again at 03:05.",
    "What's next: strainer swap on Thursday, and a pressure alarm added to the panel.",
)


def _writeup(sections: tuple[str, ...]) -> list[Step]:
    steps = [
        Step.llm(
            "I'll pull the line's event log first.",
            observation="Can you write up last night's line 4 outage for the plant manager?",
        ),
        Step.tool_call(
            "events/list",
            {"line": 4},
            observation='{"events": ["02:10 trip", "02:40 restart", "03:05 trip"]}',
        ),
    ]
    steps += [Step.llm(f"{_HEADER} {section}") for section in sections]
    return steps


def test_sections_under_a_running_header_are_spared() -> None:
    steps = _writeup(_SECTIONS)
    assert "act" not in _levels(steps)
    assert "idle_talk" not in _fired(steps)


def test_sections_under_a_running_header_unit() -> None:
    tail = list(enumerate(Step.llm(f"{_HEADER} {s}") for s in _SECTIONS[:3]))
    assert _running_header([s.text for _, s in tail]) == len(_HEADER) + 1
    assert _own_sections(tail)
    # (A label with an apostrophe is a label: "What's next:".)
    tail = list(enumerate(Step.llm(f"{_HEADER} {s}") for s in _SECTIONS[1:]))
    assert _own_sections(tail)


def test_stall_under_a_running_header_is_caught() -> None:
    # One label again and again under the header: a status said again, not a write-up.
    steps = _writeup(
        (
            "Status: still waiting on the shift log before I write anything.",
            "Status: still waiting on the shift log, nothing to add yet.",
            "Status: still waiting on the shift log.",
            "Status: still waiting on the shift log to come in.",
        )
    )
    assert "idle_talk" in _fired(steps)
    tail = list(enumerate(Step.llm(f"{_HEADER} Status: waiting {n}.") for n in range(3)))
    assert not _own_sections(tail)


def test_short_shared_opening_is_no_header() -> None:
    # Three words in common are no running header.
    texts = ["I am on. Cause: pump.", "I am on. Impact: output.", "I am on. Next: swap."]
    assert _running_header(texts) == 0


# ---- records: logfmt with quoted values, footers, meta blocks ----------------------------------


def _logfmt(gw: str, corr: str, age: int, state: str = "staged") -> str:
    return (
        f"ts=2026-03-04T10:0{age % 10}:00.101Z gw=edge-gw-{gw} corr={corr} level=info "
        f'tank=T-118 site="North Quay Terminal" fill_pct=62 state={state} cache_age_s={age}'
    )


def test_logfmt_stamps_and_clock_age_masked() -> None:
    a = _result_key(_logfmt("1", "0b20c00f181f", 233))
    b = _result_key(_logfmt("3", "7669cd91932b", 12))
    assert a == b
    assert "edge-gw" not in a
    assert '"north quay terminal"' in a


def test_logfmt_state_change_kept() -> None:
    assert _result_key(_logfmt("1", "0b20c00f181f", 233)) != _result_key(
        _logfmt("3", "7669cd91932b", 12, state="loaded")
    )


def test_logfmt_gateway_alone_kept() -> None:
    # A gateway with no transaction number beside it may be what the record is about.
    a = _result_key("gw=edge-gw-1 tank=T-118 state=staged")
    b = _result_key("gw=edge-gw-3 tank=T-118 state=staged")
    assert a != b


def test_logfmt_age_in_hours_kept() -> None:
    assert _result_key("tank=T-118 age_h=40") != _result_key("tank=T-118 age_h=41")


def test_logfmt_indexed_keys_are_fields() -> None:
    a = _result_key(
        "ts=2026-03-04T10:00:00Z gw=edge-gw-1 corr=0b20c00f181f "
        'items[0].sku="A-1" items[1].sku="B-2" cache_age_s=3'
    )
    b = _result_key(
        "ts=2026-03-04T10:05:00Z gw=edge-gw-2 corr=7669cd91932b "
        'items[0].sku="A-1" items[1].sku="B-2" cache_age_s=93'
    )
    assert a == b


def test_same_logfmt_read_again_is_caught() -> None:
    steps = [Step.llm("Reading tank T-118.")]
    for n, (gw, corr) in enumerate((("1", "0b20c0"), ("2", "21f01e"), ("4", "1d2e89"))):
        steps.append(Step.llm("Pulling tank T-118's record again to be sure."))
        steps.append(
            Step.tool_call(
                "tank.get", {"tank": "T-118"}, observation=_logfmt(gw, corr + "f181f", 40 + n)
            )
        )
    steps += [
        Step.tool_call("tank.get", {"tank": "T-118"}, observation=_logfmt("2", "99aa77f181f", 7))
    ]
    assert "act" in _levels(steps)


def _table(body: str, api: str, ms: int) -> str:
    return f"TANK   STATE\n{body}\n(1 row(s), {ms}ms, api={api}, at 2026-03-04T10:00:0{ms % 10}Z)"


def test_table_footer_server_masked() -> None:
    a = _result_key(_table("T-118  staged", "tq-east-2", 28))
    b = _result_key(_table("T-118  staged", "tq-west-1", 231))
    assert a == b
    assert "tq-" not in a


def test_table_footer_count_and_body_kept() -> None:
    a = _result_key(_table("T-118  staged", "tq-east-2", 28))
    b = _result_key(_table("T-118  loaded", "tq-west-1", 231))
    assert a != b
    assert _result_key("T-118  staged\n(1 row(s))") != _result_key("T-118  staged\n(2 row(s))")


def _meta(trace: str, replica: str, state: str = "tested") -> str:
    return (
        f"meta:\n  trace: {trace}\n  fetched: 2026-03-04T10:00:00.101Z\n  replica: {replica}\n"
        f"result:\n  hood: H-7\n  state: {state}"
    )


def test_meta_block_replica_dropped_beside_stamps() -> None:
    a = _result_key(_meta("d871f7f9e73279732f9042ba", "db-b1"))
    b = _result_key(_meta("9765a6a66ba4aedb611acb9e", "db-c3"))
    assert a == b
    assert _result_key(_meta("d871f7f9e73279732f9042ba", "db-b1", "issued")) != a


def test_meta_block_replica_dropped_above_a_list() -> None:
    # The result's list items are no "key: value" lines: the block stays as written, and
    # its indented replica line beside the dropped stamps is dropped too.
    a = _result_key(_meta("d871f7f9e73279732f9042ba", "db-b1") + "\n  notes:\n    - sash low")
    b = _result_key(_meta("9765a6a66ba4aedb611acb9e", "db-c3") + "\n  notes:\n    - sash low")
    assert a == b
    assert "db-" not in a


def test_replica_line_alone_kept() -> None:
    # With no stamp dropped beside it, a replica named in a record is the record's.
    a = _result_key("set: s-1\nreplica: db-b1\nstate: ok")
    b = _result_key("set: s-1\nreplica: db-c3\nstate: ok")
    assert a != b


# ---- the same question asked through a tool, answered yes each time --------------------------

_QUESTION = "Shall I book the crane for Tuesday 07:00 at berth 3?"


def _asks(replies: list[str], questions: list[str] | None = None) -> list[Step]:
    steps = [
        Step.llm("I'll check the berth first.", observation="Get the crane booked for berth 3."),
        Step.tool_call("berths/get", {"berth": 3}, observation='{"berth": 3, "crane": null}'),
    ]
    for n, reply in enumerate(replies):
        question = questions[n] if questions else _QUESTION
        if n:
            steps.append(Step.llm("Just confirming with them before I book anything."))
        steps.append(
            Step.tool_call(
                "ask_requester",
                {"berth": 3, "text": question},
                observation=f'{{"request_id": "req_{n}a9f03", "data": {{"reply": "{reply}"}}}}',
            )
        )
    return steps


def test_same_question_answered_yes_again_is_caught() -> None:
    steps = _asks(["Yes, book it.", "yes please", "Yep - Tuesday 07:00 is fine."])
    assert _levels(steps)[-1] == "act"
    assert "action_observation" in _fired(steps)


def test_other_questions_answered_are_spared() -> None:
    steps = _asks(
        ["Yes, book it.", "Yes, the 40 t one.", "Yes, a banksman is on site."],
        [_QUESTION, "Is the load over 30 t?", "Will someone guide the lift?"],
    )
    assert "act" not in _levels(steps)


def test_answers_that_tell_something_are_spared() -> None:
    steps = _asks(
        [
            "Yes, book it.",
            "Yes, but move it to Wednesday afternoon because the tide turns.",
            "Yes, Wednesday afternoon, and bring slings rated for containers.",
        ]
    )
    assert "act" not in _levels(steps)


# ---- edit, check, edit back, check through one multi-operation tool -------------------------


def _cli(argv: list[str], out: str) -> Step:
    return Step.tool_call("plantctl", {"argv": argv}, observation=out)


def test_edit_check_round_trip_through_one_tool_is_caught() -> None:
    set_a = ["valve", "set", "--id", "V-9", "--mode", "auto"]
    set_b = ["valve", "set", "--id", "V-9", "--mode", "manual"]
    check = ["valve", "check", "--id", "V-9"]
    steps = [
        Step.llm("Fixing valve V-9's interlock.", observation="Clear the V-9 interlock."),
        _cli(set_a, "UPDATED mode auto"),
        _cli(check, "FAIL auto mode blocked by open maintenance permit"),
        Step.llm("Auto is blocked; trying manual."),
        _cli(set_b, "UPDATED mode manual"),
        _cli(check, "FAIL manual mode needs an operator on shift"),
        Step.llm("Manual needs an operator; back to auto."),
        _cli(set_a, "UPDATED mode auto"),
        _cli(check, "FAIL auto mode blocked by open maintenance permit"),
    ]
    assert "cycle" in _fired(steps)


def test_one_tool_over_a_list_again_is_spared() -> None:
    # One tool, a different item each call, the list begun a second time: a second pass.
    steps = [Step.llm("Reading the four valves, then again after the flush.")]
    steps += [
        _cli(["valve", "show", "--id", valve], f"{valve} closed")
        for valve in ("V-1", "V-2", "V-3", "V-4", "V-1", "V-2")
    ]
    assert "cycle" not in _fired(steps)


# ---- the same plan laid out again after each re-read -----------------------------------------

_PLANS = (
    "Here's how I'll handle permit P-31:\n- read the permit\n- check the sign-offs\n"
    "- close the permit",
    "Steps for P-31: read the permit; then check the sign-offs; then close the permit.",
    "Plan for P-31:\n1. read the permit\n2. check the sign-offs\n3. close the permit",
)


def _replanned(results: list[str]) -> list[Step]:
    steps = [Step.llm("Looking at P-31.", observation="Please close out permit P-31.")]
    for n, plan in enumerate(_PLANS):
        steps.append(Step.llm(plan))
        if n < len(results):
            steps.append(Step.tool_call("permits/get", {"id": "P-31"}, observation=results[n]))
    return steps


def test_bulleted_plan_is_a_plan() -> None:
    assert _is_plan(_PLANS[0])
    assert not _is_plan("Notes:\nthe permit is open")


def test_plan_again_after_each_same_read_is_caught() -> None:
    same = '{"id": "P-31", "state": "open", "signoffs": 2}'
    steps = _replanned([same, same])
    assert _levels(steps)[-1] == "act"


def test_plan_again_after_a_read_that_moved_is_spared() -> None:
    steps = _replanned(
        [
            '{"id": "P-31", "state": "open", "signoffs": 2}',
            '{"id": "P-31", "state": "open", "signoffs": 3}',
        ]
    )
    assert "act" not in _levels(steps)


def test_plan_carried_out_is_spared() -> None:
    steps = [
        Step.llm("Looking at P-31.", observation="Please close out permit P-31."),
        Step.llm(_PLANS[0]),
        Step.tool_call("permits/get", {"id": "P-31"}, observation='{"state": "open"}'),
        Step.tool_call("signoffs/list", {"id": "P-31"}, observation='{"signoffs": 3}'),
        Step.tool_call("permits/close", {"id": "P-31"}, observation='{"state": "closed"}'),
        Step.llm("Permit P-31 is closed."),
    ]
    assert "act" not in _levels(steps)
