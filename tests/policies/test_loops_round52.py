"""Round 52's rules (studied on the sixty-fourth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A poll of a job whose share done is a fraction ("progress": 0.4) is relayed by the agent as
a percentage ("processing (40%)"). The tokens of the two never meet ("0.4" is "0" and "4"),
so the agent was not read as relaying the status that moved, and a producer-named poll
answered differently each time was taken for a regenerated output (``regenerate``) or, with
embeddings, for the same answer (``semantic_*``). A percentage whose fraction the result
holds and the next (or earlier) result does not now relays it (``_relays_as_percent``, in
``_relays``, ``_relays_fresh`` and ``_reported``); and a status's numbers are also read
without the envelope's stamps (``_moves_one_way(..., canonical=True)``), since a request
id's digits scatter as a made output's figures do.

The same listing call made again (a server that keeps the agent's place) answered each time
with new records and a new next-page cursor was a regenerated output unless a page number
counted on. A cursor handed back new each time, or none at the end (``_cursor_reads_on``),
now reads on as a page number does. An output made again carries no cursor.

The same write made three times in a row with the same arguments, each answered only with a
newly minted record code (an id of any field name: "ref", "bookingId", a JSON body after a
status line), is the agent creating the same record again (``_duplicate_creates``, an
``action_observation`` finding at the third call and the response right after). Creates of
different records differ in their arguments.

A write that sets a field to A, then back to B, then to A again, the first result naming the
value the second set and the second the value the first set, is an A-B oscillation at three
calls (``_sets_back_and_forth``, an ``alternation`` finding at the third call and the
response right after). Trying values in turn (A, B, C) is not.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _relays_as_percent


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _opening(ask: str) -> list[Step]:
    return [Step.llm("On it.", observation=ask)]


def _enveloped(n: int, body: object) -> str:
    return json.dumps(
        {"request_id": f"rq_{7310 + 37 * n:x}{n}a9", "result": body, "quota": {"left": 90 - n}}
    )


# -- a share done relayed as a percentage ----------------------------------------------------


def _print_job(shares: list[float], states: list[str], relay: bool) -> list[Step]:
    steps = _opening("Can you print the kennel's vaccination cards for tomorrow?")
    for n, (share, state) in enumerate(zip(shares, states, strict=True)):
        body = {"job": "PJ-77", "state": state, "progress": share}
        steps.append(
            Step.tool_call("cards.render", {"job": "PJ-77"}, observation=_enveloped(n, body))
        )
        text = f"Card print: {state} ({round(share * 100)}%)." if relay else "Not right, once more."
        steps.append(Step.llm(text))
    return steps


def test_a_poll_whose_share_done_is_relayed_as_a_percentage_is_progress() -> None:
    steps = _print_job([0.0, 0.25, 0.5, 1.0], ["queued", "printing", "printing", "done"], True)
    assert set(_levels(steps)) == {"none"}


def test_a_share_relayed_as_a_percentage_is_read_as_the_fraction() -> None:
    older, newer = '{"progress": 0.25}', '{"progress": 0.5}'
    assert _relays_as_percent(older, newer, "Printing (25%).")
    assert not _relays_as_percent(older, newer, "Printing (50%).")
    assert not _relays_as_percent(older, newer, "Printing.")


def test_a_made_output_asked_for_again_is_still_a_regeneration() -> None:
    steps = _opening("Write me a tagline for the kennel's open day.")
    for n, line in enumerate(["Wag more.", "Paws for fun.", "Tails up, Saturday."]):
        steps.append(
            Step.tool_call("tagline.write", {"topic": "open day"}, observation=_enveloped(n, line))
        )
        steps.append(Step.llm("No, try again."))
    assert "act" in _levels(steps)


# -- a server-side cursor read on ----------------------------------------------------------


def _listing(cursors: list[str | None]) -> list[Step]:
    steps = _opening("List every open bay booking at the marina.")
    for n, cursor in enumerate(cursors):
        items = [{"berth": f"B-{10 * n + k}", "boat": f"Vessel {10 * n + k}"} for k in range(2)]
        body = {"items": items, "next_cursor": cursor, "has_more": cursor is not None}
        steps.append(Step.tool_call("marina.berths", {"size": 2}, observation=_enveloped(n, body)))
        steps.append(Step.llm("Next berths."))
    return steps


def test_the_same_listing_call_handing_back_new_cursors_is_paging() -> None:
    steps = _listing(["cq_8f31d0a2", "cq_19be77c4", "cq_a0c35e6f", None])
    assert "act" not in _levels(steps)


def test_new_records_with_no_cursor_are_still_made_again() -> None:
    steps = _opening("Suggest names for the new marina berths.")
    for n in range(3):
        names = [("Gull", "Tern"), ("Skiff", "Dory"), ("Heron", "Kittiwake")][n]
        body = {"ideas": [{"name": name} for name in names]}
        steps.append(Step.tool_call("names.suggest", {"size": 2}, observation=_enveloped(n, body)))
        steps.append(Step.llm("No, again."))
    assert "act" in _levels(steps)


# -- the same record created again -------------------------------------------------------------


def _creates(dogs: list[str], header: bool = False) -> list[Step]:
    steps = _opening("Book Biscuit into the kennels for two nights from Friday.")
    for n, dog in enumerate(dogs):
        code = f"KB-{4100 + 37 * n}"
        body = json.dumps({"bookingRef": code, "created": True})
        observation = (
            f"OK 201 | node=k{n % 3} | seq={880 + n}\n{body}"
            if header
            else _enveloped(n, json.loads(body))
        )
        steps.append(
            Step.tool_call(
                "kennel.booking.create", {"dog": dog, "nights": 2}, observation=observation
            )
        )
        steps.append(Step.llm(f"Booked {code}."))
    return steps


def test_the_same_booking_created_three_times_is_a_loop() -> None:
    assert "act" in _levels(_creates(["Biscuit", "Biscuit", "Biscuit"]))


def test_a_duplicate_create_is_read_through_a_status_line() -> None:
    assert "act" in _levels(_creates(["Biscuit", "Biscuit", "Biscuit"], header=True))


def test_bookings_for_different_dogs_are_progress() -> None:
    assert set(_levels(_creates(["Biscuit", "Pepper", "Juno", "Otto"]))) == {"none"}


# -- a value set back and forth -----------------------------------------------------------------


def _vents(modes: list[str]) -> list[Step]:
    steps = _opening("The tomatoes in greenhouse 2 are wilting; sort out the venting.")
    before = "closed"
    for n, mode in enumerate(modes):
        body = {"house": "GH-2", "set": mode, "previous": before}
        steps.append(
            Step.tool_call(
                "greenhouse.set_vent",
                {"house": "GH-2", "mode": mode},
                observation=_enveloped(n, body),
            )
        )
        steps.append(Step.llm(f"Switching the vents to {mode}."))
        before = mode
    return steps


def test_a_vent_set_back_and_forth_is_a_loop() -> None:
    steps = _opening("The tomatoes in greenhouse 2 are wilting; sort out the venting.")
    assert "act" in _levels(steps + _flip())


def _flip() -> list[Step]:
    # half -> closed -> half, each result naming the value the other set.
    steps = []
    for n, (mode, before) in enumerate(
        [("half", "closed"), ("closed", "half"), ("half", "closed")]
    ):
        body = {"house": "GH-2", "set": mode, "previous": before}
        steps.append(
            Step.tool_call(
                "greenhouse.set_vent",
                {"house": "GH-2", "mode": mode},
                observation=_enveloped(n, body),
            )
        )
        steps.append(Step.llm(f"Better on {mode}, switching."))
    return steps


def test_vent_settings_tried_in_turn_are_progress() -> None:
    assert set(_levels(_vents(["half", "open", "louvred"]))) == {"none"}


def test_a_vent_set_back_when_the_grower_asks_is_followed() -> None:
    steps = _opening("The tomatoes in greenhouse 2 are wilting; sort out the venting.")
    flips = _flip()
    flips[3] = Step.llm("Switching.", observation="Actually, go back to half vents after all.")
    assert set(_levels(steps + flips)) == {"none"}
