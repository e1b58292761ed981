"""Generate blind trajectory set 51 (``trajectories.jsonl``) for the loop detectors.

Standard library only and deterministic: every row seeds its own ``random.Random`` from
``SEED`` plus the row id, so running this script twice writes the same bytes.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 510051
OUT = Path(__file__).with_name("trajectories.jsonl")
PREFIX = "fiftyfirst"

Step = dict[str, Any]

# ---------------------------------------------------------------------------
# Noise that real systems add: ids, latencies, timestamps, key order, whitespace.
# ---------------------------------------------------------------------------

_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class Ctx:
    """Per-row state: the random stream, the domain and a clock."""

    def __init__(self, rng: random.Random, d: dict[str, Any]) -> None:
        self.rng = rng
        self.d = d
        self.t = datetime(
            2026,
            rng.randint(1, 11),
            rng.randint(1, 28),
            rng.randint(6, 21),
            rng.randint(0, 59),
            rng.randint(0, 59),
            rng.randint(0, 999) * 1000,
            tzinfo=UTC,
        )
        self.id_style = rng.randrange(6)
        self.ts_style = rng.randrange(6)
        self.serial = rng.randint(10000, 90000)

    # -- clock and ids ------------------------------------------------------
    def tick(self) -> None:
        self.t += timedelta(milliseconds=self.rng.randint(300, 45000))

    def stamp(self, style: int | None = None) -> tuple[str, Any]:
        s = self.ts_style if style is None else style
        t = self.t
        if s == 0:
            return "timestamp", t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if s == 1:
            return "ts", t.isoformat(timespec="milliseconds")
        if s == 2:
            return "date", t.strftime("%a, %d %b %Y %H:%M:%S GMT")
        if s == 3:
            return "server_time", int(t.timestamp())
        if s == 4:
            return "time", t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"
        return "@timestamp", t.strftime("%d/%b/%Y:%H:%M:%S +0000")

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def req_id(self, style: int | None = None) -> tuple[str, str]:
        s = self.id_style if style is None else style
        h = self.hexs
        if s == 0:
            return "request_id", f"{h(8)}-{h(4)}-4{h(3)}-{h(4)}-{h(12)}"
        if s == 1:
            return "requestId", "req_" + "".join(self.rng.choice(_ALNUM) for _ in range(24))
        if s == 2:
            return "x-amzn-trace-id", f"Root=1-{h(8)}-{h(24)}"
        if s == 3:
            return "traceparent", f"00-{h(32)}-{h(16)}-01"
        if s == 4:
            return "client-request-id", f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}".upper()
        return "trace_id", h(16)

    def latency(self) -> tuple[str, Any]:
        ms = self.rng.randint(18, 2400)
        s = self.rng.randrange(4)
        if s == 0:
            return "latency_ms", ms
        if s == 1:
            return "took", f"{ms / 1000:.3f}s"
        if s == 2:
            return "duration", f"PT{ms / 1000:.3f}S"
        return "elapsed_ms", ms

    def noise(self) -> dict[str, Any]:
        rng = self.rng
        out: dict[str, Any] = {}
        # Mostly the row's own style, sometimes another system's.
        k, v = self.req_id(None if rng.random() < 0.75 else rng.randrange(6))
        out[k] = v
        if rng.random() < 0.7:
            k2, v2 = self.latency()
            out[k2] = v2
        if rng.random() < 0.6:
            k3, v3 = self.stamp(None if rng.random() < 0.8 else rng.randrange(6))
            out[k3] = v3
        return out

    # -- rendering --------------------------------------------------------------
    def dumps(self, obj: dict[str, Any]) -> str:
        rng = self.rng
        items = list(obj.items())
        r = rng.random()
        if r < 0.35:
            rng.shuffle(items)
        elif r < 0.55:
            items = items[::-1]
        if rng.random() < 0.2:
            text = json.dumps(dict(items), indent=2, ensure_ascii=False)
        elif rng.random() < 0.5:
            text = json.dumps(dict(items), separators=(",", ":"), ensure_ascii=False)
        else:
            text = json.dumps(dict(items), ensure_ascii=False)
        return text + rng.choice(["", "", "", " ", "\n", "  ", " \n", "\t"])

    def obs(self, payload: dict[str, Any], noisy: bool = True) -> str:
        self.tick()
        body = dict(payload)
        if noisy:
            noise = self.noise()
            if self.rng.random() < 0.5:
                body = {**noise, **body}
            else:
                body.update(noise)
        text = self.dumps(body)
        if noisy and self.rng.random() < 0.15:
            text = self.rng.choice(["HTTP/1.1 200 OK\n", "200 OK ", "status=200 "]) + text
        return text

    def err(self, message: str) -> str:
        self.tick()
        rng = self.rng
        k, v = self.req_id(None if rng.random() < 0.7 else rng.randrange(6))
        s = rng.randrange(3)
        if s == 0:
            body: dict[str, Any] = {"error": {"message": message}, k: v}
            if rng.random() < 0.5:
                lk, lv = self.latency()
                body[lk] = lv
            return self.dumps(body)
        if s == 1:
            tk, tv = self.stamp()
            return f"ERROR {message} ({k}={v}; {tk}={tv})" + rng.choice(["", "\n", " "])
        return self.dumps({"ok": False, "message": message, k: v})

    # -- steps ------------------------------------------------------------------
    def say(self, text: str, observation: str | None = None) -> Step:
        step: Step = {"kind": "llm", "text": text}
        if observation is not None:
            step["observation"] = observation
        return step

    def call(self, tool: str, args: dict[str, Any], obs: str, error: bool = False) -> Step:
        return {"kind": "tool", "tool": tool, "args": args, "observation": obs, "error": error}

    def pick(self, pool: list[str]) -> str:
        return self.rng.choice(pool)


# ---------------------------------------------------------------------------
# Shared pieces
# ---------------------------------------------------------------------------


def opening(c: Ctx) -> list[Step]:
    d = c.d
    steps = [c.say(c.pick(d["acks"]), observation=c.pick(d["requests"]))]
    calls = d["opening"] if c.rng.random() < 0.6 else d["opening"][:1]
    for tool, args, payload in calls:
        steps.append(c.call(tool, dict(args), c.obs(payload)))
    return steps


def item_payload(c: Ctx, it: tuple[str, str, str]) -> dict[str, Any]:
    d = c.d
    return {d["id_key"]: it[0], "summary": it[1], **d["lookup_fields"]}


def lookup(c: Ctx, it: tuple[str, str, str], text: str | None = None) -> Step:
    d = c.d
    obs = text if text is not None else c.obs(item_payload(c, it))
    return c.call(d["lookup"], {d["id_key"]: it[0]}, obs)


def update(c: Ctx, it: tuple[str, str, str]) -> Step:
    d = c.d
    tool, field, const = d["update"]
    args = {d["id_key"]: it[0], field: it[2], **const}
    return c.call(tool, args, c.obs({d["id_key"]: it[0], **d["update_ok"]}))


def items(c: Ctx, start: int = 0) -> list[tuple[str, str, str]]:
    its = list(c.d["items"])
    return its[start:] + its[:start]


def fill(steps: list[Step], n: int, gen: Callable[[int], list[Step]]) -> list[Step]:
    i = 0
    while len(steps) < n:
        for s in gen(i):
            if len(steps) < n:
                steps.append(s)
        i += 1
    return steps


def fill_blocks(steps: list[Step], n: int, gen: Callable[[int], list[Step]], most: int) -> None:
    """Append whole blocks from gen while they fit in n steps (at most `most` blocks)."""
    for i in range(most):
        block = gen(i)
        if len(steps) + len(block) > n and len(steps) >= min(n, 7):
            return
        steps.extend(block)


def plural(noun: str) -> str:
    return noun + ("es" if noun.endswith(("x", "s")) else "s")


def cap(n: int, most: int) -> int:
    return max(8, min(n, most))


# ---------------------------------------------------------------------------
# Loop kinds
# ---------------------------------------------------------------------------


def loop_exact_repeat(c: Ctx, n: int) -> list[Step]:
    it = c.d["items"][0]
    line = c.pick(c.d["recheck"])
    frozen = c.obs(item_payload(c, it))
    tail = c.pick(["No change.", f"Still the same on {it[0]}.", "Same as before."])
    block = [c.say(line), lookup(c, it, frozen)]
    if c.rng.random() < 0.5:
        block.append(c.say(tail))
    steps = opening(c)
    return fill(steps, n, lambda i: [dict(s) for s in block])


_PARA = [
    "I'll take another look at {id} to make sure.",
    "Let me verify {id} one more time.",
    "Going back to {id} to double-check the details.",
    "Re-examining {id} before moving on.",
    "I want to confirm what {id} shows before I continue.",
    "Quick re-check on {id}.",
    "To be safe I'll open {id} again.",
]


def loop_paraphrased_repeat(c: Ctx, n: int) -> list[Step]:
    it = c.d["items"][0]
    pool = [p.format(id=it[0]) for p in _PARA] + list(c.d["recheck"])
    c.rng.shuffle(pool)
    steps = opening(c)
    return fill(steps, n, lambda i: [c.say(pool[i % len(pool)]), lookup(c, it)])


def loop_ab_oscillation(c: Ctx, n: int) -> list[Step]:
    d = c.d
    tool, key, a, b, why_a, why_b = d["toggle"]
    target_key, target = next(iter(d["symptom"].items()))
    ctool, cargs, _ = d["count"]

    def gen(i: int) -> list[Step]:
        val, why = (a, why_a) if i % 2 == 0 else (b, why_b)
        return [
            c.say(why),
            c.call(
                tool,
                {target_key: target, key: val},
                c.obs({target_key: target, key: val, "applied": True}),
            ),
            c.call(ctool, dict(cargs), c.obs(dict(d["symptom"]))),
        ]

    return fill(opening(c), n, gen)


_RETRY = [
    "That looks transient; retrying.",
    "Trying {tool} again.",
    "Probably a blip. One more attempt.",
    "Retrying the same call.",
    "Let me run that again.",
]


def loop_failing_tool_retry(c: Ctx, n: int) -> list[Step]:
    tool, args, msg = c.d["fail"]
    pool = [p.format(tool=tool) for p in _RETRY]

    def gen(i: int) -> list[Step]:
        out = [c.call(tool, dict(args), c.err(msg), error=True)]
        if c.rng.random() < 0.6:
            out.append(c.say(c.pick(pool)))
        return out

    return fill(opening(c), n, gen)


_AGAIN = [
    "Checking the {label} count again.",
    "Let me see where {label} stands now.",
    "Re-running the count.",
    "One more count to be sure.",
    "Querying {label} again.",
]


def loop_same_action_same_observation(c: Ctx, n: int) -> list[Step]:
    tool, args, label = c.d["count"]
    value = c.rng.randint(7, 40)
    payload = {label: value, "scope": next(iter(args.values()))}
    extras = [{}, {"timeout_s": 30}, {"use_cache": False}, {}, {"timeout_s": 60}]

    def gen(i: int) -> list[Step]:
        a = list({**args, **c.rng.choice(extras)}.items())
        c.rng.shuffle(a)
        out = [c.call(tool, dict(a), c.obs(payload))]
        if c.rng.random() < 0.7:
            out.insert(0, c.say(c.pick(_AGAIN).format(label=label)))
        return out

    return fill(opening(c), n, gen)


def loop_identical_monologue(c: Ctx, n: int) -> list[Step]:
    line = c.d["monologue"]
    return fill(opening(c), n, lambda i: [c.say(line)])


_FRESH = [
    "The record may have changed; fetching it.",
    "Let me get the latest version of {id}.",
    "Pulling {id} to see if anything moved.",
    "I'll check {id} for updates.",
    "Maybe it updated in the meantime.",
    "Let me refresh {id}.",
    "Getting {id} again in case another process touched it.",
]


def loop_identical_tool_calls(c: Ctx, n: int) -> list[Step]:
    it = c.d["items"][0]
    pool = [p.format(id=it[0]) for p in _FRESH]
    c.rng.shuffle(pool)

    def gen(i: int) -> list[Step]:
        out = [lookup(c, it)]
        if c.rng.random() < 0.65:
            out.insert(0, c.say(pool[i % len(pool)]))
        return out

    return fill(opening(c), n, gen)


_WAIT = [
    "Still running. Checking again shortly.",
    "Not finished yet, polling again.",
    "The {job} is still in progress.",
    "Waiting on the {job}.",
    "No result yet; I'll poll again.",
]


def loop_stuck_poll(c: Ctx, n: int) -> list[Step]:
    tool, args, label = c.d["job"]
    hb = (c.t - timedelta(minutes=c.rng.randint(40, 200))).strftime("%Y-%m-%dT%H:%M:%SZ")
    total = c.rng.choice([46, 214, 380, 1200])
    payload = {"state": "RUNNING", "progress": f"0/{total}", "last_heartbeat": hb}

    def gen(i: int) -> list[Step]:
        out = [c.call(tool, dict(args), c.obs(payload))]
        r = c.rng.random()
        if r < 0.4:
            secs = c.rng.choice([30, 60, 120])
            out.append(c.call("time.sleep", {"seconds": secs}, f"slept {secs}s"))
        elif r < 0.8:
            out.append(c.say(c.pick(_WAIT).format(job=label)))
        return out

    return fill(opening(c), n, gen)


def loop_three_step_cycle(c: Ctx, n: int) -> list[Step]:
    d = c.d
    stool, sargs = d["search"]
    vtool, reason = d["validate"]
    it = d["items"][0]
    last = c.pick(["Searching again for a better match.", "Let me try the search again.", ""])

    def gen(i: int) -> list[Step]:
        out = [
            c.call(stool, dict(sargs), c.obs({"hits": 1, "top": it[0]})),
            lookup(c, it),
            c.call(vtool, {d["id_key"]: it[0]}, c.obs({"ok": False, "reason": reason})),
        ]
        if last:
            out.append(c.say(last))
        return out

    return fill(opening(c), n, gen)


def _page_args(style: str, base: dict[str, Any], k: int, c: Ctx) -> dict[str, Any]:
    if style == "page":
        return {**base, "page": k + 1, "page_size": 3}
    if style == "offset":
        return {**base, "offset": 3 * k, "limit": 3}
    if k == 0:
        return {**base, "limit": 3}
    return {**base, "limit": 3, style: f"{c.hexs(6)}{k}=="}


def _page_obs(style: str, ids: list[str], k: int, last: bool, c: Ctx) -> dict[str, Any]:
    body: dict[str, Any] = {"items": ids}
    if style == "page":
        body["next_page"] = None if last else k + 2
    elif style == "offset":
        body["has_more"] = not last
    else:
        body["next_" + style] = None if last else f"{c.hexs(6)}{k + 1}=="
    return body


def loop_pagination_reset(c: Ctx, n: int) -> list[Step]:
    tool, base, style = c.d["list"]
    ids = [it[0] for it in c.d["items"][:3]]
    noun = c.d["noun"]
    lines = [
        f"Got the first three {plural(noun)}; fetching the next page.",
        "Next page.",
        f"Continuing through the {noun} list.",
        "Loading more results.",
    ]

    def gen(i: int) -> list[Step]:
        out = [
            c.call(tool, _page_args(style, base, 0, c), c.obs(_page_obs(style, ids, 0, False, c)))
        ]
        if c.rng.random() < 0.7:
            out.append(c.say(c.pick(lines)))
        return out

    return fill(opening(c), n, gen)


_FED_UP = [
    "I already told you.",
    "Why do you keep asking?",
    "Same answer as before.",
    "Please just use what I gave you.",
]


def loop_clarification(c: Ctx, n: int) -> list[Step]:
    qs, answers = c.d["clar"]
    steps = opening(c)
    steps.append(c.say(qs[0]))

    def gen(i: int) -> list[Step]:
        ans = answers[min(i, len(answers) - 1)]
        if i >= len(answers):
            ans = f"{answers[0]}. {c.pick(_FED_UP)}"
        q = qs[(i + 1) % len(qs)]
        if c.rng.random() < 0.4:
            q = c.pick(["Thanks. ", "Got it. ", "Understood. "]) + q
        return [c.say(q, observation=ans)]

    return fill(steps, n, gen)


def loop_duplicate_creation(c: Ctx, n: int) -> list[Step]:
    d = c.d
    tool, prefix = d["create"]
    family = tool.split(".")[0]
    it = d["items"][0]
    title = f"{it[0]}: {it[1]}"
    lines = [
        "It isn't showing up; creating it again.",
        f"I can't find the record for {it[0]}, so I'll create it.",
        "Search returns nothing, the create must have failed. Retrying the create.",
        "Still not listed. Creating once more.",
    ]

    def gen(i: int) -> list[Step]:
        c.serial += c.rng.randint(1, 9)
        return [
            c.call(
                tool,
                {"title": title, "ref": it[0]},
                c.obs({"id": f"{prefix}{c.serial}", "status": "accepted"}),
            ),
            c.call(f"{family}.search", {"query": it[0]}, c.obs({"total": 0, "results": []})),
            c.say(c.pick(lines)),
        ]

    return fill(opening(c), n, gen)


def loop_ineffective_arg_variation(c: Ctx, n: int) -> list[Step]:
    tool, args, msg = c.d["fail"]
    variants = list(c.d["variants"])
    c.rng.shuffle(variants)

    def gen(i: int) -> list[Step]:
        v = variants[i % len(variants)]
        k, val = next(iter(v.items()))
        out = [c.call(tool, {**args, **v}, c.err(msg), error=True)]
        if c.rng.random() < 0.75:
            out.append(
                c.say(
                    c.pick(
                        [
                            f"Maybe it's the {k}; trying {json.dumps(val)}.",
                            "Let me adjust the parameters and try again.",
                            f"Different {k} this time.",
                            "Trying another variation.",
                        ]
                    )
                )
            )
        return out

    return fill(opening(c), n, gen)


# ---------------------------------------------------------------------------
# Progress kinds (near misses)
# ---------------------------------------------------------------------------


def prog_terse_repeat_over_queue(c: Ctx, n: int) -> list[Step]:
    its = items(c, c.rng.randrange(3))
    steps = opening(c)
    n = cap(n, len(steps) + 3 * 5 + 1)
    fill_blocks(
        steps, n - 1, lambda i: [c.say(c.d["next_line"]), lookup(c, its[i]), update(c, its[i])], 5
    )
    steps.append(c.say(c.d["done"]))
    return steps


def prog_summarise_related_documents(c: Ctx, n: int) -> list[Step]:
    tool, docs = c.d["docs"]
    docs = list(docs)
    steps = opening(c)
    steps.append(
        c.call(
            "docs.search",
            {"q": c.d["noun"] + " guidance", "limit": len(docs)},
            c.obs({"ids": [x[0] for x in docs]}),
        )
    )
    n = cap(n, len(steps) + 2 * len(docs) + 1)
    k = max(1, min(len(docs), (n - len(steps) - 1) // 2))
    intro = ["Summary of", "Key point from", "From", "Noted from"]
    for doc_id, title, point in docs[:k]:
        steps.append(
            c.call(
                tool, {"id": doc_id}, c.obs({"id": doc_id, "title": title, "excerpt": point + "."})
            )
        )
        steps.append(c.say(f"{c.pick(intro)} {doc_id} ({title}): {point}."))
    joined = "; ".join(p for _, _, p in docs[:k])
    steps.append(c.say(f"Taken together: {joined}. That shapes how I handle each {c.d['noun']}."))
    return steps


def prog_alternating_fetch_update(c: Ctx, n: int) -> list[Step]:
    its = items(c, c.rng.randrange(4))
    steps = opening(c)
    n = cap(n, len(steps) + 2 * 7 + 1)

    def gen(i: int) -> list[Step]:
        return [lookup(c, its[i]), update(c, its[i])]

    fill_blocks(steps, n - 1, gen, 7)
    steps.append(c.say(c.d["done"]))
    return steps


def prog_retry_corrected_argument(c: Ctx, n: int) -> list[Step]:
    d = c.d
    tool, bad, msg, good = d["corrected"]
    steps = opening(c)
    steps.append(c.call(tool, dict(bad), c.err(msg), error=True))
    fix = c.pick(
        [
            "The error says what it wants; correcting the argument.",
            "Wrong format on my side. Fixing it.",
            "Reading the error: I'll pass the value the way the API expects.",
        ]
    )
    steps.append(c.say(fix))
    steps.append(
        c.call(
            tool, dict(good), c.obs({"ok": True, **{k: v for k, v in good.items() if k != "sql"}})
        )
    )
    its = items(c, 1)
    n = cap(n, len(steps) + 2 * 6 + 1)
    fill_blocks(steps, n - 1, lambda i: [lookup(c, its[i]), update(c, its[i])], 6)
    steps.append(c.say(d["done"]))
    return steps


def prog_rerun_shows_decrease(c: Ctx, n: int) -> list[Step]:
    tool, args, label = c.d["count"]
    its = items(c, c.rng.randrange(3))
    steps = opening(c)
    n = cap(n, len(steps) + 1 + 2 * 7 + 1)
    rounds = max(2, (n - len(steps) - 2) // 2)
    start = rounds + c.rng.choice([0, 0, 1, 2, 4])
    left = start
    steps.append(c.call(tool, dict(args), c.obs({label: left})))
    for i in range(rounds):
        left -= 1
        steps.append(update(c, its[i]))
        steps.append(c.call(tool, dict(args), c.obs({label: left})))
    steps.append(c.say(f"{label} went from {start} to {left}. " + c.d["done"]))
    return steps


def prog_sectioned_drafting(c: Ctx, n: int) -> list[Step]:
    its = items(c, 0)
    noun = c.d["noun"]
    steps = opening(c)
    steps.append(
        c.say(
            c.pick(
                [
                    f"I'll write the hand-off note one {noun} per section.",
                    f"Drafting the report now, a section for each {noun}.",
                    "Writing up the findings section by section.",
                ]
            )
        )
    )
    n = cap(n, len(steps) + len(its) + 1)
    fill(
        steps,
        n - 1,
        lambda i: [
            c.say(f"Section {i + 1}: {its[i][0]}. Finding: {its[i][1]}. Outcome: {its[i][2]}.")
        ],
    )
    steps.append(c.say("Draft complete. " + c.d["done"]))
    return steps


def prog_dequeue_identical_call(c: Ctx, n: int) -> list[Step]:
    d = c.d
    tool, args = d["queue"]
    its = items(c, c.rng.randrange(4))
    steps = opening(c)
    n = cap(n, len(steps) + 2 * 6 + 2)
    k = max(2, (n - len(steps) - 2) // 2)
    for i in range(k):
        it = its[i]
        steps.append(
            c.call(
                tool,
                dict(args),
                c.obs({"item": {d["id_key"]: it[0], "summary": it[1]}, "remaining": k - i - 1}),
            )
        )
        steps.append(update(c, it))
    steps.append(c.call(tool, dict(args), c.obs({"item": None, "remaining": 0})))
    steps.append(c.say(f"Queue empty after {k} {plural(d['noun'])}. " + d["done"]))
    return steps


def prog_poll_until_done(c: Ctx, n: int) -> list[Step]:
    tool, args, label = c.d["job"]
    total = c.rng.choice([46, 214, 380, 1200])
    steps = opening(c)
    n = cap(n, len(steps) + 14)
    polls = max(3, (n - len(steps) - 2) // 2)
    for i in range(polls):
        done = i == polls - 1
        frac = 1.0 if done else (i + 1) / polls * c.rng.uniform(0.85, 1.0)
        c.t += timedelta(seconds=c.rng.randint(20, 90))
        hb = c.t.strftime("%Y-%m-%dT%H:%M:%SZ")
        payload = {
            "state": "SUCCEEDED" if done else "RUNNING",
            "progress": f"{int(total * frac)}/{total}",
            "last_heartbeat": hb,
        }
        steps.append(c.call(tool, dict(args), c.obs(payload)))
        if not done:
            steps.append(
                c.call("time.sleep", {"seconds": 30}, "slept 30s")
                if c.rng.random() < 0.5
                else c.say(f"{label.capitalize()} at {int(total * frac)}/{total}.")
            )
    steps.append(c.say(f"The {label} finished all {total}. " + c.d["done"]))
    return steps


def prog_per_item_pipeline(c: Ctx, n: int) -> list[Step]:
    d = c.d
    stool, sargs = d["search"]
    vtool, _ = d["validate"]
    its = items(c, c.rng.randrange(4))
    steps = opening(c)
    n = cap(n, len(steps) + 3 * 5 + 1)

    def gen(i: int) -> list[Step]:
        it = its[i]
        return [
            c.call(stool, {**sargs, "ref": it[0]}, c.obs({"hits": 1, "top": it[0]})),
            lookup(c, it),
            c.call(vtool, {d["id_key"]: it[0]}, c.obs({"ok": True, "checked": it[1]})),
        ]

    fill_blocks(steps, n - 1, gen, 5)
    steps.append(c.say(d["done"]))
    return steps


def prog_paging_through_results(c: Ctx, n: int) -> list[Step]:
    tool, base, style = c.d["list"]
    all_ids = [it[0] for it in c.d["items"]]
    pages = [all_ids[i : i + 3] for i in range(0, len(all_ids), 3)]
    steps = opening(c)
    n = cap(n, len(steps) + 2 * len(pages) + 1)
    for k, ids in enumerate(pages):
        last = k == len(pages) - 1
        steps.append(
            c.call(tool, _page_args(style, base, k, c), c.obs(_page_obs(style, ids, k, last, c)))
        )
        if not last and len(steps) < n - 1 - (len(pages) - k - 1):
            steps.append(c.say(f"Page {k + 1}: {', '.join(ids)}. Moving on."))
    steps.append(
        c.say(f"All {len(all_ids)} {plural(c.d['noun'])} listed across {len(pages)} pages.")
    )
    return steps


def prog_multi_field_intake(c: Ctx, n: int) -> list[Step]:
    tool, fields = c.d["intake"]
    its = items(c, 0)
    steps = opening(c)
    n = cap(n, len(steps) + len(fields) + 3 + 3)
    for j in range(max(0, n - len(steps) - len(fields) - 3)):
        steps.append(lookup(c, its[j]))
    steps.append(c.say(fields[0][1]))
    for j in range(1, len(fields)):
        steps.append(c.say(fields[j][1], observation=fields[j - 1][2]))
    steps.append(c.say("Thanks, that's everything; submitting now.", observation=fields[-1][2]))
    ref = c.hexs(8)
    steps.append(
        c.call(tool, {k: v for k, _, v in fields}, c.obs({"id": ref, "status": "submitted"}))
    )
    steps.append(c.say(f"Submitted as {ref} with the details you gave."))
    return steps


def prog_batch_creation_distinct(c: Ctx, n: int) -> list[Step]:
    d = c.d
    tool, prefix = d["create"]
    its = items(c, c.rng.randrange(4))
    steps = opening(c)
    n = cap(n, len(steps) + 10 + 1)
    ids: list[str] = []

    def gen(i: int) -> list[Step]:
        it = its[i]
        c.serial += c.rng.randint(1, 9)
        ids.append(f"{prefix}{c.serial}")
        out = [
            c.call(
                tool,
                {"title": f"{it[0]}: {it[1]}", "ref": it[0]},
                c.obs({"id": ids[-1], "status": "created"}),
            )
        ]
        if c.rng.random() < 0.3:
            out.append(c.say(f"Filed {ids[-1]} for {it[0]}."))
        return out

    fill(steps, n - 1, gen)
    steps.append(c.say(f"Created {len(ids)} records, one per {d['noun']}: {', '.join(ids)}."))
    return steps


def prog_bisecting_parameter(c: Ctx, n: int) -> list[Step]:
    tool, base, param, values, ok_at, msg = c.d["bisect"]
    steps = opening(c)
    for v in values:
        if v > ok_at:
            steps.append(c.call(tool, {**base, param: v}, c.err(msg), error=True))
            steps.append(c.say(f"Too much at {param}={v}; halving."))
    n = cap(n, len(steps) + 8 + 1)
    chunk = 0

    def gen(i: int) -> list[Step]:
        nonlocal chunk
        chunk += 1
        return [
            c.call(
                tool,
                {**base, param: ok_at, "chunk": chunk},
                c.obs({"ok": True, "chunk": chunk, "processed": c.rng.randint(900, 99000)}),
            )
        ]

    fill(steps, n - 1, gen)
    steps.append(
        c.say(f"Worked through {chunk} chunks at {param}={ok_at}; none failed after the cut.")
    )
    return steps


# ---------------------------------------------------------------------------
# Domains. Each one carries its own tools, ids, vocabulary and assistant lines.
# ---------------------------------------------------------------------------

DOMAINS: dict[str, dict[str, Any]] = {}

DOMAINS["trade_settlement_breaks"] = {
    "requests": [
        "Ops queue for T+1 has a pile of unmatched DVP trades at DTC and Euroclear for fund "
        "ALPHA-EQ. Work the breaks, fix what is fixable on our side and tell me which ones "
        "need the custodian.",
        "Can you clear today's settlement breaks for ALPHA-EQ? Value date 2026-03-16. Amend "
        "our instructions where the SSI is wrong; anything else goes to BNY as a query.",
    ],
    "acks": [
        "I'll pull the unmatched breaks for ALPHA-EQ and the counterparty SSIs first.",
        "Starting with the break list for value date 2026-03-16, then the standing settlement "
        "instructions.",
    ],
    "opening": [
        (
            "recon.list_breaks",
            {"fund": "ALPHA-EQ", "value_date": "2026-03-16", "status": "UNMATCHED"},
            {"total": 9, "breaks": ["SB-0316-0042", "SB-0316-0047", "SB-0316-0051", "..."]},
        ),
        (
            "ssi.get_standing_instructions",
            {"counterparty_lei": "5493001KJTIIGC8Y1R12", "asset_class": "EQUITY"},
            {"pset": "INSESESS", "agent_bic": "ZKBKCHZZ80A", "safekeeping": "CH-8821-0"},
        ),
    ],
    "noun": "break",
    "id_key": "break_id",
    "items": [
        ("SB-0316-0042", "BUY 12,000 NESN SW vs ZKB, PSET mismatch", "INSESESS"),
        ("SB-0316-0047", "SELL 4,500 SAP GY vs DBFF, wrong safekeeping acct", "DE-4410-7"),
        ("SB-0316-0051", "BUY 30,000 VOD LN vs BARC, CREST participant id", "CRSTGB22"),
        ("SB-0316-0055", "SELL 900 ASML NA vs ABNA, settlement amount 0.02 EUR off", "AMT"),
        ("SB-0316-0058", "BUY 2,200 AAPL US vs GSCO, DTC participant 0005 vs 0352", "0005"),
        ("SB-0316-0060", "BUY 15,000 BARC LN vs HSBC, trade date keyed as 13 Mar", "TD"),
        ("SB-0316-0063", "SELL 7,750 TTE FP vs BNPA, Euroclear account 97311", "97311"),
        ("SB-0316-0066", "BUY 1,000 ROG SW vs UBSW, place of trade XSWX missing", "XSWX"),
        ("SB-0316-0069", "SELL 5,400 ENEL IM vs MIIB, PSET MOTIITMM expected", "MOTIITMM"),
        ("SB-0316-0071", "BUY 3,300 MSFT US vs JPMS, DTC 0352 vs 0902", "0352"),
    ],
    "lookup": "recon.get_break",
    "lookup_fields": {"status": "UNMATCHED", "counterparty_status": "NMAT", "age_days": 1},
    "update": ("recon.amend_instruction", "new_value", {"resend": True}),
    "update_ok": {"result": "AMENDED", "mt": "MT541", "matching": "PENDING_CPTY"},
    "search": ("swift.search_messages", {"mt": "MT548", "direction": "IN"}),
    "validate": (
        "recon.match_preview",
        "counterparty MT543 still carries PSET CRSTGB22; our side cannot fix it",
    ),
    "list": ("recon.list_breaks", {"fund": "ALPHA-EQ", "status": "UNMATCHED"}, "page"),
    "fail": (
        "custodian.resend_instruction",
        {"break_id": "SB-0316-0042", "custodian": "BNYM"},
        "403 Forbidden: entitlement SETTLE_WRITE missing for service account svc-recon-bot",
    ),
    "variants": [
        {"custodian": "BNYM", "timeout_s": 60},
        {"custodian": "BNY", "priority": "HIGH"},
        {"custodian": "BNYM", "channel": "SWIFT"},
        {"custodian": "BNYM", "channel": "API", "retries": 3},
        {"custodian": "bnym", "timeout_s": 120},
        {"custodian": "BNYM", "force": True},
    ],
    "corrected": (
        "recon.list_breaks",
        {"fund": "ALPHA-EQ", "value_date": "16/03/2026"},
        "400 Bad Request: value_date must be ISO-8601 (YYYY-MM-DD), got '16/03/2026'",
        {"fund": "ALPHA-EQ", "value_date": "2026-03-16"},
    ),
    "count": ("recon.count_breaks", {"fund": "ALPHA-EQ", "status": "UNMATCHED"}, "unmatched"),
    "toggle": (
        "recon.set_matching_tolerance",
        "price_tolerance_bps",
        5,
        10,
        "Five basis points is the desk standard; the wider setting might be hiding real "
        "price errors.",
        "Maybe the tolerance is too tight for the ASML amount; widening it to ten bps.",
    ),
    "symptom": {"break_id": "SB-0316-0055", "match_status": "NMAT", "reason": "SSI/PSET"},
    "monologue": "Still waiting on the custodian's MT548 status before I amend anything else.",
    "queue": ("ops_queue.claim_next", {"queue": "settlement-exceptions-emea"}),
    "job": ("recon.get_run", {"run_id": "RUN-20260316-0417"}, "matching engine run"),
    "clar": (
        [
            "Which value date should I work?",
            "Just to confirm, what value date are these breaks for?",
            "Before I amend anything, can you tell me the value date?",
        ],
        ["2026-03-16", "16 March, as I said", "2026-03-16. Same as before."],
    ),
    "intake": (
        "custody.submit_claim",
        [
            ("counterparty_bic", "Which counterparty BIC should the claim name?", "BARCGB22"),
            ("amount_eur", "What amount are we claiming, in EUR?", "1,842.10"),
            ("value_date", "Which value date did the late settlement hit?", "2026-03-13"),
            ("reason", "What reason code goes on it?", "late delivery, CSDR penalty"),
            ("contact", "Who at our end is the contact?", "ops-emea@alpha-am.com"),
        ],
    ),
    "create": ("bnym.create_query", "CQ-"),
    "bisect": (
        "recon.export_history",
        {"fund": "ALPHA-EQ"},
        "days",
        [120, 60, 30],
        30,
        "504 Gateway Timeout: upstream recon-archive did not answer within 30s",
    ),
    "docs": (
        "docs.fetch",
        [
            (
                "DTCC-B#22110",
                "DTCC notice: T+1 affirmation cut-off moves to 21:00 ET",
                "late affirmations now fall into next-day batch",
            ),
            (
                "EB-2026-014",
                "Euroclear: settlement calendar for Good Friday",
                "no EUR settlement on 3 April; trades roll to 6 April",
            ),
            (
                "CSDR-PEN-FEB",
                "CSDR cash penalty report, February",
                "EUR 4,210 debited, 61% from PSET mismatches",
            ),
            (
                "BNYM-OPS-77",
                "BNY ops bulletin: SSI golden source migration",
                "old CREST ids rejected after 20 March",
            ),
            (
                "ISDA-SETT-9",
                "Internal memo: fail escalation matrix",
                "breaks older than 2 days go to the desk head",
            ),
        ],
    ),
    "recheck": [
        "Let me look at SB-0316-0042 again.",
        "Pulling SB-0316-0042 once more to see if the counterparty status moved.",
        "I'll re-read the break record for SB-0316-0042.",
        "Checking SB-0316-0042 again before I touch the instruction.",
        "One more look at the NESN break.",
        "Re-fetching the ZKB break to confirm the PSET.",
    ],
    "next_line": "Next break.",
    "done": "That batch of breaks is handled; remaining ones go to BNY as queries.",
}

DOMAINS["mssql_index_maintenance"] = {
    "requests": [
        "The nightly Ola Hallengren job skipped PRD-SQL04 last week. Check fragmentation on "
        "SalesDW and rebuild what needs it before Monday's load. Online only, don't block ETL.",
        "SalesDW on PRD-SQL04 is slow since the maintenance job failed. Sort out the index "
        "fragmentation tonight, online operations only please.",
    ],
    "acks": [
        "I'll check the IndexOptimize job history and the fragmentation numbers first.",
        "First the agent job history, then sys.dm_db_index_physical_stats on SalesDW.",
    ],
    "opening": [
        (
            "agent_jobs.history",
            {"server": "PRD-SQL04", "job_name": "IndexOptimize - USER_DATABASES", "top": 3},
            {
                "runs": [
                    {
                        "run_date": 20260314,
                        "status": "Failed",
                        "message": "Lock request "
                        "time out period exceeded. [SQLSTATE 42000] (Error 1222)",
                    }
                ]
            },
        ),
        (
            "mssql.query",
            {
                "server": "PRD-SQL04",
                "database": "SalesDW",
                "sql": "SELECT COUNT(*) FROM sys.dm_db_index_physical_stats(DB_ID(),NULL,NULL,"
                "NULL,'LIMITED') WHERE avg_fragmentation_in_percent > 30 AND "
                "page_count > 1000",
            },
            {"columns": ["(No column name)"], "rows": [[14]]},
        ),
    ],
    "noun": "index",
    "id_key": "index",
    "items": [
        ("sales.FactSales.IX_FactSales_DateKey", "78.4% fragmented, 412,880 pages", "REBUILD"),
        ("sales.FactSales.IX_FactSales_CustomerKey", "64.1%, 301,220 pages", "REBUILD"),
        ("sales.FactReturns.PK_FactReturns", "41.9%, 88,014 pages", "REBUILD"),
        ("dim.Customer.IX_Customer_Email", "33.0%, 12,400 pages", "REORGANIZE"),
        ("sales.FactOrderLine.IX_OrderLine_ProductKey", "71.2%, 512,331 pages", "REBUILD"),
        ("dim.Product.IX_Product_SKU", "29.8%, 6,120 pages", "REORGANIZE"),
        ("stage.OrderImport.IX_OrderImport_BatchId", "88.0%, 44,900 pages", "REBUILD"),
        ("sales.FactShipment.IX_Shipment_Carrier", "52.7%, 97,450 pages", "REBUILD"),
        ("dim.Store.PK_Store", "31.2%, 1,820 pages", "REORGANIZE"),
        ("sales.FactPayment.IX_Payment_Date", "47.5%, 130,006 pages", "REBUILD"),
    ],
    "lookup": "mssql.index_stats",
    "lookup_fields": {"index_type": "NONCLUSTERED", "fill_factor": 0, "page_splits_sec": 340},
    "update": ("mssql.alter_index", "operation", {"online": True, "maxdop": 4}),
    "update_ok": {"messages": ["Commands completed successfully."], "rows_affected": -1},
    "search": ("mssql.find_heavy_indexes", {"database": "SalesDW", "order_by": "page_count"}),
    "validate": (
        "mssql.estimate_rebuild",
        "tempdb free space 11 GB < estimated sort space 38 GB for ONLINE rebuild",
    ),
    "list": ("mssql.list_indexes", {"database": "SalesDW", "min_frag_pct": 30}, "offset"),
    "fail": (
        "mssql.alter_index",
        {"index": "sales.FactInventory.CCI_FactInventory", "operation": "REBUILD", "online": True},
        "Msg 2725, Level 16: An online operation cannot be performed for index "
        "'CCI_FactInventory' because the index contains column 'Notes' of data type "
        "nvarchar(max) on SQL Server 2016",
    ),
    "variants": [
        {"operation": "REBUILD", "online": True, "maxdop": 2},
        {"operation": "REBUILD", "online": True, "sort_in_tempdb": True},
        {"operation": "REBUILD", "online": True, "maxdop": 8, "timeout_s": 3600},
        {"operation": "REBUILD", "online": True, "wait_at_low_priority": 5},
        {"operation": "REBUILD", "online": True, "resumable": False},
        {"operation": "REBUILD", "online": True, "data_compression": "PAGE"},
    ],
    "corrected": (
        "mssql.index_stats",
        {"database": "SalesDW", "index": "FactSales.IX_FactSales_DateKey"},
        "Msg 15151: Cannot find the object 'FactSales' because it does not exist or you do "
        "not have permission (default schema is dbo)",
        {"database": "SalesDW", "index": "sales.FactSales.IX_FactSales_DateKey"},
    ),
    "count": (
        "mssql.count_fragmented",
        {"database": "SalesDW", "threshold_pct": 30},
        "fragmented_indexes",
    ),
    "toggle": (
        "mssql.set_fill_factor",
        "fill_factor",
        80,
        100,
        "Page splits are high, so leave room in the pages: fill factor 80.",
        "But FactSales is append-only on DateKey; 80 just wastes space. Back to 100.",
    ),
    "symptom": {
        "index": "sales.FactSales.IX_FactSales_DateKey",
        "page_splits_sec": 338,
        "avg_fragmentation_in_percent": 77.9,
    },
    "monologue": "Waiting for the current rebuild to release its Sch-M lock before the next.",
    "queue": ("dba_queue.next_task", {"queue": "prd-sql04-maint"}),
    "job": (
        "agent_jobs.status",
        {"server": "PRD-SQL04", "job_name": "IndexOptimize - SalesDW"},
        "IndexOptimize job",
    ),
    "clar": (
        [
            "What maintenance window can I use for the rebuilds?",
            "Sorry, which window am I allowed to run in?",
            "Can you confirm the maintenance window once more?",
        ],
        [
            "Saturday 01:00 to 05:00 UTC",
            "01:00-05:00 UTC Saturday, as I wrote",
            "Same as I said: Sat 01-05 UTC.",
        ],
    ),
    "intake": (
        "servicenow.create_change",
        [
            ("window", "Which window should the change record use?", "Sat 01:00-05:00 UTC"),
            ("cab_ref", "Is there a CAB reference?", "CAB-2026-0311"),
            ("rollback", "What rollback plan should I write?", "none needed, online op"),
            ("approver", "Who approves?", "j.okafor (DBA lead)"),
        ],
    ),
    "create": ("servicenow.create_incident", "INC00"),
    "bisect": (
        "mssql.purge_history",
        {"database": "SalesDW", "table": "stage.OrderImport", "older_than_days": 30},
        "batch_rows",
        [500000, 250000, 100000],
        100000,
        "Msg 9002: The transaction log for database 'SalesDW' is full due to 'ACTIVE_TRANSACTION'",
    ),
    "docs": (
        "wiki.get_page",
        [
            (
                "DBA-112",
                "Runbook: online index rebuilds on PRD-SQL04",
                "rebuild above 30% and 1,000 pages, reorganise 10-30%",
            ),
            (
                "DBA-118",
                "Post-incident: blocking during FactSales rebuild, Jan",
                "use WAIT_AT_LOW_PRIORITY with ABORT_AFTER_WAIT=SELF",
            ),
            (
                "DBA-121",
                "tempdb sizing for SalesDW",
                "tempdb grown to 64 GB; SORT_IN_TEMPDB now allowed",
            ),
            (
                "DBA-130",
                "ETL calendar Q1",
                "Monday load starts 04:30 UTC; nothing heavy after 04:00",
            ),
        ],
    ),
    "recheck": [
        "Let me re-run the stats for IX_FactSales_DateKey.",
        "Checking IX_FactSales_DateKey fragmentation again.",
        "I'll query the DateKey index once more.",
        "Another look at FactSales DateKey before rebuilding.",
        "Re-reading physical stats for the DateKey index.",
        "Confirming the fragmentation on IX_FactSales_DateKey.",
    ],
    "next_line": "Next index.",
    "done": "Those indexes are done, all ONLINE; the rest follow in the same window.",
}

DOMAINS["hs_code_tariff_classification"] = {
    "requests": [
        "We launch the SS27 drop 3 in the UK and Canada next month. Classify the new SKUs to "
        "10-digit HS codes for GB and CA and flag anything carrying anti-dumping duty.",
        "Customs broker needs commodity codes for the new SS27 drop before the first "
        "shipment. GB and CA tariffs please, 10 digits.",
    ],
    "acks": [
        "I'll pull the drop from the PIM and check the GB tariff structure for knitwear.",
        "Fetching the SS27 drop 3 products with composition and construction first.",
    ],
    "opening": [
        (
            "pim.get_products",
            {
                "collection": "SS27-drop-3",
                "fields": ["sku", "title", "composition", "construction"],
            },
            {
                "count": 38,
                "first": {
                    "sku": "SKU-88213",
                    "title": "Merino crew-neck",
                    "composition": "100% wool",
                    "construction": "knitted",
                },
            },
        ),
        (
            "tariff.lookup",
            {"hs_code": "6110", "country": "GB"},
            {
                "heading": "6110",
                "description": "Jerseys, pullovers, cardigans, knitted",
                "leaf_codes": 14,
            },
        ),
    ],
    "noun": "SKU",
    "id_key": "sku",
    "items": [
        ("SKU-88213", "Merino crew-neck, 100% wool, knitted", "6110111000"),
        ("SKU-88217", "Cotton poplin shirt, woven, men's", "6205200000"),
        ("SKU-88220", "Leather belt, cowhide, steel buckle", "4203300000"),
        ("SKU-88224", "Canvas tote, 100% cotton, printed", "4202921900"),
        ("SKU-88229", "Stainless vacuum tumbler, 500 ml", "9617000000"),
        ("SKU-88231", "Ceramic mug, stoneware, 350 ml", "6912002310"),
        ("SKU-88235", "Wool-blend beanie, 70/30, knitted", "6505003090"),
        ("SKU-88238", "Sunglasses, polycarbonate lenses", "9004109100"),
        ("SKU-88240", "Hoodie, 60% cotton 40% polyester, knitted", "6110209100"),
        ("SKU-88244", "Silk scarf, printed, 90x90", "6214100000"),
    ],
    "lookup": "pim.get_product",
    "lookup_fields": {"origin": "PT", "hs_code_gb": None, "hs_code_ca": None},
    "update": ("pim.set_attribute", "value", {"attribute": "hs_code_gb"}),
    "update_ok": {"saved": True, "workflow": "classification_review"},
    "search": ("tariff.search", {"country": "GB", "q": "vacuum flask stainless"}),
    "validate": (
        "tariff.validate_code",
        "9617000000 valid, but measure 551 anti-dumping (CN origin) needs origin proof; "
        "origin field PT conflicts with supplier invoice CN",
    ),
    "list": ("pim.list_products", {"collection": "SS27-drop-3", "missing": "hs_code_gb"}, "cursor"),
    "fail": (
        "customs_rulings.search",
        {"q": "vacuum tumbler stainless double wall", "jurisdiction": "GB"},
        "401 Unauthorized: API key expired on 2026-02-28; renew at developer portal",
    ),
    "variants": [
        {"q": "vacuum tumbler", "jurisdiction": "GB"},
        {"q": "insulated tumbler", "jurisdiction": "UK"},
        {"q": "vacuum flask 9617", "jurisdiction": "GB", "limit": 5},
        {"q": "tumbler", "jurisdiction": "EU"},
        {"q": "stainless steel drinking vessel", "jurisdiction": "GB", "page": 2},
        {"q": "9617000000", "jurisdiction": "GB", "timeout": 30},
    ],
    "corrected": (
        "tariff.lookup",
        {"hs_code": "6110111000", "country": "UK"},
        "422 Unprocessable Entity: country must be ISO 3166-1 alpha-2; 'UK' is reserved, "
        "did you mean 'GB'?",
        {"hs_code": "6110111000", "country": "GB"},
    ),
    "count": (
        "pim.count_products",
        {"collection": "SS27-drop-3", "missing": "hs_code_gb"},
        "missing_hs_code_gb",
    ),
    "toggle": (
        "pim.set_attribute",
        "value",
        "9617000000",
        "7323930000",
        "It's a vacuum vessel, so heading 9617 (vacuum flasks) fits best.",
        "Then again it's stainless tableware, 7323.93 might be right instead.",
    ),
    "symptom": {"sku": "SKU-88229", "validation": "VALID", "note": "code exists in GB tariff"},
    "monologue": "Holding SKU-88229 until the GRI 3(b) essential-character question is settled.",
    "queue": ("classification_queue.pop", {"queue": "gb-ca-launch"}),
    "job": ("tariff.bulk_classify_status", {"job_id": "bcj_7Hq2xL"}, "bulk classification job"),
    "clar": (
        [
            "What's the fibre composition of SKU-88240?",
            "Could you tell me the composition of the hoodie, SKU-88240?",
            "I need the SKU-88240 fibre split to classify it; what is it?",
        ],
        [
            "60% cotton, 40% polyester",
            "60/40 cotton polyester, it's in the spec I pasted",
            "I already said: 60% cotton 40% poly.",
        ],
    ),
    "intake": (
        "hmrc.submit_atar_application",
        [
            (
                "description",
                "How should I describe the tumbler for the ruling?",
                "double-wall vacuum insulated stainless tumbler, 500 ml, lid",
            ),
            ("intended_use", "What's the intended use?", "drinks, retail consumer"),
            ("origin", "Country of origin?", "CN"),
            ("eori", "Which EORI should it be filed under?", "GB123456789000"),
            ("samples", "Can we send samples?", "yes, two units"),
        ],
    ),
    "create": ("jira.create_issue", "CLS-"),
    "bisect": (
        "tariff.bulk_lookup",
        {"country": "CA"},
        "batch_size",
        [200, 100, 50],
        50,
        "413 Request Entity Too Large",
    ),
    "docs": (
        "docs.fetch",
        [
            (
                "HMRC-VN-32",
                "HMRC guidance: classifying knitted garments",
                "knitted vs crocheted same heading; fibre by weight decides subheading",
            ),
            (
                "CBSA-D10-14",
                "CBSA memorandum D10-14-30 on textile origin",
                "CUSMA origin needs yarn-forward proof",
            ),
            (
                "WCO-OP-2024",
                "WCO opinion on vacuum insulated drinkware",
                "vacuum vessels in 9617 regardless of metal",
            ),
            (
                "UKGT-ADD-551",
                "UK trade remedy notice: steel drinkware",
                "anti-dumping 38.1% on CN origin until 2027",
            ),
            (
                "INT-CLS-02",
                "Internal classification policy",
                "two-person review for any code with trade remedy",
            ),
        ],
    ),
    "recheck": [
        "Let me look up SKU-88213 again.",
        "Pulling the merino crew-neck record once more.",
        "I'll fetch SKU-88213 again to check the construction field.",
        "Checking SKU-88213 one more time.",
        "Re-reading the product record for SKU-88213.",
        "Another fetch of SKU-88213 before I commit a code.",
    ],
    "next_line": "Next SKU.",
    "done": "GB codes saved for this set of SKUs; the tumbler is flagged for trade-remedy review.",
}

DOMAINS["pii_column_classification"] = {
    "requests": [
        "Legal wants every PII column in prod_lakehouse.crm tagged before Thursday's DPIA "
        "review. Scan it, tag what's personal data with the right class, list the ambiguous "
        "ones.",
        "Please classify the crm schema in the lakehouse for personal data and apply the "
        "pii.* tags. DPIA is on Thursday.",
    ],
    "acks": [
        "I'll list the tables in prod_lakehouse.crm and look at the biggest one first.",
        "Starting with the table list and the contacts table definition.",
    ],
    "opening": [
        (
            "catalog.list_tables",
            {"catalog": "prod_lakehouse", "schema": "crm"},
            {
                "tables": ["contacts", "accounts", "opportunities", "web_sessions", "notes"],
                "count": 5,
            },
        ),
        (
            "catalog.get_table",
            {"full_name": "prod_lakehouse.crm.contacts"},
            {"columns": 31, "owner": "crm-data-eng", "tags": []},
        ),
    ],
    "noun": "column",
    "id_key": "column",
    "items": [
        ("prod_lakehouse.crm.contacts.email_primary", "98% match email regex", "pii.email"),
        ("prod_lakehouse.crm.contacts.mobile_e164", "94% E.164 numbers", "pii.phone"),
        ("prod_lakehouse.crm.contacts.dob", "dates 1931-2007", "pii.date_of_birth"),
        ("prod_lakehouse.crm.contacts.postcode", "UK/IE postcodes", "pii.address"),
        ("prod_lakehouse.crm.web_sessions.client_ip", "IPv4/IPv6", "pii.online_identifier"),
        ("prod_lakehouse.crm.contacts.full_name", "free text names", "pii.name"),
        ("prod_lakehouse.crm.accounts.vat_number", "company VAT ids", "business.identifier"),
        ("prod_lakehouse.crm.web_sessions.device_id", "UUIDs, stable", "pii.online_identifier"),
        ("prod_lakehouse.crm.contacts.national_insurance", "AA123456C shape", "pii.gov_id"),
        ("prod_lakehouse.crm.notes.body", "free text, names in 23%", "pii.free_text"),
    ],
    "lookup": "catalog.sample_column",
    "lookup_fields": {"rows_sampled": 20, "masked": True, "null_pct": 3.1},
    "update": ("catalog.set_tag", "tag", {"propagate_lineage": False}),
    "update_ok": {"status": "APPLIED", "policy_attached": "mask_pii_default"},
    "search": ("catalog.search", {"q": "phone OR mobile", "schema": "crm"}),
    "validate": (
        "policy.check_tag",
        "tag pii.phone requires a masking policy on the column; none attached",
    ),
    "list": (
        "catalog.list_columns",
        {"schema": "prod_lakehouse.crm", "tagged": False},
        "page_token",
    ),
    "fail": (
        "catalog.set_tag",
        {"column": "prod_lakehouse.crm.contacts.email_primary", "tag": "pii.email"},
        "PERMISSION_DENIED: principal svc-gov-agent lacks APPLY TAG on schema prod_lakehouse.crm",
    ),
    "variants": [
        {"tag": "pii.email", "propagate_lineage": True},
        {"tag": "pii/email"},
        {"tag": "PII.EMAIL", "force": True},
        {"tag": "pii.email", "warehouse": "gov-xs"},
        {"tag": "pii.email", "comment": "DPIA"},
        {"tag": "pii.contact"},
    ],
    "corrected": (
        "catalog.sample_column",
        {"column": "contacts.email_primary", "rows": 20},
        "404 NOT_FOUND: column must be fully qualified as catalog.schema.table.column",
        {"column": "prod_lakehouse.crm.contacts.email_primary", "rows": 20},
    ),
    "count": (
        "catalog.count_untagged",
        {"schema": "prod_lakehouse.crm", "class": "pii"},
        "untagged_candidates",
    ),
    "toggle": (
        "catalog.set_tag",
        "tag",
        "pii.free_text",
        "internal.unclassified",
        "Notes mention customer names, so pii.free_text to be safe.",
        "Most notes are product chatter; tagging all of it PII blocks analysts. Untag.",
    ),
    "symptom": {
        "column": "prod_lakehouse.crm.notes.body",
        "name_hits_pct": 23.0,
        "decision": "undetermined",
    },
    "monologue": "Waiting for the DPO to say whether hashed emails still count as personal data.",
    "queue": ("governance_queue.next", {"queue": "dpia-crm"}),
    "job": ("scanner.get_scan", {"scan_id": "scn-20260409-crm"}, "PII scanner run"),
    "clar": (
        [
            "Which schema is in scope?",
            "Sorry, can you confirm the schema I should scan?",
            "Which catalog and schema did you mean?",
        ],
        [
            "prod_lakehouse.crm",
            "crm in prod_lakehouse, like I said",
            "prod_lakehouse.crm. Third time.",
        ],
    ),
    "intake": (
        "governance.create_exception",
        [
            ("requester", "Who is requesting unmasked access?", "m.santos (churn model)"),
            ("purpose", "What's the purpose?", "churn model features, DPIA-0412"),
            ("columns", "Which columns?", "dob, postcode"),
            ("expiry", "Until when?", "2026-06-30"),
            ("approver", "Who signs it off?", "the DPO, r.lindqvist"),
        ],
    ),
    "create": ("jira.create_issue", "DGOV-"),
    "bisect": (
        "catalog.profile_table",
        {"table": "prod_lakehouse.crm.web_sessions"},
        "sample_rows",
        [1000000, 500000, 250000],
        250000,
        "Query exceeded memory limit of 16.0 GB on warehouse gov-xs",
    ),
    "docs": (
        "docs.fetch",
        [
            (
                "POL-DC-01",
                "Data classification policy v3",
                "pii.* tags must carry a masking policy",
            ),
            ("DPIA-0412", "DPIA: churn model", "needs dob and postcode, masked by default"),
            (
                "ICO-IP",
                "ICO guidance on online identifiers",
                "IP addresses and device ids are personal data when linkable",
            ),
            (
                "POL-HASH",
                "Internal note on hashed identifiers",
                "unsalted SHA-256 emails still treated as pii",
            ),
        ],
    ),
    "recheck": [
        "Let me sample email_primary again.",
        "Sampling contacts.email_primary once more.",
        "I'll re-sample the email column to be sure.",
        "Another 20-row sample of email_primary.",
        "Checking the email_primary sample again.",
        "Re-running the sample on email_primary.",
    ],
    "next_line": "Next column.",
    "done": "Tags applied to those columns; notes.body and hashed emails listed for the DPO.",
}

DOMAINS["waf_false_positive_tuning"] = {
    "requests": [
        "Customers in Brazil say checkout returns a 403 since this morning. Find which WAF "
        "rule blocks them and carve out an exception that doesn't open the whole site.",
        "Checkout 403s for a chunk of shoppers on shop.example.com since ~09:00 UTC. Looks "
        "like the WAF. Can you find the rule and fix it narrowly?",
    ],
    "acks": [
        "I'll pull blocked firewall events on the checkout path and then the managed ruleset.",
        "Starting with Cloudflare firewall events for /api/checkout since 09:00 UTC.",
    ],
    "opening": [
        (
            "cloudflare.firewall_events",
            {
                "zone": "shop.example.com",
                "action": "block",
                "path_prefix": "/api/checkout",
                "since": "2026-04-08T09:00:00Z",
            },
            {"count": 1834, "top_rule": "100173", "top_country": "BR"},
        ),
        (
            "cloudflare.get_ruleset",
            {"zone": "shop.example.com", "phase": "http_request_firewall_managed"},
            {"rules": 412, "version": "87", "last_updated": "2026-04-08T08:41:12Z"},
        ),
    ],
    "noun": "event",
    "id_key": "ray_id",
    "items": [
        ("8a1f3c2d9b7e4a10-GRU", "POST /api/checkout/pay, rule 100173 SQLi body", "skip"),
        ("8a1f3c31aa0c5b22-GRU", "POST /api/checkout/pay, rule 100173", "skip"),
        ("8a1f3c48cd119e03-GIG", "POST /api/checkout/address, rule 100201 XSS", "skip"),
        ("8a1f3c5e02bb7f41-GRU", "POST /api/checkout/pay, rule 100173", "skip"),
        ("8a1f3c77e81d3c95-FOR", "GET /search?q=, rule 100016 path", "keep"),
        ("8a1f3c8a0f44d1e6-GRU", "POST /api/checkout/coupon, rule 100173", "skip"),
        ("8a1f3c9b3a6c2f70-LIS", "POST /wp-login.php, rule 100045", "keep"),
        ("8a1f3cab9de05a18-GRU", "POST /api/checkout/pay, rule 100173", "skip"),
        ("8a1f3cc1477f8b2a-SCL", "POST /api/checkout/pay, rule 100173", "skip"),
        ("8a1f3cd6c2e39d4b-GRU", "POST /api/checkout/address, rule 100201", "skip"),
    ],
    "lookup": "cloudflare.get_event",
    "lookup_fields": {
        "action": "block",
        "ua": "Mozilla/5.0 (Linux; Android 14)",
        "matched": "cpf=123.456.789-09",
    },
    "update": ("cloudflare.label_event", "verdict", {"zone": "shop.example.com"}),
    "update_ok": {"labelled": True},
    "search": (
        "cloudflare.firewall_events",
        {"zone": "shop.example.com", "rule_id": "100173", "limit": 1},
    ),
    "validate": (
        "waf.replay_request",
        "still blocked by 100173: skip rule 'checkout-br' sits after the managed ruleset",
    ),
    "list": (
        "cloudflare.firewall_events",
        {"zone": "shop.example.com", "action": "block"},
        "cursor",
    ),
    "fail": (
        "cloudflare.update_ruleset",
        {"zone": "shop.example.com", "rule_id": "100173", "action": "log"},
        "403 Forbidden: Authentication error (10000): API token lacks 'Zone WAF: Edit'",
    ),
    "variants": [
        {"action": "log", "description": "BR checkout FP"},
        {"action": "managed_challenge"},
        {"action": "log", "enabled": True},
        {"action": "skip", "phase": "http_request_firewall_managed"},
        {"action": "log", "ref": "fp-br-1"},
        {"action": "js_challenge", "ttl": 3600},
    ],
    "corrected": (
        "cloudflare.firewall_events",
        {"zone": "shop.example.com", "since": "09:00"},
        "400 Bad Request: 'since' must be RFC 3339, e.g. 2026-04-08T09:00:00Z",
        {"zone": "shop.example.com", "since": "2026-04-08T09:00:00Z"},
    ),
    "count": (
        "cloudflare.analytics",
        {"zone": "shop.example.com", "path": "/api/checkout/*", "action": "block", "window": "15m"},
        "blocked_15m",
    ),
    "toggle": (
        "cloudflare.set_rule_action",
        "action",
        "log",
        "block",
        "Switching 100173 to log stops the false positives at checkout.",
        "Log mode lets real SQLi through on every path; putting it back to block.",
    ),
    "symptom": {"path": "/api/checkout/pay", "blocked_15m": 211, "rule": "100173"},
    "monologue": "Waiting for the ruleset change to propagate before I look at events again.",
    "queue": ("soc_queue.next_alert", {"queue": "waf-fp"}),
    "job": ("splunk.job_status", {"sid": "1712563200.48213"}, "Splunk search job"),
    "clar": (
        [
            "Which zone is checkout served from?",
            "To be sure: what's the zone name for checkout?",
            "Which hostname should I scope the exception to?",
        ],
        ["shop.example.com", "shop.example.com, same as the request", "shop.example.com!"],
    ),
    "intake": (
        "jira.create_issue",
        [
            ("zone", "Which zone does the exception cover?", "shop.example.com"),
            ("path", "Which path?", "/api/checkout/pay"),
            ("rule_id", "Which managed rule should be skipped?", "100173"),
            ("expiry", "When should it be reviewed?", "2026-05-08"),
        ],
    ),
    "create": ("jira.create_issue", "SECOPS-"),
    "bisect": (
        "splunk.search",
        {"index": "cf_logs", "query": "action=block rule=100173"},
        "earliest_days",
        [7, 3, 1],
        1,
        "Search auto-finalized after reaching the 500,000 event limit",
    ),
    "docs": (
        "docs.fetch",
        [
            (
                "CF-CL-0408",
                "Cloudflare changelog 2026-04-08",
                "managed rule 100173 sensitivity raised for JSON bodies",
            ),
            (
                "RB-WAF-3",
                "Runbook: WAF exceptions",
                "skip rules must match path and method, never whole host",
            ),
            ("PCI-6.4", "PCI DSS 6.4.2 note", "public web apps need an active WAF in block mode"),
            (
                "INC-2291",
                "Post-incident: CPF field false positives 2025",
                "Brazilian CPF format trips SQLi heuristics",
            ),
        ],
    ),
    "recheck": [
        "Let me pull ray 8a1f3c2d9b7e4a10-GRU again.",
        "Fetching that GRU event once more.",
        "I'll look at event 8a1f3c2d9b7e4a10-GRU again.",
        "Checking the first blocked checkout request again.",
        "Re-reading the 8a1f3c2d event.",
        "One more look at the GRU ray id.",
    ],
    "next_line": "Next event.",
    "done": "Checkout events triaged; the exception stays narrow and 100173 stays in block.",
}

DOMAINS["sharepoint_oversharing_audit"] = {
    "requests": [
        "Before we switch Copilot on for Finance, find SharePoint sites shared with "
        "'Everyone except external users' and remove that grant where it shouldn't be. "
        "Leave the intranet home site alone.",
        "Copilot readiness for Finance: audit the finance sites for EEEU grants and clean "
        "them up. Not the intranet landing site.",
    ],
    "acks": [
        "I'll search for finance sites and read the permissions on the first one.",
        "Listing the Finance sites from Graph, then their permission grants.",
    ],
    "opening": [
        (
            "graph.sites.search",
            {"search": "FIN", "$top": 50},
            {
                "value_count": 11,
                "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#sites",
            },
        ),
        (
            "graph.get_site_permissions",
            {
                "site_id": "contoso.sharepoint.com,4f1c0b7e-2d1a-4c55-9a0e-6e0f5b1c2a11,"
                "9b7d21c3-5e8f-4a6b-b1c2-0d3e4f5a6b7c"
            },
            {"grants": [{"principal": "Everyone except external users", "role": "read"}]},
        ),
    ],
    "noun": "site",
    "id_key": "site",
    "items": [
        ("FIN-Close-FY26", "EEEU read on Shared Documents", "remove"),
        ("FIN-Payroll-Archive", "EEEU edit on /Payroll 2019", "remove"),
        ("FIN-AP-Invoices", "EEEU read via 'Org-wide link'", "remove"),
        ("FIN-Budget-Planning", "EEEU read on site", "remove"),
        ("FIN-Treasury", "no EEEU; owners only", "none"),
        ("FIN-Audit-KPMG", "EEEU read on Evidence library", "remove"),
        ("FIN-Tax-Provisions", "EEEU edit on site", "remove"),
        ("FIN-Policies", "EEEU read, meant to be public", "keep"),
        ("FIN-Board-Packs", "EEEU read on /Drafts", "remove"),
        ("FIN-Procurement", "EEEU read via sharing link", "remove"),
    ],
    "lookup": "graph.get_site_permissions",
    "lookup_fields": {"sensitivity_label": "Confidential", "owners": 2},
    "update": ("spo.remove_group_grant", "action", {"principal": "Everyone except external users"}),
    "update_ok": {"removed": True, "affected_items": 1},
    "search": ("purview.search", {"label": "Highly Confidential", "workload": "SharePoint"}),
    "validate": (
        "purview.check_site",
        "site still reachable by EEEU through an org-wide sharing link on /Drafts",
    ),
    "list": ("graph.sites.list", {"filter": "startswith(name,'FIN')"}, "skiptoken"),
    "fail": (
        "spo.remove_group_grant",
        {"site": "FIN-Payroll-Archive", "principal": "Everyone except external users"},
        "403 Access denied. You do not have permission to perform this action or access this "
        "resource. (Site collection admin required)",
    ),
    "variants": [
        {"principal": "Everyone except external users", "scope": "web"},
        {"principal": "c:0-.f|rolemanager|spo-grid-all-users"},
        {"principal": "Everyone except external users", "recursive": True},
        {"principal": "EEEU", "api": "beta"},
        {"principal": "Everyone except external users", "retry_after_s": 30},
        {"principal": "Everyone except external users", "list": "Payroll 2019"},
    ],
    "corrected": (
        "graph.get_site_permissions",
        {"site_id": "FIN-Close-FY26"},
        "400 invalidRequest: Invalid hostname for this tenancy; site id must be "
        "'{hostname},{siteCollectionId},{webId}'",
        {
            "site_id": "contoso.sharepoint.com,7a2b9c1d-0e3f-4a5b-8c6d-1e2f3a4b5c6d,"
            "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"
        },
    ),
    "count": ("spo.report_oversharing", {"filter": "FIN", "principal": "EEEU"}, "sites_with_eeeu"),
    "toggle": (
        "spo.set_sharing_capability",
        "sharing",
        "Disabled",
        "ExistingExternalUserSharingOnly",
        "Board packs are sensitive; disable external sharing on FIN-Board-Packs.",
        "The company secretary shares drafts with two NEDs; re-enabling existing-guest sharing.",
    ),
    "symptom": {"site": "FIN-Board-Packs", "eeeu_grant": True, "copilot_reachable": True},
    "monologue": "Waiting on the site owner to reply about whether FIN-Close should stay open.",
    "queue": ("audit_queue.next_site", {"queue": "copilot-readiness-finance"}),
    "job": (
        "spo.get_report_job",
        {"report": "DataAccessGovernance/EEEU", "id": "dag-5512"},
        "data access governance report",
    ),
    "clar": (
        [
            "Which department's sites are in scope?",
            "Can you confirm which department I'm auditing?",
            "Which sites should I include, which department?",
        ],
        ["Finance", "Finance, as in the request", "FINANCE. It's in the first message."],
    ),
    "intake": (
        "forms.submit_exception",
        [
            ("site", "Which site needs an exception?", "FIN-Policies"),
            ("justification", "What's the business reason?", "published finance policies"),
            ("owner", "Who owns it?", "a.murphy"),
            ("review_date", "When should it be reviewed?", "2026-10-01"),
        ],
    ),
    "create": ("planner.create_task", "task-"),
    "bisect": (
        "purview.audit_search",
        {"operations": ["SharingSet"], "site": "FIN*"},
        "days",
        [90, 30, 14],
        14,
        "ResultSize exceeds 50,000 records; narrow the date range",
    ),
    "docs": (
        "sharepoint.get_file",
        [
            (
                "MS-COP-READY",
                "Microsoft: Copilot oversharing blueprint",
                "start with EEEU and org-wide links on top 100 sites",
            ),
            (
                "IT-SEC-17",
                "Internal: SharePoint permission standard",
                "finance sites owner-managed, no org-wide grants",
            ),
            (
                "RAC-2026-02",
                "Restricted Access Control pilot notes",
                "RAC limits Copilot to site members",
            ),
            (
                "DLP-FIN-3",
                "Finance DLP policy",
                "payroll and tax data labelled Highly Confidential",
            ),
        ],
    ),
    "recheck": [
        "Let me read FIN-Close-FY26's permissions again.",
        "Pulling permissions for FIN-Close-FY26 once more.",
        "I'll check the FIN-Close-FY26 grants again.",
        "Another look at who can see FIN-Close-FY26.",
        "Re-reading the FIN-Close-FY26 permission list.",
        "Checking FIN-Close-FY26 again before I remove anything.",
    ],
    "next_line": "Next site.",
    "done": "EEEU cleaned up on those finance sites; FIN-Policies keeps it under an exception.",
}

DOMAINS["apparel_returns_restocking"] = {
    "requests": [
        "Leeds returns centre has a spring-sale backlog. Process the inspected returns in bin "
        "RTN-B14: restock what passed QC, refund the customers, send damaged items to outlet.",
        "Can you work through bin RTN-B14 at LDS1? Inspected returns: A-grade back to stock, "
        "B-grade to the outlet, refund everyone.",
    ],
    "acks": [
        "I'll look at the bin contents and the inspected returns list for LDS1.",
        "First the bin RTN-B14 contents, then the INSPECTED returns.",
    ],
    "opening": [
        (
            "wms.get_bin",
            {"warehouse": "LDS1", "bin": "RTN-B14"},
            {"units": 63, "rmas": 41, "oldest": "2026-04-02"},
        ),
        (
            "returns.list",
            {"warehouse": "LDS1", "status": "INSPECTED", "bin": "RTN-B14", "limit": 5},
            {"total": 41, "items": ["RMA-7731204", "RMA-7731208", "RMA-7731215", "..."]},
        ),
    ],
    "noun": "return",
    "id_key": "rma",
    "items": [
        ("RMA-7731204", "Linen shirt M sky, QC A", "RESTOCK"),
        ("RMA-7731208", "Chino 32/32 stone, QC A", "RESTOCK"),
        ("RMA-7731215", "Knit cardigan S oat, QC B pilling", "OUTLET"),
        ("RMA-7731219", "Trainer UK8 white, QC A", "RESTOCK"),
        ("RMA-7731223", "Denim jacket L, QC C torn", "WRITE_OFF"),
        ("RMA-7731230", "Linen dress 10 sage, QC A", "RESTOCK"),
        ("RMA-7731236", "Swim short M navy, hygiene seal broken", "WRITE_OFF"),
        ("RMA-7731241", "Polo L white, QC B mark", "OUTLET"),
        ("RMA-7731247", "Overshirt M olive, QC A", "RESTOCK"),
        ("RMA-7731252", "Sandal 39 tan, QC A", "RESTOCK"),
    ],
    "lookup": "returns.get_rma",
    "lookup_fields": {"status": "INSPECTED", "refund": "PENDING", "channel": "web"},
    "update": ("returns.disposition", "disposition", {"warehouse": "LDS1", "refund": True}),
    "update_ok": {"ok": True, "refund_id": "re_pending", "stock_move": "CREATED"},
    "search": ("oms.find_order", {"email": "k.ahmed@example.co.uk"}),
    "validate": (
        "payments.refund_preview",
        "original card expired 03/26; Adyen returns 'Refused: card expired' for refunds",
    ),
    "list": (
        "returns.list",
        {"warehouse": "LDS1", "status": "INSPECTED", "bin": "RTN-B14"},
        "page",
    ),
    "fail": (
        "payments.refund",
        {"rma": "RMA-7731204", "amount_gbp": "45.00", "psp_ref": "ch_3PqA91LkdIwHu7ix0Zb2"},
        "409 Conflict: charge ch_3PqA91LkdIwHu7ix0Zb2 has already been refunded in full",
    ),
    "variants": [
        {"amount_gbp": "45.00", "reason": "return"},
        {"amount_gbp": "44.99"},
        {"amount_gbp": "45.00", "idempotency_key": "rfd-7731204-2"},
        {"amount_gbp": "45", "reverse_transfer": True},
        {"amount_gbp": "45.00", "metadata": {"bin": "RTN-B14"}},
        {"amount_gbp": "22.50"},
    ],
    "corrected": (
        "wms.move_stock",
        {"sku": "LS-SKY-M", "to_location": "A-12-03", "qty": 1},
        "422 Unprocessable: to_location must be a full location code like LDS1-A12-03",
        {"sku": "LS-SKY-M", "to_location": "LDS1-A12-03", "qty": 1},
    ),
    "count": ("returns.count", {"bin": "RTN-B14", "status": "INSPECTED"}, "remaining"),
    "toggle": (
        "returns.disposition",
        "disposition",
        "RESTOCK",
        "OUTLET",
        "The pilling on RMA-7731215 is light; it can go back to stock.",
        "Customers will notice pilling on a full-price cardigan; outlet instead.",
    ),
    "symptom": {"rma": "RMA-7731215", "qc_grade": "B", "qc_note": "light pilling at cuffs"},
    "monologue": "Waiting for the QC photos to upload before I decide on RMA-7731219.",
    "queue": ("returns.next_in_bin", {"warehouse": "LDS1", "bin": "RTN-B14"}),
    "job": ("payments.refund_batch_status", {"batch_id": "rb_20260411_LDS1_03"}, "refund batch"),
    "clar": (
        [
            "Which bin should I work from?",
            "Just checking, which bin is the backlog in?",
            "Can you confirm the bin code?",
        ],
        ["RTN-B14", "RTN-B14 as I said", "RTN-B14, it's in my first message"],
    ),
    "intake": (
        "carrier.file_claim",
        [
            ("tracking", "What's the return tracking number?", "JD014600003826512345"),
            ("declared_value", "Declared value?", "GBP 89.00"),
            ("contents", "What was in the parcel?", "denim jacket and belt"),
            ("collected_on", "When was it collected?", "2026-04-04"),
        ],
    ),
    "create": ("zendesk.create_ticket", ""),
    "bisect": (
        "returns.bulk_disposition",
        {"warehouse": "LDS1", "disposition": "RESTOCK"},
        "batch_size",
        [200, 100, 50],
        50,
        "504 Gateway Time-out (nginx)",
    ),
    "docs": (
        "docs.fetch",
        [
            (
                "RET-POL-4",
                "Returns policy v4",
                "refund within 14 days of receipt; hygiene items excluded",
            ),
            ("QC-GRD-2", "QC grading guide", "A restock, B outlet, C write-off or recycle"),
            ("OUT-SOP", "Outlet transfer SOP", "outlet stock ships weekly on Thursday cage"),
            (
                "FIN-RFD-9",
                "Finance note on expired cards",
                "expired card refunds go as store credit or bank transfer",
            ),
        ],
    ),
    "recheck": [
        "Let me pull RMA-7731204 again.",
        "Fetching RMA-7731204 once more.",
        "I'll check the linen shirt return again.",
        "Re-reading RMA-7731204 before I dispose of it.",
        "Checking RMA-7731204's status again.",
        "Another look at RMA-7731204.",
    ],
    "next_line": "Next return.",
    "done": "Those returns are dispositioned and refunded; I'll carry on down RTN-B14.",
}

DOMAINS["commercial_lease_abstraction"] = {
    "requests": [
        "We closed on the Riverside portfolio. Abstract the retail leases in the data room "
        "into Yardi: rent schedule, options, CAM caps, co-tenancy. Flag conflicts with the "
        "rent roll.",
        "Please abstract the Riverside Plaza leases into Yardi and reconcile them against the "
        "seller's rent roll.",
    ],
    "acks": [
        "I'll list the lease folder in the data room and pull the seller's rent roll.",
        "Starting with the data room folder and the RIV-01 rent roll.",
    ],
    "opening": [
        (
            "dataroom.list_files",
            {"folder": "/Riverside/02 Leases", "limit": 5},
            {"total": 12, "files": ["Lease_Suite110_BlueHeronCafe.pdf", "..."]},
        ),
        (
            "rentroll.get",
            {"property": "RIV-01", "as_of": "2026-03-31"},
            {"units": 14, "occupied": 12, "base_rent_annual_usd": 1284000},
        ),
    ],
    "noun": "lease",
    "id_key": "lease",
    "items": [
        ("RIV01-110", "Blue Heron Cafe, 2,150 sf, $38/sf, 3% bumps", "abstracted"),
        ("RIV01-120", "Pacific Dental, 3,400 sf, $34/sf, CAM cap 5%", "abstracted"),
        ("RIV01-130", "Summit Fitness, 12,800 sf, co-tenancy clause", "abstracted"),
        ("RIV01-140", "Verde Nails, 1,200 sf, month-to-month", "abstracted"),
        ("RIV01-150", "Harbor Wine, 2,600 sf, two 5-yr options", "abstracted"),
        ("RIV01-160", "Kumo Sushi, 2,900 sf, percentage rent 6% over $1.2M", "abstracted"),
        ("RIV01-170", "Brightside Pediatrics, 4,100 sf, exclusive use", "abstracted"),
        ("RIV01-180", "Mail & More, 1,050 sf, free rent 3 months", "abstracted"),
        ("RIV01-190", "Tidewater Bank, pad site, ground lease", "abstracted"),
        ("RIV01-200", "Anchor: FreshCo, 38,000 sf, go-dark right", "abstracted"),
    ],
    "lookup": "doc.extract_text",
    "lookup_fields": {"pages": "1-12", "ocr_confidence": 0.97},
    "update": ("yardi.upsert_lease_abstract", "status", {"property": "RIV-01"}),
    "update_ok": {"saved": True, "abstract_version": 1},
    "search": ("doc.search", {"folder": "/Riverside/02 Leases", "q": "co-tenancy"}),
    "validate": (
        "yardi.validate_abstract",
        "cam_cap_pct missing for RIV01-130; recovery schedule cannot be generated",
    ),
    "list": ("dataroom.list_files", {"folder": "/Riverside/02 Leases"}, "offset"),
    "fail": (
        "doc.extract_text",
        {"file": "Lease_Suite200_FreshCo_Amend2.pdf", "pages": "1-40"},
        "PDFEncryptedError: document is password protected (owner password required)",
    ),
    "variants": [
        {"pages": "1-20"},
        {"pages": "1-40", "ocr": True},
        {"pages": "all", "engine": "textract"},
        {"pages": "1-40", "timeout_s": 300},
        {"pages": "2-3"},
        {"pages": "1-40", "dpi": 400},
    ],
    "corrected": (
        "yardi.upsert_lease_abstract",
        {"lease": "RIV01-110", "commencement_date": "03/01/2027"},
        "422: commencement_date expected YYYY-MM-DD, got '03/01/2027'",
        {"lease": "RIV01-110", "commencement_date": "2027-03-01"},
    ),
    "count": ("rentroll.reconcile", {"property": "RIV-01", "source": "yardi"}, "open_mismatches"),
    "toggle": (
        "yardi.set_field",
        "rent_commencement",
        "2026-05-01",
        "2026-06-01",
        "Section 4.2 says 120 days after delivery, so 1 May.",
        "But the rider says the earlier of opening or 150 days; June 1 then.",
    ),
    "symptom": {"lease": "RIV01-130", "rentroll_start": "2026-05-15", "mismatch": True},
    "monologue": "Waiting for the seller's counsel to send the second amendment to the FreshCo "
    "lease.",
    "queue": ("abstract_queue.next", {"queue": "riverside-leases"}),
    "job": ("ocr.job_status", {"job_id": "ocr-riv-0331-07"}, "OCR job"),
    "clar": (
        [
            "Which property code should these go under?",
            "Can you confirm the Yardi property code?",
            "What property code do I use in Yardi?",
        ],
        ["RIV-01", "RIV-01, as above", "RIV-01. Please read the thread."],
    ),
    "intake": (
        "docusign.send_envelope",
        [
            ("tenant", "Which tenant gets the estoppel?", "Summit Fitness LLC"),
            ("lease", "Which lease reference?", "RIV01-130"),
            ("due_date", "When is it due back?", "2026-04-24"),
            ("items", "Which items must they confirm?", "rent, CAM cap, no defaults"),
        ],
    ),
    "create": ("yardi.create_lease", "t00"),
    "bisect": (
        "doc.extract_text",
        {"file": "Riverside_Leases_Combined.pdf"},
        "pages_to",
        [120, 60, 30],
        30,
        "413 payload exceeds 20 MB limit of extraction service",
    ),
    "docs": (
        "dataroom.get_file",
        [
            ("DR-3.1", "Seller estoppel summary", "two tenants dispute CAM reconciliations"),
            ("DR-3.4", "SNDA tracker", "FreshCo SNDA unsigned"),
            ("DR-5.2", "2025 CAM reconciliation", "controllable CAM up 7.8%, caps at 5% bite"),
            ("DR-6.0", "Co-tenancy memo", "Summit may pay 50% rent if FreshCo goes dark"),
            ("DR-7.3", "Title commitment", "easement over pad site limits signage"),
        ],
    ),
    "recheck": [
        "Let me re-extract the Blue Heron lease.",
        "Pulling the text of RIV01-110 again.",
        "I'll read the Suite 110 lease once more.",
        "Re-extracting RIV01-110 to check the rent table.",
        "Another pass over the Blue Heron lease text.",
        "Checking RIV01-110 again.",
    ],
    "next_line": "Next lease.",
    "done": "Those leases are in Yardi; rent-roll mismatches are listed for review.",
}


# ---------------------------------------------------------------------------
# Kinds, pairs and rows
# ---------------------------------------------------------------------------

Builder = Callable[[Ctx, int], list[Step]]

PAIRS: list[tuple[str, Builder, str, Builder]] = [
    ("exact_repeat", loop_exact_repeat, "terse_repeat_over_queue", prog_terse_repeat_over_queue),
    (
        "paraphrased_repeat",
        loop_paraphrased_repeat,
        "summarise_related_documents",
        prog_summarise_related_documents,
    ),
    (
        "ab_oscillation",
        loop_ab_oscillation,
        "alternating_fetch_update",
        prog_alternating_fetch_update,
    ),
    (
        "failing_tool_retry",
        loop_failing_tool_retry,
        "retry_corrected_argument",
        prog_retry_corrected_argument,
    ),
    (
        "same_action_same_observation",
        loop_same_action_same_observation,
        "rerun_shows_decrease",
        prog_rerun_shows_decrease,
    ),
    (
        "identical_monologue",
        loop_identical_monologue,
        "sectioned_drafting",
        prog_sectioned_drafting,
    ),
    (
        "identical_tool_calls",
        loop_identical_tool_calls,
        "dequeue_identical_call",
        prog_dequeue_identical_call,
    ),
    ("stuck_poll", loop_stuck_poll, "poll_until_done", prog_poll_until_done),
    ("three_step_cycle", loop_three_step_cycle, "per_item_pipeline", prog_per_item_pipeline),
    (
        "pagination_reset",
        loop_pagination_reset,
        "paging_through_results",
        prog_paging_through_results,
    ),
    ("clarification_loop", loop_clarification, "multi_field_intake", prog_multi_field_intake),
    (
        "duplicate_creation",
        loop_duplicate_creation,
        "batch_creation_distinct",
        prog_batch_creation_distinct,
    ),
    (
        "ineffective_arg_variation",
        loop_ineffective_arg_variation,
        "bisecting_parameter",
        prog_bisecting_parameter,
    ),
]


def _row(label: str, kind: str, domain: str, nnn: int, builder: Builder) -> dict[str, Any]:
    row_id = f"{PREFIX}-{label}-{kind}-{nnn:03d}"
    rng = random.Random(f"{SEED}:{row_id}")
    c = Ctx(rng, DOMAINS[domain])
    n = rng.randint(8, 18)
    steps = builder(c, n)
    return {
        "id": row_id,
        "label": label,
        "category": f"{label}/{kind}",
        "domain": domain,
        "steps": steps,
    }


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    counters = {"loop": 0, "progress": 0}
    for loop_kind, loop_fn, prog_kind, prog_fn in PAIRS:
        for label, kind, fn in (("loop", loop_kind, loop_fn), ("progress", prog_kind, prog_fn)):
            for domain in DOMAINS:
                counters[label] += 1
                rows.append(_row(label, kind, domain, counters[label], fn))
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.name}")


if __name__ == "__main__":
    main()
