"""Round 58's rules (studied on the seventieth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

Four envelopes no rule read, each around the same answer served again:

- an XML message whose root holds a header of stamps beside its body (a SOAP-style
  ``<Envelope><Header><MsgId>..</MsgId><Sent>..</Sent><Node>..</Node></Header><Body>..``):
  the header is dropped when each of its leaves is a stamp by class (``_stamps_only``) and a
  payload stands beside it (``_xml_stamp_group_dropped``);
- a log line in syslog's form whose program tag carries the id of the process that wrote it
  ("2026-11-24T13:25:41Z INFO app[20700]: ..."): the pid is masked (``_SYSLOG_PID``);
- a report with a comment line of fields below its body as well as above it ("# rows=1
  elapsed_ms=339"): the footer is read as the header is, and a number under a unit's key is
  a measure of the call (``_comment_stamp``); the novelty the semantic detector weighs leaves
  such comment lines out (``Step._result_view``), so a job whose phase moves on stays new;
- a shell runner's trailer "[exit 0] host=runner-13 took=3.48s": an exit status of success
  says only that the command went through, as "OK" does (``_EXIT_OK`` in ``_is_envelope``);
  another status keeps its line.

Then, of the sixty-ninth set's leftovers, two more: a reference a service mints from its domain
and a serial beside the payload ("dyes.example.com/50492", ``_SERVED_REF``), and a cache's
verdict under a header that names a cache ("X-Cache: HIT", ``_CACHE_VERDICT``).

A choice between the same two named records offered again right after the person picked one
("S14 or S15?" answered "Slip 14.") is a re-ask, whatever else the pick said
(``_chosen_again``); a choice between other records is a new question. A ``cycle`` whose calls
the agent announced, in its last round, in the very words of the round before confirms itself
(``narrated``). And "Re-opening the file." and "Another look at the record." announce an action
(``_ANNOUNCES``), unless the sentence says what the look showed.
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import (
    LoopConfig,
    LoopTracker,
    Step,
    _chosen_again,
    _is_envelope,
    _result_key,
    announces_action,
)


def _levels(steps: list[Step], semantic: bool = False) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=semantic))]


# ---- an XML header of stamps beside the body ------------------------------------------------


def _soap(n: int, body: str) -> str:
    return (
        f"<Msg><Head><MsgId>{(0x9A3F00C1D2 + 7919 * n):X}</MsgId>"
        f"<Sent>2026-10-0{n % 9 + 1}T08:4{n % 10}:14.232Z</Sent><Node>reg-api-{n:02d}</Node></Head>"
        f"<Body>{body}</Body></Msg>"
    )


def test_xml_header_of_stamps_dropped() -> None:
    body = '<Reply state="OK"><Tag>T-77</Tag><Phase>PENDING -> HELD</Phase></Reply>'
    assert _result_key(_soap(1, body)) == _result_key(_soap(2, body))
    assert "reg-api" not in _result_key(_soap(1, body))


def test_xml_group_with_data_kept() -> None:
    # A first child that holds an answer (a name, a count) is no header of stamps.
    a = _result_key(
        "<Msg><Owner><Name>R. Ito</Name><Pets>2</Pets></Owner><Body><x>1</x></Body></Msg>"
    )
    b = _result_key(
        "<Msg><Owner><Name>J. Obi</Name><Pets>2</Pets></Owner><Body><x>1</x></Body></Msg>"
    )
    assert a != b


def test_xml_stamps_alone_kept() -> None:
    # Stamps with no payload beside them are the answer (a list of nodes): kept.
    a = _result_key(
        "<Nodes><Node><Name>reg-api-01</Name><Seen>2026-10-01T08:41:14Z</Seen></Node></Nodes>"
    )
    b = _result_key(
        "<Nodes><Node><Name>reg-api-02</Name><Seen>2026-10-01T08:41:14Z</Seen></Node></Nodes>"
    )
    assert a != b


def test_same_xml_body_under_new_headers_is_caught() -> None:
    body = '<Reply state="OK"><Tag>T-77</Tag><Phase>PENDING</Phase></Reply>'
    steps = [
        Step.tool_call("GetTag", {"Tag": "T-77"}, observation=_soap(n, body)) for n in range(1, 7)
    ]
    assert "act" in _levels(steps)


def test_new_xml_bodies_under_new_headers_are_spared() -> None:
    steps = [
        Step.tool_call(
            "GetTag",
            {"Tag": f"T-{70 + n}"},
            observation=_soap(n, f'<Reply state="OK"><Tag>T-{70 + n}</Tag></Reply>'),
        )
        for n in range(1, 7)
    ]
    assert "act" not in _levels(steps)


# ---- a syslog line's pid --------------------------------------------------------------------


def _log(n: int, message: str) -> str:
    return f"2026-11-24T13:2{n}:41.458Z INFO ledgerd[{20700 + 4355 * n}]: {message}"


def test_syslog_pid_masked() -> None:
    assert _result_key(_log(1, "entry=E-4 state=held")) == _result_key(
        _log(2, "entry=E-4 state=held")
    )
    # A bracketed number that is no process tag after a time is kept.
    assert _result_key("slot[3]: free") != _result_key("slot[4]: free")


def test_same_log_line_from_other_processes_is_caught() -> None:
    steps = [
        Step.tool_call("ledger_show", {"entry": "E-4"}, observation=_log(n, "entry=E-4 state=held"))
        for n in range(1, 7)
    ]
    assert "act" in _levels(steps)


def test_new_log_lines_are_spared() -> None:
    steps = [
        Step.tool_call(
            "ledger_show", {"entry": f"E-{n}"}, observation=_log(n, f"entry=E-{n} state=held")
        )
        for n in range(1, 7)
    ]
    assert "act" not in _levels(steps)


# ---- a report's footer ----------------------------------------------------------------------


def _report(n: int, rows: str) -> str:
    return (
        f"# query_id={0x5C3E9A11 + 977 * n:x} run_at=2026-11-11T19:1{n}:35Z node=db-{n:02d}\n"
        f"{rows}\n# rows=1 elapsed_ms={166 + 97 * n}"
    )


def test_report_footer_measure_masked() -> None:
    assert _result_key(_report(1, "id,state\nJ-5,OPEN")) == _result_key(
        _report(2, "id,state\nJ-5,OPEN")
    )
    # A count of the answer's rows is kept.
    assert _result_key("# node=db-01\nid\nJ-5\n# rows=1") != _result_key(
        "# node=db-01\nid\nJ-5\n# rows=2"
    )


def test_same_report_read_again_is_caught() -> None:
    steps = [
        Step.tool_call("report_job", {"job": "J-5"}, observation=_report(n, "id,state\nJ-5,OPEN"))
        for n in range(1, 7)
    ]
    assert "act" in _levels(steps)


def _unit(k: int) -> np.ndarray:
    vector = np.zeros(16, dtype=np.float32)
    vector[k] = 1.0
    return vector


def _polls(phases: list[str]) -> list[Step]:
    # Each poll embedded alike (the same call), as the semantic detector sees a job polled.
    steps = [Step.llm("Starting the run.").with_embedding(_unit(1))]
    for n, phase in enumerate(phases, 1):
        steps.append(
            Step.tool_call(
                "report_job", {"job": "J-5"}, observation=_report(n, f"id,phase,done\nJ-5,{phase}")
            ).with_embedding(_unit(0))
        )
        if n % 2 == 0:
            steps.append(Step.llm("Run still going. Checking status.").with_embedding(_unit(2)))
    return steps


def _semantic_levels(steps: list[Step]) -> list[str]:
    tracker = LoopTracker()
    return [tracker.observe(s).escalation_level for s in steps]


def test_job_stuck_under_new_notes_is_caught() -> None:
    assert "act" in _semantic_levels(_polls(["allocate,212"] * 5))


def test_job_moving_on_under_same_notes_is_spared() -> None:
    # The comment lines, the same in every poll, are left out of what is new in each.
    phases = ["load volumes,0", "allocate,212", "tax withholding,388", "done,412"]
    assert "act" not in _semantic_levels(_polls(phases))


# ---- a shell runner's trailer ---------------------------------------------------------------


def test_exit_zero_trailer_is_envelope() -> None:
    assert _is_envelope("[exit 0] host=runner-13 took=3.48s")
    assert not _is_envelope("[exit 1] host=runner-13 took=3.48s")


def _shell(n: int, out: str, status: int = 0) -> str:
    return (
        f"at 2026-11-23T11:5{n}:47.813Z\n{out}\n[exit {status}] host=runner-{n + 10} took={n}.48s"
    )


def test_same_output_on_other_runners_is_caught() -> None:
    steps = [
        Step.tool_call(
            "shell", {"cmd": "jobs show J-5"}, observation=_shell(n, "job: J-5  state: stuck")
        )
        for n in range(1, 7)
    ]
    assert "act" in _levels(steps)


def test_new_output_on_other_runners_is_spared() -> None:
    steps = [
        Step.tool_call(
            "shell", {"cmd": f"jobs show J-{n}"}, observation=_shell(n, f"job: J-{n}  state: done")
        )
        for n in range(1, 7)
    ]
    assert "act" not in _levels(steps)


# ---- a choice between the same two records offered again after a pick ----------------------


def _asks(questions: list[str], answers: list[str]) -> list[Step]:
    steps = [
        Step.llm("I can pull that slip from the schedule.", observation="Pull the ferry slip."),
        Step.tool_call("slips/list", {"dock": "D-2"}, observation='{"slips": ["S14", "S15"]}'),
        Step.llm(questions[0]),
    ]
    for question, answer in zip(questions[1:], answers, strict=False):
        steps.append(Step.llm(question, observation=answer))
    return steps


def test_same_choice_after_each_pick_is_caught() -> None:
    # The same two slips offered in other words each time, after the person picked one (by
    # its number, then whole with a booking to go with it: something new, but the pick).
    steps = _asks(
        [
            "There are two slips on that dock, S14 and S15. Which one?",
            "Is it S14 or S15 you want pulled?",
            "Which slip number - S14 or S15?",
        ],
        ["Slip 14.", "S14 (booking BK-88157)"],
    )
    assert "act" in _levels(steps)


def test_next_choice_after_each_pick_is_spared() -> None:
    # A pick taken, then a choice between two other records: a new question each time.
    steps = _asks(
        [
            "There are two slips on that dock, S14 and S15. Which one?",
            "And the berth for the relief boat: B3 or B4?",
            "Last one, the crew roster: R7 or R8?",
        ],
        ["S14, the east one.", "B4"],
    )
    assert "act" not in _levels(steps)


def test_a_pick_is_needed() -> None:
    # The same two offered again, after an answer that picks neither, or both: no pick.
    before = "There are two slips on that dock, S14 and S15. Which one?"
    again = "Is it S14 or S15 you want pulled?"
    assert _chosen_again(before, Step.llm(again, observation="S14."))
    assert _chosen_again(before, Step.llm(again, observation="14, the east one"))
    assert not _chosen_again(before, Step.llm(again, observation="Which is the bigger one?"))
    assert not _chosen_again(before, Step.llm(again, observation="S14 and S15 both."))
    # Two others offered: not the choice offered before.
    assert not _chosen_again(before, Step.llm("B3 or B4?", observation="S14."))


# ---- a cycle narrated in the same words each round ------------------------------------------


def _rounds(lines: list[str], records: list[str]) -> list[Step]:
    steps = [Step.llm("Going through the berths one by one.", observation="Advance the berths.")]
    for line, record in zip(lines, records, strict=True):
        kind = "log" if "log" in line.lower() else "berth"
        steps.append(Step.llm(line))
        steps.append(
            Step.tool_call(
                f"{kind}_get", {"id": record}, observation=f'{{"id": "{record}", "{kind}": "open"}}'
            )
        )
    return steps


def test_cycle_narrated_the_same_each_round_is_caught() -> None:
    lines = ["Checking the berth's state.", "Checking the berth log."] * 2
    steps = _rounds(lines, ["BR-4", "BR-4"] * 2)
    assert _levels(steps)[-1] == "act"


def test_cycle_narrated_anew_each_round_warns_only() -> None:
    # The same calls, but each round's words say something new: the cycle alone warns.
    lines = [
        "Checking the berth's state.",
        "Checking the berth log.",
        "Checking the berth's state once the tug is clear.",
        "Checking the berth log for the tug's entry.",
    ]
    steps = _rounds(lines, ["BR-4", "BR-4"] * 2)
    assert _levels(steps)[-1] == "warn"


def test_next_record_narrated_the_same_is_spared() -> None:
    lines = ["Checking the berth's state.", "Checking the berth log."] * 2
    steps = _rounds(lines, ["BR-4", "BR-4", "BR-5", "BR-5"])
    assert "act" not in _levels(steps)


# ---- set 69's leftovers: a served reference, a cache's verdict -------------------------------


def _served_ref(n: int, items: str) -> str:
    return f'{{"items": {items}, "cache_age_s": {n * 13}, "x_req": "dyes.example.com/{50492 + 7 * n}"}}'


def test_served_reference_beside_payload_dropped() -> None:
    a = _result_key(_served_ref(1, '{"id": "F-3", "blue_g": "11.8"}'))
    assert a == _result_key(_served_ref(2, '{"id": "F-3", "blue_g": "11.8"}'))
    # Alone, a domain and a number may be the answer (a link to a record): kept.
    assert _result_key('{"link": "dyes.example.com/50492"}') != _result_key(
        '{"link": "dyes.example.com/50499"}'
    )


def test_same_read_under_new_references_is_caught() -> None:
    steps = [
        Step.tool_call("formula_fetch", {"id": "F-3"}, observation=_served_ref(n, '{"id": "F-3"}'))
        for n in range(1, 7)
    ]
    assert "act" in _levels(steps)


def _http(verdict: str, body: str) -> str:
    return f"HTTP/1.1 200 OK\nDate: Tue, 14 Apr 2026 09:11:03 GMT\nX-Cache: {verdict}\n\n{body}"


def test_cache_verdict_header_dropped() -> None:
    body = '{"target": "L-2", "state": "blocked"}'
    assert _result_key(_http("HIT", body)) == _result_key(_http("REVALIDATED", body))
    # Under a header that names no cache, the word is kept.
    assert _result_key("HTTP/1.1 200 OK\nX-Result: HIT\n\n{}") != _result_key(
        "HTTP/1.1 200 OK\nX-Result: MISS\n\n{}"
    )


def test_same_status_from_cache_or_origin_is_caught() -> None:
    body = '{"target": "L-2", "state": "blocked", "reason": "upstream hold"}'
    steps = [
        Step.tool_call("GET /lines/status", {"target": "L-2"}, observation=_http(v, body))
        for v in ("REVALIDATED", "HIT", "MISS", "HIT", "REVALIDATED", "HIT")
    ]
    assert "act" in _levels(steps)


def test_status_moving_on_from_cache_or_origin_is_spared() -> None:
    states = ["queued", "blocked", "running", "cooling", "done", "shipped"]
    steps = [
        Step.tool_call(
            "GET /lines/status",
            {"target": "L-2"},
            observation=_http(v, f'{{"target": "L-2", "state": "{state}"}}'),
        )
        for v, state in zip(["HIT", "MISS"] * 3, states, strict=True)
    ]
    assert "act" not in _levels(steps)


# ---- announcements of a look said without a verb, or with a "re-" gerund ---------------------


def test_look_and_re_gerund_announce() -> None:
    assert announces_action("Re-opening the dealer's file to find the note.")
    assert announces_action("Another look at the referral record to be sure of the region.")
    # A look that reports what it showed is a finding, not an announcement.
    assert not announces_action("Another look at the ledger shows nothing new.")


def test_promising_a_look_again_without_looking_is_caught() -> None:
    steps = [
        Step.llm("Pulling up order OR-7731 to see the hold.", observation="Why is OR-7731 held?"),
        Step.tool_call(
            "orders/get", {"id": "OR-7731"}, observation='{"id": "OR-7731", "state": "hold"}'
        ),
        Step.llm("I'll pull OR-7731 up again to see why it is on hold."),
        Step.llm("Going over OR-7731 once more for the hold's reason."),
        Step.llm("Re-opening the order to find the note on the hold."),
        Step.llm("Another look at OR-7731's history for the hold."),
    ]
    assert "act" in _levels(steps)


def test_looks_each_made_good_are_spared() -> None:
    steps = [Step.llm("Pulling up the held orders.", observation="Why are the orders held?")]
    for n, line in enumerate(
        [
            "Re-opening order OR-7731 to find the note.",
            "Another look at OR-7732's history.",
            "Re-opening order OR-7733 to find the note.",
            "Another look at OR-7734's history.",
        ]
    ):
        steps.append(Step.llm(line))
        steps.append(
            Step.tool_call(
                "orders/get",
                {"id": f"OR-{7731 + n}"},
                observation=f'{{"id": "OR-{7731 + n}", "note": "note {n}"}}',
            )
        )
    assert "act" not in _levels(steps)
