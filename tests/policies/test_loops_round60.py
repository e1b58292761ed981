"""Round 60's rules (studied on the seventy-second set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

Reasoning worked in the open, step by step, with no call among the steps ("The plan allows 30
days to cancel." / "It was bought 18 days ago, so 12 days remain." / "So it can still be
cancelled within 12 days."), keeps its subject in every response, as a stall does; but two or
more of its responses each bring a figure no earlier one said, and one after the first draws a
conclusion from them (``_works_figures``). ``idle_talk`` leaves it alone. A stall that says its
one figure again ("Still queued at position 4.") or responses with new figures and no
conclusion drawn are still talk that goes nowhere.

One tool's call made again with the same arguments but one number, another each time (a page
size raised 50, 100, 250), refused each time for who asks (a missing permission, scope or role,
a 403: ``_DENIED``), turns a knob the refusal never named (``_tweaked_against_denial``): the
``reworded_repeat`` finding of one failure whatever the call is ``permanent`` and confirms at
once. The same number tried against an error about the call itself ("not found") may be a walk
over ids, and a refusal met by naming another record is another question: both left warned at
most.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import LoopConfig, Step, _permanent, _result_key, _transient


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _detectors(steps: list[Step]) -> set[str]:
    out: set[str] = set()
    for _, findings in replay(steps, LoopConfig(semantic_enabled=False)):
        out |= {str(f["detector"]) for f in findings}
    return out


def _opening() -> list[Step]:
    return [
        Step.llm(
            "I'll look up the subscription first.",
            observation="A customer asks whether their gym subscription can still be cancelled.",
        ),
        Step.tool_call(
            "subscription_get",
            {"id": "SUB88213"},
            observation="id=SUB88213 plan=annual bought=2026-03-02 status=active",
        ),
    ]


def test_reasoning_worked_step_by_step_is_spared() -> None:
    steps = [
        *_opening(),
        Step.llm("Subscription SUB88213 is an annual plan bought this month."),
        Step.llm("The cancellation terms allow 30 days after a plan is bought."),
        Step.llm("The plan was bought 18 days ago, so 12 days remain."),
        Step.llm("So the plan can still be cancelled; there are 12 days left to do it."),
    ]
    assert "act" not in _levels(steps)
    assert "idle_talk" not in _detectors(steps)


def test_stall_saying_its_figure_again_is_caught() -> None:
    steps = [
        *_opening(),
        Step.llm("The cancellation is still queued at position 4."),
        Step.llm("Still queued at position 4, so no change on the cancellation."),
        Step.llm("The cancellation is queued at position 4 still."),
        Step.llm("Queued still, position 4, the cancellation has not moved."),
    ]
    assert "idle_talk" in _detectors(steps)


def test_new_figures_without_a_conclusion_are_still_talk() -> None:
    steps = [
        *_opening(),
        Step.llm("The cancellation is waiting, retrying in 5 seconds."),
        Step.llm("The cancellation is waiting, retrying in 10 seconds."),
        Step.llm("The cancellation is waiting, retrying in 20 seconds."),
        Step.llm("The cancellation is waiting, retrying in 40 seconds."),
    ]
    assert "idle_talk" in _detectors(steps)


def _denied(n: int) -> str:
    return f'{{"error": {{"code": "FORBIDDEN", "message": "role reader lacks scope orders:pii"}}, "n": {n}}}'


def _search(size: int, n: int, *, region: str = "north", error: str = "") -> Step:
    return Step.tool_call(
        "order_search",
        {"region": region, "status": "open", "page_size": size},
        observation=error or _denied(n),
        error=True,
    )


def test_page_size_raised_against_a_denial_acts() -> None:
    steps = [
        Step.llm("Searching open orders in the north region.", observation="Find the open orders."),
        _search(50, 1),
        Step.llm("Nothing usable came back; trying a larger page."),
        _search(100, 2),
        _search(250, 3),
    ]
    assert _levels(steps)[-1] == "act"


def test_other_ids_against_not_found_are_not_confirmed_at_once() -> None:
    def get(order: int) -> Step:
        return Step.tool_call(
            "order_get",
            {"order": order},
            observation=f'{{"error": {{"code": "NOT_FOUND", "message": "no order {order}"}}}}',
            error=True,
        )

    steps = [
        Step.llm("Looking for the order among the recent numbers.", observation="Find my order."),
        get(50),
        Step.llm("Not that one; trying the next number."),
        get(51),
        get(52),
    ]
    assert "act" not in _levels(steps)


def test_another_record_named_against_a_denial_is_not_confirmed_at_once() -> None:
    steps = [
        Step.llm("Searching open orders by region.", observation="Find the open orders."),
        _search(50, 1, region="north"),
        Step.llm("Denied there; trying the south region."),
        _search(50, 2, region="south"),
        _search(50, 3, region="east"),
    ]
    assert "act" not in _levels(steps)


def _bar_record(txn: int, host: int, status: str) -> str:
    return (
        f"OK|TXN={txn}|TS=2026-07-19T13:4{host}:41.535Z|HOST=REG-APP0{host}\n"
        f"MEMBER|M88213\nSTATUS|{status}\nTIER|silver"
    )


def test_bar_header_stamps_dropped() -> None:
    a = _result_key(_bar_record(4842317, 1, "open"))
    b = _result_key(_bar_record(7350946, 2, "open"))
    assert a == b
    assert "4842317" not in a


def test_bar_header_record_that_changes_kept() -> None:
    a = _result_key(_bar_record(4842317, 1, "open"))
    b = _result_key(_bar_record(7350946, 2, "closed"))
    assert a != b


def test_bar_header_host_alone_kept() -> None:
    # A host without a transaction's number may be what the record lists: kept.
    a = _result_key("OK|HOST=REG-APP01\nMEMBER|M88213")
    b = _result_key("OK|HOST=REG-APP02\nMEMBER|M88213")
    assert a != b


def test_bar_record_cycle_is_caught() -> None:
    # Read, write, check, three times over, each answer the same but for its bar header.
    steps = [Step.llm("Recording the renewal.", observation="Member M88213 renewed; record it.")]
    for n in range(3):
        txn = 4842317 + 977 * n
        steps += [
            Step.tool_call(
                "member_get", {"id": "M88213"}, observation=_bar_record(txn, n, "lapsed")
            ),
            Step.tool_call(
                "member_update",
                {"id": "M88213", "status": "renewed"},
                observation=f"OK|TXN={txn + 1}|TS=2026-07-19T13:4{n}:50.1Z|HOST=REG-APP0{n}\n"
                "MEMBER|M88213\nROWS_UPDATED|1",
            ),
            Step.tool_call(
                "member_check",
                {"id": "M88213"},
                observation=f"OK|TXN={txn + 2}|TS=2026-07-19T13:4{n}:55.1Z|HOST=REG-APP0{n}\n"
                "MEMBER|M88213\nCHECK|FAIL\nDETAIL|payment not received",
            ),
        ]
    assert "act" in _levels(steps)


def _set_tier(tier: str, n: int, reason: str) -> Step:
    return Step.tool_call(
        "member_set_tier",
        {"id": "M88213", "tier": tier},
        observation=f"ERROR [api-{n}] req={7000 + n} member=M88213 result=rejected reason={reason}",
        error=True,
    )


_SPEND = "annual spend 900 below gold floor 1000"
_CONTRACT = "corporate contract C-12 allows gold only"


def test_two_values_each_refused_twice_in_turn_act() -> None:
    # Each refusal served by another node ("[api-3]"): not the very same result twice, so
    # cycle's redone write does not see it; the refusals are one error each way.
    steps = [
        Step.llm("Setting the member's tier.", observation="Fix M88213's tier."),
        _set_tier("gold", 1, _SPEND),
        Step.llm("Gold was refused on spend; setting silver."),
        _set_tier("silver", 2, _CONTRACT),
        Step.llm("Silver breaks the contract, so gold."),
        _set_tier("gold", 3, _SPEND),
        _set_tier("silver", 4, _CONTRACT),
    ]
    assert _levels(steps)[-1] == "act"


def test_a_second_try_that_meets_a_new_error_is_spared() -> None:
    steps = [
        Step.llm("Setting the member's tier.", observation="Fix M88213's tier."),
        _set_tier("gold", 1, _SPEND),
        _set_tier("silver", 2, _CONTRACT),
        Step.llm("Asked finance to lift the spend floor; trying gold again."),
        _set_tier("gold", 3, "approval pending from finance"),
        _set_tier("silver", 4, _CONTRACT),
    ]
    assert "act" not in _levels(steps)


def _log(node: int, req: str, body: str) -> str:
    return (
        f"2026-07-04T09:5{node}:02.185Z INFO [edgeapi-{node}] req={req} took=1{node}8ms\n  {body}"
    )


def test_log_worker_tag_before_request_stamp_masked() -> None:
    a = _result_key(_log(3, "6bd4a19b", "lot=L-7 valid=false"))
    b = _result_key(_log(5, "fb810a06", "lot=L-7 valid=false"))
    assert a == b


def test_log_tag_not_before_a_request_stamp_kept() -> None:
    # A bracketed tag without the request's stamp after it may name the record itself.
    a = _result_key("2026-07-04T09:51:02Z INFO [job-3] state=done rows=12")
    b = _result_key("2026-07-04T09:52:02Z INFO [job-4] state=done rows=12")
    assert a != b


def test_same_log_answer_from_other_workers_is_caught() -> None:
    steps = [Step.llm("Validating the lot's grade.", observation="Check lot L-7's grade.")]
    steps += [
        Step.tool_call(
            "grade_validate",
            {"lot": "L-7"},
            observation=_log(n, req, "lot=L-7 valid=false reason=below minimum"),
        )
        for n, req in ((3, "6bd4a19b"), (5, "fb810a06"), (4, "43d49a35"), (6, "7667fc02"))
    ]
    # Structurally seen now (a warning; the embeddings agreeing on the same step act).
    assert _levels(steps)[-1] in ("warn", "act")


def test_quota_left_header_is_no_transient_error() -> None:
    # A rate limit's count left beside a refusal: the caller is within its limits, and the
    # refusal stays one for good; a 429, or a limit said to be hit, still passes with time.
    refused = 'HTTP/1.1 400 Bad Request\nX-RateLimit-Remaining: 4171\n{"errors": ["below minimum"]}'
    assert _permanent(refused)
    assert _transient("HTTP/1.1 429 Too Many Requests\nX-RateLimit-Remaining: 0")
    assert _transient("rate limited, retry later; X-RateLimit-Remaining: 5")


def test_refused_both_ways_beside_a_quota_header_acts() -> None:
    def write(period: str, n: int, reason: str) -> Step:
        return Step.tool_call(
            "role_write",
            {"role": "svc-a", "period": period},
            observation=f"HTTP/1.1 400 Bad Request\nX-Node: db-{n}\nX-RateLimit-Remaining: "
            f"{4000 - 37 * n}\n" + '{"errors": ["' + reason + '"]}',
            error=True,
        )

    low, high = "period 12h is below the minimum of 24h", "guard: tagged pci, 12h or less"
    steps = [
        Step.llm("Changing the role's period.", observation="Set svc-a's rotation period."),
        write("12h", 1, low),
        Step.llm("The minimum is 24h; writing 24h."),
        write("24h", 2, high),
        Step.llm("The guard wants 12h or less, so 12h."),
        write("12h", 3, low),
        write("24h", 4, high),
    ]
    assert _levels(steps)[-1] == "act"
