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
