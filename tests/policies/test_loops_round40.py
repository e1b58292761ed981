"""Round 40's rules (studied on the fifty-first set after its one unseen measurement), each with
a loop it catches and a look-alike of progress it spares.

A server that reports how long the call took as a bare value ("duration": "PT0.412S", or
"0.412s": seconds to the millisecond), that adds a log shipper's time of the record ("@timestamp":
the "@" marks the shipper's own field as "_" does), that echoes the client's own id for the call
("client-request-id"), or that prints a label of success before its JSON body ("200 OK {...}",
"status=200 {...}") says the same thing each time: polling a job whose state and progress
stay frozen is a repeat however those come and go. A record's own length ("PT45M") and a
status other than success ("404 Not Found {...}") are kept; a job whose progress climbs still
moves.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _result_key

PRINT = "Render the festival poster at print resolution and tell me when the file is ready."

# How a server may wrap one answer, differently on each call.
WRAPS: list[tuple[str, dict[str, object]]] = [
    ("", {}),
    ("", {"duration": "PT0.412S"}),
    ("200 OK ", {"client-request-id": "5f0c2b1e-7d44-4a9e-b1c3-2e8f9a6d0b17"}),
    ("", {"@timestamp": "14/Aug/2026:16:02:11 +0000"}),
    ("status=200 ", {"duration": "1.907s"}),
    ("HTTP/1.1 200 OK ", {"client-request-id": "9a1e7c30-2b6d-4f85-a0e4-7c3b1d9f6e22"}),
    ("", {"@timestamp": "14/Aug/2026:16:07:40 +0000", "duration": "PT2.064S"}),
    ("", {}),
]


def _render_polls(progress: list[int]) -> list[Step]:
    steps = [
        Step.llm("Submitting the render.", observation=PRINT),
        Step.tool_call(
            "render.submit",
            {"file": "poster_v7.psd", "dpi": 300},
            observation='{"render": "RND-6620"}',
        ),
    ]
    for n, ((label, wrap), done) in enumerate(zip(WRAPS, progress, strict=True)):
        body = {"render": "RND-6620", "state": "RENDERING", "tiles": f"{done}/96", **wrap}
        steps.append(
            Step.tool_call(
                "render.status", {"render": "RND-6620"}, observation=label + json.dumps(body)
            )
        )
        steps.append(Step.tool_call("clock.wait", {"seconds": 45}, observation="waited 45s"))
        if n % 3 == 1:
            steps.append(Step.llm(f"{done} of 96 tiles so far; waiting a little longer."))
    return steps


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def test_a_frozen_job_polled_through_a_changing_envelope_is_a_loop() -> None:
    assert "act" in _levels(_render_polls([17] * 8))


def test_a_job_whose_tiles_climb_through_a_changing_envelope_is_progress() -> None:
    assert "act" not in _levels(_render_polls([5, 17, 29, 41, 52, 66, 80, 96]))


def test_a_calls_timing_is_noise_and_a_records_length_is_kept() -> None:
    base = {"slot": "S-12", "room": "Blue"}
    plain = _result_key(json.dumps(base))
    assert _result_key(json.dumps({**base, "duration": "PT0.412S"})) == plain
    assert _result_key(json.dumps({**base, "duration": "0.88 s"})) == plain
    assert _result_key(json.dumps({**base, "duration": "PT45M"})) != _result_key(
        json.dumps({**base, "duration": "PT50M"})
    )
    assert _result_key(json.dumps({**base, "length": "45s"})) != _result_key(
        json.dumps({**base, "length": "50s"})
    )


def test_a_log_shippers_fields_and_an_echoed_client_id_are_noise() -> None:
    base = {"slot": "S-12", "room": "Blue"}
    plain = _result_key(json.dumps(base))
    stamped = {**base, "@timestamp": "14/Aug/2026:16:02:11 +0000"}
    assert _result_key(json.dumps(stamped)) == plain
    echoed = {**base, "client-request-id": "5f0c2b1e-7d44-4a9e-b1c3-2e8f9a6d0b17"}
    assert _result_key(json.dumps(echoed)) == plain
    # A field of the record itself is kept.
    assert _result_key(json.dumps({**base, "room": "Green"})) != plain


def test_a_success_label_is_noise_and_another_status_is_kept() -> None:
    body = json.dumps({"slot": "S-12", "room": "Blue"})
    plain = _result_key(body)
    for label in ("200 OK ", "status=200 ", "HTTP/1.1 200 OK ", "201 Created "):
        assert _result_key(label + body) == plain
    assert _result_key("404 Not Found " + body) != plain
    assert _result_key("status=409 " + body) != plain


# --- A page served again under a fresh cursor ---------------------------------------------

SHELF = "List every overdue loan in the branch catalogue so I can send reminders."


def _listing(pages: list[list[str]]) -> list[Step]:
    steps = [Step.llm("Going through the overdue loans page by page.", observation=SHELF)]
    for n, items in enumerate(pages):
        body = {"loans": items, "next_cursor": f"c{n * 37 + 11}x=="}
        steps.append(
            Step.tool_call(
                "loans.list", {"state": "overdue", "size": 3}, observation=json.dumps(body)
            )
        )
        steps.append(Step.llm("Next page of loans."))
    return steps


def test_one_page_served_again_under_fresh_cursors_is_a_loop() -> None:
    assert "act" in _levels(_listing([["L-301", "L-302", "L-305"]] * 5))


def test_new_pages_under_fresh_cursors_are_progress() -> None:
    pages = [[f"L-{300 + 3 * n + k}" for k in range(3)] for n in range(5)]
    assert "act" not in _levels(_listing(pages))


def test_a_page_number_is_kept() -> None:
    assert _result_key('{"loans": ["L-301"], "page": 2}') != _result_key(
        '{"loans": ["L-301"], "page": 3}'
    )
    assert _result_key('{"loans": ["L-301"], "next_page_token": "Zq81=="}') == _result_key(
        '{"loans": ["L-301"], "next_page_token": "Hw07=="}'
    )


def test_a_trailing_group_of_the_clients_id_and_the_servers_time_is_an_envelope() -> None:
    said = "ERROR quota exceeded for project P-77"
    stamped = (
        f"{said} (client-request-id=1E2D3C4B-5A69-4788-9A0B-C1D2E3F40516; server_time=1781470712)"
    )
    assert _result_key(stamped) == _result_key(said)
    # A group that says more than a stamp is kept.
    assert _result_key(f"{said} (server busy, retry later)") != _result_key(said)


# --- A draft whose parts number themselves by a heading -----------------------------------

MENU = "Write up the tasting menu for the menu card, one course at a time."

COURSES = [
    "Course 1: pea soup. Verdict: keep as written. Pairing: white.",
    "Course 2: scallop. Verdict: keep as written. Pairing: white.",
    "Course 3: duck breast. Verdict: shorten the garnish. Pairing: red.",
    "Course 4: comté. Verdict: keep as written. Pairing: sweet.",
    "Course 5: chocolate tart. Verdict: keep as written. Pairing: sweet.",
]


def _menu(messages: list[str]) -> list[Step]:
    steps = [Step.llm("I'll write one course per message.", observation=MENU)]
    steps += [Step.llm(text) for text in messages]
    return steps


def test_parts_numbered_by_a_heading_are_a_draft() -> None:
    assert "act" not in _levels(_menu([*COURSES, "That is the whole menu card."]))


def test_one_part_said_again_under_its_heading_is_no_draft() -> None:
    same = "Course 2: still waiting on the kitchen before I write this one."
    assert "act" in _levels(_menu([COURSES[0], *[same] * 5]))


def test_numbered_tries_are_no_draft() -> None:
    tries = [
        f"Attempt {n}: still waiting on the kitchen's answer about the course." for n in range(1, 7)
    ]
    assert "act" in _levels(_menu(tries))


def test_a_long_trailing_group_of_stamps_is_an_envelope() -> None:
    said = "ERROR 403 forbidden: the key may not edit this zone"
    for group in (
        "(traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01; "
        "timestamp=2026-09-14T08:02:11Z)",
        "(x-amzn-trace-id=Root=1-67891233-abcdef012345678912345678; "
        "timestamp=2026-09-14T08:02:40Z)",
        "(request_id=1E2D3C4B-5A69-4788-9A0B-C1D2E3F40516; @timestamp=14/Sep/2026:08:03:05 +0000)",
    ):
        assert _result_key(f"{said} {group}") == _result_key(said)
    # A long group that says something is kept.
    assert _result_key(
        f"{said} (the zone is locked by a change freeze until the release on 2026-09-20 ends)"
    ) != _result_key(said)
