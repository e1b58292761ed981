"""Blind trajectory set 52: 208 rows, 13 loop kinds and 13 near-miss progress kinds, 8 domains.

Standard library only and deterministic: each row seeds its own random.Random from SEED and its id.
Run as a script to write trajectories.jsonl next to this file.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 52_2026

DOMAINS = [
    {
        "name": "freight_load_tendering",
        "acks": ["Tendered. Next load.", "Load covered, on to the next."],
        "wait": "Still working the tender board; I'll tell you which loads are uncovered once I have them all.",
        "request": "Tender Thursday's Chicago to Dallas reefer loads to our contract carriers and tell me which are still uncovered.",
        "ent": "load",
        "pre": "LD-",
        "get": ("tms_get_load", "load_id"),
        "list": (
            "tms_list_loads",
            {"lane": "CHI-DAL", "pickup_date": "2026-12-03", "equipment": "REEFER"},
        ),
        "upd": ("tms_tender_load", "load_id", "carrier_scac", ["KNXT", "SWFT"]),
        "job": ("tms_tender_batch_status", "batch_id"),
        "doc": (
            "docs_fetch",
            "doc_id",
            ["rate confirmation", "carrier packet", "bill of lading", "lane contract"],
        ),
        "chk": ("tender_compliance_check", "load_id"),
        "search": ("carrier_search", "query"),
        "err": "HTTP 403 Forbidden: API key lacks scope tenders:write",
        "facts": [
            "rate $2,140 all-in",
            "pickup window 06:00-10:00",
            "temp set 34F",
            "drop at Grand Prairie DC",
            "hazmat: none",
            "48k lbs declared",
        ],
    },
    {
        "name": "hoa_violation_notices",
        "acks": ["Letter queued. Next violation.", "Notice logged; next."],
        "wait": "I'm still going through the Willow Creek violations and will send the list when it is complete.",
        "request": "Send the second-notice letters for the open landscaping violations in Willow Creek and flag any that are past the cure period.",
        "ent": "violation",
        "pre": "VIO-",
        "get": ("hoa_get_violation", "violation_id"),
        "list": (
            "hoa_list_violations",
            {"community": "willow-creek", "category": "landscaping", "status": "open"},
        ),
        "upd": ("hoa_update_violation", "violation_id", "status", ["second_notice", "cure_period"]),
        "job": ("letter_batch_status", "batch_ref"),
        "doc": (
            "ccr_fetch_section",
            "section",
            [
                "Article VII Maintenance",
                "Article IX Enforcement",
                "Fine Schedule 2026",
                "Board resolution 2025-14",
            ],
        ),
        "chk": ("hoa_notice_compliance_check", "violation_id"),
        "search": ("hoa_search_owners", "q"),
        "err": "SMTP 550 5.7.1 sender notices@willowcreekhoa.org not authorised for relay",
        "facts": [
            "lawn over 8 in. since Oct 2",
            "first notice mailed Oct 9",
            "owner requested hearing",
            "cure period ends Nov 20",
            "photos attached (3)",
            "fine tier 2 applies",
        ],
    },
    {
        "name": "utility_vegetation_management",
        "acks": ["Crew booked. Next span.", "Span scheduled; moving down the feeder."],
        "wait": "Working through the feeder 12 spans now; the crew schedule will follow shortly.",
        "request": "Schedule trim crews for the feeder 12 spans LiDAR flagged as encroaching before the storm season audit.",
        "ent": "span",
        "pre": "SPN-",
        "get": ("vm_get_span", "span_id"),
        "list": (
            "vm_list_work_orders",
            {"feeder": "FDR-12", "flag": "lidar_encroachment", "priority": "P1"},
        ),
        "upd": ("vm_update_work_order", "span_id", "crew", ["TRIM-CREW-4", "TRIM-CREW-9"]),
        "job": ("lidar_clearance_job", "job_id"),
        "doc": (
            "gis_fetch_report",
            "report_id",
            ["LiDAR clearance report", "FAC-003 audit memo", "easement map", "tree species survey"],
        ),
        "chk": ("outage_risk_score", "span_id"),
        "search": ("vm_search_assets", "query"),
        "err": "ArcGIS FeatureServer error 498: Invalid token",
        "facts": [
            "clearance 4.1 ft vs 10 ft min",
            "silver maple overhang",
            "bucket truck access OK",
            "customer notification needed",
            "within wetland buffer",
            "last trimmed 2021",
        ],
    },
    {
        "name": "scim_user_provisioning",
        "acks": ["Fixed. Next user.", "Profile patched, next hire."],
        "wait": "Checking each new hire's Okta profile; I'll report the gaps when the pass is finished.",
        "request": "Make sure the 14 new sales hires from Workday got Okta accounts with the right department and Salesforce entitlement.",
        "ent": "user",
        "pre": "00u",
        "get": ("okta_get_user", "user_id"),
        "list": ("okta_list_users", {"filter": 'profile.department eq "Sales"', "limit": 25}),
        "upd": ("okta_update_user", "user_id", "profile.department", ["Sales", "Sales Ops"]),
        "job": ("scim_push_job_status", "job_id"),
        "doc": (
            "confluence_get_page",
            "page_id",
            [
                "Joiner runbook",
                "Sales entitlement matrix",
                "Workday field mapping",
                "Access review policy",
            ],
        ),
        "chk": ("entitlement_check", "user_id"),
        "search": ("okta_search_users", "q"),
        "err": "E0000006: You do not have permission to perform the requested action",
        "facts": [
            "status PROVISIONED",
            "manager set from Workday",
            "Salesforce license assigned",
            "MFA not enrolled yet",
            "start date Dec 1",
            "group Sales-EMEA added",
        ],
    },
    {
        "name": "cnp_fraud_review",
        "acks": ["Decisioned. Next order.", "Order worked; next in queue."],
        "wait": "Still working the review queue; decisions coming once every order is checked.",
        "request": "Work the manual review queue for card-not-present orders over $500 from last night and release or cancel each one.",
        "ent": "order",
        "pre": "ORD-",
        "get": ("risk_get_order", "order_id"),
        "list": (
            "risk_list_review_queue",
            {"queue": "manual_review", "min_amount": 500, "since": "2026-11-27T18:00:00Z"},
        ),
        "upd": ("risk_set_decision", "order_id", "decision", ["hold", "release"]),
        "job": ("velocity_rescore_job", "job_id"),
        "doc": (
            "kb_fetch_article",
            "article_id",
            [
                "Reshipper address policy",
                "3DS exemption guide",
                "Chargeback reason 10.4",
                "Friendly fraud playbook",
            ],
        ),
        "chk": ("avs_cvv_lookup", "order_id"),
        "search": ("risk_search_linked", "query"),
        "err": "502 Bad Gateway: upstream risk-engine unavailable",
        "facts": [
            "AVS mismatch on ZIP",
            "3DS frictionless passed",
            "device seen on 4 accounts",
            "ships to freight forwarder",
            "customer since 2019",
            "BIN country matches",
        ],
    },
    {
        "name": "background_check_adjudication",
        "acks": ["Adjudicated. Next report.", "Report closed out; next candidate."],
        "wait": "I'm reviewing the Phoenix reports one by one and will confirm the Monday starts shortly.",
        "request": "Adjudicate the pending driver background checks for the Phoenix hub so those candidates can start Monday.",
        "ent": "report",
        "pre": "rpt_",
        "get": ("checkr_get_report", "report_id"),
        "list": (
            "checkr_list_reports",
            {"package": "driver_pro", "status": "consider", "node": "phx-hub"},
        ),
        "upd": (
            "ats_update_candidate",
            "report_id",
            "adjudication",
            ["engaged", "pre_adverse_action"],
        ),
        "job": ("county_search_status", "search_id"),
        "doc": (
            "policy_fetch",
            "policy_id",
            [
                "Driver eligibility matrix",
                "FCRA adverse action SOP",
                "Arizona fair chance note",
                "MVR scoring guide",
            ],
        ),
        "chk": ("mvr_points_check", "report_id"),
        "search": ("ats_search_candidates", "q"),
        "err": "409 Conflict: report locked by another adjudicator (lock_owner=jmeyer)",
        "facts": [
            "MVR 2 minor violations",
            "county search clear",
            "SSN trace matched",
            "7-year lookback met",
            "one expunged record",
            "license class D valid",
        ],
    },
    {
        "name": "dental_eligibility_verification",
        "acks": ["Verified. Next patient.", "Eligibility noted; next appointment."],
        "wait": "Running through tomorrow's schedule; I'll list the ones needing a benefits call when done.",
        "request": "Verify insurance eligibility for tomorrow's hygiene and crown appointments and note any that need a benefits call.",
        "ent": "appointment",
        "pre": "APT",
        "get": ("pms_get_appointment", "appointment_id"),
        "list": (
            "pms_list_appointments",
            {"date": "2026-11-30", "provider": "all", "types": ["prophy", "crown_prep"]},
        ),
        "upd": (
            "pms_update_eligibility",
            "appointment_id",
            "eligibility",
            ["verified", "needs_call"],
        ),
        "job": ("clearinghouse_270_status", "batch_id"),
        "doc": (
            "payer_policy_fetch",
            "doc",
            [
                "Delta PPO frequency limits",
                "MetLife crown waiting period",
                "Cigna DHMO schedule",
                "Office verification checklist",
            ],
        ),
        "chk": ("eligibility_rules_check", "appointment_id"),
        "search": ("pms_search_patients", "name"),
        "err": "X12 999 rejected: AK5*R*5 segment count mismatch",
        "facts": [
            "annual max $1,500 used $620",
            "prophy 2 per calendar year",
            "crown 50% after deductible",
            "waiting period met",
            "frequency: last BWX 10 months ago",
            "secondary coverage on file",
        ],
    },
    {
        "name": "fixed_asset_depreciation",
        "acks": ["Posted. Next asset.", "Asset updated; next on the register."],
        "wait": "Still reconciling the asset register; the tie-out will follow once every asset is reviewed.",
        "request": "Close out November fixed assets: capitalise the new lab equipment and make sure the depreciation run ties to the GL.",
        "ent": "asset",
        "pre": "FA-",
        "get": ("netsuite_get_asset", "asset_id"),
        "list": (
            "netsuite_list_assets",
            {"subsidiary": "US-01", "status": "pending_capitalisation", "period": "Nov 2026"},
        ),
        "upd": ("netsuite_update_asset", "asset_id", "useful_life_months", [60, 84]),
        "job": ("depreciation_run_status", "run_id"),
        "doc": (
            "sharepoint_get_file",
            "path",
            [
                "Capitalisation policy.docx",
                "Lab equipment invoices.pdf",
                "Asset class table.xlsx",
                "Nov close checklist.xlsx",
            ],
        ),
        "chk": ("asset_gl_tieout_check", "asset_id"),
        "search": ("netsuite_search_vendor_bills", "memo"),
        "err": "SuiteTalk INSUFFICIENT_PERMISSION: role lacks Fixed Asset edit",
        "facts": [
            "cost $48,200",
            "in service Nov 14",
            "asset class LAB-EQ",
            "straight-line method",
            "salvage value $0",
            "PO 88213 matched",
        ],
    },
]

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "stuck_page_cursor",
    "cosmetic_argument_retry",
    "resummarise_same_document",
    "poll_terminal_failure",
    "reask_confirmed_question",
    "reverify_finished_work",
]
PROGRESS_KINDS = [
    "fixed_ack_between_distinct_work",
    "incremental_findings",
    "alternating_read_write",
    "transient_retry_then_success",
    "reread_after_change",
    "chunked_drafting",
    "same_tool_distinct_args",
    "paging_through_results",
    "retry_corrected_argument",
    "summarise_related_documents",
    "poll_until_done",
    "stepwise_confirmations",
    "batch_verification",
]

HEX = "0123456789abcdef"


def hx(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def stamp(rng):
    day, h, m, s = rng.randint(27, 29), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    style = rng.randrange(4)
    if style == 0:
        return "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (day, h, m, s, rng.randint(0, 999))
    if style == 1:
        return 1796000000 + rng.randint(0, 300000)
    if style == 2:
        return "%s, %02d Nov 2026 %02d:%02d:%02d GMT" % (
            {27: "Fri", 28: "Sat", 29: "Sun"}[day],
            day,
            h,
            m,
            s,
        )
    return "2026-11-%02d %02d:%02d:%02d+00:00" % (day, h, m, s)


def noise(rng):
    out = {}
    style = rng.randrange(4)
    if style == 0:
        out["request_id"] = "req_" + hx(rng, 12)
    elif style == 1:
        out["trace_id"] = "%s-%s-%s" % (hx(rng, 8), hx(rng, 4), hx(rng, 12))
    elif style == 2:
        out["x-amzn-requestid"] = hx(rng, 8) + "-" + hx(rng, 4)
    else:
        out["correlationId"] = "c" + str(rng.randint(10**9, 10**10))
    lat = rng.randrange(3)
    if lat == 0:
        out["latency_ms"] = rng.randint(40, 2400)
    elif lat == 1:
        out["took"] = "%dms" % rng.randint(40, 2400)
    else:
        out["elapsed_s"] = round(rng.uniform(0.04, 2.4), 3)
    out[rng.choice(["ts", "timestamp", "served_at"])] = stamp(rng)
    return out


def obs(rng, payload):
    data = dict(payload)
    data.update(noise(rng))
    keys = list(data)
    rng.shuffle(keys)
    seps = rng.choice([(", ", ": "), (",", ":")])
    text = json.dumps({k: data[k] for k in keys}, separators=seps)
    if rng.random() < 0.25:
        text = "HTTP 200 (%d ms)\n%s" % (rng.randint(30, 900), text)
    return text + rng.choice(["", "", " ", "\n", "  \n"])


def err_obs(rng, msg):
    n = noise(rng)
    tail = " ".join("%s=%s" % (k, v) for k, v in n.items())
    return "%s [%s]" % (msg, tail) + rng.choice(["", " ", "\n"])


def ent_id(rng, d):
    p = d["pre"]
    if p == "00u":
        return "00u" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(17))
    if p == "rpt_":
        return "rpt_" + hx(rng, 16)
    if p == "APT":
        return "APT%07d" % rng.randint(10**6, 10**7 - 1)
    return p + str(rng.randint(10000, 99999))


def llm(text, observation=None):
    step = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def tool(name, args, observation, error=False):
    return {"kind": "tool", "tool": name, "args": args, "observation": observation, "error": error}


def get_step(rng, d, eid, extra=None):
    name, key = d["get"]
    payload = {key: eid, "fact": rng.choice(d["facts"]), "version": 3}
    if extra:
        payload.update(extra)
    return tool(name, {key: eid}, obs(rng, payload))


def first_cursor(d):
    return "cur_%s" % hx(random.Random(len(d["name"])), 10)


def opening(rng, d, ids):
    ack = rng.choice(
        [
            "On it. I'll pull the %ss first." % d["ent"],
            "Sure, starting with the current list of %ss." % d["ent"],
            "Understood. Let me see what's pending.",
            "Okay, I'll begin by listing the %ss in scope." % d["ent"],
        ]
    )
    steps = [llm(ack, d["request"])]
    name, args = d["list"]
    items = [{"id": i, "state": rng.choice(["open", "pending", "new"])} for i in ids[:4]]
    steps.append(
        tool(
            name,
            dict(args),
            obs(
                rng,
                {
                    "items": items,
                    "count": len(ids) - rng.randint(0, 5),
                    "next_cursor": first_cursor(d),
                },
            ),
        )
    )
    if rng.random() < 0.5:
        steps.append(get_step(rng, d, ids[-1]))
    return steps


# ---- loop kinds -------------------------------------------------------------------------


def k_exact_repeat(rng, d, ids, m):
    text = rng.choice(
        [
            "I'm still working through the %ss and will report back as soon as I have the full picture."
            % d["ent"],
            "Give me a moment, I'm checking each %s now and will summarise when done." % d["ent"],
            "Still on it: reviewing the %s list, results shortly." % d["ent"],
            d["wait"],
        ]
    )
    nudges = [
        "any update?",
        "how's it going?",
        "is it done yet?",
        "what have you found so far?",
        "??",
        "hello?",
        "can you give me a partial answer?",
        "still waiting",
        "please just list what you have",
        "are you stuck?",
    ]
    rng.shuffle(nudges)
    return [llm(text)] + [llm(text, nudges[i % len(nudges)]) for i in range(m - 1)]


def k_paraphrased_repeat(rng, d, ids, m):
    e, x = d["ent"], ids[0]
    pool = [
        "Let me take another look at %s %s before deciding." % (e, x),
        "I'll re-examine %s %s once more to be sure." % (e, x),
        "Before going further I want to re-check %s %s." % (e, x),
        "Going back over %s %s again to confirm the details." % (e, x),
        "One more pass over %s %s is needed, I think." % (e, x),
        "I should double-check %s %s again first." % (e, x),
        "Let me revisit %s %s to make sure nothing was missed." % (e, x),
        "I'm going to review %s %s one more time." % (e, x),
        "Re-checking %s %s before I move on." % (e, x),
        "Let me verify %s %s again quickly." % (e, x),
    ]
    rng.shuffle(pool)
    return [llm(pool[i % len(pool)], "ok" if i == m // 2 else None) for i in range(m)]


def k_ab_oscillation(rng, d, ids, m):
    name, key, field, vals = d["upd"]
    x = ids[0]
    reasons = [
        "Actually, on reflection %s fits better.",
        "Hmm, I think it should be %s instead.",
        "Reconsidering: %s is the right value.",
        "Switching it to %s; that matches the policy better.",
    ]
    out = []
    i = 0
    while len(out) < m:
        v = vals[i % 2]
        out.append(tool(name, {key: x, field: v}, obs(rng, {key: x, field: v, "updated": True})))
        if len(out) < m and rng.random() < 0.5:
            out.append(llm(rng.choice(reasons) % vals[(i + 1) % 2]))
        i += 1
    return out


def k_failing_tool_retry(rng, d, ids, m):
    name, key, field, vals = d["upd"]
    x = ids[0]
    out = []
    while len(out) < m:
        out.append(tool(name, {key: x, field: vals[0]}, err_obs(rng, d["err"]), True))
        if len(out) < m and rng.random() < 0.5:
            out.append(
                llm(
                    rng.choice(
                        [
                            "Retrying.",
                            "That failed, trying again.",
                            "Let me try that once more.",
                            "Retrying the update.",
                        ]
                    )
                )
            )
    return out


def k_same_action_same_observation(rng, d, ids, m):
    name, key = d["get"]
    x = ids[0]
    fact = rng.choice(d["facts"])
    out = []
    while len(out) < m:
        args = {key: x}
        if rng.random() < 0.5:
            args = {"include": "history", key: x}
        out.append(tool(name, args, obs(rng, {key: x, "fact": fact, "version": 3})))
        if len(out) < m and rng.random() < 0.5:
            out.append(
                llm(
                    rng.choice(
                        [
                            "Let me look at that again.",
                            "I'll pull it one more time.",
                            "Checking it again.",
                            "Refreshing the record.",
                        ]
                    )
                )
            )
    return out


def k_identical_monologue(rng, d, ids, m):
    text = "Next I will update %s %s and then move to the remaining %ss." % (
        d["ent"],
        ids[0],
        d["ent"],
    )
    return [llm(text) for _ in range(m)]


def k_identical_tool_calls(rng, d, ids, m):
    name, key = d["get"]
    x = ids[0]
    fact = rng.choice(d["facts"])
    return [tool(name, {key: x}, obs(rng, {key: x, "fact": fact, "version": 3})) for _ in range(m)]


def k_stuck_page_cursor(rng, d, ids, m):
    name, args = d["list"]
    cur = first_cursor(d)
    items = [{"id": i} for i in ids[4:8]]
    out = []
    while len(out) < m:
        a = dict(args)
        a["cursor"] = cur
        out.append(tool(name, a, obs(rng, {"items": items, "next_cursor": cur, "has_more": True})))
        if len(out) < m and rng.random() < 0.4:
            out.append(
                llm(
                    rng.choice(
                        ["Fetching the next page.", "More results, continuing.", "Next page."]
                    )
                )
            )
    return out


def k_cosmetic_argument_retry(rng, d, ids, m):
    name, key = d["search"]
    base = rng.choice(["overdue", "missing record", "unassigned"])
    variants = [
        base,
        base.upper(),
        " " + base,
        base + " ",
        '"%s"' % base,
        base.title(),
        base.replace(" ", "  "),
    ]
    out = []
    i = 0
    while len(out) < m:
        out.append(
            tool(
                name,
                {key: variants[i % len(variants)]},
                err_obs(
                    rng,
                    "400 invalid_query: field '%s' requires a %s id, not free text"
                    % (key, d["ent"]),
                ),
                True,
            )
        )
        i += 1
        if len(out) < m and rng.random() < 0.4:
            out.append(llm("Maybe the formatting is off; adjusting the query."))
    return out


def k_resummarise_same_document(rng, d, ids, m):
    name, key, docs = d["doc"]
    doc = docs[0]
    body = "%s: %s; %s." % (doc, d["facts"][0], d["facts"][1])
    sums = [
        "Summary of %s: it covers %s and %s." % (doc, d["facts"][0], d["facts"][1]),
        "In short, %s says %s, plus %s." % (doc, d["facts"][0], d["facts"][1]),
        "Key points of %s: %s; %s." % (doc, d["facts"][0], d["facts"][1]),
        "To recap %s: %s and %s." % (doc, d["facts"][0], d["facts"][1]),
    ]
    out = []
    i = 0
    while len(out) < m:
        out.append(tool(name, {key: doc}, obs(rng, {key: doc, "content": body})))
        if len(out) < m:
            out.append(llm(sums[i % len(sums)] + " Let me re-read it to be thorough."))
        i += 1
    return out


def k_poll_terminal_failure(rng, d, ids, m):
    name, key = d["job"]
    jid = "job-" + hx(rng, 6)
    out = []
    while len(out) < m:
        out.append(
            tool(
                name,
                {key: jid},
                obs(
                    rng,
                    {key: jid, "state": "FAILED", "terminal": True, "error": "worker exited 137"},
                ),
            )
        )
        if len(out) < m and rng.random() < 0.5:
            out.append(
                llm(
                    rng.choice(
                        [
                            "Still not finished, checking again.",
                            "Waiting for the job to complete.",
                            "Polling again.",
                        ]
                    )
                )
            )
    return out


def k_reask_confirmed_question(rng, d, ids, m):
    field, vals = d["upd"][2], d["upd"][3]
    q = "Shall I set %s on %s %s to %s?" % (field, d["ent"], ids[0], vals[0])
    yes = [
        "yes",
        "yes, go ahead",
        "confirmed",
        "yes please do it",
        "I said yes",
        "go ahead",
        "YES",
        "yes, proceed",
    ]
    out = [llm(q)]
    i = 0
    while len(out) < m:
        out.append(
            llm(
                rng.choice(["Just to confirm: ", "Before I proceed: ", "", "To be safe: "]) + q,
                yes[i % len(yes)],
            )
        )
        i += 1
    return out


def k_reverify_finished_work(rng, d, ids, m):
    name, key, field, vals = d["upd"]
    cname, ckey = d["chk"]
    x = ids[0]
    out = [
        tool(name, {key: x, field: vals[0]}, obs(rng, {key: x, field: vals[0], "updated": True}))
    ]
    while len(out) < m:
        out.append(tool(cname, {ckey: x}, obs(rng, {ckey: x, "result": "pass", "issues": []})))
        if len(out) < m and rng.random() < 0.5:
            out.append(
                llm(
                    rng.choice(
                        [
                            "Passed. Let me double-check once more.",
                            "Looks fine; verifying again to be safe.",
                            "Check passed, re-running it to be certain.",
                        ]
                    )
                )
            )
    return out


# ---- progress kinds ---------------------------------------------------------------------


def p_fixed_ack(rng, d, ids, m):
    name, key, field, vals = d["upd"]
    ack = rng.choice(d["acks"])
    out = []
    i = 0
    while len(out) < m - 1:
        x = ids[i % len(ids)]
        v = vals[rng.randrange(2)]
        out.append(
            tool(
                name,
                {key: x, field: v},
                obs(rng, {key: x, field: v, "updated": True, "fact": d["facts"][i % 6]}),
            )
        )
        if len(out) < m - 1:
            out.append(llm(ack))
        i += 1
    out.append(
        llm(
            "All %d %ss updated; %s and %s were the exceptions I noted."
            % (i, d["ent"], ids[0], ids[1])
        )
    )
    return out


def p_incremental_findings(rng, d, ids, m):
    out = []
    i = 0
    while len(out) < m:
        x = ids[i % len(ids)]
        f = d["facts"][i % 6]
        out.append(get_step(rng, d, x, {"fact": f}))
        if len(out) < m:
            out.append(llm("Checked %s %s: %s. %d of %d done." % (d["ent"], x, f, i + 1, len(ids))))
        i += 1
    return out


def p_alternating_read_write(rng, d, ids, m):
    name, key, field, vals = d["upd"]
    out = []
    i = 0
    while len(out) < m:
        x = ids[i % len(ids)]
        out.append(get_step(rng, d, x, {"fact": d["facts"][i % 6]}))
        if len(out) < m:
            v = vals[i % 2]
            out.append(
                tool(name, {key: x, field: v}, obs(rng, {key: x, field: v, "updated": True}))
            )
        i += 1
    return out


def p_transient_retry(rng, d, ids, m):
    name, key, field, vals = d["upd"]
    x = ids[0]
    out = [
        tool(
            name,
            {key: x, field: vals[0]},
            err_obs(rng, "503 Service Unavailable, Retry-After: 2"),
            True,
        ),
        llm("Transient 503; backing off 2s and retrying."),
        tool(
            name,
            {key: x, field: vals[0]},
            err_obs(rng, "503 Service Unavailable, Retry-After: 4"),
            True,
        ),
        llm("Still 503; backing off 4s."),
        tool(name, {key: x, field: vals[0]}, obs(rng, {key: x, field: vals[0], "updated": True})),
    ]
    i = 1
    while len(out) < m:
        y = ids[i % len(ids)]
        out.append(
            tool(
                name,
                {key: y, field: vals[i % 2]},
                obs(rng, {key: y, field: vals[i % 2], "updated": True}),
            )
        )
        i += 1
    return out


def p_reread_after_change(rng, d, ids, m):
    name, key = d["upd"][0], d["upd"][1]
    gname, gkey = d["get"]
    x = ids[0]
    out = []
    ver = 3
    i = 0
    while len(out) < m:
        out.append(
            tool(
                gname,
                {gkey: x},
                obs(rng, {gkey: x, "version": ver, "fact": d["facts"][i % 6], "note_count": i}),
            )
        )
        if len(out) < m:
            ver += 1
            out.append(
                tool(
                    name,
                    {key: x, "note": d["facts"][(i + 1) % 6]},
                    obs(rng, {key: x, "version": ver, "updated": True}),
                )
            )
        i += 1
    return out


def p_chunked_drafting(rng, d, ids, m):
    titles = [
        "Background",
        "Scope",
        "Items reviewed",
        "Exceptions",
        "Actions taken",
        "Open questions",
        "Next steps",
        "Appendix A",
        "Appendix B",
        "Sign-off",
        "Timeline",
        "Contacts",
        "Risks",
        "Costs",
        "Notes",
        "Glossary",
        "Attachments",
        "Review",
    ]
    out = []
    for i in range(m):
        f = d["facts"][i % 6]
        x = ids[i % len(ids)]
        out.append(llm("## %d. %s\n%s %s: %s." % (i + 1, titles[i], d["ent"].capitalize(), x, f)))
    return out


def p_same_tool_distinct_args(rng, d, ids, m):
    name, key = d["get"]
    out = []
    for i in range(m):
        x = ids[i % len(ids)] if i < len(ids) else ent_id(rng, d)
        out.append(
            tool(
                name,
                {key: x},
                obs(rng, {key: x, "fact": d["facts"][i % 6], "version": rng.randint(1, 9)}),
            )
        )
    return out


def p_paging(rng, d, ids, m):
    name, args = d["list"]
    out = []
    pages = m
    for i in range(pages):
        a = dict(args)
        a["cursor"] = "cur_%s" % hx(random.Random(i * 7919 + len(d["name"])), 10)
        items = [{"id": ent_id(rng, d)} for _ in range(3)]
        last = i == pages - 1
        nxt = None if last else "cur_%s" % hx(random.Random((i + 1) * 7919 + len(d["name"])), 10)
        out.append(
            tool(
                name,
                a,
                obs(rng, {"items": items, "next_cursor": nxt, "has_more": not last, "page": i + 2}),
            )
        )
    return out


def p_retry_corrected(rng, d, ids, m):
    name, key = d["search"]
    out = [
        tool(
            name,
            {key: "overdue"},
            err_obs(rng, "400 invalid_query: '%s' must be an exact id or 'status:<value>'" % key),
            True,
        ),
        llm("The search wants a structured filter; retrying with status:overdue."),
        tool(
            name,
            {key: "status:overdue"},
            obs(rng, {"results": [{"id": i} for i in ids[:14]], "total": 14}),
        ),
    ]
    i = 0
    while len(out) < m:
        out.append(get_step(rng, d, ids[i], {"fact": d["facts"][i % 6]}))
        i += 1
    return out


def p_summarise_related(rng, d, ids, m):
    name, key, docs = d["doc"]
    out = []
    i = 0
    while len(out) < m - 1:
        doc = "%s %s" % (docs[i % len(docs)], ids[i])
        f = d["facts"][i % 6]
        out.append(tool(name, {key: doc}, obs(rng, {key: doc, "content": "%s: %s." % (doc, f)})))
        if len(out) < m - 1:
            out.append(llm("%s summarised: %s." % (doc, f)))
        i += 1
    out.append(llm("Across the %d documents: %s." % (i, "; ".join(d["facts"][:3]))))
    return out


def p_poll_until_done(rng, d, ids, m):
    name, key = d["job"]
    jid = "job-" + hx(rng, 6)
    n = m - 1
    out = []
    for i in range(n):
        if i == n - 1:
            st = {"state": "SUCCEEDED", "processed": len(ids) * 10, "terminal": True}
        elif i == 0:
            st = {"state": "QUEUED", "position": 3}
        else:
            st = {"state": "RUNNING", "percent": int(100 * i / (n - 1))}
        st[key] = jid
        out.append(tool(name, {key: jid}, obs(rng, st)))
    out.append(llm("The job finished: %d %ss processed." % (len(ids) * 10, d["ent"])))
    return out


def p_stepwise_confirmations(rng, d, ids, m):
    name, key, field, vals = d["upd"]
    out = []
    i = 0
    while len(out) < m:
        x = ids[i % len(ids)]
        v = vals[i % 2]
        out.append(
            llm(
                "%s %s: set %s to %s?" % (d["ent"].capitalize(), x, field, v),
                None if i == 0 else "yes",
            )
        )
        if len(out) < m:
            out.append(
                tool(name, {key: x, field: v}, obs(rng, {key: x, field: v, "updated": True}))
            )
        i += 1
    return out


def p_batch_verification(rng, d, ids, m):
    cname, ckey = d["chk"]
    name, key, field, vals = d["upd"]
    out = []
    i = 0
    while len(out) < m:
        x = ids[i % len(ids)]
        if i == 2:
            out.append(
                tool(
                    cname,
                    {ckey: x},
                    obs(rng, {ckey: x, "result": "fail", "issues": [d["facts"][3]]}),
                )
            )
            if len(out) < m:
                out.append(
                    tool(
                        name,
                        {key: x, field: vals[1]},
                        obs(rng, {key: x, field: vals[1], "updated": True}),
                    )
                )
        else:
            out.append(tool(cname, {ckey: x}, obs(rng, {ckey: x, "result": "pass", "issues": []})))
        i += 1
    return out


LOOP_FN = dict(
    zip(
        LOOP_KINDS,
        [
            k_exact_repeat,
            k_paraphrased_repeat,
            k_ab_oscillation,
            k_failing_tool_retry,
            k_same_action_same_observation,
            k_identical_monologue,
            k_identical_tool_calls,
            k_stuck_page_cursor,
            k_cosmetic_argument_retry,
            k_resummarise_same_document,
            k_poll_terminal_failure,
            k_reask_confirmed_question,
            k_reverify_finished_work,
        ],
        strict=True,
    )
)
PROGRESS_FN = dict(
    zip(
        PROGRESS_KINDS,
        [
            p_fixed_ack,
            p_incremental_findings,
            p_alternating_read_write,
            p_transient_retry,
            p_reread_after_change,
            p_chunked_drafting,
            p_same_tool_distinct_args,
            p_paging,
            p_retry_corrected,
            p_summarise_related,
            p_poll_until_done,
            p_stepwise_confirmations,
            p_batch_verification,
        ],
        strict=True,
    )
)


def make_row(label, kind, nnn, d, fn, steps_total):
    rid = "fiftysecond-%s-%s-%03d" % (label, kind, nnn)
    rng = random.Random("%d:%s" % (SEED, rid))
    ids = [ent_id(rng, d) for _ in range(16)]
    steps = opening(rng, d, ids)
    steps += fn(rng, d, ids, steps_total - len(steps))
    return {
        "id": rid,
        "label": label,
        "category": "%s/%s" % (label, kind),
        "domain": d["name"],
        "steps": steps[:steps_total],
    }


def build():
    rows = []
    for label, kinds, fns in (
        ("loop", LOOP_KINDS, LOOP_FN),
        ("progress", PROGRESS_KINDS, PROGRESS_FN),
    ):
        nnn = 0
        for kind in kinds:
            lengths = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]
            random.Random("%d:%s:%s" % (SEED, label, kind)).shuffle(lengths)
            for di, d in enumerate(DOMAINS):
                nnn += 1
                rows.append(make_row(label, kind, nnn, d, fns[kind], lengths[di]))
    return rows


def main():
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
