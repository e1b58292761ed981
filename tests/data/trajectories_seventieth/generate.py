"""Generate blind trajectory set 70 ("seventieth") for the loop detector.

Standard library only. Run it to rewrite ``trajectories.jsonl`` next to this file:

    python tests/data/trajectories_seventieth/generate.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7070
PREFIX = "seventieth"

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "stale_cursor_pagination",
    "three_step_cycle",
    "clarification_reask",
    "stalled_job_polling",
    "handoff_bounce",
    "preview_without_commit",
]

PROGRESS_KINDS = [
    "recurring_step_new_input",
    "summarising_related_documents",
    "alternating_lookup_update",
    "retry_corrected_argument",
    "recheck_after_fix",
    "monologue_building_answer",
    "same_tool_distinct_ids",
    "cursor_pagination",
    "three_step_pipeline_per_record",
    "clarification_answered",
    "job_polling_advancing",
    "handoff_accepted",
    "preview_then_commit",
]

# Which request family (in each domain) a kind opens with; a loop kind and its near miss share one.
FAMILY = {
    "exact_repeat": "record",
    "recurring_step_new_input": "batch",
    "paraphrased_repeat": "docs",
    "summarising_related_documents": "docs",
    "ab_oscillation": "batch",
    "alternating_lookup_update": "batch",
    "failing_tool_retry": "submit",
    "retry_corrected_argument": "submit",
    "same_action_same_observation": "validate",
    "recheck_after_fix": "validate",
    "identical_monologue": "record",
    "monologue_building_answer": "record",
    "identical_tool_calls": "batch",
    "same_tool_distinct_ids": "batch",
    "stale_cursor_pagination": "list",
    "cursor_pagination": "list",
    "three_step_cycle": "batch",
    "three_step_pipeline_per_record": "batch",
    "clarification_reask": "clarify",
    "clarification_answered": "clarify",
    "stalled_job_polling": "job",
    "job_polling_advancing": "job",
    "handoff_bounce": "handoff",
    "handoff_accepted": "handoff",
    "preview_without_commit": "change",
    "preview_then_commit": "change",
}


# ---------------------------------------------------------------- rendering


def _log_value(value) -> str:
    text = json.dumps(value) if isinstance(value, (dict, list)) else str(value)
    return '"%s"' % text if " " in text else text


def _csv_cell(value) -> str:
    text = json.dumps(value) if isinstance(value, (dict, list)) else str(value)
    if any(ch in text for ch in ',"\n'):
        return '"%s"' % text.replace('"', '""')
    return text


class Ctx:
    """One row being written: its domain, its random stream and its clock."""

    def __init__(self, dom: dict, rng: random.Random) -> None:
        self.d = dom
        self.rng = rng
        self.t = rng.randint(6 * 3600, 20 * 3600)
        self.day = rng.randint(2, 27)
        self.steps: list[dict] = []

    # volatile values -------------------------------------------------
    def tick(self) -> None:
        self.t += self.rng.randint(2, 95)

    def ts(self) -> str:
        self.tick()
        h, rem = divmod(self.t, 3600)
        m, s = divmod(rem, 60)
        ms = self.rng.randint(0, 999)
        return "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (self.day, h % 24, m, s, ms)

    def http_date(self) -> str:
        self.tick()
        h, rem = divmod(self.t, 3600)
        m, s = divmod(rem, 60)
        wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(self.day - 1) % 7]
        return "%s, %02d Nov 2026 %02d:%02d:%02d GMT" % (wd, self.day, h % 24, m, s)

    def hexid(self, n: int = 12) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        h = self.hexid(32)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def server(self) -> str:
        return "%s-%02d" % (self.d["host"], self.rng.randint(1, 14))

    # envelopes --------------------------------------------------------
    def render(self, payload, error: str | None = None, code: str = "") -> str:
        style = self.d["style"]
        return getattr(self, "_r_" + style)(payload, error, code)

    def _r_fhir(self, payload, error, code):
        if error:
            body = {
                "resourceType": "OperationOutcome",
                "id": self.uuid(),
                "meta": {"lastUpdated": self.ts()},
                "issue": [{"severity": "error", "code": code or "invalid", "diagnostics": error}],
            }
        else:
            items = payload if isinstance(payload, list) else [payload]
            body = {
                "resourceType": "Bundle",
                "id": self.uuid(),
                "meta": {"lastUpdated": self.ts(), "source": "#" + self.hexid(16)},
                "type": "searchset" if isinstance(payload, list) else "collection",
                "entry": [{"resource": it} for it in items],
            }
        return json.dumps(body)

    def _r_csv(self, payload, error, code):
        head = "# query_id=%s run_at=%s node=%s" % (self.hexid(10), self.ts(), self.server())
        if error:
            return head + "\nstatus,code,message\nERROR,%s,%s" % (code or "E100", error)
        items = payload if isinstance(payload, list) else [payload]
        cols = list(items[0].keys()) if items else ["rows"]
        lines = [head, ",".join(cols)]
        lines.extend(",".join(_csv_cell(it.get(c, "")) for c in cols) for it in items)
        lines.append("# rows=%d elapsed_ms=%d" % (len(items), self.rng.randint(40, 900)))
        return "\n".join(lines)

    def _r_log(self, payload, error, code):
        pid = self.rng.randint(2000, 39999)
        if error:
            return "%s ERROR %s[%d]: %s %s" % (self.ts(), self.d["host"], pid, code or "ERR", error)
        items = payload if isinstance(payload, list) else [payload]
        out = []
        for it in items:
            kv = " ".join("%s=%s" % (k, _log_value(v)) for k, v in it.items())
            out.append("%s INFO %s[%d]: %s" % (self.ts(), self.d["host"], pid, kv))
        return "\n".join(out)

    def _r_graphql(self, payload, error, code):
        ext = {
            "traceId": self.hexid(32),
            "cost": {"requested": self.rng.randint(2, 40), "remaining": self.rng.randint(200, 990)},
        }
        if error:
            body = {
                "data": None,
                "errors": [{"message": error, "extensions": {"code": code or "BAD_USER_INPUT"}}],
                "extensions": ext,
            }
        else:
            body = {"data": payload, "extensions": ext}
        return json.dumps(body)

    def _r_http(self, payload, error, code):
        status = (
            "HTTP/1.1 %s" % (code or "422 Unprocessable Entity") if error else "HTTP/1.1 200 OK"
        )
        hdr = [
            status,
            "Date: %s" % self.http_date(),
            "Content-Type: application/json",
            "X-Request-Id: %s" % self.uuid(),
            "X-RateLimit-Remaining: %d" % self.rng.randint(12, 599),
            "Server: %s" % self.server(),
        ]
        body = {"error": {"message": error}} if error else payload
        return "\n".join(hdr) + "\n\n" + json.dumps(body)

    def _r_xml(self, payload, error, code):
        def tags(obj) -> str:
            if isinstance(obj, list):
                return "".join("<Item>%s</Item>" % tags(o) for o in obj)
            if isinstance(obj, dict):
                return "".join("<%s>%s</%s>" % (k, tags(v), k) for k, v in obj.items())
            return str(obj)

        head = "<Header><TxnId>%s</TxnId><Timestamp>%s</Timestamp><Node>%s</Node></Header>" % (
            self.hexid(14).upper(),
            self.ts(),
            self.server(),
        )
        if error:
            inner = '<Fault code="%s"><Reason>%s</Reason></Fault>' % (code or "Client", error)
        else:
            inner = '<Result status="OK">%s</Result>' % tags(payload)
        return "<Envelope>%s<Body>%s</Body></Envelope>" % (head, inner)

    def _r_shell(self, payload, error, code):
        if error:
            out = "%s\n[exit %s] host=%s took=%.2fs" % (
                error,
                code or "1",
                self.server(),
                self.rng.uniform(0.1, 4),
            )
        else:
            items = payload if isinstance(payload, list) else [payload]
            rows = ["  ".join("%s: %s" % (k, v) for k, v in it.items()) for it in items]
            out = "%s\n[exit 0] host=%s took=%.2fs" % (
                "\n".join(rows),
                self.server(),
                self.rng.uniform(0.1, 4),
            )
        return "at %s\n%s" % (self.ts(), out)

    def _r_json(self, payload, error, code):
        meta = {
            "request_id": "req_" + self.hexid(16),
            "served_at": self.ts(),
            "cache_age_s": self.rng.randint(0, 300),
            "region": self.server(),
        }
        if error:
            return json.dumps(
                {"ok": False, "error": {"code": code or "invalid", "detail": error}, "meta": meta}
            )
        return json.dumps({"ok": True, "data": payload, "meta": meta})

    # steps -------------------------------------------------------------
    def llm(self, text: str, obs: str = "") -> None:
        self.steps.append({"kind": "llm", "text": text, "observation": obs})

    def tool(
        self, name: str, args: dict, payload=None, error: str | None = None, code: str = ""
    ) -> None:
        self.steps.append(
            {
                "kind": "tool",
                "tool": name,
                "args": args,
                "observation": self.render(payload, error, code),
                "error": bool(error),
            }
        )

    def open(self, family: str) -> None:
        options = self.d["requests"][family]
        req, first = self.rng.choice(options)
        self.llm(first, req)

    def prelude(self) -> None:
        """Zero to two steps of real work before the pattern starts."""
        d = self.d
        n = self.rng.choice([0, 1, 1, 2])
        if n >= 1:
            name, args, payload = d["warmup"][0]
            self.tool(name, dict(args), payload)
        if n >= 2:
            name, args, payload = d["warmup"][1]
            self.llm(d["warmup_note"])
            self.tool(name, dict(args), payload)


# ---------------------------------------------------------------- loop kinds


def k_exact_repeat(c: Ctx) -> None:
    d = c.d
    c.prelude()
    rid = d["ids"][0]
    name, args = d["get"](rid)
    line = d["lines"]["fetch"] % rid
    for _ in range(c.rng.randint(3, 4)):
        c.llm(line)
        c.tool(name, args, d["recs"][0])


def k_paraphrased_repeat(c: Ctx) -> None:
    d = c.d
    doc = d["docs"][0]
    c.tool(d["doc_tool"], {d["doc_key"]: doc[0]}, {"title": doc[1], "text": doc[2]})
    paras = list(d["para"])
    c.rng.shuffle(paras)
    for i, p in enumerate(paras[: c.rng.randint(3, 4)]):
        c.llm(p)
        if i % 2 == 0 or c.rng.random() < 0.4:
            c.tool(d["doc_tool"], {d["doc_key"]: doc[0]}, {"title": doc[1], "text": doc[2]})


def k_ab_oscillation(c: Ctx) -> None:
    d = c.d
    c.prelude()
    (ta, aa, pa, la), (tb, ab, pb, lb) = d["ab"]
    talk = c.rng.random() < 0.6
    n = 2 if talk else c.rng.choice([2, 3])
    for _ in range(n):
        if talk:
            c.llm(la)
        c.tool(ta, aa, pa)
        if talk:
            c.llm(lb)
        c.tool(tb, ab, pb)


def k_failing_tool_retry(c: Ctx) -> None:
    d = c.d
    s = d["submit"]
    c.prelude()
    for i in range(c.rng.randint(3, 5)):
        if i and c.rng.random() < 0.5:
            c.llm(d["lines"]["retry"])
        c.tool(s["tool"], s["bad"], error=s["err1"], code=s["code"])


def k_same_action_same_observation(c: Ctx) -> None:
    d = c.d
    v = d["validate"]
    c.prelude()
    for i in range(c.rng.randint(3, 4)):
        if i:
            c.llm(d["lines"]["revalidate"])
        c.tool(v["tool"], v["args"], v["fail2"])


def k_identical_monologue(c: Ctx) -> None:
    d = c.d
    rid = d["ids"][0]
    name, args = d["get"](rid)
    c.tool(name, args, d["recs"][0])
    if c.rng.random() < 0.5:
        c.prelude()
    for _ in range(c.rng.randint(3, 5)):
        c.llm(d["mono"])


def k_identical_tool_calls(c: Ctx) -> None:
    d = c.d
    c.prelude()
    name, args = d["get"](d["ids"][1])
    n = c.rng.randint(3, 5)
    for _ in range(n):
        c.tool(name, args, d["recs"][1])
    if c.rng.random() < 0.5:
        c.llm(d["lines"]["after_burst"] % d["ids"][1])


def _page(c: Ctx, cursor, items, nxt) -> None:
    d = c.d
    args = dict(d["list_args"])
    if cursor is not None:
        args[d["cursor_key"]] = cursor
    c.tool(d["list_tool"], args, d["page"](items, nxt))


def k_stale_cursor_pagination(c: Ctx) -> None:
    d = c.d
    cur = d["cursors"]
    _page(c, None, d["recs"][0:2], cur[0])
    c.llm(d["lines"]["next_page"])
    for i in range(c.rng.randint(3, 4)):
        _page(c, cur[0], d["recs"][2:4], cur[1])
        if i < 2 and c.rng.random() < 0.6:
            c.llm(d["lines"]["next_page"])


def k_three_step_cycle(c: Ctx) -> None:
    d = c.d
    rid = d["ids"][2]
    cyc = d["cycle"](rid, 2)
    if c.rng.random() < 0.5:
        c.llm(d["lines"]["cycle_intro"] % rid)
    for rnd in range(3):
        for j, (name, args, payload) in enumerate(cyc):
            if rnd == 2 and j > 0:
                break
            c.tool(name, args, payload)


def k_clarification_reask(c: Ctx) -> None:
    d = c.d
    q = d["clarify"]
    c.prelude()
    answers = q["answers"]
    for i in range(3):
        c.llm(q["asks"][i % len(q["asks"])], answers[i])
        if i == 1 and c.rng.random() < 0.5:
            name, args, payload = q["lookup"]
            c.tool(name, args, payload)


def k_stalled_job_polling(c: Ctx) -> None:
    d = c.d
    j = d["job"]
    c.tool(j["start"], j["start_args"], j["started"])
    stuck = j["stages"][1]
    for i in range(c.rng.randint(4, 6)):
        if i in (1, 3):
            c.llm(d["lines"]["poll"])
        c.tool(j["status"], j["status_args"], stuck)


def k_handoff_bounce(c: Ctx) -> None:
    d = c.d
    h = d["handoff"]
    c.prelude()
    for i in range(3):
        c.tool(h["tool"], h["args"], h["accepted"])
        c.tool(h["check"], h["check_args"], h["bounced"])
        if i < 2 and c.rng.random() < 0.5:
            c.llm(h["reassign_line"])


def k_preview_without_commit(c: Ctx) -> None:
    d = c.d
    p = d["change"]
    c.prelude()
    for _ in range(c.rng.randint(3, 4)):
        c.tool(p["preview"], p["args"], p["diff"])
        c.llm(p["apply_line"])


# ---------------------------------------------------------------- progress kinds


def p_recurring_step_new_input(c: Ctx) -> None:
    d = c.d
    line = d["lines"]["next_record"]
    n = c.rng.randint(3, 4)
    for i in range(n):
        name, args = d["get"](d["ids"][i])
        c.llm(line)
        c.tool(name, args, d["recs"][i])
    c.llm(d["lines"]["batch_done"] % ", ".join(d["ids"][:n]))


def p_summarising_related_documents(c: Ctx) -> None:
    d = c.d
    paras = list(d["para_docs"])
    for i, doc in enumerate(d["docs"]):
        c.llm(paras[i])
        c.tool(d["doc_tool"], {d["doc_key"]: doc[0]}, {"title": doc[1], "text": doc[2]})
    c.llm(d["docs_summary"])


def p_alternating_lookup_update(c: Ctx) -> None:
    d = c.d
    c.prelude()
    for i in range(c.rng.choice([2, 3])):
        rid = d["ids"][i]
        name, args = d["get"](rid)
        c.tool(name, args, d["recs"][i])
        uname, uargs, upay = d["update"](rid, i)
        c.tool(uname, uargs, upay)


def p_retry_corrected_argument(c: Ctx) -> None:
    d = c.d
    s = d["submit"]
    c.prelude()
    c.tool(s["tool"], s["bad"], error=s["err1"], code=s["code"])
    c.llm(s["fix1_line"])
    c.tool(s["tool"], s["fix1"], error=s["err2"], code=s["code"])
    c.llm(s["fix2_line"])
    c.tool(s["tool"], s["fix2"], s["ok"])


def p_recheck_after_fix(c: Ctx) -> None:
    d = c.d
    v = d["validate"]
    c.prelude()
    c.tool(v["tool"], v["args"], v["fail2"])
    c.llm(d["lines"]["revalidate_fix"])
    c.tool(*v["fix1"])
    c.tool(v["tool"], v["args"], v["fail1"])
    c.tool(*v["fix2"])
    c.llm(d["lines"]["revalidate"])
    c.tool(v["tool"], v["args"], v["pass"])


def p_monologue_building_answer(c: Ctx) -> None:
    d = c.d
    rid = d["ids"][0]
    name, args = d["get"](rid)
    c.tool(name, args, d["recs"][0])
    if c.rng.random() < 0.5:
        c.prelude()
    for text in d["mono_steps"]:
        c.llm(text)


def p_same_tool_distinct_ids(c: Ctx) -> None:
    d = c.d
    c.prelude()
    n = c.rng.randint(3, 5)
    for i in range(n):
        name, args = d["get"](d["ids"][i])
        c.tool(name, args, d["recs"][i])
    if c.rng.random() < 0.5:
        c.llm(d["lines"]["after_burst"] % ", ".join(d["ids"][:n]))


def p_cursor_pagination(c: Ctx) -> None:
    d = c.d
    cur = d["cursors"]
    _page(c, None, d["recs"][0:2], cur[0])
    c.llm(d["lines"]["next_page"])
    _page(c, cur[0], d["recs"][2:4], cur[1])
    if c.rng.random() < 0.6:
        c.llm(d["lines"]["next_page"])
    _page(c, cur[1], d["recs"][4:5], None)
    c.llm(d["lines"]["list_done"])


def p_three_step_pipeline_per_record(c: Ctx) -> None:
    d = c.d
    if c.rng.random() < 0.5:
        c.llm(d["lines"]["cycle_intro"] % d["ids"][0])
    for rnd in range(3):
        cyc = d["cycle"](d["ids"][rnd], rnd)
        for j, (name, args, payload) in enumerate(cyc):
            if rnd == 2 and j > 0:
                break
            c.tool(name, args, payload)


def p_clarification_answered(c: Ctx) -> None:
    d = c.d
    q = d["clarify"]
    c.prelude()
    c.llm(q["asks"][0], q["answers"][0])
    name, args, payload = q["act1"]
    c.tool(name, args, payload)
    c.llm(q["ask2"], q["answer2"])
    name, args, payload = q["act2"]
    c.tool(name, args, payload)


def p_job_polling_advancing(c: Ctx) -> None:
    d = c.d
    j = d["job"]
    c.tool(j["start"], j["start_args"], j["started"])
    for i, stage in enumerate(j["stages"]):
        if i in (1, 3):
            c.llm(d["lines"]["poll"])
        c.tool(j["status"], j["status_args"], stage)
    c.tool(*j["result"])


def p_handoff_accepted(c: Ctx) -> None:
    d = c.d
    h = d["handoff"]
    c.prelude()
    c.tool(h["tool"], h["args"], h["accepted"])
    c.tool(h["check"], h["check_args"], h["queued"])
    c.llm(h["wait_line"])
    c.tool(h["check"], h["check_args"], h["picked"])
    c.llm(h["done_line"])


def p_preview_then_commit(c: Ctx) -> None:
    d = c.d
    p = d["change"]
    c.prelude()
    c.tool(p["preview"], p["args"], p["diff"])
    c.llm(p["apply_line"])
    c.tool(p["commit"], p["commit_args"], p["applied"])
    c.tool(p["preview"], p["args2"], p["diff2"])
    c.llm(p["apply_line2"])
    c.tool(p["commit"], p["commit_args2"], p["applied2"])


BUILDERS = {
    "exact_repeat": k_exact_repeat,
    "paraphrased_repeat": k_paraphrased_repeat,
    "ab_oscillation": k_ab_oscillation,
    "failing_tool_retry": k_failing_tool_retry,
    "same_action_same_observation": k_same_action_same_observation,
    "identical_monologue": k_identical_monologue,
    "identical_tool_calls": k_identical_tool_calls,
    "stale_cursor_pagination": k_stale_cursor_pagination,
    "three_step_cycle": k_three_step_cycle,
    "clarification_reask": k_clarification_reask,
    "stalled_job_polling": k_stalled_job_polling,
    "handoff_bounce": k_handoff_bounce,
    "preview_without_commit": k_preview_without_commit,
    "recurring_step_new_input": p_recurring_step_new_input,
    "summarising_related_documents": p_summarising_related_documents,
    "alternating_lookup_update": p_alternating_lookup_update,
    "retry_corrected_argument": p_retry_corrected_argument,
    "recheck_after_fix": p_recheck_after_fix,
    "monologue_building_answer": p_monologue_building_answer,
    "same_tool_distinct_ids": p_same_tool_distinct_ids,
    "cursor_pagination": p_cursor_pagination,
    "three_step_pipeline_per_record": p_three_step_pipeline_per_record,
    "clarification_answered": p_clarification_answered,
    "job_polling_advancing": p_job_polling_advancing,
    "handoff_accepted": p_handoff_accepted,
    "preview_then_commit": p_preview_then_commit,
}


# ---------------------------------------------------------------- domains
#
# Each domain: its own tool naming, id formats, envelope (see Ctx._r_<style>) and agent wording.


def _feed_rec(oid, pat, formula, rate, goal, hold):
    return {
        "resourceType": "NutritionOrder",
        "id": oid,
        "status": "active",
        "patient": "Patient/" + pat,
        "formula": formula,
        "route": "NG",
        "rate_ml_h": rate,
        "goal_ml_h": goal,
        "hold": hold,
    }


ENTERAL = {
    "name": "enteral_feeding_orders",
    "style": "fhir",
    "host": "fhir-gw",
    "ids": ["no-48213", "no-48227", "no-48240", "no-48251", "no-48266"],
    "recs": [
        _feed_rec("no-48213", "p-77102", "Peptamen 1.5", 45, 65, "none"),
        _feed_rec("no-48227", "p-77118", "Jevity 1.2", 30, 70, "none"),
        _feed_rec("no-48240", "p-77131", "Nepro", 20, 45, "procedure 11:00-13:00"),
        _feed_rec("no-48251", "p-77140", "Osmolite 1.0", 60, 60, "none"),
        _feed_rec("no-48266", "p-77152", "Vital AF 1.2", 25, 55, "none"),
    ],
    "get": lambda rid: ("fhir.read", {"type": "NutritionOrder", "id": rid}),
    "update": lambda rid, i: (
        "fhir.patch",
        {
            "type": "NutritionOrder",
            "id": rid,
            "op": "replace",
            "path": "/enteralFormula/administration/0/rate",
            "value": [55, 40, 30][i],
        },
        {
            "resourceType": "NutritionOrder",
            "id": rid,
            "rate_ml_h": [55, 40, 30][i],
            "versionId": str(4 + i),
        },
    ),
    "warmup": [
        (
            "fhir.search",
            {"type": "Patient", "identifier": "MRN|00771023"},
            [
                {
                    "resourceType": "Patient",
                    "id": "p-77102",
                    "name": "WALSH, Oonagh",
                    "location": "4W-12",
                    "weight_kg": 71.4,
                }
            ],
        ),
        (
            "fhir.search",
            {
                "type": "Observation",
                "patient": "p-77102",
                "code": "gastric-residual",
                "_sort": "-date",
                "_count": 2,
            },
            [
                {
                    "resourceType": "Observation",
                    "id": "obs-55210",
                    "value_ml": 120,
                    "effective": "06:00",
                },
                {
                    "resourceType": "Observation",
                    "id": "obs-55187",
                    "value_ml": 90,
                    "effective": "02:00",
                },
            ],
        ),
    ],
    "warmup_note": "Residuals are well under 250 mL overnight. Pulling the last two checks to be sure.",
    "requests": {
        "record": [
            (
                "Can you check why bed 4W-12's tube feed (order no-48213) isn't advancing to goal? Nursing says it's sat at 45 since yesterday.",
                "I'll pull the nutrition order for 4W-12 and look at the rate advancement.",
            )
        ],
        "batch": [
            (
                "Advance the tube-feed rates for this morning's ICU patients per protocol: +10 mL/h where residuals were under 250.",
                "Going through the ICU feeding orders and applying the advancement step where residuals allow.",
            )
        ],
        "docs": [
            (
                "Summarise the three guidance memos the nutrition committee circulated this week for the dietitian huddle.",
                "Sure - I'll read the committee memos and pull out what changes for the huddle.",
            )
        ],
        "submit": [
            (
                "Send the protein modular add-on for Mrs Walsh's order to pharmacy verification.",
                "Submitting the protein modular on no-48213 to pharmacy verification.",
            )
        ],
        "validate": [
            (
                "Run the formulary and allergy check on the pending formula switch for no-48213 before it goes live.",
                "Running the formulary check on the pending formula switch.",
            )
        ],
        "list": [
            (
                "List every active tube-feed order on 4W with its current rate so I can cross-check the pump audit.",
                "Pulling the active 4W feeding orders.",
            )
        ],
        "clarify": [
            (
                "Set up the new feed for the patient in 4W-12, she's switching formula today.",
                "I can set that up.",
            )
        ],
        "job": [
            (
                "Rebuild the pump library export so tonight's pump sync picks up the new formulas.",
                "Starting the pump library export build.",
            )
        ],
        "handoff": [
            (
                "The additive on no-48227 needs a pharmacist to sign off. Route it to pharmacy.",
                "Routing no-48227 to the pharmacy verification queue.",
            )
        ],
        "change": [
            (
                "Move the hold on Mrs Walsh's feed: she's going to IR at 14:00 now, not 10:00. Also restart time should be 16:00.",
                "I'll stage the hold-time change and check the diff before applying.",
            )
        ],
    },
    "lines": {
        "fetch": "Reading NutritionOrder %s to see the rate schedule.",
        "retry": "Resubmitting the verification request.",
        "revalidate": "Re-running the formulary check on the pending switch.",
        "revalidate_fix": "Two issues flagged. Fixing the allergen flag first, then the osmolality note.",
        "after_burst": "Have the order details for %s.",
        "next_page": "Requesting the next page of 4W orders.",
        "list_done": "That's all active 4W orders: five in total. Rates listed above for the pump audit.",
        "cycle_intro": "For %s I need the order, the latest residuals and the protocol step.",
        "poll": "Export is running; checking the build status.",
        "next_record": "Reading the next ICU feeding order.",
        "batch_done": "Advancement review done for %s. Applying rate changes only where residuals allowed.",
    },
    "doc_tool": "docref.get",
    "doc_key": "documentReference",
    "docs": [
        (
            "dr-9001",
            "Memo 1: Gastric residual volumes",
            "Stop routine GRV checks in ventilated adults; check only if vomiting or distension. Do not hold feeds for GRV < 500 mL.",
        ),
        (
            "dr-9002",
            "Memo 2: Protein targets in ICU",
            "Target 1.2-2.0 g/kg/day protein from day 3; add modular protein when formula alone falls short.",
        ),
        (
            "dr-9003",
            "Memo 3: Volume-based feeding",
            "Adopt 24-hour volume targets; nurses may catch up up to 150 mL/h after holds, except post-pyloric tubes.",
        ),
    ],
    "para": [
        "Let me look at the residual volume memo.",
        "I'll look at Memo 1 on gastric residuals once more before summarising.",
        "Going back over the GRV guidance memo to make sure I have it right.",
        "Checking the gastric residual memo one more time.",
    ],
    "para_docs": [
        "Reading the first memo, on gastric residuals.",
        "Now the protein targets memo.",
        "And the third memo, on volume-based feeding.",
    ],
    "docs_summary": "Huddle summary: (1) no routine GRV checks, don't hold under 500 mL; (2) protein 1.2-2.0 g/kg/day from day 3, add modular if short; (3) 24-h volume targets with catch-up to 150 mL/h, not for post-pyloric tubes.",
    "ab": (
        (
            "fhir.read",
            {"type": "NutritionOrder", "id": "no-48213"},
            _feed_rec("no-48213", "p-77102", "Peptamen 1.5", 45, 65, "none"),
            "Checking the order's current rate.",
        ),
        (
            "fhir.search",
            {"type": "Observation", "patient": "p-77102", "code": "gastric-residual", "_count": 1},
            [{"resourceType": "Observation", "id": "obs-55210", "value_ml": 120}],
            "Checking the latest residual for this patient.",
        ),
    ),
    "submit": {
        "tool": "pharmacy.verify_submit",
        "bad": {"order": "no-48213", "additive": "Beneprotein", "dose": "1 scoop", "route": "NG"},
        "err1": "route 'NG' is not a coded value; expected SNOMED CT route code",
        "code": "code-invalid",
        "fix1_line": "It wants a coded route. Nasogastric is SNOMED 127492001.",
        "fix1": {
            "order": "no-48213",
            "additive": "Beneprotein",
            "dose": "1 scoop",
            "route": "127492001",
        },
        "err2": "dose must be quantity with UCUM unit; '1 scoop' is free text",
        "fix2_line": "One scoop of Beneprotein is 7 g, so dose becomes 7 g.",
        "fix2": {
            "order": "no-48213",
            "additive": "Beneprotein",
            "dose": {"value": 7, "unit": "g"},
            "route": "127492001",
        },
        "ok": {
            "resourceType": "Task",
            "id": "task-30918",
            "status": "requested",
            "owner": "Pharmacy-Verify",
        },
    },
    "validate": {
        "tool": "formulary.check",
        "args": {"order": "no-48213", "pending": "Vital 1.5"},
        "fail2": {
            "result": "fail",
            "issues": [
                "allergen: milk protein vs AllergyIntolerance/ai-221",
                "osmolality 500 mOsm needs note for NG",
            ],
        },
        "fail1": {"result": "fail", "issues": ["osmolality 500 mOsm needs note for NG"]},
        "pass": {"result": "pass", "issues": []},
        "fix1": (
            "fhir.patch",
            {
                "type": "AllergyIntolerance",
                "id": "ai-221",
                "op": "replace",
                "path": "/verificationStatus",
                "value": "refuted",
            },
            {"resourceType": "AllergyIntolerance", "id": "ai-221", "verificationStatus": "refuted"},
        ),
        "fix2": (
            "fhir.patch",
            {
                "type": "NutritionOrder",
                "id": "no-48213",
                "op": "add",
                "path": "/note",
                "value": "Osmolality reviewed, NG ok per RD",
            },
            {"resourceType": "NutritionOrder", "id": "no-48213", "versionId": "6"},
        ),
    },
    "mono": "The rate hasn't moved because the advancement step is conditional on residuals, so I need to confirm the residual rule before changing no-48213.",
    "mono_steps": [
        "The order was written with a conditional advance: +10 mL/h every 8 h if GRV < 250.",
        "The overnight residuals were 120 and 90 mL, so the condition was met twice but nobody advanced it; the advance is a manual nursing step on 4W.",
        "Under the new committee memo GRV checks aren't required at all, so the conditional wording is what is blocking it.",
        "Recommendation: rewrite no-48213 as a fixed schedule 45 -> 55 -> 65 mL/h at 8-h steps, and tell 4W-12's nurse the advance is due now.",
    ],
    "list_tool": "fhir.search",
    "list_args": {"type": "NutritionOrder", "status": "active", "location": "4W", "_count": 2},
    "cursor_key": "_getpages",
    "cursors": ["b1c7e2", "b1c7e3"],
    "page": lambda items, nxt: items,
    "cycle": lambda rid, i: [
        (
            "fhir.read",
            {"type": "NutritionOrder", "id": rid},
            _feed_rec(
                rid,
                "p-771%02d" % (2 + 16 * i),
                ["Peptamen 1.5", "Jevity 1.2", "Nepro"][i],
                [45, 30, 20][i],
                [65, 70, 45][i],
                "none",
            ),
        ),
        (
            "fhir.search",
            {
                "type": "Observation",
                "subject": "NutritionOrder/" + rid,
                "code": "gastric-residual",
                "_count": 1,
            },
            [{"resourceType": "Observation", "value_ml": [120, 310, 60][i]}],
        ),
        (
            "protocol.lookup",
            {"protocol": "ICU-EN-ADV-v3", "grv_ml": [120, 310, 60][i]},
            {"step": ["advance +10", "hold advance", "advance +10"][i]},
        ),
    ],
    "clarify": {
        "asks": [
            "Which formula should I switch her to - Vital 1.5 or Peptamen 1.5?",
            "Before I write it: is the new formula Vital 1.5 or Peptamen 1.5?",
            "Just to confirm the product - Vital 1.5 or Peptamen 1.5?",
        ],
        "answers": ["Vital 1.5.", "Vital 1.5.", "Vital 1.5, yes."],
        "lookup": (
            "fhir.read",
            {"type": "NutritionOrder", "id": "no-48213"},
            _feed_rec("no-48213", "p-77102", "Peptamen 1.5", 45, 65, "none"),
        ),
        "act1": (
            "fhir.patch",
            {
                "type": "NutritionOrder",
                "id": "no-48213",
                "op": "replace",
                "path": "/enteralFormula/baseFormulaProductName",
                "value": "Vital 1.5",
            },
            {
                "resourceType": "NutritionOrder",
                "id": "no-48213",
                "formula": "Vital 1.5",
                "versionId": "5",
            },
        ),
        "ask2": "Formula updated. Keep the current 45 mL/h, or start Vital at a lower rate?",
        "answer2": "Start at 30 and advance as before.",
        "act2": (
            "fhir.patch",
            {
                "type": "NutritionOrder",
                "id": "no-48213",
                "op": "replace",
                "path": "/enteralFormula/administration/0/rate",
                "value": 30,
            },
            {"resourceType": "NutritionOrder", "id": "no-48213", "rate_ml_h": 30, "versionId": "6"},
        ),
    },
    "job": {
        "start": "pumplib.export_start",
        "start_args": {"library": "kangaroo-icu", "include": "formulary-v2026.11"},
        "started": {"resourceType": "Task", "id": "exp-7713", "status": "in-progress"},
        "status": "pumplib.export_status",
        "status_args": {"task": "exp-7713"},
        "stages": [
            {
                "resourceType": "Task",
                "id": "exp-7713",
                "status": "in-progress",
                "step": "collecting formulas",
                "pct": 15,
            },
            {
                "resourceType": "Task",
                "id": "exp-7713",
                "status": "in-progress",
                "step": "building rate tables",
                "pct": 48,
            },
            {
                "resourceType": "Task",
                "id": "exp-7713",
                "status": "in-progress",
                "step": "signing package",
                "pct": 86,
            },
            {
                "resourceType": "Task",
                "id": "exp-7713",
                "status": "completed",
                "step": "done",
                "pct": 100,
                "output": "Binary/pkg-7713",
            },
        ],
        "result": (
            "fhir.read",
            {"type": "Binary", "id": "pkg-7713", "_summary": "true"},
            {"resourceType": "Binary", "id": "pkg-7713", "size": 418233, "formulas": 41},
        ),
    },
    "handoff": {
        "tool": "task.reassign",
        "args": {"focus": "NutritionOrder/no-48227", "owner": "Pharmacy-Verify"},
        "accepted": {
            "resourceType": "Task",
            "id": "task-30931",
            "owner": "Pharmacy-Verify",
            "status": "requested",
        },
        "check": "fhir.read",
        "check_args": {"type": "Task", "id": "task-30931"},
        "bounced": {
            "resourceType": "Task",
            "id": "task-30931",
            "owner": "Dietetics-4W",
            "status": "requested",
            "note": "auto-route: additive orders go to ordering dept",
        },
        "queued": {
            "resourceType": "Task",
            "id": "task-30931",
            "owner": "Pharmacy-Verify",
            "status": "requested",
            "note": "queue position 3",
        },
        "picked": {
            "resourceType": "Task",
            "id": "task-30931",
            "owner": "Pharmacy-Verify",
            "status": "accepted",
            "performer": "Practitioner/rph-K.Osei",
        },
        "reassign_line": "Putting the task back on the pharmacy queue.",
        "wait_line": "It's on the pharmacy queue. Checking whether a pharmacist has picked it up.",
        "done_line": "Pharmacist K. Osei accepted the verification task for no-48227.",
    },
    "change": {
        "preview": "order.hold_preview",
        "args": {"order": "no-48213", "hold_start": "14:00", "hold_end": "16:00"},
        "diff": {
            "hold": {"from": "10:00-12:00", "to": "14:00-16:00"},
            "affects": ["pump schedule", "MAR"],
        },
        "apply_line": "The diff shows the hold moving to 14:00-16:00. Applying it.",
        "commit": "order.hold_apply",
        "commit_args": {
            "order": "no-48213",
            "hold_start": "14:00",
            "hold_end": "16:00",
            "confirm": True,
        },
        "applied": {
            "resourceType": "NutritionOrder",
            "id": "no-48213",
            "hold": "14:00-16:00",
            "versionId": "7",
        },
        "args2": {"order": "no-48213", "resume_rate": 45, "resume_at": "16:00"},
        "diff2": {"resume": {"from": "12:00 @ 45", "to": "16:00 @ 45"}},
        "apply_line2": "Restart moves to 16:00 at 45 mL/h. Applying that too.",
        "commit_args2": {
            "order": "no-48213",
            "resume_rate": 45,
            "resume_at": "16:00",
            "confirm": True,
        },
        "applied2": {
            "resourceType": "NutritionOrder",
            "id": "no-48213",
            "resume": "16:00",
            "versionId": "8",
        },
    },
}


def _own(no, name, well, dec, susp, reason):
    return {
        "owner_no": no,
        "owner_name": name,
        "well_api": well,
        "nri_decimal": dec,
        "suspense_usd": susp,
        "suspense_code": reason,
    }


ROYALTY = {
    "name": "oil_gas_royalty_owner_payments",
    "style": "csv",
    "host": "rvdb",
    "ids": ["OWN-004417", "OWN-004452", "OWN-004460", "OWN-004471", "OWN-004489"],
    "recs": [
        _own(
            "OWN-004417",
            "HARLAN M PRUETT ESTATE",
            "42-389-31544",
            "0.00390625",
            "1842.17",
            "DEATH-NO-PROBATE",
        ),
        _own("OWN-004452", "BRAZOS MINERAL TRUST", "42-389-31544", "0.01171875", "0.00", ""),
        _own(
            "OWN-004460", "LOUELLA K DOBBS", "42-389-31602", "0.00195313", "312.40", "BAD-ADDRESS"
        ),
        _own("OWN-004471", "CANEY FORK ROYALTY LP", "42-389-31602", "0.02343750", "0.00", ""),
        _own("OWN-004489", "T & R VASQUEZ JT", "42-389-31655", "0.00097656", "88.15", "W9-MISSING"),
    ],
    "get": lambda rid: ("rvq_owner_interest", {"owner_no": rid, "as_of": "2026-10"}),
    "update": lambda rid, i: (
        "rvx_release_suspense",
        {"owner_no": rid, "amount_usd": ["1842.17", "0.00", "312.40"][i], "check_run": "CR-2611"},
        {
            "owner_no": rid,
            "released_usd": ["1842.17", "0.00", "312.40"][i],
            "check_run": "CR-2611",
            "status": "QUEUED",
        },
    ),
    "warmup": [
        (
            "rvq_well_summary",
            {"well_api": "42-389-31544", "prod_month": "2026-09"},
            {
                "well_api": "42-389-31544",
                "lease": "PRUETT A 2H",
                "oil_bbl": 11240,
                "gas_mcf": 38115,
                "owners": 14,
            },
        ),
        (
            "rvq_check_run",
            {"run": "CR-2611"},
            {"run": "CR-2611", "pay_date": "2026-11-25", "status": "OPEN", "checks": 3120},
        ),
    ],
    "warmup_note": "Production's in for September. Checking the November check run is still open.",
    "requests": {
        "record": [
            (
                "Owner OWN-004417 (Pruett estate) called again asking why they haven't been paid on the Pruett A 2H. Find out what's holding it.",
                "Looking into the Pruett estate's interest and suspense now.",
            )
        ],
        "batch": [
            (
                "Release suspense for the owners on the Pruett and Dobbs wells whose curative docs came in last week, into check run CR-2611.",
                "On it. Going owner by owner and releasing what's cleared into CR-2611.",
            )
        ],
        "docs": [
            (
                "Summarise the three title opinions the landman uploaded for the Pruett unit so I can brief the division order analyst.",
                "I'll go through the Pruett title opinions and write up the requirements.",
            )
        ],
        "submit": [
            (
                "Post the corrected division order for OWN-004460 so her decimal takes effect for October.",
                "Posting the corrected division order for OWN-004460.",
            )
        ],
        "validate": [
            (
                "Before we close October, run the decimal balance check on the Pruett A 2H - the analyst changed two owners.",
                "Running the decimal balance check for well 42-389-31544.",
            )
        ],
        "list": [
            (
                "Export the list of owners in suspense over $50 for the escheat review.",
                "Pulling the suspense report.",
            )
        ],
        "clarify": [
            (
                "Transfer the Dobbs interest to her daughter, the probate packet came in.",
                "I can set up the transfer.",
            )
        ],
        "job": [
            (
                "Run the October revenue distribution for the Pruett unit so we can cut checks Friday.",
                "Kicking off the October distribution run for the Pruett unit.",
            )
        ],
        "handoff": [
            (
                "This Vasquez W-9 issue belongs to owner relations' tax desk, send it over.",
                "Reassigning the Vasquez case to the tax desk.",
            )
        ],
        "change": [
            (
                "Change Louella Dobbs' pay address to the PO box in her letter and lower her minimum pay threshold to $25.",
                "I'll stage the address change and check the diff first.",
            )
        ],
    },
    "lines": {
        "fetch": "Querying owner interest for %s.",
        "retry": "Posting the division order.",
        "revalidate": "Running the decimal balance check on 42-389-31544.",
        "revalidate_fix": "Decimals are over by two owners' worth. Correcting Brazos first, then the Pruett estate line.",
        "after_burst": "Got the owner interest rows for %s.",
        "next_page": "Fetching the next block of the suspense report.",
        "list_done": "That's the full suspense list: five owners over $50. Ready for the escheat review.",
        "cycle_intro": "For %s I'll check interest, curative status and the check run.",
        "poll": "Distribution still running. Checking status.",
        "next_record": "Querying the next owner.",
        "batch_done": "Checked %s. Releases queued where curative was cleared.",
    },
    "doc_tool": "landdocs_fetch",
    "doc_key": "doc_no",
    "docs": [
        (
            "TO-2026-118",
            "Drilling title opinion, Pruett A tract 1",
            "Req 4: probate or affidavit of heirship for Harlan M. Pruett needed before paying his 1/256 NRI. Req 7: release of 1998 oil and gas lease of record.",
        ),
        (
            "TO-2026-119",
            "Division order title opinion, tract 2",
            "Brazos Mineral Trust owns 3/256 NRI; trustee authority confirmed by trust certificate dated 2019-04-02. No requirements.",
        ),
        (
            "TO-2026-121",
            "Supplemental opinion, tract 3",
            "Dobbs interest: 1/512 NRI; conveyance to Ruth Dobbs Allen pending recording. Suspend until recorded deed provided.",
        ),
    ],
    "para": [
        "Let me look at the tract 1 opinion's requirements.",
        "I'll go back over TO-2026-118 to get the requirements right.",
        "Checking the first title opinion once more before I write this up.",
        "Reviewing the tract 1 opinion for the curative items.",
    ],
    "para_docs": [
        "Reading the tract 1 drilling title opinion.",
        "Now the tract 2 division order opinion.",
        "And the supplemental opinion for tract 3.",
    ],
    "docs_summary": "Brief for DO analyst: tract 1 - Pruett estate NRI 1/256 suspended pending heirship affidavit, plus 1998 lease release needed; tract 2 - Brazos trust 3/256 clear to pay; tract 3 - Dobbs 1/512 suspend until deed to Ruth Dobbs Allen is recorded.",
    "ab": (
        (
            "rvq_owner_interest",
            {"owner_no": "OWN-004417", "as_of": "2026-10"},
            _own(
                "OWN-004417",
                "HARLAN M PRUETT ESTATE",
                "42-389-31544",
                "0.00390625",
                "1842.17",
                "DEATH-NO-PROBATE",
            ),
            "Checking the estate's interest row.",
        ),
        (
            "rvq_curative",
            {"owner_no": "OWN-004417"},
            {
                "owner_no": "OWN-004417",
                "requirement": "TO-118 Req 4",
                "status": "OPEN",
                "received": "",
            },
            "Checking the curative requirement for the estate.",
        ),
    ),
    "submit": {
        "tool": "rvx_post_division_order",
        "bad": {
            "owner_no": "OWN-004460",
            "well_api": "42-389-31602",
            "nri": "1/512",
            "effective": "2026-10",
        },
        "err1": "nri must be decimal with 8 places, got '1/512'",
        "code": "DO-017",
        "fix1_line": "It needs a decimal. 1/512 is 0.00195313.",
        "fix1": {
            "owner_no": "OWN-004460",
            "well_api": "42-389-31602",
            "nri": "0.00195313",
            "effective": "2026-10",
        },
        "err2": "effective must be first day of month YYYY-MM-01",
        "fix2_line": "Effective date format is YYYY-MM-01; using 2026-10-01.",
        "fix2": {
            "owner_no": "OWN-004460",
            "well_api": "42-389-31602",
            "nri": "0.00195313",
            "effective": "2026-10-01",
        },
        "ok": {"do_no": "DO-88214", "owner_no": "OWN-004460", "status": "POSTED"},
    },
    "validate": {
        "tool": "rvq_decimal_balance",
        "args": {"well_api": "42-389-31544", "interest_type": "RI"},
        "fail2": [
            {
                "check": "sum_nri",
                "expected": "0.18750000",
                "actual": "0.19531250",
                "status": "FAIL",
            },
            {"check": "dup_owner", "owner_no": "OWN-004452", "status": "FAIL"},
        ],
        "fail1": [
            {"check": "sum_nri", "expected": "0.18750000", "actual": "0.19140625", "status": "FAIL"}
        ],
        "pass": [
            {"check": "sum_nri", "expected": "0.18750000", "actual": "0.18750000", "status": "PASS"}
        ],
        "fix1": (
            "rvx_delete_interest_row",
            {"owner_no": "OWN-004452", "well_api": "42-389-31544", "row_id": 99120},
            {"row_id": 99120, "status": "DELETED"},
        ),
        "fix2": (
            "rvx_update_interest",
            {
                "owner_no": "OWN-004417",
                "well_api": "42-389-31544",
                "nri": "0.00000000",
                "note": "moved to heirs per TO-118",
            },
            {"owner_no": "OWN-004417", "nri": "0.00000000", "status": "UPDATED"},
        ),
    },
    "mono": "The estate's payments are in suspense under DEATH-NO-PROBATE, so nothing releases until the heirship affidavit is in. I need to confirm that requirement before telling the caller anything.",
    "mono_steps": [
        "The estate's interest is 0.00390625 on the Pruett A 2H, and $1,842.17 has built up in suspense under DEATH-NO-PROBATE.",
        "Title opinion requirement 4 asks for probate or an affidavit of heirship. Nothing has been received against it.",
        "Texas allows an affidavit of heirship recorded in Brazos County, so the heirs don't need full probate for this amount.",
        "Reply for the caller: payments are held pending an affidavit of heirship; once recorded and sent in, suspense releases in the next check run.",
    ],
    "list_tool": "rvq_suspense_report",
    "list_args": {"min_usd": 50, "order_by": "suspense_usd desc", "limit": 2},
    "cursor_key": "offset",
    "cursors": [2, 4],
    "page": lambda items, nxt: items,
    "cycle": lambda rid, i: [
        (
            "rvq_owner_interest",
            {"owner_no": rid, "as_of": "2026-10"},
            {"owner_no": rid, "suspense_usd": ["1842.17", "0.00", "312.40"][i]},
        ),
        (
            "rvq_curative",
            {"owner_no": rid},
            {"owner_no": rid, "status": ["OPEN", "NONE", "CLEARED"][i]},
        ),
        (
            "rvq_check_run_lines",
            {"run": "CR-2611", "owner_no": rid},
            {"owner_no": rid, "lines": [0, 1, 0][i]},
        ),
    ],
    "clarify": {
        "asks": [
            "Is the transfer for the full 1/512 to Ruth Dobbs Allen, or split with another heir?",
            "Should the whole Dobbs interest go to Ruth Dobbs Allen, or is it split?",
            "Confirming: full interest to Ruth Dobbs Allen, or a split?",
        ],
        "answers": ["Full interest to Ruth.", "All of it to Ruth.", "Full. Ruth only."],
        "lookup": (
            "rvq_owner_interest",
            {"owner_no": "OWN-004460", "as_of": "2026-10"},
            _own(
                "OWN-004460",
                "LOUELLA K DOBBS",
                "42-389-31602",
                "0.00195313",
                "312.40",
                "BAD-ADDRESS",
            ),
        ),
        "act1": (
            "rvx_transfer_interest",
            {
                "from_owner": "OWN-004460",
                "to_owner": "NEW",
                "to_name": "RUTH DOBBS ALLEN",
                "fraction": "1.0",
            },
            {"to_owner": "OWN-004502", "status": "PENDING_DEED"},
        ),
        "ask2": "Created OWN-004502 for Ruth. Should the $312.40 already in suspense go to her too?",
        "answer2": "Yes, release it to Ruth once the deed is recorded.",
        "act2": (
            "rvx_move_suspense",
            {
                "from_owner": "OWN-004460",
                "to_owner": "OWN-004502",
                "amount_usd": "312.40",
                "hold_until": "DEED_RECORDED",
            },
            {"to_owner": "OWN-004502", "suspense_usd": "312.40", "status": "MOVED"},
        ),
    },
    "job": {
        "start": "rvx_start_distribution",
        "start_args": {"unit": "PRUETT-A", "prod_month": "2026-10"},
        "started": {"job_id": "DIST-55190", "state": "SUBMITTED"},
        "status": "rvq_job_status",
        "status_args": {"job_id": "DIST-55190"},
        "stages": [
            {"job_id": "DIST-55190", "state": "RUNNING", "phase": "load volumes", "owners_done": 0},
            {"job_id": "DIST-55190", "state": "RUNNING", "phase": "allocate", "owners_done": 212},
            {
                "job_id": "DIST-55190",
                "state": "RUNNING",
                "phase": "tax withholding",
                "owners_done": 388,
            },
            {"job_id": "DIST-55190", "state": "COMPLETE", "phase": "done", "owners_done": 412},
        ],
        "result": (
            "rvq_distribution_totals",
            {"job_id": "DIST-55190"},
            {
                "job_id": "DIST-55190",
                "gross_usd": "611204.88",
                "owner_net_usd": "98455.31",
                "suspended_usd": "2242.72",
            },
        ),
    },
    "handoff": {
        "tool": "crm_reassign_case",
        "args": {"case": "OR-31877", "queue": "TAX_DESK"},
        "accepted": {"case": "OR-31877", "queue": "TAX_DESK", "result": "ASSIGNED"},
        "check": "crm_get_case",
        "check_args": {"case": "OR-31877"},
        "bounced": {
            "case": "OR-31877",
            "queue": "OWNER_RELATIONS",
            "last_rule": "W9 cases default to owner relations",
        },
        "queued": {"case": "OR-31877", "queue": "TAX_DESK", "assignee": "", "age_min": 4},
        "picked": {
            "case": "OR-31877",
            "queue": "TAX_DESK",
            "assignee": "dmiller",
            "status": "IN_PROGRESS",
        },
        "reassign_line": "Sending OR-31877 to the tax desk.",
        "wait_line": "It's on the tax desk queue. Checking for an assignee.",
        "done_line": "D. Miller on the tax desk picked up OR-31877.",
    },
    "change": {
        "preview": "rvx_owner_change_preview",
        "args": {"owner_no": "OWN-004460", "pay_address": "PO BOX 118, CALDWELL TX 77836"},
        "diff": {
            "field": "pay_address",
            "old": "RR 2 BOX 40, SNOOK TX",
            "new": "PO BOX 118, CALDWELL TX 77836",
        },
        "apply_line": "Address diff is right. Applying.",
        "commit": "rvx_owner_change_apply",
        "commit_args": {
            "owner_no": "OWN-004460",
            "pay_address": "PO BOX 118, CALDWELL TX 77836",
            "confirm": "Y",
        },
        "applied": {"owner_no": "OWN-004460", "change_id": "CHG-7701", "status": "APPLIED"},
        "args2": {"owner_no": "OWN-004460", "min_pay_usd": "25.00"},
        "diff2": {"field": "min_pay_usd", "old": "100.00", "new": "25.00"},
        "apply_line2": "Threshold goes from $100 to $25. Applying.",
        "commit_args2": {"owner_no": "OWN-004460", "min_pay_usd": "25.00", "confirm": "Y"},
        "applied2": {"owner_no": "OWN-004460", "change_id": "CHG-7702", "status": "APPLIED"},
    },
}


def _hamlog(lid, call, cat, qsos, dupes, score, status):
    return {
        "log": lid,
        "call": call,
        "cat": cat,
        "qsos": qsos,
        "dupes": dupes,
        "claimed": score,
        "status": status,
    }


HAMLOG = {
    "name": "amateur_radio_contest_logs",
    "style": "log",
    "host": "logchk",
    "ids": ["SS26-K5TR", "SS26-W8QZ", "SS26-N6ML", "SS26-KB1HVX", "SS26-VE3KTB"],
    "recs": [
        _hamlog("SS26-K5TR", "K5TR", "SOAB-HP", 1204, 9, 193280, "RECEIVED"),
        _hamlog("SS26-W8QZ", "W8QZ", "SOAB-LP", 811, 3, 130088, "RECEIVED"),
        _hamlog("SS26-N6ML", "N6ML", "M/S", 1622, 21, 270874, "CHECKED"),
        _hamlog("SS26-KB1HVX", "KB1HVX", "SOAB-QRP", 212, 0, 30104, "RECEIVED"),
        _hamlog("SS26-VE3KTB", "VE3KTB", "SOAB-LP", 964, 5, 160988, "HELD"),
    ],
    "get": lambda rid: ("logchk_show", {"log": rid}),
    "update": lambda rid, i: (
        "logchk_set_category",
        {"log": rid, "category": ["SOAB-HP-UNASSISTED", "SOAB-LP-ASSISTED", "MULTI-SINGLE"][i]},
        {
            "log": rid,
            "category": ["SOAB-HP-UNASSISTED", "SOAB-LP-ASSISTED", "MULTI-SINGLE"][i],
            "result": "updated",
        },
    ),
    "warmup": [
        (
            "logchk_inbox",
            {"contest": "SS-CW-2026", "since": "2026-11-20"},
            {"contest": "SS-CW-2026", "new_logs": 37, "held": 4},
        ),
        (
            "logchk_deadline",
            {"contest": "SS-CW-2026"},
            {"contest": "SS-CW-2026", "deadline": "2026-11-30T23:59Z", "late_logs": 2},
        ),
    ],
    "warmup_note": "37 new logs since the 20th. Checking the deadline before anything else.",
    "requests": {
        "record": [
            (
                "K5TR emailed that their Sweepstakes log shows 'RECEIVED' but not 'CHECKED' after a week. What's holding SS26-K5TR?",
                "Let me look at the K5TR log and its check status.",
            )
        ],
        "batch": [
            (
                "Fix the category lines for the logs that came in with the old single-op categories; the entrants emailed corrections.",
                "Will do, going through the logs with category corrections one at a time.",
            )
        ],
        "docs": [
            (
                "Summarise the three rules clarifications the committee posted about Sweepstakes assistance and QSO exchange, for the checker notes.",
                "I'll read the three clarifications and condense them for the checkers.",
            )
        ],
        "submit": [
            (
                "Upload VE3KTB's resubmitted Cabrillo so it replaces the held log.",
                "Uploading VE3KTB's replacement log.",
            )
        ],
        "validate": [
            (
                "Run the Cabrillo validator on N6ML's log before we cross-check it - the header looked off.",
                "Running the validator on SS26-N6ML.",
            )
        ],
        "list": [
            (
                "Give me every log still held for review so the committee can sign them off tonight.",
                "Pulling the held-log list.",
            )
        ],
        "clarify": [
            (
                "Reclassify that multi-op's log, they were assisted.",
                "Sure, I can reclassify it.",
            )
        ],
        "job": [
            (
                "Start the cross-check for Sweepstakes CW so the UBN reports can go out.",
                "Starting the cross-check run for SS-CW-2026.",
            )
        ],
        "handoff": [
            (
                "KB1HVX is disputing a penalty - that's for the appeals reviewer, not us. Pass it on.",
                "Passing the KB1HVX dispute to the appeals reviewer.",
            )
        ],
        "change": [
            (
                "Apply the 1-hour off-time correction to W8QZ's log - they logged in local time for the first hour - and fix their power to LOW.",
                "I'll preview the time shift on W8QZ's log first.",
            )
        ],
    },
    "lines": {
        "fetch": "Showing log %s.",
        "retry": "Uploading the log file.",
        "revalidate": "Validating SS26-N6ML.",
        "revalidate_fix": "Two header errors. Fixing CATEGORY-OPERATOR first, then the missing CLAIMED-SCORE.",
        "after_burst": "Have the log headers for %s.",
        "next_page": "Fetching the next page of held logs.",
        "list_done": "All held logs listed: five in total, ready for the committee.",
        "cycle_intro": "For %s: show the log, check dupes, then the UBN entries.",
        "poll": "Cross-check still going. Checking status.",
        "next_record": "Showing the next log.",
        "batch_done": "Reviewed %s; category lines corrected per the entrants' emails.",
    },
    "doc_tool": "rules_get",
    "doc_key": "post",
    "docs": [
        (
            "clar-2026-07",
            "Clarification 7: packet spotting",
            "Use of any spotting network or skimmer puts the entrant in an Assisted category. Self-spotting is not allowed in any category.",
        ),
        (
            "clar-2026-08",
            "Clarification 8: check year in exchange",
            "Check is the last two digits of the year of first licence. A logged check that differs from the one sent is a busted exchange, no QSO credit.",
        ),
        (
            "clar-2026-09",
            "Clarification 9: off-times",
            "Single-op must take 6 hours off in at least one-hour blocks; off-times are computed from the log, not declared.",
        ),
    ],
    "para": [
        "Let me look at Clarification 7 on spotting.",
        "I'll check the packet spotting clarification once more.",
        "Going back to clar-2026-07 to be sure about Assisted.",
        "Reviewing the spotting clarification before writing it up.",
    ],
    "para_docs": [
        "Reading Clarification 7 on packet spotting.",
        "Now Clarification 8 on the check field.",
        "Last, Clarification 9 on off-times.",
    ],
    "docs_summary": "Checker notes: 7 - any spotting or skimmer use means Assisted, no self-spotting; 8 - check = last two digits of first licence year, a mismatch is a busted exchange with no credit; 9 - single-ops need 6 h off in 1-h blocks, computed from the log.",
    "ab": (
        (
            "logchk_show",
            {"log": "SS26-K5TR"},
            _hamlog("SS26-K5TR", "K5TR", "SOAB-HP", 1204, 9, 193280, "RECEIVED"),
            "Checking the log's status.",
        ),
        (
            "logchk_queue",
            {"stage": "crosscheck", "log": "SS26-K5TR"},
            {"log": "SS26-K5TR", "stage": "crosscheck", "position": 14, "blocked_by": "none"},
            "Checking where it sits in the cross-check queue.",
        ),
    ),
    "submit": {
        "tool": "logchk_upload",
        "bad": {"log": "SS26-VE3KTB", "file": "ve3ktb_ss.log", "replace": True},
        "err1": "line 1: expected 'START-OF-LOG: 3.0', found 'START-OF-LOG: 2.0'",
        "code": "CBR-HDR",
        "fix1_line": "Their file is Cabrillo 2. Using the converted copy ve3ktb_ss_v3.log.",
        "fix1": {"log": "SS26-VE3KTB", "file": "ve3ktb_ss_v3.log", "replace": True},
        "err2": "line 14: CATEGORY-STATION 'HOME' not valid for SS-CW-2026",
        "fix2_line": "HOME isn't a station category here; FIXED is.",
        "fix2": {
            "log": "SS26-VE3KTB",
            "file": "ve3ktb_ss_v3.log",
            "replace": True,
            "override": {"CATEGORY-STATION": "FIXED"},
        },
        "ok": {"log": "SS26-VE3KTB", "result": "replaced", "qsos": 971, "status": "RECEIVED"},
    },
    "validate": {
        "tool": "logchk_validate",
        "args": {"log": "SS26-N6ML"},
        "fail2": [
            {
                "line": 6,
                "level": "error",
                "msg": "CATEGORY-OPERATOR SINGLE-OP conflicts with OPERATORS list of 4",
            },
            {"line": 0, "level": "error", "msg": "CLAIMED-SCORE missing"},
        ],
        "fail1": [{"line": 0, "level": "error", "msg": "CLAIMED-SCORE missing"}],
        "pass": [{"line": 0, "level": "ok", "msg": "0 errors 2 warnings"}],
        "fix1": (
            "logchk_edit_header",
            {"log": "SS26-N6ML", "field": "CATEGORY-OPERATOR", "value": "MULTI-OP"},
            {"log": "SS26-N6ML", "field": "CATEGORY-OPERATOR", "result": "set"},
        ),
        "fix2": (
            "logchk_edit_header",
            {"log": "SS26-N6ML", "field": "CLAIMED-SCORE", "value": "270874"},
            {"log": "SS26-N6ML", "field": "CLAIMED-SCORE", "result": "set"},
        ),
    },
    "mono": "The log is RECEIVED but not CHECKED, which means it hasn't cleared cross-check; I should confirm the cross-check queue before replying to K5TR.",
    "mono_steps": [
        "SS26-K5TR has 1204 QSOs and 9 dupes, status RECEIVED; logs move to CHECKED only after the full cross-check, which hasn't been run for SS-CW-2026 yet.",
        "So nothing is wrong with K5TR's log in particular; every log this year is still RECEIVED until the run.",
        "The run is scheduled after the submission deadline of 30 November 23:59Z.",
        "Reply to K5TR: the log is received and fine; statuses change to CHECKED for everyone after the cross-check that follows the 30 Nov deadline.",
    ],
    "list_tool": "logchk_list",
    "list_args": {"contest": "SS-CW-2026", "status": "HELD", "per_page": 2},
    "cursor_key": "page",
    "cursors": [2, 3],
    "page": lambda items, nxt: items,
    "cycle": lambda rid, i: [
        (
            "logchk_show",
            {"log": rid},
            {"log": rid, "status": "RECEIVED", "qsos": [1204, 811, 1622][i]},
        ),
        ("logchk_dupes", {"log": rid}, {"log": rid, "dupes": [9, 3, 21][i]}),
        (
            "logchk_ubn",
            {"log": rid, "section": "bust"},
            {"log": rid, "busted_calls": [4, 1, 12][i], "busted_exch": [6, 2, 9][i]},
        ),
    ],
    "clarify": {
        "asks": [
            "Which log is it - N6ML's or the W8QZ multi?",
            "To be sure I change the right one: N6ML or W8QZ?",
            "Which call should I reclassify, N6ML or W8QZ?",
        ],
        "answers": ["N6ML.", "N6ML, the multi-single.", "N6ML"],
        "lookup": (
            "logchk_show",
            {"log": "SS26-N6ML"},
            _hamlog("SS26-N6ML", "N6ML", "M/S", 1622, 21, 270874, "CHECKED"),
        ),
        "act1": (
            "logchk_set_category",
            {"log": "SS26-N6ML", "category": "MULTI-SINGLE-ASSISTED"},
            {"log": "SS26-N6ML", "category": "MULTI-SINGLE-ASSISTED", "result": "updated"},
        ),
        "ask2": "Done. Their claimed score was checked under the unassisted table - should I requeue it for rescoring?",
        "answer2": "Yes, rescore it.",
        "act2": (
            "logchk_requeue",
            {"log": "SS26-N6ML", "stage": "score"},
            {"log": "SS26-N6ML", "stage": "score", "position": 2},
        ),
    },
    "job": {
        "start": "logchk_xcheck_start",
        "start_args": {"contest": "SS-CW-2026"},
        "started": {"run": "XC-0412", "state": "queued"},
        "status": "logchk_xcheck_status",
        "status_args": {"run": "XC-0412"},
        "stages": [
            {"run": "XC-0412", "state": "running", "logs_done": 140, "logs_total": 1876},
            {"run": "XC-0412", "state": "running", "logs_done": 903, "logs_total": 1876},
            {"run": "XC-0412", "state": "running", "logs_done": 1611, "logs_total": 1876},
            {"run": "XC-0412", "state": "finished", "logs_done": 1876, "logs_total": 1876},
        ],
        "result": (
            "logchk_ubn_batch",
            {"run": "XC-0412", "action": "generate"},
            {"run": "XC-0412", "ubn_reports": 1876, "mail_queue": "ubn-2026-ss"},
        ),
    },
    "handoff": {
        "tool": "helpdesk_assign",
        "args": {"ticket": "SS-DSP-0093", "to": "appeals"},
        "accepted": {"ticket": "SS-DSP-0093", "to": "appeals", "result": "assigned"},
        "check": "helpdesk_ticket",
        "check_args": {"ticket": "SS-DSP-0093"},
        "bounced": {
            "ticket": "SS-DSP-0093",
            "owner": "logcheck",
            "reason": "appeals_requires_ubn_attached",
        },
        "queued": {
            "ticket": "SS-DSP-0093",
            "owner": "appeals",
            "assignee": "none",
            "waiting_min": 3,
        },
        "picked": {
            "ticket": "SS-DSP-0093",
            "owner": "appeals",
            "assignee": "W1XX",
            "state": "open",
        },
        "reassign_line": "Assigning SS-DSP-0093 to appeals.",
        "wait_line": "It's with appeals. Checking whether a reviewer has it.",
        "done_line": "W1XX in appeals has taken SS-DSP-0093.",
    },
    "change": {
        "preview": "logchk_timeshift_preview",
        "args": {
            "log": "SS26-W8QZ",
            "from": "2026-11-08T21:00Z",
            "to": "2026-11-08T22:00Z",
            "shift_min": 60,
        },
        "diff": {
            "qsos_shifted": 48,
            "first": "2100->2200",
            "last": "2159->2259",
            "new_offtime_blocks": 5,
        },
        "apply_line": "48 QSOs move forward an hour. Applying the shift.",
        "commit": "logchk_apply",
        "commit_args": {"log": "SS26-W8QZ", "change": "timeshift", "shift_min": 60},
        "applied": {"log": "SS26-W8QZ", "rev": 3, "result": "applied"},
        "args2": {"log": "SS26-W8QZ", "header": {"CATEGORY-POWER": "LOW"}},
        "diff2": {"CATEGORY-POWER": "HIGH->LOW"},
        "apply_line2": "Power goes HIGH to LOW. Applying.",
        "commit_args2": {
            "log": "SS26-W8QZ",
            "change": "header",
            "header": {"CATEGORY-POWER": "LOW"},
        },
        "applied2": {"log": "SS26-W8QZ", "rev": 4, "result": "applied"},
    },
}


def _gq(op, **v):
    return {"operationName": op, "variables": v}


def _po(oid, student, school, pkg, status, retouch):
    return {
        "order": {
            "id": oid,
            "student": student,
            "school": school,
            "package": pkg,
            "status": status,
            "retouch": retouch,
        }
    }


PHOTO = {
    "name": "school_photo_day_orders",
    "style": "graphql",
    "host": "pd-api",
    "ids": ["PO-2611-08841", "PO-2611-08857", "PO-2611-08902", "PO-2611-08919", "PO-2611-08933"],
    "recs": [
        _po(
            "PO-2611-08841",
            "Mia Okafor (Gr 3)",
            "Lakeview Elem",
            "B: 2x 5x7 + 8 wallets",
            "ON_HOLD",
            "standard",
        ),
        _po(
            "PO-2611-08857",
            "Jonah Reyes (Gr 5)",
            "Lakeview Elem",
            "A: 8x10 + digital",
            "IN_PRODUCTION",
            "none",
        ),
        _po(
            "PO-2611-08902",
            "Priya Nair (K)",
            "Lakeview Elem",
            "C: digital only",
            "AWAITING_RETAKE",
            "none",
        ),
        _po(
            "PO-2611-08919",
            "Ezra Blum (Gr 1)",
            "Cedar Park Elem",
            "B: 2x 5x7 + 8 wallets",
            "SHIPPED",
            "premium",
        ),
        _po(
            "PO-2611-08933",
            "Ava Lindqvist (Gr 4)",
            "Cedar Park Elem",
            "A: 8x10 + digital",
            "PENDING_POSE",
            "standard",
        ),
    ],
    "get": lambda rid: ("pd_graphql", _gq("OrderById", id=rid)),
    "update": lambda rid, i: (
        "pd_graphql",
        _gq("SetOrderPose", id=rid, pose=["P2", "P1", "P3"][i]),
        {"setOrderPose": {"id": rid, "pose": ["P2", "P1", "P3"][i], "status": "IN_PRODUCTION"}},
    ),
    "warmup": [
        (
            "pd_graphql",
            _gq("PhotoDay", school="Lakeview Elem", date="2026-10-14"),
            {
                "photoDay": {
                    "school": "Lakeview Elem",
                    "images": 412,
                    "retakeDay": "2026-11-18",
                    "batch": "LV-1014",
                }
            },
        ),
        (
            "pd_graphql",
            _gq("LabBatch", id="LV-1014"),
            {"labBatch": {"id": "LV-1014", "state": "PRINTING", "shipBy": "2026-12-02"}},
        ),
    ],
    "warmup_note": "Lakeview's batch is LV-1014. Checking where the lab has it.",
    "requests": {
        "record": [
            (
                "A parent says order PO-2611-08841 (Mia Okafor) still hasn't shipped while everyone else in her class got theirs. Can you see why?",
                "Happy to look - pulling up Mia's order.",
            )
        ],
        "batch": [
            (
                "Parents from Lakeview emailed their pose picks for the orders that were waiting on a pose. Apply them please.",
                "Sure! I'll go through the Lakeview orders waiting on a pose and set each one.",
            )
        ],
        "docs": [
            (
                "Summarise the three parent-facing help articles about retakes, refunds and digital downloads so I can update the FAQ email.",
                "I'll read the three help articles and write a short FAQ summary.",
            )
        ],
        "submit": [
            (
                "Issue a partial refund for the missing wallets on PO-2611-08919 - they paid for 8 and got 4.",
                "Issuing the partial refund on PO-2611-08919.",
            )
        ],
        "validate": [
            (
                "Run the pre-print check on Mia Okafor's order; the lab bounced it once.",
                "Running the pre-print check on PO-2611-08841.",
            )
        ],
        "list": [
            (
                "Pull every Lakeview order that's not shipped yet so I can send the delay note.",
                "Fetching Lakeview's unshipped orders.",
            )
        ],
        "clarify": [
            (
                "Switch the Lindqvist order to the other background.",
                "Sure, I can switch the background.",
            )
        ],
        "job": [
            (
                "Kick off the yearbook export for Cedar Park - the school needs it by Monday.",
                "Starting the Cedar Park yearbook export.",
            )
        ],
        "handoff": [
            (
                "The Reyes family's complaint is about the retouching quality. That's the lab's QA team, hand it over.",
                "Handing the Reyes complaint to lab QA.",
            )
        ],
        "change": [
            (
                "Change the ship-to on the Blum order to the school office instead of home, and upgrade it to the premium retouch they paid for.",
                "I'll preview the shipping change first.",
            )
        ],
    },
    "lines": {
        "fetch": "Querying order %s.",
        "retry": "Sending the refund mutation.",
        "revalidate": "Running the pre-print check on PO-2611-08841.",
        "revalidate_fix": "Two problems: crop box and missing pose. Fixing the crop first.",
        "after_burst": "Got the order details for %s.",
        "next_page": "Loading the next page of Lakeview orders.",
        "list_done": "That's every unshipped Lakeview order (five). Ready for the delay note.",
        "cycle_intro": "For %s I'll check the order, its image set, and the lab batch.",
        "poll": "Export is processing. Checking on it.",
        "next_record": "Querying the next order.",
        "batch_done": "Looked at %s and applied the parents' pose picks where we had them.",
    },
    "doc_tool": "pd_graphql",
    "doc_key": "helpArticle",
    "docs": [
        (
            "kb-retakes",
            "Retake day",
            "Retakes are free if requested within 14 days of photo day. Bring the original proof card; the new pose replaces the old one on the order.",
        ),
        (
            "kb-refunds",
            "Refunds",
            "Print orders can be refunded until the lab batch starts printing. After that, only missing or damaged items are refunded, per item.",
        ),
        (
            "kb-digital",
            "Digital downloads",
            "Digital files unlock 48 hours after the order ships and the link lasts 90 days. Files are 3000x4500 JPEG with a print release.",
        ),
    ],
    "para": [
        "Let me look at the retakes article.",
        "I'll take another look at the retake day help page.",
        "Going back to kb-retakes to check the wording.",
        "Checking the retake article once more before summarising.",
    ],
    "para_docs": [
        "Reading the retakes article.",
        "Now the refunds article.",
        "And the digital downloads one.",
    ],
    "docs_summary": "FAQ summary: retakes are free within 14 days, bring the proof card, new pose replaces the old; refunds are full until printing starts, then only per missing/damaged item; digital files unlock 48 h after shipping, 90-day link, includes a print release.",
    "ab": (
        (
            "pd_graphql",
            _gq("OrderById", id="PO-2611-08841"),
            _po(
                "PO-2611-08841",
                "Mia Okafor (Gr 3)",
                "Lakeview Elem",
                "B: 2x 5x7 + 8 wallets",
                "ON_HOLD",
                "standard",
            ),
            "Checking the order status.",
        ),
        (
            "pd_graphql",
            _gq("ImagesForStudent", studentId="ST-55102"),
            {
                "images": [
                    {"id": "IMG-LV-0233", "pose": "P1", "flag": "eyes_closed"},
                    {"id": "IMG-LV-0234", "pose": "P2", "flag": None},
                ]
            },
            "Checking Mia's images.",
        ),
    ),
    "submit": {
        "tool": "pd_graphql",
        "bad": _gq("RefundItems", orderId="PO-2611-08919", items=[{"sku": "WALLET", "qty": 4}]),
        "err1": "Variable '$items[0].sku' got invalid value 'WALLET'; expected one of WLT-8PK, WLT-4PK",
        "code": "BAD_USER_INPUT",
        "fix1_line": "The SKU has to be the pack code. Four wallets is one WLT-4PK.",
        "fix1": _gq("RefundItems", orderId="PO-2611-08919", items=[{"sku": "WLT-4PK", "qty": 1}]),
        "err2": "refund requires reason; one of MISSING, DAMAGED, QUALITY",
        "fix2_line": "Adding reason MISSING.",
        "fix2": _gq(
            "RefundItems",
            orderId="PO-2611-08919",
            items=[{"sku": "WLT-4PK", "qty": 1}],
            reason="MISSING",
        ),
        "ok": {"refundItems": {"refundId": "RF-20931", "amount": "9.50", "status": "ISSUED"}},
    },
    "validate": {
        "tool": "pd_graphql",
        "args": _gq("PrePrintCheck", orderId="PO-2611-08841"),
        "fail2": {
            "prePrintCheck": {
                "ok": False,
                "problems": ["CROP_OUT_OF_BOUNDS:5x7", "POSE_NOT_SELECTED"],
            }
        },
        "fail1": {"prePrintCheck": {"ok": False, "problems": ["POSE_NOT_SELECTED"]}},
        "pass": {"prePrintCheck": {"ok": True, "problems": []}},
        "fix1": (
            "pd_graphql",
            _gq("SetCrop", orderId="PO-2611-08841", format="5x7", box=[0.08, 0.05, 0.92, 0.95]),
            {"setCrop": {"format": "5x7", "ok": True}},
        ),
        "fix2": (
            "pd_graphql",
            _gq("SetOrderPose", id="PO-2611-08841", pose="P2"),
            {"setOrderPose": {"id": "PO-2611-08841", "pose": "P2"}},
        ),
    },
    "mono": "Mia's order is ON_HOLD while her classmates shipped, so the hold is specific to her order; I'll confirm the hold reason before replying to the parent.",
    "mono_steps": [
        "Mia's order is ON_HOLD in batch LV-1014, which is already printing, so the rest of her class went out without her.",
        "Her first image is flagged eyes_closed, and the order uses pose P1, which is that image - the lab holds flagged images automatically.",
        "Pose P2 is clean, so switching the order to P2 would release the hold without a retake.",
        "Reply to the parent: the photo chosen had closed eyes; we can print the second pose now, or they can wait for retake day on 18 November.",
    ],
    "list_tool": "pd_graphql",
    "list_args": _gq("Orders", school="Lakeview Elem", shipped=False, first=2),
    "cursor_key": "after",
    "cursors": ["Y3Vyc29yOjI=", "Y3Vyc29yOjQ="],
    "page": lambda items, nxt: {
        "orders": {
            "nodes": [it["order"] for it in items],
            "pageInfo": {"hasNextPage": nxt is not None, "endCursor": nxt},
        }
    },
    "cycle": lambda rid, i: [
        (
            "pd_graphql",
            _gq("OrderById", id=rid),
            {"order": {"id": rid, "status": ["ON_HOLD", "IN_PRODUCTION", "AWAITING_RETAKE"][i]}},
        ),
        (
            "pd_graphql",
            _gq("ImagesForOrder", orderId=rid),
            {"images": [{"pose": "P1", "flag": ["eyes_closed", None, "blurred"][i]}]},
        ),
        (
            "pd_graphql",
            _gq("LabBatchForOrder", orderId=rid),
            {"labBatch": {"id": "LV-1014", "line": [33, 34, 51][i]}},
        ),
    ],
    "clarify": {
        "asks": [
            "Which background should it be - the blue mottled or the grey gradient?",
            "Before I change it, is that the blue mottled or the grey gradient?",
            "Just checking which one: blue mottled, or grey gradient?",
        ],
        "answers": ["Grey gradient.", "The grey one.", "Grey gradient please"],
        "lookup": (
            "pd_graphql",
            _gq("OrderById", id="PO-2611-08933"),
            _po(
                "PO-2611-08933",
                "Ava Lindqvist (Gr 4)",
                "Cedar Park Elem",
                "A: 8x10 + digital",
                "PENDING_POSE",
                "standard",
            ),
        ),
        "act1": (
            "pd_graphql",
            _gq("SetBackground", orderId="PO-2611-08933", background="GREY_GRADIENT"),
            {"setBackground": {"orderId": "PO-2611-08933", "background": "GREY_GRADIENT"}},
        ),
        "ask2": "Background's set. The order is also waiting on a pose - do you know which one the family wants?",
        "answer2": "They said the smiling one, P2.",
        "act2": (
            "pd_graphql",
            _gq("SetOrderPose", id="PO-2611-08933", pose="P2"),
            {"setOrderPose": {"id": "PO-2611-08933", "pose": "P2", "status": "IN_PRODUCTION"}},
        ),
    },
    "job": {
        "start": "pd_graphql",
        "start_args": _gq("StartYearbookExport", school="Cedar Park Elem", format="PSPA"),
        "started": {"startYearbookExport": {"exportId": "YB-CP-771", "state": "QUEUED"}},
        "status": "pd_graphql",
        "status_args": _gq("ExportStatus", exportId="YB-CP-771"),
        "stages": [
            {"exportStatus": {"state": "PROCESSING", "imagesDone": 64, "imagesTotal": 388}},
            {"exportStatus": {"state": "PROCESSING", "imagesDone": 201, "imagesTotal": 388}},
            {"exportStatus": {"state": "PROCESSING", "imagesDone": 350, "imagesTotal": 388}},
            {"exportStatus": {"state": "READY", "imagesDone": 388, "imagesTotal": 388}},
        ],
        "result": (
            "pd_graphql",
            _gq("ExportDownload", exportId="YB-CP-771"),
            {
                "exportDownload": {
                    "url": "https://files.pd.example/yb/YB-CP-771.zip",
                    "expires": "2026-12-06",
                }
            },
        ),
    },
    "handoff": {
        "tool": "pd_graphql",
        "args": _gq("AssignTicket", ticketId="T-40582", team="LAB_QA"),
        "accepted": {"assignTicket": {"ticketId": "T-40582", "team": "LAB_QA", "ok": True}},
        "check": "pd_graphql",
        "check_args": _gq("Ticket", id="T-40582"),
        "bounced": {
            "ticket": {
                "id": "T-40582",
                "team": "PARENT_SUPPORT",
                "routedBy": "rule:complaints_to_support",
            }
        },
        "queued": {"ticket": {"id": "T-40582", "team": "LAB_QA", "assignee": None, "position": 5}},
        "picked": {
            "ticket": {
                "id": "T-40582",
                "team": "LAB_QA",
                "assignee": "r.castellanos",
                "state": "OPEN",
            }
        },
        "reassign_line": "Assigning T-40582 to LAB_QA.",
        "wait_line": "It's with LAB_QA. Checking for an assignee.",
        "done_line": "R. Castellanos in lab QA picked up T-40582.",
    },
    "change": {
        "preview": "pd_graphql",
        "args": _gq("PreviewOrderChange", id="PO-2611-08919", shipTo="SCHOOL"),
        "diff": {
            "previewOrderChange": {
                "shipTo": {"from": "HOME", "to": "SCHOOL"},
                "shipping": {"from": "6.95", "to": "0.00"},
            }
        },
        "apply_line": "Ship-to goes to the school and shipping drops to $0. Applying.",
        "commit": "pd_graphql",
        "commit_args": _gq("ApplyOrderChange", id="PO-2611-08919", shipTo="SCHOOL"),
        "applied": {"applyOrderChange": {"id": "PO-2611-08919", "revision": 3}},
        "args2": _gq("PreviewOrderChange", id="PO-2611-08919", retouch="PREMIUM"),
        "diff2": {
            "previewOrderChange": {
                "retouch": {"from": "STANDARD", "to": "PREMIUM"},
                "balance": "0.00",
            }
        },
        "apply_line2": "Retouch upgrade is already paid for. Applying.",
        "commit_args2": _gq("ApplyOrderChange", id="PO-2611-08919", retouch="PREMIUM"),
        "applied2": {"applyOrderChange": {"id": "PO-2611-08919", "revision": 4}},
    },
}


def _unit(uid, tenant, bal, late, stage):
    return {
        "unit_id": uid,
        "tenant": tenant,
        "balance_due": bal,
        "days_past_due": late,
        "lien_stage": stage,
    }


_U = "/v2/facilities/F-118/units/"

STORAGE = {
    "name": "self_storage_lien_auctions",
    "style": "http",
    "host": "stor-api",
    "ids": ["B042", "B117", "C009", "C214", "D330"],
    "recs": [
        _unit("B042", "Darnell Price", "412.00", 74, "PRELIEN_SENT"),
        _unit("B117", "Sunrise Catering LLC", "1288.50", 96, "LIEN_NOTICE_SENT"),
        _unit("C009", "Hannah Ostrowski", "156.00", 41, "LATE"),
        _unit("C214", "Marcus Bell", "733.25", 103, "AUCTION_LISTED"),
        _unit("D330", "Rosa Delgado", "98.00", 35, "LATE"),
    ],
    "get": lambda rid: ("http_get", {"url": _U + rid}),
    "update": lambda rid, i: (
        "http_patch",
        {
            "url": _U + rid,
            "body": {"lien_stage": ["LIEN_NOTICE_SENT", "AUCTION_LISTED", "PRELIEN_SENT"][i]},
        },
        {
            "unit_id": rid,
            "lien_stage": ["LIEN_NOTICE_SENT", "AUCTION_LISTED", "PRELIEN_SENT"][i],
            "version": 7 + i,
        },
    ),
    "warmup": [
        (
            "http_get",
            {"url": "/v2/facilities/F-118"},
            {
                "facility": "F-118",
                "name": "Mesa Ridge Storage",
                "state": "AZ",
                "lien_law": "ARS 33-1704",
            },
        ),
        (
            "http_get",
            {"url": "/v2/facilities/F-118/auctions?status=scheduled"},
            {
                "auctions": [
                    {"id": "AUC-5512", "date": "2026-12-09", "platform": "StorageBid", "units": 3}
                ]
            },
        ),
    ],
    "warmup_note": "Arizona facility, so the ARS 33-1704 timeline applies. Checking the next scheduled auction.",
    "requests": {
        "record": [
            (
                "Tenant in B042 says he paid yesterday but still got a pre-lien letter. Look into unit B042 for me.",
                "Checking unit B042's ledger and lien status.",
            )
        ],
        "batch": [
            (
                "Move the delinquent units at Mesa Ridge to their next lien stage per today's timeline report.",
                "OK. Going unit by unit through the delinquent list and advancing each stage where the timeline says it's due.",
            )
        ],
        "docs": [
            (
                "Summarise the three policy notes legal sent about lien notices, online auctions and vehicle units so the managers know what changed.",
                "I'll read legal's three notes and put together the manager summary.",
            )
        ],
        "submit": [
            (
                "List unit C214 on StorageBid for the December 9 auction.",
                "Creating the StorageBid listing for C214.",
            )
        ],
        "validate": [
            (
                "Run the lien compliance check on B117 before we publish the auction ad.",
                "Running the compliance check on B117.",
            )
        ],
        "list": [
            (
                "Get me every unit more than 30 days past due at Mesa Ridge.",
                "Pulling the past-due units for F-118.",
            )
        ],
        "clarify": [
            (
                "Cancel the auction for the catering company's unit, they're paying in full.",
                "I can pull that unit from the auction.",
            )
        ],
        "job": [
            (
                "Generate the certified-mail batch for this week's lien notices.",
                "Starting the certified-mail batch.",
            )
        ],
        "handoff": [
            (
                "C214 has a vehicle inside - that needs the district manager to approve the tow. Escalate it.",
                "Escalating C214 to the district manager.",
            )
        ],
        "change": [
            (
                "Waive the late fees on D330 - the tenant was in hospital - and push her due date to the 15th.",
                "Previewing the fee waiver on D330 first.",
            )
        ],
    },
    "lines": {
        "fetch": "GET unit %s.",
        "retry": "Retrying the listing POST.",
        "revalidate": "Re-running the compliance check for B117.",
        "revalidate_fix": "Two failures: notice date and missing lienholder search. Fixing the notice date first.",
        "after_burst": "Unit records in for %s.",
        "next_page": "Requesting the next page.",
        "list_done": "Five units over 30 days past due at Mesa Ridge; full list above.",
        "cycle_intro": "For %s: unit record, ledger, then notice history.",
        "poll": "Batch is generating. Checking the job.",
        "next_record": "GET the next delinquent unit.",
        "batch_done": "Reviewed %s and advanced lien stages where the timeline was met.",
    },
    "doc_tool": "http_get",
    "doc_key": "url",
    "docs": [
        (
            "/v2/policies/legal-2026-14",
            "Lien notice delivery",
            "Arizona now allows lien notices by verified email instead of certified mail if the lease has the email clause. Keep delivery receipts 3 years.",
        ),
        (
            "/v2/policies/legal-2026-15",
            "Online auctions",
            "Online auction ads must run at least 10 days before close and show the unit number and tenant's last initial only.",
        ),
        (
            "/v2/policies/legal-2026-16",
            "Vehicles in units",
            "Vehicles, boats and trailers need a lienholder search (MVD title check) and district manager approval before tow or sale.",
        ),
    ],
    "para": [
        "Let me look at legal's note on lien notice delivery.",
        "I'll go back over legal-2026-14 before writing the summary.",
        "Taking another look at the notice delivery note.",
        "Checking the lien notice policy note.",
    ],
    "para_docs": [
        "Reading legal's note on lien notice delivery.",
        "Next, the online auctions note.",
        "Last, the note on vehicles in units.",
    ],
    "docs_summary": "Manager summary: (1) lien notices can go by verified email where the lease has the email clause, keep receipts 3 years; (2) online auction ads run 10+ days, unit number and last initial only; (3) vehicles/boats/trailers need an MVD title check and DM approval before tow or sale.",
    "ab": (
        (
            "http_get",
            {"url": _U + "B042"},
            _unit("B042", "Darnell Price", "412.00", 74, "PRELIEN_SENT"),
            "Looking at the unit's lien stage.",
        ),
        (
            "http_get",
            {"url": _U + "B042/ledger?limit=3"},
            {
                "entries": [
                    {
                        "date": "2026-11-27",
                        "type": "PAYMENT",
                        "amount": "-412.00",
                        "status": "PENDING_ACH",
                    },
                    {"date": "2026-11-01", "type": "RENT", "amount": "139.00"},
                ]
            },
            "Looking at the unit's ledger.",
        ),
    ),
    "submit": {
        "tool": "http_post",
        "bad": {
            "url": "/v2/auctions/AUC-5512/listings",
            "body": {"unit_id": "C214", "photos": 0, "ad_days": 7},
        },
        "err1": "ad_days must be >= 10 for AZ online auctions",
        "code": "422 Unprocessable Entity",
        "fix1_line": "AZ needs 10 days of ad time. The auction closes Dec 9, so 10 still fits.",
        "fix1": {
            "url": "/v2/auctions/AUC-5512/listings",
            "body": {"unit_id": "C214", "photos": 0, "ad_days": 10},
        },
        "err2": "photos: at least 1 door-open photo required",
        "fix2_line": "Needs a photo; the manager uploaded door photo PH-88102 this morning.",
        "fix2": {
            "url": "/v2/auctions/AUC-5512/listings",
            "body": {"unit_id": "C214", "photos": ["PH-88102"], "ad_days": 10},
        },
        "ok": {
            "listing_id": "LST-30077",
            "unit_id": "C214",
            "ad_start": "2026-11-29",
            "status": "PUBLISHED",
        },
    },
    "validate": {
        "tool": "http_post",
        "args": {"url": _U + "B117/compliance-check", "body": {"rule_set": "AZ-33-1704"}},
        "fail2": {
            "passed": False,
            "failures": [
                "notice_date: lien notice sent 9 days before sale, need 14",
                "lienholder_search: missing",
            ],
        },
        "fail1": {"passed": False, "failures": ["lienholder_search: missing"]},
        "pass": {"passed": True, "failures": []},
        "fix1": (
            "http_patch",
            {"url": "/v2/auctions/AUC-5512/units/B117", "body": {"sale_date": "2026-12-16"}},
            {"unit_id": "B117", "auction": "AUC-5513", "sale_date": "2026-12-16"},
        ),
        "fix2": (
            "http_post",
            {"url": _U + "B117/lienholder-search", "body": {"source": "UCC"}},
            {"search_id": "LS-2291", "result": "NO_LIENHOLDERS"},
        ),
    },
    "mono": "The payment posted as PENDING_ACH, so the pre-lien letter went out on the balance before it cleared; I need to confirm the ACH status before telling the tenant the letter is void.",
    "mono_steps": [
        "B042's $412.00 payment is on the ledger dated 27 Nov as PENDING_ACH. The pre-lien letter was generated the night before, on the 74-day timer.",
        "A pending ACH doesn't stop the lien timer in our setup; only a settled payment does, which usually takes 2 business days.",
        "Once it settles the balance is zero and the stage drops back to CURRENT automatically, so the letter becomes moot.",
        "Reply to the tenant: payment received and clearing; the letter crossed with it and no further action happens once it settles.",
    ],
    "list_tool": "http_get",
    "list_args": {"url": _U + "?past_due_gt=30&limit=2"},
    "cursor_key": "page_token",
    "cursors": ["pt_8c1e", "pt_8c20"],
    "page": lambda items, nxt: {"units": items, "next_page_token": nxt},
    "cycle": lambda rid, i: [
        (
            "http_get",
            {"url": _U + rid},
            {"unit_id": rid, "lien_stage": ["PRELIEN_SENT", "LIEN_NOTICE_SENT", "LATE"][i]},
        ),
        (
            "http_get",
            {"url": _U + rid + "/ledger?limit=1"},
            {"entries": [{"type": "RENT", "amount": ["139.00", "189.00", "78.00"][i]}]},
        ),
        (
            "http_get",
            {"url": _U + rid + "/notices"},
            {
                "notices": [
                    {"type": ["PRELIEN", "LIEN", "LATE"][i], "sent": "2026-11-2%d" % (i + 1)}
                ]
            },
        ),
    ],
    "clarify": {
        "asks": [
            "Sunrise Catering has two units here, B117 and B118. Which one is in the auction?",
            "Is it B117 or B118 you want pulled?",
            "Which unit number - B117 or B118?",
        ],
        "answers": ["B117.", "B117, the big one.", "117"],
        "lookup": (
            "http_get",
            {"url": _U + "B117"},
            _unit("B117", "Sunrise Catering LLC", "1288.50", 96, "LIEN_NOTICE_SENT"),
        ),
        "act1": (
            "http_delete",
            {"url": "/v2/auctions/AUC-5513/units/B117"},
            {"removed": "B117", "auction": "AUC-5513"},
        ),
        "ask2": "Removed from the auction. They owe $1,288.50 - should I set the lien stage back to CURRENT now, or after the payment clears?",
        "answer2": "After it clears.",
        "act2": (
            "http_post",
            {"url": _U + "B117/holds", "body": {"type": "RELEASE_ON_SETTLE", "amount": "1288.50"}},
            {"hold_id": "H-6610", "type": "RELEASE_ON_SETTLE"},
        ),
    },
    "job": {
        "start": "http_post",
        "start_args": {
            "url": "/v2/jobs/mail-batch",
            "body": {"facility": "F-118", "notice": "LIEN", "week": "2026-W48"},
        },
        "started": {"job_id": "JB-19044", "status": "queued"},
        "status": "http_get",
        "status_args": {"url": "/v2/jobs/JB-19044"},
        "stages": [
            {"job_id": "JB-19044", "status": "running", "letters_rendered": 2, "letters_total": 11},
            {"job_id": "JB-19044", "status": "running", "letters_rendered": 6, "letters_total": 11},
            {
                "job_id": "JB-19044",
                "status": "running",
                "letters_rendered": 10,
                "letters_total": 11,
            },
            {"job_id": "JB-19044", "status": "done", "letters_rendered": 11, "letters_total": 11},
        ],
        "result": (
            "http_get",
            {"url": "/v2/jobs/JB-19044/artifacts"},
            {"artifacts": [{"name": "usps-manifest.csv"}, {"name": "letters.pdf", "pages": 22}]},
        ),
    },
    "handoff": {
        "tool": "http_post",
        "args": {
            "url": "/v2/escalations",
            "body": {"unit_id": "C214", "to": "district_manager", "reason": "vehicle_tow_approval"},
        },
        "accepted": {"escalation_id": "ESC-1207", "assigned_to": "district_manager"},
        "check": "http_get",
        "check_args": {"url": "/v2/escalations/ESC-1207"},
        "bounced": {
            "escalation_id": "ESC-1207",
            "assigned_to": "facility_manager",
            "note": "auto: DM escalations require facility manager sign-off",
        },
        "queued": {
            "escalation_id": "ESC-1207",
            "assigned_to": "district_manager",
            "state": "awaiting_review",
        },
        "picked": {
            "escalation_id": "ESC-1207",
            "assigned_to": "district_manager",
            "state": "approved",
            "by": "T. Greer",
        },
        "reassign_line": "Escalating C214 to the district manager.",
        "wait_line": "It's with the district manager. Checking its state.",
        "done_line": "T. Greer approved the tow for C214.",
    },
    "change": {
        "preview": "http_post",
        "args": {"url": _U + "D330/adjustments?dry_run=true", "body": {"waive": "LATE_FEES"}},
        "diff": {
            "dry_run": True,
            "lines": [
                {"fee": "LATE-2026-10", "amount": "-20.00"},
                {"fee": "LATE-2026-11", "amount": "-20.00"},
            ],
            "new_balance": "58.00",
        },
        "apply_line": "Two late fees come off, balance $58.00. Applying.",
        "commit": "http_post",
        "commit_args": {"url": _U + "D330/adjustments", "body": {"waive": "LATE_FEES"}},
        "applied": {"adjustment_id": "ADJ-7719", "new_balance": "58.00"},
        "args2": {"url": _U + "D330/adjustments?dry_run=true", "body": {"due_day": 15}},
        "diff2": {"dry_run": True, "due_day": {"from": 1, "to": 15}, "proration": "0.00"},
        "apply_line2": "Due day 1 to 15 with no proration. Applying.",
        "commit_args2": {"url": _U + "D330/adjustments", "body": {"due_day": 15}},
        "applied2": {"adjustment_id": "ADJ-7720", "due_day": 15},
    },
}


def _sh(cmd):
    return {"cmd": cmd}


def _asset(aid, title, dur, ladder, state):
    return {"asset": aid, "title": title, "duration": dur, "ladder": ladder, "state": state}


VOD = {
    "name": "ffmpeg_transcode_ladder",
    "style": "shell",
    "host": "enc-worker",
    "ids": ["vod-88120", "vod-88134", "vod-88141", "vod-88157", "vod-88163"],
    "recs": [
        _asset(
            "vod-88120", "s02e07_final_mix", "00:48:12", "1080p,720p,480p (360p missing)", "PARTIAL"
        ),
        _asset("vod-88134", "keynote_2026_cut3", "01:12:40", "1080p,720p,480p,360p", "READY"),
        _asset("vod-88141", "trailer_ws_v4", "00:02:31", "2160p,1080p,720p", "PARTIAL"),
        _asset("vod-88157", "docu_ep1_hdr", "00:52:08", "none", "FAILED"),
        _asset("vod-88163", "short_loopback_v2", "00:09:55", "1080p,720p,480p,360p", "READY"),
    ],
    "get": lambda rid: ("shell", _sh("vodctl asset show %s" % rid)),
    "update": lambda rid, i: (
        "shell",
        _sh(
            "vodctl asset set %s --ladder-profile %s"
            % (rid, ["abr-std-v3", "abr-std-v3", "abr-4k-v2"][i])
        ),
        {
            "asset": rid,
            "ladder_profile": ["abr-std-v3", "abr-std-v3", "abr-4k-v2"][i],
            "requeued": "yes",
        },
    ),
    "warmup": [
        (
            "shell",
            _sh("vodctl queue stats"),
            {"queued": 14, "running": 6, "failed_24h": 3, "workers": 8},
        ),
        (
            "shell",
            _sh("vodctl profile show abr-std-v3"),
            {
                "profile": "abr-std-v3",
                "rungs": "1080p@6000k,720p@3500k,480p@1500k,360p@800k",
                "codec": "h264 high",
            },
        ),
    ],
    "warmup_note": "Queue's healthy. Confirming what the standard ladder profile should produce.",
    "requests": {
        "record": [
            (
                "Player team says vod-88120 (s02e07) has no 360p rendition so mobile users on bad networks get stalls. What happened?",
                "Let me inspect vod-88120 and its ladder.",
            )
        ],
        "batch": [
            (
                "Several assets were encoded with the old ladder profile. Move them to abr-std-v3 (or the 4K profile for the trailer) so they re-encode.",
                "OK, going through the assets on the old profile one by one.",
            )
        ],
        "docs": [
            (
                "Summarise the three encoding runbooks (HDR, loudness, captions) into something the on-call can read in two minutes.",
                "Reading the three runbooks and condensing them for on-call.",
            )
        ],
        "submit": [
            (
                "Publish the packaged HLS for vod-88134 to the origin so the keynote goes live at noon.",
                "Publishing vod-88134's HLS package to origin.",
            )
        ],
        "validate": [
            (
                "Run the loudness and keyframe QC on vod-88141 before it goes to the partner - they rejected the last trailer.",
                "Running QC on vod-88141.",
            )
        ],
        "list": [
            (
                "List every asset that failed or partially encoded this week so I can file the incident.",
                "Listing failed and partial assets for the week.",
            )
        ],
        "clarify": [
            (
                "Re-encode the HDR episode with the fixed profile.",
                "Can do.",
            )
        ],
        "job": [
            (
                "Re-run the encode for docu_ep1_hdr now that the tone-mapping fix is deployed.",
                "Submitting the re-encode for vod-88157.",
            )
        ],
        "handoff": [
            (
                "The caption drift on vod-88163 is a captions-team problem. Hand it to them.",
                "Handing the caption drift ticket to captions.",
            )
        ],
        "change": [
            (
                "Bump the 720p rung bitrate to 4000k in abr-std-v3 and add a 240p rung for low-end Android.",
                "I'll diff the profile change before applying it.",
            )
        ],
    },
    "lines": {
        "fetch": "Inspecting asset %s.",
        "retry": "Running the publish.",
        "revalidate": "Running QC on vod-88141.",
        "revalidate_fix": "Two QC failures: loudness and GOP. Fixing loudness first.",
        "after_burst": "Asset details in for %s.",
        "next_page": "Next page.",
        "list_done": "Five failed or partial assets this week; list above for the incident.",
        "cycle_intro": "For %s: asset, encode log tail, then the rendition manifest.",
        "poll": "Encode running. Checking status.",
        "next_record": "Inspecting the next asset.",
        "batch_done": "Checked %s and moved the old-profile ones to the current ladder.",
    },
    "doc_tool": "shell",
    "doc_key": "cmd",
    "docs": [
        (
            "cat /srv/runbooks/hdr-encoding.md",
            "HDR encoding",
            "HDR10 sources: keep 10-bit, pass -color_primaries bt2020 -color_trc smpte2084; SDR rungs need zscale tonemap=hable. Never mix HDR and SDR in one ladder group.",
        ),
        (
            "cat /srv/runbooks/loudness.md",
            "Loudness",
            "Deliver at -23 LUFS integrated (EBU R128), true peak <= -1 dBTP. Use two-pass loudnorm; single-pass drifts on long content.",
        ),
        (
            "cat /srv/runbooks/captions.md",
            "Captions",
            "Convert SCC to WebVTT with 29.97 drop-frame timing; drift over 200 ms means wrong frame rate flag. Re-sync with vttshift, don't re-transcribe.",
        ),
    ],
    "para": [
        "Let me look at the HDR runbook.",
        "I'll go over hdr-encoding.md once more before writing.",
        "Checking the HDR encoding runbook for the tone-mapping flags.",
        "Back to the HDR runbook to confirm.",
    ],
    "para_docs": [
        "Reading the HDR runbook.",
        "Now the loudness runbook.",
        "And the captions runbook.",
    ],
    "docs_summary": "On-call card: HDR - keep 10-bit bt2020/smpte2084, tonemap SDR rungs with zscale hable, never mix in one group; Loudness - -23 LUFS, TP <= -1 dBTP, two-pass loudnorm; Captions - SCC to WebVTT at 29.97 DF, >200 ms drift = frame rate flag, fix with vttshift.",
    "ab": (
        (
            "shell",
            _sh("vodctl asset show vod-88120"),
            _asset(
                "vod-88120",
                "s02e07_final_mix",
                "00:48:12",
                "1080p,720p,480p (360p missing)",
                "PARTIAL",
            ),
            "Looking at the asset.",
        ),
        (
            "shell",
            _sh("vodctl logs vod-88120 --rung 360p --tail 3"),
            [
                {"line": "[libx264 @ 0x55d1] frame=0 fps=0.0 q=0.0 size=0kB"},
                {"line": "worker preempted: spot instance reclaimed"},
            ],
            "Looking at the 360p encode log.",
        ),
    ),
    "submit": {
        "tool": "shell",
        "bad": _sh("vodctl publish vod-88134 --origin origin-east --package hls"),
        "err1": "error: origin 'origin-east' not found (known: origin-us-east-1, origin-eu-west-1)",
        "code": "2",
        "fix1_line": "The origin is named origin-us-east-1.",
        "fix1": _sh("vodctl publish vod-88134 --origin origin-us-east-1 --package hls"),
        "err2": "error: package 'hls' ambiguous: hls-ts, hls-fmp4",
        "fix2_line": "The player expects fMP4 segments, so hls-fmp4.",
        "fix2": _sh("vodctl publish vod-88134 --origin origin-us-east-1 --package hls-fmp4"),
        "ok": {
            "published": "vod-88134",
            "url": "https://cdn.example.tv/vod/vod-88134/master.m3u8",
            "segments": 1454,
        },
    },
    "validate": {
        "tool": "shell",
        "args": _sh("vodqc run vod-88141 --checks loudness,gop"),
        "fail2": [
            {"check": "loudness", "result": "FAIL", "detail": "-18.6 LUFS (target -23 +/- 1)"},
            {"check": "gop", "result": "FAIL", "detail": "keyframe interval 250 (need <= 48)"},
        ],
        "fail1": [
            {"check": "loudness", "result": "PASS", "detail": "-23.1 LUFS"},
            {"check": "gop", "result": "FAIL", "detail": "keyframe interval 250 (need <= 48)"},
        ],
        "pass": [
            {"check": "loudness", "result": "PASS", "detail": "-23.1 LUFS"},
            {"check": "gop", "result": "PASS", "detail": "keyframe interval 48"},
        ],
        "fix1": (
            "shell",
            _sh("vodctl reencode vod-88141 --audio-only --af loudnorm=I=-23:TP=-1:two_pass=1"),
            {"asset": "vod-88141", "audio": "re-encoded", "lufs": -23.1},
        ),
        "fix2": (
            "shell",
            _sh(
                "vodctl reencode vod-88141 --video --x264-params keyint=48:min-keyint=48:scenecut=0"
            ),
            {"asset": "vod-88141", "video": "re-encoded", "keyint": 48},
        ),
    },
    "mono": "The 360p rung is missing while the others finished, so that one rung failed on its own; I need to see why the 360p job died before I requeue it.",
    "mono_steps": [
        "vod-88120 has 1080p, 720p and 480p but no 360p, state PARTIAL - so the master and the other rungs are fine.",
        "The 360p job shows frame=0 and 'spot instance reclaimed', meaning the worker was preempted before it encoded a single frame.",
        "Our retry policy only retries on encoder errors, not preemption, so the rung was never requeued - that's why it's stuck as PARTIAL.",
        "Plan: requeue only the 360p rung on an on-demand worker and file a ticket to add preemption to the retry policy.",
    ],
    "list_tool": "shell",
    "list_args": _sh("vodctl asset ls --state FAILED,PARTIAL --since 7d --limit 2"),
    "cursor_key": "after",
    "cursors": ["vod-88134", "vod-88157"],
    "page": lambda items, nxt: [*items, {"next": nxt or "-"}],
    "cycle": lambda rid, i: [
        (
            "shell",
            _sh("vodctl asset show %s" % rid),
            {"asset": rid, "state": ["PARTIAL", "READY", "PARTIAL"][i]},
        ),
        (
            "shell",
            _sh("vodctl logs %s --tail 1" % rid),
            {"line": ["worker preempted", "encode complete", "x265: unsupported pix_fmt"][i]},
        ),
        ("shell", _sh("vodctl manifest %s" % rid), {"renditions": [3, 4, 3][i]}),
    ],
    "clarify": {
        "asks": [
            "There are two HDR episodes, docu_ep1_hdr and docu_ep2_hdr. Which one?",
            "To make sure I queue the right one: ep1 or ep2?",
            "Which episode should get re-encoded, ep1 or ep2?",
        ],
        "answers": ["ep1.", "Episode 1.", "ep1 (vod-88157)"],
        "lookup": (
            "shell",
            _sh("vodctl asset show vod-88157"),
            _asset("vod-88157", "docu_ep1_hdr", "00:52:08", "none", "FAILED"),
        ),
        "act1": (
            "shell",
            _sh("vodctl reencode vod-88157 --profile abr-hdr-v2"),
            {"asset": "vod-88157", "job": "enc-40911", "profile": "abr-hdr-v2"},
        ),
        "ask2": "Queued as enc-40911. Do you also want the SDR fallback rungs, or HDR only?",
        "answer2": "Include the SDR fallback.",
        "act2": (
            "shell",
            _sh("vodctl reencode vod-88157 --profile abr-hdr-v2 --sdr-fallback"),
            {"asset": "vod-88157", "job": "enc-40912", "supersedes": "enc-40911"},
        ),
    },
    "job": {
        "start": "shell",
        "start_args": _sh("vodctl reencode vod-88157 --profile abr-hdr-v2"),
        "started": {"job": "enc-40915", "state": "queued"},
        "status": "shell",
        "status_args": _sh("vodctl job status enc-40915"),
        "stages": [
            {"job": "enc-40915", "state": "running", "rung": "2160p", "progress": "12%"},
            {"job": "enc-40915", "state": "running", "rung": "1080p", "progress": "47%"},
            {"job": "enc-40915", "state": "running", "rung": "480p", "progress": "83%"},
            {"job": "enc-40915", "state": "succeeded", "rung": "-", "progress": "100%"},
        ],
        "result": (
            "shell",
            _sh("vodctl manifest vod-88157"),
            {"renditions": "2160p,1080p,720p,480p,360p", "hdr": "HDR10", "sdr_fallback": "yes"},
        ),
    },
    "handoff": {
        "tool": "shell",
        "args": _sh("jira transition VID-2291 --assign-team captions"),
        "accepted": {"issue": "VID-2291", "team": "captions", "status": "To Do"},
        "check": "shell",
        "check_args": _sh("jira view VID-2291 --fields team,assignee,status"),
        "bounced": {
            "issue": "VID-2291",
            "team": "video-platform",
            "assignee": "unassigned",
            "status": "To Do",
            "automation": "component=transcode -> video-platform",
        },
        "queued": {
            "issue": "VID-2291",
            "team": "captions",
            "assignee": "unassigned",
            "status": "To Do",
        },
        "picked": {
            "issue": "VID-2291",
            "team": "captions",
            "assignee": "lnakamura",
            "status": "In Progress",
        },
        "reassign_line": "Moving VID-2291 to captions.",
        "wait_line": "VID-2291 is with captions. Checking who has it.",
        "done_line": "L. Nakamura on captions has VID-2291 in progress.",
    },
    "change": {
        "preview": "shell",
        "args": _sh("vodctl profile edit abr-std-v3 --rung 720p:bitrate=4000k --dry-run"),
        "diff": [{"diff": "- 720p@3500k"}, {"diff": "+ 720p@4000k"}],
        "apply_line": "Diff is just the 720p bitrate. Applying.",
        "commit": "shell",
        "commit_args": _sh("vodctl profile edit abr-std-v3 --rung 720p:bitrate=4000k --yes"),
        "applied": {"profile": "abr-std-v3", "revision": 12},
        "args2": _sh("vodctl profile edit abr-std-v3 --add-rung 240p:bitrate=400k --dry-run"),
        "diff2": [{"diff": "+ 240p@400k"}],
        "apply_line2": "Adds a 240p rung at 400k. Applying.",
        "commit_args2": _sh("vodctl profile edit abr-std-v3 --add-rung 240p:bitrate=400k --yes"),
        "applied2": {"profile": "abr-std-v3", "revision": 13},
    },
}


def _chip(no, pet, species, keeper, status):
    return {
        "ChipNumber": no,
        "PetName": pet,
        "Species": species,
        "Keeper": keeper,
        "Status": status,
    }


CHIP = {
    "name": "pet_microchip_registry_transfers",
    "style": "xml",
    "host": "chipreg-soap",
    "ids": [
        "985112004417203",
        "985112004417588",
        "941000024419026",
        "900164001937755",
        "985112004420911",
    ],
    "recs": [
        _chip("985112004417203", "Biscuit", "Canine", "K. Adeyemi", "TRANSFER_PENDING"),
        _chip("985112004417588", "Mochi", "Feline", "Hollybrook Rescue", "REGISTERED"),
        _chip("941000024419026", "Juniper", "Canine", "unregistered", "UNREGISTERED"),
        _chip("900164001937755", "Pepper", "Feline", "S. Lindgren", "LOST_REPORTED"),
        _chip("985112004420911", "Atlas", "Canine", "R. Mbeki", "REGISTERED"),
    ],
    "get": lambda rid: ("GetChipRecord", {"ChipNumber": rid}),
    "update": lambda rid, i: (
        "UpdateKeeper",
        {
            "ChipNumber": rid,
            "NewKeeperId": ["KP-220931", "KP-220947", "KP-220960"][i],
            "Reason": "ADOPTION",
        },
        {
            "ChipNumber": rid,
            "Keeper": ["KP-220931", "KP-220947", "KP-220960"][i],
            "Status": "REGISTERED",
        },
    ),
    "warmup": [
        (
            "LookupChipManufacturer",
            {"Prefix": "985112"},
            {"Manufacturer": "Destron Fearing", "Registry": "this", "Standard": "ISO 11784"},
        ),
        (
            "GetKeeper",
            {"KeeperId": "KP-118002"},
            {"KeeperId": "KP-118002", "Name": "K. Adeyemi", "Verified": "true", "Phone": "on file"},
        ),
    ],
    "warmup_note": "Chip is ours. Pulling the current keeper's account.",
    "requests": {
        "record": [
            (
                "Biscuit's new owner says the transfer for chip 985112004417203 has been pending for 10 days. What's the hold-up?",
                "I'll check the transfer status on Biscuit's chip.",
            )
        ],
        "batch": [
            (
                "Hollybrook Rescue sent this week's adoption list. Move each chip to its adopter's keeper account.",
                "Processing the Hollybrook adoptions chip by chip.",
            )
        ],
        "docs": [
            (
                "Summarise the three DEFRA/registry bulletins about keeper transfers, breeder records and database access for the support team.",
                "I'll read the three bulletins and write a support-team summary.",
            )
        ],
        "submit": [
            (
                "Register Juniper's chip (941000024419026) to the vet clinic's implanter account - it came in as unregistered.",
                "Submitting the first registration for chip 941000024419026.",
            )
        ],
        "validate": [
            (
                "Validate the transfer packet for Biscuit before we approve it - the previous keeper's consent looked odd.",
                "Validating the transfer packet for 985112004417203.",
            )
        ],
        "list": [
            (
                "List all chips with a lost-pet flag older than 30 days so we can chase the keepers.",
                "Querying long-running lost reports.",
            )
        ],
        "clarify": [
            (
                "Update the keeper's phone number on the cat's record.",
                "Happy to update it.",
            )
        ],
        "job": [
            (
                "Run the monthly reconciliation against the central database so our lost flags match.",
                "Starting the reconciliation run against the central database.",
            )
        ],
        "handoff": [
            (
                "Pepper's record has a dispute between two people claiming to be the keeper. That's for the disputes officer.",
                "Referring the Pepper keeper dispute to the disputes officer.",
            )
        ],
        "change": [
            (
                "Mark Pepper as found - she's home - and remove the lost alert from the partner shelters' feed.",
                "Previewing the status change for Pepper first.",
            )
        ],
    },
    "lines": {
        "fetch": "Calling GetChipRecord for %s.",
        "retry": "Resending the registration.",
        "revalidate": "Validating the transfer packet.",
        "revalidate_fix": "Two faults: consent signature date and missing ID check. Sorting the consent first.",
        "after_burst": "Records returned for %s.",
        "next_page": "Requesting the next result set.",
        "list_done": "Complete list of lost flags older than 30 days: five chips.",
        "cycle_intro": "For %s: chip record, transfer history, then the keeper account.",
        "poll": "Reconciliation in progress. Polling.",
        "next_record": "Calling GetChipRecord for the next adoption.",
        "batch_done": "Processed %s from the adoption list.",
    },
    "doc_tool": "GetBulletin",
    "doc_key": "BulletinId",
    "docs": [
        (
            "BUL-2026-31",
            "Keeper transfers",
            "A transfer completes when the previous keeper confirms or after 14 days' notice without objection. Rescues may transfer directly using their rescue code.",
        ),
        (
            "BUL-2026-32",
            "Breeder records",
            "Breeders must be recorded as first keeper before sale; puppies sold without a breeder record are flagged for the local authority.",
        ),
        (
            "BUL-2026-33",
            "Database access",
            "Authorised users (vets, wardens, police) may see keeper contact details; shelters see name and postcode district only.",
        ),
    ],
    "para": [
        "Let me look at the keeper transfer bulletin.",
        "I'll go over BUL-2026-31 once more.",
        "Checking the transfers bulletin to get the timing right.",
        "Reading the transfer rules bulletin before summarising.",
    ],
    "para_docs": [
        "Reading the keeper transfers bulletin.",
        "Next, the breeder records bulletin.",
        "And the database access bulletin.",
    ],
    "docs_summary": "Support summary: transfers complete on previous keeper's confirmation or after 14 days without objection (rescues can transfer directly with their code); breeders must be first keeper before sale or the litter is flagged; shelters only see name and postcode district, vets/wardens/police see full contact details.",
    "ab": (
        (
            "GetChipRecord",
            {"ChipNumber": "985112004417203"},
            _chip("985112004417203", "Biscuit", "Canine", "K. Adeyemi", "TRANSFER_PENDING"),
            "Checking the chip record.",
        ),
        (
            "GetTransferRequest",
            {"TransferId": "TR-661204"},
            {
                "TransferId": "TR-661204",
                "From": "KP-118002",
                "To": "KP-220905",
                "NoticeSent": "2026-11-19",
                "PreviousKeeperResponse": "NONE",
            },
            "Checking the transfer request.",
        ),
    ),
    "submit": {
        "tool": "RegisterChip",
        "bad": {"ChipNumber": "94100002441902", "ImplanterId": "IMP-5531", "Species": "Canine"},
        "err1": "ChipNumber must be 15 digits (ISO 11784); got 14",
        "code": "soap:Client.Validation",
        "fix1_line": "I dropped the last digit. Full number is 941000024419026.",
        "fix1": {"ChipNumber": "941000024419026", "ImplanterId": "IMP-5531", "Species": "Canine"},
        "err2": "ImplantDate required for first registration",
        "fix2_line": "Clinic notes say it was implanted on 21 November.",
        "fix2": {
            "ChipNumber": "941000024419026",
            "ImplanterId": "IMP-5531",
            "Species": "Canine",
            "ImplantDate": "2026-11-21",
        },
        "ok": {
            "ChipNumber": "941000024419026",
            "Status": "REGISTERED",
            "RegistrationId": "RG-8830142",
        },
    },
    "validate": {
        "tool": "ValidateTransferPacket",
        "args": {"TransferId": "TR-661204"},
        "fail2": {
            "Valid": "false",
            "Faults": [{"Code": "CONSENT_DATE_BEFORE_REQUEST"}, {"Code": "ID_CHECK_MISSING"}],
        },
        "fail1": {"Valid": "false", "Faults": [{"Code": "ID_CHECK_MISSING"}]},
        "pass": {"Valid": "true", "Faults": ""},
        "fix1": (
            "AttachDocument",
            {"TransferId": "TR-661204", "DocType": "KEEPER_CONSENT", "FileRef": "upl-77120"},
            {"TransferId": "TR-661204", "Attached": "KEEPER_CONSENT"},
        ),
        "fix2": (
            "RecordIdCheck",
            {"KeeperId": "KP-220905", "Method": "PHOTO_ID", "CheckedBy": "agent"},
            {"KeeperId": "KP-220905", "IdCheck": "PASSED"},
        ),
    },
    "mono": "The transfer is waiting on the previous keeper, and the 14-day notice hasn't run out, so I should confirm the notice date before replying about Biscuit.",
    "mono_steps": [
        "Biscuit's chip shows TRANSFER_PENDING on TR-661204, notice sent to the previous keeper on 19 November.",
        "The previous keeper hasn't responded. Under the transfer bulletin, silence completes the transfer after 14 days, i.e. on 3 December.",
        "Nothing is wrong with the request itself; it's simply inside the notice window.",
        "Reply: the transfer completes automatically on 3 December unless the previous keeper objects; if they confirm sooner it completes the same day.",
    ],
    "list_tool": "SearchChips",
    "list_args": {"Status": "LOST_REPORTED", "OlderThanDays": 30, "PageSize": 2},
    "cursor_key": "ContinuationToken",
    "cursors": ["CT-00A1F", "CT-00A2B"],
    "page": lambda items, nxt: {"Chips": items, "ContinuationToken": nxt or ""},
    "cycle": lambda rid, i: [
        (
            "GetChipRecord",
            {"ChipNumber": rid},
            {"ChipNumber": rid, "Status": ["TRANSFER_PENDING", "REGISTERED", "UNREGISTERED"][i]},
        ),
        ("GetTransferHistory", {"ChipNumber": rid}, {"Transfers": [1, 3, 0][i]}),
        (
            "GetKeeper",
            {"KeeperId": ["KP-118002", "KP-200113", "none"][i]},
            {"Verified": ["true", "true", "n/a"][i]},
        ),
    ],
    "clarify": {
        "asks": [
            "Which cat is it - Mochi (985112004417588) or Pepper (900164001937755)?",
            "To update the right record: Mochi or Pepper?",
            "Which record should the new number go on, Mochi's or Pepper's?",
        ],
        "answers": ["Pepper.", "Pepper, the tabby.", "Pepper"],
        "lookup": (
            "GetChipRecord",
            {"ChipNumber": "900164001937755"},
            _chip("900164001937755", "Pepper", "Feline", "S. Lindgren", "LOST_REPORTED"),
        ),
        "act1": (
            "GetKeeper",
            {"KeeperId": "KP-140577"},
            {"KeeperId": "KP-140577", "Name": "S. Lindgren", "Phone": "07700 900412"},
        ),
        "ask2": "Pepper's keeper is S. Lindgren, phone ending 0412. What's the new number?",
        "answer2": "07700 900877",
        "act2": (
            "UpdateKeeperContact",
            {"KeeperId": "KP-140577", "Phone": "07700900877"},
            {"KeeperId": "KP-140577", "Phone": "07700 900877", "Updated": "true"},
        ),
    },
    "job": {
        "start": "StartReconciliation",
        "start_args": {"Target": "CENTRAL_DB", "Scope": "LOST_FLAGS"},
        "started": {"RunId": "RC-2026-11", "State": "QUEUED"},
        "status": "GetReconciliationStatus",
        "status_args": {"RunId": "RC-2026-11"},
        "stages": [
            {"RunId": "RC-2026-11", "State": "RUNNING", "Compared": 18000, "Total": 142300},
            {"RunId": "RC-2026-11", "State": "RUNNING", "Compared": 71400, "Total": 142300},
            {"RunId": "RC-2026-11", "State": "RUNNING", "Compared": 128900, "Total": 142300},
            {"RunId": "RC-2026-11", "State": "COMPLETE", "Compared": 142300, "Total": 142300},
        ],
        "result": (
            "GetReconciliationReport",
            {"RunId": "RC-2026-11"},
            {"Mismatches": 37, "FixedAutomatically": 31, "NeedsReview": 6},
        ),
    },
    "handoff": {
        "tool": "ReferCase",
        "args": {"CaseId": "CS-50912", "To": "DISPUTES_OFFICER"},
        "accepted": {"CaseId": "CS-50912", "AssignedTo": "DISPUTES_OFFICER"},
        "check": "GetCase",
        "check_args": {"CaseId": "CS-50912"},
        "bounced": {
            "CaseId": "CS-50912",
            "AssignedTo": "FRONTLINE",
            "Note": "Rule R-12: disputes need both keepers' statements before referral",
        },
        "queued": {
            "CaseId": "CS-50912",
            "AssignedTo": "DISPUTES_OFFICER",
            "Owner": "",
            "State": "WAITING",
        },
        "picked": {
            "CaseId": "CS-50912",
            "AssignedTo": "DISPUTES_OFFICER",
            "Owner": "M. Farrow",
            "State": "OPEN",
        },
        "reassign_line": "Referring CS-50912 to the disputes officer.",
        "wait_line": "It's in the disputes queue. Checking ownership.",
        "done_line": "M. Farrow, disputes officer, has taken CS-50912.",
    },
    "change": {
        "preview": "PreviewStatusChange",
        "args": {"ChipNumber": "900164001937755", "NewStatus": "REGISTERED", "ClearLost": "true"},
        "diff": {"Status": "LOST_REPORTED -> REGISTERED", "LostAlert": "ACTIVE -> CLOSED"},
        "apply_line": "Status to REGISTERED and the alert closes. Applying.",
        "commit": "CommitStatusChange",
        "commit_args": {
            "ChipNumber": "900164001937755",
            "NewStatus": "REGISTERED",
            "ClearLost": "true",
        },
        "applied": {
            "ChipNumber": "900164001937755",
            "Status": "REGISTERED",
            "ChangeId": "SC-330021",
        },
        "args2": {"ChipNumber": "900164001937755", "PartnerFeed": "REMOVE"},
        "diff2": {"PartnerFeed": "listed on 14 shelters -> removed"},
        "apply_line2": "Removes the listing from 14 shelter feeds. Applying.",
        "commit_args2": {"ChipNumber": "900164001937755", "PartnerFeed": "REMOVE"},
        "applied2": {
            "ChipNumber": "900164001937755",
            "PartnerFeed": "REMOVED",
            "ChangeId": "SC-330022",
        },
    },
}


def _lp(iid, desc, found, line, status):
    return {"item_id": iid, "description": desc, "found_at": found, "line": line, "status": status}


LOSTPROP = {
    "name": "transit_lost_property_office",
    "style": "json",
    "host": "lpo-api",
    "ids": ["LP-26-114503", "LP-26-114517", "LP-26-114522", "LP-26-114539", "LP-26-114548"],
    "recs": [
        _lp(
            "LP-26-114503",
            "black backpack, Dell laptop inside",
            "Union Sq stn",
            "Red",
            "HELD_DEPOT",
        ),
        _lp("LP-26-114517", "blue folding umbrella", "bus 44 depot", "44", "HELD_DEPOT"),
        _lp(
            "LP-26-114522",
            "brown leather wallet, ID: T. Kowalczyk",
            "Harbor Fwy stn",
            "Silver",
            "OWNER_NOTIFIED",
        ),
        _lp("LP-26-114539", "child's scooter, green", "tram T2", "T2", "IN_TRANSIT_TO_CENTRAL"),
        _lp("LP-26-114548", "violin in hard case", "Elm St stn", "Red", "HELD_CENTRAL"),
    ],
    "get": lambda rid: ("lpo_item_get", {"item_id": rid}),
    "update": lambda rid, i: (
        "lpo_item_update",
        {
            "item_id": rid,
            "status": ["MATCHED", "DISPOSAL_QUEUE", "MATCHED"][i],
            "claim_id": ["CL-7781", None, "CL-7790"][i],
        },
        {"item_id": rid, "status": ["MATCHED", "DISPOSAL_QUEUE", "MATCHED"][i], "rev": 3 + i},
    ),
    "warmup": [
        (
            "lpo_claim_get",
            {"claim_id": "CL-7781"},
            {
                "claim_id": "CL-7781",
                "lost_on": "2026-11-24",
                "line": "Red",
                "description": "black backpack with laptop",
                "contact": "email",
            },
        ),
        (
            "lpo_depot_status",
            {"depot": "union-sq"},
            {"depot": "union-sq", "items_held": 212, "next_transfer_to_central": "2026-11-30"},
        ),
    ],
    "warmup_note": "Claim is for a backpack on the Red line. Checking which depot holds Red line finds.",
    "requests": {
        "record": [
            (
                "Customer on claim CL-7781 says we emailed her that her backpack was found but the depot says it isn't there. Item LP-26-114503 - where is it?",
                "I'll trace LP-26-114503 and its custody history.",
            )
        ],
        "batch": [
            (
                "Match the overnight finds to open claims where the descriptions line up, and queue anything past 90 days for disposal.",
                "Working through the overnight finds against open claims.",
            )
        ],
        "docs": [
            (
                "Summarise the three procedure updates (high-value items, ID documents, disposal) for the counter staff briefing.",
                "I'll read the three procedure updates and draft the briefing.",
            )
        ],
        "submit": [
            (
                "Create the release authorisation so T. Kowalczyk can collect his wallet from Harbor Fwy tomorrow.",
                "Creating the release authorisation for LP-26-114522.",
            )
        ],
        "validate": [
            (
                "Check the handover record for the violin before the owner collects it - it's high value.",
                "Running the handover check on LP-26-114548.",
            )
        ],
        "list": [
            (
                "Give me all items held at central for more than 60 days.",
                "Searching central holdings over 60 days.",
            )
        ],
        "clarify": [
            (
                "Arrange delivery of the scooter to the family.",
                "I can set up the delivery.",
            )
        ],
        "job": [
            (
                "Run the nightly claim-matching job now - we had a big Saturday.",
                "Triggering the claim-matching job.",
            )
        ],
        "handoff": [
            (
                "The laptop in LP-26-114503 may contain police evidence - transit police have to take custody. Hand it over.",
                "Transferring custody of LP-26-114503 to transit police.",
            )
        ],
        "change": [
            (
                "Change the scooter's collection point to Elm St and extend its hold by two weeks; the family is away.",
                "Previewing the collection point change first.",
            )
        ],
    },
    "lines": {
        "fetch": "Fetching item %s.",
        "retry": "Submitting the release authorisation.",
        "revalidate": "Running the handover check on LP-26-114548.",
        "revalidate_fix": "Two gaps: no serial photo and no ID verification. Adding the serial photo first.",
        "after_burst": "Have item details for %s.",
        "next_page": "Getting the next page.",
        "list_done": "Five items at central over 60 days; full list above.",
        "cycle_intro": "For %s: item, custody log, then open claims on that line.",
        "poll": "Matching job running. Checking.",
        "next_record": "Fetching the next overnight find.",
        "batch_done": "Went through %s; matched where descriptions fit and queued the stale ones.",
    },
    "doc_tool": "lpo_procedure_get",
    "doc_key": "procedure_id",
    "docs": [
        (
            "PRC-LP-04",
            "High-value items",
            "Items over $500 or with data (laptops, phones) go to central within 24 hours in a sealed bag; release needs photo ID and a proof of ownership.",
        ),
        (
            "PRC-LP-07",
            "ID documents",
            "Passports go to the consulate after 7 days; driver licences to the DMV after 14. Never post ID documents to claimants.",
        ),
        (
            "PRC-LP-11",
            "Disposal",
            "Unclaimed items go to auction or charity after 90 days; data devices are wiped by IT before disposal.",
        ),
    ],
    "para": [
        "Let me look at the high-value items procedure.",
        "I'll look over PRC-LP-04 before drafting.",
        "Checking the high-value procedure once more.",
        "Going back to the high-value items update.",
    ],
    "para_docs": [
        "Reading the high-value items procedure.",
        "Now the ID documents procedure.",
        "And the disposal procedure.",
    ],
    "docs_summary": "Counter briefing: high-value (>$500 or data devices) goes to central within 24 h sealed, release on photo ID plus proof of ownership; passports to consulate after 7 days, licences to DMV after 14, never post IDs; unclaimed after 90 days goes to auction/charity, devices wiped by IT first.",
    "ab": (
        (
            "lpo_item_get",
            {"item_id": "LP-26-114503"},
            _lp(
                "LP-26-114503",
                "black backpack, Dell laptop inside",
                "Union Sq stn",
                "Red",
                "HELD_DEPOT",
            ),
            "Checking where the item is recorded.",
        ),
        (
            "lpo_custody_log",
            {"item_id": "LP-26-114503"},
            [
                {"at": "2026-11-24T18:02", "event": "LOGGED", "by": "union-sq"},
                {"at": "2026-11-25T09:40", "event": "SEALED_FOR_CENTRAL", "by": "union-sq"},
            ],
            "Checking the custody log.",
        ),
    ),
    "submit": {
        "tool": "lpo_release_create",
        "bad": {
            "item_id": "LP-26-114522",
            "claimant": "T. Kowalczyk",
            "pickup": "harbor-fwy",
            "date": "2026-11-30",
        },
        "err1": "claimant must reference a claim_id, not a name",
        "code": "validation_error",
        "fix1_line": "It wants the claim id. His claim is CL-7790.",
        "fix1": {
            "item_id": "LP-26-114522",
            "claimant": "CL-7790",
            "pickup": "harbor-fwy",
            "date": "2026-11-30",
        },
        "err2": "pickup 'harbor-fwy' closed on Sundays; 2026-11-30 is Sunday",
        "fix2_line": "Harbor Fwy is closed Sundays. Monday 1 December then.",
        "fix2": {
            "item_id": "LP-26-114522",
            "claimant": "CL-7790",
            "pickup": "harbor-fwy",
            "date": "2026-12-01",
        },
        "ok": {
            "release_id": "RL-40318",
            "item_id": "LP-26-114522",
            "pickup": "harbor-fwy",
            "date": "2026-12-01",
            "code": "7Q4K",
        },
    },
    "validate": {
        "tool": "lpo_handover_check",
        "args": {"item_id": "LP-26-114548"},
        "fail2": {"ready": False, "missing": ["serial_number_photo", "claimant_id_verified"]},
        "fail1": {"ready": False, "missing": ["claimant_id_verified"]},
        "pass": {"ready": True, "missing": []},
        "fix1": (
            "lpo_item_attach",
            {
                "item_id": "LP-26-114548",
                "kind": "serial_number_photo",
                "file": "IMG_20261129_0931.jpg",
            },
            {"item_id": "LP-26-114548", "attachments": 3},
        ),
        "fix2": (
            "lpo_claim_verify_id",
            {"claim_id": "CL-7795", "method": "drivers_licence", "last4": "8812"},
            {"claim_id": "CL-7795", "id_verified": True},
        ),
    },
    "mono": "The depot record still says HELD_DEPOT but the custody log shows it was sealed for central, so it's probably on the transfer run; I need to confirm the transfer before answering the customer.",
    "mono_steps": [
        "LP-26-114503 is a backpack with a laptop, logged at Union Sq on 24 Nov, and our email to the customer went out from that entry.",
        "The custody log shows it was sealed for central on the 25th, which the high-value rule requires for laptops; the status field was never updated from HELD_DEPOT.",
        "So it left the depot and went to central; that's why the depot staff couldn't find it.",
        "Reply: the backpack is at central lost property, not Union Sq; she can collect with photo ID and proof of ownership, and I'll fix the status.",
    ],
    "list_tool": "lpo_items_search",
    "list_args": {"location": "central", "held_days_gt": 60, "limit": 2},
    "cursor_key": "cursor",
    "cursors": ["eyJvIjoyfQ", "eyJvIjo0fQ"],
    "page": lambda items, nxt: {"items": items, "next_cursor": nxt},
    "cycle": lambda rid, i: [
        (
            "lpo_item_get",
            {"item_id": rid},
            {"item_id": rid, "status": ["HELD_DEPOT", "HELD_DEPOT", "OWNER_NOTIFIED"][i]},
        ),
        (
            "lpo_custody_log",
            {"item_id": rid},
            [{"event": ["SEALED_FOR_CENTRAL", "LOGGED", "OWNER_EMAILED"][i]}],
        ),
        (
            "lpo_claims_search",
            {"line": ["Red", "44", "Silver"][i], "status": "open"},
            {"open_claims": [3, 1, 2][i]},
        ),
    ],
    "clarify": {
        "asks": [
            "Which address should the scooter go to - the one on claim CL-7802, or a different one?",
            "Should I use the address on CL-7802 for the delivery, or another?",
            "Delivery address: the one on the claim, or somewhere else?",
        ],
        "answers": ["The one on the claim.", "Same as the claim.", "Claim address."],
        "lookup": (
            "lpo_item_get",
            {"item_id": "LP-26-114539"},
            _lp("LP-26-114539", "child's scooter, green", "tram T2", "T2", "IN_TRANSIT_TO_CENTRAL"),
        ),
        "act1": (
            "lpo_claim_get",
            {"claim_id": "CL-7802"},
            {"claim_id": "CL-7802", "address": "41 Alder Ct, Apt 3", "contact": "sms"},
        ),
        "ask2": "Claim address is 41 Alder Ct, Apt 3. Courier or standard delivery? Courier is $18, charged to the claimant.",
        "answer2": "Standard is fine.",
        "act2": (
            "lpo_delivery_create",
            {"item_id": "LP-26-114539", "claim_id": "CL-7802", "service": "standard"},
            {"delivery_id": "DV-2208", "eta": "2026-12-03"},
        ),
    },
    "job": {
        "start": "lpo_jobs_trigger",
        "start_args": {"job": "claim_matching", "window": "48h"},
        "started": {"run_id": "cm-20261129-01", "state": "pending"},
        "status": "lpo_jobs_status",
        "status_args": {"run_id": "cm-20261129-01"},
        "stages": [
            {
                "run_id": "cm-20261129-01",
                "state": "running",
                "items_scored": 90,
                "items_total": 611,
            },
            {
                "run_id": "cm-20261129-01",
                "state": "running",
                "items_scored": 302,
                "items_total": 611,
            },
            {
                "run_id": "cm-20261129-01",
                "state": "running",
                "items_scored": 540,
                "items_total": 611,
            },
            {
                "run_id": "cm-20261129-01",
                "state": "succeeded",
                "items_scored": 611,
                "items_total": 611,
            },
        ],
        "result": (
            "lpo_jobs_output",
            {"run_id": "cm-20261129-01"},
            {"matches_proposed": 48, "high_confidence": 29, "emails_queued": 29},
        ),
    },
    "handoff": {
        "tool": "lpo_custody_transfer",
        "args": {"item_id": "LP-26-114503", "to": "transit_police", "reason": "possible evidence"},
        "accepted": {"transfer_id": "CT-9021", "to": "transit_police", "state": "requested"},
        "check": "lpo_custody_transfer_get",
        "check_args": {"transfer_id": "CT-9021"},
        "bounced": {
            "transfer_id": "CT-9021",
            "to": "lpo_central",
            "state": "returned",
            "note": "police desk: items must be at central before transfer",
        },
        "queued": {
            "transfer_id": "CT-9021",
            "to": "transit_police",
            "state": "requested",
            "officer": None,
        },
        "picked": {
            "transfer_id": "CT-9021",
            "to": "transit_police",
            "state": "accepted",
            "officer": "Ofc. D. Pham #4471",
        },
        "reassign_line": "Requesting the custody transfer to transit police.",
        "wait_line": "Transfer requested. Checking if an officer has accepted it.",
        "done_line": "Officer D. Pham accepted custody of LP-26-114503.",
    },
    "change": {
        "preview": "lpo_item_change_preview",
        "args": {"item_id": "LP-26-114539", "collection_point": "elm-st"},
        "diff": {"collection_point": {"from": "central", "to": "elm-st"}, "transfer_needed": True},
        "apply_line": "Collection point becomes Elm St with a transfer. Applying.",
        "commit": "lpo_item_change_apply",
        "commit_args": {"item_id": "LP-26-114539", "collection_point": "elm-st"},
        "applied": {"item_id": "LP-26-114539", "collection_point": "elm-st", "rev": 5},
        "args2": {"item_id": "LP-26-114539", "hold_until": "2026-12-27"},
        "diff2": {"hold_until": {"from": "2026-12-13", "to": "2026-12-27"}},
        "apply_line2": "Hold extends to 27 December. Applying.",
        "commit_args2": {"item_id": "LP-26-114539", "hold_until": "2026-12-27"},
        "applied2": {"item_id": "LP-26-114539", "hold_until": "2026-12-27", "rev": 6},
    },
}

DOMAINS = [ENTERAL, ROYALTY, HAMLOG, PHOTO, STORAGE, VOD, CHIP, LOSTPROP]


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind in kinds:
            for n, dom in enumerate(DOMAINS, start=1):
                rid = "%s-%s-%s-%03d" % (PREFIX, label, kind, n)
                c = Ctx(dom, random.Random("%d:%s" % (SEED, rid)))
                c.open(FAMILY[kind])
                BUILDERS[kind](c)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom["name"],
                        "steps": c.steps,
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
