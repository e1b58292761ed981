"""Calls to a tool that changes something, each setting a parameter the others do not."""

from __future__ import annotations

from policies._loops import LoopTracker, Step, differ_in_entity


def _update(**args: object) -> Step:
    return Step.tool_call("sso_update_connection", {"org_id": "o1", **args}, observation="ok")


def test_writes_that_set_other_parameters_differ() -> None:
    assert differ_in_entity(_update(refresh=True), _update(entity_id="http://idp/x"))
    # One setting tried again, with a parameter added beside it, is the same request.
    assert not differ_in_entity(_update(service="on"), _update(service="on", level=255))
    # A read by another key (pmid / doi) is one request respelled.
    get = [Step.tool_call("get_paper", a, observation="none") for a in ({"pmid": 1}, {"doi": 2})]
    assert not differ_in_entity(*get)
    # Failing calls keep failing whatever they set: a loop, not other settings.
    failed = [
        Step.tool_call("sso_update_connection", a, observation="denied", error=True)
        for a in ({"refresh": True}, {"entity_id": "x"})
    ]
    assert not differ_in_entity(*failed)


def test_setting_four_parameters_answered_ok_is_not_a_loop() -> None:
    tracker = LoopTracker()
    levels = []
    for args in (
        {"refresh_certificates": True},
        {"idp_entity_id": "http://www.okta.com/exk5zo40"},
        {"idp_sso_url": "https://acme.okta.com/app/sso"},
        {"attribute_map": {"email": "user.email"}},
    ):
        levels.append(tracker.observe(Step.llm("Updating the connection.")).escalation_level)
        levels.append(tracker.observe(_update(**args)).escalation_level)
    assert levels == ["none"] * 8


def test_rewording_one_setting_still_repeats() -> None:
    tracker = LoopTracker()
    findings = []
    for value in ("winter set", "Winter Set menu", "the winter set"):
        r = tracker.observe(
            Step.tool_call("draft_set", {"field": "menu", "value": value}, observation="rejected")
        )
        findings += [f.detector for f in r.findings]
    assert "reworded_repeat" in findings
