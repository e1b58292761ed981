"""Blind trajectory set 84 (eightyfourth): 208 rows, 13 loop and 13 progress kinds, 8 domains."""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 8484
PREFIX = "eightyfourth"


# ---------------------------------------------------------------- noise helpers


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _ts(rng: random.Random, base_min: int) -> str:
    m = base_min + rng.randint(0, 2)
    return "2026-11-%02dT%02d:%02d:%02dZ" % (
        rng.randint(3, 27),
        (8 + m // 60) % 24,
        m % 60,
        rng.randint(0, 59),
    )


# ---------------------------------------------------------------- domain formats


def fmt_http(fields: dict, rng: random.Random, error: bool = False) -> str:
    code = "422 Unprocessable Entity" if error else "200 OK"
    body = json.dumps(fields, separators=(",", ":"))
    return (
        "HTTP/1.1 %s\nDate: %s\nX-Request-Id: %s\nX-RateLimit-Remaining: %d\n"
        "Server: permits-edge-%02d\nContent-Type: application/json\n\n%s"
        % (code, _ts(rng, 0), _hex(rng, 16), rng.randint(40, 600), rng.randint(1, 12), body)
    )


def fmt_envelope(fields: dict, rng: random.Random, error: bool = False) -> str:
    env: dict = {"ok": not error}
    if error:
        env["error"] = fields
    else:
        env["data"] = fields
    env["meta"] = {
        "req_id": "req_" + _hex(rng, 10),
        "took_ms": rng.randint(9, 240),
        "node": "brz-api-%d" % rng.randint(1, 6),
    }
    return json.dumps(env)


def fmt_kv(fields: dict, rng: random.Random, error: bool = False) -> str:
    lines = ["status=%s" % ("error" if error else "ok")]
    for k, v in fields.items():
        if isinstance(v, list):
            v = ",".join(str(x) for x in v) or "-"
        lines.append("%s=%s" % (k, v))
    lines.append("trace=%s" % _hex(rng, 12))
    lines.append("elapsed=%.2fs" % rng.uniform(0.05, 2.4))
    return "\n".join(lines)


def fmt_graphql(fields: dict, rng: random.Random, error: bool = False) -> str:
    out: dict = {}
    if error:
        out["data"] = None
        out["errors"] = [{"message": fields.get("message", "failed"), "extensions": fields}]
    else:
        out["data"] = fields
    out["extensions"] = {
        "cost": {"requested": rng.randint(3, 40), "remaining": rng.randint(400, 5000)},
        "traceId": _hex(rng, 20),
    }
    return json.dumps(out)


def fmt_xml(fields: dict, rng: random.Random, error: bool = False) -> str:
    parts = ['<response status="%s" id="%s">' % ("fault" if error else "ok", _hex(rng, 8))]
    for k, v in fields.items():
        if isinstance(v, list):
            inner = "".join("<item>%s</item>" % x for x in v)
            parts.append("  <%s>%s</%s>" % (k, inner, k))
        else:
            parts.append("  <%s>%s</%s>" % (k, v, k))
    parts.append("  <served-at>%s</served-at>" % _ts(rng, 30))
    parts.append("</response>")
    return "\n".join(parts)


def fmt_yaml(fields: dict, rng: random.Random, error: bool = False) -> str:
    lines = ["code: %s" % ("FAILED_PRECONDITION" if error else "OK")]
    lines.append("payload:")
    for k, v in fields.items():
        if isinstance(v, list):
            lines.append("  %s:" % k)
            lines.extend("    - %s" % x for x in v)
            if not v:
                lines[-1] = "  %s: []" % k
        else:
            lines.append("  %s: %s" % (k, v))
    lines.append("grpc_peer: spore-rpc-%d.internal:8443" % rng.randint(1, 9))
    lines.append("latency_ms: %d" % rng.randint(4, 380))
    return "\n".join(lines)


def fmt_csv(fields: dict, rng: random.Random, error: bool = False) -> str:
    keys = list(fields)
    vals = []
    for k in keys:
        v = fields[k]
        vals.append(";".join(str(x) for x in v) if isinstance(v, list) else str(v))
    head = "# job=%s host=press-ctl-%d at=%s" % (_hex(rng, 6), rng.randint(1, 4), _ts(rng, 10))
    if error:
        head += " rc=1"
    return "%s\n%s\n%s" % (head, ",".join(keys), ",".join(vals))


def fmt_log(fields: dict, rng: random.Random, error: bool = False) -> str:
    lvl = "ERROR" if error else "INFO"
    kv = " ".join(
        "%s=%s" % (k, ",".join(str(x) for x in v) if isinstance(v, list) else v)
        for k, v in fields.items()
    )
    return "%s %s oastd[%d] seq=%d %s" % (
        _ts(rng, 50),
        lvl,
        rng.randint(1000, 9999),
        rng.randint(10000, 99999),
        kv,
    )


# ---------------------------------------------------------------- domain tool styles


def tool_rest(verb: str, noun: str) -> str:
    m = {"get": "GET", "list": "GET", "search": "GET", "status": "GET"}.get(verb, "POST")
    suffix = {"list": "", "search": "/search", "status": "/{id}/status", "get": "/{id}"}.get(
        verb, "/{id}/" + verb
    )
    return "%s /v2/%ss%s" % (m, noun, suffix)


def tool_dotted(verb: str, noun: str) -> str:
    return "%ss.%s" % (noun, verb)


def tool_cli(verb: str, noun: str) -> str:
    return "groyne-cli %s %s" % (noun, verb)


def tool_graphql(verb: str, noun: str) -> str:
    kind = "query" if verb in ("get", "list", "search", "status") else "mutation"
    return "%s:%s%s" % (kind, verb, noun.capitalize())


def tool_snake(verb: str, noun: str) -> str:
    return "%s_%s" % (verb, noun)


def tool_rpc(verb: str, noun: str) -> str:
    return "SamplerService/%s%s" % (verb.capitalize(), noun.capitalize())


def tool_kebab(verb: str, noun: str) -> str:
    return "%s-%s" % (noun, verb)


def tool_colon(verb: str, noun: str) -> str:
    return "oast:%s:%s" % (noun, verb)


# ---------------------------------------------------------------- domains

DOMAINS: list[dict] = [
    {
        "name": "antenna_tower_climb_permits",
        "tool": tool_rest,
        "fmt": fmt_http,
        "noun": "permit",
        "id": "PRM-%05d",
        "idarg": "permit_id",
        "request": "Get the climb permits for the Ridgeback mast crews sorted before Friday's work window.",
        "attrs": [
            ("site", ["RB-114", "RB-207", "HX-031", "LN-552", "RB-090", "HX-118"]),
            ("crew", ["Okafor", "Lindqvist", "Mbeki", "Tanaka", "Ruiz", "Hale"]),
            ("state", ["draft", "pending_rf_survey", "approved", "awaiting_insurance"]),
        ],
        "job": "rf exposure survey",
        "stages": ["queued", "modelling", "field_check", "signoff", "complete"],
        "topic": "permits for sector 4 rooftop climbs",
        "filters": [("sector", "4"), ("structure", "rooftop"), ("window", "2026-W48")],
        "fields": [
            (
                "rf_shutdown_ref",
                "",
                "RFS-88120",
                "rf_shutdown_ref is required for climbs above 30 m",
            ),
            ("rescue_plan_id", "RP-1", "RP-20931", "rescue_plan_id RP-1 not found"),
            ("climber_cert_expiry", "2026-10-01", "2027-04-30", "climber certificate expired"),
        ],
        "qa": [
            ("Which site should this permit be raised for?", "RB-207, the north mast."),
            ("Which crew lead signs the rescue plan?", "Lindqvist signs it."),
            ("Is the carrier's RF shutdown already booked?", "Yes, ref RFS-88120."),
        ],
    },
    {
        "name": "bicycle_frame_brazing_orders",
        "tool": tool_dotted,
        "fmt": fmt_envelope,
        "noun": "order",
        "id": "BFO-%04d",
        "idarg": "order_id",
        "request": "Customer orders for the steel gravel frames need checking before the brazing shift starts.",
        "attrs": [
            ("tubeset", ["Columbus Zona", "Reynolds 853", "Kaisei 8630", "True Temper S3"]),
            ("size_cm", [52, 54, 56, 58, 60]),
            ("stage", ["mitred", "tacked", "brazed", "alignment", "paint_queue"]),
        ],
        "job": "frame alignment scan",
        "stages": ["queued", "fixturing", "measuring", "report", "done"],
        "topic": "gravel frames with flat mount brakes",
        "filters": [("model", "gravel"), ("brake_mount", "flat"), ("tubeset", "Kaisei 8630")],
        "fields": [
            ("head_angle_deg", "7.15", "71.5", "head_angle_deg out of range (65-75)"),
            ("bb_drop_mm", "", "72", "bb_drop_mm is required"),
            (
                "dropout_spacing",
                "135qr",
                "142x12",
                "dropout_spacing 135qr not valid for thru-axle fork",
            ),
        ],
        "qa": [
            ("Which tubeset should the quote use?", "Kaisei 8630 for this one."),
            ("Flat mount or post mount on the rear?", "Flat mount, 140 rotor."),
            (
                "Should I hold the frame for paint or ship raw?",
                "Hold it for paint, colour RAL 6005.",
            ),
        ],
    },
    {
        "name": "coastal_erosion_groyne_surveys",
        "tool": tool_cli,
        "fmt": fmt_kv,
        "noun": "survey",
        "id": "GS-%03d",
        "idarg": "survey",
        "request": "Compile the groyne condition surveys for the east bay frontage before the council meeting.",
        "attrs": [
            ("groyne", ["G12", "G13", "G14", "G17", "G21", "G22"]),
            ("timber_loss_pct", [4, 9, 15, 22, 31]),
            ("beach_level_delta_m", ["-0.12", "-0.30", "+0.05", "-0.44"]),
        ],
        "job": "beach profile reprocess",
        "stages": ["pending", "gridding", "differencing", "qc", "finished"],
        "topic": "groynes with timber loss over 20 percent",
        "filters": [("frontage", "east_bay"), ("min_loss", "20"), ("since", "2025-09")],
        "fields": [
            ("datum", "LAT", "ODN", "datum LAT not accepted; council profiles use ODN"),
            ("surveyor_id", "", "SV-044", "surveyor_id missing"),
            ("profile_count", "0", "18", "profile_count must be >= 1"),
        ],
        "qa": [
            ("Which frontage do you want, east bay or harbour arm?", "East bay only."),
            ("Should profiles be against ODN or chart datum?", "ODN, please."),
            ("Include the 2024 baseline in the comparison?", "Yes, compare to the 2024 baseline."),
        ],
    },
    {
        "name": "darts_league_fixtures",
        "tool": tool_graphql,
        "fmt": fmt_graphql,
        "noun": "fixture",
        "id": "FX%04d",
        "idarg": "fixtureId",
        "request": "Sort out the county darts league fixtures for next month; some venues double-booked.",
        "attrs": [
            ("home", ["Red Lion A", "Crown B", "Kings Arms", "Railway Tavern", "Plough C"]),
            ("away", ["Swan", "George Inn", "Oak Tree", "Bell B", "White Hart"]),
            ("board_status", ["confirmed", "clash", "tbc", "moved"]),
        ],
        "job": "fixture clash solver",
        "stages": ["queued", "loading_venues", "solving", "publishing", "complete"],
        "topic": "Tuesday fixtures at venues with one board",
        "filters": [("weekday", "TUE"), ("boards", "1"), ("division", "2")],
        "fields": [
            ("venue_id", "V-0", "V-118", "venue_id V-0 does not exist"),
            ("start_time", "25:30", "19:45", "start_time invalid"),
            ("captain_phone", "", "07700 900412", "captain_phone required for home team"),
        ],
        "qa": [
            ("Which division's fixtures should I rearrange?", "Division 2."),
            ("Can clashes move to Wednesday?", "Wednesday is fine, not Thursday."),
            ("Notify the captains by SMS or email?", "SMS."),
        ],
    },
    {
        "name": "estate_sale_inventory_appraisal",
        "tool": tool_snake,
        "fmt": fmt_xml,
        "noun": "lot",
        "id": "L-%03d",
        "idarg": "lot_id",
        "request": "Appraise the inventory from the Hargreaves house clearance before the sale catalogue goes out.",
        "attrs": [
            (
                "item",
                ["Georgian bureau", "Doulton vase", "carriage clock", "oak settle", "silver cruet"],
            ),
            ("estimate_gbp", ["120-180", "300-500", "60-90", "900-1400", "40-60"]),
            ("condition", ["good", "restored", "chips to rim", "worm, treated"]),
        ],
        "job": "comparables pricing",
        "stages": ["queued", "matching", "pricing", "review", "done"],
        "topic": "silver items with hallmarks",
        "filters": [("material", "silver"), ("hallmarked", "true"), ("assay", "Sheffield")],
        "fields": [
            (
                "provenance",
                "",
                "Hargreaves family, by descent",
                "provenance required for lots over 500 GBP",
            ),
            ("reserve_gbp", "5000", "850", "reserve above high estimate"),
            ("photo_count", "0", "6", "at least one photo required"),
        ],
        "qa": [
            ("Should the Doulton pieces be grouped into one lot?", "No, separate lots."),
            ("What reserve policy: percent of low estimate or fixed?", "70 percent of low."),
            ("Do you want condition photos in the catalogue?", "Yes, two per lot."),
        ],
    },
    {
        "name": "fungal_spore_air_sampling",
        "tool": tool_rpc,
        "fmt": fmt_yaml,
        "noun": "sample",
        "id": "SP-%05d",
        "idarg": "sample_id",
        "request": "The ward 6 air samples need reading and the high-count rooms flagged to infection control.",
        "attrs": [
            ("room", ["6A-02", "6A-05", "6B-01", "6B-07", "6C-03"]),
            ("cfu_m3", [3, 11, 28, 64, 140]),
            ("genus", ["Aspergillus", "Penicillium", "Cladosporium", "Alternaria"]),
        ],
        "job": "plate count read",
        "stages": ["incubating", "imaging", "counting", "verifying", "reported"],
        "topic": "Aspergillus above 25 cfu per cubic metre",
        "filters": [("ward", "6"), ("genus", "Aspergillus"), ("min_cfu", "25")],
        "fields": [
            ("media", "TSA", "SDA", "media TSA not valid for fungal plates"),
            ("volume_l", "0", "500", "volume_l must be positive"),
            ("collected_by", "", "NJ-41", "collected_by required"),
        ],
        "qa": [
            (
                "Which threshold should flag a room: 25 or 50 cfu?",
                "25 for ward 6, it's haematology.",
            ),
            ("Include the corridor controls?", "Yes, include corridor controls."),
            ("Send flags to the IPC inbox or page on-call?", "IPC inbox."),
        ],
    },
    {
        "name": "greeting_card_print_runs",
        "tool": tool_kebab,
        "fmt": fmt_csv,
        "noun": "run",
        "id": "PR%05d",
        "idarg": "run",
        "request": "Get the Christmas card print runs scheduled on the presses so retailers get stock by the 1st.",
        "attrs": [
            (
                "design",
                ["Robin Foil", "Snowy Village", "Kraft Star", "Nordic Deer", "Glitter Tree"],
            ),
            ("qty", [2500, 5000, 7500, 12000]),
            ("press", ["HD-XL75", "KBA-105", "Indigo-12K"]),
        ],
        "job": "imposition render",
        "stages": ["queued", "ripping", "imposing", "proofing", "ready"],
        "topic": "foil designs for the garden centre chain",
        "filters": [("finish", "foil"), ("account", "GC-CHAIN"), ("ship_by", "2026-12-01")],
        "fields": [
            ("bleed_mm", "0", "3", "bleed_mm below press minimum"),
            ("paper_stock", "", "350gsm silk", "paper_stock required"),
            ("foil_colour", "gold-ish", "Gold 220", "foil_colour not in swatch list"),
        ],
        "qa": [
            ("Which press should the foil runs go on?", "KBA-105."),
            ("Envelopes included or card only?", "Card with kraft envelopes."),
            ("Do the proofs go to the retailer first?", "Yes, proof to retailer."),
        ],
    },
    {
        "name": "hop_oast_drying_batches",
        "tool": tool_colon,
        "fmt": fmt_log,
        "noun": "batch",
        "id": "B%03d",
        "idarg": "batch",
        "request": "Keep an eye on the oast drying batches from this week's Fuggle and Goldings picking.",
        "attrs": [
            ("variety", ["Fuggle", "EKG", "Bramling", "Challenger", "Target"]),
            ("moisture_pct", ["78.0", "41.2", "18.5", "9.8", "8.6"]),
            ("floor", ["upper", "lower", "north"]),
        ],
        "job": "moisture curve fit",
        "stages": ["waiting", "sampling", "fitting", "checking", "done"],
        "topic": "Fuggle batches still above 10 percent moisture",
        "filters": [("variety", "Fuggle"), ("min_moisture", "10"), ("floor", "upper")],
        "fields": [
            ("target_moisture", "0", "9.5", "target_moisture out of range"),
            ("burner_profile", "", "slow-ramp-2", "burner_profile required"),
            ("pocket_weight_kg", "500", "76", "pocket_weight_kg exceeds press limit"),
        ],
        "qa": [
            ("Which floor should the new Goldings go on?", "Lower floor."),
            ("What target moisture for EKG?", "9 percent."),
            ("Press into pockets or bales?", "Pockets."),
        ],
    },
]


# ---------------------------------------------------------------- step helpers


def llm(text: str, observation: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": observation}


def tool(
    d: dict, verb: str, args: dict, fields: dict, rng: random.Random, error: bool = False
) -> dict:
    return {
        "kind": "tool",
        "tool": d["tool"](verb, d["noun"]),
        "args": args,
        "observation": d["fmt"](fields, rng, error),
        "error": error,
    }


def record(d: dict, rng: random.Random, i: int) -> dict:
    out = {"id": d["id"] % (1000 + 37 * i + rng.randint(0, 30))}
    for j, (k, vals) in enumerate(d["attrs"]):
        out[k] = vals[(i + j * 2) % len(vals)]
    return out


def pick(rng: random.Random, options: list[str]) -> str:
    return rng.choice(options)


# ---------------------------------------------------------------- loop kinds


def loop_exact_repeat(d, rng, n):
    rec = record(d, rng, 1)
    text = "Fetching %s %s to confirm its %s before I continue." % (
        d["noun"],
        rec["id"],
        d["attrs"][2][0],
    )
    steps = [llm("Starting on this.", d["request"])]
    while len(steps) < n:
        steps.append(llm(text))
        if len(steps) < n:
            steps.append(tool(d, "get", {d["idarg"]: rec["id"]}, rec, rng))
    return steps


def loop_paraphrased_repeat(d, rng, n):
    rec = record(d, rng, 2)
    k = d["attrs"][2][0]
    forms = [
        "I'll pull up %s %s and check its %s." % (d["noun"], rec["id"], k),
        "Next I need to look at the %s of %s %s." % (k, d["noun"], rec["id"]),
        "Let me check what %s %s currently shows for %s." % (d["noun"], rec["id"], k),
        "I should verify the %s field on %s before anything else." % (k, rec["id"]),
        "First, a look at %s %s to see its %s." % (d["noun"], rec["id"], k),
        "Let me see where %s stands on %s." % (rec["id"], k),
        "Going to review %s for %s %s now." % (k, d["noun"], rec["id"]),
    ]
    rng.shuffle(forms)
    steps = [llm(forms[0], d["request"])]
    i = 1
    while len(steps) < n:
        steps.append(llm(forms[i % len(forms)]))
        i += 1
    return steps


def loop_ab_oscillation(d, rng, n):
    rec = record(d, rng, 3)
    k = d["attrs"][2][0]
    vals = d["attrs"][2][1]
    a, b = vals[0], vals[1]
    steps = [llm("The %s %s looks wrong; I'll set it." % (d["noun"], rec["id"]), d["request"])]
    flip = True
    while len(steps) < n:
        v = a if flip else b
        other = b if flip else a
        steps.append(
            llm(
                pick(
                    rng,
                    [
                        "%s should really be %s, not %s. Updating." % (k, v, other),
                        "On reflection %s fits %s better than %s." % (v, rec["id"], other),
                        "Changing %s on %s to %s." % (k, rec["id"], v),
                    ],
                )
            )
        )
        if len(steps) < n:
            steps.append(
                tool(
                    d,
                    "update",
                    {d["idarg"]: rec["id"], k: v},
                    {"id": rec["id"], k: v, "updated": "true"},
                    rng,
                )
            )
        flip = not flip
    return steps


def loop_failing_tool_retry(d, rng, n):
    rec = record(d, rng, 4)
    steps = [llm("Submitting %s %s." % (d["noun"], rec["id"]), d["request"])]
    while len(steps) < n:
        steps.append(
            tool(
                d,
                "submit",
                {d["idarg"]: rec["id"]},
                {
                    "message": "upstream timeout",
                    "upstream": "records-db",
                    "after_ms": rng.choice([30000, 30001, 29998]),
                },
                rng,
                error=True,
            )
        )
        if len(steps) < n and rng.random() < 0.5:
            steps.append(
                llm(
                    pick(
                        rng,
                        [
                            "Timed out; sending it through.",
                            "Upstream timed out, resubmitting.",
                            "The records service timed out. Submitting the request.",
                        ],
                    )
                )
            )
    return steps


def loop_same_action_same_observation(d, rng, n):
    rec = record(d, rng, 5)
    steps = [llm("Checking %s." % rec["id"], d["request"])]
    while len(steps) < n:
        steps.append(tool(d, "get", {d["idarg"]: rec["id"]}, rec, rng))
        if len(steps) < n:
            steps.append(
                llm(
                    pick(
                        rng,
                        [
                            "%s still shows %s=%s. Checking whether that has changed."
                            % (rec["id"], d["attrs"][2][0], rec[d["attrs"][2][0]]),
                            "Nothing new on %s yet; reading the record." % rec["id"],
                            "Let me read it to be sure of the current values.",
                            "Still %s. Reading the record to confirm." % rec[d["attrs"][2][0]],
                        ],
                    )
                )
            )
    return steps


def loop_identical_monologue(d, rng, n):
    text = (
        "To handle this I need to work out which %s is blocking the others, then decide what to change."
        % d["noun"]
    )
    steps = [llm(text, d["request"])]
    while len(steps) < n:
        steps.append(llm(text))
    return steps


def loop_identical_tool_calls(d, rng, n):
    recs = [record(d, rng, i) for i in range(3)]
    args = {"limit": 20, "sort": "updated_desc"}
    steps = [llm("Listing the %ss." % d["noun"], d["request"])]
    while len(steps) < n:
        steps.append(
            tool(d, "list", dict(args), {"items": [r["id"] for r in recs], "total": 3}, rng)
        )
    return steps


def loop_pagination_cursor_reset(d, rng, n):
    page1 = [record(d, rng, i)["id"] for i in range(3)]
    page2 = [record(d, rng, i)["id"] for i in range(3, 6)]
    c1, c2 = "c_" + _hex(rng, 8), "c_" + _hex(rng, 8)
    steps = [llm("I'll page through all %ss." % d["noun"], d["request"])]
    steps.append(
        tool(d, "list", {"limit": 3}, {"items": page1, "next_cursor": c1, "total": 14}, rng)
    )
    while len(steps) < n:
        steps.append(
            tool(
                d,
                "list",
                {"limit": 3, "cursor": c1},
                {"items": page2, "next_cursor": c2, "total": 14},
                rng,
            )
        )
        if len(steps) < n and rng.random() < 0.6:
            steps.append(
                llm(
                    pick(
                        rng,
                        [
                            "Got the next page, fetching the following one.",
                            "Moving on to the next page.",
                            "More results remain; continuing with the cursor.",
                        ],
                    )
                )
            )
    return steps


def loop_stalled_job_polling(d, rng, n):
    job = "J-" + _hex(rng, 6)
    stage = d["stages"][2]
    steps = [llm("Kicking off the %s." % d["job"], d["request"])]
    steps.append(tool(d, "run", {"job": d["job"]}, {"job_id": job, "state": d["stages"][0]}, rng))
    while len(steps) < n:
        steps.append(
            tool(
                d,
                "status",
                {"job_id": job},
                {
                    "job_id": job,
                    "state": stage,
                    "pct": 40,
                    "last_change": "2026-11-20T08:14:02Z",
                    "eta_s": rng.randint(30, 90),
                },
                rng,
            )
        )
        if len(steps) < n and rng.random() < 0.5:
            steps.append(
                llm(
                    pick(
                        rng,
                        [
                            "Still at 40%, waiting a bit before the next check.",
                            "The %s is running; checking status shortly." % d["job"],
                            "Not done yet. Polling the job.",
                        ],
                    )
                )
            )
    return steps


def loop_plan_rewrite_no_action(d, rng, n):
    a = d["attrs"]
    plans = [
        "Plan: 1) list open %ss 2) check %s on each 3) update the ones that need it 4) report."
        % (d["noun"], a[2][0]),
        "Here's how I'll approach it: first list the open %ss, then go through %s one by one, fix what needs fixing, and summarise."
        % (d["noun"], a[2][0]),
        "Revised plan: (a) gather the open %ss, (b) review each %s, (c) apply updates, (d) write the summary."
        % (d["noun"], a[2][0]),
        "Let me lay out the steps: list %ss; inspect %s; update; report back."
        % (d["noun"], a[2][0]),
        "Approach: enumerate open %ss -> check %s -> patch -> summary for the user."
        % (d["noun"], a[2][0]),
        "Steps I'll take: 1. find open %ss. 2. look at %s. 3. make changes. 4. summarise."
        % (d["noun"], a[2][0]),
    ]
    steps = [llm(plans[0], d["request"])]
    i = 1
    while len(steps) < n:
        steps.append(
            llm(
                plans[i % len(plans)]
                if i % len(plans)
                else plans[1] + " Before starting, let me restate the plan."
            )
        )
        i += 1
    return steps


def loop_repeated_clarification(d, rng, n):
    q, ans = d["qa"][0]
    alts = [
        q,
        "Just to confirm, " + q[0].lower() + q[1:],
        "Before I start: " + q[0].lower() + q[1:],
        "Could you tell me " + q[0].lower() + q[1:],
    ]
    replies = [
        ans,
        "As I said, " + ans[0].lower() + ans[1:],
        ans + " (see above)",
        "I answered that: " + ans,
    ]
    steps = [llm(alts[0], d["request"])]
    i = 0
    while len(steps) < n:
        steps.append(llm(alts[(i + 1) % len(alts)], replies[i % len(replies)]))
        i += 1
    return steps


def loop_validation_resubmit_unchanged(d, rng, n):
    rec = record(d, rng, 6)
    f, bad, _good, msg = d["fields"][0]
    payload = {d["idarg"]: rec["id"], f: bad, d["attrs"][0][0]: rec[d["attrs"][0][0]]}
    steps = [llm("Submitting the form for %s." % rec["id"], d["request"])]
    while len(steps) < n:
        steps.append(
            tool(d, "submit", dict(payload), {"message": msg, "field": f}, rng, error=True)
        )
        if len(steps) < n:
            steps.append(
                llm(
                    pick(
                        rng,
                        [
                            "I've corrected %s; submitting." % f,
                            "Fixed the %s value, sending it through." % f,
                            "That should be resolved now, resubmitting the form.",
                            "Adjusted the payload; submitting.",
                        ],
                    )
                )
            )
    return steps


def loop_search_query_churn(d, rng, n):
    words = d["topic"].split()
    hits = [record(d, rng, 7)["id"], record(d, rng, 8)["id"]]
    steps = [llm("Searching for %s." % d["topic"], d["request"])]
    i = 0
    while len(steps) < n:
        pre = ["", "all ", "find ", "list of ", "current ", "show "][i % 6]
        post = ["", " latest", "", " now", " open", ""][i % 6]
        q = pre + " ".join(words) + post
        steps.append(tool(d, "search", {"q": q}, {"query": q, "hits": hits, "count": 2}, rng))
        if len(steps) < n:
            steps.append(
                llm(
                    pick(
                        rng,
                        [
                            "Only two hits; a different phrasing may find more.",
                            "Let me word the query differently.",
                            "Not what I need. Trying another wording.",
                        ],
                    )
                )
            )
        i += 1
    return steps


# ---------------------------------------------------------------- progress kinds


def prog_batch_same_template(d, rng, n):
    steps = [llm("Starting on this.", d["request"])]
    i = 0
    while len(steps) < n:
        rec = record(d, rng, 10 + i)
        steps.append(
            llm(
                "Fetching %s %s to confirm its %s before I continue."
                % (d["noun"], rec["id"], d["attrs"][2][0])
            )
        )
        if len(steps) < n:
            steps.append(tool(d, "get", {d["idarg"]: rec["id"]}, rec, rng))
        i += 1
    return steps


def prog_related_doc_summaries(d, rng, n):
    steps = [llm("I'll read each %s and summarise it." % d["noun"], d["request"])]
    i = 0
    while len(steps) < n:
        rec = record(d, rng, 20 + i)
        steps.append(tool(d, "get", {d["idarg"]: rec["id"]}, rec, rng))
        if len(steps) < n:
            a = d["attrs"]
            steps.append(
                llm(
                    "Summary of %s: %s %s, %s %s, %s %s."
                    % (
                        rec["id"],
                        a[0][0],
                        rec[a[0][0]],
                        a[1][0],
                        rec[a[1][0]],
                        a[2][0],
                        rec[a[2][0]],
                    )
                )
            )
        i += 1
    return steps


def prog_change_and_check(d, rng, n):
    rec = record(d, rng, 3)
    issues = (n - 1) // 2 + rng.randint(0, 1)
    steps = [
        llm(
            "%s %s has validation issues; I'll fix them one at a time and re-check."
            % (d["noun"], rec["id"]),
            d["request"],
        )
    ]
    fixes = [f for f, _b, _g, _m in d["fields"]] + [a for a, _v in d["attrs"]]
    i = 0
    while len(steps) < n:
        f = fixes[i % len(fixes)]
        steps.append(
            tool(
                d,
                "update",
                {d["idarg"]: rec["id"], "field": f},
                {"id": rec["id"], "changed": f, "updated": "true"},
                rng,
            )
        )
        if len(steps) < n:
            issues = max(0, issues - 1)
            steps.append(
                tool(
                    d,
                    "validate",
                    {d["idarg"]: rec["id"]},
                    {"id": rec["id"], "open_issues": issues, "fixed": f},
                    rng,
                )
            )
        i += 1
    return steps


def prog_corrected_arg_retry(d, rng, n):
    rec = record(d, rng, 4)
    steps = [llm("Submitting %s %s." % (d["noun"], rec["id"]), d["request"])]
    wrong = rec["id"].lower().replace("-", "")
    steps.append(
        tool(
            d, "submit", {d["idarg"]: wrong}, {"message": "unknown id %s" % wrong}, rng, error=True
        )
    )
    steps.append(
        llm("The id must keep its original casing and prefix: %s, not %s." % (rec["id"], wrong))
    )
    steps.append(
        tool(
            d,
            "submit",
            {d["idarg"]: rec["id"]},
            {"id": rec["id"], "accepted": "true", "ref": "ACK-" + _hex(rng, 5)},
            rng,
        )
    )
    i = 0
    while len(steps) < n:
        r = record(d, rng, 30 + i)
        steps.append(
            tool(
                d,
                "submit",
                {d["idarg"]: r["id"]},
                {"id": r["id"], "accepted": "true", "ref": "ACK-" + _hex(rng, 5)},
                rng,
            )
        )
        i += 1
    return steps


def prog_draining_recheck(d, rng, n):
    polls = n - 1
    step = rng.randint(6, 18)
    left = step * polls - rng.randint(0, step - 1)
    steps = [llm("Watching the %s backlog while the workers clear it." % d["noun"], d["request"])]
    while len(steps) < n:
        steps.append(
            tool(d, "list", {"state": "pending", "count_only": True}, {"pending": left}, rng)
        )
        left = max(0, left - step - rng.randint(-3, 3))
        if len(steps) < n and rng.random() < 0.5:
            steps.append(llm("Pending count is falling; checking after the next batch clears."))
    return steps


def prog_stepwise_reasoning(d, rng, n):
    a = d["attrs"]
    recs = [record(d, rng, 40 + i) for i in range(8)]
    steps = [
        llm(
            "To handle this I need to work out which %s is blocking the others, then decide what to change."
            % d["noun"],
            d["request"],
        )
    ]
    i = 0
    while len(steps) < n - 1:
        r = recs[i % len(recs)]
        steps.append(
            llm(
                "%s has %s=%s and %s=%s, so it %s."
                % (
                    r["id"],
                    a[1][0],
                    r[a[1][0]],
                    a[2][0],
                    r[a[2][0]],
                    [
                        "is not the blocker",
                        "depends on the next one",
                        "can be cleared first",
                        "needs a manual check",
                    ][i % 4],
                )
            )
        )
        i += 1
    steps.append(
        llm("Conclusion: %s is the blocker; clearing it frees %d others." % (recs[2]["id"], i - 1))
    )
    return steps


def prog_fanout_distinct_calls(d, rng, n):
    steps = [llm("Listing the %ss for each %s." % (d["noun"], d["attrs"][0][0]), d["request"])]
    vals = d["attrs"][0][1]
    i = 0
    while len(steps) < n:
        v = vals[i % len(vals)]
        ids = [record(d, rng, 50 + i * 3 + j)["id"] for j in range(rng.randint(0, 3))]
        steps.append(
            tool(
                d,
                "list",
                {"limit": 20, d["attrs"][0][0]: v, "page": 1 + i // len(vals)},
                {"items": ids, "total": len(ids)},
                rng,
            )
        )
        i += 1
    return steps


def prog_cursor_pagination(d, rng, n):
    steps = [llm("I'll page through all %ss." % d["noun"], d["request"])]
    cursor = None
    i = 0
    total = 3 * (n - 1)
    while len(steps) < n:
        ids = [record(d, rng, 60 + i * 3 + j)["id"] for j in range(3)]
        last = len(steps) == n - 1
        nxt = None if last else "c_" + _hex(rng, 8)
        args: dict = {"limit": 3}
        if cursor:
            args["cursor"] = cursor
        steps.append(
            tool(d, "list", args, {"items": ids, "next_cursor": nxt or "null", "total": total}, rng)
        )
        cursor = nxt
        i += 1
    return steps


def prog_advancing_job_polling(d, rng, n):
    job = "J-" + _hex(rng, 6)
    steps = [llm("Kicking off the %s." % d["job"], d["request"])]
    steps.append(tool(d, "run", {"job": d["job"]}, {"job_id": job, "state": d["stages"][0]}, rng))
    polls = n - 2
    for p in range(polls):
        frac = (p + 1) / polls
        stage = d["stages"][min(len(d["stages"]) - 1, round(frac * (len(d["stages"]) - 1)))]
        pct = 100 if p == polls - 1 else int(frac * 100) - rng.randint(0, 5)
        if p == polls - 1:
            stage = d["stages"][-1]
        steps.append(
            tool(
                d,
                "status",
                {"job_id": job},
                {
                    "job_id": job,
                    "state": stage,
                    "pct": pct,
                    "last_change": _ts(rng, 5 * p),
                    "eta_s": max(0, (polls - p - 1) * 40),
                },
                rng,
            )
        )
    return steps


def prog_plan_then_execute(d, rng, n):
    a = d["attrs"]
    steps = [
        llm(
            "Plan: 1) list open %ss 2) check %s on each 3) update the ones that need it 4) report."
            % (d["noun"], a[2][0]),
            d["request"],
        )
    ]
    recs = [record(d, rng, 70 + i) for i in range(max(1, n - 4))]
    steps.append(
        tool(
            d,
            "list",
            {"state": "open"},
            {"items": [r["id"] for r in recs], "total": len(recs)},
            rng,
        )
    )
    steps.append(
        llm(
            "Plan status: 1) done, %d open (%s). Now 2) checking %s."
            % (len(recs), ", ".join(r["id"] for r in recs), a[2][0])
        )
    )
    i = 0
    while len(steps) < n - 1:
        r = recs[i % len(recs)]
        steps.append(
            tool(
                d,
                "update",
                {d["idarg"]: r["id"], a[2][0]: a[2][1][-1]},
                {"id": r["id"], a[2][0]: a[2][1][-1], "updated": "true"},
                rng,
            )
        )
        i += 1
    steps.append(
        llm(
            "Plan status: 1-3 done, %d updates applied. 4) Report: all open %ss now %s."
            % (i, d["noun"], a[2][1][-1])
        )
    )
    return steps


def prog_clarification_sequence(d, rng, n):
    qa = d["qa"]
    steps = [llm(qa[0][0], d["request"])]
    steps.append(llm(qa[1][0], qa[0][1]))
    steps.append(llm(qa[2][0], qa[1][1]))
    rec = record(d, rng, 80)
    steps.append(llm("Thanks, I have what I need. Proceeding with %s." % rec["id"], qa[2][1]))
    i = 0
    while len(steps) < n:
        r = record(d, rng, 80 + i)
        steps.append(
            tool(
                d,
                "update",
                {d["idarg"]: r["id"], "note": qa[i % 3][1]},
                {"id": r["id"], "updated": "true"},
                rng,
            )
        )
        i += 1
    return steps


def prog_validation_fix_iteration(d, rng, n):
    rec = record(d, rng, 6)
    payload = {d["idarg"]: rec["id"], d["attrs"][0][0]: rec[d["attrs"][0][0]]}
    payload.update({f: bad for f, bad, _g, _m in d["fields"]})
    steps = [llm("Submitting the form for %s." % rec["id"], d["request"])]
    k = 0
    while len(steps) < n - 1 and k < len(d["fields"]):
        f, _bad, good, msg = d["fields"][k]
        steps.append(
            tool(d, "submit", dict(payload), {"message": msg, "field": f}, rng, error=True)
        )
        payload[f] = good
        if len(steps) < n - 1:
            steps.append(llm("Set %s to %s as the error asks; submitting." % (f, good)))
        k += 1
    payload.update({f: good for f, _bad, good, _m in d["fields"]})
    steps.append(
        tool(
            d,
            "submit",
            dict(payload),
            {"id": rec["id"], "accepted": "true", "ref": "ACK-" + _hex(rng, 5)},
            rng,
        )
    )
    i = 0
    while len(steps) < n:
        steps.append(
            llm(
                "Form for %s accepted after %d corrections; reporting back."
                % (rec["id"], len(d["fields"]))
            )
            if i == 0
            else tool(d, "get", {d["idarg"]: rec["id"]}, {"id": rec["id"], "accepted": "true"}, rng)
        )
        i += 1
    return steps


def prog_search_refinement(d, rng, n):
    steps = [llm("Searching for %s." % d["topic"], d["request"])]
    count = rng.randint(120, 260)
    filters: dict = {}
    i = 0
    while len(steps) < n:
        q = {"q": d["topic"]}
        q.update(filters)
        hits = [record(d, rng, 90 + i * 2 + j)["id"] for j in range(min(3, count))]
        steps.append(
            tool(d, "search", dict(q), {"query": d["topic"], "hits": hits, "count": count}, rng)
        )
        if len(steps) < n:
            fk, fv = d["filters"][i % len(d["filters"])]
            if i >= len(d["filters"]):
                fk, fv = "page", str(i - len(d["filters"]) + 2)
            steps.append(
                llm(
                    "%d results is too broad; adding %s=%s." % (count, fk, fv)
                    if count > 3
                    else "Down to %d; narrowing by %s=%s." % (count, fk, fv)
                )
            )
            filters[fk] = fv
            count = max(1, count // rng.randint(3, 7))
        i += 1
    return steps


LOOP_KINDS = [
    ("exact_repeat", loop_exact_repeat, 5, 12),
    ("paraphrased_repeat", loop_paraphrased_repeat, 4, 9),
    ("ab_oscillation", loop_ab_oscillation, 6, 12),
    ("failing_tool_retry", loop_failing_tool_retry, 4, 10),
    ("same_action_same_observation", loop_same_action_same_observation, 6, 12),
    ("identical_monologue", loop_identical_monologue, 4, 8),
    ("identical_tool_calls", loop_identical_tool_calls, 4, 9),
    ("pagination_cursor_reset", loop_pagination_cursor_reset, 5, 11),
    ("stalled_job_polling", loop_stalled_job_polling, 5, 12),
    ("plan_rewrite_no_action", loop_plan_rewrite_no_action, 4, 8),
    ("repeated_clarification", loop_repeated_clarification, 4, 8),
    ("validation_resubmit_unchanged", loop_validation_resubmit_unchanged, 6, 11),
    ("search_query_churn", loop_search_query_churn, 6, 12),
]

PROGRESS_KINDS = [
    ("batch_same_template", prog_batch_same_template, 5, 12),
    ("related_doc_summaries", prog_related_doc_summaries, 4, 10),
    ("change_and_check", prog_change_and_check, 6, 12),
    ("corrected_arg_retry", prog_corrected_arg_retry, 4, 9),
    ("draining_recheck", prog_draining_recheck, 5, 11),
    ("stepwise_reasoning", prog_stepwise_reasoning, 4, 9),
    ("fanout_distinct_calls", prog_fanout_distinct_calls, 4, 9),
    ("cursor_pagination", prog_cursor_pagination, 4, 10),
    ("advancing_job_polling", prog_advancing_job_polling, 5, 11),
    ("plan_then_execute", prog_plan_then_execute, 5, 10),
    ("clarification_sequence", prog_clarification_sequence, 4, 9),
    ("validation_fix_iteration", prog_validation_fix_iteration, 5, 8),
    ("search_refinement", prog_search_refinement, 4, 8),
]


def build() -> list[dict]:
    rows: list[dict] = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for ki, (kind, fn, lo, hi) in enumerate(kinds):
            for di, d in enumerate(DOMAINS):
                num = di + 1
                row_id = "%s-%s-%s-%03d" % (PREFIX, label, kind, num)
                rng = random.Random(f"{SEED}-{row_id}")
                n = lo + (di * 3 + ki) % (hi - lo + 1)
                steps = fn(d, rng, n)
                rows.append(
                    {
                        "id": row_id,
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
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
