"""Blind trajectory set 59 ("fiftyninth"): 208 labelled agent trajectories.

Standard library only; deterministic (each row seeded from SEED and its id).
Run: python tests/data/trajectories_fiftyninth/generate.py
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

SEED = 5959
PREFIX = "fiftyninth"


class Ctx:
    def __init__(self, dom: dict, rid: str) -> None:
        self.d = dom
        self.r = random.Random("%d:%s" % (SEED, rid))
        r = self.r
        self.t = datetime(
            2026,
            1 + r.randrange(11),
            1 + r.randrange(27),
            5 + r.randrange(14),
            r.randrange(60),
            r.randrange(60),
            tzinfo=UTC,
        )
        self.steps: list[dict] = []
        self.seq = r.randrange(1000, 9000)

    def tick(self, lo: int = 3, hi: int = 45) -> None:
        self.t += timedelta(seconds=self.r.randint(lo, hi), milliseconds=self.r.randrange(1000))

    def hx(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        return "%s-%s-4%s-%s-%s" % (self.hx(8), self.hx(4), self.hx(3), self.hx(4), self.hx(12))

    def iso(self) -> str:
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.t.microsecond // 1000)

    def say(self, text: str, obs: str = "") -> None:
        self.steps.append({"kind": "llm", "text": text, "observation": obs})
        self.tick(4, 30)

    def call(self, spec: tuple, error: bool = False, lo: int = 1, hi: int = 12) -> None:
        tool, args, body = spec
        self.seq += self.r.randint(1, 7)
        obs = self.d["env"](self, tool, body, error)
        self.steps.append(
            {"kind": "tool", "tool": tool, "args": args, "observation": obs, "error": error}
        )
        self.tick(lo, hi)


# ---------------------------------------------------------------- envelopes (one per domain)


def env_transplant(c: Ctx, tool: str, body: object, error: bool) -> str:
    meta = {
        "txn": "DN-%s" % c.hx(10).upper(),
        "node": "dnapp-%02d" % c.r.randint(1, 14),
        "elapsed_ms": c.r.randint(38, 910),
        "at": c.iso(),
    }
    if tool.endswith(("list_sequence", "match_run")):
        meta["snapshot"] = c.hx(6)
    if error:
        return json.dumps({"fault": body, "_meta": meta})
    return json.dumps({"result": body, "_meta": meta})


def env_pacs(c: Ctx, tool: str, body: object, error: bool) -> str:
    code = body.get("status", 400) if error and isinstance(body, dict) else 200
    head = [
        "HTTP/1.1 %d" % code,
        "Date: %s" % c.t.strftime("%a, %d %b %Y %H:%M:%S GMT"),
        "X-Request-ID: %s" % c.uuid(),
    ]
    if tool.startswith("dicomweb"):
        head.append('ETag: W/"%s"' % c.hx(16))
        head.append("Server: dcm4chee-arc/5.31.%d" % c.r.randint(0, 2))
    else:
        head.append("X-Router-Node: rtr-%s" % c.r.choice(["a", "b", "c"]))
        head.append("X-Elapsed: %dms" % c.r.randint(9, 600))
    return "\n".join(head) + "\n\n" + json.dumps(body)


def env_nuclear(c: Ctx, tool: str, body: object, error: bool) -> str:
    info = {
        "requestId": "mx%s" % c.hx(12),
        "totalTime": c.r.randint(120, 2400),
        "server": "maxprd-jvm%d" % c.r.randint(1, 6),
        "asOf": c.iso(),
    }
    if tool.startswith("eso"):
        info["lockVersion"] = c.r.randint(2, 40)
    if error:
        return json.dumps({"Error": body, "responseInfo": info})
    return json.dumps({"member": body, "responseInfo": info})


def env_pawn(c: Ctx, tool: str, body: object, error: bool) -> str:
    out = {
        "ok": not error,
        "rid": "req_%s" % c.hx(14),
        "ratelimit": {"remaining": c.r.randint(40, 299), "reset": int(c.t.timestamp()) + 60},
        "ts": int(c.t.timestamp()),
    }
    if tool.startswith("leads"):
        out["gateway"] = "leadsonline-edge-%d" % c.r.randint(1, 4)
    out["error" if error else "data"] = body
    return json.dumps(out)


def env_ivf(c: Ctx, tool: str, body: object, error: bool) -> str:
    line = "trace=%s at=%s host=%s dur=%dms" % (
        c.hx(16),
        c.iso(),
        c.r.choice(["lims-app1", "lims-app2", "lims-app3"]),
        c.r.randint(15, 700),
    )
    if tool.startswith("witness"):
        line += " station=WS-%02d" % c.r.randint(1, 9)
    status = "ERR" if error else "OK"
    return "%s %s\n%s" % (status, line, json.dumps(body))


def env_ifta(c: Ctx, tool: str, body: object, error: bool) -> str:
    header = {
        "TransmissionId": "TX%s" % c.hx(12).upper(),
        "Timestamp": c.t.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "ProcessingMs": c.r.randint(200, 5200),
    }
    if tool.startswith("eld"):
        header = {
            "x-trace": c.uuid(),
            "served": c.iso(),
            "x-ratelimit-remaining": c.r.randint(100, 1000),
        }
    key = "Errors" if error else "Body"
    return json.dumps({"Header": header, key: body})


def env_pest(c: Ctx, tool: str, body: object, error: bool) -> str:
    out: dict = {
        "x-amzn-trace-id": "Root=1-%s-%s" % (c.hx(8), c.hx(24)),
        "served_by": "fsm-api-%s" % c.hx(4),
        "took": "%.3fs" % (c.r.randint(30, 1800) / 1000),
    }
    if error:
        out["error"] = body
    else:
        out["data"] = body
        if tool.startswith("routes"):
            out["generated_at"] = c.iso()
    return json.dumps(out)


def env_mongo(c: Ctx, tool: str, body: object, error: bool) -> str:
    ts = int(c.t.timestamp())
    out: dict = {}
    if isinstance(body, dict):
        out.update(body)
    else:
        out["result"] = body
    if tool.startswith("atlas"):
        out = {"results": out, "links": [{"rel": "self", "href": "/api/atlas/v2/%s" % c.hx(24)}]}
        out["requestId"] = c.hx(24)
        return json.dumps(out)
    out["ok"] = 0 if error else 1
    out["$clusterTime"] = {"clusterTime": {"$timestamp": {"t": ts, "i": c.r.randint(1, 40)}}}
    out["operationTime"] = {"$timestamp": {"t": ts, "i": c.r.randint(1, 40)}}
    return json.dumps(out)


# ---------------------------------------------------------------- shared openings


def opening(c: Ctx, calls: int | None = None) -> None:
    d, r = c.d, c.r
    c.say(r.choice(d["start"]), r.choice(d["req"]))
    n = calls if calls is not None else r.choice([1, 2])
    for spec in d["open"][:n]:
        c.call(spec)


def prelude(c: Ctx) -> None:
    """Sometimes the person asks one unrelated small thing first, which the agent does."""
    if c.r.random() < c.d["detour"]:
        req, spec, result = c.d["newreq"][1 + c.r.randrange(len(c.d["newreq"]) - 1)]
        c.say(c.d["ack"], req)
        c.call(spec)
        c.say(result)


# ---------------------------------------------------------------- loop builders


def loop_exact_repeat(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    prelude(c)
    n = r.randint(4, 7)
    nudges = d["nudge"]
    for i in range(n):
        obs = "" if (i == 0 or r.random() > d["pushy"]) else r.choice(nudges)
        c.say(d["exact"], obs)


def loop_paraphrased_repeat(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, r.choice([1, 2]))
    prelude(c)
    lines = list(d["para"])
    r.shuffle(lines)
    n = r.randint(4, min(6, len(lines)))
    for i, line in enumerate(lines[:n]):
        c.say(line, r.choice(d["nudge"]) if i and r.random() < d["pushy"] else "")


def loop_ab_oscillation(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    a, b = d["ab"]
    talk = r.random() < d["chatty"]
    cycles = r.randint(3, 5)
    for i in range(cycles):
        c.call(a)
        if talk and i % 2 == 0:
            c.say(d["ab_say"][0])
        c.call(b)
        if talk and i % 2 == 1:
            c.say(d["ab_say"][1])


def loop_failing_tool_retry(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    prelude(c)
    n = r.randint(4, 7)
    for i in range(n):
        c.call(d["fail"], error=True)
        if i < n - 1 and r.random() < d["chatty"]:
            nudge = r.choice(d["nudge"]) if r.random() < d["pushy"] / 2 else ""
            c.say(d["fail_say"][i % len(d["fail_say"])], nudge)


def loop_same_action_same_observation(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, r.choice([1, 2]))
    n = r.randint(4, 6)
    for i in range(n):
        c.call(d["sasa"], lo=20, hi=90)
        if i < n - 1:
            nudge = r.choice(d["nudge"]) if r.random() < d["pushy"] / 2 else ""
            c.say(d["sasa_say"][i % len(d["sasa_say"])], nudge)


def loop_identical_monologue(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    prelude(c)
    if r.random() < 0.5:
        c.call(d["open"][-1])
    n = r.randint(4, 8)
    for _ in range(n):
        c.say(d["mono"])


def loop_identical_tool_calls(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    prelude(c)
    tool, args, body = d["itc"]
    key, lo, hi = d["live"]
    n = r.randint(5, 9)
    said = False
    for i in range(n):
        b = dict(body)
        b[key] = r.randint(lo, hi)
        c.call((tool, args, b), lo=1, hi=4)
        if not said and i == 2 and r.random() < d["chatty"]:
            c.say(d["itc_say"])
            said = True


def loop_reask_answered_question(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    prelude(c)
    q, answers = d["ask"]
    c.say(q)
    n = r.randint(3, 5)
    for i in range(n):
        c.say(d["reask"][i % len(d["reask"])], answers[i % len(answers)])
    if r.random() < 0.5:
        c.call(d["open"][0])
        c.say(q, "")


def loop_query_rotation_cycle(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    tool, queries, empty, key = d["rot"]
    rounds = r.randint(2, 3)
    for k in range(rounds):
        for q in queries:
            c.call((tool, {key: q, **d["rot_extra"]}, empty))
        if k < rounds - 1:
            c.say(d["rot_say"][k % len(d["rot_say"])])


def loop_reference_cycle_walk(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    cyc = d["cyc"]
    n = r.randint(7, 10)
    for i in range(n):
        c.call(cyc[i % len(cyc)])
        if i == len(cyc) and r.random() < d["chatty"]:
            c.say(d["cyc_say"])


def loop_unacked_redelivery(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    pull, work, _ack = d["queue"]
    item = d["items"][0]
    rounds = r.randint(3, 4)
    for k in range(rounds):
        body = dict(item[0])
        body[d["redeliver_key"]] = k + 1
        c.call((pull[0], pull[1], body))
        c.call((work, item[1], item[2]))
        if r.random() < d["chatty"]:
            c.say(d["q_say"][k % len(d["q_say"])])


def loop_cosmetic_arg_retry(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    prelude(c)
    tool, variants, err = d["cosm"]
    vs = list(variants)
    extra = r.randint(0, 2)
    for i, args in enumerate(vs + vs[:extra]):
        if i in (1, 3):
            c.say(d["cosm_say"][0 if i == 1 else 1])
        c.call((tool, args, err), error=True)
    if r.random() < 0.5:
        c.say(r.choice(d["fail_say"]))
        c.call((tool, vs[0], err), error=True)


def loop_reverify_after_done(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    c.call(d["done"])
    reads = d["verify"]
    rounds = r.randint(3, 4)
    for k in range(rounds):
        c.call(reads[0])
        if r.random() < 0.6:
            c.call(reads[1])
        obs = r.choice(d["thanks"]) if k and r.random() < d["pushy"] else ""
        c.say(d["reverify"][k % len(d["reverify"])], obs)


# ---------------------------------------------------------------- progress builders


def prog_same_ack_new_requests(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    items = list(d["newreq"])
    r.shuffle(items)
    for req, spec, result in items[: r.randint(3, 4)]:
        c.say(d["ack"], req)
        c.call(spec)
        if r.random() < d["chatty"]:
            c.say(result)


def prog_summarising_related_documents(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    docs = d["docs"][: r.randint(3, len(d["docs"]))]
    for spec, summary in docs:
        c.call(spec)
        c.say(summary)
    c.say(d["docs_wrap"])


def prog_alternating_distinct_items(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    pairs = d["alt"][: r.randint(3, len(d["alt"]))]
    for i, (a, b) in enumerate(pairs):
        c.call(a)
        c.call(b)
        if i == 1 and r.random() < d["chatty"]:
            c.say(d["alt_say"])
    c.say(d["alt_done"])


def prog_transient_error_then_success(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    prelude(c)
    tool, args, errs, ok = d["transient"]
    k = r.randint(2, len(errs))
    for i in range(k):
        c.call((tool, args, errs[i]), error=True, lo=20, hi=75)
        if i == 0 and r.random() < d["chatty"]:
            c.say(d["transient_say"])
    c.call((tool, args, ok))
    c.say(d["transient_done"])


def prog_polling_until_state_change(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, r.choice([1, 2]))
    tool, args, bodies = d["poll"]
    for i, b in enumerate(bodies):
        c.call((tool, args, b), lo=30, hi=120)
        if i < len(bodies) - 1:
            nudge = r.choice(d["nudge"]) if r.random() < d["pushy"] / 2 else ""
            c.say(d["poll_say"][i % len(d["poll_say"])], nudge)
    c.say(d["poll_done"])


def prog_multi_part_drafting(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    prelude(c)
    c.say(d["draft"][0], d["draft_req"])
    for part in d["draft"][1:]:
        c.say(part, r.choice(["", "", d["draft_go"]]))


def prog_paging_through_results(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    prelude(c)
    tool, base, ckey, pages = d["page"]
    cursor = None
    for i, (items, nxt) in enumerate(pages):
        args = dict(base)
        if cursor:
            args[ckey] = cursor
        c.call((tool, args, {"items": items, ckey: nxt}), lo=1, hi=5)
        cursor = nxt
        if i == 1 and r.random() < d["chatty"]:
            c.say(d["page_say"])
    c.say(d["page_done"])


def prog_clarify_then_proceed(c: Ctx) -> None:
    d = c.d
    opening(c)
    prelude(c)
    prev = ""
    for q, a in d["clar"]:
        c.say(q, prev)
        prev = a
    c.say(d["clar_ack"], prev)
    c.call(d["clar_act"])
    c.say(d["clar_done"])


def prog_query_refinement_converges(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c)
    prelude(c)
    tool, key, seq = d["refine"]
    for i, (q, body) in enumerate(seq):
        c.call((tool, {key: q, **d["rot_extra"]}, body))
        if i == 1 and r.random() < d["chatty"]:
            c.say(d["refine_say"])
    c.say(d["refine_done"])


def prog_reference_chain_resolves(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    prelude(c)
    for i, spec in enumerate(d["chain"]):
        c.call(spec)
        if i == 1 and r.random() < d["chatty"]:
            c.say(d["cyc_say"])
    c.say(d["chain_done"])


def prog_queue_drain_acked(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    pull, work, ack = d["queue"]
    items = d["items"][: r.randint(2, 3)]
    for head, wargs, wbody, aargs in items:
        body = dict(head)
        body[d["redeliver_key"]] = 1
        c.call((pull[0], pull[1], body))
        c.call((work, wargs, wbody))
        c.call((ack[0], aargs, ack[1]))
    c.call((pull[0], pull[1], d["queue_empty"]))
    c.say(d["queue_done"])


def prog_retry_with_corrected_argument(c: Ctx) -> None:
    d = c.d
    opening(c)
    prelude(c)
    tool, attempts, ok_args, ok = d["fix"]
    for i, (args, err) in enumerate(attempts):
        c.call((tool, args, err), error=True)
        c.say(d["fix_say"][i % len(d["fix_say"])])
    c.call((tool, ok_args, ok))
    c.say(d["fix_done"])


def prog_post_change_verification(c: Ctx) -> None:
    d, r = c.d, c.r
    opening(c, 1)
    c.call(d["done"])
    for spec in d["verify"]:
        c.call(spec)
    c.say(d["verify_done"])
    if r.random() < 0.6:
        req, spec, result = d["newreq"][0]
        c.say(d["next_ack"], req)
        c.call(spec)
        c.say(result)


# ---------------------------------------------------------------- domains

DN = "AHGK119"
MR = "MR-2611-04417"

TRANSPLANT = {
    "name": "organ_transplant_match_runs",
    "what": "an OPO allocation coordinator's assistant running DonorNet match runs and organ offers",
    "ack": "Okay, looking at that now.",
    "chatty": 0.6,
    "pushy": 0.6,
    "detour": 0.3,
    "env": env_transplant,
    "req": [
        "Donor AHGK119 is authorized, cross-clamp pencilled for 03:30. Run the kidney match and start offers.",
        "Can you pick up AHGK119? Serologies are back, I need the KI match run and the first offers out.",
        "Take over allocation on AHGK119 while I'm in the OR with the family, kidneys first please.",
    ],
    "start": [
        "On it. Pulling the donor record for AHGK119 and checking the match run before any offer goes out.",
        "Understood, I'll confirm ABO and KDPI on AHGK119 first, then work the kidney sequence.",
        "Picking up AHGK119 now; reading the donor summary and any existing match run.",
    ],
    "open": [
        (
            "donornet.get_donor",
            {"donor_id": DN},
            {
                "donor_id": DN,
                "abo": "O",
                "age": 34,
                "cod": "anoxia",
                "kdpi": 28,
                "status": "AUTHORIZED",
                "opo": "CAOP",
            },
        ),
        (
            "donornet.get_match_run",
            {"donor_id": DN, "organ": "KI"},
            {"match_id": MR, "organ": "KI", "candidates": 212, "run_at": "2026-03-11T01:52Z"},
        ),
    ],
    "nudge": [
        "Any offers out yet?",
        "Where are we on the sequence?",
        "Hello? Still there?",
        "The surgeon is asking for the first acceptance.",
    ],
    "exact": "The kidney match run MR-2611-04417 is ready and I am preparing the primary offers "
    "to the top sequence numbers now.",
    "para": [
        "I'm getting the primary kidney offers ready for the top of MR-2611-04417.",
        "Next I'll be sending the first offers off the kidney match run.",
        "The offers for the leading sequence numbers are being lined up now.",
        "Working on it: the primary KI offers from MR-2611-04417 are about to go out.",
        "I'll have the top candidates on the kidney run offered shortly.",
        "Preparing the first round of kidney offers from the match run as we speak.",
    ],
    "ab": (
        (
            "donornet.set_bypass",
            {"match_id": MR, "seq": 1, "code": "830"},
            {"match_id": MR, "seq": 1, "bypass": "830 - Donor medical urgency"},
        ),
        (
            "donornet.clear_bypass",
            {"match_id": MR, "seq": 1},
            {"match_id": MR, "seq": 1, "bypass": None},
        ),
    ),
    "ab_say": [
        "Seq 1 is in Seattle and cold time is a worry, so bypassing them with 830.",
        "Actually 830 needs medical director sign-off I don't have, clearing the bypass on seq 1.",
    ],
    "fail": (
        "donornet.upload_document",
        {"donor_id": DN, "doc_type": "SEROLOGY_FINAL", "file": "AHGK119_sero_final.pdf"},
        {"code": 413, "message": "attachment exceeds 10 MB limit (14.2 MB)"},
    ),
    "fail_say": [
        "Upload bounced, sending the serology PDF again.",
        "Trying the serology attachment once more.",
        "Resubmitting the final serology file.",
    ],
    "sasa": (
        "donornet.get_offer_status",
        {"match_id": MR, "seq": 1},
        {
            "seq": 1,
            "center": "WAUW-TX1",
            "state": "PROVISIONAL_YES_PENDING",
            "response_due": "2026-03-11T03:02Z",
        },
    ),
    "sasa_say": [
        "Seq 1 still shows provisional yes pending, checking again.",
        "No change on WAUW yet; refreshing the offer status.",
        "Still pending for seq 1, I'll look once more.",
    ],
    "mono": "I am reviewing the kidney sequence for AHGK119 and will confirm the next offer shortly.",
    "itc": (
        "donornet.list_sequence",
        {"match_id": MR, "from_seq": 1, "limit": 10},
        {"match_id": MR, "rows": ["1 WAUW-TX1", "2 ORUO-TX1", "3 CASF-TX1"]},
    ),
    "live": ("open_offers_on_donor", 1, 3),
    "itc_say": "Reading the top of the kidney sequence.",
    "ask": (
        "Before I send offers, what's the confirmed cross-clamp time?",
        [
            "03:30 like I said.",
            "Cross-clamp is 03:30.",
            "03:30. It's in the first message.",
            "Still 03:30.",
        ],
    ),
    "reask": [
        "Thanks. Could you confirm the cross-clamp time so I can set response windows?",
        "Got it. And what time is cross-clamp scheduled for?",
        "Understood. One thing before offers go out: the cross-clamp time?",
    ],
    "rot": (
        "unet.search_policy",
        ["dual kidney KDPI threshold", "KDPI 85 double kidney", "dual kidney allocation criteria"],
        {"hits": [], "total": 0},
        "q",
    ),
    "rot_extra": {"section": "8"},
    "rot_say": [
        "Nothing yet; rephrasing the policy search.",
        "Still no hits, I'll try the wording again.",
    ],
    "cyc": [
        (
            "unet.get_policy",
            {"ref": "8.5.A"},
            {"ref": "8.5.A", "title": "Kidney allocation classifications", "see": "8.4.C"},
        ),
        (
            "unet.get_policy",
            {"ref": "8.4.C"},
            {"ref": "8.4.C", "title": "Dual kidney definition", "see": "8.5.J"},
        ),
        (
            "unet.get_policy",
            {"ref": "8.5.J"},
            {"ref": "8.5.J", "title": "Sequence for dual kidneys", "see": "8.5.A"},
        ),
    ],
    "cyc_say": "Following the cross-reference to find where the dual kidney rule actually lives.",
    "queue": (
        ("opo.tasks.pull", {"queue": "lab-entry", "donor_id": DN}),
        "donornet.enter_lab",
        ("opo.tasks.complete", {"status": "completed"}),
    ),
    "items": [
        (
            {"task_id": "T-88410", "lab": "HLA typing"},
            {"donor_id": DN, "panel": "HLA", "values": "A2,A24;B44,B51;DR4,DR15"},
            {"saved": True, "panel": "HLA"},
            {"task_id": "T-88410"},
        ),
        (
            {"task_id": "T-88411", "lab": "UA"},
            {"donor_id": DN, "panel": "UA", "values": "protein trace; RBC 0-2"},
            {"saved": True, "panel": "UA"},
            {"task_id": "T-88411"},
        ),
        (
            {"task_id": "T-88412", "lab": "Creatinine trend"},
            {"donor_id": DN, "panel": "SCR", "values": "1.1,1.3,1.0"},
            {"saved": True, "panel": "SCR"},
            {"task_id": "T-88412"},
        ),
    ],
    "redeliver_key": "delivery_count",
    "queue_empty": {"task_id": None, "note": "no open lab-entry tasks for AHGK119"},
    "q_say": ["HLA entered. Grabbing the next lab task.", "Done with that lab, next task."],
    "queue_done": "All pending lab-entry tasks for AHGK119 are entered and closed.",
    "cosm": (
        "donornet.get_donor_by_unos",
        [
            {"unos_id": "AHGK119", "opo": "CAOP"},
            {"unos_id": "ahgk119", "opo": "CAOP"},
            {"unos_id": " AHGK119", "opo": "caop"},
            {"unos_id": "AHGK119", "opo": "CAOP", "include": "all"},
        ],
        {"code": 404, "message": "no donor AHGK119 registered to OPO CAOP"},
    ),
    "cosm_say": [
        "Maybe it's case sensitive, trying lowercase.",
        "Adding include=all in case the record is filtered.",
    ],
    "done": (
        "donornet.send_offer",
        {"match_id": MR, "seq": 1, "center": "WAUW-TX1"},
        {"offer_id": "OF-551902", "seq": 1, "state": "SENT"},
    ),
    "verify": [
        (
            "donornet.get_offer_status",
            {"match_id": MR, "seq": 1},
            {"seq": 1, "state": "SENT", "response_due": "2026-03-11T03:02Z"},
        ),
        (
            "donornet.list_offers",
            {"donor_id": DN},
            {"offers": [{"offer_id": "OF-551902", "seq": 1, "state": "SENT"}]},
        ),
        (
            "donornet.get_notification_log",
            {"offer_id": "OF-551902"},
            {"pager": "delivered", "email": "delivered", "phone_attempts": 1},
        ),
    ],
    "reverify": [
        "Confirmed: the offer to WAUW-TX1 shows as sent.",
        "Double-checked, OF-551902 is in SENT state.",
        "Checked again and the offer is still there, sent to seq 1.",
    ],
    "thanks": ["Yes, you said. Move on.", "Great, thanks.", "ok"],
    "verify_done": "Offer OF-551902 is sent to WAUW-TX1, listed on the donor, and the pager "
    "and email both delivered. Clock for the response runs to 03:02.",
    "next_ack": "Sure.",
    "newreq": [
        (
            "Can you send the seq 2 offer as backup?",
            (
                "donornet.send_offer",
                {"match_id": MR, "seq": 2, "center": "ORUO-TX1", "backup": True},
                {"offer_id": "OF-551903", "seq": 2, "state": "SENT_BACKUP"},
            ),
            "Backup offer OF-551903 is out to ORUO-TX1.",
        ),
        (
            "What's the KDPI again?",
            ("donornet.get_donor", {"donor_id": DN}, {"donor_id": DN, "kdpi": 28}),
            "KDPI is 28%.",
        ),
        (
            "Run the liver match too.",
            (
                "donornet.run_match",
                {"donor_id": DN, "organ": "LI"},
                {"match_id": "MR-2611-04418", "organ": "LI", "candidates": 96},
            ),
            "Liver match MR-2611-04418 is done, 96 candidates.",
        ),
        (
            "Log that the family approved research consent.",
            (
                "donornet.add_note",
                {"donor_id": DN, "type": "CONSENT", "text": "research consent given"},
                {"note_id": "N-20931"},
            ),
            "Logged as note N-20931.",
        ),
    ],
    "docs": [
        (
            (
                "donornet.get_document",
                {"donor_id": DN, "doc": "H&P"},
                {"doc": "H&P", "pages": 4, "text": "34M, cardiac arrest, 22 min downtime"},
            ),
            "H&P: 34-year-old male, anoxic arrest with 22 minutes downtime.",
        ),
        (
            (
                "donornet.get_document",
                {"donor_id": DN, "doc": "ECHO"},
                {"doc": "ECHO", "pages": 1, "text": "EF 55%, no wall motion abnormality"},
            ),
            "Echo: EF 55 percent, normal wall motion.",
        ),
        (
            (
                "donornet.get_document",
                {"donor_id": DN, "doc": "RENAL_BX"},
                {"doc": "RENAL_BX", "pages": 2, "text": "glomerulosclerosis 3%"},
            ),
            "Biopsy: 3 percent glomerulosclerosis, fine for kidney offers.",
        ),
        (
            (
                "donornet.get_document",
                {"donor_id": DN, "doc": "CXR"},
                {"doc": "CXR", "pages": 1, "text": "left lower lobe infiltrate"},
            ),
            "Chest film: left lower lobe infiltrate, lungs may be declined.",
        ),
    ],
    "docs_wrap": "Summary posted to the case: kidneys look good, lungs questionable.",
    "alt": [
        (
            (
                "donornet.send_offer",
                {"match_id": MR, "seq": 1, "center": "WAUW-TX1"},
                {"offer_id": "OF-551902", "state": "SENT"},
            ),
            (
                "donornet.record_refusal",
                {"match_id": MR, "seq": 1, "code": "830"},
                {"seq": 1, "refusal": "830", "state": "DECLINED"},
            ),
        ),
        (
            (
                "donornet.send_offer",
                {"match_id": MR, "seq": 2, "center": "ORUO-TX1"},
                {"offer_id": "OF-551903", "state": "SENT"},
            ),
            (
                "donornet.record_refusal",
                {"match_id": MR, "seq": 2, "code": "837"},
                {"seq": 2, "refusal": "837", "state": "DECLINED"},
            ),
        ),
        (
            (
                "donornet.send_offer",
                {"match_id": MR, "seq": 3, "center": "CASF-TX1"},
                {"offer_id": "OF-551904", "state": "SENT"},
            ),
            (
                "donornet.record_refusal",
                {"match_id": MR, "seq": 3, "code": "806"},
                {"seq": 3, "refusal": "806", "state": "DECLINED"},
            ),
        ),
        (
            (
                "donornet.send_offer",
                {"match_id": MR, "seq": 4, "center": "CASD-TX1"},
                {"offer_id": "OF-551905", "state": "SENT"},
            ),
            (
                "donornet.record_acceptance",
                {"match_id": MR, "seq": 4},
                {"seq": 4, "state": "ACCEPTED"},
            ),
        ),
    ],
    "alt_say": "Two declines so far, moving down the list.",
    "alt_done": "Working down the sequence: declines logged with codes, next offer is out.",
    "transient": (
        "donornet.run_match",
        {"donor_id": DN, "organ": "KI"},
        [
            {"code": 503, "message": "match engine busy, retry after 45s"},
            {"code": 503, "message": "match engine busy, retry after 30s"},
            {"code": 429, "message": "OPO rate limit, retry after 20s"},
        ],
        {"match_id": MR, "organ": "KI", "candidates": 212},
    ),
    "transient_say": "Match engine is busy; waiting out the retry-after before running it again.",
    "transient_done": "Kidney match MR-2611-04417 ran: 212 candidates.",
    "poll": (
        "donornet.get_match_run_status",
        {"match_id": MR},
        [
            {"state": "RANKING", "pct": 18},
            {"state": "RANKING", "pct": 61},
            {"state": "CROSSMATCH_VIRTUAL", "pct": 88},
            {"state": "COMPLETE", "pct": 100},
        ],
    ),
    "poll_say": ["Ranking is at 18%.", "61% now, moving.", "Virtual crossmatch running."],
    "poll_done": "Match run finished, sequence is ready.",
    "draft_req": "Write the donor summary for the offer packet: history, labs, imaging, plan.",
    "draft_go": "keep going",
    "draft": [
        "Donor summary, AHGK119. History: 34M, anoxic brain injury after cardiac arrest, "
        "downtime 22 min, no prior renal disease.",
        "Labs: creatinine 1.1 to 1.3 to 1.0, UA protein trace, HLA A2,A24 B44,B51 DR4,DR15.",
        "Imaging: echo EF 55 percent; CXR left lower lobe infiltrate; renal biopsy 3 percent "
        "glomerulosclerosis.",
        "Plan: kidneys offered per MR-2611-04417, liver run pending, lungs likely declined.",
    ],
    "page": (
        "donornet.list_sequence",
        {"match_id": MR, "limit": 3},
        "cursor",
        [
            (["1 WAUW-TX1", "2 ORUO-TX1", "3 CASF-TX1"], "c_4"),
            (["4 CASD-TX1", "5 NVUM-TX1", "6 AZSJ-TX1"], "c_7"),
            (["7 UTLD-TX1", "8 COUC-TX1", "9 NMUH-TX1"], None),
        ],
    ),
    "page_say": "Through 6 of the sequence.",
    "page_done": "Read the top 9; three local centers in the first three.",
    "clar": [
        ("Do you want kidneys offered en bloc or singly?", "Singly."),
        ("Any centers the medical director wants bypassed?", "No bypasses."),
        ("Should I send backup offers with primaries?", "Yes, two backups."),
    ],
    "clar_ack": "Thanks, sending singles with two backups and no bypasses.",
    "clar_act": (
        "donornet.send_offer",
        {"match_id": MR, "seq": 1, "center": "WAUW-TX1", "backups": 2},
        {"offer_id": "OF-551902", "state": "SENT", "backups": ["OF-551903", "OF-551904"]},
    ),
    "clar_done": "Primary and two backups are out.",
    "refine": (
        "unet.search_policy",
        "q",
        [
            ("dual kidney", {"hits": ["8.4.C", "8.5.J", "8.5.A", "8.2"], "total": 41}),
            ("dual kidney KDPI", {"hits": ["8.4.C", "8.5.J"], "total": 7}),
            ("dual kidney KDPI greater than 85", {"hits": ["8.5.J.iii"], "total": 1}),
        ],
    ),
    "refine_say": "Narrowing the search to the KDPI criterion.",
    "refine_done": "Found it: 8.5.J.iii sets the dual kidney rule for KDPI over 85.",
    "chain": [
        ("unet.get_policy", {"ref": "8.5.A"}, {"ref": "8.5.A", "see": "8.4.C"}),
        ("unet.get_policy", {"ref": "8.4.C"}, {"ref": "8.4.C", "see": "8.5.J"}),
        ("unet.get_policy", {"ref": "8.5.J"}, {"ref": "8.5.J", "see": "8.5.J.iii"}),
        (
            "unet.get_policy",
            {"ref": "8.5.J.iii"},
            {"ref": "8.5.J.iii", "text": "Dual kidney if KDPI>85 and candidate consented"},
        ),
    ],
    "chain_done": "The rule is in 8.5.J.iii; AHGK119 at KDPI 28 is single kidney only.",
    "fix": (
        "donornet.run_match",
        [
            (
                {"donor_id": DN, "organ": "kidney-pancreas"},
                {"code": 422, "message": "organ must be one of KI, LI, HR, LU, PA, KP, IN"},
            ),
            (
                {"donor_id": DN, "organ": "KP"},
                {"code": 422, "message": "KP requires pancreas_suitable=true on donor"},
            ),
        ],
        {"donor_id": DN, "organ": "KI"},
        {"match_id": MR, "organ": "KI", "candidates": 212},
    ),
    "fix_say": [
        "It wants the organ code; using KP.",
        "Pancreas isn't marked suitable, so I'll run KI alone.",
    ],
    "fix_done": "Kidney match run done.",
}

ACC = "ACC24-778120"
SUID = "1.2.840.113619.2.417.3.2831207942.611.1733950211.884"

PACS = {
    "name": "pacs_dicom_study_routing",
    "what": "a radiology IT assistant tracing CT/MR studies through the DICOM router to the PACS "
    "and reading worklists",
    "ack": "Sure, checking.",
    "chatty": 0.3,
    "pushy": 0.7,
    "detour": 0.5,
    "env": env_pacs,
    "req": [
        "ED says the CT head for accession ACC24-778120 is not on the neuro worklist. Find it.",
        "Dr. Okafor can't see the stroke CT ACC24-778120 in PACS, scanner says it sent. Please chase.",
        "Study ACC24-778120 from CT3 is missing from reading, stroke alert, go.",
    ],
    "start": [
        "Checking the archive by accession, then the router queue for CT3.",
        "Querying PACS for ACC24-778120 and the RIS order behind it.",
        "Looking it up by accession first; if it's not archived I'll trace the router.",
    ],
    "open": [
        (
            "dicomweb.qido_studies",
            {"AccessionNumber": ACC},
            {
                "status": 200,
                "matches": 1,
                "StudyInstanceUID": SUID,
                "ModalitiesInStudy": "CT",
                "NumberOfStudyRelatedInstances": 212,
                "InstitutionalDepartmentName": "ED",
            },
        ),
        (
            "ris.get_order",
            {"accession": ACC},
            {
                "accession": ACC,
                "procedure": "CT HEAD WO CONTRAST",
                "priority": "STAT",
                "reading_pool": "NEURO",
                "status": "EXAM_COMPLETE",
            },
        ),
    ],
    "nudge": ["still nothing on the worklist", "?", "neuro is calling again", "update pls"],
    "exact": "The study is archived with 212 images; I'm now checking why it has not been "
    "assigned to the NEURO worklist.",
    "para": [
        "Looking into why the NEURO worklist hasn't picked up the archived CT.",
        "Next step is finding out why reading assignment didn't happen for ACC24-778120.",
        "I'm checking the worklist assignment for the stroke CT now.",
        "Digging into the NEURO pool assignment for this accession.",
        "Working on why the study isn't showing for the neuro readers.",
        "I'll figure out the missing worklist assignment for the CT head.",
    ],
    "ab": (
        (
            "router.set_destination",
            {"rule": "CT3-ED", "ae_title": "PACS_NEURO"},
            {"rule": "CT3-ED", "destination": "PACS_NEURO", "applied": True},
        ),
        (
            "router.set_destination",
            {"rule": "CT3-ED", "ae_title": "PACS_MAIN"},
            {"rule": "CT3-ED", "destination": "PACS_MAIN", "applied": True},
        ),
    ),
    "ab_say": [
        "Pointing CT3-ED at the neuro AE so stroke CTs land there directly.",
        "Neuro AE doesn't feed the main archive, reverting CT3-ED to PACS_MAIN.",
    ],
    "fail": (
        "router.cmove",
        {"study_uid": SUID, "source": "CT3_SCANNER", "dest": "PACS_MAIN"},
        {"status": 502, "error": "C-MOVE failed: 0xA801 Move Destination unknown"},
    ),
    "fail_say": ["C-MOVE failed, retrying.", "Sending the move again.", "One more C-MOVE."],
    "sasa": (
        "router.queue_status",
        {"source_ae": "CT3_SCANNER"},
        {"pending": 212, "sent": 0, "last_error": "association rejected: called AE unknown"},
    ),
    "sasa_say": [
        "Still 212 pending, will check again in a bit.",
        "Queue unchanged, 212 pending.",
        "Same: 212 pending, 0 sent.",
    ],
    "mono": "Waiting on the router to flush the CT3 queue before I check the worklist again.",
    "itc": (
        "dicomweb.qido_studies",
        {"AccessionNumber": ACC, "includefield": "all"},
        {"status": 200, "matches": 1, "StudyInstanceUID": SUID},
    ),
    "live": ("archive_load_pct", 12, 71),
    "itc_say": "querying again",
    "ask": (
        "Which reading pool should it land in, NEURO or ED general?",
        ["NEURO. It's a stroke head CT.", "neuro", "NEURO, I said.", "neuro!!"],
    ),
    "reask": [
        "Ok. To be sure: which pool do you want it assigned to?",
        "Noted. Should it go to NEURO or the ED general pool?",
        "Thanks. And the target worklist is...?",
    ],
    "rot": (
        "pacs.search_audit",
        ["ACC24-778120 assign", "778120 worklist", "assign NEURO CT3"],
        {"events": [], "count": 0},
        "text",
    ),
    "rot_extra": {"since": "-6h"},
    "rot_say": ["No audit hits. Different terms.", "Still empty; rewording."],
    "cyc": [
        ("router.get_rule", {"rule": "CT3-ED"}, {"rule": "CT3-ED", "on_match": "goto:STAT-ROUTE"}),
        (
            "router.get_rule",
            {"rule": "STAT-ROUTE"},
            {"rule": "STAT-ROUTE", "on_match": "goto:ED-DEFAULT"},
        ),
        (
            "router.get_rule",
            {"rule": "ED-DEFAULT"},
            {"rule": "ED-DEFAULT", "on_match": "goto:CT3-ED"},
        ),
    ],
    "cyc_say": "Following the rule chain to see where CT3 studies end up.",
    "queue": (
        ("router.failed_queue.next", {"source_ae": "CT3_SCANNER"}),
        "router.resend",
        ("router.failed_queue.ack", {"ok": True}),
    ),
    "items": [
        (
            {"job": "J-40211", "series": "3", "desc": "AXIAL 5MM"},
            {"job": "J-40211", "dest": "PACS_MAIN"},
            {"sent": 44},
            {"job": "J-40211"},
        ),
        (
            {"job": "J-40212", "series": "4", "desc": "AXIAL 0.625 BONE"},
            {"job": "J-40212", "dest": "PACS_MAIN"},
            {"sent": 120},
            {"job": "J-40212"},
        ),
        (
            {"job": "J-40213", "series": "601", "desc": "CTA MIP"},
            {"job": "J-40213", "dest": "PACS_MAIN"},
            {"sent": 48},
            {"job": "J-40213"},
        ),
    ],
    "redeliver_key": "attempt",
    "queue_empty": {"job": None, "note": "failed queue empty for CT3_SCANNER"},
    "q_say": ["Series resent. Next failed job.", "ok, resent; next one"],
    "queue_done": "All three failed series resent and cleared from the failed queue.",
    "cosm": (
        "router.echo",
        [
            {"ae_title": "PACS_NEURO", "host": "10.40.2.17", "port": 104},
            {"ae_title": "pacs_neuro", "host": "10.40.2.17", "port": 104},
            {"ae_title": "PACS_NEURO ", "host": "10.40.2.17", "port": "104"},
            {"ae_title": "PACS_NEURO", "host": "10.40.2.17", "port": 104, "timeout_s": 30},
        ],
        {"status": 504, "error": "C-ECHO: association rejected (calling AE not known)"},
    ),
    "cosm_say": [
        "AE titles can be case sensitive, trying lower.",
        "Bumping the timeout in case it's slow.",
    ],
    "done": (
        "pacs.assign_worklist",
        {"study_uid": SUID, "pool": "NEURO"},
        {"assigned": True, "pool": "NEURO", "position": 1},
    ),
    "verify": [
        (
            "pacs.get_worklist",
            {"pool": "NEURO", "limit": 5},
            {"items": [{"accession": ACC, "priority": "STAT", "position": 1}]},
        ),
        (
            "dicomweb.qido_studies",
            {"AccessionNumber": ACC},
            {"status": 200, "matches": 1, "reading_status": "UNREAD", "pool": "NEURO"},
        ),
        ("pacs.get_locks", {"study_uid": SUID}, {"locked_by": None}),
    ],
    "reverify": [
        "Confirmed on the NEURO worklist at position 1.",
        "Checked again: ACC24-778120 is on NEURO.",
        "Yes, still at the top of NEURO.",
    ],
    "thanks": ["thanks, they see it", "ok good", "we know, thanks"],
    "verify_done": "On NEURO at position 1, STAT, unread and not locked; the neuro reader can open it.",
    "next_ack": "Will do.",
    "newreq": [
        (
            "Also check the CTA from the same visit, ACC24-778121.",
            (
                "dicomweb.qido_studies",
                {"AccessionNumber": "ACC24-778121"},
                {"status": 200, "matches": 1, "NumberOfStudyRelatedInstances": 640},
            ),
            "CTA ACC24-778121 is archived, 640 images.",
        ),
        (
            "Is the prior MR from 2023 available for comparison?",
            (
                "dicomweb.qido_studies",
                {"PatientID": "MRN0048122", "ModalitiesInStudy": "MR"},
                {"status": 200, "matches": 2},
            ),
            "Two prior MRs found; I'll prefetch them.",
        ),
        (
            "Prefetch those priors to the reading station.",
            ("router.prefetch", {"patient_id": "MRN0048122", "dest": "RS_NEURO_02"}, {"queued": 2}),
            "Both priors are queued to RS_NEURO_02.",
        ),
        (
            "Who's reading neuro right now?",
            ("pacs.get_pool_users", {"pool": "NEURO"}, {"online": ["okafor", "lindqvist"]}),
            "Okafor and Lindqvist are logged in to NEURO.",
        ),
    ],
    "docs": [
        (
            (
                "pacs.get_report",
                {"accession": "ACC23-551902"},
                {"impression": "Chronic small vessel ischemic change. No acute infarct."},
            ),
            "2023 MR brain: chronic small vessel change, nothing acute.",
        ),
        (
            (
                "pacs.get_report",
                {"accession": "ACC24-101377"},
                {"impression": "Left ICA 50-69% stenosis by NASCET."},
            ),
            "Carotid duplex earlier this year: left ICA 50 to 69 percent.",
        ),
        (
            (
                "pacs.get_report",
                {"accession": "ACC22-870014"},
                {"impression": "No intracranial hemorrhage."},
            ),
            "2022 CT head: no hemorrhage.",
        ),
        (
            (
                "pacs.get_report",
                {"accession": "ACC24-332010"},
                {"impression": "Small right frontal meningioma, stable."},
            ),
            "MR follow-up: small right frontal meningioma, stable.",
        ),
    ],
    "docs_wrap": "Priors summarised for the neuro reader in the study notes.",
    "alt": [
        (
            ("router.hold", {"study_uid": SUID + ".1"}, {"held": True}),
            ("router.release", {"study_uid": SUID + ".1", "dest": "PACS_MAIN"}, {"released": True}),
        ),
        (
            ("router.hold", {"study_uid": SUID + ".2"}, {"held": True}),
            ("router.release", {"study_uid": SUID + ".2", "dest": "PACS_MAIN"}, {"released": True}),
        ),
        (
            ("router.hold", {"study_uid": SUID + ".3"}, {"held": True}),
            ("router.release", {"study_uid": SUID + ".3", "dest": "PACS_MAIN"}, {"released": True}),
        ),
        (
            ("router.hold", {"study_uid": SUID + ".4"}, {"held": True}),
            ("router.release", {"study_uid": SUID + ".4", "dest": "PACS_MAIN"}, {"released": True}),
        ),
    ],
    "alt_say": "Holding each mis-tagged study, fixing the tag, releasing it; two done.",
    "alt_done": "Each held study re-tagged and released to PACS_MAIN.",
    "transient": (
        "router.cmove",
        {"study_uid": SUID, "source": "CT3_SCANNER", "dest": "PACS_MAIN"},
        [
            {"status": 503, "error": "C-MOVE: 0xA700 out of resources, retry"},
            {"status": 503, "error": "C-MOVE: 0xA700 out of resources, retry"},
            {"status": 503, "error": "archive ingest throttled, retry in 30s"},
        ],
        {"status": 200, "completed": 212, "failed": 0},
    ),
    "transient_say": "Archive is out of resources (A700); backing off and retrying.",
    "transient_done": "C-MOVE completed: 212 of 212 images.",
    "poll": (
        "router.queue_status",
        {"source_ae": "CT3_SCANNER"},
        [
            {"pending": 212, "sent": 0},
            {"pending": 140, "sent": 72},
            {"pending": 31, "sent": 181},
            {"pending": 0, "sent": 212},
        ],
    ),
    "poll_say": ["0 of 212 so far.", "72 through.", "181 through."],
    "poll_done": "Queue flushed, 212 of 212 sent.",
    "draft_req": "Write the downtime note for the rad IT log: what happened, impact, fix.",
    "draft_go": "go on",
    "draft": [
        "What happened: at 14:05 the CT3 scanner's destination AE was changed during a "
        "firmware update, so the router rejected its associations.",
        "Impact: ACC24-778120 (STAT stroke CT head) and three other CT3 studies sat in the "
        "failed queue for 38 minutes.",
        "Fix: AE title restored on the router, the four studies resent and assigned to NEURO.",
        "Follow-up: add an alert on the failed queue depth for CT scanners.",
    ],
    "page": (
        "pacs.get_worklist",
        {"pool": "NEURO", "limit": 3},
        "page_token",
        [
            (["ACC24-778090", "ACC24-778101", "ACC24-778105"], "pt_2"),
            (["ACC24-778110", "ACC24-778114", "ACC24-778117"], "pt_3"),
            (["ACC24-778119", "ACC24-778120"], None),
        ],
    ),
    "page_say": "Six in, not there yet.",
    "page_done": "ACC24-778120 is on NEURO, last page.",
    "clar": [
        (
            "Is the stroke CT the only missing study or are other CT3 exams missing too?",
            "Others too, probably all of CT3 since 2pm.",
        ),
        ("Ok. Any of them STAT besides the head?", "The CTA."),
        ("Resend to PACS_MAIN or directly to the neuro AE?", "PACS_MAIN."),
    ],
    "clar_ack": "Resending all CT3 failed jobs since 14:00 to PACS_MAIN, CTA first.",
    "clar_act": (
        "router.resend_failed",
        {
            "source_ae": "CT3_SCANNER",
            "since": "14:00",
            "dest": "PACS_MAIN",
            "first": "ACC24-778121",
        },
        {"jobs": 4, "queued": 4},
    ),
    "clar_done": "Four jobs queued, CTA first.",
    "refine": (
        "pacs.search_audit",
        "text",
        [
            ("CT3", {"events": 311, "count": 311}),
            ("CT3 reject", {"events": 40, "count": 40}),
            (
                "CT3 reject 14:0",
                {"events": ["14:05 association rejected: called AE unknown"], "count": 1},
            ),
        ],
    ),
    "refine_say": "Too many hits; narrowing to rejects.",
    "refine_done": "Root cause: associations rejected from 14:05, called AE unknown.",
    "chain": [
        ("router.get_rule", {"rule": "CT3-ED"}, {"rule": "CT3-ED", "on_match": "goto:STAT-ROUTE"}),
        (
            "router.get_rule",
            {"rule": "STAT-ROUTE"},
            {"rule": "STAT-ROUTE", "on_match": "goto:ED-DEFAULT"},
        ),
        (
            "router.get_rule",
            {"rule": "ED-DEFAULT"},
            {"rule": "ED-DEFAULT", "on_match": "send:PACS_MAIN"},
        ),
    ],
    "chain_done": "Rule chain ends at ED-DEFAULT sending to PACS_MAIN, so routing is fine.",
    "fix": (
        "router.cmove",
        [
            (
                {"study_uid": SUID, "source": "CT3", "dest": "PACS_MAIN"},
                {"status": 400, "error": "unknown source AE 'CT3'"},
            ),
            (
                {"study_uid": SUID, "source": "CT3_SCANNER", "dest": "PACS"},
                {"status": 502, "error": "C-MOVE failed: 0xA801 Move Destination unknown"},
            ),
        ],
        {"study_uid": SUID, "source": "CT3_SCANNER", "dest": "PACS_MAIN"},
        {"status": 200, "completed": 212, "failed": 0},
    ),
    "fix_say": ["Source AE is CT3_SCANNER, correcting.", "Destination should be PACS_MAIN."],
    "fix_done": "Moved, 212 images.",
}

WO = "WO-2R31-118452"
CL = "CL-2R31-0774"

NUCLEAR = {
    "name": "nuclear_outage_clearance_tags",
    "what": "a refuelling-outage work control assistant handling Maximo work orders and "
    "clearance (tagout) boundaries at a PWR",
    "ack": "Copy, pulling that.",
    "chatty": 0.75,
    "pushy": 0.3,
    "detour": 0.2,
    "env": env_nuclear,
    "req": [
        "Need clearance CL-2R31-0774 for WO-2R31-118452 (1B RHR pump seal) ready to hang by shift turnover.",
        "Work control here. Get WO-2R31-118452 the 1B RHR seal job, onto a clearance and check the boundary.",
        "Prep the tagout for the 1B RHR pump seal replacement, WO-2R31-118452, window opens 1900.",
    ],
    "start": [
        "Pulling WO-2R31-118452 and the draft clearance to check the isolation boundary.",
        "Reading the work order first, then the clearance points on CL-2R31-0774.",
        "Understood. I'll verify the work order status and the clearance boundary before anything is hung.",
    ],
    "open": [
        (
            "maximo.get_workorder",
            {"wonum": WO},
            {
                "wonum": WO,
                "description": "1B RHR PUMP MECH SEAL REPLACE",
                "status": "WSCH",
                "location": "1-RH-P-1B",
                "outage": "2R31",
                "clearance": CL,
            },
        ),
        (
            "eso.get_clearance",
            {"clearance": CL},
            {"clearance": CL, "status": "DRAFT", "points": 14, "approved_by": None},
        ),
    ],
    "nudge": [
        "SRO wants to know status.",
        "Turnover is in 20 minutes.",
        "Anything?",
        "Is the boundary good or not?",
    ],
    "exact": "Clearance CL-2R31-0774 is in DRAFT with 14 points; I am reviewing the isolation "
    "boundary against the P&ID before it goes for SRO approval.",
    "para": [
        "I'm going through the 14 points on CL-2R31-0774 against the drawing now.",
        "Boundary review for the 1B RHR clearance is underway.",
        "Still checking the isolation points on the draft clearance before approval.",
        "Working the P&ID comparison for CL-2R31-0774.",
        "I'll have the boundary check on the 1B RHR tagout done shortly.",
        "Reviewing the clearance boundary so the SRO can approve it.",
    ],
    "ab": (
        (
            "eso.add_point",
            {"clearance": CL, "component": "1-RH-V-114", "position": "CLOSED"},
            {"clearance": CL, "points": 15, "added": "1-RH-V-114"},
        ),
        (
            "eso.remove_point",
            {"clearance": CL, "component": "1-RH-V-114"},
            {"clearance": CL, "points": 14, "removed": "1-RH-V-114"},
        ),
    ),
    "ab_say": [
        "1-RH-V-114 should be in the boundary for the suction side.",
        "114 is already covered by 1-RH-V-112 upstream; pulling it back out.",
    ],
    "fail": (
        "eso.submit_for_approval",
        {"clearance": CL, "approver": "SRO-2"},
        {
            "code": "BMXAA4195E",
            "message": "Point 1-RH-V-118 references drawing rev 12; current rev is 14",
        },
    ),
    "fail_say": [
        "Submission rejected, resubmitting.",
        "Trying the submit again.",
        "Resubmitting to SRO-2.",
    ],
    "sasa": (
        "eso.get_point_status",
        {"clearance": CL, "component": "1-RH-BKR-52-1B"},
        {
            "component": "1-RH-BKR-52-1B",
            "required": "RACKED OUT",
            "actual": "RACKED IN",
            "tag": "NOT HUNG",
        },
    ),
    "sasa_say": [
        "Breaker still shows racked in, checking again.",
        "No change on the 1B breaker.",
        "Still racked in per ESO.",
    ],
    "mono": "Standing by for the SRO to approve the clearance before I release the work order.",
    "itc": (
        "maximo.get_workorder",
        {"wonum": WO, "oslc.select": "status,clearance"},
        {"wonum": WO, "status": "WSCH"},
    ),
    "live": ("site_open_wo_count", 4100, 4190),
    "itc_say": "re-reading the WO",
    "ask": (
        "Which unit's train is this on, A or B train RHR?",
        ["B train, it's the 1B pump.", "B.", "B train. 1B.", "It's B train."],
    ),
    "reask": [
        "Thanks. So I tag the right train: is it A or B?",
        "Understood. Confirming the train before I add the breaker: A or B?",
        "Okay. And the RHR train for this clearance?",
    ],
    "rot": (
        "maximo.search_procedures",
        ["RHR seal replacement", "1B RHR mech seal", "RHR pump seal procedure"],
        {"count": 0, "procedures": []},
        "query",
    ),
    "rot_extra": {"site": "UNIT1"},
    "rot_say": ["No procedure found, rephrasing.", "Still none; another wording."],
    "cyc": [
        (
            "maximo.get_document",
            {"docnum": "MP-RH-004"},
            {"docnum": "MP-RH-004", "step": "7.3", "refers_to": "OP-RH-002 Att 3"},
        ),
        (
            "maximo.get_document",
            {"docnum": "OP-RH-002 Att 3"},
            {"docnum": "OP-RH-002 Att 3", "refers_to": "CL-TEMPLATE-RH-1B"},
        ),
        (
            "maximo.get_document",
            {"docnum": "CL-TEMPLATE-RH-1B"},
            {"docnum": "CL-TEMPLATE-RH-1B", "refers_to": "MP-RH-004"},
        ),
    ],
    "cyc_say": "Tracing which document actually defines the vent and drain path.",
    "queue": (
        ("eso.tagging_queue.next", {"clearance": CL}),
        "eso.print_tag",
        ("eso.tagging_queue.done", {"done": True}),
    ),
    "items": [
        (
            {"point": 1, "component": "1-RH-BKR-52-1B"},
            {"clearance": CL, "point": 1},
            {"tag_serial": "DNG-330817"},
            {"clearance": CL, "point": 1},
        ),
        (
            {"point": 2, "component": "1-RH-V-112"},
            {"clearance": CL, "point": 2},
            {"tag_serial": "DNG-330818"},
            {"clearance": CL, "point": 2},
        ),
        (
            {"point": 3, "component": "1-RH-V-118"},
            {"clearance": CL, "point": 3},
            {"tag_serial": "DNG-330819"},
            {"clearance": CL, "point": 3},
        ),
    ],
    "redeliver_key": "queue_hits",
    "queue_empty": {"point": None, "message": "all points printed"},
    "q_say": ["Tag printed. Next point.", "Printed; moving on."],
    "queue_done": "Tags printed for the points in the queue.",
    "cosm": (
        "maximo.change_status",
        [
            {"wonum": WO, "status": "INPRG"},
            {"wonum": WO, "status": "inprg"},
            {"wonum": " " + WO, "status": "INPRG"},
            {"wonum": WO, "status": "INPRG", "memo": "start"},
        ],
        {
            "code": "BMXAA4590E",
            "message": "Work order cannot go to INPRG: clearance CL-2R31-0774 is not HUNG",
        },
    ),
    "cosm_say": ["Maybe it wants lowercase status.", "Adding a memo this time."],
    "done": (
        "eso.approve",
        {"clearance": CL, "approver": "SRO-2"},
        {"clearance": CL, "status": "APPROVED"},
    ),
    "verify": [
        (
            "eso.get_clearance",
            {"clearance": CL},
            {"clearance": CL, "status": "APPROVED", "points": 14},
        ),
        (
            "maximo.get_workorder",
            {"wonum": WO},
            {"wonum": WO, "status": "WSCH", "clearance_status": "APPROVED"},
        ),
        ("eso.get_conflicts", {"clearance": CL}, {"conflicts": []}),
    ],
    "reverify": [
        "Confirmed: CL-2R31-0774 shows APPROVED.",
        "Checked again, APPROVED with 14 points.",
        "Verified once more, the clearance is approved.",
    ],
    "thanks": ["Copy.", "Good, thanks.", "Yes, we know."],
    "verify_done": "Clearance approved, the work order reflects it, and there are no "
    "overlapping boundaries. Ready to hang at 1900.",
    "next_ack": "Copy.",
    "newreq": [
        (
            "Check whether 1A RHR is protected equipment tonight.",
            (
                "eso.get_protected_equipment",
                {"shift": "N", "system": "RH"},
                {"protected": ["1-RH-P-1A"]},
            ),
            "1A RHR is posted as protected equipment tonight.",
        ),
        (
            "What's the tech spec LCO tied to this?",
            ("maximo.get_lco", {"location": "1-RH-P-1B"}, {"lco": "3.5.3", "mode": 4}),
            "LCO 3.5.3, applicable in Mode 4.",
        ),
        (
            "Add the radiation work permit number to the WO.",
            ("maximo.update_workorder", {"wonum": WO, "rwp": "RWP-2R31-0221"}, {"updated": True}),
            "RWP-2R31-0221 is on the WO.",
        ),
        (
            "Who's the work week coordinator?",
            ("maximo.get_person", {"role": "WWC", "outage": "2R31"}, {"name": "T. Brandt"}),
            "T. Brandt is the work week coordinator.",
        ),
    ],
    "docs": [
        (
            (
                "maximo.get_document",
                {"docnum": "OE-2024-118"},
                {
                    "title": "RHR seal leak at sister plant",
                    "cause": "seal faces installed reversed",
                },
            ),
            "OE-2024-118: seal faces installed reversed caused a leak at the sister plant.",
        ),
        (
            (
                "maximo.get_document",
                {"docnum": "CR-2R29-04411"},
                {"title": "1B RHR seal weep 2R29", "action": "monitor"},
            ),
            "CR from 2R29: small weep on the same seal, monitored only.",
        ),
        (
            (
                "maximo.get_document",
                {"docnum": "VTM-RH-017"},
                {"title": "vendor manual seal torque", "torque": "35 ft-lb"},
            ),
            "Vendor manual: gland torque 35 ft-lb.",
        ),
        (
            (
                "maximo.get_document",
                {"docnum": "PM-RH-1B-SEAL"},
                {"title": "PM history", "last": "2R25"},
            ),
            "PM history: seal last replaced in 2R25.",
        ),
    ],
    "docs_wrap": "Pre-job brief notes written from the four documents.",
    "alt": [
        (
            ("eso.hang_tag", {"clearance": CL, "point": 1}, {"point": 1, "tag": "HUNG"}),
            ("eso.independent_verify", {"clearance": CL, "point": 1}, {"point": 1, "iv": "SAT"}),
        ),
        (
            ("eso.hang_tag", {"clearance": CL, "point": 2}, {"point": 2, "tag": "HUNG"}),
            ("eso.independent_verify", {"clearance": CL, "point": 2}, {"point": 2, "iv": "SAT"}),
        ),
        (
            ("eso.hang_tag", {"clearance": CL, "point": 3}, {"point": 3, "tag": "HUNG"}),
            ("eso.independent_verify", {"clearance": CL, "point": 3}, {"point": 3, "iv": "SAT"}),
        ),
        (
            ("eso.hang_tag", {"clearance": CL, "point": 4}, {"point": 4, "tag": "HUNG"}),
            ("eso.independent_verify", {"clearance": CL, "point": 4}, {"point": 4, "iv": "SAT"}),
        ),
    ],
    "alt_say": "Points 1 and 2 hung and independently verified.",
    "alt_done": "Hang and IV recorded point by point.",
    "transient": (
        "eso.submit_for_approval",
        {"clearance": CL, "approver": "SRO-2"},
        [
            {"code": "BMXAA0021E", "message": "record locked by another user, retry"},
            {"code": "BMXAA0021E", "message": "record locked by another user, retry"},
            {"code": "HTTP 503", "message": "maxprd cluster failover in progress"},
        ],
        {"clearance": CL, "status": "PENDING_APPROVAL"},
    ),
    "transient_say": "Someone has the record open; waiting a minute and resubmitting.",
    "transient_done": "Submitted, pending SRO-2 approval.",
    "poll": (
        "eso.get_clearance",
        {"clearance": CL},
        [
            {"status": "HANGING", "hung": 3, "points": 14},
            {"status": "HANGING", "hung": 9, "points": 14},
            {"status": "HANGING", "hung": 13, "points": 14},
            {"status": "HUNG", "hung": 14, "points": 14},
        ],
    ),
    "poll_say": ["3 of 14 hung.", "9 of 14.", "13 of 14, one to go."],
    "poll_done": "All 14 hung; the WO can go to INPRG.",
    "draft_req": "Draft the pre-job brief for the seal crew: scope, hazards, boundary, OE.",
    "draft_go": "next section",
    "draft": [
        "Scope: replace the mechanical seal on 1-RH-P-1B under WO-2R31-118452, clearance "
        "CL-2R31-0774.",
        "Hazards: residual heat in the casing, contaminated water in the seal cavity, lifting "
        "the motor with the polar crane.",
        "Boundary: breaker 52-1B racked out, suction 1-RH-V-112 and discharge 1-RH-V-118 "
        "closed and tagged, vent and drain open.",
        "OE: OE-2024-118 reversed seal faces; verify orientation with the QC hold point.",
    ],
    "page": (
        "eso.list_points",
        {"clearance": CL, "pageSize": 5},
        "nextPage",
        [
            (["1-RH-BKR-52-1B", "1-RH-V-112", "1-RH-V-118", "1-RH-V-120", "1-RH-V-121"], "p2"),
            (["1-RH-V-130", "1-RH-V-131", "1-RH-V-140", "1-RH-FU-7", "1-RH-V-150"], "p3"),
            (["1-RH-V-151", "1-RH-V-152", "1-RH-V-160", "1-RH-V-161"], None),
        ],
    ),
    "page_say": "Ten points read.",
    "page_done": "All 14 points listed; none overlap with the 1A train.",
    "clar": [
        ("Is the motor being lifted, or seal only?", "Seal only."),
        ("Do they need the casing drained or just vented?", "Drained."),
        ("Any other clearance they can piggyback on?", "No."),
    ],
    "clar_ack": "Adding the drain valve to the boundary, seal-only scope.",
    "clar_act": (
        "eso.add_point",
        {"clearance": CL, "component": "1-RH-V-160", "position": "OPEN"},
        {"points": 15, "added": "1-RH-V-160"},
    ),
    "clar_done": "Drain 1-RH-V-160 added as point 15 (open).",
    "refine": (
        "maximo.search_procedures",
        "query",
        [
            ("RHR", {"count": 58, "procedures": ["..."]}),
            ("RHR pump seal", {"count": 4, "procedures": ["MP-RH-004", "MP-RH-005"]}),
            ("RHR pump seal 1B mechanical", {"count": 1, "procedures": ["MP-RH-004 Rev 9"]}),
        ],
    ),
    "refine_say": "Narrowing from 58 to the seal procedures.",
    "refine_done": "MP-RH-004 Rev 9 is the governing procedure.",
    "chain": [
        (
            "maximo.get_document",
            {"docnum": "MP-RH-004"},
            {"docnum": "MP-RH-004", "step": "7.3", "refers_to": "OP-RH-002 Att 3"},
        ),
        (
            "maximo.get_document",
            {"docnum": "OP-RH-002 Att 3"},
            {"docnum": "OP-RH-002 Att 3", "refers_to": "DWG M-2112 sh 2"},
        ),
        (
            "maximo.get_document",
            {"docnum": "DWG M-2112 sh 2"},
            {"docnum": "DWG M-2112 sh 2", "rev": 14, "vent": "1-RH-V-151", "drain": "1-RH-V-160"},
        ),
    ],
    "chain_done": "Drawing M-2112 sheet 2 rev 14 shows vent 151 and drain 160.",
    "fix": (
        "eso.submit_for_approval",
        [
            (
                {"clearance": CL, "approver": "SRO2"},
                {"code": "BMXAA3101E", "message": "approver SRO2 not found"},
            ),
            (
                {"clearance": CL, "approver": "SRO-2"},
                {
                    "code": "BMXAA4195E",
                    "message": "Point 1-RH-V-118 references drawing rev 12; current rev is 14",
                },
            ),
        ],
        {"clearance": CL, "approver": "SRO-2", "drawing_rev": 14},
        {"clearance": CL, "status": "PENDING_APPROVAL"},
    ),
    "fix_say": ["Approver id has a dash; fixing.", "Updating the drawing reference to rev 14."],
    "fix_done": "Submitted with rev 14.",
}

TK = "P-0418823"

PAWN = {
    "name": "pawnbroker_loan_desk",
    "what": "a pawn shop counter assistant handling loan tickets, payoffs, extensions and "
    "LeadsOnline police reporting",
    "ack": "Yep, one sec.",
    "chatty": 0.4,
    "pushy": 0.8,
    "detour": 0.5,
    "env": env_pawn,
    "req": [
        "Customer's here to pick up ticket P-0418823, the 14k rope chain. What's the payoff?",
        "hey can u pull up P-0418823, guy wants his chain back today",
        "Redemption at the counter: ticket P-0418823. Check it's clear and give me the amount.",
    ],
    "start": [
        "Pulling up P-0418823 and checking for holds before I quote a payoff.",
        "Looking up the ticket now; I'll check the police hold status too.",
        "Sure, getting the ticket and the hold flags.",
    ],
    "open": [
        (
            "bravo.get_ticket",
            {"ticket": TK},
            {
                "ticket": TK,
                "item": "14K rope chain 22in 31.4g",
                "principal": 420.0,
                "issued": "2026-01-14",
                "maturity": "2026-02-13",
                "status": "ACTIVE",
            },
        ),
        (
            "leads.check_hold",
            {"ticket": TK, "store": "TX-0231"},
            {"ticket": TK, "hold": False, "reported": "2026-01-14"},
        ),
    ],
    "nudge": ["he's waiting", "how much??", "hello", "customer's getting annoyed"],
    "exact": "Ticket P-0418823 is active with $420.00 principal; I'm calculating the payoff "
    "with the accrued finance charge now.",
    "para": [
        "Working out the payoff on P-0418823 with interest now.",
        "Figuring the redemption amount for the rope chain.",
        "Calculating what he owes to get the chain back.",
        "I'm adding up principal plus finance charges on the ticket.",
        "Getting you the payoff figure for P-0418823 shortly.",
        "Running the numbers on the redemption now.",
    ],
    "ab": (
        (
            "bravo.set_status",
            {"ticket": TK, "status": "REDEEM_PENDING"},
            {"ticket": TK, "status": "REDEEM_PENDING"},
        ),
        (
            "bravo.set_status",
            {"ticket": TK, "status": "ACTIVE"},
            {"ticket": TK, "status": "ACTIVE"},
        ),
    ),
    "ab_say": [
        "Marking it redeem pending so nobody moves it to the floor.",
        "Pending blocks the extension option, putting it back to active.",
    ],
    "fail": (
        "bravo.post_payment",
        {"ticket": TK, "amount": 504.0, "tender": "card"},
        {"code": "TERMINAL_OFFLINE", "message": "card terminal PAX-A920 #2 not responding"},
    ),
    "fail_say": [
        "Terminal didn't take it, trying again.",
        "Retrying the card payment.",
        "Sending the payment once more.",
    ],
    "sasa": (
        "leads.hold_detail",
        {"ticket": TK, "store": "TX-0231"},
        {"ticket": TK, "hold": True, "agency": "HPD", "case": "26-001877", "release": None},
    ),
    "sasa_say": [
        "Still on hold with HPD, checking again.",
        "Hold hasn't lifted yet.",
        "HPD hold still there.",
    ],
    "mono": "Hang on, I'm getting the payoff together for the customer.",
    "itc": ("bravo.get_ticket", {"ticket": TK}, {"ticket": TK, "status": "ACTIVE"}),
    "live": ("drawer_count", 1, 4),
    "itc_say": "pulling it up again",
    "ask": ("Is he paying cash or card?", ["Cash.", "cash", "CASH. said that", "cash man"]),
    "reask": [
        "Got it. Cash or card for the payoff?",
        "Ok, and how's he paying?",
        "Thanks. Tender type, cash or card?",
    ],
    "rot": (
        "bravo.search_inventory",
        ["rope chain 22", "14k rope", "gold rope chain 31g"],
        {"results": [], "count": 0},
        "q",
    ),
    "rot_extra": {"store": "TX-0231"},
    "rot_say": ["Nothing, trying different words.", "Still nothing."],
    "cyc": [
        ("bravo.get_ticket", {"ticket": TK}, {"ticket": TK, "rewritten_to": "P-0420091"}),
        (
            "bravo.get_ticket",
            {"ticket": "P-0420091"},
            {"ticket": "P-0420091", "rewritten_from": TK, "see": "P-0418823"},
        ),
    ],
    "cyc_say": "Following the rewrite chain to the current ticket.",
    "queue": (
        ("bravo.forfeit_queue.next", {"store": "TX-0231"}),
        "bravo.move_to_inventory",
        ("bravo.forfeit_queue.confirm", {"ok": True}),
    ),
    "items": [
        (
            {"ticket": "P-0411502", "item": "Xbox Series X"},
            {"ticket": "P-0411502", "bin": "E-12"},
            {"sku": "INV-88120", "price": 349.99},
            {"ticket": "P-0411502"},
        ),
        (
            {"ticket": "P-0411519", "item": "DeWalt 20V kit"},
            {"ticket": "P-0411519", "bin": "T-03"},
            {"sku": "INV-88121", "price": 129.99},
            {"ticket": "P-0411519"},
        ),
        (
            {"ticket": "P-0411533", "item": "10K class ring"},
            {"ticket": "P-0411533", "bin": "J-01"},
            {"sku": "INV-88122", "price": 210.0},
            {"ticket": "P-0411533"},
        ),
    ],
    "redeliver_key": "times_served",
    "queue_empty": {"ticket": None, "message": "no forfeits due"},
    "q_say": ["Moved to inventory, next forfeit.", "Done, next one."],
    "queue_done": "Forfeits moved to inventory with SKUs and bins.",
    "cosm": (
        "leads.release_request",
        [
            {"ticket": TK, "case": "26-001877"},
            {"ticket": TK, "case": "26001877"},
            {"ticket": TK.lower(), "case": "26-001877"},
            {"ticket": TK, "case": "26-001877", "note": "urgent"},
        ],
        {"code": 403, "message": "release requests must come from the holding agency"},
    ),
    "cosm_say": ["Maybe without the dash.", "Adding a note so they see it's urgent."],
    "done": (
        "bravo.redeem",
        {"ticket": TK, "amount": 504.0, "tender": "cash"},
        {"ticket": TK, "status": "REDEEMED", "receipt": "R-77120"},
    ),
    "verify": [
        ("bravo.get_ticket", {"ticket": TK}, {"ticket": TK, "status": "REDEEMED"}),
        ("bravo.get_drawer", {"drawer": 1}, {"expected": 1893.0, "last_txn": "R-77120"}),
        ("leads.get_report", {"ticket": TK}, {"disposition": "REDEEMED", "sent": True}),
    ],
    "reverify": [
        "Confirmed, P-0418823 is redeemed.",
        "Double checked: REDEEMED.",
        "Still shows redeemed, all good.",
    ],
    "thanks": ["ya he left", "cool", "i know, thx"],
    "verify_done": "Redeemed on receipt R-77120, drawer 1 shows the cash, and LeadsOnline "
    "got the disposition.",
    "next_ack": "Sure thing.",
    "newreq": [
        (
            "Lady wants to pawn a Nikon D750, what do we lend?",
            ("bravo.price_lookup", {"item": "Nikon D750 body"}, {"loan_range": [180, 240]}),
            "Book says $180 to $240 loan on a D750 body.",
        ),
        (
            "Extend P-0417740 for another month.",
            (
                "bravo.extend_loan",
                {"ticket": "P-0417740", "months": 1},
                {"ticket": "P-0417740", "fee": 44.0, "new_maturity": "2026-03-20"},
            ),
            "Extended, $44 fee, new maturity March 20.",
        ),
        (
            "Is the Stihl saw still on the floor?",
            (
                "bravo.search_inventory",
                {"q": "Stihl MS 250", "store": "TX-0231"},
                {"results": [{"sku": "INV-87001", "status": "ON_FLOOR"}]},
            ),
            "Yes, INV-87001 is on the floor.",
        ),
        (
            "Print the daily LeadsOnline upload status.",
            (
                "leads.upload_status",
                {"store": "TX-0231", "date": "today"},
                {"uploaded": 37, "rejected": 0},
            ),
            "37 transactions uploaded, none rejected.",
        ),
    ],
    "docs": [
        (
            (
                "bravo.get_customer_history",
                {"customer": "C-55102", "type": "loans"},
                {"loans": 11, "defaults": 1},
            ),
            "Loans: 11 in the last two years, one forfeit.",
        ),
        (
            ("leads.get_report", {"ticket": "P-0409911"}, {"disposition": "REDEEMED"}),
            "His last chain, P-0409911, was redeemed normally.",
        ),
        (
            ("bravo.get_id_scan", {"customer": "C-55102"}, {"id": "TX DL", "exp": "2029-04-02"}),
            "ID on file is a Texas DL, valid to 2029.",
        ),
    ],
    "docs_wrap": "Customer file looks clean for a new loan.",
    "alt": [
        (
            ("bravo.weigh_item", {"ticket": "P-0418830", "scale": "S1"}, {"grams": 12.2}),
            ("bravo.test_karat", {"ticket": "P-0418830"}, {"karat": "10K"}),
        ),
        (
            ("bravo.weigh_item", {"ticket": "P-0418831", "scale": "S1"}, {"grams": 4.8}),
            ("bravo.test_karat", {"ticket": "P-0418831"}, {"karat": "14K"}),
        ),
        (
            ("bravo.weigh_item", {"ticket": "P-0418832", "scale": "S1"}, {"grams": 7.1}),
            ("bravo.test_karat", {"ticket": "P-0418832"}, {"karat": "18K"}),
        ),
    ],
    "alt_say": "Two pieces weighed and tested.",
    "alt_done": "Weights and karat recorded on each ticket.",
    "transient": (
        "leads.submit_report",
        {"ticket": TK, "type": "REDEMPTION"},
        [
            {"code": 502, "message": "upstream timeout"},
            {"code": 429, "message": "too many requests, retry in 15s"},
            {"code": 502, "message": "upstream timeout"},
        ],
        {"accepted": True, "confirmation": "LO-9120044"},
    ),
    "transient_say": "LeadsOnline timing out; giving it a moment.",
    "transient_done": "Report accepted, confirmation LO-9120044.",
    "poll": (
        "bravo.get_payment",
        {"terminal": "PAX-A920-2", "txn": "T-5510"},
        [
            {"state": "WAITING_FOR_CARD"},
            {"state": "PIN_ENTRY"},
            {"state": "AUTHORIZING"},
            {"state": "APPROVED", "auth": "044712"},
        ],
    ),
    "poll_say": ["Waiting for him to tap.", "PIN entry.", "Authorizing."],
    "poll_done": "Approved, auth 044712.",
    "draft_req": "Write up the incident for the police hold on P-0418823 for the owner.",
    "draft_go": "and?",
    "draft": [
        "Incident: on redemption of P-0418823, LeadsOnline showed an HPD hold, case 26-001877.",
        "Action: item pulled from the vault and bagged with the hold form; customer told he "
        "must contact HPD property.",
        "Money: no payment taken; principal $420 stays on the books until release or seizure.",
        "Next: follow up with Det. Alvarez on Friday if there's no release.",
    ],
    "page": (
        "bravo.list_tickets",
        {"status": "PAST_DUE", "limit": 4},
        "next",
        [
            (["P-0411502", "P-0411519", "P-0411533", "P-0411540"], "o4"),
            (["P-0411561", "P-0411577", "P-0411580", "P-0411598"], "o8"),
            (["P-0411604", "P-0411610"], None),
        ],
    ),
    "page_say": "8 past due so far.",
    "page_done": "10 past-due tickets total.",
    "clar": [
        ("Does he have the original ticket or do we need a lost-ticket affidavit?", "Lost it."),
        ("Same ID as on the loan?", "Yes, same DL."),
        ("Paying the full payoff or just interest?", "Full."),
    ],
    "clar_ack": "Lost-ticket affidavit, same ID, full payoff.",
    "clar_act": (
        "bravo.lost_ticket_affidavit",
        {"ticket": TK, "id_match": True},
        {"affidavit": "LTA-3301", "fee": 5.0},
    ),
    "clar_done": "Affidavit LTA-3301 filed, $5 fee added.",
    "refine": (
        "bravo.search_inventory",
        "q",
        [
            ("chain", {"count": 61}),
            ("14k chain", {"count": 9}),
            ("14k rope chain 22in", {"results": [{"sku": "INV-86110"}], "count": 1}),
        ],
    ),
    "refine_say": "61 chains; narrowing.",
    "refine_done": "INV-86110 is the one.",
    "chain": [
        ("bravo.get_ticket", {"ticket": TK}, {"ticket": TK, "rewritten_to": "P-0420091"}),
        (
            "bravo.get_ticket",
            {"ticket": "P-0420091"},
            {"ticket": "P-0420091", "rewritten_to": "P-0422310"},
        ),
        (
            "bravo.get_ticket",
            {"ticket": "P-0422310"},
            {"ticket": "P-0422310", "status": "ACTIVE", "principal": 420.0},
        ),
    ],
    "chain_done": "Current ticket is P-0422310, active.",
    "fix": (
        "bravo.post_payment",
        [
            (
                {"ticket": TK, "amount": "504", "tender": "cash"},
                {"code": "VALIDATION", "message": "amount must be a number"},
            ),
            (
                {"ticket": TK, "amount": 504.0, "tender": "CASH"},
                {"code": "VALIDATION", "message": "tender must be one of cash, card, split"},
            ),
        ],
        {"ticket": TK, "amount": 504.0, "tender": "cash"},
        {"ticket": TK, "paid": 504.0, "receipt": "R-77120"},
    ),
    "fix_say": ["Sending the amount as a number.", "Lowercase tender."],
    "fix_done": "Paid, receipt R-77120.",
}

CY = "CYC-26-03318"

IVF = {
    "name": "ivf_embryology_lab",
    "what": "an embryology lab assistant preparing frozen embryo transfers: cryo inventory, "
    "witnessing, thaw scheduling and lab records",
    "ack": "Of course, let me look.",
    "chatty": 0.7,
    "pushy": 0.3,
    "detour": 0.3,
    "env": env_ivf,
    "req": [
        "FET tomorrow 10:40 for cycle CYC-26-03318. Please locate the day-5 blast and prep the thaw sheet.",
        "Can you set up the thaw for CYC-26-03318? Dr. Haddad wants the 4AA blast for tomorrow's transfer.",
        "Patient M. Reyes, CYC-26-03318, FET booked. Find the embryo in storage and get the witness steps ready.",
    ],
    "start": [
        "Opening the cycle record and the cryo inventory for CYC-26-03318.",
        "I'll pull the cycle and find which straw holds the 4AA blastocyst.",
        "Checking the cycle record first, then storage location and consents.",
    ],
    "open": [
        (
            "lims.get_cycle",
            {"cycle": CY},
            {
                "cycle": CY,
                "type": "FET",
                "transfer": "2026-05-07T10:40",
                "consent_valid": True,
                "embryos_frozen": 3,
            },
        ),
        (
            "cryo.list_embryos",
            {"cycle": CY},
            {
                "embryos": [
                    {"id": "E2", "grade": "4AA", "day": 5},
                    {"id": "E4", "grade": "4AB", "day": 5},
                    {"id": "E5", "grade": "3BB", "day": 6},
                ]
            },
        ),
    ],
    "nudge": ["Any luck?", "Dr. Haddad is asking.", "Is the sheet ready?", "?"],
    "exact": "Embryo E2 (4AA, day 5) is the one for tomorrow; I'm confirming its dewar "
    "position before filling in the thaw sheet.",
    "para": [
        "Just confirming where E2 sits in the dewar before the thaw sheet.",
        "I'm checking the storage position for the 4AA blast now.",
        "Verifying E2's location, then I'll complete the thaw sheet.",
        "Locating E2 in cryo storage for tomorrow's warming.",
        "I'll confirm the dewar and cane for E2 shortly.",
        "Working on E2's storage position for the FET.",
    ],
    "ab": (
        (
            "lims.assign_embryo",
            {"cycle": CY, "embryo": "E2", "role": "TRANSFER"},
            {"embryo": "E2", "role": "TRANSFER"},
        ),
        (
            "lims.assign_embryo",
            {"cycle": CY, "embryo": "E4", "role": "TRANSFER"},
            {"embryo": "E4", "role": "TRANSFER", "replaced": "E2"},
        ),
    ),
    "ab_say": [
        "E2 has the best grade, assigning it.",
        "E4 is on the same cane and would be less handling, switching to E4.",
    ],
    "fail": (
        "witness.register_step",
        {"cycle": CY, "step": "THAW_PREP", "dish": "D-55120"},
        {"code": "TAG_MISMATCH", "message": "RFID on dish D-55120 belongs to cycle CYC-26-03317"},
    ),
    "fail_say": [
        "Witness rejected it, scanning again.",
        "Trying the register again.",
        "Re-registering the thaw prep step.",
    ],
    "sasa": (
        "cryo.get_dewar_alarm",
        {"dewar": "DW-04"},
        {"dewar": "DW-04", "ln2_level_cm": 18, "alarm": "LOW_LEVEL", "ack": False},
    ),
    "sasa_say": [
        "DW-04 still low level, checking again.",
        "Same reading on DW-04.",
        "LN2 unchanged at 18 cm.",
    ],
    "mono": "I'll confirm the thaw plan for E2 with the lab director before proceeding.",
    "itc": (
        "cryo.get_location",
        {"embryo": "E2", "cycle": CY},
        {"dewar": "DW-04", "canister": 3, "cane": "C-118", "position": "top"},
    ),
    "live": ("dewar_lid_open_s", 0, 9),
    "itc_say": "location again",
    "ask": (
        "Do you want one embryo warmed or two?",
        ["One, single embryo transfer.", "One.", "ONE. SET.", "one"],
    ),
    "reask": [
        "Thank you. How many embryos should I warm?",
        "Noted. Confirming: warm one or two?",
        "Okay. And the number to warm for tomorrow?",
    ],
    "rot": (
        "lims.search_sop",
        ["blastocyst warming", "vitrified blast thaw", "warming protocol day 5"],
        {"sops": [], "total": 0},
        "text",
    ),
    "rot_extra": {"lab": "EMB"},
    "rot_say": ["No SOP found; rewording.", "Nothing again, trying other terms."],
    "cyc": [
        ("lims.get_sop", {"sop": "EMB-SOP-031"}, {"sop": "EMB-SOP-031", "see": "EMB-SOP-044"}),
        ("lims.get_sop", {"sop": "EMB-SOP-044"}, {"sop": "EMB-SOP-044", "see": "EMB-FRM-012"}),
        ("lims.get_sop", {"sop": "EMB-FRM-012"}, {"sop": "EMB-FRM-012", "see": "EMB-SOP-031"}),
    ],
    "cyc_say": "Checking which SOP owns the warming media times.",
    "queue": (
        ("lims.qc_queue.next", {"lab": "EMB"}),
        "lims.record_qc",
        ("lims.qc_queue.close", {"closed": True}),
    ),
    "items": [
        (
            {"qc": "QC-7701", "item": "incubator K-3 pH"},
            {"qc": "QC-7701", "value": 7.31},
            {"in_range": True},
            {"qc": "QC-7701"},
        ),
        (
            {"qc": "QC-7702", "item": "warming kit lot W2604"},
            {"qc": "QC-7702", "value": "pass"},
            {"in_range": True},
            {"qc": "QC-7702"},
        ),
        (
            {"qc": "QC-7703", "item": "DW-04 LN2 level"},
            {"qc": "QC-7703", "value": 31},
            {"in_range": True},
            {"qc": "QC-7703"},
        ),
    ],
    "redeliver_key": "served",
    "queue_empty": {"qc": None, "message": "no open QC items"},
    "q_say": ["QC recorded, next item.", "Logged; next."],
    "queue_done": "Morning QC items recorded and closed.",
    "cosm": (
        "cryo.thaw_request",
        [
            {"embryo": "E2", "cycle": CY, "date": "2026-05-07"},
            {"embryo": "e2", "cycle": CY, "date": "2026-05-07"},
            {"embryo": "E2", "cycle": CY, "date": "07/05/2026"},
            {"embryo": "E2", "cycle": CY, "date": "2026-05-07", "priority": "high"},
        ],
        {
            "code": "CONSENT_EXPIRED",
            "message": "storage consent for CYC-26-03318 expired 2026-04-30; renewal required",
        },
    ),
    "cosm_say": ["Trying a lowercase embryo id.", "Maybe a priority flag will push it through."],
    "done": (
        "cryo.thaw_request",
        {"embryo": "E2", "cycle": CY, "date": "2026-05-07"},
        {"request": "TR-4410", "state": "SCHEDULED", "time": "09:55"},
    ),
    "verify": [
        ("cryo.get_thaw", {"request": "TR-4410"}, {"state": "SCHEDULED", "embryo": "E2"}),
        ("lims.get_cycle", {"cycle": CY}, {"cycle": CY, "thaw": "TR-4410"}),
        ("witness.get_plan", {"cycle": CY}, {"steps": ["THAW_PREP", "WARM", "TRANSFER"]}),
    ],
    "reverify": [
        "Confirmed, TR-4410 is scheduled.",
        "Checked again: scheduled for 09:55.",
        "Still scheduled, E2 at 09:55.",
    ],
    "thanks": ["Thanks.", "Yes, got it.", "Great."],
    "verify_done": "Thaw TR-4410 scheduled 09:55 for E2, linked on the cycle, witness plan "
    "has prep, warm and transfer.",
    "next_ack": "Of course.",
    "newreq": [
        (
            "Which catheter did we use last time for her?",
            (
                "lims.get_procedure",
                {"cycle": "CYC-25-11902", "type": "ET"},
                {"catheter": "Wallace Sure-View"},
            ),
            "Wallace Sure-View last time.",
        ),
        (
            "Is the witness station in lab 2 online?",
            ("witness.station_status", {"station": "WS-02"}, {"online": True}),
            "WS-02 is online.",
        ),
        (
            "Book the embryologist for the transfer.",
            (
                "lims.book_staff",
                {"date": "2026-05-07", "slot": "10:40", "role": "EMB"},
                {"booked": "J. Park"},
            ),
            "J. Park is booked.",
        ),
        (
            "How many straws are left for this patient after tomorrow?",
            ("cryo.count", {"patient": "PT-20931"}, {"straws": 2}),
            "Two straws remain.",
        ),
    ],
    "docs": [
        (
            (
                "lims.get_note",
                {"cycle": CY, "note": "embryology_day5"},
                {"text": "E2 expanded blast, ICM A, TE A, vitrified 11:02"},
            ),
            "Day-5 note: E2 vitrified at 11:02, ICM and TE both A.",
        ),
        (
            (
                "lims.get_note",
                {"cycle": CY, "note": "pgt_report"},
                {"text": "E2 euploid; E4 euploid; E5 mosaic low-level"},
            ),
            "PGT: E2 and E4 euploid, E5 low-level mosaic.",
        ),
        (
            (
                "lims.get_note",
                {"cycle": CY, "note": "consent"},
                {"text": "storage consent to 2027-04-30"},
            ),
            "Consent: storage runs to April 2027.",
        ),
    ],
    "docs_wrap": "E2 is euploid and within consent; good to warm.",
    "alt": [
        (
            ("witness.scan", {"item": "cane C-118"}, {"match": True}),
            ("witness.scan", {"item": "straw E2"}, {"match": True}),
        ),
        (
            ("witness.scan", {"item": "dish D-55121"}, {"match": True}),
            ("witness.scan", {"item": "warming kit W2604"}, {"match": True}),
        ),
        (
            ("witness.scan", {"item": "catheter lot CT-889"}, {"match": True}),
            ("witness.scan", {"item": "patient wristband PT-20931"}, {"match": True}),
        ),
    ],
    "alt_say": "Cane, straw, dish and kit all matched.",
    "alt_done": "Every item in the chain scanned and matched.",
    "transient": (
        "witness.register_step",
        {"cycle": CY, "step": "WARM", "dish": "D-55121"},
        [
            {"code": "STATION_BUSY", "message": "WS-02 processing another scan"},
            {"code": "STATION_BUSY", "message": "WS-02 processing another scan"},
            {"code": "TIMEOUT", "message": "reader did not respond"},
        ],
        {"step": "WARM", "registered": True},
    ),
    "transient_say": "Station busy with another scan, waiting a few seconds.",
    "transient_done": "Warm step registered.",
    "poll": (
        "lims.get_timer",
        {"cycle": CY, "step": "WARM"},
        [
            {"solution": "TS", "elapsed_s": 55},
            {"solution": "DS", "elapsed_s": 180},
            {"solution": "WS1", "elapsed_s": 300},
            {"solution": "culture", "done": True},
        ],
    ),
    "poll_say": ["In TS.", "Diluent now.", "Wash 1."],
    "poll_done": "Warming done; E2 in culture for re-expansion.",
    "draft_req": "Write the patient-facing note about tomorrow's transfer.",
    "draft_go": "continue",
    "draft": [
        "Tomorrow we will warm one embryo, graded 4AA, that was frozen on day 5 of your cycle.",
        "Please arrive at 10:10 with a comfortably full bladder.",
        "After warming we check that the embryo re-expands; we will tell you before the transfer.",
        "Your two remaining embryos stay in storage under your current consent.",
    ],
    "page": (
        "cryo.list_by_dewar",
        {"dewar": "DW-04", "limit": 4},
        "cursor",
        [
            (["C-101", "C-104", "C-110", "C-112"], "k5"),
            (["C-115", "C-117", "C-118", "C-120"], "k9"),
            (["C-121", "C-125"], None),
        ],
    ),
    "page_say": "Eight canes read.",
    "page_done": "C-118 is in DW-04 canister 3.",
    "clar": [
        ("Is it E2 or E4 she wants transferred?", "E2."),
        ("Assisted hatching?", "No."),
        ("Warming time target?", "09:55."),
    ],
    "clar_ack": "E2, no hatching, warm at 09:55.",
    "clar_act": (
        "cryo.thaw_request",
        {"embryo": "E2", "cycle": CY, "date": "2026-05-07", "time": "09:55"},
        {"request": "TR-4410"},
    ),
    "clar_done": "Thaw request TR-4410 booked.",
    "refine": (
        "lims.search_sop",
        "text",
        [
            ("warming", {"total": 12}),
            ("blastocyst warming", {"total": 3}),
            ("blastocyst warming vitrified Kitazato", {"sops": ["EMB-SOP-044 Rev 6"], "total": 1}),
        ],
    ),
    "refine_say": "Narrowing down to blast warming.",
    "refine_done": "EMB-SOP-044 Rev 6.",
    "chain": [
        ("lims.get_sop", {"sop": "EMB-SOP-031"}, {"sop": "EMB-SOP-031", "see": "EMB-SOP-044"}),
        ("lims.get_sop", {"sop": "EMB-SOP-044"}, {"sop": "EMB-SOP-044", "see": "EMB-FRM-012"}),
        (
            "lims.get_sop",
            {"sop": "EMB-FRM-012"},
            {"sop": "EMB-FRM-012", "times": {"TS": 60, "DS": 180, "WS1": 300}},
        ),
    ],
    "chain_done": "Times are in form EMB-FRM-012.",
    "fix": (
        "cryo.thaw_request",
        [
            (
                {"embryo": "E2", "cycle": CY, "date": "07/05/2026"},
                {"code": "BAD_DATE", "message": "date must be ISO 8601"},
            ),
            (
                {"embryo": "E2", "cycle": "CYC-26-3318", "date": "2026-05-07"},
                {"code": "NOT_FOUND", "message": "cycle CYC-26-3318 not found"},
            ),
        ],
        {"embryo": "E2", "cycle": CY, "date": "2026-05-07"},
        {"request": "TR-4410", "state": "SCHEDULED"},
    ),
    "fix_say": ["ISO date.", "Cycle id missing a zero."],
    "fix_done": "Scheduled TR-4410.",
}

LIC = "IFTA-OK-7730194"

IFTA = {
    "name": "ifta_fuel_tax_returns",
    "what": "a motor-carrier back-office assistant preparing quarterly IFTA fuel tax returns "
    "from ELD jurisdiction miles and fuel card purchases",
    "ack": "Sure, pulling that up.",
    "chatty": 0.5,
    "pushy": 0.4,
    "detour": 0.4,
    "env": env_ifta,
    "req": [
        "Q1 IFTA for license IFTA-OK-7730194 is due April 30. Pull miles and fuel and get the return drafted.",
        "Can you do the first-quarter IFTA? 14 trucks, base state Oklahoma, license IFTA-OK-7730194.",
        "Need the Q1 2026 IFTA return built for IFTA-OK-7730194, I'll review before filing.",
    ],
    "start": [
        "I'll pull jurisdiction miles from the ELD and fuel purchases from the card for Q1.",
        "Starting with the ELD miles by state for all 14 units, then fuel gallons.",
        "Getting the Q1 mileage and fuel data first.",
    ],
    "open": [
        (
            "eld.jurisdiction_miles",
            {"fleet": "OKF-14", "from": "2026-01-01", "to": "2026-03-31"},
            {
                "total_miles": 412830,
                "by_state": {"OK": 121044, "TX": 140212, "KS": 40118, "MO": 60301, "AR": 51155},
            },
        ),
        (
            "fuelcard.summary",
            {"account": "WEX-0041127", "quarter": "2026Q1"},
            {"gallons": 61450.2, "by_state": {"OK": 30210.0, "TX": 21905.4, "MO": 9334.8}},
        ),
    ],
    "nudge": ["how's it going", "Is the draft ready?", "Any update on Q1?", "hello?"],
    "exact": "I have 412,830 miles and 61,450.2 gallons for Q1; I'm computing the net tax "
    "due by jurisdiction now.",
    "para": [
        "Working out net tax by state from the Q1 miles and gallons.",
        "I'm calculating the jurisdiction breakdown for the return now.",
        "Computing taxable gallons and credits per state.",
        "The per-jurisdiction tax calculation is in progress.",
        "Getting the net due for each state on the Q1 return.",
        "I'll have the jurisdiction totals worked out shortly.",
    ],
    "ab": (
        (
            "ifta.set_line",
            {
                "license": LIC,
                "quarter": "2026Q1",
                "state": "AR",
                "fuel_type": "diesel",
                "miles": 51155,
            },
            {"state": "AR", "miles": 51155, "saved": True},
        ),
        (
            "ifta.set_line",
            {"license": LIC, "quarter": "2026Q1", "state": "AR", "fuel_type": "diesel", "miles": 0},
            {"state": "AR", "miles": 0, "saved": True},
        ),
    ),
    "ab_say": [
        "Adding the Arkansas miles to the return.",
        "AR miles look like they're from the leased unit, zeroing them out.",
    ],
    "fail": (
        "ifta.file_return",
        {"license": LIC, "quarter": "2026Q1"},
        {
            "code": "E-214",
            "message": "Jurisdiction TX: total miles exceed taxable miles "
            "by 38211; explain non-taxable miles",
        },
    ),
    "fail_say": [
        "Filing failed; resubmitting.",
        "Trying to file again.",
        "Submitting the return once more.",
    ],
    "sasa": (
        "ifta.get_return",
        {"license": LIC, "quarter": "2026Q1"},
        {"status": "SUBMITTED", "ack": None, "balance_due": 3120.77},
    ),
    "sasa_say": [
        "Still submitted with no acknowledgement, checking again.",
        "No ack yet on Q1.",
        "Same status, no ack.",
    ],
    "mono": "Waiting for the Q1 miles to reconcile before I move on to fuel.",
    "itc": (
        "eld.jurisdiction_miles",
        {"fleet": "OKF-14", "from": "2026-01-01", "to": "2026-03-31"},
        {"total_miles": 412830},
    ),
    "live": ("units_reporting_now", 9, 14),
    "itc_say": "pulling the miles again",
    "ask": (
        "Do you want reefer fuel excluded from the return?",
        [
            "Yes, reefer fuel is separate.",
            "Exclude it.",
            "yes exclude reefer",
            "Excluded, like I said.",
        ],
    ),
    "reask": [
        "Thanks. Should reefer gallons be left off the return?",
        "Understood. Confirming: do reefer purchases stay out?",
        "Okay. And the reefer fuel, in or out?",
    ],
    "rot": (
        "fuelcard.search",
        ["Love's 412 Joplin", "Loves Joplin MO", "Joplin travel stop diesel"],
        {"transactions": [], "count": 0},
        "merchant",
    ),
    "rot_extra": {"account": "WEX-0041127"},
    "rot_say": ["No match, trying another merchant string.", "Nothing; rewording."],
    "cyc": [
        ("ifta.get_guidance", {"ref": "R1030"}, {"ref": "R1030", "see": "P1330"}),
        ("ifta.get_guidance", {"ref": "P1330"}, {"ref": "P1330", "see": "R1010"}),
        ("ifta.get_guidance", {"ref": "R1010"}, {"ref": "R1010", "see": "R1030"}),
    ],
    "cyc_say": "Following the articles of agreement to the trip record requirement.",
    "queue": (
        ("ifta.exceptions.next", {"license": LIC, "quarter": "2026Q1"}),
        "eld.fix_trip",
        ("ifta.exceptions.resolve", {"resolved": True}),
    ),
    "items": [
        (
            {"exception": "X-101", "unit": "T-208", "issue": "GPS gap 41 mi"},
            {"unit": "T-208", "date": "2026-02-03", "add_miles": 41, "state": "KS"},
            {"patched": True},
            {"exception": "X-101"},
        ),
        (
            {"exception": "X-102", "unit": "T-211", "issue": "odometer jump"},
            {"unit": "T-211", "date": "2026-02-19", "odometer_fix": 228140},
            {"patched": True},
            {"exception": "X-102"},
        ),
        (
            {"exception": "X-103", "unit": "T-215", "issue": "fuel without trip"},
            {"unit": "T-215", "date": "2026-03-07", "link_receipt": "R-55102"},
            {"patched": True},
            {"exception": "X-103"},
        ),
    ],
    "redeliver_key": "attempts",
    "queue_empty": {"exception": None, "message": "no open exceptions"},
    "q_say": ["Trip patched, next exception.", "Fixed that one; next."],
    "queue_done": "All open mileage exceptions patched and resolved.",
    "cosm": (
        "ifta.file_return",
        [
            {"license": LIC, "quarter": "2026Q1"},
            {"license": LIC, "quarter": "2026-Q1"},
            {"license": LIC.lower(), "quarter": "2026Q1"},
            {"license": LIC, "quarter": "2026Q1", "amended": False},
        ],
        {
            "code": "E-214",
            "message": "Jurisdiction TX: total miles exceed taxable miles "
            "by 38211; explain non-taxable miles",
        },
    ),
    "cosm_say": ["Trying the quarter formatted with a dash.", "Adding amended=false explicitly."],
    "done": (
        "ifta.file_return",
        {"license": LIC, "quarter": "2026Q1"},
        {"status": "FILED", "confirmation": "OK26Q1-0048812", "balance_due": 3120.77},
    ),
    "verify": [
        (
            "ifta.get_return",
            {"license": LIC, "quarter": "2026Q1"},
            {"status": "FILED", "confirmation": "OK26Q1-0048812"},
        ),
        (
            "ifta.get_payment",
            {"license": LIC, "quarter": "2026Q1"},
            {"scheduled": "2026-04-29", "amount": 3120.77},
        ),
        ("ifta.get_decals", {"license": LIC, "year": 2026}, {"issued": 14}),
    ],
    "reverify": [
        "Confirmed, Q1 is filed.",
        "Checked again, FILED with confirmation OK26Q1-0048812.",
        "Still filed, all good.",
    ],
    "thanks": ["Thanks.", "Yep, saw it.", "ok"],
    "verify_done": "Filed (OK26Q1-0048812), payment of $3,120.77 scheduled for April 29, and "
    "all 14 decals are on file.",
    "next_ack": "Will do.",
    "newreq": [
        (
            "What did T-208 do in Kansas?",
            (
                "eld.unit_miles",
                {"unit": "T-208", "state": "KS", "quarter": "2026Q1"},
                {"miles": 6120},
            ),
            "T-208 ran 6,120 miles in Kansas.",
        ),
        (
            "Pull the Texas fuel receipts over 200 gallons.",
            (
                "fuelcard.search",
                {"account": "WEX-0041127", "state": "TX", "min_gallons": 200},
                {"count": 4},
            ),
            "Four Texas receipts over 200 gallons.",
        ),
        (
            "Is our surety bond current?",
            ("ifta.get_license", {"license": LIC}, {"bond_exp": "2026-12-31"}),
            "Bond is good through December 31.",
        ),
        (
            "Fleet MPG for Q1?",
            ("eld.fleet_stats", {"fleet": "OKF-14", "quarter": "2026Q1"}, {"mpg": 6.72}),
            "Fleet average 6.72 MPG.",
        ),
    ],
    "docs": [
        (
            (
                "ifta.get_audit_letter",
                {"license": LIC, "year": 2024},
                {"finding": "missing trip records for 2 units"},
            ),
            "2024 audit: trip records missing for two units.",
        ),
        (
            (
                "ifta.get_return",
                {"license": LIC, "quarter": "2025Q4"},
                {"mpg": 6.61, "balance_due": 2875.10},
            ),
            "Q4 2025: 6.61 MPG, $2,875.10 due.",
        ),
        (
            (
                "ifta.get_return",
                {"license": LIC, "quarter": "2025Q3"},
                {"mpg": 6.70, "balance_due": -412.0},
            ),
            "Q3 2025: 6.70 MPG, $412 credit.",
        ),
    ],
    "docs_wrap": "Q1's 6.72 MPG is in line with the last two quarters.",
    "alt": [
        (
            ("eld.get_trip", {"unit": "T-208", "trip": "TR-8812"}, {"states": ["OK", "KS"]}),
            ("ifta.add_trip", {"license": LIC, "trip": "TR-8812"}, {"added": True}),
        ),
        (
            ("eld.get_trip", {"unit": "T-211", "trip": "TR-8830"}, {"states": ["TX"]}),
            ("ifta.add_trip", {"license": LIC, "trip": "TR-8830"}, {"added": True}),
        ),
        (
            ("eld.get_trip", {"unit": "T-215", "trip": "TR-8851"}, {"states": ["MO", "AR"]}),
            ("ifta.add_trip", {"license": LIC, "trip": "TR-8851"}, {"added": True}),
        ),
    ],
    "alt_say": "Two trips added.",
    "alt_done": "Trips added to the return one by one.",
    "transient": (
        "ifta.file_return",
        {"license": LIC, "quarter": "2026Q1"},
        [
            {"code": "HTTP 503", "message": "portal under heavy load, try later"},
            {"code": "HTTP 503", "message": "portal under heavy load, try later"},
            {"code": "HTTP 504", "message": "gateway timeout"},
        ],
        {"status": "FILED", "confirmation": "OK26Q1-0048812"},
    ),
    "transient_say": "Portal is overloaded near the deadline; I'll retry after a pause.",
    "transient_done": "Filed, confirmation OK26Q1-0048812.",
    "poll": (
        "ifta.get_return",
        {"license": LIC, "quarter": "2026Q1"},
        [
            {"status": "SUBMITTED", "ack": None},
            {"status": "VALIDATING"},
            {"status": "ACCEPTED", "ack": "A-77120"},
        ],
    ),
    "poll_say": ["Submitted.", "Validating now."],
    "poll_done": "Accepted, ack A-77120.",
    "draft_req": "Write the explanation for the TX non-taxable miles.",
    "draft_go": "keep going",
    "draft": [
        "38,211 of the Texas miles were run on private lease roads at the Permian yard.",
        "These are off-highway and exempt under Texas Tax Code 162.104.",
        "ELD logs and yard gate records for each unit are attached.",
        "Reefer fuel is excluded from taxable gallons as in prior quarters.",
    ],
    "page": (
        "fuelcard.transactions",
        {"account": "WEX-0041127", "quarter": "2026Q1", "limit": 3},
        "continuation",
        [
            (["R-55001 OK 212.4", "R-55002 TX 198.0", "R-55003 MO 150.2"], "ct-2"),
            (["R-55004 OK 201.7", "R-55005 AR 140.0", "R-55006 TX 220.9"], "ct-3"),
            (["R-55007 KS 180.3"], None),
        ],
    ),
    "page_say": "Six receipts in.",
    "page_done": "Seven receipts in this batch, all mapped to states.",
    "clar": [
        ("Are the two leased units on your license or the lessor's?", "Ours."),
        ("Do you file LNG for any units?", "No, diesel only."),
        ("Pay by ACH from the operating account?", "Yes."),
    ],
    "clar_ack": "Leased units included, diesel only, ACH from operating.",
    "clar_act": (
        "ifta.set_payment",
        {"license": LIC, "method": "ACH", "account": "OP-1"},
        {"saved": True},
    ),
    "clar_done": "Payment method set; return is ready to file.",
    "refine": (
        "fuelcard.search",
        "merchant",
        [
            ("Love's", {"count": 212}),
            ("Love's MO", {"count": 18}),
            ("Love's 412 Joplin", {"transactions": ["R-55210"], "count": 1}),
        ],
    ),
    "refine_say": "Narrowing to Missouri.",
    "refine_done": "Receipt R-55210 at Love's 412 Joplin.",
    "chain": [
        ("ifta.get_guidance", {"ref": "R1030"}, {"ref": "R1030", "see": "P1330"}),
        ("ifta.get_guidance", {"ref": "P1330"}, {"ref": "P1330", "see": "P540"}),
        (
            "ifta.get_guidance",
            {"ref": "P540"},
            {"ref": "P540", "text": "trip records must include origin, destination, route"},
        ),
    ],
    "chain_done": "P540 lists the trip record fields.",
    "fix": (
        "ifta.file_return",
        [
            (
                {"license": LIC, "quarter": "2026Q1"},
                {"code": "E-214", "message": "TX total miles exceed taxable by 38211"},
            ),
            (
                {"license": LIC, "quarter": "2026Q1", "tx_nontaxable_miles": 38211},
                {"code": "E-219", "message": "non-taxable miles require explanation text"},
            ),
        ],
        {
            "license": LIC,
            "quarter": "2026Q1",
            "tx_nontaxable_miles": 38211,
            "explanation": "private lease roads, Permian yard",
        },
        {"status": "FILED", "confirmation": "OK26Q1-0048812"},
    ),
    "fix_say": ["Adding the non-taxable TX miles.", "Adding the explanation."],
    "fix_done": "Filed.",
}

AC = "ACCT-310447"
BOND = "TB-2291-0087"

PEST = {
    "name": "pest_control_termite_bonds",
    "what": "a pest control office assistant managing termite bonds, bait station inspections, "
    "technician routes and renewals",
    "ack": "Happy to, checking now.",
    "chatty": 0.6,
    "pushy": 0.5,
    "detour": 0.4,
    "env": env_pest,
    "req": [
        "Mrs. Dupree (ACCT-310447) says she saw swarmers in the garage. Her termite bond TB-2291-0087 should cover it. Get a tech out.",
        "Callback on termite bond TB-2291-0087, swarmers reported, customer wants someone this week.",
        "ACCT-310447 swarmer call. Check the bond's active and book the retreat inspection.",
    ],
    "start": [
        "Looking up the account and bond status before I book anything.",
        "Pulling ACCT-310447 and the bond terms.",
        "I'll check the bond is current and when the stations were last serviced.",
    ],
    "open": [
        (
            "fsm.get_account",
            {"account": AC},
            {
                "account": AC,
                "name": "L. Dupree",
                "address": "118 Magnolia Ct, Slidell LA",
                "balance": 0.0,
            },
        ),
        (
            "fsm.get_bond",
            {"bond": BOND},
            {
                "bond": BOND,
                "type": "RETREAT",
                "system": "Sentricon",
                "expires": "2026-09-30",
                "status": "ACTIVE",
                "last_inspection": "2025-10-14",
            },
        ),
    ],
    "nudge": ["She called again.", "Any slot?", "Status?", "Can we get someone Thursday?"],
    "exact": "Bond TB-2291-0087 is active and covers retreatment; I'm finding the next "
    "inspection slot on the Slidell route.",
    "para": [
        "Looking for an open slot on the Slidell route for the swarmer inspection.",
        "I'm finding a time for a tech to inspect at Magnolia Ct.",
        "Checking the route schedule to book the Dupree inspection.",
        "Working on getting a tech scheduled for the swarmer call.",
        "I'll get the retreat inspection on the calendar shortly.",
        "Finding availability on the north shore route for her.",
    ],
    "ab": (
        (
            "routes.assign",
            {"job": "J-90211", "tech": "T-14 Marcus", "date": "2026-04-16"},
            {"job": "J-90211", "tech": "T-14", "date": "2026-04-16"},
        ),
        (
            "routes.assign",
            {"job": "J-90211", "tech": "T-09 Renee", "date": "2026-04-16"},
            {"job": "J-90211", "tech": "T-09", "date": "2026-04-16"},
        ),
    ),
    "ab_say": [
        "Marcus is closest to Slidell, giving him the job.",
        "Marcus's truck is over its stop count, moving it to Renee.",
    ],
    "fail": (
        "fsm.create_job",
        {"account": AC, "type": "TERMITE_INSPECTION", "bond": BOND, "date": "2026-04-16"},
        {
            "status": 409,
            "message": "Bond TB-2291-0087 has an open job J-90211 of type TERMITE_INSPECTION",
        },
    ),
    "fail_say": [
        "Job creation failed, trying again.",
        "Creating the job once more.",
        "Retrying the job create.",
    ],
    "sasa": (
        "fsm.get_station_readings",
        {"account": AC, "station": 7},
        {"station": 7, "activity": "HIT", "bait_remaining_pct": 0, "read": "2025-10-14"},
    ),
    "sasa_say": [
        "Station 7 shows the hit, checking again.",
        "Same reading on station 7.",
        "Still 0% bait on 7.",
    ],
    "mono": "Let me get the inspection booked for Mrs. Dupree before anything else.",
    "itc": ("fsm.get_bond", {"bond": BOND}, {"bond": BOND, "status": "ACTIVE"}),
    "live": ("open_claims_company", 31, 38),
    "itc_say": "bond again",
    "ask": (
        "What day works for her?",
        ["Thursday morning.", "Thursday AM.", "Thursday, morning.", "She said Thursday!"],
    ),
    "reask": [
        "Thanks. What day should I book the inspection?",
        "Got it. Which day is best for her?",
        "Okay, and her preferred day?",
    ],
    "rot": (
        "fsm.search_notes",
        ["swarmers garage", "swarm Dupree", "termite swarm 2026"],
        {"notes": [], "count": 0},
        "text",
    ),
    "rot_extra": {"account": AC},
    "rot_say": ["No notes; trying other words.", "Still nothing."],
    "cyc": [
        ("fsm.get_job", {"job": "J-90211"}, {"job": "J-90211", "follow_up_of": "J-88730"}),
        ("fsm.get_job", {"job": "J-88730"}, {"job": "J-88730", "follow_up_of": "J-87002"}),
        ("fsm.get_job", {"job": "J-87002"}, {"job": "J-87002", "follow_up_of": "J-90211"}),
    ],
    "cyc_say": "Following the job history back to the original treatment.",
    "queue": (
        ("fsm.renewals.next", {"branch": "NORTHSHORE"}),
        "fsm.send_renewal",
        ("fsm.renewals.mark_sent", {"marked": True}),
    ),
    "items": [
        (
            {"bond": "TB-2291-0102", "expires": "2026-05-31"},
            {"bond": "TB-2291-0102", "channel": "email"},
            {"sent": True},
            {"bond": "TB-2291-0102"},
        ),
        (
            {"bond": "TB-2291-0117", "expires": "2026-05-31"},
            {"bond": "TB-2291-0117", "channel": "mail"},
            {"sent": True},
            {"bond": "TB-2291-0117"},
        ),
        (
            {"bond": "TB-2291-0120", "expires": "2026-06-02"},
            {"bond": "TB-2291-0120", "channel": "email"},
            {"sent": True},
            {"bond": "TB-2291-0120"},
        ),
    ],
    "redeliver_key": "pulls",
    "queue_empty": {"bond": None, "message": "no renewals due in 45 days"},
    "q_say": ["Renewal sent; next bond.", "Sent, pulling the next renewal."],
    "queue_done": "Renewal notices sent for bonds expiring in the next 45 days.",
    "cosm": (
        "fsm.create_job",
        [
            {"account": AC, "type": "TERMITE_INSPECTION", "bond": BOND},
            {"account": AC, "type": "termite_inspection", "bond": BOND},
            {
                "account": AC,
                "type": "TERMITE_INSPECTION",
                "bond": BOND,
                "notes": "swarmers in garage",
            },
            {"account": AC, "type": "TERMITE_INSPECTION", "bond": BOND, "priority": 1},
        ],
        {
            "status": 409,
            "message": "Bond TB-2291-0087 has an open job J-90211 of type TERMITE_INSPECTION",
        },
    ),
    "cosm_say": ["Trying lowercase type.", "Setting priority 1 this time."],
    "done": (
        "fsm.schedule",
        {"job": "J-90211", "date": "2026-04-16", "window": "08-12"},
        {"job": "J-90211", "scheduled": True, "tech": "T-09"},
    ),
    "verify": [
        (
            "fsm.get_job",
            {"job": "J-90211"},
            {"job": "J-90211", "status": "SCHEDULED", "date": "2026-04-16"},
        ),
        (
            "routes.get_day",
            {"tech": "T-09", "date": "2026-04-16"},
            {"stops": 11, "includes": "J-90211"},
        ),
        ("fsm.get_notifications", {"job": "J-90211"}, {"sms": "sent", "email": "sent"}),
    ],
    "reverify": [
        "Confirmed, J-90211 is scheduled Thursday.",
        "Checked again, it's on for Thursday 8 to 12.",
        "Still scheduled, all set.",
    ],
    "thanks": ["Thanks!", "ok", "Yes you said."],
    "verify_done": "J-90211 is scheduled Thursday 8-12 with Renee, it's on her route (11 "
    "stops), and Mrs. Dupree got the text and email.",
    "next_ack": "Sure.",
    "newreq": [
        (
            "How many stations does she have?",
            ("fsm.get_stations", {"account": AC}, {"count": 18}),
            "She has 18 stations.",
        ),
        (
            "Did we ever do a liquid treatment there?",
            (
                "fsm.get_service_history",
                {"account": AC, "type": "LIQUID"},
                {"jobs": ["J-71200 2019-06-11 Termidor"]},
            ),
            "Yes, Termidor in June 2019.",
        ),
        (
            "What's Renee's Thursday look like?",
            ("routes.get_day", {"tech": "T-09", "date": "2026-04-16"}, {"stops": 10}),
            "Renee has 10 stops Thursday.",
        ),
        (
            "Send her the WDI report from last year.",
            ("fsm.send_document", {"account": AC, "doc": "WDI-2025"}, {"sent": True}),
            "Sent the 2025 WDI report.",
        ),
    ],
    "docs": [
        (
            (
                "fsm.get_document",
                {"account": AC, "doc": "WDI-2025"},
                {"finding": "no active infestation; old damage at garage sill"},
            ),
            "2025 WDI: no active termites, old damage at the garage sill.",
        ),
        (
            (
                "fsm.get_document",
                {"account": AC, "doc": "BOND-TERMS"},
                {"covers": "retreatment", "excludes": "damage repair"},
            ),
            "Bond terms: retreatment covered, damage repair not.",
        ),
        (
            (
                "fsm.get_document",
                {"account": AC, "doc": "GRAPH-2022"},
                {"stations": 18, "note": "station 7 near garage slab joint"},
            ),
            "2022 graph: station 7 sits at the garage slab joint.",
        ),
    ],
    "docs_wrap": "Swarmers near station 7 fit the history; covered for retreatment.",
    "alt": [
        (
            ("fsm.read_station", {"account": AC, "station": 5}, {"activity": "NONE"}),
            ("fsm.service_station", {"account": AC, "station": 5}, {"bait": "kept"}),
        ),
        (
            ("fsm.read_station", {"account": AC, "station": 6}, {"activity": "NONE"}),
            ("fsm.service_station", {"account": AC, "station": 6}, {"bait": "kept"}),
        ),
        (
            ("fsm.read_station", {"account": AC, "station": 7}, {"activity": "HIT"}),
            ("fsm.service_station", {"account": AC, "station": 7}, {"bait": "replaced"}),
        ),
        (
            ("fsm.read_station", {"account": AC, "station": 8}, {"activity": "NONE"}),
            ("fsm.service_station", {"account": AC, "station": 8}, {"bait": "kept"}),
        ),
    ],
    "alt_say": "5 and 6 clean.",
    "alt_done": "Stations read and serviced; only 7 had a hit.",
    "transient": (
        "routes.optimize",
        {"tech": "T-09", "date": "2026-04-16"},
        [
            {"status": 503, "message": "optimizer queue full"},
            {"status": 503, "message": "optimizer queue full"},
            {"status": 429, "message": "slow down"},
        ],
        {"stops": 11, "drive_minutes": 214},
    ),
    "transient_say": "Route optimizer is backed up; retrying shortly.",
    "transient_done": "Route re-optimized: 11 stops, 214 minutes of driving.",
    "poll": (
        "fsm.get_job",
        {"job": "J-90211"},
        [
            {"status": "EN_ROUTE"},
            {"status": "ON_SITE"},
            {"status": "ON_SITE", "note": "treating station 7"},
            {"status": "COMPLETE"},
        ],
    ),
    "poll_say": ["Renee is en route.", "She's on site.", "Treating station 7."],
    "poll_done": "Job complete.",
    "draft_req": "Write the service letter to Mrs. Dupree about what we found.",
    "draft_go": "continue",
    "draft": [
        "Dear Mrs. Dupree, thank you for reporting the swarmers in your garage.",
        "Our technician found active termites at station 7 near the garage slab and "
        "replaced the bait there.",
        "This retreatment is covered under bond TB-2291-0087 at no charge.",
        "We will recheck station 7 in 30 days. Call us with any questions.",
    ],
    "page": (
        "fsm.list_jobs",
        {"branch": "NORTHSHORE", "type": "TERMITE", "limit": 3},
        "next_page",
        [
            (["J-90190", "J-90201", "J-90205"], "2"),
            (["J-90207", "J-90211", "J-90215"], "3"),
            (["J-90220"], None),
        ],
    ),
    "page_say": "Six jobs.",
    "page_done": "Seven termite jobs on the branch this week.",
    "clar": [
        ("Are the swarmers inside the house or just the garage?", "Just the garage."),
        ("Does she want the tech to call first?", "Yes."),
        ("Any dogs in the yard?", "One, friendly."),
    ],
    "clar_ack": "Garage only, call ahead, one friendly dog.",
    "clar_act": (
        "fsm.update_job",
        {"job": "J-90211", "notes": "garage only; call ahead; dog"},
        {"updated": True},
    ),
    "clar_done": "Notes on the job for Renee.",
    "refine": (
        "fsm.search_notes",
        "text",
        [
            ("termite", {"count": 14}),
            ("termite garage", {"count": 3}),
            ("termite garage station 7", {"notes": ["2022 station 7 at slab joint"], "count": 1}),
        ],
    ),
    "refine_say": "Narrowing to the garage.",
    "refine_done": "Found the 2022 note on station 7.",
    "chain": [
        ("fsm.get_job", {"job": "J-90211"}, {"job": "J-90211", "follow_up_of": "J-88730"}),
        ("fsm.get_job", {"job": "J-88730"}, {"job": "J-88730", "follow_up_of": "J-71200"}),
        (
            "fsm.get_job",
            {"job": "J-71200"},
            {"job": "J-71200", "type": "INITIAL", "product": "Termidor"},
        ),
    ],
    "chain_done": "Original treatment was J-71200, Termidor.",
    "fix": (
        "fsm.create_job",
        [
            (
                {"account": AC, "type": "TERMITE", "bond": BOND},
                {"status": 422, "message": "type must be TERMITE_INSPECTION or TERMITE_RETREAT"},
            ),
            (
                {"account": AC, "type": "TERMITE_INSPECTION", "bond": BOND},
                {"status": 409, "message": "open job J-90211 exists"},
            ),
        ],
        {"account": AC, "type": "TERMITE_RETREAT", "bond": BOND, "parent": "J-90211"},
        {"job": "J-90230", "created": True},
    ),
    "fix_say": ["Using the full type.", "There's an open inspection, so this is a retreat job."],
    "fix_done": "Retreat job J-90230 created under J-90211.",
}

NS = "orders.line_items"

MONGO = {
    "name": "mongodb_shard_balancer",
    "what": "a database reliability assistant working a sharded MongoDB cluster's balancer, "
    "jumbo chunks and zone ranges",
    "ack": "ack, looking.",
    "chatty": 0.3,
    "pushy": 0.6,
    "detour": 0.3,
    "env": env_mongo,
    "req": [
        "shard03 on prod-orders is at 91% disk while shard01 is at 40%. Balancer seems stuck. Investigate.",
        "Page: prod-orders disk skew, shard03 near full. Why isn't the balancer moving orders.line_items?",
        "Look at prod-orders, the balancer hasn't migrated anything in 6 hours and shard03 is filling up.",
    ],
    "start": [
        "Checking balancer state and chunk distribution for orders.line_items.",
        "Starting with sh.status and the balancer window on prod-orders.",
        "Looking at the cluster and the balancer first.",
    ],
    "open": [
        (
            "atlas.get_cluster",
            {"cluster": "prod-orders"},
            {
                "name": "prod-orders",
                "shards": 4,
                "mongoDBVersion": "7.0.14",
                "disk_used_pct": {"shard01": 40, "shard02": 55, "shard03": 91, "shard04": 52},
            },
        ),
        (
            "mongosh.balancer_status",
            {"cluster": "prod-orders"},
            {"mode": "full", "inBalancerRound": False, "numBalancerRounds": 88210},
        ),
    ],
    "nudge": ["shard03 at 93% now", "any progress?", "??", "need an ETA"],
    "exact": "The balancer is enabled but idle; I'm checking orders.line_items for jumbo chunks "
    "that would block migration off shard03.",
    "para": [
        "Looking for jumbo chunks on shard03 that the balancer can't move.",
        "Next I'm checking whether line_items has oversized chunks pinned on shard03.",
        "I'm investigating jumbo chunks as the reason migrations aren't happening.",
        "Checking shard03's chunks for the jumbo flag now.",
        "I'll find out whether jumbo chunks are blocking the balancer shortly.",
        "Working through the chunk list on shard03 for jumbos.",
    ],
    "ab": (
        ("mongosh.stop_balancer", {"cluster": "prod-orders"}, {"mode": "off"}),
        ("mongosh.start_balancer", {"cluster": "prod-orders"}, {"mode": "full"}),
    ),
    "ab_say": [
        "Stopping the balancer so I can inspect chunks without migrations.",
        "shard03 is still filling, turning the balancer back on.",
    ],
    "fail": (
        "mongosh.move_chunk",
        {"ns": NS, "find": {"tenant_id": 4410}, "to": "shard01"},
        {
            "code": 159,
            "codeName": "ChunkTooBig",
            "errmsg": "Cannot move chunk: the maximum number of documents for a chunk is 1310720",
        },
    ),
    "fail_say": ["moveChunk failed, retrying.", "Running moveChunk again.", "Again."],
    "sasa": (
        "mongosh.chunk_distribution",
        {"ns": NS},
        {"shard01": 1120, "shard02": 1188, "shard03": 1910, "shard04": 1176},
    ),
    "sasa_say": [
        "Distribution unchanged, checking again.",
        "shard03 still 1910 chunks.",
        "No movement.",
    ],
    "mono": "I'll wait for the balancer round to complete and then re-check the distribution.",
    "itc": (
        "mongosh.balancer_status",
        {"cluster": "prod-orders"},
        {"mode": "full", "inBalancerRound": False},
    ),
    "live": ("numBalancerRounds", 88210, 88290),
    "itc_say": "checking balancer",
    "ask": (
        "Is there a balancer window configured I should respect?",
        ["No window, it runs 24/7.", "no window", "None. 24/7.", "no"],
    ),
    "reask": [
        "Thanks. Is the balancer restricted to a window?",
        "Noted. Any activeWindow on the balancer settings I need to honour?",
        "Ok. Just confirming: balancer window?",
    ],
    "rot": (
        "mongosh.find_config_changelog",
        ["moveChunk.error", "moveChunk.from shard03", "migration abort line_items"],
        {"cursor": {"firstBatch": []}},
        "what",
    ),
    "rot_extra": {"since_hours": 6},
    "rot_say": ["Nothing in the changelog, trying other event names.", "Still empty."],
    "cyc": [
        ("mongosh.get_zone", {"zone": "EU"}, {"zone": "EU", "range_ref": "tenant-eu"}),
        ("mongosh.get_range", {"name": "tenant-eu"}, {"range": "tenant-eu", "zone_ref": "EU-WEST"}),
        ("mongosh.get_zone", {"zone": "EU-WEST"}, {"zone": "EU-WEST", "alias_of": "EU"}),
    ],
    "cyc_say": "Following the zone mapping to see which shard owns the EU tenants.",
    "queue": (
        ("ops.migration_queue.next", {"cluster": "prod-orders"}),
        "mongosh.split_chunk",
        ("ops.migration_queue.complete", {"complete": True}),
    ),
    "items": [
        (
            {"task": "M-3301", "chunk": "tenant_id 4410"},
            {"ns": NS, "middle": {"tenant_id": 4410, "order_id": 5e8}},
            {"split": True},
            {"task": "M-3301"},
        ),
        (
            {"task": "M-3302", "chunk": "tenant_id 4418"},
            {"ns": NS, "middle": {"tenant_id": 4418, "order_id": 2e8}},
            {"split": True},
            {"task": "M-3302"},
        ),
        (
            {"task": "M-3303", "chunk": "tenant_id 5002"},
            {"ns": NS, "middle": {"tenant_id": 5002, "order_id": 9e7}},
            {"split": True},
            {"task": "M-3303"},
        ),
    ],
    "redeliver_key": "deliveries",
    "queue_empty": {"task": None, "message": "queue empty"},
    "q_say": ["Split done, next task.", "Chunk split; next."],
    "queue_done": "Jumbo chunks split; balancer can move them now.",
    "cosm": (
        "mongosh.move_chunk",
        [
            {"ns": NS, "find": {"tenant_id": 4410}, "to": "shard01"},
            {"ns": NS, "find": {"tenant_id": 4410}, "to": "shard01", "_waitForDelete": True},
            {"ns": NS, "find": {"tenant_id": 4410.0}, "to": "shard01"},
            {
                "ns": NS,
                "find": {"tenant_id": 4410},
                "to": "shard01",
                "writeConcern": {"w": "majority"},
            },
        ],
        {
            "code": 159,
            "codeName": "ChunkTooBig",
            "errmsg": "Cannot move chunk: the maximum number of documents for a chunk is 1310720",
        },
    ),
    "cosm_say": ["Adding _waitForDelete.", "Trying with majority write concern."],
    "done": ("mongosh.clear_jumbo", {"ns": NS, "find": {"tenant_id": 4410}}, {"cleared": True}),
    "verify": [
        (
            "mongosh.chunk_info",
            {"ns": NS, "find": {"tenant_id": 4410}},
            {"jumbo": False, "shard": "shard03"},
        ),
        (
            "mongosh.balancer_status",
            {"cluster": "prod-orders"},
            {"mode": "full", "inBalancerRound": True},
        ),
        ("mongosh.chunk_distribution", {"ns": NS}, {"shard01": 1131, "shard03": 1899}),
    ],
    "reverify": [
        "Confirmed, jumbo flag cleared.",
        "Checked again: jumbo false.",
        "Still not jumbo, good.",
    ],
    "thanks": ["ok", "yes I saw", "thanks"],
    "verify_done": "Jumbo cleared on tenant 4410, the balancer has started a round and 11 "
    "chunks have already moved off shard03.",
    "next_ack": "On it.",
    "newreq": [
        (
            "What's the chunk size setting?",
            ("mongosh.get_settings", {"_id": "chunksize"}, {"value": 128}),
            "chunksize is 128 MB.",
        ),
        (
            "How big is tenant 4410?",
            (
                "mongosh.coll_stats",
                {"ns": NS, "filter": {"tenant_id": 4410}},
                {"count": 2811004, "size_mb": 6120},
            ),
            "2.8M docs, about 6 GB.",
        ),
        (
            "Any long-running ops on shard03?",
            (
                "mongosh.current_op",
                {"shard": "shard03", "secs_running": {"$gt": 60}},
                {"inprog": []},
            ),
            "No long-running ops on shard03.",
        ),
        (
            "Show me the oplog window on shard03.",
            ("mongosh.repl_info", {"shard": "shard03"}, {"oplog_window_h": 31.2}),
            "Oplog window 31 hours.",
        ),
    ],
    "docs": [
        (
            (
                "runbook.get",
                {"page": "sharding/jumbo-chunks"},
                {"summary": "refine shard key or split manually"},
            ),
            "Runbook: split manually or refine the shard key.",
        ),
        (
            (
                "runbook.get",
                {"page": "incidents/2025-11-orders-skew"},
                {"summary": "same tenant 4410 caused skew; fixed by split"},
            ),
            "November incident: tenant 4410 caused the same skew, split fixed it.",
        ),
        (
            (
                "runbook.get",
                {"page": "sharding/refine-shard-key"},
                {"summary": "refineCollectionShardKey adds order_id suffix"},
            ),
            "Refine page: add order_id as a suffix to the shard key.",
        ),
    ],
    "docs_wrap": "Plan: split tenant 4410 now, propose refining the key to include order_id.",
    "alt": [
        (
            (
                "mongosh.split_chunk",
                {"ns": NS, "middle": {"tenant_id": 4410, "order_id": 5e8}},
                {"split": True},
            ),
            (
                "mongosh.move_chunk",
                {"ns": NS, "find": {"tenant_id": 4410, "order_id": 6e8}, "to": "shard01"},
                {"moved": True},
            ),
        ),
        (
            (
                "mongosh.split_chunk",
                {"ns": NS, "middle": {"tenant_id": 4418, "order_id": 2e8}},
                {"split": True},
            ),
            (
                "mongosh.move_chunk",
                {"ns": NS, "find": {"tenant_id": 4418, "order_id": 3e8}, "to": "shard04"},
                {"moved": True},
            ),
        ),
        (
            (
                "mongosh.split_chunk",
                {"ns": NS, "middle": {"tenant_id": 5002, "order_id": 9e7}},
                {"split": True},
            ),
            (
                "mongosh.move_chunk",
                {"ns": NS, "find": {"tenant_id": 5002, "order_id": 1e8}, "to": "shard02"},
                {"moved": True},
            ),
        ),
    ],
    "alt_say": "Two tenants split and moved.",
    "alt_done": "Split and moved the three hot tenant ranges off shard03.",
    "transient": (
        "mongosh.move_chunk",
        {"ns": NS, "find": {"tenant_id": 4410, "order_id": 6e8}, "to": "shard01"},
        [
            {"code": 46, "codeName": "LockBusy", "errmsg": "collection lock held by balancer"},
            {"code": 46, "codeName": "LockBusy", "errmsg": "collection lock held by balancer"},
            {"code": 189, "codeName": "PrimarySteppedDown", "errmsg": "stepdown"},
        ],
        {"moved": True, "millis": 48120},
    ),
    "transient_say": "Balancer holds the lock; I'll retry after this round.",
    "transient_done": "Chunk moved to shard01 in 48 s.",
    "poll": (
        "mongosh.chunk_distribution",
        {"ns": NS},
        [
            {"shard01": 1120, "shard03": 1910},
            {"shard01": 1190, "shard03": 1840},
            {"shard01": 1260, "shard03": 1770},
            {"shard01": 1355, "shard03": 1676},
        ],
    ),
    "poll_say": ["Balancer started.", "70 more moved.", "Still draining shard03."],
    "poll_done": "shard03 down by 234 chunks; it's working.",
    "draft_req": "Write the incident summary for #db-oncall.",
    "draft_go": "more",
    "draft": [
        "Summary: prod-orders shard03 reached 91% disk because tenant 4410's chunks were "
        "flagged jumbo and the balancer skipped them.",
        "Impact: none customer-facing; risk of write stalls above 95%.",
        "Mitigation: split the jumbo ranges, cleared the flag, balancer moved 234 chunks.",
        "Follow-up: refine the shard key to {tenant_id, order_id}.",
    ],
    "page": (
        "mongosh.list_chunks",
        {"ns": NS, "shard": "shard03", "batchSize": 3},
        "cursorId",
        [
            (["tenant 4401", "tenant 4405", "tenant 4410 JUMBO"], "7712001"),
            (["tenant 4411", "tenant 4418 JUMBO", "tenant 4420"], "7712002"),
            (["tenant 5002 JUMBO", "tenant 5004"], None),
        ],
    ),
    "page_say": "Two jumbos so far.",
    "page_done": "Three jumbo chunks: 4410, 4418, 5002.",
    "clar": [
        ("Can I split chunks during business hours?", "Yes."),
        ("Ok to move to shard01 only or spread?", "Spread."),
        ("Refine the shard key now or later?", "Later, needs a CR."),
    ],
    "clar_ack": "Splitting now, spreading, key refinement later.",
    "clar_act": (
        "mongosh.split_chunk",
        {"ns": NS, "middle": {"tenant_id": 4410, "order_id": 5e8}},
        {"split": True},
    ),
    "clar_done": "First split done.",
    "refine": (
        "mongosh.find_config_changelog",
        "what",
        [
            ("moveChunk", {"cursor": {"firstBatch": ["..."]}, "n": 120}),
            ("moveChunk.error", {"n": 14}),
            ("moveChunk.error ChunkTooBig", {"n": 14, "first": "tenant 4410"}),
        ],
    ),
    "refine_say": "Narrowing to errors.",
    "refine_done": "All 14 errors are ChunkTooBig on tenant 4410.",
    "chain": [
        ("mongosh.get_zone", {"zone": "EU"}, {"zone": "EU", "range_ref": "tenant-eu"}),
        ("mongosh.get_range", {"name": "tenant-eu"}, {"range": "tenant-eu", "zone_ref": "EU-WEST"}),
        ("mongosh.get_zone", {"zone": "EU-WEST"}, {"zone": "EU-WEST", "shards": ["shard03"]}),
    ],
    "chain_done": "EU tenants are pinned to shard03 by zone, which explains part of the skew.",
    "fix": (
        "mongosh.move_chunk",
        [
            (
                {"ns": NS, "find": {"tenant_id": 4410}, "to": "shard1"},
                {"code": 70, "codeName": "ShardNotFound", "errmsg": "shard1 not found"},
            ),
            (
                {"ns": NS, "find": {"tenant_id": 4410}, "to": "shard01"},
                {"code": 159, "codeName": "ChunkTooBig", "errmsg": "chunk too big"},
            ),
        ],
        {"ns": NS, "find": {"tenant_id": 4410, "order_id": 6e8}, "to": "shard01"},
        {"moved": True},
    ),
    "fix_say": ["Shard name is shard01.", "Targeting the split half instead."],
    "fix_done": "Moved the upper half of tenant 4410.",
}

DOMAINS = [TRANSPLANT, PACS, NUCLEAR, PAWN, IVF, IFTA, PEST, MONGO]

LOOPS = [
    ("exact_repeat", loop_exact_repeat),
    ("paraphrased_repeat", loop_paraphrased_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_tool_retry", loop_failing_tool_retry),
    ("same_action_same_observation", loop_same_action_same_observation),
    ("identical_monologue", loop_identical_monologue),
    ("identical_tool_calls", loop_identical_tool_calls),
    ("reask_answered_question", loop_reask_answered_question),
    ("query_rotation_cycle", loop_query_rotation_cycle),
    ("reference_cycle_walk", loop_reference_cycle_walk),
    ("unacked_redelivery", loop_unacked_redelivery),
    ("cosmetic_arg_retry", loop_cosmetic_arg_retry),
    ("reverify_after_done", loop_reverify_after_done),
]

PROGRESS = [
    ("same_ack_new_requests", prog_same_ack_new_requests),
    ("summarising_related_documents", prog_summarising_related_documents),
    ("alternating_distinct_items", prog_alternating_distinct_items),
    ("transient_error_then_success", prog_transient_error_then_success),
    ("polling_until_state_change", prog_polling_until_state_change),
    ("multi_part_drafting", prog_multi_part_drafting),
    ("paging_through_results", prog_paging_through_results),
    ("clarify_then_proceed", prog_clarify_then_proceed),
    ("query_refinement_converges", prog_query_refinement_converges),
    ("reference_chain_resolves", prog_reference_chain_resolves),
    ("queue_drain_acked", prog_queue_drain_acked),
    ("retry_with_corrected_argument", prog_retry_with_corrected_argument),
    ("post_change_verification", prog_post_change_verification),
]


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOPS), ("progress", PROGRESS)):
        for kind, fn in kinds:
            for i, dom in enumerate(DOMAINS, start=1):
                rid = "%s-%s-%s-%03d" % (PREFIX, label, kind, i)
                attempt = 0
                while True:
                    c = Ctx(dom, rid if attempt == 0 else "%s#%d" % (rid, attempt))
                    fn(c)
                    if 6 <= len(c.steps) <= 15:
                        break
                    attempt += 1
                steps = c.steps
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom["name"],
                        "steps": steps,
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
