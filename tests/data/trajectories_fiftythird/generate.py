"""Blind trajectory set 53 ("fiftythird"): 104 loop rows and 104 progress rows.

Thirteen loop kinds, each paired with a progress kind that is its near miss, eight rows per kind
(one per domain). Standard library only and deterministic: every row's ``random.Random`` is
seeded from SEED and the row's id. Run as a script to write ``trajectories.jsonl`` next to it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

SEED = 530053
PREFIX = "fiftythird"
HERE = Path(__file__).resolve().parent


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False)


class Row:
    def __init__(self, label, kind, dom, num):
        self.id = "%s-%s-%s-%03d" % (PREFIX, label, kind, num)
        self.label = label
        self.kind = kind
        self.d = dom
        self.rng = random.Random("%d:%s" % (SEED, self.id))
        self.steps = []
        start = dt.datetime(2026, 2, 2, 6, 0, tzinfo=dt.UTC)
        self.clock = start + dt.timedelta(minutes=self.rng.randint(0, 60 * 24 * 240))

    # --- noise -------------------------------------------------------------------------
    def iso(self, lo=1, hi=25):
        self.clock += dt.timedelta(
            seconds=self.rng.randint(lo, hi), milliseconds=self.rng.randint(0, 999)
        )
        return self.clock.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (
            self.clock.microsecond // 1000
        )

    def hexid(self, n=16):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        h = self.hexid(32)
        return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], "a" + h[17:20], h[20:])

    def pick(self, seq):
        return self.rng.choice(seq)

    # --- steps -------------------------------------------------------------------------
    def say(self, text, obs=""):
        assert text
        self.steps.append({"kind": "llm", "text": text, "observation": obs})

    def call(self, tool, args, payload, err=False, raw=False):
        obs = payload if raw else render(self, payload, err, tool)
        self.steps.append(
            {"kind": "tool", "tool": tool, "args": args, "observation": obs, "error": err}
        )

    def open(self, role, calls=None):
        d = self.d
        ask = d["ask"][role]
        greet = self.pick(["", "", "Hi - ", "Morning. ", "Quick one: ", "Hey. ", "Hello. "])
        ask = greet + ask
        sign = self.pick(["", "", "", " Thanks!", " Ta.", " Cheers", " - thanks"])
        plan = self.pick(PLAN).format(look=d["look"])
        self.say(plan, ask + sign)
        opens = list(d["open"])
        n = calls if calls is not None else self.rng.choice([1, 2, 2])
        for tool, args, payload in opens[:n]:
            self.call(tool, args, payload)

    def row(self):
        return {
            "id": self.id,
            "label": self.label,
            "category": "%s/%s" % (self.label, self.kind),
            "domain": self.d["name"],
            "steps": self.steps,
        }


PLAN = [
    "On it. I'll {look} first so I know what we're dealing with.",
    "Sure - first I'll {look}.",
    "Got it - step one is to {look}.",
    "Will do. Let me {look} before changing anything.",
    "Understood. I'm going to {look}, then work from there.",
    "OK. To begin I'll {look}.",
]

NUDGES = [
    "Any news?",
    "Is it done yet?",
    "Still waiting on this one.",
    "Hello? What's the status?",
    "Where are we with it?",
    "Can you give me an update please",
    "ok so is it sorted?",
]


def render(r, payload, err, tool):
    """Wrap a payload the way the domain's API answers, with its envelope noise."""
    d = r.d
    style = d["style"]
    prefix = tool.split(".")[0]
    if prefix in ("s3", "sqs", "glue", "rds", "cloudwatch"):
        style = "aws"
    elif prefix not in d["native"]:
        style = "rest"
    if isinstance(payload, str):
        if style == "psql" and not payload.startswith(("ERROR", "psql:")):
            return payload + "\nTime: %.3f ms" % (r.rng.uniform(0.4, 900.0))
        return payload
    body = dict(payload)
    ms = r.rng.randint(14, 1400)
    if style == "vault":
        code = body.pop("_status", 400 if err else 200)
        status = "FAILURE" if err else "SUCCESS"
        out = {
            "status_code": code,
            "elapsed_ms": ms,
            "headers": {
                "X-VaultAPI-BurstLimitRemaining": str(r.rng.randint(1400, 1999)),
                "X-VaultAPI-DailyLimitRemaining": str(r.rng.randint(180000, 199000)),
                "Date": r.clock.strftime("%a, %d %b %Y %H:%M:%S GMT"),
            },
            "body": {"responseStatus": status, **body},
        }
        r.iso()
        return jdump(out)
    if style == "aws":
        meta = {
            "RequestId": r.hexid(16).upper(),
            "HTTPStatusCode": 200,
            "HTTPHeaders": {
                "x-amz-request-id": r.hexid(16).upper(),
                "date": r.clock.strftime("%a, %d %b %Y %H:%M:%S GMT"),
            },
            "RetryAttempts": 0,
        }
        r.iso()
        return jdump({**body, "ResponseMetadata": meta})
    if style == "graphql":
        ext = {"requestId": r.uuid(), "durationMs": ms, "complexity": r.rng.randint(12, 240)}
        if err:
            return jdump({"data": None, "errors": body.get("errors", [body]), "extensions": ext})
        return jdump({"data": body, "extensions": ext})
    if style == "ocean":
        env = {
            "status": "ERROR" if err else "OK",
            "transactionId": "TX" + r.hexid(12).upper(),
            "timestamp": r.iso(),
        }
        if err:
            env["httpStatus"] = body.pop("_status", 422)
            env["errors"] = body.get("errors", [body])
        else:
            env["payload"] = body
        return jdump(env)
    # plain REST with a meta block, key names per domain
    k_id, k_ms, k_ts = d["meta"]
    meta = {k_id: d.get("rid_prefix", "req_") + r.hexid(20), k_ms: ms, k_ts: r.iso()}
    if err:
        code = body.pop("_status", 400)
        return jdump({"status": code, **body, "meta": meta})
    return jdump({**body, "meta": meta})


# ============================================================================================
# Domains
# ============================================================================================


def dom_pharma():
    batches = [
        ("BR-26-0417", "Amoxicillin 500 mg capsules", "LN-AMX-2611", 412800),
        ("BR-26-0422", "Metformin HCl 850 mg tablets", "LN-MET-2609", 1180000),
        ("BR-26-0431", "Ondansetron 4 mg ODT", "LN-OND-2602", 96000),
        ("BR-26-0433", "Atorvastatin 20 mg tablets", "LN-ATV-2615", 640000),
        ("BR-26-0440", "Omeprazole 20 mg DR capsules", "LN-OME-2604", 300000),
        ("BR-26-0446", "Sertraline 50 mg tablets", "LN-SER-2607", 450000),
        ("BR-26-0451", "Levothyroxine 100 mcg tablets", "LN-LEV-2612", 900000),
        ("BR-26-0458", "Cetirizine 10 mg tablets", "LN-CET-2610", 720000),
    ]
    items = [
        {"id": b, "product": p, "lot": lot, "qty": q, "vid": "V7R0000000%05d" % (11040 + i * 7)}
        for i, (b, p, lot, q) in enumerate(batches)
    ]

    def rec(it):
        return {
            "data": {
                "id": it["vid"],
                "name__v": it["id"],
                "product__c": it["product"],
                "lot_number__c": it["lot"],
                "batch_size__c": it["qty"],
                "qa_disposition__c": ["pending_release__c"],
                "open_deviations__c": 0,
                "lims_status__c": ["complete__c"],
                "modified_date__v": "2026-03-11T09:14:02.000Z",
            }
        }

    def upd(it):
        return {"data": {"id": it["vid"], "url": "/api/v24.1/vobjects/batch__c/%s" % it["vid"]}}

    vql = "SELECT id, name__v, product__c, qa_disposition__c FROM batch__c WHERE qa_disposition__c = 'pending_release__c' ORDER BY name__v"

    def page(k, rows, nxt):
        det = {"pagesize": 5, "pageoffset": k * 5, "size": len(rows), "total": 13}
        if nxt:
            det["next_page"] = "/api/v24.1/query/0QE6b2e1c94f?pagesize=5&pageoffset=%d" % (
                (k + 1) * 5
            )
        return {
            "responseDetails": det,
            "data": [{"name__v": n, "qa_disposition__c": ["pending_release__c"]} for n in rows],
        }

    names = [
        "BR-26-%04d" % n for n in (401, 404, 409, 411, 417, 419, 422, 426, 431, 433, 440, 446, 451)
    ]
    pages = [page(0, names[:5], True), page(1, names[5:10], True), page(2, names[10:], False)]

    def list_args(k):
        if k is None:
            return {"q": vql, "page": 2}
        return {"next_page": "/api/v24.1/query/0QE6b2e1c94f?pagesize=5&pageoffset=%d" % (k * 5)}

    exc = [
        ("EX-0431-07", "Step 7.3 compression force out of range, no QA comment"),
        ("EX-0431-11", "Second-person verification missing on IPC weight check"),
        ("EX-0431-14", "Line clearance record signed 2 min before previous batch closed"),
        ("EX-0431-19", "Yield reconciliation 97.1%% below alert limit 98.0%%"),
    ]

    def val_pay(left):
        return {
            "data": {
                "batch": "BR-26-0431",
                "open_exceptions": len(left),
                "exceptions": [{"id": e, "summary": s.replace("%%", "%")} for e, s in left],
            }
        }

    job_state = {}

    def job_pay(state, pct):
        job_state["n"] = job_state.get("n", 0) + 1
        return {
            "data": {
                "id": 882301,
                "status": state,
                "method": "POST",
                "progress": pct,
                "created_date": "2026-03-11T10:02:41Z",
                "run_end_date": None if state != "SUCCEEDED" else "2026-03-11T10:19:05Z",
            }
        }

    return {
        "name": "pharma_batch_release_qa",
        "style": "vault",
        "native": {"vault"},
        "look": "pull the batch records waiting on QA disposition from Vault",
        "ask": {
            "items": "The EU distribution centre is waiting on stock. Can you release the batches that have cleared review in Vault QMS? Only the ones with no open deviations.",
            "research": "Why is BR-26-0422 (metformin 850) sitting in quarantine? The planner says LIMS is all green.",
            "fix": "BR-26-0431 ondansetron won't go to QA review - the eBR keeps flagging exceptions. Sort it out please.",
            "write": "Please record the minor deviation for BR-26-0433 (label roll changeover) in Vault and attach it to the batch.",
            "list": "I need a list of every batch still pending release for the monthly QA metrics.",
            "docs": "Summarise the documents behind the atorvastatin blend uniformity CAPA for tomorrow's quality council.",
            "job": "Export the full batch record binder for BR-26-0417 - the QP in Ireland needs it before certifying.",
            "act": "BR-26-0440 omeprazole has QP sign-off. Release it and push the disposition to SAP.",
            "chat": "I'll give you the batches for this week's release board one at a time, note them down.",
            "queue": "Work through my Vault review tasks for batch records, they're piling up.",
        },
        "open": [
            (
                "vault.query",
                {"q": vql + " LIMIT 5"},
                {
                    "responseDetails": {"pagesize": 5, "pageoffset": 0, "size": 5, "total": 13},
                    "data": [{"name__v": n} for n in names[:5]],
                },
            ),
            (
                "vault.get_user",
                {"user_id": "me"},
                {
                    "users": [
                        {
                            "user": {
                                "id": 61094,
                                "user_name__v": "a.okafor@biorelia-qa.com",
                                "security_profile__v": "qa_reviewer__c",
                                "user_timezone__v": "Europe/Dublin",
                            }
                        }
                    ]
                },
            ),
        ],
        "items": items,
        "get": ("vault.get_record", lambda it: {"object": "batch__c", "id": it["vid"]}, rec),
        "upd": (
            "vault.update_record",
            lambda it: {
                "object": "batch__c",
                "id": it["vid"],
                "fields": {"qa_disposition__c": "released__c"},
            },
            upd,
            "released",
        ),
        "osc": (
            "vault.change_state",
            {"doc_id": 40917, "major": 0, "minor": 3, "action": "approve__c"},
            {
                "_status": 400,
                "errors": [
                    {
                        "type": "OPERATION_NOT_ALLOWED",
                        "message": "Document cannot be approved: 2 unresolved annotations (type: note) on pages 4, 9.",
                    }
                ],
            },
            "vault.change_state",
            {"doc_id": 40917, "major": 0, "minor": 3, "action": "send_back_to_review__c"},
            {"id": 40917, "state": "in_review__c"},
        ),
        "osc_talk": [
            "Approval keeps bouncing; sending it back to review and trying again.",
            "Review state set again. Re-attempting the approval.",
        ],
        "same": (
            "mes.get_exceptions",
            {"batch": "BR-26-0431", "status": "open"},
            '{"batch":"BR-26-0431","ebr_version":"3.2","open":2,"exceptions":[{"id":"EX-0431-07","step":"7.3","text":"Compression force 14.9 kN outside 10.0-14.5 kN; QA comment required"},{"id":"EX-0431-11","step":"9.1","text":"Second-person verification missing"}]}',
        ),
        "same_talk": [
            "Let me re-read the exception list.",
            "Checking the eBR exceptions again.",
            "Re-querying to be sure.",
            "One more look at what's open.",
        ],
        "perm": (
            "vault.create_record",
            {
                "object": "deviation__c",
                "fields": {
                    "name__v": "Label roll changeover gap",
                    "batch__c": "V7R000000011061",
                    "classification__c": "minor__c",
                },
            },
            {
                "_status": 403,
                "errors": [
                    {
                        "type": "INSUFFICIENT_ACCESS",
                        "message": "User does not have sufficient privileges to create records of object [deviation__c].",
                    }
                ],
            },
            [
                (
                    {
                        "object": "deviation__c",
                        "fields": {
                            "name__v": "Label roll changeover gap",
                            "batch__c": "V7R000000011061",
                            "classification__c": "minor__c",
                        },
                    },
                    "",
                ),
                (
                    {
                        "object": "deviation__c",
                        "fields": {
                            "name__v": "Label roll changeover gap",
                            "batch__c": "BR-26-0433",
                            "classification__c": "minor__c",
                        },
                    },
                    "Maybe batch__c wants the batch name rather than the record id.",
                ),
                (
                    {
                        "object": "deviation__c",
                        "fields": {
                            "name__v": "Label roll changeover gap",
                            "batch__c": "V7R000000011061",
                            "classification__c": "minor__c",
                        },
                        "api_version": "v23.3",
                    },
                    "Could be an API version difference - trying v23.3.",
                ),
                (
                    {
                        "object": "deviation__c",
                        "fields": {
                            "name__v": "Label roll changeover",
                            "batch__c": "V7R000000011061",
                            "classification__c": "minor__c",
                        },
                    },
                    "Shortening the name in case it's a length or uniqueness thing.",
                ),
                (
                    {
                        "object": "deviation__c",
                        "fields": {
                            "name__v": "Label roll changeover gap",
                            "batch__c": "V7R000000011061",
                            "classification__c": "minor__c",
                            "detected_date__c": "2026-03-11",
                        },
                    },
                    "Perhaps detected_date__c is required; adding it.",
                ),
                (
                    {
                        "object": "deviation__c",
                        "fields": {
                            "name__v": "Label roll changeover gap",
                            "batch__c": "V7R000000011061",
                            "classification__c": "minor__c",
                            "lifecycle__v": "deviation_lifecycle__c",
                        },
                    },
                    "Setting the lifecycle explicitly.",
                ),
                (
                    {
                        "object": "deviation__c",
                        "fields": {
                            "name__v": "Label roll changeover gap",
                            "batch__c": "V7R000000011061",
                            "classification__c": "minor__c",
                        },
                        "migration_mode": False,
                    },
                    "Trying with migration_mode off.",
                ),
            ],
        ),
        "retry_talk": [
            "Retrying.",
            "Trying that once more.",
            "Let me try again.",
            "Re-sending the action.",
        ],
        "trans": (
            "vault.create_record",
            {
                "object": "deviation__c",
                "fields": {
                    "name__v": "Label roll changeover gap",
                    "batch__c": "V7R000000011061",
                    "classification__c": "minor__c",
                },
            },
            {
                "_status": 429,
                "errors": [
                    {
                        "type": "API_LIMIT_EXCEEDED",
                        "message": "You have exceeded the burst API limit. Retry after 4 seconds.",
                    }
                ],
            },
            {
                "data": {
                    "id": "V7S000000002381",
                    "url": "/api/v24.1/vobjects/deviation__c/V7S000000002381",
                }
            },
            [
                (
                    "vault.upload_attachment",
                    {
                        "object": "deviation__c",
                        "id": "V7S000000002381",
                        "file": "changeover_log_0433.pdf",
                    },
                    {
                        "data": {
                            "id": 3,
                            "version": 1,
                            "filename__v": "changeover_log_0433.pdf",
                            "size": 211402,
                        }
                    },
                ),
                (
                    "vault.update_record",
                    {
                        "object": "batch__c",
                        "id": "V7R000000011061",
                        "fields": {"open_deviations__c": 1},
                    },
                    {"data": {"id": "V7R000000011061"}},
                ),
            ],
        ),
        "trans_done": "Deviation DEV V7S000000002381 (minor, label roll changeover) is recorded against BR-26-0433 with the changeover log attached.",
        "ferr": (
            "vault.create_record",
            {
                "object": "deviation__c",
                "fields": {
                    "name__v": "Label roll changeover gap",
                    "batch__c": "V7R000000011061",
                    "classification__c": "Minor",
                },
            },
            {
                "_status": 400,
                "errors": [
                    {
                        "type": "INVALID_DATA",
                        "message": "Invalid value [Minor] specified for parameter [classification__c]; expected picklist value name.",
                    }
                ],
            },
            {
                "object": "deviation__c",
                "fields": {
                    "name__v": "Label roll changeover gap",
                    "batch__c": "V7R000000011061",
                    "classification__c": "minor__c",
                },
            },
            {
                "data": {
                    "id": "V7S000000002381",
                    "url": "/api/v24.1/vobjects/deviation__c/V7S000000002381",
                }
            },
            "Picklists take the value's API name, not its label: classification__c should be minor__c. Resubmitting with that.",
            [
                (
                    "vault.upload_attachment",
                    {
                        "object": "deviation__c",
                        "id": "V7S000000002381",
                        "file": "changeover_log_0433.pdf",
                    },
                    {"data": {"id": 3, "version": 1, "size": 211402}},
                ),
                (
                    "vault.update_record",
                    {
                        "object": "batch__c",
                        "id": "V7R000000011061",
                        "fields": {"open_deviations__c": 1},
                    },
                    {"data": {"id": "V7R000000011061"}},
                ),
            ],
        ),
        "ferr_done": "Created deviation V7S000000002381 as minor__c and linked it to BR-26-0433.",
        "val": (
            "mes.get_exceptions",
            {"batch": "BR-26-0431", "status": "open"},
            exc,
            val_pay,
            "mes.close_exception",
            lambda e: {
                "batch": "BR-26-0431",
                "exception_id": e[0],
                "disposition": "justified",
                "comment": "Reviewed against MBR rev 12; see QA note.",
            },
            lambda e: {"data": {"exception_id": e[0], "status": "closed", "closed_by": "a.okafor"}},
        ),
        "val_done": "All eBR exceptions on BR-26-0431 are closed with justifications; the record can now be routed to QA review.",
        "intents": [
            (
                "pull the LIMS assay results for BR-26-0422",
                "pulling the LIMS assay results for BR-26-0422",
            ),
            (
                "check the LIMS results on the metformin batch",
                "checking LIMS for the metformin batch",
            ),
            (
                "look up what LIMS says about BR-26-0422's testing",
                "looking at the lab results for 0422",
            ),
        ],
        "src": [
            (
                "pull the LIMS assay results for BR-26-0422",
                "pulling LIMS results",
                "lims.get_results",
                {"sample_id": "S-0422-FP"},
                {
                    "data": {
                        "sample": "S-0422-FP",
                        "tests": [
                            {
                                "name": "Assay (HPLC)",
                                "result": 93.1,
                                "spec": "95.0-105.0 %",
                                "status": "OOS",
                            },
                            {"name": "Dissolution", "result": "Q=88%", "status": "PASS"},
                        ],
                        "reviewed": False,
                    }
                },
                "LIMS shows the HPLC assay at 93.1% against 95.0-105.0% - out of specification, and not yet reviewed, which is why the planner's summary view looked green.",
            ),
            (
                "check whether a lab investigation was opened",
                "checking for a lab investigation",
                "vault.query",
                {
                    "q": "SELECT name__v, state__v FROM lab_investigation__c WHERE batch__c = 'BR-26-0422'"
                },
                {
                    "responseDetails": {"size": 1, "total": 1},
                    "data": [{"name__v": "LI-2026-0093", "state__v": "phase_1_investigation__c"}],
                },
                "Lab investigation LI-2026-0093 is open in phase 1.",
            ),
            (
                "look at the granulation step in the eBR",
                "reviewing the granulation step",
                "mes.get_step",
                {"batch": "BR-26-0422", "step": "4.2"},
                {
                    "data": {
                        "step": "4.2",
                        "name": "Wet granulation",
                        "granulation_time_s": 412,
                        "target_s": "300-360",
                        "comment": "Impeller amperage alarm acknowledged",
                    }
                },
                "Wet granulation ran 412 s against a 300-360 s target, so there is a plausible process cause.",
            ),
        ],
        "answer": "BR-26-0422 is quarantined because the HPLC assay is OOS at 93.1% (spec 95.0-105.0%). LI-2026-0093 is in phase 1, and the eBR shows wet granulation overran (412 s vs 300-360 s). It can't be released until the investigation closes.",
        "mono": [
            "I'm reviewing the quarantine status for BR-26-0422 and will share the findings shortly.",
            "Still working through the BR-26-0422 records; results coming shortly.",
        ],
        "chat": [
            ("BR-26-0417 amoxicillin", "BR-26-0417 (amoxicillin 500 mg)"),
            ("then 0433, atorvastatin", "BR-26-0433 (atorvastatin 20 mg)"),
            (
                "0446 sertraline - but only if the stability pull is in",
                "BR-26-0446 (sertraline), conditional on the stability pull",
            ),
            ("skip 0422, it's in investigation", "BR-26-0422 excluded (investigation)"),
            ("and 0458 cetirizine", "BR-26-0458 (cetirizine 10 mg)"),
        ],
        "chat_apply": (
            "vault.create_record",
            lambda n: {
                "object": "release_board__c",
                "fields": {"week__c": "2026-W11", "entries": n},
            },
            lambda n: {"data": {"id": "V9B000000000311", "entries_created": n}},
        ),
        "queue": (
            "vault.get_next_task",
            {"workflow": "batch_record_review__c", "assignee": "me"},
            [
                {
                    "data": {
                        "task_id": 771201,
                        "task_name": "Review eBR",
                        "record": "BR-26-0446",
                        "due": "2026-03-12",
                    }
                },
                {
                    "data": {
                        "task_id": 771215,
                        "task_name": "Review eBR",
                        "record": "BR-26-0451",
                        "due": "2026-03-12",
                    }
                },
                {
                    "data": {
                        "task_id": 771240,
                        "task_name": "Verify label reconciliation",
                        "record": "BR-26-0458",
                        "due": "2026-03-13",
                    }
                },
                {
                    "data": {
                        "task_id": 771252,
                        "task_name": "Review eBR",
                        "record": "BR-26-0433",
                        "due": "2026-03-14",
                    }
                },
            ],
            {"data": None, "responseMessage": "No open tasks"},
            lambda m: (
                "vault.complete_task",
                {"task_id": m["data"]["task_id"], "verdict": "verified__c"},
                {"data": {"task_id": m["data"]["task_id"], "status": "completed"}},
            ),
        ),
        "queue_done": "Queue empty - %d review tasks completed.",
        "list": (
            "vault.query",
            {"q": vql, "pagesize": 5},
            list_args,
            pages,
            "13 batches pending release: BR-26-0401 to BR-26-0451 (list above), totals match responseDetails.total.",
        ),
        "docs": [
            (
                "vault.get_document",
                {"doc_id": 38821, "title": "CAPA-2026-044"},
                {
                    "document": {
                        "id": 38821,
                        "name__v": "CAPA-2026-044 Blend uniformity",
                        "text_excerpt": "Root cause: V-blender 3 fill level above 65% validated max. Action: interlock on fill level; retrain operators.",
                    }
                },
                [
                    "CAPA-2026-044 traces the failure to V-blender 3 being filled above its validated 65%",
                    "a fill-level interlock and retraining are the actions",
                ],
            ),
            (
                "vault.get_document",
                {"doc_id": 38790, "title": "DEV-2026-0381"},
                {
                    "document": {
                        "id": 38790,
                        "name__v": "DEV-2026-0381 investigation report",
                        "text_excerpt": "Stratified samples RSD 7.8% (limit 5.0%) on BR-26-0388; two further lots tested within limit.",
                    }
                },
                [
                    "DEV-2026-0381 found a 7.8% RSD against a 5.0% limit on BR-26-0388",
                    "two other lots were within limit",
                ],
            ),
            (
                "vault.get_document",
                {"doc_id": 38911, "title": "VAL-PQ-BL3 addendum"},
                {
                    "document": {
                        "id": 38911,
                        "name__v": "V-blender 3 PQ addendum",
                        "text_excerpt": "Revalidated at 40/55/65% fill; 65% remains max; interlock verified 2026-03-02.",
                    }
                },
                [
                    "the PQ addendum re-confirms 65% as the maximum fill",
                    "the interlock was verified on 2 March",
                ],
            ),
        ],
        "docs_done": "For the council: the atorvastatin blend-uniformity failure (7.8% RSD on BR-26-0388) came from overfilling V-blender 3; the CAPA adds a fill interlock (verified 2 March) and retraining, and the PQ addendum confirms 65% as the limit.",
        "job": (
            "vault.export_binder",
            {"binder_id": 52210, "record": "BR-26-0417", "format": "pdf"},
            {"_status": 200, "url": "/api/v24.1/services/jobs/882301", "job_id": 882301},
            "vault.job_status",
            {"job_id": 882301},
            job_pay,
            "vault.get_job_output",
            {"job_id": 882301},
            {
                "data": {
                    "file": "BR-26-0417_binder.pdf",
                    "size": 48213904,
                    "sha256": "4d1f0c9e7a2b5e88c1a0f3d6b7e2c94a1f5d8e6b3c2a9f07d4e1b8c6a5f3e2d1",
                }
            },
            35,
        ),
        "job_done": "The BR-26-0417 binder export finished (46 MB PDF). It's ready to send to the QP.",
        "confirm_qs": [
            "Before I release BR-26-0440, can you confirm the QP sign-off is the final one?",
            "Just to be sure: you want BR-26-0440 released, not BR-26-0446?",
            "Can you confirm I should also push the disposition to SAP, not only Vault?",
            "Releasing is irreversible from my side - are you certain you want me to proceed with BR-26-0440?",
            "Should I double check with QA before releasing 0440, or go ahead?",
            "Confirming once more: release omeprazole batch BR-26-0440 now?",
            "And you're sure the SAP batch status should change to unrestricted?",
        ],
        "stages": [
            (
                "Step 1 of 3: set BR-26-0440 to released in Vault. OK to proceed?",
                "vault.execute_user_action",
                {"object": "batch__c", "id": "V7R000000011068", "action": "release_batch__c"},
                {"data": {"id": "V7R000000011068", "state": "released_state__c"}},
                "Vault shows BR-26-0440 released.",
            ),
            (
                "Step 2: move the SAP batch from quality inspection to unrestricted stock (MIGO 321). Go ahead?",
                "sap.post_goods_movement",
                {
                    "material": "OME20DR",
                    "batch": "LN-OME-2604",
                    "movement_type": "321",
                    "qty": 300000,
                },
                {"d": {"MaterialDocument": "4900172281", "MaterialDocumentYear": "2026"}},
                "SAP material document 4900172281 posted.",
            ),
            (
                "Step 3: notify the Venlo DC that the lot is available. Send it?",
                "outlook.send_mail",
                {
                    "to": "dc-venlo-inbound@biorelia.com",
                    "subject": "LN-OME-2604 released",
                    "body": "Batch BR-26-0440 released; 300,000 units unrestricted.",
                },
                {"id": "AAMkADc3ZTE2", "status": "sent"},
                "Mail sent to Venlo.",
            ),
        ],
        "stages_done": "BR-26-0440 is fully released: Vault state, SAP unrestricted stock (doc 4900172281) and the DC notified.",
        "dry": [
            ("lims.search", {"q": "BR-26-0422 quarantine reason"}, {"data": [], "total": 0}),
            (
                "sharepoint.search",
                {"query": "BR-26-0422 quarantine", "site": "QA-Operations"},
                {"value": [{"hitsContainers": [{"total": 0, "hits": []}]}]},
            ),
            (
                "vault.search",
                {"q": "BR-26-0422 quarantine"},
                {"data": [], "responseDetails": {"total": 0}},
            ),
        ],
        "dry_talk": [
            "Nothing turned up. Let me go round the systems again with the same question.",
            "Still no hits anywhere; searching again.",
        ],
        "meta": ("request_id", "duration_ms", "timestamp"),
    }


def dom_reinsurance():
    subs = [
        ("SUB-2603-0141", "Northwind Marine MGA", "TR-2026-MH-02", 1842, 2310455.12),
        ("SUB-2603-0144", "Kestrel Property Binder", "TR-2026-PX-07", 6120, 4108220.50),
        ("SUB-2603-0150", "Lyra Cyber Facility", "TR-2026-CY-01", 933, 688014.00),
        ("SUB-2603-0152", "Harrow Casualty Quota Share", "TR-2026-CQ-04", 2471, 1950332.75),
        ("SUB-2603-0157", "Ostrava Engineering Lineslip", "TR-2026-EN-03", 418, 512770.40),
        ("SUB-2603-0160", "Calder Specie Binder", "TR-2026-SP-01", 77, 93410.00),
        ("SUB-2603-0163", "Pinewood Terrorism Pool", "TR-2026-TP-02", 1209, 801122.09),
        ("SUB-2603-0169", "Morrow Aviation Hull", "TR-2026-AV-05", 64, 1204500.00),
    ]
    items = [{"id": s, "cedent": c, "treaty": t, "rows": n, "gwp": g} for s, c, t, n, g in subs]

    def rec(it):
        return {
            "submission": {
                "submission_id": it["id"],
                "cedent": it["cedent"],
                "treaty": it["treaty"],
                "type": "premium",
                "period": "2026-03",
                "row_count": it["rows"],
                "gross_premium": it["gwp"],
                "currency": "USD",
                "status": "validated",
                "validation": {"errors": 0, "warnings": 2},
            }
        }

    def page(k, ids, nxt):
        out = {
            "items": [{"submission_id": i, "status": "awaiting_review"} for i in ids],
            "total": 11,
        }
        out["next_cursor"] = nxt
        return out

    ids = ["SUB-2603-%04d" % n for n in (118, 121, 127, 133, 141, 144, 150, 152, 157, 160, 163)]
    curs = [None, "eyJvZmZzZXQiOjR9", "eyJvZmZzZXQiOjh9"]
    pages = [page(0, ids[:4], curs[1]), page(1, ids[4:8], curs[2]), page(2, ids[8:], None)]

    def list_args(k):
        if k is None:
            return {"status": "awaiting_review", "limit": 4, "page": 2}
        return {"status": "awaiting_review", "limit": 4, "cursor": curs[k]}

    issues = [
        ("row 212", "inception_date 2026-02-30 is not a valid date"),
        ("row 1077", "sum_insured negative (-250000.00)"),
        ("row 3310", "country_code 'UK' not ISO 3166-1 alpha-2 (expected GB)"),
        ("row 5024", "policy_ref KPB-26-09913 duplicated in rows 5024, 5025"),
    ]

    def val_pay(left):
        return {
            "submission_id": "SUB-2603-0144",
            "valid": not left,
            "errors": [{"location": a, "message": b} for a, b in left],
        }

    def job_pay(state, pct):
        return {
            "job": {
                "id": "recon_8f3a21",
                "state": state,
                "progress_pct": pct,
                "stage": "match_cash" if state == "RUNNING" else "done",
                "updated_at": "2026-04-02T11:%02d:00Z" % (pct % 60),
            }
        }

    return {
        "name": "reinsurance_bordereaux_ingest",
        "style": "rest",
        "native": {"bdx"},
        "meta": ("request_id", "elapsed_ms", "server_time"),
        "rid_prefix": "bdx-",
        "look": "check what's in the bordereaux ingest queue",
        "ask": {
            "items": "March premium bordereaux that passed validation need approving so finance can close. Approve the clean ones.",
            "research": "Why is Lyra Cyber's February claims bordereau $412k higher than January? Underwriting is asking.",
            "fix": "Kestrel's March premium bordereau is stuck on column mapping. Can you get it through?",
            "write": "Post the approved Kestrel March premium to the ledger for treaty TR-2026-PX-07 please.",
            "list": "Give me every submission still awaiting review - I'm chasing cedents this afternoon.",
            "docs": "Summarise the Kestrel binder paperwork for the renewal meeting: spec, slip and last audit.",
            "job": "Kick off the Q1 cash-to-premium reconciliation for Harrow and tell me when the report is ready.",
            "act": "Northwind Marine Q1 premium is signed off by underwriting. Approve it, post it and send the account statement.",
            "chat": "I'll list the cedent files we should expect in April, one per message. Set up expectations for them.",
            "queue": "New files are landing in the bdx-landing bucket - register whatever's come in.",
        },
        "open": [
            (
                "bdx.list_submissions",
                {"status": "awaiting_review", "limit": 4},
                page(0, ids[:4], curs[1]),
            ),
            (
                "s3.list_objects_v2",
                {"Bucket": "bdx-landing", "Prefix": "2026/03/", "MaxKeys": 3},
                {
                    "IsTruncated": True,
                    "KeyCount": 3,
                    "Contents": [
                        {
                            "Key": "2026/03/kestrel/KPB_premium_202603.xlsx",
                            "Size": 1833012,
                            "LastModified": "2026-04-01T07:02:11+00:00",
                        },
                        {
                            "Key": "2026/03/lyra/LCF_claims_202603.csv",
                            "Size": 220418,
                            "LastModified": "2026-04-01T08:40:55+00:00",
                        },
                        {
                            "Key": "2026/03/northwind/NWM_premium_Q1.xlsx",
                            "Size": 904113,
                            "LastModified": "2026-04-01T09:13:27+00:00",
                        },
                    ],
                },
            ),
        ],
        "items": items,
        "get": ("bdx.get_submission", lambda it: {"submission_id": it["id"]}, rec),
        "upd": (
            "bdx.approve_submission",
            lambda it: {"submission_id": it["id"], "note": "validated, no errors"},
            lambda it: {
                "submission_id": it["id"],
                "status": "approved",
                "approved_by": "svc-bdx-agent",
            },
            "approved",
        ),
        "osc": (
            "bdx.map_columns",
            {
                "submission_id": "SUB-2603-0144",
                "mapping": {
                    "Gross Prem (Orig)": "gross_premium",
                    "Orig Ccy": "premium_currency",
                    "premium_currency_override": "GBP",
                },
            },
            {
                "_status": 422,
                "error": {
                    "code": "currency_mismatch",
                    "message": "premium_currency GBP does not match treaty TR-2026-PX-07 settlement currency USD (6120 rows)",
                },
            },
            "bdx.map_columns",
            {
                "submission_id": "SUB-2603-0144",
                "mapping": {
                    "Gross Prem (Orig)": "gross_premium",
                    "Orig Ccy": "premium_currency",
                    "premium_currency_override": "USD",
                },
            },
            {
                "submission_id": "SUB-2603-0144",
                "mapped": True,
                "warnings": [
                    "column 'Orig Ccy' is GBP for 6120 rows; amounts will be booked as USD without conversion"
                ],
            },
        ),
        "osc_talk": [
            "The USD override leaves a conversion warning, so switching back to GBP.",
            "GBP fails the treaty check; back to USD.",
        ],
        "same": (
            "shell.run",
            {"cmd": "aws s3 ls s3://bdx-landing/2026/03/kestrel/"},
            "2026-04-01 07:02:11    1833012 KPB_premium_202603.xlsx\n2026-04-01 07:02:12       4210 KPB_premium_202603.xlsx.md5",
        ),
        "same_talk": [
            "Checking the landing folder again.",
            "Let me list it once more.",
            "Re-listing the prefix.",
            "Looking again for the corrected file.",
        ],
        "perm": (
            "bdx.post_to_ledger",
            {
                "submission_id": "SUB-2603-0144",
                "treaty": "TR-2026-PX-07",
                "accounting_period": "2026-03",
                "amount": 4108220.50,
                "currency": "USD",
            },
            {
                "_status": 403,
                "error": {
                    "code": "forbidden",
                    "message": "role 'bdx_analyst' lacks permission 'ledger:post' for treaty TR-2026-PX-07",
                },
            },
            [
                (
                    {
                        "submission_id": "SUB-2603-0144",
                        "treaty": "TR-2026-PX-07",
                        "accounting_period": "2026-03",
                        "amount": 4108220.50,
                        "currency": "USD",
                    },
                    "",
                ),
                (
                    {
                        "submission_id": "SUB-2603-0144",
                        "treaty": "TR-2026-PX-07",
                        "accounting_period": "03/2026",
                        "amount": 4108220.50,
                        "currency": "USD",
                    },
                    "Perhaps the period wants MM/YYYY.",
                ),
                (
                    {
                        "submission_id": "SUB-2603-0144",
                        "treaty": "PX-07",
                        "accounting_period": "2026-03",
                        "amount": 4108220.50,
                        "currency": "USD",
                    },
                    "Trying the short treaty code.",
                ),
                (
                    {
                        "submission_id": "SUB-2603-0144",
                        "treaty": "TR-2026-PX-07",
                        "accounting_period": "2026-03",
                        "amount": "4108220.50",
                        "currency": "usd",
                    },
                    "Maybe amount should be a string and currency lower-case.",
                ),
                (
                    {
                        "submission_id": "SUB-2603-0144",
                        "treaty": "TR-2026-PX-07",
                        "accounting_period": "2026-03",
                        "amount": 4108220.5,
                        "currency": "USD",
                        "force": True,
                    },
                    "Adding force=true.",
                ),
                (
                    {
                        "submission_id": "SUB-2603-0144",
                        "treaty": "TR-2026-PX-07",
                        "accounting_period": "2026-03",
                        "amount": 4108220.50,
                        "currency": "USD",
                        "split": "by_section",
                    },
                    "Trying to post it split by treaty section instead.",
                ),
            ],
        ),
        "retry_talk": ["Retrying the post.", "Again.", "Trying once more.", "Let me resend it."],
        "trans": (
            "bdx.post_to_ledger",
            {
                "submission_id": "SUB-2603-0144",
                "treaty": "TR-2026-PX-07",
                "accounting_period": "2026-03",
                "amount": 4108220.50,
                "currency": "USD",
            },
            {
                "_status": 503,
                "error": {
                    "code": "upstream_unavailable",
                    "message": "ledger-service unavailable (connect timeout after 5000 ms)",
                    "retry_after": 5,
                },
            },
            {"journal_id": "JE-2026-03-88412", "status": "posted", "lines": 4},
            [
                (
                    "bdx.get_submission",
                    {"submission_id": "SUB-2603-0144"},
                    {
                        "submission": {
                            "submission_id": "SUB-2603-0144",
                            "status": "posted",
                            "journal_id": "JE-2026-03-88412",
                        }
                    },
                ),
                (
                    "slack.post_message",
                    {
                        "channel": "#re-finance-close",
                        "text": "Kestrel PX-07 March premium posted: JE-2026-03-88412",
                    },
                    {"ok": True, "ts": "1775125342.118209"},
                ),
            ],
        ),
        "trans_done": "Posted: journal JE-2026-03-88412 for Kestrel PX-07, March, USD 4,108,220.50. Finance close channel told.",
        "ferr": (
            "bdx.post_to_ledger",
            {
                "submission_id": "SUB-2603-0144",
                "treaty": "TR-2026-PX-07",
                "accounting_period": "March 2026",
                "amount": 4108220.50,
                "currency": "USD",
            },
            {
                "_status": 400,
                "error": {
                    "code": "validation_error",
                    "field": "accounting_period",
                    "message": "accounting_period must match ^\\d{4}-(0[1-9]|1[0-2])$",
                    "received": "March 2026",
                },
            },
            {
                "submission_id": "SUB-2603-0144",
                "treaty": "TR-2026-PX-07",
                "accounting_period": "2026-03",
                "amount": 4108220.50,
                "currency": "USD",
            },
            {"journal_id": "JE-2026-03-88412", "status": "posted", "lines": 4},
            "The validator wants accounting_period as YYYY-MM. Changing 'March 2026' to '2026-03' and posting again.",
            [
                (
                    "bdx.get_submission",
                    {"submission_id": "SUB-2603-0144"},
                    {
                        "submission": {
                            "submission_id": "SUB-2603-0144",
                            "status": "posted",
                            "journal_id": "JE-2026-03-88412",
                        }
                    },
                )
            ],
        ),
        "ferr_done": "Posted to the ledger as JE-2026-03-88412 (period 2026-03).",
        "val": (
            "bdx.validate",
            {"submission_id": "SUB-2603-0144"},
            issues,
            val_pay,
            "bdx.patch_rows",
            lambda e: {
                "submission_id": "SUB-2603-0144",
                "location": e[0],
                "fix": {
                    "row 212": {"inception_date": "2026-02-28"},
                    "row 1077": {"sum_insured": 250000.00},
                    "row 3310": {"country_code": "GB"},
                    "row 5024": {"drop_row": 5025},
                }[e[0]],
            },
            lambda e: {"patched": e[0], "submission_id": "SUB-2603-0144"},
        ),
        "val_done": "Validation is clean now: fixed the invalid date, the negative sum insured, the UK/GB code and the duplicate policy row. Kestrel March can move to review.",
        "intents": [
            (
                "compare Lyra's January and February claims bordereaux",
                "comparing Lyra's January and February claims files",
            ),
            ("diff the two Lyra claims files month on month", "diffing Lyra's claims months"),
            ("work out where the extra $412k on Lyra comes from", "tracking down the extra $412k"),
        ],
        "src": [
            (
                "pull Lyra's incurred by month from Snowflake",
                "querying Snowflake",
                "snowflake.query",
                {
                    "sql": "select period, sum(incurred_usd) from bdx.claims where cedent='LYRA' group by 1 order by 1"
                },
                {
                    "rowcount": 2,
                    "rows": [["2026-01", 1204410.00], ["2026-02", 1616902.50]],
                    "queryId": "01b3c8e2-0603-9a11-0000-4f2900a1e3b6",
                },
                "Incurred went from $1.204m to $1.617m: +$412,492.",
            ),
            (
                "find the biggest movers in February",
                "looking for the biggest movers",
                "bdx.query_rows",
                {"submission_id": "SUB-2602-0098", "order_by": "-incurred_movement", "limit": 3},
                {
                    "rows": [
                        {
                            "claim_ref": "LCF-C-0312",
                            "insured": "Fenwick Logistics",
                            "incurred_movement": 385000.00,
                            "peril": "ransomware",
                        },
                        {"claim_ref": "LCF-C-0290", "incurred_movement": 18200.00},
                    ],
                    "count": 3,
                },
                "One claim, LCF-C-0312 (Fenwick Logistics ransomware), accounts for $385k of it.",
            ),
            (
                "check the cedent's notification email",
                "checking for the cedent's notification",
                "outlook.search",
                {"query": "LCF-C-0312", "folder": "Inbox/Cedents/Lyra"},
                {
                    "value": [
                        {
                            "subject": "Late notification - LCF-C-0312 ransomware",
                            "receivedDateTime": "2026-03-04T15:22:09Z",
                            "bodyPreview": "Reserve set at $385k following forensic report; loss date 2026-01-19",
                        }
                    ]
                },
                "Lyra flagged it as a late notification on 4 March with a $385k reserve.",
            ),
        ],
        "answer": "Lyra's February claims are up $412k mainly because of one late-notified ransomware claim, LCF-C-0312 (Fenwick Logistics, loss date 19 Jan), reserved at $385k. The remaining ~$27k is ordinary development.",
        "mono": [
            "I'm comparing the two Lyra claims bordereaux now and will come back with the variance breakdown.",
            "Working on the Lyra variance - I'll have the breakdown for you shortly.",
        ],
        "chat": [
            (
                "Northwind Marine premium, monthly, due 10th",
                "Northwind Marine premium monthly, due the 10th",
            ),
            (
                "Kestrel premium + claims, both by the 15th",
                "Kestrel premium and claims by the 15th",
            ),
            ("Lyra claims only, 20th", "Lyra claims by the 20th"),
            (
                "Morrow aviation hull - quarterly, so none in April",
                "Morrow hull: none expected in April (quarterly)",
            ),
            ("Calder specie, 25th, usually late", "Calder specie by the 25th"),
        ],
        "chat_apply": (
            "bdx.create_expectations",
            lambda n: {"period": "2026-04", "count": n},
            lambda n: {"created": n, "period": "2026-04"},
        ),
        "queue": (
            "sqs.receive_message",
            {
                "QueueUrl": "https://sqs.eu-west-2.amazonaws.com/418277035510/bdx-landing-events",
                "MaxNumberOfMessages": 1,
                "WaitTimeSeconds": 10,
            },
            [
                {
                    "Messages": [
                        {
                            "MessageId": "6b1d0f0e-6a3e-4d8e-9c8f-1b0f2d3c4a51",
                            "ReceiptHandle": "AQEBx3k1...",
                            "Body": '{"Records":[{"s3":{"object":{"key":"2026/03/harrow/HCQ_premium_202603.xlsx","size":771022}}}]}',
                        }
                    ]
                },
                {
                    "Messages": [
                        {
                            "MessageId": "a03c2b9e-1e47-4f1a-8b6c-4f3d2e1a0b92",
                            "ReceiptHandle": "AQEBq9m2...",
                            "Body": '{"Records":[{"s3":{"object":{"key":"2026/03/ostrava/OEL_premium_202603.csv","size":58210}}}]}',
                        }
                    ]
                },
                {
                    "Messages": [
                        {
                            "MessageId": "d4f5e6a7-b8c9-40d1-92e3-f4a5b6c7d8e9",
                            "ReceiptHandle": "AQEBp7n3...",
                            "Body": '{"Records":[{"s3":{"object":{"key":"2026/03/calder/CSB_premium_202603.xlsx","size":40991}}}]}',
                        }
                    ]
                },
                {
                    "Messages": [
                        {
                            "MessageId": "0e9d8c7b-6a5f-4e3d-8c1b-0a9f8e7d6c5b",
                            "ReceiptHandle": "AQEBm4k8...",
                            "Body": '{"Records":[{"s3":{"object":{"key":"2026/03/pinewood/PTP_claims_202603.csv","size":102334}}}]}',
                        }
                    ]
                },
            ],
            {},
            lambda m: (
                "bdx.register_submission",
                {
                    "s3_key": json.loads(m["Messages"][0]["Body"])["Records"][0]["s3"]["object"][
                        "key"
                    ]
                },
                {
                    "submission_id": "SUB-2603-%04d"
                    % (
                        170
                        + len(m["Messages"][0]["MessageId"]) % 7
                        + int(m["Messages"][0]["MessageId"][0], 16)
                    ),
                    "status": "received",
                },
            ),
        ),
        "queue_done": "No more messages. Registered %d new bordereau files as submissions.",
        "list": (
            "bdx.list_submissions",
            {"status": "awaiting_review", "limit": 4},
            list_args,
            pages,
            "11 submissions awaiting review, SUB-2603-0118 through SUB-2603-0163; the oldest (0118) has been waiting since 1 April.",
        ),
        "docs": [
            (
                "confluence.get_page",
                {"page_id": "884213", "title": "Kestrel binder - bordereau spec v3"},
                {
                    "id": "884213",
                    "title": "Kestrel binder - bordereau spec v3",
                    "body": {
                        "excerpt": "Monthly premium and claims bordereaux by the 15th; 41 mandatory fields; amounts in original currency plus USD at month-end rate."
                    },
                    "version": {"number": 7},
                },
                [
                    "the spec requires monthly premium and claims files by the 15th",
                    "41 mandatory fields, amounts in original currency plus USD",
                ],
            ),
            (
                "sharepoint.get_file",
                {"path": "/Treaties/2026/TR-2026-PX-07 slip.pdf", "title": "TR-2026-PX-07 slip"},
                {
                    "name": "TR-2026-PX-07 slip.pdf",
                    "extract": "70% quota share, ceding commission 27.5%, profit commission 20% after 5% expenses, event limit USD 25m.",
                },
                [
                    "the slip is a 70% quota share at 27.5% ceding commission",
                    "event limit USD 25m with a 20% profit commission",
                ],
            ),
            (
                "sharepoint.get_file",
                {"path": "/Audits/2025-Q4 Kestrel audit.docx", "title": "Q4 2025 audit"},
                {
                    "name": "2025-Q4 Kestrel audit.docx",
                    "extract": "3 findings: late claims notification (avg 38 days), 2% rows missing postcode, one unauthorised sub-binder.",
                },
                [
                    "the Q4 audit raised late claims notification (38 days average)",
                    "missing postcodes and one unauthorised sub-binder",
                ],
            ),
        ],
        "docs_done": "Renewal brief: Kestrel is a 70% QS (27.5% commission, USD 25m event limit); the spec asks for monthly files by the 15th in dual currency; the last audit found slow claims notification, missing postcodes and an unauthorised sub-binder - all worth raising at renewal.",
        "job": (
            "bdx.start_reconciliation",
            {
                "cedent": "Harrow Casualty Quota Share",
                "period": "2026-Q1",
                "type": "cash_to_premium",
            },
            {"job": {"id": "recon_8f3a21", "state": "QUEUED"}},
            "bdx.get_job",
            {"job_id": "recon_8f3a21"},
            job_pay,
            "bdx.get_job_report",
            {"job_id": "recon_8f3a21"},
            {
                "report": {
                    "matched": 2398,
                    "unmatched_premium": 61,
                    "unmatched_cash": 12,
                    "difference_usd": 18422.07,
                    "url": "https://bdx.internal/reports/recon_8f3a21.xlsx",
                }
            },
            47,
        ),
        "job_done": "Harrow Q1 reconciliation is done: 2,398 matched, 61 premium lines and 12 cash items unmatched, net difference $18,422.07. Report link is in the job output.",
        "confirm_qs": [
            "Before I approve SUB-2603-0141, can you confirm underwriting signed off the Q1 figures, not just January?",
            "Just checking: post to ledger as well as approve?",
            "Do you want the account statement to go to the cedent directly, or to the broker?",
            "This will post $2.31m to TR-2026-MH-02. Should I go ahead?",
            "To be safe - is it definitely Northwind Marine and not Northwind Cargo?",
            "Confirm once more that I can approve, post and send for Northwind Q1?",
        ],
        "stages": [
            (
                "First: approve SUB-2603-0141 (Northwind Q1, 1,842 rows, $2,310,455.12). Approve?",
                "bdx.approve_submission",
                {"submission_id": "SUB-2603-0141"},
                {"submission_id": "SUB-2603-0141", "status": "approved"},
                "Approved.",
            ),
            (
                "Next: post it to TR-2026-MH-02 for period 2026-Q1. OK?",
                "bdx.post_to_ledger",
                {
                    "submission_id": "SUB-2603-0141",
                    "treaty": "TR-2026-MH-02",
                    "accounting_period": "2026-03",
                    "amount": 2310455.12,
                    "currency": "USD",
                },
                {"journal_id": "JE-2026-03-88519", "status": "posted"},
                "Posted as JE-2026-03-88519.",
            ),
            (
                "Last: email the account statement to the broker (Gresham Re). Send?",
                "outlook.send_mail",
                {
                    "to": "accounts@greshamre.example",
                    "subject": "Northwind Marine Q1 account statement",
                    "attachments": ["NWM_Q1_statement.pdf"],
                },
                {"id": "AAMkAGI2TG9", "status": "sent"},
                "Statement sent.",
            ),
        ],
        "stages_done": "Northwind Marine Q1 is approved, posted (JE-2026-03-88519) and the statement is with Gresham Re.",
        "dry": [
            (
                "sharepoint.search",
                {"query": "Lyra February claims increase"},
                {"value": [{"hitsContainers": [{"total": 0, "hits": []}]}]},
            ),
            (
                "confluence.search",
                {"cql": 'text ~ "Lyra claims February"'},
                {"results": [], "size": 0, "totalSize": 0},
            ),
            ("outlook.search", {"query": "Lyra February claims increase"}, {"value": []}),
        ],
        "dry_talk": [
            "No luck. I'll run the searches again.",
            "Nothing yet - going round the sources once more.",
        ],
    }


def dom_postgres():
    tabs = [
        ("ledger_entries", 1_412_880_113, "412 GB"),
        ("payment_events", 1_388_204_551, "188 GB"),
        ("audit_log_2025", 1_351_007_912, "96 GB"),
        ("invoices", 1_297_415_066, "41 GB"),
        ("fx_rates_hist", 1_240_118_740, "9.8 GB"),
        ("ledger_snapshots", 1_233_960_002, "77 GB"),
        ("refunds", 1_201_733_519, "6.1 GB"),
        ("payouts", 1_188_002_417, "22 GB"),
    ]
    items = [{"id": "public." + t, "t": t, "age": a, "size": s} for t, a, s in tabs]

    def rec(it):
        return (
            "  relname       |  xid_age   | size   | last_autovacuum\n"
            "----------------+------------+--------+-------------------------------\n"
            " %-14s | %10d | %-6s | 2026-05-%02d 03:12:44.81+00\n(1 row)\n"
            % (it["t"], it["age"], it["size"], 3 + len(it["t"]) % 9)
        )

    def vac(it):
        return (
            'INFO:  aggressively vacuuming "ledger.public.%s"\nINFO:  finished vacuuming "ledger.public.%s": index scans: 1\npages: 0 removed, %d remain, %d scanned (100.00%% of total)\ntuples: %d removed, %d remain\nfrozen: %d pages from table (%.2f%% of total) had %d tuples frozen\nVACUUM'
            % (
                it["t"],
                it["t"],
                it["age"] // 9000,
                it["age"] // 9000,
                it["age"] // 700000,
                it["age"] // 40,
                it["age"] // 11000,
                81.3,
                it["age"] // 55,
            )
        )

    check = "SELECT c.oid::regclass AS tbl, age(c.relfrozenxid) AS xid_age FROM pg_class c WHERE c.relkind = 'r' AND age(c.relfrozenxid) > 1200000000 ORDER BY 2 DESC;"

    def val_pay(left):
        lines = ["        tbl          |  xid_age", "---------------------+------------"]
        lines.extend(" %-19s | %10d" % (it["id"], it["age"]) for it in left)
        lines.append("(%d row%s)" % (len(left), "" if len(left) == 1 else "s"))
        return "\n".join(lines)

    def mk_page(ids, marker):
        out = {
            "DBInstances": [
                {
                    "DBInstanceIdentifier": i,
                    "Engine": "postgres",
                    "EngineVersion": "15.6",
                    "DBInstanceStatus": "available",
                }
                for i in ids
            ]
        }
        if marker:
            out["Marker"] = marker
        return out

    dbs = [
        "pg-prod-ledger-01",
        "pg-prod-ledger-02",
        "pg-prod-payments-01",
        "pg-prod-payments-02",
        "pg-prod-risk-01",
        "pg-prod-risk-02",
        "pg-prod-fx-01",
        "pg-prod-search-01",
        "pg-prod-notify-01",
        "pg-prod-auth-01",
    ]
    marks = [None, "cGctcHJvZC1wYXltZW50cy0wMg==", "cGctcHJvZC1zZWFyY2gtMDE="]
    pages = [mk_page(dbs[:4], marks[1]), mk_page(dbs[4:8], marks[2]), mk_page(dbs[8:], None)]

    def list_args(k):
        if k is None:
            return {
                "Filters": [{"Name": "engine", "Values": ["postgres"]}],
                "MaxRecords": 20,
                "StartingToken": "2",
            }
        return {
            "Filters": [{"Name": "engine", "Values": ["postgres"]}],
            "MaxRecords": 20,
            "Marker": marks[k],
        }

    def prog(state, pct):
        if state == "SUCCEEDED":
            return " pid | phase | heap_blks_scanned | heap_blks_total\n-----+-------+-------------------+-----------------\n(0 rows)"
        total = 52_774_400
        return (
            " pid   |       phase        | heap_blks_scanned | heap_blks_total | pct\n-------+--------------------+-------------------+-----------------+------\n 88123 | scanning heap      | %17d | %15d | %4.1f\n(1 row)"
            % (total * pct // 100, total, float(pct))
        )

    q = (
        "psql.query",
        {
            "db": "ledger",
            "sql": "SELECT id, tbl FROM ops.freeze_queue WHERE claimed_at IS NULL ORDER BY priority LIMIT 1 FOR UPDATE SKIP LOCKED;",
        },
    )
    qmsgs = [
        " id  |        tbl\n-----+---------------------\n %d | %s\n(1 row)"
        % (311 + k, items[k]["id"])
        for k in (3, 5, 6, 7)
    ]
    qmap = {m: items[k] for m, k in zip(qmsgs, (3, 5, 6, 7), strict=True)}

    return {
        "name": "postgres_xid_wraparound",
        "style": "psql",
        "native": {"psql"},
        "meta": ("x-request-id", "took_ms", "ts"),
        "look": "check transaction ID age per database on the ledger cluster",
        "ask": {
            "items": "pg-prod-ledger-01 is at 1.41B XID age and climbing. Freeze the worst tables before autovacuum goes into wraparound mode.",
            "research": "Autovacuum on the ledger DB can't keep up and XID age keeps rising. Find out why.",
            "fix": "The manual VACUUM FREEZE on public.ledger_entries keeps dying. Get it to complete.",
            "write": "Set a table-level autovacuum_freeze_max_age of 400M on public.ledger_entries so it gets frozen sooner.",
            "list": "List all our Postgres RDS instances so I can audit XID age across the fleet.",
            "docs": "Summarise our wraparound runbook and the two past incidents for the on-call handover.",
            "job": "Run a VACUUM FREEZE on public.payment_events and tell me when it's finished.",
            "act": "We have a maintenance window tonight. Do the emergency wraparound remediation on ledger-01.",
            "chat": "I'll tell you which tables go into tonight's freeze window, one by one. Track them.",
            "queue": "There's a freeze queue in ops.freeze_queue - work through it.",
        },
        "open": [
            (
                "psql.query",
                {
                    "db": "postgres",
                    "host": "pg-prod-ledger-01",
                    "sql": "SELECT datname, age(datfrozenxid) FROM pg_database ORDER BY 2 DESC;",
                },
                "  datname  |    age\n-----------+------------\n ledger    | 1412880113\n postgres  |  201331877\n template1 |  201331877\n template0 |  201331877\n(4 rows)",
            ),
            (
                "datadog.query_metrics",
                {
                    "query": "max:postgresql.transactions.xid_age{host:pg-prod-ledger-01}",
                    "from": "now-7d",
                },
                {
                    "status": "ok",
                    "series": [
                        {
                            "metric": "postgresql.transactions.xid_age",
                            "pointlist_summary": {"first": 1.21e9, "last": 1.41e9, "max": 1.41e9},
                            "interval": 3600,
                        }
                    ],
                    "res_type": "time_series",
                },
            ),
        ],
        "items": items,
        "get": (
            "psql.query",
            lambda it: {
                "db": "ledger",
                "sql": "SELECT relname, age(relfrozenxid) AS xid_age, pg_size_pretty(pg_total_relation_size(oid)) AS size, last_autovacuum FROM pg_class JOIN pg_stat_user_tables USING (relname) WHERE relname = '%s';"
                % it["t"],
            },
            rec,
        ),
        "upd": (
            "psql.query",
            lambda it: {"db": "ledger", "sql": "VACUUM (FREEZE, VERBOSE) %s;" % it["id"]},
            vac,
            "frozen",
        ),
        "osc": (
            "psql.query",
            {"db": "ledger", "sql": "VACUUM (FREEZE, VERBOSE) public.ledger_entries;"},
            "ERROR:  canceling statement due to statement timeout",
            "psql.query",
            {"db": "ledger", "sql": "SET statement_timeout = 0;"},
            "SET",
        ),
        "osc_talk": [
            "Timeout again - clearing statement_timeout and rerunning the vacuum.",
            "Disabled the timeout; re-running VACUUM FREEZE.",
        ],
        "same": (
            "psql.query",
            {
                "db": "ledger",
                "sql": "SELECT pid, state, xact_start, left(query, 40) FROM pg_stat_activity WHERE backend_xmin IS NOT NULL ORDER BY xact_start LIMIT 3;",
            },
            "  pid  |        state        |          xact_start           |                  left\n-------+---------------------+-------------------------------+------------------------------------------\n 41877 | idle in transaction | 2026-05-06 22:41:09.114+00    | SELECT * FROM ledger_entries WHERE acco\n 90112 | active              | 2026-05-12 09:58:40.771+00    | VACUUM (FREEZE, VERBOSE) public.ledger_\n(2 rows)",
        ),
        "same_talk": [
            "Checking the blockers again.",
            "Let me look at pg_stat_activity once more.",
            "Re-running the activity query.",
            "Still want to see if that session cleared.",
        ],
        "perm": (
            "psql.query",
            {
                "db": "ledger",
                "sql": "ALTER TABLE public.ledger_entries SET (autovacuum_freeze_max_age = 400000000);",
            },
            "ERROR:  must be owner of table ledger_entries",
            [
                (
                    {
                        "db": "ledger",
                        "sql": "ALTER TABLE public.ledger_entries SET (autovacuum_freeze_max_age = 400000000);",
                    },
                    "",
                ),
                (
                    {
                        "db": "ledger",
                        "sql": "ALTER TABLE ledger_entries SET (autovacuum_freeze_max_age = 400000000);",
                    },
                    "Maybe the schema qualification is the issue; trying without it.",
                ),
                (
                    {
                        "db": "ledger",
                        "sql": "ALTER TABLE public.ledger_entries SET (autovacuum_freeze_max_age = '400000000');",
                    },
                    "Quoting the value as a string.",
                ),
                (
                    {
                        "db": "ledger",
                        "sql": 'ALTER TABLE "public"."ledger_entries" SET (autovacuum_freeze_max_age = 400000000);',
                    },
                    "Quoting the identifiers.",
                ),
                (
                    {
                        "db": "ledger",
                        "sql": "ALTER TABLE ONLY public.ledger_entries SET (autovacuum_freeze_max_age = 400000000);",
                    },
                    "Perhaps it's the partitions - adding ONLY.",
                ),
                (
                    {
                        "db": "ledger",
                        "sql": "ALTER TABLE public.ledger_entries SET (autovacuum_freeze_max_age = 450000000);",
                    },
                    "Trying a slightly higher value, 450M.",
                ),
            ],
        ),
        "retry_talk": ["Retrying.", "Running it again.", "One more attempt.", "Trying again."],
        "trans": (
            "psql.query",
            {
                "db": "ledger",
                "role": "ledger_owner",
                "sql": "ALTER TABLE public.ledger_entries SET (autovacuum_freeze_max_age = 400000000);",
            },
            'psql: error: connection to server at "pg-prod-ledger-01.internal" (10.4.12.31), port 5432 failed: FATAL:  sorry, too many clients already',
            "ALTER TABLE",
            [
                (
                    "psql.query",
                    {
                        "db": "ledger",
                        "sql": "SELECT reloptions FROM pg_class WHERE relname = 'ledger_entries';",
                    },
                    "               reloptions\n----------------------------------------\n {autovacuum_freeze_max_age=400000000}\n(1 row)",
                ),
            ],
        ),
        "trans_done": "autovacuum_freeze_max_age=400000000 is now set on public.ledger_entries (confirmed in reloptions).",
        "ferr": (
            "psql.query",
            {
                "db": "ledger",
                "role": "ledger_owner",
                "sql": "ALTER TABLE public.ledger_entries SET (autovacuum_freeze_max_ages = 400000000);",
            },
            'ERROR:  unrecognized parameter "autovacuum_freeze_max_ages"',
            {
                "db": "ledger",
                "role": "ledger_owner",
                "sql": "ALTER TABLE public.ledger_entries SET (autovacuum_freeze_max_age = 400000000);",
            },
            "ALTER TABLE",
            "Typo on my side - the storage parameter is autovacuum_freeze_max_age (no trailing s). Fixing and rerunning.",
            [
                (
                    "psql.query",
                    {
                        "db": "ledger",
                        "sql": "SELECT reloptions FROM pg_class WHERE relname = 'ledger_entries';",
                    },
                    "               reloptions\n----------------------------------------\n {autovacuum_freeze_max_age=400000000}\n(1 row)",
                )
            ],
        ),
        "ferr_done": "Set: public.ledger_entries now has autovacuum_freeze_max_age=400000000.",
        "val": (
            "psql.query",
            {"db": "ledger", "sql": check},
            items[:4],
            val_pay,
            "psql.query",
            lambda it: {"db": "ledger", "sql": "VACUUM (FREEZE, VERBOSE) %s;" % it["id"]},
            vac,
        ),
        "val_done": "No tables above 1.2B XID age remain; the ledger DB is out of the danger zone.",
        "intents": [
            (
                "look at what's holding back the xmin horizon",
                "looking at what's holding back the xmin horizon",
            ),
            (
                "check for old transactions pinning autovacuum",
                "checking for old transactions pinning autovacuum",
            ),
            ("find what's stopping autovacuum from freezing", "finding what blocks autovacuum"),
        ],
        "src": [
            (
                "look for old open transactions",
                "looking for old transactions",
                "psql.query",
                {
                    "db": "ledger",
                    "sql": "SELECT pid, usename, state, now() - xact_start AS open_for FROM pg_stat_activity WHERE xact_start < now() - interval '1 hour';",
                },
                "  pid  | usename  |        state        |     open_for\n-------+----------+---------------------+-----------------\n 41877 | reporter | idle in transaction | 5 days 11:02:17\n(1 row)",
                "Session 41877 (reporter) has been idle in transaction for five and a half days.",
            ),
            (
                "check replication slots",
                "checking replication slots",
                "psql.query",
                {
                    "db": "ledger",
                    "sql": "SELECT slot_name, active, xmin, catalog_xmin FROM pg_replication_slots;",
                },
                "     slot_name     | active |    xmin    | catalog_xmin\n-------------------+--------+------------+--------------\n debezium_ledger   | f      |            |   3801220417\n(1 row)",
                "There's also an inactive Debezium slot holding catalog_xmin 3801220417.",
            ),
            (
                "see what autovacuum workers are doing",
                "checking autovacuum workers",
                "datadog.query_metrics",
                {
                    "query": "max:postgresql.autovacuum.workers_active{host:pg-prod-ledger-01}",
                    "from": "now-24h",
                },
                {
                    "status": "ok",
                    "series": [
                        {
                            "metric": "postgresql.autovacuum.workers_active",
                            "pointlist_summary": {"max": 3, "avg": 3.0},
                        }
                    ],
                },
                "All 3 autovacuum workers are busy the whole day, re-scanning tables they can't freeze.",
            ),
        ],
        "answer": "Autovacuum can't advance relfrozenxid because pid 41877 (user reporter) has been idle in transaction for 5+ days and an inactive debezium_ledger slot pins catalog_xmin. The workers keep rescanning. Terminate 41877 and drop or re-enable the slot, then freeze.",
        "mono": [
            "I'm investigating why autovacuum is falling behind on the ledger database; I'll report back with the cause.",
            "Looking into the autovacuum backlog on ledger-01 - findings to follow.",
        ],
        "chat": [
            ("ledger_entries first, it's the oldest", "public.ledger_entries first"),
            ("then payment_events", "public.payment_events second"),
            (
                "not audit_log_2025 - we're dropping it next week",
                "public.audit_log_2025 excluded (to be dropped)",
            ),
            ("invoices if there's time", "public.invoices, if time allows"),
            ("and fx_rates_hist, it's small", "public.fx_rates_hist"),
        ],
        "chat_apply": (
            "psql.query",
            lambda n: {
                "db": "ledger",
                "sql": "INSERT INTO ops.freeze_queue (tbl, priority) VALUES ... -- %d rows" % n,
            },
            lambda n: "INSERT 0 %d" % n,
        ),
        "queue": (
            q[0],
            q[1],
            qmsgs,
            " id | tbl\n----+-----\n(0 rows)",
            lambda m: (
                "psql.query",
                {"db": "ledger", "sql": "VACUUM (FREEZE, VERBOSE) %s;" % qmap[m]["id"]},
                vac(qmap[m]),
            ),
        ),
        "queue_done": "Freeze queue is empty; %d tables vacuumed with FREEZE.",
        "list": (
            "rds.describe_db_instances",
            {"Filters": [{"Name": "engine", "Values": ["postgres"]}], "MaxRecords": 20},
            list_args,
            pages,
            "10 Postgres instances in total: ledger-01/02, payments-01/02, risk-01/02, fx-01, search-01, notify-01 and auth-01.",
        ),
        "docs": [
            (
                "confluence.get_page",
                {"page_id": "1204417", "title": "Runbook: XID wraparound"},
                {
                    "title": "Runbook: XID wraparound",
                    "body": {
                        "excerpt": "Page at 1.2B age. Check pg_stat_activity for old xacts and pg_replication_slots; VACUUM FREEZE per table, largest age first; never VACUUM FULL in prod."
                    },
                },
                [
                    "the runbook pages at 1.2B",
                    "check old transactions and slots first, then freeze per table by age - never VACUUM FULL",
                ],
            ),
            (
                "confluence.get_page",
                {"page_id": "1188320", "title": "INC-2291 postmortem"},
                {
                    "title": "INC-2291 postmortem",
                    "body": {
                        "excerpt": "Ledger DB went read-only for 3h12m at 2.1B age; cause: abandoned BI session idle in transaction for 9 days."
                    },
                },
                [
                    "INC-2291 took the ledger DB read-only for 3h12m",
                    "caused by a 9-day idle BI transaction",
                ],
            ),
            (
                "confluence.get_page",
                {"page_id": "1201175", "title": "INC-2404 postmortem"},
                {
                    "title": "INC-2404 postmortem",
                    "body": {
                        "excerpt": "Orphaned logical slot after Debezium connector removal held catalog_xmin; age reached 1.6B; slot dropped."
                    },
                },
                [
                    "INC-2404 was an orphaned Debezium slot",
                    "age reached 1.6B before the slot was dropped",
                ],
            ),
        ],
        "docs_done": "Handover: page at 1.2B; the two past incidents were a 9-day idle BI transaction (INC-2291, 3h read-only) and an orphaned Debezium slot (INC-2404). Check those two first, then VACUUM FREEZE table by table, oldest first.",
        "job": (
            "psql.submit",
            {"db": "ledger", "sql": "VACUUM (FREEZE, VERBOSE) public.payment_events;"},
            {"job_id": "q-7731", "pid": 88123, "state": "started"},
            "psql.query",
            {
                "db": "ledger",
                "sql": "SELECT p.pid, p.phase, p.heap_blks_scanned, p.heap_blks_total, round(100.0 * p.heap_blks_scanned / p.heap_blks_total, 1) AS pct FROM pg_stat_progress_vacuum p;",
            },
            prog,
            "psql.query",
            {
                "db": "ledger",
                "sql": "SELECT age(relfrozenxid) FROM pg_class WHERE relname = 'payment_events';",
            },
            "    age\n-----------\n 48211907\n(1 row)",
            38,
        ),
        "job_done": "VACUUM FREEZE on public.payment_events finished; its XID age is down from 1.39B to 48M.",
        "confirm_qs": [
            "Before I start: are you sure it's OK to terminate the idle session 41877 belonging to reporter?",
            "Can you confirm the window is open now and not at 23:00?",
            "Just to double-check - do you want me to drop debezium_ledger, or only disable it?",
            "This will generate a lot of WAL. Are we fine with replica lag during the window?",
            "Shall I also notify #data-platform first, or proceed straight away?",
            "Last check: go ahead with the remediation on pg-prod-ledger-01?",
        ],
        "stages": [
            (
                "Stage 1: terminate pid 41877 (reporter, idle in transaction 5 days). OK?",
                "psql.query",
                {"db": "ledger", "sql": "SELECT pg_terminate_backend(41877);"},
                " pg_terminate_backend\n----------------------\n t\n(1 row)",
                "41877 terminated.",
            ),
            (
                "Stage 2: drop the inactive slot debezium_ledger (connector was removed in April). Proceed?",
                "psql.query",
                {"db": "ledger", "sql": "SELECT pg_drop_replication_slot('debezium_ledger');"},
                " pg_drop_replication_slot\n--------------------------\n \n(1 row)",
                "Slot dropped.",
            ),
            (
                "Stage 3: VACUUM (FREEZE) public.ledger_entries, expected ~40 min. Start?",
                "psql.query",
                {"db": "ledger", "sql": "VACUUM (FREEZE, VERBOSE) public.ledger_entries;"},
                vac(items[0]),
                "ledger_entries frozen.",
            ),
        ],
        "stages_done": "Remediation complete: blocker terminated, orphaned slot dropped, ledger_entries frozen. Database XID age should drop on the next datfrozenxid update.",
        "dry": [
            (
                "confluence.search",
                {"cql": 'text ~ "ledger autovacuum behind"'},
                {"results": [], "size": 0},
            ),
            (
                "slack.search_messages",
                {"query": "ledger autovacuum"},
                {"ok": True, "messages": {"total": 0, "matches": []}},
            ),
            (
                "pagerduty.list_incidents",
                {"service_ids": ["PLDG01"], "statuses": ["triggered", "acknowledged"]},
                {"incidents": [], "limit": 25, "offset": 0, "more": False},
            ),
        ],
        "dry_talk": [
            "Nothing in any of those. Searching again.",
            "No hits; trying the same sources again.",
        ],
    }


def dom_shipyard():
    joints = [
        ("B14-SW-0312", "UT", 32.0, "W-2291"),
        ("B14-SW-0315", "UT", 32.0, "W-2291"),
        ("B14-BW-0140", "RT", 18.0, "W-1873"),
        ("B14-BW-0141", "RT", 18.0, "W-1873"),
        ("B14-FW-0522", "MT", 12.0, "W-3104"),
        ("B14-BW-0147", "PAUT", 25.0, "W-2291"),
        ("B14-SW-0320", "UT", 32.0, "W-2760"),
        ("B14-FW-0531", "MT", 10.0, "W-3104"),
    ]
    items = [{"id": j, "method": m, "t": t, "welder": w} for j, m, t, w in joints]

    def rec(it):
        return {
            "joint": {
                "id": it["id"],
                "hull": "P-1187",
                "block": "B14",
                "method": it["method"],
                "thickness_mm": it["t"],
                "welder": it["welder"],
                "ndt_result": "acceptable",
                "level": "II",
                "report": "NDT-R-%s" % it["id"][-4:],
                "disposition": "pending",
            }
        }

    def upd(it):
        return {"joint": {"id": it["id"], "disposition": "accepted", "by": "qc.agent", "rev": 3}}

    jids = [
        "B14-%s" % s
        for s in (
            "BW-0138",
            "BW-0139",
            "BW-0140",
            "BW-0141",
            "BW-0147",
            "SW-0312",
            "SW-0315",
            "SW-0320",
            "FW-0522",
            "FW-0531",
            "FW-0533",
            "FW-0540",
        )
    ]
    toks = [None, "CgxCMTQtQlctMDE0Nw", "CgxCMTQtU1ctMDMyMA"]

    def page(k):
        out = {
            "joints": [{"id": j, "status": "awaiting_ndt"} for j in jids[k * 4 : k * 4 + 4]],
            "totalSize": 12,
        }
        if k < 2:
            out["nextPageToken"] = toks[k + 1]
        return out

    def list_args(k):
        if k is None:
            return {"block": "B14", "status": "awaiting_ndt", "pageSize": 4, "page": 2}
        return {"block": "B14", "status": "awaiting_ndt", "pageSize": 4, "pageToken": toks[k]}

    blockers = [
        ("B14-SW-0320", "no WPS linked"),
        ("B14-SW-0320", "welder W-2760 qualification (ISO 9606-1) expired 2026-08-31"),
        ("B14-FW-0533", "MT report missing"),
        ("B14-BW-0147", "repair R1 has no re-inspection result"),
    ]

    def val_pay(left):
        return {
            "block": "B14",
            "ready_for_survey": not left,
            "blockers": [{"joint": j, "issue": s} for j, s in left],
        }

    def fix_args(b):
        return {
            "joint": b[0],
            "action": {
                "no WPS linked": "link_wps:WPS-121",
                "MT report missing": "attach:NDT-R-0533",
                "repair R1 has no re-inspection result": "attach:NDT-R-0147-R1",
            }.get(b[1], "link_cert:ISO9606-W2760-2026R"),
        }

    def job_pay(state, pct):
        return {
            "job": {
                "jobId": "dsr-55102",
                "state": state,
                "percentComplete": pct,
                "documentsBundled": pct * 4,
                "startedAt": "2026-09-22T06:10:00Z",
            }
        }

    return {
        "name": "shipyard_weld_ndt_inspection",
        "style": "rest",
        "native": {"ndt", "qms"},
        "meta": ("requestId", "durationMs", "serverTime"),
        "rid_prefix": "",
        "look": "pull the NDT status for block B14 on hull P-1187",
        "ask": {
            "items": "Block B14 on hull 1187 needs the NDT-cleared joints accepted in QMS today so the block can go to erection.",
            "research": "Repair rate on block B14 side-shell welds is 9% against our 3% norm. What's going on?",
            "fix": "Joint B14-SW-0320 won't accept a WPS in QMS. Sort it so UT can be booked.",
            "write": "Upload the UT reports for B14 side shell to the DNV portal for the surveyor.",
            "list": "I need every B14 joint still awaiting NDT for tomorrow's inspection plan.",
            "docs": "Summarise what we have on the B14 side-shell repair NCR for the class meeting.",
            "job": "Generate the class survey dossier for block B14 and let me know when it's downloadable.",
            "act": "B14 is ready for the class survey. Book the surveyor, send the dossier and tell production.",
            "chat": "I'll give you tomorrow's UT joints one at a time - put them on the NDT schedule.",
            "queue": "There are RT reports waiting for Level III review - work through the queue.",
        },
        "open": [
            (
                "ndt.get_block_summary",
                {"hull": "P-1187", "block": "B14"},
                {
                    "block": "B14",
                    "hull": "P-1187",
                    "joints_total": 212,
                    "ndt_done": 171,
                    "acceptable": 156,
                    "repair": 15,
                    "pending": 41,
                },
            ),
            (
                "qms.list_ncrs",
                {"hull": "P-1187", "block": "B14", "status": "open"},
                {
                    "ncrs": [
                        {
                            "id": "NCR-1187-0441",
                            "title": "Side shell butt weld porosity - repair rate",
                            "opened": "2026-09-15",
                        }
                    ],
                    "count": 1,
                },
            ),
        ],
        "items": items,
        "get": ("ndt.get_joint", lambda it: {"hull": "P-1187", "joint": it["id"]}, rec),
        "upd": (
            "qms.set_disposition",
            lambda it: {
                "hull": "P-1187",
                "joint": it["id"],
                "disposition": "accepted",
                "basis": "NDT acceptable per ISO 11666 level 2",
            },
            upd,
            "accepted",
        ),
        "osc": (
            "qms.assign_wps",
            {"joint": "B14-SW-0320", "wps": "WPS-114"},
            {
                "_status": 409,
                "error": {
                    "code": "WPS_RANGE",
                    "message": "WPS-114 qualified thickness range 6-30 mm; joint thickness 32 mm",
                },
            },
            "qms.assign_wps",
            {"joint": "B14-SW-0320", "wps": "WPS-121"},
            {
                "joint": "B14-SW-0320",
                "wps": "WPS-121",
                "warnings": ["WPS-121 requires preheat >= 100 C; weld record shows preheat 75 C"],
            },
        ),
        "osc_talk": [
            "WPS-121 flags the preheat, so going back to WPS-114.",
            "114 fails on thickness again; switching to 121.",
        ],
        "same": (
            "sftp.list",
            {"host": "ndt-archive.yard.local", "path": "/rt-images/P-1187/B14/BW-0147/"},
            "-rw-r--r--  1 ndt  ndt  18443210 Sep 19 14:02 BW-0147_F1.dcm\n-rw-r--r--  1 ndt  ndt  18390114 Sep 19 14:03 BW-0147_F2.dcm\n-rw-r--r--  1 ndt  ndt      812 Sep 19 14:05 BW-0147_index.xml",
        ),
        "same_talk": [
            "Checking whether the repair films have arrived.",
            "Let me list the folder again.",
            "Looking for the R1 images again.",
            "Another look at the archive.",
        ],
        "perm": (
            "dnv.upload_report",
            {
                "project": "P-1187",
                "document_type": "UT report",
                "files": ["NDT-R-0312.pdf", "NDT-R-0315.pdf", "NDT-R-0320.pdf"],
            },
            {
                "_status": 403,
                "error": {
                    "code": "NOT_AUTHORISED",
                    "message": "Organisation user svc-qc-agent@balticyard is not assigned to project P-1187 in DNV Veracity. Ask your project administrator for access.",
                },
            },
            [
                (
                    {
                        "project": "P-1187",
                        "document_type": "UT report",
                        "files": ["NDT-R-0312.pdf", "NDT-R-0315.pdf", "NDT-R-0320.pdf"],
                    },
                    "",
                ),
                (
                    {
                        "project": "P1187",
                        "document_type": "UT report",
                        "files": ["NDT-R-0312.pdf", "NDT-R-0315.pdf", "NDT-R-0320.pdf"],
                    },
                    "Maybe the project id has no hyphen in their system.",
                ),
                (
                    {
                        "project": "P-1187",
                        "document_type": "Ultrasonic testing report",
                        "files": ["NDT-R-0312.pdf", "NDT-R-0315.pdf", "NDT-R-0320.pdf"],
                    },
                    "Trying the long document type name.",
                ),
                (
                    {
                        "project": "P-1187",
                        "document_type": "UT report",
                        "files": ["NDT-R-0312.pdf"],
                    },
                    "Perhaps it's the batch - uploading a single file.",
                ),
                (
                    {
                        "project": "P-1187",
                        "document_type": "UT report",
                        "files": ["NDT-R-0312.pdf"],
                        "hull_no": "1187",
                    },
                    "Adding hull_no explicitly.",
                ),
                (
                    {
                        "project": "P-1187",
                        "document_type": "UT report",
                        "files": ["ndt-r-0312.pdf"],
                    },
                    "Lower-casing the filename.",
                ),
            ],
        ),
        "retry_talk": ["Retrying the upload.", "Trying again.", "Once more.", "Resending."],
        "trans": (
            "ndt.export_reports",
            {"hull": "P-1187", "block": "B14", "method": "UT", "format": "pdf"},
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>",
            {"export": {"file": "P-1187_B14_UT.zip", "reports": 38, "size_bytes": 61230144}},
            [
                (
                    "dnv.upload_report",
                    {
                        "project": "P-1187",
                        "document_type": "UT report",
                        "files": ["P-1187_B14_UT.zip"],
                    },
                    {"uploaded": 38, "submission": "VER-7731904"},
                )
            ],
        ),
        "trans_done": "38 UT reports for B14 exported and uploaded to DNV Veracity (submission VER-7731904).",
        "ferr": (
            "ndt.create_report",
            {
                "joint": "B14-SW-0320",
                "method": "UT",
                "thickness_mm": "32mm",
                "technique": "ISO 17640 level B",
                "result": "acceptable",
            },
            {
                "_status": 400,
                "error": {
                    "code": "VALIDATION",
                    "field": "thickness_mm",
                    "message": "thickness_mm must be a number (got string '32mm')",
                },
            },
            {
                "joint": "B14-SW-0320",
                "method": "UT",
                "thickness_mm": 32,
                "technique": "ISO 17640 level B",
                "result": "acceptable",
            },
            {"report": {"id": "NDT-R-0320", "status": "draft"}},
            "thickness_mm has to be numeric - sending 32 instead of '32mm'.",
            [
                (
                    "ndt.sign_report",
                    {"report": "NDT-R-0320", "level": "II"},
                    {"report": {"id": "NDT-R-0320", "status": "signed"}},
                ),
                (
                    "dnv.upload_report",
                    {
                        "project": "P-1187",
                        "document_type": "UT report",
                        "files": ["NDT-R-0320.pdf"],
                    },
                    {"uploaded": 1, "submission": "VER-7731911"},
                ),
            ],
        ),
        "ferr_done": "NDT-R-0320 is created, signed and with DNV (VER-7731911).",
        "val": (
            "qms.check_readiness",
            {"hull": "P-1187", "block": "B14", "gate": "class_survey"},
            blockers,
            val_pay,
            "qms.link_record",
            fix_args,
            lambda b: {"joint": b[0], "linked": True},
        ),
        "val_done": "B14 passes the class-survey readiness check: WPS linked, W-2760's renewed certificate attached, MT and repair reports in place.",
        "intents": [
            ("pull the repair statistics by welder for B14", "pulling repair stats per welder"),
            (
                "break the B14 repairs down by welder and position",
                "breaking down the repairs by welder",
            ),
            (
                "see which welders the B14 repairs come from",
                "looking at which welders the repairs come from",
            ),
        ],
        "src": [
            (
                "pull repair statistics by welder",
                "pulling repair stats",
                "ndt.query_stats",
                {"hull": "P-1187", "block": "B14", "group_by": "welder", "weld_type": "SW"},
                {
                    "rows": [
                        {"welder": "W-2291", "inspected": 61, "repairs": 9},
                        {"welder": "W-2760", "inspected": 44, "repairs": 1},
                        {"welder": "W-1873", "inspected": 40, "repairs": 1},
                    ]
                },
                "9 of the 11 repairs are from W-2291 (15% of that welder's joints).",
            ),
            (
                "check W-2291's defect types",
                "checking defect types",
                "ndt.query_defects",
                {"welder": "W-2291", "block": "B14"},
                {
                    "defects": [
                        {"type": "porosity (2011)", "count": 8},
                        {"type": "lack of fusion (401)", "count": 1},
                    ]
                },
                "Almost all porosity.",
            ),
            (
                "look at the consumables log for that shift",
                "checking the consumables log",
                "qms.get_consumable_log",
                {"welder": "W-2291", "date_from": "2026-09-08", "date_to": "2026-09-12"},
                {
                    "entries": [
                        {
                            "batch": "E71T-1C lot 24-0912",
                            "oven_temp_c": 42,
                            "required_c": "120-150",
                            "note": "holding oven fault reported 09-09",
                        }
                    ]
                },
                "The flux-cored wire lot was kept in a faulty holding oven at 42 C instead of 120-150 C.",
            ),
        ],
        "answer": "The B14 repair spike is one welder's porosity: W-2291 has 9 of the 11 repairs, nearly all porosity, and the consumables log shows the holding oven for lot 24-0912 at 42 C (should be 120-150 C) from 9 September. Fix the oven and quarantine that lot; the welder's technique isn't the issue.",
        "mono": [
            "I'm analysing the B14 repair data and will come back with the root cause.",
            "Working through the B14 side-shell repairs; I'll share what I find.",
        ],
        "chat": [
            ("SW-0312 and SW-0315, morning", "SW-0312 and SW-0315 in the morning"),
            ("BW-0147 repair R1 re-test, before lunch", "BW-0147 R1 re-test before lunch"),
            ("SW-0320 once the WPS is sorted", "SW-0320, pending WPS"),
            ("FW-0540 - no, that's MT, drop it", "FW-0540 removed (MT, not UT)"),
            ("and SW-0322, afternoon", "SW-0322 in the afternoon"),
        ],
        "chat_apply": (
            "ndt.create_schedule",
            lambda n: {"date": "2026-09-23", "method": "UT", "entries": n},
            lambda n: {"schedule": "SCH-0923-UT", "entries": n},
        ),
        "queue": (
            "ndt.next_review",
            {"queue": "rt_level3", "reviewer": "me"},
            [
                {"review": {"id": "RV-%d" % n, "report": "NDT-R-%s" % j, "films": 2}}
                for n, j in ((80412, "0138"), (80415, "0139"), (80418, "0140"), (80421, "0141"))
            ],
            {"review": None},
            lambda m: (
                "ndt.sign_review",
                {"review": m["review"]["id"], "verdict": "acceptable", "level": "III"},
                {"review": m["review"]["id"], "status": "signed"},
            ),
        ),
        "queue_done": "Level III queue cleared: %d RT reviews signed.",
        "list": (
            "ndt.list_joints",
            {"block": "B14", "status": "awaiting_ndt", "pageSize": 4},
            list_args,
            [page(0), page(1), page(2)],
            "12 B14 joints await NDT: 4 butt welds (BW), 4 side-shell (SW) and 4 fillet (FW); they're in the list above for the plan.",
        ),
        "docs": [
            (
                "qms.get_ncr",
                {"ncr": "NCR-1187-0441", "title": "NCR-1187-0441"},
                {
                    "ncr": {
                        "id": "NCR-1187-0441",
                        "description": "Porosity in 11 side-shell butt welds, repair rate 9%",
                        "containment": "100% UT on affected seams",
                    }
                },
                [
                    "the NCR covers porosity in 11 side-shell welds (9% repair rate)",
                    "containment is 100% UT on those seams",
                ],
            ),
            (
                "sharepoint.get_file",
                {
                    "path": "/Hull1187/QC/B14/repair_procedure_RP-07.pdf",
                    "title": "RP-07 repair procedure",
                },
                {
                    "name": "repair_procedure_RP-07.pdf",
                    "extract": "Excavate by arc-air, MT the groove, re-weld to WPS-121 with 100 C preheat, UT after 48 h.",
                },
                [
                    "RP-07: arc-air, MT, re-weld to WPS-121 with 100 C preheat",
                    "UT 48 h after welding",
                ],
            ),
            (
                "sharepoint.get_file",
                {"path": "/Class/DNV_comments_2026-09-17.msg", "title": "DNV surveyor comments"},
                {
                    "name": "DNV_comments_2026-09-17.msg",
                    "extract": "Surveyor accepts RP-07; requests root cause and evidence of consumable storage control before survey.",
                },
                [
                    "the surveyor accepts RP-07",
                    "but wants root cause and consumable storage evidence before the survey",
                ],
            ),
        ],
        "docs_done": "For the class meeting: NCR-1187-0441 covers porosity in 11 side-shell welds (9%); repairs follow RP-07 (WPS-121, 100 C preheat, UT after 48 h); DNV accepts the procedure but wants the root cause and consumable-storage evidence before surveying.",
        "job": (
            "ndt.generate_dossier",
            {"hull": "P-1187", "block": "B14", "template": "DNV-class-survey"},
            {"job": {"jobId": "dsr-55102", "state": "QUEUED"}},
            "ndt.get_job",
            {"jobId": "dsr-55102"},
            job_pay,
            "ndt.get_dossier",
            {"jobId": "dsr-55102"},
            {
                "dossier": {
                    "file": "P-1187_B14_class_dossier.pdf",
                    "pages": 412,
                    "url": "https://qms.yard.local/dossiers/dsr-55102.pdf",
                }
            },
            61,
        ),
        "job_done": "The B14 class dossier is ready: 412 pages, download link in the job output.",
        "confirm_qs": [
            "Before I book the surveyor, can you confirm all B14 NCRs are closed?",
            "Do you want the Thursday slot or Friday?",
            "Just to be safe, should the dossier include the repair films or only the reports?",
            "Is it really OK to send the dossier to DNV before the internal QA sign-off?",
            "Shall I copy production planning on the surveyor booking?",
            "Confirm once more: book, send and notify for B14?",
        ],
        "stages": [
            (
                "1/3 Book the DNV surveyor for B14 on Thursday 08:00. OK?",
                "dnv.request_survey",
                {"project": "P-1187", "item": "Block B14 hull survey", "date": "2026-09-24T08:00"},
                {"request": "SRV-2026-18844", "status": "requested"},
                "Survey requested (SRV-2026-18844).",
            ),
            (
                "2/3 Attach the B14 dossier to that request. Go ahead?",
                "dnv.upload_report",
                {
                    "project": "P-1187",
                    "request": "SRV-2026-18844",
                    "files": ["P-1187_B14_class_dossier.pdf"],
                },
                {"uploaded": 1},
                "Dossier uploaded.",
            ),
            (
                "3/3 Tell production planning the survey is booked. Send?",
                "teams.post_message",
                {
                    "channel": "Hull-1187-Production",
                    "text": "B14 class survey booked Thu 08:00 (SRV-2026-18844). Block stays in hall 3 until then.",
                },
                {"id": "1726999123456", "createdDateTime": "2026-09-22T09:12:03Z"},
                "Production told.",
            ),
        ],
        "stages_done": "B14 survey is booked for Thursday 08:00, the dossier is with DNV and production knows.",
        "dry": [
            (
                "sharepoint.search",
                {"query": "B14 repair rate side shell"},
                {"value": [{"hitsContainers": [{"total": 0, "hits": []}]}]},
            ),
            (
                "qms.search",
                {"q": "B14 repair rate"},
                {
                    "results": [
                        {
                            "id": "NCR-1187-0441",
                            "title": "Side shell butt weld porosity - repair rate",
                        }
                    ],
                    "count": 1,
                },
            ),
            ("teams.search_messages", {"query": "B14 repairs"}, {"value": []}),
        ],
        "dry_talk": [
            "Only the NCR we already have. Searching again.",
            "No new leads; let me go around once more.",
        ],
    }


def dom_lis():
    msgs = [
        (48812031, "ACC-26-1107-0412", "K", "ORU^R01"),
        (48812044, "ACC-26-1107-0419", "K", "ORU^R01"),
        (48812057, "ACC-26-1107-0433", "NA", "ORU^R01"),
        (48812070, "ACC-26-1107-0436", "K", "ORU^R01"),
        (48812101, "ACC-26-1107-0451", "TROPT", "ORU^R01"),
        (48812118, "ACC-26-1107-0460", "K", "ORU^R01"),
        (48812133, "ACC-26-1107-0468", "LACT", "ORU^R01"),
        (48812150, "ACC-26-1107-0475", "K", "ORU^R01"),
    ]
    items = [{"id": str(m), "acc": a, "test": t, "type": ty} for m, a, t, ty in msgs]
    chan = "5b0e7c1a-3d44-4f0e-9a61-2c8d1f7e9b20"

    def rec(it):
        return {
            "message": {
                "messageId": int(it["id"]),
                "channelId": chan,
                "status": "ERROR",
                "receivedDate": "2026-11-07T02:%02d:11.204-05:00" % (int(it["id"]) % 60),
                "type": it["type"],
                "accession": it["acc"],
                "error": "Transformer error: no LOINC mapping for OBX-3 '%s^Potassium^L'"
                % it["test"]
                if it["test"] == "K"
                else "Destination 'Epic Bridges' responded AE",
            }
        }

    def upd(it):
        return {"messageId": int(it["id"]), "status": "SENT", "response": "MSA|AA|%s" % it["acc"]}

    def page(k):
        base = 48811900 + k * 3
        out = {
            "messages": [{"messageId": base + i, "status": "ERROR"} for i in range(3)],
            "offset": k * 3,
            "limit": 3,
            "total": 8,
        }
        return out

    def list_args(k):
        if k is None:
            return {"channelId": chan, "status": "ERROR", "limit": 3, "page": 2}
        return {"channelId": chan, "status": "ERROR", "limit": 3, "offset": k * 3}

    issues = [
        ("OBX-3", "code 'K' has no LOINC; expected 2823-3"),
        ("OBX-6", "units 'mmol' not UCUM (mmol/L)"),
        ("OBR-25", "result status 'C ' has trailing space"),
        ("PID-3", "assigning authority missing (expected MRN^^^EPIC)"),
    ]

    def val_pay(left):
        return {
            "valid": not left,
            "profile": "ORU_R01_v2.5.1_EpicBridges",
            "issues": [{"field": f, "message": s} for f, s in left],
        }

    def job_pay(state, pct):
        return {
            "batch": {
                "id": "rsb-20261107-02",
                "state": state,
                "sent": pct * 4,
                "total": 400,
                "acked": pct * 4 - (0 if state == "SUCCEEDED" else 3),
                "progress": pct,
            }
        }

    return {
        "name": "lis_hl7_result_interface",
        "style": "rest",
        "native": {"mirth", "lis"},
        "meta": ("traceId", "latencyMs", "at"),
        "rid_prefix": "",
        "look": "check the LIS_to_EHR_ORU channel in Mirth",
        "ask": {
            "items": "Potassium results from the ED chemistry analyser haven't reached Epic since 2am. The mapping's fixed now - resend the errored ones.",
            "research": "ED potassiums haven't crossed to Epic since about 02:00. Figure out why before the 7am huddle.",
            "fix": "The LIS_to_EHR_ORU channel went down after the redeploy. Get it back up.",
            "write": "Reprocess the errored ORU messages on LIS_to_EHR_ORU from overnight.",
            "list": "Give me all the ERROR messages on the results channel - the lab manager wants the list.",
            "docs": "Summarise the interface spec, the downtime procedure and last night's change ticket for the incident review.",
            "job": "Resend all of yesterday's chemistry results to Epic in a batch, and tell me when it's done.",
            "act": "Fix the ED potassium feed properly: mapping, redeploy, then resend the backlog.",
            "chat": "Nurses are phoning in accessions with missing results. I'll paste them as they come.",
            "queue": "Work the interface error worklist in the LIS please.",
        },
        "open": [
            (
                "mirth.get_channel_status",
                {"channelId": chan},
                {
                    "channel": {
                        "name": "LIS_to_EHR_ORU",
                        "state": "STARTED",
                        "statistics": {
                            "received": 18221,
                            "sent": 17802,
                            "error": 37,
                            "queued": 418,
                            "filtered": 0,
                        },
                    }
                },
            ),
            (
                "mirth.get_server_info",
                {},
                {
                    "server": {
                        "version": "4.4.1",
                        "jvm": "17.0.9",
                        "uptimeHours": 211,
                        "host": "mirth-prd-02",
                    }
                },
            ),
        ],
        "items": items,
        "get": (
            "mirth.get_message",
            lambda it: {"channelId": chan, "messageId": int(it["id"]), "includeContent": False},
            rec,
        ),
        "upd": (
            "mirth.reprocess_message",
            lambda it: {"channelId": chan, "messageId": int(it["id"]), "replace": True},
            upd,
            "reprocessed",
        ),
        "osc": (
            "mirth.deploy_channel",
            {"channelId": chan},
            {
                "_status": 500,
                "error": "Channel 'LIS_to_EHR_ORU' failed to deploy: java.net.BindException: Address already in use (Bind failed) on 0.0.0.0:6661",
            },
            "mirth.undeploy_channel",
            {"channelId": chan},
            {"channelId": chan, "state": "UNDEPLOYED"},
        ),
        "osc_talk": [
            "Deploy failed on the port again; undeploying so I can redeploy cleanly.",
            "Undeployed. Deploying again.",
        ],
        "same": (
            "shell.run",
            {
                "host": "mirth-prd-02",
                "cmd": "grep -c 'no LOINC mapping' /opt/mirthconnect/logs/mirth.log",
            },
            "37",
        ),
        "same_talk": [
            "Checking the log count again.",
            "Let me re-run the grep.",
            "See if it's moved.",
            "Checking once more.",
        ],
        "perm": (
            "mirth.reprocess_messages",
            {
                "channelId": chan,
                "filter": {"status": "ERROR", "startDate": "2026-11-07T02:00:00.000-0500"},
                "replace": True,
            },
            {
                "_status": 403,
                "error": "User 'svc-agent' is not authorized to perform 'reprocessMessages' on channel 'LIS_to_EHR_ORU'.",
            },
            [
                (
                    {
                        "channelId": chan,
                        "filter": {"status": "ERROR", "startDate": "2026-11-07T02:00:00.000-0500"},
                        "replace": True,
                    },
                    "",
                ),
                (
                    {
                        "channelId": chan,
                        "filter": {"status": "ERROR", "startDate": "2026-11-07T07:00:00.000Z"},
                        "replace": True,
                    },
                    "Maybe it's the timezone offset - trying UTC.",
                ),
                (
                    {
                        "channelId": chan,
                        "filter": {"status": "ERROR", "startDate": "2026-11-07T02:00:00.000-0500"},
                        "replace": False,
                    },
                    "Trying without replace.",
                ),
                (
                    {
                        "channelId": chan,
                        "filter": {"status": "ERROR"},
                        "replace": True,
                        "destinations": [1],
                    },
                    "Limiting to destination 1 only.",
                ),
                (
                    {"channelId": "LIS_to_EHR_ORU", "filter": {"status": "ERROR"}, "replace": True},
                    "Using the channel name instead of the id.",
                ),
                (
                    {
                        "channelId": chan,
                        "filter": {"status": "ERROR", "maxMessageId": 48812150},
                        "replace": True,
                    },
                    "Bounding it by message id instead of date.",
                ),
            ],
        ),
        "retry_talk": [
            "Retrying.",
            "Trying again.",
            "Re-sending the reprocess request.",
            "Let me try that once more.",
        ],
        "trans": (
            "lis.get_order",
            {"accession": "ACC-26-1107-0412"},
            {
                "_status": 503,
                "error": "Service Unavailable",
                "detail": "LIS API in failover (node lis-app-01 -> lis-app-02); retry in 10 s",
            },
            {
                "order": {
                    "accession": "ACC-26-1107-0412",
                    "tests": [
                        {
                            "code": "K",
                            "value": 6.4,
                            "units": "mmol/L",
                            "flag": "HH",
                            "verified": "2026-11-07T02:14:51-05:00",
                        }
                    ],
                    "patient_mrn": "E4410923",
                }
            },
            [
                (
                    "mirth.reprocess_message",
                    {"channelId": chan, "messageId": 48812031, "replace": True},
                    {
                        "messageId": 48812031,
                        "status": "SENT",
                        "response": "MSA|AA|ACC-26-1107-0412",
                    },
                )
            ],
        ),
        "trans_done": "Confirmed ACC-26-1107-0412 (K 6.4 HH) in the LIS and resent it; Epic acknowledged with AA. Critical value - the ED should be called if nobody has yet.",
        "ferr": (
            "mirth.search_messages",
            {"channelId": chan, "status": "ERROR", "startDate": "11/07/2026 02:00"},
            {
                "_status": 400,
                "error": "Invalid value for 'startDate': expected format yyyy-MM-dd'T'HH:mm:ss.SSSZ",
            },
            {"channelId": chan, "status": "ERROR", "startDate": "2026-11-07T02:00:00.000-0500"},
            {
                "messages": [
                    {"messageId": 48812031},
                    {"messageId": 48812044},
                    {"messageId": 48812070},
                ],
                "total": 37,
            },
            "Wrong date format - Mirth wants yyyy-MM-dd'T'HH:mm:ss.SSSZ. Re-running with 2026-11-07T02:00:00.000-0500.",
            [
                (
                    "mirth.reprocess_message",
                    {"channelId": chan, "messageId": 48812031, "replace": True},
                    {"messageId": 48812031, "status": "SENT"},
                ),
                (
                    "mirth.reprocess_message",
                    {"channelId": chan, "messageId": 48812044, "replace": True},
                    {"messageId": 48812044, "status": "SENT"},
                ),
            ],
        ),
        "ferr_done": "Found the 37 overnight errors and started reprocessing them; the first ones went through with AA acks.",
        "val": (
            "hl7.validate",
            {"messageId": 48812031, "profile": "ORU_R01_v2.5.1_EpicBridges"},
            issues,
            val_pay,
            "mirth.update_code_template",
            lambda i: {"library": "ORU_mapping", "field": i[0], "rule": i[1]},
            lambda i: {"updated": i[0], "revision": 41},
        ),
        "val_done": "The sample ORU now validates cleanly against the Epic Bridges profile (LOINC, UCUM units, status and PID-3 fixed in the mapping templates).",
        "intents": [
            (
                "look at the errored messages on the ORU channel",
                "looking at the errored ORU messages",
            ),
            (
                "check what Mirth says about the failed potassium results",
                "checking Mirth's errors for the potassium results",
            ),
            (
                "dig into the ORU channel errors from overnight",
                "digging into the overnight ORU errors",
            ),
        ],
        "src": [
            (
                "check the channel statistics",
                "checking channel statistics",
                "mirth.get_channel_status",
                {"channelId": chan},
                {
                    "channel": {
                        "name": "LIS_to_EHR_ORU",
                        "state": "STARTED",
                        "statistics": {"error": 37, "queued": 418},
                    }
                },
                "37 errors and 418 queued on LIS_to_EHR_ORU.",
            ),
            (
                "open one of the errored messages",
                "opening an errored message",
                "mirth.get_message",
                {"channelId": chan, "messageId": 48812031, "includeContent": True},
                {
                    "message": {
                        "messageId": 48812031,
                        "status": "ERROR",
                        "error": "Transformer error: no LOINC mapping for OBX-3 'K^Potassium^L'",
                        "raw": "OBX|1|NM|K^Potassium^L||6.4|mmol/L|3.5-5.1|HH|||F",
                    }
                },
                "The error is a missing LOINC mapping for OBX-3 'K^Potassium^L'.",
            ),
            (
                "check the LIS change log for overnight changes",
                "checking the LIS change log",
                "lis.get_change_log",
                {"from": "2026-11-07T00:00:00-05:00"},
                {
                    "changes": [
                        {
                            "at": "2026-11-07T01:45:00-05:00",
                            "ticket": "CHG0048812",
                            "what": "ED Atellica firmware 1.32 - test code POT renamed to K",
                        }
                    ]
                },
                "At 01:45 a firmware update (CHG0048812) renamed the test code POT to K.",
            ),
        ],
        "answer": "The ED analyser's firmware update at 01:45 (CHG0048812) renamed the potassium code POT to K, and the Mirth mapping only knows POT, so every K result fails the transformer: 37 errors, 418 queued. Add K -> LOINC 2823-3 to the mapping and reprocess.",
        "mono": [
            "I'm tracing the potassium results through Mirth now and will report what's blocking them.",
            "Still tracing the ED potassium results; I'll update you shortly.",
        ],
        "chat": [
            ("ACC-26-1107-0412, ED bay 4", "ACC-26-1107-0412 (ED bay 4)"),
            ("0436 - resus", "ACC-26-1107-0436 (resus)"),
            ("ACC-26-1107-0460 from majors", "ACC-26-1107-0460 (majors)"),
            (
                "ignore 0451, that's troponin and it's through",
                "0451 dropped (troponin already through)",
            ),
            ("0475", "ACC-26-1107-0475"),
        ],
        "chat_apply": (
            "lis.create_resend_list",
            lambda n: {"name": "ED missing results 07-Nov", "count": n},
            lambda n: {"list": "RSL-3319", "accessions": n},
        ),
        "queue": (
            "lis.worklist_next",
            {"worklist": "INTERFACE_ERRORS", "site": "MAIN"},
            [
                {"item": {"id": "WL-%d" % n, "accession": a, "message_id": m}}
                for n, a, m in (
                    (90211, "ACC-26-1107-0412", 48812031),
                    (90212, "ACC-26-1107-0419", 48812044),
                    (90215, "ACC-26-1107-0436", 48812070),
                    (90219, "ACC-26-1107-0460", 48812118),
                )
            ],
            {"item": None},
            lambda m: (
                "mirth.reprocess_message",
                {"channelId": chan, "messageId": m["item"]["message_id"], "replace": True},
                {
                    "messageId": m["item"]["message_id"],
                    "status": "SENT",
                    "response": "MSA|AA|%s" % m["item"]["accession"],
                },
            ),
        ),
        "queue_done": "Worklist is clear; %d results resent with AA acknowledgements.",
        "list": (
            "mirth.search_messages",
            {"channelId": chan, "status": "ERROR", "limit": 3},
            list_args,
            [
                page(0),
                page(1),
                {
                    "messages": [
                        {"messageId": 48811906, "status": "ERROR"},
                        {"messageId": 48811907, "status": "ERROR"},
                    ],
                    "offset": 6,
                    "limit": 3,
                    "total": 8,
                },
            ],
            "All 8 errored messages listed (48811900-48811907); sending them to the lab manager.",
        ),
        "docs": [
            (
                "sharepoint.get_file",
                {"path": "/Interfaces/LIS-EHR ORU spec v2.3.docx", "title": "ORU interface spec"},
                {
                    "extract": "OBX-3 must carry LOINC; local codes mapped in Mirth code template ORU_mapping; units UCUM."
                },
                [
                    "the spec requires LOINC in OBX-3, mapped from local codes in the ORU_mapping template",
                    "units must be UCUM",
                ],
            ),
            (
                "sharepoint.get_file",
                {
                    "path": "/Lab/Downtime/Result downtime procedure.pdf",
                    "title": "Downtime procedure",
                },
                {
                    "extract": "If results fail to cross > 30 min: phone critical values, print cumulative reports for ED every hour."
                },
                [
                    "downtime procedure: after 30 minutes, phone criticals",
                    "print hourly cumulative reports for ED",
                ],
            ),
            (
                "servicenow.get_change",
                {"number": "CHG0048812", "title": "CHG0048812"},
                {
                    "result": {
                        "number": "CHG0048812",
                        "short_description": "ED Atellica firmware 1.32",
                        "test_plan": "Verified QC on analyser",
                        "interface_impact": "None expected",
                    }
                },
                [
                    "CHG0048812 updated the ED analyser firmware",
                    "its test plan only covered QC and claimed no interface impact",
                ],
            ),
        ],
        "docs_done": "Incident review: the spec needs LOINC mapped from local codes; CHG0048812 changed a local code but assessed no interface impact and tested only QC; the downtime procedure (phone criticals after 30 min) should have kicked in at 02:30.",
        "job": (
            "lis.start_resend_batch",
            {
                "section": "CHEM",
                "from": "2026-11-06T00:00:00-05:00",
                "to": "2026-11-06T23:59:59-05:00",
                "destination": "EPIC",
            },
            {"batch": {"id": "rsb-20261107-02", "state": "QUEUED", "total": 400}},
            "lis.get_resend_batch",
            {"id": "rsb-20261107-02"},
            job_pay,
            "lis.get_resend_report",
            {"id": "rsb-20261107-02"},
            {
                "report": {
                    "sent": 400,
                    "acked_AA": 397,
                    "acked_AE": 3,
                    "ae_accessions": ["ACC-26-1106-0092", "ACC-26-1106-0311", "ACC-26-1106-0517"],
                }
            },
            22,
        ),
        "job_done": "Resend batch finished: 400 sent, 397 accepted, 3 rejected by Epic (0092, 0311, 0517) which need a manual look.",
        "confirm_qs": [
            "Before changing the mapping, can you confirm K should map to LOINC 2823-3 (serum/plasma)?",
            "Do you want me to redeploy now, during ED peak, or wait?",
            "Should the backlog go as corrected results or as new finals?",
            "Are you sure I should reprocess all 418 queued, including the duplicates?",
            "Just checking you're OK with a 30-second channel outage for the redeploy?",
            "So, to confirm: mapping, redeploy, resend - go?",
        ],
        "stages": [
            (
                "Step 1: add K -> 2823-3 to ORU_mapping. OK?",
                "mirth.update_code_template",
                {"library": "ORU_mapping", "add": {"K": "2823-3"}},
                {"updated": "ORU_mapping", "revision": 42},
                "Mapping revision 42 saved.",
            ),
            (
                "Step 2: redeploy LIS_to_EHR_ORU (about 30 s). Proceed?",
                "mirth.redeploy_channel",
                {"channelId": chan},
                {"channelId": chan, "state": "STARTED"},
                "Channel redeployed and started.",
            ),
            (
                "Step 3: reprocess the 37 errored messages. Go?",
                "mirth.reprocess_message",
                {
                    "channelId": chan,
                    "messageId": 48812031,
                    "replace": True,
                    "batch": "errors_since_0200",
                },
                {"reprocessed": 37, "sent": 37, "acked_AA": 37},
                "All 37 sent and acknowledged.",
            ),
        ],
        "stages_done": "ED potassium feed fixed: mapping in place, channel redeployed, and the 37 missed results are in Epic.",
        "dry": [
            (
                "servicenow.search_incidents",
                {"query": "potassium Epic results missing", "state": "open"},
                {"result": []},
            ),
            (
                "sharepoint.search",
                {"query": "potassium results not crossing"},
                {"value": [{"hitsContainers": [{"total": 0, "hits": []}]}]},
            ),
            ("teams.search_messages", {"query": "potassium Epic"}, {"value": []}),
        ],
        "dry_talk": ["Nothing. Let me search those again.", "Still nothing; one more round."],
    }


def dom_tv():
    spots = [
        ("SPT-7741203", "Harlan Motors", "AO-55120", 30),
        ("SPT-7741208", "Brightwell Dental", "AO-55131", 15),
        ("SPT-7741215", "Copper Creek Casino", "AO-55102", 30),
        ("SPT-7741222", "Lumen Mobile", "AO-55147", 30),
        ("SPT-7741230", "Delgado Law", "AO-55090", 60),
        ("SPT-7741237", "FreshCart Grocery", "AO-55155", 15),
        ("SPT-7741244", "Harlan Motors", "AO-55120", 30),
        ("SPT-7741251", "Summit Credit Union", "AO-55160", 30),
    ]
    items = [{"id": s, "adv": a, "order": o, "len": n} for s, a, o, n in spots]

    def rec(it):
        return {
            "spot": {
                "id": it["id"],
                "advertiser": it["adv"],
                "agencyOrder": it["order"],
                "lengthSeconds": it["len"],
                "scheduled": "2026-09-13T19:14:30-05:00",
                "asRun": {"status": "AIRED", "airTime": "2026-09-13T19:14:31-05:00"},
                "reconciled": False,
            }
        }

    def upd(it):
        return {"reconcileSpot": {"id": it["id"], "reconciled": True, "billable": True}}

    curs = ["", "YXJyYXljb25uZWN0aW9uOjM=", "YXJyYXljb25uZWN0aW9uOjc="]

    def page(k, ids, more):
        return {
            "spots": {
                "edges": [{"node": {"id": i, "status": "UNRECONCILED"}} for i in ids],
                "pageInfo": {"hasNextPage": more, "endCursor": curs[k + 1] if more else None},
                "totalCount": 10,
            }
        }

    sids = ["SPT-77412%02d" % n for n in (3, 8, 15, 22, 30, 37, 44, 51, 58, 66)]
    pages = [page(0, sids[:4], True), page(1, sids[4:8], True), page(2, sids[8:], False)]

    def list_args(k):
        if k is None:
            return {
                "station": "KXTV",
                "date": "2026-09-13",
                "status": "UNRECONCILED",
                "first": 4,
                "after": None,
            }
        return {
            "station": "KXTV",
            "date": "2026-09-13",
            "status": "UNRECONCILED",
            "first": 4,
            "after": curs[k],
        }

    issues = [
        ("break 19:14", "overbooked by 15 s (195/180)"),
        ("SPT-7742010", "no copy assigned (ISCI missing)"),
        ("break 20:44", "product conflict: two AUTO spots (Harlan Motors, Vance Toyota)"),
        ("SPT-7742031", "political spot missing sponsor ID tag"),
    ]

    def val_pay(left):
        return {
            "validateLog": {
                "station": "KXTV",
                "date": "2026-09-14",
                "errors": [{"target": t, "message": m} for t, m in left],
                "ok": not left,
            }
        }

    def job_pay(state, pct):
        return {
            "invoiceRun": {
                "id": "INV-RUN-2026-09-B",
                "status": state,
                "percent": pct,
                "invoicesBuilt": pct * 3,
            }
        }

    return {
        "name": "tv_ad_traffic_reconciliation",
        "style": "graphql",
        "native": {"traffic"},
        "meta": ("request_id", "duration_ms", "timestamp"),
        "look": "pull Sunday's KXTV as-run log against the traffic schedule",
        "ask": {
            "items": "Billing runs tonight. Reconcile Sunday's KXTV spots that aired as ordered.",
            "research": "Harlan Motors says their 7pm Sunday spot didn't air. Did it, and if not why?",
            "fix": "Brightwell Dental's makegood won't place in the log. Get it in somewhere in the same daypart.",
            "write": "Issue the makegood for Harlan Motors' missed Sunday spot.",
            "list": "List every unreconciled KXTV spot from Sunday, I have to explain them to sales.",
            "docs": "Summarise the Harlan Motors IO, our makegood policy and the agency's complaint for sales.",
            "job": "Start the September broadcast-month invoice run for KXTV and tell me when the invoices are built.",
            "act": "Harlan Motors agreed to a makegood. Create it, place it Tuesday evening news, and send the agency the revised schedule.",
            "chat": "I'll read you the preemptions from master control's sheet one by one. Log them.",
            "queue": "Clear out the as-run discrepancy queue for KXTV.",
        },
        "open": [
            (
                "traffic.asrun_summary",
                {"station": "KXTV", "date": "2026-09-13"},
                {
                    "asRunSummary": {
                        "station": "KXTV",
                        "scheduled": 412,
                        "aired": 404,
                        "preempted": 6,
                        "discrepancies": 2,
                    }
                },
            ),
            (
                "traffic.get_log",
                {"station": "KXTV", "date": "2026-09-13", "daypart": "PRIME_ACCESS"},
                {
                    "log": {
                        "id": "LOG-KXTV-20260913",
                        "status": "FINAL",
                        "breaks": 22,
                        "spots": 87,
                        "version": 14,
                    }
                },
            ),
        ],
        "items": items,
        "get": ("traffic.get_spot", lambda it: {"id": it["id"]}, rec),
        "upd": (
            "traffic.reconcile_spot",
            lambda it: {"id": it["id"], "asRunMatch": "EXACT"},
            upd,
            "reconciled",
        ),
        "osc": (
            "traffic.place_spot",
            {"spotId": "SPT-7749902", "logId": "LOG-KXTV-20260915", "breakTime": "19:14:30"},
            {
                "errors": [
                    {
                        "message": "Product conflict: category DENTAL already booked in break 19:14:30 (Smile Studio, SPT-7748811)",
                        "extensions": {"code": "PRODUCT_CONFLICT"},
                    }
                ]
            },
            "traffic.place_spot",
            {"spotId": "SPT-7749902", "logId": "LOG-KXTV-20260915", "breakTime": "20:44:00"},
            {
                "placeSpot": {
                    "spotId": "SPT-7749902",
                    "breakTime": "20:44:00",
                    "warnings": [
                        "Ordered daypart PRIME_ACCESS (19:00-20:00); placement outside daypart is not billable as a makegood"
                    ],
                }
            },
        ),
        "osc_talk": [
            "20:44 is outside the daypart, back to the 19:14 break.",
            "Conflict at 19:14 again; trying 20:44.",
        ],
        "same": (
            "sftp.list",
            {"host": "asrun.kxtv.local", "path": "/asrun/2026-09-13/"},
            "-rw-r--r-- 1 mcr mcr 884213 Sep 14 00:05 KXTV_20260913_asrun.txt\n-rw-r--r-- 1 mcr mcr  12044 Sep 14 00:05 KXTV_20260913_exceptions.txt",
        ),
        "same_talk": [
            "Checking for the corrected as-run file.",
            "Listing again.",
            "Has MCR re-exported yet?",
            "One more check.",
        ],
        "perm": (
            "traffic.issue_makegood",
            {"originalSpotId": "SPT-7741203", "reason": "PREEMPTED_NEWS", "lengthSeconds": 30},
            {
                "errors": [
                    {
                        "message": "Forbidden: role TRAFFIC_COORDINATOR cannot issue makegoods on agency order AO-55120 (requires SALES_MANAGER approval)",
                        "extensions": {"code": "FORBIDDEN"},
                    }
                ]
            },
            [
                (
                    {
                        "originalSpotId": "SPT-7741203",
                        "reason": "PREEMPTED_NEWS",
                        "lengthSeconds": 30,
                    },
                    "",
                ),
                (
                    {"originalSpotId": "SPT-7741203", "reason": "PREEMPTED", "lengthSeconds": 30},
                    "Perhaps the reason code is wrong; using plain PREEMPTED.",
                ),
                (
                    {
                        "originalSpotId": "SPT-7741203",
                        "reason": "PREEMPTED_NEWS",
                        "lengthSeconds": 30,
                        "daypart": "PRIME_ACCESS",
                    },
                    "Adding the daypart explicitly.",
                ),
                (
                    {"originalSpotId": "7741203", "reason": "PREEMPTED_NEWS", "lengthSeconds": 30},
                    "Trying the numeric id.",
                ),
                (
                    {
                        "originalSpotId": "SPT-7741203",
                        "reason": "PREEMPTED_NEWS",
                        "lengthSeconds": 30,
                        "rate": 0,
                    },
                    "Setting rate to 0 since makegoods are no-charge.",
                ),
                (
                    {
                        "originalSpotId": "SPT-7741244",
                        "reason": "PREEMPTED_NEWS",
                        "lengthSeconds": 30,
                    },
                    "Trying the other Harlan spot on the same order.",
                ),
            ],
        ),
        "retry_talk": ["Retrying.", "Let me try once more.", "Again.", "Resubmitting."],
        "trans": (
            "traffic.issue_makegood",
            {"originalSpotId": "SPT-7741203", "reason": "PREEMPTED_NEWS", "lengthSeconds": 30},
            {
                "errors": [
                    {
                        "message": "Too many requests, retry after 6s",
                        "extensions": {"code": "RATE_LIMITED", "retryAfter": 6},
                    }
                ]
            },
            {
                "issueMakegood": {
                    "makegoodId": "MG-22184",
                    "originalSpotId": "SPT-7741203",
                    "status": "UNPLACED",
                }
            },
            [
                (
                    "traffic.place_spot",
                    {"spotId": "MG-22184", "logId": "LOG-KXTV-20260915", "breakTime": "19:22:00"},
                    {"placeSpot": {"spotId": "MG-22184", "breakTime": "19:22:00", "warnings": []}},
                )
            ],
        ),
        "trans_done": "Makegood MG-22184 issued for Harlan Motors and placed Tuesday 19:22 in prime access.",
        "ferr": (
            "traffic.issue_makegood",
            {"originalSpotId": "SPT-7741203", "reason": "PREEMPTED_NEWS", "lengthSeconds": "30"},
            {
                "errors": [
                    {
                        "message": 'Variable "$input" got invalid value "30" at "input.lengthSeconds"; Int cannot represent non-integer value: "30"',
                        "extensions": {"code": "BAD_USER_INPUT"},
                    }
                ]
            },
            {"originalSpotId": "SPT-7741203", "reason": "PREEMPTED_NEWS", "lengthSeconds": 30},
            {
                "issueMakegood": {
                    "makegoodId": "MG-22184",
                    "originalSpotId": "SPT-7741203",
                    "status": "UNPLACED",
                }
            },
            'lengthSeconds must be an Int, I passed the string "30". Sending 30.',
            [
                (
                    "traffic.place_spot",
                    {"spotId": "MG-22184", "logId": "LOG-KXTV-20260915", "breakTime": "19:22:00"},
                    {"placeSpot": {"spotId": "MG-22184", "breakTime": "19:22:00", "warnings": []}},
                )
            ],
        ),
        "ferr_done": "MG-22184 created for SPT-7741203 and placed in Tuesday's 19:22 break.",
        "val": (
            "traffic.validate_log",
            {"station": "KXTV", "date": "2026-09-14"},
            issues,
            val_pay,
            "traffic.fix_log_item",
            lambda i: {
                "logId": "LOG-KXTV-20260914",
                "target": i[0],
                "action": {
                    "break 19:14": "move_spot:SPT-7742005->19:31",
                    "SPT-7742010": "assign_copy:ISCI BWD0915H",
                    "break 20:44": "move_spot:SPT-7742022->21:12",
                }.get(i[0], "set_sponsor_id:FEC-C00812345"),
            },
            lambda i: {"fixLogItem": {"target": i[0], "ok": True}},
        ),
        "val_done": "Monday's KXTV log validates clean now - over-sell fixed, copy assigned, AUTO conflict separated, political sponsor ID set. Ready to send to master control.",
        "intents": [
            (
                "check the as-run for the Harlan Motors 7pm spot",
                "checking the as-run for Harlan's 7pm spot",
            ),
            (
                "look at whether Harlan's Sunday spot actually aired",
                "looking at whether Harlan's spot aired",
            ),
            ("verify the 19:14 break on Sunday's as-run", "verifying Sunday's 19:14 break"),
        ],
        "src": [
            (
                "look up the spot and its as-run status",
                "looking up the spot",
                "traffic.get_spot",
                {"id": "SPT-7741203"},
                {
                    "spot": {
                        "id": "SPT-7741203",
                        "advertiser": "Harlan Motors",
                        "scheduled": "2026-09-13T19:14:30-05:00",
                        "asRun": {"status": "PREEMPTED", "airTime": None},
                    }
                },
                "As-run says SPT-7741203 was PREEMPTED - it did not air.",
            ),
            (
                "read master control's log for that break",
                "reading the master control log",
                "mcr.get_log_notes",
                {
                    "station": "KXTV",
                    "from": "2026-09-13T19:00:00-05:00",
                    "to": "2026-09-13T19:30:00-05:00",
                },
                {
                    "notes": [
                        {
                            "time": "19:12:40",
                            "operator": "jpark",
                            "text": "Breaking news cut-in (I-5 bridge closure), breaks 19:14 and 19:22 dropped per news director",
                        }
                    ]
                },
                "Master control dropped the 19:14 break for a breaking-news cut-in at 19:12.",
            ),
            (
                "check if a makegood already exists",
                "checking for a makegood",
                "traffic.list_makegoods",
                {"originalSpotId": "SPT-7741203"},
                {"makegoods": {"edges": [], "totalCount": 0}},
                "No makegood has been issued yet.",
            ),
        ],
        "answer": "It didn't air: SPT-7741203 was preempted when master control dropped the 19:14 break for a breaking-news cut-in (I-5 bridge closure). There's no makegood yet, so one should be offered in prime access.",
        "mono": [
            "I'm checking the as-run data for Harlan Motors' Sunday spot and will confirm shortly.",
            "Reviewing Sunday's as-run for Harlan Motors - I'll get back to you with the answer.",
        ],
        "chat": [
            ("19:14 break, all four spots, news cut-in", "19:14 break (4 spots) - news cut-in"),
            ("19:22 break, same reason", "19:22 break - news cut-in"),
            ("22:41 Delgado Law, tape fault", "22:41 Delgado Law - tape fault"),
            ("no wait, Delgado was 22:47", "Delgado Law corrected to 22:47"),
            ("and the 23:05 PSA, doesn't matter", "23:05 PSA - no makegood needed"),
        ],
        "chat_apply": (
            "traffic.log_preemptions",
            lambda n: {"station": "KXTV", "date": "2026-09-13", "entries": n},
            lambda n: {"logPreemptions": {"created": n}},
        ),
        "queue": (
            "traffic.next_discrepancy",
            {"station": "KXTV", "queue": "ASRUN"},
            [
                {"nextDiscrepancy": {"id": "DSC-%d" % n, "spotId": s, "type": t}}
                for n, s, t in (
                    (41120, "SPT-7741208", "TIME_VARIANCE_90S"),
                    (41121, "SPT-7741222", "WRONG_ISCI"),
                    (41124, "SPT-7741237", "TIME_VARIANCE_45S"),
                    (41127, "SPT-7741251", "MISSING_ASRUN"),
                )
            ],
            {"nextDiscrepancy": None},
            lambda m: (
                "traffic.resolve_discrepancy",
                {
                    "id": m["nextDiscrepancy"]["id"],
                    "resolution": "ACCEPT_AS_AIRED"
                    if "TIME" in m["nextDiscrepancy"]["type"]
                    else "CREDIT",
                },
                {"resolveDiscrepancy": {"id": m["nextDiscrepancy"]["id"], "status": "RESOLVED"}},
            ),
        ),
        "queue_done": "Discrepancy queue empty: %d resolved.",
        "list": (
            "traffic.list_spots",
            {"station": "KXTV", "date": "2026-09-13", "status": "UNRECONCILED", "first": 4},
            list_args,
            pages,
            "10 unreconciled spots from Sunday (SPT-7741203 through SPT-7741266); 6 are the news preemptions, the rest are time variances.",
        ),
        "docs": [
            (
                "docusign.get_document",
                {"envelope": "e6c1f0a2-77d1", "title": "Harlan Motors IO AO-55120"},
                {
                    "document": {
                        "name": "AO-55120 Insertion Order",
                        "extract": "12 x :30 prime access 19:00-20:00, Sep 1-30, $1,150 per spot, makegoods within same daypart and flight.",
                    }
                },
                [
                    "the IO is 12 :30 spots in prime access at $1,150",
                    "makegoods must be in the same daypart and flight",
                ],
            ),
            (
                "sharepoint.get_file",
                {"path": "/Sales/Policies/Makegood policy 2026.pdf", "title": "Makegood policy"},
                {
                    "extract": "Preemptions for breaking news: makegood offered within 7 days; if none acceptable, credit at order rate."
                },
                [
                    "policy: news preemptions get a makegood within 7 days",
                    "otherwise a credit at the order rate",
                ],
            ),
            (
                "outlook.get_message",
                {"id": "AAMkAGQ4Nz", "title": "Agency complaint"},
                {
                    "subject": "Harlan - missed Sunday spot",
                    "bodyPreview": "Client saw no spot at 7:15 Sunday. Please confirm and propose a makegood in prime before the Sep 20 sale weekend.",
                },
                ["the agency wants a prime makegood before the 20 September sale weekend"],
            ),
        ],
        "docs_done": "For sales: Harlan's IO allows makegoods within prime access and the September flight; policy says offer one within 7 days or credit $1,150; the agency wants it before the 20 September sale, so Tuesday or Wednesday prime access fits all three.",
        "job": (
            "traffic.start_invoice_run",
            {"station": "KXTV", "broadcastMonth": "2026-09"},
            {"startInvoiceRun": {"id": "INV-RUN-2026-09-B", "status": "QUEUED"}},
            "traffic.invoice_run_status",
            {"id": "INV-RUN-2026-09-B"},
            job_pay,
            "traffic.invoice_run_report",
            {"id": "INV-RUN-2026-09-B"},
            {"invoiceRunReport": {"invoices": 287, "gross": 1844210.00, "exceptions": 4}},
            44,
        ),
        "job_done": "September invoice run done: 287 invoices, $1,844,210 gross, 4 exceptions to check before they go out.",
        "confirm_qs": [
            "Before I create it - is the makegood :30 like the original?",
            "Tuesday evening news: do you mean the 18:00 or the 22:00?",
            "Should I send the revised schedule to the agency or to the client directly?",
            "Are you sure sales approved the makegood? My role can't override that.",
            "Should it be flagged no-charge on the invoice?",
            "Final check - create, place and send?",
        ],
        "stages": [
            (
                "1) Create a :30 makegood for SPT-7741203. OK?",
                "traffic.issue_makegood",
                {
                    "originalSpotId": "SPT-7741203",
                    "reason": "PREEMPTED_NEWS",
                    "lengthSeconds": 30,
                    "approvedBy": "k.morales",
                },
                {"issueMakegood": {"makegoodId": "MG-22184", "status": "UNPLACED"}},
                "MG-22184 created.",
            ),
            (
                "2) Place it in Tuesday's 18:00 news, break 18:21. Place it?",
                "traffic.place_spot",
                {"spotId": "MG-22184", "logId": "LOG-KXTV-20260915", "breakTime": "18:21:00"},
                {"placeSpot": {"spotId": "MG-22184", "breakTime": "18:21:00", "warnings": []}},
                "Placed at 18:21.",
            ),
            (
                "3) Email Meridian Media the revised schedule. Send?",
                "outlook.send_mail",
                {
                    "to": "traffic@meridianmedia.example",
                    "subject": "Harlan Motors AO-55120 - makegood scheduled",
                    "attachments": ["AO-55120_rev3.pdf"],
                },
                {"id": "AAMkAGQ5Mz", "status": "sent"},
                "Sent to Meridian.",
            ),
        ],
        "stages_done": "Harlan Motors makegood MG-22184 airs Tuesday 18:21 and the agency has the revised schedule.",
        "dry": [
            (
                "slack.search_messages",
                {"query": "Harlan Sunday 7pm"},
                {"ok": True, "messages": {"total": 0, "matches": []}},
            ),
            (
                "outlook.search",
                {"query": "Harlan Motors Sunday spot"},
                {
                    "value": [
                        {
                            "subject": "Harlan - missed Sunday spot",
                            "receivedDateTime": "2026-09-14T08:02:11Z",
                        }
                    ]
                },
            ),
            (
                "sharepoint.search",
                {"query": "KXTV Sunday preemption Harlan"},
                {"value": [{"hitsContainers": [{"total": 0, "hits": []}]}]},
            ),
        ],
        "dry_talk": [
            "Just the agency's complaint again. Let me search once more.",
            "Nothing new; trying the same places again.",
        ],
    }


def dom_muni():
    obls = [
        ("OBL-2026-0087", "City of Ridgeford", "765432", "FY2025 annual financial information"),
        (
            "OBL-2026-0091",
            "Ridgeford Water & Sewer Authority",
            "765441",
            "FY2025 audited financials",
        ),
        ("OBL-2026-0094", "Tamsin County School District No. 4", "875120", "FY2025 annual report"),
        ("OBL-2026-0102", "Harbor Point Port District", "411873", "FY2025 operating data"),
        ("OBL-2026-0105", "Eastvale Community College District", "277610", "FY2025 annual report"),
        ("OBL-2026-0110", "Millbrook Hospital Authority", "600412", "Q3 utilization data"),
        ("OBL-2026-0113", "Town of North Ashby", "662015", "FY2025 audited financials"),
        ("OBL-2026-0118", "Sayer Valley Transit District", "804331", "FY2025 annual report"),
    ]
    items = [{"id": o, "issuer": i, "cusip6": c, "what": w} for o, i, c, w in obls]

    def rec(it):
        return {
            "obligation": {
                "id": it["id"],
                "issuer": it["issuer"],
                "cusip6": it["cusip6"],
                "type": it["what"],
                "due_date": "2026-06-27",
                "emma_submission": "EP-1183%04d" % int(it["cusip6"][-3:]),
                "emma_status": "PUBLISHED",
                "internal_status": "open",
            }
        }

    def upd(it):
        return {
            "obligation": {
                "id": it["id"],
                "internal_status": "filed",
                "updated_by": "disclosure-agent",
            }
        }

    def page(k):
        out = {
            "data": [
                {"id": "OBL-2026-%04d" % (80 + k * 5 + i), "status": "due"}
                for i in range(5 if k < 2 else 2)
            ],
            "page": k + 1,
            "per_page": 5,
            "total": 12,
        }
        out["links"] = {
            "next": "/v2/obligations?status=due&page=%d&per_page=5" % (k + 2) if k < 2 else None
        }
        return out

    def list_args(k):
        if k is None:
            return {"status": "due", "per_page": 5, "cursor": "page2"}
        return {"status": "due", "per_page": 5, "page": k + 1}

    issues = [
        ("cusips", "3 CUSIPs from Series 2019A missing (765432BC1, 765432BD9, 765432BE7)"),
        ("fiscal_year_end", "package says 2025-06-30; CDA says 2025-09-30"),
        ("operating_data", "Table 4 (top ten taxpayers) required by CDA section 4(b) not found"),
        ("document", "PDF not word-searchable"),
    ]

    def val_pay(left):
        return {
            "precheck": {
                "package": "PKG-0087-FY25",
                "pass": not left,
                "issues": [{"field": f, "message": m} for f, m in left],
            }
        }

    def job_pay(state, pct):
        return {
            "job": {
                "id": "bf-3391",
                "state": state.lower(),
                "percent": pct,
                "submitted": pct // 10,
                "of": 10,
            }
        }

    return {
        "name": "muni_bond_continuing_disclosure",
        "style": "rest",
        "native": {"disclosure", "emma"},
        "meta": ("request_id", "duration", "generated_at"),
        "rid_prefix": "rq_",
        "look": "pull the open continuing-disclosure obligations for our issuer clients",
        "ask": {
            "items": "Several FY2025 annual filings went up on EMMA last week but our tracker still shows them open. Mark the ones that are actually published as filed.",
            "research": "Did Ridgeford file its FY2024 annual report late? If so, do we owe a failure-to-file notice?",
            "fix": "Ridgeford's FY2025 ACFR keeps getting bounced by EMMA. Get it submitted.",
            "write": "Submit the Ridgeford FY2025 annual financial information to EMMA on the issuer's behalf.",
            "list": "I need every obligation still due this quarter - the compliance committee wants a list.",
            "docs": "Summarise Ridgeford's continuing disclosure agreement, the 2019A official statement section and last year's filing for the new analyst.",
            "job": "Run the batch submission of the ten rating-change event notices and tell me when they're all on EMMA.",
            "act": "Harbor Point's FY2025 operating data is approved by their CFO. File it on EMMA and close the obligation.",
            "chat": "I'll give you the issuers with filings due in April, one at a time. Set up reminders.",
            "queue": "There's a backlog of rating-change alerts from the Moody's feed - draft the event notices.",
        },
        "open": [
            ("disclosure.list_obligations", {"status": "due", "per_page": 5}, page(0)),
            (
                "emma.get_issuer",
                {"cusip6": "765432"},
                {
                    "issuer": {
                        "name": "City of Ridgeford",
                        "state": "OR",
                        "cusip6": ["765432"],
                        "dissemination_agent": "Calloway Municipal Advisors",
                        "outstanding_series": 7,
                    }
                },
            ),
        ],
        "items": items,
        "get": ("disclosure.get_obligation", lambda it: {"id": it["id"]}, rec),
        "upd": (
            "disclosure.update_obligation",
            lambda it: {
                "id": it["id"],
                "internal_status": "filed",
                "evidence": "EMMA submission published",
            },
            upd,
            "marked filed",
        ),
        "osc": (
            "emma.submit_continuing_disclosure",
            {
                "cusip6": "765432",
                "category": "ANNUAL_FINANCIAL_INFORMATION",
                "fiscal_year_end": "2025-09-30",
                "file": "Ridgeford_FY2025_ACFR.pdf",
            },
            {
                "_status": 422,
                "error": {
                    "code": "DOC_NOT_SEARCHABLE",
                    "message": "Document Ridgeford_FY2025_ACFR.pdf is not word-searchable. MSRB Rule G-32 requires word-searchable PDF.",
                },
            },
            "pdf.ocr",
            {
                "input": "Ridgeford_FY2025_ACFR.pdf",
                "output": "Ridgeford_FY2025_ACFR_ocr.pdf",
                "language": "eng",
            },
            {"output": "Ridgeford_FY2025_ACFR_ocr.pdf", "pages": 188, "text_layer": True},
        ),
        "osc_talk": [
            "Still rejected as non-searchable; running OCR again.",
            "OCR done, resubmitting the ACFR.",
        ],
        "same": (
            "shell.run",
            {"cmd": "pdffonts Ridgeford_FY2025_ACFR.pdf"},
            "name                                 type              encoding         emb sub uni object ID\n------------------------------------ ----------------- ---------------- --- --- --- ---------",
        ),
        "same_talk": [
            "Checking the fonts again.",
            "Re-running pdffonts.",
            "Let me see if the text layer is there now.",
            "Once more.",
        ],
        "perm": (
            "emma.submit_continuing_disclosure",
            {
                "cusip6": "765432",
                "category": "ANNUAL_FINANCIAL_INFORMATION",
                "fiscal_year_end": "2025-09-30",
                "file": "Ridgeford_FY2025_AFI.pdf",
            },
            {
                "_status": 403,
                "error": {
                    "code": "NOT_DESIGNATED",
                    "message": "Submitter 'Calloway Municipal Advisors' is not designated as a dissemination agent for the obligated person on CUSIP-6 765432 for category ANNUAL_FINANCIAL_INFORMATION.",
                },
            },
            [
                (
                    {
                        "cusip6": "765432",
                        "category": "ANNUAL_FINANCIAL_INFORMATION",
                        "fiscal_year_end": "2025-09-30",
                        "file": "Ridgeford_FY2025_AFI.pdf",
                    },
                    "",
                ),
                (
                    {
                        "cusip6": "765432",
                        "category": "AUDITED_FINANCIAL_STATEMENTS",
                        "fiscal_year_end": "2025-09-30",
                        "file": "Ridgeford_FY2025_AFI.pdf",
                    },
                    "Maybe it's the category - trying audited financial statements.",
                ),
                (
                    {
                        "cusip9": ["765432AB9", "765432AC7"],
                        "category": "ANNUAL_FINANCIAL_INFORMATION",
                        "fiscal_year_end": "2025-09-30",
                        "file": "Ridgeford_FY2025_AFI.pdf",
                    },
                    "Listing nine-digit CUSIPs instead of the CUSIP-6.",
                ),
                (
                    {
                        "cusip6": "765432",
                        "category": "ANNUAL_FINANCIAL_INFORMATION",
                        "fiscal_year_end": "09/30/2025",
                        "file": "Ridgeford_FY2025_AFI.pdf",
                    },
                    "Perhaps the date format - MM/DD/YYYY.",
                ),
                (
                    {
                        "cusip6": "765432",
                        "category": "ANNUAL_FINANCIAL_INFORMATION",
                        "fiscal_year_end": "2025-09-30",
                        "file": "Ridgeford_FY2025_AFI_v2.pdf",
                    },
                    "Trying the re-exported v2 file.",
                ),
                (
                    {
                        "cusip6": "765432",
                        "category": "ANNUAL_FINANCIAL_INFORMATION",
                        "fiscal_year_end": "2025-09-30",
                        "file": "Ridgeford_FY2025_AFI.pdf",
                        "submitter_role": "OBLIGATED_PERSON",
                    },
                    "Submitting with role OBLIGATED_PERSON.",
                ),
            ],
        ),
        "retry_talk": ["Retrying the submission.", "Trying again.", "Once more.", "Resubmitting."],
        "trans": (
            "emma.submit_continuing_disclosure",
            {
                "cusip6": "765432",
                "category": "ANNUAL_FINANCIAL_INFORMATION",
                "fiscal_year_end": "2025-09-30",
                "file": "Ridgeford_FY2025_AFI.pdf",
            },
            {
                "_status": 503,
                "error": {
                    "code": "SERVICE_UNAVAILABLE",
                    "message": "EMMA submission service is temporarily unavailable. Please retry shortly.",
                },
            },
            {
                "submission": {
                    "id": "EP-11839917",
                    "status": "RECEIVED",
                    "received_at": "2026-03-20T14:02:55-04:00",
                }
            },
            [
                (
                    "emma.get_submission",
                    {"id": "EP-11839917"},
                    {
                        "submission": {
                            "id": "EP-11839917",
                            "status": "PUBLISHED",
                            "published_at": "2026-03-20T14:09:12-04:00",
                        }
                    },
                ),
                (
                    "disclosure.update_obligation",
                    {"id": "OBL-2026-0087", "internal_status": "filed", "evidence": "EP-11839917"},
                    {"obligation": {"id": "OBL-2026-0087", "internal_status": "filed"}},
                ),
            ],
        ),
        "trans_done": "Ridgeford FY2025 AFI is published on EMMA (EP-11839917), well ahead of the 27 June deadline; tracker updated.",
        "ferr": (
            "emma.submit_continuing_disclosure",
            {
                "cusip9": ["765432AB1"],
                "category": "ANNUAL_FINANCIAL_INFORMATION",
                "fiscal_year_end": "2025-09-30",
                "file": "Ridgeford_FY2025_AFI.pdf",
            },
            {
                "_status": 400,
                "error": {
                    "code": "INVALID_CUSIP",
                    "field": "cusip9[0]",
                    "message": "CUSIP 765432AB1 failed check-digit validation (expected check digit 9)",
                },
            },
            {
                "cusip9": ["765432AB9"],
                "category": "ANNUAL_FINANCIAL_INFORMATION",
                "fiscal_year_end": "2025-09-30",
                "file": "Ridgeford_FY2025_AFI.pdf",
            },
            {"submission": {"id": "EP-11839917", "status": "RECEIVED"}},
            "I mistyped the CUSIP - the check digit for 765432AB is 9. Resubmitting with 765432AB9.",
            [
                (
                    "emma.get_submission",
                    {"id": "EP-11839917"},
                    {"submission": {"id": "EP-11839917", "status": "PUBLISHED"}},
                )
            ],
        ),
        "ferr_done": "Submitted and published as EP-11839917 against 765432AB9.",
        "val": (
            "disclosure.precheck",
            {"package": "PKG-0087-FY25"},
            issues,
            val_pay,
            "disclosure.update_package",
            lambda i: {
                "package": "PKG-0087-FY25",
                "field": i[0],
                "fix": {
                    "cusips": "add 765432BC1,765432BD9,765432BE7",
                    "fiscal_year_end": "2025-09-30",
                    "operating_data": "attach Table4_top_taxpayers.pdf",
                }.get(i[0], "replace with Ridgeford_FY2025_ACFR_ocr.pdf"),
            },
            lambda i: {"package": "PKG-0087-FY25", "updated": i[0]},
        ),
        "val_done": "PKG-0087-FY25 passes the precheck: all 2019A CUSIPs listed, fiscal year end corrected to 30 Sept, Table 4 attached and the searchable PDF in place.",
        "intents": [
            (
                "check when Ridgeford's FY2024 report was posted",
                "checking when the FY2024 report was posted",
            ),
            ("look up Ridgeford's FY2024 filing date on EMMA", "looking up the FY2024 filing date"),
            (
                "compare the FY2024 submission date with the CDA deadline",
                "comparing the filing date with the deadline",
            ),
        ],
        "src": [
            (
                "check the CDA's deadline",
                "checking the CDA deadline",
                "disclosure.get_agreement",
                {"cusip6": "765432", "series": "2019A"},
                {
                    "agreement": {
                        "id": "CDA-765432-2019A",
                        "annual_report_due": "270 days after fiscal year end",
                        "fiscal_year_end": "09-30",
                    }
                },
                "The CDA allows 270 days after the 30 September year end, so FY2024 was due 27 June 2025.",
            ),
            (
                "pull the EMMA submission history",
                "pulling EMMA history",
                "emma.list_submissions",
                {"cusip6": "765432", "category": "ANNUAL_FINANCIAL_INFORMATION"},
                {
                    "submissions": [
                        {
                            "id": "EP-11210344",
                            "fiscal_year": 2024,
                            "published_at": "2025-07-09T10:12:00-04:00",
                        },
                        {
                            "id": "EP-10533120",
                            "fiscal_year": 2023,
                            "published_at": "2024-06-14T16:40:00-04:00",
                        },
                    ]
                },
                "FY2024 was published on 9 July 2025, 12 days after the deadline.",
            ),
            (
                "look for any failure-to-file notice",
                "looking for a failure-to-file notice",
                "emma.list_submissions",
                {"cusip6": "765432", "category": "FAILURE_TO_PROVIDE_ANNUAL_FINANCIAL_INFORMATION"},
                {"submissions": []},
                "No failure-to-file notice was ever posted.",
            ),
        ],
        "answer": "Yes. Ridgeford's FY2024 annual report was due 27 June 2025 (270 days after the 30 Sept year end) and was posted on 9 July 2025, 12 days late, and no failure-to-file notice was posted. A late notice should go up now, and the lapse has to be disclosed in the next official statement's five-year compliance section.",
        "mono": [
            "I'm reviewing Ridgeford's FY2024 filing history against the disclosure agreement and will report back.",
            "Checking Ridgeford's filing timeline; I'll follow up with the answer.",
        ],
        "chat": [
            (
                "Tamsin County SD4, annual report due April 27",
                "Tamsin County SD4 - annual report 27 Apr",
            ),
            ("Eastvale CCD, April 29", "Eastvale CCD - 29 Apr"),
            (
                "Millbrook Hospital quarterly utilization, April 30",
                "Millbrook Hospital - Q utilization 30 Apr",
            ),
            (
                "Sayer Valley Transit - actually they moved FYE, skip",
                "Sayer Valley Transit skipped (FYE change)",
            ),
            ("North Ashby, audited, April 15", "Town of North Ashby - audited 15 Apr"),
        ],
        "chat_apply": (
            "disclosure.create_reminders",
            lambda n: {"month": "2026-04", "count": n, "lead_days": [30, 7, 1]},
            lambda n: {"created": n * 3, "obligations": n},
        ),
        "queue": (
            "disclosure.next_alert",
            {"source": "moodys_feed", "type": "RATING_CHANGE"},
            [
                {"alert": {"id": "AL-%d" % n, "issuer": i, "action": a}}
                for n, i, a in (
                    (5521, "Harbor Point Port District", "downgrade A1 -> A2"),
                    (5522, "Eastvale CCD", "upgrade Aa3 -> Aa2"),
                    (5525, "Millbrook Hospital Authority", "outlook stable -> negative"),
                    (5529, "Town of North Ashby", "downgrade Aa2 -> Aa3"),
                )
            ],
            {"alert": None},
            lambda m: (
                "disclosure.draft_event_notice",
                {
                    "alert": m["alert"]["id"],
                    "event": "RATING_CHANGE",
                    "issuer": m["alert"]["issuer"],
                },
                {
                    "draft": {
                        "id": "EN-%s" % m["alert"]["id"][3:],
                        "status": "draft",
                        "due_by": "10 business days",
                    }
                },
            ),
        ),
        "queue_done": "Alert queue empty; drafted %d rating-change event notices for review.",
        "list": (
            "disclosure.list_obligations",
            {"status": "due", "per_page": 5},
            list_args,
            [page(0), page(1), page(2)],
            "12 obligations are due this quarter (OBL-2026-0080 to 0091); the committee list is above.",
        ),
        "docs": [
            (
                "disclosure.get_document",
                {"id": "CDA-765432-2019A", "title": "CDA 2019A"},
                {
                    "document": {
                        "extract": "Annual financial information within 270 days of FYE (Sept 30); audited statements when available; 16 listed events within 10 business days."
                    }
                },
                [
                    "the CDA requires annual information within 270 days of the 30 Sept year end",
                    "listed events within 10 business days",
                ],
            ),
            (
                "disclosure.get_document",
                {"id": "OS-765432-2019A-s7", "title": "2019A OS section 7"},
                {
                    "document": {
                        "extract": "Operating data: Tables 1-6 incl. assessed value, top ten taxpayers, tax collections."
                    }
                },
                [
                    "the 2019A OS commits to Tables 1-6 of operating data",
                    "including top ten taxpayers and collections",
                ],
            ),
            (
                "emma.get_submission",
                {"id": "EP-11210344", "title": "FY2024 filing"},
                {
                    "submission": {
                        "id": "EP-11210344",
                        "published_at": "2025-07-09",
                        "documents": ["Ridgeford_FY2024_ACFR.pdf"],
                        "missing_tables": ["Table 4"],
                    }
                },
                ["last year's filing was 12 days late", "and left out Table 4"],
            ),
        ],
        "docs_done": "For the analyst: Ridgeford's CDA requires annual info within 270 days of 30 Sept and event notices within 10 business days; the 2019A OS promises operating Tables 1-6; last year's filing was late and omitted Table 4 - both to fix this cycle.",
        "job": (
            "disclosure.start_batch_filing",
            {"notices": "EN-5521..EN-5530", "count": 10},
            {"job": {"id": "bf-3391", "state": "queued"}},
            "disclosure.get_job",
            {"id": "bf-3391"},
            job_pay,
            "disclosure.get_job_result",
            {"id": "bf-3391"},
            {
                "result": {
                    "published": 10,
                    "emma_ids": ["EP-11840201", "EP-11840202", "..."],
                    "failed": 0,
                }
            },
            30,
        ),
        "job_done": "All 10 rating-change notices are published on EMMA (EP-11840201 onwards), none failed.",
        "confirm_qs": [
            "Before filing, can you confirm the CFO's approval covers the operating data as well as the financials?",
            "Is it category OPERATING_DATA or ANNUAL_FINANCIAL_INFORMATION you want it under?",
            "Do you want all 14 Harbor Point CUSIPs linked, or only the 2021 series?",
            "Once it's on EMMA it's public - are we definitely ready?",
            "Should I notify the trustee as well?",
            "Just confirming again: file now and close OBL-2026-0102?",
        ],
        "stages": [
            (
                "First, link all 14 Harbor Point CUSIPs to the package. OK?",
                "disclosure.update_package",
                {"package": "PKG-0102-FY25", "field": "cusips", "fix": "all outstanding (14)"},
                {"package": "PKG-0102-FY25", "updated": "cusips", "count": 14},
                "14 CUSIPs linked.",
            ),
            (
                "Next, submit to EMMA as annual financial information. Submit?",
                "emma.submit_continuing_disclosure",
                {
                    "cusip6": "411873",
                    "category": "ANNUAL_FINANCIAL_INFORMATION",
                    "fiscal_year_end": "2025-06-30",
                    "file": "HarborPoint_FY2025_operating.pdf",
                },
                {"submission": {"id": "EP-11840310", "status": "RECEIVED"}},
                "Received as EP-11840310.",
            ),
            (
                "Last, close OBL-2026-0102 with that evidence. Close it?",
                "disclosure.update_obligation",
                {"id": "OBL-2026-0102", "internal_status": "filed", "evidence": "EP-11840310"},
                {"obligation": {"id": "OBL-2026-0102", "internal_status": "filed"}},
                "Closed.",
            ),
        ],
        "stages_done": "Harbor Point FY2025 operating data is on EMMA (EP-11840310) and OBL-2026-0102 is closed.",
        "dry": [
            ("emma.search", {"q": "Ridgeford late filing FY2024"}, {"results": [], "total": 0}),
            (
                "sharepoint.search",
                {"query": "Ridgeford failure to file"},
                {"value": [{"hitsContainers": [{"total": 0, "hits": []}]}]},
            ),
            ("outlook.search", {"query": "Ridgeford FY2024 late"}, {"value": []}),
        ],
        "dry_talk": [
            "No results anywhere. Searching again.",
            "Nothing found; repeating the searches.",
        ],
    }


def dom_dg():
    bks = [
        ("HLCUOSL2604417", "UN1263", "PAINT", "3", "II", "TGHU 881204-7"),
        ("HLCUOSL2604421", "UN1866", "RESIN SOLUTION", "3", "III", "MSKU 402918-3"),
        (
            "HLCUOSL2604430",
            "UN1760",
            "CORROSIVE LIQUID, N.O.S. (ethanolamine)",
            "8",
            "III",
            "TCLU 771035-0",
        ),
        (
            "HLCUOSL2604433",
            "UN3082",
            "ENVIRONMENTALLY HAZARDOUS SUBSTANCE, LIQUID, N.O.S. (zinc pyrithione)",
            "9",
            "III",
            "CAIU 550128-4",
        ),
        (
            "HLCUOSL2604438",
            "UN1993",
            "FLAMMABLE LIQUID, N.O.S. (xylene, ethylbenzene)",
            "3",
            "III",
            "HLXU 830114-6",
        ),
        ("HLCUOSL2604442", "UN1263", "PAINT RELATED MATERIAL", "3", "III", "TGHU 881377-1"),
        (
            "HLCUOSL2604449",
            "UN2735",
            "AMINES, LIQUID, CORROSIVE, N.O.S.",
            "8",
            "II",
            "SEGU 604412-9",
        ),
        ("HLCUOSL2604455", "UN1266", "PERFUMERY PRODUCTS", "3", "III", "FCIU 990217-5"),
    ]
    items = [{"id": b, "un": u, "psn": p, "cls": c, "pg": g, "cntr": k} for b, u, p, c, g, k in bks]

    def rec(it):
        return {
            "booking": {
                "bookingNumber": it["id"],
                "status": "CONFIRMED",
                "vessel": "HAMBURG EXPRESS",
                "voyage": "2614W",
                "pol": "NOOSL",
                "pod": "SGSIN",
                "containers": [
                    {
                        "number": it["cntr"],
                        "type": "22G1",
                        "dg": {
                            "unNumber": it["un"],
                            "class": it["cls"],
                            "packingGroup": it["pg"],
                            "status": "PENDING_APPROVAL",
                        },
                    }
                ],
            }
        }

    def upd(it):
        return {
            "dgDeclaration": {
                "bookingNumber": it["id"],
                "unNumber": it["un"],
                "status": "SUBMITTED",
                "reference": "DGD-%s" % it["id"][-6:],
            }
        }

    curs = [None, "b2Zmc2V0PTQ", "b2Zmc2V0PTg"]

    def page(k):
        ids = ["HLCUOSL26044%02d" % n for n in (10, 17, 21, 26, 30, 33, 38, 42, 49, 55)][
            k * 4 : k * 4 + 4
        ]
        out = {
            "bookings": [{"bookingNumber": i, "dgStatus": "PENDING_APPROVAL"} for i in ids],
            "total": 10,
        }
        if k < 2:
            out["nextCursor"] = curs[k + 1]
        return out

    def list_args(k):
        if k is None:
            return {
                "shipper": "HALDEN-COATINGS-AS",
                "dgStatus": "PENDING_APPROVAL",
                "limit": 4,
                "offset": 4,
            }
        return {
            "shipper": "HALDEN-COATINGS-AS",
            "dgStatus": "PENDING_APPROVAL",
            "limit": 4,
            "cursor": curs[k],
        }

    issues = [
        ("line 1", "EmS missing (expected F-E, S-E for UN1263)"),
        ("line 1", "flash point missing"),
        ("line 2", "UN3082 marine pollutant flag must be true"),
        ("line 2", "technical name required in proper shipping name for N.O.S. entry"),
    ]

    def val_pay(left):
        return {
            "validation": {
                "dgd": "DGD-604417",
                "valid": not left,
                "findings": [{"ref": a, "message": b} for a, b in left],
            }
        }

    def job_pay(state, pct):
        return {
            "job": {
                "id": "dgpack-77120",
                "status": state,
                "progress": pct,
                "documents": {"done": pct * 36 // 100, "total": 36},
            }
        }

    return {
        "name": "dangerous_goods_ocean_booking",
        "style": "ocean",
        "native": {"carrier"},
        "meta": ("requestId", "tookMs", "ts"),
        "look": "pull Halden Coatings' bookings on the HAMBURG EXPRESS 2614W",
        "ask": {
            "items": "The DG cut-off for HAMBURG EXPRESS 2614W is 16:00 tomorrow. Submit the DG declarations for Halden's confirmed bookings.",
            "research": "Why was booking HLCUOSL2604417 rolled off the HAMBURG EXPRESS? Halden is furious.",
            "fix": "The paint container on HLCUOSL2604417 keeps failing DG acceptance. Get the declaration accepted.",
            "write": "Submit the DG declaration for HLCUOSL2604430, the ethanolamine container.",
            "list": "List every Halden booking still pending DG approval - I'm calling the carrier's DG desk.",
            "docs": "Summarise the SDS, the IMDG segregation rules and Hapag's DG terms for the UN1263 paint for the customer call.",
            "job": "Generate the DG document pack (DGDs, container packing certificates) for all 36 containers on 2614W.",
            "act": "Halden confirmed the corrected PG for the paint. Amend the booking, resubmit the DG and tell their logistics team.",
            "chat": "Halden's warehouse is reading me container numbers and seals as they load. Note them down.",
            "queue": "Work through the carrier notifications for our DG bookings and update the ERP.",
        },
        "open": [
            (
                "carrier.list_bookings",
                {
                    "shipper": "HALDEN-COATINGS-AS",
                    "vessel": "HAMBURG EXPRESS",
                    "voyage": "2614W",
                    "limit": 4,
                },
                page(0),
            ),
            (
                "carrier.get_schedule",
                {"vessel": "HAMBURG EXPRESS", "voyage": "2614W", "port": "NOOSL"},
                {
                    "schedule": {
                        "vessel": "HAMBURG EXPRESS",
                        "voyage": "2614W",
                        "port": "NOOSL",
                        "eta": "2026-04-21T06:00:00+02:00",
                        "dgCutoff": "2026-04-18T16:00:00+02:00",
                        "vgmCutoff": "2026-04-19T12:00:00+02:00",
                    }
                },
            ),
        ],
        "items": items,
        "get": ("carrier.get_booking", lambda it: {"bookingNumber": it["id"]}, rec),
        "upd": (
            "carrier.submit_dg_declaration",
            lambda it: {
                "bookingNumber": it["id"],
                "container": it["cntr"],
                "unNumber": it["un"],
                "properShippingName": it["psn"],
                "class": it["cls"],
                "packingGroup": it["pg"],
            },
            upd,
            "declared",
        ),
        "osc": (
            "carrier.submit_dg_declaration",
            {
                "bookingNumber": "HLCUOSL2604417",
                "container": "TGHU 881204-7",
                "unNumber": "UN1263",
                "class": "3",
                "packingGroup": "II",
                "flashPoint": {"value": 31, "unit": "CEL"},
            },
            {
                "_status": 422,
                "errors": [
                    {
                        "code": "DG-PG-FP",
                        "message": "Packing group II for class 3 requires flash point < 23 CEL; declared 31 CEL",
                    }
                ],
            },
            "carrier.submit_dg_declaration",
            {
                "bookingNumber": "HLCUOSL2604417",
                "container": "TGHU 881204-7",
                "unNumber": "UN1263",
                "class": "3",
                "packingGroup": "III",
                "flashPoint": {"value": 31, "unit": "CEL"},
            },
            {
                "dgDeclaration": {
                    "bookingNumber": "HLCUOSL2604417",
                    "status": "SUBMITTED_WITH_WARNINGS",
                    "warnings": [
                        "Declared PG III differs from booking request PG II; DG desk will hold until shipper confirms"
                    ],
                }
            },
        ),
        "osc_talk": [
            "PG III triggers a hold because the booking says PG II - resubmitting as II.",
            "PG II rejected on flash point again; switching to III.",
        ],
        "same": (
            "shell.run",
            {"cmd": "head -c 400 /srv/edi/outbound/IFTDGN_HLCUOSL2604417.edi"},
            "UNB+UNOC:3+HALDENCOAT:ZZZ+HLCU:ZZZ+260417:0912+4417'UNH+1+IFTDGN:D:00B:UN'BGM+89+HLCUOSL2604417+9'TDT+20+2614W+1++HLCU:172+++9501368:146::HAMBURG EXPRESS'EQD+CN+TGHU8812047'DGS+IMD+3+1263+031:CEL+2+F-E S-E'FTX+AAD+++PAINT'",
        ),
        "same_talk": [
            "Let me check the outbound EDI file again.",
            "Re-reading the IFTDGN.",
            "Looking at the EDI once more.",
            "Checking it again.",
        ],
        "perm": (
            "carrier.submit_dg_declaration",
            {
                "bookingNumber": "HLCUOSL2604430",
                "container": "TCLU 771035-0",
                "unNumber": "UN1760",
                "class": "8",
                "packingGroup": "III",
            },
            {
                "_status": 403,
                "errors": [
                    {
                        "code": "AUTH-DG-03",
                        "message": "Party DSV-OSL-FWD is not authorised as DG declarant for booking HLCUOSL2604430 (booking party: HALDEN-COATINGS-AS). Request DG declarant delegation from the booking party.",
                    }
                ],
            },
            [
                (
                    {
                        "bookingNumber": "HLCUOSL2604430",
                        "container": "TCLU 771035-0",
                        "unNumber": "UN1760",
                        "class": "8",
                        "packingGroup": "III",
                    },
                    "",
                ),
                (
                    {
                        "bookingNumber": "HLCUOSL2604430",
                        "container": "TCLU7710350",
                        "unNumber": "UN1760",
                        "class": "8",
                        "packingGroup": "III",
                    },
                    "Maybe the container number must be without spaces and dash.",
                ),
                (
                    {
                        "bookingNumber": "HLCUOSL2604430",
                        "container": "TCLU 771035-0",
                        "unNumber": "1760",
                        "class": "8",
                        "packingGroup": "III",
                    },
                    "Trying the UN number without the UN prefix.",
                ),
                (
                    {
                        "bookingNumber": "HLCUOSL2604430",
                        "container": "TCLU 771035-0",
                        "unNumber": "UN1760",
                        "class": "8",
                        "packingGroup": "3",
                    },
                    "Perhaps packing group has to be numeric.",
                ),
                (
                    {
                        "bookingNumber": "2604430",
                        "container": "TCLU 771035-0",
                        "unNumber": "UN1760",
                        "class": "8",
                        "packingGroup": "III",
                    },
                    "Using the short booking number.",
                ),
                (
                    {
                        "bookingNumber": "HLCUOSL2604430",
                        "container": "TCLU 771035-0",
                        "unNumber": "UN1760",
                        "class": "8",
                        "packingGroup": "III",
                        "properShippingName": "CORROSIVE LIQUID, N.O.S. (ethanolamine)",
                    },
                    "Adding the proper shipping name with the technical name.",
                ),
            ],
        ),
        "retry_talk": ["Retrying.", "Trying again.", "Submitting once more.", "Let me resend."],
        "trans": (
            "carrier.submit_dg_declaration",
            {
                "bookingNumber": "HLCUOSL2604430",
                "container": "TCLU 771035-0",
                "unNumber": "UN1760",
                "properShippingName": "CORROSIVE LIQUID, N.O.S. (ethanolamine)",
                "class": "8",
                "packingGroup": "III",
            },
            {
                "_status": 504,
                "errors": [
                    {
                        "code": "GATEWAY_TIMEOUT",
                        "message": "Upstream DG service did not respond within 30000 ms",
                    }
                ],
            },
            {
                "dgDeclaration": {
                    "bookingNumber": "HLCUOSL2604430",
                    "status": "SUBMITTED",
                    "reference": "DGD-604430",
                }
            },
            [
                (
                    "carrier.get_booking",
                    {"bookingNumber": "HLCUOSL2604430"},
                    {
                        "booking": {
                            "bookingNumber": "HLCUOSL2604430",
                            "containers": [
                                {
                                    "number": "TCLU 771035-0",
                                    "dg": {"status": "UNDER_REVIEW", "reference": "DGD-604430"},
                                }
                            ],
                        }
                    },
                ),
                (
                    "erp.update_shipment",
                    {"shipment": "SH-26-11873", "dg_reference": "DGD-604430"},
                    {"ok": True, "shipment": "SH-26-11873"},
                ),
            ],
        ),
        "trans_done": "DG declaration DGD-604430 for the ethanolamine container is with the carrier's DG desk (under review), and the ERP shipment has the reference.",
        "ferr": (
            "carrier.submit_dg_declaration",
            {
                "bookingNumber": "HLCUOSL2604430",
                "container": "TCLU 771035-0",
                "unNumber": "UN1760",
                "properShippingName": "CORROSIVE LIQUID, N.O.S.",
                "class": "8",
                "packingGroup": "III",
            },
            {
                "_status": 422,
                "errors": [
                    {
                        "code": "DG-PSN-NOS",
                        "field": "properShippingName",
                        "message": "N.O.S. entry requires technical name in parentheses (IMDG 3.1.2.8)",
                    }
                ],
            },
            {
                "bookingNumber": "HLCUOSL2604430",
                "container": "TCLU 771035-0",
                "unNumber": "UN1760",
                "properShippingName": "CORROSIVE LIQUID, N.O.S. (ethanolamine)",
                "class": "8",
                "packingGroup": "III",
            },
            {
                "dgDeclaration": {
                    "bookingNumber": "HLCUOSL2604430",
                    "status": "SUBMITTED",
                    "reference": "DGD-604430",
                }
            },
            "N.O.S. entries need the technical name in brackets. The SDS names ethanolamine, so the PSN becomes CORROSIVE LIQUID, N.O.S. (ethanolamine).",
            [
                (
                    "erp.update_shipment",
                    {"shipment": "SH-26-11873", "dg_reference": "DGD-604430"},
                    {"ok": True},
                )
            ],
        ),
        "ferr_done": "Accepted as DGD-604430 with the technical name added.",
        "val": (
            "dg.validate_declaration",
            {"dgd": "DGD-604417"},
            issues,
            val_pay,
            "dg.update_line",
            lambda i: {
                "dgd": "DGD-604417",
                "ref": i[0],
                "set": {
                    "EmS missing (expected F-E, S-E for UN1263)": {"ems": "F-E, S-E"},
                    "flash point missing": {"flashPoint": {"value": 31, "unit": "CEL"}},
                    "UN3082 marine pollutant flag must be true": {"marinePollutant": True},
                }.get(
                    i[1],
                    {
                        "properShippingName": "ENVIRONMENTALLY HAZARDOUS SUBSTANCE, LIQUID, N.O.S. (zinc pyrithione)"
                    },
                ),
            },
            lambda i: {"updated": i[0], "dgd": "DGD-604417"},
        ),
        "val_done": "DGD-604417 validates clean: EmS and flash point on the paint line, marine pollutant flag and technical name on the UN3082 line.",
        "intents": [
            ("check the booking events for HLCUOSL2604417", "checking the booking events"),
            (
                "look at what the carrier logged on 2604417",
                "looking at the carrier's log for 2604417",
            ),
            (
                "pull the event history for the rolled booking",
                "pulling the rolled booking's history",
            ),
        ],
        "src": [
            (
                "check the booking events",
                "checking booking events",
                "carrier.get_booking_events",
                {"bookingNumber": "HLCUOSL2604417"},
                {
                    "events": [
                        {"at": "2026-04-16T11:02:00Z", "code": "DG_REJECTED", "by": "DG desk HAM"},
                        {
                            "at": "2026-04-17T08:30:00Z",
                            "code": "ROLLED",
                            "to": "HAMBURG EXPRESS 2615W",
                        },
                    ]
                },
                "The DG desk rejected the DG on 16 April and the booking was rolled to 2615W the next morning.",
            ),
            (
                "read the DG desk's rejection",
                "reading the rejection",
                "carrier.get_dg_decision",
                {"bookingNumber": "HLCUOSL2604417"},
                {
                    "decision": {
                        "status": "REJECTED",
                        "reason": "Declared PG II inconsistent with flash point 31 CEL; corrected declaration not received before cut-off",
                    }
                },
                "Reason: PG II doesn't match the 31 C flash point, and no correction arrived before cut-off.",
            ),
            (
                "check the SDS on file",
                "checking the SDS",
                "dg.get_sds",
                {"product": "Halden Marine Topcoat 740"},
                {
                    "sds": {
                        "section14": {"un": "UN1263", "class": "3", "packingGroup": "III"},
                        "section9": {"flashPoint": "31 C (closed cup)"},
                        "revision": "2026-02-11",
                    }
                },
                "The SDS says PG III - the booking was made with the wrong packing group.",
            ),
        ],
        "answer": "HLCUOSL2604417 was rolled because the booking declared the paint as UN1263 PG II, but its 31 C flash point (and Halden's own SDS) makes it PG III. The DG desk rejected it on 16 April, no correction came before cut-off, and it moved to 2615W. Amend to PG III and resubmit for 2615W.",
        "mono": [
            "I'm looking into why HLCUOSL2604417 was rolled and will get back to you with the reason.",
            "Investigating the roll on 2604417 - update shortly.",
        ],
        "chat": [
            ("TGHU 881204-7, seal HC-220417", "TGHU 881204-7 / seal HC-220417"),
            ("MSKU 402918-3, seal HC-220418", "MSKU 402918-3 / seal HC-220418"),
            ("sorry, MSKU seal is HC-220419", "MSKU 402918-3 seal corrected to HC-220419"),
            (
                "CAIU 550128-4, seal HC-220420, marine pollutant labels on",
                "CAIU 550128-4 / seal HC-220420 (MP marked)",
            ),
            ("HLXU 830114-6, seal HC-220421", "HLXU 830114-6 / seal HC-220421"),
        ],
        "chat_apply": (
            "carrier.submit_container_details",
            lambda n: {"voyage": "2614W", "containers": n},
            lambda n: {"containerDetails": {"accepted": n}},
        ),
        "queue": (
            "carrier.poll_notifications",
            {"subscription": "dg-bookings-halden", "max": 1},
            [
                {"notification": {"id": "NTF-%d" % n, "bookingNumber": b, "event": e}}
                for n, b, e in (
                    (88120, "HLCUOSL2604421", "DG_APPROVED"),
                    (88121, "HLCUOSL2604433", "DG_APPROVED"),
                    (88125, "HLCUOSL2604449", "DG_MORE_INFO_REQUIRED"),
                    (88127, "HLCUOSL2604455", "DG_APPROVED"),
                )
            ],
            {"notification": None},
            lambda m: (
                "erp.update_shipment",
                {
                    "booking": m["notification"]["bookingNumber"],
                    "dg_status": m["notification"]["event"],
                },
                {"ok": True, "booking": m["notification"]["bookingNumber"]},
            ),
        ),
        "queue_done": "No more carrier notifications; %d DG updates written to the ERP.",
        "list": (
            "carrier.list_bookings",
            {"shipper": "HALDEN-COATINGS-AS", "dgStatus": "PENDING_APPROVAL", "limit": 4},
            list_args,
            [page(0), page(1), page(2)],
            "10 Halden bookings are pending DG approval (HLCUOSL2604410 to 2604455); list ready for the DG desk call.",
        ),
        "docs": [
            (
                "dg.get_sds",
                {"product": "Halden Marine Topcoat 740", "title": "SDS Topcoat 740"},
                {
                    "sds": {
                        "section14": {
                            "un": "UN1263",
                            "class": "3",
                            "packingGroup": "III",
                            "ems": "F-E, S-E",
                        },
                        "section9": {"flashPoint": "31 C"},
                    }
                },
                [
                    "the SDS classes Topcoat 740 as UN1263, class 3, PG III",
                    "flash point 31 C, EmS F-E S-E",
                ],
            ),
            (
                "dg.get_imdg_extract",
                {"topic": "segregation class 3 vs class 8", "title": "IMDG 7.2.4"},
                {
                    "extract": "Class 3 and class 8: 'away from' - no segregation required within the same container only if compatible; otherwise separate containers."
                },
                [
                    "IMDG 7.2.4 puts class 3 and 8 'away from' each other",
                    "mixing them in one container needs a compatibility check",
                ],
            ),
            (
                "carrier.get_dg_terms",
                {"carrier": "HLCU", "title": "Hapag DG terms"},
                {
                    "terms": {
                        "dgCutoffHours": 72,
                        "amendmentsAfterCutoff": "roll to next sailing",
                        "fee": "EUR 150 per DG amendment",
                    }
                },
                [
                    "Hapag's DG cut-off is 72 h",
                    "late amendments roll to the next sailing and cost EUR 150",
                ],
            ),
        ],
        "docs_done": "For the call: the paint is UN1263 PG III per its SDS (31 C flash point); class 3 and 8 must stay 'away from' each other; Hapag closes DG 72 h before sailing and rolls late amendments (EUR 150). The PG mismatch on the booking is the root problem.",
        "job": (
            "dg.generate_pack",
            {"voyage": "2614W", "shipper": "HALDEN-COATINGS-AS", "documents": ["DGD", "CPC"]},
            {"job": {"id": "dgpack-77120", "status": "QUEUED"}},
            "dg.get_job",
            {"id": "dgpack-77120"},
            job_pay,
            "dg.get_pack",
            {"id": "dgpack-77120"},
            {"pack": {"file": "2614W_HALDEN_DG_pack.pdf", "documents": 36, "pages": 108}},
            52,
        ),
        "job_done": "DG pack for 2614W is done: 36 documents (DGDs and packing certificates), 108 pages.",
        "confirm_qs": [
            "Before amending, can you confirm Halden's email actually says PG III and not just 'corrected'?",
            "Do you want the amendment on 2615W, or should I try to get it back on 2614W?",
            "There's a EUR 150 amendment fee. OK to incur it?",
            "Should I send the new DGD to Halden before or after the carrier accepts it?",
            "Are you sure about resubmitting today? The DG desk closes at 17:00.",
            "So - amend, resubmit, and email Halden logistics. Confirm?",
        ],
        "stages": [
            (
                "1: amend HLCUOSL2604417 to UN1263 PG III on 2615W (EUR 150 fee). OK?",
                "carrier.amend_booking",
                {
                    "bookingNumber": "HLCUOSL2604417",
                    "container": "TGHU 881204-7",
                    "dg": {"unNumber": "UN1263", "packingGroup": "III"},
                },
                {
                    "amendment": {
                        "id": "AMD-55012",
                        "status": "ACCEPTED",
                        "fee": {"amount": 150, "currency": "EUR"},
                    }
                },
                "Amendment AMD-55012 accepted.",
            ),
            (
                "2: resubmit the DG declaration with PG III and flash point 31 C. Submit?",
                "carrier.submit_dg_declaration",
                {
                    "bookingNumber": "HLCUOSL2604417",
                    "container": "TGHU 881204-7",
                    "unNumber": "UN1263",
                    "class": "3",
                    "packingGroup": "III",
                    "flashPoint": {"value": 31, "unit": "CEL"},
                },
                {"dgDeclaration": {"status": "SUBMITTED", "reference": "DGD-604417-R1"}},
                "Submitted as DGD-604417-R1.",
            ),
            (
                "3: email Halden logistics the new reference and sailing. Send?",
                "outlook.send_mail",
                {
                    "to": "logistics@haldencoatings.example",
                    "subject": "HLCUOSL2604417 - DG corrected, now on 2615W",
                    "body": "PG III declared (DGD-604417-R1).",
                },
                {"id": "AAMkAGE1Nj", "status": "sent"},
                "Email sent.",
            ),
        ],
        "stages_done": "HLCUOSL2604417 is amended to PG III on 2615W, the DG is resubmitted (DGD-604417-R1) and Halden has been told.",
        "dry": [
            ("outlook.search", {"query": "HLCUOSL2604417 rolled"}, {"value": []}),
            ("teams.search_messages", {"query": "2604417 roll"}, {"value": []}),
            (
                "sharepoint.search",
                {"query": "HAMBURG EXPRESS 2614W roll Halden"},
                {"value": [{"hitsContainers": [{"total": 0, "hits": []}]}]},
            ),
        ],
        "dry_talk": [
            "Nothing turned up. I'll check them again.",
            "Still no mention anywhere; searching again.",
        ],
    }


DOMAINS = [
    dom_pharma,
    dom_reinsurance,
    dom_postgres,
    dom_shipyard,
    dom_lis,
    dom_tv,
    dom_muni,
    dom_dg,
]


# ============================================================================================
# Loop kinds and their near misses
# ============================================================================================


def _get(r, it):
    tool, argf, payf = r.d["get"]
    r.call(tool, argf(it), payf(it))


def _upd(r, it):
    tool, argf, payf, _verb = r.d["upd"]
    r.call(tool, argf(it), payf(it))


def loop_exact_repeat(r):
    d = r.d
    r.open("items")
    it = d["items"][r.rng.randint(0, 3)]
    msg = r.pick(
        [
            "I've reviewed {id} and everything needed is in place. I'm proceeding with the update now and will confirm once it's through.",
            "{id} checks out against the requirements. Applying the change now - I'll report back as soon as it's complete.",
            "All prerequisites for {id} are satisfied, so it will be {verb} in a moment; confirmation to follow.",
            "Looked at {id} again: nothing blocking. It gets {verb} now and I'll let you know when that lands.",
        ]
    ).format(id=it["id"], verb=d["upd"][3])
    n = r.rng.randint(3, 7)
    for i in range(n):
        if i and r.rng.random() < 0.4:
            r.say(msg, r.pick(NUDGES))
        else:
            r.say(msg)
        if i < n - 1 and r.rng.random() < 0.7:
            _get(r, it)


def prog_per_item_confirmations(r):
    d = r.d
    r.open("items")
    items = list(d["items"])
    n = r.rng.randint(3, 7)
    verb = d["upd"][3]
    forms = [
        "{id}: {verb} - done.",
        "Done - {id} {verb}.",
        "{id} {verb}. Next one.",
        "{id} is {verb}; moving on.",
        "{Verb}: {id}. ({k} of {n})",
        "OK, {id} {verb} ({k}/{n}).",
    ]
    for k, it in enumerate(items[:n], 1):
        _upd(r, it)
        if r.rng.random() < 0.8 or k == n:
            r.say(r.pick(forms).format(id=it["id"], verb=verb, Verb=verb.capitalize(), k=k, n=n))
    r.say(
        r.pick(
            [
                "All {n} done: {ids}.",
                "Finished - {n} records {verb}: {ids}.",
                "That's the lot - {n} {verb}: {ids}.",
            ]
        ).format(n=n, verb=verb, ids=", ".join(i["id"] for i in items[:n]))
    )


PROMISE_FORMS = [
    "Next I'm going to {x}.",
    "Let me {x} now.",
    "I'll go ahead and {x}.",
    "Right, next up is {x_ing}; doing that now.",
    "OK - I'll {x} and report what I find.",
    "Moving on: I'm about to {x}.",
    "Give me a moment while I {x}.",
    "Now to {x}. Starting on that.",
    "I still need to {x}, so that's what I'll do next.",
    "Let me get on with {x_ing}.",
]


def loop_paraphrased_repeat(r):
    d = r.d
    r.open("research")
    n = r.rng.randint(4, 8)
    forms = list(PROMISE_FORMS)
    r.rng.shuffle(forms)
    seen = set()
    i = 0
    while len(seen) < n:
        x, x_ing = d["intents"][i % len(d["intents"])]
        text = forms[i % len(forms)].format(x=x, x_ing=x_ing)
        i += 1
        if text in seen:
            continue
        seen.add(text)
        obs = r.pick(NUDGES) if len(seen) > 2 and r.rng.random() < 0.25 else ""
        r.say(text, obs)


def prog_narrated_stepwise_work(r):
    d = r.d
    r.open("research")
    srcs = list(d["src"])
    forms = list(PROMISE_FORMS)
    r.rng.shuffle(forms)
    for i, (x, x_ing, tool, args, payload, fact) in enumerate(srcs):
        r.say(forms[i].format(x=x, x_ing=x_ing))
        r.call(tool, args, payload)
        if r.rng.random() < 0.3:
            r.say(fact)
    r.say(d["answer"])


def loop_ab_oscillation(r):
    d = r.d
    r.open("fix", calls=r.rng.choice([1, 2]))
    tool_a, args_a, pay_a, tool_b, args_b, pay_b = d["osc"]
    n = r.rng.randint(6, 13)
    for i in range(n):
        if i % 2 == 0:
            r.call(tool_a, args_a, pay_a, err=True)
        else:
            r.call(tool_b, args_b, pay_b)
        if i == 3 and r.rng.random() < 0.5:
            r.say(r.pick(d["osc_talk"]))


def prog_alternating_read_write(r):
    d = r.d
    r.open("items", calls=1)
    n = r.rng.randint(3, 6)
    for it in d["items"][:n]:
        _get(r, it)
        _upd(r, it)
    r.say(
        r.pick(
            [
                "Checked and {verb} {n} records in turn: {ids}. Each was read first to make sure it was still eligible.",
                "Done. Read-then-write for each of {ids}; all {n} now {verb}.",
                "{n} processed ({ids}), each verified before it was {verb}.",
            ]
        ).format(verb=d["upd"][3], n=n, ids=", ".join(i["id"] for i in d["items"][:n]))
    )


def loop_failing_tool_retry(r):
    d = r.d
    r.open("write")
    tool, args, errp, _muts = d["perm"]
    n = r.rng.randint(4, 8)
    talk = list(d["retry_talk"])
    r.rng.shuffle(talk)
    for i in range(n):
        r.call(tool, args, errp, err=True)
        if i < n - 1 and r.rng.random() < 0.45:
            r.say(talk[i % len(talk)])


def prog_transient_backoff(r):
    d = r.d
    r.open("write")
    tool, args, errp, okp, after = d["trans"]
    fails = r.rng.randint(1, 3)
    wait = r.rng.choice([2, 4, 5, 8])
    for _ in range(fails):
        r.call(tool, args, errp, err=True)
        r.say(
            r.pick(
                [
                    "Transient error from the server - backing off %d s before retrying the same request."
                    % wait,
                    "That's a throttling/availability error, not a problem with the request. Waiting %d s and retrying."
                    % wait,
                    "Server-side hiccup. I'll retry after %d seconds." % wait,
                ]
            )
        )
        wait *= 2
    r.call(tool, args, okp)
    for tool2, args2, pay2 in after:
        r.call(tool2, args2, pay2)
    r.say(d["trans_done"])


def loop_same_action_same_obs(r):
    d = r.d
    r.open("fix", calls=1)
    tool, args, text = d["same"]
    n = r.rng.randint(4, 8)
    talk = list(d["same_talk"])
    r.rng.shuffle(talk)
    for i in range(n):
        r.call(tool, args, text, raw=True)
        if i < n - 1 and r.rng.random() < 0.5:
            r.say(talk[i % len(talk)])


def prog_recheck_after_each_fix(r):
    d = r.d
    r.open("fix", calls=1)
    vtool, vargs, issues, vpay, fixtool, fixargs, fixpay = d["val"]
    left = list(issues[: r.rng.randint(2, len(issues))])
    while True:
        r.call(vtool, vargs, vpay(left), err=False)
        if not left:
            break
        iss = left.pop(0)
        r.call(fixtool, fixargs(iss), fixpay(iss))
    r.say(d["val_done"])


def loop_identical_monologue(r):
    d = r.d
    r.open("research")
    msg = r.pick(d["mono"])
    for _ in range(r.rng.randint(4, 9)):
        r.say(msg)


def prog_short_acks(r):
    d = r.d
    r.open("chat", calls=1)
    msgs = list(d["chat"])
    n = r.rng.randint(3, len(msgs))
    acks = [
        "Noted: {a}.",
        "Got it - {a}.",
        "Added: {a}.",
        "OK, {a}.",
        "Noted - {a}. Anything else?",
        "Logged: {a}.",
    ]
    got = []
    for k, (msg, a) in enumerate(msgs[:n], 1):
        got.append(a)
        r.say(r.pick(acks).format(a=a) + (" (%d so far)" % k if r.rng.random() < 0.4 else ""), msg)
    tool, argf, payf = d["chat_apply"]
    r.call(tool, argf(n), payf(n))
    r.say("Applied all %d: %s." % (n, "; ".join(got)), "")


def loop_identical_tool_calls(r):
    d = r.d
    r.open("items")
    it = d["items"][r.rng.randint(0, 4)]
    n = r.rng.randint(4, 10)
    for i in range(n):
        _get(r, it)
        if i == n // 2 and r.rng.random() < 0.5:
            r.say(r.pick(["Checking that record.", "Let me look at it.", "Fetching the record."]))


def prog_queue_draining(r):
    d = r.d
    r.open("queue", calls=1)
    tool, args, msgs, empty, handle = d["queue"]
    n = r.rng.randint(2, len(msgs))
    for m in msgs[:n]:
        r.call(tool, args, m)
        htool, hargs, hpay = handle(m)
        r.call(htool, hargs, hpay)
    r.call(tool, args, empty)
    r.say(d["queue_done"] % n)


def loop_cursor_reset_paging(r):
    d = r.d
    r.open("list", calls=1)
    tool, args0, argsf, pages, _done = d["list"]
    r.call(tool, args0, pages[0])
    n = r.rng.randint(3, 8)
    talk = [
        "Page 1 done, fetching the next page.",
        "Getting the next page of results.",
        "More results to go; requesting the following page.",
        "Continuing to page through.",
    ]
    bad = argsf(None)
    for i in range(n):
        if r.rng.random() < 0.45:
            r.say(r.pick(talk))
        r.call(tool, bad if i % 2 else args0, pages[0])


def prog_paging(r):
    d = r.d
    r.open("list", calls=1)
    tool, args0, argsf, pages, done = d["list"]
    r.call(tool, args0, pages[0])
    for k in range(1, len(pages)):
        if r.rng.random() < 0.4:
            r.say(
                "Page %d read; %s"
                % (k, r.pick(["on to the next.", "continuing.", "more to come."]))
            )
        r.call(tool, argsf(k), pages[k])
    r.say(done)


def loop_irrelevant_arg_thrash(r):
    d = r.d
    r.open("write")
    tool, _args, errp, muts = d["perm"]
    n = r.rng.randint(4, min(7, len(muts)))
    for i in range(n):
        margs, why = muts[i]
        if i:
            r.say(why)
        r.call(tool, margs, errp, err=True)


def prog_retry_corrected(r):
    d = r.d
    r.open("write")
    tool, bad, errp, good, okp, why, after = d["ferr"]
    r.call(tool, bad, errp, err=True)
    r.say(why)
    r.call(tool, good, okp)
    if r.rng.random() < 0.5:
        r.say(
            r.pick(
                ["That went through.", "Accepted this time.", "Good, it took the corrected value."]
            )
        )
    for t2, a2, p2 in after:
        r.call(t2, a2, p2)
    r.say(d["ferr_done"])


def loop_resummarise(r):
    d = r.d
    r.open("docs", calls=1)
    docs = d["docs"]
    k = r.rng.randint(1, 2)
    facts = []
    for tool, args, payload, fact in docs[:k]:
        r.call(tool, args, payload)
        facts.extend(fact)
    heads = [
        "Let me tighten that. ",
        "Shorter version: ",
        "Revised summary - ",
        "Condensing further: ",
        "Rewording for clarity: ",
        "Final summary (again): ",
        "One more pass: ",
        "Cleaner take: ",
    ]
    r.rng.shuffle(heads)
    n = r.rng.randint(4, 8)
    for i in range(n):
        fs = list(facts)
        r.rng.shuffle(fs)
        keep = fs[: max(2, len(fs) - r.rng.randint(0, 1))]
        joiner = r.pick(["; ", ". ", " - ", "; also, "])
        if joiner == ". ":
            keep = [f[0].upper() + f[1:] for f in keep]
        body = joiner.join(keep)
        head = "Summary: " if i == 0 else heads[i % len(heads)]
        if head.endswith(". "):
            body = body[0].upper() + body[1:]
        r.say(head + body + ".")


def prog_summarise_docs(r):
    d = r.d
    r.open("docs", calls=1)
    docs = d["docs"]
    n = r.rng.randint(2, len(docs))
    for tool, args, payload, fact in docs[:n]:
        r.call(tool, args, payload)
        r.say(
            r.pick(["From %s: " % args.get("title", "this one"), "Key points: ", "This adds: ", ""])
            + "; ".join(fact)
            + "."
        )
    r.say(d["docs_done"])


def loop_stalled_job(r):
    d = r.d
    r.open("job", calls=1)
    st, sargs, spay, pt, pargs, ppay, _rt, _ra, _rp, pct = d["job"]
    r.call(st, sargs, spay)
    n = r.rng.randint(4, 10)
    for i in range(n):
        r.call(pt, pargs, ppay("RUNNING", pct))
        if i < n - 1 and r.rng.random() < 0.35:
            r.say(
                r.pick(
                    [
                        "Still running, checking again.",
                        "Not finished yet; polling again.",
                        "Job still in progress.",
                        "Waiting on the job.",
                    ]
                )
            )


def prog_job_completion(r):
    d = r.d
    r.open("job", calls=1)
    st, sargs, spay, pt, pargs, ppay, rt, ra, rp, pct = d["job"]
    r.call(st, sargs, spay)
    n = r.rng.randint(2, 6)
    for i in range(n):
        p = min(99, pct // 3 + (i + 1) * (100 // (n + 1)))
        r.call(pt, pargs, ppay("RUNNING", p))
        if r.rng.random() < 0.3:
            r.say("At %d%% now, still moving." % p)
    r.call(pt, pargs, ppay("SUCCEEDED", 100))
    r.call(rt, ra, rp)
    r.say(d["job_done"])


def loop_confirmation_seeking(r):
    d = r.d
    r.open("act", calls=r.rng.choice([1, 2]))
    qs = list(d["confirm_qs"])
    r.rng.shuffle(qs)
    replies = [
        "Yes, go ahead.",
        "Yes. I already said yes.",
        "Confirmed. Please do it.",
        "Yes!! Just do it.",
        "Correct, proceed.",
        "Yep, that's right.",
        "I confirm. Again.",
        "Yes - why are you asking again?",
    ]
    n = r.rng.randint(3, min(7, len(qs)))
    obs = ""
    for i in range(n):
        r.say(qs[i], obs)
        obs = replies[i % len(replies)] if i < 2 else r.pick(replies)


def prog_staged_approvals(r):
    d = r.d
    r.open("act", calls=1)
    stages = list(d["stages"])
    if r.rng.random() < 0.4:
        stages = stages[:2]
    prev = ""
    obs = ""
    for q, tool, args, pay, rep in stages:
        r.say((prev + " " + q).strip(), obs)
        go = r.pick(
            [
                "Approved.",
                "Yes, go on.",
                "OK.",
                "Looks right - proceed.",
                "Go ahead.",
                "Fine, do it.",
            ]
        )
        r.say(r.pick(["Thanks - doing it now.", "Running it.", "On it.", "Proceeding."]), go)
        r.call(tool, args, pay)
        prev = rep
        obs = ""
    if len(stages) == 3:
        r.say(prev + " " + d["stages_done"], obs)
    else:
        r.say(
            prev + " Understood - stopping here; the last step is yours.",
            r.pick(
                [
                    "Hold the last step, I'll do that one myself.",
                    "Stop there please, I'll handle the rest.",
                ]
            ),
        )


def loop_source_rotation(r):
    d = r.d
    r.open("research", calls=1)
    dry = d["dry"]
    n = r.rng.randint(6, 10)
    for i in range(n):
        tool, args, payload = dry[i % len(dry)]
        r.call(tool, args, payload)
        if i % len(dry) == len(dry) - 1 and i < n - 1 and r.rng.random() < 0.6:
            r.say(r.pick(d["dry_talk"]))


def prog_triangulate(r):
    d = r.d
    r.open("research", calls=1)
    for _x, _xi, tool, args, payload, fact in d["src"]:
        r.call(tool, args, payload)
        if r.rng.random() < 0.7:
            r.say(fact)
    r.say(d["answer"])


PAIRS = [
    ("exact_repeat", loop_exact_repeat, "per_item_confirmations", prog_per_item_confirmations),
    (
        "paraphrased_repeat",
        loop_paraphrased_repeat,
        "narrated_stepwise_work",
        prog_narrated_stepwise_work,
    ),
    ("ab_oscillation", loop_ab_oscillation, "alternating_read_write", prog_alternating_read_write),
    (
        "failing_tool_retry",
        loop_failing_tool_retry,
        "transient_error_backoff",
        prog_transient_backoff,
    ),
    (
        "same_action_same_observation",
        loop_same_action_same_obs,
        "recheck_after_each_fix",
        prog_recheck_after_each_fix,
    ),
    ("identical_monologue", loop_identical_monologue, "short_acks_to_new_input", prog_short_acks),
    (
        "identical_tool_calls",
        loop_identical_tool_calls,
        "queue_draining_same_call",
        prog_queue_draining,
    ),
    ("cursor_reset_paging", loop_cursor_reset_paging, "paging_through_results", prog_paging),
    (
        "irrelevant_argument_thrash",
        loop_irrelevant_arg_thrash,
        "retry_corrected_argument",
        prog_retry_corrected,
    ),
    (
        "resummarise_own_summary",
        loop_resummarise,
        "summarise_related_documents",
        prog_summarise_docs,
    ),
    ("stalled_job_polling", loop_stalled_job, "polling_job_to_completion", prog_job_completion),
    (
        "confirmation_seeking_loop",
        loop_confirmation_seeking,
        "staged_approval_checkpoints",
        prog_staged_approvals,
    ),
    (
        "source_rotation_no_new_info",
        loop_source_rotation,
        "triangulating_sources",
        prog_triangulate,
    ),
]


def build():
    rows = []
    doms = [f() for f in DOMAINS]
    for lk, lf, pk, pf in PAIRS:
        for label, kind, fn in (("loop", lk, lf), ("progress", pk, pf)):
            for num, dom in enumerate(doms, 1):
                r = Row(label, kind, dom, num)
                fn(r)
                assert 6 <= len(r.steps) <= 20, (r.id, len(r.steps))
                rows.append(r.row())
    return rows


def main():
    rows = build()
    with open(HERE / "trajectories.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(rows))


if __name__ == "__main__":
    main()
