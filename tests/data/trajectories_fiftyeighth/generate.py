"""Blind trajectory set 58 ("fiftyeighth"): 208 labelled agent trajectories.

Standard library only. Deterministic: every row draws from random.Random(f"{SEED}:{row_id}").
Run: python tests/data/trajectories_fiftyeighth/generate.py
"""

from __future__ import annotations

import datetime as _dt
import json
import random
from pathlib import Path

SEED = 58_2026_11
BASE = _dt.datetime(2026, 3, 9, 6, 40, 0, tzinfo=_dt.UTC)
OUT = Path(__file__).with_name("trajectories.jsonl")


class Ctx:
    def __init__(self, row_id: str, dom: dict) -> None:
        self.rng = random.Random(f"{SEED}:{row_id}")
        self.dom = dom
        self.t = self.rng.randint(0, 86_400 * 20)
        self.n = 0
        self.rl = self.rng.randint(180, 1000)
        self.steps: list[dict] = []

    def stamp(self) -> str:
        return (BASE + _dt.timedelta(seconds=self.t)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def hexid(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(k))

    def llm(self, text: str, observation: str = "") -> None:
        self.t += self.rng.randint(3, 25)
        self.steps.append({"kind": "llm", "text": text, "observation": observation})

    def tool(self, name: str, args: dict, body: object, error: bool = False) -> None:
        self.t += self.rng.randint(1, 30)
        self.n += 1
        self.rl -= self.rng.randint(1, 3)
        obs = self.dom["env"](self, name, body, error)
        self.steps.append(
            {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}
        )


def pick(c: Ctx, seq: list) -> object:
    return seq[c.rng.randrange(len(seq))]


def opening(c: Ctx, pair: str, calls: list) -> None:
    d = c.dom
    first = calls[0][0]
    if first == d["list_call"](0)[0]:
        ack = d["ack"][0]
    elif first == d["get"][0]:
        ack = pick(c, d["ack"][1:])
    else:
        ack = d["ack_other"]
    c.llm(ack, d["req"][pair])
    for name, args, body in calls:
        c.tool(name, args, body)


def item_for(c: Ctx, scenario: str, default: int) -> dict:
    return c.dom["items"][c.dom.get("idx", {}).get(scenario, default)]


def get_call(d: dict, item: dict) -> tuple:
    name, key = d["get"]
    return (name, {key: item["id"]}, item)


# ---------------------------------------------------------------- loop / progress builders


def loop_exact_repeat(c: Ctx) -> None:
    d = c.dom
    opening(c, "report", [d["list_call"](0)])
    n = c.rng.randint(4, 7)
    nudges = list(d["nudges"])
    c.rng.shuffle(nudges)
    for k in range(n):
        obs = "" if k == 0 or c.rng.random() < 0.35 else nudges[k % len(nudges)]
        c.llm(d["exact"], obs)


def prog_templated_item_replies(c: Ctx) -> None:
    d = c.dom
    opening(c, "report", [d["list_call"](0)])
    nexts = list(d["nexts"])
    c.rng.shuffle(nexts)
    n = c.rng.randint(4, 5)
    for k, item in enumerate(d["items"][:n]):
        c.llm(d["template"](item), "" if k == 0 else nexts[k % len(nexts)])


def loop_paraphrased_repeat(c: Ctx) -> None:
    d = c.dom
    calls = [d["docs_list"]]
    if c.rng.random() < 0.5:
        calls.append(get_call(d, item_for(c, "summary", 0)))
    opening(c, "summary", calls)
    paras = list(d["paraphrases"])
    c.rng.shuffle(paras)
    n = c.rng.randint(4, len(paras))
    for k in range(n):
        sn = d["summary_nudges"]
        obs = sn[k % len(sn)] if k and c.rng.random() < 0.4 else ""
        c.llm(paras[k], obs)


def prog_summarising_related_documents(c: Ctx) -> None:
    d = c.dom
    opening(c, "summary", [d["docs_list"]])
    docs = d["docs"][: c.rng.randint(3, 4)]
    for name, args, body, summary in docs:
        c.tool(name, args, body)
        c.llm(summary)
    c.llm(d["docs_wrap"])


def loop_ab_oscillation(c: Ctx) -> None:
    d = c.dom
    item = item_for(c, "toggle", 0)
    opening(c, "toggle", [get_call(d, item)])
    (ta, aa, ba), (tb, ab, bb) = d["A"], d["B"]
    reps = c.rng.randint(3, 5)
    for k in range(reps):
        if k == 1:
            c.llm(d["narr"]["flip"][0])
        c.tool(ta, aa(item), ba(item))
        if k == 2:
            c.llm(d["narr"]["flip"][1])
        c.tool(tb, ab(item), bb(item))


def prog_alternating_distinct_items(c: Ctx) -> None:
    d = c.dom
    opening(c, "toggle", [get_call(d, item_for(c, "toggle", 0))])
    (ta, aa, ba), (tb, ab, bb) = d["A2"], d["B2"]
    for item in d["items"][: c.rng.randint(3, 5)]:
        c.tool(ta, aa(item), ba(item))
        c.tool(tb, ab(item), bb(item))
    c.llm(d["narr"]["batch_done"])


def loop_failing_tool_retry(c: Ctx) -> None:
    d = c.dom
    opening(c, "fail", [get_call(d, item_for(c, "fail", 1))])
    name, args, err = d["fail"]
    n = c.rng.randint(4, 6)
    for k in range(n):
        c.tool(name, args, err, error=True)
        if k < n - 1 and c.rng.random() < 0.5:
            c.llm(pick(c, d["narr"]["retry"]))


def prog_retry_with_corrected_argument(c: Ctx) -> None:
    d = c.dom
    opening(c, "fail", [get_call(d, item_for(c, "fail", 1))])
    name, args, _err = d["fail"]
    c.tool(name, args, d["fix_first_err"], error=True)
    for note, (fargs, fbody, ferr) in zip(d["fix_notes"], d["fixes"], strict=True):
        c.llm(note)
        c.tool(name, fargs, fbody, error=ferr)
    c.tool(*d["follow"])
    c.llm(d["narr"]["fixed_done"])


def loop_same_action_same_observation(c: Ctx) -> None:
    d = c.dom
    opening(c, "status", [get_call(d, item_for(c, "status", 2))])
    name, args, body = d["status"]
    checks = d["narr"]["check"]
    n = c.rng.randint(4, 6)
    for k in range(n):
        c.llm(checks[k % len(checks)])
        c.tool(name, args, body)


def prog_paging_through_results(c: Ctx) -> None:
    d = c.dom
    pages = d["pages"]
    opening(c, "status", [pages[0]])
    for k, page in enumerate(pages[1:]):
        c.llm(d["narr"]["page"][k % len(d["narr"]["page"])])
        c.tool(*page)
    c.llm(d["narr"]["pages_done"])


def loop_identical_monologue(c: Ctx) -> None:
    d = c.dom
    opening(c, "mono", [d["list_call"](0)])
    for _ in range(c.rng.randint(4, 7)):
        c.llm(d["mono"])


def prog_sectioned_writeup(c: Ctx) -> None:
    d = c.dom
    opening(c, "mono", [d["list_call"](0)])
    for text in d["sections"]:
        c.llm(text)


def loop_identical_tool_calls(c: Ctx) -> None:
    d = c.dom
    opening(c, "lookup", [d["list_call"](0)])
    item = d["items"][3]
    for _ in range(c.rng.randint(4, 8)):
        c.tool(*get_call(d, item))


def prog_distinct_id_lookups(c: Ctx) -> None:
    d = c.dom
    opening(c, "lookup", [d["list_call"](0)])
    for item in d["items"][: c.rng.randint(4, 5)]:
        c.tool(*get_call(d, item))
    c.llm(d["narr"]["lookup_done"])


def loop_readback_verification(c: Ctx) -> None:
    d = c.dom
    item = d["items"][4]
    opening(c, "write", [get_call(d, item)])
    wname, wargs, wbody, after = d["write"]
    c.tool(wname, wargs, wbody)
    confirms = d["narr"]["confirm"]
    for k in range(c.rng.randint(4, 6)):
        if k % 2 == 1 or c.rng.random() < 0.3:
            c.llm(confirms[k % len(confirms)])
        c.tool(d["get"][0], {d["get"][1]: item["id"]}, after)


def prog_async_job_polling(c: Ctx) -> None:
    d = c.dom
    opening(c, "job", [d["list_call"](0)])
    sname, sargs, sbody = d["job_submit"]
    c.tool(sname, sargs, sbody)
    pname, pargs = d["job_poll"]
    states = d["job_states"]
    for k, st in enumerate(states):
        if k == 1:
            c.llm(d["narr"]["job_wait"])
        c.tool(pname, pargs, st)
    c.tool(*d["job_result"])
    c.llm(d["narr"]["job_done"])


def loop_query_churn(c: Ctx) -> None:
    d = c.dom
    opening(c, "search", [d["list_call"](0)])
    sname, key = d["search"]
    churn = d["churn"]
    n = c.rng.randint(4, len(churn))
    for k in range(n):
        if k == 2 or (k > 2 and c.rng.random() < 0.3):
            c.llm(pick(c, d["narr"]["search"]))
        c.tool(sname, {key: churn[k], **d["search_extra"]}, d["empty"])


def prog_query_refinement(c: Ctx) -> None:
    d = c.dom
    opening(c, "search", [d["list_call"](0)])
    sname, key = d["search"]
    for k, (q, body) in enumerate(d["refine"]):
        if k == 1:
            c.llm(d["narr"]["narrow"])
        c.tool(sname, {key: q, **d["search_extra"]}, body)
    c.tool(*get_call(d, item_for(c, "search", 2)))
    c.llm(d["narr"]["found"])


def loop_clarification_reask(c: Ctx) -> None:
    d = c.dom
    opening(c, "ask", [get_call(d, d["items"][0])])
    qs, ans = d["reask_q"], d["reask_a"]
    n = c.rng.randint(4, 5)
    for k in range(n):
        c.llm(qs[k % len(qs)], "" if k == 0 else ans[(k - 1) % len(ans)])


def prog_stepwise_intake(c: Ctx) -> None:
    d = c.dom
    opening(c, "ask", [get_call(d, d["items"][0])])
    prev = ""
    for q, a in d["intake"]:
        c.llm(q, prev)
        prev = a
    c.llm(d["intake_close"], prev)
    c.tool(*d["intake_call"])
    c.llm(d["narr"]["intake_done"])


def loop_three_step_cycle(c: Ctx) -> None:
    d = c.dom
    opening(c, "cycle", [d["list_call"](0)])
    item = d["items"][1]
    reps = c.rng.randint(3, 4)
    for _ in range(reps):
        for name, afn, bfn in d["cycle"]:
            c.tool(name, afn(item), bfn(item))


def prog_per_item_workflow(c: Ctx) -> None:
    d = c.dom
    opening(c, "cycle", [d["list_call"](0)])
    for item in d["items"][1:4]:
        for name, afn, bfn in d["cycle"]:
            c.tool(name, afn(item), bfn(item))
    c.llm(d["narr"]["cycle_done"])


def loop_restart_from_scratch(c: Ctx) -> None:
    d = c.dom
    cname, cargs = d["check"]
    first = [(cname, cargs, d["check_bodies"][0]), get_call(d, item_for(c, "restart", 2))]
    opening(c, "restart", first)
    c.llm(d["narr"]["partial"])
    restarts = d["narr"]["restart"]
    for k in range(c.rng.randint(2, 3)):
        c.llm(restarts[k % len(restarts)])
        for call in first:
            c.tool(*call)


def prog_rerun_after_fix(c: Ctx) -> None:
    d = c.dom
    cname, cargs = d["check"]
    target = item_for(c, "restart", 2)
    opening(c, "restart", [(cname, cargs, d["check_bodies"][0]), get_call(d, target)])
    c.llm(d["narr"]["partial"])
    for fix, body in zip(d["check_fixes"], d["check_bodies"][1:], strict=True):
        c.tool(*fix)
        c.tool(cname, cargs, body)
    c.llm(d["narr"]["clean"])


def loop_fallback_rotation(c: Ctx) -> None:
    d = c.dom
    opening(c, "fallback", [get_call(d, item_for(c, "fallback", 3))])
    alts = d["alts"]
    total = c.rng.randint(7, 9)
    for k in range(total):
        name, args, err = alts[k % len(alts)]
        if k in (3, 6):
            c.llm(pick(c, d["narr"]["rotate"]))
        c.tool(name, args, err, error=True)


def prog_fallback_chain_success(c: Ctx) -> None:
    d = c.dom
    opening(c, "fallback", [get_call(d, item_for(c, "fallback", 3))])
    alts = d["alts"]
    for k in range(2):
        c.tool(*alts[k], error=True)
        c.llm(d["narr"]["fallback_next"][k])
    c.tool(*d["alt_ok"])
    c.tool(*d["alt_follow"])
    c.llm(d["narr"]["fallback_done"])


PAIRS = [
    ("exact_repeat", loop_exact_repeat, "templated_item_replies", prog_templated_item_replies),
    (
        "paraphrased_repeat",
        loop_paraphrased_repeat,
        "summarising_related_documents",
        prog_summarising_related_documents,
    ),
    (
        "ab_oscillation",
        loop_ab_oscillation,
        "alternating_distinct_items",
        prog_alternating_distinct_items,
    ),
    (
        "failing_tool_retry",
        loop_failing_tool_retry,
        "retry_with_corrected_argument",
        prog_retry_with_corrected_argument,
    ),
    (
        "same_action_same_observation",
        loop_same_action_same_observation,
        "paging_through_results",
        prog_paging_through_results,
    ),
    ("identical_monologue", loop_identical_monologue, "sectioned_writeup", prog_sectioned_writeup),
    (
        "identical_tool_calls",
        loop_identical_tool_calls,
        "distinct_id_lookups",
        prog_distinct_id_lookups,
    ),
    (
        "readback_verification_loop",
        loop_readback_verification,
        "async_job_polling",
        prog_async_job_polling,
    ),
    ("query_churn", loop_query_churn, "query_refinement", prog_query_refinement),
    ("clarification_reask", loop_clarification_reask, "stepwise_intake", prog_stepwise_intake),
    ("three_step_cycle", loop_three_step_cycle, "per_item_workflow", prog_per_item_workflow),
    ("restart_from_scratch", loop_restart_from_scratch, "rerun_after_fix", prog_rerun_after_fix),
    (
        "fallback_rotation",
        loop_fallback_rotation,
        "fallback_chain_success",
        prog_fallback_chain_success,
    ),
]


# ---------------------------------------------------------------- domain: risk_adjustment_hcc_coding


def env_hcc(c: Ctx, tool: str, body: object, error: bool) -> str:
    meta = {
        "requestId": "rq-" + c.hexid(12),
        "servedBy": "chartrev-api-%02d" % c.rng.randint(1, 14),
        "elapsedMs": c.rng.randint(38, 900),
        "asOf": c.stamp(),
    }
    if tool.startswith("raf."):
        meta["modelVersion"] = "V28"
    if error:
        return json.dumps({"errors": [body], "meta": meta})
    return json.dumps({"data": body, "meta": meta})


HCC_ITEMS = [
    {
        "id": "ENC-88213",
        "member": "H5521-004-77310",
        "dos": "2025-10-14",
        "dx": ["E11.22", "N18.31"],
        "provider": "NPI 1326051187",
        "status": "coded",
    },
    {
        "id": "ENC-88240",
        "member": "H5521-004-77310",
        "dos": "2025-11-02",
        "dx": ["I50.32"],
        "provider": "NPI 1659318820",
        "status": "pending_review",
    },
    {
        "id": "ENC-88277",
        "member": "H5521-004-77310",
        "dos": "2025-12-09",
        "dx": ["J44.1", "F32.1"],
        "provider": "NPI 1326051187",
        "status": "pending_review",
    },
    {
        "id": "ENC-88302",
        "member": "H5521-004-77310",
        "dos": "2026-01-20",
        "dx": ["E66.01", "Z68.41"],
        "provider": "NPI 1982774610",
        "status": "query_open",
    },
    {
        "id": "ENC-88319",
        "member": "H5521-004-77310",
        "dos": "2026-02-03",
        "dx": ["I48.20"],
        "provider": "NPI 1659318820",
        "status": "pending_review",
    },
]

HCC = {
    "name": "risk_adjustment_hcc_coding",
    "idx": {"summary": 2},
    "env": env_hcc,
    "items": HCC_ITEMS,
    "get": ("chart.get_encounter", "encounter_id"),
    "list_call": lambda k: (
        "chart.list_encounters",
        {"member_id": "H5521-004-77310", "dos_year": 2025, "page": 1},
        {
            "encounters": [
                {"id": i["id"], "dos": i["dos"], "status": i["status"]} for i in HCC_ITEMS
            ],
            "next_page": None,
        },
    ),
    "ack_other": "Okay, let me take a look.",
    "req": {
        "job": "Score this member's RAF for payment year 2027 on V28, I need the number for the sweep memo.",
        "report": "Can you give me a status line per encounter for member H5521-004-77310? Sweep closes Friday.",
        "summary": "Summarise the three specialist notes attached to ENC-88277 so I can decide on the COPD capture.",
        "toggle": "ENC-88213 keeps flipping between HCC 37 and 38 in the worklist. Settle it please.",
        "fail": "Submit the coded diagnoses for ENC-88240 to the RAPS/EDS queue.",
        "status": "Is the CMS MAO-004 response back for this member's Q4 submission yet?",
        "mono": "Draft the coder rationale for the CHF capture on ENC-88240, the auditor wants it in the RADV binder.",
        "lookup": "Pull up ENC-88302, the obesity one, I need the BMI documentation.",
        "write": "Mark ENC-88319 as validated with I48.20 and attach the EKG page reference.",
        "search": "Find the nephrology consult that supports CKD stage 3a for this member.",
        "ask": "Open a provider query on ENC-88213.",
        "cycle": "Run the standard MEAT check on the pending encounters.",
        "restart": "Run the RAF recalculation for this member before we lock the sweep.",
        "fallback": "Get me the scanned progress note for ENC-88302, the image link in the chart is dead.",
    },
    "ack": [
        "On it. Pulling the member's encounters from the chart review tool first.",
        "Sure, starting with the encounter record.",
        "Okay, let me look at the chart first.",
    ],
    "summary_nudges": [
        "so is the COPD capture supported or not?",
        "I just need the gist of each note",
    ],
    "nudges": [
        "ok but what about ENC-88277?",
        "you said that already. anything new?",
        "Hello? Need this before 3.",
        "and the rest of them?",
    ],
    "exact": "Member H5521-004-77310 has 5 encounters for DOS 2025-2026; 1 is coded, 3 are pending review and 1 has an open provider query. I'm reviewing the pending ones now and will post the per-encounter status shortly.",
    "nexts": ["next", "ok, next one", "go on", "and the one after?"],
    "template": lambda i: (
        "%s (DOS %s, %s): dx %s, status %s."
        % (i["id"], i["dos"], i["provider"], ", ".join(i["dx"]), i["status"].replace("_", " "))
    ),
    "docs_list": (
        "chart.list_attachments",
        {"encounter_id": "ENC-88277"},
        {
            "attachments": [
                {"doc_id": "DOC-5531", "type": "pulmonology consult"},
                {"doc_id": "DOC-5532", "type": "PFT report"},
                {"doc_id": "DOC-5533", "type": "psychiatry note"},
                {"doc_id": "DOC-5540", "type": "discharge summary"},
            ]
        },
    ),
    "paraphrases": [
        "I'll summarise the pulmonology, PFT and psychiatry notes for ENC-88277 next.",
        "Next step: a short summary of each specialist note on ENC-88277.",
        "Going to write up the three attached notes for the COPD decision now.",
        "I'm about to summarise the specialist documentation for ENC-88277.",
        "Let me put together the summaries of those notes for you.",
        "Summaries of the ENC-88277 attachments coming up next.",
    ],
    "docs": [
        (
            "chart.get_document",
            {"doc_id": "DOC-5531"},
            {
                "doc_id": "DOC-5531",
                "author": "Dr. Okafor, Pulm",
                "text": "COPD with acute exacerbation, on tiotropium, O2 sat 89% RA. Plan: prednisone burst, f/u 4 wks.",
            },
            "DOC-5531 (pulmonology): documents COPD with acute exacerbation, assessed and treated (prednisone burst, tiotropium). Supports J44.1 with MEAT.",
        ),
        (
            "chart.get_document",
            {"doc_id": "DOC-5532"},
            {"doc_id": "DOC-5532", "type": "PFT", "fev1_fvc": 0.61, "fev1_pct_pred": 54},
            "DOC-5532 (PFT): FEV1/FVC 0.61, FEV1 54% predicted: moderate obstruction. Diagnostic support only, not a face-to-face encounter, so it cannot stand alone for capture.",
        ),
        (
            "chart.get_document",
            {"doc_id": "DOC-5533"},
            {
                "doc_id": "DOC-5533",
                "author": "Dr. Lind, Psych",
                "text": "MDD, single episode, moderate. Sertraline 100mg continued. PHQ-9 = 14.",
            },
            "DOC-5533 (psychiatry): MDD single episode moderate, on sertraline, PHQ-9 14. Supports F32.1; unrelated to the COPD question.",
        ),
        (
            "chart.get_document",
            {"doc_id": "DOC-5540"},
            {
                "doc_id": "DOC-5540",
                "type": "discharge summary",
                "text": "Admitted for AECOPD, 3 day stay, discharged on home O2 2L.",
            },
            "DOC-5540 (discharge summary): 3-day AECOPD admission, discharged on home O2. Inpatient source, so it also supports J44.1.",
        ),
    ],
    "docs_wrap": "Recommendation: capture J44.1 from the pulmonology consult (DOC-5531), corroborated by the discharge summary; F32.1 is supported separately by DOC-5533.",
    "A": (
        "worklist.set_hcc",
        lambda i: {"encounter_id": i["id"], "hcc": "37"},
        lambda i: {
            "encounter_id": i["id"],
            "hcc": "37",
            "label": "Diabetes with Chronic Complications",
        },
    ),
    "B": (
        "worklist.set_hcc",
        lambda i: {"encounter_id": i["id"], "hcc": "38"},
        lambda i: {
            "encounter_id": i["id"],
            "hcc": "38",
            "label": "Diabetes with Glycemic, Unspecified, or No Complications",
        },
    ),
    "A2": (
        "worklist.claim",
        lambda i: {"encounter_id": i["id"], "coder": "mtorres"},
        lambda i: {"encounter_id": i["id"], "claimed_by": "mtorres", "lock": "held"},
    ),
    "B2": (
        "worklist.complete",
        lambda i: {"encounter_id": i["id"], "dx_confirmed": i["dx"]},
        lambda i: {"encounter_id": i["id"], "status": "validated", "dx": i["dx"]},
    ),
    "fail": (
        "eds.submit",
        {"encounter_id": "ENC-88240", "dx": ["I50.32"], "submitter_id": "SH5521"},
        {
            "code": "EDS-4107",
            "detail": "Rendering provider NPI 1659318820 not enrolled for DOS 2025-11-02",
        },
    ),
    "fix_first_err": {
        "code": "EDS-2210",
        "detail": "Field 'pos' required for professional encounters",
    },
    "fix_notes": [
        "Place of service is missing. The encounter is an office visit, so POS 11.",
        "Now it wants the billing TIN as well; taking it from the provider record.",
    ],
    "fixes": [
        (
            {"encounter_id": "ENC-88240", "dx": ["I50.32"], "submitter_id": "SH5521", "pos": "11"},
            {"code": "EDS-2214", "detail": "Field 'billing_tin' required when pos=11"},
            True,
        ),
        (
            {
                "encounter_id": "ENC-88240",
                "dx": ["I50.32"],
                "submitter_id": "SH5521",
                "pos": "11",
                "billing_tin": "46-2231870",
            },
            {"icn": "2026061004417", "status": "accepted_999"},
            False,
        ),
    ],
    "follow": (
        "worklist.complete",
        {"encounter_id": "ENC-88240", "dx_confirmed": ["I50.32"]},
        {"encounter_id": "ENC-88240", "status": "submitted", "icn": "2026061004417"},
    ),
    "status": (
        "cms.mao004_status",
        {"member_id": "H5521-004-77310", "quarter": "2025Q4"},
        {"file": "MAO-004-2025Q4", "member_rows": 0, "state": "awaiting_cms"},
    ),
    "pages": [
        (
            "cms.list_response_files",
            {"contract": "H5521", "type": "MAO-004", "page": 1},
            {
                "files": [
                    {"name": "MAO-004-2025Q1", "received": "2025-06-02"},
                    {"name": "MAO-004-2025Q2", "received": "2025-09-01"},
                ],
                "page": 1,
                "pages": 3,
            },
        ),
        (
            "cms.list_response_files",
            {"contract": "H5521", "type": "MAO-004", "page": 2},
            {
                "files": [
                    {"name": "MAO-004-2025Q3", "received": "2025-12-01"},
                    {"name": "MAO-004-2025Q3-R1", "received": "2026-01-12"},
                ],
                "page": 2,
                "pages": 3,
            },
        ),
        (
            "cms.list_response_files",
            {"contract": "H5521", "type": "MAO-004", "page": 3},
            {
                "files": [
                    {
                        "name": "MAO-004-2025Q4",
                        "received": "2026-03-06",
                        "member_rows": {"H5521-004-77310": {"allowed": 5, "rejected": 1}},
                    }
                ],
                "page": 3,
                "pages": 3,
            },
        ),
    ],
    "mono": "Rationale: the 11/02 cardiology visit documents chronic diastolic heart failure, assessed (NYHA II, edema 1+) and treated (furosemide 40 mg continued), which meets MEAT for I50.32 mapping to HCC 226.",
    "sections": [
        "Encounter: ENC-88240, DOS 2025-11-02, face-to-face cardiology visit, acceptable provider type.",
        "Monitoring and evaluation: NYHA class II symptoms, 1+ pedal edema, BNP 412 recorded at the visit.",
        "Assessment and treatment: 'chronic diastolic HF, stable' with furosemide 40 mg continued and a 3-month echo ordered.",
        "Coding: I50.32 (chronic diastolic heart failure) maps to V28 HCC 226; no conflicting acute code in the same DOS.",
        "Conclusion for RADV binder: capture supported; source page 3 of the cardiology note, signed and credentialed.",
    ],
    "write": (
        "worklist.validate",
        {"encounter_id": "ENC-88319", "dx": ["I48.20"], "evidence": "EKG p.2"},
        {"encounter_id": "ENC-88319", "status": "validated", "version": 4},
        {
            "id": "ENC-88319",
            "member": "H5521-004-77310",
            "dos": "2026-02-03",
            "dx": ["I48.20"],
            "status": "validated",
            "evidence": "EKG p.2",
            "version": 4,
        },
    ),
    "job_submit": (
        "raf.batch_score",
        {"member_ids": ["H5521-004-77310"], "model": "V28", "payment_year": 2027},
        {"job_id": "raf-job-71802", "state": "queued"},
    ),
    "job_poll": ("raf.job_status", {"job_id": "raf-job-71802"}),
    "job_states": [
        {"job_id": "raf-job-71802", "state": "queued", "position": 3},
        {"job_id": "raf-job-71802", "state": "running", "members_done": 0, "members_total": 1},
        {"job_id": "raf-job-71802", "state": "running", "stage": "interactions"},
        {"job_id": "raf-job-71802", "state": "succeeded"},
    ],
    "job_result": (
        "raf.job_result",
        {"job_id": "raf-job-71802"},
        {"member_id": "H5521-004-77310", "raf": 1.684, "hccs": ["37", "226", "280", "155"]},
    ),
    "search": ("chart.search_documents", "query"),
    "search_extra": {"member_id": "H5521-004-77310"},
    "churn": [
        "nephrology consult CKD 3a",
        "CKD stage 3a nephrology",
        "nephrology note chronic kidney disease 3a",
        "kidney consult stage 3a",
        "renal consult CKD3a",
        "CKD 3a nephro consult note",
    ],
    "empty": {"hits": [], "total": 0},
    "refine": [
        ("CKD", {"hits": [{"doc_id": "DOC-51%02d" % n} for n in range(6)], "total": 23}),
        (
            "CKD specialty:nephrology",
            {"hits": [{"doc_id": "DOC-5190"}, {"doc_id": "DOC-5194"}], "total": 2},
        ),
        (
            "CKD specialty:nephrology egfr",
            {
                "hits": [{"doc_id": "DOC-5194", "dos": "2025-12-09", "snippet": "CKD 3a, eGFR 52"}],
                "total": 1,
            },
        ),
    ],
    "reask_q": [
        "Which diagnosis should the query ask the provider to clarify on ENC-88213?",
        "To word the query: what condition do you want clarified on ENC-88213?",
        "Before I open it, which dx is the query about?",
    ],
    "reask_a": ["The diabetic CKD linkage, E11.22.", "E11.22, like I said.", "E11.22!!"],
    "intake": [
        ("Which diagnosis should the query be about?", "The diabetic CKD linkage, E11.22."),
        (
            "Should it go to the rendering provider (NPI 1326051187) or the practice's CDI contact?",
            "Rendering provider.",
        ),
        ("Response due in 14 days, the usual, or shorter because of the sweep?", "7 days."),
    ],
    "intake_close": "Got it: E11.22 linkage query to NPI 1326051187, due in 7 days. Opening it.",
    "intake_call": (
        "query.create",
        {"encounter_id": "ENC-88213", "dx": "E11.22", "recipient": "NPI 1326051187", "due_days": 7},
        {"query_id": "PQ-20931", "status": "sent"},
    ),
    "cycle": [
        ("chart.get_encounter", lambda i: {"encounter_id": i["id"]}, lambda i: i),
        (
            "meat.evaluate",
            lambda i: {"encounter_id": i["id"], "dx": i["dx"]},
            lambda i: {"encounter_id": i["id"], "meat": {d: ["M", "A", "T"] for d in i["dx"]}},
        ),
        (
            "worklist.annotate",
            lambda i: {"encounter_id": i["id"], "note": "MEAT ok"},
            lambda i: {"encounter_id": i["id"], "annotations": 1},
        ),
    ],
    "check": ("raf.recalculate", {"member_id": "H5521-004-77310", "model": "V28"}),
    "check_bodies": [
        {
            "raf": 1.412,
            "warnings": [
                "ENC-88240 dx not submitted",
                "ENC-88302 query open",
                "ENC-88319 not validated",
            ],
        },
        {"raf": 1.598, "warnings": ["ENC-88302 query open", "ENC-88319 not validated"]},
        {"raf": 1.598, "warnings": ["ENC-88319 not validated"]},
        {"raf": 1.684, "warnings": []},
    ],
    "check_fixes": [
        (
            "eds.resubmit",
            {"encounter_id": "ENC-88240"},
            {"icn": "2026061004417", "status": "accepted_999"},
        ),
        (
            "query.close",
            {"query_id": "PQ-20877", "outcome": "provider_agreed"},
            {"query_id": "PQ-20877", "status": "closed"},
        ),
        (
            "worklist.validate",
            {"encounter_id": "ENC-88319", "dx": ["I48.20"]},
            {"encounter_id": "ENC-88319", "status": "validated"},
        ),
    ],
    "alts": [
        (
            "chart.get_image",
            {"encounter_id": "ENC-88302", "page": 1},
            {"code": "IMG-403", "detail": "Access to image store denied for role CODER_II"},
        ),
        (
            "hie.fetch_document",
            {"encounter_id": "ENC-88302", "source": "HIE"},
            {
                "code": "HIE-403",
                "detail": "Purpose of use 'PAYMENT' not permitted for role CODER_II",
            },
        ),
        (
            "fax.retrieve",
            {"encounter_id": "ENC-88302"},
            {"code": "FAX-403", "detail": "Role CODER_II lacks fax-inbox scope"},
        ),
    ],
    "alt_ok": (
        "fax.retrieve",
        {"encounter_id": "ENC-88302", "inbox": "coding-shared"},
        {"doc_id": "DOC-5602", "pages": 3, "received": "2026-01-22"},
    ),
    "alt_follow": (
        "chart.attach_document",
        {"encounter_id": "ENC-88302", "doc_id": "DOC-5602"},
        {"encounter_id": "ENC-88302", "attachments": 2},
    ),
    "narr": {
        "flip": [
            "The E11.22 on this encounter points to 37, setting that.",
            "Actually the A1c note reads as uncomplicated, switching to 38.",
        ],
        "batch_done": "Claimed and validated each encounter in turn; none is left pending on my worklist.",
        "retry": [
            "EDS rejected it, resubmitting.",
            "Trying the submission again.",
            "Resending the same EDS record.",
        ],
        "fixed_done": "ENC-88240 accepted by EDS (ICN 2026061004417) and marked submitted.",
        "check": [
            "Checking whether MAO-004 for Q4 has landed.",
            "Let me check the MAO-004 status again.",
            "Checking MAO-004 once more.",
            "Looking at the Q4 MAO-004 again.",
        ],
        "page": [
            "Files are listed oldest first; next page.",
            "Last page, where the newest files are.",
        ],
        "pages_done": "Yes: MAO-004-2025Q4 arrived on 2026-03-06. For this member 5 rows were allowed and 1 rejected.",
        "lookup_done": "All five encounters pulled; ENC-88302 carries E66.01 with Z68.41 (BMI 40.0-44.9), the query on it is still open.",
        "confirm": [
            "Verifying the validation saved.",
            "Re-reading ENC-88319 to be sure.",
            "Double-checking the encounter status.",
        ],
        "job_wait": "Scoring job is running; waiting for it to finish.",
        "job_done": "RAF for payment year 2027 is 1.684 with HCCs 37, 226, 280 and 155.",
        "search": [
            "No hit; trying different wording.",
            "Still nothing, rephrasing the search.",
            "Let me word it another way.",
        ],
        "narrow": "23 CKD mentions, filtering to nephrology.",
        "found": "Found it: DOC-5194, nephrology consult on 2025-12-09, 'CKD 3a, eGFR 52', on ENC-88277.",
        "intake_done": "Provider query PQ-20931 is out to NPI 1326051187, due in 7 days.",
        "cycle_done": "MEAT check done on ENC-88240, ENC-88277 and ENC-88302; each dx has monitoring, assessment and treatment evidence.",
        "partial": "RAF is 1.412 with three open warnings.",
        "restart": [
            "Let me redo the recalculation from the start to be safe.",
            "Starting the RAF run over from the beginning.",
            "I'll begin again with a fresh recalculation.",
        ],
        "clean": "All warnings cleared; RAF is 1.684 and the sweep can be locked.",
        "rotate": ["Trying another source for the note.", "Different route, same note."],
        "fallback_next": [
            "Image store is closed to my role; trying the HIE copy.",
            "HIE refuses payment purpose; the practice faxed it, trying the shared coding inbox.",
        ],
        "fallback_done": "Progress note DOC-5602 (3 pages) attached to ENC-88302.",
    },
}


# ---------------------------------------------------------------- domain: aviation_fuel_farm_qc


def env_fuel(c: Ctx, tool: str, body: object, error: bool) -> str:
    status = "HTTP/1.1 422 Unprocessable Entity" if error else "HTTP/1.1 200 OK"
    lines = [
        status,
        "date: " + (BASE + _dt.timedelta(seconds=c.t)).strftime("%a, %d %b %Y %H:%M:%S GMT"),
        "x-fuelqms-trace: " + c.hexid(8) + "-" + c.hexid(4),
        "server: qms-edge-%s" % c.rng.choice(["lhr3", "lhr5", "man1"]),
    ]
    if tool.startswith(("lab.", "release.")):
        lines.append('etag: "%s"' % c.hexid(10))
    else:
        lines.append("x-ratelimit-remaining: %d" % c.rl)
    return "\n".join(lines) + "\n\n" + json.dumps(body)


FUEL_ITEMS = [
    {
        "id": "T-101",
        "grade": "Jet A-1",
        "volume_m3": 2140,
        "last_sump": "clear & bright",
        "water_ppm": 12,
        "settling_h": 3,
    },
    {
        "id": "T-102",
        "grade": "Jet A-1",
        "volume_m3": 1875,
        "last_sump": "clear & bright",
        "water_ppm": 9,
        "settling_h": 5,
    },
    {
        "id": "T-103",
        "grade": "Jet A-1",
        "volume_m3": 2402,
        "last_sump": "hazy, re-sumped",
        "water_ppm": 31,
        "settling_h": 2,
    },
    {
        "id": "T-104",
        "grade": "Jet A-1",
        "volume_m3": 960,
        "last_sump": "clear & bright",
        "water_ppm": 7,
        "settling_h": 8,
    },
    {
        "id": "T-105",
        "grade": "Avgas 100LL",
        "volume_m3": 88,
        "last_sump": "clear & bright",
        "water_ppm": 5,
        "settling_h": 12,
    },
]

FUEL = {
    "name": "aviation_fuel_farm_qc",
    "idx": {"toggle": 2, "status": 1, "search": 0},
    "env": env_fuel,
    "items": FUEL_ITEMS,
    "get": ("tank.get", "tank_id"),
    "list_call": lambda k: (
        "tank.list",
        {"site": "EGCC-north-farm"},
        {
            "tanks": [
                {"tank_id": i["id"], "grade": i["grade"], "volume_m3": i["volume_m3"]}
                for i in FUEL_ITEMS
            ]
        },
    ),
    "ack_other": "Right, on it.",
    "req": {
        "job": "Get the full CoA tests run on receipt batch NF-2603-17 and tell me when it's certified.",
        "report": "Morning. Give me the tank-by-tank sump picture before the 07:30 hydrant release.",
        "summary": "Three JIG inspection findings came in overnight for the north farm, what do they say?",
        "toggle": "T-103's quarantine flag is wrong, sort it out before the BA hydrant draw.",
        "fail": "Log the Millipore colorimetric result for the receipt batch on T-102.",
        "status": "Has the lab certificate of analysis for batch NF-2603-17 come through?",
        "mono": "Write me the deviation note for the hazy sump on T-103 for the quality manager.",
        "lookup": "What's the settling time on T-104 right now?",
        "write": "Record the monthly filter water separator change on vessel FWS-2 against T-105's line.",
        "search": "Dig out the last microbial growth test (Conidiosporium) for T-101.",
        "ask": "Raise a fuel quality incident for the hydrant cart.",
        "cycle": "Do the daily sump round on the Jet A-1 tanks.",
        "restart": "Run the pre-release conformity check for today's hydrant release.",
        "fallback": "Get the differential pressure history for T-104's filter vessel, the SCADA trend page won't load.",
    },
    "ack": [
        "Right, pulling the north farm tank list.",
        "Will do, reading the tank register first.",
        "Okay. Starting from the tank record.",
    ],
    "summary_nudges": ["which one matters for the release?", "just read them out please"],
    "nudges": [
        "and T-103?",
        "is that it?",
        "need the full round please, ramp is waiting",
        "same answer as before?",
    ],
    "exact": "North farm: 5 tanks on register, 4 Jet A-1 and 1 Avgas 100LL. Sump results are being collated and I will confirm tank-by-tank status for the 07:30 release shortly.",
    "nexts": ["next tank", "go on", "next", "ok, and the next"],
    "template": lambda i: (
        "%s (%s, %d m3): sump %s, water %d ppm, settled %dh."
        % (i["id"], i["grade"], i["volume_m3"], i["last_sump"], i["water_ppm"], i["settling_h"])
    ),
    "docs_list": (
        "jig.list_findings",
        {"site": "EGCC-north-farm", "since": "2026-03-08"},
        {"findings": ["JF-771", "JF-772", "JF-775"]},
    ),
    "paraphrases": [
        "I'll go through the three JIG findings and summarise them.",
        "Going to read JF-771, JF-772 and JF-775 now and give you the gist.",
        "Next I'm summarising the overnight JIG findings.",
        "I'll have a summary of the JIG inspection findings for you in a moment.",
        "Reviewing the JIG findings now, summary to follow.",
    ],
    "docs": [
        (
            "jig.get_finding",
            {"finding_id": "JF-771"},
            {
                "finding_id": "JF-771",
                "severity": "minor",
                "text": "Bonding cable on hydrant dispenser HD-4 frayed at clamp.",
            },
            "JF-771 (minor): frayed bonding cable clamp on dispenser HD-4; swap the cable before next use.",
        ),
        (
            "jig.get_finding",
            {"finding_id": "JF-772"},
            {
                "finding_id": "JF-772",
                "severity": "major",
                "text": "T-103 floating suction last checked 41 days ago (max 30).",
            },
            "JF-772 (major): floating suction check on T-103 is 11 days overdue; must be done before T-103 goes back into service.",
        ),
        (
            "jig.get_finding",
            {"finding_id": "JF-775"},
            {
                "finding_id": "JF-775",
                "severity": "observation",
                "text": "Sample retention shelf labels faded.",
            },
            "JF-775 (observation): retained-sample labels faded; relabel, no operational impact.",
        ),
    ],
    "docs_wrap": "So only JF-772 blocks anything: T-103 stays out of the release until its floating suction is checked.",
    "A": (
        "tank.set_quarantine",
        lambda i: {"tank_id": i["id"], "quarantined": True, "reason": "hazy sump"},
        lambda i: {"tank_id": i["id"], "quarantined": True},
    ),
    "B": (
        "tank.set_quarantine",
        lambda i: {"tank_id": i["id"], "quarantined": False},
        lambda i: {"tank_id": i["id"], "quarantined": False},
    ),
    "A2": (
        "sump.record",
        lambda i: {"tank_id": i["id"], "appearance": "clear & bright", "free_water": False},
        lambda i: {"tank_id": i["id"], "sump_id": "SMP-%s-0309" % i["id"][2:]},
    ),
    "B2": (
        "sump.sign_off",
        lambda i: {"tank_id": i["id"], "operator": "JKOWALSKI"},
        lambda i: {"tank_id": i["id"], "signed": True},
    ),
    "fail": (
        "lab.record_millipore",
        {"tank_id": "T-102", "batch": "NF-2603-17", "result_mg_l": 0.4, "scale": "ASTM D2276"},
        {
            "error": "SCALE_MISMATCH",
            "message": "Site configured for colour-scale method ASTM D2276 Appendix A; gravimetric value rejected",
        },
    ),
    "fix_first_err": {"error": "FIELD_MISSING", "message": "sample_point required"},
    "fix_notes": [
        "It wants the sample point; the receipt sample was taken at the inlet.",
        "Now the colour-scale rating. The membrane read dry rating 2 on the chart.",
    ],
    "fixes": [
        (
            {
                "tank_id": "T-102",
                "batch": "NF-2603-17",
                "result_mg_l": 0.4,
                "scale": "ASTM D2276",
                "sample_point": "inlet",
            },
            {
                "error": "SCALE_MISMATCH",
                "message": "Site configured for colour-scale method; supply 'dry_rating'",
            },
            True,
        ),
        (
            {
                "tank_id": "T-102",
                "batch": "NF-2603-17",
                "scale": "ASTM D2276-A",
                "sample_point": "inlet",
                "dry_rating": 2,
            },
            {"result_id": "MP-30917", "pass": True},
            False,
        ),
    ],
    "follow": (
        "release.attach_result",
        {"batch": "NF-2603-17", "result_id": "MP-30917"},
        {"batch": "NF-2603-17", "results_attached": 3},
    ),
    "status": (
        "lab.coa_status",
        {"batch": "NF-2603-17"},
        {"batch": "NF-2603-17", "coa": None, "state": "sample_at_lab"},
    ),
    "pages": [
        (
            "lab.list_coa",
            {"site": "EGCC-north-farm", "cursor": None},
            {"items": ["NF-2603-09", "NF-2603-11", "NF-2603-12"], "next": "c2"},
        ),
        (
            "lab.list_coa",
            {"site": "EGCC-north-farm", "cursor": "c2"},
            {"items": ["NF-2603-14", "NF-2603-15"], "next": "c3"},
        ),
        (
            "lab.list_coa",
            {"site": "EGCC-north-farm", "cursor": "c3"},
            {"items": ["NF-2603-16"], "next": "c4"},
        ),
        (
            "lab.list_coa",
            {"site": "EGCC-north-farm", "cursor": "c4"},
            {"items": ["NF-2603-17"], "next": None},
        ),
    ],
    "mono": "Deviation: at the 05:10 sump on T-103 the sample was hazy with no free water; re-sumped twice to clear & bright, water 31 ppm by Aqua-Glo. Tank held from release pending settle.",
    "sections": [
        "Event: 05:10 routine sump on T-103 produced a hazy sample, no free water visible.",
        "Immediate action: re-sumped twice until clear & bright; Aqua-Glo read 31 ppm; tank held from the hydrant.",
        "Cause (probable): receipt from the pipeline at 02:40 left only 2h settling against our 3h minimum.",
        "Corrective action: enforce the settling timer lock on the receipt valve; retrain night shift on settling rules.",
        "Release: T-103 back in service once 3h settled and a clear & bright sump is signed off.",
    ],
    "write": (
        "filter.record_change",
        {"vessel": "FWS-2", "tank_id": "T-105", "elements": 6, "reason": "monthly"},
        {"vessel": "FWS-2", "change_id": "FC-4412", "ok": True},
        {
            "id": "T-105",
            "grade": "Avgas 100LL",
            "volume_m3": 88,
            "last_sump": "clear & bright",
            "filter_change": "FC-4412",
            "water_ppm": 5,
        },
    ),
    "job_submit": (
        "lab.request_coa",
        {"batch": "NF-2603-17", "tests": ["density", "flash", "freeze", "conductivity"]},
        {"request_id": "LR-6620", "state": "received"},
    ),
    "job_poll": ("lab.request_status", {"request_id": "LR-6620"}),
    "job_states": [
        {"request_id": "LR-6620", "state": "received"},
        {"request_id": "LR-6620", "state": "testing", "done": ["density", "flash"]},
        {"request_id": "LR-6620", "state": "testing", "done": ["density", "flash", "freeze"]},
        {"request_id": "LR-6620", "state": "certified"},
    ],
    "job_result": (
        "lab.get_coa",
        {"request_id": "LR-6620"},
        {
            "batch": "NF-2603-17",
            "density": 801.4,
            "flash_c": 42,
            "freeze_c": -49,
            "conductivity_ps_m": 180,
            "pass": True,
        },
    ),
    "search": ("lab.search_tests", "text"),
    "search_extra": {"tank_id": "T-101"},
    "churn": [
        "microbial growth",
        "microbiological test",
        "MicrobMonitor2",
        "Conidiosporium",
        "fungal contamination test",
        "microbe kit",
    ],
    "empty": {"results": [], "count": 0},
    "refine": [
        ("microbial", {"results": ["LT-%d" % n for n in range(880, 886)], "count": 14}),
        ("microbial method:MicrobMonitor2", {"results": ["LT-882", "LT-885"], "count": 2}),
        ("microbial method:MicrobMonitor2 after:2026-01-01", {"results": ["LT-885"], "count": 1}),
    ],
    "reask_q": [
        "Which hydrant cart is it?",
        "What's the cart number for the incident?",
        "Just to confirm, which cart are we raising this against?",
    ],
    "reask_a": ["HC-07", "HC-07, told you", "H C zero seven."],
    "intake": [
        ("Which hydrant cart is it?", "HC-07"),
        (
            "What was seen: water, particulate or the wrong grade?",
            "Particulate in the nozzle screen on stand 212.",
        ),
        (
            "Was fuel delivered to an aircraft from that cart after the finding?",
            "No, stopped before the uplift.",
        ),
    ],
    "intake_close": "Raising it against HC-07: particulate at stand 212, no uplift affected.",
    "intake_call": (
        "incident.create",
        {
            "equipment": "HC-07",
            "type": "particulate",
            "location": "stand 212",
            "aircraft_fuelled": False,
        },
        {"incident_id": "FQI-1193", "state": "open"},
    ),
    "cycle": [
        (
            "sump.drain",
            lambda i: {"tank_id": i["id"], "litres": 5},
            lambda i: {"tank_id": i["id"], "drained_l": 5},
        ),
        (
            "sump.record",
            lambda i: {"tank_id": i["id"], "appearance": "clear & bright"},
            lambda i: {"tank_id": i["id"], "free_water": False},
        ),
        (
            "sump.sign_off",
            lambda i: {"tank_id": i["id"], "operator": "JKOWALSKI"},
            lambda i: {"tank_id": i["id"], "signed": True},
        ),
    ],
    "check": ("release.conformity_check", {"release": "HYD-0309-AM"}),
    "check_bodies": [
        {
            "release": "HYD-0309-AM",
            "blocking": ["T-103 settling < 3h", "FWS-2 dP not recorded", "HD-4 bonding cable"],
        },
        {"release": "HYD-0309-AM", "blocking": ["FWS-2 dP not recorded", "HD-4 bonding cable"]},
        {"release": "HYD-0309-AM", "blocking": ["HD-4 bonding cable"]},
        {"release": "HYD-0309-AM", "blocking": []},
    ],
    "check_fixes": [
        (
            "release.exclude_tank",
            {"release": "HYD-0309-AM", "tank_id": "T-103"},
            {"tanks": ["T-101", "T-102", "T-104"]},
        ),
        ("filter.record_dp", {"vessel": "FWS-2", "dp_bar": 0.42}, {"vessel": "FWS-2", "ok": True}),
        (
            "equipment.mark_repaired",
            {"equipment": "HD-4", "part": "bonding cable"},
            {"equipment": "HD-4", "serviceable": True},
        ),
    ],
    "alts": [
        (
            "scada.trend",
            {"tag": "T104.FWS.DP", "hours": 720},
            {"error": "UPSTREAM_TIMEOUT", "message": "historian did not answer in 30s"},
        ),
        (
            "historian.query",
            {"tag": "T104.FWS.DP", "range": "30d"},
            {"error": "UPSTREAM_TIMEOUT", "message": "historian did not answer in 30s"},
        ),
        (
            "scada.export_csv",
            {"tag": "T104.FWS.DP", "days": 30},
            {"error": "UPSTREAM_TIMEOUT", "message": "historian did not answer in 30s"},
        ),
    ],
    "alt_ok": (
        "filter.dp_log",
        {"vessel": "FWS-4", "days": 30},
        {"vessel": "FWS-4", "readings": 30, "max_bar": 0.61, "trend": "rising 0.01/day"},
    ),
    "alt_follow": (
        "filter.flag_for_change",
        {"vessel": "FWS-4", "reason": "dP trending to 1.0 bar in ~39 days"},
        {"vessel": "FWS-4", "flagged": True},
    ),
    "narr": {
        "flip": [
            "Hazy sump on record, putting T-103 back in quarantine.",
            "Re-sump came back clear, lifting the quarantine again.",
        ],
        "batch_done": "Each tank sumped and signed off in turn; round complete.",
        "retry": [
            "Retrying the Millipore entry.",
            "Posting it again.",
            "One more attempt at the result.",
        ],
        "fixed_done": "Millipore result MP-30917 (dry rating 2, pass) logged and attached to batch NF-2603-17.",
        "check": [
            "Checking the lab for the CoA.",
            "Checking again for the CoA.",
            "Still waiting, checking.",
            "Checking for the certificate once more.",
        ],
        "page": ["More certificates on the next page.", "Next page.", "Following the cursor."],
        "pages_done": "NF-2603-17 is on the last page, so its CoA has been issued.",
        "lookup_done": "T-101 to T-105 read; T-104 has settled 8h, ahead of the 3h minimum.",
        "confirm": [
            "Reading the tank back to check the change stuck.",
            "Confirming the filter change once more.",
            "Checking T-105 again.",
        ],
        "job_wait": "Lab has the sample; tests in progress.",
        "job_done": "CoA for NF-2603-17 certified: density 801.4, flash 42 C, freeze -49 C. Batch passes.",
        "search": [
            "Nothing back, trying another name for it.",
            "No results, rephrasing.",
            "Trying the kit name instead.",
        ],
        "narrow": "14 microbial tests on the site; narrowing to the dip-slide method.",
        "found": "Latest microbial test for T-101 is LT-885: negligible growth.",
        "intake_done": "Incident FQI-1193 open on HC-07; cart tagged out.",
        "cycle_done": "T-102, T-103 and T-104 drained, recorded and signed off.",
        "partial": "Three items block the release.",
        "restart": [
            "Let me start the conformity check again from scratch.",
            "Starting over with the release check.",
            "From the top again.",
        ],
        "clean": "No blocking items left; HYD-0309-AM can be released.",
        "rotate": ["Another route to the same data.", "Trying the other historian path."],
        "fallback_next": [
            "SCADA trend timed out; trying the historian directly.",
            "Historian is down too; the operators also log dP by hand in the filter log, using that.",
        ],
        "fallback_done": "Manual dP log shows FWS-4 at 0.61 bar and rising; flagged for an element change.",
    },
}


# ---------------------------------------------------------------- domain: franchise_royalty_audit


def env_roy(c: Ctx, tool: str, body: object, error: bool) -> str:
    out: dict = {
        "ok": not error,
        "trace_id": "%s-%s-%s" % (c.hexid(8), c.hexid(4), c.hexid(4)),
        "ts": int(BASE.timestamp()) + c.t,
    }
    if error:
        out["error"] = body
    else:
        out["result"] = body
    if tool.startswith("pos."):
        out["ratelimit"] = {"remaining": c.rl, "reset_s": c.rng.randint(5, 60)}
    else:
        out["took"] = "%.3fs" % (c.rng.randint(40, 1400) / 1000)
    return json.dumps(out)


ROY_ITEMS = [
    {
        "id": "FZ-0412",
        "store": "Denver - Colfax",
        "period": "2026-02",
        "gross_sales": 184220.15,
        "royalty_rate": 0.06,
        "reported": True,
    },
    {
        "id": "FZ-0419",
        "store": "Aurora - Havana St",
        "period": "2026-02",
        "gross_sales": 151980.40,
        "royalty_rate": 0.06,
        "reported": True,
    },
    {
        "id": "FZ-0433",
        "store": "Boulder - Pearl",
        "period": "2026-02",
        "gross_sales": 203415.00,
        "royalty_rate": 0.055,
        "reported": False,
    },
    {
        "id": "FZ-0437",
        "store": "Lakewood - Union",
        "period": "2026-02",
        "gross_sales": 97114.62,
        "royalty_rate": 0.06,
        "reported": True,
    },
    {
        "id": "FZ-0451",
        "store": "Littleton - Mineral",
        "period": "2026-02",
        "gross_sales": 132506.09,
        "royalty_rate": 0.06,
        "reported": False,
    },
]

ROY = {
    "name": "franchise_royalty_audit",
    "idx": {"search": 1, "fallback": 4, "summary": 2},
    "env": env_roy,
    "items": ROY_ITEMS,
    "get": ("franchisee.get_period", "unit_id"),
    "list_call": lambda k: (
        "franchisee.list_units",
        {"region": "CO-front-range", "period": "2026-02"},
        {"units": [i["id"] for i in ROY_ITEMS], "count": len(ROY_ITEMS)},
    ),
    "ack_other": "Sure, one sec.",
    "req": {
        "job": "Pull a full POS export of Boulder's February, I want to check their gross myself.",
        "report": "Which Front Range units have reported February sales? Need a line per unit.",
        "summary": "Legal sent over the three amendment letters for Boulder. What changed?",
        "toggle": "The Colfax unit's ad fund exemption — is it on or off? Fix it either way.",
        "fail": "Issue the February royalty invoice for FZ-0419.",
        "status": "Did the Boulder unit's POS sales upload land yet?",
        "mono": "Write the audit finding for the Lakewood underreport.",
        "lookup": "What's Lakewood's February gross?",
        "write": "Apply the 0.5% royalty abatement for Littleton for February, the board approved it.",
        "search": "Find the remodel waiver we granted Aurora, I think last year.",
        "ask": "Set up a late fee for one of the units that hasn't reported.",
        "cycle": "Reconcile POS vs reported sales for the Front Range units.",
        "restart": "Run the month-end royalty close for February.",
        "fallback": "Pull Littleton's daily sales from the POS, the franchisee says the portal number is wrong.",
    },
    "ack": [
        "Sure — grabbing the unit list for the region.",
        "Let me pull the unit record.",
        "Got it, looking up the franchisee.",
    ],
    "summary_nudges": ["what changed though?", "bottom line on the rate?"],
    "nudges": ["and Boulder?", "you posted that already", "still need the lines per unit", "??"],
    "exact": "5 units in CO-front-range for 2026-02. I'm checking which ones have submitted their sales reports and will list each unit's status next.",
    "nexts": ["next", "keep going", "next unit", "ok"],
    "template": lambda i: (
        "%s %s: gross $%s, rate %.1f%%, %s."
        % (
            i["id"],
            i["store"],
            format(i["gross_sales"], ",.2f"),
            i["royalty_rate"] * 100,
            "reported" if i["reported"] else "NOT reported",
        )
    ),
    "docs_list": (
        "legal.list_documents",
        {"unit_id": "FZ-0433", "type": "amendment"},
        {"documents": ["AMD-2022-03", "AMD-2024-11", "AMD-2025-07"]},
    ),
    "paraphrases": [
        "I'll read through the three Boulder amendments and tell you what changed.",
        "Let me go over AMD-2022-03, AMD-2024-11 and AMD-2025-07 for you.",
        "Going to summarise what each amendment changed for Boulder.",
        "I'll pull together the changes from the amendment letters shortly.",
        "Working on the amendment summary for FZ-0433 now.",
        "The Boulder amendment rundown is next.",
    ],
    "docs": [
        (
            "legal.get_document",
            {"doc_id": "AMD-2022-03"},
            {
                "doc_id": "AMD-2022-03",
                "clause": "4.1",
                "text": "Royalty rate reduced from 6.0% to 5.5% for the remaining term.",
            },
            "AMD-2022-03: royalty cut from 6.0% to 5.5% for the rest of the term (clause 4.1).",
        ),
        (
            "legal.get_document",
            {"doc_id": "AMD-2024-11"},
            {
                "doc_id": "AMD-2024-11",
                "clause": "7.3",
                "text": "Ad fund contribution capped at $1,800/month through 2025-12.",
            },
            "AMD-2024-11: ad fund contribution capped at $1,800 a month, but only through December 2025, so the cap has lapsed.",
        ),
        (
            "legal.get_document",
            {"doc_id": "AMD-2025-07"},
            {
                "doc_id": "AMD-2025-07",
                "clause": "2.2",
                "text": "Term extended to 2034-06-30; renewal fee waived.",
            },
            "AMD-2025-07: term extended to 30 June 2034 with the renewal fee waived.",
        ),
    ],
    "docs_wrap": "Net for February: Boulder pays 5.5% royalty and the full uncapped ad fund; the term runs to 2034.",
    "A": (
        "adfund.set_exemption",
        lambda i: {"unit_id": i["id"], "exempt": True},
        lambda i: {"unit_id": i["id"], "adfund_exempt": True},
    ),
    "B": (
        "adfund.set_exemption",
        lambda i: {"unit_id": i["id"], "exempt": False},
        lambda i: {"unit_id": i["id"], "adfund_exempt": False},
    ),
    "A2": (
        "royalty.calc",
        lambda i: {"unit_id": i["id"], "period": i["period"]},
        lambda i: {"unit_id": i["id"], "royalty": round(i["gross_sales"] * i["royalty_rate"], 2)},
    ),
    "B2": (
        "invoice.create",
        lambda i: {
            "unit_id": i["id"],
            "period": i["period"],
            "amount": round(i["gross_sales"] * i["royalty_rate"], 2),
        },
        lambda i: {"invoice_no": "RY-26-02-%s" % i["id"][3:], "status": "draft"},
    ),
    "fail": (
        "invoice.create",
        {"unit_id": "FZ-0419", "period": "2026-02", "amount": 9118.82},
        {"code": "GL_PERIOD_CLOSED", "detail": "GL period 2026-02 is closed in NetSuite sub FR-CO"},
    ),
    "fix_first_err": {
        "code": "VALIDATION",
        "detail": "amount must equal royalty.calc result 9118.82 for basis 'gross'; got basis null",
    },
    "fix_notes": [
        "It wants the basis spelled out; Aurora pays on gross.",
        "Now a missing due date. Terms are net 10 from the 5th, so due 2026-03-15.",
    ],
    "fixes": [
        (
            {"unit_id": "FZ-0419", "period": "2026-02", "amount": 9118.82, "basis": "gross"},
            {"code": "VALIDATION", "detail": "due_date required"},
            True,
        ),
        (
            {
                "unit_id": "FZ-0419",
                "period": "2026-02",
                "amount": 9118.82,
                "basis": "gross",
                "due_date": "2026-03-15",
            },
            {"invoice_no": "RY-26-02-0419", "status": "open"},
            False,
        ),
    ],
    "follow": (
        "invoice.send",
        {"invoice_no": "RY-26-02-0419", "to": "owner@aurora-havana.example"},
        {"invoice_no": "RY-26-02-0419", "emailed": True},
    ),
    "status": (
        "pos.upload_status",
        {"unit_id": "FZ-0433", "period": "2026-02"},
        {"unit_id": "FZ-0433", "last_upload": "2026-02-26", "days_missing": 3},
    ),
    "pages": [
        (
            "pos.daily_sales",
            {"unit_id": "FZ-0433", "from": "2026-02-01", "page": 1},
            {"days": ["02-01", "02-02", "02-03", "02-04", "02-05", "02-06", "02-07"], "more": True},
        ),
        (
            "pos.daily_sales",
            {"unit_id": "FZ-0433", "from": "2026-02-01", "page": 2},
            {"days": ["02-08", "02-09", "02-10", "02-11", "02-12", "02-13", "02-14"], "more": True},
        ),
        (
            "pos.daily_sales",
            {"unit_id": "FZ-0433", "from": "2026-02-01", "page": 3},
            {"days": ["02-15", "02-16", "02-17", "02-18", "02-19", "02-20", "02-21"], "more": True},
        ),
        (
            "pos.daily_sales",
            {"unit_id": "FZ-0433", "from": "2026-02-01", "page": 4},
            {
                "days": ["02-22", "02-23", "02-24", "02-25", "02-26", "02-27", "02-28"],
                "more": False,
            },
        ),
    ],
    "mono": "Finding: Lakewood (FZ-0437) reported $97,114.62 gross for February while the POS shows $104,880.10, an underreport of $7,765.48 (7.4%), above the 3% audit threshold.",
    "sections": [
        "Scope: FZ-0437 Lakewood - Union, February 2026, reported gross vs POS transaction log.",
        "Observation: POS gross $104,880.10 against $97,114.62 reported, a $7,765.48 (7.4%) gap.",
        "Cause: third-party delivery sales (DoorDash, $7,702) were left out of the reported figure.",
        "Impact: royalty owed $465.93 plus ad fund $155.31; interest per FA section 5.6.",
        "Requirement: amended report within 15 days; repeat underreport over 3% triggers a full-year audit.",
    ],
    "write": (
        "royalty.apply_abatement",
        {"unit_id": "FZ-0451", "period": "2026-02", "bps": 50, "approval": "BRD-2026-014"},
        {"unit_id": "FZ-0451", "effective_rate": 0.055, "abatement_id": "ABT-311"},
        {
            "id": "FZ-0451",
            "store": "Littleton - Mineral",
            "period": "2026-02",
            "gross_sales": 132506.09,
            "royalty_rate": 0.055,
            "abatement": "ABT-311",
            "reported": False,
        },
    ),
    "job_submit": (
        "pos.request_export",
        {"unit_id": "FZ-0433", "period": "2026-02", "format": "csv"},
        {"export_id": "EXP-9091", "status": "pending"},
    ),
    "job_poll": ("pos.export_status", {"export_id": "EXP-9091"}),
    "job_states": [
        {"export_id": "EXP-9091", "status": "pending"},
        {"export_id": "EXP-9091", "status": "building", "rows": 4100},
        {"export_id": "EXP-9091", "status": "building", "rows": 11820},
        {"export_id": "EXP-9091", "status": "ready", "rows": 12977},
    ],
    "job_result": (
        "pos.download_export",
        {"export_id": "EXP-9091"},
        {"rows": 12977, "gross": 203415.00, "days_covered": 28},
    ),
    "search": ("legal.search", "q"),
    "search_extra": {"unit_id": "FZ-0419"},
    "churn": [
        "remodel waiver",
        "waiver remodel requirement",
        "remodel deferral",
        "reimage waiver",
        "remodel exemption letter",
        "waiver of remodel obligation",
    ],
    "empty": {"documents": [], "total": 0},
    "refine": [
        ("waiver", {"documents": ["WV-%d" % n for n in range(101, 109)], "total": 17}),
        ("waiver year:2025", {"documents": ["WV-2025-04", "WV-2025-09"], "total": 2}),
        ("waiver year:2025 section:9.2", {"documents": ["WV-2025-09"], "total": 1}),
    ],
    "reask_q": [
        "Which unit should the late fee go on?",
        "Which franchisee is the late fee for?",
        "Sorry, for which unit?",
    ],
    "reask_a": ["Boulder, FZ-0433.", "Boulder. FZ-0433.", "FZ-0433 — I've said it twice."],
    "intake": [
        ("Which unit should the late fee go on?", "Boulder, FZ-0433."),
        ("Flat $250 per the FA or the 1.5% monthly interest option?", "Flat 250."),
        ("Do you want the default notice sent now or held until the 20th?", "Hold till the 20th."),
    ],
    "intake_close": "Okay: $250 flat late fee on FZ-0433, notice held to 2026-03-20.",
    "intake_call": (
        "fees.create",
        {"unit_id": "FZ-0433", "type": "late_report", "amount": 250, "notice_date": "2026-03-20"},
        {"fee_id": "LF-0277", "status": "scheduled"},
    ),
    "cycle": [
        (
            "pos.period_total",
            lambda i: {"unit_id": i["id"], "period": i["period"]},
            lambda i: {"unit_id": i["id"], "pos_gross": i["gross_sales"]},
        ),
        ("franchisee.get_period", lambda i: {"unit_id": i["id"]}, lambda i: i),
        (
            "recon.record",
            lambda i: {"unit_id": i["id"], "variance": 0.0},
            lambda i: {"unit_id": i["id"], "recon_status": "matched"},
        ),
    ],
    "check": ("close.preflight", {"period": "2026-02", "region": "CO-front-range"}),
    "check_bodies": [
        {
            "period": "2026-02",
            "blocking": [
                "FZ-0433 no sales report",
                "FZ-0451 no sales report",
                "FZ-0419 invoice missing",
            ],
        },
        {"period": "2026-02", "blocking": ["FZ-0451 no sales report", "FZ-0419 invoice missing"]},
        {"period": "2026-02", "blocking": ["FZ-0419 invoice missing"]},
        {"period": "2026-02", "blocking": []},
    ],
    "check_fixes": [
        (
            "sales.estimate_from_pos",
            {"unit_id": "FZ-0433", "period": "2026-02"},
            {"unit_id": "FZ-0433", "estimated_gross": 203415.00},
        ),
        (
            "sales.estimate_from_pos",
            {"unit_id": "FZ-0451", "period": "2026-02"},
            {"unit_id": "FZ-0451", "estimated_gross": 132506.09},
        ),
        (
            "invoice.create",
            {
                "unit_id": "FZ-0419",
                "period": "2026-02",
                "amount": 9118.82,
                "basis": "gross",
                "due_date": "2026-03-15",
            },
            {"invoice_no": "RY-26-02-0419"},
        ),
    ],
    "alts": [
        (
            "pos.daily_sales",
            {"unit_id": "FZ-0451", "from": "2026-02-01"},
            {"code": "UNAUTHORIZED", "detail": "POS API token for FZ-0451 revoked by franchisee"},
        ),
        (
            "pos.transactions",
            {"unit_id": "FZ-0451", "period": "2026-02"},
            {"code": "UNAUTHORIZED", "detail": "POS API token for FZ-0451 revoked by franchisee"},
        ),
        (
            "pos.request_export",
            {"unit_id": "FZ-0451", "period": "2026-02"},
            {"code": "UNAUTHORIZED", "detail": "POS API token for FZ-0451 revoked by franchisee"},
        ),
    ],
    "alt_ok": (
        "bank.card_settlements",
        {"merchant_id": "MID-448120931", "from": "2026-02-01", "to": "2026-02-28"},
        {"days": 28, "card_gross": 118402.77},
    ),
    "alt_follow": (
        "recon.record",
        {"unit_id": "FZ-0451", "source": "card_settlements", "card_gross": 118402.77},
        {"unit_id": "FZ-0451", "recon_status": "card_only_partial"},
    ),
    "narr": {
        "flip": [
            "The franchise agreement's exemption rider applies, switching it on.",
            "Rider expired in December, switching it back off.",
        ],
        "batch_done": "Royalty calculated and a draft invoice raised for each unit.",
        "retry": [
            "Retrying the invoice.",
            "Trying that invoice again.",
            "Sending the invoice request once more.",
        ],
        "fixed_done": "Invoice RY-26-02-0419 for $9,118.82 issued and emailed to Aurora.",
        "check": [
            "Checking Boulder's POS upload.",
            "Checking the upload status again.",
            "Any upload yet? Checking.",
            "Checking once more.",
        ],
        "page": ["Next week of daily sales.", "Next page.", "And the next."],
        "pages_done": "All 28 days are in the POS feed now; Boulder's February upload is complete.",
        "lookup_done": "Read the five Front Range units; Lakewood reported $97,114.62 gross.",
        "confirm": [
            "Confirming the abatement stuck.",
            "Reading Littleton's period again.",
            "Double-checking the effective rate.",
        ],
        "job_wait": "Export is building.",
        "job_done": "Boulder's POS export is in: 12,977 transactions, $203,415.00 gross over 28 days.",
        "search": [
            "No luck; trying other wording.",
            "Nothing again, rephrasing.",
            "Different terms this time.",
        ],
        "narrow": "17 waivers overall; narrowing to 2025.",
        "found": "WV-2025-09: remodel waiver for Aurora under section 9.2, deferring the reimage to 2027.",
        "intake_done": "Late fee LF-0277 scheduled on Boulder.",
        "cycle_done": "Aurora, Boulder and Lakewood reconciled against POS.",
        "partial": "Three items block the February close.",
        "restart": [
            "I'll restart the close from the beginning.",
            "Let me run the whole close again from the top.",
            "Starting over.",
        ],
        "clean": "Preflight clean; February royalty close can be posted.",
        "rotate": ["Trying another POS endpoint.", "Back around to another POS call."],
        "fallback_next": [
            "POS token revoked; trying the transactions endpoint.",
            "Same revocation. The unit's card processor settlements are ours under the FA, trying those.",
        ],
        "fallback_done": "Card settlements give $118,402.77 for Littleton's February; recorded as a partial reconciliation (cash not covered).",
    },
}


# ---------------------------------------------------------------- domain: fibre_otdr_acceptance


def env_otdr(c: Ctx, tool: str, body: object, error: bool) -> str:
    out: dict = {"status": "error" if error else "ok"}
    out["error" if error else "payload"] = body
    out["etag"] = 'W/"%s"' % c.hexid(12)
    out["gen_ms"] = c.rng.randint(12, 640)
    out["node"] = "netbuild-%s-%d" % (c.rng.choice(["fra", "ams"]), c.rng.randint(1, 6))
    if tool.startswith("otdr."):
        out["bytes"] = c.rng.randint(20_000, 90_000)
    out["at"] = c.stamp()
    return json.dumps(out)


OTDR_ITEMS = [
    {
        "id": "CAB-FDH12-F001",
        "fibres": 48,
        "length_m": 1842,
        "max_loss_db": 0.71,
        "events": 3,
        "result": "pass",
    },
    {
        "id": "CAB-FDH12-F002",
        "fibres": 48,
        "length_m": 1907,
        "max_loss_db": 0.66,
        "events": 3,
        "result": "pass",
    },
    {
        "id": "CAB-FDH12-F003",
        "fibres": 24,
        "length_m": 2210,
        "max_loss_db": 1.38,
        "events": 4,
        "result": "fail: splice 2 at 1,204 m",
    },
    {
        "id": "CAB-FDH12-F004",
        "fibres": 24,
        "length_m": 760,
        "max_loss_db": 0.42,
        "events": 2,
        "result": "pass",
    },
    {
        "id": "CAB-FDH12-F005",
        "fibres": 12,
        "length_m": 395,
        "max_loss_db": 0.29,
        "events": 2,
        "result": "pass",
    },
]

OTDR = {
    "name": "fibre_otdr_acceptance",
    "idx": {"toggle": 2, "status": 0, "summary": 2},
    "env": env_otdr,
    "items": OTDR_ITEMS,
    "get": ("otdr.get_cable_summary", "cable_id"),
    "list_call": lambda k: (
        "netbuild.list_cables",
        {"cabinet": "FDH-12", "project": "FTTH-Weststadt-Ph3"},
        {"cables": [i["id"] for i in OTDR_ITEMS], "phase": "acceptance"},
    ),
    "ack_other": "Alright, checking.",
    "req": {
        "job": "Run the client's analysis profile over every FDH-12 trace before we submit.",
        "report": "Give me the acceptance state per cable out of FDH-12, the client walkdown is tomorrow.",
        "summary": "The subcontractor sent three redline packs for FDH-12. What's in them?",
        "toggle": "F003 keeps showing as 'ready for acceptance' then not. Pin it down.",
        "fail": "Upload the bidirectional SOR traces for F002 to the client portal.",
        "status": "Has the client QA signed off the F001 traces yet?",
        "mono": "Write up the NCR for the high-loss splice on F003.",
        "lookup": "What's the worst splice loss on F004?",
        "write": "Set F005 to accepted, the client signed the paper sheet on site.",
        "search": "Find the splice closure photo for joint JC-12-07.",
        "ask": "Book a re-splice crew.",
        "cycle": "Do the trace QA on the FDH-12 cables.",
        "restart": "Run the handover completeness check for FDH-12.",
        "fallback": "Get me the raw SOR for F004 at 1625 nm, the viewer shows nothing.",
    },
    "ack": [
        "Okay, pulling the cabinet's cable list.",
        "Alright. Reading the cable summary first.",
        "Let me open the cable record.",
    ],
    "summary_nudges": ["anything affecting acceptance?", "short version is fine"],
    "nudges": ["F003??", "that's what you said five minutes ago", "per cable please", "hello"],
    "exact": "FDH-12 feeds 5 cables in FTTH-Weststadt-Ph3. I'm going through the OTDR summaries now and will post the acceptance state for each cable shortly.",
    "nexts": ["next cable", "next", "go on", "ok next"],
    "template": lambda i: (
        "%s: %d fibres, %d m, worst event %.2f dB, %s."
        % (i["id"][-4:], i["fibres"], i["length_m"], i["max_loss_db"], i["result"])
    ),
    "docs_list": (
        "docs.list_redlines",
        {"cabinet": "FDH-12"},
        {"packs": ["RL-0091", "RL-0093", "RL-0098"]},
    ),
    "paraphrases": [
        "I'll go through the three redline packs and tell you what changed.",
        "Reviewing RL-0091, RL-0093 and RL-0098 now, summary coming.",
        "Let me summarise the subcontractor's redlines for FDH-12.",
        "The redline summary is my next step.",
        "I'm putting together what the three packs change on the as-builts.",
    ],
    "docs": [
        (
            "docs.get_redline",
            {"pack": "RL-0091"},
            {
                "pack": "RL-0091",
                "changes": ["duct route moved to north verge 40 m", "handhole HH-12-03 relocated"],
            },
            "RL-0091: duct route moved 40 m onto the north verge, handhole HH-12-03 relocated accordingly.",
        ),
        (
            "docs.get_redline",
            {"pack": "RL-0093"},
            {"pack": "RL-0093", "changes": ["extra joint JC-12-07 at 1,204 m on F003"]},
            "RL-0093: an extra joint JC-12-07 was added on F003 at 1,204 m, which is exactly where the trace fails.",
        ),
        (
            "docs.get_redline",
            {"pack": "RL-0098"},
            {"pack": "RL-0098", "changes": ["F005 slack loop 20 m at building entry"]},
            "RL-0098: 20 m slack loop on F005 at the building entry; length on the as-built goes up by 20 m.",
        ),
    ],
    "docs_wrap": "Only RL-0093 matters for acceptance: the unplanned joint on F003 is the high-loss event.",
    "A": (
        "acceptance.set_state",
        lambda i: {"cable_id": i["id"], "state": "ready"},
        lambda i: {"cable_id": i["id"], "state": "ready"},
    ),
    "B": (
        "acceptance.set_state",
        lambda i: {"cable_id": i["id"], "state": "on_hold"},
        lambda i: {"cable_id": i["id"], "state": "on_hold"},
    ),
    "A2": (
        "otdr.approve_trace",
        lambda i: {"cable_id": i["id"], "wavelengths": [1310, 1550]},
        lambda i: {"cable_id": i["id"], "approved": True},
    ),
    "B2": (
        "acceptance.set_state",
        lambda i: {"cable_id": i["id"], "state": "ready"},
        lambda i: {"cable_id": i["id"], "state": "ready"},
    ),
    "fail": (
        "portal.upload_sor",
        {"cable_id": "CAB-FDH12-F002", "files": ["F002_A-B_1550.sor", "F002_B-A_1550.sor"]},
        {"code": 413, "reason": "Payload too large: portal limit 10 MB per request"},
    ),
    "fix_first_err": {"code": 400, "reason": "Filename must match <cable>_<fibre>_<dir>_<wl>.sor"},
    "fix_notes": [
        "Files need the fibre number in the name. Renaming to F002_01_AB_1550.sor etc.",
        "Now it wants the launch cable length declared; we used 500 m launch and receive leads.",
    ],
    "fixes": [
        (
            {"cable_id": "CAB-FDH12-F002", "files": ["F002_01_AB_1550.sor", "F002_01_BA_1550.sor"]},
            {"code": 400, "reason": "launch_m and receive_m required"},
            True,
        ),
        (
            {
                "cable_id": "CAB-FDH12-F002",
                "files": ["F002_01_AB_1550.sor", "F002_01_BA_1550.sor"],
                "launch_m": 500,
                "receive_m": 500,
            },
            {"uploaded": 2, "portal_ref": "WS3-UP-30418"},
            False,
        ),
    ],
    "follow": (
        "acceptance.set_state",
        {"cable_id": "CAB-FDH12-F002", "state": "submitted", "portal_ref": "WS3-UP-30418"},
        {"cable_id": "CAB-FDH12-F002", "state": "submitted"},
    ),
    "status": (
        "portal.review_status",
        {"cable_id": "CAB-FDH12-F001"},
        {"cable_id": "CAB-FDH12-F001", "review": "in_queue", "reviewer": None},
    ),
    "pages": [
        (
            "portal.review_queue",
            {"project": "FTTH-Weststadt-Ph3", "start": 0},
            {
                "reviewed": [
                    "CAB-FDH09-F001",
                    "CAB-FDH09-F002",
                    "CAB-FDH10-F001",
                    "CAB-FDH10-F003",
                ],
                "next_start": 4,
            },
        ),
        (
            "portal.review_queue",
            {"project": "FTTH-Weststadt-Ph3", "start": 4},
            {"reviewed": ["CAB-FDH11-F002", "CAB-FDH11-F004", "CAB-FDH12-F001"], "next_start": 7},
        ),
        (
            "portal.review_queue",
            {"project": "FTTH-Weststadt-Ph3", "start": 7},
            {"reviewed": ["CAB-FDH12-F004"], "next_start": None},
        ),
    ],
    "mono": "NCR: on CAB-FDH12-F003 fibre 7 the splice at 1,204 m (joint JC-12-07) measures 1.38 dB bidirectional average at 1550 nm against a 0.15 dB limit; re-splice required before acceptance.",
    "sections": [
        "Non-conformance: CAB-FDH12-F003, fibre 7, event 2 at 1,204 m.",
        "Measured: 1.38 dB bidirectional average at 1550 nm; spec allows 0.15 dB per fusion splice.",
        "Cause: joint JC-12-07 was added in the field (redline RL-0093) and the fibre was bent inside the tray.",
        "Disposition: re-splice and re-dress the tray, then retest both directions at 1310/1550 nm.",
        "Owner: subcontractor Glasnetz Bau, due before the 2026-03-16 walkdown.",
    ],
    "write": (
        "acceptance.set_state",
        {
            "cable_id": "CAB-FDH12-F005",
            "state": "accepted",
            "evidence": "paper sheet signed on site",
        },
        {"cable_id": "CAB-FDH12-F005", "state": "accepted", "rev": 7},
        {
            "id": "CAB-FDH12-F005",
            "fibres": 12,
            "length_m": 395,
            "max_loss_db": 0.29,
            "events": 2,
            "result": "pass",
            "acceptance": "accepted",
            "rev": 7,
        },
    ),
    "job_submit": (
        "otdr.batch_analyse",
        {"cabinet": "FDH-12", "profile": "client-WS3-v2"},
        {"batch": "AN-5521", "state": "queued"},
    ),
    "job_poll": ("otdr.batch_status", {"batch": "AN-5521"}),
    "job_states": [
        {"batch": "AN-5521", "state": "queued"},
        {"batch": "AN-5521", "state": "running", "files_done": 64, "files_total": 312},
        {"batch": "AN-5521", "state": "running", "files_done": 240, "files_total": 312},
        {"batch": "AN-5521", "state": "done", "files_done": 312, "files_total": 312},
    ],
    "job_result": (
        "otdr.batch_report",
        {"batch": "AN-5521"},
        {"pass": 311, "fail": 1, "failures": ["F003/07 event 2"]},
    ),
    "search": ("photos.search", "text"),
    "search_extra": {"project": "FTTH-Weststadt-Ph3"},
    "churn": [
        "JC-12-07",
        "JC 12 07 closure",
        "splice closure JC-12-07",
        "joint closure 12-07 photo",
        "JC1207",
        "closure photo JC-12-07",
    ],
    "empty": {"photos": [], "n": 0},
    "refine": [
        ("closure", {"photos": ["IMG_%d" % n for n in range(4410, 4418)], "n": 52}),
        ("closure cabinet:FDH-12", {"photos": ["IMG_4471", "IMG_4472", "IMG_4480"], "n": 3}),
        ("closure cabinet:FDH-12 date:2026-02-19", {"photos": ["IMG_4480"], "n": 1}),
    ],
    "reask_q": [
        "Which cable and joint is the re-splice for?",
        "Where should the crew go, which joint?",
        "To book it I need the joint, which one is it?",
    ],
    "reask_a": ["F003, joint JC-12-07.", "JC-12-07 on F003.", "I already told you. JC-12-07."],
    "intake": [
        ("Which cable and joint is the re-splice for?", "F003, joint JC-12-07."),
        (
            "Does the crew need traffic management for the handhole in the road?",
            "Yes, it's on Brunnenstrasse, needs a lane closure.",
        ),
        ("Earliest day? The lane closure permit usually takes 3 working days.", "Thursday then."),
    ],
    "intake_close": "Booking a splice crew for JC-12-07 on F003, Thursday, with lane closure on Brunnenstrasse.",
    "intake_call": (
        "crew.book",
        {
            "job": "re-splice",
            "joint": "JC-12-07",
            "cable_id": "CAB-FDH12-F003",
            "date": "2026-03-12",
            "tm": "lane_closure",
        },
        {"booking": "CRW-8830", "crew": "Glasnetz Team 4"},
    ),
    "cycle": [
        ("otdr.get_cable_summary", lambda i: {"cable_id": i["id"]}, lambda i: i),
        (
            "otdr.check_against_profile",
            lambda i: {"cable_id": i["id"], "profile": "client-WS3-v2"},
            lambda i: {"cable_id": i["id"], "violations": 0 if i["result"] == "pass" else 1},
        ),
        (
            "otdr.add_qa_note",
            lambda i: {"cable_id": i["id"], "note": "QA reviewed"},
            lambda i: {"cable_id": i["id"], "notes": 1},
        ),
    ],
    "check": ("handover.completeness", {"cabinet": "FDH-12"}),
    "check_bodies": [
        {"missing": ["F003 passing trace", "as-built with RL-0093", "F005 acceptance record"]},
        {"missing": ["as-built with RL-0093", "F005 acceptance record"]},
        {"missing": ["F005 acceptance record"]},
        {"missing": []},
    ],
    "check_fixes": [
        (
            "otdr.attach_retest",
            {"cable_id": "CAB-FDH12-F003", "file": "F003_07_AB_1550_retest.sor"},
            {"cable_id": "CAB-FDH12-F003", "max_loss_db": 0.08},
        ),
        (
            "docs.attach_asbuilt",
            {"cabinet": "FDH-12", "revision": "C", "includes": ["RL-0091", "RL-0093", "RL-0098"]},
            {"asbuilt": "AB-FDH12-C"},
        ),
        (
            "acceptance.set_state",
            {"cable_id": "CAB-FDH12-F005", "state": "accepted"},
            {"cable_id": "CAB-FDH12-F005", "state": "accepted"},
        ),
    ],
    "alts": [
        (
            "otdr.get_sor",
            {"cable_id": "CAB-FDH12-F004", "wavelength": 1625},
            {"code": 404, "reason": "no trace stored for wavelength 1625"},
        ),
        (
            "otdr.export_raw",
            {"cable_id": "CAB-FDH12-F004", "wl": 1625},
            {"code": 404, "reason": "no trace stored for wavelength 1625"},
        ),
        (
            "viewer.render",
            {"cable_id": "CAB-FDH12-F004", "wavelength": 1625},
            {"code": 404, "reason": "no trace stored for wavelength 1625"},
        ),
    ],
    "alt_ok": (
        "otdr.get_sor",
        {"cable_id": "CAB-FDH12-F004", "wavelength": 1550},
        {"file": "F004_01_AB_1550.sor", "max_loss_db": 0.42},
    ),
    "alt_follow": (
        "crew.book",
        {"job": "retest 1625", "cable_id": "CAB-FDH12-F004", "date": "2026-03-12"},
        {"booking": "CRW-8834"},
    ),
    "narr": {
        "flip": [
            "Trace looks fine at 1310, setting F003 ready.",
            "But 1550 has the splice fault, so back on hold.",
        ],
        "batch_done": "Traces approved and each cable set ready in turn.",
        "retry": ["Upload failed, retrying.", "Trying the upload again.", "Retrying."],
        "fixed_done": "F002 traces uploaded (portal ref WS3-UP-30418) and the cable marked submitted.",
        "check": [
            "Checking F001's review.",
            "Checking again.",
            "Looking at the review status again.",
            "One more check on F001.",
        ],
        "page": ["Next page of reviewed cables.", "Last page."],
        "pages_done": "F001 is in the reviewed list, so the client QA has signed it off; F004 too.",
        "lookup_done": "Summaries read for F001-F005; F004's worst splice is 0.42 dB.",
        "confirm": [
            "Re-reading F005 to verify.",
            "Checking the state again.",
            "Verifying F005 once more.",
        ],
        "job_wait": "Batch analysis under way.",
        "job_done": "All 312 traces analysed: 311 pass, 1 fail (F003 fibre 7, event 2).",
        "search": [
            "No match, trying another spelling.",
            "Still empty, rewording.",
            "Trying again with different words.",
        ],
        "narrow": "52 closure photos; narrowing to FDH-12.",
        "found": "IMG_4480 from 2026-02-19 is the JC-12-07 closure photo.",
        "intake_done": "Crew booking CRW-8830 confirmed for Thursday.",
        "cycle_done": "QA done on F002, F003 and F004; F003 carries the one violation.",
        "partial": "Three items missing from the handover pack.",
        "restart": [
            "Let me start the completeness check over.",
            "Starting again from the top.",
            "Restarting the check from scratch.",
        ],
        "clean": "Handover pack for FDH-12 is complete.",
        "rotate": ["Trying another export route.", "Another way to the same trace."],
        "fallback_next": [
            "No 1625 trace stored; trying the raw export in case the index is stale.",
            "Nothing at 1625 anywhere, so it was never shot. Fetching the 1550 trace to check the fibre is otherwise fine.",
        ],
        "fallback_done": "There is no 1625 nm trace for F004 (never tested); 1550 is clean at 0.42 dB, and a 1625 retest is booked (CRW-8834).",
    },
}


# ---------------------------------------------------------------- domain: marine_bunker_quantity_disputes


def env_bunker(c: Ctx, tool: str, body: object, error: bool) -> str:
    head = "[%s] corr=%s host=bnkops-%s %dms %s" % (
        c.stamp(),
        c.hexid(16),
        c.rng.choice(["sg1", "sg2", "rtm1"]),
        c.rng.randint(60, 2400),
        "ERR" if error else "OK",
    )
    if tool.startswith("lab."):
        head += " lab-queue-depth=%d" % c.rng.randint(0, 40)
    return head + "\n" + json.dumps(body)


BNK_ITEMS = [
    {
        "id": "BDN-SG-260302-114",
        "vessel": "MV Kestrel Bay (IMO 9781442)",
        "grade": "VLSFO 0.5%S",
        "bdn_mt": 1204.6,
        "ship_figure_mt": 1191.9,
        "supplier": "Straits Marine Fuels",
    },
    {
        "id": "BDN-SG-260302-118",
        "vessel": "MV Kestrel Bay (IMO 9781442)",
        "grade": "MGO DMA",
        "bdn_mt": 180.2,
        "ship_figure_mt": 179.8,
        "supplier": "Straits Marine Fuels",
    },
    {
        "id": "BDN-RT-260219-041",
        "vessel": "MV Orla Maersen (IMO 9690215)",
        "grade": "HSFO 380cst",
        "bdn_mt": 2450.0,
        "ship_figure_mt": 2411.3,
        "supplier": "Maasvlakte Bunkers BV",
    },
    {
        "id": "BDN-RT-260219-044",
        "vessel": "MV Orla Maersen (IMO 9690215)",
        "grade": "VLSFO 0.5%S",
        "bdn_mt": 800.4,
        "ship_figure_mt": 798.9,
        "supplier": "Maasvlakte Bunkers BV",
    },
    {
        "id": "BDN-FJ-260224-007",
        "vessel": "MT Saltire Spirit (IMO 9422171)",
        "grade": "VLSFO 0.5%S",
        "bdn_mt": 1500.0,
        "ship_figure_mt": 1486.2,
        "supplier": "Gulf Fujairah Supply",
    },
]

BNK = {
    "name": "marine_bunker_quantity_disputes",
    "idx": {"fail": 2, "status": 4, "search": 0, "fallback": 0, "summary": 2},
    "env": env_bunker,
    "items": BNK_ITEMS,
    "get": ("bdn.get", "bdn_no"),
    "list_call": lambda k: (
        "bdn.list_open",
        {"fleet": "BULK-EAST", "status": "disputed_or_pending"},
        {
            "bdns": [
                {"bdn_no": i["id"], "diff_mt": round(i["bdn_mt"] - i["ship_figure_mt"], 1)}
                for i in BNK_ITEMS
            ]
        },
    ),
    "ack_other": "Noted, looking into it.",
    "req": {
        "job": "Send the Saltire Spirit's MARPOL sample for full ISO 8217 testing and report back.",
        "report": "Chief wants each open BDN with the shortfall in MT. Line per BDN please.",
        "summary": "Summarise the surveyor, chief engineer and supplier statements on the Orla Maersen stem.",
        "toggle": "The Kestrel Bay VLSFO BDN is bouncing between 'protest' and 'accepted'. Which is it?",
        "fail": "File the quantity claim on the Orla Maersen HSFO stem with Maasvlakte.",
        "status": "Is the MARPOL sample result for the Saltire Spirit back from the lab?",
        "mono": "Draft the letter of protest for the Kestrel Bay VLSFO shortfall.",
        "lookup": "What did the Orla Maersen take in VLSFO at Rotterdam?",
        "write": "Record the Saltire Spirit's supplier credit note against the BDN.",
        "search": "Find the mass flow meter calibration cert for the barge that supplied the Kestrel Bay.",
        "ask": "Appoint an independent surveyor for the next stem.",
        "cycle": "Run the sounding reconciliation on the open BDNs.",
        "restart": "Run the claim-readiness check on the Orla Maersen dispute.",
        "fallback": "Get the Kestrel Bay's tank soundings from the day of the stem, the noon report link is broken.",
    },
    "ack": [
        "Noted. Pulling the open BDNs for the fleet.",
        "Checking the BDN first.",
        "Right, opening the bunker delivery note.",
    ],
    "summary_nudges": ["what does the surveyor say?", "do we have a case or not?"],
    "nudges": [
        "and the Saltire?",
        "same as your last message",
        "line per BDN, please",
        "anything?",
    ],
    "exact": "There are 5 open BDNs on BULK-EAST. I'm working out each shortfall against the ship's figures and will send you the BDN-by-BDN list shortly.",
    "nexts": ["next", "next BDN", "carry on", "ok next"],
    "template": lambda i: (
        "%s, %s, %s: BDN %.1f MT vs ship %.1f MT, short %.1f MT."
        % (
            i["id"],
            i["vessel"].split(" (")[0],
            i["grade"],
            i["bdn_mt"],
            i["ship_figure_mt"],
            i["bdn_mt"] - i["ship_figure_mt"],
        )
    ),
    "docs_list": (
        "dispute.list_statements",
        {"bdn_no": "BDN-RT-260219-041"},
        {"statements": ["ST-surveyor-2291", "ST-ce-0219", "ST-supplier-55"]},
    ),
    "paraphrases": [
        "I'll summarise the three statements on the Orla Maersen stem.",
        "Reading the surveyor, chief engineer and supplier statements now; summary to follow.",
        "Let me get you a summary of what each party says about the HSFO stem.",
        "Going to condense the three statements for you next.",
        "The statement summary is what I'll do now.",
        "I'll go through each statement and sum them up.",
    ],
    "docs": [
        (
            "dispute.get_statement",
            {"id": "ST-surveyor-2291"},
            {
                "author": "Intertek Rotterdam",
                "text": "Barge ROB after delivery 38.6 MT higher than calculated; barge tank 3P not gauged before pumping.",
            },
            "Surveyor (Intertek): barge kept about 38.6 MT more than it should have; tank 3P was never gauged before pumping, which undermines the barge figure.",
        ),
        (
            "dispute.get_statement",
            {"id": "ST-ce-0219"},
            {
                "author": "C/E Orla Maersen",
                "text": "Ship's tanks sounded before and after, trim corrected, 2411.3 MT received. Bubbles seen in the sounding pipes (cappuccino effect).",
            },
            "Chief engineer: ship received 2,411.3 MT by trim-corrected soundings; reports foaming in sounding pipes, i.e. air blown in (the 'cappuccino' effect).",
        ),
        (
            "dispute.get_statement",
            {"id": "ST-supplier-55"},
            {
                "author": "Maasvlakte Bunkers BV",
                "text": "Delivery by barge gauging 2450.0 MT, signed BDN without remarks.",
            },
            "Supplier: stands on barge gauging of 2,450.0 MT and notes the BDN was signed without remarks.",
        ),
    ],
    "docs_wrap": "Two of three statements support a 38.7 MT shortfall; the weak point for us is the BDN signed without a remark, so the letter of protest is essential.",
    "A": (
        "bdn.set_status",
        lambda i: {"bdn_no": i["id"], "status": "under_protest"},
        lambda i: {"bdn_no": i["id"], "status": "under_protest"},
    ),
    "B": (
        "bdn.set_status",
        lambda i: {"bdn_no": i["id"], "status": "accepted"},
        lambda i: {"bdn_no": i["id"], "status": "accepted"},
    ),
    "A2": (
        "sounding.reconcile",
        lambda i: {"bdn_no": i["id"]},
        lambda i: {"bdn_no": i["id"], "diff_mt": round(i["bdn_mt"] - i["ship_figure_mt"], 1)},
    ),
    "B2": (
        "bdn.set_status",
        lambda i: {
            "bdn_no": i["id"],
            "status": "under_protest" if i["bdn_mt"] - i["ship_figure_mt"] > 5 else "accepted",
        },
        lambda i: {
            "bdn_no": i["id"],
            "status": "under_protest" if i["bdn_mt"] - i["ship_figure_mt"] > 5 else "accepted",
        },
    ),
    "fail": (
        "claim.file",
        {"bdn_no": "BDN-RT-260219-041", "counterparty": "Maasvlakte Bunkers BV", "qty_mt": 38.7},
        {
            "code": "TIME_BAR",
            "detail": "Quantity claims must be notified within 15 days of delivery (2026-02-19); notification window closed",
        },
    ),
    "fix_first_err": {"code": "MISSING_DOC", "detail": "letter_of_protest_ref required"},
    "fix_notes": [
        "It needs the LOP reference; the master issued LOP-OM-0219 at the time.",
        "And the surveyor's report number: Intertek report 2291.",
    ],
    "fixes": [
        (
            {
                "bdn_no": "BDN-RT-260219-041",
                "counterparty": "Maasvlakte Bunkers BV",
                "qty_mt": 38.7,
                "letter_of_protest_ref": "LOP-OM-0219",
            },
            {"code": "MISSING_DOC", "detail": "survey_report_ref required for qty > 10 MT"},
            True,
        ),
        (
            {
                "bdn_no": "BDN-RT-260219-041",
                "counterparty": "Maasvlakte Bunkers BV",
                "qty_mt": 38.7,
                "letter_of_protest_ref": "LOP-OM-0219",
                "survey_report_ref": "ITK-RTM-2291",
            },
            {"claim_no": "QC-2026-0088", "state": "notified"},
            False,
        ),
    ],
    "follow": (
        "claim.notify_pi_club",
        {"claim_no": "QC-2026-0088"},
        {"claim_no": "QC-2026-0088", "club_ref": "NEP/26/3312"},
    ),
    "status": (
        "lab.sample_status",
        {"seal_no": "MAR-771203", "bdn_no": "BDN-FJ-260224-007"},
        {"seal_no": "MAR-771203", "state": "in_transit", "lab": "VPS Fujairah"},
    ),
    "pages": [
        (
            "lab.list_results",
            {"lab": "VPS Fujairah", "page_token": ""},
            {"results": ["MAR-771180", "MAR-771188", "MAR-771190"], "next_page_token": "q9"},
        ),
        (
            "lab.list_results",
            {"lab": "VPS Fujairah", "page_token": "q9"},
            {"results": ["MAR-771195", "MAR-771199"], "next_page_token": "qA"},
        ),
        (
            "lab.list_results",
            {"lab": "VPS Fujairah", "page_token": "qA"},
            {"results": ["MAR-771203"], "next_page_token": ""},
        ),
    ],
    "mono": "We hereby protest the quantity delivered to MV Kestrel Bay at Singapore on 2 March 2026 under BDN-SG-260302-114: the BDN states 1,204.6 MT VLSFO whereas the vessel's soundings show 1,191.9 MT received.",
    "sections": [
        "To: Straits Marine Fuels, barge master and agents. Re: MV Kestrel Bay, BDN-SG-260302-114, VLSFO 0.5%S, Singapore, 2 March 2026.",
        "We note the BDN figure of 1,204.6 MT against 1,191.9 MT by the vessel's trim- and list-corrected soundings, a shortfall of 12.7 MT.",
        "The barge's mass flow meter printout was not provided at completion despite the chief engineer's request at 14:20 LT.",
        "We therefore sign the BDN for receipt only and reserve all rights, including a claim for the shortfall and costs.",
        "Signed: Master, MV Kestrel Bay. Copies: owners, charterers, Straits Marine Fuels.",
    ],
    "write": (
        "bdn.record_credit",
        {
            "bdn_no": "BDN-FJ-260224-007",
            "credit_note": "GFS-CN-0417",
            "qty_mt": 13.8,
            "usd": 8763.00,
        },
        {"bdn_no": "BDN-FJ-260224-007", "credit_id": "CR-1120", "settled": True},
        {
            "id": "BDN-FJ-260224-007",
            "vessel": "MT Saltire Spirit (IMO 9422171)",
            "grade": "VLSFO 0.5%S",
            "bdn_mt": 1500.0,
            "ship_figure_mt": 1486.2,
            "credit": "CR-1120",
            "status": "settled",
        },
    ),
    "job_submit": (
        "lab.order_test",
        {
            "seal_no": "MAR-771203",
            "spec": "ISO 8217:2017",
            "tests": ["density", "water", "cat_fines", "sulphur"],
        },
        {"order": "VPS-ORD-55021", "state": "accepted"},
    ),
    "job_poll": ("lab.order_status", {"order": "VPS-ORD-55021"}),
    "job_states": [
        {"order": "VPS-ORD-55021", "state": "accepted"},
        {"order": "VPS-ORD-55021", "state": "testing", "complete": ["density"]},
        {"order": "VPS-ORD-55021", "state": "testing", "complete": ["density", "water", "sulphur"]},
        {"order": "VPS-ORD-55021", "state": "reported"},
    ],
    "job_result": (
        "lab.get_report",
        {"order": "VPS-ORD-55021"},
        {
            "density_15c": 0.9641,
            "water_vv": 0.12,
            "al_si_mgkg": 38,
            "sulphur_mm": 0.48,
            "off_spec": [],
        },
    ),
    "search": ("docs.search", "keywords"),
    "search_extra": {"vessel_imo": "9781442"},
    "churn": [
        "MFM calibration certificate",
        "mass flow meter cert",
        "Coriolis meter calibration",
        "barge meter calibration",
        "MFM cert barge",
        "flow meter calibration certificate",
    ],
    "empty": {"docs": [], "count": 0},
    "refine": [
        ("calibration", {"docs": ["CAL-%d" % n for n in range(3301, 3307)], "count": 19}),
        ("calibration port:Singapore", {"docs": ["CAL-3312", "CAL-3318"], "count": 2}),
        ("calibration port:Singapore barge:Straits Harmony", {"docs": ["CAL-3318"], "count": 1}),
    ],
    "reask_q": [
        "For which vessel and port is the surveyor needed?",
        "Which ship and port should I appoint the surveyor for?",
        "Which stem is this for, vessel and port?",
    ],
    "reask_a": [
        "Kestrel Bay, Singapore, 18 March.",
        "Kestrel Bay at Singapore.",
        "KESTREL BAY. SINGAPORE.",
    ],
    "intake": [
        ("For which vessel and port is the surveyor needed?", "Kestrel Bay, Singapore, 18 March."),
        ("Quantity only, or quantity plus sampling witness?", "Both."),
        ("Intertek or SGS? Intertek did the last Rotterdam one.", "SGS this time."),
    ],
    "intake_close": "Appointing SGS Singapore for Kestrel Bay on 18 March, quantity and sampling.",
    "intake_call": (
        "survey.appoint",
        {
            "vessel_imo": "9781442",
            "port": "SGSIN",
            "date": "2026-03-18",
            "scope": ["quantity", "sampling"],
            "company": "SGS",
        },
        {"appointment": "SV-SG-4471", "surveyor": "R. Tan"},
    ),
    "cycle": [
        ("bdn.get", lambda i: {"bdn_no": i["id"]}, lambda i: i),
        (
            "sounding.get_before_after",
            lambda i: {"bdn_no": i["id"]},
            lambda i: {"bdn_no": i["id"], "received_mt": i["ship_figure_mt"]},
        ),
        (
            "sounding.reconcile",
            lambda i: {"bdn_no": i["id"]},
            lambda i: {"bdn_no": i["id"], "diff_mt": round(i["bdn_mt"] - i["ship_figure_mt"], 1)},
        ),
    ],
    "check": ("claim.readiness", {"bdn_no": "BDN-RT-260219-041"}),
    "check_bodies": [
        {
            "ready": False,
            "missing": ["surveyor report", "sounding sheets signed by C/E", "barge gauging record"],
        },
        {"ready": False, "missing": ["sounding sheets signed by C/E", "barge gauging record"]},
        {"ready": False, "missing": ["barge gauging record"]},
        {"ready": True, "missing": []},
    ],
    "check_fixes": [
        (
            "dispute.attach",
            {"bdn_no": "BDN-RT-260219-041", "doc": "ITK-RTM-2291.pdf"},
            {"attached": "ITK-RTM-2291.pdf"},
        ),
        (
            "dispute.attach",
            {"bdn_no": "BDN-RT-260219-041", "doc": "OM_soundings_0219_signed.pdf"},
            {"attached": "OM_soundings_0219_signed.pdf"},
        ),
        (
            "dispute.request_from_supplier",
            {"bdn_no": "BDN-RT-260219-041", "doc": "barge gauging record"},
            {"received": "MBB_gauging_0219.pdf"},
        ),
    ],
    "alts": [
        (
            "noon.get_report",
            {"vessel_imo": "9781442", "date": "2026-03-02"},
            {"code": "VSAT_DOWN", "detail": "Vessel not reachable since 2026-03-07 06:10Z"},
        ),
        (
            "vessel.fetch_soundings",
            {"vessel_imo": "9781442", "date": "2026-03-02"},
            {"code": "VSAT_DOWN", "detail": "Vessel not reachable since 2026-03-07 06:10Z"},
        ),
        (
            "vessel.ems_query",
            {"vessel_imo": "9781442", "tags": ["FO_TK_LVL"], "date": "2026-03-02"},
            {"code": "VSAT_DOWN", "detail": "Vessel not reachable since 2026-03-07 06:10Z"},
        ),
    ],
    "alt_ok": (
        "shore.bunker_pack",
        {"vessel_imo": "9781442", "bdn_no": "BDN-SG-260302-114"},
        {"files": ["KB_soundings_before.pdf", "KB_soundings_after.pdf"], "received_mt": 1191.9},
    ),
    "alt_follow": (
        "dispute.attach",
        {"bdn_no": "BDN-SG-260302-114", "doc": "KB_soundings_after.pdf"},
        {"attached": "KB_soundings_after.pdf"},
    ),
    "narr": {
        "flip": [
            "Shortfall exceeds tolerance, putting the BDN under protest.",
            "The C/E signed it clean though, so setting it back to accepted.",
        ],
        "batch_done": "All open BDNs reconciled and their status set one by one.",
        "retry": [
            "Claim rejected; filing again.",
            "Resubmitting the claim.",
            "Trying to file it once more.",
        ],
        "fixed_done": "Claim QC-2026-0088 notified to Maasvlakte and passed to the P&I club (NEP/26/3312).",
        "check": [
            "Checking on the Saltire sample.",
            "Checking the lab again.",
            "Looking at the sample status again.",
            "Checking the seal once more.",
        ],
        "page": ["More results on the next page.", "Next page."],
        "pages_done": "MAR-771203 is on the last page of the lab's results, so the Saltire sample is reported.",
        "lookup_done": "Five BDNs read; the Orla Maersen took 800.4 MT VLSFO at Rotterdam by BDN (798.9 MT by ship's figure).",
        "confirm": [
            "Checking that the credit posted.",
            "Reading the BDN back again.",
            "Verifying once more.",
        ],
        "job_wait": "Lab has the sample and is testing.",
        "job_done": "Saltire Spirit sample is on spec: density 0.9641, water 0.12%, Al+Si 38 mg/kg, sulphur 0.48%.",
        "search": ["No hits; trying other terms.", "Nothing, rephrasing.", "Rewording the search."],
        "narrow": "19 calibration certs; narrowing to Singapore.",
        "found": "CAL-3318 is the MFM calibration for barge Straits Harmony, valid to 2026-08.",
        "intake_done": "SGS appointed (SV-SG-4471, surveyor R. Tan).",
        "cycle_done": "Soundings reconciled for three BDNs.",
        "partial": "Three documents still missing for the claim.",
        "restart": [
            "Let me redo the readiness check from scratch.",
            "Starting the readiness review over.",
            "Back to the start.",
        ],
        "clean": "The claim file is complete and ready to send.",
        "rotate": ["Trying another vessel data source.", "Going round the ship's systems again."],
        "fallback_next": [
            "Ship is off VSAT; trying the vessel soundings endpoint.",
            "Still unreachable. The superintendent's office keeps a shore copy of each bunker pack, trying that.",
        ],
        "fallback_done": "Got the before/after soundings (1,191.9 MT received) from the shore bunker pack and attached them to the dispute.",
    },
}


# ---------------------------------------------------------------- domain: microwave_link_frequency_coordination


def env_mw(c: Ctx, tool: str, body: object, error: bool) -> str:
    path = "/v2/" + tool.replace(".", "/")
    out: dict = {
        "x-request-id": "%s%s" % (c.rng.choice(["A", "B", "K"]), c.hexid(15).upper()),
        "processed_at": c.stamp(),
        "_links": {"self": path},
    }
    if error:
        out["problem"] = body
        out["status"] = 409 if "conflict" in json.dumps(body).lower() else 400
    else:
        out["response"] = body
    if tool.startswith("interference."):
        out["compute_s"] = round(c.rng.uniform(0.8, 14.0), 2)
    return json.dumps(out)


MW_ITEMS = [
    {
        "id": "LNK-TX0417",
        "a_site": "DAL-1123",
        "b_site": "DAL-1188",
        "band_ghz": 11,
        "path_km": 18.4,
        "tx_mhz": 11405.0,
        "pol": "V",
    },
    {
        "id": "LNK-TX0422",
        "a_site": "DAL-1188",
        "b_site": "DAL-1202",
        "band_ghz": 6,
        "path_km": 31.7,
        "tx_mhz": 6152.2,
        "pol": "H",
    },
    {
        "id": "LNK-TX0430",
        "a_site": "FTW-0044",
        "b_site": "FTW-0071",
        "band_ghz": 18,
        "path_km": 6.2,
        "tx_mhz": 18580.0,
        "pol": "V",
    },
    {
        "id": "LNK-TX0431",
        "a_site": "FTW-0071",
        "b_site": "FTW-0090",
        "band_ghz": 23,
        "path_km": 3.9,
        "tx_mhz": 22200.0,
        "pol": "H",
    },
    {
        "id": "LNK-TX0438",
        "a_site": "DAL-1202",
        "b_site": "DEN-0311",
        "band_ghz": 11,
        "path_km": 24.0,
        "tx_mhz": 10975.0,
        "pol": "H",
    },
]

MW = {
    "name": "microwave_link_frequency_coordination",
    "idx": {"toggle": 2, "fail": 0, "status": 4, "search": 1, "summary": 1, "restart": 1},
    "env": env_mw,
    "items": MW_ITEMS,
    "get": ("link.get", "link_id"),
    "list_call": lambda k: (
        "link.list",
        {"market": "DFW", "state": "in_coordination"},
        {"links": [{"link_id": i["id"], "band_ghz": i["band_ghz"]} for i in MW_ITEMS]},
    ),
    "ack_other": "Sure, checking the records.",
    "req": {
        "job": "Run a full interference study on TX0422 with the Category A antenna.",
        "report": "Need a per-link status of DFW links in coordination for the RF planning call.",
        "summary": "We got three PCN responses on TX0422. What do they object to?",
        "toggle": "TX0430 keeps switching between V and H pol in the plan. Fix it.",
        "fail": "File TX0417 on ULS now that the PCN period is over.",
        "status": "Has the 30-day PCN window closed on TX0438?",
        "mono": "Write the interference justification for TX0422 to send back to the objector.",
        "lookup": "What frequency did we pick for TX0431?",
        "write": "Change TX0438 to 10995 MHz, the RF lead approved the shift.",
        "search": "Find the prior coordination notice from the utility that owns the 6 GHz path near DAL-1202.",
        "ask": "Start coordination for a new link.",
        "cycle": "Run interference analysis on the DFW links.",
        "restart": "Run the pre-filing check for TX0422.",
        "fallback": "Pull the terrain profile for TX0431, the path tool keeps spinning.",
    },
    "ack": [
        "Pulling the DFW links in coordination.",
        "Looking up the link first.",
        "Okay, getting the link record.",
    ],
    "summary_nudges": ["what are they objecting to?", "can we answer them?"],
    "nudges": ["TX0430?", "copy-paste of last time?", "the call starts in 5", "per link!"],
    "exact": "DFW has 5 links in coordination across 6, 11, 18 and 23 GHz. I'm going through the PCN and interference status for each and will have a per-link summary for the call shortly.",
    "nexts": ["next", "next link", "go", "continue"],
    "template": lambda i: (
        "%s %s-%s: %d GHz, %.1f km, TX %.1f MHz %s-pol."
        % (
            i["id"][4:],
            i["a_site"],
            i["b_site"],
            i["band_ghz"],
            i["path_km"],
            i["tx_mhz"],
            i["pol"],
        )
    ),
    "docs_list": (
        "pcn.list_responses",
        {"link_id": "LNK-TX0422"},
        {"responses": ["RSP-1187", "RSP-1190", "RSP-1203"]},
    ),
    "paraphrases": [
        "I'll review the three PCN responses on TX0422 and summarise the objections.",
        "Going through RSP-1187, RSP-1190 and RSP-1203 for you now.",
        "Let me summarise what each respondent is objecting to.",
        "I'll have the objection summary for TX0422 in a moment.",
        "Summarising the PCN responses next.",
    ],
    "docs": [
        (
            "pcn.get_response",
            {"response_id": "RSP-1187"},
            {
                "from": "Oncor Telecom",
                "text": "Predicted C/I 52 dB on our DAL-1199 receiver vs 57 dB objective.",
            },
            "RSP-1187 (Oncor): predicts our TX0422 drops their DAL-1199 receiver to 52 dB C/I, 5 dB under their 57 dB objective.",
        ),
        (
            "pcn.get_response",
            {"response_id": "RSP-1190"},
            {"from": "Comsearch on behalf of AT&T", "text": "No objection."},
            "RSP-1190 (AT&T via Comsearch): no objection.",
        ),
        (
            "pcn.get_response",
            {"response_id": "RSP-1203"},
            {"from": "Texas DPS", "text": "Object unless antenna upgraded to Category A."},
            "RSP-1203 (Texas DPS): objects unless we use a Category A antenna on the link.",
        ),
    ],
    "docs_wrap": "Two real objections: a 5 dB C/I shortfall for Oncor and the Category A antenna demand from DPS; a Cat A 8 ft dish would likely answer both.",
    "A": (
        "plan.set_polarisation",
        lambda i: {"link_id": i["id"], "pol": "V"},
        lambda i: {"link_id": i["id"], "pol": "V"},
    ),
    "B": (
        "plan.set_polarisation",
        lambda i: {"link_id": i["id"], "pol": "H"},
        lambda i: {"link_id": i["id"], "pol": "H"},
    ),
    "A2": (
        "plan.lock_channel",
        lambda i: {"link_id": i["id"], "tx_mhz": i["tx_mhz"]},
        lambda i: {"link_id": i["id"], "locked": True},
    ),
    "B2": (
        "pcn.queue",
        lambda i: {"link_id": i["id"]},
        lambda i: {"link_id": i["id"], "pcn_id": "PCN-26-%s" % i["id"][-4:], "queued": True},
    ),
    "fail": (
        "uls.file",
        {"link_id": "LNK-TX0417", "frn": "0019283746", "form": "601"},
        {
            "title": "FRN red-lighted",
            "detail": "FRN 0019283746 has delinquent debt; CORES red light status",
        },
    ),
    "fix_first_err": {"title": "Schedule I incomplete", "detail": "EIRP missing for path 1"},
    "fix_notes": [
        "Adding EIRP: 55.3 dBm from the link budget.",
        "Now it wants the ASR number for the DAL-1123 tower; it's 1287745.",
    ],
    "fixes": [
        (
            {"link_id": "LNK-TX0417", "frn": "0019283746", "form": "601", "eirp_dbm": 55.3},
            {
                "title": "Schedule I incomplete",
                "detail": "asr required for structure > 200 ft at DAL-1123",
            },
            True,
        ),
        (
            {
                "link_id": "LNK-TX0417",
                "frn": "0019283746",
                "form": "601",
                "eirp_dbm": 55.3,
                "asr": "1287745",
            },
            {"file_number": "0011748823", "status": "pending"},
            False,
        ),
    ],
    "follow": (
        "link.set_state",
        {"link_id": "LNK-TX0417", "state": "filed", "file_number": "0011748823"},
        {"link_id": "LNK-TX0417", "state": "filed"},
    ),
    "status": (
        "pcn.window",
        {"link_id": "LNK-TX0438"},
        {"pcn_id": "PCN-26-0438", "sent": "2026-02-18", "closes": "2026-03-20", "open": True},
    ),
    "pages": [
        (
            "pcn.list_sent",
            {"market": "DFW", "offset": 0, "limit": 5},
            {
                "pcns": ["PCN-26-0401", "PCN-26-0405", "PCN-26-0409", "PCN-26-0411", "PCN-26-0417"],
                "total": 12,
            },
        ),
        (
            "pcn.list_sent",
            {"market": "DFW", "offset": 5, "limit": 5},
            {
                "pcns": ["PCN-26-0419", "PCN-26-0422", "PCN-26-0425", "PCN-26-0430", "PCN-26-0431"],
                "total": 12,
            },
        ),
        (
            "pcn.list_sent",
            {"market": "DFW", "offset": 10, "limit": 5},
            {
                "pcns": [
                    {"id": "PCN-26-0436", "sent": "2026-02-11"},
                    {"id": "PCN-26-0438", "sent": "2026-02-18"},
                ],
                "total": 12,
            },
        ),
    ],
    "mono": "Justification: with the Category A antenna (VHLPX8-6W) the predicted C/I at the DAL-1199 receiver is 58.1 dB, above the 57 dB objective in TIA TSB-10-F, so no harmful interference is expected.",
    "sections": [
        "Link: TX0422, DAL-1188 to DAL-1202, 6152.2 MHz H-pol, 31.7 km.",
        "Objection: Oncor's DAL-1199 receiver predicted at 52 dB C/I against a 57 dB objective (TSB-10-F).",
        "Change: replace the 6 ft Category B antenna with an 8 ft Category A (VHLPX8-6W), front-to-back 71 dB.",
        "Result: recomputed C/I 58.1 dB at DAL-1199, a 1.1 dB margin over the objective; fade margin on our path unchanged at 41 dB.",
        "Request: please withdraw the objection on this basis within 10 days; full study attached.",
    ],
    "write": (
        "plan.set_frequency",
        {"link_id": "LNK-TX0438", "tx_mhz": 10995.0, "approved_by": "RF lead"},
        {"link_id": "LNK-TX0438", "tx_mhz": 10995.0, "plan_rev": 12},
        {
            "id": "LNK-TX0438",
            "a_site": "DAL-1202",
            "b_site": "DEN-0311",
            "band_ghz": 11,
            "path_km": 24.0,
            "tx_mhz": 10995.0,
            "pol": "H",
            "plan_rev": 12,
        },
    ),
    "job_submit": (
        "interference.run_study",
        {"link_id": "LNK-TX0422", "antenna": "VHLPX8-6W"},
        {"study_id": "IS-77104", "state": "queued"},
    ),
    "job_poll": ("interference.study_status", {"study_id": "IS-77104"}),
    "job_states": [
        {"study_id": "IS-77104", "state": "queued"},
        {"study_id": "IS-77104", "state": "running", "victims_checked": 118, "victims_total": 940},
        {"study_id": "IS-77104", "state": "running", "victims_checked": 702, "victims_total": 940},
        {"study_id": "IS-77104", "state": "complete", "victims_checked": 940, "victims_total": 940},
    ],
    "job_result": (
        "interference.study_result",
        {"study_id": "IS-77104"},
        {"cases_below_objective": 0, "worst_ci_db": 58.1, "worst_victim": "DAL-1199"},
    ),
    "search": ("pcn.search_received", "query"),
    "search_extra": {"band": "6GHz"},
    "churn": [
        "utility 6 GHz DAL-1202",
        "6GHz utility PCN near DAL-1202",
        "prior coordination utility 6 GHz",
        "electric utility microwave PCN",
        "utility PCN 6 GHz Dallas",
        "6 GHz PCN power company",
    ],
    "empty": {"notices": [], "total": 0},
    "refine": [
        ("band:6GHz", {"notices": ["RCV-%d" % n for n in range(2200, 2208)], "total": 41}),
        (
            "band:6GHz within_km:DAL-1202,20",
            {"notices": ["RCV-2231", "RCV-2240", "RCV-2252"], "total": 3},
        ),
        ("band:6GHz within_km:DAL-1202,20 licensee:Oncor", {"notices": ["RCV-2240"], "total": 1}),
    ],
    "reask_q": [
        "What are the two site IDs for the new link?",
        "Which sites does the new link connect?",
        "I need both ends first: which sites?",
    ],
    "reask_a": [
        "FTW-0090 to FTW-0102.",
        "FTW-0090 and FTW-0102.",
        "I gave you that. FTW-0090 / FTW-0102.",
    ],
    "intake": [
        ("What are the two site IDs for the new link?", "FTW-0090 to FTW-0102."),
        (
            "Capacity target? That decides 11 vs 18 GHz and the channel width.",
            "1 Gbps, 80 MHz channel is fine.",
        ),
        ("Any band the customer wants avoided?", "Stay out of 6 GHz, too congested there."),
    ],
    "intake_close": "Understood: FTW-0090 to FTW-0102, 1 Gbps in an 80 MHz channel, not 6 GHz. Creating the link.",
    "intake_call": (
        "link.create",
        {
            "a_site": "FTW-0090",
            "b_site": "FTW-0102",
            "capacity_mbps": 1000,
            "bw_mhz": 80,
            "exclude_bands": [6],
        },
        {"link_id": "LNK-TX0446", "proposed_band_ghz": 11},
    ),
    "cycle": [
        ("link.get", lambda i: {"link_id": i["id"]}, lambda i: i),
        (
            "interference.quick_check",
            lambda i: {"link_id": i["id"], "tx_mhz": i["tx_mhz"]},
            lambda i: {"link_id": i["id"], "cases": 0 if i["band_ghz"] != 6 else 1},
        ),
        (
            "plan.record_check",
            lambda i: {"link_id": i["id"], "result": "screened"},
            lambda i: {"link_id": i["id"], "screened": True},
        ),
    ],
    "check": ("uls.prefile_check", {"link_id": "LNK-TX0422"}),
    "check_bodies": [
        {
            "errors": [
                "antenna model not in FCC list",
                "open PCN objection RSP-1187",
                "open PCN objection RSP-1203",
            ]
        },
        {"errors": ["open PCN objection RSP-1187", "open PCN objection RSP-1203"]},
        {"errors": ["open PCN objection RSP-1203"]},
        {"errors": []},
    ],
    "check_fixes": [
        (
            "plan.set_antenna",
            {"link_id": "LNK-TX0422", "model": "VHLPX8-6W"},
            {"link_id": "LNK-TX0422", "category": "A"},
        ),
        (
            "pcn.record_resolution",
            {"response_id": "RSP-1187", "resolution": "withdrawn after study IS-77104"},
            {"response_id": "RSP-1187", "open": False},
        ),
        (
            "pcn.record_resolution",
            {"response_id": "RSP-1203", "resolution": "Category A antenna adopted"},
            {"response_id": "RSP-1203", "open": False},
        ),
    ],
    "alts": [
        (
            "path.profile",
            {"link_id": "LNK-TX0431", "dem": "SRTM1"},
            {"title": "Conflict", "detail": "terrain tile N32W098 locked by another export job"},
        ),
        (
            "path.profile",
            {"link_id": "LNK-TX0431", "dem": "NED10"},
            {"title": "Conflict", "detail": "terrain tile N32W098 locked by another export job"},
        ),
        (
            "path.export_kmz",
            {"link_id": "LNK-TX0431"},
            {"title": "Conflict", "detail": "terrain tile N32W098 locked by another export job"},
        ),
    ],
    "alt_ok": (
        "path.profile",
        {"link_id": "LNK-TX0431", "dem": "LIDAR-DFW-2024"},
        {"points": 391, "min_clearance_pct_f1": 82, "obstruction": None},
    ),
    "alt_follow": (
        "plan.record_check",
        {"link_id": "LNK-TX0431", "result": "path clear, 82% F1 at k=4/3"},
        {"link_id": "LNK-TX0431", "screened": True},
    ),
    "narr": {
        "flip": [
            "Cross-pol with TX0431 on the same tower suggests V.",
            "But the existing 18 GHz link at FTW-0071 is V, so flipping to H.",
        ],
        "batch_done": "Channels locked and PCNs queued for each link in turn.",
        "retry": ["Refiling.", "Trying ULS again.", "Retrying the filing."],
        "fixed_done": "TX0417 filed on ULS, file number 0011748823.",
        "check": [
            "Checking whether the PCN window for TX0438 has closed.",
            "Checking the window again.",
            "Looking at it again.",
            "Rechecking the PCN window.",
        ],
        "page": ["Next page of sent PCNs.", "Last page."],
        "pages_done": "PCN-26-0438 is among the 12 sent notices; it went out 2026-02-18 so its window closes 2026-03-20.",
        "lookup_done": "Pulled all five links; TX0431 is planned at 22200.0 MHz H-pol.",
        "confirm": [
            "Confirming the frequency change took.",
            "Reading TX0438 back.",
            "Checking the plan again.",
        ],
        "job_wait": "Study is running.",
        "job_done": "With the Cat A antenna no victim falls below objective; worst case is DAL-1199 at 58.1 dB C/I.",
        "search": [
            "No notices match; rewording.",
            "Nothing again, trying different terms.",
            "Still nothing, rephrasing.",
        ],
        "narrow": "41 notices in 6 GHz; narrowing to 20 km around DAL-1202.",
        "found": "RCV-2240 is Oncor's prior coordination notice for their 6 GHz DAL-1199 path.",
        "intake_done": "LNK-TX0446 created, proposed in 11 GHz; coordination started.",
        "cycle_done": "Screened TX0422, TX0430 and TX0431; only TX0422 has a case to resolve.",
        "partial": "Pre-filing check has three errors.",
        "restart": [
            "Let me start the pre-filing check over.",
            "Rerunning everything from the beginning.",
            "I'll go back to the start.",
        ],
        "clean": "Pre-filing check is clean; TX0422 can be filed.",
        "rotate": ["Trying another terrain source.", "Another export route."],
        "fallback_next": [
            "SRTM tile locked; trying NED10.",
            "Same tile lock; the 2024 DFW lidar set is stored separately, trying that.",
        ],
        "fallback_done": "Profile from the lidar set: 82% first Fresnel zone clearance, no obstruction; recorded on TX0431.",
    },
}


# ---------------------------------------------------------------- domain: tyre_retread_casing_inspection


def env_tyre(c: Ctx, tool: str, body: object, error: bool) -> str:
    if error:
        out: dict = {
            "fault": body,
            "fault_ts": c.stamp(),
            "node": "rtplant-%d" % c.rng.randint(1, 3),
        }
        return json.dumps(out)
    out = dict(body) if isinstance(body, dict) else {"value": body}
    out["_rev"] = "%d-%s" % (c.n + c.rng.randint(1, 90), c.hexid(6))
    out["_ts"] = c.stamp()
    if tool.startswith(("shearo.", "nrt.")):
        out["_station"] = c.rng.choice(["SHR-1", "SHR-2"])
        out["_scan_ms"] = c.rng.randint(9000, 42000)
    else:
        out["_shop_node"] = "rtplant-%d" % c.rng.randint(1, 3)
    return json.dumps(out)


TYRE_ITEMS = [
    {
        "id": "CSG-24-118702",
        "size": "295/75R22.5",
        "brand": "Michelin X Multi D",
        "dot": "DOT B6 3822",
        "retreads": 1,
        "customer": "Ridgeline Freight",
    },
    {
        "id": "CSG-24-118715",
        "size": "11R22.5",
        "brand": "Bridgestone M726",
        "dot": "DOT 4D 1721",
        "retreads": 2,
        "customer": "Ridgeline Freight",
    },
    {
        "id": "CSG-24-118733",
        "size": "295/75R22.5",
        "brand": "Goodyear G372",
        "dot": "DOT MJ 4420",
        "retreads": 0,
        "customer": "Tri-County Waste",
    },
    {
        "id": "CSG-24-118740",
        "size": "11R24.5",
        "brand": "Continental HDR2",
        "dot": "DOT A3 0923",
        "retreads": 1,
        "customer": "Tri-County Waste",
    },
    {
        "id": "CSG-24-118761",
        "size": "445/50R22.5",
        "brand": "Michelin X One Line",
        "dot": "DOT B6 2223",
        "retreads": 0,
        "customer": "Ridgeline Freight",
    },
]

TYRE = {
    "name": "tyre_retread_casing_inspection",
    "idx": {"toggle": 1, "fail": 2, "status": 3, "search": 3},
    "env": env_tyre,
    "items": TYRE_ITEMS,
    "get": ("casing.get", "casing_id"),
    "list_call": lambda k: (
        "casing.list_batch",
        {"batch": "RB-0309-A", "line": 2},
        {"casings": [i["id"] for i in TYRE_ITEMS], "batch_status": "inspection"},
    ),
    "ack_other": "Okay, having a look.",
    "req": {
        "job": "Queue an NRT x-ray on CSG-24-118740 and tell me if the steel cords are intact.",
        "report": "What's the verdict on each casing in batch RB-0309-A? Ridgeline's driver is at the counter.",
        "summary": "There are three adjustment claims from Tri-County. What are they about?",
        "toggle": "CSG-24-118715 keeps going between 'retreadable' and 'reject'. Decide.",
        "fail": "Print the retread ID label for CSG-24-118733 so it can go to buffing.",
        "status": "Did the shearography for CSG-24-118740 finish?",
        "mono": "Write the reject reason for the Bridgestone casing so we can send it back to Ridgeline.",
        "lookup": "How many times has CSG-24-118740 been retreaded?",
        "write": "Mark CSG-24-118761 as passed initial inspection, the inspector cleared it by hand.",
        "search": "Find the previous retread record on the Continental casing, someone said it came from another plant.",
        "ask": "Create a work order for a customer.",
        "cycle": "Put batch RB-0309-A through inspection.",
        "restart": "Run the end-of-line check on batch RB-0309-A before the truck loads.",
        "fallback": "Get the NRT scan images for CSG-24-118740.",
    },
    "ack": ["Pulling the batch.", "Opening the casing record.", "Let me look at the casing first."],
    "summary_nudges": ["are any of them ours?", "just the gist please"],
    "nudges": [
        "the driver is waiting",
        "and the Bridgestone?",
        "you keep saying that",
        "verdicts please",
    ],
    "exact": "Batch RB-0309-A has 5 casings on line 2. I'm collecting the inspection results and will give you the verdict for each casing in a moment.",
    "nexts": ["next", "next casing", "and?", "ok go on"],
    "template": lambda i: (
        "%s %s %s (%s), %d prior retread(s), %s."
        % (i["id"], i["brand"], i["size"], i["dot"], i["retreads"], i["customer"])
    ),
    "docs_list": (
        "claims.list",
        {"customer": "Tri-County Waste", "status": "open"},
        {"claims": ["ADJ-5521", "ADJ-5524", "ADJ-5530"]},
    ),
    "paraphrases": [
        "I'll look at Tri-County's three adjustment claims and summarise them.",
        "Reading ADJ-5521, ADJ-5524 and ADJ-5530; summary in a minute.",
        "Let me work out what each Tri-County claim is about.",
        "Next up: a rundown of the three claims.",
        "I'm summarising the Tri-County adjustment claims now.",
    ],
    "docs": [
        (
            "claims.get",
            {"claim_id": "ADJ-5521"},
            {
                "claim_id": "ADJ-5521",
                "casing": "CSG-23-099410",
                "complaint": "tread separation at 31,000 mi",
                "photos": 4,
            },
            "ADJ-5521: tread separation on CSG-23-099410 after 31,000 miles; 4 photos, looks like a bonding failure, so likely our warranty.",
        ),
        (
            "claims.get",
            {"claim_id": "ADJ-5524"},
            {
                "claim_id": "ADJ-5524",
                "casing": "CSG-23-099455",
                "complaint": "irregular wear, shoulder",
                "alignment_report": "toe-out 0.4 deg",
            },
            "ADJ-5524: shoulder wear on CSG-23-099455, but the truck's alignment report shows 0.4 deg toe-out, so it is a vehicle issue, not the retread.",
        ),
        (
            "claims.get",
            {"claim_id": "ADJ-5530"},
            {
                "claim_id": "ADJ-5530",
                "casing": "CSG-24-101120",
                "complaint": "nail hole, 2 months",
                "repair": "section repair refused",
            },
            "ADJ-5530: road-hazard nail puncture after 2 months; outside warranty unless they bought the road-hazard cover.",
        ),
    ],
    "docs_wrap": "Only ADJ-5521 looks like ours; ADJ-5524 is alignment and ADJ-5530 is road hazard.",
    "A": (
        "casing.set_verdict",
        lambda i: {"casing_id": i["id"], "verdict": "retreadable"},
        lambda i: {"casing_id": i["id"], "verdict": "retreadable"},
    ),
    "B": (
        "casing.set_verdict",
        lambda i: {"casing_id": i["id"], "verdict": "reject", "code": "R-07 bead damage"},
        lambda i: {"casing_id": i["id"], "verdict": "reject"},
    ),
    "A2": (
        "shearo.scan",
        lambda i: {"casing_id": i["id"]},
        lambda i: {"casing_id": i["id"], "anomalies": 0},
    ),
    "B2": (
        "casing.set_verdict",
        lambda i: {"casing_id": i["id"], "verdict": "retreadable"},
        lambda i: {"casing_id": i["id"], "verdict": "retreadable"},
    ),
    "fail": (
        "label.print",
        {"casing_id": "CSG-24-118733", "printer": "ZT410-LINE2"},
        {"code": "PRN_OFFLINE", "msg": "Printer ZT410-LINE2 out of labels (media out)"},
    ),
    "fix_first_err": {
        "code": "BAD_TEMPLATE",
        "msg": "template 'retread_id_v1' retired; use 'retread_id_v3'",
    },
    "fix_notes": [
        "Template v1 is retired, switching to retread_id_v3.",
        "It needs the tread design for the v3 label: this one gets the BDR-HG drive tread.",
    ],
    "fixes": [
        (
            {"casing_id": "CSG-24-118733", "printer": "ZT410-LINE2", "template": "retread_id_v3"},
            {"code": "MISSING_FIELD", "msg": "tread_design required by retread_id_v3"},
            True,
        ),
        (
            {
                "casing_id": "CSG-24-118733",
                "printer": "ZT410-LINE2",
                "template": "retread_id_v3",
                "tread_design": "BDR-HG",
            },
            {"label_id": "LBL-771934", "printed": True},
            False,
        ),
    ],
    "follow": (
        "casing.move",
        {"casing_id": "CSG-24-118733", "station": "buffing"},
        {"casing_id": "CSG-24-118733", "station": "buffing"},
    ),
    "status": (
        "shearo.scan_status",
        {"casing_id": "CSG-24-118740"},
        {"casing_id": "CSG-24-118740", "state": "waiting_for_chamber", "queue_pos": 2},
    ),
    "pages": [
        (
            "shearo.results",
            {"batch": "RB-0309-A", "page": 1, "per_page": 2},
            {
                "results": [
                    {"casing": "CSG-24-118702", "anomalies": 0},
                    {"casing": "CSG-24-118715", "anomalies": 3},
                ],
                "pages": 3,
            },
        ),
        (
            "shearo.results",
            {"batch": "RB-0309-A", "page": 2, "per_page": 2},
            {
                "results": [
                    {"casing": "CSG-24-118733", "anomalies": 0},
                    {"casing": "CSG-24-118740", "anomalies": 1},
                ],
                "pages": 3,
            },
        ),
        (
            "shearo.results",
            {"batch": "RB-0309-A", "page": 3, "per_page": 2},
            {"results": [{"casing": "CSG-24-118761", "anomalies": 0}], "pages": 3},
        ),
    ],
    "mono": "Reject CSG-24-118715 (Bridgestone M726 11R22.5, DOT 4D 1721): shearography shows three belt-edge separations over 25 mm and the bead has a kink at 7 o'clock (code R-07). Not retreadable; returned unprocessed.",
    "sections": [
        "Casing: CSG-24-118715, Bridgestone M726 11R22.5, DOT 4D 1721, two previous retreads, owner Ridgeline Freight.",
        "Findings: three belt-edge separations over 25 mm on shearography, plus a bead kink at 7 o'clock.",
        "Reject code: R-07 (bead damage), with S-12 (belt-edge separation) as secondary.",
        "Likely cause: run underinflated; the liner shows the grey band typical of low-pressure running.",
        "Outcome: returned to Ridgeline unprocessed, no charge; casing credit does not apply to rejects.",
    ],
    "write": (
        "casing.set_verdict",
        {"casing_id": "CSG-24-118761", "stage": "initial", "verdict": "pass", "inspector": "DVOSS"},
        {"casing_id": "CSG-24-118761", "initial": "pass"},
        {
            "id": "CSG-24-118761",
            "size": "445/50R22.5",
            "brand": "Michelin X One Line",
            "dot": "DOT B6 2223",
            "retreads": 0,
            "initial": "pass",
            "inspector": "DVOSS",
        },
    ),
    "job_submit": (
        "nrt.queue_scan",
        {"casing_id": "CSG-24-118740", "mode": "xray"},
        {"scan_id": "NRT-33018", "state": "queued"},
    ),
    "job_poll": ("nrt.scan_status", {"scan_id": "NRT-33018"}),
    "job_states": [
        {"scan_id": "NRT-33018", "state": "queued", "ahead": 1},
        {"scan_id": "NRT-33018", "state": "scanning", "rotation_deg": 120},
        {"scan_id": "NRT-33018", "state": "scanning", "rotation_deg": 300},
        {"scan_id": "NRT-33018", "state": "done"},
    ],
    "job_result": (
        "nrt.scan_result",
        {"scan_id": "NRT-33018"},
        {"casing_id": "CSG-24-118740", "steel_cord_breaks": 0, "images": 36},
    ),
    "search": ("history.search", "q"),
    "search_extra": {"dot": "DOT A3 0923"},
    "churn": [
        "Continental HDR2 retread",
        "HDR2 prior retread",
        "Continental casing previous retread",
        "retread history Continental",
        "HDR2 11R24.5 retread record",
        "prior cap Continental",
    ],
    "empty": {"records": [], "total": 0},
    "refine": [
        ("11R24.5", {"records": ["RR-%d" % n for n in range(60110, 60116)], "total": 28}),
        ("11R24.5 brand:Continental", {"records": ["RR-60144", "RR-60192"], "total": 2}),
        ("11R24.5 brand:Continental serial:A3-0923", {"records": ["RR-60192"], "total": 1}),
    ],
    "reask_q": [
        "Which customer is the work order for?",
        "Who's the customer on this one?",
        "Before I create it, which customer account?",
    ],
    "reask_a": ["Tri-County Waste.", "Tri-County.", "TRI-COUNTY WASTE, account 40019."],
    "intake": [
        ("Which customer is the work order for?", "Tri-County Waste."),
        ("How many casings and what sizes?", "Six 11R24.5, drop-off tomorrow."),
        ("Which tread: their usual BDR-W waste-haul drive or something else?", "Usual."),
    ],
    "intake_close": "Work order for Tri-County Waste: six 11R24.5, BDR-W tread, drop-off tomorrow.",
    "intake_call": (
        "workorder.create",
        {
            "customer": "Tri-County Waste",
            "account": "40019",
            "qty": 6,
            "size": "11R24.5",
            "tread": "BDR-W",
            "dropoff": "2026-03-10",
        },
        {"wo": "WO-260310-014", "status": "open"},
    ),
    "cycle": [
        ("casing.get", lambda i: {"casing_id": i["id"]}, lambda i: i),
        (
            "shearo.scan",
            lambda i: {"casing_id": i["id"]},
            lambda i: {"casing_id": i["id"], "anomalies": 3 if i["retreads"] > 1 else 0},
        ),
        (
            "casing.set_verdict",
            lambda i: {
                "casing_id": i["id"],
                "stage": "initial",
                "verdict": "reject" if i["retreads"] > 1 else "pass",
            },
            lambda i: {"casing_id": i["id"], "initial": "reject" if i["retreads"] > 1 else "pass"},
        ),
    ],
    "check": ("line.end_of_line_check", {"batch": "RB-0309-A"}),
    "check_bodies": [
        {
            "batch": "RB-0309-A",
            "open": [
                "CSG-24-118733 missing final inspection",
                "CSG-24-118740 missing cure record",
                "CSG-24-118715 reject not labelled",
            ],
        },
        {
            "batch": "RB-0309-A",
            "open": ["CSG-24-118740 missing cure record", "CSG-24-118715 reject not labelled"],
        },
        {"batch": "RB-0309-A", "open": ["CSG-24-118715 reject not labelled"]},
        {"batch": "RB-0309-A", "open": []},
    ],
    "check_fixes": [
        (
            "casing.set_verdict",
            {"casing_id": "CSG-24-118733", "stage": "final", "verdict": "pass"},
            {"casing_id": "CSG-24-118733", "final": "pass"},
        ),
        (
            "cure.attach_record",
            {"casing_id": "CSG-24-118740", "chamber": "CH-3", "cycle": "C-90412"},
            {"casing_id": "CSG-24-118740", "cure": "C-90412"},
        ),
        (
            "label.print",
            {"casing_id": "CSG-24-118715", "template": "reject_v2", "printer": "ZT410-LINE2"},
            {"label_id": "LBL-771990"},
        ),
    ],
    "alts": [
        (
            "nrt.get_images",
            {"casing_id": "CSG-24-118740"},
            {"code": "NAS_UNREACHABLE", "msg": "\\\\rt-nas01\\nrt share not mounted"},
        ),
        (
            "nrt.export_images",
            {"casing_id": "CSG-24-118740", "format": "png"},
            {"code": "NAS_UNREACHABLE", "msg": "\\\\rt-nas01\\nrt share not mounted"},
        ),
        (
            "files.fetch",
            {"path": "nrt/2026/03/CSG-24-118740"},
            {"code": "NAS_UNREACHABLE", "msg": "\\\\rt-nas01\\nrt share not mounted"},
        ),
    ],
    "alt_ok": (
        "nrt.get_images",
        {"casing_id": "CSG-24-118740", "source": "station_cache"},
        {"images": 36, "source": "NRT station local cache"},
    ),
    "alt_follow": (
        "casing.attach",
        {"casing_id": "CSG-24-118740", "kind": "nrt_images", "count": 36},
        {"casing_id": "CSG-24-118740", "attachments": 36},
    ),
    "narr": {
        "flip": [
            "Shearography anomalies are under 25 mm, calling it retreadable.",
            "The bead kink is a hard reject though, setting reject.",
        ],
        "batch_done": "Scanned and cleared each casing one at a time.",
        "retry": [
            "Label didn't print, trying again.",
            "Reprinting.",
            "Sending to the printer again.",
        ],
        "fixed_done": "Label LBL-771934 printed with the v3 template; CSG-24-118733 moved to buffing.",
        "check": [
            "Checking on the shearography.",
            "Checking again.",
            "Is it done yet? Checking.",
            "Checking the scan status again.",
        ],
        "page": ["Next page of scan results.", "Next page."],
        "pages_done": "All five casings have results; CSG-24-118740 came out with one anomaly, so its shearography did finish.",
        "lookup_done": "Read all five casings; the Continental CSG-24-118740 has been retreaded once.",
        "confirm": ["Checking the verdict saved.", "Reading the casing back.", "Confirming again."],
        "job_wait": "Scan under way.",
        "job_done": "NRT scan done: no steel cord breaks, 36 images on CSG-24-118740.",
        "search": [
            "Nothing found, trying other words.",
            "No records, rephrasing.",
            "Trying different terms.",
        ],
        "narrow": "28 prior retreads in 11R24.5; narrowing to Continental.",
        "found": "RR-60192: the casing was capped once before at the Abilene plant in 2024.",
        "intake_done": "Work order WO-260310-014 open for Tri-County.",
        "cycle_done": "Inspected CSG-24-118715 (reject), CSG-24-118733 and CSG-24-118740 (pass).",
        "partial": "Three open items on the batch.",
        "restart": [
            "I'll run the end-of-line check again from the start.",
            "Starting from scratch on the check.",
            "Going back to the beginning.",
        ],
        "clean": "End-of-line check clear; batch RB-0309-A can load.",
        "rotate": ["Trying a different way to get the images.", "Another path to the images."],
        "fallback_next": [
            "NAS is not mounted; trying the export.",
            "Same NAS problem; the NRT station keeps a local cache of recent scans, pulling from there.",
        ],
        "fallback_done": "Got the 36 NRT images from the station cache and attached them to CSG-24-118740.",
    },
}


# ---------------------------------------------------------------- domain: dot_driver_qualification_files


def env_dq(c: Ctx, tool: str, body: object, error: bool) -> str:
    headers = {
        "X-Amzn-Trace-Id": "Root=1-%s-%s" % (c.hexid(8), c.hexid(24)),
        "X-RateLimit-Remaining": str(c.rl),
    }
    if tool.startswith(("mvr.", "clearinghouse.")):
        headers["X-Vendor-Txn"] = "TXN%d" % c.rng.randint(10_000_000, 99_999_999)
        headers["Date"] = (BASE + _dt.timedelta(seconds=c.t)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    out = {
        "ok": not error,
        "status": body.get("http", 400) if error else 200,
        "headers": headers,
        "body": body,
        "latency": "%.3fs" % (c.rng.randint(90, 2900) / 1000),
    }
    return json.dumps(out)


DQ_ITEMS = [
    {
        "id": "DRV-20481",
        "name": "Marcus Ellery",
        "cdl": "OH CDL A, exp 2028-05-11",
        "med_card_exp": "2026-04-02",
        "mvr_date": "2025-03-14",
        "clearinghouse": "queried 2025-03-10",
    },
    {
        "id": "DRV-20496",
        "name": "Tanya Brooks",
        "cdl": "IN CDL A, exp 2027-09-30",
        "med_card_exp": "2027-01-18",
        "mvr_date": "2026-01-22",
        "clearinghouse": "queried 2026-01-20",
    },
    {
        "id": "DRV-20503",
        "name": "Luis Ortega",
        "cdl": "OH CDL A, exp 2029-02-02",
        "med_card_exp": "2026-03-20",
        "mvr_date": "2025-02-27",
        "clearinghouse": "queried 2025-02-25",
    },
    {
        "id": "DRV-20517",
        "name": "Dwayne Petit",
        "cdl": "KY CDL B, exp 2026-11-15",
        "med_card_exp": "2026-08-09",
        "mvr_date": "2025-08-30",
        "clearinghouse": "not queried",
    },
    {
        "id": "DRV-20522",
        "name": "Alicia Nowak",
        "cdl": "OH CDL A, exp 2030-06-01",
        "med_card_exp": "2027-12-12",
        "mvr_date": "2026-02-05",
        "clearinghouse": "queried 2026-02-05",
    },
]

DQ = {
    "name": "dot_driver_qualification_files",
    "idx": {"toggle": 3, "status": 2, "search": 1, "fallback": 0, "summary": 2},
    "env": env_dq,
    "items": DQ_ITEMS,
    "get": ("dqf.get_driver", "driver_id"),
    "list_call": lambda k: (
        "dqf.list_drivers",
        {"terminal": "COLUMBUS-OH", "active": True},
        {
            "drivers": [{"driver_id": i["id"], "name": i["name"]} for i in DQ_ITEMS],
            "usdot": "2871904",
        },
    ),
    "ack_other": "On it.",
    "req": {
        "job": "Order the annual MVRs for Ellery, Ortega and Petit in one go.",
        "report": "Compliance audit Thursday. Give me each Columbus driver's DQ file status.",
        "summary": "Ortega's file has three road test and prior-employer docs, tell me if they're good.",
        "toggle": "Petit's CDL-B endorsement flag keeps flipping on his file. Fix it.",
        "fail": "Order the annual MVR for Tanya Brooks.",
        "status": "Did Ortega's new med card get verified against the National Registry?",
        "mono": "Write the annual review of driving record note for Marcus Ellery, 391.25.",
        "lookup": "When was Petit last queried in the Clearinghouse?",
        "write": "Add Alicia Nowak's hazmat endorsement to her file, she passed the TSA check.",
        "search": "Find the previous-employer safety performance response from Brooks' last carrier.",
        "ask": "Set up a new driver file.",
        "cycle": "Do the annual Clearinghouse limited queries for the Columbus drivers.",
        "restart": "Run the DQ completeness audit for the Columbus terminal.",
        "fallback": "Pull Ellery's PSP report, the FMCSA portal keeps failing.",
    },
    "ack": [
        "Pulling the Columbus driver roster.",
        "Opening the driver's DQ file.",
        "Let me get the driver file.",
    ],
    "summary_nudges": ["are they compliant?", "yes or no on each doc"],
    "nudges": [
        "what about Ortega?",
        "that's the same message",
        "each driver please",
        "audit is Thursday",
    ],
    "exact": "Columbus has 5 active drivers under USDOT 2871904. I'm reviewing each DQ file for CDL, medical card, MVR and Clearinghouse items and will send the per-driver status shortly.",
    "nexts": ["next", "next driver", "ok", "keep going"],
    "template": lambda i: (
        "%s %s: %s; med card exp %s; MVR %s; Clearinghouse %s."
        % (i["id"], i["name"], i["cdl"], i["med_card_exp"], i["mvr_date"], i["clearinghouse"])
    ),
    "docs_list": (
        "dqf.list_documents",
        {"driver_id": "DRV-20503", "types": ["road_test", "prior_employer"]},
        {"documents": ["DOC-RT-5503", "DOC-PE-5503a", "DOC-PE-5503b"]},
    ),
    "paraphrases": [
        "I'll review Ortega's road test and the two prior-employer responses.",
        "Going through DOC-RT-5503, DOC-PE-5503a and DOC-PE-5503b now.",
        "Let me check those three documents in Ortega's file for you.",
        "I'll tell you shortly whether the three Ortega documents meet Part 391.",
        "Reviewing the Ortega documents is next.",
    ],
    "docs": [
        (
            "dqf.get_document",
            {"doc_id": "DOC-RT-5503"},
            {
                "type": "road_test",
                "date": "2025-02-24",
                "examiner": "R. Haines",
                "vehicle": "tractor-trailer",
                "signed": True,
            },
            "DOC-RT-5503: road test on 2025-02-24 in a tractor-trailer, signed by R. Haines; meets 391.31 and the certificate is on file.",
        ),
        (
            "dqf.get_document",
            {"doc_id": "DOC-PE-5503a"},
            {
                "type": "prior_employer",
                "carrier": "Bluegrass Haulers",
                "accidents": 0,
                "da_violations": "none",
                "received": "2025-03-05",
            },
            "DOC-PE-5503a (Bluegrass Haulers): no accidents, no drug and alcohol violations, received within 30 days of hire. Good.",
        ),
        (
            "dqf.get_document",
            {"doc_id": "DOC-PE-5503b"},
            {
                "type": "prior_employer",
                "carrier": "Midstate Tank Lines",
                "response": None,
                "good_faith_effort": "2 requests, 2025-02-20 and 2025-03-01",
            },
            "DOC-PE-5503b (Midstate Tank Lines): never answered, but two documented requests are recorded, which satisfies the good-faith effort rule in 391.23(c).",
        ),
    ],
    "docs_wrap": "Ortega's road test and prior-employer section will pass: one complete response, one documented good-faith effort.",
    "A": (
        "dqf.set_endorsement",
        lambda i: {"driver_id": i["id"], "class": "B", "endorsement": "N", "present": True},
        lambda i: {"driver_id": i["id"], "endorsements": ["N"]},
    ),
    "B": (
        "dqf.set_endorsement",
        lambda i: {"driver_id": i["id"], "class": "B", "endorsement": "N", "present": False},
        lambda i: {"driver_id": i["id"], "endorsements": []},
    ),
    "A2": (
        "clearinghouse.limited_query",
        lambda i: {"driver_id": i["id"], "consent_on_file": True},
        lambda i: {"driver_id": i["id"], "result": "no information"},
    ),
    "B2": (
        "dqf.record_query",
        lambda i: {"driver_id": i["id"], "query": "limited", "result": "no information"},
        lambda i: {"driver_id": i["id"], "clearinghouse": "queried 2026-03-09"},
    ),
    "fail": (
        "mvr.order",
        {"driver_id": "DRV-20496", "state": "IN", "purpose": "annual"},
        {
            "http": 402,
            "code": "ACCOUNT_HOLD",
            "message": "Vendor account on credit hold; contact billing",
        },
    ),
    "fix_first_err": {
        "http": 400,
        "code": "LICENSE_MISMATCH",
        "message": "License number does not match state format for IN (NNNN-NN-NNNN)",
    },
    "fix_notes": [
        "The licence number was stored without dashes; sending it in Indiana's 4-2-4 format.",
        "It now wants the DPPA permissible-use code for an employer check: that's 'E3'.",
    ],
    "fixes": [
        (
            {
                "driver_id": "DRV-20496",
                "state": "IN",
                "purpose": "annual",
                "license_no": "4821-07-3390",
            },
            {"http": 400, "code": "DPPA_REQUIRED", "message": "permissible_use required"},
            True,
        ),
        (
            {
                "driver_id": "DRV-20496",
                "state": "IN",
                "purpose": "annual",
                "license_no": "4821-07-3390",
                "permissible_use": "E3",
            },
            {"order_id": "MVR-88310274", "status": "complete", "violations": 0},
            False,
        ),
    ],
    "follow": (
        "dqf.attach_mvr",
        {"driver_id": "DRV-20496", "order_id": "MVR-88310274"},
        {"driver_id": "DRV-20496", "mvr_date": "2026-03-09"},
    ),
    "status": (
        "nrcme.verify_status",
        {"driver_id": "DRV-20503", "examiner_nrn": "8830214571"},
        {"driver_id": "DRV-20503", "verification": "pending", "submitted": "2026-03-03"},
    ),
    "pages": [
        (
            "nrcme.verified_cards",
            {"carrier": "2871904", "page_token": None},
            {"cards": ["DRV-20310", "DRV-20388", "DRV-20402"], "next_page_token": "eyJwIjoyfQ"},
        ),
        (
            "nrcme.verified_cards",
            {"carrier": "2871904", "page_token": "eyJwIjoyfQ"},
            {"cards": ["DRV-20455", "DRV-20481"], "next_page_token": "eyJwIjozfQ"},
        ),
        (
            "nrcme.verified_cards",
            {"carrier": "2871904", "page_token": "eyJwIjozfQ"},
            {"cards": ["DRV-20496", "DRV-20503"], "next_page_token": None},
        ),
    ],
    "mono": "Annual review (49 CFR 391.25), Marcus Ellery, DRV-20481: MVR dated 2025-03-14 shows one minor speeding conviction (6-10 over, 2024-09); driver meets minimum requirements for safe driving. Reviewed by J. Castellano.",
    "sections": [
        "Driver: Marcus Ellery, DRV-20481, OH CDL A expiring 2028-05-11.",
        "Records reviewed: OH MVR dated 2025-03-14 and the carrier's accident register for the past 12 months.",
        "Findings: one speeding conviction, 6-10 mph over, September 2024; no accidents; no out-of-service orders.",
        "Determination: meets the minimum requirements for safe driving under 391.25(b); no disqualifying offences under 391.15.",
        "Next: MVR due again by 2026-03-14, and the med card expires 2026-04-02, so schedule the DOT physical now.",
    ],
    "write": (
        "dqf.set_endorsement",
        {
            "driver_id": "DRV-20522",
            "class": "A",
            "endorsement": "H",
            "present": True,
            "tsa_sta": "STA-26-0041187",
        },
        {"driver_id": "DRV-20522", "endorsements": ["H"]},
        {
            "id": "DRV-20522",
            "name": "Alicia Nowak",
            "cdl": "OH CDL A, exp 2030-06-01",
            "endorsements": ["H"],
            "tsa_sta": "STA-26-0041187",
            "med_card_exp": "2027-12-12",
        },
    ),
    "job_submit": (
        "mvr.batch_order",
        {
            "terminal": "COLUMBUS-OH",
            "purpose": "annual",
            "drivers": ["DRV-20481", "DRV-20503", "DRV-20517"],
        },
        {"batch_id": "MB-4410", "status": "submitted"},
    ),
    "job_poll": ("mvr.batch_status", {"batch_id": "MB-4410"}),
    "job_states": [
        {"batch_id": "MB-4410", "status": "submitted"},
        {"batch_id": "MB-4410", "status": "in_progress", "returned": 1, "total": 3},
        {
            "batch_id": "MB-4410",
            "status": "in_progress",
            "returned": 2,
            "total": 3,
            "waiting_on": "KY",
        },
        {"batch_id": "MB-4410", "status": "complete", "returned": 3, "total": 3},
    ],
    "job_result": (
        "mvr.batch_results",
        {"batch_id": "MB-4410"},
        {
            "DRV-20481": {"violations": 1},
            "DRV-20503": {"violations": 0},
            "DRV-20517": {"violations": 2, "note": "KY: 2 points"},
        },
    ),
    "search": ("dqf.search_documents", "text"),
    "search_extra": {"driver_id": "DRV-20496"},
    "churn": [
        "safety performance history",
        "previous employer response",
        "SPH response last carrier",
        "prior carrier safety history",
        "391.23 response",
        "employer verification",
    ],
    "empty": {"documents": [], "total": 0},
    "refine": [
        ("employer", {"documents": ["DOC-%d" % n for n in range(9001, 9007)], "total": 11}),
        (
            "employer type:prior_employer",
            {"documents": ["DOC-PE-5496a", "DOC-PE-5496b"], "total": 2},
        ),
        ("employer type:prior_employer received:2026", {"documents": ["DOC-PE-5496b"], "total": 1}),
    ],
    "reask_q": [
        "What's the new driver's full legal name?",
        "Can you give me the driver's legal name for the file?",
        "I need the name first — what is it?",
    ],
    "reask_a": ["Kevin J. Marsh.", "Kevin James Marsh.", "Kevin Marsh, I already said."],
    "intake": [
        ("What's the new driver's full legal name?", "Kevin J. Marsh."),
        ("CDL state, class and number?", "Ohio, class A, RT482910."),
        ("Hire date and which terminal?", "Starts 2026-03-16 at Columbus."),
    ],
    "intake_close": "Creating the file for Kevin J. Marsh, OH CDL A RT482910, Columbus, starting 2026-03-16.",
    "intake_call": (
        "dqf.create_driver",
        {
            "name": "Kevin J. Marsh",
            "cdl_state": "OH",
            "cdl_class": "A",
            "cdl_no": "RT482910",
            "hire_date": "2026-03-16",
            "terminal": "COLUMBUS-OH",
        },
        {"driver_id": "DRV-20530", "checklist_open": 9},
    ),
    "cycle": [
        ("dqf.get_driver", lambda i: {"driver_id": i["id"]}, lambda i: i),
        (
            "clearinghouse.limited_query",
            lambda i: {"driver_id": i["id"], "consent_on_file": True},
            lambda i: {"driver_id": i["id"], "result": "no information"},
        ),
        (
            "dqf.record_query",
            lambda i: {"driver_id": i["id"], "query": "limited", "result": "no information"},
            lambda i: {"driver_id": i["id"], "clearinghouse": "queried 2026-03-09"},
        ),
    ],
    "check": ("audit.dq_completeness", {"terminal": "COLUMBUS-OH"}),
    "check_bodies": [
        {
            "deficiencies": [
                "DRV-20517 Clearinghouse annual query missing",
                "DRV-20503 med card expires in 11 days",
                "DRV-20481 MVR annual review overdue",
            ]
        },
        {
            "deficiencies": [
                "DRV-20503 med card expires in 11 days",
                "DRV-20481 MVR annual review overdue",
            ]
        },
        {"deficiencies": ["DRV-20481 MVR annual review overdue"]},
        {"deficiencies": []},
    ],
    "check_fixes": [
        (
            "clearinghouse.limited_query",
            {"driver_id": "DRV-20517", "consent_on_file": True},
            {"driver_id": "DRV-20517", "result": "no information"},
        ),
        (
            "dqf.attach_med_card",
            {"driver_id": "DRV-20503", "expires": "2028-03-05", "examiner_nrn": "8830214571"},
            {"driver_id": "DRV-20503", "med_card_exp": "2028-03-05"},
        ),
        (
            "dqf.record_annual_review",
            {"driver_id": "DRV-20481", "mvr_order": "MVR-88310301", "reviewer": "J. Castellano"},
            {"driver_id": "DRV-20481", "review_date": "2026-03-09"},
        ),
    ],
    "alts": [
        (
            "psp.get_report",
            {"driver_id": "DRV-20481", "cdl_state": "OH"},
            {
                "http": 403,
                "code": "CONSENT_MISSING",
                "message": "PSP disclosure and authorization not on file for driver",
            },
        ),
        (
            "psp.order",
            {"driver_id": "DRV-20481", "cdl_state": "OH", "product": "PSP"},
            {
                "http": 403,
                "code": "CONSENT_MISSING",
                "message": "PSP disclosure and authorization not on file for driver",
            },
        ),
        (
            "vendor.psp_pull",
            {"driver_id": "DRV-20481", "vendor": "HireRight"},
            {
                "http": 403,
                "code": "CONSENT_MISSING",
                "message": "PSP disclosure and authorization not on file for driver",
            },
        ),
    ],
    "alt_ok": (
        "esign.send",
        {"driver_id": "DRV-20481", "form": "PSP disclosure and authorization"},
        {"envelope": "ES-771203", "status": "completed", "signed_at": "2026-03-09T09:12:00Z"},
    ),
    "alt_follow": (
        "psp.get_report",
        {"driver_id": "DRV-20481", "cdl_state": "OH", "consent_envelope": "ES-771203"},
        {"crashes_5yr": 0, "inspections_3yr": 7, "oos": 1},
    ),
    "narr": {
        "flip": [
            "His license shows tank vehicle, adding the N endorsement.",
            "The state record doesn't list N, so removing it again.",
        ],
        "batch_done": "Each driver queried and the result recorded on their file.",
        "retry": ["MVR order failed; retrying.", "Ordering again.", "One more try on the MVR."],
        "fixed_done": "Tanya Brooks' annual MVR (MVR-88310274) is clean and filed.",
        "check": [
            "Checking Ortega's med card verification.",
            "Checking the registry again.",
            "Looking at the verification again.",
            "Checking once more.",
        ],
        "page": ["Next page of verified cards.", "Last page."],
        "pages_done": "DRV-20503 appears on the last page of verified cards, so Ortega's med card is verified.",
        "lookup_done": "All five files read; Petit has never been queried in the Clearinghouse.",
        "confirm": [
            "Verifying the endorsement saved.",
            "Reading Nowak's file back.",
            "Checking again.",
        ],
        "job_wait": "MVRs coming back state by state.",
        "job_done": "All three MVRs in; Petit (DRV-20517) has 2 points in KY to review, the other two are fine.",
        "search": [
            "No match, trying different terms.",
            "Still nothing, rewording.",
            "Trying another phrasing.",
        ],
        "narrow": "11 employer documents; narrowing to prior-employer responses.",
        "found": "DOC-PE-5496b is the safety performance response from Brooks' last carrier, received January 2026.",
        "intake_done": "DRV-20530 created for Kevin J. Marsh; 9 checklist items open.",
        "cycle_done": "Limited queries run and recorded for Brooks, Ortega and Petit.",
        "partial": "Three deficiencies found.",
        "restart": [
            "Let me redo the audit from the start.",
            "Starting the completeness audit over.",
            "Running it again from scratch.",
        ],
        "clean": "No deficiencies left for Columbus; files are audit-ready.",
        "rotate": ["Trying another PSP route.", "Another way to get the PSP."],
        "fallback_next": [
            "No PSP consent on file; the order endpoint may collect it.",
            "Same consent error. The consent is the blocker, so sending Ellery the disclosure form by e-sign.",
        ],
        "fallback_done": "Ellery signed the PSP consent and the report is in: no crashes in 5 years, 7 inspections, 1 out-of-service.",
    },
}


DOMAINS = [HCC, FUEL, ROY, OTDR, BNK, MW, TYRE, DQ]


def build() -> list[dict]:
    rows: list[dict] = []
    for label, idx in (("loop", 0), ("progress", 2)):
        for pair in PAIRS:
            kind, fn = pair[idx], pair[idx + 1]
            for n, dom in enumerate(DOMAINS, start=1):
                row_id = "fiftyeighth-%s-%s-%03d" % (label, kind, n)
                c = Ctx(row_id, dom)
                fn(c)
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom["name"],
                        "steps": c.steps,
                    }
                )
    return rows


def main() -> None:
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
