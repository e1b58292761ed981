#!/usr/bin/env python3
"""Generator for the thirty-seventh trajectory set (stdlib only, deterministic).

Run as a script to (re)write trajectories.jsonl next to this file.
"""

import datetime
import json
import os
import random

SET = "thirtyseventh"
SEED = "thirtyseventh-2026-v1"

LOOP_KINDS = [
    "exact_repeat",
    "interleaved_repeat",
    "paraphrased_search",
    "ab_oscillation",
    "abc_cycle",
    "failing_call_repeat",
    "cosmetic_arg_retry",
    "monologue",
    "reworded_nonanswer",
    "stuck_cursor",
    "same_edit_reapplied",
    "resummarise_same_doc",
]
PROGRESS_KINDS = [
    "paging",
    "corrected_retry",
    "related_doc_summaries",
    "poll_until_done",
    "batch_items",
    "search_refinement",
    "edits_errors_falling",
    "user_recheck_differs",
    "flaky_retry_passes",
    "status_updates_counts",
    "compare_sources",
    "plan_execution",
]


# ---------------------------------------------------------------- row helper
class Row:
    def __init__(self, rng, seq_base=0):
        self.rng = rng
        self.seq = seq_base
        self.steps = []
        self.t = datetime.datetime(
            2026,
            rng.randint(3, 10),
            rng.randint(1, 27),
            rng.randint(6, 17),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )

    def tick(self, lo=2, hi=40):
        self.t += datetime.timedelta(seconds=self.rng.randint(lo, hi))

    def fill(self, s):
        r = self.rng
        out = s
        while "{rid}" in out:
            out = out.replace("{rid}", f"{r.getrandbits(32):08x}-{r.getrandbits(16):04x}", 1)
        while "{ms}" in out:
            out = out.replace("{ms}", str(r.randint(38, 1900)), 1)
        while "{ts}" in out:
            out = out.replace("{ts}", self.t.strftime("%Y-%m-%dT%H:%M:%SZ"), 1)
        while "{hms}" in out:
            out = out.replace("{hms}", self.t.strftime("%H:%M:%S"), 1)
        while "{seq}" in out:
            self.seq += 1
            out = out.replace("{seq}", str(self.seq), 1)
        while "{date}" in out:
            out = out.replace("{date}", self.t.strftime("%Y-%m-%d"), 1)
        return out

    def fill_args(self, v):
        if isinstance(v, str):
            return self.fill(v)
        if isinstance(v, dict):
            return {k: self.fill_args(x) for k, x in v.items()}
        if isinstance(v, list):
            return [self.fill_args(x) for x in v]
        return v

    def tool(self, tool, args, obs, error=False):
        self.tick()
        self.steps.append(
            {
                "kind": "tool",
                "tool": tool,
                "args": self.fill_args(dict(args)),
                "observation": self.fill(obs),
                "error": bool(error),
            }
        )

    def call(self, spec, error=None):
        tool, args, obs = spec[0], spec[1], spec[2]
        err = spec[3] if (len(spec) > 3 and error is None) else bool(error)
        self.tool(tool, args, obs, err)

    def llm(self, text, user=""):
        self.tick(5, 90 if user else 20)
        step = {"kind": "llm", "text": self.fill(text)}
        if user:
            step["observation"] = self.fill(user)
        self.steps.append(step)

    def wait(self, seconds):
        self.tick()
        self.steps.append(
            {
                "kind": "tool",
                "tool": "wait",
                "args": {"seconds": seconds},
                "observation": "waited %ds" % seconds,
                "error": False,
            }
        )
        self.t += datetime.timedelta(seconds=seconds)


def opening(R, D, n_tools, user=None):
    """Genuine work first: optional user message, then reads of the domain's records."""
    rng = R.rng
    if user is None:
        user = rng.random() < 0.5
    if user:
        msg, ack = rng.choice(D["user"])
        R.llm(ack, user=msg)
    ops = list(D["openers"])
    idx = sorted(rng.sample(range(len(ops)), min(n_tools, len(ops))))
    for i in idx:
        R.call(ops[i])


def pick(rng, xs):
    return rng.choice(xs)


def facts_summary(rng, doc, lead=None):
    facts = list(doc["facts"])
    rng.shuffle(facts)
    leads = lead or [
        "Summary of {}: ".format(doc["id"]),
        "{} ({}) — key points: ".format(doc["id"], doc["title"]),
        "Read {}. ".format(doc["id"]),
        "{} in short: ".format(doc["title"]),
    ]
    return pick(rng, leads) + "; ".join(facts) + "."


# ---------------------------------------------------------------- loop kinds
def loop_exact_repeat(R, D, shape):
    rng = R.rng
    s = D["stuck"]
    opening(R, D, rng.randint(1, 3))
    R.llm(pick(rng, s["intro"]))
    n = rng.randint(3, 5)
    if shape == 0:
        for _ in range(n):
            R.call(s["call"])
        R.llm(pick(rng, s["again"]))
        R.call(s["call"])
    else:
        for i in range(n):
            R.call(s["call"])
            if i < n - 1:
                R.llm(pick(rng, s["again"]))


def loop_interleaved_repeat(R, D, shape):
    rng = R.rng
    s = D["stuck"]
    opening(R, D, rng.randint(1, 2))
    key = (s["call"][0], json.dumps(s["call"][1], sort_keys=True))
    others = [
        o
        for o in [*list(D["openers"]), D["flaky"]["ok_call"], D["abc"][1]]
        if (o[0], json.dumps(o[1], sort_keys=True)) != key
    ]
    rng.shuffle(others)
    cycles = 3
    for i in range(cycles):
        R.call(s["call"])
        R.call(others[i % len(others)])
        if shape == 1 and i % 2 == 1:
            R.llm(pick(rng, s["again"]))
    R.call(s["call"])


def loop_paraphrased_search(R, D, shape):
    rng = R.rng
    sr = D["search"]
    opening(R, D, 1)
    paras = list(sr["paraphrases"])
    n = rng.randint(4, 5) if shape == 1 else 5
    for i in range(n):
        args = dict(sr["base"])
        args[sr["key"]] = paras[i % len(paras)]
        if shape == 1 and i > 0:
            R.llm(sr["retry_lines"][0] if i == 1 else pick(rng, sr["retry_lines"]))
        R.tool(sr["tool"], args, sr["same_obs"])
    if shape == 0:
        R.llm(pick(rng, sr["retry_lines"]))
        args = dict(sr["base"])
        args[sr["key"]] = paras[0]
        R.tool(sr["tool"], args, sr["same_obs"])


def loop_ab_oscillation(R, D, shape):
    rng = R.rng
    ab = D["ab"]
    opening(R, D, 1 if shape == 1 else 2)
    n = rng.randint(2, 3)
    for i in range(n):
        if shape == 1:
            R.llm(ab["la"][0] if i == 0 else pick(rng, ab["la"]))
        R.call(ab["a"])
        if shape == 1:
            R.llm(ab["lb"][0] if i == 0 else pick(rng, ab["lb"]))
        R.call(ab["b"])
    if shape == 0:
        R.llm(pick(rng, ab["la"]))
        R.call(ab["a"])
        R.call(ab["b"])


def loop_abc_cycle(R, D, shape):
    rng = R.rng
    abc = D["abc"]
    opening(R, D, 1)
    cycles = 3 if shape == 0 else 2
    for _c in range(cycles):
        for _j, spec in enumerate(abc):
            R.call(spec)
        if shape == 1:
            R.llm(pick(rng, D["abc_lines"]))
    if shape == 1:
        R.call(abc[0])


def loop_failing_call_repeat(R, D, shape):
    rng = R.rng
    f = D["fail"]
    opening(R, D, rng.randint(2, 3))
    R.llm(pick(rng, f["intro"]))
    n = rng.randint(4, 5)
    for i in range(n):
        R.tool(f["tool"], f["args"], f["err"], True)
        if shape == 1 and i < n - 1:
            R.llm(pick(rng, f["retry_lines"]))


def loop_cosmetic_arg_retry(R, D, shape):
    rng = R.rng
    f = D["fail"]
    opening(R, D, 2)
    R.llm(pick(rng, f["intro"]))
    R.tool(f["tool"], f["args"], f["err"], True)
    variants = list(f["cosmetic"])
    if shape == 1:
        variants = [*variants, f["args"]]
    for i, a in enumerate(variants):
        if i % 2 == 0:
            R.llm(pick(rng, f["cosmetic_lines"]))
        R.tool(f["tool"], a, f["err"], True)


def loop_monologue(R, D, shape):
    rng = R.rng
    m = D["monologue"]
    opening(R, D, 3, user=(shape == 1))
    n = rng.randint(5, 6)
    if shape == 0:
        text = pick(rng, m)
        for _ in range(n):
            R.llm(text)
    else:
        for i in range(n):
            R.llm(m[i % len(m)])


def loop_reworded_nonanswer(R, D, shape):
    rng = R.rng
    q = D["nonanswer"]
    opening(R, D, 3 if shape == 0 else rng.randint(2, 3), user=False)
    if shape == 0:
        R.llm(
            pick(rng, ["Let me look.", "Checking.", "One moment, pulling it up."]),
            user=q["question"],
        )
        R.call(q["reread"])
        R.llm(q["answers"][0])
    else:
        R.llm(q["answers"][0], user=q["question"])
    pushes = list(q["pushbacks"])
    n = len(pushes) if shape == 0 else 2
    for i in range(n):
        if shape == 1:
            R.call(q["reread"])
        R.llm(q["answers"][i + 1], user=pushes[i])
    if shape == 1:
        R.call(q["reread"])
        R.llm(q["answers"][3], user=pushes[2])


def loop_stuck_cursor(R, D, shape):
    rng = R.rng
    p = D["page"]
    opening(R, D, rng.randint(1, 2))
    first_args = dict(p["base"])
    R.tool(p["tool"], first_args, page_obs(p, 0))
    n = rng.randint(4, 5)
    if shape == 0:
        args = dict(p["base"])
        args[p["key"]] = p["tokens"][0]
        for i in range(n):
            R.tool(p["tool"], args, page_obs(p, 1))
            if i in (1, 3):
                R.llm(pick(rng, p["next_lines"]))
    else:
        for _i in range(n):
            R.llm(pick(rng, p["next_lines"]))
            R.tool(p["tool"], first_args, page_obs(p, 0))


def page_obs(p, i):
    items = p["pages"][i]
    nxt = p["tokens"][i] if i < len(p["tokens"]) else None
    return p["fmt"](items, nxt, i)


def loop_same_edit_reapplied(R, D, shape):
    rng = R.rng
    e = D["edit"]
    opening(R, D, 2 if shape == 0 else 1)
    all_err = e["errors"]
    R.tool(e["validate"], e["vargs"], e["vfmt"](all_err))
    n = 2 if shape == 1 else rng.randint(2, 3)
    fix = e["fixes"][0]
    for i in range(n):
        if shape == 1:
            R.llm(e["prog_lines"][0] if i == 0 else pick(rng, e["loop_lines"]))
        R.tool(e["edit_tool"], fix[0], fix[1])
        R.tool(e["validate"], e["vargs"], e["vfmt"](all_err))


def loop_resummarise_same_doc(R, D, shape):
    rng = R.rng
    doc = D["docs"][0]
    opening(R, D, 2)
    n = rng.randint(3, 4)
    for i in range(n):
        R.tool(D["doc_tool"], {D["doc_key"]: doc["id"]}, doc["body"])
        R.llm(facts_summary(rng, doc))
        if shape == 1 and i == 1:
            R.call(D["openers"][0])


# ---------------------------------------------------------------- progress kinds
def prog_paging(R, D, shape):
    rng = R.rng
    p = D["page"]
    opening(R, D, 2)
    args = dict(p["base"])
    R.tool(p["tool"], args, page_obs(p, 0))
    for i in range(1, len(p["pages"])):
        if shape == 1 or i == 2:
            R.llm(pick(rng, p["next_lines"]))
        args = dict(p["base"])
        args[p["key"]] = p["tokens"][i - 1]
        R.tool(p["tool"], args, page_obs(p, i))
    R.llm(p["final"])


def prog_corrected_retry(R, D, shape):
    rng = R.rng
    f = D["fail"]
    opening(R, D, 3)
    R.llm(pick(rng, f["intro"]))
    R.tool(f["tool"], f["args"], f["err"], True)
    steps = f["fix_steps"] if shape == 1 else f["fix_steps"][-1:]
    for _k, (why, args, obs, err) in enumerate(steps):
        R.llm(why if shape == 1 else f["direct_why"])
        R.tool(f["tool"], args, obs, err)
    R.llm(f["done"])


def prog_related_doc_summaries(R, D, shape):
    rng = R.rng
    opening(R, D, 2 if shape == 0 else 3)
    docs = D["docs"][1:] if shape == 0 else D["docs"][:3]
    for doc in docs:
        R.tool(D["doc_tool"], {D["doc_key"]: doc["id"]}, doc["body"])
        R.llm(facts_summary(rng, doc))
    R.llm(D["synth"])


def prog_poll_until_done(R, D, shape):
    rng = R.rng
    p = D["poll"]
    opening(R, D, rng.randint(1, 2))
    R.call(p["start"])
    states = p["states"]
    for i, st in enumerate(states):
        R.tool(p["tool"], p["args"], st)
        if i < len(states) - 1:
            if shape == 1 and i == 1:
                R.llm(pick(rng, p["mid"]))
            R.wait(pick(rng, p["waits"]))
    R.llm(p["final"])


def prog_batch_items(R, D, shape):
    rng = R.rng
    b = D["batch"]
    opening(R, D, rng.randint(2, 3))
    R.llm(b["intro"])
    items = b["items"] if shape == 0 else b["items"][:-1]
    for i, (args, obs) in enumerate(items):
        R.tool(b["tool"], args, obs)
        if shape == 1 and i == 2:
            R.llm(b["mid"])
    R.llm(b["final"])


def prog_search_refinement(R, D, shape):
    sr = D["search"]
    opening(R, D, 2)
    for i, (why, args, obs) in enumerate(sr["refine"]):
        if shape == 1 or i == 0:
            R.llm(why)
        R.tool(sr["tool"], args, obs)
    R.llm(sr["refine_final"])


def prog_edits_errors_falling(R, D, shape):
    rng = R.rng
    e = D["edit"]
    opening(R, D, rng.randint(1, 2))
    remaining = list(e["errors"])
    R.tool(e["validate"], e["vargs"], e["vfmt"](remaining))
    for k, (args, obs, fixed) in enumerate(e["fixes"]):
        if shape == 1 and k != 1:
            R.llm(e["prog_lines"][k])
        R.tool(e["edit_tool"], args, obs)
        remaining = [x for x in remaining if x not in fixed]
        R.tool(e["validate"], e["vargs"], e["vfmt"](remaining))
    R.llm(e["done"])


def prog_user_recheck_differs(R, D, shape):
    rc = D["recheck"]
    opening(R, D, 3, user=False)
    R.llm(rc["ack"], user=rc["ask"])
    R.tool(rc["tool"], rc["args"], rc["obs1"])
    R.llm(rc["report1"])
    R.llm(rc["ack2"], user=rc["recheck"])
    R.tool(rc["tool"], rc["args"], rc["obs2"])
    if shape == 1:
        R.call(rc["follow"])
    R.llm(rc["report2"])


def prog_flaky_retry_passes(R, D, shape):
    rng = R.rng
    f = D["flaky"]
    opening(R, D, 3)
    R.llm(f["intro"])
    fails = 1 if shape == 0 else 2
    for i in range(fails):
        R.tool(f["ok_call"][0], f["ok_call"][1], f["errs"][i], True)
        if i == 0:
            R.llm(f["retry_line"])
        else:
            R.wait(rng.choice([5, 10, 15]))
    R.call(f["ok_call"])
    R.call(f["next"])
    R.llm(f["final"])


def prog_status_updates_counts(R, D, shape):
    c = D["chunks"]
    opening(R, D, 2)
    total = c["total"]
    size = c["size"]
    done = 0
    k = 0
    while done < total:
        n = min(size, total - done)
        args = dict(c["args"])
        args[c["offset_key"]] = done
        args["limit"] = size
        ok, flagged = c["counts"][k % len(c["counts"])]
        ok = min(ok, n)
        flagged = n - ok
        R.tool(
            c["tool"],
            args,
            c["obs"]
            .replace("{n}", str(n))
            .replace("{ok}", str(ok))
            .replace("{flagged}", str(flagged))
            .replace("{off}", str(done))
            .replace("{end}", str(done + n - 1)),
        )
        done += n
        k += 1
        if shape == 0 or done >= total or k % 2 == 0:
            R.llm(
                c["status"]
                .replace("{done}", str(done))
                .replace("{total}", str(total))
                .replace("{pct}", str(round(100.0 * done / total)))
            )
    R.llm(c["final"])


def prog_compare_sources(R, D, shape):
    c = D["compare"]
    opening(R, D, 2 if shape == 0 else 3)
    for rec, a_args, a_obs, b_args, b_obs in c["records"]:
        R.tool(c["a_tool"], a_args, a_obs)
        R.tool(c["b_tool"], b_args, b_obs)
        if shape == 1:
            R.llm(c["notes"][rec])
    R.llm(c["final"])


def prog_plan_execution(R, D, shape):
    p = D["plan"]
    opening(R, D, 2, user=True)
    R.llm(p["plan"])
    for i, spec in enumerate(p["steps"]):
        R.call(spec)
        if shape == 1 and i in (1, 3):
            R.llm(p["notes"][0 if i == 1 else 1])
    R.llm(p["final"])


BUILDERS = {"loop/" + k: globals()["loop_" + k] for k in LOOP_KINDS}
BUILDERS.update({"progress/" + k: globals()["prog_" + k] for k in PROGRESS_KINDS})


# ---------------------------------------------------------------- domains
DOMAINS = []


# ======================================================= seed_bank_viability
def _sb_page(items, nxt, i):
    body = "\n".join(items)
    return '{"request_id": "{rid}", "page": %d, "results": [\n%s\n], "next_page_token": %s}' % (
        i + 1,
        body,
        json.dumps(nxt),
    )


SB_ERRS = [
    "row 14 (IG-208811): ORIGCTY 'UK' is not an ISO 3166-1 alpha-3 code",
    "row 14 (IG-208811): ACQDATE '2019-06' must be YYYYMMDD (use 201906-- for unknown day)",
    "row 22 (IG-208830): DECLATITUDE 152.331 out of range [-90, 90]",
    "row 31 (IG-208847): SAMPSTAT 999 not in MCPD code list",
    "row 31 (IG-208847): COLLSRC missing but COLLDATE present",
]

DOMAINS.append(
    {
        "name": "seed_bank_viability",
        "user": [
            (
                "Morning. Can you work through the genebank queue today: the Q3 wheat retests, the GC-3 barley question and the Ethiopian sorghum donation that still needs to go to Genesys?",
                "Will do. I'll start by pulling the relevant accession and test records.",
            ),
            (
                "Priya is off this week, so please pick up her viability work — wheat retests, the chamber GC-3 follow-up and the sorghum passport upload. Flag anything odd.",
                "Understood. Starting with the current records for those items.",
            ),
            (
                "Quick handover: regeneration decisions for the Q3 wheat list and the sorghum donation paperwork are both overdue. Can you take them?",
                "Yes — I'll read the records first and then work through them.",
            ),
        ],
        "openers": [
            (
                "accession_lookup",
                {"accession_id": "IG-104233"},
                '{"accession_id": "IG-104233", "taxon": "Triticum aestivum subsp. aestivum", "local_name": "Hamra", "origin": "SYR", "storage": "base, -18C", "last_test": "GT-2024-0871", "last_viability_pct": 71, "seed_count_est": 4120, "regeneration_due": false, "request_id": "{rid}"}',
            ),
            (
                "germination_results",
                {"test_id": "GT-2025-1190"},
                "test GT-2025-1190 | accession IG-104233 | protocol ISTA between-paper 20C | 4 x 50 seeds\nrep1 34/50  rep2 31/50  rep3 29/50  rep4 33/50\nnormal seedlings 127/200 = 63.5%  abnormal 21  dead 52\ncompleted {date} | tech: M. Okafor",
            ),
            (
                "retest_schedule",
                {"crop": "wheat", "quarter": "2026-Q3"},
                "12 accessions due for retest in 2026-Q3 (crop=wheat)\nIG-104233 last 71% (2021)\nIG-104240 last 88% (2021)\nIG-104255 last 79% (2020)\nIG-104261 last 92% (2021)\n... 8 more (use page_token)\nlatency {ms}ms",
            ),
            (
                "chamber_log",
                {"chamber_id": "GC-3", "days": 7},
                "GC-3 setpoint 20.0C  min 19.6  max 23.9  mean 21.2\nexcursions >2C: 3 (longest 5h10m on day -4)\nhumidity mean 94%\nlogger sync {ts}",
            ),
            (
                "inventory_count",
                {"accession_id": "IG-104255"},
                '{"accession_id": "IG-104255", "packets": [{"loc": "BASE-R12-S4", "grams": 41.2}, {"loc": "ACTIVE-R03-S1", "grams": 6.8}], "tkw_g": 38.4, "seed_count_est": 1250, "request_id": "{rid}"}',
            ),
        ],
        "stuck": {
            "call": (
                "accession_lookup",
                {"accession_id": "IG-104233"},
                '{"accession_id": "IG-104233", "taxon": "Triticum aestivum subsp. aestivum", "local_name": "Hamra", "origin": "SYR", "storage": "base, -18C", "last_test": "GT-2024-0871", "last_viability_pct": 71, "seed_count_est": 4120, "regeneration_due": false, "request_id": "{rid}"}',
            ),
            "intro": [
                "The new test GT-2025-1190 shows 63.5%, below the 75% threshold. Let me confirm the accession record reflects that before flagging it.",
                "Before I flag IG-104233 for regeneration I want the record to show the new germination figure.",
            ],
            "again": [
                "The record still shows last_viability_pct 71. Checking the accession again.",
                "Still the old test. Let me look at IG-104233 once more.",
                "regeneration_due is still false. Re-reading the accession.",
            ],
        },
        "search": {
            "tool": "search_accessions",
            "key": "query",
            "base": {"query": "", "crop": "sorghum", "limit": 10},
            "paraphrases": [
                "drought tolerant sorghum Ethiopia",
                "Ethiopian sorghum drought tolerance",
                "sorghum from Ethiopia tolerant to drought",
                "drought-tolerant Sorghum bicolor ETH",
                "sorghum drought tolerance origin Ethiopia",
            ],
            "same_obs": '{"request_id": "{rid}", "total": 3, "results": [{"id": "IG-301102", "name": "Zera-zera", "origin": "ETH", "trait_notes": "early maturing"}, {"id": "IG-301117", "name": "Wediaker", "origin": "ETH", "trait_notes": "none recorded"}, {"id": "IG-301240", "name": "Gambella 1107", "origin": "ETH", "trait_notes": "bird resistant"}], "took_ms": {ms}}',
            "retry_lines": [
                "None of these mention drought. I'll rephrase the query.",
                "Same three accessions again. Trying different wording.",
                "Still not finding the drought-tolerant lines — rewording the search.",
            ],
            "refine": [
                (
                    "Starting broad on the sorghum collection, then narrowing.",
                    {"query": "sorghum", "crop": "sorghum", "limit": 10},
                    '{"request_id": "{rid}", "total": 1384, "results": [{"id": "IG-300001"}, {"id": "IG-300002"}, "... 8 more"], "took_ms": {ms}}',
                ),
                (
                    "1,384 is the whole crop. Restricting to Ethiopian origin.",
                    {"query": "sorghum", "crop": "sorghum", "origin": "ETH", "limit": 10},
                    '{"request_id": "{rid}", "total": 212, "results": [{"id": "IG-301102"}, {"id": "IG-301117"}, "... 8 more"], "took_ms": {ms}}',
                ),
                (
                    "Adding the evaluation trait filter for drought score rather than free text.",
                    {
                        "query": "sorghum",
                        "crop": "sorghum",
                        "origin": "ETH",
                        "trait": "drought_score>=4",
                        "limit": 10,
                    },
                    '{"request_id": "{rid}", "total": 17, "results": [{"id": "IG-301388", "drought_score": 5}, {"id": "IG-301391", "drought_score": 4}, "... 8 more"], "took_ms": {ms}}',
                ),
                (
                    "Keeping only accessions with enough seed to distribute.",
                    {
                        "query": "sorghum",
                        "crop": "sorghum",
                        "origin": "ETH",
                        "trait": "drought_score>=4",
                        "min_seed_count": 2000,
                        "limit": 10,
                    },
                    '{"request_id": "{rid}", "total": 6, "results": [{"id": "IG-301388", "seeds": 5400}, {"id": "IG-301391", "seeds": 3100}, {"id": "IG-301402", "seeds": 2650}, {"id": "IG-301415", "seeds": 8800}, {"id": "IG-301433", "seeds": 2210}, {"id": "IG-301450", "seeds": 4075}], "took_ms": {ms}}',
                ),
            ],
            "refine_final": "Six Ethiopian sorghum accessions have drought score >= 4 and at least 2,000 seeds: IG-301388, IG-301391, IG-301402, IG-301415, IG-301433, IG-301450. These are the candidates for the distribution request.",
        },
        "ab": {
            "a": (
                "set_regeneration_flag",
                {"accession_id": "IG-104255", "due": True, "reason": "viability 79% trending down"},
                '{"ok": true, "accession_id": "IG-104255", "regeneration_due": true, "request_id": "{rid}"}',
            ),
            "b": (
                "set_regeneration_flag",
                {"accession_id": "IG-104255", "due": False, "reason": "above 75% threshold"},
                '{"ok": true, "accession_id": "IG-104255", "regeneration_due": false, "request_id": "{rid}"}',
            ),
            "la": [
                "79% and only ~1,250 seeds left — it should be flagged for regeneration.",
                "Given the low seed count I think IG-104255 does need regeneration after all.",
            ],
            "lb": [
                "Actually 79% is above the 75% standard, so regeneration isn't due. Reverting the flag.",
                "On reflection the viability is still over threshold; unflagging.",
            ],
        },
        "abc": [
            (
                "germination_results",
                {"test_id": "GT-2025-1190"},
                "test GT-2025-1190 | accession IG-104233 | protocol ISTA between-paper 20C | 4 x 50 seeds\nrep1 34/50  rep2 31/50  rep3 29/50  rep4 33/50\nnormal seedlings 127/200 = 63.5%  abnormal 21  dead 52\ncompleted {date} | tech: M. Okafor",
            ),
            (
                "chamber_log",
                {"chamber_id": "GC-3", "days": 7},
                "GC-3 setpoint 20.0C  min 19.6  max 23.9  mean 21.2\nexcursions >2C: 3 (longest 5h10m on day -4)\nhumidity mean 94%\nlogger sync {ts}",
            ),
            (
                "protocol_lookup",
                {"species": "Triticum aestivum"},
                "ISTA 2026 Table 5A: Triticum aestivum — substrate BP/S, temp 20C, first count day 4, final count day 8, tolerance for 4x50 at 63%: max range 16",
            ),
        ],
        "abc_lines": [
            "The chamber excursion might explain the low count, but the protocol tolerance is met. Let me look at the test again.",
            "Not conclusive. Going back over the results, chamber log and protocol.",
        ],
        "fail": {
            "tool": "genesys_upload",
            "args": {"file": "passport_sorghum_ETH_2026.csv", "institute_code": "GBR004"},
            "err": '{"status": 403, "error": "institute GBR004 is not authorised for API key ending ...7f2c", "request_id": "{rid}"}',
            "intro": [
                "The passport file validates locally. Uploading to Genesys.",
                "Pushing the sorghum passport file to Genesys now.",
            ],
            "retry_lines": ["Upload rejected. Retrying.", "Still 403. Trying the upload again."],
            "cosmetic": [
                {
                    "file": "passport_sorghum_ETH_2026.csv",
                    "institute_code": "GBR004",
                    "overwrite": True,
                },
                {"file": "./passport_sorghum_ETH_2026.csv", "institute_code": "GBR004"},
                {
                    "file": "passport_sorghum_ETH_2026.csv",
                    "institute_code": "GBR004",
                    "dry_run": False,
                    "encoding": "utf-8",
                },
            ],
            "cosmetic_lines": [
                "Maybe it's the file handling — trying with overwrite/encoding options.",
                "Adjusting the upload parameters and trying again.",
            ],
            "direct_why": "403: this key isn't authorised to upload as GBR004 by default; uploads have to go through the institute's own key scope, GBR004-upload.",
            "fix_steps": [
                (
                    "403 says the key isn't authorised for GBR004; the donation is registered under our partner code. Switching institute_code to ETH085 as listed in the donor agreement.",
                    {"file": "passport_sorghum_ETH_2026.csv", "institute_code": "ETH085"},
                    '{"status": 422, "error": "2 rows reference DONORCODE ETH085 but INSTCODE column is GBR004", "request_id": "{rid}"}',
                    True,
                ),
                (
                    "The file's INSTCODE must match. The key is for GBR004, so the right fix is to keep GBR004 and upload with the donor as DONORCODE only — using the institute's own key scope 'GBR004-upload'.",
                    {
                        "file": "passport_sorghum_ETH_2026.csv",
                        "institute_code": "GBR004",
                        "key_scope": "GBR004-upload",
                    },
                    '{"status": 200, "accepted": 46, "rejected": 0, "dataset_uuid": "6b1e0c44-2d1a-4f7a-9e55-{rid}", "request_id": "{rid}"}',
                    False,
                ),
            ],
            "done": "Upload accepted: 46 sorghum accessions published to Genesys with no rejected rows.",
        },
        "monologue": [
            "I'll now compile the regeneration list for the wheat landraces based on the retest results.",
            "I'll now compile the regeneration list for the wheat landraces based on the retest results.",
            "Next I'll compile the regeneration list for the wheat landraces from the retest results.",
        ],
        "nonanswer": {
            "question": "Does IG-104233 actually need regenerating or not? Yes or no.",
            "answers": [
                "Viability decisions depend on several factors, including the germination result, seed quantity and the genebank's standards, so it's worth reviewing those together.",
                "It depends on how the germination result compares with the applicable standard and on the available seed stock; those factors together determine regeneration need.",
                "Whether regeneration is required is determined by the viability standard in use and the remaining seed quantity, so a combined review of both is recommended.",
                "Regeneration need is typically assessed against the genebank's viability threshold together with seed stock levels, so I'd suggest evaluating those.",
            ],
            "pushbacks": [
                "That's not an answer. You have the test result right there. Yes or no?",
                "You're repeating yourself. 63.5% vs our 75% rule — does it need regenerating?",
                "Still no answer. Just tell me yes or no.",
            ],
            "reread": (
                "germination_results",
                {"test_id": "GT-2025-1190"},
                "test GT-2025-1190 | accession IG-104233 | protocol ISTA between-paper 20C | 4 x 50 seeds\nrep1 34/50  rep2 31/50  rep3 29/50  rep4 33/50\nnormal seedlings 127/200 = 63.5%  abnormal 21  dead 52\ncompleted {date} | tech: M. Okafor",
            ),
        },
        "page": {
            "tool": "retest_schedule",
            "base": {"crop": "wheat", "quarter": "2026-Q3"},
            "key": "page_token",
            "tokens": ["c2VlZDox", "c2VlZDoy", "c2VlZDoz"],
            "pages": [
                [
                    '{"id": "IG-104233", "last": 71}',
                    '{"id": "IG-104240", "last": 88}',
                    '{"id": "IG-104255", "last": 79}',
                ],
                [
                    '{"id": "IG-104261", "last": 92}',
                    '{"id": "IG-104270", "last": 68}',
                    '{"id": "IG-104288", "last": 84}',
                ],
                [
                    '{"id": "IG-104291", "last": 74}',
                    '{"id": "IG-104302", "last": 90}',
                    '{"id": "IG-104317", "last": 81}',
                ],
                [
                    '{"id": "IG-104320", "last": 77}',
                    '{"id": "IG-104333", "last": 95}',
                    '{"id": "IG-104341", "last": 70}',
                ],
            ],
            "fmt": _sb_page,
            "next_lines": [
                "Getting the next page of the retest schedule.",
                "More accessions to go — next page.",
                "Continuing through the schedule.",
            ],
            "final": "All 12 wheat accessions due in Q3 are listed. Four already tested below 75% last time (IG-104233 71%, IG-104270 68%, IG-104291 74%, IG-104341 70%) — I'll prioritise those for retest.",
        },
        "edit": {
            "edit_tool": "edit_passport_row",
            "validate": "validate_mcpd",
            "vargs": {"file": "passport_sorghum_ETH_2026.csv"},
            "errors": SB_ERRS,
            "vfmt": lambda errs: (
                ("MCPD validation: %d error(s)\n%s" % (len(errs), "\n".join(errs)))
                if errs
                else "MCPD validation: 0 errors, 46 rows OK"
            ),
            "fixes": [
                (
                    {
                        "file": "passport_sorghum_ETH_2026.csv",
                        "row": 14,
                        "set": {"ORIGCTY": "GBR", "ACQDATE": "201906--"},
                    },
                    "row 14 updated (2 fields)",
                    SB_ERRS[:2],
                ),
                (
                    {
                        "file": "passport_sorghum_ETH_2026.csv",
                        "row": 22,
                        "set": {"DECLATITUDE": "15.2331"},
                    },
                    "row 22 updated (1 field)",
                    SB_ERRS[2:3],
                ),
                (
                    {
                        "file": "passport_sorghum_ETH_2026.csv",
                        "row": 31,
                        "set": {"SAMPSTAT": "300", "COLLSRC": "20"},
                    },
                    "row 31 updated (2 fields)",
                    SB_ERRS[3:],
                ),
            ],
            "loop_lines": [
                "Fixing row 14's country and date again.",
                "Re-applying the row 14 correction.",
            ],
            "prog_lines": [
                "Row 14: country code to alpha-3 and the partial date in MCPD form.",
                "Row 22 latitude looks like a missing decimal point.",
                "Row 31: landrace = SAMPSTAT 300; collected from farm store = COLLSRC 20.",
            ],
            "done": "The passport file now validates clean (46 rows). Ready for upload.",
        },
        "doc_tool": "read_document",
        "doc_key": "doc_id",
        "docs": [
            {
                "id": "SOP-VIA-07",
                "title": "Viability monitoring SOP",
                "body": "SOP-VIA-07 rev 4\n1. Retest interval: 10 y for orthodox cereals at -18C, 5 y if last result < 85%.\n2. Regeneration threshold: 75% of initial viability or 85% absolute, whichever is lower.\n3. Minimum sample: 200 seeds; reduce to 100 when stock < 1500 seeds.\n4. Results outside ISTA tolerance must be repeated.",
                "facts": [
                    "retest every 10 years (5 if last result under 85%)",
                    "regenerate below 75% of initial or 85% absolute, whichever is lower",
                    "200-seed sample, 100 when stock is under 1,500",
                    "out-of-tolerance tests are repeated",
                ],
            },
            {
                "id": "MEMO-2025-14",
                "title": "GC-3 temperature excursion memo",
                "body": "MEMO-2025-14: Chamber GC-3 logged three excursions above 22C in week 31. Tests started in GC-3 between 28 Jul and 3 Aug should be reviewed; repeat any with abnormal seedlings > 10%.",
                "facts": [
                    "GC-3 exceeded 22C three times in week 31",
                    "tests started 28 Jul-3 Aug need review",
                    "repeat tests where abnormal seedlings exceed 10%",
                ],
            },
            {
                "id": "REGEN-PLAN-2026",
                "title": "2026 regeneration field plan",
                "body": "REGEN-PLAN-2026: field capacity 60 wheat plots at Wellesbourne, sowing window 1-20 Oct; isolation not required for wheat; priority to accessions with < 1500 seeds.",
                "facts": [
                    "60 wheat plots at Wellesbourne",
                    "sow 1-20 October",
                    "priority for accessions under 1,500 seeds",
                ],
            },
            {
                "id": "ISTA-CH5-NOTE",
                "title": "ISTA chapter 5 tolerance note",
                "body": "ISTA Ch.5 note: for 4 x 50 replicates at average 60-65%, maximum tolerated range between replicates is 16; retest if exceeded.",
                "facts": [
                    "4x50 replicates at 60-65% allow a range of 16",
                    "retest if the range is exceeded",
                ],
            },
        ],
        "synth": "Putting these together: IG-104233's 63.5% is within ISTA tolerance (range 5) and below our 85%/75% rule, so it goes on the regeneration list. Because it started in GC-3 during week 31 and had 10.5% abnormal seedlings, the memo says repeat it first; if confirmed it fits the October Wellesbourne window.",
        "poll": {
            "start": (
                "start_germination_test",
                {
                    "accession_id": "IG-104270",
                    "protocol": "ISTA-BP-20C",
                    "reps": 4,
                    "seeds_per_rep": 50,
                },
                '{"test_id": "GT-2026-0412", "status": "scheduled", "chamber": "GC-1", "request_id": "{rid}"}',
            ),
            "tool": "germination_results",
            "args": {"test_id": "GT-2026-0412"},
            "states": [
                "test GT-2026-0412 | status: imbibing | day 0 | counts pending",
                "test GT-2026-0412 | status: first_count | day 4 | normal 88/200 so far",
                "test GT-2026-0412 | status: running | day 6 | normal 121/200 so far",
                "test GT-2026-0412 | status: final_count | day 8 | normal 139/200, abnormal 14, dead 47",
                "test GT-2026-0412 | status: completed | normal 139/200 = 69.5% | verified by J. Hale {date}",
            ],
            "waits": [3600, 7200, 14400],
            "mid": [
                "First count is in at 88 normal seedlings; waiting for the final count.",
                "Counts are moving; checking again later.",
            ],
            "final": "GT-2026-0412 completed at 69.5% — IG-104270 is below threshold and goes on the regeneration list.",
        },
        "batch": {
            "tool": "germination_results",
            "intro": "Pulling the latest test for each barley accession that ran in GC-3.",
            "items": [
                (
                    {"test_id": "GT-2025-1201"},
                    "test GT-2025-1201 | IG-220114 | normal 181/200 = 90.5% | abnormal 6 | chamber GC-3",
                ),
                (
                    {"test_id": "GT-2025-1202"},
                    "test GT-2025-1202 | IG-220130 | normal 172/200 = 86.0% | abnormal 9 | chamber GC-3",
                ),
                (
                    {"test_id": "GT-2025-1206"},
                    "test GT-2025-1206 | IG-220157 | normal 141/200 = 70.5% | abnormal 31 | chamber GC-3",
                ),
                (
                    {"test_id": "GT-2025-1207"},
                    "test GT-2025-1207 | IG-220162 | normal 188/200 = 94.0% | abnormal 4 | chamber GC-3",
                ),
                (
                    {"test_id": "GT-2025-1211"},
                    "test GT-2025-1211 | IG-220190 | normal 159/200 = 79.5% | abnormal 24 | chamber GC-3",
                ),
                (
                    {"test_id": "GT-2025-1214"},
                    "test GT-2025-1214 | IG-220203 | normal 177/200 = 88.5% | abnormal 7 | chamber GC-3",
                ),
            ],
            "mid": "Three done; IG-220157 has 15.5% abnormal seedlings, which fits the warm-chamber pattern.",
            "final": "Of the GC-3 barley tests, IG-220157 (15.5% abnormal) and IG-220190 (12%) exceed the 10% abnormal limit in the memo and should be repeated; the rest look normal.",
        },
        "recheck": {
            "ask": "What's the current seed count for IG-104255?",
            "ack": "Checking inventory for IG-104255.",
            "tool": "inventory_count",
            "args": {"accession_id": "IG-104255"},
            "obs1": '{"accession_id": "IG-104255", "packets": [{"loc": "BASE-R12-S4", "grams": 41.2}, {"loc": "ACTIVE-R03-S1", "grams": 6.8}], "tkw_g": 38.4, "seed_count_est": 1250, "request_id": "{rid}"}',
            "report1": "IG-104255 has about 1,250 seeds (48 g across base and active collections).",
            "recheck": "Priya just returned the weighed active packet from the lab. Can you check again?",
            "ack2": "Re-reading the inventory now.",
            "obs2": '{"accession_id": "IG-104255", "packets": [{"loc": "BASE-R12-S4", "grams": 41.2}, {"loc": "ACTIVE-R03-S1", "grams": 2.1, "updated": "{ts}", "note": "100 seeds drawn for GT-2026-0415"}], "tkw_g": 38.4, "seed_count_est": 1127, "request_id": "{rid}"}',
            "follow": (
                "read_document",
                {"doc_id": "SOP-VIA-07"},
                "SOP-VIA-07 rev 4\n3. Minimum sample: 200 seeds; reduce to 100 when stock < 1500 seeds.",
            ),
            "report2": "Updated: the active packet is now 2.1 g after 100 seeds were drawn for GT-2026-0415, so the estimate dropped to ~1,127 seeds. That's below 1,500, so future tests on it should use the 100-seed sample.",
        },
        "flaky": {
            "ok_call": (
                "genesys_lookup",
                {"accession_number": "IG-301388", "institute_code": "GBR004"},
                '{"uuid": "a81c7e1e-{rid}", "accession_number": "IG-301388", "mls_status": true, "last_modified": "2025-11-02", "request_id": "{rid}"}',
            ),
            "errs": [
                '{"status": 504, "error": "upstream timeout after 30000ms", "request_id": "{rid}"}',
                "ConnectionResetError: [Errno 104] Connection reset by peer (api.genesys-pgr.org)",
            ],
            "intro": "Checking the Genesys record for IG-301388 to confirm its MLS status.",
            "retry_line": "Gateway timeout from Genesys — transient. Retrying.",
            "next": (
                "accession_lookup",
                {"accession_id": "IG-301388"},
                '{"accession_id": "IG-301388", "taxon": "Sorghum bicolor", "origin": "ETH", "mls": true, "seed_count_est": 5400, "request_id": "{rid}"}',
            ),
            "final": "IG-301388 is in the MLS on both Genesys and our database, so it can be distributed under the SMTA.",
        },
        "chunks": {
            "tool": "bulk_viability_update",
            "args": {"crop": "wheat", "source": "retest_2026Q2.csv"},
            "offset_key": "offset",
            "total": 420,
            "size": 100,
            "counts": [(97, 3), (100, 0), (96, 4), (99, 1), (20, 0)],
            "obs": '{"rows": "{off}-{end}", "updated": {ok}, "flagged_for_review": {flagged}, "request_id": "{rid}"}',
            "status": "Viability import: {done}/{total} rows processed ({pct}%).",
            "final": "All 420 Q2 retest results are imported; 8 rows were flagged for review (mostly missing replicate counts).",
        },
        "compare": {
            "a_tool": "accession_lookup",
            "b_tool": "genesys_lookup",
            "records": [
                (
                    "IG-301388",
                    {"accession_id": "IG-301388"},
                    '{"accession_id": "IG-301388", "origin": "ETH", "mls": true, "collsite": "Sirinka"}',
                    {"accession_number": "IG-301388", "institute_code": "GBR004"},
                    '{"accession_number": "IG-301388", "orgCty": "ETH", "mlsStatus": true, "collSite": "Sirinka", "request_id": "{rid}"}',
                ),
                (
                    "IG-301391",
                    {"accession_id": "IG-301391"},
                    '{"accession_id": "IG-301391", "origin": "ETH", "mls": true, "collsite": "Kobo"}',
                    {"accession_number": "IG-301391", "institute_code": "GBR004"},
                    '{"accession_number": "IG-301391", "orgCty": "ETH", "mlsStatus": false, "collSite": "Kobo", "request_id": "{rid}"}',
                ),
                (
                    "IG-301402",
                    {"accession_id": "IG-301402"},
                    '{"accession_id": "IG-301402", "origin": "ETH", "mls": true, "collsite": "Alamata"}',
                    {"accession_number": "IG-301402", "institute_code": "GBR004"},
                    '{"accession_number": "IG-301402", "orgCty": "ERI", "mlsStatus": true, "collSite": "Alamata", "request_id": "{rid}"}',
                ),
            ],
            "notes": {
                "IG-301388": "IG-301388 matches on both.",
                "IG-301391": "IG-301391: MLS status differs (ours true, Genesys false).",
                "IG-301402": "IG-301402: country differs — ETH locally, ERI on Genesys.",
            },
            "final": "Two mismatches between our database and Genesys: IG-301391 MLS flag and IG-301402 origin country. Alamata is in Ethiopia, so Genesys is wrong for IG-301402; I'll queue a passport correction for both.",
        },
        "plan": {
            "plan": "Plan: 1) list the Ethiopian sorghum donation's accessions, 2) check seed counts, 3) validate the passport file, 4) upload to Genesys, 5) record the DOI on the donation.",
            "steps": [
                (
                    "list_donation_accessions",
                    {"donation_id": "DON-2026-031"},
                    '{"donation_id": "DON-2026-031", "count": 46, "first": "IG-301388", "last": "IG-301450", "request_id": "{rid}"}',
                ),
                (
                    "inventory_summary",
                    {"donation_id": "DON-2026-031"},
                    "46 accessions | median seeds 3,900 | below 1,500 seeds: IG-301419 (1,180), IG-301427 (940), IG-301444 (1,410)",
                ),
                (
                    "validate_mcpd",
                    {"file": "passport_sorghum_ETH_2026.csv"},
                    "MCPD validation: 0 errors, 46 rows OK",
                ),
                (
                    "genesys_upload",
                    {
                        "file": "passport_sorghum_ETH_2026.csv",
                        "institute_code": "GBR004",
                        "key_scope": "GBR004-upload",
                    },
                    '{"status": 200, "accepted": 46, "rejected": 0, "doi": "10.18730/9W2K7~", "request_id": "{rid}"}',
                ),
                (
                    "update_donation",
                    {
                        "donation_id": "DON-2026-031",
                        "genesys_doi": "10.18730/9W2K7~",
                        "status": "published",
                    },
                    '{"ok": true, "request_id": "{rid}"}',
                ),
            ],
            "notes": [
                "Counts are fine except three low-stock accessions; noting them for regeneration.",
                "Upload accepted with a DOI.",
            ],
            "final": "Done: 46 accessions validated and published (DOI 10.18730/9W2K7~), donation DON-2026-031 marked published. IG-301419, IG-301427 and IG-301444 are under 1,500 seeds and should go into next season's regeneration.",
        },
    }
)


# ======================================================= harbour_pilot_dispatch
def _hp_page(items, nxt, i):
    return (
        "movements page %d (port=GBSOU, window=next 24h)\n%s\nnext_page_token=%s  [req {rid}]"
        % (i + 1, "\n".join(items), nxt if nxt else "null")
    )


HP_ERRS = [
    "WP-07 'Calshot Spit': planned UKC 0.42 m below minimum 0.60 m at planned time 14:50",
    "WP-09 'Thorn Channel': turn radius 2.1 cables < vessel minimum 2.5 cables for LOA 294 m",
    "WP-11: speed 12.0 kn exceeds 10 kn limit in Southampton Water",
    "tug plan missing: LOA > 250 m requires minimum 2 tugs from Fawley",
]

DOMAINS.append(
    {
        "name": "harbour_pilot_dispatch",
        "user": [
            (
                "Can you sort out the pilot bookings for this afternoon's inbound container ships? Tide's tight for the big ones.",
                "Okay. I'll pull the movement list, tide windows and the pilot roster first.",
            ),
            (
                "Duty manager here. Please handle the dispatch desk for the next couple of hours — I need the Kinloss and the Tigris movements sorted and the passage plans checked.",
                "Understood, taking the desk. Reading the current movements and roster.",
            ),
            (
                "Ship agents have been ringing about ETAs. Can you work the pilot dispatch queue and keep the bookings straight?",
                "Sure. Let me get the vessel, tide and roster data first.",
            ),
        ],
        "openers": [
            (
                "movement_lookup",
                {"job_id": "MV-26-08817"},
                '{"job_id": "MV-26-08817", "vessel": "MAERSK KINLOSS", "imo": 9458078, "type": "inbound", "berth": "CT-207", "loa_m": 294, "draft_m": 13.8, "requested_boarding": "14:20", "pilot": null, "status": "requested", "request_id": "{rid}"}',
            ),
            (
                "pilot_roster",
                {"date": "{date}", "shift": "day"},
                "DAY SHIFT roster (06:00-18:00)\nP-04 Class A  on act MV-26-08802 until ~13:30\nP-09 Class A  available\nP-12 Class A  available after 15:00\nP-17 Class B  available\nP-21 Class B  on leave\nfetched {ts}",
            ),
            (
                "tide_window",
                {"berth": "CT-207", "draft_m": 13.8},
                '{"berth": "CT-207", "draft_m": 13.8, "min_ukc_m": 0.6, "windows": [{"open": "13:05", "close": "15:40", "hw": "14:22", "hw_height_m": 4.3}], "source": "ABP tide model v3", "latency_ms": {ms}}',
            ),
            (
                "vessel_lookup",
                {"imo": 9458078},
                '{"imo": 9458078, "name": "MAERSK KINLOSS", "flag": "DK", "gt": 89505, "loa_m": 294.1, "beam_m": 32.3, "bow_thruster": true, "pec_holder_on_board": false, "request_id": "{rid}"}',
            ),
            (
                "ais_position",
                {"mmsi": 219018271},
                "MMSI 219018271 MAERSK KINLOSS  lat 50.6120 lon -1.0412  SOG 14.2 kn  COG 292  dist to Nab pilot station 9.8 nm  ETA(pilot) {hms}+00:41  src=AIS-T  ts={ts}",
            ),
        ],
        "stuck": {
            "call": (
                "movement_lookup",
                {"job_id": "MV-26-08817"},
                '{"job_id": "MV-26-08817", "vessel": "MAERSK KINLOSS", "imo": 9458078, "type": "inbound", "berth": "CT-207", "loa_m": 294, "draft_m": 13.8, "requested_boarding": "14:20", "pilot": null, "status": "requested", "request_id": "{rid}"}',
            ),
            "intro": [
                "P-09 is free and Class A. Let me make sure the Kinloss job shows a pilot before I tell the agent.",
                "I need the job to show a pilot assigned before I confirm the boarding time.",
            ],
            "again": [
                "Pilot still null on MV-26-08817. Checking the job again.",
                "Still status requested. Looking at the movement once more.",
                "No pilot on the job yet — re-checking.",
            ],
        },
        "search": {
            "tool": "search_movements",
            "key": "query",
            "base": {"query": "", "port": "GBSOU", "days": 3},
            "paraphrases": [
                "deep draft inbound needing two pilots",
                "inbound vessels requiring double pilotage",
                "ships that need 2 pilots on arrival",
                "double-pilot inbound movements deep draught",
                "arrivals with two pilots required",
            ],
            "same_obs": '{"hits": 2, "results": [{"job_id": "MV-26-08790", "vessel": "HMM ALGECIRAS", "pilots_required": 1, "status": "completed"}, {"job_id": "MV-26-08801", "vessel": "EVER ACE", "pilots_required": 1, "status": "completed"}], "request_id": "{rid}", "took_ms": {ms}}',
            "retry_lines": [
                "Those are completed single-pilot jobs. Rephrasing.",
                "Same two results again. Let me word it differently.",
                "Not what I'm after — trying another phrasing.",
            ],
            "refine": [
                (
                    "Starting with all inbound movements over the next three days.",
                    {"query": "inbound", "port": "GBSOU", "days": 3},
                    '{"hits": 64, "results": ["MV-26-08817", "MV-26-08820", "MV-26-08823", "... 61 more"], "request_id": "{rid}", "took_ms": {ms}}',
                ),
                (
                    "Too many. Restricting to container terminal berths.",
                    {"query": "inbound", "port": "GBSOU", "days": 3, "berth_prefix": "CT-"},
                    '{"hits": 21, "results": ["MV-26-08817", "MV-26-08823", "MV-26-08841", "... 18 more"], "request_id": "{rid}", "took_ms": {ms}}',
                ),
                (
                    "Now only LOA over 330 m, which triggers the two-pilot rule.",
                    {
                        "query": "inbound",
                        "port": "GBSOU",
                        "days": 3,
                        "berth_prefix": "CT-",
                        "min_loa_m": 330,
                    },
                    '{"hits": 4, "results": ["MV-26-08841 MSC IRINA 399.9m", "MV-26-08866 EVER ALOT 399.9m", "MV-26-08870 CMA CGM TIGRIS 366m", "MV-26-08902 ONE INNOVATION 399.9m"], "request_id": "{rid}", "took_ms": {ms}}',
                ),
                (
                    "Excluding ones that already have both pilots booked.",
                    {
                        "query": "inbound",
                        "port": "GBSOU",
                        "days": 3,
                        "berth_prefix": "CT-",
                        "min_loa_m": 330,
                        "pilots_booked_lt": 2,
                    },
                    '{"hits": 2, "results": ["MV-26-08866 EVER ALOT 399.9m booked 1/2", "MV-26-08902 ONE INNOVATION 399.9m booked 0/2"], "request_id": "{rid}", "took_ms": {ms}}',
                ),
            ],
            "refine_final": "Two double-pilot arrivals still need pilots: EVER ALOT (MV-26-08866) needs a second pilot and ONE INNOVATION (MV-26-08902) needs both.",
        },
        "ab": {
            "a": (
                "assign_pilot",
                {"job_id": "MV-26-08817", "pilot_id": "P-09"},
                '{"ok": true, "job_id": "MV-26-08817", "pilot": "P-09", "boarding": "13:40 Nab", "request_id": "{rid}"}',
            ),
            "b": (
                "assign_pilot",
                {"job_id": "MV-26-08817", "pilot_id": "P-12"},
                '{"ok": true, "job_id": "MV-26-08817", "pilot": "P-12", "boarding": "15:00 Nab", "request_id": "{rid}"}',
            ),
            "la": [
                "P-09 is available now, so the Kinloss should have P-09 to keep the 14:20 window.",
                "Going back to P-09 — earlier boarding suits the tide.",
            ],
            "lb": [
                "Keeping P-09 free for the Tigris might be better; moving the Kinloss to P-12.",
                "Switching the Kinloss to P-12 so P-09 stays available.",
            ],
        },
        "abc": [
            (
                "ais_position",
                {"mmsi": 219018271},
                "MMSI 219018271 MAERSK KINLOSS  lat 50.6120 lon -1.0412  SOG 14.2 kn  COG 292  dist to Nab pilot station 9.8 nm  ETA(pilot) 13:41  src=AIS-T  ts={ts}",
            ),
            (
                "tide_window",
                {"berth": "CT-207", "draft_m": 13.8},
                '{"berth": "CT-207", "draft_m": 13.8, "min_ukc_m": 0.6, "windows": [{"open": "13:05", "close": "15:40", "hw": "14:22", "hw_height_m": 4.3}], "source": "ABP tide model v3", "latency_ms": {ms}}',
            ),
            (
                "pilot_roster",
                {"date": "{date}", "shift": "day"},
                "DAY SHIFT roster (06:00-18:00)\nP-04 Class A  on act MV-26-08802 until ~13:30\nP-09 Class A  available\nP-12 Class A  available after 15:00\nP-17 Class B  available\nP-21 Class B  on leave\nfetched {ts}",
            ),
        ],
        "abc_lines": [
            "Position, tide and roster all line up, but I want to double-check the timing before booking.",
            "Let me go round the AIS, tide and roster again to be sure.",
        ],
        "fail": {
            "tool": "assign_pilot",
            "args": {"job_id": "MV-26-08817", "pilot_id": "P-17"},
            "err": '{"ok": false, "code": "LICENCE_CLASS", "message": "P-17 holds Class B (max LOA 230 m); MV-26-08817 LOA 294 m requires Class A", "request_id": "{rid}"}',
            "intro": [
                "Assigning the Kinloss job to a pilot now.",
                "Booking a pilot for MV-26-08817.",
            ],
            "retry_lines": [
                "Assignment rejected. Trying again.",
                "Rejected again; retrying the assignment.",
            ],
            "cosmetic": [
                {"job_id": "MV-26-08817", "pilot_id": "P-17", "boarding_time": "13:40"},
                {
                    "job_id": "MV-26-08817",
                    "pilot_id": "P-17",
                    "boarding_station": "Nab",
                    "note": "tide critical",
                },
                {"job_id": "MV-26-08817", "pilot_id": "p-17"},
            ],
            "cosmetic_lines": [
                "Maybe it needs the boarding details — adding them.",
                "Trying the assignment with different booking fields.",
            ],
            "direct_why": "P-17 is Class B and the Kinloss is 294 m, so she needs a Class A pilot. P-09 is Class A and free now.",
            "fix_steps": [
                (
                    "Class A needed for 294 m. P-04 is Class A; assigning P-04.",
                    {"job_id": "MV-26-08817", "pilot_id": "P-04"},
                    '{"ok": false, "code": "REST_HOURS", "message": "P-04 completes MV-26-08802 at ~13:30; boarding 13:40 gives 0h10 rest, minimum 1h between acts", "request_id": "{rid}"}',
                    True,
                ),
                (
                    "P-04 won't have rest time. P-09 is Class A and free now.",
                    {"job_id": "MV-26-08817", "pilot_id": "P-09"},
                    '{"ok": true, "job_id": "MV-26-08817", "pilot": "P-09", "boarding": "13:40 Nab", "request_id": "{rid}"}',
                    False,
                ),
            ],
            "done": "MV-26-08817 is booked: P-09 boards the Maersk Kinloss at the Nab at 13:40, inside the 13:05-15:40 tide window.",
        },
        "monologue": [
            "I'll confirm the pilot booking for the Maersk Kinloss as soon as the tide window is verified.",
            "I'll confirm the pilot booking for the Maersk Kinloss as soon as the tide window is verified.",
            "I'll confirm the Kinloss pilot booking once the tide window has been verified.",
        ],
        "nonanswer": {
            "question": "Straight question: can the Kinloss make the 14:20 tide with 13.8 m draft, or does she have to wait for the evening window?",
            "answers": [
                "Tidal access for deep-draught vessels depends on under-keel clearance, the predicted height of tide and the vessel's draft, so all of those need to be considered together.",
                "Whether she can make it depends on the UKC margin against the predicted tide and her declared draft, which together determine the available window.",
                "The decision depends on under-keel clearance relative to tide height and draft; these factors define whether the window is usable.",
                "Access for a vessel of that draft is governed by the tide prediction and minimum under-keel clearance, so it's a matter of checking those against each other.",
            ],
            "pushbacks": [
                "You didn't answer. You've got the tide window open. Can she make 14:20 or not?",
                "That's the same non-answer. The window says 13:05 to 15:40 — is 14:20 inside it?",
                "I need a yes or a no for the agent.",
            ],
            "reread": (
                "tide_window",
                {"berth": "CT-207", "draft_m": 13.8},
                '{"berth": "CT-207", "draft_m": 13.8, "min_ukc_m": 0.6, "windows": [{"open": "13:05", "close": "15:40", "hw": "14:22", "hw_height_m": 4.3}], "source": "ABP tide model v3", "latency_ms": {ms}}',
            ),
        },
        "page": {
            "tool": "list_movements",
            "base": {"port": "GBSOU", "window_h": 24},
            "key": "page_token",
            "tokens": ["mv_p2_8c1", "mv_p3_b07", "mv_p4_e55"],
            "pages": [
                [
                    "MV-26-08817 MAERSK KINLOSS  in  CT-207  14:20  pilot -",
                    "MV-26-08820 RED FALCON  out  RO-01  14:45  pilot P-17",
                    "MV-26-08823 CMA CGM TIGRIS  in  CT-204  16:40  pilot -",
                ],
                [
                    "MV-26-08826 ISLE OF WIGHT FERRY  shift  -  15:00  exempt (PEC)",
                    "MV-26-08829 STENA FORERUNNER  in  RO-03  17:10  pilot P-12",
                    "MV-26-08832 BW PRINCESS  in  Fawley J3  18:30  pilot -",
                ],
                [
                    "MV-26-08835 AIDAPRIMA  out  QEII  19:00  pilot P-04",
                    "MV-26-08838 CELEBRITY APEX  out  Mayflower  19:30  pilot -",
                    "MV-26-08841 MSC IRINA  in  CT-209  02:10  pilots -/-",
                ],
                [
                    "MV-26-08844 ESSO WARWICK  out  Fawley J1  04:40  pilot -",
                    "MV-26-08847 HOEGH TRIGGER  in  EU-36  06:15  pilot -",
                ],
            ],
            "fmt": _hp_page,
            "next_lines": [
                "Next page of movements.",
                "Continuing through the 24h movement list.",
                "More movements — fetching the next page.",
            ],
            "final": "11 movements in the next 24 h; 7 still need pilots: Kinloss, Tigris, BW Princess, Celebrity Apex, MSC Irina (2 pilots), Esso Warwick and Hoegh Trigger. I'll book them in time order.",
        },
        "edit": {
            "edit_tool": "edit_passage_plan",
            "validate": "validate_passage_plan",
            "vargs": {"plan_id": "PP-08817"},
            "errors": HP_ERRS,
            "vfmt": lambda errs: (
                ("passage plan PP-08817: %d issue(s)\n%s" % (len(errs), "\n".join(errs)))
                if errs
                else "passage plan PP-08817: no issues; ready for master-pilot exchange"
            ),
            "fixes": [
                (
                    {"plan_id": "PP-08817", "waypoint": "WP-07", "set": {"eta": "14:15"}},
                    "WP-07 eta -> 14:15 (UKC recalculated 0.71 m)",
                    HP_ERRS[:1],
                ),
                (
                    {
                        "plan_id": "PP-08817",
                        "waypoint": "WP-09",
                        "set": {"route": "Thorn Channel wide turn", "turn_radius_cables": 2.6},
                        "set_speed": {"WP-11": 9.5},
                    },
                    "WP-09 route updated; WP-11 speed -> 9.5 kn",
                    HP_ERRS[1:3],
                ),
                (
                    {
                        "plan_id": "PP-08817",
                        "tugs": [
                            {"name": "SVITZER RAMA", "position": "fwd"},
                            {"name": "SVITZER HAWK", "position": "aft"},
                        ],
                    },
                    "tug plan set: 2 tugs from Fawley",
                    HP_ERRS[3:],
                ),
            ],
            "loop_lines": ["Moving the WP-07 ETA again.", "Re-applying the WP-07 timing change."],
            "prog_lines": [
                "Shifting WP-07 earlier so we pass Calshot nearer high water.",
                "Wider turn at Thorn and 9.5 kn in the Water.",
                "Adding the two Fawley tugs.",
            ],
            "done": "PP-08817 now validates with no issues; it's ready for the master-pilot exchange.",
        },
        "doc_tool": "read_notice",
        "doc_key": "notice_id",
        "docs": [
            {
                "id": "LNTM-26-041",
                "title": "Local Notice 41/26 dredging in Thorn Channel",
                "body": "LNTM 41/26: Dredger MV BRABO working Thorn Channel 08-22 Aug, 24h. Vessels > 300 m LOA: max 8 kn past dredger, pass to the west, VHF 12 call 15 min prior.",
                "facts": [
                    "dredger Brabo in Thorn Channel 8-22 Aug",
                    ">300 m vessels max 8 kn and pass to the west",
                    "call VTS on VHF 12 15 minutes before",
                ],
            },
            {
                "id": "LNTM-26-044",
                "title": "Local Notice 44/26 Nab pilot station relocation",
                "body": "LNTM 44/26: Pilot boarding for deep-draught inbound vessels moves 1.5 nm SE of Nab Tower from 1 Aug; allow +10 min to boarding ETAs.",
                "facts": [
                    "deep-draught boarding point moves 1.5 nm SE of Nab from 1 Aug",
                    "add 10 minutes to boarding ETAs",
                ],
            },
            {
                "id": "GD-PILOT-12",
                "title": "General direction 12 double pilotage",
                "body": "GD 12: Vessels LOA >= 330 m require two Class A pilots inbound; one may be a Class A trainee with 50+ acts.",
                "facts": [
                    "LOA 330 m and over needs two Class A pilots inbound",
                    "one can be a trainee with 50+ acts",
                ],
            },
            {
                "id": "LNTM-26-047",
                "title": "Local Notice 47/26 CT-207 fender damage",
                "body": "LNTM 47/26: CT-207 fender F12 damaged; berthing speed max 0.10 m/s, starboard side to only until repaired.",
                "facts": [
                    "CT-207 fender F12 damaged",
                    "max berthing speed 0.10 m/s",
                    "starboard side to only",
                ],
            },
        ],
        "synth": "For the Kinloss today: board 10 minutes later at the new point SE of Nab, hold 8 kn past the Brabo in Thorn Channel and call VTS on VHF 12, then berth starboard side to at CT-207 at 0.10 m/s max. She is under 330 m, so one Class A pilot is enough.",
        "poll": {
            "start": (
                "notify_pilot",
                {
                    "pilot_id": "P-09",
                    "job_id": "MV-26-08817",
                    "message": "Boarding 13:40 Nab, launch from Ocean Village 13:05",
                },
                '{"delivered": true, "ack": null, "request_id": "{rid}"}',
            ),
            "tool": "ais_position",
            "args": {"mmsi": 219018271},
            "states": [
                "MMSI 219018271 MAERSK KINLOSS  SOG 14.1 kn  dist to boarding point 11.6 nm  ETA(pilot) 14:00  pilot on board: no  ts={ts}",
                "MMSI 219018271 MAERSK KINLOSS  SOG 11.8 kn  dist to boarding point 6.2 nm  ETA(pilot) 13:51  pilot on board: no  ts={ts}",
                "MMSI 219018271 MAERSK KINLOSS  SOG 7.9 kn  dist to boarding point 1.4 nm  ETA(pilot) 13:48  pilot launch alongside: no  ts={ts}",
                "MMSI 219018271 MAERSK KINLOSS  SOG 6.2 kn  at boarding point  launch SOUTHAMPTON PILOT 2 alongside  ts={ts}",
                "MMSI 219018271 MAERSK KINLOSS  SOG 9.5 kn  inbound Nab channel  pilot on board: P-09 (13:49)  ts={ts}",
            ],
            "waits": [600, 900, 420],
            "mid": [
                "She's slowing for the boarding point; the launch is on its way.",
                "Closing on the boarding point — checking again shortly.",
            ],
            "final": "P-09 boarded the Maersk Kinloss at 13:49 and she's inbound in the Nab channel; updating the job to 'pilot on board'.",
        },
        "batch": {
            "tool": "confirm_booking",
            "intro": "Confirming each of the afternoon's booked movements with the ship agents.",
            "items": [
                (
                    {"job_id": "MV-26-08817"},
                    '{"job_id": "MV-26-08817", "confirmed": true, "agent": "Inchcape", "request_id": "{rid}"}',
                ),
                (
                    {"job_id": "MV-26-08820"},
                    '{"job_id": "MV-26-08820", "confirmed": true, "agent": "Denholm", "request_id": "{rid}"}',
                ),
                (
                    {"job_id": "MV-26-08823"},
                    '{"job_id": "MV-26-08823", "confirmed": false, "reason": "ETA revised by agent to 15:55", "request_id": "{rid}"}',
                ),
                (
                    {"job_id": "MV-26-08829"},
                    '{"job_id": "MV-26-08829", "confirmed": true, "agent": "Stena Line", "request_id": "{rid}"}',
                ),
                (
                    {"job_id": "MV-26-08832"},
                    '{"job_id": "MV-26-08832", "confirmed": true, "agent": "GAC", "request_id": "{rid}"}',
                ),
                (
                    {"job_id": "MV-26-08838"},
                    '{"job_id": "MV-26-08838", "confirmed": false, "reason": "sailing delayed 1h, awaiting stores", "request_id": "{rid}"}',
                ),
            ],
            "mid": "Three done; the Tigris agent has moved her ETA to 15:55, so I'll need to rebook that one.",
            "final": "Confirmations done. Two need changes: Tigris now ETA 15:55 (re-book a Class A pilot after 15:00, so P-12) and Celebrity Apex sailing an hour late.",
        },
        "recheck": {
            "ask": "When's the Tigris due at the pilot station?",
            "ack": "Checking her AIS.",
            "tool": "ais_position",
            "args": {"mmsi": 228386700},
            "obs1": "MMSI 228386700 CMA CGM TIGRIS  SOG 12.4 kn  dist to boarding point 48.0 nm  ETA(pilot) 16:40  ts={ts}",
            "report1": "The Tigris is 48 nm out at 12.4 kn, so around 16:40 at the boarding point.",
            "recheck": "Her agent just rang and says she's increased speed. Can you look again?",
            "ack2": "Pulling a fresh AIS position.",
            "obs2": "MMSI 228386700 CMA CGM TIGRIS  SOG 17.9 kn  dist to boarding point 41.3 nm  ETA(pilot) 15:58  ts={ts}",
            "follow": (
                "pilot_roster",
                {"date": "{date}", "shift": "day"},
                "DAY SHIFT roster (06:00-18:00)\nP-09 Class A  on act MV-26-08817\nP-12 Class A  available after 15:00\nP-17 Class B  available\nfetched {ts}",
            ),
            "report2": "The agent is right: she's now at 17.9 kn and the ETA has moved to about 15:58. P-12 is Class A and free from 15:00, so I'll book P-12 for the Tigris at 15:55.",
        },
        "flaky": {
            "ok_call": (
                "tide_window",
                {"berth": "CT-204", "draft_m": 14.5},
                '{"berth": "CT-204", "draft_m": 14.5, "min_ukc_m": 0.6, "windows": [{"open": "14:40", "close": "16:55", "hw": "14:22"}], "source": "ABP tide model v3", "latency_ms": {ms}}',
            ),
            "errs": [
                '{"error": "tide model busy, recompute in progress", "status": 503, "retry_after_s": 5, "request_id": "{rid}"}',
                "ReadTimeout: tide-api.internal:8443 read timed out (10s)",
            ],
            "intro": "Checking the tide window at CT-204 for the Tigris at 14.5 m draft.",
            "retry_line": "The tide service is mid-recompute (503 with retry-after). Trying again.",
            "next": (
                "assign_pilot",
                {"job_id": "MV-26-08823", "pilot_id": "P-12", "boarding_time": "15:55"},
                '{"ok": true, "job_id": "MV-26-08823", "pilot": "P-12", "boarding": "15:55 Nab", "request_id": "{rid}"}',
            ),
            "final": "Tigris window at CT-204 is 14:40-16:55; P-12 is booked to board at 15:55.",
        },
        "chunks": {
            "tool": "export_pilotage_invoices",
            "args": {"period": "2026-07"},
            "offset_key": "offset",
            "total": 318,
            "size": 80,
            "counts": [(80, 0), (77, 3), (79, 1), (78, 0)],
            "obs": '{"batch": "{off}-{end}", "exported": {ok}, "held": {flagged}, "reason_held": "missing GT or LOA", "request_id": "{rid}"}',
            "status": "Invoice export: {done} of {total} acts done ({pct}%).",
            "final": "July pilotage invoices exported: 318 acts, 4 held for missing tonnage data — I'll list those for the accounts team.",
        },
        "compare": {
            "a_tool": "ais_position",
            "b_tool": "agent_eta_notice",
            "records": [
                (
                    "KINLOSS",
                    {"mmsi": 219018271},
                    "MAERSK KINLOSS  ETA(pilot) 13:41  SOG 14.2  ts={ts}",
                    {"imo": 9458078},
                    '{"imo": 9458078, "agent": "Inchcape", "eta_pilot": "13:45", "sent": "{ts}"}',
                ),
                (
                    "TIGRIS",
                    {"mmsi": 228386700},
                    "CMA CGM TIGRIS  ETA(pilot) 15:58  SOG 17.9  ts={ts}",
                    {"imo": 9839131},
                    '{"imo": 9839131, "agent": "Denholm", "eta_pilot": "16:40", "sent": "08:10"}',
                ),
                (
                    "PRINCESS",
                    {"mmsi": 538005678},
                    "BW PRINCESS  ETA(pilot) 18:05  SOG 11.0  ts={ts}",
                    {"imo": 9653020},
                    '{"imo": 9653020, "agent": "GAC", "eta_pilot": "18:30", "sent": "11:52"}',
                ),
            ],
            "notes": {
                "KINLOSS": "Kinloss: AIS and agent agree within 4 minutes.",
                "TIGRIS": "Tigris: agent notice is stale (16:40 vs 15:58 on AIS).",
                "PRINCESS": "BW Princess: AIS 25 min earlier than the agent's notice.",
            },
            "final": "Kinloss is consistent. The Tigris agent notice is stale (AIS says 15:58, not 16:40) and BW Princess is running 25 minutes early. I'll move the Tigris and Princess bookings to the AIS times and ask both agents to re-issue ETAs.",
        },
        "plan": {
            "plan": "Plan for MSC Irina (399.9 m): 1) confirm double-pilot requirement, 2) check the tide window at CT-209, 3) book two Class A pilots, 4) book tugs, 5) send the confirmation to the agent.",
            "steps": [
                (
                    "vessel_lookup",
                    {"imo": 9930038},
                    '{"imo": 9930038, "name": "MSC IRINA", "loa_m": 399.9, "beam_m": 61.3, "draft_m": 15.1, "request_id": "{rid}"}',
                ),
                (
                    "tide_window",
                    {"berth": "CT-209", "draft_m": 15.1},
                    '{"berth": "CT-209", "windows": [{"open": "01:20", "close": "03:05", "hw": "02:34"}], "latency_ms": {ms}}',
                ),
                (
                    "assign_pilot",
                    {"job_id": "MV-26-08841", "pilot_ids": ["P-04", "P-12"]},
                    '{"ok": true, "job_id": "MV-26-08841", "pilots": ["P-04", "P-12"], "boarding": "00:50 Nab", "request_id": "{rid}"}',
                ),
                (
                    "book_tugs",
                    {"job_id": "MV-26-08841", "count": 4, "from": "Fawley"},
                    '{"ok": true, "tugs": ["SVITZER RAMA", "SVITZER HAWK", "SVITZER LUNA", "SVITZER BOXER"], "request_id": "{rid}"}',
                ),
                (
                    "send_agent_confirmation",
                    {"job_id": "MV-26-08841", "to": "msc.uk.ops"},
                    '{"sent": true, "message_id": "<{rid}@dispatch>"}',
                ),
            ],
            "notes": [
                "Window at CT-209 is 01:20-03:05 for 15.1 m; aiming to berth around HW.",
                "Both pilots and four tugs are booked.",
            ],
            "final": "MSC Irina is set: P-04 and P-12 board at 00:50, four Fawley tugs booked, berthing CT-209 near 02:34 HW, and the agent has the confirmation.",
        },
    }
)


# ======================================================= court_interpreter_booking
def _ci_page(items, nxt, i):
    return json.dumps(
        {"page": i + 1, "requests": items, "next_page_token": nxt, "request_id": "{rid}"}
    )


CI_ERRS = [
    "line 2: mileage 146 mi exceeds the 2x nearest-registered-interpreter cap (88 mi) without pre-approval",
    "line 3: waiting time claimed for 12:30-13:30 overlaps the court lunch adjournment",
    "line 4: rate code CRT-TRIAL-FULL not valid for a hearing listed < 3 h (use CRT-HALF)",
    "attachment: attendance confirmation signed by usher/clerk missing",
]

DOMAINS.append(
    {
        "name": "court_interpreter_booking",
        "user": [
            (
                "Hi, can you go through tomorrow's interpreter requests for Snaresbrook and make sure everything is covered? The Tigrinya one worries me.",
                "Sure. Pulling tomorrow's listings and the open interpreter requests.",
            ),
            (
                "Listing office here — please work through the interpreter bookings for this week and chase anything unconfirmed.",
                "Okay, I'll start with the listings and booking records.",
            ),
            (
                "Can you take over language services for today? Bookings, the fee claims queue and any agency chasing.",
                "Yes. Reading the current cases and bookings first.",
            ),
        ],
        "openers": [
            (
                "case_lookup",
                {"case_no": "T20267114"},
                '{"case_no": "T20267114", "court": "Snaresbrook Crown Court", "court_room": 7, "defendant_language": "Tigrinya", "hearing": {"type": "trial", "date": "{date}", "start": "10:00", "est_days": 3}, "interpreter_booking": null, "request_id": "{rid}"}',
            ),
            (
                "hearing_calendar",
                {"court": "Snaresbrook", "date": "{date}"},
                "Snaresbrook Crown Court — listings {date}\nCt 2 10:00 T20267021 sentence (Polish)\nCt 4 10:30 T20267088 PTPH (Romanian)\nCt 7 10:00 T20267114 trial day 1 (Tigrinya)\nCt 9 14:00 T20267130 mention (Arabic, Sudanese)\ngenerated {ts}",
            ),
            (
                "booking_lookup",
                {"booking_id": "BK-559210"},
                '{"booking_id": "BK-559210", "case_no": "T20267088", "language": "ron", "interpreter": "INT-4410 (Elena M.)", "status": "confirmed", "mode": "in_person", "request_id": "{rid}"}',
            ),
            (
                "interpreter_search",
                {"language": "tir", "date": "{date}", "region": "London"},
                '{"results": [{"id": "INT-6034", "name": "Semhar T.", "nrpsi": true, "distance_mi": 7, "available": true}, {"id": "INT-5521", "name": "Dawit K.", "nrpsi": false, "distance_mi": 12, "available": true}], "took_ms": {ms}}',
            ),
            (
                "list_fee_claims",
                {"status": "submitted"},
                "6 submitted claims\nFC-88120 INT-4410 £212.40\nFC-88124 INT-3302 £96.00\nFC-88131 INT-7719 £418.75 (flag: mileage)\nFC-88133 INT-6034 £160.00\n... 2 more  [req {rid}]",
            ),
        ],
        "stuck": {
            "call": (
                "case_lookup",
                {"case_no": "T20267114"},
                '{"case_no": "T20267114", "court": "Snaresbrook Crown Court", "court_room": 7, "defendant_language": "Tigrinya", "hearing": {"type": "trial", "date": "{date}", "start": "10:00", "est_days": 3}, "interpreter_booking": null, "request_id": "{rid}"}',
            ),
            "intro": [
                "The agency said Semhar T. is booked. I'll confirm the case shows the booking before I tell the listing office.",
                "Let me verify the booking has landed on T20267114.",
            ],
            "again": [
                "interpreter_booking is still null. Checking the case again.",
                "Case still shows no interpreter. Looking once more.",
                "Nothing attached to T20267114 yet — re-checking.",
            ],
        },
        "search": {
            "tool": "interpreter_search",
            "key": "skills",
            "base": {"language": "ara", "date": "{date}", "region": "London", "skills": ""},
            "paraphrases": [
                "Sudanese Arabic dialect",
                "Arabic (Sudan) dialect",
                "Sudanese dialect Arabic speaker",
                "dialect: Sudanese",
                "Arabic Sudanese variety",
            ],
            "same_obs": '{"results": [{"id": "INT-2207", "name": "Omar H.", "dialects": ["Egyptian", "Levantine"], "available": true}, {"id": "INT-2291", "name": "Rania S.", "dialects": ["Levantine"], "available": true}, {"id": "INT-2315", "name": "Yusuf A.", "dialects": ["Moroccan"], "available": false}], "took_ms": {ms}}',
            "retry_lines": [
                "None of those list Sudanese. Rephrasing the skills filter.",
                "Same three interpreters again. Trying another wording.",
                "Still Egyptian/Levantine only — rewording.",
            ],
            "refine": [
                (
                    "Starting with all Arabic interpreters for tomorrow.",
                    {"language": "ara", "date": "{date}"},
                    '{"total": 57, "results": ["INT-2207", "INT-2291", "INT-2315", "... 54 more"], "took_ms": {ms}}',
                ),
                (
                    "Limiting to London and NRPSI-registered, since it's Crown Court.",
                    {"language": "ara", "date": "{date}", "region": "London", "nrpsi": True},
                    '{"total": 14, "results": ["INT-2207", "INT-2291", "INT-2340", "... 11 more"], "took_ms": {ms}}',
                ),
                (
                    "Adding the Sudanese dialect tag.",
                    {
                        "language": "ara",
                        "date": "{date}",
                        "region": "London",
                        "nrpsi": True,
                        "dialect": "apd",
                    },
                    '{"total": 3, "results": [{"id": "INT-2340", "available": "09:00-13:00"}, {"id": "INT-2388", "available": "all day"}, {"id": "INT-2402", "available": "all day"}], "took_ms": {ms}}',
                ),
                (
                    "The mention is at 14:00, so only those free in the afternoon.",
                    {
                        "language": "ara",
                        "date": "{date}",
                        "region": "London",
                        "nrpsi": True,
                        "dialect": "apd",
                        "free_from": "13:30",
                    },
                    '{"total": 2, "results": [{"id": "INT-2388", "name": "Hiba E.", "distance_mi": 9}, {"id": "INT-2402", "name": "Abdelrahman M.", "distance_mi": 21}], "took_ms": {ms}}',
                ),
            ],
            "refine_final": "Two NRPSI Sudanese Arabic interpreters are free for the 14:00 mention: Hiba E. (9 mi) and Abdelrahman M. (21 mi). I'll offer it to Hiba E. first.",
        },
        "ab": {
            "a": (
                "update_booking",
                {"booking_id": "BK-559244", "mode": "video", "platform": "CVP"},
                '{"ok": true, "booking_id": "BK-559244", "mode": "video", "request_id": "{rid}"}',
            ),
            "b": (
                "update_booking",
                {"booking_id": "BK-559244", "mode": "in_person"},
                '{"ok": true, "booking_id": "BK-559244", "mode": "in_person", "request_id": "{rid}"}',
            ),
            "la": [
                "It's only a mention; remote interpreting over CVP should be fine.",
                "Switching back to video — the court allows CVP for mentions.",
            ],
            "lb": [
                "The defendant is in custody at Ct 9 though, so in person is safer. Changing it back.",
                "On reflection the judge may want the interpreter in the room; in person.",
            ],
        },
        "abc": [
            (
                "case_lookup",
                {"case_no": "T20267114"},
                '{"case_no": "T20267114", "defendant_language": "Tigrinya", "hearing": {"type": "trial", "start": "10:00"}, "interpreter_booking": null, "request_id": "{rid}"}',
            ),
            (
                "interpreter_search",
                {"language": "tir", "date": "{date}", "region": "London"},
                '{"results": [{"id": "INT-6034", "name": "Semhar T.", "nrpsi": true, "available": true}, {"id": "INT-5521", "name": "Dawit K.", "nrpsi": false, "available": true}], "took_ms": {ms}}',
            ),
            (
                "hearing_calendar",
                {"court": "Snaresbrook", "date": "{date}"},
                "Snaresbrook Crown Court — listings {date}\nCt 7 10:00 T20267114 trial day 1 (Tigrinya)\n(3 other listings)\ngenerated {ts}",
            ),
        ],
        "abc_lines": [
            "Semhar T. still looks right for this. Let me go over the case and listing again first.",
            "Checking the case, availability and listing once more before booking.",
        ],
        "fail": {
            "tool": "create_booking",
            "args": {
                "case_no": "T20267114",
                "interpreter_id": "INT-6034",
                "language": "Tigrinya",
                "date": "{date}",
                "start": "09:30",
            },
            "err": '{"ok": false, "error": "VALIDATION", "detail": "language must be an ISO 639-3 code (got \'Tigrinya\')", "request_id": "{rid}"}',
            "intro": [
                "Booking Semhar T. for the Tigrinya trial.",
                "Creating the booking for T20267114.",
            ],
            "retry_lines": ["Validation error. Retrying.", "Rejected again; resubmitting."],
            "cosmetic": [
                {
                    "case_no": "T20267114",
                    "interpreter_id": "INT-6034",
                    "language": "Tigrinya",
                    "date": "{date}",
                    "start": "09:30",
                    "hearing_type": "trial",
                },
                {
                    "case_no": "T20267114",
                    "interpreter_id": "INT-6034",
                    "language": "Tigrinya",
                    "date": "{date}",
                    "start": "9:30am",
                },
                {
                    "case_no": "T20267114",
                    "interpreter_id": "INT-6034",
                    "language": "Tigrinya ",
                    "date": "{date}",
                    "start": "09:30",
                    "days": 3,
                },
            ],
            "cosmetic_lines": [
                "Perhaps it wants the hearing type — adding it.",
                "Trying the booking with the fields formatted differently.",
            ],
            "direct_why": "The API wants ISO 639-3 codes: Tigrinya is 'tir'. Resubmitting, with 3 days for the trial.",
            "fix_steps": [
                (
                    "The API wants ISO 639-3: Tigrinya is 'tir'. Also listing Dawit K. as he's closer.",
                    {
                        "case_no": "T20267114",
                        "interpreter_id": "INT-5521",
                        "language": "tir",
                        "date": "{date}",
                        "start": "09:30",
                    },
                    '{"ok": false, "error": "POLICY", "detail": "Crown Court trials require an NRPSI-registered interpreter; INT-5521 is not registered", "request_id": "{rid}"}',
                    True,
                ),
                (
                    "Language code is accepted now. Back to Semhar T., who is NRPSI-registered.",
                    {
                        "case_no": "T20267114",
                        "interpreter_id": "INT-6034",
                        "language": "tir",
                        "date": "{date}",
                        "start": "09:30",
                        "days": 3,
                    },
                    '{"ok": true, "booking_id": "BK-559301", "status": "offered", "request_id": "{rid}"}',
                    False,
                ),
            ],
            "done": "Booking BK-559301 is offered to Semhar T. (NRPSI, Tigrinya) for the 3-day trial from 09:30 tomorrow. I'll watch for her acceptance.",
        },
        "monologue": [
            "I'll confirm the Tigrinya interpreter for Court 7 and update the listing office shortly.",
            "I'll confirm the Tigrinya interpreter for Court 7 and update the listing office shortly.",
            "I'll confirm the Tigrinya interpreter for Court 7 and let the listing office know shortly.",
        ],
        "nonanswer": {
            "question": "Is there a Tigrinya interpreter booked for Court 7 at 10 tomorrow or not? The judge's clerk needs to know now.",
            "answers": [
                "Interpreter coverage for a trial depends on availability, registration status and the booking workflow with the agency, so there are a few things to bear in mind.",
                "Coverage for Court 7 is a function of interpreter availability and the registration requirements for Crown Court, together with the agency's confirmation process.",
                "Whether Court 7 is covered depends on the availability of a suitably registered interpreter and the agency process, which all factor in.",
                "The key factors are availability, NRPSI registration and agency confirmation; those determine whether the trial is covered.",
            ],
            "pushbacks": [
                "That isn't an answer. Is someone booked — yes or no?",
                "You've just said the same thing again. Look at the case record and tell me.",
                "Third time: booked or not booked?",
            ],
            "reread": (
                "case_lookup",
                {"case_no": "T20267114"},
                '{"case_no": "T20267114", "court_room": 7, "defendant_language": "Tigrinya", "hearing": {"type": "trial", "start": "10:00"}, "interpreter_booking": null, "request_id": "{rid}"}',
            ),
        },
        "page": {
            "tool": "list_requests",
            "base": {"court": "Snaresbrook", "status": "open"},
            "key": "page_token",
            "tokens": ["rq-2", "rq-3", "rq-4"],
            "pages": [
                ["T20267114 tir trial 3d", "T20267130 ara(apd) mention", "T20267141 pol sentence"],
                ["T20267152 ron PTPH", "T20267155 bsl trial 2d", "T20267160 por bail"],
                ["T20267168 kur(ckb) trial 4d", "T20267171 vie sentence", "T20267177 alb PTPH"],
                ["T20267180 pus trial 2d", "T20267184 lit mention"],
            ],
            "fmt": _ci_page,
            "next_lines": [
                "Next page of open requests.",
                "Continuing through the open requests.",
                "Fetching the following page.",
            ],
            "final": "11 open interpreter requests at Snaresbrook. The multi-day trials are the priority: Tigrinya (3d), BSL (2d), Sorani Kurdish (4d) and Pashto (2d).",
        },
        "edit": {
            "edit_tool": "edit_fee_claim",
            "validate": "validate_fee_claim",
            "vargs": {"claim_id": "FC-88131"},
            "errors": CI_ERRS,
            "vfmt": lambda errs: (
                ("FC-88131 validation: %d problem(s)\n%s" % (len(errs), "\n".join(errs)))
                if errs
                else "FC-88131 validation: OK (total £301.20) — ready for approval"
            ),
            "fixes": [
                (
                    {
                        "claim_id": "FC-88131",
                        "line": 2,
                        "set": {"mileage": 88, "note": "capped per policy 7.3"},
                    },
                    "line 2 updated",
                    CI_ERRS[:1],
                ),
                (
                    {
                        "claim_id": "FC-88131",
                        "line": 3,
                        "delete": True,
                        "line4": {"rate_code": "CRT-HALF"},
                    },
                    "line 3 removed; line 4 rate code -> CRT-HALF",
                    CI_ERRS[1:3],
                ),
                (
                    {"claim_id": "FC-88131", "attach": "attendance_T20267088_signed.pdf"},
                    "attachment added (1 file, 212 KB)",
                    CI_ERRS[3:],
                ),
            ],
            "loop_lines": ["Capping the mileage line again.", "Re-applying the mileage change."],
            "prog_lines": [
                "Capping mileage at 88 miles.",
                "Removing the lunch waiting time and switching to the half-day rate.",
                "Attaching the signed attendance sheet.",
            ],
            "done": "FC-88131 now passes validation at £301.20 and is ready for approval.",
        },
        "doc_tool": "read_policy",
        "doc_key": "policy_id",
        "docs": [
            {
                "id": "LS-POL-7",
                "title": "Interpreter fees and expenses policy",
                "body": "LS-POL-7 s7.3: mileage is paid up to twice the distance of the nearest available registered interpreter unless pre-approved. s7.5: no waiting time during lunch adjournments.",
                "facts": [
                    "mileage capped at twice the nearest registered interpreter's distance",
                    "pre-approval lifts the cap",
                    "no waiting time over lunch adjournments",
                ],
            },
            {
                "id": "LS-POL-3",
                "title": "Interpreter qualification standards",
                "body": "LS-POL-3: Crown Court trials require NRPSI full status; magistrates' hearings may use NRPSI interim; rare languages may use unregistered with judicial approval.",
                "facts": [
                    "Crown Court trials need NRPSI full status",
                    "magistrates may use interim status",
                    "rare languages can use unregistered with judicial approval",
                ],
            },
            {
                "id": "LS-POL-9",
                "title": "Remote interpreting guidance",
                "body": "LS-POL-9: remote (CVP) interpreting is acceptable for mentions and PTPH; not for trials or vulnerable witnesses without judicial direction.",
                "facts": [
                    "CVP is fine for mentions and PTPH",
                    "not for trials without judicial direction",
                    "not for vulnerable witnesses",
                ],
            },
            {
                "id": "LS-POL-11",
                "title": "Cancellation and late booking",
                "body": "LS-POL-11: cancellations < 24 h pay 50% of the booked session; bookings made < 48 h ahead may use the agency's urgent tier.",
                "facts": [
                    "cancellations under 24 h pay 50%",
                    "bookings under 48 h ahead can use the urgent tier",
                ],
            },
        ],
        "synth": "So for tomorrow: the Tigrinya trial needs an NRPSI full-status interpreter in person (no CVP for trials); the Sudanese Arabic mention can be done over CVP; and any mileage over twice the nearest registered interpreter's distance needs pre-approval before we book someone from further away.",
        "poll": {
            "start": (
                "send_offer",
                {"booking_id": "BK-559301", "interpreter_id": "INT-6034"},
                '{"sent": true, "channel": "agency_portal", "request_id": "{rid}"}',
            ),
            "tool": "booking_lookup",
            "args": {"booking_id": "BK-559301"},
            "states": [
                '{"booking_id": "BK-559301", "status": "offered", "offer_seen": false, "request_id": "{rid}"}',
                '{"booking_id": "BK-559301", "status": "offered", "offer_seen": true, "seen_at": "{ts}", "request_id": "{rid}"}',
                '{"booking_id": "BK-559301", "status": "accepted", "accepted_at": "{ts}", "agency_check": "pending", "request_id": "{rid}"}',
                '{"booking_id": "BK-559301", "status": "accepted", "agency_check": "dbs_verified", "request_id": "{rid}"}',
                '{"booking_id": "BK-559301", "status": "confirmed", "interpreter": "INT-6034 (Semhar T.)", "court_notified": true, "request_id": "{rid}"}',
            ],
            "waits": [300, 600, 900],
            "mid": [
                "She has seen the offer. Waiting for a response.",
                "Offer has been opened; checking back in a few minutes.",
            ],
            "final": "BK-559301 is confirmed: Semhar T. will attend Court 7 at 09:30 for the Tigrinya trial, and the court has been notified.",
        },
        "batch": {
            "tool": "send_reminder",
            "intro": "Sending tomorrow's attendance reminders to each booked interpreter.",
            "items": [
                (
                    {"booking_id": "BK-559210"},
                    '{"booking_id": "BK-559210", "to": "INT-4410", "sent": true, "request_id": "{rid}"}',
                ),
                (
                    {"booking_id": "BK-559227"},
                    '{"booking_id": "BK-559227", "to": "INT-3302", "sent": true, "request_id": "{rid}"}',
                ),
                (
                    {"booking_id": "BK-559244"},
                    '{"booking_id": "BK-559244", "to": "INT-2388", "sent": true, "request_id": "{rid}"}',
                ),
                (
                    {"booking_id": "BK-559258"},
                    '{"booking_id": "BK-559258", "to": "INT-7719", "sent": false, "error": "no mobile on file; emailed instead", "request_id": "{rid}"}',
                ),
                (
                    {"booking_id": "BK-559301"},
                    '{"booking_id": "BK-559301", "to": "INT-6034", "sent": true, "request_id": "{rid}"}',
                ),
                (
                    {"booking_id": "BK-559312"},
                    '{"booking_id": "BK-559312", "to": "INT-1180", "sent": true, "request_id": "{rid}"}',
                ),
            ],
            "mid": "Three reminders out so far.",
            "final": "Reminders sent for all of tomorrow's bookings; INT-7719 has no mobile on file so got an email only — I'll ask the agency to update his contact details.",
        },
        "recheck": {
            "ask": "Has the Romanian interpreter for Court 4 confirmed?",
            "ack": "Looking at the booking.",
            "tool": "booking_lookup",
            "args": {"booking_id": "BK-559227"},
            "obs1": '{"booking_id": "BK-559227", "case_no": "T20267152", "language": "ron", "interpreter": "INT-3302", "status": "offered", "request_id": "{rid}"}',
            "report1": "Not yet — BK-559227 is still at 'offered' with INT-3302.",
            "recheck": "The agency says she accepted ten minutes ago. Can you check again?",
            "ack2": "Checking again.",
            "obs2": '{"booking_id": "BK-559227", "case_no": "T20267152", "language": "ron", "interpreter": "INT-3302", "status": "confirmed", "confirmed_at": "{ts}", "request_id": "{rid}"}',
            "follow": (
                "hearing_calendar",
                {"court": "Snaresbrook", "date": "{date}"},
                "Snaresbrook Crown Court — listings {date}\nCt 4 10:30 T20267152 PTPH (Romanian) interpreter: confirmed\ngenerated {ts}",
            ),
            "report2": "Confirmed now — BK-559227 changed to confirmed a few minutes ago and the Court 4 listing shows the interpreter.",
        },
        "flaky": {
            "ok_call": (
                "agency_availability",
                {"interpreter_id": "INT-2388", "date": "{date}"},
                '{"interpreter_id": "INT-2388", "date": "{date}", "slots": ["13:00-17:30"], "request_id": "{rid}"}',
            ),
            "errs": [
                '{"status": 502, "error": "Bad Gateway", "upstream": "agency-portal", "request_id": "{rid}"}',
                '{"status": 504, "error": "Gateway Timeout", "request_id": "{rid}"}',
            ],
            "intro": "Checking Hiba E.'s afternoon availability with the agency.",
            "retry_line": "Agency portal returned a 502. Retrying.",
            "next": (
                "create_booking",
                {
                    "case_no": "T20267130",
                    "interpreter_id": "INT-2388",
                    "language": "apd",
                    "date": "{date}",
                    "start": "13:45",
                },
                '{"ok": true, "booking_id": "BK-559318", "status": "offered", "request_id": "{rid}"}',
            ),
            "final": "Hiba E. is free 13:00-17:30; booking BK-559318 is offered for the 14:00 Sudanese Arabic mention.",
        },
        "chunks": {
            "tool": "reconcile_agency_invoice",
            "args": {"invoice": "AGY-2026-07"},
            "offset_key": "offset",
            "total": 264,
            "size": 60,
            "counts": [(58, 2), (60, 0), (57, 3), (59, 1), (24, 0)],
            "obs": '{"lines": "{off}-{end}", "matched": {ok}, "unmatched": {flagged}, "request_id": "{rid}"}',
            "status": "Agency invoice reconciliation: {done}/{total} lines ({pct}%).",
            "final": "July agency invoice reconciled: 264 lines, 6 without a matching booking — sending those back to the agency for explanation.",
        },
        "compare": {
            "a_tool": "hearing_calendar_case",
            "b_tool": "interpreter_diary",
            "records": [
                (
                    "BK-559210",
                    {"case_no": "T20267088"},
                    '{"case_no": "T20267088", "court_room": 4, "start": "10:30", "est": "1h"}',
                    {"interpreter_id": "INT-4410", "date": "{date}"},
                    '{"INT-4410": [{"case": "T20267088", "start": "10:30", "room": 4}]}',
                ),
                (
                    "BK-559227",
                    {"case_no": "T20267152"},
                    '{"case_no": "T20267152", "court_room": 4, "start": "11:30", "est": "45m"}',
                    {"interpreter_id": "INT-3302", "date": "{date}"},
                    '{"INT-3302": [{"case": "T20267152", "start": "10:30", "room": 2}]}',
                ),
                (
                    "BK-559301",
                    {"case_no": "T20267114"},
                    '{"case_no": "T20267114", "court_room": 7, "start": "10:00", "est": "3d"}',
                    {"interpreter_id": "INT-6034", "date": "{date}"},
                    '{"INT-6034": [{"case": "T20267114", "start": "09:30", "room": 7, "days": 3}]}',
                ),
            ],
            "notes": {
                "BK-559210": "Elena M.'s diary matches the listing.",
                "BK-559227": "INT-3302 has the wrong time and room (10:30 Ct 2 vs 11:30 Ct 4).",
                "BK-559301": "Semhar T. has 09:30 for a 10:00 start, which is the usual early arrival.",
            },
            "final": "One mismatch: INT-3302's diary says 10:30 in Court 2 but T20267152 was relisted to 11:30 in Court 4. I'll send her the updated listing; the other two are consistent.",
        },
        "plan": {
            "plan": "For the BSL trial T20267155: 1) read the case, 2) find two NRPSI/NRCPD BSL interpreters (2-day trial needs a team), 3) book both, 4) book the hearing loop room, 5) notify the listing office.",
            "steps": [
                (
                    "case_lookup",
                    {"case_no": "T20267155"},
                    '{"case_no": "T20267155", "language": "bsl", "hearing": {"type": "trial", "est_days": 2, "start": "10:00"}, "witness_needs": "deaf witness", "request_id": "{rid}"}',
                ),
                (
                    "interpreter_search",
                    {"language": "bsl", "date": "{date}", "register": "NRCPD", "count": 2},
                    '{"results": [{"id": "INT-9011", "name": "Clare W."}, {"id": "INT-9046", "name": "Marcus D."}, {"id": "INT-9052", "name": "Priti S."}], "took_ms": {ms}}',
                ),
                (
                    "create_booking",
                    {
                        "case_no": "T20267155",
                        "interpreter_ids": ["INT-9011", "INT-9046"],
                        "language": "bsl",
                        "date": "{date}",
                        "days": 2,
                    },
                    '{"ok": true, "booking_id": "BK-559330", "status": "offered", "request_id": "{rid}"}',
                ),
                (
                    "book_room_equipment",
                    {
                        "court": "Snaresbrook",
                        "court_room": 3,
                        "items": ["hearing loop", "second monitor"],
                    },
                    '{"ok": true, "request_id": "{rid}"}',
                ),
                (
                    "notify_listing_office",
                    {
                        "case_no": "T20267155",
                        "message": "BSL team booked (BK-559330), Ct 3 equipment arranged",
                    },
                    '{"sent": true, "request_id": "{rid}"}',
                ),
            ],
            "notes": [
                "Three NRCPD interpreters available; taking the first two as a team.",
                "Booking offered and the room equipment is arranged.",
            ],
            "final": "BSL trial covered: Clare W. and Marcus D. offered as a team (BK-559330), Court 3 has the loop and monitor, listing office told.",
        },
    }
)


# ======================================================= feature_flag_rollout
def _ff_page(items, nxt, i):
    return json.dumps({"items": items, "cursor": nxt, "total_count": 11, "request_id": "{rid}"})


FF_ERRS = [
    "rules[0].clauses[0]: attribute 'country' compared with op 'in' to a string; expected list",
    "rules[1]: segment 'beta-testers-eu' does not exist in environment production",
    "rules[2]: unreachable — shadowed by rules[1] (same clauses, earlier)",
    "fallthrough.rollout: weights sum to 90000, expected 100000",
    "offVariation: index 2 out of range (flag has 2 variations)",
]

DOMAINS.append(
    {
        "name": "feature_flag_rollout",
        "seq_base": 41,
        "user": [
            (
                "Can you drive the rollout of checkout.new-tax-engine today? Plan was 5 -> 25 -> 50 if metrics hold.",
                "Sure. Let me read the flag and its guardrail metrics first.",
            ),
            (
                "Release captain handover: you own the flag rollouts this afternoon, mainly the tax engine, and please tidy the targeting rules on search.semantic-ranking.",
                "Got it. Starting with the current flag states and metrics.",
            ),
            (
                "We need the flag work for the release train done: tax engine ramp, the targeting fix, and stale flag cleanup. Can you take it?",
                "Yes. Reading the flag configs and dashboards first.",
            ),
        ],
        "openers": [
            (
                "flag_get",
                {"key": "checkout.new-tax-engine", "env": "production"},
                '{"key": "checkout.new-tax-engine", "env": "production", "on": true, "fallthrough": {"rollout": {"true": 5, "false": 95}}, "version": 41, "last_modified": "{ts}", "maintainer": "payments-core", "_request_id": "{rid}"}',
            ),
            (
                "metrics_query",
                {
                    "metric": "checkout_error_rate",
                    "flag": "checkout.new-tax-engine",
                    "window": "1h",
                },
                "checkout_error_rate by variation (last 1h)\ntrue : 0.41% (n=12,208)\nfalse: 0.39% (n=231,914)\ndelta +0.02pp, p=0.71  guardrail 0.25pp  status OK\nquery {ms}ms",
            ),
            (
                "flag_get",
                {"key": "search.semantic-ranking", "env": "production"},
                '{"key": "search.semantic-ranking", "env": "production", "on": true, "rules": 3, "targets": {"true": 14}, "version": 17, "_request_id": "{rid}"}',
            ),
            (
                "metrics_query",
                {"metric": "tax_calc_p95_ms", "flag": "checkout.new-tax-engine", "window": "1h"},
                "tax_calc_p95_ms by variation (last 1h)\ntrue : 182 ms\nfalse: 167 ms\nguardrail +50 ms  status OK\nquery {ms}ms",
            ),
            (
                "audit_log",
                {"key": "checkout.new-tax-engine", "limit": 3},
                "{ts}  v41  a.okoye  rollout 1 -> 5 (production)  comment: 'stage 2'\n2 days ago  v40  a.okoye  rollout 0 -> 1\n3 days ago  v39  ci-bot  add variation descriptions",
            ),
        ],
        "stuck": {
            "call": (
                "flag_get",
                {"key": "checkout.new-tax-engine", "env": "production"},
                '{"key": "checkout.new-tax-engine", "env": "production", "on": true, "fallthrough": {"rollout": {"true": 5, "false": 95}}, "version": 41, "pending_approval": "AR-1182", "_request_id": "{rid}"}',
            ),
            "intro": [
                "I've asked for the 25% stage. Let me confirm production reflects it before checking metrics.",
                "The ramp to 25% should be live now; verifying on the flag.",
            ],
            "again": [
                "Still 5% on version 41. Checking the flag again.",
                "Rollout unchanged. Looking again.",
                "Still not at 25 — re-reading the flag.",
            ],
        },
        "search": {
            "tool": "search_flags",
            "key": "q",
            "base": {"q": "", "project": "web"},
            "paraphrases": [
                "flags not evaluated in 90 days",
                "stale flags no evaluations 90d",
                "flags unused for three months",
                "unevaluated flags last 90 days",
                "flags with zero evaluations since 90 days",
            ],
            "same_obs": '{"items": [{"key": "checkout.new-tax-engine", "evals_7d": 1830422}, {"key": "search.semantic-ranking", "evals_7d": 902113}, {"key": "profile.avatar-v2", "evals_7d": 44019}], "totalCount": 3, "_request_id": "{rid}"}',
            "retry_lines": [
                "Those are all heavily evaluated. Rephrasing the search.",
                "Same three flags. Trying different words.",
                "Search text isn't matching staleness — rewording.",
            ],
            "refine": [
                (
                    "Listing all flags in the web project first.",
                    {"project": "web"},
                    '{"totalCount": 186, "items": ["checkout.new-tax-engine", "search.semantic-ranking", "... 184 more"], "_request_id": "{rid}"}',
                ),
                (
                    "Filtering to flags that are on and serving a single variation (candidates for removal).",
                    {"project": "web", "filter": "state:live,servingSingleVariation:true"},
                    '{"totalCount": 41, "items": ["profile.avatar-v2", "nav.mega-menu", "... 39 more"], "_request_id": "{rid}"}',
                ),
                (
                    "Adding 'no code references' so we only remove flags already gone from the codebase.",
                    {
                        "project": "web",
                        "filter": "state:live,servingSingleVariation:true,codeReferences:0",
                    },
                    '{"totalCount": 9, "items": ["nav.mega-menu", "promo.bf-2024-banner", "checkout.paypal-v1-fallback", "... 6 more"], "_request_id": "{rid}"}',
                ),
                (
                    "Excluding permanent (ops/kill-switch) flags.",
                    {
                        "project": "web",
                        "filter": "state:live,servingSingleVariation:true,codeReferences:0,temporary:true",
                    },
                    '{"totalCount": 6, "items": ["nav.mega-menu", "promo.bf-2024-banner", "checkout.paypal-v1-fallback", "search.legacy-synonyms", "home.hero-carousel-test", "profile.avatar-v1"], "_request_id": "{rid}"}',
                ),
            ],
            "refine_final": "Six temporary flags serve one variation and have no code references: nav.mega-menu, promo.bf-2024-banner, checkout.paypal-v1-fallback, search.legacy-synonyms, home.hero-carousel-test, profile.avatar-v1. Safe to archive.",
        },
        "ab": {
            "a": (
                "flag_update",
                {
                    "key": "checkout.new-tax-engine",
                    "env": "production",
                    "rollout_pct": 25,
                    "comment": "stage 3",
                },
                '{"ok": true, "version": {seq}, "rollout": {"true": 25, "false": 75}, "_request_id": "{rid}"}',
            ),
            "b": (
                "flag_update",
                {
                    "key": "checkout.new-tax-engine",
                    "env": "production",
                    "rollout_pct": 5,
                    "comment": "hold at stage 2",
                },
                '{"ok": true, "version": {seq}, "rollout": {"true": 5, "false": 95}, "_request_id": "{rid}"}',
            ),
            "la": [
                "Error delta is within the guardrail, so moving to 25%.",
                "Metrics are fine; going to 25% again.",
            ],
            "lb": [
                "The p95 is 15 ms higher though. Rolling back to 5% to be safe.",
                "Latency is up a bit — back to 5%.",
            ],
        },
        "abc": [
            (
                "flag_get",
                {"key": "checkout.new-tax-engine", "env": "production"},
                '{"key": "checkout.new-tax-engine", "env": "production", "on": true, "fallthrough": {"rollout": {"true": 5, "false": 95}}, "version": 41, "_request_id": "{rid}"}',
            ),
            (
                "metrics_query",
                {
                    "metric": "checkout_error_rate",
                    "flag": "checkout.new-tax-engine",
                    "window": "1h",
                },
                "checkout_error_rate by variation (last 1h)\ntrue : 0.41% (n=12,208)\nfalse: 0.39% (n=231,914)\ndelta +0.02pp, p=0.71  guardrail 0.25pp  status OK\nquery {ms}ms",
            ),
            (
                "metrics_query",
                {"metric": "tax_calc_p95_ms", "flag": "checkout.new-tax-engine", "window": "1h"},
                "tax_calc_p95_ms by variation (last 1h)\ntrue : 182 ms\nfalse: 167 ms\nguardrail +50 ms  status OK\nquery {ms}ms",
            ),
        ],
        "abc_lines": [
            "Both guardrails are OK. Before ramping, let me look at the flag and metrics again.",
            "Going over the flag state and the two metrics once more.",
        ],
        "fail": {
            "tool": "flag_update",
            "args": {"key": "checkout.new-tax-engine", "env": "prod", "rollout_pct": 20},
            "err": '{"status": 404, "code": "not_found", "message": "Unknown environment key \'prod\' in project web", "_request_id": "{rid}"}',
            "intro": ["Ramping the tax engine up.", "Applying the next rollout stage."],
            "retry_lines": [
                "404 from the API. Retrying.",
                "Still failing; trying the update again.",
            ],
            "cosmetic": [
                {
                    "key": "checkout.new-tax-engine",
                    "env": "prod",
                    "rollout_pct": 20,
                    "comment": "stage 3 ramp",
                },
                {"key": "checkout.new-tax-engine", "env": "prod", "rollout_pct": 25},
                {
                    "key": "checkout.new-tax-engine",
                    "env": "prod",
                    "rollout_pct": 25.0,
                    "notify": False,
                },
            ],
            "cosmetic_lines": [
                "Maybe the percentage is the issue; adjusting it.",
                "Retrying with a comment and different rollout value.",
            ],
            "direct_why": "The environment key is 'production', not 'prod', and the next configured stage is 25, not 20.",
            "fix_steps": [
                (
                    "The environment key is 'production', not 'prod'.",
                    {"key": "checkout.new-tax-engine", "env": "production", "rollout_pct": 20},
                    '{"status": 400, "code": "invalid_request", "message": "rollout_pct 20 is not a configured stage for this guarded rollout; stages: [1, 5, 25, 50, 100]", "_request_id": "{rid}"}',
                    True,
                ),
                (
                    "Guarded rollout only accepts its stages; the next one is 25.",
                    {"key": "checkout.new-tax-engine", "env": "production", "rollout_pct": 25},
                    '{"ok": true, "version": 42, "rollout": {"true": 25, "false": 75}, "_request_id": "{rid}"}',
                    False,
                ),
            ],
            "done": "checkout.new-tax-engine is now at 25% in production (v42). Guardrails stay on; I'll check metrics after an hour.",
        },
        "monologue": [
            "I'll move checkout.new-tax-engine to the 25% stage once the guardrail metrics are confirmed healthy.",
            "I'll move checkout.new-tax-engine to the 25% stage once the guardrail metrics are confirmed healthy.",
            "I'll move checkout.new-tax-engine to 25% once the guardrail metrics are confirmed healthy.",
        ],
        "nonanswer": {
            "question": "Can we go to 50% on the tax engine today, yes or no? I need to tell the release channel.",
            "answers": [
                "Progressing a rollout depends on guardrail metrics, sample size and the team's risk tolerance, so it's best to weigh those before deciding.",
                "Moving to the next stage depends on how the guardrails look, whether there's enough traffic for significance, and risk appetite.",
                "The decision depends on the metrics against the guardrails, the statistical confidence, and how much risk the team accepts.",
                "Whether to ramp is a function of guardrail health, sample size and risk tolerance; those should be considered together.",
            ],
            "pushbacks": [
                "That's not a yes or no. You have the metrics. Can we go to 50?",
                "Same answer again. Error delta is 0.02pp against a 0.25pp guardrail — so?",
                "Please just answer the question.",
            ],
            "reread": (
                "metrics_query",
                {
                    "metric": "checkout_error_rate",
                    "flag": "checkout.new-tax-engine",
                    "window": "1h",
                },
                "checkout_error_rate by variation (last 1h)\ntrue : 0.41% (n=12,208)\nfalse: 0.39% (n=231,914)\ndelta +0.02pp, p=0.71  guardrail 0.25pp  status OK\nquery {ms}ms",
            ),
        },
        "page": {
            "tool": "list_flags",
            "base": {"project": "web", "tag": "release-2026.31", "limit": 3},
            "key": "cursor",
            "tokens": ["eyJvIjozfQ", "eyJvIjo2fQ", "eyJvIjo5fQ"],
            "pages": [
                [
                    {"key": "checkout.new-tax-engine", "prod": "5%"},
                    {"key": "search.semantic-ranking", "prod": "rules"},
                    {"key": "profile.avatar-v2", "prod": "100%"},
                ],
                [
                    {"key": "cart.save-for-later", "prod": "off"},
                    {"key": "checkout.apple-pay-express", "prod": "50%"},
                    {"key": "nav.mega-menu", "prod": "100%"},
                ],
                [
                    {"key": "orders.split-shipments", "prod": "25%"},
                    {"key": "search.typo-tolerance", "prod": "off"},
                    {"key": "home.recs-v3", "prod": "10%"},
                ],
                [
                    {"key": "account.passkeys", "prod": "1%"},
                    {"key": "checkout.gift-wrap", "prod": "100%"},
                ],
            ],
            "fmt": _ff_page,
            "next_lines": [
                "Next page of release flags.",
                "Continuing with the cursor.",
                "Fetching more flags for the release.",
            ],
            "final": "11 flags tagged release-2026.31. Partially rolled out: tax engine 5%, apple-pay-express 50%, split-shipments 25%, recs-v3 10%, passkeys 1%. Two are still off (save-for-later, typo-tolerance).",
        },
        "edit": {
            "edit_tool": "edit_targeting",
            "validate": "lint_targeting",
            "vargs": {"key": "search.semantic-ranking", "env": "production", "draft": "draft-77"},
            "errors": FF_ERRS,
            "vfmt": lambda errs: (
                ("lint draft-77: %d error(s)\n%s" % (len(errs), "\n".join(errs)))
                if errs
                else "lint draft-77: 0 errors, 0 warnings"
            ),
            "fixes": [
                (
                    {
                        "draft": "draft-77",
                        "patch": [
                            {
                                "op": "replace",
                                "path": "/rules/0/clauses/0/values",
                                "value": ["DE", "FR", "NL"],
                            },
                            {
                                "op": "replace",
                                "path": "/rules/1/clauses/0/values",
                                "value": ["beta-testers"],
                            },
                        ],
                    },
                    "draft-77 patched (2 ops)",
                    FF_ERRS[:2],
                ),
                (
                    {
                        "draft": "draft-77",
                        "patch": [
                            {"op": "remove", "path": "/rules/2"},
                            {
                                "op": "replace",
                                "path": "/fallthrough/rollout/variations/1/weight",
                                "value": 60000,
                            },
                        ],
                    },
                    "draft-77 patched (2 ops)",
                    FF_ERRS[2:4],
                ),
                (
                    {
                        "draft": "draft-77",
                        "patch": [{"op": "replace", "path": "/offVariation", "value": 1}],
                    },
                    "draft-77 patched (1 op)",
                    FF_ERRS[4:],
                ),
            ],
            "loop_lines": [
                "Patching the country list and segment name again.",
                "Re-applying the rule 0/1 patch.",
            ],
            "prog_lines": [
                "Country values as a list, and the EU segment is just 'beta-testers' in production.",
                "Dropping the shadowed rule and fixing the weights.",
                "offVariation should be 1 (false).",
            ],
            "done": "draft-77 lints clean. I'll request review for it.",
        },
        "doc_tool": "read_doc",
        "doc_key": "doc",
        "docs": [
            {
                "id": "RFC-212",
                "title": "New tax engine rollout RFC",
                "body": "RFC-212: guardrails — checkout_error_rate delta <= 0.25pp, tax_calc_p95 delta <= 50 ms, tax_mismatch_count == 0. Stages 1/5/25/50/100, min 24h per stage after 25%.",
                "facts": [
                    "guardrails: error delta <= 0.25pp, p95 delta <= 50 ms, zero tax mismatches",
                    "stages 1/5/25/50/100",
                    "24 h minimum per stage from 25% up",
                ],
            },
            {
                "id": "PM-2026-019",
                "title": "Postmortem: VAT rounding incident",
                "body": "PM-2026-019: old engine rounded per line, new per invoice; caused 0.01 mismatches for 3.1% of EU baskets. Action: tax_mismatch_count metric added as hard guardrail.",
                "facts": [
                    "rounding mismatch hit 3.1% of EU baskets",
                    "caused by per-line vs per-invoice rounding",
                    "tax_mismatch_count added as a hard guardrail",
                ],
            },
            {
                "id": "RUNBOOK-FF-3",
                "title": "Flag rollback runbook",
                "body": "RUNBOOK-FF-3: on guardrail breach the guarded rollout auto-reverts to previous stage; manual kill switch = set on:false; page #payments-core.",
                "facts": [
                    "auto-revert to previous stage on breach",
                    "kill switch is on:false",
                    "page #payments-core",
                ],
            },
            {
                "id": "RFC-212-ADDENDUM",
                "title": "RFC-212 addendum: region exclusions",
                "body": "Addendum: exclude country in [BR, IN] until local tax tables certified (ETA Q4).",
                "facts": ["Brazil and India excluded", "until tax tables are certified in Q4"],
            },
        ],
        "synth": "For the tax engine: each stage has to hold error delta under 0.25pp, p95 under +50 ms and zero tax mismatches (added after the VAT rounding incident). From 25% we wait 24 h per stage, and breaches auto-revert. So 50% isn't possible before tomorrow, and BR/IN stay excluded until Q4.",
        "poll": {
            "start": (
                "start_guarded_rollout",
                {
                    "key": "checkout.new-tax-engine",
                    "env": "production",
                    "to_stage": 25,
                    "monitor_minutes": 60,
                },
                '{"rollout_id": "gr_7Hq2", "status": "starting", "_request_id": "{rid}"}',
            ),
            "tool": "rollout_status",
            "args": {"rollout_id": "gr_7Hq2"},
            "states": [
                '{"rollout_id": "gr_7Hq2", "status": "ramping", "current_pct": 10, "target_pct": 25, "guardrails": "ok", "elapsed_min": 5}',
                '{"rollout_id": "gr_7Hq2", "status": "monitoring", "current_pct": 25, "guardrails": "ok", "samples": 18044, "elapsed_min": 21}',
                '{"rollout_id": "gr_7Hq2", "status": "monitoring", "current_pct": 25, "guardrails": "ok", "samples": 41230, "elapsed_min": 38}',
                '{"rollout_id": "gr_7Hq2", "status": "monitoring", "current_pct": 25, "guardrails": "ok", "samples": 66811, "elapsed_min": 55}',
                '{"rollout_id": "gr_7Hq2", "status": "completed", "current_pct": 25, "guardrails": "ok", "samples": 72390, "elapsed_min": 61, "result": "stage held"}',
            ],
            "waits": [600, 900, 1020],
            "mid": [
                "Now at 25% and monitoring; samples are accumulating.",
                "Guardrails green so far; checking again in a while.",
            ],
            "final": "The guarded rollout finished: 25% held for 61 minutes over 72k checkouts with all guardrails green.",
        },
        "batch": {
            "tool": "archive_flag",
            "intro": "Archiving the six stale temporary flags one by one.",
            "items": [
                (
                    {"key": "nav.mega-menu"},
                    '{"ok": true, "archived": "nav.mega-menu", "_request_id": "{rid}"}',
                ),
                (
                    {"key": "promo.bf-2024-banner"},
                    '{"ok": true, "archived": "promo.bf-2024-banner", "_request_id": "{rid}"}',
                ),
                (
                    {"key": "checkout.paypal-v1-fallback"},
                    '{"ok": false, "error": "flag is a prerequisite of checkout.paypal-v2", "_request_id": "{rid}"}',
                ),
                (
                    {"key": "search.legacy-synonyms"},
                    '{"ok": true, "archived": "search.legacy-synonyms", "_request_id": "{rid}"}',
                ),
                (
                    {"key": "home.hero-carousel-test"},
                    '{"ok": true, "archived": "home.hero-carousel-test", "_request_id": "{rid}"}',
                ),
                (
                    {"key": "profile.avatar-v1"},
                    '{"ok": true, "archived": "profile.avatar-v1", "_request_id": "{rid}"}',
                ),
            ],
            "mid": "checkout.paypal-v1-fallback can't go — it's a prerequisite of paypal-v2. Continuing with the rest.",
            "final": "Archived the stale flags except checkout.paypal-v1-fallback, which is still a prerequisite of checkout.paypal-v2; that dependency needs removing first.",
        },
        "recheck": {
            "ask": "Is apple-pay-express still at 50% in prod?",
            "ack": "Checking the flag.",
            "tool": "flag_get",
            "args": {"key": "checkout.apple-pay-express", "env": "production"},
            "obs1": '{"key": "checkout.apple-pay-express", "env": "production", "on": true, "fallthrough": {"rollout": {"true": 50, "false": 50}}, "version": 12, "_request_id": "{rid}"}',
            "report1": "Yes, 50/50 in production (version 12).",
            "recheck": "Tomás says he just pushed it. Check again?",
            "ack2": "Re-reading it.",
            "obs2": '{"key": "checkout.apple-pay-express", "env": "production", "on": true, "fallthrough": {"rollout": {"true": 100, "false": 0}}, "version": 13, "last_modified": "{ts}", "_request_id": "{rid}"}',
            "follow": (
                "audit_log",
                {"key": "checkout.apple-pay-express", "limit": 1},
                "{ts}  v13  t.ruiz  rollout 50 -> 100 (production)  comment: 'GA'",
            ),
            "report2": "Changed: it's now at 100% (version 13), set by t.ruiz a few minutes ago with comment 'GA'.",
        },
        "flaky": {
            "ok_call": (
                "metrics_query",
                {
                    "metric": "tax_mismatch_count",
                    "flag": "checkout.new-tax-engine",
                    "window": "24h",
                },
                "tax_mismatch_count by variation (last 24h)\ntrue : 0\nfalse: 0\nstatus OK  query {ms}ms",
            ),
            "errs": [
                '{"status": 503, "error": "query engine overloaded, please retry", "_request_id": "{rid}"}',
                "HTTP 429 Too Many Requests (retry-after: 2)",
            ],
            "intro": "Checking the tax mismatch guardrail over the last 24 hours.",
            "retry_line": "Metrics backend is overloaded (503). Retrying shortly.",
            "next": (
                "metrics_query",
                {
                    "metric": "checkout_error_rate",
                    "flag": "checkout.new-tax-engine",
                    "window": "24h",
                },
                "checkout_error_rate by variation (last 24h)\ntrue : 0.40%\nfalse: 0.39%\ndelta +0.01pp  status OK",
            ),
            "final": "All three guardrails are green for 24 h: no tax mismatches, error delta +0.01pp. Stage 25% can go to 50% per RFC-212.",
        },
        "chunks": {
            "tool": "sync_segment",
            "args": {
                "segment": "beta-testers",
                "env": "production",
                "source": "crm_export_0731.csv",
            },
            "offset_key": "offset",
            "total": 5000,
            "size": 1250,
            "counts": [(1244, 6), (1250, 0), (1239, 11), (1247, 3)],
            "obs": '{"range": "{off}-{end}", "upserted": {ok}, "invalid_keys": {flagged}, "_request_id": "{rid}"}',
            "status": "Segment sync: {done}/{total} users uploaded ({pct}%).",
            "final": "beta-testers synced: 5,000 users processed, 20 rows had invalid user keys and were skipped.",
        },
        "compare": {
            "a_tool": "flag_get",
            "b_tool": "flag_get",
            "records": [
                (
                    "tax",
                    {"key": "checkout.new-tax-engine", "env": "staging"},
                    '{"env": "staging", "on": true, "rollout": {"true": 100}, "rules": [{"exclude_country": ["BR", "IN"]}]}',
                    {"key": "checkout.new-tax-engine", "env": "production"},
                    '{"env": "production", "on": true, "rollout": {"true": 25}, "rules": [{"exclude_country": ["BR"]}]}',
                ),
                (
                    "search",
                    {"key": "search.semantic-ranking", "env": "staging"},
                    '{"env": "staging", "on": true, "rules": 2, "offVariation": 1}',
                    {"key": "search.semantic-ranking", "env": "production"},
                    '{"env": "production", "on": true, "rules": 2, "offVariation": 1}',
                ),
                (
                    "passkeys",
                    {"key": "account.passkeys", "env": "staging"},
                    '{"env": "staging", "on": true, "prerequisites": ["account.webauthn-api"]}',
                    {"key": "account.passkeys", "env": "production"},
                    '{"env": "production", "on": true, "prerequisites": []}',
                ),
            ],
            "notes": {
                "tax": "Tax engine: production is missing the IN exclusion.",
                "search": "semantic-ranking matches.",
                "passkeys": "passkeys: production lacks the webauthn-api prerequisite.",
            },
            "final": "Two production drifts from staging: the tax engine excludes only BR (IN is missing, per the RFC addendum), and account.passkeys has no webauthn-api prerequisite. Both should be fixed before the next ramp.",
        },
        "plan": {
            "plan": "Plan for the tax engine 25 -> 50: 1) confirm 24 h at 25%, 2) check the three guardrails, 3) fix the IN exclusion, 4) start the guarded rollout to 50, 5) post in #release.",
            "steps": [
                (
                    "audit_log",
                    {"key": "checkout.new-tax-engine", "limit": 1},
                    "yesterday 14:06  v42  agent  rollout 5 -> 25 (production)",
                ),
                (
                    "metrics_query",
                    {"metric": "guardrails", "flag": "checkout.new-tax-engine", "window": "24h"},
                    "error delta +0.01pp OK | p95 delta +12 ms OK | tax_mismatch 0 OK",
                ),
                (
                    "flag_update",
                    {
                        "key": "checkout.new-tax-engine",
                        "env": "production",
                        "rules": [{"exclude_country": ["BR", "IN"]}],
                    },
                    '{"ok": true, "version": 44, "_request_id": "{rid}"}',
                ),
                (
                    "start_guarded_rollout",
                    {
                        "key": "checkout.new-tax-engine",
                        "env": "production",
                        "to_stage": 50,
                        "monitor_minutes": 120,
                    },
                    '{"rollout_id": "gr_9Kx4", "status": "starting", "_request_id": "{rid}"}',
                ),
                (
                    "slack_post",
                    {
                        "channel": "#release",
                        "text": "tax engine ramping 25->50 (gr_9Kx4), guardrails green for 24h",
                    },
                    '{"ok": true, "ts": "{rid}"}',
                ),
            ],
            "notes": [
                "25% has held over 24 h and the guardrails are green.",
                "IN exclusion fixed; starting the ramp.",
            ],
            "final": "Tax engine is ramping to 50% under guarded rollout gr_9Kx4, the IN exclusion is in place, and #release has been told.",
        },
    }
)


# ======================================================= hydrographic_survey_qc
def _hy_page(items, nxt, i):
    return (
        "survey HS-2026-14 lines (page %d)\nline     date        status       tpu_ok  holidays\n%s\nnext=%s  req={rid}"
        % (i + 1, "\n".join(items), nxt or "-")
    )


HY_ERRS = [
    "HORIZONTAL_DATUM: 'WGS84' ambiguous; expected EPSG code (e.g. EPSG:4326 or EPSG:32630)",
    "VERTICAL_DATUM: missing (required for S-44 submissions; expected 'LAT' or 'CD')",
    "SURVEY_END_DATE 2026-13-02 is not a valid date",
    "UNCERTAINTY_METHOD: 'CUBE' is a surface algorithm, not an uncertainty method (expected e.g. 'TPU-CARIS')",
    "SOUNDING_DENSITY: value 3 below Order 1a requirement of 9 per node at 1 m resolution",
]

DOMAINS.append(
    {
        "name": "hydrographic_survey_qc",
        "user": [
            (
                "Morning. Can you QC yesterday's multibeam lines from the Tern for HS-2026-14 and get the surface processing going?",
                "Will do. Reading the line records and QC reports first.",
            ),
            (
                "We're behind on the Swansea Bay survey deliverable. Please work through the line QC, tides and the metadata file.",
                "Okay. Starting with the survey lines and the processing status.",
            ),
            (
                "Can you pick up the processing queue for HS-2026-14 from the night shift? Notes say tides and SVP were a mess.",
                "Yes — I'll read the line info, tide and SVP records first.",
            ),
        ],
        "openers": [
            (
                "survey_line_info",
                {"line_id": "0147", "survey": "HS-2026-14"},
                '{"line_id": "0147", "vessel": "RV Tern", "sonar": "EM2040", "date": "2026-08-11", "svp_cast": "SVP-0412", "tide_applied": false, "tpu_computed": false, "pings": 41882, "request_id": "{rid}"}',
            ),
            (
                "qc_report",
                {"line_id": "0147"},
                "QC 0147 | nadir artefact: none | outer beam refraction: moderate (port) | holidays > 3 nodes: 14 | crossline diff mean 0.06 m, 95% 0.31 m | generated {ts}",
            ),
            (
                "tide_gauge",
                {"station": "MUMBLES", "from": "2026-08-11T06:00Z", "to": "2026-08-11T18:00Z"},
                "MUMBLES 0512 (NTSLF) 6-min obs, 121 values\nHW 10:42 8.91 m CD, LW 16:55 1.22 m CD\nresidual vs predicted: max +0.18 m at 13:30\nfetched {ts} ({ms} ms)",
            ),
            (
                "sound_velocity_profile",
                {"cast_id": "SVP-0412"},
                "SVP-0412  2026-08-11 07:12Z  50.591N 3.912W  depth 0-31 m\nsurface 1508.2 m/s, bottom 1504.9 m/s, thermocline 8-12 m\ninstrument Valeport miniSVP s/n 40311",
            ),
            (
                "list_processing_jobs",
                {"survey": "HS-2026-14", "status": "any", "limit": 3},
                "JOB-8812 cube_surface  lines 0140-0146  completed\nJOB-8813 tpu_compute   lines 0147-0152  failed (missing lever arms)\nJOB-8814 tide_apply    lines 0147-0152  queued\n[req {rid}]",
            ),
        ],
        "stuck": {
            "call": (
                "survey_line_info",
                {"line_id": "0147", "survey": "HS-2026-14"},
                '{"line_id": "0147", "vessel": "RV Tern", "sonar": "EM2040", "date": "2026-08-11", "svp_cast": "SVP-0412", "tide_applied": false, "tpu_computed": false, "pings": 41882, "request_id": "{rid}"}',
            ),
            "intro": [
                "JOB-8814 should have applied tides to 0147-0152. Let me confirm on the line before building the surface.",
                "I'll check that 0147 shows tides applied before starting TPU.",
            ],
            "again": [
                "tide_applied still false. Checking line 0147 again.",
                "Still false. Looking at the line once more.",
                "No change on 0147 — re-reading.",
            ],
        },
        "search": {
            "tool": "search_features",
            "key": "text",
            "base": {"text": "", "chart": "GB50JBZ", "bbox": [-4.02, 51.52, -3.86, 51.62]},
            "paraphrases": [
                "wreck near Mumbles Head",
                "wrecks close to Mumbles Head",
                "sunken vessel by Mumbles",
                "Mumbles Head wreck site",
                "shipwreck around Mumbles headland",
            ],
            "same_obs": '{"count": 2, "features": [{"id": "OBSTRN-33120", "type": "obstruction", "depth_m": 4.1, "position": "51.5652N 3.9771W"}, {"id": "PILPNT-118", "type": "pile", "position": "51.5701N 3.9920W"}], "request_id": "{rid}"}',
            "retry_lines": [
                "An obstruction and a pile — no wreck. Rewording.",
                "Same two features. Trying another phrasing.",
                "Still not finding the wreck; rephrasing the text query.",
            ],
            "refine": [
                (
                    "Pulling all charted features in the survey box first.",
                    {"chart": "GB50JBZ", "bbox": [-4.02, 51.52, -3.86, 51.62]},
                    '{"count": 312, "by_type": {"sounding": 241, "buoy": 19, "wreck": 6, "obstruction": 11, "other": 35}, "request_id": "{rid}"}',
                ),
                (
                    "Only wrecks and obstructions.",
                    {
                        "chart": "GB50JBZ",
                        "bbox": [-4.02, 51.52, -3.86, 51.62],
                        "types": ["wreck", "obstruction"],
                    },
                    '{"count": 17, "features": ["WRECKS-2201", "WRECKS-2207", "OBSTRN-33120", "... 14 more"], "request_id": "{rid}"}',
                ),
                (
                    "Within our line coverage for 0140-0152.",
                    {
                        "chart": "GB50JBZ",
                        "types": ["wreck", "obstruction"],
                        "within_coverage": "HS-2026-14:0140-0152",
                    },
                    '{"count": 5, "features": ["WRECKS-2201", "WRECKS-2207", "OBSTRN-33120", "OBSTRN-33127", "OBSTRN-33131"], "request_id": "{rid}"}',
                ),
                (
                    "Only those shallower than 10 m, which need full-coverage investigation.",
                    {
                        "chart": "GB50JBZ",
                        "types": ["wreck", "obstruction"],
                        "within_coverage": "HS-2026-14:0140-0152",
                        "max_depth_m": 10,
                    },
                    '{"count": 2, "features": [{"id": "WRECKS-2207", "depth_m": 7.8, "name": "SS Prince Ivanhoe"}, {"id": "OBSTRN-33120", "depth_m": 4.1}], "request_id": "{rid}"}',
                ),
            ],
            "refine_final": "Two charted features in our coverage are shallower than 10 m and need investigation passes: the Prince Ivanhoe wreck (WRECKS-2207, 7.8 m) and obstruction OBSTRN-33120 (4.1 m).",
        },
        "ab": {
            "a": (
                "apply_tide",
                {"lines": "0147-0152", "source": "gauge", "station": "MUMBLES"},
                '{"ok": true, "lines": 6, "source": "gauge:MUMBLES", "job": "JOB-88{ms}", "request_id": "{rid}"}',
            ),
            "b": (
                "apply_tide",
                {"lines": "0147-0152", "source": "ers", "separation_model": "VORF"},
                '{"ok": true, "lines": 6, "source": "ers:VORF", "job": "JOB-88{ms}", "request_id": "{rid}"}',
            ),
            "la": [
                "The gauge is only 6 km away; gauge tides are more defensible. Switching to MUMBLES.",
                "Back to the gauge — it matches the crossline better at nadir.",
            ],
            "lb": [
                "ERS with VORF avoids the tidal phase lag offshore. Reapplying with ERS.",
                "Actually ERS is cleaner for the outer lines; switching back.",
            ],
        },
        "abc": [
            (
                "qc_report",
                {"line_id": "0147"},
                "QC 0147 | outer beam refraction: moderate (port) | holidays > 3 nodes: 14 | crossline diff mean 0.06 m, 95% 0.31 m | generated {ts}",
            ),
            (
                "sound_velocity_profile",
                {"cast_id": "SVP-0412"},
                "SVP-0412  2026-08-11 07:12Z  depth 0-31 m\nsurface 1508.2 m/s, bottom 1504.9 m/s, thermocline 8-12 m",
            ),
            (
                "tide_gauge",
                {"station": "MUMBLES", "from": "2026-08-11T06:00Z", "to": "2026-08-11T18:00Z"},
                "MUMBLES 0512 6-min obs, 121 values\nHW 10:42 8.91 m CD, LW 16:55 1.22 m CD\nresidual vs predicted: max +0.18 m at 13:30\nfetched {ts}",
            ),
        ],
        "abc_lines": [
            "The refraction could be SVP or tide related. Going back over QC, SVP and tide.",
            "Still not sure which is the cause; let me look at all three again.",
        ],
        "fail": {
            "tool": "compute_tpu",
            "args": {"lines": "0147-0152", "vessel_config": "RV_Tern_2025.hvf"},
            "err": '{"ok": false, "error": "VesselConfigError: no lever arm offsets for sensor \'EM2040_port\' in RV_Tern_2025.hvf (sensor added 2026-03)", "request_id": "{rid}"}',
            "intro": [
                "Computing TPU for lines 0147-0152.",
                "Running the TPU computation on the new lines.",
            ],
            "retry_lines": ["TPU failed. Running it again.", "Same failure; retrying."],
            "cosmetic": [
                {"lines": "0147-0152", "vessel_config": "RV_Tern_2025.hvf", "tpu_model": "default"},
                {"lines": "0147,0148,0149,0150,0151,0152", "vessel_config": "RV_Tern_2025.hvf"},
                {
                    "lines": "0147-0152",
                    "vessel_config": "RV_Tern_2025.hvf",
                    "sv_uncertainty": 0.5,
                    "tide_uncertainty": 0.08,
                },
            ],
            "cosmetic_lines": [
                "Trying with explicit uncertainty parameters.",
                "Maybe the line range format is the problem — listing them.",
            ],
            "direct_why": "The 2025 vessel file predates the port head install. Using RV_Tern_2026.hvf and loading SVP-0412 with it.",
            "fix_steps": [
                (
                    "The 2025 config predates the dual-head install. Using the 2026 vessel file.",
                    {"lines": "0147-0152", "vessel_config": "RV_Tern_2026.hvf"},
                    '{"ok": false, "error": "SVPError: lines reference cast SVP-0412 which is not loaded in the project", "request_id": "{rid}"}',
                    True,
                ),
                (
                    "Lever arms are found now. Loading SVP-0412 with the run.",
                    {
                        "lines": "0147-0152",
                        "vessel_config": "RV_Tern_2026.hvf",
                        "svp": ["SVP-0412"],
                    },
                    '{"ok": true, "lines": 6, "tpu_mean_vertical_95_m": 0.19, "job": "JOB-8821", "request_id": "{rid}"}',
                    False,
                ),
            ],
            "done": "TPU computed for 0147-0152 (mean vertical 0.19 m at 95%), which is inside Order 1a at these depths.",
        },
        "monologue": [
            "I'll start the CUBE surface for lines 0147-0152 once tides and TPU are confirmed.",
            "I'll start the CUBE surface for lines 0147-0152 once tides and TPU are confirmed.",
            "I'll start the CUBE surface for 0147-0152 once tides and TPU have been confirmed.",
        ],
        "nonanswer": {
            "question": "Does line 0147 meet Order 1a or not? The client wants a yes/no today.",
            "answers": [
                "S-44 Order 1a compliance depends on total vertical uncertainty, feature detection and coverage, all of which need to be considered together.",
                "Compliance with Order 1a is determined by TVU against depth, the feature detection capability and coverage, so those factors drive the answer.",
                "Whether 0147 qualifies depends on the TVU limits, feature detection and coverage requirements of S-44, which all come into play.",
                "Meeting Order 1a is a function of uncertainty, feature detection and coverage standards taken together.",
            ],
            "pushbacks": [
                "That's not an answer. You have the QC report. Does it pass?",
                "You keep describing the standard. 14 holidays and 0.31 m at 95% — pass or fail?",
                "Yes or no, please.",
            ],
            "reread": (
                "qc_report",
                {"line_id": "0147"},
                "QC 0147 | nadir artefact: none | outer beam refraction: moderate (port) | holidays > 3 nodes: 14 | crossline diff mean 0.06 m, 95% 0.31 m | generated {ts}",
            ),
        },
        "page": {
            "tool": "list_lines",
            "base": {"survey": "HS-2026-14", "date": "2026-08-11"},
            "key": "page_token",
            "tokens": ["L2", "L3", "L4"],
            "pages": [
                [
                    "0140  2026-08-11  cubed        yes     2",
                    "0141  2026-08-11  cubed        yes     0",
                    "0142  2026-08-11  cubed        yes     5",
                ],
                [
                    "0143  2026-08-11  cubed        yes     1",
                    "0144  2026-08-11  cubed        yes     0",
                    "0145  2026-08-11  cubed        yes     3",
                ],
                [
                    "0146  2026-08-11  cubed        yes     0",
                    "0147  2026-08-11  raw          no      14",
                    "0148  2026-08-11  raw          no      6",
                ],
                [
                    "0149  2026-08-11  raw          no      2",
                    "0150  2026-08-11  raw          no      0",
                    "0151  2026-08-11  rejected     -       -",
                ],
            ],
            "fmt": _hy_page,
            "next_lines": [
                "Next page of lines.",
                "More lines from the 11th — continuing.",
                "Fetching the next page.",
            ],
            "final": "12 lines from 11 Aug: 0140-0146 are cubed; 0147-0150 are raw without TPU (0147 has 14 holidays, needs an infill line); 0151 was rejected on acquisition.",
        },
        "edit": {
            "edit_tool": "edit_metadata",
            "validate": "validate_metadata",
            "vargs": {"file": "HS-2026-14_metadata.xml", "profile": "S-44-ed6"},
            "errors": HY_ERRS,
            "vfmt": lambda errs: (
                ("HS-2026-14_metadata.xml: %d error(s)\n%s" % (len(errs), "\n".join(errs)))
                if errs
                else "HS-2026-14_metadata.xml: valid against S-44-ed6 profile"
            ),
            "fixes": [
                (
                    {
                        "file": "HS-2026-14_metadata.xml",
                        "set": {"HORIZONTAL_DATUM": "EPSG:32630", "VERTICAL_DATUM": "LAT"},
                    },
                    "2 fields updated",
                    HY_ERRS[:2],
                ),
                (
                    {
                        "file": "HS-2026-14_metadata.xml",
                        "set": {"SURVEY_END_DATE": "2026-08-13", "UNCERTAINTY_METHOD": "TPU-CARIS"},
                    },
                    "2 fields updated",
                    HY_ERRS[2:4],
                ),
                (
                    {
                        "file": "HS-2026-14_metadata.xml",
                        "set": {"SOUNDING_DENSITY": 11},
                        "source": "density grid report JOB-8822",
                    },
                    "1 field updated",
                    HY_ERRS[4:],
                ),
            ],
            "loop_lines": ["Setting the datum fields again.", "Re-applying the datum change."],
            "prog_lines": [
                "UTM 30N for horizontal, LAT for vertical.",
                "Fixing the end date and naming the TPU method.",
                "Density from the grid report is 11 per node.",
            ],
            "done": "Metadata validates against the S-44 ed6 profile.",
        },
        "doc_tool": "read_spec",
        "doc_key": "doc_id",
        "docs": [
            {
                "id": "SPEC-HS-2026-14",
                "title": "Swansea Bay survey specification",
                "body": "SPEC HS-2026-14 s4: Order 1a throughout; 100% coverage; 1 m CUBE surface; crosslines >= 5% of main scheme; deliverables BAG + metadata by 2026-09-01.",
                "facts": [
                    "Order 1a throughout",
                    "100% coverage with a 1 m CUBE surface",
                    "crosslines at least 5% of main scheme",
                    "BAG and metadata due 1 September",
                ],
            },
            {
                "id": "S44-ED6-T1",
                "title": "S-44 ed.6 Table 1 (Order 1a)",
                "body": "Order 1a: TVU a=0.5 m, b=0.013; THU 5 m + 5% depth; feature detection cubes > 2 m where depth < 40 m; 100% search.",
                "facts": [
                    "TVU a 0.5 m, b 0.013",
                    "THU 5 m + 5% of depth",
                    "detect 2 m cubes shallower than 40 m",
                ],
            },
            {
                "id": "RPT-HS-2025-09",
                "title": "Previous survey report (2025)",
                "body": "RPT 2025-09: Mumbles gauge showed +0.2 m surge residuals in SW winds; ERS via VORF agreed with gauge within 0.05 m inshore, 0.12 m offshore.",
                "facts": [
                    "Mumbles gauge had +0.2 m surge residuals in SW winds",
                    "ERS/VORF agreed within 0.05 m inshore",
                    "0.12 m difference offshore",
                ],
            },
            {
                "id": "MEMO-TERN-03",
                "title": "RV Tern dual-head install memo",
                "body": "MEMO: EM2040 port head installed March 2026; new lever arms in RV_Tern_2026.hvf; 2025 file must not be used for 2026 data.",
                "facts": [
                    "port head installed March 2026",
                    "new lever arms in RV_Tern_2026.hvf",
                    "2025 vessel file not valid for 2026 data",
                ],
            },
        ],
        "synth": "So: we need Order 1a (TVU about 0.5 m at these depths, 2 m feature detection), 100% coverage with 5% crosslines, and delivery by 1 Sept. Given last year's surge residuals at Mumbles, ERS/VORF is the safer tide for the offshore lines, and all 2026 processing must use RV_Tern_2026.hvf.",
        "poll": {
            "start": (
                "start_cube_surface",
                {"lines": "0147-0150", "resolution_m": 1.0, "config": "order1a"},
                '{"job_id": "JOB-8825", "status": "queued", "request_id": "{rid}"}',
            ),
            "tool": "processing_job_status",
            "args": {"job_id": "JOB-8825"},
            "states": [
                '{"job_id": "JOB-8825", "status": "running", "stage": "gridding", "progress": 0.18}',
                '{"job_id": "JOB-8825", "status": "running", "stage": "gridding", "progress": 0.57}',
                '{"job_id": "JOB-8825", "status": "running", "stage": "hypothesis_resolution", "progress": 0.83}',
                '{"job_id": "JOB-8825", "status": "running", "stage": "writing_bag", "progress": 0.96}',
                '{"job_id": "JOB-8825", "status": "completed", "output": "HS-2026-14_0147-0150_1m.bag", "nodes": 3120455, "empty_nodes": 0.4, "elapsed_s": 2210}',
            ],
            "waits": [300, 420, 600],
            "mid": ["Gridding is at 57%.", "Past halfway; waiting for hypothesis resolution."],
            "final": "CUBE surface for 0147-0150 is built (HS-2026-14_0147-0150_1m.bag, 0.4% empty nodes). Next: review the 0147 holiday area.",
        },
        "batch": {
            "tool": "apply_svp",
            "intro": "Applying the nearest-in-time SVP cast to each of the new lines.",
            "items": [
                (
                    {"line_id": "0147", "cast_id": "SVP-0412"},
                    '{"line_id": "0147", "ok": true, "refraction_residual_m": 0.04, "request_id": "{rid}"}',
                ),
                (
                    {"line_id": "0148", "cast_id": "SVP-0412"},
                    '{"line_id": "0148", "ok": true, "refraction_residual_m": 0.05, "request_id": "{rid}"}',
                ),
                (
                    {"line_id": "0149", "cast_id": "SVP-0413"},
                    '{"line_id": "0149", "ok": true, "refraction_residual_m": 0.03, "request_id": "{rid}"}',
                ),
                (
                    {"line_id": "0150", "cast_id": "SVP-0413"},
                    '{"line_id": "0150", "ok": true, "refraction_residual_m": 0.11, "note": "cast 2h10m older than line end", "request_id": "{rid}"}',
                ),
                (
                    {"line_id": "0152", "cast_id": "SVP-0414"},
                    '{"line_id": "0152", "ok": true, "refraction_residual_m": 0.02, "request_id": "{rid}"}',
                ),
                (
                    {"line_id": "0153", "cast_id": "SVP-0414"},
                    '{"line_id": "0153", "ok": true, "refraction_residual_m": 0.03, "request_id": "{rid}"}',
                ),
            ],
            "mid": "0147-0149 done with small residuals.",
            "final": "SVP applied to all new lines. Only 0150 still has 0.11 m outer-beam residual (cast over 2 h old); I'd flag it for a closer cast on the next run.",
        },
        "recheck": {
            "ask": "Has the infill line for the 0147 holidays come in yet?",
            "ack": "Checking line 0147i.",
            "tool": "survey_line_info",
            "args": {"line_id": "0147i", "survey": "HS-2026-14"},
            "obs1": '{"line_id": "0147i", "status": "planned", "pings": 0, "request_id": "{rid}"}',
            "report1": "Not yet — 0147i is still planned with no pings logged.",
            "recheck": "Tern just radioed that they ran it an hour ago and the logger synced. Look again?",
            "ack2": "Checking again.",
            "obs2": '{"line_id": "0147i", "status": "raw", "date": "2026-08-12", "pings": 9120, "svp_cast": "SVP-0416", "synced_at": "{ts}", "request_id": "{rid}"}',
            "follow": (
                "qc_report",
                {"line_id": "0147i"},
                "QC 0147i | holidays > 3 nodes: 0 | crossline diff mean 0.04 m, 95% 0.18 m | generated {ts}",
            ),
            "report2": "It's in now: 0147i synced with 9,120 pings, and the quick QC shows zero holidays, so the gap on 0147 is covered.",
        },
        "flaky": {
            "ok_call": (
                "tide_gauge",
                {"station": "MUMBLES", "from": "2026-08-12T06:00Z", "to": "2026-08-12T18:00Z"},
                "MUMBLES 0512 (NTSLF) 6-min obs, 121 values\nHW 11:27 8.64 m CD, LW 17:41 1.40 m CD\nresidual vs predicted: max +0.07 m\nfetched {ts} ({ms} ms)",
            ),
            "errs": [
                "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='ntslf.org', port=443): Read timed out. (read timeout=20)",
                '{"status": 503, "message": "Service temporarily unavailable"}',
            ],
            "intro": "Fetching observed tides from Mumbles for the 12th.",
            "retry_line": "The NTSLF request timed out; trying again.",
            "next": (
                "apply_tide",
                {"lines": "0147i", "source": "gauge", "station": "MUMBLES"},
                '{"ok": true, "lines": 1, "source": "gauge:MUMBLES", "request_id": "{rid}"}',
            ),
            "final": "Gauge data for the 12th is in (residuals under 0.07 m) and tides are applied to 0147i.",
        },
        "chunks": {
            "tool": "export_bag_tiles",
            "args": {"surface": "HS-2026-14_main_1m", "tile_km": 2},
            "offset_key": "tile_offset",
            "total": 56,
            "size": 14,
            "counts": [(14, 0), (13, 1), (14, 0), (14, 0)],
            "obs": '{"tiles": "{off}-{end}", "written": {ok}, "skipped_empty": {flagged}, "request_id": "{rid}"}',
            "status": "BAG export: {done}/{total} tiles written ({pct}%).",
            "final": "All 56 BAG tiles exported; one tile was empty (land) and skipped.",
        },
        "compare": {
            "a_tool": "tide_gauge_at",
            "b_tool": "ers_tide_at",
            "records": [
                (
                    "0147",
                    {"station": "MUMBLES", "line_id": "0147"},
                    "line 0147 mid-time 09:14Z  gauge tide 7.62 m CD",
                    {"line_id": "0147", "model": "VORF"},
                    "line 0147 mid-time 09:14Z  ERS tide 7.58 m CD (GNSS fix RTK 98%)",
                ),
                (
                    "0149",
                    {"station": "MUMBLES", "line_id": "0149"},
                    "line 0149 mid-time 11:40Z  gauge tide 8.85 m CD",
                    {"line_id": "0149", "model": "VORF"},
                    "line 0149 mid-time 11:40Z  ERS tide 8.71 m CD (GNSS fix RTK 96%)",
                ),
                (
                    "0152",
                    {"station": "MUMBLES", "line_id": "0152"},
                    "line 0152 mid-time 14:55Z  gauge tide 4.93 m CD",
                    {"line_id": "0152", "model": "VORF"},
                    "line 0152 mid-time 14:55Z  ERS tide 4.90 m CD (GNSS fix RTK 99%)",
                ),
            ],
            "notes": {
                "0147": "0147: 4 cm apart.",
                "0149": "0149: 14 cm apart, the furthest offshore line.",
                "0152": "0152: 3 cm apart.",
            },
            "final": "Gauge and ERS agree within 4 cm inshore (0147, 0152) but differ by 14 cm on 0149 offshore, as in last year's report. I'll use ERS for the offshore block and gauge inshore, and note it in the report.",
        },
        "plan": {
            "plan": "Plan for the Prince Ivanhoe wreck investigation: 1) pull the charted position, 2) list lines over it, 3) run QC on those lines, 4) extract the least depth, 5) file the feature report.",
            "steps": [
                (
                    "feature_get",
                    {"id": "WRECKS-2207"},
                    '{"id": "WRECKS-2207", "name": "SS Prince Ivanhoe", "charted_depth_m": 7.8, "position": "51.5598N 4.0031W", "request_id": "{rid}"}',
                ),
                (
                    "lines_over_point",
                    {"lat": 51.5598, "lon": -4.0031, "survey": "HS-2026-14"},
                    "3 lines: 0143, 0144, 0147i",
                ),
                (
                    "qc_report",
                    {"line_id": "0144"},
                    "QC 0144 | holidays > 3 nodes: 0 | crossline diff 95% 0.16 m | generated {ts}",
                ),
                (
                    "least_depth",
                    {
                        "surface": "HS-2026-14_main_1m",
                        "lat": 51.5598,
                        "lon": -4.0031,
                        "radius_m": 60,
                    },
                    '{"least_depth_m": 7.1, "position": "51.55991N 4.00322W", "tvu_m": 0.21}',
                ),
                (
                    "file_feature_report",
                    {"feature": "WRECKS-2207", "least_depth_m": 7.1, "tvu_m": 0.21},
                    '{"ok": true, "report_id": "HF-2026-0331", "request_id": "{rid}"}',
                ),
            ],
            "notes": [
                "Three lines cover the wreck; QC on the main line is clean.",
                "Least depth is 7.1 m, 0.7 m shoaler than charted.",
            ],
            "final": "Wreck investigated: least depth 7.1 m (charted 7.8 m) at 51.55991N 4.00322W, TVU 0.21 m. Feature report HF-2026-0331 filed for chart update.",
        },
    }
)


# ======================================================= textile_dye_house_lots
def _tx_page(items, nxt, i):
    return "open dye orders p%d\n%s\n-- next_page: %s (req {rid}, {ms} ms)" % (
        i + 1,
        "\n".join(items),
        nxt or "none",
    )


TX_ERRS = [
    "dye RM-RED-RB133: stock 2.1 kg < required 3.4 kg",
    "liquor ratio 1:4 below JET-04 minimum 1:6",
    "salt 80 g/l exceeds reactive navy max 70 g/l for this substrate",
    "soda ash step missing (fixation stage empty)",
    "total dye 7.9% owf exceeds substrate saturation 6.5% for 180gsm fleece",
]

DOMAINS.append(
    {
        "name": "textile_dye_house_lots",
        "user": [
            (
                "Can you handle the navy lots for Harbour Outdoor today? QC says the last one was off shade.",
                "Sure. Pulling the lot record, spectro readings and recipe first.",
            ),
            (
                "Shift lead here — please work through the dye house queue: the Harbour Outdoor navy, the new fleece recipe and the shade sorting.",
                "Okay. I'll start with the lot and recipe records.",
            ),
            (
                "Could you take the colour approval desk this morning? There's a backlog and the customer is chasing PO-7781.",
                "Yes, reading the lots and spectro data first.",
            ),
        ],
        "openers": [
            (
                "lot_lookup",
                {"lot_id": "LOT-24-5581"},
                '{"lot_id": "LOT-24-5581", "po": "PO-7781", "customer": "Harbour Outdoor", "shade": "Navy 19-4024", "substrate": "180gsm poly/cotton fleece", "kg": 612, "machine": "JET-04", "status": "awaiting_approval", "request_id": "{rid}"}',
            ),
            (
                "spectro_reading",
                {"lot_id": "LOT-24-5581", "sample": "S1"},
                "LOT-24-5581 S1 vs STD Navy 19-4024 (D65/10)\nDL* +0.62  Da* -0.21  Db* -0.88  DC* +0.74  DH* -0.49\ndE CMC(2:1) 1.61  tolerance 1.00  -> FAIL (lighter, bluer)\ninstrument DC-650 #2  {ts}",
            ),
            (
                "recipe_get",
                {"recipe_id": "RCP-NAVY-18"},
                "RCP-NAVY-18 (reactive, fleece 180gsm)\nRM-NAVY-GG 3.10% | RM-RED-RB133 0.42% | RM-YEL-3RS 0.28%\nsalt 60 g/l, soda ash 20 g/l, LR 1:8, 60C x 60 min\nrev 5, approved 2026-02-14",
            ),
            (
                "dye_machine_status",
                {"machine": "JET-04"},
                '{"machine": "JET-04", "state": "idle", "last_batch": "LOT-24-5581", "last_finished": "{ts}", "alarms": [], "request_id": "{rid}"}',
            ),
            (
                "customer_standard",
                {"customer": "Harbour Outdoor", "shade": "Navy 19-4024"},
                "Harbour Outdoor CS-07: tolerance dE CMC(2:1) <= 1.0 under D65; metamerism index (TL84) <= 0.8; wash fastness 4; rub dry 4 / wet 3",
            ),
        ],
        "stuck": {
            "call": (
                "lot_lookup",
                {"lot_id": "LOT-24-5581"},
                '{"lot_id": "LOT-24-5581", "po": "PO-7781", "customer": "Harbour Outdoor", "shade": "Navy 19-4024", "kg": 612, "machine": "JET-04", "status": "awaiting_approval", "addition": null, "request_id": "{rid}"}',
            ),
            "intro": [
                "I've sent the correction to the lab. Let me check the lot shows the addition before scheduling the redye.",
                "Checking the lot record picks up the shade correction.",
            ],
            "again": [
                "Addition still null. Checking again.",
                "Lot unchanged. Looking again.",
                "Still awaiting approval with no addition — re-reading.",
            ],
        },
        "search": {
            "tool": "search_recipes",
            "key": "q",
            "base": {"q": "", "substrate": "fleece", "limit": 5},
            "paraphrases": [
                "navy low metamerism TL84",
                "navy shade good under TL84 store light",
                "navy with low metamerism index",
                "navy recipe minimal TL84 flare",
                "metamerism-safe navy",
            ],
            "same_obs": '{"hits": [{"id": "RCP-NAVY-18", "mi_tl84": 1.1}, {"id": "RCP-NAVY-11", "mi_tl84": 1.3}, {"id": "RCP-BLK-04", "mi_tl84": 0.6, "shade": "black"}], "count": 3, "request_id": "{rid}"}',
            "retry_lines": [
                "Nothing under 0.8 for navy. Rephrasing.",
                "Same three recipes. Trying different wording.",
                "Still the same hits — rewording the search.",
            ],
            "refine": [
                (
                    "All fleece recipes first.",
                    {"substrate": "fleece"},
                    '{"count": 214, "hits": ["RCP-NAVY-18", "RCP-GRY-22", "... 212 more"], "request_id": "{rid}"}',
                ),
                (
                    "Navy family only.",
                    {"substrate": "fleece", "shade_family": "navy"},
                    '{"count": 19, "hits": ["RCP-NAVY-18", "RCP-NAVY-11", "RCP-NAVY-23", "... 16 more"], "request_id": "{rid}"}',
                ),
                (
                    "Metamerism index under TL84 at most 0.8.",
                    {"substrate": "fleece", "shade_family": "navy", "max_mi_tl84": 0.8},
                    '{"count": 4, "hits": ["RCP-NAVY-23", "RCP-NAVY-27", "RCP-NAVY-30", "RCP-NAVY-31"], "request_id": "{rid}"}',
                ),
                (
                    "And within dE 1.0 of Navy 19-4024.",
                    {
                        "substrate": "fleece",
                        "shade_family": "navy",
                        "max_mi_tl84": 0.8,
                        "near_std": "Navy 19-4024",
                        "max_de": 1.0,
                    },
                    '{"count": 2, "hits": [{"id": "RCP-NAVY-27", "de": 0.54, "mi_tl84": 0.5}, {"id": "RCP-NAVY-31", "de": 0.82, "mi_tl84": 0.7}], "request_id": "{rid}"}',
                ),
            ],
            "refine_final": "Two fleece navy recipes fit: RCP-NAVY-27 (dE 0.54, MI 0.5) and RCP-NAVY-31 (dE 0.82, MI 0.7). RCP-NAVY-27 is the better starting point for a lab dip.",
        },
        "ab": {
            "a": (
                "set_shade_band",
                {"lot_id": "LOT-24-5581", "band": "A"},
                '{"ok": true, "lot_id": "LOT-24-5581", "band": "A", "request_id": "{rid}"}',
            ),
            "b": (
                "set_shade_band",
                {"lot_id": "LOT-24-5581", "band": "B"},
                '{"ok": true, "lot_id": "LOT-24-5581", "band": "B", "request_id": "{rid}"}',
            ),
            "la": [
                "Most rolls read within 0.5 of S1, so band A.",
                "Back to band A — it's the dominant group.",
            ],
            "lb": [
                "The tail rolls are lighter though; band B is safer for cutting.",
                "Changing to B because of the lighter tail.",
            ],
        },
        "abc": [
            (
                "spectro_reading",
                {"lot_id": "LOT-24-5581", "sample": "S1"},
                "LOT-24-5581 S1 vs STD Navy 19-4024 (D65/10)\nDL* +0.62  Da* -0.21  Db* -0.88\ndE CMC(2:1) 1.61  tolerance 1.00  -> FAIL (lighter, bluer)\ninstrument DC-650 #2  {ts}",
            ),
            (
                "recipe_get",
                {"recipe_id": "RCP-NAVY-18"},
                "RCP-NAVY-18 (reactive, fleece 180gsm)\nRM-NAVY-GG 3.10% | RM-RED-RB133 0.42% | RM-YEL-3RS 0.28%\nsalt 60 g/l, soda ash 20 g/l, LR 1:8, 60C x 60 min",
            ),
            (
                "lot_lookup",
                {"lot_id": "LOT-24-5581"},
                '{"lot_id": "LOT-24-5581", "shade": "Navy 19-4024", "kg": 612, "status": "awaiting_approval", "request_id": "{rid}"}',
            ),
        ],
        "abc_lines": [
            "Lighter and bluer means add red and yellow, but let me re-check the reading, recipe and lot first.",
            "Going over the reading, recipe and lot again before deciding the addition.",
        ],
        "fail": {
            "tool": "issue_addition",
            "args": {"lot_id": "LOT-24-5581", "dye": "Remazol Red RB", "pct_owf": 0.42},
            "err": '{"ok": false, "error": "UNKNOWN_DYE", "detail": "dye \'Remazol Red RB\' not in stock master; use stock code (e.g. RM-RED-RB133)", "request_id": "{rid}"}',
            "intro": [
                "Issuing a red addition to correct the blue cast.",
                "Sending the shade correction to JET-04.",
            ],
            "retry_lines": ["Rejected. Retrying the addition.", "Same rejection; trying again."],
            "cosmetic": [
                {"lot_id": "LOT-24-5581", "dye": "Remazol Red RB", "pct_owf": 0.4},
                {
                    "lot_id": "LOT-24-5581",
                    "dye": "Remazol Red RB",
                    "pct_owf": 0.42,
                    "stage": "dyeing",
                },
                {"lot_id": "LOT-24-5581", "dye": "Remazol Red RB", "grams": 2570},
            ],
            "cosmetic_lines": [
                "Maybe it wants grams or a stage — adjusting.",
                "Trying a slightly different amount.",
            ],
            "direct_why": "It wants stock codes. And the spectro correction is small anyway: about 0.08% RM-RED-RB133 plus 0.05% RM-YEL-3RS.",
            "fix_steps": [
                (
                    "It wants the stock code: RM-RED-RB133.",
                    {"lot_id": "LOT-24-5581", "dye": "RM-RED-RB133", "pct_owf": 0.42},
                    '{"ok": false, "error": "LIMIT", "detail": "addition 0.42% owf exceeds 10% of recipe dye total (0.38%) without supervisor approval", "request_id": "{rid}"}',
                    True,
                ),
                (
                    "0.42% is over the 10% limit. The spectro correction only needs about 0.08% red plus 0.05% yellow.",
                    {
                        "lot_id": "LOT-24-5581",
                        "additions": [
                            {"dye": "RM-RED-RB133", "pct_owf": 0.08},
                            {"dye": "RM-YEL-3RS", "pct_owf": 0.05},
                        ],
                    },
                    '{"ok": true, "addition_id": "ADD-3310", "machine": "JET-04", "scheduled": "{ts}", "request_id": "{rid}"}',
                    False,
                ),
            ],
            "done": "Addition ADD-3310 (0.08% red RB133, 0.05% yellow 3RS) is scheduled on JET-04; I'll re-read the spectro after the redye.",
        },
        "monologue": [
            "I'll issue the shade correction for LOT-24-5581 once the spectro reading is confirmed.",
            "I'll issue the shade correction for LOT-24-5581 once the spectro reading is confirmed.",
            "I'll issue the shade correction on LOT-24-5581 once the spectro reading has been confirmed.",
        ],
        "nonanswer": {
            "question": "Can LOT-24-5581 ship to Harbour Outdoor as it is, yes or no?",
            "answers": [
                "Shipping readiness depends on colour tolerance, metamerism and fastness results against the customer standard, so those need to be reviewed together.",
                "Whether the lot can ship is determined by how the colour difference, metamerism and fastness compare with CS-07.",
                "That depends on the lot's colour, metamerism and fastness performance relative to the customer's standard.",
                "The shipping decision is based on colour tolerance, metamerism and fastness against the standard, taken as a whole.",
            ],
            "pushbacks": [
                "That's not an answer. dE 1.61 against 1.0 tolerance — can it ship?",
                "You've said the same thing twice. Yes or no?",
                "I need a decision for the customer.",
            ],
            "reread": (
                "spectro_reading",
                {"lot_id": "LOT-24-5581", "sample": "S1"},
                "LOT-24-5581 S1 vs STD Navy 19-4024 (D65/10)\nDL* +0.62  Da* -0.21  Db* -0.88\ndE CMC(2:1) 1.61  tolerance 1.00  -> FAIL (lighter, bluer)\ninstrument DC-650 #2  {ts}",
            ),
        },
        "page": {
            "tool": "list_orders",
            "base": {"status": "open", "sort": "due"},
            "key": "page",
            "tokens": ["2", "3", "4"],
            "pages": [
                [
                    "PO-7781 Harbour Outdoor  Navy 19-4024  612 kg  due Fri  LOT-24-5581 awaiting approval",
                    "PO-7790 Fell & Tor  Moss 18-0330  240 kg  due Fri  not started",
                    "PO-7793 Kinder Kids  Coral 16-1546  90 kg  due Mon  lab dip sent",
                ],
                [
                    "PO-7801 Harbour Outdoor  Charcoal 19-0201  410 kg  due Tue  dyeing",
                    "PO-7804 Northway  Stone 14-1112  520 kg  due Tue  not started",
                    "PO-7806 Fell & Tor  Navy 19-4024  180 kg  due Wed  not started",
                ],
                [
                    "PO-7810 Kinder Kids  Sky 14-4318  75 kg  due Thu  lab dip approved",
                    "PO-7812 Oban Knit  Heather 17-3612  300 kg  due Thu  lab dip rejected",
                    "PO-7815 Northway  Black  800 kg  due next Fri  not started",
                ],
                ["PO-7818 Oban Knit  Ecru undyed  1200 kg  due next Fri  scour only"],
            ],
            "fmt": _tx_page,
            "next_lines": [
                "Next page of open orders.",
                "Continuing through the order book.",
                "More orders — next page.",
            ],
            "final": "10 open orders. Urgent this week: PO-7781 (navy off shade), PO-7790 not started, PO-7812 needs a new lab dip. PO-7806 is also Navy 19-4024, so it should use whatever correction fixes PO-7781.",
        },
        "edit": {
            "edit_tool": "edit_recipe",
            "validate": "validate_recipe",
            "vargs": {"recipe_id": "RCP-NAVY-27-BULK", "machine": "JET-04", "kg": 612},
            "errors": TX_ERRS,
            "vfmt": lambda errs: (
                ("RCP-NAVY-27-BULK check: %d problem(s)\n%s" % (len(errs), "\n".join(errs)))
                if errs
                else "RCP-NAVY-27-BULK check: OK for JET-04, 612 kg"
            ),
            "fixes": [
                (
                    {
                        "recipe_id": "RCP-NAVY-27-BULK",
                        "set": {"RM-RED-RB133": "RM-RED-3BS 0.38%", "liquor_ratio": "1:8"},
                    },
                    "recipe updated (2 changes)",
                    TX_ERRS[:2],
                ),
                (
                    {
                        "recipe_id": "RCP-NAVY-27-BULK",
                        "set": {"salt_gl": 60},
                        "add_step": {
                            "stage": "fixation",
                            "soda_ash_gl": 20,
                            "temp_c": 60,
                            "min": 45,
                        },
                    },
                    "recipe updated (2 changes)",
                    TX_ERRS[2:4],
                ),
                (
                    {
                        "recipe_id": "RCP-NAVY-27-BULK",
                        "set": {"RM-NAVY-GG": "2.90%", "RM-BLK-B": "2.20%"},
                    },
                    "recipe updated (1 change, 1 substitution)",
                    TX_ERRS[4:],
                ),
            ],
            "loop_lines": [
                "Swapping the red dye and liquor ratio again.",
                "Re-applying the red/liquor change.",
            ],
            "prog_lines": [
                "Switching to RM-RED-3BS (in stock) and LR 1:8.",
                "Salt down to 60 g/l and adding the soda ash fixation step.",
                "Bringing total dye under saturation by replacing part of the navy with black.",
            ],
            "done": "RCP-NAVY-27-BULK passes the check for 612 kg on JET-04.",
        },
        "doc_tool": "read_document",
        "doc_key": "doc_id",
        "docs": [
            {
                "id": "CS-07",
                "title": "Harbour Outdoor colour standard",
                "body": "CS-07: dE CMC(2:1) <= 1.0 D65; MI TL84 <= 0.8; wash 4, rub dry 4 / wet 3; shade bands within a PO <= 0.6 dE; approval by customer QA for first bulk lot.",
                "facts": [
                    "dE CMC(2:1) at most 1.0 under D65",
                    "TL84 metamerism at most 0.8",
                    "shade bands within a PO within 0.6 dE",
                    "first bulk lot needs customer QA approval",
                ],
            },
            {
                "id": "QA-NOTE-118",
                "title": "QA note on LOT-24-5570",
                "body": "QA-NOTE-118: previous navy lot 5570 ran lighter/bluer after new RB133 batch; red strength 6% weaker than standard.",
                "facts": [
                    "LOT-24-5570 also ran lighter and bluer",
                    "new RB133 dye batch is 6% weak",
                ],
            },
            {
                "id": "SUPPLIER-COA-RB133",
                "title": "RB133 certificate of analysis",
                "body": "COA batch R-2207: strength 94% vs standard; moisture 5.1%; recommended strength correction factor 1.06.",
                "facts": ["batch R-2207 strength 94%", "correction factor 1.06"],
            },
            {
                "id": "SOP-ADD-02",
                "title": "Shade addition SOP",
                "body": "SOP-ADD-02: additions above 10% of recipe dye total need supervisor sign-off; max two additions per lot before stripping.",
                "facts": [
                    "additions over 10% of recipe dye need sign-off",
                    "at most two additions before stripping",
                ],
            },
        ],
        "synth": "The navy drift is explained: the current RB133 batch is 6% weak (COA factor 1.06), which gave the same lighter/bluer result on 5570. Recipes using R-2207 should scale red by 1.06, the fix for 5581 must land within dE 1.0 and MI 0.8, and the first bulk lot still needs Harbour Outdoor QA sign-off.",
        "poll": {
            "start": (
                "start_batch",
                {"machine": "JET-04", "lot_id": "LOT-24-5581", "program": "REDYE-ADD-3310"},
                '{"ok": true, "batch": "B-JET04-0992", "request_id": "{rid}"}',
            ),
            "tool": "dye_machine_status",
            "args": {"machine": "JET-04"},
            "states": [
                '{"machine": "JET-04", "state": "running", "step": "fill/heat", "temp_c": 41, "elapsed_min": 8}',
                '{"machine": "JET-04", "state": "running", "step": "dyeing", "temp_c": 60, "elapsed_min": 34}',
                '{"machine": "JET-04", "state": "running", "step": "rinse", "temp_c": 40, "elapsed_min": 71}',
                '{"machine": "JET-04", "state": "running", "step": "soaping", "temp_c": 95, "elapsed_min": 96}',
                '{"machine": "JET-04", "state": "unloading", "step": "done", "elapsed_min": 118, "sample_ready": true}',
            ],
            "waits": [1200, 1500, 1800],
            "mid": [
                "Dyeing at 60C now.",
                "Through the dyeing step; waiting for rinse and soaping.",
            ],
            "final": "The redye on JET-04 has finished and a sample is ready; next is the spectro reading on the corrected lot.",
        },
        "batch": {
            "tool": "spectro_reading",
            "intro": "Reading each roll of the corrected lot to shade-band it.",
            "items": [
                ({"lot_id": "LOT-24-5581", "sample": "R01"}, "R01 dE CMC 0.41 PASS  DL* -0.12"),
                ({"lot_id": "LOT-24-5581", "sample": "R02"}, "R02 dE CMC 0.38 PASS  DL* -0.09"),
                ({"lot_id": "LOT-24-5581", "sample": "R03"}, "R03 dE CMC 0.52 PASS  DL* +0.21"),
                ({"lot_id": "LOT-24-5581", "sample": "R04"}, "R04 dE CMC 0.47 PASS  DL* +0.18"),
                ({"lot_id": "LOT-24-5581", "sample": "R05"}, "R05 dE CMC 0.88 PASS  DL* +0.55"),
                ({"lot_id": "LOT-24-5581", "sample": "R06"}, "R06 dE CMC 0.93 PASS  DL* +0.61"),
            ],
            "mid": "First three rolls are within 0.52.",
            "final": "All rolls pass dE 1.0. R01-R04 form one band; R05-R06 are lighter (DL* around +0.6) and should be a second band so the cutters don't mix them.",
        },
        "recheck": {
            "ask": "What did the wash fastness test on 5581 come back as?",
            "ack": "Looking up the lab result.",
            "tool": "lab_test_result",
            "args": {"lot_id": "LOT-24-5581", "test": "ISO 105-C06"},
            "obs1": '{"lot_id": "LOT-24-5581", "test": "ISO 105-C06", "status": "in_progress", "result": null, "request_id": "{rid}"}',
            "report1": "It's still in progress; no result yet.",
            "recheck": "Lab says they've just entered it. Could you check again?",
            "ack2": "Checking again.",
            "obs2": '{"lot_id": "LOT-24-5581", "test": "ISO 105-C06", "status": "complete", "result": {"change": "4", "stain_cotton": "4-5", "stain_poly": "4"}, "entered": "{ts}", "request_id": "{rid}"}',
            "follow": (
                "customer_standard",
                {"customer": "Harbour Outdoor", "shade": "Navy 19-4024"},
                "Harbour Outdoor CS-07: wash fastness 4; rub dry 4 / wet 3",
            ),
            "report2": "The result is in now: colour change 4, staining 4-5 on cotton and 4 on polyester. That meets CS-07's grade 4 requirement.",
        },
        "flaky": {
            "ok_call": (
                "spectro_reading",
                {"lot_id": "LOT-24-5581", "sample": "S2"},
                "LOT-24-5581 S2 vs STD Navy 19-4024 (D65/10)\nDL* -0.10  Da* +0.06  Db* -0.18\ndE CMC(2:1) 0.44  -> PASS\nMI TL84 0.52  instrument DC-650 #2  {ts}",
            ),
            "errs": [
                "InstrumentError: DC-650 #2 not responding on COM4 (calibration tile check pending)",
                "InstrumentError: white tile calibration expired; recalibrating... timeout",
            ],
            "intro": "Taking the post-addition reading S2.",
            "retry_line": "The spectro dropped its connection mid-calibration; trying again.",
            "next": (
                "set_lot_status",
                {"lot_id": "LOT-24-5581", "status": "submitted_for_customer_qa"},
                '{"ok": true, "request_id": "{rid}"}',
            ),
            "final": "S2 reads dE 0.44 with MI 0.52 under TL84, both within CS-07. Lot submitted for Harbour Outdoor QA approval.",
        },
        "chunks": {
            "tool": "upload_roll_inspections",
            "args": {"lot_id": "LOT-24-5581", "source": "inspection_5581.csv"},
            "offset_key": "offset",
            "total": 96,
            "size": 24,
            "counts": [(24, 0), (23, 1), (24, 0), (22, 2)],
            "obs": '{"rolls": "{off}-{end}", "accepted": {ok}, "defect_flagged": {flagged}, "request_id": "{rid}"}',
            "status": "Roll inspections uploaded: {done}/{total} ({pct}%).",
            "final": "All 96 rolls uploaded; 3 were flagged for defects (2 crease marks, 1 selvedge tint) and are held.",
        },
        "compare": {
            "a_tool": "lab_dip_reading",
            "b_tool": "spectro_reading",
            "records": [
                (
                    "D65",
                    {"dip_id": "LD-27-03", "illuminant": "D65"},
                    "LD-27-03 D65 dE 0.31 vs std",
                    {"lot_id": "LOT-24-5581", "sample": "S2", "illuminant": "D65"},
                    "S2 D65 dE 0.44 vs std",
                ),
                (
                    "TL84",
                    {"dip_id": "LD-27-03", "illuminant": "TL84"},
                    "LD-27-03 TL84 dE 0.48",
                    {"lot_id": "LOT-24-5581", "sample": "S2", "illuminant": "TL84"},
                    "S2 TL84 dE 0.96",
                ),
                (
                    "A",
                    {"dip_id": "LD-27-03", "illuminant": "A"},
                    "LD-27-03 A dE 0.55",
                    {"lot_id": "LOT-24-5581", "sample": "S2", "illuminant": "A"},
                    "S2 A dE 0.61",
                ),
            ],
            "notes": {
                "D65": "Daylight: bulk within 0.13 of the approved dip.",
                "TL84": "TL84: bulk doubles the dip's difference (0.96 vs 0.48).",
                "A": "Incandescent: close to the dip.",
            },
            "final": "Bulk matches the approved lab dip under D65 and A, but under TL84 it's 0.96 vs 0.48 on the dip — close to the customer's limit. I'd send it with a note on TL84 rather than hold it.",
        },
        "plan": {
            "plan": "Plan for PO-7806 (Fell & Tor, same navy): 1) read the order, 2) scale RCP-NAVY-27 for 180 kg with the RB133 correction, 3) validate on JET-02, 4) book the machine, 5) tell planning.",
            "steps": [
                (
                    "order_get",
                    {"po": "PO-7806"},
                    '{"po": "PO-7806", "customer": "Fell & Tor", "shade": "Navy 19-4024", "kg": 180, "substrate": "180gsm fleece", "due": "Wed"}',
                ),
                (
                    "scale_recipe",
                    {
                        "recipe_id": "RCP-NAVY-27",
                        "kg": 180,
                        "strength_factors": {"RM-RED-RB133": 1.06},
                    },
                    '{"recipe_id": "RCP-NAVY-27-S180", "dyes_g": {"RM-NAVY-GG": 5220, "RM-RED-RB133": 801, "RM-YEL-3RS": 504}}',
                ),
                (
                    "validate_recipe",
                    {"recipe_id": "RCP-NAVY-27-S180", "machine": "JET-02", "kg": 180},
                    "RCP-NAVY-27-S180 check: OK for JET-02, 180 kg",
                ),
                (
                    "book_machine",
                    {"machine": "JET-02", "recipe_id": "RCP-NAVY-27-S180", "slot": "Tue 06:00"},
                    '{"ok": true, "booking": "JET02-Tue-0600", "request_id": "{rid}"}',
                ),
                (
                    "notify",
                    {
                        "to": "planning",
                        "text": "PO-7806 booked JET-02 Tue 06:00 with RB133 strength correction",
                    },
                    '{"sent": true}',
                ),
            ],
            "notes": [
                "Scaled with the 1.06 factor for the weak red batch.",
                "Recipe validates and JET-02 is booked.",
            ],
            "final": "PO-7806 is set: recipe RCP-NAVY-27-S180 (red corrected for batch strength) booked on JET-02 Tuesday 06:00, in time for Wednesday; planning informed.",
        },
    }
)


# ======================================================= helm_chart_upgrade
def _hc_page(items, nxt, i):
    return "NAME\tNAMESPACE\tREVISION\tSTATUS\tCHART\tAPP VERSION\n{}\n# continue: {}".format(
        "\n".join(items), nxt or "<none>"
    )


HC_ERRS = [
    "templates/deployment.yaml: spec.template.spec.containers[0].resources.limits.cpu: '500' should be a quantity string like '500m'",
    "values.yaml: ingress.className 'nginx-internal' not found; IngressClasses: nginx, nginx-private",
    "templates/hpa.yaml: autoscaling/v2beta2 is not available in Kubernetes 1.29 (use autoscaling/v2)",
    "templates/pdb.yaml: minAvailable 3 >= replicaCount 3 blocks all voluntary evictions",
]

DOMAINS.append(
    {
        "name": "helm_chart_upgrade",
        "seq_base": 14,
        "user": [
            (
                "Can you upgrade orders-api on prod-eu to chart 5.x today? Staging went fine last week, I think.",
                "Sure. I'll check the current release state and what changed in the chart first.",
            ),
            (
                "Platform on-call handover: the orders-api chart bump and the ingress-nginx upgrade are yours. Go carefully on prod.",
                "Understood. Reading release status and cluster state first.",
            ),
            (
                "Please take the Helm upgrade ticket PLAT-2291 (orders-api 4.8 -> 5.2) and the tenant rollout after it.",
                "Okay, starting with the releases and chart notes.",
            ),
        ],
        "openers": [
            (
                "helm_status",
                {"release": "orders-api", "namespace": "orders"},
                "NAME: orders-api\nLAST DEPLOYED: {ts}\nNAMESPACE: orders\nSTATUS: deployed\nREVISION: 13\nCHART: orders-api-4.8.2\nAPP VERSION: 2026.07.3",
            ),
            (
                "kubectl_get",
                {
                    "resource": "pods",
                    "namespace": "orders",
                    "selector": "app.kubernetes.io/name=orders-api",
                },
                "NAME                          READY   STATUS    RESTARTS   AGE\norders-api-6c9f8b7d54-2kq8x   1/1     Running   0          3d4h\norders-api-6c9f8b7d54-9wz7t   1/1     Running   0          3d4h\norders-api-6c9f8b7d54-t5m2c   1/1     Running   1          3d4h",
            ),
            (
                "helm_diff",
                {
                    "release": "orders-api",
                    "namespace": "orders",
                    "chart": "internal/orders-api",
                    "version": "5.2.0",
                    "values": "values-prod-eu.yaml",
                },
                "orders, orders-api, Deployment (apps) has changed:\n-   app: orders-api\n+   app.kubernetes.io/name: orders-api\n+   app.kubernetes.io/instance: orders-api\n... 41 lines changed across 6 resources",
            ),
            (
                "read_file",
                {"path": "charts/orders-api/CHANGELOG.md", "lines": "1-20"},
                "## 5.0.0\n- BREAKING: selector labels moved to app.kubernetes.io/* (immutable on Deployments)\n- add values.schema.json\n## 5.2.0\n- HPA uses autoscaling/v2\n- optional compat.legacySelector for in-place upgrades",
            ),
            (
                "kubectl_get",
                {"resource": "nodes", "output": "wide"},
                "NAME            STATUS   ROLES    AGE    VERSION\nip-10-4-12-31   Ready    <none>   41d    v1.29.6-eks-1de2ab1\nip-10-4-19-77   Ready    <none>   41d    v1.29.6-eks-1de2ab1\nip-10-4-33-02   Ready    <none>   12d    v1.29.6-eks-1de2ab1",
            ),
        ],
        "stuck": {
            "call": (
                "helm_status",
                {"release": "orders-api", "namespace": "orders"},
                "NAME: orders-api\nLAST DEPLOYED: Tue Aug 11 09:12:40 2026\nNAMESPACE: orders\nSTATUS: pending-upgrade\nREVISION: 14\nCHART: orders-api-5.2.0\nAPP VERSION: 2026.08.1",
            ),
            "intro": [
                "The upgrade command returned. Let me wait for revision 14 to show deployed before moving on.",
                "I'll confirm the release reaches 'deployed' before touching ingress-nginx.",
            ],
            "again": [
                "Still pending-upgrade. Checking the release again.",
                "Status unchanged at revision 14. Looking again.",
                "Still pending — re-checking helm status.",
            ],
        },
        "search": {
            "tool": "search_code",
            "key": "query",
            "base": {"query": "", "repo": "platform/helm-values"},
            "paraphrases": [
                "orders-api legacy selector override",
                "override legacy selector orders-api",
                "orders-api keep old selector labels",
                "legacy selector labels orders-api values",
                "orders-api selector compatibility setting",
            ],
            "same_obs": '{"total": 2, "hits": [{"path": "clusters/staging/orders-api/values.yaml", "line": 3, "text": "# TODO selector"}, {"path": "README.md", "line": 88, "text": "orders-api values live per cluster"}], "took_ms": {ms}}',
            "retry_lines": [
                "Just a TODO and the README. Rephrasing.",
                "Same two hits. Trying other words.",
                "Still not finding the override — rewording.",
            ],
            "refine": [
                (
                    "Searching the values repo for orders-api first.",
                    {"query": "orders-api", "repo": "platform/helm-values"},
                    '{"total": 63, "hits": ["clusters/*/orders-api/values.yaml x7", "... 56 more"], "took_ms": {ms}}',
                ),
                (
                    "Restricting to the prod clusters.",
                    {
                        "query": "orders-api",
                        "repo": "platform/helm-values",
                        "path": "clusters/prod-*",
                    },
                    '{"total": 14, "hits": ["clusters/prod-eu/orders-api/values.yaml", "clusters/prod-us/orders-api/values.yaml", "... 12 more"], "took_ms": {ms}}',
                ),
                (
                    "Looking for selector-related keys in those.",
                    {
                        "query": "selector",
                        "repo": "platform/helm-values",
                        "path": "clusters/prod-*/orders-api",
                    },
                    '{"total": 3, "hits": [{"path": "clusters/prod-us/orders-api/values.yaml", "line": 12, "text": "compat:"}, {"path": "clusters/prod-us/orders-api/values.yaml", "line": 13, "text": "  legacySelector: true"}, {"path": "clusters/prod-eu/orders-api/values.yaml", "line": 40, "text": "podSelector: {}"}], "took_ms": {ms}}',
                ),
                (
                    "Only the compat key.",
                    {
                        "query": "legacySelector",
                        "repo": "platform/helm-values",
                        "path": "clusters/prod-*",
                    },
                    '{"total": 1, "hits": [{"path": "clusters/prod-us/orders-api/values.yaml", "line": 13, "text": "  legacySelector: true", "commit": "a41c9e2"}], "took_ms": {ms}}',
                ),
            ],
            "refine_final": "Only prod-us sets compat.legacySelector: true (commit a41c9e2); prod-eu doesn't, which is why the in-place upgrade there would hit the immutable selector. I'll add the same override to prod-eu.",
        },
        "ab": {
            "a": (
                "helm_upgrade",
                {
                    "release": "orders-api",
                    "namespace": "orders",
                    "chart": "internal/orders-api",
                    "version": "5.2.0",
                    "values": ["values-prod-eu.yaml"],
                    "atomic": True,
                },
                'Release "orders-api" has been upgraded. Happy Helming!\nREVISION: {seq}\nSTATUS: deployed',
            ),
            "b": (
                "helm_rollback",
                {"release": "orders-api", "namespace": "orders", "revision": 13},
                "Rollback was a success! Happy Helming!\n(revision {seq} -> orders-api-4.8.2)",
            ),
            "la": [
                "Diff looks as expected and staging ran 5.2, so upgrading prod-eu to 5.2.0.",
                "Pods came up fine on 5.2 and the error rate looks normal; rolling forward again.",
            ],
            "lb": [
                "There's a spike of 502s on the dashboard; rolling back to 4.8.2 to be safe.",
                "Seeing some 5xx; back to revision 13.",
            ],
        },
        "abc": [
            (
                "kubectl_get",
                {
                    "resource": "pods",
                    "namespace": "orders",
                    "selector": "app.kubernetes.io/name=orders-api",
                },
                "NAME                          READY   STATUS             RESTARTS   AGE\norders-api-7d4c9f6b8-hx2lp    0/1     CrashLoopBackOff   5          6m\norders-api-6c9f8b7d54-2kq8x   1/1     Running            0          3d4h",
            ),
            (
                "kubectl_logs",
                {"pod": "orders-api-7d4c9f6b8-hx2lp", "namespace": "orders", "tail": 5},
                "2026-08-11T09:18:02Z INFO starting orders-api 2026.08.1\n2026-08-11T09:18:02Z ERROR config: env ORDERS_DB_POOL_SIZE not set\n2026-08-11T09:18:02Z FATAL exiting",
            ),
            (
                "helm_status",
                {"release": "orders-api", "namespace": "orders"},
                "NAME: orders-api\nNAMESPACE: orders\nSTATUS: deployed\nREVISION: 15\nCHART: orders-api-5.2.0",
            ),
        ],
        "abc_lines": [
            "The new pod is crashing on a missing env var. Let me look at pods, logs and release again.",
            "Checking the same three things again to be sure.",
        ],
        "fail": {
            "tool": "helm_upgrade",
            "args": {
                "release": "orders-api",
                "namespace": "orders",
                "chart": "internal/orders-api",
                "version": "5.2.0",
                "values": ["values-prod-eu.yaml"],
            },
            "err": 'Error: UPGRADE FAILED: cannot patch "orders-api" with kind Deployment: Deployment.apps "orders-api" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app.kubernetes.io/instance":"orders-api", "app.kubernetes.io/name":"orders-api"}}: field is immutable',
            "intro": ["Running the upgrade to 5.2.0 on prod-eu.", "Applying chart 5.2.0."],
            "retry_lines": ["Upgrade failed. Running it again.", "Failed again; retrying."],
            "cosmetic": [
                {
                    "release": "orders-api",
                    "namespace": "orders",
                    "chart": "internal/orders-api",
                    "version": "5.2.0",
                    "values": ["values-prod-eu.yaml"],
                    "atomic": True,
                    "timeout": "10m",
                },
                {
                    "release": "orders-api",
                    "namespace": "orders",
                    "chart": "internal/orders-api",
                    "version": "5.2.0",
                    "values": ["values-prod-eu.yaml"],
                    "wait": True,
                },
                {
                    "release": "orders-api",
                    "namespace": "orders",
                    "chart": "internal/orders-api",
                    "version": "5.2.0",
                    "values": ["values-prod-eu.yaml"],
                    "cleanup_on_fail": True,
                    "timeout": "15m",
                },
            ],
            "cosmetic_lines": [
                "Perhaps it needs more time — adding --atomic and a longer timeout.",
                "Trying with --wait / cleanup flags.",
            ],
            "direct_why": "The Deployment selector is immutable; the chart's supported switch for in-place upgrades is compat.legacySelector=true.",
            "fix_steps": [
                (
                    "The selector change is immutable. Overriding the selector labels via values.",
                    {
                        "release": "orders-api",
                        "namespace": "orders",
                        "chart": "internal/orders-api",
                        "version": "5.2.0",
                        "values": ["values-prod-eu.yaml"],
                        "set": {"selectorLabels.app": "orders-api"},
                    },
                    "Error: values don't meet the specifications of the schema(s) in the following chart(s):\norders-api:\n- (root): Additional property selectorLabels is not allowed",
                    True,
                ),
                (
                    "The schema doesn't allow that; the chart's supported switch is compat.legacySelector (as prod-us uses).",
                    {
                        "release": "orders-api",
                        "namespace": "orders",
                        "chart": "internal/orders-api",
                        "version": "5.2.0",
                        "values": ["values-prod-eu.yaml"],
                        "set": {"compat.legacySelector": True},
                        "atomic": True,
                    },
                    'Release "orders-api" has been upgraded. Happy Helming!\nNAME: orders-api\nNAMESPACE: orders\nSTATUS: deployed\nREVISION: 14',
                    False,
                ),
            ],
            "done": "orders-api is on chart 5.2.0 (revision 14) with compat.legacySelector, so the Deployment kept its selector. I'll watch the rollout.",
        },
        "monologue": [
            "I'll proceed with the orders-api upgrade on prod-eu once the diff has been reviewed.",
            "I'll proceed with the orders-api upgrade on prod-eu once the diff has been reviewed.",
            "I'll go ahead with the orders-api upgrade on prod-eu once the diff is reviewed.",
        ],
        "nonanswer": {
            "question": "Did the orders-api 5.2 upgrade actually work on staging last week or not? The ticket doesn't say.",
            "answers": [
                "Helm upgrade outcomes depend on the release history, the chart changes and the cluster's state at the time, so it's useful to consider those together.",
                "Whether it succeeded is determined by the release history and the state of the workload after the upgrade, along with the chart changes involved.",
                "The success of an upgrade depends on release status, workload health and the changes applied, which all need to be taken into account.",
                "An upgrade's outcome is a combination of release history, chart differences and workload state.",
            ],
            "pushbacks": [
                "That's not what I asked. Look at the staging release history — did it work?",
                "Again, no answer. Deployed or failed?",
                "One word please.",
            ],
            "reread": (
                "helm_history",
                {"release": "orders-api", "namespace": "orders", "kube_context": "staging"},
                'REVISION  UPDATED                   STATUS      CHART              DESCRIPTION\n21        Tue Aug  4 14:02:11 2026  superseded  orders-api-4.8.2   Upgrade complete\n22        Tue Aug  4 15:40:27 2026  failed      orders-api-5.2.0   Upgrade "orders-api" failed: cannot patch ... field is immutable\n23        Tue Aug  4 15:44:03 2026  deployed    orders-api-4.8.2   Rollback to 21',
            ),
        },
        "page": {
            "tool": "list_releases",
            "base": {"all_namespaces": True, "filter": "orders|ingress|tenant", "max": 3},
            "key": "offset",
            "tokens": ["3", "6", "9"],
            "pages": [
                [
                    "orders-api\torders\t13\tdeployed\torders-api-4.8.2\t2026.07.3",
                    "orders-worker\torders\t22\tdeployed\torders-worker-4.8.2\t2026.07.3",
                    "ingress-nginx\tingress\t9\tdeployed\tingress-nginx-4.7.1\t1.8.1",
                ],
                [
                    "tenant-acme\ttenant-acme\t4\tdeployed\ttenant-stack-2.1.0\t2.1",
                    "tenant-bolt\ttenant-bolt\t4\tdeployed\ttenant-stack-2.1.0\t2.1",
                    "tenant-cairn\ttenant-cairn\t3\tfailed\ttenant-stack-2.1.0\t2.1",
                ],
                [
                    "tenant-delta\ttenant-delta\t5\tdeployed\ttenant-stack-2.0.3\t2.0",
                    "tenant-ember\ttenant-ember\t4\tdeployed\ttenant-stack-2.1.0\t2.1",
                    "tenant-fjord\ttenant-fjord\t2\tpending-install\ttenant-stack-2.1.0\t2.1",
                ],
                ["orders-reports\torders\t7\tdeployed\torders-reports-1.3.0\t1.3"],
            ],
            "fmt": _hc_page,
            "next_lines": [
                "Next page of releases.",
                "Continuing with the next offset.",
                "More releases to list.",
            ],
            "final": "10 matching releases. orders-api and orders-worker are on 4.8.2, ingress-nginx is 4.7.1, tenant-cairn is failed, tenant-fjord stuck in pending-install, and tenant-delta still on 2.0.3. Those two broken tenants need attention before the tenant rollout.",
        },
        "edit": {
            "edit_tool": "edit_file",
            "validate": "helm_lint",
            "vargs": {
                "chart": "charts/orders-api",
                "values": "clusters/prod-eu/orders-api/values.yaml",
                "kube_version": "1.29",
            },
            "errors": HC_ERRS,
            "vfmt": lambda errs: (
                (
                    "==> Linting charts/orders-api\n%s\n\nError: %d chart(s) linted, 1 chart(s) failed"
                    % ("\n".join("[ERROR] " + e for e in errs), 1)
                )
                if errs
                else "==> Linting charts/orders-api\n[INFO] Chart.yaml: icon is recommended\n\n1 chart(s) linted, 0 chart(s) failed"
            ),
            "fixes": [
                (
                    {
                        "path": "charts/orders-api/values.yaml",
                        "edits": [
                            {"find": "cpu: 500", "replace": "cpu: 500m"},
                            {
                                "find": "className: nginx-internal",
                                "replace": "className: nginx-private",
                            },
                        ],
                    },
                    "2 replacements in charts/orders-api/values.yaml",
                    HC_ERRS[:2],
                ),
                (
                    {
                        "path": "charts/orders-api/templates/hpa.yaml",
                        "edits": [{"find": "autoscaling/v2beta2", "replace": "autoscaling/v2"}],
                    },
                    "1 replacement in templates/hpa.yaml",
                    HC_ERRS[2:3],
                ),
                (
                    {
                        "path": "charts/orders-api/templates/pdb.yaml",
                        "edits": [
                            {
                                "find": "minAvailable: {{ .Values.replicaCount }}",
                                "replace": "maxUnavailable: 1",
                            }
                        ],
                    },
                    "1 replacement in templates/pdb.yaml",
                    HC_ERRS[3:],
                ),
            ],
            "loop_lines": [
                "Fixing the cpu quantity and ingress class again.",
                "Re-applying the values.yaml fix.",
            ],
            "prog_lines": [
                "CPU limit as 500m and the ingress class that exists (nginx-private).",
                "HPA API version for 1.29.",
                "PDB: maxUnavailable 1 so drains can proceed.",
            ],
            "done": "helm lint passes against Kubernetes 1.29. Opening the PR.",
        },
        "doc_tool": "read_file",
        "doc_key": "path",
        "docs": [
            {
                "id": "charts/orders-api/UPGRADING.md",
                "title": "orders-api upgrade notes",
                "body": "## 4.x -> 5.x\nSelector labels changed (immutable). Either set compat.legacySelector=true for in-place upgrade, or delete the Deployment with --cascade=orphan first. New required env ORDERS_DB_POOL_SIZE (default removed).",
                "facts": [
                    "selector labels changed and are immutable",
                    "use compat.legacySelector=true or orphan-delete the Deployment",
                    "ORDERS_DB_POOL_SIZE is now required",
                ],
            },
            {
                "id": "docs/runbooks/helm-prod.md",
                "title": "Prod Helm runbook",
                "body": "Prod upgrades: use --atomic, change window Tue-Thu 10:00-16:00 UTC, announce in #platform-changes, keep previous revision for rollback, watch orders_5xx_rate for 15 min.",
                "facts": [
                    "always --atomic",
                    "window Tue-Thu 10:00-16:00 UTC",
                    "announce in #platform-changes",
                    "watch orders_5xx_rate for 15 minutes",
                ],
            },
            {
                "id": "charts/ingress-nginx/CHANGELOG-4.10.md",
                "title": "ingress-nginx 4.10 changelog",
                "body": "4.10.0: controller 1.10.0; drops support for k8s < 1.26; annotation snippets disabled by default (allowSnippetAnnotations=false).",
                "facts": [
                    "controller 1.10.0",
                    "needs Kubernetes 1.26+",
                    "snippet annotations off by default",
                ],
            },
            {
                "id": "docs/adr/ADR-031-tenant-stack.md",
                "title": "ADR-031 tenant stack versions",
                "body": "ADR-031: tenants must be on tenant-stack >= 2.1 before any shared ingress upgrade; failed tenant releases block the wave.",
                "facts": [
                    "tenants need tenant-stack 2.1+ before ingress upgrades",
                    "failed tenant releases block the wave",
                ],
            },
        ],
        "synth": "Upgrade path: for orders-api set compat.legacySelector=true (or orphan-delete), add ORDERS_DB_POOL_SIZE, run with --atomic inside Tue-Thu 10-16 UTC and watch 5xx for 15 min. ingress-nginx 4.10 is fine on our 1.29 nodes but disables snippet annotations, and ADR-031 says tenants must be on 2.1 first — tenant-delta isn't.",
        "poll": {
            "start": (
                "helm_upgrade",
                {
                    "release": "orders-api",
                    "namespace": "orders",
                    "chart": "internal/orders-api",
                    "version": "5.2.0",
                    "values": ["values-prod-eu.yaml"],
                    "set": {"compat.legacySelector": True},
                    "atomic": True,
                    "wait": False,
                },
                'Release "orders-api" has been upgraded. Happy Helming!\nREVISION: 14',
            ),
            "tool": "kubectl_rollout_status",
            "args": {"resource": "deployment/orders-api", "namespace": "orders", "watch": False},
            "states": [
                'Waiting for deployment "orders-api" rollout to finish: 1 out of 3 new replicas have been updated...',
                'Waiting for deployment "orders-api" rollout to finish: 2 out of 3 new replicas have been updated...',
                'Waiting for deployment "orders-api" rollout to finish: 1 old replicas are pending termination...',
                'Waiting for deployment "orders-api" rollout to finish: 2 of 3 updated replicas are available...',
                'deployment "orders-api" successfully rolled out',
            ],
            "waits": [30, 45, 60],
            "mid": ["Two of three replicas updated.", "Rollout progressing; old pods terminating."],
            "final": "orders-api rolled out successfully on 5.2.0; all three replicas are on the new ReplicaSet. Watching orders_5xx_rate for the next 15 minutes as per the runbook.",
        },
        "batch": {
            "tool": "helm_upgrade",
            "intro": "Upgrading the tenant releases to tenant-stack 2.1.1 one at a time.",
            "items": [
                (
                    {
                        "release": "tenant-acme",
                        "namespace": "tenant-acme",
                        "chart": "internal/tenant-stack",
                        "version": "2.1.1",
                        "atomic": True,
                    },
                    'Release "tenant-acme" has been upgraded.\nREVISION: 5\nSTATUS: deployed',
                ),
                (
                    {
                        "release": "tenant-bolt",
                        "namespace": "tenant-bolt",
                        "chart": "internal/tenant-stack",
                        "version": "2.1.1",
                        "atomic": True,
                    },
                    'Release "tenant-bolt" has been upgraded.\nREVISION: 5\nSTATUS: deployed',
                ),
                (
                    {
                        "release": "tenant-delta",
                        "namespace": "tenant-delta",
                        "chart": "internal/tenant-stack",
                        "version": "2.1.1",
                        "atomic": True,
                    },
                    'Release "tenant-delta" has been upgraded.\nREVISION: 6\nSTATUS: deployed',
                ),
                (
                    {
                        "release": "tenant-ember",
                        "namespace": "tenant-ember",
                        "chart": "internal/tenant-stack",
                        "version": "2.1.1",
                        "atomic": True,
                    },
                    "Error: UPGRADE FAILED: release tenant-ember failed, and has been rolled back due to atomic being set: timed out waiting for the condition",
                ),
                (
                    {
                        "release": "tenant-cairn",
                        "namespace": "tenant-cairn",
                        "chart": "internal/tenant-stack",
                        "version": "2.1.1",
                        "atomic": True,
                    },
                    'Release "tenant-cairn" has been upgraded.\nREVISION: 4\nSTATUS: deployed',
                ),
                (
                    {
                        "release": "tenant-gale",
                        "namespace": "tenant-gale",
                        "chart": "internal/tenant-stack",
                        "version": "2.1.1",
                        "atomic": True,
                    },
                    'Release "tenant-gale" has been upgraded.\nREVISION: 3\nSTATUS: deployed',
                ),
            ],
            "mid": "acme, bolt and delta are on 2.1.1.",
            "final": "Tenants upgraded to 2.1.1, except tenant-ember, which timed out and was rolled back by --atomic; I'll look at its pod events next.",
        },
        "recheck": {
            "ask": "Is tenant-fjord still stuck in pending-install?",
            "ack": "Checking its status.",
            "tool": "helm_status",
            "args": {"release": "tenant-fjord", "namespace": "tenant-fjord"},
            "obs1": "NAME: tenant-fjord\nNAMESPACE: tenant-fjord\nSTATUS: pending-install\nREVISION: 2\nCHART: tenant-stack-2.1.0",
            "report1": "Yes, tenant-fjord is still pending-install at revision 2.",
            "recheck": "Sven says he just cleared the stale lock secret and reran the install. Can you look again?",
            "ack2": "Re-checking.",
            "obs2": "NAME: tenant-fjord\nLAST DEPLOYED: {ts}\nNAMESPACE: tenant-fjord\nSTATUS: deployed\nREVISION: 3\nCHART: tenant-stack-2.1.1",
            "follow": (
                "kubectl_get",
                {"resource": "pods", "namespace": "tenant-fjord"},
                "NAME                          READY   STATUS    RESTARTS   AGE\nfjord-web-5b7c9d8f6-q2w8e     1/1     Running   0          2m\nfjord-worker-7f6d5c4b3-l9k2j  1/1     Running   0          2m",
            ),
            "report2": "It's fixed now: tenant-fjord is deployed at revision 3 on tenant-stack 2.1.1, and its pods have been running for a couple of minutes.",
        },
        "flaky": {
            "ok_call": (
                "helm_repo_update",
                {"repos": ["internal", "ingress-nginx"]},
                'Hang tight while we grab the latest from your chart repositories...\n...Successfully got an update from the "internal" chart repository\n...Successfully got an update from the "ingress-nginx" chart repository\nUpdate Complete.',
            ),
            "errs": [
                '...Unable to get an update from the "internal" chart repository (https://charts.internal.example/):\n\tGet "https://charts.internal.example/index.yaml": net/http: TLS handshake timeout',
                'Error: looks like "https://charts.internal.example/" is not a valid chart repository or cannot be reached: 502 Bad Gateway',
            ],
            "intro": "Refreshing the chart repos before the ingress-nginx upgrade.",
            "retry_line": "TLS handshake timeout on the internal repo — transient. Trying again.",
            "next": (
                "helm_search",
                {"chart": "ingress-nginx/ingress-nginx", "version": "4.10.*"},
                "NAME                       \tCHART VERSION\tAPP VERSION\ningress-nginx/ingress-nginx\t4.10.1       \t1.10.1",
            ),
            "final": "Repos are updated and ingress-nginx 4.10.1 (controller 1.10.1) is available for the upgrade.",
        },
        "chunks": {
            "tool": "helm_upgrade_wave",
            "args": {
                "chart": "internal/tenant-stack",
                "version": "2.1.1",
                "selector": "tier=standard",
            },
            "offset_key": "start",
            "total": 48,
            "size": 12,
            "counts": [(12, 0), (11, 1), (12, 0), (12, 0)],
            "obs": '{"tenants": "{off}-{end}", "upgraded": {ok}, "rolled_back": {flagged}, "wave_id": "w-{rid}"}',
            "status": "Tenant wave: {done}/{total} tenants processed ({pct}%).",
            "final": "All 48 standard tenants processed: 47 on 2.1.1, one rolled back by --atomic (listed in the wave report).",
        },
        "compare": {
            "a_tool": "helm_get_values",
            "b_tool": "helm_get_values",
            "records": [
                (
                    "replicas",
                    {"release": "orders-api", "kube_context": "staging", "key": "replicaCount"},
                    "replicaCount: 2",
                    {"release": "orders-api", "kube_context": "prod-eu", "key": "replicaCount"},
                    "replicaCount: 3",
                ),
                (
                    "compat",
                    {"release": "orders-api", "kube_context": "staging", "key": "compat"},
                    "compat:\n  legacySelector: true",
                    {"release": "orders-api", "kube_context": "prod-eu", "key": "compat"},
                    "null",
                ),
                (
                    "env",
                    {"release": "orders-api", "kube_context": "staging", "key": "env"},
                    'env:\n  ORDERS_DB_POOL_SIZE: "20"',
                    {"release": "orders-api", "kube_context": "prod-eu", "key": "env"},
                    'env:\n  ORDERS_FEATURE_X: "on"',
                ),
            ],
            "notes": {
                "replicas": "Replica counts differ as expected (2 vs 3).",
                "compat": "prod-eu lacks compat.legacySelector.",
                "env": "prod-eu is missing ORDERS_DB_POOL_SIZE.",
            },
            "final": "Besides the expected replica difference, prod-eu lacks two things staging has: compat.legacySelector=true and ORDERS_DB_POOL_SIZE. Both explain the failures we'd hit; I'll add them to values-prod-eu.yaml.",
        },
        "plan": {
            "plan": "Plan for ingress-nginx 4.7.1 -> 4.10.1: 1) check node versions, 2) find Ingresses using snippet annotations, 3) diff, 4) upgrade with --atomic, 5) smoke test.",
            "steps": [
                (
                    "kubectl_get",
                    {
                        "resource": "nodes",
                        "output": "custom-columns=VERSION:.status.nodeInfo.kubeletVersion",
                    },
                    "VERSION\nv1.29.6-eks-1de2ab1\nv1.29.6-eks-1de2ab1\nv1.29.6-eks-1de2ab1",
                ),
                (
                    "kubectl_get",
                    {
                        "resource": "ingress",
                        "all_namespaces": True,
                        "jsonpath": "snippet annotations",
                    },
                    "tenant-acme/acme-web: nginx.ingress.kubernetes.io/configuration-snippet",
                ),
                (
                    "helm_diff",
                    {
                        "release": "ingress-nginx",
                        "namespace": "ingress",
                        "chart": "ingress-nginx/ingress-nginx",
                        "version": "4.10.1",
                        "set": {"controller.allowSnippetAnnotations": True},
                    },
                    "ingress, ingress-nginx-controller, Deployment (apps) has changed:\n-  image: registry.k8s.io/ingress-nginx/controller:v1.8.1\n+  image: registry.k8s.io/ingress-nginx/controller:v1.10.1\n... 12 lines",
                ),
                (
                    "helm_upgrade",
                    {
                        "release": "ingress-nginx",
                        "namespace": "ingress",
                        "chart": "ingress-nginx/ingress-nginx",
                        "version": "4.10.1",
                        "set": {"controller.allowSnippetAnnotations": True},
                        "atomic": True,
                    },
                    'Release "ingress-nginx" has been upgraded. Happy Helming!\nREVISION: 10\nSTATUS: deployed',
                ),
                (
                    "http_probe",
                    {"url": "https://acme.example.com/healthz", "count": 5},
                    "5/5 200 OK  p50 41ms  p99 88ms",
                ),
            ],
            "notes": [
                "Nodes are 1.29 and one Ingress uses a snippet, so I'll keep snippets enabled for now.",
                "Upgrade done at revision 10.",
            ],
            "final": "ingress-nginx is on 4.10.1 (controller 1.10.1), snippets kept enabled for acme-web, and the smoke test passes 5/5. I'll open a ticket for acme to drop the snippet.",
        },
    }
)


# ======================================================= golf_course_greenkeeping
def _gc_page(items, nxt, i):
    return json.dumps(
        {"work_orders": items, "page": i + 1, "has_more": nxt is not None, "next": nxt}
    )


GC_ERRS = [
    "product 'Heritage Maxx' missing MAPP number (required for UK PPP records)",
    "application rate 1.6 l/ha exceeds label max 1.0 l/ha for amenity turf",
    "operator 'J. Reid' has no PA1/PA6 certificate on file",
    "wind speed not recorded (required; must be < 10 mph for boom spraying)",
    "buffer zone to watercourse (Burn on 12/13) not recorded; LERAP category B needs 5 m",
]

DOMAINS.append(
    {
        "name": "golf_course_greenkeeping",
        "user": [
            (
                "Head greenkeeper here. Can you run the course ops this morning: greens moisture, irrigation on the back nine and the spray paperwork?",
                "Sure. Pulling the green readings, irrigation status and forecast first.",
            ),
            (
                "We've got the club championship on Saturday. Please get the greens work sorted and keep an eye on 7, it's been drying out.",
                "Okay. I'll start with the readings and the work orders.",
            ),
            (
                "Can you take over from Mhairi today? Irrigation, dollar spot spraying and the work order backlog.",
                "Yes — reading the latest course data first.",
            ),
        ],
        "openers": [
            (
                "green_readings",
                {"green": 7},
                '{"green": 7, "time": "{ts}", "moisture_vwc_pct": 14.2, "firmness_gmax": 96, "stimp_ft": 10.1, "canopy_temp_c": 27.4, "dollar_spot_risk": "moderate", "request_id": "{rid}"}',
            ),
            (
                "irrigation_zone_status",
                {"satellite": "SAT-2"},
                "SAT-2 (holes 7-12)  mode AUTO  last cycle 04:10-05:25\nG07-A 8 min OK  G07-B 8 min OK  G08 10 min OK  G09 10 min OK\nflow 142 l/min  water budget used today 61%\npolled {ts}",
            ),
            (
                "weather_forecast",
                {"site": "course", "days": 3},
                "Today: 24C, ET0 4.8 mm, wind SW 9 mph, rain 0 mm\nTomorrow: 26C, ET0 5.3 mm, wind W 12 mph, rain 0 mm\nSat: 19C, ET0 2.9 mm, rain 6 mm (70%)\nsource: Met Office site-specific, issued {ts}",
            ),
            (
                "list_spray_records",
                {"month": "2026-08"},
                "SR-0812 greens  Iprodione-free fungicide  status draft\nSR-0809 tees  wetting agent  status complete\nSR-0803 fairways 1-9  Primo Maxx  status complete\n[req {rid}]",
            ),
            (
                "green_readings",
                {"green": 12},
                '{"green": 12, "time": "{ts}", "moisture_vwc_pct": 22.9, "firmness_gmax": 84, "stimp_ft": 9.6, "canopy_temp_c": 24.1, "dollar_spot_risk": "high", "request_id": "{rid}"}',
            ),
        ],
        "stuck": {
            "call": (
                "green_readings",
                {"green": 7},
                '{"green": 7, "time": "06:40", "moisture_vwc_pct": 14.2, "firmness_gmax": 96, "stimp_ft": 10.1, "canopy_temp_c": 27.4, "last_sync": "06:40", "request_id": "{rid}"}',
            ),
            "intro": [
                "I've asked for a 6-minute syringe on 7. Let me confirm the moisture picks up before moving on.",
                "Checking that green 7's moisture has come up after the syringe cycle.",
            ],
            "again": [
                "Still 14.2%. Checking green 7 again.",
                "No change. Reading 7 once more.",
                "Moisture unchanged — re-checking.",
            ],
        },
        "search": {
            "tool": "search_work_orders",
            "key": "q",
            "base": {"q": "", "status": "open"},
            "paraphrases": [
                "leaking sprinkler head 7th fairway",
                "sprinkler leak on hole 7 fairway",
                "fairway 7 irrigation head leaking",
                "wet spot leaking head hole seven",
                "7th fairway sprinkler weeping",
            ],
            "same_obs": '{"results": [{"id": "WO-3310", "title": "Bunker rake replacement 7", "status": "open"}, {"id": "WO-3318", "title": "Divot mix bins front 9", "status": "open"}], "total": 2, "request_id": "{rid}"}',
            "retry_lines": [
                "Neither is the leak. Rephrasing.",
                "Same two work orders again. Trying other wording.",
                "Still not the sprinkler — rewording.",
            ],
            "refine": [
                (
                    "All open work orders first.",
                    {"status": "open"},
                    '{"total": 57, "results": ["WO-3301", "WO-3302", "... 55 more"], "request_id": "{rid}"}',
                ),
                (
                    "Irrigation category only.",
                    {"status": "open", "category": "irrigation"},
                    '{"total": 11, "results": ["WO-3291", "WO-3297", "WO-3304", "... 8 more"], "request_id": "{rid}"}',
                ),
                (
                    "On holes 7-12 (SAT-2).",
                    {"status": "open", "category": "irrigation", "holes": "7-12"},
                    '{"total": 4, "results": [{"id": "WO-3297", "title": "Head 7F-14 weeping"}, {"id": "WO-3304", "title": "G08 valve slow to close"}, {"id": "WO-3311", "title": "10 tee swing joint"}, {"id": "WO-3320", "title": "12 approach head stuck"}], "request_id": "{rid}"}',
                ),
                (
                    "Only the ones on hole 7.",
                    {"status": "open", "category": "irrigation", "holes": "7"},
                    '{"total": 1, "results": [{"id": "WO-3297", "title": "Head 7F-14 weeping", "opened": "2026-08-02", "assignee": null}], "request_id": "{rid}"}',
                ),
            ],
            "refine_final": "The 7th fairway leak is WO-3297 'Head 7F-14 weeping', open since 2 Aug with no assignee. I'll assign it to the irrigation tech.",
        },
        "ab": {
            "a": (
                "set_hole_location",
                {"green": 7, "position": "back-left", "pace_from_front": 27},
                '{"ok": true, "green": 7, "position": "back-left", "request_id": "{rid}"}',
            ),
            "b": (
                "set_hole_location",
                {"green": 7, "position": "front-right", "pace_from_front": 9},
                '{"ok": true, "green": 7, "position": "front-right", "request_id": "{rid}"}',
            ),
            "la": [
                "Back-left is the championship pin; setting it.",
                "Back to back-left for Saturday's rotation.",
            ],
            "lb": [
                "Back-left is the driest part of 7 though — front-right protects it.",
                "Moving it front-right to spare the dry area.",
            ],
        },
        "abc": [
            (
                "green_readings",
                {"green": 7},
                '{"green": 7, "time": "06:40", "moisture_vwc_pct": 14.2, "firmness_gmax": 96, "stimp_ft": 10.1, "request_id": "{rid}"}',
            ),
            (
                "weather_forecast",
                {"site": "course", "days": 3},
                "Today: 24C, ET0 4.8 mm, wind SW 9 mph, rain 0 mm\nTomorrow: 26C, ET0 5.3 mm\nSat: 19C, rain 6 mm (70%)",
            ),
            (
                "irrigation_zone_status",
                {"satellite": "SAT-2"},
                "SAT-2 (holes 7-12)  mode AUTO\nG07-A 8 min OK  G07-B 8 min OK\nwater budget used today 61%\npolled {ts}",
            ),
        ],
        "abc_lines": [
            "Seven is dry and ET is high, but there's budget left. Let me look at everything again before deciding.",
            "Going back through the reading, forecast and irrigation status.",
        ],
        "fail": {
            "tool": "irrigation_run",
            "args": {"satellite": "SAT-2", "stations": ["G7"], "minutes": 6},
            "err": '{"ok": false, "error": "STATION_NOT_FOUND", "detail": "station G7 not on SAT-2; stations: G07-A, G07-B, G08, G09, G10, G11, G12", "request_id": "{rid}"}',
            "intro": [
                "Running a short syringe cycle on green 7.",
                "Starting a 6-minute cycle on 7.",
            ],
            "retry_lines": ["Controller rejected it. Retrying.", "Still rejected; trying again."],
            "cosmetic": [
                {"satellite": "SAT-2", "stations": ["G7"], "minutes": 5},
                {"satellite": "SAT-2", "stations": ["G7"], "minutes": 6, "start": "now"},
                {
                    "satellite": "SAT-2",
                    "stations": ["G7"],
                    "minutes": 6,
                    "mode": "manual",
                    "cycle_soak": False,
                },
            ],
            "cosmetic_lines": [
                "Maybe a shorter run — trying 5 minutes.",
                "Trying it as a manual start.",
            ],
            "direct_why": "Green 7's stations are G07-A and G07-B; 6 minutes each keeps SAT-2 inside the water budget.",
            "fix_steps": [
                (
                    "The stations for 7 are G07-A and G07-B.",
                    {"satellite": "SAT-2", "stations": ["G07-A", "G07-B"], "minutes": 12},
                    '{"ok": false, "error": "BUDGET", "detail": "run would take SAT-2 to 104% of today\'s water budget (61% used)", "request_id": "{rid}"}',
                    True,
                ),
                (
                    "12 minutes each is too much for the budget; a 6-minute syringe on both is what was intended.",
                    {"satellite": "SAT-2", "stations": ["G07-A", "G07-B"], "minutes": 6},
                    '{"ok": true, "run_id": "RUN-5521", "budget_after_pct": 82, "request_id": "{rid}"}',
                    False,
                ),
            ],
            "done": "Syringe cycle RUN-5521 is running on G07-A and G07-B for 6 minutes each; SAT-2 will be at 82% of its daily budget.",
        },
        "monologue": [
            "I'll schedule the dollar spot spray on the greens once the wind and rain forecast are confirmed.",
            "I'll schedule the dollar spot spray on the greens once the wind and rain forecast are confirmed.",
            "I'll schedule the dollar spot spray for the greens once the wind and rain forecast are confirmed.",
        ],
        "nonanswer": {
            "question": "Do we spray the greens for dollar spot tomorrow or not? I need to tell the lads tonight.",
            "answers": [
                "Fungicide timing depends on disease pressure, weather conditions and product intervals, so it's worth weighing these together.",
                "The decision depends on disease risk, the forecast and label re-application intervals, taken as a whole.",
                "Spray timing is a function of disease pressure, weather suitability and product constraints.",
                "Whether to spray is driven by disease risk, the weather window and the product's label requirements.",
            ],
            "pushbacks": [
                "That's not an answer. Risk on 12 is high and you have the forecast. Spray tomorrow, yes or no?",
                "Same thing again. Wind tomorrow is 12 mph — does that rule it out or not?",
                "Just tell me yes or no.",
            ],
            "reread": (
                "weather_forecast",
                {"site": "course", "days": 3},
                "Today: 24C, ET0 4.8 mm, wind SW 9 mph, rain 0 mm\nTomorrow: 26C, ET0 5.3 mm, wind W 12 mph, rain 0 mm\nSat: 19C, ET0 2.9 mm, rain 6 mm (70%)\nsource: Met Office site-specific, issued {ts}",
            ),
        },
        "page": {
            "tool": "list_work_orders",
            "base": {"status": "open", "category": "any", "per_page": 3},
            "key": "page",
            "tokens": [2, 3, 4],
            "pages": [
                [
                    {
                        "id": "WO-3291",
                        "title": "Practice green satellite fault",
                        "priority": "high",
                    },
                    {"id": "WO-3297", "title": "Head 7F-14 weeping", "priority": "med"},
                    {
                        "id": "WO-3301",
                        "title": "Replace greens mower reels (Toro #3)",
                        "priority": "high",
                    },
                ],
                [
                    {"id": "WO-3304", "title": "G08 valve slow to close", "priority": "med"},
                    {"id": "WO-3306", "title": "Bunker edging 14-18", "priority": "low"},
                    {"id": "WO-3309", "title": "Path repair 9 to 10", "priority": "low"},
                ],
                [
                    {"id": "WO-3311", "title": "10 tee swing joint", "priority": "med"},
                    {"id": "WO-3314", "title": "Topdress sand delivery check", "priority": "med"},
                    {
                        "id": "WO-3316",
                        "title": "Course signage for championship",
                        "priority": "high",
                    },
                ],
                [
                    {"id": "WO-3320", "title": "12 approach head stuck", "priority": "high"},
                    {"id": "WO-3322", "title": "Rope and stake 18 walk-off", "priority": "med"},
                ],
            ],
            "fmt": _gc_page,
            "next_lines": [
                "Next page of work orders.",
                "Continuing through the backlog.",
                "Fetching the following page.",
            ],
            "final": "11 open work orders. High priority before Saturday: practice green satellite fault (WO-3291), greens mower reels (WO-3301), championship signage (WO-3316) and the stuck head on 12 approach (WO-3320).",
        },
        "edit": {
            "edit_tool": "edit_spray_record",
            "validate": "validate_spray_record",
            "vargs": {"record_id": "SR-0812"},
            "errors": GC_ERRS,
            "vfmt": lambda errs: (
                ("SR-0812 compliance check: %d issue(s)\n%s" % (len(errs), "\n".join(errs)))
                if errs
                else "SR-0812 compliance check: complete and compliant"
            ),
            "fixes": [
                (
                    {"record_id": "SR-0812", "set": {"mapp": "18734", "rate_l_ha": 1.0}},
                    "SR-0812 updated (2 fields)",
                    GC_ERRS[:2],
                ),
                (
                    {
                        "record_id": "SR-0812",
                        "set": {
                            "operator": "M. Fraser",
                            "operator_cert": "PA1+PA6 NPTC 0041187",
                            "wind_mph": 6,
                        },
                    },
                    "SR-0812 updated (3 fields)",
                    GC_ERRS[2:4],
                ),
                (
                    {
                        "record_id": "SR-0812",
                        "set": {
                            "buffer_m": 6,
                            "lerap": "B",
                            "notes": "12/13 greens sprayed by knapsack away from burn",
                        },
                    },
                    "SR-0812 updated (3 fields)",
                    GC_ERRS[4:],
                ),
            ],
            "loop_lines": [
                "Adding the MAPP number and rate again.",
                "Re-applying the product fields.",
            ],
            "prog_lines": [
                "Adding MAPP 18734 and correcting the rate to the 1.0 l/ha label max.",
                "Operator was Mhairi Fraser (PA1/PA6), and wind 6 mph from the station log.",
                "Recording the 6 m LERAP B buffer by the burn.",
            ],
            "done": "SR-0812 is now complete and compliant.",
        },
        "doc_tool": "read_report",
        "doc_key": "report_id",
        "docs": [
            {
                "id": "STRI-2026-07",
                "title": "Agronomist visit July",
                "body": "STRI visit 22 Jul: greens organic matter 4.1% at 0-20 mm (target < 4%); recommend hollow core in Sept; keep VWC 18-24% pre-championship; dollar spot on 12 and 16.",
                "facts": [
                    "organic matter 4.1% at 0-20 mm, target under 4%",
                    "hollow coring in September",
                    "hold greens at 18-24% VWC before the championship",
                    "dollar spot seen on 12 and 16",
                ],
            },
            {
                "id": "IRR-AUDIT-2026",
                "title": "Irrigation audit",
                "body": "Audit: greens distribution uniformity 0.71; 7 back-left dry due to head 7G-3 arc misaligned; recommend arc reset and hand watering on 7 until fixed.",
                "facts": [
                    "greens DU 0.71",
                    "7 back-left dry because head 7G-3's arc is off",
                    "hand water 7 until fixed",
                ],
            },
            {
                "id": "CHAMP-PREP-2026",
                "title": "Championship preparation plan",
                "body": "Champ prep: stimp target 10.5-11 by Sat; double cut Thu-Sat; roll Fri/Sat; no fungicide within 48 h of play.",
                "facts": [
                    "stimp 10.5-11 by Saturday",
                    "double cut Thu-Sat",
                    "roll Friday and Saturday",
                    "no fungicide within 48 h of play",
                ],
            },
            {
                "id": "SPRAY-PLAN-Q3",
                "title": "Q3 spray plan",
                "body": "Q3: dollar spot fungicide on greens when Smith-Kerns risk > 20% for 2 days; 21-day interval; wind < 10 mph.",
                "facts": [
                    "spray when Smith-Kerns risk exceeds 20% for two days",
                    "21-day interval",
                    "wind under 10 mph",
                ],
            },
        ],
        "synth": "Taken together: 7 is dry because of the misaligned 7G-3 head, so hand-water it to keep it in the 18-24% VWC band. Greens need 10.5-11 ft by Saturday (double cut, rolling), and because fungicide can't go on within 48 h of play, the dollar spot spray on 12/16 has to be done by Thursday morning in wind under 10 mph.",
        "poll": {
            "start": (
                "irrigation_run",
                {"satellite": "SAT-2", "stations": ["G07-A", "G07-B"], "minutes": 6},
                '{"ok": true, "run_id": "RUN-5521", "request_id": "{rid}"}',
            ),
            "tool": "irrigation_run_status",
            "args": {"run_id": "RUN-5521"},
            "states": [
                '{"run_id": "RUN-5521", "state": "running", "station": "G07-A", "elapsed_s": 95, "flow_lpm": 74}',
                '{"run_id": "RUN-5521", "state": "running", "station": "G07-A", "elapsed_s": 330, "flow_lpm": 73}',
                '{"run_id": "RUN-5521", "state": "running", "station": "G07-B", "elapsed_s": 140, "flow_lpm": 69}',
                '{"run_id": "RUN-5521", "state": "running", "station": "G07-B", "elapsed_s": 310, "flow_lpm": 70}',
                '{"run_id": "RUN-5521", "state": "complete", "total_l": 861, "ended": "{ts}"}',
            ],
            "waits": [120, 180, 240],
            "mid": ["G07-A is nearly done.", "Halfway through the cycle."],
            "final": "The syringe on 7 is complete (861 l). I'll re-read the moisture sensor in about half an hour once it has soaked in.",
        },
        "batch": {
            "tool": "green_readings",
            "intro": "Taking the morning readings on each back-nine green.",
            "items": [
                (
                    {"green": 10},
                    '{"green": 10, "moisture_vwc_pct": 21.4, "firmness_gmax": 88, "stimp_ft": 10.4, "request_id": "{rid}"}',
                ),
                (
                    {"green": 11},
                    '{"green": 11, "moisture_vwc_pct": 19.8, "firmness_gmax": 90, "stimp_ft": 10.6, "request_id": "{rid}"}',
                ),
                (
                    {"green": 12},
                    '{"green": 12, "moisture_vwc_pct": 22.9, "firmness_gmax": 84, "stimp_ft": 9.6, "dollar_spot_risk": "high", "request_id": "{rid}"}',
                ),
                (
                    {"green": 13},
                    '{"green": 13, "moisture_vwc_pct": 17.1, "firmness_gmax": 97, "stimp_ft": 10.9, "request_id": "{rid}"}',
                ),
                (
                    {"green": 14},
                    '{"green": 14, "moisture_vwc_pct": 20.2, "firmness_gmax": 89, "stimp_ft": 10.5, "request_id": "{rid}"}',
                ),
                (
                    {"green": 16},
                    '{"green": 16, "moisture_vwc_pct": 23.5, "firmness_gmax": 82, "stimp_ft": 9.8, "dollar_spot_risk": "high", "request_id": "{rid}"}',
                ),
            ],
            "mid": "10-12 read; 12 is slow and soft with high dollar spot risk.",
            "final": "Back nine: 13 is below the 18% floor (17.1%) and needs hand watering; 12 and 16 are soft, slow and high risk for dollar spot, consistent with the STRI note. The rest are on target.",
        },
        "recheck": {
            "ask": "What's green 7 reading now?",
            "ack": "Checking the sensor on 7.",
            "tool": "green_readings",
            "args": {"green": 7},
            "obs1": '{"green": 7, "time": "06:40", "moisture_vwc_pct": 14.2, "firmness_gmax": 96, "request_id": "{rid}"}',
            "report1": "Green 7 is at 14.2% VWC, well below the 18% floor.",
            "recheck": "Euan hand-watered the back-left twenty minutes ago. Read it again?",
            "ack2": "Taking a fresh reading.",
            "obs2": '{"green": 7, "time": "{hms}", "moisture_vwc_pct": 19.6, "firmness_gmax": 89, "request_id": "{rid}"}',
            "follow": (
                "log_note",
                {"green": 7, "text": "hand watered back-left, VWC 14.2 -> 19.6"},
                '{"ok": true, "request_id": "{rid}"}',
            ),
            "report2": "Much better: 7 is now at 19.6% VWC and firmness dropped to 89 gmax after the hand watering, inside the 18-24% target.",
        },
        "flaky": {
            "ok_call": (
                "weather_forecast",
                {"site": "course", "days": 2, "hourly": True},
                "Thu 06:00-10:00: wind 4-7 mph W, no rain, 15-19C\nThu 10:00-16:00: wind 10-13 mph W\nFri: wind 12 mph, rain 0\nissued {ts}",
            ),
            "errs": [
                '{"status": 504, "error": "upstream timeout (metoffice datahub)", "request_id": "{rid}"}',
                "HTTPError 500: Internal Server Error from datahub.metoffice.gov.uk",
            ],
            "intro": "Getting the hourly wind forecast to pick a spray window.",
            "retry_line": "Forecast API timed out upstream. Trying again.",
            "next": (
                "schedule_task",
                {
                    "task": "dollar spot fungicide greens 12, 16",
                    "start": "Thu 06:30",
                    "operator": "M. Fraser",
                },
                '{"ok": true, "task_id": "T-7781", "request_id": "{rid}"}',
            ),
            "final": "Thursday 06:00-10:00 has wind under 7 mph, so the dollar spot spray on 12 and 16 is booked for 06:30 Thursday (T-7781), more than 48 h before Saturday's play.",
        },
        "chunks": {
            "tool": "import_catch_can_data",
            "args": {"audit": "IRR-AUDIT-2026-B", "file": "catchcans_greens.csv"},
            "offset_key": "offset",
            "total": 360,
            "size": 90,
            "counts": [(90, 0), (88, 2), (90, 0), (89, 1)],
            "obs": '{"cans": "{off}-{end}", "imported": {ok}, "discarded_outliers": {flagged}, "request_id": "{rid}"}',
            "status": "Catch-can import: {done}/{total} cans ({pct}%).",
            "final": "All 360 catch-can readings imported (3 outliers discarded). The audit recalculates DU next.",
        },
        "compare": {
            "a_tool": "tdr_handheld_reading",
            "b_tool": "green_readings",
            "records": [
                (
                    "7",
                    {"green": 7, "points": 9},
                    "green 7 TDR mean 15.1% (range 11.8-19.4)",
                    {"green": 7},
                    '{"green": 7, "moisture_vwc_pct": 14.2}',
                ),
                (
                    "12",
                    {"green": 12, "points": 9},
                    "green 12 TDR mean 23.4% (range 21.0-25.1)",
                    {"green": 12},
                    '{"green": 12, "moisture_vwc_pct": 22.9}',
                ),
                (
                    "16",
                    {"green": 16, "points": 9},
                    "green 16 TDR mean 18.2% (range 16.9-19.7)",
                    {"green": 16},
                    '{"green": 16, "moisture_vwc_pct": 23.5}',
                ),
            ],
            "notes": {
                "7": "7: sensor and handheld within 1 point.",
                "12": "12: agree.",
                "16": "16: sensor reads 5 points wetter than the handheld.",
            },
            "final": "The in-ground sensors match the handheld on 7 and 12, but 16's sensor reads 23.5% against 18.2% by hand, so it's probably sitting in a wet spot or needs recalibrating. I'll raise a work order and use handheld readings for 16 until then.",
        },
        "plan": {
            "plan": "Plan for Saturday's greens: 1) check readings, 2) set the double-cut schedule, 3) book rolling, 4) set pin sheet, 5) confirm no fungicide inside 48 h.",
            "steps": [
                (
                    "green_readings",
                    {"green": "all", "summary": True},
                    '{"greens": 18, "stimp_mean_ft": 10.2, "vwc_mean_pct": 20.1, "below_18pct": [7, 13]}',
                ),
                (
                    "schedule_task",
                    {"task": "double cut greens", "days": ["Thu", "Fri", "Sat"], "start": "05:30"},
                    '{"ok": true, "task_id": "T-7790"}',
                ),
                (
                    "schedule_task",
                    {"task": "roll greens", "days": ["Fri", "Sat"], "start": "06:15"},
                    '{"ok": true, "task_id": "T-7791"}',
                ),
                (
                    "publish_pin_sheet",
                    {"date": "Sat", "rotation": "championship-A"},
                    '{"ok": true, "url": "https://course.local/pins/sat", "request_id": "{rid}"}',
                ),
                (
                    "list_scheduled_sprays",
                    {"from": "Thu 09:00", "to": "Sat 18:00"},
                    "0 sprays scheduled in window (last: T-7781 Thu 06:30, ends 08:30)",
                ),
            ],
            "notes": ["Mean stimp 10.2; 7 and 13 need water.", "Cutting and rolling booked."],
            "final": "Saturday prep is set: double cut Thu-Sat, rolling Fri/Sat, championship-A pin sheet published, and the only spray finishes Thursday 08:30, outside 48 h of play. 7 and 13 need hand watering to reach 18%.",
        },
    }
)


# ---------------------------------------------------------------- endings
def _closers(D, kind):
    return {
        "exact_repeat": D["stuck"]["again"],
        "interleaved_repeat": D["stuck"]["again"],
        "paraphrased_search": D["search"]["retry_lines"],
        "ab_oscillation": D["ab"]["la"] + D["ab"]["lb"],
        "abc_cycle": D["abc_lines"],
        "failing_call_repeat": D["fail"]["retry_lines"],
        "cosmetic_arg_retry": D["fail"]["cosmetic_lines"],
        "stuck_cursor": D["page"]["next_lines"],
        "same_edit_reapplied": D["edit"]["loop_lines"],
    }.get(kind)


def finish(R, D, label, kind):
    """Trajectories are cut at varied points: some loops end on the agent's own words,
    some progress rows end mid-work without a wrap-up message."""
    rng = R.rng
    last = R.steps[-1]
    if label == "loop" and last["kind"] == "tool" and len(R.steps) < 16 and rng.random() < 0.45:
        lines = _closers(D, kind)
        if lines:
            R.llm(pick(rng, lines))
    elif label == "progress" and last["kind"] == "llm" and len(R.steps) > 8 and rng.random() < 0.35:
        R.steps.pop()


# ---------------------------------------------------------------- build
def build():
    rows = []
    kinds = [("loop", k) for k in LOOP_KINDS] + [("progress", k) for k in PROGRESS_KINDS]
    for ki, (label, kind) in enumerate(kinds):
        cat = f"{label}/{kind}"
        for j, D in enumerate(DOMAINS):
            rid = "%s-%s-%s-%03d" % (SET, label, kind, j)
            rng = random.Random(f"{SEED}|{rid}")
            R = Row(rng, D.get("seq_base", 0))
            shape = (j + ki) % 2
            BUILDERS[cat](R, D, shape)
            finish(R, D, label, kind)
            rows.append(
                {"id": rid, "label": label, "category": cat, "domain": D["name"], "steps": R.steps}
            )
    return rows


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "trajectories.jsonl")
    with open(out, "w") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")
