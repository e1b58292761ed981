"""Round 46's rules (studied on the fifty-seventh set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A request asked for again is the same thing asked for when the two requests share what they
ask about. Pronouns ("her", "them", "those") stand for a person or a thing already named: a
customer's first request ("Please get her activated.") and a later instruction ("Send it to
her backup number, not email.") share "her" and nothing else, and the agent that takes each
instruction up as it comes is doing as it is told, not failing a request made twice. So
pronouns are no part of what a request asks for (``_NOT_ASKED``); a request asked again in its
own words ("Still no new QR code.") is still one.

An agent that lays out a plan and then, response after response with no call between, plans
the same steps anew ("Revised plan: ...", "Let me reorder: ...", "Alternatively: ...") carries
out none of them: three plans in a row, the later ones opening by saying they plan again and
sharing steps with the first, are ``idle_talk`` (``replans``). The agent's words that it plans
anew and the same steps said again are two kinds of evidence, so the finding confirms itself.
A plan made once and executed has a call after it; a plan changed on what a person said takes
up the person's words; a person's "where are we?" in between changes neither.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step

TICKET = (
    "Customer on ticket T-5531 bought an eSIM plan, the QR code says 'no longer valid'. "
    "Please get her activated."
)


def _detectors(results: list[tuple[str, list[dict[str, object]]]]) -> set[object]:
    return {f["detector"] for _, found in results for f in found}


def _ticket_opening() -> list[Step]:
    return [
        Step.llm("Pulling the ticket and the eSIM profile.", observation=TICKET),
        Step.tool_call(
            "smdp_get_profile",
            {"msisdn": "447700900412"},
            observation='{"state": "RELEASED", "last_error": "matching ID refused"}',
        ),
    ]


def test_instructions_that_share_only_a_pronoun_with_the_request_are_progress() -> None:
    steps = [
        *_ticket_opening(),
        Step.llm("Thanks, using EID 8904903200700888.", observation="Her EID ends in 4471."),
        Step.llm("Noted ID&V passed, binding the profile.", observation="She passed ID&V."),
        Step.llm(
            "Will send the activation link by SMS to +44 7700 900873.",
            observation="Send it by SMS to her backup number, not email.",
        ),
    ]
    results = replay(steps)
    assert [level for level, _ in results] == ["none"] * len(steps)


def test_a_request_asked_again_in_its_own_words_is_still_unmet() -> None:
    ask = "Reissue the eSIM QR code for this customer."
    steps = [
        *_ticket_opening(),
        Step.llm("Looking into the order.", observation=ask),
        Step.llm("The profile is in RELEASED state."),
        Step.llm("The download attempts were refused earlier."),
        Step.llm("Checking what the profile says.", observation="Still no QR code, reissue it."),
    ]
    results = replay(steps)
    assert results[-1][0] != "none"
    assert "unmet_request" in _detectors(results)


PLANS = (
    "Plan: 1) confirm the ASG MaxSize, 2) raise MaxSize in terraform, 3) add a morning idle "
    "policy, 4) restart the runner, 5) watch the queue.",
    "Rethinking: first the idle policy for mornings, then the ASG MaxSize, then restart the "
    "runner and watch.",
    "New outline: terraform change for MaxSize, then the runner idle policy, then verify "
    "with a test pipeline. I'll detail each before starting.",
)


def _runner_opening() -> list[Step]:
    return [
        Step.llm(
            "Looking at the runner config first.",
            observation="Pipelines queue 20 minutes every morning; the runner should scale.",
        ),
        Step.tool_call(
            "ssh_exec",
            {"host": "runner-mgr-1", "cmd": "cat /etc/gitlab-runner/config.toml"},
            observation="[runners.autoscaler]\ncapacity_per_instance = 2\nmax_instances = 40",
        ),
    ]


def test_the_same_steps_planned_anew_three_times_with_none_done_act() -> None:
    steps = [*_runner_opening(), *(Step.llm(p) for p in PLANS)]
    results = replay(steps)
    assert results[-1][0] == "act"
    assert any(f.get("replans") == 2 for f in results[-1][1])


def test_a_where_are_we_between_the_plans_changes_nothing() -> None:
    steps = [
        *_runner_opening(),
        Step.llm(PLANS[0]),
        Step.llm(PLANS[1], observation="Any progress? Standup is in ten minutes."),
        Step.llm(PLANS[2]),
    ]
    assert replay(steps)[-1][0] == "act"


def test_a_plan_revised_once_and_then_executed_is_progress() -> None:
    steps = [
        *_runner_opening(),
        Step.llm(PLANS[0]),
        Step.llm(PLANS[1]),
        Step.tool_call(
            "git_apply_patch",
            {"file": "runner.tf", "patch": "idle_count = 4"},
            observation="applied 1 hunk",
        ),
        Step.llm("Idle policy written; now the ASG MaxSize, then the restart."),
    ]
    results = replay(steps)
    assert [level for level, _ in results] == ["none"] * len(steps)


def test_a_plan_reordered_on_what_a_person_asked_is_progress() -> None:
    steps = [
        *_runner_opening(),
        Step.llm(PLANS[0]),
        Step.llm(
            "Revised plan: first snapshot the terraform state, then the MaxSize change, then "
            "restart the runner.",
            observation="Snapshot the terraform state before you change anything.",
        ),
        Step.llm(
            "Reordered: the snapshot first, then MaxSize in terraform, then the restart.",
            observation="And do the restart last, after the snapshot and MaxSize.",
        ),
    ]
    results = replay(steps)
    assert "replans" not in {k for _, found in results for f in found for k in f}


def _read(tool: str, observation: str) -> Step:
    return Step.tool_call(tool, {"msisdn": "447700900412"}, observation=observation)


RECHECK_READS = (
    _read("smdp_get_profile", '{"state": "RELEASED", "matching_id": "QR-7H2K9"}'),
    _read("bss_get_subscription", '{"status": "pending_activation"}'),
    _read("hlr_query", '{"attached": false}'),
)


def test_a_settled_fact_rechecked_in_rotating_sources_acts() -> None:
    once_more = "Checking once more that the SIM isn't attached anywhere."
    double = "Let me double check the line status before resetting anything."
    steps = [
        *_ticket_opening(),
        Step.llm(once_more),
        RECHECK_READS[0],
        Step.llm(double),
        RECHECK_READS[1],
        Step.llm(double),
        RECHECK_READS[2],
    ]
    results = replay(steps)
    assert results[-1][0] == "act"
    assert any(f.get("rechecked") == 1 for f in results[-1][1])


def test_checks_across_sources_that_report_what_they_found_are_progress() -> None:
    steps = [
        *_ticket_opening(),
        Step.llm("Three failed downloads locked the code."),
        RECHECK_READS[1],
        Step.llm("Billing side is fine, line pending activation."),
        RECHECK_READS[2],
        Step.llm("Not attached to any network, so a fresh order is safe."),
        RECHECK_READS[0],
    ]
    results = replay(steps)
    assert [level for level, _ in results] == ["none"] * len(steps)


def test_a_poll_whose_result_moves_is_no_recheck() -> None:
    again = "Checking the profile state again."
    states = ("RELEASED", "DOWNLOADED", "INSTALLED")
    steps = [*_ticket_opening()]
    for k, state in enumerate(states):
        steps.append(Step.llm(again))
        steps.append(_read("smdp_get_profile", f'{{"state": "{state}"}}'))
        steps.append(Step.llm(again))
        steps.append(_read("hlr_query", f'{{"attached": {"true" if k == 2 else "false"}}}'))
    results = replay(steps)
    assert not any("rechecked" in f for _, found in results for f in found)
