"""Write the seventh loop-detection set: ``trajectories.jsonl`` next to this file.

Run ``python tests/data/trajectories_seventh/generate.py``. The output is deterministic: every
row draws from its own ``random.Random``, seeded with ``SEED`` and the row's id. See README.md.
"""

# Real tool output and agent text use en dashes and multiplication signs: keep them.
# ruff: noqa: RUF001

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 61829407
HERE = Path(__file__).resolve().parent
OUT = HERE / "trajectories.jsonl"

Row = dict[str, Any]
StepD = dict[str, Any]
Domain = dict[str, Any]


def llm(text: str, obs: str | None = None) -> StepD:
    step: StepD = {"kind": "llm", "text": text}
    if obs is not None:
        step["observation"] = obs
    return step


def tool(name: str, args: dict[str, Any], obs: str, error: bool = False) -> StepD:
    return {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}


def C(name: str, args: dict[str, Any], obs: str, error: bool = False) -> StepD:
    """A call as domain material: the same dict shape as a tool step."""
    return tool(name, args, obs, error)


def again(step: StepD, **changes: Any) -> StepD:
    out = json.loads(json.dumps(step))
    out.update(changes)
    return out


# --------------------------------------------------------------------------------------------
# Shared banks (kept small on purpose; everything else belongs to one domain).

NUDGES = [
    "k",
    "fine",
    "proceed",
    "right",
    "sure, continue",
    "yup",
    "🙂",
    "alright then",
    "go",
    "continue pls",
    "mhm",
    "ok go ahead",
    "👍🏽",
    "yes",
]
HARNESS = [
    "(automated) No user input received; proceed with the task.",
    "<system>The user is away. Continue working.</system>",
    "[harness] tick 0 new messages — continue",
]
PINGS = [
    "where are we with it?",
    "any progress?",
    "status pls",
    "how's it going?",
    "update?",
    "anything yet",
]
APOLOGIES = [
    "Apologies — that failed. Trying again.",
    "Sorry about that, my mistake. Let me retry.",
    "I apologise for the error. Retrying the same request now.",
    "Oops, sorry! One more go.",
    "My apologies, that shouldn't have happened. Sending it again.",
    "Sorry — let me try that once more.",
    "Sorry for the trouble. Re-running it.",
    "Apologies for the noise, retrying.",
]
COMPLAINTS = [
    "still failing",
    "that's the exact same thing",
    "it did it again",
    "you already tried that",
    "same error?!",
]
RETRY_REMARKS = ["Retry.", "Trying once more.", "Again.", "One more attempt.", "Retrying…"]
REWORD_REMARKS = [
    "Maybe it doesn't like the format — rewording.",
    "Perhaps the field name is the problem. Adjusting.",
    "Could be case sensitivity; trying a different spelling.",
    "Let me phrase the arguments differently.",
]
STATUS_PREFIXES = ["Update: ", "Progress — ", "Where we are: ", "FYI: "]


# --------------------------------------------------------------------------------------------
# Category builders. Each takes a domain block and the row's own random.Random.


def start(d: Domain, rng: random.Random, full: bool = False) -> list[StepD]:
    steps = [llm(rng.choice(d["openers"]), d["task"])]
    k = len(d["first"]) if full else rng.randint(0, len(d["first"]))
    steps += [again(s) for s in d["first"][:k]]
    return steps


def stuck_exact(d: Domain, rng: random.Random, n: int | None = None) -> list[StepD]:
    n = n or rng.randint(3, 8)
    style = rng.choice(["bare", "same_remark", "varied"])
    one = rng.choice(d["look"])
    steps: list[StepD] = []
    for _ in range(n):
        if style == "same_remark":
            steps.append(llm(one))
        elif style == "varied":
            steps.append(llm(rng.choice(d["look"])))
        steps.append(again(d["stuck"]))
    return steps


def loop_exact_repeat(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_exact(d, rng)


def stuck_volatile_result(d: Domain, rng: random.Random, n: int | None = None) -> list[StepD]:
    n = n or rng.randint(3, 7)
    remarks = rng.random() < 0.5
    steps: list[StepD] = []
    for i in range(n):
        if remarks:
            steps.append(llm(rng.choice(d["look"])))
        steps.append(again(d["stuck"], observation=d["noisy"](rng, i)))
    return steps


def loop_volatile_result(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_volatile_result(d, rng)


def stuck_volatile_args(d: Domain, rng: random.Random, n: int | None = None) -> list[StepD]:
    n = n or rng.randint(3, 7)
    remarks = rng.random() < 0.5
    steps: list[StepD] = []
    for i in range(n):
        if remarks:
            steps.append(llm(rng.choice(d["look"])))
        obs = d["noisy"](rng, i) if d["noisy_args_result"] else d["stuck"]["observation"]
        steps.append(again(d["stuck"], args=d["noisy_args"](rng, i), observation=obs))
    return steps


def loop_volatile_args(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_volatile_args(d, rng)


def stuck_nudged(d: Domain, rng: random.Random) -> list[StepD]:
    lines = rng.sample(rng.choice(d["intents"]), rng.randint(4, 6))
    style = rng.choice(["nudges", "harness", "gaps"])
    fixed = rng.choice(HARNESS)
    prefix = rng.choice(["", "", "Sure. ", "Will do. ", "Okay. "])
    steps: list[StepD] = []
    for i, line in enumerate(lines):
        text = (prefix + line) if i else line
        if i == 0:
            steps.append(llm(text))
        elif style == "nudges":
            steps.append(llm(text, rng.choice(NUDGES)))
        elif style == "harness":
            steps.append(llm(text, fixed))
        else:
            steps.append(llm(text, rng.choice(NUDGES)) if rng.random() < 0.6 else llm(text))
    return steps


def loop_paraphrase_nudged(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_nudged(d, rng)


def stuck_monologue(d: Domain, rng: random.Random) -> list[StepD]:
    n = rng.randint(3, 6)
    if rng.random() < 0.5:
        return [llm(line) for line in rng.sample(rng.choice(d["intents"]), n)]
    s = d["restate"]
    low = s if s.startswith("I") else s[0].lower() + s[1:]
    variants = [s, f"OK. {s}", f"So: {s}", f"Right. {s}", s + " ", f"... {low}", f"Alright — {low}"]
    return [llm(s)] + [llm(rng.choice(variants[1:])) for _ in range(n - 1)]


def loop_paraphrase_monologue(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_monologue(d, rng)


def stuck_stall(d: Domain, rng: random.Random) -> list[StepD]:
    steps = [again(d["stall_start"])]
    style = rng.choice(["check", "ping", "both"])
    for _ in range(rng.randint(3, 6)):
        msg = rng.choice(d["stall_msgs"])
        if style == "check":
            steps += [again(d["stall_check"]), llm(msg)]
        elif style == "ping":
            steps.append(llm(msg, rng.choice(PINGS)))
        else:
            steps += [again(d["stall_check"]), llm(msg, rng.choice(PINGS + NUDGES))]
    return steps


def loop_status_stall(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_stall(d, rng)


def stuck_ab(d: Domain, rng: random.Random) -> list[StepD]:
    a, b = d["ab"]
    steps: list[StepD] = []
    for _ in range(rng.randint(3, 4)):
        steps += [again(a), again(b)]
    if rng.random() < 0.4:
        steps.append(again(a))
    return steps


def loop_ab_oscillation(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_ab(d, rng)


def set_step(d: Domain, value: Any) -> StepD:
    s = d["setting"]
    args = dict(s["base_args"])
    args[s["key"]] = value
    return tool(s["tool"], args, s["reply"](value))


def stuck_flip(d: Domain, rng: random.Random) -> list[StepD]:
    s = d["setting"]
    v0, v1 = s["values"][1], s["values"][0]
    remarks = rng.random() < 0.5
    steps: list[StepD] = []
    for i in range(rng.randint(3, 6)):
        v = v0 if i % 2 == 0 else v1
        if remarks:
            steps.append(llm(s["remark"].format(v=v)))
        steps += [set_step(d, v), again(s["check"])]
    return steps


def loop_setting_flip(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_flip(d, rng)


def stuck_revisit(d: Domain, rng: random.Random) -> list[StepD]:
    s = d["setting"]
    cur, x, y = s["values"]
    n = rng.randint(4, 7)
    round_the_cycle, bouncing_back = [x, y, cur, x, y, cur, x], [x, y, x, cur, x, y, cur]
    order = (round_the_cycle if rng.random() < 0.5 else bouncing_back)[:n]
    remarks = rng.random() < 0.6
    steps: list[StepD] = []
    for v in order:
        if remarks:
            steps.append(llm(s["remark"].format(v=v)))
        steps += [set_step(d, v), again(s["check"])]
    return steps


def loop_setting_revisit(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_revisit(d, rng)


def stuck_cycle(d: Domain, rng: random.Random) -> list[StepD]:
    a, b, c = d["cycle"]
    if rng.random() < 0.5:
        seq = [a, b, c] * 2 + [a, b][: rng.randint(1, 2)]
    else:
        seq = [a, b, c] * 3 + [a][: rng.randint(0, 1)]
    return [again(s) for s in seq]


def loop_cycle_of_three(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_cycle(d, rng)


def stuck_failing(d: Domain, rng: random.Random, style: str | None = None) -> list[StepD]:
    style = style or rng.choice(["bare", "ids", "remarks"])
    f = d["fail"]
    steps: list[StepD] = []
    for _ in range(rng.randint(3, 7)):
        if style == "remarks":
            steps.append(llm(rng.choice(RETRY_REMARKS)))
        if style == "ids":
            steps.append(again(f, observation=f["observation"] + d["fail_id"](rng)))
        else:
            steps.append(again(f))
    return steps


def loop_failing_repeat(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_failing(d, rng)


def stuck_reworded(d: Domain, rng: random.Random) -> list[StepD]:
    f = d["fail"]
    steps = [again(f)]
    remarks = rng.random() < 0.5
    for args in rng.sample(d["fail_variants"], rng.randint(2, 4)):
        if remarks:
            steps.append(llm(rng.choice(REWORD_REMARKS)))
        steps.append(again(f, args=args))
    return steps


def loop_failing_reworded(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_reworded(d, rng)


def stuck_apology(d: Domain, rng: random.Random) -> list[StepD]:
    f = d["fail"]
    complain = rng.random() < 0.5
    steps = [again(f)]
    for sorry in rng.sample(APOLOGIES, rng.randint(3, 6)):
        obs = rng.choice(COMPLAINTS) if complain and rng.random() < 0.7 else None
        steps += [llm(sorry, obs), again(f)]
    return steps


def loop_apology_retry(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_apology(d, rng)


def stuck_regenerate(d: Domain, rng: random.Random) -> list[StepD]:
    g = d["regen"]
    n = rng.randint(3, 5)
    outs = rng.sample(g["outputs"], n)
    rejects = rng.sample(g["rejects"], n)
    steps: list[StepD] = []
    for out, rej in zip(outs, rejects, strict=True):
        steps += [again(g["call"], observation=out), llm(rej)]
    return steps


def loop_regenerate_unacceptable(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + stuck_regenerate(d, rng)


STUCK: dict[str, Callable[[Domain, random.Random], list[StepD]]] = {
    "exact": stuck_exact,
    "volatile_result": stuck_volatile_result,
    "volatile_args": stuck_volatile_args,
    "nudged": stuck_nudged,
    "monologue": stuck_monologue,
    "stall": stuck_stall,
    "ab": stuck_ab,
    "flip": stuck_flip,
    "revisit": stuck_revisit,
    "cycle": stuck_cycle,
    "failing": lambda d, rng: stuck_failing(d, rng, "ids"),
    "reworded": stuck_reworded,
    "apology": stuck_apology,
    "regenerate": stuck_regenerate,
}


def loop_after_progress(d: Domain, rng: random.Random) -> list[StepD]:
    steps = start(d, rng, full=True)
    ents = d["entities"] if "entities" in d else d["same"]["steps"]
    steps += [again(s) for s in ents[:2]]
    doc, summary = d["docs"][0]
    steps += [again(doc), llm(summary)]
    return steps + STUCK[d["after_kind"]](d, rng)


# --------------------------------------------------------------------------------------------
# Progress builders.


def prog_paging(d: Domain, rng: random.Random) -> list[StepD]:
    steps = start(d, rng)
    pages = d["pages"]
    for i, page in enumerate(pages):
        if i and rng.random() < 0.5:
            steps.append(llm(d["page_remarks"][i - 1]))
        steps.append(again(page))
    return [*steps, llm(d["pages_end"])]


def prog_corrected_retry(d: Domain, rng: random.Random) -> list[StepD]:
    bad, fix, good, follow = d["corrected"]
    return [*start(d, rng), again(bad), llm(fix), again(good), llm(follow)]


def poll_steps(d: Domain, rng: random.Random, repeated: bool) -> list[StepD]:
    p = d["poll"]
    statuses = list(p["statuses"])
    if repeated:
        picks = rng.sample(range(len(statuses) - 1), rng.randint(1, 2))
        out: list[str] = []
        for i, s in enumerate(statuses):
            out += [s] * (rng.randint(2, 3) if i in picks else 1)
        statuses = out
    waits = rng.random() < 0.5
    steps = [again(p["start"])]
    for i, s in enumerate(statuses):
        if i and waits:
            steps.append(again(p["wait"]))
        steps.append(tool(p["tool"], p["args"], s))
    return [*steps, llm(p["end"])]


def prog_polling(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + poll_steps(d, rng, repeated=False)


def prog_polling_repeated_status(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + poll_steps(d, rng, repeated=True)


def prog_entities(d: Domain, rng: random.Random) -> list[StepD]:
    steps = start(d, rng)
    for i, s in enumerate(d["entities"]):
        if i and rng.random() < 0.4:
            steps.append(llm(d["entity_remarks"][i - 1]))
        steps.append(again(s))
    return [*steps, llm(d["entities_end"])]


def prog_entities_same_result(d: Domain, rng: random.Random) -> list[StepD]:
    steps = start(d, rng)
    for i, s in enumerate(d["same"]["steps"]):
        if i and rng.random() < 0.4:
            steps.append(llm(d["same"]["remarks"][i - 1]))
        steps.append(again(s))
    return [*steps, llm(d["same"]["end"])]


def transient_steps(d: Domain, rng: random.Random, twice: bool) -> list[StepD]:
    t = d["transient"]
    e1, e2 = t["errors"]
    errors = [e1, rng.choice([e1, e2])] if twice else [rng.choice([e1, e2])]
    steps: list[StepD] = []
    for e in errors:
        steps.append(again(t["ok"], observation=e, error=True))
        if rng.random() < 0.5:
            steps.append(again(t["wait"]))
        else:
            steps.append(llm(t["remark"]))
    return [*steps, again(t["ok"]), llm(t["end"])]


def prog_transient_retry(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + transient_steps(d, rng, twice=False)


def prog_transient_retry_twice(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + transient_steps(d, rng, twice=True)


def prog_status_updates(d: Domain, rng: random.Random) -> list[StepD]:
    prefix = rng.choice(STATUS_PREFIXES)
    pings = rng.random() < 0.5
    steps = start(d, rng)
    for s, text in d["updates"]:
        steps.append(again(s))
        steps.append(llm(prefix + text, rng.choice(PINGS) if pings else None))
    return steps


def prog_summaries(d: Domain, rng: random.Random) -> list[StepD]:
    steps = start(d, rng)
    for doc, summary in d["docs"]:
        steps += [again(doc), llm(summary)]
    return [*steps, llm(d["docs_end"])]


def prog_draft_refinement(d: Domain, rng: random.Random) -> list[StepD]:
    dr = d["draft"]
    steps = start(d, rng)
    steps.append(llm(dr["drafts"][0], dr["request"]))
    for fb, text in zip(dr["feedback"], dr["drafts"][1:], strict=True):
        steps.append(llm(text, fb))
    return steps


def prog_adjust_and_measure(d: Domain, rng: random.Random) -> list[StepD]:
    steps = start(d, rng)
    for set_call, measure, remark in d["adjust"]:
        steps += [again(set_call), again(measure), llm(remark)]
    return [*steps, llm(d["adjust_end"])]


def prog_user_questions(d: Domain, rng: random.Random) -> list[StepD]:
    steps = start(d, rng)
    for question, ack, call, answer in d["questions"]:
        steps += [llm(ack, question), again(call), llm(answer)]
    return steps


def prog_reread_after_edit(d: Domain, rng: random.Random) -> list[StepD]:
    return start(d, rng) + [again(x) if isinstance(x, dict) else llm(x) for x in d["reread"]]


def prog_search_refinement(d: Domain, rng: random.Random) -> list[StepD]:
    steps = start(d, rng)
    for s, remark in d["search"]:
        steps += [again(s), llm(remark)]
    return [*steps, llm(d["search_end"])]


# --------------------------------------------------------------------------------------------
# Domain blocks.

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# 0. Orchestra parts library: chatty librarian, plain multi-line text.

ORCH_TICKET = (
    "Ticket PUB-5512 (Breitkopf rental desk)\n"
    "Subject: Horn 3 part missing from rental set R-20931\n"
    "Opened: 1 Dec 2025 10:22 by Eastfield Phil library\n"
    "Status: Awaiting publisher reply\n"
    "Last update: 1 Dec 2025 10:22 (ticket opened)"
)


def orch_noisy(rng: random.Random, i: int) -> str:
    sec = 7 * 60 + 22 + i * 60 + rng.randint(0, 50)
    stamp = f"Wednesday, 3 December 2025 at 14:{sec // 60:02d}:{sec % 60:02d}"
    footer = f"— fetched via LibraryLink (session {hexid(rng, 8)}) on {stamp}"
    return f"{footer}\n{ORCH_TICKET}" if rng.random() < 0.4 else f"{ORCH_TICKET}\n{footer}"


ORCH_BOWINGS_MASTER = "master: b.1 ⊓ (down), b.2 V, b.3 ⊓ ⊓, b.4 V"

ORCHESTRA: Domain = {
    "name": "orchestra_parts_library",
    "task": (
        "Hi — we're doing Mahler 5 on Saturday 13 Dec with the Eastfield Phil. The rental set "
        "from Breitkopf (order R-20931) arrived but there's no Horn 3 part in it, and the "
        "strings want Maestra Lindqvist's bowings marked in before Thursday's sectional. Could "
        "you get the horn part sorted, get the bowings in and make sure every desk has a folder? "
        "Thanks so much!"
    ),
    "openers": [
        "Happy to! I'll start with the rental order and see exactly what came in the box.",
        "Sure — first I want to see the order and the parts list so I know what we're missing.",
        "Oh, Mahler 5, lovely. Let me pull up the rental order before anything else.",
    ],
    "first": [
        C(
            "get_rental_order",
            {"order": "R-20931"},
            "Rental order R-20931\nWork: Mahler, Symphony No. 5 (Breitkopf PB 5259)\n"
            "Hire period: 24 Nov 2025 – 20 Dec 2025\nSet: 8-8-6-5-4 strings, wind & brass "
            "complete per invoice\nShipped: 21 Nov 2025, received 24 Nov 2025",
        ),
        C(
            "list_parts",
            {"order": "R-20931", "section": "brass"},
            "Horn 1 ........ 1\nHorn 2 ........ 1\nHorn 3 ........ 0   <-- expected 1\n"
            "Horn 4 ........ 1\nHorn 5 (obbl.)  1\nHorn 6 ........ 1\nTrumpet 1-4 ... 4\n"
            "Trombone 1-3 .. 3\nTuba .......... 1",
        ),
        C(
            "get_concert",
            {"date": "2025-12-13"},
            "Sat 13 Dec 2025, 19:30, Eastfield Hall\nConductor: Karin Lindqvist\n"
            "Programme: Sibelius – Tapiola; Mahler – Symphony No. 5\n"
            "Rehearsals: Thu 11 Dec strings sectional 18:00; Fri 12 Dec tutti 10:00",
        ),
    ],
    "stuck": C("get_publisher_ticket", {"ticket": "PUB-5512"}, ORCH_TICKET),
    "look": [
        "Let me just peek at the publisher ticket again.",
        "Quick check on PUB-5512 — maybe they've answered?",
        "I'll have another look at that ticket.",
        "Checking the rental desk ticket once more!",
        "Going back to the ticket to see if anything's moved.",
        "Let's see whether Breitkopf have got back to us yet.",
    ],
    "noisy": orch_noisy,
    "intents": [
        [
            "I'll print the Horn 3 part from the public-domain edition as a stopgap now.",
            "Right, the stopgap: download the old Peters Horn 3 and print it for the desk.",
            "Next step is getting a printable Horn 3 from the public-domain scan so our player "
            "isn't empty-handed on Friday.",
            "Let me grab the public-domain Horn 3 and send it to the printer.",
            "Plan: print a temporary Horn 3 from the free edition while the publisher sorts "
            "theirs out.",
            "Going to produce a stand-in Horn 3 copy from the public-domain source now!",
        ],
        [
            "I'll start copying the Maestra's bowings into the Violin I parts.",
            "Now to transfer the master bowings onto the first violin desks.",
            "Next: bowings from the master part into all eight Vln I parts.",
            "Let me get the Violin I bowings marked in from her copy.",
            "Time to do the bowings — firsts first, straight from the master.",
            "OK, the first violins' bowings are next; I'll copy them over from the marked master.",
        ],
    ],
    "restate": "I'll sort out the Horn 3 stopgap print now.",
    "stall_start": C(
        "submit_print_job",
        {"file": "mahler5_hn3_pd.pdf", "copies": 2},
        "Print job PJ-7781 submitted to the ReproRoom queue. Position: 4.",
    ),
    "stall_check": C(
        "get_print_job",
        {"job": "PJ-7781"},
        "PJ-7781  mahler5_hn3_pd.pdf  (2 copies)\nQueue position: 4\nState: waiting for operator",
    ),
    "stall_msgs": [
        "Still waiting on the print room — PJ-7781 is 4th in the queue.",
        "The print job's still sitting at position 4, nothing printed yet.",
        "No movement: PJ-7781 still 4th, still waiting for the operator.",
        "Still queued at 4 I'm afraid, PJ-7781 hasn't started.",
        "PJ-7781 is still at position 4, waiting on the operator.",
    ],
    "ab": [
        C(
            "get_part_inventory",
            {"part": "Horn 3"},
            "Horn 3: 0 copies in set R-20931 (expected 1). No loan record.",
        ),
        C(
            "get_part_inventory",
            {"part": "Horn 4"},
            "Horn 4: 1 copy in set R-20931. Condition: good, light pencil in mvt III.",
        ),
    ],
    "setting": {
        "tool": "set_part_source",
        "key": "edition",
        "base_args": {"part": "Horn 3"},
        "values": ["Breitkopf rental", "Peters 1904 (PD)", "Universal study score extract"],
        "reply": lambda v: f"Horn 3 source set to: {v}. Folder label updated.",
        "check": C(
            "get_player_reply",
            {"player": "Hn3"},
            "From T. Okafor (Horn 3): 'I need rehearsal figures that match everyone else's "
            "parts, otherwise I'm lost on Friday. Whatever you send, figures must match the "
            "Breitkopf set.'\nCan play from it: NO",
        ),
        "remark": "Let's try the {v} source for Horn 3 and see if Tobi's happy with it.",
    },
    "cycle": [
        C("get_publisher_ticket", {"ticket": "PUB-5512"}, ORCH_TICKET),
        C(
            "get_part_inventory",
            {"part": "Horn 3"},
            "Horn 3: 0 copies in set R-20931 (expected 1). No loan record.",
        ),
        C(
            "check_inbox",
            {"folder": "publishers", "from": "rental@breitkopf.example"},
            "No new messages from rental@breitkopf.example since Mon 1 Dec.",
        ),
    ],
    "fail": C(
        "send_email",
        {
            "to": "rental@breitkopf.example",
            "subject": "R-20931: Horn 3 missing",
            "attach": "order_R-20931.pdf",
        },
        "SMTP 550 5.7.1 Message rejected: attachment 'order_R-20931.pdf' exceeds the 2 MB "
        "outbound limit (4.6 MB).",
        True,
    ),
    "fail_variants": [
        {
            "to": "rental@breitkopf.example",
            "subject": "R-20931 – Horn 3 part missing",
            "attach": "order_R-20931.pdf",
        },
        {
            "recipient": "rental@breitkopf.example",
            "subject": "R-20931: Horn 3 missing",
            "attachments": ["order_R-20931.pdf"],
        },
        {
            "to": "Rental@Breitkopf.example",
            "subject": "R-20931: Horn 3 missing",
            "attach": "order_R-20931.pdf",
            "priority": "high",
        },
        {
            "to": "rental@breitkopf.example",
            "subject": "Missing part (Horn 3), order R-20931",
            "attach": "./order_R-20931.pdf",
        },
        {
            "to": ["rental@breitkopf.example"],
            "cc": "library@eastfieldphil.example",
            "subject": "R-20931: Horn 3 missing",
            "attach": "order_R-20931.pdf",
        },
    ],
    "fail_id": lambda rng: f" (queue id {hexid(rng, 10).upper()})",
    "regen": {
        "call": C(
            "suggest_bowings",
            {"part": "Violin I", "movement": 4, "bars": "1-4", "style": "match master"},
            "",
        ),
        "outputs": [
            "b.1 V  | b.2 ⊓ | b.3 V V | b.4 ⊓",
            "b.1 V (lifted) | b.2 ⊓ V | b.3 V ⊓ | b.4 ⊓",
            "b.1 V  | b.2 V (hooked) | b.3 ⊓ ⊓ | b.4 V",
            "suggested: b.1 up-bow, b.2 down-bow, b.3 slur up, b.4 down-bow",
            "b.1 V — start at the tip | b.2 ⊓ | b.3 ⊓ V | b.4 V",
        ],
        "rejects": [
            "Hmm, bar 1 comes out up-bow again. The master has bar 1 down-bow. Asking again.",
            "No good — it starts the Adagietto on an up-bow, the master is down-bow. Once more.",
            "Still V at bar 1, and she marked ⊓. Regenerating.",
            "Bar 1 is up-bow again, which contradicts " + ORCH_BOWINGS_MASTER + ". Try again.",
            "Nope, up-bow start again. Let me ask for another suggestion.",
        ],
    },
    "after_kind": "nudged",
    "pages": [
        C(
            "list_parts",
            {"order": "R-20931", "page": 1},
            "Page 1 of 3\nFlute 1 ... 1\nFlute 2 ... 1\nFlute 3/Picc ... 1\nFlute 4/Picc ... 1\n"
            "Oboe 1 ... 1\nOboe 2 ... 1\nOboe 3/C.a. ... 1",
        ),
        C(
            "list_parts",
            {"order": "R-20931", "page": 2},
            "Page 2 of 3\nClarinet 1 ... 1\nClarinet 2 ... 1\nClarinet 3/Bass cl. ... 1\n"
            "Bassoon 1 ... 1\nBassoon 2 ... 1\nContrabassoon ... 1\nHorn 1-6 ... 5 (Horn 3 "
            "missing)",
        ),
        C(
            "list_parts",
            {"order": "R-20931", "page": 3},
            "Page 3 of 3\nTrumpet 1-4 ... 4\nTrombone 1-3 ... 3\nTuba ... 1\nTimpani ... 1\n"
            "Percussion 1-3 ... 3\nHarp ... 1\nViolin I ... 8\nViolin II ... 8\nViola ... 6\n"
            "Cello ... 5\nBass ... 4",
        ),
    ],
    "page_remarks": ["Next page of the list.", "And the last page."],
    "pages_end": (
        "Everything's there except Horn 3 — winds complete, all six percussion/harp/timp "
        "parts, and strings 8-8-6-5-4 as invoiced. So the horn part really is the only hole."
    ),
    "corrected": [
        C(
            "get_part_inventory",
            {"part": "Vln 1"},
            "Unknown part 'Vln 1'. Part names must match the catalogue, e.g. 'Violin I'.",
            True,
        ),
        "Ah, it wants the catalogue spelling — 'Violin I', not 'Vln 1'.",
        C(
            "get_part_inventory",
            {"part": "Violin I"},
            "Violin I: 8 copies in set R-20931 (desks 1-8). Bowings marked: none.",
        ),
        "Good, all eight first-violin copies are here and completely clean, so the bowings "
        "can go straight in.",
    ],
    "poll": {
        "start": C(
            "submit_print_job",
            {"file": "mahler5_hn3_pd.pdf", "copies": 2},
            "Print job PJ-7790 submitted to the ReproRoom queue. Position: 3.",
        ),
        "tool": "get_print_job",
        "args": {"job": "PJ-7790"},
        "statuses": [
            "PJ-7790 mahler5_hn3_pd.pdf (2 copies)\nQueue position: 3\nState: queued",
            "PJ-7790 mahler5_hn3_pd.pdf (2 copies)\nQueue position: 1\nState: queued",
            "PJ-7790 mahler5_hn3_pd.pdf (2 copies)\nState: printing, copy 1 of 2",
            "PJ-7790 mahler5_hn3_pd.pdf (2 copies)\nState: printing, copy 2 of 2",
            "PJ-7790 mahler5_hn3_pd.pdf (2 copies)\nState: done. Collect from tray B.",
        ],
        "wait": C("wait", {"minutes": 5}, "waited 5 min"),
        "end": "Both copies are printed — I'll pop them in the Horn 3 folder from tray B.",
    },
    "entities": [
        C(
            "get_player_reply",
            {"player": "Vn1-1"},
            "From M. Ashworth (leader): bowings fine to mark in pencil. Folder collected.",
        ),
        C(
            "get_player_reply",
            {"player": "Vn2-1"},
            "From J. Dube (principal 2nd): please mark ours from the 1sts where unison.",
        ),
        C(
            "get_player_reply",
            {"player": "Va-1"},
            "From R. Castell (principal viola): no reply yet, last seen 28 Nov.",
        ),
        C(
            "get_player_reply",
            {"player": "Vc-1"},
            "From H. Ng (principal cello): has own bowings, wants master photocopy only.",
        ),
        C(
            "get_player_reply",
            {"player": "Cb-1"},
            "From S. Varga (principal bass): away Thu; sub to collect folder Fri 09:30.",
        ),
    ],
    "entity_remarks": ["Seconds next.", "Violas.", "Cellos.", "And the basses."],
    "entities_end": (
        "So: firsts and seconds get the master bowings in pencil, cellos just want a copy of "
        "the master, basses' sub collects Friday, and I still need to chase Rosa on viola."
    ),
    "transient": {
        "ok": C(
            "download_score",
            {"source": "pd-archive", "work": "Mahler 5", "part": "Horn 3"},
            "Downloaded mahler5_hn3_pd.pdf (14 pages, 2.1 MB). Edition: C.F. Peters, 1904.",
        ),
        "errors": [
            "HTTP 503 Service Unavailable — the archive is temporarily overloaded.",
            "Read timed out after 30 s (pd-archive).",
        ],
        "wait": C("wait", {"seconds": 30}, "waited 30 s"),
        "remark": "The archive hiccupped, that's not us. I'll give it another go.",
        "end": "Got it — 14 pages of the 1904 Peters Horn 3. I'll check the rehearsal figures "
        "against the rental set next.",
    },
    "updates": [
        (
            C(
                "list_parts",
                {"order": "R-20931", "section": "strings"},
                "Violin I 8 · Violin II 8 · Viola 6 · Cello 5 · Bass 4",
            ),
            "all 31 string parts are here, so the bowings can start.",
        ),
        (
            C(
                "mark_bowings",
                {"part": "Violin I", "from": "master"},
                "Violin I: bowings copied to 8/8 parts (mvts I–V).",
            ),
            "Violin I done, all eight copies marked.",
        ),
        (
            C(
                "mark_bowings",
                {"part": "Violin II", "from": "master", "unison_only": True},
                "Violin II: bowings copied to 8/8 parts where unison with Vn I (212 bars).",
            ),
            "seconds done too, unison passages only as Jo asked.",
        ),
        (
            C(
                "assemble_folders",
                {"concert": "2025-12-13"},
                "Folders assembled: 46/47. Missing: Horn 3 (awaiting print).",
            ),
            "46 of 47 folders are ready — only Horn 3 waits for the print.",
        ),
    ],
    "docs": [
        (
            C(
                "read_doc",
                {"doc": "lindqvist_notes.txt"},
                "Mvt IV: Adagietto at crotchet = 60, not slower. All strings start b.1 down-bow. "
                "Harp solo cue at fig. 1 only. Mvt V: no cuts.",
            ),
            "Her notes: Adagietto at 60, everyone down-bow at bar 1, no cuts in the finale.",
        ),
        (
            C(
                "read_doc",
                {"doc": "rental_terms.pdf"},
                "Markings in soft pencil only. Parts returned erased or a cleaning fee of "
                "EUR 8 per part applies. Missing parts must be reported within 7 days of "
                "receipt.",
            ),
            "Rental terms: pencil only, erase before return or €8 a part, and missing parts "
            "reported within 7 days — we reported on 1 Dec, which is day 7, phew.",
        ),
        (
            C(
                "read_doc",
                {"doc": "stage_plan_eastfield.txt"},
                "Horns stage left, row 4, six chairs. Harp downstage left. Stands: 38 "
                "available, 47 needed with doubles.",
            ),
            "Stage plan: six horn chairs stage left, but only 38 stands for 47 — we'll need "
            "to borrow nine.",
        ),
        (
            C(
                "read_doc",
                {"doc": "availability_dec.csv"},
                "player,11 Dec,12 Dec,13 Dec\nOkafor,yes,yes,yes\nVarga,no,yes,yes\n"
                "Castell,yes,?,yes",
            ),
            "Availability: Tobi's in for everything, Sándor misses Thursday, Rosa is a "
            "question mark for Friday.",
        ),
    ],
    "docs_end": "Right — to-do: nine stands, chase Rosa, pencil-only bowings, and the Horn 3.",
    "draft": {
        "request": "can you draft a chaser to Breitkopf about the horn part? short and friendly",
        "drafts": [
            "Dear rental team, our set R-20931 arrived without the Horn 3 part. Could you send "
            "it? Our concert is 13 Dec. Thanks, Eastfield Phil library",
            "Dear rental team,\n\nOur set R-20931 (Mahler 5, PB 5259) arrived on 24 Nov "
            "without the Horn 3 part — ticket PUB-5512. Could you send it by courier? Our "
            "concert is on 13 Dec.\n\nMany thanks,\nEastfield Phil library",
            "Dear rental team,\n\nOur set R-20931 (Mahler 5, PB 5259) arrived on 24 Nov "
            "without the Horn 3 part (ticket PUB-5512). Could you courier it to arrive by "
            "Thu 11 Dec? If that's not possible, may we use a PD copy with your rehearsal "
            "figures marked in?\n\nMany thanks,\nEastfield Phil library",
            "Dear rental team,\n\nOur set R-20931 (Mahler 5, PB 5259) arrived on 24 Nov "
            "without the Horn 3 part (ticket PUB-5512). Could you courier it to arrive by "
            "Thu 11 Dec? If not, may we use a PD copy with your rehearsal figures marked in?"
            "\n\nWith thanks,\nAlice Moreau\nLibrarian, Eastfield Philharmonic",
        ],
        "feedback": [
            "add the ticket number and the edition, they always ask",
            "good. give them a deadline before Friday's rehearsal and offer the PD fallback",
            "sign it from me (Alice Moreau, Librarian) not 'library'",
        ],
    },
    "adjust": [
        (
            C(
                "set_print_scale",
                {"file": "mahler5_hn3_pd.pdf", "scale_pct": 100},
                "scale 100%",
            ),
            C(
                "check_page_fit",
                {"file": "mahler5_hn3_pd.pdf"},
                "staff height 6.4 mm; bottom system cut off on pp. 3, 7, 9",
            ),
            "Cut off at 100%. Bring it down a good bit.",
        ),
        (
            C(
                "set_print_scale",
                {"file": "mahler5_hn3_pd.pdf", "scale_pct": 90},
                "scale 90%",
            ),
            C(
                "check_page_fit",
                {"file": "mahler5_hn3_pd.pdf"},
                "staff height 5.5 mm; all systems fit",
            ),
            "Fits, but 5.5 mm is below the 5.8 mm Tobi asked for. Up a little.",
        ),
        (
            C(
                "set_print_scale",
                {"file": "mahler5_hn3_pd.pdf", "scale_pct": 95},
                "scale 95%",
            ),
            C(
                "check_page_fit",
                {"file": "mahler5_hn3_pd.pdf"},
                "staff height 5.9 mm; all systems fit",
            ),
            "5.9 mm and nothing cut off. That'll do nicely.",
        ),
    ],
    "adjust_end": "Printing at 95%: everything fits and the staves are big enough to read.",
    "questions": [
        (
            "is Trumpet 1 in the set?",
            "Let me check Trumpet 1.",
            C("get_part_inventory", {"part": "Trumpet 1"}, "Trumpet 1: 1 copy. Condition: good."),
            "Yes, Trumpet 1 is there, in good shape.",
        ),
        (
            "and harp?",
            "Checking the harp part.",
            C(
                "get_part_inventory",
                {"part": "Harp"},
                "Harp: 1 copy. Condition: worn spine, taped.",
            ),
            "Harp's there too, though the spine's taped — I'll warn the harpist.",
        ),
        (
            "timps?",
            "One sec.",
            C(
                "get_part_inventory",
                {"part": "Timpani"},
                "Timpani: 1 copy. Condition: good. Previous hirer's markings in mvt V.",
            ),
            "Timpani: present, but the last hirer left markings in the finale. Needs erasing.",
        ),
        (
            "what about the posthorn part, do we need one?",
            "Let me look that up.",
            C(
                "get_part_inventory",
                {"part": "Posthorn"},
                "Posthorn: not in the instrumentation of PB 5259.",
            ),
            "No posthorn in the Fifth — you're thinking of the Third. Nothing needed.",
        ),
    ],
    "reread": [
        C(
            "read_file",
            {"path": "folders/desk_list.txt"},
            "Desk list — Mahler 5\nHn1 Dale  Hn2 Pirie  Hn3 (no part)  Hn4 Quist\n"
            "Hn5 obbl. Farrant  Hn6 Lowe",
        ),
        "Update the Horn 3 line to say it's the stopgap print.",
        C(
            "edit_file",
            {
                "path": "folders/desk_list.txt",
                "find": "Hn3 (no part)",
                "replace": "Hn3 Okafor (PD print, 95%)",
            },
            "1 replacement",
        ),
        C(
            "read_file",
            {"path": "folders/desk_list.txt"},
            "Desk list — Mahler 5\nHn1 Dale  Hn2 Pirie  Hn3 Okafor (PD print, 95%)  Hn4 Quist\n"
            "Hn5 obbl. Farrant  Hn6 Lowe",
        ),
        "That's in. Lowe is on paternity leave, so Hn6 should be the sub, Ellis.",
        C(
            "edit_file",
            {"path": "folders/desk_list.txt", "find": "Hn6 Lowe", "replace": "Hn6 Ellis (sub)"},
            "1 replacement",
        ),
        C(
            "read_file",
            {"path": "folders/desk_list.txt"},
            "Desk list — Mahler 5\nHn1 Dale  Hn2 Pirie  Hn3 Okafor (PD print, 95%)  Hn4 Quist\n"
            "Hn5 obbl. Farrant  Hn6 Ellis (sub)",
        ),
        "Desk list is right now: Tobi on the stopgap Horn 3, Ellis subbing on 6.",
    ],
    "search": [
        (
            C(
                "search_catalogue",
                {"q": "Mahler 5 horn"},
                "38 results: horn parts (various publishers), excerpts books, horn quartet "
                "arrangements, study scores…",
            ),
            "Far too broad — lots of excerpt books. Narrow to the single part.",
        ),
        (
            C(
                "search_catalogue",
                {"q": "Mahler 5 horn 3 part", "publisher": "Breitkopf"},
                "4 results: PB 5259 Hn 3 (hire only); PB 5259 Hn 1-6 set (hire only); "
                "OB 5259-23 Hn 3 (sale); OB 5259-20 Hn complete (sale)",
            ),
            "There's a sale copy of the single Horn 3 (OB 5259-23). Can we get it by Thursday?",
        ),
        (
            C(
                "search_catalogue",
                {"q": "OB 5259-23", "stock": "uk_warehouse"},
                "OB 5259-23 Mahler 5, Horn 3 — 2 in stock (Milton Keynes). Next-day dispatch. "
                "£14.50",
            ),
            "Two in stock in the UK, next-day dispatch, £14.50.",
        ),
    ],
    "search_end": "Cheapest safe route: buy OB 5259-23 for £14.50 and keep the PD print as backup.",
}


# 1. Salmon farm oxygen: terse ops voice, CSV observations.

AQ_DO = "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T02:00Z,P6,5,4.7,49,9.8"


def aq_noisy(rng: random.Random, i: int) -> str:
    minute = 2 + 2 * i + rng.randint(0, 1)
    seq = 88213 + 20 * i + rng.randint(0, 15)
    return f"{AQ_DO}\n# sampled 2025-12-03T02:{minute:02d}:{rng.randint(0, 59):02d}+00:00 seq={seq} gw=GW-{rng.randint(1, 3)}"


def aq_noisy_args(rng: random.Random, i: int) -> dict[str, Any]:
    return {"pen": "P6", "depth_m": 5, "req": hexid(rng, 8)}


AQUACULTURE: Domain = {
    "name": "salmon_farm_oxygen",
    "task": (
        "Site LC-2 (Loch Creran). Pen 6 dissolved oxygen falling at night, 4.7 mg/l at 02:00, "
        "alarm threshold 6.0. Biomass 410 t. Get DO in P6 back above 6 and keep it there "
        "through dawn; log actions for the vet."
    ),
    "openers": ["ack. pulling P6 DO.", "on it. DO first.", "starting with the P6 sensor string."],
    "first": [
        C("get_do", {"pen": "P6", "depth_m": 5}, AQ_DO),
        C(
            "get_do_profile",
            {"pen": "P6"},
            "depth_m,do_mgl\n1,5.9\n3,5.2\n5,4.7\n10,4.4\n15,4.3",
        ),
        C(
            "get_feeding_log",
            {"pen": "P6", "hours": 24},
            "ts,feed_kg,mode\n2025-12-02T08:00Z,1850,auto\n2025-12-02T14:00Z,1720,auto\n"
            "2025-12-02T20:00Z,0,off",
        ),
    ],
    "stuck": C("get_do", {"pen": "P6", "depth_m": 5}, AQ_DO),
    "look": [
        "P6 DO again.",
        "re-read P6.",
        "checking P6 5 m.",
        "P6 sensor, again.",
        "DO P6?",
        "another read of P6.",
    ],
    "noisy": aq_noisy,
    "noisy_args": aq_noisy_args,
    "noisy_args_result": True,
    "intents": [
        [
            "next: start the backup O2 diffusers on P6.",
            "switching P6 onto the backup oxygen diffusers now.",
            "going to bring the standby diffuser grid on for P6.",
            "P6 needs the backup O2 — enabling it.",
            "plan: backup diffusers, P6, now.",
            "turning on standby oxygenation in pen 6.",
        ],
        [
            "will cancel P6 morning feed.",
            "P6: skip the 08:00 feed.",
            "stopping tomorrow's first feed on pen 6.",
            "next step — no feeding P6 at 08:00.",
            "pulling P6 from the morning feed run.",
            "disable P6 feed slot 1.",
        ],
    ],
    "restate": "enabling backup O2 on P6.",
    "stall_start": C(
        "request_wellboat",
        {"pen": "P6", "job": "inspect_diffuser"},
        "job=WB-4471 state=QUEUED eta=none",
    ),
    "stall_check": C("get_job", {"id": "WB-4471"}, "job=WB-4471 state=QUEUED eta=none crew=0/3"),
    "stall_msgs": [
        "WB-4471 still queued, no eta.",
        "wellboat job still QUEUED. no crew.",
        "still queued. WB-4471, eta none.",
        "WB-4471: queued, 0/3 crew.",
        "no change, WB-4471 queued.",
    ],
    "ab": [
        C("get_do", {"pen": "P6", "depth_m": 5}, AQ_DO),
        C(
            "get_do",
            {"pen": "P5", "depth_m": 5},
            "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T02:00Z,P5,5,7.4,77,9.7",
        ),
    ],
    "setting": {
        "tool": "set_diffuser_flow",
        "key": "flow_lpm",
        "base_args": {"pen": "P6"},
        "values": [20, 40, 60],
        "reply": lambda v: f"pen=P6 diffuser_setpoint_lpm={v} ack=ok",
        "check": C(
            "get_diffuser",
            {"pen": "P6"},
            "pen,setpoint_ok,manifold_bar,measured_lpm\nP6,yes,0.0,0",
        ),
        "remark": "try {v} l/min.",
    },
    "cycle": [
        C("get_do", {"pen": "P6", "depth_m": 5}, AQ_DO),
        C(
            "get_diffuser",
            {"pen": "P6"},
            "pen,setpoint_ok,manifold_bar,measured_lpm\nP6,yes,0.0,0",
        ),
        C("get_alarms", {"site": "LC-2"}, "ts,code,pen\n2025-12-03T01:48Z,DO_LOW,P6"),
    ],
    "fail": C(
        "dispatch_boat",
        {"boat": "WB-2", "task": "inspect diffuser manifold P6"},
        "REJECTED: vessel WB-2 has no skipper rostered before 06:00.",
        True,
    ),
    "fail_id": lambda rng: f" ref={rng.randint(100000, 999999)}",
    "regen": {
        "call": C(
            "plan_feed", {"pen": "P6", "day": "2025-12-03", "target": "minimise O2 demand"}, ""
        ),
        "outputs": [
            "slot,time,kg\n1,08:00,900\n2,13:00,800",
            "slot,time,kg\n1,07:30,600\n2,12:00,600\n3,16:00,500",
            "slot,time,kg\n1,09:00,1200\n2,15:00,400",
            "slot,time,kg\n1,08:30,700\n2,11:30,700\n3,14:30,300",
            "slot,time,kg\n1,07:00,1000\n2,14:00,700",
        ],
        "rejects": [
            "no. first slot before 10:00 again, vet said no feed until DO>6 for 2h.",
            "still feeding in the morning. rejected, same reason.",
            "morning slot again. DO won't be back by then. regenerate.",
            "feeds before 10:00 — not allowed. again.",
            "same issue: early feed. rerun.",
        ],
    },
    "after_kind": "volatile_result",
    "pages": [
        C(
            "get_do_history",
            {"pen": "P6", "cursor": None},
            "ts,do_mgl\n2025-12-02T18:00Z,7.1\n2025-12-02T20:00Z,6.6\n2025-12-02T22:00Z,6.0\n"
            "next_cursor=c_8f21",
        ),
        C(
            "get_do_history",
            {"pen": "P6", "cursor": "c_8f21"},
            "ts,do_mgl\n2025-12-03T00:00Z,5.4\n2025-12-03T01:00Z,5.0\n2025-12-03T02:00Z,4.7\n"
            "next_cursor=null",
        ),
    ],
    "page_remarks": ["next cursor."],
    "pages_end": "steady fall since 18:00, ~0.3 mg/l per hour. not a sensor jump.",
    "corrected": [
        C(
            "get_do",
            {"pen": "6", "depth_m": 10},
            "error: pen id must match ^P[0-9]+$ (got '6')",
            True,
        ),
        "pen id needs the P prefix.",
        C(
            "get_do",
            {"pen": "P6", "depth_m": 10},
            "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T02:05Z,P6,10,4.4,46,9.9",
        ),
        "10 m reads 4.4. worse at depth, as expected.",
    ],
    "poll": {
        "start": C(
            "start_backup_o2",
            {"pen": "P6", "grid": "B"},
            "job=O2-118 state=STARTING",
        ),
        "tool": "get_job",
        "args": {"id": "O2-118"},
        "statuses": [
            "job=O2-118 state=STARTING lox_valve=closed",
            "job=O2-118 state=PURGING lox_valve=open flow_kgh=4",
            "job=O2-118 state=RUNNING flow_kgh=22 do_P6_5m=5.3",
            "job=O2-118 state=RUNNING flow_kgh=22 do_P6_5m=6.2",
        ],
        "wait": C("sleep", {"s": 300}, "ok"),
        "end": "backup O2 running, P6 at 6.2 at 5 m. above threshold. keep it on till 08:00.",
    },
    "same": {
        "steps": [
            C("get_mortality", {"pen": p, "hours": 24}, "pen_morts_24h,removed\n0,0")
            for p in ["P1", "P2", "P3", "P4", "P5"]
        ],
        "remarks": ["P2.", "P3.", "P4.", "P5."],
        "end": "P1-P5 zero morts in 24h. only P6 affected so far.",
    },
    "transient": {
        "ok": C(
            "get_weather",
            {"site": "LC-2", "hours": 12},
            "ts,wind_ms,dir,air_c\n03:00,2,SW,6\n06:00,3,SW,5\n09:00,7,W,7",
        ),
        "errors": ["error: upstream met service 502", "error: timeout 10s"],
        "wait": C("sleep", {"s": 20}, "ok"),
        "remark": "met feed flaky. retry.",
        "end": "calm till 06:00, wind picks up ~09:00. natural mixing after that.",
    },
    "updates": [
        (C("get_do", {"pen": "P6", "depth_m": 5}, AQ_DO), "P6 4.7 mg/l at 5 m, alarm active."),
        (
            C("start_backup_o2", {"pen": "P6", "grid": "B"}, "job=O2-121 state=RUNNING"),
            "backup O2 grid B running on P6.",
        ),
        (
            C(
                "get_do",
                {"pen": "P6", "depth_m": 5},
                "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T03:10Z,P6,5,5.8,60,9.8",
            ),
            "P6 up to 5.8. climbing.",
        ),
        (
            C("cancel_feed", {"pen": "P6", "slot": 1}, "pen=P6 slot=1 cancelled"),
            "08:00 feed on P6 cancelled.",
        ),
    ],
    "docs": [
        (
            C(
                "read_doc",
                {"doc": "sop_low_do.txt"},
                "1. DO<6: start backup O2. 2. Stop feeding until DO>6 for 2 h. 3. Notify vet "
                "if DO<5 for >1 h. 4. Log all actions.",
            ),
            "SOP: O2 on, no feed until 2 h above 6, vet if <5 for over an hour (we're there).",
        ),
        (
            C(
                "read_doc",
                {"doc": "diffuser_maint_2025.csv"},
                "date,pen,action\n2025-10-14,P6,manifold valve V6-3 replaced\n"
                "2025-11-20,P6,grid A cleaned",
            ),
            "P6 manifold valve replaced Oct, grid A cleaned Nov.",
        ),
        (
            C(
                "read_doc",
                {"doc": "vet_note_1128.txt"},
                "Gill health score P6 avg 1.4 (mild). Keep handling minimal. Treat low DO as "
                "urgent in this pen.",
            ),
            "vet: P6 gills mild damage, low DO is urgent there.",
        ),
        (
            C(
                "read_doc",
                {"doc": "lox_tank.csv"},
                "tank,level_pct,days_at_22kgh\nLOX-1,64,3.1",
            ),
            "LOX tank 64%, ~3 days at full flow.",
        ),
    ],
    "docs_end": "enough O2 for 3 days. vet to be notified now (<5 for >1 h).",
    "draft": {
        "request": "draft the vet notification. keep it short.",
        "drafts": [
            "P6 DO low overnight, 4.7 at 02:00. Backup O2 on.",
            "LC-2 P6: DO 4.7 mg/l at 5 m (02:00), below 5 since ~01:00. Backup O2 grid B "
            "started 02:40. Feed cancelled.",
            "LC-2 P6: DO 4.7 mg/l at 5 m (02:00), below 5 since ~01:00. Backup O2 grid B "
            "started 02:40; 5.8 at 03:10. 08:00 feed cancelled. Morts 0 in 24 h.",
            "LC-2 P6: DO 4.7 mg/l at 5 m (02:00), below 5 since ~01:00. Backup O2 grid B "
            "started 02:40; 5.8 at 03:10. 08:00 feed cancelled. Morts 0 in 24 h. Gill score "
            "1.4 on 28 Nov. Request visit today.",
        ],
        "feedback": [
            "needs times and what we did",
            "add morts",
            "add gill score + ask for a visit",
        ],
    },
    "adjust": [
        (
            C("set_o2_flow", {"pen": "P6", "kgh": 10}, "P6 o2_setpoint_kgh=10"),
            C(
                "get_do",
                {"pen": "P6", "depth_m": 5},
                "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T03:30Z,P6,5,5.4,56,9.8",
            ),
            "10 kg/h -> 5.4. not enough.",
        ),
        (
            C("set_o2_flow", {"pen": "P6", "kgh": 18}, "P6 o2_setpoint_kgh=18"),
            C(
                "get_do",
                {"pen": "P6", "depth_m": 5},
                "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T03:50Z,P6,5,6.3,65,9.8",
            ),
            "18 -> 6.3. target 6.5 for margin.",
        ),
        (
            C("set_o2_flow", {"pen": "P6", "kgh": 21}, "P6 o2_setpoint_kgh=21"),
            C(
                "get_do",
                {"pen": "P6", "depth_m": 5},
                "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T04:10Z,P6,5,6.6,68,9.8",
            ),
            "21 -> 6.6. holding.",
        ),
    ],
    "adjust_end": "o2 at 21 kg/h, P6 6.6 mg/l. leaving it there till wind picks up.",
    "questions": [
        (
            "what's P3 at?",
            "checking P3.",
            C(
                "get_do",
                {"pen": "P3", "depth_m": 5},
                "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T04:15Z,P3,5,7.9,82,9.6",
            ),
            "P3 7.9. fine.",
        ),
        (
            "P7?",
            "P7.",
            C(
                "get_do",
                {"pen": "P7", "depth_m": 5},
                "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T04:15Z,P7,5,6.4,66,9.9",
            ),
            "P7 6.4. ok but lowest after P6; watching it.",
        ),
        (
            "and 8",
            "P8.",
            C(
                "get_do",
                {"pen": "P8", "depth_m": 5},
                "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T04:15Z,P8,5,7.1,73,9.8",
            ),
            "P8 7.1.",
        ),
        (
            "is P6 still ok?",
            "P6 now.",
            C(
                "get_do",
                {"pen": "P6", "depth_m": 5},
                "ts,pen,depth_m,do_mgl,sat_pct,temp_c\n2025-12-03T04:20Z,P6,5,6.7,69,9.8",
            ),
            "P6 6.7 and rising.",
        ),
    ],
    "reread": [
        C(
            "read_file",
            {"path": "logs/lc2_actions_20251203.csv"},
            "ts,action\n02:40,backup O2 grid B on P6",
        ),
        "add feed cancel.",
        C(
            "append_file",
            {"path": "logs/lc2_actions_20251203.csv", "line": "03:15,P6 08:00 feed cancelled"},
            "ok",
        ),
        C(
            "read_file",
            {"path": "logs/lc2_actions_20251203.csv"},
            "ts,action\n02:40,backup O2 grid B on P6\n03:15,P6 08:00 feed cancelled",
        ),
        "add vet notified.",
        C(
            "append_file",
            {"path": "logs/lc2_actions_20251203.csv", "line": "03:25,vet notified (J. Barr)"},
            "ok",
        ),
        C(
            "read_file",
            {"path": "logs/lc2_actions_20251203.csv"},
            "ts,action\n02:40,backup O2 grid B on P6\n03:15,P6 08:00 feed cancelled\n"
            "03:25,vet notified (J. Barr)",
        ),
        "log complete.",
    ],
    "search": [
        (
            C("search_logs", {"q": "DO_LOW"}, "142 hits, 2023-2025, all pens"),
            "too many. P6 only.",
        ),
        (
            C(
                "search_logs",
                {"q": "DO_LOW", "pen": "P6"},
                "19 hits: 2024-08 (12), 2025-07 (3), 2025-12 (4)",
            ),
            "narrow to winter.",
        ),
        (
            C(
                "search_logs",
                {"q": "DO_LOW", "pen": "P6", "months": "11,12,1,2"},
                "4 hits, all 2025-12-02/03, all nights, all after manifold valve swap",
            ),
            "winter low-DO only since the valve swap.",
        ),
    ],
    "search_end": "low DO in winter is new and began after the V6-3 valve swap. manifold suspect.",
}


# 2. Wine import customs: formal, official record layouts.

CU_ENTRY = (
    "CUSTOMS DECLARATION STATUS\n"
    "Entry number ......... 25GB7F3K9Q1R2S4T8\n"
    "Container ............ MSKU 773012-5\n"
    "Goods ................ Still red wine, 19 pallets (11,400 x 75 cl)\n"
    "Route ................ 2 (documentary check)\n"
    "Status ............... HELD — awaiting trader response to query Q1\n"
    "Query Q1 ............. Commodity code 2204 21 79 00 inconsistent with declared "
    "alcohol strength (14.5% vol)"
)


def cu_noisy(rng: random.Random, i: int) -> str:
    ref = f"CDS-ENQ-2025-{rng.randint(1000, 9999):06d}"
    sec = 20 + i * 90 + rng.randint(0, 60)
    stamp = f"03.12.2025 10:{11 + sec // 60:02d}:{sec % 60:02d} CET"
    tail = f"\nPage generated in {rng.randint(180, 950) / 1000:.3f} s"
    return f"Enquiry reference: {ref}    Generated: {stamp}\n{CU_ENTRY}" + (
        tail if rng.random() < 0.6 else ""
    )


CUSTOMS: Domain = {
    "name": "wine_import_customs",
    "task": (
        "Good morning. Container MSKU 773012-5 (19 pallets of Rioja Reserva for Bodega Norte "
        "Ltd) has been held at Felixstowe since Monday on a customs query. Our restaurant "
        "customers expect delivery on Friday 5 December. Please establish the reason for the "
        "hold, resolve it with HMRC and arrange release and duty payment."
    ),
    "openers": [
        "Good morning. I shall begin by retrieving the status of the declaration.",
        "Certainly. My first step will be to consult the declaration and the query raised.",
        "Understood. I will examine the entry and the port's hold record first.",
    ],
    "first": [
        C("get_declaration", {"entry": "25GB7F3K9Q1R2S4T8"}, CU_ENTRY),
        C(
            "get_port_hold",
            {"container": "MSKU7730125", "port": "GBFXT"},
            "PORT HOLD RECORD\nContainer ............ MSKU7730125\nTerminal ............. "
            "Trinity 4\nHold type ............ CUSTOMS (C1)\nPlaced ............... "
            "01.12.2025 07:44\nStorage free until ... 04.12.2025 23:59",
        ),
        C(
            "get_invoice",
            {"invoice": "BN-INV-0931"},
            "COMMERCIAL INVOICE BN-INV-0931\nSeller ............... Bodegas Altamira SL "
            "(ES)\nItem ................. Rioja Reserva 2019, 14.5% vol, 75 cl\nQuantity "
            "............. 11,400 bottles\nValue ................ EUR 68,400.00 (FCA Logroño)",
        ),
    ],
    "stuck": C("get_declaration", {"entry": "25GB7F3K9Q1R2S4T8"}, CU_ENTRY),
    "look": [
        "I shall consult the declaration status once more.",
        "Let me verify whether the status of the entry has changed.",
        "I will re-examine the declaration.",
        "Allow me to check the entry again.",
        "I shall review the hold on the declaration once again.",
        "Let me confirm the present status of the entry.",
    ],
    "noisy": cu_noisy,
    "intents": [
        [
            "I shall now submit an amendment correcting the commodity code to 2204 21 80 00.",
            "The next step is to amend the declaration with the code for wines above 13% vol.",
            "I will lodge a corrected declaration showing commodity code 2204 21 80.",
            "My intention is to file the amendment to the commodity code forthwith.",
            "I shall proceed with amending line 1 to the correct code for 14.5% wine.",
            "Next, I will correct the commodity code by way of an amendment.",
        ],
        [
            "I shall request the producer's laboratory analysis certificate.",
            "The next step is to obtain the lab certificate of alcoholic strength from Altamira.",
            "I will write to Bodegas Altamira for the analysis certificate.",
            "My next action is to ask the seller for their certificate of analysis.",
            "I intend to obtain the analytical report confirming 14.5% vol.",
            "I shall now seek the alcohol analysis document from the producer.",
        ],
    ],
    "restate": "I shall now submit the amendment to the commodity code.",
    "stall_start": C(
        "submit_amendment",
        {"entry": "25GB7F3K9Q1R2S4T8", "line": 1, "commodity_code": "2204218000"},
        "AMENDMENT RECEIVED\nReference ............ AMD-55120\nState ................ "
        "Awaiting officer review",
    ),
    "stall_check": C(
        "get_amendment",
        {"ref": "AMD-55120"},
        "AMENDMENT AMD-55120\nState ................ Awaiting officer review\nAssigned "
        "officer ..... (none)\nQueue position ....... 17",
    ),
    "stall_msgs": [
        "The amendment remains awaiting officer review; no officer has yet been assigned.",
        "AMD-55120 is still awaiting review, position 17 in the queue.",
        "There is no change: the amendment is awaiting officer review.",
        "The amendment continues to await review. No officer is assigned.",
        "Status unchanged: AMD-55120 awaiting officer review, queue position 17.",
    ],
    "ab": [
        C("get_declaration", {"entry": "25GB7F3K9Q1R2S4T8"}, CU_ENTRY),
        C(
            "get_port_hold",
            {"container": "MSKU7730125", "port": "GBFXT"},
            "PORT HOLD RECORD\nContainer ............ MSKU7730125\nHold type ............ "
            "CUSTOMS (C1)\nPlaced ............... 01.12.2025 07:44",
        ),
    ],
    "setting": {
        "tool": "set_declaration_field",
        "key": "procedure_code",
        "base_args": {"entry": "25GB7F3K9Q1R2S4T8", "line": 1},
        "values": ["4000000", "4000C07", "0700000"],
        "reply": lambda v: (
            f"FIELD UPDATED\nProcedure code ....... {v}\nRevalidation ......... queued"
        ),
        "check": C(
            "get_query",
            {"entry": "25GB7F3K9Q1R2S4T8", "query": "Q1"},
            "QUERY Q1\nState ................ OPEN\nText ................. Commodity code "
            "2204 21 79 00 inconsistent with declared alcohol strength (14.5% vol)",
        ),
        "remark": "I shall try procedure code {v} on line 1.",
    },
    "cycle": [
        C("get_declaration", {"entry": "25GB7F3K9Q1R2S4T8"}, CU_ENTRY),
        C(
            "get_query",
            {"entry": "25GB7F3K9Q1R2S4T8", "query": "Q1"},
            "QUERY Q1\nState ................ OPEN\nText ................. Commodity code "
            "2204 21 79 00 inconsistent with declared alcohol strength (14.5% vol)",
        ),
        C(
            "get_duty_account",
            {"eori": "GB123456789000"},
            "DUTY DEFERMENT ACCOUNT\nAccount .............. 1234567\nGuarantee remaining .. "
            "GBP 41,200.00\nPending charges ...... GBP 0.00",
        ),
    ],
    "fail": C(
        "pay_excise",
        {"entry": "25GB7F3K9Q1R2S4T8", "method": "deferment", "amount_gbp": 35682.0},
        "PAYMENT REFUSED\nReason ............... Excise cannot be paid on an entry with an "
        "open query (Q1). Resolve the query first.",
        True,
    ),
    "fail_variants": [
        {"entry": "25GB7F3K9Q1R2S4T8", "method": "DEFERMENT", "amount_gbp": 35682.0},
        {"entry_number": "25GB7F3K9Q1R2S4T8", "method": "deferment", "amount": "35682.00"},
        {"entry": "25gb7f3k9q1r2s4t8", "method": "deferment", "amount_gbp": 35682},
        {
            "entry": "25GB7F3K9Q1R2S4T8",
            "method": "deferment",
            "amount_gbp": 35682.0,
            "force": True,
        },
        {
            "entry": "25GB7F3K9Q1R2S4T8",
            "method": "immediate",
            "amount_gbp": 35682.0,
            "card": "corporate",
        },
    ],
    "fail_id": lambda rng: f"\nTransaction ref ...... TX{rng.randint(10**9, 10**10 - 1)}",
    "regen": {
        "call": C(
            "draft_query_response",
            {"entry": "25GB7F3K9Q1R2S4T8", "query": "Q1", "tone": "formal"},
            "",
        ),
        "outputs": [
            "We confirm the goods are wine of 14.5% vol and the commodity code declared is "
            "correct.",
            "The declared code 2204 21 79 00 correctly describes the consignment, which is "
            "still red wine in 75 cl bottles.",
            "Please note that 2204 21 79 00 is the appropriate classification; the strength "
            "on the label is 14.5%.",
            "The trader maintains the classification under 2204 21 79 00 as declared.",
            "We respectfully submit that no amendment is required, the code being correct.",
        ],
        "rejects": [
            "This draft again defends the original code, which is wrong for wine above 13% "
            "vol. It cannot be sent.",
            "Unacceptable: it still asserts 2204 21 79 00 is correct. I shall regenerate.",
            "The response again maintains the incorrect classification. Rejected.",
            "Once more the draft claims no amendment is needed; the code must change. I "
            "shall request another draft.",
            "It repeats the same error of defending the declared code. Not usable.",
        ],
    },
    "after_kind": "stall",
    "pages": [
        C(
            "list_entries",
            {"eori": "GB123456789000", "page": 1, "per_page": 3},
            "ENTRIES (page 1 of 3)\n25GB7F3K9Q1R2S4T8  01.12.2025  HELD\n"
            "25GB7D1A2B3C4D5E6  18.11.2025  CLEARED\n25GB7C9Z8Y7X6W5V4  04.11.2025  CLEARED",
        ),
        C(
            "list_entries",
            {"eori": "GB123456789000", "page": 2, "per_page": 3},
            "ENTRIES (page 2 of 3)\n25GB7B4R5T6Y7U8I9  21.10.2025  CLEARED\n"
            "25GB7A1Q2W3E4R5T6  07.10.2025  CLEARED (post-clearance amendment)\n"
            "25GB79M8N7B6V5C4X  23.09.2025  CLEARED",
        ),
        C(
            "list_entries",
            {"eori": "GB123456789000", "page": 3, "per_page": 3},
            "ENTRIES (page 3 of 3)\n25GB78L7K6J5H4G3F  09.09.2025  CLEARED\n"
            "25GB77P6O5I4U3Y2T  26.08.2025  CLEARED",
        ),
    ],
    "page_remarks": ["I shall retrieve the second page.", "And the final page."],
    "pages_end": "Eight entries since August; only the present one is held, and one October "
    "entry required a post-clearance amendment, which I shall examine for a precedent.",
    "corrected": [
        C(
            "get_port_hold",
            {"container": "MSKU 773012-5", "port": "GBFXT"},
            "ERROR: container number must be 11 characters without spaces or hyphens (ISO 6346).",
            True,
        ),
        "The port system requires the container number without the space and hyphen.",
        C(
            "get_port_hold",
            {"container": "MSKU7730125", "port": "GBFXT"},
            "PORT HOLD RECORD\nContainer ............ MSKU7730125\nHold type ............ "
            "CUSTOMS (C1)\nStorage free until ... 04.12.2025 23:59\nDemurrage thereafter . "
            "GBP 95.00 per day",
        ),
        "Free storage ends at midnight on Thursday; thereafter demurrage of £95 per day "
        "will accrue.",
    ],
    "poll": {
        "start": C(
            "submit_amendment",
            {"entry": "25GB7F3K9Q1R2S4T8", "line": 1, "commodity_code": "2204218000"},
            "AMENDMENT RECEIVED\nReference ............ AMD-55133",
        ),
        "tool": "get_amendment",
        "args": {"ref": "AMD-55133"},
        "statuses": [
            "AMENDMENT AMD-55133\nState ................ Awaiting officer review",
            "AMENDMENT AMD-55133\nState ................ Under review (Officer 4471)",
            "AMENDMENT AMD-55133\nState ................ Accepted — duty recalculated",
            "AMENDMENT AMD-55133\nState ................ Query Q1 closed; release pending payment",
        ],
        "wait": C("wait", {"minutes": 15}, "Waited 15 minutes."),
        "end": "The amendment has been accepted and the query closed. Only the duty payment "
        "now stands between us and release.",
    },
    "same": {
        "steps": [
            C(
                "check_licence",
                {"entry": "25GB7F3K9Q1R2S4T8", "requirement": r},
                "LICENCE CHECK\nResult ............... Not applicable to this commodity",
            )
            for r in ["CITES", "dual-use", "organic-COI", "firearms", "plant-health"]
        ],
        "remarks": [
            "Next, the dual-use requirement.",
            "Then the organic certificate of inspection.",
            "The firearms licence check.",
            "Finally, plant health.",
        ],
        "end": "None of the five licensing requirements applies; the only obstacle is Q1.",
    },
    "transient": {
        "ok": C(
            "get_duty_account",
            {"eori": "GB123456789000"},
            "DUTY DEFERMENT ACCOUNT\nGuarantee remaining .. GBP 41,200.00\nPending charges "
            "...... GBP 0.00",
        ),
        "errors": [
            "SERVICE UNAVAILABLE (HTTP 503). The service is undergoing maintenance.",
            "GATEWAY TIMEOUT (HTTP 504).",
        ],
        "wait": C("wait", {"minutes": 2}, "Waited 2 minutes."),
        "remark": "The service is temporarily unavailable; I shall try again shortly.",
        "end": "The guarantee of £41,200 covers the excise and VAT of approximately £35,700.",
    },
    "updates": [
        (
            C(
                "get_query",
                {"entry": "25GB7F3K9Q1R2S4T8", "query": "Q1"},
                "QUERY Q1\nState ................ OPEN\nRaised ............... 01.12.2025",
            ),
            "The hold is caused by query Q1 regarding the commodity code.",
        ),
        (
            C(
                "submit_amendment",
                {"entry": "25GB7F3K9Q1R2S4T8", "line": 1, "commodity_code": "2204218000"},
                "AMENDMENT RECEIVED\nReference ............ AMD-55140",
            ),
            "The amendment AMD-55140 has been lodged with the corrected code.",
        ),
        (
            C(
                "get_amendment",
                {"ref": "AMD-55140"},
                "AMENDMENT AMD-55140\nState ................ Accepted",
            ),
            "HMRC has accepted the amendment; Q1 is closed.",
        ),
        (
            C(
                "pay_excise",
                {"entry": "25GB7F3K9Q1R2S4T8", "method": "deferment", "amount_gbp": 35682.0},
                "PAYMENT ACCEPTED\nCharged to deferment account 1234567: GBP 35,682.00",
            ),
            "Duty of £35,682 has been charged to the deferment account; release should follow.",
        ),
    ],
    "docs": [
        (
            C(
                "read_doc",
                {"doc": "tariff_2204_21.txt"},
                "2204 21 79: wine of actual alcoholic strength not exceeding 13% vol. "
                "2204 21 80: exceeding 13% vol but not exceeding 15% vol.",
            ),
            "The tariff is unambiguous: at 14.5% vol the wine falls under 2204 21 80.",
        ),
        (
            C(
                "read_doc",
                {"doc": "excise_rates_2025.txt"},
                "Still wine 11.5%-14.5% abv: GBP 28.22 per litre of pure alcohol (from 1 Feb "
                "2025).",
            ),
            "Excise is charged per litre of pure alcohol; 14.5% sits within the top band.",
        ),
        (
            C(
                "read_doc",
                {"doc": "broker_agreement.pdf"},
                "The broker may amend declarations on the importer's behalf. Amendments "
                "affecting duty over GBP 5,000 require written importer consent.",
            ),
            "Our agreement requires the importer's written consent to this amendment, as it "
            "changes duty by more than £5,000.",
        ),
        (
            C(
                "read_doc",
                {"doc": "delivery_schedule.csv"},
                "customer,date,cases\nCasa Lucia,05.12,120\nEl Puerto,05.12,80\n"
                "Tapas Roja,06.12,60",
            ),
            "Two customers expect delivery on Friday, one on Saturday.",
        ),
    ],
    "docs_end": "I shall therefore obtain Bodega Norte's written consent before filing the "
    "amendment to 2204 21 80.",
    "draft": {
        "request": "Please draft the consent request to Bodega Norte's director.",
        "drafts": [
            "Dear Mr Ortega, we need your consent to amend the customs declaration. Regards.",
            "Dear Mr Ortega,\n\nThe container MSKU 773012-5 is held because the commodity "
            "code used is for wine up to 13% vol. Your wine is 14.5%. We request your consent "
            "to amend the code.\n\nYours sincerely",
            "Dear Mr Ortega,\n\nThe container MSKU 773012-5 is held because the commodity "
            "code used is for wine up to 13% vol, whereas your wine is 14.5%. We request your "
            "written consent to amend the code to 2204 21 80 00. The duty is unchanged at "
            "approximately £35,700, but the amendment is required for release.\n\nYours "
            "sincerely",
            "Dear Mr Ortega,\n\nThe container MSKU 773012-5 is held because the commodity "
            "code used is for wine up to 13% vol, whereas your wine is 14.5%. We request your "
            "written consent to amend the code to 2204 21 80 00. The duty is unchanged at "
            "approximately £35,700, but the amendment is required for release.\n\nTo meet "
            "Friday's deliveries, we would be grateful for your reply by 12:00 on Thursday; "
            "storage charges of £95 per day begin on Friday.\n\nYours sincerely",
        ],
        "feedback": [
            "Please explain the reason for the hold.",
            "State the new code and the duty effect, please.",
            "Add a deadline and mention the demurrage.",
        ],
    },
    "adjust": [
        (
            C(
                "set_pallet_split",
                {"container": "MSKU7730125", "first_release_pallets": 19},
                "Plan: 19 pallets on one vehicle.",
            ),
            C(
                "check_haulage",
                {"container": "MSKU7730125"},
                "Vehicle capacity 26 pallets, weight limit exceeded by 1.9 t.",
            ),
            "Nineteen pallets exceed the vehicle's weight limit. I shall reduce the load.",
        ),
        (
            C(
                "set_pallet_split",
                {"container": "MSKU7730125", "first_release_pallets": 14},
                "Plan: 14 + 5 pallets.",
            ),
            C(
                "check_haulage",
                {"container": "MSKU7730125"},
                "Vehicle 1 within limits (margin 1.1 t); vehicle 2 under-used (5 pallets).",
            ),
            "Within limits, with some margin to spare. I shall increase the first load.",
        ),
        (
            C(
                "set_pallet_split",
                {"container": "MSKU7730125", "first_release_pallets": 16},
                "Plan: 16 + 3 pallets.",
            ),
            C(
                "check_haulage",
                {"container": "MSKU7730125"},
                "Vehicle 1 within limits (margin 0.2 t); 16 pallets cover Friday's orders.",
            ),
            "Sixteen pallets fit and cover all of Friday's orders.",
        ),
    ],
    "adjust_end": "The first vehicle will carry 16 pallets for Friday; the remaining three "
    "follow on Saturday.",
    "questions": [
        (
            "What is the duty on the Casa Lucia portion?",
            "I shall calculate it.",
            C(
                "calc_duty",
                {"bottles": 1440, "abv": 14.5, "volume_cl": 75},
                "DUTY CALCULATION\nExcise ............... GBP 4,418.80\nVAT (20%) ............ "
                "GBP 2,609.76",
            ),
            "Approximately £4,419 excise and £2,610 import VAT.",
        ),
        (
            "And El Puerto?",
            "Calculating for El Puerto.",
            C(
                "calc_duty",
                {"bottles": 960, "abv": 14.5, "volume_cl": 75},
                "DUTY CALCULATION\nExcise ............... GBP 2,945.87\nVAT (20%) ............ "
                "GBP 1,739.84",
            ),
            "For El Puerto, approximately £2,946 excise and £1,740 VAT.",
        ),
        (
            "Tapas Roja?",
            "Calculating for Tapas Roja.",
            C(
                "calc_duty",
                {"bottles": 720, "abv": 14.5, "volume_cl": 75},
                "DUTY CALCULATION\nExcise ............... GBP 2,209.40\nVAT (20%) ............ "
                "GBP 1,304.88",
            ),
            "For Tapas Roja, approximately £2,209 excise and £1,305 VAT.",
        ),
        (
            "What would it have been at 13%?",
            "I shall calculate the comparison.",
            C(
                "calc_duty",
                {"bottles": 11400, "abv": 13.0, "volume_cl": 75},
                "DUTY CALCULATION\nExcise ............... GBP 31,377.07 (band 11.5-14.5%)",
            ),
            "The excise band is the same; the difference of about £3,300 arises from the "
            "strength itself, not the code.",
        ),
    ],
    "reread": [
        C(
            "read_file",
            {"path": "cases/MSKU7730125/notes.md"},
            "Case notes\n- 01.12 Held, query Q1",
        ),
        "I shall record the consent.",
        C(
            "append_file",
            {"path": "cases/MSKU7730125/notes.md", "text": "- 03.12 Importer consent received"},
            "Appended 1 line.",
        ),
        C(
            "read_file",
            {"path": "cases/MSKU7730125/notes.md"},
            "Case notes\n- 01.12 Held, query Q1\n- 03.12 Importer consent received",
        ),
        "I shall record the amendment reference.",
        C(
            "append_file",
            {"path": "cases/MSKU7730125/notes.md", "text": "- 03.12 AMD-55140 lodged"},
            "Appended 1 line.",
        ),
        C(
            "read_file",
            {"path": "cases/MSKU7730125/notes.md"},
            "Case notes\n- 01.12 Held, query Q1\n- 03.12 Importer consent received\n"
            "- 03.12 AMD-55140 lodged",
        ),
        "The case notes are now up to date.",
    ],
    "search": [
        (
            C("search_rulings", {"q": "wine commodity code"}, "RESULTS: 214 rulings"),
            "The search is too broad; I shall restrict it to still wine above 13% vol.",
        ),
        (
            C(
                "search_rulings",
                {"q": "wine commodity code", "heading": "2204 21", "abv_min": 13},
                "RESULTS: 11 rulings (2019-2025)",
            ),
            "Eleven rulings remain. I shall restrict them to amendments after a documentary check.",
        ),
        (
            C(
                "search_rulings",
                {
                    "q": "wine commodity code",
                    "heading": "2204 21",
                    "abv_min": 13,
                    "context": "route 2 amendment",
                },
                "RESULTS: 2 rulings\nBTI GB-2023-0417: amendment accepted, no penalty\n"
                "BTI GB-2024-1102: amendment accepted, no penalty",
            ),
            "Both comparable cases were resolved by amendment without penalty.",
        ),
    ],
    "search_end": "The precedent supports a simple amendment, without penalty.",
}


# 3. Observatory night queue: thinks aloud, fixed-width tables.

OBS_GUIDER = (
    'GUIDER  STATE     STARS  FWHM"  LOCK\n'
    "AG-1    ACQUIRE   0      --     NO\n"
    "field: NGC 2403 offset pointing  exp 3.0 s  mag_lim 14.2"
)


def obs_noisy_args(rng: random.Random, i: int) -> dict[str, Any]:
    mjd = 61012.0834 + i * 0.0007 + rng.randint(0, 5) / 10000
    return {"unit": "AG-1", "mjd_now": round(mjd, 5)}


OBSERVATORY: Domain = {
    "name": "observatory_night_queue",
    "task": (
        "Night of 3/4 Dec at the 2.5 m. Queue has 9 programmes; the autoguider won't lock on "
        "the NGC 2403 field, and a target-of-opportunity for SN 2025xyq (r~16.8) came in from "
        "the transient team — needs spectra before it sets, ~23:10 UT. Sort the guiding out "
        "and fit the ToO in."
    ),
    "openers": [
        "Okay, hmm. Let me first see what the queue looks like tonight.",
        "Right, so two problems. I think the queue comes first, then the guider.",
        "Let me look at the guider state first — actually no, queue first, then guider.",
    ],
    "first": [
        C(
            "get_queue",
            {"night": "2025-12-03"},
            "SLOT  UT     PROG      TARGET        INSTR   EXP\n"
            "1     19:05  P25B-014  NGC 2403      IMG     6x300\n"
            "2     20:00  P25B-031  HD 19445      SPEC    3x600\n"
            "3     21:10  P25B-007  M33 HII-12    SPEC    4x900\n"
            "4     22:30  P25B-022  Kepler-1625   IMG     40x60",
        ),
        C(
            "get_conditions",
            {"site": "main"},
            'SEEING  WIND  HUM  SKY\n1.1"    4 m/s 58%  clear, moon 91% up until 02:40',
        ),
        C(
            "get_too",
            {"id": "ToO-2025-118"},
            "ID            TARGET      RA         DEC        MAG   SETS(UT)\n"
            "ToO-2025-118  SN 2025xyq  03:12:44.1 +41:08:13  16.8  23:10",
        ),
    ],
    "stuck": C("get_guider", {"unit": "AG-1"}, OBS_GUIDER),
    "look": [
        "Hmm, let me look at the guider again, maybe it's found a star now.",
        "I wonder if it has locked yet. Checking AG-1.",
        "Let me check the guider status again…",
        "Maybe the lock came through — one more look.",
        "Checking AG-1 again, I think it might just need time.",
        "Let's see the guider once more.",
    ],
    "noisy_args": obs_noisy_args,
    "noisy_args_result": False,
    "intents": [
        [
            "I think the fix is to move the guide probe to the brighter star at the field "
            "edge — I'll do that next.",
            "So the plan, I suppose, is to repoint the probe onto the mag 11 star near the edge.",
            "Probably the right move is shifting the guide probe to that bright edge star. "
            "Doing that now.",
            "Let me relocate the guide probe to the brighter star on the periphery.",
            "I'll reposition the probe so it picks up the 11th-magnitude star at the edge.",
            "Next: guide probe over to the bright star at the field edge.",
        ],
        [
            "I'll insert the ToO into slot 3 and push M33 back.",
            "The ToO should go in at 21:10, I think — moving the M33 programme later.",
            "Let me put SN 2025xyq into the 21:10 slot and bump M33.",
            "I'll slot the supernova in where M33 is and reschedule M33 after it.",
            "Plan is to replace slot 3 with the ToO and shift M33 down the queue.",
            "Going to give the ToO slot 3 and move P25B-007 after.",
        ],
    ],
    "restate": "I'll move the guide probe to the bright edge star now.",
    "stall_start": C(
        "request_dome_flat",
        {"filter": "r", "n": 11},
        "REQ     TYPE       STATE\nDF-903  dome flat  QUEUED (behind DF-902)",
    ),
    "stall_check": C(
        "get_request",
        {"id": "DF-903"},
        "REQ     TYPE       STATE    AHEAD\nDF-903  dome flat  QUEUED   1 (DF-902, stalled)",
    ),
    "stall_msgs": [
        "Hmm, DF-903 is still queued behind DF-902.",
        "Still queued, DF-902 still ahead of it.",
        "Flats still waiting behind DF-902, I think it's stuck.",
        "DF-903 still queued; nothing's happened.",
        "Still sitting in the queue behind DF-902, hmm.",
    ],
    "ab": [
        C("get_guider", {"unit": "AG-1"}, OBS_GUIDER),
        C(
            "get_pointing",
            {"telescope": "2.5m"},
            'AXIS  TARGET        ACTUAL        ERR"\nRA    07:36:51.4    07:36:51.2    2.3\n'
            "DEC   +65:36:09     +65:36:11     2.0",
        ),
    ],
    "setting": {
        "tool": "set_guider_exposure",
        "key": "exp_s",
        "base_args": {"unit": "AG-1"},
        "values": [3.0, 8.0, 1.5],
        "reply": lambda v: f"UNIT  EXP\nAG-1  {v:.1f} s  (applied)",
        "check": C("get_guider", {"unit": "AG-1"}, OBS_GUIDER),
        "remark": "Maybe a {v} s exposure will pick up stars. Trying it.",
    },
    "cycle": [
        C("get_guider", {"unit": "AG-1"}, OBS_GUIDER),
        C(
            "get_pointing",
            {"telescope": "2.5m"},
            'AXIS  TARGET        ACTUAL        ERR"\nRA    07:36:51.4    07:36:51.2    2.3\n'
            "DEC   +65:36:09     +65:36:11     2.0",
        ),
        C(
            "get_guide_camera",
            {"unit": "AG-1"},
            "CAM   TEMP   COOLER  SHUTTER  LAST_FRAME\nAG-1  -20.1  ON      OK       blank "
            "(max ADU 412)",
        ),
    ],
    "fail": C(
        "insert_queue",
        {"night": "2025-12-03", "slot": 3, "program": "ToO-2025-118"},
        "ERR 403  queue edit requires night-lead role (you: observer)",
        True,
    ),
    "fail_id": lambda rng: f"  [req {rng.randint(10000, 99999)}]",
    "regen": {
        "call": C(
            "autoschedule",
            {"night": "2025-12-03", "include": ["ToO-2025-118"], "optimise": "airmass"},
            "",
        ),
        "outputs": [
            "SLOT  UT     PROG\n1 19:05 P25B-014\n2 20:00 P25B-031\n3 21:10 P25B-007\n"
            "4 22:30 P25B-022\n5 23:35 ToO-2025-118",
            "SLOT  UT     PROG\n1 19:05 P25B-031\n2 20:10 P25B-014\n3 21:15 P25B-007\n"
            "4 23:20 ToO-2025-118",
            "SLOT  UT     PROG\n1 19:05 P25B-014\n2 20:00 P25B-007\n3 22:00 P25B-022\n"
            "4 23:15 ToO-2025-118",
            "SLOT  UT     PROG\n1 19:05 P25B-007\n2 21:05 P25B-031\n3 22:15 P25B-022\n"
            "4 23:40 ToO-2025-118",
            "SLOT  UT     PROG\n1 19:05 P25B-014\n2 20:00 P25B-022\n3 21:05 P25B-031\n"
            "4 22:05 P25B-007\n5 24:00 ToO-2025-118",
        ],
        "rejects": [
            "Hmm, it put the ToO after 23:10 again — the SN has set by then. Useless.",
            "The supernova's scheduled after it sets, again. Rerun, I guess.",
            "No — ToO after 23:10 UT once more. Can't observe it below the horizon.",
            "Again the ToO lands after setting. That won't work.",
            "Still scheduling SN 2025xyq after 23:10. Let me try another run.",
        ],
    },
    "after_kind": "regenerate",
    "pages": [
        C(
            "list_programmes",
            {"semester": "2025B", "page_token": None},
            "PROG      PI           HRS_LEFT  RANK\nP25B-007  Okonkwo      6.5       A\n"
            "P25B-014  Haverkamp    2.0       B\nP25B-022  Suzuki       11.0      A\n"
            "next_page_token: eyJvIjozfQ",
        ),
        C(
            "list_programmes",
            {"semester": "2025B", "page_token": "eyJvIjozfQ"},
            "PROG      PI           HRS_LEFT  RANK\nP25B-031  Dalgaard     1.5       B\n"
            "P25B-040  Restrepo     8.0       C\nP25B-044  Mbeki        3.0       A\n"
            "next_page_token: eyJvIjo2fQ",
        ),
        C(
            "list_programmes",
            {"semester": "2025B", "page_token": "eyJvIjo2fQ"},
            "PROG      PI           HRS_LEFT  RANK\nP25B-051  Lindgren     4.0       C\n"
            "P25B-058  Iyer         0.5       B\nT25B-001  (ToO pool)   5.0       A\n"
            "next_page_token: null",
        ),
    ],
    "page_remarks": ["There's a next page token, following it.", "One more page, I think."],
    "pages_end": "So the ToO pool has 5 h left at rank A — plenty to take the SN tonight, and "
    "P25B-058 needs only half an hour.",
    "corrected": [
        C(
            "get_visibility",
            {"target": "SN 2025xyq", "date": "4/12/2025"},
            "ERR 422  date must be ISO 8601 (YYYY-MM-DD); '4/12/2025' is ambiguous",
            True,
        ),
        "Ah, it can't tell whether that's April or December. ISO format then — and it's the "
        "night starting the 3rd.",
        C(
            "get_visibility",
            {"target": "SN 2025xyq", "date": "2025-12-03"},
            "UT     ALT   AIRMASS\n20:00  58    1.18\n21:00  47    1.37\n22:00  35    1.74\n"
            "23:00  22    2.67\n23:10  20    2.92 (limit)",
        ),
        "So it's best observed early, before 21:00, airmass under 1.4. Later than 22:00 gets ugly.",
    ],
    "poll": {
        "start": C(
            "start_focus_run",
            {"filter": "r", "steps": 9},
            "RUN    STATE\nFR-77  STARTED",
        ),
        "tool": "get_focus_run",
        "args": {"id": "FR-77"},
        "statuses": [
            "RUN    STATE     STEP\nFR-77  RUNNING   2/9",
            "RUN    STATE     STEP\nFR-77  RUNNING   6/9",
            "RUN    STATE     STEP\nFR-77  FITTING   9/9",
            'RUN    STATE     BEST_FOCUS  FWHM"\nFR-77  DONE      14.212 mm   1.02',
        ],
        "wait": C("wait", {"seconds": 90}, "ok"),
        "end": "Focus at 14.212 mm, 1.02\" FWHM. That's better than the seeing monitor says, nice.",
    },
    "entities": [
        C(
            "get_guide_stars",
            {"target": t},
            obs,
        )
        for t, obs in [
            ("NGC 2403", "TARGET    N_STARS  BRIGHTEST\nNGC 2403  1        13.9 (edge, vignetted)"),
            ("HD 19445", "TARGET    N_STARS  BRIGHTEST\nHD 19445  6        10.2"),
            ("M33 HII-12", "TARGET      N_STARS  BRIGHTEST\nM33 HII-12  4        11.8"),
            ("Kepler-1625", "TARGET       N_STARS  BRIGHTEST\nKepler-1625  9        9.7"),
            ("SN 2025xyq", "TARGET      N_STARS  BRIGHTEST\nSN 2025xyq  3        12.4"),
        ]
    ],
    "entity_remarks": ["HD 19445 next.", "M33 field.", "Kepler-1625.", "And the SN field."],
    "entities_end": "So it's only NGC 2403 that's starved — one vignetted star. Every other "
    "field, the ToO included, has usable guide stars.",
    "transient": {
        "ok": C(
            "get_weather_forecast",
            {"site": "main", "hours": 8},
            "UT     CLOUD  WIND  HUM\n20:00  0%     5     60%\n22:00  10%    6     66%\n"
            "00:00  40%    9     78%",
        ),
        "errors": [
            "ERR 503  forecast service unavailable",
            "ERR 504  upstream timeout (met office)",
        ],
        "wait": C("wait", {"seconds": 60}, "ok"),
        "remark": "Forecast server's down, I think; trying again in a moment.",
        "end": "Clear until ~22:00, clouding up after midnight. Another reason to take the SN "
        "early.",
    },
    "updates": [
        (
            C("get_guider", {"unit": "AG-1"}, OBS_GUIDER),
            "guider still not locked on NGC 2403, zero stars in the probe.",
        ),
        (
            C(
                "move_guide_probe",
                {"unit": "AG-1", "x_mm": 41.5, "y_mm": -12.0},
                "UNIT  X     Y      STARS\nAG-1  41.5  -12.0  2",
            ),
            "probe moved; two stars in view now.",
        ),
        (
            C(
                "get_guider",
                {"unit": "AG-1"},
                'GUIDER  STATE  STARS  FWHM"  LOCK\nAG-1    GUIDE  2      1.3    YES',
            ),
            'locked at last, guiding with 1.3" FWHM.',
        ),
        (
            C(
                "insert_queue",
                {"night": "2025-12-03", "slot": 2, "program": "ToO-2025-118", "as": "night-lead"},
                "SLOT  UT     PROG\n2     20:00  ToO-2025-118 (inserted)",
            ),
            "SN 2025xyq inserted at 20:00, HD 19445 moved after it.",
        ),
    ],
    "docs": [
        (
            C(
                "read_doc",
                {"doc": "ag1_manual_s4.txt"},
                "Probe patrol field: x -50..50 mm, y -30..30 mm. Vignetting above r=45 mm. "
                "Minimum guide star: mag 14 at 3 s.",
            ),
            "The probe can go out to ±50 mm but vignettes beyond 45; it needs mag 14 or "
            "brighter at 3 s.",
        ),
        (
            C(
                "read_doc",
                {"doc": "too_policy.txt"},
                "Rank A ToOs may displace any rank B/C programme. Night lead approves. "
                "Displaced time is returned within the semester.",
            ),
            "ToO policy: rank A can displace B or C, with night-lead approval.",
        ),
        (
            C(
                "read_doc",
                {"doc": "transient_team_request.eml"},
                'Need 2x1200 s with the red grism, slit 1.5", before 23:00 UT if at all '
                "possible. Classification spectrum only.",
            ),
            'Transient team wants 2×1200 s, red grism, 1.5" slit — about 45 minutes with '
            "overheads.",
        ),
        (
            C(
                "read_doc",
                {"doc": "night_log_1202.txt"},
                "AG-1 lost lock twice on NGC 2403; suspected too few guide stars. Probe left "
                "at default position.",
            ),
            "Last night's log: same NGC 2403 problem, and the probe was never moved.",
        ),
    ],
    "docs_end": "So: move the probe within 45 mm for NGC 2403, and put the SN in early with "
    "night-lead sign-off, displacing a rank B slot.",
    "draft": {
        "request": "can you write the night-log entry so far?",
        "drafts": [
            "AG-1 not locking on NGC 2403. Moved probe. ToO inserted.",
            "19:20 AG-1 failed to lock on NGC 2403 (0 stars in default probe position). "
            "19:35 probe moved to x=41.5, y=-12.0; locked on 2 stars. ToO inserted.",
            "19:20 AG-1 failed to lock on NGC 2403 (0 stars in default probe position). "
            '19:35 probe moved to x=41.5, y=-12.0; locked on 2 stars, FWHM 1.3". '
            "19:50 ToO-2025-118 (SN 2025xyq) inserted at 20:00, displacing P25B-031 (rank B).",
            "19:20 AG-1 failed to lock on NGC 2403 (0 stars in default probe position). "
            '19:35 probe moved to x=41.5, y=-12.0; locked on 2 stars, FWHM 1.3". '
            "19:50 ToO-2025-118 (SN 2025xyq) inserted at 20:00, displacing P25B-031 (rank B; "
            "1.0 h to be returned). Approved by night lead A. Petrov.",
        ],
        "feedback": [
            "times please, and where you moved the probe to",
            "say which programme the ToO displaced and the FWHM",
            "note the time owed back to P25B-031 and who approved",
        ],
    },
    "adjust": [
        (
            C(
                "move_guide_probe",
                {"unit": "AG-1", "x_mm": 30.0, "y_mm": -12.0},
                "UNIT  X     Y      STARS\nAG-1  30.0  -12.0  0",
            ),
            C(
                "get_guider",
                {"unit": "AG-1"},
                "GUIDER  STATE    STARS  LOCK\nAG-1    ACQUIRE  0      NO",
            ),
            "Nothing at 30 mm. Further out.",
        ),
        (
            C(
                "move_guide_probe",
                {"unit": "AG-1", "x_mm": 47.0, "y_mm": -12.0},
                "UNIT  X     Y      STARS\nAG-1  47.0  -12.0  3",
            ),
            C(
                "get_guider",
                {"unit": "AG-1"},
                'GUIDER  STATE  STARS  FWHM"  LOCK\nAG-1    GUIDE  3      2.4    YES (vignetted)',
            ),
            "Locks at 47 but it's vignetted, FWHM 2.4. Come back in a bit.",
        ),
        (
            C(
                "move_guide_probe",
                {"unit": "AG-1", "x_mm": 41.5, "y_mm": -12.0},
                "UNIT  X     Y      STARS\nAG-1  41.5  -12.0  2",
            ),
            C(
                "get_guider",
                {"unit": "AG-1"},
                'GUIDER  STATE  STARS  FWHM"  LOCK\nAG-1    GUIDE  2      1.3    YES',
            ),
            "41.5 mm: two stars, clean 1.3\". That's the spot.",
        ),
    ],
    "adjust_end": "Probe parked at x=41.5 for NGC 2403; I'll note it in the target's setup.",
    "questions": [
        (
            "when does M33 set tonight?",
            "Checking M33's visibility.",
            C(
                "get_visibility",
                {"target": "M33 HII-12", "date": "2025-12-03"},
                "UT     ALT\n21:00  71\n01:00  33\n03:30  20 (limit)",
            ),
            "M33 is fine until about 03:30 UT — no hurry with it.",
        ),
        (
            "and Kepler-1625?",
            "Let me see Kepler-1625.",
            C(
                "get_visibility",
                {"target": "Kepler-1625", "date": "2025-12-03"},
                "UT     ALT\n19:00  38\n21:00  24\n21:40  20 (limit)",
            ),
            "Kepler-1625 sets at 21:40 — slot 4 at 22:30 is too late for it!",
        ),
        (
            "HD 19445?",
            "HD 19445…",
            C(
                "get_visibility",
                {"target": "HD 19445", "date": "2025-12-03"},
                "UT     ALT\n20:00  52\n00:00  61\n04:00  28",
            ),
            "HD 19445 is up all night.",
        ),
        (
            "what about the moon distance for the SN?",
            "Checking the lunar separation.",
            C(
                "get_moon_separation",
                {"target": "SN 2025xyq", "ut": "20:00"},
                "TARGET      MOON_SEP  MOON_ILLUM\nSN 2025xyq  38 deg    91%",
            ),
            "38° from a 91% moon — bright sky, but fine for a classification spectrum.",
        ),
    ],
    "reread": [
        C(
            "read_file",
            {"path": "setups/ngc2403.cfg"},
            "target = NGC 2403\nguide_probe = default\nguide_exp = 3.0",
        ),
        "Set the probe position we found.",
        C(
            "edit_file",
            {"path": "setups/ngc2403.cfg", "set": {"guide_probe": "41.5,-12.0"}},
            "saved",
        ),
        C(
            "read_file",
            {"path": "setups/ngc2403.cfg"},
            "target = NGC 2403\nguide_probe = 41.5,-12.0\nguide_exp = 3.0",
        ),
        "Good. Two stars only, so a longer guide exposure might be steadier — 4 s.",
        C("edit_file", {"path": "setups/ngc2403.cfg", "set": {"guide_exp": 4.0}}, "saved"),
        C(
            "read_file",
            {"path": "setups/ngc2403.cfg"},
            "target = NGC 2403\nguide_probe = 41.5,-12.0\nguide_exp = 4.0",
        ),
        "Setup file now has the working probe position and a 4 s guide exposure.",
    ],
    "search": [
        (
            C(
                "search_archive",
                {"object": "SN 2025xyq"},
                "0 spectra; 14 images (ZTF, ATLAS), discovery 2025-12-01",
            ),
            "No spectra at all yet. Let me see if anyone's classified it elsewhere.",
        ),
        (
            C(
                "search_tns",
                {"name": "2025xyq"},
                "NAME        TYPE   REDSHIFT  HOST\n2025xyq     (none) --        UGC 2595 "
                "(z=0.017)",
            ),
            "Unclassified, host at z = 0.017. What do similar objects look like?",
        ),
        (
            C(
                "search_tns",
                {"host_z_max": 0.02, "mag_max": 17, "discovered_after": "2025-11-25"},
                "NAME     TYPE     MAG\n2025xwa  SN Ia    16.1\n2025xyq  (none)   16.8\n"
                "2025xzd  SN II    17.0",
            ),
            "Two nearby classified this week; ours is the only open one.",
        ),
    ],
    "search_end": "Nobody has a spectrum of 2025xyq — ours would be the classification. "
    "Worth the early slot.",
}


# 4. Bike-share rebalancing: casual, lowercase, compact JSON.

BK_STATION = (
    '{"station":"S-112","name":"Market Sq","bikes":0,"docks":24,"online":false,"last_seen":"05:41"}'
)


def bk_noisy(rng: random.Random, i: int) -> str:
    node = rng.choice(["edge-ams-1", "edge-ams-2", "edge-fra-3"])
    ms = rng.randint(12, 240)
    sec = 30 + i * 50 + rng.randint(0, 40)
    as_of = f"2025-12-03T06:{8 + sec // 60:02d}:{sec % 60:02d}Z"
    return BK_STATION[:-1] + f',"as_of":"{as_of}","_meta":{{"served_by":"{node}","ms":{ms}}}}}'


BIKES: Domain = {
    "name": "bike_share_rebalancing",
    "task": (
        "morning! rush starts 7:30. market sq, station rd and the uni are basically empty and "
        "the riverside docks are full. 2 vans on shift. get bikes where they need to be pls, "
        "and market sq has been showing offline since 5:40 which is weird"
    ),
    "openers": [
        "morning 👋 pulling the station map first",
        "on it! let's see where the bikes actually are",
        "ok. checking stations + vans",
    ],
    "first": [
        C(
            "list_stations",
            {"zone": "centre", "sort": "fill_asc"},
            '[{"id":"S-112","bikes":0,"docks":24},{"id":"S-087","bikes":1,"docks":20},'
            '{"id":"S-140","bikes":2,"docks":30},{"id":"S-031","bikes":22,"docks":22},'
            '{"id":"S-032","bikes":19,"docks":20}]',
        ),
        C(
            "list_vans",
            {},
            '[{"van":"V1","driver":"kemal","at":"depot","cap":20,"load":0},'
            '{"van":"V2","driver":"sofia","at":"S-031","cap":20,"load":0}]',
        ),
        C(
            "get_demand_forecast",
            {"window": "07:30-09:00"},
            '{"S-112":-31,"S-087":-18,"S-140":-25,"S-031":12,"S-032":9}',
        ),
    ],
    "stuck": C("get_station", {"id": "S-112"}, BK_STATION),
    "look": [
        "checking market sq again",
        "is S-112 back yet?",
        "one more look at market sq",
        "lemme refresh S-112",
        "market sq again 🤞",
        "S-112 still offline? checking",
    ],
    "noisy": bk_noisy,
    "intents": [
        [
            "ok sending V2 from riverside to market sq with 20 bikes",
            "V2 → market sq, full load from S-031",
            "gonna route sofia's van to market sq w/ 20",
            "next up: V2 picks up 20 at riverside and drops at S-112",
            "right, V2 loads at S-031 then heads to market sq",
            "dispatching V2 to market sq now",
        ],
        [
            "i'll open a ticket for the S-112 dock controller",
            "filing a maintenance job for market sq's controller",
            "need to get a tech out to S-112, raising it",
            "S-112 controller → maintenance ticket, doing it",
            "ok logging the market sq outage with field maintenance",
            "going to raise a fault for the S-112 controller",
        ],
    ],
    "restate": "sending V2 to market sq now",
    "stall_start": C(
        "create_van_task",
        {"van": "V1", "pickup": "S-032", "drop": "S-087", "bikes": 15},
        '{"task":"T-5521","state":"pending_accept"}',
    ),
    "stall_check": C(
        "get_van_task",
        {"task": "T-5521"},
        '{"task":"T-5521","state":"pending_accept","driver_ack":false}',
    ),
    "stall_msgs": [
        "T-5521 still pending, kemal hasn't accepted",
        "still waiting on kemal to accept T-5521",
        "T-5521 pending accept still",
        "nope, still pending_accept",
        "kemal still hasn't picked up T-5521",
    ],
    "ab": [
        C("get_station", {"id": "S-112"}, BK_STATION),
        C(
            "get_station",
            {"id": "S-113"},
            '{"station":"S-113","name":"Market Sq East","bikes":6,"docks":16,"online":true}',
        ),
    ],
    "setting": {
        "tool": "set_station_mode",
        "key": "mode",
        "base_args": {"id": "S-112"},
        "values": ["normal", "return_only", "maintenance"],
        "reply": lambda v: f'{{"id":"S-112","mode":"{v}","applied":true}}',
        "check": C(
            "get_station",
            {"id": "S-112"},
            '{"station":"S-112","bikes":0,"online":false,"last_seen":"05:41"}',
        ),
        "remark": "try flipping S-112 to {v}",
    },
    "cycle": [
        C("get_station", {"id": "S-112"}, BK_STATION),
        C(
            "get_controller",
            {"station": "S-112"},
            '{"ctrl":"CTL-112","fw":"3.4.1","heartbeat":null,"sim":"unknown"}',
        ),
        C(
            "list_faults",
            {"station": "S-112"},
            '{"open":[],"closed_last_7d":1}',
        ),
    ],
    "fail": C(
        "reboot_controller",
        {"ctrl": "CTL-112"},
        '{"error":"DEVICE_UNREACHABLE","detail":"no heartbeat since 05:41"}',
        True,
    ),
    "fail_id": lambda rng: f" trace={hexid(rng, 12)}",
    "regen": {
        "call": C("suggest_routes", {"vans": ["V1", "V2"], "deadline": "07:30"}, ""),
        "outputs": [
            '{"V1":["S-032","S-087","S-140"],"V2":["S-031","S-087"]}',
            '{"V1":["S-032","S-140"],"V2":["S-031","S-140","S-087"]}',
            '{"V1":["S-031","S-087"],"V2":["S-032","S-140"]}',
            '{"V1":["S-032","S-087"],"V2":["S-031","S-140","S-087"]}',
            '{"V1":["S-031","S-140","S-087"],"V2":["S-032","S-087"]}',
        ],
        "rejects": [
            "no market sq (S-112) in there at all again, that's the biggest hole 🙄",
            "skips S-112 again. nope",
            "still no stop at market sq. rerolling",
            "again nothing for S-112, useless",
            "market sq missing again, same as before",
        ],
    },
    "after_kind": "cycle",
    "pages": [
        C(
            "list_trips",
            {"since": "06:00", "limit": 3, "offset": 0},
            '{"trips":[{"bike":"B-2231","from":"S-031","to":"S-140"},'
            '{"bike":"B-1187","from":"S-032","to":"S-087"},'
            '{"bike":"B-0912","from":"S-031","to":"S-140"}],"total":8}',
        ),
        C(
            "list_trips",
            {"since": "06:00", "limit": 3, "offset": 3},
            '{"trips":[{"bike":"B-3304","from":"S-087","to":"S-031"},'
            '{"bike":"B-2776","from":"S-032","to":"S-140"},'
            '{"bike":"B-1402","from":"S-031","to":"S-087"}],"total":8}',
        ),
        C(
            "list_trips",
            {"since": "06:00", "limit": 3, "offset": 6},
            '{"trips":[{"bike":"B-0455","from":"S-140","to":"S-031"},'
            '{"bike":"B-2001","from":"S-031","to":"S-140"}],"total":8}',
        ),
        C(
            "list_trips",
            {"since": "06:00", "limit": 3, "offset": 9},
            '{"trips":[],"total":8}',
        ),
    ],
    "page_remarks": ["next 3", "more", "last bit"],
    "pages_end": "8 trips since 6, nearly all riverside → uni. nobody's ended at market sq — "
    "makes sense if it's offline",
    "corrected": [
        C(
            "create_van_task",
            {"van": "V2", "pickup": "S-031", "drop": "S-112", "bikes": 25},
            '{"error":"CAPACITY","detail":"V2 cap 20, requested 25"}',
            True,
        ),
        "oops van only takes 20. doing 20",
        C(
            "create_van_task",
            {"van": "V2", "pickup": "S-031", "drop": "S-112", "bikes": 20},
            '{"task":"T-5530","state":"accepted","eta":"06:52"}',
        ),
        "sofia accepted, eta 6:52 at market sq 👍",
    ],
    "poll": {
        "start": C(
            "create_van_task",
            {"van": "V1", "pickup": "S-032", "drop": "S-140", "bikes": 18},
            '{"task":"T-5534","state":"accepted"}',
        ),
        "tool": "get_van_task",
        "args": {"task": "T-5534"},
        "statuses": [
            '{"task":"T-5534","state":"en_route_pickup"}',
            '{"task":"T-5534","state":"loading","loaded":9}',
            '{"task":"T-5534","state":"en_route_drop","loaded":18}',
            '{"task":"T-5534","state":"done","dropped":18}',
        ],
        "wait": C("sleep", {"s": 120}, "{}"),
        "end": "18 bikes at the uni ✅",
    },
    "entities": [
        C(
            "get_station",
            {"id": sid},
            obs,
        )
        for sid, obs in [
            ("S-087", '{"station":"S-087","name":"Station Rd","bikes":1,"docks":20,"online":true}'),
            (
                "S-140",
                '{"station":"S-140","name":"Uni Library","bikes":2,"docks":30,"online":true}',
            ),
            (
                "S-031",
                '{"station":"S-031","name":"Riverside N","bikes":22,"docks":22,"online":true}',
            ),
            (
                "S-032",
                '{"station":"S-032","name":"Riverside S","bikes":19,"docks":20,"online":true}',
            ),
            (
                "S-113",
                '{"station":"S-113","name":"Market Sq East","bikes":6,"docks":16,"online":true}',
            ),
        ]
    ],
    "entity_remarks": ["uni", "riverside N", "riverside S", "market sq east"],
    "entities_end": "so 41 spare bikes at riverside vs ~74 needed at station rd / uni / market "
    "sq. market sq east has 6 which helps a little",
    "transient": {
        "ok": C(
            "get_van_location",
            {"van": "V2"},
            '{"van":"V2","lat":51.4552,"lon":-2.5913,"near":"S-031","speed_kmh":0}',
        ),
        "errors": ['{"error":"GPS_PROVIDER_TIMEOUT"}', '{"error":"429 too many requests"}'],
        "wait": C("sleep", {"s": 10}, "{}"),
        "remark": "gps api being flaky, again in a sec",
        "end": "V2 parked at riverside N, ready to load",
    },
    "updates": [
        (
            C(
                "create_van_task",
                {"van": "V2", "pickup": "S-031", "drop": "S-112", "bikes": 20},
                '{"task":"T-5540","state":"accepted"}',
            ),
            "V2 heading riverside → market sq with 20",
        ),
        (
            C(
                "create_van_task",
                {"van": "V1", "pickup": "S-032", "drop": "S-140", "bikes": 18},
                '{"task":"T-5541","state":"accepted"}',
            ),
            "V1 doing riverside S → uni, 18 bikes",
        ),
        (
            C("get_van_task", {"task": "T-5540"}, '{"task":"T-5540","state":"done","dropped":20}'),
            "market sq has 20 now (dropped manually, dock still offline)",
        ),
        (
            C("get_van_task", {"task": "T-5541"}, '{"task":"T-5541","state":"done","dropped":18}'),
            "uni done too. station rd is the only one still short",
        ),
    ],
    "docs": [
        (
            C(
                "read_doc",
                {"doc": "ops_playbook.md"},
                "## offline station\n- bikes can still be docked manually, locks hold\n"
                "- rides can't *start* until controller is back\n- raise P2 fault",
            ),
            "playbook: offline station still holds bikes but nobody can undock them. so "
            "dropping 20 at market sq is pointless until it's back",
        ),
        (
            C(
                "read_doc",
                {"doc": "ctl_firmware_notes.md"},
                "3.4.1: known issue — SIM reattach fails after network maintenance, power "
                "cycle at cabinet fixes",
            ),
            "firmware 3.4.1 has a sim reattach bug, fix is a power cycle at the cabinet",
        ),
        (
            C(
                "read_doc",
                {"doc": "network_maint_1203.txt"},
                "Carrier maintenance 03 Dec 05:30-05:45, cells around city centre",
            ),
            "carrier did maintenance 5:30-5:45 this morning — right when S-112 dropped off",
        ),
        (
            C(
                "read_doc",
                {"doc": "shift_roster.csv"},
                "name,role,start\nkemal,van,06:00\nsofia,van,06:00\nprit,field tech,07:00",
            ),
            "field tech prit starts at 7",
        ),
    ],
    "docs_end": "so: prit power-cycles S-112 at 7, V2 drops at market sq right after. "
    "meanwhile V2 does station rd first",
    "draft": {
        "request": "write a quick msg to prit about S-112?",
        "drafts": [
            "hey prit, S-112 offline, can u look",
            "hey prit, market sq (S-112) offline since 5:41, looks like the sim bug after the "
            "carrier maintenance. can u power cycle the cabinet?",
            "hey prit, market sq (S-112) offline since 5:41, looks like the fw 3.4.1 sim bug "
            "after the carrier maintenance. can u power cycle the cabinet first thing at 7? "
            "V2 is waiting to drop 20 bikes there",
            "hey prit, market sq (S-112) offline since 5:41, looks like the fw 3.4.1 sim bug "
            "after the carrier maintenance. can u power cycle the cabinet first thing at 7? "
            "V2 is waiting to drop 20 bikes there. cabinet key is in van 1 🔑",
        ],
        "feedback": [
            "say why u think it's down",
            "he needs to know it's urgent - say when",
            "add that the cabinet key is in van 1",
        ],
    },
    "adjust": [
        (
            C(
                "set_rebalance_target",
                {"station": "S-087", "target_fill": 0.5},
                '{"S-087":{"target_bikes":10}}',
            ),
            C(
                "simulate_rush",
                {"station": "S-087"},
                '{"S-087":{"empty_at":"08:05","stockout_min":55}}',
            ),
            "empties at 8:05, too early. more",
        ),
        (
            C(
                "set_rebalance_target",
                {"station": "S-087", "target_fill": 0.9},
                '{"S-087":{"target_bikes":18}}',
            ),
            C(
                "simulate_rush",
                {"station": "S-087"},
                '{"S-087":{"empty_at":null,"stockout_min":0,"full_at":"07:40"}}',
            ),
            "now it fills up by 7:40 and people can't return. bit less",
        ),
        (
            C(
                "set_rebalance_target",
                {"station": "S-087", "target_fill": 0.75},
                '{"S-087":{"target_bikes":15}}',
            ),
            C(
                "simulate_rush",
                {"station": "S-087"},
                '{"S-087":{"empty_at":null,"stockout_min":0,"full_at":null}}',
            ),
            "15 bikes = no stockout, never full 👌",
        ),
    ],
    "adjust_end": "station rd target 15 bikes",
    "questions": [
        (
            "how many at station rd rn?",
            "checking",
            C(
                "get_station",
                {"id": "S-087"},
                '{"station":"S-087","bikes":3,"docks":20,"online":true}',
            ),
            "3 bikes at station rd",
        ),
        (
            "uni?",
            "sec",
            C(
                "get_station",
                {"id": "S-140"},
                '{"station":"S-140","bikes":20,"docks":30,"online":true}',
            ),
            "uni 20, V1 drop landed",
        ),
        (
            "and riverside n",
            "looking",
            C(
                "get_station",
                {"id": "S-031"},
                '{"station":"S-031","bikes":4,"docks":22,"online":true}',
            ),
            "riverside n down to 4, V2 took most",
        ),
        (
            "is market sq back??",
            "checking S-112",
            C(
                "get_station",
                {"id": "S-112"},
                '{"station":"S-112","bikes":20,"docks":24,"online":true,"last_seen":"07:06"}',
            ),
            "yes!! back online since 7:06 with 20 bikes 🎉",
        ),
    ],
    "reread": [
        C(
            "read_file",
            {"path": "shift/notes_1203.md"},
            "# 3 dec early\n- S-112 offline 05:41",
        ),
        "add the van moves",
        C(
            "append_file",
            {"path": "shift/notes_1203.md", "text": "- V2 20 bikes S-031→S-112, V1 18 S-032→S-140"},
            '{"ok":true}',
        ),
        C(
            "read_file",
            {"path": "shift/notes_1203.md"},
            "# 3 dec early\n- S-112 offline 05:41\n- V2 20 bikes S-031→S-112, V1 18 S-032→S-140",
        ),
        "and that prit fixed it",
        C(
            "append_file",
            {"path": "shift/notes_1203.md", "text": "- 07:06 S-112 back (prit power-cycled)"},
            '{"ok":true}',
        ),
        C(
            "read_file",
            {"path": "shift/notes_1203.md"},
            "# 3 dec early\n- S-112 offline 05:41\n- V2 20 bikes S-031→S-112, V1 18 S-032→S-140\n"
            "- 07:06 S-112 back (prit power-cycled)",
        ),
        "notes done",
    ],
    "search": [
        (
            C("search_faults", {"q": "offline"}, '{"hits":63}'),
            "lots. just CTL fw 3.4.1",
        ),
        (
            C("search_faults", {"q": "offline", "fw": "3.4.1"}, '{"hits":9,"stations":7}'),
            "9 on that fw. after carrier maintenance only?",
        ),
        (
            C(
                "search_faults",
                {"q": "offline", "fw": "3.4.1", "after": "carrier_maint"},
                '{"hits":6,"fix":{"power_cycle":6}}',
            ),
            "6/6 fixed by power cycle",
        ),
    ],
    "search_end": "every one of those was fixed with a power cycle. prit should do the same",
}


# 5. Court transcript production: formal and polite, line-numbered record layouts.

CT_AUDIO = (
    "RECORDING SEGMENT  Case 2025-CV-0418  Courtroom 6\n"
    "  1  10:42:07  [THE WITNESS]  ...and the invoice was sent on the --\n"
    "  2  10:42:11  [INAUDIBLE]\n"
    "  3  10:44:02  [MR. HALE]  Thank you. Nothing further.\n"
    "Channel 3 (witness mic): no signal 10:42:11-10:44:01"
)


def ct_noisy_args(rng: random.Random, i: int) -> dict[str, Any]:
    sec = 14 + i * 30 + rng.randint(0, 25)
    return {
        "case": "2025-CV-0418",
        "from": "10:42:00",
        "to": "10:44:10",
        "request_ts": f"2025-12-03T15:{sec // 60 + 2:02d}:{sec % 60:02d}.{rng.randint(0, 999):03d}Z",
    }


def ct_noisy(rng: random.Random, i: int) -> str:
    job = rng.randint(40000, 49999)
    return f"Printed 03/12/2025 15:{2 + i:02d}:{rng.randint(0, 59):02d}  ·  Job {job}\n{CT_AUDIO}"


COURT: Domain = {
    "name": "court_transcript_production",
    "task": (
        "Good afternoon. Counsel for the claimant in Hale v. Brightwater Ltd (2025-CV-0418) "
        "has ordered an expedited transcript of the 3 December hearing. Part of the witness's "
        "evidence, 10:42 to 10:44, is marked inaudible. Please produce the transcript, resolve "
        "the inaudible passage if it can be resolved, certify it and file it by Friday at 17:00."
    ),
    "openers": [
        "Good afternoon. I will begin by retrieving the order and the recording index.",
        "Thank you. I shall first review the transcript order and the state of the recording.",
        "Certainly. My first step is to consult the order and the audio log.",
    ],
    "first": [
        C(
            "get_order",
            {"order": "TO-8812"},
            "TRANSCRIPT ORDER TO-8812\n  Case ........ 2025-CV-0418 Hale v. Brightwater Ltd\n"
            "  Hearing ..... 03/12/2025, Courtroom 6\n  Service ..... Expedited (2 days)\n"
            "  Ordered by .. Ms. R. Adeyemi, counsel for claimant",
        ),
        C(
            "get_audio_log",
            {"case": "2025-CV-0418", "date": "2025-12-03"},
            "AUDIO LOG\n  Start 09:58:40  End 12:31:05  Channels 4\n"
            "  Ch1 bench  Ch2 counsel  Ch3 witness  Ch4 room\n  Alerts: Ch3 dropout 10:42:11",
        ),
        C(
            "get_draft_status",
            {"order": "TO-8812"},
            "DRAFT STATUS\n  Pages ........ 61\n  Proofed ...... pp. 1-40\n  Flags ........ 1 "
            "inaudible (p. 23, lines 4-9)",
        ),
    ],
    "stuck": C(
        "get_audio_segment",
        {"case": "2025-CV-0418", "from": "10:42:00", "to": "10:44:10"},
        CT_AUDIO,
    ),
    "look": [
        "I shall review the recording segment once more.",
        "Permit me to consult the segment again.",
        "I will listen to the passage again.",
        "Let me re-examine the recording between 10:42 and 10:44.",
        "I shall retrieve the segment again to be certain.",
        "Once more, the audio for the disputed passage.",
    ],
    "noisy": ct_noisy,
    "noisy_args": ct_noisy_args,
    "noisy_args_result": True,
    "intents": [
        [
            "I shall now request the room-microphone channel for the inaudible passage.",
            "The next step is to obtain channel 4, the room microphone, for 10:42 to 10:44.",
            "I will ask the court's recording office for the room channel covering the gap.",
            "My intention is to retrieve the room microphone audio for that interval.",
            "I propose to request channel 4 for the period of the dropout.",
            "I shall next seek the room-channel recording for the missing two minutes.",
        ],
        [
            "I shall write to both counsel asking whether they agree a reading of the passage.",
            "The next step is to circulate the passage to counsel for an agreed reading.",
            "I will invite counsel to agree the wording of the inaudible section.",
            "My intention is to seek an agreed note of the evidence from both parties.",
            "I propose to ask counsel whether they can agree what the witness said.",
            "I shall next approach counsel for their agreement on the passage.",
        ],
    ],
    "restate": "I shall now request the room-microphone channel for the passage.",
    "stall_start": C(
        "request_channel",
        {"case": "2025-CV-0418", "channel": 4, "from": "10:42:00", "to": "10:44:10"},
        "REQUEST RC-3307 logged. State: awaiting clerk approval.",
    ),
    "stall_check": C(
        "get_request",
        {"ref": "RC-3307"},
        "REQUEST RC-3307\n  State ........ Awaiting clerk approval\n  Clerk ........ (unassigned)",
    ),
    "stall_msgs": [
        "The request RC-3307 remains awaiting the clerk's approval.",
        "RC-3307 is still awaiting approval; no clerk has been assigned.",
        "There is as yet no change: RC-3307 awaits clerk approval.",
        "The channel request continues to await the clerk's approval.",
        "RC-3307: still awaiting clerk approval, still unassigned.",
    ],
    "ab": [
        C(
            "get_audio_segment",
            {"case": "2025-CV-0418", "from": "10:42:00", "to": "10:44:10"},
            CT_AUDIO,
        ),
        C(
            "get_draft_page",
            {"order": "TO-8812", "page": 23},
            "PAGE 23\n  3  A. The invoice was sent on the --\n  4  (Inaudible)\n  9  MR. HALE: "
            "Thank you. Nothing further.",
        ),
    ],
    "setting": {
        "tool": "set_audio_filter",
        "key": "filter",
        "base_args": {"channel": 3},
        "values": ["none", "noise_reduction", "voice_boost"],
        "reply": lambda v: f"FILTER APPLIED\n  Channel 3 ... {v}",
        "check": C(
            "get_audio_segment",
            {"case": "2025-CV-0418", "from": "10:42:00", "to": "10:44:10"},
            CT_AUDIO,
        ),
        "remark": "I shall apply the {v} filter to channel 3 and listen again.",
    },
    "cycle": [
        C(
            "get_audio_segment",
            {"case": "2025-CV-0418", "from": "10:42:00", "to": "10:44:10"},
            CT_AUDIO,
        ),
        C(
            "get_draft_page",
            {"order": "TO-8812", "page": 23},
            "PAGE 23\n  3  A. The invoice was sent on the --\n  4  (Inaudible)\n  9  MR. HALE: "
            "Thank you. Nothing further.",
        ),
        C(
            "get_clerk_notes",
            {"case": "2025-CV-0418", "date": "2025-12-03"},
            "CLERK'S NOTES\n  10:40 Witness Ms. Park sworn\n  10:44 Cross-examination ends",
        ),
    ],
    "fail": C(
        "certify_transcript",
        {"order": "TO-8812", "certifier": "J. Moreland"},
        "CERTIFICATION REFUSED: the transcript contains 1 unresolved flag (p. 23). Flags must "
        "be resolved or annotated before certification.",
        True,
    ),
    "fail_variants": [
        {"order": "TO-8812", "certifier": "Moreland, J."},
        {"order_id": "TO-8812", "certified_by": "J. Moreland"},
        {"order": "to-8812", "certifier": "J. Moreland", "pages": "1-61"},
        {"order": "TO-8812", "certifier": "J. Moreland", "override": True},
        {"order": "TO-8812", "certifier": "J. Moreland", "date": "03 December 2025"},
    ],
    "fail_id": lambda rng: f"\n  Correlation ... {rng.randint(10**7, 10**8 - 1)}",
    "regen": {
        "call": C(
            "auto_transcribe",
            {"case": "2025-CV-0418", "from": "10:42:00", "to": "10:44:10", "channel": 3},
            "",
        ),
        "outputs": [
            "A. ...the invoice was sent on the [confidence 0.21] fifth of [0.18] March",
            "A. ...sent on the [confidence 0.16] fifteenth, [0.22] I believe",
            "A. ...on the [confidence 0.19] first of May [0.14] or thereabouts",
            "A. ...the [confidence 0.12] fifth [0.20] and then resent",
            "A. ...sent [confidence 0.17] in March, on the [0.11] ninth",
        ],
        "rejects": [
            "The confidence is below 0.25 throughout; this cannot be placed in a certified record.",
            "Again every word is under 0.25 confidence. Not usable; I shall run it again.",
            "This output is likewise far below the confidence threshold for a record.",
            "Once more the transcription is a guess at 0.2 confidence. I cannot use it.",
            "Still no better than 0.22 confidence. Rejected for the same reason.",
        ],
    },
    "after_kind": "apology",
    "pages": [
        C(
            "list_exhibits",
            {"case": "2025-CV-0418", "page": 1},
            "EXHIBITS (1 of 2)\n  C1  Invoice 4471, 05/03/2025\n  C2  Email chain, March 2025\n"
            "  C3  Delivery note DN-118",
        ),
        C(
            "list_exhibits",
            {"case": "2025-CV-0418", "page": 2},
            "EXHIBITS (2 of 2)\n  D1  Statement of account\n  D2  Letter before action, June 2025",
        ),
    ],
    "page_remarks": ["I shall retrieve the second page of exhibits."],
    "pages_end": "Exhibit C1 is an invoice dated 5 March 2025, which may assist with the "
    "inaudible passage concerning when the invoice was sent.",
    "corrected": [
        C(
            "get_draft_page",
            {"order": "TO-8812", "page": "23-24"},
            "ERROR: 'page' must be a single integer.",
            True,
        ),
        "The page parameter accepts only one page; I shall request page 23 alone.",
        C(
            "get_draft_page",
            {"order": "TO-8812", "page": 23},
            "PAGE 23\n  3  A. The invoice was sent on the --\n  4  (Inaudible)\n  9  MR. HALE: "
            "Thank you. Nothing further.",
        ),
        "The flag covers lines 4 to 8 on page 23.",
    ],
    "poll": {
        "start": C(
            "request_channel",
            {"case": "2025-CV-0418", "channel": 4, "from": "10:42:00", "to": "10:44:10"},
            "REQUEST RC-3311 logged.",
        ),
        "tool": "get_request",
        "args": {"ref": "RC-3311"},
        "statuses": [
            "REQUEST RC-3311\n  State ........ Awaiting clerk approval",
            "REQUEST RC-3311\n  State ........ Approved (Clerk D. Osei)",
            "REQUEST RC-3311\n  State ........ Extracting audio",
            "REQUEST RC-3311\n  State ........ Available: rc3311_ch4.wav (2 min 10 s)",
        ],
        "wait": C("wait", {"minutes": 10}, "Waited 10 minutes."),
        "end": "The room channel is now available for the passage; I shall listen to it.",
    },
    "same": {
        "steps": [
            C(
                "check_reporting_restriction",
                {"case": "2025-CV-0418", "person": p},
                "RESTRICTIONS\n  None recorded.",
            )
            for p in [
                "Ms. J. Park",
                "Mr. T. Hale",
                "Ms. R. Adeyemi",
                "Mr. L. Grant",
                "Brightwater Ltd",
            ]
        ],
        "remarks": [
            "Next, the claimant.",
            "Counsel for the claimant.",
            "Counsel for the defendant.",
            "Finally, the defendant company.",
        ],
        "end": "No reporting restrictions apply to any person named; no redaction is needed.",
    },
    "transient": {
        "ok": C(
            "file_transcript",
            {"order": "TO-8812", "file": "TO-8812_certified.pdf"},
            "FILED\n  Document ..... TO-8812_certified.pdf (61 pp.)\n  Filed ........ "
            "04/12/2025 16:12",
        ),
        "errors": [
            "ERROR 503: e-filing portal unavailable. Please try again later.",
            "ERROR: upload interrupted (connection reset).",
        ],
        "wait": C("wait", {"minutes": 3}, "Waited 3 minutes."),
        "remark": "The e-filing portal is temporarily unavailable; I shall try again shortly.",
        "end": "The certified transcript was filed at 16:12 on 4 December, ahead of the deadline.",
    },
    "updates": [
        (
            C(
                "get_draft_status",
                {"order": "TO-8812"},
                "DRAFT STATUS\n  Proofed ...... pp. 1-61\n  Flags ........ 1",
            ),
            "Proofreading of all 61 pages is complete; one flag remains.",
        ),
        (
            C(
                "get_request",
                {"ref": "RC-3311"},
                "REQUEST RC-3311\n  State ........ Available: rc3311_ch4.wav",
            ),
            "The room-channel audio for the passage has been supplied.",
        ),
        (
            C(
                "resolve_flag",
                {"order": "TO-8812", "page": 23, "text": "on the fifth of March."},
                "FLAG RESOLVED  p. 23 lines 4-8",
            ),
            "The passage has been resolved from the room channel: 'on the fifth of March.'",
        ),
        (
            C(
                "certify_transcript",
                {"order": "TO-8812", "certifier": "J. Moreland"},
                "CERTIFIED  TO-8812  04/12/2025 15:58",
            ),
            "The transcript has been certified and is ready for filing.",
        ),
    ],
    "docs": [
        (
            C(
                "read_doc",
                {"doc": "practice_direction_transcripts.txt"},
                "Where a passage cannot be heard it shall be marked '(inaudible)' with the "
                "time. A transcriber shall not supply words from inference.",
            ),
            "The practice direction forbids supplying words by inference; an unresolved "
            "passage must be marked inaudible with the time.",
        ),
        (
            C(
                "read_doc",
                {"doc": "recording_office_guide.txt"},
                "Room microphone (Ch4) recordings are retained for 90 days and may be released "
                "to transcribers on clerk approval.",
            ),
            "The room microphone is retained and may be released on the clerk's approval.",
        ),
        (
            C(
                "read_doc",
                {"doc": "fees_schedule_2025.txt"},
                "Expedited (2 working days): £1.95 per folio of 90 words. Certification included.",
            ),
            "The expedited rate is £1.95 per folio of 90 words, certification included.",
        ),
        (
            C(
                "read_doc",
                {"doc": "order_TO-8812_notes.txt"},
                "Counsel asks particularly for the witness's evidence on the date the invoice "
                "was sent.",
            ),
            "Counsel's particular interest is precisely the passage that is inaudible.",
        ),
    ],
    "docs_end": "I shall therefore request the room channel; if the passage remains inaudible "
    "it must be so marked, without inference.",
    "draft": {
        "request": "Please draft the covering letter to Ms. Adeyemi.",
        "drafts": [
            "Dear Ms. Adeyemi, please find the transcript enclosed. Yours sincerely.",
            "Dear Ms. Adeyemi,\n\nPlease find enclosed the certified transcript of the "
            "hearing of 3 December 2025 in Hale v. Brightwater Ltd (61 pages).\n\nYours "
            "sincerely",
            "Dear Ms. Adeyemi,\n\nPlease find enclosed the certified transcript of the "
            "hearing of 3 December 2025 in Hale v. Brightwater Ltd (61 pages). The passage at "
            "10:42-10:44, inaudible on the witness channel, was resolved from the room "
            "microphone (p. 23, lines 4-8).\n\nYours sincerely",
            "Dear Ms. Adeyemi,\n\nPlease find enclosed the certified transcript of the "
            "hearing of 3 December 2025 in Hale v. Brightwater Ltd (61 pages). The passage at "
            "10:42-10:44, inaudible on the witness channel, was resolved from the room "
            "microphone (p. 23, lines 4-8).\n\nOur invoice for 412 folios at the expedited "
            "rate of £1.95 (£803.40) follows separately.\n\nYours sincerely\nJ. Moreland",
        ],
        "feedback": [
            "Please give the case name, the hearing date and the page count.",
            "She will want to know about the inaudible passage.",
            "Add the fee and sign it from J. Moreland.",
        ],
    },
    "adjust": [
        (
            C("set_playback_gain", {"channel": 4, "gain_db": 6}, "Channel 4 gain: +6 dB"),
            C(
                "get_audio_segment",
                {"case": "2025-CV-0418", "from": "10:42:00", "to": "10:44:10", "channel": 4},
                "  2  10:42:11  [THE WITNESS]  ...on the [indistinct] of March.",
            ),
            "At +6 dB one word is still indistinct. I shall raise the gain.",
        ),
        (
            C("set_playback_gain", {"channel": 4, "gain_db": 15}, "Channel 4 gain: +15 dB"),
            C(
                "get_audio_segment",
                {"case": "2025-CV-0418", "from": "10:42:00", "to": "10:44:10", "channel": 4},
                "  2  10:42:11  [THE WITNESS]  [clipped] ...of March. [clipped]",
            ),
            "At +15 dB the audio clips. I shall reduce it somewhat.",
        ),
        (
            C("set_playback_gain", {"channel": 4, "gain_db": 10}, "Channel 4 gain: +10 dB"),
            C(
                "get_audio_segment",
                {"case": "2025-CV-0418", "from": "10:42:00", "to": "10:44:10", "channel": 4},
                "  2  10:42:11  [THE WITNESS]  ...on the fifth of March.",
            ),
            "At +10 dB the passage is clear: 'on the fifth of March.'",
        ),
    ],
    "adjust_end": "The passage is resolved at +10 dB on the room channel.",
    "questions": [
        (
            "How many folios will the transcript run to?",
            "I shall calculate that.",
            C("count_folios", {"order": "TO-8812"}, "FOLIOS  412 (37,080 words)"),
            "It runs to 412 folios.",
        ),
        (
            "And the cross-examination alone?",
            "I shall count that portion.",
            C(
                "count_folios",
                {"order": "TO-8812", "section": "cross-examination"},
                "FOLIOS  96 (8,640 words)",
            ),
            "The cross-examination is 96 folios.",
        ),
        (
            "The judgment?",
            "Counting the judgment.",
            C(
                "count_folios",
                {"order": "TO-8812", "section": "judgment"},
                "FOLIOS  0 (judgment reserved)",
            ),
            "There is none: judgment was reserved.",
        ),
        (
            "The submissions?",
            "Counting closing submissions.",
            C(
                "count_folios",
                {"order": "TO-8812", "section": "submissions"},
                "FOLIOS  71 (6,390 words)",
            ),
            "Closing submissions come to 71 folios.",
        ),
    ],
    "reread": [
        C(
            "read_file",
            {"path": "TO-8812/p23.txt"},
            "  3  A. The invoice was sent on the --\n  4  (Inaudible)\n  9  MR. HALE: Thank "
            "you. Nothing further.",
        ),
        "I shall replace the inaudible marker with the resolved words.",
        C(
            "edit_file",
            {"path": "TO-8812/p23.txt", "line": 4, "text": "  4  fifth of March."},
            "Line 4 replaced.",
        ),
        C(
            "read_file",
            {"path": "TO-8812/p23.txt"},
            "  3  A. The invoice was sent on the --\n  4  fifth of March.\n  9  MR. HALE: "
            "Thank you. Nothing further.",
        ),
        "Line 3 should run on without the dash; I shall correct it.",
        C(
            "edit_file",
            {"path": "TO-8812/p23.txt", "line": 3, "text": "  3  A. The invoice was sent on the"},
            "Line 3 replaced.",
        ),
        C(
            "read_file",
            {"path": "TO-8812/p23.txt"},
            "  3  A. The invoice was sent on the\n  4  fifth of March.\n  9  MR. HALE: Thank "
            "you. Nothing further.",
        ),
        "Page 23 now reads correctly.",
    ],
    "search": [
        (
            C("search_transcript", {"order": "TO-8812", "q": "invoice"}, "MATCHES  34"),
            "Thirty-four references; I shall confine the search to the witness's evidence.",
        ),
        (
            C(
                "search_transcript",
                {"order": "TO-8812", "q": "invoice", "speaker": "THE WITNESS"},
                "MATCHES  9  (pp. 19-24)",
            ),
            "Nine; I shall restrict to those mentioning a date.",
        ),
        (
            C(
                "search_transcript",
                {"order": "TO-8812", "q": "invoice", "speaker": "THE WITNESS", "has_date": True},
                "MATCHES  2\n  p. 20 l. 11  'dated the fifth of March'\n  p. 22 l. 2  'sent "
                "the same day it was dated'",
            ),
            "The witness twice refers to the invoice date of 5 March.",
        ),
    ],
    "search_end": "This is consistent with the room-channel reading; it does not replace it, "
    "since inference is not permitted.",
}


# 6. Book prepress: chatty-professional, markdown, preflight reports.

PP_REPORT = (
    "Preflight: salt_orchard_interior_v3.pdf (PDF/X-4 profile)\n"
    "[ERROR] Font not embedded: Garamond Premier Pro Italic (pp. 12, 88, 201)\n"
    "[ERROR] Page size 129x198 mm, expected 135x216 mm (trim + 3 mm bleed)\n"
    "[WARN]  Image below 250 ppi: map_frontispiece.tif (180 ppi)\n"
    "Result: FAIL (2 errors, 1 warning)"
)


def pp_noisy(rng: random.Random, i: int) -> str:
    run = 1274 + i
    secs = rng.randint(28, 61) / 10
    stamp = f"2025-12-03 09:{14 + 2 * i:02d}:{rng.randint(0, 59):02d}"
    head = f"Preflight run #{run} — {stamp} — {secs:.1f} s — job {hexid(rng, 6)}-{hexid(rng, 4)}"
    return f"{head}\n{PP_REPORT}"


PREPRESS: Domain = {
    "name": "book_prepress",
    "task": (
        "Hiya — *The Salt Orchard* (320pp, 135×216, Harrow & Finch) is booked on press "
        "Tuesday 9 Dec at 06:00 and the interior PDF keeps failing preflight at the printer. "
        "Cover spine might be off too since the page count changed. Can you get both files "
        "passing and approved? Slot is lost if they're not in by Monday noon."
    ),
    "openers": [
        "Hi! Let me run the interior through preflight first so we know what we're dealing with.",
        "Sure — first up I'll grab the job ticket and the latest preflight.",
        "On it. I'll start with the printer's job ticket.",
    ],
    "first": [
        C(
            "get_job_ticket",
            {"job": "HF-2291"},
            "**Job HF-2291** — The Salt Orchard\n- Trim: 135 × 216 mm\n- Extent: 320 pp\n"
            "- Paper: 70gsm Munken Premium Cream\n- Press: Tue 9 Dec 06:00\n- Files due: Mon "
            "8 Dec 12:00",
        ),
        C("run_preflight", {"file": "salt_orchard_interior_v3.pdf"}, PP_REPORT),
        C(
            "get_cover_spec",
            {"job": "HF-2291"},
            "Cover spec: spine = extent × 0.0935 mm + 1 mm = 30.9 mm for 320 pp\n"
            "cover file spine: 29.6 mm (built for 306 pp)",
        ),
    ],
    "stuck": C("run_preflight", {"file": "salt_orchard_interior_v3.pdf"}, PP_REPORT),
    "look": [
        "Let me run preflight again and see.",
        "Running it through preflight once more.",
        "One more preflight pass on v3.",
        "Let's preflight it again — maybe it was a fluke?",
        "Re-running preflight on the interior.",
        "Giving preflight another go.",
    ],
    "noisy": pp_noisy,
    "intents": [
        [
            "Next I'll re-export the interior from InDesign with all fonts embedded.",
            "So the fix is a fresh export with font embedding switched on — doing that next.",
            "I'll re-export the PDF, making sure Garamond Premier Pro Italic is embedded.",
            "Time to redo the export from InDesign with fonts fully embedded.",
            "Let me re-export v4 with the PDF/X-4 preset so the italic gets embedded.",
            "Re-exporting the interior with embedded fonts is the next step.",
        ],
        [
            "I'll rebuild the cover at a 30.9 mm spine.",
            "Next: widen the cover spine to 30.9 mm for the 320 pages.",
            "The cover needs re-doing with the 30.9 mm spine — I'll do that now.",
            "Let me fix the spine on the cover file, 29.6 → 30.9 mm.",
            "Going to rebuild the cover template for a 320pp spine.",
            "Cover next: spine out to 30.9 mm.",
        ],
    ],
    "restate": "I'll re-export the interior with all fonts embedded now.",
    "stall_start": C(
        "upload_to_printer",
        {"job": "HF-2291", "file": "salt_orchard_cover_v2.pdf"},
        "Upload received. Soft proof SP-6620 requested — status: **waiting for prepress "
        "operator**.",
    ),
    "stall_check": C(
        "get_soft_proof",
        {"proof": "SP-6620"},
        "Soft proof SP-6620\n- Status: waiting for prepress operator\n- Operator: —",
    ),
    "stall_msgs": [
        "Soft proof SP-6620 is still waiting for an operator.",
        "Still waiting on the printer's prepress operator for SP-6620.",
        "SP-6620 — still waiting for prepress, nobody assigned yet.",
        "No change: the soft proof is still waiting for an operator.",
        "Still waiting for prepress on SP-6620, I'm afraid.",
    ],
    "ab": [
        C("run_preflight", {"file": "salt_orchard_interior_v3.pdf"}, PP_REPORT),
        C(
            "list_fonts",
            {"file": "salt_orchard_interior_v3.pdf"},
            "| font | type | embedded |\n|---|---|---|\n| Garamond Premier Pro | OpenType CFF | "
            "yes (subset) |\n| Garamond Premier Pro Italic | OpenType CFF | **no** |\n| Gill "
            "Sans Nova | OpenType CFF | yes (subset) |",
        ),
    ],
    "setting": {
        "tool": "set_export_preset",
        "key": "preset",
        "base_args": {"doc": "salt_orchard.indd"},
        "values": ["[PDF/X-4:2008]", "[Press Quality]", "[High Quality Print]"],
        "reply": lambda v: f"Export preset set to {v}. Exported salt_orchard_interior_v3.pdf.",
        "check": C("run_preflight", {"file": "salt_orchard_interior_v3.pdf"}, PP_REPORT),
        "remark": "Let's try exporting with the {v} preset instead.",
    },
    "cycle": [
        C("run_preflight", {"file": "salt_orchard_interior_v3.pdf"}, PP_REPORT),
        C(
            "list_fonts",
            {"file": "salt_orchard_interior_v3.pdf"},
            "| font | type | embedded |\n|---|---|---|\n| Garamond Premier Pro | OpenType CFF | "
            "yes (subset) |\n| Garamond Premier Pro Italic | OpenType CFF | **no** |\n| Gill "
            "Sans Nova | OpenType CFF | yes (subset) |",
        ),
        C(
            "get_font_licence",
            {"font": "Garamond Premier Pro Italic"},
            "Licence: Adobe Fonts (activated)\nEmbedding: **not permitted** in PDF when "
            "activated via Adobe Fonts sync on this machine (sync is off)",
        ),
    ],
    "fail": C(
        "submit_files",
        {"job": "HF-2291", "interior": "salt_orchard_interior_v3.pdf"},
        "Rejected by printer portal: file did not pass the mandatory preflight (2 errors).",
        True,
    ),
    "fail_id": lambda rng: f" Submission ID: SUB-{rng.randint(100000, 999999)}.",
    "regen": {
        "call": C(
            "auto_impose",
            {"file": "salt_orchard_interior_v3.pdf", "signature": 32, "sheet": "SRA1"},
            "",
        ),
        "outputs": [
            "Imposed 10 signatures × 32pp. Creep compensation: off. Last sig: 32pp.",
            "Imposed 10 × 32pp (sheetwise). Creep compensation: none. Gripper 12 mm.",
            "Imposed 20 × 16pp. Creep compensation: off.",
            "Imposed 10 × 32pp work-and-turn. Creep: 0.00 mm.",
            "Imposed 9 × 32pp + 1 × 32pp. Creep compensation: disabled.",
        ],
        "rejects": [
            "Hmm, creep compensation is off again — on 70gsm at 32pp that'll shift the "
            "inner pages. Not usable.",
            "Still no creep compensation. The printer insists on it for this stock.",
            "No creep again :( re-running the imposition.",
            "Creep 0.00 mm — same problem. Rejecting.",
            "Once again imposed without creep, so the margins will wander. Try again.",
        ],
    },
    "after_kind": "failing",
    "pages": [
        C(
            "list_proof_comments",
            {"proof": "SP-6611", "cursor": None},
            "- p.12 italic shows as fallback font\n- p.45 widow line\n- p.88 italic fallback\n"
            "_next: cur_2_",
        ),
        C(
            "list_proof_comments",
            {"proof": "SP-6611", "cursor": "cur_2"},
            "- p.133 running head says 'Chapter Nine' on ch. 10\n- p.201 italic fallback\n"
            "- p.318 blank verso should carry colophon\n_next: —_",
        ),
    ],
    "page_remarks": ["There's another page of comments."],
    "pages_end": "Six comments in all: three are the italic-font problem, plus a widow on "
    "p.45, a wrong running head on p.133 and the missing colophon on p.318.",
    "corrected": [
        C(
            "get_cover_spec",
            {"job": "HF-2291", "extent": "320pp"},
            "Error: extent must be an integer number of pages.",
            True,
        ),
        "Ah — it wants a bare number, not '320pp'.",
        C(
            "get_cover_spec",
            {"job": "HF-2291", "extent": 320},
            "Cover spec: spine = 320 × 0.0935 + 1 = **30.9 mm**. Total cover width "
            "135+30.9+135+2×3 = 306.9 mm.",
        ),
        "So the full cover should be 306.9 mm wide with a 30.9 mm spine.",
    ],
    "poll": {
        "start": C(
            "upload_to_printer",
            {"job": "HF-2291", "file": "salt_orchard_interior_v4.pdf"},
            "Upload received. Soft proof SP-6631 requested.",
        ),
        "tool": "get_soft_proof",
        "args": {"proof": "SP-6631"},
        "statuses": [
            "Soft proof SP-6631\n- Status: queued",
            "Soft proof SP-6631\n- Status: ripping (page 140/320)",
            "Soft proof SP-6631\n- Status: ripping (page 320/320)",
            "Soft proof SP-6631\n- Status: **ready for approval**",
        ],
        "wait": C("wait", {"minutes": 4}, "(waited 4 min)"),
        "end": "SP-6631 is ready — I'll go through it and then approve.",
    },
    "same": {
        "steps": [
            C(
                "check_image",
                {"file": "salt_orchard_interior_v4.pdf", "image": img},
                "✓ 300 ppi effective, grayscale, no ICC issues",
            )
            for img in [
                "orchard_ch1.tif",
                "ladder_ch4.tif",
                "harbour_ch7.tif",
                "salt_pans_ch11.tif",
                "tree_endpiece.tif",
            ]
        ],
        "remarks": ["Chapter 4's image.", "Chapter 7.", "Chapter 11.", "And the endpiece."],
        "end": "All five chapter images check out at 300 ppi — only the frontispiece map was "
        "low-res.",
    },
    "transient": {
        "ok": C(
            "download_file",
            {"url": "sftp://harrowfinch/proofs/SP-6631.pdf"},
            "Saved SP-6631.pdf (48.2 MB).",
        ),
        "errors": ["sftp: connection reset by peer", "sftp: timeout after 60s"],
        "wait": C("wait", {"seconds": 30}, "(waited 30 s)"),
        "remark": "Flaky connection to the publisher's server — trying again.",
        "end": "Got the soft proof locally; checking the italic pages first.",
    },
    "updates": [
        (
            C(
                "set_font_sync",
                {"font": "Garamond Premier Pro Italic", "sync": True},
                "Adobe Fonts sync: ON. Embedding permitted.",
            ),
            "italic font sync is back on, so it can be embedded now.",
        ),
        (
            C(
                "export_pdf",
                {"doc": "salt_orchard.indd", "preset": "[PDF/X-4:2008]", "bleed_mm": 3},
                "Exported salt_orchard_interior_v4.pdf (320 pp, 141×222 mm incl. bleed).",
            ),
            "v4 exported with 3 mm bleed.",
        ),
        (
            C(
                "run_preflight",
                {"file": "salt_orchard_interior_v4.pdf"},
                "Preflight: salt_orchard_interior_v4.pdf\n[WARN] Image below 250 ppi: "
                "map_frontispiece.tif (180 ppi)\nResult: PASS with 1 warning",
            ),
            "interior passes — just the low-res map warning left.",
        ),
        (
            C(
                "run_preflight",
                {"file": "salt_orchard_cover_v3.pdf"},
                "Preflight: salt_orchard_cover_v3.pdf\nSpine 30.9 mm ✓\nResult: PASS",
            ),
            "cover passes too with the 30.9 mm spine.",
        ),
    ],
    "docs": [
        (
            C(
                "read_doc",
                {"doc": "printer_file_spec.pdf"},
                "Single pages, PDF/X-4, 3 mm bleed, all fonts embedded, images ≥ 250 ppi. "
                "Cover as one spread incl. spine.",
            ),
            "Printer wants single pages, PDF/X-4, 3 mm bleed, fonts embedded, images at 250 "
            "ppi or more.",
        ),
        (
            C(
                "read_doc",
                {"doc": "font_licence_faq.md"},
                "Adobe Fonts may be embedded in PDFs for print **only while the font is synced**.",
            ),
            "Fonts from Adobe Fonts can be embedded only while synced — ours was unsynced.",
        ),
        (
            C(
                "read_doc",
                {"doc": "editor_email_1201.eml"},
                "Final extent went from 306 to 320 after the epilogue was reinstated. Sorry!",
            ),
            "The extent grew from 306 to 320 when the epilogue came back, hence the spine.",
        ),
        (
            C(
                "read_doc",
                {"doc": "map_source.txt"},
                "Frontispiece map: original at 600 ppi on the designer's drive "
                "(maps/orchard_map_600.tif).",
            ),
            "There's a 600 ppi original of the map we can swap in.",
        ),
    ],
    "docs_end": "So: resync the font, export with bleed, swap in the 600 ppi map, rebuild "
    "the cover at 30.9 mm.",
    "draft": {
        "request": "can you write the note to the printer to go with the files?",
        "drafts": [
            "Hi, new files attached for HF-2291. Thanks!",
            "Hi Dana,\n\nRevised files for **HF-2291 The Salt Orchard** attached:\n- "
            "interior v4 (320 pp, fonts embedded, 3 mm bleed)\n- cover v3\n\nThanks!",
            "Hi Dana,\n\nRevised files for **HF-2291 The Salt Orchard** attached:\n- "
            "interior v4 (320 pp, fonts embedded, 3 mm bleed, 600 ppi map)\n- cover v3 (spine "
            "30.9 mm for 320 pp)\n\nThanks!",
            "Hi Dana,\n\nRevised files for **HF-2291 The Salt Orchard** attached:\n- "
            "interior v4 (320 pp, fonts embedded, 3 mm bleed, 600 ppi map)\n- cover v3 (spine "
            "30.9 mm for 320 pp)\n\nBoth pass PDF/X-4 preflight here. Could you confirm we "
            "keep the Tue 9 Dec 06:00 slot?\n\nThanks!",
        ],
        "feedback": [
            "use Dana's name and list what changed",
            "mention the spine width and the map fix",
            "ask her to confirm the press slot",
        ],
    },
    "adjust": [
        (
            C(
                "set_cover_spine",
                {"file": "salt_orchard_cover.indd", "spine_mm": 30.0},
                "Spine set to 30.0 mm.",
            ),
            C(
                "check_spine_text",
                {"file": "salt_orchard_cover.indd"},
                "Spine title fits; spine 0.9 mm narrower than spec.",
            ),
            "0.9 mm short. Widen.",
        ),
        (
            C(
                "set_cover_spine",
                {"file": "salt_orchard_cover.indd", "spine_mm": 31.5},
                "Spine set to 31.5 mm.",
            ),
            C(
                "check_spine_text",
                {"file": "salt_orchard_cover.indd"},
                "Spine 0.6 mm wider than spec; title off-centre by 0.3 mm.",
            ),
            "Overshot by 0.6 mm. Back a bit.",
        ),
        (
            C(
                "set_cover_spine",
                {"file": "salt_orchard_cover.indd", "spine_mm": 30.9},
                "Spine set to 30.9 mm.",
            ),
            C(
                "check_spine_text",
                {"file": "salt_orchard_cover.indd"},
                "Spine matches spec (30.9 mm); title centred.",
            ),
            "Spot on: 30.9 mm, title centred.",
        ),
    ],
    "adjust_end": "Cover spine is at spec — exporting cover v3.",
    "questions": [
        (
            "what's on p.12 now?",
            "Let me look at p.12.",
            C(
                "render_page",
                {"file": "salt_orchard_interior_v4.pdf", "page": 12},
                "p.12: body in Garamond Premier Pro; italics in Garamond Premier Pro Italic "
                "(embedded) ✓",
            ),
            "p.12's italics now render in the real italic, embedded.",
        ),
        (
            "and p.133?",
            "Checking p.133.",
            C(
                "render_page",
                {"file": "salt_orchard_interior_v4.pdf", "page": 133},
                "p.133: running head 'Chapter Nine' (chapter 10 starts p.129)",
            ),
            "p.133 still has the wrong running head — 'Chapter Nine' in chapter ten. Needs fixing.",
        ),
        (
            "p.318?",
            "Looking at p.318.",
            C(
                "render_page",
                {"file": "salt_orchard_interior_v4.pdf", "page": 318},
                "p.318: blank",
            ),
            "p.318 is still blank, the colophon isn't there.",
        ),
        (
            "and the frontispiece?",
            "Checking page 2.",
            C(
                "render_page",
                {"file": "salt_orchard_interior_v4.pdf", "page": 2},
                "p.2: map_frontispiece.tif, 600 ppi effective ✓",
            ),
            "Frontispiece map is the 600 ppi version now. 👍",
        ),
    ],
    "reread": [
        C(
            "read_file",
            {"path": "text/colophon.txt"},
            "Set in Garamond Premier Pro.\nPrinted by —",
        ),
        "Fill in the printer.",
        C(
            "edit_file",
            {
                "path": "text/colophon.txt",
                "find": "Printed by —",
                "replace": "Printed and bound by Castlegate Print, Leeds.",
            },
            "1 change",
        ),
        C(
            "read_file",
            {"path": "text/colophon.txt"},
            "Set in Garamond Premier Pro.\nPrinted and bound by Castlegate Print, Leeds.",
        ),
        "Add the paper line, the publisher likes that.",
        C(
            "edit_file",
            {"path": "text/colophon.txt", "append": "Paper: Munken Premium Cream 70gsm, FSC®."},
            "1 change",
        ),
        C(
            "read_file",
            {"path": "text/colophon.txt"},
            "Set in Garamond Premier Pro.\nPrinted and bound by Castlegate Print, Leeds.\n"
            "Paper: Munken Premium Cream 70gsm, FSC®.",
        ),
        "Colophon's complete — I'll place it on p.318.",
    ],
    "search": [
        (
            C("search_doc", {"doc": "salt_orchard.indd", "q": "Chapter Nine"}, "7 matches"),
            "Seven — the chapter itself plus running heads. Just master pages?",
        ),
        (
            C(
                "search_doc",
                {"doc": "salt_orchard.indd", "q": "Chapter Nine", "scope": "master_pages"},
                "2 matches: master C-Chapter9 (left, right)",
            ),
            "Only the C master. Which pages use it?",
        ),
        (
            C(
                "search_doc",
                {"doc": "salt_orchard.indd", "master": "C-Chapter9", "list": "pages"},
                "pages 115-136",
            ),
            "Pages 115-136 use it, but chapter ten starts at 129.",
        ),
    ],
    "search_end": "Fix: apply the chapter-ten master to pp.129-136.",
}


# 7. Hotel revenue management: business-terse, YAML-ish observations.

HT_PICKUP = (
    "date_range: 2025-12-12..2025-12-14\n"
    "rooms_total: 180\n"
    "on_books: {fri: 121, sat: 134, sun: 58}\n"
    "forecast: {fri: 165, sat: 172, sun: 90}\n"
    "group_block: {name: MedTech Summit, held: 60, picked_up: 23, cutoff: 2025-12-05}"
)


def ht_noisy_args(rng: random.Random, i: int) -> dict[str, Any]:
    return {
        "hotel": "GRD-LDN",
        "from": "2025-12-12",
        "to": "2025-12-14",
        "nocache": rng.randint(10**5, 10**6 - 1),
        "sent_at": 1764763200 + i * 60 + rng.randint(0, 50),
    }


def ht_noisy(rng: random.Random, i: int) -> str:
    head = f"generated: 2025-12-03 11:{5 + i:02d}:{rng.randint(0, 59):02d}\ncache: {rng.choice(['MISS', 'HIT', 'STALE'])}\n"
    return head + HT_PICKUP


HOTEL: Domain = {
    "name": "hotel_revenue_management",
    "task": (
        "GRD-LDN, weekend 12-14 Dec. MedTech Summit next door. Fri/Sat pickup behind "
        "forecast, group block only 23/60 picked up, cutoff Friday 5th. Rates on Booking.com "
        "not updating since Monday. Fix distribution, reprice Fri/Sat, decide on the block. "
        "Target RevPAR £210."
    ),
    "openers": [
        "Noted. Pulling pickup for the weekend first.",
        "Understood. Starting with on-the-books vs forecast.",
        "OK. First: pickup, rates, channel status.",
    ],
    "first": [
        C("get_pickup", {"hotel": "GRD-LDN", "from": "2025-12-12", "to": "2025-12-14"}, HT_PICKUP),
        C(
            "get_rates",
            {"hotel": "GRD-LDN", "date": "2025-12-13"},
            "date: 2025-12-13\nBAR: {pms: 249, booking_com: 189, expedia: 249, direct: 239}\n"
            "last_push: {booking_com: 2025-12-01T09:12Z}",
        ),
        C(
            "get_compset",
            {"hotel": "GRD-LDN", "date": "2025-12-13"},
            "date: 2025-12-13\ncompset_median: 268\nlowest: {name: Riverside Inn, rate: 219}\n"
            "highest: {name: The Aldwych, rate: 340}",
        ),
    ],
    "stuck": C(
        "get_pickup", {"hotel": "GRD-LDN", "from": "2025-12-12", "to": "2025-12-14"}, HT_PICKUP
    ),
    "look": [
        "Re-pulling pickup.",
        "Pickup again.",
        "Checking pickup once more.",
        "Refreshing on-the-books.",
        "Let me re-check pickup.",
        "Pickup, again.",
    ],
    "noisy": ht_noisy,
    "noisy_args": ht_noisy_args,
    "noisy_args_result": True,
    "intents": [
        [
            "Next: raise Sat BAR to £279.",
            "Pushing Saturday BAR up to 279.",
            "Saturday rate goes to £279 — doing it now.",
            "Set BAR 13 Dec = 279.",
            "Raising the Sat best available rate to 279.",
            "Will lift Saturday to £279 next.",
        ],
        [
            "Next: release 25 rooms of the MedTech block.",
            "Releasing 25 unpicked block rooms to general inventory.",
            "Cut the MedTech block by 25 now.",
            "Going to return 25 block rooms to sale.",
            "Block reduction, 25 rooms — doing it.",
            "Will release 25 rooms from the group hold next.",
        ],
    ],
    "restate": "Raising Saturday BAR to £279 now.",
    "stall_start": C(
        "resync_channel",
        {"hotel": "GRD-LDN", "channel": "booking_com"},
        "resync: {id: RS-2207, state: queued}",
    ),
    "stall_check": C(
        "get_resync",
        {"id": "RS-2207"},
        "resync: {id: RS-2207, state: queued, messages_sent: 0}",
    ),
    "stall_msgs": [
        "RS-2207 still queued, 0 sent.",
        "Resync still queued. Nothing sent.",
        "No change on RS-2207: queued.",
        "Still queued — RS-2207, 0 messages.",
        "RS-2207 queued still.",
    ],
    "ab": [
        C(
            "get_rates",
            {"hotel": "GRD-LDN", "date": "2025-12-13"},
            "date: 2025-12-13\nBAR: {pms: 249, booking_com: 189, expedia: 249, direct: 239}",
        ),
        C(
            "get_channel_status",
            {"hotel": "GRD-LDN", "channel": "booking_com"},
            "channel: booking_com\nconnected: true\nlast_ack: 2025-12-01T09:12Z\nerrors_24h: 0",
        ),
    ],
    "setting": {
        "tool": "set_rate_plan_mapping",
        "key": "maps_to",
        "base_args": {"hotel": "GRD-LDN", "channel": "booking_com", "plan": "BAR"},
        "values": ["BAR-FLEX", "BAR-ROOM-ONLY", "BAR-LEGACY"],
        "reply": lambda v: (
            f"mapping: {{plan: BAR, channel: booking_com, maps_to: {v}}}\nsaved: true"
        ),
        "check": C(
            "get_rates",
            {"hotel": "GRD-LDN", "date": "2025-12-13", "channel": "booking_com"},
            "date: 2025-12-13\nbooking_com: 189\nlast_push: 2025-12-01T09:12Z",
        ),
        "remark": "Map BAR to {v}.",
    },
    "cycle": [
        C(
            "get_rates",
            {"hotel": "GRD-LDN", "date": "2025-12-13"},
            "date: 2025-12-13\nBAR: {pms: 249, booking_com: 189, expedia: 249, direct: 239}",
        ),
        C(
            "get_channel_status",
            {"hotel": "GRD-LDN", "channel": "booking_com"},
            "channel: booking_com\nconnected: true\nlast_ack: 2025-12-01T09:12Z\nerrors_24h: 0",
        ),
        C(
            "get_push_log",
            {"hotel": "GRD-LDN", "channel": "booking_com", "limit": 3},
            "- {ts: 2025-12-01T09:12Z, result: ok}\n- {ts: 2025-11-30T09:10Z, result: ok}\n"
            "- {ts: 2025-11-29T09:11Z, result: ok}",
        ),
    ],
    "fail": C(
        "push_rates",
        {"hotel": "GRD-LDN", "channel": "booking_com", "date": "2025-12-13", "bar": 279},
        "error: {code: 409, message: 'rate plan BAR is not mapped to an active Booking.com "
        "room-rate (mapping expired 2025-12-01)'}",
        True,
    ),
    "fail_variants": [
        {"hotel": "GRD-LDN", "channel": "Booking.com", "date": "2025-12-13", "bar": 279},
        {"hotel": "GRD-LDN", "channel": "booking_com", "dates": ["2025-12-13"], "rate": 279.0},
        {"property": "GRD-LDN", "channel": "booking_com", "date": "13/12/2025", "bar": 279},
        {
            "hotel": "GRD-LDN",
            "channel": "booking_com",
            "date": "2025-12-13",
            "bar": 279,
            "force": True,
        },
        {
            "hotel": "grd-ldn",
            "channel": "booking_com",
            "date": "2025-12-13",
            "bar": "279.00",
            "currency": "GBP",
        },
    ],
    "fail_id": lambda rng: f"\nx-request-id: {hexid(rng, 8)}-{hexid(rng, 4)}",
    "regen": {
        "call": C(
            "recommend_rates",
            {"hotel": "GRD-LDN", "from": "2025-12-12", "to": "2025-12-14"},
            "",
        ),
        "outputs": [
            "fri: 229\nsat: 239\nsun: 149",
            "fri: 219\nsat: 245\nsun: 139",
            "fri: 235\nsat: 229\nsun: 155",
            "fri: 225\nsat: 240\nsun: 145",
            "fri: 215\nsat: 235\nsun: 150",
        ],
        "rejects": [
            "Sat below compset lowest-but-one and under current PMS BAR. No.",
            "Sat under £249 again, below current rate on a compression night. Reject.",
            "Recommending a Sat cut again. Compset median is 268. Rerun.",
            "Same problem: Saturday below 249. Not taking it.",
            "Again lower than today's Sat BAR. Rejected.",
        ],
    },
    "after_kind": "revisit",
    "pages": [
        C(
            "list_reservations",
            {"hotel": "GRD-LDN", "date": "2025-12-13", "page": 1},
            "page: 1/3\n- {id: R88121, channel: direct, rate: 239}\n- {id: R88130, channel: "
            "expedia, rate: 249}\n- {id: R88144, channel: booking_com, rate: 189}",
        ),
        C(
            "list_reservations",
            {"hotel": "GRD-LDN", "date": "2025-12-13", "page": 2},
            "page: 2/3\n- {id: R88152, channel: booking_com, rate: 189}\n- {id: R88160, "
            "channel: booking_com, rate: 189}\n- {id: R88171, channel: group, rate: 205}",
        ),
        C(
            "list_reservations",
            {"hotel": "GRD-LDN", "date": "2025-12-13", "page": 3},
            "page: 3/3\n- {id: R88185, channel: booking_com, rate: 189}\n- {id: R88190, "
            "channel: direct, rate: 239}",
        ),
    ],
    "page_remarks": ["Page 2.", "Page 3."],
    "pages_end": "4 of 8 recent Sat bookings at the stale £189 on Booking.com. Leakage ~£60/room.",
    "corrected": [
        C(
            "get_pickup",
            {"hotel": "GRD-LDN", "from": "12 Dec", "to": "14 Dec"},
            "error: {code: 400, message: 'from/to must be YYYY-MM-DD'}",
            True,
        ),
        "ISO dates.",
        C("get_pickup", {"hotel": "GRD-LDN", "from": "2025-12-12", "to": "2025-12-14"}, HT_PICKUP),
        "Fri 121/165, Sat 134/172. Block 23/60.",
    ],
    "poll": {
        "start": C(
            "resync_channel",
            {"hotel": "GRD-LDN", "channel": "booking_com"},
            "resync: {id: RS-2214, state: queued}",
        ),
        "tool": "get_resync",
        "args": {"id": "RS-2214"},
        "statuses": [
            "resync: {id: RS-2214, state: queued, messages_sent: 0}",
            "resync: {id: RS-2214, state: running, messages_sent: 112}",
            "resync: {id: RS-2214, state: running, messages_sent: 365}",
            "resync: {id: RS-2214, state: done, messages_sent: 365, acked: 365}",
        ],
        "wait": C("sleep", {"seconds": 60}, "slept: 60"),
        "end": "Resync done, 365/365 acked. Booking.com now matches PMS.",
    },
    "entities": [
        C(
            "get_rates",
            {"hotel": "GRD-LDN", "date": d, "channel": "booking_com"},
            obs,
        )
        for d, obs in [
            ("2025-12-11", "date: 2025-12-11\nbooking_com: 169\npms: 199"),
            ("2025-12-12", "date: 2025-12-12\nbooking_com: 179\npms: 239"),
            ("2025-12-13", "date: 2025-12-13\nbooking_com: 189\npms: 249"),
            ("2025-12-14", "date: 2025-12-14\nbooking_com: 129\npms: 149"),
            ("2025-12-15", "date: 2025-12-15\nbooking_com: 139\npms: 139"),
        ]
    ],
    "entity_remarks": ["Fri.", "Sat.", "Sun.", "Mon."],
    "entities_end": "Booking.com stale from 11th to 14th (gap £20-60). 15th matches — pushed "
    "before the mapping expired.",
    "transient": {
        "ok": C(
            "get_compset",
            {"hotel": "GRD-LDN", "date": "2025-12-12"},
            "date: 2025-12-12\ncompset_median: 255\nlowest: {name: Riverside Inn, rate: 209}",
        ),
        "errors": [
            "error: {code: 429, message: rate limited, retry_after: 30}",
            "error: {code: 502}",
        ],
        "wait": C("sleep", {"seconds": 30}, "slept: 30"),
        "remark": "Rate limited. Retry.",
        "end": "Fri compset median 255. We're at 239. Room to go up.",
    },
    "updates": [
        (
            C(
                "set_rate_plan_mapping",
                {
                    "hotel": "GRD-LDN",
                    "channel": "booking_com",
                    "plan": "BAR",
                    "maps_to": "BAR-FLEX-2026",
                },
                "mapping: {plan: BAR, maps_to: BAR-FLEX-2026, active: true}",
            ),
            "BAR remapped to the active Booking.com plan.",
        ),
        (
            C(
                "push_rates",
                {
                    "hotel": "GRD-LDN",
                    "channel": "booking_com",
                    "from": "2025-12-11",
                    "to": "2025-12-14",
                },
                "pushed: 4 dates\nacked: 4",
            ),
            "Booking.com rates 11-14 Dec now match PMS.",
        ),
        (
            C(
                "set_bar",
                {"hotel": "GRD-LDN", "date": "2025-12-13", "bar": 279},
                "date: 2025-12-13\nbar: 279\npushed: [booking_com, expedia, direct]",
            ),
            "Sat BAR 279 live on all channels.",
        ),
        (
            C(
                "release_block",
                {"hotel": "GRD-LDN", "group": "MedTech Summit", "rooms": 25},
                "group: MedTech Summit\nheld: 35\nreleased_to_inventory: 25",
            ),
            "25 block rooms released, block now 35.",
        ),
    ],
    "docs": [
        (
            C(
                "read_doc",
                {"doc": "medtech_contract.pdf"},
                "Attrition: group pays for unpicked rooms above 20% of block after cutoff. "
                "Hotel may release rooms by written notice before cutoff.",
            ),
            "Contract: we can release before cutoff with notice; after cutoff they pay attrition.",
        ),
        (
            C(
                "read_doc",
                {"doc": "channel_manager_notice.txt"},
                "Booking.com rate plans created before 2024 expire 1 Dec 2025; remap to "
                "*-2026 plans.",
            ),
            "Channel manager: old Booking.com plans expired 1 Dec. Explains the stale rate.",
        ),
        (
            C(
                "read_doc",
                {"doc": "revenue_strategy_q4.md"},
                "- Never discount below compset lowest on compression nights\n- Group "
                "displacement: release if pickup < 50% at cutoff-7",
            ),
            "Strategy: no discounting on compression nights; release block if under 50% at "
            "cutoff minus 7.",
        ),
        (
            C(
                "read_doc",
                {"doc": "events_calendar_dec.csv"},
                "date,event,expected\n2025-12-12,MedTech Summit,4200\n2025-12-13,MedTech "
                "Summit,4200\n2025-12-13,Arena concert,18000",
            ),
            "Sat has MedTech plus an arena concert. Compression night.",
        ),
    ],
    "docs_end": "Release part of the block (38% picked up), lift Sat, fix mapping.",
    "draft": {
        "request": "Draft the release notice to MedTech's organiser.",
        "drafts": [
            "We are releasing 25 rooms from your block.",
            "Dear Ms Kaur,\n\nPer clause 7.2, we give notice that 25 of the 60 rooms held "
            "for MedTech Summit (12-14 Dec) will be released on 3 Dec.",
            "Dear Ms Kaur,\n\nPer clause 7.2, we give notice that 25 of the 60 rooms held "
            "for MedTech Summit (12-14 Dec) will be released on 3 Dec. Current pickup is 23; "
            "35 rooms remain held at the group rate.",
            "Dear Ms Kaur,\n\nPer clause 7.2, we give notice that 25 of the 60 rooms held "
            "for MedTech Summit (12-14 Dec) will be released on 3 Dec. Current pickup is 23; "
            "35 rooms remain held at the group rate. Attrition terms are unchanged for the "
            "reduced block; cutoff remains 5 Dec.\n\nKind regards,\nRevenue, GRD-LDN",
        ],
        "feedback": [
            "Formal. Cite the clause, name the event and dates.",
            "Add pickup and what stays held.",
            "Mention attrition and cutoff. Sign off from Revenue.",
        ],
    },
    "adjust": [
        (
            C(
                "set_bar",
                {"hotel": "GRD-LDN", "date": "2025-12-12", "bar": 269},
                "date: 2025-12-12\nbar: 269",
            ),
            C(
                "forecast_revpar",
                {"hotel": "GRD-LDN", "date": "2025-12-12"},
                "occ_fcst: 0.81\nadr: 269\nrevpar: 218",
            ),
            "Fri 269 -> RevPAR 218. Try higher.",
        ),
        (
            C(
                "set_bar",
                {"hotel": "GRD-LDN", "date": "2025-12-12", "bar": 299},
                "date: 2025-12-12\nbar: 299",
            ),
            C(
                "forecast_revpar",
                {"hotel": "GRD-LDN", "date": "2025-12-12"},
                "occ_fcst: 0.66\nadr: 299\nrevpar: 197",
            ),
            "299 loses too much occupancy. 197. Down.",
        ),
        (
            C(
                "set_bar",
                {"hotel": "GRD-LDN", "date": "2025-12-12", "bar": 279},
                "date: 2025-12-12\nbar: 279",
            ),
            C(
                "forecast_revpar",
                {"hotel": "GRD-LDN", "date": "2025-12-12"},
                "occ_fcst: 0.79\nadr: 279\nrevpar: 220",
            ),
            "279 -> 220. Best of three.",
        ),
    ],
    "adjust_end": "Fri BAR 279, forecast RevPAR £220 vs target 210.",
    "questions": [
        (
            "Fri occupancy forecast?",
            "Checking Fri.",
            C("forecast_occupancy", {"hotel": "GRD-LDN", "date": "2025-12-12"}, "occ_fcst: 0.79"),
            "Fri 79%.",
        ),
        (
            "Sat?",
            "Sat.",
            C("forecast_occupancy", {"hotel": "GRD-LDN", "date": "2025-12-13"}, "occ_fcst: 0.94"),
            "Sat 94%.",
        ),
        (
            "Sun?",
            "Sun.",
            C("forecast_occupancy", {"hotel": "GRD-LDN", "date": "2025-12-14"}, "occ_fcst: 0.52"),
            "Sun 52%. Worth a Sunday stay-over offer.",
        ),
        (
            "and the Thursday before?",
            "Thu 11th.",
            C("forecast_occupancy", {"hotel": "GRD-LDN", "date": "2025-12-11"}, "occ_fcst: 0.71"),
            "Thu 71%.",
        ),
    ],
    "reread": [
        C(
            "read_file",
            {"path": "plans/wk50_actions.yaml"},
            "actions:\n  - remap booking_com BAR",
        ),
        "Add Sat BAR.",
        C(
            "edit_file",
            {"path": "plans/wk50_actions.yaml", "append": "  - sat BAR 279"},
            "written: true",
        ),
        C(
            "read_file",
            {"path": "plans/wk50_actions.yaml"},
            "actions:\n  - remap booking_com BAR\n  - sat BAR 279",
        ),
        "Add block release.",
        C(
            "edit_file",
            {"path": "plans/wk50_actions.yaml", "append": "  - release 25 MedTech rooms"},
            "written: true",
        ),
        C(
            "read_file",
            {"path": "plans/wk50_actions.yaml"},
            "actions:\n  - remap booking_com BAR\n  - sat BAR 279\n  - release 25 MedTech rooms",
        ),
        "Action list complete.",
    ],
    "search": [
        (
            C("search_bookings", {"hotel": "GRD-LDN", "q": "MedTech"}, "matches: 41"),
            "41 incl. non-block. Restrict to block code.",
        ),
        (
            C(
                "search_bookings",
                {"hotel": "GRD-LDN", "q": "MedTech", "block": "MTS25"},
                "matches: 23",
            ),
            "23 in block. 18 outside at BAR. How many of those via Booking.com?",
        ),
        (
            C(
                "search_bookings",
                {"hotel": "GRD-LDN", "q": "MedTech", "block": None, "channel": "booking_com"},
                "matches: 11\navg_rate: 186",
            ),
            "11 attendees booked outside the block on Booking.com at ~£186.",
        ),
    ],
    "search_end": "Attendees bypass the block via the stale Booking.com rate. Fixing mapping "
    "fixes the block too.",
}


# --------------------------------------------------------------------------------------------
# The plan: which categories, in which domains.

DOMAINS = [ORCHESTRA, AQUACULTURE, CUSTOMS, OBSERVATORY, BIKES, COURT, PREPRESS, HOTEL]
ALL = list(range(8))
EVEN = [0, 2, 4, 6]
ODD = [1, 3, 5, 7]

LOOPS: list[tuple[str, Callable[[Domain, random.Random], list[StepD]], list[int]]] = [
    ("exact_repeat", loop_exact_repeat, ALL),
    ("volatile_result", loop_volatile_result, EVEN),
    ("volatile_args", loop_volatile_args, ODD),
    ("paraphrase_nudged", loop_paraphrase_nudged, ALL),
    ("paraphrase_monologue", loop_paraphrase_monologue, ALL),
    ("status_stall", loop_status_stall, ALL),
    ("ab_oscillation", loop_ab_oscillation, ALL),
    ("setting_flip", loop_setting_flip, [0, 3, 5, 6]),
    ("setting_revisit", loop_setting_revisit, [1, 2, 4, 7]),
    ("cycle_of_three", loop_cycle_of_three, ALL),
    ("failing_repeat", loop_failing_repeat, ALL),
    ("failing_reworded", loop_failing_reworded, [0, 2, 5, 7]),
    ("apology_retry", loop_apology_retry, [1, 3, 4, 6]),
    ("regenerate_unacceptable", loop_regenerate_unacceptable, ALL),
    ("after_progress", loop_after_progress, ALL),
]

PROGRESS: list[tuple[str, Callable[[Domain, random.Random], list[StepD]], list[int]]] = [
    ("paging", prog_paging, ALL),
    ("corrected_retry", prog_corrected_retry, ALL),
    ("polling", prog_polling, ODD),
    ("polling_repeated_status", prog_polling_repeated_status, EVEN),
    ("entities", prog_entities, [0, 3, 4, 7]),
    ("entities_same_result", prog_entities_same_result, [1, 2, 5, 6]),
    ("transient_retry", prog_transient_retry, [2, 3, 6, 7]),
    ("transient_retry_twice", prog_transient_retry_twice, [0, 1, 4, 5]),
    ("status_updates", prog_status_updates, ALL),
    ("summaries", prog_summaries, ALL),
    ("draft_refinement", prog_draft_refinement, ALL),
    ("adjust_and_measure", prog_adjust_and_measure, ALL),
    ("user_questions", prog_user_questions, ALL),
    ("reread_after_edit", prog_reread_after_edit, ALL),
    ("search_refinement", prog_search_refinement, ALL),
]


def build() -> list[Row]:
    rows: list[Row] = []
    for label, plan in (("loop", LOOPS), ("progress", PROGRESS)):
        for category, builder, domains in plan:
            for n, index in enumerate(domains):
                row_id = f"seventh-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{row_id}")
                d = DOMAINS[index]
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": f"{label}/{category}",
                        "domain": d["name"],
                        "steps": builder(d, rng),
                    }
                )
    # Plain JSON values only (no tuples, no shared objects), as the file is read back.
    out: list[Row] = json.loads(json.dumps(rows, ensure_ascii=False))
    return out


def main() -> None:
    lines = [json.dumps(row, ensure_ascii=False) for row in build()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} trajectories to {OUT}")


if __name__ == "__main__":
    main()
