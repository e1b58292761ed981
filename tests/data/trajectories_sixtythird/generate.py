"""Blind trajectory set 63 (sixtythird): 104 loop and 104 progress rows over 8 domains.

Standard library only. ``build()`` returns the rows; ``main()`` writes ``trajectories.jsonl``
next to this file. Every row draws from its own ``random.Random`` seeded from ``SEED`` and the
row id, so the output is byte for byte reproducible.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path

SEED = 63_2026_1129

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "stale_cursor_paging",
    "poll_stuck_state",
    "apply_revert_cycle",
    "resummarize_same_document",
    "zero_hit_search_churn",
    "reasks_answered_question",
]

PROGRESS_KINDS = [
    "distinct_status_updates",
    "advancing_step_reports",
    "bisecting_toggles",
    "retry_with_corrected_argument",
    "rerun_after_fix",
    "drafting_successive_sections",
    "batch_over_distinct_ids",
    "paging_with_token_passed",
    "poll_until_ready",
    "revert_then_corrected_apply",
    "summaries_of_different_documents",
    "search_refinement_to_hit",
    "distinct_clarifying_questions",
]

# --------------------------------------------------------------------------- envelopes


def _dumps(obj):
    return json.dumps(obj, sort_keys=True, separators=(", ", ": "))


def _iso(t):
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


class State:
    """Volatile envelope parts that move on every call."""

    def __init__(self, rng, base):
        self.rng = rng
        self.t = base + rng.randint(0, 3600 * 6)
        self.n = rng.randint(100, 900)
        self.rl = rng.randint(180, 600)

    def tick(self):
        self.t += self.rng.randint(2, 47)
        self.n += self.rng.randint(1, 3)
        self.rl -= 1


def env_bowling(st, body, err=None):
    st.tick()
    meta = {"request_id": "req_" + _hex(st.rng, 12), "ts": _iso(st.t), "centre": "lanecare-eu1"}
    if err:
        return _dumps({"meta": meta, "error": {"code": err[0], "message": err[1]}})
    return _dumps({"meta": meta, "data": body})


def env_taxidermy(st, body, err=None):
    st.tick()
    status = "200 OK" if not err else err[0]
    head = 'HTTP/1.1 %s\nDate: %s\nETag: W/"%s"\nX-Studio-Node: mount-%d\n\n' % (
        status,
        formatdate(st.t, usegmt=True),
        _hex(st.rng, 10),
        st.rng.randint(1, 4),
    )
    return head + (_dumps({"detail": err[1]}) if err else _dumps(body))


def env_wig(st, body, err=None):
    st.tick()
    out = {
        "status": "error" if err else "ok",
        "trace_id": _hex(st.rng, 16),
        "server": "wb-node-%d" % st.rng.randint(1, 6),
        "epoch_ms": st.t * 1000 + st.rng.randint(0, 999),
    }
    if err:
        out["error"] = {"type": err[0], "reason": err[1]}
    else:
        out["result"] = body
    return _dumps(out)


def env_circus(st, body, err=None):
    st.tick()
    stamp = datetime.fromtimestamp(st.t, UTC).strftime("%H:%M:%S")
    ref = "RG%06d" % st.n
    if err:
        return "[rigops %s] FAIL ref=%s %s: %s" % (stamp, ref, err[0], err[1])
    text = body if isinstance(body, str) else _dumps(body)
    return "[rigops %s] OK ref=%s\n%s" % (stamp, ref, text)


def env_asphalt(st, body, err=None):
    st.tick()
    out = {
        "ok": not err,
        "x_request": "ap-%d-%s" % (st.n, _hex(st.rng, 6)),
        "ratelimit": {"remaining": st.rl, "reset": st.t + 60 - st.t % 60},
    }
    if err:
        out["fault"] = {"code": err[0], "text": err[1]}
    else:
        out["payload"] = body
    return _dumps(out)


def env_tennis(st, body, err=None):
    st.tick()
    code = err[0] if err else 200
    return _dumps(
        {
            "response": {"code": code, "body": {"message": err[1]} if err else body},
            "headers": {
                "x-trace": _hex(st.rng, 8) + "-" + _hex(st.rng, 4),
                "cache-control": "no-store",
                "age": st.rng.randint(0, 9),
            },
            "time": st.t,
        }
    )


def _yv(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def _yaml(obj, indent=0):
    pad = "  " * indent
    lines = []
    for k, v in obj.items():
        if isinstance(v, dict):
            lines.append("%s%s:" % (pad, k))
            lines.append(_yaml(v, indent + 1))
        elif isinstance(v, list):
            lines.append("%s%s:" % (pad, k))
            for x in v:
                if isinstance(x, dict):
                    first = True
                    for kk, vv in x.items():
                        lines.append("%s  %s %s: %s" % (pad, "-" if first else " ", kk, _yv(vv)))
                        first = False
                else:
                    lines.append("%s  - %s" % (pad, _yv(x)))
        else:
            lines.append("%s%s: %s" % (pad, k, _yv(v)))
    return "\n".join(lines)


def env_heli(st, body, err=None):
    st.tick()
    head = {"served_at": _iso(st.t), "request": "HX-%s" % _hex(st.rng, 8).upper()}
    if err:
        head["error"] = err[0]
        head["detail"] = err[1]
        return _yaml(head)
    if isinstance(body, str):
        return _yaml(head) + "\n---\n" + body
    head["body"] = body
    return _yaml(head)


def env_carpet(st, body, err=None):
    st.tick()
    out = {"jsonrpc": "2.0", "id": st.n}
    if err:
        out["error"] = {"code": err[0], "message": err[1], "data": {"at": st.t}}
    else:
        out["result"] = body
        out["served"] = {"at": st.t, "shard": "fs-%d" % st.rng.randint(1, 9)}
    return _dumps(out)


# --------------------------------------------------------------------------- domains
# Each domain: tools by role, ids, envelopes and the substance the kinds draw on.

DOMAINS = [
    {
        "name": "bowling_pinsetter_service",
        "env": env_bowling,
        "base": 1795939200,
        "who": "the centre manager",
        "tools": {
            "read_a": (
                "lanes.schedule.get",
                {"date": "2026-11-29"},
                {"leagues": ["Sunday Mixed 9-pin", "Youth Scratch"], "open_play_from": "13:00"},
            ),
            "read_b": (
                "parts.stock.list",
                {"bin": "A3"},
                {"sweep_belts": 4, "deck_springs": 22, "turret_clutches": 1},
            ),
            "get": "workorders.get",
            "list": "workorders.list",
            "poll": "diagnostics.jobs.status",
            "submit": "workorders.create",
            "toggle": "lanes.sensor.set",
            "search": "manuals.search",
            "fetch": "manuals.section.get",
            "validate": "pinsetter.selftest.run",
            "apply": "pinsetter.config.patch",
        },
        "obj": "work order",
        "id": lambda r: "WO-%05d" % r.randint(10000, 99999),
        "unit": lambda r: "lane %d" % r.randint(1, 24),
        "list_what": "open pinsetter work orders",
        "list_items": [
            "lane 3 ball return jam",
            "lane 7 sweep not cycling",
            "lane 11 deck out of sync",
            "lane 14 foul light stuck",
            "lane 18 pin wheel noise",
            "lane 19 turret short",
            "lane 22 gripper worn",
            "lane 5 cushion torn",
        ],
        "job": "the pin-fall sensor calibration export",
        "stuck": "QUEUED",
        "states": ["QUEUED", "RUNNING", "RUNNING", "DONE"],
        "bad_arg": ("lane", "L12", "lane must be an integer between 1 and 24", 12),
        "submit_desc": "a work order for the lane 12 sweep motor",
        "toggle_what": "the pin-deck sensor",
        "targets": ["lane 9", "lane 10", "lane 11", "lane 12", "lane 13", "lane 14"],
        "symptom": "phantom strike readings on the pair",
        "zero_q": [
            "GS-X turret clutch slipping",
            "turret clutch slip GS-X",
            "GSX clutch slipping turret",
            "GS X turret clutch slips after reset",
            "turret clutch slipping on GS-X machines",
            "clutch slip turret GS-X series",
        ],
        "refine_q": [
            ("sweep", 148),
            ("sweep motor overload", 12),
            ("sweep motor overload reset GS-X", 1),
        ],
        "hit": "Section 7.4, Sweep motor thermal overload: reset at panel K2, then cycle the sweep twice",
        "docs": [
            (
                "MAN-GSX-07",
                "Sweep assembly service",
                "belt tension 9 mm deflection; replace belts every 40k games",
            ),
            (
                "MAN-GSX-09",
                "Turret and clutch",
                "clutch gap 0.4 mm; slipping usually means oil on the plate",
            ),
            (
                "MAN-GSX-12",
                "Deck sensors",
                "recalibrate after any deck swap; phantom strikes come from a misaligned emitter",
            ),
            ("MAN-GSX-15", "Ball return", "lift rod wear shows as stalls over 8 kg balls"),
        ],
        "check": (
            "sweep_cycle_time",
            "sweep cycle 3.9 s exceeds 3.2 s limit",
            "set sweep_delay_ms from 450 to 300",
        ),
        "change": ("deck_descent_speed", "fast", "normal", "pin spotting misses on lane 12"),
        "clarify": [
            (
                "Which lanes are the league using tonight, so I don't take them down?",
                "Lanes 1 to 16 are league, the rest are free.",
            ),
            (
                "Do you want the sweep belt replaced or just re-tensioned?",
                "Re-tension only, we are out of belts.",
            ),
            ("Should the work order go to the day tech or the night tech?", "Night tech, Marek."),
        ],
    },
    {
        "name": "taxidermy_studio_commissions",
        "env": env_taxidermy,
        "base": 1795852800,
        "who": "the studio owner",
        "tools": {
            "read_a": (
                "get_freezer_log",
                {"unit": "chest-2"},
                {"temp_c": -21.4, "door_openings_24h": 3},
            ),
            "read_b": (
                "get_permit_register",
                {"year": 2026},
                {"cites_permits_open": 2, "state_salvage_tags": 17},
            ),
            "get": "get_commission",
            "list": "list_commissions",
            "poll": "get_tannery_batch",
            "submit": "create_invoice",
            "toggle": "set_drying_room_fan",
            "search": "search_reference_photos",
            "fetch": "get_client_brief",
            "validate": "check_hide_moisture",
            "apply": "update_mount_spec",
        },
        "obj": "commission",
        "id": lambda r: "TX-26-%03d" % r.randint(100, 999),
        "unit": lambda r: "bench %s" % r.choice("ABCD"),
        "list_what": "commissions waiting on client sign-off",
        "list_items": [
            "whitetail shoulder mount",
            "pheasant in flight",
            "red fox full body",
            "brook trout replica",
            "wild turkey strutting",
            "bobcat on log",
            "mallard drake pair",
            "elk European mount",
        ],
        "job": "tannery batch TB-1187",
        "stuck": "in_pickle",
        "states": ["in_pickle", "tanning", "oiling", "ready_for_pickup"],
        "bad_arg": (
            "deposit_cents",
            "450.00",
            "deposit_cents must be an integer number of cents",
            45000,
        ),
        "submit_desc": "the deposit invoice for the whitetail shoulder mount",
        "toggle_what": "the dehumidifier zone",
        "targets": ["rack 1", "rack 2", "rack 3", "rack 4", "rack 5", "rack 6"],
        "symptom": "hides on the east wall staying above 30 percent moisture",
        "zero_q": [
            "fox curled sleeping pose left facing",
            "left-facing sleeping red fox curled",
            "curled red fox asleep facing left",
            "sleeping fox pose curled, head left",
            "red fox curled up sleeping head to the left",
            "fox sleeping curl left side reference",
        ],
        "refine_q": [("fox", 412), ("red fox sitting", 37), ("red fox sitting winter coat", 4)],
        "hit": "photo RF-0931: red fox sitting, winter coat, three-quarter view from the left",
        "docs": [
            (
                "BRF-TX-26-114",
                "Whitetail shoulder mount brief",
                "semi-sneak pose, head turned 20 degrees left, habitat base with oak leaves",
            ),
            (
                "BRF-TX-26-131",
                "Pheasant in flight brief",
                "wall mount, wings fully spread, tail fanned, no base",
            ),
            (
                "BRF-TX-26-152",
                "Brook trout replica brief",
                "catch-and-release replica from photos, 16 inches, spawning colours",
            ),
            (
                "BRF-TX-26-160",
                "Bobcat on log brief",
                "stalking pose on a birch log, glass eyes amber 24 mm",
            ),
        ],
        "check": (
            "hide_moisture",
            "moisture 34 percent above 28 percent limit for mounting",
            "run the drying room one more cycle at 18 C",
        ),
        "change": ("eye_size_mm", "26", "24", "eyes sit proud of the lids on the form"),
        "clarify": [
            ("Do you want the base in oak or walnut?", "Walnut, and keep it small."),
            ("Should the invoice include the crating charge?", "Yes, crating is 85 dollars."),
            ("Is the client picking up or do we ship?", "Shipping, to Bozeman."),
        ],
    },
    {
        "name": "medical_wig_bank_orders",
        "env": env_wig,
        "base": 1796025600,
        "who": "the wig bank coordinator",
        "tools": {
            "read_a": (
                "clinic_referrals_today",
                {"clinic": "oncology-north"},
                {"referrals": 6, "urgent": 1},
            ),
            "read_b": (
                "volunteer_rota",
                {"week": "2026-W48"},
                {"fitters_on_shift": ["Ana", "Deb"], "gaps": ["Thu pm"]},
            ),
            "get": "order_fetch",
            "list": "inventory_query",
            "poll": "donation_processing_status",
            "submit": "fitting_book",
            "toggle": "catalogue_flag_set",
            "search": "catalogue_search",
            "fetch": "referral_note_fetch",
            "validate": "grant_eligibility_check",
            "apply": "order_amend",
        },
        "obj": "order",
        "id": lambda r: "WB%07d" % r.randint(1000000, 9999999),
        "unit": lambda r: "room %d" % r.randint(1, 3),
        "list_what": "synthetic wigs in stock in medium cap size",
        "list_items": [
            "Ella short bob, ash blonde",
            "Maya shoulder length, dark brown",
            "Iris pixie, silver",
            "Nora layered, auburn",
            "Lena long straight, black",
            "Tess curly, chestnut",
            "Ruth classic crop, grey",
            "Cleo wavy bob, honey",
        ],
        "job": "donation batch DB-2206 (hair sanitising and sorting)",
        "stuck": "awaiting_sanitising",
        "states": ["awaiting_sanitising", "sanitising", "sorting", "shelved"],
        "bad_arg": (
            "slot",
            "Thursday 2pm",
            "slot must be ISO 8601 local time, e.g. 2026-12-03T14:00",
            "2026-12-03T14:00",
        ),
        "submit_desc": "a fitting for the patient referred by oncology-north",
        "toggle_what": "the 'available for urgent referral' flag",
        "targets": ["Ella", "Maya", "Iris", "Nora", "Lena", "Tess"],
        "symptom": "urgent referrals seeing an empty shortlist",
        "zero_q": [
            "human hair wig petite cap red",
            "red human hair petite cap",
            "petite cap human hair, red shades",
            "real hair wig small cap red",
            "petite size red wig human hair",
            "red petite human-hair cap wig",
        ],
        "refine_q": [("human hair", 58), ("human hair petite", 9), ("human hair petite auburn", 1)],
        "hit": "Nora HH, layered, auburn, petite cap, donated 2026-10",
        "docs": [
            (
                "RN-44102",
                "Referral note, patient J.",
                "starting chemo 8 Dec, prefers shoulder length, sensitive scalp",
            ),
            (
                "RN-44117",
                "Referral note, patient K.",
                "alopecia areata, wants a grey crop, lives 40 miles out",
            ),
            (
                "RN-44120",
                "Referral note, patient L.",
                "teenager, wants a dark brown long wig, school starts in January",
            ),
            (
                "RN-44131",
                "Referral note, patient M.",
                "radiotherapy, asks for a home fitting, mobility limited",
            ),
        ],
        "check": (
            "grant_eligibility",
            "referral letter missing clinician signature",
            "attach the signed letter from oncology-north",
        ),
        "change": ("cap_size", "medium", "petite", "fitter notes the medium cap slips"),
        "clarify": [
            ("Does the patient want synthetic or human hair?", "Synthetic, easier to care for."),
            ("Should we book the fitting at the clinic or at her home?", "At the clinic, room 2."),
            ("Is a family member coming to the fitting?", "Yes, her daughter."),
        ],
    },
    {
        "name": "circus_big_top_rigging",
        "env": env_circus,
        "base": 1796112000,
        "who": "the head rigger",
        "tools": {
            "read_a": (
                "rig.weather.now",
                {"site": "Lyon-Gerland"},
                "wind 18 km/h gusting 31, dry, 6 C",
            ),
            "read_b": (
                "rig.crew.roster",
                {"day": "sat"},
                "6 riggers, 2 climbers certified, Pauline lead",
            ),
            "get": "rig.point.get",
            "list": "rig.points.list",
            "poll": "rig.loadcell.sync",
            "submit": "rig.plan.submit",
            "toggle": "rig.winch.lock",
            "search": "rig.incidents.search",
            "fetch": "rig.doc.read",
            "validate": "rig.plan.check",
            "apply": "rig.plan.edit",
        },
        "obj": "rigging point",
        "id": lambda r: "RP-%s%02d" % (r.choice("NESW"), r.randint(1, 40)),
        "unit": lambda r: "king pole %d" % r.randint(1, 4),
        "list_what": "rigging points on the big top with their rated loads",
        "list_items": [
            "RP-N01 trapeze bar 500 kg",
            "RP-N02 trapeze bar 500 kg",
            "RP-E07 aerial silk 300 kg",
            "RP-E08 lyra hoop 300 kg",
            "RP-S03 net corner 1200 kg",
            "RP-S04 net corner 1200 kg",
            "RP-W11 spot follow 150 kg",
            "RP-W12 spot follow 150 kg",
        ],
        "job": "the load-cell sync for the flying trapeze rig",
        "stuck": "WAITING_FOR_GATEWAY",
        "states": ["WAITING_FOR_GATEWAY", "SYNCING", "SYNCING", "COMPLETE"],
        "bad_arg": (
            "safety_factor",
            "5",
            "safety_factor below 7 not allowed for people-carrying points",
            7,
        ),
        "submit_desc": "the flying trapeze rig plan for Saturday",
        "toggle_what": "the winch brake interlock",
        "targets": ["winch 1", "winch 2", "winch 3", "winch 4", "winch 5", "winch 6"],
        "symptom": "the aerial silk dropping 4 cm at rest",
        "zero_q": [
            "lyra hoop swivel failure",
            "swivel failed on lyra hoop",
            "lyra swivel broke",
            "hoop swivel failure during act",
            "failure of the lyra hoop swivel",
            "aerial hoop swivel fault",
        ],
        "refine_q": [
            ("shackle", 64),
            ("shackle pin backed out", 6),
            ("shackle pin backed out trapeze 2025", 1),
        ],
        "hit": "INC-2025-044: shackle pin backed out on the trapeze catch bar, found at pre-show check, mousing added",
        "docs": [
            (
                "DOC-LOLER-2026",
                "LOLER thorough examination",
                "all 42 points examined 3 Nov, two shackles replaced, next due May",
            ),
            (
                "DOC-RA-TRAP",
                "Risk assessment, flying trapeze",
                "net must be tensioned before any flyer climbs; wind limit 40 km/h",
            ),
            (
                "DOC-MS-SILK",
                "Method statement, aerial silk",
                "dead-hang point only, swivel rated 10 kN, rescue pole on standby",
            ),
            (
                "DOC-SITE-LYON",
                "Site survey, Lyon-Gerland",
                "ground is compacted gravel, stake pull-out tested at 2.1 t",
            ),
        ],
        "check": (
            "load_margin",
            "RP-S03 net corner at 92 percent of rated load",
            "move the net tension to 1000 kg",
        ),
        "change": (
            "bridle_angle_deg",
            "120",
            "90",
            "side load on RP-E07 exceeds the swivel rating",
        ),
        "clarify": [
            ("Is the flying trapeze in both shows or only the evening?", "Both shows."),
            ("Which climber is signing off the points?", "Pauline signs off."),
            ("Do we rig the net before or after the sound check?", "Before, always."),
        ],
    },
    {
        "name": "asphalt_plant_mix_tickets",
        "env": env_asphalt,
        "base": 1795766400,
        "who": "the plant dispatcher",
        "tools": {
            "read_a": (
                "GET /v2/silos",
                {"plant": "P-EAST"},
                {"silo_1": "SP-12.5 210 t", "silo_2": "SMA 95 t", "silo_3": "empty"},
            ),
            "read_b": ("GET /v2/trucks/onsite", {}, {"trucks": 7, "queue_minutes": 12}),
            "get": "GET /v2/tickets/{id}",
            "list": "GET /v2/tickets",
            "poll": "GET /v2/lab/tests/{id}",
            "submit": "POST /v2/tickets",
            "toggle": "PATCH /v2/burner/zones/{zone}",
            "search": "GET /v2/jobs/search",
            "fetch": "GET /v2/specs/{id}",
            "validate": "POST /v2/mix/verify",
            "apply": "PATCH /v2/mix-designs/{id}",
        },
        "obj": "load ticket",
        "id": lambda r: "LT%06d" % r.randint(100000, 999999),
        "unit": lambda r: "truck %d" % r.randint(100, 180),
        "list_what": "today's load tickets for the Route 9 resurfacing job",
        "list_items": [
            "LT-A 24.1 t SP-12.5 truck 114",
            "LT-B 23.8 t SP-12.5 truck 122",
            "LT-C 24.4 t SP-12.5 truck 131",
            "LT-D 22.9 t SP-12.5 truck 140",
            "LT-E 24.0 t SP-12.5 truck 114",
            "LT-F 23.5 t SP-12.5 truck 152",
            "LT-G 24.2 t SP-12.5 truck 122",
            "LT-H 21.7 t SP-12.5 truck 160",
        ],
        "job": "lab test LAB-5521 (binder content by ignition oven)",
        "stuck": "sample_logged",
        "states": ["sample_logged", "in_oven", "cooling", "reported"],
        "bad_arg": (
            "mix_code",
            "SP12.5",
            "unknown mix_code 'SP12.5'; expected one of SP-12.5, SP-19.0, SMA-9.5",
            "SP-12.5",
        ),
        "submit_desc": "a 24 t ticket of SP-12.5 for truck 131",
        "toggle_what": "the burner zone",
        "targets": ["zone 1", "zone 2", "zone 3", "zone 4", "zone 5", "zone 6"],
        "symptom": "discharge temperature swinging 15 C",
        "zero_q": [
            "Route 9 resurfacing Milford",
            "Milford Route 9 resurfacing job",
            "resurface Rt 9 Milford",
            "Rt. 9 Milford paving",
            "Milford, Route 9, mill and overlay",
            "route nine resurfacing Milford",
        ],
        "refine_q": [
            ("Route 9", 23),
            ("Route 9 overlay 2026", 3),
            ("Route 9 overlay 2026 Ashby", 1),
        ],
        "hit": "JOB-26-0412 Route 9 mill and overlay, Ashby town line to Main St, SP-12.5",
        "docs": [
            (
                "SPEC-DOT-403",
                "State spec 403, HMA",
                "compaction 92 to 97 percent of Gmm; placement above 4 C",
            ),
            (
                "SPEC-DOT-406",
                "State spec 406, tack coat",
                "0.05 gal/sy residual; no traffic until broken",
            ),
            (
                "SPEC-JOB-0412",
                "Job special provisions",
                "night work only, lane closure 21:00 to 05:00",
            ),
            (
                "SPEC-QC-PLAN",
                "Plant QC plan",
                "one ignition oven test per 500 t, two gradations per day",
            ),
        ],
        "check": (
            "binder_content",
            "binder 5.9 percent above 5.6 percent upper limit",
            "drop the asphalt cement feed by 0.4 percent",
        ),
        "change": ("rap_percent", "30", "25", "gradation fails on the 4.75 mm sieve"),
        "clarify": [
            ("Is truck 131 hauling to the Ashby end or the Main St end?", "Ashby end."),
            ("Do you want the tickets tagged for night work?", "Yes, all of them."),
            (
                "Should the invoice go to the town or the contractor?",
                "The contractor, Dunmore Paving.",
            ),
        ],
    },
    {
        "name": "tennis_racquet_restringing",
        "env": env_tennis,
        "base": 1796198400,
        "who": "the pro shop lead",
        "tools": {
            "read_a": (
                "shop/hours",
                {"store": "riverside"},
                {"open": "08:00", "close": "20:00", "stringers_on": 2},
            ),
            "read_b": (
                "string/reels",
                {"store": "riverside"},
                {"poly_1.25": "3 reels", "multifilament_1.30": "1 reel"},
            ),
            "get": "jobs/get",
            "list": "jobs/list",
            "poll": "machine/calibration/status",
            "submit": "jobs/create",
            "toggle": "machine/mode",
            "search": "customers/search",
            "fetch": "notes/get",
            "validate": "tension/check",
            "apply": "jobs/update",
        },
        "obj": "restring job",
        "id": lambda r: "RS-%04d-%s" % (r.randint(1000, 9999), r.choice("ABCDEFGH")),
        "unit": lambda r: "machine %d" % r.randint(1, 3),
        "list_what": "restring jobs promised for Saturday",
        "list_items": [
            "Pure Aero 98, poly 52 lb",
            "Blade 100, multi 55 lb",
            "Ezone 98, hybrid 50/48",
            "Speed MP, poly 51 lb",
            "Pro Staff 97, gut/poly 53/51",
            "Clash 100, multi 54 lb",
            "Gravity Pro, poly 50 lb",
            "Vcore 100, poly 49 lb",
        ],
        "job": "the calibration run on machine 2",
        "stuck": "pending",
        "states": ["pending", "measuring", "measuring", "passed"],
        "bad_arg": ("tension_lb", "55kg", "tension_lb must be a number between 35 and 75", 55),
        "submit_desc": "a restring job for the Blade 100 at 55 lb",
        "toggle_what": "constant-pull mode",
        "targets": ["main 8", "main 10", "main 12", "cross 6", "cross 9", "cross 12"],
        "symptom": "finished tension reading 3 lb low on the stringbed meter",
        "zero_q": [
            "Okafor",
            "O'Kafor",
            "Okafor Daniel",
            "Daniel Okafor",
            "D. Okafor",
            "okafor dan",
        ],
        "refine_q": [("Dan", 41), ("Dan O", 4), ("Dan Okeke", 1)],
        "hit": "CUST-2281 Dan Okeke, Pure Aero 98 x2, poly 52 lb, prefers pick-up after 17:00",
        "docs": [
            (
                "NOTE-2281",
                "Customer note, Dan Okeke",
                "strings break every 3 weeks, try 1.30 gauge",
            ),
            (
                "NOTE-1904",
                "Customer note, Lea Brandt",
                "tennis elbow, wants multifilament and lower tension",
            ),
            ("NOTE-3310", "Customer note, Sam Reyes", "junior, two racquets, same tension both"),
            (
                "NOTE-4122",
                "Customer note, Ivy Chen",
                "hybrid, gut in mains only, pre-stretch the gut 10 percent",
            ),
        ],
        "check": (
            "tension_drift",
            "machine 2 drift 2.8 lb above 1.5 lb tolerance",
            "recalibrate the tension head with the 50 lb reference",
        ),
        "change": ("cross_tension_lb", "52", "50", "customer reports the stringbed feels boardy"),
        "clarify": [
            ("Same string as last time, or do you want to try the softer poly?", "Same string."),
            ("Do you want both racquets done or just the one?", "Both."),
            ("Is pick-up Saturday morning fine?", "After 10 please."),
        ],
    },
    {
        "name": "helicopter_charter_bookings",
        "env": env_heli,
        "base": 1796284800,
        "who": "the charter desk",
        "tools": {
            "read_a": (
                "FleetStatus",
                {"base": "EGLW"},
                "AW109 G-HLXA serviceable\nH145 G-HLXB in maintenance until 14:00Z\nR66 G-HLXC serviceable",
            ),
            "read_b": (
                "PilotDuty",
                {"date": "2026-12-01"},
                "Capt. Hale 08:00-18:00\nCapt. Moreau 12:00-22:00",
            ),
            "get": "GetQuote",
            "list": "ListFlights",
            "poll": "GetSlotRequest",
            "submit": "CreateBooking",
            "toggle": "SetRouteWaypoint",
            "search": "SearchHelipads",
            "fetch": "GetBriefingPack",
            "validate": "RunWeightAndBalance",
            "apply": "AmendBooking",
        },
        "obj": "quote",
        "id": lambda r: "Q-%s%04d" % (r.choice(["LW", "BQ", "FA"]), r.randint(1000, 9999)),
        "unit": lambda r: "G-HLX%s" % r.choice("ABC"),
        "list_what": "flights on 1 December with fewer than 3 passengers",
        "list_items": [
            "FL-8101 EGLW-EGHH 2 pax",
            "FL-8102 EGLW-EGTK 1 pax",
            "FL-8104 EGLW-Goodwood 2 pax",
            "FL-8107 EGLW-EGSC 1 pax",
            "FL-8109 EGLW-Silverstone 2 pax",
            "FL-8110 EGLW-EGBB 1 pax",
            "FL-8113 EGLW-Ascot 2 pax",
            "FL-8115 EGLW-EGLF 1 pax",
        ],
        "job": "the landing slot request at Cheltenham racecourse",
        "stuck": "submitted",
        "states": ["submitted", "under_review", "under_review", "approved"],
        "bad_arg": (
            "pax_weight_kg",
            [80, 75, 190],
            "pax_weight_kg entry 190 exceeds 150; did you send pounds?",
            [80, 75, 86],
        ),
        "submit_desc": "the booking for the Cheltenham return on quote Q-LW4410",
        "toggle_what": "the VFR route waypoint",
        "targets": ["Henley", "Didcot", "Swindon", "Cirencester", "Northleach", "Andoversford"],
        "symptom": "route leg exceeding the 25 minute fuel reserve",
        "zero_q": [
            "Cotswold House hotel helipad",
            "helipad Cotswold House Hotel",
            "Cotswold House, landing site",
            "hotel helipad Chipping Campden Cotswold House",
            "Cotswold House HLS",
            "Chipping Campden Cotswold hotel landing",
        ],
        "refine_q": [("Chipping", 6), ("Chipping Campden", 2), ("Chipping Campden private", 1)],
        "hit": "HLS-0317 Campden Field, private, 40 m x 40 m, PPR from estate office",
        "docs": [
            (
                "BP-FL-8101",
                "Briefing pack FL-8101",
                "Bournemouth, 2 pax, NOTAM for Solent crane, fuel at destination",
            ),
            (
                "BP-FL-8104",
                "Briefing pack FL-8104",
                "Goodwood, PPR granted, parachuting active until 16:00",
            ),
            (
                "BP-FL-8109",
                "Briefing pack FL-8109",
                "Silverstone, event traffic, landing in zone C only",
            ),
            (
                "BP-FL-8113",
                "Briefing pack FL-8113",
                "Ascot, race day restrictions, arrival before 11:30",
            ),
        ],
        "check": (
            "cg_envelope",
            "aft CG 3.68 m beyond 3.62 m limit with baggage in the rear hold",
            "move 20 kg baggage to the forward locker",
        ),
        "change": ("aircraft", "G-HLXC", "G-HLXA", "range with 3 pax too short for the R66"),
        "clarify": [
            ("How many passengers, and any heavy luggage?", "Three, golf bags for two."),
            ("Is the return the same day?", "Yes, wheels up 18:30 from the course."),
            (
                "Who is paying, the company account or the guest?",
                "The company account, Helmsley Group.",
            ),
        ],
    },
    {
        "name": "carpet_tile_install_scheduling",
        "env": env_carpet,
        "base": 1795680000,
        "who": "the install scheduler",
        "tools": {
            "read_a": (
                "crews.availability",
                {"week": 49},
                {"crew_north": "Mon-Wed", "crew_south": "Tue-Fri"},
            ),
            "read_b": (
                "warehouse.pallets",
                {"sku_prefix": "CT-"},
                {"CT-GRAPHITE": 14, "CT-SLATE": 3, "CT-MOSS": 9},
            ),
            "get": "site.get",
            "list": "sites.list",
            "poll": "moisture.test.result",
            "submit": "install.schedule",
            "toggle": "layout.pattern.set",
            "search": "sku.find",
            "fetch": "survey.report",
            "validate": "takeoff.verify",
            "apply": "takeoff.update",
        },
        "obj": "site",
        "id": lambda r: "S-%d-%03d" % (r.randint(20, 29), r.randint(100, 999)),
        "unit": lambda r: "floor %d" % r.randint(1, 9),
        "list_what": "office fit-out sites waiting on an install date",
        "list_items": [
            "Harbour Point floor 3, 1,240 m2",
            "Kestrel House floor 1, 610 m2",
            "Ashgrove Clinic, 380 m2",
            "Mill Lane studios, 920 m2",
            "Northgate library, 1,050 m2",
            "Quayside offices floor 6, 700 m2",
            "St Anne's school hall, 450 m2",
            "Brookfield call centre, 1,600 m2",
        ],
        "job": "the slab moisture test (RH probe) at Harbour Point",
        "stuck": "probes_equilibrating",
        "states": ["probes_equilibrating", "probes_equilibrating", "reading", "final"],
        "bad_arg": (
            "crew",
            "north crew",
            "crew must be one of crew_north, crew_south",
            "crew_north",
        ),
        "submit_desc": "the Kestrel House install for Monday",
        "toggle_what": "the layout pattern",
        "targets": ["zone A", "zone B", "zone C", "zone D", "zone E", "zone F"],
        "symptom": "the takeoff coming out 6 percent over the tiles ordered",
        "zero_q": [
            "graphite quarter turn 50x50",
            "50x50 graphite quarter-turn tile",
            "quarter turn graphite carpet tile 500",
            "graphite tile 500mm quarter turn",
            "CT graphite 50 by 50 quarter turn",
            "graphite quarter-turn 50cm tile",
        ],
        "refine_q": [("graphite", 11), ("graphite plank", 3), ("graphite plank 25x100", 1)],
        "hit": "CT-GRAPHITE-PL 25x100 cm plank, 14 pallets, herringbone or ashlar",
        "docs": [
            (
                "SR-S-24-118",
                "Survey, Harbour Point floor 3",
                "raised access floor, 3 columns, 1,240 m2, door thresholds need ramps",
            ),
            (
                "SR-S-24-205",
                "Survey, Kestrel House floor 1",
                "screed, RH 72 percent, 610 m2, lift access only after 18:00",
            ),
            (
                "SR-S-25-330",
                "Survey, Mill Lane studios",
                "old vinyl to strip, 920 m2, asbestos survey clear",
            ),
            (
                "SR-S-26-412",
                "Survey, Northgate library",
                "curved walls, 1,050 m2, quiet hours 9 to 17",
            ),
        ],
        "check": (
            "waste_allowance",
            "waste 11 percent above the 7 percent planned for monolithic layout",
            "switch zone C to quarter turn",
        ),
        "change": (
            "adhesive",
            "tackifier",
            "pressure-sensitive",
            "tiles shifting at the door thresholds",
        ),
        "clarify": [
            ("Does Kestrel House want the old carpet uplifted by us?", "Yes, uplift and dispose."),
            ("Can the crew start before 8 at the site?", "No, 8 at the earliest."),
            ("Ashlar or quarter turn for the meeting rooms?", "Quarter turn."),
        ],
    },
]


ERR_CODES = {
    "bowling_pinsetter_service": "VALIDATION_FAILED",
    "taxidermy_studio_commissions": "422 Unprocessable Entity",
    "medical_wig_bank_orders": "ValidationError",
    "circus_big_top_rigging": "E_SAFETY_RULE",
    "asphalt_plant_mix_tickets": 400,
    "tennis_racquet_restringing": 422,
    "helicopter_charter_bookings": "InvalidParameterValue",
    "carpet_tile_install_scheduling": -32602,
}

# --------------------------------------------------------------------------- helpers


def cap(text):
    return text[:1].upper() + text[1:]


def llm(text, observation=""):
    return {"kind": "llm", "text": text, "observation": observation}


def tool(name, args, observation, error=False):
    return {"kind": "tool", "tool": name, "args": args, "observation": observation, "error": error}


def read_step(d, st, role):
    name, args, body = d["tools"][role]
    return tool(name, dict(args), d["env"](st, body))


def lead_in(rng, d, st):
    """One or two unrelated reads before the work starts (or none)."""
    n = rng.choice([0, 1, 1, 2])
    roles = rng.sample(["read_a", "read_b"], n)
    return [read_step(d, st, r) for r in roles]


def jitter(rng, text):
    """Small whitespace or punctuation drift, as a model's exact repeats have."""
    choice = rng.randint(0, 4)
    if choice == 1:
        return text + " "
    if choice == 2:
        return text.rstrip(".") + "."
    if choice == 3:
        return text.replace(", ", ",  ", 1)
    if choice == 4:
        return "\n" + text
    return text


def shuffled(rng, args):
    keys = list(args)
    rng.shuffle(keys)
    return {k: args[k] for k in keys}


def maybe_person(rng, steps, text, p=0.35):
    if rng.random() < p:
        steps.append(llm(rng.choice(["Still on it.", "Checking now.", "One moment."]), text))


def item_body(d, name, idx):
    return {"ref": name, "position": idx + 1}


# --------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(rng, d, st):
    oid = d["id"](rng)
    steps = [
        llm(
            "I'll open %s %s and report where it stands." % (d["obj"], oid),
            "Where are we with %s %s? %s needs an answer before lunch."
            % (d["obj"], oid, d["who"].capitalize()),
        )
    ]
    steps += lead_in(rng, d, st)
    body = {
        "id": oid,
        "state": "pending_review",
        "owner": d["unit"](rng),
        "note": "no change since yesterday",
    }
    text = (
        "%s %s is still pending review and %s has not touched it; I'll pull it once more to be sure."
        % (cap(d["obj"]), oid, body["owner"])
    )
    args = {"id": oid}
    for _ in range(rng.randint(3, 6)):
        steps.append(tool(d["tools"]["get"], dict(args), d["env"](st, body)))
        steps.append(llm(jitter(rng, text)))
    return steps


PARAPHRASES = [
    "Let me look at {obj} {oid} again before I answer.",
    "I want to double-check {oid} one more time.",
    "Before replying, I'll have another look at the {obj} record for {oid}.",
    "Going back to {oid} to confirm what it says.",
    "I should re-read {oid}; I'd rather be certain than guess.",
    "One more pass over the {obj} {oid} and then I'll write the answer.",
    "Let me re-verify the details on {oid}.",
    "I'll revisit {oid} quickly to make sure nothing changed.",
]


def loop_paraphrased_repeat(rng, d, st):
    oid = d["id"](rng)
    steps = [
        llm(
            "Sure, I'll check %s %s." % (d["obj"], oid),
            "Can you confirm what's outstanding on %s %s?" % (d["obj"], oid),
        )
    ]
    steps += lead_in(rng, d, st)
    steps.append(
        tool(
            d["tools"]["get"],
            {"id": oid},
            d["env"](st, {"id": oid, "outstanding": ["sign-off"], "updated": "2026-11-27"}),
        )
    )
    lines = rng.sample(PARAPHRASES, rng.randint(4, 7))
    for i, line in enumerate(lines):
        obs = ""
        if i == 2 and rng.random() < 0.5:
            obs = "So is it just the sign-off?"
        steps.append(llm(line.format(obj=d["obj"], oid=oid), obs))
    return steps


def loop_ab_oscillation(rng, d, st):
    target = rng.choice(d["targets"])
    steps = [
        llm(
            "I'll try %s on %s and watch the effect." % (d["toggle_what"], target),
            "We're getting %s. Can you sort it out?" % d["symptom"],
        )
    ]
    steps += lead_in(rng, d, st)
    cycles = rng.randint(2, 4)
    for _ in range(cycles):
        for val in ("off", "on"):
            steps.append(
                tool(
                    d["tools"]["toggle"],
                    {"targets": [target], "state": val},
                    d["env"](st, {"targets": [target], "state": val, "symptom_present": True}),
                )
            )
        if rng.random() < 0.6:
            steps.append(
                llm(
                    "No change with %s %s either way. Let me flip it again and recheck."
                    % (target, d["toggle_what"])
                )
            )
    return steps


def loop_failing_tool_retry(rng, d, st):
    key, bad, msg, _good = d["bad_arg"]
    steps = [llm("I'll create %s." % d["submit_desc"], "Please put in %s." % d["submit_desc"])]
    steps += lead_in(rng, d, st)
    args = {key: bad, "ref": d["id"](rng)}
    for i in range(rng.randint(4, 7)):
        steps.append(
            tool(
                d["tools"]["submit"],
                shuffled(rng, args),
                d["env"](st, None, err=(ERR_CODES[d["name"]], msg)),
                error=True,
            )
        )
        if i % 2 == 1:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "That failed, retrying.",
                            "Probably transient. Trying again.",
                            "Let me submit it once more.",
                        ]
                    )
                )
            )
        if i == 2:
            maybe_person(rng, steps, "Is it in yet?")
    return steps


def loop_same_action_same_observation(rng, d, st):
    name, issue, _fix = d["check"]
    steps = [
        llm(
            "Running the %s check first." % name.replace("_", " "),
            "Can you verify everything is in spec before we commit?",
        )
    ]
    steps += lead_in(rng, d, st)
    body = {"check": name, "passed": False, "finding": issue}
    for _ in range(rng.randint(3, 5)):
        steps.append(tool(d["tools"]["validate"], {"check": name}, d["env"](st, body)))
        maybe_person(rng, steps, "Are we good to commit?", p=0.2)
        steps.append(
            llm(
                rng.choice(
                    [
                        "The check reports: %s. Running it again to confirm." % issue,
                        "Still failing: %s. Let me re-run the check." % issue,
                        "Same finding (%s). Checking once more." % issue,
                    ]
                )
            )
        )
    return steps


def loop_identical_monologue(rng, d, st):
    oid = d["id"](rng)
    steps = [
        llm("Looking into %s %s." % (d["obj"], oid), "Anything blocking %s %s?" % (d["obj"], oid))
    ]
    steps += lead_in(rng, d, st)
    steps.append(
        tool(
            d["tools"]["get"],
            {"id": oid},
            d["env"](st, {"id": oid, "blocked_by": None, "state": "open"}),
        )
    )
    text = (
        "I need to determine whether anything is blocking %s %s. I will review the record and then decide on the next action."
        % (d["obj"], oid)
    )
    for _ in range(rng.randint(3, 6)):
        steps.append(llm(text))
    return steps


def loop_identical_tool_calls(rng, d, st):
    oid = d["id"](rng)
    steps = [
        llm(
            "Fetching %s %s." % (d["obj"], oid),
            "Pull up %s %s for me, with its history." % (d["obj"], oid),
        )
    ]
    steps += lead_in(rng, d, st)
    args = {"id": oid, "include": "history", "limit": 20}
    body = {
        "id": oid,
        "history": [
            {"at": "2026-11-20", "event": "created"},
            {"at": "2026-11-24", "event": "assigned"},
        ],
    }
    for _ in range(rng.randint(4, 8)):
        steps.append(tool(d["tools"]["get"], shuffled(rng, args), d["env"](st, body)))
    return steps


def _page(d, start, size, cursor_next):
    items = [{"ref": x} for x in d["list_items"][start : start + size]]
    return {"items": items, "page": {"size": size, "next_cursor": cursor_next}}


def loop_stale_cursor_paging(rng, d, st):
    steps = [
        llm("I'll page through the %s." % d["list_what"], "List all %s, please." % d["list_what"])
    ]
    steps += lead_in(rng, d, st)
    c1, c2 = _hex(rng, 10), _hex(rng, 10)
    steps.append(tool(d["tools"]["list"], {"page_size": 3}, d["env"](st, _page(d, 0, 3, c1))))
    for i in range(rng.randint(3, 5)):
        steps.append(
            tool(
                d["tools"]["list"],
                shuffled(rng, {"page_size": 3, "cursor": c1}),
                d["env"](st, _page(d, 3, 3, c2)),
            )
        )
        if i < 2:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "Got that page, fetching the next one.",
                            "Moving on to the following page.",
                            "Next page.",
                        ]
                    )
                )
            )
        if i == 1:
            maybe_person(rng, steps, "How many are there in total?")
    return steps


def loop_poll_stuck_state(rng, d, st):
    jid = "J%d" % rng.randint(40000, 49999)
    steps = [
        llm(
            "I'll start %s and wait for it." % d["job"],
            "Kick off %s and tell me when it's through." % d["job"],
        )
    ]
    steps += lead_in(rng, d, st)
    for i in range(rng.randint(4, 8)):
        steps.append(
            tool(
                d["tools"]["poll"],
                {"job": jid},
                d["env"](st, {"job": jid, "state": d["stuck"], "progress": 0}),
            )
        )
        if i in (1, 4):
            steps.append(
                llm(
                    "Still %s. Checking again shortly." % d["stuck"],
                    rng.choice(["", "", "Any news?"]),
                )
            )
    return steps


def loop_apply_revert_cycle(rng, d, st):
    field, old, new, issue = d["change"]
    oid = d["id"](rng)
    steps = [
        llm(
            "I'll adjust %s on %s." % (field, oid),
            "%s. Can you fix the spec on %s?" % (cap(issue), oid),
        )
    ]
    steps += lead_in(rng, d, st)
    for _ in range(rng.randint(2, 3)):
        steps.append(
            tool(
                d["tools"]["apply"],
                {"id": oid, field: new},
                d["env"](st, {"id": oid, field: new, "saved": True}),
            )
        )
        steps.append(
            llm(
                "Changed %s to %s. On reflection the original %s may have been right, reverting."
                % (field, new, old)
            )
        )
        steps.append(
            tool(
                d["tools"]["apply"],
                {"id": oid, field: old},
                d["env"](st, {"id": oid, field: old, "saved": True}),
            )
        )
        steps.append(
            llm("Back to %s. But that leaves %s, so %s is needed after all." % (old, issue, new))
        )
    return steps


SUMMARY_LEADS = ["In short: ", "Summary: ", "The key points: ", "Main takeaways: "]


def loop_resummarize_same_document(rng, d, st):
    doc_id, title, gist = rng.choice(d["docs"])
    steps = [
        llm(
            "I'll read %s and summarise it." % doc_id,
            "Give me the gist of %s (%s)." % (doc_id, title),
        )
    ]
    steps += lead_in(rng, d, st)
    for i in range(rng.randint(3, 5)):
        steps.append(
            tool(
                d["tools"]["fetch"],
                {"id": doc_id},
                d["env"](st, {"id": doc_id, "title": title, "text": gist}),
            )
        )
        lead = SUMMARY_LEADS[i % len(SUMMARY_LEADS)]
        steps.append(
            llm(
                "%s%s says %s. Let me re-read it to make sure I haven't missed anything."
                % (lead, title, gist)
            )
        )
    return steps


def loop_zero_hit_search_churn(rng, d, st):
    qs = d["zero_q"][:]
    rng.shuffle(qs)
    n = rng.randint(4, 6)
    steps = [llm("Searching for that now.", "Find anything on '%s'." % qs[0])]
    steps += lead_in(rng, d, st)
    for i, q in enumerate(qs[:n]):
        steps.append(
            tool(
                d["tools"]["search"],
                {"q": q},
                d["env"](st, {"query": q, "total": 0, "results": []}),
            )
        )
        if i % 2 == 0:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "No hits. Let me phrase it differently.",
                            "Nothing. Trying another wording.",
                            "Zero results; rewording the query.",
                        ]
                    )
                )
            )
    return steps


REASKS = [
    "Quick check before I go on: {q}",
    "Just to confirm: {q}",
    "Sorry, one more time so I get it right: {q}",
    "Before I book anything: {q}",
    "Could you confirm for me: {q}",
]
OPENERS = [
    "Happy to. I'll check what's free first, then I have a question or two.",
    "Sure. Let me look at the board and then confirm a detail with you.",
    "On it. A quick look at today's picture first.",
]
ANNOYED = ["I just told you: {a}", "As I said: {a}", "{a} Same as before.", "Again: {a}"]


def loop_reasks_answered_question(rng, d, st):
    q, a = rng.choice(d["clarify"])
    steps = [llm(rng.choice(OPENERS), "Can you set up %s?" % d["submit_desc"])]
    steps += lead_in(rng, d, st)
    steps.append(llm(q))
    steps.append(llm(rng.choice(REASKS[1:]).format(q=q), a))
    for i in range(rng.randint(4, 5)):
        steps.append(
            llm(REASKS[(i + 2) % len(REASKS)].format(q=q), ANNOYED[i % len(ANNOYED)].format(a=a))
        )
    return steps


# --------------------------------------------------------------------------- progress kinds


STATES = ["open", "pending_review", "scheduled", "done", "on_hold"]


def prog_distinct_status_updates(rng, d, st):
    ids = [d["id"](rng) for _ in range(rng.randint(3, 5))]
    steps = [llm("I'll go through them one at a time.", "Status on %s, please." % ", ".join(ids))]
    steps += lead_in(rng, d, st)
    seen = []
    for oid in ids:
        state = rng.choice(STATES)
        owner = d["unit"](rng)
        steps.append(
            tool(
                d["tools"]["get"],
                {"id": oid},
                d["env"](st, {"id": oid, "state": state, "owner": owner}),
            )
        )
        steps.append(
            llm("%s %s is %s, with %s." % (cap(d["obj"]), oid, state.replace("_", " "), owner))
        )
        seen.append("%s %s" % (oid, state.replace("_", " ")))
    steps.append(llm("All %d checked: %s." % (len(ids), "; ".join(seen))))
    return steps


def prog_advancing_step_reports(rng, d, st):
    name, _issue, _fix = d["check"]
    oid = d["id"](rng)
    steps = [
        llm(
            "Plan: read the %s, run the %s check, then file it."
            % (d["obj"], name.replace("_", " ")),
            "Get %s %s ready and filed." % (d["obj"], oid),
        )
    ]
    steps += lead_in(rng, d, st)
    steps.append(llm("First, the record itself."))
    steps.append(
        tool(
            d["tools"]["get"],
            {"id": oid},
            d["env"](st, {"id": oid, "state": "draft", "complete": True}),
        )
    )
    steps.append(llm("The record is complete. Now the %s check." % name.replace("_", " ")))
    steps.append(
        tool(
            d["tools"]["validate"],
            {"check": name, "id": oid},
            d["env"](st, {"check": name, "passed": True}),
        )
    )
    steps.append(llm("Check passed. Filing it."))
    steps.append(
        tool(
            d["tools"]["submit"],
            {"ref": oid, "state": "final"},
            d["env"](st, {"ref": oid, "state": "final", "version": 2}),
        )
    )
    steps.append(llm("Filed: %s %s is final (version 2)." % (d["obj"], oid)))
    return steps


def prog_bisecting_toggles(rng, d, st):
    targets = d["targets"]
    culprit = rng.randrange(len(targets))
    steps = [
        llm(
            "I'll bisect by switching %s off on half the set at a time." % d["toggle_what"],
            "We're getting %s. Can you find which one is causing it?" % d["symptom"],
        )
    ]
    steps += lead_in(rng, d, st)
    lo, hi = 0, len(targets)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        group = targets[lo:mid]
        present = not (lo <= culprit < mid)
        steps.append(
            tool(
                d["tools"]["toggle"],
                {"targets": group, "state": "off"},
                d["env"](st, {"targets": group, "state": "off", "symptom_present": present}),
            )
        )
        if present:
            lo = mid
            steps.append(
                llm(
                    "Symptom still there with %s off, so it is in %s."
                    % (", ".join(group), ", ".join(targets[lo:hi]))
                )
            )
        else:
            hi = mid
            steps.append(
                llm(
                    "Symptom gone with %s off; narrowing within %s."
                    % (", ".join(group), ", ".join(targets[lo:hi]))
                )
            )
        steps.append(
            tool(
                d["tools"]["toggle"],
                {"targets": group, "state": "on"},
                d["env"](st, {"targets": group, "state": "on"}),
            )
        )
    steps.append(
        llm(
            "Found it: %s is the cause. I've left everything else on; %s needs a service visit."
            % (targets[lo], targets[lo])
        )
    )
    return steps


def prog_retry_with_corrected_argument(rng, d, st):
    key, bad, msg, good = d["bad_arg"]
    ref = d["id"](rng)
    steps = [llm("Creating %s." % d["submit_desc"], "Please put in %s." % d["submit_desc"])]
    steps += lead_in(rng, d, st)
    steps.append(
        tool(
            d["tools"]["submit"],
            {key: bad, "ref": ref},
            d["env"](st, None, err=(ERR_CODES[d["name"]], msg)),
            error=True,
        )
    )
    steps.append(llm("Rejected: %s. Correcting %s to %s." % (msg, key, good)))
    steps.append(
        tool(
            d["tools"]["submit"],
            {"ref": ref, key: good},
            d["env"](st, {"ref": ref, key: good, "created": True}),
        )
    )
    steps.append(
        tool(
            d["tools"]["get"],
            {"id": ref},
            d["env"](st, {"id": ref, key: good, "state": "confirmed"}),
        )
    )
    steps.append(llm("Done: %s is in with %s = %s and shows as confirmed." % (ref, key, good)))
    return steps


def prog_rerun_after_fix(rng, d, st):
    name, issue, fix = d["check"]
    oid = d["id"](rng)
    steps = [
        llm(
            "Running the %s check." % name.replace("_", " "),
            "Verify %s is in spec before we commit." % oid,
        )
    ]
    steps += lead_in(rng, d, st)
    steps.append(
        tool(
            d["tools"]["validate"],
            {"check": name, "id": oid},
            d["env"](st, {"check": name, "passed": False, "finding": issue}),
        )
    )
    steps.append(llm("It fails: %s. The fix is to %s; applying that." % (issue, fix)))
    steps.append(
        tool(
            d["tools"]["apply"],
            {"id": oid, "action": fix},
            d["env"](st, {"id": oid, "applied": fix}),
        )
    )
    steps.append(
        tool(
            d["tools"]["validate"],
            {"check": name, "id": oid},
            d["env"](st, {"check": name, "passed": True, "finding": None}),
        )
    )
    steps.append(
        llm("After the fix the %s check passes. %s is in spec." % (name.replace("_", " "), oid))
    )
    return steps


def prog_drafting_successive_sections(rng, d, st):
    doc_id, title, gist = rng.choice(d["docs"])
    steps = [
        llm(
            "I'll draft it section by section.",
            "Write up a short handover for %s based on %s." % (d["who"], doc_id),
        )
    ]
    steps += lead_in(rng, d, st)
    steps.append(
        tool(
            d["tools"]["fetch"],
            {"id": doc_id},
            d["env"](st, {"id": doc_id, "title": title, "text": gist}),
        )
    )
    steps.append(llm("Background: this handover covers %s (%s)." % (title, doc_id)))
    steps.append(llm("What matters: %s." % gist))
    steps.append(
        llm("Open items: none recorded in %s; anything new goes to %s." % (doc_id, d["who"]))
    )
    steps.append(
        llm("Next steps: confirm the dates with %s and file the handover today." % d["who"])
    )
    steps.append(
        llm(
            "Handover drafted in four sections (background, what matters, open items, next steps); ready to send."
        )
    )
    return steps


def prog_batch_over_distinct_ids(rng, d, st):
    ids = [d["id"](rng) for _ in range(rng.randint(4, 7))]
    steps = [llm("Fetching each one.", "Pull these %ss: %s." % (d["obj"], ", ".join(ids)))]
    steps += lead_in(rng, d, st)
    states = []
    for oid in ids:
        s = rng.choice(STATES)
        states.append(s)
        steps.append(
            tool(
                d["tools"]["get"],
                shuffled(rng, {"id": oid, "include": "history", "limit": 20}),
                d["env"](st, {"id": oid, "state": s, "history": [{"event": "created"}]}),
            )
        )
    done = sum(1 for s in states if s == "done")
    steps.append(llm("Fetched all %d; %d done, the rest open or waiting." % (len(ids), done)))
    return steps


def prog_paging_with_token_passed(rng, d, st):
    steps = [
        llm("I'll page through the %s." % d["list_what"], "List all %s, please." % d["list_what"])
    ]
    steps += lead_in(rng, d, st)
    cursor = None
    for start in range(0, len(d["list_items"]), 3):
        nxt = _hex(rng, 10) if start + 3 < len(d["list_items"]) else None
        args = {"page_size": 3} if cursor is None else {"page_size": 3, "cursor": cursor}
        steps.append(tool(d["tools"]["list"], args, d["env"](st, _page(d, start, 3, nxt))))
        if nxt and start < 6:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "Got that page, fetching the next one.",
                            "Moving on to the following page.",
                            "Next page.",
                        ]
                    )
                )
            )
        cursor = nxt
    steps.append(llm("All %d: %s." % (len(d["list_items"]), "; ".join(d["list_items"]))))
    return steps


def prog_poll_until_ready(rng, d, st):
    jid = "J%d" % rng.randint(40000, 49999)
    steps = [
        llm(
            "Starting %s; I'll poll it." % d["job"],
            "Kick off %s and tell me when it's through." % d["job"],
        )
    ]
    steps += lead_in(rng, d, st)
    states = d["states"]
    for i, s in enumerate(states):
        steps.append(
            tool(
                d["tools"]["poll"],
                {"job": jid},
                d["env"](
                    st, {"job": jid, "state": s, "progress": int(100 * i / (len(states) - 1))}
                ),
            )
        )
        if i == 1:
            steps.append(llm("Moved on to %s; checking again shortly." % s))
    steps.append(llm("%s finished: %s." % (cap(d["job"]), states[-1])))
    return steps


def prog_revert_then_corrected_apply(rng, d, st):
    field, old, new, issue = d["change"]
    name = d["check"][0]
    oid = d["id"](rng)
    wrong = "%s (tentative)" % new
    steps = [
        llm(
            "I'll adjust %s on %s." % (field, oid),
            "%s. Can you fix the spec on %s?" % (cap(issue), oid),
        )
    ]
    steps += lead_in(rng, d, st)
    steps.append(
        tool(
            d["tools"]["apply"],
            {"id": oid, field: wrong},
            d["env"](st, {"id": oid, field: wrong, "saved": True}),
        )
    )
    steps.append(
        tool(
            d["tools"]["validate"],
            {"check": name, "id": oid},
            d["env"](
                st, {"check": name, "passed": False, "finding": "%s value not recognised" % field}
            ),
        )
    )
    steps.append(
        llm("That value was not accepted; reverting to %s and applying the plain %s." % (old, new))
    )
    steps.append(
        tool(
            d["tools"]["apply"],
            {"id": oid, field: old},
            d["env"](st, {"id": oid, field: old, "saved": True}),
        )
    )
    steps.append(
        tool(
            d["tools"]["apply"],
            {"id": oid, field: new},
            d["env"](st, {"id": oid, field: new, "saved": True}),
        )
    )
    steps.append(
        tool(
            d["tools"]["validate"],
            {"check": name, "id": oid},
            d["env"](st, {"check": name, "passed": True}),
        )
    )
    steps.append(llm("%s on %s is now %s and the check passes." % (field, oid, new)))
    return steps


def prog_summaries_of_different_documents(rng, d, st):
    docs = rng.sample(d["docs"], rng.randint(3, 4))
    steps = [
        llm("Reading each and summarising.", "Summarise %s for me." % ", ".join(x[0] for x in docs))
    ]
    steps += lead_in(rng, d, st)
    for i, (doc_id, title, gist) in enumerate(docs):
        steps.append(
            tool(
                d["tools"]["fetch"],
                {"id": doc_id},
                d["env"](st, {"id": doc_id, "title": title, "text": gist}),
            )
        )
        steps.append(llm("%s%s: %s." % (SUMMARY_LEADS[i % len(SUMMARY_LEADS)], title, gist)))
    return steps


def prog_search_refinement_to_hit(rng, d, st):
    qs = d["refine_q"]
    steps = [llm("Searching.", "Find '%s' for me." % qs[-1][0])]
    steps += lead_in(rng, d, st)
    for q, total in qs:
        res = [d["hit"]] if total == 1 else ["(%d results, first 3 shown)" % total]
        steps.append(
            tool(
                d["tools"]["search"],
                {"q": q},
                d["env"](st, {"query": q, "total": total, "results": res}),
            )
        )
        if total > 1:
            steps.append(llm("%d results for '%s'; narrowing." % (total, q)))
    steps.append(llm("Found it: %s." % d["hit"]))
    return steps


def prog_distinct_clarifying_questions(rng, d, st):
    qa = d["clarify"][:]
    rng.shuffle(qa)
    steps = [llm(rng.choice(OPENERS), "Can you set up %s?" % d["submit_desc"])]
    steps += lead_in(rng, d, st)
    steps.append(llm(qa[0][0]))
    steps.append(llm(qa[1][0], qa[0][1]))
    steps.append(llm(qa[2][0], qa[1][1]))
    ref = d["id"](rng)
    steps.append(llm("Thanks, that's everything I need. Booking it now.", qa[2][1]))
    notes = " / ".join(a for _q, a in qa)
    steps.append(
        tool(
            d["tools"]["submit"],
            {"ref": ref, "notes": notes},
            d["env"](st, {"ref": ref, "created": True, "notes": notes}),
        )
    )
    steps.append(llm("Booked as %s with your answers in the notes." % ref))
    return steps


def prelude(rng, d, st):
    """A short, finished side errand before the row's own work (so the work starts later)."""
    other = d["id"](rng)
    state = rng.choice(["done", "scheduled"])
    body = {"id": other, "state": state}
    return [
        tool(d["tools"]["get"], {"id": other}, d["env"](st, body)),
        llm(
            rng.choice(
                [
                    "%s %s, which came up in the same thread, is %s; nothing to do there."
                    % (cap(d["obj"]), other, state),
                    "Side note: %s is already %s. Back to the request." % (other, state),
                ]
            )
        ),
    ]


LOOPS = {k: globals()["loop_" + k] for k in LOOP_KINDS}
PROGRESS = {k: globals()["prog_" + k] for k in PROGRESS_KINDS}


def build():
    rows = []
    n = 0
    for label, kinds, fns in (("loop", LOOP_KINDS, LOOPS), ("progress", PROGRESS_KINDS, PROGRESS)):
        for kind in kinds:
            for d in DOMAINS:
                n += 1
                rid = "sixtythird-%s-%s-%03d" % (label, kind, n)
                rng = random.Random("%d:%s" % (SEED, rid))
                st = State(rng, d["base"])
                steps = fns[kind](rng, d, st)
                if rng.random() < 0.35 and len(steps) <= 14:
                    steps[1:1] = prelude(rng, d, st)
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


def main():
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
