#!/usr/bin/env python3
"""Generator for the thirty-eighth trajectory set (unseen loop-detector measure).

Stdlib only and deterministic: every row's random.Random is seeded from a
constant and the row id.  Run as a script to (re)write trajectories.jsonl.
"""

import json
import os
import random
from datetime import datetime, timedelta

SET = "thirtyeighth"
SEED = 380038


# ---------------------------------------------------------------- helpers
class Ctx:
    def __init__(self, rng, start):
        self.rng = rng
        self.t = start

    def ts(self, lo=2, hi=40):
        self.t += timedelta(seconds=self.rng.randint(lo, hi))
        return self.t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def rid(self):
        return "req_" + "".join(self.rng.choice("0123456789abcdef") for _ in range(10))

    def fill(self, s):
        # volatile noise tokens used inside observation templates
        while "@RID" in s:
            s = s.replace("@RID", self.rid(), 1)
        while "@MS" in s:
            s = s.replace("@MS", str(self.rng.randint(38, 1400)), 1)
        while "@TS" in s:
            s = s.replace("@TS", self.ts(), 1)
        return s


_STATUS = ("status", "readiness", "breaker", "dip_checks")
_WRITE = (
    "update",
    "patch",
    "record",
    "reserve",
    "assign",
    "check_in",
    "create",
    "book",
    "dispatch",
    "send",
    "add_note",
    "set_offset",
    "set_status",
    "edit",
    "submit",
    "issue",
    "publish",
    "approve",
    "cancel",
    "upload",
    "attach",
    "schedule",
    "print",
    "import",
    "sync",
    "backfill",
    "batch",
    "month_close",
    "radio_check",
    "ingest",
    "request",
    "adjust",
    "fire",
    "generate",
    "run",
)


def _envelope(tool, obs, error):
    """Volatile envelope real services add: as-of time on status reads, actor/latency on writes."""
    verb = tool.split(".")[-1]
    if error or obs.rstrip().endswith("ms"):
        return obs
    if any(verb.endswith(x) for x in _STATUS):
        return obs + " | as_of @TS"
    if any(verb.startswith(x) or verb.endswith(x) for x in _WRITE):
        return obs + " | actor=ops-agent ts=@TS (@MSms)"
    return obs


def T(c, tool, args, obs, error=False, frozen=None):
    """A tool step; frozen lets a caller reuse an exact observation."""
    return {
        "kind": "tool",
        "tool": tool,
        "args": json.loads(json.dumps(args)),
        "observation": frozen if frozen is not None else c.fill(_envelope(tool, obs, error)),
        "error": bool(error),
    }


def W(c, secs):
    """A wait step; the clock moves on by the time waited."""
    c.t += timedelta(seconds=secs)
    return {
        "kind": "tool",
        "tool": "wait",
        "args": {"seconds": secs},
        "observation": "waited %ds" % secs,
        "error": False,
    }


def L(text, obs=""):
    st = {"kind": "llm", "text": text}
    if obs:
        st["observation"] = obs
    return st


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def task(d, c, key, s):
    """A follow-on request from the person (user message + acknowledgement)."""
    ask = d.get(key + "_ask")
    if ask:
        s.append(L(ask[1], ask[0]))
    return s


def drop_reads(s, keys):
    """Remove opening reads that a later step re-reads under a different view."""
    return [
        x
        for x in s
        if not (x["kind"] == "tool" and (x["tool"], json.dumps(x["args"], sort_keys=True)) in keys)
    ]


def intro(d, c, n_reads=None, user=None):
    """Genuine opening work: optional user task, then reads of the domain records."""
    rng = c.rng
    steps = []
    if user is None:
        # loop kinds have fewer follow-on requests, so they open with a request a little more often
        user = rng.random() < (0.8 if c.loop else 0.6)
    if user:
        i = rng.randrange(len(d["user_open"]))
        steps.append(L(d["ack"][i], d["user_open"][i]))
    if n_reads is None:
        n_reads = rng.choice([1, 2, 2, 3] if c.loop else [2, 2, 3, 3])
    for tool, args, obs in d["reads"][:n_reads]:
        steps.append(T(c, tool, args, obs))
    return steps


# ---------------------------------------------------------------- loop kinds
def loop_exact_repeat(d, c, shape):
    rng = c.rng
    s = intro(d, c)
    tool, args, obs = d["rec"]
    n = rng.randint(4, 6)
    cached = rng.random() < 0.5
    first = c.fill(obs)
    notes = [
        "{f}. Let me open the record again to be sure.",
        "{f}. Re-reading it before I go further.",
        "Checking once more: {f}.",
        "{f} - pulling it up again in case it has refreshed.",
    ]
    for i in range(n):
        s.append(T(c, tool, args, obs, frozen=first if cached else None))
        if shape == 1 and i < n - 1:
            s.append(L(pick(rng, notes).format(f=d["rec_fact"])))
    if shape == 0:
        s.append(L(pick(rng, notes).format(f=d["rec_fact"])))
        s.append(T(c, tool, args, obs, frozen=first if cached else None))
    return s


def loop_paraphrased_repeat(d, c, shape):
    rng = c.rng
    s = task(d, c, "para", intro(d, c))
    tool, key, base = d["para"]["tool"], d["para"]["key"], d["para"].get("args", {})
    qs = list(d["para"]["queries"])
    rng.shuffle(qs)
    concl = d["para"]["concl"]
    k = rng.randint(4, 5)
    for i in range(k):
        a = dict(base)
        a[key] = qs[i % len(qs)]
        s.append(T(c, tool, a, d["para"]["result"]))
        if shape == 1 or (i % 2 == 1 and i < k - 1):
            s.append(
                L(
                    concl[i % len(concl)]
                    + pick(
                        rng,
                        [
                            " Let me search once more with different wording to make sure nothing is missed.",
                            " I'll phrase the search another way to double-check.",
                            " Trying an alternative phrasing to confirm.",
                            " One more search to be thorough.",
                        ],
                    )
                )
            )
    if shape == 0:
        s.append(L(concl[0]))
    return s


def loop_ab_oscillation(d, c, shape):
    rng = c.rng
    s = task(d, c, "ab", intro(d, c))
    if shape == 0:
        tool, base, field, va, vb, ra, rb = d["ab_write"]
        n = rng.randint(4, 5)
        for i in range(n):
            v, r = (va, ra) if i % 2 == 0 else (vb, rb)
            s.append(L(r))
            a = dict(base)
            a[field] = v
            s.append(T(c, tool, a, d["ab_write_ok"].replace("@VAL", str(v))))
    else:
        (ta, aa, oa), (tb, ab, ob) = d["ab_reads"]
        na, nb = d["ab_notes"]
        _fa, _fb = c.fill(oa), c.fill(ob)
        target = rng.randint(11, 16)
        i = 0
        while i < 2 or len(s) + 4 <= target:
            i += 1
            s.append(T(c, ta, aa, oa))
            if rng.random() < 0.7:
                s.append(L(na))
            s.append(T(c, tb, ab, ob))
            s.append(L(nb))
    return s


def loop_failing_call_repeat(d, c, shape):
    rng = c.rng
    s = intro(d, c)
    tool, args, err = d["fail"]
    notes = [
        "That call failed; trying it again.",
        "Got an error back. Retrying the same request.",
        "Still failing - retrying, it may be transient.",
        "Same error. I'll retry the request.",
        "Retrying {tool}.",
    ]
    n = rng.randint(5, 7) if shape == 0 else rng.randint(4, 5)
    for i in range(n):
        s.append(T(c, tool, args, err, error=True))
        if shape == 1 and i < n - 1:
            s.append(L(pick(rng, notes).format(tool=tool)))
    if shape == 0:
        s.append(L(pick(rng, notes).format(tool=tool)))
        s.append(T(c, tool, args, err, error=True))
    return s


def loop_interleaved_repeat(d, c, shape):
    rng = c.rng
    s = intro(d, c, n_reads=rng.choice([1, 2]))
    X, Y, Z = d["rec"], d["rec2"], d["rec3"]
    fx = c.fill(X[2])
    fy = c.fill(Y[2])
    fz = c.fill(Z[2])
    recs = {"X": (X, fx), "Y": (Y, fy), "Z": (Z, fz)}
    order = "XYXZXYX" if shape == 0 else "YXZXYXZX"
    for j, key in enumerate(order):
        (tool, args, obs), fr = recs[key]
        frozen = fr if rng.random() < 0.5 else None
        s.append(T(c, tool, args, obs, frozen=frozen))
        if j in (2, 5) and rng.random() < 0.6:
            s.append(
                L(
                    d["rec_fact"]
                    + pick(
                        rng,
                        [
                            ". Cross-checking the other records.",
                            ". Let me look at the related records again.",
                            "; checking the linked entries.",
                        ],
                    )
                )
            )
    return s


def loop_monologue(d, c, shape):
    rng = c.rng
    s = intro(d, c, n_reads=rng.choice([2, 3]))
    msg = d["mono"]
    low = msg if msg.split()[0] in ("I", "I'm", "I'll") else msg[0].lower() + msg[1:]
    variants = [msg, "Still on it: " + low, msg, "As mentioned, " + low]
    n = max(rng.randint(5, 7), 9 - len(s))
    for i in range(n):
        if shape == 0:
            s.append(L(msg))
        else:
            s.append(L(variants[i % len(variants)]))
    return s


def loop_abc_cycle(d, c, shape):
    rng = c.rng
    s = intro(d, c, n_reads=rng.choice([1, 2]))
    A, B = d["rec"], d["rec2"]
    para = d["para"]
    a = dict(para.get("args", {}))
    a[para["key"]] = para["queries"][0]
    C = (para["tool"], a, para["result"])
    cyc = [A, B, C]
    if shape == 1:
        cyc = [B, C, A]
    rounds = rng.choice([2, 3])
    for r in range(rounds):
        for tool, args, obs in cyc:
            s.append(T(c, tool, args, obs))
        if r < rounds - 1 or rng.random() < 0.5:
            s.append(
                L(
                    pick(
                        rng,
                        [
                            "None of these settle it yet; going back through the records.",
                            "I'll go around the record, the linked entry and the search once more.",
                            d["rec_fact"] + ". Re-checking the linked sources.",
                        ],
                    )
                )
            )
    return s


def loop_reworded_non_answer(d, c, shape):
    rng = c.rng
    s = intro(d, c, n_reads=rng.choice([1, 2]) if shape == 1 else rng.choice([2, 3]), user=False)
    q, ans, push = d["question"], list(d["nonans"]), d["pushback"]
    if shape == 0:
        s.append(L(d["rec_fact"] + "."))
    s.append(L(ans[0], q))
    k = rng.randint(3, 4) if shape == 1 else rng.randint(4, 5)
    for i in range(1, k + 1):
        if shape == 1:
            s.append(
                L(
                    pick(
                        rng, ["Let me look at the record again.", "Checking the record once more."]
                    ),
                    push[(i - 1) % len(push)],
                )
            )
            tool, args, obs = d["rec"]
            s.append(T(c, tool, args, obs))
            s.append(L(ans[i % len(ans)]))
        else:
            s.append(L(ans[i % len(ans)], push[(i - 1) % len(push)]))
    return s


def loop_status_poll_stuck(d, c, shape):
    rng = c.rng
    s = task(d, c, "stuck", intro(d, c))
    tool, args, obs = d["stuck"]
    frozen = c.fill(_envelope(tool, obs, False)) if rng.random() < 0.3 else None
    n = rng.randint(4, 6)
    for i in range(n):
        s.append(T(c, tool, args, obs, frozen=frozen))
        if shape == 1 and i < n - 1:
            secs = rng.choice(d.get("stuck_wait", [30, 60, 60, 120]))
            s.append(W(c, secs))
        elif shape == 0 and i in (1, 3):
            s.append(L(d["stuck_note"]))
    if shape == 1:
        s.append(L(d["stuck_note"]))
    return s


def loop_page_cursor_stuck(d, c, shape):
    rng = c.rng
    s = intro(d, c, user=False)
    lt = d["list"]
    if lt.get("ask"):
        s.append(L(lt["ask"][1], lt["ask"][0]))
    size = lt["size"]
    items = [lt["item"](rng, i) for i in range(size * 2)]
    p1 = lt["fmt"](items[:size], 1, "cur_" + c.rid()[4:], c)
    s.append(T(c, lt["tool"], lt["args"], "", frozen=p1))
    cur = p1.split("next_cursor=")[1].split()[0].strip(",;|")
    n = rng.randint(3, 4)
    if shape == 0:
        p2 = lt["fmt"](items[size:], 2, cur, c)  # API echoes the same cursor back
        for i in range(n):
            a = dict(lt["args"])
            a["cursor"] = cur
            s.append(T(c, lt["tool"], a, "", frozen=p2))
            if i in (1, 3):
                s.append(
                    L(
                        pick(
                            rng,
                            [
                                "Next page.",
                                "Continuing to the next page of {}.".format(lt["noun"]),
                                "Fetching more {}.".format(lt["noun"]),
                            ],
                        )
                    )
                )
    else:
        p2 = lt["fmt"](items[size:], 2, "cur_" + c.rid()[4:], c)
        for _i in range(n):
            a = dict(lt["args"])
            a["page"] = 2
            s.append(T(c, lt["tool"], a, "", frozen=p2))
            s.append(
                L(
                    pick(
                        rng,
                        [
                            "Got that page; moving on to the next one.",
                            "Next page of {}.".format(lt["noun"]),
                            "Loading the following page.",
                        ],
                    )
                )
            )
    return s


def loop_replan_no_execute(d, c, shape):
    rng = c.rng
    s = intro(d, c, n_reads=rng.choice([1, 2]))
    steps = [p[0] for p in d["plan"]]
    heads = [
        "Plan:",
        "Here is how I will approach this:",
        "Let me restate the plan before starting:",
        "Revised plan (same steps, clarified):",
    ]
    tool, args, obs = d["rec"]
    rounds = 3
    for r in range(rounds):
        h = heads[r % len(heads)]
        if r % 2 == 0:
            body = "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(steps))
        else:
            body = (
                "First "
                + steps[0][0].lower()
                + steps[0][1:]
                + "; then "
                + "; then ".join(x[0].lower() + x[1:] for x in steps[1:])
                + "."
            )
        s.append(L(h + "\n" + body))
        s.append(T(c, tool, args, obs))
        if shape == 1:
            s.append(L(d["rec_fact"] + ". Before acting, let me make sure the plan is right."))
    return s


def loop_edit_errors_flat(d, c, shape):
    rng = c.rng
    s = task(d, c, "val", intro(d, c))
    v = d["val"]
    errs = v["errors"][:3] if shape == 0 else v["errors"][1:3]
    msg = v["fmt"](errs)
    bad = list(v["bad_edits"])
    rng.shuffle(bad)
    s.append(T(c, v["tool"], v["args"], msg, error=True))
    rounds = rng.randint(3, 4)
    for r in range(rounds):
        desc, eargs = bad[r % len(bad)]
        s.append(L(desc))
        s.append(T(c, v["edit_tool"], eargs, v["edit_ok"]))
        s.append(T(c, v["tool"], v["args"], msg, error=True))
    return s


# ---------------------------------------------------------------- progress kinds
def prog_paging(d, c, shape):
    rng = c.rng
    s = intro(d, c, user=False)
    lt = d["list"]
    if lt.get("ask"):
        s.append(L(lt["ask"][1], lt["ask"][0]))
    size = lt["size"]
    pages = rng.randint(3, 5)
    last = rng.randint(1, size)
    total = size * (pages - 1) + last
    items = [lt["item"](rng, i) for i in range(total)]
    cur = None
    for p in range(pages):
        chunk = items[p * size : (p + 1) * size]
        nxt = None if p == pages - 1 else "cur_" + c.rid()[4:]
        a = dict(lt["args"])
        if cur:
            if shape == 0:
                a["cursor"] = cur
            else:
                a["page"] = p + 1
        s.append(T(c, lt["tool"], a, "", frozen=lt["fmt"](chunk, p + 1, nxt, c)))
        cur = nxt
        if p in (1, 3) and p < pages - 1:
            s.append(
                L("Page %d read; %d %s so far, continuing." % (p + 1, (p + 1) * size, lt["noun"]))
            )
    s.append(L(lt["summary"].format(n=total)))
    return s


def prog_corrected_retry(d, c, shape):
    rng = c.rng
    s = intro(d, c, n_reads=rng.choice([2, 3, 3]))
    f = d["fix"]
    attempts = f["attempts"] if shape == 1 else f["attempts"][1:]
    for args, err, note in attempts[:-1]:
        s.append(T(c, f["tool"], args, err, error=True))
        s.append(L(note))
    args, ok, note = attempts[-1]
    s.append(T(c, f["tool"], args, ok))
    s.append(L(note))
    for tool, a, o in f["after"]:
        s.append(T(c, tool, a, o))
    s.append(L(f["done"]))
    return s


def prog_summarise_docs(d, c, shape):
    s = intro(d, c, n_reads=2 + shape, user=False)
    s.append(L(d["docs_ack"], d["docs_ask"]))
    docs = d["docs"]
    for tool, args, obs, summ in docs:
        s.append(T(c, tool, args, obs))
        if shape == 0:
            s.append(L(summ))
    if shape == 1:
        s.append(L(d["docs_final"]))
    else:
        s.append(L(d["docs_final"].split("\n")[0]))
    return s


def prog_polling(d, c, shape):
    rng = c.rng
    s = task(d, c, "poll", intro(d, c, user=False))
    tool, args, states = d["poll"]
    for i, st in enumerate(states):
        s.append(T(c, tool, args, st))
        if i < len(states) - 1:
            secs = rng.choice(d.get("poll_wait", [60, 120, 180, 300]))
            s.append(W(c, secs))
            if shape == 1 and i == 1:
                s.append(L(d["poll_mid"]))
    s.append(L(d["poll_done"]))
    return s


def prog_batch(d, c, shape):
    rng = c.rng
    s = intro(d, c, user=False, n_reads=rng.choice([2, 3]))
    s.append(L(d["batch_ack"], d["batch_ask"]))
    tool, items = d["batch"]
    for i, (args, obs) in enumerate(items):
        s.append(T(c, tool, args, obs))
        if shape == 1 and i in (1, 3):
            s.append(
                L(
                    pick(
                        rng,
                        [
                            "%d of %d done, carrying on with the rest." % (i + 1, len(items)),
                            "%d of %d through without problems so far." % (i + 1, len(items)),
                            "That's %d of %d; next one." % (i + 1, len(items)),
                        ],
                    )
                )
            )
    s.append(L(d["batch_done"]))
    return s


def prog_refine(d, c, shape):
    s = task(d, c, "refine", intro(d, c))
    tool, steps, get = d["refine"]
    for i, (args, obs, note) in enumerate(steps):
        s.append(T(c, tool, args, obs))
        if shape == 0 or i == len(steps) - 1:
            s.append(L(note))
    s.append(T(c, get[0], get[1], get[2]))
    s.append(L(d["refine_done"]))
    return s


def prog_edit_errors_down(d, c, shape):
    rng = c.rng
    s = task(d, c, "val", intro(d, c))
    v = d["val"]
    errs = list(v["errors"][:4]) if (shape == 0 and len(s) <= 2) else list(v["errors"][:3])
    s.append(T(c, v["tool"], v["args"], v["fmt"](errs), error=True))
    while errs:
        _code, _m, _desc, _eargs = errs[0]
        fixed = [errs.pop(0)]
        if len(errs) >= 2 and rng.random() < 0.35:
            fixed.append(errs.pop(0))
        s.append(L(" ".join(f[2] for f in fixed)))
        for f in fixed:
            s.append(T(c, v["edit_tool"], f[3], v["edit_ok"]))
        if errs:
            s.append(T(c, v["tool"], v["args"], v["fmt"](errs), error=True))
        else:
            s.append(T(c, v["tool"], v["args"], v["pass"]))
    s.append(T(c, v["submit"][0], v["submit"][1], v["submit"][2]))
    s.append(L(v["done"]))
    return s


def prog_recheck(d, c, shape):
    rng = c.rng
    s = intro(d, c, n_reads=3, user=True) if shape == 0 else intro(d, c, n_reads=rng.choice([2, 3]))
    tool, args, before, after, rb, ra, umsg = d["recheck"]
    if d.get("recheck_at"):
        c.t = max(c.t, d["recheck_at"])
    s = drop_reads(s, {(tool, json.dumps(args, sort_keys=True))})
    s.append(T(c, tool, args, before))
    s.append(L(rb))
    s.append(L("Re-reading it now.", umsg))
    s.append(T(c, tool, args, after))
    s.append(L(ra))
    if shape == 1:
        for t, a, o in d["recheck_follow"]:
            s.append(T(c, t, a, o))
        s.append(L(d["recheck_done"]))
    return s


def prog_flaky(d, c, shape):
    rng = c.rng
    s = intro(d, c, n_reads=rng.choice([2, 3, 3]))
    tool, args, err, ok, after = d["flaky"]
    fails = 1 if shape == 0 else 2
    for i in range(fails):
        s.append(T(c, tool, args, err, error=True))
        s.append(
            L(
                pick(
                    rng,
                    [
                        "Upstream timed out; retrying once.",
                        "Transient gateway error - retrying the same request.",
                        "That looks like a transient failure. Trying again after a short pause.",
                    ],
                )
            )
        )
        if shape == 1 and i == 0:
            s.append(W(c, 20))
    s.append(T(c, tool, args, ok))
    for t, a, o, note in after:
        s.append(T(c, t, a, o))
        if note:
            s.append(L(note))
    return s


def prog_status_counts(d, c, shape):
    rng = c.rng
    s = task(d, c, "chunk", intro(d, c, n_reads=rng.choice([2, 3, 3])))
    ch = d["chunk"]
    total, size = ch["total"], ch["size"]
    done = 0
    off = 0
    while off < total:
        n = min(size, total - off)
        done += n
        s.append(T(c, ch["tool"], ch["args"](off, size), ch["obs"](off, n, done, total, rng)))
        if shape == 0 or done >= total or (off // size) % 2 == 1:
            s.append(L(ch["update"].format(done=done, total=total, left=total - done)))
        off += size
    return s


def prog_compare(d, c, shape):
    rng = c.rng
    s = task(d, c, "compare", intro(d, c, n_reads=rng.choice([2, 3])))
    cmp = d["compare"]
    pairs = cmp["pairs"] if shape == 0 else cmp["pairs"][:3]
    s = drop_reads(s, {(t, json.dumps(a, sort_keys=True)) for p in pairs for (t, a, o) in p[:2]})
    for (ta, aa, oa), (tb, ab, ob), note in pairs:
        s.append(T(c, ta, aa, oa))
        s.append(T(c, tb, ab, ob))
        s.append(L(note))
    s.append(L(cmp["done"] if shape == 0 else cmp.get("done3", cmp["done"])))
    return s


def prog_plan(d, c, shape):
    rng = c.rng
    s = intro(d, c, n_reads=rng.choice([1, 2]))
    steps = d["plan"]
    s.append(L("Plan:\n" + "\n".join("%d. %s" % (i + 1, p[0]) for i, p in enumerate(steps))))
    for i, (_desc, tool, args, obs) in enumerate(steps):
        s.append(T(c, tool, args, obs))
        if shape == 0 or i == len(steps) - 1:
            s.append(L("Step %d done: %s" % (i + 1, d["plan_notes"][i])))
    return s


def make(fn, d, key, shape):
    """Deterministic: re-draw the row's randomness until it is 8-16 steps long."""
    for attempt in range(200):
        rng = random.Random("%d:%s:%d" % (SEED, key, attempt))
        c = Ctx(rng, d["start"] + timedelta(seconds=rng.randint(0, 300)))
        c.loop = fn.__name__.startswith("loop_")
        steps = fn(d, c, shape)
        if 8 <= len(steps) <= 16:
            return steps
    raise RuntimeError(f"cannot fit {key}")


LOOP_KINDS = [
    (
        "exact_repeat",
        "the same call returns the same result again and again, back to back or with only a short note between",
        loop_exact_repeat,
    ),
    (
        "paraphrased_repeat",
        "the same search re-worded again and again, identical hits",
        loop_paraphrased_repeat,
    ),
    (
        "ab_oscillation",
        "flip-flopping a field between two values, or between two unchanging reads",
        loop_ab_oscillation,
    ),
    (
        "failing_call_repeat",
        "an identical call retried against a permanent error",
        loop_failing_call_repeat,
    ),
    (
        "interleaved_repeat",
        "the same call with the same result recurring with other unchanged reads in between",
        loop_interleaved_repeat,
    ),
    (
        "monologue",
        "the agent posts the same status message over and over with no work",
        loop_monologue,
    ),
    ("abc_cycle", "a three-step cycle of reads that keeps coming round unchanged", loop_abc_cycle),
    (
        "reworded_non_answer",
        "a person says the answer missed; the agent rewords the same non-answer",
        loop_reworded_non_answer,
    ),
    (
        "status_poll_stuck",
        "polling a status that is blocked and never moves",
        loop_status_poll_stuck,
    ),
    (
        "page_cursor_stuck",
        "'next page' requested again and again but the same page comes back",
        loop_page_cursor_stuck,
    ),
    (
        "replan_no_execute",
        "restating the plan and re-reading the same record without ever doing step 1",
        loop_replan_no_execute,
    ),
    (
        "edit_errors_flat",
        "edit / validate cycles where the edits miss and the same errors return",
        loop_edit_errors_flat,
    ),
]
PROG_KINDS = [
    (
        "paging_results",
        "paging through a list with an advancing cursor to the last page",
        prog_paging,
    ),
    (
        "corrected_retry",
        "a call fails, the argument is corrected from the error, then it works",
        prog_corrected_retry,
    ),
    (
        "summarise_documents",
        "reading several related documents one by one and summarising them",
        prog_summarise_docs,
    ),
    ("polling_status_moves", "polling with waits while the status advances to done", prog_polling),
    ("batch_items", "the same action applied across a batch of different items", prog_batch),
    (
        "search_refinement",
        "a search refined step by step with the hit count narrowing",
        prog_refine,
    ),
    (
        "edit_errors_down",
        "iterative edits with validation errors going down to zero",
        prog_edit_errors_down,
    ),
    ("user_recheck_differs", "a person asks for a re-check and the re-read differs", prog_recheck),
    (
        "flaky_retry_passes",
        "a transient failure that passes on retry, then work continues",
        prog_flaky,
    ),
    (
        "status_counts_advance",
        "similar status updates whose counts advance through a bulk job",
        prog_status_counts,
    ),
    (
        "compare_sources",
        "alternating between two sources on different records to reconcile them",
        prog_compare,
    ),
    ("plan_executed", "a step-by-step plan stated and then carried out step by step", prog_plan),
]


# ---------------------------------------------------------------- domains
def page_fmt(head):
    def f(items, page, nxt, c):
        return "%s page=%d count=%d\n%s\nnext_cursor=%s | %s | %dms" % (
            head,
            page,
            len(items),
            "\n".join(items),
            nxt or "null",
            c.rid(),
            c.rng.randint(60, 700),
        )

    return f


def val_fmt(prefix):
    def f(errs):
        return "%s: %d error(s)\n%s" % (
            prefix,
            len(errs),
            "\n".join(f"  {e[0]} {e[1]}" for e in errs),
        )

    return f


def _lb_item(rng, i):
    n = 60 + i * 3 + rng.randint(0, 2)
    boat = rng.choice(["ALB 13-41", "ILB D-874", "ILB D-874", "ALB 13-41"])
    kind = rng.choice(
        [
            "machinery failure",
            "person in water",
            "vessel aground",
            "medical evac",
            "false alarm w/ good intent",
            "kayaker overdue",
            "yacht fouled prop",
            "exercise",
        ]
    )
    day = datetime(2026, 5, 2) + timedelta(days=i * 9 + rng.randint(0, 6))
    return "KBN-2026-%03d | %s | %s | %s | crew %d | hrs %.1f" % (
        n,
        boat,
        day.strftime("%Y-%m-%d"),
        kind,
        rng.randint(3, 7),
        rng.uniform(0.8, 5.5),
    )


LIFEBOAT = {
    "name": "lifeboat_station_launches",
    "start": datetime(2026, 11, 28, 6, 50, 0),
    "user_open": [
        "Can you get last night's shout logged for Kilbrannan? Coastguard incident is CG-2611-0447, the all-weather boat went about 23:12.",
        "Morning. The LOM wants the service return for KBN-2026-117 done before the area manager's visit at 11. Can you sort it?",
        "Need the 13-41 paperwork squared away from the aground job overnight - launch log, return and anything outstanding.",
    ],
    "ack": [
        "On it. I'll pull the coastguard incident and our launch record first.",
        "Will do. Starting with the launch record and the coastguard incident for KBN-2026-117.",
        "Understood - reading the incident and the launch log for last night first.",
    ],
    "reads": [
        (
            "coastguard_incident.get",
            {"incident_id": "CG-2611-0447"},
            "incident CG-2611-0447 | type: vessel aground | casualty: FV 'Morven Lass' (BA-221), 2 POB | pos 55 31.2N 005 29.8W | tasked: Kilbrannan ALB 13-41 23:04Z | stood down 02:18Z | status CLOSED | @RID",
        ),
        (
            "launch_log.get",
            {"station": "KBN", "launch_id": "KBN-2026-117"},
            "launch KBN-2026-117 | boat ALB 13-41 | paged 23:04Z | launched 23:12Z | incident CG-2611-0447 | crew 7 | outcome: <blank> | return_to_station: <blank> | last edit 2026-11-28T00:02:51Z by cox.jmair | @RID",
        ),
        (
            "crew_roster.query",
            {"station": "KBN", "date": "2026-11-27", "shift": "night"},
            "on pager 22:00-06:00: J. Mair (coxswain), A. Docherty (mechanic), R. Kerr (helm), S. Munro, L. McKinven, D. Ralston, C. Graham (trainee) | 7 available | @RID",
        ),
    ],
    "rec": (
        "launch_log.get",
        {"station": "KBN", "launch_id": "KBN-2026-117"},
        "launch KBN-2026-117 | boat ALB 13-41 | paged 23:04Z | launched 23:12Z | incident CG-2611-0447 | crew 7 | outcome: <blank> | return_to_station: <blank> | last edit 2026-11-28T00:02:51Z by cox.jmair | @RID",
    ),
    "rec_fact": "Launch KBN-2026-117 still has no outcome and no return-to-station time",
    "rec2": (
        "coastguard_incident.get",
        {"incident_id": "CG-2611-0447"},
        "incident CG-2611-0447 | type: vessel aground | casualty: FV 'Morven Lass' (BA-221), 2 POB | tasked: Kilbrannan ALB 13-41 23:04Z | stood down 02:18Z | status CLOSED | @RID",
    ),
    "rec3": (
        "crew_roster.query",
        {"station": "KBN", "date": "2026-11-27", "shift": "night"},
        "on pager 22:00-06:00: J. Mair (coxswain), A. Docherty (mechanic), R. Kerr (helm), S. Munro, L. McKinven, D. Ralston, C. Graham (trainee) | 7 available | @RID",
    ),
    "para": {
        "tool": "boat_defects.search",
        "key": "query",
        "args": {"boat": "13-41"},
        "queries": [
            "port engine overheat",
            "port main engine high temperature",
            "overheating port side engine",
            "engine temp alarm port",
            "port engine running hot",
        ],
        "result": "2 hits: DEF-3308 raw water strainer part-blocked (CLOSED 2026-10-02) ; DEF-3391 port engine temp sender intermittent (OPEN since 2026-11-03) | @MS ms",
        "concl": [
            "The only open port-engine item is DEF-3391, the intermittent temperature sender.",
            "So DEF-3391 (temp sender, open) is the defect that covers the port engine running hot.",
            "Search shows DEF-3391 open and DEF-3308 closed for the port engine temperature.",
        ],
    },
    "ab_write": (
        "launch_log.update",
        {"launch_id": "KBN-2026-117"},
        "service_category",
        "Vessel aground - stood by",
        "Vessel aground - escorted to harbour",
        "The coastguard narrative says 13-41 stood by until the casualty refloated, so the category should be 'stood by'.",
        "The cox's note says they escorted the Morven Lass into Carradale, so the category should be 'escorted to harbour'.",
    ),
    "ab_write_ok": "updated KBN-2026-117 service_category='@VAL' | @RID",
    "ab_reads": (
        (
            "coastguard_incident.narrative",
            {"incident_id": "CG-2611-0447"},
            "01:40Z casualty refloated on flood tide, ALB 13-41 standing by | 02:18Z ALB stood down | @RID",
        ),
        (
            "debrief.get",
            {"launch_id": "KBN-2026-117"},
            "cox notes: stood by on scene, casualty refloated ~01:40, escorted to Carradale harbour mouth, released 02:15 | @RID",
        ),
    ),
    "ab_notes": (
        "Coastguard has 13-41 standing by until stand-down; let me compare with the debrief.",
        "The debrief mentions an escort. Going back to the coastguard narrative to reconcile.",
    ),
    "fail": (
        "pager.status",
        {"group": "KBN-ALB", "since": "2026-11-27T23:00:00Z"},
        "403 Forbidden: token lacks scope 'pager:read' for group KBN-ALB (@RID)",
    ),
    "mono": "I'm compiling the service return for KBN-2026-117 and will post it here as soon as it's ready.",
    "question": "Who was on the helm for the passage back in? I need it for the fatigue log.",
    "nonans": [
        "Seven crew launched on 13-41 for KBN-2026-117; the full list is on the launch record.",
        "For this shout the crew was J. Mair, A. Docherty, R. Kerr, S. Munro, L. McKinven, D. Ralston and C. Graham.",
        "The launch record lists seven crew aboard 13-41 from 23:12Z until stand-down at 02:18Z.",
        "All seven paged crew went afloat on 13-41; the launch log has their names against KBN-2026-117.",
        "Crew for the aground job: seven on 13-41, coxswain J. Mair, as recorded on the launch.",
    ],
    "pushback": [
        "That's the crew list, not who was on the helm coming back. Who helmed the return?",
        "You've told me who launched again. I asked who was helming on the way in.",
        "Still not an answer - the helm on the return passage, please.",
    ],
    "stuck": (
        "service_return.status",
        {"return_id": "SR-KBN-2026-117"},
        "SR-KBN-2026-117 | state: HELD | reason: casualty details need Area Lifesaving Manager sign-off | assigned: alm.west | last_updated 2026-11-28T06:41:10Z | @RID",
    ),
    "stuck_note": "The return is still held for ALM sign-off. Checking again.",
    "list": {
        "tool": "launch_log.list",
        "args": {"station": "KBN", "year": 2026, "limit": 4},
        "size": 4,
        "item": _lb_item,
        "fmt": page_fmt("launch_log KBN 2026"),
        "noun": "launches",
        "summary": "Read all {n} launches since May across the pages; crew-hour totals can now go into the annual return.",
        "ask": (
            "While you're in there, the annual return needs every launch since May with crew hours - can you pull the list?",
            "Sure, paging through the 2026 launch log from May.",
        ),
    },
    "plan": [
        (
            "Pull the coastguard times for CG-2611-0447",
            "coastguard_incident.get",
            {"incident_id": "CG-2611-0447"},
            "tasked 23:04Z | on scene 23:41Z | stood down 02:18Z | status CLOSED | @RID",
        ),
        (
            "Record outcome and return time on the launch",
            "launch_log.update",
            {
                "launch_id": "KBN-2026-117",
                "outcome": "stood by, casualty refloated, escorted",
                "return_to_station": "02:51Z",
            },
            "updated KBN-2026-117 (2 fields) | @RID",
        ),
        (
            "Attach the crew list",
            "service_return.patch",
            {
                "return_id": "SR-KBN-2026-117",
                "crew": ["KB-101", "KB-104", "KB-109", "KB-112", "KB-115", "KB-117", "KB-121"],
            },
            "patched SR-KBN-2026-117 crew=7 | @RID",
        ),
        (
            "Validate the service return",
            "service_return.validate",
            {"return_id": "SR-KBN-2026-117"},
            "SR-KBN-2026-117: 0 errors, 1 warning (W04 fuel_used not recorded)",
        ),
        (
            "Submit it to the area office",
            "service_return.submit",
            {"return_id": "SR-KBN-2026-117"},
            "submitted SR-KBN-2026-117 -> area.west queue position 3 | @RID",
        ),
    ],
    "plan_notes": [
        "on scene 23:41Z, stood down 02:18Z.",
        "outcome and 02:51Z return recorded.",
        "seven crew attached.",
        "passes, one warning about fuel which is optional.",
        "return submitted to the area office, queue position 3.",
    ],
    "val": {
        "tool": "service_return.validate",
        "args": {"return_id": "SR-KBN-2026-117"},
        "edit_tool": "service_return.patch",
        "errors": [
            (
                "E12",
                "persons_assisted missing",
                "E12: the casualty had 2 POB, setting persons_assisted to 2.",
                {"return_id": "SR-KBN-2026-117", "persons_assisted": 2},
            ),
            (
                "E30",
                "weather.sea_state empty",
                "E30: sea state from the station mast was rough.",
                {"return_id": "SR-KBN-2026-117", "weather": {"sea_state": "rough", "wind": "SW6"}},
            ),
            (
                "E21",
                "crew KB-131 not on station roster",
                "E21: KB-131 is a typo for trainee KB-121; correcting.",
                {"return_id": "SR-KBN-2026-117", "crew_replace": {"KB-131": "KB-121"}},
            ),
            (
                "E33",
                "return_to_station 02:10Z before stood_down 02:18Z",
                "E33: return time was 02:51Z, not 02:10Z.",
                {"return_id": "SR-KBN-2026-117", "return_to_station": "02:51Z"},
            ),
        ],
        "fmt": val_fmt("SR-KBN-2026-117 validation"),
        "bad_edits": [
            (
                "Tidying the narrative wording in case that is confusing the validator.",
                {
                    "return_id": "SR-KBN-2026-117",
                    "narrative": "ALB stood by vessel aground, casualty refloated on flood, escorted to Carradale.",
                },
            ),
            (
                "Re-saving the launch time so the record gets re-indexed.",
                {"return_id": "SR-KBN-2026-117", "launch_time": "23:12Z"},
            ),
            (
                "Adding fuel used; maybe the form needs it before the rest validates.",
                {"return_id": "SR-KBN-2026-117", "fuel_used_l": 410},
            ),
            (
                "Setting the boat field explicitly to 13-41.",
                {"return_id": "SR-KBN-2026-117", "boat": "13-41"},
            ),
        ],
        "edit_ok": "patched SR-KBN-2026-117 | @RID",
        "pass": "SR-KBN-2026-117 validation: 0 errors",
        "submit": (
            "service_return.submit",
            {"return_id": "SR-KBN-2026-117"},
            "submitted SR-KBN-2026-117 -> area.west | @RID",
        ),
        "done": "The service return is clean and submitted to the area office.",
    },
    "fix": {
        "tool": "tide_table.get",
        "attempts": [
            (
                {"port": "Carradale Bay", "date": "27/11/2026"},
                "400 invalid date '27/11/2026': expected YYYY-MM-DD",
                "Date format is wrong; resending as ISO.",
            ),
            (
                {"port": "Carradale Bay", "date": "2026-11-27"},
                "422 unknown port 'Carradale Bay'; did you mean CARRADALE or CAMPBELTOWN?",
                "The tide service wants the port code CARRADALE.",
            ),
            (
                {"port": "CARRADALE", "date": "2026-11-27"},
                "CARRADALE 2026-11-27: LW 19:33Z 0.7m | HW 01:52Z(+1) 2.9m | range springs | @RID",
                "High water 01:52Z fits the casualty refloating around 01:40Z on the flood.",
            ),
        ],
        "after": [
            (
                "launch_log.update",
                {
                    "launch_id": "KBN-2026-117",
                    "notes": "casualty refloated 01:40Z on flood, HW Carradale 01:52Z",
                },
                "updated KBN-2026-117 notes | @RID",
            )
        ],
        "done": "Tide context is on the launch record now.",
    },
    "docs_ask": "Before the cox meets the area engineer, can you summarise the last four 13-41 engine defect reports?",
    "docs_ack": "Sure - reading the four most recent engine defects for 13-41.",
    "docs": [
        (
            "boat_defects.get",
            {"defect_id": "DEF-3308"},
            "DEF-3308 | 13-41 port engine | raw water strainer part-blocked with weed, temp rose to 92C on exercise | cleaned, CLOSED 2026-10-02 | @RID",
            "DEF-3308: port strainer blocked with weed in October, cleaned and closed.",
        ),
        (
            "boat_defects.get",
            {"defect_id": "DEF-3342"},
            "DEF-3342 | 13-41 stbd engine | fuel filter water separator alarm | bowl drained, filter changed, CLOSED 2026-10-19 | @RID",
            "DEF-3342: starboard water-in-fuel alarm, filter changed, closed.",
        ),
        (
            "boat_defects.get",
            {"defect_id": "DEF-3377"},
            "DEF-3377 | 13-41 port engine | oil pressure low at idle after service | found gauge sender loose, retorqued | CLOSED 2026-10-30 | @RID",
            "DEF-3377: port oil pressure reading low, loose sender, closed.",
        ),
        (
            "boat_defects.get",
            {"defect_id": "DEF-3391"},
            "DEF-3391 | 13-41 port engine | coolant temp reading jumps 70-105C, no actual overheat per IR gun | sender on order ETA 2026-12-02 | OPEN | @RID",
            "DEF-3391: port coolant temp sender erratic, part due 2 Dec, still open.",
        ),
    ],
    "docs_final": "Summary for the cox: three of four are closed; the port engine has had a blocked strainer, a loose oil sender and now an erratic temp sender (DEF-3391, open, part due 2 Dec). Worth asking the engineer whether the port loom is chafing, since two of the faults are senders.\nThe open one to raise is DEF-3391.",
    "poll_ask": (
        "Pager's just gone - kayaker reported in the water off Ardnacross. Keep an eye on it and tell me when D-874 is back.",
        "Will do, watching CG-2611-0452.",
    ),
    "poll": (
        "coastguard_incident.status",
        {"incident_id": "CG-2611-0452"},
        [
            "CG-2611-0452 | PAGED 06:52Z | crew assembling 4/7 | @RID",
            "CG-2611-0452 | LAUNCHED ILB D-874 | crew 3 | @RID",
            "CG-2611-0452 | ON SCENE | kayaker located, hypothermic | @RID",
            "CG-2611-0452 | RETURNING | casualty aboard, ambulance requested to slipway | @RID",
            "CG-2611-0452 | ON STATION | casualty handed to ambulance | CLOSED | @RID",
        ],
    ),
    "poll_wait": [600, 900, 900],
    "poll_mid": "D-874 is away with three crew; carrying on watching the incident.",
    "poll_done": "D-874 is back on station and the incident is closed; I'll open a launch record KBN-2026-118 for it.",
    "batch_ask": "Can you enter crew hours for the six November exercises that are still missing them?",
    "batch_ack": "Yes - recording hours against each of the six exercise launches.",
    "batch": (
        "crew_hours.record",
        [
            (
                {"launch_id": "KBN-2026-104", "hours": 2.0, "crew": 6},
                "KBN-2026-104 recorded 12.0 crew-hours | @RID",
            ),
            (
                {"launch_id": "KBN-2026-106", "hours": 1.5, "crew": 4},
                "KBN-2026-106 recorded 6.0 crew-hours | @RID",
            ),
            (
                {"launch_id": "KBN-2026-108", "hours": 3.0, "crew": 7},
                "KBN-2026-108 recorded 21.0 crew-hours | @RID",
            ),
            (
                {"launch_id": "KBN-2026-111", "hours": 2.5, "crew": 5},
                "KBN-2026-111 recorded 12.5 crew-hours | @RID",
            ),
            (
                {"launch_id": "KBN-2026-113", "hours": 1.0, "crew": 3},
                "KBN-2026-113 recorded 3.0 crew-hours | @RID",
            ),
            (
                {"launch_id": "KBN-2026-116", "hours": 2.0, "crew": 6},
                "KBN-2026-116 recorded 12.0 crew-hours | @RID",
            ),
        ],
    ),
    "batch_done": "All six November exercises now have crew hours: 66.5 crew-hours in total.",
    "refine_ask": (
        "Area engineer wants to know if anything hydraulic is restricting 13-41 right now.",
        "Searching the defect log for hydraulics.",
    ),
    "refine": (
        "boat_defects.search",
        [
            (
                {"query": "hydraulic"},
                "38 hits across 4 boats (showing 5): DEF-2210, DEF-2455, DEF-2871, DEF-3012, DEF-3120 ... | @MS ms",
                "38 hits across the fleet - too broad. Restricting to 13-41.",
            ),
            (
                {"query": "hydraulic", "boat": "13-41"},
                "9 hits: DEF-2871, DEF-3012, DEF-3120, DEF-3188, DEF-3230, DEF-3301, DEF-3355, DEF-3380, DEF-3395 | @MS ms",
                "Nine on 13-41; only open ones matter for the launch readiness check.",
            ),
            (
                {"query": "hydraulic", "boat": "13-41", "status": "OPEN"},
                "2 hits: DEF-3380 steering ram weep (OPEN), DEF-3395 tow winch hose chafe (OPEN) | @MS ms",
                "Two open hydraulic defects on 13-41.",
            ),
        ],
        (
            "boat_defects.get",
            {"defect_id": "DEF-3395"},
            "DEF-3395 | 13-41 tow winch hose chafe at fairlead | restriction: tow winch not to be used | raised 2026-11-22 | @RID",
        ),
    ),
    "refine_done": "Only DEF-3395 restricts operations (no winch towing); the steering ram weep is monitor-only.",
    "recheck": (
        "boat.readiness",
        {"boat": "13-41"},
        "13-41 | OFF SERVICE since 2026-11-28T03:10Z | reason: DEF-3391 port temp sender | relief: none | @RID",
        "13-41 | ON SERVICE | DEF-3391 sender replaced by DTM, sea trial OK, returned to service by mechanic A. Docherty | @RID",
        "13-41 is showing off service since 03:10 for the port temperature sender, with no relief boat.",
        "It has changed: 13-41 is back on service - the sender was replaced and a sea trial passed.",
        "The mechanic says he's just signed it off - can you check 13-41's status again?",
    ),
    "recheck_follow": [
        (
            "boat_defects.get",
            {"defect_id": "DEF-3391"},
            "DEF-3391 | CLOSED 2026-11-28 | sender replaced, part from stores | @RID",
        )
    ],
    "recheck_done": "DEF-3391 is closed as well, so the station is back to full ALB cover.",
    "flaky": (
        "weather.obs",
        {"station": "KBN-mast", "at": "2026-11-27T23:10:00Z"},
        "504 Gateway Timeout: upstream met-buoy feed (@MS ms) @RID",
        "KBN-mast 23:10Z | wind SW 27kn gust 34 | sea state rough | vis 4nm | rain | @RID",
        [
            (
                "service_return.patch",
                {
                    "return_id": "SR-KBN-2026-117",
                    "weather": {"wind": "SW6-7", "sea_state": "rough", "vis_nm": 4},
                },
                "patched SR-KBN-2026-117 weather | @RID",
                "Weather block is filled in on the return.",
            ),
            (
                "service_return.validate",
                {"return_id": "SR-KBN-2026-117"},
                "SR-KBN-2026-117 validation: 0 errors",
                "Return validates cleanly.",
            ),
        ],
    ),
    "chunk_ask": (
        "Can you load the 2025 exercise log CSV into the new system? It's kbn_exercises_2025.csv, 188 rows.",
        "Importing it in batches of 50.",
    ),
    "chunk": {
        "tool": "exercise_log.import",
        "total": 188,
        "size": 50,
        "args": lambda off, size: {
            "source": "kbn_exercises_2025.csv",
            "offset": off,
            "limit": size,
        },
        "obs": lambda off, n, done, total, rng: (
            "imported rows %d-%d (%d ok, 0 rejected) | total %d/%d | %dms"
            % (off + 1, off + n, n, done, total, rng.randint(300, 1900))
        ),
        "update": "Exercise import: {done} of {total} rows in, {left} to go.",
    },
    "compare_ask": (
        "Audit flagged our stand-down times as not matching the coastguard's. Can you check the last few shouts against CG?",
        "I'll go launch by launch against the coastguard records.",
    ),
    "compare": {
        "pairs": [
            (
                (
                    "coastguard_incident.get",
                    {"incident_id": "CG-2611-0447"},
                    "CG-2611-0447 | tasked 23:04Z | stood down 02:18Z | @RID",
                ),
                (
                    "launch_log.get",
                    {"station": "KBN", "launch_id": "KBN-2026-117"},
                    "KBN-2026-117 | paged 23:04Z | launched 23:12Z | stood down 02:20Z | @RID",
                ),
                "117: stand-down 02:18Z vs 02:20Z - two minutes, within tolerance.",
            ),
            (
                (
                    "coastguard_incident.get",
                    {"incident_id": "CG-2611-0391"},
                    "CG-2611-0391 | tasked 14:37Z | stood down 16:02Z | @RID",
                ),
                (
                    "launch_log.get",
                    {"station": "KBN", "launch_id": "KBN-2026-115"},
                    "KBN-2026-115 | paged 14:37Z | launched 14:49Z | stood down 15:02Z | @RID",
                ),
                "115: we have 15:02Z, coastguard 16:02Z - looks like an hour typo on our side.",
            ),
            (
                (
                    "coastguard_incident.get",
                    {"incident_id": "CG-2611-0318"},
                    "CG-2611-0318 | tasked 09:11Z | stood down 10:40Z | @RID",
                ),
                (
                    "launch_log.get",
                    {"station": "KBN", "launch_id": "KBN-2026-112"},
                    "KBN-2026-112 | paged 09:11Z | launched 09:20Z | stood down 10:40Z | @RID",
                ),
                "112: matches exactly.",
            ),
            (
                (
                    "coastguard_incident.get",
                    {"incident_id": "CG-2610-0977"},
                    "CG-2610-0977 | tasked 19:55Z | stood down 21:30Z | @RID",
                ),
                (
                    "launch_log.get",
                    {"station": "KBN", "launch_id": "KBN-2026-109"},
                    "KBN-2026-109 | paged 19:58Z | launched 20:06Z | stood down 21:30Z | @RID",
                ),
                "109: paged three minutes after tasking, normal.",
            ),
        ],
        "done": "Only KBN-2026-115 disagrees with the coastguard log (15:02Z vs 16:02Z stand-down); I'd correct ours to 16:02Z once the cox confirms.",
    },
}


def _hb_item(rng, i):
    inst = rng.choice(
        [
            "LY (Lyon)",
            "BR (Meise)",
            "K (Kew)",
            "P (Paris)",
            "MO (Missouri)",
            "L (Naturalis)",
            "B (Berlin)",
            "YA (Yaounde)",
        ]
    )
    taxon = rng.choice(
        [
            "Begonia sect. Loasibegonia",
            "Impatiens (Balsaminaceae)",
            "Cola (Malvaceae)",
            "Dorstenia",
            "Psychotria",
            "Ficus subg. Urostigma",
            "Englerina (Loranthaceae)",
            "Memecylon",
            "Vepris",
        ]
    )
    due = datetime(2025, 1, 15) + timedelta(days=i * 23 + rng.randint(0, 20))
    return "L-20%02d-%04d | %s | %s | %d sheets | due %s | reminders sent %d" % (
        23 + i // 8,
        40 + i * 7 + rng.randint(0, 5),
        inst,
        taxon,
        rng.randint(3, 60),
        due.strftime("%Y-%m-%d"),
        rng.randint(0, 3),
    )


HERBARIUM = {
    "name": "herbarium_specimen_loans",
    "start": datetime(2026, 11, 28, 10, 20, 0),
    "user_open": [
        "The Begonia loan back from Lyon (L-2026-0318) arrived on Wednesday. Can you start checking it in and tell me if anything's missing?",
        "Curator wants the LY Begonia return reconciled today - loan L-2026-0318, 42 sheets.",
        "Could you pick up the LY return? Goods-in say two cartons came, loan number L-2026-0318.",
    ],
    "ack": [
        "Will do. Reading the loan record and the courier status first.",
        "Sure - starting with L-2026-0318 and its return shipment.",
        "Okay, pulling up the loan and what goods-in logged.",
    ],
    "reads": [
        (
            "loan.get",
            {"loan_id": "L-2026-0318"},
            "outgoing loan L-2026-0318 | to LY (Dr C. Vautrin) | Begonia sect. Loasibegonia | 42 sheets (3 types) | sent 2025-03-11 | due 2026-09-11 | status RETURN IN TRANSIT | return AWB 7781 2209 4410 | checked in 0/42 | @RID",
        ),
        (
            "courier.track",
            {"awb": "7781 2209 4410"},
            "AWB 7781 2209 4410 | DELIVERED 2026-11-26 10:42 | signed: WHB GOODS-IN (T. Baird) | pieces 2 | weight 9.8kg | @RID",
        ),
        (
            "goods_in.log",
            {"date": "2026-11-26", "dept": "herbarium"},
            "2026-11-26 10:50 | 2 cartons from LY, ref L-2026-0318 | placed in quarantine freezer F2 (-30C) | release after 2026-11-29 10:50 | logged by tbaird | @RID",
        ),
    ],
    "rec": (
        "loan.get",
        {"loan_id": "L-2026-0318"},
        "outgoing loan L-2026-0318 | to LY (Dr C. Vautrin) | Begonia sect. Loasibegonia | 42 sheets (3 types) | sent 2025-03-11 | due 2026-09-11 | status RETURN IN TRANSIT | return AWB 7781 2209 4410 | checked in 0/42 | @RID",
    ),
    "rec_fact": "L-2026-0318 still shows RETURN IN TRANSIT with 0 of 42 sheets checked in",
    "rec2": (
        "courier.track",
        {"awb": "7781 2209 4410"},
        "AWB 7781 2209 4410 | DELIVERED 2026-11-26 10:42 | signed: WHB GOODS-IN (T. Baird) | pieces 2 | weight 9.8kg | @RID",
    ),
    "rec3": (
        "goods_in.log",
        {"date": "2026-11-26", "dept": "herbarium"},
        "2026-11-26 10:50 | 2 cartons from LY, ref L-2026-0318 | placed in quarantine freezer F2 (-30C) | release after 2026-11-29 10:50 | logged by tbaird | @RID",
    ),
    "para": {
        "tool": "specimen.search",
        "key": "q",
        "args": {"loan": "L-2026-0318"},
        "queries": [
            "Begonia vautrinii holotype",
            "holotype of B. vautrinii",
            "type specimen Begonia vautrinii",
            "vautrinii type sheet",
            "B. vautrinii HOLOTYPE WHB",
        ],
        "result": "1 hit: WHB0041277 | Begonia vautrinii Sosef | HOLOTYPE | Cameroon, Bakossi Mts, Letouzey 14210 | status ON LOAN L-2026-0318 | @MS ms",
        "concl": [
            "The holotype is WHB0041277, currently on loan under L-2026-0318.",
            "Search confirms the B. vautrinii holotype is barcode WHB0041277, out on the LY loan.",
            "WHB0041277 is the vautrinii holotype and is recorded as on loan to LY.",
        ],
    },
    "para_ask": (
        "Which barcode is the vautrinii holotype? I want to be sure it's in the cartons.",
        "Looking it up in the specimen database.",
    ),
    "ab_write": (
        "specimen.update_location",
        {"barcode": "WHB0041277"},
        "location",
        "Quarantine freezer F2",
        "Type room cabinet T-14",
        "Our pest policy says every incoming loan is frozen on arrival, so the holotype belongs in freezer F2 for now.",
        "LY's dispatch note says they froze the cartons for 72h before sending, so it can go straight to type cabinet T-14.",
    ),
    "ab_write_ok": "WHB0041277 location -> '@VAL' | moved_by agent | @RID",
    "ab_reads": (
        (
            "dispatch_note.get",
            {"loan_id": "L-2026-0318", "from": "LY"},
            "LY return note: 42 sheets in 2 cartons, frozen -30C 72h before dispatch 2026-11-20, 6 det. slips added | @RID",
        ),
        (
            "policy.get",
            {"doc": "WHB-IPM-04"},
            "WHB-IPM-04 s.3.2: all incoming material, including returning loans, is frozen -30C for 72h on arrival regardless of prior treatment | @RID",
        ),
    ),
    "ab_notes": (
        "LY say they already froze it. Checking our IPM policy on returning loans.",
        "Our policy says freeze on arrival regardless. Let me re-read LY's note on what they did.",
    ),
    "fail": (
        "permit.check",
        {"permit_no": "FR-CITES-2025-118842", "registry": "EU-eCITES"},
        "401 Unauthorized: eCITES credentials for WHB expired 2026-10-31; renew at registry portal (@RID)",
    ),
    "mono": "I'm reconciling the returned Begonia sheets against the loan list and will report which ones are outstanding.",
    "question": "Did LY send back the holotype of Begonia vautrinii? That's the one the curator is worried about.",
    "nonans": [
        "The LY return came in two cartons on 26 November and is in quarantine freezer F2 until the 29th.",
        "Loan L-2026-0318 was delivered back on 26 Nov, two cartons, and is being frozen before check-in.",
        "Both cartons from LY arrived and are in F2; sheets get checked in after release on 29 November.",
        "The return shipment for L-2026-0318 was signed for by goods-in and is in quarantine.",
        "LY's return arrived safely, 9.8 kg in two pieces, and is in the freezer for now.",
    ],
    "pushback": [
        "I know it's in the freezer. Is the vautrinii holotype in there or not?",
        "You keep telling me about cartons. Is WHB0041277 in the return?",
        "Yes or no on the holotype please - LY sent a packing list.",
    ],
    "stuck": (
        "permit.application_status",
        {"application": "CITES-EXP-WHB-0092"},
        "CITES-EXP-WHB-0092 | export of 6 Dendrobium sheets to MO | state AWAITING_DOCUMENTS | missing: signed MTA from recipient institution | last_updated 2026-11-20T15:04:33Z | @RID",
    ),
    "stuck_note": "The export permit is still waiting on MO's signed MTA. Checking the application again.",
    "stuck_ask": (
        "Has the Missouri orchid export permit come through yet? They're asking.",
        "Checking the permit application.",
    ),
    "list": {
        "tool": "loan.list",
        "args": {"direction": "outgoing", "status": "OVERDUE", "limit": 5},
        "size": 5,
        "item": _hb_item,
        "fmt": page_fmt("loans outgoing OVERDUE"),
        "noun": "overdue loans",
        "summary": "Read all {n} overdue outgoing loans; I'll draft reminder letters for the ones with no reminder sent yet.",
        "ask": (
            "Also, the annual report needs every overdue outgoing loan. Can you list them all?",
            "Sure, paging through the overdue outgoing loans.",
        ),
    },
    "plan": [
        (
            "Read LY's packing list",
            "packing_list.get",
            {"loan_id": "L-2026-0318"},
            "packing list LY->WHB: 41 sheets listed, note: 'WHB0041277 retained for imaging, to follow by separate post' | @RID",
        ),
        (
            "Bulk check-in the 41 sheets received",
            "specimen.bulk_check_in",
            {"loan_id": "L-2026-0318", "exclude": ["WHB0041277"]},
            "checked in 41/42 | 6 annotation slips recorded | @RID",
        ),
        (
            "Flag the holotype as still out",
            "loan.add_note",
            {"loan_id": "L-2026-0318", "note": "WHB0041277 retained by LY for imaging, to follow"},
            "note added | @RID",
        ),
        (
            "Set the loan to partially returned",
            "loan.update",
            {"loan_id": "L-2026-0318", "status": "PARTIALLY_RETURNED"},
            "L-2026-0318 status PARTIALLY_RETURNED | @RID",
        ),
        (
            "Acknowledge receipt to LY",
            "mail.send",
            {
                "to": "c.vautrin@ly-herbarium.example",
                "template": "loan_receipt_partial",
                "loan_id": "L-2026-0318",
            },
            "queued msg 5521-WHB | @RID",
        ),
    ],
    "plan_notes": [
        "LY kept the holotype for imaging, 41 sheets sent.",
        "41 checked in with 6 annotation slips.",
        "holotype flagged as outstanding.",
        "loan marked partially returned.",
        "receipt sent to Dr Vautrin.",
    ],
    "val": {
        "tool": "loan.validate",
        "args": {"loan_id": "L-2026-0412"},
        "edit_tool": "loan.patch",
        "errors": [
            (
                "L104",
                "recipient institution has no Index Herbariorum code",
                "L104: Dr Okafor's herbarium is FHI in Index Herbariorum.",
                {"loan_id": "L-2026-0412", "recipient_ih": "FHI"},
            ),
            (
                "L210",
                "WHB0038810 is a type: curator approval ref required",
                "L210: adding the curator approval CA-2026-77 for the type.",
                {"loan_id": "L-2026-0412", "approvals": {"WHB0038810": "CA-2026-77"}},
            ),
            (
                "L305",
                "destructive sampling requested without DS form",
                "L305: attaching the signed destructive-sampling form DS-0419.",
                {"loan_id": "L-2026-0412", "ds_form": "DS-0419"},
            ),
            (
                "L330",
                "customs value missing",
                "L330: declaring 'scientific specimens, no commercial value'.",
                {
                    "loan_id": "L-2026-0412",
                    "customs": {
                        "value": 0,
                        "description": "scientific specimens, no commercial value",
                    },
                },
            ),
        ],
        "fmt": val_fmt("L-2026-0412 validation"),
        "bad_edits": [
            (
                "Rewording the loan purpose to be more specific.",
                {
                    "loan_id": "L-2026-0412",
                    "purpose": "Taxonomic revision of Cola, incl. DNA sampling",
                },
            ),
            (
                "Re-entering the due date, maybe the format tripped it.",
                {"loan_id": "L-2026-0412", "due": "2027-12-01"},
            ),
            (
                "Adding the courier account number.",
                {"loan_id": "L-2026-0412", "courier_account": "WHB-DHL-30991"},
            ),
            ("Setting the sheet count explicitly.", {"loan_id": "L-2026-0412", "sheets": 14}),
        ],
        "edit_ok": "patched L-2026-0412 | @RID",
        "pass": "L-2026-0412 validation: 0 errors",
        "submit": (
            "loan.submit_for_dispatch",
            {"loan_id": "L-2026-0412"},
            "L-2026-0412 -> dispatch queue, packing slot 2026-12-01 | @RID",
        ),
        "done": "Okafor's loan validates and is queued for packing on 1 December.",
    },
    "val_ask": (
        "Can you get Dr Okafor's Cola loan (L-2026-0412) through validation so it ships next week?",
        "Running the loan validator on L-2026-0412.",
    ),
    "fix": {
        "tool": "specimen.get",
        "attempts": [
            (
                {"barcode": "41277"},
                "400 invalid barcode '41277': expected 'WHB' followed by 7 digits",
                "Barcode needs the WHB prefix and 7 digits.",
            ),
            (
                {"barcode": "WHB41277"},
                "404 not found: WHB41277 (closest: WHB0041277)",
                "Missing the zero padding - WHB0041277.",
            ),
            (
                {"barcode": "WHB0041277"},
                "WHB0041277 | Begonia vautrinii Sosef | HOLOTYPE | Letouzey 14210, 1975 | on loan L-2026-0318 | image: none | @RID",
                "Found it: the holotype is still recorded as on loan and has never been imaged.",
            ),
        ],
        "after": [
            (
                "imaging.request",
                {
                    "barcode": "WHB0041277",
                    "priority": "high",
                    "reason": "type, returning from loan",
                },
                "imaging request IMG-R-3310 created | @RID",
            )
        ],
        "done": "Imaging is requested for the holotype once it is back.",
    },
    "docs_ask": "Vautrin says she annotated several sheets. Can you summarise the det slips before I update the database?",
    "docs_ack": "Reading the annotation slips LY attached.",
    "docs": [
        (
            "annotation.get",
            {"barcode": "WHB0041102"},
            "WHB0041102 det. slip: 'Begonia scutifolia Hook.f. -> B. oxyloba Welw. ex Hook.f.', det. C. Vautrin 2026 | @RID",
            "0041102 redetermined from B. scutifolia to B. oxyloba.",
        ),
        (
            "annotation.get",
            {"barcode": "WHB0041150"},
            "WHB0041150 det. slip: 'conf. Begonia poculifera Hook.f.', C. Vautrin 2026 | @RID",
            "0041150 confirmed as B. poculifera, no change.",
        ),
        (
            "annotation.get",
            {"barcode": "WHB0041188"},
            "WHB0041188 det. slip: 'Begonia sp. -> B. eminii Warb.; leaf sampled for DNA (LY-DNA-2231)' | @RID",
            "0041188 named as B. eminii and a leaf was sampled for DNA.",
        ),
        (
            "annotation.get",
            {"barcode": "WHB0041240"},
            "WHB0041240 det. slip: 'mixed collection: left plant B. prismatocarpa, right plant B. oxyloba' | @RID",
            "0041240 is a mixed sheet and needs splitting into two records.",
        ),
    ],
    "docs_final": "Across the slips: two redeterminations (0041102, 0041188), one confirmation (0041150) and one mixed sheet (0041240) needing a second record; 0041188 also had DNA sampling we should log.\nThe database needs two name changes, one split and one sampling event.",
    "poll_ask": (
        "Imaging started on the returned Begonia batch - let me know when it's published to the portal.",
        "I'll follow job IMG-5521.",
    ),
    "poll": (
        "imaging.job_status",
        {"job_id": "IMG-5521"},
        [
            "IMG-5521 | QUEUED | 41 sheets | station CopyStand-2 | @RID",
            "IMG-5521 | CAPTURING 12/41 | @RID",
            "IMG-5521 | CAPTURING 33/41 | @RID",
            "IMG-5521 | PROCESSING (colour check, OCR) 41/41 | @RID",
            "IMG-5521 | PUBLISHED 41 images to portal, IIIF manifests created | @RID",
        ],
    ),
    "poll_mid": "Capture is under way on CopyStand-2.",
    "poll_done": "IMG-5521 is published: all 41 sheets are on the portal with IIIF manifests.",
    "batch_ask": "Goods-in released the freezer early. Can you check in the six type sheets first?",
    "batch_ack": "Checking in the six type sheets one by one.",
    "batch": (
        "specimen.check_in",
        [
            (
                {"barcode": "WHB0041102", "loan_id": "L-2026-0318"},
                "WHB0041102 checked in | condition good | det slip recorded | @RID",
            ),
            (
                {"barcode": "WHB0041115", "loan_id": "L-2026-0318"},
                "WHB0041115 checked in | condition: fragment packet detached, re-attached | @RID",
            ),
            (
                {"barcode": "WHB0041131", "loan_id": "L-2026-0318"},
                "WHB0041131 checked in | condition good | @RID",
            ),
            (
                {"barcode": "WHB0041150", "loan_id": "L-2026-0318"},
                "WHB0041150 checked in | condition good | conf. slip recorded | @RID",
            ),
            (
                {"barcode": "WHB0041166", "loan_id": "L-2026-0318"},
                "WHB0041166 checked in | condition: minor tear at label, flag for repair | @RID",
            ),
            (
                {"barcode": "WHB0041188", "loan_id": "L-2026-0318"},
                "WHB0041188 checked in | leaf sampled (LY-DNA-2231) | det slip recorded | @RID",
            ),
        ],
    ),
    "batch_done": "Six type sheets checked in; 0041166 needs a label repair and 0041188 had a DNA sample taken.",
    "refine_ask": (
        "A researcher wants Letouzey's Cameroon Begonia types. Can you find what we hold?",
        "Searching the specimen database.",
    ),
    "refine": (
        "specimen.search",
        [
            (
                {"q": "Begonia"},
                "1840 hits | @MS ms",
                "1840 Begonia records - narrowing to Cameroon.",
            ),
            (
                {"q": "Begonia", "country": "Cameroon"},
                "212 hits | @MS ms",
                "212 from Cameroon; filtering to types.",
            ),
            (
                {"q": "Begonia", "country": "Cameroon", "type_status": "any"},
                "17 hits | @MS ms",
                "17 types; restricting to Letouzey's collections.",
            ),
            (
                {
                    "q": "Begonia",
                    "country": "Cameroon",
                    "type_status": "any",
                    "collector": "Letouzey",
                },
                "3 hits: WHB0041277 (HOLOTYPE B. vautrinii), WHB0039904 (ISOTYPE B. letouzeyi), WHB0040012 (PARATYPE B. oxyloba) | @MS ms",
                "Three Letouzey types.",
            ),
        ],
        (
            "specimen.get",
            {"barcode": "WHB0039904"},
            "WHB0039904 | Begonia letouzeyi | ISOTYPE | Letouzey 13377 | in cabinet T-14 | imaged 2019 | @RID",
        ),
    ),
    "refine_done": "We hold three Letouzey Begonia types; two are in house and imaged, the vautrinii holotype is still on the LY loan.",
    "recheck": (
        "loan.get",
        {"loan_id": "L-2026-0318"},
        "outgoing loan L-2026-0318 | to LY (Dr C. Vautrin) | 42 sheets (3 types) | status RETURN IN TRANSIT | return AWB 7781 2209 4410 | checked in 0/42 | @RID",
        "outgoing loan L-2026-0318 | to LY (Dr C. Vautrin) | 42 sheets (3 types) | status RETURNED - CHECK-IN IN PROGRESS | checked in 31/42 | last scan by tbaird (goods-in) | @RID",
        "The loan still shows in transit with nothing checked in.",
        "That's moved: 31 of 42 are now checked in, scanned by T. Baird in goods-in.",
        "Collections team say they've been scanning them in this morning - look again?",
    ),
    "recheck_follow": [
        (
            "specimen.search",
            {"loan": "L-2026-0318", "checked_in": False},
            "11 hits: WHB0041277, WHB0041281, WHB0041290, ... | @MS ms",
        )
    ],
    "recheck_done": "Eleven still to scan, including the holotype WHB0041277.",
    "flaky": (
        "iiif.ingest",
        {"barcode": "WHB0039904", "file": "WHB0039904_v2.tif"},
        "504 Gateway Timeout from image server (@MS ms) @RID",
        "ingested WHB0039904_v2.tif | manifest https://iiif.whb.example/WHB0039904/manifest.json | @RID",
        [
            (
                "specimen.update",
                {
                    "barcode": "WHB0039904",
                    "image_manifest": "https://iiif.whb.example/WHB0039904/manifest.json",
                },
                "WHB0039904 updated | @RID",
                "Manifest linked on the specimen record.",
            )
        ],
    ),
    "chunk_ask": (
        "Georeferencing backlog: the 260 Cameroon records without coordinates. Can you run them through?",
        "Running the georeferencer in batches of 60.",
    ),
    "chunk": {
        "tool": "georef.batch",
        "total": 260,
        "size": 60,
        "args": lambda off, size: {
            "query": "country:Cameroon AND lat:null",
            "offset": off,
            "limit": size,
        },
        "obs": lambda off, n, done, total, rng: (
            "batch %d-%d: %d georeferenced (%d flagged for review) | %d/%d | %dms"
            % (off + 1, off + n, n, rng.randint(2, 9), done, total, rng.randint(800, 4000))
        ),
        "update": "Georeferencing: {done}/{total} done, {left} remaining.",
    },
    "compare_ask": (
        "Check LY's packing list against our loan list, will you? I want to know exactly what's missing.",
        "Comparing the two lists block by block.",
    ),
    "compare": {
        "pairs": [
            (
                (
                    "loan.items",
                    {"loan_id": "L-2026-0318", "range": "1-14"},
                    "14 barcodes WHB0041102..WHB0041166 | @RID",
                ),
                (
                    "packing_list.get",
                    {"loan_id": "L-2026-0318", "page": 1},
                    "14 lines WHB0041102..WHB0041166 | @RID",
                ),
                "Sheets 1-14 match.",
            ),
            (
                (
                    "loan.items",
                    {"loan_id": "L-2026-0318", "range": "15-28"},
                    "14 barcodes WHB0041170..WHB0041277 | @RID",
                ),
                (
                    "packing_list.get",
                    {"loan_id": "L-2026-0318", "page": 2},
                    "13 lines WHB0041170..WHB0041266 | note: 0041277 retained for imaging | @RID",
                ),
                "15-28: the holotype WHB0041277 is retained by LY.",
            ),
            (
                (
                    "loan.items",
                    {"loan_id": "L-2026-0318", "range": "29-42"},
                    "14 barcodes WHB0041281..WHB0041344 | @RID",
                ),
                (
                    "packing_list.get",
                    {"loan_id": "L-2026-0318", "page": 3},
                    "14 lines WHB0041281..WHB0041344 | @RID",
                ),
                "29-42 match.",
            ),
            (
                (
                    "loan.items",
                    {"loan_id": "L-2026-0318", "fragments": True},
                    "3 fragment packets expected | @RID",
                ),
                (
                    "packing_list.get",
                    {"loan_id": "L-2026-0318", "section": "fragments"},
                    "2 fragment packets | @RID",
                ),
                "One fragment packet short.",
            ),
        ],
        "done": "Missing: the holotype WHB0041277 (LY kept it for imaging) and one fragment packet; I'll ask Dr Vautrin about both.",
        "done3": "Only the holotype WHB0041277 is missing - LY kept it back for imaging. I'll ask Dr Vautrin for a date.",
    },
}


def _tg_item(rng, i):
    t = datetime(2026, 11, 1, 3, 0) + timedelta(
        hours=i * 31 + rng.randint(0, 20), minutes=rng.randint(0, 59)
    )
    kind = rng.choice(["SPIKE", "SPIKE", "FLAT", "RATE", "GAP", "SPIKE"])
    mag = {
        "SPIKE": f"{rng.uniform(0.18, 0.6):+.2f}m",
        "FLAT": "%d samples" % rng.randint(6, 40),
        "RATE": f"{rng.uniform(0.3, 0.7):.2f}m/15min",
        "GAP": "%d min" % rng.choice([15, 30, 45, 60]),
    }[kind]
    return "{} | {} | {} | auto | unreviewed".format(t.strftime("%Y-%m-%dT%H:%MZ"), kind, mag)


TIDEGAUGE = {
    "name": "tide_gauge_datum_qc",
    "start": datetime(2026, 11, 28, 9, 30, 0),
    "user_open": [
        "Ardmore Quay (TG-0417) has had a step in the residuals since the radar was swapped on the 19th. Can you sort the datum offset before the monthly release?",
        "November QC is due Monday and TG-0417 is the only gauge on hold. Can you get it cleared?",
        "Can you look at Ardmore Quay? The new radar looks about 7 cm off since the swap.",
    ],
    "ack": [
        "Okay. Reading the gauge metadata and the residuals around the 19th first.",
        "Sure, starting with TG-0417's metadata and the November residuals.",
        "Looking now - gauge record first, then the residuals.",
    ],
    "reads": [
        (
            "gauge.get",
            {"gauge": "TG-0417"},
            "TG-0417 Ardmore Quay | sensor radar VEGAPULS C23 s/n 51882011 (installed 2026-11-19T11:20Z, prev s/n 44710233) | CD = -2.950m ODN | TGBM AQ1 4.812m ODN | offset_m 0.000 | status QC_HOLD | @RID",
        ),
        (
            "qc.residuals",
            {"gauge": "TG-0417", "from": "2026-11-01", "to": "2026-11-27"},
            "mean residual 11-01..11-18 +0.004m (sd 0.061) | 11-19..11-27 +0.071m (sd 0.058) | step detected 2026-11-19T11:20Z +0.067m | @RID",
        ),
        (
            "maintenance.log",
            {"gauge": "TG-0417", "since": "2026-11-01"},
            "2026-11-19 10:05-12:40 R. Iqbal: radar swap s/n 44710233 -> 51882011; dip vs contact point at 11:32Z: sensor 2.431m CD, dip 2.364m CD; offset not entered | @RID",
        ),
    ],
    "rec": (
        "qc.residuals",
        {"gauge": "TG-0417", "from": "2026-11-01", "to": "2026-11-27"},
        "mean residual 11-01..11-18 +0.004m (sd 0.061) | 11-19..11-27 +0.071m (sd 0.058) | step detected 2026-11-19T11:20Z +0.067m | @RID",
    ),
    "rec_fact": "The +0.067 m step at 19 Nov 11:20Z is still in the TG-0417 residuals",
    "rec2": (
        "gauge.get",
        {"gauge": "TG-0417"},
        "TG-0417 Ardmore Quay | sensor radar VEGAPULS C23 s/n 51882011 (installed 2026-11-19T11:20Z) | offset_m 0.000 | status QC_HOLD | @RID",
    ),
    "rec3": (
        "maintenance.log",
        {"gauge": "TG-0417", "since": "2026-11-01"},
        "2026-11-19 10:05-12:40 R. Iqbal: radar swap s/n 44710233 -> 51882011; dip vs contact point at 11:32Z: sensor 2.431m CD, dip 2.364m CD; offset not entered | @RID",
    ),
    "para": {
        "tool": "levelling.search",
        "key": "q",
        "args": {"gauge": "TG-0417"},
        "queries": [
            "AQ1 benchmark levelling",
            "TGBM AQ1 level survey",
            "Ardmore Quay benchmark height check",
            "levelling connection to AQ1",
            "latest AQ1 survey",
        ],
        "result": "1 hit: LEV-2024-031 2024-06-12 | AQ1 4.812m ODN | contact point 4.105m ODN | closure 1.2mm | @MS ms",
        "concl": [
            "The last levelling to AQ1 is LEV-2024-031 from June 2024.",
            "Only one survey ties AQ1 in: LEV-2024-031, June 2024, closure 1.2 mm.",
            "So AQ1's most recent levelling is still the June 2024 survey.",
        ],
    },
    "para_ask": (
        "When was AQ1 last levelled? If the contact point has moved the dip isn't worth much.",
        "Searching the levelling records for AQ1.",
    ),
    "ab_write": (
        "gauge.set_offset",
        {"gauge": "TG-0417", "from": "2026-11-19T11:20:00Z"},
        "offset_m",
        -0.067,
        0.067,
        "The radar read 2.431 against a dip of 2.364, so it reads 67 mm high: offset -0.067.",
        "Residuals are observed minus predicted and they went up by 67 mm, so the correction must be +0.067 to cancel the step.",
    ),
    "ab_write_ok": "TG-0417 offset_m=@VAL from 2026-11-19T11:20:00Z | reprocess queued | @RID",
    "ab_reads": (
        (
            "sensor_config.get",
            {"gauge": "TG-0417"},
            "level_CD = mount_height - range + offset_m ; mount_height 7.212m CD | @RID",
        ),
        (
            "maintenance.log",
            {"gauge": "TG-0417", "date": "2026-11-19"},
            "dip at 11:32Z: sensor 2.431m CD, dip 2.364m CD | @RID",
        ),
    ),
    "ab_notes": (
        "The offset is added after the range subtraction. Let me look at the dip numbers again.",
        "Sensor high by 67 mm at the dip. Re-reading the config for how the offset is applied.",
    ),
    "fail": (
        "gnss.solution",
        {"station": "ARDQ", "gps_week": 2394},
        "404 no solution for ARDQ week 2394: RINEX not received since 2026-11-02 (logger offline) @RID",
    ),
    "mono": "I'm working out the datum offset for TG-0417 and will apply it once I've confirmed it against the dip readings.",
    "question": "What offset are you going to enter, in millimetres and with which sign?",
    "nonans": [
        "I'll apply the offset that removes the step introduced by the radar swap on 19 November.",
        "The correction will be whatever brings the new radar into line with the contact-point dip taken at installation.",
        "It'll be set so that post-swap residuals go back to the pre-swap mean of about +4 mm.",
        "The offset will be the difference between the radar and the dip at the time of the swap.",
        "I'll enter the value that makes the 19-27 November data consistent with the first half of the month.",
    ],
    "pushback": [
        "That's what an offset is for. I asked for the number and the sign.",
        "Still no number. How many mm, plus or minus?",
        "Just tell me the value you're going to type in.",
    ],
    "stuck": (
        "release.status",
        {"release": "MONTHLY-2026-11"},
        "MONTHLY-2026-11 | state BLOCKED | blocking: TG-0417 (QC_HOLD) | 46/47 gauges approved | last_updated 2026-11-27T17:02:00Z | @RID",
    ),
    "stuck_note": "The November release is still blocked on TG-0417. Checking it again.",
    "stuck_ask": ("Has the November release gone out yet?", "Checking the release status."),
    "list": {
        "tool": "qc.flags.list",
        "args": {"gauge": "TG-0417", "month": "2026-11", "limit": 5},
        "size": 5,
        "item": _tg_item,
        "fmt": page_fmt("qc flags TG-0417 2026-11"),
        "noun": "flags",
        "summary": "All {n} automatic flags for November are listed; most are wave spikes around the storm on the 14th, which I'll accept.",
        "ask": (
            "Before release every automatic QC flag at TG-0417 for November needs reviewing - can you go through the list?",
            "Going through the flag list page by page.",
        ),
    },
    "plan": [
        (
            "Confirm the dip against the sensor at the swap",
            "maintenance.log",
            {"gauge": "TG-0417", "date": "2026-11-19"},
            "dip at 11:32Z: sensor 2.431m CD, dip 2.364m CD | @RID",
        ),
        (
            "Apply offset -0.067 m from 11:20Z",
            "gauge.set_offset",
            {"gauge": "TG-0417", "from": "2026-11-19T11:20:00Z", "offset_m": -0.067},
            "TG-0417 offset_m=-0.067 from 2026-11-19T11:20:00Z | @RID",
        ),
        (
            "Reprocess 19-27 November",
            "reprocess.run",
            {"gauge": "TG-0417", "from": "2026-11-19", "to": "2026-11-27"},
            "job RP-7781 finished: 12,384 samples rewritten | @RID",
        ),
        (
            "Re-run the residual check",
            "qc.residuals",
            {"gauge": "TG-0417", "from": "2026-11-01", "to": "2026-11-27"},
            "mean residual 11-01..11-18 +0.004m | 11-19..11-27 +0.004m | no step detected | @RID",
        ),
        (
            "Clear the QC hold",
            "gauge.set_status",
            {"gauge": "TG-0417", "status": "QC_OK", "note": "radar swap offset -67mm applied"},
            "TG-0417 status QC_OK | @RID",
        ),
    ],
    "plan_notes": [
        "radar 67 mm high against the dip.",
        "offset entered from the swap time.",
        "12,384 samples rewritten.",
        "step gone, both halves at +4 mm.",
        "hold cleared.",
    ],
    "val": {
        "tool": "qc.validate_month",
        "args": {"gauge": "TG-0417", "month": "2026-11"},
        "edit_tool": "qc.edit",
        "errors": [
            (
                "Q12",
                "datum step 2026-11-19T11:20Z +0.067m unresolved",
                "Q12: entering the -0.067 m offset from 11:20Z.",
                {
                    "gauge": "TG-0417",
                    "op": "offset",
                    "from": "2026-11-19T11:20:00Z",
                    "offset_m": -0.067,
                },
            ),
            (
                "Q07",
                "spike 2026-11-14T18:36Z +0.52m not flagged",
                "Q07: flagging the 18:36Z spike as bad (wave slop in the storm).",
                {"gauge": "TG-0417", "op": "flag", "at": "2026-11-14T18:36:00Z", "flag": 4},
            ),
            (
                "Q01",
                "gap 2026-11-21T02:00Z-02:45Z not flagged as missing",
                "Q01: marking 02:00-02:45Z on the 21st as missing.",
                {
                    "gauge": "TG-0417",
                    "op": "flag_range",
                    "from": "2026-11-21T02:00:00Z",
                    "to": "2026-11-21T02:45:00Z",
                    "flag": 9,
                },
            ),
            (
                "Q15",
                "metadata sensor serial does not match maintenance log",
                "Q15: updating the serial to 51882011.",
                {"gauge": "TG-0417", "op": "meta", "sensor_serial": "51882011"},
            ),
        ],
        "fmt": val_fmt("TG-0417 2026-11 QC"),
        "bad_edits": [
            (
                "Adding a comment about the storm on the 14th.",
                {"gauge": "TG-0417", "op": "comment", "text": "storm 14 Nov, wave slop"},
            ),
            (
                "Setting the timezone explicitly to UTC on the month.",
                {"gauge": "TG-0417", "op": "meta", "tz": "UTC"},
            ),
            (
                "Re-flagging the 3 Nov spike, which was already flagged.",
                {"gauge": "TG-0417", "op": "flag", "at": "2026-11-03T04:12:00Z", "flag": 4},
            ),
            (
                "Refreshing the predictions for November.",
                {"gauge": "TG-0417", "op": "repredict", "month": "2026-11"},
            ),
        ],
        "edit_ok": "edit applied | @RID",
        "pass": "TG-0417 2026-11 QC: 0 errors",
        "submit": (
            "qc.approve_month",
            {"gauge": "TG-0417", "month": "2026-11"},
            "TG-0417 2026-11 approved | release MONTHLY-2026-11 now 47/47 | @RID",
        ),
        "done": "November for TG-0417 validates and is approved; the release has all 47 gauges.",
    },
    "val_ask": (
        "Can you get TG-0417's November month through the validator?",
        "Running the month validator.",
    ),
    "fix": {
        "tool": "tide.predict",
        "attempts": [
            (
                {"gauge": "TG0417", "start": "2026-11-19"},
                "404 unknown gauge 'TG0417' (did you mean TG-0417?)",
                "Gauge id needs the hyphen.",
            ),
            (
                {"gauge": "TG-0417", "start": "2026-11-19"},
                "400 one of 'end' or 'hours' is required",
                "Needs a span - asking for 48 hours.",
            ),
            (
                {"gauge": "TG-0417", "start": "2026-11-19T00:00:00Z", "hours": 48},
                "TG-0417 predictions 15-min, 192 values | HW 05:41Z 4.21m, 18:02Z 4.33m | LW 11:58Z 0.87m | @RID",
                "Got the predictions for the two days around the swap.",
            ),
        ],
        "after": [
            (
                "qc.compare",
                {
                    "gauge": "TG-0417",
                    "against": "predictions",
                    "from": "2026-11-19T00:00:00Z",
                    "hours": 48,
                },
                "obs-pred before 11:20Z: +0.003m; after: +0.070m | @RID",
            )
        ],
        "done": "The jump lines up exactly with 11:20Z, so it's the sensor, not the weather.",
    },
    "docs_ask": "Can you summarise the last four maintenance visit reports for Ardmore Quay? I want to know if the stilling well issue came back.",
    "docs_ack": "Reading the last four visit reports.",
    "docs": [
        (
            "visit_report.get",
            {"report_id": "VR-0417-2025-09"},
            "VR-0417-2025-09 | routine | stilling well silted 0.4m, flushed | dip agreement 4mm | @RID",
            "Sept 2025: silt flushed from the well, dip agreed to 4 mm.",
        ),
        (
            "visit_report.get",
            {"report_id": "VR-0417-2026-02"},
            "VR-0417-2026-02 | storm damage check | cable tray loose, re-secured | no silt | dip agreement 3mm | @RID",
            "Feb 2026: storm check, cable tray re-secured, no silt.",
        ),
        (
            "visit_report.get",
            {"report_id": "VR-0417-2026-06"},
            "VR-0417-2026-06 | routine + levelling request | well silted 0.2m, flushed | radar echo curve noisy | @RID",
            "June 2026: silt back at 0.2 m, radar echo noisy.",
        ),
        (
            "visit_report.get",
            {"report_id": "VR-0417-2026-11"},
            "VR-0417-2026-11 | radar replacement | old unit failing echo test | new s/n 51882011 | dip 67mm diff not yet applied | @RID",
            "Nov 2026: radar replaced, 67 mm dip difference not yet applied.",
        ),
    ],
    "docs_final": "Silting has recurred (0.4 m in 2025, 0.2 m in June); otherwise it's the storm fix and the radar swap with the 67 mm offset outstanding.\nYes, the stilling well silt came back in June.",
    "poll_ask": (
        "I've kicked off the reprocess for TG-0417 - can you watch it and tell me when it's done?",
        "Watching job RP-7781.",
    ),
    "poll": (
        "reprocess.status",
        {"job_id": "RP-7781"},
        [
            "RP-7781 | QUEUED position 2 | @RID",
            "RP-7781 | RUNNING day 3/9 | 4,128 samples | @RID",
            "RP-7781 | RUNNING day 7/9 | 9,632 samples | @RID",
            "RP-7781 | VALIDATING | 12,384 samples | @RID",
            "RP-7781 | DONE | 12,384 samples rewritten, residual step 0.000m | @RID",
        ],
    ),
    "poll_mid": "It's running through the days now.",
    "poll_done": "RP-7781 finished; the step is gone from the reprocessed data.",
    "batch_ask": "While that runs, can you close November for the other six Firth gauges? They all passed review.",
    "batch_ack": "Closing November gauge by gauge.",
    "batch": (
        "qc.month_close",
        [
            (
                {"gauge": "TG-0401", "month": "2026-11"},
                "TG-0401 2026-11 closed | completeness 99.8% | @RID",
            ),
            (
                {"gauge": "TG-0403", "month": "2026-11"},
                "TG-0403 2026-11 closed | completeness 100.0% | @RID",
            ),
            (
                {"gauge": "TG-0408", "month": "2026-11"},
                "TG-0408 2026-11 closed | completeness 97.1% (gap 11-21 power) | @RID",
            ),
            (
                {"gauge": "TG-0411", "month": "2026-11"},
                "TG-0411 2026-11 closed | completeness 99.9% | @RID",
            ),
            (
                {"gauge": "TG-0412", "month": "2026-11"},
                "TG-0412 2026-11 closed | completeness 100.0% | @RID",
            ),
            (
                {"gauge": "TG-0415", "month": "2026-11"},
                "TG-0415 2026-11 closed | completeness 98.6% | @RID",
            ),
        ],
    ),
    "batch_done": "Six gauges closed for November; TG-0408 is lowest at 97.1% because of the power cut on the 21st.",
    "refine_ask": (
        "Have we ever had a surge over half a metre at Ardmore Quay this year?",
        "Searching the event archive.",
    ),
    "refine": (
        "archive.search",
        [
            (
                {"q": "surge"},
                "4120 events | @MS ms",
                "4,120 surge events network-wide; restricting to TG-0417.",
            ),
            (
                {"q": "surge", "gauge": "TG-0417"},
                "88 events | @MS ms",
                "88 at Ardmore Quay; limiting to 2026.",
            ),
            (
                {"q": "surge", "gauge": "TG-0417", "year": 2026},
                "6 events | @MS ms",
                "Six this year; filtering by peak residual.",
            ),
            (
                {"q": "surge", "gauge": "TG-0417", "year": 2026, "min_residual_m": 0.5},
                "1 event: EV-0417-2026-014 (2026-02-07, +0.63m) | @MS ms",
                "One event over 0.5 m.",
            ),
        ],
        (
            "archive.get",
            {"event_id": "EV-0417-2026-014"},
            "EV-0417-2026-014 | storm Ingrid | peak residual +0.63m at 2026-02-07T19:15Z | HW 4.98m CD | @RID",
        ),
    ),
    "refine_done": "Yes, once: storm Ingrid on 7 February, +0.63 m at 19:15Z.",
    "recheck": (
        "gauge.dip_history",
        {"gauge": "TG-0417", "since": "2026-11-19"},
        "1 dip check: 2026-11-19T11:32Z sensor 2.431 dip 2.364 diff +0.067 | @RID",
        "2 dip checks: 2026-11-19T11:32Z diff +0.067 | 2026-11-28 (R. Iqbal, mid-flood) sensor 3.118 dip 3.051 diff +0.067 | @RID",
        "There's only the one dip at installation so far: radar 67 mm high.",
        "There's a new dip from this morning giving the same +67 mm, so the offset is confirmed at a second tide level.",
        "Raj has just done another dip at the quay - can you look again?",
    ),
    "recheck_follow": [
        (
            "gauge.set_offset",
            {"gauge": "TG-0417", "from": "2026-11-19T11:20:00Z", "offset_m": -0.067},
            "TG-0417 offset_m=-0.067 from 2026-11-19T11:20:00Z | reprocess queued | @RID",
        )
    ],
    "recheck_done": "Offset applied with two dips behind it; reprocess is queued.",
    "flaky": (
        "telemetry.fetch",
        {"gauge": "TG-0417", "from": "2026-11-28T00:00:00Z", "to": "2026-11-28T09:00:00Z"},
        "503 Service Unavailable: telemetry gateway overloaded, retry later (@MS ms) @RID",
        "TG-0417 36 samples 15-min | latest 09:00Z 3.212m CD (raw) | @RID",
        [
            (
                "qc.compare",
                {
                    "gauge": "TG-0417",
                    "against": "predictions",
                    "from": "2026-11-28T00:00:00Z",
                    "hours": 9,
                },
                "obs-pred mean +0.069m (uncorrected) | @RID",
                "Today's data still shows the +67 mm, as expected before the offset goes in.",
            )
        ],
    ),
    "chunk_ask": (
        "The 1-minute archive for 19-27 Nov never loaded. Can you backfill it?",
        "Backfilling in 2-day chunks.",
    ),
    "chunk": {
        "tool": "archive.backfill",
        "total": 12960,
        "size": 2880,
        "args": lambda off, size: {
            "gauge": "TG-0417",
            "resolution": "1min",
            "offset": off,
            "limit": size,
        },
        "obs": lambda off, n, done, total, rng: (
            "wrote %d rows (%d flagged missing) | %d/%d | %dms"
            % (n, rng.randint(0, 45), done, total, rng.randint(900, 5000))
        ),
        "update": "Backfill {done}/{total} rows, {left} left.",
    },
    "compare_ask": (
        "Is the jump real or the radar? Check it against the backup pressure sensor on a few days either side.",
        "Comparing primary and backup day by day.",
    ),
    "compare": {
        "pairs": [
            (
                (
                    "sensor.daily_mean",
                    {"gauge": "TG-0417", "sensor": "primary", "date": "2026-11-17"},
                    "2026-11-17 primary mean 2.611m CD | @RID",
                ),
                (
                    "sensor.daily_mean",
                    {"gauge": "TG-0417", "sensor": "backup_pressure", "date": "2026-11-17"},
                    "2026-11-17 backup mean 2.609m CD | @RID",
                ),
                "17th (before the swap): primary minus backup +2 mm.",
            ),
            (
                (
                    "sensor.daily_mean",
                    {"gauge": "TG-0417", "sensor": "primary", "date": "2026-11-20"},
                    "2026-11-20 primary mean 2.703m CD | @RID",
                ),
                (
                    "sensor.daily_mean",
                    {"gauge": "TG-0417", "sensor": "backup_pressure", "date": "2026-11-20"},
                    "2026-11-20 backup mean 2.635m CD | @RID",
                ),
                "20th: +68 mm.",
            ),
            (
                (
                    "sensor.daily_mean",
                    {"gauge": "TG-0417", "sensor": "primary", "date": "2026-11-24"},
                    "2026-11-24 primary mean 2.557m CD | @RID",
                ),
                (
                    "sensor.daily_mean",
                    {"gauge": "TG-0417", "sensor": "backup_pressure", "date": "2026-11-24"},
                    "2026-11-24 backup mean 2.491m CD | @RID",
                ),
                "24th: +66 mm.",
            ),
            (
                (
                    "sensor.daily_mean",
                    {"gauge": "TG-0417", "sensor": "primary", "date": "2026-11-27"},
                    "2026-11-27 primary mean 2.688m CD | @RID",
                ),
                (
                    "sensor.daily_mean",
                    {"gauge": "TG-0417", "sensor": "backup_pressure", "date": "2026-11-27"},
                    "2026-11-27 backup mean 2.619m CD | @RID",
                ),
                "27th: +69 mm.",
            ),
        ],
        "done": "The backup agrees with the primary to 2 mm before the swap and sits 66-69 mm below it afterwards, so the step is the new radar, not the sea. Offset -0.067 m it is.",
        "done3": "Before the swap the sensors agree to 2 mm; after it the primary is 66-68 mm higher. It's the radar - offset -0.067 m.",
    },
}


def _fg_item(rng, i):
    day = datetime(2026, 9, 7) + timedelta(days=i * 3 + rng.randint(0, 2))
    who = rng.choice(["A. Rowe", "A. Rowe", "T. Finch", "M. Okoro (striker)"])
    task = rng.choice(
        [
            "forging scrolls, side panels",
            "collars and fire-welds",
            "drawing down bar stock for pickets",
            "forming overthrow frame",
            "forge-welding finial blanks",
            "fitting hinge pins and collars",
            "straightening reclaimed bar",
            "assembly trial on bench",
        ]
    )
    return "{} | {} | {:.1f}h | {}".format(
        day.strftime("%Y-%m-%d"), who, rng.choice([3.5, 4.0, 6.0, 7.5, 7.5, 8.0]), task
    )


FORGE = {
    "name": "forge_ironwork_commissions",
    "start": datetime(2026, 11, 28, 10, 20, 0),
    "user_open": [
        "The Carrow Hall gates (FJ-2291) - conservation officer wants revised drawings and we still need a galvaniser. Can you push it along?",
        "Need FJ-2291 sorted this week: materials, galvanising slot and the listed building condition.",
        "Can you take the admin on the Carrow Hall job off my hands? I'm at the fire all day.",
    ],
    "ack": [
        "Will do. Reading the job card and the consent conditions first.",
        "Okay - starting with FJ-2291 and the consent.",
        "Sure. Pulling up the job, the consent and stock.",
    ],
    "reads": [
        (
            "job.get",
            {"job_id": "FJ-2291"},
            "FJ-2291 | Carrow Hall, pair of wrought-iron carriage gates + overthrow | grade II* listed | FABRICATION 60% | drawing rev C (rev D requested by LBC officer 2026-11-24) | galvaniser: not booked | install due 2027-01-18 | @RID",
        ),
        (
            "consent.get",
            {"ref": "LBC/26/0714"},
            "LBC/26/0714 | Carrow Hall gates | cond. 3 materials: wrought iron to match | cond. 4: finial and collar details at 1:5 to be approved before installation - OUTSTANDING | officer: H. Penrose | @RID",
        ),
        (
            "stock.query",
            {"material": "wrought iron flat 25x12 reclaimed"},
            "rack W3: 42.5kg | allocated FJ-2291: 61.0kg | shortfall 18.5kg | @RID",
        ),
    ],
    "rec": (
        "job.get",
        {"job_id": "FJ-2291"},
        "FJ-2291 | Carrow Hall, pair of wrought-iron carriage gates + overthrow | grade II* listed | FABRICATION 60% | drawing rev C (rev D requested by LBC officer 2026-11-24) | galvaniser: not booked | install due 2027-01-18 | @RID",
    ),
    "rec_fact": "FJ-2291 still shows drawing rev C and no galvaniser booked",
    "rec2": (
        "consent.get",
        {"ref": "LBC/26/0714"},
        "LBC/26/0714 | Carrow Hall gates | cond. 4: finial and collar details at 1:5 to be approved before installation - OUTSTANDING | officer: H. Penrose | @RID",
    ),
    "rec3": (
        "stock.query",
        {"material": "wrought iron flat 25x12 reclaimed"},
        "rack W3: 42.5kg | allocated FJ-2291: 61.0kg | shortfall 18.5kg | @RID",
    ),
    "para": {
        "tool": "supplier.search",
        "key": "q",
        "args": {"region": "UK"},
        "queries": [
            "reclaimed wrought iron flat 25x12",
            "salvaged puddled iron bar 25 x 12",
            "wrought iron flat bar reclaimed 25mm x 12mm",
            "25x12 wrought iron reclaimed stock",
            "genuine wrought iron 25 by 12 flat",
        ],
        "result": "2 suppliers: Ironbridge Reclaim - 25x12 OUT OF STOCK (next batch Feb 2027) ; Real Wrought Iron Co - 50x12 only, 25x12 none | @MS ms",
        "concl": [
            "Nobody has 25x12 reclaimed wrought iron in stock right now.",
            "Both suppliers are out of 25x12; Real Wrought Iron only has 50x12.",
            "Same picture: Ironbridge out until February, the other only stocks 50x12.",
        ],
    },
    "para_ask": (
        "We're 18 kilos short on the 25 by 12. Who's got reclaimed wrought iron?",
        "Searching the supplier list.",
    ),
    "ab_write": (
        "job.update",
        {"job_id": "FJ-2291"},
        "finish",
        "hot-dip galvanise + 2-pack paint",
        "micaceous iron oxide paint only, no galvanising",
        "The client's spec asks for galvanising for longevity, so the finish should be galvanise plus paint.",
        "Penrose's note says no hot-dip on historic wrought iron, so the finish should be MIO paint only.",
    ),
    "ab_write_ok": "FJ-2291 finish='@VAL' | @RID",
    "ab_reads": (
        (
            "mail.get",
            {"message_id": "lbc-penrose-1124"},
            "H. Penrose 24 Nov: 'Hot-dip galvanising of the original wrought-iron sections is not supported; new sections may be treated as agreed with the applicant.' | @RID",
        ),
        (
            "job.spec",
            {"job_id": "FJ-2291", "section": "finish"},
            "client spec 3.2: all ironwork hot-dip galvanised to BS EN ISO 1461 then painted black | @RID",
        ),
    ),
    "ab_notes": (
        "Penrose rules out galvanising the original sections. Checking the client spec again.",
        "Client wants everything galvanised. Going back to Penrose's wording.",
    ),
    "fail": (
        "galvaniser.book",
        {"works": "Norwich Galv", "job_id": "FJ-2291", "weight_kg": 310, "date": "2026-12-08"},
        "409 Conflict: longest item 3400mm exceeds bath length 2800mm at Norwich Galv; split assembly or choose another works @RID",
    ),
    "mono": "I'm putting together the rev D drawing pack and galvanising booking for FJ-2291 and will report back shortly.",
    "question": "How many hours have we actually booked against FJ-2291 so far? I need to tell the client where we are on budget.",
    "nonans": [
        "FJ-2291 is 60% through fabrication on rev C drawings, with installation due 18 January.",
        "The gates are about 60% fabricated; the budget was quoted on 140 forge hours.",
        "We're on track for the January install and fabrication is more than half done.",
        "The job is 60% complete; what's left is the overthrow and the finials.",
        "Fabrication is at 60%, in line with the programme for an 18 January install.",
    ],
    "pushback": [
        "I asked how many hours are booked, not the percentage.",
        "Still not the number. Hours logged so far?",
        "Just the hours figure please - it's in the timesheets.",
    ],
    "stuck": (
        "consent.condition_status",
        {"ref": "LBC/26/0714", "condition": 4},
        "LBC/26/0714 cond. 4 | state SUBMITTED - AWAITING OFFICER | officer H. Penrose on leave until 2026-12-07 | last_updated 2026-11-24T10:15:00Z | @RID",
    ),
    "stuck_note": "Condition 4 is still waiting on the conservation officer. Checking again.",
    "stuck_ask": (
        "Has the council signed off the finial details yet?",
        "Checking the condition status.",
    ),
    "list": {
        "tool": "timesheet.list",
        "args": {"job_id": "FJ-2291", "limit": 6},
        "size": 6,
        "item": _fg_item,
        "fmt": page_fmt("timesheets FJ-2291"),
        "noun": "timesheet entries",
        "summary": "That's all {n} timesheet entries for FJ-2291; I'll total them by person for the client.",
        "ask": (
            "The client wants an hours breakdown for FJ-2291. Can you pull every timesheet entry?",
            "Paging through the FJ-2291 timesheets.",
        ),
    },
    "plan": [
        (
            "Upload the rev D drawing to the job",
            "drawing.upload",
            {"job_id": "FJ-2291", "file": "FJ-2291-GA-revD.pdf"},
            "uploaded FJ-2291-GA-revD.pdf (4 sheets) | @RID",
        ),
        (
            "Submit the 1:5 finial details for condition 4",
            "consent.submit_details",
            {"ref": "LBC/26/0714", "condition": 4, "file": "FJ-2291-D05-finials-1to5.pdf"},
            "submitted to planning portal ref PP-DOC-88213 | @RID",
        ),
        (
            "Book galvanising for the new sections at Anglian Galv",
            "galvaniser.book",
            {"works": "Anglian Galv", "job_id": "FJ-2291", "weight_kg": 140, "date": "2026-12-10"},
            "booked AG-8812 for 2026-12-10, bath 7.2m | @RID",
        ),
        (
            "Order the 18.5 kg iron shortfall",
            "purchase.create",
            {
                "supplier": "Real Wrought Iron Co",
                "item": "wrought iron flat 50x12, slit to 2x25x12",
                "kg": 20,
            },
            "PO-4417 raised, delivery 2026-12-03 | @RID",
        ),
        (
            "Update the job card",
            "job.update",
            {"job_id": "FJ-2291", "drawing_rev": "D", "galvaniser": "AG-8812"},
            "FJ-2291 updated | @RID",
        ),
    ],
    "plan_notes": [
        "rev D is on the job.",
        "finial details are with the council under PP-DOC-88213.",
        "new sections booked for Anglian Galv on the 10th (originals stay paint-only per Penrose).",
        "iron ordered as 50x12 to be slit, arriving 3 December.",
        "job card shows rev D and the booking.",
    ],
    "val": {
        "tool": "drawing.check",
        "args": {"job_id": "FJ-2291", "drawing": "FJ-2291-GA-revD"},
        "edit_tool": "drawing.edit",
        "errors": [
            (
                "D04",
                "finial detail sheet 3 at 1:10; condition 4 requires 1:5",
                "D04: re-plotting the finial detail at 1:5.",
                {
                    "drawing": "FJ-2291-GA-revD",
                    "sheet": 3,
                    "op": "rescale_detail",
                    "detail": "F1",
                    "scale": "1:5",
                },
            ),
            (
                "D07",
                "collar material 'mild steel' conflicts with spec 'wrought iron'",
                "D07: collar callout changed to wrought iron.",
                {
                    "drawing": "FJ-2291-GA-revD",
                    "sheet": 2,
                    "op": "edit_callout",
                    "tag": "C3",
                    "text": "collar, wrought iron 20x6",
                },
            ),
            (
                "D09",
                "no revision cloud for rev D changes",
                "D09: adding revision clouds around the changed finials and collars.",
                {
                    "drawing": "FJ-2291-GA-revD",
                    "sheet": 2,
                    "op": "add_revcloud",
                    "tags": ["F1", "C3"],
                },
            ),
            (
                "D01",
                "scale bar missing on sheet 2",
                "D01: inserting a scale bar on sheet 2.",
                {"drawing": "FJ-2291-GA-revD", "sheet": 2, "op": "insert_scalebar"},
            ),
        ],
        "fmt": val_fmt("FJ-2291-GA-revD check"),
        "bad_edits": [
            (
                "Updating the title block date.",
                {
                    "drawing": "FJ-2291-GA-revD",
                    "sheet": 1,
                    "op": "title_block",
                    "date": "2026-11-28",
                },
            ),
            (
                "Thickening the lineweights on the elevation.",
                {"drawing": "FJ-2291-GA-revD", "sheet": 1, "op": "lineweight", "value": 0.5},
            ),
            (
                "Adding the client's reference to the title block.",
                {
                    "drawing": "FJ-2291-GA-revD",
                    "sheet": 1,
                    "op": "title_block",
                    "client_ref": "CH/2026/03",
                },
            ),
            (
                "Renaming the layer for the overthrow.",
                {
                    "drawing": "FJ-2291-GA-revD",
                    "sheet": 1,
                    "op": "rename_layer",
                    "from": "OT",
                    "to": "OVERTHROW",
                },
            ),
        ],
        "edit_ok": "drawing saved | @RID",
        "pass": "FJ-2291-GA-revD check: 0 issues",
        "submit": (
            "consent.submit_details",
            {"ref": "LBC/26/0714", "condition": 4, "file": "FJ-2291-GA-revD.pdf"},
            "submitted to planning portal ref PP-DOC-88230 | @RID",
        ),
        "done": "Rev D passes the drawing check and is submitted against condition 4.",
    },
    "val_ask": (
        "Rev D needs to pass the drawing check before it goes to the council. Can you get it clean?",
        "Running the drawing check.",
    ),
    "fix": {
        "tool": "galvaniser.quote",
        "attempts": [
            (
                {"works": "Anglian Galv", "weight": "310kg"},
                "400 'weight' is not a field; use weight_kg (number)",
                "It wants weight_kg as a number.",
            ),
            (
                {"works": "Anglian Galv", "weight_kg": 310},
                "422 max_length_mm required for bath check",
                "Needs the longest piece - the gate leaves are 3400 mm.",
            ),
            (
                {"works": "Anglian Galv", "weight_kg": 310, "max_length_mm": 3400},
                "quote AG-Q-8812 | GBP 465 + VAT | bath 7.2m | earliest slot 2026-12-10 | @RID",
                "Anglian can take the full-length leaves: GBP 465, slot on 10 December.",
            ),
        ],
        "after": [
            (
                "job.add_note",
                {
                    "job_id": "FJ-2291",
                    "note": "Galv quote AG-Q-8812 GBP465, slot 10 Dec; Norwich bath too short",
                },
                "note added | @RID",
            )
        ],
        "done": "Quote noted on the job; Norwich was out because of bath length.",
    },
    "docs_ask": "For the heritage statement, can you summarise the archive material on the original gates?",
    "docs_ack": "Reading the archive items on the original Carrow Hall gates.",
    "docs": [
        (
            "archive.get",
            {"item": "NRO-CH-1887-02"},
            "Estate ledger 1887: 'to Barnard & Bishop, Norwich, for iron gates and overthrow, GBP 148' | @RID",
            "1887 ledger: gates supplied by Barnard & Bishop of Norwich.",
        ),
        (
            "archive.get",
            {"item": "NRO-CH-PH-1912"},
            "Photograph c.1912: gates with scrolled overthrow, lamp bracket centre, spear finials with collars | @RID",
            "c.1912 photo: scrolled overthrow, central lamp bracket, spear finials.",
        ),
        (
            "archive.get",
            {"item": "HE-LIST-1051223"},
            "Listing text 1984: 'gates of c.1887, wrought iron, dog bars, overthrow with scrolls; lamp missing' | @RID",
            "1984 listing: dog bars noted, lamp already missing.",
        ),
        (
            "archive.get",
            {"item": "SURV-2025-CH-03"},
            "Condition survey 2025: 40% of bars wasted at base, 3 finials lost, overthrow distorted by vehicle strike | @RID",
            "2025 survey: bases wasted, three finials lost, overthrow bent.",
        ),
    ],
    "docs_final": "The gates are Barnard & Bishop work of 1887 with scrolled overthrow, spear finials and dog bars; the lamp went before 1984, and the 2025 survey found wasted bases, three lost finials and a bent overthrow.\nThe finials should be remade on the c.1912 photo pattern.",
    "poll_ask": (
        "Anglian are dipping our new sections this morning. Let me know when they're ready to collect.",
        "I'll keep checking AG-8812.",
    ),
    "poll": (
        "galvaniser.order_status",
        {"order": "AG-8812"},
        [
            "AG-8812 | RECEIVED | in pickling queue | @RID",
            "AG-8812 | PICKLING (acid bath 2 of 3) | @RID",
            "AG-8812 | DIPPED | cooling | @RID",
            "AG-8812 | INSPECTION | coating 112um avg (min 85um) | @RID",
            "AG-8812 | READY FOR COLLECTION | bay 6 | @RID",
        ],
    ),
    "poll_wait": [300, 600, 900],
    "poll_mid": "They're through degreasing and into the acid.",
    "poll_done": "AG-8812 passed inspection at 112 um and is in bay 6 for collection.",
    "batch_ask": "Can you reserve the rest of the materials for FJ-2291 from stock?",
    "batch_ack": "Reserving each line against the job.",
    "batch": (
        "stock.reserve",
        [
            (
                {"job_id": "FJ-2291", "item": "wrought iron flat 25x12 reclaimed", "kg": 42.5},
                "reserved 42.5kg rack W3 | @RID",
            ),
            (
                {"job_id": "FJ-2291", "item": "wrought iron round 20mm", "kg": 18},
                "reserved 18kg rack W1 | @RID",
            ),
            (
                {"job_id": "FJ-2291", "item": "wrought iron flat 20x6 (collars)", "kg": 6.4},
                "reserved 6.4kg rack W2 | @RID",
            ),
            (
                {"job_id": "FJ-2291", "item": "bronze hinge bushes 32mm", "qty": 4},
                "reserved 4 of 4 | bin H12 | @RID",
            ),
            (
                {"job_id": "FJ-2291", "item": "MIO primer 5L", "qty": 2},
                "reserved 2 of 3 | paint store | @RID",
            ),
            (
                {"job_id": "FJ-2291", "item": "lead for hinge pins kg", "kg": 3},
                "reserved 3kg | @RID",
            ),
        ],
    ),
    "batch_done": "All six lines reserved; the only gap remains the 18.5 kg of 25x12 already on order.",
    "refine_ask": (
        "Is there an old photo of the gates before the lamp went? The officer wants evidence for the finials.",
        "Searching the archive.",
    ),
    "refine": (
        "archive.search",
        [
            (
                {"q": "Carrow Hall"},
                "312 items | @MS ms",
                "312 items for Carrow Hall; adding 'gates'.",
            ),
            ({"q": "Carrow Hall gates"}, "41 items | @MS ms", "41; limiting to before 1950."),
            (
                {"q": "Carrow Hall gates", "before": 1950},
                "7 items | @MS ms",
                "Seven; photographs only.",
            ),
            (
                {"q": "Carrow Hall gates", "before": 1950, "type": "photograph"},
                "2 items: NRO-CH-PH-1912, NRO-CH-PH-1934 | @MS ms",
                "Two photographs.",
            ),
        ],
        (
            "archive.get",
            {"item": "NRO-CH-PH-1912"},
            "Photograph c.1912 | gates closed, lamp in place, spear finials with double collars clearly visible | scan 600dpi | @RID",
        ),
    ),
    "refine_done": "NRO-CH-PH-1912 shows the spear finials with double collars and the lamp - that's the evidence for condition 4.",
    "recheck": (
        "stock.query",
        {"material": "wrought iron flat 25x12 reclaimed"},
        "rack W3: 42.5kg | allocated FJ-2291: 61.0kg | shortfall 18.5kg | @RID",
        "rack W3: 67.0kg | GRN-5531 received today (+24.5kg) | allocated FJ-2291: 61.0kg | shortfall 0 | @RID",
        "We're still 18.5 kg short on 25x12.",
        "Changed: GRN-5531 has been booked in with 24.5 kg, so we have 67 kg against 61 kg needed - no shortfall.",
        "The van from Real Wrought Iron just dropped off - check the stock again?",
    ),
    "recheck_follow": [
        ("purchase.update", {"po": "PO-4417", "status": "RECEIVED"}, "PO-4417 closed | @RID")
    ],
    "recheck_done": "PO-4417 closed, and the finials can be forged this week.",
    "flaky": (
        "planning_portal.upload",
        {"ref": "LBC/26/0714", "file": "FJ-2291-D05-finials-1to5.pdf"},
        "502 Bad Gateway from planning portal (@MS ms) @RID",
        "uploaded FJ-2291-D05-finials-1to5.pdf | portal doc PP-DOC-88213 | @RID",
        [
            (
                "consent.submit_details",
                {"ref": "LBC/26/0714", "condition": 4, "doc": "PP-DOC-88213"},
                "condition 4 details submitted | @RID",
                "Condition 4 details are in with the council.",
            )
        ],
    ),
    "chunk_ask": (
        "Can you get all the progress photos for FJ-2291 into the job archive? There are 214 on the workshop tablet.",
        "Uploading in batches of 50.",
    ),
    "chunk": {
        "tool": "photo.archive_upload",
        "total": 214,
        "size": 50,
        "args": lambda off, size: {
            "job_id": "FJ-2291",
            "source": "tablet-forge-2",
            "offset": off,
            "limit": size,
        },
        "obs": lambda off, n, done, total, rng: (
            "uploaded %d (%d duplicates skipped) | %d/%d | %dms"
            % (n, rng.randint(0, 3), done, total, rng.randint(2000, 9000))
        ),
        "update": "Photos: {done} of {total} uploaded, {left} to go.",
    },
    "compare_ask": (
        "Check our site survey against the 1887 drawing - I want to know what's been altered.",
        "Comparing element by element.",
    ),
    "compare": {
        "pairs": [
            (
                (
                    "archive.drawing_dims",
                    {"item": "NRO-CH-1887-DWG", "element": "leaf height"},
                    "leaf height 2134mm (7ft 0in) | @RID",
                ),
                (
                    "survey.get",
                    {"job_id": "FJ-2291", "element": "leaf height"},
                    "leaf height 2131mm | @RID",
                ),
                "Leaf height matches within 3 mm.",
            ),
            (
                (
                    "archive.drawing_dims",
                    {"item": "NRO-CH-1887-DWG", "element": "bar spacing"},
                    "bar spacing 4in (102mm) | @RID",
                ),
                (
                    "survey.get",
                    {"job_id": "FJ-2291", "element": "bar spacing"},
                    "bar spacing 100-104mm | @RID",
                ),
                "Bar spacing is original.",
            ),
            (
                (
                    "archive.drawing_dims",
                    {"item": "NRO-CH-1887-DWG", "element": "finial"},
                    "spear finial, double collar, 9in | @RID",
                ),
                (
                    "survey.get",
                    {"job_id": "FJ-2291", "element": "finial"},
                    "3 of 22 finials lost; survivors single collar, 7in | @RID",
                ),
                "Finials differ: surviving ones are shorter with single collars - a later repair.",
            ),
            (
                (
                    "archive.drawing_dims",
                    {"item": "NRO-CH-1887-DWG", "element": "dog bars"},
                    "dog bars at 1/2 bar spacing, 18in high | @RID",
                ),
                (
                    "survey.get",
                    {"job_id": "FJ-2291", "element": "dog bars"},
                    "dog bars present, 455mm | @RID",
                ),
                "Dog bars original.",
            ),
        ],
        "done": "Only the finials have been altered: the 1887 drawing has 9in double-collared spears, the survivors are 7in single-collar replacements. Everything else is original.",
        "done3": "Height and bar spacing are original; the finials are later single-collar replacements, so rev D should go back to the 1887 double-collar spear.",
    },
}


def _tr_item(rng, i):
    t = datetime(2026, 11, 1, 5, 0) + timedelta(
        hours=i * 29 + rng.randint(0, 20), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
    )
    sec = rng.choice(["S14", "S14", "S14", "S09", "S11", "S14"])
    cb = {"S14": "CB14", "S09": "CB09", "S11": "CB11"}[sec]
    res = rng.choice(["reclose OK", "reclose OK", "reclose OK", "locked out"])
    return "{} | {} | {} | OC trip {:.1f}kA | {}".format(
        t.strftime("%Y-%m-%d %H:%M:%S"), sec, cb, rng.uniform(2.4, 3.6), res
    )


TRAM = {
    "name": "tram_overhead_line_faults",
    "start": datetime(2026, 11, 28, 6, 5, 0),
    "user_open": [
        "OLE tripped on section 14 (Moss Bridge feeder) three times overnight and CB14 is locked out. Can you work out what's going on and raise what's needed?",
        "Moss Bridge feeder again. Can you pick up fault F-26-1184 before the peak?",
        "Control here - S14 is on single feed after CB14 locked out at 04:05. Need a plan for it.",
    ],
    "ack": [
        "On it. Reading the SCADA events and the open fault first.",
        "Okay - pulling the overnight trips and F-26-1184.",
        "Understood. Starting with the trip log for S14.",
    ],
    "reads": [
        (
            "scada.events",
            {"section": "S14", "from": "2026-11-28T00:00:00Z", "to": "2026-11-28T05:00:00Z"},
            "3 events: 01:12:08 CB14 OC trip 2.9kA, auto-reclose OK | 02:47:31 CB14 OC trip 3.1kA, auto-reclose OK | 04:05:55 CB14 OC trip 3.4kA, LOCKED OUT | @RID",
        ),
        (
            "fault.get",
            {"fault_id": "F-26-1184"},
            "F-26-1184 | S14 Moss Bridge | repeated OC trips CB14 | priority P2 | status OPEN | crew: unassigned | raised 04:09 by control (J. Patel) | @RID",
        ),
        (
            "inspection.get",
            {"section": "S14", "latest": True},
            "OLE inspection 2026-10-03 | S14 | contact wire wear 18% at span 14/22-14/23 | registration arm 14/23 loose - monitor | dropper 14/21 ok | @RID",
        ),
    ],
    "rec": (
        "fault.get",
        {"fault_id": "F-26-1184"},
        "F-26-1184 | S14 Moss Bridge | repeated OC trips CB14 | priority P2 | status OPEN | crew: unassigned | raised 04:09 by control (J. Patel) | @RID",
    ),
    "rec_fact": "F-26-1184 is still open at P2 with no crew assigned",
    "rec2": (
        "scada.events",
        {"section": "S14", "from": "2026-11-28T00:00:00Z", "to": "2026-11-28T05:00:00Z"},
        "3 events: 01:12:08 CB14 OC trip 2.9kA, auto-reclose OK | 02:47:31 CB14 OC trip 3.1kA, auto-reclose OK | 04:05:55 CB14 OC trip 3.4kA, LOCKED OUT | @RID",
    ),
    "rec3": (
        "inspection.get",
        {"section": "S14", "latest": True},
        "OLE inspection 2026-10-03 | S14 | contact wire wear 18% at span 14/22-14/23 | registration arm 14/23 loose - monitor | @RID",
    ),
    "para": {
        "tool": "asset.search",
        "key": "q",
        "args": {"section": "S14"},
        "queries": [
            "registration arm mast 14/23",
            "steady arm at 14/23",
            "14/23 registration arm asset",
            "reg arm on mast 14/23 Moss Bridge",
            "registration assembly 14/23",
        ],
        "result": "1 hit: OLE-RA-14-23 | registration arm, Al | installed 2009 | last inspected 2026-10-03 'loose - monitor' | no work order | @MS ms",
        "concl": [
            "The arm at 14/23 is OLE-RA-14-23, flagged loose in October with no work order.",
            "OLE-RA-14-23 is the asset, last inspected 3 October as loose.",
            "It's OLE-RA-14-23, installed 2009, marked 'loose - monitor'.",
        ],
    },
    "para_ask": (
        "What's the asset number for the registration arm at 14/23? The crew will need it.",
        "Looking it up in the asset register.",
    ),
    "ab_write": (
        "fault.update",
        {"fault_id": "F-26-1184"},
        "priority",
        "P1",
        "P2",
        "CB14 is locked out and S14 is on single feed, so this should be P1.",
        "Trams are still running on the adjacent feeder and the timetable is unaffected, so the matrix says P2.",
    ),
    "ab_write_ok": "F-26-1184 priority=@VAL | @RID",
    "ab_reads": (
        (
            "control.log",
            {"date": "2026-11-28", "section": "S14"},
            "04:07 S14 fed from S13 via section switch SW13/14 closed; service normal, 4-min headway maintained | @RID",
        ),
        (
            "policy.get",
            {"doc": "OLE-PRI-MATRIX"},
            "P1: loss of supply or single-feed with no redundancy; P2: single-feed with redundancy available; P3: defect, no service impact | @RID",
        ),
    ),
    "ab_notes": (
        "Control has S14 fed from S13, service normal. Checking what the matrix says about single feed.",
        "Matrix distinguishes redundancy. Re-reading the control log to see if there is any.",
    ),
    "fail": (
        "crew.dispatch",
        {"crew": "OLE-2", "fault_id": "F-26-1184"},
        "423 Locked: crew OLE-2 in rest-period lockout until 11:00 (working time rule WT-3) @RID",
    ),
    "mono": "I'm reviewing the Moss Bridge trip pattern and will raise the work order once I've confirmed the likely cause.",
    "question": "Can we run the normal timetable through S14 for the morning peak or not?",
    "nonans": [
        "CB14 locked out at 04:05:55 after three overcurrent trips, and S14 is being fed from S13.",
        "S14 has been on single feed since 04:05 when CB14 locked out on the third trip.",
        "CB14 tripped three times overnight with rising fault current and is now locked out.",
        "The section is supplied through SW13/14 from S13 since the lockout at 04:05.",
        "Three trips on CB14, 2.9 to 3.4 kA, the last one leaving it locked out.",
    ],
    "pushback": [
        "I know it tripped. Can we run the normal timetable through it or not?",
        "You're describing the breaker again. Normal peak service - yes or no?",
        "Yes or no please, ops need to publish the plan.",
    ],
    "stuck": (
        "possession.request_status",
        {"request_id": "PR-26-0931"},
        "PR-26-0931 | S14 isolation 23:30-04:30 | state PENDING_APPROVAL | approver: network duty manager | comment: 'attach isolation plan before approval' | last_updated 2026-11-28T05:02:11Z | @RID",
    ),
    "stuck_note": "The possession request is still pending; the approver wants an isolation plan. Checking again.",
    "stuck_ask": ("Has tonight's possession for S14 been approved?", "Checking PR-26-0931."),
    "list": {
        "tool": "scada.events.list",
        "args": {"breaker": "CB*", "type": "OC_TRIP", "month": "2026-11", "limit": 6},
        "size": 6,
        "item": _tr_item,
        "fmt": page_fmt("scada OC trips 2026-11"),
        "noun": "trip events",
        "summary": "Read all {n} overcurrent trips this month; S14 dominates, with trips clustering after the October inspection found the loose arm.",
        "ask": (
            "Can you pull every overcurrent trip on the network this month? I want to see if S14 is the outlier.",
            "Paging through the SCADA trip log.",
        ),
    },
    "plan": [
        (
            "Confirm the trip locations against tram positions",
            "avl.position_at",
            {"time": "2026-11-28T04:05:55Z", "near_section": "S14"},
            "tram 3015 at mast 14/22-14/23, 24 km/h | @RID",
        ),
        (
            "Raise a work order on the registration arm",
            "work_order.create",
            {
                "asset": "OLE-RA-14-23",
                "fault_id": "F-26-1184",
                "task": "replace registration arm, check contact wire wear",
            },
            "WO-26-7712 created | @RID",
        ),
        (
            "Set a 15 km/h TSR over the span",
            "tsr.create",
            {"section": "S14", "limit_kmh": 15, "from_mast": "14/20", "to_mast": "14/25"},
            "TSR-26-118 active immediately | @RID",
        ),
        (
            "Assign crew OLE-3 (OLE-2 is on rest)",
            "crew.dispatch",
            {"crew": "OLE-3", "work_order": "WO-26-7712"},
            "OLE-3 dispatched, ETA 06:20 | @RID",
        ),
        (
            "Update the fault",
            "fault.update",
            {"fault_id": "F-26-1184", "work_order": "WO-26-7712", "status": "IN_PROGRESS"},
            "F-26-1184 IN_PROGRESS | @RID",
        ),
    ],
    "plan_notes": [
        "tram 3015 was under 14/22-14/23 at the lockout.",
        "WO-26-7712 raised on OLE-RA-14-23.",
        "TSR-26-118 at 15 km/h is live.",
        "OLE-3 on the way, ETA 06:20.",
        "fault linked and in progress.",
    ],
    "val": {
        "tool": "work_order.validate",
        "args": {"work_order": "WO-26-7712"},
        "edit_tool": "work_order.patch",
        "errors": [
            (
                "W05",
                "span reference must be a mast pair, e.g. 14/22-14/23",
                "W05: setting the span to 14/22-14/23.",
                {"work_order": "WO-26-7712", "span": "14/22-14/23"},
            ),
            (
                "W02",
                "isolation point not specified",
                "W02: isolation point is CB14 plus section switch SW13/14 open.",
                {"work_order": "WO-26-7712", "isolation": ["CB14", "SW13/14"]},
            ),
            (
                "W08",
                "no risk assessment for work at height",
                "W08: attaching the generic RA-OLE-WAH-03 for MEWP work.",
                {"work_order": "WO-26-7712", "risk_assessment": "RA-OLE-WAH-03"},
            ),
            (
                "W11",
                "crew lacks required competence OLE-AP",
                "W11: adding T. Brennan (OLE-AP) as authorised person.",
                {"work_order": "WO-26-7712", "add_staff": "T.Brennan", "role": "AP"},
            ),
        ],
        "fmt": val_fmt("WO-26-7712 validation"),
        "bad_edits": [
            (
                "Expanding the task description.",
                {
                    "work_order": "WO-26-7712",
                    "task": "replace registration arm OLE-RA-14-23 and measure contact wire wear either side",
                },
            ),
            (
                "Setting the priority explicitly to P2.",
                {"work_order": "WO-26-7712", "priority": "P2"},
            ),
            (
                "Adding the SCADA trip times to the notes.",
                {"work_order": "WO-26-7712", "notes": "trips 01:12, 02:47, 04:05"},
            ),
            (
                "Re-linking the fault reference.",
                {"work_order": "WO-26-7712", "fault_id": "F-26-1184"},
            ),
        ],
        "edit_ok": "WO-26-7712 patched | @RID",
        "pass": "WO-26-7712 validation: OK",
        "submit": (
            "work_order.issue",
            {"work_order": "WO-26-7712"},
            "WO-26-7712 issued to OLE-3 | @RID",
        ),
        "done": "WO-26-7712 validates and is issued to OLE-3.",
    },
    "val_ask": (
        "WO-26-7712 won't issue - validator keeps rejecting it. Can you fix it?",
        "Running the validator on WO-26-7712.",
    ),
    "fix": {
        "tool": "tsr.create",
        "attempts": [
            (
                {"section": "S14", "limit": "15"},
                "400 unknown field 'limit'; expected limit_kmh (integer)",
                "Field is limit_kmh, integer.",
            ),
            (
                {"section": "S14", "limit_kmh": 15},
                "422 TSR requires from_mast and to_mast",
                "Needs the extent - masts 14/20 to 14/25 covers the span with margin.",
            ),
            (
                {"section": "S14", "limit_kmh": 15, "from_mast": "14/20", "to_mast": "14/25"},
                "TSR-26-118 active immediately | drivers' notice published | @RID",
                "TSR-26-118 is live and in the drivers' notice.",
            ),
        ],
        "after": [
            (
                "fault.add_note",
                {
                    "fault_id": "F-26-1184",
                    "note": "TSR-26-118 15km/h 14/20-14/25 pending arm replacement",
                },
                "note added | @RID",
            )
        ],
        "done": "Speed restriction is in place and noted on the fault.",
    },
    "docs_ask": "Can you summarise the last four fault reports on S14? I want to know whether the arm has been touched before.",
    "docs_ack": "Reading the four most recent S14 fault reports.",
    "docs": [
        (
            "fault.report",
            {"fault_id": "F-25-0877"},
            "F-25-0877 | 2025-08 | dewirement at 14/23, pantograph damage on 3009 | arm re-registered, stagger corrected | @RID",
            "Aug 2025: dewirement at 14/23, arm re-registered.",
        ),
        (
            "fault.report",
            {"fault_id": "F-26-0214"},
            "F-26-0214 | 2026-03 | CB14 trip, bird strike at 14/11 | no OLE defect | @RID",
            "Mar 2026: bird strike at 14/11, unrelated.",
        ),
        (
            "fault.report",
            {"fault_id": "F-26-0690"},
            "F-26-0690 | 2026-07 | arcing reported by driver near 14/22 | wear measured 15% | monitor | @RID",
            "Jul 2026: arcing near 14/22, wear 15%, monitor only.",
        ),
        (
            "fault.report",
            {"fault_id": "F-26-0981"},
            "F-26-0981 | 2026-10 | inspection finding: reg arm 14/23 loose | deferred to winter programme | @RID",
            "Oct 2026: arm at 14/23 loose, deferred.",
        ),
    ],
    "docs_final": "The 14/22-14/23 span has a history: a dewirement in 2025 fixed by re-registering the arm, arcing in July and the arm found loose in October but deferred. Only the March trip was unrelated.\nThe arm has been adjusted before and is the likely cause.",
    "poll_ask": (
        "OLE-3 is heading out to 14/23. Keep an eye on the job and tell me when S14 is back on normal feed.",
        "Following WO-26-7712.",
    ),
    "poll": (
        "crew.job_status",
        {"work_order": "WO-26-7712"},
        [
            "WO-26-7712 | OLE-3 EN ROUTE | ETA 06:20 | @RID",
            "WO-26-7712 | ON SITE | isolation requested | @RID",
            "WO-26-7712 | ISOLATED & EARTHED | permit PTW-5531 | @RID",
            "WO-26-7712 | WORK IN PROGRESS | arm removed, new arm fitting | @RID",
            "WO-26-7712 | COMPLETE | earths removed, CB14 closed, S14 normal feed | @RID",
        ],
    ),
    "poll_wait": [900, 1200],
    "poll_mid": "They're isolated and earthed under PTW-5531.",
    "poll_done": "Arm replaced and CB14 is back in; S14 is back on normal feed.",
    "batch_ask": "OLE-3 sent their wire-height readings for 14/20 to 14/25 - can you record them against each mast?",
    "batch_ack": "Recording the readings mast by mast.",
    "batch": (
        "inspection.record",
        [
            (
                {"mast": "14/20", "wire_height_mm": 5620, "stagger_mm": 210},
                "14/20 recorded | within tolerance | @RID",
            ),
            (
                {"mast": "14/21", "wire_height_mm": 5605, "stagger_mm": -180},
                "14/21 recorded | within tolerance | @RID",
            ),
            (
                {"mast": "14/22", "wire_height_mm": 5590, "stagger_mm": 240, "wear_pct": 19},
                "14/22 recorded | wear 19% (limit 30%) | @RID",
            ),
            (
                {"mast": "14/23", "wire_height_mm": 5598, "stagger_mm": -205},
                "14/23 recorded | new arm, stagger restored | @RID",
            ),
            (
                {"mast": "14/24", "wire_height_mm": 5611, "stagger_mm": 195},
                "14/24 recorded | within tolerance | @RID",
            ),
            (
                {"mast": "14/25", "wire_height_mm": 5625, "stagger_mm": -190},
                "14/25 recorded | within tolerance | @RID",
            ),
        ],
    ),
    "batch_done": "All six masts recorded; only 14/22 wear at 19% is worth watching.",
    "refine_ask": (
        "Have we had this on any other section - trips traced to a registration arm - this year?",
        "Searching the fault history.",
    ),
    "refine": (
        "fault.search",
        [
            (
                {"q": "overcurrent"},
                "640 faults | @MS ms",
                "640 overcurrent faults in the system; limiting to this year.",
            ),
            (
                {"q": "overcurrent", "year": 2026},
                "137 faults | @MS ms",
                "137 this year; adding the root cause filter.",
            ),
            (
                {"q": "overcurrent", "year": 2026, "root_cause": "registration arm"},
                "4 faults: F-26-0112 (S03), F-26-0455 (S09), F-26-0981 (S14), F-26-1184 (S14) | @MS ms",
                "Four, two of them on S14.",
            ),
        ],
        (
            "fault.get",
            {"fault_id": "F-26-0455"},
            "F-26-0455 | S09 | OC trips traced to cracked registration arm clamp at 09/07 | arm replaced | CLOSED | @RID",
        ),
    ),
    "refine_done": "Yes: S03 and S09 each had one this year; S09's was a cracked clamp, worth checking on the removed 14/23 arm.",
    "recheck": (
        "scada.breaker",
        {"breaker": "CB14"},
        "CB14 | Moss Bridge feeder S14 | LOCKED OUT since 04:05:55 (3 OC trips) | load 0A | S14 fed via SW13/14 | @RID",
        "CB14 | Moss Bridge feeder S14 | CLOSED by control (J. Patel), manual close after line patrol | load 410A | SW13/14 open | @RID",
        "CB14 is still locked out.",
        "Changed: control have closed CB14 manually and it's carrying 410 A.",
        "Control say they've closed CB14 back in - check it?",
    ),
    "recheck_follow": [
        (
            "scada.events",
            {"section": "S14", "since_close": True},
            "0 events since CB14 close | @RID",
        )
    ],
    "recheck_done": "No trips since it closed; the TSR stays on until the arm is replaced.",
    "flaky": (
        "scada.waveform",
        {"event": "CB14-20261128-040555"},
        "504 Gateway Timeout: historian did not respond (@MS ms) @RID",
        "CB14-20261128-040555 | fault 3.41kA peak, 62ms | DC offset, arc signature | @RID",
        [
            (
                "fault.add_note",
                {"fault_id": "F-26-1184", "note": "04:05 trip: 3.41kA 62ms, arc signature"},
                "note added | @RID",
                "Arc signature on the lockout trip points to a pantograph/arm flashover, not a cable fault.",
            )
        ],
    ),
    "chunk_ask": (
        "The measurement tram ran last night - can you load its contact wire wear data into the asset system?",
        "Loading the wear file in chunks of 400.",
    ),
    "chunk": {
        "tool": "wear.import",
        "total": 1340,
        "size": 400,
        "args": lambda off, size: {"run": "MT-2026-11-27", "offset": off, "limit": size},
        "obs": lambda off, n, done, total, rng: (
            "imported %d points (%d above 20%% wear) | %d/%d | %dms"
            % (n, rng.randint(0, 6), done, total, rng.randint(500, 3000))
        ),
        "update": "Wear import: {done}/{total} points loaded, {left} remaining.",
    },
    "compare_ask": (
        "Can you line up the trip times with where the trams were? I want to know if it's a pantograph thing.",
        "Comparing each trip against the AVL positions.",
    ),
    "compare": {
        "pairs": [
            (
                ("scada.event", {"event": "CB14-20261128-011208"}, "01:12:08 CB14 OC 2.9kA | @RID"),
                (
                    "avl.position_at",
                    {"time": "2026-11-28T01:12:08Z", "near_section": "S14"},
                    "tram 3021 at 14/23, 22 km/h (depot run) | @RID",
                ),
                "01:12 - tram 3021 passing 14/23.",
            ),
            (
                ("scada.event", {"event": "CB14-20261128-024731"}, "02:47:31 CB14 OC 3.1kA | @RID"),
                (
                    "avl.position_at",
                    {"time": "2026-11-28T02:47:31Z", "near_section": "S14"},
                    "tram 3007 at 14/22-14/23, 25 km/h | @RID",
                ),
                "02:47 - tram 3007 in the same span.",
            ),
            (
                (
                    "scada.event",
                    {"event": "CB14-20261128-040555"},
                    "04:05:55 CB14 OC 3.4kA LOCKOUT | @RID",
                ),
                (
                    "avl.position_at",
                    {"time": "2026-11-28T04:05:55Z", "near_section": "S14"},
                    "tram 3015 at 14/22-14/23, 24 km/h | @RID",
                ),
                "04:05 - tram 3015, same span again.",
            ),
            (
                (
                    "scada.event",
                    {"event": "CB14-20261127-223015"},
                    "22:30:15 CB14 no event (ref check) | @RID",
                ),
                (
                    "avl.position_at",
                    {"time": "2026-11-27T22:30:15Z", "near_section": "S14"},
                    "tram 3021 at 14/23, 23 km/h | @RID",
                ),
                "Evening pass at 22:30 without a trip - so it's intermittent, which fits a loose arm.",
            ),
        ],
        "done": "Every trip had a different tram under 14/22-14/23 and one pass went clean, so it's the span, not a vehicle: the loose arm at 14/23.",
        "done3": "Three trips, three different trams, all in span 14/22-14/23 - it's the infrastructure at 14/23, not a pantograph.",
    },
}


def _wf_item(rng, i):
    start = datetime(2026, 6, 20) + timedelta(days=i * 4 + rng.randint(0, 3))
    name = rng.choice(
        [
            "Ames Creek",
            "Cougar Rock",
            "Bear Wallow",
            "Tanner Gulch",
            "Lost Lake",
            "Hogback",
            "Sheep Flat",
            "Red Butte",
            "Cold Spring",
            "Miller Ridge",
            "Boulder Pass",
            "Deer Camp",
        ]
    )
    cause = rng.choice(
        ["lightning", "lightning", "equipment", "debris burn", "undetermined", "campfire"]
    )
    ac = rng.choice([0.1, 0.25, 0.5, 1.2, 3.0, 8.5, 42.0, 0.1])
    return "INC-%04d | %s | %s | %s ac | %s | %s" % (
        200 + i * 5 + rng.randint(0, 4),
        name,
        start.strftime("%Y-%m-%d"),
        ac,
        cause,
        rng.choice(["OUT", "OUT", "CONTAINED", "CONTROLLED"]),
    )


WILDFIRE = {
    "name": "wildfire_lookout_dispatch",
    "start": datetime(2026, 8, 14, 13, 55, 0),
    "user_open": [
        "Bald Knob lookout has smoke at bearing 217. Can you get it plotted and a resource on it?",
        "New smoke report from Bald Knob, Sawtooth has a bearing too. Work it up and get initial attack going.",
        "Dispatch here - can you take INC-0412 (Ames Creek smoke) and get it staffed?",
    ],
    "ack": [
        "On it. Reading the lookout reports and the RAWS weather.",
        "Okay - pulling both lookout reports now.",
        "Taking it. Starting with the incident and the lookout reports.",
    ],
    "reads": [
        (
            "lookout.report",
            {"report_id": "LR-0814-03"},
            "LR-0814-03 | Bald Knob LO (K. Ames) | 13:42 | smoke column white-grey, bearing 217 deg, est. 9 mi, drifting NE | @RID",
        ),
        (
            "lookout.report",
            {"report_id": "LR-0814-04"},
            "LR-0814-04 | Sawtooth LO (D. Reyes) | 13:44 | smoke, bearing 162 deg, est. 6 mi, single column | @RID",
        ),
        (
            "weather.raws",
            {"station": "RAWS-BKN", "latest": True},
            "RAWS-BKN 13:30 | 81F RH 14% | wind SW 12 g 22 mph | ERC 78 (97th pct) | Haines 5 | @RID",
        ),
    ],
    "rec": (
        "incident.get",
        {"incident_id": "INC-0412"},
        "INC-0412 'Ames Creek smoke' | status NEW | location: not confirmed | resources: none | created 13:46 by dispatch | @RID",
    ),
    "rec_fact": "INC-0412 is still NEW with no resources and no confirmed location",
    "rec2": (
        "lookout.report",
        {"report_id": "LR-0814-03"},
        "LR-0814-03 | Bald Knob LO (K. Ames) | 13:42 | smoke column white-grey, bearing 217 deg, est. 9 mi, drifting NE | @RID",
    ),
    "rec3": (
        "weather.raws",
        {"station": "RAWS-BKN", "latest": True},
        "RAWS-BKN 13:30 | 81F RH 14% | wind SW 12 g 22 mph | ERC 78 (97th pct) | Haines 5 | @RID",
    ),
    "para": {
        "tool": "gis.lookup",
        "key": "q",
        "args": {"layer": "ownership"},
        "queries": [
            "T7N R4E section 22 owner",
            "who owns sec 22 T7N R4E",
            "ownership T7N R4E S22",
            "landowner section 22 township 7N range 4E",
            "parcel owner T7N-R4E-22",
        ],
        "result": "1 hit: parcel 0722-004 | Tanner Timber LLC | protection: state (DNR NE region) | @MS ms",
        "concl": [
            "Section 22 is Tanner Timber ground under state protection.",
            "The owner is Tanner Timber LLC; DNR has protection.",
            "Parcel 0722-004, Tanner Timber, state-protected.",
        ],
    },
    "para_ask": (
        "Whose land is it on? I need to call the landowner.",
        "Checking the ownership layer.",
    ),
    "ab_write": (
        "incident.update",
        {"incident_id": "INC-0412"},
        "dispatch_level",
        "initial attack: 1 engine",
        "extended: 2 engines + dozer",
        "It's a single column with no reported spread yet, so a single engine initial attack fits.",
        "With ERC at the 97th percentile and Haines 5, the run card says go heavy: 2 engines and a dozer.",
    ),
    "ab_write_ok": "INC-0412 dispatch_level='@VAL' | @RID",
    "ab_reads": (
        (
            "runcard.get",
            {"zone": "NE-3", "erc_pct": 97},
            "NE-3 run card, ERC >= 90th: 2 engines, 1 dozer, 1 water tender; air on request | @RID",
        ),
        (
            "lookout.report",
            {"report_id": "LR-0814-03"},
            "LR-0814-03 | Bald Knob LO (K. Ames) | 13:42 | smoke column white-grey, bearing 217 deg, est. 9 mi, drifting NE | @RID",
        ),
    ),
    "ab_notes": (
        "The run card calls for a heavy response at this ERC. Looking at the lookout's description again.",
        "Lookout only sees a single column. Back to the run card.",
    ),
    "fail": (
        "aircraft.order",
        {"type": "helitack", "aircraft": "H-512", "incident_id": "INC-0412"},
        "409 Conflict: H-512 status OUT OF SERVICE (100-hr inspection) until 2026-08-15 18:00 - cannot be ordered @RID",
    ),
    "mono": "I'm plotting the smoke reports and will dispatch the nearest engine as soon as the location is confirmed.",
    "question": "Which engine is closest to the smoke and what's its ETA?",
    "nonans": [
        "The smoke is where Bald Knob's 217 deg and Sawtooth's 162 deg bearings cross, around T7N R4E section 22.",
        "Cross-bearings put it in section 22, about 9 miles from Bald Knob on Tanner Timber ground.",
        "The two lookouts agree on a single column in T7N R4E sec 22, drifting north-east.",
        "Location from the cross-shot is roughly 45.22N 121.90W, section 22.",
        "It's in the Ames Creek drainage, T7N R4E section 22, state protection.",
    ],
    "pushback": [
        "I know where the fire is. Which engine is closest and how long?",
        "Still not what I asked - nearest engine and ETA.",
        "Engine and ETA please, I need to tell the duty officer.",
    ],
    "stuck": (
        "resource_order.status",
        {"order": "INC-0412-O-7"},
        "INC-0412-O-7 dozer type 2 | state UNFILLED | note: no dozers available in zone NE-3, cross-zone request required | last_updated 13:51:10 | @RID",
    ),
    "stuck_note": "The dozer order is still unfilled - zone has none. Checking again.",
    "stuck_ask": ("Any luck on that dozer for Ames Creek?", "Checking the order."),
    "poll_wait": [1800, 2100],
    "list": {
        "tool": "incident.list",
        "args": {"unit": "NE-3", "season": 2026, "limit": 6},
        "size": 6,
        "item": _wf_item,
        "fmt": page_fmt("incidents NE-3 2026"),
        "noun": "incidents",
        "summary": "All {n} NE-3 incidents this season are listed; lightning starts dominate since late June.",
        "ask": (
            "For the season report, can you pull every NE-3 incident this year?",
            "Paging through the incident list.",
        ),
    },
    "plan": [
        (
            "Intersect the two bearings",
            "gis.intersect",
            {"lines": [{"from": "LO-BKN", "bearing": 217}, {"from": "LO-SAW", "bearing": 162}]},
            "45.2214N 121.9046W | T7N R4E S22 SW1/4 | angle of cut 55 deg | @RID",
        ),
        (
            "Set the incident location",
            "incident.update",
            {"incident_id": "INC-0412", "lat": 45.2214, "lon": -121.9046},
            "INC-0412 location set | @RID",
        ),
        (
            "Dispatch the closest engine",
            "unit.dispatch",
            {"unit": "E-341", "incident_id": "INC-0412"},
            "E-341 dispatched 13:58, ETA 14:22 (road 2600) | @RID",
        ),
        (
            "Notify the landowner",
            "notify.send",
            {
                "to": "Tanner Timber LLC duty phone",
                "template": "fire_on_land",
                "incident_id": "INC-0412",
            },
            "call logged, ack by R. Tanner | @RID",
        ),
        (
            "Ask Bald Knob to keep eyes on it",
            "radio.log",
            {
                "channel": "NE-3 command",
                "to": "LO-BKN",
                "msg": "maintain watch on INC-0412, report changes",
            },
            "logged 13:59 | @RID",
        ),
    ],
    "plan_notes": [
        "fix at 45.2214N 121.9046W, good 55-degree cut.",
        "location on the incident.",
        "E-341 rolling, ETA 14:22.",
        "Tanner Timber acknowledged.",
        "Bald Knob watching.",
    ],
    "val": {
        "tool": "incident.validate",
        "args": {"incident_id": "INC-0412", "target": "state_initial_report"},
        "edit_tool": "incident.patch",
        "errors": [
            (
                "I03",
                "lat/lon missing",
                "I03: adding the cross-bearing fix 45.2214, -121.9046.",
                {"incident_id": "INC-0412", "lat": 45.2214, "lon": -121.9046},
            ),
            (
                "I07",
                "protection agency not set",
                "I07: protection agency is DNR NE region.",
                {"incident_id": "INC-0412", "protection": "DNR-NE"},
            ),
            (
                "I11",
                "cause must be 'undetermined' until investigator assigned",
                "I11: setting cause to undetermined.",
                {"incident_id": "INC-0412", "cause": "undetermined"},
            ),
            (
                "I14",
                "size estimate (acres) required",
                "I14: E-341's size-up said 3 acres.",
                {"incident_id": "INC-0412", "size_ac": 3},
            ),
        ],
        "fmt": val_fmt("INC-0412 state report"),
        "bad_edits": [
            (
                "Adding the lookout names to the narrative.",
                {
                    "incident_id": "INC-0412",
                    "narrative": "Reported by K. Ames (Bald Knob) and D. Reyes (Sawtooth)",
                },
            ),
            (
                "Renaming the incident to 'Ames Creek'.",
                {"incident_id": "INC-0412", "name": "Ames Creek"},
            ),
            (
                "Setting the discovery time explicitly.",
                {"incident_id": "INC-0412", "discovered": "2026-08-14T13:42:00"},
            ),
            (
                "Attaching the RAWS observation.",
                {"incident_id": "INC-0412", "weather_ref": "RAWS-BKN 13:30"},
            ),
        ],
        "edit_ok": "INC-0412 patched | @RID",
        "pass": "INC-0412 state report: valid",
        "submit": (
            "incident.send_report",
            {"incident_id": "INC-0412", "target": "state_initial_report"},
            "sent to state, ref SR-26-08-4471 | @RID",
        ),
        "done": "The initial report validates and went to the state as SR-26-08-4471.",
    },
    "val_ask": (
        "State wants the initial report on Ames Creek in the next half hour. Can you get it through?",
        "Running the report validator.",
    ),
    "fix": {
        "tool": "gis.intersect",
        "attempts": [
            (
                {"bearings": [217, 162]},
                "400 each bearing needs an origin: use lines=[{from, bearing}]",
                "Needs origins for the bearings.",
            ),
            (
                {
                    "lines": [
                        {"from": "BaldKnob", "bearing": 217},
                        {"from": "Sawtooth", "bearing": 162},
                    ]
                },
                "422 unknown lookout id 'BaldKnob' (valid: LO-BKN, LO-SAW, LO-RDG)",
                "Lookout ids are LO-BKN and LO-SAW.",
            ),
            (
                {"lines": [{"from": "LO-BKN", "bearing": 217}, {"from": "LO-SAW", "bearing": 162}]},
                "45.2214N 121.9046W | T7N R4E S22 SW1/4 | angle of cut 55 deg | @RID",
                "Fix at 45.2214N 121.9046W with a good 55-degree cut.",
            ),
        ],
        "after": [
            (
                "unit.nearest",
                {"lat": 45.2214, "lon": -121.9046, "type": "engine", "status": "available"},
                "E-341 (Ridgeway) 24 min via road 2600 | E-355 (Pine Flat) 41 min | @RID",
            )
        ],
        "done": "E-341 from Ridgeway is closest at about 24 minutes.",
    },
    "docs_ask": "Before the briefing, summarise the last four fire reports in the Ames Creek drainage?",
    "docs_ack": "Reading the four most recent Ames Creek reports.",
    "docs": [
        (
            "fire_report.get",
            {"incident_id": "INC-0233"},
            "INC-0233 2024-07 | lightning | 0.3 ac | held at ridge road 2600 | snag fell across line | @RID",
            "2024: lightning, 0.3 ac, held at road 2600.",
        ),
        (
            "fire_report.get",
            {"incident_id": "INC-0298"},
            "INC-0298 2025-08 | equipment (skidder) | 14 ac | ran upslope under SW wind, dozer line on east flank | @RID",
            "2025: skidder start, 14 ac, ran upslope on a SW wind.",
        ),
        (
            "fire_report.get",
            {"incident_id": "INC-0315"},
            "INC-0315 2025-09 | lightning | 1.1 ac | slow access, gate on 2600-040 locked | @RID",
            "2025: lightning, 1.1 ac, delayed by a locked gate on 2600-040.",
        ),
        (
            "fire_report.get",
            {"incident_id": "INC-0388"},
            "INC-0388 2026-07 | debris burn escape | 2.5 ac | water source Ames Pond low | @RID",
            "2026: debris burn escape, 2.5 ac, Ames Pond low for water.",
        ),
    ],
    "docs_final": "Ames Creek fires run upslope on SW winds (14 ac in 2025), access can be slowed by the locked gate on 2600-040, and Ames Pond is low for water.\nBriefing points: gate key, water tender, expect upslope runs.",
    "poll_ask": (
        "E-341 is rolling. Watch the incident and tell me when they've got it.",
        "Watching INC-0412.",
    ),
    "poll": (
        "incident.status",
        {"incident_id": "INC-0412"},
        [
            "INC-0412 | E-341 ENROUTE | ETA 14:22 | @RID",
            "INC-0412 | E-341 ON SCENE | size-up 3 ac, running upslope, moderate ROS | @RID",
            "INC-0412 | E-355 + WT-12 ordered | line construction on heel | @RID",
            "INC-0412 | 5.2 ac | forward spread stopped | 60% line | @RID",
            "INC-0412 | CONTAINED | 5.2 ac | mop-up, E-341 staying | @RID",
        ],
    ),
    "poll_mid": "E-341 is on scene and sizing it up.",
    "poll_done": "INC-0412 is contained at 5.2 acres; E-341 is mopping up.",
    "batch_ask": "Time for the afternoon radio check - can you run through the lookouts?",
    "batch_ack": "Running the radio check lookout by lookout.",
    "batch": (
        "lookout.radio_check",
        [
            (
                {"lookout": "LO-BKN"},
                "LO-BKN K. Ames: loud and clear | smoke INC-0412 visible | @RID",
            ),
            ({"lookout": "LO-SAW"}, "LO-SAW D. Reyes: loud and clear | nothing new | @RID"),
            ({"lookout": "LO-RDG"}, "LO-RDG P. Sato: readable, weak | haze to the west | @RID"),
            ({"lookout": "LO-HOG"}, "LO-HOG: no answer, retry on repeater 2 | @RID"),
            (
                {"lookout": "LO-HOG", "repeater": 2},
                "LO-HOG M. Quinn: loud and clear on R2 | nothing new | @RID",
            ),
            (
                {"lookout": "LO-CLD"},
                "LO-CLD J. Hart: loud and clear | dust from logging on 2650 | @RID",
            ),
        ],
    ),
    "batch_done": "All lookouts answered; Hogback only on repeater 2, and Ridgeway is weak - I'll log the repeater issue.",
    "refine_ask": (
        "We need a dozer on Ames Creek. Find me one that's actually available.",
        "Searching resources.",
    ),
    "refine": (
        "resource.search",
        [
            (
                {"kind": "dozer"},
                "24 dozers | @MS ms",
                "24 dozers statewide; filtering to available.",
            ),
            (
                {"kind": "dozer", "status": "available"},
                "6 available | @MS ms",
                "Six available; limiting to our zone and the neighbour.",
            ),
            (
                {"kind": "dozer", "status": "available", "zones": ["NE-3", "NE-2"]},
                "2: DZ-208 (NE-2, type 1), DZ-231 (NE-2, type 2) | @MS ms",
                "Two in NE-2.",
            ),
            (
                {"kind": "dozer", "status": "available", "zones": ["NE-3", "NE-2"], "type": 2},
                "1: DZ-231 (NE-2, type 2, lowboy at Pine Flat) | @MS ms",
                "One type 2.",
            ),
        ],
        (
            "resource.get",
            {"resource": "DZ-231"},
            "DZ-231 | type 2 dozer | lowboy at Pine Flat | ETA to 2600 road 55 min | operator T. Kline | @RID",
        ),
    ),
    "refine_done": "DZ-231 from NE-2 can be at road 2600 in about 55 minutes; I'll put in the cross-zone order.",
    "recheck": (
        "incident.get",
        {"incident_id": "INC-0412"},
        "INC-0412 'Ames Creek' | T7N R4E S22 | 3 ac | spreading upslope, moderate ROS | resources: E-341 on scene, O-7 dozer unfilled | @RID",
        "INC-0412 'Ames Creek' | T7N R4E S22 | 5.2 ac | forward spread stopped, 60% line | resources: E-341, E-355, WT-12 on scene, O-7 dozer unfilled | @RID",
        "Latest is 3 acres and still spreading upslope.",
        "Updated: 5.2 acres now but forward spread has stopped and they have 60% line.",
        "E-341 just radioed an update - check the incident again?",
    ),
    "recheck_at": datetime(2026, 8, 14, 15, 12, 0),
    "recheck_follow": [
        (
            "resource_order.cancel",
            {"order": "INC-0412-O-7", "reason": "spread stopped, dozer not needed"},
            "INC-0412-O-7 cancelled | @RID",
        )
    ],
    "recheck_done": "I've cancelled the dozer order since spread has stopped.",
    "flaky": (
        "weather.spot_forecast",
        {"lat": 45.2214, "lon": -121.9046, "incident_id": "INC-0412"},
        "504 Gateway Timeout: NWS spot request timed out (@MS ms) @RID",
        "spot forecast INC-0412: SW 10-15 g 25 until 19:00, RH min 12%, wind shift W after 20:00 | @RID",
        [
            (
                "incident.add_note",
                {
                    "incident_id": "INC-0412",
                    "note": "Spot: SW 10-15 g25, RH 12%, W shift after 20:00",
                },
                "note added | @RID",
                "Spot forecast is on the incident; the evening wind shift is the thing to brief.",
            )
        ],
    ),
    "chunk_ask": (
        "CAD missed the afternoon radio log. Can you sync it? 412 entries.",
        "Syncing in batches of 100.",
    ),
    "chunk": {
        "tool": "cad.sync_radio_log",
        "total": 412,
        "size": 100,
        "args": lambda off, size: {"date": "2026-08-14", "offset": off, "limit": size},
        "obs": lambda off, n, done, total, rng: (
            "synced %d entries (%d matched to incidents) | %d/%d | %dms"
            % (n, rng.randint(n // 4, n - 1), done, total, rng.randint(300, 2500))
        ),
        "update": "Radio log sync: {done} of {total} entries, {left} left.",
    },
    "compare_ask": (
        "Are Bald Knob and Sawtooth seeing the same smoke? Compare their reports over the last hour.",
        "Lining up the two lookouts' reports time by time.",
    ),
    "compare": {
        "pairs": [
            (
                (
                    "lookout.report",
                    {"report_id": "LR-0814-03"},
                    "13:42 Bald Knob: bearing 217, single column | @RID",
                ),
                (
                    "lookout.report",
                    {"report_id": "LR-0814-04"},
                    "13:44 Sawtooth: bearing 162, single column | @RID",
                ),
                "13:42-13:44: both see one column; bearings cross in section 22.",
            ),
            (
                (
                    "lookout.report",
                    {"report_id": "LR-0814-07"},
                    "14:10 Bald Knob: bearing 218, column darker, leaning NE | @RID",
                ),
                (
                    "lookout.report",
                    {"report_id": "LR-0814-08"},
                    "14:12 Sawtooth: bearing 161, darker | @RID",
                ),
                "14:10: bearings shifted 1 degree each, same fire, growing.",
            ),
            (
                (
                    "lookout.report",
                    {"report_id": "LR-0814-11"},
                    "14:35 Bald Knob: bearing 218, second smaller smoke at 224 | @RID",
                ),
                (
                    "lookout.report",
                    {"report_id": "LR-0814-12"},
                    "14:37 Sawtooth: bearing 161 only | @RID",
                ),
                "14:35: Bald Knob reports a second smoke at 224 that Sawtooth doesn't see - possible spot fire or a new start out of Sawtooth's view.",
            ),
            (
                (
                    "lookout.report",
                    {"report_id": "LR-0814-14"},
                    "15:00 Bald Knob: 224 smoke gone | @RID",
                ),
                (
                    "lookout.report",
                    {"report_id": "LR-0814-15"},
                    "15:02 Sawtooth: 161, lighter | @RID",
                ),
                "15:00: the 224 smoke has gone; main fire lightening.",
            ),
        ],
        "done": "Same fire throughout; the only difference was a brief second smoke at 224 from Bald Knob that died out by 15:00 - I'll ask E-341 to check it.",
        "done3": "Same fire from both lookouts, but Bald Knob's second smoke at 224 needs checking - I'll send E-355 to look.",
    },
}


def _fb_item(rng, i):
    kind = rng.choice(
        [
            "church pantry",
            "school pantry",
            "senior centre",
            "shelter kitchen",
            "mobile site",
            "youth club",
        ]
    )
    town = rng.choice(
        [
            "Riverside",
            "Millbrook",
            "East Haven",
            "Cortland",
            "Brookfield",
            "Oak Hollow",
            "Fairmont",
            "Lakeview",
        ]
    )
    return "AG-%03d | %s %s | %s | last order %s | %d hh/month | TEFAP %s" % (
        101 + i * 4 + rng.randint(0, 3),
        town,
        kind,
        rng.choice(["active", "active", "active", "probation"]),
        (datetime(2026, 11, 1) + timedelta(days=rng.randint(0, 26))).strftime("%m-%d"),
        rng.randint(40, 600),
        rng.choice(["yes", "yes", "no"]),
    )


FOODBANK = {
    "name": "food_bank_distribution",
    "start": datetime(2026, 11, 28, 7, 30, 0),
    "user_open": [
        "Saturday's mobile pantry at Riverside Elementary (MP-1128) needs its load finalised. Can you check the allocation against what's actually in the warehouse?",
        "Truck leaves for Riverside at 8. Can you make sure the MP-1128 load plan is right?",
        "Can you sort out the Riverside mobile pantry? Marisol says the load plan still has carrots on it.",
    ],
    "ack": [
        "Sure. Reading the distribution and the produce inventory first.",
        "On it - pulling MP-1128 and current stock.",
        "Okay, checking the load plan against inventory.",
    ],
    "reads": [
        (
            "distribution.get",
            {"distribution_id": "MP-1128"},
            "MP-1128 | mobile pantry | Riverside Elementary | Sat 2026-11-28 09:00-12:00 | expected 240 households | truck T-3 | load plan v2 | status PLANNED | @RID",
        ),
        (
            "inventory.query",
            {"warehouse": "Main", "category": "produce"},
            "potatoes 1,840 lb (exp 12/09) | apples 920 lb (exp 12/02) | onions 600 lb | carrots 0 lb | squash 350 lb | @RID",
        ),
        (
            "agency.get",
            {"agency_id": "AG-221"},
            "AG-221 Riverside PTA | contact M. Ortiz | volunteers confirmed 14 | cold storage: none | site: parking lot, covered | @RID",
        ),
    ],
    "rec": (
        "distribution.get",
        {"distribution_id": "MP-1128"},
        "MP-1128 | mobile pantry | Riverside Elementary | Sat 2026-11-28 09:00-12:00 | expected 240 households | truck T-3 | load plan v2 (carrots 400 lb, turkey 180) | status PLANNED | @RID",
    ),
    "rec_fact": "MP-1128 is still on load plan v2, with 400 lb of carrots we don't have",
    "rec2": (
        "inventory.query",
        {"warehouse": "Main", "category": "produce"},
        "potatoes 1,840 lb (exp 12/09) | apples 920 lb (exp 12/02) | onions 600 lb | carrots 0 lb | squash 350 lb | @RID",
    ),
    "rec3": (
        "agency.get",
        {"agency_id": "AG-221"},
        "AG-221 Riverside PTA | contact M. Ortiz | volunteers confirmed 14 | cold storage: none | @RID",
    ),
    "para": {
        "tool": "donation.search",
        "key": "q",
        "args": {"since": "2026-11-01"},
        "queries": [
            "frozen turkeys Hendricks Farms",
            "Hendricks turkey donation",
            "turkeys donated by Hendricks",
            "Hendricks Farms frozen poultry",
            "holiday turkeys from Hendricks",
        ],
        "result": "1 hit: DON-26-5512 | Hendricks Farms | 180 frozen turkeys | received 2026-11-20 | Freezer B | allocated 180/180 (MP-1128) | @MS ms",
        "concl": [
            "The Hendricks donation is DON-26-5512: 180 turkeys, all allocated to MP-1128.",
            "DON-26-5512 is the only Hendricks lot, fully allocated to Riverside.",
            "So the 180 Hendricks turkeys are DON-26-5512, in Freezer B.",
        ],
    },
    "para_ask": (
        "Where are the Hendricks turkeys and are any unallocated?",
        "Searching donations.",
    ),
    "ab_write": (
        "load_plan.update",
        {"distribution_id": "MP-1128", "version": 3},
        "protein",
        "frozen turkey x180",
        "canned chicken x240",
        "Households are expecting turkeys for the holiday distribution, so protein should be the 180 frozen turkeys.",
        "Riverside has no cold storage and it's a 3-hour outdoor distribution, so it should be shelf-stable canned chicken.",
    ),
    "ab_write_ok": "MP-1128 load plan v3 protein='@VAL' | @RID",
    "ab_reads": (
        (
            "agency.get",
            {"agency_id": "AG-221", "section": "site"},
            "AG-221 site: parking lot, covered, no power, no cold storage | @RID",
        ),
        (
            "food_safety.policy",
            {"section": "frozen_distribution"},
            "Frozen items at sites without cold storage: allowed if ambient < 40F or insulated totes used, max 2 hours out | @RID",
        ),
    ),
    "ab_notes": (
        "No cold storage at Riverside. Checking the food-safety rule for frozen items.",
        "The rule allows it with totes under 2 hours. Re-reading the site details.",
    ),
    "fail": (
        "route.optimize",
        {"truck": "T-3", "stops": ["Main warehouse dock 4", "Riverside Elementary, 1400 block"]},
        "400 geocoding failed for stop 2 'Riverside Elementary, 1400 block': address not found @RID",
    ),
    "mono": "I'm finalising the load plan for MP-1128 and will share it once the quantities are confirmed.",
    "question": "How many households can we actually serve with the produce we have on hand?",
    "nonans": [
        "MP-1128 is planned for 240 households at Riverside Elementary, 9 to 12.",
        "The pantry expects about 240 households this Saturday, with truck T-3 assigned.",
        "We planned MP-1128 for 240 households based on last month's turnout.",
        "Riverside usually sees 220-250 households; the plan is for 240.",
        "The distribution is sized at 240 households on load plan v2.",
    ],
    "pushback": [
        "That's what we planned. How many can we serve with what's actually in stock?",
        "Still the plan number. With the real stock, how many?",
        "A number please, Marisol needs it for the line.",
    ],
    "stuck": (
        "order.status",
        {"order_id": "TEFAP-26-Q4-118"},
        "TEFAP-26-Q4-118 | state ON HOLD | reason: state warehouse awaiting civil rights training certificate for agency AG-221 | last_updated 2026-11-25T16:40:00Z | @RID",
    ),
    "stuck_note": "The TEFAP order is still on hold for AG-221's civil rights certificate. Checking again.",
    "stuck_ask": ("Has the TEFAP delivery for Riverside been released?", "Checking the order."),
    "list": {
        "tool": "agency.list",
        "args": {"region": "North", "status": "any", "limit": 6},
        "size": 6,
        "item": _fb_item,
        "fmt": page_fmt("agencies North"),
        "noun": "agencies",
        "summary": "All {n} North region agencies are listed; I'll flag the ones on probation or without TEFAP for the board packet.",
        "ask": (
            "Board packet needs every North region partner agency with their status. Can you pull the full list?",
            "Paging through the North region agencies.",
        ),
    },
    "plan": [
        (
            "Recount produce in the cooler",
            "inventory.query",
            {"warehouse": "Main", "category": "produce", "fresh_count": True},
            "potatoes 1,810 lb | apples 905 lb | onions 600 lb | carrots 0 lb | squash 350 lb | @RID",
        ),
        (
            "Replace carrots with onions and squash in plan v3",
            "load_plan.update",
            {
                "distribution_id": "MP-1128",
                "version": 3,
                "remove": ["carrots"],
                "add": {"onions_lb": 480, "squash_lb": 300},
            },
            "load plan v3 saved | 10,020 lb | @RID",
        ),
        (
            "Pack turkeys in insulated totes",
            "load_plan.update",
            {"distribution_id": "MP-1128", "version": 3, "turkey_packaging": "insulated totes x12"},
            "v3 updated | @RID",
        ),
        (
            "Generate the pick list",
            "pick_list.generate",
            {"distribution_id": "MP-1128", "load_plan_version": 3},
            "pick list PL-1128-3 (12 pallets) sent to dock 4 printer | @RID",
        ),
        (
            "Tell the site lead",
            "sms.send",
            {
                "to": "M. Ortiz",
                "text": "MP-1128 loading now, no carrots, extra onions/squash, turkeys in totes",
            },
            "delivered | @RID",
        ),
    ],
    "plan_notes": [
        "no carrots confirmed; potatoes and apples slightly lower after culls.",
        "v3 swaps carrots for onions and squash.",
        "turkeys go in 12 insulated totes.",
        "12-pallet pick list at dock 4.",
        "Marisol has the update.",
    ],
    "val": {
        "tool": "load_plan.validate",
        "args": {"distribution_id": "MP-1128", "version": 3},
        "edit_tool": "load_plan.update",
        "errors": [
            (
                "LP02",
                "carrots 400 lb allocated, 0 lb on hand",
                "LP02: dropping carrots and adding 480 lb onions.",
                {
                    "distribution_id": "MP-1128",
                    "version": 3,
                    "remove": ["carrots"],
                    "add": {"onions_lb": 480},
                },
            ),
            (
                "LP05",
                "frozen items to site without cold storage and no insulated packaging",
                "LP05: turkeys into 12 insulated totes.",
                {
                    "distribution_id": "MP-1128",
                    "version": 3,
                    "turkey_packaging": "insulated totes x12",
                },
            ),
            (
                "LP09",
                "truck T-3 payload exceeded: 10,420 lb > 10,000 lb",
                "LP09: trimming squash to 150 lb to get under payload.",
                {"distribution_id": "MP-1128", "version": 3, "set": {"squash_lb": 150}},
            ),
            (
                "LP12",
                "pallets without pallet IDs: 3",
                "LP12: assigning pallet IDs P-5531 to P-5533.",
                {
                    "distribution_id": "MP-1128",
                    "version": 3,
                    "pallet_ids": ["P-5531", "P-5532", "P-5533"],
                },
            ),
        ],
        "fmt": val_fmt("MP-1128 v3 validation"),
        "bad_edits": [
            (
                "Updating the household estimate to 240.",
                {"distribution_id": "MP-1128", "version": 3, "households": 240},
            ),
            (
                "Adding a note for the driver.",
                {"distribution_id": "MP-1128", "version": 3, "driver_note": "use school side gate"},
            ),
            (
                "Re-saving the apples line.",
                {"distribution_id": "MP-1128", "version": 3, "set": {"apples_lb": 900}},
            ),
            (
                "Setting departure to 08:00.",
                {"distribution_id": "MP-1128", "version": 3, "depart": "08:00"},
            ),
        ],
        "edit_ok": "load plan v3 saved | @RID",
        "pass": "MP-1128 v3 validation: OK",
        "submit": (
            "load_plan.publish",
            {"distribution_id": "MP-1128", "version": 3},
            "v3 published to dock 4 | @RID",
        ),
        "done": "Load plan v3 validates and is published to dock 4.",
    },
    "val_ask": (
        "Dock won't pick until the load plan validates. Can you clear it?",
        "Running validation on v3.",
    ),
    "fix": {
        "tool": "pick_list.generate",
        "attempts": [
            (
                {"distribution": "1128"},
                "404 distribution '1128' not found (ids look like MP-1128)",
                "Needs the full id.",
            ),
            (
                {"distribution": "MP-1128", "format": "pdf"},
                "422 load plan v2 superseded; pass load_plan_version=3",
                "It wants the current plan version, 3.",
            ),
            (
                {"distribution": "MP-1128", "format": "pdf", "load_plan_version": 3},
                "pick list PL-1128-3 | 12 pallets | sent to dock 4 printer | @RID",
                "Pick list PL-1128-3 is at the dock printer.",
            ),
        ],
        "after": [
            (
                "dock.assign",
                {"dock": 4, "truck": "T-3", "pick_list": "PL-1128-3"},
                "dock 4 assigned T-3, pickers 3 | @RID",
            )
        ],
        "done": "Dock 4 is picking for T-3.",
    },
    "docs_ask": "Can you summarise the last four site visit reports from Riverside for the partner review?",
    "docs_ack": "Reading the four latest Riverside site visits.",
    "docs": [
        (
            "site_visit.get",
            {"visit_id": "SV-221-2026-03"},
            "SV-221 Mar 2026 | 198 households | line 40 min | no handwashing station | @RID",
            "March: 198 households, 40-minute line, no handwashing station.",
        ),
        (
            "site_visit.get",
            {"visit_id": "SV-221-2026-06"},
            "SV-221 Jun 2026 | 231 households | handwashing added | produce ran out by 11:20 | @RID",
            "June: 231 households, handwashing fixed, produce ran out early.",
        ),
        (
            "site_visit.get",
            {"visit_id": "SV-221-2026-09"},
            "SV-221 Sep 2026 | 244 households | volunteers 9 (short) | sign-in on paper | @RID",
            "September: 244 households, only nine volunteers, paper sign-in.",
        ),
        (
            "site_visit.get",
            {"visit_id": "SV-221-2026-10"},
            "SV-221 Oct 2026 | 238 households | tablets for sign-in | no issues | @RID",
            "October: 238 households, tablet sign-in, no issues.",
        ),
    ],
    "docs_final": "Riverside has grown from ~200 to ~240 households; the handwashing and sign-in problems are fixed, but produce ran short in June and volunteers were short in September.\nRecommend keeping 240 as the planning figure with extra produce.",
    "poll_ask": ("T-3 is loading now. Tell me when it's on site at Riverside.", "Tracking T-3."),
    "poll": (
        "truck.status",
        {"truck": "T-3"},
        [
            "T-3 | LOADING dock 4 | 3/12 pallets | @RID",
            "T-3 | LOADING dock 4 | 9/12 pallets | @RID",
            "T-3 | DEPARTED dock 4 | ETA Riverside 27 min | @RID",
            "T-3 | ARRIVED Riverside Elementary | @RID",
            "T-3 | UNLOADING | 12/12 pallets off | @RID",
        ],
    ),
    "poll_wait": [900, 1200],
    "poll_mid": "Loading is well under way.",
    "poll_done": "T-3 is at Riverside and all 12 pallets are off, ahead of the 9:00 start.",
    "batch_ask": "Can you assign the Riverside volunteers to their stations?",
    "batch_ack": "Assigning each volunteer.",
    "batch": (
        "volunteer.assign",
        [
            (
                {
                    "volunteer": "V-3310 A. Chen",
                    "distribution_id": "MP-1128",
                    "role": "sign-in tablet",
                },
                "assigned sign-in | @RID",
            ),
            (
                {
                    "volunteer": "V-2291 B. Osei",
                    "distribution_id": "MP-1128",
                    "role": "produce line",
                },
                "assigned produce line | @RID",
            ),
            (
                {
                    "volunteer": "V-4108 C. Ruiz",
                    "distribution_id": "MP-1128",
                    "role": "produce line",
                },
                "assigned produce line | @RID",
            ),
            (
                {
                    "volunteer": "V-1177 D. Park",
                    "distribution_id": "MP-1128",
                    "role": "turkey totes",
                },
                "assigned turkey totes | food handler cert valid to 2027-03 | @RID",
            ),
            (
                {"volunteer": "V-5012 E. Walsh", "distribution_id": "MP-1128", "role": "traffic"},
                "assigned traffic | hi-vis issued | @RID",
            ),
            (
                {
                    "volunteer": "V-0923 F. Idowu",
                    "distribution_id": "MP-1128",
                    "role": "car loading",
                },
                "assigned car loading | @RID",
            ),
        ],
    ),
    "batch_done": "Six volunteers assigned across sign-in, produce, turkeys, traffic and car loading.",
    "refine_ask": (
        "Do we have any shelf-stable protein that won't expire before spring? Riverside might need a backup.",
        "Searching inventory.",
    ),
    "refine": (
        "inventory.search",
        [
            ({"q": "canned"}, "312 lots | @MS ms", "312 canned lots; narrowing to protein."),
            (
                {"q": "canned", "category": "protein"},
                "44 lots | @MS ms",
                "44 protein lots; filtering by expiry.",
            ),
            (
                {"q": "canned", "category": "protein", "exp_after": "2027-03-01"},
                "9 lots | @MS ms",
                "Nine good past March; only the Main warehouse.",
            ),
            (
                {
                    "q": "canned",
                    "category": "protein",
                    "exp_after": "2027-03-01",
                    "warehouse": "Main",
                },
                "3 lots: LOT-8812 chicken 240 cans, LOT-8840 tuna 96, LOT-8902 beans w/ pork 180 | @MS ms",
                "Three lots at Main.",
            ),
        ],
        (
            "inventory.lot",
            {"lot": "LOT-8812"},
            "LOT-8812 | canned chicken 12.5oz | 240 cans | exp 2028-01 | Main aisle 14 | unallocated | @RID",
        ),
    ),
    "refine_done": "LOT-8812 - 240 cans of chicken, unallocated - is a one-for-one backup for Riverside.",
    "recheck": (
        "inventory.query",
        {"warehouse": "Main", "category": "produce"},
        "potatoes 1,840 lb | apples 920 lb | onions 600 lb | carrots 0 lb | squash 350 lb | @RID",
        "potatoes 1,840 lb | apples 920 lb | onions 600 lb | carrots 1,200 lb (GRN-7741 Growers Co-op, just received) | squash 350 lb | @RID",
        "Still no carrots in stock.",
        "Changed: 1,200 lb of carrots have just come in from the Growers Co-op, so the v2 carrot line can stand.",
        "Dock says a carrot donation just came in - look again?",
    ),
    "recheck_follow": [
        (
            "load_plan.validate",
            {"distribution_id": "MP-1128", "version": 2},
            "MP-1128 v2 validation: OK | @RID",
        )
    ],
    "recheck_done": "With the carrots in, plan v2 validates as is.",
    "flaky": (
        "sms.broadcast",
        {
            "list": "riverside-households",
            "template": "pantry_reminder",
            "distribution_id": "MP-1128",
        },
        "502 Bad Gateway from SMS provider (@MS ms) @RID",
        "broadcast queued to 312 numbers | batch SMS-B-9921 | @RID",
        [
            (
                "sms.batch_status",
                {"batch": "SMS-B-9921"},
                "delivered 298, failed 14 (landline) | @RID",
                "Reminder went to 298 households; 14 landlines failed, which is normal.",
            )
        ],
    ),
    "chunk_ask": (
        "Riverside's tablets have the check-ins from today. Sync them into the system?",
        "Syncing in batches of 60.",
    ),
    "chunk": {
        "tool": "household.checkin_sync",
        "total": 236,
        "size": 60,
        "args": lambda off, size: {"distribution_id": "MP-1128", "offset": off, "limit": size},
        "obs": lambda off, n, done, total, rng: (
            "synced %d check-ins (%d new households) | %d/%d | %dms"
            % (n, rng.randint(0, 9), done, total, rng.randint(200, 1500))
        ),
        "update": "Synced {done} of {total} check-ins, {left} left.",
    },
    "compare_ask": (
        "Inventory system and the physical count never agree. Can you compare them for the main categories?",
        "Comparing the system against the count sheet category by category.",
    ),
    "compare": {
        "pairs": [
            (
                (
                    "inventory.query",
                    {"warehouse": "Main", "category": "produce"},
                    "system produce total 3,710 lb | @RID",
                ),
                (
                    "count_sheet.get",
                    {"warehouse": "Main", "category": "produce", "date": "2026-11-27"},
                    "counted produce 3,665 lb | @RID",
                ),
                "Produce: system 45 lb high - normal cull shrink.",
            ),
            (
                (
                    "inventory.query",
                    {"warehouse": "Main", "category": "canned"},
                    "system canned 18,240 units | @RID",
                ),
                (
                    "count_sheet.get",
                    {"warehouse": "Main", "category": "canned", "date": "2026-11-27"},
                    "counted canned 18,236 units | @RID",
                ),
                "Canned: 4 units apart.",
            ),
            (
                (
                    "inventory.query",
                    {"warehouse": "Main", "category": "frozen"},
                    "system frozen 2,310 lb incl. turkey x180 | @RID",
                ),
                (
                    "count_sheet.get",
                    {"warehouse": "Main", "category": "frozen", "date": "2026-11-27"},
                    "counted frozen 2,310 lb, turkey x172 | @RID",
                ),
                "Frozen: weight agrees but 8 turkeys short - possibly repacked.",
            ),
            (
                (
                    "inventory.query",
                    {"warehouse": "Main", "category": "dairy"},
                    "system dairy 640 lb | @RID",
                ),
                (
                    "count_sheet.get",
                    {"warehouse": "Main", "category": "dairy", "date": "2026-11-27"},
                    "counted dairy 512 lb | @RID",
                ),
                "Dairy: 128 lb short - a pallet may be unreceived or miscounted.",
            ),
        ],
        "done": "Produce and canned are within tolerance; frozen is 8 turkeys short and dairy 128 lb short. I'll ask the warehouse lead to recount those two.",
        "done3": "Produce and canned agree within tolerance; frozen is 8 turkeys short, which matters for MP-1128 - asking for a freezer recount.",
    },
}


def _kl_item(rng, i):
    day = datetime(2026, 6, 3) + timedelta(days=i * 6 + rng.randint(0, 4))
    kiln = rng.choice(["K2", "K2", "K1", "K3"])
    atm = {
        "K2": "cone 10 reduction",
        "K1": "cone 6 oxidation",
        "K3": "cone 6 oxidation (electric)",
    }[kiln]
    bend = rng.choice(
        ["10 @ 3 o'clock", "10 @ 4 o'clock", "9 flat / 10 @ 2", "10 down", "9 @ 3 o'clock"]
    )
    note = rng.choice(
        [
            "even",
            "top shelf hot",
            "bottom back cool",
            "even",
            "light reduction early",
            "crawl on 2 pcs",
        ]
    )
    return "#%s-%04d | %s | %s | cones %s | %s" % (
        kiln,
        560 + i * 2 + rng.randint(0, 1),
        day.strftime("%Y-%m-%d"),
        atm,
        bend,
        note,
    )


KILN = {
    "name": "ceramics_kiln_firing",
    "start": datetime(2026, 11, 28, 9, 50, 0),
    "user_open": [
        "The celadon order for Hartley's (CO-4471) has to go in the big gas kiln this week. Can you get it scheduled and check the glaze tests?",
        "Hartley's plates - CO-4471 - where are we? They're due on the 5th and I haven't seen a firing booked.",
        "Can you take the Hartley's celadon job through glaze firing? Tiles from the last batch of GL-17 looked off.",
    ],
    "ack": [
        "Will do. Reading the order, the kiln schedule and the glaze test first.",
        "Checking CO-4471 and K2 now.",
        "Sure - order, kiln and glaze test results first.",
    ],
    "reads": [
        (
            "order.get",
            {"order_id": "CO-4471"},
            "CO-4471 | Hartley's | 120 dinner plates 27cm + 60 bowls, celadon GL-17 | bisqued 2026-11-25 | status AWAITING GLAZE FIRING | kiln slot: none | due 2026-12-05 | @RID",
        ),
        (
            "kiln.get",
            {"kiln": "K2"},
            "K2 | downdraft gas 40 cu ft | cone 10 reduction | next free slot 2026-12-02 | last firing #K2-0611 cone 10 @ 3 o'clock | thermocouple drift +8C flagged | @RID",
        ),
        (
            "glaze_test.get",
            {"glaze": "GL-17", "batch": "2026-11-20"},
            "GL-17 batch 2026-11-20 | test tiles 6 | crawling on 2/6 | specific gravity 1.52 (target 1.45) | colour OK | @RID",
        ),
    ],
    "rec": (
        "order.get",
        {"order_id": "CO-4471"},
        "CO-4471 | Hartley's | 120 dinner plates 27cm + 60 bowls, celadon GL-17 | bisqued 2026-11-25 | status AWAITING GLAZE FIRING | kiln slot: none | due 2026-12-05 | @RID",
    ),
    "rec_fact": "CO-4471 is still awaiting glaze firing with no kiln slot booked",
    "rec2": (
        "kiln.get",
        {"kiln": "K2"},
        "K2 | downdraft gas 40 cu ft | cone 10 reduction | next free slot 2026-12-02 | last firing #K2-0611 cone 10 @ 3 o'clock | thermocouple drift +8C flagged | @RID",
    ),
    "rec3": (
        "glaze_test.get",
        {"glaze": "GL-17", "batch": "2026-11-20"},
        "GL-17 batch 2026-11-20 | test tiles 6 | crawling on 2/6 | specific gravity 1.52 (target 1.45) | colour OK | @RID",
    ),
    "para": {
        "tool": "glaze_log.search",
        "key": "q",
        "args": {"glaze": "GL-17"},
        "queries": [
            "GL-17 crawling fix",
            "celadon crawling remedy",
            "how we fixed crawling on GL-17",
            "GL-17 glaze crawl cause",
            "crawling celadon notes",
        ],
        "result": "2 notes: 2025-04 'crawling: SG too high, thin to 1.45, wipe bisque dust-free' ; 2024-11 'crawl on rims: application too thick, single dip 3s' | @MS ms",
        "concl": [
            "Past notes say thin GL-17 to SG 1.45 and keep the bisque dust-free.",
            "The log points at SG too high and thick application.",
            "Same two notes: SG 1.45 and a 3-second single dip.",
        ],
    },
    "para_ask": (
        "Have we had crawling with GL-17 before? What did we do?",
        "Searching the glaze log.",
    ),
    "ab_write": (
        "firing.schedule",
        {"order_id": "CO-4471", "date": "2026-12-02"},
        "kiln",
        "K2",
        "K3",
        "Celadon only develops its colour in reduction, so it has to be K2.",
        "K2's first slot is the 2nd and cooling takes two days, which is tight for the 5th; K3 (electric) is free tomorrow.",
    ),
    "ab_write_ok": "CO-4471 scheduled on @VAL for 2026-12-02 | @RID",
    "ab_reads": (
        (
            "glaze.recipe",
            {"glaze": "GL-17"},
            "GL-17 celadon | cone 10 | REDUCTION REQUIRED (iron 1.5%) - oxidation gives pale yellow | @RID",
        ),
        (
            "kiln.schedule",
            {"kilns": ["K2", "K3"], "from": "2026-11-28"},
            "K2: busy until 12-01 (#K2-0612 + cool) ; free 12-02 | K3: free 11-29 onwards | @RID",
        ),
    ),
    "ab_notes": (
        "GL-17 needs reduction. Checking the schedule again for K2's dates.",
        "K2 isn't free until the 2nd. Looking at the recipe once more.",
    ),
    "fail": (
        "kiln_controller.upload_program",
        {"kiln": "K2", "program": "C10-RED-SLOWCOOL"},
        "409 controller busy: firing #K2-0612 in progress (segment 5/9); programs cannot be changed during a firing @RID",
    ),
    "mono": "I'm preparing the firing schedule for CO-4471 and will confirm the kiln slot shortly.",
    "question": "Will the plates and bowls fit in one K2 load or do we need two firings?",
    "nonans": [
        "CO-4471 is 120 dinner plates and 60 bowls in celadon GL-17, due 5 December.",
        "K2 is a 40 cubic foot downdraft firing cone 10 reduction; its next slot is 2 December.",
        "The order is 180 pieces that all need a cone 10 reduction glaze firing.",
        "The plates are 27 cm and the bowls are standard, all bisqued on the 25th.",
        "It's 180 celadon pieces for Hartley's, which need K2 because of the reduction.",
    ],
    "pushback": [
        "I know what's in the order. One load or two?",
        "Still not answered - does it fit in one firing or not?",
        "One or two firings? That decides whether we hit the 5th.",
    ],
    "stuck": (
        "kiln_controller.status",
        {"kiln": "K3"},
        "K3 | state ERROR E-08 thermocouple open circuit | segment 2/7 halted at 412C | elements off | requires manual reset at panel | last_updated 2026-11-28T09:41:06Z | @RID",
    ),
    "stuck_note": "K3 is still halted on E-08. Checking the controller again.",
    "stuck_ask": (
        "Is the test firing in K3 still going? I need the tiles by lunch.",
        "Checking K3's controller.",
    ),
    "poll_wait": [1200, 1500, 1800],
    "list": {
        "tool": "firing_log.list",
        "args": {"since": "2026-06-01", "limit": 6},
        "size": 6,
        "item": _kl_item,
        "fmt": page_fmt("firing log"),
        "noun": "firings",
        "summary": "All {n} firings since June are listed; K2's top shelf running hot shows up repeatedly, which fits the thermocouple drift.",
        "ask": (
            "Can you pull the whole firing log since June? I want to see how often K2's been uneven.",
            "Paging through the firing log.",
        ),
    },
    "plan": [
        (
            "Remix GL-17 to SG 1.45",
            "glaze.adjust",
            {"glaze": "GL-17", "batch": "2026-11-28", "target_sg": 1.45},
            "added 1.9 L water | SG 1.45 measured | @RID",
        ),
        (
            "Fire test tiles in the test kiln",
            "kiln.fire",
            {"kiln": "TEST", "program": "C10-RED-TEST", "load": "6 tiles GL-17 2026-11-28"},
            "TEST firing #T-0388 complete | 6/6 tiles no crawling | @RID",
        ),
        (
            "Book K2 for the 2nd",
            "kiln.book",
            {"kiln": "K2", "date": "2026-12-02", "order_id": "CO-4471"},
            "booking B-341 K2 2026-12-02 | @RID",
        ),
        (
            "Lay out the shelves",
            "firing_plan.create",
            {"kiln": "K2", "booking": "B-341", "pieces": {"plates_27cm": 120, "bowls": 60}},
            "plan FP-341: 9 shelves, 180 pieces, fits one load | @RID",
        ),
        (
            "Update Hartley's",
            "mail.send",
            {
                "to": "orders@hartleys.example",
                "template": "firing_scheduled",
                "order_id": "CO-4471",
            },
            "sent | @RID",
        ),
    ],
    "plan_notes": [
        "GL-17 back at SG 1.45.",
        "all six tiles clean, no crawling.",
        "K2 booked for 2 December.",
        "everything fits in one load on nine shelves.",
        "Hartley's told to expect delivery on the 5th.",
    ],
    "val": {
        "tool": "firing_plan.validate",
        "args": {"plan_id": "FP-341"},
        "edit_tool": "firing_plan.edit",
        "errors": [
            (
                "F12",
                "total load 148kg exceeds K2 limit 140kg",
                "F12: moving the 12 spare bowls out to the next firing.",
                {"plan_id": "FP-341", "remove": {"bowls_spare": 12}},
            ),
            (
                "F03",
                "shelf 4 load height 312mm exceeds post height 300mm",
                "F03: swapping shelf 4 to 330 mm posts.",
                {"plan_id": "FP-341", "shelf": 4, "posts_mm": 330},
            ),
            (
                "F06",
                "no cone pack on top shelf",
                "F06: adding a 9-10-11 cone pack to the top shelf, front.",
                {"plan_id": "FP-341", "shelf": 9, "cone_pack": "9/10/11", "position": "front"},
            ),
            (
                "F09",
                "bowls on shelf 1 within 50mm of burner port",
                "F09: pulling shelf 1 bowls back 60 mm from the burner port.",
                {"plan_id": "FP-341", "shelf": 1, "offset_mm": 60},
            ),
        ],
        "fmt": val_fmt("FP-341 validation"),
        "bad_edits": [
            ("Relabelling the shelves top-down.", {"plan_id": "FP-341", "shelf_order": "top_down"}),
            (
                "Adding a note about the glaze batch.",
                {"plan_id": "FP-341", "note": "GL-17 batch 2026-11-28, SG 1.45"},
            ),
            (
                "Changing the program name to the slow-cool version.",
                {"plan_id": "FP-341", "program": "C10-RED-SLOWCOOL"},
            ),
            (
                "Rotating the plates 90 degrees on shelf 6.",
                {"plan_id": "FP-341", "shelf": 6, "rotate": 90},
            ),
        ],
        "edit_ok": "FP-341 saved | @RID",
        "pass": "FP-341 validation: OK",
        "submit": (
            "firing_plan.approve",
            {"plan_id": "FP-341"},
            "FP-341 approved for K2 2026-12-02 | @RID",
        ),
        "done": "FP-341 validates and is approved for the 2 December firing.",
    },
    "val_ask": (
        "Can you get the K2 shelf plan (FP-341) to validate so Sam can load on Tuesday?",
        "Running the plan validator.",
    ),
    "fix": {
        "tool": "kiln.book",
        "attempts": [
            (
                {"kiln": "K-2", "date": "Wednesday"},
                "400 invalid date 'Wednesday': use YYYY-MM-DD",
                "Date must be ISO.",
            ),
            (
                {"kiln": "K-2", "date": "2026-12-02"},
                "404 kiln 'K-2' not found (kilns: K1, K2, K3, TEST)",
                "Kiln id is K2 without the hyphen.",
            ),
            (
                {"kiln": "K2", "date": "2026-12-02", "order_id": "CO-4471"},
                "booking B-341 | K2 | 2026-12-02 07:00 | program C10-RED | @RID",
                "Booked: B-341, K2 on 2 December at 07:00.",
            ),
        ],
        "after": [
            (
                "order.update",
                {"order_id": "CO-4471", "kiln_slot": "B-341"},
                "CO-4471 kiln_slot=B-341 | @RID",
            )
        ],
        "done": "The order now shows the K2 booking.",
    },
    "docs_ask": "K2's been uneven. Can you summarise the last four K2 firing logs so we can see a pattern?",
    "docs_ack": "Reading the last four K2 logs.",
    "docs": [
        (
            "firing_log.get",
            {"firing": "#K2-0605"},
            "#K2-0605 | cone 10 red | top cone 10 down, bottom 10 @ 2 | reduction at 1010C | 11h40 | @RID",
            "#K2-0605: top shelf over-fired relative to bottom.",
        ),
        (
            "firing_log.get",
            {"firing": "#K2-0607"},
            "#K2-0607 | cone 10 red | top 10 @ 4, bottom 9 @ 3 | TC peak 1292C | 12h05 | @RID",
            "#K2-0607: bottom under by most of a cone; TC read high.",
        ),
        (
            "firing_log.get",
            {"firing": "#K2-0609"},
            "#K2-0609 | cone 10 red | damper adjusted +1 notch | top 10 @ 3, bottom 10 @ 1 | 11h55 | @RID",
            "#K2-0609: damper change evened it out.",
        ),
        (
            "firing_log.get",
            {"firing": "#K2-0611"},
            "#K2-0611 | cone 10 red | damper back to default by mistake | top 10 down, bottom 9 @ 4 | TC drift +8C | @RID",
            "#K2-0611: damper back at default, unevenness returned; TC drifting.",
        ),
    ],
    "docs_final": "The pattern is the damper: with it at +1 notch (#0609) the kiln was even; at default the top over-fires by about a cone. The thermocouple also reads ~8C high.\nSet the damper to +1 and fire to cones, not the TC.",
    "poll_ask": (
        "Sam's glaze firing in K2 is nearly at top temperature. Watch it and tell me when it's reached cone 10 and shut off.",
        "Watching K2's controller.",
    ),
    "poll": (
        "kiln_controller.status",
        {"kiln": "K2"},
        [
            "K2 #K2-0613 | seg 5/9 climb | 1188C | reduction on | @RID",
            "K2 #K2-0613 | seg 5/9 climb | 1231C | @RID",
            "K2 #K2-0613 | seg 6/9 soak | 1268C | cone 9 bending (spyhole) | @RID",
            "K2 #K2-0613 | seg 6/9 soak end | 1272C | cone 10 @ 3 o'clock | @RID",
            "K2 #K2-0613 | seg 7/9 controlled cool | 1236C | burners off, damper in | @RID",
        ],
    ),
    "poll_mid": "Still climbing in reduction.",
    "poll_done": "Cone 10 is down to 3 o'clock and the burners are off; K2 is into its controlled cool, so the door stays shut until tomorrow morning.",
    "batch_ask": "Can you log the quality check for the six sample pieces from the last firing?",
    "batch_ack": "Logging each piece.",
    "batch": (
        "quality.record",
        [
            (
                {"piece": "CO-4471-P001", "firing": "#K2-0613"},
                "P001 pass | colour celadon A | @RID",
            ),
            ({"piece": "CO-4471-P017", "firing": "#K2-0613"}, "P017 pass | @RID"),
            ({"piece": "CO-4471-P044", "firing": "#K2-0613"}, "P044 second: pinhole on rim | @RID"),
            ({"piece": "CO-4471-B005", "firing": "#K2-0613"}, "B005 pass | @RID"),
            (
                {"piece": "CO-4471-B031", "firing": "#K2-0613"},
                "B031 pass | slight oxidised patch underside (acceptable) | @RID",
            ),
            (
                {"piece": "CO-4471-P090", "firing": "#K2-0613"},
                "P090 reject: shelf stuck, foot glazed | @RID",
            ),
        ],
    ),
    "batch_done": "Four passes, one second (pinhole) and one reject (foot glazed) among the six samples.",
    "refine_ask": (
        "A customer wants a celadon without barium. What do we have that fires in reduction?",
        "Searching recipes.",
    ),
    "refine": (
        "glaze_recipe.search",
        [
            ({"q": "celadon"}, "48 recipes | @MS ms", "48 celadons; restricting to cone 10."),
            ({"q": "celadon", "cone": 10}, "19 recipes | @MS ms", "19 at cone 10; reduction only."),
            (
                {"q": "celadon", "cone": 10, "atmosphere": "reduction"},
                "11 recipes | @MS ms",
                "11 reduction; excluding barium.",
            ),
            (
                {
                    "q": "celadon",
                    "cone": 10,
                    "atmosphere": "reduction",
                    "exclude": ["barium carbonate"],
                },
                "3 recipes: GL-17, GL-22, GL-31 | @MS ms",
                "Three barium-free.",
            ),
        ],
        (
            "glaze.recipe",
            {"glaze": "GL-22"},
            "GL-22 'Ying Qing' | cone 10 reduction | no barium | tested 2025-09, stable | @RID",
        ),
    ),
    "refine_done": "Three barium-free reduction celadons: GL-17, GL-22 and GL-31; GL-22 is the pale one they might like.",
    "recheck": (
        "kiln.get",
        {"kiln": "K2"},
        "K2 | downdraft gas 40 cu ft | cone 10 reduction | bookings: #K2-0612 (cooling to 11-30), B-339 M. Lind 12-01, free 12-02 | next free slot 2026-12-02 | @RID",
        "K2 | downdraft gas 40 cu ft | cone 10 reduction | bookings: #K2-0612 (cooling to 11-30), B-339 CANCELLED by M. Lind | next free slot 2026-12-01 | @RID",
        "K2's next free slot is still 2 December.",
        "It's changed: Mira cancelled B-339, so K2 is free on 1 December - a day earlier.",
        "Mira cancelled her Tuesday firing I think - check K2 again?",
    ),
    "recheck_follow": [
        (
            "kiln.book",
            {"kiln": "K2", "date": "2026-12-01", "order_id": "CO-4471"},
            "booking B-342 | K2 | 2026-12-01 07:00 | @RID",
        )
    ],
    "recheck_done": "Booked K2 for the 1st instead, giving an extra day of cooling before the 5th.",
    "flaky": (
        "kiln_controller.download_log",
        {"kiln": "K2", "firing": "#K2-0611"},
        "504 Gateway Timeout: controller bridge did not respond (@MS ms) @RID",
        "#K2-0611 log 1-min, 712 rows | peak 1288C | reduction start 1008C | @RID",
        [
            (
                "firing_log.attach",
                {"firing": "#K2-0611", "file": "K2-0611.csv"},
                "attached | @RID",
                "The #K2-0611 log is attached to the firing record.",
            )
        ],
    ),
    "chunk_ask": (
        "Print the QR labels for all 180 pieces of CO-4471, please.",
        "Printing in sheets of 48.",
    ),
    "chunk": {
        "tool": "qr_label.print",
        "total": 180,
        "size": 48,
        "args": lambda off, size: {
            "order_id": "CO-4471",
            "offset": off,
            "limit": size,
            "printer": "studio-label-1",
        },
        "obs": lambda off, n, done, total, rng: (
            "printed %d labels | %d/%d | job lbl-%04d | %dms"
            % (n, done, total, rng.randint(1000, 9999), rng.randint(400, 2000))
        ),
        "update": "Labels: {done} of {total} printed, {left} to go.",
    },
    "compare_ask": (
        "Is K2's thermocouple reading right? Compare the controller peaks with the cones for the last few firings.",
        "Going firing by firing, controller against cones.",
    ),
    "compare": {
        "pairs": [
            (
                (
                    "kiln_controller.firing_summary",
                    {"firing": "#K2-0607"},
                    "#K2-0607 TC peak 1292C | @RID",
                ),
                (
                    "firing_log.cones",
                    {"firing": "#K2-0607"},
                    "#K2-0607 cones: middle 10 @ 3 (~1280C) | @RID",
                ),
                "#0607: TC about 12C above the cone equivalent.",
            ),
            (
                (
                    "kiln_controller.firing_summary",
                    {"firing": "#K2-0609"},
                    "#K2-0609 TC peak 1287C | @RID",
                ),
                (
                    "firing_log.cones",
                    {"firing": "#K2-0609"},
                    "#K2-0609 cones: middle 10 @ 3 (~1280C) | @RID",
                ),
                "#0609: about 7C high.",
            ),
            (
                (
                    "kiln_controller.firing_summary",
                    {"firing": "#K2-0611"},
                    "#K2-0611 TC peak 1288C | @RID",
                ),
                (
                    "firing_log.cones",
                    {"firing": "#K2-0611"},
                    "#K2-0611 cones: middle 10 @ 3 (~1280C) | @RID",
                ),
                "#0611: about 8C high.",
            ),
            (
                (
                    "kiln_controller.firing_summary",
                    {"firing": "#K2-0605"},
                    "#K2-0605 TC peak 1283C | @RID",
                ),
                (
                    "firing_log.cones",
                    {"firing": "#K2-0605"},
                    "#K2-0605 cones: middle 10 @ 3 (~1280C) | @RID",
                ),
                "#0605: only 3C high - the drift has grown since then.",
            ),
        ],
        "done": "The thermocouple reads 7-12C high and the drift has grown since #0605. I'll add a -8C offset on the controller and book a TC replacement.",
        "done3": "K2's thermocouple consistently reads 7-12C high against the cones; I'll apply a -8C offset until it's replaced.",
    },
}


# ---------------------------------------------------------------- follow-on work and fuller search pages
LIFEBOAT["fix"]["after"].append(
    (
        "service_return.patch",
        {
            "return_id": "SR-KBN-2026-117",
            "tide": {"hw": "01:52Z", "height_m": 2.9, "state": "flood"},
        },
        "patched SR-KBN-2026-117 tide block | @RID",
    )
)
LIFEBOAT["fix"]["done"] = (
    "Tide context is on both the launch record and the service return: high water at Carradale 01:52Z, so the Morven Lass came off on the last of the flood as the cox described."
)
HERBARIUM["fix"]["after"].append(
    (
        "loan.add_note",
        {
            "loan_id": "L-2026-0318",
            "note": "Holotype WHB0041277 never imaged; IMG-R-3310 raised for return",
        },
        "note added to L-2026-0318 | @RID",
    )
)
HERBARIUM["fix"]["done"] = (
    "Imaging is requested for the holotype (IMG-R-3310) and the loan carries a note so goods-in route it to the copy stand when it comes back from Lyon."
)
TIDEGAUGE["fix"]["after"].append(
    (
        "qc.residuals",
        {"gauge": "TG-0417", "from": "2026-11-19T00:00:00Z", "to": "2026-11-21T00:00:00Z"},
        "mean residual before 11:20Z +0.003m | after +0.070m | weather: light winds, surge <0.02m | @RID",
    )
)
TIDEGAUGE["fix"]["done"] = (
    "The jump lines up exactly with 11:20Z on a calm day with no surge, so it's the new radar, not the weather; the -0.067 m offset is the right correction."
)
FORGE["fix"]["after"].append(
    (
        "job.update",
        {"job_id": "FJ-2291", "galvaniser": "Anglian Galv (quote AG-Q-8812)"},
        "FJ-2291 galvaniser='Anglian Galv (quote AG-Q-8812)' | @RID",
    )
)
FORGE["fix"]["done"] = (
    "Anglian's quote is on the job card: GBP 465 + VAT with a slot on 10 December, and the full-length leaves fit their 7.2 m bath, unlike Norwich."
)
TRAM["fix"]["after"].append(
    (
        "tsr.get",
        {"tsr": "TSR-26-118"},
        "TSR-26-118 | S14 14/20-14/25 | 15 km/h | boards placed by P-way 06:12 | review on WO-26-7712 completion | @RID",
    )
)
TRAM["fix"]["done"] = (
    "The speed restriction is live with boards out and is tied to WO-26-7712, so it lifts once the arm at 14/23 is replaced."
)
WILDFIRE["fix"]["after"].append(
    (
        "unit.get",
        {"unit": "E-341"},
        "E-341 | type 3 engine | crew 3 (capt. L. Ortega) | available at Ridgeway station | water 500 gal | @RID",
    )
)
WILDFIRE["fix"]["done"] = (
    "E-341 from Ridgeway is closest at about 24 minutes by road 2600, crewed and full of water; E-355 from Pine Flat is next at 41 minutes."
)
FOODBANK["fix"]["after"].append(
    (
        "pick_list.get",
        {"pick_list": "PL-1128-3"},
        "PL-1128-3 | 12 pallets | produce 4, frozen 3 (totes), canned 4, dry 1 | 10,020 lb | picker notes: none | @RID",
    )
)
FOODBANK["fix"]["done"] = (
    "Dock 4 is picking PL-1128-3 for T-3: 12 pallets, 10,020 lb, turkeys in totes, no carrots."
)
KILN["fix"]["after"].append(
    (
        "kiln.schedule",
        {"kilns": ["K2"], "from": "2026-11-28"},
        "K2: #K2-0612 firing until 12-01 cool | B-341 CO-4471 12-02 07:00 | next free 12-04 | @RID",
    )
)
KILN["fix"]["done"] = (
    "K2 is booked for CO-4471 on 2 December at 07:00 (B-341), straight after the current firing cools, which leaves three days for unloading and QC before the 5th."
)

LIFEBOAT["flaky"][4].append(
    (
        "service_return.get",
        {"return_id": "SR-KBN-2026-117"},
        "SR-KBN-2026-117 | state DRAFT | sections complete 6/6 | weather SW6-7 rough vis 4nm | ready to submit | @RID",
        "All six sections are complete; it's ready for the cox to sign.",
    )
)
TIDEGAUGE["flaky"][4].append(
    (
        "gauge.get",
        {"gauge": "TG-0417"},
        "TG-0417 Ardmore Quay | sensor radar VEGAPULS C23 s/n 51882011 | offset_m 0.000 | status QC_HOLD | @RID",
        "Offset is still zero on the gauge, so the fix is still to be applied.",
    )
)
FORGE["flaky"][4].append(
    (
        "consent.get",
        {"ref": "LBC/26/0714"},
        "LBC/26/0714 | cond. 4: details SUBMITTED 2026-11-28 (PP-DOC-88213), awaiting officer | @RID",
        "The consent record shows the details submitted and awaiting Penrose.",
    )
)
TRAM["flaky"][4].append(
    (
        "fault.get",
        {"fault_id": "F-26-1184"},
        "F-26-1184 | S14 Moss Bridge | notes 1 (04:05 trip: 3.41kA 62ms, arc signature) | status OPEN | @RID",
        "",
    )
)
WILDFIRE["flaky"][4].append(
    (
        "radio.log",
        {
            "channel": "NE-3 command",
            "to": "E-341",
            "msg": "spot forecast: SW 10-15 g25, RH 12%, W shift after 20:00",
        },
        "logged | ack E-341 | @RID",
        "E-341 has acknowledged the spot forecast.",
    )
)
KILN["flaky"][4].append(
    (
        "firing_log.get",
        {"firing": "#K2-0611"},
        "#K2-0611 | cone 10 red | top 10 down, bottom 9 @ 4 | TC drift +8C | attachments: K2-0611.csv | @RID",
        "The log shows reduction starting at 1008C, a bit late; I'll note it for the next firing.",
    )
)

_TOPS = {
    "lifeboat_station_launches": [
        "DEF-2210 D-874 trim tab ram leak (CLOSED)",
        "DEF-3012 13-41 steering pump noise (CLOSED)",
        "DEF-3380 13-41 steering ram weep (OPEN)",
    ],
    "herbarium_specimen_loans": [
        "WHB0011873 Begonia annulata, Gabon",
        "WHB0029940 Begonia eminii, Cameroon",
        "WHB0041102 Begonia oxyloba, Cameroon",
    ],
    "tide_gauge_datum_qc": [
        "EV-0401-2026-002 +0.41m",
        "EV-0417-2025-019 +0.55m",
        "EV-0417-2026-014 +0.63m",
    ],
    "forge_ironwork_commissions": [
        "NRO-CH-1887-02 estate ledger",
        "NRO-CH-PH-1912 photograph",
        "HE-LIST-1051223 listing text",
    ],
    "tram_overhead_line_faults": [
        "F-26-0112 S03 OC trips, reg arm",
        "F-26-0214 S14 bird strike",
        "F-26-0455 S09 cracked clamp",
    ],
    "wildfire_lookout_dispatch": [
        "DZ-208 type 1 NE-2",
        "DZ-231 type 2 NE-2",
        "DZ-115 type 2 SW-1 (assigned)",
    ],
    "food_bank_distribution": [
        "LOT-8812 canned chicken",
        "LOT-8840 tuna",
        "LOT-8902 beans w/ pork",
    ],
    "ceramics_kiln_firing": [
        "GL-17 celadon c10 red",
        "GL-22 Ying Qing c10 red",
        "GL-09 chun c10 red",
    ],
}


def _fuller_search(d):
    tool, steps, get = d["refine"]
    tops = _TOPS[d["name"]]
    out = []
    for i, (args, obs, note) in enumerate(steps):
        if i < len(steps) - 1:
            obs = obs.replace(
                " | @MS ms", " | top: " + "; ".join(tops[i % 3 :] + tops[: i % 3]) + " ... | @MS ms"
            )
        out.append((args, obs, note))
    d["refine"] = (tool, out, get)


DOMAINS = [LIFEBOAT, HERBARIUM, TIDEGAUGE, FORGE, TRAM, WILDFIRE, FOODBANK, KILN]


def _sync(d):
    """Opening reads of a record that a loop re-reads show that record's exact text."""
    recs = [d["rec"], d["rec2"], d["rec3"]]
    out = []
    for t, a, o in d["reads"]:
        for rt, ra, ro in recs:
            if rt == t and ra == a:
                o = ro
        out.append((t, a, o))
    d["reads"] = out


for _d in DOMAINS:
    _sync(_d)
    _fuller_search(_d)


def build():
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROG_KINDS)):
        for ki, (kind, _desc, fn) in enumerate(kinds):
            order = list(range(len(DOMAINS)))
            random.Random("%d:order:%s:%s" % (SEED, label, kind)).shuffle(order)
            for n, di in enumerate(order):
                rid = "%s-%s-%s-%03d" % (SET, label, kind, n)
                d = DOMAINS[di]
                shape = (n + ki) % 2
                steps = make(fn, d, rid, shape)
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


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "trajectories.jsonl"), "w") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")
