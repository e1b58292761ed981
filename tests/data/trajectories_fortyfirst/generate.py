"""Forty-first labelled trajectory set, written blind (see README.md).

Standard library only and deterministic: each row's random.Random is seeded from SEED and the
row id. Run this file to (re)write trajectories.jsonl beside it.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SEED = "fortyfirst-v1"
HERE = Path(__file__).resolve().parent

Step = dict[str, Any]
Dom = dict[str, Any]


# ---------------------------------------------------------------- row context and steps


class Ctx:
    def __init__(self, dom: Dom, rng: random.Random) -> None:
        self.d = dom
        self.rng = rng
        y, mo, da, h = dom["clock"]
        self.t = datetime(y, mo, da, h, 0) + timedelta(minutes=rng.randint(0, 170))
        self.t0 = self.t

    def ts(self) -> str:
        self.t += timedelta(seconds=self.rng.randint(3, 97))
        return self.t.strftime(self.d["ts_fmt"])

    def rid(self) -> str:
        return "%s%06x" % (self.d["rid"], self.rng.getrandbits(24))

    def obs(self, body: dict[str, Any]) -> str:
        rid, lat, ts = self.rid(), self.rng.randint(14, 940), self.ts()
        if self.d["style"] == "json":
            return json.dumps({"request_id": rid, **body, "latency_ms": lat, "at": ts})
        lines = ["%s: %s" % (k, v) for k, v in body.items()]
        return "\n".join(lines) + "\n-- %s | %d ms | %s" % (rid, lat, ts)

    def items(self, k: int, exclude: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
        pool = [it for it in self.d["items"] if it[0] not in exclude]
        return self.rng.sample(pool, k)


def llm(text: str, observation: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def tool(name: str, args: dict[str, Any], observation: str, error: bool = False) -> Step:
    return {"kind": "tool", "tool": name, "args": args, "observation": observation, "error": error}


def read_a(c: Ctx, it: tuple[Any, ...], rec: dict[str, Any] | None = None) -> Step:
    d = c.d
    body = {d["id_arg"]: it[0], **(rec if rec is not None else it[1])}
    return tool(d["a_tool"], {d["id_arg"]: it[0]}, c.obs(body))


def read_b(c: Ctx, it: tuple[Any, ...]) -> Step:
    d = c.d
    return tool(d["b_tool"], {d["id_arg"]: it[0]}, c.obs({d["id_arg"]: it[0], **it[2]}))


def note_c(c: Ctx, it: tuple[Any, ...], note: str) -> Step:
    d = c.d
    nid = "%s%04d" % (d["note_prefix"], c.rng.randint(100, 9999))
    args = {d["id_arg"]: it[0], "note": note}
    return tool(d["c_tool"], args, c.obs({"status": "saved", "note_id": nid}))


def update(c: Ctx, it: tuple[Any, ...], value: str, prev: str) -> Step:
    d = c.d
    f = d["ab_field"]
    args = {d["id_arg"]: it[0], f: value}
    body = {"status": "updated", d["id_arg"]: it[0], f: value, "previous": prev}
    return tool(d["up_tool"], args, c.obs(body))


def value_for(d: Dom, it: tuple[Any, ...]) -> str:
    """The field's value before this row changes it."""
    return str(d["ab_unset"])


def target(d: Dom, it: tuple[Any, ...]) -> str:
    """The value a careful operator would set for this record."""
    return str(d["ab_values"][it[3]])


def assemble(c: Ctx, pattern: list[Step], lo: int = 1, hi: int = 6, tail: int = 0) -> list[Step]:
    """Prefix real work (a person's request, then reads) so the row has 8-18 steps."""
    d, rng = c.d, c.rng
    with_request = rng.random() < 0.8
    room = 18 - len(pattern) - tail - (1 if with_request else 0)
    need = 8 - len(pattern) - tail - (1 if with_request else 0)
    n = rng.randint(max(lo, need, 0), max(min(hi, room), max(lo, need, 0)))
    # The pattern was written first, from t0; the work before it happened earlier.
    c.t = c.t0 - timedelta(seconds=100 * (n + 2))
    used = tuple(str(s["args"].get(d["id_arg"])) for s in pattern if s["kind"] == "tool")
    pool = len([it for it in d["items"] if it[0] not in used])
    steps: list[Step] = []
    if with_request:
        steps.append(llm(rng.choice(d["acks"]), rng.choice(d["requests"])))
    steps.extend(
        read_a(c, it) if rng.random() < 0.65 else read_b(c, it)
        for it in c.items(min(n, pool), exclude=used)
    )
    return steps + pattern


def wrap(c: Ctx, steps: list[Step], text: str) -> list[Step]:
    return [*steps, llm(text)]


# ---------------------------------------------------------------- loop kinds


def loop_exact_tool_repeat(c: Ctx, shape: int) -> list[Step]:
    it = c.items(1)[0]
    rng = c.rng
    pat: list[Step] = []
    if shape == 0:
        pat.extend(read_a(c, it) for _ in range(rng.randint(3, 6)))
    else:
        first = read_a(c, it)
        pat.append(first)
        again = rng.choice(
            [
                "Let me pull %s up again." % it[0],
                "Re-reading %s." % it[0],
                "Checking %s once more." % it[0],
            ]
        )
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.6:
                pat.append(llm(again))
            pat.append(tool(first["tool"], dict(first["args"]), first["observation"]))
    return assemble(c, pat, lo=1 if rng.random() < 0.5 else 4)


def loop_identical_monologue(c: Ctx, shape: int) -> list[Step]:
    rng = c.rng
    msg = rng.choice(c.d["wait_msgs"])
    k = rng.randint(3, 6)
    pat: list[Step] = []
    if shape == 0:
        pat = [llm(msg) for _ in range(k)]
    else:
        for _ in range(k):
            variant = rng.choice(
                [
                    "[%s] %s" % (c.ts(), msg),
                    "%s  (ref %s)" % (msg, c.rid()),
                    msg.replace(" ", "  ", 1) + "\n",
                    "%s\n\nUpdated %s." % (msg, c.ts()),
                ]
            )
            pat.append(llm(variant))
    return assemble(c, pat)


PARA_INTENT = [
    "Let me check %s again before going any further.",
    "I'll take another look at %s to be sure.",
    "Before I decide anything, I want to re-read %s.",
    "Going back to %s once more.",
    "I should double-check %s one more time.",
    "Let me revisit %s before I continue.",
    "One more look at %s first.",
]


def loop_paraphrased_repeat(c: Ctx, shape: int) -> list[Step]:
    rng = c.rng
    k = rng.randint(3, 5)
    if shape == 0:
        thing = c.d["para_thing"]
        texts = [t % thing for t in rng.sample(PARA_INTENT, k)]
    else:
        texts = rng.sample(c.d["conclusions"], min(k, len(c.d["conclusions"])))
    return assemble(c, [llm(t) for t in texts])


def loop_ab_oscillation(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    pat: list[Step] = []
    if shape == 0:
        it = d["items"][d["ab_item"]]
        a, b = d["ab_values"]
        ra, rb = d["ab_reasons"]
        talk = rng.random() < 0.7
        cur = value_for(d, it)
        for i in range(rng.randint(4, 6)):
            val, why = (a, ra) if i % 2 == 0 else (b, rb)
            if talk:
                pat.append(llm(why))
            pat.append(update(c, it, val, cur))
            cur = val
    else:
        it = c.items(1)[0]
        pat.extend(read_a(c, it) if i % 2 == 0 else read_b(c, it) for i in range(rng.randint(4, 7)))
    return assemble(c, pat, hi=5)


def loop_repeated_failing_call(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    name, args, err = d["fail"][1]
    pat: list[Step] = []
    retry = rng.choice(["Retrying.", "That failed; trying again.", "Let me try that once more."])
    for i in range(rng.randint(3, 5)):
        if shape == 1 and i > 0:
            pat.append(llm(retry))
        pat.append(tool(name, dict(args), c.obs({"error": err}), error=True))
    return assemble(c, pat)


def _cosmetic(args: dict[str, Any], rng: random.Random, shape: int, i: int) -> dict[str, Any]:
    out = dict(args)
    keys = [k for k, v in out.items() if isinstance(v, str)]
    if shape == 0:
        k = keys[i % len(keys)]
        v = out[k]
        out[k] = rng.choice([v.upper(), v.lower(), " %s " % v, v.title(), v + " "])
        if i % 2:
            out = dict(reversed(list(out.items())))
    else:
        extra = [("confirm", True), ("force", True), ("note", "retry"), ("priority", "high")]
        for key, val in extra[: 1 + i % len(extra)]:
            out[key] = val
    return out


def loop_cosmetic_arg_retry(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    name, args, err, why = d["cosmetic"]
    pat: list[Step] = [tool(name, dict(args), c.obs({"error": err}), error=True)]
    for i in range(rng.randint(2, 4)):
        if rng.random() < 0.6:
            pat.append(llm(rng.choice(why)))
        pat.append(tool(name, _cosmetic(args, rng, shape, i), c.obs({"error": err}), error=True))
    return assemble(c, pat)


def _page_rows(c: Ctx, n: int, start: int) -> list[str]:
    tmpl, choices = c.d["list_row"]
    rows = []
    num = start
    for _ in range(n):
        fill = {key: c.rng.choice(vals) for key, vals in choices.items()}
        num += c.rng.randint(1, 3)
        fill["n"] = num
        rows.append(tmpl.format(**fill))
    return rows


def loop_stuck_cursor(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    name, query = d["list"]
    pat: list[Step] = []
    p1 = _page_rows(c, 3, 100 + rng.randint(0, 300))
    p2 = _page_rows(c, 3, 500 + rng.randint(0, 300))
    if shape == 0:
        c1 = "cur_%08x" % rng.getrandbits(32)
        pat.append(tool(name, dict(query), c.obs({"rows": p1, "next_cursor": c1})))
        for _ in range(rng.randint(3, 5)):
            body = {"rows": p2, "next_cursor": c1}
            pat.append(tool(name, {**query, "cursor": c1}, c.obs(body)))
    else:
        tot = rng.randint(4, 9)
        pat.append(tool(name, {**query, "page": 1}, c.obs({"page": 1, "of": tot, "rows": p1})))
        for i in range(rng.randint(3, 5)):
            if i > 0 and rng.random() < 0.6:
                pat.append(llm("Page 2 read; moving on to the next page."))
            body = {"page": 2, "of": tot, "rows": p2}
            pat.append(tool(name, {**query, "page": 2}, c.obs(body)))
    return assemble(c, pat, hi=4)


def loop_stalled_poll(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    name, args, snap, _stages = d["job"]
    pat: list[Step] = []
    for i in range(rng.randint(5, 7) if shape == 0 else rng.randint(4, 5)):
        if shape == 1 and i > 0:
            pat.append(
                llm(
                    rng.choice(
                        [
                            "Still %s at %s%%. Checking again." % (snap["state"], snap["pct"]),
                            "No change yet (%s, %s%%); polling again."
                            % (snap["state"], snap["pct"]),
                        ]
                    )
                )
            )
        pat.append(tool(name, dict(args), c.obs(dict(snap))))
    return assemble(c, pat, hi=4)


def loop_reverify_loop(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    it = c.items(1)[0]
    prev = value_for(d, it)
    new = target(d, it)
    f = d["ab_field"]
    rec = {**it[1], f: new}
    pat: list[Step] = [update(c, it, new, prev), read_a(c, it, rec)]
    for _ in range(rng.randint(3, 5)):
        if shape == 1:
            pat.append(
                llm(
                    rng.choice(
                        [
                            "Confirmed: %s %s is %s. Let me double-check it saved."
                            % (it[0], f, new),
                            "%s shows %s = %s. Verifying once more." % (it[0], f, new),
                        ]
                    )
                )
            )
        pat.append(read_a(c, it, rec))
    return assemble(c, pat, hi=4)


def loop_handoff_ping_pong(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    _me, b, other = d["agents"]
    task = d["handoff_task"]
    rb, rc = d["bounce"]
    pat: list[Step] = []
    n = rng.randint(2, 3)
    if shape == 0:
        for _ in range(n):
            for who, why in ((b, rb), (other, rc)):
                body = {"from": who, "accepted": False, "reply": why}
                pat.append(tool("handoff", {"to": who, "task": task}, c.obs(body)))
    else:
        pat.append(llm("@%s %s" % (b, task)))
        for _ in range(n):
            pat.append(llm("@%s %s" % (other, task), "[%s] %s" % (b, rb)))
            pat.append(llm("@%s %s" % (b, task), "[%s] %s" % (other, rc)))
    return assemble(c, pat, hi=5)


def loop_ignored_correction(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    q, wrong, corrections, it_idx = d["correction"]
    it = d["items"][it_idx]
    sorry = [
        "Sorry about that. ",
        "Apologies, you're right. ",
        "My mistake. ",
        "Thanks for flagging. ",
    ]
    pat: list[Step] = []
    if shape == 1:
        pat.append(read_a(c, it))
    pat.append(llm(wrong, q))
    for corr in corrections[: rng.randint(2, 3)]:
        if shape == 1:
            pat.append(llm("Let me re-check the record.", corr))
            pat.append(read_a(c, it))
            pat.append(llm(rng.choice(sorry) + wrong))
        else:
            pat.append(llm(rng.choice(sorry) + wrong, corr))
    return assemble(c, pat, hi=5)


def loop_repeated_clarification(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    q, answers, rephrasings = d["clarify"]
    pat: list[Step] = [llm(q)]
    n = rng.randint(2, 3)
    for i in range(n):
        ask = q if shape == 0 else rephrasings[i % len(rephrasings)]
        pat.append(llm(ask, answers[i % len(answers)]))
    return assemble(c, pat)


def loop_tool_cycle(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    it = c.items(1)[0]
    pat: list[Step] = []
    note = rng.choice(d["cycle_notes"]) % it[0]
    for _ in range(rng.randint(2, 4) if shape == 0 else 3):
        pat.append(read_a(c, it))
        pat.append(read_b(c, it))
        if shape == 0:
            pat.append(note_c(c, it, note))
        else:
            pat.append(llm("%s Let me re-check the record." % note))
    return assemble(c, pat, hi=5)


# ---------------------------------------------------------------- progress kinds


def _line(d: Dom, it: tuple[Any, ...]) -> str:
    keys = list(it[1])[: d["line_fields"]]
    facts = ", ".join("%s %s" % (k.replace("_", " "), it[1][k]) for k in keys)
    return "%s: %s. %s" % (it[0], facts, it[4])


def prog_batch_lookups(c: Ctx, shape: int) -> list[Step]:
    rng = c.rng
    its = c.items(rng.randint(5, 8) if shape == 0 else rng.randint(4, 5))
    pat: list[Step] = []
    for it in its:
        pat.append(read_a(c, it))
        if shape == 1:
            pat.append(llm(_line(c.d, it)))
    summary = "Summary:\n" + "\n".join("- " + _line(c.d, it) for it in its)
    return assemble(c, wrap(c, pat, summary), lo=0, hi=3)


def prog_templated_item_reports(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    its = c.items(rng.randint(4, 6))
    pat: list[Step] = []
    if shape == 0:
        name, query = d["list"]
        keys = list(d["items"][0][1])[: d["line_fields"]]
        rows = [{d["id_arg"]: it[0], **{k: it[1][k] for k in keys}} for it in its]
        pat.append(tool(name, {**query, "detail": "full"}, c.obs({"rows": rows})))
        pat.extend(llm(d["report_tmpl"] % _line(d, it)) for it in its)
    else:
        for it in its:
            msg = d["notice_tmpl"] % (it[0], it[4])
            pat.append(llm(msg))
            pat.append(note_c(c, it, msg))
    return assemble(c, pat, lo=0, hi=3)


def prog_summarise_related_docs(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    docs = rng.sample(d["docs"], rng.randint(3, 4))
    reads = [
        tool(d["doc_tool"], {"doc_id": i}, c.obs({"title": t, "text": " ".join(f)}))
        for i, t, f in docs
    ]
    sums = [llm("%s (%s): %s" % (t, i, "; ".join(f[::-1]))) for i, t, f in docs]
    pat: list[Step] = []
    if shape == 0:
        pat = reads + sums
    else:
        for r, s in zip(reads, sums, strict=True):
            pat += [r, s]
    pat.append(llm(d["docs_overall"]))
    return assemble(c, pat, lo=0, hi=4)


def prog_read_write_alternation(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    its = c.items(rng.randint(3, 5))
    pat: list[Step] = []
    for it in its:
        if shape == 0:
            pat.append(read_a(c, it))
            new = target(d, it)
            pat.append(update(c, it, new, value_for(d, it)))
        else:
            pat.append(read_a(c, it))
            pat.append(read_b(c, it))
    done = ", ".join(it[0] for it in its)
    return assemble(c, wrap(c, pat, d["rw_done"] % done), lo=0, hi=4)


def prog_corrected_argument_retry(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    chain = d["fail"][1:] if shape == 0 else d["fail"]
    pat: list[Step] = []
    for i, (name, args, msg) in enumerate(chain):
        last = i == len(chain) - 1
        body = {"result": msg} if last else {"error": msg}
        pat.append(tool(name, dict(args), c.obs(body), error=not last))
        if not last and (shape == 1 or rng.random() < 0.7):
            idx = i + (1 if shape == 0 else 0)
            pat.append(llm(d["fail_fixes"][idx]))
    pat.append(llm(d["fail_done"]))
    return assemble(c, pat, lo=2)


def prog_availability_probe(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    name, base, key, tries = d["probe"]
    use = tries[-rng.randint(3, len(tries)) :]
    pat: list[Step] = []
    for i, (val, msg) in enumerate(use):
        last = i == len(use) - 1
        body = {"result": msg} if last else {"error": msg}
        pat.append(tool(name, {**base, key: val}, c.obs(body), error=not last))
        if shape == 1 and not last:
            pat.append(llm("%s is out (%s). Trying the next option." % (val, msg.split(" ", 1)[1])))
    pat.append(llm(d["probe_done"]))
    return assemble(c, pat, lo=1)


def prog_pagination(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    name, query = d["list"]
    n = rng.randint(3, 5)
    pat: list[Step] = []
    cur: str | None = None
    start = 100 + rng.randint(0, 200)
    for p in range(1, n + 1):
        rows = _page_rows(c, rng.randint(2, 4), start)
        start += 40
        if shape == 0:
            nxt = None if p == n else "cur_%08x" % rng.getrandbits(32)
            args = dict(query) if cur is None else {**query, "cursor": cur}
            pat.append(tool(name, args, c.obs({"rows": rows, "next_cursor": nxt})))
            cur = nxt
        else:
            body = {"page": p, "of": n, "rows": rows}
            pat.append(tool(name, {**query, "page": p}, c.obs(body)))
    pat.append(llm(d["pages_done"] % n))
    return assemble(c, pat, lo=1, hi=4)


def prog_advancing_poll(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    name, args, _snap, stages = d["job"]
    use = stages[-rng.randint(3, len(stages)) :]
    pat: list[Step] = []
    for i, st in enumerate(use):
        pat.append(tool(name, dict(args), c.obs(dict(st))))
        if shape == 1 and i < len(use) - 1:
            pat.append(
                llm(
                    "Now %s at %s%% (%s). Checking again shortly."
                    % (st["state"], st["pct"], st["detail"])
                )
            )
    pat.append(llm(d["job_done"]))
    return assemble(c, pat, lo=1, hi=5)


def prog_verify_each_change(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    its = c.items(rng.randint(3, 4))
    f = d["ab_field"]
    pat: list[Step] = []
    if shape == 0:
        for it in its:
            pat.append(update(c, it, target(d, it), value_for(d, it)))
            pat.append(read_a(c, it, {**it[1], f: target(d, it)}))
    else:
        pat = [update(c, it, target(d, it), value_for(d, it)) for it in its]
        pat += [read_a(c, it, {**it[1], f: target(d, it)}) for it in its]
    return assemble(c, wrap(c, pat, d["rw_done"] % ", ".join(it[0] for it in its)), lo=0, hi=4)


def prog_pipeline_handoffs(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    stages = d["pipeline"]
    pat: list[Step] = []
    if shape == 0:
        for who, task, reply in stages:
            body = {"from": who, "accepted": True, "reply": reply}
            pat.append(tool("handoff", {"to": who, "task": task}, c.obs(body)))
    else:
        who0, task0, _ = stages[0]
        pat.append(llm("@%s %s" % (who0, task0)))
        for (who, _t, reply), nxt in zip(stages, [*stages[1:], None], strict=True):
            if nxt is None:
                pat.append(llm(d["pipeline_done"], "[%s] %s" % (who, reply)))
            else:
                pat.append(llm("@%s %s" % (nxt[0], nxt[1]), "[%s] %s" % (who, reply)))
    if shape == 0:
        pat.append(llm(d["pipeline_done"]))
    return assemble(c, pat, lo=2)


def prog_applied_corrections(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    pat: list[Step] = []
    if shape == 0:
        q, drafts = d["applied"]
        pat.append(llm(drafts[0][1], q))
        for corr, draft in drafts[1:]:
            pat.append(llm(draft, corr))
    else:
        its = c.items(3)
        pat.append(read_a(c, its[0]))
        pat.append(llm(_line(d, its[0]), d["ask_item"] % its[0][0]))
        for it in its[1:]:
            pat.append(llm("Understood, pulling %s instead." % it[0], d["wrong_item"] % it[0]))
            pat.append(read_a(c, it))
            pat.append(llm(_line(d, it)))
    return assemble(c, pat, lo=1, hi=5)


def prog_slot_filling(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    slots = d["slots"]
    name, args, result = d["slot_action"]
    vague, follow = d["ambiguous"]
    pat: list[Step] = [llm(slots[0][0], d["slot_open"])]
    answers = [a for _q, a in slots]
    questions = [q for q, _a in slots[1:]]
    if shape == 1:
        answers = [vague, *answers]
        questions = [follow, *questions]
    for qn, ans in zip(questions, answers, strict=False):
        pat.append(llm(qn, ans))
    pat.append(llm(d["slot_confirm"], answers[-1]))
    pat.append(llm("Booking it now.", d["slot_ok"]))
    pat.append(tool(name, dict(args), c.obs({"result": result})))
    pat.append(llm(d["slot_done"]))
    # A customer conversation: it starts with the customer's own request, not the staff's.
    return pat


def prog_round_robin(c: Ctx, shape: int) -> list[Step]:
    d, rng = c.d, c.rng
    its = c.items(3 if rng.random() < 0.6 else 4)
    pat: list[Step] = []
    for it in its:
        pat.append(read_a(c, it))
        pat.append(read_b(c, it))
        if shape == 0:
            pat.append(note_c(c, it, it[4]))
        else:
            new = target(d, it)
            pat.append(update(c, it, new, value_for(d, it)))
    return assemble(c, pat, lo=0, hi=3)


LOOP_KINDS = {
    "exact_tool_repeat": loop_exact_tool_repeat,
    "identical_monologue": loop_identical_monologue,
    "paraphrased_repeat": loop_paraphrased_repeat,
    "ab_oscillation": loop_ab_oscillation,
    "repeated_failing_call": loop_repeated_failing_call,
    "cosmetic_arg_retry": loop_cosmetic_arg_retry,
    "stuck_cursor": loop_stuck_cursor,
    "stalled_poll": loop_stalled_poll,
    "reverify_loop": loop_reverify_loop,
    "handoff_ping_pong": loop_handoff_ping_pong,
    "ignored_correction": loop_ignored_correction,
    "repeated_clarification": loop_repeated_clarification,
    "tool_cycle": loop_tool_cycle,
}

PROGRESS_KINDS = {
    "batch_lookups": prog_batch_lookups,
    "templated_item_reports": prog_templated_item_reports,
    "summarise_related_docs": prog_summarise_related_docs,
    "read_write_alternation": prog_read_write_alternation,
    "corrected_argument_retry": prog_corrected_argument_retry,
    "availability_probe": prog_availability_probe,
    "pagination": prog_pagination,
    "advancing_poll": prog_advancing_poll,
    "verify_each_change": prog_verify_each_change,
    "pipeline_handoffs": prog_pipeline_handoffs,
    "applied_corrections": prog_applied_corrections,
    "slot_filling": prog_slot_filling,
    "round_robin": prog_round_robin,
}


# ---------------------------------------------------------------- domains


COFFEE: Dom = {
    "name": "coffee_roastery_green_lots",
    "clock": (2026, 3, 16, 5),
    "ts_fmt": "%Y-%m-%d %H:%M:%S",
    "rid": "rq-",
    "style": "json",
    "id_arg": "lot_id",
    "a_tool": "green_lot_get",
    "b_tool": "cupping_scores_get",
    "c_tool": "roast_plan_note",
    "note_prefix": "RPN-",
    "up_tool": "roast_profile_assign",
    "ab_field": "profile",
    "ab_unset": "unassigned",
    "ab_values": ("Espresso-M5", "Filter-L3"),
    "ab_item": 5,
    "ab_reasons": (
        "GL-2256 is a natural with a dense bean, so the longer development of Espresso-M5 suits it for the blend.",
        "On reflection the cupping notes on GL-2256 are delicate fruit, so Filter-L3 keeps them; switching it back.",
    ),
    "line_fields": 3,
    "items": [
        (
            "GL-2231",
            {
                "origin": "Ethiopia Yirgacheffe Kochere",
                "process": "washed",
                "moisture_pct": 10.4,
                "bags_on_hand": 31,
                "bags_received": 38,
            },
            {"score": 87.25, "notes": "bergamot, lemon, jasmine", "cupper": "MA"},
            1,
            "Fit for the filter menu, too bright for the espresso base.",
        ),
        (
            "GL-2238",
            {
                "origin": "Colombia Huila Pitalito",
                "process": "washed",
                "moisture_pct": 11.1,
                "bags_on_hand": 35,
                "bags_received": 52,
            },
            {"score": 85.5, "notes": "panela, red apple, cocoa", "cupper": "JR"},
            0,
            "Good espresso base component.",
        ),
        (
            "GL-2240",
            {
                "origin": "Brazil Cerrado Mineiro",
                "process": "natural",
                "moisture_pct": 11.8,
                "bags_on_hand": 64,
                "bags_received": 80,
            },
            {"score": 83.0, "notes": "milk chocolate, hazelnut", "cupper": "MA"},
            0,
            "Blend base, plenty of stock.",
        ),
        (
            "GL-2244",
            {
                "origin": "Kenya Kirinyaga AA",
                "process": "washed",
                "moisture_pct": 10.9,
                "bags_on_hand": 12,
                "bags_received": 20,
            },
            {"score": 88.0, "notes": "blackcurrant, tomato, grapefruit", "cupper": "JR"},
            1,
            "Single origin only; stock is low.",
        ),
        (
            "GL-2251",
            {
                "origin": "Sumatra Aceh Gayo",
                "process": "wet-hulled",
                "moisture_pct": 12.6,
                "bags_on_hand": 18,
                "bags_received": 18,
            },
            {"score": 84.25, "notes": "cedar, tobacco, earthy", "cupper": "MA"},
            0,
            "Moisture above 12%: hold for re-test.",
        ),
        (
            "GL-2256",
            {
                "origin": "Ethiopia Guji Hambela",
                "process": "natural",
                "moisture_pct": 10.2,
                "bags_on_hand": 22,
                "bags_received": 30,
            },
            {"score": 88.5, "notes": "strawberry, red wine, cacao nib", "cupper": "JR"},
            1,
            "Small share in the blend for fruit.",
        ),
        (
            "GL-2260",
            {
                "origin": "Honduras Marcala",
                "process": "washed",
                "moisture_pct": 11.4,
                "bags_on_hand": 40,
                "bags_received": 45,
            },
            {"score": 84.75, "notes": "caramel, plum", "cupper": "MA"},
            0,
            "Good espresso base component.",
        ),
        (
            "GL-2263",
            {
                "origin": "Rwanda Nyamasheke",
                "process": "washed",
                "moisture_pct": 10.7,
                "bags_on_hand": 9,
                "bags_received": 25,
            },
            {"score": 86.5, "notes": "hibiscus, black tea, orange", "cupper": "JR"},
            1,
            "Filter menu; nearly finished.",
        ),
    ],
    "requests": [
        "Marta here. We roast House Espresso on Thursday: check which green lots are fit and plan the roasts, please.",
        "Can you go through the warehouse lots before Thursday's production roast? Moisture, scores, stock.",
    ],
    "acks": [
        "I'll pull the green lot records and cupping scores, then put together the roast plan.",
        "On it: checking lot moisture, cupping results and bags on hand first.",
    ],
    "wait_msgs": [
        "Waiting on the QC moisture re-test for GL-2251 before I finalise Thursday's roast plan.",
        "I can't finish the blend sheet until the re-test result for GL-2251 comes in.",
    ],
    "para_thing": "the moisture reading on GL-2251",
    "conclusions": [
        "GL-2251 is above the 12% moisture limit, so it shouldn't go into the blend without a re-test.",
        "Since GL-2251 reads 12.6% moisture, it needs re-testing before we roast it.",
        "The Sumatra lot is over our moisture threshold; it has to be re-tested first.",
        "To restate: at 12.6%, GL-2251 is too wet to use until QC re-tests it.",
        "So GL-2251 stays out of Thursday's blend until its moisture is re-checked.",
    ],
    "fail": [
        (
            "roaster_schedule_book",
            {"roaster": "Probat-P12", "lot_id": "GL-2224", "batch_kg": 15, "date": "2026-03-19"},
            "404 lot GL-2224 not found (did you mean GL-2244?)",
        ),
        (
            "roaster_schedule_book",
            {"roaster": "Probat-P12", "lot_id": "GL-2244", "batch_kg": 15, "date": "2026-03-19"},
            "400 batch_kg 15 is below the Probat-P12 minimum charge of 20 kg",
        ),
        (
            "roaster_schedule_book",
            {"roaster": "Probat-P12", "lot_id": "GL-2244", "batch_kg": 22, "date": "2026-03-19"},
            "booked P12-0319-03, 06:40-06:58, charge 22 kg GL-2244",
        ),
    ],
    "fail_fixes": [
        "Typo in the lot number: the Kenyan lot is GL-2244. Rebooking with that.",
        "P12 needs at least a 20 kg charge; 22 kg uses two bags evenly, so I'll book 22 kg.",
    ],
    "fail_done": "The Kenya batch is on P12 for Thursday 06:40. Next I'll slot the espresso base lots after it.",
    "cosmetic": (
        "green_lot_release",
        {"lot_id": "GL-2256", "to": "roastery floor"},
        "422 missing required field 'release_weight_kg' (weight to move out of bonded store)",
        [
            "Maybe the destination name is case sensitive; trying again.",
            "Retrying the release for GL-2256.",
            "Let me resubmit the release request.",
        ],
    ),
    "list": ("lot_search", {"status": "in_warehouse", "region": "East Africa"}),
    "list_row": (
        "GL-{n} {origin} {process} moisture {m}% {bags} bags",
        {
            "origin": [
                "Ethiopia Sidama",
                "Kenya Nyeri",
                "Burundi Kayanza",
                "Uganda Mt Elgon",
                "Tanzania Mbeya",
                "Rwanda Huye",
            ],
            "process": ["washed", "natural", "honey"],
            "m": ["10.1", "10.6", "11.0", "11.3", "11.9"],
            "bags": ["6", "14", "20", "27", "33"],
        },
    ),
    "pages_done": "That's all %d pages of East African lots in the warehouse; I'll shortlist the washed ones under 11.5%% moisture.",
    "job": (
        "roast_batch_status",
        {"batch_id": "RB-0319-07"},
        {
            "state": "cooling",
            "pct": 62,
            "drum_temp_c": 188,
            "detail": "cooling tray sensor last reported 06:51:04",
        },
        [
            {"state": "charging", "pct": 5, "detail": "charge temp 205 C"},
            {"state": "drying", "pct": 28, "detail": "bean temp 155 C at 4:10"},
            {"state": "maillard", "pct": 55, "detail": "bean temp 182 C at 6:55"},
            {"state": "development", "pct": 81, "detail": "first crack at 8:42"},
            {"state": "done", "pct": 100, "detail": "dropped at 10:31, weight loss 14.2%"},
        ],
    ),
    "job_done": "Batch RB-0319-07 dropped with 14.2% weight loss, inside the House Espresso target. Logging it and starting the next charge.",
    "probe": (
        "roaster_schedule_book",
        {"roaster": "Probat-P12", "lot_id": "GL-2244", "batch_kg": 22},
        "date",
        [
            ("2026-03-17", "409 P12 fully booked 2026-03-17 (decaf changeover day)"),
            ("2026-03-18", "409 P12 down for afterburner service on 2026-03-18"),
            ("2026-03-19", "409 P12 slots on 2026-03-19 all taken by wholesale orders"),
            ("2026-03-20", "booked P12-0320-01, 06:30-06:48, charge 22 kg GL-2244"),
        ],
    ),
    "probe_done": "Friday 06:30 was the first free P12 slot; the Kenya roast is booked and I'll tell Marta it moved a day.",
    "agents": ("planner-agent", "qc-agent", "production-agent"),
    "handoff_task": "Decide whether GL-2251 (12.6% moisture) can go into Thursday's House Espresso.",
    "bounce": (
        "Blend composition is production's decision, not QC's. Returning.",
        "Moisture acceptance is a QC call; sending it back to QC.",
    ),
    "pipeline": [
        (
            "qc-agent",
            "Re-test GL-2251 moisture and confirm the cupping score.",
            "Re-measured 11.8% on the Sinar; cupping 84.25 stands. Accept for roasting within 3 weeks.",
        ),
        (
            "production-agent",
            "GL-2251 accepted at 11.8%. Add it at up to 20% to House Espresso for Thursday.",
            "Blend ESP-House v14: 40% GL-2238, 40% GL-2260, 20% GL-2251. Batches RB-0319-01..04 scheduled.",
        ),
        (
            "sourcing-agent",
            "GL-2251 will be used up by ESP-House v14 in 3 weeks; raise a reorder.",
            "Reorder PO-5530 drafted: 18 bags Aceh Gayo, ETA late April.",
        ),
    ],
    "pipeline_done": "The blend is set (v14), batches are scheduled and a reorder is drafted. Reporting back to Marta.",
    "correction": (
        "How many bags of GL-2238 do we have left?",
        "GL-2238 has 52 bags of 70 kg in the warehouse.",
        [
            "No, 52 was the arrival count. The record says bags_on_hand 35.",
            "Still wrong. I need what's on hand now, not what arrived.",
            "Please read bags_on_hand, it isn't 52.",
        ],
        1,
    ),
    "clarify": (
        "Which blend should I plan Thursday's roasts for?",
        [
            "House Espresso, 120 kg finished.",
            "As I said, House Espresso. 120 kg.",
            "House Espresso!",
        ],
        [
            "Just to confirm, which blend are these roasts for?",
            "Could you tell me which blend Thursday is for?",
            "Sorry, which blend did you want planned?",
        ],
    ),
    "cycle_notes": [
        "%s held pending moisture re-test.",
        "%s not scheduled yet; check again before Thursday.",
    ],
    "report_tmpl": "Lot check: %s",
    "notice_tmpl": "Warehouse note for %s: %s Please move or hold the bags accordingly.",
    "doc_tool": "import_doc_get",
    "docs": [
        (
            "IMP-771",
            "Phytosanitary certificate, GL-2244",
            [
                "Issued by KEPHIS Nairobi on 2026-02-02.",
                "No quarantine pests detected.",
                "Covers 20 bags in container MSKU 448120.",
            ],
        ),
        (
            "IMP-772",
            "Certificate of origin, GL-2244",
            [
                "Exporter Kirinyaga Farmers Co-op.",
                "ICO mark 101/0042/0317.",
                "Shipped from Mombasa 2026-01-19.",
            ],
        ),
        (
            "IMP-773",
            "Origin pre-shipment cupping, GL-2244",
            [
                "Score 88.5 by the exporter's lab.",
                "Notes blackcurrant and grapefruit.",
                "Moisture 10.6% at dispatch.",
            ],
        ),
        (
            "IMP-774",
            "Arrival lab report, GL-2244",
            [
                "Moisture 10.9% on arrival, water activity 0.55.",
                "Screen 17/18 AA, 3 defects per 350 g.",
                "Cupped 88.0 in house by JR.",
            ],
        ),
    ],
    "docs_overall": "The GL-2244 paperwork is consistent: origin, phyto and lab reports agree on a clean AA lot; moisture rose only 0.3 points in transit.",
    "rw_done": "Profiles set for %s. The roast plan now matches each lot's process.",
    "applied": (
        "Draft Thursday's roast plan for House Espresso, 120 kg.",
        [
            (
                None,
                "Draft: 6 batches of 20 kg on Probat-P25, 50% GL-2238 / 50% GL-2240, start 07:00.",
            ),
            (
                "Use P12, the P25 is being descaled. And batches are 22 kg.",
                "Revised: 6 batches of 22 kg on Probat-P12, 50% GL-2238 / 50% GL-2240, start 07:00.",
            ),
            (
                "Swap the Brazil for GL-2260, Brazil is reserved for wholesale.",
                "Revised: 6 x 22 kg on Probat-P12, 50% GL-2238 / 50% GL-2260, start 07:00.",
            ),
            (
                "Start at 06:30, Jonas opens early.",
                "Final: 6 x 22 kg on Probat-P12, 50% GL-2238 / 50% GL-2260, first charge 06:30.",
            ),
        ],
    ),
    "ask_item": "What's the moisture on %s?",
    "wrong_item": "Sorry, I meant %s, not that one.",
    "slots": [
        ("Which roaster should I book: Probat P12 or the Diedrich?", "P12."),
        ("What finished weight do you need?", "120 kg of House Espresso."),
        ("Any lots to avoid?", "Skip the Sumatra, it's too earthy this season."),
        ("What's the earliest start time?", "06:30, Jonas opens."),
    ],
    "ambiguous": (
        "The usual one.",
        "Just checking: the usual is P12 for espresso, right, not the Diedrich?",
    ),
    "slot_open": "Hi, this is Jonas from Little Bean Cafe. We'd like a custom roast of your espresso for our opening week.",
    "slot_confirm": "So: P12, 120 kg House Espresso, no Sumatra, first charge 06:30. Shall I create the plan?",
    "slot_action": (
        "roast_plan_create",
        {
            "roaster": "Probat-P12",
            "blend": "ESP-House",
            "finished_kg": 120,
            "exclude": ["GL-2251"],
            "start": "06:30",
        },
        "plan RP-0319 created, 7 batches",
    ),
    "slot_ok": "Yes please.",
    "slot_done": "Plan RP-0319 is created with 7 batches on P12 starting 06:30.",
}


SCUBA: Dom = {
    "name": "scuba_dive_centre",
    "clock": (2026, 3, 14, 6),
    "ts_fmt": "%d%b %H:%M:%SL",
    "rid": "dc/",
    "style": "kv",
    "id_arg": "diver_id",
    "a_tool": "diver_record_get",
    "b_tool": "gear_rental_get",
    "c_tool": "manifest_note",
    "note_prefix": "MN",
    "up_tool": "boat_assign",
    "ab_field": "boat",
    "ab_unset": "unassigned",
    "ab_values": ("Manta II (Blue Hole wall, 30 m)", "Reef Runner (Coral Garden, 12 m)"),
    "ab_item": 4,
    "ab_reasons": (
        "D-3305 has the nitrox card, so Manta II and the wall dive should work for them.",
        "Actually D-3305 is only Open Water with 14 dives; the Reef Runner is the safer boat. Moving them back.",
    ),
    "line_fields": 3,
    "items": [
        (
            "D-3301",
            {
                "name": "Ingrid Solberg",
                "cert": "PADI Advanced Open Water",
                "logged_dives": 84,
                "nitrox": "EANx40",
                "medical": "valid to 2026-09-30",
            },
            {"bcd": "M", "regulator": "R-17", "wetsuit": "5mm M", "computer": "Teric #4"},
            0,
            "Cleared for the wall dive.",
        ),
        (
            "D-3302",
            {
                "name": "Ravi Menon",
                "cert": "SSI Open Water",
                "logged_dives": 9,
                "nitrox": "none",
                "medical": "valid to 2026-06-02",
            },
            {"bcd": "L", "regulator": "R-03", "wetsuit": "7mm L", "computer": "rental Zoop #11"},
            1,
            "Shallow reef only, needs a guide buddy.",
        ),
        (
            "D-3303",
            {
                "name": "Chloe Martin",
                "cert": "PADI Rescue Diver",
                "logged_dives": 132,
                "nitrox": "EANx40",
                "medical": "valid to 2027-01-15",
            },
            {"bcd": "own", "regulator": "own", "wetsuit": "own", "computer": "own"},
            0,
            "Cleared for the wall dive; own kit.",
        ),
        (
            "D-3304",
            {
                "name": "Tomasz Nowak",
                "cert": "CMAS 2-star",
                "logged_dives": 61,
                "nitrox": "EANx32",
                "medical": "expired 2026-02-28",
            },
            {"bcd": "XL", "regulator": "R-09", "wetsuit": "5mm XL", "computer": "Teric #2"},
            0,
            "Medical expired: needs a new form before boarding.",
        ),
        (
            "D-3305",
            {
                "name": "Aiko Tanaka",
                "cert": "PADI Open Water",
                "logged_dives": 14,
                "nitrox": "EANx40",
                "medical": "valid to 2026-11-20",
            },
            {"bcd": "S", "regulator": "R-21", "wetsuit": "5mm S", "computer": "rental Zoop #7"},
            1,
            "Open Water depth limit 18 m: reef boat.",
        ),
        (
            "D-3306",
            {
                "name": "Lucas Ferreira",
                "cert": "PADI Divemaster",
                "logged_dives": 310,
                "nitrox": "EANx40",
                "medical": "valid to 2026-12-01",
            },
            {"bcd": "own", "regulator": "own", "wetsuit": "3mm L", "computer": "own"},
            0,
            "Cleared; can act as buddy for the wall group.",
        ),
        (
            "D-3307",
            {
                "name": "Fatima Al-Sayed",
                "cert": "PADI Advanced Open Water",
                "logged_dives": 37,
                "nitrox": "EANx32",
                "medical": "valid to 2026-08-14",
            },
            {"bcd": "M", "regulator": "R-12", "wetsuit": "7mm M", "computer": "Teric #6"},
            0,
            "Cleared for the wall dive, EANx32 fill.",
        ),
        (
            "D-3308",
            {
                "name": "Ben Okafor",
                "cert": "PADI Scuba Diver",
                "logged_dives": 4,
                "nitrox": "none",
                "medical": "valid to 2026-05-09",
            },
            {"bcd": "L", "regulator": "R-05", "wetsuit": "5mm L", "computer": "rental Zoop #2"},
            1,
            "12 m limit with a professional: reef boat with DM.",
        ),
    ],
    "requests": [
        "Hi, it's Kofi at the front desk. Tomorrow's 07:30 boats need manifests: check everyone's certs and gear and put them on the right boat.",
        "Can you sort the manifests for the morning boats? Certs, medicals, rental kit.",
    ],
    "acks": [
        "I'll go through each booked diver's record and rental kit, then build the manifests.",
        "Checking certifications, medicals and gear for tomorrow's divers first.",
    ],
    "wait_msgs": [
        "Waiting for the instructor to confirm whether D-3305 can join the wall dive before I close the Manta II manifest.",
        "Holding the Manta II manifest until the instructor decides on D-3305.",
    ],
    "para_thing": "D-3305's certification level",
    "conclusions": [
        "D-3305 is Open Water certified, so the 30 m wall is beyond their limit.",
        "With an Open Water card, Aiko Tanaka can't go below 18 m, which rules out the wall.",
        "So the wall dive is out for D-3305: their certification stops at 18 m.",
        "To be clear, D-3305's Open Water rating doesn't cover a 30 m dive.",
        "Again: Open Water means 18 m max, so D-3305 belongs on the reef boat.",
    ],
    "fail": [
        (
            "tank_fill_log",
            {"cylinder": "CY-223", "mix": "EANx32", "fill_bar": 232},
            "404 cylinder CY-223 not found; cylinder numbers have four digits",
        ),
        (
            "tank_fill_log",
            {"cylinder": "CY-2231", "mix": "EANx32", "fill_bar": 232},
            "400 fill_bar 232 exceeds working pressure 207 bar for CY-2231 (AL80)",
        ),
        (
            "tank_fill_log",
            {"cylinder": "CY-2231", "mix": "EANx32", "fill_bar": 207},
            "logged fill F-7741: CY-2231 EANx32 207 bar, analysed O2 32.1%, MOD 33.7 m at 1.4",
        ),
    ],
    "fail_fixes": [
        "The cylinder is CY-2231; I dropped a digit.",
        "CY-2231 is an AL80 rated to 207 bar, so I'll log the fill at 207.",
    ],
    "fail_done": "Fill logged for CY-2231. Next cylinder for the Manta II group is CY-2236.",
    "cosmetic": (
        "manifest_add",
        {"boat": "Manta II", "diver_id": "D-3307", "site": "Blue Hole wall"},
        "422 missing required field 'max_depth_m': deep-wall manifests need each diver's planned max depth",
        [
            "Perhaps the site name format is off; retrying.",
            "Trying the manifest entry again.",
            "Resubmitting D-3307 to Manta II.",
        ],
    ),
    "list": ("booking_search", {"date": "2026-03-15", "trip": "07:30 boats"}),
    "list_row": (
        "BK-{n} {name} {course} {pax} pax {status}",
        {
            "name": ["Hughes", "Delacroix", "Mwangi", "Sato", "Lindqvist", "Okoye", "Ruiz"],
            "course": ["fun dive", "AOW dive 3", "refresher", "DSD", "nitrox course"],
            "pax": ["1", "2", "3"],
            "status": ["paid", "deposit", "waiver missing"],
        },
    ),
    "pages_done": "Read all %d pages of tomorrow's bookings; flagging the ones with missing waivers.",
    "job": (
        "compressor_fill_batch_status",
        {"batch": "FB-0315-A"},
        {
            "state": "filling",
            "pct": 40,
            "cylinders_done": 6,
            "detail": "bank 2 at 182 bar, sensor last update 06:02",
        },
        [
            {
                "state": "queued",
                "pct": 0,
                "cylinders_done": 0,
                "detail": "waiting for bank 2 to top up",
            },
            {"state": "filling", "pct": 35, "cylinders_done": 5, "detail": "bank 2 at 221 bar"},
            {"state": "filling", "pct": 70, "cylinders_done": 10, "detail": "bank 3 online"},
            {"state": "analysing", "pct": 90, "cylinders_done": 14, "detail": "O2 analysis 12/14"},
            {
                "state": "done",
                "pct": 100,
                "cylinders_done": 14,
                "detail": "all cylinders analysed and tagged",
            },
        ],
    ),
    "job_done": "All 14 cylinders are filled, analysed and tagged for the morning boats.",
    "probe": (
        "boat_charter_book",
        {"boat": "Reef Runner", "divers": 6},
        "slot",
        [
            ("15Mar 07:30", "409 Reef Runner is full (12/12) for 15Mar 07:30"),
            ("15Mar 10:00", "409 15Mar 10:00 cancelled: tide too low at the Coral Garden mooring"),
            ("15Mar 13:30", "409 no divemaster rostered for 15Mar 13:30"),
            ("16Mar 07:30", "booked CH-5521: Reef Runner 16Mar 07:30, 6 divers, DM Tomas"),
        ],
    ),
    "probe_done": "The group is on the Reef Runner on the 16th at 07:30; I'll let Kofi tell them.",
    "agents": ("frontdesk-agent", "ops-agent", "instructor-agent"),
    "handoff_task": "Confirm whether D-3305 (Open Water, 14 dives) may join the 30 m wall dive.",
    "bounce": (
        "Certification limits are an instructor decision. Returning.",
        "Boat places are ops' responsibility; sending it back.",
    ),
    "pipeline": [
        (
            "instructor-agent",
            "Assess D-3305 for the 30 m wall dive.",
            "Not cleared for 30 m. Offered an Adventure Deep dive with me on Manta II, max 24 m; diver accepted.",
        ),
        (
            "ops-agent",
            "D-3305 goes on Manta II with instructor, max 24 m. Update the boat plan.",
            "Manta II now 11/12 incl. instructor pair; Reef Runner 9/12.",
        ),
        (
            "fills-agent",
            "Add one EANx32 AL80 for D-3305 to the 06:00 fill batch.",
            "Added CY-2240 to FB-0315-A.",
        ),
    ],
    "pipeline_done": "D-3305 dives with the instructor on Manta II to 24 m, boats and fills are updated. Telling Kofi.",
    "correction": (
        "Is Tomasz Nowak OK to dive tomorrow?",
        "Yes, D-3304 Tomasz Nowak is CMAS 2-star with 61 dives and is cleared to dive.",
        [
            "Look at his medical, it expired on 28 February.",
            "No, he isn't OK. The medical is expired, that's the problem.",
            "Again, check the medical field.",
        ],
        3,
    ),
    "clarify": (
        "Which boat should the Okoye family go on?",
        [
            "The Reef Runner, the kids are only Scuba Diver level.",
            "Reef Runner, I said.",
            "REEF RUNNER.",
        ],
        [
            "To confirm, which boat is the Okoye family on?",
            "Sorry, could you remind me which boat the Okoyes need?",
            "Which of the two boats is for the Okoye family?",
        ],
    ),
    "cycle_notes": ["%s: manifest pending, check paperwork.", "%s kit not yet issued."],
    "report_tmpl": "Diver check - %s",
    "notice_tmpl": "Boat briefing note for %s: %s",
    "doc_tool": "dive_doc_get",
    "docs": [
        (
            "DOC-118",
            "Medical questionnaire, D-3304",
            [
                "Signed 2025-02-28, valid 12 months.",
                "Answered yes to question 3 (asthma).",
                "Physician sign-off on file.",
            ],
        ),
        (
            "DOC-119",
            "Dive site briefing, Blue Hole wall",
            [
                "Wall drops from 8 m to beyond 40 m.",
                "Current usually north at 0.5 kn.",
                "Planned max depth 30 m, no penetration.",
            ],
        ),
        (
            "DOC-120",
            "Incident report IR-26-004",
            [
                "Rapid ascent by a rental diver on 2026-02-21.",
                "Cause: inflator stuck on BCD L-06.",
                "BCD L-06 withdrawn from service.",
            ],
        ),
        (
            "DOC-121",
            "Cert verification, D-3305",
            [
                "PADI Open Water issued 2025-11-02.",
                "No Deep specialty on record.",
                "Nitrox specialty issued 2026-01-10.",
            ],
        ),
    ],
    "docs_overall": "Together: the wall dive is 30 m in mild current, D-3305 has no deep training, D-3304's medical lapsed and BCD L-06 is out of service.",
    "rw_done": "Boats assigned for %s; manifests reflect each diver's certification.",
    "applied": (
        "Write tomorrow's Manta II manifest.",
        [
            (
                None,
                "Manta II 07:30: Solberg, Martin, Nowak, Ferreira, Al-Sayed. DM Lucas Ferreira.",
            ),
            (
                "Nowak can't go, his medical's expired.",
                "Manta II 07:30: Solberg, Martin, Ferreira, Al-Sayed. DM Lucas Ferreira.",
            ),
            (
                "Lucas is diving as a guest tomorrow, the DM is Ana.",
                "Manta II 07:30: Solberg, Martin, Ferreira, Al-Sayed. DM Ana Costa.",
            ),
        ],
    ),
    "ask_item": "What's the cert level for %s?",
    "wrong_item": "Not that diver, I meant %s.",
    "slots": [
        ("Which day would you like to dive?", "Saturday, the 07:30 boat."),
        ("How many divers, and what certification?", "Two of us, both Advanced Open Water."),
        ("Do you need rental gear?", "Just BCDs and regs, size M and L."),
        ("Nitrox or air?", "Nitrox, EANx32."),
    ],
    "ambiguous": ("Saturday.", "We have 07:30 and 10:00 boats on Saturday; which one?"),
    "slot_open": "Hello! My partner and I want to book a boat dive with you next weekend.",
    "slot_confirm": "So: Saturday 07:30, 2 AOW divers, BCD M and L with regs, EANx32. Book it?",
    "slot_action": (
        "dive_booking_create",
        {
            "date": "2026-03-21",
            "boat": "Manta II",
            "divers": 2,
            "cert": "AOW",
            "rental": ["BCD M", "BCD L", "reg", "reg"],
            "gas": "EANx32",
        },
        "booking BK-8842 confirmed",
    ),
    "slot_ok": "Yes, go ahead.",
    "slot_done": "Booked: BK-8842, Manta II on Saturday. Please bring your cert cards.",
}


AQUARIUM: Dom = {
    "name": "aquarium_life_support",
    "clock": (2026, 4, 2, 5),
    "ts_fmt": "LSS %Y-%m-%dT%H:%M:%SZ",
    "rid": "lss-",
    "style": "json",
    "id_arg": "system_id",
    "a_tool": "tank_telemetry_get",
    "b_tool": "water_test_get",
    "c_tool": "husbandry_log_add",
    "note_prefix": "HL",
    "up_tool": "return_pump_mode_set",
    "ab_field": "pump_mode",
    "ab_unset": "auto",
    "ab_values": ("reduced-40%", "normal-80%"),
    "ab_item": 2,
    "ab_reasons": (
        "The ORP on SYS-03 is high, so I'll drop the return pump to reduced-40% to lower ozone contact.",
        "But lower flow hurts the skimmer while ammonia is detectable on SYS-03; back to normal-80%.",
    ),
    "line_fields": 4,
    "items": [
        (
            "SYS-01",
            {
                "exhibit": "Kelp Forest",
                "volume_l": 380000,
                "temp_c": 13.1,
                "salinity_ppt": 33.8,
                "orp_mv": 312,
            },
            {"ammonia_mg_l": 0.00, "nitrite_mg_l": 0.01, "nitrate_mg_l": 8, "ph": 8.05},
            1,
            "Stable; routine skimmer clean only.",
        ),
        (
            "SYS-02",
            {
                "exhibit": "Coral Lagoon",
                "volume_l": 120000,
                "temp_c": 25.6,
                "salinity_ppt": 35.1,
                "orp_mv": 368,
            },
            {"ammonia_mg_l": 0.00, "nitrite_mg_l": 0.00, "nitrate_mg_l": 2, "ph": 8.21},
            1,
            "Stable; alkalinity dosing on schedule.",
        ),
        (
            "SYS-03",
            {
                "exhibit": "Shark Reef",
                "volume_l": 1450000,
                "temp_c": 24.9,
                "salinity_ppt": 34.6,
                "orp_mv": 421,
            },
            {"ammonia_mg_l": 0.04, "nitrite_mg_l": 0.02, "nitrate_mg_l": 22, "ph": 8.02},
            0,
            "ORP high and trace ammonia: reduce ozone, check feed rates.",
        ),
        (
            "SYS-04",
            {
                "exhibit": "Jellyfish Gallery",
                "volume_l": 6000,
                "temp_c": 16.0,
                "salinity_ppt": 33.2,
                "orp_mv": 290,
            },
            {"ammonia_mg_l": 0.02, "nitrite_mg_l": 0.01, "nitrate_mg_l": 15, "ph": 7.98},
            1,
            "Kreisel flow fine; nitrate creeping, schedule water change.",
        ),
        (
            "SYS-05",
            {
                "exhibit": "Amazon Flooded Forest",
                "volume_l": 210000,
                "temp_c": 27.4,
                "salinity_ppt": 0.1,
                "orp_mv": 255,
            },
            {"ammonia_mg_l": 0.01, "nitrite_mg_l": 0.00, "nitrate_mg_l": 12, "ph": 6.6},
            1,
            "Freshwater; pH on target for the tetras.",
        ),
        (
            "SYS-06",
            {
                "exhibit": "Quarantine Q2",
                "volume_l": 8000,
                "temp_c": 25.0,
                "salinity_ppt": 18.0,
                "orp_mv": 300,
            },
            {"ammonia_mg_l": 0.12, "nitrite_mg_l": 0.08, "nitrate_mg_l": 5, "ph": 8.1},
            0,
            "Hyposalinity treatment; ammonia 0.12 needs a 25% change.",
        ),
        (
            "SYS-07",
            {
                "exhibit": "Penguin Beach",
                "volume_l": 95000,
                "temp_c": 9.8,
                "salinity_ppt": 32.9,
                "orp_mv": 340,
            },
            {"ammonia_mg_l": 0.03, "nitrite_mg_l": 0.01, "nitrate_mg_l": 30, "ph": 7.9},
            1,
            "Nitrate 30: backwash sand filters tonight.",
        ),
        (
            "SYS-08",
            {
                "exhibit": "Seahorse Nursery",
                "volume_l": 1200,
                "temp_c": 24.0,
                "salinity_ppt": 34.0,
                "orp_mv": 305,
            },
            {"ammonia_mg_l": 0.00, "nitrite_mg_l": 0.00, "nitrate_mg_l": 4, "ph": 8.15},
            0,
            "Stable; copepod dosing continues.",
        ),
    ],
    "requests": [
        "Morning. Dr Hale here, curator on call. Give me the overnight life-support picture before the 08:00 husbandry meeting.",
        "Please go through all systems before opening; the overnight alarm log mentions Shark Reef.",
    ],
    "acks": [
        "I'll read telemetry and the latest water tests system by system.",
        "Starting with telemetry on each system, then the bench water tests.",
    ],
    "wait_msgs": [
        "Waiting for the 06:30 bench ammonia test on SYS-03 before recommending any ozone change.",
        "I'll hold the SYS-03 recommendation until the bench ammonia result is in.",
    ],
    "para_thing": "the ORP trend on SYS-03",
    "conclusions": [
        "SYS-03's ORP at 421 mV is above the 400 mV ceiling, so ozone should come down.",
        "Shark Reef is over-oxidised: 421 mV ORP means we should reduce ozone dosing.",
        "In short, the ORP on SYS-03 is too high and the ozone needs turning down.",
        "Restating: above 400 mV on Shark Reef, the fix is less ozone.",
        "So the recommendation for SYS-03 remains a lower ozone output.",
    ],
    "fail": [
        (
            "dosing_pump_set",
            {"pump": "DP-3B", "chemical": "sodium bicarbonate", "ml_per_h": 250},
            "404 pump DP-3B not found on SYS-03 (pumps: DP-03A, DP-03B)",
        ),
        (
            "dosing_pump_set",
            {"pump": "DP-03B", "chemical": "sodium bicarbonate", "ml_per_h": 250},
            "400 ml_per_h 250 above the DP-03B safety limit of 120 ml/h",
        ),
        (
            "dosing_pump_set",
            {"pump": "DP-03B", "chemical": "sodium bicarbonate", "ml_per_h": 110},
            "DP-03B set to 110 ml/h sodium bicarbonate, change CH-2291 logged",
        ),
    ],
    "fail_fixes": [
        "The pump id has a zero: DP-03B.",
        "The limit is 120 ml/h; 110 ml/h still lifts alkalinity over the day, so I'll use that.",
    ],
    "fail_done": "DP-03B is dosing at 110 ml/h. I'll check alkalinity again at the noon test.",
    "cosmetic": (
        "water_change_schedule",
        {"system_id": "SYS-06", "percent": "25", "saltmix": "reef crystals"},
        "422 missing required field 'target_salinity_ppt': quarantine changes must state the target salinity",
        [
            "Maybe it wants the percent as a number string; retrying.",
            "Retrying the SYS-06 water change.",
            "Trying the schedule call again.",
        ],
    ),
    "list": ("alarm_log_search", {"since": "2026-04-01T18:00Z", "severity": "warn+"}),
    "list_row": (
        "ALM-{n} {sys} {kind} {val}",
        {
            "sys": ["SYS-01", "SYS-03", "SYS-04", "SYS-06", "SYS-07"],
            "kind": ["ORP high", "temp drift", "flow low", "skimmer overflow", "level low"],
            "val": ["acked", "auto-cleared", "open"],
        },
    ),
    "pages_done": "All %d pages of overnight alarms read; SYS-03 ORP accounts for most of them.",
    "job": (
        "sand_filter_backwash_status",
        {"job_id": "BW-0402-07"},
        {
            "state": "rinsing",
            "pct": 45,
            "filter": "SF-7B",
            "detail": "valve V-7B position feedback last seen 04:12Z",
        },
        [
            {"state": "isolating", "pct": 10, "filter": "SF-7B", "detail": "V-7A closed"},
            {
                "state": "backwashing",
                "pct": 40,
                "filter": "SF-7B",
                "detail": "flow 38 m3/h to waste",
            },
            {
                "state": "rinsing",
                "pct": 75,
                "filter": "SF-7B",
                "detail": "turbidity 4.1 NTU falling",
            },
            {"state": "returning", "pct": 92, "filter": "SF-7B", "detail": "turbidity 0.6 NTU"},
            {"state": "done", "pct": 100, "filter": "SF-7B", "detail": "back in service"},
        ],
    ),
    "job_done": "SF-7B is back in service after the backwash; I'll re-test nitrate on SYS-07 this afternoon.",
    "probe": (
        "animal_transfer_slot_book",
        {"animal": "green sea turtle #T-12", "from": "SYS-06", "to": "SYS-03"},
        "window",
        [
            ("2026-04-02 07:00", "409 07:00 overlaps the SYS-03 dive feed"),
            (
                "2026-04-02 09:30",
                "409 09:30 inside public hours; transfers need the gallery closed",
            ),
            ("2026-04-02 16:00", "409 vet Dr Osei unavailable 16:00"),
            ("2026-04-02 17:45", "booked TR-0402-2: T-12 to SYS-03 at 17:45, vet and 4 divers"),
        ],
    ),
    "probe_done": "The turtle move is booked for 17:45 after closing, with the vet and dive team.",
    "agents": ("lss-agent", "vet-agent", "husbandry-agent"),
    "handoff_task": "Decide whether to cut feeding on SYS-03 while ammonia reads 0.04 mg/l.",
    "bounce": (
        "Feeding plans belong to husbandry; returning.",
        "Water-quality thresholds are the vet team's call; sending back.",
    ),
    "pipeline": [
        (
            "vet-agent",
            "Review SYS-03: ammonia 0.04 mg/l, ORP 421 mV. Is it a welfare risk?",
            "No welfare risk at 0.04. Recommend ORP below 400 and a 20% feed cut for 2 days.",
        ),
        (
            "husbandry-agent",
            "Vet recommends 20% feed cut on SYS-03 for 2 days.",
            "Feed plan for Shark Reef reduced from 14.0 kg to 11.2 kg/day until 04-04.",
        ),
        (
            "lss-agent-night",
            "Vet wants SYS-03 ORP under 400 mV.",
            "Ozone generator OZ-3 set from 60% to 45%; ORP alarm threshold unchanged.",
        ),
    ],
    "pipeline_done": "SYS-03 has a vet review, a feed cut and lower ozone. Briefing Dr Hale.",
    "correction": (
        "What's the salinity in Quarantine Q2 right now?",
        "SYS-06 Quarantine Q2 is at normal seawater salinity, about 34 ppt.",
        [
            "That's not right, Q2 is on hyposalinity. Read the record.",
            "No, it's 18 ppt. Please check again.",
            "You keep saying 34. The telemetry says 18.",
        ],
        5,
    ),
    "clarify": (
        "Which system should the new clownfish go into?",
        ["Quarantine Q2, SYS-06, for 30 days first.", "Q2. Like I said.", "SYS-06!"],
        [
            "Just to check, where should the clownfish go?",
            "Sorry, which system did you want for the clownfish?",
            "Could you confirm the target system for the clownfish?",
        ],
    ),
    "cycle_notes": ["%s reviewed, nothing to change.", "%s: keep watching, no action."],
    "report_tmpl": "Overnight - %s",
    "notice_tmpl": "Keeper handover for %s: %s",
    "doc_tool": "sop_doc_get",
    "docs": [
        (
            "SOP-LSS-04",
            "Ozone dosing SOP",
            [
                "ORP target 320-380 mV on reef systems.",
                "Above 400 mV reduce ozone in 10% steps.",
                "Never exceed 450 mV with animals present.",
            ],
        ),
        (
            "SOP-LSS-09",
            "Ammonia response SOP",
            [
                "Above 0.02 mg/l re-test within 2 h.",
                "Above 0.05 mg/l cut feeding by 20%.",
                "Above 0.1 mg/l do a 25% water change.",
            ],
        ),
        (
            "VET-22-31",
            "Shark Reef vet note",
            [
                "Zebra shark Ziggy off feed 2 days in March.",
                "Blood work normal.",
                "Recommend stable ORP and reduced feeding for a week.",
            ],
        ),
        (
            "ENG-0330",
            "Ozone generator OZ-3 service record",
            [
                "Cell replaced 2026-03-30.",
                "Output now 15% higher per setpoint.",
                "Re-tune setpoints after replacement.",
            ],
        ),
    ],
    "docs_overall": "The high ORP on SYS-03 likely follows the OZ-3 cell replacement; the SOPs say reduce ozone in steps and re-test ammonia, which fits the vet note.",
    "rw_done": "Pump modes set for %s; I'll watch ORP over the next hour.",
    "applied": (
        "Draft the morning husbandry summary for the 08:00 meeting.",
        [
            (
                None,
                "Summary: all systems stable except SYS-03 (ORP 421) and SYS-07 (nitrate 30). Q2 on hyposalinity.",
            ),
            (
                "Add that Q2 ammonia is 0.12, that needs action.",
                "Summary: all stable except SYS-03 (ORP 421), SYS-07 (nitrate 30) and Q2 (ammonia 0.12, 25% change due).",
            ),
            (
                "And say the OZ-3 cell was replaced, that's probably why ORP is up.",
                "Summary: all stable except SYS-03 (ORP 421, likely new OZ-3 cell), SYS-07 (nitrate 30) and Q2 (ammonia 0.12, 25% change due).",
            ),
        ],
    ),
    "ask_item": "What's the temperature on %s?",
    "wrong_item": "Sorry, wrong system, I need %s.",
    "slots": [
        ("Which system is the new shipment going into?", "Quarantine Q1."),
        ("What species and how many?", "Twelve yellow tangs."),
        ("Treatment protocol?", "Copper at 0.15 ppm for 14 days."),
        ("Who's the keeper in charge?", "Priya."),
    ],
    "ambiguous": ("Quarantine.", "We have Q1 and Q2, and Q2 is on hyposalinity; Q1 then?"),
    "slot_open": "Dr Hale: a shipment arrives from the collector on Friday, please set up the intake.",
    "slot_confirm": "So: Q1, 12 yellow tangs, copper 0.15 ppm for 14 days, Priya in charge. Create the intake?",
    "slot_action": (
        "animal_intake_create",
        {
            "system_id": "SYS-09",
            "species": "Zebrasoma flavescens",
            "count": 12,
            "treatment": "copper 0.15 ppm x14d",
            "keeper": "Priya",
        },
        "intake AI-2026-044 created",
    ),
    "slot_ok": "Yes.",
    "slot_done": "Intake AI-2026-044 created for Q1 with Priya as keeper.",
}


PIANO: Dom = {
    "name": "piano_tuning_service",
    "clock": (2026, 5, 11, 8),
    "ts_fmt": "%a %d %b %H:%M:%S",
    "rid": "pt-",
    "style": "kv",
    "id_arg": "piano_id",
    "a_tool": "piano_record_get",
    "b_tool": "humidity_log_get",
    "c_tool": "service_note_add",
    "note_prefix": "SN",
    "up_tool": "visit_type_set",
    "ab_field": "visit_type",
    "ab_unset": "to be decided",
    "ab_values": ("standard tune (90 min)", "pitch raise + tune (150 min)"),
    "ab_item": 3,
    "ab_reasons": (
        "PN-0414 was last tuned in January, so a standard tune should do.",
        "The church's humidity log shows a dry winter, so it will have gone flat; booking a pitch raise after all.",
    ),
    "line_fields": 3,
    "items": [
        (
            "PN-0411",
            {
                "location": "Royal Northern Hall, stage",
                "instrument": "Steinway D #583112",
                "last_tuned": "2026-05-04",
                "pitch_hz": 442.0,
                "action_regulated": "2025-11",
            },
            {"rh_avg_pct": 47, "rh_min_pct": 41, "rh_max_pct": 55, "damppchaser": "installed"},
            0,
            "Concert tune before Saturday's recital.",
        ),
        (
            "PN-0412",
            {
                "location": "St Aldhelm's School, music room 2",
                "instrument": "Yamaha U3 #4471020",
                "last_tuned": "2025-09-18",
                "pitch_hz": 437.8,
                "action_regulated": "never",
            },
            {"rh_avg_pct": 38, "rh_min_pct": 22, "rh_max_pct": 61, "damppchaser": "none"},
            1,
            "2.2 Hz flat: pitch raise needed.",
        ),
        (
            "PN-0413",
            {
                "location": "Mrs Adebayo, 14 Hollins Rd",
                "instrument": "Bechstein Model 8 #101554",
                "last_tuned": "2025-12-02",
                "pitch_hz": 439.4,
                "action_regulated": "2019",
            },
            {"rh_avg_pct": 52, "rh_min_pct": 46, "rh_max_pct": 60, "damppchaser": "none"},
            0,
            "Standard tune; mention sticky keys C5 and D5.",
        ),
        (
            "PN-0414",
            {
                "location": "St Wilfrid's Church",
                "instrument": "Broadwood grand 1898 #62033",
                "last_tuned": "2026-01-20",
                "pitch_hz": 436.9,
                "action_regulated": "2012",
            },
            {"rh_avg_pct": 33, "rh_min_pct": 19, "rh_max_pct": 58, "damppchaser": "none"},
            1,
            "Very dry winter; pitch raise and check the soundboard.",
        ),
        (
            "PN-0415",
            {
                "location": "Jazz Cellar, Oldham St",
                "instrument": "Kawai GX-2 #2661873",
                "last_tuned": "2026-04-01",
                "pitch_hz": 440.1,
                "action_regulated": "2025-06",
            },
            {"rh_avg_pct": 56, "rh_min_pct": 49, "rh_max_pct": 66, "damppchaser": "installed"},
            0,
            "Monthly standard tune.",
        ),
        (
            "PN-0416",
            {
                "location": "Chetham Library reading room",
                "instrument": "Erard square piano c.1840",
                "last_tuned": "2024-10-10",
                "pitch_hz": 430.0,
                "action_regulated": "unknown",
            },
            {"rh_avg_pct": 45, "rh_min_pct": 40, "rh_max_pct": 51, "damppchaser": "none"},
            1,
            "Historic pitch 430; raise only to 430, not 440.",
        ),
        (
            "PN-0417",
            {
                "location": "Dr Lindqvist, 3 Park Crescent",
                "instrument": "Bluthner upright #118204",
                "last_tuned": "2026-02-14",
                "pitch_hz": 439.7,
                "action_regulated": "2023",
            },
            {"rh_avg_pct": 49, "rh_min_pct": 44, "rh_max_pct": 57, "damppchaser": "none"},
            0,
            "Standard tune.",
        ),
        (
            "PN-0418",
            {
                "location": "Northern Ballet studio 3",
                "instrument": "Yamaha C3 #6120045",
                "last_tuned": "2025-08-29",
                "pitch_hz": 438.1,
                "action_regulated": "2024",
            },
            {"rh_avg_pct": 36, "rh_min_pct": 25, "rh_max_pct": 50, "damppchaser": "none"},
            1,
            "1.9 Hz flat after the winter: pitch raise.",
        ),
    ],
    "requests": [
        "Hi, it's Gemma in the office. Can you plan Tomasz's tuning round for next week? The recital hall needs its Steinway done by Friday.",
        "Please work out which pianos on next week's list need a pitch raise, and book them in.",
    ],
    "acks": [
        "I'll go through each client piano's record and humidity log, then plan the round.",
        "Starting with last-tuned dates and measured pitch for each piano on the list.",
    ],
    "wait_msgs": [
        "Waiting for St Wilfrid's to confirm church access times before I can place PN-0414 in the round.",
        "I can't fix Tuesday's route until St Wilfrid's confirms when the church is open.",
    ],
    "para_thing": "PN-0414's measured pitch",
    "conclusions": [
        "PN-0414 sits at 436.9 Hz, so it needs a pitch raise rather than a fine tune.",
        "At 3.1 Hz flat, the Broadwood needs a pitch raise before tuning.",
        "So the church piano is too flat for a standard tune; pitch raise it is.",
        "In other words, PN-0414 must be brought up to pitch first.",
        "Restating: 436.9 Hz on the Broadwood means a pitch raise visit.",
    ],
    "fail": [
        (
            "visit_book",
            {
                "piano_id": "PN-0141",
                "tuner": "Tomasz",
                "date": "2026-05-15",
                "start": "08:00",
                "minutes": 90,
            },
            "404 piano PN-0141 not found",
        ),
        (
            "visit_book",
            {
                "piano_id": "PN-0411",
                "tuner": "Tomasz",
                "date": "2026-05-15",
                "start": "08:00",
                "minutes": 90,
            },
            "409 Royal Northern Hall stage access starts 09:30 on 2026-05-15 (get-in for orchestra until 09:15)",
        ),
        (
            "visit_book",
            {
                "piano_id": "PN-0411",
                "tuner": "Tomasz",
                "date": "2026-05-15",
                "start": "09:30",
                "minutes": 90,
            },
            "booked V-22817: PN-0411, Tomasz, Fri 15 May 09:30-11:00",
        ),
    ],
    "fail_fixes": [
        "The Steinway is PN-0411; I swapped two digits.",
        "Stage access opens at 09:30 that day, so the visit starts at 09:30.",
    ],
    "fail_done": "The Steinway concert tune is booked for Friday 09:30, well before the recital.",
    "cosmetic": (
        "visit_book",
        {"piano_id": "PN-0416", "tuner": "Tomasz", "date": "2026-05-13"},
        "422 missing required field 'target_pitch_hz': historic instruments need an explicit target pitch",
        [
            "Maybe the tuner name needs different casing; retrying.",
            "Retrying the Chetham booking.",
            "Let me submit that again.",
        ],
    ),
    "list": ("client_piano_search", {"area": "Manchester M1-M4", "due_before": "2026-05-31"}),
    "list_row": (
        "PN-0{n} {inst} {loc} last tuned {when}",
        {
            "inst": ["Yamaha U1", "Kawai K-300", "Steinway O", "Chappell upright", "Petrof P118"],
            "loc": ["Ancoats", "Didsbury", "Salford Quays", "Chorlton", "Northern Quarter"],
            "when": ["2025-06", "2025-08", "2025-10", "2025-11", "2026-01"],
        },
    ),
    "pages_done": "All %d pages of pianos due in May read; grouping them by area for the route.",
    "job": (
        "route_optimiser_status",
        {"run_id": "RT-0518-T"},
        {
            "state": "optimising",
            "pct": 33,
            "visits": 14,
            "detail": "solver heartbeat last at 08:02:11",
        },
        [
            {"state": "geocoding", "pct": 10, "visits": 14, "detail": "14/14 addresses resolved"},
            {"state": "optimising", "pct": 45, "visits": 14, "detail": "best route 118 km"},
            {"state": "optimising", "pct": 80, "visits": 14, "detail": "best route 96 km"},
            {"state": "done", "pct": 100, "visits": 14, "detail": "final route 91 km over 4 days"},
        ],
    ),
    "job_done": "The route is done: 14 visits over 4 days, 91 km. Sending it to Tomasz's calendar.",
    "probe": (
        "visit_book",
        {"piano_id": "PN-0414", "tuner": "Tomasz", "minutes": 150},
        "slot",
        [
            ("Mon 18 May 10:00", "409 church booked for a funeral Mon 18 May"),
            ("Tue 19 May 09:00", "409 Tomasz already at St Aldhelm's Tue 09:00-11:30"),
            ("Tue 19 May 13:00", "409 church closed Tue afternoons"),
            ("Wed 20 May 09:00", "booked V-22841: PN-0414, Wed 20 May 09:00-11:30"),
        ],
    ),
    "probe_done": "The Broadwood pitch raise is booked for Wednesday 09:00.",
    "agents": ("office-agent", "tuner-agent", "accounts-agent"),
    "handoff_task": "Quote the soundboard crack on PN-0414 for the church.",
    "bounce": (
        "Quotes are prepared by accounts; returning.",
        "I can't price a repair I haven't had assessed. Back to the tuner.",
    ),
    "pipeline": [
        (
            "tuner-agent",
            "Assess the soundboard crack reported on PN-0414.",
            "Crack 14 cm in treble, no buzz, ribs sound. Shim repair, 4 hours, in situ.",
        ),
        (
            "accounts-agent",
            "Price a 4 h in-situ soundboard shim repair on PN-0414.",
            "Quote Q-1186: labour 4 h x GBP 55, materials GBP 35, total GBP 255.",
        ),
        (
            "scheduler-agent",
            "Offer the church a 4 h slot for the shim repair after the pitch raise.",
            "Proposed Thu 28 May 09:00-13:00; church provisionally accepted.",
        ),
    ],
    "pipeline_done": "Assessment, quote Q-1186 and a provisional date are ready for the church.",
    "correction": (
        "When was the Bechstein at Mrs Adebayo's last tuned?",
        "PN-0413 was last regulated in 2019, so it's long overdue.",
        [
            "I asked about the last tuning, not the regulation.",
            "No, the tuning date. It's in last_tuned.",
            "Please just read last_tuned.",
        ],
        2,
    ),
    "clarify": (
        "Which pitch should the Erard at Chetham's be tuned to?",
        ["430 Hz, it's a historic instrument.", "430, as I said.", "Four thirty!"],
        [
            "To confirm, what pitch for the Erard?",
            "Sorry, which pitch did you want for the square piano?",
            "Remind me of the target pitch for PN-0416?",
        ],
    ),
    "cycle_notes": ["%s: visit to be scheduled.", "%s waiting on client reply."],
    "report_tmpl": "Round plan - %s",
    "notice_tmpl": "Client reminder for %s: %s Tomasz will confirm the time the day before.",
    "doc_tool": "client_doc_get",
    "docs": [
        (
            "CD-551",
            "St Wilfrid's service history",
            [
                "Tuned twice a year since 2015.",
                "Pitch raise in 2021 after a cold winter.",
                "Soundboard crack first noted 2024, no buzz.",
            ],
        ),
        (
            "CD-552",
            "St Wilfrid's heating notice",
            [
                "Heating ran continuously Dec to Feb.",
                "No humidifier in the nave.",
                "Organ builder also reported dryness.",
            ],
        ),
        (
            "CD-553",
            "Broadwood 1898 maker notes",
            [
                "Original soundboard and bridges.",
                "Designed for about A435 pitch.",
                "Tension at 440 is near the frame's limit.",
            ],
        ),
        (
            "CD-554",
            "Church email from the vicar",
            [
                "Recital on 31 May needs the piano at 440.",
                "Budget up to GBP 300 for repairs.",
                "Access via the vestry door.",
            ],
        ),
    ],
    "docs_overall": "The church wants 440 for 31 May, the Broadwood was built near 435 and has a dry-winter crack; a careful pitch raise plus the shim repair fits the GBP 300 budget.",
    "rw_done": "Visit types set for %s; the route planner can now size the slots.",
    "applied": (
        "Write the reminder text for Dr Lindqvist's visit.",
        [
            (
                None,
                "Dear Dr Lindqvist, your piano tuning is booked for Tuesday 19 May at 14:00 with Tomasz. Standard tune, about 90 minutes.",
            ),
            (
                "It's Thursday, not Tuesday.",
                "Dear Dr Lindqvist, your piano tuning is booked for Thursday 21 May at 14:00 with Tomasz. Standard tune, about 90 minutes.",
            ),
            (
                "And ask them to clear the top of the upright, last time it was covered in photos.",
                "Dear Dr Lindqvist, your piano tuning is booked for Thursday 21 May at 14:00 with Tomasz. Standard tune, about 90 minutes. Please clear the top of the piano beforehand.",
            ),
        ],
    ),
    "ask_item": "When was %s last tuned?",
    "wrong_item": "Sorry, I meant %s.",
    "slots": [
        ("Which piano would you like tuned?", "The Yamaha upright in our front room."),
        ("What's the address?", "22 Wilmslow Road, Fallowfield."),
        ("Which days suit you?", "Weekday mornings."),
        ("When was it last tuned?", "About three years ago."),
    ],
    "ambiguous": ("The one in the house.", "Is there more than one piano there? Which one is it?"),
    "slot_open": "Hi, I'd like someone to come and tune our piano, it's sounding awful.",
    "slot_confirm": "So: Yamaha upright at 22 Wilmslow Road, weekday morning, last tuned about 3 years ago, so likely a pitch raise. Shall I book it?",
    "slot_action": (
        "client_visit_request",
        {
            "address": "22 Wilmslow Road, Fallowfield",
            "instrument": "Yamaha upright",
            "window": "weekday AM",
            "visit_type": "pitch raise + tune",
        },
        "request VR-3390 created",
    ),
    "slot_ok": "Yes please.",
    "slot_done": "Request VR-3390 is in; the office will confirm a date by email.",
}


SAWMILL: Dom = {
    "name": "sawmill_log_yard",
    "clock": (2026, 10, 7, 6),
    "ts_fmt": "%d-%m-%Y %H:%M:%S",
    "rid": "yd",
    "style": "kv",
    "id_arg": "pack_id",
    "a_tool": "lumber_pack_get",
    "b_tool": "grade_scan_get",
    "c_tool": "yard_note_add",
    "note_prefix": "YN-",
    "up_tool": "pack_route_set",
    "ab_field": "route",
    "ab_unset": "green chain",
    "ab_values": ("kiln K2 (hardwood schedule T8-D4)", "air-dry yard row F"),
    "ab_item": 0,
    "ab_reasons": (
        "PK-7710 is 4/4 red oak at 62% MC; K2 has room, so I'll route it to the kiln.",
        "Oak should air-dry to about 25% before kilning to avoid honeycomb, so row F instead.",
    ),
    "line_fields": 4,
    "items": [
        (
            "PK-7710",
            {
                "species": "red oak",
                "dims": "4/4 x RW",
                "board_feet": 1840,
                "grade": "FAS",
                "mc_pct": 62,
            },
            {
                "clear_face_pct": 88,
                "knots_per_m": 0.4,
                "wane": "none",
                "defects": "minor end checks",
            },
            1,
            "Green oak: air-dry first.",
        ),
        (
            "PK-7711",
            {
                "species": "white ash",
                "dims": "5/4 x RW",
                "board_feet": 1220,
                "grade": "1 Common",
                "mc_pct": 24,
            },
            {"clear_face_pct": 71, "knots_per_m": 1.3, "wane": "2 boards", "defects": "none"},
            0,
            "Air-dried to 24%: ready for K2.",
        ),
        (
            "PK-7712",
            {
                "species": "Douglas fir",
                "dims": "2x6 x 16'",
                "board_feet": 2560,
                "grade": "No.2 & Btr",
                "mc_pct": 31,
            },
            {"clear_face_pct": 64, "knots_per_m": 2.1, "wane": "none", "defects": "1 split"},
            0,
            "Softwood schedule, K2 acceptable.",
        ),
        (
            "PK-7713",
            {
                "species": "black walnut",
                "dims": "8/4 x RW",
                "board_feet": 640,
                "grade": "FAS",
                "mc_pct": 48,
            },
            {"clear_face_pct": 92, "knots_per_m": 0.2, "wane": "none", "defects": "none"},
            1,
            "Premium walnut: slow air-dry under cover.",
        ),
        (
            "PK-7714",
            {
                "species": "hard maple",
                "dims": "4/4 x RW",
                "board_feet": 1510,
                "grade": "Select",
                "mc_pct": 22,
            },
            {
                "clear_face_pct": 83,
                "knots_per_m": 0.6,
                "wane": "1 board",
                "defects": "mineral streak",
            },
            0,
            "Ready for K2 now to keep it white.",
        ),
        (
            "PK-7715",
            {
                "species": "eastern white pine",
                "dims": "1x8 x 12'",
                "board_feet": 2100,
                "grade": "D Select",
                "mc_pct": 55,
            },
            {
                "clear_face_pct": 76,
                "knots_per_m": 1.0,
                "wane": "none",
                "defects": "blue stain risk",
            },
            1,
            "Sticker and air-dry in row F with fans.",
        ),
        (
            "PK-7716",
            {
                "species": "cherry",
                "dims": "5/4 x RW",
                "board_feet": 980,
                "grade": "FAS",
                "mc_pct": 20,
            },
            {"clear_face_pct": 90, "knots_per_m": 0.3, "wane": "none", "defects": "gum pockets 3"},
            0,
            "Air-dried; kiln to 7%.",
        ),
        (
            "PK-7717",
            {
                "species": "white oak",
                "dims": "8/4 x RW",
                "board_feet": 1330,
                "grade": "1 Common",
                "mc_pct": 71,
            },
            {
                "clear_face_pct": 69,
                "knots_per_m": 1.1,
                "wane": "3 boards",
                "defects": "ring shake 1",
            },
            1,
            "Thick green oak: air-dry a year.",
        ),
    ],
    "requests": [
        "Dale here, yard foreman. K2 opens up tomorrow. Work out which packs go in and which stay on the air-dry rows.",
        "Can you go through this week's packs and plan the kiln charge for K2?",
    ],
    "acks": [
        "I'll pull each pack's tally and moisture, and the grade scans, then plan K2's charge.",
        "Checking pack records and moisture content first.",
    ],
    "wait_msgs": [
        "Waiting for the moisture meter re-check on PK-7712 before finalising the K2 charge.",
        "The K2 charge list stays open until PK-7712's moisture is re-checked.",
    ],
    "para_thing": "PK-7710's moisture content",
    "conclusions": [
        "PK-7710 is still at 62% MC, too green to go straight into the kiln.",
        "Red oak at 62% moisture would honeycomb in K2; it has to air-dry first.",
        "So PK-7710 isn't ready for kilning at that moisture.",
        "Restating: the oak pack is too wet for K2 right now.",
        "In short, 62% MC means PK-7710 stays out of the kiln.",
    ],
    "fail": [
        (
            "kiln_charge_create",
            {"kiln": "K-2", "packs": ["PK-7711", "PK-7714", "PK-7716"], "schedule": "T8-D4"},
            "404 kiln K-2 unknown (kilns: K1, K2, K3)",
        ),
        (
            "kiln_charge_create",
            {"kiln": "K2", "packs": ["PK-7711", "PK-7714", "PK-7716"], "schedule": "T8-D4"},
            "400 schedule T8-D4 not valid for hard maple; maple needs T10-C3 or a split charge",
        ),
        (
            "kiln_charge_create",
            {"kiln": "K2", "packs": ["PK-7711", "PK-7716"], "schedule": "T8-D4"},
            "charge KC-1027 created: K2, 2 packs, 2200 bf, schedule T8-D4, est. 9 days",
        ),
    ],
    "fail_fixes": [
        "The kiln id has no hyphen: K2.",
        "Maple needs its own schedule, so I'll leave PK-7714 for K3 and charge K2 with the ash and cherry.",
    ],
    "fail_done": "K2 is charged with the ash and cherry; I'll put the maple in K3 on T10-C3 next.",
    "cosmetic": (
        "pack_ship",
        {"pack_id": "PK-7716", "customer": "Hartley Joinery", "carrier": "own truck"},
        "422 missing required field 'kiln_certificate': export and joinery orders need a kiln-dried certificate number",
        [
            "Maybe the carrier value is the problem; retrying.",
            "Retrying the shipment.",
            "Sending the ship request again.",
        ],
    ),
    "list": ("pack_search", {"yard": "north", "status": "stickered"}),
    "list_row": (
        "PK-7{n} {sp} {th} {bf} bf MC {mc}%",
        {
            "sp": ["red oak", "ash", "basswood", "poplar", "cherry", "maple"],
            "th": ["4/4", "5/4", "8/4"],
            "bf": ["420", "860", "1190", "1560"],
            "mc": ["19", "23", "28", "34", "47"],
        },
    ),
    "pages_done": "All %d pages of stickered packs in the north yard read; I'll pick the ones at or below 25%% MC.",
    "job": (
        "kiln_run_status",
        {"charge_id": "KC-1019"},
        {
            "state": "drying",
            "pct": 58,
            "dry_bulb_f": 160,
            "detail": "sample board weights last logged 02:10",
        },
        [
            {"state": "heating", "pct": 8, "dry_bulb_f": 110, "detail": "sample MC 24.1%"},
            {"state": "drying", "pct": 40, "dry_bulb_f": 140, "detail": "sample MC 15.8%"},
            {"state": "drying", "pct": 72, "dry_bulb_f": 160, "detail": "sample MC 9.4%"},
            {"state": "equalising", "pct": 90, "dry_bulb_f": 170, "detail": "sample MC 7.2%"},
            {
                "state": "conditioning",
                "pct": 100,
                "dry_bulb_f": 170,
                "detail": "sample MC 7.0%, casehardening test pass",
            },
        ],
    ),
    "job_done": "KC-1019 is done at 7.0% with a clean prong test; K1 can be unloaded tonight.",
    "probe": (
        "truck_slot_book",
        {"load": "PK-7716 + PK-7711", "customer": "Hartley Joinery"},
        "slot",
        [
            ("08-10-2026 07:00", "409 loading bay 1 taken by the chip truck"),
            ("08-10-2026 10:00", "409 forklift FL-3 in service 09:00-12:00"),
            ("08-10-2026 13:00", "booked TS-4410: bay 2, 08-10-2026 13:00, driver Mick"),
        ],
    ),
    "probe_done": "Hartley's load goes out at 13:00 tomorrow from bay 2.",
    "agents": ("yard-agent", "grading-agent", "sales-agent"),
    "handoff_task": "Decide whether PK-7717 (ring shake in one board) should be regraded before it is offered.",
    "bounce": (
        "What we offer is a sales decision; returning.",
        "Grading isn't ours, sending it back to grading.",
    ),
    "pipeline": [
        (
            "grading-agent",
            "Regrade PK-7717 after the ring shake report.",
            "Pulled 1 board with ring shake; pack stays 1 Common, now 1290 bf.",
        ),
        (
            "sales-agent",
            "PK-7717 is 1 Common, 1290 bf, green at 71%. Offer it as air-dry stock.",
            "Offered to Fenwick Cooperage at GBP 1.85/bf; they reserved it.",
        ),
        (
            "yard-agent-2",
            "Move PK-7717 to row F and tag it reserved for Fenwick.",
            "Moved to F-12, tag RSV-Fenwick.",
        ),
    ],
    "pipeline_done": "PK-7717 is regraded, sold to Fenwick and moved to F-12.",
    "correction": (
        "How many board feet in PK-7712?",
        "PK-7712 is 2x6 Douglas fir, 16 feet long.",
        [
            "I asked for board feet.",
            "That's the dimensions again. Board feet, please.",
            "The number in board_feet, please.",
        ],
        2,
    ),
    "clarify": (
        "Which kiln should the cherry go in?",
        ["K2, with the ash.", "K2, I said.", "K2."],
        [
            "To confirm, which kiln for the cherry?",
            "Sorry, where did you want the cherry dried?",
            "Which kiln is the cherry going to?",
        ],
    ),
    "cycle_notes": ["%s: route pending.", "%s left on the green chain for now."],
    "report_tmpl": "Pack review - %s",
    "notice_tmpl": "Forklift ticket for %s: %s",
    "doc_tool": "yard_doc_get",
    "docs": [
        (
            "YD-88",
            "Kiln K2 maintenance log",
            [
                "Fan 3 bearing replaced 2026-09-30.",
                "Steam spray valve re-seated.",
                "Calibrated wet bulb sensor, offset -1 F.",
            ],
        ),
        (
            "YD-89",
            "Hartley Joinery order",
            [
                "Needs 2000 bf of 5/4 at 6-8% MC.",
                "Cherry and ash accepted.",
                "Delivery by 2026-10-20.",
            ],
        ),
        (
            "YD-90",
            "Red oak drying guide",
            [
                "Air-dry 4/4 red oak to 25% before kilning.",
                "Kiln schedule T8-D4 from 25%.",
                "Honeycomb risk if kilned green.",
            ],
        ),
        (
            "YD-91",
            "September moisture audit",
            [
                "Pin meter drifted +2 points, recalibrated.",
                "Packs measured before 09-20 may read high.",
                "PK-7711 and PK-7716 re-measured after recalibration.",
            ],
        ),
    ],
    "docs_overall": "K2 is serviced and calibrated, Hartley needs 5/4 cherry and ash at 6-8% by the 20th, oak must air-dry to 25% first, and the recent moisture readings are trustworthy.",
    "rw_done": "Routes set for %s; the forklift tickets print from the new routes.",
    "applied": (
        "Draft K2's charge sheet for tomorrow.",
        [
            (
                None,
                "K2 charge: PK-7711 ash 1220 bf, PK-7714 maple 1510 bf, PK-7716 cherry 980 bf. Schedule T8-D4.",
            ),
            (
                "Maple can't share a charge with the others, it needs T10-C3.",
                "K2 charge: PK-7711 ash 1220 bf, PK-7716 cherry 980 bf. Schedule T8-D4. Maple to K3 separately.",
            ),
            (
                "Add the fir pack, it'll dry with them at 31%.",
                "K2 charge: PK-7711 ash, PK-7716 cherry, PK-7712 fir 2560 bf, total 4760 bf. Schedule T8-D4. Maple to K3.",
            ),
        ],
    ),
    "ask_item": "How many board feet in %s?",
    "wrong_item": "Not that one, I meant %s.",
    "slots": [
        ("Which species do you need?", "Cherry."),
        ("What thickness and how much?", "5/4, about 300 board feet."),
        ("What grade?", "FAS."),
        ("Kiln dried or air dried?", "Kiln dried, for furniture."),
    ],
    "ambiguous": (
        "Something for a table top.",
        "For a table top, would that be cherry, walnut or maple?",
    ),
    "slot_open": "Hello, I'm a furniture maker in town and want to order some hardwood from you.",
    "slot_confirm": "So: 300 bf of 5/4 FAS cherry, kiln dried. Shall I put the order in?",
    "slot_action": (
        "customer_order_create",
        {
            "species": "cherry",
            "thickness": "5/4",
            "board_feet": 300,
            "grade": "FAS",
            "drying": "KD",
        },
        "order SO-6614 created from PK-7716",
    ),
    "slot_ok": "Yes.",
    "slot_done": "Order SO-6614 is placed and will be pulled from PK-7716.",
}


SUGARBUSH: Dom = {
    "name": "maple_sugarbush",
    "clock": (2026, 3, 9, 6),
    "ts_fmt": "%b-%d %H:%M:%S EST",
    "rid": "sb_",
    "style": "json",
    "id_arg": "zone_id",
    "a_tool": "vacuum_zone_get",
    "b_tool": "leak_scan_get",
    "c_tool": "crew_note_add",
    "note_prefix": "CN",
    "up_tool": "zone_valve_set",
    "ab_field": "valve",
    "ab_unset": "open to releaser R1",
    "ab_values": ("open to tank T2", "diverted to tank T4"),
    "ab_item": 2,
    "ab_reasons": (
        "Z-03's sap is running 2.1 Brix, close to the main flow, so route it to T2 with the rest.",
        "T2 is over 80% full, so Z-03 should go to T4 instead; switching the valve.",
    ),
    "line_fields": 4,
    "items": [
        (
            "Z-01",
            {
                "block": "North hardwoods",
                "taps": 1240,
                "vacuum_inhg": 25.1,
                "sap_gph": 310,
                "brix": 2.3,
            },
            {"leak_score": 0.08, "suspect_section": "none", "last_walked": "Mar-07"},
            0,
            "Tight and flowing well.",
        ),
        (
            "Z-02",
            {"block": "Sugar Hill", "taps": 980, "vacuum_inhg": 24.6, "sap_gph": 255, "brix": 2.1},
            {"leak_score": 0.12, "suspect_section": "none", "last_walked": "Mar-06"},
            0,
            "Normal.",
        ),
        (
            "Z-03",
            {
                "block": "Beaver Brook",
                "taps": 1510,
                "vacuum_inhg": 21.8,
                "sap_gph": 290,
                "brix": 2.0,
            },
            {
                "leak_score": 0.41,
                "suspect_section": "lateral 3B near the crossing",
                "last_walked": "Feb-27",
            },
            1,
            "Vacuum low: walk lateral 3B.",
        ),
        (
            "Z-04",
            {"block": "East ridge", "taps": 730, "vacuum_inhg": 18.2, "sap_gph": 120, "brix": 1.8},
            {
                "leak_score": 0.77,
                "suspect_section": "mainline M4 (squirrel damage?)",
                "last_walked": "Feb-20",
            },
            1,
            "Big leak on M4: send the crew first thing.",
        ),
        (
            "Z-05",
            {"block": "Old orchard", "taps": 410, "vacuum_inhg": 24.9, "sap_gph": 95, "brix": 2.6},
            {"leak_score": 0.05, "suspect_section": "none", "last_walked": "Mar-08"},
            0,
            "Sweetest sap; keep separate for early grade.",
        ),
        (
            "Z-06",
            {"block": "Pine edge", "taps": 620, "vacuum_inhg": 23.7, "sap_gph": 140, "brix": 1.9},
            {"leak_score": 0.19, "suspect_section": "drop lines row 12", "last_walked": "Mar-02"},
            1,
            "Minor: check row 12 droplines.",
        ),
        (
            "Z-07",
            {
                "block": "Lower sugarbush",
                "taps": 1880,
                "vacuum_inhg": 25.4,
                "sap_gph": 470,
                "brix": 2.2,
            },
            {"leak_score": 0.04, "suspect_section": "none", "last_walked": "Mar-08"},
            0,
            "Tight; biggest producer.",
        ),
        (
            "Z-08",
            {"block": "South slope", "taps": 860, "vacuum_inhg": 22.9, "sap_gph": 160, "brix": 2.0},
            {"leak_score": 0.28, "suspect_section": "lateral 8A", "last_walked": "Mar-01"},
            1,
            "Check lateral 8A.",
        ),
    ],
    "requests": [
        "Morning, it's Luc. Sap's running hard today. Where are the leaks, and where should the sap go so the tanks don't overflow?",
        "Can you check vacuum across the bush and plan the tank routing before the crew heads out?",
    ],
    "acks": [
        "I'll read vacuum and flow on each zone and the overnight leak scans.",
        "Checking zone vacuum and leak scores first, then the tank routing.",
    ],
    "wait_msgs": [
        "Waiting for the crew's radio report from mainline M4 before rerouting Z-04.",
        "Holding the Z-04 routing until the crew reports back from M4.",
    ],
    "para_thing": "the vacuum reading on Z-04",
    "conclusions": [
        "Z-04 is down at 18.2 inHg, which points to a real leak on M4.",
        "With vacuum that low on Z-04, there's a leak on the mainline.",
        "So the East ridge zone is leaking, most likely on M4.",
        "Restating: 18.2 inHg on Z-04 means the crew should walk M4.",
        "In short, Z-04 has lost vacuum and needs a leak hunt.",
    ],
    "fail": [
        (
            "evaporator_batch_start",
            {"evaporator": "EV1", "source_tank": "T-2", "target_brix": 66.9},
            "404 tank T-2 unknown (tanks: T1, T2, T3, T4, RO-concentrate)",
        ),
        (
            "evaporator_batch_start",
            {"evaporator": "EV1", "source_tank": "T2", "target_brix": 66.9},
            "400 EV1 must run from RO-concentrate; raw sap feed disabled since the RO install",
        ),
        (
            "evaporator_batch_start",
            {"evaporator": "EV1", "source_tank": "RO-concentrate", "target_brix": 66.9},
            "batch EB-0309-02 started: EV1 from RO-concentrate (12.4 Brix), target 66.9 Brix",
        ),
    ],
    "fail_fixes": [
        "Tank ids have no hyphen: T2.",
        "EV1 only takes concentrate now, so I'll start it from the RO tank; the RO is already pulling from T2.",
    ],
    "fail_done": "EV1 is boiling concentrate; I'll run T2 through the RO to keep it fed.",
    "cosmetic": (
        "syrup_barrel_register",
        {"barrel_id": "BR-0331", "grade": "Golden Delicate", "net_lb": "612"},
        "422 missing required field 'light_transmittance_pct': grading requires the colour reading",
        [
            "Maybe the grade name needs different capitalisation; retrying.",
            "Retrying the barrel registration.",
            "Submitting BR-0331 again.",
        ],
    ),
    "list": ("sap_log_search", {"date": "Mar-09", "kind": "tank_level"}),
    "list_row": (
        "SL-{n} {tank} {lvl}% {gal} gal {trend}",
        {
            "tank": ["T1", "T2", "T3", "T4"],
            "lvl": ["34", "52", "67", "78", "86"],
            "gal": ["1200", "2100", "2900", "3400"],
            "trend": ["rising", "steady", "falling"],
        },
    ),
    "pages_done": "All %d pages of today's tank levels read; T2 will fill by about 14:00 at this rate.",
    "job": (
        "ro_machine_status",
        {"unit": "RO-2", "run": "RO-0309-A"},
        {
            "state": "concentrating",
            "pct": 37,
            "conc_brix": 8.1,
            "detail": "membrane pressure sensor frozen at 412 psi since 05:48",
        },
        [
            {"state": "flushing", "pct": 5, "conc_brix": 2.1, "detail": "permeate flush"},
            {"state": "concentrating", "pct": 40, "conc_brix": 8.4, "detail": "pressure 420 psi"},
            {"state": "concentrating", "pct": 75, "conc_brix": 11.9, "detail": "pressure 428 psi"},
            {"state": "washing", "pct": 95, "conc_brix": 12.3, "detail": "permeate wash started"},
            {
                "state": "done",
                "pct": 100,
                "conc_brix": 12.3,
                "detail": "2,450 gal concentrate to tank RO-C",
            },
        ],
    ),
    "job_done": "RO-2 finished: 2,450 gallons of 12.3 Brix concentrate ready for the evaporator.",
    "probe": (
        "tanker_pickup_book",
        {"product": "bulk syrup, 9 barrels", "buyer": "Quebec co-op"},
        "window",
        [
            ("Mar-10 08:00", "409 road weight limits (mud season) until 10:00"),
            ("Mar-10 11:00", "409 co-op truck routed to another farm"),
            ("Mar-11 09:00", "booked PU-220: Mar-11 09:00, 9 barrels, driver Yves"),
        ],
    ),
    "probe_done": "Barrel pickup booked for the 11th at 09:00.",
    "agents": ("sugarhouse-agent", "woods-agent", "boiling-agent"),
    "handoff_task": "Decide whether to pause Z-04's releaser until the M4 leak is fixed.",
    "bounce": (
        "Releasers are sugarhouse equipment; returning.",
        "Leaks in the woods are the woods crew's job; sending it back.",
    ),
    "pipeline": [
        (
            "woods-agent",
            "Walk mainline M4 on Z-04 and report the leak.",
            "Found a squirrel chew at M4 post 17 and a loose fitting at 22. Both repaired; vacuum now 24.0.",
        ),
        (
            "boiling-agent",
            "Z-04 is back online; expect +120 gph into T2 this afternoon.",
            "Will start EV1 second batch at 13:00 to keep T2 below 80%.",
        ),
        (
            "sales-agent",
            "Expect about 4 extra barrels this week from the higher flow.",
            "Co-op told; pickup moved to Mar-11 for 9 barrels.",
        ),
    ],
    "pipeline_done": "M4 is fixed, boiling is adjusted and the buyer knows. Telling Luc.",
    "correction": (
        "What's the vacuum on Z-03 this morning?",
        "Z-03 Beaver Brook has 1,510 taps and is flowing 290 gph.",
        [
            "I asked for vacuum, not taps or flow.",
            "Vacuum, in inches, please.",
            "That's not the vacuum.",
        ],
        2,
    ),
    "clarify": (
        "Which tank should Z-05's sap go to?",
        ["T3, keep it separate for the early golden grade.", "T3.", "T3, I already said."],
        [
            "Just to confirm, where does Z-05 go?",
            "Sorry, which tank for the old orchard sap?",
            "Which tank did you want for Z-05?",
        ],
    ),
    "cycle_notes": ["%s: crew to check when free.", "%s still under watch."],
    "report_tmpl": "Zone status - %s",
    "notice_tmpl": "Crew job card for %s: %s",
    "doc_tool": "farm_doc_get",
    "docs": [
        (
            "FD-31",
            "Mainline M4 install notes",
            [
                "Installed 2019, 1 inch line.",
                "Crosses the brook at post 14.",
                "Squirrel guards only on posts 1-10.",
            ],
        ),
        (
            "FD-32",
            "Vacuum pump VP-2 service",
            ["New vanes fitted 2026-02-15.", "Max 26.5 inHg at the pump.", "Oil changed."],
        ),
        (
            "FD-33",
            "Leak-scan method note",
            [
                "Score over 0.5 means a likely leak.",
                "Score 0.2-0.5: small leaks or wet fittings.",
                "Scan runs at 03:00 nightly.",
            ],
        ),
        (
            "FD-34",
            "Crew sheet Feb-20",
            [
                "Walked Z-04 mainline only to post 12.",
                "Snow too deep past post 12.",
                "Next walk planned after thaw.",
            ],
        ),
    ],
    "docs_overall": "The Z-04 leak is likely beyond post 12 on M4, where the crew couldn't walk in February and where there are no squirrel guards; the pump itself is fine.",
    "rw_done": "Valves set for %s; the tank plan now keeps T2 under 80%%.",
    "applied": (
        "Draft the crew's job list for today.",
        [
            (
                None,
                "1. Walk M4 on Z-04 (leak score 0.77). 2. Check lateral 3B on Z-03. 3. Row 12 droplines on Z-06.",
            ),
            (
                "Put 3B first, it's by the road and quick.",
                "1. Lateral 3B on Z-03. 2. Walk M4 on Z-04 (leak score 0.77). 3. Row 12 droplines on Z-06.",
            ),
            (
                "And add lateral 8A on Z-08 at the end.",
                "1. Lateral 3B on Z-03. 2. Walk M4 on Z-04. 3. Row 12 droplines on Z-06. 4. Lateral 8A on Z-08.",
            ),
        ],
    ),
    "ask_item": "How many taps are on %s?",
    "wrong_item": "Sorry, I meant %s.",
    "slots": [
        ("What product are you after?", "Bulk jugs, for our restaurant."),
        ("Which grade?", "Amber Rich."),
        ("How much?", "Four gallon jugs a month."),
        ("Delivery or pickup?", "Delivery to Stowe on Thursdays."),
    ],
    "ambiguous": ("Maple syrup, the good stuff.", "Is that bulk in jugs, or retail bottles?"),
    "slot_open": "Hi, I run a restaurant in Stowe and we'd like to buy syrup from you regularly.",
    "slot_confirm": "So: Amber Rich, four 1-gallon jugs a month, delivered to Stowe on Thursdays. Set up the standing order?",
    "slot_action": (
        "standing_order_create",
        {"grade": "Amber Rich", "unit": "1 gal jug", "qty_per_month": 4, "delivery": "Stowe, Thu"},
        "standing order SO-118 created",
    ),
    "slot_ok": "Please do.",
    "slot_done": "Standing order SO-118 is set; first delivery next Thursday.",
}


TEA: Dom = {
    "name": "tea_estate_plucking",
    "clock": (2026, 6, 18, 5),
    "ts_fmt": "%d/%m/%Y %H:%M IST",
    "rid": "te-",
    "style": "kv",
    "id_arg": "section_id",
    "a_tool": "section_register_get",
    "b_tool": "leaf_quality_get",
    "c_tool": "muster_note_add",
    "note_prefix": "MU",
    "up_tool": "plucking_round_set",
    "ab_field": "round",
    "ab_unset": "8-day round",
    "ab_values": ("7-day round", "10-day round"),
    "ab_item": 3,
    "ab_reasons": (
        "Sec 14 is flushing fast after the rain, so a 7-day round will catch the two-leaves-and-a-bud.",
        "Coarse leaf on Sec 14 is only 18%, so there's no rush; a 10-day round saves labour. Changing it back.",
    ),
    "line_fields": 4,
    "items": [
        (
            "SEC-11",
            {
                "division": "Upper",
                "clone": "TV1",
                "area_ha": 6.2,
                "last_plucked": "12/06",
                "leaf_kg_last": 1840,
            },
            {"fine_leaf_pct": 78, "coarse_pct": 22, "flush": "second flush, active"},
            0,
            "Due tomorrow; 14 pluckers.",
        ),
        (
            "SEC-12",
            {
                "division": "Upper",
                "clone": "TV9",
                "area_ha": 5.4,
                "last_plucked": "10/06",
                "leaf_kg_last": 1510,
            },
            {"fine_leaf_pct": 71, "coarse_pct": 29, "flush": "second flush, slowing"},
            1,
            "Coarse creeping up: pluck today.",
        ),
        (
            "SEC-13",
            {
                "division": "Factory",
                "clone": "seed jat",
                "area_ha": 8.9,
                "last_plucked": "14/06",
                "leaf_kg_last": 2230,
            },
            {"fine_leaf_pct": 82, "coarse_pct": 18, "flush": "banji recovering"},
            1,
            "Not due until the 22nd.",
        ),
        (
            "SEC-14",
            {
                "division": "Factory",
                "clone": "TV23",
                "area_ha": 7.1,
                "last_plucked": "11/06",
                "leaf_kg_last": 2010,
            },
            {"fine_leaf_pct": 82, "coarse_pct": 18, "flush": "second flush, vigorous"},
            0,
            "Vigorous flush: keep on a short round.",
        ),
        (
            "SEC-15",
            {
                "division": "River",
                "clone": "TV1",
                "area_ha": 4.3,
                "last_plucked": "09/06",
                "leaf_kg_last": 1190,
            },
            {"fine_leaf_pct": 66, "coarse_pct": 34, "flush": "second flush, hard leaf"},
            0,
            "Overdue and coarse; pluck first.",
        ),
        (
            "SEC-16",
            {
                "division": "River",
                "clone": "AV2",
                "area_ha": 9.6,
                "last_plucked": "13/06",
                "leaf_kg_last": 2480,
            },
            {"fine_leaf_pct": 80, "coarse_pct": 20, "flush": "active"},
            1,
            "Standard round.",
        ),
        (
            "SEC-17",
            {
                "division": "Hill",
                "clone": "seed jat",
                "area_ha": 3.8,
                "last_plucked": "15/06",
                "leaf_kg_last": 760,
            },
            {"fine_leaf_pct": 85, "coarse_pct": 15, "flush": "pruned 2025, young shoots"},
            1,
            "Light plucking only, tipping round.",
        ),
        (
            "SEC-18",
            {
                "division": "Hill",
                "clone": "TV9",
                "area_ha": 5.0,
                "last_plucked": "10/06",
                "leaf_kg_last": 1320,
            },
            {"fine_leaf_pct": 74, "coarse_pct": 26, "flush": "second flush"},
            0,
            "Due today.",
        ),
    ],
    "requests": [
        "Namaskar, this is Mr Barua, field manager. Please plan tomorrow's plucking: which sections, how many pluckers, and the round lengths.",
        "Can you look at all sections and tell me where to send the plucking gangs tomorrow?",
    ],
    "acks": [
        "I'll read the section register and yesterday's leaf quality counts, then plan the gangs.",
        "Checking last plucking dates and fine-leaf counts section by section.",
    ],
    "wait_msgs": [
        "Waiting for the factory's withering-trough capacity for tomorrow before I fix the plucking total.",
        "I'll finalise the gang plan once the factory says how much leaf the troughs can take.",
    ],
    "para_thing": "Sec 15's last plucking date",
    "conclusions": [
        "SEC-15 was last plucked on 09/06, so it's overdue and should go first.",
        "Sec 15 hasn't been plucked for nine days; it needs to be first tomorrow.",
        "So the River division's Sec 15 is the most overdue section.",
        "Restating: SEC-15 is past its round and should be plucked first.",
        "In short, Sec 15 leads tomorrow's plan because it is overdue.",
    ],
    "fail": [
        (
            "gang_assign",
            {"section_id": "SEC-051", "gang": "G4", "pluckers": 16, "date": "19/06/2026"},
            "404 section SEC-051 not found",
        ),
        (
            "gang_assign",
            {"section_id": "SEC-15", "gang": "G4", "pluckers": 16, "date": "19/06/2026"},
            "400 gang G4 has 12 registered pluckers; cannot assign 16",
        ),
        (
            "gang_assign",
            {"section_id": "SEC-15", "gang": "G4", "pluckers": 12, "date": "19/06/2026"},
            "assigned G4 (12 pluckers) to SEC-15 on 19/06/2026, muster 06:30 at River lines",
        ),
    ],
    "fail_fixes": [
        "The section is SEC-15, not SEC-051.",
        "Gang G4 only has 12 pluckers, so I'll assign 12 and top up from G6 if needed.",
    ],
    "fail_done": "G4 is on SEC-15 tomorrow at 06:30. I'll send G6 to SEC-18.",
    "cosmetic": (
        "leaf_dispatch_record",
        {"section_id": "SEC-12", "weighment_kg": "1488", "vehicle": "tractor T-3"},
        "422 missing required field 'good_leaf_pct': the factory rejects dispatches without a leaf count",
        [
            "Maybe the vehicle field format is wrong; retrying.",
            "Retrying the dispatch entry.",
            "Trying the weighment record again.",
        ],
    ),
    "list": ("weighment_search", {"date": "18/06/2026", "division": "all"}),
    "list_row": (
        "W-{n} {sec} {kg} kg {gang} {time}",
        {
            "sec": ["SEC-11", "SEC-12", "SEC-14", "SEC-16", "SEC-18"],
            "kg": ["212", "246", "188", "301", "274"],
            "gang": ["G1", "G2", "G3", "G5"],
            "time": ["10:30", "12:00", "14:30", "16:00"],
        },
    ),
    "pages_done": "All %d pages of today's weighments read; total green leaf is just under 9,400 kg.",
    "job": (
        "withering_cycle_status",
        {"trough": "WT-6", "batch": "WB-1806-3"},
        {
            "state": "withering",
            "pct": 48,
            "moisture_loss_pct": 18,
            "detail": "hygrometer H6 reading unchanged since 03:10",
        },
        [
            {
                "state": "loading",
                "pct": 5,
                "moisture_loss_pct": 0,
                "detail": "leaf spread 24 kg/m2",
            },
            {"state": "withering", "pct": 35, "moisture_loss_pct": 14, "detail": "fan on, 28 C"},
            {"state": "withering", "pct": 70, "moisture_loss_pct": 26, "detail": "turning done"},
            {
                "state": "ready",
                "pct": 100,
                "moisture_loss_pct": 34,
                "detail": "wither 66%, ready for rolling",
            },
        ],
    ),
    "job_done": "WT-6 reached a 66% wither; the batch can go to the CTC line.",
    "probe": (
        "tractor_trip_book",
        {"from": "SEC-15", "to": "factory leaf shed", "load_kg": 1400},
        "trip",
        [
            ("19/06 11:00", "409 tractor T-3 on SEC-11 run until 12:30"),
            ("19/06 12:30", "409 River road bridge closed 12:00-13:00 for repairs"),
            ("19/06 13:15", "booked TT-771: T-3, SEC-15 to leaf shed 19/06 13:15"),
        ],
    ),
    "probe_done": "The SEC-15 leaf goes to the factory at 13:15 on T-3.",
    "agents": ("field-agent", "factory-agent", "labour-agent"),
    "handoff_task": "Decide whether to add a Sunday plucking on SEC-14 during the flush.",
    "bounce": (
        "Sunday labour is for the labour office to decide; returning.",
        "Whether the factory can take the leaf decides it; sending back to the factory.",
    ),
    "pipeline": [
        (
            "factory-agent",
            "Can the factory take an extra 2,000 kg of leaf on Sunday?",
            "Yes: troughs WT-5 and WT-6 are free on Sunday, capacity 2,400 kg.",
        ),
        (
            "labour-agent",
            "Factory can take 2,000 kg Sunday. Arrange a voluntary gang for SEC-14.",
            "G7 volunteered, 14 pluckers, Sunday rate agreed.",
        ),
        (
            "transport-agent",
            "Book the tractor for SEC-14 Sunday at 12:00 and 16:00.",
            "T-2 booked for both trips.",
        ),
    ],
    "pipeline_done": "Sunday plucking on SEC-14 is arranged end to end. Telling Mr Barua.",
    "correction": (
        "When was SEC-13 last plucked?",
        "SEC-13 in the Factory division was last plucked on 12/06.",
        [
            "No, 12/06 was SEC-11. Check SEC-13's register.",
            "Still 12/06? The register for SEC-13 says otherwise.",
            "Please read SEC-13's last_plucked.",
        ],
        2,
    ),
    "clarify": (
        "Which gang should go to SEC-18 tomorrow?",
        ["G6.", "G6, as I said.", "G6!"],
        [
            "To confirm, which gang for SEC-18?",
            "Sorry, who is going to SEC-18?",
            "Which gang did you want on the Hill section 18?",
        ],
    ),
    "cycle_notes": ["%s: plan pending.", "%s watch the flush."],
    "report_tmpl": "Section plan - %s",
    "notice_tmpl": "Muster board for %s: %s",
    "doc_tool": "estate_doc_get",
    "docs": [
        (
            "ED-201",
            "June rainfall summary",
            [
                "142 mm in the last 10 days.",
                "Soil moisture at field capacity.",
                "Flush expected to accelerate.",
            ],
        ),
        (
            "ED-202",
            "Factory memo on leaf standard",
            [
                "Good leaf below 70% will be penalised.",
                "Target two-leaves-and-a-bud.",
                "Morning leaf to arrive by 13:30.",
            ],
        ),
        (
            "ED-203",
            "Labour roster week 25",
            ["G4 has 12 pluckers.", "G6 back from leave on 19/06.", "Sunday work voluntary."],
        ),
        (
            "ED-204",
            "Pest scout report",
            [
                "Helopeltis spotted on SEC-15 edges.",
                "Below action threshold.",
                "Re-scout on 21/06.",
            ],
        ),
    ],
    "docs_overall": "Rain is pushing a fast flush, the factory penalises coarse leaf, G4 is short-handed and SEC-15 has a small Helopeltis watch; short rounds where flush is fastest make sense.",
    "rw_done": "Rounds set for %s; the muster board will show them at 06:00.",
    "applied": (
        "Draft tomorrow's muster board.",
        [
            (None, "19/06: G4 (12) to SEC-15, G6 (14) to SEC-18, G1 (15) to SEC-12. Muster 06:30."),
            (
                "G1 is on pruning this week. Put G2 on SEC-12.",
                "19/06: G4 (12) to SEC-15, G6 (14) to SEC-18, G2 (13) to SEC-12. Muster 06:30.",
            ),
            (
                "Muster at 06:00, it's going to be hot.",
                "19/06: G4 (12) to SEC-15, G6 (14) to SEC-18, G2 (13) to SEC-12. Muster 06:00.",
            ),
        ],
    ),
    "ask_item": "When was %s last plucked?",
    "wrong_item": "Sorry, I meant %s.",
    "slots": [
        ("Which section is the new planting for?", "SEC-17, the Hill section we pruned."),
        ("Which clone?", "TV23."),
        ("How many plants?", "4,000."),
        ("Planting date?", "After the next good rain, say 25/06."),
    ],
    "ambiguous": ("The Hill division.", "The Hill division has SEC-17 and SEC-18; which one?"),
    "slot_open": "Mr Barua: we're infilling vacancies with new plants this monsoon, raise the nursery order please.",
    "slot_confirm": "So: SEC-17, clone TV23, 4,000 plants, planting on 25/06. Shall I raise the nursery order?",
    "slot_action": (
        "nursery_order_create",
        {"section_id": "SEC-17", "clone": "TV23", "plants": 4000, "planting_date": "25/06/2026"},
        "nursery order NO-093 raised",
    ),
    "slot_ok": "Yes.",
    "slot_done": "Nursery order NO-093 is raised for 4,000 TV23 plants.",
}


ROPE: Dom = {
    "name": "rope_access_facade_inspection",
    "clock": (2026, 9, 22, 6),
    "ts_fmt": "%d.%m.%y %H:%M:%S",
    "rid": "ra.",
    "style": "json",
    "id_arg": "drop_id",
    "a_tool": "drop_record_get",
    "b_tool": "anchor_test_get",
    "c_tool": "defect_note_add",
    "note_prefix": "DF-",
    "up_tool": "drop_access_set",
    "ab_field": "access",
    "ab_unset": "not yet reviewed",
    "ab_values": ("cleared for descent", "hold: re-test anchors"),
    "ab_item": 2,
    "ab_reasons": (
        "DR-W03's anchors passed at 15 kN last year, so I'll clear it for descent.",
        "The anchor test is 13 months old and the annual test is due at 12, so put DR-W03 on hold.",
    ),
    "line_fields": 4,
    "items": [
        (
            "DR-N01",
            {
                "building": "Meridian House",
                "elevation": "north",
                "drop_length_m": 48,
                "anchors": "A-N1/A-N2",
                "wind_limit_ms": 12,
            },
            {
                "proof_load_kn": 15,
                "last_test": "02.04.26",
                "result": "pass",
                "tester": "IRATA L3 K. Morris",
            },
            0,
            "Cleared; glazing seals on floors 6-9 to check.",
        ),
        (
            "DR-N02",
            {
                "building": "Meridian House",
                "elevation": "north",
                "drop_length_m": 48,
                "anchors": "A-N3/A-N4",
                "wind_limit_ms": 12,
            },
            {
                "proof_load_kn": 15,
                "last_test": "02.04.26",
                "result": "pass",
                "tester": "IRATA L3 K. Morris",
            },
            0,
            "Cleared.",
        ),
        (
            "DR-W03",
            {
                "building": "Meridian House",
                "elevation": "west",
                "drop_length_m": 52,
                "anchors": "A-W1/A-W2",
                "wind_limit_ms": 10,
            },
            {
                "proof_load_kn": 15,
                "last_test": "18.08.25",
                "result": "pass",
                "tester": "IRATA L3 S. Patel",
            },
            1,
            "Anchor test overdue: hold.",
        ),
        (
            "DR-W04",
            {
                "building": "Meridian House",
                "elevation": "west",
                "drop_length_m": 52,
                "anchors": "A-W3/A-W4",
                "wind_limit_ms": 10,
            },
            {
                "proof_load_kn": 15,
                "last_test": "02.04.26",
                "result": "pass",
                "tester": "IRATA L3 K. Morris",
            },
            0,
            "Cleared; spalling reported at level 11.",
        ),
        (
            "DR-S05",
            {
                "building": "Meridian House",
                "elevation": "south",
                "drop_length_m": 46,
                "anchors": "A-S1/A-S2",
                "wind_limit_ms": 12,
            },
            {
                "proof_load_kn": 12,
                "last_test": "02.04.26",
                "result": "fail A-S2 (deflection)",
                "tester": "IRATA L3 K. Morris",
            },
            1,
            "Anchor A-S2 failed: hold until replaced.",
        ),
        (
            "DR-S06",
            {
                "building": "Meridian House",
                "elevation": "south",
                "drop_length_m": 46,
                "anchors": "A-S3/A-S4",
                "wind_limit_ms": 12,
            },
            {
                "proof_load_kn": 15,
                "last_test": "02.04.26",
                "result": "pass",
                "tester": "IRATA L3 K. Morris",
            },
            0,
            "Cleared.",
        ),
        (
            "DR-E07",
            {
                "building": "Meridian House",
                "elevation": "east",
                "drop_length_m": 40,
                "anchors": "A-E1/A-E2",
                "wind_limit_ms": 12,
            },
            {
                "proof_load_kn": 15,
                "last_test": "02.04.26",
                "result": "pass",
                "tester": "IRATA L3 K. Morris",
            },
            0,
            "Cleared; cladding bracket survey.",
        ),
        (
            "DR-E08",
            {
                "building": "Meridian House",
                "elevation": "east",
                "drop_length_m": 40,
                "anchors": "davit D-2",
                "wind_limit_ms": 9,
            },
            {
                "proof_load_kn": 10,
                "last_test": "11.03.26",
                "result": "pass (davit)",
                "tester": "manufacturer",
            },
            1,
            "Davit drop: needs the davit crew; hold for now.",
        ),
    ],
    "requests": [
        "Hi, Sam here, site supervisor. We start the Meridian House facade survey Thursday. Which drops are good to go?",
        "Please check every drop on Meridian House before Thursday: anchors, test dates, wind limits.",
    ],
    "acks": [
        "I'll read each drop record and its anchor test certificate.",
        "Checking the drop register and anchor tests first.",
    ],
    "wait_msgs": [
        "Waiting for the Met Office gust forecast for Thursday before I confirm the west elevation drops.",
        "I'll confirm the west drops once Thursday's gust forecast is in.",
    ],
    "para_thing": "DR-W03's anchor test date",
    "conclusions": [
        "DR-W03's anchors were last tested on 18.08.25, past the 12-month limit.",
        "The west drop's anchor certificate has expired, so nobody descends on it.",
        "So DR-W03 needs a fresh anchor test before use.",
        "Restating: the test on A-W1/A-W2 is over a year old.",
        "In short, DR-W03 stays closed until its anchors are re-tested.",
    ],
    "fail": [
        (
            "rope_team_schedule",
            {"drop_id": "DR-W4", "team": ["T. Reid (L3)", "J. Cole (L1)"], "date": "24.09.26"},
            "404 drop DR-W4 not found (did you mean DR-W04?)",
        ),
        (
            "rope_team_schedule",
            {"drop_id": "DR-W04", "team": ["T. Reid (L3)", "J. Cole (L1)"], "date": "24.09.26"},
            "400 team needs at least one Level 2 or 3 besides the supervisor: IRATA rule for 2-person drops",
        ),
        (
            "rope_team_schedule",
            {"drop_id": "DR-W04", "team": ["T. Reid (L3)", "M. Byrne (L2)"], "date": "24.09.26"},
            "scheduled RT-3391: DR-W04 on 24.09.26, Reid (L3) + Byrne (L2)",
        ),
    ],
    "fail_fixes": [
        "It's DR-W04 with a zero.",
        "A Level 1 can't be the second on a two-person drop, so I'll pair Reid with Byrne (L2).",
    ],
    "fail_done": "DR-W04 is scheduled for Thursday with Reid and Byrne; next I'll set up the north drops.",
    "cosmetic": (
        "permit_to_work_request",
        {"drop_id": "DR-S06", "work": "facade survey", "date": "24.09.26"},
        "422 missing required field 'rescue_plan_ref': a permit needs the drop's rescue plan reference",
        [
            "Maybe the work description needs different wording; retrying.",
            "Retrying the permit request.",
            "Resubmitting the permit for DR-S06.",
        ],
    ),
    "list": ("facade_defect_search", {"building": "Meridian House", "status": "open"}),
    "list_row": (
        "FD-{n} {elev} L{lvl} {kind} {sev}",
        {
            "elev": ["north", "south", "east", "west"],
            "lvl": ["3", "6", "9", "11", "14"],
            "kind": [
                "glazing seal",
                "spalling",
                "cladding bracket",
                "sealant joint",
                "corrosion staining",
            ],
            "sev": ["P1", "P2", "P3"],
        },
    ),
    "pages_done": "All %d pages of open defects read; I'll group them by drop for Thursday's survey.",
    "job": (
        "anchor_pull_test_status",
        {"test_id": "APT-0922-1", "anchors": "A-W1/A-W2"},
        {
            "state": "loading",
            "pct": 50,
            "load_kn": 7.5,
            "detail": "load cell LC-4 last sample 07:02:41",
        },
        [
            {"state": "setup", "pct": 10, "load_kn": 0.0, "detail": "rig on A-W1"},
            {"state": "loading", "pct": 40, "load_kn": 6.0, "detail": "A-W1 holding"},
            {
                "state": "holding",
                "pct": 70,
                "load_kn": 15.0,
                "detail": "A-W1 15 kN for 15 s, no deflection",
            },
            {
                "state": "holding",
                "pct": 90,
                "load_kn": 15.0,
                "detail": "A-W2 15 kN for 15 s, no deflection",
            },
            {
                "state": "done",
                "pct": 100,
                "load_kn": 0.0,
                "detail": "both anchors pass, certificate APC-7712",
            },
        ],
    ),
    "job_done": "A-W1 and A-W2 passed at 15 kN (certificate APC-7712); DR-W03 can be cleared.",
    "probe": (
        "mewp_hire_book",
        {"machine": "26 m cherry picker", "site": "Meridian House, south car park"},
        "date",
        [
            ("23.09.26", "409 no 26 m machines available 23.09.26"),
            ("24.09.26", "409 south car park closed to plant 24.09.26 (market day)"),
            ("25.09.26", "booked MH-5512: 26 m cherry picker 25.09.26, delivered 07:00"),
        ],
    ),
    "probe_done": "The cherry picker arrives Friday 07:00 for the south-side inspection.",
    "agents": ("survey-agent", "safety-agent", "client-agent"),
    "handoff_task": "Decide whether the L11 spalling on DR-W04 needs the area below cordoned off now.",
    "bounce": (
        "Cordons on the client's forecourt are the client's decision; returning.",
        "That's a safety judgement, not ours; sending it back to safety.",
    ),
    "pipeline": [
        (
            "safety-agent",
            "Assess the L11 spalling over the forecourt on DR-W04.",
            "Loose concrete up to 2 kg possible. Cordon 6 m from the facade now.",
        ),
        (
            "client-agent",
            "Safety asks for a 6 m cordon under DR-W04 today.",
            "Building manager agreed; barriers up by 10:00, side entrance in use.",
        ),
        (
            "survey-agent-2",
            "Add a hammer-tap survey of L10-L12 on DR-W04 to Thursday's job.",
            "Added as task 4 on RT-3391, 45 min.",
        ),
    ],
    "pipeline_done": "The forecourt is cordoned and the hammer-tap survey is booked. Updating Sam.",
    "correction": (
        "What's the wind limit on DR-E08?",
        "DR-E08 has a 40 m drop on the east elevation, wind limit 12 m/s like the other east drops.",
        [
            "E08 is a davit drop. Its limit isn't 12.",
            "No. Read its record, it's lower.",
            "The record says 9 m/s.",
        ],
        7,
    ),
    "clarify": (
        "Who should be the supervisor on Thursday's drops?",
        ["Tom Reid, he's L3.", "Tom Reid.", "Reid. Tom Reid."],
        [
            "To confirm, who is supervising Thursday?",
            "Sorry, which L3 is the supervisor?",
            "Who did you want as rope access supervisor?",
        ],
    ),
    "cycle_notes": ["%s: access decision pending.", "%s under review."],
    "report_tmpl": "Drop check - %s",
    "notice_tmpl": "Toolbox talk note for %s: %s",
    "doc_tool": "site_doc_get",
    "docs": [
        (
            "SD-401",
            "Rescue plan RP-MH-02",
            [
                "Pick-off rescue kit at each anchor group.",
                "Max rescue time target 10 minutes.",
                "Two L2+ on site at all times.",
            ],
        ),
        (
            "SD-402",
            "Anchor installation record",
            [
                "Resin anchors installed 2019.",
                "Annual proof test at 15 kN required.",
                "A-S2 replaced once in 2023.",
            ],
        ),
        (
            "SD-403",
            "Client facade brief",
            [
                "Survey all elevations by 30.09.",
                "Photograph every P1 defect.",
                "Report format per BS 8221.",
            ],
        ),
        (
            "SD-404",
            "Method statement MS-22",
            [
                "Two-rope system throughout.",
                "Work stops above each drop's wind limit.",
                "Exclusion zone 3 m below the worker.",
            ],
        ),
    ],
    "docs_overall": "The rescue plan, anchor regime and method statement all apply to Thursday; annual 15 kN tests and the 30.09 deadline are the key dates.",
    "rw_done": "Access status set for %s; the permit system will show it.",
    "applied": (
        "Draft Thursday's drop plan.",
        [
            (
                None,
                "Thursday: DR-N01 and DR-N02 with Reid (L3) and Byrne (L2), DR-W04 after lunch. Start 07:30.",
            ),
            (
                "Byrne is off Thursday, use Cole (L2).",
                "Thursday: DR-N01 and DR-N02 with Reid (L3) and Cole (L2), DR-W04 after lunch. Start 07:30.",
            ),
            (
                "Do W04 first, the wind gets up in the afternoon on the west side.",
                "Thursday: DR-W04 first, then DR-N01 and DR-N02, Reid (L3) and Cole (L2). Start 07:30.",
            ),
        ],
    ),
    "ask_item": "How long is the drop on %s?",
    "wrong_item": "Sorry, I meant %s.",
    "slots": [
        ("Which building is the survey for?", "Harbour Point, 14 storeys."),
        ("Which elevations?", "All four."),
        ("Do you have an existing anchor certificate?", "Yes, tested in May."),
        ("Target completion date?", "End of October."),
    ],
    "ambiguous": (
        "The tower on the quay.",
        "There are two towers on the quay, Harbour Point and Quay West; which one?",
    ),
    "slot_open": "Hello, we manage a residential tower and need a facade condition survey quoted.",
    "slot_confirm": "So: Harbour Point, 14 storeys, all four elevations, anchors tested in May, done by end of October. Shall I open the job?",
    "slot_action": (
        "survey_job_create",
        {
            "building": "Harbour Point",
            "storeys": 14,
            "elevations": ["N", "E", "S", "W"],
            "anchor_cert": "2026-05",
            "due": "31.10.26",
        },
        "job J-2291 created",
    ),
    "slot_ok": "Yes, open it.",
    "slot_done": "Job J-2291 is open; I'll send the quote request to the estimator.",
}


DOMAINS: list[Dom] = [COFFEE, SCUBA, AQUARIUM, PIANO, SAWMILL, SUGARBUSH, TEA, ROPE]


def _norm(dom: Dom) -> Dom:
    """Show each record's current value of the field the rows change."""
    f, cur = dom["ab_field"], dom["ab_unset"]
    items = [(i, {**rec, f: cur}, b, pick, v) for i, rec, b, pick, v in dom["items"]]
    return {**dom, "items": items}


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind, fn in kinds.items():
            for n, dom in enumerate(DOMAINS):
                rid = "fortyfirst-%s-%s-%03d" % (label, kind, n)
                c = Ctx(_norm(dom), random.Random("%s:%s" % (SEED, rid)))
                steps = fn(c, n % 2)
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
    with (HERE / "trajectories.jsonl").open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
