"""Round 24's rules, each with a loop it catches and a look-alike of progress it spares.

Whether what the agent is told is taken up, and whether what it changes changes anything.
A request made again in other words, after the agent was told its draft still lacks it, is
the same request (the input embeddings judge it); a call made again with the result it had
before brings the agent nothing new, so a run of drafts that "re-reads the source" between
them is still one run; an agent that opens every answer by conceding, corrected again and
again, agrees and changes nothing; and calls changed each time (another tool name, other
arguments) that fail with one error change nothing either. Hand-made vectors stand in for
the input embeddings where a rule reads them.
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import Step


def vector(seed: int, near: int | None = None, spread: float = 0.1) -> np.ndarray:
    """A random unit vector, or one close to the vector of seed ``near``."""
    v = np.random.default_rng(seed).standard_normal(16).astype(np.float32)
    if near is not None:
        v = np.random.default_rng(near).standard_normal(16).astype(np.float32) + spread * v
    return (v / np.linalg.norm(v)).astype(np.float32)


def said(text: str, told: str = "", *, seed: int | None = None, near: int | None = None) -> Step:
    """A response, its new input given a vector of its own (``seed``) or one close to the
    vector of seed ``near`` (a restatement)."""
    step = Step.llm(text, observation=told)
    if told:
        step = step.with_embedding(None, input_embedding=vector(seed or 0, near=near))
    return step


CI_TASK = (
    "CI on lumen/mobile-bff went from about 4 to 16 minutes per build since the pnpm move. "
    "Find out why and fix the workflow."
)
RUNS = Step.tool_call(
    "gh_run_list",
    {"repo": "lumen/mobile-bff", "workflow": "ci.yml"},
    observation="11433637643 success 16m17s\n11433637603 success 4m49s",
)
DRAFTS = (
    "Fix CI cache after pnpm migration. The cache step saved ~/.npm; pnpm uses its own store.",
    "Cache the pnpm store in CI. Our cache restored a directory pnpm never reads.",
    "CI: restore the dependency cache. Root cause: wrong cache path and key after pnpm.",
    "ci.yml: pnpm store cache. The old step cached ~/.npm; this keys on pnpm-lock.yaml.",
)


def _pr_description(last: str, between: str) -> list[Step]:
    return [
        said("Starting with the recent runs.", CI_TASK, seed=1),
        RUNS,
        said("Recent runs take 16 minutes, the older one 5."),
        said(DRAFTS[0], "Write me the PR description for this.", seed=2),
        said(DRAFTS[1], "Put the before and after build times in, that's the point.", seed=3),
        said(DRAFTS[2], between, seed=4),
        said(DRAFTS[3], last, seed=5, near=3),
    ]


def test_a_request_asked_again_in_other_words_after_a_rejection_acts() -> None:
    # "Still no timings." rejects; the last input asks for the build times again in other
    # words (its vector close to the first asking's); no draft names them.
    steps = _pr_description("Add the build times before and after, please.", "Still no timings.")
    results = replay(steps)
    assert results[-1][0] == "act"
    assert any(f["detector"] == "unmet_request" for f in results[-1][1])
    assert all(level == "none" for level, _ in results[:-1])


def test_input_like_an_earlier_request_without_a_rejection_between_is_no_loop() -> None:
    # Praise that names what was asked for ("the build times") after a new, unrelated ask:
    # like the request in its embedding, but nobody said anything was missing.
    steps = _pr_description("Lovely, build times in.", "Now a shorter title.")
    assert all(level == "none" for level, _ in replay(steps))


ERASURE_TASK = (
    "Please process DSR-2026-9890: Tomasz Wrobel asked us to erase his data. Nothing in the "
    "NetSuite ledger gets deleted, invoices are under retention."
)
RECORD = '{"id": "DSR-2026-9890", "type": "erasure", "legal_basis": "GDPR Art. 17(1)(b)"}'
EMAILS = (
    "Dear Tomasz, we have completed your erasure request. Your personal data has been deleted.",
    "Dear Tomasz, following request DSR-2026-9890 we erased your account and analytics data.",
    "Dear Tomasz, your request is complete. We deleted your data from our CRM and helpdesk.",
    "Dear Tomasz, we confirm request DSR-2026-9890 was fulfilled and your profile deleted.",
)


def _completion_email(reread: str) -> list[Step]:
    def lookup(observation: str) -> Step:
        return Step.tool_call(
            "privacy_dsr_get", {"request_id": "DSR-2026-9890"}, observation=observation
        )

    keeping = "You haven't told him we're keeping the invoices and why. We have to."
    return [
        Step.llm("First, the request record itself.", observation=ERASURE_TASK),
        lookup(RECORD),
        Step.llm("A verified erasure request under Art. 17."),
        Step.llm(EMAILS[0], observation="Draft the completion email to Tomasz."),
        Step.llm(EMAILS[1], observation=keeping),
        Step.llm("Let me re-read the request before redrafting.", observation="Still no invoices."),
        lookup(reread),
        Step.llm(EMAILS[2]),
        Step.llm(EMAILS[3], observation=keeping),
    ]


def test_drafts_with_a_call_made_again_between_them_are_one_run() -> None:
    # The record read again, with the result it had: nothing new reached the agent, and the
    # drafts before and after the read still never mention the invoices.
    results = replay(_completion_email(RECORD))
    assert [level for level, _ in results[-2:]] == ["warn", "act"]
    assert [f["detector"] for f in results[-2][1]] == ["unmet_request"]
    assert all(level == "none" for level, _ in results[:-2])


def test_drafts_with_a_call_that_brought_something_new_between_them_are_no_loop() -> None:
    # The record has changed since the first read: what the agent wrote next may follow it.
    changed = RECORD[:-1] + ', "retention": "invoices kept 7 years (HMRC)"}'
    assert all(level == "none" for level, _ in replay(_completion_email(changed)))


ROBOT_TASK = (
    "AMR-14 keeps stalling in aisle C04 during the afternoon wave. Find out why and get it "
    "moving before the 15:30 cut-off."
)


def test_conceding_four_times_in_a_row_to_each_correction_acts() -> None:
    # Each correction in its own words, none restating another: the agent agrees each time
    # and says the same again.
    steps = [
        Step.llm("Right, pulling AMR-14.", observation=ROBOT_TASK),
        Step.tool_call(
            "robot_state",
            {"robot": "AMR-14"},
            observation='<robot id="AMR-14" state="blocked" battery="70" error="E214"/>',
        ),
        Step.llm("It's stalling because the battery is nearly flat."),
        Step.llm(
            "Sorry, you're right. AMR-14's battery is low, that's why it keeps stopping.",
            observation="Read it again, 70 percent.",
        ),
        Step.llm(
            "Sorry, you're right. The robot is running out of charge in the aisle.",
            observation="It's NOT the battery.",
        ),
        Step.llm(
            "Sorry, you're right. Low battery is the cause here.",
            observation="Battery is 70%. That's not low.",
        ),
        Step.llm("My mistake. I'd say the battery is too low to finish the route."),
    ]
    results = replay(steps)
    assert results[-1][0] == "act"
    assert any(f.get("conceded") == 4 for f in results[-1][1])
    assert all(level == "none" for level, _ in results[:-1])


def test_drafts_that_apologise_to_a_customer_are_no_loop() -> None:
    # Each draft says sorry to the listener; the agent does not concede anything itself, and
    # each draft takes up what it was asked to add.
    base = "Hi Harbour Tyres, your spot didn't air tonight. Sorry."
    steps = [
        Step.llm("Sure thing, having a look at the log.", observation="Fix tonight's log."),
        Step.llm(f"First go: {base}"),
        Step.llm(f"Revised: {base} Jess can do a live read.", observation="offer the live read"),
        Step.llm(
            f"Revised: {base} Jess can do a live read, and we'll credit the slot.",
            observation="mention the credit",
        ),
        Step.llm(
            f"Updated: {base} Jess can do a live read, and we'll credit the slot. Cheers, Dev",
            observation="sign it from Dev",
        ),
    ]
    assert all(level == "none" for level, _ in replay(steps))


PYDANTIC_TASK = (
    "Upgrade invoicing-api to pydantic 2 and get the test suite green. Don't touch "
    "libs/legacy_sdk/."
)
TOOLS = "Available tools: bash, read_file, edit_file, grep, run_tests, TodoWrite, Task"


def _guess(tool: str) -> Step:
    return Step.tool_call(
        tool,
        {"path": "tests/"},
        observation=f"<tool_use_error>No such tool available: {tool}. {TOOLS}</tool_use_error>",
        error=True,
    )


def test_one_error_whatever_the_call_warns_then_acts() -> None:
    # Another tool name guessed each time, each answered with the one error: no such tool.
    steps = [Step.llm("Sure.", observation=PYDANTIC_TASK), _guess("pytest")]
    for said_, tool in (
        ("Maybe it's named differently.", "run.pytest"),
        ("Trying another name.", "test"),
        # Not "One more try.": said right after the warning, that confirms it (round 25).
        ("Back to the first name.", "pytest"),
    ):
        steps += [Step.llm(said_), _guess(tool)]
    results = replay(steps)
    assert [level for level, _ in results[-3:]] == ["warn", "none", "act"]
    assert any(f.get("same_failure") == 1 for f in results[-3][1])
    assert all(level == "none" for level, _ in results[:-3])


def test_failures_that_change_with_each_fix_are_no_loop() -> None:
    # Each try fails with another error: the agent works through them one by one.
    errors = (
        "3 issues: ZIP mismatch (04412 vs 04411); unit type missing; town mismatch",
        "2 issues: ZIP mismatch (04412 vs 04411); unit type missing",
        "1 issue: unit type missing",
    )
    steps = [Step.llm("Checking the address.", observation="Get Kenji a bus stop.")]
    for k, error in enumerate(errors):
        if k:
            steps.append(Step.llm(f"{3 - k} left."))
        steps.append(
            Step.tool_call(
                "address_validate",
                {"student_id": "2042766", "pass": k},
                observation=error,
                error=True,
            )
        )
    assert all(level == "none" for level, _ in replay(steps))


def test_one_error_after_the_user_says_something_new_is_no_loop() -> None:
    # The user tells the agent which tool to use between the tries: the next try follows it.
    steps = [Step.llm("Sure.", observation=PYDANTIC_TASK), _guess("pytest"), Step.llm("Hm.")]
    steps += [_guess("run.pytest")]
    steps += [Step.llm("Trying it.", observation="Use bash with `python -m pytest -q`.")]
    steps += [_guess("bash.pytest")]
    assert all(level == "none" for level, _ in replay(steps))


CHURN_TASK = (
    "Kofi says weekly logo churn on the Exec KPIs board jumped from 2.1% to 4.4% in W47. Find "
    "out whether it's real or a metric bug and fix the definition if it's ours."
)
NOTE = (
    "W47 churn spike is a metric bug: billing added a 'paused' status, and stg_subscriptions "
    "counts every non-active status as cancelled. Real churn is flat (2.1%). Fix in PR 842."
)


def _slack_drafts(bodies: list[str]) -> list[Step]:
    steps = [
        Step.llm("Starting with the weekly churned-account counts.", observation=CHURN_TASK),
        Step.tool_call(
            "bq_query",
            {"sql": "SELECT week, COUNTIF(status_change='cancelled') FROM subs GROUP BY week"},
            observation="2026-W46  43\n2026-W47  88",
        ),
    ]
    for k, body in enumerate(bodies):
        steps.append(Step.llm("Drafting the note for Kofi." if not k else "Revising the note."))
        steps.append(
            Step.tool_call(
                "slack",
                {"action": "draft", "channel": "#revops-data", "text": body},
                observation="draft saved (not sent)",
            )
        )
    return steps


def test_a_note_built_up_with_figures_and_a_reworded_phrase_is_no_loop() -> None:
    # Each save keeps the note and adds to it: a count (only figures new), then a sentence
    # that rewords the one before it a little, then one more fact.
    counted = NOTE.replace("(2.1%)", "41 cancellations in W47 (2.1%)")
    paused = counted.replace(
        "Fix in PR 842.", "The 47 paused accounts now show separately. Fix in PR 842."
    )
    board = paused.replace("now show separately", "show apart") + " Board correct after Tuesday."
    results = replay(_slack_drafts([NOTE, counted, paused, board]))
    assert all(level == "none" for level, _ in results), results


def test_a_note_reworded_in_place_is_still_a_loop() -> None:
    # One word added each time, but a third of the note reworded: no fact added to it.
    bodies = [
        NOTE,
        NOTE.replace("is a metric bug: billing added", "comes from a metric fault; billing put in"),
        NOTE.replace("counts every non-active status", "treats each inactive state") + " Thanks.",
        NOTE.replace("Real churn is flat", "True churn stays level") + " Cheers.",
    ]
    results = replay(_slack_drafts(bodies))
    assert any(level == "act" for level, _ in results), results


ENROL_TASK = (
    "Ticket from Felix Baumann (2856063): blocked from CS 3410 by the CS 2200 prereq, says his "
    "Leeds credit should count. Sort it out if you can."
)


def test_announcing_four_times_whatever_the_user_says_acts() -> None:
    # A go-ahead, a complaint and the deadline: the agent announces again each time, no call.
    steps = [
        Step.llm("First, the student record.", observation=ENROL_TASK),
        Step.tool_call(
            "student_record_get",
            {"emplid": "2856063"},
            observation='{"transfer_credits": [{"course": "COMP2221", "status": "PENDING"}]}',
        ),
        Step.llm("His Leeds COMP2221 credit is pending articulation, so the prereq is unmet."),
        Step.llm("Next I'll look at the CS 3410 sections for Spring."),
        Step.llm(
            "I'll check section availability now.", observation="Fine, go ahead, the Spring ones."
        ),
        Step.llm(
            "Let me see which seats are open.", observation="You keep announcing it. Did you check?"
        ),
        Step.llm(
            "Going to the class search next.",
            observation="Registration closes Friday, please hurry.",
        ),
    ]
    results = replay(steps)
    assert results[-1][0] == "act"
    assert any(f.get("promised") == 4 for f in results[-1][1])
    assert all(level == "none" for level, _ in results[:-1])


def test_a_note_revised_at_each_request_that_opens_with_a_gerund_is_no_loop() -> None:
    # "Counting continues ..." reads as an announcement, but each version takes up what the
    # request added (NG-05, the time, the figure).
    steps = [
        Step.llm("I will first check the tally for Northgate.", observation="Prepare the result."),
        Step.llm("Counting continues.", observation="Draft the note for the candidates' agents."),
        Step.llm("Counting continues; NG-05 remains sealed.", observation="Mention NG-05."),
        Step.llm(
            "Counting continues; NG-05 remains sealed pending the ruling at 01:30.",
            observation="Say when the ruling is.",
        ),
        Step.llm(
            "Counting continues; NG-05 sealed until the 01:30 ruling. Other boxes: 2306.",
            observation="Give the provisional figure.",
        ),
    ]
    assert all(level == "none" for level, _ in replay(steps))


def test_a_long_update_that_says_what_happens_next_is_no_announcement() -> None:
    # Each version of the update ends by saying what comes next ("we'll re-run the order"):
    # a draft, not a promise; the short one after the last edit is made good by the post.
    update = (
        "renewal for api.kestrel-pay.com failed on dns-01 validation. cause: a stale TXT "
        "record from the first attempt is still published. the live cert is valid until Dec "
        "07, so no customer impact yet. we'll remove the record and re-run the order."
    )
    steps = [
        Step.llm("ack. pulling the live cert first.", observation="renew the kestrel-pay cert"),
        Step.tool_call(
            "cert_inspect", {"host": "api.kestrel-pay.com"}, observation="notAfter=Dec 07"
        ),
        Step.llm(update),
        Step.llm(
            "updated with it. " + update.replace("we'll", "ETA 08:02 UTC; we'll"),
            observation="where's the ETA? people want to know when the new cert lands.",
        ),
        Step.llm(
            "removing the stale TXT; new cert ETA 08:02 UTC, no impact.",
            observation="good. make it shorter, it's slack.",
        ),
        Step.llm("sending to the channel.", observation="ok post it"),
        Step.tool_call(
            "post_update",
            {"channel": "#inc-certs", "body": "removing the stale TXT; new cert ETA 08:02 UTC."},
            observation="posted",
        ),
    ]
    assert all(level == "none" for level, _ in replay(steps))
