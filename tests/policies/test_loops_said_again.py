"""``idle_talk``'s "said again": a response that gives, nearly word for word, what the agent
had already said, with no call and nothing new since, is its talk come back to where it was.

No embeddings: the rule reads content words only.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step

RECAP = (
    "Keep record 00QD1 (Dana Whitfield's, March, with activity history) and merge the four"
    " webinar copies into it in two merges; Alex Haddad is a separate person."
)


def opening() -> list[Step]:
    return [
        Step.llm("Querying the Bramble leads.", observation="Merge the Bramble duplicates."),
        Step.tool_call("sf_query", {"company": "Bramble"}, observation="6 leads; 00QD1 oldest"),
        Step.llm("Six open leads; the oldest, 00QD1, is Dana Whitfield's and has activity."),
    ]


def test_a_recap_given_again_word_for_word_acts_at_once() -> None:
    steps = opening()
    steps.append(Step.llm("To recap: " + RECAP))
    steps.append(Step.llm("Bottom line: four copies fold into the oldest lead, two merges."))
    steps.append(Step.llm("In short: " + RECAP, observation="Perfect, thanks."))
    results = replay(steps)
    level, found = results[-1]
    assert level == "act"
    assert any(f["detector"] == "idle_talk" and "said_before" in f for f in found)
    assert all(level == "none" for level, _ in results[:-1])


def test_a_decision_in_words_already_said_is_no_return() -> None:
    # Weighing the options, asking, and then announcing the booking in the very words the
    # options were given in: a decision, acted on next.
    steps = [
        Step.llm("Looking for a room.", observation="Book dinner for 14 on Wednesday."),
        Step.tool_call("search", {"party": 14}, observation="Morrow & Vine: private room 19:30"),
        Step.llm("Morrow & Vine has a private room for 14 at 19:30, set menu at 60.75 a head."),
        Step.llm("Morrow & Vine, private room, 14 at 19:30, 60.75 a head. Shall I book it?"),
        Step.llm(
            "Booking the Morrow & Vine private room for 14 at 19:30, set menu, 60.75 a head.",
            observation="Yes please!",
        ),
        Step.tool_call("book", {"venue": "mv", "party": 14}, observation="Reservation ADU created"),
    ]
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def test_a_summary_with_new_findings_is_no_return() -> None:
    steps = opening()
    steps.append(Step.llm("To recap: " + RECAP))
    steps.append(Step.llm("Bottom line: four copies fold into the oldest lead, two merges."))
    steps.append(
        Step.llm(
            "One more thing from the duplicate rule: the Integration User created the copies"
            " on Nov 26, so the import mapping needs a dedupe key before the next webinar.",
            observation="Perfect, thanks.",
        )
    )
    results = replay(steps)
    assert all(level != "act" for level, _ in results)


def test_restatements_that_each_say_a_little_new_warn_first() -> None:
    # Each restatement adds a sentence of its own: more than _SAID_AGAIN new, so nothing acts
    # at once. The third, opening like the two before by saying it says again ("Put simply:"),
    # warns (round 22's restating openers); the plain "said before" rule confirms at the
    # fourth.
    extra = [
        " Flagging it for Dana.",
        " Worth a note to sales ops.",
        " Nothing else looks off.",
        " Marketing may want to know.",
        " The importer needs a dedupe key.",
    ]
    labels = ["To recap: ", "Bottom line: ", "Put simply: ", "So: ", "Overall: "]
    steps = opening() + [Step.llm(k + RECAP + e) for k, e in zip(labels, extra, strict=True)]
    results = replay(steps)
    levels = [level for level, _ in results]
    assert levels[:5] == ["none"] * 5
    assert levels[5] == "warn"
    assert any("restating" in f for f in results[5][1])
    assert levels[6] == "act"
    assert not any("said_before" in f for f in results[6][1])
