"""Blind trajectory set 79: 208 labelled rows, 13 loop and 13 progress kinds, 8 domains."""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7979

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "soft_rejection_resubmit",
    "cursor_reset_listing",
    "plan_restatement",
    "confirmation_reask",
    "frozen_job_poll",
    "handoff_pingpong",
]
PROGRESS_KINDS = [
    "shared_opener_new_batches",
    "paraphrased_new_findings",
    "alternating_tools_new_items",
    "retry_with_corrected_args",
    "same_tool_refined_query",
    "status_updates_changing_counts",
    "same_tool_distinct_ids",
    "soft_rejection_fixed",
    "cursor_advances",
    "plan_then_execute",
    "confirm_then_act",
    "job_poll_advances",
    "handoff_resolved",
]

DOMAINS = [
    {
        "name": "newborn_hearing_screening",
        "style": "snake",
        "fmt": "json",
        "noun": "screen",
        "ent": "screening record",
        "pfx": "NHS-",
        "req": "Can you find which babies born at Ward 4 last week still need an OAE rescreen and book them?",
        "terms": ["refer left ear", "refer both ears", "missed discharge", "NICU >5 days"],
        "field": "rescreen_slot",
        "vals": ["2026-12-02T09:30", "2026-12-02T10:15", "2026-12-03T14:00"],
        "teams": ["audiology_outpatients", "maternity_ward_clerks"],
    },
    {
        "name": "orchid_export_phytosanitary",
        "style": "dotted",
        "fmt": "http",
        "noun": "consignment",
        "ent": "consignment",
        "pfx": "PHY",
        "req": "Please get phytosanitary certificates lodged for the Phalaenopsis shipments going to Rotterdam this Friday.",
        "terms": ["Phalaenopsis", "CITES App II", "Dendrobium flasks", "bare-root"],
        "field": "treatment_code",
        "vals": ["HWT-43C", "FUM-MB", "INSP-VIS"],
        "teams": ["plant_health_inspectorate", "export_docs_desk"],
    },
    {
        "name": "photocopier_lease_servicing",
        "style": "cli",
        "fmt": "kv",
        "noun": "device",
        "ent": "copier",
        "pfx": "MFD",
        "req": "Our office copiers keep jamming; log service calls for any under the Konica lease with toner faults.",
        "terms": ["C-2557 fuser", "toner low", "J-72-14 jam", "drum unit"],
        "field": "meter_reading",
        "vals": ["184220", "184391", "184560"],
        "teams": ["field_engineering", "lease_admin"],
    },
    {
        "name": "quantity_surveyor_valuations",
        "style": "rpc",
        "fmt": "xml",
        "noun": "Valuation",
        "ent": "interim valuation",
        "pfx": "IV",
        "req": "Prepare interim valuation 7 for the Harbourside block and flag variations not yet agreed.",
        "terms": ["VO-031 drainage", "provisional sum M&E", "dayworks week 41", "retention"],
        "field": "gross_value",
        "vals": ["1,284,550.00", "1,291,020.00", "1,297,880.00"],
        "teams": ["commercial_manager", "client_pqs"],
    },
    {
        "name": "radon_testing_programme",
        "style": "graphql",
        "fmt": "csv",
        "noun": "Detector",
        "ent": "detector",
        "pfx": "RN",
        "req": "Which homes in the Keswick batch have radon results above 200 Bq/m3? Send them remediation letters.",
        "terms": ["CA12 postcode", ">200 Bq/m3", "lost in post", "3-month alpha track"],
        "field": "result_bqm3",
        "vals": ["212", "238", "305"],
        "teams": ["lab_reporting", "householder_liaison"],
    },
    {
        "name": "turf_sod_delivery",
        "style": "rest",
        "fmt": "log",
        "noun": "orders",
        "ent": "sod order",
        "pfx": "TF",
        "req": "Reschedule tomorrow's rye-fescue roll deliveries, the harvester at field 9 is down.",
        "terms": ["rye-fescue", "field 9", "big roll 0.6m", "Thursday AM"],
        "field": "harvest_field",
        "vals": ["field 7", "field 11", "field 3"],
        "teams": ["harvest_crew", "dispatch_yard"],
    },
    {
        "name": "vintage_car_parts_sourcing",
        "style": "kebab",
        "fmt": "yaml",
        "noun": "part",
        "ent": "part request",
        "pfx": "VCP",
        "req": "Source a rear brake wheel cylinder for a 1967 MGB roadster, original Lockheed if possible.",
        "terms": ["Lockheed 64067", "MGB wheel cylinder", "GWC1102", "0.75in bore"],
        "field": "supplier",
        "vals": ["Moss Europe", "Brown & Gammons", "Leacy MG"],
        "teams": ["sourcing_desk", "restoration_bay"],
    },
    {
        "name": "watch_repair_bench",
        "style": "colon",
        "fmt": "table",
        "noun": "ticket",
        "ent": "bench ticket",
        "pfx": "WB",
        "req": "A customer's Omega Seamaster 2531.80 is losing 40 s/day; open a service ticket and quote it.",
        "terms": ["cal. 1120", "amplitude low", "mainspring", "gasket kit"],
        "field": "rate_s_per_day",
        "vals": ["-38", "+4", "+2"],
        "teams": ["movement_bench", "case_and_bracelet"],
    },
]

VERB_HTTP = {"get": "GET", "search": "GET", "list": "GET", "update": "PATCH", "submit": "POST"}
VERB_HTTP |= {"status": "GET", "route": "POST", "notes": "GET"}


def tool(d: dict, verb: str) -> str:
    noun = d["noun"]
    style = d["style"]
    if style == "snake":
        return f"{verb}_{noun}"
    if style == "dotted":
        return f"phyto.{noun}.{verb}"
    if style == "cli":
        return f"mfdctl {noun} {verb}"
    if style == "rpc":
        return f"{verb.capitalize()}{noun}"
    if style == "graphql":
        return f"gql.{verb}{noun}"
    if style == "rest":
        return f"{VERB_HTTP[verb]} /v2/{noun}/{verb}"
    if style == "kebab":
        return f"{verb}-{noun}"
    return f"{noun}:{verb}"


HOSTS = ["api-1a", "api-2c", "edge-04", "node-7", "svc-b3", "gw-11"]


class Clock:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.t = rng.randint(0, 80000)

    def stamp(self) -> str:
        self.t += self.rng.randint(3, 95)
        h, rem = divmod(self.t % 86400, 3600)
        m, s = divmod(rem, 60)
        return f"2026-11-{self.rng.choice([24, 25, 26])}T{h:02d}:{m:02d}:{s:02d}Z"


def obs(d: dict, rng: random.Random, clk: Clock, fields: dict, error: bool = False) -> str:
    rid = "%08x" % rng.getrandbits(32)
    trace = "%016x" % rng.getrandbits(64)
    ts = clk.stamp()
    host = rng.choice(HOSTS)
    left = rng.randint(40, 600)
    fmt = d["fmt"]
    if fmt == "json":
        env = {"ok": not error, "data": fields, "meta": {"request_id": rid, "ts": ts}}
        env["meta"]["ratelimit_remaining"] = left
        return json.dumps(env)
    if fmt == "http":
        code = "422 Unprocessable Entity" if error else "200 OK"
        body = "\n".join(f"{k}: {v}" for k, v in fields.items())
        return f"HTTP/1.1 {code}\nX-Request-Id: {rid}\nDate: {ts}\nServer: {host}\nX-RateLimit-Remaining: {left}\n\n{body}"
    if fmt == "kv":
        kv = " ".join(f"{k}={str(v).replace(' ', '_')}" for k, v in fields.items())
        return f"rc={1 if error else 0} {kv} req={rid} at={ts} host={host}"
    if fmt == "xml":
        inner = "".join(f"<{k}>{v}</{k}>" for k, v in fields.items())
        st = "fault" if error else "ok"
        return f'<response status="{st}" txn="{rid}" at="{ts}">{inner}</response>'
    if fmt == "csv":
        keys = list(fields)
        row = ",".join(str(fields[k]) for k in keys)
        return (
            f"{','.join(keys)}\n{row}\n# trace={trace} served_by={host} errors={1 if error else 0}"
        )
    if fmt == "log":
        lvl = "ERROR" if error else "INFO"
        kv = " ".join(f'{k}="{v}"' for k, v in fields.items())
        return f"{ts} {lvl} [{host}] trace={trace[:12]} {kv} cache_age={rng.randint(0, 300)}s"
    if fmt == "yaml":
        lines = [f"{k}: {v}" for k, v in fields.items()]
        return "\n".join(
            ["status: " + ("error" if error else "ok"), *lines, f"request: {rid}", f"served: {ts}"]
        )
    head = "| " + " | ".join(fields) + " |"
    row = "| " + " | ".join(str(v) for v in fields.values()) + " |"
    return f"{head}\n{row}\n({'FAILED' if error else 'ok'}; seq {rng.randint(1000, 99999)}; {ts})"


def rid_of(d: dict, rng: random.Random) -> str:
    return f"{d['pfx']}{rng.randint(10000, 99999)}"


def llm(text: str, observation: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": observation}


def call(name: str, args: dict, observation: str, error: bool = False) -> dict:
    return {"kind": "tool", "tool": name, "args": args, "observation": observation, "error": error}


def opener(d: dict, rng: random.Random) -> dict:
    texts = [
        f"Sure, I'll start by pulling up the relevant {d['ent']} entries.",
        f"On it. First I need to see the {d['ent']} data before I change anything.",
        f"Understood. I'll look into the {d['ent']} records and report back.",
    ]
    return llm(rng.choice(texts), d["req"])


# ---------------------------------------------------------------- loop kinds


def l_exact_repeat(d, rng, clk):
    x = rid_of(d, rng)
    text = rng.choice(
        [
            f"Checking {d['ent']} {x} for the current {d['field']}.",
            f"Let me fetch {x} and read its details.",
        ]
    )
    n = rng.randint(2, 4)
    steps = [opener(d, rng)]
    for _ in range(n):
        steps.append(llm(text))
        steps.append(
            call(
                tool(d, "get"),
                {"id": x},
                obs(d, rng, clk, {"id": x, d["field"]: d["vals"][0], "state": "open"}),
            )
        )
    return steps


def l_paraphrased_repeat(d, rng, clk):
    x = rid_of(d, rng)
    texts = [
        f"I'll look up {x} to confirm its {d['field']}.",
        f"Let me pull the {d['ent']} {x} and verify the {d['field']}.",
        f"Going to double-check what {x} has for {d['field']}.",
        f"To be sure, I'm reading {x}'s {d['field']} from the system.",
        f"I want to verify {d['field']} on {x} before going further.",
    ]
    rng.shuffle(texts)
    steps = [opener(d, rng)]
    for t in texts[: rng.randint(2, 5)]:
        steps.append(llm(t))
        steps.append(
            call(tool(d, "get"), {"id": x}, obs(d, rng, clk, {"id": x, d["field"]: d["vals"][1]}))
        )
    return steps


def l_ab_oscillation(d, rng, clk):
    x = rid_of(d, rng)
    steps = [opener(d, rng)]
    for _ in range(rng.randint(2, 3)):
        steps.append(
            call(
                tool(d, "search"),
                {"q": d["terms"][0]},
                obs(d, rng, clk, {"matches": 1, "first": x}),
            )
        )
        steps.append(
            call(
                tool(d, "get"),
                {"id": x},
                obs(d, rng, clk, {"id": x, "state": "pending", d["field"]: d["vals"][0]}),
            )
        )
    if rng.random() < 0.5:
        steps.append(llm(f"The search points at {x}; opening it to see the detail."))
    return steps


def l_failing_tool_retry(d, rng, clk):
    x = rid_of(d, rng)
    args = {"id": x, d["field"]: d["vals"][2]}
    msg = rng.choice(
        [
            "permission denied: role lacks write scope",
            "upstream timeout after 30000ms",
            "lock held by another session",
        ]
    )
    steps = [opener(d, rng)]
    for i in range(rng.randint(3, 5)):
        if i and rng.random() < 0.5:
            steps.append(
                llm(rng.choice(["That should go through now.", f"Submitting the change to {x}."]))
            )
        steps.append(
            call(
                tool(d, "update"),
                args,
                obs(d, rng, clk, {"error": msg, "id": x}, error=True),
                error=True,
            )
        )
    return steps


def l_same_action_same_observation(d, rng, clk):
    q = d["terms"][1]
    texts = [
        f"Searching for '{q}' entries.",
        f"Let me search '{q}' to find the matching {d['ent']}.",
        f"Querying '{q}'.",
    ]
    steps = [opener(d, rng)]
    for _ in range(rng.randint(2, 4)):
        steps.append(llm(rng.choice(texts)))
        steps.append(
            call(tool(d, "search"), {"q": q}, obs(d, rng, clk, {"matches": 0, "query": q}))
        )
    return steps


def l_identical_monologue(d, rng, clk):
    x = rid_of(d, rng)
    text = rng.choice(
        [
            f"I have the {d['ent']} {x} open. I'll now work out the correct {d['field']} and then update it.",
            f"Based on what I have, {x} needs its {d['field']} reviewed. I'll determine the value and apply it.",
            f"I have the {d['ent']} entries open. {x} is the one to fix; continuing with the rest after it.",
        ]
    )
    steps = [
        opener(d, rng),
        call(tool(d, "get"), {"id": x}, obs(d, rng, clk, {"id": x, d["field"]: d["vals"][0]})),
    ]
    steps += [llm(text) for _ in range(rng.randint(2, 6))]
    return steps


def l_identical_tool_calls(d, rng, clk):
    x = rid_of(d, rng)
    steps = [opener(d, rng)]
    args = {"id": x, "include": "history"}
    for _ in range(rng.randint(3, 7)):
        steps.append(  # noqa: PERF401
            call(
                tool(d, "notes"),
                args,
                obs(d, rng, clk, {"id": x, "notes": 2, "last": "awaiting review"}),
            )
        )
    return steps


def l_soft_rejection_resubmit(d, rng, clk):
    x = rid_of(d, rng)
    payload = {"id": x, d["field"]: d["vals"][0], "ref": ""}
    steps = [opener(d, rng)]
    for _ in range(rng.randint(2, 4)):
        steps.append(
            llm(
                rng.choice(
                    [
                        f"Submitting {x} for sign-off.",
                        f"Sending the {d['ent']} through for approval.",
                        "Filing it now.",
                    ]
                )
            )
        )
        fields = {"accepted": "false", "warning": "ref is required for submission", "id": x}
        steps.append(call(tool(d, "submit"), payload, obs(d, rng, clk, fields)))
    return steps


def l_cursor_reset_listing(d, rng, clk):
    steps = [opener(d, rng)]
    ids = [rid_of(d, rng) for _ in range(3)]
    for _ in range(rng.randint(2, 5)):
        cur = "c_" + "%06x" % rng.getrandbits(24)
        steps.append(
            call(
                tool(d, "list"),
                {"limit": 3},
                obs(d, rng, clk, {"items": " ".join(ids), "cursor": cur, "total": 41}),
            )
        )
        if rng.random() < 0.4:
            steps.append(llm(f"Got a batch of {d['ent']} entries; fetching more to cover all 41."))
    return steps


def l_plan_restatement(d, rng, clk):
    plans = [
        f"Plan: 1) list open {d['ent']} entries, 2) check {d['field']}, 3) update the wrong ones, 4) confirm with you.",
        f"Here's how I'll approach it: first list open {d['ent']} entries, then check {d['field']} on each, correct what's wrong, and confirm.",
        f"Steps: gather open {d['ent']} entries; review {d['field']}; fix mismatches; report back for confirmation.",
    ]
    steps = [opener(d, rng)]
    for i in range(rng.randint(3, 5)):
        steps.append(llm(plans[i % 3]))
        if rng.random() < 0.4:
            steps.append(
                call(
                    tool(d, "notes"),
                    {"id": "runbook"},
                    obs(d, rng, clk, {"doc": "runbook", "rev": 12}),
                )
            )
    return steps


def l_confirmation_reask(d, rng, clk):
    x = rid_of(d, rng)
    v = d["vals"][1]
    asks = [
        f"Before I change it: shall I set {d['field']} on {x} to {v}?",
        f"Just to confirm, you want {x} updated with {d['field']} = {v}?",
        f"Can you confirm the update of {x} ({d['field']} -> {v}) is okay to apply?",
    ]
    yeses = ["Yes, go ahead.", "Yes please.", "Confirmed, do it.", "Yes, that's right, apply it."]
    steps = [
        opener(d, rng),
        call(tool(d, "get"), {"id": x}, obs(d, rng, clk, {"id": x, d["field"]: d["vals"][0]})),
    ]
    for _ in range(rng.randint(2, 4)):
        steps.append(llm(rng.choice(asks), rng.choice(yeses)))  # noqa: PERF401
    return steps


def l_frozen_job_poll(d, rng, clk):
    job = "job-" + "%05x" % rng.getrandbits(20)
    steps = [
        opener(d, rng),
        call(
            tool(d, "submit"),
            {"batch": d["terms"][2]},
            obs(d, rng, clk, {"job": job, "state": "queued"}),
        ),
    ]
    for _ in range(rng.randint(2, 5)):
        if rng.random() < 0.5:
            steps.append(llm(f"Checking on {job} status before I report."))
        steps.append(
            call(
                tool(d, "status"),
                {"job": job},
                obs(d, rng, clk, {"job": job, "state": "queued", "position": 14, "pct": 0}),
            )
        )
    return steps


def l_handoff_pingpong(d, rng, clk):
    x = rid_of(d, rng)
    a, b = d["teams"]
    steps = [opener(d, rng)]
    for _ in range(rng.randint(2, 3)):
        steps.append(
            call(
                tool(d, "route"),
                {"id": x, "to": a},
                obs(d, rng, clk, {"id": x, "result": "declined", "note": f"belongs to {b}"}),
            )
        )
        steps.append(
            call(
                tool(d, "route"),
                {"id": x, "to": b},
                obs(d, rng, clk, {"id": x, "result": "declined", "note": f"belongs to {a}"}),
            )
        )
    return steps


# ------------------------------------------------------------ progress kinds


def p_shared_opener_new_batches(d, rng, clk):
    text = rng.choice(
        [f"Working through the {d['ent']} list.", f"Checking {d['ent']} entries for {d['field']}."]
    )
    steps = [opener(d, rng)]
    done = 0
    for _ in range(rng.randint(2, 4)):
        ids = [rid_of(d, rng) for _ in range(3)]
        done += 3
        steps.append(llm(text))
        steps.append(
            call(
                tool(d, "get"),
                {"ids": ids},
                obs(d, rng, clk, {"ids": " ".join(ids), "checked_total": done}),
            )
        )
    return steps


def p_paraphrased_new_findings(d, rng, clk):
    texts = [
        "Let me check from a different angle.",
        f"I'll look for {d['ent']} entries under another term.",
        "Now searching the other category.",
        "One more category to cover.",
    ]
    steps = [opener(d, rng)]
    n = rng.randint(2, 4)
    for t, q in zip(texts[:n], d["terms"], strict=False):
        hits = [rid_of(d, rng) for _ in range(rng.randint(1, 3))]
        steps.append(llm(t))
        steps.append(
            call(
                tool(d, "search"),
                {"q": q},
                obs(d, rng, clk, {"query": q, "matches": len(hits), "ids": " ".join(hits)}),
            )
        )
    return steps


def p_alternating_tools_new_items(d, rng, clk):
    steps = [opener(d, rng)]
    for i in range(rng.randint(2, 4)):
        x = rid_of(d, rng)
        v = d["vals"][i % 3]
        steps.append(
            call(tool(d, "get"), {"id": x}, obs(d, rng, clk, {"id": x, d["field"]: "unset"}))
        )
        steps.append(
            call(
                tool(d, "update"),
                {"id": x, d["field"]: v},
                obs(d, rng, clk, {"id": x, d["field"]: v, "saved": "true"}),
            )
        )
    return steps


def p_retry_with_corrected_args(d, rng, clk):
    x = rid_of(d, rng)
    steps = [opener(d, rng)]
    steps.append(
        call(
            tool(d, "update"),
            {"id": x.lower(), d["field"]: d["vals"][0]},
            obs(d, rng, clk, {"error": f"unknown id {x.lower()}"}, error=True),
            error=True,
        )
    )
    steps.append(llm(f"The id is case-sensitive; using {x}."))
    steps.append(
        call(
            tool(d, "update"),
            {"id": x, d["field"]: d["vals"][0]},
            obs(d, rng, clk, {"error": f"{d['field']} outside allowed window"}, error=True),
            error=True,
        )
    )
    if rng.random() < 0.6:
        steps.append(llm(f"Trying the permitted value {d['vals'][1]} instead."))
    steps.append(
        call(
            tool(d, "update"),
            {"id": x, d["field"]: d["vals"][1]},
            obs(d, rng, clk, {"id": x, d["field"]: d["vals"][1], "saved": "true"}),
        )
    )
    return steps


def p_same_tool_refined_query(d, rng, clk):
    steps = [opener(d, rng)]
    q = d["terms"][0]
    counts = sorted(rng.sample(range(2, 140), 4), reverse=True)
    extra = ["status:open", "week:48", f"site:{d['pfx']}N"]
    for i in range(rng.randint(2, 4)):
        if i:
            q = f"{q} {extra[i - 1]}"
        steps.append(
            llm(
                rng.choice(
                    [f"Searching '{q}'.", f"Let me search '{q}' to find the matching {d['ent']}."]
                )
            )
        )
        steps.append(
            call(tool(d, "search"), {"q": q}, obs(d, rng, clk, {"query": q, "matches": counts[i]}))
        )
    return steps


def p_status_updates_changing_counts(d, rng, clk):
    total = rng.randint(12, 30)
    done = 0
    steps = [opener(d, rng)]
    for _ in range(rng.randint(2, 4)):
        k = rng.randint(2, 5)
        done += k
        x = rid_of(d, rng)
        steps.append(
            call(
                tool(d, "update"),
                {"id": x, d["field"]: rng.choice(d["vals"])},
                obs(d, rng, clk, {"id": x, "saved": "true"}),
            )
        )
        steps.append(
            llm(
                f"I have the {d['ent']} entries open. {done} of {total} are updated; continuing with the rest."
            )
        )
    return steps


def p_same_tool_distinct_ids(d, rng, clk):
    steps = [opener(d, rng)]
    for _ in range(rng.randint(3, 7)):
        x = rid_of(d, rng)
        steps.append(
            call(
                tool(d, "notes"),
                {"id": x, "include": "history"},
                obs(
                    d,
                    rng,
                    clk,
                    {
                        "id": x,
                        "notes": rng.randint(0, 6),
                        "last": rng.choice(
                            ["awaiting review", "closed", "parts ordered", "client query"]
                        ),
                    },
                ),
            )
        )
    return steps


def p_soft_rejection_fixed(d, rng, clk):
    x = rid_of(d, rng)
    steps = [opener(d, rng), llm(f"Submitting {x} for sign-off.")]
    steps.append(
        call(
            tool(d, "submit"),
            {"id": x, d["field"]: d["vals"][0], "ref": ""},
            obs(
                d,
                rng,
                clk,
                {"accepted": "false", "warning": "ref is required for submission", "id": x},
            ),
        )
    )
    ref = f"PO-{rng.randint(100000, 999999)}"
    steps.append(llm(f"It needs a reference; the order reference on file is {ref}, adding it."))
    steps.append(
        call(
            tool(d, "submit"),
            {"id": x, d["field"]: d["vals"][0], "ref": ref},
            obs(d, rng, clk, {"accepted": "true", "id": x, "ref": ref}),
        )
    )
    if rng.random() < 0.5:
        steps.append(llm(f"Accepted; {x} is filed under {ref} and awaiting the approver."))
    return steps


def p_cursor_advances(d, rng, clk):
    steps = [opener(d, rng)]
    cur = None
    seen = 0
    for _ in range(rng.randint(2, 5)):
        ids = [rid_of(d, rng) for _ in range(3)]
        seen += 3
        nxt = "c_" + "%06x" % rng.getrandbits(24)
        args = {"limit": 3} if cur is None else {"limit": 3, "cursor": cur}
        steps.append(
            call(
                tool(d, "list"),
                args,
                obs(
                    d,
                    rng,
                    clk,
                    {"items": " ".join(ids), "cursor": nxt, "total": 41, "offset": seen - 3},
                ),
            )
        )
        cur = nxt
        if rng.random() < 0.4:
            steps.append(llm(f"Got a batch of {d['ent']} entries; fetching more to cover all 41."))
    return steps


def p_plan_then_execute(d, rng, clk):
    steps = [
        opener(d, rng),
        llm(
            f"Plan: 1) list open {d['ent']} entries, 2) check {d['field']}, 3) update the wrong ones, 4) confirm with you."
        ),
    ]
    ids = [rid_of(d, rng) for _ in range(3)]
    steps.append(
        call(
            tool(d, "list"),
            {"state": "open"},
            obs(d, rng, clk, {"items": " ".join(ids), "total": 3}),
        )
    )
    for x in ids[: rng.randint(1, 3)]:
        steps.append(  # noqa: PERF401
            call(
                tool(d, "update"),
                {"id": x, d["field"]: d["vals"][2]},
                obs(d, rng, clk, {"id": x, "saved": "true"}),
            )
        )
    steps.append(llm("Step 3 done; here is the summary for step 4."))
    return steps


def p_confirm_then_act(d, rng, clk):
    x = rid_of(d, rng)
    v = d["vals"][1]
    steps = [
        opener(d, rng),
        call(tool(d, "get"), {"id": x}, obs(d, rng, clk, {"id": x, d["field"]: d["vals"][0]})),
    ]
    steps.append(
        llm(f"Just to confirm, you want {x} updated with {d['field']} = {v}?", "Yes please.")
    )
    steps.append(
        call(
            tool(d, "update"),
            {"id": x, d["field"]: v},
            obs(d, rng, clk, {"id": x, d["field"]: v, "saved": "true"}),
        )
    )
    if rng.random() < 0.5:
        steps.append(call(tool(d, "get"), {"id": x}, obs(d, rng, clk, {"id": x, d["field"]: v})))
    steps.append(llm(f"Done: {x} now shows {d['field']} {v}."))
    return steps


def p_job_poll_advances(d, rng, clk):
    job = "job-" + "%05x" % rng.getrandbits(20)
    steps = [
        opener(d, rng),
        call(
            tool(d, "submit"),
            {"batch": d["terms"][2]},
            obs(d, rng, clk, {"job": job, "state": "queued"}),
        ),
    ]
    states = [
        ("queued", 14, 0),
        ("queued", 6, 0),
        ("running", 0, 35),
        ("running", 0, 80),
        ("done", 0, 100),
    ]
    pick = states[-rng.randint(2, 5) :]
    for st, pos, pct in pick:
        if rng.random() < 0.5:
            steps.append(llm(f"Checking on {job} status before I report."))
        steps.append(
            call(
                tool(d, "status"),
                {"job": job},
                obs(d, rng, clk, {"job": job, "state": st, "position": pos, "pct": pct}),
            )
        )
    return steps


def p_handoff_resolved(d, rng, clk):
    x = rid_of(d, rng)
    a, b = d["teams"]
    person = rng.choice(["R. Okafor", "J. Lindqvist", "M. Haddad", "S. Pereira"])
    steps = [opener(d, rng)]
    steps.append(
        call(
            tool(d, "route"),
            {"id": x, "to": a},
            obs(d, rng, clk, {"id": x, "result": "declined", "note": f"belongs to {b}"}),
        )
    )
    steps.append(
        call(
            tool(d, "route"),
            {"id": x, "to": b},
            obs(d, rng, clk, {"id": x, "result": "accepted", "assignee": person}),
        )
    )
    if rng.random() < 0.6:
        eta = rng.choice(["today", "by Tuesday", "within 48 hours"])
        steps.append(
            call(
                tool(d, "notes"),
                {"id": x},
                obs(d, rng, clk, {"id": x, "owner": person, "eta": eta}),
            )
        )
    steps.append(llm(f"{b} has taken {x}; {person} is the assignee."))
    return steps


LOOP_FNS = [globals()["l_" + k] for k in LOOP_KINDS]
PROG_FNS = [globals()["p_" + k] for k in PROGRESS_KINDS]


def build() -> list[dict]:
    rows = []
    for label, kinds, fns in (
        ("loop", LOOP_KINDS, LOOP_FNS),
        ("progress", PROGRESS_KINDS, PROG_FNS),
    ):
        for kind, fn in zip(kinds, fns, strict=True):
            for i, d in enumerate(DOMAINS, start=1):
                rid = f"seventyninth-{label}-{kind}-{i:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                steps = fn(d, rng, Clock(rng))
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": d["name"],
                        "steps": steps[:12],
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
