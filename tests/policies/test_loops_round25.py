"""Round 25's rules, each with a loop it catches and a look-alike of progress it spares.

A call refused is not a write stored: a command that prompts for a confirmation and is
aborted ("Apply? [y/N] ... not applied") names the word a store is answered with, but
nothing was written, so its tries, each with a new flag, build nothing up. Hand-made
vectors stand in for the tool calls' embeddings where a rule reads them.
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import LoopConfig, Step

SEMANTIC = LoopConfig(semantic_threshold=0.9)


def unit(*values: float) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    return (v / np.linalg.norm(v)).astype(np.float32)


FENCE_TASK = (
    "Since the Leeds depot moved to Thorpe Park every van fires 'Left geofence' at night. "
    "Sort the geofence and the alert rules so alerts mean something again."
)
PROMPT = "Changing alert AC-17 affects 58 vehicles. Apply? [y/N]: \nEOF on stdin - not applied."


def _apply(args: list[str], observation: str = PROMPT, *, error: bool = True) -> Step:
    return Step.tool_call("tel_cli", {"args": args}, observation=observation, error=error)


def _tries(calls: list[Step]) -> list[Step]:
    steps = [Step.llm("Looking at the depot fence.", observation=FENCE_TASK)]
    for k, call in enumerate(calls):
        steps += [Step.llm(f"Try {k + 1}."), call.with_embedding(unit(1, 0.01 * k, 0))]
    return steps


def test_a_confirmation_prompt_aborted_with_each_new_flag_acts() -> None:
    # Each try adds a flag (a word the one before lacked) and keeps the rest: had the
    # tool stored what it was sent, a draft built up; it was refused, every time alike.
    flags = (
        ["alerts", "apply", "-f", "ac17.yaml"],
        ["alerts", "apply", "-f", "ac17.yaml", "--output", "json"],
        ["alerts", "apply", "-f", "ac17.yaml", "--output", "json", "--verbose"],
        ["alerts", "apply", "-f", "ac17.yaml", "--output", "json", "--verbose", "--region"],
    )
    results = replay(_tries([_apply(list(a)) for a in flags]), SEMANTIC)
    assert results[-1][0] == "act"
    assert any(f["detector"] == "semantic_tool_calls" for _, fs in results for f in fs)


def test_a_note_stored_with_more_in_it_each_time_is_no_loop() -> None:
    # The same shape of call answered that it stored what it was sent, each time with a
    # new fact: a note built up.
    notes = (
        "depot moved to Thorpe Park",
        "depot moved to Thorpe Park; fence AC-17 still on the old site",
        "depot moved to Thorpe Park; fence AC-17 still on the old site; 58 vans affected",
        "depot moved to Thorpe Park; fence AC-17 still on the old site; 58 vans affected; "
        "night shift at 6",
    )
    calls = [
        Step.tool_call("notes_write", {"note": n}, observation="note saved").with_embedding(
            unit(1, 0.01 * k, 0)
        )
        for k, n in enumerate(notes)
    ]
    steps = [Step.llm("Looking at the depot fence.", observation=FENCE_TASK)]
    for k, call in enumerate(calls):
        steps += [Step.llm(f"Note {k + 1}."), call]
    assert all(level != "act" for level, _ in replay(steps, SEMANTIC))


BUS_TASK = (
    "Ms Duarte called: her son Mateo (grade 3) hasn't been picked up by the bus since they "
    "moved to 14 Alder Crescent last week. Find out why and get him a stop."
)
BUS_RECORD = Step.tool_call(
    "transport_student",
    {"student_id": "2048436"},
    observation="student 2048436 MATEO address 14 ALDER CRESCENT eligibility: INELIGIBLE",
)


def _bus_questions(second_answer: str, last: str) -> list[Step]:
    return [
        Step.llm("First, the student's routing record.", observation=BUS_TASK),
        BUS_RECORD,
        Step.llm("The new address was geocoded outside the district, so he has no stop."),
        Step.llm("Does Mateo ride both the morning and afternoon bus, or just one?"),
        Step.llm("Thanks.", observation="Both, morning and afternoon."),
        Step.llm("Is he on the PM run too, or AM only?"),
        Step.llm(last, observation=second_answer),
    ]


def test_a_question_answered_with_like_i_said_and_asked_again_acts() -> None:
    # The second question shares few words with the first (AM / PM against morning /
    # afternoon), but the answer says it was given before: that question was asked again,
    # and so is the one after it.
    results = replay(_bus_questions("Both. Like I said.", "Just to be sure: both runs?"))
    assert results[-1][0] == "act"
    assert any(f.get("reasked") for f in results[-1][1])
    assert all(level == "none" for level, _ in results[:-1])


def test_like_i_said_then_a_question_about_something_else_is_no_loop() -> None:
    # Told "like I said", the agent asks something new: the answer was taken up.
    steps = _bus_questions("Both. Like I said.", "Which stop is nearest to Alder Crescent?")
    assert all(level == "none" for level, _ in replay(steps))


UPLOAD_TASK = (
    "Marcus's loan payment jumped from $212 to $684 even though he recertified in October. "
    "Find out why and fix it."
)
HEIC = "Upload failed: file type .heic is not accepted. Accepted types: PDF, JPG, PNG."


def _uploads(told: str, third: dict[str, str]) -> list[Step]:
    def upload(name: str, **more: str) -> Step:
        return Step.tool_call(
            "secure_message",
            {"account": "9921-4407-318", "attachment": name, **more},
            observation=HEIC,
            error=True,
        )

    return [
        Step.llm("Uploading the marriage certificate.", observation=UPLOAD_TASK),
        upload("marriage_cert.heic"),
        Step.llm("Renaming it."),
        upload("Marriage_Cert.HEIC"),
        Step.llm("Another try.", observation=told),
        upload("marriage-certificate.heic", **third),
    ]


def test_failing_alike_after_a_ping_the_tries_ignore_acts() -> None:
    # Asked for news between the tries: nothing in it reaches the next try, and the upload
    # fails alike three times.
    told = "Marcus asked whether he should just pay the $684. Any news?"
    results = replay(_uploads(told, {}))
    assert results[-1][0] == "warn"
    assert any(f.get("same_failure") for f in results[-1][1])
    assert all(level == "none" for level, _ in results[:-1])


def test_a_try_that_follows_what_the_agent_was_told_is_no_loop() -> None:
    # Told to file it under the spouse documents, the next try does: it follows what it was
    # told, though it fails alike.
    told = "Put it in the spouse documentation category, that portal is picky."
    results = replay(_uploads(told, {"category": "Spouse documentation"}))
    assert not any(f.get("same_failure") for _, fs in results for f in fs)
    assert all(level != "act" for level, _ in results)


WEBINAR_TASK = (
    "People who registered for Thursday's webinar say they never got a join link. Figure it "
    "out and fix it before Thursday."
)
SPAM = (
    "[run {}] Checked account email settings: registrant confirmation emails are enabled and "
    "the sender domain is verified. Emails may be filtered by spam. Suggest checking spam."
)


def _delegations(after: str) -> list[Step]:
    tasks = (
        "Find out why webinar registrants get no confirmation emails.",
        "Investigate the missing join links for the roadmap webinar.",
        "Work out why people signing up for the webinar get no email.",
    )
    steps = [Step.llm("Asking the Zoom admin sub-agent.", observation=WEBINAR_TASK)]
    for k, task in enumerate(tasks):
        if k:
            steps.append(Step.llm("Same spam answer. Asking about the webinar itself."))
        steps.append(
            Step.tool_call(
                "spawn_subagent",
                {"agent": "zoom-admin", "task": task},
                observation=SPAM.format(("245f1c", "806377", "aba4fb")[k]),
            )
        )
    return [*steps, Step.llm(after)]


def test_going_again_right_after_a_warned_repeat_acts() -> None:
    # One answer to three wordings is warned of; the agent's next words go again.
    results = replay(_delegations("It keeps saying spam. Once more."))
    assert [level for level, _ in results[-2:]] == ["warn", "act"]
    assert any(f.get("said_again") for f in results[-1][1])


def test_moving_on_after_a_warned_repeat_is_no_act() -> None:
    # Warned, the agent turns to something else: the warning stands, nothing confirms it.
    results = replay(_delegations("The sub-agent is stuck on spam; reading the registrants."))
    assert [level for level, _ in results[-2:]] == ["warn", "none"]


def _reapplies(after: str) -> list[Step]:
    # One change applied three ways, each time told it was in place already: the calls
    # embed alike (hand-made vectors) and get one answer.
    answers = ("Forwarding rule already present: invoices -> archive@.",) * 3
    steps = [Step.llm("Adding the forwarding rule.", observation="Forward invoices to archive@.")]
    for k, answer in enumerate(answers):
        if k:
            steps.append(Step.llm(("Applying it via the API.", "Via the admin console.")[k - 1]))
        steps.append(
            Step.tool_call(
                ("mail_rules", "mail_api", "admin_console")[k],
                {"rule": ("forward-invoices", "fwd invoices", "invoices->archive")[k]},
                observation=answer,
            ).with_embedding(unit(1, 0.01 * k, 0))
        )
    return [*steps, Step.llm(after)]


# No structural reading asked to agree with the embedding detector's finding at once: it
# warns.
ALIKE_ONLY = LoopConfig(semantic_threshold=0.9, confirm_by_agreement=False)


def test_going_again_after_alike_calls_are_warned_of_acts() -> None:
    results = replay(_reapplies("Let me apply it once more to be sure."), ALIKE_ONLY)
    assert [level for level, _ in results[-2:]] == ["warn", "act"]
    assert results[-2][1][0]["detector"] == "semantic_tool_calls"
    assert all(level == "none" for level, _ in results[:-2])


def test_reporting_after_alike_calls_are_warned_of_is_no_act() -> None:
    results = replay(_reapplies("The rule was there all along; telling the user."), ALIKE_ONLY)
    assert [level for level, _ in results[-2:]] == ["warn", "none"]


def _sends(error: str) -> list[Step]:
    send = Step.tool_call(
        "gmail_send",
        {"threadId": "0555ef1b750a186a", "body": "The NDA was signed on 14 March 2025."},
        observation=error,
        error=True,
    )
    wait = Step.tool_call("sleep", {"seconds": 30}, observation="slept 30s")
    steps = [Step.llm("Replying on the thread.", observation="Answer Hollis's question.")]
    for said_ in ("Sending.", "Waiting a bit.", "Trying after the wait."):
        steps += [Step.llm(said_), send, wait]
    return steps[:-1]


def test_the_same_call_refused_for_good_three_times_acts() -> None:
    # A 403 with the rule that refuses it: waiting between the tries changes nothing.
    denied = "403 Forbidden (DLP rule LH-2): only legal@castellan.co may send on this thread."
    results = replay(_sends(denied))
    assert results[-1][0] == "act"
    assert results[-1][1][0]["detector"] == "action_error"
    assert all(level == "none" for level, _ in results[:-1])


def test_the_same_call_failing_for_a_while_three_times_only_warns() -> None:
    # A 503: the server may be back after a wait; three tries are a warning, not yet a loop.
    results = replay(_sends("503 Service Unavailable: the mail relay is restarting."))
    assert [level for level, _ in results][-1] == "warn"
