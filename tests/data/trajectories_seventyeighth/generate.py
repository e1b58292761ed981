"""Blind trajectory set 78: 208 labelled rows (104 loop, 104 progress), 8 domains."""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7878
HERE = Path(__file__).resolve().parent

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "write_revert_flipflop",
    "stale_cursor_refetch",
    "plan_rewrite_churn",
    "fix_regress_cycle",
    "handoff_bounce",
    "ignored_error_hint",
]
PROGRESS_KINDS = [
    "same_tool_new_ids",
    "similar_openers_new_findings",
    "alternating_tools_advancing",
    "backoff_then_success",
    "polling_until_state_change",
    "templated_status_updates",
    "reread_after_write",
    "staged_field_edits",
    "pagination_advancing",
    "plan_then_execute",
    "fix_converging_errors",
    "handoff_with_resolution",
    "error_hint_applied",
]


def _noise(rng: random.Random) -> dict:
    return {
        "req": "%08x-%04x" % (rng.getrandbits(32), rng.getrandbits(16)),
        "ts": "2026-11-%02dT%02d:%02d:%02dZ"
        % (
            rng.randint(27, 29),
            rng.randint(7, 18),
            rng.randint(0, 59),
            rng.randint(0, 59),
        ),
        "srv": rng.choice(["web-", "api-", "node-", "edge-"]) + str(rng.randint(1, 40)),
        "rl": rng.randint(3, 998),
        "seq": rng.randint(10000, 99999),
        "age": rng.randint(0, 600),
    }


def fmt_json(rec: dict, n: dict) -> str:
    env = {
        "ok": True,
        "data": rec,
        "meta": {"request_id": n["req"], "ts": n["ts"], "host": n["srv"]},
    }
    return json.dumps(env)


def fmt_http(rec: dict, n: dict) -> str:
    head = "HTTP/1.1 200 OK\nX-Request-Id: %s\nDate: %s\nX-RateLimit-Remaining: %d\nAge: %d\n\n" % (
        n["req"],
        n["ts"],
        n["rl"],
        n["age"],
    )
    return head + json.dumps(rec)


def fmt_xml(rec: dict, n: dict) -> str:
    body = "".join("<%s>%s</%s>" % (k, v, k) for k, v in rec.items())
    return '<response trace="%s" at="%s" node="%s">%s</response>' % (
        n["req"],
        n["ts"],
        n["srv"],
        body,
    )


def fmt_csv(rec: dict, n: dict) -> str:
    keys = list(rec)
    return "# export %s seq=%d\n%s\n%s" % (
        n["ts"],
        n["seq"],
        ",".join(keys),
        ",".join(str(rec[k]) for k in keys),
    )


def fmt_log(rec: dict, n: dict) -> str:
    kv = " ".join("%s=%s" % (k, v) for k, v in rec.items())
    return "%s INFO [%s] seq=%d %s" % (n["ts"], n["srv"], n["seq"], kv)


def fmt_kv(rec: dict, n: dict) -> str:
    lines = ["%s=%s" % (k, v) for k, v in rec.items()]
    return "\n".join([*lines, "trace_id=%s" % n["req"], "cache_age_s=%d" % n["age"]])


def fmt_yaml(rec: dict, n: dict) -> str:
    lines = ["  %s: %s" % (k, v) for k, v in rec.items()]
    return "result:\n%s\nmeta:\n  request: %s\n  generated: %s" % (
        "\n".join(lines),
        n["req"],
        n["ts"],
    )


def fmt_table(rec: dict, n: dict) -> str:
    w = max(len(k) for k in rec)
    rows = ["%s | %s" % (k.ljust(w), v) for k, v in rec.items()]
    return "\n".join([*rows, "(1 row, %d ms, %s)" % (n["age"] + 3, n["srv"])])


def err_json(msg: str, n: dict) -> str:
    return json.dumps({"ok": False, "error": msg, "meta": {"request_id": n["req"], "ts": n["ts"]}})


def err_http(msg: str, n: dict) -> str:
    return "HTTP/1.1 422 Unprocessable Entity\nX-Request-Id: %s\nDate: %s\n\n%s" % (
        n["req"],
        n["ts"],
        json.dumps({"detail": msg}),
    )


def err_xml(msg: str, n: dict) -> str:
    return '<fault trace="%s" at="%s"><message>%s</message></fault>' % (n["req"], n["ts"], msg)


def err_csv(msg: str, n: dict) -> str:
    return "# export %s seq=%d\nstatus,message\nERROR,%s" % (n["ts"], n["seq"], msg)


def err_log(msg: str, n: dict) -> str:
    return "%s ERROR [%s] seq=%d %s" % (n["ts"], n["srv"], n["seq"], msg)


def err_kv(msg: str, n: dict) -> str:
    return "status=error\nmessage=%s\ntrace_id=%s" % (msg, n["req"])


def err_yaml(msg: str, n: dict) -> str:
    return "error:\n  message: %s\nmeta:\n  request: %s\n  generated: %s" % (msg, n["req"], n["ts"])


def err_table(msg: str, n: dict) -> str:
    return "ERROR:  %s\n(0 rows, %d ms, %s)" % (msg, n["age"] + 3, n["srv"])


def t_snake(role: str, noun: str) -> str:
    return "%s_%s" % (role, noun)


def t_dotted(role: str, noun: str) -> str:
    return "%s.%s" % (noun, role)


def t_cli(role: str, noun: str) -> str:
    return "%sctl %s" % (noun, role)


def t_rpc(role: str, noun: str) -> str:
    return role.capitalize() + noun.capitalize()


def t_gql(role: str, noun: str) -> str:
    return (
        ("query " if role in ("get", "list", "search", "status") else "mutation ")
        + role
        + noun.capitalize()
    )


def t_rest(role: str, noun: str) -> str:
    verb = {"get": "GET", "list": "GET", "search": "GET", "status": "GET"}.get(role, "POST")
    return "%s /v2/%ss/%s" % (verb, noun, role)


def t_kebab(role: str, noun: str) -> str:
    return "%s-%s" % (role, noun)


def t_colon(role: str, noun: str) -> str:
    return "%s:%s" % (noun, role)


DOMAINS = [
    {
        "name": "acoustic_panel_installations",
        "desc": "fitting acoustic wall and ceiling panels in offices and studios",
        "noun": "install",
        "human": "install job",
        "idp": "AP-",
        "key": "job_id",
        "tool": t_snake,
        "fmt": fmt_json,
        "err": err_json,
        "field": "nrc_rating",
        "vals": ["0.70", "0.85", "0.95", "1.00"],
        "facts": [
            "panel count 42",
            "ceiling height 3.1 m",
            "fixings: Z-clips",
            "crew of 2 booked",
            "fabric: Camira Blazer",
        ],
        "state": ["survey_pending", "surveyed", "materials_ordered", "scheduled", "installed"],
        "who": "site lead",
    },
    {
        "name": "beach_lifeguard_rostering",
        "desc": "rostering lifeguards to beach towers across a summer season",
        "noun": "roster",
        "human": "tower shift",
        "idp": "BLR-",
        "key": "shift",
        "tool": t_dotted,
        "fmt": fmt_http,
        "err": err_http,
        "field": "tower",
        "vals": ["T3", "T5", "T7", "T9"],
        "facts": [
            "rip current flag red",
            "two guards with IRB ticket",
            "tide high 14:20",
            "swell 1.4 m",
            "Tower 5 short one guard",
        ],
        "state": ["draft", "proposed", "accepted", "published", "live"],
        "who": "beach supervisor",
    },
    {
        "name": "candle_factory_pour_lines",
        "desc": "scheduling wax pours and wick setting on candle production lines",
        "noun": "pour",
        "human": "pour batch",
        "idp": "PB",
        "key": "batch",
        "tool": t_cli,
        "fmt": fmt_log,
        "err": err_log,
        "field": "pour_temp_c",
        "vals": ["71", "74", "77", "80"],
        "facts": [
            "fragrance load 8%",
            "wick CD-12 on line 2",
            "soy wax lot W-5512",
            "cure time 48 h",
            "frosting seen on 6 jars",
        ],
        "state": ["queued", "melting", "pouring", "curing", "packed"],
        "who": "line lead",
    },
    {
        "name": "drywall_estimating",
        "desc": "estimating plasterboard, studs and finishing labour from drawings",
        "noun": "estimate",
        "human": "takeoff",
        "idp": "EST-",
        "key": "estimate_id",
        "tool": t_rpc,
        "fmt": fmt_xml,
        "err": err_xml,
        "field": "board_type",
        "vals": ["12.5mm standard", "15mm fireline", "12.5mm moisture", "15mm soundbloc"],
        "facts": [
            "wall area 412 m2",
            "level 4 finish on corridor",
            "metal studs at 600 centres",
            "labour 118 h",
            "waste factor 10%",
        ],
        "state": ["intake", "measured", "priced", "reviewed", "sent"],
        "who": "senior estimator",
    },
    {
        "name": "embroidery_digitising_orders",
        "desc": "turning customer logos into stitch files for embroidered workwear",
        "noun": "design",
        "human": "stitch file",
        "idp": "DG",
        "key": "design_no",
        "tool": t_gql,
        "fmt": fmt_yaml,
        "err": err_yaml,
        "field": "stitch_count",
        "vals": ["8400", "9100", "11250", "12800"],
        "facts": [
            "6 thread colours",
            "width 90 mm",
            "satin underlay added",
            "small text under 5 mm",
            "garment: fleece",
        ],
        "state": ["received", "digitising", "sew_out", "approved", "released"],
        "who": "digitiser",
    },
    {
        "name": "florist_wire_orders",
        "desc": "relaying flower orders between florists over a wire network",
        "noun": "relay",
        "human": "wire order",
        "idp": "FW",
        "key": "order_ref",
        "tool": t_rest,
        "fmt": fmt_csv,
        "err": err_csv,
        "field": "filling_shop",
        "vals": ["Petal & Stem Leeds", "Bloomfield York", "Ivy Lane Hull", "Rosewood Harrogate"],
        "facts": [
            "delivery window 10:00-13:00",
            "card message 42 chars",
            "substitution allowed",
            "recipient: hospital ward 7",
            "value GBP 55.00",
        ],
        "state": ["placed", "accepted", "arranged", "out_for_delivery", "delivered"],
        "who": "network desk",
    },
    {
        "name": "geotechnical_borehole_logs",
        "desc": "logging and checking soil boreholes for site investigation reports",
        "noun": "borehole",
        "human": "borehole log",
        "idp": "BH",
        "key": "hole",
        "tool": t_kebab,
        "fmt": fmt_kv,
        "err": err_kv,
        "field": "spt_n",
        "vals": ["12", "18", "24", "31"],
        "facts": [
            "groundwater at 2.4 m",
            "clay to 6.0 m",
            "refusal at 11.2 m",
            "U100 sample at 3.0 m",
            "made ground to 0.8 m",
        ],
        "state": ["drilled", "logged", "lab_sent", "checked", "issued"],
        "who": "engineering geologist",
    },
    {
        "name": "hackathon_judging",
        "desc": "assigning judges and collating scores at a weekend hackathon",
        "noun": "entry",
        "human": "team entry",
        "idp": "HX",
        "key": "entry",
        "tool": t_colon,
        "fmt": fmt_table,
        "err": err_table,
        "field": "track",
        "vals": ["climate", "health", "fintech", "open"],
        "facts": [
            "demo video 2:58",
            "repo public",
            "3 judges assigned",
            "score mean 7.4",
            "team of 4",
        ],
        "state": ["submitted", "screened", "judging", "scored", "ranked"],
        "who": "judging chair",
    },
]


def llm(text: str, obs: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": obs}


def tool(name: str, args: dict, obs: str, error: bool = False) -> dict:
    return {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}


def ident(d: dict, rng: random.Random) -> str:
    return "%s%d" % (d["idp"], rng.randint(1000, 98999))


REQUESTS = [
    "Can you sort out {h} {i}? The {w} is waiting on it.",
    "Please check {h} {i} and tell me where it stands.",
    "{h} {i} looks wrong in the system, can you fix it before noon?",
    "I need {h} {i} finished today, whatever it takes.",
]

OPENERS = [
    "Let me look at {h} {i}.",
    "I'll check the current record for {i}.",
    "Let me check again what {i} shows.",
    "Checking {i} in the system now.",
    "Let me pull up {i} to confirm.",
]


def opener(d: dict, rng: random.Random, i: str) -> dict:
    req = rng.choice(REQUESTS).format(h=d["human"], i=i, w=d["who"])
    first = rng.choice(
        [
            "On it.",
            "Sure, looking into %s now." % i,
            "Okay, I'll start with the %s record." % d["human"],
        ]
    )
    return llm(first, req)


def rec(
    d: dict, rng: random.Random, i: str, state: str | None = None, val: str | None = None
) -> dict:
    return {
        d["key"]: i,
        "state": state or rng.choice(d["state"]),
        d["field"]: val or rng.choice(d["vals"]),
    }


def n_steps(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randint(lo, hi)


# ---------------------------------------------------------------- loop kinds


def k_exact_repeat(d, rng):
    i = ident(d, rng)
    r = rec(d, rng, i)
    steps = [opener(d, rng, i)]
    name = d["tool"]("get", d["noun"])
    steps.extend(
        tool(name, {d["key"]: i}, d["fmt"](r, _noise(rng))) for _ in range(n_steps(rng, 3, 10))
    )
    if rng.random() < 0.5:
        steps.insert(
            3,
            llm(
                "Confirmed the state is %s; pulling the record to be sure of %s."
                % (r["state"], d["field"])
            ),
        )
    return steps


def k_paraphrased_repeat(d, rng):
    i = ident(d, rng)
    lines = [
        "Let me look at {h} {i}.",
        "I'll check what {i} currently says.",
        "Going to review the {h} for {i} now.",
        "Let me pull up {i} to see where it is.",
        "I should take a look at the {h} {i} first.",
        "Reviewing {i} before I do anything else.",
        "First I'll find out the status of {i}.",
    ]
    rng.shuffle(lines)
    steps = [opener(d, rng, i)]
    steps.extend(llm(t.format(h=d["human"], i=i)) for t in lines[: n_steps(rng, 3, 7)])
    return steps


def k_ab_oscillation(d, rng):
    i = ident(d, rng)
    r = rec(d, rng, i)
    a, b = d["tool"]("get", d["noun"]), d["tool"]("status", d["noun"])
    steps = [opener(d, rng, i)]
    for k in range(n_steps(rng, 4, 10)):
        if k % 2 == 0:
            steps.append(tool(a, {d["key"]: i}, d["fmt"](r, _noise(rng))))
        else:
            steps.append(tool(b, {d["key"]: i}, d["fmt"]({"state": r["state"]}, _noise(rng))))
            if k == 3:
                steps.append(
                    llm(
                        "State has not moved from %s per the status call; comparing with the record."
                        % r["state"]
                    )
                )
    return steps


ERRS = [
    "upstream timeout after 30000 ms",
    "connection reset by peer",
    "service unavailable: maintenance window",
    "lock held by another session",
    "rate limited: daily write quota exhausted for this key",
]


def k_failing_tool_retry(d, rng):
    i = ident(d, rng)
    msg = rng.choice(ERRS)
    name = d["tool"]("submit", d["noun"])
    args = {d["key"]: i, "state": rng.choice(d["state"][1:])}
    steps = [opener(d, rng, i)]
    for k in range(n_steps(rng, 3, 9)):
        steps.append(tool(name, args, d["err"](msg, _noise(rng)), error=True))
        if k % 3 == 1:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "Submitting the update for %s." % i,
                            "That did not go through; sending it to the API.",
                            "Rate limited on %s; submitting the change to the API." % i,
                            "Waiting a few seconds, then attempt %d on %s." % (k + 2, i),
                        ]
                    )
                )
            )
    return steps[:12]


def k_same_action_same_observation(d, rng):
    i = ident(d, rng)
    r = rec(d, rng, i)
    name = d["tool"]("search", d["noun"])
    q = {"query": "%s %s" % (d["field"], r[d["field"]])}
    steps = [opener(d, rng, i)]
    texts = [
        "Searching for records that match %s." % r[d["field"]],
        "The result should list %s; checking the search." % i,
        "Running the lookup for the matching %s." % d["human"],
        "Let me check again what the search returns.",
    ]
    for _ in range(n_steps(rng, 2, 5)):
        steps.append(llm(rng.choice(texts)))
        steps.append(tool(name, q, d["fmt"]({"matches": 0, "query": q["query"]}, _noise(rng))))
    return steps[:12]


def k_identical_monologue(d, rng):
    i = ident(d, rng)
    t = rng.choice(
        [
            "I'm reviewing {h} {i} and will update the {w} when done; this detail needs a careful look.",
            "Noted. I'll work through {i} step by step and report to the {w} when it is complete.",
            "Working through {i} now; the record needs a careful look before I change anything.",
            "Checks are not complete yet on {i}; I'm reviewing it as the {w} asked.",
            "I'll confirm the details on {i} and then report back to the {w}.",
        ]
    ).format(h=d["human"], i=i, w=d["who"])
    steps = [opener(d, rng, i)]
    steps.extend(llm(t) for _ in range(n_steps(rng, 3, 10)))
    return steps


def k_identical_tool_calls(d, rng):
    i = ident(d, rng)
    r = rec(d, rng, i)
    name = d["tool"]("list", d["noun"])
    args = {"filter": "%s=%s" % (d["key"], i), "limit": 50}
    steps = [opener(d, rng, i)]
    texts = [
        "Listing the records tied to %s." % i,
        "I want the full set for %s before I change it." % i,
        "Fetching the list for %s." % d["human"],
        "Checking the list so I do not miss anything.",
    ]
    for _ in range(n_steps(rng, 2, 5)):
        steps.append(tool(name, args, d["fmt"](r, _noise(rng))))
        steps.append(llm(rng.choice(texts)))
    return steps[:12]


def k_write_revert_flipflop(d, rng):
    i = ident(d, rng)
    v1, v2 = rng.sample(d["vals"], 2)
    name = d["tool"]("update", d["noun"])
    steps = [opener(d, rng, i)]
    for k in range(n_steps(rng, 2, 5)):
        v, other = (v1, v2) if k % 2 == 0 else (v2, v1)
        steps.append(
            llm(
                "Setting %s to %s; %s looks like the wrong value for this %s."
                % (d["field"], v, other, d["human"])
            )
        )
        steps.append(
            tool(
                name,
                {d["key"]: i, d["field"]: v},
                d["fmt"]({d["key"]: i, d["field"]: v, "updated": True}, _noise(rng)),
            )
        )
    return steps[:12]


def k_stale_cursor_refetch(d, rng):
    i = ident(d, rng)
    name = d["tool"]("list", d["noun"])
    cur = "c_%x" % rng.getrandbits(40)
    nxt = "c_%x" % rng.getrandbits(40)
    items = [ident(d, rng) for _ in range(3)]
    steps = [opener(d, rng, i)]
    for k in range(n_steps(rng, 3, 10)):
        obs = d["fmt"](
            {"items": "|".join(items), "next_cursor": nxt, "has_more": True}, _noise(rng)
        )
        steps.append(tool(name, {"cursor": cur, "page_size": 3}, obs))
        if k == 1:
            steps.append(llm("More to read; fetching the following batch of %ss." % d["human"]))
    return steps[:12]


def k_plan_rewrite_churn(d, rng):
    i = ident(d, rng)
    steps = [opener(d, rng, i)]
    plans = [
        "Plan: 1) fetch {i} 2) check {f} 3) update the {w}.",
        "Revised plan: first check {f} on {i}, then fetch the record, then tell the {w}.",
        "Plan for {i}: confirm {f}, review the record, report to the {w}.",
        "Updated approach: 1) review {i} 2) validate {f} 3) message the {w}.",
        "Let me restructure: {f} check, then {i} record, then the {w} update.",
        "Plan: step 1 {i} lookup, step 2 {f} validation, step 3 notify the {w} when done.",
    ]
    rng.shuffle(plans)
    steps.extend(llm(p.format(i=i, f=d["field"], w=d["who"])) for p in plans[: n_steps(rng, 3, 6)])
    return steps


def k_fix_regress_cycle(d, rng):
    i = ident(d, rng)
    v1, v2 = rng.sample(d["vals"], 2)
    name = d["tool"]("validate", d["noun"])
    e1 = "%s %s out of range for this %s" % (d["field"], v1, d["human"])
    e2 = "%s %s conflicts with linked record" % (d["field"], v2)
    steps = [opener(d, rng, i)]
    for k in range(rng.choice([3, 4, 5])):
        v, e = (v2, e2) if k % 2 == 0 else (v1, e1)
        steps.append(tool(name, {d["key"]: i, d["field"]: v}, d["err"](e, _noise(rng)), error=True))
        steps.append(llm("Validation flagged %s; switching %s to fix it." % (v, d["field"])))
    return steps[:12]


def k_handoff_bounce(d, rng):
    i = ident(d, rng)
    name = d["tool"]("assign", d["noun"])
    q = rng.choice(["ops-queue", "tier2", "back-office"])
    steps = [opener(d, rng, i)]
    for _ in range(n_steps(rng, 2, 5)):
        steps.append(
            tool(
                name,
                {d["key"]: i, "queue": q},
                d["fmt"](
                    {
                        "queue": q,
                        "result": "returned",
                        "note": "needs %s confirmed by requester" % d["field"],
                    },
                    _noise(rng),
                ),
            )
        )
        steps.append(
            llm("%s returned it; sending %s to %s so they can take it from here." % (q, i, q))
        )
    return steps[:12]


def k_ignored_error_hint(d, rng):
    i = ident(d, rng)
    name = d["tool"]("update", d["noun"])
    steps = [opener(d, rng, i)]
    for _ in range(n_steps(rng, 3, 10)):
        v = rng.choice(d["vals"])
        args = {"id": i, d["field"]: v}
        steps.append(
            tool(
                name,
                args,
                d["err"]("unknown field 'id'; expected '%s'" % d["key"], _noise(rng)),
                error=True,
            )
        )
    return steps


# ---------------------------------------------------------------- progress kinds


def p_same_tool_new_ids(d, rng):
    i = ident(d, rng)
    steps = [opener(d, rng, i)]
    name = d["tool"]("get", d["noun"])
    for _ in range(n_steps(rng, 3, 11)):
        j = ident(d, rng)
        steps.append(tool(name, {d["key"]: j}, d["fmt"](rec(d, rng, j), _noise(rng))))
    return steps


def p_similar_openers_new_findings(d, rng):
    i = ident(d, rng)
    facts = list(d["facts"])
    rng.shuffle(facts)
    steps = [opener(d, rng, i)]
    heads = ["Let me look at", "I'll check", "Let me check again", "Going to review"]
    for f in facts[: n_steps(rng, 3, 5)]:
        h = rng.choice(heads)
        steps.append(
            tool(
                d["tool"]("get", d["noun"]),
                {d["key"]: i, "section": f.split()[0]},
                d["fmt"]({d["key"]: i, "note": f}, _noise(rng)),
            )
        )
        steps.append(
            llm(
                rng.choice(
                    [
                        "%s the %s detail: %s, noted." % (h, d["human"], f),
                        "Reviewing %s: %s. That detail needs a careful look before I report."
                        % (i, f),
                        "Running the lookup on %s returned %s; matching it against the request."
                        % (i, f),
                        "Search on %s shows %s; status noted." % (i, f),
                    ]
                )
            )
        )
    return steps[:12]


def p_alternating_tools_advancing(d, rng):
    steps = [opener(d, rng, d["idp"] + "batch")]
    a, b = d["tool"]("get", d["noun"]), d["tool"]("status", d["noun"])
    for _ in range(n_steps(rng, 2, 5)):
        j = ident(d, rng)
        r = rec(d, rng, j)
        steps.append(tool(a, {d["key"]: j}, d["fmt"](r, _noise(rng))))
        steps.append(
            tool(
                b,
                {d["key"]: j},
                d["fmt"](
                    {"state": r["state"], "owner": rng.choice(["kim", "raj", "ola", "ben"])},
                    _noise(rng),
                ),
            )
        )
    return steps[:12]


def p_backoff_then_success(d, rng):
    i = ident(d, rng)
    name = d["tool"]("submit", d["noun"])
    args = {d["key"]: i, "state": rng.choice(d["state"][1:])}
    steps = [opener(d, rng, i)]
    fails = n_steps(rng, 1, 3)
    for k in range(fails):
        wait = 2 ** (k + 1)
        steps.append(
            tool(
                name,
                {**args, "attempt": k + 1},
                d["err"]("rate limited, retry after %ds" % wait, _noise(rng)),
                error=True,
            )
        )
        steps.append(
            llm(
                "Rate limited; waiting %d seconds as the API asked before sending attempt %d."
                % (wait, k + 2)
            )
        )
    steps.append(
        tool(
            name, {**args, "attempt": fails + 1}, d["fmt"]({**args, "accepted": True}, _noise(rng))
        )
    )
    if rng.random() < 0.5:
        steps.append(llm("Accepted on attempt %d; %s is now %s." % (fails + 1, i, args["state"])))
    return steps


def p_polling_until_state_change(d, rng):
    i = ident(d, rng)
    name = d["tool"]("status", d["noun"])
    states = d["state"]
    steps = [opener(d, rng, i)]
    n = n_steps(rng, 3, 5)
    for k in range(n):
        st = states[min(k, len(states) - 1)]
        steps.append(
            tool(
                name,
                {d["key"]: i},
                d["fmt"]({d["key"]: i, "state": st, "pct": 20 * (k + 1)}, _noise(rng)),
            )
        )
        if rng.random() < 0.6:
            steps.append(
                llm("Checks not complete yet; it moved to %s. Let me check again in a minute." % st)
            )
    return steps[:12]


def p_templated_status_updates(d, rng):
    i = ident(d, rng)
    steps = [opener(d, rng, i)]
    total = rng.randint(12, 40)
    done = 0
    name = d["tool"]("update", d["noun"])
    for _ in range(n_steps(rng, 2, 5)):
        step = rng.randint(2, 6)
        done = min(total, done + step)
        j = ident(d, rng)
        steps.append(
            tool(
                name,
                {d["key"]: j, "state": d["state"][2]},
                d["fmt"]({d["key"]: j, "updated": True}, _noise(rng)),
            )
        )
        steps.append(
            llm(
                "I'm working through the %ss and will update the %s when done: %d of %d complete."
                % (d["human"], d["who"], done, total)
            )
        )
    return steps[:12]


def p_reread_after_write(d, rng):
    i = ident(d, rng)
    v1, v2 = rng.sample(d["vals"], 2)
    g, u = d["tool"]("get", d["noun"]), d["tool"]("update", d["noun"])
    steps = [opener(d, rng, i)]
    steps.append(tool(g, {d["key"]: i}, d["fmt"](rec(d, rng, i, val=v1), _noise(rng))))
    steps.append(
        llm(
            "%s is %s, which looks like the wrong value; the %s asked for %s. Updating."
            % (d["field"], v1, d["who"], v2)
        )
    )
    steps.append(
        tool(
            u, {d["key"]: i, d["field"]: v2}, d["fmt"]({d["key"]: i, "updated": True}, _noise(rng))
        )
    )
    steps.append(tool(g, {d["key"]: i}, d["fmt"](rec(d, rng, i, val=v2), _noise(rng))))
    if rng.random() < 0.6:
        steps.append(llm("Confirmed: %s now reads %s on %s." % (d["field"], v2, i)))
    return steps


def p_staged_field_edits(d, rng):
    i = ident(d, rng)
    name = d["tool"]("update", d["noun"])
    fields = [
        (d["field"], rng.choice(d["vals"])),
        ("state", d["state"][2]),
        ("owner", "kim.h"),
        ("note", rng.choice(d["facts"])),
        ("due", "2026-12-0%d" % rng.randint(1, 9)),
    ]
    steps = [opener(d, rng, i)]
    for f, v in fields[: n_steps(rng, 2, 5)]:
        steps.append(llm("Setting %s to %s on %s." % (f, v, i)))
        steps.append(
            tool(
                name,
                {d["key"]: i, f: v},
                d["fmt"]({d["key"]: i, f: v, "updated": True}, _noise(rng)),
            )
        )
    return steps[:12]


def p_pagination_advancing(d, rng):
    i = ident(d, rng)
    name = d["tool"]("list", d["noun"])
    cur = None
    steps = [opener(d, rng, i)]
    n = n_steps(rng, 3, 10)
    for k in range(n):
        nxt = "c_%x" % rng.getrandbits(40) if k < n - 1 else ""
        items = [ident(d, rng) for _ in range(3)]
        args = {"page_size": 3} if cur is None else {"cursor": cur, "page_size": 3}
        steps.append(
            tool(
                name,
                args,
                d["fmt"](
                    {"items": "|".join(items), "next_cursor": nxt, "has_more": bool(nxt)},
                    _noise(rng),
                ),
            )
        )
        cur = nxt
        if k == 1:
            steps.append(llm("More to read; fetching the following batch of %ss." % d["human"]))
    return steps[:12]


def p_plan_then_execute(d, rng):
    i = ident(d, rng)
    steps = [opener(d, rng, i)]
    steps.append(llm("Plan: 1) fetch %s 2) check %s 3) update the %s." % (i, d["field"], d["who"])))
    r = rec(d, rng, i)
    steps.append(tool(d["tool"]("get", d["noun"]), {d["key"]: i}, d["fmt"](r, _noise(rng))))
    steps.append(llm("Step 1 done, state %s. Step 2: checking %s." % (r["state"], d["field"])))
    steps.append(
        tool(
            d["tool"]("validate", d["noun"]),
            {d["key"]: i, d["field"]: r[d["field"]]},
            d["fmt"]({"valid": True}, _noise(rng)),
        )
    )
    if rng.random() < 0.6:
        steps.append(
            llm(
                "Step 3: telling the %s that %s %s is valid."
                % (d["who"], d["field"], r[d["field"]])
            )
        )
    return steps


def p_fix_converging_errors(d, rng):
    i = ident(d, rng)
    name = d["tool"]("validate", d["noun"])
    errs = rng.randint(3, 5)
    steps = [opener(d, rng, i)]
    vals = list(d["vals"])
    k = 0
    while errs > 0 and len(steps) < 10:
        v = vals[k % len(vals)]
        steps.append(
            tool(
                name,
                {d["key"]: i, d["field"]: v},
                d["err"](
                    "%d issues remain; first: %s %s out of range" % (errs, d["field"], v),
                    _noise(rng),
                ),
                error=True,
            )
        )
        steps.append(llm("Validation flagged %s; switching %s to fix it." % (v, d["field"])))
        errs -= rng.randint(1, 2)
        k += 1
    steps.append(
        tool(
            name,
            {d["key"]: i, d["field"]: vals[k % len(vals)]},
            d["fmt"]({"valid": True, "issues": 0}, _noise(rng)),
        )
    )
    return steps


def p_handoff_with_resolution(d, rng):
    i = ident(d, rng)
    name = d["tool"]("assign", d["noun"])
    q = rng.choice(["ops-queue", "tier2", "back-office"])
    steps = [opener(d, rng, i)]
    steps.append(
        tool(
            name,
            {d["key"]: i, "queue": q},
            d["fmt"](
                {
                    "queue": q,
                    "result": "returned",
                    "note": "needs %s confirmed by requester" % d["field"],
                },
                _noise(rng),
            ),
        )
    )
    v = rng.choice(d["vals"])
    steps.append(
        llm(
            "%s returned it: they need %s confirmed. Asking the %s." % (q, d["field"], d["who"]),
            "Confirmed: %s %s." % (d["field"], v),
        )
    )
    steps.append(
        tool(
            name,
            {d["key"]: i, "queue": q, d["field"]: v},
            d["fmt"](
                {"queue": q, "result": "accepted", "ticket": "TK-%d" % rng.randint(1000, 9999)},
                _noise(rng),
            ),
        )
    )
    if rng.random() < 0.5:
        steps.append(
            llm("Sending %s to %s so they can take it from here; they accepted it." % (i, q))
        )
    return steps


def p_error_hint_applied(d, rng):
    i = ident(d, rng)
    name = d["tool"]("update", d["noun"])
    v = rng.choice(d["vals"])
    steps = [opener(d, rng, i)]
    steps.append(
        tool(
            name,
            {"id": i, d["field"]: v},
            d["err"]("unknown field 'id'; expected '%s'" % d["key"], _noise(rng)),
            error=True,
        )
    )
    if rng.random() < 0.5:
        steps.append(llm("The API wants %s instead of id." % d["key"]))
    steps.append(
        tool(
            name,
            {d["key"]: i, d["field"]: v},
            d["fmt"]({d["key"]: i, d["field"]: v, "updated": True}, _noise(rng)),
        )
    )
    for _ in range(rng.randint(0, 3)):
        j = ident(d, rng)
        steps.append(
            tool(
                name,
                {d["key"]: j, d["field"]: v},
                d["fmt"]({d["key"]: j, d["field"]: v, "updated": True}, _noise(rng)),
            )
        )
    return steps


BUILDERS = {
    "loop": {k: globals()["k_" + k] for k in LOOP_KINDS},
    "progress": {k: globals()["p_" + k] for k in PROGRESS_KINDS},
}


ASIDES = [
    "Noted; I'll report to the {w} when done.",
    "This looks like the record the {w} meant, so I'll confirm the details first.",
    "I should not change anything until the details are clear.",
    "Then I'll tell the {w} where it stands.",
    "Searching the list first so I do not miss anything.",
    "One moment, waiting a few seconds for the API to answer.",
    "Let me check again in a minute.",
    "I want the full set of records before I change anything else.",
    "Step by step: record first, then the {f} value.",
    "The {w} asked for this today, so I'm keeping it moving.",
]
NO_ASIDES = {"identical_monologue", "paraphrased_repeat", "plan_rewrite_churn"}


def add_asides(d: dict, rng: random.Random, steps: list[dict]) -> list[dict]:
    for _ in range(rng.randint(0, 2)):
        if len(steps) >= 12:
            break
        text = rng.choice(ASIDES).format(w=d["who"], f=d["field"])
        steps.insert(rng.randint(1, len(steps)), llm(text))
    return steps


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind in kinds:
            for n, d in enumerate(DOMAINS, start=1):
                rid = "seventyeighth-%s-%s-%03d" % (label, kind, n)
                rng = random.Random("%d:%s" % (SEED, rid))
                steps = BUILDERS[label][kind](d, rng)
                if kind not in NO_ASIDES:
                    steps = add_asides(d, rng, steps)
                while len(steps) < 4:
                    steps.append(llm("Noted the result for the %s." % d["human"]))
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": steps[:12],
                    }
                )
    return rows


def main() -> None:
    with (HERE / "trajectories.jsonl").open("w") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
