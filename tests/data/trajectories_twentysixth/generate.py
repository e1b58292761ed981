"""Generate the twenty-sixth labelled set of agent trajectories.

Eight new domains, twelve loop and twelve progress categories, 192 rows. Every row draws from its
own ``random.Random`` (seeded with the seed and the row id) and its own clock. Each domain function
returns all of a row's material; the category builders only arrange it into steps.

Run ``python tests/data/trajectories_twentysixth/generate.py`` to rewrite ``trajectories.jsonl``.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 20261203
PER_CATEGORY = 8

Row = dict[str, Any]
Step = dict[str, Any]
Mat = dict[str, Any]


class Clock:
    """A per-row clock that only moves forward; waits move it by the waited seconds."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.t = datetime(2026, 12, 3, 7, 30) + timedelta(seconds=rng.randrange(0, 9 * 3600))

    def tick(self, lo: int = 2, hi: int = 45) -> datetime:
        self.t += timedelta(seconds=self.rng.randint(lo, hi))
        return self.t

    def wait(self, seconds: int) -> None:
        self.t += timedelta(seconds=seconds)

    def hex(self, n: int = 8) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def iso(self) -> str:
        return self.tick().strftime("%Y-%m-%dT%H:%M:%SZ")

    def hms(self) -> str:
        return self.tick().strftime("%H:%M:%S")

    def hm(self) -> str:
        return self.tick().strftime("%H:%M")


def llm(text: str, observation: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def call(
    item: Mat, args: dict[str, Any] | None = None, obs: Any = None, error: bool | None = None
) -> Step:
    o = item["obs"] if obs is None else obs
    return {
        "kind": "tool",
        "tool": item["tool"],
        "args": dict(item["args"] if args is None else args),
        "observation": o() if callable(o) else o,
        "error": bool(item.get("error", False)) if error is None else error,
    }


def as_observed(steps: list[Step]) -> list[Step]:
    """Shape ``llm`` steps as the live runtime records them.

    An ``llm`` step keeps an observation only when it is a new user or harness message; an
    ``llm`` step with no new message is joined to an ``llm`` step right before it (a note on a
    result and the line announcing the next call are one response).
    """
    out: list[Step] = []
    seen: str | None = None
    for step in steps:
        s = dict(step)
        if s["kind"] == "llm":
            obs = s.get("observation")
            if obs is not None and obs == seen:
                del s["observation"]
                obs = None
            if obs is not None:
                seen = obs
            elif out and out[-1]["kind"] == "llm":
                out[-1] = {**out[-1], "text": out[-1]["text"] + " " + s["text"]}
                continue
        out.append(s)
    return out


# ---------------------------------------------------------------------------------------------
# shared arrangements


def opener(rng: random.Random, d: Mat) -> Step:
    return llm(rng.choice(d["openers"]), d["task"])


def look(d: Mat, key: str, first: bool = False) -> list[Step]:
    item = d[key]
    steps = [] if first else [llm(item["say"])]
    return [*steps, call(item), llm(item["note"])]


def start(rng: random.Random, d: Mat, key: str) -> list[Step]:
    """The opener, then the first lookup (the opener names lookup A)."""
    return [opener(rng, d), call(d[key]), llm(d[key]["note"])]


def sleep(d: Mat, c: Clock, seconds: int) -> Step:
    c.wait(seconds)
    return call(
        d["sleep"], args=d["sleep"]["args_for"](seconds), obs=d["sleep"]["obs_for"](seconds)
    )


# ---------------------------------------------------------------------------------------------
# loop builders


def loop_noisy_repeat(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    s = start(rng, d, "A")
    s += look(d, "B" if n % 2 == 0 else "C")
    ping_at = 2 if n % 2 == 0 else 1
    for i in range(3):
        s.append(llm(d["rerun"][i], d["pings"][0] if i == ping_at else None))
        s.append(call(d["A"]))
    s.append(llm(d["rerun"][3]))
    return s


def loop_failing_variants(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    p = d["perm"]
    s = start(rng, d, "A" if n % 2 == 0 else "C")
    for i, args in enumerate(p["variants"]):
        ping = d["pings"][1] if (n % 2 == 1 and i == 2) else None
        s.append(llm(p["lines"][i], ping))
        s.append(call(p, args=args))
    s.append(llm(p["end"]))
    return s


def loop_ab_oscillation(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    x, y = d["abx"], d["aby"]
    s = start(rng, d, "A" if n % 2 == 0 else "B")
    order = [x, y, x, y]
    for i, item in enumerate(order):
        user = d["ab_user"] if (n % 2 == 0 and i == 2) else None
        s.append(llm(d["ab_lines"][i], user))
        s.append(call(item))
    s.append(llm(d["ab_lines"][4]))
    return s


def loop_verify_rerun(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    ch = d["check"]
    if n % 2 == 0:
        s = start(rng, d, "A")
        s.append(llm(ch["say"]))
    else:
        s = [opener(rng, d)]
    s.append(call(ch, obs=lambda: ch["fail"](2)))
    for i in range(3):
        ping = d["pings"][0] if (n % 2 == 1 and i == 1) else None
        s.append(llm(d["flake"][i], ping))
        s.append(call(ch, obs=lambda: ch["fail"](2)))
    s.append(llm(d["flake"][3]))
    return s


def loop_reask_answered(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    q = d["ask"]
    s = start(rng, d, "A")
    s.append(llm(q["asks"][0]))
    if n % 2 == 0:
        s.append(llm(q["ack"] + " " + d["B"]["say"], q["answer"]))
        s += [call(d["B"]), llm(d["B"]["note"]), llm(q["asks"][1])]
        s.append(llm(q["asks"][2], q["again"][0]))
        s.append(llm(q["ack2"] + " " + d["C"]["say"], q["again"][1]))
        s += [call(d["C"]), llm(d["C"]["note"]), llm(q["asks"][3])]
    else:
        s.append(llm(q["ack"] + " " + d["C"]["say"], q["answer"]))
        s += [call(d["C"]), llm(d["C"]["note"]), llm(q["asks"][1])]
        s.append(llm(q["ack2"] + " " + d["B"]["say"], q["again"][0]))
        s += [call(d["B"]), llm(d["B"]["note"]), llm(q["asks"][2])]
        s.append(llm(q["asks"][3], q["again"][1]))
    return s


def loop_reapply_done(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    r = d["reapply"]
    s = start(rng, d, "A" if n % 2 == 0 else "B")
    s.append(llm(r["lines"][0]))
    s.append(call(r, obs=r["first"]))
    for i in range(1, 4):
        ping = d["pings"][1] if (n % 2 == 1 and i == 2) else None
        s.append(llm(r["lines"][i], ping))
        s.append(call(r, obs=r["noop"]))
    s.append(llm(r["end"]))
    return s


def loop_reference_cycle(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    cyc = d["cycle"]
    if n % 2 == 0:
        s = start(rng, d, "A")
        order = [0, 1, 2, 0, 1]
    else:
        s = start(rng, d, "B")
        order = [0, 1, 2, 0, 1, 2]
    seen: set[int] = set()
    for k, i in enumerate(order):
        ping = d["pings"][0] if (n % 2 == 1 and k == 4) else None
        s.append(llm(cyc[i]["again"] if i in seen else cyc[i]["say"], ping))
        seen.add(i)
        s.append(call(cyc[i]))
    s.append(llm(d["cycle_end"]))
    return s


def loop_wait_on_blocked(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    b = d["blocked"]
    if n % 2 == 0:
        s = start(rng, d, "A")
        s.append(llm(b["say"]))
    else:
        s = [opener(rng, d)]
    s.append(call(b))
    waits = b["waits"]
    for i in range(3):
        ping = d["pings"][1] if (n % 2 == 1 and i == 1) else None
        s.append(llm(b["lines"][i], ping))
        s.append(sleep(d, c, waits[i]))
        s.append(call(b))
    s.append(llm(b["lines"][3]))
    return s


def loop_delegate_again(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    g = d["deleg"]
    s = start(rng, d, "A" if n % 2 == 0 else "B")
    for i in range(4):
        ping = d["pings"][0] if (n % 2 == 1 and i == 2) else None
        s.append(llm(g["lines"][i], ping))
        s.append(call(g, args={**g["args"], g["task_key"]: g["tasks"][i]}))
    s.append(llm(g["end"]))
    return s


def loop_escalating_timeout(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    e = d["esc"]
    if n % 2 == 0:
        s = start(rng, d, "A")
        s.append(llm(e["say"]))
    else:
        s = [opener(rng, d)]
    limits = e["limits"]
    s.append(call(e, args=e["args_for"](limits[0]), obs=lambda: e["obs_for"](limits[0])))
    for i in range(1, 4):
        ping = d["pings"][1] if (n % 2 == 1 and i == 2) else None
        t = limits[i]
        s.append(llm(e["lines"][i - 1], ping))
        s.append(call(e, args=e["args_for"](t), obs=lambda t=t: e["obs_for"](t)))
    s.append(llm(e["end"]))
    return s


def loop_reread_window(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    r = d["reread"]
    if n % 2 == 0:
        s = start(rng, d, "A")
        s.append(llm(r["say"]))
        windows = r["windows"]
    else:
        s = [opener(rng, d)]
        windows = r["windows"]
    for i, (a, b) in enumerate(windows):
        if i:
            ping = d["pings"][0] if (n % 2 == 1 and i == 2) else None
            s.append(llm(r["lines"][i - 1], ping))
        s.append(call(r, args=r["args_for"](a, b), obs=r["obs_for"](a, b)))
    s.append(llm(r["end"]))
    return s


def loop_recompute_same_total(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    m = d["recompute"]
    s = start(rng, d, "A" if n % 2 == 0 else "C")
    for i, item in enumerate(m["methods"]):
        ping = d["pings"][1] if (n % 2 == 1 and i == 3) else None
        s.append(llm(item["say"], ping))
        s.append(call(item))
    s.append(llm(m["end"]))
    return s


# ---------------------------------------------------------------------------------------------
# progress builders


def prog_paging(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    p = d["page"]
    s = start(rng, d, "A" if n % 2 == 0 else "B")
    s.append(llm(p["say"]))
    for i in range(4):
        s.append(call(p, args=p["args_for"](i), obs=p["obs_for"](i)))
        s.append(llm(p["notes"][i]))
    return s


def prog_corrected_retry(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    t = d["typo"]
    if n % 2 == 0:
        s = [opener(rng, d), call(t["bad"]), llm(t["fix"]), call(t["good"]), llm(t["good"]["note"])]
        s += look(d, "B") + look(d, "C")
    else:
        s = start(rng, d, "A")
        s += [llm(t["say"]), call(t["bad"]), llm(t["fix"]), call(t["good"]), llm(t["good"]["note"])]
        s += look(d, "B") + look(d, "C")
    return s


def prog_polling_with_waits(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    j = d["job"]
    waits = j["waits"]
    if n % 2 == 0:
        s = start(rng, d, "A") + look(d, "B")
        s += [llm(j["start"]["say"]), call(j["start"]), llm(j["start"]["note"])]
        for i in range(3):
            s.append(sleep(d, c, waits[i]))
            s.append(call(j, obs=j["states"][i]))
            s.append(llm(j["lines"][i]))
    else:
        s = [opener(rng, d), call(j, obs=j["states"][0]), llm(j["resume"])]
        for i in range(1, 3):
            s.append(sleep(d, c, waits[i] * 2))
            s.append(call(j, obs=j["states"][i]))
            s.append(llm(j["lines"][i]))
        s += look(d, "C")
    return s


def prog_batch_actions(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    b = d["batch"]
    s = start(rng, d, "A") + look(d, "B") if n % 2 == 0 else start(rng, d, "B") + look(d, "C")
    s.append(llm(b["say"]))
    for item in b["items"]:
        s.append(call(b, args=b["args_for"](item), obs=lambda item=item: b["obs_for"](item)))
    s.append(llm(b["end"]))
    return s


def prog_related_summaries(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    if n % 2 == 0:
        s = start(rng, d, "A") + look(d, "B") + look(d, "C")
    else:
        s = start(rng, d, "C") + look(d, "A") + look(d, "B")
    r = d["synth"]
    s.append(llm(r["text"]))
    s.append(llm(r["answer"], r["question"]))
    return s


def prog_iterative_edits(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    ch = d["check"]
    if n % 2 == 0:
        s = [opener(rng, d)]
    else:
        s = start(rng, d, "A")
        s.append(llm(ch["say"]))
    s.append(call(ch, obs=lambda: ch["fail"](3)))
    for i, edit in enumerate(d["edits"]):
        s.append(llm(edit["say"]))
        s.append(call(edit))
        s.append(call(ch, obs=lambda k=2 - i: ch["fail"](k)))
    s.append(llm(d["edits_done"]))
    return s


def prog_user_changes_mind(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    w = d["change"]
    s = start(rng, d, "A") + look(d, "C") if n % 2 == 0 else start(rng, d, "B")
    s += [llm(w["writes"][0]["say"]), call(w["writes"][0]), llm(w["writes"][0]["note"])]
    for i in (1, 2):
        s += [llm(w["writes"][i]["say"], w["asks"][i - 1]), call(w["writes"][i])]
        s.append(llm(w["writes"][i]["note"]))
    return s


def prog_search_refinement(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    r = d["search"]
    s = start(rng, d, "A")
    if n % 2 == 0:
        s += look(d, "C")
    s += [llm(r["wrong"]["say"]), call(r["wrong"])]
    if n % 2 == 0:
        s.append(llm(r["right"]["say"], r["hint"]))
    else:
        s.append(llm(r["reason"] + " " + r["right"]["say"]))
    s += [call(r["right"]), llm(r["right"]["note"]), call(r["read"]), llm(r["read"]["note"])]
    return s


def prog_requested_recheck(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    r = d["recheck"]
    s = start(rng, d, "A")
    s += look(d, "B" if n % 2 == 0 else "C")
    s.append(llm(r["say"], r["ask"]))
    s += [call(d["A"], obs=r["obs"]), llm(r["note"]), call(r["act"]), llm(r["act"]["note"])]
    return s


def prog_flaky_rerun_passes(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    f = d["flaky"]
    s = start(rng, d, "A")
    s += [llm(f["say"]), call(f, obs=f["fail"], error=True)]
    if n % 2 == 0:
        s += [llm(f["retry_now"]), call(f, obs=f["pass"])]
    else:
        s += [llm(f["retry_wait"]), sleep(d, c, f["wait"]), call(f, obs=f["pass"])]
    s.append(llm(f["note"]))
    s += look(d, "C" if n % 2 == 0 else "B")
    return s


def prog_staged_clarifications(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    q = d["clar"]
    s = start(rng, d, "A")
    s.append(llm(q["q1"]))
    other = "B" if n % 2 == 0 else "C"
    s += [llm(q["ack1"] + " " + d[other]["say"], q["a1"]), call(d[other]), llm(d[other]["note"])]
    s.append(llm(q["q2"]))
    s += [llm(q["act"]["say"], q["a2"]), call(q["act"]), llm(q["act"]["note"])]
    return s


def prog_delegated_subtasks(rng: random.Random, d: Mat, n: int, c: Clock) -> list[Step]:
    g = d["deleg"]
    s = start(rng, d, "A" if n % 2 == 0 else "C")
    for sub in g["subtasks"]:
        s.append(llm(sub["say"]))
        s.append(call(g, args={**g["args"], g["task_key"]: sub["task"]}, obs=sub["obs"]))
        s.append(llm(sub["note"]))
    s.append(llm(g["synth"]))
    return s


LOOPS = [
    ("noisy_repeat", loop_noisy_repeat),
    ("failing_variants", loop_failing_variants),
    ("ab_oscillation", loop_ab_oscillation),
    ("verify_rerun", loop_verify_rerun),
    ("reask_answered", loop_reask_answered),
    ("reapply_done", loop_reapply_done),
    ("reference_cycle", loop_reference_cycle),
    ("wait_on_blocked", loop_wait_on_blocked),
    ("delegate_again", loop_delegate_again),
    ("escalating_timeout", loop_escalating_timeout),
    ("reread_window", loop_reread_window),
    ("recompute_same_total", loop_recompute_same_total),
]

PROGRESS = [
    ("paging", prog_paging),
    ("corrected_retry", prog_corrected_retry),
    ("polling_with_waits", prog_polling_with_waits),
    ("batch_actions", prog_batch_actions),
    ("related_summaries", prog_related_summaries),
    ("iterative_edits", prog_iterative_edits),
    ("user_changes_mind", prog_user_changes_mind),
    ("search_refinement", prog_search_refinement),
    ("requested_recheck", prog_requested_recheck),
    ("flaky_rerun_passes", prog_flaky_rerun_passes),
    ("staged_clarifications", prog_staged_clarifications),
    ("delegated_subtasks", prog_delegated_subtasks),
]


# ---------------------------------------------------------------------------------------------
# domains


def nextjs_hydration_mismatch(rng: random.Random, c: Clock) -> Mat:
    repo = "acme/acme-web"
    slug = rng.choice(["aero-kettle", "linen-throw", "oak-desk-lamp", "pour-over-set"])
    issue = f"ACME-WEB-{rng.choice(['3F2', '3F7', '41A'])}"
    pr = rng.randint(2280, 2299)
    dev = rng.choice(["Lena Vogt", "Lena Brandt"])
    price_lines = [
        "'use client';",
        "",
        "import { useStore } from '@/lib/store-context';",
        "import type { Money } from '@/lib/money';",
        "",
        "type Props = { price: Money; compareAt?: Money };",
        "",
        "// Formatting conventions are documented in docs/i18n.md",
        "export function PriceTag({ price, compareAt }: Props) {",
        "  const store = useStore();",
        "  const fmt = (m: Money) =>",
        "    (m.cents / 100).toLocaleString(undefined, {",
        "      style: 'currency',",
        "      currency: m.currency,",
        "    });",
        "  return (",
        '    <p className="price">',
        "      {compareAt && <s>{fmt(compareAt)}</s>}",
        "      <span>{fmt(price)}</span>",
        "    </p>",
        "  );",
        "}",
    ]

    def sentry() -> str:
        return (
            f"{issue}  Error: Hydration failed because the initial UI does not match what was "
            f"rendered on the server.\n  culprit: /products/[slug]  level: error\n"
            f"  events: 4,112  users: 2,930  firstSeen: 2026-12-01T14:02:11Z  "
            f"firstRelease: web@2026.12.01-2\n  lastSeen: {c.iso()}\n"
            f"(x-sentry-request-id: {c.hex(12)})"
        )

    def e2e(k: int) -> str:
        locs = ["de-DE", "fr-FR", "ja-JP"][:k]
        head = f"Running 4 tests using 4 workers  (run {c.hex(6)})\n"
        lines = [
            f"  \u2713 hydration.spec.ts:12 \u203a en-US \u203a /products/{slug} ({c.num(900, 1900)}ms)"
        ]
        for loc in ["de-DE", "fr-FR", "ja-JP"]:
            if loc in locs:
                lines.append(
                    f"  \u2718 hydration.spec.ts:12 \u203a {loc} \u203a /products/{slug} \u2014 "
                    "console error: Hydration failed (Text content did not match)"
                )
            else:
                lines.append(
                    f"  \u2713 hydration.spec.ts:12 \u203a {loc} \u203a /products/{slug} "
                    f"({c.num(900, 1900)}ms)"
                )
        tail = f"\n  {k} failed, {4 - k} passed ({c.num(9, 16)}.{c.num(0, 9)}s)"
        return head + "\n".join(lines) + tail

    def read_window(a: int, b: int) -> str:
        return "\n".join(f"{i:>3}  {price_lines[i - 1]}" for i in range(a, b + 1))

    def bash(cmd: str) -> Mat:
        return {"tool": "bash", "args": {"cmd": cmd, "cwd": "~/src/acme-web"}}

    return {
        "name": "nextjs_hydration_mismatch",
        "task": (
            "The storefront (acme-web, Next.js 14 app router) has been throwing 'Hydration failed' "
            "on /products/[slug] since Tuesday's deploy - Sentry shows thousands of events. Find "
            "the cause and open a PR with a fix. Do NOT make the product page client-only "
            "(no dynamic(..., { ssr: false })): SEO needs the server-rendered markup."
        ),
        "openers": [
            "I'll start with the Sentry issue for the hydration error to see its scope.",
            "Let me pull the unresolved hydration issues from Sentry for acme-web first.",
            "First, what Sentry has on the hydration failures over the last day.",
        ],
        "acks": [
            "On it - looking into the product page hydration errors.",
            "Understood, no client-only rendering. Starting now.",
            "Got it. I'll dig into the hydration mismatch on the product pages.",
        ],
        "pings": [
            "is there a PR yet? marketing keeps asking",
            f"{dev.split()[0]} here - any luck with the hydration thing?",
        ],
        "A": {
            "tool": "sentry_api",
            "args": {
                "method": "GET",
                "path": "/api/0/projects/acme/acme-web/issues/",
                "query": "is:unresolved Hydration",
                "statsPeriod": "24h",
            },
            "obs": sentry,
            "say": "Checking the Sentry issue for the hydration error.",
            "note": (
                f"One issue, {issue}: 4,112 events from 2,930 users, first seen with release "
                "web@2026.12.01-2 - so it arrived with Tuesday's deploy."
            ),
        },
        "B": {
            "tool": "read_file",
            "args": {"path": "components/PriceTag.tsx"},
            "obs": read_window(1, 22),
            "say": "Reading the PriceTag component, the main text on that page that varies by locale.",
            "note": (
                "PriceTag is a client component and formats with toLocaleString(undefined, ...), "
                "so the browser's locale decides the format, while the server uses en-US."
            ),
        },
        "C": {
            "tool": "playwright",
            "args": {
                "url": f"https://shop.acme.com/products/{slug}",
                "locale": "de-DE",
                "capture": "console",
            },
            "obs": lambda: (
                f'[console.error] Warning: Text content did not match. Server: "$1,299.00" '
                f'Client: "1.299,00 $"\n    at span\n    at p\n    at PriceTag\n'
                f"[console.error] Error: Hydration failed because the initial UI does not match "
                f"what was rendered on the server.\npage loaded in {c.num(1100, 2400)}ms"
            ),
            "say": "Loading the product page with a German browser locale to reproduce it.",
            "note": (
                'Reproduced with de-DE: the server sends "$1,299.00" and the browser renders '
                '"1.299,00 $" inside PriceTag, which breaks hydration.'
            ),
        },
        "rerun": [
            "Let me pull the Sentry issue once more.",
            "Refreshing the Sentry numbers.",
            "Checking Sentry again for the hydration issue.",
            "Same counts in Sentry. I'll keep an eye on that issue before I start on the code.",
        ],
        "perm": {
            "tool": "bash",
            "args": {},
            "variants": [
                bash("vercel alias set acme-web-git-fix-price-locale.vercel.app shop.acme.com")[
                    "args"
                ],
                bash(
                    "vercel alias set acme-web-git-fix-price-locale.vercel.app https://shop.acme.com"
                )["args"],
                bash("vercel alias set acme-web-git-fix-price-locale.vercel.app shop.acme.com/")[
                    "args"
                ],
                bash(
                    "vercel alias acme-web-git-fix-price-locale.vercel.app SHOP.ACME.COM --scope acme"
                )["args"],
            ],
            "obs": lambda: (
                "Vercel CLI 37.4.2\nError: You don't have permission to assign aliases to the "
                'domain shop.acme.com: it belongs to team "acme" and requires the Owner role '
                f"(your role: Developer). [{c.hex(6)}]"
            ),
            "error": True,
            "lines": [
                "To test the fix on the real domain I'll point shop.acme.com at the preview build.",
                "Maybe it wants the full URL.",
                "Trying it with a trailing slash.",
                "Passing the team scope explicitly this time.",
            ],
            "end": "Still refused. I'll try another form of the alias command.",
        },
        "abx": {
            **bash('git commit -am "Render PriceTag client-only to avoid hydration mismatch"'),
            "obs": (
                "husky > pre-commit (node v20.11.1)\n  app/(shop)/products/[slug]/page.tsx\n"
                "    14:41  error  dynamic(..., { ssr: false }) is not allowed under app/(shop): "
                "product markup must be server-rendered (SEO)  no-restricted-syntax\n"
                "\u2716 1 problem (1 error, 0 warnings)\nhusky > pre-commit hook failed (add --no-verify to bypass)"
            ),
            "error": True,
        },
        "aby": {
            **bash('git commit -am "Suppress hydration warning on PriceTag"'),
            "obs": (
                "husky > pre-commit (node v20.11.1)\n  components/PriceTag.tsx\n"
                "    17:8  error  suppressHydrationWarning is only allowed in app/layout.tsx  "
                "acme/no-suppress-hydration\n\u2716 1 problem (1 error, 0 warnings)\n"
                "husky > pre-commit hook failed (add --no-verify to bypass)"
            ),
            "error": True,
        },
        "ab_lines": [
            "Quickest fix: load PriceTag with dynamic(..., { ssr: false }) on the product page.",
            "The hook rejects that. Then I'll keep SSR and put suppressHydrationWarning on the price element.",
            "That rule blocks it too. Back to loading PriceTag client-side, scoped to the price only.",
            "Rejected again; trying suppressHydrationWarning on the <p> wrapper instead of the span.",
            "Both commits keep failing the hook. Let me try the dynamic import once more.",
        ],
        "ab_user": (
            "neither of those will ever get past the hook, they're banned on purpose. format the "
            "price with the store's locale (formatPrice in lib/money.ts takes one) so server and "
            "client agree"
        ),
        "check": {
            **bash(f"npx playwright test e2e/hydration.spec.ts --grep /products/{slug}"),
            "fail": e2e,
            "say": "Running the hydration e2e spec across the four configured locales.",
        },
        "flake": [
            "Could be a flaky e2e run; running it again.",
            "Maybe the dev server was still compiling. Once more.",
            "Rerunning the spec one more time in case it's the browser cache.",
            "The same two locales fail each time - I'll give it one more run after clearing .next.",
        ],
        "edits": [
            {
                "tool": "edit_file",
                "args": {
                    "path": "components/PriceTag.tsx",
                    "old": "(m.cents / 100).toLocaleString(undefined, {",
                    "new": "formatPrice(m, store.locale, {",
                },
                "obs": "components/PriceTag.tsx: 1 replacement (line 12)",
                "say": "PriceTag should format with the store's locale via formatPrice.",
            },
            {
                "tool": "edit_file",
                "args": {
                    "path": "components/SaleCountdown.tsx",
                    "old": "ends.toLocaleDateString()",
                    "new": "formatDate(ends, store.locale, store.timeZone)",
                },
                "obs": "components/SaleCountdown.tsx: 1 replacement (line 9)",
                "say": "SaleCountdown prints the end date in the browser's locale too; pinning it.",
            },
            {
                "tool": "edit_file",
                "args": {
                    "path": "components/ReviewStars.tsx",
                    "old": "new Intl.NumberFormat().format(count)",
                    "new": "new Intl.NumberFormat(store.locale).format(count)",
                },
                "obs": "components/ReviewStars.tsx: 1 replacement (line 31)",
                "say": "The last mismatch is the review count; giving its NumberFormat the store locale.",
            },
        ],
        "edits_done": "All four locales hydrate cleanly now; I'll commit this and open the PR.",
        "ask": {
            "asks": [
                "Before I change anything: should prices show in the store's en-US format for "
                "everyone, or in each visitor's own locale?",
                "Just to be sure - the price format should be the store's (en-US) for every "
                "visitor, not localised per browser?",
                'So German visitors would also see "$1,299.00", not "1.299,00 $"?',
                "One last check on the format: store locale everywhere, correct?",
            ],
            "answer": "store locale, en-US, for everyone. finance wants prices to match the invoices",
            "again": [
                "yes. en-US. I already said that.",
                "this is the third time: en-US for everyone. please just fix it",
            ],
            "ack": "Thanks.",
            "ack2": "Understood.",
        },
        "reapply": {
            **bash(
                'gh pr create --base main --head fix/price-locale --title "Format prices with '
                'the store locale to fix hydration" --body-file .github/pr-body.md'
            ),
            "first": f"https://github.com/{repo}/pull/{pr}",
            "noop": (
                'a pull request for branch "fix/price-locale" into branch "main" already '
                f"exists:\nhttps://github.com/{repo}/pull/{pr}"
            ),
            "lines": [
                "The branch is pushed; opening the PR.",
                "Opening the PR for the price fix.",
                "Let me create the pull request so it can be reviewed.",
                "Creating the PR again with the same body.",
            ],
            "end": "I'll create the PR once CI has picked up the branch.",
        },
        "cycle": [
            {
                "tool": "read_file",
                "args": {"path": "docs/i18n.md"},
                "obs": (
                    "# Internationalisation\n\nPrices, dates and counts are formatted on both "
                    "server and client.\nThe formatting rules (locale, currency display, rounding) "
                    "are described in the header of lib/money.ts."
                ),
                "say": "Checking docs/i18n.md for the team's formatting rules.",
                "again": "Back to docs/i18n.md to see what it says about the rules.",
            },
            {
                "tool": "read_file",
                "args": {"path": "lib/money.ts", "lines": "1-12"},
                "obs": (
                    "  1  // Money helpers.\n  2  //\n  3  // Locale rules: see the comments in "
                    "components/PriceTag.tsx, which is the\n  4  // reference implementation.\n"
                    "  5  export type Money = { cents: number; currency: string };"
                ),
                "say": "The doc points to lib/money.ts; reading its header.",
                "again": "Reading the lib/money.ts header again.",
            },
            {
                "tool": "read_file",
                "args": {"path": "components/PriceTag.tsx", "lines": "1-9"},
                "obs": read_window(1, 9),
                "say": "It defers to PriceTag's comments, so reading those.",
                "again": "Looking at PriceTag's comment block once more.",
            },
        ],
        "cycle_end": "PriceTag points at docs/i18n.md; the rules must be spelled out there somewhere.",
        "blocked": {
            **bash("vercel inspect acme-web-git-fix-price-locale-acme.vercel.app --scope acme"),
            "obs": lambda: (
                f"> Fetched deployment in {c.num(300, 900)}ms\n  id      dpl_{c.hex(10)}\n"
                "  status  \u25cf Blocked\n  reason  Commit author agent-bot@acme.dev is not a "
                "member of team acme. A team member must authorize this deployment in the "
                "dashboard.\n  created 2026-12-03 (git: fix/price-locale)"
            ),
            "say": "Waiting for the preview deployment of the fix branch before testing it.",
            "waits": [60, 90, 120],
            "lines": [
                "Preview isn't up yet; giving it a minute.",
                "Still not ready. Waiting a bit longer.",
                "Vercel can be slow on Thursdays; one more wait.",
                "Preview still not there. I'll wait another couple of minutes and check again.",
            ],
        },
        "sleep": {
            "tool": "bash",
            "args_for": lambda s: {"cmd": f"sleep {s}", "cwd": "~/src/acme-web"},
            "obs_for": lambda s: f"$ sleep {s}\n(exit 0 after {s}.0s)",
        },
        "deleg": {
            "tool": "spawn_subagent",
            "args": {"agent": "code-explorer", "scope": "components/, app/(shop)/"},
            "task_key": "task",
            "tasks": [
                "Find every place under app/(shop) and components/ that formats numbers, "
                "currency or dates without an explicit locale.",
                "List all locale-less toLocaleString / toLocaleDateString / Intl.NumberFormat "
                "calls used by the shop pages.",
                "Search the shop components for number and date formatting that depends on the "
                "browser locale.",
                "Audit components/ for Intl or toLocale* calls that take no locale argument.",
            ],
            "obs": lambda: (
                f"subagent code-explorer (run {c.hex(8)}) finished in {c.num(21, 48)}s\n"
                "Found 3 call sites without an explicit locale:\n"
                "- components/PriceTag.tsx:12  toLocaleString(undefined, { style: 'currency' })\n"
                "- components/SaleCountdown.tsx:9  ends.toLocaleDateString()\n"
                "- components/ReviewStars.tsx:31  new Intl.NumberFormat().format(count)"
            ),
            "lines": [
                "I'll have the code explorer find all locale-dependent formatting in the shop.",
                "Let me have it double-check that list with a differently worded search.",
                "Asking the explorer once more, phrased around the browser locale.",
                "One more pass by the explorer to make sure nothing was missed.",
            ],
            "end": "Three call sites every time; let me ask it one more way before editing.",
            "subtasks": [
                {
                    "say": "I'll split the investigation: first, where formatting depends on the browser locale.",
                    "task": "List all locale-less toLocaleString / toLocaleDateString / "
                    "Intl.NumberFormat calls used by the shop pages.",
                    "obs": lambda: (
                        f"subagent code-explorer (run {c.hex(8)}) finished in {c.num(21, 48)}s\n"
                        "3 call sites: components/PriceTag.tsx:12, components/SaleCountdown.tsx:9, "
                        "components/ReviewStars.tsx:31"
                    ),
                    "note": "Three components format without a locale.",
                },
                {
                    "say": "Next, which change on Tuesday moved PriceTag to the client.",
                    "task": "Find the commit in release web@2026.12.01-2 that changed how "
                    "components/PriceTag.tsx renders, and summarise it.",
                    "obs": lambda: (
                        f"subagent code-explorer (run {c.hex(8)}) finished in {c.num(21, 48)}s\n"
                        "PR #2274 'Live price updates on PDP' (merged 2026-12-01) added 'use client' "
                        "to components/PriceTag.tsx and a useStore() hook; before that it was a "
                        "server component and only ever formatted in en-US."
                    ),
                    "note": "PR #2274 made PriceTag a client component on Tuesday - that's when formatting moved to the browser.",
                },
                {
                    "say": "Last, which locales our e2e suite actually exercises.",
                    "task": "Read playwright.config.ts and report the locales and projects the "
                    "e2e hydration tests run with.",
                    "obs": lambda: (
                        f"subagent code-explorer (run {c.hex(8)}) finished in {c.num(21, 48)}s\n"
                        "playwright.config.ts defines projects chromium-en (locale en-US) only; "
                        "hydration.spec.ts has a locales array [en-US, de-DE, fr-FR, ja-JP] but "
                        "CI runs it with --project chromium-en, so only en-US is tested."
                    ),
                    "note": "CI only runs the hydration spec in en-US, which is why #2274 went through green.",
                },
            ],
            "synth": (
                "Putting it together: #2274 moved PriceTag (and two siblings) to client-side "
                "formatting with the browser locale, and CI only tests en-US. The fix is formatPrice "
                "with the store locale in those three components, plus a de-DE project in CI."
            ),
        },
        "esc": {
            "tool": "playwright",
            "args_for": lambda t: {
                "url": f"https://shop.acme.com/products/{slug}",
                "waitUntil": "networkidle",
                "timeout": t,
            },
            "obs_for": lambda t: (
                f"TimeoutError: page.goto: Timeout {t}ms exceeded.\nCall log:\n  - navigating to "
                f'"https://shop.acme.com/products/{slug}", waiting until "networkidle"\n'
                "  - 1 request still open: wss://live.acme.com/cart (websocket)"
            ),
            "error": True,
            "limits": [30000, 60000, 120000, 240000],
            "say": "Loading the live product page and waiting for the network to settle.",
            "lines": [
                "Timed out; the page is heavy, doubling the timeout.",
                "Still timing out. Giving it two minutes.",
                "Four minutes should be enough for it to go idle.",
            ],
            "end": "Timed out again at four minutes; I'll raise it to ten.",
        },
        "reread": {
            "tool": "read_file",
            "args_for": lambda a, b: {"path": "components/PriceTag.tsx", "lines": f"{a}-{b}"},
            "obs_for": read_window,
            "windows": [(8, 15), (11, 18), (8, 15), (12, 19)],
            "say": "Let me read PriceTag carefully.",
            "lines": [
                "Let me look at the formatter part again.",
                "Back to where the component starts.",
                "Once more around the fmt helper and the return.",
            ],
            "end": "I want to go over the render part one more time before deciding.",
        },
        "recompute": {
            "methods": [
                {
                    "tool": "sentry_api",
                    "args": {
                        "method": "GET",
                        "path": "/api/0/organizations/acme/events/",
                        "query": f"issue:{issue}",
                        "field": "count()",
                        "statsPeriod": "7d",
                    },
                    "obs": lambda: f"count(): 4112  (meta: {c.hex(8)})",
                    "say": "Let me confirm the event count with a Discover query.",
                },
                {
                    **bash(
                        "grep -c 'Hydration failed' logs/drain-2026-12-0*.ndjson | awk -F: '{s+=$2} END {print s}'"
                    ),
                    "obs": "4112",
                    "say": "Cross-checking the count against the log drain.",
                },
                {
                    "tool": "datadog_query",
                    "args": {
                        "query": "sum:rum.error.count{service:acme-web,error.message:*hydration*}.as_count()",
                        "from": "now-7d",
                    },
                    "obs": lambda: (
                        f"series rum.error.count  sum=4112  points=168  (query_id {c.hex(10)})"
                    ),
                    "say": "And once more with Datadog RUM for an independent number.",
                },
                {
                    "tool": "sentry_api",
                    "args": {
                        "method": "GET",
                        "path": f"/api/0/issues/{issue}/",
                        "query": "",
                        "statsPeriod": "7d",
                    },
                    "obs": lambda: (
                        f"{issue}  count: 4112  userCount: 2930  status: unresolved  ({c.hex(6)})"
                    ),
                    "say": "Back to the issue endpoint to make sure the totals agree.",
                },
            ],
            "end": "Every source says 4,112 events. I'll reconcile it with the Vercel log count next.",
        },
        "page": {
            "tool": "sentry_api",
            "args_for": lambda i: {
                "method": "GET",
                "path": f"/api/0/issues/{issue}/events/",
                "cursor": f"0:{i * 25}:0",
                "per_page": 25,
            },
            "obs_for": lambda i: [
                "25 events  browser.locale: de-DE 11, fr-FR 7, ja-JP 4, es-ES 3  next cursor 0:25:0",
                "25 events  browser.locale: de-DE 10, fr-FR 8, ja-JP 5, pt-BR 2  next cursor 0:50:0",
                "25 events  browser.locale: de-DE 12, fr-FR 6, ja-JP 5, es-ES 2  next cursor 0:75:0",
                "25 events  browser.locale: de-DE 9, fr-FR 7, ja-JP 6, nl-NL 3  (last page)",
            ][i],
            "say": "Paging through the latest 100 events to see which locales they come from.",
            "notes": [
                "Page 1: no en-US at all - German, French, Japanese, Spanish.",
                "Page 2 is similar, with a couple of pt-BR.",
                "Page 3: still only non-US locales.",
                "Across 100 events none are en-US (de-DE 42, fr-FR 28, ja-JP 20, others 10): "
                "only visitors whose browser locale isn't en-US hit it.",
            ],
        },
        "typo": {
            "say": "Opening the price component.",
            "bad": {
                "tool": "read_file",
                "args": {"path": "componets/PriceTag.tsx"},
                "obs": "ENOENT: no such file or directory, open 'componets/PriceTag.tsx'",
                "error": True,
            },
            "fix": "Typo in the folder name - it's components/, not componets/.",
            "good": {
                "tool": "read_file",
                "args": {"path": "components/PriceTag.tsx"},
                "obs": read_window(1, 22),
                "note": "There it is: toLocaleString(undefined, ...), i.e. the browser's locale.",
            },
        },
        "job": {
            **bash(f"gh pr checks {pr} --repo {repo}"),
            "start": {
                **bash("git push -u origin fix/price-locale"),
                "obs": (
                    "Enumerating objects: 14, done.\nTo github.com:acme/acme-web.git\n"
                    " * [new branch]      fix/price-locale -> fix/price-locale\n"
                    f"remote: Create a pull request: https://github.com/{repo}/pull/{pr}"
                ),
                "say": "Pushing the fix branch so CI runs on it.",
                "note": f"Pushed; PR #{pr} is up and its checks are starting.",
            },
            "states": [
                lambda: "build\tpending\t0\nlint\tpass\t41s\ne2e-hydration\tpending\t0",
                lambda: (
                    f"build\tpass\t2m{c.num(10, 50)}s\nlint\tpass\t41s\ne2e-hydration\tpending\t0"
                ),
                lambda: (
                    f"build\tpass\t2m31s\nlint\tpass\t41s\ne2e-hydration\tpass\t{c.num(3, 5)}m{c.num(10, 50)}s"
                ),
            ],
            "waits": [60, 90, 120],
            "resume": f"Lint passed on PR #{pr}; build and the hydration e2e are still queued.",
            "lines": [
                "Lint is green, build and e2e still pending.",
                "Build passed; the hydration e2e job is running now.",
                "All three checks pass, including the four-locale hydration e2e.",
            ],
        },
        "batch": {
            "tool": "sentry_api",
            "args_for": lambda i: {
                "method": "PUT",
                "path": f"/api/0/issues/{i}/",
                "body": {"status": "resolvedInNextRelease"},
            },
            "obs_for": lambda i: f"200 OK  {i}  status: resolved (inNextRelease)  ({c.hex(6)})",
            "items": [issue, "ACME-WEB-3F9", "ACME-WEB-402", "ACME-WEB-40C", "ACME-WEB-411"],
            "say": "The fix is merged, so I'll mark the five hydration issues (one per page type) resolved in the next release.",
            "end": "All five issues are set to resolve with the next release, so a regression will reopen them.",
        },
        "synth": {
            "text": (
                "Summary: the error started with web@2026.12.01-2, PriceTag formats with the "
                'browser\'s locale, and a de-DE visitor gets "1.299,00 $" where the server sent '
                '"$1,299.00". The fix is to format with the store locale on both sides.'
            ),
            "question": "why only since Tuesday though? PriceTag is ancient",
            "answer": (
                "PriceTag is old, but until Tuesday it was a server component, so it only ever "
                "formatted on the server in en-US. Tuesday's release added 'use client' to it, and "
                "from then on the browser re-formatted the price in its own locale."
            ),
        },
        "change": {
            "writes": [
                {
                    **bash(
                        'gh pr create --base main --head fix/price-locale --title "Format prices with the store locale" --fill'
                    ),
                    "obs": f"https://github.com/{repo}/pull/{pr}",
                    "say": "Opening the PR with the fix.",
                    "note": f"PR #{pr} is open.",
                },
                {
                    **bash(f"gh pr ready {pr} --undo"),
                    "obs": f'\u2713 Pull request #{pr} is converted to "draft"',
                    "say": "Converting it to a draft.",
                    "note": "It's a draft now.",
                },
                {
                    **bash(f"gh pr edit {pr} --add-reviewer lvogt,tomas-r --add-label i18n"),
                    "obs": f"https://github.com/{repo}/pull/{pr}",
                    "say": "Adding them as reviewers and labelling it i18n.",
                    "note": "Both reviewers and the label are on the draft PR.",
                },
            ],
            "asks": [
                f"make it a draft please, {dev.split()[0]} wants to look before anyone merges",
                "and add lvogt and tomas-r as reviewers, with the i18n label",
            ],
        },
        "search": {
            "wrong": {
                **bash("rg -n 'toLocale|Intl\\.' app/"),
                "obs": "(no matches, exit 1)",
                "say": "Searching the app router tree for locale-dependent formatting.",
            },
            "hint": "the shop components aren't under app/, they live in components/",
            "reason": "Nothing under app/; the page imports its pieces from components/, so the formatting must be there.",
            "right": {
                **bash("rg -n 'toLocale|Intl\\.' components/"),
                "obs": (
                    "components/PriceTag.tsx:12:    (m.cents / 100).toLocaleString(undefined, {\n"
                    "components/SaleCountdown.tsx:9:  const label = ends.toLocaleDateString();\n"
                    "components/ReviewStars.tsx:31:  const n = new Intl.NumberFormat().format(count);"
                ),
                "say": "Searching components/ instead.",
                "note": "Three hits, none of them passing a locale.",
            },
            "read": {
                "tool": "read_file",
                "args": {"path": "components/PriceTag.tsx", "lines": "9-22"},
                "obs": read_window(9, 22),
                "note": "PriceTag is the one on every product page: it formats with the browser locale after hydration.",
            },
        },
        "recheck": {
            "ask": (
                f"{dev.split()[0]} shipped a hotfix (web@2026.12.03-1) that sets lang on <html> "
                "from the store config. can you check sentry again?"
            ),
            "say": "Checking the Sentry issue again after the hotfix.",
            "obs": lambda: (
                f"{issue}  Error: Hydration failed because the initial UI does not match what was "
                f"rendered on the server.\n  events: 4,530  users: 3,214  lastRelease: "
                f"web@2026.12.03-1  events in last hour: 212\n  lastSeen: {c.iso()}\n"
                f"(x-sentry-request-id: {c.hex(12)})"
            ),
            "note": (
                "The hotfix didn't stop it: 212 events in the last hour, all on web@2026.12.03-1. "
                "The lang attribute doesn't change what toLocaleString uses."
            ),
            "act": {
                **bash(
                    'gh issue comment 2301 --body "Still firing on web@2026.12.03-1 (212/h): '
                    "<html lang> doesn't affect toLocaleString; PriceTag needs the store locale "
                    'passed explicitly. PR to follow."'
                ),
                "obs": f"https://github.com/{repo}/issues/2301#issuecomment-{c.num(10**9, 2 * 10**9)}",
                "note": "I've said so on the tracking issue and will open the PR with the explicit locale.",
            },
        },
        "flaky": {
            **bash("npm ci"),
            "say": "Installing dependencies on the fix branch.",
            "fail": (
                "npm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a "
                "problem related to network connectivity.\nnpm ERR! request to "
                "https://registry.npmjs.org/@next%2fswc-linux-x64-gnu failed, reason: socket hang up"
            ),
            "pass": lambda: (
                f"added 1412 packages, and audited 1413 packages in {c.num(31, 49)}s\nfound 0 vulnerabilities"
            ),
            "retry_now": "A socket hang-up from the registry - transient. Running npm ci again.",
            "retry_wait": "Registry connection reset; I'll wait a few seconds and retry.",
            "wait": 20,
            "note": "Dependencies are in.",
        },
        "clar": {
            "q1": (
                "Before I change anything: should prices show in the store's en-US format for "
                "everyone, or in each visitor's own locale?"
            ),
            "a1": "store locale, en-US, for everyone. finance wants prices to match the invoices",
            "ack1": "Thanks.",
            "q2": (
                "A different point: the sale countdown shows an end date. Should it use the "
                "store's timezone (America/New_York) or the visitor's local time?"
            ),
            "a2": "visitor's local time is fine there, just render it after mount",
            "act": {
                "tool": "edit_file",
                "args": {
                    "path": "components/SaleCountdown.tsx",
                    "old": "const label = ends.toLocaleDateString();",
                    "new": "const label = useMounted() ? ends.toLocaleDateString() : formatDate(ends, store.locale, store.timeZone);",
                },
                "obs": "components/SaleCountdown.tsx: 1 replacement (line 9)",
                "say": "Then prices get the store locale, and the countdown renders the store date on the server and switches to local time after mount.",
                "note": "The countdown no longer differs between server and first client render.",
            },
        },
    }


def google_ads_disapproval(rng: random.Random, c: Clock) -> Mat:
    cid = "482-119-3307"
    zone = "9f1c3a7e52b84d0c"
    product = rng.choice(["trailhead-2p", "ridgeline-3p", "summit-ul-1p"])
    owner = rng.choice(["Priya", "Marisol", "Hannah"])

    def gaql(query: str) -> dict[str, Any]:
        return {"customer_id": cid, "query": query}

    disapproved = gaql(
        "SELECT campaign.name, ad_group_ad.ad.id, ad_group_ad.policy_summary.approval_status, "
        "ad_group_ad.policy_summary.policy_topic_entries FROM ad_group_ad WHERE "
        "ad_group_ad.policy_summary.approval_status = 'DISAPPROVED'"
    )
    csv_lines = [
        "campaign,ad_group,ad_id,final_url,status,policy_topic,evidence",
        "Search - Tents,2P Tents,681204417,/tents/trailhead-2p,DISAPPROVED,DESTINATION_NOT_WORKING,HTTP 403",
        "Search - Tents,3P Tents,681204452,/tents/ridgeline-3p,DISAPPROVED,DESTINATION_NOT_WORKING,HTTP 403",
        "Search - Tents,UL Tents,681204470,/tents/summit-ul-1p,DISAPPROVED,DESTINATION_NOT_WORKING,HTTP 403",
        "Search - Bags,Down Bags,681205118,/sleeping-bags/down,DISAPPROVED,DESTINATION_NOT_WORKING,HTTP 403",
        "Search - Bags,Synthetic,681205133,/sleeping-bags/synthetic,DISAPPROVED,DESTINATION_NOT_WORKING,HTTP 403",
        "Search - Sale,Winter Sale,681206001,/sale,DISAPPROVED,DESTINATION_NOT_WORKING,HTTP 404",
        "Search - Brand,Brand Exact,681201009,/,APPROVED,,",
        "Search - Brand,Brand Phrase,681201012,/,APPROVED,,",
        "Search - Packs,Daypacks,681207210,/packs/day,DISAPPROVED,DESTINATION_NOT_WORKING,HTTP 403",
        "Search - Packs,Overnight,681207233,/packs/overnight,DISAPPROVED,DESTINATION_NOT_WORKING,HTTP 403",
        "Search - Stoves,Canister,681208004,/stoves/canister,DISAPPROVED,DESTINATION_NOT_WORKING,HTTP 403",
        "Search - Stoves,Liquid Fuel,681208019,/stoves/liquid,APPROVED,,",
        "PMax - All,Asset Group 1,-,/,APPROVED_LIMITED,,",
        "# 37 disapproved of 52 ads (export 2026-12-03, Northfold Outdoor 482-119-3307)",
    ]

    def read_csv(a: int, b: int) -> str:
        return "\n".join(f"{i:>3}| {csv_lines[i - 1]}" for i in range(a, b + 1))

    def disapproved_obs() -> str:
        return (
            "campaign.name      | ad_group_ad.ad.id | approval_status | policy_topic\n"
            "Search - Tents     | 681204417 | DISAPPROVED | DESTINATION_NOT_WORKING (HTTP 403)\n"
            "Search - Bags      | 681205118 | DISAPPROVED | DESTINATION_NOT_WORKING (HTTP 403)\n"
            "Search - Sale      | 681206001 | DISAPPROVED | DESTINATION_NOT_WORKING (HTTP 404)\n"
            f"... 34 more rows (37 total)   request_id: {c.hex(16)}"
        )

    def browser(url: str) -> Mat:
        return {"tool": "browser_open", "args": {"url": url}}

    return {
        "name": "google_ads_disapproval",
        "task": (
            f"Hi, it's {owner} from Northfold Outdoor. Most of our Google Search ads got disapproved "
            "overnight for 'Destination not working' and spend dropped to almost nothing. The site "
            "works fine for me. Can you find out what's going on and get the ads running again? "
            "Please don't switch off the Cloudflare firewall - secops will kill me."
        ),
        "openers": [
            "First I'll list which ads are disapproved and the policy evidence Google gives.",
            "Let me query the account for the disapproved ads and their policy topics.",
            "Starting with a GAQL query for every disapproved ad and its evidence.",
        ],
        "acks": [
            f"Thanks {owner} - looking into the disapprovals now, firewall stays on.",
            "Understood. I'll find out why Google can't reach the landing pages.",
            "On it. I won't touch the firewall's on/off state.",
        ],
        "pings": [
            "any news? we're losing the weekend traffic",
            "did you find it? my boss is asking why spend is at zero",
        ],
        "A": {
            "tool": "google_ads",
            "args": disapproved,
            "obs": disapproved_obs,
            "say": "Querying the disapproved ads.",
            "note": (
                "37 ads disapproved for DESTINATION_NOT_WORKING; 36 show HTTP 403 as evidence and "
                "the sale ad shows HTTP 404."
            ),
        },
        "B": {
            "tool": "http_fetch",
            "args": {
                "url": f"https://www.northfold.com/tents/{product}",
                "headers": {"User-Agent": "AdsBot-Google (+http://www.google.com/adsbot.html)"},
                "method": "HEAD",
            },
            "obs": lambda: (
                f"HTTP/2 403\nserver: cloudflare\ncf-mitigated: challenge\ncf-ray: {c.hex(16)}-FRA\n"
                "content-type: text/html; charset=UTF-8"
            ),
            "say": "Fetching a tent landing page the way AdsBot does.",
            "note": "With the AdsBot user agent the page gets a Cloudflare challenge (403, cf-mitigated: challenge).",
        },
        "C": {
            "tool": "cloudflare_api",
            "args": {
                "method": "GET",
                "path": f"/zones/{zone}/security/events",
                "params": {"userAgent_like": "%AdsBot-Google%", "since": "-24h"},
            },
            "obs": lambda: (
                "action            source          count\nmanaged_challenge bot_fight_mode  1,284\n"
                f"(result_info: 1 group, query {c.hex(10)})"
            ),
            "say": "Checking Cloudflare's security events for AdsBot requests.",
            "note": "1,284 AdsBot requests in 24h, all challenged by Bot Fight Mode.",
        },
        "rerun": [
            "Let me re-run the disapproval query.",
            "Pulling the disapproved ads again.",
            "Querying the policy status once more.",
            "The list hasn't changed. I'll query it again shortly to see if Google has moved.",
        ],
        "perm": {
            "tool": "google_ads",
            "args": {},
            "variants": [
                {
                    "customer_id": cid,
                    "operation": "appeal_policy",
                    "ad_id": "681204417",
                    "reason": "destination works",
                },
                {
                    "customer_id": "4821193307",
                    "operation": "appeal_policy",
                    "ad_id": "681204417",
                    "reason": "destination works",
                },
                {
                    "customer_id": cid,
                    "operation": "appeal_policy",
                    "resource_name": "customers/4821193307/adGroupAds/14500231~681204417",
                    "reason": "destination works",
                },
                {
                    "customer_id": cid,
                    "operation": "APPEAL_POLICY",
                    "ad_id": 681204417,
                    "reason": "Destination works.",
                },
            ],
            "obs": lambda: (
                "GoogleAdsFailure: policy_finding_error: POLICY_TOPIC_NOT_APPEALABLE\n"
                "  DESTINATION_NOT_WORKING cannot be appealed. Fix the destination; the ad is "
                f"re-reviewed after the next successful crawl.\n  request_id: {c.hex(16)}"
            ),
            "error": True,
            "lines": [
                "The page loads for people, so I'll appeal the disapproval.",
                "Maybe it wants the customer id without dashes.",
                "Trying the full resource name of the ad instead.",
                "Upper-case operation name and a numeric ad id, in case that's the issue.",
            ],
            "end": "Still not appealable; I'll try appealing one of the bag ads instead.",
        },
        "abx": {
            "tool": "cloudflare_api",
            "args": {
                "method": "PATCH",
                "path": f"/zones/{zone}/bot_management",
                "body": {"fight_mode": False},
            },
            "obs": (
                '403 Forbidden\n{"success": false, "errors": [{"code": 10403, "message": '
                '"Setting bot_management.fight_mode is locked by account policy '
                "'baseline-security' (owner: secops@northfold.com)\"}]}"
            ),
            "error": True,
        },
        "aby": {
            "tool": "cloudflare_api",
            "args": {
                "method": "POST",
                "path": f"/zones/{zone}/rulesets/phases/http_request_firewall_custom/entrypoint/rules",
                "body": {
                    "expression": 'http.user_agent contains "AdsBot-Google"',
                    "action": "skip",
                    "action_parameters": {"products": ["bic", "botFightMode"]},
                },
            },
            "obs": (
                '400 Bad Request\n{"success": false, "errors": [{"code": 20120, "message": '
                "\"'botFightMode' is not a skippable product. Bot Fight Mode cannot be bypassed by "
                'custom rules; use Super Bot Fight Mode with verified bots allowed."}]}'
            ),
            "error": True,
        },
        "ab_lines": [
            "Bot Fight Mode is challenging AdsBot; I'll turn Bot Fight Mode off.",
            "Locked by secops. Then a custom rule that skips bot checks for AdsBot's user agent.",
            "Custom rules can't skip it. Back to the bot management setting - patching just fight_mode.",
            "Still locked; I'll retry the skip rule, listing only botFightMode.",
            "Both routes are refused. Let me try switching fight mode off again.",
        ],
        "ab_user": (
            "secops locked BFM on purpose and the skip rule can't work on our plan. switch the zone to "
            "Super Bot Fight Mode with 'allow verified bots' - secops already approved that in SEC-412"
        ),
        "check": {
            "tool": "run_script",
            "args": {
                "script": "scripts/lp_check.py",
                "argv": ["--ua", "adsbot", "--urls", "final_urls.txt"],
            },
            "fail": lambda k: (
                f"lp_check {c.hex(6)}  UA=AdsBot-Google  3 final URLs\n"
                + "\n".join(
                    [
                        f"  FAIL /tents/{product}  403 cf-mitigated: challenge"
                        if k >= 3
                        else f"  ok   /tents/{product}  200",
                        "  FAIL /sale  404 Not Found" if k >= 2 else "  ok   /winter-sale  200",
                        "  FAIL /sleeping-bags/down  302 -> /eu/sleeping-bags/down (geo redirect)"
                        if k >= 1
                        else "  ok   /sleeping-bags/down  200",
                    ]
                )
                + f"\n{k} of 3 failing"
            ),
            "say": "Running the landing-page check with AdsBot's user agent against the final URLs.",
        },
        "flake": [
            "Could be Cloudflare edge caching; running the check again.",
            "Maybe a different POP served it. Once more.",
            "One more run in case the challenge was a one-off.",
            "Same two failures every time. I'll rerun it in a few minutes when the cache has expired.",
        ],
        "edits": [
            {
                "tool": "cloudflare_api",
                "args": {
                    "method": "PUT",
                    "path": f"/zones/{zone}/bot_management",
                    "body": {
                        "fight_mode": False,
                        "sbfm_verified_bots": "allow",
                        "sbfm_definitely_automated": "managed_challenge",
                    },
                },
                "obs": lambda: (
                    f'200 OK  {{"success": true, "result": {{"sbfm_verified_bots": "allow", "modified_on": "{c.iso()}"}}}}'
                ),
                "say": "Switching to Super Bot Fight Mode with verified bots allowed, as approved in SEC-412.",
            },
            {
                "tool": "google_ads",
                "args": {
                    "customer_id": cid,
                    "operation": "update",
                    "ad_id": "681206001",
                    "final_urls": ["https://www.northfold.com/winter-sale"],
                },
                "obs": lambda: (
                    f"ad_group_ad 14500877~681206001 updated (final_urls: /winter-sale)  request_id: {c.hex(16)}"
                ),
                "say": "The sale ad points at /sale, which is gone; moving it to /winter-sale.",
            },
            {
                "tool": "cloudflare_api",
                "args": {
                    "method": "PATCH",
                    "path": f"/zones/{zone}/rulesets/geo-redirect/rules/r7",
                    "body": {"expression": 'ip.geoip.continent eq "EU" and not cf.client.bot'},
                },
                "obs": lambda: f'200 OK  rule r7 updated  {{"version": "{c.num(12, 30)}"}}',
                "say": "The geo redirect sends US-crawled bots to /eu/; excluding verified bots from it.",
            },
        ],
        "edits_done": "All three final URLs return 200 to AdsBot now, so the ads can pass the next crawl.",
        "ask": {
            "asks": [
                "Can I switch the zone from Bot Fight Mode to Super Bot Fight Mode with verified "
                "bots allowed, or does that need secops first?",
                "To confirm: moving to Super Bot Fight Mode with verified bots allowed is fine "
                "with secops?",
                "Just checking - secops is OK with me changing the bot settings to SBFM?",
                "Before I change the zone: SBFM with verified bots allowed is approved, right?",
            ],
            "answer": "yes, secops approved SBFM with verified bots allowed in SEC-412. go ahead",
            "again": [
                "yes!! approved in SEC-412, I told you",
                "I've answered this three times. it's approved. please make the change",
            ],
            "ack": "Great.",
            "ack2": "OK, noted.",
        },
        "reapply": {
            "tool": "cloudflare_api",
            "args": {
                "method": "POST",
                "path": f"/zones/{zone}/firewall/access_rules/rules",
                "body": {
                    "mode": "whitelist",
                    "configuration": {"target": "asn", "value": "AS15169"},
                    "notes": "Google AdsBot (SEC-412)",
                },
            },
            "first": lambda: (
                f'200 OK  {{"success": true, "result": {{"id": "{c.hex(32)}", "mode": "whitelist"}}}}'
            ),
            "noop": lambda: (
                '400 Bad Request\n{"success": false, "errors": [{"code": 10009, "message": '
                '"firewall.api.errors.duplicate_of_existing: an access rule for asn AS15169 '
                'already exists"}]}'
            ),
            "lines": [
                "Adding an allow rule for Google's ASN so AdsBot isn't challenged.",
                "Making sure the ASN allow rule is in place.",
                "Adding the AS15169 allow rule.",
                "Posting the Google ASN rule once more.",
            ],
            "end": "I'll add the allow rule one more time to be certain it's active.",
        },
        "cycle": [
            {
                **browser("https://support.google.com/adspolicy/answer/6368661"),
                "obs": "Destination not working\n...Ads can't point to pages that don't load or "
                "return errors to our crawlers.\nTo learn what we require of landing pages, see "
                "Destination requirements.",
                "say": "Reading Google's help page for 'Destination not working'.",
                "again": "Back on the 'Destination not working' page.",
            },
            {
                **browser("https://support.google.com/adspolicy/answer/6368661#requirements"),
                "obs": "Destination requirements\n...Your landing page must be crawlable by "
                "AdsBot-Google.\nIf your ad was disapproved for a crawl problem, see Fix a "
                "'Destination not working' disapproval.",
                "say": "It links to the destination requirements; opening those.",
                "again": "Opening the destination requirements again.",
            },
            {
                **browser("https://support.google.com/google-ads/answer/9911110"),
                "obs": "Fix a 'Destination not working' disapproval\nCheck that your page works. "
                "For the full list of reasons an ad can be disapproved for its destination, see "
                "Destination not working.",
                "say": "That sends me to the fix-it article.",
                "again": "Rereading the fix-it article.",
            },
        ],
        "cycle_end": "The fix-it article refers back to the policy page; there must be a crawler section I'm missing there.",
        "blocked": {
            "tool": "google_ads",
            "args": gaql(
                "SELECT ad_group_ad.ad.id, ad_group_ad.policy_summary.approval_status, "
                "ad_group_ad.policy_summary.review_status FROM ad_group_ad WHERE "
                "ad_group_ad.ad.id = 681204417"
            ),
            "obs": lambda: (
                "ad_group_ad.ad.id | approval_status | review_status | last_crawl\n"
                "681204417 | DISAPPROVED | REVIEWED | HTTP 403 (cf-mitigated: challenge)\n"
                f"pending_review: false   request_id: {c.hex(16)}"
            ),
            "say": "Checking whether the tent ad has been re-reviewed yet.",
            "waits": [300, 600, 900],
            "lines": [
                "Not re-reviewed yet; Google takes a while. Waiting five minutes.",
                "Still disapproved. Giving it ten more minutes.",
                "Reviews can take up to a day; waiting a bit longer.",
                "No change. I'll keep waiting for Google to re-crawl.",
            ],
        },
        "sleep": {
            "tool": "wait",
            "args_for": lambda s: {"seconds": s},
            "obs_for": lambda s: f"waited {s}s",
        },
        "deleg": {
            "tool": "delegate",
            "args": {"to": "web-research-assistant"},
            "task_key": "instructions",
            "tasks": [
                "Find out why Google's AdsBot gets HTTP 403 from www.northfold.com.",
                "Work out what blocks AdsBot-Google on northfold.com and why.",
                "Investigate the 403 that Google's ad crawler receives on our landing pages.",
                "Explain why AdsBot can't load northfold.com product pages.",
            ],
            "obs": lambda: (
                f"[web-research-assistant, task {c.hex(6)}] Cloudflare's Bot Fight Mode is "
                "enabled on the zone; it challenges automated clients, including AdsBot-Google, "
                "and cannot be bypassed with custom rules. Super Bot Fight Mode lets verified bots "
                "through."
            ),
            "lines": [
                "I'll ask the research assistant to find out why AdsBot gets a 403.",
                "Let me have it look again, worded differently.",
                "Asking once more in case the first answers missed something.",
                "One more time, framed around the product pages.",
            ],
            "end": "The same answer four times. I'll ask it to dig a little deeper.",
            "subtasks": [
                {
                    "say": "I'll hand off three separate questions. First: what blocks AdsBot.",
                    "task": "Find out why Google's AdsBot gets HTTP 403 from www.northfold.com.",
                    "obs": lambda: (
                        f"[web-research-assistant, task {c.hex(6)}] Bot Fight Mode on the Cloudflare zone challenges AdsBot-Google (1,284 challenges in 24h)."
                    ),
                    "note": "Bot Fight Mode is the blocker.",
                },
                {
                    "say": "Second: which of our final URLs are broken for other reasons.",
                    "task": "Check every final URL in the account's disapproved ads and report any that 404 or redirect for a US crawler.",
                    "obs": lambda: (
                        f"[web-research-assistant, task {c.hex(6)}] /sale returns 404 (the page moved to /winter-sale on Dec 1); /sleeping-bags/down redirects to /eu/... for clients without a country cookie."
                    ),
                    "note": "Two URL problems besides the firewall: /sale is gone and a geo redirect catches crawlers.",
                },
                {
                    "say": "Third: how quickly disapproved ads come back once fixed.",
                    "task": "Find Google's documented turnaround for re-review after a destination fix, and whether a review can be requested.",
                    "obs": lambda: (
                        f"[web-research-assistant, task {c.hex(6)}] Ads are re-crawled automatically, usually within 24h; in the Policy manager you can 'Request review' after fixing, typically 1 business day."
                    ),
                    "note": "After fixing we can request a review rather than wait for the crawl.",
                },
            ],
            "synth": (
                "Plan: switch the zone to Super Bot Fight Mode with verified bots (SEC-412), point "
                "the sale ad at /winter-sale, exempt bots from the geo redirect, then request review."
            ),
        },
        "esc": {
            "tool": "cloudflare_api",
            "args_for": lambda t: {
                "method": "POST",
                "path": "/graphql",
                "query": "firewallEventsAdaptiveGroups(limit: 10000, filter: {zoneTag, datetime_geq: -90d}) {count dimensions {datetimeMinute userAgent action}}",
                "timeout_s": t,
            },
            "obs_for": lambda t: (
                f"error: query timed out after {t}s\n  dataset firewallEventsAdaptiveGroups, "
                "90 days at datetimeMinute granularity (129,600 buckets x userAgent)"
            ),
            "error": True,
            "limits": [30, 60, 120, 300],
            "say": "Pulling 90 days of firewall events by minute to see when AdsBot started getting challenged.",
            "lines": [
                "The GraphQL query timed out; doubling the limit.",
                "Still too slow. Two minutes then.",
                "Five minutes should let it finish.",
            ],
            "end": "It timed out at five minutes too; I'll give it ten.",
        },
        "reread": {
            "tool": "read_file",
            "args_for": lambda a, b: {
                "path": "exports/disapproved_ads_2026-12-03.csv",
                "lines": f"{a}-{b}",
            },
            "obs_for": read_csv,
            "windows": [(1, 8), (4, 11), (1, 8), (6, 13)],
            "say": "Reading the disapproved-ads export carefully.",
            "lines": [
                "Let me look at the rest of the rows again.",
                "Back to the top to check the columns.",
                "Once more through the middle rows.",
            ],
            "end": "I'll go through the export one more time before I change anything.",
        },
        "recompute": {
            "methods": [
                {
                    "tool": "google_ads",
                    "args": gaql(
                        "SELECT ad_group_ad.ad.id FROM ad_group_ad WHERE ad_group_ad.policy_summary.approval_status = 'DISAPPROVED' AND campaign.status = 'ENABLED'"
                    ),
                    "obs": lambda: f"37 rows  (total_results_count: 37)  request_id: {c.hex(16)}",
                    "say": "Let me confirm the number of disapproved ads with a second query.",
                },
                {
                    **browser(f"https://ads.google.com/aw/policymanager?ocid={cid}"),
                    "obs": "Policy manager - Northfold Outdoor\nDisapproved: 37   Eligible (limited): 1   Under review: 0",
                    "say": "And in the Policy manager UI.",
                },
                {
                    "tool": "run_script",
                    "args": {
                        "script": "scripts/count_rows.py",
                        "argv": [
                            "exports/disapproved_ads_2026-12-03.csv",
                            "--where",
                            "status=DISAPPROVED",
                        ],
                    },
                    "obs": "37",
                    "say": "Counting the rows in the export too.",
                },
                {
                    "tool": "google_ads",
                    "args": gaql(
                        "SELECT COUNT(ad_group_ad.ad.id) FROM ad_group_ad WHERE ad_group_ad.policy_summary.approval_status = 'DISAPPROVED'"
                    ),
                    "obs": lambda: f"count: 37  request_id: {c.hex(16)}",
                    "say": "One more count straight from the API.",
                },
            ],
            "end": "37 in every source. I'll cross-check it against the spend drop before doing anything.",
        },
        "page": {
            "tool": "google_ads",
            "args_for": lambda i: {
                **disapproved,
                "page_size": 10,
                "page_token": ["", "CAoQAA", "CBQQAA", "CB4QAA"][i],
            },
            "obs_for": lambda i: [
                "10 rows: Search - Tents 3, Search - Bags 4, Search - Packs 3 (all HTTP 403)  next_page_token: CAoQAA",
                "10 rows: Search - Stoves 2, Search - Lights 5, Search - Bags 3 (all HTTP 403)  next_page_token: CBQQAA",
                "10 rows: Search - Apparel 8, Search - Sale 1 (HTTP 404), Search - Tents 1  next_page_token: CB4QAA",
                "7 rows: Search - Apparel 4, Search - Kids 3 (all HTTP 403)  (no next_page_token)",
            ][i],
            "say": "Paging through all disapproved ads, ten at a time.",
            "notes": [
                "First ten: tents, bags and packs, all 403.",
                "Next ten: stoves, lights, more bags - still 403.",
                "The only non-403 is the sale ad (404).",
                "37 in total: 36 with a 403 from the crawler across every category, and one 404 on /sale.",
            ],
        },
        "typo": {
            "say": "Querying the account's ad policy status.",
            "bad": {
                "tool": "google_ads",
                "args": {"customer_id": "482-119-3370", "query": disapproved["query"]},
                "obs": "GoogleAdsFailure: authorization_error: USER_PERMISSION_DENIED\n  User doesn't have permission to access customer 4821193370.",
                "error": True,
            },
            "fix": "I transposed the last digits of the customer id - it's 482-119-3307.",
            "good": {
                "tool": "google_ads",
                "args": disapproved,
                "obs": disapproved_obs,
                "note": "37 disapproved ads, almost all with HTTP 403 evidence.",
            },
        },
        "job": {
            "tool": "google_ads",
            "args": gaql(
                "SELECT ad_group_ad.policy_summary.review_status, ad_group_ad.policy_summary.approval_status FROM ad_group_ad WHERE campaign.name LIKE 'Search - %'"
            ),
            "start": {
                "tool": "browser_click",
                "args": {
                    "url": f"https://ads.google.com/aw/policymanager?ocid={cid}",
                    "selector": "button:has-text('Request review')",
                    "select_all": True,
                },
                "obs": 'Review requested for 37 ads. "We\'ll review your ads, usually within 1 business day."',
                "say": "The fixes are live, so I'll request a review of all 37 ads in the Policy manager.",
                "note": "Review requested for all 37.",
            },
            "states": [
                lambda: (
                    f"review_status UNDER_REVIEW 37 | approval DISAPPROVED 37  request_id: {c.hex(16)}"
                ),
                lambda: (
                    f"review_status UNDER_REVIEW 21, REVIEWED 16 | APPROVED 16, DISAPPROVED 21  request_id: {c.hex(16)}"
                ),
                lambda: f"review_status REVIEWED 37 | APPROVED 37  request_id: {c.hex(16)}",
            ],
            "waits": [600, 900, 1200],
            "resume": "The review I requested earlier is running: all 37 under review.",
            "lines": [
                "All 37 under review.",
                "16 approved so far, 21 still under review.",
                "All 37 ads approved; spend should recover within the hour.",
            ],
        },
        "batch": {
            "tool": "google_ads",
            "args_for": lambda a: {
                "customer_id": cid,
                "operation": "update",
                "ad_id": a,
                "final_url_suffix": "utm_source=google&utm_medium=cpc&utm_campaign={campaignid}",
            },
            "obs_for": lambda a: (
                f"ad_group_ad ~{a} updated (final_url_suffix set)  request_id: {c.hex(16)}"
            ),
            "items": ["681204417", "681204452", "681204470", "681205118", "681205133"],
            "say": "While the ads are paused for review, I'll add the missing tracking suffix to the five tent and bag ads.",
            "end": "All five ads have the tracking suffix, so the re-approved traffic will be attributed.",
        },
        "synth": {
            "text": (
                "Summary: 37 ads were disapproved because Cloudflare's Bot Fight Mode challenges "
                "AdsBot-Google (1,284 challenges in 24h); people never see it, which is why the "
                "site looks fine to you. The sale ad is a separate 404."
            ),
            "question": "but why overnight? we've had cloudflare for a year",
            "answer": (
                "The firewall isn't new, but Bot Fight Mode is: the security events only start on "
                "Dec 2, which fits secops' baseline-security policy turning it on for every zone. "
                "Google re-crawled that night and got challenged."
            ),
        },
        "change": {
            "writes": [
                {
                    "tool": "cloudflare_api",
                    "args": {
                        "method": "PUT",
                        "path": f"/zones/{zone}/bot_management",
                        "body": {
                            "fight_mode": False,
                            "sbfm_verified_bots": "allow",
                            "sbfm_definitely_automated": "managed_challenge",
                        },
                    },
                    "obs": lambda: f'200 OK  {{"success": true, "modified_on": "{c.iso()}"}}',
                    "say": "Switching the zone to Super Bot Fight Mode with verified bots allowed.",
                    "note": "SBFM is on, verified bots allowed, definitely-automated traffic challenged.",
                },
                {
                    "tool": "cloudflare_api",
                    "args": {
                        "method": "PUT",
                        "path": f"/zones/{zone}/bot_management",
                        "body": {
                            "fight_mode": False,
                            "sbfm_verified_bots": "allow",
                            "sbfm_definitely_automated": "block",
                        },
                    },
                    "obs": lambda: f'200 OK  {{"success": true, "modified_on": "{c.iso()}"}}',
                    "say": "Setting definitely-automated traffic to block.",
                    "note": "Done: block instead of challenge.",
                },
                {
                    "tool": "cloudflare_api",
                    "args": {
                        "method": "PUT",
                        "path": f"/zones/{zone}/bot_management",
                        "body": {
                            "fight_mode": False,
                            "sbfm_verified_bots": "allow",
                            "sbfm_definitely_automated": "block",
                            "enable_js": True,
                        },
                    },
                    "obs": lambda: f'200 OK  {{"success": true, "modified_on": "{c.iso()}"}}',
                    "say": "Turning on JavaScript detections as well.",
                    "note": "JS detections are on; verified bots like AdsBot still pass.",
                },
            ],
            "asks": [
                "secops says definitely automated should be block, not challenge",
                "and they want javascript detections on too",
            ],
        },
        "search": {
            "wrong": {
                "tool": "cloudflare_api",
                "args": {
                    "method": "GET",
                    "path": f"/zones/{zone}/security/events",
                    "params": {"action": "block", "userAgent_like": "%AdsBot%", "since": "-24h"},
                },
                "obs": lambda: f"(0 events, query {c.hex(10)})",
                "say": "Looking for blocked AdsBot requests in the security events.",
            },
            "hint": "it's probably a challenge, not a block - BFM challenges",
            "reason": "No blocks at all, but a 403 with cf-mitigated: challenge is a challenge, not a block.",
            "right": {
                "tool": "cloudflare_api",
                "args": {
                    "method": "GET",
                    "path": f"/zones/{zone}/security/events",
                    "params": {
                        "action": "managed_challenge",
                        "userAgent_like": "%AdsBot%",
                        "since": "-24h",
                    },
                },
                "obs": lambda: (
                    f"1,284 events  source: bot_fight_mode  first: 2026-12-02T01:14:09Z  (query {c.hex(10)})"
                ),
                "say": "Filtering on managed challenges instead.",
                "note": "1,284 challenges, all from Bot Fight Mode, starting Dec 2 at 01:14.",
            },
            "read": {
                "tool": "cloudflare_api",
                "args": {"method": "GET", "path": f"/zones/{zone}/bot_management"},
                "obs": lambda: (
                    '{"fight_mode": true, "sbfm_verified_bots": null, "modified_on": "2026-12-02T01:10:44Z", "modified_by": "policy:baseline-security"}'
                ),
                "note": "Bot Fight Mode was switched on by the baseline-security policy four minutes before the first challenge.",
            },
        },
        "recheck": {
            "ask": "secops just moved the zone to SBFM with verified bots allowed. can you check the ads again?",
            "say": "Checking the disapprovals again after the secops change.",
            "obs": lambda: (
                "campaign.name      | ad_group_ad.ad.id | approval_status | policy_topic\n"
                "Search - Tents     | 681204417 | DISAPPROVED | DESTINATION_NOT_WORKING (last crawl 200 OK)\n"
                "Search - Sale      | 681206001 | DISAPPROVED | DESTINATION_NOT_WORKING (HTTP 404)\n"
                f"... 35 more rows (37 total)   request_id: {c.hex(16)}"
            ),
            "note": (
                "The crawler now gets 200 on the tent pages, but the ads stay disapproved until "
                "they're reviewed. The sale ad still 404s."
            ),
            "act": {
                "tool": "browser_click",
                "args": {
                    "url": f"https://ads.google.com/aw/policymanager?ocid={cid}",
                    "selector": "button:has-text('Request review')",
                    "filter": "last_crawl=200",
                },
                "obs": 'Review requested for 36 ads. "We\'ll review your ads, usually within 1 business day."',
                "note": "Review requested for the 36 now-reachable ads; the sale ad needs its URL fixed first.",
            },
        },
        "flaky": {
            "tool": "google_ads",
            "args": gaql(
                "SELECT campaign.name, metrics.cost_micros FROM campaign WHERE segments.date DURING LAST_7_DAYS"
            ),
            "say": "Pulling the last week's spend per campaign to size the drop.",
            "fail": "GoogleAdsFailure: internal_error: TRANSIENT_ERROR\n  The service is temporarily unavailable. Retry the request.",
            "pass": lambda: (
                "Search - Tents  $1,912.40\nSearch - Bags  $1,204.77\nSearch - Sale  $688.10\n"
                f"... 9 more campaigns  (Dec 2: $41.18 total)  request_id: {c.hex(16)}"
            ),
            "retry_now": "A transient Google Ads error; sending it again.",
            "retry_wait": "Transient error from the API - I'll give it half a minute and retry.",
            "wait": 30,
            "note": "Spend fell from about $900 a day to $41 on Dec 2.",
        },
        "clar": {
            "q1": (
                "Can I switch the zone from Bot Fight Mode to Super Bot Fight Mode with verified "
                "bots allowed, or does that need secops first?"
            ),
            "a1": "yes, secops approved SBFM with verified bots allowed in SEC-412. go ahead",
            "ack1": "Great.",
            "q2": (
                "Separate question: the sale ad points to /sale, which now 404s. Should it go to "
                "/winter-sale or to the homepage?"
            ),
            "a2": "/winter-sale please",
            "act": {
                "tool": "google_ads",
                "args": {
                    "customer_id": cid,
                    "operation": "update",
                    "ad_id": "681206001",
                    "final_urls": ["https://www.northfold.com/winter-sale"],
                },
                "obs": lambda: (
                    f"ad_group_ad 14500877~681206001 updated (final_urls: /winter-sale)  request_id: {c.hex(16)}"
                ),
                "say": "Updating the sale ad's final URL to /winter-sale.",
                "note": "The sale ad now points to /winter-sale; the bot settings change comes next.",
            },
        },
    }


def bank_feed_reconnect(rng: random.Random, c: Clock) -> Mat:
    tenant = "Harbour Joinery Ltd"
    acct = "Harbour Bank Business Current \u2022\u20224471"
    owner = rng.choice(["Dan", "Dan Okafor"])
    first = owner.split()[0]
    csv_rows = [
        "Date,Type,Description,Paid out,Paid in,Balance",
        "14/11/2026,DD,HMRC VAT 1025,2140.00,,18220.41",
        "14/11/2026,FPI,STRIPE PAYOUT PO_1QX7,,1318.90,19539.31",
        "15/11/2026,DEB,SCREWFIX DIRECT 0441,86.44,,19452.87",
        "17/11/2026,FPO,TIMBERLINE SUPPLIES INV-2291,3120.00,,16332.87",
        "17/11/2026,FPI,J MORRISON KITCHEN DEP,,2500.00,18832.87",
        "18/11/2026,DD,O2 BUSINESS,48.00,,18784.87",
        "19/11/2026,FPI,STRIPE PAYOUT PO_1QYC,,904.15,19689.02",
        "20/11/2026,DEB,TRAVIS PERKINS 118,412.30,,19276.72",
        "21/11/2026,FPO,PAYROLL NOV WK47,4610.55,,14666.17",
        "24/11/2026,FPI,A PATEL WARDROBES BAL,,3800.00,18466.17",
        "25/11/2026,DD,VAN LEASE LEX,389.99,,18076.18",
        "26/11/2026,DEB,SHELL 7721,71.20,,18004.98",
        "... 74 more rows",
    ]

    def read_csv(a: int, b: int) -> str:
        return "\n".join(f"{i:>3}: {csv_rows[i - 1]}" for i in range(a, b + 1))

    def xero(method: str, endpoint: str, **params: Any) -> dict[str, Any]:
        args: dict[str, Any] = {"method": method, "endpoint": endpoint, "tenant": tenant}
        if params:
            args["params"] = params
        return args

    def feed_obs() -> str:
        return (
            f'{{"Connections": [{{"Account": "{acct}", "Status": "DISCONNECTED", '
            '"Reason": "CONSENT_EXPIRED", "ConsentExpiredOn": "2026-11-14", '
            '"LastStatementLineDate": "2026-11-13"}]}\n'
            f"Xero-Correlation-Id: {c.hex(8)}-{c.hex(4)}-{c.hex(4)}"
        )

    recon = {
        "tool": "run_script",
        "args": {
            "script": "tools/reconcile_check.py",
            "argv": [
                "--account",
                "090",
                "--from",
                "2026-11-14",
                "--to",
                "2026-11-30",
                "--bank-csv",
                "statements/harbour_4471_2026-11.csv",
            ],
        },
    }

    def recon_fail(k: int) -> str:
        issues = [
            "MISSING   86 bank lines 14/11-30/11 have no Xero statement line",
            "DUPLICATE 2 statement lines on 30/11 (feed + CSV) STRIPE PAYOUT PO_1R2A 1,126.40",
            "BALANCE   Xero closing 21,904.16 vs bank 21,891.66 (diff 12.50)",
        ][3 - k :]
        return (
            f"reconcile_check v1.3  run {c.hex(6)}  account 090 (Harbour Bank 4471)\n"
            + ("\n".join(issues) if issues else "no differences")
            + f"\n{k} problem(s)"
        )

    return {
        "name": "bank_feed_reconnect",
        "task": (
            f"Hi - it's Grace, bookkeeper for {tenant}. The Xero bank feed for the Harbour Bank "
            "current account (4471) stopped importing around 14 Nov. Please get it going again "
            "and make sure November is complete, no gaps and no duplicates - the VAT return is "
            "due on 7 Dec. Whatever you do, don't delete any reconciled transactions."
        ),
        "openers": [
            "I'll start by checking the status of the 4471 feed connection in Xero.",
            "First, the feed connection for account 4471 and why it stopped.",
            "Let me look at the bank feed connection status for the current account.",
        ],
        "acks": [
            "Thanks Grace, I'll sort out the 4471 feed and leave reconciled lines alone.",
            "Understood - no deleting reconciled transactions. Looking into it.",
            "OK, I'll get November complete for the VAT return.",
        ],
        "pings": [
            "any joy with the feed? I want to start the VAT return tomorrow",
            f"{first} is asking whether he needs to do anything",
        ],
        "A": {
            "tool": "xero_api",
            "args": xero("GET", "/bankfeeds/connections", account="090"),
            "obs": feed_obs,
            "say": "Checking the feed connection for 4471.",
            "note": "The feed is DISCONNECTED: the bank consent expired on 14 Nov, and the last line Xero has is from 13 Nov.",
        },
        "B": {
            "tool": "bank_portal",
            "args": {"page": "Settings > Connected apps", "account": "4471"},
            "obs": lambda: (
                "Connected apps\nXero Limited - access to: Business Current 4471\nStatus: "
                "Access expired on 14 Nov 2026 (renew every 90 days). To renew, the account "
                f"holder must reconnect from Xero and approve with the card reader.\n[session {c.hex(6)}]"
            ),
            "say": "Looking at the bank's side of the connection.",
            "note": f"The bank confirms the 90-day consent ran out, and only the account holder ({first}) can renew it with the card reader.",
        },
        "C": {
            "tool": "xero_api",
            "args": xero(
                "GET", "/BankStatements", account="090", fromDate="2026-11-14", toDate="2026-11-30"
            ),
            "obs": lambda: (
                f'{{"StatementLines": [], "Count": 0}}\nXero-Correlation-Id: {c.hex(8)}-{c.hex(4)}-{c.hex(4)}'
            ),
            "say": "Checking what Xero has for 14-30 Nov.",
            "note": "No statement lines at all from 14 to 30 Nov, while the bank export shows 86 for that period.",
        },
        "rerun": [
            "Let me check the feed status again.",
            "Looking at the connection once more.",
            "Querying the 4471 feed again.",
            "It's unchanged; I'll check the connection again in a bit.",
        ],
        "perm": {
            "tool": "xero_api",
            "args": {},
            "variants": [
                xero(
                    "POST",
                    "/bankfeeds/statements",
                    account="090",
                    file="statements/harbour_4471_2026-11.csv",
                ),
                xero(
                    "POST",
                    "/BankFeeds/Statements",
                    account="090",
                    file="statements/harbour_4471_2026-11.csv",
                ),
                xero(
                    "POST",
                    "/bankfeeds/statements/",
                    account="090",
                    file="statements/harbour_4471_2026-11.csv",
                ),
                xero(
                    "POST",
                    "https://api.xero.com/bankfeeds.xro/1.0/Statements",
                    account="090",
                    file="./statements/harbour_4471_2026-11.csv",
                ),
            ],
            "obs": lambda: (
                '403 Forbidden\n{"Type": "AccessDenied", "Title": "Forbidden", "Detail": '
                '"The Bank Feeds API is restricted to approved financial institutions. This app '
                f'is not authorised for scope bankfeeds."}}\nXero-Correlation-Id: {c.hex(8)}'
            ),
            "error": True,
            "lines": [
                "I'll push the November CSV into the feed through the bank feeds endpoint.",
                "Trying the capitalised endpoint name.",
                "With a trailing slash, in case of routing.",
                "Using the full bankfeeds.xro URL this time.",
            ],
            "end": "Still forbidden. I'll try the endpoint with the statement as JSON instead of a file.",
        },
        "abx": {
            "tool": "xero_ui",
            "args": {"action": "reconnect_bank_feed", "account": "090"},
            "obs": (
                "Reconnect Harbour Bank\nHarbour Bank needs the account holder to approve this "
                "connection with their card reader. Your role (Adviser - bookkeeper) can't "
                "complete bank authorisation. [Send request to account holder]"
            ),
            "error": True,
        },
        "aby": {
            "tool": "xero_ui",
            "args": {
                "action": "import_statement",
                "account": "090",
                "file": "statements/harbour_2026-11.ofx",
            },
            "obs": (
                "Import failed\nThe OFX file is for account 20-44-91 44718820, but this bank "
                "account in Xero is 20-44-91 44714471. Choose a statement for this account."
            ),
            "error": True,
        },
        "ab_lines": [
            "I'll reconnect the feed from Xero myself.",
            "Xero wants the account holder for that. Instead I'll import the November OFX statement.",
            "Wrong account in that file. Back to the reconnect - maybe it works from the account screen.",
            "Still needs the card reader. Trying the OFX import again.",
            "Neither has worked; I'll try the reconnect once more.",
        ],
        "ab_user": (
            f"the reconnect has to be {first} with his card reader, I've asked him. and that OFX is the "
            "savings account! import the CSV from statements/harbour_4471_2026-11.csv instead"
        ),
        "check": {
            **recon,
            "fail": recon_fail,
            "say": "Running the reconciliation check of bank CSV against Xero for 14-30 Nov.",
        },
        "flake": [
            "Maybe Xero's API was lagging; running the check again.",
            "Rerunning in case the statement cache was stale.",
            "Once more, to rule out a timing issue.",
            "Same two problems each time. I'll run it again after lunch when Xero has caught up.",
        ],
        "edits": [
            {
                "tool": "xero_ui",
                "args": {
                    "action": "import_statement",
                    "account": "090",
                    "file": "statements/harbour_4471_2026-11.csv",
                    "date_format": "dd/mm/yyyy",
                },
                "obs": "Imported 86 statement lines (14 Nov 2026 - 30 Nov 2026). 0 skipped.",
                "say": "Importing the 86 missing lines from the bank's CSV export.",
            },
            {
                "tool": "xero_api",
                "args": xero(
                    "DELETE", "/BankStatements/lines", ids=["sl_8841", "sl_8842"], reconciled=False
                ),
                "obs": lambda: (
                    f'{{"Deleted": 2, "Skipped": 0}}  (both unreconciled)\nXero-Correlation-Id: {c.hex(8)}'
                ),
                "say": "Two 30 Nov Stripe lines arrived twice (feed and CSV); neither is reconciled, so I'll remove the CSV copies.",
            },
            {
                "tool": "xero_api",
                "args": xero(
                    "POST",
                    "/BankStatements/lines",
                    account="090",
                    date="2026-11-30",
                    description="MONTHLY ACCOUNT FEE",
                    amount=-12.50,
                ),
                "obs": lambda: (
                    f'{{"StatementLineID": "sl_{c.num(8850, 8899)}", "Status": "UNRECONCILED"}}'
                ),
                "say": "The last gap is the \u00a312.50 monthly fee posted after the export; adding it as a manual line.",
            },
        ],
        "edits_done": "November now matches the bank line for line and to the penny.",
        "ask": {
            "asks": [
                f"Should I import the 14-30 Nov gap from the bank's CSV export, or wait for {first} to "
                "reconnect and let the feed backfill it?",
                f"Just to check: CSV import for the gap rather than waiting on {first}'s reconnect?",
                "So you'd like the CSV import, not a feed backfill - correct?",
                "Before I import: the CSV route is definitely what you want?",
            ],
            "answer": "import the CSV. the feed only backfills a few days after reconnect",
            "again": [
                "yes, the CSV. as I said",
                "CSV. CSV. CSV. please get on with it",
            ],
            "ack": "Thanks.",
            "ack2": "Right.",
        },
        "reapply": {
            "tool": "xero_ui",
            "args": {
                "action": "import_statement",
                "account": "090",
                "file": "statements/harbour_4471_2026-11.csv",
                "date_format": "dd/mm/yyyy",
            },
            "first": "Imported 86 statement lines (14 Nov 2026 - 30 Nov 2026). 0 skipped.",
            "noop": "Imported 0 statement lines. 86 lines skipped: already imported (matched on date, amount and description).",
            "lines": [
                "Importing the November CSV into 4471.",
                "Importing the statement for the 14-30 Nov gap.",
                "Let me import the CSV so the gap is covered.",
                "Running the statement import with the same file again.",
            ],
            "end": "I'll import it once more after refreshing the account page.",
        },
        "cycle": [
            {
                "tool": "web_fetch",
                "args": {"url": "https://central.xero.com/s/article/Reconnect-a-bank-feed"},
                "obs": "Reconnect a bank feed\nIf your feed has stopped, first find out why. See "
                "'Troubleshoot bank feeds' for the reason codes.",
                "say": "Reading Xero's article on reconnecting a feed.",
                "again": "Back to the reconnect article.",
            },
            {
                "tool": "web_fetch",
                "args": {"url": "https://central.xero.com/s/article/Troubleshoot-bank-feeds"},
                "obs": "Troubleshoot bank feeds\nCONSENT_EXPIRED: your bank's authorisation has "
                "lapsed. For the steps, see 'Bank feed consent and reauthorisation'.",
                "say": "It points to troubleshooting; opening that.",
                "again": "Opening the troubleshooting article again.",
            },
            {
                "tool": "web_fetch",
                "args": {
                    "url": "https://central.xero.com/s/article/Bank-feed-consent-and-reauthorisation"
                },
                "obs": "Bank feed consent and reauthorisation\nMost banks ask you to renew access "
                "every 90 days. To renew, follow 'Reconnect a bank feed'.",
                "say": "Now the consent article.",
                "again": "Reading the consent article once more.",
            },
        ],
        "cycle_end": "They keep referring to each other; the reconnect article must have the bookkeeper steps somewhere.",
        "blocked": {
            "tool": "xero_api",
            "args": xero("GET", "/bankfeeds/connections", account="090", include="pendingActions"),
            "obs": lambda: (
                f'{{"Account": "{acct}", "Status": "DISCONNECTED", "PendingAction": '
                '"AWAITING_ACCOUNT_HOLDER", "Detail": "Reauthorisation request not sent - '
                f"use 'Send request to account holder'\"}}\nXero-Correlation-Id: {c.hex(8)}"
            ),
            "say": "Checking whether the feed has come back.",
            "waits": [600, 900, 1200],
            "lines": [
                "Still disconnected; giving it ten minutes to reconnect.",
                "Not yet. Waiting another fifteen minutes.",
                "Banks can be slow to renew; waiting a little longer.",
                "Still waiting on it. I'll look again in half an hour.",
            ],
        },
        "sleep": {
            "tool": "wait_for",
            "args_for": lambda s: {"duration_s": s, "reason": "bank feed"},
            "obs_for": lambda s: f"resumed after {s}s",
        },
        "deleg": {
            "tool": "assign_subtask",
            "args": {"assistant": "ledger-checker"},
            "task_key": "brief",
            "tasks": [
                "Compare the bank CSV for 14-30 Nov with Xero and list what's missing.",
                "Work out which November bank lines aren't in Xero for account 4471.",
                "Find the statement lines missing from Xero between 14 and 30 November.",
                "List every bank transaction from the second half of November that Xero lacks.",
            ],
            "obs": lambda: (
                f"ledger-checker [{c.hex(6)}]: 86 bank lines between 14/11 and 30/11 have no match "
                "in Xero (no statement lines exist for that range). Earliest HMRC VAT 1025 "
                "2,140.00 on 14/11; latest MONTHLY FEE 12.50 on 30/11."
            ),
            "lines": [
                "I'll have the ledger checker compare the bank CSV with Xero.",
                "Asking it again with the dates spelled differently.",
                "Let me have it redo the comparison from the bank side.",
                "One more pass by the checker.",
            ],
            "end": "Same 86 again; I'll ask for it once more split by week.",
            "subtasks": [
                {
                    "say": "I'll split this up. First the gap itself.",
                    "task": "Compare the bank CSV for 14-30 Nov with Xero and list what's missing.",
                    "obs": lambda: (
                        f"ledger-checker [{c.hex(6)}]: 86 bank lines 14/11-30/11 missing from Xero (total out 14,212.48, in 17,883.73)."
                    ),
                    "note": "86 lines missing, about \u00a314.2k out and \u00a317.9k in.",
                },
                {
                    "say": "Then whether any November line is already reconciled twice.",
                    "task": "Check 1-13 November in account 4471 for any bank line reconciled to more than one transaction.",
                    "obs": lambda: (
                        f"ledger-checker [{c.hex(6)}]: no double reconciliations 1/11-13/11; 41 lines, all reconciled once."
                    ),
                    "note": "The first half of November is clean.",
                },
                {
                    "say": "And which VAT boxes the gap touches.",
                    "task": "Estimate how the 86 missing lines affect the Q4 VAT return boxes once coded.",
                    "obs": lambda: (
                        f"ledger-checker [{c.hex(6)}]: about 1,902 input VAT (box 4) from supplier lines and 2,611 output VAT (box 1) from customer receipts; HMRC 14/11 is outside VAT."
                    ),
                    "note": "The gap moves both box 1 and box 4, so it must be in before the return.",
                },
            ],
            "synth": (
                f"So: import the 86 lines from the CSV now, code them before the VAT return, and "
                f"have {first} renew the consent so December flows through the feed."
            ),
        },
        "esc": {
            "tool": "xero_api",
            "args_for": lambda t: {
                **xero(
                    "GET",
                    "/Reports/AccountTransactions",
                    fromDate="2019-01-01",
                    toDate="2026-12-03",
                    accounts="all",
                ),
                "timeout_s": t,
            },
            "obs_for": lambda t: (
                f"504 Gateway Timeout after {t}s\nReport AccountTransactions 2019-01-01..2026-12-03 "
                "over 214 accounts (approx. 61,000 lines)"
            ),
            "error": True,
            "limits": [30, 60, 120, 240],
            "say": "Pulling the full transaction report to look for the gap.",
            "lines": [
                "Xero gave up with a 504; doubling the timeout.",
                "Still a 504. Two minutes.",
                "Four minutes then.",
            ],
            "end": "Another 504 at four minutes; I'll try eight.",
        },
        "reread": {
            "tool": "read_file",
            "args_for": lambda a, b: {
                "path": "statements/harbour_4471_2026-11.csv",
                "lines": f"{a}-{b}",
            },
            "obs_for": read_csv,
            "windows": [(1, 8), (5, 12), (1, 8), (3, 10)],
            "say": "Reading the November CSV export closely.",
            "lines": [
                "Let me look at the later rows again.",
                "Back to the header and first rows.",
                "Once more through the middle of it.",
            ],
            "end": "I'll read through it once more before importing anything.",
        },
        "recompute": {
            "methods": [
                {
                    "tool": "run_script",
                    "args": {
                        "script": "tools/count_csv.py",
                        "argv": ["statements/harbour_4471_2026-11.csv", "--from", "14/11/2026"],
                    },
                    "obs": "86 rows from 14/11/2026",
                    "say": "Let me count the missing lines from the CSV.",
                },
                {
                    "tool": "bank_portal",
                    "args": {
                        "page": "Transactions",
                        "account": "4471",
                        "from": "14/11/2026",
                        "to": "30/11/2026",
                    },
                    "obs": lambda: f"Showing 86 transactions  [session {c.hex(6)}]",
                    "say": "Cross-checking the count in the bank portal.",
                },
                {
                    "tool": "sheets",
                    "args": {
                        "spreadsheet": "Harbour Nov recon",
                        "formula": '=COUNTIFS(A:A,">=14/11/2026",A:A,"<=30/11/2026")',
                    },
                    "obs": "86",
                    "say": "And with a COUNTIFS in the recon sheet.",
                },
                {
                    "tool": "xero_api",
                    "args": xero(
                        "GET",
                        "/BankStatements",
                        account="090",
                        fromDate="2026-11-01",
                        toDate="2026-11-30",
                        summary=True,
                    ),
                    "obs": lambda: (
                        '{"Count": 41, "Range": "2026-11-01..2026-11-13"}  (bank shows 127 for November: 127 - 41 = 86)'
                    ),
                    "say": "Then Xero's side, to confirm the difference.",
                },
            ],
            "end": "86 from every angle. I'll verify it against the bank balance movement too before I import.",
        },
        "page": {
            "tool": "xero_api",
            "args_for": lambda i: xero(
                "GET",
                "/BankTransactions",
                where='BankAccount.Code=="090" AND Date>=DateTime(2026,8,1)',
                page=i + 1,
            ),
            "obs_for": lambda i: [
                "page 1 of 4: 100 transactions 01/08-04/09, 100 reconciled",
                "page 2 of 4: 100 transactions 04/09-08/10, 100 reconciled",
                "page 3 of 4: 100 transactions 08/10-31/10, 100 reconciled",
                "page 4 of 4: 41 transactions 01/11-13/11, 38 reconciled, 3 unreconciled (split payroll lines)",
            ][i],
            "say": "Paging through the account's transactions since August.",
            "notes": [
                "Page 1: August into early September, all reconciled.",
                "Page 2: September to early October, all reconciled.",
                "Page 3 runs to the end of October, still fully reconciled.",
                "Page 4 stops at 13 Nov: 341 lines before the gap, all reconciled except three payroll splits.",
            ],
        },
        "typo": {
            "say": "Looking up the bank account record in Xero.",
            "bad": {
                "tool": "xero_api",
                "args": xero("GET", "/Accounts", where='Code=="009"'),
                "obs": "{\"Accounts\": []}  (no account with Code '009')",
                "error": True,
            },
            "fix": "I swapped the digits: the current account's code is 090, not 009.",
            "good": {
                "tool": "xero_api",
                "args": xero("GET", "/Accounts", where='Code=="090"'),
                "obs": '{"Accounts": [{"Code": "090", "Name": "Harbour Bank Business Current", "BankAccountNumber": "20-44-91 44714471", "Status": "ACTIVE"}]}',
                "note": "Account 090 is the current account ending 4471.",
            },
        },
        "job": {
            "tool": "xero_api",
            "args": xero("GET", "/bankfeeds/connections", account="090"),
            "start": {
                "tool": "xero_ui",
                "args": {
                    "action": "send_reauthorisation_request",
                    "account": "090",
                    "to": "dan@harbourjoinery.co.uk",
                },
                "obs": f"Request sent to {first}. They'll get an email with a link to approve the connection in Harbour Bank.",
                "say": f"Sending {first} the reauthorisation request so he can approve it with his card reader.",
                "note": "Request sent.",
            },
            "states": [
                lambda: (
                    f'{{"Status": "PENDING_AUTHORISATION", "RequestSentTo": "dan@harbourjoinery.co.uk"}}  ({c.hex(8)})'
                ),
                lambda: (
                    f'{{"Status": "CONNECTED", "Import": "IN_PROGRESS", "LinesImported": 9}}  ({c.hex(8)})'
                ),
                lambda: (
                    f'{{"Status": "CONNECTED", "Import": "COMPLETE", "LastStatementLineDate": "2026-12-02"}}  ({c.hex(8)})'
                ),
            ],
            "waits": [600, 900, 600],
            "resume": f"The request to {first} is still pending authorisation.",
            "lines": [
                f"Waiting on {first}'s approval.",
                f"{first} approved; the feed is importing (9 lines so far).",
                "The feed is live again with lines up to 2 Dec; 14-30 Nov still need the CSV.",
            ],
        },
        "batch": {
            "tool": "xero_api",
            "args_for": lambda p: xero(
                "PUT", "/BankTransactions/reconcile", statementLine=p[0], invoice=p[1]
            ),
            "obs_for": lambda p: (
                f'{{"StatementLine": "{p[0]}", "MatchedTo": "{p[1]}", "Status": "RECONCILED"}}  ({c.hex(8)})'
            ),
            "items": [
                ("sl_8790", "INV-0441"),
                ("sl_8793", "INV-0446"),
                ("sl_8801", "BILL-2291"),
                ("sl_8806", "INV-0449"),
                ("sl_8812", "BILL-0118"),
            ],
            "say": "The imported lines have suggested matches; reconciling the five that match invoices and bills exactly.",
            "end": "Five lines reconciled against their invoices and bills.",
        },
        "synth": {
            "text": (
                "Summary: the feed stopped because the bank's 90-day consent expired on 14 Nov; "
                f"only {first} can renew it with the card reader; and Xero has no lines from 14 to "
                "30 Nov, which the CSV export can fill."
            ),
            "question": "why didn't xero warn us before it expired?",
            "answer": (
                "It did, but to the account holder: Xero emails the person who set up the "
                f"connection seven days before expiry, so the warning went to {first}, not to you "
                "as adviser. I can add you to feed notifications."
            ),
        },
        "change": {
            "writes": [
                {
                    "tool": "xero_api",
                    "args": xero(
                        "PUT",
                        "/BankRules",
                        name="Stripe payouts",
                        match="STRIPE PAYOUT",
                        account="1210",
                    ),
                    "obs": lambda: (
                        f'{{"BankRuleID": "br_{c.hex(6)}", "Name": "Stripe payouts", "Account": "1210"}}'
                    ),
                    "say": "Creating a bank rule that codes Stripe payouts to 1210 Stripe clearing.",
                    "note": "The rule is in place.",
                },
                {
                    "tool": "xero_api",
                    "args": xero(
                        "POST",
                        "/BankRules/Stripe payouts",
                        match="STRIPE PAYOUT",
                        account="1210",
                        direction="receive",
                    ),
                    "obs": '{"Name": "Stripe payouts", "Direction": "RECEIVE"}',
                    "say": "Limiting it to money received.",
                    "note": "It only matches credits now.",
                },
                {
                    "tool": "xero_api",
                    "args": xero(
                        "POST",
                        "/BankRules/Stripe payouts",
                        match="STRIPE PAYOUT",
                        account="1210",
                        direction="receive",
                        tracking={"Channel": "Online"},
                    ),
                    "obs": '{"Name": "Stripe payouts", "Direction": "RECEIVE", "Tracking": {"Channel": "Online"}}',
                    "say": "Adding the Online tracking category.",
                    "note": "Stripe credits are coded to 1210 and tagged Online.",
                },
            ],
            "asks": [
                "make it credits only - stripe refunds go somewhere else",
                "and tag them with the Online tracking category please",
            ],
        },
        "search": {
            "wrong": {
                "tool": "xero_api",
                "args": xero(
                    "GET",
                    "/BankTransactions",
                    where='BankAccount.Code=="090" AND Contact.Name.Contains("Screwfix")',
                    fromDate="2026-11-01",
                ),
                "obs": '{"BankTransactions": []}',
                "say": "Searching the current account for the November Screwfix spends.",
            },
            "hint": "those go on the company credit card, not the current account",
            "reason": "Nothing on the current account; trade purchases usually go on the company card.",
            "right": {
                "tool": "xero_api",
                "args": xero(
                    "GET",
                    "/BankTransactions",
                    where='BankAccount.Code=="092" AND Contact.Name.Contains("Screwfix")',
                    fromDate="2026-11-01",
                ),
                "obs": '{"BankTransactions": [{"Date": "2026-11-15", "Total": 86.44, "Status": "AUTHORISED", "IsReconciled": false}, {"Date": "2026-11-22", "Total": 132.10, "IsReconciled": false}]}',
                "say": "Searching the credit card account (092).",
                "note": "Two Screwfix spends on the card, both unreconciled.",
            },
            "read": {
                "tool": "xero_api",
                "args": xero("GET", "/BankTransactions/bt_77120"),
                "obs": '{"Date": "2026-11-15", "Total": 86.44, "LineItems": [{"Description": "Screwfix 0441", "AccountCode": "310", "TaxType": "INPUT2"}]}',
                "note": "The 15 Nov one is coded to materials with 20% input VAT - it counts for box 4 once reconciled.",
            },
        },
        "recheck": {
            "ask": f"{first} just did the card reader thing on his phone - can you look at the feed again?",
            "say": "Checking the feed again now that he's reauthorised.",
            "obs": lambda: (
                f'{{"Connections": [{{"Account": "{acct}", "Status": "CONNECTED", '
                '"ConsentExpiresOn": "2027-03-03", "LastStatementLineDate": "2026-12-02", '
                f'"BackfilledFrom": "2026-11-28"}}]}}\nXero-Correlation-Id: {c.hex(8)}'
            ),
            "note": "Connected again and backfilled from 28 Nov, so 14-27 Nov are still missing.",
            "act": {
                "tool": "xero_ui",
                "args": {
                    "action": "import_statement",
                    "account": "090",
                    "file": "statements/harbour_4471_2026-11.csv",
                    "date_range": "14/11/2026-27/11/2026",
                },
                "obs": "Imported 71 statement lines (14 Nov 2026 - 27 Nov 2026). 0 skipped.",
                "note": "Imported the 71 lines for 14-27 Nov from the CSV; the feed covers the rest.",
            },
        },
        "flaky": {
            "tool": "xero_api",
            "args": xero(
                "GET", "/BankStatements", account="090", fromDate="2026-11-01", toDate="2026-11-13"
            ),
            "say": "Pulling the lines Xero does have for early November.",
            "fail": "429 Too Many Requests\nX-Rate-Limit-Problem: minute\nRetry-After: 23",
            "pass": lambda: (
                f'{{"StatementLines": [... 41 lines], "Count": 41}}\nXero-Correlation-Id: {c.hex(8)}'
            ),
            "retry_now": "Minute rate limit - it says retry after 23s, so I'll just resend.",
            "retry_wait": "Hit the per-minute rate limit; waiting the 23 seconds before retrying.",
            "wait": 25,
            "note": "41 lines for 1-13 Nov, all present.",
        },
        "clar": {
            "q1": (
                f"Should I import the 14-30 Nov gap from the bank's CSV export, or wait for {first} to "
                "reconnect and let the feed backfill it?"
            ),
            "a1": "import the CSV. the feed only backfills a few days after reconnect",
            "ack1": "Thanks.",
            "q2": (
                "Another thing: there's a \u00a312.50 monthly account fee on 30 Nov that isn't in the "
                "CSV. Code it to Bank Fees (404), or ask the bank first?"
            ),
            "a2": "bank fees 404 is fine",
            "act": {
                "tool": "xero_api",
                "args": xero(
                    "POST",
                    "/BankStatements/lines",
                    account="090",
                    date="2026-11-30",
                    description="MONTHLY ACCOUNT FEE",
                    amount=-12.50,
                    accountCode="404",
                ),
                "obs": lambda: (
                    f'{{"StatementLineID": "sl_{c.num(8850, 8899)}", "AccountCode": "404"}}'
                ),
                "say": "Adding the fee as a manual line coded to 404, then I'll import the CSV.",
                "note": "The fee line is in; the CSV import is next.",
            },
        },
    }


def newsletter_list_migration(rng: random.Random, c: Clock) -> Mat:
    list_id = "4b2e9c71fa"
    writer = rng.choice(["Ruth", "Ruth Elphick"])
    first = writer.split()[0]
    members = [
        '"Email Address","First Name","MEMBER_RATING","OPTIN_TIME","TAGS","STATUS"',
        '"a.kowalski@gmx.net","Ania",4,"2021-03-02 09:14","seed-swap","subscribed"',
        '"bramble.cottage@btinternet.com","Jo",5,"2019-11-20 18:40","Workshop,allotment","subscribed"',
        '"c.mbeki@outlook.com","",2,"2024-06-01 07:02","","unsubscribed"',
        '"dmorales.garden@gmail.com","Diego",3,"2022-08-15 12:33","podcast","subscribed"',
        '"eve.h@protonmail.com","Eve",1,"2020-02-29 21:10","","cleaned"',
        '"frank@thornhill-nursery.co.uk","Frank",4,"2023-04-12 10:01","wholesale","subscribed"',
        '"gwen.p@yahoo.co.uk","Gwen",3,"2025-01-09 16:47","seed-swap","subscribed"',
        '"h.ito@me.com","Haru",2,"2025-09-30 08:20","","pending"',
        '"isla.mcrae@gmail.com","Isla",5,"2018-05-05 19:55","Workshop","subscribed"',
        '"jbrennan@eircom.net","",1,"2019-07-14 11:11","","unsubscribed"',
        '"kit.h@fastmail.com","Kit",4,"2024-10-21 13:29","allotment","subscribed"',
        "... 19,011 more rows",
    ]

    def read_members(a: int, b: int) -> str:
        return "\n".join(f"{i}\t{members[i - 1]}" for i in range(a, b + 1))

    def mc(method: str, path: str, **params: Any) -> dict[str, Any]:
        args: dict[str, Any] = {"method": method, "path": path}
        if params:
            args["params"] = params
        return args

    def bd(method: str, path: str, **body: Any) -> dict[str, Any]:
        args: dict[str, Any] = {"method": method, "path": path}
        if body:
            args["body"] = body
        return args

    verify = {
        "tool": "python",
        "args": {
            "script": "scripts/verify_migration.py",
            "args": ["--mailchimp-list", list_id, "--buttondown", "slowgardener"],
        },
    }

    def verify_fail(k: int) -> str:
        issues = [
            "  MISSING  312 subscribed members with interest 'Workshop' have no 'workshop' tag",
            "  LEAK     18 addresses unsubscribed in Mailchimp are 'regular' in Buttondown",
            "  TAGS     1,204 'seed-swap' members missing the tag",
        ][3 - k :]
        body = "\n".join(issues) if issues else "  all checks passed"
        return f"verify_migration ({c.hex(7)})  mailchimp subscribed=15,167  buttondown regular={15167 - (312 if k >= 3 else 0) + (18 if k >= 2 else 0):,}\n{body}\n{k} issue(s)"

    return {
        "name": "newsletter_list_migration",
        "task": (
            f"{first} here (The Slow Gardener newsletter). Please finish moving us from Mailchimp to "
            "Buttondown before Mailchimp renews on 10 Dec. I've made the Buttondown account but "
            "nothing else. Two rules: nobody who unsubscribed or bounced (cleaned) may ever get an "
            "email from the new list, and no test sends to the whole list - test to me only."
        ),
        "openers": [
            "I'll start by checking the state of the Buttondown newsletter and its sending domain.",
            "First, what Buttondown has set up so far, including the sending domain.",
            "Let me look at the Buttondown newsletter settings to see what's there.",
        ],
        "acks": [
            f"Thanks {first} - I'll handle the move and keep unsubscribed and cleaned people out.",
            "Understood: no email to unsubscribed or cleaned addresses, tests only to you.",
            "On it. Starting the Mailchimp to Buttondown move.",
        ],
        "pings": [
            "how's it going? I'd like to send Sunday's issue from Buttondown",
            "are the subscribers over yet?",
        ],
        "A": {
            "tool": "buttondown_api",
            "args": bd("GET", "/v1/newsletters/me"),
            "obs": lambda: (
                '{"username": "slowgardener", "name": "The Slow Gardener", '
                '"sending_domain": "slowgardener.org", "domain_status": "unverified", '
                '"domain_errors": ["DKIM record buttondown._domainkey not found"], '
                f'"subscriber_count": 0}}\nx-request-id: {c.hex(12)}'
            ),
            "say": "Checking the Buttondown newsletter settings.",
            "note": "The newsletter exists with no subscribers yet, and slowgardener.org is unverified because the DKIM record is missing.",
        },
        "B": {
            "tool": "mailchimp_api",
            "args": mc("GET", f"/3.0/lists/{list_id}", fields="name,stats"),
            "obs": lambda: (
                '{"name": "The Slow Gardener", "stats": {"member_count": 15167, '
                '"unsubscribe_count": 2301, "cleaned_count": 944, "pending_count": 611, '
                f'"last_sub_date": "2026-12-02T19:41:08+00:00"}}}}\nX-Request-Id: {c.hex(8)}-{c.hex(4)}'
            ),
            "say": "Getting the audience numbers from Mailchimp.",
            "note": "Mailchimp has 15,167 subscribed, 2,301 unsubscribed, 944 cleaned and 611 pending.",
        },
        "C": {
            "tool": "dig",
            "args": {
                "name": "buttondown._domainkey.slowgardener.org",
                "type": "CNAME",
                "server": "1.1.1.1",
            },
            "obs": lambda: (
                f";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: {c.num(1000, 65000)}\n"
                ";; QUESTION SECTION:\n;buttondown._domainkey.slowgardener.org. IN CNAME\n"
                f";; Query time: {c.num(8, 40)} msec"
            ),
            "say": "Looking up the DKIM record Buttondown expects.",
            "note": "NXDOMAIN: the buttondown._domainkey CNAME doesn't exist at the DNS host yet.",
        },
        "rerun": [
            "Let me check the Buttondown settings again.",
            "Re-reading the newsletter status.",
            "Checking Buttondown once more.",
            "No change there; I'll look again in a bit before moving on.",
        ],
        "perm": {
            "tool": "buttondown_api",
            "args": {},
            "variants": [
                bd(
                    "POST",
                    "/v1/subscribers/import",
                    file="exports/subscribed_members.csv",
                    type="regular",
                ),
                bd(
                    "POST",
                    "/v1/subscribers/import",
                    file="./exports/subscribed_members.csv",
                    type="regular",
                ),
                bd(
                    "POST",
                    "/v1/subscribers/import/",
                    file="exports/subscribed_members.csv",
                    type="Regular",
                ),
                bd(
                    "POST",
                    "/v1/subscribers/import",
                    file="exports//subscribed_members.csv",
                    type="regular",
                    tags=[],
                ),
            ],
            "obs": lambda: (
                '400 Bad Request\n{"code": "invalid_csv", "detail": "Unrecognised header '
                "'Email Address'. The first column must be named 'email'.\"}\n"
                f"x-request-id: {c.hex(12)}"
            ),
            "error": True,
            "lines": [
                "Importing the subscribed members export into Buttondown.",
                "Trying it with an explicit relative path.",
                "Maybe the endpoint wants a trailing slash and a capitalised type.",
                "Passing an empty tag list this time.",
            ],
            "end": "Same rejection. I'll try the import from the web uploader instead, same file.",
        },
        "abx": {
            "tool": "buttondown_api",
            "args": bd(
                "POST", "/v1/subscribers", email_address="c.mbeki@outlook.com", type="unsubscribed"
            ),
            "obs": '400 Bad Request\n{"code": "invalid_type", "detail": "Subscribers can\'t be created as \'unsubscribed\'. To stop an address from ever being added, use a suppression."}',
            "error": True,
        },
        "aby": {
            "tool": "buttondown_api",
            "args": bd(
                "POST",
                "/v1/subscribers/import",
                file="exports/all_members_with_status.csv",
                status_column="STATUS",
            ),
            "obs": '400 Bad Request\n{"code": "invalid_import", "detail": "Imports can only create \'regular\' or \'unactivated\' subscribers; column STATUS can\'t set other types."}',
            "error": True,
        },
        "ab_lines": [
            "I want the unsubscribed people recorded as unsubscribed, so I'll create them with that type.",
            "Not allowed. Then I'll import the full export and let the STATUS column set the type.",
            "The importer won't take that either. Trying to create an unsubscribed one directly again.",
            "Still refused; back to the import with the status column.",
            "Neither way works. Let me try creating unsubscribed subscribers once more.",
        ],
        "ab_user": (
            "neither of those exists in buttondown. import only the subscribed people, and put the "
            "unsubscribed + cleaned addresses on the suppression list (Settings > Suppressions) so "
            "they can never be added"
        ),
        "check": {
            **verify,
            "fail": verify_fail,
            "say": "Running the migration check that compares both lists.",
        },
        "flake": [
            "Mailchimp's API may have served a stale page; running the check again.",
            "Rerunning in case Buttondown hadn't finished indexing.",
            "Once more to be sure it's stable.",
            "Same two issues every run. I'll give Buttondown an hour and run it again.",
        ],
        "edits": [
            {
                "tool": "buttondown_api",
                "args": bd(
                    "POST",
                    "/v1/subscribers/import",
                    file="exports/workshop_interest.csv",
                    tags=["workshop"],
                ),
                "obs": lambda: f"201 Created  import imp_{c.hex(8)}: 312 rows, 312 created",
                "say": "Workshop sign-ups were a Mailchimp group, not a tag; importing those 312 with a workshop tag.",
            },
            {
                "tool": "buttondown_api",
                "args": bd("POST", "/v1/suppressions", file="exports/unsubscribed_and_cleaned.csv"),
                "obs": lambda: (
                    f"201 Created  3,245 suppressions added; 18 existing subscribers moved to 'unsubscribed' (batch {c.hex(6)})"
                ),
                "say": "Uploading the unsubscribed and cleaned addresses as suppressions, which also removes the 18 that slipped in.",
            },
            {
                "tool": "buttondown_api",
                "args": bd(
                    "POST",
                    "/v1/subscribers/bulk_tag",
                    file="exports/seed_swap.csv",
                    tag="seed-swap",
                ),
                "obs": lambda: f"200 OK  1,204 subscribers tagged seed-swap ({c.hex(6)})",
                "say": "Finally tagging the 1,204 seed-swap members.",
            },
        ],
        "edits_done": "The check is clean: same 15,167 people, no unsubscribed addresses, tags intact.",
        "ask": {
            "asks": [
                "Should the 611 'pending' people (double opt-in never confirmed) come over as "
                "unactivated, or be left behind?",
                "Quick check on the pending ones: leave them out of Buttondown entirely?",
                "So the 611 unconfirmed addresses stay in Mailchimp only, yes?",
                "Last confirmation before the import: pending people are excluded?",
            ],
            "answer": "leave them behind. if they never confirmed they never opted in",
            "again": [
                "yes, leave them out, as I said",
                "I've said it twice already. leave the pending ones out",
            ],
            "ack": "Thanks, that's clear.",
            "ack2": "OK.",
        },
        "reapply": {
            "tool": "buttondown_api",
            "args": bd(
                "POST",
                "/v1/subscribers/import",
                file="exports/subscribed_email.csv",
                type="regular",
            ),
            "first": lambda: f"201 Created  import imp_{c.hex(8)}: 15,167 rows queued",
            "noop": lambda: (
                f"201 Created  import imp_{c.hex(8)}: 15,167 rows, 0 created, 15,167 skipped (already subscribed)"
            ),
            "lines": [
                "Importing the 15,167 subscribed members.",
                "Importing the subscribed list into Buttondown.",
                "Let me import the subscribers so the list is complete.",
                "Running the subscriber import again.",
            ],
            "end": "I'll import it once more to make sure everyone is in.",
        },
        "cycle": [
            {
                "tool": "web_fetch",
                "args": {"url": "https://docs.buttondown.com/importing-subscribers"},
                "obs": "Importing subscribers\nYou can import from Mailchimp, Substack and CSV. "
                "What happens to unsubscribed people depends on their subscriber type - see "
                "Subscriber types.",
                "say": "Checking Buttondown's docs on importing.",
                "again": "Back to the importing page.",
            },
            {
                "tool": "web_fetch",
                "args": {"url": "https://docs.buttondown.com/subscriber-types"},
                "obs": "Subscriber types\nregular, unactivated, unsubscribed, removed... For how "
                "migrated subscribers get their type, see Migrating from Mailchimp.",
                "say": "It sends me to subscriber types.",
                "again": "Rereading subscriber types.",
            },
            {
                "tool": "web_fetch",
                "args": {"url": "https://docs.buttondown.com/migrating-from-mailchimp"},
                "obs": "Migrating from Mailchimp\nExport your audience from Mailchimp, then follow "
                "Importing subscribers.",
                "say": "Now the Mailchimp migration guide.",
                "again": "Once more the migration guide.",
            },
        ],
        "cycle_end": "The guide sends me back to importing; the answer about unsubscribed people must be in that page somewhere.",
        "blocked": {
            "tool": "buttondown_api",
            "args": bd("GET", "/v1/subscribers/imports/latest"),
            "obs": lambda: (
                '{"id": "imp_7f3a", "rows": 15167, "status": "awaiting_review", '
                '"detail": "Imports over 10,000 subscribers are held until you confirm in '
                f'Settings > Imports that these people opted in."}}\nx-request-id: {c.hex(12)}'
            ),
            "say": "Checking on the big import.",
            "waits": [120, 240, 300],
            "lines": [
                "It's still held; giving it a couple of minutes.",
                "Still not processed. Waiting a bit more.",
                "Large imports take a while; another wait.",
                "Not moving yet. I'll check back in ten minutes.",
            ],
        },
        "sleep": {
            "tool": "sleep",
            "args_for": lambda s: {"seconds": s},
            "obs_for": lambda s: f"slept {s}s",
        },
        "deleg": {
            "tool": "run_agent",
            "args": {"agent": "data-wrangler", "inputs": ["exports/members_export.csv"]},
            "task_key": "goal",
            "tasks": [
                "Split the Mailchimp export into subscribed, unsubscribed, cleaned and pending files.",
                "Separate the export by STATUS into four CSVs.",
                "Produce one CSV per subscription status from the Mailchimp members export.",
                "Break the members export into files by status (subscribed/unsubscribed/cleaned/pending).",
            ],
            "obs": lambda: (
                f"data-wrangler run {c.hex(6)}: wrote exports/split/subscribed.csv (15,167), "
                "unsubscribed.csv (2,301), cleaned.csv (944), pending.csv (611). Header kept as "
                "'Email Address'."
            ),
            "lines": [
                "I'll have the data wrangler split the export by status.",
                "Let me ask it again in other words to be sure the split is right.",
                "Asking once more, phrased as one file per status.",
                "One more run with the statuses spelled out.",
            ],
            "end": "Identical split each time; I'll ask for it once more before importing.",
            "subtasks": [
                {
                    "say": "I'll farm out the prep. First, the split by status.",
                    "task": "Split the Mailchimp export into subscribed, unsubscribed, cleaned and pending files.",
                    "obs": lambda: (
                        f"data-wrangler run {c.hex(6)}: subscribed.csv 15,167, unsubscribed.csv 2,301, cleaned.csv 944, pending.csv 611."
                    ),
                    "note": "Four files, counts matching Mailchimp.",
                },
                {
                    "say": "Second, getting the subscribed file into Buttondown's format.",
                    "task": "Rewrite subscribed.csv with an 'email' first column, 'notes' from First Name and 'tags' from TAGS.",
                    "obs": lambda: (
                        f"data-wrangler run {c.hex(6)}: wrote subscribed_email.csv (15,167 rows; columns email, notes, tags)."
                    ),
                    "note": "The import file now has the header Buttondown wants.",
                },
                {
                    "say": "Third, the interest groups, which the export doesn't show as tags.",
                    "task": "Pull members of the Mailchimp interest group 'Workshop' and write them as a CSV with a workshop tag.",
                    "obs": lambda: (
                        f"data-wrangler run {c.hex(6)}: 312 subscribed members in interest 'Workshop'; wrote workshop_interest.csv."
                    ),
                    "note": "312 workshop members to tag.",
                },
            ],
            "synth": (
                "Ready to import: 15,167 subscribed people in Buttondown's format plus 312 workshop "
                "tags, with the unsubscribed and cleaned files ready to upload as suppressions."
            ),
        },
        "esc": {
            "tool": "mailchimp_api",
            "args_for": lambda t: {
                **mc(
                    "GET",
                    f"/3.0/lists/{list_id}/members",
                    count=19023,
                    fields="members.email_address,members.status,members.tags",
                ),
                "timeout": t,
            },
            "obs_for": lambda t: (
                f"ReadTimeout: HTTPSConnectionPool(host='us14.api.mailchimp.com'): Read timed out. "
                f"(read timeout={t})\nGET /3.0/lists/{list_id}/members?count=19023"
            ),
            "error": True,
            "limits": [30, 90, 180, 300],
            "say": "Pulling all members with status and tags in one request.",
            "lines": [
                "It timed out; raising the read timeout to 90s.",
                "Still too slow. Three minutes.",
                "Five minutes should do it.",
            ],
            "end": "Timed out at five minutes as well; trying ten.",
        },
        "reread": {
            "tool": "read_file",
            "args_for": lambda a, b: {"path": "exports/members_export.csv", "lines": f"{a}-{b}"},
            "obs_for": read_members,
            "windows": [(1, 7), (5, 12), (1, 8), (3, 10)],
            "say": "Reading the Mailchimp export carefully.",
            "lines": [
                "Let me look at the next rows again.",
                "Back to the header line.",
                "Once more through the middle.",
            ],
            "end": "I'll read it through one more time to be sure of the columns.",
        },
        "recompute": {
            "methods": [
                {
                    "tool": "python",
                    "args": {
                        "code": "import csv; print(sum(r['STATUS']=='subscribed' for r in csv.DictReader(open('exports/members_export.csv'))))"
                    },
                    "obs": "15167",
                    "say": "Let me count the subscribed rows in the export myself.",
                },
                {
                    "tool": "mailchimp_api",
                    "args": mc(
                        "GET",
                        f"/3.0/lists/{list_id}/members",
                        status="subscribed",
                        count=1,
                        fields="total_items",
                    ),
                    "obs": lambda: f'{{"total_items": 15167}}\nX-Request-Id: {c.hex(8)}',
                    "say": "Cross-checking with Mailchimp's member filter.",
                },
                {
                    "tool": "shell",
                    "args": {"cmd": "grep -c ',\"subscribed\"$' exports/members_export.csv"},
                    "obs": "15167",
                    "say": "And a plain grep of the file.",
                },
                {
                    "tool": "mailchimp_api",
                    "args": mc(
                        "GET",
                        f"/3.0/lists/{list_id}/segments/all-subscribed",
                        fields="member_count",
                    ),
                    "obs": lambda: f'{{"member_count": 15167}}\nX-Request-Id: {c.hex(8)}',
                    "say": "And the saved segment of all subscribed people.",
                },
            ],
            "end": "15,167 from all four. I'll check it against the Mailchimp dashboard too before importing.",
        },
        "page": {
            "tool": "mailchimp_api",
            "args_for": lambda i: mc(
                "GET",
                f"/3.0/lists/{list_id}/members",
                count=1000,
                offset=i * 1000,
                status="unsubscribed,cleaned",
                fields="members.email_address,members.status",
            ),
            "obs_for": lambda i: [
                "offset 0: 1000 members (unsubscribed 812, cleaned 188)  total_items 3245",
                "offset 1000: 1000 members (unsubscribed 704, cleaned 296)  total_items 3245",
                "offset 2000: 1000 members (unsubscribed 627, cleaned 373)  total_items 3245",
                "offset 3000: 245 members (unsubscribed 158, cleaned 87)  total_items 3245",
            ][i],
            "say": "Paging through the unsubscribed and cleaned members to build the suppression file.",
            "notes": [
                "First thousand collected.",
                "Second thousand.",
                "Third thousand.",
                "All 3,245 collected (2,301 unsubscribed, 944 cleaned) - the suppression file is complete.",
            ],
        },
        "typo": {
            "say": "Getting the audience stats from Mailchimp.",
            "bad": {
                "tool": "mailchimp_api",
                "args": mc("GET", "/3.0/lists/4b2e9c17fa", fields="name,stats"),
                "obs": '404 Not Found\n{"title": "Resource Not Found", "detail": "The requested resource could not be found."}',
                "error": True,
            },
            "fix": "I flipped two characters in the audience id; it's 4b2e9c71fa.",
            "good": {
                "tool": "mailchimp_api",
                "args": mc("GET", f"/3.0/lists/{list_id}", fields="name,stats"),
                "obs": '{"name": "The Slow Gardener", "stats": {"member_count": 15167, "unsubscribe_count": 2301, "cleaned_count": 944, "pending_count": 611}}',
                "note": "15,167 subscribed; 3,245 unsubscribed or cleaned to keep out.",
            },
        },
        "job": {
            "tool": "buttondown_api",
            "args": bd("GET", "/v1/subscribers/imports/latest"),
            "start": {
                "tool": "buttondown_api",
                "args": bd(
                    "POST",
                    "/v1/subscribers/import",
                    file="exports/subscribed_email.csv",
                    type="regular",
                    confirm_opt_in=True,
                ),
                "obs": lambda: (
                    f"201 Created  import imp_{c.hex(8)}: 15,167 rows queued (opt-in confirmed)"
                ),
                "say": "Starting the import of the 15,167 subscribed people, confirming they opted in.",
                "note": "Queued.",
            },
            "states": [
                lambda: (
                    f'{{"status": "queued", "processed": 0, "rows": 15167}}  x-request-id: {c.hex(12)}'
                ),
                lambda: (
                    f'{{"status": "processing", "processed": {c.num(6000, 9000)}, "rows": 15167}}  x-request-id: {c.hex(12)}'
                ),
                lambda: (
                    f'{{"status": "complete", "created": 15167, "skipped": 0}}  x-request-id: {c.hex(12)}'
                ),
            ],
            "waits": [60, 180, 240],
            "resume": "The import started earlier is still queued.",
            "lines": [
                "Queued still.",
                "Processing, roughly half done.",
                "Complete: all 15,167 created, none skipped.",
            ],
        },
        "batch": {
            "tool": "buttondown_api",
            "args_for": lambda t: bd("POST", "/v1/tags", name=t, color="#5b8c5a"),
            "obs_for": lambda t: f'201 Created  {{"id": "tag_{c.hex(6)}", "name": "{t}"}}',
            "items": ["workshop", "seed-swap", "allotment", "wholesale", "podcast"],
            "say": "Creating the five tags used in Mailchimp before importing, so they map cleanly.",
            "end": "All five tags exist in Buttondown.",
        },
        "synth": {
            "text": (
                "Summary: Buttondown is empty and can't send yet (DKIM CNAME missing); Mailchimp has "
                "15,167 subscribed people to move and 3,245 unsubscribed or cleaned addresses that "
                "must become suppressions."
            ),
            "question": "why suppressions? can't we just not import them?",
            "answer": (
                "Not importing them keeps them off the list today, but a suppression also stops "
                "them from being re-added later - by a form signup, a re-import or an integration. "
                "That's what keeps your rule true permanently."
            ),
        },
        "change": {
            "writes": [
                {
                    "tool": "buttondown_api",
                    "args": bd("PATCH", "/v1/newsletters/me", from_name="The Slow Gardener"),
                    "obs": lambda: (
                        f'200 OK  {{"from_name": "The Slow Gardener"}}  x-request-id: {c.hex(12)}'
                    ),
                    "say": "Setting the sender name to match Mailchimp.",
                    "note": "Sender name set.",
                },
                {
                    "tool": "buttondown_api",
                    "args": bd(
                        "PATCH", "/v1/newsletters/me", from_name=f"{first} at The Slow Gardener"
                    ),
                    "obs": lambda: (
                        f'200 OK  {{"from_name": "{first} at The Slow Gardener"}}  x-request-id: {c.hex(12)}'
                    ),
                    "say": f"Changing it to '{first} at The Slow Gardener'.",
                    "note": "Updated.",
                },
                {
                    "tool": "buttondown_api",
                    "args": bd(
                        "PATCH",
                        "/v1/newsletters/me",
                        from_name=f"{first} at The Slow Gardener",
                        reply_to="ruth@slowgardener.org",
                    ),
                    "obs": lambda: (
                        f'200 OK  {{"reply_to": "ruth@slowgardener.org"}}  x-request-id: {c.hex(12)}'
                    ),
                    "say": "Setting the reply-to address.",
                    "note": "Replies will now go to your own address.",
                },
            ],
            "asks": [
                f"actually make it '{first} at The Slow Gardener', people reply to me personally",
                "and replies should go to ruth@slowgardener.org, not the hello@ inbox",
            ],
        },
        "search": {
            "wrong": {
                "tool": "mailchimp_api",
                "args": mc("GET", f"/3.0/lists/{list_id}/members", tag="Workshop", count=10),
                "obs": '{"members": [], "total_items": 0}',
                "say": "Looking for the workshop people by tag.",
            },
            "hint": "workshop isn't a tag, it's one of the signup form checkboxes",
            "reason": "No members with a Workshop tag; signup checkboxes are stored as interest groups, not tags.",
            "right": {
                "tool": "mailchimp_api",
                "args": mc("GET", f"/3.0/lists/{list_id}/interest-categories"),
                "obs": '{"categories": [{"id": "a91c", "title": "I\'m interested in", "interests": [{"id": "e7d2", "name": "Workshop", "subscriber_count": 312}, {"id": "e7d3", "name": "Seed swap", "subscriber_count": 1204}]}]}',
                "say": "Listing the interest groups.",
                "note": "Workshop is an interest with 312 people, seed swap has 1,204.",
            },
            "read": {
                "tool": "mailchimp_api",
                "args": mc(
                    "GET",
                    f"/3.0/lists/{list_id}/interest-categories/a91c/interests/e7d2/members",
                    count=3,
                ),
                "obs": '{"members": [{"email_address": "bramble.cottage@btinternet.com"}, {"email_address": "isla.mcrae@gmail.com"}, ...], "total_items": 312}',
                "note": "The export doesn't include interests, so these 312 need their own workshop tag in Buttondown.",
            },
        },
        "recheck": {
            "ask": "I've added the DKIM CNAME at Gandi just now - can you check Buttondown again?",
            "say": "Checking the Buttondown domain status again.",
            "obs": lambda: (
                '{"username": "slowgardener", "name": "The Slow Gardener", '
                '"sending_domain": "slowgardener.org", "domain_status": "verified", '
                f'"domain_errors": [], "subscriber_count": 15167}}\nx-request-id: {c.hex(12)}'
            ),
            "note": "Verified now, so Buttondown can send from slowgardener.org.",
            "act": {
                "tool": "buttondown_api",
                "args": bd(
                    "POST",
                    "/v1/emails/test",
                    subject="Test: The Slow Gardener on Buttondown",
                    recipients=["ruth@slowgardener.org"],
                ),
                "obs": lambda: (
                    f"202 Accepted  test email queued to 1 recipient (ruth@slowgardener.org)  x-request-id: {c.hex(12)}"
                ),
                "note": f"A test is on its way to you only, {first}; check that it lands in the inbox, not spam.",
            },
        },
        "flaky": {
            "tool": "mailchimp_api",
            "args": mc(
                "POST",
                f"/3.0/lists/{list_id}/exports",
                statuses=["subscribed", "unsubscribed", "cleaned", "pending"],
            ),
            "say": "Requesting a full audience export from Mailchimp.",
            "fail": '503 Service Unavailable\n{"title": "Service Unavailable", "detail": "This service is temporarily unavailable. Please try again shortly."}',
            "pass": lambda: (
                f'200 OK  {{"export_id": {c.num(40000, 49999)}, "status": "finished", "download_url": "https://us14.admin.mailchimp.com/export/..."}}'
            ),
            "retry_now": "Mailchimp says temporarily unavailable; trying again.",
            "retry_wait": "A temporary 503 from Mailchimp - waiting a minute, then retrying.",
            "wait": 60,
            "note": "The export is ready to download.",
        },
        "clar": {
            "q1": (
                "Should the 611 'pending' people (double opt-in never confirmed) come over as "
                "unactivated, or be left behind?"
            ),
            "a1": "leave them behind. if they never confirmed they never opted in",
            "ack1": "Thanks, that's clear.",
            "q2": (
                "A separate one: Mailchimp's signup form has a 'Workshop' checkbox. Should those "
                "312 people get a 'workshop' tag in Buttondown, or is that list dead?"
            ),
            "a2": "tag them, I run the spring workshop again in March",
            "act": {
                "tool": "buttondown_api",
                "args": bd(
                    "POST",
                    "/v1/subscribers/import",
                    file="exports/workshop_interest.csv",
                    tags=["workshop"],
                ),
                "obs": lambda: f"201 Created  import imp_{c.hex(8)}: 312 rows, 312 tagged workshop",
                "say": "Then pending people stay out, and I'll tag the workshop people.",
                "note": "The 312 carry the workshop tag now.",
            },
        },
    }


def soc2_vendor_questionnaire(rng: random.Random, c: Clock) -> Mat:
    vsq = "VSQ-2026-0418"
    lead = rng.choice(["Amara Osei", "Amara Quaye"])
    first = lead.split()[0]
    policy = [
        "Information Security Policy v4.2 (approved 2026-03-11)",
        "5. Cryptography",
        "5.1 Customer data is encrypted at rest with AES-256 (AWS KMS, customer-managed keys).",
        "5.2 Data in transit uses TLS 1.2 or higher; TLS 1.0/1.1 are disabled at the load balancer.",
        "5.3 Keys are rotated annually; rotation is logged in CloudTrail.",
        "5.4 Backups inherit the encryption of their source volumes.",
        "6. Business continuity",
        "6.1 RPO 1 hour, RTO 8 hours for the production platform.",
        "6.2 DR is exercised annually. 2026: tabletop exercise (2026-09-17); full failover last run 2024-10.",
        "6.3 Backups are restored and verified quarterly.",
        "7. Access control",
        "7.1 SSO with MFA (Okta) is required for all production access.",
        "7.2 Access reviews are quarterly; leavers are deprovisioned within 24 hours.",
    ]

    def read_policy(a: int, b: int) -> str:
        return "\n".join(f"[{i}] {policy[i - 1]}" for i in range(a, b + 1))

    def portal(method: str, path: str, **body: Any) -> dict[str, Any]:
        args: dict[str, Any] = {"method": method, "path": path}
        if body:
            args["body"] = body
        return args

    validate = {"tool": "vendor_portal", "args": portal("POST", f"/assessments/{vsq}/validate")}

    def validate_fail(k: int) -> str:
        issues = [
            {"q": "Q-2.7", "error": "required answer missing"},
            {"q": "Q-5.1", "error": "evidence required when answer is 'Yes'"},
            {"q": "Q-9.4", "error": "comment exceeds 1000 characters (1,412)"},
        ][3 - k :]
        return json.dumps(
            {"assessment": vsq, "valid": k == 0, "errors": issues, "trace": c.hex(10)}
        )

    return {
        "name": "soc2_vendor_questionnaire",
        "task": (
            f"Hi, {lead} (security lead at Tallyline). Meridian Health sent their vendor security "
            f"questionnaire ({vsq}, in their portal) and it's due Friday. Please fill it in from "
            "our policies and trust docs. Two rules: don't upload our full SOC 2 report unless "
            "their NDA is fully signed (the bridge letter is fine), and don't claim any control "
            "we don't actually have."
        ),
        "openers": [
            f"I'll open {vsq} in Meridian's portal to see its size and sections.",
            "First, the questionnaire overview in the vendor portal: sections, counts and due date.",
            "Let me pull up the assessment in the portal to see how much there is.",
        ],
        "acks": [
            f"Thanks {first}. I'll fill it from our documents and won't overclaim.",
            "Understood - bridge letter only unless the NDA is fully executed.",
            "On it; starting on Meridian's questionnaire.",
        ],
        "pings": [
            "how far along are we? Meridian's procurement emailed again",
            "can I tell Meridian it'll be in by Thursday?",
        ],
        "A": {
            "tool": "vendor_portal",
            "args": portal("GET", f"/assessments/{vsq}", include="sections,progress"),
            "obs": lambda: json.dumps(
                {
                    "id": vsq,
                    "requester": "Meridian Health - Third Party Risk",
                    "due": "2026-12-04",
                    "questions": 212,
                    "answered": 0,
                    "sections": {
                        "1 Company": 9,
                        "2 Governance": 22,
                        "3 Data": 27,
                        "4 Encryption": 21,
                        "5 Access": 38,
                        "6 Network": 24,
                        "7 BC/DR": 19,
                        "8 Vendors": 18,
                        "9 Incidents": 34,
                    },
                    "trace": c.hex(10),
                }
            ),
            "say": "Opening the assessment overview.",
            "note": "212 questions across nine sections, none answered yet, due 4 December.",
        },
        "B": {
            "tool": "drive_search",
            "args": {"query": "SOC 2 Type II 2026", "drive": "Trust Center"},
            "obs": lambda: (
                "1. Tallyline SOC 2 Type II 2026.pdf  (Confidential - release under NDA only)  38.2 MB\n"
                "2. SOC 2 bridge letter 2026-10.pdf  (Shareable)  0.3 MB\n"
                "3. Security whitepaper v7.docx  (Shareable)  1.1 MB\n"
                f"3 results  ({c.num(120, 480)} ms)"
            ),
            "say": "Finding our SOC 2 material in the Trust Center drive.",
            "note": "The full report is NDA-only; the bridge letter and whitepaper are shareable.",
        },
        "C": {
            "tool": "docusign",
            "args": {"action": "list_envelopes", "search": "Meridian Health mutual NDA"},
            "obs": lambda: (
                f"envelope {c.hex(8)}-{c.hex(4)}  'Meridian Health - Tallyline Mutual NDA'\n"
                "  sent 2026-11-20  status: delivered\n  signer 1 Meridian (J. Alvarez): signed 2026-11-24\n"
                "  signer 2 Tallyline (legal@tallyline.io): not signed"
            ),
            "say": "Checking the NDA status in DocuSign.",
            "note": "Meridian signed the NDA on 24 Nov, but our own countersignature is still missing, so it isn't executed.",
        },
        "rerun": [
            "Let me open the assessment overview again.",
            "Re-checking the questionnaire status.",
            "Pulling the overview once more.",
            "No change in the portal; I'll look at it again before answering anything.",
        ],
        "perm": {
            "tool": "vendor_portal",
            "args": {},
            "variants": [
                portal("PUT", f"/assessments/{vsq}/answers/Q-4.1", value="Yes - AES-256"),
                portal("PUT", f"/assessments/{vsq}/answers/Q-4.1", value="yes (AES-256)"),
                portal("PUT", f"/assessments/{vsq}/answers/q-4.1", value="YES, AES-256 at rest"),
                portal("PUT", f"/assessments/{vsq}/answers/Q-4.1/", value="Yes \u2013 AES-256"),
            ],
            "obs": lambda: json.dumps(
                {
                    "status": 422,
                    "error": "invalid_value",
                    "detail": "Q-4.1 is a single-select question; value must be one of ['Yes', 'No', 'N/A']. Use 'comment' for details.",
                    "trace": c.hex(10),
                }
            ),
            "error": True,
            "lines": [
                "Answering Q-4.1, encryption at rest: yes, AES-256.",
                "Maybe it wants lower case with the detail in brackets.",
                "Trying upper case and a lower-case question id.",
                "With an en dash and a trailing slash on the path.",
            ],
            "end": "Still rejected; I'll try 'Yes: AES-256' next.",
        },
        "abx": {
            "tool": "vendor_portal",
            "args": portal(
                "POST",
                f"/assessments/{vsq}/answers/Q-6.8/evidence",
                file="Legal/Pentest/Tallyline pentest 2026 - full report.pdf",
            ),
            "obs": json.dumps(
                {
                    "status": 413,
                    "error": "attachment_too_large",
                    "detail": "38.9 MB exceeds the 20 MB limit per attachment.",
                }
            ),
            "error": True,
        },
        "aby": {
            "tool": "vendor_portal",
            "args": portal(
                "POST",
                f"/assessments/{vsq}/answers/Q-6.8/evidence",
                url="https://drive.google.com/file/d/1pT-pentest-2026/view",
            ),
            "obs": json.dumps(
                {
                    "status": 400,
                    "error": "links_not_accepted",
                    "detail": "Evidence must be an uploaded file; external links are not accepted.",
                }
            ),
            "error": True,
        },
        "ab_lines": [
            "Q-6.8 wants pentest evidence; uploading the full 2026 pentest report.",
            "Too large. I'll give them a Drive link to it instead.",
            "Links aren't accepted. Back to uploading the report file.",
            "Still over the limit; trying the Drive link again.",
            "Both are refused. One more go at the upload.",
        ],
        "ab_user": (
            "neither - they'll never take a 39 MB file or a link, and we don't hand out the full "
            "pentest anyway. upload the 2-page attestation letter from Legal/Pentest"
        ),
        "check": {
            **validate,
            "fail": validate_fail,
            "say": "Running the portal's validation on the answers so far.",
        },
        "flake": [
            "The validator may be caching; running it again.",
            "Once more in case the save hadn't landed.",
            "Rerunning validation to be sure.",
            "The same two errors every run. I'll validate again after refreshing the session.",
        ],
        "edits": [
            {
                "tool": "vendor_portal",
                "args": portal(
                    "PUT",
                    f"/assessments/{vsq}/answers/Q-2.7",
                    value="Yes",
                    comment="Annual security awareness training via KnowBe4; completion 100% for FY2026.",
                ),
                "obs": lambda: json.dumps({"question": "Q-2.7", "saved": True, "trace": c.hex(10)}),
                "say": "Q-2.7 (security training) was skipped; answering it from the HR policy.",
            },
            {
                "tool": "vendor_portal",
                "args": portal(
                    "POST",
                    f"/assessments/{vsq}/answers/Q-5.1/evidence",
                    file="Trust Center/Okta MFA policy export 2026-11.pdf",
                ),
                "obs": lambda: json.dumps({"question": "Q-5.1", "evidence": 1, "trace": c.hex(10)}),
                "say": "Q-5.1 says Yes to MFA, so it needs evidence; attaching the Okta policy export.",
            },
            {
                "tool": "vendor_portal",
                "args": portal(
                    "PUT",
                    f"/assessments/{vsq}/answers/Q-9.4",
                    value="Yes",
                    comment="Incident response plan v3 (2026-05); severity levels, 24h customer notification for confirmed breaches; tested annually (tabletop 2026-06).",
                ),
                "obs": lambda: json.dumps(
                    {"question": "Q-9.4", "saved": True, "comment_length": 142, "trace": c.hex(10)}
                ),
                "say": "The Q-9.4 comment is too long; cutting it to the essentials.",
            },
        ],
        "edits_done": "Validation passes with no errors.",
        "ask": {
            "asks": [
                "Q-7.2 asks whether a full DR failover test is done annually. Our 2026 exercise was "
                "a tabletop; the last failover was 2024. Should I answer 'No' with that explanation?",
                "To make sure: Q-7.2 gets 'No', and the comment explains the tabletop?",
                "So we don't answer 'Yes' on the failover question even though we do DR tests?",
                "Final check on the DR question - 'No' plus the tabletop note, right?",
            ],
            "answer": "yes, answer No and explain the tabletop. never overclaim",
            "again": [
                "yes. No, with the explanation. as I said",
                "third time: No + explanation. please move on",
            ],
            "ack": "Thank you.",
            "ack2": "Understood.",
        },
        "reapply": {
            "tool": "vendor_portal",
            "args": portal("POST", f"/assessments/{vsq}/sections/5/submit"),
            "first": lambda: json.dumps(
                {"section": "5 Access", "status": "submitted", "answered": 38, "trace": c.hex(10)}
            ),
            "noop": lambda: json.dumps(
                {
                    "status": 409,
                    "error": "already_submitted",
                    "detail": "Section 5 was submitted at 2026-12-03; reopen it to make changes.",
                    "trace": c.hex(10),
                }
            ),
            "lines": [
                "Access control is complete; submitting section 5.",
                "Submitting the access control section for review.",
                "Let me submit section 5 so Meridian can start on it.",
                "Submitting section 5 again.",
            ],
            "end": "I'll submit section 5 once more after a refresh.",
        },
        "cycle": [
            {
                "tool": "read_doc",
                "args": {"doc": "Information Security Policy v4.2", "section": "5.3"},
                "obs": "5.3 Keys are rotated annually. Key management procedures: see the Cryptography Standard.",
                "say": "Q-4.6 asks about key management; checking the policy.",
                "again": "Back to the policy's key management line.",
            },
            {
                "tool": "read_doc",
                "args": {"doc": "Cryptography Standard v2", "section": "Key management"},
                "obs": "Key management\nOperational steps for key creation, rotation and revocation are in the KMS runbook.",
                "say": "It points to the Cryptography Standard.",
                "again": "Reading the Cryptography Standard's key section again.",
            },
            {
                "tool": "read_doc",
                "args": {"doc": "KMS runbook", "section": "Scope"},
                "obs": "Scope\nThis runbook implements the requirements of the Information Security Policy section 5.3.",
                "say": "Now the KMS runbook.",
                "again": "Once more the runbook's scope.",
            },
        ],
        "cycle_end": "The runbook defers to the policy; the policy must say more about key custody somewhere.",
        "blocked": {
            "tool": "docusign",
            "args": {"action": "get_envelope", "search": "Meridian Health mutual NDA"},
            "obs": lambda: (
                f"envelope status: delivered  (checked {c.hms()})\n  signer 1 Meridian (J. Alvarez): signed 2026-11-24\n"
                "  signer 2 Tallyline (legal@tallyline.io): not signed - routing order 2, awaiting our signature"
            ),
            "say": "Before the SOC 2 report can go out the NDA must be executed; checking it.",
            "waits": [300, 600, 900],
            "lines": [
                "Not executed yet; waiting for the NDA to complete.",
                "Still waiting on the signature.",
                "NDAs can take a while; another wait.",
                "Still not signed. I'll keep waiting before uploading the report.",
            ],
        },
        "sleep": {
            "tool": "pause",
            "args_for": lambda s: {"seconds": s},
            "obs_for": lambda s: f"paused {s}s",
        },
        "deleg": {
            "tool": "ask_subagent",
            "args": {"agent": "policy-reader", "corpus": "Trust Center"},
            "task_key": "question",
            "tasks": [
                "What do our policies say about encryption at rest?",
                "How is customer data encrypted when stored, according to our documents?",
                "Summarise our at-rest encryption controls from the policy set.",
                "Which algorithm and key management do we use for stored data?",
            ],
            "obs": lambda: (
                f"policy-reader ({c.hex(6)}): Information Security Policy v4.2 s5.1 - customer data "
                "is encrypted at rest with AES-256 using AWS KMS customer-managed keys; keys rotate "
                "annually (s5.3); backups inherit encryption (s5.4)."
            ),
            "lines": [
                "I'll have the policy reader look up our encryption-at-rest wording.",
                "Asking it again in different words.",
                "Let me rephrase and ask once more.",
                "One more time, focused on the algorithm.",
            ],
            "end": "The same answer each time; I'll ask once more about backups specifically.",
            "subtasks": [
                {
                    "say": "I'll give the policy reader three separate questions. First, encryption.",
                    "task": "What do our policies say about encryption at rest?",
                    "obs": lambda: (
                        f"policy-reader ({c.hex(6)}): AES-256 at rest via AWS KMS customer-managed keys (ISP s5.1), annual rotation (s5.3)."
                    ),
                    "note": "Section 4 can be answered Yes with ISP 5.1 and 5.3 as references.",
                },
                {
                    "say": "Second, business continuity numbers.",
                    "task": "What RPO, RTO and DR test history do our documents state?",
                    "obs": lambda: (
                        f"policy-reader ({c.hex(6)}): RPO 1h, RTO 8h (ISP s6.1); 2026 DR exercise was a tabletop on 2026-09-17; last full failover 2024-10 (s6.2)."
                    ),
                    "note": "RPO and RTO are clear; the failover question has to be answered honestly as a tabletop.",
                },
                {
                    "say": "Third, subprocessors for section 8.",
                    "task": "List our subprocessors that handle customer data, with their locations.",
                    "obs": lambda: (
                        f"policy-reader ({c.hex(6)}): AWS (US), Okta (US), Datadog (US), SendGrid (US), Zendesk (US/EU) - per the subprocessor list of 2026-08."
                    ),
                    "note": "Five subprocessors, all documented.",
                },
            ],
            "synth": (
                "That covers sections 4, 7 and 8 with sources; the DR failover answer will be 'No' "
                "with the tabletop explained."
            ),
        },
        "esc": {
            "tool": "vendor_portal",
            "args_for": lambda t: {
                **portal("GET", "/assessments", status="completed", include="answers", limit="all"),
                "timeout_s": t,
            },
            "obs_for": lambda t: json.dumps(
                {
                    "status": 504,
                    "error": "gateway_timeout",
                    "detail": f"upstream did not respond within {t}s (43 assessments, 8,917 answers with attachments)",
                }
            ),
            "error": True,
            "limits": [30, 60, 180, 300],
            "say": "Exporting every past completed questionnaire with answers, to reuse them.",
            "lines": [
                "Gateway timeout; doubling the timeout.",
                "Still timing out. Three minutes.",
                "Five minutes then.",
            ],
            "end": "Timed out at five minutes; I'll try with ten.",
        },
        "reread": {
            "tool": "read_doc",
            "args_for": lambda a, b: {
                "doc": "Information Security Policy v4.2",
                "paragraphs": f"{a}-{b}",
            },
            "obs_for": read_policy,
            "windows": [(1, 7), (5, 12), (1, 8), (3, 10)],
            "say": "Reading the relevant part of the security policy carefully.",
            "lines": [
                "Let me read the continuity part again.",
                "Back to the top of the encryption section.",
                "Once more through the middle paragraphs.",
            ],
            "end": "I'll go over the policy once more before I answer the encryption questions.",
        },
        "recompute": {
            "methods": [
                {
                    "tool": "vendor_portal",
                    "args": portal(
                        "GET", f"/assessments/{vsq}/questions", answered=False, count_only=True
                    ),
                    "obs": lambda: json.dumps({"count": 47, "trace": c.hex(10)}),
                    "say": "Let me confirm how many questions are still open.",
                },
                {
                    "tool": "sheets",
                    "args": {
                        "spreadsheet": "Meridian VSQ working copy",
                        "formula": "=COUNTBLANK(D2:D213)",
                    },
                    "obs": "47",
                    "say": "Cross-checking in the working sheet.",
                },
                {
                    "tool": "vendor_portal",
                    "args": portal("GET", f"/assessments/{vsq}", include="progress"),
                    "obs": lambda: json.dumps(
                        {"questions": 212, "answered": 165, "trace": c.hex(10)}
                    ),
                    "say": "And from the progress figures.",
                },
                {
                    "tool": "python",
                    "args": {"code": "print(sum([0, 0, 6, 0, 0, 11, 9, 4, 17]))"},
                    "obs": "47",
                    "say": "Summing the open counts per section to be sure.",
                },
            ],
            "end": "47 from every method. Let me count them once more per section before continuing.",
        },
        "page": {
            "tool": "vendor_portal",
            "args_for": lambda i: portal(
                "GET", f"/assessments/{vsq}/questions", page=i + 1, per_page=60
            ),
            "obs_for": lambda i: [
                "page 1/4: Q-1.1..Q-3.11 (60)  library matches: 54, new wording: 6",
                "page 2/4: Q-3.12..Q-5.34 (60)  library matches: 57, new wording: 3",
                "page 3/4: Q-5.35..Q-8.2 (60)  library matches: 41, new wording: 19",
                "page 4/4: Q-8.3..Q-9.34 (32)  library matches: 25, new wording: 7",
            ][i],
            "say": "Paging through all questions to see which our answer library already covers.",
            "notes": [
                "Page 1: 54 of 60 already in our library.",
                "Page 2: 57 of 60.",
                "Page 3 is weaker: network and BC/DR have 19 new questions.",
                "177 of 212 can reuse approved answers; 35 need drafting, mostly in network and BC/DR.",
            ],
        },
        "typo": {
            "say": "Opening the assessment in the portal.",
            "bad": {
                "tool": "vendor_portal",
                "args": portal("GET", "/assessments/VSQ-2026-0481", include="sections,progress"),
                "obs": json.dumps(
                    {
                        "status": 404,
                        "error": "not_found",
                        "detail": "No assessment VSQ-2026-0481 for vendor Tallyline",
                    }
                ),
                "error": True,
            },
            "fix": f"I swapped the last two digits - the id is {vsq}.",
            "good": {
                "tool": "vendor_portal",
                "args": portal("GET", f"/assessments/{vsq}", include="sections,progress"),
                "obs": json.dumps(
                    {"id": vsq, "due": "2026-12-04", "questions": 212, "answered": 0}
                ),
                "note": "212 questions, due 4 December.",
            },
        },
        "job": {
            "tool": "vendor_portal",
            "args": portal("GET", f"/assessments/{vsq}/review"),
            "start": {
                "tool": "vendor_portal",
                "args": portal(
                    "POST",
                    f"/assessments/{vsq}/submit",
                    note="All sections complete; bridge letter attached to Q-2.1.",
                ),
                "obs": lambda: json.dumps({"status": "submitted", "submitted_at": c.iso()}),
                "say": "Everything validates, so I'm submitting the questionnaire.",
                "note": "Submitted.",
            },
            "states": [
                lambda: json.dumps({"review": "queued", "reviewer": None, "trace": c.hex(10)}),
                lambda: json.dumps(
                    {
                        "review": "in_progress",
                        "reviewer": "J. Alvarez",
                        "sections_reviewed": 4,
                        "trace": c.hex(10),
                    }
                ),
                lambda: json.dumps(
                    {
                        "review": "complete",
                        "outcome": "accepted",
                        "follow_ups": 1,
                        "trace": c.hex(10),
                    }
                ),
            ],
            "waits": [900, 1800, 1800],
            "resume": "The submission is queued for Meridian's review.",
            "lines": [
                "Queued for review.",
                "Their reviewer is on it; four sections done.",
                "Accepted, with one follow-up question to answer.",
            ],
        },
        "batch": {
            "tool": "vendor_portal",
            "args_for": lambda q: portal(
                "PUT",
                f"/assessments/{vsq}/answers/{q}",
                value="Yes",
                comment="See Information Security Policy v4.2 section 5.",
            ),
            "obs_for": lambda q: json.dumps({"question": q, "saved": True, "trace": c.hex(10)}),
            "items": ["Q-4.1", "Q-4.2", "Q-4.3", "Q-4.5", "Q-4.9"],
            "say": "The five core encryption questions are all plain Yes answers backed by policy section 5; saving them.",
            "end": "Those five are saved; the remaining encryption questions need detail.",
        },
        "synth": {
            "text": (
                "Summary: 212 questions due Friday; the full SOC 2 report is NDA-only and the NDA "
                "still needs our countersignature, so for now the shareable bridge letter and "
                "whitepaper are the evidence."
            ),
            "question": "who on our side has to countersign?",
            "answer": (
                "DocuSign routes it to legal@tallyline.io as signer 2, so someone in Legal with "
                "signing authority. Once they sign, the envelope completes and the SOC 2 report "
                "can be shared."
            ),
        },
        "change": {
            "writes": [
                {
                    "tool": "vendor_portal",
                    "args": portal(
                        "PUT", f"/assessments/{vsq}/answers/Q-1.3", value="security@tallyline.io"
                    ),
                    "obs": lambda: json.dumps(
                        {"question": "Q-1.3", "saved": True, "trace": c.hex(10)}
                    ),
                    "say": "Q-1.3 asks for a security contact; using the security@ alias.",
                    "note": "Saved with the alias.",
                },
                {
                    "tool": "vendor_portal",
                    "args": portal(
                        "PUT",
                        f"/assessments/{vsq}/answers/Q-1.3",
                        value=f"{lead}, Security Lead - amara@tallyline.io",
                    ),
                    "obs": lambda: json.dumps(
                        {"question": "Q-1.3", "saved": True, "trace": c.hex(10)}
                    ),
                    "say": "Naming you instead.",
                    "note": "Updated to you by name.",
                },
                {
                    "tool": "vendor_portal",
                    "args": portal(
                        "PUT",
                        f"/assessments/{vsq}/answers/Q-1.3",
                        value=f"{lead}, Security Lead - amara@tallyline.io; escalation: security@tallyline.io, +44 20 3808 1190",
                    ),
                    "obs": lambda: json.dumps(
                        {"question": "Q-1.3", "saved": True, "trace": c.hex(10)}
                    ),
                    "say": "Adding the alias and on-call number as escalation.",
                    "note": "Q-1.3 now has you as contact and the alias plus phone for escalation.",
                },
            ],
            "asks": [
                "they prefer a named person - put me down",
                "keep security@ as the escalation too, with the on-call number +44 20 3808 1190",
            ],
        },
        "search": {
            "wrong": {
                "tool": "drive_search",
                "args": {"query": "penetration test 2026", "drive": "Engineering"},
                "obs": "0 results",
                "say": "Looking for the 2026 pentest in the Engineering drive.",
            },
            "hint": "pentest stuff lives in the Legal drive, it's restricted",
            "reason": "Nothing in Engineering; restricted reports like the pentest are usually kept by Legal.",
            "right": {
                "tool": "drive_search",
                "args": {"query": "penetration test 2026", "drive": "Legal"},
                "obs": "1. Tallyline pentest 2026 - full report.pdf (Restricted) 38.9 MB\n2. Pentest attestation letter 2026.pdf (Shareable) 0.2 MB\n2 results",
                "say": "Searching the Legal drive.",
                "note": "The full report is restricted; the attestation letter is shareable.",
            },
            "read": {
                "tool": "read_doc",
                "args": {"doc": "Pentest attestation letter 2026.pdf", "section": "all"},
                "obs": "NCC-style attestation: external and authenticated testing 2026-08-04..22; 0 critical, 0 high open; 3 medium remediated and retested 2026-10-02.",
                "note": "The letter covers scope, dates and that no critical or high findings are open - enough for Q-6.8.",
            },
        },
        "recheck": {
            "ask": "Meridian just emailed that they added an AI section to the questionnaire - can you look again?",
            "say": "Reopening the assessment overview.",
            "obs": lambda: json.dumps(
                {
                    "id": vsq,
                    "due": "2026-12-04",
                    "questions": 224,
                    "answered": 165,
                    "sections": {"10 AI/ML": 12},
                    "changed": "section 10 added 2026-12-03",
                    "trace": c.hex(10),
                }
            ),
            "note": "Twelve new questions in section 10 on AI/ML; the rest is unchanged.",
            "act": {
                "tool": "vendor_portal",
                "args": portal(
                    "PUT",
                    f"/assessments/{vsq}/answers/Q-10.1",
                    value="No",
                    comment="Customer data is not used to train machine-learning models (Data Processing Addendum s4.2).",
                ),
                "obs": lambda: json.dumps(
                    {"question": "Q-10.1", "saved": True, "trace": c.hex(10)}
                ),
                "note": "Answered Q-10.1 (no training on customer data, per the DPA); the other eleven are next.",
            },
        },
        "flaky": {
            "tool": "vendor_portal",
            "args": portal("GET", f"/assessments/{vsq}/questions", section=7),
            "say": "Loading the BC/DR questions.",
            "fail": "502 Bad Gateway\n<html><body><h1>502 Bad Gateway</h1>The server returned an invalid or incomplete response.</body></html>",
            "pass": lambda: json.dumps(
                {
                    "section": "7 BC/DR",
                    "questions": 19,
                    "first": "Q-7.1 Do you have a documented BCP?",
                    "trace": c.hex(10),
                }
            ),
            "retry_now": "A 502 from their gateway; loading it again.",
            "retry_wait": "Bad gateway on their side - giving it a moment.",
            "wait": 30,
            "note": "19 BC/DR questions loaded.",
        },
        "clar": {
            "q1": (
                "Q-7.2 asks whether a full DR failover test is done annually. Our 2026 exercise was "
                "a tabletop; the last failover was 2024. Should I answer 'No' with that explanation?"
            ),
            "a1": "yes, answer No and explain the tabletop. never overclaim",
            "ack1": "Thank you.",
            "q2": (
                "Different question: Q-3.9 asks where customer data is stored. Can I name the AWS "
                "regions (us-east-1 and us-west-2), or keep it to 'United States'?"
            ),
            "a2": "name the regions, they're in our public subprocessor page anyway",
            "act": {
                "tool": "vendor_portal",
                "args": portal(
                    "PUT",
                    f"/assessments/{vsq}/answers/Q-3.9",
                    value="United States",
                    comment="AWS us-east-1 (primary) and us-west-2 (backups/DR).",
                ),
                "obs": lambda: json.dumps({"question": "Q-3.9", "saved": True, "trace": c.hex(10)}),
                "say": "Then Q-7.2 is 'No' with the tabletop note, and Q-3.9 names both regions.",
                "note": "Q-3.9 saved with both regions.",
            },
        },
    }


def slack_legal_hold_export(rng: random.Random, c: Clock) -> Mat:
    matter = "LIT-2291"
    counsel = rng.choice(["Nadia Whitcombe", "Nadia Ferreira"])
    nfirst = counsel.split()[0]
    bucket = "s3://lexbridge-intake-orrin/LIT-2291"
    manifest = [
        "file,channel,custodian,messages,sha256",
        "ch_proj-harbor_2025-06.jsonl,#proj-harbor,all,612,9c1e...4a07",
        "ch_proj-harbor_2025-07.jsonl,#proj-harbor,all,701,03bd...e912",
        "ch_proj-harbor_2025-08.jsonl,#proj-harbor,all,588,7f44...1b3c",
        "ch_proj-harbor_2025-09.jsonl,#proj-harbor,all,655,d210...8e65",
        "dm_DF_MI.jsonl,DM,D.F./M.I.,3904,5a9b...c0d2",
        "dm_DF_KL.jsonl,DM,D.F./K.L.,2117,e61f...2f90",
        "dm_MI_KL.jsonl,DM,M.I./K.L.,1486,b7c3...903e",
        "mpdm_DF_MI_KL.jsonl,MPDM,D.F./M.I./K.L.,1931,2d88...a51f",
        "files/F07Q8K2.pdf,#proj-harbor,D.F.,-,ab13...77e0",
        "files/F07R1ZB.xlsx,DM,M.I.,-,41f0...c9d4",
        "# 18,406 messages, 214 files, generated 2026-12-03",
    ]

    def read_manifest(a: int, b: int) -> str:
        return "\n".join(f"{i:03d} {manifest[i - 1]}" for i in range(a, b + 1))

    def slack(method: str, **params: Any) -> dict[str, Any]:
        return {"method": method, "params": params}

    def hold_obs() -> str:
        return json.dumps(
            {
                "ok": True,
                "hold": {
                    "id": "LH0A7Q2",
                    "name": matter,
                    "status": "active",
                    "custodians": [
                        {"id": "U05DFARR", "name": "D. Farrow"},
                        {"id": "U06MIYER", "name": "M. Iyer"},
                    ],
                    "date_range": "2025-06-01..2026-03-31",
                },
                "response_metadata": {"request_id": c.hex(10)},
            }
        )

    verify = {
        "tool": "shell",
        "args": {
            "command": f"python3 tools/verify_export.py --manifest out/{matter}/manifest.csv --bucket {bucket}"
        },
    }

    def verify_fail(k: int) -> str:
        issues = [
            "COUNT  #proj-harbor: manifest 4,212, Slack 4,226 (14 thread replies missing)",
            "HASH   dm_DF_MI.jsonl: local 5a9b...c0d2, bucket 11e0...7b45",
            "FILES  2 attachments in manifest not in bucket (F07Q8K2.pdf, F07R1ZB.xlsx)",
        ][3 - k :]
        return (
            f"verify_export {c.hex(6)} ({c.hms()})\n" + "\n".join(issues) + f"\n{k} problem(s)"
            if issues
            else f"verify_export {c.hex(6)} ({c.hms()})\nall 18,420 messages and 214 files verified\n0 problem(s)"
        )

    return {
        "name": "slack_legal_hold_export",
        "task": (
            f"From {counsel} (Legal): for matter {matter} (Kestrel v. Orrin Logistics) we need the "
            "Slack messages of three custodians - D. Farrow, M. Iyer and K. Lindqvist - from "
            "1 Jun 2025 to 31 Mar 2026, including DMs and #proj-harbor, preserved and delivered to "
            "Lexbridge's intake bucket by Monday. The hold is confidential: do not message the "
            "custodians and do not post about this in any channel."
        ),
        "openers": [
            f"I'll start by checking the legal hold for {matter} and who is on it.",
            "First, the current state of the Slack legal hold and its custodians.",
            f"Let me look at the {matter} hold in Slack to see what's already preserved.",
        ],
        "acks": [
            f"Understood, {nfirst}. Nothing will reach the custodians or any channel.",
            "Confidential hold noted. Starting on the preservation and export.",
            f"On it - {matter}, three custodians, Jun 2025 to Mar 2026.",
        ],
        "pings": [
            "status? outside counsel wants a delivery date",
            "is Lexbridge going to have it by Monday?",
        ],
        "A": {
            "tool": "slack_api",
            "args": slack("discovery.holds.info", hold_name=matter),
            "obs": hold_obs,
            "say": "Checking the legal hold.",
            "note": "The hold is active for Jun 2025 to Mar 2026 but covers only two custodians; K. Lindqvist is missing.",
        },
        "B": {
            "tool": "slack_api",
            "args": slack("discovery.users.info", user="U07KLIND"),
            "obs": lambda: json.dumps(
                {
                    "ok": True,
                    "user": {
                        "id": "U07KLIND",
                        "name": "K. Lindqvist",
                        "deleted": True,
                        "deactivated": "2026-04-15",
                        "scim_managed": True,
                    },
                    "response_metadata": {"request_id": c.hex(10)},
                }
            ),
            "say": "Looking up K. Lindqvist's account.",
            "note": "K. Lindqvist was deactivated on 15 Apr 2026 and is managed by SCIM from Okta.",
        },
        "C": {
            "tool": "shell",
            "args": {
                "command": f"aws s3 ls {bucket}/ && aws s3api get-bucket-policy --bucket lexbridge-intake-orrin --query Policy --output text | jq '.Statement[0].Condition'"
            },
            "obs": '(bucket prefix empty)\n{\n  "StringNotEquals": {"s3:x-amz-server-side-encryption": "aws:kms"}\n}',
            "say": "Checking Lexbridge's intake bucket.",
            "note": "The intake prefix is empty, and the bucket denies any upload not encrypted with SSE-KMS.",
        },
        "rerun": [
            "Let me check the hold again.",
            "Re-reading the hold details.",
            "Pulling the hold info once more.",
            "Still two custodians. I'll recheck the hold before the export.",
        ],
        "perm": {
            "tool": "shell",
            "args": {},
            "variants": [
                {"command": f"aws s3 cp out/{matter}/ {bucket}/ --recursive"},
                {"command": f"aws s3 cp out/{matter} {bucket} --recursive"},
                {"command": f"aws s3 cp ./out/{matter}/ {bucket}/ --recursive --region eu-west-2"},
                {
                    "command": f"aws s3 cp out/{matter}/ {bucket}/ --recursive --acl bucket-owner-full-control"
                },
            ],
            "obs": lambda: (
                f"upload failed: out/{matter}/manifest.csv to {bucket}/manifest.csv An error occurred "
                "(AccessDenied) when calling the PutObject operation: Access Denied "
                f"(RequestId: {c.hex(16).upper()})"
            ),
            "error": True,
            "lines": [
                "Uploading the export to Lexbridge's bucket.",
                "Without trailing slashes this time.",
                "Adding the region explicitly.",
                "With the bucket-owner-full-control ACL, which vendors often require.",
            ],
            "end": "Still access denied; I'll try uploading the files one by one.",
        },
        "abx": {
            "tool": "slack_api",
            "args": slack("discovery.holds.addCustodians", hold_id="LH0A7Q2", users=["U07KLIND"]),
            "obs": json.dumps(
                {
                    "ok": False,
                    "error": "user_is_deactivated",
                    "detail": "Deactivated users can't be added as custodians. Their data remains subject to org retention.",
                }
            ),
            "error": True,
        },
        "aby": {
            "tool": "slack_api",
            "args": slack("admin.users.setActive", user_id="U07KLIND", team_id="T01ORRIN"),
            "obs": json.dumps(
                {
                    "ok": False,
                    "error": "not_allowed",
                    "detail": "This user is managed by SCIM. Reactivate them in your identity provider.",
                }
            ),
            "error": True,
        },
        "ab_lines": [
            "K. Lindqvist isn't on the hold; adding her as a custodian.",
            "Deactivated users can't be added. I'll reactivate her account first.",
            "SCIM blocks that. Trying to add her to the hold again with her id alone.",
            "Still refused; back to reactivating the account.",
            "Neither works. One more try adding her to the hold.",
        ],
        "ab_user": (
            "do NOT reactivate her, Okta would email her. her data is kept by our 7-year "
            "retention anyway - export her messages through the discovery API directly, no hold needed"
        ),
        "check": {
            **verify,
            "fail": verify_fail,
            "say": "Running the export verifier against the manifest and the bucket.",
        },
        "flake": [
            "S3 listings can lag; running the verifier again.",
            "Once more in case Slack's counts were mid-update.",
            "Rerunning the verification.",
            "Same two problems again. I'll rerun it later when S3 is consistent.",
        ],
        "edits": [
            {
                "tool": "slack_api",
                "args": slack(
                    "discovery.conversations.history",
                    channel="C04HARBOR",
                    oldest="2025-06-01",
                    latest="2026-03-31",
                    include_thread_replies=True,
                    out=f"out/{matter}/ch_proj-harbor_threads.jsonl",
                ),
                "obs": lambda: json.dumps(
                    {
                        "ok": True,
                        "messages_written": 14,
                        "file": "ch_proj-harbor_threads.jsonl",
                        "request_id": c.hex(10),
                    }
                ),
                "say": "The 14 missing are thread replies; exporting them with include_thread_replies.",
            },
            {
                "tool": "shell",
                "args": {
                    "command": f"aws s3 cp out/{matter}/dm_DF_MI.jsonl {bucket}/dm_DF_MI.jsonl --sse aws:kms --sse-kms-key-id alias/lexbridge-intake"
                },
                "obs": f"upload: out/{matter}/dm_DF_MI.jsonl to {bucket}/dm_DF_MI.jsonl",
                "say": "The DM file in the bucket is a partial upload; re-uploading it.",
            },
            {
                "tool": "shell",
                "args": {
                    "command": f"aws s3 cp out/{matter}/files/ {bucket}/files/ --recursive --exclude '*' --include F07Q8K2.pdf --include F07R1ZB.xlsx --sse aws:kms --sse-kms-key-id alias/lexbridge-intake"
                },
                "obs": f"upload: out/{matter}/files/F07Q8K2.pdf to {bucket}/files/F07Q8K2.pdf\nupload: out/{matter}/files/F07R1ZB.xlsx to {bucket}/files/F07R1ZB.xlsx",
                "say": "Uploading the two attachments that never made it.",
            },
        ],
        "edits_done": "Counts, hashes and files all verify; the delivery is complete.",
        "ask": {
            "asks": [
                "Should edited and deleted messages be exported with their full edit history, or "
                "only the final versions?",
                "To confirm: full edit history and deleted messages, not just final text?",
                "So deleted messages that Slack retained go in too?",
                "Last check before I start the export - everything retained, including edits and deletions?",
            ],
            "answer": "everything slack retained: edit history and deleted messages included",
            "again": [
                "yes, everything. I answered that",
                "as I've said twice: edits and deletions included. please proceed",
            ],
            "ack": "Thanks.",
            "ack2": "Noted.",
        },
        "reapply": {
            "tool": "slack_api",
            "args": slack(
                "discovery.exports.create",
                custodians=["U05DFARR", "U06MIYER", "U07KLIND"],
                channels=["C04HARBOR"],
                include_dms=True,
                oldest="2025-06-01",
                latest="2026-03-31",
            ),
            "first": lambda: json.dumps(
                {"ok": True, "export_id": f"ex_{c.hex(8)}", "status": "queued"}
            ),
            "noop": lambda: json.dumps(
                {
                    "ok": False,
                    "error": "duplicate_export",
                    "detail": "An identical export (ex_4be2a9d1) completed at 2026-12-03; download it instead.",
                    "request_id": c.hex(10),
                }
            ),
            "lines": [
                "Creating the export for all three custodians.",
                "Starting the discovery export for the matter.",
                "Let me create the export so Lexbridge gets the data.",
                "Creating the export again with the same scope.",
            ],
            "end": "I'll create it once more to be safe.",
        },
        "cycle": [
            {
                "tool": "web_fetch",
                "args": {"url": "https://slack.com/help/articles/legal-holds"},
                "obs": "Legal holds\nOrg Owners can place members on hold. For members who are deactivated, see Manage members' data after deactivation.",
                "say": "Reading Slack's legal holds article about deactivated people.",
                "again": "Back to the legal holds article.",
            },
            {
                "tool": "web_fetch",
                "args": {"url": "https://slack.com/help/articles/deactivated-member-data"},
                "obs": "Manage members' data after deactivation\nData of deactivated members follows your retention settings. To preserve it for litigation, see Discovery API.",
                "say": "That links to the deactivated-member page.",
                "again": "Rereading the deactivated-member page.",
            },
            {
                "tool": "web_fetch",
                "args": {"url": "https://slack.com/help/articles/discovery-api"},
                "obs": "Discovery API\nApproved eDiscovery partners can export data. To keep data from being deleted, place the member on a legal hold - see Legal holds.",
                "say": "Now the Discovery API overview.",
                "again": "Once more the Discovery API article.",
            },
        ],
        "cycle_end": "The Discovery API page sends me back to legal holds; the deactivated case must be covered there somewhere.",
        "blocked": {
            "tool": "slack_api",
            "args": slack("discovery.exports.info", export_id="ex_4be2a9d1"),
            "obs": lambda: json.dumps(
                {
                    "ok": True,
                    "export": {
                        "id": "ex_4be2a9d1",
                        "status": "pending_approval",
                        "detail": "Exports that include DMs need approval from a second Org Owner. Requested by you; approver must be a different Org Owner.",
                        "approvers_notified": 0,
                    },
                    "request_id": c.hex(10),
                }
            ),
            "say": "Checking on the export job.",
            "waits": [300, 600, 900],
            "lines": [
                "It hasn't started; waiting five minutes.",
                "Still pending. Another ten minutes.",
                "Big exports queue for a while; waiting more.",
                "Still pending. I'll check again in a quarter of an hour.",
            ],
        },
        "sleep": {
            "tool": "shell",
            "args_for": lambda s: {"command": f"sleep {s}"},
            "obs_for": lambda s: f"(no output; exited 0 after {s}s)",
        },
        "deleg": {
            "tool": "subagent",
            "args": {"role": "ediscovery-analyst"},
            "task_key": "prompt",
            "tasks": [
                "Count messages per custodian in scope for LIT-2291 (Jun 2025 - Mar 2026).",
                "How many in-scope messages does each LIT-2291 custodian have?",
                "Give me per-custodian message totals for the LIT-2291 date range.",
                "Tally the LIT-2291 messages by custodian between 2025-06-01 and 2026-03-31.",
            ],
            "obs": lambda: (
                f"ediscovery-analyst [{c.hex(6)}]: D. Farrow 7,911; M. Iyer 6,388; K. Lindqvist 4,107 "
                "(authored, incl. #proj-harbor and DMs). Total 18,406."
            ),
            "lines": [
                "I'll have the analyst count messages per custodian.",
                "Let me ask again, worded differently, to validate the counts.",
                "Rephrasing the count request once more.",
                "One last time with explicit dates.",
            ],
            "end": "Same totals every time; I'll ask it to recount by month.",
            "subtasks": [
                {
                    "say": "I'll split the prep across the analyst. First, volumes.",
                    "task": "Count messages per custodian in scope for LIT-2291 (Jun 2025 - Mar 2026).",
                    "obs": lambda: (
                        f"ediscovery-analyst [{c.hex(6)}]: D. Farrow 7,911; M. Iyer 6,388; K. Lindqvist 4,107. Total 18,406."
                    ),
                    "note": "18,406 messages across the three.",
                },
                {
                    "say": "Second, whether retention kept K. Lindqvist's data.",
                    "task": "Confirm that K. Lindqvist's messages for Jun 2025 - Mar 2026 are still retained after her deactivation.",
                    "obs": lambda: (
                        f"ediscovery-analyst [{c.hex(6)}]: org retention is 7 years for all messages; her 4,107 messages and 61 files are present and exportable."
                    ),
                    "note": "Her data is intact under retention.",
                },
                {
                    "say": "Third, what Lexbridge needs for the upload.",
                    "task": "Read the Lexbridge intake instructions for LIT-2291 and list the upload requirements.",
                    "obs": lambda: (
                        f"ediscovery-analyst [{c.hex(6)}]: SSE-KMS with alias/lexbridge-intake, a manifest.csv with SHA-256 per file, JSONL per conversation, files under files/."
                    ),
                    "note": "Uploads need SSE-KMS and a hashed manifest.",
                },
            ],
            "synth": (
                "Plan: export all three custodians through the discovery API (her data is retained), "
                "build the SHA-256 manifest, and upload with SSE-KMS to the intake bucket."
            ),
        },
        "esc": {
            "tool": "slack_api",
            "args_for": lambda t: {
                **slack(
                    "discovery.conversations.history",
                    channel="*",
                    oldest="2025-06-01",
                    latest="2026-03-31",
                ),
                "timeout_s": t,
            },
            "obs_for": lambda t: json.dumps(
                {
                    "ok": False,
                    "error": "operation_timeout",
                    "detail": f"request exceeded {t}s while scanning 1,840 conversations",
                }
            ),
            "error": True,
            "limits": [60, 120, 300, 600],
            "say": "Pulling history from every conversation in range, to be sure nothing is missed.",
            "lines": [
                "operation_timeout; doubling timeout_s.",
                "Still timing out. Five minutes.",
                "Ten minutes should cover it.",
            ],
            "end": "Ten minutes wasn't enough either; I'll try twenty.",
        },
        "reread": {
            "tool": "read_file",
            "args_for": lambda a, b: {"path": f"out/{matter}/manifest.csv", "lines": f"{a}-{b}"},
            "obs_for": read_manifest,
            "windows": [(1, 7), (5, 12), (1, 8), (3, 10)],
            "say": "Reading the export manifest carefully.",
            "lines": [
                "Let me look at the DM rows again.",
                "Back to the header and the first channel files.",
                "Once more over the middle rows.",
            ],
            "end": "I'll read the manifest once more before uploading.",
        },
        "recompute": {
            "methods": [
                {
                    "tool": "shell",
                    "args": {
                        "command": f"awk -F, 'NR>1 && $4 ~ /^[0-9]/ {{s+=$4}} END {{print s}}' out/{matter}/manifest.csv"
                    },
                    "obs": "18406",
                    "say": "Let me confirm the total message count from the manifest.",
                },
                {
                    "tool": "shell",
                    "args": {"command": f"cat out/{matter}/*.jsonl | wc -l"},
                    "obs": "18406",
                    "say": "Cross-checking by counting JSONL lines.",
                },
                {
                    "tool": "slack_api",
                    "args": slack(
                        "discovery.exports.info", export_id="ex_4be2a9d1", fields="message_count"
                    ),
                    "obs": lambda: json.dumps(
                        {"ok": True, "message_count": 18406, "request_id": c.hex(10)}
                    ),
                    "say": "And Slack's own count for the export.",
                },
                {
                    "tool": "shell",
                    "args": {"command": f"jq -s 'length' out/{matter}/*.jsonl"},
                    "obs": "18406",
                    "say": "One more count with jq.",
                },
            ],
            "end": "18,406 every way. I'll recount per custodian before sending the numbers to Legal.",
        },
        "page": {
            "tool": "slack_api",
            "args_for": lambda i: slack(
                "discovery.conversations.list",
                user="U07KLIND",
                limit=200,
                cursor=["", "dXNlcjpVMDdL", "dXNlcjpVMDdM", "dXNlcjpVMDdN"][i],
            ),
            "obs_for": lambda i: [
                "200 conversations (public 41, private 12, im 131, mpim 16)  next_cursor dXNlcjpVMDdL",
                "200 conversations (public 9, private 3, im 176, mpim 12)  next_cursor dXNlcjpVMDdM",
                "200 conversations (im 188, mpim 12)  next_cursor dXNlcjpVMDdN",
                '37 conversations (im 35, mpim 2)  next_cursor ""',
            ][i],
            "say": "Paging through every conversation K. Lindqvist took part in.",
            "notes": [
                "First 200, mostly DMs.",
                "Next 200.",
                "Another 200, all DMs and group DMs.",
                "637 conversations in all; 530 are DMs, so DMs carry most of her volume.",
            ],
        },
        "typo": {
            "say": "Looking up K. Lindqvist's account.",
            "bad": {
                "tool": "slack_api",
                "args": slack("discovery.users.info", user="U07KLIDN"),
                "obs": json.dumps({"ok": False, "error": "user_not_found"}),
                "error": True,
            },
            "fix": "Typo in the user id: it's U07KLIND.",
            "good": {
                "tool": "slack_api",
                "args": slack("discovery.users.info", user="U07KLIND"),
                "obs": json.dumps(
                    {
                        "ok": True,
                        "user": {
                            "id": "U07KLIND",
                            "name": "K. Lindqvist",
                            "deleted": True,
                            "deactivated": "2026-04-15",
                        },
                    }
                ),
                "note": "She was deactivated in April, after the end of the date range.",
            },
        },
        "job": {
            "tool": "slack_api",
            "args": slack("discovery.exports.info", export_id="ex_4be2a9d1"),
            "start": {
                "tool": "slack_api",
                "args": slack(
                    "discovery.exports.create",
                    custodians=["U05DFARR", "U06MIYER", "U07KLIND"],
                    channels=["C04HARBOR"],
                    include_dms=True,
                    include_edits=True,
                    oldest="2025-06-01",
                    latest="2026-03-31",
                ),
                "obs": json.dumps({"ok": True, "export_id": "ex_4be2a9d1", "status": "queued"}),
                "say": "Starting the export for all three custodians with edit history.",
                "note": "Export ex_4be2a9d1 is queued.",
            },
            "states": [
                lambda: json.dumps(
                    {
                        "ok": True,
                        "export": {"status": "running", "progress": 12},
                        "request_id": c.hex(10),
                    }
                ),
                lambda: json.dumps(
                    {
                        "ok": True,
                        "export": {"status": "running", "progress": 68},
                        "request_id": c.hex(10),
                    }
                ),
                lambda: json.dumps(
                    {
                        "ok": True,
                        "export": {"status": "complete", "messages": 18406, "files": 214},
                        "request_id": c.hex(10),
                    }
                ),
            ],
            "waits": [120, 300, 300],
            "resume": "The export started earlier is running, 12% done.",
            "lines": [
                "Running, 12%.",
                "68% now.",
                "Complete: 18,406 messages and 214 files.",
            ],
        },
        "batch": {
            "tool": "shell",
            "args_for": lambda f: {
                "command": f"aws s3 cp out/{matter}/{f} {bucket}/{f} --sse aws:kms --sse-kms-key-id alias/lexbridge-intake"
            },
            "obs_for": lambda f: f"upload: out/{matter}/{f} to {bucket}/{f}",
            "items": [
                "manifest.csv",
                "ch_proj-harbor_2025-06.jsonl",
                "dm_DF_MI.jsonl",
                "dm_DF_KL.jsonl",
                "mpdm_DF_MI_KL.jsonl",
            ],
            "say": "Uploading the manifest and the first conversation files with SSE-KMS.",
            "end": "Five files uploaded under the required key.",
        },
        "synth": {
            "text": (
                "Summary: the hold covers D. Farrow and M. Iyer only; K. Lindqvist was deactivated "
                "in April and can't be added, and Lexbridge's bucket requires SSE-KMS uploads."
            ),
            "question": "is her data actually safe if she isn't on the hold?",
            "answer": (
                "Yes for now: org retention keeps all messages for seven years, so nothing of hers "
                "in the date range has been deleted. Exporting it through the discovery API and "
                "delivering it preserves a copy regardless of the hold."
            ),
        },
        "change": {
            "writes": [
                {
                    "tool": "jira",
                    "args": {
                        "action": "comment",
                        "issue": matter,
                        "body": "Export ex_4be2a9d1 delivered to Lexbridge: D. Farrow, M. Iyer, K. Lindqvist; 18,406 messages, 214 files.",
                    },
                    "obs": lambda: f"comment {c.num(100000, 199999)} added to {matter}",
                    "say": "Recording the delivery on the Legal ticket.",
                    "note": "Comment added.",
                },
                {
                    "tool": "jira",
                    "args": {
                        "action": "edit_comment",
                        "issue": matter,
                        "body": "Export ex_4be2a9d1 delivered to Lexbridge: custodians D.F., M.I., K.L.; 18,406 messages, 214 files.",
                    },
                    "obs": "comment updated",
                    "say": "Switching the names to initials.",
                    "note": "Names replaced with initials.",
                },
                {
                    "tool": "jira",
                    "args": {
                        "action": "edit_comment",
                        "issue": matter,
                        "body": "Export ex_4be2a9d1 delivered to Lexbridge: custodians D.F., M.I., K.L.; 18,406 messages, 214 files. manifest.csv SHA-256 6f2c91d0...e83a.",
                    },
                    "obs": "comment updated",
                    "say": "Adding the manifest's SHA-256.",
                    "note": "The ticket has the delivery, initials only, and the manifest hash for chain of custody.",
                },
            ],
            "asks": [
                "no names in Jira please, initials only - too many people can see that project",
                "and put the manifest's sha256 in it for chain of custody",
            ],
        },
        "search": {
            "wrong": {
                "tool": "slack_api",
                "args": slack(
                    "discovery.search", query="Kestrel", channel="C04HARBOR", oldest="2025-06-01"
                ),
                "obs": json.dumps({"ok": True, "matches": 0}),
                "say": "Searching #proj-harbor for mentions of Kestrel.",
            },
            "hint": "internally the Kestrel deal was called 'KV', nobody wrote the full name",
            "reason": "No hits for the name; deal teams often use a code name in chat.",
            "right": {
                "tool": "slack_api",
                "args": slack(
                    "discovery.search",
                    query='KV OR "K/V"',
                    channel="C04HARBOR",
                    oldest="2025-06-01",
                ),
                "obs": json.dumps(
                    {
                        "ok": True,
                        "matches": 212,
                        "first": "2025-06-09 D. Farrow: KV pricing sheet attached",
                    }
                ),
                "say": "Searching for the code name instead.",
                "note": "212 messages about KV, from 9 Jun 2025.",
            },
            "read": {
                "tool": "slack_api",
                "args": slack(
                    "discovery.conversations.replies", channel="C04HARBOR", ts="1749465512.002100"
                ),
                "obs": json.dumps(
                    {
                        "ok": True,
                        "messages": [
                            {
                                "user": "U05DFARR",
                                "text": "KV pricing sheet attached",
                                "files": ["F07Q8K2"],
                            },
                            {"user": "U07KLIND", "text": "moving the detail to DM"},
                        ],
                    }
                ),
                "note": "The first KV thread moves to DMs, which confirms the DMs have to be in the export.",
            },
        },
        "recheck": {
            "ask": "we managed to add K. Lindqvist to the hold from the admin UI with a retention exception. check again?",
            "say": "Checking the hold again.",
            "obs": lambda: json.dumps(
                {
                    "ok": True,
                    "hold": {
                        "id": "LH0A7Q2",
                        "name": matter,
                        "status": "active",
                        "custodians": [
                            {"id": "U05DFARR"},
                            {"id": "U06MIYER"},
                            {"id": "U07KLIND", "note": "deactivated - retention exception"},
                        ],
                        "date_range": "2025-06-01..2026-03-31",
                    },
                    "response_metadata": {"request_id": c.hex(10)},
                }
            ),
            "note": "All three custodians are on the hold now.",
            "act": {
                "tool": "slack_api",
                "args": slack(
                    "discovery.exports.create",
                    hold_id="LH0A7Q2",
                    include_dms=True,
                    include_edits=True,
                ),
                "obs": lambda: json.dumps(
                    {"ok": True, "export_id": f"ex_{c.hex(8)}", "status": "queued", "custodians": 3}
                ),
                "note": "Started the export from the hold, so it covers all three custodians.",
            },
        },
        "flaky": {
            "tool": "slack_api",
            "args": slack("discovery.conversations.list", user="U06MIYER", limit=200),
            "say": "Listing M. Iyer's conversations.",
            "fail": json.dumps({"ok": False, "error": "ratelimited", "retry_after": 30}),
            "pass": lambda: json.dumps(
                {"ok": True, "conversations": 188, "next_cursor": "", "request_id": c.hex(10)}
            ),
            "retry_now": "Rate limited; sending the request again.",
            "retry_wait": "Rate limited with retry_after 30 - waiting that long.",
            "wait": 30,
            "note": "188 conversations for M. Iyer.",
        },
        "clar": {
            "q1": (
                "Should edited and deleted messages be exported with their full edit history, or "
                "only the final versions?"
            ),
            "a1": "everything slack retained: edit history and deleted messages included",
            "ack1": "Thanks.",
            "q2": (
                "Another point: attachments add about 1.9 GB. Should files go to Lexbridge too, "
                "or just the messages with file links?"
            ),
            "a2": "include the files, links will break once the hold ends",
            "act": {
                "tool": "slack_api",
                "args": slack(
                    "discovery.exports.create",
                    custodians=["U05DFARR", "U06MIYER", "U07KLIND"],
                    channels=["C04HARBOR"],
                    include_dms=True,
                    include_edits=True,
                    include_files=True,
                    oldest="2025-06-01",
                    latest="2026-03-31",
                ),
                "obs": lambda: json.dumps(
                    {
                        "ok": True,
                        "export_id": f"ex_{c.hex(8)}",
                        "status": "queued",
                        "estimated_size_gb": 2.1,
                    }
                ),
                "say": "Starting the export with edit history, deletions and files.",
                "note": "The export is queued at about 2.1 GB.",
            },
        },
    }


def openapi_sdk_codegen(rng: random.Random, c: Clock) -> Mat:
    pkg = "@parcelly/sdk"
    maint = rng.choice(["In\u00e9s", "Ines"])
    run_id = rng.randint(9100000000, 9199999999)
    shipment = [
        "/* tslint:disable */",
        "/* eslint-disable */",
        "/**",
        " * Parcelly API 2.14.0",
        " * NOTE: This class is auto generated by OpenAPI Generator. Do not edit the class manually.",
        " */",
        "export const ShipmentStatusEnum = {",
        "    Created: 'created',",
        "    InTransit: 'in_transit',",
        "    Delivered: 'delivered',",
        "    Returned: 'returned'",
        "} as const;",
        "export type ShipmentStatusEnum = typeof ShipmentStatusEnum[keyof typeof ShipmentStatusEnum];",
        "",
        "export interface Shipment {",
        "    id: string;",
        "    status: ShipmentStatusEnum;",
        "    carrier?: string;",
        "    deliveredAt?: Date;",
        "}",
    ]

    def view(a: int, b: int) -> str:
        return "\n".join(f"{i:>4}\u2502 {shipment[i - 1]}" for i in range(a, b + 1))

    def term(cmd: str) -> dict[str, Any]:
        return {"command": cmd, "workdir": "/home/dev/parcelly-sdk-ts"}

    def tsc_obs(k: int, keep: tuple[int, ...] | None = None) -> str:
        every = [
            "src/generated/models/Shipment.ts:64:9 - error TS2322: Type 'string | null' is not assignable to type 'ShipmentStatusEnum'.",
            "src/generated/models/Rate.ts:41:9 - error TS2322: Type 'null' is not assignable to type 'string'.",
            "src/generated/models/WebhookEvent.ts:22:5 - error TS2304: Cannot find name 'WebhookEventTypeConst'.",
        ]
        errs = every[3 - k :] if keep is None else [every[i] for i in keep]
        head = f"> {pkg}@4.8.0 build:sdk\n> openapi-generator-cli generate -c codegen.yaml && tsc -p tsconfig.build.json\n[gen {c.hex(5)}] wrote 84 files\n"
        if not errs:
            return head + f"tsc: 0 errors ({c.num(6, 11)}.{c.num(0, 9)}s)"
        return head + "\n".join(errs) + f"\n\nFound {k} error(s) in {k} file(s)."

    build = {"tool": "terminal", "args": term("npm run build:sdk")}

    return {
        "name": "openapi_sdk_codegen",
        "task": (
            f"We need to release {pkg} 4.8.0 generated from the updated spec (openapi/parcelly.yaml, "
            "now OpenAPI 3.1). The generated code doesn't compile and the release job is red. "
            "Please get 4.8.0 out. Rules: never hand-edit anything under src/generated (codegen "
            "overwrites it), and don't publish under the 'latest' tag until the smoke tests pass."
        ),
        "openers": [
            "I'll start by running the codegen build to see the compile errors.",
            "First, the full SDK build (codegen plus tsc) to see what fails.",
            "Let me run npm run build:sdk and read the TypeScript errors.",
        ],
        "acks": [
            "OK - no edits in src/generated, and nothing on 'latest' before smoke passes.",
            f"On it; getting {pkg} 4.8.0 building.",
            "Understood. Looking at the codegen failure.",
        ],
        "pings": [
            "any ETA on 4.8.0? the dashboard team is blocked on the new rates endpoint",
            f"{maint} here - is the SDK building yet?",
        ],
        "A": {
            **build,
            "obs": lambda: tsc_obs(3),
            "say": "Running the SDK build.",
            "note": "Three TypeScript errors, all in generated models: Shipment.status, Rate.currency and WebhookEvent.type.",
        },
        "B": {
            "tool": "file_view",
            "args": {"file": "openapi/parcelly.yaml", "range": "1412-1426"},
            "obs": (
                "1412\u2502     Shipment:\n1413\u2502       type: object\n1414\u2502       required: [id, status]\n"
                "1415\u2502       properties:\n1416\u2502         id: {type: string}\n1417\u2502         status:\n"
                '1418\u2502           type: [string, "null"]\n1419\u2502           enum: [created, in_transit, delivered, returned, null]'
            ),
            "say": "Looking at the Shipment schema in the spec.",
            "note": 'The 3.1 spec makes status nullable with type: [string, "null"], which the generator doesn\'t map to a nullable enum.',
        },
        "C": {
            "tool": "terminal",
            "args": term("npx openapi-generator-cli version && grep -A3 generator codegen.yaml"),
            "obs": lambda: (
                "7.2.0\ngeneratorName: typescript-fetch\ninputSpec: openapi/parcelly.yaml\n"
                f"overlay: openapi/overlays/sdk.yaml\n(npx {c.num(900, 2400)}ms)"
            ),
            "say": "Checking the generator version and config.",
            "note": "Generator 7.2.0 (typescript-fetch), and codegen.yaml already applies an overlay, openapi/overlays/sdk.yaml.",
        },
        "rerun": [
            "Let me run the build again.",
            "Rebuilding the SDK.",
            "Running build:sdk once more.",
            "Same three errors; I'll rebuild again before touching anything.",
        ],
        "perm": {
            "tool": "terminal",
            "args": {},
            "variants": [
                term("npm publish --tag next --provenance"),
                term("npm publish --tag next --provenance --access public"),
                term("npm publish --tag=next --provenance=true"),
                term("npm publish ./ --tag next --provenance"),
            ],
            "obs": lambda: (
                "npm notice Publishing to https://registry.npmjs.org/ with tag next and public access\n"
                "npm error code EUSAGE\nnpm error Automatic provenance generation not supported for "
                f"provider: null\nnpm error A complete log of this run can be found in: /home/dev/.npm/_logs/{c.iso()[:10]}T{c.hex(6)}-debug-0.log"
            ),
            "error": True,
            "lines": [
                "Publishing a 4.8.0 prerelease to 'next' with provenance.",
                "Adding --access public.",
                "Maybe it needs the = form of the flags.",
                "Passing the package directory explicitly.",
            ],
            "end": "Provenance still refused; I'll try it with the npm 10 flag form.",
        },
        "abx": {
            "tool": "terminal",
            "args": term(
                "npm install -D @openapitools/openapi-generator-cli@2.15.0 && npx openapi-generator-cli version-manager set 7.10.0"
            ),
            "obs": (
                "npm error code ERESOLVE\nnpm error ERESOLVE unable to resolve dependency tree\n"
                'npm error peer @openapitools/openapi-generator-cli@"~2.7.0" from @parcelly/codegen-config@2.1.0\n'
                "npm error Fix the upstream dependency conflict, or retry with --force"
            ),
            "error": True,
        },
        "aby": {
            "tool": "terminal",
            "args": term(
                "npx @apiture/openapi-down-convert -i openapi/parcelly.yaml -o openapi/parcelly.30.yaml"
            ),
            "obs": (
                "Error: cannot convert to 3.0: 'const' at #/components/schemas/WebhookEvent/properties/type "
                "and 'webhooks' at #/webhooks have no 3.0 equivalent (exit 1)"
            ),
            "error": True,
        },
        "ab_lines": [
            "7.2 lacks proper 3.1 nullable support; upgrading the generator to 7.10.",
            "The shared codegen config pins the CLI. Then I'll down-convert the spec to 3.0 instead.",
            "The spec uses 3.1-only features. Back to the generator upgrade, just the CLI this time.",
            "Still the peer conflict; trying the down-convert again.",
            "Neither goes through. One more attempt at the upgrade.",
        ],
        "ab_user": (
            "neither will fly - codegen-config pins 7.2 org-wide and we need 3.1 webhooks. keep 7.2 "
            "and fix the nullable fields in openapi/overlays/sdk.yaml, that's exactly what the overlay is for"
        ),
        "check": {**build, "fail": tsc_obs, "say": "Running build:sdk to see where we stand."},
        "flake": [
            "Maybe tsc's incremental cache is stale; building again.",
            "Could be the generator's jar cache; once more.",
            "Rebuilding one more time to rule out a fluke.",
            "The same two errors every time. I'll rebuild after clearing node_modules/.cache.",
        ],
        "edits": [
            {
                "tool": "file_patch",
                "args": {
                    "file": "openapi/overlays/sdk.yaml",
                    "append": "- target: $.components.schemas.Shipment.properties.status\n  update: {type: string, nullable: true, x-nullable-enum: true}",
                },
                "obs": "openapi/overlays/sdk.yaml: +2 lines",
                "say": "Overlay action for Shipment.status: a string enum marked nullable, which 7.2 understands.",
            },
            {
                "tool": "file_patch",
                "args": {
                    "file": "openapi/overlays/sdk.yaml",
                    "append": "- target: $.components.schemas.Rate.properties.currency\n  update: {type: string, nullable: true}",
                },
                "obs": "openapi/overlays/sdk.yaml: +2 lines",
                "say": "Same treatment for Rate.currency.",
            },
            {
                "tool": "file_patch",
                "args": {
                    "file": "openapi/overlays/sdk.yaml",
                    "append": "- target: $.components.schemas.WebhookEvent.properties.type\n  update: {type: string, enum: [shipment.updated, rate.expired]}",
                },
                "obs": "openapi/overlays/sdk.yaml: +2 lines",
                "say": "And WebhookEvent.type: replacing the 3.1 const with a one-of enum the generator handles.",
            },
        ],
        "edits_done": "The SDK builds cleanly, with every fix in the overlay and nothing hand-edited.",
        "ask": {
            "asks": [
                "Should the nullable fields be typed as `T | null` (what the API sends) or as "
                "optional `T | undefined` (friendlier for existing callers)?",
                "Just checking: `| null` rather than optional for the nullable fields?",
                "So callers will see `status: ShipmentStatusEnum | null`, not an optional field?",
                "Before I write the overlay - `| null` is definitely the typing you want?",
            ],
            "answer": "| null. it's what the API actually returns; we'll note it in the changelog",
            "again": [
                "yes, | null, as I said",
                "| null. third time. please just write it",
            ],
            "ack": "Thanks.",
            "ack2": "OK.",
        },
        "reapply": {
            "tool": "terminal",
            "args": term("npm publish --tag next"),
            "first": f"npm notice Publishing to https://registry.npmjs.org/ with tag next\n+ {pkg}@4.8.0-rc.1",
            "noop": lambda: (
                "npm error code E403\nnpm error 403 403 Forbidden - PUT https://registry.npmjs.org/@parcelly%2fsdk - "
                "You cannot publish over the previously published versions: 4.8.0-rc.1."
            ),
            "lines": [
                "Publishing 4.8.0-rc.1 to the 'next' tag for the smoke tests.",
                "Publishing the release candidate to 'next'.",
                "Let me publish rc.1 so the smoke job can install it.",
                "Running the rc publish again.",
            ],
            "end": "I'll publish it once more after logging in again.",
        },
        "cycle": [
            {
                "tool": "file_view",
                "args": {"file": "CONTRIBUTING.md", "range": "88-94"},
                "obs": "  88\u2502 ## Releasing the SDK\n  89\u2502 See docs/sdk/RELEASING.md for the release checklist.",
                "say": "Checking the contributing guide for the SDK release process.",
                "again": "Back to CONTRIBUTING.md's release section.",
            },
            {
                "tool": "file_view",
                "args": {"file": "docs/sdk/RELEASING.md", "range": "1-12"},
                "obs": "   1\u2502 # Releasing\n   2\u2502 1. Regenerate the client (options and overrides: docs/sdk/CODEGEN.md)",
                "say": "It points to RELEASING.md.",
                "again": "Opening RELEASING.md again.",
            },
            {
                "tool": "file_view",
                "args": {"file": "docs/sdk/CODEGEN.md", "range": "1-15"},
                "obs": "   1\u2502 # Code generation\n   2\u2502 After generating, follow the release steps in CONTRIBUTING.md.",
                "say": "Now CODEGEN.md for the overrides.",
                "again": "Rereading CODEGEN.md.",
            },
        ],
        "cycle_end": "CODEGEN.md hands back to CONTRIBUTING.md; the overlay instructions must be in there somewhere.",
        "blocked": {
            "tool": "github_actions",
            "args": {"action": "run_view", "repo": "parcelly/sdk-ts", "run_id": run_id},
            "obs": lambda: json.dumps(
                {
                    "run_id": run_id,
                    "workflow": "release.yml",
                    "status": "waiting",
                    "jobs": {"build": "success", "smoke": "success", "publish": "waiting"},
                    "pending_deployments": [
                        {
                            "environment": "npm-publish",
                            "reviewers": ["@parcelly/sdk-maintainers"],
                            "requested_at": "2026-12-03",
                        }
                    ],
                    "checked": c.hms(),
                }
            ),
            "say": "Watching the release workflow for 4.8.0.",
            "waits": [180, 300, 600],
            "lines": [
                "Publish hasn't run yet; waiting a few minutes.",
                "Still waiting. Another five minutes.",
                "Runners can be busy; giving it longer.",
                "Publish still hasn't gone. I'll check again in ten minutes.",
            ],
        },
        "sleep": {
            "tool": "terminal",
            "args_for": lambda s: term(f"sleep {s}"),
            "obs_for": lambda s: f"[exit 0] ({s}s)",
        },
        "deleg": {
            "tool": "dispatch_agent",
            "args": {"agent": "ts-reviewer", "paths": ["src/generated/models/"]},
            "task_key": "request",
            "tasks": [
                "Review the generated models and list fields whose types don't match the spec's nullability.",
                "Which generated model fields mishandle nullable in the 3.1 spec?",
                "Compare the models' field types with the spec and report nullable mismatches.",
                "Find every generated property where the spec allows null but the type doesn't.",
            ],
            "obs": lambda: (
                f"ts-reviewer ({c.hex(7)}): 3 mismatches - Shipment.status (spec string|null enum, "
                "TS ShipmentStatusEnum), Rate.currency (string|null vs string), WebhookEvent.type "
                "(const not generated)."
            ),
            "lines": [
                "I'll have the TypeScript reviewer list the nullability mismatches.",
                "Asking again with a different framing to be sure.",
                "Rephrasing the review request once more.",
                "One last review pass.",
            ],
            "end": "Three each time; I'll ask it once more about the enums alone.",
            "subtasks": [
                {
                    "say": "Splitting the work. First, which models are wrong.",
                    "task": "Review the generated models and list fields whose types don't match the spec's nullability.",
                    "obs": lambda: (
                        f"ts-reviewer ({c.hex(7)}): Shipment.status, Rate.currency, WebhookEvent.type."
                    ),
                    "note": "Three fields.",
                },
                {
                    "say": "Second, what the typing change means for callers.",
                    "task": "Search the dashboard and mobile repos for uses of Shipment.status and Rate.currency that would break if they became nullable.",
                    "obs": lambda: (
                        f"ts-reviewer ({c.hex(7)}): 7 uses; 5 already handle null (optional chaining), 2 in dashboard/src/rates/table.tsx compare currency without a null check."
                    ),
                    "note": "Only two call sites in the dashboard need a null check.",
                },
                {
                    "say": "Third, whether the overlay can express each fix.",
                    "task": "Check that OpenAPI Overlay 1.0 'update' actions can set nullable and replace const with enum for those three schemas under generator 7.2.",
                    "obs": lambda: (
                        f"ts-reviewer ({c.hex(7)}): yes; 7.2 honours nullable: true on 3.0-style schemas and generates a one-value enum for type."
                    ),
                    "note": "The overlay can fix all three.",
                },
            ],
            "synth": (
                "So three overlay actions fix the build without touching generated code, and the "
                "dashboard needs two null checks before it upgrades."
            ),
        },
        "esc": {
            "tool": "terminal",
            "args_for": lambda t: term(f"npm run test:smoke -- --testTimeout={t}"),
            "obs_for": lambda t: (
                f"FAIL test/smoke/rates.test.ts\n  \u25cf rates \u203a quotes a domestic parcel\n"
                f'    thrown: "Exceeded timeout of {t} ms for a test."\n'
                "    pending request: POST https://api.parcelly.io/v2/rates (PARCELLY_BASE_URL unset, using default)"
            ),
            "error": True,
            "limits": [5000, 15000, 30000, 60000],
            "say": "Running the smoke tests against the SDK build.",
            "lines": [
                "Timed out; the API can be slow, so 15 seconds.",
                "Still timing out. 30 seconds.",
                "A full minute then.",
            ],
            "end": "Even a minute isn't enough; I'll try two.",
        },
        "reread": {
            "tool": "file_view",
            "args_for": lambda a, b: {
                "file": "src/generated/models/Shipment.ts",
                "range": f"{a}-{b}",
            },
            "obs_for": view,
            "windows": [(1, 9), (10, 20), (1, 9), (7, 17)],
            "say": "Reading the generated Shipment model closely.",
            "lines": [
                "Let me look at the interface part again.",
                "Back to the header and the enum.",
                "Once more around the enum and the interface.",
            ],
            "end": "I'll go through the model once more before deciding how to fix it.",
        },
        "recompute": {
            "methods": [
                {
                    "tool": "terminal",
                    "args": term(
                        "npx oasdiff breaking openapi/parcelly.4.7.2.yaml openapi/parcelly.yaml --format text | tail -1"
                    ),
                    "obs": "4 breaking changes: 4 error, 0 warning",
                    "say": "Let me count the breaking changes against 4.7.2.",
                },
                {
                    "tool": "terminal",
                    "args": term(
                        "npx api-extractor run --local && grep -c '^// BREAKING' temp/sdk.api.md.diff"
                    ),
                    "obs": "4",
                    "say": "Cross-checking with the API report diff.",
                },
                {
                    "tool": "terminal",
                    "args": term(
                        "npx oasdiff breaking openapi/parcelly.4.7.2.yaml openapi/parcelly.yaml --format json | jq length"
                    ),
                    "obs": "4",
                    "say": "Counting them again from the JSON output.",
                },
                {
                    "tool": "file_view",
                    "args": {"file": ".changeset/nullable-fields.md", "range": "1-9"},
                    "obs": '   1\u2502 ---\n   2\u2502 "@parcelly/sdk": minor\n   3\u2502 ---\n   4\u2502 Breaking type changes (4):',
                    "say": "And the changeset, to see what it lists.",
                },
            ],
            "end": "Four every time. I'll recount them by hand from the spec diff to be certain.",
        },
        "page": {
            "tool": "github_actions",
            "args_for": lambda i: {
                "action": "list_issues",
                "repo": "parcelly/sdk-ts",
                "labels": "codegen",
                "state": "all",
                "page": i + 1,
                "per_page": 30,
            },
            "obs_for": lambda i: [
                "30 issues: 4 mention 'nullable' (#311, #318, #340, #352), 2 mention 'const'",
                "30 issues: 2 mention 'nullable' (#207, #221), 0 'const'",
                "30 issues: 1 mentions 'overlay' (#144: 'use overlays for spec fixes instead of patching output')",
                "11 issues: none relevant  (last page)",
            ][i],
            "say": "Paging through past codegen issues for how nullable problems were handled before.",
            "notes": [
                "Page 1: four recent nullable issues.",
                "Page 2: two older ones.",
                "Page 3 has #144, which set the overlay rule.",
                "101 issues: every earlier nullable problem was fixed in the overlay (per #144), never in generated code.",
            ],
        },
        "typo": {
            "say": "Opening the spec's Shipment schema.",
            "bad": {
                "tool": "file_view",
                "args": {"file": "openapi/parcely.yaml", "range": "1412-1426"},
                "obs": "error: openapi/parcely.yaml: no such file",
                "error": True,
            },
            "fix": "Misspelled the file: it's parcelly.yaml with two l's.",
            "good": {
                "tool": "file_view",
                "args": {"file": "openapi/parcelly.yaml", "range": "1412-1426"},
                "obs": '1417\u2502         status:\n1418\u2502           type: [string, "null"]\n1419\u2502           enum: [created, in_transit, delivered, returned, null]',
                "note": "status is a 3.1-style nullable enum.",
            },
        },
        "job": {
            "tool": "github_actions",
            "args": {"action": "run_view", "repo": "parcelly/sdk-ts", "run_id": run_id},
            "start": {
                "tool": "github_actions",
                "args": {
                    "action": "workflow_dispatch",
                    "repo": "parcelly/sdk-ts",
                    "workflow": "release.yml",
                    "inputs": {"version": "4.8.0", "dist_tag": "latest"},
                },
                "obs": f"created workflow run {run_id} (release.yml on main)",
                "say": "Smoke tests pass on rc.1, so I'm starting the release workflow for 4.8.0 on 'latest'.",
                "note": f"Run {run_id} started.",
            },
            "states": [
                lambda: json.dumps(
                    {
                        "run_id": run_id,
                        "status": "in_progress",
                        "jobs": {"build": "in_progress", "smoke": "queued", "publish": "queued"},
                    }
                ),
                lambda: json.dumps(
                    {
                        "run_id": run_id,
                        "status": "in_progress",
                        "jobs": {"build": "success", "smoke": "in_progress", "publish": "queued"},
                    }
                ),
                lambda: json.dumps(
                    {
                        "run_id": run_id,
                        "status": "completed",
                        "conclusion": "success",
                        "jobs": {"build": "success", "smoke": "success", "publish": "success"},
                    }
                ),
            ],
            "waits": [90, 180, 240],
            "resume": "The release run is building.",
            "lines": [
                "Build is running.",
                "Build done; smoke tests running.",
                f"Published: {pkg}@4.8.0 is on 'latest'.",
            ],
        },
        "batch": {
            "tool": "terminal",
            "args_for": lambda v: term(f'npm deprecate {pkg}@{v} "superseded by 4.8.0"'),
            "obs_for": lambda v: f"(deprecated {pkg}@{v})",
            "items": ["4.8.0-rc.1", "4.8.0-rc.2", "4.8.0-rc.3", "4.8.0-beta.1", "4.8.0-beta.2"],
            "say": "4.8.0 is out, so I'll deprecate the five prereleases so nobody pins them.",
            "end": "All five prereleases point people to 4.8.0.",
        },
        "synth": {
            "text": (
                "Summary: the 3.1 spec marks three fields nullable in 3.1 style, generator 7.2 "
                "doesn't translate that, and codegen.yaml already has an overlay where such fixes "
                "belong."
            ),
            "question": "why did 4.7.2 build fine then? the fields were there",
            "answer": (
                "In 4.7.2 the spec was still 3.0 and used nullable: true, which 7.2 supports. The "
                'spec moved to 3.1 last week and rewrote those fields as type: [string, "null"], '
                "which 7.2 ignores."
            ),
        },
        "change": {
            "writes": [
                {
                    "tool": "file_patch",
                    "args": {
                        "file": "CHANGELOG.md",
                        "insert_at": 3,
                        "text": "## 4.7.3\n- Fix nullable fields generated from the 3.1 spec.",
                    },
                    "obs": "CHANGELOG.md: +2 lines at 3",
                    "say": "Adding the changelog entry.",
                    "note": "Entry added.",
                },
                {
                    "tool": "file_patch",
                    "args": {"file": "CHANGELOG.md", "find": "## 4.7.3", "replace": "## 4.8.0"},
                    "obs": "CHANGELOG.md: 1 replacement",
                    "say": "Retitling it 4.8.0.",
                    "note": "It's the 4.8.0 entry now.",
                },
                {
                    "tool": "file_patch",
                    "args": {
                        "file": "CHANGELOG.md",
                        "insert_at": 5,
                        "text": "- Migration: `Shipment.status` and `Rate.currency` are now `| null`; add a null check where you compare them.",
                    },
                    "obs": "CHANGELOG.md: +1 line at 5",
                    "say": "Adding a migration note.",
                    "note": "The entry tells callers what to change.",
                },
            ],
            "asks": [
                "it's 4.8.0, not a patch - the types changed",
                "and add a one-line migration note for the null checks",
            ],
        },
        "search": {
            "wrong": {
                "tool": "terminal",
                "args": term("rg -n 'nullable' src/ --glob '!src/generated/**'"),
                "obs": "(no matches)",
                "say": "Looking for our own nullable handling in the hand-written source.",
            },
            "hint": "the nullable fixes were always in the overlay, openapi/overlays/",
            "reason": "Nothing in hand-written code; codegen.yaml applies an overlay, so spec-level fixes probably live there.",
            "right": {
                "tool": "terminal",
                "args": term("rg -n 'nullable' openapi/overlays/"),
                "obs": "openapi/overlays/sdk.yaml:14:  update: {nullable: true}\nopenapi/overlays/sdk.yaml:22:  update: {nullable: true}",
                "say": "Searching the overlays.",
                "note": "Two earlier nullable fixes in sdk.yaml.",
            },
            "read": {
                "tool": "file_view",
                "args": {"file": "openapi/overlays/sdk.yaml", "range": "10-24"},
                "obs": "  10\u2502 actions:\n  11\u2502 - target: $.components.schemas.Parcel.properties.weight\n  14\u2502   update: {nullable: true}\n  20\u2502 - target: $.components.schemas.Label.properties.url\n  22\u2502   update: {nullable: true}",
                "note": "Each fix is a target plus an update; the three new fields follow the same pattern.",
            },
        },
        "recheck": {
            "ask": f"{maint} merged a spec fix upstream, WebhookEvent.type is an enum again. can you rebuild?",
            "say": "Rebuilding against the updated spec.",
            "obs": lambda: tsc_obs(2, keep=(0, 1)),
            "note": "The webhook error is gone; Shipment.status and Rate.currency still fail.",
            "act": {
                "tool": "file_patch",
                "args": {
                    "file": "openapi/overlays/sdk.yaml",
                    "append": "- target: $.components.schemas.Shipment.properties.status\n  update: {type: string, nullable: true, x-nullable-enum: true}\n- target: $.components.schemas.Rate.properties.currency\n  update: {type: string, nullable: true}",
                },
                "obs": "openapi/overlays/sdk.yaml: +4 lines",
                "note": "Added overlay actions for the remaining two fields.",
            },
        },
        "flaky": {
            "tool": "terminal",
            "args": term("npx openapi-generator-cli generate -c codegen.yaml"),
            "say": "Regenerating the client.",
            "fail": "Error: Unable to download openapi-generator-cli-7.2.0.jar: 503 Service Unavailable from https://repo1.maven.org/maven2/org/openapitools/openapi-generator-cli/7.2.0/",
            "pass": lambda: (
                f"[main] INFO  o.o.codegen.DefaultGenerator - writing file src/generated/models/Shipment.ts\n... wrote 84 files ({c.num(8, 14)}s)"
            ),
            "retry_now": "Maven Central returned a 503 for the jar; trying again.",
            "retry_wait": "A 503 from Maven Central - I'll wait a bit and retry.",
            "wait": 45,
            "note": "Generated 84 files.",
        },
        "clar": {
            "q1": (
                "Should the nullable fields be typed as `T | null` (what the API sends) or as "
                "optional `T | undefined` (friendlier for existing callers)?"
            ),
            "a1": "| null. it's what the API actually returns; we'll note it in the changelog",
            "ack1": "Thanks.",
            "q2": (
                "Separate question: since types get stricter, should this be 4.8.0 as planned or "
                "5.0.0?"
            ),
            "a2": "4.8.0 - the wire contract didn't change, only the types got honest",
            "act": {
                "tool": "terminal",
                "args": term("npm version 4.8.0 --no-git-tag-version"),
                "obs": "v4.8.0",
                "say": "Then `| null`, and the version is 4.8.0.",
                "note": "package.json is at 4.8.0.",
            },
        },
    }


def donor_receipt_reissue(rng: random.Random, c: Clock) -> Mat:
    director = rng.choice(["Joanna Pruitt", "Joanna Beltran"])
    jfirst = director.split()[0]
    campaign = 8821
    template = [
        "Riverside Community Food Bank - EIN 41-2290317",
        "",
        "Dear {{FirstName}},",
        "",
        "Thank you for your gift of {{Amount}} on {{Date}} to the {{Campaign}}.",
        "Your generosity puts meals on the table for families across Riverside County.",
        "",
        "No goods or services were provided in exchange for this gift.",
        "",
        "Please keep this letter for your tax records.",
        "",
        "With gratitude,",
        "{{SignerName}}, Executive Director",
    ]

    def read_template(a: int, b: int) -> str:
        return "\n".join(f"L{i:02d}: {template[i - 1]}" for i in range(a, b + 1))

    def bl(method: str, path: str, **q: Any) -> dict[str, Any]:
        args: dict[str, Any] = {"method": method, "path": path}
        if q:
            args["query"] = q
        return args

    lint = {
        "tool": "receipt_lint",
        "args": {
            "batch": "gala-2026-corrected",
            "template": "Gala 2026 receipt",
            "campaign_id": campaign,
        },
    }

    def lint_fail(k: int) -> str:
        issues = [
            "E101 186 receipts lack a quid pro quo statement (goods/services value)",
            "E204 12 receipts show deductible $165.00 for 2 tickets (expected $330.00)",
            "E310 15 recipients marked 'Do not email' are in the email channel",
        ][3 - k :]
        lines = "\n".join(issues) if issues else "OK - 186 receipts ready (171 email, 15 post)"
        return f"receipt_lint {c.hex(6)}  checked 186 receipts\n{lines}\n{k} error(s)"

    return {
        "name": "donor_receipt_reissue",
        "task": (
            f"{director} (Executive Director, Riverside Community Food Bank). The receipts for our "
            "Nov 14 Harvest Gala tickets ($250 each) went out saying 'no goods or services were "
            "provided' - but the dinner was worth $85 a head, so the deductible part is $165. "
            "Please send corrected receipts to everyone who bought tickets. Don't void or refund "
            "any gifts, and don't email anyone who has opted out of email - they get a letter."
        ),
        "openers": [
            "I'll start by pulling the Harvest Gala ticket transactions from Bloomerang.",
            "First, the gala transactions in Bloomerang and how they were receipted.",
            "Let me list the Harvest Gala 2026 gifts and their receipt status.",
        ],
        "acks": [
            f"Thank you, {jfirst}. No voids or refunds, and letters for anyone opted out of email.",
            "Understood - I'll get corrected gala receipts out.",
            "On it. Starting with what went out on Nov 15.",
        ],
        "pings": [
            "how's it looking? a board member just forwarded me his receipt asking about it",
            "can I tell the board the corrected receipts go out this week?",
        ],
        "A": {
            "tool": "bloomerang",
            "args": bl(
                "GET", "/v2/transactions", campaign_id=campaign, fields="count,total,receipt_status"
            ),
            "obs": lambda: json.dumps(
                {
                    "campaign": "Harvest Gala 2026",
                    "transactions": 186,
                    "tickets": 198,
                    "total": 49500.00,
                    "non_deductible": 0.00,
                    "receipts": {
                        "sent": 186,
                        "sent_on": "2026-11-15",
                        "template": "Standard gift receipt",
                    },
                    "request_id": c.hex(8),
                }
            ),
            "say": "Pulling the gala transactions.",
            "note": "186 transactions for 198 tickets ($49,500), all receipted on Nov 15 with the standard gift template and no non-deductible amount.",
        },
        "B": {
            "tool": "bloomerang",
            "args": bl("GET", "/v2/templates/receipt", name="Standard gift receipt"),
            "obs": read_template(5, 10),
            "say": "Reading the template those receipts used.",
            "note": "The standard template always says no goods or services were provided - wrong for a ticketed dinner.",
        },
        "C": {
            "tool": "bloomerang",
            "args": bl(
                "GET",
                "/v2/constituents",
                campaign_id=campaign,
                fields="communication_preferences",
                summary=True,
            ),
            "obs": lambda: json.dumps(
                {
                    "constituents": 186,
                    "email_ok": 171,
                    "do_not_email": 15,
                    "missing_address": 0,
                    "request_id": c.hex(8),
                }
            ),
            "say": "Checking the ticket buyers' communication preferences.",
            "note": "171 can get email; 15 are 'Do not email' and need a posted letter.",
        },
        "rerun": [
            "Let me pull the gala transactions again.",
            "Re-checking the gala gifts.",
            "Pulling the transaction summary once more.",
            "Same figures. I'll look at them again before preparing anything.",
        ],
        "perm": {
            "tool": "bloomerang",
            "args": {},
            "variants": [
                {
                    **bl("POST", "/v2/receipts/reissue"),
                    "body": {"campaign_id": campaign, "template": "Gala 2026 receipt"},
                },
                {
                    **bl("POST", "/v2/receipts/reissue"),
                    "body": {"campaign_id": campaign, "template": "gala 2026 receipt"},
                },
                {
                    **bl("POST", "/v2/receipts/reissue"),
                    "body": {"campaign_id": str(campaign), "template_id": 4412},
                },
                {
                    **bl("POST", "/v2/receipts/reissue/"),
                    "body": {"campaign_id": campaign, "template": "Gala 2026 Receipt "},
                },
            ],
            "obs": lambda: json.dumps(
                {
                    "status": 400,
                    "error": "TemplateNotPublished",
                    "message": "Template 'Gala 2026 receipt' (4412) is a draft. Only published receipt templates can be used.",
                    "request_id": c.hex(8),
                }
            ),
            "error": True,
            "lines": [
                "Reissuing the gala receipts with the gala template.",
                "Maybe the name is case-sensitive; lower case.",
                "Using the template id instead of its name.",
                "Trying the name with title case and a trailing slash on the path.",
            ],
            "end": "Still rejected; I'll try reissuing them one transaction at a time.",
        },
        "abx": {
            "tool": "bloomerang",
            "args": {
                **bl("PUT", "/v2/transactions/TX-771204"),
                "body": {"non_deductible_amount": 85.00},
            },
            "obs": json.dumps(
                {
                    "status": 403,
                    "error": "BatchClosed",
                    "message": "Transaction TX-771204 is in batch #2211 (closed 2026-11-20). Reopen the batch to edit (Administrators only).",
                }
            ),
            "error": True,
        },
        "aby": {
            "tool": "bloomerang",
            "args": {
                **bl("POST", "/v2/transactions"),
                "body": {
                    "constituent_id": 30418,
                    "amount": -85.00,
                    "campaign_id": campaign,
                    "note": "gala benefit adjustment",
                },
            },
            "obs": json.dumps(
                {
                    "status": 400,
                    "error": "InvalidAmount",
                    "message": "Transaction amounts must be positive. To return money, record a refund.",
                }
            ),
            "error": True,
        },
        "ab_lines": [
            "I'll record the $85 dinner value as non-deductible on the transaction.",
            "The batch is closed. Instead I'll add an adjusting -$85 entry.",
            "Negative amounts aren't allowed. Back to editing the transaction, this time only the field.",
            "Still locked; trying the adjusting entry again with a different note.",
            "Neither works. Let me try the transaction edit once more.",
        ],
        "ab_user": (
            "please stop - the gift amounts are right and that would be a refund anyway. the $85 "
            "goes on the Gala campaign as its benefit value (campaign settings), and the gala receipt "
            "template picks it up"
        ),
        "check": {
            **lint,
            "fail": lint_fail,
            "say": "Running the receipt checker on the corrected batch.",
        },
        "flake": [
            "The checker might have cached the old template; running it again.",
            "Once more, in case the campaign setting hadn't synced.",
            "Rerunning the receipt check.",
            "The same two errors each time. I'll run it again in an hour once Bloomerang syncs.",
        ],
        "edits": [
            {
                "tool": "bloomerang",
                "args": {
                    **bl("PUT", f"/v2/campaigns/{campaign}"),
                    "body": {"benefit_value_per_unit": 85.00, "unit": "ticket"},
                },
                "obs": lambda: json.dumps(
                    {
                        "campaign": "Harvest Gala 2026",
                        "benefit_value_per_unit": 85.00,
                        "updated": c.iso(),
                    }
                ),
                "say": "Setting the $85 benefit value per ticket on the gala campaign.",
            },
            {
                "tool": "bloomerang",
                "args": {
                    **bl("PUT", "/v2/templates/receipt/4412"),
                    "body": {
                        "deductible_expression": "{{Amount}} - {{Quantity}} * {{BenefitValue}}"
                    },
                },
                "obs": '{"template": 4412, "saved": true}',
                "say": "The template assumed one ticket per gift; making the deductible amount use the ticket quantity.",
            },
            {
                "tool": "bloomerang",
                "args": {
                    **bl("PUT", "/v2/receipts/batches/gala-2026-corrected"),
                    "body": {"channel_rule": "respect_communication_preferences"},
                },
                "obs": '{"batch": "gala-2026-corrected", "email": 171, "post": 15}',
                "say": "Routing the batch by communication preference so the 15 opted-out donors get letters.",
            },
        ],
        "edits_done": "The checker passes: 171 corrected receipts by email, 15 by post, each with the right deductible amount.",
        "ask": {
            "asks": [
                "Should the new receipts be marked 'Corrected receipt - replaces the receipt dated "
                "15 November 2026', or simply sent as new receipts?",
                "Just to confirm: label them as corrected and reference the 15 Nov receipt?",
                "So the heading says 'Corrected receipt' with the original date?",
                "One more check before I build the batch - the 'corrected' label is what you want?",
            ],
            "answer": "mark them corrected and reference the Nov 15 date, our auditor wants the trail",
            "again": [
                "yes, corrected + the date, like I said",
                "yes!! I've answered this. corrected, with the date",
            ],
            "ack": "Thank you.",
            "ack2": "Understood.",
        },
        "reapply": {
            "tool": "bloomerang",
            "args": {
                **bl("POST", "/v2/receipts/reissue"),
                "body": {
                    "campaign_id": campaign,
                    "template_id": 4412,
                    "channel": "email",
                    "label": "corrected",
                },
            },
            "first": lambda: json.dumps(
                {"batch": f"cr_{c.hex(6)}", "queued": 171, "channel": "email"}
            ),
            "noop": lambda: json.dumps(
                {
                    "status": 409,
                    "error": "AlreadyReissued",
                    "message": "Receipts for these 171 transactions were already reissued today (batch cr_5e0a1f). Use 'resend' to send copies.",
                    "request_id": c.hex(8),
                }
            ),
            "lines": [
                "Sending the corrected receipts by email.",
                "Reissuing the email receipts for the gala.",
                "Let me send the corrected receipts so donors have them.",
                "Sending the corrected batch again.",
            ],
            "end": "I'll reissue them once more to make sure they went.",
        },
        "cycle": [
            {
                "tool": "web_fetch",
                "args": {
                    "url": "https://www.irs.gov/pub/irs-pdf/p1771.pdf",
                    "section": "Quid pro quo contributions",
                },
                "obs": "Quid pro quo contributions\nA donor may deduct only the amount exceeding the value of goods or services received. For how donors compute the deduction, see Publication 526.",
                "say": "Checking IRS Publication 1771 on quid pro quo disclosures.",
                "again": "Back to Publication 1771.",
            },
            {
                "tool": "web_fetch",
                "args": {
                    "url": "https://www.irs.gov/publications/p526",
                    "section": "Contributions from which you benefit",
                },
                "obs": "Contributions from which you benefit\nIf you receive a benefit, you can deduct only the amount above its fair market value. See Tax Topic 506 for a summary.",
                "say": "It points to Publication 526.",
                "again": "Reopening Publication 526.",
            },
            {
                "tool": "web_fetch",
                "args": {"url": "https://www.irs.gov/taxtopics/tc506"},
                "obs": "Topic no. 506, Charitable contributions\nFor the charity's disclosure requirements, see Publication 1771.",
                "say": "Now Tax Topic 506.",
                "again": "Tax Topic 506 again.",
            },
        ],
        "cycle_end": "Topic 506 refers back to 1771; the exact wording requirement must be in 1771 somewhere.",
        "blocked": {
            "tool": "lob_api",
            "args": {
                "method": "GET",
                "path": "/v1/letters",
                "query": {"metadata[batch]": "gala-2026-post"},
            },
            "obs": lambda: json.dumps(
                {
                    "count": 15,
                    "status_counts": {"on_hold": 15},
                    "hold_reason": "Account has no payment method. Letters stay on hold until one is added in Settings > Billing.",
                    "request_id": c.hex(10),
                }
            ),
            "say": "Checking the 15 postal letters.",
            "waits": [300, 600, 900],
            "lines": [
                "Not processed yet; waiting five minutes.",
                "Still on hold. Another ten minutes.",
                "Print queues can be slow; waiting longer.",
                "Still held. I'll check again later this afternoon.",
            ],
        },
        "sleep": {
            "tool": "delay",
            "args_for": lambda s: {"secs": s},
            "obs_for": lambda s: f"delay done ({s}s)",
        },
        "deleg": {
            "tool": "helper_agent",
            "args": {"name": "gift-records"},
            "task_key": "ask",
            "tasks": [
                "Which gala donors bought more than one ticket?",
                "List Harvest Gala 2026 transactions with quantity above one.",
                "Find the gala gifts that covered two or more tickets.",
                "Who purchased multiple Harvest Gala tickets in one transaction?",
            ],
            "obs": lambda: (
                f"gift-records [{c.hex(5)}]: 12 transactions with quantity 2 (24 tickets, $6,000): "
                "TX-771204, TX-771219, TX-771230, ... 9 more. No transaction has more than 2."
            ),
            "lines": [
                "I'll have the gift-records helper find multi-ticket purchases.",
                "Asking again in different words to double-check.",
                "Rephrasing the ticket question once more.",
                "And one more time, asked from the donor side.",
            ],
            "end": "Twelve every time; I'll ask once more with the ticket numbers.",
            "subtasks": [
                {
                    "say": "I'll split the prep. First, multi-ticket purchases.",
                    "task": "Which gala donors bought more than one ticket?",
                    "obs": lambda: (
                        f"gift-records [{c.hex(5)}]: 12 transactions with quantity 2; none higher."
                    ),
                    "note": "Twelve two-ticket gifts, whose deductible is $330.",
                },
                {
                    "say": "Second, whether anyone paid over the ticket price.",
                    "task": "Find gala transactions where the amount is higher than $250 x quantity.",
                    "obs": lambda: (
                        f"gift-records [{c.hex(5)}]: 0 - all amounts are exactly $250 x quantity (add-on donations were recorded separately on the Fund-a-Meal appeal)."
                    ),
                    "note": "Every gift is exactly the ticket price, so the formula holds for all.",
                },
                {
                    "say": "Third, addresses for the letters.",
                    "task": "Check that the 15 'Do not email' gala donors have a deliverable mailing address.",
                    "obs": lambda: (
                        f"gift-records [{c.hex(5)}]: 15 of 15 have a primary address; USPS verification passed for 15."
                    ),
                    "note": "All 15 can get a letter.",
                },
            ],
            "synth": (
                "So: set the $85 benefit on the campaign, compute deductible as amount minus "
                "quantity times $85, email 171 corrected receipts and post 15."
            ),
        },
        "esc": {
            "tool": "bloomerang",
            "args_for": lambda t: {
                **bl("GET", "/v2/transactions/export", since="2015-01-01", fields="all"),
                "timeout_s": t,
            },
            "obs_for": lambda t: json.dumps(
                {
                    "status": 504,
                    "error": "GatewayTimeout",
                    "message": f"Export did not finish within {t}s (212,480 transactions since 2015-01-01, all fields).",
                }
            ),
            "error": True,
            "limits": [30, 60, 120, 300],
            "say": "Exporting every transaction since 2015 to see if earlier galas had the same problem.",
            "lines": [
                "Bloomerang timed out; doubling the timeout.",
                "Another 504. Two minutes.",
                "Five minutes should be enough.",
            ],
            "end": "Five minutes timed out too; I'll try ten.",
        },
        "reread": {
            "tool": "bloomerang",
            "args_for": lambda a, b: {
                **bl("GET", "/v2/templates/receipt", name="Standard gift receipt"),
                "lines": f"{a}-{b}",
            },
            "obs_for": read_template,
            "windows": [(1, 8), (6, 13), (1, 8), (4, 11)],
            "say": "Reading the receipt template closely.",
            "lines": [
                "Let me read the lower half again.",
                "Back to the top lines.",
                "Once more around the disclosure sentence.",
            ],
            "end": "I'll read the template one more time before drafting the gala version.",
        },
        "recompute": {
            "methods": [
                {
                    "tool": "sheets",
                    "args": {
                        "spreadsheet": "Gala 2026 receipts",
                        "formula": "=SUMPRODUCT(C2:C187,1)*165",
                    },
                    "obs": "32670",
                    "say": "Let me confirm the total deductible amount across the gala.",
                },
                {
                    "tool": "python",
                    "args": {"code": "print(198 * (250 - 85))"},
                    "obs": "32670",
                    "say": "Checking it by hand: tickets times $165.",
                },
                {
                    "tool": "bloomerang",
                    "args": bl(
                        "GET",
                        "/v2/transactions",
                        campaign_id=campaign,
                        fields="sum_deductible_preview",
                        benefit_value=85,
                    ),
                    "obs": lambda: json.dumps(
                        {"deductible_preview": 32670.00, "request_id": c.hex(8)}
                    ),
                    "say": "And Bloomerang's own preview with the benefit value.",
                },
                {
                    "tool": "python",
                    "args": {"code": "print(49500 - 198 * 85)"},
                    "obs": "32670",
                    "say": "Once more as gross minus benefit.",
                },
            ],
            "end": "$32,670 every way. I'll recheck it against the bank deposits before going on.",
        },
        "page": {
            "tool": "bloomerang",
            "args_for": lambda i: bl(
                "GET",
                "/v2/transactions",
                campaign_id=campaign,
                skip=i * 50,
                take=50,
                fields="quantity,amount,constituent.communication",
            ),
            "obs_for": lambda i: [
                "50 transactions: qty1 46, qty2 4; email 47, post 3",
                "50 transactions: qty1 47, qty2 3; email 45, post 5",
                "50 transactions: qty1 48, qty2 2; email 46, post 4",
                "36 transactions: qty1 33, qty2 3; email 33, post 3  (end)",
            ][i],
            "say": "Paging through the 186 gala transactions for quantities and channels.",
            "notes": [
                "First 50: four two-ticket gifts, three by post.",
                "Next 50: three two-ticket, five by post.",
                "Third page: two two-ticket, four by post.",
                "186 gifts: 12 are two-ticket, and 15 donors need a letter instead of email.",
            ],
        },
        "typo": {
            "say": "Opening the gala campaign record.",
            "bad": {
                "tool": "bloomerang",
                "args": bl("GET", "/v2/campaigns/8812"),
                "obs": json.dumps(
                    {"status": 404, "error": "NotFound", "message": "Campaign 8812 not found"}
                ),
                "error": True,
            },
            "fix": f"Wrong id - I swapped digits; the gala campaign is {campaign}.",
            "good": {
                "tool": "bloomerang",
                "args": bl("GET", f"/v2/campaigns/{campaign}"),
                "obs": json.dumps(
                    {
                        "id": campaign,
                        "name": "Harvest Gala 2026",
                        "benefit_value_per_unit": None,
                        "receipt_template": "Standard gift receipt",
                    }
                ),
                "note": "The campaign has no benefit value set, which is why the receipts showed full deductibility.",
            },
        },
        "job": {
            "tool": "bloomerang",
            "args": bl("GET", "/v2/receipts/batches/gala-2026-corrected"),
            "start": {
                "tool": "bloomerang",
                "args": {
                    **bl("POST", "/v2/receipts/reissue"),
                    "body": {
                        "campaign_id": campaign,
                        "template_id": 4412,
                        "label": "corrected",
                        "channel_rule": "respect_communication_preferences",
                    },
                },
                "obs": json.dumps(
                    {"batch": "gala-2026-corrected", "queued": 186, "email": 171, "post": 15}
                ),
                "say": "Everything checks out, so I'm starting the corrected reissue.",
                "note": "Batch queued: 171 email, 15 post.",
            },
            "states": [
                lambda: json.dumps(
                    {
                        "batch": "gala-2026-corrected",
                        "status": "queued",
                        "sent": 0,
                        "request_id": c.hex(8),
                    }
                ),
                lambda: json.dumps(
                    {
                        "batch": "gala-2026-corrected",
                        "status": "sending",
                        "sent": c.num(80, 120),
                        "of": 171,
                        "request_id": c.hex(8),
                    }
                ),
                lambda: json.dumps(
                    {
                        "batch": "gala-2026-corrected",
                        "status": "complete",
                        "delivered": 169,
                        "bounced": 2,
                        "post_handed_to_lob": 15,
                        "request_id": c.hex(8),
                    }
                ),
            ],
            "waits": [120, 300, 300],
            "resume": "The corrected batch from earlier is queued.",
            "lines": [
                "Queued.",
                "Sending now, about two thirds done.",
                "Done: 169 delivered, 2 bounced, 15 letters with Lob.",
            ],
        },
        "batch": {
            "tool": "lob_api",
            "args_for": lambda d: {
                "method": "POST",
                "path": "/v1/letters",
                "body": {
                    "to": d,
                    "file": f"receipts/gala-2026-corrected/{d}.pdf",
                    "color": False,
                    "metadata": {"batch": "gala-2026-post"},
                },
            },
            "obs_for": lambda d: json.dumps(
                {
                    "id": f"ltr_{c.hex(14)}",
                    "to": d,
                    "status": "processed",
                    "expected_delivery_date": "2026-12-09",
                }
            ),
            "items": ["adr_30418", "adr_30502", "adr_30977", "adr_31140", "adr_31266"],
            "say": "Sending the first five corrected receipts to mail-only donors by post.",
            "end": "Five letters processed, arriving around 9 December.",
        },
        "synth": {
            "text": (
                "Summary: 186 gala gifts (198 tickets) were receipted with the standard template, "
                "which claims no benefit; the $85 dinner value must appear, leaving $165 per ticket "
                "deductible. 15 buyers need the correction by post."
            ),
            "question": "is this actually a legal problem or just tidy-up?",
            "answer": (
                "It's a legal requirement: for a payment over $75 where the donor gets something "
                "back, the charity must give a written estimate of its value. The IRS penalty is "
                "$10 per contribution, so correcting it now matters."
            ),
        },
        "change": {
            "writes": [
                {
                    "tool": "bloomerang",
                    "args": {
                        **bl("PUT", "/v2/templates/receipt/4412"),
                        "body": {
                            "disclosure": "In exchange for your gift you received a dinner valued at $85.00 per ticket."
                        },
                    },
                    "obs": '{"template": 4412, "saved": true}',
                    "say": "Writing the disclosure line in the gala template.",
                    "note": "The disclosure line is saved.",
                },
                {
                    "tool": "bloomerang",
                    "args": {
                        **bl("PUT", "/v2/templates/receipt/4412"),
                        "body": {
                            "disclosure": "In exchange for your gift you received goods and services with an estimated fair market value of $85.00 per ticket."
                        },
                    },
                    "obs": '{"template": 4412, "saved": true}',
                    "say": "Rewording it with 'estimated fair market value'.",
                    "note": "Reworded.",
                },
                {
                    "tool": "bloomerang",
                    "args": {
                        **bl("PUT", "/v2/templates/receipt/4412"),
                        "body": {
                            "disclosure": "In exchange for your gift you received goods and services with an estimated fair market value of $85.00 per ticket.",
                            "footer": "Riverside Community Food Bank is a 501(c)(3) organization, EIN 41-2290317.",
                        },
                    },
                    "obs": '{"template": 4412, "saved": true}',
                    "say": "Adding the 501(c)(3) and EIN footer.",
                    "note": "The template now has the IRS wording and our EIN.",
                },
            ],
            "asks": [
                "our auditor prefers the IRS wording: 'estimated fair market value'",
                "and put our EIN and 501(c)(3) status in the footer",
            ],
        },
        "search": {
            "wrong": {
                "tool": "bloomerang",
                "args": bl("GET", "/v2/templates/email", search="gala"),
                "obs": json.dumps(
                    {
                        "results": [
                            {"name": "Gala save the date"},
                            {"name": "Gala ticket confirmation"},
                        ]
                    }
                ),
                "say": "Looking for a gala receipt template among the email templates.",
            },
            "hint": "receipt templates are separate - look under receipt templates",
            "reason": "Only marketing emails there; receipts have their own template type in Bloomerang.",
            "right": {
                "tool": "bloomerang",
                "args": bl("GET", "/v2/templates/receipt", search="gala"),
                "obs": json.dumps(
                    {
                        "results": [
                            {
                                "id": 4412,
                                "name": "Gala 2026 receipt",
                                "status": "draft",
                                "created_by": "J. Pruitt",
                                "created": "2026-10-02",
                            }
                        ]
                    }
                ),
                "say": "Searching the receipt templates.",
                "note": "A draft 'Gala 2026 receipt' exists, made in October and never published.",
            },
            "read": {
                "tool": "bloomerang",
                "args": bl("GET", "/v2/templates/receipt/4412"),
                "obs": "Dear {{FirstName}}, thank you for your gift of {{Amount}} ... In exchange you received goods and services valued at {{BenefitValue}}; the deductible portion is {{DeductibleAmount}}.",
                "note": "It already has the quid pro quo wording; it just needs the campaign's benefit value and publishing.",
            },
        },
        "recheck": {
            "ask": "Joanna here - I set the $85 benefit value on the gala campaign myself just now. look again?",
            "say": "Pulling the gala transactions again.",
            "obs": lambda: json.dumps(
                {
                    "campaign": "Harvest Gala 2026",
                    "transactions": 186,
                    "tickets": 198,
                    "total": 49500.00,
                    "non_deductible": 16830.00,
                    "receipts": {
                        "sent": 186,
                        "sent_on": "2026-11-15",
                        "template": "Standard gift receipt",
                    },
                    "request_id": c.hex(8),
                }
            ),
            "note": "Bloomerang now computes $16,830 non-deductible (198 x $85); the receipts already sent still need replacing.",
            "act": {
                "tool": "bloomerang",
                "args": {**bl("POST", "/v2/templates/receipt/4412/publish")},
                "obs": json.dumps({"template": 4412, "status": "published"}),
                "note": "I've published the gala receipt template so the corrected batch can use it.",
            },
        },
        "flaky": {
            "tool": "bloomerang",
            "args": bl(
                "GET",
                "/v2/constituents",
                campaign_id=campaign,
                fields="communication_preferences",
                summary=True,
            ),
            "say": "Checking communication preferences for the ticket buyers.",
            "fail": "503 Service Unavailable\nupstream connect error or disconnect/reset before headers. reset reason: connection termination",
            "pass": lambda: json.dumps(
                {"constituents": 186, "email_ok": 171, "do_not_email": 15, "request_id": c.hex(8)}
            ),
            "retry_now": "A connection reset upstream at Bloomerang; trying again.",
            "retry_wait": "Upstream reset - I'll pause briefly and retry.",
            "wait": 20,
            "note": "171 by email, 15 by post.",
        },
        "clar": {
            "q1": (
                "Should the new receipts be marked 'Corrected receipt - replaces the receipt dated "
                "15 November 2026', or simply sent as new receipts?"
            ),
            "a1": "mark them corrected and reference the Nov 15 date, our auditor wants the trail",
            "ack1": "Thank you.",
            "q2": (
                "Another question: 12 donors bought two tickets in one transaction. One receipt "
                "showing both tickets, or a receipt per ticket?"
            ),
            "a2": "one per transaction, showing both tickets and $330 deductible",
            "act": {
                "tool": "bloomerang",
                "args": {
                    **bl("PUT", "/v2/templates/receipt/4412"),
                    "body": {
                        "header": "Corrected receipt - replaces the receipt dated 15 November 2026",
                        "deductible_expression": "{{Amount}} - {{Quantity}} * {{BenefitValue}}",
                    },
                },
                "obs": '{"template": 4412, "saved": true}',
                "say": "Adding the corrected-receipt header and per-transaction quantities to the template.",
                "note": "A two-ticket gift will now show $330 deductible on one receipt.",
            },
        },
    }


DOMAINS = [
    nextjs_hydration_mismatch,
    google_ads_disapproval,
    bank_feed_reconnect,
    newsletter_list_migration,
    soc2_vendor_questionnaire,
    slack_legal_hold_export,
    openapi_sdk_codegen,
    donor_receipt_reissue,
]


def build() -> list[Row]:
    rows: list[Row] = []
    for label, builders in (("loop", LOOPS), ("progress", PROGRESS)):
        position = 0
        for category, builder in builders:
            for n in range(PER_CATEGORY):
                # rotate by one every eight rows, so each category covers all eight domains
                make = DOMAINS[(position + position // len(DOMAINS)) % len(DOMAINS)]
                position += 1
                rid = f"twentysixth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                c = Clock(rng)
                d = make(rng, c)
                steps = builder(rng, d, n, c)
                first = next(s for s in steps if s["kind"] == "tool")
                if not (first["tool"] == d["A"]["tool"] and first["args"] == d["A"]["args"]):
                    # openers name the first lookup; rows that begin elsewhere open plainly
                    steps[0] = llm(rng.choice(d["acks"]), d["task"])
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{category}",
                        "domain": d["name"],
                        "steps": as_observed(steps),
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).resolve().parent / "trajectories.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
