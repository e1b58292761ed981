"""Generate the thirty-ninth labelled trajectory set for the loop detector.

Standard library only and deterministic: each row's ``random.Random`` is seeded from
``SEED`` and the row id. ``build()`` returns the rows; running this file rewrites
``trajectories.jsonl`` next to it, one ``json.dumps(row)`` per line.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 39_000_039
SET = "thirtyninth"
HERE = Path(__file__).resolve().parent


class Row:
    """One trajectory under construction: its rng, a wall clock and the steps so far."""

    def __init__(self, rng: random.Random, dom: dict[str, Any]) -> None:
        self.rng = rng
        self.dom = dom
        # Each domain's records are dated around one working day; rows start at a random
        # time within the week before it.
        day = datetime.strptime(dom["day"], "%Y-%m-%d").replace(tzinfo=UTC)
        self.t = (
            day
            - timedelta(days=rng.randint(0, 6))
            + timedelta(seconds=rng.randint(5 * 3600, 19 * 3600))
        )
        self.steps: list[dict[str, Any]] = []

    def tick(self, lo: int = 2, hi: int = 50) -> str:
        self.t += timedelta(seconds=self.rng.randint(lo, hi))
        return self.t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def hhmm(self) -> str:
        return self.t.strftime("%H:%M")

    def rid(self) -> str:
        return "%s%08x" % (self.dom["rid"], self.rng.getrandbits(32))

    def noisy(self, payload: dict[str, Any]) -> str:
        meta = dict(payload)
        meta[self.dom["meta"][0]] = self.rid()
        meta[self.dom["meta"][1]] = self.rng.randint(18, 900)
        meta[self.dom["meta"][2]] = self.tick()
        return json.dumps(meta)

    def call(
        self,
        tool: str,
        args: dict[str, Any],
        payload: dict[str, Any] | str,
        *,
        error: bool = False,
        raw: str | None = None,
    ) -> str:
        if raw is not None:
            obs = raw
            self.tick()
        elif error:
            assert isinstance(payload, str)
            obs = "%s [%s=%s, %d ms]" % (
                payload,
                self.dom["meta"][0],
                self.rid(),
                self.rng.randint(20, 1500),
            )
            self.tick()
        else:
            assert isinstance(payload, dict)
            obs = self.noisy(payload)
        self.steps.append(
            {
                "kind": "tool",
                "tool": tool,
                "args": json.loads(json.dumps(args)),
                "observation": obs,
                "error": error,
            }
        )
        return obs

    def say(self, text: str, user: str | None = None) -> None:
        step: dict[str, Any] = {"kind": "llm", "text": text}
        if user is not None:
            step["observation"] = user
        self.steps.append(step)
        self.tick(5, 90)

    def wait(self, seconds: int) -> None:
        self.t += timedelta(seconds=seconds)
        self.call("wait", {"seconds": seconds}, {"waited_s": seconds})


def read_ent(r: Row, i: int, cache: dict[int, str] | None = None) -> str:
    """Read record i; with a cache, an unchanged record sometimes comes back byte-identical."""
    e = r.dom["ents"]
    ident, payload = e["items"][i]
    if cache is not None and i in cache and r.rng.random() < 0.3:
        return r.call(e["tool"], {e["key"]: ident}, {}, raw=cache[i])
    obs = r.call(e["tool"], {e["key"]: ident}, payload)
    if cache is not None:
        cache.setdefault(i, obs)
    return obs


def warmup(
    r: Row, n: int, skip: tuple[int, ...] = (), rel: dict[str, Any] | None = None
) -> list[int]:
    """Real work first: read n different records (not those in skip).

    Records that the section names as related (``rel``) come first, in a random order.
    """
    ids = [ident for ident, _ in r.dom["ents"]["items"]]
    pool = [i for i in range(len(ids)) if i not in skip]
    related = [i for i in pool if rel is not None and ids[i] in rel.get("rel", ())]
    r.rng.shuffle(related)
    others = [i for i in pool if i not in related]
    picked = (related + r.rng.sample(others, len(others)))[:n]
    for i in picked:
        read_ent(r, i)
    return picked


def pick(r: Row, options: list[str]) -> str:
    return options[r.rng.randrange(len(options))]


def opening(r: Row, request: str) -> None:
    r.say(pick(r, ACKS), user=request)


ACKS = [
    "On it.",
    "Sure, starting now.",
    "Will do.",
    "Understood, working on it.",
    "OK, I'll take care of it.",
]


# ---------------------------------------------------------------- loop kinds


def loop_exact_repeat(r: Row, shape: int) -> None:
    e = r.dom["ents"]
    target = r.rng.randrange(len(e["items"]))
    tid = e["items"][target][0]
    opening(r, e["ask"] % tid)
    warmup(r, r.rng.randint(1, 2), skip=(target,), rel=e)
    first = read_ent(r, target)
    reps = r.rng.randint(4, 6)
    if shape == 0:
        for _ in range(reps):
            if r.rng.random() < 0.35:
                r.call(e["tool"], {e["key"]: tid}, {}, raw=first)
            else:
                read_ent(r, target)
        r.say(
            pick(
                r,
                [
                    "Let me pull %s one more time to make sure nothing changed.",
                    "Reading %s again before I answer.",
                ],
            )
            % tid
        )
    else:
        notes = [
            "%s still shows the same. I'll read it again in case it has updated.",
            "No change on %s yet. Checking it once more.",
            "Same values for %s. One more read to be sure.",
        ]
        for k in range(reps):
            r.say(notes[k % len(notes)] % tid)
            if r.rng.random() < 0.3:
                r.call(e["tool"], {e["key"]: tid}, {}, raw=first)
            else:
                read_ent(r, target)


def loop_paraphrased_repeat(r: Row, shape: int) -> None:
    s = r.dom["search"]
    if shape == 0:
        opening(r, s["req"])
        warmup(r, 1, rel=s)
        qs = s["loop"][:]
        r.rng.shuffle(qs)
        n = r.rng.randint(4, 5)
        for k, q in enumerate(qs[:n]):
            r.call(s["tool"], {"query": q}, {"total": len(s["hits"]), "hits": s["hits"]})
            if k in (1, 3):
                r.say(
                    pick(
                        r,
                        [
                            "Same three results. Let me word the search differently.",
                            "Nothing new there; trying another phrasing.",
                            "Those are the ones I already saw. Rephrasing.",
                        ],
                    )
                )
        r.say("Let me try one more phrasing of the search.")
    else:
        p = r.dom["para"]
        opening(r, p["req"])
        warmup(r, 3, rel=p)
        lines = p["lines"][:]
        first = lines.pop(0)
        r.rng.shuffle(lines)
        for text in [first, *lines[: r.rng.randint(4, 5)]]:
            r.say(text)


def loop_ab_oscillation(r: Row, shape: int) -> None:
    if shape == 0:
        f = r.dom["flip"]
        opening(r, f["req"])
        warmup(r, 2, rel=f)
        sets = r.rng.randint(5, 6)
        for k in range(sets):
            new, old = (f["a"], f["b"]) if k % 2 == 0 else (f["b"], f["a"])
            args = dict(f["args"])
            args[f["field"]] = new
            r.call(f["tool"], args, {f["field"]: new, "previous": old, "saved": True})
            r.say(f["why_a"] if k % 2 == 0 else f["why_b"])
    else:
        p = r.dom["pair"]
        opening(r, p["req"])
        warmup(r, 1, rel=p)
        n = r.rng.randint(3, 4)
        for k in range(n):
            for side in ("a", "b"):
                tool, args, payload = p[side]
                r.call(tool, args, payload)
            if k == 1:
                r.say(p["note"])


def loop_failing_call_repeat(r: Row, shape: int) -> None:
    f = r.dom["fail"]
    opening(r, f["req"])
    if shape == 0:
        warmup(r, 2, rel=f)
        for _ in range(r.rng.randint(4, 6)):
            r.call(f["tool"], f["args"], f["err"], error=True)
        r.say("Trying that again.")
    else:
        warmup(r, 1, rel=f)
        n = r.rng.randint(4, 5)
        for k in range(n):
            r.call(f["tool"], f["args"], f["err"], error=True)
            if k < n - 1:
                if r.rng.random() < 0.5:
                    r.wait(r.rng.choice([10, 30, 60]))
                else:
                    r.say(
                        pick(
                            r,
                            [
                                "That failed; retrying the same request.",
                                "Retrying in case it was a blip.",
                                "Let me submit it again.",
                            ],
                        )
                    )


def loop_monologue(r: Row, shape: int) -> None:
    m = r.dom["mono"]
    opening(r, m["req"])
    warmup(r, r.rng.randint(2, 3), rel=m)
    reps = r.rng.randint(5, 7)
    for k in range(reps):
        if shape == 0:
            r.say(m["text"])
        else:
            text = m["text"] if k % 2 == 0 else m["text"].replace(". ", ".  ") + " "
            r.say("[%s] %s" % (r.hhmm(), text))


def loop_interleaved_repeat(r: Row, shape: int) -> None:
    e = r.dom["ents"]
    idx = r.rng.sample(range(len(e["items"])), 4)
    a, b, c, w = idx
    opening(r, e["ask2"] % (e["items"][a][0], e["items"][b][0]))
    read_ent(r, w)
    cache: dict[int, str] = {}
    if shape == 0:
        order = [a, b, a, c, a, b, a, c, a][: r.rng.randint(8, 9)]
        for k, i in enumerate(order):
            read_ent(r, i, cache)
            if k == 4:
                r.say("Nothing has moved. Going back over them.")
    else:
        names = (e["items"][a][0], e["items"][b][0])
        for _ in range(r.rng.randint(3, 4)):
            read_ent(r, a, cache)
            r.say(
                pick(
                    r,
                    [
                        "Now cross-checking %s against %s.",
                        "Comparing %s with %s again.",
                        "Checking %s and %s once more.",
                    ],
                )
                % names
            )
            read_ent(r, b, cache)


def loop_reordered_args_repeat(r: Row, shape: int) -> None:
    m = r.dom["multi"]
    opening(r, m["req"])
    warmup(r, r.rng.randint(1, 2), rel=m)
    n = r.rng.randint(4, 5)
    seen: list[list[str]] = []
    for k in range(n):
        ids = m["ids"][:]
        while ids in seen and len(seen) < 6:
            r.rng.shuffle(ids)
        seen.append(ids)
        items: list[tuple[str, Any]] = [(m["key"], ids), *m["extra"].items()]
        if shape == 1:
            r.rng.shuffle(items)
        r.call(m["tool"], dict(items), m["payload"])
        if k in (1, 3) and k < n - 1:
            r.say(pick(r, m["notes"]))
    r.say(m["notes"][-1])


def loop_clarifying_question_repeat(r: Row, shape: int) -> None:
    c = r.dom["clar"]
    qs = c["qs"]

    def q(k: int) -> str:
        return qs[0] if shape == 0 else qs[k % len(qs)]

    r.say(q(0), user=c["task"])
    r.say(
        pick(r, ["Thanks. Pulling the records now.", "Got it, thank you. Checking the records."]),
        user=c["a"],
    )
    r.call(*c["followups"][0][3])
    r.call(*c["act_read"])
    r.say(q(1))
    r.say("Understood, sorry. Let me carry on.", user=c["a2"])
    warmup(r, 1, rel=c)
    r.say(q(2))
    if r.rng.random() < 0.5:
        r.say(q(3), user=c["a3"])
    else:
        r.say("Noted.", user=c["a3"])
        r.call(*c["act_read"])
        r.say(q(3))


def loop_cosmetic_arg_retry(r: Row, shape: int) -> None:
    c = r.dom["cosm"]
    opening(r, c["req"])
    variants = c["variants"][:]
    n = r.rng.randint(4, 5)
    if shape == 0:
        warmup(r, 2, rel=c)
        for v in variants[:n]:
            args = dict(c["args"])
            args[c["key"]] = v
            r.call(c["tool"], args, c["err"], error=True)
        r.say("Maybe it wants yet another format. Trying again.")
    else:
        warmup(r, 1, rel=c)
        for k, v in enumerate(variants[:n]):
            if k:
                r.say(
                    pick(
                        r,
                        [
                            "Perhaps the format is the problem. Trying %r.",
                            "Let me write it as %r instead.",
                            "Retrying with %r.",
                        ],
                    )
                    % v
                )
            args = dict(c["args"])
            args[c["key"]] = v
            r.call(c["tool"], args, c["err"], error=True)


def loop_roundtrip_recheck(r: Row, shape: int) -> None:
    c = r.dom["conv"]
    opening(r, c["req"])
    ft, fa, fp = c["fwd"]
    bt, ba, bp = c["back"]
    if shape == 0:
        warmup(r, 1, rel=c)
        for k in range(3):
            r.call(ft, fa, fp)
            if k == 0:
                r.say(c["note_fwd"])
            r.call(bt, ba, bp)
            r.say(
                c["note_back"]
                if k < 2
                else pick(
                    r,
                    [
                        "Still consistent. Converting forward once more before I enter it.",
                        "Round trip checks out again; I'll re-run the forward conversion to be certain.",
                    ],
                )
            )
    else:
        warmup(r, 2, rel=c)
        for _ in range(r.rng.randint(3, 4)):
            r.call(ft, fa, fp)
            r.call(bt, ba, bp)
        r.say(c["note_back"])


def loop_declined_offer_resent(r: Row, shape: int) -> None:
    o = r.dom["offer"]
    opening(r, o["req"])
    if shape == 0:
        warmup(r, r.rng.randint(1, 2), rel=o)
        n = r.rng.randint(3, 4)
        for k in range(n):
            r.call(o["tool"], o["args"], o["decline"])
            if k < n - 1:
                r.say(o["notes"][k % len(o["notes"])])
        r.say(o["notes"][-1])
    else:
        warmup(r, 2, rel=o)
        r.say(o["pitch"][0])
        n = r.rng.randint(3, 4)
        for k in range(n):
            r.say(o["pitch"][(k + 1) % len(o["pitch"])], user=o["decline"]["message"])
            if k == 1:
                warmup(r, 1)


FILLERS = [
    "I'm still confirming %s.",
    "I'll confirm %s shortly.",
    "Once %s is confirmed I can close this out.",
    "Nothing further on %s yet.",
    "%s is the one open item.",
    "I'm keeping an eye on %s.",
]


def loop_recap_snowball(r: Row, shape: int) -> None:
    c = r.dom["recap"]
    opening(r, c["req"])
    warmup(r, 3 if shape == 0 else 2, rel=c)
    fill = FILLERS[:]
    r.rng.shuffle(fill)
    said: list[str] = list(c["facts"])
    n = r.rng.randint(5, 6)
    for k in range(n):
        filler = fill[k % len(fill)] % c["pending"]
        said.append(filler[0].upper() + filler[1:])
        nudge = None
        if shape == 1 and k % 2 == 1:
            nudge = (
                pick(r, ["Any news on %s?", "Where are we with %s?", "Is %s sorted yet?"])
                % c["pending"]
            )
        r.say("%s %s" % ("Update:" if k == 0 else "To recap:", " ".join(said)), user=nudge)
        if shape == 1 and k == 2:
            r.call(*c["pending_read"])


def loop_ack_ping_pong(r: Row, shape: int) -> None:
    p = r.dom["peer"]
    theirs, mine = p["theirs"], p["mine"]
    opening(r, p["req"])
    warmup(r, 1, rel=p)
    n = r.rng.randint(5, 7)
    if shape == 0:
        r.call(*p["handoff"])
        for k in range(n):
            r.say(mine[k % len(mine)], user="[%s] %s" % (p["name"], theirs[k % len(theirs)]))
    else:
        # The messaging tool hands back the other agent's reply to each message sent.
        tool, args, payload = p["handoff"]
        r.call(tool, args, dict(payload, reply_from=p["name"], reply=theirs[0]))
        for k in range(n - 1):
            reply = {
                "delivered": True,
                "reply_from": p["name"],
                "reply": theirs[(k + 1) % len(theirs)],
            }
            r.call("send_message", {"to": p["name"], "body": mine[k % len(mine)]}, reply)
            if k == 2:
                r.say("They've acknowledged again; replying so they know we saw it.")


# ------------------------------------------------------------ progress kinds


def prog_paging_results(r: Row, shape: int) -> None:
    p = r.dom["pages"]
    opening(r, p["req"])
    warmup(r, 1, rel=p)
    rows = p["rows"]
    size = r.rng.randint(3, 4)
    chunks = [rows[i : i + size] for i in range(0, len(rows), size)]
    cursor: str | None = None
    for k, chunk in enumerate(chunks):
        args = dict(p["args"])
        last = k == len(chunks) - 1
        if shape == 0:
            if cursor:
                args["cursor"] = cursor
            cursor = None if last else "c%d_%06x" % (k + 1, r.rng.getrandbits(24))
            r.call(p["tool"], args, {"items": chunk, "next_cursor": cursor})
        else:
            args["page"] = k + 1
            args["per_page"] = size
            r.call(
                p["tool"],
                args,
                {"items": chunk, "page": k + 1, "total_pages": len(chunks), "total": len(rows)},
            )
        if k == 1 and len(chunks) > 2:
            r.say(
                "%d of %d read so far; carrying on to the next page." % ((k + 1) * size, len(rows))
            )
    flagged = [row[p["idkey"]] for row in rows if p["flag"](row)]
    r.say(p["done"] % (len(rows), len(flagged), ", ".join(flagged)))


def prog_corrected_retry(r: Row, shape: int) -> None:
    f = r.dom["fix"]
    opening(r, f["req"])
    attempts = f["attempts"] if shape == 1 else f["attempts"][-1:]
    warmup(r, 2 if shape == 0 else 1, rel=f)
    for args, err, note in attempts:
        r.call(f["tool"], args, err, error=True)
        r.say(note)
    args, payload, note = f["ok"]
    r.call(f["tool"], args, payload)
    for call in f["after"]:
        r.call(*call)
    r.say(note)


def prog_summarise_documents(r: Row, shape: int) -> None:
    d = r.dom["docs"]
    opening(r, d["req"])
    items = d["items"]
    if shape == 0:
        for ident, title, body, summary in items:
            r.call(d["tool"], {d["key"]: ident}, {"id": ident, "title": title, "text": body})
            r.say(summary)
    else:
        for pair in (items[:2], items[2:]):
            for ident, title, body, _ in pair:
                r.call(d["tool"], {d["key"]: ident}, {"id": ident, "title": title, "text": body})
            r.say(" ".join("%s: %s" % (ident, summary) for ident, _, _, summary in pair))
    r.say(d["overall"])


def prog_polling_advances(r: Row, shape: int) -> None:
    p = r.dom["poll"]
    opening(r, p["req"])
    warmup(r, 1, rel=p)
    stages = p["stages"]
    for k, st in enumerate(stages):
        r.call(p["tool"], {p["key"]: p["id"]}, st)
        if k == len(stages) - 1:
            break
        if shape == 0:
            r.wait(r.rng.choice([60, 120, 180, 300]))
        else:
            r.say(
                pick(
                    r,
                    [
                        "Now at '%s'. Checking again in a few minutes.",
                        "Moved on to '%s'; I'll look again shortly.",
                        "Status is '%s' now, progressing.",
                    ],
                )
                % st[p["field"]]
            )
    r.call(*p["act"])
    r.say(p["done"])


def prog_batch_items(r: Row, shape: int) -> None:
    b = r.dom["batch"]
    opening(r, b["req"])
    warmup(r, 1, rel=b)
    items = b["items"]
    for k, (ident, extra, payload, _) in enumerate(items):
        args = {b["key"]: ident}
        args.update(extra)
        r.call(b["tool"], args, payload)
        if shape == 1 and k in (1, 3) and k < len(items) - 1:
            r.say("%d of %d done." % (k + 1, len(items)))
    r.say(b["done"])


def prog_flaky_retry_passes(r: Row, shape: int) -> None:
    f = r.dom["flaky"]
    opening(r, f["req"])
    warmup(r, 2 if shape == 0 else 1, rel=f)
    errs = f["errs"][:1] if shape == 0 else f["errs"]
    for k, err in enumerate(errs):
        r.call(f["tool"], f["args"], err, error=True)
        if shape == 0:
            r.say("That looks like a transient fault on their side; retrying once.")
        else:
            r.wait(5 * (k + 1) * 3)
    r.call(f["tool"], f["args"], f["ok"])
    for call in f["then"]:
        r.call(*call)
    r.say(f["done"])


def prog_compare_sources(r: Row, shape: int) -> None:
    c = r.dom["cmp"]
    opening(r, c["req"])
    for k, (ident, pa, pb) in enumerate(c["recs"]):
        r.call(c["a_tool"], {c["key"]: ident}, pa)
        r.call(c["b_tool"], {c["key"]: ident}, pb)
        if shape == 1 and k == 1:
            r.say("Two records compared. Moving on to the rest.")
    r.say(c["finding"])
    r.call(*c["fix"])
    r.say(c["done"])


def prog_followup_questions_answered(r: Row, shape: int) -> None:
    c = r.dom["clar"]
    fu = c["followups"]
    if shape == 0:
        r.say(fu[0][0], user=c["task"])
        for k, (_, answer, ack, call) in enumerate(fu):
            r.say(ack, user=answer)
            r.call(*call)
            if k + 1 < len(fu):
                r.say(fu[k + 1][0])
    else:
        r.say(fu[0][0] + " " + fu[1][0], user=c["task"])
        r.say("Thanks, both noted. Checking and holding it now.", user=fu[0][1] + " " + fu[1][1])
        r.call(*fu[0][3])
        r.call(*fu[1][3])
        r.say(fu[2][0])
        r.say(fu[2][2], user=fu[2][1])
        r.call(*fu[2][3])
        warmup(r, 1, rel=c)
    r.call(*c["final"])
    r.say(c["done"])


def prog_conversions_for_form(r: Row, shape: int) -> None:
    f = r.dom["conv"]["form"]
    opening(r, f["req"])
    warmup(r, 1, rel=f)
    for k, call in enumerate(f["calls"]):
        r.call(*call)
        if shape == 1 and k == 1:
            r.say("Two of the figures are converted; doing the rest.")
    r.call(*f["submit"])
    if shape == 1:
        r.call(*f["readback"])
    r.say(f["done"])


def prog_negotiation_converges(r: Row, shape: int) -> None:
    o = r.dom["offer"]
    opening(r, o["req"])
    warmup(r, 1, rel=o)
    steps = o["converge"]
    if shape == 0:
        for args, reply, note in steps:
            r.call(o["tool"], args, reply)
            r.say(note)
    else:
        r.say(o["pitch"][0])
        for k, (_, reply, note) in enumerate(steps):
            r.say(note, user=reply["message"])
            if k == 0:
                warmup(r, 1)
    r.call(*o["confirm"])
    r.say(o["done"])


def prog_cumulative_status_updates(r: Row, shape: int) -> None:
    b = r.dom["batch"]
    opening(r, b["req"])
    done: list[str] = []
    items = b["items"]
    for k, (ident, extra, payload, outcome) in enumerate(items):
        args = {b["key"]: ident}
        args.update(extra)
        r.call(b["tool"], args, payload)
        done.append(outcome)
        if k % 2 == 1 or k == len(items) - 1:
            rest = len(items) - len(done)
            text = "Progress: %s. %s" % (
                "; ".join(done),
                "%d to go." % rest if rest else "All done.",
            )
            user = None
            if shape == 1 and k % 4 == 3:
                user = pick(
                    r, ["How far along are you?", "Quick update please?", "Where are we up to?"]
                )
            r.say(text, user=user)


def prog_agent_exchange_converges(r: Row, shape: int) -> None:
    p = r.dom["peer"]
    opening(r, p["req"])
    r.call(*p["handoff"])
    for theirs, mine, call in p["exchange"]:
        if shape == 0:
            if call is not None:
                r.say(
                    pick(r, ["Let me check that.", "Looking that up.", "Checking."]),
                    user="[%s] %s" % (p["name"], theirs),
                )
                r.call(*call)
                r.say(mine)
            else:
                r.say(mine, user="[%s] %s" % (p["name"], theirs))
        else:
            r.call(
                "read_inbox",
                {"from": p["name"]},
                {"messages": [{"from": p["name"], "body": theirs}]},
            )
            if call is not None:
                r.call(*call)
            r.call("send_message", {"to": p["name"], "body": mine}, {"delivered": True})
    r.say(p["done"])


def prog_search_refinement(r: Row, shape: int) -> None:
    s = r.dom["search"]
    opening(r, s["req2"])
    warmup(r, 2 if shape == 0 else 1, rel=s)
    for k, (args, total, hits) in enumerate(s["refine"]):
        r.call(s["tool"], args, {"total": total, "hits": hits})
        if shape == 1 and k < len(s["refine"]) - 1:
            first = [
                "%d hits; too broad. Narrowing.",
                "%d results, far more than I need. Refining.",
            ]
            later = [
                "Down to %d; one more filter should pin it down.",
                "%d left; narrowing once more.",
            ]
            r.say(pick(r, first if k == 0 else later) % total)
    r.call(*s["pick"])
    r.say(s["done"])


LOOP_KINDS = [
    ("exact_repeat", loop_exact_repeat),
    ("paraphrased_repeat", loop_paraphrased_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_call_repeat", loop_failing_call_repeat),
    ("monologue", loop_monologue),
    ("interleaved_repeat", loop_interleaved_repeat),
    ("reordered_args_repeat", loop_reordered_args_repeat),
    ("clarifying_question_repeat", loop_clarifying_question_repeat),
    ("cosmetic_arg_retry", loop_cosmetic_arg_retry),
    ("roundtrip_recheck", loop_roundtrip_recheck),
    ("declined_offer_resent", loop_declined_offer_resent),
    ("recap_snowball", loop_recap_snowball),
    ("ack_ping_pong", loop_ack_ping_pong),
]
PROGRESS_KINDS = [
    ("paging_results", prog_paging_results),
    ("corrected_retry", prog_corrected_retry),
    ("summarise_documents", prog_summarise_documents),
    ("polling_advances", prog_polling_advances),
    ("batch_items", prog_batch_items),
    ("flaky_retry_passes", prog_flaky_retry_passes),
    ("compare_sources", prog_compare_sources),
    ("followup_questions_answered", prog_followup_questions_answered),
    ("conversions_for_form", prog_conversions_for_form),
    ("negotiation_converges", prog_negotiation_converges),
    ("cumulative_status_updates", prog_cumulative_status_updates),
    ("agent_exchange_converges", prog_agent_exchange_converges),
    ("search_refinement", prog_search_refinement),
]


# ------------------------------------------------------------------ domains


def _finishers(rows: list[tuple[str, str, str, str | None]]) -> list[dict[str, Any]]:
    return [
        {"pos": k + 1, "sail_no": s, "boat": b, "elapsed": e, "code": c}
        for k, (s, b, e, c) in enumerate(rows)
    ]


REGATTA: dict[str, Any] = {
    "day": "2026-11-28",
    "name": "regatta_race_committee",
    "rid": "rc-",
    "meta": ("request_id", "latency_ms", "served_at"),
    "ents": {
        "tool": "get_entry",
        "key": "sail_no",
        "ask": "Before Sunday's start, can you check entry %s? Is it paid and measured?",
        "ask2": "Is there anything stopping %s or %s from starting race 5?",
        "items": [
            (
                "GBR 2417",
                {
                    "sail_no": "GBR 2417",
                    "boat": "Wildcat",
                    "class": "ILCA 7",
                    "helm": "J. Arkwright",
                    "py": 1100,
                    "fee_paid": True,
                    "measured": True,
                },
            ),
            (
                "GBR 3108",
                {
                    "sail_no": "GBR 3108",
                    "boat": "Karma",
                    "class": "RS200",
                    "helm": "P. Osei",
                    "py": 1047,
                    "fee_paid": False,
                    "measured": True,
                },
            ),
            (
                "GBR 1993",
                {
                    "sail_no": "GBR 1993",
                    "boat": "Windfall",
                    "class": "Solo",
                    "helm": "M. Greaves",
                    "py": 1142,
                    "fee_paid": True,
                    "measured": True,
                },
            ),
            (
                "GBR 2750",
                {
                    "sail_no": "GBR 2750",
                    "boat": "Blue Note",
                    "class": "Merlin Rocket",
                    "helm": "A. Fenn",
                    "py": 980,
                    "fee_paid": True,
                    "measured": False,
                },
            ),
            (
                "GBR 4412",
                {
                    "sail_no": "GBR 4412",
                    "boat": "Tern",
                    "class": "RS Aero 7",
                    "helm": "S. Devlin",
                    "py": 1065,
                    "fee_paid": True,
                    "measured": True,
                },
            ),
            (
                "GBR 511",
                {
                    "sail_no": "GBR 511",
                    "boat": "Old Faithful",
                    "class": "Albacore",
                    "helm": "R. & K. Hume",
                    "py": 1037,
                    "fee_paid": True,
                    "measured": True,
                },
            ),
        ],
    },
    "search": {
        "rel": ["GBR 1993", "GBR 3108"],
        "tool": "search_protests",
        "req": "Was there a decision on the Windfall/Karma incident at mark 2 in race 4? I need it before results go out.",
        "loop": [
            "Windfall Karma mark 2 incident",
            "protest at the windward mark between Windfall and Karma",
            "collision Karma Windfall race 4 mark two",
            "Karma v Windfall rounding mark 2 decision",
            "mark 2 contact GBR 1993 GBR 3108 hearing outcome",
        ],
        "hits": [
            "P-07 Windfall v Karma, mark 2 rounding, R4 (awaiting hearing)",
            "P-05 Karma v Tern, start line, R3 (dismissed)",
            "P-02 Windfall v Old Faithful, leeward gate, R1 (Old Faithful DSQ)",
        ],
        "req2": "Find the decision on Blue Note's redress request after the committee boat dragged its anchor.",
        "refine": [
            (
                {"query": "redress"},
                41,
                [
                    "P-11/2025 Kestrel redress, R6",
                    "P-04 Blue Note redress, R2",
                    "P-19/2024 Swift redress, R9",
                ],
            ),
            (
                {"query": "redress", "series": "Winter Series 2026"},
                6,
                ["P-04 Blue Note redress, R2", "P-06 Tern redress, R3", "P-08 Wildcat redress, R4"],
            ),
            (
                {"query": "redress committee boat anchor", "series": "Winter Series 2026"},
                1,
                [
                    "P-04 Blue Note redress, R2: start line moved when committee boat dragged (decided)"
                ],
            ),
        ],
        "pick": (
            "get_protest",
            {"protest_id": "P-04"},
            {
                "id": "P-04",
                "type": "redress",
                "decision": "Redress granted: Blue Note scored average points of races 1, 3 and 4 for race 2 (RRS A9(a))",
                "status": "decided",
            },
        ),
        "done": "P-04 granted Blue Note redress for race 2: average points of races 1, 3 and 4 under RRS A9(a). The scorer needs to apply it before the series table goes out.",
    },
    "para": {
        "rel": ["GBR 1993", "GBR 3108"],
        "req": "Has race 4 been scored yet? Sailors are asking on the club chat.",
        "lines": [
            "Race 4 can't be finalised yet: protest P-07 between Windfall and Karma is still waiting for a hearing, and its outcome could change places 3 to 6. I'll score it once the committee rules.",
            "I'm holding race 4 back because the Windfall v Karma protest (P-07) hasn't been heard; the decision may move boats between 3rd and 6th. Scoring will follow the hearing.",
            "Until the committee hears P-07 (Windfall against Karma) I can't publish race 4, since places three through six depend on it. I'll do it after the ruling.",
            "Race 4 is on hold pending the P-07 hearing; the Windfall and Karma result could reshuffle 3rd to 6th. Once it's decided I'll score the race.",
            "The P-07 hearing still hasn't happened, so race 4 stays provisional: the ruling could reorder positions 3 to 6. I'll finalise after that.",
            "To restate: race 4 waits on the Windfall/Karma protest P-07 because it affects 3rd to 6th. Scoring comes after the hearing.",
        ],
    },
    "flip": {
        "req": "Set the course axis for race 5 from this afternoon's wind.",
        "tool": "set_course",
        "args": {"race": "R5", "course": "windward-leeward 2 laps"},
        "field": "axis_deg",
        "a": 220,
        "b": 235,
        "why_a": "The committee boat anemometer averages 222 degrees, so I've set the axis to 220.",
        "why_b": "The mark layer radioed 235 degrees from the top mark, so 235 is better. Changed it.",
    },
    "pair": {
        "req": "Which wind reading should we trust for setting race 5, the committee boat's or the mark boat's?",
        "a": (
            "get_wind_reading",
            {"station": "committee_boat"},
            {
                "station": "committee_boat",
                "dir_deg": 222,
                "speed_kn": 14.2,
                "window_min": 10,
                "window_end": "13:50",
            },
        ),
        "b": (
            "get_wind_reading",
            {"station": "mark_boat"},
            {
                "station": "mark_boat",
                "dir_deg": 235,
                "speed_kn": 12.8,
                "window_min": 10,
                "window_end": "13:50",
            },
        ),
        "note": "They still disagree by 13 degrees. Reading both stations again.",
    },
    "fail": {
        "req": "Publish the race 4 results to the Winter Series page.",
        "tool": "publish_results",
        "args": {"series": "Winter Series 2026", "race": "R4"},
        "err": "403 series_locked: 'Winter Series 2026' was closed by the sailing secretary on 2026-11-25 and accepts no new results; reopen it under Series Settings first",
    },
    "mono": {
        "req": "Keep the fleet posted on the club channel while we wait to start race 5.",
        "text": "Race 5 is postponed with AP flying while the wind settles. Next update when the committee lowers AP.",
    },
    "multi": {
        "rel": ["GBR 2750", "GBR 511"],
        "req": "Pull the PY numbers for the five boats in the Merlin/Albacore split so I can check the spread.",
        "tool": "get_handicaps",
        "key": "sail_nos",
        "ids": ["GBR 2750", "GBR 511", "GBR 3731", "GBR 3655", "GBR 806"],
        "extra": {"scheme": "RYA PY 2026", "include_personal": False},
        "payload": {
            "scheme": "RYA PY 2026",
            "handicaps": [
                {"sail_no": "GBR 2750", "class": "Merlin Rocket", "py": 980},
                {"sail_no": "GBR 3655", "class": "Merlin Rocket", "py": 980},
                {"sail_no": "GBR 3731", "class": "Merlin Rocket", "py": 980},
                {"sail_no": "GBR 511", "class": "Albacore", "py": 1037},
                {"sail_no": "GBR 806", "class": "Albacore", "py": 1037},
            ],
        },
        "notes": [
            "Same five numbers. Let me ask for them again in a different order in case it was cached.",
            "Still 980 and 1037. Querying again to confirm.",
            "Handicaps unchanged. Pulling them once more before I work out the spread.",
        ],
    },
    "clar": {
        "rel": ["GBR 4412", "GBR 3108"],
        "task": "Score race 3 for the Winter Series, please.",
        "qs": [
            "Before I score race 3: should boats that didn't finish get points for entries plus one, or starters plus one?",
            "Quick check before scoring: DNF boats, entries+1 or starters+1?",
            "Just to confirm the scoring rule: do DNFs score the number of entries plus one, or starters plus one?",
            "Sorry, one more check on race 3: for a DNF is it entries+1 or starters+1?",
        ],
        "a": "Entries plus one, sailing instructions 11.3.",
        "a2": "I told you already: entries plus one, SI 11.3.",
        "a3": "ENTRIES plus one. It's in SI 11.3. Please just score it.",
        "act_read": (
            "get_sailing_instructions",
            {"section": "11.3"},
            {
                "section": "11.3",
                "text": "A boat that did not finish shall score points for the finishing place one more than the number of boats entered in the series.",
            },
        ),
        "followups": [
            (
                "Before I score race 3: should boats that didn't finish get points for entries plus one, or starters plus one?",
                "Entries plus one, SI 11.3.",
                "Thanks, entries+1 it is. Pulling the finish sheet.",
                (
                    "get_finish_sheet",
                    {"race": "R3"},
                    {"race": "R3", "finishers": 19, "dnf": ["GBR 4412"], "ocs": ["GBR 3108"]},
                ),
            ),
            (
                "Karma (GBR 3108) was OCS and never came back. Score that as entries+1 too, or a different penalty?",
                "Same as DNF, entries plus one.",
                "Understood, OCS on entries+1.",
                (
                    "set_score_code",
                    {"race": "R3", "sail_no": "GBR 3108", "code": "OCS"},
                    {"race": "R3", "sail_no": "GBR 3108", "code": "OCS", "points": 24},
                ),
            ),
            (
                "Last one: does race 3 bring in the first discard, or does that start later?",
                "Discard starts after 4 races, so not yet.",
                "Right, no discard yet.",
                (
                    "set_series_options",
                    {"series": "Winter Series 2026", "discard_after": 4},
                    {"discard_after": 4, "races_sailed": 3, "discards_applied": 0},
                ),
            ),
        ],
        "final": (
            "score_race",
            {"race": "R3", "dnf_rule": "entries+1"},
            {"race": "R3", "scored": 23, "dnf": 1, "ocs": 1, "status": "provisional"},
        ),
        "done": "Race 3 is scored: 23 boats, Tern DNF and Karma OCS both on 24 points, no discard yet. Provisional results are on the noticeboard.",
    },
    "cosm": {
        "rel": ["GBR 2750"],
        "req": "Check whether Blue Note's IRC certificate covers Sunday's race.",
        "tool": "get_irc_certificate",
        "args": {"valid_on": "2026-11-29"},
        "key": "sail_no",
        "variants": ["GBR 2750", "GBR2750", "gbr 2750", "GBR-2750", " GBR 2750 "],
        "err": "404 no_valid_certificate: no IRC certificate valid on 2026-11-29 for GBR 2750 (last certificate 26-0931 expired 2026-03-31); the owner must renew with the rating office",
    },
    "conv": {
        "req": "The class report form wants the race 5 wind in m/s. Can you convert the committee boat mean and fill it in?",
        "fwd": (
            "convert_units",
            {"value": 14.2, "from": "kn", "to": "m/s"},
            {"value": 7.31, "unit": "m/s"},
        ),
        "back": (
            "convert_units",
            {"value": 7.31, "from": "m/s", "to": "kn"},
            {"value": 14.21, "unit": "kn"},
        ),
        "note_fwd": "14.2 knots is 7.31 m/s. Converting back to check.",
        "note_back": "Back to 14.2 knots, so 7.31 m/s looks right. Let me run the forward conversion again to be sure.",
        "form": {
            "req": "Fill in the race 5 report for the class association: wind in m/s, course legs in km.",
            "calls": [
                (
                    "convert_units",
                    {"value": 14.2, "from": "kn", "to": "m/s"},
                    {"value": 7.31, "unit": "m/s"},
                ),
                (
                    "convert_units",
                    {"value": 18.5, "from": "kn", "to": "m/s"},
                    {"value": 9.52, "unit": "m/s"},
                ),
                (
                    "convert_units",
                    {"value": 1.2, "from": "nmi", "to": "km"},
                    {"value": 2.22, "unit": "km"},
                ),
                (
                    "convert_units",
                    {"value": 0.8, "from": "nmi", "to": "km"},
                    {"value": 1.48, "unit": "km"},
                ),
            ],
            "submit": (
                "submit_race_report",
                {
                    "race": "R5",
                    "wind_mean_ms": 7.31,
                    "wind_gust_ms": 9.52,
                    "beat_km": 2.22,
                    "reach_km": 1.48,
                },
                {"report_id": "RR-2026-0519", "status": "submitted"},
            ),
            "readback": (
                "get_race_report",
                {"report_id": "RR-2026-0519"},
                {
                    "report_id": "RR-2026-0519",
                    "wind_mean_ms": 7.31,
                    "wind_gust_ms": 9.52,
                    "beat_km": 2.22,
                    "reach_km": 1.48,
                    "status": "submitted",
                },
            ),
            "done": "Report RR-2026-0519 is in: mean wind 7.31 m/s, gusts 9.52 m/s, beat 2.22 km, reach 1.48 km.",
        },
    },
    "offer": {
        "req": "Book visitor berths at Ferry Point Marina for the 22 boats coming to the open meeting, Friday and Saturday nights.",
        "tool": "request_berths",
        "args": {
            "marina": "Ferry Point",
            "nights": ["2026-12-04", "2026-12-05"],
            "berths": 22,
            "max_loa_m": 7.5,
        },
        "decline": {
            "status": "declined",
            "message": "We can't hold 22 berths that weekend: pontoon C is closed for refurbishment, so 15 is our maximum. We could put dinghies in the slipway pens.",
            "quote_ref": "FPM-Q-4471",
        },
        "notes": [
            "They declined. I'll send the request again.",
            "Resubmitting the 22-berth request in case someone else picks it up.",
            "Sending the booking request once more.",
            "Still declined. Trying the same request again.",
        ],
        "pitch": [
            "Hello Ferry Point, we'd like 22 visitor berths for the open meeting on 4 and 5 December, boats up to 7.5 m.",
            "Thanks. Could you look again at 22 berths for the 4th and 5th? It's for the open meeting.",
            "Understood about pontoon C. We do need 22 berths for the two nights, all boats under 7.5 m.",
            "Could we confirm 22 berths for Friday and Saturday? That's how many boats have entered.",
        ],
        "converge": [
            (
                {
                    "marina": "Ferry Point",
                    "nights": ["2026-12-04", "2026-12-05"],
                    "berths": 22,
                    "max_loa_m": 7.5,
                },
                {
                    "status": "declined",
                    "message": "We can't hold 22 berths that weekend: pontoon C is closed for refurbishment, so 15 is our maximum. We could put dinghies in the slipway pens.",
                    "quote_ref": "FPM-Q-4471",
                },
                "15 is their ceiling with pontoon C shut. I'll ask for 15 berths plus slipway pens for the 7 dinghies.",
            ),
            (
                {
                    "marina": "Ferry Point",
                    "nights": ["2026-12-04", "2026-12-05"],
                    "berths": 15,
                    "max_loa_m": 7.5,
                    "slipway_pens": 7,
                },
                {
                    "status": "counter",
                    "message": "15 berths both nights is fine. The slipway pens are taken Friday by the rowing club; Saturday only.",
                    "quote_ref": "FPM-Q-4472",
                },
                "Pens are free on Saturday only. Asking for 15 berths both nights and the 7 pens on Saturday; the dinghies can use our own park on Friday.",
            ),
            (
                {
                    "marina": "Ferry Point",
                    "nights": ["2026-12-04", "2026-12-05"],
                    "berths": 15,
                    "max_loa_m": 7.5,
                    "slipway_pens": 7,
                    "pens_nights": ["2026-12-05"],
                },
                {
                    "status": "accepted",
                    "message": "Confirmed: 15 berths Friday and Saturday, 7 slipway pens Saturday. Invoice to follow.",
                    "quote_ref": "FPM-Q-4473",
                },
                "Accepted: 15 berths both nights and 7 pens on Saturday.",
            ),
        ],
        "confirm": (
            "reserve_dinghy_park",
            {"date": "2026-12-04", "spaces": 7},
            {"reserved": 7, "location": "club dinghy park, rows F-G"},
        ),
        "done": "All 22 boats are covered: 15 marina berths both nights, and the 7 dinghies in our park on Friday and the marina pens on Saturday.",
    },
    "recap": {
        "rel": ["GBR 2417", "GBR 4412", "GBR 2750"],
        "req": "Give me the state of play on the race 4 results.",
        "facts": [
            "23 boats started race 4.",
            "Three were OCS and two retired.",
            "Provisionally Wildcat, Tern and Blue Note are the top three.",
        ],
        "pending": "the P-07 hearing",
        "pending_read": (
            "get_protest",
            {"protest_id": "P-07"},
            {"id": "P-07", "status": "awaiting hearing", "hearing_time": None},
        ),
    },
    "peer": {
        "rel": ["GBR 4412"],
        "name": "scoring-agent",
        "req": "Send the race 4 finish sheet to the scoring agent so it can build the provisional results.",
        "handoff": (
            "send_message",
            {
                "to": "scoring-agent",
                "body": "Race 4 finish sheet attached: 23 starters, 18 finishers, 3 OCS, 2 RET.",
                "attachment": "R4_finish_sheet.csv",
            },
            {"delivered": True, "message_id": "m-8812"},
        ),
        "theirs": [
            "Received the R4 finish sheet, thanks.",
            "Acknowledged your confirmation.",
            "Thanks for confirming, noted on my side.",
            "Got your acknowledgement, all good.",
            "Confirmed receipt of your note.",
            "Noted, thanks for letting me know.",
        ],
        "mine": [
            "Thanks for confirming receipt.",
            "Great, thanks for acknowledging.",
            "Noted, thank you for confirming.",
            "Thanks, acknowledged.",
            "Appreciate the confirmation.",
            "Thanks, received your note.",
        ],
        "exchange": [
            (
                "Received the R4 sheet. Two finish times are missing: GBR 4412 and GBR 806.",
                "Tern (GBR 4412) finished 14:52:10 and Maid Marion (GBR 806) 14:55:47, from the finish boat log.",
                (
                    "get_finish_log",
                    {"race": "R4", "sail_nos": ["GBR 4412", "GBR 806"]},
                    {
                        "finishes": [
                            {"sail_no": "GBR 4412", "time": "14:52:10"},
                            {"sail_no": "GBR 806", "time": "14:55:47"},
                        ]
                    },
                ),
            ),
            (
                "Times added. GBR 3108 is on the sheet as OCS and also has a finish time. Which stands?",
                "OCS stands: the recall log shows Karma never went back to restart.",
                (
                    "get_recall_log",
                    {"race": "R4"},
                    {
                        "individual_recall": True,
                        "ocs": ["GBR 3108", "GBR 1201", "GBR 977"],
                        "returned": [],
                    },
                ),
            ),
            (
                "Fixed. Provisional R4 results built: 18 scored finishers and 5 penalty codes, on the draft page.",
                "Thanks, that matches the sheet.",
                None,
            ),
        ],
        "done": "Race 4 provisional results are built on the draft page, with the two missing times filled and Karma kept as OCS.",
    },
    "pages": {
        "req": "Go through the race 6 finish list and give me every boat carrying a scoring code so I can check them against the protest sheet.",
        "tool": "list_finishers",
        "args": {"race": "R6"},
        "idkey": "sail_no",
        "flag": lambda row: row["code"] is not None,
        "rows": _finishers(
            [
                ("GBR 2417", "Wildcat", "1:02:14", None),
                ("GBR 4412", "Tern", "1:03:40", None),
                ("GBR 2750", "Blue Note", "0:58:02", None),
                ("GBR 1993", "Windfall", "1:06:31", "DPI"),
                ("GBR 511", "Old Faithful", "1:01:09", None),
                ("GBR 3655", "Firefly", "0:58:44", None),
                ("GBR 806", "Maid Marion", "1:01:55", None),
                ("GBR 3731", "Quicksilver", "0:59:30", None),
                ("GBR 1201", "Puffin", "1:08:12", "SCP"),
                ("GBR 977", "Shearwater", "1:09:03", None),
                ("GBR 3108", "Karma", "1:04:26", None),
                ("GBR 2204", "Nimbus", "1:10:40", None),
                ("GBR 618", "Gannet", "1:12:18", "RET"),
            ]
        ),
        "done": "Read all %d boats on the race 6 list; %d carry a scoring code: %s. Checking those against the protest sheet next.",
    },
    "fix": {
        "req": "Score race 5 now that the fleet is back in.",
        "tool": "score_race",
        "attempts": [
            (
                {"race": "R5", "start_time": "13:05:00"},
                "422 invalid_start_time: start_time 13:05:00 is before the warning signal logged at 13:10:00 for R5; the start is the warning signal plus 5 minutes",
                "The start is the warning signal plus five minutes, so 13:15:00, not 13:05. Correcting it.",
            ),
            (
                {"race": "R5", "start_time": "13:15:00"},
                "422 unknown_finisher: the finish list contains GBR 3371, which is not entered in Winter Series 2026; correct the sail number or enter the boat",
                "GBR 3371 isn't entered; the finish boat log has GBR 3731 (Quicksilver) at that time. Fixing the transposed digits.",
            ),
        ],
        "ok": (
            {
                "race": "R5",
                "start_time": "13:15:00",
                "sail_no_corrections": {"GBR 3371": "GBR 3731"},
            },
            {"race": "R5", "scored": 21, "status": "provisional"},
            "Race 5 is scored provisionally: 21 boats, start 13:15:00, with Quicksilver's sail number corrected from the finish boat's 3371.",
        ),
        "after": [
            (
                "get_results",
                {"race": "R5", "top": 3},
                {
                    "race": "R5",
                    "top": [
                        {"sail_no": "GBR 2750", "boat": "Blue Note"},
                        {"sail_no": "GBR 3731", "boat": "Quicksilver"},
                        {"sail_no": "GBR 2417", "boat": "Wildcat"},
                    ],
                },
            )
        ],
    },
    "docs": {
        "req": "Summarise the four protest decisions from the autumn regatta for the newsletter.",
        "tool": "get_protest_decision",
        "key": "protest_id",
        "items": [
            (
                "AR-01",
                "Kestrel v Swift, R1 windward mark",
                "Facts found: Swift, clear astern at the zone, took room at the mark. Swift broke RRS 18.2(c). Swift disqualified in race 1.",
                "Swift was disqualified from race 1 for taking room at the windward mark she wasn't entitled to.",
            ),
            (
                "AR-02",
                "Race committee v Puffin, R2 start",
                "Puffin was over the line at the start and was hailed. She did not return. Scored OCS; the protest adds no further penalty.",
                "Puffin's race 2 OCS stands; no further penalty.",
            ),
            (
                "AR-03",
                "Nimbus request for redress, R2",
                "The committee boat dragged anchor 30 m before the start, shortening the line. Nimbus's position was made significantly worse through no fault of her own. Redress: average points.",
                "Nimbus got redress in race 2 (average points) because the committee boat dragged and shortened the line.",
            ),
            (
                "AR-04",
                "Gannet v Shearwater, R3 leeward gate",
                "Conflicting evidence, no contact, no independent witness. Protest dismissed.",
                "Gannet's protest against Shearwater at the race 3 gate was dismissed for lack of evidence.",
            ),
        ],
        "overall": "Newsletter summary: four hearings at the autumn regatta. One disqualification (Swift, race 1, mark room), one OCS upheld (Puffin), one redress granted (Nimbus, race 2), and one protest dismissed (Gannet v Shearwater).",
    },
    "poll": {
        "req": "Let me know when the series scoring run finishes, then publish the standings.",
        "tool": "get_scoring_job",
        "key": "job_id",
        "id": "SC-1128-3",
        "field": "state",
        "stages": [
            {"job_id": "SC-1128-3", "state": "queued", "position": 2},
            {"job_id": "SC-1128-3", "state": "corrected_times", "races_done": 2, "races_total": 6},
            {"job_id": "SC-1128-3", "state": "corrected_times", "races_done": 5, "races_total": 6},
            {
                "job_id": "SC-1128-3",
                "state": "applying_discards",
                "races_done": 6,
                "races_total": 6,
            },
            {"job_id": "SC-1128-3", "state": "done", "standings": "winter-2026/standings-v7.html"},
        ],
        "act": (
            "publish_standings",
            {"job_id": "SC-1128-3", "page": "winter-2026"},
            {"published": True, "url": "/results/winter-2026"},
        ),
        "done": "Scoring run SC-1128-3 finished and the winter series standings are published at /results/winter-2026.",
    },
    "batch": {
        "rel": ["GBR 1993"],
        "req": "Apply the scoring codes from the race 6 recall log and protest sheet.",
        "tool": "set_score_code",
        "key": "sail_no",
        "items": [
            (
                "GBR 1201",
                {"race": "R6", "code": "OCS"},
                {"sail_no": "GBR 1201", "race": "R6", "code": "OCS", "points": 24},
                "Puffin OCS",
            ),
            (
                "GBR 977",
                {"race": "R6", "code": "OCS"},
                {"sail_no": "GBR 977", "race": "R6", "code": "OCS", "points": 24},
                "Shearwater OCS",
            ),
            (
                "GBR 618",
                {"race": "R6", "code": "RET"},
                {"sail_no": "GBR 618", "race": "R6", "code": "RET", "points": 24},
                "Gannet RET",
            ),
            (
                "GBR 1993",
                {"race": "R6", "code": "DPI", "percent": 20},
                {"sail_no": "GBR 1993", "race": "R6", "code": "DPI", "points": 7.4},
                "Windfall DPI 20%",
            ),
            (
                "GBR 2204",
                {"race": "R6", "code": "DSQ"},
                {"sail_no": "GBR 2204", "race": "R6", "code": "DSQ", "points": 24},
                "Nimbus DSQ",
            ),
        ],
        "done": "All five codes are applied for race 6 and the provisional results show them.",
    },
    "flaky": {
        "req": "Attach the committee boat wind log to the race 5 report.",
        "tool": "fetch_wind_log",
        "args": {"station": "committee_boat", "race": "R5"},
        "errs": [
            "504 gateway_timeout: the anemometer bridge on the committee boat did not answer within 10 s",
            "503 bridge_busy: the anemometer bridge is uploading its buffer; try again shortly",
        ],
        "ok": {
            "station": "committee_boat",
            "samples": 120,
            "mean_kn": 14.2,
            "max_kn": 18.5,
            "mean_dir": 224,
            "file": "wind_R5_committee_boat.csv",
        },
        "then": [
            (
                "attach_to_report",
                {"report_id": "RR-2026-0519", "file": "wind_R5_committee_boat.csv"},
                {"attached": True, "files": 2},
            )
        ],
        "done": "The wind log (120 samples, mean 14.2 kn, max 18.5 kn) is attached to report RR-2026-0519.",
    },
    "cmp": {
        "req": "Check the race 2 sign-on sheet against the finish records; someone says a boat raced without signing on.",
        "a_tool": "get_signon",
        "b_tool": "get_finish_record",
        "key": "sail_no",
        "recs": [
            (
                "GBR 2417",
                {"sail_no": "GBR 2417", "race": "R2", "signed_on": "12:41"},
                {"sail_no": "GBR 2417", "race": "R2", "finish": "14:02:51"},
            ),
            (
                "GBR 3108",
                {"sail_no": "GBR 3108", "race": "R2", "signed_on": "12:38"},
                {"sail_no": "GBR 3108", "race": "R2", "finish": "14:05:10"},
            ),
            (
                "GBR 4412",
                {"sail_no": "GBR 4412", "race": "R2", "signed_on": None},
                {"sail_no": "GBR 4412", "race": "R2", "finish": "14:03:37"},
            ),
            (
                "GBR 511",
                {"sail_no": "GBR 511", "race": "R2", "signed_on": "12:50"},
                {"sail_no": "GBR 511", "race": "R2", "finish": None, "code": "RET"},
            ),
        ],
        "finding": "Tern (GBR 4412) has a race 2 finish time but no sign-on; the other three are consistent (Old Faithful signed on and retired).",
        "fix": (
            "lodge_rc_protest",
            {"race": "R2", "sail_no": "GBR 4412", "rule": "SI 5.2 sign-on"},
            {"protest_id": "P-09", "status": "lodged"},
        ),
        "done": "Lodged race committee protest P-09 against Tern for racing without signing on (SI 5.2). Everyone else is in order.",
    },
}


def _manifest(rows: list[tuple[str, str, str, str | None]]) -> list[dict[str, Any]]:
    return [
        {"booking": b, "passenger": n, "flight_id": f, "medical_note": m} for b, n, f, m in rows
    ]


BALLOON: dict[str, Any] = {
    "day": "2026-12-05",
    "name": "hot_air_balloon_flights",
    "rid": "hb_",
    "meta": ("x_request_id", "elapsed_ms", "ts"),
    "ents": {
        "tool": "get_flight",
        "key": "flight_id",
        "ask": "Is flight %s still going ahead? Passengers keep ringing the office.",
        "ask2": "Can %s and %s both go with the crew we have this weekend?",
        "items": [
            (
                "FL-1206-AM",
                {
                    "flight_id": "FL-1206-AM",
                    "slot": "sunrise",
                    "balloon": "G-OBUD (Cameron Z-315)",
                    "pilot": "H. Marsh",
                    "pax_booked": 14,
                    "pax_capacity": 16,
                    "status": "scheduled",
                },
            ),
            (
                "FL-1206-PM",
                {
                    "flight_id": "FL-1206-PM",
                    "slot": "evening",
                    "balloon": "G-CKRS (Ultramagic N-250)",
                    "pilot": "D. Oyelaran",
                    "pax_booked": 8,
                    "pax_capacity": 10,
                    "status": "scheduled",
                },
            ),
            (
                "FL-1207-AM",
                {
                    "flight_id": "FL-1207-AM",
                    "slot": "sunrise",
                    "balloon": "G-OBUD (Cameron Z-315)",
                    "pilot": "H. Marsh",
                    "pax_booked": 16,
                    "pax_capacity": 16,
                    "status": "weather_hold",
                },
            ),
            (
                "FL-1129-AM",
                {
                    "flight_id": "FL-1129-AM",
                    "slot": "sunrise",
                    "balloon": "G-CKRS (Ultramagic N-250)",
                    "pilot": "D. Oyelaran",
                    "pax_booked": 9,
                    "status": "flown",
                    "landed": "Barrow Farm, Stow Longa",
                },
            ),
            (
                "FL-1130-AM",
                {
                    "flight_id": "FL-1130-AM",
                    "slot": "sunrise",
                    "balloon": "G-OBUD (Cameron Z-315)",
                    "pilot": "H. Marsh",
                    "pax_booked": 12,
                    "status": "cancelled_weather",
                },
            ),
            (
                "FL-1213-AM",
                {
                    "flight_id": "FL-1213-AM",
                    "slot": "sunrise",
                    "balloon": "G-OBUD (Cameron Z-315)",
                    "pilot": "H. Marsh",
                    "pax_booked": 5,
                    "pax_capacity": 16,
                    "status": "scheduled",
                },
            ),
        ],
    },
    "search": {
        "tool": "search_landowner_log",
        "req": "Has the farmer at Manor Farm, Great Gidding, lifted his no-landing request? A pilot wants to use that field on Saturday.",
        "loop": [
            "Manor Farm Great Gidding landing permission",
            "Great Gidding Manor Farm no-landing lifted",
            "landing allowed again Manor Farm Gidding",
            "Manor Farm sensitive area removed",
            "Great Gidding farmer permission balloon landing 2026",
        ],
        "hits": [
            "LL-221 Manor Farm, Great Gidding: no landing, livestock (sensitive area since 2026-04-02)",
            "LL-198 Manor Farm, Great Gidding: crop damage claim settled 2025-09",
            "LL-305 Manor Farm, Little Gidding: landing permitted, phone ahead",
        ],
        "req2": "Find the landowner who complained about a low pass over his horses last month.",
        "refine": [
            (
                {"query": "horses complaint"},
                27,
                [
                    "LL-088 Park Farm: horses, 2024",
                    "LL-140 Ivy Lodge: horses, 2025",
                    "LL-312 Hill Farm: horses, 2026",
                ],
            ),
            (
                {"query": "horses complaint low pass", "since": "2026-10-01"},
                4,
                [
                    "LL-312 Hill Farm, Kimbolton",
                    "LL-309 Grange Farm, Catworth",
                    "LL-307 Mill House, Spaldwick",
                ],
            ),
            (
                {
                    "query": "horses complaint low pass",
                    "since": "2026-10-01",
                    "parish": "Kimbolton",
                },
                1,
                ["LL-312 Hill Farm, Kimbolton: horses spooked by a low pass, FL-1024-PM (open)"],
            ),
        ],
        "pick": (
            "get_landowner_record",
            {"record_id": "LL-312"},
            {
                "record_id": "LL-312",
                "landowner": "Mr G. Pryor, Hill Farm",
                "flight": "FL-1024-PM",
                "complaint": "balloon passed at about 300 ft over the paddock, two horses bolted",
                "status": "open",
                "phone": "01480 860 412",
            },
        ),
        "done": "It's LL-312: Mr Pryor at Hill Farm, Kimbolton, about FL-1024-PM passing at roughly 300 ft over his paddock. The complaint is still open; his number is on the record.",
    },
    "para": {
        "rel": ["FL-1206-AM"],
        "req": "Will Saturday's sunrise flight go? I have to tell 16 passengers something.",
        "lines": [
            "Saturday sunrise isn't confirmed yet: the forecast has 17 knots at 2,000 ft against our 12-knot limit. The pilot decides at the 05:30 met brief, and I'll tell passengers then.",
            "No decision on Saturday's sunrise flight yet. Upper winds are forecast at 17 knots, above the 12-knot limit, so it comes down to the 05:30 brief; passengers will hear after that.",
            "The sunrise flight on Saturday is still uncertain because the 2,000 ft wind is forecast at 17 knots and we need 12 or less. I'll update passengers once the pilot makes the call at 05:30.",
            "We can't confirm Saturday's sunrise flight yet. With 17 knots forecast aloft against a 12-knot limit, the 05:30 met brief decides it, and I'll message the passengers then.",
            "Saturday sunrise remains a maybe: upper wind 17 knots forecast, limit 12. The pilot's call comes at 05:30 and passengers get told straight after.",
            "To repeat: the 05:30 brief will decide Saturday's sunrise flight, since 17 knots forecast at altitude is over our 12-knot limit. I'll let passengers know then.",
        ],
    },
    "flip": {
        "rel": ["FL-1206-AM"],
        "req": "Set the launch site for tomorrow's sunrise flight.",
        "tool": "set_launch_site",
        "args": {"flight_id": "FL-1206-AM"},
        "field": "site",
        "a": "Grafham Water north car park",
        "b": "Kimbolton Castle paddock",
        "why_a": "With a south-westerly surface wind, Grafham north gives the best run away from the reservoir. Launch site set to Grafham.",
        "why_b": "Kimbolton paddock has the easier retrieve road though, so I've switched the launch site to Kimbolton.",
    },
    "pair": {
        "rel": ["FL-1206-AM"],
        "req": "Which forecast do we go with for the sunrise flight, the Met Office spot forecast or the balloon model?",
        "a": (
            "get_forecast",
            {"source": "metoffice_spot", "site": "Grafham Water", "time": "2026-12-06T07:00Z"},
            {
                "source": "metoffice_spot",
                "surface_kn": 6,
                "wind_2000ft_kn": 17,
                "dir_deg": 230,
                "cloud_base_ft": 1800,
                "issued": "2026-12-05T15:00Z",
            },
        ),
        "b": (
            "get_forecast",
            {"source": "rasp_balloon", "site": "Grafham Water", "time": "2026-12-06T07:00Z"},
            {
                "source": "rasp_balloon",
                "surface_kn": 4,
                "wind_2000ft_kn": 11,
                "dir_deg": 215,
                "cloud_base_ft": 2600,
                "issued": "2026-12-05T12:00Z",
            },
        ),
        "note": "The two forecasts still disagree on the upper wind. Looking at both again.",
    },
    "fail": {
        "rel": ["FL-1213-AM"],
        "req": "Move the Kettering group's vouchers onto the 13 December flight.",
        "tool": "rebook_vouchers",
        "args": {"voucher_ids": ["V-40117", "V-40118", "V-40119"], "flight_id": "FL-1213-AM"},
        "err": "409 voucher_expired: V-40117, V-40118 and V-40119 expired on 2026-10-31; expired vouchers can only be extended by the office manager under Voucher Settings",
    },
    "mono": {
        "rel": ["FL-1206-AM"],
        "req": "Keep the passenger channel updated while we wait for the 05:30 weather call.",
        "text": "Good morning. The pilot is reviewing the latest weather. We will confirm whether this morning's flight is going ahead shortly, so please keep your phone nearby.",
    },
    "multi": {
        "rel": ["FL-1206-AM"],
        "req": "Pull the passenger weights for the five people in Marsh's basket compartment B so I can do the load calculation.",
        "tool": "get_passenger_weights",
        "key": "booking_refs",
        "ids": ["BK-7712", "BK-7713", "BK-7730", "BK-7741", "BK-7742"],
        "extra": {"flight_id": "FL-1206-AM", "units": "kg"},
        "payload": {
            "flight_id": "FL-1206-AM",
            "units": "kg",
            "passengers": [
                {"booking": "BK-7712", "kg": 82},
                {"booking": "BK-7713", "kg": 64},
                {"booking": "BK-7730", "kg": 91},
                {"booking": "BK-7741", "kg": 77},
                {"booking": "BK-7742", "kg": 77},
            ],
            "total_kg": 391,
        },
        "notes": [
            "Same 391 kg. Asking again with the bookings in a different order in case it summed a cached list.",
            "Still 391 kg total. Querying once more to confirm before the load sheet.",
            "The weights haven't changed. One more pull and then I'll fill the load sheet.",
        ],
    },
    "clar": {
        "rel": ["FL-1213-AM"],
        "task": "Book the Hendersons onto a flight, they've got a gift voucher.",
        "qs": [
            "Which voucher do they have, a standard shared flight or a private flight for two?",
            "Is their voucher for a shared flight or a private one?",
            "Just checking the voucher type: standard shared, or exclusive for two?",
            "Sorry, before I book: shared or private voucher?",
        ],
        "a": "Standard shared, voucher V-51220.",
        "a2": "As I said, standard shared, V-51220.",
        "a3": "V-51220. Standard. Shared. Please just book it.",
        "act_read": (
            "get_voucher",
            {"voucher_id": "V-51220"},
            {
                "voucher_id": "V-51220",
                "type": "standard_shared",
                "pax": 2,
                "expires": "2027-05-31",
                "status": "valid",
            },
        ),
        "followups": [
            (
                "Which voucher do they have, a standard shared flight or a private flight for two?",
                "Standard shared, voucher V-51220.",
                "Thanks. Checking the voucher.",
                (
                    "get_voucher",
                    {"voucher_id": "V-51220"},
                    {
                        "voucher_id": "V-51220",
                        "type": "standard_shared",
                        "pax": 2,
                        "expires": "2027-05-31",
                        "status": "valid",
                    },
                ),
            ),
            (
                "Sunrise or evening? Sunrise flies more often in winter.",
                "Sunrise is fine, any Saturday or Sunday in December.",
                "Sunrise at a December weekend, noted.",
                (
                    "list_flights",
                    {
                        "slot": "sunrise",
                        "from": "2026-12-01",
                        "to": "2026-12-31",
                        "days": ["Sat", "Sun"],
                        "min_free": 2,
                    },
                    {
                        "flights": [
                            {"flight_id": "FL-1213-AM", "free": 11},
                            {"flight_id": "FL-1220-AM", "free": 3},
                        ]
                    },
                ),
            ),
            (
                "Is either of them over 110 kg or under 1.2 m? The basket compartments need to know.",
                "No, both are fine.",
                "Thanks, no restrictions then.",
                (
                    "set_booking_notes",
                    {"voucher_id": "V-51220", "notes": "no weight or height restrictions declared"},
                    {"saved": True},
                ),
            ),
        ],
        "final": (
            "book_voucher_flight",
            {"voucher_id": "V-51220", "flight_id": "FL-1213-AM", "pax": 2},
            {"booking": "BK-7790", "flight_id": "FL-1213-AM", "status": "confirmed"},
        ),
        "done": "The Hendersons are booked on the 13 December sunrise flight (BK-7790) with voucher V-51220.",
    },
    "cosm": {
        "rel": ["FL-1206-AM", "FL-1207-AM"],
        "req": "Check that G-OBUD's airworthiness review is current before tomorrow's flight.",
        "tool": "get_arc",
        "args": {"valid_on": "2026-12-06"},
        "key": "registration",
        "variants": ["G-OBUD", "GOBUD", "g-obud", "G OBUD", "G-OBUD "],
        "err": "404 arc_not_current: no airworthiness review certificate valid on 2026-12-06 for G-OBUD (ARC 4471 expired 2026-11-30); book an inspection with the CAMO before flight",
    },
    "conv": {
        "rel": ["FL-1129-AM"],
        "req": "The landowner payment form wants the distance from launch to landing in km. We logged 9.5 statute miles for FL-1129-AM.",
        "fwd": (
            "convert_units",
            {"value": 9.5, "from": "mi", "to": "km"},
            {"value": 15.29, "unit": "km"},
        ),
        "back": (
            "convert_units",
            {"value": 15.29, "from": "km", "to": "mi"},
            {"value": 9.5, "unit": "mi"},
        ),
        "note_fwd": "9.5 miles is 15.29 km. Converting back to check.",
        "note_back": "15.29 km comes back to 9.5 miles, so that's right. Running the forward conversion again to be certain.",
        "form": {
            "rel": ["FL-1129-AM"],
            "req": "File the flight report for FL-1129-AM; the form wants metres and hectopascals.",
            "calls": [
                (
                    "convert_units",
                    {"value": 3200, "from": "ft", "to": "m"},
                    {"value": 975.4, "unit": "m"},
                ),
                (
                    "convert_units",
                    {"value": 1500, "from": "ft", "to": "m"},
                    {"value": 457.2, "unit": "m"},
                ),
                (
                    "convert_units",
                    {"value": 30.12, "from": "inHg", "to": "hPa"},
                    {"value": 1020.0, "unit": "hPa"},
                ),
                (
                    "convert_units",
                    {"value": 9.5, "from": "mi", "to": "km"},
                    {"value": 15.29, "unit": "km"},
                ),
            ],
            "submit": (
                "submit_flight_report",
                {
                    "flight_id": "FL-1129-AM",
                    "max_alt_m": 975.4,
                    "cruise_alt_m": 457.2,
                    "qnh_hpa": 1020.0,
                    "distance_km": 15.29,
                },
                {"report_id": "FR-1129-01", "status": "filed"},
            ),
            "readback": (
                "get_flight_report",
                {"report_id": "FR-1129-01"},
                {
                    "report_id": "FR-1129-01",
                    "max_alt_m": 975.4,
                    "cruise_alt_m": 457.2,
                    "qnh_hpa": 1020.0,
                    "distance_km": 15.29,
                    "status": "filed",
                },
            ),
            "done": "Flight report FR-1129-01 is filed: max 975.4 m, cruise 457.2 m, QNH 1020 hPa, 15.29 km flown.",
        },
    },
    "offer": {
        "rel": ["FL-1129-AM"],
        "req": "Ask Barrow Farm if we can use their field as a regular landing site this winter: 12 landings at 40 pounds each.",
        "tool": "send_landowner_proposal",
        "args": {
            "landowner": "Barrow Farm",
            "field": "lower meadow",
            "landings": 12,
            "fee_gbp": 40,
            "period": "2026-12/2027-03",
        },
        "decline": {
            "status": "declined",
            "message": "Not this winter. The ewes go into the lower meadow in January for lambing and I won't have balloons over them. Maybe in spring.",
            "ref": "LP-0931",
        },
        "notes": [
            "Declined. I'll send the proposal again.",
            "Resending the same proposal; perhaps he'll reconsider.",
            "Sending it once more.",
            "Still no. Trying the proposal again.",
        ],
        "pitch": [
            "Good morning Mr Rowe. Could we use your lower meadow as a regular landing site this winter, 12 landings at 40 pounds each?",
            "Thanks for replying. Would you consider the 12 winter landings in the lower meadow at 40 pounds each?",
            "We'd be very careful. Could we still have the lower meadow for 12 landings this winter at 40 pounds?",
            "It would really help us: 12 landings December to March in the lower meadow, 40 pounds each?",
        ],
        "converge": [
            (
                {
                    "landowner": "Barrow Farm",
                    "field": "lower meadow",
                    "landings": 12,
                    "fee_gbp": 40,
                    "period": "2026-12/2027-03",
                },
                {
                    "status": "declined",
                    "message": "Not this winter. The ewes go into the lower meadow in January for lambing and I won't have balloons over them. Maybe in spring.",
                    "ref": "LP-0931",
                },
                "The lambing is from January. I'll ask for December only, and the upper field, away from the ewes.",
            ),
            (
                {
                    "landowner": "Barrow Farm",
                    "field": "upper field",
                    "landings": 6,
                    "fee_gbp": 40,
                    "period": "2026-12",
                },
                {
                    "status": "counter",
                    "message": "December in the upper field is fine, but 60 a landing: I have to open the top gate and move the trough each time.",
                    "ref": "LP-0932",
                },
                "He'll take December in the upper field at 60 a landing. That's within budget for 6 landings; accepting.",
            ),
            (
                {
                    "landowner": "Barrow Farm",
                    "field": "upper field",
                    "landings": 6,
                    "fee_gbp": 60,
                    "period": "2026-12",
                },
                {
                    "status": "accepted",
                    "message": "Agreed: upper field, up to 6 landings in December, 60 each. Ring the house first.",
                    "ref": "LP-0933",
                },
                "Agreed: up to 6 December landings in the upper field at 60 pounds, phone the house first.",
            ),
        ],
        "confirm": (
            "add_landing_site",
            {
                "site": "Barrow Farm upper field",
                "valid_until": "2026-12-31",
                "fee_gbp": 60,
                "notes": "phone house first",
            },
            {"site_id": "LS-144", "status": "active"},
        ),
        "done": "Barrow Farm's upper field is an active landing site (LS-144) for December: up to 6 landings, 60 pounds each, phone the house first.",
    },
    "recap": {
        "rel": ["FL-1206-AM", "FL-1206-PM", "FL-1207-AM"],
        "req": "What's the state of play for this weekend's flights?",
        "facts": [
            "Saturday sunrise has 14 of 16 seats booked.",
            "Saturday evening has 8 of 10.",
            "Sunday sunrise is on weather hold.",
        ],
        "pending": "the 05:30 met brief",
        "pending_read": (
            "get_met_brief",
            {"date": "2026-12-06"},
            {"date": "2026-12-06", "issued": False, "expected": "05:30"},
        ),
    },
    "peer": {
        "rel": ["FL-1206-AM"],
        "name": "retrieve-crew-agent",
        "req": "Send the predicted landing area to the retrieve crew agent.",
        "handoff": (
            "send_message",
            {
                "to": "retrieve-crew-agent",
                "body": "FL-1206-AM predicted landing: north of Kimbolton, 8-12 km downwind on 215 degrees.",
                "attachment": "FL-1206-AM_track_prediction.kml",
            },
            {"delivered": True, "message_id": "msg-30127"},
        ),
        "theirs": [
            "Got the landing prediction, thanks.",
            "Acknowledged.",
            "Thanks for the acknowledgement.",
            "Noted your reply, all good here.",
            "Received, thank you.",
            "Confirmed, cheers.",
        ],
        "mine": [
            "Thanks for confirming.",
            "Great, thanks.",
            "Noted, thank you.",
            "Thanks for letting me know.",
            "Acknowledged, thanks.",
            "Cheers, received.",
        ],
        "exchange": [
            (
                "Got it. Trailer 2 has a flat; can trailer 1 take the Z-315 basket and envelope?",
                "Trailer 1 is rated for the Z-315 kit; use that.",
                (
                    "get_equipment",
                    {"asset_id": "TRL-1"},
                    {
                        "asset_id": "TRL-1",
                        "type": "retrieve trailer",
                        "rated_for": ["Z-315", "N-250"],
                        "status": "serviceable",
                    },
                ),
            ),
            (
                "OK. The track crosses the A14. Is the pilot landing short of it?",
                "Yes, short of the A14. Barrow Farm upper field is the preferred landing, phone the house first.",
                (
                    "get_landing_site",
                    {"site_id": "LS-144"},
                    {
                        "site_id": "LS-144",
                        "name": "Barrow Farm upper field",
                        "access": "top gate off Stow Road",
                        "notes": "phone house first",
                    },
                ),
            ),
            (
                "Understood. Crew of three leaving base at 06:45 with trailer 1.",
                "Thanks, that works.",
                None,
            ),
        ],
        "done": "The retrieve crew has the prediction, trailer 1 instead of the flat trailer 2, and Barrow Farm as the landing before the A14; they leave at 06:45.",
    },
    "pages": {
        "req": "Go through the December passenger manifest and list everyone with a medical note so the pilots can review them.",
        "tool": "list_manifest",
        "args": {"month": "2026-12"},
        "idkey": "booking",
        "flag": lambda row: row["medical_note"] is not None,
        "rows": _manifest(
            [
                ("BK-7712", "R. Whitby", "FL-1206-AM", None),
                ("BK-7713", "C. Whitby", "FL-1206-AM", None),
                ("BK-7730", "O. Mensah", "FL-1206-AM", "recent knee replacement"),
                ("BK-7741", "J. Lund", "FL-1206-AM", None),
                ("BK-7742", "P. Lund", "FL-1206-AM", None),
                ("BK-7750", "F. Cairns", "FL-1206-PM", None),
                ("BK-7751", "T. Cairns", "FL-1206-PM", "pregnant, 20 weeks"),
                ("BK-7760", "S. Ahmed", "FL-1207-AM", None),
                ("BK-7761", "N. Ahmed", "FL-1207-AM", None),
                ("BK-7768", "L. Brook", "FL-1213-AM", None),
                ("BK-7771", "E. Grant", "FL-1213-AM", "uses a hearing aid"),
                ("BK-7790", "M. Henderson", "FL-1213-AM", None),
                ("BK-7791", "A. Henderson", "FL-1213-AM", None),
                ("BK-7802", "G. Silva", "FL-1220-AM", None),
            ]
        ),
        "done": "Read all %d December passengers; %d have a medical note: %s. I'll send those to the pilots for review.",
    },
    "fix": {
        "rel": ["FL-1130-AM", "FL-1213-AM"],
        "req": "Rebook the Patel party after yesterday's weather cancellation.",
        "tool": "rebook_party",
        "attempts": [
            (
                {"booking": "BK-7655", "flight_id": "FL-1206-AM", "pax": 6},
                "409 insufficient_capacity: FL-1206-AM has 2 free places and party BK-7655 needs 6",
                "Only 2 places left on the 6th. FL-1213-AM has 11 free; moving them there instead.",
            ),
            (
                {"booking": "BK-7655", "flight_id": "FL-1213-AM", "pax": 6},
                "422 weight_limit: party BK-7655 declares 612 kg and FL-1213-AM has 480 kg of passenger lift left; split the party or choose a larger balloon",
                "The Z-315 on the 13th can't lift all 612 kg. FL-1214-AM flies G-BZXL, the Z-425, with more lift; trying that.",
            ),
        ],
        "ok": (
            {"booking": "BK-7655", "flight_id": "FL-1214-AM", "pax": 6},
            {
                "booking": "BK-7655",
                "flight_id": "FL-1214-AM",
                "status": "confirmed",
                "lift_left_kg": 208,
            },
            "The Patel party of six is rebooked on the 14 December sunrise flight in the larger Z-425, and they've been sent the new details.",
        ),
        "after": [
            (
                "send_passenger_notice",
                {"booking": "BK-7655", "template": "rebooked_weather"},
                {"sent": 6, "channel": "sms"},
            )
        ],
    },
    "docs": {
        "req": "Summarise the four incident reports from the autumn season for the safety review.",
        "tool": "get_incident_report",
        "key": "report_id",
        "items": [
            (
                "IR-31",
                "Hard landing, FL-0927-PM",
                "Landing in gusting 11 kn; basket tipped and dragged 20 m. One passenger bruised wrist. Briefing on landing position had been given.",
                "IR-31: a hard landing in gusts on 27 September; the basket dragged 20 m and one passenger bruised a wrist.",
            ),
            (
                "IR-32",
                "Power line proximity, FL-1004-AM",
                "Pilot climbed late approaching 33 kV lines near Catworth; clearance estimated 60 ft. No contact. Pilot debriefed; site added to hazard map.",
                "IR-32: a late climb near 33 kV lines at Catworth on 4 October, about 60 ft clearance, no contact; the site is now on the hazard map.",
            ),
            (
                "IR-33",
                "Livestock disturbance, FL-1024-PM",
                "Low pass at about 300 ft over Hill Farm paddock; two horses bolted. Landowner complaint LL-312 open.",
                "IR-33: the low pass over Hill Farm's horses on 24 October, complaint LL-312 still open.",
            ),
            (
                "IR-34",
                "Pilot light failure, FL-1102-AM",
                "Burner 2 pilot light went out at 1,500 ft; relit with the piezo igniter within 40 s. Igniter replaced after flight.",
                "IR-34: burner 2's pilot light went out in flight on 2 November and was relit within 40 seconds; the igniter has been replaced.",
            ),
        ],
        "overall": "Safety review summary: four incidents this autumn, one minor injury (IR-31 hard landing). The power line near-miss (IR-32) and the livestock complaint (IR-33) are both about height awareness near hazards; the burner fault (IR-34) was handled and fixed.",
    },
    "poll": {
        "rel": ["FL-1206-AM"],
        "req": "Tell me when the met brief comes in and whether we fly, then send the passenger texts.",
        "tool": "get_met_brief",
        "key": "date",
        "id": "2026-12-06",
        "field": "state",
        "stages": [
            {"date": "2026-12-06", "state": "awaiting_data"},
            {"date": "2026-12-06", "state": "drafting", "sources_in": 3, "sources_total": 5},
            {"date": "2026-12-06", "state": "pilot_review", "sources_in": 5, "sources_total": 5},
            {
                "date": "2026-12-06",
                "state": "issued",
                "decision": "fly",
                "launch": "07:40",
                "site": "Grafham Water north car park",
            },
        ],
        "act": (
            "send_passenger_texts",
            {"flight_id": "FL-1206-AM", "template": "go", "meet": "07:10"},
            {"sent": 14, "failed": 0},
        ),
        "done": "The brief is issued: we fly, launching 07:40 from Grafham north. All 14 passengers have the go text with a 07:10 meet.",
    },
    "batch": {
        "rel": ["FL-1130-AM"],
        "req": "Reissue vouchers for the passengers on the cancelled 30 November flight.",
        "tool": "reissue_voucher",
        "key": "booking",
        "items": [
            (
                "BK-7601",
                {"reason": "weather", "flight_id": "FL-1130-AM"},
                {"booking": "BK-7601", "voucher_id": "V-51301", "pax": 2, "expires": "2027-11-30"},
                "BK-7601 got V-51301",
            ),
            (
                "BK-7604",
                {"reason": "weather", "flight_id": "FL-1130-AM"},
                {"booking": "BK-7604", "voucher_id": "V-51302", "pax": 4, "expires": "2027-11-30"},
                "BK-7604 got V-51302",
            ),
            (
                "BK-7610",
                {"reason": "weather", "flight_id": "FL-1130-AM"},
                {"booking": "BK-7610", "voucher_id": "V-51303", "pax": 1, "expires": "2027-11-30"},
                "BK-7610 got V-51303",
            ),
            (
                "BK-7615",
                {"reason": "weather", "flight_id": "FL-1130-AM"},
                {"booking": "BK-7615", "voucher_id": "V-51304", "pax": 3, "expires": "2027-11-30"},
                "BK-7615 got V-51304",
            ),
            (
                "BK-7622",
                {"reason": "weather", "flight_id": "FL-1130-AM"},
                {"booking": "BK-7622", "voucher_id": "V-51305", "pax": 2, "expires": "2027-11-30"},
                "BK-7622 got V-51305",
            ),
        ],
        "done": "All five bookings from the cancelled 30 November flight have new vouchers (12 passengers), valid to November 2027.",
    },
    "flaky": {
        "rel": ["FL-1129-AM"],
        "req": "Upload the GPS track for FL-1129-AM to the landowner portal.",
        "tool": "upload_track",
        "args": {"flight_id": "FL-1129-AM", "file": "FL-1129-AM.gpx"},
        "errs": [
            "504 portal_timeout: the landowner portal did not respond within 30 s",
            "502 bad_gateway: upstream portal restarting",
        ],
        "ok": {"uploaded": True, "points": 2214, "track_id": "TRK-88102"},
        "then": [
            (
                "notify_landowner",
                {"record_id": "LL-101", "track_id": "TRK-88102"},
                {"sent": True, "channel": "email"},
            )
        ],
        "done": "The FL-1129-AM track (2,214 points) is on the portal as TRK-88102, and Barrow Farm has been emailed the link.",
    },
    "cmp": {
        "req": "Check the landing fees ledger against the pilots' logbooks for November.",
        "a_tool": "get_pilot_log",
        "b_tool": "get_landing_fee",
        "key": "flight_id",
        "recs": [
            (
                "FL-1101-AM",
                {"flight_id": "FL-1101-AM", "landed": "Grange Farm, Catworth"},
                {"flight_id": "FL-1101-AM", "landowner": "Grange Farm", "paid_gbp": 40},
            ),
            (
                "FL-1115-PM",
                {"flight_id": "FL-1115-PM", "landed": "Mill House, Spaldwick"},
                {"flight_id": "FL-1115-PM", "landowner": "Mill House", "paid_gbp": 40},
            ),
            (
                "FL-1122-AM",
                {"flight_id": "FL-1122-AM", "landed": "Park Farm, Easton"},
                {"flight_id": "FL-1122-AM", "landowner": None, "paid_gbp": 0},
            ),
            (
                "FL-1129-AM",
                {"flight_id": "FL-1129-AM", "landed": "Barrow Farm, Stow Longa"},
                {"flight_id": "FL-1129-AM", "landowner": "Barrow Farm", "paid_gbp": 40},
            ),
        ],
        "finding": "FL-1122-AM landed at Park Farm, Easton according to the log, but there is no landing fee recorded for it. The other three match.",
        "fix": (
            "create_landing_payment",
            {"flight_id": "FL-1122-AM", "landowner": "Park Farm", "amount_gbp": 40},
            {"payment_id": "LP-5521", "status": "queued"},
        ),
        "done": "Queued the missing 40-pound payment to Park Farm for FL-1122-AM (LP-5521). November's ledger now matches the logbooks.",
    },
}


def _in_care(rows: list[tuple[str, str, str, bool]]) -> list[dict[str, Any]]:
    return [
        {"patient_id": p, "species": s, "last_weighed": w, "weigh_overdue": o}
        for p, s, w, o in rows
    ]


WILDLIFE: dict[str, Any] = {
    "day": "2026-11-28",
    "name": "wildlife_rehab_centre",
    "rid": "wrc-",
    "meta": ("trace", "took_ms", "at"),
    "ents": {
        "tool": "get_patient",
        "key": "patient_id",
        "ask": "What's the latest on %s? The finder phoned to ask.",
        "ask2": "Can %s and %s both be released this week?",
        "items": [
            (
                "WR-26-1184",
                {
                    "patient_id": "WR-26-1184",
                    "species": "hedgehog",
                    "admitted": "2026-11-02",
                    "weight_g": 420,
                    "condition": "underweight autumn juvenile",
                    "status": "in care",
                    "pen": "H-12",
                },
            ),
            (
                "WR-26-1190",
                {
                    "patient_id": "WR-26-1190",
                    "species": "tawny owl",
                    "admitted": "2026-11-06",
                    "weight_g": 321,
                    "condition": "concussion after road strike",
                    "status": "flight cage",
                    "pen": "FC-2",
                },
            ),
            (
                "WR-26-1202",
                {
                    "patient_id": "WR-26-1202",
                    "species": "grey seal pup",
                    "admitted": "2026-11-10",
                    "weight_kg": 14.2,
                    "condition": "lungworm, underweight",
                    "status": "in care",
                    "pool": "P-3",
                },
            ),
            (
                "WR-26-1211",
                {
                    "patient_id": "WR-26-1211",
                    "species": "red kite",
                    "admitted": "2026-11-14",
                    "weight_g": 1050,
                    "condition": "lead poisoning",
                    "status": "chelation",
                    "pen": "R-4",
                },
            ),
            (
                "WR-26-1215",
                {
                    "patient_id": "WR-26-1215",
                    "species": "common buzzard",
                    "admitted": "2026-11-16",
                    "weight_g": 920,
                    "condition": "radius fracture, pinned",
                    "status": "cage rest",
                    "pen": "R-6",
                },
            ),
            (
                "WR-26-1220",
                {
                    "patient_id": "WR-26-1220",
                    "species": "badger",
                    "admitted": "2026-11-18",
                    "weight_kg": 10.8,
                    "condition": "bite wounds, healed",
                    "status": "ready for release",
                    "pen": "M-1",
                },
            ),
        ],
    },
    "search": {
        "rel": ["WR-26-1202", "WR-26-1184"],
        "tool": "search_release_sites",
        "req": "Is there an approved release site for the seal pup near St Ives now that the Porthgwidden site is closed?",
        "loop": [
            "seal release site St Ives",
            "approved grey seal release beach near St Ives",
            "pinniped release location St Ives bay",
            "alternative to Porthgwidden for seal release",
            "St Ives area seal pup release approved sites",
        ],
        "hits": [
            "RS-14 Porthgwidden beach: closed (storm damage to access, 2026-10)",
            "RS-09 Gwithian: approved for cetacean refloats only",
            "RS-21 Godrevy: pending Natural England consent",
        ],
        "req2": "Find a soft-release garden for the hedgehogs near Truro.",
        "refine": [
            (
                {"query": "hedgehog soft release"},
                54,
                ["RS-H-02 Bodmin", "RS-H-17 Falmouth", "RS-H-31 Truro"],
            ),
            (
                {"query": "hedgehog soft release", "area": "Truro"},
                7,
                ["RS-H-31 Kenwyn", "RS-H-33 Malpas", "RS-H-36 Threemilestone"],
            ),
            (
                {
                    "query": "hedgehog soft release",
                    "area": "Truro",
                    "feeding_station": True,
                    "badger_free": True,
                },
                2,
                [
                    "RS-H-31 Kenwyn: walled garden, feeding station",
                    "RS-H-36 Threemilestone: allotment edge, feeding station",
                ],
            ),
        ],
        "pick": (
            "get_release_site",
            {"site_id": "RS-H-31"},
            {
                "site_id": "RS-H-31",
                "type": "soft release garden",
                "host": "volunteer J. Tregaskis",
                "capacity": 3,
                "next_free": "2026-12-01",
                "badgers_within_1km": False,
            },
        ),
        "done": "RS-H-31 in Kenwyn fits: a walled volunteer garden with a feeding station, no badgers within 1 km, room for 3 hedgehogs from 1 December.",
    },
    "para": {
        "rel": ["WR-26-1211"],
        "req": "Can the red kite go back out yet? The RSPB officer is asking.",
        "lines": [
            "Not yet: the kite's blood lead was 45 ug/dL and it has to be under 20 before release. The second chelation course ends Friday and the retest is Monday; I'll update the RSPB after that.",
            "The kite can't be released until its blood lead drops below 20 ug/dL; the last result was 45. Chelation finishes on Friday with a retest Monday, and I'll report back then.",
            "Release is on hold for the kite because lead is still 45 ug/dL against a limit of 20. After the chelation course ends Friday we retest Monday, then I'll let the RSPB know.",
            "The red kite stays in for now: lead 45, target under 20. Treatment finishes Friday, bloods on Monday, and I'll tell the officer the result.",
            "We're waiting on Monday's retest for the kite. Its lead level was 45 ug/dL and must be below 20, and chelation runs until Friday; the RSPB gets an update after the retest.",
            "As I said, the kite isn't releasable until lead is under 20 ug/dL (it was 45). Friday ends chelation, Monday is the retest, and the update follows.",
        ],
    },
    "flip": {
        "rel": ["WR-26-1190"],
        "req": "Set the feeding plan for the tawny owl in the flight cage.",
        "tool": "set_feeding_plan",
        "args": {"patient_id": "WR-26-1190"},
        "field": "diet",
        "a": "defrosted mice, 3 per night",
        "b": "day-old chicks, 2 per night",
        "why_a": "Mice are closer to its wild diet and it needs to relearn handling prey, so I've set 3 defrosted mice a night.",
        "why_b": "It's still under its release weight, and chicks carry more fat, so I've switched it to 2 day-old chicks a night.",
    },
    "pair": {
        "rel": ["WR-26-1190"],
        "req": "Is the owl's weight good enough to start flight tests?",
        "a": (
            "get_weight_log",
            {"patient_id": "WR-26-1190", "days": 7},
            {
                "patient_id": "WR-26-1190",
                "weights_g": [312, 309, 315, 318, 316, 320, 321],
                "trend_g_per_week": 9,
            },
        ),
        "b": (
            "get_release_criteria",
            {"species": "tawny owl"},
            {
                "species": "tawny owl",
                "min_weight_g": 330,
                "flights_without_fatigue": 3,
                "vet_signoff": True,
            },
        ),
        "note": "321 g is still under the 330 g criterion. Looking at both again.",
    },
    "fail": {
        "rel": ["WR-26-1202"],
        "req": "Book the seal pup's transfer to the Cornish Seal Sanctuary for next Thursday.",
        "tool": "book_transfer",
        "args": {
            "patient_id": "WR-26-1202",
            "destination": "Cornish Seal Sanctuary",
            "date": "2026-12-03",
        },
        "err": "409 destination_at_capacity: Cornish Seal Sanctuary has 0 of 24 pup places free until 2027-01-15; choose another facility or join the waitlist",
    },
    "mono": {
        "rel": ["WR-26-1215"],
        "req": "Keep the volunteers' group posted while the vet is in surgery with the buzzard.",
        "text": "The vet is still in surgery with the buzzard. Please hold off on the evening feeds in the raptor block until I post again.",
    },
    "multi": {
        "rel": ["WR-26-1211", "WR-26-1215"],
        "req": "Get the latest bloods for the three kites and two buzzards in the raptor block.",
        "tool": "get_blood_results",
        "key": "patient_ids",
        "ids": ["WR-26-1211", "WR-26-1214", "WR-26-1215", "WR-26-1217", "WR-26-1223"],
        "extra": {"panel": "lead_pcv", "latest_only": True},
        "payload": {
            "panel": "lead_pcv",
            "results": [
                {
                    "patient_id": "WR-26-1211",
                    "species": "red kite",
                    "lead_ug_dl": 45,
                    "pcv_pct": 31,
                    "taken": "2026-11-23",
                },
                {
                    "patient_id": "WR-26-1214",
                    "species": "red kite",
                    "lead_ug_dl": 12,
                    "pcv_pct": 42,
                    "taken": "2026-11-23",
                },
                {
                    "patient_id": "WR-26-1215",
                    "species": "common buzzard",
                    "lead_ug_dl": 8,
                    "pcv_pct": 38,
                    "taken": "2026-11-20",
                },
                {
                    "patient_id": "WR-26-1217",
                    "species": "red kite",
                    "lead_ug_dl": 19,
                    "pcv_pct": 40,
                    "taken": "2026-11-23",
                },
                {
                    "patient_id": "WR-26-1223",
                    "species": "common buzzard",
                    "lead_ug_dl": 6,
                    "pcv_pct": 44,
                    "taken": "2026-11-25",
                },
            ],
        },
        "notes": [
            "Same five results. Requesting them again in a different order in case the list was stale.",
            "The values are unchanged. Querying again to confirm.",
            "Still the same bloods. One more pull, then I'll summarise them.",
        ],
    },
    "clar": {
        "task": "Someone is bringing in a roe deer fawn found alone in a field. Get a pen ready.",
        "qs": [
            "Has the finder seen the mother at all, or was the fawn definitely alone for a few hours?",
            "Did anyone watch for the doe coming back before picking the fawn up?",
            "To check the admission rule: was the fawn left unattended for more than two hours?",
            "Sorry, just confirming: no sign of the mother for a couple of hours?",
        ],
        "a": "She watched from a distance for three hours and no doe came back.",
        "a2": "I already told you: she watched for three hours, no doe.",
        "a3": "Three hours, no mother. She's in the car park with it now.",
        "act_read": (
            "get_species_protocol",
            {"species": "roe deer fawn"},
            {
                "species": "roe deer fawn",
                "admit_if": "unattended for more than 2 hours, or injured, or in immediate danger",
            },
        ),
        "followups": [
            (
                "Has the finder seen the mother at all, or was the fawn definitely alone for a few hours?",
                "She watched from a distance for three hours and no doe came back.",
                "Then we admit it. Checking for a free deer pen.",
                (
                    "list_pens",
                    {"type": "deer", "free_only": True},
                    {"pens": [{"pen": "D-2", "heated": True}]},
                ),
            ),
            (
                "Is the fawn injured, wet or covered in flies?",
                "One back leg looks swollen. No flies.",
                "I'll book the vet for the leg.",
                (
                    "book_vet_check",
                    {"species": "roe deer fawn", "reason": "swollen hind leg", "priority": "today"},
                    {"slot": "14:30", "vet": "Dr Cole"},
                ),
            ),
            (
                "Can the finder leave contact details for a release update?",
                "Yes: Sarah Penrose, 07700 900412.",
                "Thanks, recording those.",
                (
                    "create_finder_contact",
                    {"name": "Sarah Penrose", "phone": "07700 900412", "consent_updates": True},
                    {"contact_id": "F-20931", "saved": True},
                ),
            ),
        ],
        "final": (
            "admit_patient",
            {"species": "roe deer fawn", "pen": "D-2", "finder_contact": "F-20931"},
            {"patient_id": "WR-26-1231", "status": "admitted", "pen": "D-2"},
        ),
        "done": "The fawn is admitted as WR-26-1231 into heated pen D-2, with a vet check for the swollen leg at 14:30; Sarah Penrose will get release updates.",
    },
    "cosm": {
        "rel": ["WR-26-1215"],
        "req": "Look up the ring record for the buzzard that came in with a metal ring, GR 45129.",
        "tool": "get_ring_record",
        "args": {"scheme": "BTO"},
        "key": "ring",
        "variants": ["GR 45129", "GR45129", "gr 45129", "GR-45129", "GR 045129"],
        "err": "404 ring_not_found: no BTO record for ring GR 45129; the GR series is issued by the Norwegian scheme (Stavanger Museum), so report it through EURING instead",
    },
    "conv": {
        "rel": ["WR-26-1202"],
        "req": "Work out the meloxicam volume for the seal pup at 0.2 mg/kg and put it on the drug chart.",
        "fwd": (
            "dose_to_volume",
            {"drug": "meloxicam 1.5 mg/mL", "dose_mg_per_kg": 0.2, "weight_kg": 14.2},
            {"dose_mg": 2.84, "volume_ml": 1.89},
        ),
        "back": (
            "volume_to_dose",
            {"drug": "meloxicam 1.5 mg/mL", "volume_ml": 1.89, "weight_kg": 14.2},
            {"dose_mg": 2.84, "dose_mg_per_kg": 0.2},
        ),
        "note_fwd": "0.2 mg/kg at 14.2 kg is 2.84 mg, which is 1.89 mL. Checking it backwards.",
        "note_back": "1.89 mL back-calculates to 0.2 mg/kg, so the volume is right. Recalculating the volume once more before I write it down.",
        "form": {
            "rel": ["WR-26-1211", "WR-26-1215"],
            "req": "Fill in today's drug chart for the kite and the buzzard: volumes in mL from the vet's doses.",
            "calls": [
                (
                    "dose_to_volume",
                    {"drug": "meloxicam 1.5 mg/mL", "dose_mg_per_kg": 0.5, "weight_kg": 1.05},
                    {"dose_mg": 0.53, "volume_ml": 0.35},
                ),
                (
                    "dose_to_volume",
                    {
                        "drug": "sodium calcium edetate 100 mg/mL",
                        "dose_mg_per_kg": 35,
                        "weight_kg": 1.05,
                    },
                    {"dose_mg": 36.75, "volume_ml": 0.37},
                ),
                (
                    "dose_to_volume",
                    {"drug": "meloxicam 1.5 mg/mL", "dose_mg_per_kg": 0.5, "weight_kg": 0.92},
                    {"dose_mg": 0.46, "volume_ml": 0.31},
                ),
                (
                    "dose_to_volume",
                    {"drug": "enrofloxacin 25 mg/mL", "dose_mg_per_kg": 15, "weight_kg": 0.92},
                    {"dose_mg": 13.8, "volume_ml": 0.55},
                ),
            ],
            "submit": (
                "update_drug_chart",
                {
                    "date": "2026-11-28",
                    "entries": [
                        {"patient_id": "WR-26-1211", "meloxicam_ml": 0.35, "ca_edta_ml": 0.37},
                        {"patient_id": "WR-26-1215", "meloxicam_ml": 0.31, "enrofloxacin_ml": 0.55},
                    ],
                },
                {"chart_id": "DC-1128", "entries": 4, "status": "saved"},
            ),
            "readback": (
                "get_drug_chart",
                {"chart_id": "DC-1128"},
                {
                    "chart_id": "DC-1128",
                    "entries": 4,
                    "status": "saved",
                    "awaiting_second_check": True,
                },
            ),
            "done": "Drug chart DC-1128 has today's four doses: the kite 0.35 mL meloxicam and 0.37 mL Ca-EDTA, the buzzard 0.31 mL meloxicam and 0.55 mL enrofloxacin. It needs the usual second check.",
        },
    },
    "offer": {
        "rel": ["WR-26-1211"],
        "req": "Ask the Dartmoor raptor aviary to take the red kite for pre-release conditioning, three weeks from Monday.",
        "tool": "send_transfer_request",
        "args": {
            "facility": "Dartmoor Raptor Aviary",
            "patient_id": "WR-26-1211",
            "start": "2026-12-07",
            "weeks": 3,
        },
        "decline": {
            "status": "declined",
            "message": "We can't take a kite that's still under chelation: the aviaries are shared and there's no vet on site. Once its lead is under 20 and it's off treatment, ask again.",
            "ref": "DRA-2217",
        },
        "notes": [
            "They declined. I'll send the request again.",
            "Resending the transfer request.",
            "Submitting it once more in case someone else reviews it.",
            "Declined again. Trying once more.",
        ],
        "pitch": [
            "Hello, could you take our red kite WR-26-1211 for three weeks of pre-release conditioning from Monday 7 December?",
            "Thanks. Could you reconsider the kite for three weeks from the 7th? It's doing well.",
            "I understand, but we'd really like it with you from the 7th for three weeks.",
            "Could we book the kite in from 7 December for the three weeks after all?",
        ],
        "converge": [
            (
                {
                    "facility": "Dartmoor Raptor Aviary",
                    "patient_id": "WR-26-1211",
                    "start": "2026-12-07",
                    "weeks": 3,
                },
                {
                    "status": "declined",
                    "message": "We can't take a kite that's still under chelation: the aviaries are shared and there's no vet on site. Once its lead is under 20 and it's off treatment, ask again.",
                    "ref": "DRA-2217",
                },
                "They need it off chelation and under 20. Chelation ends on the 11th and the retest is the 14th, so I'll ask for the 16th, conditional on the result.",
            ),
            (
                {
                    "facility": "Dartmoor Raptor Aviary",
                    "patient_id": "WR-26-1211",
                    "start": "2026-12-16",
                    "weeks": 3,
                    "condition": "blood lead under 20 ug/dL on 2026-12-14",
                },
                {
                    "status": "counter",
                    "message": "The 16th works if the result is under 20, but we close for Christmas on the 30th, so two weeks is all we have.",
                    "ref": "DRA-2218",
                },
                "Two weeks is enough conditioning for a kite. Accepting the 16th to the 30th.",
            ),
            (
                {
                    "facility": "Dartmoor Raptor Aviary",
                    "patient_id": "WR-26-1211",
                    "start": "2026-12-16",
                    "weeks": 2,
                    "condition": "blood lead under 20 ug/dL on 2026-12-14",
                },
                {
                    "status": "accepted",
                    "message": "Booked: 16 to 30 December, subject to the lead result. Send the result when you have it.",
                    "ref": "DRA-2219",
                },
                "Accepted: 16 to 30 December, if the 14th's lead result is under 20.",
            ),
        ],
        "confirm": (
            "schedule_retest",
            {
                "patient_id": "WR-26-1211",
                "test": "blood_lead",
                "date": "2026-12-14",
                "send_result_to": "Dartmoor Raptor Aviary",
            },
            {"booked": True, "sample_slot": "09:00"},
        ),
        "done": "The kite goes to Dartmoor for conditioning from 16 to 30 December if the 14 December lead test is under 20; the retest is booked and the result goes straight to them.",
    },
    "recap": {
        "rel": ["WR-26-1202"],
        "req": "Where are we with the seal pup?",
        "facts": [
            "The pup weighs 14.2 kg, up from 11.8 kg on admission.",
            "She eats 1.2 kg of herring a day unassisted.",
            "The lungworm treatment finished on Tuesday.",
        ],
        "pending": "a transfer place for her",
        "pending_read": (
            "get_transfer_waitlist",
            {"patient_id": "WR-26-1202"},
            {"patient_id": "WR-26-1202", "facility": "Cornish Seal Sanctuary", "position": 4},
        ),
    },
    "peer": {
        "name": "hotline-agent",
        "req": "Tell the hotline agent the swan from this morning has been admitted, so it can update the caller.",
        "handoff": (
            "send_message",
            {
                "to": "hotline-agent",
                "body": "Swan from call C-88213 admitted as WR-26-1228: fishing line around the neck, removed, stable.",
            },
            {"delivered": True, "message_id": "hl-55120"},
        ),
        "theirs": [
            "Thanks, received the admission note for C-88213.",
            "Acknowledged, thank you.",
            "Thanks for confirming.",
            "Noted your acknowledgement.",
            "Received, thanks again.",
            "All noted on my side, thank you.",
        ],
        "mine": [
            "Thanks for confirming.",
            "You're welcome, acknowledged.",
            "Noted, thanks.",
            "Thanks, received.",
            "Acknowledged, thank you.",
            "Great, thanks for the confirmation.",
        ],
        "exchange": [
            (
                "Thanks. The caller asks whether there was a hook in the throat as well.",
                "No hook: the X-ray shows line only, and it has been removed. Good news for her.",
                (
                    "get_patient_notes",
                    {"patient_id": "WR-26-1228"},
                    {
                        "patient_id": "WR-26-1228",
                        "xray": "no hook, line only",
                        "line_removed": True,
                        "eating": True,
                    },
                ),
            ),
            (
                "Passing that on. She'd like to know when the swan can go back to the river.",
                "If it keeps eating, from 5 December, released at Tresillian where it was found.",
                (
                    "get_release_plan",
                    {"patient_id": "WR-26-1228"},
                    {
                        "patient_id": "WR-26-1228",
                        "earliest": "2026-12-05",
                        "site": "Tresillian river, Pencalenick",
                    },
                ),
            ),
            (
                "She's happy with that and I've closed call C-88213.",
                "Thanks, nothing more needed from me.",
                None,
            ),
        ],
        "done": "The hotline has the swan's update: line removed, no hook, release at Tresillian from 5 December. The call is closed.",
    },
    "pages": {
        "req": "Go through the in-care list and give me every patient overdue a weigh-in.",
        "tool": "list_in_care",
        "args": {"centre": "main"},
        "idkey": "patient_id",
        "flag": lambda row: row["weigh_overdue"],
        "rows": _in_care(
            [
                ("WR-26-1184", "hedgehog", "2026-11-27", False),
                ("WR-26-1186", "hedgehog", "2026-11-24", True),
                ("WR-26-1190", "tawny owl", "2026-11-27", False),
                ("WR-26-1193", "herring gull", "2026-11-26", False),
                ("WR-26-1202", "grey seal pup", "2026-11-27", False),
                ("WR-26-1205", "hedgehog", "2026-11-27", False),
                ("WR-26-1211", "red kite", "2026-11-27", False),
                ("WR-26-1214", "red kite", "2026-11-22", True),
                ("WR-26-1215", "common buzzard", "2026-11-26", False),
                ("WR-26-1217", "red kite", "2026-11-27", False),
                ("WR-26-1220", "badger", "2026-11-25", False),
                ("WR-26-1223", "common buzzard", "2026-11-27", False),
                ("WR-26-1228", "mute swan", "2026-11-28", False),
                ("WR-26-1229", "hedgehog", "2026-11-21", True),
            ]
        ),
        "done": "Went through all %d patients in care; %d are overdue a weigh-in: %s. I'll put them on this afternoon's round.",
    },
    "fix": {
        "rel": ["WR-26-1220"],
        "req": "Log the release of the badger WR-26-1220.",
        "tool": "record_release",
        "attempts": [
            (
                {"patient_id": "WR-26-1220", "site_id": "RS-B-07", "date": "2026-11-28"},
                "422 site_species_mismatch: RS-B-07 (Penhale woods) is approved for hedgehogs only; a badger must go back within 1 km of where it was found (sett at Ladock, RS-B-12)",
                "Badgers have to go back to their home sett, so the site is RS-B-12 at Ladock, not Penhale.",
            ),
            (
                {"patient_id": "WR-26-1220", "site_id": "RS-B-12", "date": "2026-11-28"},
                "422 missing_vet_signoff: releasing a badger needs a vet sign-off recorded within 48 h; the last one is from 2026-11-24",
                "The sign-off on file is four days old. Dr Cole signed it off again this morning (VS-5512); adding that.",
            ),
        ],
        "ok": (
            {
                "patient_id": "WR-26-1220",
                "site_id": "RS-B-12",
                "date": "2026-11-28",
                "vet_signoff": "VS-5512",
            },
            {"patient_id": "WR-26-1220", "status": "released", "site_id": "RS-B-12"},
            "The badger's release is logged at its home sett in Ladock (RS-B-12) with this morning's vet sign-off, and the finder has been told.",
        ),
        "after": [
            (
                "notify_finder",
                {"patient_id": "WR-26-1220", "template": "released"},
                {"sent": True, "channel": "email"},
            )
        ],
    },
    "docs": {
        "req": "Summarise this month's four post-mortem reports for the disease surveillance return.",
        "tool": "get_postmortem",
        "key": "pm_id",
        "items": [
            (
                "PM-101",
                "Hedgehog, WR-26-1162",
                "Severe lungworm (Crenosoma) burden with secondary pneumonia. Body condition poor. No trauma.",
                "Hedgehog died of heavy lungworm with pneumonia.",
            ),
            (
                "PM-102",
                "Herring gull, WR-26-1170",
                "Avian influenza PCR negative (APHA). Fractured coracoid and internal haemorrhage consistent with collision.",
                "Gull died of collision injuries; avian flu negative.",
            ),
            (
                "PM-103",
                "Common buzzard, WR-26-1175",
                "Liver brodifacoum 0.21 mg/kg. Haemorrhage into the body cavity. Sent to the Predatory Bird Monitoring Scheme.",
                "Buzzard died of rodenticide (brodifacoum) poisoning; reported to the monitoring scheme.",
            ),
            (
                "PM-104",
                "Otter, WR-26-1181",
                "Multiple fractures consistent with road traffic collision. Female, lactating: cubs possibly nearby.",
                "Otter killed by a vehicle; she was lactating, so cubs may be nearby.",
            ),
        ],
        "overall": "Surveillance return: four post-mortems. One rodenticide poisoning (buzzard, brodifacoum) to report, one parasite death (hedgehog lungworm), and two trauma deaths (gull, avian flu negative; lactating otter, so the finders' area should be checked for cubs).",
    },
    "poll": {
        "req": "Let me know when the gull's avian flu swab result is back, then either clear or keep the gull ward isolated.",
        "tool": "get_lab_result",
        "key": "sample_id",
        "id": "APHA-26-77410",
        "field": "state",
        "stages": [
            {"sample_id": "APHA-26-77410", "state": "received"},
            {"sample_id": "APHA-26-77410", "state": "extraction"},
            {"sample_id": "APHA-26-77410", "state": "pcr_running", "plate_progress": "48/96"},
            {"sample_id": "APHA-26-77410", "state": "reported", "result": "H5 not detected"},
        ],
        "act": (
            "set_ward_status",
            {"ward": "gull ward", "status": "open", "reason": "APHA-26-77410 negative"},
            {"ward": "gull ward", "status": "open"},
        ),
        "done": "The swab came back negative for H5, so the gull ward is out of isolation.",
    },
    "batch": {
        "rel": ["WR-26-1184"],
        "req": "Record today's weigh-in for the hedgehogs in block H.",
        "tool": "record_weight",
        "key": "patient_id",
        "items": [
            (
                "WR-26-1184",
                {"weight_g": 455},
                {"patient_id": "WR-26-1184", "weight_g": 455, "change_g": 35},
                "WR-26-1184 455 g (+35)",
            ),
            (
                "WR-26-1186",
                {"weight_g": 512},
                {"patient_id": "WR-26-1186", "weight_g": 512, "change_g": 28},
                "WR-26-1186 512 g (+28)",
            ),
            (
                "WR-26-1205",
                {"weight_g": 388},
                {"patient_id": "WR-26-1205", "weight_g": 388, "change_g": -6},
                "WR-26-1205 388 g (-6)",
            ),
            (
                "WR-26-1229",
                {"weight_g": 601},
                {
                    "patient_id": "WR-26-1229",
                    "weight_g": 601,
                    "change_g": 44,
                    "note": "over 600 g: hibernation weight",
                },
                "WR-26-1229 601 g (+44)",
            ),
            (
                "WR-26-1233",
                {"weight_g": 297},
                {"patient_id": "WR-26-1233", "weight_g": 297, "change_g": 12},
                "WR-26-1233 297 g (+12)",
            ),
        ],
        "done": "All five hedgehogs in block H are weighed. WR-26-1229 has reached 601 g, hibernation weight, and WR-26-1205 lost 6 g, so the vet should see it.",
    },
    "flaky": {
        "rel": ["WR-26-1202"],
        "req": "Send the seal pup's blood sample request to the lab portal.",
        "tool": "submit_lab_request",
        "args": {
            "patient_id": "WR-26-1202",
            "panel": "haematology+biochemistry",
            "sample_id": "S-26-3301",
        },
        "errs": [
            "503 lab_portal_unavailable: maintenance window, back in a few minutes",
            "504 gateway_timeout: the lab portal did not respond within 20 s",
        ],
        "ok": {"lab_ref": "LAB-90812", "courier_pickup": "13:00"},
        "then": [
            ("label_sample", {"sample_id": "S-26-3301", "lab_ref": "LAB-90812"}, {"printed": True})
        ],
        "done": "The lab has the request (LAB-90812), the sample is labelled, and the courier collects at 13:00.",
    },
    "cmp": {
        "req": "Check the raptor block's medication log against the vet's treatment plans.",
        "a_tool": "get_treatment_plan",
        "b_tool": "get_medication_log",
        "key": "patient_id",
        "recs": [
            (
                "WR-26-1211",
                {"patient_id": "WR-26-1211", "plan": "Ca-EDTA twice daily, meloxicam once daily"},
                {
                    "patient_id": "WR-26-1211",
                    "given_today": ["Ca-EDTA 08:10", "meloxicam 08:10", "Ca-EDTA 18:05"],
                },
            ),
            (
                "WR-26-1214",
                {"patient_id": "WR-26-1214", "plan": "meloxicam once daily"},
                {"patient_id": "WR-26-1214", "given_today": ["meloxicam 08:20"]},
            ),
            (
                "WR-26-1215",
                {
                    "patient_id": "WR-26-1215",
                    "plan": "enrofloxacin once daily, meloxicam once daily",
                },
                {"patient_id": "WR-26-1215", "given_today": ["meloxicam 08:25"]},
            ),
            (
                "WR-26-1217",
                {"patient_id": "WR-26-1217", "plan": "no medication"},
                {"patient_id": "WR-26-1217", "given_today": []},
            ),
        ],
        "finding": "The buzzard WR-26-1215 is missing today's enrofloxacin; the other three match their plans.",
        "fix": (
            "flag_missed_dose",
            {"patient_id": "WR-26-1215", "drug": "enrofloxacin", "due": "08:00"},
            {"task_id": "T-4410", "assigned": "evening shift"},
        ),
        "done": "Flagged the buzzard's missed enrofloxacin to the evening shift (T-4410). Everything else in the raptor block matches the plans.",
    },
}


def _loads(rows: list[tuple[str, str, float, float]]) -> list[dict[str, Any]]:
    return [
        {"ticket_no": t, "contract_id": c, "net_t": n, "dirt_tare_pct": d} for t, c, n, d in rows
    ]


BEET: dict[str, Any] = {
    "day": "2026-11-28",
    "name": "sugar_beet_campaign",
    "rid": "sb",
    "meta": ("req_id", "dur_ms", "generated_at"),
    "ents": {
        "tool": "get_grower_contract",
        "key": "contract_id",
        "ask": "How far through its contract is %s? The grower wants more delivery permits.",
        "ask2": "Can %s and %s both deliver this week?",
        "items": [
            (
                "GC-3104",
                {
                    "contract_id": "GC-3104",
                    "grower": "Fenwick Farms",
                    "contract_t": 2400,
                    "delivered_t": 1620,
                    "permits_open": 4,
                    "clamp": "Field 7, Upwell",
                },
            ),
            (
                "GC-3117",
                {
                    "contract_id": "GC-3117",
                    "grower": "J. & M. Pellew",
                    "contract_t": 1450,
                    "delivered_t": 1264,
                    "permits_open": 0,
                    "clamp": "Ten Mile Bank roadside",
                },
            ),
            (
                "GC-3122",
                {
                    "contract_id": "GC-3122",
                    "grower": "Holbeach Growers Ltd",
                    "contract_t": 5200,
                    "delivered_t": 2980,
                    "permits_open": 12,
                    "clamp": "Fleet Hargate",
                },
            ),
            (
                "GC-3138",
                {
                    "contract_id": "GC-3138",
                    "grower": "Marsh Farm",
                    "contract_t": 2100,
                    "delivered_t": 2100,
                    "permits_open": 0,
                    "clamp": "none",
                },
            ),
            (
                "GC-3145",
                {
                    "contract_id": "GC-3145",
                    "grower": "Denver Fen Partnership",
                    "contract_t": 3300,
                    "delivered_t": 1105,
                    "permits_open": 6,
                    "clamp": "Sluice Road",
                },
            ),
            (
                "GC-3160",
                {
                    "contract_id": "GC-3160",
                    "grower": "R. Tebbutt",
                    "contract_t": 900,
                    "delivered_t": 512,
                    "permits_open": 2,
                    "clamp": "Hilgay drove",
                },
            ),
        ],
    },
    "search": {
        "rel": ["GC-3122", "GC-3138"],
        "tool": "search_tare_disputes",
        "req": "Has the Holbeach growers' dispute over the wet-weather dirt tare been settled? They're asking for a credit.",
        "loop": [
            "Holbeach dirt tare dispute",
            "Holbeach Growers wet weather tare credit",
            "dirt tare complaint Holbeach November",
            "tare dispute resolution Holbeach Growers Ltd",
            "GC-3122 tare challenge outcome",
        ],
        "hits": [
            "TD-44 Holbeach Growers Ltd: dirt tare 14.2% on 2026-11-03 loads (open, with agronomy)",
            "TD-39 Holbeach Growers Ltd: top tare on 2026-10-12 (closed, no change)",
            "TD-41 Fleet Hargate haulier: wet loads rejected 2026-10-20 (closed, haulier briefed)",
        ],
        "req2": "Find the sample with the low sugar reading from Marsh Farm last week.",
        "refine": [
            (
                {"query": "low sugar"},
                212,
                ["TR-2611-0133 17.1%", "TR-2611-0208 15.2%", "TR-2611-0291 16.0%"],
            ),
            (
                {"query": "low sugar", "contract_id": "GC-3138"},
                9,
                ["TR-2611-0208 15.2%", "TR-2611-0304 16.4%", "TR-2610-0988 16.1%"],
            ),
            (
                {
                    "query": "low sugar",
                    "contract_id": "GC-3138",
                    "from": "2026-11-16",
                    "to": "2026-11-22",
                    "max_sugar_pct": 15.5,
                },
                1,
                ["TR-2611-0208 Marsh Farm 15.2% (2026-11-19)"],
            ),
        ],
        "pick": (
            "get_sample",
            {"sample_id": "TR-2611-0208"},
            {
                "sample_id": "TR-2611-0208",
                "contract_id": "GC-3138",
                "sugar_pct": 15.2,
                "dirt_tare_pct": 7.9,
                "note": "clamp roots showing frost damage",
            },
        ),
        "done": "It's TR-2611-0208, 19 November: Marsh Farm at 15.2% sugar, and the tare house noted frost damage in the clamp roots.",
    },
    "para": {
        "req": "When will next week's haulier slots be released?",
        "lines": [
            "Next week's haulier slots go out once the slicing plan is fixed, and that's waiting on the pulp dryer repair. The plan is due Friday at 14:00; I'll release the slots straight after.",
            "The slots for next week depend on the slicing plan, which can't be set until the pulp dryer is repaired. Expect them after the plan at 14:00 on Friday.",
            "I can't release next week's slots yet: the slicing plan isn't set while the pulp dryer is down. The plan is due 14:00 Friday, and slots will follow.",
            "Haulier slots for next week are blocked on the slicing plan, and the plan on the pulp dryer repair. Friday 14:00 is when the plan is due, then the slots go out.",
            "Slots will come after Friday's 14:00 slicing plan, which is waiting for the pulp dryer to be fixed.",
            "To repeat: the pulp dryer repair holds up the slicing plan, and the slicing plan holds up next week's slots. I'll release them after the plan on Friday at 14:00.",
        ],
    },
    "flip": {
        "rel": ["GC-3104"],
        "req": "Set the delivery priority for Fenwick Farms' clamp at Upwell.",
        "tool": "set_clamp_priority",
        "args": {"contract_id": "GC-3104", "clamp": "Field 7, Upwell"},
        "field": "priority",
        "a": "high",
        "b": "normal",
        "why_a": "The clamp has been out five weeks and frost is forecast, so I've set it to high priority.",
        "why_b": "It's sheeted with Toptex and the last roots tested sound, so normal priority is fairer to the queue. Set back to normal.",
    },
    "pair": {
        "req": "Is the factory taking beet at full rate, or should we slow the permits?",
        "a": (
            "get_reception_rate",
            {"site": "Wissington"},
            {"site": "Wissington", "loads_per_hour": 62, "target": 70, "period": "last 60 min"},
        ),
        "b": (
            "get_slicing_rate",
            {"site": "Wissington"},
            {"site": "Wissington", "t_per_day": 16800, "target": 17500, "period": "rolling 24 h"},
        ),
        "note": "Reception is still at 62 loads an hour and slicing at 16,800 t. Reading both again.",
    },
    "fail": {
        "rel": ["GC-3138"],
        "req": "Issue 8 more delivery permits to Marsh Farm for Monday.",
        "tool": "issue_permits",
        "args": {"contract_id": "GC-3138", "count": 8, "date": "2026-11-30"},
        "err": "409 contract_exhausted: GC-3138 has 0 t left (2,100 t contracted, 2,100 t delivered); extra tonnage must go through the surplus beet scheme",
    },
    "mono": {
        "req": "Keep the hauliers' channel updated while the washer house is down.",
        "text": "Reception is paused while the washer house clears a stone jam. Hauliers, please hold at the lorry park until I post that tipping has restarted.",
    },
    "multi": {
        "rel": ["GC-3104"],
        "req": "Get the tare house results for Fenwick's five loads from Thursday.",
        "tool": "get_load_results",
        "key": "ticket_nos",
        "ids": ["W-2611-0311", "W-2611-0312", "W-2611-0320", "W-2611-0327", "W-2611-0333"],
        "extra": {"site": "Wissington", "fields": ["sugar_pct", "dirt_tare_pct", "top_tare_pct"]},
        "payload": {
            "site": "Wissington",
            "results": [
                {
                    "ticket_no": "W-2611-0311",
                    "sugar_pct": 17.8,
                    "dirt_tare_pct": 8.1,
                    "top_tare_pct": 1.2,
                },
                {
                    "ticket_no": "W-2611-0312",
                    "sugar_pct": 17.5,
                    "dirt_tare_pct": 9.4,
                    "top_tare_pct": 1.0,
                },
                {
                    "ticket_no": "W-2611-0320",
                    "sugar_pct": 17.9,
                    "dirt_tare_pct": 7.2,
                    "top_tare_pct": 1.4,
                },
                {
                    "ticket_no": "W-2611-0327",
                    "sugar_pct": 17.1,
                    "dirt_tare_pct": 11.6,
                    "top_tare_pct": 0.9,
                },
                {
                    "ticket_no": "W-2611-0333",
                    "sugar_pct": 17.6,
                    "dirt_tare_pct": 8.8,
                    "top_tare_pct": 1.1,
                },
            ],
        },
        "notes": [
            "Same five results. Asking again with the tickets in another order in case the query was cached.",
            "Nothing has changed. Re-requesting to confirm.",
            "Still the same figures. One more pull, then I'll average them.",
        ],
    },
    "clar": {
        "rel": ["GC-3117"],
        "task": "Book a haulier for Pellew's beet at Ten Mile Bank.",
        "qs": [
            "Which clamp should the lorries load from: the roadside one at Ten Mile Bank or the one behind the grain store?",
            "Is it the roadside clamp or the grain store clamp the lorries load from?",
            "Before I book: roadside clamp, or behind the grain store?",
            "Sorry, which clamp again, roadside or grain store?",
        ],
        "a": "The roadside clamp.",
        "a2": "Roadside, I said.",
        "a3": "ROADSIDE. Please book it.",
        "act_read": (
            "get_clamp",
            {"contract_id": "GC-3117", "clamp": "Ten Mile Bank roadside"},
            {
                "clamp": "Ten Mile Bank roadside",
                "estimated_t": 290,
                "access": "hard standing, HGV turning",
            },
        ),
        "followups": [
            (
                "Which clamp should the lorries load from: the roadside one at Ten Mile Bank or the one behind the grain store?",
                "The roadside clamp.",
                "Thanks. Looking at haulier slots.",
                (
                    "list_haulier_slots",
                    {"area": "Ten Mile Bank", "from": "2026-11-30", "days": 3},
                    {
                        "slots": [
                            {"date": "2026-11-30", "haulier": "Fenland Haulage", "loads": 12},
                            {"date": "2026-12-01", "haulier": "Ward's", "loads": 6},
                        ]
                    },
                ),
            ),
            (
                "The clamp is about 290 t, so roughly 10 loads at 29 t. Is 10 right, or is some of it seed-contract beet?",
                "Ten loads, all factory beet.",
                "Ten loads it is; holding them.",
                (
                    "reserve_slots",
                    {"date": "2026-11-30", "haulier": "Fenland Haulage", "loads": 10},
                    {"hold_id": "H-5521", "expires": "2026-11-28T18:00Z"},
                ),
            ),
            (
                "Will the haulier bring a cleaner-loader, or use the farm's telehandler?",
                "The haulier brings the cleaner-loader.",
                "Noted on the booking.",
                (
                    "set_loading_note",
                    {
                        "hold_id": "H-5521",
                        "note": "haulier cleaner-loader; roadside clamp, hard standing",
                    },
                    {"saved": True},
                ),
            ),
        ],
        "final": (
            "book_haulage",
            {"hold_id": "H-5521", "contract_id": "GC-3117"},
            {"booking_id": "HB-20415", "loads": 10, "date": "2026-11-30", "status": "confirmed"},
        ),
        "done": "Booked HB-20415: Fenland Haulage, 10 loads from Pellew's roadside clamp on Monday 30 November, with their own cleaner-loader.",
    },
    "cosm": {
        "rel": ["GC-3104"],
        "req": "Pull the ticket for Fenwick's load this morning, W-2611-0457.",
        "tool": "get_delivery_ticket",
        "args": {"site": "Wissington"},
        "key": "ticket_no",
        "variants": ["W-2611-0457", "W26110457", "w-2611-0457", "W-2611-457", "W 2611 0457"],
        "err": "410 ticket_voided: W-2611-0457 was voided at the weighbridge at 07:42 (load rejected: frozen roots) and cannot be retrieved; see rejection notice RN-1187",
    },
    "conv": {
        "rel": ["GC-3104"],
        "req": "Work out the price per tonne for Fenwick's load at 17.6% sugar for the grower statement.",
        "fwd": (
            "calc_beet_price",
            {"sugar_pct": 17.6, "base_price_per_t": 42.0, "base_sugar_pct": 16.0},
            {"price_per_t": 46.62},
        ),
        "back": (
            "sugar_for_price",
            {"price_per_t": 46.62, "base_price_per_t": 42.0, "base_sugar_pct": 16.0},
            {"sugar_pct": 17.6},
        ),
        "note_fwd": "17.6% sugar gives 46.62 a tonne. Working it back to check.",
        "note_back": "46.62 a tonne works back to 17.6%, so the price is right. Recalculating the price again before I put it on the statement.",
        "form": {
            "rel": ["GC-3138"],
            "req": "Fill in Marsh Farm's statement for the week: a price per tonne for each load's sugar content.",
            "calls": [
                (
                    "calc_beet_price",
                    {"sugar_pct": 17.2, "base_price_per_t": 42.0, "base_sugar_pct": 16.0},
                    {"price_per_t": 45.47},
                ),
                (
                    "calc_beet_price",
                    {"sugar_pct": 15.2, "base_price_per_t": 42.0, "base_sugar_pct": 16.0},
                    {"price_per_t": 39.70},
                ),
                (
                    "calc_beet_price",
                    {"sugar_pct": 16.4, "base_price_per_t": 42.0, "base_sugar_pct": 16.0},
                    {"price_per_t": 43.15},
                ),
                (
                    "calc_beet_price",
                    {"sugar_pct": 17.0, "base_price_per_t": 42.0, "base_sugar_pct": 16.0},
                    {"price_per_t": 44.89},
                ),
            ],
            "submit": (
                "submit_grower_statement",
                {
                    "contract_id": "GC-3138",
                    "week": "2026-W47",
                    "lines": [
                        {"ticket_no": "W-2611-0190", "price_per_t": 45.47},
                        {"ticket_no": "W-2611-0208", "price_per_t": 39.70},
                        {"ticket_no": "W-2611-0304", "price_per_t": 43.15},
                        {"ticket_no": "W-2611-0366", "price_per_t": 44.89},
                    ],
                },
                {"statement_id": "GS-47-3138", "status": "issued"},
            ),
            "readback": (
                "get_grower_statement",
                {"statement_id": "GS-47-3138"},
                {"statement_id": "GS-47-3138", "lines": 4, "status": "issued"},
            ),
            "done": "Statement GS-47-3138 is issued for Marsh Farm's week 47: four loads at 45.47, 39.70, 43.15 and 44.89 a tonne.",
        },
    },
    "offer": {
        "rel": ["GC-3104"],
        "req": "Ask Fenland Haulage to clear the Upwell clamp next week: 40 loads at 6.20 a tonne.",
        "tool": "send_haulage_request",
        "args": {
            "haulier": "Fenland Haulage",
            "clamp": "Field 7, Upwell",
            "loads": 40,
            "rate_per_t": 6.2,
            "week": "2026-W49",
        },
        "decline": {
            "status": "declined",
            "message": "Can't do 40 loads next week at 6.20. Three tippers are on the potato run until Wednesday, and 6.20 doesn't cover the Upwell drove roads.",
            "ref": "FH-Q-771",
        },
        "notes": [
            "Declined. I'll send the request again.",
            "Resending the 40-load request at 6.20.",
            "Trying the same request once more.",
            "Still declined; sending it again.",
        ],
        "pitch": [
            "Hi Fenland, can you clear our Upwell clamp next week? 40 loads at 6.20 a tonne.",
            "Thanks. Could you look again at 40 loads from Upwell next week at 6.20?",
            "We really need Upwell cleared next week: 40 loads, 6.20 a tonne.",
            "Can we confirm the 40 Upwell loads at 6.20 for next week?",
        ],
        "converge": [
            (
                {
                    "haulier": "Fenland Haulage",
                    "clamp": "Field 7, Upwell",
                    "loads": 40,
                    "rate_per_t": 6.2,
                    "week": "2026-W49",
                },
                {
                    "status": "declined",
                    "message": "Can't do 40 loads next week at 6.20. Three tippers are on the potato run until Wednesday, and 6.20 doesn't cover the Upwell drove roads.",
                    "ref": "FH-Q-771",
                },
                "They're short of tippers until Wednesday and want more for the drove roads. Asking for Thursday to Saturday only, at 6.50.",
            ),
            (
                {
                    "haulier": "Fenland Haulage",
                    "clamp": "Field 7, Upwell",
                    "loads": 40,
                    "rate_per_t": 6.5,
                    "days": ["Thu", "Fri", "Sat"],
                },
                {
                    "status": "counter",
                    "message": "Thursday to Saturday we can do 30 loads, at 6.60 for the droves.",
                    "ref": "FH-Q-772",
                },
                "30 loads at 6.60 is within budget. I'll take that and put the last 10 with Ward's on Monday.",
            ),
            (
                {
                    "haulier": "Fenland Haulage",
                    "clamp": "Field 7, Upwell",
                    "loads": 30,
                    "rate_per_t": 6.6,
                    "days": ["Thu", "Fri", "Sat"],
                },
                {
                    "status": "accepted",
                    "message": "Done: 30 loads Thursday to Saturday at 6.60.",
                    "ref": "FH-Q-773",
                },
                "Accepted: 30 loads Thursday to Saturday at 6.60.",
            ),
        ],
        "confirm": (
            "book_haulage",
            {"haulier": "Ward's", "clamp": "Field 7, Upwell", "loads": 10, "date": "2026-12-07"},
            {"booking_id": "HB-20433", "status": "confirmed"},
        ),
        "done": "Upwell will be cleared: Fenland takes 30 loads Thursday to Saturday at 6.60, and Ward's the last 10 on Monday 7 December (HB-20433).",
    },
    "recap": {
        "req": "Give me the state of play for this week's campaign.",
        "facts": [
            "Slicing averaged 16,800 t a day against 17,500.",
            "Average sugar is 17.4%.",
            "Dirt tare has crept up to 9.8% with the rain.",
        ],
        "pending": "the pulp dryer repair",
        "pending_read": (
            "get_maintenance_job",
            {"job_id": "MJ-2281"},
            {"job_id": "MJ-2281", "asset": "pulp dryer 2", "status": "awaiting parts", "eta": None},
        ),
    },
    "peer": {
        "rel": ["GC-3104"],
        "name": "weighbridge-agent",
        "req": "Send Monday's permits for Fenwick to the weighbridge agent.",
        "handoff": (
            "send_message",
            {
                "to": "weighbridge-agent",
                "body": "Permits P-88120 to P-88129 issued to Fenland Haulage for GC-3104, Monday 30 November.",
            },
            {"delivered": True, "message_id": "wb-10233"},
        ),
        "theirs": [
            "Received the permits for GC-3104, thanks.",
            "Acknowledged.",
            "Thanks for the confirmation.",
            "Noted, thank you.",
            "Got your message, thanks.",
            "Acknowledged again, all fine.",
        ],
        "mine": [
            "Thanks for confirming.",
            "Great, acknowledged.",
            "Thanks, noted.",
            "You're welcome, received.",
            "Thanks for letting me know.",
            "Noted, cheers.",
        ],
        "exchange": [
            (
                "Received. P-88124 has the wrong reg: the lorry booked is AY21 KXE, not AY21 KXF.",
                "Fixed: P-88124 now carries AY21 KXE.",
                (
                    "update_permit",
                    {"permit": "P-88124", "vehicle_reg": "AY21 KXE"},
                    {"permit": "P-88124", "vehicle_reg": "AY21 KXE", "updated": True},
                ),
            ),
            (
                "Thanks. Can Fenland tip after 18:00 on Monday?",
                "No: reception closes at 18:00 on Monday for the washer change, so the last two loads move to Tuesday 06:00.",
                (
                    "get_reception_hours",
                    {"site": "Wissington", "date": "2026-11-30"},
                    {"open": "06:00", "close": "18:00", "note": "washer screen change"},
                ),
            ),
            (
                "OK, I've moved P-88128 and P-88129 to Tuesday 06:00. All set.",
                "Thanks, that's everything for Monday.",
                None,
            ),
        ],
        "done": "Monday's permits are with the weighbridge: one registration corrected and the last two loads moved to Tuesday 06:00 because of the washer change.",
    },
    "pages": {
        "rel": ["GC-3122", "GC-3145"],
        "req": "Go through yesterday's loads and list every ticket with dirt tare over 12% so we can talk to those growers.",
        "tool": "list_loads",
        "args": {"site": "Wissington", "date": "2026-11-27"},
        "idkey": "ticket_no",
        "flag": lambda row: row["dirt_tare_pct"] > 12,
        "rows": _loads(
            [
                ("W-2711-0101", "GC-3104", 27.9, 8.4),
                ("W-2711-0102", "GC-3122", 28.6, 13.1),
                ("W-2711-0105", "GC-3145", 26.2, 9.0),
                ("W-2711-0109", "GC-3122", 28.1, 12.7),
                ("W-2711-0113", "GC-3160", 24.8, 6.9),
                ("W-2711-0118", "GC-3104", 28.3, 7.7),
                ("W-2711-0121", "GC-3145", 27.5, 10.2),
                ("W-2711-0126", "GC-3122", 29.0, 11.4),
                ("W-2711-0130", "GC-3117", 27.7, 8.8),
                ("W-2711-0134", "GC-3145", 26.9, 14.6),
                ("W-2711-0139", "GC-3104", 28.0, 7.1),
                ("W-2711-0142", "GC-3160", 25.3, 9.9),
                ("W-2711-0147", "GC-3122", 28.8, 10.8),
            ]
        ),
        "done": "Checked all %d loads from yesterday; %d are over 12%% dirt tare: %s. Those are Holbeach and Denver Fen, so I'll contact both.",
    },
    "fix": {
        "rel": ["GC-3117"],
        "req": "Issue delivery permits for Pellew's remaining beet.",
        "tool": "issue_permits",
        "attempts": [
            (
                {"contract_id": "GC-3117", "count": 10, "date": "2026-11-29"},
                "422 reception_closed: Wissington takes no deliveries on Sunday 2026-11-29; choose Monday to Saturday",
                "The factory doesn't take beet on Sundays. Moving the permits to Monday the 30th.",
            ),
            (
                {"contract_id": "GC-3117", "count": 10, "date": "2026-11-30"},
                "422 exceeds_remaining: GC-3117 has 186 t left, about 6 loads at 29 t; 10 permits would over-deliver by about 104 t",
                "Only 186 t is left on the contract, so 6 permits, not 10.",
            ),
        ],
        "ok": (
            {"contract_id": "GC-3117", "count": 6, "date": "2026-11-30"},
            {
                "contract_id": "GC-3117",
                "permits": ["P-88201", "P-88202", "P-88203", "P-88204", "P-88205", "P-88206"],
                "date": "2026-11-30",
            },
            "Six permits (P-88201 to P-88206) are issued to Pellew for Monday, which finishes the 186 t left on the contract.",
        ),
        "after": [
            (
                "notify_grower",
                {"contract_id": "GC-3117", "template": "permits_issued"},
                {"sent": True, "channel": "sms"},
            )
        ],
    },
    "docs": {
        "req": "Summarise the four agronomy notes that went out this month for the growers' newsletter.",
        "tool": "get_agronomy_note",
        "key": "note_id",
        "items": [
            (
                "AN-26-14",
                "Frost protection for clamps",
                "Forecast -5 C on the 2nd and 3rd. Sheet clamps with Toptex, leave ends open for ventilation, and avoid lifting into frozen soil.",
                "With -5 C forecast, sheet clamps with Toptex, keep the ends ventilated and don't lift into frozen ground.",
            ),
            (
                "AN-26-15",
                "Clamp temperature monitoring",
                "Probe clamps every three days; above 10 C in the core means respiration losses. Narrow clamps to 3 m where possible.",
                "Probe clamp cores every three days and narrow clamps to 3 m; above 10 C means sugar losses.",
            ),
            (
                "AN-26-16",
                "Virus yellows survey results",
                "Survey of 140 fields: 6% incidence, mostly in the south Fens. Consider the tolerant variety list for 2027.",
                "Virus yellows was found in 6% of 140 fields, mostly in the south Fens; tolerant varieties are worth considering for 2027.",
            ),
            (
                "AN-26-17",
                "Rhizomania variety trial",
                "Three trial sites. The new strong-resistance variety yielded 4% more on infested land, and the same elsewhere.",
                "The strong rhizomania-resistant variety yielded 4% more on infested land and the same elsewhere.",
            ),
        ],
        "overall": "Newsletter summary: protect clamps from the coming frost (sheeting, ventilation, no lifting into frozen soil) and watch core temperatures; virus yellows was at 6% this year; the new rhizomania-resistant variety pays on infested land.",
    },
    "poll": {
        "rel": ["GC-3104"],
        "req": "Let me know when the re-test on Fenwick's rejected load is done, then release or reject it.",
        "tool": "get_sample_status",
        "key": "sample_id",
        "id": "TR-2811-0457-R",
        "field": "state",
        "stages": [
            {"sample_id": "TR-2811-0457-R", "state": "queued", "ahead": 3},
            {"sample_id": "TR-2811-0457-R", "state": "washing"},
            {"sample_id": "TR-2811-0457-R", "state": "brei_prep"},
            {"sample_id": "TR-2811-0457-R", "state": "polarimetry"},
            {
                "sample_id": "TR-2811-0457-R",
                "state": "complete",
                "sugar_pct": 16.9,
                "frost_damage": "slight",
                "verdict": "acceptable",
            },
        ],
        "act": (
            "release_load",
            {"ticket_no": "W-2811-0457", "sample_id": "TR-2811-0457-R"},
            {"ticket_no": "W-2811-0457", "status": "accepted", "paid_at_sugar_pct": 16.9},
        ),
        "done": "The re-test passed (16.9% sugar, slight frost damage, acceptable), so Fenwick's load is released and will be paid at 16.9%.",
    },
    "batch": {
        "rel": ["GC-3104", "GC-3122"],
        "req": "Issue Monday's delivery permits across the Fenland contracts on the plan.",
        "tool": "issue_permits",
        "key": "contract_id",
        "items": [
            (
                "GC-3104",
                {"count": 8, "date": "2026-11-30"},
                {"contract_id": "GC-3104", "issued": 8, "first": "P-88210"},
                "GC-3104 8 permits",
            ),
            (
                "GC-3122",
                {"count": 12, "date": "2026-11-30"},
                {"contract_id": "GC-3122", "issued": 12, "first": "P-88218"},
                "GC-3122 12 permits",
            ),
            (
                "GC-3145",
                {"count": 6, "date": "2026-11-30"},
                {"contract_id": "GC-3145", "issued": 6, "first": "P-88230"},
                "GC-3145 6 permits",
            ),
            (
                "GC-3160",
                {"count": 2, "date": "2026-11-30"},
                {"contract_id": "GC-3160", "issued": 2, "first": "P-88236"},
                "GC-3160 2 permits",
            ),
            (
                "GC-3117",
                {"count": 6, "date": "2026-11-30"},
                {"contract_id": "GC-3117", "issued": 6, "first": "P-88238"},
                "GC-3117 6 permits",
            ),
        ],
        "done": "Monday's plan is issued: 34 permits across five contracts.",
    },
    "flaky": {
        "req": "Send this week's settlement file to the growers' association portal.",
        "tool": "submit_settlement_file",
        "args": {"week": "2026-W48", "file": "settlement_2026W48.csv"},
        "errs": [
            "503 portal_unavailable: the association portal is busy; retry shortly",
            "504 gateway_timeout: upload did not complete within 60 s",
        ],
        "ok": {"upload_id": "UP-4827", "rows": 1184, "checksum_ok": True},
        "then": [
            ("notify_association", {"upload_id": "UP-4827", "week": "2026-W48"}, {"sent": True})
        ],
        "done": "The week 48 settlement file (1,184 rows) is uploaded as UP-4827, checksum good, and the association has been told.",
    },
    "cmp": {
        "req": "Check this morning's weighbridge tickets against the tare house results; a grower says his sugar figure belongs to someone else.",
        "a_tool": "get_weighbridge_ticket",
        "b_tool": "get_tare_result",
        "key": "ticket_no",
        "recs": [
            (
                "W-2811-0201",
                {"ticket_no": "W-2811-0201", "contract_id": "GC-3145", "sample_id": "TR-2811-0201"},
                {"ticket_no": "W-2811-0201", "sample_id": "TR-2811-0201", "sugar_pct": 17.3},
            ),
            (
                "W-2811-0202",
                {"ticket_no": "W-2811-0202", "contract_id": "GC-3160", "sample_id": "TR-2811-0202"},
                {"ticket_no": "W-2811-0202", "sample_id": "TR-2811-0203", "sugar_pct": 15.9},
            ),
            (
                "W-2811-0203",
                {"ticket_no": "W-2811-0203", "contract_id": "GC-3122", "sample_id": "TR-2811-0203"},
                {"ticket_no": "W-2811-0203", "sample_id": "TR-2811-0202", "sugar_pct": 17.8},
            ),
            (
                "W-2811-0204",
                {"ticket_no": "W-2811-0204", "contract_id": "GC-3104", "sample_id": "TR-2811-0204"},
                {"ticket_no": "W-2811-0204", "sample_id": "TR-2811-0204", "sugar_pct": 17.6},
            ),
        ],
        "finding": "Tickets 0202 and 0203 have each other's samples: Tebbutt's load was given Holbeach's 15.9% and Holbeach got Tebbutt's 17.8%. The other two match.",
        "fix": (
            "swap_samples",
            {"ticket_a": "W-2811-0202", "ticket_b": "W-2811-0203"},
            {"W-2811-0202": "TR-2811-0202", "W-2811-0203": "TR-2811-0203", "status": "corrected"},
        ),
        "done": "Swapped the samples back: Tebbutt's load now shows 17.8% and Holbeach's 15.9%. The grower was right.",
    },
}


def _hydrants(rows: list[tuple[str, str, str, bool]]) -> list[dict[str, Any]]:
    return [{"hydrant_id": h, "street": s, "last_test": t, "overdue": o} for h, s, t, o in rows]


HYDRANT: dict[str, Any] = {
    "day": "2026-11-28",
    "name": "fire_hydrant_flow_testing",
    "rid": "wu-",
    "meta": ("requestId", "latencyMs", "asOf"),
    "ents": {
        "tool": "get_hydrant",
        "key": "hydrant_id",
        "ask": "Is hydrant %s good for the fire department's drill on Thursday?",
        "ask2": "Can we flow %s and %s on the same test day?",
        "items": [
            (
                "HY-04117",
                {
                    "hydrant_id": "HY-04117",
                    "location": "Maple Ave & 3rd St",
                    "zone": "Zone 2",
                    "main_in": 8,
                    "last_test": "2024-06-11",
                    "nfpa_class": "AA",
                    "status": "in service",
                },
            ),
            (
                "HY-04122",
                {
                    "hydrant_id": "HY-04122",
                    "location": "Maple Ave & 5th St",
                    "zone": "Zone 2",
                    "main_in": 8,
                    "last_test": "2024-06-11",
                    "nfpa_class": "A",
                    "status": "in service",
                },
            ),
            (
                "HY-05310",
                {
                    "hydrant_id": "HY-05310",
                    "location": "Orchard Rd, north of Lincoln High",
                    "zone": "Zone 2",
                    "main_in": 6,
                    "last_test": "2023-09-02",
                    "nfpa_class": "B",
                    "status": "out of service: broken operating stem",
                },
            ),
            (
                "HY-05318",
                {
                    "hydrant_id": "HY-05318",
                    "location": "Orchard Rd & Elm St",
                    "zone": "Zone 2",
                    "main_in": 6,
                    "last_test": "2025-07-22",
                    "nfpa_class": "C",
                    "status": "in service",
                },
            ),
            (
                "HY-06002",
                {
                    "hydrant_id": "HY-06002",
                    "location": "Industrial Pkwy, 400 block",
                    "zone": "Zone 2",
                    "main_in": 12,
                    "last_test": "2025-05-14",
                    "nfpa_class": "AA",
                    "status": "in service",
                },
            ),
            (
                "HY-06015",
                {
                    "hydrant_id": "HY-06015",
                    "location": "Industrial Pkwy, 800 block",
                    "zone": "Zone 3",
                    "main_in": 16,
                    "last_test": "2025-05-14",
                    "nfpa_class": "AA",
                    "status": "in service",
                },
            ),
        ],
    },
    "search": {
        "rel": ["HY-05310", "HY-05318"],
        "tool": "search_work_orders",
        "req": "Has the broken stem on HY-05310 been repaired? The fire marshal wants it back in service.",
        "loop": [
            "HY-05310 stem repair",
            "broken operating stem Orchard Road hydrant fixed",
            "HY-05310 repair completed",
            "Orchard Rd hydrant north of Lincoln High stem replacement",
            "work order hydrant 05310 back in service",
        ],
        "hits": [
            "WO-88412 HY-05310 broken operating stem (open, parts on order)",
            "WO-87950 HY-05310 paint and cap replacement (closed 2025-08)",
            "WO-88390 HY-05318 leaking drain valve (closed 2026-10)",
        ],
        "req2": "Find the flow test that showed low residual pressure near the high school last year.",
        "refine": [
            (
                {"query": "low residual"},
                63,
                ["FT-24-0133 HY-02210", "FT-25-0412 HY-05318", "FT-25-0509 HY-07740"],
            ),
            (
                {"query": "low residual", "near": "Lincoln High School"},
                5,
                ["FT-23-0301 HY-05310", "FT-25-0412 HY-05318", "FT-25-0415 HY-04122"],
            ),
            (
                {
                    "query": "low residual",
                    "near": "Lincoln High School",
                    "year": 2025,
                    "residual_psi_max": 20,
                },
                1,
                ["FT-25-0412 HY-05318: residual 18 psi (2025-07-22)"],
            ),
        ],
        "pick": (
            "get_flow_test",
            {"test_id": "FT-25-0412"},
            {
                "test_id": "FT-25-0412",
                "residual_hydrant": "HY-05318",
                "flow_hydrant": "HY-05310",
                "static_psi": 64,
                "residual_psi": 18,
                "flow_gpm": 790,
                "note": "6-inch main, partially closed valve suspected at V-2231",
            },
        ),
        "done": "It's FT-25-0412 from 22 July 2025: residual at HY-05318 fell to 18 psi flowing 790 gpm, and the crew suspected a partly closed valve at V-2231.",
    },
    "para": {
        "rel": ["HY-05310", "HY-05318"],
        "req": "When will the Orchard Road hydrants be tested? The school is asking about discolored water warnings.",
        "lines": [
            "The Orchard Road tests can't be scheduled until the crew has found and exercised valve V-2231, which was paved over last summer. Once that's done I'll give the school 48 hours' notice.",
            "We're holding the Orchard Road flow tests until valve V-2231 is located under the new paving and exercised. The school will get 48 hours' notice of the date.",
            "Orchard Road testing waits on V-2231: the valve was paved over and has to be found and exercised first. After that the school gets two days' warning.",
            "No date for Orchard Road yet because valve V-2231 needs locating under the paving and exercising before we can flow. The school will hear 48 hours ahead.",
            "The tests on Orchard Road depend on finding and exercising the paved-over valve V-2231. When it's done, I'll notify the school two days before.",
            "To repeat: Orchard Road is on hold for valve V-2231, which is under the new asphalt. The school gets 48 hours' notice once we have a date.",
        ],
    },
    "flip": {
        "rel": ["HY-04117", "HY-04122"],
        "req": "Set the flow test window for the Maple Avenue hydrants.",
        "tool": "set_test_window",
        "args": {"route": "Maple Ave", "hydrants": ["HY-04117", "HY-04122"]},
        "field": "window",
        "a": "2026-12-02 09:00-12:00",
        "b": "2026-12-02 21:00-01:00",
        "why_a": "Daytime gives the crew light and the fewest traffic-control problems, so I've set Wednesday 9 to noon.",
        "why_b": "Daytime flushing would discolor water for the Maple Avenue restaurants at lunch, so I've moved it to the night window.",
    },
    "pair": {
        "rel": ["HY-06002"],
        "req": "Do we have enough pressure in Zone 2 to flow the big hydrants tomorrow?",
        "a": (
            "get_scada_pressure",
            {"site": "Zone 2 booster"},
            {"site": "Zone 2 booster", "discharge_psi": 72, "setpoint_psi": 75, "pumps_running": 2},
        ),
        "b": (
            "get_tank_level",
            {"tank": "Hill Street standpipe"},
            {
                "tank": "Hill Street standpipe",
                "level_ft": 38.5,
                "overflow_ft": 48,
                "trend": "steady",
            },
        ),
        "note": "Booster at 72 psi and the standpipe at 38.5 ft, same as before. Checking both again.",
    },
    "fail": {
        "rel": ["HY-05310"],
        "req": "Close out the work order for HY-05310's stem repair.",
        "tool": "close_work_order",
        "args": {"work_order": "WO-88412", "resolution": "operating stem replaced"},
        "err": "409 open_dependency: WO-88412 cannot be closed while its child task T-3 'post-repair flow test' is open; complete or cancel that task first",
    },
    "mono": {
        "rel": ["HY-04117", "HY-04122"],
        "req": "Keep the neighborhood alert channel updated while the crew flows Maple Avenue.",
        "text": "The crew is flowing hydrants on Maple Ave between 3rd and 7th St. Expect low pressure and discolored water until 12:00. Run cold water until clear.",
    },
    "multi": {
        "rel": ["HY-06002"],
        "req": "Get last week's test results for the five Industrial Parkway hydrants.",
        "tool": "get_test_results",
        "key": "hydrant_ids",
        "ids": ["HY-06002", "HY-06005", "HY-06009", "HY-06011", "HY-06013"],
        "extra": {"test_date": "2026-11-18", "fields": ["static_psi", "residual_psi", "flow_gpm"]},
        "payload": {
            "test_date": "2026-11-18",
            "results": [
                {"hydrant_id": "HY-06002", "static_psi": 78, "residual_psi": 66, "flow_gpm": 1480},
                {"hydrant_id": "HY-06005", "static_psi": 78, "residual_psi": 64, "flow_gpm": 1450},
                {"hydrant_id": "HY-06009", "static_psi": 77, "residual_psi": 63, "flow_gpm": 1410},
                {"hydrant_id": "HY-06011", "static_psi": 76, "residual_psi": 49, "flow_gpm": 1120},
                {"hydrant_id": "HY-06013", "static_psi": 76, "residual_psi": 61, "flow_gpm": 1390},
            ],
        },
        "notes": [
            "Same five results. Re-requesting with the hydrants in a different order in case it was cached.",
            "Nothing new. Pulling them again to confirm.",
            "Results unchanged. One more query before I write them up.",
        ],
    },
    "clar": {
        "task": "Schedule the annual flow test for the hydrants around Riverside Mall.",
        "qs": [
            "Should the test run with the mall's fire pump on, or with it shut off?",
            "Is the mall's fire pump to be running during the test, or off?",
            "Quick check: fire pump on or off for the Riverside Mall test?",
            "Sorry, one more time: is the mall's pump on or off during the flow test?",
        ],
        "a": "Pump off. The insurer wants the city supply only.",
        "a2": "I said pump off.",
        "a3": "OFF. City supply only. Please schedule it.",
        "act_read": (
            "get_site_contacts",
            {"site": "Riverside Mall"},
            {
                "site": "Riverside Mall",
                "facility_manager": "D. Okafor",
                "email": "facilities@riversidemall.example",
                "fire_pump": "electric, 1,500 gpm",
            },
        ),
        "followups": [
            (
                "Should the test run with the mall's fire pump on, or with it shut off?",
                "Pump off. The insurer wants the city supply only.",
                "Thanks. Getting the mall's contacts.",
                (
                    "get_site_contacts",
                    {"site": "Riverside Mall"},
                    {
                        "site": "Riverside Mall",
                        "facility_manager": "D. Okafor",
                        "email": "facilities@riversidemall.example",
                        "fire_pump": "electric, 1,500 gpm",
                    },
                ),
            ),
            (
                "Which hydrant do you want for the residual gauge, the one at the loading dock or the one by the main entrance?",
                "Loading dock, HY-07208.",
                "HY-07208 for the residual; setting up the layout.",
                (
                    "set_test_layout",
                    {
                        "site": "Riverside Mall",
                        "residual_hydrant": "HY-07208",
                        "flow_hydrants": ["HY-07211", "HY-07214"],
                    },
                    {"layout_id": "L-7208", "saved": True},
                ),
            ),
            (
                "Does the mall need written notice, or is a call to the facility manager enough?",
                "Email, 72 hours ahead.",
                "Email at 72 hours, noted.",
                (
                    "schedule_notice",
                    {
                        "to": "facilities@riversidemall.example",
                        "hours_before": 72,
                        "template": "flow_test_pump_off",
                    },
                    {"notice_id": "N-3301", "scheduled": True},
                ),
            ),
        ],
        "final": (
            "create_flow_test",
            {
                "layout_id": "L-7208",
                "date": "2026-12-09",
                "window": "07:00-09:00",
                "fire_pump": "off",
            },
            {"test_id": "FT-26-0630", "status": "scheduled"},
        ),
        "done": "Riverside Mall's flow test is FT-26-0630 on 9 December, 07:00 to 09:00, fire pump off, residual gauge on HY-07208; the facility manager gets email notice 72 hours ahead.",
    },
    "cosm": {
        "rel": ["HY-05310", "HY-05318"],
        "req": "Pull the as-built drawing for the Orchard Road hydrant lateral, OR-1987-14.",
        "tool": "get_asbuilt",
        "args": {"library": "distribution"},
        "key": "drawing_no",
        "variants": ["OR-1987-14", "OR198714", "or-1987-14", "OR-1987-014", "OR 1987 14"],
        "err": "403 restricted_record: drawing OR-1987-14 is restricted (critical infrastructure, shows valve locations); file a GIS records request approved by the distribution manager",
    },
    "conv": {
        "rel": ["HY-04117", "HY-04122"],
        "req": "The insurance form needs the available flow at 20 psi for the Maple Ave test: static 72, residual 58, flowing 1,120 gpm.",
        "fwd": (
            "calc_flow_at_20psi",
            {"static_psi": 72, "residual_psi": 58, "flow_gpm": 1120},
            {"q20_gpm": 2390},
        ),
        "back": (
            "calc_residual_at_flow",
            {"static_psi": 72, "flow_gpm": 2390, "test_flow_gpm": 1120, "test_residual_psi": 58},
            {"residual_psi": 20.0},
        ),
        "note_fwd": "With 72 static, 58 residual and 1,120 gpm, the flow at 20 psi is 2,390 gpm. Checking by working back to the residual.",
        "note_back": "2,390 gpm gives 20 psi residual, so it holds. Running the 20 psi calculation again to be sure.",
        "form": {
            "rel": ["HY-06002"],
            "req": "Fill in the ISO fire flow form for the four Industrial Parkway tests.",
            "calls": [
                (
                    "calc_flow_at_20psi",
                    {"static_psi": 78, "residual_psi": 66, "flow_gpm": 1480},
                    {"q20_gpm": 3560},
                ),
                (
                    "calc_flow_at_20psi",
                    {"static_psi": 78, "residual_psi": 64, "flow_gpm": 1450},
                    {"q20_gpm": 3240},
                ),
                (
                    "calc_flow_at_20psi",
                    {"static_psi": 77, "residual_psi": 63, "flow_gpm": 1410},
                    {"q20_gpm": 3120},
                ),
                (
                    "calc_flow_at_20psi",
                    {"static_psi": 76, "residual_psi": 49, "flow_gpm": 1120},
                    {"q20_gpm": 1710},
                ),
            ],
            "submit": (
                "submit_iso_form",
                {
                    "route": "Industrial Pkwy",
                    "tests": [
                        {"hydrant_id": "HY-06002", "q20_gpm": 3560},
                        {"hydrant_id": "HY-06005", "q20_gpm": 3240},
                        {"hydrant_id": "HY-06009", "q20_gpm": 3120},
                        {"hydrant_id": "HY-06011", "q20_gpm": 1710},
                    ],
                },
                {"form_id": "ISO-26-118", "status": "submitted"},
            ),
            "readback": (
                "get_iso_form",
                {"form_id": "ISO-26-118"},
                {"form_id": "ISO-26-118", "tests": 4, "status": "submitted"},
            ),
            "done": "ISO form ISO-26-118 is in with all four Industrial Parkway hydrants; HY-06011 is the weak one at 1,710 gpm at 20 psi.",
        },
    },
    "offer": {
        "rel": ["HY-05310", "HY-05318"],
        "req": "Ask the county to let us flush the Orchard Road main into the storm drain at 2,000 gpm on Saturday.",
        "tool": "request_discharge_permit",
        "args": {
            "authority": "County Stormwater",
            "outfall": "SD-44",
            "rate_gpm": 2000,
            "date": "2026-12-05",
            "dechlorinated": False,
        },
        "decline": {
            "status": "declined",
            "message": "Not with chlorinated water: SD-44 discharges to Mill Creek, a trout stream. Dechlorinate below 0.1 mg/L and keep it under 1,000 gpm for the outfall apron.",
            "ref": "CSW-2291",
        },
        "notes": [
            "Declined. I'll resubmit the request.",
            "Sending the permit request again.",
            "Resubmitting in case a different reviewer picks it up.",
            "Still declined; trying again.",
        ],
        "pitch": [
            "Hello, we'd like to flush the Orchard Road main into outfall SD-44 on Saturday 5 December at 2,000 gpm.",
            "Thanks. Could you reconsider the Saturday flush into SD-44 at 2,000 gpm?",
            "We do need to flush Orchard Road at 2,000 gpm on the 5th into SD-44. Could you approve it?",
            "Can we please have the SD-44 discharge at 2,000 gpm on Saturday?",
        ],
        "converge": [
            (
                {
                    "authority": "County Stormwater",
                    "outfall": "SD-44",
                    "rate_gpm": 2000,
                    "date": "2026-12-05",
                    "dechlorinated": False,
                },
                {
                    "status": "declined",
                    "message": "Not with chlorinated water: SD-44 discharges to Mill Creek, a trout stream. Dechlorinate below 0.1 mg/L and keep it under 1,000 gpm for the outfall apron.",
                    "ref": "CSW-2291",
                },
                "They need dechlorination and under 1,000 gpm. I'll ask for 1,500 gpm with a diffuser, because 1,000 won't scour a 6-inch main.",
            ),
            (
                {
                    "authority": "County Stormwater",
                    "outfall": "SD-44",
                    "rate_gpm": 1500,
                    "date": "2026-12-05",
                    "dechlorinated": True,
                },
                {
                    "status": "counter",
                    "message": "Dechlorination is fine. The apron still limits you to 1,000 gpm; you could split the flush between SD-44 and SD-47.",
                    "ref": "CSW-2292",
                },
                "Splitting works: 1,000 gpm into SD-44 and 700 into SD-47 gives us 1,700 total. Asking for that.",
            ),
            (
                {
                    "authority": "County Stormwater",
                    "outfalls": {"SD-44": 1000, "SD-47": 700},
                    "date": "2026-12-05",
                    "dechlorinated": True,
                },
                {
                    "status": "accepted",
                    "message": "Approved: SD-44 at 1,000 gpm and SD-47 at 700 gpm, dechlorinated, Saturday 07:00-11:00.",
                    "ref": "CSW-2293",
                },
                "Approved: 1,000 gpm to SD-44 and 700 to SD-47, dechlorinated, Saturday morning.",
            ),
        ],
        "confirm": (
            "reserve_equipment",
            {"items": ["dechlorination diffuser", "dechlorination diffuser"], "date": "2026-12-05"},
            {"reserved": 2, "pickup": "Corp yard, 06:30"},
        ),
        "done": "The Orchard Road flush is permitted for Saturday 07:00-11:00: dechlorinated, split between SD-44 (1,000 gpm) and SD-47 (700 gpm). Two diffusers are reserved for pickup at 06:30.",
    },
    "recap": {
        "req": "Where are we on the Zone 2 test program?",
        "facts": [
            "42 of 60 Zone 2 hydrants are tested.",
            "Three failed to open fully.",
            "Two came in under 500 gpm.",
        ],
        "pending": "a valve crew for V-2231",
        "pending_read": (
            "get_crew_assignment",
            {"task": "locate and exercise V-2231"},
            {"task": "locate and exercise V-2231", "assigned": None, "status": "unassigned"},
        ),
    },
    "peer": {
        "rel": ["HY-05310"],
        "name": "fire-dispatch-agent",
        "req": "Tell the fire dispatch agent that HY-05310 is out of service.",
        "handoff": (
            "send_message",
            {
                "to": "fire-dispatch-agent",
                "body": "HY-05310 (Orchard Rd, north of Lincoln High) is out of service: broken operating stem, WO-88412.",
            },
            {"delivered": True, "message_id": "fd-7781"},
        ),
        "theirs": [
            "Received, HY-05310 out of service noted.",
            "Acknowledged.",
            "Thanks for the confirmation.",
            "Copy that, thanks.",
            "Noted your acknowledgement.",
            "Received, thank you.",
        ],
        "mine": [
            "Thanks for confirming.",
            "Great, acknowledged.",
            "Copy, thanks.",
            "Noted, thank you.",
            "Thanks, received.",
            "Acknowledged, thanks again.",
        ],
        "exchange": [
            (
                "Received. Which in-service hydrant is nearest to 220 Orchard Rd now?",
                "HY-05318 at Orchard & Elm, 140 ft away on a 6-inch main, class C; HY-04122 on Maple is 610 ft on an 8-inch main, class A.",
                (
                    "nearest_hydrants",
                    {"address": "220 Orchard Rd", "in_service": True, "limit": 2},
                    {
                        "hydrants": [
                            {"hydrant_id": "HY-05318", "distance_ft": 140, "nfpa_class": "C"},
                            {"hydrant_id": "HY-04122", "distance_ft": 610, "nfpa_class": "A"},
                        ]
                    },
                ),
            ),
            (
                "Class C is low for the school. Anything class A within 1,000 ft of Lincoln High?",
                "HY-04122 on Maple at 5th, 820 ft from the school's main entrance, class A. Engines should lay from there for the school.",
                (
                    "nearest_hydrants",
                    {"address": "Lincoln High School", "in_service": True, "min_class": "A"},
                    {
                        "hydrants": [
                            {"hydrant_id": "HY-04122", "distance_ft": 820, "nfpa_class": "A"}
                        ]
                    },
                ),
            ),
            (
                "Updated the run cards for Orchard Rd and the school. Closing this out.",
                "Thanks, that's all from us.",
                None,
            ),
        ],
        "done": "Fire dispatch has HY-05310 out of service and the run cards updated: HY-05318 for Orchard Road, HY-04122 for the school.",
    },
    "pages": {
        "req": "Go through the Zone 2 hydrant list and give me every hydrant overdue for its flow test.",
        "tool": "list_hydrants",
        "args": {"zone": "Zone 2"},
        "idkey": "hydrant_id",
        "flag": lambda row: row["overdue"],
        "rows": _hydrants(
            [
                ("HY-04110", "Maple Ave & 1st St", "2025-06-03", False),
                ("HY-04117", "Maple Ave & 3rd St", "2024-06-11", True),
                ("HY-04122", "Maple Ave & 5th St", "2024-06-11", True),
                ("HY-04126", "Maple Ave & 7th St", "2025-06-03", False),
                ("HY-05302", "Orchard Rd & Pine St", "2025-07-22", False),
                ("HY-05310", "Orchard Rd, north of Lincoln High", "2023-09-02", True),
                ("HY-05318", "Orchard Rd & Elm St", "2025-07-22", False),
                ("HY-06002", "Industrial Pkwy, 400 block", "2026-11-18", False),
                ("HY-06005", "Industrial Pkwy, 500 block", "2026-11-18", False),
                ("HY-06009", "Industrial Pkwy, 600 block", "2026-11-18", False),
                ("HY-06011", "Industrial Pkwy, 700 block", "2026-11-18", False),
                ("HY-07208", "Riverside Mall loading dock", "2025-12-01", False),
                ("HY-07211", "Riverside Mall main entrance", "2024-11-20", True),
            ]
        ),
        "done": "Checked all %d Zone 2 hydrants on the list; %d are overdue: %s. I'll add them to next month's schedule.",
    },
    "fix": {
        "rel": ["HY-06002", "HY-06015"],
        "req": "Set up the flow test for HY-06002 on Industrial Parkway.",
        "tool": "create_flow_test",
        "attempts": [
            (
                {
                    "residual_hydrant": "HY-06002",
                    "flow_hydrants": ["HY-06002"],
                    "date": "2026-12-03",
                },
                "422 same_hydrant: the residual hydrant must differ from the flowing hydrant; put the gauge on a neighbouring hydrant",
                "The gauge has to go on a different hydrant. Using HY-06015 up the parkway for the residual and flowing HY-06002.",
            ),
            (
                {
                    "residual_hydrant": "HY-06015",
                    "flow_hydrants": ["HY-06002"],
                    "date": "2026-12-03",
                },
                "422 zone_mismatch: HY-06015 is on the 16-inch transmission main in Zone 3; residual and flow hydrants must be in the same pressure zone",
                "HY-06015 is on the Zone 3 transmission main. HY-06009 is on the same 12-inch Zone 2 main, so the gauge goes there.",
            ),
        ],
        "ok": (
            {"residual_hydrant": "HY-06009", "flow_hydrants": ["HY-06002"], "date": "2026-12-03"},
            {"test_id": "FT-26-0611", "status": "scheduled"},
            "Flow test FT-26-0611 is scheduled for 3 December: flowing HY-06002 with the gauge on HY-06009, both on the Zone 2 main. The 37 customers on the block are notified.",
        ),
        "after": [
            (
                "notify_customers",
                {"area": "Industrial Pkwy 400-800", "template": "flow_test", "date": "2026-12-03"},
                {"sent": 37},
            )
        ],
    },
    "docs": {
        "req": "Summarise the four crew reports from last week for the distribution supervisor.",
        "tool": "get_crew_report",
        "key": "report_id",
        "items": [
            (
                "CR-1121",
                "Valve exercising, Maple Ave",
                "Exercised 14 valves; 12 full turns, V-2204 stuck at 60% open, V-2209 missing its box lid.",
                "CR-1121: 14 valves exercised on Maple; V-2204 is stuck at 60% and V-2209 needs a lid.",
            ),
            (
                "CR-1122",
                "Hydrant knock-down, Orchard & Pine",
                "HY-05302 hit by a delivery van. Breakaway flange worked; no main damage. Replaced flange and stem coupling.",
                "CR-1122: HY-05302 was knocked down by a van; the breakaway flange did its job and it's repaired.",
            ),
            (
                "CR-1123",
                "Flushing, Industrial Pkwy",
                "Unidirectional flush of 1.2 miles of 12-inch main; turbidity down from 4.1 to 0.6 NTU.",
                "CR-1123: flushed 1.2 miles on Industrial Parkway; turbidity fell from 4.1 to 0.6 NTU.",
            ),
            (
                "CR-1124",
                "Search for V-2231, Orchard Rd",
                "Metal detector sweep along the 2025 paving; two candidate hits. Needs ground-penetrating radar.",
                "CR-1124: V-2231 still not found under the paving; two candidate spots, needs ground-penetrating radar.",
            ),
        ],
        "overall": "Last week: the Maple valves are mostly fine apart from V-2204 (stuck) and V-2209 (lid), the knocked-down HY-05302 is repaired, the Industrial Parkway flush worked, and V-2231 on Orchard Road still needs radar to find it.",
    },
    "poll": {
        "rel": ["HY-05310"],
        "req": "Tell me when the bacteriological sample on the repaired Orchard main comes back, then put HY-05310 back in service.",
        "tool": "get_lab_sample",
        "key": "sample_id",
        "id": "BAC-26-4471",
        "field": "state",
        "stages": [
            {"sample_id": "BAC-26-4471", "state": "received"},
            {"sample_id": "BAC-26-4471", "state": "incubating", "hours": 8, "of_hours": 24},
            {"sample_id": "BAC-26-4471", "state": "incubating", "hours": 20, "of_hours": 24},
            {
                "sample_id": "BAC-26-4471",
                "state": "reported",
                "total_coliform": "absent",
                "e_coli": "absent",
            },
        ],
        "act": (
            "set_hydrant_status",
            {"hydrant_id": "HY-05310", "status": "in service", "reference": "BAC-26-4471"},
            {"hydrant_id": "HY-05310", "status": "in service"},
        ),
        "done": "The sample came back clear (no coliform, no E. coli), so HY-05310 is back in service.",
    },
    "batch": {
        "rel": ["HY-06002"],
        "req": "Update the NFPA classes from this week's Industrial Parkway tests.",
        "tool": "set_nfpa_class",
        "key": "hydrant_id",
        "items": [
            (
                "HY-06002",
                {"nfpa_class": "AA", "q20_gpm": 3560},
                {"hydrant_id": "HY-06002", "nfpa_class": "AA", "cap_color": "light blue"},
                "HY-06002 AA",
            ),
            (
                "HY-06005",
                {"nfpa_class": "AA", "q20_gpm": 3240},
                {"hydrant_id": "HY-06005", "nfpa_class": "AA", "cap_color": "light blue"},
                "HY-06005 AA",
            ),
            (
                "HY-06009",
                {"nfpa_class": "AA", "q20_gpm": 3120},
                {"hydrant_id": "HY-06009", "nfpa_class": "AA", "cap_color": "light blue"},
                "HY-06009 AA",
            ),
            (
                "HY-06011",
                {"nfpa_class": "A", "q20_gpm": 1710},
                {
                    "hydrant_id": "HY-06011",
                    "nfpa_class": "A",
                    "cap_color": "green",
                    "changed_from": "AA",
                },
                "HY-06011 down to A",
            ),
            (
                "HY-06013",
                {"nfpa_class": "AA", "q20_gpm": 3050},
                {"hydrant_id": "HY-06013", "nfpa_class": "AA", "cap_color": "light blue"},
                "HY-06013 AA",
            ),
        ],
        "done": "All five classes are updated. HY-06011 dropped from AA to A, so its cap needs repainting green.",
    },
    "flaky": {
        "req": "Sync the flow test results from the crew tablet into GIS.",
        "tool": "sync_field_data",
        "args": {"device": "TAB-07", "dataset": "flow_tests_2026-11"},
        "errs": [
            "503 gis_service_unavailable: feature service is restarting",
            "504 gateway_timeout: sync did not complete within 60 s",
        ],
        "ok": {"device": "TAB-07", "records_synced": 18, "conflicts": 0},
        "then": [
            ("refresh_layer", {"layer": "hydrants_nfpa"}, {"refreshed": True, "features": 1204})
        ],
        "done": "The tablet's 18 flow tests are in GIS with no conflicts, and the hydrant class layer is refreshed.",
    },
    "cmp": {
        "req": "Check the GIS hydrant layer against the field inspection sheets for the Maple Ave route.",
        "a_tool": "get_gis_hydrant",
        "b_tool": "get_inspection_sheet",
        "key": "hydrant_id",
        "recs": [
            (
                "HY-04110",
                {"hydrant_id": "HY-04110", "main_in": 8, "make": "Mueller Centurion"},
                {"hydrant_id": "HY-04110", "main_in": 8, "make": "Mueller Centurion"},
            ),
            (
                "HY-04117",
                {"hydrant_id": "HY-04117", "main_in": 8, "make": "Mueller Centurion"},
                {"hydrant_id": "HY-04117", "main_in": 8, "make": "Mueller Centurion"},
            ),
            (
                "HY-04122",
                {"hydrant_id": "HY-04122", "main_in": 6, "make": "Kennedy K81"},
                {
                    "hydrant_id": "HY-04122",
                    "main_in": 8,
                    "make": "Kennedy K81",
                    "note": "main replaced 2019",
                },
            ),
            (
                "HY-04126",
                {"hydrant_id": "HY-04126", "main_in": 8, "make": "American Darling B-84-B"},
                {"hydrant_id": "HY-04126", "main_in": 8, "make": "American Darling B-84-B"},
            ),
        ],
        "finding": "GIS has HY-04122 on a 6-inch main, but the inspection sheet says the main was replaced with 8-inch in 2019. The other three agree.",
        "fix": (
            "update_gis_attribute",
            {
                "hydrant_id": "HY-04122",
                "field": "main_in",
                "value": 8,
                "source": "inspection sheet, main replaced 2019",
            },
            {"hydrant_id": "HY-04122", "main_in": 8, "updated": True},
        ),
        "done": "Corrected HY-04122's main size to 8 inches in GIS. The rest of the Maple route matches the field sheets.",
    },
}


def _ballast_ops(rows: list[tuple[str, str, str, str, bool]]) -> list[dict[str, Any]]:
    return [
        {"operation_id": o, "vessel": v, "port": p, "method": m, "compliant": c}
        for o, v, p, m, c in rows
    ]


BALLAST: dict[str, Any] = {
    "day": "2026-11-28",
    "name": "ballast_water_compliance",
    "rid": "bw-",
    "meta": ("request_id", "ms", "retrieved"),
    "ents": {
        "tool": "get_vessel",
        "key": "imo",
        "ask": "Is %s ready to discharge ballast at its next port?",
        "ask2": "Can %s and %s both deballast at their next ports this week?",
        "items": [
            (
                "IMO 9412087",
                {
                    "imo": "IMO 9412087",
                    "name": "MV Nordic Tern",
                    "type": "bulk carrier",
                    "bwts": "UV (PureBallast 3.1)",
                    "bwts_status": "operational",
                    "next_port": "Baltimore",
                    "eta": "2026-12-02",
                },
            ),
            (
                "IMO 9533116",
                {
                    "imo": "IMO 9533116",
                    "name": "MV Cape Merlin",
                    "type": "bulk carrier",
                    "bwts": "electrochlorination",
                    "bwts_status": "operational",
                    "next_port": "Houston",
                    "eta": "2026-12-09",
                },
            ),
            (
                "IMO 9287450",
                {
                    "imo": "IMO 9287450",
                    "name": "MT Saga Fjord",
                    "type": "product tanker",
                    "bwts": "none (retrofit due 2027)",
                    "bwts_status": "exchange only",
                    "next_port": "Houston",
                    "eta": "2026-12-14",
                },
            ),
            (
                "IMO 9621704",
                {
                    "imo": "IMO 9621704",
                    "name": "MV Atlantic Wren",
                    "type": "container ship",
                    "bwts": "filter + UV",
                    "bwts_status": "fault: UV lamp bank B",
                    "next_port": "Baltimore",
                    "eta": "2026-12-02",
                },
            ),
            (
                "IMO 9705332",
                {
                    "imo": "IMO 9705332",
                    "name": "MV Kestrel Bay",
                    "type": "general cargo",
                    "bwts": "UV (BalClor)",
                    "bwts_status": "operational",
                    "next_port": "Savannah",
                    "eta": "2026-12-05",
                },
            ),
            (
                "IMO 9350218",
                {
                    "imo": "IMO 9350218",
                    "name": "MV Hudson Crane",
                    "type": "ro-ro",
                    "bwts": "filter + electrochlorination",
                    "bwts_status": "operational",
                    "next_port": "Rotterdam",
                    "eta": "2026-12-11",
                },
            ),
        ],
    },
    "search": {
        "rel": ["IMO 9621704", "IMO 9533116"],
        "tool": "search_psc_findings",
        "req": "Was the deficiency on Atlantic Wren's ballast water record book closed after the Rotterdam inspection?",
        "loop": [
            "Atlantic Wren ballast record book deficiency Rotterdam",
            "Rotterdam PSC Atlantic Wren BWRB closed",
            "IMO 9621704 ballast water record book finding rectified",
            "Atlantic Wren port state control ballast deficiency status",
            "record book entries incomplete Atlantic Wren closed out",
        ],
        "hits": [
            "PSC-26-1140 Atlantic Wren, Rotterdam: BWRB entries incomplete, code 15199 (open)",
            "PSC-25-0872 Atlantic Wren, Hamburg: no deficiencies",
            "PSC-26-1002 Nordic Tern, Antwerp: BWM plan not updated (closed)",
        ],
        "req2": "Find the USCG sampling result that showed high organism counts on one of our ships this year.",
        "refine": [
            (
                {"query": "organism count exceedance"},
                38,
                ["SR-2025-044 industry", "SR-2026-017 Cape Merlin", "SR-2026-021 third party"],
            ),
            (
                {"query": "organism count exceedance", "fleet_only": True, "year": 2026},
                4,
                ["SR-2026-009 Nordic Tern", "SR-2026-017 Cape Merlin", "SR-2026-030 Kestrel Bay"],
            ),
            (
                {
                    "query": "organism count exceedance",
                    "fleet_only": True,
                    "year": 2026,
                    "authority": "USCG",
                    "size_class": ">=50um",
                },
                1,
                ["SR-2026-017 Cape Merlin, Houston: 14 viable organisms/m3 >=50 um (limit 10)"],
            ),
        ],
        "pick": (
            "get_sampling_report",
            {"report_id": "SR-2026-017"},
            {
                "report_id": "SR-2026-017",
                "vessel": "MV Cape Merlin",
                "port": "Houston",
                "date": "2026-05-19",
                "organisms_ge50um_per_m3": 14,
                "limit": 10,
                "cause": "low-salinity uptake reduced chlorine dose",
            },
        ),
        "done": "It's SR-2026-017: Cape Merlin at Houston on 19 May, 14 viable organisms per m3 at 50 um and above against a limit of 10. The cause was a low-salinity uptake that weakened the chlorine dose.",
    },
    "para": {
        "rel": ["IMO 9621704"],
        "req": "Can Atlantic Wren discharge ballast in Baltimore on Wednesday?",
        "lines": [
            "No: Atlantic Wren's UV lamp bank B has failed, so the system can't treat to the D-2 standard. Without USCG approval for a contingency measure she has to keep the ballast on board; the service engineer boards in Norfolk on Monday.",
            "She can't discharge on Wednesday, because with bank B down the UV unit doesn't meet D-2. Unless the USCG approves a contingency, the ballast stays on board until the engineer fixes it in Norfolk on Monday.",
            "Atlantic Wren must hold her ballast in Baltimore: one UV lamp bank is out, so treatment doesn't meet D-2. A contingency needs USCG approval, and the engineer boards in Norfolk Monday.",
            "Discharge on Wednesday isn't possible. The UV bank B fault means no D-2 treatment; the options are a USCG-approved contingency or waiting for the engineer in Norfolk on Monday.",
            "With lamp bank B failed, Atlantic Wren can't treat ballast to D-2, so no discharge in Baltimore without a USCG contingency approval. The fix comes Monday in Norfolk.",
            "To repeat: Atlantic Wren keeps her ballast in Baltimore because of the bank B failure (no D-2 treatment), unless the USCG approves a contingency. Repair is Monday at Norfolk.",
        ],
    },
    "flip": {
        "rel": ["IMO 9533116"],
        "req": "Set the ballast management method for Cape Merlin's discharge at Houston.",
        "tool": "set_ballast_plan",
        "args": {"imo": "IMO 9533116", "port": "Houston"},
        "field": "method",
        "a": "treatment only (BWTS)",
        "b": "exchange plus treatment",
        "why_a": "Cape Merlin's electrochlorination system is USCG type-approved, so treatment alone meets the standard. Plan set to treatment only.",
        "why_b": "The uptake was low-salinity Gulf water, where electrochlorination is weakest, so I've changed the plan to exchange plus treatment.",
    },
    "pair": {
        "rel": ["IMO 9412087"],
        "req": "Does Nordic Tern's BWTS log agree with the ballast record book for the Santos uptake?",
        "a": (
            "get_bwts_log",
            {"imo": "IMO 9412087", "operation": "uptake", "port": "Santos"},
            {
                "imo": "IMO 9412087",
                "volume_m3": 18400,
                "uv_dose_ok": True,
                "start": "2026-11-12T04:10Z",
                "end": "2026-11-12T13:45Z",
            },
        ),
        "b": (
            "get_ballast_record_book",
            {"imo": "IMO 9412087", "entry": "uptake Santos"},
            {
                "imo": "IMO 9412087",
                "volume_m3": 18400,
                "tanks": ["WBT 1P/S", "WBT 2P/S", "WBT 3P/S"],
                "start": "2026-11-12T04:10Z",
                "end": "2026-11-12T13:45Z",
            },
        ),
        "note": "Both still say 18,400 m3 with the same times. Reading them again.",
    },
    "fail": {
        "rel": ["IMO 9621704"],
        "req": "Submit Atlantic Wren's ballast water report to the NBIC before arrival.",
        "tool": "submit_ballast_report",
        "args": {
            "imo": "IMO 9621704",
            "port": "Baltimore",
            "arrival": "2026-12-02",
            "discharge_m3": 6200,
        },
        "err": "422 unmanaged_discharge: the report declares 6,200 m3 of discharge from WBT 4P/S but no exchange or treatment is recorded and the BWTS is flagged faulty; record a management method for those tanks or declare no discharge",
    },
    "mono": {
        "rel": ["IMO 9621704"],
        "req": "Keep the fleet operations channel updated on Atlantic Wren while we wait for the BWTS repair.",
        "text": "Atlantic Wren: ballast operations are suspended until the UV lamp bank B fault is cleared. No discharge at berth. Next update after the service engineer boards.",
    },
    "multi": {
        "rel": ["IMO 9412087"],
        "req": "Get the current soundings for Nordic Tern's forward ballast tanks.",
        "tool": "get_tank_soundings",
        "key": "tanks",
        "ids": ["WBT 1P", "WBT 1S", "WBT 2P", "WBT 2S", "FPT"],
        "extra": {"imo": "IMO 9412087", "units": "m3"},
        "payload": {
            "imo": "IMO 9412087",
            "units": "m3",
            "soundings": [
                {"tank": "FPT", "volume": 1210},
                {"tank": "WBT 1P", "volume": 2980},
                {"tank": "WBT 1S", "volume": 2975},
                {"tank": "WBT 2P", "volume": 3410},
                {"tank": "WBT 2S", "volume": 3402},
            ],
            "reading_time": "2026-11-28T06:00Z",
        },
        "notes": [
            "Same soundings. Requesting them again with the tanks in another order in case it returned a cached set.",
            "No change in the soundings. Querying again.",
            "Still the 06:00 readings. One more pull before I total them.",
        ],
    },
    "clar": {
        "rel": ["IMO 9287450"],
        "task": "Plan the ballast exchange for Saga Fjord on the way to Houston.",
        "qs": [
            "Should the exchange be sequential (empty and refill) or flow-through (pumping three tank volumes)?",
            "Sequential or flow-through exchange for Saga Fjord?",
            "Which exchange method: empty-and-refill, or flow-through at three volumes?",
            "Sorry, to be sure: flow-through or sequential?",
        ],
        "a": "Flow-through. The master doesn't want the stress of sequential in the winter North Atlantic.",
        "a2": "Flow-through, as I said.",
        "a3": "FLOW-THROUGH. Please get on with the plan.",
        "act_read": (
            "get_stability_booklet",
            {"imo": "IMO 9287450", "section": "ballast exchange"},
            {
                "imo": "IMO 9287450",
                "methods_approved": ["sequential", "flow-through"],
                "flow_through_volumes": 3,
            },
        ),
        "followups": [
            (
                "Should the exchange be sequential (empty and refill) or flow-through (pumping three tank volumes)?",
                "Flow-through. The master doesn't want the stress of sequential in the winter North Atlantic.",
                "Flow-through it is. Checking the stability booklet for it.",
                (
                    "get_stability_booklet",
                    {"imo": "IMO 9287450", "section": "ballast exchange"},
                    {
                        "imo": "IMO 9287450",
                        "methods_approved": ["sequential", "flow-through"],
                        "flow_through_volumes": 3,
                    },
                ),
            ),
            (
                "The route is 200 nm from land in 200 m of water after about 30 hours. Start there, or wait for a calmer window further west?",
                "Start as soon as she's in the zone, weather permitting.",
                "Starting at the zone boundary; checking the weather there.",
                (
                    "get_route_weather",
                    {"imo": "IMO 9287450", "from_hours": 30, "to_hours": 48},
                    {"max_hs_m": 3.1, "wind_bf": 6, "ok_for_exchange": True},
                ),
            ),
            (
                "Exchange all six wing tanks, or only tanks 1 to 3 that you plan to discharge?",
                "All six.",
                "All six wing tanks.",
                (
                    "set_exchange_tanks",
                    {
                        "imo": "IMO 9287450",
                        "tanks": ["WBT 1P", "WBT 1S", "WBT 2P", "WBT 2S", "WBT 3P", "WBT 3S"],
                    },
                    {"tanks": 6, "pumping_hours": 22},
                ),
            ),
        ],
        "final": (
            "create_exchange_plan",
            {"imo": "IMO 9287450", "method": "flow-through", "start_after_hours": 30, "tanks": 6},
            {"plan_id": "EXP-9287450-12", "status": "sent to master"},
        ),
        "done": "Exchange plan EXP-9287450-12 is with the master: flow-through on all six wing tanks, starting about 30 hours out once she's 200 nm off and in 200 m of water; about 22 hours of pumping, and the weather allows it.",
    },
    "cosm": {
        "rel": ["IMO 9533116"],
        "req": "Pull the type approval for Cape Merlin's BWTS, USCG 162.060/46/0.",
        "tool": "get_type_approval",
        "args": {"authority": "USCG"},
        "key": "certificate_no",
        "variants": [
            "162.060/46/0",
            "162.060-46",
            "162060/46/0",
            "162.060.46.0",
            "USCG 162.060/46/0",
        ],
        "err": "410 approval_withdrawn: USCG type approval 162.060/46/0 was withdrawn on 2026-06-30 after the manufacturer's insolvency; vessels must apply for an extended compliance date or fit an approved system",
    },
    "conv": {
        "rel": ["IMO 9621704"],
        "req": "The port's ballast form wants the discharge in tonnes. The record book has 6,200 m3 of seawater at 1.025.",
        "fwd": ("volume_to_mass", {"volume_m3": 6200, "density_t_m3": 1.025}, {"mass_t": 6355.0}),
        "back": (
            "mass_to_volume",
            {"mass_t": 6355.0, "density_t_m3": 1.025},
            {"volume_m3": 6200.0},
        ),
        "note_fwd": "6,200 m3 at 1.025 is 6,355 t. Converting back to check.",
        "note_back": "6,355 t is 6,200 m3 again, so that's right. Doing the forward conversion once more to be certain.",
        "form": {
            "rel": ["IMO 9412087"],
            "req": "Fill in the ballast form for Nordic Tern's Baltimore call; it wants tonnes per tank.",
            "calls": [
                ("volume_to_mass", {"volume_m3": 2980, "density_t_m3": 1.024}, {"mass_t": 3051.5}),
                ("volume_to_mass", {"volume_m3": 2975, "density_t_m3": 1.024}, {"mass_t": 3046.4}),
                ("volume_to_mass", {"volume_m3": 3410, "density_t_m3": 1.012}, {"mass_t": 3450.9}),
                ("volume_to_mass", {"volume_m3": 3402, "density_t_m3": 1.012}, {"mass_t": 3442.8}),
            ],
            "submit": (
                "submit_port_ballast_form",
                {
                    "imo": "IMO 9412087",
                    "port": "Baltimore",
                    "tanks": [
                        {"tank": "WBT 1P", "mass_t": 3051.5},
                        {"tank": "WBT 1S", "mass_t": 3046.4},
                        {"tank": "WBT 2P", "mass_t": 3450.9},
                        {"tank": "WBT 2S", "mass_t": 3442.8},
                    ],
                },
                {"form_id": "PBF-BAL-22817", "status": "received"},
            ),
            "readback": (
                "get_port_ballast_form",
                {"form_id": "PBF-BAL-22817"},
                {"form_id": "PBF-BAL-22817", "total_t": 12991.6, "status": "received"},
            ),
            "done": "The Baltimore ballast form (PBF-BAL-22817) is in: four tanks, 12,991.6 t in total, using 1.024 for the Santos water and 1.012 for the brackish top-up.",
        },
    },
    "offer": {
        "rel": ["IMO 9621704"],
        "req": "Ask the Baltimore terminal to take Atlantic Wren's 6,200 m3 of untreated ballast into their reception barge on Wednesday.",
        "tool": "request_reception_barge",
        "args": {
            "terminal": "Seagirt Marine Terminal",
            "imo": "IMO 9621704",
            "volume_m3": 6200,
            "date": "2026-12-02",
        },
        "decline": {
            "status": "declined",
            "message": "Our barge holds 2,000 m3 and it's booked all Wednesday. We can't take 6,200 m3 that day.",
            "ref": "SMT-RB-0390",
        },
        "notes": [
            "They declined. Sending the request again.",
            "Resubmitting the barge request.",
            "Trying the same request once more.",
            "Still declined; resending.",
        ],
        "pitch": [
            "Good morning. Could your reception barge take 6,200 m3 of Atlantic Wren's ballast on Wednesday 2 December?",
            "Thanks. Could you look again at 6,200 m3 on Wednesday?",
            "We'd really like the barge for the full 6,200 m3 on the 2nd.",
            "Can we book the 6,200 m3 into the barge for Wednesday after all?",
        ],
        "converge": [
            (
                {
                    "terminal": "Seagirt Marine Terminal",
                    "imo": "IMO 9621704",
                    "volume_m3": 6200,
                    "date": "2026-12-02",
                },
                {
                    "status": "declined",
                    "message": "Our barge holds 2,000 m3 and it's booked all Wednesday. We can't take 6,200 m3 that day.",
                    "ref": "SMT-RB-0390",
                },
                "The barge holds 2,000 m3 and is busy Wednesday. The stability plan lets her keep 4,200 m3 on board, so I'll ask for 2,000 m3 on Thursday.",
            ),
            (
                {
                    "terminal": "Seagirt Marine Terminal",
                    "imo": "IMO 9621704",
                    "volume_m3": 2000,
                    "date": "2026-12-03",
                },
                {
                    "status": "counter",
                    "message": "Thursday 2,000 m3 is possible from 08:00. Untreated water is 28 USD per m3, and we need a sample certificate first.",
                    "ref": "SMT-RB-0391",
                },
                "28 USD per m3 is within the contingency budget, and the ship can take a sample certificate on arrival. Accepting.",
            ),
            (
                {
                    "terminal": "Seagirt Marine Terminal",
                    "imo": "IMO 9621704",
                    "volume_m3": 2000,
                    "date": "2026-12-03",
                    "rate_usd_m3": 28,
                    "sample_certificate": True,
                },
                {
                    "status": "accepted",
                    "message": "Booked: Thursday 08:00, 2,000 m3, 28 USD per m3. Send the sample certificate before we connect.",
                    "ref": "SMT-RB-0392",
                },
                "Accepted: 2,000 m3 on Thursday from 08:00, 28 USD per m3, sample certificate before connection.",
            ),
        ],
        "confirm": (
            "request_sampling",
            {
                "imo": "IMO 9621704",
                "tanks": ["WBT 4P"],
                "date": "2026-12-02",
                "lab": "Chesapeake Marine Labs",
            },
            {"sampling_id": "CML-26-338", "status": "booked"},
        ),
        "done": "Thursday's barge is booked for 2,000 m3 at 28 USD per m3, the sample certificate is being taken on arrival (CML-26-338), and the other 4,200 m3 stays on board within the stability plan.",
    },
    "recap": {
        "rel": ["IMO 9621704"],
        "req": "Where are we on Atlantic Wren's ballast problem?",
        "facts": [
            "UV lamp bank B failed on 24 November.",
            "Bank A alone gives about half the rated flow.",
            "She is holding 6,200 m3 of untreated ballast in WBT 4P/S.",
        ],
        "pending": "the service engineer's boarding date",
        "pending_read": (
            "get_service_visit",
            {"imo": "IMO 9621704", "system": "BWTS"},
            {"imo": "IMO 9621704", "engineer": None, "status": "requested", "port": None},
        ),
    },
    "peer": {
        "rel": ["IMO 9412087"],
        "name": "port-agent",
        "req": "Send Nordic Tern's Baltimore ballast details to the port agent.",
        "handoff": (
            "send_message",
            {
                "to": "port-agent",
                "body": "Nordic Tern ETA Baltimore 2 Dec 06:00. NBIC report filed. Plans to discharge WBT 1P/S and 2P/S, treated by PureBallast 3.1.",
            },
            {"delivered": True, "message_id": "pa-66120"},
        ),
        "theirs": [
            "Received Nordic Tern's ballast details, thanks.",
            "Acknowledged.",
            "Thank you for confirming.",
            "Noted, all good.",
            "Received your acknowledgement.",
            "Thanks, confirmed.",
        ],
        "mine": [
            "Thanks for confirming receipt.",
            "Great, acknowledged.",
            "Thanks, noted.",
            "Received, thank you.",
            "Thanks for the confirmation.",
            "Acknowledged, thanks.",
        ],
        "exchange": [
            (
                "Received. The USCG asks whether the BWTS alarmed during the Santos uptake.",
                "No alarms on the Santos uptake: the UV dose stayed above threshold for all 18,400 m3.",
                (
                    "get_bwts_alarm_log",
                    {"imo": "IMO 9412087", "from": "2026-11-12T04:00Z", "to": "2026-11-12T14:00Z"},
                    {"alarms": [], "uv_dose_below_threshold_min": 0},
                ),
            ),
            (
                "Thanks. The pilot wants the arrival drafts for the channel.",
                "Arrival drafts are 11.2 m forward and 11.6 m aft before discharge.",
                (
                    "get_loading_condition",
                    {"imo": "IMO 9412087", "condition": "arrival Baltimore"},
                    {"draft_fwd_m": 11.2, "draft_aft_m": 11.6},
                ),
            ),
            (
                "All passed to the USCG and the pilots. Nothing further needed.",
                "Thanks, closing this on our side.",
                None,
            ),
        ],
        "done": "The port agent has Nordic Tern's ballast plan, confirmation of no BWTS alarms at Santos for the USCG, and the arrival drafts for the pilot.",
    },
    "pages": {
        "req": "Go through the fleet's November ballast operations and list any that weren't compliant.",
        "tool": "list_ballast_operations",
        "args": {"month": "2026-11"},
        "idkey": "operation_id",
        "flag": lambda row: not row["compliant"],
        "rows": _ballast_ops(
            [
                ("BO-1101", "Nordic Tern", "Santos", "treatment", True),
                ("BO-1102", "Cape Merlin", "Paranagua", "treatment", True),
                ("BO-1104", "Kestrel Bay", "Algeciras", "treatment", True),
                ("BO-1107", "Atlantic Wren", "Rotterdam", "treatment", True),
                ("BO-1109", "Saga Fjord", "Amsterdam", "exchange", True),
                ("BO-1112", "Hudson Crane", "Zeebrugge", "treatment", True),
                ("BO-1115", "Atlantic Wren", "Bremerhaven", "treatment (bank A only)", False),
                ("BO-1118", "Cape Merlin", "Rio Grande", "treatment", True),
                ("BO-1121", "Kestrel Bay", "Tanger Med", "treatment", True),
                (
                    "BO-1123",
                    "Saga Fjord",
                    "mid-Atlantic",
                    "exchange (incomplete, 2 volumes)",
                    False,
                ),
                ("BO-1125", "Nordic Tern", "Santos", "treatment", True),
                ("BO-1127", "Hudson Crane", "Southampton", "treatment", True),
                ("BO-1129", "Atlantic Wren", "at sea", "none recorded", False),
            ]
        ),
        "done": "Checked all %d November operations; %d were not compliant: %s. Two are Atlantic Wren's and one is Saga Fjord's short exchange, so I'll write those up for the DPA.",
    },
    "fix": {
        "rel": ["IMO 9412087"],
        "req": "File Nordic Tern's ballast water report with the NBIC for Baltimore.",
        "tool": "submit_ballast_report",
        "attempts": [
            (
                {
                    "imo": "IMO 9412087",
                    "port": "Baltimore",
                    "arrival": "2026-12-02",
                    "form_version": "2019",
                },
                "400 form_version_retired: NBIC form version 2019 was retired on 2026-01-01; submit on version 2025",
                "The NBIC retired the 2019 form; resubmitting on version 2025.",
            ),
            (
                {
                    "imo": "IMO 9412087",
                    "port": "Baltimore",
                    "arrival": "2026-12-02",
                    "form_version": "2025",
                },
                "422 missing_field: version 2025 needs 'bwts_type_approval' or 'last_exchange_position' for each tank discharged; WBT 1P/S and 2P/S have neither",
                "The 2025 form needs the type approval for each treated tank. Adding PureBallast's USCG approval, 162.060/37/0, for tanks 1 and 2.",
            ),
        ],
        "ok": (
            {
                "imo": "IMO 9412087",
                "port": "Baltimore",
                "arrival": "2026-12-02",
                "form_version": "2025",
                "tanks": ["WBT 1P/S", "WBT 2P/S"],
                "bwts_type_approval": "162.060/37/0",
            },
            {"report_id": "NBIC-26-448120", "status": "accepted"},
            "Nordic Tern's ballast report is accepted as NBIC-26-448120, on the 2025 form with the type approval for both treated tank pairs. The master has a copy.",
        ),
        "after": [
            (
                "send_report_copy",
                {"report_id": "NBIC-26-448120", "to": "master, MV Nordic Tern"},
                {"sent": True},
            )
        ],
    },
    "docs": {
        "req": "Summarise the four ballast water circulars that came in this month for the superintendents.",
        "tool": "get_circular",
        "key": "circular_id",
        "items": [
            (
                "BWM.2/Circ.82",
                "IMO: contingency measures guidance, revised",
                "Clarifies that a ship with a failed BWTS must contact the port state before arrival; options include discharge to a reception facility or retention on board.",
                "The IMO revision says a ship with a failed BWTS must contact the port state before arrival, and may use a reception facility or keep the ballast on board.",
            ),
            (
                "USCG PL 26-04",
                "USCG: extended compliance dates",
                "No new extensions for systems whose type approval was withdrawn; affected vessels have 12 months to fit an approved system.",
                "USCG PL 26-04: no new extensions where a type approval was withdrawn; 12 months to fit an approved system.",
            ),
            (
                "MPA-PC-2026-31",
                "Port of Baltimore: reception barge tariff",
                "Untreated ballast to the reception barge: 28 USD per m3; 48 hours' notice; sample certificate required.",
                "Baltimore's reception barge charges 28 USD per m3 for untreated ballast and needs 48 hours' notice and a sample certificate.",
            ),
            (
                "Flag-2026-BW-07",
                "Flag state: record book entries",
                "Electronic record books must log the BWTS operating mode (normal, bypass, contingency) for each operation.",
                "The flag state now wants the BWTS operating mode logged for every operation in electronic record books.",
            ),
        ],
        "overall": "Superintendent summary: Atlantic Wren's situation is covered by the IMO contingency guidance and Baltimore's barge tariff (28 USD per m3, 48 hours' notice); Cape Merlin is affected by the USCG letter on withdrawn approvals (12 months to refit); all ships must log the BWTS mode in the record book.",
    },
    "poll": {
        "rel": ["IMO 9621704"],
        "req": "Tell me when the commissioning test on Atlantic Wren's repaired BWTS is complete, then clear her for discharge.",
        "tool": "get_commissioning_test",
        "key": "test_id",
        "id": "CT-9621704-02",
        "field": "state",
        "stages": [
            {"test_id": "CT-9621704-02", "state": "uptake_sampling"},
            {"test_id": "CT-9621704-02", "state": "holding", "hours": 24, "of_hours": 72},
            {"test_id": "CT-9621704-02", "state": "holding", "hours": 72, "of_hours": 72},
            {"test_id": "CT-9621704-02", "state": "analysis"},
            {
                "test_id": "CT-9621704-02",
                "state": "passed",
                "organisms_ge50um_per_m3": 2,
                "limit": 10,
            },
        ],
        "act": (
            "set_bwts_status",
            {"imo": "IMO 9621704", "status": "operational", "evidence": "CT-9621704-02"},
            {"imo": "IMO 9621704", "bwts_status": "operational"},
        ),
        "done": "The commissioning test passed (2 organisms per m3 against a limit of 10), so Atlantic Wren's BWTS is back to operational and she is cleared to discharge treated ballast.",
    },
    "batch": {
        "rel": ["IMO 9412087"],
        "req": "Log this week's ballast operations for Nordic Tern in the electronic record book.",
        "tool": "add_record_entry",
        "key": "tank",
        "items": [
            (
                "WBT 1P",
                {
                    "imo": "IMO 9412087",
                    "operation": "discharge",
                    "volume_m3": 2980,
                    "port": "Baltimore",
                    "bwts_mode": "normal",
                },
                {"entry_no": "BW-0412", "tank": "WBT 1P"},
                "WBT 1P 2,980 m3",
            ),
            (
                "WBT 1S",
                {
                    "imo": "IMO 9412087",
                    "operation": "discharge",
                    "volume_m3": 2975,
                    "port": "Baltimore",
                    "bwts_mode": "normal",
                },
                {"entry_no": "BW-0413", "tank": "WBT 1S"},
                "WBT 1S 2,975 m3",
            ),
            (
                "WBT 2P",
                {
                    "imo": "IMO 9412087",
                    "operation": "discharge",
                    "volume_m3": 3410,
                    "port": "Baltimore",
                    "bwts_mode": "normal",
                },
                {"entry_no": "BW-0414", "tank": "WBT 2P"},
                "WBT 2P 3,410 m3",
            ),
            (
                "WBT 2S",
                {
                    "imo": "IMO 9412087",
                    "operation": "discharge",
                    "volume_m3": 3402,
                    "port": "Baltimore",
                    "bwts_mode": "normal",
                },
                {"entry_no": "BW-0415", "tank": "WBT 2S"},
                "WBT 2S 3,402 m3",
            ),
            (
                "FPT",
                {
                    "imo": "IMO 9412087",
                    "operation": "internal transfer",
                    "volume_m3": 400,
                    "to_tank": "WBT 3P",
                    "bwts_mode": "bypass (internal)",
                },
                {"entry_no": "BW-0416", "tank": "FPT"},
                "FPT 400 m3 to WBT 3P",
            ),
        ],
        "done": "All five operations are logged (BW-0412 to BW-0416), each with its BWTS mode as the flag state now requires.",
    },
    "flaky": {
        "rel": ["IMO 9412087"],
        "req": "Fetch Nordic Tern's BWTS data logger export for the USCG.",
        "tool": "fetch_bwts_export",
        "args": {"imo": "IMO 9412087", "from": "2026-11-01", "to": "2026-11-30"},
        "errs": [
            "504 vsat_timeout: the ship's VSAT link dropped during transfer",
            "503 ship_gateway_busy: the vessel gateway is sending the noon report; retry shortly",
        ],
        "ok": {"file": "NT_BWTS_2026-11.csv", "records": 8640, "operations": 6},
        "then": [
            (
                "attach_to_case",
                {"case": "USCG-BAL-26-0811", "file": "NT_BWTS_2026-11.csv"},
                {"attached": True},
            )
        ],
        "done": "November's BWTS export for Nordic Tern (8,640 records, 6 operations) is attached to the USCG case.",
    },
    "cmp": {
        "req": "Check Nordic Tern's ballast record book against the BWTS log for November.",
        "a_tool": "get_record_entry",
        "b_tool": "get_bwts_operation",
        "key": "operation_id",
        "recs": [
            (
                "BO-1101",
                {
                    "operation_id": "BO-1101",
                    "type": "uptake",
                    "volume_m3": 18400,
                    "method": "treatment",
                },
                {"operation_id": "BO-1101", "mode": "normal", "volume_m3": 18400},
            ),
            (
                "BO-1125",
                {
                    "operation_id": "BO-1125",
                    "type": "uptake",
                    "volume_m3": 1200,
                    "method": "treatment",
                },
                {"operation_id": "BO-1125", "mode": "bypass", "volume_m3": 1200},
            ),
            (
                "BO-1126",
                {
                    "operation_id": "BO-1126",
                    "type": "internal transfer",
                    "volume_m3": 400,
                    "method": "n/a",
                },
                {"operation_id": "BO-1126", "mode": "bypass (internal)", "volume_m3": 400},
            ),
            (
                "BO-1128",
                {
                    "operation_id": "BO-1128",
                    "type": "discharge",
                    "volume_m3": 900,
                    "method": "treatment",
                },
                {"operation_id": "BO-1128", "mode": "normal", "volume_m3": 900},
            ),
        ],
        "finding": "BO-1125 is recorded as treated in the record book, but the BWTS log shows it ran in bypass. The others agree.",
        "fix": (
            "flag_record_discrepancy",
            {
                "imo": "IMO 9412087",
                "operation_id": "BO-1125",
                "detail": "record book says treatment; BWTS log shows bypass",
            },
            {"case": "DPA-26-117", "status": "opened"},
        ),
        "done": "Opened DPA-26-117 for BO-1125 (recorded as treated, actually bypassed). Those 1,200 m3 can't be discharged as treated water until that's resolved.",
    },
}


def _shifts(rows: list[tuple[str, str, str, str | None]]) -> list[dict[str, Any]]:
    return [{"shift_id": s, "date": d, "role": r, "volunteer": v} for s, d, r, v in rows]


STEAM: dict[str, Any] = {
    "day": "2026-11-28",
    "name": "heritage_steam_railway",
    "rid": "hsr",
    "meta": ("rid", "ms", "checked_at"),
    "ents": {
        "tool": "get_locomotive",
        "key": "loco_id",
        "ask": "Can loco %s work the Santa specials on Saturday?",
        "ask2": "Can %s and %s both be in steam on Sunday?",
        "items": [
            (
                "34070",
                {
                    "loco_id": "34070",
                    "name": "Manston",
                    "class": "SR West Country",
                    "boiler_ticket_expires": "2029-04",
                    "status": "in traffic",
                    "last_washout": "2026-11-20",
                },
            ),
            (
                "7820",
                {
                    "loco_id": "7820",
                    "name": "Dinmore Manor",
                    "class": "GWR Manor",
                    "boiler_ticket_expires": "2027-08",
                    "status": "in traffic",
                    "last_washout": "2026-11-14",
                },
            ),
            (
                "80072",
                {
                    "loco_id": "80072",
                    "class": "BR Standard 4MT tank",
                    "boiler_ticket_expires": "2030-02",
                    "status": "stopped: leaking superheater elements",
                },
            ),
            (
                "D7076",
                {
                    "loco_id": "D7076",
                    "class": "Class 35 Hymek (diesel)",
                    "status": "standby",
                    "fuel_pct": 62,
                },
            ),
            (
                "1450",
                {
                    "loco_id": "1450",
                    "class": "GWR 14xx tank",
                    "boiler_ticket_expires": "2028-06",
                    "status": "in traffic",
                    "note": "auto-fitted, works with the autocoach",
                },
            ),
            (
                "53809",
                {
                    "loco_id": "53809",
                    "class": "S&DJR 7F",
                    "boiler_ticket_expires": "2026-10-31",
                    "status": "withdrawn, static display",
                },
            ),
        ],
    },
    "search": {
        "rel": ["7820", "1450"],
        "tool": "search_defect_book",
        "req": "Has the injector fault on 7820 been signed off? The driver reported it on Sunday.",
        "loop": [
            "7820 injector fault",
            "Dinmore Manor injector not picking up",
            "fireman's side injector 7820 signed off",
            "7820 injector repair cleared",
            "injector defect Manor class Sunday report",
        ],
        "hits": [
            "DB-1187 7820: fireman's side injector fails to pick up (open, awaiting fitter)",
            "DB-1143 7820: driver's side gauge glass weeping (closed 2026-10-02)",
            "DB-1190 34070: tender water gauge sticking (closed 2026-11-25)",
        ],
        "req2": "Find the defect report from this year about a sticking regulator on one of the tank engines.",
        "refine": [
            (
                {"query": "regulator"},
                29,
                [
                    "DB-0877 34070 regulator gland",
                    "DB-1032 1450 regulator sticking",
                    "DB-0610 80072 regulator valve",
                ],
            ),
            (
                {"query": "regulator sticking", "year": 2026},
                3,
                [
                    "DB-1032 1450 regulator sticking",
                    "DB-1101 80072 regulator stiff when hot",
                    "DB-0990 7820 regulator handle play",
                ],
            ),
            (
                {"query": "regulator sticking", "year": 2026, "loco_type": "tank"},
                2,
                [
                    "DB-1032 1450: regulator sticking open after shutting off (closed)",
                    "DB-1101 80072: regulator stiff when hot (closed)",
                ],
            ),
        ],
        "pick": (
            "get_defect",
            {"defect_id": "DB-1032"},
            {
                "defect_id": "DB-1032",
                "loco_id": "1450",
                "reported": "2026-07-19",
                "defect": "regulator sticking open after shutting off",
                "action": "regulator valve re-faced, gland repacked",
                "closed": "2026-07-24",
            },
        ),
        "done": "It's DB-1032: 1450's regulator stuck open after shutting off on 19 July. The valve was re-faced and the gland repacked, and it was closed on 24 July. (DB-1101 on 80072 was only stiff when hot.)",
    },
    "para": {
        "rel": ["80072"],
        "req": "Is 80072 going to be back for the Santa specials?",
        "lines": [
            "Probably not for the first weekend. 80072's new superheater elements arrive on 12 December, then it needs a steam test and a fitness-to-run exam, so the earliest is the 19th.",
            "80072 can't run until the superheater elements arrive on the 12th; after fitting it needs a steam test and a fitness-to-run exam, which makes 19 December the earliest.",
            "The elements for 80072 come on 12 December. With fitting, a steam test and the fitness-to-run exam to follow, it won't be available before the 19th.",
            "80072 is waiting on superheater elements due on the 12th, then a steam test and fitness-to-run exam. The 19th is the soonest it could work a Santa special.",
            "Earliest return for 80072 is 19 December: elements arrive on the 12th, and the steam test and fitness-to-run exam come after.",
            "As before: 80072 needs the superheater elements (due on the 12th), a steam test and an exam, so the 19th at best.",
        ],
    },
    "flip": {
        "rel": ["34070", "7820"],
        "req": "Set which loco heads the Saturday 10:30 Santa special.",
        "tool": "set_diagram_loco",
        "args": {"date": "2026-12-05", "diagram": "Santa 1 (10:30)"},
        "field": "loco_id",
        "a": "34070",
        "b": "7820",
        "why_a": "34070's bigger tender covers four round trips without watering, so I've put it on Santa 1.",
        "why_b": "The Santa trains are only five coaches and 7820 is lighter on coal, so I've switched Santa 1 to 7820.",
    },
    "pair": {
        "rel": ["34070", "7820"],
        "req": "Will we have enough coal for the Santa weekend?",
        "a": (
            "get_coal_stock",
            {"depot": "Sheffield Park shed"},
            {"depot": "Sheffield Park shed", "tonnes": 14.5, "last_delivery": "2026-11-20"},
        ),
        "b": (
            "get_coal_forecast",
            {"dates": ["2026-12-05", "2026-12-06"]},
            {"tonnes_required": 13.8, "locos": ["34070", "7820"], "round_trips": 12},
        ),
        "note": "14.5 t in stock against 13.8 t needed, as before. Checking both again.",
    },
    "fail": {
        "rel": ["53809"],
        "req": "Put 53809 on Sunday's second service diagram.",
        "tool": "assign_loco",
        "args": {"loco_id": "53809", "date": "2026-12-06", "diagram": "Service 2"},
        "err": "409 boiler_ticket_expired: 53809's boiler certificate expired on 2026-10-31 and it is withdrawn to static display; a loco without a valid boiler ticket cannot be diagrammed",
    },
    "mono": {
        "req": "Keep the passenger information channel updated while the 11:15 is held.",
        "text": "The 11:15 from Kingscote is held at Horsted Keynes waiting for the single-line token. Passengers please stay on the train. Updates will follow on this channel.",
    },
    "multi": {
        "req": "Get this week's hours for the five footplate crew on the Santa roster.",
        "tool": "get_crew_hours",
        "key": "crew_ids",
        "ids": ["FP-014", "FP-022", "FP-031", "FP-037", "FP-045"],
        "extra": {"week": "2026-W49", "include_breaks": True},
        "payload": {
            "week": "2026-W49",
            "crew": [
                {"crew_id": "FP-014", "role": "driver", "hours": 18.5},
                {"crew_id": "FP-022", "role": "fireman", "hours": 21.0},
                {"crew_id": "FP-031", "role": "fireman", "hours": 9.5},
                {"crew_id": "FP-037", "role": "driver", "hours": 12.0},
                {"crew_id": "FP-045", "role": "cleaner", "hours": 16.0},
            ],
        },
        "notes": [
            "Same hours. Asking again with the crew in a different order in case it's cached.",
            "Nothing changed. Querying again.",
            "Still the same totals. One more pull before I check the limits.",
        ],
    },
    "clar": {
        "task": "Book the Wilson Primary school party onto a Santa special.",
        "qs": [
            "Do any of the children use wheelchairs? Only coach 3 has the accessible compartment.",
            "Will anyone in the party need wheelchair space? That's only in coach 3.",
            "Before I book: how many wheelchair users are in the group?",
            "Sorry, checking again: any wheelchair users in the Wilson party?",
        ],
        "a": "Two wheelchair users.",
        "a2": "Two. I already said.",
        "a3": "TWO wheelchair users. Please book it.",
        "act_read": (
            "get_coach",
            {"vehicle": "coach 3"},
            {"vehicle": "coach 3", "wheelchair_spaces": 2, "ramp": "portable, platform side"},
        ),
        "followups": [
            (
                "Do any of the children use wheelchairs? Only coach 3 has the accessible compartment.",
                "Two wheelchair users.",
                "Thanks. Looking for a train with both coach 3 spaces free.",
                (
                    "list_santa_trains",
                    {"wheelchair_spaces": 2, "from": "2026-12-05", "to": "2026-12-13"},
                    {
                        "trains": [
                            {"train": "Santa 2 (12:00) 2026-12-10", "seats_free": 40},
                            {"train": "Santa 1 (10:30) 2026-12-11", "seats_free": 36},
                        ]
                    },
                ),
            ),
            (
                "How many adults come with the 28 children?",
                "Six teachers.",
                "Holding 34 seats on Thursday's Santa 2.",
                (
                    "hold_seats",
                    {"train": "Santa 2 (12:00) 2026-12-10", "seats": 34, "wheelchair_spaces": 2},
                    {"hold_id": "SH-771", "expires": "2026-11-29T12:00Z"},
                ),
            ),
            (
                "Should the presents be labelled by name or by age group?",
                "By age group: 7 and 8 year olds.",
                "Age-group presents, noted.",
                (
                    "set_gift_requirements",
                    {"hold_id": "SH-771", "gifts": {"age_7": 15, "age_8": 13}},
                    {"saved": True},
                ),
            ),
        ],
        "final": (
            "book_party",
            {"hold_id": "SH-771", "organisation": "Wilson Primary School"},
            {"booking": "SP-2041", "train": "Santa 2 (12:00) 2026-12-10", "status": "confirmed"},
        ),
        "done": "Wilson Primary is booked as SP-2041 on Thursday 10 December's 12:00 Santa special: 28 children and 6 teachers, both wheelchair spaces in coach 3, presents for 15 seven-year-olds and 13 eight-year-olds.",
    },
    "cosm": {
        "rel": ["7820"],
        "req": "Pull 7820's boiler inspection certificate, BIC/7820/23, for the insurer.",
        "tool": "get_boiler_certificate",
        "args": {"insurer": "HSB Engineering"},
        "key": "cert_no",
        "variants": ["BIC/7820/23", "BIC-7820-23", "bic/7820/23", "BIC/7820/2023", "BIC 7820 23"],
        "err": "409 certificate_superseded: BIC/7820/23 was superseded by BIC/7820/26 after the in-steam examination on 2026-08-12; superseded certificates are archived and not issued",
    },
    "conv": {
        "rel": ["34070"],
        "req": "The insurer's form wants 34070's tender water capacity in litres. It's 4,500 gallons.",
        "fwd": (
            "convert_units",
            {"value": 4500, "from": "imp_gal", "to": "L"},
            {"value": 20457.3, "unit": "L"},
        ),
        "back": (
            "convert_units",
            {"value": 20457.3, "from": "L", "to": "imp_gal"},
            {"value": 4500.0, "unit": "imp_gal"},
        ),
        "note_fwd": "4,500 imperial gallons is 20,457.3 litres. Converting back to check.",
        "note_back": "20,457.3 litres comes back to 4,500 gallons, so that's right. Doing the forward conversion again to be sure.",
        "form": {
            "req": "Fill in the annual return for the rail regulator: it wants line speeds in km/h and lengths in km.",
            "calls": [
                (
                    "convert_units",
                    {"value": 25, "from": "mph", "to": "km/h"},
                    {"value": 40.23, "unit": "km/h"},
                ),
                (
                    "convert_units",
                    {"value": 10, "from": "mph", "to": "km/h"},
                    {"value": 16.09, "unit": "km/h"},
                ),
                (
                    "convert_units",
                    {"value": 11.0, "from": "mi", "to": "km"},
                    {"value": 17.7, "unit": "km"},
                ),
                (
                    "convert_units",
                    {"value": 0.75, "from": "mi", "to": "km"},
                    {"value": 1.21, "unit": "km"},
                ),
            ],
            "submit": (
                "submit_annual_return",
                {
                    "year": 2026,
                    "max_line_speed_kmh": 40.23,
                    "restricted_speed_kmh": 16.09,
                    "route_km": 17.7,
                    "sidings_km": 1.21,
                },
                {"return_id": "AR-2026-HSR", "status": "submitted"},
            ),
            "readback": (
                "get_annual_return",
                {"return_id": "AR-2026-HSR"},
                {"return_id": "AR-2026-HSR", "route_km": 17.7, "status": "submitted"},
            ),
            "done": "The annual return AR-2026-HSR is in: line speed 40.23 km/h (25 mph), restricted 16.09 km/h, 17.7 km of route and 1.21 km of sidings.",
        },
    },
    "offer": {
        "req": "Ask the carriage trust to lend us their two Bulleid coaches for all four Santa weekends.",
        "tool": "request_stock_loan",
        "args": {
            "owner": "Bulleid Carriage Trust",
            "vehicles": ["S4211", "S4279"],
            "weekends": ["2026-12-05", "2026-12-12", "2026-12-19", "2026-12-26"],
        },
        "decline": {
            "status": "declined",
            "message": "We can't lend S4279: its brake test is out of date until January. And nothing goes out over Boxing Day weekend; our volunteers are off.",
            "ref": "BCT-L-118",
        },
        "notes": [
            "Declined. I'll send the loan request again.",
            "Resubmitting the request for both coaches.",
            "Sending it once more.",
            "Still declined; resending the same request.",
        ],
        "pitch": [
            "Hello, could we borrow S4211 and S4279 for all four Santa weekends, 5 December to 26 December?",
            "Thanks. Could you reconsider both coaches for the four weekends?",
            "We'd really like S4211 and S4279 for all four weekends including Boxing Day.",
            "Can we confirm both Bulleids for the four Santa weekends?",
        ],
        "converge": [
            (
                {
                    "owner": "Bulleid Carriage Trust",
                    "vehicles": ["S4211", "S4279"],
                    "weekends": ["2026-12-05", "2026-12-12", "2026-12-19", "2026-12-26"],
                },
                {
                    "status": "declined",
                    "message": "We can't lend S4279: its brake test is out of date until January. And nothing goes out over Boxing Day weekend; our volunteers are off.",
                    "ref": "BCT-L-118",
                },
                "S4279 is out of brake test and Boxing Day is out. Asking for S4211 alone for the first three weekends.",
            ),
            (
                {
                    "owner": "Bulleid Carriage Trust",
                    "vehicles": ["S4211"],
                    "weekends": ["2026-12-05", "2026-12-12", "2026-12-19"],
                },
                {
                    "status": "counter",
                    "message": "S4211 for three weekends is fine, but one of our volunteers travels with it as carriage attendant.",
                    "ref": "BCT-L-119",
                },
                "A travelling attendant is easy; I'll include their footplate-free seat and meals. Accepting.",
            ),
            (
                {
                    "owner": "Bulleid Carriage Trust",
                    "vehicles": ["S4211"],
                    "weekends": ["2026-12-05", "2026-12-12", "2026-12-19"],
                    "attendant": True,
                },
                {
                    "status": "accepted",
                    "message": "Agreed: S4211 for the 5th, 12th and 19th with our attendant. Collect from Horsted Keynes.",
                    "ref": "BCT-L-120",
                },
                "Agreed: S4211 for the first three weekends with their attendant.",
            ),
        ],
        "confirm": (
            "add_to_consist",
            {"set": "Santa set", "vehicle": "S4211", "from": "2026-12-05", "to": "2026-12-20"},
            {"set": "Santa set", "vehicles": 6, "seats": 312},
        ),
        "done": "S4211 joins the Santa set for the first three weekends with the trust's attendant, giving 312 seats; S4279 and Boxing Day are off the table.",
    },
    "recap": {
        "rel": ["34070", "7820"],
        "req": "Where are we with the Santa special preparations?",
        "facts": [
            "34070 and 7820 have both passed their fitness-to-run exams.",
            "14 of 16 trains are sold out.",
            "The grotto at Sheffield Park is built.",
        ],
        "pending": "the second guard for Saturday",
        "pending_read": (
            "get_roster_gap",
            {"date": "2026-12-05", "role": "guard"},
            {"date": "2026-12-05", "role": "guard", "unfilled": 1},
        ),
    },
    "peer": {
        "rel": ["D7076", "34070"],
        "name": "signal-box-agent",
        "req": "Send the Santa special working notice to the signal box agent.",
        "handoff": (
            "send_message",
            {
                "to": "signal-box-agent",
                "body": "Special working notice SWN-48: Santa specials Saturday, 6 round trips, first departure Sheffield Park 10:30.",
            },
            {"delivered": True, "message_id": "sb-4410"},
        ),
        "theirs": [
            "Received SWN-48, thanks.",
            "Acknowledged.",
            "Thanks for confirming.",
            "Noted, thank you.",
            "Got your acknowledgement.",
            "Received again, thanks.",
        ],
        "mine": [
            "Thanks for confirming receipt.",
            "Great, acknowledged.",
            "Noted, thanks.",
            "Thanks, received.",
            "Acknowledged, thank you.",
            "Thanks for letting me know.",
        ],
        "exchange": [
            (
                "Received SWN-48. The 12:45 crosses the 12:30 at Horsted Keynes. Will the loop be clear of the engineers' wagons?",
                "Yes: possession PW-221 on the Horsted Keynes loop ends Friday at 16:00, so the loop is clear on Saturday.",
                (
                    "get_possession",
                    {"location": "Horsted Keynes loop"},
                    {"possession": "PW-221", "ends": "2026-12-04T16:00Z", "wagons_removed": True},
                ),
            ),
            (
                "Good. Which token section does the 15:10 from Kingscote use with the diesel coupled inside?",
                "The 15:10 runs Kingscote to Horsted Keynes on the long-section token; D7076 is inside only as a brake vehicle.",
                (
                    "get_train_plan",
                    {"train": "15:10 Kingscote", "date": "2026-12-05"},
                    {
                        "token_section": "Kingscote-Horsted Keynes (long)",
                        "consist": ["34070", "D7076 (dead, brake only)", "5 coaches"],
                    },
                ),
            ),
            (
                "Noted. The box will be open 09:30 to 17:30 on Saturday. All set.",
                "Thanks, that's everything.",
                None,
            ),
        ],
        "done": "The signal box has SWN-48, confirmation the Horsted Keynes loop is clear after PW-221, and the token section for the 15:10.",
    },
    "pages": {
        "req": "Go through the Santa weekend volunteer shifts and list every one still unfilled.",
        "tool": "list_shifts",
        "args": {"from": "2026-12-05", "to": "2026-12-06"},
        "idkey": "shift_id",
        "flag": lambda row: row["volunteer"] is None,
        "rows": _shifts(
            [
                ("SH-0501", "2026-12-05", "driver", "FP-037"),
                ("SH-0502", "2026-12-05", "fireman", "FP-031"),
                ("SH-0503", "2026-12-05", "guard", "G-008"),
                ("SH-0504", "2026-12-05", "guard", None),
                ("SH-0505", "2026-12-05", "signaller HK", "S-003"),
                ("SH-0506", "2026-12-05", "Santa", "V-211"),
                ("SH-0507", "2026-12-05", "elf (grotto)", "V-230"),
                ("SH-0508", "2026-12-05", "elf (grotto)", None),
                ("SH-0601", "2026-12-06", "driver", "FP-014"),
                ("SH-0602", "2026-12-06", "fireman", "FP-022"),
                ("SH-0603", "2026-12-06", "guard", "G-011"),
                ("SH-0604", "2026-12-06", "signaller HK", None),
                ("SH-0605", "2026-12-06", "Santa", "V-211"),
            ]
        ),
        "done": "Went through all %d shifts for the weekend; %d are unfilled: %s. I'll put out a call on the volunteer list for those.",
    },
    "fix": {
        "rel": ["34070"],
        "req": "Roster the crew for Saturday's Santa 1.",
        "tool": "assign_crew",
        "attempts": [
            (
                {
                    "date": "2026-12-05",
                    "diagram": "Santa 1",
                    "driver": "FP-014",
                    "fireman": "FP-022",
                },
                "422 hours_exceeded: FP-022 would work 13.5 h on 2026-12-05, over the 12 h limit in the rule book",
                "FP-022 would go over 12 hours. FP-031 is passed for firing and free that day; using them.",
            ),
            (
                {
                    "date": "2026-12-05",
                    "diagram": "Santa 1",
                    "driver": "FP-014",
                    "fireman": "FP-031",
                },
                "422 route_knowledge: FP-014's route knowledge for Kingscote to East Grinstead lapsed on 2026-10-30; the driver must hold route knowledge for every section of the diagram",
                "FP-014's route card for the northern extension has lapsed. FP-037 holds it, so FP-037 drives.",
            ),
        ],
        "ok": (
            {"date": "2026-12-05", "diagram": "Santa 1", "driver": "FP-037", "fireman": "FP-031"},
            {"diagram": "Santa 1", "date": "2026-12-05", "status": "rostered"},
            "Santa 1 on Saturday is rostered: FP-037 driving and FP-031 firing, both inside their hours and route knowledge. They've been notified.",
        ),
        "after": [
            (
                "notify_crew",
                {"crew_ids": ["FP-037", "FP-031"], "diagram": "Santa 1", "date": "2026-12-05"},
                {"sent": 2},
            )
        ],
    },
    "docs": {
        "req": "Summarise the four fitness-to-run exam reports from this week for the operations meeting.",
        "tool": "get_exam_report",
        "key": "report_id",
        "items": [
            (
                "FTR-34070-48",
                "34070 Manston",
                "Passed. Tyres and flanges within limits. Left-hand slide bar wear noted; re-measure in 4 weeks.",
                "34070 passed; left slide bar wear to re-measure in four weeks.",
            ),
            (
                "FTR-7820-48",
                "7820 Dinmore Manor",
                "Passed, subject to clearing DB-1187 (fireman's side injector) before traffic.",
                "7820 passed on condition that the injector defect DB-1187 is cleared first.",
            ),
            (
                "FTR-1450-48",
                "1450",
                "Passed. Auto-gear tested with the autocoach; all correct.",
                "1450 passed, auto-gear working with the autocoach.",
            ),
            (
                "FTR-D7076-48",
                "D7076 Hymek",
                "Failed: AWS horn inoperative. Not to be used as a train engine until repaired; may run as a brake vehicle.",
                "D7076 failed on a dead AWS horn; brake vehicle only until fixed.",
            ),
        ],
        "overall": "Operations summary: 34070 and 1450 are fit to run; 7820 is fit once the injector defect DB-1187 is cleared; D7076 failed (AWS horn) and can only be a brake vehicle.",
    },
    "poll": {
        "rel": ["7820"],
        "req": "Tell me when 7820's steam test after the injector repair is done, then put it back on Saturday's diagram.",
        "tool": "get_steam_test",
        "key": "test_id",
        "id": "ST-7820-1128",
        "field": "state",
        "stages": [
            {"test_id": "ST-7820-1128", "state": "lighting_up"},
            {
                "test_id": "ST-7820-1128",
                "state": "raising_steam",
                "pressure_psi": 120,
                "working_psi": 225,
            },
            {"test_id": "ST-7820-1128", "state": "injector_tests", "pressure_psi": 225},
            {
                "test_id": "ST-7820-1128",
                "state": "complete",
                "result": "pass",
                "notes": "both injectors pick up cleanly",
            },
        ],
        "act": (
            "assign_loco",
            {"loco_id": "7820", "date": "2026-12-05", "diagram": "Santa 2"},
            {"loco_id": "7820", "diagram": "Santa 2", "status": "assigned"},
        ),
        "done": "7820 passed its steam test with both injectors picking up cleanly, and it's back on Saturday's Santa 2.",
    },
    "batch": {
        "req": "Record the pre-service exams for the coaches in the Santa set.",
        "tool": "record_coach_exam",
        "key": "vehicle",
        "items": [
            (
                "S4211",
                {"exam": "A", "brake_test": "pass"},
                {"vehicle": "S4211", "exam": "A", "result": "pass"},
                "S4211 passed",
            ),
            (
                "W5787",
                {"exam": "A", "brake_test": "pass"},
                {
                    "vehicle": "W5787",
                    "exam": "A",
                    "result": "pass",
                    "note": "door 4 droplight stiff",
                },
                "W5787 passed, door 4 stiff",
            ),
            (
                "E4346",
                {"exam": "A", "brake_test": "pass"},
                {"vehicle": "E4346", "exam": "A", "result": "pass"},
                "E4346 passed",
            ),
            (
                "M25473",
                {"exam": "A", "brake_test": "fail"},
                {
                    "vehicle": "M25473",
                    "exam": "A",
                    "result": "fail",
                    "note": "brake block worn below limit, bogie 2",
                },
                "M25473 failed (brake block)",
            ),
            (
                "35010",
                {"exam": "A", "brake_test": "pass"},
                {"vehicle": "35010", "exam": "A", "result": "pass"},
                "35010 passed",
            ),
        ],
        "done": "Four of the five Santa coaches passed; M25473 failed on a worn brake block on bogie 2 and comes out of the set until it's replaced.",
    },
    "flaky": {
        "req": "Send the Santa weekend passenger numbers to the booking system for the grotto tickets.",
        "tool": "upload_passenger_counts",
        "args": {"weekend": "2026-12-05", "source": "Santa bookings export"},
        "errs": [
            "503 booking_system_busy: nightly reconciliation running; retry in a few minutes",
            "504 gateway_timeout: no response within 30 s",
        ],
        "ok": {"weekend": "2026-12-05", "trains": 12, "passengers": 1884, "children": 1012},
        "then": [
            ("print_grotto_tickets", {"weekend": "2026-12-05"}, {"printed": 1012, "batches": 12})
        ],
        "done": "The booking system has the weekend's numbers (1,884 passengers, 1,012 children), and the 1,012 grotto tickets are printed in 12 train batches.",
    },
    "cmp": {
        "req": "Check Sunday's signal box train register against the guards' journals.",
        "a_tool": "get_train_register",
        "b_tool": "get_guard_journal",
        "key": "train",
        "recs": [
            (
                "10:15 Sheffield Park",
                {
                    "train": "10:15 Sheffield Park",
                    "departed": "10:16",
                    "arrived_kingscote": "10:58",
                },
                {
                    "train": "10:15 Sheffield Park",
                    "departed": "10:16",
                    "arrived_kingscote": "10:58",
                },
            ),
            (
                "11:15 Kingscote",
                {
                    "train": "11:15 Kingscote",
                    "departed": "11:15",
                    "arrived_sheffield_park": "12:02",
                },
                {
                    "train": "11:15 Kingscote",
                    "departed": "11:36",
                    "arrived_sheffield_park": "12:21",
                    "delay_reason": "held for token at Horsted Keynes",
                },
            ),
            (
                "12:30 Sheffield Park",
                {
                    "train": "12:30 Sheffield Park",
                    "departed": "12:41",
                    "arrived_kingscote": "13:22",
                },
                {
                    "train": "12:30 Sheffield Park",
                    "departed": "12:41",
                    "arrived_kingscote": "13:22",
                },
            ),
            (
                "13:45 Kingscote",
                {
                    "train": "13:45 Kingscote",
                    "departed": "13:46",
                    "arrived_sheffield_park": "14:30",
                },
                {
                    "train": "13:45 Kingscote",
                    "departed": "13:46",
                    "arrived_sheffield_park": "14:30",
                },
            ),
        ],
        "finding": "The 11:15 from Kingscote is booked in the register as leaving on time, but the guard's journal has it leaving at 11:36 after being held for the token. The other three agree.",
        "fix": (
            "record_delay",
            {
                "train": "11:15 Kingscote",
                "date": "2026-11-22",
                "minutes": 21,
                "cause": "held for single-line token at Horsted Keynes",
            },
            {"delay_id": "DL-0288", "status": "recorded"},
        ),
        "done": "Recorded the 21-minute delay to the 11:15 (DL-0288) and corrected the register. The token hold-up needs a look at the next operations meeting.",
    },
}


def _hut_bookings(rows: list[tuple[str, str, int, bool]]) -> list[dict[str, Any]]:
    return [{"booking_ref": b, "guest": g, "beds": n, "deposit_paid": p} for b, g, n, p in rows]


HUT: dict[str, Any] = {
    "day": "2026-07-14",
    "name": "alpine_hut_bookings",
    "rid": "ah",
    "meta": ("request_id", "latency_ms", "server_time"),
    "ents": {
        "tool": "get_booking",
        "key": "booking_ref",
        "ask": "Is booking %s all set for next week? The guest emailed.",
        "ask2": "Can %s and %s both be fitted in on the 15th?",
        "items": [
            (
                "HB-26-0412",
                {
                    "booking_ref": "HB-26-0412",
                    "guest": "Meier group (DAV Rosenheim)",
                    "nights": ["2026-07-14", "2026-07-15"],
                    "beds": 8,
                    "room": "Lager 2",
                    "half_board": True,
                    "status": "confirmed",
                    "deposit_paid": True,
                },
            ),
            (
                "HB-26-0419",
                {
                    "booking_ref": "HB-26-0419",
                    "guest": "A. Laurent (guide, 5 clients)",
                    "nights": ["2026-07-15"],
                    "beds": 6,
                    "room": "Lager 1",
                    "half_board": True,
                    "status": "confirmed",
                    "deposit_paid": False,
                },
            ),
            (
                "HB-26-0433",
                {
                    "booking_ref": "HB-26-0433",
                    "guest": "J. Novak",
                    "nights": ["2026-07-15"],
                    "beds": 2,
                    "room": None,
                    "half_board": True,
                    "status": "waitlist",
                    "deposit_paid": False,
                },
            ),
            (
                "HB-26-0440",
                {
                    "booking_ref": "HB-26-0440",
                    "guest": "Alpine school Bergwelt",
                    "nights": ["2026-07-16", "2026-07-17"],
                    "beds": 12,
                    "room": "Lager 3",
                    "half_board": True,
                    "status": "confirmed",
                    "deposit_paid": True,
                },
            ),
            (
                "HB-26-0451",
                {
                    "booking_ref": "HB-26-0451",
                    "guest": "S. Rossi",
                    "nights": ["2026-07-14"],
                    "beds": 1,
                    "status": "cancelled",
                    "refund": "pending",
                },
            ),
            (
                "HB-26-0458",
                {
                    "booking_ref": "HB-26-0458",
                    "guest": "Zugspitz Ultra crew",
                    "nights": ["2026-07-18"],
                    "beds": 4,
                    "room": "Zimmer 2",
                    "half_board": False,
                    "status": "confirmed",
                    "deposit_paid": True,
                },
            ),
        ],
    },
    "search": {
        "tool": "search_hut_log",
        "req": "Does the warden's log say whether the upper route to the Grubenkarspitze has reopened after the rockfall? Guests want to know before booking.",
        "loop": [
            "Grubenkarspitze upper route reopened",
            "rockfall upper route cleared",
            "upper route Grubenkar open again after rockfall",
            "Grubenkarspitze route status rockfall closure lifted",
            "municipality reopened upper route",
        ],
        "hits": [
            "LOG-0703 rockfall on the upper route below the summit ridge; closed by the municipality (open)",
            "LOG-0611 old snowfield on upper route, crampons advised (closed)",
            "LOG-0702 lower path washed out at the Karbach bridge, repaired (closed)",
        ],
        "req2": "Find the log entry about the guest who left without paying for half-board last week.",
        "refine": [
            (
                {"query": "unpaid"},
                17,
                [
                    "LOG-0415 unpaid drinks, 2025",
                    "LOG-0688 unpaid half-board",
                    "LOG-0522 unpaid shower tokens",
                ],
            ),
            (
                {"query": "unpaid half-board", "from": "2026-07-06", "to": "2026-07-12"},
                2,
                [
                    "LOG-0688 guest left before breakfast without paying half-board",
                    "LOG-0691 group paid half-board short by one person",
                ],
            ),
            (
                {
                    "query": "left without paying half-board",
                    "from": "2026-07-06",
                    "to": "2026-07-12",
                    "type": "incident",
                },
                1,
                ["LOG-0688 guest left before breakfast without paying half-board (open)"],
            ),
        ],
        "pick": (
            "get_log_entry",
            {"entry_id": "LOG-0688"},
            {
                "entry_id": "LOG-0688",
                "date": "2026-07-09",
                "booking_ref": "HB-26-0377",
                "guest": "M. Brandt",
                "amount_eur": 68.5,
                "status": "open",
                "note": "left 04:30, summit attempt, did not return via hut",
            },
        ),
        "done": "It's LOG-0688 on 9 July: M. Brandt (HB-26-0377) left at 04:30 for the summit and never came back through the hut, owing 68.50 euros of half-board. Still open.",
    },
    "para": {
        "req": "When's the next helicopter supply flight? We're low on kitchen gas.",
        "lines": [
            "The next supply flight is booked for the first clear day after Thursday's front, with six gas cylinders on the manifest. The pilot confirms the evening before, and I'll tell you as soon as he does.",
            "We have a supply flight booked for the first flyable day once Thursday's front passes; six gas cylinders are on it. The pilot will confirm the night before, and I'll let you know.",
            "Six gas cylinders are on the manifest for the next flight, which goes on the first clear day after the Thursday front. Confirmation comes from the pilot the evening before; I'll pass it on.",
            "The helicopter flies the first clear day after Thursday's weather, carrying six gas cylinders. I'll update you when the pilot confirms the evening before.",
            "Gas is on the next supply flight (six cylinders), which is set for the first good day after the front on Thursday; the pilot confirms the night before.",
            "Again: first clear day after Thursday's front, six cylinders, pilot confirms the evening before. I'll tell you then.",
        ],
    },
    "flip": {
        "rel": ["HB-26-0412", "HB-26-0440"],
        "req": "Set the dinner sitting for the Meier group on the 14th.",
        "tool": "set_dinner_sitting",
        "args": {"booking_ref": "HB-26-0412", "date": "2026-07-14"},
        "field": "sitting",
        "a": "18:00",
        "b": "19:30",
        "why_a": "They start the ridge at 05:00, so the early 18:00 sitting suits them. Set.",
        "why_b": "The Stube only seats 40 at 18:00 and the school group is on that sitting, so I've moved the Meier group to 19:30.",
    },
    "pair": {
        "req": "Do we have enough water for a full house on Saturday?",
        "a": (
            "get_cistern_level",
            {"tank": "main cistern"},
            {"tank": "main cistern", "litres": 6200, "capacity": 12000, "inflow_l_per_h": 0},
        ),
        "b": (
            "get_water_demand",
            {"date": "2026-07-18", "beds": 58},
            {"date": "2026-07-18", "litres_needed": 7000, "basis": "120 L per guest incl. kitchen"},
        ),
        "note": "6,200 litres against 7,000 needed, no inflow. Checking both again.",
    },
    "fail": {
        "rel": ["HB-26-0433"],
        "req": "Confirm the Novak booking for the 15th.",
        "tool": "confirm_booking",
        "args": {"booking_ref": "HB-26-0433", "nights": ["2026-07-15"]},
        "err": "409 no_capacity: the hut is full on 2026-07-15 (58 of 58 beds; the emergency room cannot be booked); the booking stays on the waitlist until a cancellation",
    },
    "mono": {
        "req": "Keep the guests' channel updated while the thunderstorm warning is on.",
        "text": "Storm warning: the terrace is closed and nobody should set off for the summit after 13:00. We'll post here when the front has passed.",
    },
    "multi": {
        "rel": ["HB-26-0412", "HB-26-0419"],
        "req": "Get the dietary requirements for the five bookings on tonight's second sitting.",
        "tool": "get_dietary_requirements",
        "key": "booking_refs",
        "ids": ["HB-26-0412", "HB-26-0419", "HB-26-0427", "HB-26-0430", "HB-26-0436"],
        "extra": {"date": "2026-07-14", "meal": "dinner"},
        "payload": {
            "date": "2026-07-14",
            "meal": "dinner",
            "requirements": [
                {"booking_ref": "HB-26-0412", "vegetarian": 2, "gluten_free": 0},
                {"booking_ref": "HB-26-0419", "vegetarian": 0, "gluten_free": 1},
                {"booking_ref": "HB-26-0427", "vegetarian": 1, "gluten_free": 0},
                {"booking_ref": "HB-26-0430", "vegetarian": 0, "gluten_free": 0},
                {"booking_ref": "HB-26-0436", "vegetarian": 3, "gluten_free": 1},
            ],
        },
        "notes": [
            "Same list. Asking again with the bookings in a different order in case it was cached.",
            "Nothing new. Requesting it again.",
            "The requirements are unchanged. One more pull, then I'll tell the kitchen.",
        ],
    },
    "clar": {
        "task": "Book a room for a family of four arriving next Friday.",
        "qs": [
            "Are the children under 6? Under-6s can't sleep in the dormitory under the hut rules.",
            "How old are the children? Under-6s need a private room.",
            "Before I book: are either of the kids younger than six?",
            "Sorry, checking again: any children under 6?",
        ],
        "a": "They're 8 and 11.",
        "a2": "8 and 11, as I said.",
        "a3": "EIGHT and ELEVEN. Please just book them.",
        "act_read": (
            "get_hut_rules",
            {"section": "children"},
            {
                "section": "children",
                "rule": "children under 6 only in private rooms with their parents",
            },
        ),
        "followups": [
            (
                "Are the children under 6? Under-6s can't sleep in the dormitory under the hut rules.",
                "They're 8 and 11.",
                "Thanks, so the dormitory is possible. Checking what's free.",
                (
                    "list_rooms",
                    {"date": "2026-07-17", "beds": 4},
                    {
                        "rooms": [
                            {"room": "Zimmer 3", "beds": 4},
                            {"room": "Lager 2", "free_beds": 6},
                        ]
                    },
                ),
            ),
            (
                "Would they like the four-bed room (Zimmer 3) or four places in the dormitory, which is cheaper?",
                "The four-bed room.",
                "Holding Zimmer 3.",
                (
                    "hold_room",
                    {"room": "Zimmer 3", "date": "2026-07-17", "guests": 4},
                    {"hold_id": "RH-2290", "expires": "2026-07-10T18:00Z"},
                ),
            ),
            (
                "Do they need to borrow sleeping bag liners? They're compulsory here.",
                "Yes, four please.",
                "Four liners added.",
                (
                    "set_booking_extras",
                    {"hold_id": "RH-2290", "liners": 4, "half_board": True},
                    {"saved": True},
                ),
            ),
        ],
        "final": (
            "confirm_booking",
            {"hold_id": "RH-2290", "guest": "Family Huber"},
            {"booking_ref": "HB-26-0467", "room": "Zimmer 3", "status": "confirmed"},
        ),
        "done": "The Huber family is booked in Zimmer 3 for Friday 17 July (HB-26-0467), half-board, with four liners ready.",
    },
    "cosm": {
        "req": "Check Mr Hofer's Alpenverein membership for the member rate, number 12-0044718.",
        "tool": "verify_membership",
        "args": {"club": "OeAV"},
        "key": "member_no",
        "variants": ["12-0044718", "120044718", "12 0044718", "12-044718", "12-0044718 "],
        "err": "404 membership_lapsed: OeAV membership 12-0044718 ended on 2025-12-31 and was not renewed; the non-member rate applies unless the guest shows a 2026 card",
    },
    "conv": {
        "req": "The helicopter operator's form wants our landing pad elevation in feet. The pad is at 2,245 m.",
        "fwd": (
            "convert_units",
            {"value": 2245, "from": "m", "to": "ft"},
            {"value": 7365.5, "unit": "ft"},
        ),
        "back": (
            "convert_units",
            {"value": 7365.5, "from": "ft", "to": "m"},
            {"value": 2245.0, "unit": "m"},
        ),
        "note_fwd": "2,245 m is 7,365.5 ft. Converting back to check.",
        "note_back": "7,365.5 ft is 2,245 m again, so that's right. Running the forward conversion once more before I fill it in.",
        "form": {
            "req": "Fill in the helicopter supply request: the operator wants the pad elevation in feet and every load in kg.",
            "calls": [
                (
                    "convert_units",
                    {"value": 2245, "from": "m", "to": "ft"},
                    {"value": 7365.5, "unit": "ft"},
                ),
                ("volume_to_mass", {"litres": 400, "substance": "diesel"}, {"kg": 334.0}),
                ("volume_to_mass", {"litres": 120, "substance": "sunflower oil"}, {"kg": 110.4}),
                (
                    "volume_to_mass",
                    {"litres": 300, "substance": "beer in 50 L kegs"},
                    {"kg": 372.0},
                ),
            ],
            "submit": (
                "submit_supply_request",
                {
                    "pad_elevation_ft": 7366,
                    "loads_kg": {
                        "diesel": 334.0,
                        "sunflower oil": 110.4,
                        "beer kegs": 372.0,
                        "gas cylinders": 198.0,
                    },
                    "date_window": "first clear day after 2026-07-16",
                },
                {"request_id_op": "HELI-26-0719", "status": "received", "lifts": 2},
            ),
            "readback": (
                "get_supply_request",
                {"request_id_op": "HELI-26-0719"},
                {
                    "request_id_op": "HELI-26-0719",
                    "total_kg": 1014.4,
                    "lifts": 2,
                    "status": "received",
                },
            ),
            "done": "Supply request HELI-26-0719 is with the operator: pad at 7,366 ft, 1,014.4 kg in two lifts (diesel 334 kg, oil 110.4 kg, beer 372 kg, gas 198 kg).",
        },
    },
    "offer": {
        "rel": ["HB-26-0440"],
        "req": "Ask the Bergwelt alpine school to give up 4 of their 12 beds on the 16th so we can fit the mountain rescue training team.",
        "tool": "send_change_request",
        "args": {"booking_ref": "HB-26-0440", "date": "2026-07-16", "release_beds": 4},
        "decline": {
            "status": "declined",
            "message": "We can't give up beds on the 16th: 10 participants and 2 instructors, all need to sleep at the hut for the 04:30 start.",
            "ref": "CR-0440-1",
        },
        "notes": [
            "Declined. I'll send the request again.",
            "Resending the request for 4 beds.",
            "Submitting it once more.",
            "Still declined; sending the same request again.",
        ],
        "pitch": [
            "Hello Bergwelt, could you release 4 of your 12 beds on 16 July? We need them for the mountain rescue training team.",
            "Thanks. Could you reconsider releasing 4 beds on the 16th?",
            "We'd really need those 4 beds on the 16th for the rescue team.",
            "Could you free up the 4 beds on the 16th after all?",
        ],
        "converge": [
            (
                {"booking_ref": "HB-26-0440", "date": "2026-07-16", "release_beds": 4},
                {
                    "status": "declined",
                    "message": "We can't give up beds on the 16th: 10 participants and 2 instructors, all need to sleep at the hut for the 04:30 start.",
                    "ref": "CR-0440-1",
                },
                "They need everyone at the hut. I'll offer the instructors the winter room instead and ask for 2 beds.",
            ),
            (
                {
                    "booking_ref": "HB-26-0440",
                    "date": "2026-07-16",
                    "release_beds": 2,
                    "offer": "instructors in winter room",
                },
                {
                    "status": "counter",
                    "message": "If the winter room is heated, both instructors move there and you can have 4 beds.",
                    "ref": "CR-0440-2",
                },
                "We can heat the winter room that night. That gives the rescue team all 4 beds; accepting.",
            ),
            (
                {
                    "booking_ref": "HB-26-0440",
                    "date": "2026-07-16",
                    "release_beds": 4,
                    "offer": "instructors in heated winter room",
                },
                {
                    "status": "accepted",
                    "message": "Agreed: 4 beds released; our instructors take the heated winter room on the 16th.",
                    "ref": "CR-0440-3",
                },
                "Agreed: 4 beds released, and the instructors sleep in the heated winter room.",
            ),
        ],
        "confirm": (
            "book_beds",
            {
                "group": "Bergrettung training team",
                "beds": 4,
                "date": "2026-07-16",
                "room": "Lager 3",
            },
            {"booking_ref": "HB-26-0470", "status": "confirmed"},
        ),
        "done": "The rescue team has 4 beds on the 16th (HB-26-0470). Bergwelt's two instructors move to the winter room, which we'll heat that night.",
    },
    "recap": {
        "rel": ["HB-26-0458"],
        "req": "What's the state of play for the weekend?",
        "facts": [
            "Saturday is full, 58 of 58 beds.",
            "Sunday has 21 beds free.",
            "Two guide groups have asked about the upper route.",
        ],
        "pending": "the municipality's decision on the upper route",
        "pending_read": (
            "get_route_status",
            {"route": "Grubenkarspitze upper route"},
            {"route": "Grubenkarspitze upper route", "status": "closed", "review_date": None},
        ),
    },
    "peer": {
        "rel": ["HB-26-0433", "HB-26-0419"],
        "name": "valley-office-agent",
        "req": "Tell the valley office agent about the 15 July waitlist.",
        "handoff": (
            "send_message",
            {
                "to": "valley-office-agent",
                "body": "Hut full on 15 July. Waitlist: HB-26-0433 (Novak, 2 beds).",
            },
            {"delivered": True, "message_id": "vo-3318"},
        ),
        "theirs": [
            "Received the waitlist for the 15th, thanks.",
            "Acknowledged.",
            "Thanks for confirming.",
            "Noted, danke.",
            "Got your acknowledgement.",
            "Received, all fine.",
        ],
        "mine": [
            "Thanks for confirming.",
            "Great, acknowledged.",
            "Danke, noted.",
            "Thanks, received.",
            "Acknowledged, thank you.",
            "Thanks for letting me know.",
        ],
        "exchange": [
            (
                "Received. Laurent (HB-26-0419) still hasn't paid his deposit. Should his 6 beds go to the waitlist?",
                "The deposit was due 8 July and two reminders went unanswered, so yes, release his 6 beds.",
                (
                    "get_payment_status",
                    {"booking_ref": "HB-26-0419"},
                    {
                        "booking_ref": "HB-26-0419",
                        "deposit_due": "2026-07-08",
                        "paid": False,
                        "reminders_sent": 2,
                    },
                ),
            ),
            (
                "Released. Novak comes off the waitlist with 2 beds, which leaves 4. Anyone else waiting?",
                "HB-26-0461 wants 3 beds; give them 3 and keep 1 spare for a late walker.",
                (
                    "get_waitlist",
                    {"date": "2026-07-15"},
                    {"date": "2026-07-15", "waitlist": [{"booking_ref": "HB-26-0461", "beds": 3}]},
                ),
            ),
            (
                "Done: Novak and HB-26-0461 confirmed, 1 bed spare. Closing this.",
                "Thanks, that's all.",
                None,
            ),
        ],
        "done": "The 15th is sorted: Laurent's unpaid 6 beds are released, Novak and HB-26-0461 are confirmed, and 1 bed is held for a late walker.",
    },
    "pages": {
        "rel": ["HB-26-0419", "HB-26-0433"],
        "req": "Go through the bookings for the 15th and list every one without a deposit, so I can chase them.",
        "tool": "list_bookings",
        "args": {"date": "2026-07-15"},
        "idkey": "booking_ref",
        "flag": lambda row: not row["deposit_paid"],
        "rows": _hut_bookings(
            [
                ("HB-26-0401", "K. Wagner", 2, True),
                ("HB-26-0405", "DAV Sektion Landshut", 10, True),
                ("HB-26-0412", "Meier group", 8, True),
                ("HB-26-0415", "L. Moreau", 2, True),
                ("HB-26-0419", "A. Laurent (guide)", 6, False),
                ("HB-26-0422", "P. Kowalski", 3, True),
                ("HB-26-0425", "T. Berger", 1, False),
                ("HB-26-0427", "Familie Egger", 4, True),
                ("HB-26-0430", "R. Steiner", 2, True),
                ("HB-26-0436", "Climbing club Innsbruck", 9, True),
                ("HB-26-0439", "E. Fischer", 2, False),
                ("HB-26-0442", "H. Lang", 5, True),
                ("HB-26-0445", "N. Wolf", 4, True),
            ]
        ),
        "done": "Went through all %d bookings for the 15th; %d have no deposit: %s. I'll send reminders to those three.",
    },
    "fix": {
        "req": "Book the material ropeway for Tuesday's supplies, 420 kg.",
        "tool": "book_material_ropeway",
        "attempts": [
            (
                {"date": "2026-07-14", "slot": "07:00", "load_kg": 420},
                "422 over_capacity: the material ropeway carries at most 300 kg per run; split the load across runs",
                "The ropeway takes 300 kg per run, so I'm splitting it into two runs of 210 kg.",
            ),
            (
                {
                    "date": "2026-07-14",
                    "runs": [{"slot": "07:00", "load_kg": 210}, {"slot": "07:00", "load_kg": 210}],
                },
                "409 slot_conflict: each run needs its own slot; 07:00 is taken by the first run, and the next free slots are 07:30 and 08:00",
                "Two runs can't share 07:00. Putting the second one at 07:30.",
            ),
        ],
        "ok": (
            {
                "date": "2026-07-14",
                "runs": [{"slot": "07:00", "load_kg": 210}, {"slot": "07:30", "load_kg": 210}],
            },
            {"booking": "MR-0714-02", "runs": 2, "status": "confirmed"},
            "The ropeway is booked for Tuesday (MR-0714-02): two runs of 210 kg at 07:00 and 07:30. The valley station knows.",
        ),
        "after": [("notify_valley_station", {"booking": "MR-0714-02"}, {"sent": True})],
    },
    "docs": {
        "req": "Summarise the four route condition reports the guides sent in this week for the hut noticeboard.",
        "tool": "get_route_report",
        "key": "report_id",
        "items": [
            (
                "RR-0711",
                "Normal route to the Grubenkarspitze",
                "Dry and in good condition to the col. Upper section still closed after the rockfall. Fixed cables intact.",
                "The normal route is good to the col, but the upper section is still closed after the rockfall.",
            ),
            (
                "RR-0712",
                "Karbach gorge path",
                "New bridge in place. Path muddy after rain; one short section of handline loose at km 2.3.",
                "The Karbach gorge path has its new bridge; it's muddy, with a loose handline at km 2.3.",
            ),
            (
                "RR-0713",
                "Glacier crossing to the Schwarzsee hut",
                "Crevasses opening on the upper glacier; rope up from the moraine. Old track no longer safe.",
                "The glacier crossing to the Schwarzsee hut needs a rope from the moraine; crevasses are opening and the old track is unsafe.",
            ),
            (
                "RR-0714",
                "Via ferrata Sonnenplatte",
                "All anchors checked. Rockfall risk in the afternoon on the exit gully after warm days.",
                "The Sonnenplatte via ferrata is in order, but the exit gully has afternoon rockfall after warm days.",
            ),
        ],
        "overall": "Noticeboard: the normal route is fine to the col but the upper section is still closed; the Karbach gorge path is open with a loose handline at km 2.3; rope up on the glacier from the moraine; and finish the Sonnenplatte via ferrata before the afternoon.",
    },
    "poll": {
        "req": "Tell me when the helicopter supply flight is done, then update the stock list.",
        "tool": "get_flight_order",
        "key": "order_id",
        "id": "HELI-26-0719",
        "field": "state",
        "stages": [
            {"order_id": "HELI-26-0719", "state": "scheduled", "planned": "07:30"},
            {"order_id": "HELI-26-0719", "state": "loading", "lifts_ready": 1, "lifts_total": 2},
            {"order_id": "HELI-26-0719", "state": "airborne", "lifts_done": 1, "lifts_total": 2},
            {
                "order_id": "HELI-26-0719",
                "state": "delivered",
                "lifts_done": 2,
                "lifts_total": 2,
                "delivered_kg": 1014.4,
            },
        ],
        "act": (
            "update_stock",
            {
                "delivery": "HELI-26-0719",
                "items": {"gas cylinders": 6, "diesel_l": 400, "oil_l": 120, "beer_kegs": 6},
            },
            {"updated": True, "gas_cylinders_on_hand": 8},
        ),
        "done": "The supply flight delivered both lifts (1,014.4 kg), and the stock list is updated: 8 gas cylinders on hand now.",
    },
    "batch": {
        "rel": ["HB-26-0412"],
        "req": "Assign beds for tonight's arrivals.",
        "tool": "assign_beds",
        "key": "booking_ref",
        "items": [
            (
                "HB-26-0401",
                {"date": "2026-07-14", "room": "Zimmer 1"},
                {"booking_ref": "HB-26-0401", "beds": ["Z1-1", "Z1-2"]},
                "HB-26-0401 Zimmer 1",
            ),
            (
                "HB-26-0405",
                {"date": "2026-07-14", "room": "Lager 1"},
                {"booking_ref": "HB-26-0405", "beds": ["L1-1", "L1-10"]},
                "HB-26-0405 Lager 1",
            ),
            (
                "HB-26-0412",
                {"date": "2026-07-14", "room": "Lager 2"},
                {"booking_ref": "HB-26-0412", "beds": ["L2-1", "L2-8"]},
                "HB-26-0412 Lager 2",
            ),
            (
                "HB-26-0415",
                {"date": "2026-07-14", "room": "Zimmer 4"},
                {"booking_ref": "HB-26-0415", "beds": ["Z4-1", "Z4-2"]},
                "HB-26-0415 Zimmer 4",
            ),
            (
                "HB-26-0427",
                {"date": "2026-07-14", "room": "Zimmer 3"},
                {"booking_ref": "HB-26-0427", "beds": ["Z3-1", "Z3-4"]},
                "HB-26-0427 Zimmer 3",
            ),
        ],
        "done": "Beds are assigned for all five of tonight's arrivals; the board by the boot room is updated.",
    },
    "flaky": {
        "req": "Send tonight's guest list to the valley rescue service, as we have to above 2,000 m.",
        "tool": "submit_guest_list",
        "args": {"date": "2026-07-14", "recipient": "Bergrettung Ortsstelle"},
        "errs": [
            "504 link_timeout: the hut's radio data link did not respond within 30 s",
            "503 relay_busy: the repeater on the Hochjoch is busy; try again shortly",
        ],
        "ok": {"date": "2026-07-14", "guests": 54, "received": True},
        "then": [("print_guest_list", {"date": "2026-07-14"}, {"printed": True, "pages": 2})],
        "done": "The rescue service has tonight's list of 54 guests, and a printed copy is pinned up in the entrance.",
    },
    "cmp": {
        "req": "Check tonight's half-board bookings against the kitchen's meal count.",
        "a_tool": "get_booking_meals",
        "b_tool": "get_kitchen_count",
        "key": "booking_ref",
        "recs": [
            (
                "HB-26-0405",
                {"booking_ref": "HB-26-0405", "half_board": 10, "vegetarian": 3},
                {"booking_ref": "HB-26-0405", "meals": 10, "vegetarian": 3},
            ),
            (
                "HB-26-0412",
                {"booking_ref": "HB-26-0412", "half_board": 8, "vegetarian": 2},
                {"booking_ref": "HB-26-0412", "meals": 8, "vegetarian": 0},
            ),
            (
                "HB-26-0427",
                {"booking_ref": "HB-26-0427", "half_board": 4, "vegetarian": 1},
                {"booking_ref": "HB-26-0427", "meals": 4, "vegetarian": 1},
            ),
            (
                "HB-26-0436",
                {"booking_ref": "HB-26-0436", "half_board": 9, "vegetarian": 3},
                {"booking_ref": "HB-26-0436", "meals": 9, "vegetarian": 3},
            ),
        ],
        "finding": "The Meier group (HB-26-0412) has 2 vegetarians booked, but the kitchen count shows none for them. The other three match.",
        "fix": (
            "update_kitchen_count",
            {"booking_ref": "HB-26-0412", "date": "2026-07-14", "vegetarian": 2},
            {"booking_ref": "HB-26-0412", "vegetarian": 2, "updated": True},
        ),
        "done": "The kitchen now has 2 vegetarian meals for the Meier group. Everything else matches tonight's bookings.",
    },
}


DOMAINS = [REGATTA, BALLOON, WILDLIFE, BEET, HYDRANT, BALLAST, STEAM, HUT]


def build() -> list[dict[str, Any]]:
    """Return every row, loop kinds first, each kind's domains in a shuffled order."""
    rows: list[dict[str, Any]] = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind, fn in kinds:
            order = list(range(len(DOMAINS)))
            random.Random("%d:%s:%s" % (SEED, label, kind)).shuffle(order)
            for nnn, di in enumerate(order):
                row_id = "%s-%s-%s-%03d" % (SET, label, kind, nnn)
                r = Row(random.Random("%d:%s" % (SEED, row_id)), DOMAINS[di])
                fn(r, di % 2)
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": DOMAINS[di]["name"],
                        "steps": r.steps,
                    }
                )
    return rows


def check(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 208, len(rows)
    assert len({row["id"] for row in rows}) == len(rows)
    for label in ("loop", "progress"):
        assert sum(row["label"] == label for row in rows) == 104
    cats: dict[str, set[str]] = {}
    for row in rows:
        cats.setdefault(row["category"], set()).add(row["domain"])
        assert 8 <= len(row["steps"]) <= 18, (row["id"], len(row["steps"]))
        for step in row["steps"]:
            if step["kind"] == "llm":
                assert set(step) <= {"kind", "text", "observation"}, row["id"]
                assert step["text"], row["id"]
            else:
                assert set(step) == {"kind", "tool", "args", "observation", "error"}, row["id"]
                assert isinstance(step["args"], dict), row["id"]
                assert isinstance(step["error"], bool), row["id"]
    assert len(cats) == 26, sorted(cats)
    assert all(len(d) == 8 for d in cats.values()), cats


if __name__ == "__main__":
    built = build()
    check(built)
    with open(HERE / "trajectories.jsonl", "w", encoding="utf-8") as fh:
        for row in built:
            fh.write(json.dumps(row) + "\n")
    print("wrote %d rows to %s" % (len(built), HERE / "trajectories.jsonl"))
