"""Blind trajectory set 76: 208 labelled rows (104 loop, 104 progress) in 8 new domains.

Rewrite with: .venv/bin/python tests/data/trajectories_seventysixth/generate.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7676
HERE = Path(__file__).resolve().parent

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "ignored_page_param",
    "setting_flip_flop",
    "clarification_ping_pong",
    "frozen_queue_polling",
    "plan_restatement",
    "validation_error_shuffle",
]
PROGRESS_KINDS = [
    "batch_same_opener",
    "paraphrased_followups",
    "alternating_tools_advancing",
    "retry_with_changed_request",
    "same_tool_new_records",
    "stepwise_reasoning",
    "bulk_distinct_ids",
    "cursor_pagination_advancing",
    "converging_tuning",
    "clarification_narrowing",
    "polling_advances",
    "plan_ticked_off",
    "validation_fix_sequence",
]

HEX = "0123456789abcdef"


def hx(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def stamp(t):
    d, rem = divmod(t, 86400)
    h, rem = divmod(rem, 3600)
    m, s = divmod(rem, 60)
    return "2026-11-%02dT%02d:%02d:%02dZ" % (3 + d, h, m, s)


# ---------------------------------------------------------------- renderers


def r_http(d, f, rng, t, err):
    code = err[0] if err else 200
    reason = {200: "OK", 201: "Created", 409: "Conflict", 422: "Unprocessable Entity"}
    reason.update({429: "Too Many Requests", 503: "Service Unavailable", 504: "Gateway Timeout"})
    body = {"error": {"code": err[1], "message": err[2]}} if err else f
    return (
        "HTTP/1.1 %d %s\nDate: %s\nX-Request-Id: req_%s\nX-RateLimit-Remaining: %d\n"
        "Server: %s\nAge: %d\nContent-Type: application/json\n\n%s"
        % (
            code,
            reason.get(code, "Error"),
            stamp(t),
            hx(rng, 16),
            rng.randint(40, 599),
            rng.choice(["edge-fra-2", "edge-lhr-1", "edge-ams-3"]),
            rng.randint(0, 90),
            json.dumps(body),
        )
    )


def r_env(d, f, rng, t, err):
    env = {
        "ok": not err,
        "trace_id": hx(rng, 32),
        "served_by": rng.choice(["lims-app-04", "lims-app-07", "lims-app-11"]),
        "ts": stamp(t),
    }
    if err:
        env["error"] = {"code": err[1], "detail": err[2]}
    else:
        env["data"] = f
    return json.dumps(env)


def yaml_lines(f, ind):
    out = []
    for k, v in f.items():
        if isinstance(v, dict):
            out.append("%s%s:" % (ind, k))
            out.extend(yaml_lines(v, ind + "  "))
        elif isinstance(v, list):
            out.append("%s%s:" % (ind, k))
            for x in v:
                if isinstance(x, dict):
                    sub = yaml_lines(x, ind + "    ")
                    sub[0] = ind + "  - " + sub[0].strip()
                    out.extend(sub)
                else:
                    out.append("%s  - %s" % (ind, x))
        else:
            out.append("%s%s: %s" % (ind, k, "null" if v is None else v))
    return out


def r_yaml(d, f, rng, t, err):
    head = [
        "status: %s" % ("error" if err else "ok"),
        "node: setter-api-%d" % rng.randint(1, 6),
        "fetched_at: %s" % stamp(t),
        "cache_age_s: %d" % rng.randint(0, 300),
    ]
    if err:
        head += ["error:", "  code: %s" % err[1], "  message: %s" % err[2]]
    else:
        head += ["result:", *yaml_lines(f, "  ")]
    return "\n".join(head)


def flat(f, pre=""):
    out = []
    for k, v in f.items():
        if isinstance(v, dict):
            out.extend(flat(v, pre + k + "."))
        elif isinstance(v, list):
            if v and isinstance(v[0], dict):
                for i, x in enumerate(v):
                    out.extend(flat(x, "%s%s[%d]." % (pre, k, i)))
            else:
                out.append("%s%s=%s" % (pre, k, ",".join(str(x) for x in v) or "-"))
        else:
            out.append("%s%s=%s" % (pre, k, "none" if v is None else str(v).replace(" ", "_")))
    return out


def r_log(d, f, rng, t, err):
    host = "lbt-ctl-%02d" % rng.randint(1, 9)
    pid = rng.randint(2000, 39000)
    if err:
        return "%s ERROR [%s pid=%d] %s: %s (run=%s)" % (
            stamp(t),
            host,
            pid,
            err[1],
            err[2],
            hx(rng, 8),
        )
    lines = []
    for i, kv in enumerate(flat(f)):
        lines.append("%s INFO  [%s pid=%d] %s" % (stamp(t + i), host, pid, kv))
    return "\n".join(lines)


def r_kv(d, f, rng, t, err):
    head = "seq=%d at=%s peer=grader-%s latency_ms=%d" % (
        rng.randint(100000, 999999),
        stamp(t),
        rng.choice(["a", "b", "c"]),
        rng.randint(4, 220),
    )
    if err:
        return head + " status=%s msg=%s" % (err[1], err[2].replace(" ", "_"))
    return head + " status=OK " + " ".join(flat(f))


def r_gql(d, f, rng, t, err):
    ext = {"traceId": hx(rng, 24), "cost": {"requested": rng.randint(3, 40)}, "at": stamp(t)}
    ext["cost"]["remaining"] = rng.randint(200, 1000)
    if err:
        body = {"data": None, "errors": [{"message": err[2], "extensions": {"code": err[1]}}]}
    else:
        body = {"data": f}
    body["extensions"] = ext
    return json.dumps(body)


def r_csv(d, f, rng, t, err):
    head = "# request=%s generated=%s shard=%d" % (hx(rng, 12), stamp(t), rng.randint(1, 12))
    if err:
        return head + "\nerror_code,error_message\n%s,%s" % (err[1], err[2])
    rows = None
    for v in f.values():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            rows = v
    scal = {k: v for k, v in f.items() if not isinstance(v, list)}
    out = [head]
    if scal:
        out.append(",".join(scal))
        out.append(",".join("" if v is None else str(v) for v in scal.values()))
    if rows:
        out.append(",".join(rows[0]))
        out.extend(",".join(str(x) for x in r.values()) for r in rows)
    elif rows is not None:
        out.append("(0 rows)")
    return "\n".join(out)


def xml_of(f, ind):
    out = []
    for k, v in f.items():
        if isinstance(v, dict):
            out.append("%s<%s>" % (ind, k))
            out.extend(xml_of(v, ind + "  "))
            out.append("%s</%s>" % (ind, k))
        elif isinstance(v, list):
            out.append('%s<%s count="%d">' % (ind, k, len(v)))
            for x in v:
                if isinstance(x, dict):
                    out.append("%s  <item>" % ind)
                    out.extend(xml_of(x, ind + "    "))
                    out.append("%s  </item>" % ind)
                else:
                    out.append("%s  <item>%s</item>" % (ind, x))
            out.append("%s</%s>" % (ind, k))
        else:
            out.append("%s<%s>%s</%s>" % (ind, k, "" if v is None else v, k))
    return out


def r_xml(d, f, rng, t, err):
    head = '<mesResponse msgId="%s" ts="%s" node="plc-gw-%d">' % (
        hx(rng, 10),
        stamp(t),
        rng.randint(1, 4),
    )
    if err:
        body = ['  <fault code="%s">%s</fault>' % (err[1], err[2])]
    else:
        body = ["  <result>", *xml_of(f, "    "), "  </result>"]
    return "\n".join([head, *body, "</mesResponse>"])


# ---------------------------------------------------------------- domains


def arch_item(rng, i):
    return {
        "booking_id": "BK-%05d" % rng.randint(10000, 99999),
        "member_id": "M-%05d" % rng.randint(10000, 99999),
        "lane": "L%02d" % rng.randint(1, 24),
        "bow_class": rng.choice(["recurve", "compound", "barebow", "longbow"]),
        "distance_m": rng.choice([18, 30, 50, 70]),
        "slot": rng.choice(["Sat 09:00", "Sat 10:30", "Sun 14:00", "Wed 18:30", "Thu 19:00"]),
    }


def bio_item(rng, i):
    return {
        "sample_id": "SMP-%04d-%04d" % (rng.randint(100, 999), rng.randint(1000, 9999)),
        "freezer": "F-%02d" % rng.randint(1, 20),
        "rack": "R%d" % rng.randint(1, 8),
        "box": "B%02d" % rng.randint(1, 40),
        "position": "%s%d" % (rng.choice("ABCDEFGH"), rng.randint(1, 9)),
        "aliquots_left": rng.randint(0, 6),
        "consent": rng.choice(["broad", "disease-specific", "withdrawn-pending"]),
    }


def climb_item(rng, i):
    return {
        "route_id": "rt_%04d" % rng.randint(1000, 9999),
        "wall": rng.choice(["north_cave", "slab_2", "comp_wall", "kids_bay", "overhang_45"]),
        "grade": rng.choice(["5c", "6a", "6a+", "6b", "6b+", "6c", "7a", "7a+"]),
        "setter": rng.choice(["Ines", "Tomasz", "Priya", "Callum", "Mei"]),
        "hold_colour": rng.choice(["teal", "orange", "black", "pink", "white", "yellow"]),
        "set_on": "2026-%02d-%02d" % (rng.randint(8, 11), rng.randint(1, 28)),
    }


def gen_item(rng, i):
    return {
        "unit": "GEN-%02d" % rng.randint(1, 30),
        "site": rng.choice(["DC-East", "DC-West", "Hall-B", "Annex-2"]),
        "rating_kw": rng.choice([800, 1250, 1500, 2000, 2500]),
        "last_test": "2026-%02d-%02d" % (rng.randint(5, 10), rng.randint(1, 28)),
        "max_step_pct": rng.choice([50, 75, 100]),
        "coolant_c": rng.randint(71, 92),
    }


def egg_item(rng, i):
    return {
        "lot_id": "LOT-2611%02d-%s" % (rng.randint(1, 28), rng.choice("ABCDEF")),
        "house": "House %d" % rng.randint(1, 9),
        "grade": rng.choice(["AA", "A", "B"]),
        "dozens": rng.randint(6000, 24000),
        "checks_pct": round(rng.uniform(0.4, 3.8), 1),
        "blood_spots": rng.randint(0, 40),
    }


def pen_item(rng, i):
    return {
        "ticket": "PN-%04d" % rng.randint(1000, 9999),
        "pen": rng.choice(
            ["Pelikan M800", "Sailor 1911L", "Parker 51", "Montblanc 146", "Lamy 2000"]
        ),
        "nib": rng.choice(["EF", "F", "M", "B", "OB"]),
        "issue": rng.choice(["baby's bottom", "skipping", "misaligned tines", "hard starts"]),
        "customer": "C-%04d" % rng.randint(1000, 9999),
        "stage": rng.choice(["received", "on bench", "awaiting parts", "testing"]),
    }


def gym_item(rng, i):
    return {
        "routine_id": "R-%04d" % rng.randint(1000, 9999),
        "gymnast": rng.choice(["A. Okafor", "L. Brandt", "S. Ferreira", "M. Kato", "J. Novak"]),
        "apparatus": rng.choice(["vault", "bars", "beam", "floor"]),
        "d_score": round(rng.uniform(3.8, 6.2), 1),
        "e_score": round(rng.uniform(7.2, 9.1), 3),
        "penalty": rng.choice([0.0, 0.1, 0.3]),
    }


def kom_item(rng, i):
    return {
        "batch": "KB-%04d" % rng.randint(1000, 9999),
        "tank": "FV-%d" % rng.randint(1, 12),
        "brix": round(rng.uniform(4.0, 8.5), 1),
        "ph": round(rng.uniform(2.8, 3.6), 2),
        "flavour": rng.choice(["ginger", "hibiscus", "raspberry", "yuzu", "original"]),
        "abv_pct": round(rng.uniform(0.2, 0.6), 2),
    }


DOMAINS = [
    {
        "name": "archery_range_lane_bookings",
        "unit": "archer-hours",
        "render": r_http,
        "style": "REST paths",
        "obs": "raw HTTP with headers and a JSON body",
        "what": "an indoor/outdoor archery range's lane booking and member desk",
        "item": arch_item,
        "key": "booking_id",
        "alt_key": "member_id",
        "rec": "booking",
        "sys": "the range booking API",
        "tools": {
            "get": "GET /v2/bookings/{booking_id}",
            "find": "GET /v2/lanes",
            "set": "PATCH /v2/bookings/{booking_id}",
            "poll": "GET /v2/jobs/{job_id}",
            "page": "GET /v2/bookings",
            "alt": "GET /v2/members/{member_id}",
            "submit": "POST /v2/bookings",
        },
        "asks": [
            "Can you move Saturday's junior recurve group to a 30 m lane? Booking is under the club account.",
            "A member says her Sunday lane booking vanished. Can you find it and put it back?",
            "We need every compound booking this weekend checked against the new 50 m lane closures.",
        ],
        "queries": [
            {"distance_m": 30, "day": "sat", "available": "true"},
            {"distance_m": 50, "day": "sun", "available": "true"},
            {"distance_m": 18, "day": "wed", "available": "true"},
            {"distance_m": 70, "day": "sat", "available": "true"},
        ],
        "fail": [503, "upstream_unavailable", "lane-scheduler did not respond within 8000ms"],
        "fail_fix": ("timeout_ms", 8000, 20000),
        "job": "lane reallocation job",
        "flip": ("target_face", "122cm", "80cm"),
        "flip_why": (
            "The 70 m round needs the full 122 cm face, so the booking should carry that.",
            "Juniors shoot the 80 cm face at this distance per the club rules, so switching it.",
        ),
        "tune": (
            "lane_count",
            [
                (6, "4 archers left without a lane"),
                (9, "1 archer unplaced"),
                (10, "all 38 archers placed, 2 spare spots"),
                (11, "all placed, 6 spare spots"),
            ],
        ),
        "val": {
            "base": {"member_id": "M-20931", "lane": "L07", "slot": "2026-11-07T09:00", "party": 6},
            "errs": [
                (
                    "slot",
                    "slot must be on a 30-minute boundary in the range's local time",
                    "2026-11-07T09:30",
                ),
                ("party", "party exceeds lane capacity of 4 archers", 4),
            ],
            "noise": ("notes", ["juniors", "junior group", "club juniors, coach present"]),
        },
        "clar": [
            (
                "Which day is the junior group shooting, Saturday morning or Saturday afternoon?",
                "Morning, the 09:00 session.",
            ),
            ("How many archers are in the group?", "Eleven, plus two coaches."),
            ("Should they stay on adjacent lanes?", "Yes, coaches need to see the whole group."),
        ],
        "plan": [
            "pull the existing club booking",
            "check which 30 m lanes are free at 09:00",
            "move the booking to those lanes",
            "confirm the member record shows the change",
        ],
    },
    {
        "name": "biobank_freezer_retrievals",
        "unit": "aliquots",
        "render": r_env,
        "style": "dotted service.method names",
        "obs": "JSON envelope with ok, trace_id, served_by and data",
        "what": "a research biobank pulling aliquots from -80 C freezers for approved studies",
        "item": bio_item,
        "key": "sample_id",
        "alt_key": "freezer",
        "rec": "sample",
        "sys": "the LIMS",
        "tools": {
            "get": "lims.sample.get",
            "find": "lims.freezer.search",
            "set": "lims.sample.update",
            "poll": "lims.job.status",
            "page": "lims.sample.list",
            "alt": "lims.freezer.get",
            "submit": "lims.pull_request.create",
        },
        "asks": [
            "Study BIO-2291 was approved for 40 plasma aliquots. Can you set up the freezer pull?",
            "Find where sample SMP-0419-2231 actually sits. The map says F-12 but the tech can't find it.",
            "Please check how many serum aliquots we have left from the 2019 cohort before I reply to the PI.",
        ],
        "queries": [
            {"material": "plasma", "cohort": "2019", "min_aliquots": 1},
            {"material": "serum", "cohort": "2019", "min_aliquots": 1},
            {"material": "buffy_coat", "cohort": "2021", "min_aliquots": 2},
            {"material": "plasma", "cohort": "2022", "consent": "broad"},
        ],
        "fail": [None, "FREEZER_LOCKED", "F-12 door interlock engaged; retrievals blocked"],
        "fail_fix": ("freezer", "F-12", "F-14"),
        "job": "pull list build",
        "flip": ("storage_temp", "-80C", "LN2_vapour"),
        "flip_why": (
            "Long-term plasma belongs at -80 C per the SOP, so the record should say -80C.",
            "The protocol says viable cells go to LN2 vapour phase, so it should be LN2_vapour.",
        ),
        "tune": (
            "aliquots_per_subject",
            [
                (4, "need 160, have 97"),
                (2, "need 80, have 97"),
                (3, "need 120, have 97"),
                (2, "need 80, 17 held back"),
            ],
        ),
        "val": {
            "base": {"study": "BIO-2291", "material": "plasma", "count": 40, "courier": "internal"},
            "errs": [
                (
                    "study",
                    "study BIO-2291 has no active MTA on file; use the amended study code",
                    "BIO-2291A",
                ),
                ("count", "count exceeds approved allocation (36)", 36),
            ],
            "noise": ("courier", ["internal", "dry_ice_internal", "porter"]),
        },
        "clar": [
            ("Is the 40 aliquots total, or per timepoint?", "Total. Baseline only."),
            ("Do they need 0.5 ml or 1 ml tubes?", "0.5 ml is fine."),
            ("Should we skip anyone with a pending consent change?", "Yes, skip those."),
        ],
        "plan": [
            "search plasma aliquots in the 2019 cohort",
            "drop samples with pending consent changes",
            "create the pull request for the study",
            "check the pull list job finishes",
        ],
    },
    {
        "name": "climbing_gym_route_setting",
        "unit": "holds",
        "render": r_yaml,
        "style": "snake_case functions",
        "obs": "YAML-ish text with node, fetched_at and cache_age_s",
        "what": "a bouldering and rope gym planning route resets and grade spread",
        "item": climb_item,
        "key": "route_id",
        "alt_key": "wall",
        "rec": "route",
        "sys": "the setting board",
        "tools": {
            "get": "get_route",
            "find": "search_routes",
            "set": "update_route",
            "poll": "get_reset_status",
            "page": "list_routes",
            "alt": "get_wall",
            "submit": "create_route",
        },
        "asks": [
            "Plan Thursday's reset of the overhang. We're short on 6a-6b routes there.",
            "A member reported a spinning hold on the teal 6b+ in the north cave. Can you flag it?",
            "What's the grade spread on the comp wall right now? I want to rebalance before the league night.",
        ],
        "queries": [
            {"wall": "overhang_45", "grade_min": "6a", "grade_max": "6b"},
            {"wall": "comp_wall", "grade_min": "6c", "grade_max": "7a+"},
            {"wall": "north_cave", "hold_colour": "teal"},
            {"wall": "slab_2", "older_than_days": 42},
        ],
        "fail": [None, "board_locked", "reset plan is locked by another setter session"],
        "fail_fix": ("session", "default", "setter_ines"),
        "job": "wall reset",
        "flip": ("grade", "6b", "6b+"),
        "flip_why": (
            "Three setters logged it as 6b in the forecast, so 6b should stay on the tag.",
            "The crux move feels harder than the other 6bs on that wall, so 6b+ suits it better.",
        ),
        "tune": (
            "routes_to_strip",
            [
                (10, "spread gap at 6a-6b stays 5"),
                (6, "gap 3, only 6 new tags"),
                (8, "gap 0, 8 new tags fit the hold stock"),
                (8, "setters confirm 8 fit Thursday's shift"),
            ],
        ),
        "val": {
            "base": {
                "wall": "overhang_45",
                "grade": "6a+",
                "hold_colour": "orange",
                "setter": "Priya",
            },
            "errs": [
                ("hold_colour", "orange is already used by 3 live routes on overhang_45", "pink"),
                ("setter", "setter Priya is not rostered on Thursday", "Callum"),
            ],
            "noise": ("tape", ["orange", "orange/white", "orange"]),
        },
        "clar": [
            (
                "Do you want the reset on the whole overhang or just the left half?",
                "Just the left half.",
            ),
            ("Should kids' routes on that section stay up?", "Yes, keep those."),
            ("Any colours to avoid?", "Avoid orange, the comp wall is full of it."),
        ],
        "plan": [
            "list live routes on the overhang",
            "choose which ones to strip",
            "create the new tags",
            "check the reset status board",
        ],
    },
    {
        "name": "diesel_generator_load_bank_testing",
        "unit": "minutes of load",
        "render": r_log,
        "style": "CLI subcommands (lbt ...)",
        "obs": "controller log lines with timestamps, host and pid",
        "what": "a facilities team running monthly load bank tests on standby diesel gensets",
        "item": gen_item,
        "key": "unit",
        "alt_key": "site",
        "rec": "genset",
        "sys": "the load bank controller",
        "tools": {
            "get": "lbt show",
            "find": "lbt find",
            "set": "lbt set",
            "poll": "lbt status",
            "page": "lbt ls",
            "alt": "genset telemetry",
            "submit": "lbt schedule",
        },
        "asks": [
            "GEN-07 is overdue for its monthly load bank test. Can you schedule it for tonight's window?",
            "Which gensets at DC-East haven't done a 100% step test this quarter?",
            "The GEN-12 test aborted last night. Find out why and get it rerun.",
        ],
        "queries": [
            {"site": "DC-East", "overdue": "true"},
            {"site": "DC-West", "step_pct": 100},
            {"site": "Hall-B", "status": "aborted"},
            {"site": "Annex-2", "rating_kw_min": 1500},
        ],
        "fail": [None, "E_BANK_BUSY", "load bank LB-2 is connected to another unit"],
        "fail_fix": ("bank", "LB-2", "LB-3"),
        "job": "load bank test",
        "flip": ("step_profile", "50-75-100", "25-50-75-100"),
        "flip_why": (
            "The monthly procedure calls for the three-step 50-75-100 profile.",
            "Large gensets should ramp in four steps, so 25-50-75-100 is safer here.",
        ),
        "tune": (
            "load_kw",
            [
                (1500, "coolant 97C, alarm"),
                (1100, "coolant 84C, stable"),
                (1300, "coolant 91C, marginal"),
                (1200, "coolant 87C, stable for 30 min"),
            ],
        ),
        "val": {
            "base": {
                "unit": "GEN-07",
                "window": "22:00-02:00",
                "profile": "50-75-100",
                "bank": "LB-2",
            },
            "errs": [
                ("window", "window overlaps utility demand response event DR-1183", "00:00-04:00"),
                ("bank", "LB-2 rated 1000kW below unit rating 1500kW", "LB-3"),
            ],
            "noise": ("operator", ["nightshift", "night shift", "ops-night"]),
        },
        "clar": [
            ("Is tonight's window 22:00-02:00 or the later 00:00-04:00?", "The later one, 00:00."),
            ("Should the test transfer the live load or use the bank only?", "Bank only."),
            ("Who signs off the result?", "Raj from the critical facilities team."),
        ],
        "plan": [
            "check GEN-07's last test and rating",
            "find a free load bank that covers 1500 kW",
            "schedule the test for the window",
            "watch the test until it completes",
        ],
    },
    {
        "name": "egg_grading_station",
        "unit": "cases",
        "render": r_kv,
        "style": "RPC verbs in PascalCase",
        "obs": "single-line key=value records with seq, peer and latency",
        "what": "a shell-egg grading and packing station handling lots from contract flocks",
        "item": egg_item,
        "key": "lot_id",
        "alt_key": "house",
        "rec": "lot",
        "sys": "the grading line",
        "tools": {
            "get": "GetLot",
            "find": "SearchLots",
            "set": "UpdateLot",
            "poll": "GetGradingRun",
            "page": "ListLots",
            "alt": "GetFlock",
            "submit": "CreatePackOrder",
        },
        "asks": [
            "The supermarket wants 12,000 dozen AA large by Friday. Can we fill it from this week's lots?",
            "Lot LOT-261104-B came back with high blood spots. Can you check and downgrade it if needed?",
            "Which of House 3's lots went through grading yesterday and what grades did they get?",
        ],
        "queries": [
            {"grade": "AA", "size": "large", "week": 45},
            {"grade": "A", "size": "medium", "week": 45},
            {"house": "House 3", "graded_on": "2026-11-05"},
            {"grade": "B", "week": 44},
        ],
        "fail": [None, "UNAVAILABLE", "candler camera 2 offline"],
        "fail_fix": ("line", 2, 1),
        "job": "grading run",
        "flip": ("grade", "A", "B"),
        "flip_why": (
            "Blood spots are under the 2% line, so the lot can stay grade A.",
            "The checks count pushes it over the tolerance, so grade B is the right call.",
        ),
        "tune": (
            "candler_threshold",
            [
                (0.80, "rejects 9.1%"),
                (0.60, "rejects 2.2%, misses 3 spots"),
                (0.70, "rejects 4.0%, misses 0"),
                (0.68, "rejects 3.6%, misses 0"),
            ],
        ),
        "val": {
            "base": {"customer": "FRESHMART", "grade": "AA", "size": "large", "dozens": 12000},
            "errs": [
                ("size", "size must be one of L, M, XL", "L"),
                ("dozens", "dozens exceeds graded stock on hand (10800)", 10800),
            ],
            "noise": ("ref", ["PO-55120", "PO 55120", "po55120"]),
        },
        "clar": [
            ("Does the 12,000 dozen need to be one lot or can we mix flocks?", "Mixing is fine."),
            ("Is Friday the ship date or the delivery date?", "Delivery, so ship Thursday."),
            ("Brown or white shell?", "Brown."),
        ],
        "plan": [
            "search AA large lots graded this week",
            "check the flock records for those lots",
            "create the pack order",
            "confirm the grading run totals",
        ],
    },
    {
        "name": "fountain_pen_nib_repair",
        "unit": "minutes of bench time",
        "render": r_gql,
        "style": "GraphQL queries and mutations",
        "obs": "GraphQL JSON with data/errors and cost extensions",
        "what": "a mail-in fountain pen repair shop doing nib grinds and restorations",
        "item": pen_item,
        "key": "ticket",
        "alt_key": "customer",
        "rec": "ticket",
        "sys": "the repair desk",
        "tools": {
            "get": "query ticket",
            "find": "query searchTickets",
            "set": "mutation updateTicket",
            "poll": "query shipment",
            "page": "query tickets",
            "alt": "query customer",
            "submit": "mutation createTicket",
        },
        "asks": [
            "Mrs Hallworth sent in a Pelikan M800 for a stub grind. Can you open a ticket and quote her?",
            "Where is ticket PN-3317? The customer says it shipped back two weeks ago and hasn't arrived.",
            "List the tickets waiting on parts so I can order feeds this week.",
        ],
        "queries": [
            {"stage": "awaiting parts", "brand": "Pelikan"},
            {"stage": "on bench", "brand": "Sailor"},
            {"stage": "awaiting parts", "brand": "Parker"},
            {"issue": "skipping", "since": "2026-10-01"},
        ],
        "fail": [None, "INTERNAL_SERVER_ERROR", "payment provider timeout while creating deposit"],
        "fail_fix": ("deposit", True, False),
        "job": "return shipment",
        "flip": ("grind", "cursive italic", "stub"),
        "flip_why": (
            "She wrote 'crisp line variation', which is what a cursive italic gives.",
            "For daily writing a stub is more forgiving, so stub is the better choice.",
        ),
        "tune": (
            "tine_gap_mm",
            [
                (0.10, "railroads on fast strokes"),
                (0.04, "dry, hard starts"),
                (0.07, "wet, no skipping"),
                (0.06, "even line, customer sample ok"),
            ],
        ),
        "val": {
            "base": {
                "customer": "C-9912",
                "pen": "Pelikan M800",
                "service": "stub grind",
                "nib": "M",
            },
            "errs": [
                (
                    "service",
                    "unknown service; expected one of GRIND_STUB, GRIND_ITALIC, TUNE",
                    "GRIND_STUB",
                ),
                (
                    "nib",
                    "M800 nib size must be one of EF,F,M,B,BB with unit suffix (e.g. M-18C)",
                    "M-18C",
                ),
            ],
            "noise": ("note", ["stub please", "stub grind please", "customer wants stub"]),
        },
        "clar": [
            ("Does she want a 1.1 mm stub or a finer one?", "Finer, closer to 0.9."),
            ("Is she keeping the original nib or swapping it?", "Keep original, grind it."),
            ("Return by post or collection?", "Tracked post."),
        ],
        "plan": [
            "look up the customer record",
            "open the ticket with the grind spec",
            "quote the repair",
            "check the return shipment",
        ],
    },
    {
        "name": "gymnastics_meet_scoring",
        "unit": "tenths in deductions",
        "render": r_csv,
        "style": "kebab-case commands",
        "obs": "CSV with a comment header carrying request id and shard",
        "what": "a regional artistic gymnastics meet's scoring office and inquiry desk",
        "item": gym_item,
        "key": "routine_id",
        "alt_key": "gymnast",
        "rec": "routine",
        "sys": "the scoring server",
        "tools": {
            "get": "fetch-routine",
            "find": "search-routines",
            "set": "amend-score",
            "poll": "check-publish",
            "page": "list-routines",
            "alt": "fetch-judge-panel",
            "submit": "submit-inquiry",
        },
        "asks": [
            "The coach for A. Okafor filed an inquiry on beam. Can you get it to the panel?",
            "Results for session 3 aren't on the public board. Can you check the publish?",
            "Give me the bars D-scores for session 2 so I can check the judges' sheets.",
        ],
        "queries": [
            {"session": 3, "apparatus": "beam"},
            {"session": 2, "apparatus": "bars"},
            {"session": 3, "apparatus": "floor"},
            {"session": 1, "apparatus": "vault"},
        ],
        "fail": [None, "PANEL_CLOSED", "inquiry window for rotation 2 closed"],
        "fail_fix": ("rotation", 2, 3),
        "job": "results publish",
        "flip": ("neutral_deduction", "0.1", "0.3"),
        "flip_why": (
            "The line judge flagged one step out, which is a 0.1 deduction.",
            "The video shows both feet out, which is 0.3, so the deduction should be 0.3.",
        ),
        "tune": (
            "tie_break",
            [
                ("e_score", "3 ties left"),
                ("d_score", "1 tie left"),
                ("e_then_d", "0 ties"),
                ("e_then_d", "panel chair confirms order"),
            ],
        ),
        "val": {
            "base": {
                "routine_id": "R-2291",
                "element": "full turn",
                "claimed_value": "C",
                "coach": "K. Ames",
            },
            "errs": [
                ("element", "element name must use code of points id (e.g. 2.303)", "2.303"),
                ("claimed_value", "claimed value must be a decimal (0.1-1.0)", "0.3"),
            ],
            "noise": ("coach_phone", ["07700 900412", "07700900412", "+44 7700 900412"]),
        },
        "clar": [
            ("Which rotation was the beam routine in?", "Rotation 2."),
            (
                "Is the inquiry on D-score or a neutral deduction?",
                "D-score, the turn wasn't credited.",
            ),
            ("Has the coach paid the inquiry fee?", "Yes, cash at the desk."),
        ],
        "plan": [
            "fetch the routine and its scores",
            "check the judge panel for beam",
            "submit the inquiry",
            "check the publish status after the panel rules",
        ],
    },
    {
        "name": "kombucha_bottling_line",
        "unit": "cases",
        "render": r_xml,
        "style": "namespaced SOAP-style operations (mes:...)",
        "obs": "XML-ish mesResponse documents with msgId, ts and gateway node",
        "what": "a craft kombucha brewery's fermentation tanks and bottling line",
        "item": kom_item,
        "key": "batch",
        "alt_key": "tank",
        "rec": "batch",
        "sys": "the MES",
        "tools": {
            "get": "mes:GetBatch",
            "find": "mes:FindBatches",
            "set": "mes:SetBatchParam",
            "poll": "mes:GetLineStatus",
            "page": "mes:ListBatches",
            "alt": "mes:GetTank",
            "submit": "mes:CreateRun",
        },
        "asks": [
            "Can you get batch KB-1107 onto the bottling line this afternoon? It should be ready.",
            "Which batches are above 0.5% ABV? We can't ship those as soft drinks.",
            "Tank FV-4's pH looks off on the dashboard. Check it and hold the batch if it's out of spec.",
        ],
        "queries": [
            {"min_abv": 0.5, "state": "conditioning"},
            {"flavour": "ginger", "state": "ready"},
            {"max_ph": 2.9, "state": "fermenting"},
            {"tank": "FV-4", "state": "any"},
        ],
        "fail": [None, "LINE_INTERLOCK", "filler guard open on line 1"],
        "fail_fix": ("line", 1, 2),
        "job": "bottling run",
        "flip": ("hold", "true", "false"),
        "flip_why": (
            "pH 3.4 is above the 3.2 release limit, so the batch has to be on hold.",
            "The lab sheet says the reading is within the 0.2 tolerance, so release the hold.",
        ),
        "tune": (
            "dosing_ml_per_l",
            [
                (12, "brix 3.1, too dry"),
                (20, "brix 5.9, too sweet"),
                (16, "brix 4.4, in range"),
                (15, "brix 4.1, panel approved"),
            ],
        ),
        "val": {
            "base": {"batch": "KB-1107", "line": 1, "format": "330ml", "cases": 400},
            "errs": [
                ("format", "format must be a packaging SKU (e.g. BTL-330-AMB)", "BTL-330-AMB"),
                ("cases", "cases exceeds tank volume (max 312 at 24x330ml)", 312),
            ],
            "noise": ("shift", ["B", "B-shift", "late"]),
        },
        "clar": [
            ("Is this the ginger KB-1107 or the hibiscus one that was renumbered?", "Ginger."),
            ("Cans or bottles?", "330 ml amber bottles."),
            ("Should the lab sign off before filling?", "Yes, Dana has to sign."),
        ],
        "plan": [
            "read the batch and tank readings",
            "confirm ABV and pH are within release limits",
            "create the bottling run",
            "watch the line status until it starts filling",
        ],
    },
]


# ---------------------------------------------------------------- row builder


class Row:
    def __init__(self, rng, dom):
        self.rng = rng
        self.d = dom
        self.t = rng.randint(0, 20) * 86400 + rng.randint(6 * 3600, 20 * 3600)
        self.steps = []
        self.items = [dom["item"](rng, i) for i in range(8)]
        self.it = self.items[0]

    def tick(self):
        self.t += self.rng.randint(2, 95)
        return self.t

    def llm(self, text, obs=""):
        self.steps.append({"kind": "llm", "text": text, "observation": obs})

    def tool(self, role, args, fields=None, err=None):
        obs = self.d["render"](self.d, fields or {}, self.rng, self.tick(), err)
        self.steps.append(
            {
                "kind": "tool",
                "tool": self.d["tools"][role],
                "args": dict(args),
                "observation": obs,
                "error": bool(err),
            }
        )

    def pick(self, options):
        return self.rng.choice(options)

    def open(self, reply=None, first=False):
        ask = self.d["asks"][0] if first else self.pick(self.d["asks"])
        first = reply or self.pick(
            [
                "Sure, I'll start with %s." % self.d["sys"],
                "On it. Let me look at %s first." % self.d["sys"],
                "Okay. I'll pull what %s has and go from there." % self.d["sys"],
                "Got it, checking %s now." % self.d["sys"],
            ]
        )
        self.llm(first, ask)

    def get(self, item=None):
        item = item or self.it
        k = self.d["key"]
        self.tool("get", {k: item[k]}, item)

    def err(self, code, msg):
        e = list(self.d["fail"])
        return [e[0] or 500, code, msg]


def kf(rng, d):
    return d["key"], d["rec"], d["sys"]


def summary_of(it, n=3):
    return ", ".join("%s %s" % (k, v) for k, v in list(it.items())[1 : 1 + n])


# ------------------------------------------------------------- loop kinds


def loop_exact_repeat(r):
    k, rec, sys = kf(r.rng, r.d)
    r.open()
    text = r.pick(
        [
            "Let me pull up %s %s to confirm the details." % (rec, r.it[k]),
            "I'll fetch %s %s from %s." % (rec, r.it[k], sys),
            "Checking the current state of %s %s before changing anything." % (rec, r.it[k]),
            "Fetched the list. Now the only record that matters is %s %s; pulling it up."
            % (rec, r.it[k]),
        ]
    )
    for _ in range(r.rng.randint(2, 5)):
        r.llm(text)
        r.get()


def loop_paraphrased_repeat(r):
    k, rec, sys = kf(r.rng, r.d)
    r.open()
    lines = [
        "I need to look at %s %s first." % (rec, r.it[k]),
        "Let me check what %s has for %s." % (sys, r.it[k]),
        "Before I go further I'll verify %s %s." % (rec, r.it[k]),
        "I'll take a look at the %s record for %s to be sure." % (rec, r.it[k]),
        "Let me confirm the details on %s." % r.it[k],
        "Let me look at %s %s again to be sure of the values." % (rec, r.it[k]),
        "One thing first: reviewing %s %s in %s." % (rec, r.it[k], sys),
        "Let me check what %s holds for %s across its records." % (sys, r.it[k]),
    ]
    r.rng.shuffle(lines)
    n = r.rng.randint(3, 5)
    for i in range(n):
        r.llm(lines[i])
        if i % 2 == 0 or r.rng.random() < 0.4:
            r.get()


def loop_ab_oscillation(r):
    k, rec, _sys = kf(r.rng, r.d)
    ak = r.d["alt_key"]
    r.open()
    alt = {ak: r.it[ak], "linked_%ss" % rec: [r.it[k]], "updated": "2026-10-30"}
    if r.rng.random() < 0.5:
        r.llm(
            "I'll cross-check %s %s against the linked %s record."
            % (rec, r.it[k], ak.replace("_", " "))
        )
    for _ in range(r.rng.randint(2, 4)):
        r.get()
        r.tool("alt", {ak: r.it[ak]}, alt)
    if r.rng.random() < 0.5:
        r.llm("Comparing the two records for %s, field by field, all of them." % r.it[k])


def loop_failing_tool_retry(r):
    _k, rec, sys = kf(r.rng, r.d)
    v = r.d["val"]
    r.open(first=True)
    args = dict(v["base"])
    for i in range(r.rng.randint(3, 5)):
        if i and r.rng.random() < 0.6:
            r.llm(
                r.pick(
                    [
                        "Submitting the request to %s." % sys,
                        "Sending it through now.",
                        "Trying the submission with the prepared values.",
                        "Let me send the %s request." % rec,
                        "Got an error back; probably transient. Submitting the request to %s."
                        % sys,
                    ]
                )
            )
        r.tool("submit", args, err=r.err(r.d["fail"][1], r.d["fail"][2]))


def loop_same_action_same_observation(r):
    k, _rec, sys = kf(r.rng, r.d)
    q = r.pick(r.d["queries"])
    res = {"matches": [{k: x[k], "detail": summary_of(x, 1)} for x in r.items[:2]], "total": 2}
    r.open()
    texts = [
        "Let me search with the filters from the request.",
        "I'll look at the candidates that match.",
        "Checking whether anything else qualifies.",
        "Confirming the list of matches before I decide.",
        "Looking at what %s returns for these criteria." % sys,
    ]
    r.rng.shuffle(texts)
    for i in range(r.rng.randint(2, 4)):
        r.llm(texts[i])
        r.tool("find", q, res)


def loop_identical_monologue(r):
    k, rec, _sys = kf(r.rng, r.d)
    r.open()
    if r.rng.random() < 0.5:
        r.get()
    text = r.pick(
        [
            "I have the %s details. The next thing is to decide how to handle %s %s."
            % (rec, rec, r.it[k]),
            "Running through the options for %s before acting." % r.it[k],
            "Let me reason through what %s needs here." % r.it[k],
        ]
    )
    for _ in range(r.rng.randint(3, 8)):
        r.llm(text)


def loop_identical_tool_calls(r):
    k, _rec, _sys = kf(r.rng, r.d)
    q = r.pick(r.d["queries"])
    res = {"matches": [{k: x[k], "detail": summary_of(x, 1)} for x in r.items[:3]], "total": 3}
    r.open()
    for _ in range(r.rng.randint(3, 9)):
        r.tool("find", q, res)


def loop_ignored_page_param(r):
    k, rec, sys = kf(r.rng, r.d)
    cur = hx(r.rng, 12)
    res = {
        "items": [{k: x[k], "detail": summary_of(x, 1)} for x in r.items[:3]],
        "next_cursor": cur,
        "total": 57,
    }
    r.open("I'll go through the %ss list in %s." % (rec, sys))
    r.tool("page", {"limit": 3}, res)
    for p in range(2, 2 + r.rng.randint(2, 4)):
        r.llm(
            r.pick(
                [
                    "Got 3 more %ss. Fetching page %d." % (rec, p),
                    "That's another batch of 3. Moving to page %d." % p,
                    "Noted those (the cursor is in the response too). Continuing to page %d." % p,
                    "No duplicates so far. Requesting page %d." % p,
                ]
            )
        )
        r.tool("page", {"limit": 3, "page": p}, res)


def loop_setting_flip_flop(r):
    k, _rec, _sys = kf(r.rng, r.d)
    param, a, b = r.d["flip"]
    wa, wb = r.d["flip_why"]
    r.open()
    if r.rng.random() < 0.5:
        r.get()
    for i in range(r.rng.randint(2, 4)):
        val, why = (a, wa) if i % 2 == 0 else (b, wb)
        lead = r.pick(["", "Looking at the saved result: ", "On reflection: ", "Settling it: "])
        lead = lead if i else ""
        r.llm("%s%s Setting %s=%s instead." % (lead, why, param, val) if i else lead + why)
        r.tool("set", {k: r.it[k], param: val}, {k: r.it[k], param: val, "saved": True})


def loop_clarification_ping_pong(r):
    _k, _rec, _sys = kf(r.rng, r.d)
    q, a = r.d["clar"][0]
    qs = [
        q,
        "Just to be sure before I act: " + q[0].lower() + q[1:],
        "Thanks. Quick check: " + q[0].lower() + q[1:],
        "Could you confirm one detail? " + q,
    ]
    ans = [a, "Yes. " + a, a, a.rstrip(".") + ", please."]
    r.open(first=True)
    n = r.rng.randint(3, 4)
    for i in range(n):
        r.llm(qs[i], ans[i])
        if i == 1 and r.rng.random() < 0.5:
            r.get()


def loop_frozen_queue_polling(r):
    _k, _rec, _sys = kf(r.rng, r.d)
    job = "job_%s" % hx(r.rng, 8)
    pos = r.rng.randint(2, 7)
    r.open(first=True)
    r.tool("submit", r.d["val"]["base"], {"job_id": job, "state": "queued", "queue_position": pos})
    target = r.rng.randint(6, 12)
    i = 0
    while len(r.steps) < target:
        if i and len(r.steps) + 2 <= target and r.rng.random() < 0.3:
            r.llm(
                r.pick(
                    [
                        "The %s is queued; checking its status." % r.d["job"],
                        "Let me check the %s status again." % r.d["job"],
                        "Waiting on the %s to start." % r.d["job"],
                        "Not finished yet. Checking the %s status." % r.d["job"],
                    ]
                )
            )
        r.tool(
            "poll",
            {"job_id": job},
            {"job_id": job, "state": "queued", "queue_position": pos, "started_at": None},
        )
        i += 1


def loop_plan_restatement(r):
    _k, _rec, _sys = kf(r.rng, r.d)
    plan = r.d["plan"]
    r.open(first=True)
    if r.rng.random() < 0.5:
        r.get()
    heads = [
        "Here's the plan:",
        "Plan for this:",
        "To do this properly I will:",
        "Steps I'll follow:",
        "Outline before I start:",
    ]
    r.rng.shuffle(heads)
    for i in range(r.rng.randint(3, 5)):
        if r.rng.random() < 0.5:
            body = " ".join("%d) %s." % (j + 1, s) for j, s in enumerate(plan))
        else:
            body = " ".join(
                "%d) %s [%s]." % (j + 1, s, "done" if j == 0 and len(r.steps) > 1 else "todo")
                for j, s in enumerate(plan)
            )
        r.llm("%s %s" % (heads[i], body))


def loop_validation_error_shuffle(r):
    _k, _rec, _sys = kf(r.rng, r.d)
    v = r.d["val"]
    field, msg, _good = v["errs"][0]
    nk, nvals = v["noise"]
    r.open(first=True)
    args = dict(v["base"])
    for i in range(r.rng.randint(3, 4)):
        args = dict(v["base"])
        args[nk] = nvals[i % len(nvals)]
        if i:
            r.llm(
                r.pick(
                    [
                        "Adjusting the %s field and submitting." % nk,
                        "I'll tidy up the %s value and send it." % nk,
                        "Changing %s to %s and submitting." % (nk, nvals[i % len(nvals)]),
                        "It was not accepted; the message is about a field, so adjusting %s." % nk,
                    ]
                )
            )
        r.tool("submit", args, err=[422, "validation_failed", "%s: %s" % (field, msg)])


# ---------------------------------------------------------- progress kinds


def prog_batch_same_opener(r):
    k, rec, sys = kf(r.rng, r.d)
    r.open()
    tmpl = r.pick(
        [
            "Let me pull up %s %%s to confirm the details." % rec,
            "I'll fetch %s %%s from %s." % (rec, sys),
            "Checking the current state of %s %%s." % rec,
        ]
    )
    n = r.rng.randint(2, 5)
    for it in r.items[:n]:
        r.llm(tmpl % it[k])
        r.get(it)
    if r.rng.random() < 0.6:
        r.llm("Checked %d %ss: %s." % (n, rec, "; ".join(summary_of(i, 1) for i in r.items[:n])))


def prog_paraphrased_followups(r):
    k, rec, _sys = kf(r.rng, r.d)
    ak = r.d["alt_key"]
    r.open()
    r.llm(
        r.pick(
            [
                "I need to look at %s %s first." % (rec, r.it[k]),
                "Before I go further I'll verify %s %s." % (rec, r.it[k]),
                "I'll take a look at the %s record for %s to be sure." % (rec, r.it[k]),
            ]
        )
    )
    r.get()
    r.llm("Let me check again on the %s record linked to %s." % (ak.replace("_", " "), r.it[k]))
    r.tool("alt", {ak: r.it[ak]}, {ak: r.it[ak], "linked_%ss" % rec: [r.it[k], r.items[1][k]]})
    r.llm("Let me confirm the details on %s, the other linked %s." % (r.items[1][k], rec))
    r.get(r.items[1])
    if r.rng.random() < 0.6:
        r.llm(
            "So the values are: %s has %s, and %s has %s."
            % (r.it[k], summary_of(r.it, 2), r.items[1][k], summary_of(r.items[1], 2))
        )


def prog_alternating_tools_advancing(r):
    k, rec, _sys = kf(r.rng, r.d)
    param, a, _b = r.d["flip"]
    r.open()
    n = r.rng.randint(2, 5)
    for it in r.items[:n]:
        r.get(it)
        r.tool("set", {k: it[k], param: a}, {k: it[k], param: a, "saved": True})
    if n < 5 and r.rng.random() < 0.6:
        r.llm("Comparing the two views, all %d %ss now carry %s=%s." % (n, rec, param, a))


def prog_retry_with_changed_request(r):
    _k, rec, _sys = kf(r.rng, r.d)
    v = r.d["val"]
    fk, bad, good = r.d["fail_fix"]
    r.open(first=True)
    args = dict(v["base"])
    args[fk] = bad
    r.tool("submit", args, err=r.err(r.d["fail"][1], r.d["fail"][2]))
    if r.rng.random() < 0.5:
        r.llm("That could be transient. Sending it through now.")
        r.tool("submit", args, err=r.err(r.d["fail"][1], r.d["fail"][2]))
    r.llm("The error is about %s, so changing %s to %s and submitting." % (fk, fk, good))
    args[fk] = good
    ref = "%s-%s" % (rec[:3].upper(), r.rng.randint(10000, 99999))
    r.tool("submit", args, {"created": ref, "state": "accepted"})
    r.llm("Accepted as %s." % ref)


def prog_same_tool_new_records(r):
    k, _rec, sys = kf(r.rng, r.d)
    qs = list(r.d["queries"])
    r.rng.shuffle(qs)
    r.open()
    n = r.rng.randint(2, 4)
    for i in range(n):
        found = r.items[2 * i : 2 * i + r.rng.randint(1, 2)]
        if i:
            r.llm(
                r.pick(
                    [
                        "Checking whether anything else qualifies under %s." % json.dumps(qs[i]),
                        "Let me search with the other filters too.",
                        "Confirming there are no further matches under %s." % json.dumps(qs[i]),
                        "Looking at what %s returns for the next criteria." % sys,
                    ]
                )
            )
        r.tool(
            "find",
            qs[i],
            {
                "matches": [{k: x[k], "detail": summary_of(x, 1)} for x in found],
                "total": len(found),
            },
        )
    r.llm("So far I have %d candidates from these filters." % (n * 1 + r.rng.randint(0, n)))


def prog_stepwise_reasoning(r):
    k, rec, _sys = kf(r.rng, r.d)
    r.open()
    n = r.rng.randint(3, 6)
    nums = [r.rng.randint(3, 60) for _ in range(n)]
    unit = r.d["unit"]
    r.tool(
        "find",
        r.pick(r.d["queries"]),
        {"matches": [{k: x[k], "detail": summary_of(x, 1)} for x in r.items[:n]], "total": n},
    )
    lead = r.pick(
        [
            "Let me reason through what this needs.",
            "To decide how to handle this:",
            "Working it out:",
        ]
    )
    total = 0
    for i in range(n):
        total += nums[i]
        r.llm(
            "%s %s %s contributes %d %s, running total %d."
            % (lead, rec.capitalize(), r.items[i][k], nums[i], unit, total)
        )
    if r.rng.random() < 0.5:
        r.llm("Total comes to %d %s across the matching %ss." % (total, unit, rec))


def prog_bulk_distinct_ids(r):
    k, rec, _sys = kf(r.rng, r.d)
    r.open()
    n = r.rng.randint(3, 8)
    for it in r.items[:n]:
        r.get(it)
    r.llm(
        "Fetched %d %ss; %s is the only one with %s."
        % (n, rec, r.items[n - 1][k], summary_of(r.items[n - 1], 1))
    )


def prog_cursor_pagination_advancing(r):
    k, rec, sys = kf(r.rng, r.d)
    r.open("I'll go through the %ss list in %s." % (rec, sys))
    pages = r.rng.randint(2, 4)
    cur = None
    for p in range(pages):
        nxt = None if p == pages - 1 else hx(r.rng, 12)
        args = {"limit": 2} if cur is None else {"limit": 2, "cursor": cur}
        if p:
            r.llm(
                r.pick(
                    [
                        "Got 2 more %ss. Fetching page %d with cursor %s." % (rec, p + 1, cur),
                        "That's another batch. Moving to page %d from %s." % (p + 1, cur),
                        "Noted those. Continuing to page %d with the cursor from the response."
                        % (p + 1),
                    ]
                )
            )
        items = r.items[2 * p : 2 * p + 2]
        r.tool(
            "page",
            args,
            {"items": [{k: x[k], "detail": summary_of(x, 1)} for x in items], "next_cursor": nxt},
        )
        cur = nxt
    r.llm("That's all %d %ss; no cursor came back." % (pages * 2, rec))


def prog_converging_tuning(r):
    k, _rec, _sys = kf(r.rng, r.d)
    param, seq = r.d["tune"]
    r.open()
    n = r.rng.randint(3, 4)
    for i, (val, outcome) in enumerate(seq[:n]):
        if i:
            r.llm("Result was '%s'. Trying %s=%s instead." % (seq[i - 1][1], param, val))
        r.tool("set", {k: r.it[k], param: val}, {k: r.it[k], param: val, "result": outcome})
    r.llm("Settling on %s=%s: %s." % (param, seq[n - 1][0], seq[n - 1][1]))


def prog_clarification_narrowing(r):
    _k, _rec, _sys = kf(r.rng, r.d)
    r.open(first=True)
    n = r.rng.randint(2, 3)
    for i, (q, a) in enumerate(r.d["clar"][:n]):
        pre = r.pick(["", "Quick check: ", "Before I act: "]) if i else ""
        r.llm(pre + (q[0].lower() + q[1:] if pre else q), a)
    r.get()
    if r.rng.random() < 0.6:
        r.llm("Thanks, I have what I need: %s." % "; ".join(a for _q, a in r.d["clar"][:n]))


def prog_polling_advances(r):
    _k, _rec, _sys = kf(r.rng, r.d)
    job = "job_%s" % hx(r.rng, 8)
    r.open(first=True)
    r.tool("submit", r.d["val"]["base"], {"job_id": job, "state": "queued", "queue_position": 3})
    states = [
        ("queued", 2),
        ("queued", 1),
        ("running", 20),
        ("running", 55),
        ("running", 85),
        ("done", 100),
    ]
    n = r.rng.randint(3, 6)
    seq = states[-n:]
    for i, (st, v) in enumerate(seq):
        if i and len(r.steps) + len(seq) - i + 2 <= 12 and r.rng.random() < 0.4:
            r.llm(
                r.pick(
                    [
                        "Let me check the %s status again." % r.d["job"],
                        "Not finished yet. Checking the %s status." % r.d["job"],
                        "Waiting on the %s to finish." % r.d["job"],
                    ]
                )
            )
        f = {"job_id": job, "state": st}
        f["queue_position" if st == "queued" else "percent"] = v
        r.tool("poll", {"job_id": job}, f)
    r.llm("The %s is done." % r.d["job"])


def prog_plan_ticked_off(r):
    k, _rec, _sys = kf(r.rng, r.d)
    plan = r.d["plan"]
    r.open(first=True)
    head = r.pick(["Here's the plan:", "Steps I'll follow:", "To do this properly I will:"])
    r.llm(head + " " + " ".join("%d) %s." % (j + 1, s) for j, s in enumerate(plan)))
    n = r.rng.randint(2, 4)
    roles = ["get", "find", "submit", "poll"]
    for j in range(n):
        role = roles[j]
        if role == "get":
            r.get()
        elif role == "find":
            r.tool("find", r.pick(r.d["queries"]), {"matches": [{k: r.items[1][k]}], "total": 1})
        elif role == "submit":
            r.tool(
                "submit", r.d["val"]["base"], {"created": "%s" % hx(r.rng, 8), "state": "accepted"}
            )
        else:
            r.tool("poll", {"job_id": "job_%s" % hx(r.rng, 8)}, {"state": "done", "percent": 100})
        marks = " ".join(
            "%d) %s [%s]." % (i + 1, s, "done" if i <= j else "todo") for i, s in enumerate(plan)
        )
        r.llm("Plan: " + marks)


def prog_validation_fix_sequence(r):
    _k, rec, _sys = kf(r.rng, r.d)
    v = r.d["val"]
    r.open(first=True)
    args = dict(v["base"])
    errs = v["errs"][: r.rng.randint(1, 2)]
    for field, msg, good in errs:
        r.tool("submit", args, err=[422, "validation_failed", "%s: %s" % (field, msg)])
        r.llm(
            r.pick(
                [
                    "Changing %s to %s as the message says, and submitting." % (field, good),
                    "Adjusting the %s field to %s and submitting." % (field, good),
                ]
            )
        )
        args = dict(args)
        args[field] = good
    ref = "%s-%s" % (rec[:3].upper(), r.rng.randint(10000, 99999))
    r.tool("submit", args, {"created": ref, "state": "accepted"})
    if r.rng.random() < 0.6:
        r.llm("Created %s." % ref)


BUILDERS = {
    "loop": [globals()["loop_" + kind] for kind in LOOP_KINDS],
    "progress": [globals()["prog_" + kind] for kind in PROGRESS_KINDS],
}


def build():
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind, fn in zip(kinds, BUILDERS[label], strict=True):
            for n, dom in enumerate(DOMAINS, start=1):
                rid = "seventysixth-%s-%s-%03d" % (label, kind, n)
                rng = random.Random("%d:%s" % (SEED, rid))
                r = Row(rng, dom)
                fn(r)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom["name"],
                        "steps": r.steps,
                    }
                )
    return rows


def main():
    out = HERE / "trajectories.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
