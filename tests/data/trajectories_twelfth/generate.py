"""Build the twelfth loop-detection set: ``trajectories.jsonl`` next to this file.

Written before the eleventh tuning round, as its unseen measure (see ``README.md``). Every row
draws from its own ``random.Random``, seeded with ``SEED`` and the row's id, so the output is
deterministic. Run ``python tests/data/trajectories_twelfth/generate.py`` to rewrite the file.

Loop rows come from one builder per loop category, fed by each domain's material (its task,
tools, observation formats and pools of remarks). Progress rows are scripts written one per
domain and category: ``("u", text)`` is a user or harness message, ``("s", text)`` an agent
response, ``("c", tool, args, result)`` a tool call and ``("e", tool, args, error)`` a failed one.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 61183507

Step = dict[str, Any]
Row = dict[str, Any]
Call = tuple[str, dict[str, Any], str]
Domain = dict[str, Any]

NUDGES = [
    "continue",
    "Please proceed.",
    "go on",
    "ok, keep going",
    "Proceed.",
    "next?",
    "carry on please",
    "and?",
    "Please continue with the task.",
    "ok",
    "Any progress?",
    "yes, go ahead",
]
HARNESS = [
    "[harness] No tool call in the last response. Continue with the task.",
    "[auto] continue",
    "(system) The user is away. Keep working until the task is complete.",
    "[runner] turn limit not reached; proceed.",
]


def say(text: str, obs: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if obs is not None:
        step["observation"] = obs
    return step


def call(c: Call, obs: str | None = None, *, error: bool = False) -> Step:
    tool, args, result = c
    return {
        "kind": "tool",
        "tool": tool,
        "args": json.loads(json.dumps(args)),
        "observation": result if obs is None else obs,
        "error": error,
    }


def as_observed(steps: list[Step]) -> list[Step]:
    """Drop an ``llm`` observation equal to the last one the agent saw (the live runtime)."""
    seen: str | None = None
    out = []
    for step in steps:
        if step["kind"] == "llm" and "observation" in step:
            if step["observation"] == seen:
                step = {"kind": "llm", "text": step["text"]}
            else:
                seen = step["observation"]
        out.append(step)
    return out


def pool(rng: random.Random, items: list[str]) -> Callable[[], str]:
    """Draw without repeats until the pool is spent, then reshuffle."""
    bag: list[str] = []

    def draw() -> str:
        if not bag:
            bag.extend(rng.sample(items, len(items)))
        return bag.pop()

    return draw


def opening(rng: random.Random, d: Domain) -> Step:
    return say(rng.choice(d["plans"]), obs=rng.choice(d["tasks"]))


# ---------------------------------------------------------------- loop builders


def loop_exact_repeat(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    if n % 2:
        steps.append(call(d["side"]))
    remark = pool(rng, d["recheck"])
    reps = rng.randint(5, 7)
    chatter = rng.choice([0.0, 0.35, 0.7])
    for k in range(reps):
        steps.append(call(d["look"]))
        if 0 < k < reps - 1 and rng.random() < chatter:
            steps.append(say(remark()))
    steps.append(say(remark()))
    return steps


def loop_volatile_result(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    tool, args, _ = d["look"]
    remark = pool(rng, d["recheck"])
    reps = rng.randint(5, 7)
    for k in range(reps):
        steps.append(call((tool, args, d["volatile"](rng, k))))
        if k and rng.random() < 0.4:
            steps.append(say(remark()))
    steps.append(say(remark()))
    return steps


def loop_volatile_args(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    if n % 2:
        steps.append(call(d["side"]))
    tool, _, result = d["look"]
    remark = pool(rng, d["recheck"])
    reps = rng.randint(5, 7)
    for k in range(reps):
        obs = d["volatile"](rng, k) if n % 3 == 2 else result
        steps.append(call((tool, d["vargs"](rng, k), obs)))
        if k and rng.random() < 0.3:
            steps.append(say(remark()))
    steps.append(say(remark()))
    return steps


def loop_paraphrase_nudged(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    if n % 2 == 0:
        steps.append(call(d["side"]))
    paras = rng.sample(d["para"], rng.randint(6, min(8, len(d["para"]))))
    nudges = pool(rng, NUDGES + d["nudges"])
    harness = rng.choice(HARNESS)
    mode = n % 4
    for i, text in enumerate(paras):
        if mode == 0:
            obs: str | None = nudges()
        elif mode == 1:
            obs = harness
        elif mode == 2:
            obs = nudges() if i % 2 == 0 else None
        else:
            obs = rng.choice(["continue", "Continue.", "continue"]) if i % 3 else None
        steps.append(say(text, obs))
    return steps


def loop_paraphrase_monologue(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    if n % 3 == 1:
        steps.append(call(d["side"]))
    steps.extend(say(t) for t in rng.sample(d["mono"], rng.randint(6, min(8, len(d["mono"])))))
    return steps


def loop_regenerate_rejected(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps: list[Step] = []
    if n % 2:
        steps.append(opening(rng, d))
        steps.append(call(d["side"]))
        steps.append(say(d["regen_draft"](rng, 0), obs=d["regen_ask"]))
    else:
        steps.append(say(d["regen_draft"](rng, 0), obs=d["regen_ask"]))
    same = n % 4 == 3
    reject = pool(rng, d["regen_reject"])
    fixed = reject()
    steps.extend(
        say(d["regen_draft"](rng, k), obs=fixed if same else reject())
        for k in range(1, rng.randint(5, 7))
    )
    return steps


def loop_status_stall(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    tool, args, obs_fn = d["stall"]
    remark = pool(rng, d["stall_say"])
    pings = pool(rng, d["stall_ping"])
    mode = n % 3
    for k in range(rng.randint(5, 7)):
        steps.append(call((tool, args, obs_fn(rng, k))))
        if mode == 1 and k:
            obs: str | None = pings()
        elif mode == 2 and k % 2:
            obs = pings()
        else:
            obs = None
        steps.append(say(remark(), obs))
    return steps


def loop_ab_oscillation(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    a, b = d["ab"]
    remark = pool(rng, d["ab_say"])
    for k in range(rng.randint(4, 5)):
        steps.append(call(a))
        if rng.random() < 0.35:
            steps.append(say(remark()))
        steps.append(call(b))
        if k and rng.random() < 0.35:
            steps.append(say(remark()))
    return steps


def loop_cycle_of_three(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    remark = pool(rng, d["ab_say"])
    for k in range(rng.randint(3, 4)):
        steps.extend(call(c) for c in d["cyc"])
        if k and rng.random() < 0.5:
            steps.append(say(remark()))
    return steps


def loop_failing_repeat(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    tool, args, err = d["fail"]
    remark = pool(rng, d["fail_say"])
    talk = n % 3
    for k in range(rng.randint(5, 7)):
        steps.append(call((tool, args, err(rng, k if talk else 0)), error=True))
        if talk == 2 or (talk == 1 and k % 2):
            steps.append(say(remark()))
    if talk == 0:
        steps.append(say(remark()))
    return steps


def loop_failing_reworded(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    tool, variants, err = d["reword"]
    chosen = variants[:1] + rng.sample(variants[1:], len(variants) - 1)
    for k, (args, remark) in enumerate(chosen):
        if k and remark:
            steps.append(say(remark))
        steps.append(call((tool, args, err(rng, k)), error=True))
    steps.append(say(rng.choice(d["fail_say"])))
    return steps


def loop_setting_flip(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    set_tool, args_fn, values, set_obs, check = d["flip"]
    order = values[:2] if n % 2 == 0 else values
    says = d["flip_say"]  # one remark per value (in order), then generic ones
    remark = pool(rng, says[3:])
    for k in range(rng.randint(6, 8)):
        v = order[k % len(order)]
        if k < len(order) and (k == 0 or rng.random() < 0.8):
            steps.append(say(says[k]))
        elif rng.random() < 0.5:
            steps.append(say(remark()))
        steps.append(call((set_tool, args_fn(v), set_obs(v))))
        steps.append(call(check))
    return steps


def loop_after_progress(rng: random.Random, d: Domain, n: int) -> list[Step]:
    steps = [opening(rng, d)]
    calls, notes = d["progress_calls"], d["progress_notes"]
    for c, note in zip(calls, notes, strict=True):
        steps.append(call(c))
        steps.append(say(note))
    tail: list[Step]
    mode = n % 8
    sub = random.Random(f"{SEED}:tail:{n}:{d['name']}")
    if mode == 0:
        tail = loop_exact_repeat(sub, d, 0)[1:]
    elif mode == 1:
        tail = loop_failing_repeat(sub, d, 2)[1:]
    elif mode == 2:
        tail = loop_status_stall(sub, d, 1)[1:]
    elif mode == 3:
        tail = loop_regenerate_rejected(sub, d, 0)
    elif mode == 4:
        tail = loop_ab_oscillation(sub, d, 0)[1:]
    elif mode == 5:
        tail = loop_paraphrase_nudged(sub, d, 1)[1:]
    elif mode == 6:
        tail = loop_paraphrase_monologue(sub, d, 0)[1:]
    else:
        tail = loop_cycle_of_three(sub, d, 0)[1:]
    return steps + tail


# ---------------------------------------------------------------- progress rows (scripts)


def run_script(rng: random.Random, d: Domain, script: list[tuple[Any, ...]]) -> list[Step]:
    """A message followed directly by a call gets a short acknowledgement in the domain's voice."""
    steps: list[Step] = []
    pending: str | None = None
    ack = pool(rng, d["acks"])
    for item in script:
        kind = item[0]
        if kind == "u":
            pending = item[1]
        elif kind == "s":
            steps.append(say(item[1], pending))
            pending = None
        elif kind in ("c", "e"):
            if pending is not None:
                steps.append(say(ack(), pending))
                pending = None
            steps.append(call((item[1], item[2], item[3]), error=kind == "e"))
        else:
            raise ValueError(kind)
    return steps


def progress(category: str) -> Callable[[random.Random, Domain, int], list[Step]]:
    def builder(rng: random.Random, d: Domain, n: int) -> list[Step]:
        return run_script(rng, d, d["scripts"][category])

    return builder


LOOP_PLAN: list[tuple[str, int, Callable[[random.Random, Domain, int], list[Step]]]] = [
    ("exact_repeat", 8, loop_exact_repeat),
    ("volatile_result", 6, loop_volatile_result),
    ("volatile_args", 6, loop_volatile_args),
    ("paraphrase_nudged", 8, loop_paraphrase_nudged),
    ("paraphrase_monologue", 8, loop_paraphrase_monologue),
    ("regenerate_rejected", 8, loop_regenerate_rejected),
    ("status_stall", 8, loop_status_stall),
    ("ab_oscillation", 8, loop_ab_oscillation),
    ("cycle_of_three", 8, loop_cycle_of_three),
    ("failing_repeat", 8, loop_failing_repeat),
    ("failing_reworded", 6, loop_failing_reworded),
    ("setting_flip", 6, loop_setting_flip),
    ("after_progress", 8, loop_after_progress),
]
PROGRESS_CATEGORIES = [
    "paging",
    "corrected_retry",
    "summaries",
    "polling_converges",
    "draft_iterations",
    "entities",
    "status_updates",
    "converging_checks",
    "transient_retry",
    "search_refinement",
    "user_questions",
    "reread_after_edit",
]


def plan() -> list[tuple[str, str, int, Callable[[random.Random, Domain, int], list[Step]]]]:
    out = [("loop", name, count, fn) for name, count, fn in LOOP_PLAN]
    out += [("progress", name, 8, progress(name)) for name in PROGRESS_CATEGORIES]
    return out


def build() -> list[Row]:
    domains = [make() for make in DOMAINS]
    rows: list[Row] = []
    position = 0
    for label, category, count, builder in plan():
        for n in range(count):
            d = domains[position % len(domains)]
            position += 1
            rid = f"twelfth-{label}-{category}-{n:03d}"
            rng = random.Random(f"{SEED}:{rid}")
            rows.append(
                {
                    "id": rid,
                    "label": label,
                    "category": f"{label}/{category}",
                    "domain": d["name"],
                    "steps": as_observed(builder(rng, d, n)),
                }
            )
    return rows


def main() -> None:
    out = Path(__file__).resolve().parent / "trajectories.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- domains


def compose(rng: random.Random, parts: list[list[str]]) -> str:
    """One alternative from each part, joined into a paragraph."""
    return " ".join(rng.choice(p) for p in parts if p).replace("  ", " ").strip()


def hexid(rng: random.Random, n: int = 8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def mountain_rescue() -> Domain:
    pos = "BRAVO | grid 32T 0451 5170 | alt 2610 m | hdg 045 | 0.9 km/h | fix 14:31:10 | 4 pax"
    look: Call = ("team_position", {"team": "BRAVO"}, pos)
    wx: Call = (
        "weather_window",
        {"site": "ROTGRAT-LZ"},
        "LZ ROTGRAT 2905m | cloud base 2400m | vis 300m | wind SW 35kt G48 | window: none forecast before 18:00",
    )
    phone: Call = (
        "casualty_phone",
        {"msisdn": "+41795550187"},
        "MSISDN +41795550187 | last ping 14:28 | battery 11% | cell FUR-3 sector B | accuracy 180 m",
    )
    log: Call = (
        "radio_log",
        {"channel": "OPS-2", "last": 4},
        "[14:22:40] BRAVO-1 > OPS: leaving Furka hut, four on foot, stretcher split in two loads\n"
        "[14:26:02] OPS > BRAVO-1: copy, casualty on the ridge below P.3002, conscious\n"
        "[14:29:51] BRAVO-2 > OPS: snow knee deep above 2500, slow going\n"
        "[14:31:15] BRAVO-1 > OPS: at waypoint W4, continuing to the col",
    )
    relay: Call = (
        "relay_status",
        {"repeater": "RN-7"},
        "RN-7 | owner SECTOR-NORTH | mode simplex | tx 25 W | remote control DENIED for OPS-SOUTH",
    )

    def volatile(rng: random.Random, k: int) -> str:
        head = f"[q#{rng.randint(1000, 9999)} served 14:{33 + k:02d}:{rng.randint(0, 59):02d}]"
        return f"{head}\n{pos}" if rng.random() < 0.5 else f"{pos}\n{head}"

    def vargs(rng: random.Random, k: int) -> dict[str, Any]:
        shapes = [
            {"team": "BRAVO", "req": hexid(rng)},
            {"req": hexid(rng), "team": "BRAVO"},
            {"team": "BRAVO", "client_ts": f"14:{33 + k:02d}:{rng.randint(0, 59):02d}"},
        ]
        return rng.choice(shapes)

    def heli(rng: random.Random, k: int) -> str:
        return (
            "HR-5521 | REGA base Erstfeld | status HOLD (weather at LZ) | crew ready | "
            "reassess when cloud base > 3000m"
        )

    def page_err(rng: random.Random, k: int) -> str:
        ref = hexid(rng, 6) if k else "4be01c"
        return f"PAGER-GW 503: upstream timeout after 30s (ref {ref})"

    def regen_draft(rng: random.Random, k: int) -> str:
        return compose(
            rng,
            [
                [
                    "Ana, this is mountain rescue.",
                    "Hello Ana, rescue control here.",
                    "Ana - rescue team message.",
                    "Mountain rescue to Ana Weiss:",
                    "Ana, we have your position.",
                ],
                [
                    "A team of four is on its way on foot.",
                    "Four rescuers are climbing towards you now.",
                    "Our ground team left the Furka hut at 14:22.",
                    "Help is coming up the ridge from the hut.",
                    "The Bravo team is walking up to you.",
                ],
                [
                    "Stay where you are and keep warm.",
                    "Please do not try to move.",
                    "Keep still and put on every layer you have.",
                    "Stay put, sit on your pack if you can.",
                    "Don't move your leg; stay warm.",
                ],
                [
                    "We will be with you as soon as possible.",
                    "Hang in there.",
                    "You are not alone up there.",
                    "We are coming.",
                    "",
                ],
            ],
        )

    scripts = {
        "paging": [
            (
                "u",
                "OPS: I need two more people who can carry a stretcher at altitude, available now, within an hour of Furka. Go through the roster.",
            ),
            ("s", "Going through the available roster page by page."),
            (
                "c",
                "roster",
                {"available": True, "page": 1},
                "page 1/3\nM-102 Nina Arnold | winch, stretcher | Realp | 35 min\nM-108 Jon Gisler | medic | Andermatt | 50 min\nM-111 Sami Frei | dog handler | Hospental | 45 min",
            ),
            (
                "s",
                "Arnold fits (stretcher, 35 min). Gisler is a medic, useful but that is not the ask. Next page.",
            ),
            (
                "c",
                "roster",
                {"available": True, "page": 2},
                "page 2/3\nM-117 Luca Brunner | stretcher, rope | Realp | 30 min\nM-121 Eva Kuster | radio | Goeschenen | 70 min\nM-124 Reto Imhof | stretcher | Andermatt | 55 min",
            ),
            (
                "s",
                "Brunner (30 min) and Imhof (55 min) both carry. Kuster is over the hour. Last page.",
            ),
            (
                "c",
                "roster",
                {"available": True, "page": 3},
                "page 3/3\nM-130 Pia Zgraggen | stretcher, avalanche | Realp | 40 min\nM-133 Tim Baumann | driver | Andermatt | 20 min",
            ),
            (
                "s",
                "Roster done, 8 available. Stretcher-capable within the hour: Brunner 30 min, Arnold 35 min, Zgraggen 40 min, Imhof 55 min. I'd page Brunner and Arnold first; Zgraggen as the reserve. Baumann could drive them to the Furka road head.",
            ),
        ],
        "corrected_retry": [
            ("u", "Where is the Bravo team right now? And how far are they from the casualty?"),
            ("s", "Pulling Bravo's last fix."),
            (
                "e",
                "team_position",
                {"team": "Bravo Team"},
                "ERROR unknown team 'Bravo Team' (valid: ALPHA, BRAVO, CHARLIE, DOG-1)",
            ),
            ("s", "The lookup wants the call sign, not the name. Retrying as BRAVO."),
            ("c", "team_position", {"team": "BRAVO"}, pos),
            (
                "c",
                "distance",
                {"from": "32T 0451 5170", "to": "casualty"},
                "ERROR 'casualty' is not a grid or waypoint",
            ),
            (
                "s",
                "Distance needs a grid for the casualty too. The phone fix gives one; getting it.",
            ),
            (
                "c",
                "casualty_phone",
                {"msisdn": "+41795550187"},
                "MSISDN +41795550187 | last ping 14:28 | grid 32T 0462 5183 | battery 11% | accuracy 180 m",
            ),
            (
                "c",
                "distance",
                {"from": "32T 0451 5170", "to": "32T 0462 5183"},
                "horizontal 1.70 km | climb +392 m | est. 1 h 40 min at current pace",
            ),
            (
                "s",
                "Bravo is at 2610 m, 1.7 km and about 390 m of climb short of the casualty; at 0.9 km/h that is roughly 1 h 40, so arrival near 16:10. The phone fix is 180 m accurate, so they may lose a little time searching.",
            ),
        ],
        "summaries": [
            (
                "u",
                "Before we commit to the ridge route, what do past callouts on the Rotgrat tell us? Summarise the last three incident reports.",
            ),
            ("s", "Reading the three most recent Rotgrat reports."),
            (
                "c",
                "incident",
                {"id": "INC-2019-044"},
                "INC-2019-044 | Rotgrat P.3002 | Aug | fall, wrist | heli winch, 42 min from alert | notes: ridge exposed, rockfall on the west couloir in afternoon",
            ),
            (
                "c",
                "incident",
                {"id": "INC-2021-117"},
                "INC-2021-117 | Rotgrat col | Oct | exhaustion, two climbers | ground team via Furka hut, 3 h 10 | notes: cloud down to 2300 m, heli aborted twice; stretcher carried down the east flank",
            ),
            (
                "c",
                "incident",
                {"id": "INC-2023-009"},
                "INC-2023-009 | Rotgrat below P.3002 | Feb | lower leg fracture | ground team then heli from the col at 2760 m when cloud lifted, 4 h 05 | notes: col is a usable LZ when the ridge LZ is in cloud",
            ),
            (
                "s",
                "Three reports, one pattern. When cloud sits low on the Rotgrat, the heli has failed to reach the ridge LZ (2021, two aborts) and ground teams have carried down the east flank (3 h 10). The 2023 leg fracture, the closest match to today, was brought to the col at 2760 m and lifted from there once the cloud rose: 4 h 05 alert to hospital. 2019 warns of rockfall in the west couloir in the afternoon, so Bravo should stay off it. Suggestion: plan to carry to the col, ask the heli base to reassess for the col rather than the ridge LZ.",
            ),
        ],
        "polling_converges": [
            (
                "u",
                "Cloud seems to be lifting at Furka. Keep an eye on the heli request and tell me the moment it launches.",
            ),
            ("s", "Watching HR-5521."),
            (
                "c",
                "heli_request",
                {"ref": "HR-5521"},
                "HR-5521 | status HOLD (weather at LZ) | cloud base 2650m | crew ready",
            ),
            ("c", "wait", {"seconds": 120}, "waited 120 s"),
            (
                "c",
                "heli_request",
                {"ref": "HR-5521"},
                "HR-5521 | status HOLD (weather at LZ) | cloud base 2650m | crew ready",
            ),
            ("s", "Unchanged after two minutes. Backing off to five."),
            ("c", "wait", {"seconds": 300}, "waited 300 s"),
            (
                "c",
                "heli_request",
                {"ref": "HR-5521"},
                "HR-5521 | status REASSESS | cloud base 2820m | pilot checking col LZ 2760m",
            ),
            (
                "s",
                "Moving: cloud base up to 2820 m and they are looking at the col instead of the ridge. Next check in two minutes.",
            ),
            ("c", "wait", {"seconds": 120}, "waited 120 s"),
            (
                "c",
                "heli_request",
                {"ref": "HR-5521"},
                "HR-5521 | status LAUNCHED 15:47 | target col LZ 2760m | ETA 16:02",
            ),
            (
                "s",
                "OPS: HR-5521 launched at 15:47 for the col LZ (2760 m), ETA 16:02. Bravo should bring the casualty down to the col rather than wait on the ridge.",
            ),
        ],
        "draft_iterations": [
            ("u", "Draft an SMS to the casualty. Her battery is low."),
            (
                "s",
                'Draft: "Ana, this is mountain rescue. A team of four left the Furka hut at 14:22 and is climbing towards you. Please stay where you are, keep warm and do not try to move your leg. We will call you when we are close."',
            ),
            (
                "u",
                "Good, but she needs to save battery. Tell her to switch the phone to flight mode between checks, and say when to check.",
            ),
            (
                "s",
                'Revised: "Ana, mountain rescue. Four rescuers are climbing to you from the Furka hut. Stay put, keep warm, don\'t move your leg. To save battery put the phone in flight mode and switch it back on at 15:00 and 15:30 for two minutes."',
            ),
            (
                "u",
                "Better. Add something she can do so the team finds her in cloud, and keep it under 300 characters.",
            ),
            (
                "s",
                'Final, 268 characters: "Ana, mountain rescue. 4 rescuers climbing to you. Stay put, keep warm, don\'t move your leg. Phone to flight mode; switch on 15:00 and 15:30 for 2 min. When you hear voices, whistle or shout 3 times. Put something bright on your pack."',
            ),
            ("u", "Send it."),
            (
                "c",
                "send_sms",
                {"to": "+41795550187", "chars": 268},
                "queued SMS-88213 | delivered 14:41:07",
            ),
            ("s", "Delivered 14:41. Next phone window is 15:00."),
        ],
        "entities": [
            ("u", "Status of all four teams, please: where they are and what they're doing."),
            ("s", "Checking each team's last fix."),
            (
                "c",
                "team_position",
                {"team": "ALPHA"},
                "ALPHA | grid 32T 0398 5122 | alt 1450 m | stationary | fix 14:30:02 | 3 pax | on standby at Realp base",
            ),
            ("c", "team_position", {"team": "BRAVO"}, pos),
            (
                "c",
                "team_position",
                {"team": "CHARLIE"},
                "CHARLIE | grid 32T 0520 5201 | alt 2180 m | hdg 270 | 2.4 km/h | fix 14:29:40 | 2 pax | returning from Oberalp training",
            ),
            (
                "c",
                "team_position",
                {"team": "DOG-1"},
                "DOG-1 | no fix since 13:58 | last grid 32T 0410 5140 | device battery low",
            ),
            (
                "s",
                "ALPHA: 3 on standby at Realp (1450 m). BRAVO: 4 climbing at 2610 m, 0.9 km/h, towards the casualty. CHARLIE: 2 walking back from the Oberalp exercise at 2180 m, could be redirected to the col in ~1 h. DOG-1: no fix since 13:58, tracker battery low; worth a radio call to confirm they're fine.",
            ),
        ],
        "status_updates": [
            ("u", "Give me an update each time Bravo reports in."),
            (
                "c",
                "radio_log",
                {"channel": "OPS-2", "since": "14:31"},
                "[14:44:30] BRAVO-1 > OPS: at the col 2760 m, wind strong, pushing on",
            ),
            ("s", "Update 14:45 - Bravo at the col, 2760 m, 150 m of climb left; wind strong."),
            (
                "c",
                "radio_log",
                {"channel": "OPS-2", "since": "14:45"},
                "[15:02:12] BRAVO-1 > OPS: 2890 m, voice contact with casualty, 80 m away",
            ),
            ("s", "Update 15:03 - Bravo at 2890 m with voice contact, 80 m from the casualty."),
            (
                "c",
                "radio_log",
                {"channel": "OPS-2", "since": "15:03"},
                "[15:09:47] BRAVO-2 > OPS: with casualty. open fracture left tib, pulse 104, GCS 15, hypothermic, shivering",
            ),
            (
                "s",
                "Update 15:10 - Bravo with the casualty: open left tibia fracture, pulse 104, fully conscious (GCS 15), cold and shivering.",
            ),
            (
                "c",
                "radio_log",
                {"channel": "OPS-2", "since": "15:10"},
                "[15:31:20] BRAVO-1 > OPS: splinted, analgesia given, packaged in vacuum mattress, starting descent to col",
            ),
            (
                "s",
                "Update 15:32 - casualty splinted, given pain relief and packaged; Bravo starting the carry down to the col (130 m below).",
            ),
        ],
        "converging_checks": [
            (
                "u",
                "Bravo's radio keeps dropping out. Our own repeater RS-2 is adjustable; find a power setting that gets them a clean signal without stepping on Charlie's channel.",
            ),
            ("s", "Starting at the current 5 W and reading Bravo's RSSI each step."),
            (
                "c",
                "signal_report",
                {"unit": "BRAVO-1"},
                "BRAVO-1 via RS-2 | RSSI -113 dBm | SNR 3 dB | dropouts 7/min",
            ),
            ("c", "set_repeater_power", {"repeater": "RS-2", "watts": 15}, "RS-2 tx power 15 W"),
            (
                "c",
                "signal_report",
                {"unit": "BRAVO-1"},
                "BRAVO-1 via RS-2 | RSSI -101 dBm | SNR 11 dB | dropouts 1/min",
            ),
            (
                "s",
                "Much better at 15 W. Trying 30 W to clear the last dropout, then checking Charlie.",
            ),
            ("c", "set_repeater_power", {"repeater": "RS-2", "watts": 30}, "RS-2 tx power 30 W"),
            (
                "c",
                "signal_report",
                {"unit": "CHARLIE-1"},
                "CHARLIE-1 on OPS-3 | adjacent-channel interference from RS-2 | SNR 4 dB",
            ),
            ("s", "30 W bleeds into Charlie's channel. Backing off to 20 W."),
            ("c", "set_repeater_power", {"repeater": "RS-2", "watts": 20}, "RS-2 tx power 20 W"),
            (
                "c",
                "signal_report",
                {"unit": "BRAVO-1"},
                "BRAVO-1 via RS-2 | RSSI -98 dBm | SNR 14 dB | dropouts 0/min",
            ),
            ("c", "signal_report", {"unit": "CHARLIE-1"}, "CHARLIE-1 on OPS-3 | SNR 17 dB | clean"),
            ("s", "Settled on 20 W: Bravo at -98 dBm with no dropouts, Charlie clean on OPS-3."),
        ],
        "transient_retry": [
            ("u", "How much battery has the casualty's phone got left?"),
            ("s", "Querying the carrier."),
            ("e", "casualty_phone", {"msisdn": "+41795550187"}, "carrier API: 504 gateway timeout"),
            ("s", "Carrier gateway timed out; that happens under load. One more try."),
            (
                "c",
                "casualty_phone",
                {"msisdn": "+41795550187"},
                "MSISDN +41795550187 | last ping 14:52 | battery 8% | cell FUR-3 sector B | accuracy 150 m",
            ),
            (
                "s",
                "8% at 14:52, down from 11% at 14:28: about 1% every 8 minutes, so roughly an hour left if she keeps it on. The flight-mode advice in the SMS matters.",
            ),
        ],
        "search_refinement": [
            ("u", "If Bravo has to wait out the weather with her, where is the nearest shelter?"),
            ("s", "Searching points of interest near the casualty."),
            (
                "c",
                "poi_search",
                {"query": "hut", "near": "32T 0462 5183"},
                "12 results: Furka hut 2.1 km, Albert-Heim hut 5.8 km, Sidelen hut 6.4 km, Goescheneralp hut 9.9 km, ...",
            ),
            ("s", "Too broad; I want anything closer than the Furka hut, including bivouacs."),
            (
                "c",
                "poi_search",
                {"query": "bivouac OR shelter", "near": "32T 0462 5183", "radius_km": 2},
                "2 results: Rotgrat bivouac box (2920 m) 0.4 km, military shelter Furka-Ost (2430 m) 1.6 km [status unknown]",
            ),
            ("s", "The bivouac box is 400 m away. Checking it is open and stocked."),
            (
                "c",
                "poi_detail",
                {"id": "Rotgrat bivouac box"},
                "Rotgrat bivouac box | 6 places | blankets, stove | last inspected 2024-09 | access: 40 m scramble from ridge, not stretcher-friendly",
            ),
            (
                "s",
                "Nearest shelter is the Rotgrat bivouac box, 400 m away at 2920 m with blankets and a stove, but the 40 m scramble makes it impractical with a stretcher. For a wait, a tent on the col or the Furka-Ost shelter (1.6 km, status unknown) are the realistic options.",
            ),
        ],
        "user_questions": [
            ("u", "Who's leading Bravo today?"),
            (
                "c",
                "team_roster",
                {"team": "BRAVO"},
                "BRAVO: M-104 Andrea Walker (lead, IKAR), M-109 Simon Tresch (medic), M-114 Lea Gamma, M-119 Nico Russi",
            ),
            (
                "s",
                "Andrea Walker leads, with Simon Tresch as the team medic; Lea Gamma and Nico Russi complete the four.",
            ),
            ("u", "Does Tresch carry the strong analgesics?"),
            (
                "c",
                "kit_list",
                {"member": "M-109"},
                "M-109 medic kit: fentanyl nasal (2 doses), methoxyflurane x3, vacuum splint, SAM splints x2, hypothermia wrap",
            ),
            (
                "s",
                "Yes: two doses of intranasal fentanyl and three methoxyflurane inhalers, plus a vacuum splint and a hypothermia wrap.",
            ),
            ("u", "ok. and the forecast for the col around 16:00?"),
            (
                "c",
                "weather_window",
                {"site": "ROTGRAT-COL", "at": "16:00"},
                "COL 2760m @16:00 | cloud base 2800m (improving) | vis 1.5 km | wind SW 20kt",
            ),
            (
                "s",
                "Better than the ridge: cloud base forecast at 2800 m, 1.5 km visibility and 20 kt wind at the col around 16:00, i.e. just below the cloud. A heli pickup there looks plausible.",
            ),
        ],
        "reread_after_edit": [
            ("u", "Log the current state in the incident record and make sure it's there."),
            (
                "c",
                "incident_note",
                {
                    "id": "INC-2024-311",
                    "append": "14:35 Bravo 2610 m, 1.7 km from casualty. HR-5521 on weather hold.",
                },
                "ok, note 4 added",
            ),
            (
                "c",
                "incident",
                {"id": "INC-2024-311"},
                "INC-2024-311 | Rotgrat | notes: (1) 14:08 call received (2) 14:12 Bravo paged (3) 14:22 Bravo departs hut (4) 14:35 Bravo 2610 m, 1.7 km from casualty. HR-5521 on weather hold.",
            ),
            (
                "s",
                "Note 4 is in. OPS also asked me to record the battery figure and the SMS; adding that.",
            ),
            (
                "c",
                "incident_note",
                {
                    "id": "INC-2024-311",
                    "append": "14:41 SMS-88213 delivered to casualty; phone 11% at 14:28.",
                },
                "ok, note 5 added",
            ),
            (
                "c",
                "incident",
                {"id": "INC-2024-311"},
                "INC-2024-311 | Rotgrat | notes: (1) 14:08 call received (2) 14:12 Bravo paged (3) 14:22 Bravo departs hut (4) 14:35 Bravo 2610 m, 1.7 km from casualty. HR-5521 on weather hold. (5) 14:41 SMS-88213 delivered to casualty; phone 11% at 14:28.",
            ),
            ("s", "Record now has five notes through 14:41, including the SMS and battery level."),
        ],
    }

    return {
        "name": "mountain_rescue_dispatch",
        "acks": [
            "Copy, checking.",
            "Stand by.",
            "Copy. One moment.",
            "Looking now, OPS.",
            "On it.",
            "Copy that.",
        ],
        "tasks": [
            "OPS here. Casualty on the Rotgrat below P.3002, suspected open lower-leg fracture, caller Ana Weiss on +41795550187. Bravo is on foot from the Furka hut, heli HR-5521 grounded by cloud. Track Bravo, give me an ETA and a plan B. RN-7 belongs to Sector North - hands off.",
            "Callout Rotgrat. Ana Weiss, 34, fell on the ridge, can't weight her left leg. Heli can't get in. Bravo's walking up. I need Bravo's position and an honest arrival time. Leave Sector North's repeater alone.",
            "Rotgrat job: injured climber, phone battery low, cloud at 2400. Keep track of Bravo and tell me when they'll reach her. Don't change anything on RN-7, that's North's kit.",
        ],
        "plans": [
            "Copy. Pulling Bravo's position first.",
            "On it. Bravo's fix, then the weather at the LZ.",
            "Understood. Starting with where Bravo is.",
            "Copy that, OPS. I'll track Bravo and work out the ETA.",
        ],
        "look": look,
        "side": wx,
        "recheck": [
            "Checking Bravo again.",
            "One more fix on Bravo.",
            "Let me refresh Bravo's position.",
            "Pulling the position again to be sure.",
            "Again - Bravo's fix.",
            "I'll re-query Bravo.",
            "Looking at Bravo once more.",
            "Refreshing.",
            "Need a fresh fix on Bravo before I answer.",
        ],
        "volatile": volatile,
        "vargs": vargs,
        "para": [
            "I'll work out Bravo's ETA to the casualty next.",
            "Next step: calculate when Bravo reaches Ana.",
            "Right, the ETA for Bravo is what I'm going to compute now.",
            "I'm going to figure out Bravo's arrival time at the casualty.",
            "Working out the arrival time for Bravo now, OPS.",
            "The next thing to do is Bravo's ETA; I'll get that for you.",
            "Let me calculate how long Bravo still needs to reach her.",
            "Bravo's time to the casualty - I'll have that worked out shortly.",
        ],
        "nudges": ["OPS: ETA?", "OPS here, still waiting on that ETA.", "Need the number, please."],
        "mono": [
            "So Bravo is at 2610 m and climbing slowly; the casualty is higher on the ridge, which means the ETA depends on the pace in deep snow.",
            "Summing up: Bravo is on its way up, the heli is grounded, and the arrival time will be driven by Bravo's pace through the snow.",
            "To restate where we are: ground team climbing, helicopter on hold, ETA hinges on how fast Bravo moves above 2500 m.",
            "**Situation**\n- Bravo climbing, 2610 m\n- heli on weather hold\n- ETA depends on pace in snow",
            "Bottom line, OPS: Bravo is the only way in right now and their speed in the snow sets the arrival time.",
            "Looking at this again: with the heli out, everything depends on Bravo, and Bravo's timing depends on the snow.",
            "In short, the ground team is moving, the aircraft isn't, and the arrival estimate comes down to Bravo's rate of climb.",
            "Let me lay it out once more. Bravo: on foot, 2610 m. Heli: on hold. Arrival: a function of Bravo's pace in the deep snow above 2500 m.",
        ],
        "regen_ask": "Write the SMS to the casualty. It must tell her when to switch her phone back on - her battery is at 11%.",
        "regen_draft": regen_draft,
        "regen_reject": [
            "No. It still doesn't tell her when to switch the phone on.",
            "Where's the time to turn the phone back on? That's the whole point.",
            "Again no switch-on time. Her battery is dying.",
            "You left out the phone schedule again.",
            "Not usable - no time for her to check the phone.",
            "Still missing when she should turn the phone back on. Fix it.",
        ],
        "stall": ("heli_request", {"ref": "HR-5521"}, heli),
        "stall_say": [
            "Still on weather hold. I'll check HR-5521 again in a moment.",
            "No change at the heli base yet; checking again shortly.",
            "HR-5521 still holding. I'll keep polling it.",
            "Hold continues. Will look again.",
            "The request hasn't moved. Checking back soon.",
            "Heli still grounded, OPS. I'll re-check in a minute.",
            "Same status. I'll poll the heli request again.",
            "Nothing new from Erstfeld. Trying again shortly.",
        ],
        "stall_ping": [
            "OPS: heli?",
            "Anything from the base?",
            "Is it flying yet?",
            "update on the heli please",
        ],
        "ab": [look, log],
        "ab_say": [
            "Comparing the fix with what Bravo said on the radio.",
            "Cross-checking position against the log.",
            "Let me line the radio traffic up with the tracker.",
            "Back to the tracker.",
            "Checking both sources again.",
            "The log and the fix, once more.",
        ],
        "cyc": [look, wx, phone],
        "fail": ("page_member", {"member": "M-117"}, page_err),
        "fail_say": [
            "Pager gateway timed out; retrying.",
            "Trying the page again.",
            "Another attempt to page Brunner.",
            "Gateway still timing out. Retrying.",
            "Re-sending the page.",
            "I'll page him again.",
        ],
        "reword": (
            "page_member",
            [
                ({"member": "M-117"}, ""),
                ({"member_id": "M-117"}, "Maybe the field is member_id."),
                ({"member": "m117"}, "Trying the short form of the id."),
                ({"name": "Luca Brunner"}, "Paging him by name instead."),
                ({"member": "M-117", "priority": "high"}, "Adding high priority."),
                ({"members": ["M-117"]}, "Perhaps it wants a list."),
            ],
            lambda rng, k: "PAGER-GW 503: upstream timeout after 30s",
        ),
        "flip": (
            "set_relay",
            lambda v: {"repeater": "RN-7", "mode": v},
            ["duplex", "simplex", "cross-band"],
            lambda v: f"RN-7: mode change to {v} queued (owner SECTOR-NORTH)",
            relay,
        ),
        "flip_say": [
            "Switching RN-7 to duplex should help Bravo.",
            "Duplex isn't showing; back to simplex.",
            "Let me try the other mode.",
            "Trying RN-7 again.",
            "Perhaps cross-band will take.",
            "Setting the repeater mode once more.",
        ],
        "progress_calls": [wx, phone, log],
        "progress_notes": [
            "Heli is out until at least 18:00; this is a ground job.",
            "Her phone is at 11%; we should keep calls short.",
            "Bravo reported W4 at 14:31 and is heading for the col.",
        ],
        "scripts": scripts,
    }


def semiconductor_fab() -> Domain:
    lot = "lot=L24-0871 product=PMIC-7A step=M2_CMP wafers=25 qty_scrap=0 yield_est=81.4 baseline=93.0 hold=N owner=YE-2"
    look: Call = ("lot_info", {"lot": "L24-0871"}, lot)
    spc: Call = (
        "spc_chart",
        {"tool": "CMP-03", "param": "removal_rate"},
        "tool=CMP-03 param=removal_rate n=30 mean=412.6 ucl=440 lcl=380 last=417 ooc_points=0 rule_viol=none",
    )
    wmap: Call = (
        "wafer_map",
        {"lot": "L24-0871", "wafer": 7},
        "wafer=7 die_total=612 die_fail=118 pattern=edge_ring radius_mm=138-147 bin_top=BIN14(open_via)",
    )
    recipe: Call = (
        "active_recipe",
        {"tool": "CMP-03", "step": "M2_CMP"},
        "tool=CMP-03 step=M2_CMP recipe=M2P_V17 pad_pressure_psi=2.8 platen_rpm=93 slurry=SL-44 frozen=Y ecn=ECN-4410 state=PENDING_REVIEW",
    )
    defect: Call = (
        "defect_scan",
        {"lot": "L24-0871", "layer": "M2"},
        "lot=L24-0871 layer=M2 scanned=5 adder_mean=38 adder_max=61 class_top=scratch(44%) residue(31%)",
    )

    def volatile(rng: random.Random, k: int) -> str:
        fields = [
            *lot.split(" "),
            f"query_ts=2024-11-06T09:{14 + k:02d}:{rng.randint(0, 59):02d}Z",
            f"trace={hexid(rng, 10)}",
        ]
        rng.shuffle(fields)
        return " ".join(fields)

    def vargs(rng: random.Random, k: int) -> dict[str, Any]:
        return rng.choice(
            [
                {"lot": "L24-0871", "nonce": rng.randint(10000, 99999)},
                {"nonce": rng.randint(10000, 99999), "lot": "L24-0871"},
                {"lot": "L24-0871", "as_of": f"09:{14 + k:02d}"},
            ]
        )

    def met(rng: random.Random, k: int) -> str:
        return f"job=MET-7730 type=thk_49pt lot=L24-0871 state=QUEUED position=3 tool=OPTI-02 tool_state=DOWN(PM) polled_at=09:{20 + 3 * k:02d}"

    def map_err(rng: random.Random, k: int) -> str:
        return f"ERR WFR_OUT_OF_RANGE wafer=26 lot_size=25 req={hexid(rng, 6) if k else 'a01f3c'}"

    def regen_draft(rng: random.Random, k: int) -> str:
        return compose(
            rng,
            [
                [
                    "L24-0871 excursion summary:",
                    "Yield excursion, lot L24-0871 (PMIC-7A).",
                    "Summary for YE review - L24-0871.",
                    "L24-0871: M2 CMP yield loss.",
                    "Excursion note, PMIC-7A lot 0871.",
                ],
                [
                    "Yield est 81.4% vs 93.0% baseline.",
                    "About 11.6 points below baseline at 81.4%.",
                    "We're at 81.4, baseline is 93.",
                    "Yield down to 81.4% (baseline 93.0%).",
                ],
                [
                    "Failures form an edge ring at 138-147 mm, top bin BIN14 open via.",
                    "Edge-ring fail signature, BIN14 dominant.",
                    "Wafer maps show an edge ring of open vias.",
                    "Fails concentrate at the wafer edge (BIN14).",
                ],
                [
                    "Defect scan shows scratch and residue adders on M2.",
                    "M2 adders averaging 38, mostly scratches.",
                    "CMP-03 SPC in control; defect adders elevated.",
                    "Removal rate in control, so likely a pad/conditioner issue.",
                ],
            ],
        )

    scripts = {
        "paging": [
            (
                "u",
                "List every lot that went through CMP-03 since yesterday 18:00 so we can scope the excursion.",
            ),
            ("s", "Paging the tool history."),
            (
                "c",
                "tool_history",
                {"tool": "CMP-03", "since": "2024-11-05T18:00Z", "limit": 4},
                "rows=4 next=eyJvIjo0fQ\nL24-0859 M2_CMP 18:42 yield_est=92.7\nL24-0862 M2_CMP 20:10 yield_est=93.4\nL24-0866 M1_CMP 21:35 yield_est=94.0\nL24-0868 M2_CMP 23:02 yield_est=90.8",
            ),
            (
                "c",
                "tool_history",
                {
                    "tool": "CMP-03",
                    "since": "2024-11-05T18:00Z",
                    "limit": 4,
                    "cursor": "eyJvIjo0fQ",
                },
                "rows=4 next=eyJvIjo4fQ\nL24-0869 M2_CMP 00:31 yield_est=86.2\nL24-0870 M1_CMP 01:55 yield_est=93.1\nL24-0871 M2_CMP 03:20 yield_est=81.4\nL24-0872 M2_CMP 04:48 yield_est=80.9",
            ),
            ("s", "The drop starts around 0868/0869 and only on M2 steps so far. Next page."),
            (
                "c",
                "tool_history",
                {
                    "tool": "CMP-03",
                    "since": "2024-11-05T18:00Z",
                    "limit": 4,
                    "cursor": "eyJvIjo4fQ",
                },
                "rows=2 next=null\nL24-0874 M1_CMP 06:12 yield_est=92.9\nL24-0875 M2_CMP 07:40 yield_est=79.6",
            ),
            (
                "s",
                "10 lots on CMP-03 since 18:00. M1 lots are fine (93-94%). M2 lots degrade from 23:02 on: 0868 90.8, 0869 86.2, 0871 81.4, 0872 80.9, 0875 79.6. Scope is M2 on CMP-03 from about 23:00; 0859 and 0862 look clean.",
            ),
        ],
        "corrected_retry": [
            ("u", "Pull the wafer map for the worst wafer of L24-0871."),
            (
                "c",
                "lot_wafers",
                {"lot": "L24-0871", "sort": "yield"},
                "ERR BAD_PARAM sort must be one of: slot, yield_asc, yield_desc",
            ),
            ("s", "Sort needs a direction; worst first is yield_asc."),
            (
                "c",
                "lot_wafers",
                {"lot": "L24-0871", "sort": "yield_asc", "limit": 3},
                "wafer=7 yield=80.7\nwafer=12 yield=80.9\nwafer=3 yield=81.0",
            ),
            (
                "c",
                "wafer_map",
                {"lot": "L24-0871", "wafer": "W07"},
                "ERR TYPE wafer expects int slot, got 'W07'",
            ),
            ("s", "Slot number as an integer, then."),
            ("c", "wafer_map", {"lot": "L24-0871", "wafer": 7}, wmap[2]),
            (
                "s",
                "Worst wafer is slot 7 at 80.7%: 118 of 612 die fail, in an edge ring between 138 and 147 mm, mostly BIN14 (open via).",
            ),
        ],
        "summaries": [
            ("u", "There are three shift notes mentioning CMP-03 overnight. Give me the gist."),
            (
                "c",
                "shift_note",
                {"id": "SN-1105-N1"},
                "author=tech_okafor time=22:40 text='CMP-03 pad change done, conditioner disk reused (312h), qual wafer ok'",
            ),
            (
                "c",
                "shift_note",
                {"id": "SN-1105-N2"},
                "author=tech_lindqvist time=01:15 text='CMP-03 slurry flow alarm x2, self-cleared, flow 148 vs 150 ml/min'",
            ),
            (
                "c",
                "shift_note",
                {"id": "SN-1106-N3"},
                "author=eng_chaudhry time=05:50 text='Edge-ring defect on post-CMP inspection for 0871, asked YE to look; tool not held'",
            ),
            (
                "s",
                "Gist: the pad on CMP-03 was changed at 22:40 but the conditioner disk was reused at 312 h; the qual wafer passed. Two self-clearing slurry flow alarms followed at 01:15 (148 vs 150 ml/min, minor). By 05:50 post-CMP inspection showed the edge ring on 0871 and the tool was left running. The timing matches the yield drop starting at about 23:00, which points at the pad change and the worn conditioner rather than slurry flow.",
            ),
        ],
        "polling_converges": [
            (
                "u",
                "Metrology is back up. Tell me when the thickness job on 0871 finishes and what it says.",
            ),
            (
                "c",
                "job_status",
                {"job": "MET-7730"},
                "job=MET-7730 state=QUEUED position=1 tool=OPTI-02 tool_state=UP",
            ),
            ("c", "wait", {"seconds": 180}, "ok"),
            ("c", "job_status", {"job": "MET-7730"}, "job=MET-7730 state=RUNNING sites_done=12/49"),
            ("c", "wait", {"seconds": 180}, "ok"),
            ("c", "job_status", {"job": "MET-7730"}, "job=MET-7730 state=RUNNING sites_done=12/49"),
            (
                "s",
                "Stuck at 12/49 for one interval; it measures wafer by wafer, so giving it another few minutes.",
            ),
            ("c", "wait", {"seconds": 300}, "ok"),
            (
                "c",
                "job_status",
                {"job": "MET-7730"},
                "job=MET-7730 state=DONE sites_done=49/49 mean_thk_A=4120 range_A=610 edge_thk_A=3710 center_thk_A=4290",
            ),
            (
                "s",
                "Done. Mean 4120 A with a 610 A range, and the edge is 580 A thinner than the centre: edge over-polish, consistent with the edge-ring open vias.",
            ),
        ],
        "draft_iterations": [
            ("u", "Write the hold comment for 0871 and 0872."),
            ("s", 'Draft: "Hold: yield excursion at M2 CMP on CMP-03. Pending YE review."'),
            ("u", "Too thin. Disposition won't accept it without the data."),
            (
                "s",
                'Draft 2: "Hold: M2 CMP excursion on CMP-03. Yield est 81.4% (0871), 80.9% (0872) vs 93.0% baseline. Edge-ring BIN14 open vias, edge over-polish (edge 3710 A vs centre 4290 A). Pending YE review."',
            ),
            ("u", "Good. Add the suspected cause and the next action, and who owns it."),
            (
                "s",
                'Draft 3: "Hold: M2 CMP excursion on CMP-03. Yield est 81.4% (0871), 80.9% (0872) vs 93.0%. Edge-ring BIN14 open vias; edge over-polish 580 A. Suspect: conditioner disk reused at 312 h after 22:40 pad change. Next: replace disk, run 2 qual wafers, YE-2 (Chaudhry) to disposition by 14:00."',
            ),
            ("u", "Approved, apply it."),
            (
                "c",
                "hold_lot",
                {"lots": ["L24-0871", "L24-0872"], "comment_ref": "draft3"},
                "held=2 hold_code=YE_EXC ticket=HLD-20931",
            ),
            ("s", "Both lots held under HLD-20931 with the approved comment."),
        ],
        "entities": [
            (
                "u",
                "Check removal-rate SPC on all four CMP tools so we know whether it's tool-specific.",
            ),
            (
                "c",
                "spc_chart",
                {"tool": "CMP-01", "param": "removal_rate"},
                "tool=CMP-01 n=30 mean=409.8 ucl=440 lcl=380 last=411 ooc_points=0 rule_viol=none",
            ),
            (
                "c",
                "spc_chart",
                {"tool": "CMP-02", "param": "removal_rate"},
                "tool=CMP-02 n=30 mean=415.1 ucl=440 lcl=380 last=398 ooc_points=0 rule_viol=none",
            ),
            ("c", "spc_chart", {"tool": "CMP-03", "param": "removal_rate"}, spc[2]),
            (
                "c",
                "spc_chart",
                {"tool": "CMP-04", "param": "removal_rate"},
                "tool=CMP-04 n=30 mean=421.0 ucl=440 lcl=380 last=436 ooc_points=1 rule_viol=WE2(2 of 3 beyond 2s)",
            ),
            (
                "s",
                "Removal rate is in control on CMP-01 to 03; CMP-03 (the suspect) looks normal at 412.6 mean. CMP-04 has one point out and a Western Electric rule 2 violation trending high, unrelated to this excursion but worth a ticket. So the CMP-03 problem is not removal rate; it's edge profile, which SPC on the mean won't see.",
            ),
        ],
        "status_updates": [
            ("u", "Keep me posted while the disk is replaced and the quals run."),
            (
                "c",
                "tool_state",
                {"tool": "CMP-03"},
                "tool=CMP-03 state=PM activity=conditioner_replace progress=40%",
            ),
            ("s", "CMP-03 status: PM, conditioner replacement 40% done."),
            (
                "c",
                "tool_state",
                {"tool": "CMP-03"},
                "tool=CMP-03 state=QUAL activity=qual_wafer_1 progress=polish_done",
            ),
            ("s", "CMP-03 status: disk in, first qual wafer polished, waiting on metrology."),
            (
                "c",
                "qual_result",
                {"tool": "CMP-03", "wafer": 1},
                "qual=1 range_A=240 edge_delta_A=-90 spec_range<=300 pass=Y",
            ),
            (
                "s",
                "CMP-03 status: qual 1 passes, range 240 A (spec 300), edge only 90 A thin now versus 580 before.",
            ),
            (
                "c",
                "qual_result",
                {"tool": "CMP-03", "wafer": 2},
                "qual=2 range_A=225 edge_delta_A=-75 pass=Y",
            ),
            (
                "s",
                "CMP-03 status: qual 2 passes too (225 A, edge -75 A). Tool can go back to production once YE signs.",
            ),
        ],
        "converging_checks": [
            (
                "u",
                "Tune the edge zone pressure on the CMP-05 dev tool so the edge delta is within +/-50 A. Dev tool only, production recipe is frozen.",
            ),
            (
                "c",
                "set_dev_param",
                {"tool": "CMP-05", "param": "edge_zone_psi", "value": 2.4},
                "ok CMP-05 edge_zone_psi=2.4",
            ),
            ("c", "polish_test", {"tool": "CMP-05"}, "edge_delta_A=-210 range_A=390"),
            ("s", "Edge still over-polished at -210 A. Dropping edge pressure further."),
            (
                "c",
                "set_dev_param",
                {"tool": "CMP-05", "param": "edge_zone_psi", "value": 1.8},
                "ok CMP-05 edge_zone_psi=1.8",
            ),
            ("c", "polish_test", {"tool": "CMP-05"}, "edge_delta_A=+95 range_A=260"),
            ("s", "Overshot to +95 A (edge now under-polished). Splitting the difference."),
            (
                "c",
                "set_dev_param",
                {"tool": "CMP-05", "param": "edge_zone_psi", "value": 2.0},
                "ok CMP-05 edge_zone_psi=2.0",
            ),
            ("c", "polish_test", {"tool": "CMP-05"}, "edge_delta_A=-30 range_A=205"),
            (
                "s",
                "2.0 psi gives -30 A edge delta and a 205 A range: inside +/-50. That's the value to propose in the ECN for production.",
            ),
        ],
        "transient_retry": [
            ("u", "Get the defect scan summary for 0871 M2."),
            (
                "e",
                "defect_scan",
                {"lot": "L24-0871", "layer": "M2"},
                "ERR DB_LOCK klarity db busy, retry in 10s",
            ),
            ("c", "wait", {"seconds": 10}, "ok"),
            (
                "e",
                "defect_scan",
                {"lot": "L24-0871", "layer": "M2"},
                "ERR DB_LOCK klarity db busy, retry in 10s",
            ),
            ("s", "Still locked; one more after a longer wait."),
            ("c", "wait", {"seconds": 30}, "ok"),
            ("c", "defect_scan", {"lot": "L24-0871", "layer": "M2"}, defect[2]),
            (
                "s",
                "5 wafers scanned: 38 adders on average (max 61), 44% scratches and 31% residue. Scratches fit a worn conditioner.",
            ),
        ],
        "search_refinement": [
            ("u", "Has this edge-ring signature happened before on this product?"),
            (
                "c",
                "excursion_search",
                {"text": "edge ring"},
                "hits=57 (all products, 2019-2024) top: EXC-1120 PMIC-5, EXC-1391 MCU-2, EXC-1402 PMIC-7A, ...",
            ),
            ("s", "57 is too broad. Limiting to PMIC-7A and CMP."),
            (
                "c",
                "excursion_search",
                {"text": "edge ring", "product": "PMIC-7A", "area": "CMP"},
                "hits=2 EXC-1402 (2023-03) EXC-1588 (2024-02)",
            ),
            (
                "c",
                "excursion_detail",
                {"id": "EXC-1402"},
                "id=EXC-1402 tool=CMP-01 cause='retaining ring worn' fix='ring replaced' yield_loss=9.8",
            ),
            (
                "c",
                "excursion_detail",
                {"id": "EXC-1588"},
                "id=EXC-1588 tool=CMP-03 cause='conditioner disk past life (300h)' fix='disk replaced, PM interval cut to 250h' yield_loss=12.1",
            ),
            (
                "s",
                "Yes, twice on PMIC-7A. EXC-1588 (Feb 2024) is the same tool and the same story: conditioner disk past 300 h, 12.1 points lost, fixed by replacing it and cutting the PM interval to 250 h. Last night the disk was reused at 312 h, so the 250 h rule was not followed.",
            ),
        ],
        "user_questions": [
            ("u", "How many wafers are affected in total?"),
            (
                "c",
                "lots_affected",
                {"tool": "CMP-03", "since": "23:00"},
                "lots=4 wafers=100 (L24-0868, 0869, 0871, 0872, 0875 partial: 0875 at M2 only)",
            ),
            ("s", "Four full lots plus 0875 at M2: 100 wafers through the suspect window."),
            ("u", "And the money?"),
            (
                "c",
                "wafer_value",
                {"product": "PMIC-7A", "step": "M2_CMP"},
                "value_usd_per_wafer=1840 die_per_wafer=612",
            ),
            (
                "s",
                "At $1840 per wafer at this step, the 100 wafers are worth about $184k; the ~12-point yield loss costs roughly $22k if nothing can be reworked.",
            ),
            ("u", "Can M2 be reworked?"),
            (
                "c",
                "rework_rules",
                {"product": "PMIC-7A", "step": "M2_CMP"},
                "rework=allowed max_passes=1 condition='thickness >= 3600 A at edge'",
            ),
            (
                "s",
                "Yes, once, if the edge is still at least 3600 A. Wafer 7 measured 3710 A, so it qualifies, barely; each wafer needs checking.",
            ),
        ],
        "reread_after_edit": [
            (
                "u",
                "Update the OCAP for CMP-03 with the conditioner life check, then show me the step list.",
            ),
            (
                "c",
                "ocap_read",
                {"doc": "OCAP-CMP-EDGE"},
                "rev=C steps: 1) hold lot 2) check SPC removal rate 3) check slurry flow 4) notify YE",
            ),
            (
                "c",
                "ocap_edit",
                {
                    "doc": "OCAP-CMP-EDGE",
                    "insert_after": 3,
                    "text": "check conditioner disk hours (<250h)",
                },
                "ok rev=D",
            ),
            (
                "c",
                "ocap_read",
                {"doc": "OCAP-CMP-EDGE"},
                "rev=D steps: 1) hold lot 2) check SPC removal rate 3) check slurry flow 4) check conditioner disk hours (<250h) 5) notify YE",
            ),
            (
                "s",
                "Rev D has the disk-hours check as step 4. The edge profile also needs a step, since SPC on the mean missed it.",
            ),
            (
                "c",
                "ocap_edit",
                {
                    "doc": "OCAP-CMP-EDGE",
                    "insert_after": 4,
                    "text": "run 49pt thickness; edge delta within +/-150A",
                },
                "ok rev=E",
            ),
            (
                "c",
                "ocap_read",
                {"doc": "OCAP-CMP-EDGE"},
                "rev=E steps: 1) hold lot 2) check SPC removal rate 3) check slurry flow 4) check conditioner disk hours (<250h) 5) run 49pt thickness; edge delta within +/-150A 6) notify YE",
            ),
            (
                "s",
                "Rev E: six steps, with the disk-hours and edge-thickness checks before notifying YE.",
            ),
        ],
    }

    return {
        "name": "semiconductor_fab_yield",
        "acks": ["ack.", "pulling it.", "checking.", "on it.", "querying.", "one sec."],
        "tasks": [
            "YE: L24-0871 came out of M2 CMP at 81.4% est. yield, baseline 93. Find the cause. Note: the CMP-03 recipe is frozen under ECN-4410 - do not touch it.",
            "Yield excursion on PMIC-7A, lot 0871, after M2 CMP. Root cause please, and which lots are at risk. No recipe changes on CMP-03 (ECN pending).",
            "Need eyes on L24-0871: edge fails after M2 CMP. CMP-03's recipe is frozen, leave it alone. What's going on?",
        ],
        "plans": [
            "Pulling lot info first.",
            "ack. lot_info on 0871, then maps.",
            "Starting with the lot record.",
            "OK - lot data, SPC, wafer maps, in that order.",
        ],
        "look": look,
        "side": spc,
        "recheck": [
            "Re-pulling lot_info.",
            "lot_info again.",
            "Checking 0871 once more.",
            "Let me re-query the lot.",
            "One more read of the lot record.",
            "Refreshing lot data.",
            "Re-checking yield_est on 0871.",
            "lot record, again.",
        ],
        "volatile": volatile,
        "vargs": vargs,
        "para": [
            "Next I'll correlate the edge-ring with the CMP-03 pad history.",
            "Going to line the fail pattern up against the pad change log now.",
            "I'll cross-reference the edge fails with CMP-03's consumables history next.",
            "Now: correlate BIN14 edge ring vs pad/conditioner events on CMP-03.",
            "Plan is to match the excursion timing to CMP-03 maintenance events.",
            "I'm about to check whether the edge ring lines up with the pad change.",
            "Correlation of the wafer-map signature with CMP-03 PM history comes next.",
            "Let me tie the fail pattern to the tool's PM events.",
        ],
        "nudges": ["YE: well?", "need the root cause, not a plan", "ping"],
        "mono": [
            "Edge-ring open vias after M2 CMP point at an edge over-polish problem on CMP-03.",
            "So the signature - ring at 138-147 mm, BIN14 - says over-polish at the edge, which means CMP-03.",
            "To summarise: the fails sit at the wafer edge, they are open vias, and the common factor is the CMP-03 M2 step.",
            "Summary: edge ring + open via + CMP-03 = edge over-polish.",
            "Putting it together again: M2 CMP on CMP-03 is over-polishing the edge and opening vias.",
            "The picture hasn't changed: CMP-03 is taking too much off the wafer edge at M2.",
            "Restating: the excursion is an edge over-polish at M2, tool CMP-03, showing as BIN14 opens.",
            "- pattern: edge ring\n- bin: BIN14 open via\n- step/tool: M2 CMP / CMP-03\n- mechanism: edge over-polish",
        ],
        "regen_ask": "Write the excursion summary for the YE review. It has to name the suspected root cause - no summary goes out without one.",
        "regen_draft": regen_draft,
        "regen_reject": [
            "Where's the root cause?",
            "Still no suspected cause. Rewrite.",
            "You describe the symptom again, not the cause.",
            "No root cause, no summary. Again.",
            "This doesn't say WHY. Try again.",
            "Root cause missing, same as last time.",
        ],
        "stall": ("job_status", {"job": "MET-7730"}, met),
        "stall_say": [
            "MET-7730 still queued behind the OPTI-02 PM. I'll poll again.",
            "No movement on the thickness job; checking again shortly.",
            "Still QUEUED. Will re-check.",
            "Metrology hasn't picked it up. Polling again in a bit.",
            "Job unchanged, OPTI-02 still down. Checking back.",
            "Queue position 3, same as before. I'll check again.",
            "Waiting on MET-7730; will look again.",
        ],
        "stall_ping": [
            "status?",
            "YE: is the thickness data in?",
            "any numbers yet",
            "eta on metrology?",
        ],
        "ab": [look, wmap],
        "ab_say": [
            "Comparing the lot numbers to the map.",
            "Cross-checking map vs lot record.",
            "Back to the map.",
            "Re-reading both.",
            "Let me reconcile these again.",
            "Lot record and map, once more.",
        ],
        "cyc": [look, spc, recipe],
        "fail": ("wafer_map", {"lot": "L24-0871", "wafer": 26}, map_err),
        "fail_say": [
            "Map didn't load, retrying.",
            "Trying wafer 26 again.",
            "Retry.",
            "Map service error; once more.",
            "Re-requesting the map.",
            "Let me pull that map again.",
        ],
        "reword": (
            "wafer_map",
            [
                ({"lot": "L24-0871", "wafer": 26}, ""),
                ({"lot": "L24-0871", "slot": 26}, "Maybe it's slot, not wafer."),
                ({"lot": "L24-0871", "wafer": "26"}, "As a string."),
                ({"lot": "l24-0871", "wafer": 26}, "Lower-case lot id."),
                ({"lot_id": "L24-0871", "wafer": 26}, "Trying lot_id."),
                ({"lot": "L24-0871", "wafers": [26]}, "List form."),
            ],
            lambda rng, k: "ERR WFR_OUT_OF_RANGE wafer=26 lot_size=25",
        ),
        "flip": (
            "set_recipe",
            lambda v: {"tool": "CMP-03", "step": "M2_CMP", "param": "pad_pressure_psi", "value": v},
            [2.5, 2.8, 2.6],
            lambda v: f"ok staged pad_pressure_psi={v} (apply requires ECN-4410 approval)",
            recipe,
        ),
        "flip_say": [
            "Lowering pad pressure to 2.5.",
            "Active recipe still shows 2.8; setting it back.",
            "Trying 2.6 instead.",
            "Re-applying the pressure change.",
            "Let me set it again and re-check.",
            "Maybe the other value takes.",
        ],
        "progress_calls": [spc, wmap, defect],
        "progress_notes": [
            "Removal rate is in control; not a rate problem.",
            "Wafer 7: edge ring, 118 fails, BIN14 open via.",
            "Adders elevated, mostly scratches - conditioner?",
        ],
        "scripts": scripts,
    }


def forensic_lab() -> Domain:
    item = '<item id="EV-0412" case="24-1187"><type>buccal reference swab</type><status>SEALED</status><location>FRZ-2/B4</location><seal>S-771903</seal></item>'
    look: Call = ("get_item", {"item_id": "EV-0412"}, item)
    queue: Call = (
        "lab_queue",
        {"section": "DNA"},
        '<queue section="DNA"><batch id="B-0931" items="24" stage="quant"/><batch id="B-0934" items="18" stage="waiting"/><capacity free="0"/></queue>',
    )
    custody: Call = (
        "custody_log",
        {"item_id": "EV-0419"},
        '<custody item="EV-0419"><entry t="2024-10-30T11:02">received by DS Obi</entry><entry t="2024-10-30T15:40">to FRZ-1/A2 by Tech Marsh</entry><hold type="court" ref="CO-24-556">defence examination pending; no movement</hold></custody>',
    )
    case: Call = (
        "case_items",
        {"case": "24-1187"},
        '<case id="24-1187"><item id="EV-0412" type="reference swab"/><item id="EV-0415" type="glove, left"/><item id="EV-0419" type="tool handle swab" hold="court"/><item id="EV-0420" type="fibre tape lift"/></case>',
    )
    auth: Call = (
        "case_officer",
        {"case": "24-1187"},
        '<officer case="24-1187" name="DS Priya Obi" authorised_tests="STR,fibre" pending_requests="1"/>',
    )

    def volatile(rng: random.Random, k: int) -> str:
        attrs = [
            f'served="2024-11-04T10:{20 + k:02d}:{rng.randint(0, 59):02d}Z"',
            f'req="{hexid(rng, 12)}"',
        ]
        rng.shuffle(attrs)
        return f"<response {' '.join(attrs)}>{item}</response>"

    def vargs(rng: random.Random, k: int) -> dict[str, Any]:
        return rng.choice(
            [
                {"item_id": "EV-0412", "audit_ref": f"AR-{rng.randint(100000, 999999)}"},
                {"audit_ref": f"AR-{rng.randint(100000, 999999)}", "item_id": "EV-0412"},
                {"item_id": "EV-0412 ", "requested_by": "agent"},
                {"item_id": "ev-0412"},
            ]
        )

    def batch(rng: random.Random, k: int) -> str:
        return '<batch id="B-0931" section="DNA"><stage>quant</stage><done>0/24</done><instrument id="QS-5" state="error: lid heater"/></batch>'

    def deny(rng: random.Random, k: int) -> str:
        ref = hexid(rng, 8) if k else "0c11e7a2"
        return f'<error code="403" ref="{ref}">STR-Y on EV-0415 requires case officer authorisation</error>'

    def regen_draft(rng: random.Random, k: int) -> str:
        return compose(
            rng,
            [
                [
                    "Case 24-1187 - evidence status report.",
                    "Status of exhibits, case 24-1187.",
                    "Report to DS Obi regarding case 24-1187.",
                    "Evidence position, 24-1187, as at this morning.",
                    "Case 24-1187: laboratory update.",
                ],
                [
                    "EV-0412 (reference swab) is sealed in FRZ-2/B4 under seal S-771903.",
                    "The reference swab EV-0412 remains sealed and stored at FRZ-2/B4.",
                    "Reference sample EV-0412: sealed, freezer 2, box B4.",
                    "EV-0412 is intact under seal S-771903.",
                ],
                [
                    "EV-0419 is subject to court order CO-24-556 and has not been moved.",
                    "The tool-handle swab (EV-0419) is held for defence examination.",
                    "EV-0419 remains in FRZ-1/A2 under the court hold.",
                    "No action has been taken on EV-0419 owing to the court hold.",
                ],
                [
                    "DNA batch B-0931 is at quantitation.",
                    "Processing is under way in the DNA section.",
                    "Laboratory work continues.",
                    "The DNA section is processing the batch.",
                    "",
                ],
            ],
        )

    scripts = {
        "paging": [
            (
                "u",
                "List every exhibit booked into the freezer store this week so I can reconcile it with the register.",
            ),
            ("s", "I shall page through the freezer intake records."),
            (
                "c",
                "store_intake",
                {"store": "FRZ", "week": "2024-W45", "offset": 0, "limit": 3},
                '<page offset="0" total="8"><row id="EV-0398" loc="FRZ-1/A1"/><row id="EV-0401" loc="FRZ-1/A1"/><row id="EV-0405" loc="FRZ-2/B1"/></page>',
            ),
            (
                "c",
                "store_intake",
                {"store": "FRZ", "week": "2024-W45", "offset": 3, "limit": 3},
                '<page offset="3" total="8"><row id="EV-0412" loc="FRZ-2/B4"/><row id="EV-0415" loc="FRZ-2/B4"/><row id="EV-0419" loc="FRZ-1/A2"/></page>',
            ),
            (
                "c",
                "store_intake",
                {"store": "FRZ", "week": "2024-W45", "offset": 6, "limit": 3},
                '<page offset="6" total="8"><row id="EV-0420" loc="FRZ-2/B5"/><row id="EV-0423" loc="FRZ-2/B5"/></page>',
            ),
            (
                "c",
                "register_count",
                {"store": "FRZ", "week": "2024-W45"},
                '<register store="FRZ" week="2024-W45" entries="8"/>',
            ),
            (
                "s",
                "Eight exhibits booked in this week: EV-0398, 0401 (FRZ-1/A1), 0405 (FRZ-2/B1), 0412, 0415 (FRZ-2/B4), 0419 (FRZ-1/A2), 0420 and 0423 (FRZ-2/B5). The paper register also shows eight entries, so the counts reconcile.",
            ),
        ],
        "corrected_retry": [
            ("u", "Request fibre comparison on the tape lift from case 24-1187."),
            (
                "e",
                "request_analysis",
                {"item_id": "EV-420", "test": "fibre"},
                '<error code="404">item EV-420 not found; identifiers are EV- followed by four digits</error>',
            ),
            ("s", "I dropped the leading zero. The tape lift is EV-0420."),
            (
                "e",
                "request_analysis",
                {"item_id": "EV-0420", "test": "fibre"},
                '<error code="422">test "fibre" requires a comparison reference (param: reference_item)</error>',
            ),
            (
                "s",
                "The comparison needs a reference. The recovered glove EV-0415 is the control the officer named.",
            ),
            (
                "c",
                "request_analysis",
                {"item_id": "EV-0420", "test": "fibre", "reference_item": "EV-0415"},
                '<request id="RQ-55810" item="EV-0420" test="fibre" reference="EV-0415" status="accepted" eta="5 working days"/>',
            ),
            (
                "s",
                "Accepted as RQ-55810: fibre comparison of tape lift EV-0420 against glove EV-0415, expected in five working days.",
            ),
        ],
        "summaries": [
            ("u", "Summarise the three bench notes on the glove, EV-0415, for the file."),
            (
                "c",
                "bench_note",
                {"note_id": "BN-2231"},
                '<note id="BN-2231" item="EV-0415" by="Tech Marsh">Seal intact on receipt. Left-hand nitrile glove, inside-out, tear at cuff. Photographed (12 images).</note>',
            ),
            (
                "c",
                "bench_note",
                {"note_id": "BN-2238"},
                '<note id="BN-2238" item="EV-0415" by="Dr Lund">Interior swabbed for touch DNA (2 swabs). Exterior taped for fibres (TL-1, TL-2). Blue fibres visible on TL-1.</note>',
            ),
            (
                "c",
                "bench_note",
                {"note_id": "BN-2244"},
                '<note id="BN-2244" item="EV-0415" by="Dr Lund">Swabs to DNA batch B-0931. Tape lifts retained; TL-1 to fibre section with EV-0420 for comparison. Resealed S-771955.</note>',
            ),
            (
                "s",
                "EV-0415 (left nitrile glove) arrived with its seal intact, inside-out and torn at the cuff, and was photographed. Dr Lund swabbed the interior twice for touch DNA and taped the exterior; blue fibres are visible on tape lift TL-1. The swabs went to DNA batch B-0931, TL-1 goes to the fibre section for comparison with EV-0420, and the glove was resealed under S-771955.",
            ),
        ],
        "polling_converges": [
            (
                "u",
                "The quant instrument has been repaired. Let me know when B-0931 reaches amplification.",
            ),
            (
                "c",
                "batch_status",
                {"batch": "B-0931"},
                '<batch id="B-0931"><stage>quant</stage><done>0/24</done><instrument id="QS-5" state="ready"/></batch>',
            ),
            ("c", "wait", {"minutes": 10}, "<ok/>"),
            (
                "c",
                "batch_status",
                {"batch": "B-0931"},
                '<batch id="B-0931"><stage>quant</stage><done>0/24</done><instrument id="QS-5" state="running"/></batch>',
            ),
            (
                "s",
                "The instrument is now running but no samples are complete. Quantitation takes about forty minutes; I shall check at longer intervals.",
            ),
            ("c", "wait", {"minutes": 30}, "<ok/>"),
            (
                "c",
                "batch_status",
                {"batch": "B-0931"},
                '<batch id="B-0931"><stage>quant</stage><done>24/24</done><flag>2 samples below 0.01 ng/ul</flag></batch>',
            ),
            ("c", "wait", {"minutes": 15}, "<ok/>"),
            (
                "c",
                "batch_status",
                {"batch": "B-0931"},
                '<batch id="B-0931"><stage>amplification</stage><done>0/22</done><note>2 low samples held for concentration</note></batch>',
            ),
            (
                "s",
                "B-0931 has reached amplification with 22 samples; the two that quantified below 0.01 ng/ul are held back for concentration.",
            ),
        ],
        "draft_iterations": [
            ("u", "Draft the continuity statement paragraph for EV-0412."),
            ("s", 'Draft: "I received exhibit EV-0412 and stored it in the freezer."'),
            ("u", "It needs dates, times and the seal number. A court will read this."),
            (
                "s",
                'Draft 2: "On 30 October 2024 at 11:10 I received exhibit EV-0412, a buccal reference swab, from DS Obi, sealed under S-771903. I stored it at FRZ-2/B4 at 11:25."',
            ),
            ("u", "Add that the seal was intact on receipt, and who has accessed it since."),
            (
                "c",
                "custody_log",
                {"item_id": "EV-0412"},
                '<custody item="EV-0412"><entry t="2024-10-30T11:10">received by Tech Marsh from DS Obi, seal intact</entry><entry t="2024-10-30T11:25">to FRZ-2/B4</entry></custody>',
            ),
            (
                "s",
                'Draft 3: "On 30 October 2024 at 11:10 I received exhibit EV-0412, a buccal reference swab, from DS Obi. The seal, S-771903, was intact. At 11:25 I placed it in freezer FRZ-2, box B4. The custody log records no access since that time."',
            ),
            ("u", "That will do."),
            ("s", "Filed as the continuity paragraph for EV-0412."),
        ],
        "entities": [
            ("u", "Give me the seal status of each item on case 24-1187."),
            ("c", "get_item", {"item_id": "EV-0412"}, item),
            (
                "c",
                "get_item",
                {"item_id": "EV-0415"},
                '<item id="EV-0415" case="24-1187"><type>glove, left</type><status>SEALED</status><location>FRZ-2/B4</location><seal>S-771955</seal></item>',
            ),
            (
                "c",
                "get_item",
                {"item_id": "EV-0419"},
                '<item id="EV-0419" case="24-1187"><type>tool handle swab</type><status>SEALED - COURT HOLD</status><location>FRZ-1/A2</location><seal>S-771921</seal></item>',
            ),
            (
                "c",
                "get_item",
                {"item_id": "EV-0420"},
                '<item id="EV-0420" case="24-1187"><type>fibre tape lift</type><status>OPEN - IN EXAMINATION</status><location>FIB-BENCH-3</location><seal>none</seal></item>',
            ),
            (
                "s",
                "EV-0412 sealed (S-771903); EV-0415 resealed (S-771955); EV-0419 sealed under the court hold (S-771921), untouched; EV-0420 is open on fibre bench 3 for examination, which is expected.",
            ),
        ],
        "status_updates": [
            ("u", "Keep the case officer informed as the glove's DNA work progresses."),
            (
                "c",
                "sample_status",
                {"sample": "EV-0415-S1"},
                '<sample id="EV-0415-S1" stage="extraction" result="pending"/>',
            ),
            ("s", "Update for DS Obi: glove swab S1 is in extraction."),
            (
                "c",
                "sample_status",
                {"sample": "EV-0415-S1"},
                '<sample id="EV-0415-S1" stage="quant" result="0.085 ng/ul"/>',
            ),
            (
                "s",
                "Update for DS Obi: glove swab S1 quantified at 0.085 ng/ul, enough for a profile.",
            ),
            (
                "c",
                "sample_status",
                {"sample": "EV-0415-S1"},
                '<sample id="EV-0415-S1" stage="CE" result="mixture, 2 contributors, major profile 15 loci"/>',
            ),
            (
                "s",
                "Update for DS Obi: S1 gives a two-person mixture with a major profile at 15 loci.",
            ),
            (
                "c",
                "sample_status",
                {"sample": "EV-0415-S1"},
                '<sample id="EV-0415-S1" stage="reviewed" result="major profile searchable; minor uninterpretable"/>',
            ),
            (
                "s",
                "Update for DS Obi: reviewed; the major profile can be searched against the database, the minor contributor cannot be interpreted.",
            ),
        ],
        "converging_checks": [
            (
                "u",
                "The concentrated low samples need to land between 0.02 and 0.05 ng/ul before amplification. Adjust the elution volume on the test aliquot.",
            ),
            (
                "c",
                "set_elution",
                {"sample": "EV-0415-S2-test", "volume_ul": 50},
                '<ok volume_ul="50"/>',
            ),
            (
                "c",
                "quantify",
                {"sample": "EV-0415-S2-test"},
                '<quant sample="EV-0415-S2-test" ng_ul="0.011"/>',
            ),
            ("s", "Still too dilute at 50 ul. Reducing to 20 ul."),
            (
                "c",
                "set_elution",
                {"sample": "EV-0415-S2-test", "volume_ul": 20},
                '<ok volume_ul="20"/>',
            ),
            (
                "c",
                "quantify",
                {"sample": "EV-0415-S2-test"},
                '<quant sample="EV-0415-S2-test" ng_ul="0.061"/>',
            ),
            ("s", "0.061 overshoots the upper bound. Trying 25 ul."),
            (
                "c",
                "set_elution",
                {"sample": "EV-0415-S2-test", "volume_ul": 25},
                '<ok volume_ul="25"/>',
            ),
            (
                "c",
                "quantify",
                {"sample": "EV-0415-S2-test"},
                '<quant sample="EV-0415-S2-test" ng_ul="0.044"/>',
            ),
            (
                "s",
                "25 ul gives 0.044 ng/ul, within range. I shall apply 25 ul to the real samples.",
            ),
        ],
        "transient_retry": [
            ("u", "Check whether the profile from the glove has a database match."),
            (
                "e",
                "db_search",
                {"profile": "EV-0415-S1-major"},
                '<error code="503">national database gateway unavailable (maintenance window 09:00-09:15)</error>',
            ),
            (
                "s",
                "The national database is in a short maintenance window until 09:15. I shall wait and retry.",
            ),
            ("c", "wait", {"minutes": 15}, "<ok/>"),
            (
                "c",
                "db_search",
                {"profile": "EV-0415-S1-major"},
                '<result profile="EV-0415-S1-major" matches="1"><match ref="NDB-88-4471" loci="15/15" lr="1e9+"/></result>',
            ),
            (
                "s",
                "One match, NDB-88-4471, on all 15 loci with a likelihood ratio above one billion. The identity goes to the case officer through the usual disclosure route, not in this channel.",
            ),
        ],
        "search_refinement": [
            (
                "u",
                "Find the validation record for the low-template concentration method; the defence may ask.",
            ),
            ("c", "qms_search", {"q": "validation"}, '<hits total="212"/>'),
            ("s", "Far too many. Narrowing to DNA and concentration."),
            (
                "c",
                "qms_search",
                {"q": "validation concentration", "section": "DNA"},
                '<hits total="3"><doc id="VAL-DNA-017" title="Microcon concentration, low template"/><doc id="VAL-DNA-022" title="Elution volume study"/><doc id="VAL-DNA-009" title="Quant kit v2"/></hits>',
            ),
            (
                "c",
                "qms_doc",
                {"id": "VAL-DNA-017"},
                '<doc id="VAL-DNA-017" status="current" approved="2023-06-12" scope="0.005-0.02 ng/ul input" accredited="yes"/>',
            ),
            (
                "s",
                'VAL-DNA-017, "Microcon concentration, low template", current and accredited since 12 June 2023, covers inputs of 0.005-0.02 ng/ul, which includes our two low samples. VAL-DNA-022 (elution volume study) supports the 25 ul setting.',
            ),
        ],
        "user_questions": [
            ("u", "Where is the tool handle swab physically?"),
            (
                "c",
                "get_item",
                {"item_id": "EV-0419"},
                '<item id="EV-0419"><location>FRZ-1/A2</location><status>SEALED - COURT HOLD</status></item>',
            ),
            ("s", "Freezer 1, box A2, sealed and under the court hold."),
            ("u", "When is the defence examination?"),
            (
                "c",
                "court_order",
                {"ref": "CO-24-556"},
                '<order ref="CO-24-556" exam_date="2024-11-12" examiner="Dr Hale (defence)" condition="item not to be opened or moved before exam"/>',
            ),
            (
                "s",
                "12 November, by Dr Hale for the defence. The order forbids opening or moving the item before then.",
            ),
            ("u", "Can we at least photograph it through the bag?"),
            (
                "c",
                "court_order_terms",
                {"ref": "CO-24-556", "clause": "handling"},
                "<clause>External photography permitted if item remains in store and seal is not disturbed.</clause>",
            ),
            (
                "s",
                "Yes, provided it stays in the store and the seal is not disturbed; external photographs are permitted under the handling clause.",
            ),
        ],
        "reread_after_edit": [
            (
                "u",
                "Correct the description of EV-0420 in the exhibit record; it says glove, it's a tape lift.",
            ),
            (
                "c",
                "get_item",
                {"item_id": "EV-0420"},
                '<item id="EV-0420"><type>glove, right</type><status>OPEN</status></item>',
            ),
            (
                "c",
                "amend_item",
                {
                    "item_id": "EV-0420",
                    "field": "type",
                    "value": "fibre tape lift",
                    "reason": "data entry error",
                },
                '<ok amendment="AM-3391"/>',
            ),
            (
                "c",
                "get_item",
                {"item_id": "EV-0420"},
                '<item id="EV-0420"><type>fibre tape lift</type><status>OPEN</status><amended ref="AM-3391"/></item>',
            ),
            (
                "s",
                'Type now reads "fibre tape lift" with amendment AM-3391. The source should be recorded as well, since the lift came from the glove.',
            ),
            (
                "c",
                "amend_item",
                {
                    "item_id": "EV-0420",
                    "field": "source",
                    "value": "TL-1 from EV-0415 exterior",
                    "reason": "completeness",
                },
                '<ok amendment="AM-3392"/>',
            ),
            (
                "c",
                "get_item",
                {"item_id": "EV-0420"},
                '<item id="EV-0420"><type>fibre tape lift</type><source>TL-1 from EV-0415 exterior</source><status>OPEN</status><amended ref="AM-3391,AM-3392"/></item>',
            ),
            (
                "s",
                "The record now shows the correct type and the source, with both amendments logged.",
            ),
        ],
    }

    return {
        "name": "forensic_evidence_lab",
        "acks": [
            "Certainly; one moment.",
            "I shall check.",
            "Retrieving the record.",
            "Of course.",
            "Let me consult the system.",
            "Very well.",
        ],
        "tasks": [
            "Case 24-1187 (burglary, Marsh Lane). DS Obi needs a status report on all exhibits by noon. EV-0419 is under court order CO-24-556: it is not to be moved or opened.",
            "Please prepare the exhibit position for case 24-1187. Note the court hold on EV-0419 - no movement of that item under any circumstances.",
            "DS Obi has asked where we are with case 24-1187. Please establish the status of each exhibit. Remember EV-0419 is held for the defence.",
        ],
        "plans": [
            "Certainly. I shall begin with the reference sample, EV-0412.",
            "Understood. First, the item record for EV-0412.",
            "I shall start by retrieving the exhibit records.",
            "Very well; the reference swab first.",
        ],
        "look": look,
        "side": case,
        "recheck": [
            "I shall retrieve EV-0412 again.",
            "For completeness, a further check of EV-0412.",
            "Re-examining the record for EV-0412.",
            "Let me confirm the item record once more.",
            "Checking EV-0412 again.",
            "A second look at the exhibit record.",
            "I will verify the record again before reporting.",
            "Once more, the item record.",
        ],
        "volatile": volatile,
        "vargs": vargs,
        "para": [
            "I shall now compile the exhibit status report for DS Obi.",
            "The next step is to prepare the report on the exhibits.",
            "I will draw the exhibit statuses together into a report now.",
            "Proceeding to assemble the status report for the case officer.",
            "I am about to write up the position on each exhibit.",
            "My next action is the written status report for case 24-1187.",
            "I shall prepare the report on the exhibits for DS Obi presently.",
            "Let me now put together the exhibit summary for the officer.",
        ],
        "nudges": [
            "DS Obi is asking for the report.",
            "Is the report ready?",
            "We need it by noon.",
        ],
        "mono": [
            "The reference swab is sealed, the tool-handle swab is under the court hold, and the DNA batch is waiting on the quantitation instrument.",
            "In summary: EV-0412 sealed and stored; EV-0419 held for the defence; DNA work paused at quantitation.",
            "To restate the position: the reference is secure, the held item is untouched, and the DNA batch cannot proceed until QS-5 is repaired.",
            "Position on 24-1187:\n1. EV-0412 - sealed\n2. EV-0419 - court hold\n3. B-0931 - stalled at quant",
            "Put simply, nothing has moved: the reference is sealed, the held item stays put, and the batch waits for the instrument.",
            "Reviewing again, the exhibits are secure and the only delay is the quantitation instrument.",
            "The overall picture remains that the items are secure and the laboratory work is held up at quantitation.",
            "**Status:** reference sealed; EV-0419 under court order; DNA batch awaiting QS-5.",
        ],
        "regen_ask": "Write the exhibit status report for DS Obi. It must state the date of the defence examination of EV-0419 - she has asked for it specifically.",
        "regen_draft": regen_draft,
        "regen_reject": [
            "The defence examination date is not in it.",
            "She asked specifically for the exam date. It is missing again.",
            "Still no date for the defence examination.",
            "Please include the examination date. It's still absent.",
            "No exam date. Rewrite.",
            "Again without the date of the defence examination.",
        ],
        "stall": ("batch_status", {"batch": "B-0931"}, batch),
        "stall_say": [
            "B-0931 remains at quantitation, 0 of 24. I shall check again shortly.",
            "No progress on the batch; I will look again.",
            "The instrument still reports a lid heater error. Checking again presently.",
            "Batch unchanged. I shall poll it again.",
            "Still 0/24 at quant. I will re-check in due course.",
            "No change. I shall return to it shortly.",
            "The batch has not advanced; another check shortly.",
        ],
        "stall_ping": [
            "Any movement on the batch?",
            "DS Obi is asking about the DNA.",
            "Update?",
            "Has quant started?",
        ],
        "ab": [look, custody],
        "ab_say": [
            "Comparing the item record with the custody log.",
            "Cross-referencing the two records.",
            "Returning to the custody log.",
            "Reconciling both records again.",
            "Let me check the two sources against each other once more.",
            "Back to the item record.",
        ],
        "cyc": [look, case, queue],
        "fail": ("request_analysis", {"item_id": "EV-0415", "test": "STR-Y"}, deny),
        "fail_say": [
            "The request was refused; I shall resubmit.",
            "Resubmitting the Y-STR request.",
            "Trying the request again.",
            "Another attempt at the submission.",
            "Retrying the analysis request.",
            "I shall submit it once more.",
        ],
        "reword": (
            "request_analysis",
            [
                ({"item_id": "EV-0415", "test": "STR-Y"}, ""),
                ({"item_id": "EV-0415", "test": "Y-STR"}, "Perhaps the test code is Y-STR."),
                (
                    {"item_id": "EV-0415", "test": "ystr", "priority": "routine"},
                    "Lower case, routine priority.",
                ),
                ({"items": ["EV-0415"], "test": "STR-Y"}, "As a list of items."),
                (
                    {"item_id": "EV-0415", "test": "STR-Y", "requested_by": "lab"},
                    "Stating that the laboratory is the requester.",
                ),
                ({"item": "EV-0415", "analysis": "Y chromosome STR"}, "In words."),
            ],
            lambda rng, k: (
                '<error code="403">STR-Y on EV-0415 requires case officer authorisation</error>'
            ),
        ),
        "flip": (
            "set_storage",
            lambda v: {"item_id": "EV-0419", "location": v},
            ["FRZ-2/B4", "FRZ-1/A2", "FRZ-2/B5"],
            lambda v: (
                f'<ok request="logged" item="EV-0419" target="{v}" note="subject to hold review"/>'
            ),
            custody,
        ),
        "flip_say": [
            "Moving EV-0419 alongside the other case items in FRZ-2/B4.",
            "The custody log does not show the move; returning it to A2.",
            "Trying box B5 instead.",
            "Resubmitting the storage change.",
            "Let me set the location again.",
            "Perhaps the other location will register.",
        ],
        "progress_calls": [case, queue, auth],
        "progress_notes": [
            "Four exhibits on the case; EV-0419 carries the court hold.",
            "DNA has no free capacity; B-0931 is at quantitation.",
            "DS Obi has authorised STR and fibre only.",
        ],
        "scripts": scripts,
    }


def airport_deicing() -> Domain:
    pad = "PAD | STATE | TRUCKS | IN BAY | NEXT\nD1  | OPEN  | T-11,T-12 | BA-1432 | EZY-49\nD2  | OPEN  | T-14 | - | LH-2271\nD3  | CLOSED (glycol recovery) | - | - | -"
    look: Call = ("pad_status", {"pads": "all"}, pad)
    hot: Call = (
        "holdover",
        {"fluid": "TYPE-IV", "oat_c": -3, "precip": "FZDZ"},
        "FLUID | OAT | PRECIP | HOT (min)\nTYPE-IV 100% | -3C | freezing drizzle light | 35-60",
    )
    queue: Call = (
        "deice_queue",
        {"stand_area": "WEST"},
        "POS | FLIGHT | TYPE | STAND | READY\n1 | EZY-49 | A320 | W12 | 07:05\n2 | LH-2271 | A321 | W07 | 07:09\n3 | BA-1436 | A319 | W15 | 07:14\n4 | KL-1002 | E190 | W03 | 07:16",
    )
    truck: Call = (
        "truck",
        {"id": "T-14"},
        "TRUCK | TYPE-I | TYPE-IV | STATE\nT-14 | 1800 L | 420 L | SPRAYING @D2",
    )
    d3: Call = (
        "pad_detail",
        {"pad": "D3"},
        "PAD D3 | CLOSED | reason: glycol recovery tank full, env permit EP-7 | assignable: NO | reopen: after tanker collection",
    )

    def volatile(rng: random.Random, k: int) -> str:
        return f"as of 07:{2 + k:02d}:{rng.randint(10, 59)}Z  (feed seq {rng.randint(40000, 49999)})\n{pad}"

    def vargs(rng: random.Random, k: int) -> dict[str, Any]:
        return rng.choice(
            [
                {"pads": "all", "cb": rng.randint(100000, 999999)},
                {"cb": rng.randint(100000, 999999), "pads": "all"},
                {"pads": "ALL"},
                {"pads": "all", "requested_at": f"07:{2 + k:02d}"},
            ]
        )

    def tanker(rng: random.Random, k: int) -> str:
        return "ORDER | SUPPLIER | PRODUCT | STATE | ETA\nGLY-5530 | Kilfrost | TYPE-IV 20000 L | AWAITING DRIVER | unknown"

    def reject(rng: random.Random, k: int) -> str:
        return f"REJECTED | flight EZY-49 not in A-CDM sequence for D3 | pad D3 not assignable | txn {hexid(rng, 6) if k else '9a9e01'}"

    def regen_draft(rng: random.Random, k: int) -> str:
        return compose(
            rng,
            [
                [
                    "Hi all, deicing update from the ramp:",
                    "Ok folks, here's where deicing stands:",
                    "Quick deice brief:",
                    "Morning team - deicing picture:",
                    "Deicing status for the ops channel:",
                ],
                [
                    "D1 and D2 are open, D3's closed for glycol recovery.",
                    "Two pads working (D1, D2); D3 shut, recovery tank full.",
                    "We're running on D1 and D2 only.",
                    "D3 is down, so it's D1/D2 doing everything.",
                ],
                [
                    "Holdover on Type IV is 35-60 min in the light freezing drizzle.",
                    "HOT is 35-60 minutes right now.",
                    "Type IV gives crews 35 to 60 minutes.",
                    "Freezing drizzle, so keep an eye on holdover.",
                ],
                [
                    "EZY-49 is next up.",
                    "Queue's four deep on the west side.",
                    "Expect a bit of a wait.",
                    "Thanks everyone, stay warm out there.",
                    "",
                ],
            ],
        )

    scripts = {
        "paging": [
            (
                "u",
                "Morning! Can you pull every departure that'll need deicing before 08:00 so we can plan trucks?",
            ),
            ("s", "Sure thing, going through the departures list."),
            (
                "c",
                "departures",
                {"from": "06:30", "to": "08:00", "page": 1},
                "PAGE 1 of 3\nFLIGHT | STD | STAND | DEICE?\nBA-1432 | 06:55 | W10 | Y\nEZY-49 | 07:15 | W12 | Y\nLH-2271 | 07:20 | W07 | Y",
            ),
            (
                "c",
                "departures",
                {"from": "06:30", "to": "08:00", "page": 2},
                "PAGE 2 of 3\nFLIGHT | STD | STAND | DEICE?\nBA-1436 | 07:25 | W15 | Y\nKL-1002 | 07:30 | W03 | Y\nFR-8814 | 07:35 | E02 | N (hangar overnight)",
            ),
            ("s", "Ryanair was in the hangar, so no spray for that one. Last page."),
            (
                "c",
                "departures",
                {"from": "06:30", "to": "08:00", "page": 3},
                "PAGE 3 of 3\nFLIGHT | STD | STAND | DEICE?\nAF-1681 | 07:45 | W09 | Y\nU2-8302 | 07:55 | W11 | Y",
            ),
            (
                "s",
                "Ok so 8 departures before 08:00, 7 need deicing: BA-1432, EZY-49, LH-2271, BA-1436, KL-1002, AF-1681, U2-8302. FR-8814 is clean from the hangar. With D3 shut that's 7 jobs across two pads in about an hour - tight but doable with three trucks.",
            ),
        ],
        "corrected_retry": [
            ("u", "How long's the holdover for Type IV right now?"),
            (
                "e",
                "holdover",
                {"fluid": "TYPE-IV", "oat_c": "-3C", "precip": "freezing drizzle"},
                "ERROR | oat_c must be a number; precip must be a METAR code (e.g. FZDZ, -SN, FZRA)",
            ),
            ("s", "Ah, it wants a plain number and the METAR code. Trying again."),
            ("c", "holdover", {"fluid": "TYPE-IV", "oat_c": -3, "precip": "FZDZ"}, hot[2]),
            (
                "s",
                "35 to 60 minutes for 100% Type IV at -3C in light freezing drizzle. Crews should be good if they're off the pad and rolling within half an hour.",
            ),
        ],
        "summaries": [
            ("u", "Can you give me the gist of the three crew reports from the night shift?"),
            (
                "c",
                "crew_report",
                {"id": "CR-0601"},
                "REPORT CR-0601 | T-11 | nozzle heater intermittent, swapped to backup nozzle 03:40, fine since",
            ),
            (
                "c",
                "crew_report",
                {"id": "CR-0602"},
                "REPORT CR-0602 | D3 | recovery tank hit 95% at 04:15, pad closed per EP-7, tanker ordered",
            ),
            (
                "c",
                "crew_report",
                {"id": "CR-0603"},
                "REPORT CR-0603 | T-14 | Type IV down to 420 L after 5 aircraft, refill at farm needs 25 min",
            ),
            (
                "s",
                "Night shift in short: T-11 had a flaky nozzle heater and runs on the backup nozzle since 03:40 (working). D3 closed at 04:15 when the recovery tank hit 95% - that's the environmental permit, so it stays shut until the tanker collects. T-14 is low on Type IV (420 L) and needs a 25-minute refill at the farm, so we'll want to time that between aircraft.",
            ),
        ],
        "polling_converges": [
            ("u", "Tanker's apparently on the way. Tell me when D3 opens back up."),
            (
                "c",
                "pad_detail",
                {"pad": "D3"},
                "PAD D3 | CLOSED | reason: glycol recovery tank full | tanker GLY-RC-12 ETA 07:20",
            ),
            ("c", "wait", {"minutes": 10}, "ok"),
            (
                "c",
                "pad_detail",
                {"pad": "D3"},
                "PAD D3 | CLOSED | reason: glycol recovery tank full | tanker GLY-RC-12 ETA 07:20",
            ),
            ("c", "wait", {"minutes": 10}, "ok"),
            (
                "c",
                "pad_detail",
                {"pad": "D3"},
                "PAD D3 | CLOSED | tanker GLY-RC-12 ON SITE, pumping out 40%",
            ),
            ("s", "Tanker's there and pumping, 40%. Checking back in ten."),
            ("c", "wait", {"minutes": 10}, "ok"),
            (
                "c",
                "pad_detail",
                {"pad": "D3"},
                "PAD D3 | OPEN 07:41 | recovery tank 12% | assignable: YES",
            ),
            (
                "s",
                "D3 reopened at 07:41 with the tank at 12%. We can start feeding AF-1681 and U2-8302 to it.",
            ),
        ],
        "draft_iterations": [
            ("u", "Write the message for pilots explaining the delay."),
            (
                "s",
                'Draft: "Deicing delays this morning due to a pad closure. Thanks for your patience."',
            ),
            ("u", "Pilots want numbers. How long?"),
            (
                "s",
                'Draft 2: "Only two deicing pads available this morning (D3 closed). Expect 15-20 min waits for deicing. Holdover Type IV 35-60 min in FZDZ."',
            ),
            (
                "u",
                "Good - tell them to call ready only when boarding's done, otherwise they lose their slot.",
            ),
            (
                "s",
                'Draft 3: "Two deicing pads available (D3 closed). Expect 15-20 min waits. Type IV holdover 35-60 min in FZDZ. Please call deice-ready only when boarding is complete and doors are closed; early calls lose their sequence slot."',
            ),
            ("u", "Perfect, send."),
            (
                "c",
                "broadcast",
                {"channel": "ATIS-ADD/PILOT-MSG", "text_ref": "draft3"},
                "SENT | 07:03 | recipients 14",
            ),
            ("s", "Sent 07:03 to 14 crews."),
        ],
        "entities": [
            ("u", "How much fluid's left on each truck?"),
            (
                "c",
                "truck",
                {"id": "T-11"},
                "TRUCK | TYPE-I | TYPE-IV | STATE\nT-11 | 3200 L | 1450 L | IDLE @D1",
            ),
            (
                "c",
                "truck",
                {"id": "T-12"},
                "TRUCK | TYPE-I | TYPE-IV | STATE\nT-12 | 2100 L | 980 L | SPRAYING @D1",
            ),
            ("c", "truck", {"id": "T-14"}, truck[2]),
            (
                "c",
                "truck",
                {"id": "T-15"},
                "TRUCK | TYPE-I | TYPE-IV | STATE\nT-15 | 0 L | 0 L | WORKSHOP (pump seal)",
            ),
            (
                "s",
                "T-11: 3200 I / 1450 IV, idle at D1 - the fullest. T-12: 2100 / 980, spraying at D1. T-14: 1800 / 420 at D2, needs a refill after this aircraft. T-15 is in the workshop with a pump seal. So really three trucks, and T-14 should refill next.",
            ),
        ],
        "status_updates": [
            ("u", "Keep the ops channel posted every few aircraft."),
            ("c", "pad_throughput", {"since": "06:30"}, "DONE 4 | AVG PAD TIME 11.5 min | QUEUE 5"),
            ("s", "Deice update 07:00: 4 done, 11.5 min average on the pad, 5 waiting."),
            ("c", "pad_throughput", {"since": "06:30"}, "DONE 7 | AVG PAD TIME 12.1 min | QUEUE 4"),
            ("s", "Deice update 07:25: 7 done, 12.1 min average, 4 waiting."),
            (
                "c",
                "pad_throughput",
                {"since": "06:30"},
                "DONE 11 | AVG PAD TIME 10.8 min | QUEUE 2 | D3 OPEN",
            ),
            (
                "s",
                "Deice update 07:50: 11 done, average down to 10.8 min now D3's open, only 2 waiting.",
            ),
        ],
        "converging_checks": [
            (
                "u",
                "Type I is coming out too cold on T-11 after the nozzle swap. Get the heater setpoint so nozzle temp is 60-70C.",
            ),
            ("c", "set_heater", {"truck": "T-11", "setpoint_c": 75}, "OK | T-11 heater 75C"),
            ("c", "nozzle_temp", {"truck": "T-11"}, "T-11 NOZZLE 54C"),
            (
                "s",
                "54 at the nozzle with 75 set, so the backup nozzle loses about 20 degrees. Bumping up.",
            ),
            ("c", "set_heater", {"truck": "T-11", "setpoint_c": 95}, "OK | T-11 heater 95C"),
            ("c", "nozzle_temp", {"truck": "T-11"}, "T-11 NOZZLE 76C"),
            ("s", "Bit too hot now, 76. Coming back down a notch."),
            ("c", "set_heater", {"truck": "T-11", "setpoint_c": 88}, "OK | T-11 heater 88C"),
            ("c", "nozzle_temp", {"truck": "T-11"}, "T-11 NOZZLE 67C"),
            ("s", "88 set gives 67 at the nozzle - right in the window. Leaving it there."),
        ],
        "transient_retry": [
            ("u", "Assign LH-2271 to D2 please."),
            (
                "e",
                "assign",
                {"flight": "LH-2271", "pad": "D2"},
                "ERROR | A-CDM link timeout, no change made",
            ),
            ("s", "The A-CDM link blipped, nothing got changed. Sending it again."),
            (
                "c",
                "assign",
                {"flight": "LH-2271", "pad": "D2"},
                "OK | LH-2271 -> D2 | slot 07:12 | TOBT unchanged",
            ),
            ("s", "Done: LH-2271 on D2 for 07:12."),
        ],
        "search_refinement": [
            ("u", "Is there any rule about deicing on the remote stands when the pads are full?"),
            (
                "c",
                "manual_search",
                {"q": "remote stand"},
                "38 hits across Ground Ops Manual, AOM, Safety Bulletins",
            ),
            ("s", "Loads. Narrowing to the deicing chapter."),
            (
                "c",
                "manual_search",
                {"q": "remote stand deicing", "doc": "GOM", "chapter": "9"},
                "2 hits: GOM 9.4.2 'Stand deicing - conditions', GOM 9.7 'Environmental - glycol runoff'",
            ),
            (
                "c",
                "manual_read",
                {"ref": "GOM 9.4.2"},
                "9.4.2 Stand deicing permitted on W01-W06 only (drainage to recovery). Type I only. Not on W07-W15.",
            ),
            (
                "s",
                "GOM 9.4.2: stand deicing is allowed only on W01-W06 (they drain to recovery) and Type I only. So KL-1002 on W03 could be done on stand if it only needs Type I; the others on W07-W15 have to use a pad.",
            ),
        ],
        "user_questions": [
            ("u", "Who's next on D1?"),
            (
                "c",
                "pad_status",
                {"pads": "D1"},
                "PAD | STATE | IN BAY | NEXT\nD1 | OPEN | BA-1432 | EZY-49",
            ),
            ("s", "EZY-49, right after BA-1432 clears."),
            ("u", "and how long has BA-1432 been in there?"),
            (
                "c",
                "bay_timer",
                {"pad": "D1"},
                "D1 | BA-1432 | in bay 9 min | spray 6 min | phase: Type IV",
            ),
            ("s", "Nine minutes, and they're on the Type IV coat, so a couple more minutes."),
            ("u", "Is EZY-49 actually ready?"),
            (
                "c",
                "flight_status",
                {"flight": "EZY-49"},
                "EZY-49 | doors CLOSED 07:04 | deice-ready called 07:05 | tow: not needed",
            ),
            ("s", "Yep, doors closed at 07:04 and they called ready at 07:05."),
        ],
        "reread_after_edit": [
            ("u", "Update the pad plan so AF-1681 goes to D3 now that it's open."),
            (
                "c",
                "pad_plan",
                {"window": "07:40-08:00"},
                "SLOT | D1 | D2 | D3\n07:40 | KL-1002 | BA-1436 | -\n07:50 | AF-1681 | U2-8302 | -",
            ),
            ("c", "edit_pad_plan", {"flight": "AF-1681", "pad": "D3", "slot": "07:45"}, "OK"),
            (
                "c",
                "pad_plan",
                {"window": "07:40-08:00"},
                "SLOT | D1 | D2 | D3\n07:40 | KL-1002 | BA-1436 | -\n07:45 | - | - | AF-1681\n07:50 | - | U2-8302 | -",
            ),
            (
                "s",
                "AF-1681 is on D3 at 07:45 now, which leaves D1 free at 07:50. Pulling U2-8302 onto D1 to balance it.",
            ),
            ("c", "edit_pad_plan", {"flight": "U2-8302", "pad": "D1", "slot": "07:50"}, "OK"),
            (
                "c",
                "pad_plan",
                {"window": "07:40-08:00"},
                "SLOT | D1 | D2 | D3\n07:40 | KL-1002 | BA-1436 | -\n07:45 | - | - | AF-1681\n07:50 | U2-8302 | - | -",
            ),
            (
                "s",
                "Plan updated: AF-1681 on D3 at 07:45, U2-8302 on D1 at 07:50, and D2 frees up for any late ones.",
            ),
        ],
    }

    return {
        "name": "airport_deicing_ops",
        "acks": [
            "Sure, one sec!",
            "Ok, looking.",
            "On it!",
            "Yep, checking.",
            "Gimme a moment.",
            "Sure thing.",
        ],
        "tasks": [
            "Morning! Freezing drizzle, -3. D3's closed for glycol recovery (environmental permit, can't be assigned). Keep the west departures moving through D1 and D2 and tell me if anything's at risk on holdover.",
            "hey, deice coordinator's off sick, can you run the queue? D1/D2 only - D3 is shut for glycol recovery, don't put anyone on it. FZDZ, -3C.",
            "We've got freezing drizzle and a full west side. Please manage the deicing queue. D3 is closed under the environmental permit until the tanker comes.",
        ],
        "plans": [
            "Sure thing! Looking at the pads first.",
            "Ok so let's see what the pads look like.",
            "On it - pad status first, then the queue.",
            "Morning! Grabbing the pad board.",
        ],
        "look": look,
        "side": queue,
        "recheck": [
            "Let me peek at the pads again.",
            "Checking the pad board once more.",
            "Ok, pads again.",
            "Quick re-check of the pads.",
            "One more look at the pad status.",
            "Refreshing the pad board.",
            "Pads again, just to be sure.",
            "Let's have another look at D1-D3.",
        ],
        "volatile": volatile,
        "vargs": vargs,
        "para": [
            "Ok, I'll sort out the sequence for the next few aircraft now.",
            "Next up I'm going to line up who goes on which pad.",
            "Right, let me work out the pad sequence for the west side.",
            "I'll put together the running order for D1 and D2 now.",
            "Going to plan the next aircraft onto the pads.",
            "Let me get the sequence sorted for the queue.",
            "Sequencing the next departures onto D1/D2 is what I'll do now.",
            "Working on who goes where next - sequence coming up.",
        ],
        "nudges": ["sequence?", "Tower's asking who's next.", "we need that order please"],
        "mono": [
            "So with D3 closed it's just D1 and D2, and the queue is four deep, which means around 12 minutes a go.",
            "Basically two pads, four aircraft waiting, roughly twelve minutes per aircraft.",
            "Ok so the way I see it: D1 and D2 are carrying everything while D3's out, so waits stack up.",
            "Pads: D1 + D2 open, D3 closed\nQueue: 4\nPer aircraft: ~12 min",
            "To put it simply, we're a pad down and the queue's building.",
            "Thinking about it again - two working pads, four in line, about twelve minutes each.",
            "Summary: one pad short, queue of four, twelve-ish minutes per aircraft.",
            "The situation hasn't changed: D3 shut, D1 and D2 busy, four waiting.",
        ],
        "regen_ask": "Post a deicing update to the ops channel. It needs the expected wait time for the next departures - that's what ops actually wants.",
        "regen_draft": regen_draft,
        "regen_reject": [
            "No wait time in there.",
            "Ops needs the expected wait, it's not there again.",
            "Still missing how long they'll wait.",
            "Where's the wait time??",
            "Same problem, no wait estimate.",
            "Please add the wait time. Again.",
        ],
        "stall": ("tanker_order", {"order": "GLY-5530"}, tanker),
        "stall_say": [
            "Tanker's still waiting for a driver. I'll check again in a bit.",
            "No driver yet on GLY-5530 - checking again shortly.",
            "Still awaiting driver. Will look again.",
            "Nothing's moved on the fluid order. I'll re-check.",
            "Same, no ETA. Back to it in a minute.",
            "Order's still stuck; I'll keep an eye on it.",
            "Still no driver. Checking again soon.",
        ],
        "stall_ping": [
            "fluid?",
            "any news on the tanker?",
            "T-14 is nearly dry, where's the tanker?",
            "update?",
        ],
        "ab": [look, queue],
        "ab_say": [
            "Pads vs queue again.",
            "Let me line the queue up with the pads.",
            "Back to the queue.",
            "Checking the pads against the queue once more.",
            "Ok, comparing again.",
            "Pads, then queue.",
        ],
        "cyc": [look, queue, hot],
        "fail": ("assign", {"flight": "EZY-49", "pad": "D3"}, reject),
        "fail_say": [
            "Rejected, trying again.",
            "Let me resend the assignment.",
            "Retrying EZY-49 on D3.",
            "Hmm, again.",
            "Giving the assignment another go.",
            "Trying once more.",
        ],
        "reword": (
            "assign",
            [
                ({"flight": "EZY-49", "pad": "D3"}, ""),
                ({"flight": "EZY49", "pad": "D3"}, "Without the dash?"),
                ({"callsign": "EZY49", "pad": "D3"}, "Maybe it wants the callsign."),
                ({"flight": "EZY-49", "pad": "3"}, "Just the pad number."),
                ({"flight": "EZY-49", "pad": "D3", "force": True}, "With force on."),
                ({"flight": "EZY-49", "pad": "D3", "slot": "07:10"}, "Giving it an explicit slot."),
            ],
            lambda rng, k: (
                "REJECTED | flight EZY-49 not in A-CDM sequence for D3 | pad D3 not assignable"
            ),
        ),
        "flip": (
            "set_pad_mode",
            lambda v: {"pad": "D3", "mode": v},
            ["OPEN", "CLOSED", "TYPE-I ONLY"],
            lambda v: f"ACK | D3 mode request {v} | pending env permit check",
            d3,
        ),
        "flip_say": [
            "Opening D3 to take the overflow.",
            "D3 still shows closed; setting it back.",
            "Let me try Type I only on D3.",
            "Trying the pad mode again.",
            "Ok, flipping it once more.",
            "Maybe the other mode goes through.",
        ],
        "progress_calls": [queue, hot, truck],
        "progress_notes": [
            "Four waiting on the west side, EZY-49 first.",
            "Holdover 35-60 min - fine if crews go straight out.",
            "T-14 is getting low on Type IV.",
        ],
        "scripts": scripts,
    }


def urban_trees() -> Domain:
    def feat(tid: str, props: dict[str, Any], lon: float, lat: float) -> str:
        return json.dumps(
            {
                "type": "Feature",
                "id": tid,
                "properties": props,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            }
        )

    t931 = feat(
        "T-20931",
        {
            "species": "Platanus x acerifolia",
            "dbh_cm": 84,
            "condition": "poor",
            "lean_deg": 14,
            "defect": "root plate lifting",
        },
        -1.5491,
        53.8008,
    )
    look: Call = ("tree", {"tree_id": "T-20931"}, t931)
    insp: Call = (
        "inspection",
        {"tree_id": "T-20931", "latest": True},
        json.dumps(
            {
                "tree_id": "T-20931",
                "date": "2024-11-03",
                "inspector": "R. Achebe",
                "risk": "high",
                "action": "fell or reduce within 7 days",
            }
        ),
    )
    wo: Call = (
        "work_order",
        {"order_id": "WO-771"},
        json.dumps(
            {
                "order_id": "WO-771",
                "tree_id": "T-20544",
                "action": "crown reduction 30%",
                "priority": "P3",
                "locked": True,
                "lock_reason": "TPO consent TPO/24/118 pending",
            }
        ),
    )
    street: Call = (
        "trees_on",
        {"street": "Hyde Park Road", "limit": 3},
        json.dumps({"features": 3, "ids": ["T-20928", "T-20931", "T-20935"], "next": "c2"}),
    )
    util: Call = (
        "utility_request",
        {"ref": "UKPN-44120"},
        json.dumps(
            {
                "ref": "UKPN-44120",
                "type": "overhead isolation",
                "tree_id": "T-20931",
                "status": "awaiting confirmation",
                "updated": "2024-11-04",
            }
        ),
    )

    def volatile(rng: random.Random, k: int) -> str:
        base = json.loads(t931)
        base["meta"] = {
            "request_id": hexid(rng, 12),
            "generated": f"2024-11-05T08:{10 + k:02d}:{rng.randint(0, 59):02d}Z",
        }
        keys = list(base)
        rng.shuffle(keys)
        return json.dumps({key: base[key] for key in keys})

    def vargs(rng: random.Random, k: int) -> dict[str, Any]:
        return rng.choice(
            [
                {"tree_id": "T-20931", "_": rng.randint(1, 10**9)},
                {"_": rng.randint(1, 10**9), "tree_id": "T-20931"},
                {"tree_id": "t-20931"},
                {"tree_id": "T-20931", "fields": "*"},
            ]
        )

    def utility(rng: random.Random, k: int) -> str:
        return util[2]

    def wo_err(rng: random.Random, k: int) -> str:
        return json.dumps(
            {
                "status": 422,
                "error": "species_code required for felling orders",
                "trace": hexid(rng, 8) if k else "51be0a77",
            }
        )

    def regen_draft(rng: random.Random, k: int) -> str:
        return compose(
            rng,
            [
                [
                    "Dear resident,",
                    "Dear neighbour,",
                    "Hello,",
                    "To the occupier,",
                    "Dear Hyde Park Road resident,",
                ],
                [
                    "The London plane outside number 42 was damaged in Saturday's storm.",
                    "Sunday's inspection found the plane tree by your house is unstable.",
                    "After the storm our arborist found the root plate of the street tree lifting.",
                    "The large plane tree near your property has been assessed as high risk.",
                ],
                [
                    "For safety it will need to be felled or heavily reduced.",
                    "We will need to carry out works on it soon.",
                    "The council will be taking action to make it safe.",
                    "We're arranging works to remove the risk.",
                ],
                [
                    "We apologise for any inconvenience.",
                    "Thank you for your patience.",
                    "Please contact the trees team with any questions.",
                    "Kind regards, Urban Forestry.",
                    "",
                ],
            ],
        )

    s = json.dumps
    scripts = {
        "paging": [
            ("u", "List every tree on Hyde Park Road with storm damage recorded since Saturday."),
            ("s", "I'll go through the street's trees in pages."),
            (
                "c",
                "trees_on",
                {"street": "Hyde Park Road", "limit": 3, "filter": "storm_2024_11"},
                s(
                    {
                        "ids": ["T-20928", "T-20931", "T-20935"],
                        "damage": ["hanger 8cm", "root plate lifting", "none"],
                        "next": "c2",
                    }
                ),
            ),
            (
                "c",
                "trees_on",
                {"street": "Hyde Park Road", "limit": 3, "filter": "storm_2024_11", "cursor": "c2"},
                s(
                    {
                        "ids": ["T-20940", "T-20944", "T-20951"],
                        "damage": ["split leader", "none", "none"],
                        "next": "c3",
                    }
                ),
            ),
            (
                "c",
                "trees_on",
                {"street": "Hyde Park Road", "limit": 3, "filter": "storm_2024_11", "cursor": "c3"},
                s({"ids": ["T-20957"], "damage": ["bark wound, minor"], "next": None}),
            ),
            (
                "s",
                "Seven trees on the road; four with storm damage. T-20931 (root plate lifting) is the serious one; T-20940 has a split leader and wants a look this week; T-20928 has an 8 cm hanger to remove; T-20957's bark wound is minor. T-20935, T-20944 and T-20951 are undamaged.",
            ),
        ],
        "corrected_retry": [
            ("u", "Raise a felling order for T-20931."),
            (
                "e",
                "create_work_order",
                {"tree_id": "T-20931", "action": "fell"},
                s({"status": 422, "error": "species_code required for felling orders"}),
            ),
            (
                "s",
                "It wants the species code. The record says Platanus x acerifolia; the council code for London plane is PLAC.",
            ),
            (
                "e",
                "create_work_order",
                {"tree_id": "T-20931", "action": "fell", "species_code": "platanus"},
                s(
                    {
                        "status": 422,
                        "error": "unknown species_code 'platanus'; expected 4-letter code",
                    }
                ),
            ),
            (
                "c",
                "create_work_order",
                {"tree_id": "T-20931", "action": "fell", "species_code": "PLAC"},
                s(
                    {
                        "order_id": "WO-802",
                        "tree_id": "T-20931",
                        "action": "fell",
                        "priority": "P1",
                        "status": "open",
                    }
                ),
            ),
            (
                "s",
                "Order WO-802 raised: fell T-20931, P1. It will need the UKPN isolation before the crew can start, as the tree is under the overhead line.",
            ),
        ],
        "summaries": [
            ("u", "Pull together what the three storm reports say about the park avenue section."),
            (
                "c",
                "report",
                {"id": "SR-1102-01"},
                s(
                    {
                        "by": "crew A",
                        "text": "Two limbs down on Park Avenue, road cleared by 10:20, trees T-18802 and T-18806 lost limbs over 20cm",
                    }
                ),
            ),
            (
                "c",
                "report",
                {"id": "SR-1102-04"},
                s(
                    {
                        "by": "public",
                        "text": "Tree opposite the school is leaning more than before, cracks in pavement",
                    }
                ),
            ),
            (
                "c",
                "report",
                {"id": "SR-1103-02"},
                s(
                    {
                        "by": "R. Achebe",
                        "text": "Inspected T-18811 opposite St Mary's school: lean 9deg (was 4), soil heave, high risk, fence off",
                    }
                ),
            ),
            (
                "s",
                "Park Avenue, in brief: crew A cleared two fallen limbs by 10:20 on Saturday, both from T-18802 and T-18806 (over 20 cm each), which need pruning wounds tidied. A member of the public reported the tree opposite the school leaning; Rhona Achebe confirmed on Sunday that T-18811's lean went from 4 to 9 degrees with soil heave - high risk, to be fenced off. That one is the priority because of the school.",
            ),
        ],
        "polling_converges": [
            (
                "u",
                "UKPN said they'd confirm the isolation today. Watch it and tell me when it's booked.",
            ),
            ("c", "utility_request", {"ref": "UKPN-44120"}, util[2]),
            ("c", "wait", {"minutes": 30}, "ok"),
            ("c", "utility_request", {"ref": "UKPN-44120"}, util[2]),
            ("s", "Still awaiting confirmation. I'll check hourly rather than every half hour."),
            ("c", "wait", {"minutes": 60}, "ok"),
            (
                "c",
                "utility_request",
                {"ref": "UKPN-44120"},
                s(
                    {
                        "ref": "UKPN-44120",
                        "status": "provisionally booked",
                        "window": "2024-11-07 08:00-12:00",
                        "updated": "2024-11-05",
                    }
                ),
            ),
            ("c", "wait", {"minutes": 60}, "ok"),
            (
                "c",
                "utility_request",
                {"ref": "UKPN-44120"},
                s(
                    {
                        "ref": "UKPN-44120",
                        "status": "confirmed",
                        "window": "2024-11-07 08:00-12:00",
                        "outage_notice": "sent to 14 properties",
                    }
                ),
            ),
            (
                "s",
                "Confirmed: isolation on Thursday 7 November, 08:00-12:00, and UKPN has notified the 14 affected properties. WO-802 can be scheduled into that window.",
            ),
        ],
        "draft_iterations": [
            ("u", "Draft the notice for residents about felling T-20931."),
            (
                "s",
                'Draft: "The plane tree outside 42 Hyde Park Road will be felled on 7 November for safety reasons."',
            ),
            ("u", "People will ask why. Say what's wrong with it, briefly."),
            (
                "s",
                'Draft 2: "After Saturday\'s storm our arborist found the root plate of the plane tree outside 42 Hyde Park Road lifting; it is at high risk of falling. It will be felled on Thursday 7 November."',
            ),
            ("u", "Add parking - the road will be coned off - and that we'll replant."),
            (
                "s",
                'Draft 3: "After Saturday\'s storm our arborist found the root plate of the plane tree outside 42 Hyde Park Road lifting; it is at high risk of falling. It will be felled on Thursday 7 November between 08:00 and 12:00. Please do not park between numbers 36 and 48 from 07:30 that day. We will plant a replacement tree this winter."',
            ),
            ("u", "Good, that's the one."),
            ("s", "Filed as the resident notice for WO-802."),
        ],
        "entities": [
            (
                "u",
                "What species are the damaged trees on Hyde Park Road? I'm thinking about replacements.",
            ),
            (
                "c",
                "tree",
                {"tree_id": "T-20928"},
                feat(
                    "T-20928",
                    {"species": "Tilia x europaea", "dbh_cm": 52, "condition": "fair"},
                    -1.5489,
                    53.8004,
                ),
            ),
            ("c", "tree", {"tree_id": "T-20931"}, t931),
            (
                "c",
                "tree",
                {"tree_id": "T-20940"},
                feat(
                    "T-20940",
                    {
                        "species": "Acer pseudoplatanus",
                        "dbh_cm": 61,
                        "condition": "fair",
                        "defect": "split leader",
                    },
                    -1.5497,
                    53.8015,
                ),
            ),
            (
                "c",
                "tree",
                {"tree_id": "T-20957"},
                feat(
                    "T-20957",
                    {"species": "Sorbus aria", "dbh_cm": 23, "condition": "good"},
                    -1.5503,
                    53.8022,
                ),
            ),
            (
                "s",
                "Lime (T-20928, 52 cm), London plane (T-20931, 84 cm, the one being felled), sycamore (T-20940, 61 cm) and whitebeam (T-20957, 23 cm). Only the plane needs replacing; the road is mixed, so a like-for-like plane or a narrower cultivar under the wires would both fit.",
            ),
        ],
        "status_updates": [
            ("u", "Let me know how the storm backlog is going through the day."),
            (
                "c",
                "backlog",
                {"event": "storm_2024_11"},
                s({"open": 46, "p1": 6, "closed_today": 0}),
            ),
            ("s", "Backlog at 08:30: 46 open jobs, 6 of them P1."),
            (
                "c",
                "backlog",
                {"event": "storm_2024_11"},
                s({"open": 39, "p1": 3, "closed_today": 7}),
            ),
            ("s", "Backlog at 12:00: 39 open, P1s down to 3, 7 closed this morning."),
            (
                "c",
                "backlog",
                {"event": "storm_2024_11"},
                s({"open": 31, "p1": 1, "closed_today": 15}),
            ),
            (
                "s",
                "Backlog at 16:00: 31 open, one P1 left (T-20931, waiting on the isolation), 15 closed today.",
            ),
        ],
        "converging_checks": [
            (
                "u",
                "Size the tree-protection fence for the new planting so the root protection area is covered but the footpath stays at least 1.2 m wide.",
            ),
            (
                "c",
                "rpa_check",
                {"tree_id": "T-20940", "fence_radius_m": 6.0},
                s({"rpa_covered_pct": 100, "footpath_clear_m": 0.4}),
            ),
            ("s", "6 m covers the RPA but leaves only 0.4 m of path. Shrinking it."),
            (
                "c",
                "rpa_check",
                {"tree_id": "T-20940", "fence_radius_m": 4.0},
                s({"rpa_covered_pct": 78, "footpath_clear_m": 1.9}),
            ),
            ("s", "4 m leaves plenty of path but only 78% cover. Trying 5 m."),
            (
                "c",
                "rpa_check",
                {"tree_id": "T-20940", "fence_radius_m": 5.0},
                s({"rpa_covered_pct": 92, "footpath_clear_m": 1.2}),
            ),
            (
                "c",
                "rpa_check",
                {
                    "tree_id": "T-20940",
                    "fence_radius_m": 5.0,
                    "offset_side": "road",
                    "offset_m": 0.8,
                },
                s({"rpa_covered_pct": 100, "footpath_clear_m": 1.2}),
            ),
            (
                "s",
                "5 m radius shifted 0.8 m towards the road covers the whole RPA and keeps exactly 1.2 m of footpath.",
            ),
        ],
        "transient_retry": [
            ("u", "What did the latest inspection of T-20931 say?"),
            (
                "e",
                "inspection",
                {"tree_id": "T-20931", "latest": True},
                s({"status": 502, "error": "bad gateway"}),
            ),
            ("s", "Gateway hiccup; trying again."),
            ("c", "inspection", {"tree_id": "T-20931", "latest": True}, insp[2]),
            ("s", "Rhona Achebe, 3 November: high risk, fell or reduce within seven days."),
        ],
        "search_refinement": [
            ("u", "Which trees do we have under TPO in the Hyde Park ward?"),
            ("c", "tpo_search", {"ward": "Hyde Park"}, s({"orders": 27, "trees": 141})),
            (
                "s",
                "141 trees is more than I need; restricting to street trees on the roads with storm damage.",
            ),
            (
                "c",
                "tpo_search",
                {"ward": "Hyde Park", "streets": ["Hyde Park Road", "Park Avenue"]},
                s(
                    {
                        "orders": 2,
                        "trees": ["T-20544", "T-18811"],
                        "refs": ["TPO/24/118", "TPO/09/031"],
                    }
                ),
            ),
            (
                "s",
                "Two: T-20544 on Hyde Park Road (TPO/24/118, consent pending for the crown reduction) and T-18811 on Park Avenue (TPO/09/031) - the leaning one opposite the school. Emergency works on T-18811 are allowed without consent if it's imminently dangerous, but we must notify the planning team within five days.",
            ),
        ],
        "user_questions": [
            ("u", "How tall is T-20931?"),
            (
                "c",
                "tree",
                {"tree_id": "T-20931", "fields": ["height_m", "crown_spread_m"]},
                s({"height_m": 22, "crown_spread_m": 14}),
            ),
            ("s", "22 m, with a 14 m crown spread."),
            ("u", "Would it reach the houses if it fell?"),
            (
                "c",
                "distance_to",
                {"tree_id": "T-20931", "layer": "buildings"},
                s({"nearest": "42 Hyde Park Road", "distance_m": 9.5}),
            ),
            ("s", "Yes. Number 42 is 9.5 m away, well inside a 22 m fall radius."),
            ("u", "Then why is it P1 and not an emergency?"),
            (
                "c",
                "inspection",
                {"tree_id": "T-20931", "latest": True, "fields": ["notes"]},
                s(
                    {
                        "notes": "lean stable over 48h monitoring, no further heave; P1 pending power isolation"
                    }
                ),
            ),
            (
                "s",
                "Because monitoring showed the lean stable for 48 hours, and the crew can't work near the live line; it's P1 pending the isolation rather than an immediate emergency.",
            ),
        ],
        "reread_after_edit": [
            ("u", "The inventory still lists T-20931 as 'fair'. Fix it and confirm."),
            (
                "c",
                "tree",
                {"tree_id": "T-20931", "fields": ["condition"]},
                s({"condition": "fair"}),
            ),
            (
                "c",
                "update_tree",
                {
                    "tree_id": "T-20931",
                    "condition": "poor",
                    "note": "storm 2024-11, root plate lifting",
                },
                s({"ok": True, "version": 8}),
            ),
            (
                "c",
                "tree",
                {"tree_id": "T-20931", "fields": ["condition", "version"]},
                s({"condition": "poor", "version": 8}),
            ),
            (
                "s",
                "Condition now 'poor' (version 8). Also marking it as scheduled for removal so it drops out of the maintenance rounds.",
            ),
            (
                "c",
                "update_tree",
                {"tree_id": "T-20931", "status": "scheduled_removal", "order": "WO-802"},
                s({"ok": True, "version": 9}),
            ),
            (
                "c",
                "tree",
                {"tree_id": "T-20931", "fields": ["condition", "status", "version"]},
                s({"condition": "poor", "status": "scheduled_removal", "version": 9}),
            ),
            ("s", "Confirmed: poor, scheduled for removal under WO-802 (version 9)."),
        ],
    }

    return {
        "name": "urban_tree_survey",
        "acks": [
            "Let me have a look.",
            "Of course - checking.",
            "Right, one moment.",
            "Looking it up.",
            "Sure.",
            "I will check.",
        ],
        "tasks": [
            "Storm follow-up for Hyde Park ward. Sort out the high-risk plane on Hyde Park Road (T-20931). WO-771 on T-20544 is locked until the TPO consent comes through - don't try to change it.",
            "Could you take over the Hyde Park storm list? T-20931 looks worst. Please leave WO-771 alone, it's frozen pending TPO consent.",
            "After the weekend's storm we need the Hyde Park Road trees dealt with, starting with T-20931. The TPO order on T-20544 (WO-771) can't be altered until consent.",
        ],
        "plans": [
            "Of course. I'll start with the tree record for T-20931.",
            "Happy to. Let me look at T-20931 first.",
            "Right - T-20931's record, then the inspection.",
            "Will do. First the inventory entry.",
        ],
        "look": look,
        "side": insp,
        "recheck": [
            "Let me look at T-20931 again.",
            "I'll re-read the record.",
            "Checking the tree record once more.",
            "Pulling T-20931 again, to be safe.",
            "Another look at the inventory entry.",
            "Refreshing T-20931.",
            "I'll double-check the record.",
            "Once more, T-20931.",
        ],
        "volatile": volatile,
        "vargs": vargs,
        "para": [
            "I'll raise the felling order for T-20931 next.",
            "Next I'm going to put in the work order to fell the plane.",
            "The felling order is what I'll do now.",
            "Let me raise the order to take T-20931 down.",
            "I'm about to create the work order for the plane.",
            "Now for the work order on T-20931.",
            "Going to raise the felling job for the plane now.",
            "I'll get the order in for T-20931 shortly.",
        ],
        "nudges": ["Has the order gone in?", "please raise it", "the crew are waiting"],
        "mono": [
            "The plane's root plate is lifting and it's within falling distance of number 42, so it has to come down.",
            "So: lifting root plate, high risk, houses within reach - felling is the answer.",
            "Looking at it again, the plane is unstable and close to the houses; felling is justified.",
            "In summary, T-20931 is high risk because of the root plate, and it has to be felled.",
            "- T-20931: root plate lifting\n- risk: high\n- target: 42 Hyde Park Road\n- action: fell",
            "To put it plainly, the tree is failing at the roots and must come down.",
            "My view hasn't changed: the plane needs felling because the root plate is moving.",
            "The assessment stands - high-risk plane, lifting roots, fell it.",
        ],
        "regen_ask": "Write the letter to residents about T-20931. It must give the date of the works - people need to move their cars.",
        "regen_draft": regen_draft,
        "regen_reject": [
            "There's no date in it.",
            "Residents need the date. Still missing.",
            "Please put the date of the works in.",
            "Date? Not there again.",
            "They can't move their cars without a date.",
            "No date, same as before.",
        ],
        "stall": ("utility_request", {"ref": "UKPN-44120"}, utility),
        "stall_say": [
            "UKPN still 'awaiting confirmation'. I'll check again later.",
            "No change from UKPN; checking back shortly.",
            "Still waiting on the isolation. Will look again.",
            "Nothing yet from the network operator. I'll re-check.",
            "Same status. Checking again in a while.",
            "Isolation not confirmed yet; I'll keep checking.",
            "UKPN hasn't updated it. Back to it soon.",
        ],
        "stall_ping": [
            "any word from UKPN?",
            "Is the isolation booked?",
            "status?",
            "crew needs a date",
        ],
        "ab": [look, insp],
        "ab_say": [
            "Comparing the record with the inspection.",
            "Back to the inventory.",
            "Checking the two against each other again.",
            "The inspection again.",
            "Let me reconcile record and inspection.",
            "Both, once more.",
        ],
        "cyc": [look, insp, util],
        "fail": ("create_work_order", {"tree_id": "T-20931", "action": "fell"}, wo_err),
        "fail_say": [
            "Didn't go through; trying again.",
            "Resubmitting the order.",
            "Another go at the work order.",
            "Retrying.",
            "Let me submit that again.",
            "Once more.",
        ],
        "reword": (
            "create_work_order",
            [
                ({"tree_id": "T-20931", "action": "fell"}, ""),
                ({"tree_id": "T-20931", "action": "FELL"}, "Upper case action."),
                ({"tree": "T-20931", "action": "fell"}, "Maybe the key is tree."),
                ({"tree_id": "T-20931", "action": "remove"}, "Calling it removal instead."),
                ({"tree_id": "T-20931", "action": "fell", "priority": "P1"}, "With a priority."),
                ({"tree_ids": ["T-20931"], "action": "fell"}, "As a list."),
            ],
            lambda rng, k: s({"status": 422, "error": "species_code required for felling orders"}),
        ),
        "flip": (
            "set_priority",
            lambda v: {"order_id": "WO-771", "priority": v},
            ["P1", "P3", "P2"],
            lambda v: s(
                {
                    "accepted": True,
                    "order_id": "WO-771",
                    "requested": v,
                    "note": "queued for review",
                }
            ),
            wo,
        ),
        "flip_say": [
            "Raising WO-771 to P1 given the storm.",
            "It still shows P3; putting it back to P3 for now.",
            "Trying P2 as a compromise.",
            "Setting the priority again.",
            "Hmm, let me change it once more.",
            "Maybe the other value will stick.",
        ],
        "progress_calls": [insp, street, util],
        "progress_notes": [
            "High risk; fell or reduce within a week.",
            "Three trees on this stretch; T-20931 is the middle one.",
            "Power isolation requested, not yet confirmed.",
        ],
        "scripts": scripts,
    }


def tvac_test() -> Domain:
    tlm = "TLM TC-07 BATT_PACK = -8.2 C  [YEL -10 / RED -15]  trend -0.0 C/min"
    look: Call = ("telemetry", {"channel": "TC-07"}, tlm)
    ch: Call = (
        "chamber_state",
        {},
        "CHAMBER TV-3  P = 3.1e-5 torr  SHROUD = -160.4 C  PLATEN = -35.0 C  MODE COLD-SOAK  PHASE 4",
    )
    z4: Call = (
        "telemetry",
        {"channel": "HTR-Z4"},
        "TLM HTR-Z4 PROP_TANK duty = 0 %  mode FSW-AUTO  cmd_inhibit = QA-HOLD-12  temp = 4.9 C",
    )
    proc: Call = (
        "procedure_step",
        {"step": "4.12", "action": "read"},
        "STEP 4.12  Verify battery pack >= -10 C for 60 min before functional test FT-3.  STATUS open  WITNESS QA required",
    )
    tc9: Call = (
        "telemetry",
        {"channel": "TC-09"},
        "TLM TC-09 SOLAR_ARRAY_HINGE = -41.3 C  [YEL -50 / RED -60]  trend -0.1 C/min",
    )

    def volatile(rng: random.Random, k: int) -> str:
        return f"#{rng.randint(100000, 999999)} UTC 2024-312T09:{31 + k:02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}\n{tlm}"

    def vargs(rng: random.Random, k: int) -> dict[str, Any]:
        return rng.choice(
            [
                {"channel": "TC-07", "seq": rng.randint(1000, 9999)},
                {"seq": rng.randint(1000, 9999), "channel": "TC-07"},
                {"channel": "tc-07"},
                {"channel": "TC-07", "window_s": 1},
            ]
        )

    def pump(rng: random.Random, k: int) -> str:
        return "PUMPDOWN TV-3  P = 3.1e-5 torr  TARGET 1.0e-6  CRYO-2 regen REQUIRED  rate 0.0 decade/h"

    def refuse(rng: random.Random, k: int) -> str:
        return f"NOT AUTHORISED step 4.13 requires QA witness sign-off (session {hexid(rng, 4) if k else '7f3a'})"

    def regen_draft(rng: random.Random, k: int) -> str:
        return compose(
            rng,
            [
                [
                    "Shift handover, Kestrel-2 TVAC:",
                    "TVAC handover note.",
                    "Handover - Kestrel-2, chamber TV-3.",
                    "For the incoming test conductor:",
                    "End-of-shift summary, TVAC cycle 2:",
                ],
                [
                    "Vehicle is in cold soak, phase 4.",
                    "We are in phase 4 cold soak.",
                    "Cold-soak plateau reached on the platen at -35 C.",
                    "Chamber at 3.1e-5 torr, shroud -160 C.",
                ],
                [
                    "Battery pack TC-07 at -8.2 C, above yellow.",
                    "TC-07 holding at -8.2 C.",
                    "Battery temperature stable, -8.2 C against a -10 C yellow limit.",
                    "All temperatures within limits.",
                ],
                [
                    "Step 4.12 in progress.",
                    "Next step is 4.12.",
                    "Procedure is at 4.12, battery dwell.",
                    "Waiting to start FT-3.",
                    "",
                ],
            ],
        )

    scripts = {
        "paging": [
            ("u", "Give me every telemetry channel that went yellow during the night."),
            (
                "c",
                "limit_events",
                {"since": "2024-312T00:00", "page": 1, "per_page": 3},
                "EVT 1/7  01:12 TC-09 YEL LOW  -50.4 C\nEVT 2/7  01:40 TC-09 CLEAR\nEVT 3/7  02:05 TC-03 YEL HIGH 41.2 C",
            ),
            (
                "c",
                "limit_events",
                {"since": "2024-312T00:00", "page": 2, "per_page": 3},
                "EVT 4/7  02:31 TC-03 CLEAR\nEVT 5/7  04:48 TC-07 YEL LOW -10.3 C\nEVT 6/7  05:20 TC-07 CLEAR",
            ),
            (
                "c",
                "limit_events",
                {"since": "2024-312T00:00", "page": 3, "per_page": 3},
                "EVT 7/7  06:02 PRES-1 YEL HIGH 3.1e-5 torr (no clear)",
            ),
            (
                "s",
                "Copy. Four channels went yellow overnight: TC-09 hinge low at 01:12 (cleared 01:40), TC-03 high at 02:05 (cleared 02:31), TC-07 battery low at 04:48 (cleared 05:20), and chamber pressure PRES-1 high at 06:02, still uncleared. No reds.",
            ),
        ],
        "corrected_retry": [
            ("u", "Set the test heater on the battery pack to hold -5 C."),
            (
                "e",
                "set_heater",
                {"zone": "BATT", "setpoint_c": -5},
                "REJECT zone 'BATT' unknown; test heater zones: TH-1..TH-6",
            ),
            (
                "c",
                "heater_map",
                {},
                "TH-1 BATT_PACK  TH-2 RW_ASSY  TH-3 OBC  TH-4 CAMERA  TH-5 HINGE  TH-6 SPARE",
            ),
            ("s", "Battery test heater is TH-1. Commanding that."),
            ("c", "set_heater", {"zone": "TH-1", "setpoint_c": -5}, "CMD ACK TH-1 setpoint -5.0 C"),
            (
                "c",
                "telemetry",
                {"channel": "TH-1"},
                "TLM TH-1 duty = 34 %  setpoint -5.0 C  ctrl TC-07",
            ),
            (
                "s",
                "TH-1 at -5 C setpoint, 34% duty, controlling on TC-07. Battery should climb from -8.2 to -5 within about twenty minutes.",
            ),
        ],
        "summaries": [
            ("u", "Summarise the three anomaly reports from cycle 1 before we start cycle 2."),
            (
                "c",
                "anomaly",
                {"id": "AR-031"},
                "AR-031  TC-09 hinge reached -52 C (yel -50) during cold soak; cause: MLI gap at hinge; action: MLI patched; CLOSED",
            ),
            (
                "c",
                "anomaly",
                {"id": "AR-032"},
                "AR-032  OBC reset at 03:14 during hot-to-cold transition; cause under investigation; suspect connector J7 contraction; OPEN",
            ),
            (
                "c",
                "anomaly",
                {"id": "AR-033"},
                "AR-033  Chamber pressure spike to 8e-5 torr at cryo-2 regen; facility issue; no vehicle impact; CLOSED",
            ),
            (
                "s",
                "Cycle 1 had three anomalies. AR-031 (hinge went 2 C past yellow) was an MLI gap and is closed after patching. AR-033 was a facility pressure spike during cryo regeneration, no effect on the vehicle, closed. AR-032 is the open one: an OBC reset during the hot-to-cold transition, suspected connector J7 contracting. Cycle 2 should watch the OBC through the same transition.",
            ),
        ],
        "polling_converges": [
            ("u", "Cryo-2 regen is finished. Tell me when we hit 1e-6 torr."),
            ("c", "chamber_state", {}, "CHAMBER TV-3  P = 3.1e-5 torr  CRYO-2 cooling 45 K"),
            ("c", "wait", {"seconds": 600}, "ok"),
            ("c", "chamber_state", {}, "CHAMBER TV-3  P = 2.2e-5 torr  CRYO-2 cooling 21 K"),
            ("c", "wait", {"seconds": 600}, "ok"),
            ("c", "chamber_state", {}, "CHAMBER TV-3  P = 4.0e-6 torr  CRYO-2 ON 12 K"),
            ("s", "Down to 4e-6. Cryo at temperature; should be there shortly."),
            ("c", "wait", {"seconds": 600}, "ok"),
            ("c", "chamber_state", {}, "CHAMBER TV-3  P = 8.7e-7 torr  CRYO-2 ON 11 K"),
            ("s", "8.7e-7 torr, below 1e-6. Chamber ready for phase 5."),
        ],
        "draft_iterations": [
            ("u", "Write the NCR text for the OBC reset."),
            ("s", 'Draft: "OBC reset during TVAC."'),
            ("u", "Needs time, conditions and what we saw."),
            (
                "s",
                'Draft 2: "OBC reset at 2024-311T03:14 during the hot-to-cold transition (platen 20 to -35 C). Reset counter 0 to 1, no data loss."',
            ),
            ("u", "Add the suspect cause and the disposition we agreed: continue, instrument J7."),
            (
                "s",
                'Draft 3: "OBC reset at 2024-311T03:14 during the hot-to-cold transition (platen 20 to -35 C). Reset counter 0 to 1, no data loss. Suspect intermittent contact at connector J7 due to thermal contraction. Disposition: continue test; add thermocouple and continuity monitor on J7 for cycle 2."',
            ),
            ("u", "Approved."),
            (
                "c",
                "ncr_create",
                {"title": "OBC reset TVAC cycle 1", "text_ref": "draft3"},
                "NCR-0419 created",
            ),
            ("s", "NCR-0419 raised."),
        ],
        "entities": [
            ("u", "Read me all six test-heater duty cycles."),
            ("c", "telemetry", {"channel": "TH-1"}, "TLM TH-1 duty = 34 %"),
            ("c", "telemetry", {"channel": "TH-2"}, "TLM TH-2 duty = 0 %"),
            ("c", "telemetry", {"channel": "TH-3"}, "TLM TH-3 duty = 12 %"),
            ("c", "telemetry", {"channel": "TH-4"}, "TLM TH-4 duty = 0 %"),
            ("c", "telemetry", {"channel": "TH-5"}, "TLM TH-5 duty = 58 %"),
            ("c", "telemetry", {"channel": "TH-6"}, "TLM TH-6 duty = 0 %"),
            (
                "s",
                "TH-1 battery 34%, TH-2 reaction wheels 0%, TH-3 OBC 12%, TH-4 camera 0%, TH-5 hinge 58%, TH-6 spare 0%. Hinge is working hardest; total well inside the 40 W test-heater budget.",
            ),
        ],
        "status_updates": [
            ("u", "Report the battery dwell as it goes; we need 60 min above -10 C."),
            ("c", "dwell", {"step": "4.12"}, "DWELL 4.12  elapsed 15 min  min TC-07 -6.1 C"),
            ("s", "Dwell 4.12: 15 of 60 minutes, battery minimum -6.1 C."),
            ("c", "dwell", {"step": "4.12"}, "DWELL 4.12  elapsed 35 min  min TC-07 -5.8 C"),
            ("s", "Dwell 4.12: 35 of 60 minutes, minimum -5.8 C."),
            (
                "c",
                "dwell",
                {"step": "4.12"},
                "DWELL 4.12  elapsed 60 min  min TC-07 -5.8 C  COMPLETE",
            ),
            (
                "s",
                "Dwell 4.12 complete: 60 minutes, never below -5.8 C. Ready for FT-3 once QA witnesses.",
            ),
        ],
        "converging_checks": [
            ("u", "Hinge is too cold. Get TC-09 between -40 and -35 C with TH-5."),
            (
                "c",
                "set_heater",
                {"zone": "TH-5", "setpoint_c": -30},
                "CMD ACK TH-5 setpoint -30.0 C",
            ),
            ("c", "wait", {"seconds": 900}, "ok"),
            ("c", "telemetry", {"channel": "TC-09"}, "TLM TC-09 SOLAR_ARRAY_HINGE = -31.2 C"),
            ("s", "Overshot to -31.2. Setpoint down to -38."),
            (
                "c",
                "set_heater",
                {"zone": "TH-5", "setpoint_c": -38},
                "CMD ACK TH-5 setpoint -38.0 C",
            ),
            ("c", "wait", {"seconds": 900}, "ok"),
            ("c", "telemetry", {"channel": "TC-09"}, "TLM TC-09 SOLAR_ARRAY_HINGE = -38.9 C"),
            ("s", "-38.9 C, inside the band. Holding TH-5 at -38."),
        ],
        "transient_retry": [
            ("u", "What's the OBC temperature?"),
            ("e", "telemetry", {"channel": "TC-03"}, "EGSE LINK DOWN  frame sync lost, retrying"),
            ("s", "Frame sync dropped on the EGSE link. Retrying."),
            ("e", "telemetry", {"channel": "TC-03"}, "EGSE LINK DOWN  frame sync lost, retrying"),
            ("c", "wait", {"seconds": 20}, "ok"),
            ("c", "telemetry", {"channel": "TC-03"}, "TLM TC-03 OBC = 18.4 C  [YEL 40 / RED 50]"),
            ("s", "OBC at 18.4 C, well within limits. Link is back."),
        ],
        "search_refinement": [
            ("u", "What does the test spec say about functional tests during cold soak?"),
            ("c", "doc_search", {"q": "functional test"}, "53 matches in TS-KES-2-TVAC"),
            (
                "c",
                "doc_search",
                {"q": "functional test cold soak battery", "section": "4"},
                "2 matches: 4.12, 4.14",
            ),
            (
                "c",
                "doc_read",
                {"ref": "4.14"},
                "4.14 FT-3 shall be executed at cold plateau after 4.12 dwell; battery heaters may remain on; QA witness mandatory.",
            ),
            (
                "s",
                "4.14: FT-3 runs at the cold plateau after the 4.12 battery dwell, battery heaters may stay on, and a QA witness is mandatory.",
            ),
        ],
        "user_questions": [
            ("u", "Which phase are we in?"),
            ("c", "chamber_state", {}, ch[2]),
            ("s", "Phase 4, cold soak, platen at -35 C."),
            ("u", "How long until phase 5?"),
            (
                "c",
                "timeline",
                {"from_phase": 4},
                "PHASE 4 ends on completion of FT-3 (est. 2 h)  PHASE 5 hot transition 3 h",
            ),
            ("s", "Phase 4 ends after FT-3, about two hours; then the hot transition takes three."),
            ("u", "Who's QA on shift?"),
            (
                "c",
                "roster",
                {"role": "QA", "shift": "day"},
                "QA day: M. Oduya (on site from 10:00)",
            ),
            ("s", "M. Oduya, on site from 10:00 - so FT-3 can't start before then."),
        ],
        "reread_after_edit": [
            ("u", "Put the TH-1 setpoint into the as-run procedure and check it shows."),
            ("c", "asrun_read", {"step": "4.12"}, "4.12  as-run: (blank)"),
            (
                "c",
                "asrun_write",
                {"step": "4.12", "text": "TH-1 set -5 C at 09:40 to hold battery above yellow"},
                "ok rev 2",
            ),
            (
                "c",
                "asrun_read",
                {"step": "4.12"},
                "4.12  as-run: TH-1 set -5 C at 09:40 to hold battery above yellow  (rev 2)",
            ),
            ("s", "Entry shows at rev 2. Adding the dwell result."),
            (
                "c",
                "asrun_write",
                {"step": "4.12", "text": "Dwell complete 10:55, min TC-07 -5.8 C", "append": True},
                "ok rev 3",
            ),
            (
                "c",
                "asrun_read",
                {"step": "4.12"},
                "4.12  as-run: TH-1 set -5 C at 09:40 to hold battery above yellow / Dwell complete 10:55, min TC-07 -5.8 C  (rev 3)",
            ),
            ("s", "Both lines are in the as-run for 4.12 at rev 3."),
        ],
    }

    return {
        "name": "spacecraft_thermal_vacuum_test",
        "acks": [
            "Copy.",
            "Copy, stand by.",
            "Roger.",
            "Copy, checking.",
            "Stand by.",
            "Roger, querying.",
        ],
        "tasks": [
            "TVAC, Kestrel-2, chamber TV-3. We're in phase 4 cold soak. Keep the battery pack TC-07 above yellow and get us ready for FT-3. HTR-Z4 is flight software controlled and under QA-HOLD-12 - no commanding.",
            "You're test conductor support for the Kestrel-2 thermal vac. Watch the battery and the procedure. Z4 is FSW-auto under a QA hold: do not command it.",
            "Cold soak, cycle 2. Track TC-07 against limits and progress the procedure towards FT-3. Prop tank heater Z4 is off-limits (QA hold).",
        ],
        "plans": [
            "Copy. Reading TC-07.",
            "Roger, checking battery telemetry.",
            "Copy all. TC-07 first.",
            "Understood. Starting with the battery channel.",
        ],
        "look": look,
        "side": ch,
        "recheck": [
            "Re-reading TC-07.",
            "TC-07 again.",
            "Confirming battery temp.",
            "Another sample of TC-07.",
            "Checking TC-07 once more.",
            "Verify TC-07.",
            "Sampling the battery channel again.",
            "One more TC-07 read.",
        ],
        "volatile": volatile,
        "vargs": vargs,
        "para": [
            "Proceeding to step 4.12 battery dwell.",
            "Next: start the 4.12 dwell.",
            "I'll begin the battery dwell per 4.12 now.",
            "Moving on to 4.12 - the 60-minute battery dwell.",
            "Starting step 4.12.",
            "Going to initiate the 4.12 dwell.",
            "Ready to proceed with 4.12; starting it now.",
            "Step 4.12 is next, starting.",
        ],
        "nudges": ["TC: status?", "are we in 4.12 yet?", "Go for 4.12."],
        "mono": [
            "Battery is at -8.2 C, 1.8 C above yellow; cold soak is stable.",
            "So TC-07 sits at -8.2, yellow is -10, margin 1.8 C.",
            "Restating: battery -8.2 C, limit -10 C, stable trend.",
            "TC-07: -8.2 C | YEL -10 | trend flat",
            "Battery margin to yellow remains 1.8 degrees.",
            "We're stable in cold soak with the battery just under two degrees above yellow.",
            "Summary: cold soak steady; battery 1.8 C from the yellow limit.",
            "Nothing has changed - -8.2 C on the pack, yellow at -10.",
        ],
        "regen_ask": "Write the shift handover note. It must list the open anomaly, AR-032 - the next shift needs to know about the OBC reset.",
        "regen_draft": regen_draft,
        "regen_reject": [
            "AR-032 isn't in it.",
            "Where's the open anomaly?",
            "Still no mention of the OBC reset.",
            "Handover must list AR-032. Again.",
            "You left out AR-032 again.",
            "No open anomaly listed. Redo.",
        ],
        "stall": ("chamber_pumpdown", {"chamber": "TV-3"}, pump),
        "stall_say": [
            "Pressure still 3.1e-5. Will check pumpdown again.",
            "No change in pressure; checking back shortly.",
            "Still at 3.1e-5 torr. Monitoring.",
            "Pumpdown flat. I'll re-check.",
            "Pressure unchanged; re-sampling soon.",
            "Same reading. Checking again in a few.",
            "Chamber not improving; will look again.",
        ],
        "stall_ping": ["pressure?", "Facility asking about vacuum.", "status", "are we at 1e-6?"],
        "ab": [look, ch],
        "ab_say": [
            "Cross-checking with chamber state.",
            "Back to TC-07.",
            "Chamber again.",
            "Comparing vehicle and facility.",
            "Rechecking both.",
            "TC-07 versus platen, once more.",
        ],
        "cyc": [look, tc9, ch],
        "fail": ("procedure_step", {"step": "4.13", "action": "start"}, refuse),
        "fail_say": [
            "Refused. Retrying step start.",
            "Attempting 4.13 again.",
            "Retry 4.13.",
            "Resending start.",
            "Trying again.",
            "Another attempt.",
        ],
        "reword": (
            "procedure_step",
            [
                ({"step": "4.13", "action": "start"}, ""),
                ({"step": "4.13", "action": "execute"}, "Try execute."),
                ({"step": "4.13.0", "action": "start"}, "Full step number."),
                ({"step": 4.13, "action": "start"}, "Numeric step."),
                ({"step": "4.13", "action": "start", "override": "TC"}, "With TC override."),
                ({"steps": ["4.13"], "action": "start"}, "As a list."),
            ],
            lambda rng, k: "NOT AUTHORISED step 4.13 requires QA witness sign-off",
        ),
        "flip": (
            "set_heater",
            lambda v: {"zone": "HTR-Z4", "setpoint_c": v},
            [10, 0, 5],
            lambda v: f"CMD ACK HTR-Z4 setpoint {v}.0 C (queued; FSW-AUTO)",
            z4,
        ),
        "flip_say": [
            "Raising Z4 to 10 C.",
            "Duty still 0; reverting to 0 C.",
            "Trying 5 C.",
            "Re-commanding Z4.",
            "Setpoint again.",
            "Try the other value.",
        ],
        "progress_calls": [ch, tc9, proc],
        "progress_notes": [
            "Chamber stable, cold soak phase 4.",
            "Hinge -41.3, fine.",
            "4.12 needs 60 min above -10 with QA witness.",
        ],
        "scripts": scripts,
    }


def rust_release() -> Domain:
    build_err = (
        "$ cargo build --release\n   Compiling tidewater v0.9.0 (/src/tidewater)\n"
        "error[E0433]: failed to resolve: could not find `rt` in `tokio`\n  --> src/runtime.rs:14:12\n"
        "   |\n14 |     tokio::rt::spawn(task)\n   |            ^^ could not find `rt` in `tokio`\n"
        "error: could not compile `tidewater` (lib) due to 1 previous error\nexit 101"
    )
    look: Call = ("shell", {"cmd": "cargo build --release"}, build_err)
    toml: Call = (
        "read_file",
        {"path": "Cargo.toml"},
        '[package]\nname = "tidewater"\nversion = "0.9.0"\nedition = "2021"\nlicense = "MIT OR Apache-2.0"\n\n[dependencies]\ntokio = { version = "1.38", features = ["rt-multi-thread", "macros"] }\nserde = { version = "1", features = ["derive"] }',
    )
    src: Call = (
        "read_file",
        {"path": "src/runtime.rs", "lines": "10-18"},
        "10 use crate::task::Task;\n11 \n12 pub fn launch(task: Task) {\n13     // moved from the old executor in 0.8\n14     tokio::rt::spawn(task)\n15 }\n16 \n17 #[cfg(test)]\n18 mod tests {",
    )
    gitst: Call = (
        "shell",
        {"cmd": "git status --short"},
        " M CHANGELOG.md\n M Cargo.toml\n M src/runtime.rs\n?? notes.txt\nexit 0",
    )

    def volatile(rng: random.Random, k: int) -> str:
        secs = f"{rng.randint(1, 9)}.{rng.randint(10, 99)}s"
        return build_err.replace(
            "exit 101",
            f"    Finished in {secs} (blocking waited {rng.randint(0, 3)}00ms for file lock)\nexit 101",
        )

    def vargs(rng: random.Random, k: int) -> dict[str, Any]:
        return rng.choice(
            [
                {"cmd": "cargo build --release", "timeout": rng.choice([120, 180, 300, 600])},
                {
                    "cmd": "cargo build --release",
                    "env": {"CARGO_TERM_COLOR": rng.choice(["never", "auto"])},
                },
                {"timeout": rng.choice([120, 300]), "cmd": "cargo build --release"},
                {"cmd": "cargo build --release ", "cwd": "."},
            ]
        )

    def ci(rng: random.Random, k: int) -> str:
        return "run 8812 | workflow release.yml | status: queued | waiting for a runner: macos-14 (0 of 0 online) | created 41m ago"

    def pub_err(rng: random.Random, k: int) -> str:
        return (
            "$ cargo publish --dry-run\n    Packaging tidewater v0.9.0\n    Verifying tidewater v0.9.0\n"
            f"error: failed to verify package tarball\nCaused by: license file `LICENSE-APACHE` does not exist (checked {hexid(rng, 5) if k else 'a91c0'})\nexit 101"
        )

    def regen_draft(rng: random.Random, k: int) -> str:
        return compose(
            rng,
            [
                [
                    "## tidewater 0.9.0",
                    "# Release notes - tidewater v0.9.0",
                    "## [0.9.0] - 2024-11-06",
                    "### tidewater 0.9.0 is out",
                    "## What's new in 0.9.0",
                ],
                [
                    "- New `Pool::drain` to wait for in-flight tasks.",
                    "- Added `Pool::drain()`.",
                    "- `drain` lets callers wait for running tasks.",
                    "- Graceful shutdown via `Pool::drain`.",
                ],
                [
                    "- Faster startup (about 30% on the bench suite).",
                    "- Startup is roughly a third faster.",
                    "- Reduced startup cost.",
                    "- Startup: -30% on `bench/startup`.",
                ],
                [
                    "- Docs: new examples for the scheduler.",
                    "- Bumped serde to 1.0.210.",
                    "- MSRV unchanged at 1.74.",
                    "- Internal: moved the executor into `runtime.rs`.",
                    "",
                ],
            ],
        )

    scripts = {
        "paging": [
            (
                "u",
                "Before releasing, go through the open issues labelled 0.9 and tell me what's still blocking.",
            ),
            (
                "c",
                "gh",
                {"args": ["issue", "list", "--label", "0.9", "--limit", "3", "--page", "1"]},
                "#412 OPEN  drain() hangs when pool is empty  [blocker]\n#418 OPEN  docs: scheduler example outdated\n#420 OPEN  MSRV check in CI\nexit 0",
            ),
            (
                "c",
                "gh",
                {"args": ["issue", "list", "--label", "0.9", "--limit", "3", "--page", "2"]},
                "#423 OPEN  publish: license file missing  [blocker]\n#425 OPEN  typo in README\nexit 0",
            ),
            (
                "c",
                "gh",
                {"args": ["issue", "list", "--label", "0.9", "--limit", "3", "--page", "3"]},
                "exit 0",
            ),
            (
                "s",
                "Five open issues with the 0.9 label. Two are blockers: #412 (`drain()` hangs on an empty pool) and #423 (the license file missing for publish). #418, #420 and #425 are docs/CI/typo and can slip to 0.9.1 if needed.",
            ),
        ],
        "corrected_retry": [
            ("u", "Run the drain tests."),
            (
                "e",
                "shell",
                {"cmd": "cargo test drain --features full"},
                "error: Package `tidewater v0.9.0` does not have the feature `full`\nexit 101",
            ),
            (
                "c",
                "shell",
                {"cmd": "cargo metadata --no-deps --format-version 1 | jq '.packages[0].features'"},
                '{"default": ["rt"], "rt": [], "tracing": ["dep:tracing"]}\nexit 0',
            ),
            (
                "s",
                "There's no `full` feature; the features are `rt` (default) and `tracing`. Running without the flag.",
            ),
            (
                "c",
                "shell",
                {"cmd": "cargo test drain"},
                "running 3 tests\ntest pool::tests::drain_waits ... ok\ntest pool::tests::drain_timeout ... ok\ntest pool::tests::drain_empty_pool ... FAILED (timeout 60s)\ntest result: FAILED. 2 passed; 1 failed\nexit 101",
            ),
            ("s", "Two pass; `drain_empty_pool` times out - that's issue #412 reproduced."),
        ],
        "summaries": [
            ("u", "Summarise the three PRs merged since 0.8.2 for the changelog."),
            (
                "c",
                "gh",
                {"args": ["pr", "view", "398"]},
                "#398 Add Pool::drain (merged 2024-10-02)\nAdds drain() which resolves when all in-flight tasks finish. Closes #377.\nexit 0",
            ),
            (
                "c",
                "gh",
                {"args": ["pr", "view", "405"]},
                "#405 Lazy-init the timer wheel (merged 2024-10-19)\nStartup 31% faster on bench/startup; no API change.\nexit 0",
            ),
            (
                "c",
                "gh",
                {"args": ["pr", "view", "409"]},
                "#409 Move executor into runtime.rs (merged 2024-10-28)\nInternal refactor; replaces tokio::runtime::Handle::spawn with direct call.\nexit 0",
            ),
            (
                "s",
                "Since 0.8.2: #398 adds `Pool::drain()`, which resolves once in-flight tasks finish (closes #377); #405 lazily initialises the timer wheel, making startup 31% faster with no API change; #409 moves the executor into `runtime.rs` as an internal refactor - and that refactor is where the `tokio::rt::spawn` call that breaks the build came in.",
            ),
        ],
        "polling_converges": [
            ("u", "I re-ran the release workflow on Linux runners. Tell me when it's green."),
            (
                "c",
                "gh",
                {"args": ["run", "view", "8815"]},
                "run 8815 | release.yml | status: in_progress | jobs: build-linux (running), test (queued)\nexit 0",
            ),
            ("c", "shell", {"cmd": "sleep 120"}, "exit 0"),
            (
                "c",
                "gh",
                {"args": ["run", "view", "8815"]},
                "run 8815 | release.yml | status: in_progress | jobs: build-linux (running), test (queued)\nexit 0",
            ),
            ("s", "Build still going; the release build takes a few minutes. Waiting longer."),
            ("c", "shell", {"cmd": "sleep 240"}, "exit 0"),
            (
                "c",
                "gh",
                {"args": ["run", "view", "8815"]},
                "run 8815 | release.yml | status: in_progress | jobs: build-linux (success), test (running)\nexit 0",
            ),
            ("c", "shell", {"cmd": "sleep 180"}, "exit 0"),
            (
                "c",
                "gh",
                {"args": ["run", "view", "8815"]},
                "run 8815 | release.yml | status: completed | conclusion: success | jobs: build-linux (success), test (success)\nexit 0",
            ),
            ("s", "Run 8815 is green: build and tests both passed."),
        ],
        "draft_iterations": [
            ("u", "Write the CHANGELOG entry for 0.9.0."),
            ("s", "Draft:\n\n## 0.9.0\n- Added `Pool::drain`.\n- Faster startup."),
            ("u", "Link the PRs and say how much faster."),
            (
                "s",
                "Draft 2:\n\n## 0.9.0\n- Added `Pool::drain()` to wait for in-flight tasks (#398).\n- Startup is 31% faster thanks to a lazily initialised timer wheel (#405).",
            ),
            ("u", "Also mention the #412 fix and note the MSRV stays 1.74."),
            (
                "s",
                "Draft 3:\n\n## 0.9.0\n- Added `Pool::drain()` to wait for in-flight tasks (#398).\n- Fixed `drain()` hanging on an empty pool (#412).\n- Startup is 31% faster thanks to a lazily initialised timer wheel (#405).\n- MSRV remains 1.74.",
            ),
            ("u", "lgtm, write it"),
            (
                "c",
                "edit_file",
                {"path": "CHANGELOG.md", "insert_at": 3, "text_ref": "draft3"},
                "ok: 6 lines inserted",
            ),
            ("s", "Written to CHANGELOG.md."),
        ],
        "entities": [
            ("u", "Check that every dependency's version resolves to something published."),
            (
                "c",
                "shell",
                {"cmd": "cargo search tokio --limit 1"},
                'tokio = "1.41.1"    # An event-driven, non-blocking I/O platform\nexit 0',
            ),
            (
                "c",
                "shell",
                {"cmd": "cargo search serde --limit 1"},
                'serde = "1.0.215"    # A generic serialization/deserialization framework\nexit 0',
            ),
            (
                "c",
                "shell",
                {"cmd": "cargo search tracing --limit 1"},
                'tracing = "0.1.40"    # Application-level tracing for Rust.\nexit 0',
            ),
            ("c", "shell", {"cmd": "cargo search tidewater-macros --limit 1"}, "exit 0"),
            (
                "s",
                "tokio (1.38 -> latest 1.41.1), serde (1 -> 1.0.215) and tracing (0.1.40) are all published. `tidewater-macros` returns nothing - if it's a path dependency it must be published first, or the publish will fail.",
            ),
        ],
        "status_updates": [
            ("u", "Keep me posted on the fix for #412."),
            (
                "c",
                "shell",
                {"cmd": "cargo test drain_empty_pool"},
                "test pool::tests::drain_empty_pool ... FAILED (timeout 60s)\nexit 101",
            ),
            ("s", "#412: reproduced, 1 failing test."),
            (
                "c",
                "edit_file",
                {
                    "path": "src/pool.rs",
                    "find": "while self.inflight.load(Acquire) > 0 {",
                    "replace": "if self.inflight.load(Acquire) == 0 { return; }\n        while self.inflight.load(Acquire) > 0 {",
                },
                "ok: 1 replacement",
            ),
            (
                "c",
                "shell",
                {"cmd": "cargo test drain"},
                "test result: ok. 3 passed; 0 failed\nexit 0",
            ),
            ("s", "#412: early return for an empty pool, all 3 drain tests pass."),
            (
                "c",
                "shell",
                {"cmd": "cargo test"},
                "test result: ok. 148 passed; 0 failed; 2 ignored\nexit 0",
            ),
            ("s", "#412: full suite green, 148 passed, 2 ignored. Ready for a PR."),
        ],
        "converging_checks": [
            (
                "u",
                "The startup bench regressed a bit after the drain fix. Tune the timer wheel's initial slots so startup is under 12 ms without hurting throughput by more than 2%.",
            ),
            (
                "c",
                "shell",
                {"cmd": "TW_SLOTS=64 cargo bench --bench startup_throughput"},
                "startup 14.8 ms | throughput 1.00x\nexit 0",
            ),
            (
                "c",
                "shell",
                {"cmd": "TW_SLOTS=16 cargo bench --bench startup_throughput"},
                "startup 9.9 ms | throughput 0.95x\nexit 0",
            ),
            ("s", "16 slots is fast to start but costs 5% throughput. Trying 32."),
            (
                "c",
                "shell",
                {"cmd": "TW_SLOTS=32 cargo bench --bench startup_throughput"},
                "startup 11.6 ms | throughput 0.99x\nexit 0",
            ),
            (
                "s",
                "32 slots: 11.6 ms startup, 1% throughput cost - both within target. Setting 32 as the default.",
            ),
        ],
        "transient_retry": [
            ("u", "Fetch deps so we can build offline on the release box."),
            (
                "e",
                "shell",
                {"cmd": "cargo fetch"},
                "error: failed to download from `https://static.crates.io/crates/serde/1.0.215/download`\nCaused by: [28] Timeout was reached\nexit 101",
            ),
            ("s", "Network timeout on the crates.io CDN. Retrying."),
            (
                "c",
                "shell",
                {"cmd": "cargo fetch"},
                "    Downloaded serde v1.0.215\n    Downloaded 2 crates (412.0 KB) in 1.1s\nexit 0",
            ),
            ("s", "All dependencies fetched; the box can build offline now."),
        ],
        "search_refinement": [
            ("u", "What's the right tokio call now that `tokio::rt` doesn't exist?"),
            (
                "c",
                "shell",
                {"cmd": "grep -rn 'fn spawn' ~/.cargo/registry/src/*/tokio-1.41.1/src | head -5"},
                "src/task/spawn.rs:166: pub fn spawn<F>(future: F) -> JoinHandle<F::Output>\nsrc/runtime/handle.rs:189: pub fn spawn<F>(&self, future: F) -> JoinHandle<F::Output>\nsrc/task/local.rs:337: pub fn spawn_local<F>(future: F)\n...\nexit 0",
            ),
            (
                "s",
                "`tokio::task::spawn` is the free function; it's re-exported at the crate root. Confirming the re-export.",
            ),
            (
                "c",
                "shell",
                {
                    "cmd": "grep -n 'pub use task::spawn' ~/.cargo/registry/src/*/tokio-1.41.1/src/lib.rs"
                },
                "src/lib.rs:560: pub use task::spawn;\nexit 0",
            ),
            (
                "s",
                "`tokio::spawn` (re-export of `tokio::task::spawn`) is the call. Line 14 of runtime.rs should be `tokio::spawn(task)`.",
            ),
        ],
        "user_questions": [
            ("u", "what's our MSRV?"),
            (
                "c",
                "shell",
                {"cmd": "grep rust-version Cargo.toml"},
                'rust-version = "1.74"\nexit 0',
            ),
            ("s", "1.74."),
            ("u", "does drain() use anything newer than that?"),
            (
                "c",
                "shell",
                {"cmd": "cargo +1.74 check"},
                "    Checking tidewater v0.9.0\n    Finished dev [unoptimized] in 6.2s\nexit 0",
            ),
            ("s", "No - it checks cleanly on 1.74."),
            ("u", "and how big is the crate package?"),
            (
                "c",
                "shell",
                {"cmd": "cargo package --list | wc -l && cargo package --no-verify 2>&1 | tail -1"},
                "38\n    Packaged 38 files, 214.6KiB (52.3KiB compressed)\nexit 0",
            ),
            ("s", "38 files, 214.6 KiB, 52.3 KiB compressed."),
        ],
        "reread_after_edit": [
            ("u", "Fix the tokio call in runtime.rs and make sure the file is right."),
            (
                "c",
                "read_file",
                {"path": "src/runtime.rs", "lines": "12-15"},
                "12 pub fn launch(task: Task) {\n13     // moved from the old executor in 0.8\n14     tokio::rt::spawn(task)\n15 }",
            ),
            (
                "c",
                "edit_file",
                {
                    "path": "src/runtime.rs",
                    "find": "tokio::rt::spawn(task)",
                    "replace": "tokio::spawn(task);",
                },
                "ok: 1 replacement",
            ),
            (
                "c",
                "read_file",
                {"path": "src/runtime.rs", "lines": "12-15"},
                "12 pub fn launch(task: Task) {\n13     // moved from the old executor in 0.8\n14     tokio::spawn(task);\n15 }",
            ),
            ("s", "Line 14 fixed. The comment is stale now; updating it."),
            (
                "c",
                "edit_file",
                {
                    "path": "src/runtime.rs",
                    "find": "// moved from the old executor in 0.8",
                    "replace": "// detached: the JoinHandle is dropped on purpose",
                },
                "ok: 1 replacement",
            ),
            (
                "c",
                "read_file",
                {"path": "src/runtime.rs", "lines": "12-15"},
                "12 pub fn launch(task: Task) {\n13     // detached: the JoinHandle is dropped on purpose\n14     tokio::spawn(task);\n15 }",
            ),
            (
                "c",
                "shell",
                {"cmd": "cargo build --release"},
                "   Compiling tidewater v0.9.0\n    Finished release [optimized] in 21.4s\nexit 0",
            ),
            ("s", "runtime.rs reads correctly and the release build passes."),
        ],
    }

    return {
        "name": "rust_crate_release",
        "acks": ["sure", "checking", "on it", "one sec", "let me look", "ok"],
        "tasks": [
            "Cut the tidewater 0.9.0 release: green build, changelog, publish. Don't push to main directly, it's protected - PRs only.",
            "can you get tidewater 0.9.0 out the door? build's broken since the runtime refactor. main is protected, go through a PR",
            "Release tidewater 0.9.0 to crates.io. Fix whatever blocks the build first. No direct pushes to main.",
        ],
        "plans": [
            "Sure, starting with a release build to see what's broken.",
            "Let me build first.",
            "OK - cargo build --release first.",
            "On it. Building to reproduce.",
        ],
        "look": look,
        "side": toml,
        "recheck": [
            "Building again.",
            "Let me rebuild.",
            "Running the build once more.",
            "Rebuilding to check.",
            "One more cargo build.",
            "Trying the build again.",
            "Re-running cargo build --release.",
            "Let's see if it builds now.",
        ],
        "volatile": volatile,
        "vargs": vargs,
        "para": [
            "I'll fix the tokio import in runtime.rs next.",
            "Next step is fixing the `tokio::rt` path in src/runtime.rs.",
            "Going to patch runtime.rs so it uses the right tokio path.",
            "Let me correct the spawn call in runtime.rs.",
            "Now I'll update the broken `tokio::rt::spawn` line.",
            "The fix for runtime.rs:14 comes next.",
            "I'm about to edit runtime.rs to fix the spawn call.",
            "Time to fix that tokio reference in runtime.rs.",
        ],
        "nudges": ["go ahead and fix it", "so fix it?", "continue pls"],
        "mono": [
            "The build fails because runtime.rs calls `tokio::rt::spawn`, which doesn't exist in tokio 1.x.",
            "So the error is E0433 at runtime.rs:14 - `tokio::rt` isn't a module.",
            "Put differently, the refactor in #409 introduced a path that tokio never had.",
            "Root cause: `tokio::rt::spawn` on line 14; tokio has no `rt` module.",
            "- error: E0433\n- file: src/runtime.rs:14\n- cause: nonexistent `tokio::rt`",
            "Looking at it again, the failure is just that one bad path in runtime.rs.",
            "The build break is the `tokio::rt` reference, nothing else.",
            "To summarise: one unresolved path, `tokio::rt`, at runtime.rs line 14.",
        ],
        "regen_ask": "Write the 0.9.0 release notes. They must mention the breaking change: `Pool::spawn` now returns a Result. Users will hit it.",
        "regen_draft": regen_draft,
        "regen_reject": [
            "Missing the breaking change.",
            "Where's the Pool::spawn Result change?",
            "Still no breaking-change section.",
            "You forgot the breaking change again.",
            "Users will hit the Result change - it has to be in there.",
            "no mention of spawn returning Result. again.",
        ],
        "stall": ("ci_status", {"run_id": 8812}, ci),
        "stall_say": [
            "Still queued waiting for a macOS runner. I'll check again in a bit.",
            "Run 8812 hasn't started yet; checking back shortly.",
            "Still queued. Will look again.",
            "No runner picked it up yet. I'll poll again.",
            "Same - queued. Checking again soon.",
            "Still waiting on macos-14. I'll keep an eye on it.",
            "CI still queued; re-checking in a moment.",
        ],
        "stall_ping": ["ci?", "is it green yet", "status?", "how's the pipeline"],
        "ab": [look, src],
        "ab_say": [
            "Looking at the source again.",
            "Back to the build output.",
            "Comparing the error with the code.",
            "Let me look at both again.",
            "Re-reading line 14.",
            "Build, then source.",
        ],
        "cyc": [look, src, toml],
        "fail": ("shell", {"cmd": "cargo publish --dry-run"}, pub_err),
        "fail_say": [
            "Dry run failed; trying again.",
            "Retrying the publish dry run.",
            "Once more.",
            "Let me re-run it.",
            "Trying the dry run again.",
            "Again.",
        ],
        "reword": (
            "shell",
            [
                ({"cmd": "cargo publish --dry-run"}, ""),
                (
                    {"cmd": "cargo publish --dry-run --allow-dirty"},
                    "Maybe the dirty tree is the issue.",
                ),
                (
                    {"cmd": "cargo publish --dry-run --no-verify"},
                    "Skipping verify... though it fails in packaging.",
                ),
                ({"cmd": "cargo package"}, "Just packaging."),
                ({"cmd": "cargo publish --dry-run -p tidewater"}, "Naming the package explicitly."),
                ({"cmd": "cd . && cargo publish --dry-run --locked"}, "With --locked."),
            ],
            lambda rng, k: (
                "error: failed to verify package tarball\nCaused by: license file `LICENSE-APACHE` does not exist\nexit 101"
            ),
        ),
        "flip": (
            "edit_file",
            lambda v: {
                "path": "Cargo.toml",
                "find": 'tokio = { version = "1.38", features = [...] }',
                "replace": f'tokio = {{ version = "1.38", features = [{v}] }}',
            },
            ['"rt", "macros"', '"rt-multi-thread", "macros"', '"full"'],
            lambda v: "ok: 1 replacement",
            look,
        ),
        "flip_say": [
            "Maybe it needs the `rt` feature instead.",
            "Still failing; switching back to rt-multi-thread.",
            "Let me try `full`.",
            "Changing the tokio features again.",
            "Trying the other feature set.",
            "Flipping the feature back.",
        ],
        "progress_calls": [toml, gitst, src],
        "progress_notes": [
            "tokio 1.38 with rt-multi-thread; version already 0.9.0.",
            "Three modified files plus a stray notes.txt.",
            "Line 14 calls `tokio::rt::spawn` - that's the break.",
        ],
        "scripts": scripts,
    }


def mortgage() -> Domain:
    app = "application: MA-55120\napplicants:\n  - name: Tomasz Nowak\n    income_gbp: 58400\n  - name: Grace Nowak\n    income_gbp: 31200\nloan_gbp: 342000\nproperty_value_gbp: 380000\nltv_pct: 90.0\nstatus: referred\nreferral: RC-208 (credit committee)"
    look: Call = ("get_application", {"app_id": "MA-55120"}, app)
    credit: Call = (
        "credit_report",
        {"applicant": "Tomasz Nowak"},
        "applicant: Tomasz Nowak\nscore: 912\nmissed_payments_24m: 0\nccj: none\nrevolving_balance_gbp: 2140\nsearches_6m: 2",
    )
    afford: Call = (
        "affordability",
        {"app_id": "MA-55120"},
        "app_id: MA-55120\nincome_multiple: 3.83\nmax_multiple_policy: 4.5\nstress_rate_pct: 7.99\nstressed_payment_gbp: 2503\nnet_disposable_after_gbp: 612\nresult: pass",
    )
    policy: Call = (
        "ltv_policy",
        {"app_id": "MA-55120"},
        "app_id: MA-55120\nltv_cap_pct: 85\noverride: LOCKED\nlocked_by: credit committee\nreferral: RC-208\nnext_sitting: 2024-11-08",
    )
    val: Call = (
        "valuation",
        {"property_ref": "PR-7731"},
        "property_ref: PR-7731\nstatus: instructed\nsurveyor: not yet assigned\ninstructed_on: 2024-10-29",
    )

    def volatile(rng: random.Random, k: int) -> str:
        return f'# retrieved {rng.choice(["10:02", "10:05", "10:07", "10:11", "10:14", "10:16"])}:{rng.randint(0, 59):02d} etag W/"{hexid(rng, 10)}"\n{app}'

    def vargs(rng: random.Random, k: int) -> dict[str, Any]:
        return rng.choice(
            [
                {"app_id": "MA-55120", "correlation_id": f"c-{hexid(rng, 8)}"},
                {"correlation_id": f"c-{hexid(rng, 8)}", "app_id": "MA-55120"},
                {"app_id": "ma-55120"},
                {"app_id": "MA-55120", "include": ["applicants", "loan"]},
            ]
        )

    def valuation(rng: random.Random, k: int) -> str:
        return val[2]

    def consent(rng: random.Random, k: int) -> str:
        return f"error: CONSENT_MISSING\nbureau: Equifax\ndetail: no soft-search consent on file for applicant Grace Nowak\nrequest_id: {hexid(rng, 10) if k else '3fe9a0c211'}"

    def regen_draft(rng: random.Random, k: int) -> str:
        return compose(
            rng,
            [
                [
                    "Underwriter's note - MA-55120.",
                    "Case summary for RC-208.",
                    "Recommendation to credit committee, MA-55120:",
                    "Underwriting summary, Nowak application.",
                    "Committee paper: MA-55120 (Nowak).",
                ],
                [
                    "Joint income of GBP 89,600 supports a GBP 342,000 loan at 3.83x, within the 4.5x policy.",
                    "Affordability passes at the 7.99% stress rate with GBP 612 net disposable.",
                    "Income multiple 3.83 against a 4.5 maximum; stressed payment GBP 2,503.",
                    "The applicants' combined income comfortably supports the borrowing.",
                ],
                [
                    "Credit history for Mr Nowak is clean (score 912, no missed payments).",
                    "Mr Nowak's file is clean; Mrs Nowak's report is awaited.",
                    "No adverse credit on the lead applicant.",
                    "Credit conduct is good.",
                ],
                [
                    "On balance I would support the application.",
                    "I would suggest the committee considers it favourably.",
                    "The case appears reasonable overall.",
                    "Recommendation: approve, subject to valuation.",
                    "",
                ],
            ],
        )

    scripts = {
        "paging": [
            (
                "u",
                "Please review the bank statement transactions over GBP 1,000 for the last three months.",
            ),
            (
                "c",
                "statement_lines",
                {"app_id": "MA-55120", "min_gbp": 1000, "offset": 0, "limit": 3},
                "total: 7\nlines:\n  - {date: 2024-08-01, desc: SALARY ACME LTD, gbp: 3612}\n  - {date: 2024-08-03, desc: RENT HOLMES LETTINGS, gbp: -1350}\n  - {date: 2024-08-19, desc: TFR FROM J NOWAK, gbp: 5000}",
            ),
            (
                "c",
                "statement_lines",
                {"app_id": "MA-55120", "min_gbp": 1000, "offset": 3, "limit": 3},
                "total: 7\nlines:\n  - {date: 2024-09-01, desc: SALARY ACME LTD, gbp: 3612}\n  - {date: 2024-09-03, desc: RENT HOLMES LETTINGS, gbp: -1350}\n  - {date: 2024-10-01, desc: SALARY ACME LTD, gbp: 3612}",
            ),
            (
                "c",
                "statement_lines",
                {"app_id": "MA-55120", "min_gbp": 1000, "offset": 6, "limit": 3},
                "total: 7\nlines:\n  - {date: 2024-10-03, desc: RENT HOLMES LETTINGS, gbp: -1350}",
            ),
            (
                "s",
                "Seven large transactions over three months: salary of GBP 3,612 each month, consistent with the declared income; rent of GBP 1,350 each month, which stops on completion; and a single GBP 5,000 transfer from J Nowak on 19 August. I'd suggest we ask whether that transfer is a gift towards the deposit, as it would need a gifted-deposit letter.",
            ),
        ],
        "corrected_retry": [
            ("u", "Run affordability with the lower loan amount the broker proposed, GBP 323,000."),
            (
                "e",
                "affordability",
                {"app_id": "MA-55120", "loan_gbp": "323,000"},
                "error: VALIDATION\nfield: loan_gbp\ndetail: expected integer, got string",
            ),
            ("s", "The amount must be an integer without separators. Resubmitting."),
            (
                "c",
                "affordability",
                {"app_id": "MA-55120", "loan_gbp": 323000},
                "app_id: MA-55120\nloan_gbp: 323000\nincome_multiple: 3.60\nstressed_payment_gbp: 2364\nnet_disposable_after_gbp: 751\nltv_pct: 85.0\nresult: pass",
            ),
            (
                "s",
                "At GBP 323,000 the case passes comfortably: 3.60x income, GBP 751 left after the stressed payment, and the LTV drops to exactly 85%, inside the standard cap, so it would no longer need the committee's override.",
            ),
        ],
        "summaries": [
            ("u", "Summarise the three income documents for Mrs Nowak."),
            (
                "c",
                "income_doc",
                {"doc_id": "ID-901"},
                "doc: payslip\nperiod: 2024-09\nemployer: Harbour NHS Trust\ngross_gbp: 2600\nbasic_gbp: 2340\novertime_gbp: 260",
            ),
            (
                "c",
                "income_doc",
                {"doc_id": "ID-902"},
                "doc: payslip\nperiod: 2024-10\nemployer: Harbour NHS Trust\ngross_gbp: 2600\nbasic_gbp: 2340\novertime_gbp: 260",
            ),
            (
                "c",
                "income_doc",
                {"doc_id": "ID-903"},
                "doc: P60\nyear: 2023-24\nemployer: Harbour NHS Trust\ngross_gbp: 29900",
            ),
            (
                "s",
                "Mrs Nowak is employed by Harbour NHS Trust. Her September and October payslips each show GBP 2,600 gross, of which GBP 2,340 is basic and GBP 260 overtime. The 2023-24 P60 shows GBP 29,900. The declared GBP 31,200 equals twelve months at the current gross, including overtime; under policy we would usually count only half of overtime unless it is shown to be regular, which would give GBP 29,640.",
            ),
        ],
        "polling_converges": [
            ("u", "The valuer has been assigned. Let me know when the report lands."),
            (
                "c",
                "valuation",
                {"property_ref": "PR-7731"},
                "property_ref: PR-7731\nstatus: assigned\nsurveyor: K. Mensah MRICS\nvisit: 2024-11-05",
            ),
            ("c", "wait", {"hours": 4}, "ok"),
            (
                "c",
                "valuation",
                {"property_ref": "PR-7731"},
                "property_ref: PR-7731\nstatus: assigned\nsurveyor: K. Mensah MRICS\nvisit: 2024-11-05",
            ),
            ("s", "No report yet; the visit is today, so I shall check again this evening."),
            ("c", "wait", {"hours": 6}, "ok"),
            (
                "c",
                "valuation",
                {"property_ref": "PR-7731"},
                "property_ref: PR-7731\nstatus: visited\nreport: drafting",
            ),
            ("c", "wait", {"hours": 12}, "ok"),
            (
                "c",
                "valuation",
                {"property_ref": "PR-7731"},
                "property_ref: PR-7731\nstatus: reported\nmarket_value_gbp: 372000\ncomments: minor damp to rear wall, no retention",
            ),
            (
                "s",
                "The valuation is in at GBP 372,000, GBP 8,000 below the purchase price, with minor damp noted and no retention. On GBP 342,000 that is 91.9% LTV, so the committee case gets harder; on the broker's GBP 323,000 it would be 86.8%.",
            ),
        ],
        "draft_iterations": [
            ("u", "Please draft the condition about the gifted deposit."),
            ("s", 'Draft: "A gifted deposit letter is required."'),
            ("u", "It needs to name the donor and the amount."),
            (
                "s",
                'Draft 2: "Prior to offer: a signed gifted-deposit letter from J Nowak confirming the GBP 5,000 transferred on 19 August 2024 is a gift."',
            ),
            ("u", "Add that the donor must confirm no interest in the property and provide ID."),
            (
                "s",
                'Draft 3: "Prior to offer: a signed gifted-deposit letter from J Nowak confirming that the GBP 5,000 transferred on 19 August 2024 is a gift, is not repayable, and gives the donor no interest in the property, together with the donor\'s photo ID."',
            ),
            ("u", "That's right."),
            (
                "c",
                "set_condition",
                {
                    "app_id": "MA-55120",
                    "condition": "GIFT-01",
                    "text_ref": "draft3",
                    "stage": "prior_to_offer",
                },
                "condition: GIFT-01\nstatus: added",
            ),
            ("s", "Condition GIFT-01 added, prior to offer."),
        ],
        "entities": [
            ("u", "Pull credit for both applicants, please."),
            ("c", "credit_report", {"applicant": "Tomasz Nowak"}, credit[2]),
            (
                "c",
                "electoral_roll",
                {"applicant": "Tomasz Nowak"},
                "applicant: Tomasz Nowak\nregistered: yes\naddress: 14 Holmes Court, Leeds LS6 2PT\nsince: 2019-04",
            ),
            (
                "c",
                "credit_report",
                {"applicant": "Grace Nowak"},
                "applicant: Grace Nowak\nscore: 861\nmissed_payments_24m: 1 (2023-02, mobile phone, settled)\nccj: none\nrevolving_balance_gbp: 640\nsearches_6m: 1",
            ),
            (
                "c",
                "electoral_roll",
                {"applicant": "Grace Nowak"},
                "applicant: Grace Nowak\nregistered: no\nnote: not on roll at current address",
            ),
            (
                "s",
                "Mr Nowak: score 912, clean, GBP 2,140 revolving. Mrs Nowak: score 861, one missed mobile payment in February 2023 (settled), GBP 640 revolving. Neither is adverse under policy; the single late payment is over 18 months old. Mr Nowak is on the electoral roll at Holmes Court since 2019, but Mrs Nowak is not registered there, so we should ask for two proofs of address for her.",
            ),
        ],
        "status_updates": [
            ("u", "Keep me updated on the outstanding conditions."),
            (
                "c",
                "conditions",
                {"app_id": "MA-55120"},
                "outstanding: 4\nitems: [GIFT-01, ID-VERIFY-2, VAL-01, BANK-3M]",
            ),
            (
                "s",
                "Conditions: 4 outstanding - gifted deposit, ID for Mrs Nowak, valuation, and three months' statements.",
            ),
            (
                "c",
                "conditions",
                {"app_id": "MA-55120"},
                "outstanding: 2\nitems: [GIFT-01, VAL-01]\nsatisfied_today: [ID-VERIFY-2, BANK-3M]",
            ),
            (
                "s",
                "Conditions: 2 outstanding - ID and statements satisfied today; gifted deposit and valuation remain.",
            ),
            (
                "c",
                "conditions",
                {"app_id": "MA-55120"},
                "outstanding: 1\nitems: [GIFT-01]\nsatisfied_today: [VAL-01]",
            ),
            (
                "s",
                "Conditions: 1 outstanding - the valuation is now satisfied; only the gifted-deposit letter remains.",
            ),
        ],
        "converging_checks": [
            (
                "u",
                "Find the largest loan that passes affordability with at least GBP 700 net disposable at the stress rate.",
            ),
            (
                "c",
                "affordability",
                {"app_id": "MA-55120", "loan_gbp": 342000},
                "net_disposable_after_gbp: 612\nresult: pass",
            ),
            ("s", "GBP 612 at the current amount, short of 700. Trying GBP 320,000."),
            (
                "c",
                "affordability",
                {"app_id": "MA-55120", "loan_gbp": 320000},
                "net_disposable_after_gbp: 772\nresult: pass",
            ),
            ("s", "772 is above the threshold, so there is room. Trying GBP 330,000."),
            (
                "c",
                "affordability",
                {"app_id": "MA-55120", "loan_gbp": 330000},
                "net_disposable_after_gbp: 699\nresult: pass",
            ),
            (
                "c",
                "affordability",
                {"app_id": "MA-55120", "loan_gbp": 329800},
                "net_disposable_after_gbp: 701\nresult: pass",
            ),
            (
                "s",
                "The largest amount meeting GBP 700 is about GBP 329,800 (GBP 701 disposable); GBP 330,000 falls one pound short.",
            ),
        ],
        "transient_retry": [
            ("u", "Please pull the latest affordability figures."),
            (
                "e",
                "affordability",
                {"app_id": "MA-55120"},
                "error: UPSTREAM_UNAVAILABLE\nservice: rates-engine\nretry_after_s: 5",
            ),
            (
                "s",
                "The rates engine is briefly unavailable; it suggests retrying after five seconds.",
            ),
            ("c", "wait", {"seconds": 5}, "ok"),
            ("c", "affordability", {"app_id": "MA-55120"}, afford[2]),
            (
                "s",
                "Affordability passes: 3.83x income against a 4.5x maximum, GBP 2,503 stressed payment, GBP 612 left over.",
            ),
        ],
        "search_refinement": [
            ("u", "What does policy say about counting overtime?"),
            (
                "c",
                "policy_search",
                {"q": "overtime"},
                "hits: 14\ntop: [LEND-4.2 Income types, LEND-4.7 Variable pay, BTL-2.1 Rental income, ...]",
            ),
            (
                "c",
                "policy_search",
                {"q": "overtime regular variable pay", "section": "LEND-4"},
                "hits: 1\ntop: [LEND-4.7 Variable pay]",
            ),
            (
                "c",
                "policy_read",
                {"ref": "LEND-4.7"},
                "ref: LEND-4.7\ntext: Overtime may be counted at 50%, or 100% where evidenced as regular for 12+ months (P60 and 3 payslips). NHS bank shifts count as overtime.",
            ),
            (
                "s",
                "LEND-4.7: overtime counts at 50%, or 100% if shown to be regular for at least 12 months with a P60 and three payslips. We hold two payslips and the P60 for Mrs Nowak, so one more payslip would let us count her overtime in full.",
            ),
        ],
        "user_questions": [
            ("u", "What's the LTV on this one?"),
            (
                "c",
                "get_application",
                {"app_id": "MA-55120", "fields": ["ltv_pct"]},
                "ltv_pct: 90.0",
            ),
            ("s", "90% on the purchase price."),
            ("u", "And our cap?"),
            ("c", "ltv_policy", {"app_id": "MA-55120"}, policy[2]),
            (
                "s",
                "85%, and the override is locked with the credit committee under RC-208; it next sits on 8 November.",
            ),
            ("u", "What product rate would they get at 85%?"),
            (
                "c",
                "product_rate",
                {"ltv_band": "80-85", "term_years": 5},
                "product: FIX5-85\nrate_pct: 4.49\nfee_gbp: 999",
            ),
            ("s", "The five-year fix at 85% LTV is 4.49% with a GBP 999 fee."),
        ],
        "reread_after_edit": [
            ("u", "Correct Mrs Nowak's income to the policy figure and check the record."),
            (
                "c",
                "get_application",
                {"app_id": "MA-55120", "fields": ["applicants"]},
                "applicants:\n  - name: Tomasz Nowak\n    income_gbp: 58400\n  - name: Grace Nowak\n    income_gbp: 31200",
            ),
            (
                "c",
                "update_application",
                {
                    "app_id": "MA-55120",
                    "path": "applicants[1].income_gbp",
                    "value": 29640,
                    "reason": "LEND-4.7 overtime at 50%",
                },
                "ok: true\nversion: 12",
            ),
            (
                "c",
                "get_application",
                {"app_id": "MA-55120", "fields": ["applicants", "version"]},
                "applicants:\n  - name: Tomasz Nowak\n    income_gbp: 58400\n  - name: Grace Nowak\n    income_gbp: 29640\nversion: 12",
            ),
            (
                "s",
                "Updated to GBP 29,640 (version 12). The affordability figure depends on it, so I shall re-run that.",
            ),
            (
                "c",
                "affordability",
                {"app_id": "MA-55120"},
                "income_multiple: 3.90\nnet_disposable_after_gbp: 521\nresult: pass",
            ),
            (
                "s",
                "Record confirmed at GBP 29,640. Affordability still passes at 3.90x, with net disposable down to GBP 521.",
            ),
        ],
    }

    return {
        "name": "mortgage_underwriting",
        "acks": [
            "Certainly, one moment.",
            "Of course. Let me check.",
            "I shall look into that.",
            "Happy to; retrieving it now.",
            "Let me see.",
            "Certainly.",
        ],
        "tasks": [
            "Please underwrite MA-55120 (Nowak, joint). 90% LTV against an 85% cap - the LTV override is locked by credit committee under RC-208, so please do not amend it. I need a recommendation.",
            "Could you take MA-55120 through underwriting? Note the LTV override is with the credit committee (RC-208) and locked to us.",
            "MA-55120 needs an underwriting view by tomorrow. It's at 90% LTV; the cap override is locked pending RC-208, leave it be.",
        ],
        "plans": [
            "Certainly. I shall begin with the application record.",
            "Of course - the application first, then credit.",
            "Happy to. Let me retrieve the application.",
            "I'll start by reviewing the application itself.",
        ],
        "look": look,
        "side": credit,
        "recheck": [
            "I'll review the application again.",
            "Let me look at the application once more.",
            "Re-reading MA-55120.",
            "Another look at the application, to be careful.",
            "Checking the application record again.",
            "I'd like to re-read the application.",
            "Retrieving MA-55120 again.",
            "Once more, the application.",
        ],
        "volatile": volatile,
        "vargs": vargs,
        "para": [
            "I shall now prepare my recommendation for the committee.",
            "Next I'd suggest writing up the recommendation.",
            "I'll draft the underwriting recommendation now.",
            "The recommendation for RC-208 is what I'll prepare next.",
            "Let me now set out my recommendation.",
            "I'm about to write the committee recommendation.",
            "Proceeding to the recommendation for the credit committee.",
            "My next step is the written recommendation.",
        ],
        "nudges": [
            "Is the recommendation ready?",
            "The committee papers close at five.",
            "please finish it",
        ],
        "mono": [
            "On balance the case is affordable; the difficulty is purely the 90% LTV against an 85% cap.",
            "To summarise: affordability passes, credit is clean, and the only issue is the LTV.",
            "In other words, the Nowaks can afford it, but the loan-to-value is above our cap.",
            "Affordability: pass\nCredit: clean\nLTV: 90% vs 85% cap (referred)",
            "The position, as I see it, is an affordable case held back by its loan-to-value.",
            "Restating my view: a sound case apart from the LTV exceeding policy.",
            "Everything points the same way - good affordability and credit, LTV too high.",
            "Put simply, it's the 90% LTV that stands in the way, nothing else.",
        ],
        "regen_ask": "Please write the committee recommendation. It must address the LTV breach and propose a mitigant - the committee will not read it otherwise.",
        "regen_draft": regen_draft,
        "regen_reject": [
            "It doesn't deal with the LTV breach.",
            "No mitigant for the LTV. Please revise.",
            "The LTV issue is still not addressed.",
            "Again nothing on LTV or a mitigant.",
            "Committee will bounce this - LTV not covered.",
            "You still haven't proposed a mitigant for the LTV.",
        ],
        "stall": ("valuation", {"property_ref": "PR-7731"}, valuation),
        "stall_say": [
            "Valuation is still awaiting a surveyor. I'll check again shortly.",
            "No surveyor assigned yet; I shall look again.",
            "Still 'instructed'. Checking back in a while.",
            "The valuation hasn't moved. I'll re-check.",
            "Surveyor not yet assigned. I'll keep an eye on it.",
            "Same status on PR-7731; checking again soon.",
            "Still waiting on the valuer. Will look again.",
        ],
        "stall_ping": [
            "Any news on the valuation?",
            "Has a surveyor been assigned?",
            "update please",
            "broker chasing the valuation",
        ],
        "ab": [look, afford],
        "ab_say": [
            "Comparing the application with the affordability result.",
            "Back to the application.",
            "Affordability again.",
            "Reconciling the two once more.",
            "Let me check them against each other again.",
            "Application, then affordability.",
        ],
        "cyc": [look, credit, afford],
        "fail": ("credit_report", {"applicant": "Grace Nowak"}, consent),
        "fail_say": [
            "The bureau declined; retrying.",
            "Trying the credit search again.",
            "I'll resubmit the search.",
            "Another attempt at Mrs Nowak's report.",
            "Retrying the bureau.",
            "Once more.",
        ],
        "reword": (
            "credit_report",
            [
                ({"applicant": "Grace Nowak"}, ""),
                ({"applicant": "Mrs G Nowak"}, "Perhaps with her title and initial."),
                ({"applicant": "Grace Nowak", "bureau": "Experian"}, "Trying a different bureau."),
                ({"applicant_index": 2, "app_id": "MA-55120"}, "By position on the application."),
                (
                    {"applicant": "Grace Nowak", "search_type": "soft"},
                    "As an explicit soft search.",
                ),
                ({"applicant": "NOWAK, GRACE"}, "Surname first."),
            ],
            lambda rng, k: (
                "error: CONSENT_MISSING\ndetail: no soft-search consent on file for applicant Grace Nowak"
            ),
        ),
        "flip": (
            "set_ltv_cap",
            lambda v: {"app_id": "MA-55120", "ltv_cap_pct": v},
            [90, 85, 88],
            lambda v: f"request: ltv_cap_pct={v}\nstatus: submitted for approval",
            policy,
        ),
        "flip_say": [
            "Raising the cap to 90% to fit the case.",
            "It still shows 85; setting it back to 85 for consistency.",
            "Perhaps 88% as a middle ground.",
            "Let me submit the cap change again.",
            "Adjusting the cap once more.",
            "I'll try the other value.",
        ],
        "progress_calls": [credit, afford, val],
        "progress_notes": [
            "Mr Nowak's credit is clean.",
            "Affordability passes at 3.83x.",
            "Valuation instructed but no surveyor yet.",
        ],
        "scripts": scripts,
    }


DOMAINS: list[Callable[[], Domain]] = [
    mountain_rescue,
    semiconductor_fab,
    forensic_lab,
    airport_deicing,
    urban_trees,
    tvac_test,
    rust_release,
    mortgage,
]


if __name__ == "__main__":
    main()
