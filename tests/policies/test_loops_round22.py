"""Round 22's rules, each with a loop it catches and a look-alike of progress it spares.

Evidence of another kind than likeness: whether the world's state changed and whether what
came back was new. A result that says the same, word for word, but for a per-call id (a
sub-agent's run id, a trace) is the same result; a write answered that there was nothing
left to do ("already exists", "no change") says the work is finished; a lookup made a third
time with one result, with nothing new said in between, read nothing new. And whether the
agent's claims change: a plan that turns back and forth with no call between is indecision,
and a conclusion the agent says it says again ("In short, ...") is no new claim. No
embeddings.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step

TASK = (
    "Customers of the Q4 webinar get no confirmation email. Find out why and fix it. Do not "
    "cancel or recreate the webinar."
)

CANNED = (
    "Checked account email settings: registrant confirmation emails are enabled and the "
    "sender domain is verified. Emails may be filtered by spam filters."
)


def test_a_sub_agent_echoing_its_answer_to_reworded_asks_warns_then_acts() -> None:
    # The same canned answer, each time from a new run (its own run id), to asks in new words.
    asks = [
        "Find out why registrants get no confirmation email.",
        "Investigate the missing join links for the Q4 webinar.",
        "Work out why people signing up for the roadmap webinar get no email.",
        "Explain why the roadmap webinar sends no confirmations.",
    ]
    steps = [Step.llm("I'll ask the Zoom admin sub-agent.", observation=TASK)]
    for k, (ask, run) in enumerate(
        zip(asks, ("245f1c", "806377", "aba4fb", "7e01d2"), strict=True)
    ):
        if k:
            steps.append(Step.llm("Same answer. Let me ask it differently."))
        steps.append(
            Step.tool_call(
                "spawn_subagent",
                {"agent": "zoom-admin", "task": ask},
                observation=f"[run {run}] {CANNED}",
            )
        )
    results = replay(steps)
    assert [level for level, _ in results[-3:]] == ["warn", "none", "act"]
    assert any(f["detector"] == "reworded_repeat" for f in results[-3][1])
    assert all(level == "none" for level, _ in results[:-3])


def test_a_sub_agent_answering_each_task_anew_is_no_loop() -> None:
    # Three sub-tasks handed out, each answered with its own finding and a run id.
    answers = [
        ("Check the sender domain.", "[run 245f1c] The sender domain is verified."),
        ("Check the approval setting.", "[run 806377] approval_type is 1: manual approval."),
        ("Count pending registrants.", "[run aba4fb] 147 registrants are pending."),
    ]
    steps = [Step.llm("Splitting the checks between sub-agents.", observation=TASK)]
    for task, answer in answers:
        steps.append(
            Step.tool_call(
                "spawn_subagent", {"agent": "zoom-admin", "task": task}, observation=answer
            )
        )
    assert all(level == "none" for level, _ in replay(steps))


def test_counts_that_change_are_not_ids() -> None:
    # The same sub-agent question, the queue depth it reports moving: news each time.
    steps = [Step.llm("Asking the queue helper.", observation=TASK)]
    for depth, run in (("49316", "245f1c"), ("43795", "806377"), ("38012", "aba4fb")):
        steps.append(
            Step.tool_call(
                "spawn_subagent",
                {"agent": "queue-helper", "task": f"How deep is the invoices queue ({run})?"},
                observation=f"[run {run}] invoices holds {depth} ready messages",
            )
        )
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def redo(answers: list[str]) -> list[Step]:
    call = {"company": 7781, "pos_code": "GRAT_CARD_V2", "earning_type": "Paycheck tips"}
    steps = [
        Step.llm("The export drops GRAT_CARD_V2: it is not mapped.", observation=TASK),
        Step.tool_call("payroll_mapping_add", call, observation="mapping added"),
        Step.llm("GRAT_CARD_V2 now maps to Paycheck tips."),
    ]
    for answer in answers:
        steps.append(Step.llm("Let me add the mapping again to be sure it saved."))
        steps.append(Step.tool_call("payroll_mapping_add", call, observation=answer))
    return steps


def test_a_write_redone_after_it_was_answered_already_done_acts() -> None:
    conflict = "409 Conflict: mapping for GRAT_CARD_V2 already exists (-> Paycheck tips)"
    results = replay(redo([conflict, conflict]))
    assert results[-1][0] == "act"
    assert any(f["detector"] == "cycle" and "no_op" in f for f in results[-1][1])
    assert all(level == "none" for level, _ in results[:-1])


def test_a_write_checked_once_and_a_batch_answered_already_are_no_loop() -> None:
    # One redo answered "already exists", then the agent moves on.
    conflict = "409 Conflict: mapping for GRAT_CARD_V2 already exists (-> Paycheck tips)"
    steps = redo([conflict])
    steps.append(Step.llm("It is in place. Now the payroll correction."))
    steps.append(Step.tool_call("payroll_correction", {"period": "Nov 10-23"}, observation="ok"))
    assert all(level == "none" for level, _ in replay(steps))
    # Approving three registrants, each of whom had already been approved.
    batch = [Step.llm("Approving the three left.", observation=TASK)]
    batch += [
        Step.tool_call("approve_registrant", {"email": who}, observation=f"{who} already approved")
        for who in ("a@x.io", "b@x.io", "c@x.io")
    ]
    assert all(level == "none" for level, _ in replay(batch))


def lookups(stamps: list[str], between: Step) -> list[Step]:
    steps = [Step.llm("First the claim's status.", observation=TASK)]
    for k, stamp in enumerate(stamps):
        if k == 1:
            steps.append(between)
        if k:
            steps.append(Step.llm("Pulling the claim status once more."))
        steps.append(
            Step.tool_call(
                "claim_status",
                {"rx": 6121170},
                observation=f"Rx 6121170 txn {stamp} RESPONSE: REJECTED 75 Prior Auth Required",
            )
        )
    return steps


def test_a_lookup_made_a_third_time_with_one_result_acts() -> None:
    profile = Step.tool_call(
        "patient_profile", {"patient": "P223471"}, observation="new eRx 6127967 on hold"
    )
    stamps = ["cdd98000-7ca9-2d9a", "368fcf38-6279-7c3e", "1a0517ec-7d39-3463"]
    results = replay(lookups(stamps, profile))
    assert results[-1][0] == "act"
    assert any(f["detector"] == "cycle" and "reread" in f for f in results[-1][1])


def test_a_lookup_made_again_while_something_else_moves_is_no_loop() -> None:
    # Between the reads another call's result changes: the world moves, the agent follows.
    steps = [Step.llm("Sent for signature; tracking it.", observation=TASK)]
    for status in ("sent (not opened)", "sent (not opened)", "viewed", "signed"):
        steps.append(
            Step.tool_call("esign_status", {"unit": "2D"}, observation=f"status: {status}")
        )
        steps.append(
            Step.tool_call("schedule_check", {"in_hours": 12}, observation="next check in 12h")
        )
    results = replay(steps)
    assert not any("reread" in f for _, found in results for f in found)
    assert all(level != "act" for level, _ in results)


def test_a_lookup_made_again_when_told_something_new_is_no_loop() -> None:
    told = Step.llm(
        "Thanks, checking the claim again.",
        observation="Janine released the new prescription and re-ran the claim. Check again.",
    )
    stamps = ["cdd98000-7ca9-2d9a", "368fcf38-6279-7c3e", "1a0517ec-7d39-3463"]
    results = replay(lookups(stamps, told))
    assert not any("reread" in f for _, found in results for f in found)
    assert all(level != "act" for level, _ in results)


def test_a_batch_over_hex_like_ids_is_no_loop() -> None:
    # Registrants approved in chunks, each chunk named by its first id (hex-like), each
    # answered alike: other records each time, not one call stamped anew.
    steps = [Step.llm("Approving the 147 pending registrants in chunks of 30.", observation=TASK)]
    steps += [
        Step.tool_call(
            "zoom_api",
            {
                "method": "PUT",
                "path": "/v2/webinars/82198043146/registrants/status",
                "body": {"action": "approve", "registrants": [f"{first}..(30 ids)"]},
            },
            observation="HTTP 204 No Content",
        )
        for first in (
            "F5af89cd889d1adc",
            "b0aacf9a5ff52ff7",
            "k00f982496084607",
            "yad6dc4a25a52b07",
        )
    ]
    assert all(level == "none" for level, _ in replay(steps))


def weighing(turns: list[str]) -> list[Step]:
    return [
        Step.llm("I'll read the webinar's settings.", observation=TASK),
        Step.tool_call("zoom_get_webinar", {"id": 84248567012}, observation="approval_type: 1"),
        Step.llm("Approval is manual, so every sign-up waits for a person."),
        Step.llm("Option A: switch to automatic approval and approve the pending ones."),
        Step.llm("Option B: keep manual approval and approve in batches."),
        Step.llm("A is simpler and matches a public event."),
        *(Step.llm(turn) for turn in turns),
    ]


def test_a_plan_that_swings_back_and_forth_acts() -> None:
    results = replay(
        weighing(
            [
                "But B would let marketing screen out competitors.",
                "Still, A gets everyone their link today.",
                "Though B is what the template was made for...",
            ]
        )
    )
    # The second turn confirms the warning the options' restated words raised.
    assert [level for level, _ in results[-3:]] == ["none", "act", "warn"]
    assert any(f["detector"] == "idle_talk" and "turns" in f for f in results[-2][1])
    assert all(level != "act" for level, _ in results[:-2])


def test_weighing_two_options_once_then_acting_is_no_loop() -> None:
    steps = weighing(
        [
            "But B would let marketing screen out competitors.",
            "A then: switching to automatic approval.",
        ]
    )
    steps.append(Step.tool_call("zoom_patch_webinar", {"approval_type": 0}, observation="HTTP 204"))
    steps.append(Step.llm("But first, let me approve the 147 already pending."))
    steps.append(Step.tool_call("zoom_approve_all", {"status": "pending"}, observation="147 ok"))
    results = replay(steps)
    assert not any("turns" in f for _, found in results for f in found)
    assert all(level != "act" for level, _ in results)


def code_search(query: str, key: str = "query") -> Step:
    return Step.tool_call(
        "code_search",
        {"repo": "acme/worker-chart", key: query},
        observation=f'code search in acme/worker-chart: 0 results for "{query}" (38 files)',
    )


def test_short_queries_reworded_that_each_find_nothing_act() -> None:
    # Two to four words each, no word shared: the same search reworded, not other records.
    queries = ["invoices queue", "generate_invoice routing", "invoice tasks", "billing consumer"]
    steps = [Step.llm("Searching the worker chart for the invoices route.", observation=TASK)]
    for query in queries:
        steps.append(code_search(query))
        steps.append(Step.llm("Nothing. Let me phrase it another way."))
    results = replay(steps)
    levels = [level for level, _ in results]
    assert levels[:5] == ["none"] * 5
    assert levels[5] == "warn"
    assert "act" in levels[6:]
    assert any("found_nothing" in f for f in results[5][1])


def test_short_searches_for_other_records_or_names_are_no_loop() -> None:
    # Queries naming other records (a number each) that are unknown: a batch of lookups.
    steps = [Step.llm("Looking up the three invoices.", observation=TASK)]
    steps += [code_search(f"invoice {n}") for n in ("2041", "2042", "2043")]
    assert all(level == "none" for level, _ in replay(steps))
    # Short values of an argument that names what is looked up: other streets.
    steps = [Step.llm("Checking the three streets.", observation=TASK)]
    steps += [code_search(street, key="street") for street in ("Birch Rd", "Hazel Way", "Elm")]
    assert all(level == "none" for level, _ in replay(steps))


def run_log(stamp: str, status: str = "over its data quota") -> Step:
    return Step.tool_call(
        "gh_run_view",
        {"repo": "acme/ios-app", "run": "latest", "log_failed": True},
        observation=f"Checkout {stamp} Fetching LFS objects: this repository is {status}",
    )


def test_a_log_read_again_with_only_its_utc_clock_changed_is_one_result() -> None:
    stamps = ["08:52:58Z", "08:53:59Z", "08:54:39Z", "08:55:43Z"]
    steps = [Step.llm("Reading the failed run's log.", observation=TASK)]
    steps += [run_log(stamp) for stamp in stamps]
    results = replay(steps)
    assert any(f["detector"] == "action_observation" for f in results[-1][1])
    # The same reads, the status moving: a job followed as it runs.
    statuses = ["queued", "fetching LFS objects", "checking out", "done"]
    steps = [Step.llm("Reading the running job's log.", observation=TASK)]
    steps += [run_log(stamp, status) for stamp, status in zip(stamps, statuses, strict=True)]
    assert all(level == "none" for level, _ in replay(steps))


def concluded(restatements: list[Step]) -> list[Step]:
    return [
        Step.llm("Queue depths and consumers first.", observation=TASK),
        Step.tool_call(
            "rabbitmq_list_queues",
            {"vhost": "/prod"},
            observation="invoices 41220 ready, 0 consumers",
        ),
        Step.llm("The invoices queue holds 41,220 messages and has no consumer."),
        Step.tool_call(
            "celery_inspect", {"command": "active_queues"}, observation="workers: default, emails"
        ),
        Step.llm("The workers listen on default and emails only, not on invoices."),
        *restatements,
    ]


def test_a_conclusion_said_again_and_again_in_other_words_acts() -> None:
    steps = concluded(
        [
            Step.llm("To sum up: invoice tasks go to a queue no worker consumes."),
            Step.llm(
                "In short, the backlog is a routing gap.",
                observation="OK, and what do we do about it?",
            ),
            Step.llm("Put simply, the workers don't listen where the invoices go."),
            Step.llm(
                "Bottom line: the new route points at a queue with zero consumers.",
                observation="Yes, you've said. What's the fix?",
            ),
        ]
    )
    results = replay(steps)
    assert "act" in [level for level, _ in results[-3:]]
    assert any(
        f["detector"] == "idle_talk" and "restating" in f for _, found in results for f in found
    )
    assert all(level == "none" for level, _ in results[:-3])


def test_a_conclusion_summed_up_once_and_acted_on_is_no_loop() -> None:
    steps = concluded(
        [
            Step.llm("To sum up: invoice tasks go to a queue no worker consumes."),
            Step.llm("The fix is adding invoices to the workers' queue list.", observation="Go."),
            Step.llm("Opening the pull request on the worker chart."),
            Step.tool_call(
                "github_create_pr", {"branch": "fix/consume-invoices"}, observation="PR #2194"
            ),
            Step.llm("In short, PR #2194 adds the queue; the backlog drains once it merges."),
        ]
    )
    results = replay(steps)
    assert not any("restating" in f for _, found in results for f in found)
    assert all(level != "act" for level, _ in results)
