"""Blind trajectory set 69: 104 loop and 104 progress rows over eight production domains."""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 6969
HERE = Path(__file__).resolve().parent

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "stuck_cursor_pagination",
    "unchanged_status_poll",
    "three_way_rotation",
    "write_verify_revert",
    "repeated_clarification",
    "plan_restate_no_action",
]
PROGRESS_KINDS = [
    "distinct_queries",
    "summaries_of_different_documents",
    "bisecting_toggles",
    "retry_with_corrected_argument",
    "rerun_after_fix",
    "status_updates_with_new_facts",
    "batch_over_different_ids",
    "paging_with_token",
    "polling_until_ready",
    "three_source_reconciliation",
    "write_verify_confirmed",
    "clarification_answered",
    "plan_then_execute",
]


def _env_json(d, rng, n, payload):
    return json.dumps(
        {"request_id": "req_%08x" % rng.getrandbits(32), "ts": d["t0"] + n * 7, "data": payload},
        sort_keys=False,
    )


def _env_meta(d, rng, n, payload):
    return json.dumps(
        {
            "meta": {
                "trace": "%016x" % rng.getrandbits(64),
                "ratelimit_remaining": 500 - n * 3,
                "served_by": "api-%d.%s" % (rng.randint(1, 9), d["host"]),
            },
            "result": payload,
        }
    )


def _env_http(d, rng, n, payload):
    mins = 10 + n
    return (
        'HTTP/1.1 200 OK\nDate: Tue, 14 Apr 2026 09:%02d:%02d GMT\nETag: W/"%x"\nX-Cache: %s\n\n%s'
        % (
            mins % 60,
            rng.randint(0, 59),
            rng.getrandbits(28),
            rng.choice(["MISS", "HIT", "REVALIDATED"]),
            json.dumps(payload),
        )
    )


def _env_text(d, rng, n, payload):
    lines = [
        "[%s node=%s t=%d]" % (d["host"], "n%02d" % rng.randint(1, 40), d["t0"] * 1000 + n * 4311)
    ]
    for k, v in payload.items():
        lines.append("%s: %s" % (k, v))
    return "\n".join(lines)


def _env_iso(d, rng, n, payload):
    return json.dumps(
        {
            "ok": True,
            "at": "2026-04-14T08:%02d:%02d.%03dZ"
            % ((12 + n) % 60, rng.randint(0, 59), rng.randint(0, 999)),
            "correlation_id": "%s-%04d" % (d["host"][:3].upper(), rng.randint(0, 9999)),
            "body": payload,
        }
    )


def _env_xmlish(d, rng, n, payload):
    inner = "".join("<%s>%s</%s>" % (k, v, k) for k, v in payload.items())
    return '<response seq="%d" txn="T%09d" stamp="%d">%s</response>' % (
        n,
        rng.randint(0, 10**9),
        d["t0"] + n * 11,
        inner,
    )


def _env_graph(d, rng, n, payload):
    return json.dumps(
        {
            "data": payload,
            "extensions": {
                "cost": {"requested": 12, "remaining": 988 - n * 12},
                "traceId": "%x" % rng.getrandbits(48),
            },
        }
    )


def _env_page(d, rng, n, payload):
    return json.dumps(
        {
            "items": payload,
            "x_request": "%s/%d" % (d["host"], rng.randint(10000, 99999)),
            "cache_age_s": rng.randint(0, 30),
            "generated_epoch_ms": d["t0"] * 1000 + n * 950,
        }
    )


DOMAINS = [
    {
        "name": "vinyl_record_pressing",
        "host": "pressplant.io",
        "t0": 1776150000,
        "env": _env_json,
        "request": "Label wants to know where catalogue ORB-2291 (180g black, 1500 units) is; test pressings were approved last week. Can you find the holdup and get it moving?",
        "tools": {
            "search": "orders.search",
            "get": "orders.get",
            "update": "orders.update_stage",
            "status": "press.status",
            "list": "plates.list",
            "other": "lacquer.inspect",
        },
        "ids": ["ORB-2291", "ORB-2288", "KLP-0412", "MNR-1170", "ORB-2302", "DSC-0098"],
        "noun": "pressing order",
        "field": "stage",
        "old": "awaiting_plating",
        "new": "pressing_scheduled",
        "err": "409 Conflict: stamper set SP-88 is checked out by press line 3",
        "bad_arg": ("stamper_set", "SP88", "SP-88"),
        "voice": {
            "start": "I'll look up the pressing order and see which stage it's parked at.",
            "retry": "The plating service bounced that; trying it once more.",
            "apol": "Sorry, the plant API is being awkward.",
            "plan": "Plan: confirm plating, book a press slot on line 2, then tell the label the ship date.",
            "still": "Plant still reports the same hold on it.",
            "stick": "Stage snapped back to awaiting_plating, pushing it forward again.",
            "interject": "Any news? The label's chasing me.",
        },
        "docs": [
            "test pressing QC report",
            "plating job sheet",
            "label artwork approval",
            "shipping manifest",
        ],
    },
    {
        "name": "maintenance_dredging_campaigns",
        "host": "dredgeops.net",
        "t0": 1776240000,
        "env": _env_meta,
        "request": "Harbour master says the approach channel at berth 7 is shoaling again. Please check the last hydro survey and get a dredge campaign slot lined up for the TSHD.",
        "tools": {
            "search": "survey_find",
            "get": "survey_get",
            "update": "campaign_patch",
            "status": "vessel_position",
            "list": "disposal_site_list",
            "other": "tide_window",
        },
        "ids": ["SV-26-0193", "SV-26-0188", "SV-26-0201", "CMP-7741", "CMP-7750", "SV-25-1140"],
        "noun": "survey",
        "field": "depth_deficit_m",
        "old": "0.0",
        "new": "0.6",
        "err": "503 Service Unavailable: tide model recomputing (upstream harbour-gauge feed stale)",
        "bad_arg": ("disposal_site", "ds-north", "DS-N2"),
        "voice": {
            "start": "Let me pull the most recent bathymetric survey for the berth 7 approach.",
            "retry": "Tide service is unavailable; I'll give it another go.",
            "apol": "Apologies, the survey feed keeps timing out.",
            "plan": "Plan: confirm the deficit from the survey, pick a tide window, then reserve the dredger.",
            "still": "No movement, the gauge feed hasn't refreshed.",
            "stick": "Deficit reverted to 0.0 on read-back; patching it once more.",
            "interject": "Harbour master is on the phone, where are we?",
        },
        "docs": [
            "multibeam survey SV-26-0193",
            "sediment sampling note",
            "disposal licence conditions",
            "previous campaign close-out",
        ],
    },
    {
        "name": "steel_coil_slitting_orders",
        "host": "slitline.mill",
        "t0": 1776330000,
        "env": _env_http,
        "request": "Customer Brandt Fabrication needs 3 coils of DX51D slit to 125mm for Thursday. Can you check stock and put the slitting job on the schedule?",
        "tools": {
            "search": "GET /v2/coils",
            "get": "GET /v2/coils/{id}",
            "update": "PATCH /v2/jobs/{id}",
            "status": "GET /v2/lines/slitter-2/status",
            "list": "GET /v2/jobs",
            "other": "GET /v2/certs/{heat}",
        },
        "ids": ["C-884201", "C-884219", "C-884233", "J-30412", "C-884250", "C-884266"],
        "noun": "coil",
        "field": "knife_setup",
        "old": "8x150mm",
        "new": "10x125mm",
        "err": "422 Unprocessable Entity: width 1250 exceeds slitter-2 max entry width 1220",
        "bad_arg": ("line", "slitter-2", "slitter-1"),
        "voice": {
            "start": "Checking coil stock for DX51D in the right gauge first.",
            "retry": "That came back 422; resubmitting.",
            "apol": "Sorry about that, the mill system is slow this morning.",
            "plan": "Plan: reserve three coils, set the knives to 125mm, slot the job before Thursday's truck.",
            "still": "Unchanged. Slitter-2 shows the same.",
            "stick": "Knife setup is back at 8x150mm, re-applying 10x125mm.",
            "interject": "Need an answer for Brandt before lunch.",
        },
        "docs": [
            "mill cert for heat 55120",
            "customer spec sheet",
            "slitter-2 maintenance log",
            "Thursday load plan",
        ],
    },
    {
        "name": "custom_saddle_fitting",
        "host": "saddlery.co",
        "t0": 1776420000,
        "env": _env_text,
        "request": "Mrs Okafor's mare has changed shape after winter and the dressage saddle is bridging. Book a refit visit and check whether the tree can be adjusted or we need a new panel.",
        "tools": {
            "search": "find_client",
            "get": "get_fitting_record",
            "update": "set_tree_width",
            "status": "workshop_queue",
            "list": "list_fitter_slots",
            "other": "horse_profile",
        },
        "ids": ["FIT-5521", "FIT-5490", "FIT-5530", "HRS-118", "FIT-5544", "FIT-5503"],
        "noun": "fitting record",
        "field": "tree_width",
        "old": "medium",
        "new": "medium-wide",
        "err": "ERR_SLOT_TAKEN: slot already held by another booking",
        "bad_arg": ("fitter", "j.harlow", "JH-02"),
        "voice": {
            "start": "I'll find the client and pull up the mare's last fitting record.",
            "retry": "Slot booking failed; let me try booking it again.",
            "apol": "Sorry, the diary system is being difficult.",
            "plan": "Plan: read the wither tracing, compare with the last fit, then book the fitter.",
            "still": "Queue looks identical to before.",
            "stick": "Record still shows medium, I'll set medium-wide again.",
            "interject": "Mrs Okafor rang again, is the visit booked?",
        },
        "docs": [
            "wither tracing from March",
            "last fitting notes",
            "saddle warranty terms",
            "panel flocking history",
        ],
    },
    {
        "name": "cider_orchard_pressing",
        "host": "orchard-mill.uk",
        "t0": 1776510000,
        "env": _env_iso,
        "request": "We've got 14 tonnes of Dabinett coming in from the Hollins block tomorrow. Sort out a press slot and check the brix readings so the juice can go to tank 6.",
        "tools": {
            "search": "harvest.loads.search",
            "get": "harvest.loads.get",
            "update": "cellar.tanks.assign",
            "status": "press.belt.status",
            "list": "cellar.tanks.list",
            "other": "lab.brix.read",
        },
        "ids": ["LD-1204", "LD-1207", "LD-1211", "TK-06", "LD-1219", "LD-1198"],
        "noun": "harvest load",
        "field": "tank",
        "old": "unassigned",
        "new": "TK-06",
        "err": "423 Locked: tank TK-06 in CIP cycle",
        "bad_arg": ("tank_id", "6", "TK-06"),
        "voice": {
            "start": "Looking for tomorrow's Dabinett loads from the Hollins block.",
            "retry": "Tank is locked; trying the assignment again.",
            "apol": "My apologies, the cellar system keeps refusing.",
            "plan": "Plan: confirm load weights, read brix, assign to tank 6 once CIP is done.",
            "still": "Same reading from the belt controller.",
            "stick": "Tank shows unassigned again; re-sending the assignment.",
            "interject": "Trailers are due at six, is tank 6 sorted?",
        },
        "docs": [
            "Hollins block picking sheet",
            "brix log for week 41",
            "tank 6 CIP record",
            "press belt service note",
        ],
    },
    {
        "name": "rare_coin_grading_submissions",
        "host": "numisgrade.com",
        "t0": 1776600000,
        "env": _env_xmlish,
        "request": "Dealer submission NG-77310 has 22 coins and one of them, the 1893-S Morgan, is flagged. Can you check what's holding it and push the rest to encapsulation?",
        "tools": {
            "search": "submissions/search",
            "get": "submissions/get",
            "update": "coins/set_status",
            "status": "queue/position",
            "list": "coins/list",
            "other": "images/fetch",
        },
        "ids": ["NG-77310", "NG-77311", "NG-77298", "CN-4410982", "CN-4410990", "CN-4411003"],
        "noun": "submission",
        "field": "status",
        "old": "grading_hold",
        "new": "encapsulation",
        "err": "500 Internal Error: imaging node timeout (ref IMG-TO)",
        "bad_arg": ("tier", "economy", "WALKTHROUGH"),
        "voice": {
            "start": "Pulling up submission NG-77310 to see the flag on the Morgan.",
            "retry": "Imaging timed out; re-requesting.",
            "apol": "Sorry for the delay, imaging is struggling.",
            "plan": "Plan: clear the authentication hold, confirm grades, then release the batch to encapsulation.",
            "still": "Queue position hasn't budged.",
            "stick": "Status is grading_hold again, setting encapsulation once more.",
            "interject": "Dealer is asking for an update on NG-77310.",
        },
        "docs": [
            "grader notes for CN-4410982",
            "authentication memo",
            "dealer's invoice",
            "previous grade history",
        ],
    },
    {
        "name": "veterinary_referral_imaging",
        "host": "vetref.health",
        "t0": 1776690000,
        "env": _env_graph,
        "request": "Referral from Greenway Vets: 6yo Labrador, lameness left fore, they want a CT of the elbow. Book it and make sure the anaesthetic pre-check is done.",
        "tools": {
            "search": "patients_search",
            "get": "patient",
            "update": "updateBooking",
            "status": "scannerState",
            "list": "ctSlots",
            "other": "bloodPanel",
        },
        "ids": ["PT-30918", "PT-30911", "BK-88120", "BK-88131", "PT-30925", "BK-88144"],
        "noun": "patient",
        "field": "sedation_plan",
        "old": "none",
        "new": "GA_ASA2",
        "err": "GraphQL error: BOOKING_CONFLICT scanner CT-1 reserved",
        "bad_arg": ("modality", "ct", "CT_ELBOW"),
        "voice": {
            "start": "I'll find the Labrador from the Greenway referral first.",
            "retry": "Booking conflict; retrying the mutation.",
            "apol": "Sorry, the scheduling API is misbehaving.",
            "plan": "Plan: check bloods, assign sedation protocol, book CT-1, email Greenway the slot.",
            "still": "Scanner state is exactly as it was.",
            "stick": "Sedation plan reads none again; re-saving GA_ASA2.",
            "interject": "Greenway want to know if the CT is booked yet.",
        },
        "docs": [
            "referral letter from Greenway",
            "radiographs report",
            "pre-anaesthetic bloods",
            "owner consent form",
        ],
    },
    {
        "name": "industrial_paint_colour_matching",
        "host": "tintlab.biz",
        "t0": 1776780000,
        "env": _env_page,
        "request": "Fleet customer sent a panel chip for their RAL 5010 variant; the last batch came out too green. Work out the correction and queue a 40L tint batch.",
        "tools": {
            "search": "formula_lookup",
            "get": "formula_fetch",
            "update": "tint.adjust",
            "status": "spectro.reading",
            "list": "batches_list",
            "other": "pigment_stock",
        },
        "ids": ["FML-5010-F3", "FML-5010-F2", "BT-22091", "BT-22104", "FML-7016-A1", "BT-22110"],
        "noun": "formula",
        "field": "phthalo_blue_g",
        "old": "12.4",
        "new": "11.8",
        "err": "SPECTRO_BUSY: instrument calibrating white tile",
        "bad_arg": ("illuminant", "D50", "D65"),
        "voice": {
            "start": "Looking up the current formula for the customer's 5010 variant.",
            "retry": "Spectro is busy; trying the read again.",
            "apol": "Apologies, the spectrophotometer is not cooperating.",
            "plan": "Plan: read the chip, compute the delta E, trim phthalo, then queue the batch.",
            "still": "Spectro returns the same numbers.",
            "stick": "Phthalo is back at 12.4 on the formula, re-applying 11.8.",
            "interject": "The fleet buyer wants a date for the batch.",
        },
        "docs": [
            "customer chip reading",
            "batch BT-22091 QC sheet",
            "pigment lot certificate",
            "fleet colour spec",
        ],
    },
]


class Row:
    def __init__(self, d, rng):
        self.d = d
        self.rng = rng
        self.steps = []
        self.n = 0

    def llm(self, text, obs=""):
        self.steps.append({"kind": "llm", "text": text, "observation": obs})

    def tool(self, key, args, payload, error=False, raw=None):
        self.n += 1
        if raw is None:
            obs = self.d["env"](self.d, self.rng, self.n, payload)
        else:
            obs = raw % ("%06x" % self.rng.getrandbits(24))
        name = self.d["tools"].get(key, key)
        self.steps.append(
            {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}
        )

    def preamble(self):
        d, r = self.d, self.rng
        self.llm(d["voice"]["start"], d["request"])
        for _ in range(r.randint(0, 2)):
            k = r.choice(["list", "other"])
            self.tool(
                k,
                {"ref": r.choice(d["ids"])},
                {"checked": r.choice(d["ids"]), "count": r.randint(1, 30)},
            )


def _ws(text, rng):
    choice = rng.randint(0, 3)
    if choice == 0:
        return text + " "
    if choice == 1:
        return text.replace(". ", ".  ", 1)
    if choice == 2:
        return text.rstrip(".") + "."
    return text


# ---------------------------------------------------------------- loop kinds


def loop_exact_repeat(row):
    d, r = row.d, row.rng
    row.preamble()
    msg = "%s %s" % (
        d["voice"]["apol"],
        "Let me check the %s %s again before doing anything." % (d["noun"], d["ids"][0]),
    )
    for i in range(r.randint(3, 7)):
        row.llm(_ws(msg, r) if i else msg)
        if r.random() < 0.5:
            row.tool("get", {"id": d["ids"][0]}, {"id": d["ids"][0], d["field"]: d["old"]})


PARAS = [
    "I'll go back and look at {x} once more to see what's blocking it.",
    "Let me re-examine {x}; something there must explain the hold.",
    "Going to take another look at {x} to find the cause.",
    "I should double-check {x} again, the blocker is probably in there.",
    "One more pass over {x} should show me what's stuck.",
    "Re-reading {x} now so I can spot why it hasn't moved.",
    "Let me revisit {x} and work out what's holding it up.",
    "Checking {x} yet again for whatever is causing the delay.",
]


def loop_paraphrased_repeat(row):
    d, r = row.d, row.rng
    row.preamble()
    row.tool("get", {"id": d["ids"][0]}, {"id": d["ids"][0], d["field"]: d["old"]})
    ps = (
        PARAS_BY_DOMAIN[d["name"]][:]
        if r.random() < 0.75
        else [p.format(x="the %s %s" % (d["noun"], d["ids"][0])) for p in PARAS]
    )
    r.shuffle(ps)
    for j, p in enumerate(ps[: r.randint(3, 6)]):
        row.llm(p, d["voice"]["interject"] if j == 2 and r.random() < 0.3 else "")


def loop_ab_oscillation(row):
    d, r = row.d, row.rng
    row.preamble()
    for i in range(r.randint(3, 6)):
        v = d["new"] if i % 2 == 0 else d["old"]
        row.tool("update", {"id": d["ids"][0], d["field"]: v}, {"id": d["ids"][0], d["field"]: v})
        if r.random() < 0.6:
            row.llm(
                "Switched %s to %s; %s"
                % (
                    d["field"],
                    v,
                    r.choice(
                        [
                            "that looks off, reverting.",
                            "hmm, the other value seemed better.",
                            "trying the alternative.",
                        ]
                    ),
                )
            )


def loop_failing_tool_retry(row):
    d, r = row.d, row.rng
    row.preamble()
    k, bad, _ = d["bad_arg"]
    for i in range(r.randint(3, 7)):
        row.tool(
            "update", {"id": d["ids"][0], k: bad}, None, error=True, raw=d["err"] + " (request %s)"
        )
        if i % 2 == 1:
            row.llm(d["voice"]["retry"])


def loop_same_action_same_observation(row):
    d, r = row.d, row.rng
    row.preamble()
    for _ in range(r.randint(3, 6)):
        row.tool(
            "status",
            {"target": d["ids"][0]},
            {"target": d["ids"][0], "state": "blocked", "reason": "upstream hold"},
        )
        row.llm(
            r.choice(["Still blocked.", "No change there.", "Same result, it says upstream hold."])
        )


def loop_identical_monologue(row):
    d, r = row.d, row.rng
    row.preamble()
    row.tool("get", {"id": d["ids"][0]}, {"id": d["ids"][0], d["field"]: d["old"]})
    for _ in range(r.randint(3, 6)):
        row.llm(d["voice"]["plan"])


def loop_identical_tool_calls(row):
    d, r = row.d, row.rng
    row.preamble()
    for i in range(r.randint(3, 7)):
        args = {"id": d["ids"][1], "include": "history"}
        if i % 2:
            args = {"include": "history", "id": d["ids"][1]}
        row.tool("get", args, {"id": d["ids"][1], d["field"]: d["old"], "history": 3})
        if i == 1 and r.random() < 0.4:
            row.llm(d["voice"]["still"])


def loop_stuck_cursor_pagination(row):
    d, r = row.d, row.rng
    row.preamble()
    for i in range(r.randint(3, 6)):
        row.tool(
            "list",
            {"page_size": 25},
            {"rows": d["ids"][:3], "next_cursor": "cur_AAE%s" % d["ids"][0][-3:]},
        )
        if i == 1:
            row.llm(
                r.choice(
                    [
                        "Fetching the next page of results.",
                        "Getting the rest of the list.",
                        "More to read; next page.",
                    ]
                )
            )
        elif i == 2 and r.random() < 0.5:
            row.llm(d["voice"]["still"], d["voice"]["interject"])


def loop_unchanged_status_poll(row):
    d, r = row.d, row.rng
    row.preamble()
    row.llm(
        r.choice(
            [
                "Waiting for it to finish, polling the status.",
                "It's queued; I'll keep an eye on it.",
                "Job submitted earlier, checking on it.",
            ]
        ),
        d["voice"]["interject"] if r.random() < 0.4 else "",
    )
    for _ in range(r.randint(4, 8)):
        row.tool(
            "status",
            {"job": d["ids"][3]},
            {"job": d["ids"][3], "state": "queued", "position": 4, "eta": None},
        )


def loop_three_way_rotation(row):
    d, r = row.d, row.rng
    row.preamble()
    for _ in range(r.randint(2, 3)):
        row.tool("search", {"q": d["ids"][0]}, {"hits": [d["ids"][0]]})
        row.tool("get", {"id": d["ids"][0]}, {"id": d["ids"][0], d["field"]: d["old"]})
        row.tool("other", {"ref": d["ids"][0]}, {"ref": d["ids"][0], "ok": True})


def loop_write_verify_revert(row):
    d, r = row.d, row.rng
    row.preamble()
    for _ in range(r.randint(3, 5)):
        row.tool("update", {"id": d["ids"][0], d["field"]: d["new"]}, {"accepted": True})
        row.tool("get", {"id": d["ids"][0]}, {"id": d["ids"][0], d["field"]: d["old"]})
        row.llm(d["voice"]["stick"])


def loop_repeated_clarification(row):
    d, r = row.d, row.rng
    row.preamble()
    q = "Before I go on: do you want me to change %s on %s, or leave it as it is?" % (
        d["field"],
        d["ids"][0],
    )
    replies = [
        "Yes, please just do it.",
        "I already said yes.",
        "Yes. Change it.",
        "...yes",
        "As I said, go ahead.",
    ]
    row.llm(q, "")
    for i in range(r.randint(2, 4)):
        row.llm(q, replies[i])


def loop_plan_restate_no_action(row):
    d, r = row.d, row.rng
    row.preamble()
    for i in range(r.randint(3, 6)):
        row.llm(
            "Next step: %s I'll start on that now." % d["voice"]["plan"], "ok" if i == 1 else ""
        )


# ------------------------------------------------------------- progress kinds


def prog_distinct_queries(row):
    d, r = row.d, row.rng
    row.preamble()
    for i in d["ids"][: r.randint(3, 5)]:
        row.tool("search", {"q": i}, {"hits": [i], "total": 1})
    row.llm("Found all of them; %s is the one on hold." % d["ids"][0])


def prog_summaries_of_different_documents(row):
    d, r = row.d, row.rng
    row.preamble()
    docs = list(zip(d["docs"], DOC_SUMMARIES[d["name"]], strict=True))
    r.shuffle(docs)
    for doc, text in docs[: r.randint(3, 4)]:
        row.tool("get", {"doc": doc}, {"title": doc, "pages": r.randint(1, 9)})
        row.llm(r.choice(["%s: %s", "Read the %s. %s", "From the %s: %s"]) % (doc, text))


def prog_bisecting_toggles(row):
    d, _r = row.d, row.rng
    row.preamble()
    for i in d["ids"][:4]:
        row.tool(
            "update",
            {"id": i, "hold": False},
            {"id": i, "hold": False, "blocked": i == d["ids"][2]},
        )
    row.llm("The hold comes from %s; the others are clear." % d["ids"][2])


def prog_retry_with_corrected_argument(row):
    d, _r = row.d, row.rng
    row.preamble()
    k, bad, good = d["bad_arg"]
    row.tool(
        "update", {"id": d["ids"][0], k: bad}, None, error=True, raw=d["err"] + " (request %s)"
    )
    if _r.random() < 0.5:
        row.tool(
            "update",
            {"id": d["ids"][0], k: bad, "force": True},
            None,
            error=True,
            raw=d["err"] + " (request %s; force not permitted)",
        )
    row.llm(
        _r.choice(
            [
                "The %s value is wrong; using %s." % (k, good),
                "That error points at %s. %s is the right value, resubmitting with it." % (k, good),
            ]
        )
    )
    row.tool("update", {"id": d["ids"][0], k: good}, {"id": d["ids"][0], k: good, "ok": True})
    if _r.random() < 0.5:
        row.tool("get", {"id": d["ids"][0]}, {"id": d["ids"][0], k: good, d["field"]: d["new"]})


def prog_rerun_after_fix(row):
    d, _r = row.d, row.rng
    row.preamble()
    row.tool("status", {"target": d["ids"][0]}, {"state": "blocked"})
    row.tool("update", {"id": d["ids"][0], "release": True}, {"released": True})
    row.tool("status", {"target": d["ids"][0]}, {"state": "running"})


def prog_status_updates_with_new_facts(row):
    d, r = row.d, row.rng
    row.preamble()
    for i in range(4):
        row.llm(
            "Checked %s; %d of 4 done, %s."
            % (
                d["ids"][i],
                i + 1,
                r.choice(["nothing blocking", "one note to follow up", "values match the order"]),
            )
        )
        row.tool(
            "get",
            {"id": d["ids"][i + 1]},
            {"id": d["ids"][i + 1], d["field"]: r.choice([d["old"], d["new"]])},
        )


def prog_batch_over_different_ids(row):
    d, r = row.d, row.rng
    row.preamble()
    ids = d["ids"][:]
    r.shuffle(ids)
    for j, i in enumerate(ids):
        if j == 3 and r.random() < 0.5:
            row.llm("Halfway through: %s and %s checked, three to go." % (ids[0], ids[1]))
        row.tool(
            "get",
            {"id": i, "include": "history"},
            {"id": i, d["field"]: r.choice([d["old"], d["new"]])},
        )


def prog_paging_with_token(row):
    d, r = row.d, row.rng
    row.preamble()
    cur = None
    for p in range(r.randint(3, 5)):
        args = {"page_size": 25}
        if cur:
            args["cursor"] = cur
        cur = "cur_%x" % r.getrandbits(32)
        row.tool("list", args, {"rows": d["ids"][p : p + 2], "next_cursor": cur})


def prog_polling_until_ready(row):
    d, r = row.d, row.rng
    row.preamble()
    pct = 0
    for st in ["queued", "running", "running", "ready"]:
        pct = (
            min(100, pct + r.randint(20, 45)) if st == "running" else (100 if st == "ready" else 0)
        )
        row.tool(
            "status", {"job": d["ids"][3]}, {"job": d["ids"][3], "state": st, "progress_pct": pct}
        )


def prog_three_source_reconciliation(row):
    d, _r = row.d, row.rng
    row.preamble()
    for i in d["ids"][:2]:
        row.tool("search", {"q": i}, {"hits": [i]})
        row.tool("get", {"id": i}, {"id": i})
        row.tool("other", {"ref": i}, {"ref": i, "ok": True})


def prog_write_verify_confirmed(row):
    d, _r = row.d, row.rng
    row.preamble()
    for i in d["ids"][: _r.randint(2, 3)]:
        row.tool("update", {"id": i, d["field"]: d["new"]}, {"accepted": True})
        row.tool("get", {"id": i}, {"id": i, d["field"]: d["new"]})


def prog_clarification_answered(row):
    d, _r = row.d, row.rng
    row.preamble()
    row.llm("Do you want me to change %s on %s?" % (d["field"], d["ids"][0]))
    row.llm(
        "Understood: %s on %s, and I'll leave %s alone." % (d["new"], d["ids"][0], d["ids"][1]),
        _r.choice(
            ["Yes please, but not on %s." % d["ids"][1], "Go ahead. Skip %s for now." % d["ids"][1]]
        ),
    )
    row.tool("update", {"id": d["ids"][0], d["field"]: d["new"]}, {"accepted": True})
    row.tool("get", {"id": d["ids"][1]}, {"id": d["ids"][1], d["field"]: d["old"]})


def prog_plan_then_execute(row):
    d, _r = row.d, row.rng
    row.preamble()
    row.llm(d["voice"]["plan"])
    row.tool("get", {"id": d["ids"][0]}, {"id": d["ids"][0]})
    row.tool("update", {"id": d["ids"][0], d["field"]: d["new"]}, {"accepted": True})


CLOSERS = {
    "vinyl_record_pressing": [
        "Line 2 has it booked; the label can expect cartons in nine working days.",
        "Press slot confirmed. I'll email the label the revised ship date next.",
    ],
    "maintenance_dredging_campaigns": [
        "Dredger pencilled in for the spring-tide window; the harbour master has the notice.",
        "Campaign slot held, now drafting the notice to mariners.",
    ],
    "steel_coil_slitting_orders": [
        "Job sits on slitter-1 for Wednesday night shift, ahead of Thursday's truck.",
        "Coils reserved; moving on to the cert pack for Brandt.",
    ],
    "custom_saddle_fitting": [
        "Fitter visit booked for the 22nd and the tree adjustment noted on the card.",
        "All set for the refit; I'll text Mrs Okafor the time.",
    ],
    "cider_orchard_pressing": [
        "Dabinett loads go to TK-06 after the CIP finishes at 06:40.",
        "Press belt is reserved for 07:00; next I'm logging the brix on the lot.",
    ],
    "rare_coin_grading_submissions": [
        "Twenty-one coins released to encapsulation; the Morgan stays with authentication.",
        "Batch released. Drafting the note to the dealer about the 1893-S now.",
    ],
    "veterinary_referral_imaging": [
        "CT-1 is booked for Thursday 09:30 under GA, bloods in range.",
        "Booking confirmed; sending Greenway the pre-admission sheet next.",
    ],
    "industrial_paint_colour_matching": [
        "Corrected formula F4 gives dE 0.6; 40L batch queued on tinter 2.",
        "Batch queued, and I'm pulling a drawdown for the customer's approval.",
    ],
}

FILLER_READS = {"list": "recent", "other": "context"}


def _pad_loop(row):
    d, r = row.d, row.rng
    first, rest = row.steps[:1], row.steps[1:]
    row.steps = first
    while len(row.steps) + len(rest) < 6:
        k = r.choice(["list", "other"])
        row.tool(
            k,
            {"ref": d["ids"][r.randint(2, 5)], "scope": FILLER_READS[k]},
            {"ref": d["ids"][r.randint(2, 5)], "count": r.randint(2, 40)},
        )
    row.steps += rest


def _finish_progress(row):
    d, r = row.d, row.rng
    while len(row.steps) < 5:
        i = d["ids"][r.randint(1, 5)]
        row.tool(
            "get", {"id": i}, {"id": i, d["field"]: r.choice([d["old"], d["new"]]), "checked": True}
        )
    if r.random() < 0.7:
        row.llm(r.choice(CLOSERS[d["name"]]), r.choice(["", "", "thanks, what's next?"]))
    else:
        i = d["ids"][4]
        row.tool(
            "update",
            {"id": i, d["field"]: d["new"]},
            {"id": i, d["field"]: d["new"], "accepted": True},
        )


PARAS_BY_DOMAIN = {
    "vinyl_record_pressing": [
        "I'll have another look at ORB-2291 to see why plating hasn't started.",
        "Let me re-open the ORB-2291 order, the reason for the hold must be on it.",
        "Checking the order record for ORB-2291 one more time for whatever is stalling plating.",
        "Going back over ORB-2291; there has to be a note explaining the delay.",
        "Reviewing the ORB-2291 job again to pin down what's keeping it in awaiting_plating.",
        "Let me read through ORB-2291's details again and find the blocker.",
    ],
    "maintenance_dredging_campaigns": [
        "I'll revisit survey SV-26-0193 to confirm the shoaling depth.",
        "Let me go through the berth 7 survey again to get the deficit right.",
        "Pulling SV-26-0193 back up, I want to be sure of the controlling depth.",
        "Taking another look at the latest multibeam results for the approach.",
        "Re-checking the survey figures for berth 7 before I commit to anything.",
        "Let me read the SV-26-0193 soundings again to verify the shoal.",
    ],
    "steel_coil_slitting_orders": [
        "Let me look at coil C-884201 again to see if it suits the 125mm cut.",
        "Going back to C-884201's record; I need to confirm the width and gauge.",
        "I'll re-read coil C-884201 and check it's right for Brandt's order.",
        "Another check of C-884201 to make sure it fits the job.",
        "Reviewing the C-884201 details once more before slotting it.",
        "Let me confirm C-884201's dimensions again against the order.",
    ],
    "custom_saddle_fitting": [
        "I'll go back to FIT-5521 and see what the last fitter recorded.",
        "Let me re-read the mare's fitting record to understand the bridging.",
        "Opening FIT-5521 again, the notes should say how the tree was set.",
        "Taking another pass through the last fitting notes for the mare.",
        "Reviewing FIT-5521 once more so I know what changed since autumn.",
        "Let me check the fitting record again before I book anything.",
    ],
    "cider_orchard_pressing": [
        "Let me look at load LD-1204 again to confirm the tonnage.",
        "Going back to the Hollins load record to double-check the weights.",
        "I'll re-open LD-1204, I want the weighbridge figure before assigning.",
        "Another look at tomorrow's Dabinett load to verify what's coming.",
        "Checking the LD-1204 entry once more for the variety and weight.",
        "Let me re-read the harvest load details before I touch the tanks.",
    ],
    "rare_coin_grading_submissions": [
        "I'll pull NG-77310 up again to see why the Morgan is on hold.",
        "Let me re-check the submission, the hold reason must be recorded somewhere.",
        "Going over NG-77310 once more for the authentication flag.",
        "Re-opening the dealer submission to find the note on the 1893-S.",
        "Taking another look at NG-77310's status history for the hold.",
        "Let me review the submission again and find what's blocking grading.",
    ],
    "veterinary_referral_imaging": [
        "Let me open PT-30918 again and check the referral details.",
        "I'll re-read the Labrador's record to confirm the CT request.",
        "Going back to the patient file for PT-30918 before booking.",
        "Another look at the Greenway referral record to be sure of the region.",
        "Reviewing PT-30918 once more so the booking matches the referral.",
        "Let me check the patient record again for the imaging request.",
    ],
    "industrial_paint_colour_matching": [
        "I'll re-fetch FML-5010-F3 to see where the green shift comes from.",
        "Let me look at the current 5010 formula again for the tinter amounts.",
        "Going back over FML-5010-F3 to check the pigment loadings.",
        "Another pass through the F3 formula to find why it reads green.",
        "Reviewing the 5010 variant formula once more before adjusting.",
        "Let me re-open the formula and compare the phthalo level.",
    ],
}


DOC_SUMMARIES = {
    "vinyl_record_pressing": [
        "QC passed on both sides, slight surface noise on B2 noted as acceptable.",
        "Plating is booked but the father/mother stage hasn't been started; nickel bath was down Monday.",
        "Artwork approved on the 3rd, labels printed and on site.",
        "Manifest lists 1500 units in 6 pallets, courier not yet assigned.",
    ],
    "maintenance_dredging_campaigns": [
        "Controlling depth 11.4m against a declared 12.0m, shoal centred 80m off berth 7.",
        "Samples are silty clay, no contamination above action level 1.",
        "Licence allows 40,000 m3 at DS-N2 until September, no spring-tide restriction.",
        "Last campaign removed 28,000 m3; infill rate estimated at 0.3m a quarter.",
    ],
    "steel_coil_slitting_orders": [
        "Heat 55120 meets DX51D+Z275, yield 238 MPa, coating within tolerance.",
        "Brandt want 125mm plus or minus 0.2mm, burr under 5% of thickness, wrapped in VCI.",
        "Slitter-2 had its knife arbor reground on Tuesday; max entry width 1220mm.",
        "Thursday truck leaves 06:00 with room for 9 tonnes.",
    ],
    "custom_saddle_fitting": [
        "Tracing shows the wither has widened about 1.5cm since March.",
        "Last fit in October: medium tree, panels reflocked, slight bridging even then.",
        "Warranty covers tree adjustment once a year at no charge.",
        "Panels were flocked twice; wool is compacted at the rear.",
    ],
    "cider_orchard_pressing": [
        "Hollins block: 14.2 t Dabinett picked in 9 bins, two bins with some bruising.",
        "Week 41 brix averaged 12.8, highest yet this season.",
        "Tank 6 CIP completes 06:40, caustic and acid rinse logged.",
        "Belt replaced last month; rated 5 t/h for bittersweets.",
    ],
    "rare_coin_grading_submissions": [
        "Grader notes a possible re-engraved mintmark on CN-4410982.",
        "Authentication wants a second opinion under the scope before grading.",
        "Invoice lists 22 coins at declared value 38,400 USD.",
        "The Morgan was graded MS-62 at another service in 2019.",
    ],
    "veterinary_referral_imaging": [
        "Greenway request CT of the left elbow, suspected medial coronoid disease.",
        "Radiographs show mild sclerosis, no fracture.",
        "Bloods in range, slight ALT rise not clinically significant.",
        "Owner consent signed for GA and CT, estimate agreed.",
    ],
    "industrial_paint_colour_matching": [
        "Chip measures L 34.1, a -2.3, b -28.9 under D65.",
        "Batch BT-22091 was dE 1.9 out, mostly along the green axis.",
        "Phthalo lot PB15:3-2207 is 4% stronger than the previous lot.",
        "Fleet spec allows dE 1.0 against the master panel.",
    ],
}


def build():
    rows = []
    for label, kinds, prefix in (
        ("loop", LOOP_KINDS, "loop_"),
        ("progress", PROGRESS_KINDS, "prog_"),
    ):
        for kind in kinds:
            fn = globals()[prefix + kind]
            for di, d in enumerate(DOMAINS):
                rid = "sixtyninth-%s-%s-%03d" % (label, kind, di + 1)
                rng = random.Random("%d:%s" % (SEED, rid))
                row = Row(d, rng)
                fn(row)
                if label == "loop":
                    _pad_loop(row)
                else:
                    _finish_progress(row)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": row.steps[:16],
                    }
                )
    return rows


def main():
    rows = build()
    with (HERE / "trajectories.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


if __name__ == "__main__":
    main()
