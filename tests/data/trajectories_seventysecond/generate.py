"""Generate blind trajectory set 72 ("seventysecond") for the loop detector.

Standard library only. Deterministic: every row gets its own random.Random seeded from SEED and
the row id. Run this file to rewrite trajectories.jsonl next to it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7272
PREFIX = "seventysecond"

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "stale_status_polling",
    "three_step_cycle",
    "clarification_repeat",
    "plan_without_action",
    "ineffective_param_tweak",
    "redundant_reverification",
]
PROGRESS_KINDS = [
    "templated_status_updates",
    "summarising_related_documents",
    "alternating_tools_advancing",
    "retry_with_corrected_args",
    "paging_through_results",
    "stepwise_reasoning",
    "same_tool_different_records",
    "polling_until_complete",
    "per_item_pipeline",
    "clarifications_answered_and_used",
    "plan_then_execute",
    "widening_search_finds_more",
    "verify_each_write_once",
]


# ---------------------------------------------------------------------------------------------
# noise and envelopes
# ---------------------------------------------------------------------------------------------


def hexid(rng: random.Random, n: int = 12) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


CLOCK = [0]


def stamp(rng: random.Random) -> str:
    """A timestamp that moves forward a little on every call within a row."""
    CLOCK[0] += rng.randint(2, 95)
    t = CLOCK[0]
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        CLOCK[1],
        CLOCK[2],
        (t // 3600) % 24,
        (t // 60) % 60,
        t % 60,
        rng.randint(0, 999),
    )


def reset_clock(rng: random.Random) -> None:
    CLOCK[:] = [rng.randint(6 * 3600, 17 * 3600), rng.randint(1, 11), rng.randint(1, 28)]


def flat(body: object, prefix: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(body, dict):
        for k, v in body.items():
            out.extend(flat(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(body, list):
        if not body:
            out.append((prefix, "[]"))
        for i, v in enumerate(body):
            out.extend(flat(v, f"{prefix}[{i}]"))
    elif body is None:
        out.append((prefix, "null"))
    else:
        out.append((prefix, str(body)))
    return out


def to_xml(tag: str, body: object, ind: str = "  ") -> str:
    if isinstance(body, dict):
        inner = "".join(to_xml(k, v, ind + "  ") for k, v in body.items())
        return f"{ind}<{tag}>\n{inner}{ind}</{tag}>\n"
    if isinstance(body, list):
        inner = "".join(to_xml(tag.rstrip("s") or "item", v, ind + "  ") for v in body)
        return f'{ind}<{tag} count="{len(body)}">\n{inner}{ind}</{tag}>\n'
    return f"{ind}<{tag}>{'' if body is None else body}</{tag}>\n"


def scalar(v: object) -> str:
    if v == []:
        return "[]"
    if v is None:
        return "null"
    if isinstance(v, bool):
        return str(v).lower()
    return str(v)


def to_yaml(body: object, ind: str = "") -> str:
    lines = []
    if isinstance(body, dict):
        for k, v in body.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{ind}{k}:\n{to_yaml(v, ind + '  ')}")
            else:
                lines.append(f"{ind}{k}: {scalar(v)}\n")
    elif isinstance(body, list):
        for v in body:
            if isinstance(v, dict):
                sub = to_yaml(v, ind + "  ")
                lines.append(f"{ind}- {sub.lstrip()}")
            else:
                lines.append(f"{ind}- {v}\n")
    return "".join(lines)


def render(fmt: str, rng: random.Random, body: dict, error: bool = False, code: int = 200) -> str:
    rid = hexid(rng)
    ts = stamp(rng)
    if fmt == "log":
        node = "tanlink-%d" % rng.randint(1, 6)
        level = "ERROR" if error else "INFO"
        head = f"{ts} {level} [{node}] req={rid[:8]} took={rng.randint(9, 480)}ms"
        return head + "\n" + "\n".join(f"  {k}={v}" for k, v in flat(body))
    if fmt == "json":
        meta = {
            "requestId": f"req_{rid}",
            "generatedAt": ts,
            "apiVersion": "3.4",
            "quotaRemaining": rng.randint(40, 900),
        }
        if error:
            return json.dumps({"error": body, "meta": meta})
        return json.dumps({"data": body, "meta": meta})
    if fmt == "http":
        status = {200: "OK", 204: "No Content", 400: "Bad Request", 403: "Forbidden"}
        status.update({404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error"})
        status.update({503: "Service Unavailable"})
        head = [
            f"HTTP/1.1 {code} {status.get(code, 'Error')}",
            f"Date: {ts}",
            "Content-Type: application/json",
            f"X-Vault-Request-Id: {rid[:8]}-{rid[8:12]}-{hexid(rng, 4)}-{hexid(rng, 12)}",
            f"X-Vault-Node: vault-{rng.randint(0, 2)}.core.internal",
            f"X-RateLimit-Remaining: {rng.randint(100, 4999)}",
        ]
        payload = {"errors": [body["message"]]} if error else body
        return "\n".join(head) + "\n\n" + json.dumps(payload)
    if fmt == "xml":
        node = "cpsr-eu-%d" % rng.randint(1, 4)
        status = "error" if error else "ok"
        return (
            f'<response status="{status}" trace="{rid}" served="{ts}" node="{node}">\n'
            + "".join(to_xml(k, v) for k, v in body.items())
            + "</response>"
        )
    if fmt == "gql":
        ext = {
            "traceId": rid + hexid(rng, 4),
            "cost": {"requested": rng.randint(5, 40), "throttleRemaining": rng.randint(200, 1000)},
            "servedAt": ts,
        }
        if error:
            return json.dumps(
                {
                    "data": None,
                    "errors": [{"message": body["message"], "extensions": {"code": body["code"]}}],
                    "extensions": ext,
                }
            )
        return json.dumps({"data": body, "extensions": ext})
    if fmt == "csv":
        head = f"# export node=psg-db-{rng.randint(1, 3)} generated={ts} req={rid[:10]}"
        if error:
            return head + "\nstatus,code,message\nerror,%s,%s" % (body["code"], body["message"])
        rows = body.get("rows")
        if isinstance(rows, list) and rows:
            cols = list(rows[0].keys())
            lines = [",".join(cols)] + [",".join(str(r[c]) for c in cols) for r in rows]
            extra = [f"# {k}={v}" for k, v in body.items() if k != "rows"]
            return "\n".join([head, *lines, *extra])
        if isinstance(rows, list):
            extra = [f"# {k}={v}" for k, v in body.items() if k != "rows"]
            return "\n".join([head, "(0 rows)", *extra])
        return "\n".join([head, "field,value"] + [f"{k},{v}" for k, v in flat(body)])
    if fmt == "yaml":
        head = (
            f"---\nserver: shopfloor-api-{rng.randint(1, 5)}\nrequest: {rid[:16]}\n"
            f"fetched_at: {ts}\ncache_age_s: {rng.randint(0, 90)}\n"
        )
        if error:
            return head + f"ok: false\nerror:\n{to_yaml(body, '  ')}".rstrip()
        return head + "ok: true\n" + to_yaml(body).rstrip()
    if fmt == "pipe":
        tag = "ERR" if error else "OK"
        head = f"{tag}|TXN={rng.randint(1000000, 9999999)}|TS={ts}|HOST=CNCL-APP{rng.randint(1, 4):02d}"
        return head + "\n" + "\n".join(f"{k.upper()}|{v}" for k, v in flat(body))
    raise ValueError(fmt)


# ---------------------------------------------------------------------------------------------
# step helpers
# ---------------------------------------------------------------------------------------------


def llm(text: str, obs: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": obs}


def tool(name: str, args: dict, obs: str, error: bool = False) -> dict:
    return {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}


class Ctx:
    """A domain bound to one row's random generator."""

    def __init__(self, d: dict, rng: random.Random) -> None:
        self.d = d
        self.rng = rng

    def obs(self, body: dict, error: bool = False, code: int = 200) -> str:
        return render(self.d["fmt"], self.rng, body, error=error, code=code)

    def ids(self, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            x = self.d["id"](self.rng)
            if x not in out:
                out.append(x)
        return out

    def open(self, key: str) -> dict:
        req, first = self.d["req"][key]
        return llm(first, req)

    def call(
        self, role: str, *a: object, body: dict | None = None, error: bool = False, code: int = 200
    ) -> dict:
        name, argf = self.d["tools"][role]
        return tool(name, argf(*a), self.obs(body or {}, error=error, code=code), error)

    def get(self, rid: str, changed: dict | None = None) -> dict:
        body = self.d["rec"](rid)
        if changed:
            apply = self.d.get("apply")
            body = apply(body, changed) if apply else {**body, **changed}
        return self.call("get", rid, body=self.d["wrap"](body))

    def update(self, rid: str, value: str) -> dict:
        return self.call("update", rid, value, body=self.d["upd_ok"](rid, value))


# ---------------------------------------------------------------------------------------------
# loop kinds
# ---------------------------------------------------------------------------------------------


def loop_exact_repeat(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    ids = c.ids(4)
    steps = [c.open("lookup")]
    steps.extend(c.get(rid) for rid in ids[1 : 1 + rng.randint(0, 2)])
    text = d["say_check"].format(id=ids[0])
    for _ in range(rng.randint(3, 4)):
        steps.append(llm(text))
        steps.append(c.get(ids[0]))
    return steps


def loop_paraphrased_repeat(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    rid = c.ids(1)[0]
    steps = [c.open("lookup"), c.get(rid)]
    paras = list(d["para"])
    rng.shuffle(paras)
    n = rng.randint(3, 4)
    with_tool = rng.random() < 0.5
    for p in paras[:n]:
        steps.append(llm(p.format(id=rid)))
        if with_tool:
            steps.append(c.get(rid))
    return steps


def loop_ab_oscillation(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    rid = c.ids(1)[0]
    va, vb, ma, mb = d["ab"]
    steps = [c.open("update"), c.get(rid)]
    n = rng.choice([4, 5, 6])
    for i in range(n):
        v, m = (va, ma) if i % 2 == 0 else (vb, mb)
        if i == 1:
            steps.append(llm(d["ab_note"][0]))
        if i == 2 and rng.random() < 0.5:
            steps.append(llm(d["ab_note"][1]))
        steps.append(c.call("update", rid, v, body=m(rid), error=True, code=400))
    return steps


def loop_failing_tool_retry(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    ids = c.ids(3)
    steps = [c.open("job")]
    if rng.random() < 0.6:
        steps.append(c.get(ids[1]))
    code, msg, http = d["err"]
    n = rng.randint(3, 5)
    for i in range(n):
        steps.append(
            c.call("start", ids[0], body={"code": code, "message": msg}, error=True, code=http)
        )
        if i == 0:
            steps.append(llm(d["retry_note"]))
    return steps


def loop_same_action_same_observation(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    steps = [c.open("search")]
    notes = list(d["empty_notes"])
    rng.shuffle(notes)
    n = rng.randint(3, 4)
    for i in range(n):
        steps.append(c.call("find", d["filter"], None, body=d["page"]([], None)))
        if i < n - 1:
            steps.append(llm(notes[i % len(notes)]))
    return steps


def loop_identical_monologue(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    ids = c.ids(3)
    steps = [c.open("lookup")]
    steps.extend(c.get(rid) for rid in ids[: rng.randint(1, 3)])
    text = d["mono"].format(id=ids[0])
    steps.extend(llm(text) for _ in range(rng.randint(3, 5)))
    return steps


def loop_identical_tool_calls(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    ids = c.ids(3)
    steps = [c.open("batch")]
    if rng.random() < 0.5:
        steps.append(c.get(ids[1]))
        steps.append(llm(d["say_check"].format(id=ids[0])))
    body = d["check"](ids[0], False)
    steps.extend(c.call("check", ids[0], body=body) for _ in range(rng.randint(3, 5)))
    return steps


def loop_stale_status_polling(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    rid = c.ids(1)[0]
    jid = d["jid"](rng)
    steps = [c.open("job"), c.call("start", rid, body=d["job"](jid, "queued", 0))]
    wait = rng.choice([20, 30, 45, 60])
    n = rng.randint(3, 4)
    for i in range(n):
        steps.append(c.call("status", jid, body=d["job"](jid, "queued", 0)))
        if i < n - 1:
            if i == 0 or rng.random() < 0.3:
                steps.append(llm(d["wait_note"].format(jid=jid, s=wait)))
            steps.append(tool("sleep", {"seconds": wait}, "slept %ds" % wait))
    return steps


def loop_three_step_cycle(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    rid = c.ids(1)[0]
    value = d["values"][0]
    steps = [c.open("update")]
    if rng.random() < 0.5:
        steps.append(llm(d["cycle_note"].format(id=rid)))
    for _ in range(3):
        steps.append(c.get(rid))
        steps.append(c.update(rid, value))
        steps.append(c.call("check", rid, body=d["check"](rid, False)))
    return steps


def loop_clarification_repeat(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    qs, ans = d["clarify"]
    rid = c.ids(1)[0]
    steps = [c.open("update")]
    if rng.random() < 0.5:
        steps.append(c.get(rid))
    order = list(range(len(qs)))
    rng.shuffle(order)
    steps.extend(llm(qs[i].format(id=rid), ans) for i in order[:3])
    return steps


def loop_plan_without_action(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    plan = d["plan"]
    intros = ["Plan:", "Here is how I'll do this:", "Steps:", "Approach:"]
    rng.shuffle(intros)
    steps = [c.open("batch")]
    if rng.random() < 0.5:
        steps.append(c.call("find", d["filter"], None, body=d["page"](c.ids(3), "c2")))
    n = rng.randint(3, 4)
    for i in range(n):
        if i % 2 == 0:
            body = " ".join(f"{j + 1}) {s}" for j, s in enumerate(plan))
        else:
            body = " ".join(f"({chr(97 + j)}) {s}" for j, s in enumerate(plan))
        steps.append(llm(f"{intros[i]} {body}"))
    return steps


def loop_ineffective_param_tweak(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    param, vals, code, msg = d["tweak"]
    steps = [c.open("search")]
    n = rng.randint(3, 4)
    for i in range(n):
        steps.append(
            c.call(
                "find",
                {**d["filter"], param: vals[i]},
                None,
                body={"code": code, "message": msg},
                error=True,
                code=403,
            )
        )
        if i == 0:
            steps.append(llm(d["tweak_note"].format(p=param, v=vals[1])))
    return steps


def loop_redundant_reverification(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    rid = c.ids(1)[0]
    value = d["values"][1]
    steps = [c.open("update"), c.get(rid), c.update(rid, value)]
    changed = {d["field"]: value}
    for _ in range(rng.randint(3, 4)):
        steps.append(llm(d["say_confirm"].format(id=rid, v=value)))
        steps.append(c.get(rid, changed))
    return steps


# ---------------------------------------------------------------------------------------------
# progress kinds (near misses)
# ---------------------------------------------------------------------------------------------


def prog_templated_status_updates(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    n = rng.randint(3, 4)
    ids = c.ids(n)
    steps = [c.open("batch")]
    for i, rid in enumerate(ids):
        v = d["values"][i % len(d["values"])]
        steps.append(c.update(rid, v))
        steps.append(llm(d["tmpl"].format(id=rid, v=v, left=n - i - 1)))
    return steps


def prog_summarising_related_documents(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    docs = list(d["docs"])
    rng.shuffle(docs)
    n = rng.randint(3, 4)
    steps = [c.open("docs")]
    for topic, aspect, body, _summary in docs[:n]:
        steps.append(llm(d["doc_intro"].format(topic=topic, aspect=aspect)))
        steps.append(c.call("rules", topic, body=body))
    steps.append(llm(" ".join(s for _, _, _, s in docs[:n])))
    return steps


def prog_alternating_tools_advancing(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    n = rng.randint(2, 3) if rng.random() < 0.5 else 3
    ids = c.ids(n)
    steps = [c.open("batch")]
    for i, rid in enumerate(ids):
        steps.append(c.get(rid))
        steps.append(c.update(rid, d["values"][(i + 1) % len(d["values"])]))
    steps.append(llm(d["done"].format(n=n)))
    return steps


def prog_retry_with_corrected_args(c: Ctx) -> list[dict]:
    d = c.d
    rid = c.ids(1)[0]
    steps = [c.open("job")]
    (a1, e1, n1), (a2, e2, n2), a3 = d["fix"](rid)
    name = d["tools"]["start"][0]
    steps.append(tool(name, a1, c.obs({"code": e1[0], "message": e1[1]}, True, 400), True))
    steps.append(llm(n1 + " Retrying with that change."))
    steps.append(tool(name, a2, c.obs({"code": e2[0], "message": e2[1]}, True, 400), True))
    steps.append(llm(n2))
    jid = d["jid"](c.rng)
    steps.append(tool(name, a3, c.obs(d["job"](jid, "queued", 0))))
    steps.append(llm(d["queued_note"].format(jid=jid)))
    return steps


def prog_paging_through_results(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    pages = rng.randint(3, 4)
    steps = [c.open("search")]
    cursor = None
    total = 0
    for p in range(pages):
        ids = c.ids(rng.randint(2, 3))
        total += len(ids)
        nxt = None if p == pages - 1 else d["cursor"](rng)
        steps.append(c.call("find", d["filter"], cursor, body=d["page"](ids, nxt)))
        if p == 0 and rng.random() < 0.5:
            steps.append(llm(d["page_note"]))
        cursor = nxt
    steps.append(llm(d["page_done"].format(n=total)))
    return steps


def prog_stepwise_reasoning(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    rid = c.ids(1)[0]
    steps = [c.open("lookup"), c.get(rid)]
    reasons = d["reason"]
    n = rng.randint(3, 4)
    steps.extend(llm(r.format(id=rid)) for r in reasons[:n])
    return steps


def prog_same_tool_different_records(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    n = rng.randint(3, 5)
    ids = c.ids(n)
    steps = [c.open("batch")]
    steps.extend(c.call("check", rid, body=d["check"](rid, rng.random() < 0.6)) for rid in ids)
    steps.append(llm(d["done"].format(n=n)))
    return steps


def prog_polling_until_complete(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    rid = c.ids(1)[0]
    jid = d["jid"](rng)
    wait = rng.choice([20, 30, 45, 60])
    steps = [c.open("job"), c.call("start", rid, body=d["job"](jid, "queued", 0))]
    seq = [("queued", 0), ("running", rng.randint(20, 45)), ("running", rng.randint(60, 90))]
    for i, (st, pct) in enumerate(seq):
        steps.append(c.call("status", jid, body=d["job"](jid, st, pct)))
        if i == 0:
            steps.append(llm(d["wait_note"].format(jid=jid, s=wait)))
        steps.append(tool("sleep", {"seconds": wait}, "slept %ds" % wait))
    steps.append(c.call("status", jid, body=d["job"](jid, "succeeded", 100)))
    steps.append(llm(d["job_done"].format(jid=jid, id=rid)))
    return steps


def prog_per_item_pipeline(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    ids = c.ids(3)
    steps = [c.open("update")]
    for i, rid in enumerate(ids):
        steps.append(c.get(rid))
        steps.append(c.update(rid, d["values"][i % len(d["values"])]))
        steps.append(c.call("check", rid, body=d["check"](rid, True)))
    if rng.random() < 0.5:
        steps.append(llm(d["done"].format(n=3)))
    return steps


def prog_clarifications_answered_and_used(c: Ctx) -> list[dict]:
    d = c.d
    rid = c.ids(1)[0]
    (q1, a1), (q2, a2), value = d["clar2"]
    steps = [c.open("update"), c.get(rid)]
    steps.append(llm(q1.format(id=rid), a1))
    steps.append(llm(q2.format(id=rid), a2))
    steps.append(c.update(rid, value))
    steps.append(llm(d["say_done_update"].format(id=rid, v=value)))
    return steps


def prog_plan_then_execute(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    plan = d["plan"]
    ids = c.ids(3)
    body = " ".join(f"{j + 1}) {s}" for j, s in enumerate(plan))
    steps = [c.open("batch"), llm(f"Plan: {body}")]
    steps.append(c.call("find", d["filter"], None, body=d["page"](ids, None)))
    steps.append(llm(d["plan_prog"][0].format(n=len(ids), id=ids[0])))
    steps.append(c.update(ids[0], d["values"][0]))
    steps.append(c.update(ids[1], d["values"][1]))
    steps.append(llm(d["plan_prog"][1].format(id=ids[2])))
    steps.append(c.call("check", ids[2], body=d["check"](ids[2], rng.random() < 0.5)))
    steps.append(llm(d["plan_prog"][2]))
    return steps


def prog_widening_search_finds_more(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    param, vals = d["widen"]
    steps = [c.open("search")]
    counts = [0, 1, rng.randint(2, 3)]
    last: list[str] = []
    for i, n in enumerate(counts):
        last = c.ids(n) if n else []
        steps.append(
            c.call("find", {**d["filter"], param: vals[i]}, None, body=d["page"](last, None))
        )
        if i == 0:
            steps.append(llm("No matches with %s=%s; trying %s." % (param, vals[0], vals[1])))
    steps.append(llm(d["widen_pick"].format(id=last[0], p=param, v=vals[2])))
    steps.append(c.get(last[0]))
    return steps


def prog_verify_each_write_once(c: Ctx) -> list[dict]:
    rng, d = c.rng, c.d
    n = 3 if rng.random() < 0.6 else 2
    ids = c.ids(n)
    steps = [c.open("update")]
    for i, rid in enumerate(ids):
        v = d["values"][(i + 1) % len(d["values"])]
        steps.append(c.update(rid, v))
        steps.append(llm(d["say_confirm"].format(id=rid, v=v)))
        steps.append(c.get(rid, {d["field"]: v}))
    return steps


TEMPLATES = {
    **{("loop", k): globals()["loop_" + k] for k in LOOP_KINDS},
    **{("progress", k): globals()["prog_" + k] for k in PROGRESS_KINDS},
}


# ---------------------------------------------------------------------------------------------
# domains
# ---------------------------------------------------------------------------------------------


def seeded(rid: str) -> random.Random:
    return random.Random(f"{SEED}-{rid}")


def jobf(idkey: str, extra_done: dict, extra: dict | None = None):
    def job(jid: str, st: str, pct: int) -> dict:
        body = {idkey: jid, "state": st, "progress_pct": pct, **(extra or {})}
        if st == "queued":
            body["queue_position"] = 3
        if st == "succeeded":
            body.update(extra_done)
        return body

    return job


# 1. tannery hide grading: plain log lines, snake_case tools
def tan_rec(rid: str) -> dict:
    r = seeded(rid)
    return {
        "lot": rid,
        "supplier": r.choice(["Ostfold Hides", "Carrick Meats", "Pampas Export", "Valle Curtidos"]),
        "hides": r.randint(180, 640),
        "avg_area_sqft": round(r.uniform(42, 56), 1),
        "grade": "TR2",
        "defect_score": 12,
        "stage": r.choice(["wet-blue", "crust", "limed"]),
    }


TANNERY = {
    "name": "tannery_hide_grading",
    "fmt": "log",
    "id": lambda rng: "HL-26-%04d" % rng.randint(100, 9999),
    "jid": lambda rng: "DRUM7-%04d" % rng.randint(1, 9999),
    "cursor": lambda rng: "lot>" + hexid(rng, 6),
    "tools": {
        "find": ("hidelot_search", lambda f, cur: {**f, **({"after": cur} if cur else {})}),
        "get": ("hidelot_get", lambda rid: {"lot_id": rid}),
        "update": ("hidelot_set_grade", lambda rid, v: {"lot_id": rid, "grade": v}),
        "status": ("drum_batch_status", lambda jid: {"batch": jid}),
        "start": (
            "drum_batch_start",
            lambda rid: {"lot_id": rid, "recipe": "CR-chrome-6", "drum": "D7"},
        ),
        "rules": ("spec_sheet_get", lambda t: {"sheet": t}),
        "check": ("grade_validate", lambda rid: {"lot_id": rid}),
    },
    "rec": tan_rec,
    "wrap": lambda b: b,
    "upd_ok": lambda rid, v: {"lot": rid, "grade": v, "result": "saved", "graded_by": "agent-svc"},
    "field": "grade",
    "values": ["TR2", "TR1", "TR3"],
    "req": {
        "lookup": (
            "What grade did the Ostfold wet-blue lot from Tuesday get, and can it go on the Brenner seat-leather contract?",
            "Let me look up the Ostfold wet-blue lots and their current grades.",
        ),
        "update": (
            "Regrade the Carrick lot QC flagged this morning, it shouldn't be sitting where it is.",
            "I'll pull the flagged Carrick lot and correct its grade.",
        ),
        "batch": (
            "Go through the crust lots waiting on grading and set grades from the scanner scores.",
            "Okay, working through the crust lots that are waiting on grades.",
        ),
        "job": (
            "Start the chrome tanning drum for the Pampas lot and tell me when it's out.",
            "Starting the drum batch for the Pampas lot.",
        ),
        "search": (
            "Find any limed lots from Valle Curtidos that are still ungraded.",
            "Searching hide lots for ungraded Valle Curtidos limed stock.",
        ),
        "docs": (
            "Summarise what our spec sheets say TR1 means for automotive buyers.",
            "I'll read the automotive spec sheets and summarise the TR1 requirements.",
        ),
    },
    "say_check": "Checking lot {id} grade and defect score before I answer.",
    "para": [
        "Lot {id} is graded TR2, so it can't go to Brenner until QC signs off; confirming the grade on the lot record.",
        "Looks like {id} sits at TR2, which the Brenner contract won't take without a QC sign-off. Let me confirm on the record.",
        "The record has lot {id} at TR2; Brenner needs TR1 or a signed QC waiver, so I'm confirming that grade.",
        "{id}: TR2, not eligible for Brenner without QC sign-off. Confirming the lot record now.",
    ],
    "ab": (
        "TR1",
        "TR2",
        lambda rid: {
            "lot": rid,
            "result": "rejected",
            "reason": "defect_score 12 above TR1 ceiling 10",
        },
        lambda rid: {
            "lot": rid,
            "result": "rejected",
            "reason": "contract K-2207 (Brenner Auto) accepts TR1 only for this lot",
        },
    ),
    "ab_note": [
        "TR1 was rejected on the defect score; setting TR2 instead.",
        "TR2 is blocked by the Brenner contract, so the lot needs TR1.",
    ],
    "err": (
        "SCANNER_OFFLINE",
        "grading scanner GS-2 not responding; drum loading interlock engaged",
        503,
    ),
    "retry_note": "Interlock error from the scanner. Retrying the batch start for this lot.",
    "filter": {"stage": "limed", "supplier": "Valle Curtidos", "graded": False},
    "page": lambda ids, nxt: {
        "matches": len(ids),
        "lots": [{"lot": i, "stage": "limed", "hides": tan_rec(i)["hides"]} for i in ids],
        "next": nxt,
    },
    "empty_notes": [
        "No ungraded limed lots for Valle Curtidos. The intake scan may not have synced yet.",
        "Zero matches, but the delivery note says three lots arrived Monday, so they should be there.",
        "Let me run the search with the supplier filter exactly as entered.",
    ],
    "page_note": "Some matches on this page; fetching the rest of the result set.",
    "page_done": "{n} ungraded limed lots from Valle Curtidos in total, listed above and ready for grading.",
    "mono": "Lot {id} is TR2 with a defect score over the TR1 ceiling, so it can't ship to Brenner without a QC waiver. Tell me if you want me to request one.",
    "check": lambda rid, ok: {
        "lot": rid,
        "valid": ok,
        "findings": [] if ok else ["grade TR2 conflicts with contract K-2207 minimum TR1"],
    },
    "wait_note": "Batch {jid} is queued behind other drums; checking back in {s}s.",
    "job": jobf(
        "batch", {"result": "pH 3.9, shrink temp 108C", "next_stage": "crust"}, {"drum": "D7"}
    ),
    "cycle_note": "Lot {id} was flagged; I'll read the lot, set the grade, then validate it.",
    "clarify": (
        [
            "Which grade should lot {id} move to: TR1 or TR2?",
            "To confirm, do you want {id} at TR1, or at TR2?",
            "Before I change {id}, which target grade do you want?",
        ],
        "TR2, per QC.",
    ),
    "clar2": (
        (
            "Lot {id} shows defect score 12. Grade it TR2, or hold it for re-inspection?",
            "TR2 is fine.",
        ),
        ("Should I also take the Brenner allocation off it?", "Yes, release it back to stock."),
        "TR2",
    ),
    "say_done_update": "Lot {id} is now {v} and released back to stock.",
    "plan": [
        "search crust lots awaiting grades",
        "set each lot's grade from its scanner score",
        "validate each lot against its contract",
    ],
    "plan_prog": [
        "Found {n} crust lots. Grading {id} first.",
        "Two graded. Validating {id} against its contract.",
        "Done: crust lots graded and validated; results above.",
    ],
    "tweak": ("limit", [50, 100, 250, 500], "SCOPE_DENIED", "token lacks scope lots:read:supplier"),
    "tweak_note": "Nothing usable back; trying {p}={v}.",
    "widen": ("received_within_days", [3, 7, 14]),
    "widen_pick": "With {p}={v} there are matches; {id} is the oldest, pulling it up.",
    "say_confirm": "Confirming lot {id} now shows grade {v}.",
    "tmpl": "Lot {id} graded {v}. {left} remaining.",
    "done": "Finished {n} lots; details above.",
    "doc_intro": "Let me fetch sheet {topic} to confirm the {aspect}.",
    "docs": [
        (
            "AUTO-SEAT-TR1",
            "thickness tolerance",
            {"sheet": "AUTO-SEAT-TR1", "thickness_mm": "1.1-1.3", "max_defect_score": 10},
            "Seat TR1 is 1.1-1.3 mm with a defect score of at most 10.",
        ),
        (
            "AUTO-WHEEL-TR1",
            "grain defects",
            {"sheet": "AUTO-WHEEL-TR1", "open_grain": "none", "healed_scratches": "max 2 per hide"},
            "Steering-wheel TR1 allows no open grain and at most two healed scratches a hide.",
        ),
        (
            "FOGGING-DIN75201",
            "fogging limits",
            {
                "sheet": "FOGGING-DIN75201",
                "gravimetric_mg": "<= 2.0",
                "reflectometric_pct": ">= 90",
            },
            "Fogging must stay at or under 2.0 mg gravimetric.",
        ),
        (
            "BRAND-MARKS",
            "brand mark rules",
            {"sheet": "BRAND-MARKS", "usable_area": "no marks", "edge_band_cm": 8},
            "Brand marks are only tolerated in the 8 cm edge band.",
        ),
    ],
    "fix": lambda rid: (
        (
            {"lot_id": rid, "recipe": "CR-6"},
            ("UNKNOWN_RECIPE", "recipe CR-6 not found; closest match CR-chrome-6"),
            "The recipe needs its full code; using CR-chrome-6.",
        ),
        (
            {"lot_id": rid, "recipe": "CR-chrome-6"},
            ("DRUM_REQUIRED", "no default drum for stage wet-blue; specify drum"),
            "It wants an explicit drum; D7 is free on the board.",
        ),
        {"lot_id": rid, "recipe": "CR-chrome-6", "drum": "D7"},
    ),
    "queued_note": "Batch {jid} accepted and queued on D7.",
    "job_done": "Batch {jid} finished for lot {id}; the lot moves to crust next.",
    "reason": [
        "Lot {id} has a defect score of 12 against a TR1 ceiling of 10.",
        "Brenner contract K-2207 specifies TR1 for seat leather, so TR2 stock doesn't qualify on its face.",
        "K-2207 does allow up to 15% TR2 by area when the buyer's QC agrees in writing.",
        "So {id} can go to Brenner only inside that 15% allowance; I'd ask their QC before allocating it.",
    ],
}


# 2. foster care placement matching: JSON with meta, camelCase tools
def fc_rec(rid: str) -> dict:
    r = seeded(rid)
    return {
        "referralId": rid,
        "ageBand": r.choice(["0-4", "5-10", "11-15"]),
        "siblingGroup": r.choice([1, 2, 3]),
        "region": r.choice(["North Riding", "Eastvale", "Coastal South"]),
        "placementType": "short-term",
        "status": "awaiting_match",
        "schoolContinuity": True,
    }


FOSTER = {
    "name": "foster_care_placement_matching",
    "fmt": "json",
    "id": lambda rng: "REF-2026-%05d" % rng.randint(100, 99999),
    "jid": lambda rng: "mr_%s" % hexid(rng, 10),
    "cursor": lambda rng: "eyJvIjo" + hexid(rng, 8),
    "tools": {
        "find": (
            "searchReferrals",
            lambda f, cur: {"filter": f, **({"pageToken": cur} if cur else {})},
        ),
        "get": ("getReferral", lambda rid: {"referralId": rid}),
        "update": (
            "updateReferral",
            lambda rid, v: {"referralId": rid, "patch": {"placementType": v}},
        ),
        "status": ("getMatchRun", lambda jid: {"runId": jid}),
        "start": ("startMatchRun", lambda rid: {"referralId": rid, "radiusMiles": 25}),
        "rules": ("getPolicySection", lambda t: {"section": t}),
        "check": ("validateReferral", lambda rid: {"referralId": rid}),
    },
    "rec": fc_rec,
    "wrap": lambda b: {"referral": b},
    "upd_ok": lambda rid, v: {"referralId": rid, "placementType": v, "version": 7},
    "field": "placementType",
    "values": ["short-term", "respite", "emergency"],
    "req": {
        "lookup": (
            "Can you check where the Eastvale sibling referral is up to? The social worker is asking before panel.",
            "Sure, I'll look up the Eastvale sibling referral.",
        ),
        "update": (
            "The duty manager agreed the Coastal South referral should be changed to respite. Please update it.",
            "I'll open the Coastal South referral and change the placement type.",
        ),
        "batch": (
            "Tidy up this week's new referrals: set the placement type from the intake notes for each one.",
            "Going through this week's new referrals now.",
        ),
        "job": (
            "Run a carer match for the North Riding referral and tell me who comes back.",
            "Starting a match run for the North Riding referral.",
        ),
        "search": (
            "Are there any teenage referrals in Eastvale still waiting for a match?",
            "Searching referrals for Eastvale, age 11-15, awaiting match.",
        ),
        "docs": (
            "Summarise the policy sections that apply to placing siblings together.",
            "I'll pull the relevant policy sections on sibling placements.",
        ),
    },
    "say_check": "Fetching referral {id} to see its current status before panel.",
    "para": [
        "Referral {id} is still awaiting a match; no carer has been proposed yet. I'll confirm the status on the referral.",
        "{id} hasn't been matched so far, nobody proposed. Let me confirm that on the record.",
        "As far as I can see {id} is awaiting a match with no proposed carer; checking the referral to be sure.",
        "No proposed carer yet for {id}; its status reads awaiting match. Confirming on the referral record.",
    ],
    "ab": (
        "respite",
        "short-term",
        lambda rid: {
            "code": "CONFLICT",
            "message": f"{rid}: respite requires an end date within 28 days",
        },
        lambda rid: {
            "code": "CONFLICT",
            "message": f"{rid}: short-term conflicts with approved care plan (respite)",
        },
    ),
    "ab_note": [
        "Respite needs an end date; the care plan field says short-term is fine, so switching to that.",
        "Short-term conflicts with the care plan, which says respite. Setting respite.",
    ],
    "err": ("UPSTREAM_TIMEOUT", "carer availability service did not respond within 10s", 504),
    "retry_note": "The availability service timed out. Retrying the match run.",
    "filter": {"region": "Eastvale", "ageBand": "11-15", "status": "awaiting_match"},
    "page": lambda ids, nxt: {
        "items": [{"referralId": i, "ageBand": "11-15", "region": "Eastvale"} for i in ids],
        "totalOnPage": len(ids),
        "nextPageToken": nxt,
    },
    "empty_notes": [
        "No results. The Eastvale team logged two teenage referrals on Monday, so that's odd.",
        "Empty list. Perhaps the region index is behind; the intake form definitely said Eastvale.",
        "I'll check with the same filter, it matches how the intake form records them.",
    ],
    "page_note": "Results on this page; requesting the rest with the page token.",
    "page_done": "{n} teenage referrals in Eastvale are awaiting a match; listed above.",
    "mono": "Referral {id} is awaiting a match and has no proposed carer. I'll let the social worker know it's not ready for panel.",
    "check": lambda rid, ok: {
        "referralId": rid,
        "valid": ok,
        "issues": [] if ok else ["missing consent form: education records"],
    },
    "wait_note": "Match run {jid} is queued; I'll look at it in {s}s.",
    "job": jobf("runId", {"candidates": ["HH-1187", "HH-2203"], "bestScore": 0.82}),
    "cycle_note": "Referral {id} needs its placement type set and a clean validation.",
    "clarify": (
        [
            "Which placement type should referral {id} get: respite, short-term or emergency?",
            "Just to be sure, what placement type do you want on {id}?",
            "Could you confirm the placement type for {id} before I save it?",
        ],
        "Respite. The duty manager signed it off.",
    ),
    "clar2": (
        (
            "Referral {id} is short-term now. Should it become respite from today?",
            "Yes, from today.",
        ),
        ("Should the end date be the 28-day maximum?", "Yes, 28 days."),
        "respite",
    ),
    "say_done_update": "Referral {id} is now {v}, with a 28-day end date.",
    "plan": [
        "list this week's new referrals",
        "set each referral's placement type from the intake notes",
        "validate each referral before it goes to the matching queue",
    ],
    "plan_prog": [
        "{n} new referrals this week. Starting with {id}.",
        "Two updated. Validating {id}.",
        "All done: this week's referrals are typed and validated.",
    ],
    "tweak": (
        "pageSize",
        [20, 50, 100, 200],
        "FORBIDDEN",
        "role caseworker-readonly cannot filter by ageBand",
    ),
    "tweak_note": "That didn't return anything usable; trying {p}={v}.",
    "widen": ("radiusMiles", [10, 25, 40]),
    "widen_pick": "At {p}={v} there are referrals; {id} has waited longest, opening it.",
    "say_confirm": "Checking referral {id} now reads {v}.",
    "tmpl": "Referral {id} set to {v}. {left} to go.",
    "done": "Done with {n} referrals; summary above.",
    "doc_intro": "Let me fetch policy section {topic} to confirm the {aspect}.",
    "docs": [
        (
            "4.2-siblings",
            "default for siblings",
            {"section": "4.2", "rule": "siblings placed together unless assessment says otherwise"},
            "4.2: siblings are placed together by default unless an assessment says otherwise.",
        ),
        (
            "4.3-separation",
            "sign-off for separation",
            {
                "section": "4.3",
                "rule": "separation needs head of service sign-off and contact plan",
            },
            "4.3: separating siblings needs head of service sign-off and a contact plan.",
        ),
        (
            "6.1-bedrooms",
            "room sharing limits",
            {"section": "6.1", "rule": "same-sex siblings under 10 may share a bedroom"},
            "6.1: same-sex siblings under 10 may share a bedroom.",
        ),
        (
            "7.4-exemptions",
            "usual limit of three",
            {"section": "7.4", "rule": "more than three children needs a usual-limit exemption"},
            "7.4: more than three children in one home needs a usual-limit exemption.",
        ),
    ],
    "fix": lambda rid: (
        (
            {"referralId": rid.lower(), "radiusMiles": 25},
            ("NOT_FOUND", "referral not found; ids are case-sensitive"),
            "Ids are case-sensitive; using the upper-case referral id.",
        ),
        (
            {"referralId": rid, "radiusMiles": 250},
            ("INVALID_ARGUMENT", "radiusMiles must be between 1 and 60"),
            "Radius was out of range; 25 miles is the usual.",
        ),
        {"referralId": rid, "radiusMiles": 25},
    ),
    "queued_note": "Match run {jid} accepted and queued.",
    "job_done": "Match run {jid} for {id} is complete: two carer households, best score 0.82.",
    "reason": [
        "Referral {id} is a sibling group of two, age band 5-10.",
        "Carer HH-1187 is approved for two children but is outside the school catchment.",
        "Carer HH-2203 is inside the catchment and approved up to three children.",
        "So HH-2203 keeps school continuity and the siblings together; I'd propose them for panel.",
    ],
}


# 3. Vault database credential rotation: raw HTTP with headers, snake_case vault_* tools
APPS = ["orders", "billing", "ledger", "search", "payments", "inventory", "auth", "reports"]


def vault_rec(rid: str) -> dict:
    r = seeded(rid)
    app = rid.split("-")[1]
    return {
        "data": {
            "db_name": f"pg-{app}",
            "username": f"svc_{app}_{rid.rsplit('-', 1)[1]}",
            "rotation_period": 86400,
            "last_vault_rotation": "2026-%02d-%02dT03:00:%02dZ"
            % (r.randint(1, 10), r.randint(1, 28), r.randint(0, 59)),
            "credential_type": "password",
        },
    }


VAULT = {
    "name": "vault_db_credential_rotation",
    "fmt": "http",
    "id": lambda rng: "svc-%s-%s" % (rng.choice(APPS), rng.choice(["rw", "ro", "migrator"])),
    "jid": lambda rng: "rot-%s" % hexid(rng, 8),
    "cursor": lambda rng: "svc-%s-%s" % (rng.choice(APPS), rng.choice(["rw", "ro"])),
    "tools": {
        "find": ("vault_list", lambda f, cur: {**f, **({"after": cur} if cur else {})}),
        "get": ("vault_read", lambda rid: {"path": f"database/static-roles/{rid}"}),
        "update": (
            "vault_write",
            lambda rid, v: {"path": f"database/static-roles/{rid}", "data": {"rotation_period": v}},
        ),
        "status": ("credrot_status", lambda jid: {"job_id": jid}),
        "start": (
            "credrot_start",
            lambda rid: {"mount": "database", "role": rid, "restart_consumers": True},
        ),
        "rules": ("vault_policy_read", lambda t: {"name": t}),
        "check": ("db_conn_test", lambda rid: {"role": rid, "sslmode": "verify-full"}),
    },
    "rec": vault_rec,
    "wrap": lambda b: b,
    "upd_ok": lambda rid, v: {
        "data": None,
        "warnings": None,
        "path": f"database/static-roles/{rid}",
    },
    "apply": lambda b, ch: {"data": {**b["data"], "rotation_period": ch["data"]}},
    "field": "data",
    "values": ["24h", "12h", "72h"],
    "req": {
        "lookup": (
            "When was the payments DB password last rotated? Audit wants the date for the PCI evidence pack.",
            "I'll read the static role config for the payments database user.",
        ),
        "update": (
            "Security wants the billing DB static role on a 12h rotation. Can you change it?",
            "I'll read the billing static role and change its rotation period.",
        ),
        "batch": (
            "Set sensible rotation periods on the static roles we onboarded this sprint.",
            "Okay, going through the newly onboarded static roles.",
        ),
        "job": (
            "Rotate the ledger service DB credential now and restart the consumers; we think it leaked in a log.",
            "Starting an immediate rotation for the ledger role.",
        ),
        "search": (
            "List the static roles for the payments databases, I need the exact names.",
            "Listing static roles under database/static-roles with the payments prefix.",
        ),
        "docs": (
            "Summarise who can read or rotate database credentials according to our Vault policies.",
            "I'll read the relevant Vault policies and summarise the database permissions.",
        ),
    },
    "say_check": "Reading database/static-roles/{id} to get last_vault_rotation.",
    "para": [
        "{id} was last rotated on the date in last_vault_rotation, with a 24h period. Let me read the role to confirm that timestamp.",
        "The static role {id} shows a 24h rotation_period; I'll re-read it to confirm last_vault_rotation for the evidence pack.",
        "For {id} the period is 86400s. Reading the role to confirm the last rotation timestamp.",
        "Rotation for {id} runs every 24h per the role. Confirming last_vault_rotation on the role itself.",
    ],
    "ab": (
        "12h",
        "24h",
        lambda rid: {
            "code": 400,
            "message": f"rotation_period 12h is below the mount minimum of 24h ({rid})",
        },
        lambda rid: {
            "code": 400,
            "message": f"policy guard: {rid} is tagged pci, rotation_period must be <= 12h",
        },
    ),
    "ab_note": [
        "The mount minimum is 24h; writing 24h.",
        "The pci guard wants 12h or less, so writing 12h.",
    ],
    "err": (500, "1 error occurred: * failed to rotate: pq: permission denied to alter role", 500),
    "retry_note": "Vault returned 500 on the rotation. Retrying the rotation.",
    "filter": {"path": "database/static-roles/", "prefix": "payments-"},
    "page": lambda ids, nxt: {"data": {"keys": ids}, "next_after": nxt},
    "empty_notes": [
        "Empty keys. Payments definitely has static roles; the onboarding ticket listed two.",
        "Still an empty key list. Maybe the role names start with svc-payments instead.",
        "Let me list with the payments- prefix, that's what the naming doc says.",
    ],
    "page_note": "Got a batch of keys; listing after the last one for the rest.",
    "page_done": "{n} static roles in that listing; names above.",
    "mono": "Role {id} rotates every 24h and its last_vault_rotation is in the read above; that's the date for the PCI evidence pack.",
    "check": lambda rid, ok: {
        "role": rid,
        "connect": "ok" if ok else "failed",
        "error": None if ok else "FATAL: password authentication failed for user",
    },
    "wait_note": "Rotation job {jid} is queued; checking in {s}s.",
    "job": jobf("job_id", {"rotated_at": "2026-11-29T09:41:07Z", "consumers_restarted": 6}),
    "cycle_note": "I'll read {id}, write the new period, then test a DB connection with the issued credential.",
    "clarify": (
        [
            "Which rotation period should {id} get, 12h or 24h?",
            "What period do you want on {id}? 12h or 24h?",
            "To double-check: which rotation_period for {id}?",
        ],
        "12h, security asked for 12h.",
    ),
    "clar2": (
        ("{id} is on 24h now. Should it go to 12h?", "Yes, 12h."),
        (
            "Should I rotate it immediately too, or wait for the next window?",
            "Wait for the window.",
        ),
        "12h",
    ),
    "say_done_update": "{id} now has rotation_period {v}; it rotates at the next window.",
    "plan": [
        "list the static roles onboarded this sprint",
        "write a rotation_period on each",
        "test a DB connection with each role's current credential",
    ],
    "plan_prog": [
        "{n} roles to do. Writing {id} first.",
        "Two written. Testing a connection for {id}.",
        "Finished: periods written and connections tested.",
    ],
    "tweak": ("limit", [100, 500, 1000, 5000], 403, "1 error occurred: * permission denied"),
    "tweak_note": "That failed; trying with {p}={v}.",
    "widen": ("prefix", ["payments-api-rw", "payments-api", "payments"]),
    "widen_pick": "With {p}={v} the list has entries; {id} looks like the one, reading it.",
    "say_confirm": "Reading {id} to confirm rotation_period is {v}.",
    "tmpl": "{id}: rotation_period {v} written. {left} left.",
    "done": "{n} roles handled; see above.",
    "doc_intro": "Let me read policy {topic} to confirm the {aspect}.",
    "docs": [
        (
            "app-payments",
            "creds path access",
            {
                "name": "app-payments",
                "rules": 'path "database/creds/payments-*" { capabilities = ["read"] }',
            },
            "app-payments can only read dynamic creds for payments roles.",
        ),
        (
            "db-rotator",
            "rotate permission",
            {
                "name": "db-rotator",
                "rules": 'path "database/rotate-role/*" { capabilities = ["update"] }',
            },
            "db-rotator is the only policy that can rotate static roles.",
        ),
        (
            "breakglass-dba",
            "root credential access",
            {
                "name": "breakglass-dba",
                "rules": 'path "database/config/*" { capabilities = ["read", "update"] }',
            },
            "breakglass-dba can change connection configs, including root.",
        ),
        (
            "ci-deployer",
            "static role writes",
            {
                "name": "ci-deployer",
                "rules": 'path "database/static-roles/*" { capabilities = ["create", "update"] }',
            },
            "ci-deployer can create and edit static roles but not read creds.",
        ),
    ],
    "fix": lambda rid: (
        (
            {"mount": "db", "role": rid, "restart_consumers": True},
            (404, "no handler for route 'db/rotate-role'. route entry not found."),
            "The secrets engine is mounted at database/, not db/.",
        ),
        (
            {"mount": "database", "role": f"static-roles/{rid}", "restart_consumers": True},
            (400, "role name must not contain '/'"),
            "The role should be the bare name, without the static-roles/ prefix.",
        ),
        {"mount": "database", "role": rid, "restart_consumers": True},
    ),
    "queued_note": "Rotation {jid} queued.",
    "job_done": "Rotation {jid} succeeded for {id}; consumers restarted.",
    "reason": [
        "{id} has rotation_period 86400, so Vault rotates it daily.",
        "last_vault_rotation is the timestamp of the last successful rotation, not a schedule.",
        "The evidence pack needs both the period and the latest rotation date.",
        "I'll give audit the period (24h) and the last_vault_rotation value from the read.",
    ],
}


# 4. cosmetic product safety reports (EU CPSR): XML-like envelope, dotted cpsr.* tools
def cos_rec(rid: str) -> dict:
    r = seeded(rid)
    return {
        "formula": {
            "id": rid,
            "product": r.choice(
                ["SPF30 day fluid", "gel cleanser", "night balm", "tinted lip oil"]
            ),
            "type": r.choice(["leave-on", "rinse-off"]),
            "mos_min": 118,
            "limiting_ingredient": "Phenoxyethanol",
            "assessor": "Dr A. Okafor",
            "safety_status": "draft",
        }
    }


COSMETICS = {
    "name": "cosmetic_product_safety_reports",
    "fmt": "xml",
    "id": lambda rng: "FRM-%04d-%s" % (rng.randint(1000, 9999), rng.choice("ABCDE")),
    "jid": lambda rng: "TOX%06d" % rng.randint(1, 999999),
    "cursor": lambda rng: hexid(rng, 16),
    "tools": {
        "find": ("cpsr.formula.search", lambda f, cur: {**f, **({"page_ref": cur} if cur else {})}),
        "get": ("cpsr.formula.get", lambda rid: {"formula_id": rid, "include": "assessment"}),
        "update": (
            "cpsr.assessment.update",
            lambda rid, v: {"formula_id": rid, "set": {"safety_status": v}},
        ),
        "status": ("cpsr.tox.job.status", lambda jid: {"job": jid}),
        "start": (
            "cpsr.tox.job.submit",
            lambda rid: {"formula_id": rid, "model": "MoS-v4", "exposure": "EU-default"},
        ),
        "rules": ("cpsr.annex.lookup", lambda t: {"ref": t}),
        "check": ("cpsr.assessment.validate", lambda rid: {"formula_id": rid}),
    },
    "rec": cos_rec,
    "wrap": lambda b: b,
    "apply": lambda b, ch: {"formula": {**b["formula"], **ch}},
    "upd_ok": lambda rid, v: {"update": {"formula_id": rid, "safety_status": v, "revision": 4}},
    "field": "safety_status",
    "values": ["in_review", "approved", "needs_data"],
    "req": {
        "lookup": (
            "Is the SPF30 day fluid's safety assessment ready? Regulatory wants to notify it on CPNP Friday.",
            "Let me open the SPF30 day fluid formula and its assessment.",
        ),
        "update": (
            "Part B on the night balm is signed. Please move its assessment status on.",
            "I'll pull the night balm formula and update its assessment status.",
        ),
        "batch": (
            "Go through the formulas Dr Okafor reviewed yesterday and set their assessment statuses.",
            "Working through the formulas from yesterday's review.",
        ),
        "job": (
            "Run the margin-of-safety calculation on the new tinted lip oil formula.",
            "Submitting a MoS calculation for the tinted lip oil.",
        ),
        "search": (
            "Which leave-on formulas still have phenoxyethanol above 0.8%? I need the list.",
            "Searching leave-on formulas with phenoxyethanol over 0.8%.",
        ),
        "docs": (
            "Summarise what the annexes say about the preservatives in our cleanser range.",
            "I'll look up the annex entries for those preservatives and summarise them.",
        ),
    },
    "say_check": "Opening formula {id} with its assessment to read the safety status.",
    "para": [
        "Formula {id} has a draft assessment with MoS 118 on phenoxyethanol, so it isn't ready to notify. Let me confirm on the formula.",
        "The assessment for {id} is still draft (lowest MoS 118, phenoxyethanol). I'll confirm that on the record.",
        "{id}: draft assessment, MoS 118 limited by phenoxyethanol; not notifiable yet. Confirming on the formula record.",
        "Safety status of {id} reads draft and the limiting ingredient is phenoxyethanol at MoS 118; checking the formula to be sure.",
    ],
    "ab": (
        "approved",
        "in_review",
        lambda rid: {"reject": {"formula_id": rid, "reason": "approved requires signed Part B"}},
        lambda rid: {
            "reject": {
                "formula_id": rid,
                "reason": "in_review requires open reviewer task; none assigned",
            }
        },
    ),
    "ab_note": [
        "approved needs a signed Part B; setting in_review.",
        "in_review needs an open reviewer task, so trying approved.",
    ],
    "err": ("TOX_DB_LOCKED", "toxicology reference DB locked for nightly import", 503),
    "retry_note": "The tox DB is locked. Retrying the submission.",
    "filter": {"type": "leave-on", "inci": "PHENOXYETHANOL", "min_pct": 0.8},
    "page": lambda ids, nxt: {
        "results": [{"formula_id": i, "product": cos_rec(i)["formula"]["product"]} for i in ids],
        "page_ref": nxt,
    },
    "empty_notes": [
        "No matches. The lip oil has phenoxyethanol at 0.9%, so it should show up.",
        "Empty result. Maybe the INCI index hasn't picked up last week's reformulations.",
        "I'll query with the INCI name as it appears on the label.",
    ],
    "page_note": "Matches on this page; requesting the next page reference.",
    "page_done": "{n} leave-on formulas over 0.8% phenoxyethanol; listed above.",
    "mono": "Formula {id} has a draft assessment with lowest MoS 118 on phenoxyethanol; it can be notified once Part B is signed.",
    "check": lambda rid, ok: {
        "validation": {
            "formula_id": rid,
            "passed": str(ok).lower(),
            "issues": [] if ok else ["Part B conclusion missing assessor signature"],
        }
    },
    "wait_note": "MoS job {jid} is queued; checking in {s}s.",
    "job": jobf("job", {"mos_min": 143, "limiting": "Tocopherol"}),
    "cycle_note": "I'll read {id}, set its status, and validate the assessment.",
    "clarify": (
        [
            "Which status should {id} move to: in_review or approved?",
            "For {id}, do you want approved or in_review?",
            "Can you confirm the target safety status for {id}?",
        ],
        "Approved.",
    ),
    "clar2": (
        ("{id} is draft. Should it go to in_review or straight to approved?", "in_review for now."),
        ("Should I assign the review task to Dr Okafor?", "Yes, assign her."),
        "in_review",
    ),
    "say_done_update": "{id} is now {v} and the review task sits with Dr Okafor.",
    "plan": [
        "find the formulas reviewed yesterday",
        "set each assessment status",
        "run validation on each assessment",
    ],
    "plan_prog": [
        "{n} formulas from yesterday. Updating {id} first.",
        "Two updated. Validating {id}.",
        "All set: statuses updated and validated.",
    ],
    "tweak": (
        "max_results",
        [50, 100, 200, 500],
        "ACCESS",
        "user lacks role cpsr.reader for confidential INCI data",
    ),
    "tweak_note": "That errored; trying {p}={v}.",
    "widen": ("min_pct", [1.0, 0.9, 0.8]),
    "widen_pick": "At {p}={v} there are formulas; {id} is leave-on, opening it.",
    "say_confirm": "Checking {id} reads safety_status {v}.",
    "tmpl": "{id} set to {v}. {left} left.",
    "done": "{n} formulas done; details above.",
    "doc_intro": "Let me look up {topic} to confirm the {aspect}.",
    "docs": [
        (
            "V/29",
            "phenoxyethanol limit",
            {"entry": {"annex": "V", "ref": 29, "substance": "Phenoxyethanol", "max": "1.0%"}},
            "Phenoxyethanol is allowed up to 1.0%.",
        ),
        (
            "V/1",
            "benzoic acid limits",
            {
                "entry": {
                    "annex": "V",
                    "ref": 1,
                    "substance": "Benzoic acid",
                    "max": "2.5% rinse-off, 0.5% leave-on",
                }
            },
            "Benzoic acid is 2.5% in rinse-off but 0.5% in leave-on.",
        ),
        (
            "III/45",
            "benzyl alcohol labelling",
            {
                "entry": {
                    "annex": "III",
                    "ref": 45,
                    "substance": "Benzyl alcohol",
                    "label": "above 0.01% rinse-off",
                }
            },
            "Benzyl alcohol must be labelled above 0.01% in rinse-off.",
        ),
        (
            "V/57",
            "MIT status",
            {
                "entry": {
                    "annex": "V",
                    "ref": 57,
                    "substance": "Methylisothiazolinone",
                    "max": "0.0015% rinse-off only",
                }
            },
            "MIT is limited to 0.0015% and only in rinse-off.",
        ),
    ],
    "fix": lambda rid: (
        (
            {"formula_id": rid, "model": "MoS-4", "exposure": "EU-default"},
            ("BAD_MODEL", "unknown model MoS-4; available: MoS-v3, MoS-v4"),
            "Model id is MoS-v4.",
        ),
        (
            {"formula_id": rid, "model": "MoS-v4", "exposure": "lip"},
            ("BAD_EXPOSURE", "exposure profile 'lip' unknown; use 'EU-lip-product'"),
            "Exposure profile should be EU-lip-product for a lip oil.",
        ),
        {"formula_id": rid, "model": "MoS-v4", "exposure": "EU-lip-product"},
    ),
    "queued_note": "MoS job {jid} accepted.",
    "job_done": "MoS job {jid} is done for {id}: lowest MoS 143, limited by tocopherol, above 100.",
    "reason": [
        "{id} is leave-on with phenoxyethanol at 0.9%, under the 1.0% Annex V limit.",
        "Its lowest MoS is 118, which is above the 100 threshold.",
        "The assessment is still draft because Part B lacks the assessor's signature.",
        "So it's safe on the numbers but not notifiable until Dr Okafor signs Part B.",
    ],
}


# 5. crypto exchange withdrawal holds: GraphQL-ish, gql_query / gql_mutation with operations
def q(op: str):
    return lambda **v: {"operation": op, "variables": v}


def cx_rec(rid: str) -> dict:
    r = seeded(rid)
    return {
        "id": rid,
        "asset": r.choice(["USDC", "ETH", "BTC", "SOL"]),
        "amount": "%d.%02d" % (r.randint(2000, 90000), r.randint(0, 99)),
        "network": r.choice(["ethereum", "solana", "bitcoin", "arbitrum"]),
        "holdReason": "TRAVEL_RULE_PENDING",
        "disposition": "HOLD",
        "destinationVasp": None,
        "customerTier": r.choice(["retail", "pro"]),
    }


CRYPTO = {
    "name": "crypto_exchange_withdrawal_holds",
    "fmt": "gql",
    "id": lambda rng: "wd_%s" % hexid(rng, 10),
    "jid": lambda rng: "trc_%s" % hexid(rng, 8),
    "cursor": lambda rng: "Y3Vyc29yOj" + hexid(rng, 6),
    "tools": {
        "find": (
            "gql_query",
            lambda f, cur: q("WithdrawalHolds")(
                filter=f, first=25, **({"after": cur} if cur else {})
            ),
        ),
        "get": ("gql_query", lambda rid: q("Withdrawal")(id=rid)),
        "update": ("gql_mutation", lambda rid, v: q("SetHoldDisposition")(id=rid, disposition=v)),
        "status": ("gql_query", lambda jid: q("TravelRuleCheck")(checkId=jid)),
        "start": (
            "gql_mutation",
            lambda rid: q("StartTravelRuleCheck")(withdrawalId=rid, vasp="auto"),
        ),
        "rules": ("gql_query", lambda t: q("PolicyDoc")(slug=t)),
        "check": ("gql_query", lambda rid: q("ScreeningResult")(withdrawalId=rid)),
    },
    "rec": cx_rec,
    "wrap": lambda b: {"withdrawal": b},
    "upd_ok": lambda rid, v: {"setHoldDisposition": {"id": rid, "disposition": v, "ok": True}},
    "field": "disposition",
    "values": ["ESCALATED", "RELEASED", "HOLD_EXTENDED"],
    "req": {
        "lookup": (
            "Customer says their USDC withdrawal has been on hold since yesterday. What's blocking it?",
            "I'll look up the customer's held USDC withdrawal.",
        ),
        "update": (
            "Compliance cleared the big ETH withdrawal for the pro customer. Release it.",
            "Pulling up the ETH withdrawal to set the hold disposition.",
        ),
        "batch": (
            "Clear the overnight travel-rule holds that now have beneficiary data.",
            "Going through last night's travel-rule holds.",
        ),
        "job": (
            "Kick off the travel rule check for the held SOL withdrawal and tell me the outcome.",
            "Starting a travel rule check on the SOL withdrawal.",
        ),
        "search": (
            "Show me BTC withdrawals over 1 BTC held for travel rule in the last day.",
            "Querying held BTC withdrawals with the travel rule reason.",
        ),
        "docs": (
            "Summarise our policy on when a withdrawal hold can be released without the travel rule data.",
            "I'll read the relevant policy docs and summarise the release conditions.",
        ),
    },
    "say_check": "Querying Withdrawal {id} for holdReason and disposition.",
    "para": [
        "{id} is held with TRAVEL_RULE_PENDING; we haven't got the beneficiary VASP yet. Let me confirm on the withdrawal.",
        "Withdrawal {id} is waiting on travel rule data, the destination VASP is null. I'll confirm via the Withdrawal query.",
        "The hold on {id} is TRAVEL_RULE_PENDING with no destinationVasp. Confirming that before I reply to the customer.",
        "For {id}: travel rule hold, beneficiary VASP unknown. Re-querying the withdrawal to be certain.",
    ],
    "ab": (
        "RELEASED",
        "HOLD_EXTENDED",
        lambda rid: {
            "code": "PRECONDITION_FAILED",
            "message": f"{rid}: release blocked, travelRule.status=PENDING",
        },
        lambda rid: {"code": "PRECONDITION_FAILED", "message": f"{rid}: extension requires caseId"},
    ),
    "ab_note": [
        "Release is blocked by the pending travel rule; extending the hold instead.",
        "Extending needs a case id. Compliance cleared it, so releasing.",
    ],
    "err": ("VASP_DIRECTORY_UNAVAILABLE", "upstream VASP directory returned 502", 502),
    "retry_note": "The VASP directory is failing. Retrying the check.",
    "filter": {
        "asset": "BTC",
        "minAmount": "1.0",
        "holdReason": "TRAVEL_RULE_PENDING",
        "since": "P1D",
    },
    "page": lambda ids, nxt: {
        "withdrawalHolds": {
            "edges": [{"node": {"id": i, "amount": cx_rec(i)["amount"]}} for i in ids],
            "pageInfo": {"hasNextPage": nxt is not None, "endCursor": nxt},
        }
    },
    "empty_notes": [
        "No edges. Ops said at least two large BTC withdrawals were held overnight.",
        "Still no edges. Perhaps minAmount is compared in satoshis.",
        "Let me query with the same filter; it's what the ops dashboard uses.",
    ],
    "page_note": "Some edges here and hasNextPage is true; requesting after endCursor.",
    "page_done": "{n} held BTC withdrawals over 1 BTC in the last day; ids above.",
    "mono": "Withdrawal {id} is on a travel rule hold because the beneficiary VASP isn't known yet; once the customer names the receiving exchange it can be released.",
    "check": lambda rid, ok: {
        "screeningResult": {
            "withdrawalId": rid,
            "sanctionsHit": False,
            "travelRule": "COMPLETE" if ok else "PENDING",
        }
    },
    "wait_note": "Check {jid} is queued; I'll query it in {s}s.",
    "job": jobf("checkId", {"beneficiaryVasp": "Bitstamp", "outcome": "MATCHED"}),
    "cycle_note": "I'll read {id}, set the disposition, then look at the screening result.",
    "clarify": (
        [
            "Should {id} be RELEASED, or should the hold be extended?",
            "For {id}, release or extend?",
            "Just confirming: release {id}, or keep holding?",
        ],
        "Release it, compliance cleared it.",
    ),
    "clar2": (
        ("{id} is on HOLD. Do you want it RELEASED or ESCALATED to compliance?", "Escalate."),
        ("Should I notify the customer that it's under review?", "Yes, use the standard template."),
        "ESCALATED",
    ),
    "say_done_update": "{id} is now {v} and the customer has the standard notice.",
    "plan": [
        "query the overnight travel-rule holds",
        "set a disposition on each one with beneficiary data",
        "check each one's screening result",
    ],
    "plan_prog": [
        "{n} holds overnight. Setting {id} first.",
        "Two set. Checking screening for {id}.",
        "Done: holds dispositioned and screening checked.",
    ],
    "tweak": ("first", [25, 50, 100, 250], "FORBIDDEN", "missing permission withdrawals:read:pii"),
    "tweak_note": "That errored; trying {p}={v}.",
    "widen": ("since", ["PT6H", "PT12H", "P1D"]),
    "widen_pick": "With {p}={v} there are holds; {id} is the largest, opening it.",
    "say_confirm": "Querying {id} to confirm disposition is {v}.",
    "tmpl": "{id} -> {v}. {left} to go.",
    "done": "{n} withdrawals handled; details above.",
    "doc_intro": "Let me query policy {topic} to confirm the {aspect}.",
    "docs": [
        (
            "travel-rule-threshold",
            "threshold",
            {
                "policyDoc": {
                    "slug": "travel-rule-threshold",
                    "body": "applies at or above EUR 1,000 equivalent",
                }
            },
            "The travel rule applies at EUR 1,000 and above.",
        ),
        (
            "self-hosted-wallets",
            "self-hosted rule",
            {
                "policyDoc": {
                    "slug": "self-hosted-wallets",
                    "body": "ownership proof required above EUR 1,000",
                }
            },
            "Self-hosted wallets need ownership proof above EUR 1,000.",
        ),
        (
            "sunrise-issue",
            "sunrise exception",
            {
                "policyDoc": {
                    "slug": "sunrise-issue",
                    "body": "release allowed if VASP not yet compliant, log risk",
                }
            },
            "Non-compliant VASPs can be released with a logged risk decision.",
        ),
        (
            "hold-sla",
            "hold SLA",
            {"policyDoc": {"slug": "hold-sla", "body": "holds over 72h escalate to MLRO"}},
            "Holds older than 72h go to the MLRO.",
        ),
    ],
    "fix": lambda rid: (
        (
            q("StartTravelRuleCheck")(withdrawalId=rid.upper(), vasp="auto"),
            ("NOT_FOUND", "withdrawal not found"),
            "Withdrawal ids are lower-case.",
        ),
        (
            q("StartTravelRuleCheck")(withdrawalId=rid, vasp="AUTO"),
            ("BAD_USER_INPUT", "Variable vasp: expected one of auto, manual"),
            "vasp is an enum: auto.",
        ),
        q("StartTravelRuleCheck")(withdrawalId=rid, vasp="auto"),
    ),
    "queued_note": "Check {jid} accepted.",
    "job_done": "Check {jid} matched the beneficiary at Bitstamp, so {id} can be released.",
    "reason": [
        "{id} is above the EUR 1,000 travel rule threshold.",
        "destinationVasp is null, so we don't know where it's going.",
        "If the address is self-hosted, the customer has to prove ownership instead.",
        "So the customer should either name the receiving exchange or sign an ownership message.",
    ],
}


# 6. sleep lab polysomnography scheduling: CSV exports, kebab-case psg-* tools
def psg_rec(rid: str) -> dict:
    r = seeded(rid)
    return {
        "order": rid,
        "patient": "MRN%07d" % r.randint(100000, 9999999),
        "site": r.choice(["Westbrook", "Hollins", "Mercy North"]),
        "study_type": "split-night",
        "payer": r.choice(["Aetna", "BCBS", "Medicare"]),
        "auth": "PA-%06d" % r.randint(1, 999999),
        "status": "unscheduled",
    }


SLEEP = {
    "name": "sleep_lab_polysomnography_scheduling",
    "fmt": "csv",
    "id": lambda rng: "PSG-ORD-%05d" % rng.randint(10000, 99999),
    "jid": lambda rng: "SCR-%05d" % rng.randint(1, 99999),
    "cursor": lambda rng: str(rng.randint(100, 999)),
    "tools": {
        "find": ("psg-orders", lambda f, cur: {**f, **({"offset": cur} if cur else {})}),
        "get": ("psg-order", lambda rid: {"order": rid}),
        "update": (
            "psg-order-set",
            lambda rid, v: {"order": rid, "field": "study_type", "value": v},
        ),
        "status": ("psg-scoring-status", lambda jid: {"job": jid}),
        "start": (
            "psg-scoring-queue",
            lambda rid: {"order": rid, "scorer": "auto", "rules": "AASM-3"},
        ),
        "rules": ("psg-protocol", lambda t: {"doc": t}),
        "check": ("psg-auth-check", lambda rid: {"order": rid}),
    },
    "rec": psg_rec,
    "wrap": lambda b: b,
    "upd_ok": lambda rid, v: {"order": rid, "study_type": v, "saved": "yes"},
    "field": "study_type",
    "values": ["diagnostic", "split-night", "titration"],
    "req": {
        "lookup": (
            "Has the Westbrook patient Dr Reyes referred last week been booked for their sleep study yet?",
            "Let me find Dr Reyes's referral from last week at Westbrook.",
        ),
        "update": (
            "Dr Reyes wants the Hollins order switched to a full diagnostic study. Can you change it?",
            "I'll open the Hollins order and change the study type.",
        ),
        "batch": (
            "Set the study types on the new orders from this morning's referral fax batch.",
            "Working through this morning's new orders.",
        ),
        "job": (
            "Send last night's study from Mercy North for auto-scoring and tell me the AHI.",
            "Queueing last night's Mercy North study for auto-scoring.",
        ),
        "search": (
            "Which split-night orders at Westbrook are still unscheduled?",
            "Listing unscheduled split-night orders at Westbrook.",
        ),
        "docs": (
            "Summarise our protocol docs on when a study can be converted to split-night.",
            "I'll pull the protocol docs on split-night conversion and summarise them.",
        ),
    },
    "say_check": "Pulling order {id} to see whether a slot is booked.",
    "para": [
        "Order {id} is unscheduled; no slot assigned yet. Let me confirm on the order.",
        "It looks like {id} hasn't been booked, status unscheduled. Checking the order record to be sure.",
        "{id} shows no booked night so far. I'll confirm the status on the order.",
        "The referral {id} still reads unscheduled with no slot; confirming on the order before I answer.",
    ],
    "ab": (
        "diagnostic",
        "split-night",
        lambda rid: {
            "code": "AUTH_MISMATCH",
            "message": f"{rid} payer auth covers split-night only",
        },
        lambda rid: {
            "code": "CRITERIA",
            "message": f"{rid} split-night needs prior HST AHI >= 40; none on file",
        },
    ),
    "ab_note": [
        "The payer auth only covers split-night; setting split-night.",
        "Split-night needs a prior HST result; trying diagnostic.",
    ],
    "err": ("EDF_UPLOAD_INCOMPLETE", "EDF file truncated at 05:12; channel SpO2 missing", 422),
    "retry_note": "The EDF upload looks incomplete. Retrying the scoring request.",
    "filter": {"site": "Westbrook", "study_type": "split-night", "status": "unscheduled"},
    "page": lambda ids, nxt: {
        "rows": [{"order": i, "payer": psg_rec(i)["payer"], "status": "unscheduled"} for i in ids],
        "next_offset": nxt,
    },
    "empty_notes": [
        "0 rows. The front desk said three split-night orders came in for Westbrook.",
        "Nothing returned. Maybe the site code is different in the export.",
        "I'll run the listing with the filter as the front desk uses it.",
    ],
    "page_note": "Rows on this page; fetching from the next offset.",
    "page_done": "{n} unscheduled split-night orders at Westbrook; listed above.",
    "mono": "Order {id} is still unscheduled, so no night is booked yet; the patient will need a call to pick a date.",
    "check": lambda rid, ok: {
        "order": rid,
        "auth_valid": "yes" if ok else "no",
        "note": "" if ok else "auth expired 2026-11-20",
    },
    "wait_note": "Scoring job {jid} is queued; checking in {s}s.",
    "job": jobf("job", {"ahi": 31.4, "odi": 27.9, "severity": "moderate"}),
    "cycle_note": "I'll read {id}, set the study type, then rerun the auth check.",
    "clarify": (
        [
            "Which study type should {id} have: diagnostic, split-night or titration?",
            "For {id}, what study type should I set?",
            "Can you confirm the study type for {id}?",
        ],
        "Diagnostic.",
    ),
    "clar2": (
        ("{id} is split-night. Should it become diagnostic?", "Yes."),
        (
            "Should I keep the current payer auth or flag it for a new one?",
            "Flag it for a new auth.",
        ),
        "diagnostic",
    ),
    "say_done_update": "{id} is now {v}; flagged for a new payer auth.",
    "plan": [
        "list this morning's new orders",
        "set each order's study type from the referral",
        "run the payer auth check on each",
    ],
    "plan_prog": [
        "{n} new orders. Setting {id} first.",
        "Two set. Auth check on {id}.",
        "All done: study types set and auth checked.",
    ],
    "tweak": (
        "limit",
        [50, 200, 500, 1000],
        "DENIED",
        "export of PHI columns requires role sched-admin",
    ),
    "tweak_note": "That failed; trying {p}={v}.",
    "widen": ("days_back", [2, 7, 14]),
    "widen_pick": "With {p}={v} there are orders; {id} is from Dr Reyes, opening it.",
    "say_confirm": "Checking {id} now has study_type {v}.",
    "tmpl": "{id} set to {v}; {left} remaining.",
    "done": "{n} orders done; see above.",
    "doc_intro": "Let me pull {topic} to confirm the {aspect}.",
    "docs": [
        (
            "SN-CRITERIA",
            "AHI threshold",
            {"doc": "SN-CRITERIA", "rule": "convert if AHI >= 40 in first 2h of sleep"},
            "Convert when AHI is 40 or more in the first two hours.",
        ),
        (
            "SN-TIMING",
            "minimum titration time",
            {"doc": "SN-TIMING", "rule": "at least 3h left for titration"},
            "At least three hours must remain for titration.",
        ),
        (
            "SN-PAYER",
            "payer rules",
            {"doc": "SN-PAYER", "rule": "Medicare accepts split-night without separate auth"},
            "Medicare doesn't need a separate auth for split-night.",
        ),
        (
            "SN-PEDS",
            "paediatric exception",
            {"doc": "SN-PEDS", "rule": "no split-night under 18"},
            "No split-night studies for patients under 18.",
        ),
    ],
    "fix": lambda rid: (
        (
            {"order": rid, "scorer": "auto", "rules": "AASM3"},
            ("BAD_RULESET", "unknown ruleset AASM3; valid AASM-2.6, AASM-3"),
            "The ruleset id needs the hyphen: AASM-3.",
        ),
        (
            {"order": rid, "scorer": "automatic", "rules": "AASM-3"},
            ("BAD_SCORER", "scorer must be auto or tech"),
            "scorer takes auto.",
        ),
        {"order": rid, "scorer": "auto", "rules": "AASM-3"},
    ),
    "queued_note": "Scoring job {jid} queued.",
    "job_done": "Scoring {jid} for {id} finished: AHI 31.4, moderate OSA.",
    "reason": [
        "Order {id} is for Dr Reyes's patient at Westbrook, study type split-night.",
        "The payer auth on it is valid until next month.",
        "Status is unscheduled; there's no slot id on the order.",
        "So it hasn't been booked; the next open Westbrook night is Thursday, which I can offer.",
    ],
}


# 7. sign fabrication work orders: YAML-ish envelope, PascalCase SignShop.* tools
def sign_rec(rid: str) -> dict:
    r = seeded(rid)
    return {
        "job": {
            "id": rid,
            "customer": r.choice(["Harbour Dental", "Kiln Coffee", "Northgate Motors", "Vela Gym"]),
            "sign": r.choice(
                ["illuminated channel letters", "aluminium tray sign", "projecting blade"]
            ),
            "material": "ACM 3mm",
            "stage": "artwork_approved",
            "permit": "pending",
            "install_date": None,
        }
    }


SIGNS = {
    "name": "sign_fabrication_workorders",
    "fmt": "yaml",
    "id": lambda rng: "WO-%05d" % rng.randint(10000, 99999),
    "jid": lambda rng: "CNC-R%d-%04d" % (rng.randint(1, 3), rng.randint(1, 9999)),
    "cursor": lambda rng: "p" + hexid(rng, 6),
    "tools": {
        "find": (
            "SignShop.FindJobs",
            lambda f, cur: {**f, **({"Continuation": cur} if cur else {})},
        ),
        "get": ("SignShop.GetJob", lambda rid: {"JobId": rid}),
        "update": ("SignShop.UpdateJob", lambda rid, v: {"JobId": rid, "Material": v}),
        "status": ("SignShop.CncJobStatus", lambda jid: {"CncJob": jid}),
        "start": (
            "SignShop.QueueCncJob",
            lambda rid: {"JobId": rid, "Router": "R2", "Nest": "auto"},
        ),
        "rules": ("SignShop.GetPermitRules", lambda t: {"Council": t}),
        "check": ("SignShop.CheckJob", lambda rid: {"JobId": rid}),
    },
    "rec": sign_rec,
    "wrap": lambda b: b,
    "apply": lambda b, ch: {"job": {**b["job"], **ch}},
    "upd_ok": lambda rid, v: {"updated": {"id": rid, "material": v, "rev": 3}},
    "field": "material",
    "values": ["ACM 4mm", "ACM 3mm", "Dibond 3mm"],
    "req": {
        "lookup": (
            "Has the Kiln Coffee blade sign got its permit yet? They're asking for an install date.",
            "Let me look up the Kiln Coffee work order.",
        ),
        "update": (
            "Northgate Motors' tray sign needs to go to 4mm ACM, it's over 2m wide. Please change the job.",
            "I'll open the Northgate Motors job and change the material.",
        ),
        "batch": (
            "Set materials on this week's approved-artwork jobs from the spec sheet.",
            "Working through this week's approved-artwork jobs.",
        ),
        "job": (
            "Queue the Harbour Dental letters on the router and let me know when they're cut.",
            "Queueing the Harbour Dental job on router R2.",
        ),
        "search": (
            "Find the illuminated jobs still waiting on a permit from Eastham council.",
            "Searching jobs with permit pending for Eastham.",
        ),
        "docs": (
            "Summarise the permit rules for projecting signs in the councils we work with.",
            "I'll pull each council's projecting sign rules and summarise them.",
        ),
    },
    "say_check": "Getting job {id} to read the permit field.",
    "para": [
        "Job {id} still has permit pending, so I can't give an install date. Let me confirm on the job.",
        "{id}'s permit hasn't come through yet; install date is blank. Checking the job.",
        "Permit for {id} reads pending and there's no install date. Confirming on the work order.",
        "The work order {id} is waiting on its permit; no install booked. I'll confirm that from the job record.",
    ],
    "ab": (
        "ACM 4mm",
        "ACM 3mm",
        lambda rid: {
            "code": "STOCK",
            "message": f"{rid}: ACM 4mm out of stock until 12 Dec; install date conflicts",
        },
        lambda rid: {
            "code": "SPEC",
            "message": f"{rid}: panel width 2400mm exceeds 3mm ACM max span 2000mm",
        },
    ),
    "ab_note": [
        "4mm is out of stock; going back to 3mm.",
        "3mm fails the span check; setting 4mm.",
    ],
    "err": ("ROUTER_OFFLINE", "router R2 reports spindle fault E-17; queue paused", 503),
    "retry_note": "R2 reports a spindle fault. Retrying the queue request.",
    "filter": {"Council": "Eastham", "Permit": "pending", "Illuminated": True},
    "page": lambda ids, nxt: {
        "jobs": [{"id": i, "customer": sign_rec(i)["job"]["customer"]} for i in ids],
        "continuation": nxt,
    },
    "empty_notes": [
        "No jobs. Eastham has two illuminated signs in the permit tracker.",
        "Still empty. Maybe the permit field says submitted rather than pending.",
        "I'll search with the same filters as the permit tracker view.",
    ],
    "page_note": "Jobs on this page; fetching the continuation.",
    "page_done": "{n} illuminated Eastham jobs waiting on permits; listed above.",
    "mono": "Job {id} is waiting on its permit, so there's no install date yet; I'll tell the customer we'll book once it's granted.",
    "check": lambda rid, ok: {
        "check": {
            "id": rid,
            "pass": ok,
            "problems": [] if ok else ["permit pending: cannot release to install"],
        }
    },
    "wait_note": "CNC job {jid} is queued; checking in {s}s.",
    "job": jobf("cnc_job", {"sheets_used": 3, "offcut_pct": 14}, {"router": "R2"}),
    "cycle_note": "I'll read {id}, set the material and run the job check.",
    "clarify": (
        [
            "Which material should {id} use: ACM 3mm or 4mm?",
            "For {id}, 3mm or 4mm ACM?",
            "Could you confirm the material for {id}?",
        ],
        "4mm ACM.",
    ),
    "clar2": (
        ("{id} is ACM 3mm at 2.4m wide. Move it to 4mm or Dibond 3mm?", "Dibond 3mm."),
        ("Keep the same install week?", "Yes."),
        "Dibond 3mm",
    ),
    "say_done_update": "{id} is now {v}, install week unchanged.",
    "plan": [
        "find this week's approved-artwork jobs",
        "set each job's material from the spec sheet",
        "run the job check on each",
    ],
    "plan_prog": [
        "{n} jobs. Updating {id} first.",
        "Two updated. Checking {id}.",
        "Done: materials set and jobs checked.",
    ],
    "tweak": (
        "PageSize",
        [25, 50, 100, 500],
        "UNAUTHORISED",
        "API key scope 'jobs:read' missing 'permits:read'",
    ),
    "tweak_note": "That errored; trying {p}={v}.",
    "widen": ("DueWithinDays", [7, 14, 30]),
    "widen_pick": "With {p}={v} there are jobs; {id} is due first, opening it.",
    "say_confirm": "Checking {id} shows material {v}.",
    "tmpl": "{id}: material {v}. {left} left.",
    "done": "{n} jobs done; details above.",
    "doc_intro": "Let me get {topic}'s rules to confirm the {aspect}.",
    "docs": [
        (
            "Eastham",
            "projection limit",
            {"rules": {"council": "Eastham", "max_projection_m": 1.0, "min_clearance_m": 2.6}},
            "Eastham: at most 1.0 m projection and 2.6 m clearance.",
        ),
        (
            "Westmoor",
            "illumination limit",
            {
                "rules": {
                    "council": "Westmoor",
                    "max_luminance_cdm2": 600,
                    "conservation_area": "consent",
                }
            },
            "Westmoor caps luminance at 600 cd/m2 and needs consent in conservation areas.",
        ),
        (
            "Riverside",
            "deemed consent",
            {"rules": {"council": "Riverside", "deemed_consent": "non-illuminated under 0.3 m2"}},
            "Riverside gives deemed consent only to small non-illuminated signs.",
        ),
        (
            "Kingsbury",
            "clearance",
            {"rules": {"council": "Kingsbury", "min_clearance_m": 2.4, "fee_gbp": 132}},
            "Kingsbury needs 2.4 m clearance and charges 132 GBP.",
        ),
    ],
    "fix": lambda rid: (
        (
            {"JobId": rid, "Router": "R4", "Nest": "auto"},
            ("NO_ROUTER", "router R4 not configured; available R1, R2, R3"),
            "There's no R4; R2 has the 3050 bed.",
        ),
        (
            {"JobId": rid, "Router": "R2", "Nest": "tight"},
            ("BAD_NEST", "Nest must be auto or manual"),
            "Nest takes auto.",
        ),
        {"JobId": rid, "Router": "R2", "Nest": "auto"},
    ),
    "queued_note": "CNC job {jid} queued on R2.",
    "job_done": "{jid} is cut for {id}; 3 sheets used, moving to assembly.",
    "reason": [
        "Job {id} is a projecting blade sign for Kiln Coffee.",
        "The permit was submitted to Eastham on the 3rd; their target is 8 weeks.",
        "Eastham caps projection at 1.0 m and our drawing is 0.9 m, so it should pass.",
        "So install can't be booked yet, but early January is realistic if it's granted on time.",
    ],
}


# 8. allotment plot waiting list: pipe-delimited legacy council system, UPPER_SNAKE tools
def allot_rec(rid: str) -> dict:
    r = seeded(rid)
    return {
        "applicant": rid,
        "site": r.choice(["Northfield Rd", "Canal Side", "Beech Lane"]),
        "position": r.randint(3, 140),
        "joined": "20%02d-%02d-%02d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28)),
        "offer_status": "OFFERED",
        "plot": "%s-%02d%s" % (r.choice(["NRD", "CSD", "BCH"]), r.randint(1, 40), r.choice("AB")),
        "plot_size": "half",
    }


ALLOTMENTS = {
    "name": "allotment_plot_waiting_list",
    "fmt": "pipe",
    "id": lambda rng: "APP%07d" % rng.randint(1, 9999999),
    "jid": lambda rng: "BR%06d" % rng.randint(1, 999999),
    "cursor": lambda rng: str(rng.randint(2, 9)),
    "tools": {
        "find": ("ALLOT_WAITLIST_QUERY", lambda f, cur: {**f, **({"PAGE": cur} if cur else {})}),
        "get": ("ALLOT_APPLICANT_GET", lambda rid: {"APPLICANT_ID": rid}),
        "update": ("ALLOT_OFFER_UPDATE", lambda rid, v: {"APPLICANT_ID": rid, "OFFER_STATUS": v}),
        "status": ("ALLOT_BATCH_STATUS", lambda jid: {"BATCH_REF": jid}),
        "start": (
            "ALLOT_BATCH_RUN",
            lambda rid: {"APPLICANT_ID": rid, "JOB": "OFFER_LETTER", "CHANNEL": "EMAIL"},
        ),
        "rules": ("ALLOT_RULES_GET", lambda t: {"CLAUSE": t}),
        "check": ("ALLOT_OFFER_CHECK", lambda rid: {"APPLICANT_ID": rid}),
    },
    "rec": allot_rec,
    "wrap": lambda b: b,
    "upd_ok": lambda rid, v: {"applicant": rid, "offer_status": v, "rows_updated": 1},
    "field": "offer_status",
    "values": ["ACCEPTED", "DECLINED", "LAPSED"],
    "req": {
        "lookup": (
            "A resident on the Northfield Rd list wants to know if their plot offer is still open.",
            "I'll look up the applicant on the Northfield Rd waiting list.",
        ),
        "update": (
            "The Canal Side applicant phoned to accept the half plot. Please record it.",
            "I'll open the Canal Side applicant and record the acceptance.",
        ),
        "batch": (
            "Record the replies to last month's plot offers; the replies are in the shared inbox.",
            "Working through last month's offer replies.",
        ),
        "job": (
            "Send the offer letter to the next Beech Lane applicant by email.",
            "Running the offer letter job for the next Beech Lane applicant.",
        ),
        "search": (
            "Who on the Beech Lane list is waiting for a half plot?",
            "Querying the Beech Lane waiting list for half-plot applicants.",
        ),
        "docs": (
            "Summarise the tenancy rules a new plot holder needs to know about.",
            "I'll pull the relevant tenancy clauses and summarise them.",
        ),
    },
    "say_check": "Fetching applicant {id} to read the offer status.",
    "para": [
        "Applicant {id} has an open offer for their plot; it hasn't lapsed. Let me confirm on the record.",
        "{id}'s offer is still marked OFFERED, not lapsed. Checking the applicant record.",
        "The offer for {id} reads OFFERED and remains open. Confirming before I reply.",
        "Looks like {id} still holds an open plot offer. I'll confirm on the waiting list entry.",
    ],
    "ab": (
        "ACCEPTED",
        "OFFERED",
        lambda rid: {"reason": f"ACCEPTED requires TENANCY_SIGNED=Y for {rid}"},
        lambda rid: {
            "reason": f"OFFERED invalid: offer window for {rid} expired, use LAPSED or ACCEPTED"
        },
    ),
    "ab_note": [
        "ACCEPTED needs the tenancy signed; setting OFFERED to keep it open.",
        "OFFERED is not allowed past the window; setting ACCEPTED.",
    ],
    "err": ("MAIL_RELAY", "SMTP relay mail02 refused connection (421)", 503),
    "retry_note": "Mail relay refused the connection. Retrying the offer letter job.",
    "filter": {"SITE": "Beech Lane", "PLOT_SIZE": "half", "STATUS": "WAITING"},
    "page": lambda ids, nxt: {
        "rows": len(ids),
        "results": [{"applicant": i, "position": allot_rec(i)["position"]} for i in ids],
        "next_page": nxt,
    },
    "empty_notes": [
        "No rows. Beech Lane has a long list for half plots, so that's surprising.",
        "Zero rows. Perhaps the size code is HALF in upper case.",
        "I'll query with the site and size as they appear on the offer letters.",
    ],
    "page_note": "Rows on page one; getting the next page.",
    "page_done": "{n} half-plot applicants waiting at Beech Lane; listed above.",
    "mono": "Applicant {id} still has an open offer for their plot; they can accept by phone or email before the window closes.",
    "check": lambda rid, ok: {
        "applicant": rid,
        "check": "PASS" if ok else "FAIL",
        "detail": "" if ok else "tenancy agreement not returned",
    },
    "wait_note": "Batch {jid} is queued; checking in {s}s.",
    "job": jobf("batch", {"letters_sent": 1, "bounce": "N"}),
    "cycle_note": "I'll read {id}, set the offer status, then run the offer check.",
    "clarify": (
        [
            "Should {id} be recorded as ACCEPTED or DECLINED?",
            "For {id}, is it accepted or declined?",
            "Can you confirm the offer outcome for {id}?",
        ],
        "Accepted.",
    ),
    "clar2": (
        (
            "{id} is OFFERED for a half plot. Did they accept or decline?",
            "Declined, they're moving.",
        ),
        ("Should they stay on the list for a future offer?", "No, remove them."),
        "DECLINED",
    ),
    "say_done_update": "{id} recorded as {v} and removed from the list.",
    "plan": [
        "query last month's offers",
        "record each reply's offer status",
        "run the offer check on each",
    ],
    "plan_prog": [
        "{n} offers from last month. Recording {id} first.",
        "Two recorded. Checking {id}.",
        "Finished: replies recorded and checked.",
    ],
    "tweak": ("MAX_ROWS", [100, 250, 500, 999], "AUTH", "USER LACKS ROLE ALLOT_READ_PERSONAL"),
    "tweak_note": "That errored; trying {p}={v}.",
    "widen": ("RADIUS_SITES", ["0", "1", "2"]),
    "widen_pick": "With {p}={v} there are applicants; {id} is top of the list, opening it.",
    "say_confirm": "Checking {id} shows offer status {v}.",
    "tmpl": "{id} -> {v}. {left} left.",
    "done": "{n} applicants done; see above.",
    "doc_intro": "Let me get clause {topic} to confirm the {aspect}.",
    "docs": [
        (
            "4.1",
            "cultivation rule",
            {"clause": "4.1", "text": "at least 75% cultivated within 6 months"},
            "75% must be cultivated within six months.",
        ),
        (
            "5.3",
            "structures rule",
            {"clause": "5.3", "text": "sheds max 6x4 ft, written consent required"},
            "Sheds up to 6x4 ft with written consent.",
        ),
        (
            "6.2",
            "bonfire rule",
            {"clause": "6.2", "text": "no bonfires April to September"},
            "No bonfires from April to September.",
        ),
        (
            "7.1",
            "rent terms",
            {"clause": "7.1", "text": "rent due 1 October, half plot 48 GBP"},
            "Rent is due 1 October, 48 GBP for a half plot.",
        ),
    ],
    "fix": lambda rid: (
        (
            {"APPLICANT_ID": rid, "JOB": "OFFER", "CHANNEL": "EMAIL"},
            ("JOB", "UNKNOWN JOB OFFER; VALID OFFER_LETTER, REMINDER, LAPSE_NOTICE"),
            "The job code is OFFER_LETTER.",
        ),
        (
            {"APPLICANT_ID": rid, "JOB": "OFFER_LETTER", "CHANNEL": "E-MAIL"},
            ("CHANNEL", "CHANNEL MUST BE EMAIL OR POST"),
            "Channel is EMAIL without the hyphen.",
        ),
        {"APPLICANT_ID": rid, "JOB": "OFFER_LETTER", "CHANNEL": "EMAIL"},
    ),
    "queued_note": "Batch {jid} queued.",
    "job_done": "Batch {jid} sent the offer letter to {id}; no bounce.",
    "reason": [
        "Applicant {id} was offered a half plot on the Northfield Rd site.",
        "Clause 2.4 gives 21 days to reply to an offer.",
        "The offer went out 12 days ago, so 9 days remain.",
        "So the offer is open; they can accept any time in the next 9 days.",
    ],
}

DOMAINS = [TANNERY, FOSTER, VAULT, COSMETICS, CRYPTO, SLEEP, SIGNS, ALLOTMENTS]


def build() -> list[dict]:
    rows: list[dict] = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind in kinds:
            for n, d in enumerate(DOMAINS, start=1):
                rid = f"{PREFIX}-{label}-{kind}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                reset_clock(rng)
                steps = TEMPLATES[(label, kind)](Ctx(d, rng))
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": d["name"],
                        "steps": steps,
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for row in build():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
