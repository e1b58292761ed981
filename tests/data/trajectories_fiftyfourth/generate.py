"""Fifty-fourth blind trajectory set: 13 loop kinds, 13 progress near misses, 8 domains.

Standard library only and deterministic: every row draws from its own ``random.Random``
seeded with SEED and the row id. Run as a script to (re)write ``trajectories.jsonl``.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path

SEED = 5454
PREFIX = "fiftyfourth"


# ---------------------------------------------------------------------------
# envelopes: each domain's servers wrap answers their own way
# ---------------------------------------------------------------------------


class Clock:
    def __init__(self, rng: random.Random) -> None:
        self.t = datetime(
            2026,
            rng.randint(2, 10),
            rng.randint(1, 27),
            rng.randint(6, 20),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )

    def tick(self, rng: random.Random, lo: int = 3, hi: int = 40) -> str:
        self.t += timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.t.microsecond // 1000)


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng: random.Random) -> str:
    return "%s-%s-4%s-%s-%s" % (
        hexid(rng, 8),
        hexid(rng, 4),
        hexid(rng, 3),
        rng.choice("89ab") + hexid(rng, 3),
        hexid(rng, 12),
    )


def wrap(
    style: str,
    rng: random.Random,
    clk: Clock,
    payload: object,
    err: tuple[str, str, int] | None = None,
) -> str:
    ts = clk.tick(rng)
    ms = rng.randint(18, 900)
    if style == "rest":
        body: object
        if err:
            body = {
                "request_id": "req_" + hexid(rng, 16),
                "error": {"code": err[0], "message": err[1], "status": err[2]},
            }
        else:
            body = {"request_id": "req_" + hexid(rng, 16), "took_ms": ms, "data": payload}
    elif style == "meta":
        meta = {"requestId": uuid(rng), "timestamp": ts, "durationMs": ms}
        if err:
            body = {
                "errors": [{"status": str(err[2]), "code": err[0], "detail": err[1]}],
                "meta": meta,
            }
        else:
            body = {"data": payload, "meta": meta}
    elif style == "soa":
        if err:
            body = {
                "status": "error",
                "correlationId": uuid(rng),
                "serverTime": ts,
                "fault": {"faultCode": err[0], "faultString": err[1], "httpStatus": err[2]},
            }
        else:
            body = {
                "status": "success",
                "correlationId": uuid(rng),
                "serverTime": ts,
                "payload": payload,
            }
    elif style == "zowe":
        if err:
            body = {
                "success": False,
                "exitCode": 1,
                "message": err[1],
                "stdout": "",
                "stderr": err[1] + "\n",
                "data": {"errorCode": err[2], "reason": err[0]},
            }
        else:
            body = {
                "success": True,
                "exitCode": 0,
                "message": "",
                "stdout": "",
                "stderr": "",
                "data": payload,
            }
    else:  # govc -json: raw payloads, errors are plain text on stderr
        if err:
            return "govc: %s" % err[1]
        body = payload
    return json.dumps(body, separators=(",", ":"))


def tool(name: str, args: dict, obs: str, error: bool = False) -> dict:
    return {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}


def llm(text: str, obs: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": obs}


# ---------------------------------------------------------------------------
# domains
# ---------------------------------------------------------------------------

DOMAINS: list[dict] = [
    {
        "name": "mud_logging_drilling_ops",
        "style": "meta",
        "ctx": [
            (
                "wits_query",
                {"well": "NSK-14H", "channels": ["DBTM", "ROPA", "GASA"], "last_minutes": 30},
                {
                    "well": "NSK-14H",
                    "rig": "Rig 37",
                    "DBTM_ft": 12410.6,
                    "ROPA_fph": 61.2,
                    "GASA_units": 148,
                    "sampled": 1800,
                },
            ),
            (
                "edr_fetch_interval",
                {"well": "NSK-14H", "from_md": 12100, "to_md": 12410},
                {
                    "rows": 310,
                    "lithology_pick": "shale 70% / siltstone 30%",
                    "max_gas_units": 212,
                    "connection_gas": [12188, 12280, 12372],
                },
            ),
            (
                "daily_drilling_report.get",
                {"well": "NSK-14H", "report_no": 41},
                {
                    "report_no": 41,
                    "depth_md": 12410,
                    "mud_weight_ppg": 10.4,
                    "operations": "Drilling 8-1/2in lateral, slide 12290-12320",
                },
            ),
        ],
        "req": {
            "status": "Can you annotate gas peaks on the NSK-14H mud log for the 12,100-12,410 ft interval? There should be about 24 connection and trip gas events to tag before the 06:00 handover.",
            "docs": "Before the morning call, summarise the offset well reports for NSK-14H (NSK-09H, NSK-11H and the regional pore pressure memo). Drilling supt wants the kick risk picture.",
            "edit": "The GASA channel on NSK-14H is reading about 30% high against the chromatograph. Adjust the gas trap calibration factor in the WITS config until the two agree.",
            "fix": "Please add the lithology description for the cuttings sample at 12,410 ft MD to the NSK-14H mud log: 'Sh, gy-dk gy, frm, calc, tr pyr'.",
            "wait": "The LIMS cuttings XRF batch for NSK-14H was submitted an hour ago. Once results post, push the calcite % into the mud log.",
            "draft": "Draft the geology morning note for NSK-14H to the asset team: current depth, ROP trend, gas, and the planned casing point.",
            "list": "Pull every gas event flagged above 150 units on NSK-14H since the lateral kicked off and give me a count by type.",
            "find": "Find the sidewall core report from NSK-11H that mentions the Wolfcamp B calcareous stringer - I need the depth they picked it at.",
            "hand": "Open a request with the wellsite geology desk to get the chromatograph on NSK-14H recalibrated, it's drifting.",
            "plan": "Build the end-of-well mud log package for NSK-09H: final log PDF, LAS export, and the sample inventory sheet.",
            "ask": "Set up the mud log depth scale for the NSK-14H sidetrack.",
            "batch": "QC the three pending cuttings samples for NSK-14H (12,320, 12,350 and 12,380 ft) and post them to the log.",
        },
        "look": (
            "wits_query",
            {"well": "NSK-14H", "channels": ["DBTM"], "last_minutes": 5},
            {"well": "NSK-14H", "DBTM_ft": 12410.6, "ROPA_fph": 0.0, "rig_state": "CIRCULATING"},
        ),
        "look_var": "sampled_at",
        "search": (
            "docvault.search",
            "q",
            [
                "NSK-11H sidewall core Wolfcamp B stringer",
                "Wolfcamp B calcareous stringer SWC depth",
                "NSK-11H SWC report calcareous",
                "sidewall core calcareous Wolfcamp NSK 11",
                "NSK11H core description Wolfcamp B",
                "rotary sidewall core NSK-11H",
            ],
            [
                ("Wolfcamp B", 341),
                ("Wolfcamp B sidewall core", 46),
                ("Wolfcamp B sidewall core NSK-11H", 5),
                ("NSK-11H SWC calcareous stringer", 1),
            ],
            {
                "doc_id": "DV-88213",
                "title": "NSK-11H Rotary Sidewall Core Descriptions",
                "hit": "calcareous stringer picked at 11,982 ft MD, 4 ft thick",
            },
        ),
        "act": (
            "mudlog_annotate",
            {
                "well": "NSK-14H",
                "depth_md": 12410,
                "type": "lithology",
                "text": "Sh, gy-dk gy, frm, calc, tr pyr",
            },
            {
                "well": "NSK-14H",
                "depth_md": 12451,
                "type": "lithology",
                "text": "Sh, gy-dk gy, frm, calc, tr pyr",
            },
            ("DEPTH_OUT_OF_RANGE", "depth_md 12451 outside logged interval 0-12410.6 ft", 422),
            {"annotation_id": "ann_5521", "depth_md": 12410, "version": 88},
        ),
        "checks": [
            (
                "edr_fetch_interval",
                {"well": "NSK-14H", "from_md": 12400, "to_md": 12411},
                {"rows": 11, "lag_corrected": True},
                "lag correction is applied at that depth",
            ),
            (
                "lims.sample_get",
                {"sample_id": "NSK14H-12410"},
                {"sample_id": "NSK14H-12410", "status": "DESCRIBED", "geologist": "R. Okafor"},
                "the sample exists and is described",
            ),
            (
                "mudlog.lock_status",
                {"well": "NSK-14H"},
                {"locked": False, "editor": None},
                "nobody else has the log open",
            ),
        ],
        "job": (
            "lims.batch_status",
            {"batch_id": "XRF-2026-0419"},
            "XRF-2026-0419",
            ["QUEUED", "PREP", "RUNNING", "RUNNING", "COMPLETE"],
        ),
        "page": (
            "gas_events.list",
            {"well": "NSK-14H", "min_units": 150},
            "cursor",
            ["connection", "trip", "background", "connection", "drilled"],
        ),
        "docs": (
            "docvault.get",
            [
                (
                    "DV-77120",
                    "NSK-09H End of Well Report",
                    "took a 22 bbl kick at 11,870 ft in the Wolfcamp B, weighted up 10.2 to 10.9 ppg",
                ),
                (
                    "DV-80455",
                    "NSK-11H Drilling Summary",
                    "drilled the same interval at 10.6 ppg with no influx but 400-unit connection gas",
                ),
                (
                    "DV-91002",
                    "Regional Pore Pressure Memo Q3",
                    "pore pressure ramps 0.6 ppg over 300 ft below the B stringer, worst to the north-east",
                ),
            ],
        ),
        "hand": (
            "servicenow.create_request",
            {
                "assignment_group": "Wellsite Geology Desk",
                "short_description": "Chromatograph drift NSK-14H",
            },
            ["Wellsite Geology Desk", "Mud Logging Vendor Support"],
            [
                "Calibration of vendor-owned chromatograph must go to Mud Logging Vendor Support",
                "Vendor equipment is calibrated on operator request only - route via Wellsite Geology Desk",
            ],
            [
                ("calibration gas certificate number", "Cal gas cert CG-4471 attached"),
                ("last two calibration timestamps", "Cal logs 03:10 and 09:40 attached"),
                ("rig contact", "Night tourpusher D. Haines, ext 3714"),
            ],
        ),
        "edit": (
            "wits_config.set",
            "gas_trap_factor",
            ["1.00", "0.70"],
            ["0.85", "0.77", "0.74"],
            ("gas_compare.run", {"well": "NSK-14H", "window_min": 60}),
            "mean_bias_pct",
            [31.0, 14.2, 4.9, 0.8],
        ),
        "pipe": (
            ["lims.sample_get", "cuttings_qc.check", "mudlog_annotate"],
            ["NSK14H-12320", "NSK14H-12350", "NSK14H-12380"],
        ),
        "ask": (
            "Which depth reference do you want for the sidetrack scale - measured depth from the KOP at 9,870 ft, or TVD below rotary table?",
            "MD from the kick-off point, 1:240 scale.",
            "petrolog.create_track",
            {"well": "NSK-14H ST01", "reference": "MD", "origin_ft": 9870, "scale": "1:240"},
        ),
        "draft": [
            "Morning note NSK-14H: 12,410 ft MD, circulating; ROP averaged 61 fph over the last stand; background gas 140-150 units with connection peaks to 212; casing point unchanged at 12,900 ft.",
            "revision",
        ],
        "revisions": [
            ("Add the mud weight.", "Added: MW 10.4 ppg, ECD 10.9 while circulating."),
            (
                "Say the slide at 12,290-12,320 built 3 degrees.",
                "Added the slide note: 12,290-12,320 ft, build of 3.1 degrees.",
            ),
            (
                "Drop the casing point line, it's under review.",
                "Removed the casing point sentence and noted 'casing point under review'.",
            ),
            (
                "Send to asset-team-delaware.",
                "Sent to asset-team-delaware; message id <geo-note-0419@ops>.",
            ),
        ],
        "unit": "gas events",
        "thing": "the gas annotations",
    },
    {
        "name": "wage_garnishment_orders",
        "style": "rest",
        "ctx": [
            (
                "workday.get_worker",
                {"worker_id": "W-204417"},
                {
                    "worker_id": "W-204417",
                    "name": "Dana Whitcombe",
                    "pay_group": "US-BIWEEKLY",
                    "state": "OH",
                    "status": "Active",
                },
            ),
            (
                "garnishments.list_orders",
                {"worker_id": "W-204417"},
                {
                    "orders": [
                        {
                            "order_id": "GO-88120",
                            "type": "CHILD_SUPPORT",
                            "state": "OH",
                            "status": "ACTIVE",
                        },
                        {"order_id": "GO-90311", "type": "CREDITOR", "status": "RECEIVED"},
                    ]
                },
            ),
            (
                "payroll.get_earnings",
                {"worker_id": "W-204417", "period_end": "2026-06-12"},
                {"gross": 2884.62, "disposable": 2231.40, "currency": "USD"},
            ),
        ],
        "req": {
            "status": "We got 40 new garnishment orders from the mailroom scan this morning. Set them all up before Thursday's payroll close and tell me where you are.",
            "docs": "Summarise the three documents on Dana Whitcombe's file: the Ohio child support IWO, the creditor writ from Franklin County, and the CCPA priority memo. Legal wants to know which comes first.",
            "edit": "The disposable earnings calc for the Ohio pay group is off - Whitcombe's child support deduction came out at $1,116 when the cap should be about $1,004. Fix the CCPA percentage in the rule and re-run the preview.",
            "fix": "Set up the creditor garnishment GO-90311 for Dana Whitcombe, case 26-CV-014228, effective next pay date.",
            "wait": "Payroll preview for US-BIWEEKLY is running. When it's done, confirm the garnishment lines for W-204417 look right.",
            "draft": "Draft the employer answer to the Franklin County writ for Dana Whitcombe - we need to send it back within 10 days.",
            "list": "Give me every active garnishment order in Ohio with a remittance still pending for this cycle.",
            "find": "Find the order for case 26-DR-3391 - the agency says we received it in May but I can't see it.",
            "hand": "Send the GO-90311 remittance exception over to treasury so they can cut the check.",
            "plan": "Close out the garnishment for Marcus Bell (W-198230): final deduction, stop the order, notify the agency.",
            "ask": "Set up the tax levy that came in for Marcus Bell.",
            "batch": "Remit the three pending child-support payments to the Ohio SDU: GO-88120, GO-88344 and GO-89012.",
        },
        "look": (
            "garnishments.get_order",
            {"order_id": "GO-90311"},
            {
                "order_id": "GO-90311",
                "status": "RECEIVED",
                "case_number": None,
                "effective_date": None,
                "answer_due": "2026-06-22",
            },
        ),
        "look_var": "fetched_at",
        "search": (
            "garnishments.search",
            "query",
            [
                "26-DR-3391",
                "case 26-DR-3391",
                "26DR3391",
                "3391 ohio support",
                "DR-3391 May 2026",
                "case_number:*3391*",
            ],
            [
                ("Ohio CSEA May 2026", 128),
                ("Ohio CSEA May 2026 docket DR", 19),
                ("Ohio CSEA May 2026 docket 26-DR-339", 2),
                ("case_number:26-DR-03391", 1),
            ],
            {
                "order_id": "GO-87702",
                "case_number": "26-DR-03391",
                "hit": "filed under zero-padded case number, status ON_HOLD pending SSN match",
            },
        ),
        "act": (
            "garnishments.create_deduction",
            {"order_id": "GO-90311", "case_number": "26-CV-014228", "effective_date": "2026-06-26"},
            {"order_id": "GO-90311", "case_number": "26CV014228", "effective_date": "2026-06-26"},
            ("INVALID_CASE_NUMBER", "case_number must match ^[0-9]{2}-[A-Z]{2}-[0-9]{6}$", 400),
            {
                "deduction_code": "GARN-CRED-01",
                "order_id": "GO-90311",
                "first_pay_date": "2026-06-26",
                "status": "ACTIVE",
            },
        ),
        "checks": [
            (
                "payroll.get_earnings",
                {"worker_id": "W-204417", "period_end": "2026-06-26"},
                {"disposable": 2231.40, "existing_garn": 1004.13},
                "there is disposable room left after the support order",
            ),
            (
                "garnishments.priority_check",
                {"worker_id": "W-204417"},
                {"conflicts": [], "rule": "OH support > federal levy > creditor"},
                "no priority conflict with the support order",
            ),
            (
                "workday.get_worker",
                {"worker_id": "W-204417", "fields": ["termination_date"]},
                {"termination_date": None},
                "she is not in a termination flow",
            ),
        ],
        "job": (
            "payroll.preview_status",
            {"run_id": "PRV-US-BIWEEKLY-0626"},
            "PRV-US-BIWEEKLY-0626",
            ["QUEUED", "CALCULATING", "CALCULATING", "TAXES", "COMPLETE"],
        ),
        "page": (
            "garnishments.list_orders",
            {"state": "OH", "status": "ACTIVE", "remit_pending": True},
            "page_token",
            ["CHILD_SUPPORT", "CREDITOR", "STUDENT_LOAN", "CHILD_SUPPORT", "TAX_LEVY"],
        ),
        "docs": (
            "documents.get",
            [
                (
                    "DOC-4411",
                    "Ohio Income Withholding Order (IWO)",
                    "current support $448.50 biweekly plus $50 arrears, 60% CCPA cap since she supports no second family",
                ),
                (
                    "DOC-4530",
                    "Franklin County Writ of Garnishment",
                    "creditor judgment of $6,212.18, 25% of disposable earnings, answer due in 10 days",
                ),
                (
                    "DOC-3902",
                    "CCPA Priority Memo (Legal, 2025)",
                    "support orders outrank creditor writs; the creditor only gets what is left under the 25% limit",
                ),
            ],
        ),
        "hand": (
            "jira.create_issue",
            {
                "project": "TREAS",
                "issuetype": "Remittance Exception",
                "summary": "GO-90311 manual check",
            },
            ["TREAS", "PAYOPS"],
            [
                "Garnishment remittances are owned by Payroll Ops - please raise in PAYOPS",
                "Manual checks are cut by Treasury - moving back to TREAS",
            ],
            [
                ("payee remit address", "Franklin County Clerk, 373 S High St, Columbus OH 43215"),
                ("approved amount", "$557.85 approved by J. Ferris"),
                ("GL account", "GL 2140-310 Garnishments Payable"),
            ],
        ),
        "edit": (
            "payroll_rules.update",
            "ccpa_support_pct",
            ["65", "50"],
            ["55", "60", "60 + arrears flag"],
            ("payroll.preview_worker", {"worker_id": "W-204417"}),
            "support_deduction",
            [1116.40, 1227.27, 1338.84, 1004.13],
        ),
        "pipe": (
            ["garnishments.get_order", "sdu.validate_payment", "sdu.remit"],
            ["GO-88120", "GO-88344", "GO-89012"],
        ),
        "ask": (
            "Is the levy for Marcus Bell a federal IRS levy (Form 668-W) or a state tax levy? The exempt amount is worked out differently.",
            "Federal, 668-W, filing status single with one dependent.",
            "garnishments.create_order",
            {
                "worker_id": "W-198230",
                "type": "FED_TAX_LEVY",
                "form": "668-W",
                "filing_status": "S",
                "dependents": 1,
            },
        ),
        "draft": [
            "Draft answer to Franklin County writ 26-CV-014228: employer confirms Dana Whitcombe is employed, paid biweekly; disposable earnings $2,231.40; prior support order takes priority; $557.85 available per pay.",
            "revision",
        ],
        "revisions": [
            (
                "Put the prior order number in.",
                "Added the priority order reference GO-88120 (Ohio IWO).",
            ),
            (
                "Use the legal entity name, not the brand.",
                "Changed the employer to 'Halvorsen Logistics Holdings LLC'.",
            ),
            (
                "Add that we start on the 26th.",
                "Added: deductions begin with the 2026-06-26 pay date.",
            ),
            ("Looks good, attach to the order.", "Attached to GO-90311 as DOC-4602."),
        ],
        "unit": "orders",
        "thing": "the order set-ups",
    },
    {
        "name": "sterile_processing_trays",
        "style": "soa",
        "ctx": [
            (
                "censitrac.tray_lookup",
                {"tray_id": "ORTHO-LG-FRAG-03"},
                {
                    "tray_id": "ORTHO-LG-FRAG-03",
                    "location": "DECON",
                    "last_load": "L-2291",
                    "instruments": 74,
                    "missing": 0,
                },
            ),
            (
                "or_schedule.cases",
                {"date": "today", "service": "Ortho"},
                {
                    "cases": [
                        {
                            "case_id": "OR-55102",
                            "room": 7,
                            "start": "13:30",
                            "trays": ["ORTHO-LG-FRAG-03", "BASIC-MAJOR-12"],
                        }
                    ]
                },
            ),
            (
                "steris_washer.cycle_status",
                {"washer": "WD-2"},
                {
                    "washer": "WD-2",
                    "cycle": "INSTRUMENT-STD",
                    "state": "IDLE",
                    "last_result": "PASS",
                },
            ),
        ],
        "req": {
            "status": "Reprocess every tray pulled from the recalled load L-2291 - there are 36 of them - and keep me posted, OR needs them by 13:00.",
            "docs": "Summarise the IFU for the Stryker large frag set, our SPD policy 7.14, and the AAMI ST79 section on immediate-use steam sterilisation. Dr Patel is asking whether IUSS is allowed for this set.",
            "edit": "The prep-and-pack count sheet for BASIC-MAJOR-12 keeps flagging 2 missing instruments that are actually there. Fix the count sheet so it matches the physical tray.",
            "fix": "Release load L-2307 from steriliser ST-4 to sterile storage, the BI came back negative.",
            "wait": "Biological indicator for load L-2310 is in the incubator. Tell me as soon as it reads and release the load if it's negative.",
            "draft": "Draft the incident note for the wet pack found in OR 7 this morning on tray ORTHO-LG-FRAG-03.",
            "list": "List every tray that went through steriliser ST-4 yesterday so I can check the load records.",
            "find": "Find the tray that has the loaner Synthes pelvic reduction clamp - the rep says it came in on Tuesday.",
            "hand": "Get biomed to look at steriliser ST-4, it's throwing a chamber temperature deviation.",
            "plan": "Prep the trays for tomorrow's 07:30 total knee in OR 3: pull the case cart list, check availability, and start any reprocessing.",
            "ask": "Set up the loaner set from Zimmer for Thursday.",
            "batch": "Assemble and inspect the three trays back from decon: BASIC-MAJOR-12, HAND-SET-04, LAP-CHOLE-02.",
        },
        "look": (
            "bi_incubator.read",
            {"incubator": "INC-1", "load_id": "L-2310"},
            {
                "load_id": "L-2310",
                "bi_lot": "4417A",
                "elapsed_min": 24,
                "reading": "PENDING",
                "control": "PENDING",
            },
        ),
        "look_var": "read_at",
        "search": (
            "censitrac.search_instruments",
            "text",
            [
                "Synthes pelvic reduction clamp loaner",
                "pelvic reduction clamp",
                "Synthes clamp loaner Tuesday",
                "reduction forceps pelvic Synthes",
                "loaner pelvic set DePuy Synthes",
                "pelvic clamp 398.81",
            ],
            [
                ("Synthes", 212),
                ("Synthes loaner", 18),
                ("Synthes loaner received Tue", 3),
                ("398.810 loaner", 1),
            ],
            {
                "tray_id": "LOANER-DPS-PELVIC-01",
                "hit": "398.810 Pelvic Reduction Forceps in LOANER-DPS-PELVIC-01, checked in Tue 14:12",
            },
        ),
        "act": (
            "censitrac.load_release",
            {"load_id": "L-2307", "sterilizer": "ST-4", "bi_result": "NEGATIVE"},
            {"load_id": "L-2307", "sterilizer": "ST-3", "bi_result": "NEGATIVE"},
            (
                "LOAD_STERILIZER_MISMATCH",
                "Load L-2307 was not run on sterilizer ST-3 (recorded: ST-4)",
                409,
            ),
            {"load_id": "L-2307", "state": "RELEASED", "trays": 9, "released_by": "svc-spd-agent"},
        ),
        "checks": [
            (
                "bi_incubator.read",
                {"incubator": "INC-1", "load_id": "L-2307"},
                {"reading": "NEGATIVE", "control": "POSITIVE"},
                "BI negative and the control grew",
            ),
            (
                "censitrac.load_get",
                {"load_id": "L-2307"},
                {"cycle": "PREVAC-270F-4MIN", "printout_ok": True, "ci_class5": "PASS"},
                "the printout and class 5 integrator passed",
            ),
            (
                "censitrac.tray_lookup",
                {"load_id": "L-2307", "wet_pack": True},
                {"count": 0},
                "no wet packs recorded",
            ),
        ],
        "job": (
            "bi_incubator.read",
            {"incubator": "INC-1", "load_id": "L-2310"},
            "L-2310",
            ["PENDING", "PENDING", "PENDING", "PENDING", "NEGATIVE"],
        ),
        "page": (
            "censitrac.load_query",
            {"sterilizer": "ST-4", "date": "yesterday"},
            "offset",
            ["BASIC-MAJOR", "ORTHO-LG-FRAG", "LAP-CHOLE", "HAND-SET", "CYSTO-RIGID"],
        ),
        "docs": (
            "policy_library.get",
            [
                (
                    "IFU-STK-LF-2024",
                    "Stryker Large Fragment Set IFU",
                    "validated only for pre-vacuum 270F 4 min with 40 min dry; no IUSS cycle is validated",
                ),
                (
                    "SPD-7.14",
                    "SPD Policy 7.14 Immediate-Use Steam Sterilisation",
                    "IUSS only in emergencies, never for implants, and logged with a reason code",
                ),
                (
                    "AAMI-ST79-10",
                    "AAMI ST79 Section 10",
                    "IUSS must follow the manufacturer's validated cycle; without one it is not permitted",
                ),
            ],
        ),
        "hand": (
            "servicenow.create_incident",
            {
                "assignment_group": "Biomedical Engineering",
                "ci": "ST-4 Amsco 400",
                "short_description": "Chamber temp deviation",
            },
            ["Biomedical Engineering", "Facilities Steam Plant"],
            [
                "Chamber temp deviations are steam supply issues - reassigning to Facilities Steam Plant",
                "Steam header pressure normal at 58 psi - steriliser fault, back to Biomedical Engineering",
            ],
            [
                ("cycle printout", "Cycle 1142 printout attached, 268.1F at 2:10"),
                ("steam quality test", "Dryness fraction 0.97 from 06:00 test attached"),
                ("error code", "Amsco code E-251 chamber temp low"),
            ],
        ),
        "edit": (
            "censitrac.count_sheet_update",
            "line_qty",
            ["Adson forceps x2", "Adson forceps x4"],
            [
                "Adson forceps w/ teeth x2 + without x2",
                "Mayo scissors curved x1 -> x2",
                "Needle holder 7in x2",
            ],
            ("censitrac.count_sheet_validate", {"tray_id": "BASIC-MAJOR-12"}),
            "mismatches",
            [2, 2, 1, 0],
        ),
        "pipe": (
            ["censitrac.tray_lookup", "instrument_inspect.log", "censitrac.tray_assemble"],
            ["BASIC-MAJOR-12", "HAND-SET-04", "LAP-CHOLE-02"],
        ),
        "ask": (
            "For the Zimmer loaner - is it the Persona knee set for Dr Okoye's Thursday case, and how many trays did the rep say are coming?",
            "Persona, 6 trays, arriving Wednesday 10:00 via the rep.",
            "censitrac.loaner_create",
            {
                "vendor": "Zimmer Biomet",
                "set": "Persona Knee",
                "trays": 6,
                "due_in": "Wed 10:00",
                "case": "Thu Okoye",
            },
        ),
        "draft": [
            "Incident note: wet pack found on ORTHO-LG-FRAG-03 at case open in OR 7, 07:42. Tray came from load L-2291 on ST-4. Case delayed 25 min while a backup set was pulled.",
            "revision",
        ],
        "revisions": [
            (
                "Mention the tray was double wrapped.",
                "Added: tray was double-wrapped in 2-ply SMS.",
            ),
            ("Say who found it.", "Added: found by circulator K. Lund RN."),
            (
                "Add that ST-4 is out of service.",
                "Added: ST-4 taken out of service pending biomed review.",
            ),
            ("Submit it.", "Submitted as incident IR-26-1187."),
        ],
        "unit": "trays",
        "thing": "the reprocessing",
    },
    {
        "name": "mainframe_batch_abends",
        "style": "zowe",
        "ctx": [
            (
                "zowe_jobs_list",
                {"owner": "PRDBAT", "prefix": "GLNIGHT*"},
                [
                    {
                        "jobname": "GLNIGHT3",
                        "jobid": "JOB48812",
                        "status": "OUTPUT",
                        "retcode": "ABEND S0C7",
                    },
                    {
                        "jobname": "GLNIGHT2",
                        "jobid": "JOB48790",
                        "status": "OUTPUT",
                        "retcode": "CC 0000",
                    },
                ],
            ),
            (
                "zowe_jobs_view_sf",
                {"jobid": "JOB48812", "ddname": "JESMSGLG"},
                {
                    "lines": [
                        "IEA995I SYMPTOM DUMP OUTPUT",
                        "SYSTEM COMPLETION CODE=0C7",
                        "PSW AT TIME OF ERROR 078D1000 8001A2F4",
                        "IEF450I GLNIGHT3 STEP040 - ABEND=S0C7 U0000 REASON=00000007",
                    ]
                },
            ),
            (
                "ca7_lq",
                {"job": "GLNIGHT3"},
                {
                    "job": "GLNIGHT3",
                    "schedule": "SCHID=001",
                    "status": "ABENDED",
                    "successors": ["GLNIGHT4", "APEXTR01"],
                    "deadline": "05:30",
                },
            ),
        ],
        "req": {
            "status": "The GL nightly chain died on GLNIGHT3. Rerun the 28 dependent jobs in order once it's fixed and keep me updated, batch window closes 05:30.",
            "docs": "Summarise the runbook for GLNIGHT3, the change record CHG0049120 from last week, and the DFSORT tuning note - I want to know if the change could have caused the S0C7.",
            "edit": "GLNIGHT3 STEP040 abends S0C7 on the packed amount field. Fix the SORT INREC in PRD.GL.PARMLIB(GLSRT40) so the step runs clean against yesterday's input.",
            "fix": "Restart GLNIGHT3 from STEP040 now that the bad record is patched.",
            "wait": "I resubmitted GLNIGHT3. Watch it and tell me when it finishes so APEXTR01 can go.",
            "draft": "Draft the incident summary for the GLNIGHT3 abend for the 08:00 ops call.",
            "list": "List every dataset under PRD.GL.DAILY.** created in the last 3 days so I can see what's eating the space.",
            "find": "Find which job writes PRD.GL.EXTRACT.VENDOR - it's not in the CA7 documentation.",
            "hand": "Open a ticket for storage admin, we need PRD.GL pool space raised before tonight.",
            "plan": "Move the AP month-end extract APEXTR01 to run after GLNIGHT4 instead of GLNIGHT3 in CA7.",
            "ask": "Get the GDG limit raised on the GL extract.",
            "batch": "Three restart requests came in overnight: APEXTR01, FAPOST02 and ARAGE05. Check each and restart them.",
        },
        "look": (
            "zowe_jobs_view",
            {"jobid": "JOB48931"},
            {
                "jobname": "GLNIGHT3",
                "jobid": "JOB48931",
                "status": "INPUT",
                "phase": "AWAITING EXECUTION",
                "class": "P",
                "position": 3,
            },
        ),
        "look_var": None,
        "search": (
            "zowe_search_ds",
            "pattern",
            [
                "PRD.GL.EXTRACT.VENDOR",
                "GL.EXTRACT.VENDOR",
                "EXTRACT.VENDOR DSN=",
                "DSN=PRD.GL.EXTRACT.VENDOR,DISP=(NEW",
                "VENDOR EXTRACT DD",
                "GLEXTVND",
            ],
            [
                ("PRD.GL.EXTRACT", 96),
                ("PRD.GL.EXTRACT.VENDOR in PRD.JCLLIB", 4),
                ("DSN=PRD.GL.EXTRACT.VENDOR,DISP=(NEW,CATLG", 1),
                ("GLVNDX01 STEP020", 1),
            ],
            {
                "member": "PRD.JCLLIB(GLVNDX01)",
                "hit": "STEP020 //VNDOUT DD DSN=PRD.GL.EXTRACT.VENDOR,DISP=(NEW,CATLG,DELETE)",
            },
        ),
        "act": (
            "zowe_jobs_submit",
            {"dataset": "PRD.JCLLIB(GLNIGHT3)", "restart": "STEP040"},
            {"dataset": "PRD.JCLLIB(GLNITE3)", "restart": "STEP040"},
            ("DATASET_NOT_FOUND", "Member GLNITE3 not found in data set PRD.JCLLIB", 404),
            {"jobname": "GLNIGHT3", "jobid": "JOB48931", "status": "INPUT"},
        ),
        "checks": [
            (
                "zowe_ds_browse",
                {"dataset": "PRD.GL.DAILY.INPUT(0)", "record": 118223},
                {"record": 118223, "amount_hex": "0000012345C"},
                "the patched record now has a valid packed sign",
            ),
            (
                "ca7_lq",
                {"job": "GLNIGHT3", "fields": ["hold"]},
                {"hold": False, "requirements": 0},
                "no outstanding CA7 requirements",
            ),
            (
                "zowe_ds_list",
                {"pattern": "PRD.GL.WORK.STEP040"},
                {"items": []},
                "the STEP040 work file from the failed run is deleted",
            ),
        ],
        "job": (
            "zowe_jobs_view",
            {"jobid": "JOB48931"},
            "JOB48931",
            ["INPUT", "ACTIVE", "ACTIVE", "ACTIVE", "OUTPUT"],
        ),
        "page": (
            "zowe_ds_list",
            {"pattern": "PRD.GL.DAILY.**", "created_since": "-3d"},
            "start",
            [
                "PRD.GL.DAILY.INPUT",
                "PRD.GL.DAILY.SORTOUT",
                "PRD.GL.DAILY.REJECTS",
                "PRD.GL.DAILY.WORK",
                "PRD.GL.DAILY.BKP",
            ],
        ),
        "docs": (
            "confluence.get_page",
            [
                (
                    "RB-GLNIGHT3",
                    "Runbook: GLNIGHT3 General Ledger Nightly Sort",
                    "STEP040 sorts on packed amount at col 41, S0C7 historically means a bad upstream record; restart from STEP040 after repair",
                ),
                (
                    "CHG0049120",
                    "Change CHG0049120 - Vendor feed layout v7",
                    "added a 2-byte currency field at col 39 in the vendor feed, shifting later fields right",
                ),
                (
                    "KB-DFSORT-12",
                    "DFSORT tuning note",
                    "recommends INREC OVERLAY for layout changes and VLSHRT off; mentions nothing on packed fields",
                ),
            ],
        ),
        "hand": (
            "servicenow.create_request",
            {
                "assignment_group": "zOS Storage Admin",
                "short_description": "PRD.GL SMS pool space increase",
            },
            ["zOS Storage Admin", "Capacity Planning"],
            [
                "Pool increases above 500 cyl need Capacity Planning approval",
                "Capacity approved in principle; the implementation sits with zOS Storage Admin",
            ],
            [
                ("current pool usage", "SGGLPRD 94% used, 18,400 of 19,500 cyl"),
                ("growth estimate", "GL extracts +1,100 cyl/month since vendor feed v7"),
                ("approver", "Approved by batch manager R. Lindqvist"),
            ],
        ),
        "edit": (
            "zowe_ds_upload",
            "INREC",
            ["INREC FIELDS=(1,40,41,6,PD,TO=ZD)", "INREC FIELDS=(1,40,43,6,PD,TO=ZD)"],
            [
                "INREC OVERLAY=(41:43,6)",
                "INREC FIELDS=(1,38,41,2,43,6,PD,TO=ZD,LENGTH=11)",
                "INREC FIELDS=(1,38,39,2,41,6,PD,EDIT=(STTTTTTTTTT),SIGNS=(,-))",
            ],
            ("zowe_jobs_submit_test", {"dataset": "TEST.JCLLIB(GLSRT40T)"}),
            "retcode",
            ["ABEND S0C7", "ABEND S0C7", "CC 0004", "CC 0000"],
        ),
        "pipe": (
            ["ca7_lq", "zowe_jobs_view_sf", "ca7_restart"],
            ["APEXTR01", "FAPOST02", "ARAGE05"],
        ),
        "ask": (
            "Which GDG base is it - PRD.GL.EXTRACT.VENDOR or PRD.GL.EXTRACT.DAILY - and what limit do you want? They are at 7 and 14 now.",
            "VENDOR, take it to 30 generations.",
            "zowe_idcams",
            {"command": "ALTER PRD.GL.EXTRACT.VENDOR LIMIT(30)"},
        ),
        "draft": [
            "Incident summary: GLNIGHT3 abended S0C7 at 02:14 in STEP040 on a packed amount field. Root cause: vendor feed layout v7 (CHG0049120) shifted the amount by 2 bytes. Repaired the sort card and restarted at 03:02; chain complete 04:47.",
            "revision",
        ],
        "revisions": [
            (
                "Add the SLA impact.",
                "Added: no SLA breach, AP extract delivered 04:55 against 05:30.",
            ),
            ("Name the change owner.", "Added change owner: vendor integration team (P. Iqbal)."),
            (
                "Add a follow-up to test layout changes in QA.",
                "Added action: regression run of GL sort in QA for any feed layout change.",
            ),
            ("Post it to the ops channel.", "Posted to #mf-batch-ops, ts 1781234567.0042."),
        ],
        "unit": "jobs",
        "thing": "the reruns",
    },
    {
        "name": "stadium_concessions_inventory",
        "style": "rest",
        "ctx": [
            (
                "toast.sales_by_item",
                {"revenue_center": "Stand 112", "event_id": "EVT-0614", "since": "gates_open"},
                {
                    "items": [
                        {"sku": "BEER-IPA-24", "qty": 418},
                        {"sku": "HOTDOG-JMB", "qty": 266},
                    ],
                    "event_clock": "2nd quarter",
                },
            ),
            (
                "inventory.stand_counts",
                {"stand": "112"},
                {
                    "stand": "112",
                    "on_hand": {"BEER-IPA-24": 22, "HOTDOG-JMB": 40, "CUP-24OZ": 150},
                    "par": {"BEER-IPA-24": 96},
                },
            ),
            (
                "events.get",
                {"event_id": "EVT-0614"},
                {
                    "event_id": "EVT-0614",
                    "name": "Harbor FC vs Ridgeline",
                    "attendance_scanned": 38412,
                    "kickoff": "19:30",
                },
            ),
        ],
        "req": {
            "status": "Halftime's in 15 minutes. Restock all 32 stands that are under par on beer and tell me as they go out.",
            "docs": "Summarise the three vendor contracts for the beer program - Ironwood Brewing, the Coastal Distributors agreement, and the league's alcohol service policy. Ops wants to know who owns keg returns.",
            "edit": "Stand 112's IPA pours are showing 18% variance against the flow meters. Adjust the pour size config in the POS until theoretical and metered line up.",
            "fix": "Transfer 48 cases of IPA from the main warehouse to Stand 112 now, they're nearly out.",
            "wait": "Warehouse is counting the cooler after the delivery. Once the count posts, reopen the transfer queue.",
            "draft": "Write the post-event inventory note for tonight's match for the GM.",
            "list": "Show me every item that went below par at any stand during tonight's event.",
            "find": "Find where the 12 cases of gluten-free buns went - the commissary says they were sent to the 200 level.",
            "hand": "Raise the broken beer line at Stand 214 with whoever fixes it.",
            "plan": "Set up the stands for Saturday's concert: load the concert menu, set pars, and schedule the deliveries.",
            "ask": "Add the new vegan item to the menus.",
            "batch": "Three stands reported count discrepancies at close: 112, 214 and 318. Reconcile them.",
        },
        "look": (
            "inventory.transfer_queue",
            {"warehouse": "WH-MAIN"},
            {
                "warehouse": "WH-MAIN",
                "state": "LOCKED",
                "lock_reason": "CYCLE_COUNT_IN_PROGRESS",
                "pending": 7,
            },
        ),
        "look_var": "as_of",
        "search": (
            "inventory.search_transfers",
            "q",
            [
                "gluten free buns 200 level",
                "GF buns transfer",
                "BUN-GF-6 to 2xx",
                "gluten-free bun cases commissary",
                "buns GF 12 cases",
                "sku:BUN-GF* dest:2*",
            ],
            [
                ("BUN-GF", 24),
                ("BUN-GF dest 2", 6),
                ("BUN-GF qty 12", 2),
                ("BUN-GF qty 12 dest 214", 1),
            ],
            {
                "transfer_id": "TR-66120",
                "hit": "12 cs BUN-GF-6 received at Stand 214 by J. Mora 18:05",
            },
        ),
        "act": (
            "inventory.transfer_create",
            {"from": "WH-MAIN", "to": "STAND-112", "sku": "BEER-IPA-24", "qty_cases": 36},
            {"from": "WH-MAIN", "to": "STAND-112", "sku": "BEER-IPA-24", "qty_cases": 48},
            (
                "INSUFFICIENT_ON_HAND",
                "transfer quantity exceeds on-hand at WH-MAIN (requested 48, on_hand 36)",
                422,
            ),
            {"transfer_id": "TR-66188", "status": "DISPATCHED", "runner": "R-07", "eta_min": 6},
        ),
        "checks": [
            (
                "inventory.stand_counts",
                {"stand": "112", "sku": "BEER-IPA-24"},
                {"on_hand": 22, "cooler_capacity": 80},
                "the stand cooler has room for 36 cases",
            ),
            (
                "staffing.runners",
                {"zone": "100"},
                {"available": ["R-07", "R-11"]},
                "a runner is free in the 100 level",
            ),
            (
                "compliance.alcohol_cutoff",
                {"event_id": "EVT-0614"},
                {"cutoff": "end of 3rd quarter", "now": "2nd quarter"},
                "we are before the alcohol cutoff",
            ),
        ],
        "job": (
            "inventory.count_status",
            {"count_id": "CC-WH-0614"},
            "CC-WH-0614",
            ["IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "REVIEW", "POSTED"],
        ),
        "page": (
            "inventory.below_par_events",
            {"event_id": "EVT-0614"},
            "next",
            ["BEER-IPA-24", "HOTDOG-JMB", "CUP-24OZ", "PRETZEL-LG", "WATER-20"],
        ),
        "docs": (
            "contracts.get",
            [
                (
                    "CT-IRONWOOD-26",
                    "Ironwood Brewing Supply Agreement",
                    "brewery supplies kegs and collects empties weekly; lost kegs billed at $150",
                ),
                (
                    "CT-COASTAL-25",
                    "Coastal Distributors Master Agreement",
                    "distributor delivers and picks up empties on event days, only from the dock",
                ),
                (
                    "POL-LEAGUE-ALC",
                    "League Alcohol Service Policy",
                    "venue staff must stage empties at the dock within 2 hours of the final whistle",
                ),
            ],
        ),
        "hand": (
            "servicenow.create_incident",
            {
                "assignment_group": "Venue Engineering",
                "short_description": "Stand 214 beer line 3 no flow",
            },
            ["Venue Engineering", "Beverage Line Contractor"],
            [
                "Draft line faults are handled by the beverage line contractor under contract",
                "Contractor: glycol chiller is venue equipment, send back to Venue Engineering",
            ],
            [
                ("line number and tap", "Line 3, tap 214-C (Ironwood IPA)"),
                ("glycol temperature", "Glycol bath at 36F, spec 28-30F"),
                ("photo of chiller panel", "Photo of chiller fault code F3 attached"),
            ],
        ),
        "edit": (
            "toast.menu_item_update",
            "pour_oz",
            ["16", "20"],
            ["18", "19", "19 + foam loss 0.5"],
            ("beverage_line.variance_report", {"stand": "112", "tap": "112-A"}),
            "variance_pct",
            [18.2, 7.9, 2.6, 0.4],
        ),
        "pipe": (
            ["inventory.stand_counts", "toast.sales_by_item", "inventory.adjustment_post"],
            ["112", "214", "318"],
        ),
        "ask": (
            "Which menus should the vegan item go on - all concourse stands or only the 100-level marketplaces - and at what price?",
            "Only the three 100-level marketplaces, $13.50.",
            "toast.menu_item_create",
            {
                "name": "Vegan Smash Burger",
                "price": 13.50,
                "revenue_centers": ["Market 101", "Market 118", "Market 131"],
            },
        ),
        "draft": [
            "Post-event note EVT-0614: attendance 38,412; beer sold 9,640 units; 11 stands went under par on IPA, all restocked by halftime; waste 2.1% of food cost.",
            "revision",
        ],
        "revisions": [
            (
                "Add the Stand 214 line outage.",
                "Added: Stand 214 line 3 down from 19:50, est. 140 lost pours.",
            ),
            ("Per-cap spend too.", "Added per-cap: $21.86 F&B."),
            (
                "Mention the GF bun mix-up.",
                "Added: 12 cs GF buns misrouted to 214, recovered at 20:15.",
            ),
            ("Send to the GM.", "Sent to gm@harborfc-venue.com."),
        ],
        "unit": "stands",
        "thing": "the restock",
    },
    {
        "name": "film_festival_submissions",
        "style": "meta",
        "ctx": [
            (
                "filmfreeway.submissions.list",
                {
                    "festival_id": 18842,
                    "category": "Documentary Short",
                    "status": "in_consideration",
                    "per_page": 5,
                },
                {
                    "total": 412,
                    "submissions": [{"id": 5531902, "title": "Salt Roads", "runtime_min": 22}],
                },
            ),
            (
                "airtable.records.list",
                {"base": "appFest26", "table": "Screening", "view": "Round 2"},
                {"records": 64, "offset": None},
            ),
            (
                "filmfreeway.submission.get",
                {"id": 5531902},
                {
                    "id": 5531902,
                    "title": "Salt Roads",
                    "director": "Ines Varga",
                    "premiere_status": "World Premiere",
                    "screener": "vimeo.com/889102331",
                },
            ),
        ],
        "req": {
            "status": "Send the round-two decision emails to all 64 shortlisted filmmakers and tell me how it's going.",
            "docs": "Summarise the three premiere-policy docs - ours, Sundance's rules for shorts, and the Academy qualifying rules - I need to answer whether 'Salt Roads' loses eligibility if it screens online.",
            "edit": "The Airtable scoring formula for round 2 gives some films over 100. Fix the weighted score formula so it tops out at 100.",
            "fix": "Mark 'Salt Roads' as shortlisted in the Screening table.",
            "wait": "The DCP for 'Salt Roads' is uploading to the screening server. When it lands, queue the QC check.",
            "draft": "Write the rejection email template for documentary shorts - kind, not form-letter.",
            "list": "List every documentary short with a screener link that's broken or password-protected without a password.",
            "find": "Find the submission from the Lagos collective about the danfo drivers - I remember it, not the title.",
            "hand": "Get the rights team to confirm the music clearance for 'Salt Roads' before we lock the programme.",
            "plan": "Build the jury packet for Documentary Short: shortlist, screener links, scoring sheet, conflicts of interest.",
            "ask": "Send the screening invitation to the jury.",
            "batch": "Three filmmakers sent updated screeners today: 'Salt Roads', 'Night Ferry' and 'The Quiet Hive'. Check and swap them in.",
        },
        "look": (
            "frameio.asset_status",
            {"asset_id": "fa_7781c2"},
            {
                "asset_id": "fa_7781c2",
                "name": "SaltRoads_DCP_FTR_F_EN-XX_51_2K_20260512_OV",
                "upload": "stalled",
                "bytes_uploaded": 61245931520,
                "bytes_total": 118394102784,
            },
        ),
        "look_var": "checked",
        "search": (
            "filmfreeway.submissions.search",
            "query",
            [
                "Lagos danfo drivers",
                "danfo bus documentary",
                "Lagos collective drivers",
                "Nigeria minibus drivers",
                "danfo",
                "Lagos transport short film",
            ],
            [
                ("Lagos", 27),
                ("Lagos documentary", 9),
                ("Lagos documentary bus", 2),
                ("Yellow Fever Machines", 1),
            ],
            {
                "id": 5540188,
                "title": "Yellow Fever Machines",
                "hit": "submitted by Eko Frames Collective; logline mentions danfo conductors",
            },
        ),
        "act": (
            "airtable.records.update",
            {
                "base": "appFest26",
                "table": "Screening",
                "record": "rec8Hh2kQ",
                "fields": {"Status": "Shortlisted"},
            },
            {
                "base": "appFest26",
                "table": "Screening",
                "record": "rec8Hh2kQ",
                "fields": {"Status": "Shortlist"},
            },
            (
                "INVALID_VALUE_FOR_COLUMN",
                'Field "Status" cannot accept the provided value "Shortlist"',
                422,
            ),
            {"id": "rec8Hh2kQ", "fields": {"Title": "Salt Roads", "Status": "Shortlisted"}},
        ),
        "checks": [
            (
                "filmfreeway.submission.get",
                {"id": 5531902, "fields": ["fee_status"]},
                {"fee_status": "paid"},
                "the entry fee is paid",
            ),
            (
                "airtable.records.list",
                {"table": "Conflicts", "filter": "{Film}='Salt Roads'"},
                {"records": []},
                "no juror conflict recorded",
            ),
            (
                "vimeo.video_get",
                {"id": 889102331},
                {"status": "available", "privacy": "password", "password_on_file": True},
                "the screener plays with the password on file",
            ),
        ],
        "job": (
            "frameio.asset_status",
            {"asset_id": "fa_7781c2"},
            "fa_7781c2",
            ["uploading", "uploading", "uploading", "transcoding", "ready"],
        ),
        "page": (
            "filmfreeway.submissions.list",
            {"festival_id": 18842, "category": "Documentary Short", "screener_check": "failed"},
            "page",
            ["link_404", "password_missing", "private", "link_404", "expired"],
        ),
        "docs": (
            "gdrive.export",
            [
                (
                    "1aP-fest-premiere",
                    "Harbourlight Premiere Policy 2026",
                    "accepts North American premieres; online screenings under 7 days on a geo-blocked platform do not break premiere",
                ),
                (
                    "1sdc-shorts-rules",
                    "Sundance Shorts Eligibility (summary)",
                    "any public online exhibition makes a short ineligible unless password-protected",
                ),
                (
                    "1ampas-rule19",
                    "Academy Rule 19 - Short Films",
                    "qualifies via festival award; online release before the qualifying run disqualifies, except festival-hosted geo-blocked streams",
                ),
            ],
        ),
        "hand": (
            "asana.create_task",
            {"project": "Rights & Clearances", "name": "Salt Roads music clearance confirm"},
            ["Rights & Clearances", "Programming"],
            [
                "Clearances for selected films go through Programming once the film is locked - please re-file there",
                "Programming doesn't verify licences - back to Rights & Clearances",
            ],
            [
                ("cue sheet", "Cue sheet v3 from the director attached"),
                ("licence PDFs", "Sync licences for tracks 2 and 5 attached"),
                (
                    "festival-only scope",
                    "Scope: festival exhibition, 3 screenings, worldwide, 2 years",
                ),
            ],
        ),
        "edit": (
            "airtable.fields.update_formula",
            "formula",
            [
                "({Story}*0.4+{Craft}*0.4+{Impact}*0.4)*10",
                "({Story}*0.3+{Craft}*0.3+{Impact}*0.3)*10",
            ],
            [
                "({Story}*0.4+{Craft}*0.3+{Impact}*0.3)*10",
                "MIN(100,({Story}*0.4+{Craft}*0.3+{Impact}*0.3)*10)",
                "ROUND(MIN(100,({Story}*0.4+{Craft}*0.3+{Impact}*0.3)*10),1)",
            ],
            ("airtable.records.list", {"table": "Scores", "filter": "{Weighted}>100"}),
            "records_over_100",
            [23, 6, 0, 0],
        ),
        "pipe": (
            ["filmfreeway.submission.get", "vimeo.video_get", "airtable.records.update"],
            ["Salt Roads", "Night Ferry", "The Quiet Hive"],
        ),
        "ask": (
            "For the jury invitation, is this the in-person screening on the 14th at the Rialto, or the online jury room? The RSVP link differs.",
            "In person, the 14th at the Rialto, 10:00.",
            "gmail.send",
            {
                "to": "jury-docshort@harbourlightfest.org",
                "subject": "Jury screening - Sat 14 June, Rialto, 10:00",
                "template": "jury_invite_inperson",
            },
        ),
        "draft": [
            "Dear {filmmaker}, thank you for trusting us with {title}. We watched every one of this year's 412 documentary shorts, and this one was talked about in the room. We can't include it in this year's programme, but we hope to see your next film.",
            "revision",
        ],
        "revisions": [
            (
                "Too long in the middle - cut the number.",
                "Cut the 412 figure and tightened the middle sentence.",
            ),
            (
                "Add a line inviting them to the festival with a pass code.",
                "Added a line offering 30% off passes with code FILMMAKER26.",
            ),
            (
                "Sign it from the programming team, not me.",
                "Signature changed to 'The Harbourlight Programming Team'.",
            ),
            ("Save it as the template.", "Saved as template 'reject_docshort_2026'."),
        ],
        "unit": "emails",
        "thing": "the decision emails",
    },
    {
        "name": "haul_truck_fleet_dispatch",
        "style": "soa",
        "ctx": [
            (
                "fms.truck_status",
                {"fleet": "CAT-793F", "pit": "North Pit"},
                {
                    "trucks": [
                        {"id": "HT-21", "state": "QUEUED", "at": "SH-04"},
                        {"id": "HT-27", "state": "HAULING", "payload_t": 221},
                    ],
                    "active": 18,
                },
            ),
            (
                "fms.shovel_status",
                {"shovel": "SH-04"},
                {
                    "shovel": "SH-04",
                    "state": "DELAY",
                    "delay_code": "BLAST_CLEARANCE",
                    "since": "10:42",
                },
            ),
            (
                "payload_monitor.shift_summary",
                {"shift": "B", "pit": "North Pit"},
                {"loads": 214, "avg_payload_t": 219.4, "overloads_10pct": 6},
            ),
        ],
        "req": {
            "status": "Blast in North Pit cleared. Reassign the 26 trucks that were parked at the safe zone back to the shovels and keep me updated.",
            "docs": "Summarise the TKPH report for the 793F tyres, the haul road maintenance log for ramp R3, and the OEM tyre bulletin - I need to know if we should cap speed on R3.",
            "edit": "The FMS speed limit on ramp R3 is giving trucks a longer cycle than the plan. Tune the segment limit until simulated cycle time hits the 31-minute target without breaching the tyre TKPH.",
            "fix": "Assign HT-21 to shovel SH-04, it's sitting in the queue.",
            "wait": "SH-04 is in blast clearance delay. As soon as it's READY, send HT-21 and HT-33 to it.",
            "draft": "Draft the shift handover note for B-shift North Pit.",
            "list": "Pull all payload overloads over 10% from B-shift so I can talk to the shovel operators.",
            "find": "Find the truck that reported a strut pressure alarm near the crusher around 11:15.",
            "hand": "Get maintenance to look at HT-27's brake temperature alarm.",
            "plan": "Set up the dispatch for the new dump at W-Dump 4: create the location, road segments, and move the ore trucks.",
            "ask": "Move some trucks to the south pit.",
            "batch": "Three trucks came back from the workshop: HT-09, HT-14, HT-30. Put them back into production.",
        },
        "look": (
            "fms.shovel_status",
            {"shovel": "SH-04"},
            {
                "shovel": "SH-04",
                "state": "DELAY",
                "delay_code": "BLAST_CLEARANCE",
                "since": "10:42",
            },
        ),
        "look_var": "polled",
        "search": (
            "fms.alarm_search",
            "filter",
            [
                "strut pressure crusher 11:15",
                "strut alarm near crusher",
                "suspension pressure HT crusher",
                "STRUT_PRESS_HI crusher zone",
                "strut 11:00-11:30",
                "strut pressure warning",
            ],
            [
                ("STRUT", 41),
                ("STRUT zone:CRUSHER", 7),
                ("STRUT zone:CRUSHER 11:00-11:30", 2),
                ("STRUT_LF_LOW zone:CRUSHER 11:14", 1),
            ],
            {
                "truck": "HT-16",
                "hit": "STRUT_LF_LOW 11:14:52 at Crusher ROM pad, 1,180 psi vs 1,650 nominal",
            },
        ),
        "act": (
            "fms.assign_truck",
            {"truck": "HT-21", "shovel": "SH-02", "priority": "normal"},
            {"truck": "HT-21", "shovel": "SH-04", "priority": "normal"},
            (
                "ASSIGN_REJECTED",
                "shovel SH-04 not in state READY (state=DELAY:BLAST_CLEARANCE)",
                409,
            ),
            {"truck": "HT-21", "assigned": "SH-02", "eta_min": 4.5, "route": "N-R2-SH02"},
        ),
        "checks": [
            (
                "fms.shovel_status",
                {"shovel": "SH-02"},
                {"state": "READY", "queue": 1},
                "SH-02 is loading with a short queue",
            ),
            (
                "fms.truck_health",
                {"truck": "HT-21"},
                {"active_alarms": [], "fuel_pct": 58},
                "HT-21 has no active alarms and enough fuel",
            ),
            (
                "fms.road_status",
                {"route": "N-R2-SH02"},
                {"open": True, "grader_on_segment": False},
                "the route is open",
            ),
        ],
        "job": (
            "fms.shovel_status",
            {"shovel": "SH-04"},
            "SH-04",
            ["DELAY", "DELAY", "DELAY", "STANDBY", "READY"],
        ),
        "page": (
            "payload_monitor.events",
            {"shift": "B", "pit": "North Pit", "min_over_pct": 10},
            "page_token",
            ["SH-04", "SH-02", "SH-04", "SH-07", "SH-02"],
        ),
        "docs": (
            "docs.get",
            [
                (
                    "TKPH-793F-Q2",
                    "793F Tyre TKPH Report Q2",
                    "site TKPH running at 92% of the 59/80R63 rating on the R3 loaded ramp",
                ),
                (
                    "ROADLOG-R3",
                    "Haul Road Maintenance Log - Ramp R3",
                    "rolling resistance up to 4% after rain, grading backlog of 3 days",
                ),
                (
                    "OEM-TB-2026-03",
                    "OEM Tyre Bulletin 2026-03",
                    "above 90% TKPH, cap loaded speed at 12 km/h on grades over 8%",
                ),
            ],
        ),
        "hand": (
            "sap_pm.create_notification",
            {"equipment": "HT-27", "type": "M1", "text": "Brake temp alarm RR"},
            ["Mobile Maintenance", "Tyre & Brake Crew"],
            [
                "Brake temperature faults go to Tyre & Brake Crew work centre",
                "Alarm is a sensor/electrical fault, back to Mobile Maintenance",
            ],
            [
                ("alarm history", "3 BRAKE_TEMP_RR alarms 09:12-11:40 attached"),
                ("operator report", "Operator says no brake fade, smell or smoke"),
                ("truck location", "HT-27 parked at North workshop bay 2"),
            ],
        ),
        "edit": (
            "fms.segment_update",
            "speed_limit_kph",
            ["14", "22"],
            ["17", "18", "18 loaded / 24 empty"],
            ("fms.cycle_sim", {"route": "N-R3-CR1", "trucks": 18}),
            "cycle_min",
            [34.6, 32.1, 31.4, 30.9],
        ),
        "pipe": (
            ["fms.truck_health", "fms.set_state", "fms.assign_truck"],
            ["HT-09", "HT-14", "HT-30"],
        ),
        "ask": (
            "How many trucks to South Pit, and which ones - the ore trucks off SH-07 or the waste fleet off SH-02?",
            "Four of the waste trucks off SH-02.",
            "fms.assign_truck",
            {"trucks": ["HT-11", "HT-12", "HT-18", "HT-25"], "shovel": "SH-S1"},
        ),
        "draft": [
            "B-shift handover North Pit: 214 loads, avg payload 219.4 t, 6 overloads above 10%. SH-04 lost 2h10 to blast clearance. HT-27 down for brake temp alarm.",
            "revision",
        ],
        "revisions": [
            (
                "Add the R3 grading backlog.",
                "Added: ramp R3 grading 3 days behind, rolling resistance up.",
            ),
            (
                "Put the strut alarm on HT-16 in.",
                "Added: HT-16 strut LF low at 11:14, inspected, OK to run.",
            ),
            (
                "Say C-shift starts on SH-02 and SH-07.",
                "Added the C-shift start plan: SH-02 and SH-07 first.",
            ),
            ("Publish it.", "Published to the shift log, entry SL-B-2026-0614."),
        ],
        "unit": "trucks",
        "thing": "the truck assignments",
    },
    {
        "name": "vsphere_snapshot_cleanup",
        "style": "govc",
        "ctx": [
            (
                "govc_snapshot_tree",
                {"vm": "sql-prd-04", "D": True, "s": True},
                {
                    "vm": "sql-prd-04",
                    "snapshots": [
                        {
                            "name": "pre-patch-0412",
                            "created": "2026-04-12T21:03:11Z",
                            "size_gb": 412.6,
                        }
                    ],
                },
            ),
            (
                "govc_datastore_info",
                {"ds": "DS-PRD-07"},
                {"name": "DS-PRD-07", "capacity_gb": 8192, "free_gb": 311, "vms": 24},
            ),
            (
                "govc_find",
                {"path": "/DC1/vm", "type": "m", "name": "*-prd-*"},
                {"count": 61, "with_snapshots": 17},
            ),
        ],
        "req": {
            "status": "Delete all snapshots older than 14 days across the 17 production VMs on DS-PRD-07 - the datastore is at 96%. Update me as you go.",
            "docs": "Summarise our snapshot policy, VMware KB 1025279 on snapshot best practice, and the Veeam backup job notes - I want to know if Veeam is leaving snapshots behind.",
            "edit": "The vROps alert for snapshot age fires on every Veeam temporary snapshot. Fix the alert symptom definition so it only fires on snapshots older than 72 hours that aren't Veeam's.",
            "fix": "Remove the snapshot 'pre-patch-0412' from sql-prd-04.",
            "wait": "The consolidation on app-prd-11 is running. When it's done, check the datastore free space.",
            "draft": "Write the change record for tonight's snapshot cleanup on DS-PRD-07.",
            "list": "Give me every VM snapshot in DC1 older than 30 days with its size.",
            "find": "Find the VM whose snapshot is holding a lock on DS-PRD-07 - the consolidation warning mentions a file but not the VM.",
            "hand": "Get the backup team to look at why Veeam is leaving 'VEEAM BACKUP TEMPORARY SNAPSHOT' on web-prd-02.",
            "plan": "Clean up the snapshots on the Exchange DAG nodes without breaking the DAG: exch-prd-01 to 03.",
            "ask": "Take a snapshot before the patching.",
            "batch": "Consolidate disks on the three VMs that show 'Virtual machine disks consolidation is needed': app-prd-11, web-prd-02, etl-prd-05.",
        },
        "look": (
            "govc_task_info",
            {"task": "task-881204"},
            {
                "key": "task-881204",
                "descriptionId": "VirtualMachine.consolidateDisks",
                "entity": "app-prd-11",
                "state": "running",
                "progress": 41,
            },
        ),
        "look_var": None,
        "search": (
            "govc_ls_l",
            "path",
            [
                "[DS-PRD-07] */*-000003.vmdk",
                "[DS-PRD-07] *delta.vmdk",
                "[DS-PRD-07] */*.lck",
                "[DS-PRD-07] *-flat.vmdk.lck",
                "[DS-PRD-07] */*-sesparse.vmdk",
                "[DS-PRD-07] *ctk.vmdk.lck",
            ],
            [
                ("[DS-PRD-07] */*-0000*.vmdk", 58),
                ("[DS-PRD-07] */*-0000*.vmdk mtime>7d", 9),
                ("[DS-PRD-07] etl*/*-0000*.vmdk", 2),
                ("[DS-PRD-07] etl-prd-05/etl-prd-05_1-000002.vmdk", 1),
            ],
            {
                "vm": "etl-prd-05",
                "hit": "etl-prd-05_1-000002.vmdk locked by host esx-prd-09 (MAC 00:50:56:9a:1c:3e)",
            },
        ),
        "act": (
            "govc_snapshot_remove",
            {"vm": "sql-prd-04", "name": "pre-patch-0412"},
            {"vm": "sql-prd-04", "name": "pre-patch-04/12"},
            ("NOT_FOUND", "snapshot: 'pre-patch-04/12' not found", 404),
            {
                "task": "task-881377",
                "state": "success",
                "removed": "pre-patch-0412",
                "reclaimed_gb": 412.6,
            },
        ),
        "checks": [
            (
                "govc_vm_info",
                {"vm": "sql-prd-04", "r": True},
                {"consolidationNeeded": False, "powerState": "poweredOn"},
                "no consolidation pending",
            ),
            (
                "govc_datastore_info",
                {"ds": "DS-PRD-07"},
                {"free_gb": 311, "needed_for_merge_gb": 90},
                "there is enough free space to merge the delta",
            ),
            (
                "veeam.job_sessions",
                {"vm": "sql-prd-04", "running": True},
                {"sessions": []},
                "no Veeam job is touching the VM",
            ),
        ],
        "job": (
            "govc_task_info",
            {"task": "task-881204"},
            "task-881204",
            ["running", "running", "running", "running", "success"],
        ),
        "page": (
            "govc_snapshot_report",
            {"dc": "DC1", "older_than_days": 30},
            "offset",
            [
                "pre-patch",
                "VEEAM BACKUP TEMPORARY SNAPSHOT",
                "before-upgrade",
                "test",
                "pre-migration",
            ],
        ),
        "docs": (
            "confluence.get_page",
            [
                (
                    "INF-POL-022",
                    "Infrastructure Snapshot Policy",
                    "snapshots max 72 hours, owner in the description, none on SQL data disks",
                ),
                (
                    "KB1025279",
                    "VMware KB 1025279 Best practices for snapshots",
                    "no more than 32 in a chain, keep for at most 72 hours, delta size grows with writes",
                ),
                (
                    "BKP-VEEAM-NOTES",
                    "Veeam job notes - PRD",
                    "orphaned temporary snapshots seen when a job is killed during commit; snapshot hunter runs nightly",
                ),
            ],
        ),
        "hand": (
            "servicenow.create_incident",
            {
                "assignment_group": "Backup Operations",
                "short_description": "Veeam temp snapshot left on web-prd-02",
            },
            ["Backup Operations", "Virtualisation Team"],
            [
                "Snapshot removal is a vSphere task - reassigning to Virtualisation Team",
                "Orphan is created by the backup job - Backup Operations own the root cause",
            ],
            [
                ("Veeam session id", "Session 7c1e-0442 failed at 'Removing VM snapshot'"),
                (
                    "vCenter task error",
                    "task-879921: 'A general system error occurred: vim.fault.FileLocked'",
                ),
                ("job name", "Veeam job 'PRD-Web-Daily'"),
            ],
        ),
        "edit": (
            "vrops.symptom_update",
            "condition",
            ["snapshot_age_hours > 72", "snapshot_age_hours > 24"],
            [
                "snapshot_age_hours > 72 AND name !~ 'VEEAM'",
                "snapshot_age_hours > 72 AND name !~ '^VEEAM BACKUP TEMPORARY SNAPSHOT'",
                "snapshot_age_hours > 72 AND description !~ 'Veeam'",
            ],
            ("vrops.alerts_preview", {"definition": "AL-SnapshotAge"}),
            "would_fire",
            [17, 17, 5, 4],
        ),
        "pipe": (
            ["govc_vm_info", "govc_datastore_info", "govc_vm_disk_consolidate"],
            ["app-prd-11", "web-prd-02", "etl-prd-05"],
        ),
        "ask": (
            "Which VMs go into the patching snapshot, and should I include memory? Memory snapshots on the SQL boxes will stun them for a few seconds.",
            "Just the four web-prd VMs, no memory, quiesce on.",
            "govc_snapshot_create",
            {
                "vm": ["web-prd-01", "web-prd-02", "web-prd-03", "web-prd-04"],
                "name": "pre-patch-0614",
                "m": False,
                "q": True,
            },
        ),
        "draft": [
            "Change: remove snapshots older than 14 days on DS-PRD-07 (17 VMs, est. 2.9 TB). Window 22:00-02:00. Risk: consolidation stun on busy VMs. Backout: none required; snapshots are not restored.",
            "revision",
        ],
        "revisions": [
            ("List the VMs.", "Added the 17 VM names in an appendix."),
            ("Add that Veeam jobs are paused.", "Added: Veeam PRD jobs paused 21:45-02:15."),
            (
                "Risk should be medium, not low.",
                "Set risk to medium and noted the sql-prd-04 412 GB delta.",
            ),
            ("Submit for CAB.", "Submitted as CHG0051877 for Thursday CAB."),
        ],
        "unit": "VMs",
        "thing": "the snapshot removals",
    },
]


# ---------------------------------------------------------------------------
# helpers shared by the kinds
# ---------------------------------------------------------------------------


def call(
    d: dict,
    rng: random.Random,
    clk: Clock,
    name: str,
    args: dict,
    payload: object,
    err: tuple[str, str, int] | None = None,
) -> dict:
    return tool(name, args, wrap(d["style"], rng, clk, payload, err), error=err is not None)


def opening(
    d: dict, rng: random.Random, clk: Clock, scenario: str, n: int = 20, ack: bool = True
) -> list[dict]:
    steps: list[dict] = []
    k = 1 if n <= 10 else rng.choice([1, 1, 2])
    picks = rng.sample(range(len(d["ctx"])), k)
    intro = rng.choice(
        [
            "Looking at the current state first.",
            "Let me pull the current picture before I change anything.",
            "First I'll check what the system shows right now.",
            "On it - getting the context.",
            "Sure. Starting with what's live.",
        ]
    )
    steps.append(llm(intro, d["req"][scenario]))
    for i in picks:
        name, args, payload = d["ctx"][i]
        steps.append(call(d, rng, clk, name, args, payload))
    if ack and n > 10 and rng.random() < 0.5:
        steps.append(
            llm(
                rng.choice(
                    [
                        "Got the context. Moving on to the actual change.",
                        "That's the baseline; now the real work.",
                        "OK, I have what I need to start.",
                    ]
                )
            )
        )
    return steps


def jitter(payload: dict, rng: random.Random, clk: Clock, key: str | None) -> dict:
    out = dict(payload)
    if key:
        out[key] = clk.t.strftime("%H:%M:%S")
    return out


# ---------------------------------------------------------------------------
# loop kinds
# ---------------------------------------------------------------------------

NUDGES = [
    "any update?",
    "?",
    "how's it going",
    "are you still on this?",
    "status?",
    "hello?",
    "we're running out of time",
    "is it done yet",
    "ping",
]


def loop_exact_repeat(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "status", n=n, ack=False)
    n = min(20, max(n, len(steps) + 5))
    line = rng.choice(
        [
            "I'm working through %s now and will report back with the numbers shortly."
            % d["thing"],
            "Processing %s in batches; I'll give you a full count when it's done." % d["unit"],
            "Still on %s. I'll send a summary as soon as everything has gone through." % d["thing"],
            "%s are in progress. Expect a complete update in a few minutes."
            % d["thing"][4:].capitalize(),
        ]
    )
    name, args, payload = d["look"]
    with_tool = n >= 10 and rng.random() < 0.5
    while len(steps) < n:
        if with_tool and len(steps) < n - 1 and rng.random() < 0.4:
            steps.append(call(d, rng, clk, name, args, payload))
        steps.append(llm(line, rng.choice(NUDGES) if rng.random() < 0.6 else ""))
    return steps[:n]


def loop_paraphrased_repeat(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "docs", n=n)
    n = min(20, max(n, len(steps) + 4))
    docs = d["docs"][1]
    a, b = docs[0][1], docs[1][1]
    pool = [
        "Next I'll read through the %s and pull out what matters." % a,
        "Going to go over the %s now and summarise the key points." % a,
        "Let me take a look at the %s and write up the relevant parts." % a,
        "I'll review the %s first, then give you the summary." % a,
        "Right - I'm about to open the %s and extract the main findings." % a,
        "The plan is to start with the %s and then the %s." % (a, b),
        "I will now go through the three documents, beginning with the %s." % a,
        "Let me dig into the %s so I can summarise it for you." % a,
        "Reading the %s is the next step; summary to follow." % a,
        "I'll get the %s summarised, then move to the %s." % (a, b),
        "Okay, picking up the %s now to pull the key points." % a,
        "Time to go through the %s properly - I'll report what it says." % a,
        "Starting on the summary: the %s comes first." % a,
        "I'm going to read the %s carefully before answering." % a,
    ]
    rng.shuffle(pool)
    i = 0
    while len(steps) < n:
        steps.append(llm(pool[i % len(pool)], rng.choice(NUDGES) if rng.random() < 0.25 else ""))
        i += 1
    return steps[:n]


def loop_ab_oscillation(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "edit", n=n)
    n = min(20, max(n, len(steps) + 6))
    name, key, (va, vb), _, (tname, targs), metric, vals = d["edit"]
    bad_a, bad_b = vals[0], vals[1]
    i = 0
    while len(steps) < n:
        v = va if i % 2 == 0 else vb
        if rng.random() < 0.5 or len(steps) >= n - 1:
            steps.append(
                call(
                    d, rng, clk, name, {key: v}, {key: v, "applied": True, "version": 40 + (i % 2)}
                )
            )
        else:
            steps.append(
                call(
                    d, rng, clk, name, {key: v}, {key: v, "applied": True, "version": 40 + (i % 2)}
                )
            )
            steps.append(call(d, rng, clk, tname, targs, {metric: bad_a if i % 2 == 0 else bad_b}))
        i += 1
    return steps[:n]


def loop_failing_tool_retry(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "fix", n=n)
    n = min(20, max(n, len(steps) + 6))
    name, _, bad, err, _ = d["act"]
    comments = [
        "Retrying.",
        "That failed; trying again.",
        "Probably transient - one more attempt.",
        "Let me resubmit that.",
        "Trying the same request again.",
        "Going again.",
        "Another attempt.",
    ]
    while len(steps) < n:
        steps.append(call(d, rng, clk, name, bad, None, err))
        if len(steps) < n and rng.random() < 0.45:
            steps.append(llm(rng.choice(comments)))
    return steps[:n]


def loop_same_action_same_observation(
    d: dict, rng: random.Random, clk: Clock, n: int
) -> list[dict]:
    steps = opening(d, rng, clk, "wait", n=n)
    n = min(20, max(n, len(steps) + 6))
    name, args, payload = d["look"]
    while len(steps) < n:
        steps.append(call(d, rng, clk, name, args, payload))
        if len(steps) < n and rng.random() < 0.3:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "Still the same. Checking again.",
                            "No change yet.",
                            "Same as before, re-checking.",
                            "Unchanged. Looking again.",
                        ]
                    )
                )
            )
    return steps[:n]


def loop_identical_monologue(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "draft", n=n)
    n = min(20, max(n, len(steps) + 4))
    line = rng.choice(
        [
            "I'm putting the draft together now and will share it for review in a moment.",
            "Working on the draft - it should be ready shortly.",
            "Let me finish composing this and I'll paste the full text here.",
            "Drafting it now; I want to get the wording right before I show you.",
        ]
    )
    while len(steps) < n:
        steps.append(llm(line))
    return steps[:n]


def loop_identical_tool_calls(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "list", n=n)
    n = min(20, max(n, len(steps) + 5))
    name, args, _, kinds = d["page"]
    first = [{"ref": "%s-%04d" % (k[:3].upper(), 100 + j), "type": k} for j, k in enumerate(kinds)]
    while len(steps) < n:
        payload = {
            "items": first,
            "count": len(first),
            "has_more": True,
            "as_of": clk.t.strftime("%H:%M:%S"),
        }
        steps.append(call(d, rng, clk, name, dict(args), payload))
        if len(steps) < n and rng.random() < 0.25:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "Pulling the list again.",
                            "Let me get the results.",
                            "Fetching the list to continue.",
                        ]
                    )
                )
            )
    return steps[:n]


def loop_zero_result_query_drift(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "find", n=n)
    n = min(20, max(n, len(steps) + 5))
    name, key, bad, _, _ = d["search"]
    qs = list(bad)
    rng.shuffle(qs)
    qs += ['"%s"' % q for q in qs[:3]] + ["%s 2026" % q.lower() for q in qs[3:]]
    i = 0
    while len(steps) < n:
        q = qs[i % len(qs)]
        steps.append(
            call(d, rng, clk, name, {key: q, "limit": 25}, {"total": 0, "results": [], "query": q})
        )
        if len(steps) < n and rng.random() < 0.35:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "Nothing. I'll phrase it differently.",
                            "No hits - trying another wording.",
                            "Zero results again; maybe the indexing uses other terms.",
                            "Let me reword the search.",
                        ]
                    )
                )
            )
        i += 1
    return steps[:n]


def loop_reverification_spiral(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "fix", n=n)
    n = min(20, max(n, len(steps) + 6))
    name, good, _, _, ok = d["act"]
    steps.append(call(d, rng, clk, name, good, ok))
    cname, cargs, cpay, what = d["checks"][0]
    lname, largs, lpay = d["ctx"][0]
    lines = [
        "That went through. Before I confirm, let me make sure %s." % what,
        "Looks done, but I want to double-check once more.",
        "I'll verify it one more time to be safe.",
        "Confirmed again. Let me just re-check from the other view.",
        "Still consistent. One more check before I report back.",
        "It all agrees, but let me verify once more that it really stuck.",
        "Re-confirming, just in case something reverted.",
    ]
    i = 0
    while len(steps) < n:
        r = i % 3
        if r == 0:
            steps.append(llm(lines[min(i // 3, len(lines) - 1)] if i else lines[0]))
        elif r == 1:
            steps.append(call(d, rng, clk, cname, cargs, cpay))
        else:
            c2 = d["checks"][1]
            steps.append(
                call(d, rng, clk, lname, largs, lpay)
                if i % 2
                else call(d, rng, clk, c2[0], c2[1], c2[2])
            )
        i += 1
    return steps[:n]


def loop_handoff_bounce(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "hand", n=n)
    n = min(20, max(n, len(steps) + 6))
    name, args, queues, reasons, _ = d["hand"]
    tid = "%s%07d" % (rng.choice(["INC", "REQ", "TKT"]), rng.randint(1000000, 9999999))
    steps.append(
        call(
            d, rng, clk, name, args, {"number": tid, "assignment_group": queues[0], "state": "New"}
        )
    )
    i = 0
    while len(steps) < n:
        q_to = queues[i % 2]
        steps.append(
            call(
                d,
                rng,
                clk,
                "ticket.get",
                {"number": tid},
                {
                    "number": tid,
                    "state": "Returned",
                    "assignment_group": queues[(i + 1) % 2],
                    "work_note": reasons[i % 2],
                },
            )
        )
        if len(steps) < n:
            steps.append(
                call(
                    d,
                    rng,
                    clk,
                    "ticket.reassign",
                    {"number": tid, "assignment_group": q_to},
                    {"number": tid, "assignment_group": q_to, "state": "Assigned"},
                )
            )
        if len(steps) < n and rng.random() < 0.4:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "Sent it back where it belongs.",
                            "Reassigned - they'll pick it up now.",
                            "Moved the ticket to the right team again.",
                            "Re-routed it.",
                        ]
                    )
                )
            )
        i += 1
    return steps[:n]


def loop_plan_reset(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "plan", n=n, ack=False)
    n = min(20, max(n, len(steps) + 6))
    name, args, payload = d["ctx"][(len(d["name"]) + 1) % 3]
    plans = [
        "Plan: 1) check current state, 2) make the change, 3) verify, 4) report.",
        "Let me restart with a cleaner approach. Step 1: re-read the current state. Step 2: apply. Step 3: confirm.",
        "Scratch that - I'll begin again from the top so nothing is missed. First, the current state.",
        "New plan, more careful this time: gather state, then change, then verify.",
        "I'd rather start over properly. Step one is to look at where things stand.",
        "Resetting my approach. Beginning with a fresh read of the current configuration.",
        "Let me lay the plan out again before touching anything: read, change, verify.",
    ]
    i = 0
    while len(steps) < n:
        steps.append(llm(plans[i % len(plans)]))
        if len(steps) < n:
            steps.append(call(d, rng, clk, name, args, payload))
        i += 1
    return steps[:n]


def loop_ignored_answer_reask(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    q, a, _, _ = d["ask"]
    steps = opening(d, rng, clk, "ask", n=n, ack=False)
    n = min(20, max(n, len(steps) + 5))
    replies = [
        a,
        "As I said: " + a,
        "I already answered - " + a,
        a + " (third time)",
        "Same answer. " + a,
        "Please read the thread. " + a,
    ]
    rewords = [
        q,
        "Just to confirm before I go ahead - " + q[0].lower() + q[1:],
        "Sorry, one more time so I get it right: " + q[0].lower() + q[1:],
        "Before I start, can you clarify: " + q[0].lower() + q[1:],
    ]
    i = 0
    name, args, payload = d["ctx"][0]
    while len(steps) < n:
        steps.append(llm(rewords[i % len(rewords)], replies[(i - 1) % len(replies)] if i else ""))
        if len(steps) < n and rng.random() < 0.5:
            steps.append(call(d, rng, clk, name, args, payload))
        i += 1
    return steps[:n]


def loop_multi_step_cycle(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "batch", n=n)
    n = min(20, max(n, len(steps) + 7))
    names, items = d["pipe"]
    it = items[0]
    payloads = [
        {"id": it, "state": "PENDING_REVIEW"},
        {"id": it, "valid": False, "issues": ["requires supervisor sign-off"]},
        {"id": it, "status": "HELD", "reason": "awaiting sign-off"},
    ]
    i = 0
    while len(steps) < n:
        steps.append(call(d, rng, clk, names[i % 3], {"id": it}, payloads[i % 3]))
        i += 1
    return steps[:n]


# ---------------------------------------------------------------------------
# progress kinds
# ---------------------------------------------------------------------------

BULK = {
    "mud_logging_drilling_ops": ("mudlog_annotate_bulk", "events"),
    "wage_garnishment_orders": ("garnishments.bulk_create", "orders"),
    "sterile_processing_trays": ("censitrac.reprocess_batch", "trays"),
    "mainframe_batch_abends": ("ca7_demand_run", "jobs"),
    "stadium_concessions_inventory": ("inventory.transfer_create_bulk", "stands"),
    "film_festival_submissions": ("gmail.send_batch", "recipients"),
    "haul_truck_fleet_dispatch": ("fms.assign_trucks", "trucks"),
    "vsphere_snapshot_cleanup": ("govc_snapshot_remove_bulk", "vms"),
}

MORE_ITEMS = {
    "mud_logging_drilling_ops": ["NSK14H-12290", "NSK14H-12260", "NSK14H-12230"],
    "wage_garnishment_orders": ["GO-89117", "GO-89240", "GO-89301"],
    "sterile_processing_trays": ["CYSTO-RIGID-01", "ORTHO-SM-FRAG-02", "CRANI-BASIC-05"],
    "mainframe_batch_abends": ["GLNIGHT4", "APEXTR02", "FAREC01"],
    "stadium_concessions_inventory": ["127", "233", "305"],
    "film_festival_submissions": ["Glass Orchard", "Eleven Winters", "Tidewater Hymn"],
    "haul_truck_fleet_dispatch": ["HT-02", "HT-19", "HT-35"],
    "vsphere_snapshot_cleanup": ["db-prd-02", "api-prd-07", "mq-prd-01"],
}


def prog_incrementing_status_report(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "status", n=n, ack=False)
    bulk, key = BULK[d["name"]]
    total = rng.choice([24, 28, 32, 36, 40])
    rounds = max(2, (n - len(steps) - 1) // 2)
    done = 0
    forms = [
        "%d of %d %s done.",
        "Progress: %d/%d %s.",
        "Now at %d of %d %s - the rest are queued.",
        "%d/%d %s through so far, no failures.",
        "Another batch in: %d of %d %s.",
        "Up to %d of %d %s.",
    ]
    for r in range(rounds):
        left = total - done
        size = (
            left
            if r == rounds - 1
            else max(
                1,
                min(
                    left - (rounds - r - 1), rng.randint(total // (rounds + 1), total // rounds + 2)
                ),
            )
        )
        refs = ["%s-%03d" % (key[:2].upper(), done + j + 1) for j in range(size)]
        steps.append(
            call(
                d,
                rng,
                clk,
                bulk,
                {key: refs},
                {"accepted": size, "failed": 0, "first": refs[0], "last": refs[-1]},
            )
        )
        done += size
        if r < rounds - 1:
            steps.append(
                llm(
                    rng.choice(forms) % (done, total, d["unit"]),
                    rng.choice(NUDGES) if rng.random() < 0.3 else "",
                )
            )
    steps.append(
        llm("All %d %s done - %s finished with no failures." % (total, d["unit"], d["thing"]))
    )
    return steps


def prog_summarise_related_documents(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "docs", n=n, ack=False)
    name, docs = d["docs"]
    lead = [
        "Summary of the %s: it %s.",
        "%s - the key point is that it %s.",
        "From the %s: it %s.",
        "The %s: it %s.",
    ]
    rng.shuffle(lead)
    for i, (did, title, gist) in enumerate(docs):
        steps.append(
            call(
                d,
                rng,
                clk,
                name,
                {"id": did},
                {
                    "id": did,
                    "title": title,
                    "pages": rng.randint(4, 40),
                    "excerpt": gist,
                    "version": rng.randint(2, 9),
                },
            )
        )
        steps.append(llm(lead[i] % (title, gist)))
    extra = ["section on exceptions", "revision history", "definitions", "appendix B"]
    j = 0
    while len(steps) < n - 1 and j < 4:
        did, title, _ = docs[j % 3]
        sec = extra[j]
        steps.append(
            call(
                d,
                rng,
                clk,
                name,
                {"id": did, "section": sec},
                {
                    "id": did,
                    "section": sec,
                    "text": "No change to the rule in this section; last revised %d days ago."
                    % rng.randint(20, 400),
                },
            )
        )
        j += 1
    steps.append(
        llm(
            "Taken together: the %s %s; the %s %s; the %s %s. The strictest of the three governs."
            % tuple(x for _, t, g in docs for x in (t, g))
        )
    )
    return steps


def prog_edit_test_converging(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "edit", n=n)
    name, key, _, tries, (tname, targs), metric, vals = d["edit"]
    steps.append(call(d, rng, clk, tname, targs, {metric: vals[0], "baseline": True}))
    notes = [
        "%s now %s; better but not there.",
        "With that change %s is %s. Adjusting again.",
        "%s went to %s - one more tweak.",
    ]
    for i, v in enumerate(tries):
        steps.append(
            call(d, rng, clk, name, {key: v}, {key: v, "applied": True, "version": 41 + i})
        )
        steps.append(call(d, rng, clk, tname, targs, {metric: vals[i + 1]}))
        if i < len(tries) - 1 and len(steps) < n - 3:
            steps.append(llm(rng.choice(notes) % (metric, vals[i + 1])))
    j = 0
    while len(steps) < n - 1 and j < 3:
        steps.append(
            call(
                d,
                rng,
                clk,
                tname,
                dict(targs, dataset=["yesterday", "last_week", "holdout"][j]),
                {metric: vals[-1], "dataset": ["yesterday", "last_week", "holdout"][j]},
            )
        )
        j += 1
    steps.append(
        llm(
            "Settled on %s. %s went from %s to %s and holds on the other data I tried."
            % (tries[-1], metric, vals[0], vals[-1])
        )
    )
    return steps


def prog_retry_corrected_argument(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "fix", n=n)
    name, good, bad, err, ok = d["act"]
    steps.append(call(d, rng, clk, name, bad, None, err))
    fixed = [k for k in good if good[k] != bad.get(k)]
    steps.append(
        llm(
            rng.choice(
                [
                    "Rejected: %s. The %s I sent was wrong; correcting it." % (err[1], fixed[0]),
                    "%s - that's on me, %s was off. Resending with the right value."
                    % (err[0], fixed[0]),
                    "The server says: %s. Fixing %s and trying once more." % (err[1], fixed[0]),
                ]
            )
        )
    )
    steps.append(call(d, rng, clk, name, good, ok))
    for cname, cargs, cpay, _what in d["checks"]:
        if len(steps) >= n - 1:
            break
        steps.append(call(d, rng, clk, cname, cargs, cpay))
    steps.append(llm("Done. The corrected call succeeded and the follow-up checks look right."))
    return steps


def prog_polling_until_state_change(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "wait", n=n)
    name, args, jid, states = d["job"]
    polls = max(3, min(8, n - len(steps) - 3))
    for j in range(polls):
        s = states[min(len(states) - 1, round(j * (len(states) - 1) / (polls - 1)))]
        pct = 100 if j == polls - 1 else int(100 * (j + 1) / polls) - rng.randint(0, 6)
        steps.append(call(d, rng, clk, name, args, {"id": jid, "state": s, "progress_pct": pct}))
        if j == polls // 2 and rng.random() < 0.5:
            steps.append(llm("Moving: %s at %d%%. Next check in a couple of minutes." % (s, pct)))
    steps.append(llm("%s is %s now. Carrying on with the follow-up." % (jid, states[-1])))
    c = d["checks"][1]
    steps.append(call(d, rng, clk, c[0], c[1], c[2]))
    steps.append(llm("Finished: %s." % c[3]))
    return steps


def prog_user_guided_revisions(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "draft", n=n, ack=False)
    steps.append(llm("Here's a first draft:\n\n" + d["draft"][0]))
    revs = d["revisions"]
    extras = [
        ("Shorter, please.", "Trimmed it to four lines, same facts."),
        ("Use 24h times.", "Switched the times to 24h format."),
        ("Add today's date at the top.", "Dated it at the top."),
    ]
    pool = revs[:-1] + extras
    rng.shuffle(pool)
    for ask, ans in pool:
        if len(steps) >= n - 1:
            break
        steps.append(
            llm(
                ans
                + rng.choice(
                    [
                        "",
                        " Anything else?",
                        " Updated version above.",
                        " Want to see the full text?",
                    ]
                ),
                ask,
            )
        )
    steps.append(llm(revs[-1][1], revs[-1][0]))
    return steps


def prog_paging_through_results(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "list", n=n)
    name, args, ckey, kinds = d["page"]
    cursor: object = None
    page = 0
    seen = 0
    counts: dict[str, int] = {}
    while len(steps) < n - 1:
        a = dict(args)
        if cursor is not None:
            a[ckey] = cursor
        last = len(steps) >= n - 2
        size = rng.randint(1, 4) if last else 5
        items = [
            {
                "ref": "%s-%04d" % (kinds[(page + j) % 5][:3].upper(), 100 + seen + j),
                "type": kinds[(page + j) % 5],
            }
            for j in range(size)
        ]
        for it in items:
            counts[it["type"]] = counts.get(it["type"], 0) + 1
        seen += size
        if ckey in ("offset", "start"):
            cursor = seen
        elif ckey == "page":
            cursor = page + 2
        else:
            cursor = hexid(rng, 16)
        steps.append(
            call(
                d,
                rng,
                clk,
                name,
                a,
                {
                    "items": items,
                    "count": size,
                    "has_more": not last,
                    ckey: None if last else cursor,
                },
            )
        )
        page += 1
    summary = ", ".join("%s %d" % kv for kv in sorted(counts.items()))
    steps.append(
        llm("Last page reached: %d results over %d pages. By type: %s." % (seen, page, summary))
    )
    return steps


def prog_query_refinement(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "find", n=n)
    name, key, bad, good, found = d["search"]
    steps.append(call(d, rng, clk, name, {key: bad[0], "limit": 25}, {"total": 0, "results": []}))
    steps.append(
        llm(
            rng.choice(
                [
                    "The exact phrase finds nothing; I'll go broad and filter down.",
                    "No match on the literal wording. Starting wide, then narrowing.",
                    "Nothing for that. Broad search first, then tighter filters.",
                ]
            )
        )
    )
    for q, hits in good:
        steps.append(
            call(
                d,
                rng,
                clk,
                name,
                {key: q, "limit": 25},
                {
                    "total": hits,
                    "results": [found]
                    if hits == 1
                    else [
                        {"ref": hexid(rng, 6), "score": round(rng.uniform(0.3, 0.9), 3)}
                        for _ in range(min(hits, 3))
                    ],
                },
            )
        )
        if hits > 1 and len(steps) < n - 3:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "%d hits for '%s'; tightening.",
                            "Down to %d with '%s' - adding a filter.",
                            "%d results on '%s'. Narrowing.",
                        ]
                    )
                    % (hits, q)
                )
            )
    steps.append(llm("Found it: %s." % found["hit"]))
    return steps


def prog_independent_precommit_checks(
    d: dict, rng: random.Random, clk: Clock, n: int
) -> list[dict]:
    steps = opening(d, rng, clk, "fix", n=n)
    name, good, _, _, ok = d["act"]
    for cname, cargs, cpay, what in d["checks"]:
        steps.append(call(d, rng, clk, cname, cargs, cpay))
        if len(steps) < n - 3 and rng.random() < 0.6:
            steps.append(llm(rng.choice(["Good: %s.", "Checked - %s.", "Fine, %s."]) % what))
    steps.append(llm("Preconditions are all met, applying it once."))
    steps.append(call(d, rng, clk, name, good, ok))
    steps.append(llm("Applied. Reporting back: done."))
    return steps


def prog_handoff_resubmit_with_fix(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "hand", n=n)
    name, args, queues, _, fixes = d["hand"]
    tid = "%s%07d" % (rng.choice(["INC", "REQ", "TKT"]), rng.randint(1000000, 9999999))
    steps.append(
        call(
            d, rng, clk, name, args, {"number": tid, "assignment_group": queues[0], "state": "New"}
        )
    )
    k = 3 if n >= 13 else 2
    for i, (missing, fix) in enumerate(fixes[:k]):
        steps.append(
            call(
                d,
                rng,
                clk,
                "ticket.get",
                {"number": tid},
                {
                    "number": tid,
                    "state": "Awaiting Info",
                    "work_note": "Please add the %s." % missing,
                    "updated_by": queues[0],
                },
            )
        )
        steps.append(
            call(
                d,
                rng,
                clk,
                "ticket.add_work_note",
                {"number": tid, "note": fix},
                {"number": tid, "state": "In Progress", "notes": i + 2},
            )
        )
        if rng.random() < 0.4:
            steps.append(llm("Added the %s as asked." % missing))
    steps.append(
        call(
            d,
            rng,
            clk,
            "ticket.get",
            {"number": tid},
            {
                "number": tid,
                "state": "Work In Progress",
                "assigned_to": rng.choice(["A. Mensah", "L. Novak", "T. Brennan", "S. Ito"]),
            },
        )
    )
    steps.append(
        llm(
            "%s is accepted and being worked by %s now that they have what they asked for."
            % (tid, queues[0])
        )
    )
    return steps


def prog_stepwise_plan_execution(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    n = max(n, 9)
    steps = opening(d, rng, clk, "plan", n=n, ack=False)
    steps.append(
        llm(
            rng.choice(
                [
                    "Plan: 1) current state, 2) prerequisites, 3) change, 4) verify, 5) report. Starting step 1.",
                    "I'll do this in order: read state, check prerequisites, make the change, verify, then report.",
                    "Five steps: state, prerequisites, change, verification, report. Step 1 now.",
                ]
            )
        )
    )
    seq = [c for c in d["ctx"] if c[0] not in [s.get("tool") for s in steps]][:2] + [
        (c[0], c[1], c[2]) for c in d["checks"]
    ]
    act = d["act"]
    for i, (nm, a, p) in enumerate(seq):
        if len(steps) >= n - 3:
            break
        steps.append(call(d, rng, clk, nm, a, p))
        if rng.random() < 0.5:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "Step %d done; on to step %d.",
                            "Finished step %d, starting %d.",
                            "%d is complete. Now %d.",
                        ]
                    )
                    % (i + 1, i + 2)
                )
            )
    steps.append(call(d, rng, clk, act[0], act[1], act[4]))
    steps.append(llm("Change made and verified. Summary: %s." % json.dumps(act[4])[:100]))
    return steps


def prog_clarify_then_proceed(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    q, a, tname, targs = d["ask"]
    steps = opening(d, rng, clk, "ask", n=n, ack=False)
    steps.append(llm(q))
    steps.append(
        llm(
            rng.choice(
                [
                    "Thanks - doing that now.",
                    "Understood, setting it up that way.",
                    "Clear. Proceeding.",
                ]
            ),
            a,
        )
    )
    steps.append(call(d, rng, clk, tname, targs, {"id": "obj_" + hexid(rng, 8), "created": True}))
    for cname, cargs, cpay, _ in d["checks"]:
        if len(steps) >= n - 1:
            break
        steps.append(call(d, rng, clk, cname, cargs, cpay))
    steps.append(
        llm("Set up as you specified (%s); the checks afterwards look fine." % a.rstrip("."))
    )
    return steps


def prog_per_item_pipeline(d: dict, rng: random.Random, clk: Clock, n: int) -> list[dict]:
    steps = opening(d, rng, clk, "batch", n=n)
    names, items = d["pipe"]
    count = max(1, min(6, (n - len(steps) - 1) // 3))
    items = [*items, *MORE_ITEMS[d["name"]]][:count] if count > 3 else items[:count]
    for it in items:
        steps.append(
            call(
                d,
                rng,
                clk,
                names[0],
                {"id": it},
                {"id": it, "state": "RECEIVED", "rev": rng.randint(1, 9)},
            )
        )
        steps.append(
            call(d, rng, clk, names[1], {"id": it}, {"id": it, "valid": True, "issues": []})
        )
        steps.append(
            call(
                d,
                rng,
                clk,
                names[2],
                {"id": it},
                {"id": it, "status": "DONE", "ref": hexid(rng, 8)},
            )
        )
    steps.append(
        llm("Done with %d: %s - each checked and completed." % (len(items), ", ".join(items)))
    )
    return steps


PAIRS = [
    (
        "exact_repeat",
        loop_exact_repeat,
        "incrementing_status_report",
        prog_incrementing_status_report,
    ),
    (
        "paraphrased_repeat",
        loop_paraphrased_repeat,
        "summarise_related_documents",
        prog_summarise_related_documents,
    ),
    ("ab_oscillation", loop_ab_oscillation, "edit_test_converging", prog_edit_test_converging),
    (
        "failing_tool_retry",
        loop_failing_tool_retry,
        "retry_corrected_argument",
        prog_retry_corrected_argument,
    ),
    (
        "same_action_same_observation",
        loop_same_action_same_observation,
        "polling_until_state_change",
        prog_polling_until_state_change,
    ),
    (
        "identical_monologue",
        loop_identical_monologue,
        "user_guided_revisions",
        prog_user_guided_revisions,
    ),
    (
        "identical_tool_calls",
        loop_identical_tool_calls,
        "paging_through_results",
        prog_paging_through_results,
    ),
    (
        "zero_result_query_drift",
        loop_zero_result_query_drift,
        "query_refinement",
        prog_query_refinement,
    ),
    (
        "reverification_spiral",
        loop_reverification_spiral,
        "independent_precommit_checks",
        prog_independent_precommit_checks,
    ),
    (
        "handoff_bounce",
        loop_handoff_bounce,
        "handoff_resubmit_with_fix",
        prog_handoff_resubmit_with_fix,
    ),
    ("plan_reset_loop", loop_plan_reset, "stepwise_plan_execution", prog_stepwise_plan_execution),
    (
        "ignored_answer_reask",
        loop_ignored_answer_reask,
        "clarify_then_proceed",
        prog_clarify_then_proceed,
    ),
    ("multi_step_cycle", loop_multi_step_cycle, "per_item_pipeline", prog_per_item_pipeline),
]

LENGTHS = [6, 8, 9, 11, 13, 15, 17, 20]


def build() -> list[dict]:
    rows: list[dict] = []
    num = 0
    for k, (lkind, lfn, pkind, pfn) in enumerate(PAIRS):
        for label, kind, fn in (("loop", lkind, lfn), ("progress", pkind, pfn)):
            for di, d in enumerate(DOMAINS):
                num += 1
                rid = "%s-%s-%s-%03d" % (PREFIX, label, kind, num)
                rng = random.Random("%d:%s" % (SEED, rid))
                clk = Clock(rng)
                n = LENGTHS[(di * 3 + k + (label == "progress")) % len(LENGTHS)]
                steps = fn(d, rng, clk, n)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": steps,
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
