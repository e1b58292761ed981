"""Round 64's rules (studied on the seventy-sixth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A log line's bracketed process tag ("INFO  [ctl-7 pid=9923] ...") is the serving's, as a
syslog pid is (``_LOG_PROCESS_TAG``). A record's ``peer`` names the machine that served and
its ``seq`` numbers the response (``_SERVING_KEY``, ``_TRANSACTION_KEY``). A report's comment
note's field that names the serving ("shard=11") is masked whatever its value
(``_comment_stamp``). A YAML-like result's cache age and the node beside it are masked
(``_aged_envelope_masked``). An index ("items[0]") is no count of nothing found
(``_NOTHING_FOUND``). A record read again after the agent said, twice in other words, that it
would check it (``_reread_named_over``). A setting changed and changed back for the reason
given the first time (``_set_back_for_same_reason``). A cycle of reads followed by a response
that names the same records and says nothing they told (``_cycle_held_over``).
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import (
    LoopConfig,
    Step,
    _found_nothing,
    _reread_named_over,
    _result_key,
)


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


# --- a log line's process tag -----------------------------------------------------------


def _tagged(worker: str, pid: int, lines: list[str], minute: int = 10) -> str:
    return "\n".join(
        f"2026-03-04T09:{minute:02d}:{k:02d}Z INFO  [{worker} pid={pid}] {line}"
        for k, line in enumerate(lines)
    )


def test_log_process_tag_masked() -> None:
    a = _result_key(_tagged("stock-api-3", 4121, ["sku=W-118", "bin=A4", "qty=12"]))
    b = _result_key(_tagged("stock-api-1", 30977, ["sku=W-118", "bin=A4", "qty=12"], 14))
    assert a == b
    assert "pid" not in a


def test_log_process_tag_message_change_kept() -> None:
    a = _result_key(_tagged("stock-api-3", 4121, ["sku=W-118", "qty=12"]))
    b = _result_key(_tagged("stock-api-1", 30977, ["sku=W-118", "qty=9"], 14))
    assert a != b


def test_log_tag_without_pid_kept() -> None:
    # A bracketed name with no process id may be what the line is about: kept.
    a = _result_key("2026-03-04T09:10:00Z INFO  [bay-3] sku=W-118")
    b = _result_key("2026-03-04T09:10:09Z INFO  [bay-4] sku=W-118")
    assert a != b


def test_same_log_from_other_processes_is_caught() -> None:
    steps = [Step.llm("Checking bin stock for W-118.", observation="Is W-118 in stock?")]
    for n, (worker, pid) in enumerate(
        (("api-3", 411), ("api-1", 9120), ("api-2", 77), ("api-3", 4))
    ):
        steps.append(Step.llm("I'll read item W-118 from the stock service."))
        steps.append(
            Step.tool_call(
                "stock show",
                {"sku": "W-118"},
                observation=_tagged(worker, pid, ["sku=W-118", "qty=12"], 10 + n),
            )
        )
    assert "act" in _levels(steps)


def test_log_from_other_processes_as_it_changes_is_spared() -> None:
    steps = [Step.llm("Watching W-118 restock.", observation="Tell me when W-118 is restocked.")]
    for n, qty in enumerate((0, 4, 9, 12)):
        steps.append(Step.llm("I'll read item W-118 from the stock service."))
        steps.append(
            Step.tool_call(
                "stock show",
                {"sku": "W-118"},
                observation=_tagged(f"api-{n}", 100 + n, ["sku=W-118", f"qty={qty}"], 10 + n),
            )
        )
    assert "act" not in _levels(steps)


# --- a record's peer and sequence number --------------------------------------------------


def test_peer_and_seq_dropped() -> None:
    a = _result_key("seq=41207 peer=ledger-b status=OK acct=AC-77 balance=120")
    b = _result_key("seq=90311 peer=ledger-c status=OK acct=AC-77 balance=120")
    assert a == b


def test_peer_alone_kept() -> None:
    # A peer with no number of the response beside it may be what the record lists.
    a = _result_key("status=OK link=L-4 peer=edge-a")
    b = _result_key("status=OK link=L-4 peer=edge-b")
    assert a != b


def test_peer_and_seq_record_change_kept() -> None:
    a = _result_key("seq=41207 peer=ledger-b status=OK acct=AC-77 balance=120")
    b = _result_key("seq=90311 peer=ledger-c status=OK acct=AC-77 balance=95")
    assert a != b


# --- a comment note's serving field ---------------------------------------------------------


def test_comment_serving_field_masked() -> None:
    a = _result_key("# query=q1 generated=2026-03-04T09:10:00Z shard=11\nid,qty\nW-118,12")
    b = _result_key("# query=q1 generated=2026-03-04T09:12:00Z shard=4\nid,qty\nW-118,12")
    assert a == b


def test_comment_other_field_kept() -> None:
    a = _result_key("# query=q1 generated=2026-03-04T09:10:00Z page=1\nid,qty\nW-118,12")
    b = _result_key("# query=q1 generated=2026-03-04T09:12:00Z page=2\nid,qty\nW-118,12")
    assert a != b


# --- a YAML-like result's cache age and node ------------------------------------------------


def _yaml(node: str, age: int, body: str) -> str:
    return f"status: ok\nnode: {node}\ncache_age_s: {age}\nresult:\n{body}"


def test_aged_envelope_masked() -> None:
    body = "  shelf: S-12\n  items:\n    - W-118\n  checked: 2026-02-01"
    assert _result_key(_yaml("inv-2", 31, body)) == _result_key(_yaml("inv-5", 288, body))


def test_aged_envelope_body_change_kept() -> None:
    a = _result_key(_yaml("inv-2", 31, "  shelf: S-12\n  items:\n    - W-118"))
    b = _result_key(_yaml("inv-5", 288, "  shelf: S-12\n  items:\n    - W-120"))
    assert a != b


def test_node_without_age_kept() -> None:
    a = _result_key("status: ok\nnode: inv-2\nresult:\n  shelf: S-12\n  items:\n    - W-1")
    b = _result_key("status: ok\nnode: inv-5\nresult:\n  shelf: S-12\n  items:\n    - W-1")
    assert a != b


# --- an index is no count -------------------------------------------------------------------


def test_index_zero_is_no_count() -> None:
    listing = "status=OK items[0].sku=W-1 items[0].bin=A4 items[1].sku=W-2 next=c9"
    assert not _found_nothing(Step.tool_call("ListItems", {}, observation=listing))


def test_zero_items_still_found_nothing() -> None:
    assert _found_nothing(Step.tool_call("ListItems", {}, observation="status=OK 0 items"))


def test_listing_paged_on_with_indexed_keys_is_spared() -> None:
    steps = [Step.llm("I'll page through the items.", observation="List every item, please.")]
    cursor = None
    for page in range(4):
        args = {"limit": 2} if cursor is None else {"limit": 2, "cursor": cursor}
        cursor = f"c{page}e{page}a9f1"
        skus = (f"W-{10 * page + 1}", f"W-{10 * page + 2}")
        steps.append(Step.llm(f"Page {page + 1}, cursor {args.get('cursor', 'none')}."))
        steps.append(
            Step.tool_call(
                "ListItems",
                args,
                observation=(
                    f"status=OK items[0].sku={skus[0]} items[1].sku={skus[1]} next={cursor}"
                ),
            )
        )
    assert "act" not in _levels(steps)


# --- a record re-read after it was named again and again ----------------------------------


_RECORD = '{"id": "INV-5521", "total": 340, "state": "open"}'


def _reread(between: list[str], second: str = "INV-5521") -> list[Step]:
    steps = [
        Step.llm("On it.", observation="Why is invoice INV-5521 still open?"),
        Step.llm("I'll check invoice INV-5521 first."),
        Step.tool_call("invoices.get", {"id": "INV-5521"}, observation=_RECORD),
    ]
    steps += [Step.llm(text) for text in between]
    observation = _RECORD if second == "INV-5521" else _RECORD.replace("INV-5521", second)
    steps.append(Step.tool_call("invoices.get", {"id": second}, observation=observation))
    return steps


def test_reread_named_over_is_caught() -> None:
    steps = _reread(
        ["Let me see what the ledger holds for INV-5521.", "Verifying the details of INV-5521."]
    )
    assert _levels(steps)[-1] == "act"
    indexed = list(enumerate(steps))
    assert _reread_named_over([e for e in indexed if e[1].kind == "tool"], indexed)


def test_one_naming_before_reread_is_spared() -> None:
    # Saying once that it double-checks the record, then reading it again: a verification.
    steps = _reread(["Let me double-check INV-5521 before answering."])
    assert "act" not in _levels(steps)


def test_next_record_after_namings_is_spared() -> None:
    steps = _reread(
        ["INV-5521 is open. Now the linked one, INV-5522.", "Checking invoice INV-5522 next."],
        second="INV-5522",
    )
    assert "act" not in _levels(steps)


def test_reread_after_new_input_is_spared() -> None:
    steps = _reread(["Let me see what the ledger holds for INV-5521."])
    steps.insert(
        4,
        Step.llm(
            "Checking INV-5521 once more after your note.",
            observation="Finance says they just posted a payment against INV-5521.",
        ),
    )
    assert "act" not in _levels(steps)


# --- a setting set back for the reason given the first time --------------------------------


_FIRST = "Cold-chain goods must ship on the refrigerated route, so the order needs route R1."
_SECOND = "The customer asked for the cheapest option, so route R3 is the right call."


def _routes(reasons: list[str], values: list[str]) -> list[Step]:
    steps = [Step.llm("Looking at the order.", observation="Set the route for order SO-88.")]
    for reason, value in zip(reasons, values, strict=True):
        steps.append(Step.llm(reason))
        steps.append(
            Step.tool_call(
                "orders.update",
                {"order": "SO-88", "route": value},
                observation=f'{{"order": "SO-88", "route": "{value}", "saved": true}}',
            )
        )
    return steps


def test_set_back_for_same_reason_is_caught() -> None:
    steps = _routes(
        [_FIRST, f"On second thought: {_SECOND}", f"Settling it: {_FIRST} Setting R1 again."],
        ["R1", "R3", "R1"],
    )
    assert "flip_flop" in _fired(steps)
    assert _levels(steps)[-1] == "act"


def test_set_back_for_new_reason_is_spared() -> None:
    steps = _routes(
        [
            _FIRST,
            f"On second thought: {_SECOND}",
            "The warehouse just confirmed R3 has no chilled trucks this week, so back to R1.",
        ],
        ["R1", "R3", "R1"],
    )
    assert "flip_flop" not in _fired(steps)


def test_new_values_each_time_are_spared() -> None:
    steps = _routes(
        [_FIRST, "R1 is full today, trying R2.", "R2 is delayed, so R4 it is."],
        ["R1", "R2", "R4"],
    )
    assert "flip_flop" not in _fired(steps)


# --- a cycle of reads held over -----------------------------------------------------------


def _rounds(closing: str) -> list[Step]:
    order = '{"order": "SO-88", "carrier": "CR-4", "weight_kg": 12}'
    carrier = '{"carrier": "CR-4", "linked_orders": ["SO-88"], "updated": "2026-02-01"}'
    steps = [Step.llm("Let me look.", observation="Which carrier has order SO-88?")]
    for _ in range(2):
        steps.append(Step.tool_call("orders.get", {"order": "SO-88"}, observation=order))
        steps.append(Step.tool_call("carriers.get", {"carrier": "CR-4"}, observation=carrier))
    steps.append(Step.llm(closing))
    return steps


def test_cycle_held_over_is_caught() -> None:
    levels = _levels(_rounds("Going over both records for SO-88 side by side, every field."))
    assert levels[-2] == "warn"
    assert levels[-1] == "act"


def test_cycle_then_answer_is_spared() -> None:
    levels = _levels(_rounds("SO-88 ships with carrier CR-4 and weighs 12 kg."))
    assert levels[-1] != "act"


def test_cycle_then_other_record_is_spared() -> None:
    levels = _levels(_rounds("Next I'll look at order SO-91 instead."))
    assert levels[-1] != "act"


def test_per_item_workflow_then_summary_is_spared() -> None:
    # The same steps for one item after another (a read, a send, a note), each answered
    # alike: the rounds are on other records, and a summary naming the last is no hold-over.
    steps = [Step.llm("I'll work through the open tickets.", observation="Close the stale ones.")]
    for ticket in ("TK-4101", "TK-4107", "TK-4112"):
        steps.append(
            Step.tool_call("tickets.get", {"id": ticket}, observation=f"{ticket} | stale | open")
        )
        steps.append(Step.tool_call("tickets.notify", {"id": ticket}, observation="OK: sent"))
        steps.append(Step.tool_call("tickets.close", {"id": ticket}, observation="OK"))
    steps.append(Step.llm("Notified and closed the three; TK-4112 was the oldest."))
    assert _levels(steps)[-1] != "act"
