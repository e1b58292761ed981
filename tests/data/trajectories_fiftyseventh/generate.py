"""Generate trajectory set 57 (blind): 208 rows, 13 loop and 13 progress kinds, 8 domains."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

SEED = 5757
HERE = Path(__file__).resolve().parent


def _rid(rng: random.Random, n: int = 12) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _wrap(d: dict, rng: random.Random, payload: object) -> dict:
    style = d["env"]
    rng.clock += rng.randint(2, 95)  # per-row clock, so timestamps move forward
    day, rest = divmod(rng.clock, 86400)
    ts = "2026-%02d-%02dT%02d:%02d:%02dZ" % (
        d["month"],
        day + 1,
        rest // 3600,
        rest % 3600 // 60,
        rest % 60,
    )
    if style == "meta":
        return {
            "data": payload,
            "meta": {"request_id": "req_" + _rid(rng), "took_ms": rng.randint(40, 900)},
        }
    if style == "flat":
        out = dict(payload) if isinstance(payload, dict) else {"items": payload}
        out["requestId"] = _rid(rng, 8) + "-" + _rid(rng, 4) + "-" + _rid(rng, 4)
        out["serverTime"] = ts
        return out
    if style == "result":
        return {"ok": True, "result": payload, "ts": ts, "trace": _rid(rng, 16)}
    return {"status": 200, "body": payload, "x-request-id": _rid(rng, 20), "date": ts}


def tool(d: dict, rng: random.Random, name: str, args: dict, payload: object) -> dict:
    obs = json.dumps(_wrap(d, rng, payload))
    return {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": False}


def err(name: str, args: dict, message: str) -> dict:
    return {"kind": "tool", "tool": name, "args": args, "observation": message, "error": True}


def say(text: str, obs: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": obs}


def opening(d: dict, rng: random.Random, full: bool = False) -> list[dict]:
    steps = [say(d["ack"], d["request"])]
    opens = d["open"] if full or rng.random() < 0.6 else d["open"][:1]
    for name, args, payload in opens:
        steps.append(tool(d, rng, name, args, payload))
    return steps


# ---------------------------------------------------------------- loop kinds


def exact_repeat(d, rng):
    s = opening(d, rng, full=True)
    for i in range(rng.randint(3, 8)):
        nudge = d["nudges"][i % 3] if i and rng.random() < 0.5 else ""
        s.append(say(d["exact"], nudge))
    return s


def paraphrased_repeat(d, rng):
    s = opening(d, rng, full=True)
    ps = d["promises"][:]
    rng.shuffle(ps)
    for i in range(rng.randint(3, 5)):
        nudge = d["nudges"][i % 3] if i and rng.random() < 0.4 else ""
        s.append(say(ps[i], nudge))
    return s


def ab_oscillation(d, rng):
    s = opening(d, rng)
    (ta, aa, pa), (tb, ab, pb) = d["ab"]
    for i in range(rng.randint(6, 12)):
        s.append(tool(d, rng, ta, aa, pa) if i % 2 == 0 else tool(d, rng, tb, ab, pb))
    return s


def failing_tool_retry(d, rng):
    s = opening(d, rng)
    name, args, message = d["fail"]
    for i in range(rng.randint(4, 7)):
        s.append(err(name, args, message))
        if i < 3 and rng.random() < 0.6:
            s.append(say(d["retry_lines"][i]))
    return s


def same_action_same_observation(d, rng):
    s = opening(d, rng)
    name, args, payload = d["read"]
    for i in range(rng.randint(4, 8)):
        s.append(tool(d, rng, name, args, payload))
        if i in (1, 3) and rng.random() < 0.7:
            s.append(say(d["read_lines"][i // 2]))
    return s


def identical_monologue(d, rng):
    s = opening(d, rng, full=True)
    for _ in range(rng.randint(3, 9)):
        s.append(say(d["mono"]))
    return s


def identical_tool_calls(d, rng):
    s = opening(d, rng)
    name, args, key, items = d["page"]
    for _ in range(rng.randint(4, 9)):
        s.append(tool(d, rng, name, args, {"items": items[:4], key: None, "has_more": True}))
    return s


def reverification_spiral(d, rng):
    s = opening(d, rng)
    for i in range(rng.randint(3, 5)):
        t, a, p = d["checks"][i % 3]
        s.append(say(d["check_lines"][(i + rng.randint(0, 2)) % 3]))
        s.append(tool(d, rng, t, a, p))
    return s


def draft_churn(d, rng):
    s = opening(d, rng)
    name, path = d["draft"]
    for i in range(rng.randint(3, 6)):
        s.append(tool(d, rng, name, {"path": path, "content": d["churn"][i % 4]}, {"saved": path}))
        if rng.random() < 0.7:
            s.append(say(d["churn_lines"][i % 3]))
    return s


def replanning_loop(d, rng):
    s = opening(d, rng, full=True)
    for i in range(rng.randint(3, 6)):
        nudge = d["nudges"][i % 3] if i and rng.random() < 0.4 else ""
        s.append(say(d["plans"][i % 3], nudge))
    return s


def cyclic_query_rotation(d, rng):
    s = opening(d, rng)
    name, key = d["search"]
    start = rng.randint(0, 2)
    for i in range(rng.randint(6, 12)):
        q = d["dead"][(start + i) % 3]
        s.append(tool(d, rng, name, {key: q}, {"total": 0, "hits": []}))
    return s


def escalating_timeout(d, rng):
    s = opening(d, rng)
    name, args, message = d["slow"]
    for i, t in enumerate([30, 60, 120, 300, 600][: rng.randint(3, 5)]):
        a = dict(args)
        a["timeout_s"] = t
        s.append(err(name, a, message.format(t=t)))
        if i < 3:
            s.append(say(d["slow_lines"][i]))
    return s


def reconfirmation_loop(d, rng):
    s = opening(d, rng, full=True)
    s.append(say(d["asks"][0]))
    for i in range(rng.randint(2, 5)):
        s.append(say(d["asks"][(i + 1) % 3], d["yeses"][i % 3]))
    return s


# ------------------------------------------------------------ progress kinds


def templated_report(d, rng):
    s = opening(d, rng)
    name, key = d["item_tool"]
    for ident, detail in d["items"][: rng.randint(3, 5)]:
        s.append(tool(d, rng, name, {key: ident}, detail))
        s.append(say(d["report"].format(id=ident, **detail)))
    return s


def summarise_related_documents(d, rng):
    s = opening(d, rng)
    name, key = d["doc_tool"]
    for ident, payload, summary in d["docs"][: rng.randint(3, 4)]:
        s.append(tool(d, rng, name, {key: ident}, payload))
        s.append(say(summary))
    s.append(say(d["synth"]))
    return s


def edit_test_converging(d, rng):
    s = opening(d, rng)
    (te, tt, targs), conv = d["conv"]
    for eargs, tpayload in conv[-rng.randint(2, 4) :]:
        s.append(tool(d, rng, te, eargs, {"applied": True}))
        s.append(tool(d, rng, tt, targs, tpayload))
    s.append(say(d["conv_done"]))
    return s


def retry_corrected_argument(d, rng):
    s = opening(d, rng)
    name, args, message = d["fail"]
    s.append(err(name, args, message))
    s.append(say(d["fix_note"]))
    s.append(tool(d, rng, name, d["fix_args"], d["fix_payload"]))
    s.append(say(d["fix_done"]))
    if rng.random() < 0.5:
        t, a, payload = d["read"]
        s.append(tool(d, rng, t, a, payload))
    return s


def polling_until_change(d, rng):
    s = opening(d, rng)
    name, args, states = d["poll"]
    k = rng.randint(3, len(states))
    for p in states[len(states) - k :]:
        s.append(tool(d, rng, name, args, p))
    s.append(say(d["poll_done"]))
    return s


def user_driven_turns(d, rng):
    s = opening(d, rng, full=True)
    for user, reply in d["turns"][: rng.randint(3, 4)]:
        s.append(say(reply, user))
    return s


def paging_through_results(d, rng):
    s = opening(d, rng)
    name, args, key, items = d["page"]
    pages = rng.randint(3, 4)
    cursor = None
    for p in range(pages):
        a = dict(args)
        if cursor:
            a[key] = cursor
        nxt = (
            None if p == pages - 1 else "c_" + hashlib.sha1(f"{p}{name}".encode()).hexdigest()[:10]
        )
        s.append(tool(d, rng, name, a, {"items": items[p * 3 : p * 3 + 3], key: nxt}))
        cursor = nxt
    s.append(say(d["page_sum"]))
    return s


def cross_source_corroboration(d, rng):
    s = opening(d, rng)
    for t, a, p, note in d["corro"]:
        s.append(tool(d, rng, t, a, p))
        if rng.random() < 0.8:
            s.append(say(note))
    t, a, p = d["act"]
    s.append(tool(d, rng, t, a, p))
    s.append(say(d["act_done"]))
    return s


def revision_per_review(d, rng):
    s = opening(d, rng)
    name, path = d["draft"]
    rtool, rargs = d["review_tool"]
    for comment, text in d["reviews"][: rng.randint(2, 3)]:
        s.append(tool(d, rng, rtool, rargs, {"open_comments": [comment]}))
        s.append(tool(d, rng, name, {"path": path, "content": text}, {"saved": path}))
    s.append(tool(d, rng, rtool, rargs, {"open_comments": []}))
    t, a, p = d["submit"]
    s.append(tool(d, rng, t, a, p))
    return s


def plan_then_execute(d, rng):
    s = opening(d, rng)
    s.append(say(d["plans"][0]))
    for t, a, p, note in d["exec"]:
        s.append(tool(d, rng, t, a, p))
        if rng.random() < 0.7:
            s.append(say(note))
    s.append(say(d["exec_done"]))
    return s


def query_refinement(d, rng):
    s = opening(d, rng)
    name, key = d["search"]
    for q, hits in d["refine"][-rng.randint(3, 4) :]:
        s.append(tool(d, rng, name, {key: q}, {"total": len(hits), "hits": hits}))
    s.append(say(d["refine_done"]))
    return s


def backoff_until_recovered(d, rng):
    s = opening(d, rng)
    name, args, payload = d["read"]
    waits = [2, 4, 8, 16][: rng.randint(2, 3)]
    for w in waits:
        s.append(err(name, args, d["rate"].format(w=w)))
        s.append(tool(d, rng, "sleep", {"seconds": w}, {"slept": w}))
    s.append(tool(d, rng, name, args, payload))
    s.append(say(d["rate_done"]))
    return s


def staged_approvals(d, rng):
    s = opening(d, rng)
    prev = ""
    for ask, t, a, p in d["stages"][: rng.randint(2, 3)]:
        s.append(say(ask, prev))
        prev = ""
        s.append(tool(d, rng, t, a, p))
        prev = d["yeses"][rng.randint(0, 2)]
    s.append(say(d["stages_done"], prev))
    return s


PAIRS = [
    ("exact_repeat", exact_repeat, "templated_report_new_content", templated_report),
    (
        "paraphrased_repeat",
        paraphrased_repeat,
        "summarise_related_documents",
        summarise_related_documents,
    ),
    ("ab_oscillation", ab_oscillation, "edit_test_converging", edit_test_converging),
    (
        "failing_tool_retry",
        failing_tool_retry,
        "retry_corrected_argument",
        retry_corrected_argument,
    ),
    (
        "same_action_same_observation",
        same_action_same_observation,
        "polling_until_state_changes",
        polling_until_change,
    ),
    ("identical_monologue", identical_monologue, "user_driven_turns", user_driven_turns),
    (
        "identical_tool_calls",
        identical_tool_calls,
        "paging_through_results",
        paging_through_results,
    ),
    (
        "reverification_spiral",
        reverification_spiral,
        "cross_source_corroboration",
        cross_source_corroboration,
    ),
    ("draft_churn_no_submit", draft_churn, "revision_per_review_comment", revision_per_review),
    ("replanning_without_execution", replanning_loop, "plan_then_execute", plan_then_execute),
    (
        "cyclic_query_rotation",
        cyclic_query_rotation,
        "query_refinement_narrowing",
        query_refinement,
    ),
    (
        "escalating_timeout_same_failure",
        escalating_timeout,
        "backoff_until_recovered",
        backoff_until_recovered,
    ),
    ("reconfirmation_loop", reconfirmation_loop, "staged_approvals", staged_approvals),
]


D1 = {
    "name": "formulary_exception_appeals",
    "env": "meta",
    "month": 3,
    "request": "Member 88412093 was denied Ozempic 1 mg on the Bronze formulary. Prescriber sent an exception request with chart notes. Please work the case (PA-2026-031877) and get it to a decision before the 72h clock runs out.",
    "ack": "Opening PA-2026-031877 and pulling the member's claims history first.",
    "open": [
        (
            "pa_portal.get_case",
            {"case_id": "PA-2026-031877"},
            {
                "case_id": "PA-2026-031877",
                "drug": "semaglutide 1 mg/0.75 mL pen",
                "ndc": "00169-4132-12",
                "status": "pending_clinical",
                "clock_expires": "2026-03-14T16:02:00Z",
                "attachments": 3,
            },
        ),
        (
            "claims.history",
            {"member_id": "88412093", "lookback_days": 365},
            {
                "claims": [
                    {"ndc": "00087-6070-05", "drug": "metformin ER 500 mg", "fills": 11},
                    {
                        "ndc": "00173-0862-18",
                        "drug": "Trulicity 1.5 mg",
                        "fills": 2,
                        "last_reject": "70 - product not covered",
                    },
                ],
                "count": 2,
            },
        ),
    ],
    "nudges": [
        "Clock is at 40 hours, where are we?",
        "Is the decision letter going out today?",
        "Hello? The prescriber's office called again.",
    ],
    "exact": "I am reviewing the clinical criteria for the GLP-1 step therapy exception and will post a determination on PA-2026-031877 shortly.",
    "promises": [
        "Next I'll check the step-therapy criteria against the chart notes and issue the determination.",
        "Let me go over the GLP-1 criteria once more against what the prescriber attached, then I'll decide.",
        "I'll compare the A1c history with the exception policy and come back with approve or deny.",
        "Give me a moment to match the member's metformin trial to the policy language before I rule on it.",
        "Going to review the exception criteria in detail now and will write up the outcome right after.",
    ],
    "ab": [
        (
            "formulary.lookup",
            {"plan": "BRONZE-2026", "ndc": "00169-4132-12"},
            {"tier": "NF", "pa_required": True, "step_therapy": "metformin 90d"},
        ),
        (
            "formulary.lookup",
            {"plan": "BRONZE-2026", "ndc": "00169-4136-02"},
            {"tier": "NF", "pa_required": True, "step_therapy": "metformin 90d"},
        ),
    ],
    "fail": (
        "fhir.Observation.search",
        {"patient": "88412093", "code": "4548-4", "date": "ge2025-03"},
        'HTTP 400 Bad Request: {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"Invalid date parameter value: ge2025-03 (expected prefix + full date)"}]}',
    ),
    "retry_lines": [
        "The lab endpoint rejected that; trying the A1c search again.",
        "Retrying the Observation query for hemoglobin A1c.",
        "One more attempt at pulling the A1c results.",
    ],
    "read": (
        "pa_portal.get_attachments",
        {"case_id": "PA-2026-031877"},
        {
            "attachments": [
                {"name": "chart_note_0211.pdf", "pages": 2},
                {"name": "lab_a1c.pdf", "pages": 1},
                {"name": "cover.pdf", "pages": 1},
            ]
        },
    ),
    "read_lines": [
        "Still the same three attachments; checking again in case the office uploaded more.",
        "No new files yet. Looking once more.",
    ],
    "mono": "Awaiting additional clinical documentation before determination.",
    "page": (
        "pa_portal.list_cases",
        {"queue": "glp1_exceptions", "status": "pending_clinical", "limit": 3},
        "next_cursor",
        [
            "PA-2026-031877",
            "PA-2026-031402",
            "PA-2026-030995",
            "PA-2026-030871",
            "PA-2026-030640",
            "PA-2026-030511",
            "PA-2026-030377",
            "PA-2026-030102",
            "PA-2026-029988",
            "PA-2026-029730",
            "PA-2026-029655",
            "PA-2026-029401",
        ],
    ),
    "checks": [
        (
            "claims.history",
            {"member_id": "88412093", "drug_class": "biguanide"},
            {"claims": [{"drug": "metformin ER 500 mg", "days_supply_total": 330}]},
        ),
        (
            "fhir.MedicationStatement.search",
            {"patient": "88412093", "code": "860975"},
            {
                "total": 1,
                "entry": [{"status": "active", "effectivePeriod": {"start": "2025-02-03"}}],
            },
        ),
        (
            "pa_portal.get_attachment_text",
            {"case_id": "PA-2026-031877", "name": "chart_note_0211.pdf"},
            {"excerpt": "On metformin ER 1000 mg BID since Feb 2025, A1c 8.4% despite adherence."},
        ),
    ],
    "check_lines": [
        "Metformin trial looks satisfied, but let me confirm that from another source before I approve.",
        "I want to be sure the 90-day metformin requirement is really met, checking once more.",
        "Double-checking the metformin duration again so the approval holds up on audit.",
    ],
    "draft": ("docs.write", "letters/PA-2026-031877_determination.md"),
    "churn": [
        "Dear Dr. Alvarez, the exception request for semaglutide has been approved for 12 months.",
        "Dear Dr. Alvarez, the exception request for semaglutide is approved for a period of 12 months.",
        "Dear Dr. Alvarez: we have approved the exception request for semaglutide for 12 months.",
        "Dear Dr. Alvarez, your exception request for semaglutide has been approved (12 months).",
    ],
    "churn_lines": [
        "The wording of the opening feels stiff; adjusting it.",
        "Tightening the first sentence of the letter.",
        "Small rephrase of the approval line before it goes out.",
    ],
    "plans": [
        "Plan: 1) verify metformin trial, 2) pull A1c, 3) apply GLP-1 exception criteria, 4) write determination, 5) notify prescriber.",
        "Revised plan: first apply the exception criteria, then verify the metformin trial and A1c, then draft the letter and notify.",
        "Let me restructure: (a) A1c and metformin evidence, (b) criteria check, (c) determination letter, (d) prescriber fax. Starting with (a).",
    ],
    "search": ("policy_library.search", "q"),
    "dead": [
        "semaglutide bronze exception override",
        "GLP-1 nonformulary bronze appeal rule",
        "ozempic tier exception bronze 2026",
    ],
    "slow": (
        "claims.history_export",
        {"member_id": "88412093", "lookback_days": 1825, "format": "csv"},
        "504 Gateway Timeout: upstream claims-warehouse did not respond within {t}s (request_id=cw-77f3)",
    ),
    "slow_lines": [
        "Five years of claims is heavy; giving the export more time.",
        "Still timing out, doubling the timeout.",
        "Raising the timeout again, the warehouse should finish eventually.",
    ],
    "asks": [
        "The criteria are met. Shall I approve PA-2026-031877 for 12 months?",
        "Just to confirm, you want me to approve the semaglutide exception for 12 months?",
        "Before I proceed: approve PA-2026-031877, 12-month duration, correct?",
    ],
    "yeses": ["Yes, approve it.", "Yes. Please go ahead.", "Confirmed, approve."],
    "item_tool": ("pa_portal.get_case", "case_id"),
    "items": [
        (
            "PA-2026-031402",
            {"drug": "Mounjaro 5 mg", "status": "pending_clinical", "hours_left": 51},
        ),
        ("PA-2026-030995", {"drug": "Wegovy 1.7 mg", "status": "info_requested", "hours_left": 22}),
        (
            "PA-2026-030871",
            {"drug": "Rybelsus 7 mg", "status": "pending_clinical", "hours_left": 9},
        ),
        (
            "PA-2026-030640",
            {"drug": "Trulicity 3 mg", "status": "pending_md_review", "hours_left": 30},
        ),
        (
            "PA-2026-030511",
            {"drug": "Victoza 1.8 mg", "status": "pending_clinical", "hours_left": 64},
        ),
    ],
    "report": "Case {id}: {drug}, status {status}, {hours_left}h left on the clock.",
    "doc_tool": ("policy_library.get", "policy_id"),
    "docs": [
        (
            "RX-POL-114",
            {"title": "GLP-1 Receptor Agonists: Formulary Exception", "rev": "2026-01"},
            "RX-POL-114 requires a 90-day metformin trial or documented intolerance, plus A1c of 7.0% or higher.",
        ),
        (
            "RX-POL-009",
            {"title": "Nonformulary Exception Process", "rev": "2025-07"},
            "RX-POL-009 sets the 72-hour standard clock and lets a pharmacist approve; denials need an MD reviewer.",
        ),
        (
            "CMS-LTR-22",
            {"title": "Determination Letter Requirements", "rev": "2025-11"},
            "CMS-LTR-22 says denial letters must cite the specific criterion and give appeal rights; approvals just need duration and quantity.",
        ),
        (
            "RX-POL-131",
            {"title": "Weight-loss Indication Exclusions", "rev": "2026-02"},
            "RX-POL-131 excludes obesity-only indications, which does not apply here since the diagnosis is E11.65.",
        ),
    ],
    "synth": "Taken together: the member meets RX-POL-114, a pharmacist can approve under RX-POL-009, and the letter only needs duration and quantity.",
    "conv": (
        (
            "pa_portal.update_criteria_answers",
            "pa_portal.validate_case",
            {"case_id": "PA-2026-031877"},
        ),
        [
            (
                {"case_id": "PA-2026-031877", "answers": {"diagnosis": "E11.65"}},
                {
                    "errors": [
                        "metformin_trial_days missing",
                        "a1c_value missing",
                        "a1c_date missing",
                    ]
                },
            ),
            (
                {"case_id": "PA-2026-031877", "answers": {"metformin_trial_days": 330}},
                {"errors": ["a1c_value missing", "a1c_date missing"]},
            ),
            (
                {"case_id": "PA-2026-031877", "answers": {"a1c_value": 8.4}},
                {"errors": ["a1c_date missing"]},
            ),
            (
                {"case_id": "PA-2026-031877", "answers": {"a1c_date": "2026-02-11"}},
                {"errors": [], "ready_for_determination": True},
            ),
        ],
    ),
    "conv_done": "Case validates cleanly now; moving it to determination.",
    "fix_note": "The FHIR server wants a full date after the ge prefix. Resending with ge2025-03-01.",
    "fix_args": {"patient": "88412093", "code": "4548-4", "date": "ge2025-03-01"},
    "fix_payload": {
        "resourceType": "Bundle",
        "total": 2,
        "entry": [
            {"valueQuantity": {"value": 8.4, "unit": "%"}, "effectiveDateTime": "2026-02-11"},
            {"valueQuantity": {"value": 8.9, "unit": "%"}, "effectiveDateTime": "2025-08-19"},
        ],
    },
    "fix_done": "A1c was 8.9% in August and 8.4% in February, both above the 7.0% threshold.",
    "poll": (
        "pa_portal.get_case",
        {"case_id": "PA-2026-031877"},
        [
            {"status": "info_requested", "attachments": 3},
            {"status": "info_requested", "attachments": 3},
            {"status": "info_received", "attachments": 4},
            {"status": "pending_clinical", "attachments": 4, "new": "a1c_feb2026.pdf"},
        ],
    ),
    "poll_done": "The prescriber uploaded a1c_feb2026.pdf and the case is back in pending_clinical; I can review it now.",
    "turns": [
        (
            "Use the February A1c, not the old one.",
            "Noted, I'll cite the February 2026 A1c of 8.4% in the rationale.",
        ),
        (
            "Also set quantity to 3 mL per 28 days.",
            "Quantity limit set to 3 mL per 28 days on the approval.",
        ),
        (
            "Duration should be 12 months, plan year ends in Dec though.",
            "I'll approve through 2026-12-31 so it lines up with the plan year.",
        ),
        (
            "Cc the prescriber's nurse line on the fax.",
            "Added the nurse line (555-0142) as a second fax recipient.",
        ),
    ],
    "page_sum": "Twelve GLP-1 cases pending; PA-2026-031877 and PA-2026-030871 are the two closest to breaching the clock.",
    "corro": [
        (
            "claims.history",
            {"member_id": "88412093", "drug_class": "biguanide"},
            {"claims": [{"drug": "metformin ER 500 mg", "days_supply_total": 330}]},
            "Claims show 330 days of metformin.",
        ),
        (
            "pa_portal.get_attachment_text",
            {"case_id": "PA-2026-031877", "name": "lab_a1c.pdf"},
            {"excerpt": "HbA1c 8.4 % (ref 4.0-5.6) collected 2026-02-11"},
            "The lab sheet gives A1c 8.4% from Feb 11.",
        ),
        (
            "eligibility.check",
            {"member_id": "88412093", "date": "2026-03-12"},
            {"active": True, "plan": "BRONZE-2026", "term_date": None},
            "Coverage is active on Bronze, no term date.",
        ),
    ],
    "act": (
        "pa_portal.set_determination",
        {
            "case_id": "PA-2026-031877",
            "decision": "approved",
            "through": "2026-12-31",
            "qty": "3 mL/28 days",
        },
        {"case_id": "PA-2026-031877", "status": "approved", "letter_queued": True},
    ),
    "act_done": "Approved through 2026-12-31 and the letter is queued to the prescriber.",
    "review_tool": ("pa_portal.get_review_comments", {"case_id": "PA-2026-031877"}),
    "reviews": [
        (
            "Rationale must name the criterion from RX-POL-114 section 3.2.",
            "Approved under RX-POL-114 s.3.2: metformin trial of 330 days, A1c 8.4% (2026-02-11).",
        ),
        (
            "Add the quantity limit to the letter.",
            "Approved under RX-POL-114 s.3.2 ... Quantity limit: 3 mL per 28 days.",
        ),
        (
            "Letter needs the end date, not just 12 months.",
            "Approved under RX-POL-114 s.3.2 ... Quantity limit: 3 mL per 28 days. Valid through 2026-12-31.",
        ),
    ],
    "submit": (
        "pa_portal.submit_letter",
        {"case_id": "PA-2026-031877", "path": "letters/PA-2026-031877_determination.md"},
        {"fax_job": "FX-90412", "status": "queued"},
    ),
    "exec": [
        (
            "claims.history",
            {"member_id": "88412093", "drug_class": "biguanide"},
            {"claims": [{"drug": "metformin ER 500 mg", "days_supply_total": 330}]},
            "Step 1 done: 330 days of metformin.",
        ),
        (
            "fhir.Observation.search",
            {"patient": "88412093", "code": "4548-4", "date": "ge2025-03-01"},
            {"total": 2, "latest": 8.4},
            "Step 2 done: latest A1c 8.4%.",
        ),
        (
            "pa_portal.set_determination",
            {"case_id": "PA-2026-031877", "decision": "approved"},
            {"status": "approved"},
            "Steps 3 and 4: criteria met, determination recorded.",
        ),
    ],
    "exec_done": "All steps complete; the prescriber will get the fax within the hour.",
    "refine": [
        (
            "GLP-1 exception",
            [
                {"id": "RX-POL-114"},
                {"id": "RX-POL-131"},
                {"id": "RX-POL-009"},
                {"id": "RX-POL-077"},
                {"id": "RX-POL-102"},
            ],
        ),
        (
            "GLP-1 exception bronze",
            [{"id": "RX-POL-114"}, {"id": "RX-POL-131"}, {"id": "RX-POL-009"}],
        ),
        ("GLP-1 exception bronze step therapy", [{"id": "RX-POL-114"}, {"id": "RX-POL-009"}]),
        (
            "GLP-1 exception bronze step therapy metformin duration",
            [{"id": "RX-POL-114", "section": "3.2"}],
        ),
    ],
    "refine_done": "RX-POL-114 section 3.2 is the governing criterion: 90 days of metformin.",
    "rate": "HTTP 429 Too Many Requests: rate limit 20/min exceeded for client pa-bot; retry after {w}s",
    "rate_done": "Attachment list came back; three files to review.",
    "stages": [
        (
            "Criteria are met. OK to record an approval on PA-2026-031877?",
            "pa_portal.set_determination",
            {"case_id": "PA-2026-031877", "decision": "approved"},
            {"status": "approved"},
        ),
        (
            "Approval recorded. May I fax the letter to Dr. Alvarez now?",
            "fax.send",
            {"to": "+1-555-0199", "doc": "letters/PA-2026-031877_determination.md"},
            {"job": "FX-90412", "pages": 2, "status": "sent"},
        ),
        (
            "Fax sent. Should I also post the approval to the member portal?",
            "member_portal.notify",
            {"member_id": "88412093", "template": "pa_approved"},
            {"message_id": "mp_4471", "delivered": True},
        ),
    ],
    "stages_done": "Done: approved, faxed, and the member was notified.",
}


D2 = {
    "name": "aluminium_extrusion_die_scheduling",
    "env": "flat",
    "month": 5,
    "request": "Press 3 is down for a container change Thursday. Can you re-sequence the die schedule so the 6063 window-frame orders (WO-44187, WO-44190) still ship Friday? Use the MES, not the spreadsheet.",
    "ack": "Checking press 3's downtime window and the two window-frame orders in the MES.",
    "open": [
        (
            "mes.get_press",
            {"press_id": "P3"},
            {
                "press_id": "P3",
                "tonnage": 2200,
                "state": "scheduled_down",
                "down_from": "2026-05-14T06:00",
                "down_to": "2026-05-14T22:00",
                "billet_dia_in": 8,
            },
        ),
        (
            "mes.get_work_order",
            {"wo": "WO-44187"},
            {
                "wo": "WO-44187",
                "alloy": "6063-T5",
                "die": "D-7719",
                "kg": 4200,
                "ship_by": "2026-05-15",
                "eligible_presses": ["P3", "P5"],
            },
        ),
    ],
    "nudges": [
        "Shift lead needs the sequence by 2pm.",
        "Is P5 taking the frames or not?",
        "Any news on the schedule?",
    ],
    "exact": "I'm working out the new press sequence for Thursday and will publish it to the MES as soon as it's balanced.",
    "promises": [
        "I'll move the 6063 frame dies to press 5 and publish the sequence next.",
        "Next step is shuffling D-7719 and D-7722 onto P5, then I'll push the schedule.",
        "Let me rebalance P5 so the window frames fit before Friday, and then post it.",
        "I'm about to resequence Thursday's dies around the P3 outage; the MES update follows.",
        "Going to fit the two frame orders onto another press and release the plan right after.",
    ],
    "ab": [
        (
            "mes.assign_die",
            {"wo": "WO-44187", "press_id": "P5", "slot": "2026-05-14T08:00"},
            {"assigned": True, "conflicts": ["WO-44201 displaced"]},
        ),
        (
            "mes.assign_die",
            {"wo": "WO-44201", "press_id": "P5", "slot": "2026-05-14T08:00"},
            {"assigned": True, "conflicts": ["WO-44187 displaced"]},
        ),
    ],
    "fail": (
        "mes.assign_die",
        {"wo": "WO-44190", "press_id": "P5", "die": "D-7722", "slot": "2026-05-14T14:00"},
        "409 Conflict: die D-7722 is at nitriding (oven N2) until 2026-05-15T03:00; cannot assign before ready_at",
    ),
    "retry_lines": [
        "Die is blocked, trying the assignment again.",
        "Retrying D-7722 on P5 for the 14:00 slot.",
        "Another go at slotting WO-44190.",
    ],
    "read": (
        "mes.get_die",
        {"die": "D-7722"},
        {
            "die": "D-7722",
            "location": "nitriding_N2",
            "ready_at": "2026-05-15T03:00",
            "pushes_since_nitride": 0,
        },
    ),
    "read_lines": [
        "D-7722 still in the nitriding oven; looking again.",
        "Same status on D-7722. Checking once more.",
    ],
    "mono": "Recalculating press load for Thursday.",
    "page": (
        "mes.list_work_orders",
        {"alloy": "6063", "ship_by_lte": "2026-05-16", "page_size": 3},
        "page_token",
        [
            "WO-44187",
            "WO-44190",
            "WO-44193",
            "WO-44201",
            "WO-44205",
            "WO-44209",
            "WO-44211",
            "WO-44214",
            "WO-44220",
            "WO-44223",
            "WO-44230",
            "WO-44236",
        ],
    ),
    "checks": [
        (
            "mes.get_press",
            {"press_id": "P5"},
            {"press_id": "P5", "state": "running", "free_hours_0514": 9.5},
        ),
        (
            "mes.capacity",
            {"press_id": "P5", "date": "2026-05-14"},
            {"available_h": 9.5, "booked_h": 6.5},
        ),
        (
            "mes.get_shift_calendar",
            {"press_id": "P5", "date": "2026-05-14"},
            {"shifts": ["A", "B"], "hours": 16, "planned_stops_h": 0},
        ),
    ],
    "check_lines": [
        "P5 seems to have room, but I'd like to confirm that before moving anything.",
        "Re-checking P5's free hours one more time.",
        "Let me verify P5's capacity again from a different view.",
    ],
    "draft": ("fs.write", "schedules/2026-05-14_press_sequence.csv"),
    "churn": [
        "press,slot,wo,die\nP5,08:00,WO-44187,D-7719\nP5,12:30,WO-44201,D-7730",
        "press,slot,wo,die\nP5,08:00,WO-44187,D-7719\nP5,12:30,WO-44201,D-7730\n",
        "press,start,wo,die\nP5,08:00,WO-44187,D-7719\nP5,12:30,WO-44201,D-7730",
        "press,slot,work_order,die\nP5,08:00,WO-44187,D-7719\nP5,12:30,WO-44201,D-7730",
    ],
    "churn_lines": [
        "Renaming a column header so it reads better.",
        "Adjusting the CSV layout slightly.",
        "Cleaning up the schedule file formatting.",
    ],
    "plans": [
        "Plan: move WO-44187 to P5 08:00, slide WO-44201 to P5 12:30, hold WO-44190 until D-7722 is out of nitriding, publish.",
        "Alternative: put WO-44190 first on P5 Friday 03:30, WO-44187 Thursday morning, and push WO-44201 to P6. Then publish.",
        "Thinking again: maybe P6 takes WO-44201 outright, P5 does both frames back to back. I'll firm this up before touching the MES.",
    ],
    "search": ("mes.search_dies", "profile"),
    "dead": [
        "window frame 6063 71mm hollow",
        "frame profile FR-71 spare die",
        "71 mm hollow sash die backup",
    ],
    "slow": (
        "mes.run_scheduler",
        {"horizon_days": 14, "presses": ["P3", "P5", "P6"], "objective": "min_tardiness"},
        "ERROR scheduler job sch-5521 exceeded time limit ({t}s); solver status: NOT_SOLVED",
    ),
    "slow_lines": [
        "The solver ran out of time; letting it run longer.",
        "Extending the limit again, it must be close.",
        "Giving the solver more time on the same 14-day horizon.",
    ],
    "asks": [
        "Sequence is ready. Do you want me to publish it to the MES?",
        "Just checking: publish Thursday's sequence now?",
        "OK to push the new press 5 sequence live?",
    ],
    "yeses": ["Yes, publish.", "Yes, go.", "Publish it please."],
    "item_tool": ("mes.get_work_order", "wo"),
    "items": [
        ("WO-44187", {"die": "D-7719", "kg": 4200, "press": "P5"}),
        ("WO-44190", {"die": "D-7722", "kg": 3100, "press": "P5"}),
        ("WO-44201", {"die": "D-7730", "kg": 1800, "press": "P6"}),
        ("WO-44205", {"die": "D-7741", "kg": 2600, "press": "P6"}),
        ("WO-44209", {"die": "D-7702", "kg": 950, "press": "P5"}),
    ],
    "report": "{id}: die {die}, {kg} kg, now on {press}.",
    "doc_tool": ("qms.get_document", "doc_no"),
    "docs": [
        (
            "WI-EXT-031",
            {"title": "Die change procedure, 2200t presses"},
            "WI-EXT-031: a die change on the 2200t presses takes 45 minutes including preheat checks.",
        ),
        (
            "WI-EXT-044",
            {"title": "Die nitriding and release"},
            "WI-EXT-044 says a freshly nitrided die needs a 2-hour soak at 480 C before its first push.",
        ),
        (
            "SPEC-6063-FR",
            {"title": "Window frame profile FR-71 spec"},
            "The FR-71 spec allows P5 or P3 only, because of the 8-inch billet.",
        ),
        (
            "WI-EXT-052",
            {"title": "Container change lockout"},
            "WI-EXT-052 keeps P3 locked out for 16 hours during a container change.",
        ),
    ],
    "synth": "So P5 must take both frame orders; D-7722 can run Friday 05:00 at the earliest after its soak, which still makes the Friday ship.",
    "conv": (
        ("mes.move_slot", "mes.validate_schedule", {"date": "2026-05-14", "presses": ["P5", "P6"]}),
        [
            (
                {"wo": "WO-44187", "press_id": "P5", "slot": "08:00"},
                {
                    "violations": 3,
                    "details": ["WO-44201 overlap", "WO-44205 overlap", "WO-44190 die not ready"],
                },
            ),
            (
                {"wo": "WO-44201", "press_id": "P6", "slot": "07:00"},
                {"violations": 2, "details": ["WO-44205 overlap", "WO-44190 die not ready"]},
            ),
            (
                {"wo": "WO-44205", "press_id": "P6", "slot": "11:15"},
                {"violations": 1, "details": ["WO-44190 die not ready"]},
            ),
            (
                {"wo": "WO-44190", "press_id": "P5", "slot": "2026-05-15T05:00"},
                {"violations": 0, "details": []},
            ),
        ],
    ),
    "conv_done": "Zero violations. The schedule holds, WO-44190 runs Friday at 05:00.",
    "fix_note": "D-7722 is not ready until 03:00 Friday plus the 2h soak. Asking for the 05:00 slot instead.",
    "fix_args": {"wo": "WO-44190", "press_id": "P5", "die": "D-7722", "slot": "2026-05-15T05:00"},
    "fix_payload": {"assigned": True, "slot": "2026-05-15T05:00", "est_finish": "2026-05-15T09:40"},
    "fix_done": "WO-44190 finishes pressing at 09:40 Friday, in time for the afternoon truck.",
    "poll": (
        "mes.get_die",
        {"die": "D-7722"},
        [
            {"location": "nitriding_N2", "ready_at": "2026-05-15T03:00"},
            {"location": "nitriding_N2", "ready_at": "2026-05-15T03:00"},
            {"location": "die_oven_P5", "temp_c": 310},
            {"location": "die_oven_P5", "temp_c": 482, "ready": True},
        ],
    ),
    "poll_done": "D-7722 is out of nitriding and soaked at 482 C; WO-44190 can start.",
    "turns": [
        (
            "Keep WO-44209 on P5, the customer audited that press.",
            "Understood, WO-44209 stays on P5 at 16:00.",
        ),
        (
            "And P6 is short an operator on B shift.",
            "Then P6 only gets A-shift work: WO-44201 and WO-44205 both end by 14:30.",
        ),
        (
            "Frames need ageing oven time, 8 hours.",
            "Booked ageing oven AO-2 from 10:00 Friday for both frame orders.",
        ),
        (
            "Good. Send me the final list.",
            "Final: P5 08:00 WO-44187, P5 16:00 WO-44209, P6 07:00 WO-44201, P6 11:15 WO-44205, P5 Fri 05:00 WO-44190.",
        ),
    ],
    "page_sum": "Twelve 6063 orders ship by Saturday; only WO-44187 and WO-44190 are tied to P3, the rest are on P5 or P6 already.",
    "corro": [
        (
            "mes.capacity",
            {"press_id": "P5", "date": "2026-05-14"},
            {"available_h": 9.5, "booked_h": 6.5},
            "P5 has 3 free hours on Thursday.",
        ),
        (
            "mes.get_die",
            {"die": "D-7719"},
            {"location": "rack_B4", "condition": "ok", "pushes_since_nitride": 41},
            "D-7719 is on the rack and in good shape.",
        ),
        (
            "mes.get_billet_stock",
            {"alloy": "6063", "dia_in": 8},
            {"kg_on_hand": 18200},
            "Plenty of 8-inch 6063 billet.",
        ),
    ],
    "act": (
        "mes.assign_die",
        {"wo": "WO-44187", "press_id": "P5", "slot": "2026-05-14T08:00"},
        {"assigned": True, "conflicts": []},
    ),
    "act_done": "WO-44187 is on P5 Thursday 08:00 with no conflicts.",
    "review_tool": ("mes.get_schedule_review", {"date": "2026-05-14"}),
    "reviews": [
        (
            "Add the die change times between jobs.",
            "P5,08:00,WO-44187,D-7719\nP5,12:45,change,45min\nP5,13:30,WO-44201,D-7730",
        ),
        ("WO-44201 belongs on P6, not P5.", "P5,08:00,WO-44187,D-7719\nP6,07:00,WO-44201,D-7730"),
        (
            "Include the Friday 05:00 frame run.",
            "P5,08:00,WO-44187,D-7719\nP6,07:00,WO-44201,D-7730\nP5,Fri 05:00,WO-44190,D-7722",
        ),
    ],
    "submit": (
        "mes.publish_schedule",
        {"date": "2026-05-14", "file": "schedules/2026-05-14_press_sequence.csv"},
        {"published": True, "version": 7},
    ),
    "exec": [
        (
            "mes.assign_die",
            {"wo": "WO-44187", "press_id": "P5", "slot": "2026-05-14T08:00"},
            {"assigned": True},
            "WO-44187 moved to P5.",
        ),
        (
            "mes.move_slot",
            {"wo": "WO-44201", "press_id": "P5", "slot": "12:30"},
            {"moved": True},
            "WO-44201 slid to 12:30.",
        ),
        (
            "mes.publish_schedule",
            {"date": "2026-05-14"},
            {"published": True, "version": 6},
            "Thursday's schedule published.",
        ),
    ],
    "exec_done": "Sequence is live in the MES; WO-44190 is held for Friday 05:00 when the die is ready.",
    "refine": [
        (
            "6063",
            [{"die": d} for d in ["D-7702", "D-7719", "D-7722", "D-7730", "D-7741", "D-7750"]],
        ),
        ("6063 hollow", [{"die": "D-7719"}, {"die": "D-7722"}, {"die": "D-7750"}]),
        ("6063 hollow FR-71", [{"die": "D-7719"}, {"die": "D-7722"}]),
        ("6063 hollow FR-71 on rack", [{"die": "D-7719", "location": "rack_B4"}]),
    ],
    "refine_done": "D-7719 is the only FR-71 die on the rack right now; D-7722 is in nitriding.",
    "rate": "503 Service Unavailable: MES API throttled (concurrent sessions 40/40). Retry-After: {w}",
    "rate_done": "Got the die record; D-7722 is in nitriding until Friday 03:00.",
    "stages": [
        (
            "Shall I move WO-44187 to P5 Thursday 08:00?",
            "mes.assign_die",
            {"wo": "WO-44187", "press_id": "P5", "slot": "2026-05-14T08:00"},
            {"assigned": True},
        ),
        (
            "Done. Next, WO-44201 to P6 at 07:00, OK?",
            "mes.assign_die",
            {"wo": "WO-44201", "press_id": "P6", "slot": "2026-05-14T07:00"},
            {"assigned": True},
        ),
        (
            "Last one: WO-44190 on P5 Friday 05:00, go ahead?",
            "mes.assign_die",
            {"wo": "WO-44190", "press_id": "P5", "slot": "2026-05-15T05:00"},
            {"assigned": True},
        ),
    ],
    "stages_done": "All three moves are in; both frame orders make Friday.",
}


D3 = {
    "name": "railcar_hire_billing",
    "env": "result",
    "month": 7,
    "request": "Union Tank is disputing our June car-hire bill for 14 tank cars (invoice CH-2606-0419, $18,240.55). They say cars UTLX 640112 and UTLX 640187 were on our bad-order track and shouldn't accrue. Sort it out and answer them.",
    "ack": "Pulling invoice CH-2606-0419 and the movement history for the two disputed cars.",
    "open": [
        (
            "carhire.get_invoice",
            {"invoice": "CH-2606-0419"},
            {
                "invoice": "CH-2606-0419",
                "counterparty": "UTLX",
                "period": "2026-06",
                "cars": 14,
                "amount_usd": 18240.55,
                "dispute": "open",
            },
        ),
        (
            "railinc.car_events",
            {"mark": "UTLX", "number": "640112", "from": "2026-06-01"},
            {
                "events": [
                    {"code": "PLCT", "at": "2026-06-03T10:14", "loc": "KCK"},
                    {"code": "BADO", "at": "2026-06-05T07:40", "loc": "KCK-RIP"},
                    {"code": "RLSE", "at": "2026-06-19T15:22"},
                ]
            },
        ),
    ],
    "nudges": [
        "UTLX wants a response by Friday.",
        "Where are we on the dispute?",
        "Controller is asking about this one.",
    ],
    "exact": "I'm reconciling the bad-order days for the disputed UTLX cars and will send Union Tank the adjusted figure shortly.",
    "promises": [
        "I'll work out the bad-order days for 640112 and 640187 and prepare the credit.",
        "Next I'm going to net out the RIP-track days on those two tank cars and reply to UTLX.",
        "Let me tally how long each car sat bad-ordered and then write back with a corrected amount.",
        "Going to reconcile the June hire against the BADO events and issue whatever credit is due.",
        "I'll go through the repair-in-place days now and come back with the adjusted invoice.",
    ],
    "ab": [
        (
            "carhire.set_line_status",
            {"invoice": "CH-2606-0419", "car": "UTLX 640187", "status": "disputed"},
            {"line": 9, "status": "disputed"},
        ),
        (
            "carhire.set_line_status",
            {"invoice": "CH-2606-0419", "car": "UTLX 640187", "status": "billable"},
            {"line": 9, "status": "billable"},
        ),
    ],
    "fail": (
        "railinc.car_events",
        {"mark": "UTLX", "number": "0640187", "from": "2026-06-01"},
        'Error 422: {"code":"INVALID_EQUIPMENT_ID","message":"Equipment number must be 1-6 digits without leading zeros: 0640187"}',
    ),
    "retry_lines": [
        "Railinc refused that; sending it again.",
        "Retrying the event query for 640187.",
        "Trying the car events call once more.",
    ],
    "read": (
        "carhire.get_counterparty_rules",
        {"mark": "UTLX"},
        {
            "mark": "UTLX",
            "rate_basis": "hourly+mileage",
            "bad_order_relief": "per AAR Rule 1, from BADO event to RLSE",
            "contact": "carhire@utlx.example",
        },
    ),
    "read_lines": [
        "Same rules record; checking it again.",
        "Nothing new in UTLX's terms, rereading.",
    ],
    "mono": "Reconciling bad-order relief against the June hire period.",
    "page": (
        "carhire.list_lines",
        {"invoice": "CH-2606-0419", "limit": 3},
        "next",
        [
            "UTLX 640101",
            "UTLX 640112",
            "UTLX 640119",
            "UTLX 640123",
            "UTLX 640131",
            "UTLX 640140",
            "UTLX 640152",
            "UTLX 640160",
            "UTLX 640171",
            "UTLX 640187",
            "UTLX 640190",
            "UTLX 640199",
        ],
    ),
    "checks": [
        (
            "railinc.car_events",
            {"mark": "UTLX", "number": "640112", "from": "2026-06-01"},
            {
                "events": [
                    {"code": "BADO", "at": "2026-06-05T07:40"},
                    {"code": "RLSE", "at": "2026-06-19T15:22"},
                ]
            },
        ),
        (
            "yard.get_track_history",
            {"car": "UTLX 640112", "yard": "KCK"},
            {"tracks": [{"track": "RIP-2", "in": "2026-06-05T07:40", "out": "2026-06-19T15:22"}]},
        ),
        (
            "mechanical.get_repair",
            {"car": "UTLX 640112"},
            {
                "repair_order": "RO-55813",
                "opened": "2026-06-05",
                "closed": "2026-06-19",
                "why_made": "WM 29 - wheel tread",
            },
        ),
    ],
    "check_lines": [
        "640112 was bad-ordered June 5 to 19; let me make sure by checking another system.",
        "Confirming the same window once more before crediting anything.",
        "I'd like yet another confirmation of those bad-order dates.",
    ],
    "draft": ("mail.save_draft", "drafts/UTLX_CH-2606-0419_reply.txt"),
    "churn": [
        "Hello Union Tank team, we reviewed CH-2606-0419 and agree a credit is due for 640112 and 640187.",
        "Hello Union Tank team, we have reviewed CH-2606-0419 and agree that a credit is due for 640112 and 640187.",
        "Hi Union Tank team, having reviewed CH-2606-0419, we agree a credit is due on 640112 and 640187.",
        "Hello UTLX car hire team, we reviewed CH-2606-0419 and agree a credit is due for cars 640112 and 640187.",
    ],
    "churn_lines": [
        "Softening the greeting a little.",
        "Reworking the first line of the reply.",
        "Small wording change before sending.",
    ],
    "plans": [
        "Plan: 1) get BADO/RLSE for both cars, 2) compute relief hours, 3) reprice lines 2 and 10, 4) issue credit memo, 5) email UTLX.",
        "Let me reorder: reprice first from the repair orders, then check Railinc events, then credit and email.",
        "Better approach: pull yard track history for the RIP tracks, derive relief, then the credit memo and the reply.",
    ],
    "search": ("carhire.search_disputes", "query"),
    "dead": [
        "UTLX bad order June precedent",
        "tank car RIP relief prior dispute UTLX",
        "Union Tank bad-order credit history",
    ],
    "slow": (
        "carhire.rebuild_invoice",
        {"invoice": "CH-2606-0419", "recompute_mileage": True},
        "TimeoutError: rating engine did not finish rebuild for CH-2606-0419 within {t}s (job rt-99120 still QUEUED)",
    ),
    "slow_lines": [
        "Rebuild timed out; allowing more time.",
        "Still queued. Increasing the timeout.",
        "Extending again, the rating engine is slow today.",
    ],
    "asks": [
        "Relief comes to $2,961.40. Shall I issue the credit memo?",
        "To confirm, credit $2,961.40 against CH-2606-0419?",
        "Before I go ahead, you're fine with the $2,961.40 credit?",
    ],
    "yeses": ["Yes, issue it.", "Yes.", "Yes, confirmed."],
    "item_tool": ("carhire.get_line", "car"),
    "items": [
        ("UTLX 640112", {"hours": 336, "relief_h": 343.7, "usd": 1690.12}),
        ("UTLX 640187", {"hours": 412, "relief_h": 260.1, "usd": 1271.28}),
        ("UTLX 640101", {"hours": 720, "relief_h": 0, "usd": 0}),
        ("UTLX 640152", {"hours": 698, "relief_h": 0, "usd": 0}),
        ("UTLX 640190", {"hours": 540, "relief_h": 12.5, "usd": 58.30}),
    ],
    "report": "{id}: {hours} hire hours billed, {relief_h} relief hours, credit ${usd}.",
    "doc_tool": ("docs.get", "doc"),
    "docs": [
        (
            "AAR-CHP-R1",
            {"title": "Car Hire Rules, Rule 1"},
            "Rule 1 stops hire from the bad-order placement until the car is released, if the handling line reported it.",
        ),
        (
            "AAR-CHP-R5",
            {"title": "Rule 5, Claims"},
            "Rule 5 gives the car owner 6 months to claim and requires event evidence with timestamps.",
        ),
        (
            "UTLX-2024-AGR",
            {"title": "UTLX bilateral agreement"},
            "The UTLX bilateral says relief is hourly and excludes the first 24h after the BADO event.",
        ),
        (
            "INT-SOP-17",
            {"title": "Internal car hire dispute SOP"},
            "Our SOP says credits under $5,000 can be issued by the analyst without controller sign-off.",
        ),
    ],
    "synth": "Combining those: relief runs BADO to RLSE less 24h per the bilateral, and I can issue the credit myself since it is under $5,000.",
    "conv": (
        ("carhire.adjust_line", "carhire.reconcile", {"invoice": "CH-2606-0419"}),
        [
            (
                {"car": "UTLX 640112", "relief_hours": 343.7},
                {"variance_usd": 2961.40, "unmatched_lines": 2},
            ),
            (
                {"car": "UTLX 640187", "relief_hours": 260.1},
                {"variance_usd": 1271.28, "unmatched_lines": 1},
            ),
            (
                {"car": "UTLX 640187", "relief_hours": 260.1, "mileage_adj": 0},
                {"variance_usd": 58.30, "unmatched_lines": 1},
            ),
            (
                {"car": "UTLX 640190", "relief_hours": 12.5},
                {"variance_usd": 0.0, "unmatched_lines": 0},
            ),
        ],
    ),
    "conv_done": "Invoice now reconciles to zero variance against UTLX's claim.",
    "fix_note": "Railinc wants the number without the leading zero. Querying 640187.",
    "fix_args": {"mark": "UTLX", "number": "640187", "from": "2026-06-01"},
    "fix_payload": {
        "events": [
            {"code": "BADO", "at": "2026-06-11T22:05", "loc": "KCK-RIP"},
            {"code": "RLSE", "at": "2026-06-23T10:11"},
        ]
    },
    "fix_done": "640187 was bad-ordered June 11 22:05 to June 23 10:11.",
    "poll": (
        "carhire.get_job",
        {"job": "rt-99120"},
        [
            {"state": "QUEUED"},
            {"state": "RUNNING", "pct": 35},
            {"state": "RUNNING", "pct": 80},
            {"state": "DONE", "new_amount_usd": 15279.15},
        ],
    ),
    "poll_done": "The rebuild finished: the invoice is now $15,279.15, down $2,961.40.",
    "turns": [
        (
            "Exclude the first 24h, it's in our bilateral.",
            "Right, relief for 640112 drops to 319.7 hours after the 24h exclusion.",
        ),
        ("Same for 640187.", "640187 relief is now 236.1 hours."),
        ("Mileage stays as billed.", "Mileage unchanged; only hourly hire is credited."),
        ("Send the memo number once it's out.", "Credit memo CM-2607-0033 issued for $2,735.22."),
    ],
    "page_sum": "All 14 lines reviewed: only 640112 and 640187 had bad-order events in June; the other 12 are correctly billed.",
    "corro": [
        (
            "railinc.car_events",
            {"mark": "UTLX", "number": "640112", "from": "2026-06-01"},
            {
                "events": [
                    {"code": "BADO", "at": "2026-06-05T07:40"},
                    {"code": "RLSE", "at": "2026-06-19T15:22"},
                ]
            },
            "Railinc has 640112 bad-ordered for 14 days.",
        ),
        (
            "railinc.car_events",
            {"mark": "UTLX", "number": "640187", "from": "2026-06-01"},
            {
                "events": [
                    {"code": "BADO", "at": "2026-06-11T22:05"},
                    {"code": "RLSE", "at": "2026-06-23T10:11"},
                ]
            },
            "640187 sat on RIP about 11.5 days.",
        ),
        (
            "carhire.get_counterparty_rules",
            {"mark": "UTLX"},
            {"bad_order_relief": "BADO to RLSE, less first 24h"},
            "And the bilateral's 24h exclusion applies.",
        ),
    ],
    "act": (
        "carhire.issue_credit",
        {"invoice": "CH-2606-0419", "amount_usd": 2735.22, "reason": "AAR Rule 1 bad-order relief"},
        {"credit_memo": "CM-2607-0033", "status": "posted"},
    ),
    "act_done": "Credit memo CM-2607-0033 posted for $2,735.22.",
    "review_tool": ("mail.get_draft_comments", {"draft": "drafts/UTLX_CH-2606-0419_reply.txt"}),
    "reviews": [
        (
            "Quote the BADO and RLSE timestamps per car.",
            "640112: BADO 06-05 07:40, RLSE 06-19 15:22. 640187: BADO 06-11 22:05, RLSE 06-23 10:11.",
        ),
        (
            "Mention the 24h exclusion explicitly.",
            "... Relief is computed per our bilateral, excluding the first 24 hours after each BADO.",
        ),
        (
            "Give the memo number.",
            "... Credit memo CM-2607-0033 for $2,735.22 has been posted to your account.",
        ),
    ],
    "submit": (
        "mail.send",
        {"draft": "drafts/UTLX_CH-2606-0419_reply.txt", "to": "carhire@utlx.example"},
        {"message_id": "<a81f@mail>", "status": "sent"},
    ),
    "exec": [
        (
            "railinc.car_events",
            {"mark": "UTLX", "number": "640187", "from": "2026-06-01"},
            {"events": [{"code": "BADO"}, {"code": "RLSE"}]},
            "Events in hand for both cars.",
        ),
        (
            "carhire.adjust_line",
            {"car": "UTLX 640112", "relief_hours": 319.7},
            {"line": 2, "new_usd": 0},
            "Line 2 repriced.",
        ),
        (
            "carhire.issue_credit",
            {"invoice": "CH-2606-0419", "amount_usd": 2735.22},
            {"credit_memo": "CM-2607-0033"},
            "Credit memo out.",
        ),
    ],
    "exec_done": "Bad-order relief credited and the dispute can close once UTLX acknowledges.",
    "refine": [
        ("UTLX", [{"dispute": x} for x in ["D-1881", "D-1902", "D-1950", "D-2004", "D-2041"]]),
        ("UTLX bad order", [{"dispute": "D-1902"}, {"dispute": "D-2004"}, {"dispute": "D-2041"}]),
        ("UTLX bad order KCK", [{"dispute": "D-2004"}, {"dispute": "D-2041"}]),
        ("UTLX bad order KCK 2026", [{"dispute": "D-2041", "outcome": "credited, 24h exclusion"}]),
    ],
    "refine_done": "D-2041 from March is the same situation; we credited with the 24h exclusion then too.",
    "rate": "429 Too Many Requests (Railinc quota 600/h reached); Retry-After: {w}",
    "rate_done": "UTLX's relief rule is BADO to RLSE, per AAR Rule 1.",
    "stages": [
        (
            "Can I mark lines 2 and 10 as disputed while I reprice?",
            "carhire.set_line_status",
            {"invoice": "CH-2606-0419", "car": "UTLX 640112", "status": "disputed"},
            {"line": 2, "status": "disputed"},
        ),
        (
            "Repriced. OK to post credit memo for $2,735.22?",
            "carhire.issue_credit",
            {"invoice": "CH-2606-0419", "amount_usd": 2735.22},
            {"credit_memo": "CM-2607-0033"},
        ),
        (
            "Shall I email UTLX the memo and close the dispute?",
            "mail.send",
            {"to": "carhire@utlx.example", "template": "credit_notice"},
            {"status": "sent"},
        ),
    ],
    "stages_done": "Credit posted and UTLX notified; dispute marked resolved.",
}


D4 = {
    "name": "gitlab_runner_autoscaling",
    "env": "http",
    "month": 9,
    "request": "Pipelines on the monorepo are queuing 20+ minutes every morning. The docker-autoscaler runner 'ci-fleet-eu' should be scaling up but isn't. Find out why and fix it, don't just bump max.",
    "ack": "Looking at the ci-fleet-eu runner config and current job queue first.",
    "open": [
        (
            "gitlab.api",
            {"method": "GET", "path": "/api/v4/runners/4812"},
            {
                "id": 4812,
                "description": "ci-fleet-eu",
                "status": "online",
                "executor": "docker-autoscaler",
                "tag_list": ["docker", "eu"],
                "contacted_at": "2026-09-08T07:41:09Z",
            },
        ),
        (
            "ssh.exec",
            {
                "host": "runner-mgr-eu-1",
                "cmd": "sudo cat /etc/gitlab-runner/config.toml | grep -A12 autoscaler",
            },
            {
                "stdout": '[runners.autoscaler]\n  plugin = "aws"\n  capacity_per_instance = 2\n  max_instances = 40\n  [[runners.autoscaler.policy]]\n    idle_count = 0\n    periods = ["* * * * *"]\n',
                "exit": 0,
            },
        ),
    ],
    "nudges": [
        "Queue is 31 jobs deep right now.",
        "Any root cause yet?",
        "Devs are complaining in #ci, status?",
    ],
    "exact": "I'm tracing why the autoscaler isn't adding instances for ci-fleet-eu and will apply the fix once I've confirmed the cause.",
    "promises": [
        "I'll dig into the fleeting plugin logs and figure out why the ASG isn't growing.",
        "Next I'll look at why the autoscaler isn't provisioning and correct the policy.",
        "Let me trace the scale-up path in the runner manager and then fix the config.",
        "Going to figure out what's blocking new EC2 instances and adjust things accordingly.",
        "I'll investigate the scaling failure and push a corrected config.toml right after.",
    ],
    "ab": [
        (
            "ssh.exec",
            {
                "host": "runner-mgr-eu-1",
                "cmd": "sudo sed -i 's/idle_count = 0/idle_count = 4/' /etc/gitlab-runner/config.toml",
            },
            {"stdout": "", "exit": 0},
        ),
        (
            "ssh.exec",
            {
                "host": "runner-mgr-eu-1",
                "cmd": "sudo sed -i 's/idle_count = 4/idle_count = 0/' /etc/gitlab-runner/config.toml",
            },
            {"stdout": "", "exit": 0},
        ),
    ],
    "fail": (
        "aws.autoscaling.update_auto_scaling_group",
        {"AutoScalingGroupName": "ci-fleet-eu-asg", "DesiredCapacity": 12},
        "An error occurred (ValidationError) when calling the UpdateAutoScalingGroup operation: Desired capacity:12 must be between the specified min size:0 and max size:8",
    ),
    "retry_lines": [
        "Setting the desired capacity again.",
        "Retrying UpdateAutoScalingGroup with 12.",
        "Another attempt at scaling the group to 12.",
    ],
    "read": (
        "aws.autoscaling.describe_auto_scaling_groups",
        {"AutoScalingGroupNames": ["ci-fleet-eu-asg"]},
        {"AutoScalingGroups": [{"MinSize": 0, "MaxSize": 8, "DesiredCapacity": 8, "Instances": 8}]},
    ),
    "read_lines": [
        "ASG still shows 8/8. Describing it again.",
        "No change on the group; checking once more.",
    ],
    "mono": "Analyzing autoscaler behavior.",
    "page": (
        "gitlab.api",
        {"method": "GET", "path": "/api/v4/runners/4812/jobs", "status": "pending", "per_page": 3},
        "page",
        [
            "job 99120031",
            "job 99120035",
            "job 99120042",
            "job 99120049",
            "job 99120051",
            "job 99120063",
            "job 99120070",
            "job 99120077",
            "job 99120081",
            "job 99120094",
            "job 99120102",
            "job 99120108",
        ],
    ),
    "checks": [
        (
            "aws.autoscaling.describe_auto_scaling_groups",
            {"AutoScalingGroupNames": ["ci-fleet-eu-asg"]},
            {"AutoScalingGroups": [{"MaxSize": 8, "DesiredCapacity": 8}]},
        ),
        (
            "aws.cloudformation.describe_stack_resource",
            {"StackName": "ci-fleet-eu", "LogicalResourceId": "RunnerASG"},
            {"Properties": {"MaxSize": "8"}},
        ),
        (
            "terraform.state_show",
            {"address": "module.ci_fleet_eu.aws_autoscaling_group.this"},
            {"max_size": 8, "min_size": 0},
        ),
    ],
    "check_lines": [
        "MaxSize 8 is clearly the cap, but let me verify from the stack too.",
        "Checking the ASG max one more time to be certain.",
        "I'll confirm the limit again before changing anything.",
    ],
    "draft": ("git.write_file", "ci/runners/eu/config.toml"),
    "churn": [
        "[runners.autoscaler]\n  capacity_per_instance = 2\n  max_instances = 40\n  # idle_count tuned for morning peak",
        "[runners.autoscaler]\n  capacity_per_instance = 2\n  max_instances = 40\n  # idle count tuned for the morning peak",
        "[runners.autoscaler]\n  capacity_per_instance = 2\n  max_instances = 40\n  # tuned idle_count for morning peak",
        "[runners.autoscaler]\n  capacity_per_instance = 2\n  max_instances = 40\n  # idle_count: tuned for morning peak",
    ],
    "churn_lines": [
        "Tweaking the comment wording in the config.",
        "Rewording that comment again.",
        "Minor comment edit.",
    ],
    "plans": [
        "Plan: 1) confirm ASG MaxSize vs max_instances, 2) raise MaxSize in terraform, 3) add a weekday 07:00-10:00 idle policy, 4) restart runner, 5) watch queue.",
        "Rethinking: first the idle policy for mornings, then the ASG limit, then restart and observe.",
        "New outline: terraform change for MaxSize, then runner policy periods, then verify with a test pipeline. I'll detail each before starting.",
    ],
    "search": ("gitlab.search_issues", "search"),
    "dead": [
        "docker-autoscaler not scaling beyond desired",
        "fleeting aws plugin stuck capacity",
        "autoscaler max_instances ignored ASG",
    ],
    "slow": (
        "ssh.exec",
        {
            "host": "runner-mgr-eu-1",
            "cmd": "sudo journalctl -u gitlab-runner --since '-7d' --no-pager",
        },
        "ssh: command timed out after {t}s (output exceeded buffer, 2.1 GB journal)",
    ),
    "slow_lines": [
        "The journal read timed out, allowing more time.",
        "Still too slow; increasing the limit.",
        "Trying again with an even longer timeout.",
    ],
    "asks": [
        "The fix is raising ASG MaxSize to 20 via terraform. Shall I apply it?",
        "Confirm: terraform apply for MaxSize 20?",
        "Ready to apply MaxSize 20 on ci-fleet-eu-asg, OK?",
    ],
    "yeses": ["Yes, apply.", "yes go ahead", "Yes. Apply it."],
    "item_tool": ("gitlab.api", "path"),
    "items": [
        ("/api/v4/jobs/99120031", {"queued_s": 1322, "stage": "build", "runner": "none"}),
        ("/api/v4/jobs/99120035", {"queued_s": 1290, "stage": "test", "runner": "none"}),
        ("/api/v4/jobs/99120042", {"queued_s": 1104, "stage": "test", "runner": "none"}),
        ("/api/v4/jobs/99120049", {"queued_s": 871, "stage": "lint", "runner": "none"}),
        ("/api/v4/jobs/99120051", {"queued_s": 640, "stage": "build", "runner": "none"}),
    ],
    "report": "{id}: {stage} job, queued {queued_s}s, runner {runner}.",
    "doc_tool": ("web.fetch", "url"),
    "docs": [
        (
            "https://docs.gitlab.com/runner/executors/docker_autoscaler/",
            {"title": "Docker Autoscaler executor"},
            "The executor docs: max_instances is an upper bound, the real ceiling is the cloud group's own max size.",
        ),
        (
            "https://docs.gitlab.com/runner/configuration/advanced-configuration/#the-runnersautoscalerpolicy-sections",
            {"title": "autoscaler policy"},
            "Policy sections set idle_count and idle_time per cron period; with idle_count 0 every job waits for a cold instance.",
        ),
        (
            "https://gitlab.com/gitlab-org/fleeting/plugins/aws/-/blob/main/README.md",
            {"title": "fleeting-plugin-aws"},
            "The AWS fleeting plugin only changes desired capacity and never touches MaxSize, so a low MaxSize silently caps scaling.",
        ),
        (
            "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html",
            {"title": "ASG capacity limits"},
            "AWS rejects desired capacity above MaxSize with a ValidationError, which matches what we saw.",
        ),
    ],
    "synth": "So the cap is the ASG MaxSize of 8 (16 concurrent jobs), not max_instances; plus idle_count 0 makes each morning start cold.",
    "conv": (
        (
            "git.apply_patch",
            "ssh.exec",
            {
                "host": "runner-mgr-eu-1",
                "cmd": "gitlab-runner verify && cd /srv/tf && terraform plan -detailed-exitcode",
            },
        ),
        [
            (
                {"file": "tf/ci_fleet_eu.tf", "patch": "-  max_size = 8\n+  max_size = 20"},
                {
                    "stdout": "Error: Invalid value for variable max_size: must be <= var.account_quota (16)",
                    "exit": 1,
                },
            ),
            (
                {"file": "tf/variables.tf", "patch": "-  default = 16\n+  default = 24"},
                {
                    "stdout": "Error: config.toml: policy periods invalid cron '* 7-10 * * mon-fri'",
                    "exit": 1,
                },
            ),
            (
                {
                    "file": "ci/runners/eu/config.toml",
                    "patch": '-periods = ["* 7-10 * * mon-fri"]\n+periods = ["* 7-10 * * 1-5"]',
                },
                {"stdout": "Plan: 0 to add, 1 to change, 0 to destroy.", "exit": 2},
            ),
            (
                {"file": "ci/runners/eu/config.toml", "patch": '+timezone = "Europe/Berlin"'},
                {
                    "stdout": "Verifying runner... is valid\nPlan: 0 to add, 1 to change, 0 to destroy.",
                    "exit": 2,
                },
            ),
        ],
    ),
    "conv_done": "Runner config verifies and the plan is a single in-place change to the ASG; ready to apply.",
    "fix_note": "The group's MaxSize is 8, so 12 is out of range. Passing MaxSize 20 in the same update.",
    "fix_args": {"AutoScalingGroupName": "ci-fleet-eu-asg", "MaxSize": 20, "DesiredCapacity": 12},
    "fix_payload": {
        "ResponseMetadata": {"HTTPStatusCode": 200},
        "MaxSize": 20,
        "DesiredCapacity": 12,
    },
    "fix_done": "Group now allows 20 instances and is scaling to 12; pending jobs should start draining.",
    "poll": (
        "aws.autoscaling.describe_auto_scaling_groups",
        {"AutoScalingGroupNames": ["ci-fleet-eu-asg"]},
        [
            {"DesiredCapacity": 12, "InService": 8},
            {"DesiredCapacity": 12, "InService": 9, "Pending": 3},
            {"DesiredCapacity": 12, "InService": 11},
            {"DesiredCapacity": 12, "InService": 12},
        ],
    ),
    "poll_done": "All 12 instances are InService; the queue should clear within a few minutes.",
    "turns": [
        (
            "Account quota for c6i is 24 vCPU per AZ, keep that in mind.",
            "With 4 vCPU instances across 3 AZs that's 18 max; I'll set MaxSize 18.",
        ),
        (
            "Idle instances only on weekdays 7-10 Berlin time.",
            'Policy period set to "* 7-10 * * 1-5" with timezone Europe/Berlin, idle_count 4.',
        ),
        ("idle_time 20m is fine.", 'idle_time = "20m0s" added to that policy.'),
        (
            "Open an MR, don't push to main.",
            "Opened MR !5512 'ci-fleet-eu: raise ASG max, add morning idle pool'.",
        ),
    ],
    "page_sum": "Twelve pending jobs across four pages, all tagged docker+eu, none picked up: the runner has no free slots.",
    "corro": [
        (
            "aws.autoscaling.describe_auto_scaling_groups",
            {"AutoScalingGroupNames": ["ci-fleet-eu-asg"]},
            {"AutoScalingGroups": [{"MaxSize": 8, "DesiredCapacity": 8}]},
            "ASG is pinned at its max of 8.",
        ),
        (
            "ssh.exec",
            {
                "host": "runner-mgr-eu-1",
                "cmd": "sudo journalctl -u gitlab-runner --since '-1h' | grep -i 'capacity' | tail -3",
            },
            {
                "stdout": "WRN increase capacity failed: ValidationError: desired 9 above max 8\n",
                "exit": 0,
            },
            "Runner logs show it tried to go to 9 and AWS refused.",
        ),
        (
            "aws.service_quotas.get",
            {"ServiceCode": "ec2", "QuotaCode": "L-1216C47A"},
            {"Value": 256.0},
            "vCPU quota is 256, so quota is not the limit.",
        ),
    ],
    "act": (
        "aws.autoscaling.update_auto_scaling_group",
        {"AutoScalingGroupName": "ci-fleet-eu-asg", "MaxSize": 20},
        {"ResponseMetadata": {"HTTPStatusCode": 200}},
    ),
    "act_done": "MaxSize raised to 20; the runner can scale past 8 instances now.",
    "review_tool": (
        "gitlab.api",
        {"method": "GET", "path": "/api/v4/projects/311/merge_requests/5512/discussions"},
    ),
    "reviews": [
        (
            "Use weekday numbers, mon-fri isn't valid in the runner's cron parser.",
            'periods = ["* 7-10 * * 1-5"]',
        ),
        (
            "Set timezone or it runs on UTC.",
            'periods = ["* 7-10 * * 1-5"]\ntimezone = "Europe/Berlin"',
        ),
        (
            "Add idle_time so instances get reaped.",
            'periods = ["* 7-10 * * 1-5"]\ntimezone = "Europe/Berlin"\nidle_count = 4\nidle_time = "20m0s"',
        ),
    ],
    "submit": (
        "gitlab.api",
        {"method": "PUT", "path": "/api/v4/projects/311/merge_requests/5512/merge"},
        {"state": "merged", "merge_commit_sha": "9c1e07d"},
    ),
    "exec": [
        (
            "git.apply_patch",
            {"file": "tf/ci_fleet_eu.tf", "patch": "-  max_size = 8\n+  max_size = 20"},
            {"applied": True},
            "Terraform change written.",
        ),
        (
            "ssh.exec",
            {"host": "runner-mgr-eu-1", "cmd": "cd /srv/tf && terraform apply -auto-approve"},
            {"stdout": "Apply complete! Resources: 0 added, 1 changed, 0 destroyed.", "exit": 0},
            "ASG updated.",
        ),
        (
            "ssh.exec",
            {"host": "runner-mgr-eu-1", "cmd": "sudo systemctl restart gitlab-runner"},
            {"stdout": "", "exit": 0},
            "Runner restarted with the morning idle policy.",
        ),
    ],
    "exec_done": "Changes are live; tomorrow morning's queue should start on warm instances.",
    "refine": [
        ("autoscaler", [{"iid": x} for x in [29011, 30877, 31240, 31902, 32055]]),
        ("docker-autoscaler aws", [{"iid": 30877}, {"iid": 31240}, {"iid": 32055}]),
        ("docker-autoscaler aws MaxSize", [{"iid": 31240}, {"iid": 32055}]),
        (
            "docker-autoscaler aws MaxSize desired capacity ValidationError",
            [{"iid": 31240, "title": "Autoscaler silently capped by ASG MaxSize"}],
        ),
    ],
    "refine_done": "Issue 31240 describes exactly this: the plugin is capped by ASG MaxSize and only logs a warning.",
    "rate": "HTTP 429 Too Many Requests\nRetry-After: {w}\nRateLimit-Remaining: 0 (GitLab.com authenticated API rate limit)",
    "rate_done": "ASG is at 8 of 8; that's the ceiling.",
    "stages": [
        (
            "May I raise the ASG MaxSize from 8 to 20?",
            "aws.autoscaling.update_auto_scaling_group",
            {"AutoScalingGroupName": "ci-fleet-eu-asg", "MaxSize": 20},
            {"ResponseMetadata": {"HTTPStatusCode": 200}},
        ),
        (
            "Done. Now restart gitlab-runner to pick up the idle policy?",
            "ssh.exec",
            {"host": "runner-mgr-eu-1", "cmd": "sudo systemctl restart gitlab-runner"},
            {"stdout": "", "exit": 0},
        ),
        (
            "Runner back. Shall I retry the 31 pending jobs?",
            "gitlab.api",
            {"method": "POST", "path": "/api/v4/projects/311/pipelines/88102/retry"},
            {"status": "running"},
        ),
    ],
    "stages_done": "Scaling works again and the retried pipeline is running.",
}


D5 = {
    "name": "broadcast_caption_qc",
    "env": "meta",
    "month": 10,
    "request": "The 22:00 repeat of 'Harbour Lights' ep 7 (house number HL0107R) failed caption QC: the SCC drifts about 2s late after the second ad break. It airs tonight. Fix the file and get it back into the playout system.",
    "ack": "Fetching the QC report for HL0107R and the caption asset.",
    "open": [
        (
            "mam.get_asset",
            {"house_number": "HL0107R"},
            {
                "house_number": "HL0107R",
                "title": "Harbour Lights 7",
                "duration": "00:58:30:00",
                "fps": "29.97DF",
                "caption_file": "HL0107R.scc",
                "qc_state": "FAILED",
            },
        ),
        (
            "qc.get_report",
            {"house_number": "HL0107R", "check": "captions"},
            {
                "findings": [
                    {
                        "rule": "CAP_SYNC",
                        "tc": "00:31:12;04",
                        "offset_ms": 2002,
                        "severity": "major",
                    },
                    {"rule": "CAP_SYNC", "tc": "00:44:50;18", "offset_ms": 2002},
                ],
                "pass": False,
            },
        ),
    ],
    "nudges": [
        "Playout lock is at 20:30.",
        "Is the caption file fixed yet?",
        "MCR is asking if they should air without captions.",
    ],
    "exact": "I'm correcting the caption timing after the second break on HL0107R and will re-deliver the SCC to playout once it's done.",
    "promises": [
        "I'll shift the captions after break two back by two seconds and re-deliver.",
        "Next I'm going to pull the post-break captions earlier by 2002 ms and send the file to playout.",
        "Let me fix the late cues from 00:31:12 onward and then push it back.",
        "I'm about to retime the second half's captions and hand the corrected SCC over.",
        "Going to correct the drift after the break and resubmit to QC shortly.",
    ],
    "ab": [
        (
            "captions.offset",
            {"file": "HL0107R.scc", "from_tc": "00:31:12;04", "offset_ms": -2002},
            {"cues_shifted": 412, "output": "HL0107R.scc"},
        ),
        (
            "captions.offset",
            {"file": "HL0107R.scc", "from_tc": "00:31:12;04", "offset_ms": 2002},
            {"cues_shifted": 412, "output": "HL0107R.scc"},
        ),
    ],
    "fail": (
        "playout.ingest",
        {"house_number": "HL0107R", "asset": "HL0107R.scc", "channel": "ch2"},
        "IngestError 4107: caption file HL0107R.scc rejected - timecode 00:31:10;00 is not a valid drop-frame timecode (frames 00 and 01 skipped at minute 31)",
    ),
    "retry_lines": [
        "Playout rejected it; resending the file.",
        "Retrying the ingest to channel 2.",
        "Sending HL0107R.scc to playout again.",
    ],
    "read": (
        "qc.get_report",
        {"house_number": "HL0107R", "check": "captions"},
        {
            "findings": [{"rule": "CAP_SYNC", "tc": "00:31:12;04", "offset_ms": 2002}],
            "pass": False,
            "report_rev": 1,
        },
    ),
    "read_lines": [
        "QC report unchanged. Reading it again.",
        "Still rev 1 with the same finding; checking once more.",
    ],
    "mono": "Reviewing caption sync.",
    "page": (
        "captions.list_cues",
        {"file": "HL0107R.scc", "from_tc": "00:31:00;00", "limit": 3},
        "cursor",
        [
            "00:31:12;04 WHO LEFT THE LAMP ON?",
            "00:31:14;20 NOT ME. I WAS AT THE PIER.",
            "00:31:17;02 [FOGHORN]",
            "00:31:19;11 THE KEEPER'S LOG SAYS OTHERWISE.",
            "00:31:22;29 THEN THE LOG IS WRONG.",
            "00:31:25;08 [DOOR CREAKS]",
            "00:31:27;15 MARGARET?",
            "00:31:29;00 IN HERE.",
            "00:31:31;21 YOU'RE SOAKED.",
            "00:31:34;05 THE TIDE CAME IN EARLY.",
            "00:31:37;18 [THUNDER]",
            "00:31:40;02 WE NEED TO LEAVE.",
        ],
    ),
    "checks": [
        (
            "media.probe",
            {"file": "HL0107R_main.mxf", "stream": "video"},
            {"fps": "30000/1001", "timecode": "00:00:00;00", "drop_frame": True},
        ),
        ("mam.get_asset", {"house_number": "HL0107R"}, {"fps": "29.97DF"}),
        (
            "media.probe",
            {"file": "HL0107R_main.mxf", "stream": "tc"},
            {"start_tc": "00:00:00;00", "drop_frame": True},
        ),
    ],
    "check_lines": [
        "Video is 29.97 drop-frame; let me be sure before retiming.",
        "Verifying the frame rate once again.",
        "Let me re-confirm drop-frame from the MXF.",
    ],
    "draft": ("fs.write", "deliveries/HL0107R/QC_note.txt"),
    "churn": [
        "HL0107R captions retimed after break 2 (-2002ms). Ready for QC.",
        "HL0107R: captions retimed after break 2 by -2002 ms. Ready for QC.",
        "HL0107R captions re-timed after second break (-2002ms). Ready for QC.",
        "HL0107R - captions retimed after break 2 (-2002 ms); ready for QC.",
    ],
    "churn_lines": [
        "Fixing spacing in the QC note.",
        "Rewording the note slightly.",
        "Another pass on the note's punctuation.",
    ],
    "plans": [
        "Plan: 1) find the cue where drift starts, 2) offset all later cues -2002 ms, 3) snap to drop-frame, 4) re-run QC, 5) ingest to playout.",
        "Let me reorder: re-run QC first to confirm, then offset, then snap frames, then ingest.",
        "Different order: snap to drop-frame before offsetting, then QC, then playout. I'll check each dependency first.",
    ],
    "search": ("mam.search", "q"),
    "dead": [
        "Harbour Lights 7 caption master clean",
        "HL0107 original SCC broadcast",
        "harbour lights ep7 captions no breaks",
    ],
    "slow": (
        "qc.run",
        {"house_number": "HL0107R", "profile": "full_broadcast"},
        "QC job qcj-30771 aborted: exceeded max runtime {t}s (profile full_broadcast decodes full 58m30s essence)",
    ),
    "slow_lines": [
        "Full QC timed out, giving it more time.",
        "Raising the QC runtime limit.",
        "Once more with a longer limit.",
    ],
    "asks": [
        "Captions are fixed and QC passes. Shall I ingest HL0107R.scc to playout?",
        "Confirm you want the new SCC ingested for tonight's 22:00?",
        "OK to replace the caption file in playout now?",
    ],
    "yeses": ["Yes, ingest.", "Yes please.", "Yes, replace it."],
    "item_tool": ("qc.get_finding", "finding_id"),
    "items": [
        ("F-1", {"tc": "00:31:12;04", "offset_ms": 2002, "fixed": "yes"}),
        ("F-2", {"tc": "00:44:50;18", "offset_ms": 2002, "fixed": "yes"}),
        ("F-3", {"tc": "00:52:03;10", "offset_ms": 33, "fixed": "within tolerance"}),
        ("F-4", {"tc": "00:12:01;00", "offset_ms": 0, "fixed": "n/a"}),
        ("F-5", {"tc": "00:57:58;02", "offset_ms": 67, "fixed": "within tolerance"}),
    ],
    "report": "Finding {id} at {tc}: offset {offset_ms} ms, fixed: {fixed}.",
    "doc_tool": ("wiki.get_page", "page"),
    "docs": [
        (
            "Captions/Sync-Tolerances",
            {"title": "Caption sync tolerances"},
            "House tolerance is 100 ms for pop-on captions; anything past 500 ms is a major finding.",
        ),
        (
            "Captions/Break-Edits",
            {"title": "Caption handling at break edits"},
            "When a programme is re-cut for breaks, captions after each cut point must be re-offset by the removed duration.",
        ),
        (
            "Playout/Caption-Ingest",
            {"title": "Caption ingest to Playout"},
            "Playout rejects SCC with non-drop-frame timecodes on DF material; snap with captions.conform first.",
        ),
        (
            "Repeats/Versioning",
            {"title": "Repeat versions"},
            "An R version reuses the master captions; the repeat cut of ep 7 removed 2s of slate at break 2.",
        ),
    ],
    "synth": "So the 2002 ms drift is the slate removed at break 2 in the repeat cut; offset cues after it, conform to drop-frame, then ingest.",
    "conv": (
        ("captions.offset", "qc.run", {"house_number": "HL0107R", "profile": "captions_only"}),
        [
            (
                {"file": "HL0107R.scc", "from_tc": "00:31:12;04", "offset_ms": -2000},
                {"pass": False, "findings": 3, "note": "2 invalid DF timecodes"},
            ),
            (
                {"file": "HL0107R.scc", "from_tc": "00:31:12;04", "offset_ms": -2002, "snap": "df"},
                {"pass": False, "findings": 1, "note": "1 cue overlaps previous"},
            ),
            (
                {"file": "HL0107R.scc", "cue": "00:31:10;02", "min_gap_frames": 2},
                {
                    "pass": False,
                    "findings": 1,
                    "note": "608 channel 1 buffer overflow at 00:44:48;16",
                },
            ),
            (
                {"file": "HL0107R.scc", "cue": "00:44:48;16", "preload_frames": 30},
                {"pass": True, "findings": 0},
            ),
        ],
    ),
    "conv_done": "Caption-only QC passes with zero findings.",
    "fix_note": "Drop-frame skips frames 00 and 01 at minute 31; snapping the file to DF with captions.conform before ingest.",
    "fix_args": {"house_number": "HL0107R", "asset": "HL0107R_df.scc", "channel": "ch2"},
    "fix_payload": {
        "ingest_id": "ING-66120",
        "state": "ACCEPTED",
        "scheduled_tx": "2026-10-14T22:00:00+01:00",
    },
    "fix_done": "Playout accepted the conformed file for tonight's 22:00.",
    "poll": (
        "qc.get_job",
        {"job_id": "qcj-30772"},
        [
            {"state": "QUEUED"},
            {"state": "DECODING", "pct": 41},
            {"state": "ANALYSING", "pct": 88},
            {"state": "DONE", "pass": True, "findings": 0},
        ],
    ),
    "poll_done": "QC rerun finished clean.",
    "turns": [
        (
            "Leave the SDH tags as they are.",
            "SDH tags like [FOGHORN] stay untouched; only timing changes.",
        ),
        (
            "Line at 31:22 is a typo, 'the log is wrong' should be 'the log's wrong'.",
            "Edited the 00:31:22;29 cue to THEN THE LOG'S WRONG.",
        ),
        (
            "Also the speaker ID for Margaret is missing at 31:29.",
            "Added (MARGARET): before IN HERE. at 00:31:29;00.",
        ),
        (
            "That's everything, send it.",
            "Re-delivered HL0107R.scc; playout ingest ING-66121 accepted.",
        ),
    ],
    "page_sum": "Read twelve cues after break 2: every one starts exactly 2002 ms late, consistent with a single removed segment.",
    "corro": [
        (
            "edl.get",
            {"house_number": "HL0107R"},
            {
                "events": [
                    {
                        "n": 14,
                        "type": "cut",
                        "at": "00:31:10;00",
                        "removed": "00:00:02;00",
                        "reason": "slate",
                    }
                ]
            },
            "EDL shows 2 seconds of slate cut at 00:31:10.",
        ),
        (
            "captions.list_cues",
            {"file": "HL0107R.scc", "from_tc": "00:31:00;00", "limit": 2},
            {"items": ["00:31:12;04 WHO LEFT THE LAMP ON?"]},
            "First late cue sits just after that cut.",
        ),
        (
            "media.probe",
            {"file": "HL0107R_main.mxf", "stream": "tc"},
            {"drop_frame": True},
            "Essence is drop-frame, so I'll snap after offsetting.",
        ),
    ],
    "act": (
        "captions.offset",
        {"file": "HL0107R.scc", "from_tc": "00:31:12;04", "offset_ms": -2002, "snap": "df"},
        {"cues_shifted": 412, "output": "HL0107R_df.scc"},
    ),
    "act_done": "412 cues shifted and conformed to drop-frame.",
    "review_tool": ("qc.get_review", {"house_number": "HL0107R"}),
    "reviews": [
        (
            "Note must state the offset and where it starts.",
            "HL0107R: cues from 00:31:12;04 shifted -2002 ms.",
        ),
        (
            "Mention it was conformed to drop-frame.",
            "HL0107R: cues from 00:31:12;04 shifted -2002 ms, conformed to 29.97DF.",
        ),
        (
            "Reference the EDL event.",
            "HL0107R: cues from 00:31:12;04 shifted -2002 ms (EDL event 14, slate removal), conformed to 29.97DF.",
        ),
    ],
    "submit": (
        "playout.ingest",
        {"house_number": "HL0107R", "asset": "HL0107R_df.scc", "channel": "ch2"},
        {"ingest_id": "ING-66120", "state": "ACCEPTED"},
    ),
    "exec": [
        (
            "edl.get",
            {"house_number": "HL0107R"},
            {"events": [{"n": 14, "removed": "00:00:02;00"}]},
            "Drift starts at EDL event 14.",
        ),
        (
            "captions.offset",
            {"file": "HL0107R.scc", "from_tc": "00:31:12;04", "offset_ms": -2002, "snap": "df"},
            {"cues_shifted": 412},
            "Offset and DF snap applied.",
        ),
        (
            "qc.run",
            {"house_number": "HL0107R", "profile": "captions_only"},
            {"pass": True},
            "QC passes.",
        ),
    ],
    "exec_done": "Ingested to playout; tonight's repeat will air with synced captions.",
    "refine": [
        (
            "Harbour Lights",
            [{"hn": x} for x in ["HL0101", "HL0102", "HL0107", "HL0107R", "HL0108", "HL0110"]],
        ),
        ("Harbour Lights 7", [{"hn": "HL0107"}, {"hn": "HL0107R"}, {"hn": "HL0107P"}]),
        (
            "Harbour Lights 7 captions",
            [{"hn": "HL0107", "file": "HL0107.scc"}, {"hn": "HL0107R", "file": "HL0107R.scc"}],
        ),
        (
            "Harbour Lights 7 captions repeat cut",
            [{"hn": "HL0107R", "file": "HL0107R.scc", "cut_from": "HL0107"}],
        ),
    ],
    "refine_done": "HL0107R's captions were copied from HL0107 without re-offsetting for the repeat cut.",
    "rate": "503 Slow Down: MAM API busy (queue depth 118). Please retry in {w} seconds.",
    "rate_done": "QC report rev 1 still shows the 2002 ms finding; proceeding to the fix.",
    "stages": [
        (
            "Shall I apply the -2002 ms offset from 00:31:12;04?",
            "captions.offset",
            {"file": "HL0107R.scc", "from_tc": "00:31:12;04", "offset_ms": -2002, "snap": "df"},
            {"cues_shifted": 412},
        ),
        (
            "Offset done. Run caption QC now?",
            "qc.run",
            {"house_number": "HL0107R", "profile": "captions_only"},
            {"pass": True, "findings": 0},
        ),
        (
            "QC is clean. Ingest to playout for 22:00?",
            "playout.ingest",
            {"house_number": "HL0107R", "asset": "HL0107R_df.scc", "channel": "ch2"},
            {"state": "ACCEPTED"},
        ),
    ],
    "stages_done": "Fixed, QC'd and ingested before the playout lock.",
}


D6 = {
    "name": "catastrophe_model_runs",
    "env": "result",
    "month": 4,
    "request": "For the Gulf Coast property treaty renewal we need the 1-in-250 OEP for hurricane on the updated exposure (EDM GC_2026Q1_v3), RMS v23 with storm surge on. Broker wants it tomorrow.",
    "ack": "Checking the exposure database and the analysis settings before launching the run.",
    "open": [
        (
            "riskmodeler.get_edm",
            {"edm": "GC_2026Q1_v3"},
            {
                "edm": "GC_2026Q1_v3",
                "locations": 184221,
                "tiv_usd": 61432000000,
                "geocoded_pct": 97.8,
                "last_import": "2026-04-02T18:11:40Z",
            },
        ),
        (
            "riskmodeler.list_profiles",
            {"peril": "WS", "region": "NA"},
            {
                "profiles": [
                    {"id": 3301, "name": "NAWS v23 Long-term, surge on"},
                    {"id": 3302, "name": "NAWS v23 WMTR, surge on"},
                    {"id": 3280, "name": "NAWS v21 Long-term"},
                ]
            },
        ),
    ],
    "nudges": [
        "Underwriter wants a number by 5pm.",
        "Is the 250-year figure ready?",
        "Any progress on the Gulf run?",
    ],
    "exact": "I'm setting up the hurricane analysis on GC_2026Q1_v3 and will report the 1-in-250 OEP as soon as the results are in.",
    "promises": [
        "I'll launch the v23 hurricane run with surge and pull the 250-year OEP.",
        "Next I'm kicking off the NAWS analysis on the Q1 exposure so we have the 250-year loss.",
        "Let me get the surge-on hurricane run going and then report the OEP at 0.4%.",
        "I'm about to start the cat model on the updated EDM; the 1-in-250 follows once it completes.",
        "Going to run hurricane with storm surge for the treaty and extract the return-period loss.",
    ],
    "ab": [
        (
            "riskmodeler.set_analysis_option",
            {"analysis": "GC-RENEW-01", "option": "demand_surge", "value": True},
            {"updated": True},
        ),
        (
            "riskmodeler.set_analysis_option",
            {"analysis": "GC-RENEW-01", "option": "demand_surge", "value": False},
            {"updated": True},
        ),
    ],
    "fail": (
        "riskmodeler.run_analysis",
        {
            "edm": "GC_2026Q1_v3",
            "portfolio": "GC_TREATY",
            "profile_id": 3301,
            "perspectives": ["GR", "GU"],
        },
        'HTTP 400: {"errorCode":"INVALID_PERSPECTIVE","message":"Perspective GR requires treaty financial terms; portfolio GC_TREATY has none attached. Valid: GU, RL"}',
    ),
    "retry_lines": [
        "Run was rejected; resubmitting.",
        "Trying the analysis submission again.",
        "Resubmitting the hurricane run.",
    ],
    "read": (
        "riskmodeler.get_edm",
        {"edm": "GC_2026Q1_v3"},
        {"locations": 184221, "geocoded_pct": 97.8, "status": "IMPORTED"},
    ),
    "read_lines": ["EDM looks the same; reloading it.", "Still 184,221 locations; checking again."],
    "mono": "Evaluating exposure data quality.",
    "page": (
        "riskmodeler.list_locations",
        {"edm": "GC_2026Q1_v3", "filter": "geocode_level<>'Coordinate'", "limit": 3},
        "offset",
        [
            "LOC-0019921 Galveston TX zip",
            "LOC-0020114 Houma LA city",
            "LOC-0021870 Biloxi MS zip",
            "LOC-0022001 Mobile AL zip",
            "LOC-0023455 Pensacola FL city",
            "LOC-0023902 Lake Charles LA zip",
            "LOC-0024418 Corpus Christi TX zip",
            "LOC-0025001 Gulfport MS city",
            "LOC-0025712 Port Arthur TX zip",
            "LOC-0026640 Panama City FL zip",
            "LOC-0027001 Morgan City LA city",
            "LOC-0027321 Beaumont TX zip",
        ],
    ),
    "checks": [
        ("riskmodeler.get_edm", {"edm": "GC_2026Q1_v3"}, {"tiv_usd": 61432000000}),
        (
            "sql.query",
            {"db": "GC_2026Q1_v3", "sql": "SELECT SUM(valueamt) FROM loccvg"},
            {"rows": [[61432000000.0]]},
        ),
        (
            "sheets.read",
            {"sheet": "GC renewal SOV", "range": "Summary!B4"},
            {"values": [["$61,432,000,000"]]},
        ),
    ],
    "check_lines": [
        "TIV ties to $61.43bn; let me confirm from the SOV as well.",
        "Re-verifying the TIV before running.",
        "Let me check the total insured value one more time.",
    ],
    "draft": ("docs.write", "renewals/GC_2026/cat_summary.md"),
    "churn": [
        "Gulf Coast 1-in-250 OEP (HU, surge on, v23): $2.84bn gross.",
        "Gulf Coast 1-in-250 OEP (hurricane, surge on, v23): $2.84bn gross.",
        "Gulf Coast OEP at 1-in-250 (HU, surge on, v23): $2.84bn gross.",
        "Gulf Coast 1:250 OEP (HU, surge on, RMS v23): $2.84bn gross.",
    ],
    "churn_lines": [
        "Refining how the headline reads.",
        "Adjusting the summary phrasing.",
        "Another tweak to the headline line.",
    ],
    "plans": [
        "Plan: 1) confirm geocoding, 2) attach treaty terms, 3) run NAWS v23 surge on, GU and RL, 4) extract OEP 250, 5) write up.",
        "Alternatively: run GU first without treaty terms, then attach terms and rerun RL, then compare. Write-up after.",
        "Reconsidering: maybe use the WMTR profile rather than long-term. I'll map out both before launching anything.",
    ],
    "search": ("confluence.search", "cql"),
    "dead": [
        'text ~ "GC treaty 250 OEP 2025 surge"',
        'text ~ "Gulf renewal RMS v23 precedent"',
        'text ~ "hurricane OEP 250 gulf last year"',
    ],
    "slow": (
        "riskmodeler.export_elt",
        {"analysis": "GC-RENEW-01", "format": "parquet", "granularity": "location"},
        "ReadTimeout: HTTPSConnectionPool(host='api-euw1.rms.com', port=443): Read timed out. (read timeout={t})",
    ),
    "slow_lines": [
        "Location-level ELT export timed out; more time.",
        "Increasing the read timeout again.",
        "Trying with a longer timeout.",
    ],
    "asks": [
        "The 250-year GU OEP is $2.84bn. Shall I send it to the broker?",
        "Confirm I should email the $2.84bn figure to the broker?",
        "OK to share the OEP with the broker now?",
    ],
    "yeses": ["Yes, send it.", "Yes.", "Go ahead and send."],
    "item_tool": ("riskmodeler.get_ep_point", "return_period"),
    "items": [
        ("100", {"oep_usd_bn": 1.91, "aep_usd_bn": 2.05}),
        ("250", {"oep_usd_bn": 2.84, "aep_usd_bn": 2.97}),
        ("500", {"oep_usd_bn": 3.66, "aep_usd_bn": 3.80}),
        ("50", {"oep_usd_bn": 1.22, "aep_usd_bn": 1.39}),
        ("1000", {"oep_usd_bn": 4.51, "aep_usd_bn": 4.63}),
    ],
    "report": "1-in-{id}: OEP ${oep_usd_bn}bn, AEP ${aep_usd_bn}bn.",
    "doc_tool": ("sharepoint.get_file", "path"),
    "docs": [
        (
            "Renewals/GC_2026/broker_submission.pdf",
            {"pages": 34},
            "The broker submission asks for GU OEP at 100, 250 and 500 years with surge on and demand surge on.",
        ),
        (
            "Renewals/GC_2026/treaty_terms.xlsx",
            {"sheets": 3},
            "Treaty terms: $500m xs $1.5bn, one reinstatement at 100%, hours clause 144.",
        ),
        (
            "CatModel/Methodology/v23_change_note.pdf",
            {"pages": 12},
            "The v23 change note says surge losses rose about 9% on the Gulf vs v21 from the new coastal DEM.",
        ),
        (
            "Renewals/GC_2025/cat_summary.md",
            {"bytes": 4410},
            "Last year's summary gave a 250-year OEP of $2.51bn on v21, so some increase is expected.",
        ),
    ],
    "synth": "Broker wants GU OEP at three return periods, surge and demand surge on; last year was $2.51bn on v21 and v23 should run roughly 9% higher on surge.",
    "conv": (
        ("riskmodeler.update_location", "riskmodeler.validate_edm", {"edm": "GC_2026Q1_v3"}),
        [
            (
                {"loc": "LOC-0019921", "lat": 29.3013, "lon": -94.7977},
                {"errors": 14, "warnings": 210},
            ),
            ({"bulk": "geocode_zip_to_coord", "count": 9}, {"errors": 5, "warnings": 188}),
            ({"bulk": "fix_yearbuilt_zero", "count": 5}, {"errors": 0, "warnings": 188}),
            ({"bulk": "set_default_stories", "count": 188}, {"errors": 0, "warnings": 0}),
        ],
    ),
    "conv_done": "EDM validates clean; launching the analysis.",
    "fix_note": "GR needs treaty terms that aren't attached; running GU and RL only, and treaty net afterwards in the treaty tool.",
    "fix_args": {
        "edm": "GC_2026Q1_v3",
        "portfolio": "GC_TREATY",
        "profile_id": 3301,
        "perspectives": ["GU", "RL"],
    },
    "fix_payload": {"analysis_id": "GC-RENEW-01", "job_id": 770412, "status": "QUEUED"},
    "fix_done": "Analysis GC-RENEW-01 queued as job 770412.",
    "poll": (
        "riskmodeler.get_job",
        {"job_id": 770412},
        [
            {"status": "QUEUED"},
            {"status": "RUNNING", "progress": 22},
            {"status": "RUNNING", "progress": 71},
            {"status": "FINISHED", "analysis_id": "GC-RENEW-01"},
        ],
    ),
    "poll_done": "Job 770412 finished; pulling the EP curve.",
    "turns": [
        ("Use demand surge on, per broker.", "Demand surge set on for GC-RENEW-01."),
        ("Report AEP too.", "I'll include AEP next to OEP at each return period."),
        ("Add 100 and 500 year points.", "Table will show 100, 250 and 500 years."),
        (
            "Put the v21 comparison in a footnote.",
            "Footnote added: 2025 renewal 250-year OEP $2.51bn on v21.",
        ),
    ],
    "page_sum": "Twelve Gulf locations geocoded only to zip or city; together $214m TIV, small enough to run but worth flagging to the broker.",
    "corro": [
        (
            "riskmodeler.get_edm",
            {"edm": "GC_2026Q1_v3"},
            {"tiv_usd": 61432000000, "geocoded_pct": 97.8},
            "EDM: $61.43bn TIV, 97.8% geocoded.",
        ),
        (
            "sheets.read",
            {"sheet": "GC renewal SOV", "range": "Summary!B4:B6"},
            {"values": [["$61,432,000,000"], ["184,221"], ["Q1 2026"]]},
            "SOV agrees on TIV and location count.",
        ),
        (
            "sharepoint.get_file",
            {"path": "Renewals/GC_2026/treaty_terms.xlsx"},
            {"layer": "500m xs 1.5bn"},
            "Layer is $500m xs $1.5bn.",
        ),
    ],
    "act": (
        "riskmodeler.run_analysis",
        {
            "edm": "GC_2026Q1_v3",
            "portfolio": "GC_TREATY",
            "profile_id": 3301,
            "perspectives": ["GU", "RL"],
        },
        {"analysis_id": "GC-RENEW-01", "job_id": 770412},
    ),
    "act_done": "Exposure reconciled and the run is launched as job 770412.",
    "review_tool": ("docs.get_comments", {"path": "renewals/GC_2026/cat_summary.md"}),
    "reviews": [
        ("State the perspective, GU or net.", "1-in-250 GU OEP (HU, surge on, v23): $2.84bn."),
        (
            "Include demand surge setting.",
            "1-in-250 GU OEP (HU, surge on, demand surge on, v23): $2.84bn.",
        ),
        (
            "Add the layer loss probability.",
            "1-in-250 GU OEP ... $2.84bn. Probability of attaching $1.5bn: 2.1%; exhausting $2.0bn: 1.3%.",
        ),
    ],
    "submit": (
        "mail.send",
        {"to": "gulf.renewal@broker.example", "attach": "renewals/GC_2026/cat_summary.md"},
        {"message_id": "<c0ffee12@mail>", "status": "sent"},
    ),
    "exec": [
        ("riskmodeler.validate_edm", {"edm": "GC_2026Q1_v3"}, {"errors": 0}, "EDM is clean."),
        (
            "riskmodeler.run_analysis",
            {"edm": "GC_2026Q1_v3", "profile_id": 3301, "perspectives": ["GU", "RL"]},
            {"job_id": 770412},
            "Run launched.",
        ),
        (
            "riskmodeler.get_ep_point",
            {"analysis": "GC-RENEW-01", "return_period": 250},
            {"oep_usd_bn": 2.84},
            "250-year OEP is $2.84bn.",
        ),
    ],
    "exec_done": "Summary written; 250-year GU OEP $2.84bn vs $2.51bn last year.",
    "refine": [
        ("hurricane", [{"id": x} for x in [88101, 88230, 89002, 90110, 90551]]),
        ("hurricane gulf", [{"id": 89002}, {"id": 90110}, {"id": 90551}]),
        ("hurricane gulf renewal", [{"id": 90110}, {"id": 90551}]),
        (
            "hurricane gulf renewal 2025 OEP",
            [{"id": 90551, "title": "GC 2025 renewal cat summary"}],
        ),
    ],
    "refine_done": "Found last year's GC renewal summary (page 90551) for the comparison.",
    "rate": 'HTTP 429: {{"message":"API rate limit exceeded for tenant; retry in {w}s"}}',
    "rate_done": "EDM details loaded; 97.8% geocoded, good enough to run.",
    "stages": [
        (
            "Can I fix the 14 bad geocodes in the EDM?",
            "riskmodeler.update_location",
            {"bulk": "geocode_zip_to_coord", "count": 14},
            {"updated": 14},
        ),
        (
            "Fixed. Launch the NAWS v23 surge-on run now? It'll use about 40 compute units.",
            "riskmodeler.run_analysis",
            {"edm": "GC_2026Q1_v3", "profile_id": 3301, "perspectives": ["GU", "RL"]},
            {"job_id": 770412},
        ),
        (
            "Results are in. Send the summary to the broker?",
            "mail.send",
            {"to": "gulf.renewal@broker.example"},
            {"status": "sent"},
        ),
    ],
    "stages_done": "Run complete and the broker has the 250-year OEP.",
}


D7 = {
    "name": "stormwater_permit_inspections",
    "env": "flat",
    "month": 6,
    "request": "Riverside Logistics Park (NPDES permit ILR10Q771) had a complaint about sediment in Mill Creek after Tuesday's storm. Pull their SWPPP inspection records, check whether they're in compliance, and draft a notice if not. Inspector Haines visits Monday.",
    "ack": "Looking up the permit and the complaint first.",
    "open": [
        (
            "npdes.get_permit",
            {"permit_id": "ILR10Q771"},
            {
                "permit_id": "ILR10Q771",
                "facility": "Riverside Logistics Park",
                "type": "construction_general",
                "disturbed_acres": 38.2,
                "receiving_water": "Mill Creek",
                "status": "active",
            },
        ),
        (
            "complaints.get",
            {"complaint_id": "CMP-26-0614"},
            {
                "complaint_id": "CMP-26-0614",
                "received": "2026-06-10T08:12:00-05:00",
                "text": "brown water coming out of the pipe by the new warehouse into Mill Creek",
                "photos": 2,
            },
        ),
    ],
    "nudges": [
        "Haines needs the file by Friday.",
        "Are they out of compliance or not?",
        "Status on Riverside?",
    ],
    "exact": "I'm reviewing Riverside Logistics Park's SWPPP inspections against the permit requirements and will have a compliance finding for you shortly.",
    "promises": [
        "I'll check their inspection log against the 0.25-inch rain trigger and give you a finding.",
        "Next I'll compare the SWPPP inspections to Tuesday's rainfall and decide if a notice is warranted.",
        "Let me line up their BMP inspection dates with the storm events, then I'll write it up.",
        "Going to review whether they inspected within 24 hours of the storm and report back.",
        "I'll go through the site's inspection records and come back with compliance status and a draft notice.",
    ],
    "ab": [
        (
            "gis.get_outfall",
            {"permit_id": "ILR10Q771", "outfall": "001"},
            {"outfall": "001", "lat": 41.8832, "lon": -88.2011, "drains_acres": 22.0},
        ),
        (
            "gis.get_outfall",
            {"permit_id": "ILR10Q771", "outfall": "002"},
            {"outfall": "002", "lat": 41.8847, "lon": -88.1990, "drains_acres": 16.2},
        ),
    ],
    "fail": (
        "noaa.cdo_data",
        {
            "datasetid": "GHCND",
            "stationid": "GHCND:USC00112931",
            "startdate": "06/09/2026",
            "enddate": "06/10/2026",
            "datatypeid": "PRCP",
        },
        '400 Bad Request: {"status":"400","message":"Parameter \'startdate\' must be in ISO format YYYY-MM-DD."}',
    ),
    "retry_lines": [
        "NOAA refused the request; sending it again.",
        "Retrying the rainfall query.",
        "One more try for the precipitation data.",
    ],
    "read": (
        "swppp.list_inspections",
        {"permit_id": "ILR10Q771", "since": "2026-05-01"},
        {
            "inspections": [
                {"date": "2026-05-06", "type": "routine"},
                {"date": "2026-05-20", "type": "routine"},
                {"date": "2026-06-03", "type": "routine"},
            ],
            "count": 3,
        },
    ),
    "read_lines": [
        "Still the same three inspections; reloading in case the operator uploaded the post-storm one.",
        "No new entries; checking the log again.",
    ],
    "mono": "Reviewing permit compliance status.",
    "page": (
        "echo.dmr_search",
        {"p_pid": "ILR10Q771", "responseset": 3},
        "pageno",
        [
            "2025-07 TSS 41 mg/L",
            "2025-08 TSS 38 mg/L",
            "2025-09 TSS 77 mg/L",
            "2025-10 TSS 35 mg/L",
            "2025-11 TSS 29 mg/L",
            "2025-12 no discharge",
            "2026-01 no discharge",
            "2026-02 TSS 44 mg/L",
            "2026-03 TSS 96 mg/L",
            "2026-04 TSS 52 mg/L",
            "2026-05 TSS 61 mg/L",
            "2026-06 TSS 188 mg/L",
        ],
    ),
    "checks": [
        (
            "swppp.list_inspections",
            {"permit_id": "ILR10Q771", "since": "2026-06-09"},
            {"inspections": [], "count": 0},
        ),
        (
            "documents.search",
            {"permit_id": "ILR10Q771", "type": "inspection_report", "after": "2026-06-09"},
            {"results": []},
        ),
        (
            "email.search",
            {"q": "from:riversidelogistics.example inspection after:2026/06/09"},
            {"messages": []},
        ),
    ],
    "check_lines": [
        "No post-storm inspection on file; let me make sure it isn't somewhere else.",
        "Checking once more for any inspection after the storm.",
        "I want to rule out a missed upload, looking again.",
    ],
    "draft": ("docs.write", "notices/ILR10Q771_NOV_draft.docx"),
    "churn": [
        "NOTICE OF VIOLATION. Riverside Logistics Park failed to inspect within 24 hours of a 1.4 inch rain event on June 9, 2026.",
        "NOTICE OF VIOLATION: Riverside Logistics Park did not inspect within 24 hours of the 1.4-inch rain event of June 9, 2026.",
        "NOTICE OF VIOLATION. Riverside Logistics Park failed to conduct an inspection within 24 hours after a 1.4 inch rain event on June 9, 2026.",
        'NOTICE OF VIOLATION - Riverside Logistics Park failed to inspect within 24 hours of a 1.4" rain event on 6/9/2026.',
    ],
    "churn_lines": [
        "Adjusting the wording of the violation statement.",
        "Rephrasing the first paragraph again.",
        "Small edit to the date format.",
    ],
    "plans": [
        "Plan: 1) get Tuesday's rainfall, 2) check for a post-storm inspection, 3) review BMP photos, 4) decide on NOV, 5) brief Haines.",
        "Reordered plan: look at the BMP photos first, then rainfall, then inspections, then decide.",
        "Let me reframe: compliance question is really about the inspection trigger and the silt fence. I'll outline the evidence needed first.",
    ],
    "search": ("documents.search", "q"),
    "dead": [
        "Riverside Logistics corrective action June",
        "ILR10Q771 BMP repair log storm",
        "Riverside warehouse silt fence maintenance record",
    ],
    "slow": (
        "gis.run_watershed_delineation",
        {"outfall": "001", "dem": "LiDAR_2023_1m", "permit_id": "ILR10Q771"},
        "GPServer job j8e1a failed: esriJobTimedOut - exceeded {t} seconds",
    ),
    "slow_lines": [
        "The delineation timed out; allowing longer.",
        "Raising the timeout on the geoprocessing job.",
        "Running it again with even more time.",
    ],
    "asks": [
        "They're out of compliance. Shall I finalize the Notice of Violation?",
        "Just confirming you want the NOV issued to Riverside?",
        "Before I finalize: NOV for failure to inspect, yes?",
    ],
    "yeses": ["Yes, finalize it.", "Yes, issue.", "Yes."],
    "item_tool": ("swppp.get_bmp", "bmp_id"),
    "items": [
        (
            "BMP-SF-03",
            {"type": "silt fence", "condition": "undermined 40 ft", "last_inspected": "2026-06-03"},
        ),
        (
            "BMP-IP-01",
            {"type": "inlet protection", "condition": "clogged", "last_inspected": "2026-06-03"},
        ),
        (
            "BMP-SB-02",
            {
                "type": "sediment basin",
                "condition": "at 60% capacity",
                "last_inspected": "2026-05-20",
            },
        ),
        (
            "BMP-CE-01",
            {
                "type": "construction entrance",
                "condition": "tracking onto road",
                "last_inspected": "2026-06-03",
            },
        ),
        (
            "BMP-SF-07",
            {"type": "silt fence", "condition": "intact", "last_inspected": "2026-06-03"},
        ),
    ],
    "report": "{id} ({type}): {condition}, last inspected {last_inspected}.",
    "doc_tool": ("documents.get", "doc_id"),
    "docs": [
        (
            "ILR10-2023",
            {"title": "General NPDES Permit ILR10, Part IV.D"},
            "Part IV.D requires an inspection within 24 hours after any storm of 0.5 inches or more.",
        ),
        (
            "SWPPP-RLP-v4",
            {"title": "Riverside SWPPP rev 4"},
            "Their SWPPP commits to weekly inspections plus post-storm checks and names Delgado Civil as the inspector.",
        ),
        (
            "CMP-26-0614-photos",
            {"title": "Complaint photos"},
            "The complaint photos show turbid water at outfall 001 and a collapsed silt fence section.",
        ),
        (
            "ENF-GUIDE-7",
            {"title": "Enforcement response guide"},
            "The enforcement guide says a missed post-storm inspection with an observed discharge is an NOV, not a warning letter.",
        ),
    ],
    "synth": "Put together: a 1.4-inch storm triggered the 24h inspection, none was done, and there was a visible discharge, so an NOV per the guide.",
    "conv": (
        ("docs.apply_edit", "docs.lint_notice", {"path": "notices/ILR10Q771_NOV_draft.docx"}),
        [
            (
                {"section": "citation", "text": "ILR10 Part IV.D"},
                {
                    "issues": [
                        "missing rainfall source",
                        "missing response deadline",
                        "missing signature block",
                    ]
                },
            ),
            (
                {"section": "facts", "text": "1.42 in, NOAA GHCND:USC00112931, 2026-06-09"},
                {"issues": ["missing response deadline", "missing signature block"]},
            ),
            (
                {
                    "section": "required_actions",
                    "text": "Respond within 30 days; repair BMP-SF-03 within 7 days",
                },
                {"issues": ["missing signature block"]},
            ),
            (
                {"section": "signature", "text": "J. Okafor, Stormwater Compliance Unit"},
                {"issues": []},
            ),
        ],
    ),
    "conv_done": "The notice passes the template checks now.",
    "fix_note": "CDO wants ISO dates. Resending with 2026-06-09 to 2026-06-10.",
    "fix_args": {
        "datasetid": "GHCND",
        "stationid": "GHCND:USC00112931",
        "startdate": "2026-06-09",
        "enddate": "2026-06-10",
        "datatypeid": "PRCP",
    },
    "fix_payload": {
        "metadata": {"resultset": {"count": 2}},
        "results": [
            {"date": "2026-06-09T00:00:00", "value": 36.1},
            {"date": "2026-06-10T00:00:00", "value": 0.0},
        ],
    },
    "fix_done": "36.1 mm (1.42 in) fell on June 9, well above the 0.5 in trigger.",
    "poll": (
        "swppp.list_inspections",
        {"permit_id": "ILR10Q771", "since": "2026-06-09"},
        [
            {"inspections": [], "count": 0},
            {"inspections": [], "count": 0},
            {
                "inspections": [{"date": "2026-06-12", "type": "post_storm", "late": True}],
                "count": 1,
            },
        ],
    ),
    "poll_done": "They uploaded a post-storm inspection dated June 12, three days late, so the violation stands but they're responding.",
    "turns": [
        ("Cite the ILR10 permit, not the old GP.", "Citation changed to ILR10 (2023), Part IV.D."),
        (
            "Give them 7 days for the silt fence.",
            "Required action: repair BMP-SF-03 within 7 days of receipt.",
        ),
        ("CC the county SWCD.", "Added the Kane County SWCD to the cc list."),
        ("Sign it as me.", "Signature block set to J. Okafor, Stormwater Compliance Unit."),
    ],
    "page_sum": "Twelve months of DMRs: TSS is usually 30-60 mg/L but jumped to 188 mg/L in June, consistent with the complaint.",
    "corro": [
        (
            "noaa.cdo_data",
            {
                "datasetid": "GHCND",
                "stationid": "GHCND:USC00112931",
                "startdate": "2026-06-09",
                "enddate": "2026-06-09",
                "datatypeid": "PRCP",
            },
            {"results": [{"value": 36.1}]},
            "NOAA shows 1.42 inches on June 9.",
        ),
        (
            "swppp.list_inspections",
            {"permit_id": "ILR10Q771", "since": "2026-06-09"},
            {"inspections": [], "count": 0},
            "No inspection logged after the storm.",
        ),
        (
            "documents.get",
            {"doc_id": "CMP-26-0614-photos"},
            {"photos": 2, "exif_date": "2026-06-10"},
            "Photos from June 10 show the discharge.",
        ),
    ],
    "act": (
        "enforcement.create_case",
        {"permit_id": "ILR10Q771", "type": "NOV", "violations": ["IV.D post-storm inspection"]},
        {"case_id": "ENF-26-0388", "status": "draft"},
    ),
    "act_done": "Enforcement case ENF-26-0388 opened with the NOV draft for Haines to review Monday.",
    "review_tool": ("docs.get_comments", {"path": "notices/ILR10Q771_NOV_draft.docx"}),
    "reviews": [
        (
            "Cite the rainfall source.",
            "... a 1.42 inch rain event on June 9, 2026 (NOAA GHCND:USC00112931).",
        ),
        (
            "Specify the corrective actions.",
            "... Required: repair silt fence BMP-SF-03 and clear inlet BMP-IP-01 within 7 days.",
        ),
        (
            "Add the 30-day response requirement.",
            "... Submit a written response within 30 days of receipt of this notice.",
        ),
    ],
    "submit": (
        "enforcement.submit_for_signature",
        {"case_id": "ENF-26-0388", "doc": "notices/ILR10Q771_NOV_draft.docx"},
        {"routed_to": "J. Okafor", "status": "awaiting_signature"},
    ),
    "exec": [
        (
            "noaa.cdo_data",
            {
                "datasetid": "GHCND",
                "stationid": "GHCND:USC00112931",
                "startdate": "2026-06-09",
                "enddate": "2026-06-09",
                "datatypeid": "PRCP",
            },
            {"results": [{"value": 36.1}]},
            "Rain: 1.42 in.",
        ),
        (
            "swppp.list_inspections",
            {"permit_id": "ILR10Q771", "since": "2026-06-09"},
            {"count": 0},
            "No post-storm inspection.",
        ),
        (
            "enforcement.create_case",
            {"permit_id": "ILR10Q771", "type": "NOV"},
            {"case_id": "ENF-26-0388"},
            "NOV case opened.",
        ),
    ],
    "exec_done": "Finding: out of compliance with Part IV.D; NOV drafted in ENF-26-0388 for Monday.",
    "refine": [
        (
            "Riverside",
            [
                {"doc": x}
                for x in [
                    "RLP-NOI",
                    "RLP-SWPPP-v3",
                    "RLP-SWPPP-v4",
                    "RLP-INSP-0506",
                    "RLP-INSP-0520",
                    "RLP-INSP-0603",
                ]
            ],
        ),
        (
            "Riverside inspection",
            [{"doc": "RLP-INSP-0506"}, {"doc": "RLP-INSP-0520"}, {"doc": "RLP-INSP-0603"}],
        ),
        ("Riverside inspection June", [{"doc": "RLP-INSP-0603"}]),
        (
            "Riverside inspection June silt fence",
            [{"doc": "RLP-INSP-0603", "note": "SF-03 sagging, repair scheduled"}],
        ),
    ],
    "refine_done": "The June 3 inspection already flagged SF-03 as sagging with a repair scheduled, and it wasn't fixed before the storm.",
    "rate": "HTTP 429 - ECHO web services request limit exceeded. Wait {w} seconds and try again.",
    "rate_done": "Three routine inspections, none after June 9.",
    "stages": [
        (
            "Open an enforcement case for ILR10Q771?",
            "enforcement.create_case",
            {"permit_id": "ILR10Q771", "type": "NOV"},
            {"case_id": "ENF-26-0388"},
        ),
        (
            "Case ENF-26-0388 open. Attach the complaint photos and rainfall record?",
            "enforcement.attach",
            {"case_id": "ENF-26-0388", "docs": ["CMP-26-0614-photos", "NOAA-20260609"]},
            {"attached": 2},
        ),
        (
            "Route the NOV to you for signature?",
            "enforcement.submit_for_signature",
            {"case_id": "ENF-26-0388"},
            {"status": "awaiting_signature"},
        ),
    ],
    "stages_done": "Case open, evidence attached, NOV waiting on your signature.",
}


D8 = {
    "name": "esim_activation_support",
    "env": "http",
    "month": 8,
    "request": "Customer on ticket #T-5531907 bought an eSIM plan (MSISDN +44 7700 900412) for her new Pixel 9, the QR code says 'This code is no longer valid'. She's travelling tomorrow. Please get her activated.",
    "ack": "Pulling the ticket and the eSIM profile state for that line.",
    "open": [
        (
            "zendesk.get_ticket",
            {"id": "T-5531907"},
            {
                "id": "T-5531907",
                "requester": "m.osei@example.com",
                "subject": "eSIM QR not working",
                "priority": "high",
                "tags": ["esim", "activation"],
            },
        ),
        (
            "smdp.get_profile",
            {"msisdn": "447700900412"},
            {
                "iccid": "8944110068251773091",
                "state": "RELEASED",
                "download_attempts": 3,
                "last_error": "8.2.6 - matching ID refused",
                "eid": None,
            },
        ),
    ],
    "nudges": [
        "She's at the airport at 6am.",
        "Customer replied again, any update?",
        "Did the new QR go out?",
    ],
    "exact": "I'm checking the eSIM profile on the SM-DP+ and will send the customer a working activation code as soon as it's reset.",
    "promises": [
        "I'll reset the profile on the SM-DP+ and send her a fresh QR.",
        "Next I'm going to release a new activation code and email it to the customer.",
        "Let me sort out the refused matching ID and get her a working eSIM code.",
        "I'm about to regenerate the download for her ICCID and reply on the ticket.",
        "Going to fix the profile state and re-issue the activation, then update the ticket.",
    ],
    "ab": [
        (
            "smdp.set_profile_state",
            {"iccid": "8944110068251773091", "state": "DISABLED"},
            {"iccid": "8944110068251773091", "state": "DISABLED"},
        ),
        (
            "smdp.set_profile_state",
            {"iccid": "8944110068251773091", "state": "RELEASED"},
            {"iccid": "8944110068251773091", "state": "RELEASED"},
        ),
    ],
    "fail": (
        "smdp.download_order",
        {"iccid": "8944110068251773091", "eid": "89049032007008882600123456789012"},
        "ES2+ DownloadOrder failed: subjectCode 8.1 reasonCode 3.8 - Profile ICCID already in use (state=RELEASED, bound matchingId=QR-7H2K9)",
    ),
    "retry_lines": [
        "Download order refused; placing it again.",
        "Retrying DownloadOrder for her EID.",
        "Another DownloadOrder attempt.",
    ],
    "read": (
        "smdp.get_profile",
        {"msisdn": "447700900412"},
        {
            "iccid": "8944110068251773091",
            "state": "RELEASED",
            "download_attempts": 3,
            "last_error": "8.2.6 - matching ID refused",
        },
    ),
    "read_lines": [
        "Profile still RELEASED with 3 attempts; reading it again.",
        "No change on the SM-DP+; checking again.",
    ],
    "mono": "Checking the eSIM provisioning status.",
    "page": (
        "smdp.audit_log",
        {"iccid": "8944110068251773091", "limit": 3},
        "after",
        [
            "08-12 09:14 ConfirmOrder QR-7H2K9",
            "08-12 09:14 ReleaseProfile",
            "08-14 18:02 AuthenticateClient eid=...9012",
            "08-14 18:02 8.2.6 matchingId refused",
            "08-14 18:05 AuthenticateClient eid=...9012",
            "08-14 18:05 8.2.6 matchingId refused",
            "08-14 18:11 AuthenticateClient eid=...9012",
            "08-14 18:11 8.2.6 matchingId refused",
            "08-14 18:40 ticket T-5531907 opened",
            "08-15 07:02 GetProfileStatus",
            "08-15 07:03 GetProfileStatus",
            "08-15 07:05 AuthenticateClient eid=...4471",
        ],
    ),
    "checks": [
        (
            "smdp.get_profile",
            {"msisdn": "447700900412"},
            {"state": "RELEASED", "matching_id": "QR-7H2K9"},
        ),
        (
            "bss.get_subscription",
            {"msisdn": "447700900412"},
            {"sim_type": "esim", "iccid": "8944110068251773091", "status": "pending_activation"},
        ),
        ("hlr.query", {"imsi": "234159901773091"}, {"attached": False, "last_seen": None}),
    ],
    "check_lines": [
        "The profile is bound to the old matching ID; confirming from billing first.",
        "Let me double check the line status before resetting anything.",
        "Checking once more that the SIM isn't attached anywhere.",
    ],
    "draft": ("zendesk.save_draft_reply", "T-5531907"),
    "churn": [
        "Hi Mavis, sorry for the trouble. I've issued a new eSIM code, please scan the attached QR.",
        "Hi Mavis, apologies for the trouble. I've issued a new eSIM code; please scan the attached QR.",
        "Hi Mavis, sorry about the trouble! I have issued a new eSIM code, please scan the attached QR.",
        "Hello Mavis, sorry for the trouble. A new eSIM code has been issued, please scan the attached QR.",
    ],
    "churn_lines": [
        "Making the apology sound warmer.",
        "Rewording the reply a bit.",
        "Tweaking punctuation in the reply.",
    ],
    "plans": [
        "Plan: 1) confirm her EID, 2) cancel the stuck order, 3) new DownloadOrder bound to her EID, 4) ConfirmOrder, 5) send QR and instructions.",
        "Revised: cancel first, then get the EID from her, then new order and QR.",
        "Maybe better: ask her to try manual entry of the SM-DP+ address first, and only then reset. Let me think through both paths.",
    ],
    "search": ("confluence.search", "query"),
    "dead": [
        "pixel 9 esim code no longer valid fix",
        "esim QR invalid after first scan pixel",
        "google pixel esim matchingId refused workaround",
    ],
    "slow": (
        "bss.reprovision_line",
        {"msisdn": "447700900412", "sim_type": "esim"},
        "504 Gateway Timeout from provisioning-orchestrator after {t}s (correlationId 1f9a-55e0)",
    ),
    "slow_lines": [
        "Reprovision timed out, allowing longer.",
        "Bumping the timeout again.",
        "Trying once more with more time.",
    ],
    "asks": [
        "Her EID is 8904...4471. Shall I cancel the old order and issue a new QR bound to it?",
        "Confirm: cancel QR-7H2K9 and issue a new one for her Pixel?",
        "OK to reset the profile now?",
    ],
    "yeses": ["Yes do it.", "Yes, go ahead.", "Yes."],
    "item_tool": ("smdp.get_order", "matching_id"),
    "items": [
        ("QR-7H2K9", {"state": "RELEASED", "eid_bound": "none", "attempts": 3}),
        ("QR-3M8P1", {"state": "CANCELLED", "eid_bound": "none", "attempts": 0}),
        ("QR-9X4T6", {"state": "RELEASED", "eid_bound": "8904...4471", "attempts": 0}),
        ("QR-2B7N5", {"state": "INSTALLED", "eid_bound": "8904...4471", "attempts": 1}),
        ("QR-5C1Q8", {"state": "ENABLED", "eid_bound": "8904...4471", "attempts": 1}),
    ],
    "report": "Order {id}: {state}, bound to EID {eid_bound}, {attempts} download attempts.",
    "doc_tool": ("confluence.get_page", "page_id"),
    "docs": [
        (
            "KB-ESIM-014",
            {"title": "Error 8.2.6 on eSIM download"},
            "KB-ESIM-014: 8.2.6 means the matching ID doesn't match the order, usually after three failed attempts lock the code.",
        ),
        (
            "KB-ESIM-021",
            {"title": "Re-issuing an eSIM QR"},
            "KB-ESIM-021: to re-issue, cancel the order, then DownloadOrder and ConfirmOrder with the device's EID.",
        ),
        (
            "KB-DEV-PIXEL9",
            {"title": "Pixel 9 eSIM quirks"},
            "The Pixel 9 page notes the EID is under Settings > About phone > SIM status and that dual eSIM is supported.",
        ),
        (
            "POL-FRAUD-ESIM",
            {"title": "eSIM swap fraud controls"},
            "Fraud policy requires verifying the account holder before binding a profile to a new EID.",
        ),
    ],
    "synth": "So: verify her identity, get the Pixel's EID, cancel QR-7H2K9, then a new order bound to that EID.",
    "conv": (
        ("smdp.cancel_order", "smdp.get_profile", {"msisdn": "447700900412"}),
        [
            (
                {"matching_id": "QR-7H2K9", "final_state": "AVAILABLE"},
                {"state": "RELEASED", "note": "cancel pending"},
            ),
            (
                {"matching_id": "QR-7H2K9", "final_state": "AVAILABLE", "force": True},
                {"state": "AVAILABLE", "matching_id": None},
            ),
            (
                {
                    "iccid": "8944110068251773091",
                    "new_order": {"eid": "89049032007008882600123456784471"},
                },
                {"state": "ALLOCATED", "matching_id": "QR-9X4T6"},
            ),
            (
                {"iccid": "8944110068251773091", "confirm": True},
                {"state": "RELEASED", "matching_id": "QR-9X4T6", "eid": "...4471"},
            ),
        ],
    ),
    "conv_done": "Profile is released against her Pixel's EID with a fresh code QR-9X4T6.",
    "fix_note": "The old order still holds the ICCID. Cancelling QR-7H2K9 first, then placing the order again.",
    "fix_args": {
        "iccid": "8944110068251773091",
        "eid": "89049032007008882600123456784471",
        "cancel_existing": True,
    },
    "fix_payload": {
        "matchingId": "QR-9X4T6",
        "header": {"functionExecutionStatus": {"status": "Executed-Success"}},
    },
    "fix_done": "New order QR-9X4T6 bound to her EID; sending the QR now.",
    "poll": (
        "smdp.get_profile",
        {"msisdn": "447700900412"},
        [
            {"state": "RELEASED", "matching_id": "QR-9X4T6"},
            {"state": "DOWNLOADED"},
            {"state": "INSTALLED"},
            {"state": "ENABLED", "network": "attached"},
        ],
    ),
    "poll_done": "Profile is enabled and the line attached to the network; she's live.",
    "turns": [
        (
            "Her EID ends in 4471, she sent a screenshot.",
            "Thanks, using EID 89049032007008882600123456784471.",
        ),
        (
            "She passed ID&V on the phone.",
            "Noted ID&V passed, so I can bind the profile to the new EID.",
        ),
        (
            "Send it by SMS to her backup number, not email.",
            "Will send the activation link by SMS to +44 7700 900873.",
        ),
        ("Mention roaming is on.", "Added a line that EU roaming is already enabled on her plan."),
    ],
    "page_sum": "The audit log shows three refused attempts from one EID, then a new EID ending 4471 on the 15th: she switched phones, which is why the code was locked.",
    "corro": [
        (
            "smdp.get_profile",
            {"msisdn": "447700900412"},
            {"state": "RELEASED", "download_attempts": 3},
            "Three failed downloads locked the code.",
        ),
        (
            "bss.get_subscription",
            {"msisdn": "447700900412"},
            {"status": "pending_activation", "roaming": "eu_enabled"},
            "Billing side is fine, line pending activation.",
        ),
        (
            "zendesk.get_comments",
            {"id": "T-5531907"},
            {
                "comments": [
                    {"author": "m.osei", "body": "my EID is 89049032007008882600123456784471"}
                ]
            },
            "She gave her EID in the ticket.",
        ),
    ],
    "act": (
        "smdp.download_order",
        {
            "iccid": "8944110068251773091",
            "eid": "89049032007008882600123456784471",
            "cancel_existing": True,
        },
        {"matchingId": "QR-9X4T6"},
    ),
    "act_done": "Fresh QR-9X4T6 issued, bound to her Pixel.",
    "review_tool": ("zendesk.get_draft_comments", {"id": "T-5531907"}),
    "reviews": [
        (
            "Tell her to delete the failed eSIM first.",
            "Hi Mavis, first remove any partly added eSIM under Settings > Network > SIMs, then scan the new QR.",
        ),
        (
            "Add the manual activation code as a fallback.",
            "... If scanning fails, enter LPA:1$smdp.example.net$QR-9X4T6 manually.",
        ),
        (
            "Mention roaming is enabled for her trip.",
            "... EU roaming is already enabled on your plan. Safe travels!",
        ),
    ],
    "submit": (
        "zendesk.update_ticket",
        {"id": "T-5531907", "public_reply_from_draft": True, "status": "pending"},
        {"id": "T-5531907", "status": "pending"},
    ),
    "exec": [
        (
            "smdp.cancel_order",
            {"matching_id": "QR-7H2K9", "final_state": "AVAILABLE"},
            {"state": "AVAILABLE"},
            "Old order cancelled.",
        ),
        (
            "smdp.download_order",
            {"iccid": "8944110068251773091", "eid": "89049032007008882600123456784471"},
            {"matchingId": "QR-9X4T6"},
            "New order placed.",
        ),
        (
            "zendesk.update_ticket",
            {"id": "T-5531907", "comment": "New QR attached", "status": "pending"},
            {"status": "pending"},
            "QR sent on the ticket.",
        ),
    ],
    "exec_done": "Customer has a new QR bound to her phone; ticket pending her confirmation.",
    "refine": [
        (
            "esim",
            [
                {"id": x}
                for x in ["KB-ESIM-001", "KB-ESIM-009", "KB-ESIM-014", "KB-ESIM-021", "KB-ESIM-030"]
            ],
        ),
        ("esim error", [{"id": "KB-ESIM-009"}, {"id": "KB-ESIM-014"}, {"id": "KB-ESIM-030"}]),
        ("esim error 8.2.6", [{"id": "KB-ESIM-014"}, {"id": "KB-ESIM-030"}]),
        (
            "esim error 8.2.6 matching id locked",
            [{"id": "KB-ESIM-014", "title": "Error 8.2.6 on eSIM download"}],
        ),
    ],
    "refine_done": "KB-ESIM-014 is the article: the code locks after three failed attempts and needs a re-issue.",
    "rate": "429 Too Many Requests: SM-DP+ ES2+ throttle (10 req/s per operator). retryAfter={w}",
    "rate_done": "Profile is RELEASED with 3 failed attempts; that's why the code is rejected.",
    "stages": [
        (
            "Cancel the locked order QR-7H2K9?",
            "smdp.cancel_order",
            {"matching_id": "QR-7H2K9", "final_state": "AVAILABLE"},
            {"state": "AVAILABLE"},
        ),
        (
            "Cancelled. Issue a new order bound to EID ...4471?",
            "smdp.download_order",
            {"iccid": "8944110068251773091", "eid": "89049032007008882600123456784471"},
            {"matchingId": "QR-9X4T6"},
        ),
        (
            "New code ready. Send it to her by SMS?",
            "sms.send",
            {"to": "+447700900873", "template": "esim_qr", "matching_id": "QR-9X4T6"},
            {"sid": "SM8f1c", "status": "queued"},
        ),
    ],
    "stages_done": "Code sent; she should be able to activate before her flight.",
}

DOMAINS = [D1, D2, D3, D4, D5, D6, D7, D8]


def build() -> list[dict]:
    rows = []
    for label_idx, label in enumerate(("loop", "progress")):
        for pair in PAIRS:
            kind, fn = pair[label_idx * 2], pair[label_idx * 2 + 1]
            for n, d in enumerate(DOMAINS, start=1):
                rid = f"fiftyseventh-{label}-{kind}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                rng.clock = rng.randint(8, 26) * 86400 + rng.randint(7 * 3600, 19 * 3600)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": d["name"],
                        "steps": fn(d, rng),
                    }
                )
    return rows


if __name__ == "__main__":
    with (HERE / "trajectories.jsonl").open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
