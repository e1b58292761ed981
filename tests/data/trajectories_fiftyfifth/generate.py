"""Blind trajectory set 55: 208 rows, 13 loop kinds and 13 progress near misses, eight domains.

Standard library only and deterministic: each row's ``random.Random`` is seeded from SEED and
the row's id. Run as a script to write ``trajectories.jsonl`` next to this file.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

SEED = 55_2026
PREFIX = "fiftyfifth"
ROWS_PER_KIND = 8


class Row:
    """Per-row state: a seeded random source, a clock and the domain's envelope style."""

    def __init__(self, rid: str, dom: dict) -> None:
        self.r = random.Random(f"{SEED}:{rid}")
        self.d = dom
        self.t = dt.datetime(2026, 11, 3, 6, 0, tzinfo=dt.UTC) + dt.timedelta(
            days=self.r.randint(0, 24), minutes=self.r.randint(0, 900)
        )
        self.steps: list[dict] = []

    def tick(self, lo: int = 2, hi: int = 40) -> str:
        self.t += dt.timedelta(seconds=self.r.randint(lo, hi), milliseconds=self.r.randint(0, 999))
        return self.t.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def hexid(self, n: int = 12) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def wrap(self, payload: object, noise: bool = True) -> str:
        style = self.d["style"]
        stamp = self.tick()
        rid = self.hexid() if noise else "0" * 12
        ms = self.r.randint(18, 900) if noise else 0
        if style == 0:
            body = {"data": payload, "meta": {"request_id": f"req_{rid}", "duration_ms": ms}}
        elif style == 1:
            body = {"status": 200, "result": payload, "trace_id": rid + self.hexid(8), "ts": stamp}
        elif style == 2:
            if isinstance(payload, dict):
                body = dict(payload)
                body["_meta"] = {"x-request-id": rid, "served_at": stamp, "elapsed": f"{ms}ms"}
            else:
                body = {"items": payload, "_meta": {"x-request-id": rid, "served_at": stamp}}
        else:
            body = {"ok": True, "payload": payload, "rid": rid[:10], "server_time": stamp}
        return json.dumps(body, ensure_ascii=False)

    def say(self, text: str, obs: str = "") -> None:
        assert text
        self.steps.append({"kind": "llm", "text": text, "observation": obs})

    def call(self, tool: str, args: dict, obs: str, error: bool = False) -> None:
        self.steps.append(
            {"kind": "tool", "tool": tool, "args": args, "observation": obs, "error": error}
        )

    def err(self, text: str, noise: bool = True) -> str:
        if noise and self.d["style"] in (0, 2) and self.r.random() < 0.6:
            return f"{text} (request id {self.hexid(8)}-{self.hexid(4)})"
        return text


ACKS = [
    "On it. I'll start by pulling up {thing}.",
    "Sure, let me get the context first.",
    "Understood. Looking at {thing} now.",
    "Okay. First I'll check what the system currently has.",
    "Got it, starting with the current state of {thing}.",
    "Will do. Pulling the record before I change anything.",
]
NUDGES = [
    "any update?",
    "Still waiting on this, can you give me the answer?",
    "hello?",
    "I need this in the next 10 minutes please.",
    "Is it done?",
    "Can you just tell me what you found so far?",
    "??",
    "ok, and?",
    "Please stop and give me a yes or no.",
]


def opening(w: Row, fam: str, second: bool | None = None) -> None:
    d, r = w.d, w.r
    w.say(r.choice(ACKS).format(thing=d["thing"]), d["req"][fam])
    idx = d["write_idx"] if fam == "write" else 0
    rec_call(w, idx)
    if second if second is not None else r.random() < 0.5:
        tool, args, payload = d["checks"][0]
        w.call(tool, args, w.wrap(payload))


def rec_call(w: Row, idx: int, noise: bool = True) -> None:
    tool, key, ids, fn = w.d["rec"]
    eid = ids[idx % len(ids)]
    rr = random.Random(f"{SEED}:rec:{w.d['name']}:{eid}")
    w.call(tool, {key: eid}, w.wrap(fn(rr, eid), noise))


# ---------------------------------------------------------------- loop kinds


def loop_exact_repeat(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "rec")
    reply = r.choice(
        [
            "I'm still reviewing {thing}; I'll send you the full answer as soon as I've finished.",
            "Thanks for your patience. I am working through {thing} and will come back to you shortly with the result.",
            "Checking {thing} now. One moment please.",
            "I have the data open and I'm going through {thing}. You'll have my answer in a moment.",
        ]
    ).format(thing=d["thing"])
    n = r.randint(4, 10)
    nudges = r.sample(NUDGES, k=min(n, len(NUDGES)))
    for i in range(n):
        obs = "" if i == 0 or r.random() < 0.3 else nudges[i % len(nudges)]
        w.say(reply, obs)


PARA = [
    "Let me pull {thing} again so I can answer properly.",
    "I'll take another look at {thing} before replying.",
    "Going back over {thing} once more to be sure.",
    "One more pass over {thing} and then I'll have it.",
    "I want to re-read {thing} carefully; answer coming right after.",
    "Let me re-examine {thing} first.",
    "I'm going to look at {thing} again, just to be certain.",
    "Before I answer I'll review {thing} one more time.",
    "Give me a moment to go through {thing} again.",
    "I'll recheck {thing} and then write it up for you.",
]


def loop_paraphrased_repeat(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "rec")
    n = r.randint(4, 10)
    for i, p in enumerate(r.sample(PARA, k=n)):
        obs = r.choice(NUDGES) if i == n // 2 and r.random() < 0.5 else ""
        w.say(p.format(thing=d["thing"]), obs)


def loop_ab_oscillation(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "write", second=False)
    n = r.randint(6, 14)
    if r.random() < 0.5:
        for i in range(n):
            rec_call(w, 1 + i % 2, noise=r.random() < 0.5)
    else:
        tool, a, b, oa, ob = d["flip"]
        for i in range(n):
            w.call(tool, a if i % 2 == 0 else b, w.wrap(oa if i % 2 == 0 else ob))


def loop_failing_tool_retry(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "fail")
    tool, bad, msg, _fixes, _ok = d["fail"]
    n = r.randint(4, 9)
    chatty = r.random() < 0.5
    for i in range(n):
        w.call(tool, bad, w.err(msg, noise=False), error=True)
        if chatty and i < n - 1 and r.random() < 0.6:
            w.say(r.choice(["Retrying.", "That failed, trying again.", "Let me run it again."]))


def loop_same_action_same_observation(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "job", second=False)
    start, sargs, status, prefix, noun, stuck, _done = d["job"]
    jid = f"{prefix}{w.hexid(8)}"
    w.call(start, sargs, w.wrap({"id": jid, "state": "QUEUED", "submitted_at": w.tick()}))
    n = r.randint(4, 12)
    noise = r.random() < 0.5
    for i in range(n):
        w.call(status, {"id": jid}, w.wrap(dict(stuck, id=jid), noise))
        if r.random() < 0.25 and i < n - 1:
            w.say(f"The {noun} is still running, I'll check again.")


MONO = [
    "Before I do anything else with {thing} I should make sure I understand what the person actually wants. Let me think it through.",
    "Hmm. {thing} could be read two ways; I need to settle which reading is right before acting.",
    "I'm weighing whether to change {thing} now or gather more first. Gathering more seems safer, but I already have a lot.",
    "Thinking: the request hinges on {thing}. Before touching anything I need to decide which figure is authoritative, so I should compare the sources first.",
    "I need to work out the right approach for {thing}. There are two ways to do this and I should pick the safer one.",
    "Let me reason about {thing}: the numbers don't obviously agree, so I should be careful about which one I trust.",
]


def loop_identical_monologue(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "rec")
    text = r.choice(MONO).format(thing=d["thing"])
    for _ in range(r.randint(4, 12)):
        w.say(text)


def loop_identical_tool_calls(w: Row) -> None:
    r = w.r
    opening(w, "rec", second=True)
    lines = [
        "Now let me look at the related record.",
        "Checking the details on this one.",
        "I'll confirm the fields I need.",
        "Next, the record itself.",
        "Let me verify that.",
    ]
    n = r.randint(4, 9)
    talk = r.random() < 0.5
    for _ in range(n):
        rec_call(w, 1, noise=True)
        if talk and r.random() < 0.6:
            w.say(r.choice(lines))


def loop_cursor_reset_paging(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "lst", second=False)
    tool, base, item, noun = d["lst"]
    page = [item(random.Random(f"{SEED}:{d['name']}:{i}"), i) for i in range(4)]
    cur = w.hexid(16)
    w.call(tool, dict(base), w.wrap({"items": page, "next_cursor": cur, "has_more": True}))
    n = r.randint(4, 8)
    key = r.choice(["page", "offset", "start"])
    for k in range(2, n + 2):
        val = k if key == "page" else (k - 1) * len(page)
        w.call(
            tool,
            dict(base, **{key: val}),
            w.wrap({"items": page, "next_cursor": cur, "has_more": True}),
        )
        if r.random() < 0.5:
            w.say(
                r.choice(
                    [
                        f"Got page {k} of the {noun}. Moving on to the next one.",
                        f"{len(page)} more {noun}; continuing.",
                        f"Continuing through the {noun}, page {k + 1} next.",
                    ]
                )
            )


def loop_workaround_carousel(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "blocked", second=False)
    routes, msg, _ok = d["blocked"]
    n = r.randint(5, 12)
    order = list(range(len(routes) - 1))
    tries = [order[i % len(order)] for i in range(n)]
    for j, i in enumerate(tries):
        tool, args = routes[i]
        w.call(tool, args, w.err(msg), error=True)
        if r.random() < 0.45 and j < n - 1:
            w.say(
                r.choice(
                    [
                        "That route is blocked; I'll try a different way in.",
                        "Access denied there too. Another approach might work.",
                        "Let me get at the same data through another endpoint.",
                        "Permission problem again. Trying the export instead.",
                    ]
                )
            )


def loop_query_reformulation_churn(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "search", second=False)
    tool, key, loopq, _prog, _hit = d["search"]
    qs = list(loopq)
    r.shuffle(qs)
    n = r.randint(5, min(10, len(qs)))
    for q in qs[:n]:
        w.call(tool, {key: q}, w.wrap({"total": 0, "hits": [], "took_ms": r.randint(3, 90)}))
        if r.random() < 0.35:
            w.say(
                r.choice(
                    [
                        "No hits. Rephrasing.",
                        "Nothing. Let me try other terms.",
                        "Empty again; broadening the query.",
                    ]
                )
            )


def loop_reverification_spiral(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "write", second=False)
    tool, afn, pfn = d["write"]
    target = d["rec"][2][d["write_idx"]]
    w.call(tool, afn(target), w.wrap(pfn(r, target)))
    w.say(
        r.choice(
            [
                "Change saved. Let me verify it took.",
                "That went through. Verifying before I report back.",
            ]
        )
    )
    n = r.randint(4, 10)
    lines = [
        "Looks right, but I want to be completely sure.",
        "Confirmed again. One more check just to be safe.",
        "Still consistent. Let me double-check from another angle.",
        "That matches. I'll verify once more before replying.",
    ]
    for i in range(n):
        if i % 3 == 2:
            rec_call(w, d["write_idx"])
        else:
            tool2, args2, payload2 = d["checks"][i % len(d["checks"])]
            w.call(tool2, args2, w.wrap(payload2))
        if r.random() < 0.4 and i < n - 1:
            w.say(r.choice(lines))


def loop_escalating_parameter_retry(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "fail")
    tool, bad, param, values, msg = d["esc"]
    n = r.randint(4, min(8, len(values)))
    for i, v in enumerate(values[:n]):
        w.call(tool, dict(bad, **{param: v}), w.err(msg), error=True)
        if i < n - 1 and r.random() < 0.55:
            nxt = values[i + 1]
            w.say(
                r.choice(
                    [
                        f"Probably a limit issue. Raising {param} to {nxt}.",
                        f"Let me give it more headroom: {param}={nxt}.",
                        f"Trying again with {param} set to {nxt}.",
                    ]
                )
            )


def loop_replanning_without_acting(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "plan")
    heads = [
        "Plan:",
        "Revised plan:",
        "Let me restructure the approach:",
        "Updated plan, reordered:",
        "On reflection, a better order:",
        "Refined plan:",
        "Final plan before I start:",
        "Adjusting the plan slightly:",
    ]
    n = r.randint(4, 8)
    for i in range(n):
        steps = list(d["plan"])
        r.shuffle(steps)
        steps = steps[: r.randint(3, len(steps))]
        body = "\n".join(f"{j + 1}. {s}" for j, s in enumerate(steps))
        w.say(f"{heads[i % len(heads)]}\n{body}")


# ------------------------------------------------------------ progress kinds


def prog_templated_progress_reports(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "rec", second=False)
    ids = d["rec"][2]
    k = r.randint(3, min(6, len(ids) - 1))
    for i in range(1, k + 1):
        rec_call(w, i)
        obs = r.choice(NUDGES[:3]) if r.random() < 0.35 else ""
        w.say(f"Progress: {i} of {k} reviewed. {ids[i]}: {d['note'](ids[i], i)}", obs)
    w.say(f"All {k} reviewed; {d['wrap_up']}")


def prog_summarise_related_documents(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "docs", second=False)
    tool, key, docs = d["docs"]
    pick = r.sample(docs, k=r.randint(3, len(docs)))
    for doc_id, title, summary in pick:
        w.call(
            tool,
            {key: doc_id},
            w.wrap({"id": doc_id, "title": title, "excerpt": summary, "pages": r.randint(2, 40)}),
        )
        w.say(
            r.choice(
                ["Summary of {t}: {s}", "{t} — key point: {s}", "Read {t}. In short: {s}"]
            ).format(t=title, s=summary)
        )
    w.say(f"Across the {len(pick)} documents: {d['docs_synth']}")


def prog_alternating_fetch_apply(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "write", second=False)
    tool, afn, pfn = d["write"]
    ids = d["rec"][2]
    k = r.randint(3, min(6, len(ids) - 1))
    for i in range(1, k + 1):
        rec_call(w, i)
        w.call(tool, afn(ids[i]), w.wrap(pfn(random.Random(f"{SEED}:w:{ids[i]}"), ids[i])))
    if r.random() < 0.6:
        w.say(f"Updated {k} records: {', '.join(ids[1 : k + 1])}.")


def prog_retry_corrected_argument(w: Row) -> None:
    d = w.d
    opening(w, "fail")
    tool, bad, msg, fixes, ok = d["fail"]
    w.call(tool, bad, w.err(msg), error=True)
    for args, emsg, why in fixes:
        w.say(why)
        if emsg:
            w.call(tool, args, w.err(emsg), error=True)
        else:
            w.call(tool, args, w.wrap(ok))
    w.say(d["fail_done"])


def prog_polling_until_state_change(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "job", second=False)
    start, sargs, status, prefix, noun, stuck, done = d["job"]
    jid = f"{prefix}{w.hexid(8)}"
    w.call(start, sargs, w.wrap({"id": jid, "state": "QUEUED", "submitted_at": w.tick()}))
    n = r.randint(3, 8)
    total_key = next((k for k in stuck if "total" in k or "targeted" in k), None)
    count_key = next(
        (k for k in stuck if k != total_key and isinstance(stuck[k], int) and k != "progress"), None
    )
    for i in range(n):
        pct = max(1, min(97, round(95 * i / max(1, n - 1)) + r.randint(-3, 3)))
        state = dict(stuck, id=jid, progress=round(pct / 100, 2), updated_at=w.tick(20, 90))
        if total_key and count_key:
            state[count_key] = stuck[total_key] * pct // 100
        if i == 0 and r.random() < 0.5:
            state["state"], state["progress"] = "QUEUED", 0.0
            if count_key:
                state[count_key] = 0
        w.call(status, {"id": jid}, w.wrap(state))
    w.call(status, {"id": jid}, w.wrap(dict(done, id=jid, finished_at=w.tick())))
    w.say(f"The {noun} finished. {d['job_done']}")


def prog_acknowledging_new_user_input(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "chat", second=False)
    items = d["chat"][: r.randint(3, len(d["chat"]))]
    for item, ack in items:
        w.say(ack, item)
    tool, args = d["chat_save"]
    changes = [item for item, _ack in items]
    w.say(
        f"Applying the {len(items)} changes now.",
        r.choice(["that's all, apply them", "ok go ahead and save", "done, push it"]),
    )
    w.call(
        tool,
        dict(args, changes=changes),
        w.wrap({"applied": len(changes), "batch_id": f"b-{w.hexid(10)}"}),
    )
    w.say(f"All {len(items)} applied in one batch; nothing rejected.")


def prog_per_item_batch_calls(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "rec", second=False)
    ids = d["rec"][2]
    k = r.randint(4, len(ids) - 1)
    for i in range(1, k + 1):
        rec_call(w, i)
    w.say(f"Checked {k} records. {d['batch_done']}")


def prog_paging_through_results(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "lst", second=False)
    tool, base, item, noun = d["lst"]
    pages = r.randint(3, 7)
    size = r.choice([3, 4, 5])
    cur = None
    for p in range(pages):
        items = [
            item(random.Random(f"{SEED}:{d['name']}:{i}"), i)
            for i in range(p * size, (p + 1) * size)
        ]
        last = p == pages - 1
        nxt = None if last else w.hexid(16)
        args = dict(base) if cur is None else dict(base, cursor=cur)
        w.call(tool, args, w.wrap({"items": items, "next_cursor": nxt, "has_more": not last}))
        cur = nxt
        if r.random() < 0.35 and not last:
            w.say(f"{(p + 1) * size} {noun} so far, fetching the next page.")
    w.say(f"Went through all {pages * size} {noun}. {d['lst_done']}")


def prog_fallback_route_succeeds(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "blocked", second=False)
    routes, msg, ok = d["blocked"]
    k = r.randint(1, len(routes) - 1)
    for tool, args in routes[:k]:
        w.call(tool, args, w.err(msg), error=True)
        w.say(
            r.choice(["Blocked by permissions there.", "No access through that endpoint."])
            + " Trying the next option."
        )
    tool, args = routes[-1]
    w.call(tool, args, w.wrap(ok))
    w.say(d["blocked_done"])


def prog_search_refinement_narrowing(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "search", second=False)
    tool, key, _loopq, prog, hit = d["search"]
    for j, (q, total) in enumerate(prog):
        hits = [
            hit(random.Random(f"{SEED}:{d['name']}:h{j}:{i}"), i + j * 7)
            for i in range(min(total, 3))
        ]
        w.call(tool, {key: q}, w.wrap({"total": total, "hits": hits, "took_ms": r.randint(3, 90)}))
        if j < len(prog) - 1 and r.random() < 0.6:
            w.say(f"{total} hits — too broad. Narrowing.")
    w.say(d["search_done"])


def prog_distinct_checks_then_report(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "write", second=False)
    tool, afn, pfn = d["write"]
    target = d["rec"][2][d["write_idx"]]
    w.call(tool, afn(target), w.wrap(pfn(r, target)))
    if r.random() < 0.5:
        w.say(
            r.choice(
                [
                    "Saved. Now checking the knock-on effects.",
                    "Write accepted; I'll check what depends on it.",
                ]
            )
        )
    for j, (tool2, args2, payload2) in enumerate(d["checks"]):
        w.call(tool2, args2, w.wrap(payload2))
        if j < len(d["checks"]) - 1 and r.random() < 0.4:
            w.say(r.choice(["That part is fine.", "OK on that front.", "Good. Next aspect."]))
    w.say(d["checks_done"])
    if r.random() < 0.4:
        w.say(
            "Closing this out, then.", r.choice(["great, thanks", "perfect", "thanks — that's all"])
        )


def prog_backoff_retry_recovers(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "transient", second=False)
    tool, args, emsg, ok = d["transient"]
    fails = r.randint(1, 3)
    wait = r.choice([5, 10, 15, 20, 30])
    for i in range(fails):
        w.call(tool, args, w.err(emsg), error=True)
        why = "Rate limited" if "429" in emsg else "The service is temporarily unavailable"
        w.say(
            r.choice(
                [
                    f"{why}. Waiting {wait * (2**i)} s before the next attempt.",
                    f"{why}; I'll back off for {wait * (2**i)} s and retry the same request.",
                ]
            )
        )
    w.call(tool, args, w.wrap(ok))
    w.say(d["transient_done"])


def prog_plan_then_execute(w: Row) -> None:
    d, r = w.d, w.r
    opening(w, "plan")
    steps = d["plan"][:4]
    w.say("Plan:\n" + "\n".join(f"{j + 1}. {s}" for j, s in enumerate(steps)))
    ids = d["rec"][2]
    rec_call(w, 1)
    note = d["note"](ids[1], 1)
    w.say(f"Step 1 done: {ids[1]} — {note}")
    tool, afn, pfn = d["write"]
    w.call(tool, afn(ids[1]), w.wrap(pfn(r, ids[1])))
    w.say("Step 2 done; moving to the checks.")
    for tool2, args2, payload2 in d["checks"][: r.randint(1, len(d["checks"]))]:
        w.call(tool2, args2, w.wrap(payload2))
    w.say(d["checks_done"])


KINDS = [
    (
        "exact_repeat",
        loop_exact_repeat,
        "templated_progress_reports",
        prog_templated_progress_reports,
    ),
    (
        "paraphrased_repeat",
        loop_paraphrased_repeat,
        "summarise_related_documents",
        prog_summarise_related_documents,
    ),
    (
        "ab_oscillation",
        loop_ab_oscillation,
        "alternating_fetch_apply",
        prog_alternating_fetch_apply,
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
        "polling_until_state_change",
        prog_polling_until_state_change,
    ),
    (
        "identical_monologue",
        loop_identical_monologue,
        "acknowledging_new_user_input",
        prog_acknowledging_new_user_input,
    ),
    (
        "identical_tool_calls",
        loop_identical_tool_calls,
        "per_item_batch_calls",
        prog_per_item_batch_calls,
    ),
    (
        "cursor_reset_paging",
        loop_cursor_reset_paging,
        "paging_through_results",
        prog_paging_through_results,
    ),
    (
        "workaround_carousel",
        loop_workaround_carousel,
        "fallback_route_succeeds",
        prog_fallback_route_succeeds,
    ),
    (
        "query_reformulation_churn",
        loop_query_reformulation_churn,
        "search_refinement_narrowing",
        prog_search_refinement_narrowing,
    ),
    (
        "reverification_spiral",
        loop_reverification_spiral,
        "distinct_checks_then_report",
        prog_distinct_checks_then_report,
    ),
    (
        "escalating_parameter_retry",
        loop_escalating_parameter_retry,
        "backoff_retry_recovers",
        prog_backoff_retry_recovers,
    ),
    (
        "replanning_without_acting",
        loop_replanning_without_acting,
        "plan_then_execute",
        prog_plan_then_execute,
    ),
]


# -------------------------------------------------------------------- domains


def _uld(r: random.Random, uid: str) -> dict:
    return {
        "uld": uid,
        "type": uid.split()[0],
        "contour": r.choice(["Q6", "Q7", "P1P", "M1"]),
        "gross_kg": r.randint(300, 1580) if uid.startswith("AKE") else r.randint(1800, 6400),
        "tare_kg": r.choice([110, 118, 225, 260]),
        "position": r.choice(["A1", "B2", "C1", "L2", "M1", "P2", "R1", "S1"]),
        "shc": r.sample(["PER", "RCL", "ELI", "AVI", "HEA", "GEN"], k=2),
        "awbs": [f"176-{r.randint(10000000, 99999999)}" for _ in range(r.randint(1, 4))],
    }


AIR = {
    "chat_save": ("loadplan_apply_changes", {"flight": "CV7412"}),
    "write_idx": 1,
    "name": "air_cargo_load_planning",
    "style": 0,
    "thing": "the load plan for CV7412",
    "req": {
        "rec": "Hi, can you confirm the ULD weights on tonight's CV7412 LUX-ORD and tell me if PMC 41872 CV is still planned for main deck? — Joost, load control",
        "lst": "Please go through every AWB booked on CV7412 tonight and flag any with DGR that don't have a NOTOC line yet.",
        "search": "There's a shipper complaining their pharma shipment missed the flight. Find the booking, AWB should start 176-, consignee Baxalta Chicago.",
        "job": "Run the weight & balance calc for CV7412 with the final figures and tell me the MACTOW.",
        "fail": "Move PMC 41872 CV to the rear lower hold please, ops want the main deck space.",
        "blocked": "Pull the NOTOC for CV7412 so I can check the lithium battery entries before the captain signs.",
        "docs": "Summarise the current rules we need to follow for the lithium battery shipments on CV7412 — the DGR bits, the ops bulletin and the shipper declarations.",
        "write": "Re-weigh result came back for AKE 20931 CV: 612 kg gross. Update it in the load plan.",
        "plan": "Final load plan for CV7412 needs to be locked by 21:40. Get it there: weights, positions, NOTOC, LIR.",
        "transient": "Submit the LIR for CV7412, plan version 15, to the ramp please.",
        "chat": "I'm going to read you some late changes to CV7412 from the ramp, update them as I go.",
    },
    "rec": (
        "uld_get",
        "uld_id",
        [
            "PMC 41872 CV",
            "AKE 20931 CV",
            "PAG 55102 CV",
            "PMC 39004 CV",
            "PLA 11208 CV",
            "AKE 88214 CV",
            "PMC 40077 CV",
            "PAJ 30315 CV",
        ],
        _uld,
    ),
    "lst": (
        "loadplan_list_awbs",
        {"flight": "CV7412", "date": "2026-11-29", "limit": 25},
        lambda r, i: {
            "awb": f"176-{31000000 + i * 7919}",
            "pieces": r.randint(1, 40),
            "weight_kg": r.randint(40, 3800),
            "shc": r.choice(["GEN", "PER", "RCM", "ELI", "RLI", "AVI"]),
            "dest": "ORD",
        },
        "air waybills",
    ),
    "search": (
        "awb_search",
        "q",
        [
            "consignee:Baxalta",
            "Baxalta Chicago pharma",
            'consignee:"Baxalta US" flight:CV7412',
            "shipper complaint missed CV7412 pharma",
            "176- Baxalta",
            "PIL Baxalta ORD",
            "pharma ORD offload",
            "CRT Baxalta November",
        ],
        [
            ("consignee:Baxalta", 41),
            ("consignee:Baxalta dest:ORD date:2026-11-2*", 9),
            ("consignee:Baxalta dest:ORD shc:PIL status:OFFLOADED", 1),
        ],
        lambda r, i: {
            "awb": f"176-{52000000 + i * 313}",
            "consignee": "Baxalta US Inc",
            "status": r.choice(["FLOWN", "BOOKED", "OFFLOADED"]),
            "flight": r.choice(["CV7412", "CV7414", "CV9731"]),
        },
    ),
    "job": (
        "wb_compute",
        {"flight": "CV7412", "aircraft": "LX-VCM", "config": "B744F-M1"},
        "wb_job_status",
        "wb_",
        "weight & balance run",
        {
            "state": "RUNNING",
            "progress": 0.42,
            "stage": "trim_optimisation",
            "updated_at": "2026-11-29T20:51:07.118Z",
        },
        {
            "state": "SUCCEEDED",
            "zfw_kg": 248310,
            "tow_kg": 363100,
            "mactow_pct": 26.4,
            "limits_ok": True,
        },
    ),
    "job_done": "ZFW 248,310 kg, TOW 363,100 kg, MACTOW 26.4 % — inside the envelope.",
    "fail": (
        "loadplan_assign_uld",
        {"flight": "CV7412", "uld_id": "PMC 41872 CV", "position": "51P"},
        "HTTP 400 INVALID_POSITION: position '51P' is not defined for config B744F-M1 lower deck; valid aft hold positions are 31P, 32P, 33P, 41P, 42P",
        [
            (
                {"flight": "CV7412", "uld_id": "PMC 41872 CV", "position": "41P"},
                "HTTP 409 CONTOUR_CONFLICT: PMC 41872 CV has contour Q7 (163 cm); lower deck position 41P accepts max height 162 cm",
                "51P doesn't exist on this config; the aft hold positions are 31P-42P, trying 41P.",
            ),
            (
                {"flight": "CV7412", "uld_id": "PMC 41872 CV", "position": "41P", "contour": "L"},
                None,
                "It's a contour problem, not a position one. The ramp confirmed it's been rebuilt to L contour, so I'll pass the new contour.",
            ),
        ],
        {"uld": "PMC 41872 CV", "position": "41P", "contour": "L", "plan_version": 14},
    ),
    "fail_done": "Moved: PMC 41872 CV now sits at 41P (rear lower hold), rebuilt to L contour. Load plan is at version 14.",
    "esc": (
        "wb_compute",
        {"flight": "CV7412", "aircraft": "LX-VCM", "config": "B744F-M1"},
        "max_iterations",
        [500, 1000, 2000, 5000, 10000, 20000, 50000, 100000],
        "HTTP 422 TRIM_INFEASIBLE: no solution satisfies forward CG limit at ZFW; PMC 39004 CV at A1 exceeds zone A max 6,033 kg",
    ),
    "blocked": (
        [
            ("notoc_get", {"flight": "CV7412"}),
            ("loadplan_export", {"flight": "CV7412", "format": "notoc_pdf"}),
            ("dgr_manifest_get", {"flight": "CV7412"}),
            ("notoc_get_v2", {"flight": "CV7412", "station": "LUX"}),
        ],
        "HTTP 403 FORBIDDEN: role LOADCTL_STD lacks permission DGR_READ for resource notoc/CV7412",
        {
            "flight": "CV7412",
            "entries": [
                {
                    "awb": "176-31031676",
                    "un": "UN3481",
                    "class": "9",
                    "pi": "967 II",
                    "pieces": 12,
                    "net_kg": 84.0,
                },
                {
                    "awb": "176-31047514",
                    "un": "UN3090",
                    "class": "9",
                    "pi": "968 IA",
                    "pieces": 2,
                    "net_kg": 5.0,
                },
            ],
        },
    ),
    "blocked_done": "The station NOTOC endpoint worked. Two lithium entries: UN3481 PI967 II (12 pcs) and UN3090 PI968 IA (2 pcs); both declared with CAO labels.",
    "docs": (
        "docs_fetch",
        "doc_id",
        [
            (
                "DGR-67-SEC2.3",
                "IATA DGR 67th ed., 2.3 (lithium batteries)",
                "UN3090 is forbidden on passenger aircraft; on freighters it must be at 30% state of charge or less and carry the CAO label.",
            ),
            (
                "OB-26-117",
                "Ops Bulletin 26-117",
                "Our own variation: max 2 pallets of UN3480/UN3090 per main deck zone, never adjacent to RFL/RCL.",
            ),
            (
                "SD-176-31047514",
                "Shipper's Declaration 176-31047514",
                "2 packages UN3090 PI968 IA, net 2.5 kg each, declared 28% SoC, emergency contact 24/7 given.",
            ),
            (
                "SD-176-31031676",
                "Shipper's Declaration 176-31031676",
                "12 packages UN3481 PI967 II, batteries packed with equipment, no SoC requirement applies.",
            ),
            (
                "CAA-LUX-2026-04",
                "CAA Luxembourg notice 2026-04",
                "Requires NOTOC to show net quantity per package for all class 9 lithium entries from 1 Dec.",
            ),
        ],
    ),
    "docs_synth": "the UN3090 pieces are fine at 28% SoC on a freighter, but OB-26-117 means they can't sit next to the RCL pallet, and from 1 Dec the NOTOC needs per-package net quantity.",
    "write": (
        "loadplan_update_uld",
        lambda u: {"flight": "CV7412", "uld_id": u, "gross_kg": 612, "source": "reweigh"},
        lambda r, u: {
            "uld": u,
            "gross_kg": 612,
            "plan_version": r.randint(11, 19),
            "updated_by": "agent-lc",
        },
    ),
    "flip": (
        "loadplan_assign_uld",
        {"flight": "CV7412", "uld_id": "PAG 55102 CV", "position": "A2"},
        {"flight": "CV7412", "uld_id": "PAG 55102 CV", "position": "B1"},
        {"uld": "PAG 55102 CV", "position": "A2", "warnings": ["zone A running load 88%"]},
        {"uld": "PAG 55102 CV", "position": "B1", "warnings": ["adjacent RCL in B2 — OB-26-117"]},
    ),
    "checks": [
        (
            "wb_validate",
            {"flight": "CV7412"},
            {"mactow_pct": 26.4, "zone_limits_ok": True, "cumulative_ok": True},
        ),
        ("uld_contour_check", {"flight": "CV7412"}, {"violations": 0, "checked": 31}),
        ("notoc_diff", {"flight": "CV7412"}, {"missing_entries": 0, "stale_entries": 0}),
    ],
    "checks_done": "Re-weigh is in, W&B still validates (MACTOW 26.4 %), no contour violations and the NOTOC has no missing lines. Ready for the LIR.",
    "transient": (
        "lir_submit",
        {"flight": "CV7412", "plan_version": 15},
        "HTTP 429 Too Many Requests: DCS gateway rate limit, Retry-After: 10",
        {"lir_id": "LIR-CV7412-15", "accepted": True},
    ),
    "transient_done": "The LIR was accepted (LIR-CV7412-15); the ramp supervisor's tablet will show it.",
    "plan": [
        "Pull current ULD weights",
        "Reconcile re-weighs with the DCS",
        "Run the weight and balance calc",
        "Check the NOTOC against the DGR bookings",
        "Submit the LIR to the ramp",
        "Tell load control the MACTOW",
    ],
    "chat": [
        (
            "AKE 88214 CV offloaded, customs hold",
            "Noted: AKE 88214 CV comes off. That takes 540 kg out of lower hold 22L.",
        ),
        ("PMC 40077 CV re-weighed at 4,410", "PMC 40077 CV updated to 4,410 kg gross (was 4,120)."),
        (
            "add 3 pieces mail to bulk",
            "Three mail pieces added to bulk hold 51; I'll need the weight when you have it.",
        ),
        ("mail is 63 kilos", "Bulk mail set to 63 kg."),
        (
            "swap PLA 11208 and PAJ 30315 positions",
            "Swapping PLA 11208 CV and PAJ 30315 CV between M1 and P2.",
        ),
    ],
    "note": lambda u, i: (
        f"gross within declared weight, position confirmed ({['M1', 'B2', 'P2', 'R1', 'S1', 'C1'][i % 6]})."
    ),
    "wrap_up": "no ULD is over its contour limit.",
    "batch_done": "All ULDs on CV7412 have current weights; none is over its maximum gross for its position.",
    "lst_done": "Three DGR AWBs (ELI/RLI) have no NOTOC line yet: I've listed them for load control.",
    "search_done": "Found it: the Baxalta PIL shipment was offloaded from CV7412 on 26 Nov for lack of cool-container space and rebooked on CV7414.",
}


def _tbl(r: random.Random, t: str) -> dict:
    return {
        "table": t,
        "host": "cass-prod-use1-07",
        "sstable_count": r.randint(40, 2900),
        "pending_compactions": r.randint(0, 410),
        "space_used_live_gb": round(r.uniform(12, 880), 1),
        "read_latency_p99_ms": round(r.uniform(1.1, 240.0), 1),
        "compaction_strategy": r.choice(
            [
                "SizeTieredCompactionStrategy",
                "LeveledCompactionStrategy",
                "TimeWindowCompactionStrategy",
            ]
        ),
        "tombstones_per_slice_max": r.choice([0, 12, 1031, 40511]),
    }


CASS = {
    "chat_save": ("cassandra_admin_apply_table_settings", {"cluster": "prod-use1"}),
    "write_idx": 0,
    "name": "cassandra_compaction_backlog",
    "style": 1,
    "thing": "the compaction backlog on cass-prod-use1-07",
    "req": {
        "rec": "PagerDuty fired CassandraPendingCompactionsHigh on cass-prod-use1-07 again. What's piling up and is it going to hurt reads?",
        "lst": "List every SSTable for events.device_telemetry on node 07 and tell me how many are older than the TWCS window.",
        "search": "Find the log lines from the last compaction that got aborted on node 07 — someone said it was a 'Not enough space' error.",
        "job": "Start a Reaper repair on the events keyspace for the use1 ring and tell me when it's through.",
        "fail": "Give me the p99 read latency for events.device_telemetry per node over the last 6h from Prometheus.",
        "blocked": "Check what JVM heap settings node 07 is actually running with — the values in the secret, not what the chart says.",
        "docs": "Before we change compaction strategy on device_telemetry, summarise what our runbook, the last two postmortems and the DataStax guidance say.",
        "write": "Set compaction throughput on cass-prod-use1-07 to 256 MB/s so it can catch up overnight.",
        "plan": "Node 07 has 2,900 SSTables on device_telemetry. Get the backlog down without hurting p99. Plan it and do it.",
        "transient": "Pause the Reaper repair run-3f8e21aa so compaction gets the disk tonight.",
        "chat": "I'll tell you which tables to bump; just track them and apply at the end.",
    },
    "rec": (
        "nodetool_tablestats",
        "table",
        [
            "events.device_telemetry",
            "events.device_state",
            "billing.invoices_by_account",
            "auth.sessions",
            "events.alerts_by_site",
            "catalog.sku_prices",
            "events.raw_ingest",
            "billing.usage_rollup",
        ],
        _tbl,
    ),
    "lst": (
        "cassandra_admin_list_sstables",
        {
            "host": "cass-prod-use1-07",
            "keyspace": "events",
            "table": "device_telemetry",
            "limit": 50,
        },
        lambda r, i: {
            "file": f"nb-{48211 + i}-big-Data.db",
            "size_mb": r.randint(2, 5200),
            "min_ts": f"2026-{r.randint(8, 11):02d}-{r.randint(1, 28):02d}",
            "level": 0,
            "repaired_at": r.choice([0, 1764201600000]),
        },
        "SSTables",
    ),
    "search": (
        "opensearch_search",
        "query",
        [
            'host:cass-prod-use1-07 AND "Not enough space"',
            '"Not enough space for compaction"',
            "compaction aborted node 07",
            "CompactionInterruptedException",
            "host:cass-prod-use1-07 AND level:ERROR AND logger:CompactionTask",
            '"insufficient disk space" cassandra',
            '"Not enough space" device_telemetry',
            "compaction failed disk",
        ],
        [
            ("host:cass-prod-use1-07 AND logger:CompactionTask", 3120),
            ("host:cass-prod-use1-07 AND logger:CompactionTask AND level:WARN", 44),
            ('host:cass-prod-use1-07 AND message:"Not enough space for compaction"', 2),
        ],
        lambda r, i: {
            "@timestamp": f"2026-11-2{r.randint(0, 8)}T0{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}Z",
            "level": "WARN",
            "message": f"Not enough space for compaction (estimated {r.randint(300, 900)} GB, available {r.randint(100, 299)} GB), events.device_telemetry",
        },
    ),
    "job": (
        "reaper_start_repair",
        {
            "cluster": "prod-use1",
            "keyspace": "events",
            "intensity": 0.5,
            "parallelism": "DATACENTER_AWARE",
        },
        "reaper_repair_status",
        "run-",
        "repair run",
        {
            "state": "RUNNING",
            "progress": 0.17,
            "segments_repaired": 211,
            "total_segments": 1240,
            "updated_at": "2026-11-29T03:12:44Z",
        },
        {"state": "DONE", "segments_repaired": 1240, "total_segments": 1240, "duration": "2h41m"},
    ),
    "job_done": "All 1,240 segments repaired in 2h41m, no failed segments.",
    "fail": (
        "prometheus_query_range",
        {
            "query": 'histogram_quantile(0.99, sum by (le, instance) (rate(cassandra_table_read_latency_bucket{table="device_telemetry"}[5m]))',
            "start": "now-6h",
            "step": "60s",
        },
        'bad_data: invalid parameter "start": cannot parse "now-6h" to a valid timestamp',
        [
            (
                {
                    "query": 'histogram_quantile(0.99, sum by (le, instance) (rate(cassandra_table_read_latency_bucket{table="device_telemetry"}[5m]))',
                    "start": "2026-11-28T21:00:00Z",
                    "end": "2026-11-29T03:00:00Z",
                    "step": "60s",
                },
                None,
                "The range API wants RFC3339 or unix timestamps, not relative times. Passing absolute start/end.",
            ),
        ],
        {
            "resultType": "matrix",
            "result": [
                {"metric": {"instance": "cass-prod-use1-07:7070"}, "max_p99_ms": 231.4},
                {"metric": {"instance": "cass-prod-use1-03:7070"}, "max_p99_ms": 18.9},
                {"metric": {"instance": "cass-prod-use1-11:7070"}, "max_p99_ms": 21.2},
            ],
        },
    ),
    "fail_done": "Over the last 6 h node 07 peaks at 231 ms p99 on device_telemetry; 03 and 11 stay around 19-21 ms. The backlog is on 07 only.",
    "esc": (
        "ssh_exec",
        {"host": "cass-prod-use1-07", "cmd": "nodetool compact events device_telemetry"},
        "timeout_s",
        [60, 120, 300, 600, 1200, 1800, 3600, 7200],
        "nodetool: error: Not enough space for compaction of events.device_telemetry, estimated sstables = 2877, expected write size = 914.2 GiB, available = 211.7 GiB",
    ),
    "blocked": (
        [
            (
                "kubectl_get",
                {"resource": "secret", "name": "cassandra-prod-use1-jvm", "namespace": "data"},
            ),
            (
                "kubectl_describe",
                {"resource": "secret", "name": "cassandra-prod-use1-jvm", "namespace": "data"},
            ),
            ("vault_read", {"path": "secret/data/cassandra/prod-use1/jvm"}),
            (
                "ssh_exec",
                {
                    "host": "cass-prod-use1-07",
                    "cmd": "ps -o args= -C java | tr ' ' '\\n' | grep -E '^-Xm[sx]'",
                },
            ),
        ],
        'Error from server (Forbidden): secrets "cassandra-prod-use1-jvm" is forbidden: User "sre-agent" cannot get resource "secrets" in API group "" in the namespace "data"',
        {"stdout": "-Xms24G\n-Xmx24G\n", "exit_code": 0},
    ),
    "blocked_done": "Read it from the running process instead of the secret: node 07 runs with -Xms24G -Xmx24G, which matches the chart.",
    "docs": (
        "confluence_get_page",
        "page_id",
        [
            (
                "88120371",
                "Runbook: Cassandra compaction backlog",
                "Raise throughput only up to 128 MB/s during business hours; never run a major compaction on TWCS tables.",
            ),
            (
                "90233415",
                "Postmortem 2026-08-14: device_telemetry read timeouts",
                "Switching to STCS temporarily doubled disk use; node ran out of space mid-compaction.",
            ),
            (
                "91120588",
                "Postmortem 2026-10-02: use1 node 07 disk full",
                "TTL'd data never expired because of out-of-order writes from the backfill job; fix was unchecked_tombstone_compaction.",
            ),
            (
                "DS-TWCS",
                "DataStax docs: TimeWindowCompactionStrategy",
                "Window should give 20-30 windows over the TTL; avoid mixing old and new writes in one SSTable.",
            ),
            (
                "77410022",
                "Capacity plan 2026 H2",
                "Node 07 disk is 2 TB with 65% target; expansion to 4 TB scheduled for January.",
            ),
        ],
    ),
    "docs_synth": "don't switch strategy; keep TWCS, fix the window to 1 day, enable unchecked_tombstone_compaction and stay under 128 MB/s by day.",
    "write": (
        "ssh_exec",
        lambda h: {"host": "cass-prod-use1-07", "cmd": "nodetool setcompactionthroughput 256"},
        lambda r, h: {
            "stdout": "",
            "stderr": "",
            "exit_code": 0,
            "duration_ms": r.randint(900, 2400),
        },
    ),
    "flip": (
        "ssh_exec",
        {"host": "cass-prod-use1-07", "cmd": "nodetool setcompactionthroughput 256"},
        {"host": "cass-prod-use1-07", "cmd": "nodetool setcompactionthroughput 64"},
        {"stdout": "", "exit_code": 0},
        {"stdout": "", "exit_code": 0},
    ),
    "checks": [
        (
            "ssh_exec",
            {"host": "cass-prod-use1-07", "cmd": "nodetool getcompactionthroughput"},
            {"stdout": "Current compaction throughput: 256 MB/s\n", "exit_code": 0},
        ),
        (
            "ssh_exec",
            {"host": "cass-prod-use1-07", "cmd": "nodetool compactionstats -H"},
            {"stdout": "pending tasks: 388\n- events.device_telemetry: 371\n", "exit_code": 0},
        ),
        (
            "prometheus_query",
            {
                "query": 'max(cassandra_table_read_latency{quantile="0.99",instance=~"cass-prod-use1-07.*"})'
            },
            {"resultType": "vector", "result": [{"value": [1764385200, "44.7"]}]},
        ),
    ],
    "checks_done": "Throughput is at 256 MB/s, 388 compactions pending and falling, and p99 on 07 is 44.7 ms — acceptable overnight.",
    "transient": (
        "reaper_pause_repair",
        {"cluster": "prod-use1", "run_id": "run-3f8e21aa"},
        "503 Service Unavailable: Reaper is initialising its storage backend, retry later",
        {"run_id": "run-3f8e21aa", "state": "PAUSED"},
    ),
    "transient_done": "The repair is paused so compaction gets the I/O tonight; I'll resume it after 06:00.",
    "plan": [
        "Read tablestats for device_telemetry on 07",
        "Check free disk against the largest compaction",
        "Raise compaction throughput off-hours",
        "Pause the running repair",
        "Watch p99 read latency",
        "Report pending compactions trend",
    ],
    "chat": [
        (
            "events.device_state, concurrent_compactors 4",
            "Tracking: events.device_state → 4 concurrent compactors.",
        ),
        (
            "billing.usage_rollup gc_grace 3 days",
            "Added billing.usage_rollup: gc_grace_seconds 259200.",
        ),
        ("auth.sessions leave it", "auth.sessions stays as is."),
        ("events.raw_ingest window 1 day", "events.raw_ingest: TWCS window 1 DAYS."),
        (
            "actually device_state 3 compactors not 4",
            "Changed: events.device_state → 3 concurrent compactors.",
        ),
    ],
    "note": lambda t, i: [
        "pending 12, p99 4 ms, fine.",
        "371 pending, 2,877 SSTables — this is the problem table.",
        "0 pending.",
        "pending 3, p99 2 ms.",
        "pending 41, tombstone warnings.",
        "8 pending, normal.",
    ][i % 6],
    "wrap_up": "only device_telemetry and alerts_by_site need action.",
    "batch_done": "Only events.device_telemetry is badly backed up; everything else is under 50 pending.",
    "lst_done": "Most of the older ones have a max timestamp older than the 7-day TTL plus window — they should expire once tombstone compaction runs.",
    "search_done": "Two aborts on 26 and 27 Nov, both 'Not enough space for compaction' on device_telemetry — estimated 900+ GB vs ~210 GB free.",
}


def _lease(r: random.Random, lid: str) -> dict:
    if lid == "LS-0417":
        return {
            "lease_id": lid,
            "lessor": "Prologis NL BV",
            "asset_class": "warehouse",
            "commencement": "2021-01-01",
            "term_months": 84,
            "ibr_pct": 4.35,
            "monthly_payment": {"amount": 70600, "currency": "EUR"},
            "rou_asset_nbv": 2918440,
            "lease_liability": 3102877,
            "status": "active",
            "amendments": 2,
        }
    return {
        "lease_id": lid,
        "lessor": r.choice(
            ["Prologis NL BV", "Segro plc", "Hines Paris SAS", "Blackstone RE Milan", "Vonovia SE"]
        ),
        "asset_class": r.choice(["warehouse", "office", "vehicle fleet", "retail unit"]),
        "commencement": f"20{r.randint(21, 26)}-{r.randint(1, 12):02d}-01",
        "term_months": r.choice([36, 60, 84, 120]),
        "ibr_pct": r.choice([4.35, 5.1, 5.85, 6.1]),
        "monthly_payment": {
            "amount": r.randint(2100, 185000),
            "currency": r.choice(["EUR", "GBP"]),
        },
        "rou_asset_nbv": r.randint(50000, 9800000),
        "lease_liability": r.randint(50000, 9900000),
        "status": "active",
    }


LEASE = {
    "chat_save": ("leases_bulk_update", {"source": "property-team-email-2026-11-29"}),
    "write_idx": 0,
    "name": "ifrs16_lease_schedules",
    "style": 2,
    "thing": "lease LS-0417's IFRS 16 schedule",
    "req": {
        "rec": "The auditors (EY) are asking why the liability on LS-0417 moved in October. Can you look at the schedule and explain?",
        "lst": "I need every lease with an index-linked payment review in Q4 so we can remeasure. Go through the register.",
        "search": "There's an amendment for the Rotterdam warehouse lease somewhere — extension option exercised I think. Find it.",
        "job": "Kick off the November remeasurement run for the EU entities and post the journals once it's done.",
        "fail": "Pull all lease journal lines for subsidiary 14 in period Oct 2026 from NetSuite so I can tie them to the schedule.",
        "blocked": "Post the catch-up depreciation entry for LS-0417 into October — the amendment was signed on 28 Oct.",
        "docs": "Summarise what the Rotterdam lease, its two amendments and our IBR memo mean for the remeasurement.",
        "write": "Treasury updated the IBR for 7-year EUR terms to 5.85%. Apply it to LS-0417's remeasurement.",
        "plan": "Close is on Tuesday. Get all Q4 lease remeasurements booked and reconciled to the GL.",
        "transient": "Post the November remeasurement journal for NL01 into NetSuite.",
        "chat": "I'll read out the lease changes from the property team's email, log them as I go.",
    },
    "rec": (
        "leases_get_contract",
        "lease_id",
        ["LS-0417", "LS-0388", "LS-0422", "LS-0519", "LS-0601", "LS-0233", "LS-0710", "LS-0455"],
        _lease,
    ),
    "lst": (
        "leases_list",
        {
            "filter": "payment_review_type eq 'INDEX' and next_review ge 2026-10-01 and next_review le 2026-12-31",
            "page_size": 20,
        },
        lambda r, i: {
            "lease_id": f"LS-{300 + i * 17:04d}",
            "index": r.choice(["CPI-NL", "HICP", "RPI", "ISTAT FOI"]),
            "next_review": f"2026-{r.randint(10, 12)}-01",
            "entity": r.choice(["NL01", "DE02", "FR03", "IT05"]),
        },
        "leases",
    ),
    "search": (
        "sharepoint_search",
        "queryText",
        [
            "Rotterdam amendment",
            "Rotterdam lease extension",
            "Maasvlakte warehouse amendment",
            "LS-0417 addendum",
            "extension option exercised Rotterdam",
            "Prologis Rotterdam side letter",
            "Rotterdam huurovereenkomst allonge",
            "warehouse lease amendment 2026",
        ],
        [
            ("Rotterdam lease", 63),
            ("Rotterdam lease amendment path:Legal/Leases", 7),
            ('"LS-0417" amendment extension option filetype:pdf', 1),
        ],
        lambda r, i: {
            "title": f"LS-0417 {r.choice(['Amendment', 'Allonge', 'Side letter'])} {i + 1}.pdf",
            "path": "/sites/Legal/Leases/NL01/LS-0417/",
            "modified": f"2026-{r.randint(6, 11):02d}-{r.randint(1, 28):02d}",
        },
    ),
    "job": (
        "leases_start_remeasurement",
        {"period": "2026-11", "entities": ["NL01", "DE02", "FR03"], "post_journals": False},
        "leases_job_status",
        "rm-",
        "remeasurement run",
        {
            "state": "RUNNING",
            "progress": 0.58,
            "leases_done": 74,
            "leases_total": 128,
            "updated_at": "2026-11-29T09:14:02Z",
        },
        {"state": "COMPLETED", "leases_remeasured": 128, "journals_ready": 41, "warnings": 2},
    ),
    "job_done": "128 leases remeasured, 41 journals ready to post, 2 warnings about missing index values for IT05.",
    "fail": (
        "netsuite_suiteql",
        {
            "q": "SELECT tl.account, tl.amount, t.tranDate FROM transactionline tl JOIN transaction t ON t.id = tl.transaction WHERE tl.subsidiary = 14 AND t.postingperiod = 'Oct 2026'"
        },
        "400 INVALID_SEARCH: Search error occurred: Invalid or unsupported search — field 'amount' is not valid for record 'transactionline' (use 'netamount' or 'foreignamount')",
        [
            (
                {
                    "q": "SELECT tl.account, tl.netamount, t.trandate FROM transactionline tl JOIN transaction t ON t.id = tl.transaction WHERE tl.subsidiary = 14 AND t.postingperiod = 'Oct 2026'"
                },
                "400 INVALID_SEARCH: Search error occurred: Invalid number: 'Oct 2026' (postingperiod expects an internal id)",
                "Swapping amount for netamount as the error says.",
            ),
            (
                {
                    "q": "SELECT tl.account, tl.netamount, t.trandate FROM transactionline tl JOIN transaction t ON t.id = tl.transaction WHERE tl.subsidiary = 14 AND t.postingperiod = 298"
                },
                None,
                "postingperiod is an id; Oct 2026 is accountingperiod 298.",
            ),
        ],
        {
            "count": 86,
            "hasMore": False,
            "items": [
                {"account": "16210 ROU asset", "netamount": -41822.17},
                {"account": "26100 Lease liability", "netamount": 39011.60},
            ],
        },
    ),
    "fail_done": "86 lines for subsidiary 14 in October; ROU depreciation and liability unwinding tie to the schedule within EUR 0.42 (rounding).",
    "esc": (
        "leases_generate_schedule",
        {"lease_id": "LS-0417", "method": "modified_retrospective"},
        "max_periods",
        [120, 240, 360, 600, 1200, 2400],
        "422 Unprocessable Entity: payment stream for LS-0417 has 2 overlapping rows (2027-01-01..2027-12-31), schedule cannot be built",
    ),
    "blocked": (
        [
            (
                "netsuite_create_journal",
                {"subsidiary": 14, "period": 298, "memo": "LS-0417 catch-up dep"},
            ),
            (
                "netsuite_csv_import",
                {"record": "journalentry", "file": "ls0417_catchup.csv", "period": 298},
            ),
            ("leases_post_journal", {"lease_id": "LS-0417", "period": "2026-10"}),
            (
                "netsuite_create_journal",
                {
                    "subsidiary": 14,
                    "period": 301,
                    "memo": "LS-0417 catch-up dep (Oct amendment, booked Nov)",
                },
            ),
        ],
        "USER_ERROR: You cannot post to a closed period. The accounting period 'Oct 2026' is locked for AP, AR and GL.",
        {"id": "JE-88231", "period": "Nov 2026", "lines": 2, "status": "Pending Approval"},
    ),
    "blocked_done": "October is locked, so I booked the catch-up in November (JE-88231, pending approval) with a memo referencing the 28 Oct amendment — that's our policy for post-close amendments.",
    "docs": (
        "sharepoint_get_file",
        "item_id",
        [
            (
                "01ABQ7",
                "LS-0417 lease agreement (2021)",
                "7-year warehouse lease, EUR 61,400/month, CPI-NL indexation each January, one 5-year extension option.",
            ),
            (
                "01ABQ9",
                "LS-0417 Amendment 1",
                "Adds 4,000 m² mezzanine from 1 Mar 2024; rent +EUR 9,200/month.",
            ),
            (
                "01ABR2",
                "LS-0417 Amendment 2",
                "Extension option exercised 28 Oct 2026; new end date 31 Dec 2033.",
            ),
            (
                "01ACC4",
                "IBR memo FY26",
                "7-year EUR incremental borrowing rate 5.85%, 10-year 6.10%, updated quarterly by Treasury.",
            ),
            (
                "01ACD1",
                "Lease accounting policy v4",
                "Modifications extending term are remeasured at the modification date with a revised rate.",
            ),
        ],
    ),
    "docs_synth": "the extension is a modification at 28 Oct, remeasured with the 7-year rate of 5.85%; the mezzanine from Amendment 1 is already in the base.",
    "write": (
        "leases_update_terms",
        lambda lid: {
            "lease_id": lid,
            "ibr_pct": 5.85,
            "effective": "2026-10-28",
            "reason": "Treasury IBR update",
        },
        lambda r, lid: {
            "lease_id": lid,
            "ibr_pct": 5.85,
            "revision": r.randint(3, 9),
            "liability_delta": round(r.uniform(-90000, 90000), 2),
        },
    ),
    "flip": (
        "leases_update_terms",
        {"lease_id": "LS-0417", "ibr_pct": 5.85},
        {"lease_id": "LS-0417", "ibr_pct": 6.1},
        {"lease_id": "LS-0417", "ibr_pct": 5.85, "liability": 4811290.55},
        {"lease_id": "LS-0417", "ibr_pct": 6.1, "liability": 4744018.12},
    ),
    "checks": [
        (
            "leases_get_schedule",
            {"lease_id": "LS-0417", "from": "2026-10"},
            {"opening_liability": 4811290.55, "interest_oct": 23455.04, "rows": 86},
        ),
        (
            "netsuite_suiteql",
            {
                "q": "SELECT SUM(netamount) FROM transactionline WHERE account = 26100 AND subsidiary = 14"
            },
            {"items": [{"expr1": -4811290.55}]},
        ),
        (
            "leases_disclosure_preview",
            {"entity": "NL01", "period": "2026-11"},
            {"maturity_buckets_ok": True, "variance_to_gl": 0.0},
        ),
    ],
    "checks_done": "Schedule, GL balance and the disclosure maturity table all agree at EUR 4,811,290.55; nothing left to reconcile on LS-0417.",
    "transient": (
        "netsuite_create_journal",
        {"subsidiary": 14, "period": 301, "memo": "Nov remeasurement NL01"},
        "429 SSS_REQUEST_LIMIT_EXCEEDED: Request blocked by concurrency limit for this integration; retry after 15 seconds",
        {"id": "JE-88240", "status": "Approved", "lines": 12},
    ),
    "transient_done": "Journal JE-88240 posted with 12 lines; NL01's November remeasurement is booked.",
    "plan": [
        "List leases with Q4 index reviews",
        "Get the index values from the property team",
        "Run remeasurement for EU entities",
        "Post journals to NetSuite",
        "Reconcile lease liability accounts to the GL",
        "Send the variance note to the controller",
    ],
    "chat": [
        (
            "LS-0422 rent goes to 14,250 from January",
            "Logged: LS-0422 monthly rent EUR 14,250 from 2027-01-01.",
        ),
        (
            "LS-0519 is terminating early, 31 March",
            "Logged: LS-0519 early termination effective 2027-03-31.",
        ),
        (
            "LS-0601 break clause not exercised",
            "Noted: LS-0601 break option lapsed, term unchanged.",
        ),
        (
            "LS-0233 landlord changed to Aedifica",
            "Lessor on LS-0233 updated to Aedifica; no accounting impact.",
        ),
        (
            "LS-0710 adds two parking bays at 180 each",
            "LS-0710: +2 parking bays at EUR 180/month, separate component.",
        ),
    ],
    "note": lambda lid, i: [
        "liability ties to GL.",
        "indexation applied in January as expected.",
        "one payment row duplicated for 2027 — flagged.",
        "ties to GL.",
        "rate 6.10% as per memo.",
        "no change since September.",
    ][i % 6],
    "wrap_up": "only one schedule (the duplicated 2027 row) needs fixing.",
    "batch_done": "All leases are active and tie to the register; LS-0422 is the only one with an index review in December.",
    "lst_done": "I've listed them by review month; CPI-NL ones need the January figure before remeasuring.",
    "search_done": "Found it: 'LS-0417 Amendment 2.pdf' in Legal/Leases/NL01 — extension option exercised on 28 Oct 2026, end date now 31 Dec 2033.",
}


def _shot(r: random.Random, sid: str) -> dict:
    return {
        "shot_id": sid,
        "bench": r.choice(["B3 east", "B4 north", "B2 west", "B5 south"]),
        "holes": r.randint(18, 64),
        "diameter_mm": r.choice([89, 102, 115]),
        "burden_m": r.choice([2.8, 3.0, 3.2, 3.5]),
        "spacing_m": r.choice([3.2, 3.5, 3.8, 4.0]),
        "stemming_m": r.choice([2.2, 2.4, 2.6]),
        "max_instantaneous_charge_kg": round(r.uniform(38, 96), 1),
        "explosive": r.choice(["ANFO", "Emulsion 70/30", "Heavy ANFO"]),
        "status": r.choice(["designed", "drilled", "loaded"]),
    }


QUARRY = {
    "chat_save": ("survey_update_drillholes", {"shot_id": "SH-2612-B4"}),
    "write_idx": 0,
    "name": "quarry_blast_design",
    "style": 3,
    "thing": "shot SH-2612-B4's design",
    "req": {
        "rec": "Neighbour on Hollins Lane says the last blast rattled their windows. Before SH-2612-B4 fires on Thursday, pull its design and tell me the max instantaneous charge.",
        "lst": "Go through the drill log for SH-2612-B4 and flag any hole more than 0.3 m off design depth.",
        "search": "Find the vibration event from the monitor at Hollins Farm on the day of the complaint — the planning condition limit is 6 mm/s.",
        "job": "Run the fragmentation prediction for SH-2612-B4 with the as-drilled data and give me the X50.",
        "fail": "Tighten the burden on SH-2612-B4 — the face profile showed a toe. Update the design.",
        "blocked": "Check we've got enough emulsion in the magazine for Thursday's two shots.",
        "docs": "Summarise the planning conditions, the last vibration report and the shotfirer's notes relevant to firing near Hollins Farm.",
        "write": "Stemming on SH-2612-B4 should be 2.6 m, not 2.2 — the flyrock review said so. Change it.",
        "plan": "SH-2612-B4 fires Thursday 11:00. Get it from drilled to approved: check holes, fix design, predict vibration, sign-off pack.",
        "transient": "Export the sign-off pack for SH-2612-B4 so the quarry manager can approve it.",
        "chat": "I'm walking the bench now, I'll call out hole changes, keep a list.",
    },
    "rec": (
        "blastdesign_get_shot",
        "shot_id",
        [
            "SH-2612-B4",
            "SH-2611-B3",
            "SH-2609-B2",
            "SH-2607-B5",
            "SH-2605-B3",
            "SH-2603-B4",
            "SH-2601-B2",
            "SH-2598-B5",
        ],
        _shot,
    ),
    "lst": (
        "survey_list_drillholes",
        {"shot_id": "SH-2612-B4", "per_page": 10},
        lambda r, i: {
            "hole": f"H{i + 1:02d}",
            "design_depth_m": 15.5,
            "drilled_depth_m": round(15.5 + r.uniform(-0.5, 0.5), 2),
            "angle_deg": r.choice([0, 10]),
            "water": r.choice([False, False, True]),
        },
        "drill holes",
    ),
    "search": (
        "vibration_search_events",
        "q",
        [
            "Hollins Farm",
            "monitor:Hollins",
            "Hollins Lane complaint",
            "PPV > 6 Hollins",
            "station HF-02 27 Nov",
            "Instantel Hollins",
            "blast 2611 Hollins",
            "Hollins vibration",
        ],
        [
            ("station:* date:2026-11-27", 14),
            ("station:BE-HF-02 date:2026-11-27", 3),
            ("station:BE-HF-02 date:2026-11-27 trigger:blast", 1),
        ],
        lambda r, i: {
            "event": f"EV-{88100 + i}",
            "station": "BE-HF-02",
            "ppv_mm_s": round(r.uniform(0.8, 7.2), 2),
            "air_overpressure_dbl": r.randint(108, 124),
            "time": f"2026-11-27T11:0{r.randint(0, 9)}:{r.randint(10, 59)}",
        },
    ),
    "job": (
        "blastdesign_run_fragmentation",
        {"shot_id": "SH-2612-B4", "model": "kuz-ram", "use_as_drilled": True},
        "blastdesign_job_status",
        "frag-",
        "fragmentation model",
        {
            "state": "RUNNING",
            "progress": 0.33,
            "phase": "rock_factor_calibration",
            "updated_at": "2026-11-29T10:42:17Z",
        },
        {"state": "DONE", "x50_mm": 212, "x80_mm": 410, "oversize_pct_over_800mm": 3.1},
    ),
    "job_done": "Predicted X50 212 mm, X80 410 mm, ~3 % oversize above 800 mm — the primary crusher takes that.",
    "fail": (
        "blastdesign_update_pattern",
        {"shot_id": "SH-2612-B4", "burden_m": 2.4, "spacing_m": 3.8},
        "422 Unprocessable Entity: spacing/burden ratio 1.58 outside allowed range 1.0-1.5 for diameter 102 mm",
        [
            (
                {"shot_id": "SH-2612-B4", "burden_m": 2.6, "spacing_m": 3.5},
                "422 Unprocessable Entity: front row burden 2.6 m below minimum 2.8 m from face profile scan FP-2612 (flyrock control)",
                "Ratio too wide; going to 2.6 x 3.5 (ratio 1.35).",
            ),
            (
                {
                    "shot_id": "SH-2612-B4",
                    "burden_m": 2.8,
                    "spacing_m": 3.5,
                    "front_row_burden_m": 3.0,
                },
                None,
                "The front row is checked against the face scan. Keeping 2.8 m burden on the inner rows and setting 3.0 m on the front row.",
            ),
        ],
        {
            "shot_id": "SH-2612-B4",
            "burden_m": 2.8,
            "spacing_m": 3.5,
            "front_row_burden_m": 3.0,
            "design_rev": "D",
        },
    ),
    "fail_done": "SH-2612-B4 is now 2.8 x 3.5 m with a 3.0 m front row — toe addressed and front-row flyrock limits respected (design rev D).",
    "esc": (
        "vibration_predict",
        {"shot_id": "SH-2612-B4", "receiver": "Hollins Farm"},
        "site_law_samples",
        [20, 50, 100, 200, 500, 1000],
        "400 Bad Request: receiver 'Hollins Farm' has no surveyed coordinates; add a receiver with easting/northing first",
    ),
    "blocked": (
        [
            ("magazine_get_stock", {"magazine": "MAG-1"}),
            ("magazine_ledger_export", {"magazine": "MAG-1", "from": "2026-11-01"}),
            ("inventory_report", {"site": "Brackenhill", "category": "explosives"}),
            ("supplier_portal_orders", {"account": "BRK-0091", "status": "delivered"}),
        ],
        "403 Forbidden: magazine records are restricted to users holding an active shotfirer authorisation (ER 2014 reg. 13)",
        {
            "account": "BRK-0091",
            "orders": [
                {"product": "Emulsion 70/30", "kg": 4000, "delivered": "2026-11-26"},
                {"product": "Emulsion 70/30", "kg": 2500, "scheduled": "2026-12-02"},
            ],
        },
    ),
    "blocked_done": "The magazine ledger itself is shotfirer-only, but the supplier portal shows 4,000 kg emulsion delivered on 26 Nov. Thursday's two shots need about 3,100 kg, so we're covered — I'd still ask the shotfirer to confirm the book stock.",
    "docs": (
        "docs_get",
        "doc_id",
        [
            (
                "PC-14",
                "Planning condition 14",
                "PPV must not exceed 6 mm/s at 95% confidence at any sensitive receptor, blasting 10:00-16:00 weekdays only.",
            ),
            (
                "VR-2026-10",
                "Vibration report October",
                "Highest PPV at Hollins Farm 4.1 mm/s; site law fitted from 38 events, scaled distance exponent -1.52.",
            ),
            (
                "SFN-2611",
                "Shotfirer notes SH-2611-B3",
                "Two holes wet, loaded with emulsion; initiation 25 ms inter-row, a misfire check found none.",
            ),
            (
                "FR-2026-03",
                "Flyrock review 2026-03",
                "Minimum stemming 25 x hole diameter; front row burden from face scan only.",
            ),
        ],
    ),
    "docs_synth": "keep MIC so predicted PPV at Hollins stays under 6 mm/s at 95 %, fire between 10:00 and 16:00, and stemming at least 2.6 m on 102 mm holes.",
    "write": (
        "blastdesign_update_pattern",
        lambda s: {"shot_id": s, "stemming_m": 2.6},
        lambda r, s: {
            "shot_id": s,
            "stemming_m": 2.6,
            "design_rev": r.choice(["C", "D", "E"]),
            "charge_per_hole_kg": round(r.uniform(88, 104), 1),
        },
    ),
    "flip": (
        "blastdesign_update_pattern",
        {"shot_id": "SH-2612-B4", "delay_ms": 17},
        {"shot_id": "SH-2612-B4", "delay_ms": 25},
        {"shot_id": "SH-2612-B4", "delay_ms": 17, "holes_per_8ms": 2},
        {"shot_id": "SH-2612-B4", "delay_ms": 25, "holes_per_8ms": 1},
    ),
    "checks": [
        (
            "vibration_predict",
            {"shot_id": "SH-2612-B4", "receiver": "BE-HF-02"},
            {"ppv_95_mm_s": 4.6, "limit_mm_s": 6.0},
        ),
        (
            "blastdesign_flyrock_check",
            {"shot_id": "SH-2612-B4"},
            {"max_throw_m": 48, "exclusion_zone_m": 300, "ok": True},
        ),
        ("blastdesign_mic", {"shot_id": "SH-2612-B4"}, {"mic_kg": 61.8, "holes_per_8ms": 1}),
    ],
    "checks_done": "Stemming is 2.6 m; predicted PPV at Hollins 4.6 mm/s (limit 6), flyrock 48 m inside a 300 m exclusion zone, MIC 61.8 kg. Ready for sign-off.",
    "transient": (
        "blastdesign_export_signoff",
        {"shot_id": "SH-2612-B4", "format": "pdf"},
        "503 Service Unavailable: PDF renderer busy (queue 14), Retry-After: 20",
        {"file": "SH-2612-B4_signoff_revD.pdf", "pages": 9},
    ),
    "transient_done": "The sign-off pack is ready (SH-2612-B4_signoff_revD.pdf, 9 pages) for the quarry manager.",
    "plan": [
        "Check as-drilled depths",
        "Fix the burden against the face scan",
        "Set stemming to 2.6 m",
        "Predict PPV at Hollins Farm",
        "Run the fragmentation model",
        "Export the sign-off pack",
    ],
    "chat": [
        ("H07 drilled 14.9, water in it", "H07: 14.9 m, wet — will load emulsion there."),
        ("H12 collapsed at 3 m, redrill", "H12 marked for redrill."),
        ("H15 and H16 fine", "H15/H16 as designed."),
        ("H21 is 0.4 over, backfill 0.4", "H21: backfill 0.4 m to design depth."),
        (
            "front row H01-H06 face looks closer than the scan",
            "Flagged H01-H06 for a re-scan before loading.",
        ),
    ],
    "note": lambda s, i: [
        "MIC 61.8 kg, PPV at Hollins 3.9 mm/s.",
        "MIC 88.0 kg — highest of the month.",
        "fired without misfires.",
        "two wet holes, emulsion.",
        "MIC 44.2 kg.",
        "no complaints logged.",
    ][i % 6],
    "wrap_up": "only one shot came near the 6 mm/s limit.",
    "batch_done": "All recent shots stayed under 6 mm/s at Hollins; SH-2611-B3 had the highest MIC (88 kg).",
    "lst_done": "Holes H07, H12 and H21 are more than 0.3 m off design; I've listed them for the driller.",
    "search_done": "Event EV-88107 at BE-HF-02, 27 Nov 11:04: PPV 4.9 mm/s, 118 dBL — under the 6 mm/s condition but perceptible.",
}


def _juror(r: random.Random, jid: str) -> dict:
    if jid == "J-2026-0418823":
        return {
            "juror_id": jid,
            "name": "M. Okafor",
            "summons_date": "2026-12-07",
            "courthouse": "Central Criminal Division 3",
            "status": "summoned",
            "questionnaire_received": True,
            "deferrals_used": 1,
            "address_verified": True,
        }
    return {
        "juror_id": jid,
        "name": r.choice(
            ["M. Okafor", "D. Lindqvist", "R. Alvarez", "S. Nakamura", "T. Brennan", "P. Haddad"]
        ),
        "summons_date": f"2027-01-{r.choice([4, 11, 18, 25]):02d}",
        "courthouse": r.choice(
            ["Central Criminal Division 3", "Eastside Civil", "Northgate Annex"]
        ),
        "status": r.choice(["summoned", "deferred", "confirmed", "qualified"]),
        "questionnaire_received": r.choice([True, False]),
        "deferrals_used": r.randint(0, 2),
        "address_verified": r.choice([True, True, False]),
    }


JURY = {
    "chat_save": ("jms_bulk_update_status", {"source": "phone-log-2026-11-29"}),
    "write_idx": 0,
    "name": "jury_summons_administration",
    "style": 0,
    "thing": "juror J-2026-0418823's record",
    "req": {
        "rec": "Juror J-2026-0418823 called saying they never got a summons but now have a failure-to-appear letter. What happened?",
        "lst": "Go through the Jan 4 pool for Division 3 and find everyone who hasn't returned the qualification questionnaire.",
        "search": "Find the excusal request from a juror who's a sole carer — she emailed last week, surname might be Haddad or Hadad.",
        "job": "Generate the summons batch for the February pools and tell me when the print file is ready for the mail house.",
        "fail": "Postpone J-2026-0418823's service to the week after Christmas, she's having surgery.",
        "blocked": "Verify the current address for J-2026-0477120 — the summons came back undeliverable.",
        "docs": "Summarise the chief judge's standing order, the statute section and the two letters on this medical excusal so I can decide it.",
        "write": "Judge approved the deferral for J-2026-0418823; mark it deferred to the March 8 pool.",
        "plan": "We're 40 jurors short for the Jan 11 Division 3 pool. Sort it out: who's deferred in, who can be summoned, and get letters out.",
        "transient": "Send the February summons print file to Lakeshore Print.",
        "chat": "Reading you today's phone log of excusal outcomes, record them please.",
    },
    "rec": (
        "jms_get_juror",
        "juror_id",
        [
            "J-2026-0418823",
            "J-2026-0477120",
            "J-2026-0402215",
            "J-2026-0390048",
            "J-2026-0455901",
            "J-2026-0461337",
            "J-2026-0388712",
            "J-2026-0499054",
        ],
        _juror,
    ),
    "lst": (
        "jms_list_pool",
        {"pool_id": "P-2027-01-04-D3", "filter": "questionnaire_received=false", "size": 25},
        lambda r, i: {
            "juror_id": f"J-2026-04{10000 + i * 37:05d}",
            "summoned_on": "2026-11-02",
            "reminder_sent": r.choice([True, False]),
            "zip": r.choice(["60614", "60622", "60647", "60657"]),
        },
        "jurors",
    ),
    "search": (
        "jms_search_correspondence",
        "text",
        [
            "sole carer",
            "Haddad carer",
            "Hadad excusal",
            "caregiver excusal request",
            "carer mother dementia",
            "excuse caring responsibilities",
            "Haddad email",
            "carer hardship",
        ],
        [
            ("excusal", 212),
            ("excusal received:>=2026-11-20 reason:hardship", 18),
            ("excusal received:>=2026-11-20 reason:hardship surname:Hadd*", 1),
        ],
        lambda r, i: {
            "corr_id": f"C-{771200 + i}",
            "juror_id": f"J-2026-04{r.randint(10000, 99999)}",
            "channel": "email",
            "subject": r.choice(
                [
                    "Excusal request - carer",
                    "Request to be excused",
                    "Hardship - caring responsibilities",
                ]
            ),
        },
    ),
    "job": (
        "jms_generate_summons_batch",
        {
            "pools": ["P-2027-02-01-D3", "P-2027-02-08-D3", "P-2027-02-01-EC"],
            "mail_house": "Lakeshore Print",
        },
        "jms_batch_status",
        "sb_",
        "summons batch",
        {
            "state": "processing",
            "progress": 0.46,
            "step": "address_standardisation",
            "updated_at": "2026-11-29T14:20:51Z",
        },
        {
            "state": "ready",
            "letters": 3600,
            "print_file": "summons_2027-02.pdf.zip",
            "suppressed_bad_address": 37,
        },
    ),
    "job_done": "3,600 summonses in summons_2027-02.pdf.zip; 37 suppressed for bad addresses. Ready for Lakeshore Print.",
    "fail": (
        "jms_postpone_service",
        {"juror_id": "J-2026-0418823", "new_date": "2026-12-28"},
        "422 INVALID_SERVICE_DATE: 2026-12-28 is not a jury session week for Central Criminal Division 3 (no pools 2026-12-21..2027-01-01)",
        [
            (
                {"juror_id": "J-2026-0418823", "new_date": "2027-01-04"},
                "409 DEFERRAL_LIMIT: juror already used 1 deferral; a second requires judge_order_ref",
                "No pools over the holidays. The first pool after Christmas is 4 Jan.",
            ),
            (
                {
                    "juror_id": "J-2026-0418823",
                    "new_date": "2027-01-04",
                    "judge_order_ref": "JO-2026-11-4471",
                    "reason": "medical",
                },
                None,
                "It's her second deferral; the medical note was approved under order JO-2026-11-4471, so I'll include it.",
            ),
        ],
        {
            "juror_id": "J-2026-0418823",
            "status": "deferred",
            "new_pool": "P-2027-01-04-D3",
            "letter_queued": True,
        },
    ),
    "fail_done": "Deferred to the 4 Jan pool (no sessions between Christmas and New Year) on judge order JO-2026-11-4471; the confirmation letter is queued.",
    "esc": (
        "jms_print_letters",
        {"batch": "FTA-2026-11-27", "printer": "D3-LEX-02"},
        "copies",
        [1, 2, 5, 10, 25],
        "500 Internal Server Error: template 'FTA_NOTICE_v7' references merge field {{hearing_room}} that is not in the data source",
    ),
    "blocked": (
        [
            ("dmv_address_lookup", {"juror_id": "J-2026-0477120"}),
            ("dmv_address_lookup", {"dl_number": "B419-5520-8812", "state": "IL"}),
            ("voter_roll_lookup", {"juror_id": "J-2026-0477120"}),
            (
                "usps_ncoa_lookup",
                {"name": "T. Brennan", "last_address": "2241 N Halsted St Apt 3, Chicago IL 60614"},
            ),
        ],
        "403 Forbidden: client certificate CN=jms-agent is not authorized for scope DMV-ADDR/VOTER-ROLL",
        {
            "match": "COA_INDIVIDUAL",
            "new_address": "5820 N Sheridan Rd Apt 1104, Chicago IL 60660",
            "move_effective": "2026-08",
        },
    ),
    "blocked_done": "DMV and voter roll are off limits for this account, but USPS NCOA has a change of address: 5820 N Sheridan Rd Apt 1104, 60660, since August. I'd re-issue the summons there.",
    "docs": (
        "dms_get_document",
        "doc_id",
        [
            (
                "SO-2025-07",
                "Chief Judge standing order 2025-07",
                "Medical excusals need a physician statement naming the period of incapacity; permanent excusals need the judge's signature.",
            ),
            (
                "705ILCS305-10.2",
                "705 ILCS 305/10.2",
                "A person may be excused for a medical condition that prevents jury service, with a physician's certificate.",
            ),
            (
                "C-771266",
                "Letter from juror",
                "She has knee surgery on 14 Dec and expects 8 weeks of recovery.",
            ),
            (
                "C-771301",
                "Physician statement",
                "Dr. Meyers confirms surgery on 14 Dec 2026 and no prolonged sitting until mid-February.",
            ),
        ],
    ),
    "docs_synth": "it's a temporary medical incapacity with a physician statement, so a deferral past mid-February fits the standing order; a permanent excusal isn't justified.",
    "write": (
        "jms_update_juror",
        lambda j: {"juror_id": j, "status": "deferred", "pool_id": "P-2027-03-08-D3"},
        lambda r, j: {
            "juror_id": j,
            "status": "deferred",
            "pool_id": "P-2027-03-08-D3",
            "version": r.randint(4, 12),
        },
    ),
    "flip": (
        "jms_update_juror",
        {"juror_id": "J-2026-0455901", "status": "excused"},
        {"juror_id": "J-2026-0455901", "status": "deferred"},
        {"juror_id": "J-2026-0455901", "status": "excused", "version": 7},
        {"juror_id": "J-2026-0455901", "status": "deferred", "version": 7},
    ),
    "checks": [
        (
            "jms_get_pool_counts",
            {"pool_id": "P-2027-03-08-D3"},
            {"summoned": 400, "confirmed": 212, "deferred_in": 31},
        ),
        (
            "jms_letter_queue",
            {"juror_id": "J-2026-0418823"},
            {"queued": [{"template": "DEFERRAL_CONFIRM_v3", "send_on": "2026-11-30"}]},
        ),
        ("jms_fta_cases", {"juror_id": "J-2026-0418823"}, {"open_cases": 0}),
    ],
    "checks_done": "Deferred to the 8 March pool, confirmation letter goes out tomorrow and there's no open failure-to-appear case against her.",
    "transient": (
        "mailhouse_upload",
        {"file": "summons_2027-02.pdf.zip", "vendor": "lakeshore"},
        "HTTP 503 Service Unavailable: SFTP gateway in maintenance window, Retry-After: 30",
        {"transfer_id": "LSP-22871", "bytes": 48120731, "checksum_ok": True},
    ),
    "transient_done": "Print file delivered to Lakeshore Print (transfer LSP-22871, checksum verified).",
    "plan": [
        "Count confirmed jurors for Jan 11 Division 3",
        "Pull deferrals that can move in",
        "Summon from the reserve list",
        "Check questionnaires outstanding",
        "Queue summons letters",
        "Report the expected headcount",
    ],
    "chat": [
        ("0402215 excused, over 70 and asked", "J-2026-0402215 excused (age, by request)."),
        (
            "0390048 deferred to April, student exams",
            "J-2026-0390048 deferred to April pool — exams.",
        ),
        ("0461337 refused, no reason given", "J-2026-0461337: excusal denied, stays summoned."),
        (
            "0388712 moved out of county, proof attached",
            "J-2026-0388712 disqualified — non-resident.",
        ),
        ("0499054 wants a Spanish interpreter", "Interpreter flag (Spanish) on J-2026-0499054."),
    ],
    "note": lambda j, i: [
        "questionnaire in, qualified.",
        "summons returned undeliverable.",
        "deferred once already.",
        "confirmed for Jan 4.",
        "no response yet, reminder sent.",
        "excused last year, eligible again.",
    ][i % 6],
    "wrap_up": "two need a follow-up call.",
    "batch_done": "Two of them have unverified addresses; the rest are fine for their pools.",
    "lst_done": "I've exported them to a reminder list; the 60614 ZIP has most of the non-returns.",
    "search_done": "Found it: C-771266 from R. Haddad (J-2026-0461337), sole carer for her mother — 'Excusal request - carer', received 24 Nov.",
}


def _mpn(r: random.Random, mpn: str) -> dict:
    return {
        "mpn": mpn,
        "manufacturer": r.choice(
            ["Murata", "Texas Instruments", "STMicroelectronics", "Yageo", "Nexperia", "Microchip"]
        ),
        "lifecycle": r.choice(["Active", "Active", "NRND", "Last Time Buy"]),
        "stock": {
            "digikey": r.randint(0, 480000),
            "mouser": r.randint(0, 120000),
            "arrow": r.randint(0, 90000),
        },
        "factory_lead_weeks": r.choice([6, 12, 18, 26, 52]),
        "price_1k_usd": round(r.uniform(0.004, 4.8), 4),
        "rohs": True,
    }


PCB = {
    "chat_save": ("erp_shortage_list_update", {"work_order": "WO-5000-7731"}),
    "write_idx": 0,
    "name": "pcb_bom_component_sourcing",
    "style": 1,
    "thing": "BOM-7731 rev C",
    "req": {
        "rec": "The CM says U4 on BOM-7731 rev C (STM32G071KBU6) is on allocation. What's the real stock and lead time?",
        "lst": "Go through all lines of BOM-7731 rev C and find anything NRND or EOL.",
        "search": "We need a drop-in for the 100nF 0402 X7R 16V cap on line 14 — find an alternate that's actually in stock.",
        "job": "Run a full BOM scrub on BOM-7731 rev C against the distributors and give me the risk summary.",
        "fail": "Get me Digi-Key pricing at 5k for the Murata cap on line 14.",
        "blocked": "Pull the quote Arrow sent for the STM32 allocation buy so we can compare.",
        "docs": "Summarise the PCNs and EOL notices we've had for parts on BOM-7731 so I can brief the program manager.",
        "write": "Engineering approved the Samsung cap as alternate for line 14. Add it to rev C.",
        "plan": "Build of 5,000 units of BOM-7731 starts in 10 weeks. Make sure every line is buyable in time.",
        "transient": "Check channel stock and lead time for LSM6DSOXTR right now, the buyer is on the phone.",
        "chat": "I'll read you the CM's shortage report lines, track them.",
    },
    "rec": (
        "octopart_part",
        "mpn",
        [
            "STM32G071KBU6",
            "GRM155R71C104KA88D",
            "TPS62840DLCR",
            "LSM6DSOXTR",
            "PESD5V0S1BL,315",
            "RC0402FR-0710KL",
            "MCP2562T-E/SN",
            "BLM15AG601SN1D",
        ],
        _mpn,
    ),
    "lst": (
        "plm_list_bom_lines",
        {"bom": "BOM-7731", "rev": "C", "limit": 20},
        lambda r, i: {
            "line": i + 1,
            "refdes": f"{r.choice(['C', 'R', 'U', 'L', 'D'])}{r.randint(1, 80)}",
            "mpn": r.choice(
                [
                    "GRM155R71C104KA88D",
                    "RC0402FR-0710KL",
                    "TPS62840DLCR",
                    "BLM15AG601SN1D",
                    "CL05B104KO5NNNC",
                    "ERJ-2RKF1002X",
                ]
            ),
            "qty": r.choice([1, 2, 4, 12]),
            "approved_alternates": r.randint(0, 2),
        },
        "BOM lines",
    ),
    "search": (
        "octopart_search",
        "q",
        [
            "100nF 0402 X7R 16V",
            "0.1uF 0402 X7R 16V in stock",
            "capacitor 100n 0402 x7r",
            "GRM155R71C104KA88D alternate",
            "MLCC 0402 100nF 16V X7R 10%",
            "100nF 0402 X7R cross reference",
            "CL05B104KO5 equivalent",
            "0402 0.1uF 16V",
        ],
        [
            ("100nF 0402", 4120),
            ("100nF 0402 X7R 16V 10% AEC-Q200", 86),
            ("100nF 0402 X7R 16V 10% in_stock>=50000 manufacturer:Samsung,Yageo", 3),
        ],
        lambda r, i: {
            "mpn": r.choice(["CL05B104KO5NNNC", "CC0402KRX7R7BB104", "C1005X7R1C104K050BC"]),
            "manufacturer": r.choice(["Samsung", "Yageo", "TDK"]),
            "stock": r.randint(50000, 900000),
        },
    ),
    "job": (
        "bomscrub_run",
        {
            "bom": "BOM-7731",
            "rev": "C",
            "build_qty": 5000,
            "sources": ["digikey", "mouser", "arrow", "avnet"],
        },
        "bomscrub_status",
        "scrub_",
        "BOM scrub",
        {
            "state": "running",
            "progress": 0.61,
            "lines_done": 59,
            "lines_total": 96,
            "updated_at": "2026-11-29T16:03:27Z",
        },
        {
            "state": "complete",
            "lines": 96,
            "high_risk": 3,
            "medium_risk": 9,
            "report": "scrub_BOM-7731C.xlsx",
        },
    ),
    "job_done": "96 lines: 3 high risk (STM32G071KBU6, LSM6DSOXTR, TPS62840DLCR), 9 medium; report in scrub_BOM-7731C.xlsx.",
    "fail": (
        "digikey_product_details",
        {"product_number": "GRM155R71C104KA88D", "quantity": 5000},
        '404 Not Found: {"ErrorMessage":"Product not found","StatusCode":404,"ErrorDetails":"No product matches \'GRM155R71C104KA88D\' for locale US"}',
        [
            (
                {"product_number": "490-3261-1-ND", "quantity": 5000},
                '400 Bad Request: {"ErrorMessage":"Quantity must be a multiple of the package quantity","ErrorDetails":"Cut Tape (CT) minimum 1; Tape & Reel requires multiples of 10000"}',
                "The ProductDetails endpoint wants the Digi-Key part number; the cut-tape number for that Murata MPN is 490-3261-1-ND.",
            ),
            (
                {"product_number": "490-3261-2-ND", "quantity": 10000},
                None,
                "That's the T&R DKPN; reels are 10k, so I'll price a full reel.",
            ),
        ],
        {
            "DigiKeyProductNumber": "490-3261-2-ND",
            "QuantityAvailable": 2310000,
            "StandardPricing": [{"BreakQuantity": 10000, "UnitPrice": 0.00272}],
        },
    ),
    "fail_done": "Digi-Key has 2.3M on reel; at one 10k reel it's $0.00272/unit ($27.20). 5k isn't a reel multiple, so one reel is the sensible buy.",
    "esc": (
        "mouser_search_by_part",
        {"mouserPartNumber": "511-STM32G071KBU6"},
        "records",
        [10, 25, 50, 100, 250, 500],
        '403 Forbidden: {"Errors":[{"Code":"InvalidApiKey","Message":"API key is not authorized for Search API v2"}]}',
    ),
    "blocked": (
        [
            ("arrow_quotes_get", {"quote_id": "Q-ARW-5521870"}),
            ("arrow_quotes_list", {"customer": "C-889102", "status": "open"}),
            ("arrow_myarrow_export", {"type": "quotes", "from": "2026-11-01"}),
            ("gmail_search", {"q": "from:@arrow.com subject:(quote STM32G071) newer_than:30d"}),
        ],
        '401 Unauthorized: {"error":"invalid_client","error_description":"OAuth client not approved for Quotes API scope"}',
        {
            "messages": [
                {
                    "id": "18c4f1a9e2",
                    "from": "jess.tran@arrow.com",
                    "subject": "Quote Q-ARW-5521870 STM32G071KBU6",
                    "snippet": "5,000 pcs at $2.41, 16 weeks ARO, NCNR, valid to 12/15",
                }
            ]
        },
    ),
    "blocked_done": "Arrow's API won't give us quotes, but Jess Tran's email has it: 5,000 x STM32G071KBU6 at $2.41, 16 weeks, NCNR, valid to 15 Dec.",
    "docs": (
        "plm_get_attachment",
        "attachment_id",
        [
            (
                "PCN-ST-26-0112",
                "ST PCN 26-0112",
                "STM32G0 moves assembly to Calamba; no form/fit/function change, last date of unchanged product June 2027.",
            ),
            (
                "EOL-NXP-PESD",
                "Nexperia EOL notice",
                "PESD5V0S1BL,315 last time buy 31 Mar 2027, suggested replacement PESD5V0S1BLD.",
            ),
            (
                "PCN-TI-2026-88",
                "TI PCN 2026-88",
                "TPS62840 adds a second fab; datasheet unchanged; qualification data available.",
            ),
            (
                "NRND-LSM6",
                "ST NRND notice LSM6DSOX",
                "Not recommended for new designs from Q3 2026; LSM6DSV is the successor, pin compatible with firmware change.",
            ),
        ],
    ),
    "docs_synth": "one real action (last time buy on the ESD diode before 31 Mar, or qualify PESD5V0S1BLD), one design decision (LSM6DSOX is NRND), and two PCNs with no fit/function impact.",
    "write": (
        "plm_add_alternate",
        lambda m: {
            "bom": "BOM-7731",
            "rev": "C",
            "line": 14,
            "mpn": "CL05B104KO5NNNC",
            "manufacturer": "Samsung",
            "approval": "ECO-2291",
        },
        lambda r, m: {
            "line": 14,
            "alternates": ["CL05B104KO5NNNC"],
            "eco": "ECO-2291",
            "revision_state": "released",
        },
    ),
    "flip": (
        "plm_set_preferred",
        {"bom": "BOM-7731", "rev": "C", "line": 14, "mpn": "GRM155R71C104KA88D"},
        {"bom": "BOM-7731", "rev": "C", "line": 14, "mpn": "CL05B104KO5NNNC"},
        {"line": 14, "preferred": "GRM155R71C104KA88D"},
        {"line": 14, "preferred": "CL05B104KO5NNNC"},
    ),
    "checks": [
        (
            "plm_get_bom_line",
            {"bom": "BOM-7731", "rev": "C", "line": 14},
            {"line": 14, "mpn": "GRM155R71C104KA88D", "alternates": ["CL05B104KO5NNNC"]},
        ),
        (
            "octopart_part",
            {"mpn": "CL05B104KO5NNNC"},
            {"lifecycle": "Active", "stock_total": 6120000},
        ),
        ("erp_item_sync_status", {"item": "CAP-0402-104-X7R"}, {"synced": True, "avl_entries": 2}),
    ],
    "checks_done": "Line 14 now carries the Samsung alternate under ECO-2291, it's active with 6M+ in stock, and the ERP AVL has both entries.",
    "transient": (
        "octopart_search",
        {"q": "LSM6DSOXTR", "limit": 10},
        "429 Too Many Requests: Nexar rate limit 30 req/min exceeded, retry-after: 12",
        {"total": 1, "hits": [{"mpn": "LSM6DSOXTR", "stock_total": 18400, "lead_weeks": 26}]},
    ),
    "transient_done": "LSM6DSOXTR: 18,400 in channel, 26-week factory lead — enough for 5k only if we buy this month.",
    "plan": [
        "Scrub the BOM against distributors",
        "List lines with under 10 weeks of cover",
        "Find alternates for the risky passives",
        "Get quotes for allocated ICs",
        "Raise ECOs for approved alternates",
        "Give the buyer a PO list",
    ],
    "chat": [
        ("U4 STM32 short 1,200", "U4 STM32G071KBU6: short 1,200."),
        ("C14 fine now, reel arrived", "C14 cleared."),
        ("U9 IMU short 5,000, zero stock", "U9 LSM6DSOXTR: short 5,000, no stock at the CM."),
        ("D3 ESD diode short 800", "D3 PESD5V0S1BL: short 800."),
        ("L2 ferrite short 2 reels", "L2 BLM15AG601SN1D: short 2 reels (20k)."),
    ],
    "note": lambda m, i: [
        "Active, plenty of stock.",
        "allocation, 52-week lead.",
        "Active, 18k in channel.",
        "Last Time Buy — action needed.",
        "Active.",
        "NRND, successor exists.",
    ][i % 6],
    "wrap_up": "two lines need buyer action.",
    "batch_done": "Two risky parts (STM32G071KBU6 on allocation, PESD5V0S1BL in last-time-buy); the rest have over 26 weeks of stock in channel.",
    "lst_done": "Two lines are NRND or EOL: the LSM6DSOX IMU and the PESD5V0S1BL ESD diode.",
    "search_done": "Samsung CL05B104KO5NNNC is the best drop-in: 100nF 0402 X7R 16V 10%, AEC-Q200, 900k+ in stock.",
}


def _entry(r: random.Random, eid: str) -> dict:
    area = {"ICU": "ADULT ICU", "MS": "MED-SURG", "LD": "L&D"}[eid.split("-")[2]]
    if eid == "DL-HEP-ICU-01":
        return {
            "entry_id": eid,
            "drug": "heparin",
            "care_area": area,
            "concentration": "25,000 units/250 mL",
            "dose_unit": "units/kg/h",
            "soft_min": 2,
            "soft_max": 18,
            "hard_max": 20,
            "library_version": "2026.10.2",
            "last_reviewed": "2025-09-14",
        }
    return {
        "entry_id": eid,
        "care_area": area,
        "concentration": r.choice(
            ["25,000 units/250 mL", "1 mg/mL", "4 mg/250 mL", "100 units/100 mL"]
        ),
        "dose_unit": r.choice(["units/kg/h", "mcg/kg/min", "mg/h", "units/h"]),
        "soft_min": r.choice([0.5, 1, 2]),
        "soft_max": r.choice([18, 20, 25, 30]),
        "hard_max": r.choice([30, 35, 40]),
        "library_version": r.choice(["2026.10.2", "2026.11.0"]),
        "last_reviewed": f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}",
    }


PUMP = {
    "chat_save": ("dlm_bulk_edit", {"library_version": "2026.11.0-draft"}),
    "write_idx": 1,
    "name": "infusion_pump_drug_library",
    "style": 2,
    "thing": "the heparin entry in the ICU drug library",
    "req": {
        "rec": "Nurses in ICU got a hard stop on heparin at 22 units/kg/h last night. Check the library entry DL-HEP-ICU-01 and tell me the limits.",
        "lst": "Which pumps in the fleet are still on library 2026.10.2? Go through the device list.",
        "search": "Find the formulary entry for the new premixed norepinephrine bag pharmacy added — 8 mg in 250 I think.",
        "job": "Push library 2026.11.0 wirelessly to all pumps in the ICU and tell me when they've taken it.",
        "fail": "Raise the heparin ICU soft max to 25 units/kg/h per the P&T decision.",
        "blocked": "Publish the draft library 2026.11.0 so it can go out tonight.",
        "docs": "Summarise the P&T minutes, the ISMP guideline and last quarter's override report for heparin so I can present the change.",
        "write": "Set the vancomycin MED-SURG entry DL-VAN-MS-03 to 1 g/200 mL as the only concentration.",
        "plan": "We need the November library live in ICU by Friday: changes in, review, publish, push, confirm pumps.",
        "transient": "Has pump 8015-12371 picked up the new library yet? It was offline during the push.",
        "chat": "I'm in the P&T meeting, I'll read you the approved changes one by one.",
    },
    "rec": (
        "dlm_get_entry",
        "entry_id",
        [
            "DL-HEP-ICU-01",
            "DL-VAN-MS-03",
            "DL-NOR-ICU-02",
            "DL-INS-ICU-04",
            "DL-PRO-ICU-07",
            "DL-MAG-LD-01",
            "DL-KCL-MS-02",
            "DL-OXY-LD-03",
        ],
        _entry,
    ),
    "lst": (
        "pumpserver_list_devices",
        {"filter": "library_version=2026.10.2", "pageSize": 25},
        lambda r, i: {
            "serial": f"8015-{12000 + i * 53}",
            "unit": r.choice(["ICU-4E", "ICU-5W", "MS-6N", "ONC-3", "LD-2"]),
            "last_seen": f"2026-11-{r.randint(20, 28)}",
            "battery_pct": r.randint(12, 100),
            "library_version": "2026.10.2",
        },
        "pumps",
    ),
    "search": (
        "formulary_search",
        "term",
        [
            "norepinephrine 8 mg 250",
            "norepinephrine premix",
            "levophed 8mg/250mL",
            "noradrenaline premixed bag",
            "norepi 32 mcg/mL",
            "norepinephrine in dextrose",
            "NE premix new",
            "norepinephrine bag 2026",
        ],
        [
            ("norepinephrine", 11),
            ("norepinephrine premixed", 3),
            ("norepinephrine premixed 8 mg/250 mL sodium chloride", 1),
        ],
        lambda r, i: {
            "ndc": f"{r.randint(10000, 99999)}-{r.randint(100, 999)}-{r.randint(10, 99)}",
            "name": r.choice(
                [
                    "norepinephrine 4 mg/250 mL NS",
                    "norepinephrine 8 mg/250 mL NS",
                    "norepinephrine 16 mg/250 mL D5W",
                ]
            ),
            "status": r.choice(["formulary", "non-formulary"]),
        },
    ),
    "job": (
        "pumpserver_push_library",
        {"library_version": "2026.11.0", "units": ["ICU-4E", "ICU-5W"], "mode": "wireless"},
        "pumpserver_deployment_status",
        "dep-",
        "library push",
        {
            "state": "IN_PROGRESS",
            "progress": 0.38,
            "pumps_updated": 53,
            "pumps_targeted": 140,
            "updated_at": "2026-11-29T02:47:10Z",
        },
        {
            "state": "COMPLETE",
            "pumps_updated": 136,
            "pumps_targeted": 140,
            "offline": ["8015-12053", "8015-12371", "8015-13113", "8015-13272"],
        },
    ),
    "job_done": "136 of 140 ICU pumps are on 2026.11.0; 4 were offline and will take it when they reconnect (8015-12053, -12371, -13113, -13272).",
    "fail": (
        "dlm_update_entry",
        {"entry_id": "DL-HEP-ICU-01", "soft_max": 25},
        "Validation failed: soft_max (25 units/kg/h) must be less than hard_max (20 units/kg/h)",
        [
            (
                {"entry_id": "DL-HEP-ICU-01", "soft_max": 25, "hard_max": 30},
                "Validation failed: entry is locked in released library 2026.10.2; edit the draft library instead",
                "The hard max is 20, so it has to go up with it; P&T approved 30 as the hard limit.",
            ),
            (
                {
                    "entry_id": "DL-HEP-ICU-01",
                    "library_version": "2026.11.0-draft",
                    "soft_max": 25,
                    "hard_max": 30,
                },
                None,
                "Edits go into the draft library, not the released one.",
            ),
        ],
        {
            "entry_id": "DL-HEP-ICU-01",
            "library_version": "2026.11.0-draft",
            "soft_max": 25,
            "hard_max": 30,
            "change_id": "CHG-4471",
        },
    ),
    "fail_done": "The draft 2026.11.0 now has heparin ICU at soft max 25 / hard max 30 units/kg/h (CHG-4471); it needs pharmacist review before publish.",
    "esc": (
        "pumpserver_sync_device",
        {"serial": "8015-12053"},
        "timeout_s",
        [30, 60, 120, 300, 600, 900],
        "Device 8015-12053 rejected the session: TLS handshake failed (certificate expired 2026-11-14T00:00:00Z)",
    ),
    "blocked": (
        [
            ("dlm_publish_library", {"library_version": "2026.11.0-draft"}),
            ("dlm_publish_library", {"library_version": "2026.11.0-draft", "force": True}),
            ("pumpserver_import_library", {"file": "library_2026.11.0.dlx"}),
            (
                "dlm_request_review",
                {"library_version": "2026.11.0-draft", "reviewer_role": "PHARMACIST"},
            ),
        ],
        "403 SIGNATURE_REQUIRED: publishing requires electronic signatures from a pharmacist and a nurse educator (2 of 2 missing)",
        {
            "review_id": "REV-0913",
            "status": "awaiting_signatures",
            "notified": ["pharmacy-informatics@", "nurse-educators-icu@"],
        },
    ),
    "blocked_done": "Publishing needs two e-signatures by design; I raised review REV-0913 and notified pharmacy informatics and the ICU nurse educators — once both sign, it can publish and go out.",
    "docs": (
        "sharepoint_get_file",
        "item_id",
        [
            (
                "PT-2026-11",
                "P&T minutes November 2026",
                "Approved heparin ICU soft max 25, hard max 30 units/kg/h; nomogram unchanged.",
            ),
            (
                "ISMP-SP-2020",
                "ISMP smart pump guidelines",
                "Hard limits on high-alert drugs; review soft limits when override rates exceed ~10%.",
            ),
            (
                "OVR-Q3-2026",
                "Override report Q3 2026",
                "Heparin ICU soft max overridden in 23% of programmes, mostly at 20-24 units/kg/h.",
            ),
            (
                "NOMO-HEP-3",
                "Heparin nomogram v3",
                "Maximum titration 28 units/kg/h per anti-Xa result; bolus separately.",
            ),
        ],
    ),
    "docs_synth": "the 23% override rate at 20-24 units/kg/h is the alert fatigue ISMP warns about; raising soft max to 25 and hard max to 30 covers the nomogram's 28 ceiling.",
    "write": (
        "dlm_update_entry",
        lambda e: {
            "entry_id": e,
            "library_version": "2026.11.0-draft",
            "concentrations": ["1 g/200 mL"],
        },
        lambda r, e: {
            "entry_id": e,
            "library_version": "2026.11.0-draft",
            "concentrations": ["1 g/200 mL"],
            "change_id": f"CHG-{r.randint(4400, 4599)}",
        },
    ),
    "flip": (
        "dlm_update_entry",
        {
            "entry_id": "DL-NOR-ICU-02",
            "library_version": "2026.11.0-draft",
            "dose_unit": "mcg/kg/min",
        },
        {"entry_id": "DL-NOR-ICU-02", "library_version": "2026.11.0-draft", "dose_unit": "mcg/min"},
        {"entry_id": "DL-NOR-ICU-02", "dose_unit": "mcg/kg/min"},
        {"entry_id": "DL-NOR-ICU-02", "dose_unit": "mcg/min"},
    ),
    "checks": [
        (
            "dlm_validate_library",
            {"library_version": "2026.11.0-draft"},
            {"errors": 0, "warnings": 1, "warning_list": ["DL-OXY-LD-03 has no soft_min"]},
        ),
        (
            "dlm_diff_libraries",
            {"from": "2026.10.2", "to": "2026.11.0-draft"},
            {"changed_entries": 6, "added": 1, "removed": 0},
        ),
        (
            "dlm_get_entry",
            {"entry_id": "DL-VAN-MS-03", "library_version": "2026.11.0-draft"},
            {"concentrations": ["1 g/200 mL"]},
        ),
    ],
    "checks_done": "Vancomycin is 1 g/200 mL only; the draft validates (one pre-existing warning on oxytocin) and the diff shows the 6 expected changes plus the norepinephrine premix.",
    "transient": (
        "pumpserver_get_device",
        {"serial": "8015-12371"},
        "503 Service Unavailable: device gateway reconnecting to access points, Retry-After: 15",
        {
            "serial": "8015-12371",
            "library_version": "2026.11.0",
            "last_seen": "2026-11-29T03:31:08Z",
        },
    ),
    "transient_done": "Pump 8015-12371 has reconnected and is on 2026.11.0.",
    "plan": [
        "Enter the P&T changes in the draft",
        "Validate the draft library",
        "Get pharmacist and nurse educator signatures",
        "Publish 2026.11.0",
        "Push it to ICU pumps",
        "Confirm pump versions",
    ],
    "chat": [
        ("heparin ICU soft max 25, hard 30", "Heparin ICU: soft max 25, hard max 30 units/kg/h."),
        ("propofol ICU, add a 50 mcg/kg/min soft max", "Propofol ICU: soft max 50 mcg/kg/min."),
        ("insulin, no change", "Insulin unchanged."),
        ("magnesium L&D, hard max 4 g/h", "Magnesium L&D: hard max 4 g/h."),
        (
            "add norepinephrine 8 mg/250 premix to ICU",
            "Adding norepinephrine 8 mg/250 mL NS to ADULT ICU.",
        ),
    ],
    "note": lambda e, i: [
        "limits match P&T.",
        "hard max 20 — too low per nomogram.",
        "reviewed this month.",
        "no soft_min set.",
        "concentration list outdated.",
        "matches policy.",
    ][i % 6],
    "wrap_up": "two entries need changes in the draft.",
    "batch_done": "Heparin's hard max (20) is below the nomogram's 28; the others match policy.",
    "lst_done": "I've grouped them by unit; most are in MS-6N and will update when docked overnight.",
    "search_done": "It's NDC entry 'norepinephrine 8 mg/250 mL NS' (32 mcg/mL), formulary status since 18 Nov — not yet in the pump library.",
}


def _member(r: random.Random, mid: str) -> dict:
    return {
        "member_id": mid,
        "tier": r.choice(["Silver", "Gold", "Platinum"]),
        "points_balance": r.randint(120, 48000),
        "pending_points": r.choice([0, 0, 350, 1200]),
        "joined": f"20{r.randint(15, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        "home_store": r.choice(
            ["0412 Leeds Trinity", "0188 Bristol Cabot", "0077 Glasgow Buchanan"]
        ),
        "email_verified": True,
        "flags": r.choice([[], [], ["manual_review"]]),
    }


LOYAL = {
    "chat_save": ("loyalty_bulk_action", {"queue": "escalations"}),
    "write_idx": 0,
    "name": "loyalty_points_disputes",
    "style": 3,
    "thing": "member LM-30418872's points history",
    "req": {
        "rec": "Zendesk #481920: customer says her 2,400 points from the Black Friday shop never landed. Member LM-30418872. Can you check?",
        "lst": "Go through LM-30418872's transactions since October and find every purchase that earned nothing.",
        "search": "Find the member who phoned about a duplicated redemption — said their name was Priya, Bristol store, maybe a Gmail address.",
        "job": "Reprocess the receipts from store 0412 for 28 Nov — the POS upload failed — and let me know when the points are in.",
        "fail": "Give LM-30418872 a 2,400 point goodwill adjustment and note the ticket.",
        "blocked": "Look up the actual POS receipt for LM-30418872's 28 Nov purchase at store 0412.",
        "docs": "Summarise what our T&Cs, the Black Friday promo rules and the goodwill policy say about points for this complaint.",
        "write": "Customer is right — restore her Gold tier, she was wrongly downgraded on 1 Nov.",
        "plan": "Close out ticket #481920 properly: figure out the missing points, fix them, reply to the customer.",
        "transient": "Close ticket #481920 with a reply saying we fixed the tier and the points.",
        "chat": "I'll dictate a few member fixes from the escalations queue, log each one.",
    },
    "rec": (
        "loyalty_get_member",
        "member_id",
        [
            "LM-30418872",
            "LM-30377105",
            "LM-30402291",
            "LM-30511840",
            "LM-30298813",
            "LM-30460067",
            "LM-30523318",
            "LM-30389944",
        ],
        _member,
    ),
    "lst": (
        "loyalty_list_transactions",
        {"member_id": "LM-30418872", "since": "2026-10-01", "limit": 20},
        lambda r, i: {
            "txn_id": f"TX-{90881200 + i * 41}",
            "date": f"2026-{r.choice([10, 11])}-{r.randint(1, 28):02d}",
            "store": r.choice(["0412", "0188", "web"]),
            "spend_gbp": round(r.uniform(4, 260), 2),
            "points": r.choice([0, 12, 48, 120, 480, 2400]),
        },
        "transactions",
    ),
    "search": (
        "loyalty_search_members",
        "query",
        [
            "Priya Bristol",
            "priya gmail",
            "Priya duplicate redemption",
            "first_name:Priya store:0188",
            "Priya Cabot",
            "priya*@gmail.com",
            "redemption duplicate Bristol",
            "Priya Bristol phone",
        ],
        [
            ("first_name:Priya", 312),
            ("first_name:Priya home_store:0188", 6),
            ("first_name:Priya home_store:0188 redemptions.duplicate:true", 1),
        ],
        lambda r, i: {
            "member_id": f"LM-30{r.randint(100000, 599999)}",
            "name": f"Priya {r.choice(['Shah', 'Patel', 'Nair', 'Kaur'])}",
            "email_masked": "p****@gmail.com",
            "home_store": "0188 Bristol Cabot",
        },
    ),
    "job": (
        "loyalty_reprocess_receipts",
        {"store": "0412", "business_date": "2026-11-28"},
        "loyalty_job_status",
        "rp_",
        "receipt reprocessing",
        {
            "state": "running",
            "progress": 0.27,
            "receipts_done": 1311,
            "receipts_total": 4820,
            "updated_at": "2026-11-29T11:02:37Z",
        },
        {
            "state": "succeeded",
            "receipts_total": 4820,
            "points_awarded": 611430,
            "members_credited": 2977,
            "rejected": 14,
        },
    ),
    "job_done": "4,820 receipts reprocessed, 611,430 points credited to 2,977 members; 14 rejected (no member card scanned).",
    "fail": (
        "loyalty_adjust_points",
        {
            "member_id": "LM-30418872",
            "points": 2400,
            "reason_code": "goodwill",
            "note": "Zendesk #481920",
        },
        "400 invalid_request_error: reason_code 'goodwill' is not one of ['GOODWILL_ADJ', 'MISSING_RECEIPT', 'PROMO_CORRECTION', 'FRAUD_REVERSAL']",
        [
            (
                {
                    "member_id": "LM-30418872",
                    "points": 2400,
                    "reason_code": "GOODWILL_ADJ",
                    "note": "Zendesk #481920",
                },
                "400 invalid_request_error: GOODWILL_ADJ above 1000 points requires approver_id",
                "Reason codes are enumerated; GOODWILL_ADJ is the one.",
            ),
            (
                {
                    "member_id": "LM-30418872",
                    "points": 2400,
                    "reason_code": "PROMO_CORRECTION",
                    "promo_id": "BF26-3X",
                    "note": "Zendesk #481920",
                },
                None,
                "This isn't really goodwill: it's the Black Friday triple-points promo that didn't apply, so PROMO_CORRECTION with the promo id is the right code and needs no approver.",
            ),
        ],
        {
            "adjustment_id": "ADJ-7781120",
            "member_id": "LM-30418872",
            "points": 2400,
            "new_balance": 11850,
        },
    ),
    "fail_done": "Credited 2,400 points as a promo correction for BF26-3X (ADJ-7781120); balance is now 11,850. I've noted it on #481920.",
    "esc": (
        "loyalty_export_ledger",
        {"member_id": "LM-30418872", "format": "csv"},
        "page_size",
        [100, 500, 1000, 5000, 10000, 50000],
        "400 invalid_request_error: unknown parameter 'format' for ledger export (did you mean 'output')",
    ),
    "blocked": (
        [
            ("pos_get_receipt", {"store": "0412", "receipt": "0412-28-003-1187"}),
            ("pos_search_receipts", {"store": "0412", "date": "2026-11-28", "card": "LM-30418872"}),
            (
                "datawarehouse_query",
                {
                    "sql": "select * from pos.receipts where store_id = '0412' and receipt_no = '0412-28-003-1187'"
                },
            ),
            ("loyalty_get_receipt_image", {"txn_id": "TX-90881487"}),
        ],
        "403 tenant_forbidden: store 0412 receipt data is owned by franchise tenant 'NorthPoint Retail Ltd'; cross-tenant access not permitted",
        {
            "txn_id": "TX-90881487",
            "image_url": "https://receipts.cdn.example/tx/90881487.png",
            "ocr": {"total": "£81.40", "lines": 6, "promo": "BF26-3X"},
        },
    ),
    "blocked_done": "Store 0412's POS data belongs to the franchise tenant, but the loyalty receipt image exists: £81.40 with promo BF26-3X printed, so the triple points should have applied.",
    "docs": (
        "helpcenter_get_article",
        "article_id",
        [
            (
                "TC-2026",
                "Loyalty T&Cs 2026",
                "Points post within 48 hours; missing points can be claimed within 90 days with a receipt.",
            ),
            (
                "BF26-3X",
                "Black Friday triple points rules",
                "3x points on spend over £50, 24-30 Nov, in store and online, one use per member.",
            ),
            (
                "GW-POL-4",
                "Goodwill policy v4",
                "Agents may grant up to 1,000 points goodwill; above that requires a team lead.",
            ),
            (
                "TIER-2026",
                "Tier qualification rules",
                "Tier is reassessed on 1 Nov on trailing 12-month spend; downgrades can be appealed.",
            ),
        ],
    ),
    "docs_synth": "the missing 2,400 points are a promo correction under BF26-3X (not goodwill, so no 1,000 cap), and her claim is well within 90 days.",
    "write": (
        "loyalty_set_tier",
        lambda m: {
            "member_id": m,
            "tier": "Gold",
            "reason": "tier_reassessment_error",
            "ticket": "481920",
        },
        lambda r, m: {
            "member_id": m,
            "tier": "Gold",
            "valid_until": "2027-10-31",
            "audit_id": f"AUD-{r.randint(100000, 999999)}",
        },
    ),
    "flip": (
        "loyalty_set_tier",
        {"member_id": "LM-30418872", "tier": "Gold"},
        {"member_id": "LM-30418872", "tier": "Silver"},
        {"member_id": "LM-30418872", "tier": "Gold"},
        {"member_id": "LM-30418872", "tier": "Silver"},
    ),
    "checks": [
        (
            "loyalty_get_tier_history",
            {"member_id": "LM-30418872"},
            {
                "history": [
                    {"tier": "Gold", "from": "2025-11-01"},
                    {"tier": "Silver", "from": "2026-11-01"},
                    {"tier": "Gold", "from": "2026-11-29"},
                ]
            },
        ),
        (
            "loyalty_get_benefits",
            {"member_id": "LM-30418872"},
            {"free_delivery": True, "birthday_bonus": 500},
        ),
        (
            "zendesk_get_ticket",
            {"id": 481920},
            {"status": "open", "assignee": "agent-loyalty", "last_public_comment": "2026-11-28"},
        ),
    ],
    "checks_done": "She's Gold again (valid to 31 Oct 2027) with free delivery back on; ticket #481920 is ready for the reply.",
    "transient": (
        "zendesk_update_ticket",
        {
            "id": 481920,
            "status": "solved",
            "public_comment": "We've restored your Gold tier and added the missing 2,400 points.",
        },
        '429 Too Many Requests: {"error":"APIRateLimitExceeded","description":"Retry-After: 30"}',
        {"ticket": {"id": 481920, "status": "solved"}},
    ),
    "transient_done": "Ticket #481920 is solved and the customer has the reply.",
    "plan": [
        "Read ticket #481920",
        "Pull the member's transactions",
        "Find the receipt for the disputed purchase",
        "Apply the promo correction",
        "Check the tier",
        "Reply on the ticket",
    ],
    "chat": [
        (
            "LM-30377105 merge with their old card LM-20199341",
            "Logged: merge LM-20199341 into LM-30377105.",
        ),
        (
            "LM-30402291 reverse the 5,000 fraud credit",
            "Logged: reverse 5,000 points on LM-30402291 (FRAUD_REVERSAL).",
        ),
        (
            "LM-30511840 email bounce, mark unverified",
            "Logged: LM-30511840 email set to unverified.",
        ),
        ("LM-30298813 birthday bonus missing, 500", "Logged: 500 birthday points for LM-30298813."),
        (
            "LM-30460067 close account, GDPR request",
            "Logged: LM-30460067 closure under erasure request.",
        ),
    ],
    "note": lambda m, i: [
        "balance matches ledger.",
        "pending 1,200 never cleared.",
        "tier dropped 1 Nov.",
        "manual review flag.",
        "no issue.",
        "two redemptions on the same order.",
    ][i % 6],
    "wrap_up": "one has the duplicated redemption.",
    "batch_done": "Only LM-30389944 shows a duplicated redemption; the rest reconcile.",
    "lst_done": "The purchases with zero points are all from store 0412 on 28 Nov — the day the POS upload failed.",
    "search_done": "Found her: Priya Shah, LM-30523318, home store 0188 Bristol Cabot, redemption RD-440182 posted twice on 21 Nov.",
}

DOMAINS = [AIR, CASS, LEASE, QUARRY, JURY, PCB, PUMP, LOYAL]


def build() -> list[dict]:
    rows: list[dict] = []
    for loop_kind, loop_fn, prog_kind, prog_fn in KINDS:
        for label, kind, fn in (("loop", loop_kind, loop_fn), ("progress", prog_kind, prog_fn)):
            for n, dom in enumerate(DOMAINS, start=1):
                rid = f"{PREFIX}-{label}-{kind}-{n:03d}"
                w = Row(rid, dom)
                fn(w)
                assert 6 <= len(w.steps) <= 20, (rid, len(w.steps))  # LENCHECK
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": dom["name"],
                        "steps": w.steps,
                    }
                )
    return rows


if __name__ == "__main__":
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
