"""Round 49's rules (studied on the sixtieth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A poll may wait inside the call: an argument gives the span of time to wait for news
("waitSeconds": 30, "delay_ms"), and the agent doubles it after each unchanged answer. The
wait made each call another call, so no detector saw the same call twice, and the status that
never moved (0% every time) went unremarked. Three or more calls in a row to one tool with
the same arguments but a wait that grows each time, each answered with the same result and
no error, nothing new said to the agent between, are now a loop (``action_observation``,
``backed_off``): a job that has not moved through ever longer waits is stuck. A poll whose
status moves is following a job, and a backoff after errors (a rate limit) that ends in
success is a retry; neither is touched. A header line before the poll's JSON body ("GW
... host=node2 dur=87ms") is cut off for that comparison: which node served the poll is no
news of what it polls.

A result may carry the client's quota beside the answer ("rate_limit": {"remaining": 370,
"reset_s": 29}): the calls left and the seconds to the reset change on every call, whatever
the call is about, so the same answer never looked the same. A block under a rate-limit or
quota key that holds numbers only is now dropped from the result, as a request id is. One
with a word in it (a plan's name) is kept, and a quota given as a header string is not such
a block.

``monologue`` warns on three identical responses in a row. When a question came before each
of them ("Is it booked?", "Can I tell her yes?") and the agent answered each word for word as
before, the questions are one kind of evidence and the unchanged answer another, and the
finding confirms itself (``questioned``). The same words after "ok" or "go on" still only warn.

A briefing may come as a list, one item a message, each opening with a bare number ("1)
...", "2) ...", "3. ..."). Such responses said little the result had not said, so they
looked like talk that stalls. A bare number at a message's start now numbers it as a part, as
a labelled heading does ("Section 2:"): numbers that climb by one, each message saying
something else, are one list. The same status under "1)" each time, or under numbers that
climb but with the same words, is still talk that stalls; "1.5 A" is no number of a part.

A result may say whether a cache served it ("cache": "HIT", "x-cache": "MISS",
"REVALIDATED"), and that changes from call to call while the answer stands. Such a field is
now dropped, as a request id is; one under a cache key with a word of its own ("warm-standby")
is kept.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _cache_state, _numbered_parts, _quota


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _loan_opening() -> list[Step]:
    return [
        Step.llm(
            "Looking up the interlibrary loan first.",
            observation="The patron's loan for the 1911 atlas has not arrived. Chase it up.",
        ),
        Step.tool_call(
            "ill.get_patron", {"patron": "P-3301"}, observation='{"patron": "P-3301", "holds": 2}'
        ),
    ]


def _loan_state(state: str, percent: int) -> str:
    return json.dumps({"request": "ILL-5521", "state": state, "percent": percent})


def _backed_off_polls(states: list[tuple[str, int]], header: bool = False) -> list[Step]:
    steps = _loan_opening()
    for n, (state, percent) in enumerate(states):
        body = _loan_state(state, percent)
        if header:
            body = f"LIBGW 2026-02-1{n} seq={4000 + 17 * n} host=ill-node{n % 3} dur={60 + n}ms\n{body}"
        steps.append(
            Step.tool_call(
                "ill.get_request",
                {"request": "ILL-5521", "wait_s": 10 * 2**n},
                observation=body,
            )
        )
        if n % 2:
            steps.append(Step.llm(f"Loan request is {state}. Giving it longer."))
    return steps


def test_a_status_unchanged_through_ever_longer_waits_is_a_loop() -> None:
    levels = _levels(_backed_off_polls([("searching_lenders", 0)] * 4))
    assert levels[-1] == "act" or levels[-2] == "act"


def test_a_status_that_moves_between_longer_waits_is_progress() -> None:
    states = [("searching_lenders", 0), ("lender_found", 30), ("shipped", 70), ("arrived", 100)]
    assert set(_levels(_backed_off_polls(states))) == {"none"}


def test_the_same_body_under_a_new_header_line_through_longer_waits_is_a_loop() -> None:
    levels = _levels(_backed_off_polls([("searching_lenders", 0)] * 4, header=True))
    assert "act" in levels


def test_a_wait_that_does_not_grow_is_no_backoff() -> None:
    steps = _loan_opening()
    steps += [
        Step.tool_call(
            "ill.get_request",
            {"request": "ILL-5521", "wait_s": 30},
            observation=_loan_state("searching_lenders", 0),
        ),
        Step.tool_call(
            "ill.get_request",
            {"request": "ILL-5521", "wait_s": 30},
            observation=_loan_state("searching_lenders", 0),
        ),
        Step.tool_call(
            "ill.get_request",
            {"request": "ILL-5521", "wait_s": 30},
            observation=_loan_state("lender_found", 30),
        ),
    ]
    assert set(_levels(steps)) == {"none"}


def test_a_backoff_on_a_rate_limit_that_ends_in_success_is_a_retry() -> None:
    steps = _loan_opening()
    for n in range(3):
        steps.append(
            Step.tool_call(
                "ill.send_request",
                {"title": "Atlas of the world, 1911", "delay_s": 5 * 2**n},
                observation="429 Too Many Requests: slow down",
                error=True,
            )
        )
    steps += [
        Step.tool_call(
            "ill.send_request",
            {"title": "Atlas of the world, 1911", "delay_s": 40},
            observation='{"request": "ILL-5522", "state": "sent"}',
        ),
        Step.llm("The request went through on the fourth try."),
    ]
    assert "act" not in _levels(steps)


def _quota_answer(n: int, state: str) -> str:
    return json.dumps(
        {
            "object": "pump",
            "data": {"pump": "PS-4", "state": state},
            "rate_limit": {"remaining": 900 - 37 * n, "reset_s": (17 * n) % 60},
        }
    )


def _pump_opening() -> list[Step]:
    return [Step.llm("Reading the pump.", observation="Is lift station pump 4 back in service?")]


def test_the_same_answer_beside_a_quota_that_counts_down_is_the_same_answer() -> None:
    steps = _pump_opening() + [
        Step.tool_call("scada.get_pump", {"pump": "PS-4"}, observation=_quota_answer(n, "tripped"))
        for n in range(5)
    ]
    assert _levels(steps)[-1] == "act"


def test_an_answer_that_moves_beside_the_quota_is_progress() -> None:
    steps = _pump_opening() + [
        Step.tool_call("scada.get_pump", {"pump": "PS-4"}, observation=_quota_answer(n, state))
        for n, state in enumerate(["tripped", "resetting", "priming", "running"])
    ]
    assert set(_levels(steps)) == {"none"}


def test_a_quota_block_with_a_word_in_it_is_kept() -> None:
    assert _quota("rate_limit", {"remaining": 12, "reset_s": 30})
    assert _quota("ratelimit", {"limit": 1000, "used": 5})
    assert not _quota("rate_limit", {"remaining": 12, "plan": "free"})
    assert not _quota("limits", {"remaining": 12})
    assert not _quota("rate_limit", {})


_CLAIM = "Your boat is on the waiting list for slip 14; the harbourmaster confirms on Friday."


def test_the_same_answer_to_question_after_question_confirms_itself() -> None:
    steps = [
        Step.llm("Checking the slip list.", observation="Can my boat have a slip for winter?"),
        Step.tool_call(
            "marina.list_slips", {"season": "winter"}, observation='{"free": [], "waitlist": 3}'
        ),
        Step.llm(_CLAIM, observation="So is it booked?"),
        Step.llm(_CLAIM, observation="Can I tell my wife yes?"),
        Step.llm(_CLAIM, observation="Anything new?"),
    ]
    assert _levels(steps)[-1] == "act"


def test_the_same_words_after_go_on_still_only_warn() -> None:
    steps = [
        Step.llm("Checking the slip list.", observation="Can my boat have a slip for winter?"),
        Step.tool_call(
            "marina.list_slips", {"season": "winter"}, observation='{"free": [], "waitlist": 3}'
        ),
        Step.llm(_CLAIM, observation="ok"),
        Step.llm(_CLAIM, observation="go on"),
        Step.llm(_CLAIM, observation="ok"),
    ]
    assert _levels(steps)[-1] != "act"


def _vent_opening() -> list[Step]:
    return [
        Step.llm(
            "Reading the ventilation log.",
            observation="Fan 2 in the tunnel tripped twice overnight. What happened and what now?",
        ),
        Step.tool_call(
            "vent.get_log", {"fan": 2}, observation='{"fan": 2, "trips": 2, "code": "OVL"}'
        ),
    ]


def test_responses_under_bare_numbers_that_climb_are_the_parts_of_one_list() -> None:
    # (On the helper: ``idle_talk`` needs the real model's embeddings to stall such talk.)
    items = [
        "1) Fan 2 tripped on overload at 01:10 and again at 03:40.",
        "2) The motor drew 48 A against a 41 A rating both times.",
        "3. The damper upstream was found half shut.",
    ]
    assert _numbered_parts([(i, Step.llm(t)) for i, t in enumerate(items)])
    same = ["1) Fan 2 is still tripped."] * 3
    assert not _numbered_parts([(i, Step.llm(t)) for i, t in enumerate(same)])
    again = [
        "1) Fan 2 is still tripped.",
        "2) Fan 2 is still tripped.",
        "3) Fan 2 is still tripped.",
    ]
    assert not _numbered_parts([(i, Step.llm(t)) for i, t in enumerate(again)])
    decimals = ["1.5 A over.", "2.5 A over.", "3.5 A over."]
    assert not _numbered_parts([(i, Step.llm(t)) for i, t in enumerate(decimals)])


def test_the_same_status_under_the_same_bare_number_is_still_a_stall() -> None:
    steps = _vent_opening()
    for ask in ["and?", "any news?", "and now?", "well?"]:
        steps.append(Step.llm("1) Fan 2 is still tripped on overload.", observation=ask))
    assert "act" in _levels(steps)


def _cached(n: int, state: str, cache: str) -> str:
    return json.dumps(
        {
            "meta": {"msg": f"{n * 977:08x}", "cache": cache},
            "body": {"cert": "GC-118", "state": state},
        }
    )


def _cert_opening() -> list[Step]:
    return [
        Step.llm("Looking the certificate up.", observation="Is gas certificate GC-118 issued?")
    ]


def test_the_same_answer_served_from_a_cache_or_afresh_is_the_same_answer() -> None:
    steps = _cert_opening() + [
        Step.tool_call("certs.get", {"cert": "GC-118"}, observation=_cached(n, "pending", c))
        for n, c in enumerate(["HIT", "MISS", "HIT", "REVALIDATED", "HIT"])
    ]
    assert _levels(steps)[-1] == "act"


def test_an_answer_that_moves_whatever_the_cache_says_is_progress() -> None:
    states = ["pending", "inspected", "approved", "issued"]
    steps = _cert_opening() + [
        Step.tool_call("certs.get", {"cert": "GC-118"}, observation=_cached(n, s, c))
        for n, (s, c) in enumerate(zip(states, ["HIT", "MISS", "HIT", "MISS"], strict=True))
    ]
    assert set(_levels(steps)) == {"none"}


def test_a_cache_field_with_a_word_of_its_own_is_kept() -> None:
    assert _cache_state("cache", "HIT")
    assert _cache_state("x-cache", "miss")
    assert not _cache_state("cache", "warm-standby")
    assert not _cache_state("state", "hit")
