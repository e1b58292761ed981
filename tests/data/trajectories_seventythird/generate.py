"""Blind trajectory set 73 ("seventythird") for the loop detector.

Standard library only. Deterministic: each row gets its own random.Random seeded from SEED and
the row id. Run this file to rewrite trajectories.jsonl next to it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7373

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "cursor_reset_pagination",
    "write_revert_cycle",
    "repeated_clarification",
    "normalised_query_retry",
    "three_tool_rotation",
    "handoff_bounce",
]

PROGRESS_KINDS = [
    "status_updates_new_facts",
    "summaries_of_distinct_records",
    "alternating_cross_reference",
    "retry_with_corrected_args",
    "polling_until_state_changes",
    "checklist_walkthrough",
    "batch_over_distinct_records",
    "cursor_pagination",
    "write_then_verify_sticks",
    "clarification_answered_acted_on",
    "query_refinement_hits",
    "three_source_pipeline",
    "handoff_accepted_after_fix",
]

# --------------------------------------------------------------------------- noise helpers

HEX = "0123456789abcdef"
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def hx(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def an(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(n))


def ts(rng: random.Random) -> str:
    """A clock per row: starts at a random time and moves forward a few seconds per call."""
    clock = getattr(rng, "clock", None)
    if clock is None:
        clock = (
            rng.randint(3, 10) * 2678400 + rng.randint(0, 27) * 86400 + rng.randint(6, 20) * 3600
        )
    clock += rng.randint(2, 95) + rng.random()
    rng.clock = clock
    month, rest = divmod(int(clock), 2678400)
    day, rest = divmod(rest, 86400)
    hour, rest = divmod(rest, 3600)
    minute, sec = divmod(rest, 60)
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        month,
        day + 1,
        hour,
        minute,
        sec,
        int((clock % 1) * 1000),
    )


def scalar(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    return str(v)


# --------------------------------------------------------------------------- envelopes


def env_json_meta(rng, body, ok=True, code=None, msg=None):
    meta = {
        "request_id": "req_" + an(rng, 14),
        "served_at": ts(rng),
        "ratelimit_remaining": rng.randint(40, 600),
        "region": rng.choice(["eu-west-2", "eu-west-1"]),
    }
    if ok:
        return json.dumps({"data": body, "meta": meta})
    return json.dumps({"error": {"code": code, "message": msg}, "meta": meta})


def env_log(rng, body, ok=True, code=None, msg=None):
    host = "marsh-ops-%d" % rng.randint(1, 6)
    head = "%s host=%s req=%s" % (ts(rng), host, hx(rng, 10))
    if not ok:
        return "%s ERROR code=%s msg=%r" % (head, code, msg)
    lines = []
    for k, v in body.items():
        if isinstance(v, list):
            lines.append("%s INFO %s.count=%d" % (head, k, len(v)))
            lines.extend(
                "%s INFO %s " % (head, k)
                + " ".join("%s=%s" % (a, scalar(b)) for a, b in item.items())
                for item in v
            )
        else:
            lines.append("%s INFO %s=%s" % (head, k, scalar(v)))
    return "\n".join(lines)


def env_http(rng, body, ok=True, code=None, msg=None):
    status = (
        "200 OK"
        if ok
        else {
            "409": "409 Conflict",
            "422": "422 Unprocessable Entity",
            "503": "503 Service Unavailable",
            "400": "400 Bad Request",
            "404": "404 Not Found",
        }.get(str(code), "500 Internal Server Error")
    )
    headers = [
        "HTTP/1.1 " + status,
        "Date: " + ts(rng),
        "Content-Type: application/json",
        "X-Request-Id: " + "-".join([hx(rng, 8), hx(rng, 4), hx(rng, 4)]),
        "X-RateLimit-Remaining: %d" % rng.randint(5, 120),
        "X-Served-By: washnet-api-%02d" % rng.randint(1, 12),
    ]
    payload = body if ok else {"error": str(code), "detail": msg}
    return "\n".join(headers) + "\n\n" + json.dumps(payload)


def _xml_item(tag, item):
    return "<%s %s/>" % (tag, " ".join('%s="%s"' % (k, scalar(v)) for k, v in item.items()))


def env_xml(rng, body, ok=True, code=None, msg=None):
    attrs = 'requestId="%s" served="%s" node="chap-app%d"' % (
        hx(rng, 12),
        ts(rng),
        rng.randint(1, 4),
    )
    if not ok:
        return '<response status="error" %s><fault code="%s">%s</fault></response>' % (
            attrs,
            code,
            msg,
        )
    parts = []
    for k, v in body.items():
        if isinstance(v, list):
            parts.append("<%s>%s</%s>" % (k, "".join(_xml_item(k.rstrip("s"), i) for i in v), k))
        elif isinstance(v, dict):
            parts.append(_xml_item(k, v))
        else:
            parts.append("<%s>%s</%s>" % (k, scalar(v), k))
    return '<response status="ok" %s>%s</response>' % (attrs, "".join(parts))


def env_graphql(rng, body, ok=True, code=None, msg=None):
    ext = {
        "traceId": hx(rng, 16),
        "cost": {
            "requested": rng.randint(4, 30),
            "throttle": {"available": rng.randint(200, 1000)},
        },
        "cachedAgeMs": rng.randint(0, 9000),
    }
    if ok:
        return json.dumps({"data": body, "extensions": ext})
    return json.dumps(
        {
            "data": None,
            "errors": [{"message": msg, "extensions": {"code": code}}],
            "extensions": ext,
        }
    )


def env_csv(rng, body, ok=True, code=None, msg=None):
    foot = "# generated %s by cnc-queue-%d job=%s" % (ts(rng), rng.randint(1, 5), an(rng, 8))
    if not ok:
        return "status,code,message\nerror,%s,%s\n%s" % (code, msg, foot)
    lines = []
    scalars = {k: v for k, v in body.items() if not isinstance(v, list)}
    if scalars:
        lines.append(",".join(scalars))
        lines.append(",".join(scalar(v) for v in scalars.values()))
    for k, v in body.items():
        if isinstance(v, list):
            lines.append("# %s" % k)
            if v:
                lines.append(",".join(v[0]))
                lines.extend(",".join(scalar(x) for x in item.values()) for item in v)
            else:
                lines.append("(no rows)")
    lines.append(foot)
    return "\n".join(lines)


def env_kv(rng, body, ok=True, code=None, msg=None):
    head = "station=FL-%s ts=%s seq=%d" % (
        rng.choice(["BONN-2", "BONN-2"]),
        ts(rng),
        rng.randint(10000, 99999),
    )
    if not ok:
        return "%s status=ERR code=%s detail=%r" % (head, code, msg)
    out = [head + " status=OK"]
    for k, v in body.items():
        if isinstance(v, list):
            out.append("%s.n=%d" % (k, len(v)))
            out.extend(
                "%s[%d] " % (k, i) + " ".join("%s=%s" % (a, scalar(b)) for a, b in item.items())
                for i, item in enumerate(v)
            )
        else:
            out.append("%s=%s" % (k, scalar(v)))
    return "\n".join(out)


def env_grpc(rng, body, ok=True, code=None, msg=None):
    head = "grpc-status: %s\ngrpc-trace: %s\nx-envoy-upstream-service-time: %d" % (
        "0 OK" if ok else "%s %s" % (code, "FAILED_PRECONDITION"),
        hx(rng, 24),
        rng.randint(8, 400),
    )
    if not ok:
        return head + "\nmessage: %s" % msg
    lines = [head, "payload {"]
    for k, v in body.items():
        if isinstance(v, list):
            lines.extend(
                "  %s { %s }" % (k, " ".join('%s: "%s"' % (a, scalar(b)) for a, b in item.items()))
                for item in v
            )
        else:
            lines.append('  %s: "%s"' % (k, scalar(v)))
    lines.append("}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- domains


def _pb_id(rng):
    return "PB-2026-%04d" % rng.randint(100, 9999)


def _bed_id(rng):
    return "BED-%02d%s" % (rng.randint(1, 40), rng.choice("NSEW"))


def _wm_id(rng):
    return "WM-%04d-%s" % (rng.randint(100, 999), rng.choice("ABCD"))


def _cv_id(rng):
    return "CV-%05d" % rng.randint(10000, 99999)


def _game_id(rng):
    return "G-%s-%04d" % (rng.choice(["U16", "U18", "SNR", "WMN"]), rng.randint(1000, 9999))


def _tf_id(rng):
    return "TF-%04d-R%d" % (rng.randint(100, 9999), rng.randint(1, 5))


def _fl_id(rng):
    return "FL-2026-W%02d-%02d" % (rng.randint(14, 44), rng.randint(1, 12))


def _wl_id(rng):
    return "wl_" + an(rng, 6)


DOMAINS = [
    {
        "name": "pipe_band_contest_entries",
        "what": "entries office for a pipe band championship: grades, draws and rosters",
        "style": "dotted resource.verb tools",
        "envelope": "JSON with data and meta (request_id, served_at, ratelimit_remaining)",
        "env": env_json_meta,
        "ids": _pb_id,
        "ent": "entry",
        "tools": {
            "search": "entries.search",
            "get": "entries.get",
            "update": "entries.patch",
            "status": "draw.job_status",
            "alt": "roster.get",
            "third": "grades.lookup",
            "handoff": "queue.transfer",
            "inbox": "queue.my_items",
        },
        "qarg": "band_name",
        "queries": ["Lochside", "Strathmore Caledonia", "Kilbarchan Youth", "Port Ellen"],
        "field": "grade",
        "values": ["3A", "3B", "4A"],
        "states": ["received", "fee_pending", "rostered", "drawn"],
        "queues": ["grading-panel", "treasurer"],
        "missing": "fee_receipt_ref",
        "request": "Lochside Pipe Band say their Grade 3B entry for the Cowal draw never got confirmed. Can you sort it out?",
        "opener": "I'll look up Lochside's entry for Cowal and check where it is in the pipeline.",
        "facts": [
            "The entry was received on 2 August but the fee was only logged on the 9th.",
            "Their roster has 19 pipers and 8 drummers, which is inside the Grade 3B cap.",
            "The pipe major changed last month; the roster still shows the old name.",
            "Cowal draw for 3B closes Friday at 17:00.",
            "Two of their drummers are also registered with Port Ellen, which the rules allow only for juveniles.",
        ],
        "checks": [
            "fee receipt",
            "roster count",
            "dual registrations",
            "grade eligibility",
            "contact details",
        ],
        "problem": "the entry record shows fee_pending even though the treasurer's ledger has the payment",
    },
    {
        "name": "cranberry_bog_harvest",
        "what": "flooding, beating and trucking schedule for cranberry bog beds at harvest",
        "style": "bogctl_* CLI wrappers with snake_case flags",
        "envelope": "plain text log lines with host and req id",
        "env": env_log,
        "ids": _bed_id,
        "ent": "bed",
        "tools": {
            "search": "bogctl_query",
            "get": "bogctl_show",
            "update": "bogctl_set",
            "status": "bogctl_flood_status",
            "alt": "bogctl_sensor",
            "third": "bogctl_truck_slots",
            "handoff": "bogctl_assign_crew",
            "inbox": "bogctl_my_tasks",
        },
        "qarg": "filter",
        "queries": ["variety=Stevens", "variety=Ben Lear", "zone=north", "brix>=8"],
        "field": "flood_depth_in",
        "values": ["8", "10", "12"],
        "states": ["dry", "flooding", "flooded", "beating"],
        "queues": ["crew-b", "crew-d"],
        "missing": "pump_permit_no",
        "request": "Bed 17N needs flooding tonight so the beaters can start at 6. Set it up and make sure a truck slot is free.",
        "opener": "Checking 17N's flood state and the truck slots for tomorrow morning.",
        "facts": [
            "17N is Stevens, last sampled at 8.4 brix.",
            "Reservoir 2 is at 71% so a 10 inch flood is fine.",
            "The first truck slot at 06:30 is taken by 12E; 07:15 is open.",
            "Frost watch is on tonight, which means the sprinklers on 17N are also armed.",
            "Crew B finishes 12E around 05:40.",
        ],
        "checks": ["flume gate", "pump 3", "boom placement", "truck slot", "frost sprinklers"],
        "problem": "the flood depth on 17N reads 0 while the pump log says it ran for 40 minutes",
    },
    {
        "name": "laundromat_machine_faults",
        "what": "fault tickets and remote resets for a chain of coin laundromats",
        "style": "PascalCase RPC verbs",
        "envelope": "raw HTTP response with headers then JSON",
        "env": env_http,
        "ids": _wm_id,
        "ent": "machine",
        "tools": {
            "search": "ListFaults",
            "get": "GetMachine",
            "update": "UpdateMachineConfig",
            "status": "GetResetJob",
            "alt": "GetCoinBox",
            "third": "GetTicket",
            "handoff": "AssignTicket",
            "inbox": "ListMyTickets",
        },
        "qarg": "store",
        "queries": ["Elm St", "Harbour Rd", "Mill Lane", "Station Sq"],
        "field": "cycle_price_cents",
        "values": ["350", "400", "450"],
        "states": ["queued", "sent", "rebooting", "online"],
        "queues": ["field-tech", "vendor-support"],
        "missing": "error_code_photo",
        "request": "Washer 12 at Elm St keeps eating coins and showing OE. Customer wants a refund and the machine fixed.",
        "opener": "Let me pull the fault history for Elm St and the machine record for washer 12.",
        "facts": [
            "Washer 12 is WM-0412-B, a 2019 front loader.",
            "OE is a drain fault; the last one was logged 6 days ago.",
            "The coin box count is 14 coins higher than the cycles paid, which fits the complaint.",
            "A remote reset cleared OE last time but it came back in 2 days.",
            "The field tech rota has Dani at Elm St on Thursday.",
        ],
        "checks": ["drain pump", "coin acceptor", "door lock", "firmware version", "refund amount"],
        "problem": "GetMachine still shows fault OE after the reset job reported success",
    },
    {
        "name": "hospital_chaplaincy_visits",
        "what": "referrals and visit rota for a hospital chaplaincy and spiritual care team",
        "style": "namespaced chap:camelCase operations",
        "envelope": "XML-like response element with requestId, served time and node",
        "env": env_xml,
        "ids": _cv_id,
        "ent": "referral",
        "tools": {
            "search": "chap:findReferrals",
            "get": "chap:getReferral",
            "update": "chap:updateReferral",
            "status": "chap:getPagerStatus",
            "alt": "chap:getWardCensus",
            "third": "chap:getRota",
            "handoff": "chap:routeReferral",
            "inbox": "chap:myQueue",
        },
        "qarg": "ward",
        "queries": ["Ward 7B", "ICU", "Maternity", "Oncology Day Unit"],
        "field": "faith_tradition",
        "values": ["Catholic", "Orthodox", "Muslim"],
        "states": ["new", "paged", "acknowledged", "visited"],
        "queues": ["on-call-chaplain", "imam-volunteers"],
        "missing": "patient_consent",
        "request": "A family on Ward 7B asked for a Catholic priest for their father before surgery tomorrow morning. Please arrange it.",
        "opener": "I'll find the referral for Ward 7B and see who is on the rota tonight.",
        "facts": [
            "The referral for bed 14 on 7B came in at 18:20 from the ward sister.",
            "Surgery is listed for 08:30, so the visit needs to be before 07:30.",
            "Father Okafor is on call tonight; Father Brennan covers from 07:00.",
            "The patient's consent to share details with the chaplaincy is recorded.",
            "The family prefers the visit in the day room rather than the bay.",
        ],
        "checks": ["consent", "tradition", "rota cover", "ward access", "family contact"],
        "problem": "the referral shows faith_tradition Orthodox while the ward note says Catholic",
    },
    {
        "name": "ice_hockey_referee_assignments",
        "what": "officials' assignments, availability and conflicts for a youth and senior ice hockey league",
        "style": "GraphQL query and mutation names",
        "envelope": "GraphQL-ish data and extensions (traceId, cost, cachedAgeMs)",
        "env": env_graphql,
        "ids": _game_id,
        "ent": "game",
        "tools": {
            "search": "query.games",
            "get": "query.game",
            "update": "mutation.setOfficial",
            "status": "query.publishJob",
            "alt": "query.officialAvailability",
            "third": "query.conflicts",
            "handoff": "mutation.escalateAssignment",
            "inbox": "query.myEscalations",
        },
        "qarg": "arena",
        "queries": [
            "Northgate Arena",
            "Riverside Rink",
            "Westfield IcePlex",
            "Harbourview Gardens",
        ],
        "field": "referee_1",
        "values": ["OFF-2291", "OFF-1876", "OFF-3340"],
        "states": ["draft", "validating", "publishing", "published"],
        "queues": ["assignor-senior", "assignor-youth"],
        "missing": "conflict_waiver",
        "request": "Saturday's U18 game at Northgate only has one linesman. Fill the slot and publish the schedule.",
        "opener": "Pulling Saturday's U18 games at Northgate and the open official slots.",
        "facts": [
            "G-U18-4471 at Northgate starts 14:15 and has linesman_2 empty.",
            "OFF-1876 is available Saturday afternoon and is level 2 certified.",
            "OFF-3340 has a conflict: his son plays for the home team.",
            "The schedule publish job last ran on Thursday.",
            "OFF-2291 already has two games that day at Riverside.",
        ],
        "checks": [
            "certification level",
            "travel time",
            "family conflicts",
            "game count per day",
            "fee band",
        ],
        "problem": "the game shows linesman_2 empty even though the mutation returned ok",
    },
    {
        "name": "timber_frame_joinery_orders",
        "what": "cut lists, joint specs and CNC queue for a timber frame workshop",
        "style": "kebab-case commands",
        "envelope": "CSV-ish tables with a generated-by footer",
        "env": env_csv,
        "ids": _tf_id,
        "ent": "frame order",
        "tools": {
            "search": "order-search",
            "get": "order-show",
            "update": "order-set",
            "status": "cnc-job-status",
            "alt": "cut-list-export",
            "third": "timber-stock",
            "handoff": "order-route",
            "inbox": "my-orders",
        },
        "qarg": "customer",
        "queries": ["Hartley barn", "Ash Lane porch", "Orchard cabin", "Millbrook gazebo"],
        "field": "species",
        "values": ["green oak", "douglas fir", "larch"],
        "states": ["queued", "nesting", "cutting", "complete"],
        "queues": ["cnc-shop", "hand-joinery"],
        "missing": "engineer_signoff",
        "request": "The Hartley barn frame needs the king posts switched to green oak and recut before the raising on the 14th.",
        "opener": "I'll open the Hartley barn order and check the cut list and oak stock.",
        "facts": [
            "The Hartley order has 4 king posts, each 200 x 200 x 4.8 m.",
            "Green oak stock has 6 pieces at 200 x 200 long enough.",
            "The CNC can only tenon up to 4.2 m, so the posts need hand joinery at the ends.",
            "The engineer signed off oak for the posts in revision 3 of the drawings.",
            "Raising crew is booked for the 14th at 08:00.",
        ],
        "checks": ["species", "section size", "tenon length", "peg holes", "stock reservation"],
        "problem": "the cut list still exports douglas fir for the king posts",
    },
    {
        "name": "fish_ladder_passage_counts",
        "what": "daily fish passage counts, video review and gate settings at a dam fish ladder",
        "style": "fl_* snake_case functions",
        "envelope": "key=value telemetry lines with station, ts and seq",
        "env": env_kv,
        "ids": _fl_id,
        "ent": "count window",
        "tools": {
            "search": "fl_counts_query",
            "get": "fl_window_get",
            "update": "fl_window_update",
            "status": "fl_video_job",
            "alt": "fl_gate_state",
            "third": "fl_temp_series",
            "handoff": "fl_route_review",
            "inbox": "fl_my_reviews",
        },
        "qarg": "species",
        "queries": ["chinook", "steelhead", "sockeye", "coho"],
        "field": "chinook_adult",
        "values": ["412", "398", "437"],
        "states": ["pending", "decoding", "scoring", "scored"],
        "queues": ["biologist-review", "video-contractor"],
        "missing": "reviewer_initials",
        "request": "Monday's chinook count looks low compared with the dam downstream. Check the video review and correct the daily total if it's wrong.",
        "opener": "I'll pull Monday's count windows for chinook and compare them with the video review.",
        "facts": [
            "Monday had 12 count windows; window 07 shows 0 fish for 50 minutes.",
            "The fishway gate was at 60% open during window 07, which is normal.",
            "Water temperature was 16.8 C, below the 18 C threshold for passage drops.",
            "Video for window 07 was re-scored by the contractor with 31 adults.",
            "The downstream dam counted 455 chinook adults the same day.",
        ],
        "checks": ["video gaps", "gate state", "temperature", "jack vs adult split", "daily total"],
        "problem": "window 07 still reads 0 chinook after the correction",
    },
    {
        "name": "pilates_studio_waitlists",
        "what": "class waitlists, reformer bookings and credits for a pilates studio group",
        "style": "gRPC service/Method paths",
        "envelope": "gRPC-ish status and trace headers then a text payload block",
        "env": env_grpc,
        "ids": _wl_id,
        "ent": "waitlist spot",
        "tools": {
            "search": "studio.v1.Waitlist/List",
            "get": "studio.v1.Waitlist/Get",
            "update": "studio.v1.Booking/Update",
            "status": "studio.v1.Promotion/Status",
            "alt": "studio.v1.Credits/Balance",
            "third": "studio.v1.Class/Get",
            "handoff": "studio.v1.Ticket/Route",
            "inbox": "studio.v1.Ticket/Mine",
        },
        "qarg": "class_code",
        "queries": ["REF-TUE-0700", "MAT-WED-1830", "REF-SAT-0900", "BARRE-THU-1200"],
        "field": "reformer_no",
        "values": ["4", "7", "9"],
        "states": ["waiting", "offered", "confirming", "booked"],
        "queues": ["front-desk", "billing"],
        "missing": "membership_id",
        "request": "I was third on the waitlist for Tuesday 7am reformer and someone cancelled, but I still haven't got a spot. Can you check?",
        "opener": "Let me look at the Tuesday 7am reformer waitlist and your position on it.",
        "facts": [
            "REF-TUE-0700 has 10 reformers and 10 bookings plus 4 waiting.",
            "Two cancellations came in overnight, so positions 1 and 2 were offered spots.",
            "Position 1 declined the offer at 06:02.",
            "Your credit balance is 3 class credits, valid until the end of the month.",
            "Offers expire after 30 minutes; position 2's offer lapsed at 06:35.",
        ],
        "checks": [
            "waitlist position",
            "credit balance",
            "offer expiry",
            "reformer allocation",
            "notification",
        ],
        "problem": "the waitlist still shows you as waiting after the promotion job ran",
    },
]


# --------------------------------------------------------------------------- step helpers


class Ctx:
    def __init__(self, d, rng):
        self.d = d
        self.rng = rng
        self.steps = []

    def llm(self, text, obs=""):
        self.steps.append({"kind": "llm", "text": text, "observation": obs})

    def tool(self, role, args, body=None, error=False, code=None, msg=None):
        d = self.d
        if error:
            obs = d["env"](self.rng, None, ok=False, code=code, msg=msg)
        else:
            obs = d["env"](self.rng, body)
        self.steps.append(
            {
                "kind": "tool",
                "tool": d["tools"][role],
                "args": dict(args),
                "observation": obs,
                "error": bool(error),
            }
        )

    def start(self):
        self.llm(self.d["opener"], self.d["request"])

    def record(self, rid, state=None, value=None):
        d = self.d
        return {
            "id": rid,
            "state": state or d["states"][1],
            d["field"]: value or d["values"][0],
            "updated": "2026-09-%02d" % self.rng.randint(1, 28),
        }

    def search_hits(self, n):
        d, rng = self.d, self.rng
        return [
            self.record(d["ids"](rng), rng.choice(d["states"]), rng.choice(d["values"]))
            for _ in range(n)
        ]

    def warmup(self, k):
        """k steps of genuine groundwork (0..2). Returns a main record id."""
        d, rng = self.d, self.rng
        rid = d["ids"](rng)
        if k >= 1:
            hits = [self.record(rid), *self.search_hits(rng.randint(1, 2))]
            self.tool(
                "search",
                {d["qarg"]: d["queries"][0], "limit": 20},
                {"items": hits, "total": len(hits)},
            )
        if k >= 2:
            self.llm("%s Opening %s." % (d["facts"][0], rid))
        return rid


def uniq_facts(d, rng, n):
    return rng.sample(d["facts"], n)


# --------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 2))
    text = "I'll fetch %s %s and read the %s field before changing anything." % (
        d["ent"],
        rid,
        d["field"],
    )
    body = {"record": c.record(rid)} if d["env"] is not env_log else c.record(rid)
    for _ in range(rng.randint(3, 4)):
        c.llm(text)
        c.tool("get", {"id": rid}, body)


def loop_paraphrased_repeat(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(1, 2))
    lines = [
        "Let me check the current %s on %s." % (d["field"], rid),
        "I'll look at what %s is set to on %s right now." % (d["field"], rid),
        "Checking the %s value recorded for %s." % (d["field"], rid),
        "Let me confirm which %s %s currently has." % (d["field"], rid),
        "I'll verify the %s stored against %s." % (d["field"], rid),
    ]
    rng.shuffle(lines)
    body = c.record(rid)
    for line in lines[: rng.randint(3, 4)]:
        c.llm(line)
        c.tool("get", {"id": rid, "fields": [d["field"], "state"]}, body)


def loop_ab_oscillation(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 1))
    v1, v2 = d["values"][0], d["values"][1]
    n = rng.choice([2, 3])
    for _ in range(n):
        c.tool(
            "update", {"id": rid, d["field"]: v2}, {"id": rid, d["field"]: v2, "result": "updated"}
        )
        c.llm(
            "On reflection %s should stay %s; %s looks like the wrong call here."
            % (d["field"], v1, v2)
        )
        c.tool(
            "update", {"id": rid, d["field"]: v1}, {"id": rid, d["field"]: v1, "result": "updated"}
        )
        if rng.random() < 0.5 and len(c.steps) < 9:
            c.llm("Actually %s fits the request better. Switching %s to %s." % (v2, rid, v2))


def loop_failing_tool_retry(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(1, 2))
    args = {"id": rid, d["field"]: d["values"][1]}
    msg = "%s is locked by another session" % rid
    for i in range(rng.randint(3, 5)):
        c.tool("update", args, error=True, code="409", msg=msg)
        if i == 0:
            c.llm("The write was refused with a lock conflict. Trying the update once more.")


def loop_same_action_same_observation(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 2))
    job = "job_" + an(rng, 8)
    c.llm("Started the job %s for %s. I'll poll until it finishes." % (job, rid))
    for i in range(rng.randint(4, 6)):
        c.tool("status", {"job_id": job}, {"job_id": job, "state": d["states"][0], "percent": 0})
        if i == 1:
            c.llm("Still at %s. Checking the job status." % d["states"][0])


def loop_identical_monologue(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 2))
    text = (
        "Before I change %s I want to be sure about the cause: %s. I'll review the record and "
        "then decide on the fix." % (rid, d["problem"])
    )
    for _ in range(rng.randint(3, 5)):
        c.llm(text)


def loop_identical_tool_calls(c):
    rng = c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 2))
    args = {"id": rid, "include": ["history"]}
    body = {
        "record": c.record(rid),
        "history": [{"at": "2026-09-02", "by": "import", "change": "created"}],
    }
    for _ in range(rng.randint(3, 5)):
        c.tool("alt", args, body)


def loop_cursor_reset_pagination(c):
    d, rng = c.d, c.rng
    c.start()
    q = rng.choice(d["queries"])
    page1 = c.search_hits(3)
    nxt = an(rng, 12)
    c.tool("search", {d["qarg"]: q, "limit": 3}, {"items": page1, "next_cursor": nxt, "total": 11})
    c.llm("11 results in total. Taking the next page with the cursor.")
    for _ in range(rng.randint(3, 4)):
        c.tool(
            "search",
            {d["qarg"]: q, "limit": 3, "cursor": nxt},
            {"items": page1, "next_cursor": nxt, "total": 11},
        )
    if rng.random() < 0.5:
        c.llm("Noted those 3. Continuing through the list with cursor %s." % nxt)
        c.tool(
            "search",
            {d["qarg"]: q, "limit": 3, "cursor": nxt},
            {"items": page1, "next_cursor": nxt, "total": 11},
        )


def loop_write_revert_cycle(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 1))
    old, new = d["values"][0], d["values"][2]
    for _ in range(3):
        c.tool(
            "update",
            {"id": rid, d["field"]: new},
            {"id": rid, d["field"]: new, "result": "accepted"},
        )
        c.tool("get", {"id": rid}, c.record(rid, value=old) | {"updated_by": "nightly-sync"})
        if rng.random() < 0.6:
            c.llm("The record shows %s=%s. Setting it to %s." % (d["field"], old, new))


def loop_repeated_clarification(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 2))
    q = "Just to confirm before I go ahead: should %s on %s be %s or %s?" % (
        d["field"],
        rid,
        d["values"][1],
        d["values"][2],
    )
    ans = "%s, as I said." % d["values"][1]
    for i in range(rng.randint(3, 4)):
        c.llm(q, ans if i else "%s please." % d["values"][1])
        if i == 0:
            c.tool("get", {"id": rid}, c.record(rid))


def loop_normalised_query_retry(c):
    d, rng = c.d, c.rng
    c.start()
    base = d["queries"][1]
    variants = [base, base.lower(), base.upper(), " %s " % base, base.replace(" ", "  ")]
    rng.shuffle(variants)
    for i, v in enumerate(variants[: rng.randint(3, 5)]):
        c.tool(
            "search",
            {d["qarg"]: v, "limit": 50},
            {"normalized_query": base.lower(), "items": [], "total": 0},
        )
        if i == 0:
            c.llm("No hits for %s. I'll try the spelling differently." % base)


def loop_three_tool_rotation(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 1))
    a = c.record(rid)
    b = {"id": rid, "linked": d["ids"](rng), "note": "no change since import"}
    cc = {"id": rid, "available": 0, "reason": "none matching"}
    for _ in range(3):
        c.tool("get", {"id": rid}, a)
        c.tool("alt", {"id": rid}, b)
        c.tool("third", {"id": rid}, cc)


def loop_handoff_bounce(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 1))
    qa = d["queues"][0]
    for i in range(3):
        c.tool(
            "handoff",
            {"id": rid, "queue": qa, "note": d["problem"]},
            {"id": rid, "queue": qa, "result": "routed"},
        )
        c.tool(
            "inbox",
            {"status": "open"},
            {"items": [{"id": rid, "returned_from": qa, "reason": "missing %s" % d["missing"]}]},
        )
        if i == 0 and rng.random() < 0.7:
            c.llm("%s came back from %s. Routing it to %s." % (rid, qa, qa))


# --------------------------------------------------------------------------- progress kinds


def prog_status_updates_new_facts(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 2))
    facts = uniq_facts(d, rng, rng.randint(3, 4))
    for i, f in enumerate(facts):
        c.llm(
            "I'll fetch %s %s and read the %s field before changing anything. %s"
            % (d["ent"], rid, d["field"], f)
        )
        c.tool(
            "get",
            {"id": rid, "section": d["checks"][i]},
            {"record": c.record(rid), "section": d["checks"][i], "note": f},
        )


def prog_summaries_of_distinct_records(c):
    d, rng = c.d, c.rng
    c.start()
    hits = c.search_hits(4)
    c.tool("search", {d["qarg"]: d["queries"][0], "limit": 10}, {"items": hits, "total": 4})
    facts = uniq_facts(d, rng, 4)
    for h, f in list(zip(hits, facts, strict=False))[: rng.randint(3, 4)]:
        c.llm("Checking the %s value recorded for %s." % (d["field"], h["id"]))
        c.tool("get", {"id": h["id"], "fields": [d["field"], "state"]}, h | {"note": f})


def prog_alternating_cross_reference(c):
    d, rng = c.d, c.rng
    c.start()
    ids = [d["ids"](rng) for _ in range(3)]
    for i, rid in enumerate(ids[: rng.randint(2, 3)]):
        c.tool("get", {"id": rid}, c.record(rid, value=d["values"][i % 3]))
        c.tool("alt", {"id": rid}, {"id": rid, "linked": d["ids"](rng), "note": d["facts"][i]})
    c.llm(
        "Cross-checked each %s against the second source; only %s disagrees, so that's the one to fix."
        % (d["ent"], ids[0])
    )


def prog_retry_with_corrected_args(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(1, 2))
    c.tool(
        "update",
        {"id": rid, d["field"]: d["values"][1]},
        error=True,
        code="409",
        msg="%s is locked by another session" % rid,
    )
    c.tool("get", {"id": rid}, c.record(rid) | {"lock_token": "lk_" + (tok := an(rng, 8))})
    c.llm("The record carries a lock token. Passing it with the update.")
    c.tool(
        "update",
        {"id": rid, d["field"]: d["values"][1], "if_match": "v3"},
        error=True,
        code="422",
        msg="lock_token required",
    )
    c.tool(
        "update",
        {"id": rid, d["field"]: d["values"][1], "lock_token": "lk_" + tok},
        {"id": rid, d["field"]: d["values"][1], "result": "updated"},
    )
    c.llm("Updated %s to %s=%s." % (rid, d["field"], d["values"][1]))


def prog_polling_until_state_changes(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 2))
    job = "job_" + an(rng, 8)
    c.llm("Started the job %s for %s. I'll poll until it finishes." % (job, rid))
    pct = 0
    for i, st in enumerate(d["states"]):
        pct = min(100, pct + rng.randint(20, 40)) if i < 3 else 100
        c.tool("status", {"job_id": job}, {"job_id": job, "state": st, "percent": pct})
        if i == 1:
            c.llm("Now at %s. Checking the job status." % st)
    c.llm("The job finished with state %s." % d["states"][-1])


def prog_checklist_walkthrough(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 1))
    checks = d["checks"][: rng.randint(3, 5)]
    facts = uniq_facts(d, rng, len(checks))
    for ch, f in zip(checks, facts, strict=True):
        c.llm("Before I change %s I want to be sure about the %s. %s" % (rid, ch, f))


def prog_batch_over_distinct_records(c):
    d, rng = c.d, c.rng
    c.start()
    ids = [d["ids"](rng) for _ in range(rng.randint(3, 5))]
    for rid in ids:
        c.tool(
            "alt",
            {"id": rid, "include": ["history"]},
            {
                "record": c.record(rid),
                "history": [
                    {
                        "at": "2026-09-%02d" % rng.randint(1, 28),
                        "by": rng.choice(["import", "staff", "sync"]),
                        "change": "created",
                    }
                ],
            },
        )


def prog_cursor_pagination(c):
    d, rng = c.d, c.rng
    c.start()
    q = rng.choice(d["queries"])
    cur = None
    pages = rng.randint(3, 4)
    for i in range(pages):
        nxt = an(rng, 12) if i < pages - 1 else None
        args = {d["qarg"]: q, "limit": 3}
        if cur:
            args["cursor"] = cur
        c.tool(
            "search",
            args,
            {
                "items": c.search_hits(3 if nxt else 2),
                "next_cursor": nxt,
                "total": 3 * (pages - 1) + 2,
            },
        )
        if i == 0:
            c.llm(
                "%d results in total. Taking the next page with the cursor." % (3 * (pages - 1) + 2)
            )
        cur = nxt
    c.llm("All pages read; none of them match the %s in the request beyond the first." % d["ent"])


def prog_write_then_verify_sticks(c):
    d, rng = c.d, c.rng
    c.start()
    ids = [d["ids"](rng) for _ in range(rng.randint(2, 3))]
    new = d["values"][2]
    for rid in ids:
        c.tool(
            "update",
            {"id": rid, d["field"]: new},
            {"id": rid, d["field"]: new, "result": "accepted"},
        )
        c.tool("get", {"id": rid}, c.record(rid, value=new) | {"updated_by": "agent"})
    c.llm("All %d records now show %s=%s." % (len(ids), d["field"], new))


def prog_clarification_answered_acted_on(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 2))
    c.llm(
        "Just to confirm before I go ahead: should %s on %s be %s or %s?"
        % (d["field"], rid, d["values"][1], d["values"][2]),
        "%s please." % d["values"][1],
    )
    c.tool(
        "update",
        {"id": rid, d["field"]: d["values"][1]},
        {"id": rid, d["field"]: d["values"][1], "result": "updated"},
    )
    c.llm("Set to %s. Should I also notify the contact on file?" % d["values"][1], "Yes, send it.")
    c.tool(
        "handoff",
        {
            "id": rid,
            "queue": d["queues"][0],
            "note": "notify contact: %s set to %s" % (d["field"], d["values"][1]),
        },
        {"id": rid, "queue": d["queues"][0], "result": "routed"},
    )


def prog_query_refinement_hits(c):
    d, rng = c.d, c.rng
    c.start()
    qs = d["queries"][:]
    rng.shuffle(qs)
    for i, q in enumerate(qs[: rng.randint(3, 4)]):
        n = 0 if i == 0 else rng.randint(1, 3)
        c.tool(
            "search",
            {d["qarg"]: q, "limit": 50},
            {"normalized_query": q.lower(), "items": c.search_hits(n), "total": n},
        )
        if i == 0:
            c.llm("No hits for %s. I'll try the neighbouring names from the request." % q)
    c.llm("Found the candidates across the later searches; picking the one updated most recently.")


def prog_three_source_pipeline(c):
    d, rng = c.d, c.rng
    c.start()
    ids = [d["ids"](rng) for _ in range(rng.randint(2, 3))]
    for i, rid in enumerate(ids):
        linked = d["ids"](rng)
        c.tool("get", {"id": rid}, c.record(rid))
        c.tool("alt", {"id": rid}, {"id": rid, "linked": linked, "note": d["facts"][i]})
        c.tool(
            "third",
            {"id": linked},
            {"id": linked, "available": rng.randint(1, 6), "reason": "matched"},
        )


def prog_handoff_accepted_after_fix(c):
    d, rng = c.d, c.rng
    c.start()
    rid = c.warmup(rng.randint(0, 1))
    qa = d["queues"][0]
    c.tool(
        "handoff",
        {"id": rid, "queue": qa, "note": d["problem"]},
        {"id": rid, "queue": qa, "result": "routed"},
    )
    c.tool(
        "inbox",
        {"status": "open"},
        {"items": [{"id": rid, "returned_from": qa, "reason": "missing %s" % d["missing"]}]},
    )
    c.llm("%s came back from %s for a missing %s. Adding it first." % (rid, qa, d["missing"]))
    c.tool(
        "update",
        {"id": rid, d["missing"]: an(rng, 6).upper()},
        {"id": rid, d["missing"]: "set", "result": "updated"},
    )
    c.tool(
        "handoff",
        {"id": rid, "queue": qa, "note": d["problem"]},
        {"id": rid, "queue": qa, "result": "routed"},
    )
    c.tool("inbox", {"status": "open"}, {"items": []})
    c.llm("%s is with %s now and nothing is back in my queue." % (rid, qa))


BUILDERS = {name: globals()["loop_" + name] for name in LOOP_KINDS} | {
    name: globals()["prog_" + name] for name in PROGRESS_KINDS
}


def build():
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind in kinds:
            for n, d in enumerate(DOMAINS, start=1):
                rid = "seventythird-%s-%s-%03d" % (label, kind, n)
                rng = random.Random("%d:%s" % (SEED, rid))
                c = Ctx(d, rng)
                BUILDERS[kind](c)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": c.steps,
                    }
                )
    return rows


def main():
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for row in build():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
