"""``idle_talk``'s "said before": responses in a row that say what the agent already said.

No embeddings: the rule reads content words only, so it holds whatever the model scores.
"""

from __future__ import annotations

from policies._loops import _SAID_BEFORE, _SAID_NEW, LoopConfig, LoopTracker, Step

# Structural detectors only, so that what trips is the rule under test.
STRUCTURAL = LoopConfig(semantic_enabled=False)

# Each longer than idle_talk's short responses (semantic_monologue_words), so that only the
# "said before" rule can find them.
TAIL = (
    " The broker side is healthy, with full ISR on every partition, and the other partitions"
    " of checkout.events have almost no lag at all right now."
)
FINDINGS = [
    "The consumer exceeds max.poll.interval.ms on partition 1, gets evicted and rebalances." + TAIL,
    "Root cause: partition 1's consumer exceeds max.poll.interval.ms; it is evicted." + TAIL,
    "Bottom line: the consumer on partition 1 exceeds max.poll.interval.ms, evicted." + TAIL,
    "So partition 1's consumer gets evicted: it exceeds max.poll.interval.ms." + TAIL,
    "In short: evicted consumer on partition 1, max.poll.interval.ms exceeded." + TAIL,
]


def run(steps: list[Step]) -> tuple[list[str], list[set[str]]]:
    tracker = LoopTracker(STRUCTURAL)
    levels, detectors = [], []
    for step in steps:
        result = tracker.observe(step)
        levels.append(result.escalation_level)
        detectors.append({f.detector for f in result.findings})
    return levels, detectors


def opening() -> list[Step]:
    return [
        Step.llm("Looking at the lag alert.", observation="Lag alert on invoice-writer. Fix?"),
        Step.tool_call(
            "kafka_describe_group",
            {"group": "invoice-writer"},
            observation="P1 lag 404801; poll interval 388000 ms > max.poll.interval.ms 300000",
        ),
    ]


def test_constants_are_the_documented_ones() -> None:
    assert _SAID_BEFORE == 3
    assert _SAID_NEW == 0.5


def test_a_conclusion_restated_in_other_words_trips() -> None:
    steps = opening() + [Step.llm(text) for text in FINDINGS]
    levels, detectors = run(steps)
    # The first statement (step 2) is new; the next ones restate it. The third statement in
    # a row gives the second's long tail word for word: said again (test_loops_said_again),
    # which acts at once. (Restatements that each say a little new warn at the third in a
    # row and act on a fourth: test_restatements_that_each_say_a_little_new_warn_first.)
    assert levels[:4] == ["none"] * 4
    assert "idle_talk" in detectors[4]
    assert levels[4] == "act"


def test_the_finding_reports_how_much_was_new() -> None:
    tracker = LoopTracker(STRUCTURAL)
    found = []
    for step in opening() + [Step.llm(text) for text in FINDINGS[:4]]:
        found += tracker.observe(step).findings
    # The first finding (step 4) is said again: its last response gives nearly all of what
    # the agent had said, whatever step 2 (which said it first) did; the next, at step 5, is
    # three responses in a row that each said little new.
    first, second = [f for f in found if "said_new" in f.evidence.details]
    assert first.evidence.steps == (2, 3, 4)
    assert "said_before" in first.evidence.details
    assert second.evidence.details["responses"] == 3
    assert 0.0 <= second.evidence.details["said_new"] <= _SAID_NEW
    assert second.evidence.steps == (3, 4, 5)  # not step 2, which said it first


def test_new_input_between_restatements_keeps_it_quiet() -> None:
    # A draft revised on request: each response reuses the draft's words, but each answers
    # something new said to the agent.
    asks = ["add the root cause", "add the partition", "add the fix", "add the owner"]
    steps = [*opening(), Step.llm(FINDINGS[0])]
    steps += [Step.llm(text, observation=ask) for text, ask in zip(FINDINGS[1:], asks, strict=True)]
    levels, detectors = run(steps)
    assert all(level == "none" for level in levels)
    assert not any(d & {"idle_talk"} for d in detectors)


def test_a_tool_call_between_restatements_keeps_it_quiet() -> None:
    steps = [*opening(), Step.llm(FINDINGS[0]), Step.llm(FINDINGS[1])]
    steps.append(
        Step.tool_call("pod_logs", {"app": "invoice-writer"}, observation="WARN poll timeout")
    )
    steps += [Step.llm(FINDINGS[2]), Step.llm(FINDINGS[3])]
    levels, _ = run(steps)
    assert all(level == "none" for level in levels)


def test_the_same_text_again_is_left_to_monologue() -> None:
    steps = [*opening(), *(Step.llm(FINDINGS[0]) for _ in range(4))]
    _, detectors = run(steps)
    assert "monologue" in detectors[-1]
    assert "idle_talk" not in set().union(*detectors)


def test_responses_that_each_say_something_new_stay_quiet() -> None:
    # A report written section by section reuses a few words and brings many new ones.
    sections = [
        "Summary: invoice-writer lags on partition 1 since the 16:05 release.",
        "Impact: invoices for checkout events are delayed about forty minutes for EU buyers.",
        "Cause: the new PDF renderer slows each batch past the broker's poll deadline.",
        "Fix: lower max.poll.records to 50 and raise the deadline; redeploy tonight.",
        "Owner: payments platform team, with a follow-up review on Thursday morning.",
    ]
    levels, detectors = run(opening() + [Step.llm(text) for text in sections])
    assert all(level == "none" for level in levels)
    assert not any("idle_talk" in d for d in detectors)


def test_words_said_before_the_kept_history_do_not_count() -> None:
    # With a short history, responses said long ago are forgotten: the same statement, after
    # many unrelated steps, is new again to the tracker.
    cfg = LoopConfig(semantic_enabled=False, history=20)
    tracker = LoopTracker(cfg)
    tracker.observe(Step.llm(FINDINGS[0]))
    for k in range(25):
        tracker.observe(Step.tool_call("scan", {"page": k}, observation=f"page {k}: row {k}"))
    last = Step.llm(FINDINGS[0])
    tracker.observe(last)
    assert last._novel == 1.0


def test_short_idle_talk_that_says_nothing_new_acts_on_its_own_step() -> None:
    # Short apologies restating one wrong reading: idle_talk finds them, and each also says
    # little the agent had not said before, which confirms it at once.
    steps = [
        Step.llm("Roger, on it.", observation="Car 27's rear-left is losing pressure."),
        Step.tool_call("tyre_pressures", {"car": "27"}, observation="RL 19.4 RR 23.1"),
        Step.llm("RL is 23.1 psi, fine."),
        Step.llm("Sorry! RL at 23.1 psi, fine.", observation="23.1 is RR. RL is 19.4."),
        Step.llm("Apologies. RL 23.1 psi, fine."),
        Step.llm("Sorry, RL is fine at 23.1 psi."),
    ]
    levels, detectors = run(steps)
    # The window after the correction (steps 3-5): found and confirmed on its own step.
    assert "idle_talk" in detectors[5]
    assert levels[5] == "act"
    assert levels[:5] == ["none"] * 5
    tracker = LoopTracker(STRUCTURAL)
    found = [f for s in steps for f in tracker.observe(s).findings if f.detector == "idle_talk"]
    assert any("said_before" in f.evidence.details for f in found)


def test_short_idle_talk_with_new_words_still_waits_for_a_confirmation() -> None:
    # Three short status lines with nothing new said in between, each adding a new figure:
    # idle_talk may warn, but the lines say new things, so nothing confirms it at once.
    steps = [
        Step.llm("Backfill running.", observation="Backfill the March partition."),
        Step.llm("Backfill running: 40% done, 12 minutes left."),
        Step.llm("Backfill running: 70% done, eta 5 minutes, no errors."),
        Step.llm("Backfill running: 95% done, validating row counts now."),
    ]
    tracker = LoopTracker(STRUCTURAL)
    levels = [tracker.observe(s) for s in steps]
    found = [f for r in levels for f in r.findings if f.detector == "idle_talk"]
    assert found  # idle_talk does find the window (steps 0-2)
    assert not any("said_before" in f.evidence.details for f in found)
    assert [r.escalation_level for r in levels] == ["none", "none", "warn", "none"]


def _note(text: str, asked: str = "") -> Step:
    return Step.llm(text, observation=asked)


def test_an_unmet_request_answered_with_old_words_acts_at_once() -> None:
    # Asked for the pickup code twice; the drafts since only reshuffle what was said before.
    steps = [
        _note("Order K-88: three chairs, delivered Tuesday.", "Write the note. Give the code."),
        _note("Your three chairs for order K-88 arrive Tuesday."),
        _note("Order K-88: your three chairs arrive Tuesday.", "Still no code."),
    ]
    tracker = LoopTracker(STRUCTURAL)
    results = [tracker.observe(s) for s in steps]
    (found,) = [f for f in results[-1].findings if f.detector == "unmet_request"]
    assert "said_before" in found.evidence.details
    assert results[-1].escalation_level == "act"


def test_an_unmet_request_answered_with_new_words_still_warns() -> None:
    # The drafts bring new things each time (not the code): the user's side alone warns.
    steps = [
        _note("Order K-88: three chairs, delivered Tuesday.", "Write the note. Give the code."),
        _note("Good news: the driver Sam calls ahead, parking at the back gate."),
        _note("Expect a text from our depot in Leeds with a tracking link.", "Still no code."),
    ]
    tracker = LoopTracker(STRUCTURAL)
    results = [tracker.observe(s) for s in steps]
    (found,) = [f for f in results[-1].findings if f.detector == "unmet_request"]
    assert "said_before" not in found.evidence.details
    assert results[-1].escalation_level == "warn"
