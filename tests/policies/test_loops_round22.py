"""Round 22's rules, each with a loop it catches and a look-alike of progress it spares.

Evidence of another kind than likeness: whether the world's state changed and whether what
came back was new. A result that says the same, word for word, but for a per-call id (a
sub-agent's run id, a trace) is the same result; a write answered that there was nothing
left to do ("already exists", "no change") says the work is finished; a lookup made a third
time with one result, with nothing new said in between, read nothing new. No embeddings.
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
