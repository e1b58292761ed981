"""Round 38's rules (studied on the forty-eighth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A listing whose cursor points back: the agent passes a cursor it had passed before and gets
back only records an earlier page listed. With results that bring nothing new, that is the
second kind of evidence, and the cycle acts (paging on passes each cursor once).

A field that names the server that answered ("served-by: api-9.fra2") stamps a result as a
request id does: a hand-off bounced round three teams is the same refusals however the fleet
served them.

One check run over distinct items, each item with the arguments it takes (a person's name and
birth date, a company's name alone), is work done item by item even when every answer reads
"no match"; the same item respelled with an argument added is not.

A question asked after a yes that first tells the person something the agent had not said
(a point it found), or asks for something further ("also", "too"), raises a new point: no
question asked again. "Okay, to confirm: ...?" after each yes still is.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _result_key, differ_in_entity


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _details(steps: list[Step]) -> list[dict[str, object]]:
    return [f for _, found in replay(steps) for f in found]


# --- A cursor that points back --------------------------------------------------------------

LOANS = "List every overdue interlibrary loan so I can send the reminders."

SHELVES = [
    [("ILL-30411", "Kettering Public"), ("ILL-30417", "Marsh Hall College")],
    [("ILL-30422", "Dunmore County"), ("ILL-30429", "Kettering Public")],
    [("ILL-30433", "St Aldric Seminary"), ("ILL-30438", "Marsh Hall College")],
]


def _loan_page(loans: list[tuple[str, str]], cursor: str | None, n: int) -> str:
    layout = n % 3
    body: dict[str, object] = {"loans": [{"loan": ref, "lender": lender} for ref, lender in loans]}
    if cursor is not None:
        body["next_cursor"] = cursor
    if layout == 0:
        text = json.dumps(body, separators=(",", ":"))
    elif layout == 1:
        text = json.dumps(body, indent=2)
    else:
        text = json.dumps({"more": cursor is not None, **body})
    trace = f"5c1f0e2a-{n:04x}-4b7e-9a31-0c77d2e8{n:04x}"
    return f"{text}\n[trace {trace}] dur={40 + 7 * n}ms"


def _paging(pages: list[tuple[str | None, int, str | None]]) -> list[Step]:
    """Calls to one listing: each passes a cursor (or none) and gets a page and its next
    cursor; the pages come in three layouts in turn, as servers behind a balancer may send
    them (compact, indented, with a "more" flag)."""
    steps = [
        Step.llm("I'll page through the overdue loans.", observation=LOANS),
        Step.tool_call("ill_stats", {"status": "OVERDUE"}, observation="overdue loans: 6"),
    ]
    for n, (cursor, page, following) in enumerate(pages):
        args: dict[str, object] = {"status": "OVERDUE", "page_size": 2}
        if cursor is not None:
            args["cursor"] = cursor
        steps.append(
            Step.tool_call(
                "ill_loans_list", args, observation=_loan_page(SHELVES[page], following, n)
            )
        )
        if n in (2, 4):
            steps.append(Step.llm(f"{2 * (n + 1)} loans so far; following next_cursor."))
    return steps


def test_a_cursor_passed_again_returning_records_already_listed_acts() -> None:
    # Page 1 -> cursor k2 -> page 2 -> cursor k3 -> page 1 again, pointing at k2 once more.
    loop = [
        (None, 0, "k2"),
        ("k2", 1, "k3"),
        ("k3", 0, "k2"),
        ("k2", 1, "k3"),
        ("k3", 0, "k2"),
        ("k2", 1, "k3"),
    ]
    steps = _paging(loop)
    levels = _levels(steps)
    assert levels[-1] == "act", levels
    assert "warn" not in levels[:-1]
    assert any(f.get("cursor_again") == 1 for f in _details(steps))


def test_paging_on_with_each_cursor_once_is_spared() -> None:
    onward = [(None, 0, "k2"), ("k2", 1, "k3"), ("k3", 2, None)]
    steps = _paging(onward)
    assert all(level == "none" for level in _levels(steps)), _levels(steps)


# --- The server that answered is envelope ---------------------------------------------------


REASONS = {
    "FACILITIES": "card readers are network devices, owned by IT_SERVICES",
    "IT_SERVICES": "door access control belongs to SECURITY",
    "SECURITY": "broken hardware on a door is a FACILITIES repair",
}


def _refusal(team: str, host: int) -> str:
    return (
        f"rejected by {team}: {REASONS[team]}\n"
        f"request-id: 5c{host:02d}e-19a7  served-by: api-{host}.fra2  at 03/02/2026 09:{host:02d}:07"
    )


def test_refusals_served_by_other_hosts_are_one_hand_off_cycle() -> None:
    teams = ["FACILITIES", "IT_SERVICES", "SECURITY"]
    steps = [
        Step.llm(
            "Let me open the badge reader ticket.",
            observation="Ticket HD-5512 (east door badge reader dead) has no owner. Route it.",
        ),
        Step.tool_call("ticket_get", {"id": "HD-5512"}, observation="HD-5512 | east door reader"),
    ]
    hosts = iter([14, 9, 3, 11, 6, 2])
    for round_ in range(2):
        for team in teams:
            refusal = _refusal(team, next(hosts))
            if round_ == 0:
                steps.append(Step.llm(f"Assigning it to {team.lower().replace('_', ' ')}."))
            steps.append(
                Step.tool_call(
                    "ticket_assign",
                    {"id": "HD-5512", "team": team},
                    observation=refusal,
                    error=True,
                )
            )
    assert _levels(steps)[-1] == "act", _levels(steps)


def test_a_server_field_that_is_the_answer_is_kept() -> None:
    stamped = [_result_key(_refusal("FACILITIES", h)) for h in (14, 9)]
    assert stamped[0] == stamped[1]
    # Asked which server runs a service, the server's name is the answer, not a stamp.
    answers = [_result_key(f"server: web-0{n}.fra2\nrequest-id: 7a1{n}c0de") for n in (4, 5)]
    assert answers[0] != answers[1]


# --- One check over distinct items ----------------------------------------------------------

SCREEN = "Screen the new supplier's owners and affiliates before we onboard them."
NO_HIT = "lists: OFAC_SDN, UN, EU | hits: 0 | threshold 0.85"


def _screening(calls: list[dict[str, str]]) -> list[Step]:
    steps = [
        Step.llm("I'll pull the supplier's ownership file.", observation=SCREEN),
        Step.tool_call(
            "supplier_get", {"supplier": "V-20417"}, observation="V-20417 Halden Forge AS"
        ),
        Step.llm("Screening each owner and affiliate in turn."),
    ]
    steps += [Step.tool_call("sanctions_screen", args, observation=NO_HIT) for args in calls]
    return steps


def test_distinct_parties_each_with_their_own_arguments_are_item_by_item() -> None:
    parties = [
        {"name": "Ingrid Solvang", "born": "1968-04-11", "country": "NO"},
        {"name": "Halden Forge AS", "country": "NO"},
        {"name": "Petter Aune", "born": "1975-12-02", "country": "NO"},
        {"name": "Nordvik Holding AB", "country": "SE"},
        {"name": "Lise Haugland", "born": "1981-06-19", "country": "NO"},
    ]
    steps = _screening(parties)
    assert "act" not in _levels(steps), _levels(steps)


def test_one_party_respelled_with_an_argument_added_is_still_reworded() -> None:
    respelled = [
        {"name": "Ingrid Solvang", "country": "NO"},
        {"name": "SOLVANG, Ingrid", "born": "1968-04-11", "country": "NO"},
        {"name": "I. Solvang", "country": "NO"},
        {"name": "Solvang Ingrid", "born": "1968-04-11", "country": "NO"},
        {"name": "Ingrid  Solvang", "country": "NO"},
    ]
    steps = _screening(respelled)
    assert "act" in _levels(steps), _levels(steps)


def test_a_stamp_minted_anew_beside_an_added_option_is_no_other_item() -> None:
    # The same read with a session stamp minted per call and an option added: the stamps
    # share their prefix, so they name no other item; two people do.
    def read(args: dict[str, str]) -> Step:
        return Step.tool_call("scan_batch_get", args, observation="MS-118.4: 212 images")

    same = read({"volume": "MS-118.4", "session": "ses-40218"})
    again = read({"volume": "MS-118.4", "session": "ses-10946", "include": "summary"})
    assert not differ_in_entity(same, again)
    person = Step.tool_call(
        "sanctions_screen", {"name": "Petter Aune", "born": "1975-12-02"}, observation=NO_HIT
    )
    company = Step.tool_call("sanctions_screen", {"name": "Nordvik Holding AB"}, observation=NO_HIT)
    assert differ_in_entity(person, company)


# --- A question that raises a new point -----------------------------------------------------

ROTA = "Cancel Saturday's volunteer shifts at the food bank; the hall is closed for repairs."


def _questions(turns: list[tuple[str, str]]) -> list[Step]:
    steps = [
        Step.llm("Let me look at Saturday's rota.", observation=ROTA),
        Step.tool_call(
            "rota_get",
            {"date": "2026-02-14"},
            observation="6 shifts, 14 volunteers; 3 drivers booked for the Harrow Road pickup",
        ),
    ]
    for text, answer in turns:
        steps.append(Step.llm(text, observation=answer))
    return steps


def test_questions_that_each_raise_a_new_point_converge_unflagged() -> None:
    # A point found in the rota, then something further, then the plan read back once.
    steps = _questions(
        [
            ("Six shifts, 14 volunteers. Shall I cancel all six?", ""),
            (
                "Three drivers are booked for the Harrow Road pickup, which is not at the "
                "hall. Keep that pickup running?",
                "yes cancel them",
            ),
            (
                "Should I also text the 14 volunteers a short apology with next week's date?",
                "keep the pickup",
            ),
            (
                "So: cancel the six hall shifts, keep the Harrow Road pickup, and text the "
                "volunteers. Go ahead?",
                "yes, text them",
            ),
            ("Running it now.", "go"),
        ]
    )
    assert "act" not in _levels(steps), _levels(steps)


def test_asking_leave_again_after_each_yes_still_acts() -> None:
    steps = _questions(
        [
            ("Six shifts, 14 volunteers. Shall I cancel all six?", ""),
            ("Okay. To confirm, cancel all six Saturday shifts?", "yes"),
            ("Understood. You want every Saturday shift cancelled?", "yes, all six"),
            ("Right. Cancel the six shifts now?", "yes"),
            ("Just to be sure: cancel Saturday?", "YES"),
        ]
    )
    assert "act" in _levels(steps), _levels(steps)


def _channel_check(channel: str) -> Step:
    return Step.tool_call(
        "member_contact_check",
        {"member": "M-40712", "channel": channel},
        observation="no replies; delivery status: delivered",
    )


def test_a_channel_named_inside_another_word_is_another_item() -> None:
    # "email" sits inside "voicemail", not at its start: two words, two channels.
    assert differ_in_entity(_channel_check("email"), _channel_check("voicemail"))
    # A longer form that starts with the shorter one is still one spelling wrapping another.
    assert not differ_in_entity(_channel_check("phone"), _channel_check("phones"))
    steps = [
        Step.llm(
            "Checking how we reached the member.",
            observation="Has M-40712 answered the renewal notice we sent on Monday?",
        ),
        Step.tool_call("member_get", {"member": "M-40712"}, observation="M-40712 | renewal due"),
        Step.llm("Nothing on the renewal yet. I'll check each channel on file."),
    ]
    steps += [_channel_check(c) for c in ("sms", "email", "voicemail", "letter", "app")]
    assert "act" not in _levels(steps), _levels(steps)
