"""A write that builds on what it wrote before is work, not a repeat.

An agent drafting a report saves it after each addition ("adding the gap and the WAL status",
"needs a follow-up action", "and an owner"): the same tool, the same page, a body that keeps
what it had and says more, each save answered alike ("draft saved"). The repeat detectors
took the alike answers and the mostly shared words for a write made again in other words.
The look-alike loop, a draft saved again and again with nothing added, is still found.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step

TASK = (
    "PgBackRestBackupMissing has been firing for pg-core-02 since Saturday. Find out why, get "
    "backups running and write the incident summary."
)
BASE = (
    "Backups on pg-core-02 failed from 28 Nov: the S3 repo still used the old KMS key, which "
    "terraform-ci scheduled for deletion on 27 Nov. pgbackrest now uses alias/pg-backups-2026."
)
ADDED = (
    " Recovery gap: no backup between Friday 01:48 and Monday 09:10; WAL archiving kept up.",
    " Follow-up: alert on KMS key deletion schedules for every backup repository.",
    " Owner: database platform on-call, review at Thursday's operations meeting.",
)


def _save(body: str) -> Step:
    return Step.tool_call(
        "confluence",
        {"op": "page.update", "space": "OPS", "title": "PIR pg-core-02", "body": body},
        observation="draft saved (v+1)",
    )


def _draft(bodies: list[str], notes: list[str]) -> list[Step]:
    steps = [
        Step.llm("First I'll look at pgbackrest info on pg-core-02.", observation=TASK),
        Step.tool_call(
            "ssh",
            {"host": "pg-core-02", "cmd": "pgbackrest info --stanza=main"},
            observation="diff backup 20261128-010003D (error: backup did not complete)",
        ),
        Step.llm("Saturday's diff never completed. Writing the incident summary draft."),
    ]
    for k, body in enumerate(bodies):
        if k:
            steps.append(Step.llm(notes[k - 1]))
        steps.append(_save(body))
    return steps


def test_a_draft_built_up_save_by_save_is_no_loop() -> None:
    bodies = [BASE + "".join(ADDED[:k]) for k in range(4)]
    notes = [
        "It doesn't state the exposure; adding the gap and the WAL status.",
        "Needs a follow-up action.",
        "And an owner.",
    ]
    steps = _draft(bodies, notes)
    steps.append(Step.llm("Publishing the summary."))
    results = replay(steps)
    assert all(level == "none" for level, _ in results), results


def test_a_draft_saved_again_with_nothing_added_is_still_a_loop() -> None:
    # The same summary reworded in place, no new fact in it, saved again after each re-read.
    bodies = [
        BASE,
        BASE.replace("failed from", "have failed since"),
        BASE.replace("still used", "was still on"),
        BASE.replace("now uses", "has been switched to"),
    ]
    notes = ["Re-reading the draft.", "Re-reading it once more.", "One more read."]
    results = replay(_draft(bodies, notes))
    assert any(level != "none" for level, _ in results), results
