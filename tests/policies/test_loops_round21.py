"""Round 21's rules, each with a loop it catches and a look-alike of progress it spares.

``idle_talk``'s re-ask: the agent asked a question, was answered, went on (reading things),
and asks it again, twice, in other words: the answer had reached it, and asking again does not
move it. No embeddings: the rule compares the questions' and the answer's words.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step

TASK = (
    "The nightly export to the warehouse failed. Find out why and rerun it. Do not touch the "
    "production schema without the data owner."
)


def asked_and_answered() -> list[Step]:
    return [
        Step.llm("Let me read the export job's last run first.", observation=TASK),
        Step.tool_call(
            "job_history", {"job": "export-nightly"}, observation="run 4412 failed: quota"
        ),
        Step.llm("Run 4412 failed on the storage quota."),
        Step.llm("Should the rerun write to the staging bucket or to the production bucket?"),
        Step.llm("Thanks.", observation="Staging bucket. Production is frozen this week."),
        Step.tool_call(
            "bucket_usage", {"bucket": "staging"}, observation="staging: 61% of 2 TB used"
        ),
        Step.llm("Staging has room: 61% of 2 TB used."),
    ]


def test_asking_again_what_was_answered_acts() -> None:
    steps = asked_and_answered()
    steps.append(Step.llm("To be sure: staging bucket, not the production one?"))
    steps.append(
        Step.llm(
            "Which bucket should the rerun write to?",
            observation="Staging. I already said so.",
        )
    )
    results = replay(steps)
    assert [level for level, _ in results[-2:]] == ["none", "act"]
    assert any(f["detector"] == "idle_talk" and "reasked" in f for f in results[-1][1])
    assert all(level == "none" for level, _ in results[:-1])


def test_a_question_answered_with_something_new_each_time_is_no_loop() -> None:
    # Feedback on each draft: the question-shaped drafts are each answered with news.
    steps = [
        Step.llm("Drafting the subject line.", observation="Draft a subject for the recall."),
        Step.llm("Is your car affected by the brake recall?"),
        Step.llm(
            "Is your car part of the brake recall?",
            observation="Too vague: name the model, it is the Corsa 2019 batch.",
        ),
        Step.llm(
            "Is your Corsa part of the brake recall?",
            observation="Better, but say 'free repair' so people open it.",
        ),
        Step.llm(
            "Is your Corsa due a free brake repair?",
            observation="Close. Drop 'due', ask whether they booked the free repair.",
        ),
    ]
    results = replay(steps)
    assert not any("reasked" in f for _, found in results for f in found)
    assert all(level != "act" for level, _ in results)


def test_asking_again_after_acting_on_the_answer_is_no_loop() -> None:
    # The agent made the change the answer asked for; the change may raise the question anew.
    steps = asked_and_answered()
    steps.append(
        Step.tool_call(
            "export_rerun", {"job": "export-nightly", "bucket": "staging"}, observation="ok"
        )
    )
    steps.append(Step.llm("To be sure: staging bucket, not the production one?"))
    steps.append(Step.llm("Which bucket should the next run write to?", observation="Staging."))
    results = replay(steps)
    assert not any("reasked" in f for _, found in results for f in found)


def test_a_question_about_another_figure_is_no_reask() -> None:
    steps = asked_and_answered()
    steps.append(Step.llm("And run 4413, staging bucket as well?"))
    steps.append(Step.llm("And run 4414, staging bucket too?", observation="Yes, staging."))
    results = replay(steps)
    assert not any("reasked" in f for _, found in results for f in found)


# idle_talk's restating run: five responses or more with no call, three after the first each
# saying again what the agent had said and taking up nothing it was told, two of them told
# nothing at all. It confirms itself ("restates").


def concluded() -> list[Step]:
    return [
        Step.llm("Let me read the export job's last run first.", observation=TASK),
        Step.tool_call(
            "job_history", {"job": "export-nightly"}, observation="run 4412 failed: quota"
        ),
        Step.llm(
            "Run 4412 failed because the staging bucket hit its storage quota at 02:10, "
            "so the export stopped halfway through the orders table."
        ),
    ]


def test_restating_the_conclusion_whatever_the_agent_is_told_acts() -> None:
    steps = concluded()
    steps.append(
        Step.llm("So the export stopped because the staging bucket quota ran out at 02:10.")
    )
    steps.append(Step.llm("In short: the storage quota stopped the export of the orders table."))
    steps.append(
        Step.llm(
            "To restate, the staging bucket quota failed run 4412 halfway.",
            observation="Right. Now rerun it.",
        )
    )
    steps.append(Step.llm("Put simply, the orders export stopped at the bucket quota."))
    results = replay(steps)
    assert results[-1][0] == "act"
    assert any(f["detector"] == "idle_talk" and "restates" in f for f in results[-1][1])
    # (idle_talk's reuse warned on the third response; the push broke its run, not this one.
    # Since round 22 the fourth, the second to open by saying it says again ("To restate,"),
    # confirms that warning: one response before this rule does.)
    assert results[-2][0] == "act"
    assert any("restating" in f for f in results[-2][1])
    assert all(level != "act" for level, _ in results[:-2])
    assert not any("restates" in f for _, found in results[:-1] for f in found)


def test_a_draft_revised_on_each_request_is_no_loop() -> None:
    # Each revision says mostly what the draft said, and takes up no word of the request,
    # but each comes after one: the agent is not talking on its own.
    draft = "Incident: export run 4412 failed at 02:10 on the staging bucket quota."
    steps = concluded()
    steps.append(Step.llm(f"Here's a draft.\n\n{draft}"))
    steps.append(Step.llm(f"Updated:\n\n{draft} Orders half exported.", observation="impact"))
    steps.append(
        Step.llm(f"Revised:\n\n{draft} Orders half exported. Rerun at 09:00.", observation="plan")
    )
    steps.append(
        Step.llm(
            f"Updated:\n\n{draft} Orders half exported. Rerun at 09:00. Owner: data team.",
            observation="owner",
        )
    )
    results = replay(steps)
    assert not any("restates" in f for _, found in results for f in found)
    assert all(level != "act" for level, _ in results)


def test_weighing_options_then_acting_is_no_restating_run() -> None:
    steps = concluded()
    steps.append(Step.llm("Option one: raise the staging quota and rerun the export tonight."))
    steps.append(Step.llm("Option two: rerun now into the archive bucket, which has room."))
    steps.append(Step.llm("Option one keeps the export where readers expect it."))
    steps.append(
        Step.tool_call("quota_raise", {"bucket": "staging", "tb": 3}, observation="quota 3 TB")
    )
    results = replay(steps)
    assert not any("restates" in f for _, found in results for f in found)


# reworded_repeat's empty searches: one tool, three calls in a row about the same thing in
# other words, each of which found nothing. A warning; a fourth confirms it.


def search(query: str, found: str | None = None) -> Step:
    text = found or f'0 matches for "{query}" in app/export (24h, 1,2{len(query)}0,331 lines)'
    return Step.tool_call(
        "log_search", {"source": "app/export", "query": query, "since": "24h"}, observation=text
    )


def test_rewording_a_search_that_keeps_finding_nothing_acts() -> None:
    steps = concluded()
    steps.append(search("export stopped on the storage quota"))
    steps.append(Step.llm("Nothing. Trying other words."))
    steps.append(search("storage limit reached during the export"))
    steps.append(search("the export ran out of bucket space"))
    steps.append(Step.llm("Still empty."))
    steps.append(search("bucket quota hit by the nightly export"))
    results = replay(steps)
    assert [level for level, _ in results[-4:]] == ["none", "warn", "none", "act"]
    assert any("found_nothing" in f for f in results[-3][1])


def test_a_refined_search_that_finds_something_is_no_loop() -> None:
    steps = concluded()
    steps.append(search("quota exceeded"))
    steps.append(search("storage limit reached"))
    steps.append(search("bucket quota", found='14 matches for "bucket quota": 02:10 ...'))
    steps.append(search("bucket quota 02:10", found="3 matches: 02:10:04 quota hit ..."))
    results = replay(steps)
    assert not any("found_nothing" in f for _, found in results for f in found)
    assert all(level == "none" for level, _ in results)


def test_looking_up_other_ids_that_are_unknown_is_no_loop() -> None:
    steps = concluded()
    for run in ("4409", "4410", "4411", "4413"):
        steps.append(
            Step.tool_call("run_lookup", {"run": run}, observation=f"run {run}: not found")
        )
    results = replay(steps)
    assert not any("found_nothing" in f for _, found in results for f in found)
    assert all(level == "none" for level, _ in results)
