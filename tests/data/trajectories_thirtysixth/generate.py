"""Writes the thirty-sixth labelled trajectory set (``trajectories.jsonl`` next to this file).

Run ``python tests/data/trajectories_thirtysixth/generate.py``; the output is deterministic.
Each row has its own ``random.Random`` (seeded from ``SEED`` and the row id) and its own clock,
so request ids, times and latencies differ between repeated calls and nowhere else.
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 36036036
PER_KIND = 8

Step = dict[str, Any]
Spec = tuple[str, dict[str, Any], str]

TOKEN = re.compile(r"\{(id|id6|t|n|ms|ts)\}")


class Run:
    """Collects one row's steps; volatile tokens are filled when an observation is emitted."""

    def __init__(self, rng: random.Random, d: dict[str, Any]) -> None:
        self.rng, self.d = rng, d
        self.now = datetime(2027, 2, 3, 7, 0) + timedelta(minutes=rng.randint(0, 600))
        self.steps: list[Step] = []

    def fill(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:
            k = m.group(1)
            if k == "id":
                return f"{self.rng.getrandbits(32):08x}"
            if k == "id6":
                return f"{self.rng.getrandbits(24):06x}"
            if k == "t":
                return self.now.strftime("%H:%M:%S")
            if k == "ts":
                return self.now.strftime("%Y-%m-%dT%H:%M:%SZ")
            if k == "n":
                return str(self.rng.randint(10000, 99999))
            return str(self.rng.randint(40, 1900))

        return TOKEN.sub(one, text)

    def say(self, text: str, msg: str | None = None) -> None:
        step: Step = {"kind": "llm", "text": text}
        if msg is not None:
            step["observation"] = msg
        self.steps.append(step)

    def call(self, spec: Spec, err: bool = False, adv: int = 0) -> None:
        tool, args, obs = spec
        self.now += timedelta(seconds=self.rng.randint(2, 40) + adv)
        self.steps.append(
            {
                "kind": "tool",
                "tool": tool,
                "args": json.loads(json.dumps(args)),
                "observation": self.fill(obs),
                "error": err,
            }
        )

    def fail(self, spec: Spec) -> None:
        self.call(spec, err=True)


def pre(r: Run, n: int) -> None:
    """Genuine work before the pattern: two looks (even rows) or one look and a user follow-up."""
    d = r.d
    if n % 2 == 0:
        r.say(d["ack"][0], d["task"])
        for w in d["warm"][:2]:
            r.call(w[:3])
            r.say(w[3])
    else:
        r.say(d["ack"][1], d["task"])
        w = d["warm"][2]
        r.call(w[:3])
        r.say(w[3])
        msg, reply = d["follow"]
        r.say(reply, msg)


def pick(seq: list[Any], n: int, k: int) -> list[Any]:
    """k items from seq starting at an offset that depends on the row number."""
    off = (n // 2) % len(seq)
    return [seq[(off + i) % len(seq)] for i in range(k)]


# ---------------------------------------------------------------- loop builders


def l_exact_repeat(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    notes = d["rep_notes"]
    if n % 2 == 0:
        for i in range(4):
            r.call(d["rep"])
            r.say(notes[i % len(notes)])
    else:
        r.call(d["rep"])
        r.say(notes[0])
        r.call(d["rep"])
        r.call(d["rep"])
        r.say(notes[1])
        r.call(d["rep"])
        r.call(d["rep"])


def l_paraphrased_search(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    s = d["srch"]
    qs = s["queries"]
    k = 4 if n % 2 == 0 else 5
    for i in range(k):
        r.call((s["tool"], {**s["base"], s["key"]: qs[i % len(qs)]}, s["obs"]))
        if n % 2 == 0 or i % 2 == 1:
            r.say(s["notes"][i % len(s["notes"])])


def l_paraphrased_reply(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    c = d["concl"]
    r.call(d["basis"])
    if n % 2 == 0:
        r.say(c[0])
        r.call(d["rep"])
        r.say(c[1])
        r.call(d["rep"])
        r.say(c[2])
        r.say(c[3])
    else:
        for i in range(4):
            r.say(c[(i + 1) % len(c)])


def l_user_nudged_paraphrase(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    na, nu = d["nonans"], d["nudge"]
    r.say(na[0])
    k = 3 if n % 2 == 0 else 4
    for i in range(k):
        if n % 2 == 1 and i == 1:
            r.call(d["rep"])
        r.say(na[i + 1], nu[i])


def l_ab_oscillation(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    a, b, notes = d["ab"]
    if n % 2 == 0:
        for i in range(3):
            r.call(a)
            r.call(b)
            r.say(notes[i % len(notes)])
    else:
        for i in range(4):
            r.call(a)
            r.say(notes[i % len(notes)])
            r.call(b)


def l_abc_cycle(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    a, b, c, notes = d["abc"]
    reps = 3 if n % 2 == 0 else 2
    for i in range(reps):
        r.call(a)
        r.call(b)
        r.call(c)
        if n % 2 == 1 or i < reps - 1:
            r.say(notes[i % len(notes)])


def l_failing_same(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    f, notes = d["fail"]
    k = 4 if n % 2 == 0 else 3
    for i in range(k):
        r.fail(f)
        r.say(notes[i % len(notes)])


def l_failing_cosmetic(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    tool, variants, err, notes = d["cosmetic"]
    k = 4 if n % 2 == 0 else 3
    vs = variants if n % 2 == 0 else variants[1:]
    for i in range(k):
        r.fail((tool, vs[i % len(vs)], err))
        r.say(notes[i % len(notes)])


def l_monologue(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    m = d["mono"]
    k = 5 if n % 2 == 0 else 4
    base = m[0] if n % 2 == 0 else m[1]
    tails = ["", " ", "  ", "\n", " \n"]
    for i in range(k):
        r.say(base + tails[i % len(tails)])


def l_identical_calls_interleaved(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    mids = d["mid"]
    k = 4 if n % 2 == 0 else 5
    for i in range(k):
        r.call(d["rep"])
        if i < k - 1:
            r.call(mids[i % len(mids)])
    r.say(d["rep_notes"][-1])


def l_retry_reworded_failure(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    tool, base, key, texts, err, notes = d["reword"]
    k = 4 if n % 2 == 0 else 3
    for i in range(k):
        r.fail((tool, {**base, key: texts[i % len(texts)]}, err))
        if n % 2 == 0 or i < k - 1:
            r.say(notes[i % len(notes)])


def l_plan_restated(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    plans, checks = d["plan"]
    k = 4 if n % 2 == 0 else 3
    for i in range(k):
        r.say(plans[i % len(plans)])
        r.call(checks[(i + n // 2) % len(checks)])
    r.say(plans[k % len(plans)])


# ---------------------------------------------------------------- progress builders


def p_paging(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    tool, base, pages, done = d["pages"]
    for i, (extra, obs, note) in enumerate(pages):
        r.call((tool, {**base, **extra}, obs))
        if n % 2 == 0 or i == len(pages) - 1:
            r.say(note)
    r.say(done)


def p_corrected_retry(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    bad, good, mid, after = d["corr"]
    r.fail(bad)
    r.say(mid)
    r.call(good)
    r.say(after[0])
    if n % 2 == 0:
        r.call(d["warm"][2][:3])
    r.say(after[1])


def p_related_summaries(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    docs, final = d["docs"]
    for tool, args, obs, summ in docs:
        r.call((tool, args, obs))
        r.say(summ)
    r.say(final)


def p_polling_with_waits(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    spec, states, wait, notes, done = d["poll"]
    tool, args, _ = spec
    for i, st in enumerate(states):
        r.call((tool, args, st))
        if i < len(states) - 1:
            secs = [60, 90, 120, 180][i % 4]
            r.call((wait[0], {wait[1]: secs}, f"waited {secs}s"), adv=secs)
            if n % 2 == 0 and i < len(notes):
                r.say(notes[i])
    r.say(done)


def p_batch_items(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    tool, base, key, items, done = d["batch"]
    for i, (val, obs, note) in enumerate(items):
        r.call((tool, {**base, key: val}, obs))
        if note and (n % 2 == 0 or i % 2 == 1):
            r.say(note)
    r.say(done)


def p_search_refinement(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    tool, base, key, steps, done = d["refine"]
    for q, obs, note in steps:
        r.call((tool, {**base, key: q}, obs))
        r.say(note)
    r.say(done)


def p_iterative_edits(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    edits, done = d["edits"]
    for edit, check, note in edits:
        r.call(edit)
        r.call(check)
        r.say(note)
    r.say(done)


def p_user_requested_recheck(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    spec, first, msg, second, reply, done = d["recheck"]
    tool, args, _ = spec
    r.call((tool, args, first[0]))
    r.say(first[1])
    r.say(reply[0], msg)
    r.call((tool, args, second[0]), adv=600)
    r.say(second[1])
    if n % 2 == 0:
        r.call(d["warm"][0][:3])
    r.say(done)


def p_flaky_then_pass(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    spec, errs, notes, ok_note, done = d["flaky"]
    tool, args, obs = spec
    k = 2 if n % 2 == 0 else 1
    for i in range(k):
        r.fail((tool, args, errs[i % len(errs)]))
        r.say(notes[i % len(notes)])
    r.call((tool, args, obs))
    r.say(ok_note)
    r.say(done)


def p_similar_status_updates(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    work, updates, done = d["updates"]
    for spec, upd in zip(work, updates, strict=True):
        r.call(spec)
        r.say(upd)
    r.say(done)


def p_compare_two_sources(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    pairs, notes, done = d["compare"]
    for i, (a, b) in enumerate(pairs):
        r.call(a)
        r.call(b)
        r.say(notes[i])
    r.say(done)


def p_step_by_step_plan(r: Run, n: int) -> None:
    d = r.d
    pre(r, n)
    plan, steps, done = d["steps"]
    r.say(plan)
    for ann, spec in steps:
        r.say(ann)
        r.call(spec)
    r.say(done)


LOOPS: dict[str, Callable[[Run, int], None]] = {
    "exact_repeat": l_exact_repeat,
    "paraphrased_search": l_paraphrased_search,
    "paraphrased_reply": l_paraphrased_reply,
    "user_nudged_paraphrase": l_user_nudged_paraphrase,
    "ab_oscillation": l_ab_oscillation,
    "abc_cycle": l_abc_cycle,
    "failing_same": l_failing_same,
    "failing_cosmetic": l_failing_cosmetic,
    "monologue": l_monologue,
    "identical_calls_interleaved": l_identical_calls_interleaved,
    "retry_reworded_failure": l_retry_reworded_failure,
    "plan_restated": l_plan_restated,
}
PROGRESS: dict[str, Callable[[Run, int], None]] = {
    "paging": p_paging,
    "corrected_retry": p_corrected_retry,
    "related_summaries": p_related_summaries,
    "polling_with_waits": p_polling_with_waits,
    "batch_items": p_batch_items,
    "search_refinement": p_search_refinement,
    "iterative_edits": p_iterative_edits,
    "user_requested_recheck": p_user_requested_recheck,
    "flaky_then_pass": p_flaky_then_pass,
    "similar_status_updates": p_similar_status_updates,
    "compare_two_sources": p_compare_two_sources,
    "step_by_step_plan": p_step_by_step_plan,
}


# ---------------------------------------------------------------- domains

LH_TIDE: Spec = (
    "tide_window",
    {"site": "skerrymore_causeway", "month": "2027-03", "min_hours": 5},
    "windows_ge_5h=[03-03 09:10-15:20, 03-04 09:55-16:05, 03-17 08:40-14:50, "
    "03-18 09:25-15:35] source=ukho_harmonics req={id} generated={ts}",
)
LH_DIR: Spec = (
    "contractor_directory",
    {"trade": "heritage painting", "cert": "lead-safe", "region": "north coast"},
    "results=3 [Gannet Restoration Ltd (CITB lead cert, avail Mar), Hallam & Rigg (cert lapsed "
    "2026-11-30), Saltire Heritage Coatings (avail Apr)] req={id} took_ms={ms}",
)
LH_SCAF: Spec = (
    "scaffold_inspection",
    {"asset": "LH-0417"},
    'inspection=SI-2290 status=awaiting_signoff inspector="R. Dunnet" booked=2027-02-24 req={id}',
)
LH_REJECT = (
    "ERROR 409 booking_rejected: contractor lead-safe certification lapsed 2026-11-30; trust "
    "policy LS-4 requires a current certificate for work on painted lantern surfaces req={id}"
)

LIGHTHOUSE: dict[str, Any] = {
    "domain": "lighthouse_heritage_survey",
    "task": "Hi, Ffion at the Northern Coast Lights Trust. We need the five-year condition survey "
    "pack for Skerrymore Head lighthouse (asset LH-0417) ready before the trustees meet on the "
    "14th. Pull the open defects, check whether repainting the lantern is covered by the listed "
    "building consent we already hold, and get a lead-safe painting contractor booked for a tide "
    "window in March. Nobody goes on the gallery until the scaffold inspection is signed off.",
    "ack": [
        "Okay - I'll start with the asset record for LH-0417 and then the defect log.",
        "Got it. Consent first, since it decides what a contractor is allowed to do.",
    ],
    "warm": [
        (
            "asset_register",
            {"asset": "LH-0417"},
            'asset=LH-0417 name="Skerrymore Head" listed=Category_A built=1854 lantern="Chance '
            'Bros 1902" last_survey=2022-03-09 access=causeway(tidal) req={id} at={t}',
            "Category A listed, tower from 1854, lantern from 1902. Last survey was March 2022 "
            "and access is over a tidal causeway.",
        ),
        (
            "defect_log",
            {"asset": "LH-0417", "status": "open"},
            "open=6 [D-311 lantern glazing bar corrosion (high), D-312 gallery handrail loose "
            "(high), D-298 render cracking S face (med), D-305 lamp room door seal (low), D-317 "
            "lightning conductor tape (med), D-320 lead paint flaking lantern roof (high)] "
            "req={id} latency_ms={ms}",
            "Six open defects. The three high ones are the glazing bar corrosion, the loose "
            "gallery handrail and flaking lead paint on the lantern roof.",
        ),
        (
            "consent_portal",
            {"asset": "LH-0417", "type": "LBC"},
            'consents=[LBC/2023/0881 granted=2023-06-02 scope="like-for-like repainting of tower '
            'and lantern in existing colours; lead-safe removal method statement required" '
            "expires=2028-06-02] req={id}",
            "LBC/2023/0881 covers like-for-like repainting of the lantern as long as a lead-safe "
            "method statement is filed. It runs to June 2028.",
        ),
    ],
    "follow": (
        "Also, make sure the glazing bar defect goes in with photos - the trustees always ask.",
        "Will do, I'll attach the D-311 photos to the pack.",
    ),
    "rep": LH_TIDE,
    "rep_notes": [
        "Four March windows of five hours or more: the 3rd, 4th, 17th and 18th.",
        "Same windows - 3-4 March and 17-18 March.",
        "Those are still the causeway dates that work.",
        "The tide windows are 3, 4, 17 and 18 March.",
    ],
    "mid": [
        LH_DIR,
        LH_SCAF,
        (
            "survey_photos",
            {"defect": "D-311"},
            "photos=4 [IMG_2231.jpg, IMG_2232.jpg, IMG_2240.jpg, IMG_2241.jpg] taken=2026-09-12 "
            "req={id}",
        ),
    ],
    "srch": {
        "tool": "archive_search",
        "base": {"collection": "trust_records"},
        "key": "q",
        "queries": [
            "lantern glazing bar replacement history Skerrymore",
            "Skerrymore Head lantern glazing bars past repairs",
            "previous repairs to the glazing bars in the Skerrymore lantern",
            "history of glazing bar work, Skerrymore Head lantern",
            "Skerrymore lantern astragal repair records",
        ],
        "obs": 'hits=2 [TR-1987-044 "Lantern reglazing, Skerrymore" (1987), TR-2009-112 '
        '"Astragal paint and reseal, Skerrymore" (2009)] took_ms={ms} req={id}',
        "notes": [
            "Two records, 1987 and 2009. There may be something more recent under other words.",
            "Still the 1987 reglazing and the 2009 reseal. I'll phrase it differently.",
            "Same two hits again: TR-1987-044 and TR-2009-112.",
            "Only those two come back.",
        ],
    },
    "concl": [
        "So the repaint is covered by LBC/2023/0881 as long as we submit a lead-safe method "
        "statement.",
        "In short, no new consent is needed for the lantern repaint: the 2023 LBC covers it, "
        "provided a lead-safe method statement is on file.",
        "To sum up, the existing listed building consent already allows like-for-like "
        "repainting; its one condition is the lead-removal method statement.",
        "Bottom line: LBC/2023/0881 is enough for the repaint, with the method statement for "
        "lead removal as the condition.",
        "Put simply, we're covered by the 2023 consent for the repainting, subject to the "
        "lead-safe method statement.",
    ],
    "nonans": [
        "The pack is coming together: I have the defects and the consent position, and the "
        "March tide windows look workable.",
        "Sorry about that. The pack has the six open defects, the 2023 consent and the March "
        "tide windows, so it's in good shape.",
        "Understood. To recap, the defects, the consent and the March windows are all gathered "
        "for the pack, which is shaping up well.",
        "Fair point. What I have is the defect list, LBC/2023/0881 and the March tide dates - "
        "the survey pack is nearly there.",
        "Apologies. So far the pack covers the defects, the consent and the March tides; it's "
        "close to done.",
    ],
    "nudge": [
        "That doesn't answer it - which contractor have you booked, and for what date?",
        "I asked for a booked contractor and a date. Who and when?",
        "Still no name or date. Is anyone actually booked?",
        "Ffion again - I need the contractor and the date for the trustees, not a recap.",
    ],
    "ab": (
        (
            "defect_log",
            {"asset": "LH-0417", "defect": "D-320"},
            'D-320 "lead paint flaking lantern roof" severity=high raised=2026-09-12 '
            'action="strip and repaint under LBC" req={id}',
        ),
        (
            "consent_portal",
            {"asset": "LH-0417", "consent": "LBC/2023/0881"},
            'LBC/2023/0881 scope="like-for-like repainting...; lead-safe removal method '
            'statement required" conditions=1 req={id}',
        ),
        [
            "D-320 needs stripping under the consent; let me look at the consent wording again.",
            "The consent wants a method statement. Back to the defect for what it says.",
            "Checking the defect entry against the consent once more.",
            "And the consent text again.",
        ],
    ),
    "abc": (
        LH_SCAF,
        LH_DIR,
        LH_TIDE,
        [
            "Scaffold awaiting sign-off, Gannet free in March, tides 3-4 and 17-18. I'll check "
            "the scaffold again.",
            "No change anywhere - round the three checks again.",
            "Same picture as before.",
        ],
    ),
    "fail": (
        (
            "contractor_booking",
            {"contractor": "Hallam & Rigg", "asset": "LH-0417", "date": "2027-03-17"},
            LH_REJECT,
        ),
        [
            "Booking rejected. Let me try again.",
            "Rejected again - retrying.",
            "Still rejected; one more attempt.",
            "Trying the booking again.",
        ],
    ),
    "cosmetic": (
        "contractor_booking",
        [
            {"contractor": "Hallam & Rigg", "asset": "LH-0417", "date": "2027-03-17"},
            {"contractor": "Hallam and Rigg", "asset": "LH-0417", "date": "2027-03-17"},
            {"contractor": "HALLAM & RIGG", "asset": "lh-0417", "date": "2027-03-17"},
            {"contractor": "Hallam & Rigg Ltd", "asset": "LH-0417", "date": "17/03/2027"},
        ],
        LH_REJECT,
        [
            "Maybe the ampersand tripped it - trying 'and'.",
            "I'll try it in the register's capitalisation.",
            "Perhaps it wants the full 'Ltd' name and a UK date.",
            "Once more with the name tidied up.",
        ],
    ),
    "mono": [
        "I'm pulling the survey pack together now and will share it shortly.",
        "Working on the condition survey pack - I'll report back once it's assembled.",
    ],
    "reword": (
        "method_statement_submit",
        {"consent": "LBC/2023/0881", "asset": "LH-0417"},
        "summary",
        [
            "Lead paint removal by hand scraping with HEPA extraction on the lantern roof",
            "Manual scraping of lead paint from the lantern roof using HEPA vacuum extraction",
            "Removal of lead-based paint (lantern roof): hand tools, HEPA extraction, sheeted",
            "Lantern roof - lead paint hand-scraped, dust captured by HEPA units",
        ],
        "ERROR 422 missing_attachment: a method statement must include a signed RAMS document "
        '(field "rams_file") from the appointed contractor req={id}',
        [
            "Rejected. Let me describe the method more clearly.",
            "Still 422. I'll reword the summary.",
            "Same error; trying a more formal wording.",
            "Another rejection.",
        ],
    ),
    "plan": (
        [
            "Next I'll book Gannet Restoration for the 17 March window.",
            "Right, the next thing is getting Gannet booked for the 17th.",
            "Once this is confirmed I'll go ahead and book Gannet for 17 March.",
            "Moving on now to booking Gannet Restoration for the 17 March tide.",
            "The next step is still to book Gannet for 17 March.",
        ],
        [
            LH_TIDE,
            LH_DIR,
            (
                "asset_register",
                {"asset": "LH-0417", "field": "access"},
                "access=causeway(tidal) parking=Skerrymore pier key_holder=T.Mackay req={id}",
            ),
            (
                "contact_lookup",
                {"org": "Gannet Restoration Ltd"},
                'contact="Mhairi Gunn" phone=01955 611 402 email=bookings@gannet-rest.co.uk '
                "req={id}",
            ),
        ],
    ),
    # progress
    "pages": (
        "defect_log",
        {"asset": "LH-0417", "status": "closed", "since": "2022-03-09", "per_page": 5},
        [
            (
                {"page": 1},
                "page=1/3 [D-201 lamp room vent (2022), D-204 door hinge (2022), D-207 S window "
                "putty (2023), D-210 drain gully (2023), D-215 flagpole bracket (2023)] req={id}",
                "Page 1: five small closed items from 2022-23.",
            ),
            (
                {"page": 2},
                "page=2/3 [D-221 gallery drain (2024), D-233 lantern vent cowl (2024), D-240 fog "
                "signal housing (2024), D-256 render patch N face (2025), D-262 stair tread "
                "(2025)] req={id}",
                "Page 2 has the 2024-25 repairs, including the lantern vent cowl.",
            ),
            (
                {"page": 3},
                "page=3/3 [D-270 glazing putty (2025), D-288 handrail paint (2026)] req={id}",
                "Page 3 is the last: two items from 2025-26.",
            ),
        ],
        "All 12 defects closed since the last survey are listed; they go into the pack's "
        "repair history section.",
    ),
    "corr": (
        (
            "survey_photos",
            {"defect": "D311"},
            'ERROR 404 unknown defect id "D311" (expected format D-nnn) req={id}',
        ),
        (
            "survey_photos",
            {"defect": "D-311"},
            "photos=4 [IMG_2231.jpg, IMG_2232.jpg, IMG_2240.jpg, IMG_2241.jpg] taken=2026-09-12 "
            "req={id}",
        ),
        "The id needs the hyphen - D-311.",
        [
            "Four photos of the glazing bar corrosion, taken in September.",
            "Photos attached to D-311 in the pack.",
        ],
    ),
    "docs": (
        [
            (
                "archive_fetch",
                {"ref": "TR-1987-044"},
                'title="Lantern reglazing, Skerrymore" pages=6 text="All 24 panes replaced in '
                '6mm toughened glass; bronze astragals retained and cleaned..." req={id}',
                "1987: all 24 panes reglazed, the original bronze glazing bars kept.",
            ),
            (
                "archive_fetch",
                {"ref": "TR-2009-112"},
                'title="Astragal paint and reseal" pages=4 text="Astragals wire-brushed, zinc '
                'phosphate primer, resealed; corrosion noted at NE bars 3-5..." req={id}',
                "2009: bars brushed, primed and resealed, with corrosion already seen on NE "
                "bars 3-5.",
            ),
            (
                "archive_fetch",
                {"ref": "SR-2022-LH0417"},
                'title="Condition survey 2022" pages=31 text="Glazing bar section loss up to 15% '
                'in NE quadrant; monitor, plan replacement within 5 years..." req={id}',
                "2022 survey: up to 15% section loss in the NE quadrant, replacement within five "
                "years.",
            ),
        ],
        "Taken together, the NE bars have been deteriorating since at least 2009 and the 2022 "
        "survey set a five-year horizon, so D-311 goes in the pack as due for replacement "
        "rather than repair.",
    ),
    "poll": (
        ("scaffold_inspection", {"asset": "LH-0417", "inspection": "SI-2290"}, ""),
        [
            'status=booked inspector="R. Dunnet" eta=10:30 req={id}',
            "status=on_site started={t} req={id}",
            "status=report_drafting findings=2(minor) req={id}",
            "status=signed_off cert=SC-7781 valid_until=2027-04-30 req={id}",
        ],
        ("wait", "seconds"),
        ["Inspector isn't there yet.", "On site now.", "Drafting the report: two minor findings."],
        "Scaffold signed off (SC-7781, valid to 30 April), so gallery work can be instructed.",
    ),
    "batch": (
        "defect_update",
        {"asset": "LH-0417", "field": "survey_ref", "value": "CS-2027"},
        "defect",
        [
            ("D-311", "D-311 survey_ref=CS-2027 rev=5 req={id}", "D-311 tagged."),
            ("D-312", "D-312 survey_ref=CS-2027 rev=3 req={id}", "D-312 done."),
            ("D-320", "D-320 survey_ref=CS-2027 rev=2 req={id}", "D-320 done."),
            ("D-298", "D-298 survey_ref=CS-2027 rev=7 req={id}", "D-298 tagged too."),
            ("D-317", "D-317 survey_ref=CS-2027 rev=2 req={id}", ""),
        ],
        "The open defects now carry the CS-2027 survey reference.",
    ),
    "refine": (
        "contractor_directory",
        {"region": "north coast"},
        "trade",
        [
            ("painting", "results=41 [first 5: Brora Decorators, ...] req={id}", "41 - too broad."),
            (
                "heritage painting",
                "results=9 [Gannet Restoration, Hallam & Rigg, Saltire Heritage Coatings, "
                "Caithness Lime Works, ...] req={id}",
                "Nine heritage painters.",
            ),
            (
                "heritage painting lead-safe",
                "results=3 [Gannet Restoration Ltd (current, Mar), Hallam & Rigg (lapsed), "
                "Saltire Heritage Coatings (current, Apr)] req={id}",
                "Three with lead-safe certification; only Gannet is current and free in March.",
            ),
        ],
        "Gannet Restoration is the one to book.",
    ),
    "edits": (
        [
            (
                (
                    "pack_edit",
                    {"doc": "CS-2027", "section": "defects", "op": "insert_table"},
                    "ok rev=3 req={id}",
                ),
                (
                    "pack_validate",
                    {"doc": "CS-2027"},
                    "issues=4 [photo ref missing D-311, photo ref missing D-320, consent ref "
                    "missing, severity blank D-317] req={id}",
                ),
                "Four validation issues.",
            ),
            (
                (
                    "pack_edit",
                    {
                        "doc": "CS-2027",
                        "section": "photos",
                        "op": "link",
                        "defects": ["D-311", "D-320"],
                    },
                    "ok rev=4 req={id}",
                ),
                (
                    "pack_validate",
                    {"doc": "CS-2027"},
                    "issues=2 [consent ref missing, severity blank D-317] req={id}",
                ),
                "Down to two.",
            ),
            (
                (
                    "pack_edit",
                    {
                        "doc": "CS-2027",
                        "section": "consents",
                        "op": "set",
                        "value": "LBC/2023/0881",
                        "severity_D-317": "med",
                    },
                    "ok rev=5 req={id}",
                ),
                ("pack_validate", {"doc": "CS-2027"}, "issues=0 req={id}"),
                "No issues left.",
            ),
        ],
        "The survey pack validates cleanly at rev 5.",
    ),
    "recheck": (
        (
            "contractor_availability",
            {"contractor": "Gannet Restoration Ltd", "month": "2027-03"},
            "",
        ),
        (
            "free=[03-03, 03-04] held=[03-17, 03-18 (provisional: Kinloch pier)] req={id}",
            "Gannet is free 3-4 March; 17-18 March are held provisionally for another job.",
        ),
        "They told me on the phone this morning the Kinloch job moved. Can you check again?",
        (
            "free=[03-03, 03-04, 03-17, 03-18] held=[] updated={ts} req={id}",
            "That has changed: all four windows are free now, 17-18 March included.",
        ),
        ["Sure, looking at Gannet's calendar again."],
        "I'll propose 17 March to Gannet - it leaves more margin after the scaffold sign-off.",
    ),
    "flaky": (
        (
            "contractor_booking",
            {"contractor": "Gannet Restoration Ltd", "asset": "LH-0417", "date": "2027-03-17"},
            'booking=BK-5520 status=confirmed contractor="Gannet Restoration Ltd" '
            "date=2027-03-17 window=08:40-14:50 req={id}",
        ),
        [
            "ERROR 503 booking service unavailable (upstream timeout) req={id}",
            "ERROR 504 gateway timeout after 30000ms req={id}",
        ],
        ["The booking service timed out; retrying.", "Another timeout. Trying once more."],
        "Confirmed: BK-5520, Gannet Restoration on 17 March, 08:40-14:50.",
        "Contractor booked; the method statement is next.",
    ),
    "updates": (
        [
            (
                "survey_photos",
                {"defect": d, "attach_to": "CS-2027"},
                f"attached={c} defect={d} req={{id}}",
            )
            for d, c in [("D-311", 4), ("D-312", 2), ("D-320", 3), ("D-298", 5)]
        ],
        [
            "Photos: 1 of 4 defects done.",
            "Photos: 2 of 4 done.",
            "3 of 4 done.",
            "4 of 4 - every high and medium defect has photos.",
        ],
        "The photo section of the pack is complete.",
    ),
    "compare": (
        [
            (
                (
                    "asset_register",
                    {"asset": "LH-0417", "field": "lantern"},
                    'lantern="Chance Bros 1902" panes=24 bars=bronze req={id}',
                ),
                (
                    "archive_fetch",
                    {"ref": "TR-1987-044", "section": "spec"},
                    'panes_replaced=24 glass="6mm toughened" bars=bronze(retained) req={id}',
                ),
            ),
            (
                (
                    "asset_register",
                    {"asset": "LH-0417", "field": "tower_height_m"},
                    "tower_height_m=26.5 req={id}",
                ),
                (
                    "archive_fetch",
                    {"ref": "SR-2022-LH0417", "section": "dimensions"},
                    "tower_height_m=26.2 focal_plane_m=31.0 req={id}",
                ),
            ),
            (
                (
                    "asset_register",
                    {"asset": "LH-0417", "field": "paint_spec"},
                    'paint_spec="white tower, black lantern (BS 00E55)" req={id}',
                ),
                (
                    "archive_fetch",
                    {"ref": "SR-2022-LH0417", "section": "finishes"},
                    'finishes="white tower, black lantern; lead-based under layers" req={id}',
                ),
            ),
        ],
        [
            "Lantern spec matches: 24 panes, bronze bars.",
            "Tower height differs, 26.5 m in the register against 26.2 m surveyed; I'll use "
            "the survey figure.",
            "Paint colours match, and the 2022 survey confirms lead-based under-layers.",
        ],
        "The register needs one correction (tower height); everything else agrees.",
    ),
    "steps": (
        "Plan: 1) confirm the consent condition, 2) file the method statement with Gannet's "
        "RAMS, 3) book the 17 March window, 4) attach both to the pack.",
        [
            (
                "Step 1, the consent condition.",
                (
                    "consent_portal",
                    {"consent": "LBC/2023/0881", "field": "conditions"},
                    'conditions=["lead-safe removal method statement before works"] req={id}',
                ),
            ),
            (
                "Step 2: filing the method statement with the RAMS attached.",
                (
                    "method_statement_submit",
                    {
                        "consent": "LBC/2023/0881",
                        "asset": "LH-0417",
                        "rams_file": "gannet_RAMS_LH0417_v2.pdf",
                    },
                    "accepted ref=MS-0419 req={id}",
                ),
            ),
            (
                "Step 3, booking 17 March.",
                (
                    "contractor_booking",
                    {
                        "contractor": "Gannet Restoration Ltd",
                        "asset": "LH-0417",
                        "date": "2027-03-17",
                    },
                    "booking=BK-5520 status=confirmed req={id}",
                ),
            ),
            (
                "Last, attaching both to the pack.",
                (
                    "pack_edit",
                    {"doc": "CS-2027", "section": "works", "attach": ["MS-0419", "BK-5520"]},
                    "ok rev=6 req={id}",
                ),
            ),
        ],
        "All four steps done; CS-2027 is ready for the trustees.",
    ),
}


SP_CAM: Spec = (
    "lift_camera_clip",
    {"lift": "Corrie Chair", "from": "2027-02-03T10:40", "to": "2027-02-03T10:55"},
    'clip=CAM-CC-07 frames=2700 persons_detected=2 note="collision occurs out of frame below '
    'tower 9" fetched={ts} req={id}',
)
SP_RADIO: Spec = (
    "radio_log",
    {"channel": "patrol-1", "from": "10:40", "to": "11:20"},
    "entries=7 [10:44 base->P4 'injury reported Blackcock below T9', 10:47 P4 on scene, 10:52 "
    "P4 'query tib/fib, request toboggan', 10:58 P2 toboggan en route, 11:06 P2 on scene, 11:14 "
    "load and go, 11:19 at first aid hut] log_id={id}",
)
SP_WX: Spec = (
    "weather_station",
    {"station": "blackcock_mid", "at": "2027-02-03T10:45"},
    "temp_c=-4.1 wind_kmh=22 gust_kmh=38 vis_m=180 snow=wind_packed sampled={ts} req={id}",
)
SP_REJECT = (
    "ERROR 403 forbidden: run closures on Blackcock require a duty patrol supervisor sign-on; "
    "caller role=patroller (P7) req={id}"
)

SKI: dict[str, Any] = {
    "domain": "ski_patrol_incident_log",
    "task": "Patrol base here, Jonno on the desk. We had a collision on Blackcock below tower 9 "
    "of the Corrie Chair around 10:45 - a snowboarder and a skier, the skier went down with a "
    "suspected lower-leg fracture and was tobogganed to the first aid hut. I need the incident "
    "report IR drafted for the insurer by end of shift, witness statements logged, and the lower "
    "section of Blackcock closed until the grooming crew have looked at the ridge that caused it. "
    "Don't put any casualty names in the shared channel.",
    "ack": [
        "On it. First the radio log for the timeline, then the weather at the time.",
        "Understood. I'll open the IR from the first aid hut record first.",
    ],
    "warm": [
        (
            SP_RADIO[0],
            SP_RADIO[1],
            SP_RADIO[2],
            "Timeline: reported 10:44, P4 on scene 10:47, toboggan requested 10:52, at the first "
            "aid hut 11:19.",
        ),
        (
            SP_WX[0],
            SP_WX[1],
            SP_WX[2],
            "At 10:45 it was -4 C, gusting 38 km/h, visibility 180 m on wind-packed snow - poor "
            "light, which is relevant for the report.",
        ),
        (
            "first_aid_record",
            {"hut": "corrie_base", "date": "2027-02-03", "time_from": "11:00"},
            "records=1 [FA-2027-0388 arrived=11:19 injury='suspected R tib/fib' splint=vacuum "
            "handover=ambulance 11:52 casualty_ref=C-0388] req={id}",
            "FA-2027-0388: suspected right tib/fib, vacuum splint, handed to ambulance at 11:52. "
            "I'll refer to the casualty as C-0388 only.",
        ),
    ],
    "follow": (
        "One of the lifties saw it, Kirsty on tower 9 - get hers in as a witness.",
        "Noted, I'll log Kirsty's statement with the others.",
    ),
    "rep": SP_CAM,
    "rep_notes": [
        "The lift camera catches both riders but the collision itself is out of frame below T9.",
        "Clip CAM-CC-07 again: two people, collision below tower 9 out of shot.",
        "Still out of frame in that clip.",
        "Same footage - nothing of the impact itself.",
    ],
    "mid": [
        SP_WX,
        SP_RADIO,
        (
            "grooming_schedule",
            {"run": "Blackcock", "date": "2027-02-03"},
            "last_groomed=2027-02-02T21:30 machine=PB600-2 next=2027-02-03T17:00 req={id}",
        ),
    ],
    "srch": {
        "tool": "incident_search",
        "base": {"resort": "corrie", "season": "2026-27"},
        "key": "query",
        "queries": [
            "previous collisions Blackcock below tower 9",
            "earlier crashes on Blackcock near T9 this season",
            "Blackcock lower section collision history",
            "any other collisions on the Blackcock run under tower nine",
            "Blackcock T9 incidents involving two riders",
        ],
        "obs": "matches=2 [IR-2026-1141 2026-12-28 skier/skier Blackcock T8-T9 minor, IR-2027-0102 "
        "2027-01-19 board/skier Blackcock T9 wrist] took_ms={ms} req={id}",
        "notes": [
            "Two earlier collisions in the same stretch this season.",
            "Same two reports, IR-2026-1141 and IR-2027-0102.",
            "Nothing beyond those two.",
            "Again the December and January reports only.",
        ],
    },
    "concl": [
        "So the likely cause is the wind-built ridge below T9 combined with flat light - both "
        "riders lost sight of it.",
        "Put another way: poor visibility plus that wind ridge under tower 9 is what brought "
        "them together.",
        "In short, the ridge below T9 in flat light looks like the cause.",
        "My read is still that flat light hid the wind ridge under tower 9 and that caused "
        "the collision.",
        "Summing up, the contributing factor is the ridge below tower 9, made worse by the "
        "visibility.",
    ],
    "nonans": [
        "The IR is in progress - I've got the timeline, conditions and the first aid record.",
        "Sorry, to be clear: the report has the radio timeline, the weather and FA-2027-0388, "
        "so it's well under way.",
        "Understood. The report is progressing: timeline, weather and treatment are all in.",
        "Right. It's coming along - the timeline, conditions and first aid details are done.",
        "Apologies. The IR has all the core sections started and is moving along.",
    ],
    "nudge": [
        "That's not what I asked. Is the lower Blackcock closed or not?",
        "I still don't know if the run is closed. Yes or no?",
        "Jonno again - closure status please, not the report status.",
        "Is lower Blackcock roped off? That's all I need.",
    ],
    "ab": (
        SP_CAM,
        SP_RADIO,
        [
            "The camera doesn't show the impact. Let me check the radio log for the exact time.",
            "Radio log says 10:44. Back to the camera around then.",
            "Camera again around 10:44.",
            "And the radio log once more.",
        ],
    ),
    "abc": (
        SP_RADIO,
        SP_CAM,
        SP_WX,
        [
            "Radio, camera and weather all say the same as before. Going through them again.",
            "Nothing new from the three sources.",
            "Same as last time round.",
        ],
    ),
    "fail": (
        (
            "run_status_set",
            {"run": "Blackcock", "section": "lower", "status": "closed", "reason": "terrain"},
            SP_REJECT,
        ),
        [
            "Closure refused. Retrying.",
            "Forbidden again; I'll try once more.",
            "Still 403. Trying again.",
            "Retrying the closure.",
        ],
    ),
    "cosmetic": (
        "run_status_set",
        [
            {"run": "Blackcock", "section": "lower", "status": "closed", "reason": "terrain"},
            {"run": "blackcock", "section": "Lower", "status": "closed", "reason": "terrain"},
            {"run": "Blackcock", "section": "lower", "status": "CLOSED", "reason": "terrain "},
            {"run": "Blackcock (lower)", "section": "lower", "status": "closed", "reason": "ridge"},
        ],
        SP_REJECT,
        [
            "Maybe it's case-sensitive on the run name - trying lowercase.",
            "Trying the status in capitals.",
            "I'll put the section in the run name this time.",
            "Once more with the fields tidied.",
        ],
    ),
    "mono": [
        "Drafting the incident report now - will post when it's done.",
        "Still writing up the IR for the Blackcock collision; I'll share it shortly.",
    ],
    "reword": (
        "witness_statement_log",
        {"incident": "IR-2027-0411", "witness": "Kirsty Rae (lift op, T9)"},
        "statement",
        [
            "Saw the boarder cut across from the left and hit the skier just below T9.",
            "The snowboarder came across from skier's left and collided with the skier under "
            "tower 9.",
            "Boarder traversed from the left, collision with skier below T9.",
            "Witness states a snowboarder crossed from the left and struck a skier beneath "
            "tower 9.",
        ],
        "ERROR 400 consent_required: witness statements need witness_consent=true and a "
        "signature_ref before they can be logged req={id}",
        [
            "Rejected - I'll rephrase the statement.",
            "Same 400. Rewording it more formally.",
            "Still rejected; trying a shorter version.",
            "Another 400.",
        ],
    ),
    "plan": (
        [
            "Next I'll close the lower section of Blackcock.",
            "Right, closing lower Blackcock is the next thing.",
            "After this check I'll get lower Blackcock closed.",
            "Now to close the lower part of Blackcock.",
            "Still to do next: the lower Blackcock closure.",
        ],
        [
            SP_WX,
            SP_RADIO,
            (
                "grooming_schedule",
                {"run": "Blackcock", "date": "2027-02-03"},
                "last_groomed=2027-02-02T21:30 next=2027-02-03T17:00 req={id}",
            ),
            (
                "rope_inventory",
                {"hut": "corrie_mid"},
                "closure_ropes=6 signs_closed=4 bamboo=40 req={id}",
            ),
        ],
    ),
    "pages": (
        "witness_list",
        {"incident": "IR-2027-0411", "page_size": 3},
        [
            (
                {"cursor": ""},
                "items=[W1 Kirsty Rae (lift op), W2 P4 Sandy Moir, W3 skier in "
                "orange] next_cursor=c2 req={id}",
                "First three witnesses.",
            ),
            (
                {"cursor": "c2"},
                "items=[W4 ski school instructor (Anya), W5 boarder's friend, W6 "
                "chairlift passenger seat 112] next_cursor=c3 req={id}",
                "Three more, including the instructor.",
            ),
            (
                {"cursor": "c3"},
                "items=[W7 P2 Euan Baird] next_cursor=null req={id}",
                "Last page: P2.",
            ),
        ],
        "Seven witnesses in total; I'll log statements in that order.",
    ),
    "corr": (
        (
            "incident_create",
            {"type": "collision", "run": "Blackcock", "time": "10:45", "casualty": "C-0388"},
            'ERROR 422 invalid field "time": expected ISO 8601 datetime req={id}',
        ),
        (
            "incident_create",
            {
                "type": "collision",
                "run": "Blackcock",
                "time": "2027-02-03T10:45:00",
                "casualty": "C-0388",
            },
            "created=IR-2027-0411 status=draft req={id}",
        ),
        "It wants a full ISO timestamp.",
        ["IR-2027-0411 created as a draft.", "The draft IR is ready for the witness statements."],
    ),
    "docs": (
        [
            (
                "incident_fetch",
                {"id": "IR-2026-1141"},
                'summary="skier/skier, Blackcock T8-T9, flat light, minor bruising" req={id}',
                "December: two skiers in flat light between T8 and T9, minor injuries.",
            ),
            (
                "incident_fetch",
                {"id": "IR-2027-0102"},
                'summary="board/skier, Blackcock T9, wind ridge noted by patrol, wrist fracture" req={id}',
                "January: a board/skier collision at T9 where patrol noted a wind ridge; wrist "
                "fracture.",
            ),
            (
                "grooming_note",
                {"run": "Blackcock", "season": "2026-27"},
                'notes=["T9 drift builds in W winds, needs winching pass"] req={id}',
                "Grooming notes: drift builds at T9 in westerlies and needs a winch pass.",
            ),
        ],
        "All three point to the same spot: a drift ridge at T9 in westerly winds. That goes in "
        "the IR as a recurring hazard with a recommendation for a winch pass after westerlies.",
    ),
    "poll": (
        ("ambulance_status", {"job": "AMB-77120"}, ""),
        [
            "status=dispatched eta_min=25 req={id}",
            "status=en_route eta_min=12 req={id}",
            "status=on_scene at={t} req={id}",
            "status=departed destination='Raigmore ED' at={t} req={id}",
        ],
        ("wait", "seconds"),
        ["Ambulance dispatched, 25 minutes out.", "12 minutes out now.", "On scene."],
        "The casualty has left for Raigmore ED; I'll add the handover time to the IR.",
    ),
    "batch": (
        "witness_statement_log",
        {"incident": "IR-2027-0411", "witness_consent": True},
        "witness",
        [
            ("W1 Kirsty Rae", "logged=WS-1 sig=ok req={id}", "Kirsty's statement logged."),
            ("W2 Sandy Moir", "logged=WS-2 sig=ok req={id}", "P4's statement in."),
            ("W4 Anya Petrova", "logged=WS-3 sig=ok req={id}", "The instructor's logged."),
            ("W7 Euan Baird", "logged=WS-4 sig=ok req={id}", "P2 logged."),
        ],
        "Four signed witness statements are attached to IR-2027-0411.",
    ),
    "refine": (
        "incident_search",
        {"resort": "corrie"},
        "query",
        [
            ("collision", "matches=63 req={id}", "63 collisions resort-wide - too many."),
            (
                "collision Blackcock",
                "matches=9 seasons=2019-2027 req={id}",
                "Nine on Blackcock across eight seasons.",
            ),
            (
                "collision Blackcock T9 wind ridge",
                "matches=3 [IR-2023-0877, IR-2026-1141, IR-2027-0102] req={id}",
                "Three at T9 that mention the ridge.",
            ),
        ],
        "That is the pattern for the report: three ridge-related collisions at T9.",
    ),
    "edits": (
        [
            (
                (
                    "ir_edit",
                    {"id": "IR-2027-0411", "section": "narrative", "op": "write"},
                    "ok v2 req={id}",
                ),
                (
                    "ir_validate",
                    {"id": "IR-2027-0411"},
                    "errors=3 [weather missing, treatment missing, witness count 0] req={id}",
                ),
                "Three gaps.",
            ),
            (
                (
                    "ir_edit",
                    {
                        "id": "IR-2027-0411",
                        "section": "conditions",
                        "op": "attach",
                        "source": "blackcock_mid",
                    },
                    "ok v3 req={id}",
                ),
                (
                    "ir_validate",
                    {"id": "IR-2027-0411"},
                    "errors=2 [treatment missing, witness count 0] req={id}",
                ),
                "Two left.",
            ),
            (
                (
                    "ir_edit",
                    {
                        "id": "IR-2027-0411",
                        "section": "treatment",
                        "link": ["FA-2027-0388", "WS-1", "WS-2"],
                    },
                    "ok v4 req={id}",
                ),
                ("ir_validate", {"id": "IR-2027-0411"}, "errors=0 req={id}"),
                "Clean.",
            ),
        ],
        "IR-2027-0411 validates; it can go to the insurer.",
    ),
    "recheck": (
        ("run_status", {"run": "Blackcock", "section": "lower"}, ""),
        ("status=open updated=08:15 by=P1 req={id}", "Lower Blackcock still shows as open."),
        "Ali says she's just roped it off at the T8 junction, can you look again?",
        (
            "status=closed updated={t} by=P1 reason='terrain - ridge below T9' req={id}",
            "Now it reads closed, set by P1 a few minutes ago, reason terrain.",
        ),
        ["Checking it again."],
        "Closure confirmed; I'll note the time in the IR.",
    ),
    "flaky": (
        (
            "insurer_submit",
            {"incident": "IR-2027-0411", "insurer": "SnowSure"},
            "submitted claim_ref=SS-448190 status=received req={id}",
        ),
        ["ERROR 502 bad gateway (insurer portal) req={id}", "ERROR 503 try again later req={id}"],
        ["Insurer portal returned a 502; retrying in a moment.", "503 this time. One more go."],
        "Received: SnowSure claim ref SS-448190.",
        "Report lodged with the insurer before end of shift.",
    ),
    "updates": (
        [
            (
                "witness_statement_log",
                {"incident": "IR-2027-0411", "witness": w, "witness_consent": True},
                f"logged={s} req={{id}}",
            )
            for w, s in [("W1", "WS-1"), ("W2", "WS-2"), ("W4", "WS-3"), ("W7", "WS-4")]
        ],
        [
            "Statements: 1 of 4 logged.",
            "Statements: 2 of 4 logged.",
            "Statements: 3 of 4.",
            "Statements: 4 of 4 logged.",
        ],
        "All witness statements are in the IR.",
    ),
    "compare": (
        [
            (
                SP_RADIO,
                (
                    "first_aid_record",
                    {"id": "FA-2027-0388", "field": "times"},
                    "arrived=11:19 handover=11:52 req={id}",
                ),
            ),
            (
                (
                    "radio_log",
                    {"channel": "patrol-1", "from": "11:40", "to": "12:00"},
                    "entries=2 [11:50 'amb at car park', 11:53 'handover done'] req={id}",
                ),
                (
                    "first_aid_record",
                    {"id": "FA-2027-0388", "field": "injury"},
                    "injury='suspected R tib/fib' splint=vacuum entonox=yes req={id}",
                ),
            ),
            (
                (
                    "radio_log",
                    {"channel": "patrol-1", "query": "toboggan"},
                    "entries=2 [10:52 request, 10:58 en route] req={id}",
                ),
                (
                    "first_aid_record",
                    {"id": "FA-2027-0388", "field": "transport"},
                    "transport=toboggan crew=P2,P4 req={id}",
                ),
            ),
        ],
        [
            "Arrival matches at 11:19.",
            "Handover 11:52 on the record against 11:53 on the radio - a minute apart; I'll use "
            "the record.",
            "Both confirm a toboggan with P2 and P4.",
        ],
        "The radio log and first aid record agree apart from a one-minute handover difference.",
    ),
    "steps": (
        "Plan: get a supervisor sign-on, close lower Blackcock, notify the grooming crew, then "
        "post a neutral notice in the shared channel.",
        [
            (
                "First the supervisor sign-on.",
                (
                    "duty_signon",
                    {"role": "supervisor", "user": "M. Fraser"},
                    "signed_on=M.Fraser role=duty_supervisor req={id}",
                ),
            ),
            (
                "Now closing the section.",
                (
                    "run_status_set",
                    {
                        "run": "Blackcock",
                        "section": "lower",
                        "status": "closed",
                        "reason": "terrain",
                        "authorised_by": "M.Fraser",
                    },
                    "status=closed at={t} req={id}",
                ),
            ),
            (
                "Next the grooming crew.",
                (
                    "crew_message",
                    {"crew": "grooming", "text": "Blackcock T9 ridge needs a winch pass"},
                    "delivered=3 req={id}",
                ),
            ),
            (
                "And the channel notice, no names.",
                (
                    "channel_post",
                    {
                        "channel": "#patrol-ops",
                        "text": "Lower Blackcock closed (terrain). Incident IR-2027-0411.",
                    },
                    "posted ts={ts} req={id}",
                ),
            ),
        ],
        "Closed, crew told, channel updated without names.",
    ),
}


BB_STOCK: Spec = (
    "materials_stock",
    {"category": "leather", "type": "alum-tawed goatskin"},
    "items=[ATG-12 alum-tawed goat natural 0.9mm qty=0, ATG-14 alum-tawed goat 1.1mm qty=0 "
    "(on order, due 2027-03-02)] checked={ts} req={id}",
)
BB_COND: Spec = (
    "condition_report",
    {"object": "ML-1794-03"},
    'object=ML-1794-03 "Merchant ledger, Leith, 1794" boards=detached spine=lost sewing=3 of '
    "7 stations broken textblock=iron-gall ink, haloing ff.12-40 ph=4.6 req={id}",
)
BB_QUOTE: Spec = (
    "quote_get",
    {"quote": "Q-2291"},
    "quote=Q-2291 client='Leith Heritage Society' items=[rebind in alum-tawed goat, resew on "
    "raised cords, deacidify ff.12-40] total_gbp=1840 status=sent valid_to=2027-03-31 req={id}",
)
BB_REJECT = (
    "ERROR 409 treatment_blocked: aqueous deacidification not permitted on folios with active "
    "iron-gall ink corrosion (conservation policy CP-7); use non-aqueous route req={id}"
)

BINDERY: dict[str, Any] = {
    "domain": "bookbinding_conservation",
    "task": "Hello - Ruth, senior conservator at the Canongate Bindery. The Leith Heritage "
    "Society ledger (ML-1794-03) is on your bench list. They've approved quote Q-2291. Please "
    "get the treatment record set up, order whatever leather we're short of, book the "
    "deacidification slot and draft the treatment proposal for them to sign. Remember the "
    "iron-gall folios can't go near water.",
    "ack": [
        "Right, I'll read the condition report first, then check the leather stock.",
        "Understood. Let me pull up Q-2291 so the record matches what they approved.",
    ],
    "warm": [
        (
            BB_COND[0],
            BB_COND[1],
            BB_COND[2],
            "Boards detached, spine lost, three of seven sewing stations broken, and iron-gall "
            "haloing on ff.12-40 at pH 4.6.",
        ),
        (
            BB_STOCK[0],
            BB_STOCK[1],
            BB_STOCK[2],
            "We have no alum-tawed goat in stock; 1.1mm is on order for 2 March.",
        ),
        (
            BB_QUOTE[0],
            BB_QUOTE[1],
            BB_QUOTE[2],
            "Q-2291: rebind in alum-tawed goat, resew on raised cords, deacidify ff.12-40, "
            "GBP 1,840.",
        ),
    ],
    "follow": (
        "They also asked if we can keep the original marbled pastedowns. Note that please.",
        "Noted - retaining the original pastedowns goes into the proposal.",
    ),
    "rep": BB_STOCK,
    "rep_notes": [
        "Still nothing in stock: both goatskins are at zero, 1.1mm due 2 March.",
        "Stock unchanged - zero on hand, delivery due 2 March.",
        "Same result, no goatskin on the shelf.",
        "Alum-tawed goat is still out of stock.",
    ],
    "mid": [
        BB_COND,
        BB_QUOTE,
        (
            "bench_calendar",
            {"bench": "B2", "weeks": 4},
            "free=[2027-02-15..2027-02-26, 2027-03-08..2027-03-19] req={id}",
        ),
    ],
    "srch": {
        "tool": "supplier_catalogue",
        "base": {"suppliers": ["Harmatan", "J Hewit", "Shepherds"]},
        "key": "search",
        "queries": [
            "alum-tawed goatskin 1.1mm",
            "goat alum tawed 1.1 mm skin",
            "alum tawed goat leather, about 1.1mm thick",
            "white tawed goatskin 1.1",
            "alum-tawed goat skins for conservation binding 1.1mm",
        ],
        "obs": "results=2 [Harmatan ATG-110 alum-tawed goat 1.1mm GBP 68/skin lead 21d, J Hewit "
        "H-AT11 alum-tawed goat 1.1mm GBP 72/skin lead 28d] took_ms={ms} req={id}",
        "notes": [
            "Harmatan and Hewit both list it, 21- and 28-day lead times.",
            "Same two skins again.",
            "Still just Harmatan ATG-110 and Hewit H-AT11.",
            "No other supplier comes up.",
        ],
    },
    "concl": [
        "So ff.12-40 need a non-aqueous deacidification - aqueous is out because of the "
        "iron-gall corrosion.",
        "In other words, the iron-gall folios can only take a non-aqueous treatment.",
        "To put it plainly, aqueous deacidification is ruled out for ff.12-40; it has to be "
        "non-aqueous.",
        "The upshot: non-aqueous deacidification on the iron-gall folios, never aqueous.",
        "Summarising, the corroded folios limit us to the non-aqueous route.",
    ],
    "nonans": [
        "The treatment record is set up with the condition notes and the approved quote.",
        "Sorry - to clarify, the record now has the condition report and Q-2291 attached, "
        "so it's ready to go.",
        "Understood. The record holds the condition report and the approved quote.",
        "Right, the treatment record is in place with the condition findings and the quote.",
        "Apologies. As it stands, the record contains the condition report and Q-2291.",
    ],
    "nudge": [
        "But did you order the leather? That's what I'm asking.",
        "I need to know if the goatskin is ordered - has it been?",
        "Ruth here again. Ordered or not?",
        "Please just tell me whether a leather order exists.",
    ],
    "ab": (
        BB_COND,
        BB_QUOTE,
        [
            "The condition report says haloing on ff.12-40; checking what the quote promised.",
            "The quote says deacidify ff.12-40. Back to the condition report.",
            "Comparing them again.",
            "And the quote once more.",
        ],
    ),
    "abc": (
        BB_QUOTE,
        BB_STOCK,
        (
            "bench_calendar",
            {"bench": "B2", "weeks": 4},
            "free=[2027-02-15..2027-02-26, 2027-03-08..2027-03-19] req={id}",
        ),
        [
            "Quote approved, no leather, bench free mid-Feb and mid-March. Let me run through "
            "them again.",
            "Nothing changed on any of the three.",
            "Same again.",
        ],
    ),
    "fail": (
        (
            "treatment_book",
            {"object": "ML-1794-03", "treatment": "aqueous_deacidification", "folios": "12-40"},
            BB_REJECT,
        ),
        [
            "Booking refused. Retrying.",
            "Same refusal; trying again.",
            "Still blocked, one more attempt.",
            "Retrying the slot booking.",
        ],
    ),
    "cosmetic": (
        "treatment_book",
        [
            {"object": "ML-1794-03", "treatment": "aqueous_deacidification", "folios": "12-40"},
            {"object": "ML-1794-03", "treatment": "aqueous deacidification", "folios": "12-40"},
            {"object": "ml-1794-03", "treatment": "Aqueous_Deacidification", "folios": "12 - 40"},
            {"object": "ML-1794-03", "treatment": "aqueous_deacidification", "folios": "f.12-f.40"},
        ],
        BB_REJECT,
        [
            "Perhaps it wants a space rather than an underscore.",
            "Trying different capitalisation.",
            "I'll write the folio range with the f. prefix.",
            "Once more, tidied up.",
        ],
    ),
    "mono": [
        "Setting up the treatment record for ML-1794-03 now.",
        "I'm drafting the treatment proposal for the Leith ledger - back shortly.",
    ],
    "reword": (
        "purchase_order_create",
        {"supplier": "Harmatan", "account": "CANON-07"},
        "description",
        [
            "2 skins alum-tawed goat 1.1mm for ML-1794-03 rebind",
            "Alum-tawed goatskin, 1.1 mm, two skins, Leith ledger job",
            "Two (2) alum tawed goat skins 1.1mm - conservation rebinding",
            "ATG 1.1mm goat x2 for ledger ML-1794-03",
        ],
        "ERROR 400 missing_sku: purchase orders must reference a catalogue SKU (field 'sku'); "
        "free-text lines are not accepted req={id}",
        [
            "Rejected; let me make the description clearer.",
            "Still 400 - rewording it.",
            "Same error. A tidier line this time.",
            "Rejected again.",
        ],
    ),
    "plan": (
        [
            "Next I'll order two Harmatan skins.",
            "The next job is placing the Harmatan order for two skins.",
            "After this I'll get the two goatskins ordered from Harmatan.",
            "Now on to ordering the Harmatan skins.",
            "Still next: the order for two skins from Harmatan.",
        ],
        [
            BB_STOCK,
            BB_QUOTE,
            BB_COND,
            (
                "supplier_account",
                {"supplier": "Harmatan"},
                "account=CANON-07 status=active credit_gbp=2500 req={id}",
            ),
        ],
    ),
    "pages": (
        "treatment_history",
        {"collection": "Leith Heritage Society", "per_page": 4},
        [
            (
                {"page": 1},
                "page=1/3 [LHS-01 minute book 1802 (2019), LHS-02 chart (2019), LHS-04 "
                "ledger 1781 (2020), LHS-05 letters (2021)] req={id}",
                "Page 1 - 2019-21 jobs.",
            ),
            (
                {"page": 2},
                "page=2/3 [LHS-07 ledger 1788 (2022, non-aqueous deacid), LHS-09 map "
                "(2023), LHS-10 seal (2023), LHS-11 deed (2024)] req={id}",
                "Page 2 has the 1788 ledger, treated non-aqueously.",
            ),
            (
                {"page": 3},
                "page=3/3 [LHS-12 ledger 1791 (2025)] req={id}",
                "Page 3: the 1791 ledger from 2025.",
            ),
        ],
        "Nine earlier jobs for the society; the 1788 and 1791 ledgers are the precedents for "
        "this one.",
    ),
    "corr": (
        (
            "purchase_order_create",
            {"supplier": "Harmatan", "account": "CANON-07", "sku": "ATG110", "qty": 2},
            "ERROR 404 sku 'ATG110' not found; did you mean 'ATG-110'? req={id}",
        ),
        (
            "purchase_order_create",
            {"supplier": "Harmatan", "account": "CANON-07", "sku": "ATG-110", "qty": 2},
            "po=PO-88417 status=placed due=2027-02-24 total_gbp=136 req={id}",
        ),
        "The SKU needs its hyphen.",
        [
            "PO-88417 placed, due 24 February.",
            "Leather ordered; I'll note the due date on the record.",
        ],
    ),
    "docs": (
        [
            (
                "treatment_record",
                {"object": "LHS-07"},
                'summary="1788 ledger, iron-gall, non-aqueous MgO in heptane, rebacked" req={id}',
                "LHS-07: non-aqueous magnesium oxide treatment, rebacked rather than rebound.",
            ),
            (
                "treatment_record",
                {"object": "LHS-12"},
                'summary="1791 ledger, full rebind alum-tawed goat, resewn on raised cords" req={id}',
                "LHS-12: full rebind in alum-tawed goat, resewn on cords - same as our quote.",
            ),
            (
                "policy_doc",
                {"ref": "CP-7"},
                'text="Iron-gall ink with halo or cracking: no aqueous treatment; non-aqueous '
                'only, test spot first" req={id}',
                "CP-7: no aqueous work on iron-gall with haloing; non-aqueous after a spot test.",
            ),
        ],
        "So the proposal follows LHS-12 for the binding and LHS-07 plus CP-7 for the "
        "deacidification: non-aqueous, spot-tested first.",
    ),
    "poll": (
        ("spot_test", {"object": "ML-1794-03", "test": "ST-551"}, ""),
        [
            "status=queued position=2 req={id}",
            "status=applied at={t} read_after_min=20 req={id}",
            "status=drying read_after_min=5 req={id}",
            "status=complete result='no tideline, no ink movement, pH 7.8' req={id}",
        ],
        ("wait", "seconds"),
        ["Spot test queued second.", "Applied; reading in 20 minutes.", "Nearly dry."],
        "The spot test passed with no ink movement, so the non-aqueous route is safe.",
    ),
    "batch": (
        "folio_ph_log",
        {"object": "ML-1794-03", "method": "surface electrode"},
        "folio",
        [
            ("f.12", "f.12 ph=4.5 req={id}", "f.12: 4.5."),
            ("f.20", "f.20 ph=4.7 req={id}", "f.20: 4.7."),
            ("f.28", "f.28 ph=4.4 req={id}", "f.28: 4.4."),
            ("f.36", "f.36 ph=4.8 req={id}", "f.36: 4.8."),
            ("f.40", "f.40 ph=4.9 req={id}", ""),
        ],
        "pH 4.4-4.9 across the affected folios; baseline logged for after treatment.",
    ),
    "refine": (
        "supplier_catalogue",
        {"suppliers": ["Harmatan", "J Hewit", "Shepherds"]},
        "search",
        [
            ("goatskin", "results=34 req={id}", "34 goatskins of every kind."),
            (
                "alum-tawed goatskin",
                "results=5 [0.6mm, 0.9mm, 1.1mm, 1.3mm, offcuts] req={id}",
                "Five alum-tawed options.",
            ),
            (
                "alum-tawed goatskin 1.1mm",
                "results=2 [Harmatan ATG-110 21d, Hewit H-AT11 28d] req={id}",
                "Two at 1.1mm; Harmatan is faster.",
            ),
        ],
        "Harmatan ATG-110 it is.",
    ),
    "edits": (
        [
            (
                ("proposal_edit", {"doc": "TP-ML-1794-03", "op": "draft"}, "ok v1 req={id}"),
                (
                    "proposal_check",
                    {"doc": "TP-ML-1794-03"},
                    "missing=3 [pastedowns, deacid method, client signature block] req={id}",
                ),
                "Three things missing.",
            ),
            (
                (
                    "proposal_edit",
                    {
                        "doc": "TP-ML-1794-03",
                        "section": "binding",
                        "add": "retain original marbled pastedowns",
                    },
                    "ok v2 req={id}",
                ),
                (
                    "proposal_check",
                    {"doc": "TP-ML-1794-03"},
                    "missing=2 [deacid method, client signature block] req={id}",
                ),
                "Two.",
            ),
            (
                (
                    "proposal_edit",
                    {
                        "doc": "TP-ML-1794-03",
                        "section": "deacid",
                        "add": "non-aqueous MgO, spot test ST-551",
                        "signature": True,
                    },
                    "ok v3 req={id}",
                ),
                ("proposal_check", {"doc": "TP-ML-1794-03"}, "missing=0 req={id}"),
                "Complete.",
            ),
        ],
        "The proposal is complete and ready for the society to sign.",
    ),
    "recheck": (
        BB_STOCK,
        (BB_STOCK[2], "No alum-tawed goat on hand."),
        "Dougie says a delivery came in at lunchtime - can you look again?",
        (
            "items=[ATG-12 qty=0, ATG-14 alum-tawed goat 1.1mm qty=3 received=2027-02-03] "
            "checked={ts} req={id}",
            "Now three 1.1mm skins show as received today.",
        ),
        ["I'll check the stock again."],
        "We have the leather in-house, so the Harmatan order isn't needed.",
    ),
    "flaky": (
        (
            "treatment_book",
            {
                "object": "ML-1794-03",
                "treatment": "non_aqueous_deacidification",
                "folios": "12-40",
                "bench": "B2",
            },
            "booked=TB-3310 slot=2027-02-16 bench=B2 req={id}",
        ),
        ["ERROR 500 internal error (database lock) req={id}", "ERROR 503 unavailable req={id}"],
        ["Database lock on the booking system; retrying.", "Unavailable now - trying again."],
        "Booked TB-3310 on bench B2 for 16 February.",
        "Deacidification slot secured.",
    ),
    "updates": (
        [
            (
                "sewing_station_log",
                {"object": "ML-1794-03", "station": s},
                f"station={s} resewn=true req={{id}}",
            )
            for s in (1, 2, 3, 4)
        ],
        [
            "Resewing: 1 of 7 stations done.",
            "Resewing: 2 of 7.",
            "Resewing: 3 of 7.",
            "Resewing: 4 of 7 done.",
        ],
        "Over halfway through the resewing; three stations left for tomorrow.",
    ),
    "compare": (
        [
            (
                (
                    "condition_report",
                    {"object": "ML-1794-03", "field": "dimensions"},
                    "h_mm=382 w_mm=248 d_mm=61 req={id}",
                ),
                (
                    "accession_record",
                    {"object": "ML-1794-03", "field": "dimensions"},
                    "h_mm=380 w_mm=250 req={id}",
                ),
            ),
            (
                (
                    "condition_report",
                    {"object": "ML-1794-03", "field": "foliation"},
                    "leaves=212 missing=[f.188] req={id}",
                ),
                (
                    "accession_record",
                    {"object": "ML-1794-03", "field": "foliation"},
                    "leaves=213 req={id}",
                ),
            ),
            (
                (
                    "condition_report",
                    {"object": "ML-1794-03", "field": "binding"},
                    "binding=quarter calf, boards detached req={id}",
                ),
                (
                    "accession_record",
                    {"object": "ML-1794-03", "field": "binding"},
                    "binding=quarter calf req={id}",
                ),
            ),
        ],
        [
            "Dimensions agree within 2 mm.",
            "Foliation: 212 now vs 213 at accession - f.188 is missing, which I'll flag.",
            "Binding description matches.",
        ],
        "The one real discrepancy is the missing f.188; it goes in the proposal for the client.",
    ),
    "steps": (
        "Here's the order: 1) open the treatment record, 2) order leather, 3) book the "
        "non-aqueous slot, 4) send the proposal.",
        [
            (
                "Opening the record.",
                (
                    "treatment_record_create",
                    {"object": "ML-1794-03", "quote": "Q-2291"},
                    "record=TR-ML-1794-03 status=open req={id}",
                ),
            ),
            (
                "Ordering leather.",
                (
                    "purchase_order_create",
                    {"supplier": "Harmatan", "sku": "ATG-110", "qty": 2, "account": "CANON-07"},
                    "po=PO-88417 status=placed req={id}",
                ),
            ),
            (
                "Booking the slot.",
                (
                    "treatment_book",
                    {
                        "object": "ML-1794-03",
                        "treatment": "non_aqueous_deacidification",
                        "folios": "12-40",
                    },
                    "booked=TB-3310 slot=2027-02-16 req={id}",
                ),
            ),
            (
                "Sending the proposal.",
                (
                    "email_send",
                    {"to": "secretary@leithheritage.org.uk", "attach": ["TP-ML-1794-03.pdf"]},
                    "sent id=<{id}@bindery> req={id}",
                ),
            ),
        ],
        "Record open, leather ordered, slot booked and proposal sent.",
    ),
}


FM_WEIGH: Spec = (
    "weight_log",
    {"bird": "HH-14 'Sorrel'", "days": 7},
    "weights_g=[02-28 712, 03-01 708, 03-02 705, 03-03 704, 03-04 706, 03-05 703, 03-06 704] "
    "flying_weight_target=700-710 fetched={ts} req={id}",
)
FM_VET: Spec = (
    "vet_record",
    {"bird": "HH-14"},
    "bird=HH-14 species=Parabuteo unicinctus last_check=2027-01-22 notes='bumblefoot L foot "
    "resolved; fit to fly' next_due=2027-07-22 req={id}",
)
FM_CITES: Spec = (
    "cites_register",
    {"bird": "HH-14"},
    "bird=HH-14 ring=IBR-22-0917 article10=not_required(Annex B, captive bred) origin=captive "
    "bred 2022 req={id}",
)
FM_REJECT = (
    "ERROR 409 transfer_blocked: receiving holder licence GB-FAL-3312 expired 2027-01-31; a "
    "current keeper licence is required before any transfer can be recorded req={id}"
)

FALCONRY: dict[str, Any] = {
    "domain": "falconry_mews_records",
    "task": "Morning. Tom, head falconer at Kestrel Ridge Bird of Prey Centre. Three jobs: "
    "Sorrel (our Harris hawk, HH-14) is being loaned to the Glenmoy display team next week, so "
    "get the transfer paperwork done; make sure she's fit to fly and at weight for the "
    "handover; and sort Saturday's display rota so we still have two birds in each show. "
    "Don't move any bird on paper until the receiving licence checks out.",
    "ack": [
        "Morning Tom. I'll start with Sorrel's weights, then her vet record.",
        "Okay - I'll check her ring and registration first, since the transfer depends on it.",
    ],
    "warm": [
        (
            FM_WEIGH[0],
            FM_WEIGH[1],
            FM_WEIGH[2],
            "She's steady at 703-712 g over the week, inside her 700-710 g flying range.",
        ),
        (
            FM_VET[0],
            FM_VET[1],
            FM_VET[2],
            "Vet check on 22 January: the bumblefoot has resolved and she's fit to fly.",
        ),
        (
            FM_CITES[0],
            FM_CITES[1],
            FM_CITES[2],
            "Ring IBR-22-0917, captive bred 2022; a Harris hawk doesn't need an Article 10 for "
            "this.",
        ),
    ],
    "follow": (
        "And the Glenmoy lot want her food diary too, they're fussy about day-old chicks.",
        "Sure, I'll include her feeding log with the paperwork.",
    ),
    "rep": FM_WEIGH,
    "rep_notes": [
        "Her weights are 703-712 g for the week, target 700-710.",
        "Same seven weigh-ins as before.",
        "Still 704 g yesterday and in range.",
        "Weights haven't changed - within target.",
    ],
    "mid": [
        FM_VET,
        FM_CITES,
        (
            "display_rota",
            {"date": "2027-03-13"},
            "shows=[11:00 HH-14 Sorrel + BO-03 Pip, 14:00 HH-14 Sorrel + PF-02 Dash] req={id}",
        ),
    ],
    "srch": {
        "tool": "licence_registry_search",
        "base": {"register": "keeper_licences"},
        "key": "q",
        "queries": [
            "Glenmoy display team keeper licence",
            "keeper licence held by Glenmoy Raptor Displays",
            "Glenmoy raptor display licence holder",
            "licence for Glenmoy bird of prey display team",
            "Glenmoy displays falconry licence status",
        ],
        "obs": "results=1 [GB-FAL-3312 holder='Glenmoy Raptor Displays' status=expired "
        "expired=2027-01-31] took_ms={ms} req={id}",
        "notes": [
            "One licence, GB-FAL-3312, and it shows expired on 31 January.",
            "Same single licence, expired.",
            "Still only GB-FAL-3312, expired.",
            "Nothing else for Glenmoy.",
        ],
    },
    "concl": [
        "So Sorrel is fit and at weight; the only blocker is Glenmoy's expired licence.",
        "To be clear: she's ready to go, but Glenmoy's licence lapsed and that stops the transfer.",
        "Long story short, the bird is fine and the paperwork is held up by their licence.",
        "Bottom line, Sorrel's fit to fly; Glenmoy's expired licence is what blocks it.",
        "In summary: healthy hawk, good weight, blocked on GB-FAL-3312 being out of date.",
    ],
    "nonans": [
        "Sorrel's fit to fly and her weights are spot on, so she's all set for next week.",
        "Sorry - to answer properly: she's healthy and within 700-710 g, so she's in great "
        "shape for the loan.",
        "Got it. She's in range on weight and signed fit by the vet - ready for Glenmoy.",
        "Understood. Weight good, vet clear, she's good to travel.",
        "Apologies. She's healthy, at weight and ready for the handover.",
    ],
    "nudge": [
        "That's not my question. Who's flying in the 14:00 show on Saturday if Sorrel goes?",
        "The rota - which two birds are in the afternoon show?",
        "Still haven't told me the 14:00 pair.",
        "Tom again: I need the Saturday afternoon rota, please.",
    ],
    "ab": (
        FM_CITES,
        (
            "licence_registry_search",
            {"register": "keeper_licences", "q": "GB-FAL-3312"},
            "results=1 [GB-FAL-3312 status=expired expired=2027-01-31] req={id}",
        ),
        [
            "Her registration is fine; checking Glenmoy's licence.",
            "Their licence is expired. Back to Sorrel's registration.",
            "Registration again.",
            "And the licence once more.",
        ],
    ),
    "abc": (
        FM_WEIGH,
        FM_VET,
        (
            "display_rota",
            {"date": "2027-03-13"},
            "shows=[11:00 HH-14 Sorrel + BO-03 Pip, 14:00 HH-14 Sorrel + PF-02 Dash] req={id}",
        ),
        [
            "Weights fine, vet fine, rota still has Sorrel in both shows. Checking again.",
            "All three unchanged.",
            "Same again.",
        ],
    ),
    "fail": (
        (
            "bird_transfer_record",
            {"bird": "HH-14", "to_licence": "GB-FAL-3312", "type": "loan", "from": "2027-03-10"},
            FM_REJECT,
        ),
        [
            "Transfer blocked. I'll retry.",
            "Blocked again; retrying.",
            "Still 409 - once more.",
            "Retrying the transfer.",
        ],
    ),
    "cosmetic": (
        "bird_transfer_record",
        [
            {"bird": "HH-14", "to_licence": "GB-FAL-3312", "type": "loan", "from": "2027-03-10"},
            {"bird": "HH14", "to_licence": "GB-FAL-3312", "type": "loan", "from": "2027-03-10"},
            {"bird": "HH-14", "to_licence": "gb-fal-3312", "type": "Loan", "from": "2027-03-10"},
            {
                "bird": "HH-14 (Sorrel)",
                "to_licence": "GB FAL 3312",
                "type": "loan",
                "from": "10/03/2027",
            },
        ],
        FM_REJECT,
        [
            "Maybe the hyphen in the bird id - dropping it.",
            "Trying lower case on the licence.",
            "I'll add her name and space the licence number.",
            "Tidying the fields and retrying.",
        ],
    ),
    "mono": [
        "Preparing Sorrel's transfer paperwork now.",
        "Working through the loan paperwork for Sorrel; I'll update you shortly.",
    ],
    "reword": (
        "licence_query_submit",
        {"licence": "GB-FAL-3312", "to": "licensing@naturescot"},
        "question",
        [
            "Has Glenmoy Raptor Displays renewed licence GB-FAL-3312?",
            "Can you confirm whether GB-FAL-3312 (Glenmoy) has been renewed?",
            "Please advise on the renewal status of keeper licence GB-FAL-3312.",
            "Query: GB-FAL-3312 renewal - is it in progress?",
        ],
        "ERROR 403 not_authorised: licence status queries can only be made by the licence "
        "holder or with their written consent (consent_ref) req={id}",
        [
            "Refused. I'll word the question differently.",
            "Same 403; rephrasing.",
            "Still not authorised - one more version.",
            "Rejected again.",
        ],
    ),
    "plan": (
        [
            "Next I'll redo Saturday's rota with Pip and Dash in the afternoon.",
            "The next thing is rewriting the 14:00 show around Pip and Dash.",
            "Once I've checked this, I'll move Pip and Dash into the afternoon slot.",
            "Now I'll rework the Saturday rota for the afternoon show.",
            "Next step is still the Saturday rota change.",
        ],
        [
            FM_WEIGH,
            (
                "weight_log",
                {"bird": "BO-03 'Pip'", "days": 3},
                "weights_g=[221, 219, 220] target=215-225 req={id}",
            ),
            (
                "weight_log",
                {"bird": "PF-02 'Dash'", "days": 3},
                "weights_g=[598, 601, 596] target=590-605 req={id}",
            ),
            FM_VET,
        ],
    ),
    "pages": (
        "feeding_log",
        {"bird": "HH-14", "from": "2027-02-01", "limit": 10},
        [
            (
                {"offset": 0},
                "rows=10 [02-01 day-old chick x2, 02-02 quail 60g, ...] has_more=true req={id}",
                "First ten days, mostly chick and quail.",
            ),
            (
                {"offset": 10},
                "rows=10 [02-11 rat 55g, 02-12 chick x2, ...] has_more=true req={id}",
                "Days 11-20, some rat added.",
            ),
            (
                {"offset": 20},
                "rows=8 [02-21 quail 65g, ... 02-28 chick x2] has_more=false req={id}",
                "The last eight days of February.",
            ),
        ],
        "That's the full February feeding diary for Glenmoy.",
    ),
    "corr": (
        (
            "display_rota_update",
            {"date": "2027-03-13", "show": "14:00", "birds": ["BO-03", "PF-2"]},
            "ERROR 404 unknown bird id 'PF-2' req={id}",
        ),
        (
            "display_rota_update",
            {"date": "2027-03-13", "show": "14:00", "birds": ["BO-03", "PF-02"]},
            "updated show=14:00 birds=[BO-03 Pip, PF-02 Dash] req={id}",
        ),
        "Typo in Dash's id, it's PF-02.",
        ["The 14:00 show is now Pip and Dash.", "Saturday still has two birds in each show."],
    ),
    "docs": (
        [
            (
                "policy_doc",
                {"ref": "KR-LOAN-01"},
                'text="Loans require: receiving keeper licence current; vet fit-to-fly within 60 '
                'days; written loan agreement" req={id}',
                "Our loan policy: current licence at the other end, fit-to-fly within 60 days, "
                "written agreement.",
            ),
            (
                "guidance_doc",
                {"ref": "NS-RAPTOR-2025"},
                'text="Annex B captive-bred birds: no Article 10 for non-commercial loans; keep '
                'movement record" req={id}',
                "NatureScot guidance: no Article 10 for a non-commercial loan of a captive-bred "
                "Annex B bird, but keep a movement record.",
            ),
            (
                "loan_agreement",
                {"ref": "LA-2026-04 (previous Glenmoy loan)"},
                'text="Loan of BO-03, 14 days, Glenmoy responsible for vet costs" req={id}',
                "Last year's Glenmoy loan: 14 days, vet costs on them.",
            ),
        ],
        "So the paperwork is a movement record plus a loan agreement modelled on LA-2026-04; "
        "the vet check from 22 January is within 60 days.",
    ),
    "poll": (
        ("licence_status", {"licence": "GB-FAL-3312"}, ""),
        [
            "status=expired renewal=submitted 2027-02-27 req={id}",
            "status=expired renewal=under_review req={id}",
            "status=expired renewal=approved pending_issue req={id}",
            "status=current valid_to=2030-02-28 issued={ts} req={id}",
        ],
        ("wait", "seconds"),
        ["Renewal submitted.", "Under review.", "Approved, waiting to be issued."],
        "GB-FAL-3312 is current again, valid to 2030, so the transfer can be recorded.",
    ),
    "batch": (
        "weight_log_entry",
        {"date": "2027-03-07", "scale": "mews-1"},
        "bird",
        [
            ("HH-14", "HH-14 703g in_range=true req={id}", "Sorrel 703 g."),
            ("BO-03", "BO-03 220g in_range=true req={id}", "Pip 220 g."),
            ("PF-02", "PF-02 599g in_range=true req={id}", "Dash 599 g."),
            ("EO-01", "EO-01 2410g in_range=true req={id}", "Bramble the eagle owl 2,410 g."),
            ("BK-05", "BK-05 198g in_range=false (low) req={id}", ""),
        ],
        "Morning weigh-in logged; the kestrel BK-05 is light so she stays off the rota today.",
    ),
    "refine": (
        "licence_registry_search",
        {"register": "keeper_licences"},
        "q",
        [
            (
                "Glenmoy",
                "results=6 [Glenmoy Stables, Glenmoy Farm Park, ...] req={id}",
                "Six Glenmoy entries, mostly unrelated.",
            ),
            (
                "Glenmoy raptor",
                "results=2 [GB-FAL-3312 Glenmoy Raptor Displays (expired), "
                "GB-FAL-4120 Glenmoy Raptor Displays Ltd (current)] req={id}",
                "Two - the old one and a newer Ltd licence.",
            ),
            (
                "GB-FAL-4120",
                "results=1 [GB-FAL-4120 holder='Glenmoy Raptor Displays Ltd' "
                "status=current valid_to=2031-01-15] req={id}",
                "GB-FAL-4120 is current.",
            ),
        ],
        "They re-licensed as a limited company; the transfer goes to GB-FAL-4120.",
    ),
    "edits": (
        [
            (
                (
                    "loan_agreement_edit",
                    {"ref": "LA-2027-02", "op": "from_template", "template": "LA-2026-04"},
                    "ok v1 req={id}",
                ),
                (
                    "loan_agreement_check",
                    {"ref": "LA-2027-02"},
                    "issues=3 [bird still BO-03, dates, licence ref] req={id}",
                ),
                "Three issues.",
            ),
            (
                (
                    "loan_agreement_edit",
                    {"ref": "LA-2027-02", "bird": "HH-14", "dates": "2027-03-10..2027-03-24"},
                    "ok v2 req={id}",
                ),
                ("loan_agreement_check", {"ref": "LA-2027-02"}, "issues=1 [licence ref] req={id}"),
                "One left.",
            ),
            (
                (
                    "loan_agreement_edit",
                    {"ref": "LA-2027-02", "licence": "GB-FAL-4120"},
                    "ok v3 req={id}",
                ),
                ("loan_agreement_check", {"ref": "LA-2027-02"}, "issues=0 req={id}"),
                "Clean.",
            ),
        ],
        "LA-2027-02 is ready to sign.",
    ),
    "recheck": (
        ("weight_log", {"bird": "HH-14", "days": 1}, ""),
        ("weights_g=[03-06 704] req={id}", "704 g yesterday."),
        "Kirsty's just weighed her this morning, can you pull it again?",
        (
            "weights_g=[03-06 704, 03-07 698] req={id}",
            "This morning's 698 g is just under her 700 g floor.",
        ),
        ["Pulling the latest weights."],
        "I'll note she needs a slightly bigger feed today before the handover.",
    ),
    "flaky": (
        (
            "bird_transfer_record",
            {"bird": "HH-14", "to_licence": "GB-FAL-4120", "type": "loan", "from": "2027-03-10"},
            "recorded=MV-2027-0061 status=active req={id}",
        ),
        ["ERROR 504 timeout contacting registry req={id}", "ERROR 502 bad gateway req={id}"],
        ["Registry timed out. Retrying.", "Bad gateway - again."],
        "Movement MV-2027-0061 recorded.",
        "Sorrel's loan is on paper.",
    ),
    "updates": (
        [
            (
                "display_rota_update",
                {"date": "2027-03-13", "show": s, "birds": b},
                f"updated show={s} req={{id}}",
            )
            for s, b in [
                ("11:00", ["BO-03", "EO-01"]),
                ("12:30", ["PF-02", "BO-03"]),
                ("14:00", ["PF-02", "EO-01"]),
                ("15:30", ["BO-03", "PF-02"]),
            ]
        ],
        ["Rota: 1 of 4 shows re-cast.", "2 of 4.", "3 of 4.", "4 of 4 shows re-cast."],
        "Saturday is covered with two birds per show, no Sorrel.",
    ),
    "compare": (
        [
            (
                (
                    "vet_record",
                    {"bird": "HH-14", "field": "weight_at_check"},
                    "weight_g=706 date=2027-01-22 req={id}",
                ),
                ("weight_log", {"bird": "HH-14", "date": "2027-01-22"}, "weight_g=709 req={id}"),
            ),
            (
                ("vet_record", {"bird": "HH-14", "field": "ring"}, "ring=IBR-22-0917 req={id}"),
                ("cites_register", {"bird": "HH-14", "field": "ring"}, "ring=IBR-22-0917 req={id}"),
            ),
            (
                ("vet_record", {"bird": "HH-14", "field": "hatch"}, "hatched=2022-05 req={id}"),
                (
                    "cites_register",
                    {"bird": "HH-14", "field": "hatch"},
                    "hatched=2022-04-29 req={id}",
                ),
            ),
        ],
        [
            "Weight on the day: 706 g at the vet, 709 g in our log - scales differ slightly.",
            "Rings match.",
            "Hatch dates agree (late April/May 2022).",
        ],
        "The records are consistent; the paperwork can use the registry details.",
    ),
    "steps": (
        "Plan: check the new licence, draft the loan agreement, record the movement, then "
        "re-cast Saturday.",
        [
            (
                "Licence first.",
                (
                    "licence_status",
                    {"licence": "GB-FAL-4120"},
                    "status=current valid_to=2031-01-15 req={id}",
                ),
            ),
            (
                "Loan agreement.",
                (
                    "loan_agreement_edit",
                    {"ref": "LA-2027-02", "op": "finalise"},
                    "ok v3 signed_by_us=true req={id}",
                ),
            ),
            (
                "Recording the movement.",
                (
                    "bird_transfer_record",
                    {
                        "bird": "HH-14",
                        "to_licence": "GB-FAL-4120",
                        "type": "loan",
                        "from": "2027-03-10",
                    },
                    "recorded=MV-2027-0061 req={id}",
                ),
            ),
            (
                "Now the rota.",
                (
                    "display_rota_update",
                    {"date": "2027-03-13", "show": "14:00", "birds": ["BO-03", "PF-02"]},
                    "updated req={id}",
                ),
            ),
        ],
        "Done: licence checked, agreement final, movement recorded and Saturday re-cast.",
    ),
}


PO_PIPES: Spec = (
    "pipe_inventory",
    {"organ": "ST-MARY-HX", "division": "Great", "stop": "Open Diapason 8"},
    "stop='Open Diapason 8' pipes=56 present=53 missing=[C#13, D14, G#45] damaged=[c25 "
    "mouth dented] material=spotted metal req={id} snap={ts}",
)
PO_HUM: Spec = (
    "humidity_log",
    {"building": "St Mary's Halifax", "days": 14},
    "rh_pct_min=38 rh_pct_max=61 mean=49 spikes=[02-19 61% heating on] logger=HX-RH-2 "
    "req={id} exported={ts}",
)
PO_FAC: Spec = (
    "faculty_status",
    {"diocese": "Leeds", "parish": "St Mary Halifax", "ref": "FAC-2026-1187"},
    "ref=FAC-2026-1187 works='organ overhaul, Great and Swell' status=granted "
    "conditions=['DAC organ adviser sign-off before pipe removal'] req={id}",
)
PO_REJECT = (
    "ERROR 412 precondition_failed: faculty FAC-2026-1187 condition 1 unmet (organ adviser "
    "sign-off before pipe removal); workshop transfer not allowed req={id}"
)

ORGAN: dict[str, Any] = {
    "domain": "pipe_organ_restoration",
    "task": "Hello, this is Graham at Pennine Organ Works. We're starting the overhaul of the "
    "Harrison organ at St Mary's, Halifax (ST-MARY-HX) next month. Could you check the Great "
    "Open Diapason inventory, work out which pipes we need to have made, get the Great pipes "
    "booked into the workshop and put a schedule to the churchwardens? The faculty has "
    "conditions - don't move any pipework until they're satisfied.",
    "ack": [
        "Hello Graham. I'll look at the Open Diapason inventory first, then the church's humidity.",
        "Right, I'll read the faculty first so I know the conditions before planning anything.",
    ],
    "warm": [
        (
            PO_PIPES[0],
            PO_PIPES[1],
            PO_PIPES[2],
            "53 of 56 pipes present: C#13, D14 and G#45 are missing and c25 has a dented mouth.",
        ),
        (
            PO_HUM[0],
            PO_HUM[1],
            PO_HUM[2],
            "Humidity 38-61% over two weeks, spiking when the heating comes on. Worth noting for "
            "the new pipes and the soundboard.",
        ),
        (
            PO_FAC[0],
            PO_FAC[1],
            PO_FAC[2],
            "Faculty FAC-2026-1187 granted, with one condition: the DAC organ adviser signs off "
            "before any pipes come out.",
        ),
    ],
    "follow": (
        "The vicar's asking if the organ can still play for Easter. Can you factor that in?",
        "I'll keep Easter Sunday in mind when I draft the schedule.",
    ),
    "rep": PO_PIPES,
    "rep_notes": [
        "Three missing and one damaged on the Open Diapason.",
        "Inventory as before: C#13, D14, G#45 missing, c25 dented.",
        "Same three missing pipes.",
        "No change in the Open Diapason inventory.",
    ],
    "mid": [
        PO_HUM,
        PO_FAC,
        (
            "workshop_calendar",
            {"workshop": "Sowerby Bridge", "weeks": 8},
            "bays_free=[bay2 from 2027-03-22, bay3 from 2027-04-12] req={id}",
        ),
    ],
    "srch": {
        "tool": "pipe_maker_search",
        "base": {"region": "UK"},
        "key": "query",
        "queries": [
            "spotted metal diapason pipes made to scale",
            "makers of spotted metal open diapason pipework to match",
            "who can make new spotted-metal diapason pipes to an existing scale",
            "spotted metal flue pipe makers, diapason scale matching",
            "bespoke spotted metal open diapason pipes UK",
        ],
        "obs": "results=2 [Kimber Pipe Co (lead 10wk), Aubertin Metal Works (lead 14wk)] "
        "took_ms={ms} req={id}",
        "notes": [
            "Kimber and Aubertin, 10 and 14 weeks.",
            "Same two makers.",
            "Still Kimber and Aubertin only.",
            "Nothing new in the results.",
        ],
    },
    "concl": [
        "So we need three new pipes made - C#13, D14 and G#45 - and c25 can be repaired.",
        "Put differently: three pipes to be made new, and the dented c25 is repairable.",
        "In short, new C#13, D14 and G#45, plus a repair to c25.",
        "The answer stays the same: make three, mend one.",
        "Summing up, C#13, D14 and G#45 have to be made, and c25 gets its mouth dressed.",
    ],
    "nonans": [
        "The overhaul plan is in hand: inventory checked, humidity reviewed and the faculty read.",
        "Sorry for the confusion - the inventory, humidity and faculty are all reviewed, so "
        "the plan is well advanced.",
        "Understood. Inventory, humidity, faculty: all checked, the plan is taking shape.",
        "Right - I've covered the inventory, the humidity and the faculty for the plan.",
        "Apologies. The preparatory checks are all done and the plan is on track.",
    ],
    "nudge": [
        "Yes but when does the organ come out and when is it back? The wardens want dates.",
        "I need dates for the schedule, not what you've checked.",
        "Still no dates. Out when, back when?",
        "Graham again - the churchwardens meet tonight. Dates please.",
    ],
    "ab": (
        PO_FAC,
        (
            "adviser_signoff",
            {"ref": "FAC-2026-1187"},
            "signoff=pending adviser='Dr H. Wade' visit=not_booked req={id}",
        ),
        [
            "The faculty needs the adviser's sign-off. Checking where that is.",
            "Still pending. Back to the faculty wording.",
            "Faculty again.",
            "And the sign-off once more.",
        ],
    ),
    "abc": (
        PO_PIPES,
        PO_HUM,
        (
            "workshop_calendar",
            {"workshop": "Sowerby Bridge", "weeks": 8},
            "bays_free=[bay2 from 2027-03-22, bay3 from 2027-04-12] req={id}",
        ),
        [
            "Inventory, humidity and workshop unchanged. Going over them again.",
            "Same three answers.",
            "No change.",
        ],
    ),
    "fail": (
        (
            "workshop_transfer",
            {"organ": "ST-MARY-HX", "division": "Great", "bay": "bay2", "date": "2027-03-22"},
            PO_REJECT,
        ),
        [
            "Refused. Let me retry.",
            "Same 412, retrying.",
            "Still refused - again.",
            "Retrying the transfer.",
        ],
    ),
    "cosmetic": (
        "workshop_transfer",
        [
            {"organ": "ST-MARY-HX", "division": "Great", "bay": "bay2", "date": "2027-03-22"},
            {"organ": "ST-MARY-HX", "division": "great", "bay": "Bay 2", "date": "2027-03-22"},
            {"organ": "st-mary-hx", "division": "Great Organ", "bay": "bay2", "date": "2027-03-22"},
            {"organ": "ST-MARY-HX", "division": "Great", "bay": "bay2", "date": "22 March 2027"},
        ],
        PO_REJECT,
        [
            "Maybe it's the bay name format.",
            "Trying the full division name.",
            "I'll write the date out in words.",
            "Once more with tidied fields.",
        ],
    ),
    "mono": [
        "Putting the overhaul schedule together for St Mary's now.",
        "Drafting the schedule for the churchwardens - I'll have it shortly.",
    ],
    "reword": (
        "adviser_visit_request",
        {"adviser": "Dr H. Wade", "faculty": "FAC-2026-1187"},
        "message",
        [
            "Please could you visit St Mary's Halifax to sign off pipe removal?",
            "Requesting a site visit to St Mary's, Halifax, for the pipe removal sign-off.",
            "Would you be able to attend St Mary's to approve removal of the Great pipework?",
            "Site visit needed at St Mary's Halifax: sign-off for pipe removal under the faculty.",
        ],
        "ERROR 403 requests to the DAC organ adviser must be made by the parish (PCC "
        "secretary account); contractor accounts cannot book adviser visits req={id}",
        [
            "Rejected - rewording the request.",
            "Same error. A more formal version.",
            "Still 403; rephrasing.",
            "Refused again.",
        ],
    ),
    "plan": (
        [
            "Next I'll book the Great pipework into bay 2 for 22 March.",
            "The next step is getting the Great into bay 2 on 22 March.",
            "After this I'll book bay 2 for the Great pipes.",
            "Right, now to the bay 2 booking for the Great division.",
            "The bay 2 booking is still next.",
        ],
        [
            PO_HUM,
            PO_PIPES,
            (
                "van_availability",
                {"depot": "Sowerby Bridge", "date": "2027-03-22"},
                "vans_free=1 (Luton, 3.5t) req={id}",
            ),
            (
                "pipe_inventory",
                {"organ": "ST-MARY-HX", "division": "Great", "stop": "Principal 4"},
                "pipes=56 present=56 damaged=[] req={id}",
            ),
        ],
    ),
    "pages": (
        "pipe_inventory",
        {"organ": "ST-MARY-HX", "division": "Great", "per_page": 4},
        [
            (
                {"page": 1},
                "page=1/3 [Open Diapason 8 (53/56), Stopped Diapason 8 (56/56), "
                "Principal 4 (56/56), Harmonic Flute 4 (55/56)] req={id}",
                "Page 1: the flue foundations; the flute is missing one.",
            ),
            (
                {"page": 2},
                "page=2/3 [Twelfth 2 2/3 (56/56), Fifteenth 2 (56/56), Mixture III "
                "(165/168), Trumpet 8 (56/56)] req={id}",
                "Page 2: the mixture is three short.",
            ),
            ({"page": 3}, "page=3/3 [Clarion 4 (54/56)] req={id}", "Page 3: Clarion, two missing."),
        ],
        "The whole Great: nine stops, with gaps in the Open Diapason, Harmonic Flute, Mixture "
        "and Clarion - 9 pipes to have made.",
    ),
    "corr": (
        (
            "pipe_order",
            {
                "maker": "Kimber Pipe Co",
                "stop": "Open Diapason 8",
                "notes": ["C#13", "D14", "G#45"],
                "scale": "Great OD",
            },
            "ERROR 422 scale must be a measured scale id (e.g. SC-xxxx) req={id}",
        ),
        (
            "pipe_order",
            {
                "maker": "Kimber Pipe Co",
                "stop": "Open Diapason 8",
                "notes": ["C#13", "D14", "G#45"],
                "scale": "SC-HX-GT-OD8",
            },
            "order=KP-2027-044 status=accepted lead_weeks=10 req={id}",
        ),
        "It needs the measured scale id.",
        ["Kimber accepted KP-2027-044, ten weeks.", "The new pipes will arrive in late May."],
    ),
    "docs": (
        [
            (
                "archive_doc",
                {"ref": "Harrison 1911 contract"},
                'text="Great: 9 stops, OD in spotted metal, 3 1/2in wind" req={id}',
                "1911 contract: nine-stop Great, Open Diapason in spotted metal on 3 1/2 inch wind.",
            ),
            (
                "archive_doc",
                {"ref": "1968 Nelson rebuild"},
                'text="Great Mixture recomposed; OD bass revoiced; wind lowered to 3 1/4in" req={id}',
                "1968: mixture recomposed, OD bass revoiced and the wind lowered.",
            ),
            (
                "archive_doc",
                {"ref": "2019 tuner report"},
                'text="OD C#13, D14 stolen 2018; Clarion tuning slides split" req={id}',
                "2019 tuner: two OD pipes stolen in 2018, Clarion slides split.",
            ),
        ],
        "So the new pipes should follow the 1911 scale but be voiced for the 1968 wind "
        "pressure, and the Clarion needs new tuning slides.",
    ),
    "poll": (
        ("adviser_signoff", {"ref": "FAC-2026-1187"}, ""),
        [
            "signoff=pending visit=booked 2027-03-15T10:00 req={id}",
            "signoff=pending visit=in_progress req={id}",
            "signoff=pending report=drafting req={id}",
            "signoff=granted at={ts} by='Dr H. Wade' req={id}",
        ],
        ("wait", "seconds"),
        ["Visit booked.", "Visit in progress.", "Report being drafted."],
        "The adviser has signed off, so the condition is met and pipes can be removed.",
    ),
    "batch": (
        "pipe_order",
        {"maker": "Kimber Pipe Co", "scale_set": "SC-HX-GT"},
        "stop",
        [
            ("Open Diapason 8", "order=KP-2027-044 pipes=3 req={id}", "OD ordered."),
            ("Harmonic Flute 4", "order=KP-2027-045 pipes=1 req={id}", "Flute ordered."),
            ("Mixture III", "order=KP-2027-046 pipes=3 req={id}", "Mixture pipes ordered."),
            ("Clarion 4", "order=KP-2027-047 pipes=2 req={id}", "Clarion ordered."),
        ],
        "All nine missing Great pipes are on order with Kimber.",
    ),
    "refine": (
        "pipe_maker_search",
        {"region": "UK"},
        "query",
        [
            ("organ pipe makers", "results=11 req={id}", "Eleven makers."),
            ("spotted metal flue pipes", "results=5 req={id}", "Five do spotted metal."),
            (
                "spotted metal flue pipes 1911 Harrison scale matching",
                "results=2 [Kimber Pipe Co (has Harrison scales on file), Aubertin] req={id}",
                "Two, and Kimber has Harrison scales on file.",
            ),
        ],
        "Kimber is the best fit.",
    ),
    "edits": (
        [
            (
                ("schedule_edit", {"doc": "SCH-HX-2027", "op": "draft"}, "ok v1 req={id}"),
                (
                    "schedule_check",
                    {"doc": "SCH-HX-2027"},
                    "conflicts=3 [Easter Sunday 03-28, adviser visit after removal, bay3 overlap] "
                    "req={id}",
                ),
                "Three conflicts.",
            ),
            (
                (
                    "schedule_edit",
                    {"doc": "SCH-HX-2027", "removal": "2027-03-29"},
                    "ok v2 req={id}",
                ),
                ("schedule_check", {"doc": "SCH-HX-2027"}, "conflicts=1 [bay3 overlap] req={id}"),
                "Moving removal after Easter clears two.",
            ),
            (
                ("schedule_edit", {"doc": "SCH-HX-2027", "bay": "bay2"}, "ok v3 req={id}"),
                ("schedule_check", {"doc": "SCH-HX-2027"}, "conflicts=0 req={id}"),
                "None left.",
            ),
        ],
        "The schedule has no conflicts: removal 29 March, after Easter.",
    ),
    "recheck": (
        ("workshop_calendar", {"workshop": "Sowerby Bridge", "weeks": 8}, ""),
        ("bays_free=[bay3 from 2027-04-12] req={id}", "Only bay 3, from 12 April."),
        "We finished the Luddenden job early today, so bay 2 should be free - check again?",
        (
            "bays_free=[bay2 from 2027-03-24, bay3 from 2027-04-12] updated={ts} req={id}",
            "Yes, bay 2 now shows free from 24 March.",
        ),
        ["Looking again."],
        "Bay 2 from 24 March fits removal on the 29th.",
    ),
    "flaky": (
        (
            "faculty_status",
            {"diocese": "Leeds", "parish": "St Mary Halifax", "ref": "FAC-2026-1187"},
            "ref=FAC-2026-1187 status=granted conditions_met=1/1 req={id}",
        ),
        ["ERROR 503 diocesan portal maintenance req={id}", "ERROR 504 upstream timeout req={id}"],
        ["The diocesan portal is down; I'll retry.", "Timed out. Once more."],
        "Faculty conditions now 1 of 1 met.",
        "We're clear to plan removal.",
    ),
    "updates": (
        [
            (
                "pipe_packing_log",
                {"organ": "ST-MARY-HX", "stop": s},
                f"stop='{s}' packed=true crate={c} req={{id}}",
            )
            for s, c in [
                ("Open Diapason 8", "C1"),
                ("Stopped Diapason 8", "C2"),
                ("Principal 4", "C3"),
                ("Harmonic Flute 4", "C4"),
            ]
        ],
        ["Packed 1 of 9 Great stops.", "2 of 9 packed.", "3 of 9.", "4 of 9 packed."],
        "Flue foundations are crated; the upperwork and reeds are next.",
    ),
    "compare": (
        [
            (
                (
                    "pipe_inventory",
                    {"organ": "ST-MARY-HX", "stop": "Open Diapason 8", "field": "count"},
                    "present=53 req={id}",
                ),
                (
                    "archive_doc",
                    {"ref": "2019 tuner report", "field": "OD"},
                    "od_missing=['C#13','D14'] req={id}",
                ),
            ),
            (
                (
                    "pipe_inventory",
                    {"organ": "ST-MARY-HX", "stop": "Clarion 4", "field": "count"},
                    "present=54 req={id}",
                ),
                (
                    "archive_doc",
                    {"ref": "2019 tuner report", "field": "Clarion"},
                    "clarion_missing=[] slides_split=6 req={id}",
                ),
            ),
            (
                (
                    "pipe_inventory",
                    {"organ": "ST-MARY-HX", "stop": "Mixture III", "field": "count"},
                    "present=165 req={id}",
                ),
                (
                    "archive_doc",
                    {"ref": "1968 Nelson rebuild", "field": "Mixture"},
                    "ranks=3 pipes=168 req={id}",
                ),
            ),
        ],
        [
            "2019 lists two OD pipes stolen; we're missing three, so G#45 went later.",
            "The Clarion had no missing pipes in 2019; the two losses are recent.",
            "The Mixture should have 168; three short.",
        ],
        "Five of the missing pipes went after 2019, which I'll mention to the wardens.",
    ),
    "steps": (
        "Plan: confirm the adviser sign-off, book bay 2, book the van, send the schedule to "
        "the wardens.",
        [
            (
                "Sign-off first.",
                ("adviser_signoff", {"ref": "FAC-2026-1187"}, "signoff=granted req={id}"),
            ),
            (
                "Booking bay 2.",
                (
                    "workshop_booking",
                    {"bay": "bay2", "from": "2027-03-29"},
                    "booked=WB-311 req={id}",
                ),
            ),
            (
                "The van.",
                (
                    "van_booking",
                    {"depot": "Sowerby Bridge", "date": "2027-03-29"},
                    "booked=VN-88 Luton req={id}",
                ),
            ),
            (
                "Sending the schedule.",
                (
                    "email_send",
                    {"to": "wardens@stmaryshalifax.org", "attach": ["SCH-HX-2027.pdf"]},
                    "sent req={id}",
                ),
            ),
        ],
        "All booked and the schedule is with the churchwardens.",
    ),
}


SD_ENTRIES: Spec = (
    "entries_list",
    {"trial": "BRECON-OPEN-2027", "class": "open"},
    "entries=58 cap=60 waitlist=4 late=[E-0581 R. Pugh 'Moss', E-0583 G. Evans 'Fly'] "
    "unpaid=3 as_of={ts} req={id}",
)
SD_REG: Spec = (
    "isds_registry",
    {"dog_reg": "ISDS 341207"},
    "reg=341207 name='Nell' sire='Bwlch Cap' dam='Cefn Meg' dob=2021-04-02 owner='D. Morgan' "
    "status=registered req={id}",
)
SD_FIELD: Spec = (
    "field_booking",
    {"venue": "Cwm Farm, Brecon", "date": "2027-05-15"},
    "venue='Cwm Farm' booked=2027-05-15..16 sheep=Welsh Mountain ewes x 240 outrun_yds=400 "
    "req={id}",
)
SD_REJECT = (
    "ERROR 409 entry_closed: BRECON-OPEN-2027 open class is at its 60-run cap; new entries "
    "go to the waitlist only (use waitlist_add) req={id}"
)

SHEEPDOG: dict[str, Any] = {
    "domain": "sheepdog_trial_entries",
    "task": "Siân here, trial secretary for the Brecon Open sheepdog trial on 15-16 May. Can "
    "you tidy the open-class entries: chase the unpaid ones, sort the waitlist, get Dai "
    "Morgan's bitch Nell entered if there's room, and publish the running order by Friday. "
    "The open class is capped at 60 runs and the judge can't see handlers he's related to.",
    "ack": [
        "Hi Siân. I'll look at the open-class entries first, then Nell's registration.",
        "Okay. I'll confirm the field booking and sheep first, then the entries.",
    ],
    "warm": [
        (
            SD_ENTRIES[0],
            SD_ENTRIES[1],
            SD_ENTRIES[2],
            "58 of 60 runs taken, four on the waitlist, two late entries and three unpaid.",
        ),
        (
            SD_REG[0],
            SD_REG[1],
            SD_REG[2],
            "Nell is ISDS 341207, registered to Dai Morgan, born April 2021.",
        ),
        (
            SD_FIELD[0],
            SD_FIELD[1],
            SD_FIELD[2],
            "Cwm Farm is booked for both days with 240 Welsh Mountain ewes, 400-yard outrun.",
        ),
    ],
    "follow": (
        "Oh, and the judge is Huw Parry - he's Gareth Evans's uncle, so watch that.",
        "Got it - Huw Parry can't judge Gareth Evans's runs; I'll flag that in the order.",
    ),
    "rep": SD_ENTRIES,
    "rep_notes": [
        "58 entries, cap 60, four waiting and three unpaid.",
        "Same numbers: 58 in, 4 on the waitlist.",
        "Entries unchanged at 58.",
        "No change - still 58 of 60.",
    ],
    "mid": [
        SD_REG,
        SD_FIELD,
        (
            "payments_ledger",
            {"trial": "BRECON-OPEN-2027", "status": "unpaid"},
            "unpaid=3 [E-0544 £18, E-0569 £18, E-0577 £18] req={id}",
        ),
    ],
    "srch": {
        "tool": "handler_search",
        "base": {"association": "ISDS Wales"},
        "key": "q",
        "queries": [
            "handlers related to judge Huw Parry",
            "who is related to Huw Parry among handlers",
            "Huw Parry family members entered as handlers",
            "relatives of judge Huw Parry on the handler list",
            "handlers connected to Huw Parry by family",
        ],
        "obs": "results=1 [Gareth Evans (nephew) handler_id=H-2203] took_ms={ms} req={id}",
        "notes": [
            "Only Gareth Evans, his nephew.",
            "Still just Gareth Evans.",
            "Same result.",
            "Only the one relative again.",
        ],
    },
    "concl": [
        "So there's room for Nell: 58 of 60 runs taken.",
        "In other words, Nell fits - two runs are still free.",
        "Short version: with 58 entered and a cap of 60, Nell can go in.",
        "Put simply, there's space under the cap for Nell.",
        "Bottom line, two spare runs, so Nell can be entered.",
    ],
    "nonans": [
        "The entries are in decent shape: 58 in the open class with a small waitlist.",
        "Sorry - to clarify, the open class has 58 entries and four waiting, so it's in order.",
        "Right. 58 entered, waitlist of four, the class is nearly full.",
        "Understood. The open class stands at 58 with four waiting.",
        "Apologies. We're at 58 runs with four on the waitlist.",
    ],
    "nudge": [
        "That's not what I asked - is Nell actually entered?",
        "Yes or no, is Dai's Nell in?",
        "You still haven't said whether Nell's entered.",
        "Siân again: has Nell got a run number or not?",
    ],
    "ab": (
        SD_ENTRIES,
        (
            "waitlist",
            {"trial": "BRECON-OPEN-2027", "class": "open"},
            "waitlist=[W1 T. Jones 'Gyp', W2 A. Lloyd 'Sweep', W3 M. Rees 'Jess', W4 D. Morgan "
            "'Nell'] req={id}",
        ),
        [
            "58 entered; what's on the waitlist?",
            "Nell's fourth on the waitlist. Back to the entries.",
            "Entries again.",
            "Waitlist again.",
        ],
    ),
    "abc": (
        SD_ENTRIES,
        (
            "payments_ledger",
            {"trial": "BRECON-OPEN-2027", "status": "unpaid"},
            "unpaid=3 [E-0544 £18, E-0569 £18, E-0577 £18] req={id}",
        ),
        (
            "waitlist",
            {"trial": "BRECON-OPEN-2027", "class": "open"},
            "waitlist=[W1 'Gyp', W2 'Sweep', W3 'Jess', W4 'Nell'] req={id}",
        ),
        [
            "Entries, payments and waitlist all as before. Checking again.",
            "Still the same three pictures.",
            "Unchanged.",
        ],
    ),
    "fail": (
        (
            "entry_create",
            {
                "trial": "BRECON-OPEN-2027",
                "class": "open",
                "dog_reg": "341207",
                "handler": "D. Morgan",
            },
            SD_REJECT,
        ),
        [
            "Entry refused; retrying.",
            "Same 409. Trying again.",
            "Still at the cap - another go.",
            "Retrying the entry.",
        ],
    ),
    "cosmetic": (
        "entry_create",
        [
            {
                "trial": "BRECON-OPEN-2027",
                "class": "open",
                "dog_reg": "341207",
                "handler": "D. Morgan",
            },
            {
                "trial": "BRECON-OPEN-2027",
                "class": "Open",
                "dog_reg": "ISDS 341207",
                "handler": "D. Morgan",
            },
            {
                "trial": "brecon-open-2027",
                "class": "open",
                "dog_reg": "341207",
                "handler": "Dai Morgan",
            },
            {
                "trial": "BRECON-OPEN-2027",
                "class": "open ",
                "dog_reg": "341207",
                "handler": "Morgan, D.",
            },
        ],
        SD_REJECT,
        [
            "Trying the registration with the ISDS prefix.",
            "Maybe the handler's full name.",
            "Handler in surname-first form.",
            "Once more, cleaned up.",
        ],
    ),
    "mono": [
        "Sorting out the open-class entries now.",
        "Working on the Brecon entries and running order - back soon.",
    ],
    "reword": (
        "handler_message",
        {"to": "E-0544", "channel": "sms"},
        "text",
        [
            "Hi, your Brecon Open entry fee (£18) is still outstanding - please pay by Friday.",
            "Reminder: £18 entry fee for the Brecon Open is unpaid. Please settle by Friday.",
            "Brecon Open: we haven't received your £18. Could you pay before Friday?",
            "Your £18 for the Brecon Open trial is due by Friday, thanks.",
        ],
        "ERROR 400 sms_not_permitted: handler E-0544 has no SMS consent on file; use "
        "channel=email req={id}",
        [
            "Rejected - rewording the message.",
            "Same 400; shorter text.",
            "Still rejected. Another wording.",
            "Refused again.",
        ],
    ),
    "plan": (
        [
            "Next I'll publish the running order.",
            "The next job is publishing the running order.",
            "After this I'll get the running order published.",
            "Now to publish the order.",
            "Publishing the running order is still next.",
        ],
        [
            SD_ENTRIES,
            SD_FIELD,
            (
                "payments_ledger",
                {"trial": "BRECON-OPEN-2027", "status": "unpaid"},
                "unpaid=3 req={id}",
            ),
            (
                "judge_record",
                {"judge": "Huw Parry"},
                "judge='Huw Parry' days=[05-15, 05-16] conflicts=[H-2203] req={id}",
            ),
        ],
    ),
    "pages": (
        "entries_list",
        {"trial": "BRECON-OPEN-2027", "class": "open", "page_size": 20},
        [
            (
                {"page": 1},
                "page=1/3 entries=[E-0501..E-0520] unpaid=[] req={id}",
                "Entries 1-20 all paid.",
            ),
            (
                {"page": 2},
                "page=2/3 entries=[E-0521..E-0545] unpaid=[E-0544] req={id}",
                "21-40: E-0544 unpaid.",
            ),
            (
                {"page": 3},
                "page=3/3 entries=[E-0546..E-0583] unpaid=[E-0569, E-0577] req={id}",
                "41-58: two more unpaid.",
            ),
        ],
        "All 58 checked; the three unpaid are E-0544, E-0569 and E-0577.",
    ),
    "corr": (
        (
            "handler_message",
            {"to": "E-0544", "channel": "sms", "text": "£18 fee due Friday"},
            "ERROR 400 sms_not_permitted: use channel=email req={id}",
        ),
        (
            "handler_message",
            {"to": "E-0544", "channel": "email", "text": "£18 fee due Friday"},
            "sent=email msg_id={id}",
        ),
        "No SMS consent for that handler - switching to email.",
        ["Reminder emailed.", "I'll move on to the other two unpaid."],
    ),
    "docs": (
        [
            (
                "rules_doc",
                {"ref": "ISDS rules s.14"},
                'text="A judge shall not judge a dog handled by a member of their family" req={id}',
                "ISDS rule 14: no judging family members' dogs.",
            ),
            (
                "rules_doc",
                {"ref": "Brecon Open schedule 2027"},
                'text="Open class cap 60; waitlist in order of receipt; fees due 10 days before" '
                "req={id}",
                "Our schedule: cap 60, waitlist by receipt order, fees 10 days before.",
            ),
            (
                "rules_doc",
                {"ref": "Committee minute 2026-11"},
                'text="Unpaid entries after the deadline are withdrawn and offered to the '
                'waitlist" req={id}',
                "November minute: unpaid entries after the deadline get withdrawn and offered on.",
            ),
        ],
        "So: Gareth Evans runs in front of a substitute judge, unpaid entries are withdrawn "
        "after Friday and their places go down the waitlist in order.",
    ),
    "poll": (
        ("payments_ledger", {"trial": "BRECON-OPEN-2027", "status": "unpaid"}, ""),
        [
            "unpaid=3 [E-0544, E-0569, E-0577] req={id}",
            "unpaid=2 [E-0569, E-0577] req={id}",
            "unpaid=1 [E-0577] req={id}",
            "unpaid=0 req={id}",
        ],
        ("wait", "seconds"),
        ["Three unpaid.", "Down to two.", "One left."],
        "All fees are in.",
    ),
    "batch": (
        "waitlist_offer",
        {"trial": "BRECON-OPEN-2027", "class": "open", "reply_by": "2027-04-30"},
        "waitlist_pos",
        [
            ("W1", "offered to T. Jones 'Gyp' req={id}", "Gyp offered."),
            ("W2", "offered to A. Lloyd 'Sweep' req={id}", "Sweep offered."),
            ("W3", "offered to M. Rees 'Jess' req={id}", "Jess offered."),
            ("W4", "offered to D. Morgan 'Nell' req={id}", "Nell offered."),
        ],
        "All four waitlisted dogs have offers out for the withdrawn and spare runs.",
    ),
    "refine": (
        "handler_search",
        {"association": "ISDS Wales"},
        "q",
        [
            ("Parry", "results=14 req={id}", "14 Parrys."),
            (
                "Parry Brecon",
                "results=3 [Huw Parry (judge), Ieuan Parry, Bethan Parry] req={id}",
                "Three in Brecon.",
            ),
            (
                "family of Huw Parry entered BRECON-OPEN-2027",
                "results=1 [Gareth Evans H-2203 (nephew)] req={id}",
                "Just Gareth Evans.",
            ),
        ],
        "Only Gareth's run needs a different judge.",
    ),
    "edits": (
        [
            (
                (
                    "running_order_edit",
                    {"trial": "BRECON-OPEN-2027", "op": "draw"},
                    "ok v1 req={id}",
                ),
                (
                    "running_order_check",
                    {"trial": "BRECON-OPEN-2027"},
                    "issues=3 [H-2203 with Parry, two dogs same handler back-to-back x2] req={id}",
                ),
                "Three issues.",
            ),
            (
                (
                    "running_order_edit",
                    {"trial": "BRECON-OPEN-2027", "move": "H-2203 to day2 sub-judge"},
                    "ok v2 req={id}",
                ),
                (
                    "running_order_check",
                    {"trial": "BRECON-OPEN-2027"},
                    "issues=2 [same handler back-to-back x2] req={id}",
                ),
                "Two.",
            ),
            (
                (
                    "running_order_edit",
                    {"trial": "BRECON-OPEN-2027", "spread_handlers": True},
                    "ok v3 req={id}",
                ),
                ("running_order_check", {"trial": "BRECON-OPEN-2027"}, "issues=0 req={id}"),
                "Clear.",
            ),
        ],
        "Running order v3 has no conflicts.",
    ),
    "recheck": (
        SD_ENTRIES,
        (SD_ENTRIES[2], "58 of 60."),
        "Two scratched this morning by phone, Gwen put them through - look again?",
        (
            "entries=56 cap=60 waitlist=4 scratched=[E-0512, E-0530] as_of={ts} req={id}",
            "Now 56 - two scratched.",
        ),
        ["Checking again."],
        "Four spare runs, enough for the whole waitlist including Nell.",
    ),
    "flaky": (
        (
            "entry_create",
            {
                "trial": "BRECON-OPEN-2027",
                "class": "open",
                "dog_reg": "341207",
                "handler": "D. Morgan",
            },
            "entry=E-0590 run_no=pending status=confirmed req={id}",
        ),
        ["ERROR 503 entries service unavailable req={id}", "ERROR 500 timeout req={id}"],
        ["Entries service is down; retrying.", "Timed out - again."],
        "Nell is in: E-0590.",
        "Nell's entry is confirmed.",
    ),
    "updates": (
        [
            (
                "handler_message",
                {"to": e, "channel": "email", "text": "Running order attached"},
                f"sent to={e} req={{id}}",
            )
            for e in ("batch-1", "batch-2", "batch-3", "batch-4")
        ],
        [
            "Running order sent to 15 of 60 handlers.",
            "30 of 60 sent.",
            "45 of 60.",
            "60 of 60 handlers have the running order.",
        ],
        "Running order published and sent to every handler.",
    ),
    "compare": (
        [
            (
                (
                    "entries_list",
                    {"entry": "E-0590", "field": "dog"},
                    "dog_reg=341207 name=Nell req={id}",
                ),
                SD_REG,
            ),
            (
                (
                    "entries_list",
                    {"entry": "E-0583", "field": "dog"},
                    "dog_reg=340998 name=Fly handler='G. Evans' req={id}",
                ),
                (
                    "isds_registry",
                    {"dog_reg": "ISDS 340998"},
                    "reg=340998 name='Fly' owner='G. Evans' status=registered req={id}",
                ),
            ),
            (
                (
                    "entries_list",
                    {"entry": "E-0581", "field": "dog"},
                    "dog_reg=339871 name=Moss req={id}",
                ),
                (
                    "isds_registry",
                    {"dog_reg": "ISDS 339871"},
                    "reg=339871 name='Moss' status=transferred owner='K. Pugh' req={id}",
                ),
            ),
        ],
        [
            "Nell's registration matches.",
            "Fly matches too.",
            "Moss has been transferred to K. Pugh, not R. Pugh - the entry needs the new owner.",
        ],
        "One entry needs correcting (Moss's owner); the others agree with the registry.",
    ),
    "steps": (
        "Plan: withdraw the unpaid entries, enter Nell, draw the order, publish it.",
        [
            (
                "Withdrawing unpaid.",
                (
                    "entry_withdraw",
                    {"entries": ["E-0577"], "reason": "unpaid"},
                    "withdrawn=1 req={id}",
                ),
            ),
            (
                "Entering Nell.",
                (
                    "entry_create",
                    {
                        "trial": "BRECON-OPEN-2027",
                        "class": "open",
                        "dog_reg": "341207",
                        "handler": "D. Morgan",
                    },
                    "entry=E-0590 req={id}",
                ),
            ),
            (
                "Drawing the order.",
                (
                    "running_order_edit",
                    {"trial": "BRECON-OPEN-2027", "op": "draw"},
                    "ok v1 req={id}",
                ),
            ),
            (
                "Publishing.",
                (
                    "running_order_publish",
                    {"trial": "BRECON-OPEN-2027"},
                    "published url=/brecon-open/order req={id}",
                ),
            ),
        ],
        "Done - the running order is live.",
    ),
}


BN_ORDER: Spec = (
    "order_get",
    {"order": "BN-77418"},
    "order=BN-77418 customer='Laurent Ferrand' ship_to=Lyon,FR items=[Acer palmatum "
    "'Deshojo' 14yo, Pinus parviflora 22yo, Juniperus chinensis 'Itoigawa' 18yo] total_gbp=2360 "
    "status=awaiting_docs req={id} at={ts}",
)
BN_PHYTO: Spec = (
    "phyto_requirements",
    {"destination": "FR", "genus": "Pinus"},
    "genus=Pinus destination=FR rule='Pinus from third countries: prohibited (Annex VI 1)' "
    "note='GB is a third country since 2021' req={id}",
)
BN_STOCK: Spec = (
    "plant_stock",
    {"sku": "PIN-PARV-22"},
    "sku=PIN-PARV-22 location=greenhouse_3 bench=7 pot=mica 38cm status=reserved:BN-77418 "
    "last_repot=2025-03 req={id}",
)
BN_REJECT = (
    "ERROR 451 export_prohibited: Pinus spp. cannot be exported from GB to the EU (Annex VI "
    "item 1, Reg. 2019/2072); no phytosanitary certificate can be issued req={id}"
)

BONSAI: dict[str, Any] = {
    "domain": "bonsai_nursery_orders",
    "task": "Hi, Kenji at Fernhill Bonsai. Order BN-77418 is a Lyon customer, M. Ferrand - "
    "three specimen trees. Please get the export paperwork sorted, book a courier with "
    "climate control, and let him know the dispatch date. If anything can't legally go to "
    "France, offer him a substitute of similar value rather than just cancelling it.",
    "ack": [
        "Hi Kenji. I'll read the order first, then the stock records for the trees.",
        "Okay. I'll check the French import rules first since that decides what can ship.",
    ],
    "warm": [
        (
            BN_ORDER[0],
            BN_ORDER[1],
            BN_ORDER[2],
            "Three trees for Lyon: a 14-year Deshojo maple, a 22-year Japanese white pine and an "
            "18-year Itoigawa juniper, GBP 2,360, awaiting docs.",
        ),
        (
            BN_STOCK[0],
            BN_STOCK[1],
            BN_STOCK[2],
            "The white pine is reserved for this order in greenhouse 3, bench 7.",
        ),
        (
            BN_PHYTO[0],
            BN_PHYTO[1],
            BN_PHYTO[2],
            "Pinus from third countries is prohibited in the EU, and GB counts as a third "
            "country - so the white pine can't go.",
        ),
    ],
    "follow": (
        "He's pretty keen on the juniper by the way, that's the one he really wants.",
        "Understood, I'll make sure the juniper's paperwork is the priority.",
    ),
    "rep": BN_ORDER,
    "rep_notes": [
        "Order still awaiting docs, three trees.",
        "BN-77418 as before: awaiting documents.",
        "Same order state.",
        "Still awaiting docs.",
    ],
    "mid": [
        BN_STOCK,
        BN_PHYTO,
        (
            "courier_quote",
            {"service": "climate", "to": "Lyon, FR", "parcels": 3},
            "quotes=[PlantFreight Euro 48h £310, GreenHaul Express 72h £265] req={id}",
        ),
    ],
    "srch": {
        "tool": "regulation_search",
        "base": {"source": "EU 2019/2072"},
        "key": "q",
        "queries": [
            "Juniperus import into EU from UK rules",
            "can junipers be imported into France from Great Britain",
            "EU rules for juniper bonsai coming from the UK",
            "Juniperus chinensis export UK to EU requirements",
            "requirements for juniper plants entering the EU from GB",
        ],
        "obs": "results=2 [Annex VI item 2: Juniperus (non-European) prohibited except bonsai "
        "under derogation 2020/1217, Derogation 2020/1217: naturally dwarfed plants, 2-yr "
        "registered nursery regime] took_ms={ms} req={id}",
        "notes": [
            "Prohibited except bonsai under a derogation with a two-year registration regime.",
            "Same two hits.",
            "Still Annex VI item 2 and derogation 2020/1217.",
            "Nothing new.",
        ],
    },
    "concl": [
        "So the pine can't go to France at all; we need to offer a substitute.",
        "In short, the white pine is banned for EU export, so a substitute it is.",
        "To put it another way: no pine to France, offer him something else.",
        "Bottom line - the pine is out, a substitute is needed.",
        "The upshot is that the pine can't be exported and we substitute it.",
    ],
    "nonans": [
        "The order's in good shape - the maple and juniper look fine to ship.",
        "Sorry, to clarify: maple and juniper are both good to go, so the order is mostly sorted.",
        "Got it. The maple and the juniper can ship, which covers most of the order.",
        "Understood - two of the three trees are fine to send.",
        "Apologies. The maple and juniper are shippable.",
    ],
    "nudge": [
        "That's not what I asked - what substitute are we offering for the pine?",
        "Which tree replaces the pine? That's the question.",
        "Still no substitute named.",
        "Kenji again: name the substitute, please.",
    ],
    "ab": (
        BN_PHYTO,
        (
            "phyto_requirements",
            {"destination": "FR", "genus": "Juniperus"},
            "genus=Juniperus rule='prohibited except bonsai under derogation 2020/1217' req={id}",
        ),
        [
            "Pine prohibited. Let me check the juniper rule.",
            "Juniper needs the derogation. Back to the pine.",
            "Pine again.",
            "Juniper again.",
        ],
    ),
    "abc": (
        BN_ORDER,
        BN_STOCK,
        BN_PHYTO,
        [
            "Order, stock and rules as they were. Checking them again.",
            "Nothing's changed.",
            "Same.",
        ],
    ),
    "fail": (
        (
            "phyto_cert_apply",
            {"order": "BN-77418", "sku": "PIN-PARV-22", "destination": "FR"},
            BN_REJECT,
        ),
        [
            "Application refused; retrying.",
            "Same 451 - again.",
            "Still refused; retrying.",
            "One more try.",
        ],
    ),
    "cosmetic": (
        "phyto_cert_apply",
        [
            {"order": "BN-77418", "sku": "PIN-PARV-22", "destination": "FR"},
            {"order": "BN-77418", "sku": "pin-parv-22", "destination": "France"},
            {
                "order": "BN77418",
                "sku": "PIN-PARV-22",
                "destination": "FR",
                "botanical": "Pinus parviflora",
            },
            {"order": "BN-77418", "sku": "PIN-PARV-22 ", "destination": "fr"},
        ],
        BN_REJECT,
        [
            "Maybe it wants the country name.",
            "Adding the botanical name.",
            "Lower-case country code.",
            "Tidying and trying again.",
        ],
    ),
    "mono": [
        "Sorting out the export paperwork for BN-77418 now.",
        "Working on the Lyon order's paperwork and courier - update shortly.",
    ],
    "reword": (
        "customer_message",
        {"order": "BN-77418", "channel": "email"},
        "body",
        [
            "Dear M. Ferrand, the white pine cannot be exported to France. Would you accept a "
            "substitute?",
            "Bonjour M. Ferrand - unfortunately EU rules stop the pine. May we offer another tree?",
            "M. Ferrand, the Pinus parviflora is prohibited for EU import; could we suggest an "
            "alternative?",
            "Dear customer, the pine can't ship to France. Shall we propose a replacement?",
        ],
        "ERROR 422 template_required: outbound customer emails for orders over GBP 1000 must "
        "use an approved template (template_id) req={id}",
        [
            "Rejected - reworking the message.",
            "Same 422; trying French first.",
            "Still rejected. More formal.",
            "Refused again.",
        ],
    ),
    "plan": (
        [
            "Next I'll pick a substitute for the pine and email M. Ferrand.",
            "Next up is choosing the pine's substitute and writing to him.",
            "After this I'll select a substitute and contact the customer.",
            "Now, the substitute and the email to Lyon.",
            "Still to do next: substitute and customer email.",
        ],
        [
            BN_ORDER,
            BN_STOCK,
            (
                "courier_quote",
                {"service": "climate", "to": "Lyon, FR", "parcels": 3},
                "quotes=[PlantFreight Euro 48h £310, GreenHaul Express 72h £265] req={id}",
            ),
            (
                "nursery_registration",
                {"scheme": "2020/1217"},
                "registered=yes since=2023-02 req={id}",
            ),
        ],
    ),
    "pages": (
        "plant_stock",
        {"category": "specimen", "price_gbp": "600-900", "eu_exportable": True, "limit": 5},
        [
            (
                {"offset": 0},
                "rows=5 [ACE-PALM-12 Acer 'Kiyohime' £640, ZEL-SER-20 Zelkova £720, "
                "...] more=true req={id}",
                "First five candidates.",
            ),
            (
                {"offset": 5},
                "rows=5 [CAR-BET-25 Hornbeam £860, ...] more=true req={id}",
                "Next five, including a 25-year hornbeam.",
            ),
            (
                {"offset": 10},
                "rows=2 [TAX-CUS-19 Taxus £780, LAR-KAE-16 Larch £690] more=false req={id}",
                "Last two: yew and Japanese larch.",
            ),
        ],
        "Twelve exportable trees in the pine's price band; the Taxus is closest in style.",
    ),
    "corr": (
        (
            "customer_message",
            {"order": "BN-77418", "channel": "email", "template_id": "SUB-1"},
            "ERROR 404 template 'SUB-1' not found (did you mean 'EXP-SUB-01'?) req={id}",
        ),
        (
            "customer_message",
            {
                "order": "BN-77418",
                "channel": "email",
                "template_id": "EXP-SUB-01",
                "substitute": "TAX-CUS-19",
            },
            "sent msg_id={id} req={id}",
        ),
        "Wrong template id.",
        ["Email sent offering the yew.", "Waiting on his reply; the paperwork continues."],
    ),
    "docs": (
        [
            (
                "regulation_doc",
                {"ref": "2019/2072 Annex VI"},
                'text="1. Abies, Cedrus, Larix, Picea, Pinus... from third countries" req={id}',
                "Annex VI 1 bans Pinus, and also Larix - so the larch is out as a substitute.",
            ),
            (
                "regulation_doc",
                {"ref": "2020/1217"},
                'text="naturally dwarfed Juniperus: registered nursery, 2 years, inspected 6x/yr"',
                "2020/1217: junipers allowed as bonsai from a registered nursery with inspections.",
            ),
            (
                "nursery_registration",
                {"scheme": "2020/1217", "detail": True},
                "registered since 2023-02 inspections_2026=6 req={id}",
                "We've been registered since 2023 with six inspections last year.",
            ),
        ],
        "So the juniper can go under the derogation, the pine can't, and the substitute "
        "should be the yew rather than the larch.",
    ),
    "poll": (
        ("phyto_cert_status", {"application": "PC-558120"}, ""),
        [
            "status=submitted req={id}",
            "status=inspection_booked at=2027-02-05T09:00 req={id}",
            "status=inspected result=pass req={id}",
            "status=issued cert=UK/GB/E&W/2027/558120 req={id}",
        ],
        ("wait", "seconds"),
        ["Submitted.", "Inspection booked.", "Passed inspection."],
        "Certificate issued for the maple, juniper and yew.",
    ),
    "batch": (
        "phyto_cert_apply",
        {"order": "BN-77418", "destination": "FR"},
        "sku",
        [
            ("ACE-PALM-14", "application=PC-558120 item=1 req={id}", "Maple added."),
            (
                "JUN-ITO-18",
                "application=PC-558120 item=2 derogation=2020/1217 req={id}",
                "Juniper added under the derogation.",
            ),
            ("TAX-CUS-19", "application=PC-558120 item=3 req={id}", "Yew added."),
        ],
        "One application covers all three trees.",
    ),
    "refine": (
        "plant_stock",
        {"eu_exportable": True},
        "filter",
        [
            ("specimen", "rows=41 req={id}", "41 specimens."),
            ("specimen conifer", "rows=6 req={id}", "Six conifers."),
            (
                "specimen conifer £700-850 not Annex VI",
                "rows=1 [TAX-CUS-19 Taxus cuspidata 19yo £780] req={id}",
                "One: the 19-year yew.",
            ),
        ],
        "The yew is the substitute to offer.",
    ),
    "edits": (
        [
            (
                (
                    "invoice_edit",
                    {"order": "BN-77418", "op": "remove", "sku": "PIN-PARV-22"},
                    "ok v2 req={id}",
                ),
                (
                    "invoice_check",
                    {"order": "BN-77418"},
                    "issues=3 [total mismatch, no HS codes, EORI missing] req={id}",
                ),
                "Three issues.",
            ),
            (
                (
                    "invoice_edit",
                    {"order": "BN-77418", "add": "TAX-CUS-19", "hs": "0602.90"},
                    "ok v3 req={id}",
                ),
                ("invoice_check", {"order": "BN-77418"}, "issues=1 [EORI missing] req={id}"),
                "One left.",
            ),
            (
                ("invoice_edit", {"order": "BN-77418", "eori": "GB123456789000"}, "ok v4 req={id}"),
                ("invoice_check", {"order": "BN-77418"}, "issues=0 req={id}"),
                "Clean.",
            ),
        ],
        "The commercial invoice is ready.",
    ),
    "recheck": (
        ("customer_reply", {"order": "BN-77418"}, ""),
        ("replies=0 req={id}", "No reply from M. Ferrand yet."),
        "He rang and said he's emailed back - look again?",
        (
            "replies=1 [2027-02-04 'Oui, the yew is perfect'] req={id}",
            "He's replied and accepts the yew.",
        ),
        ["Checking the inbox again."],
        "I'll swap the pine for the yew on the order.",
    ),
    "flaky": (
        (
            "courier_book",
            {
                "carrier": "PlantFreight",
                "service": "climate 48h",
                "order": "BN-77418",
                "date": "2027-02-08",
            },
            "booking=PF-30021 collection=2027-02-08 req={id}",
        ),
        [
            "ERROR 502 carrier API bad gateway req={id}",
            "ERROR 429 rate limited, retry in 30s req={id}",
        ],
        ["Carrier API error; retrying.", "Rate-limited - waiting then retrying."],
        "Booked: PF-30021, collection 8 February.",
        "Courier is booked.",
    ),
    "updates": (
        [
            ("packing_log", {"order": "BN-77418", "sku": s}, f"sku={s} packed=true req={{id}}")
            for s in ("ACE-PALM-14", "JUN-ITO-18", "TAX-CUS-19", "DOCS")
        ],
        [
            "Packed 1 of 4 (maple).",
            "2 of 4 (juniper).",
            "3 of 4 (yew).",
            "4 of 4 - documents pouch attached.",
        ],
        "Everything is packed for collection.",
    ),
    "compare": (
        [
            (
                ("plant_stock", {"sku": "TAX-CUS-19", "field": "height"}, "height_cm=58 req={id}"),
                (
                    "photo_record",
                    {"sku": "TAX-CUS-19", "field": "height"},
                    "height_cm=61 photo=2026-10 req={id}",
                ),
            ),
            (
                (
                    "plant_stock",
                    {"sku": "TAX-CUS-19", "field": "pot"},
                    "pot=unglazed brown 40cm req={id}",
                ),
                (
                    "photo_record",
                    {"sku": "TAX-CUS-19", "field": "pot"},
                    "pot=unglazed brown req={id}",
                ),
            ),
            (
                ("plant_stock", {"sku": "TAX-CUS-19", "field": "price"}, "price_gbp=780 req={id}"),
                ("price_list", {"sku": "TAX-CUS-19"}, "price_gbp=820 effective=2027-01 req={id}"),
            ),
        ],
        [
            "Height 58 vs 61 cm - it was pruned since the photo.",
            "Pot matches.",
            "Price: stock says 780, the January price list says 820.",
        ],
        "I'll offer it at 780 since that's what the stock record shows, and tell Kenji about "
        "the price list.",
    ),
    "steps": (
        "Plan: swap the pine for the yew, apply for the certificate, book the courier, tell "
        "M. Ferrand the date.",
        [
            (
                "Swapping the tree.",
                (
                    "order_edit",
                    {"order": "BN-77418", "remove": "PIN-PARV-22", "add": "TAX-CUS-19"},
                    "ok req={id}",
                ),
            ),
            (
                "Certificate.",
                (
                    "phyto_cert_apply",
                    {"order": "BN-77418", "destination": "FR"},
                    "application=PC-558120 req={id}",
                ),
            ),
            (
                "Courier.",
                (
                    "courier_book",
                    {"carrier": "PlantFreight", "order": "BN-77418", "date": "2027-02-08"},
                    "booking=PF-30021 req={id}",
                ),
            ),
            (
                "Telling the customer.",
                (
                    "customer_message",
                    {"order": "BN-77418", "template_id": "EXP-DISPATCH-02"},
                    "sent req={id}",
                ),
            ),
        ],
        "All done: dispatch on 8 February.",
    ),
}


PT_SPEC: Spec = (
    "venue_tech_spec",
    {"venue": "Theatr Clwyd Studio"},
    "venue='Theatr Clwyd Studio' stage_w_m=9.0 stage_d_m=7.5 grid_h_m=5.2 get_in='dock door "
    "2.4x2.1m' power='63A 3ph' haze=allowed req={id} fetched={ts}",
)
PT_FREIGHT: Spec = (
    "freight_manifest",
    {"tour": "LANTERN-FOX-27"},
    "crates=11 total_kg=842 largest='C4 rostra 2.6x1.2x1.0m' van='7.5t' req={id}",
)
PT_DIARY: Spec = (
    "tour_diary",
    {"tour": "LANTERN-FOX-27", "weeks": 3},
    "dates=[03-09 Mold (Clwyd Studio), 03-11 Harlech, 03-13 Aberystwyth, 03-16 Brecon, 03-18 "
    "Cardigan] req={id}",
)
PT_REJECT = (
    "ERROR 409 get_in_clash: Theatr Clwyd Studio dock is allocated to 'Gwynedd Youth Opera' "
    "08:00-14:00 on 2027-03-09; requested slot overlaps req={id}"
)

PUPPET: dict[str, Any] = {
    "domain": "puppet_theatre_touring",
    "task": "Hiya - Bethan, company manager for Lantern & Fox Puppet Theatre. We open our Wales "
    "tour of 'The Paper Heron' at Theatr Clwyd Studio on 9 March. Can you confirm the get-in "
    "time, check our big rostra crate fits through their dock, book digs for the four of us "
    "and send the venue our tech rider? We can't afford more than £60 a head a night.",
    "ack": [
        "Hi Bethan. I'll pull the venue's tech spec first, then our freight manifest.",
        "Okay. Let me look at the tour diary first so the digs line up with every date.",
    ],
    "warm": [
        (
            PT_SPEC[0],
            PT_SPEC[1],
            PT_SPEC[2],
            "Studio is 9 x 7.5 m with a 5.2 m grid; dock door 2.4 x 2.1 m; 63A three-phase.",
        ),
        (
            PT_FREIGHT[0],
            PT_FREIGHT[1],
            PT_FREIGHT[2],
            "Eleven crates, 842 kg; the biggest is C4, the rostra at 2.6 x 1.2 x 1.0 m.",
        ),
        (
            PT_DIARY[0],
            PT_DIARY[1],
            PT_DIARY[2],
            "Five dates: Mold on the 9th, then Harlech, Aberystwyth, Brecon and Cardigan.",
        ),
    ],
    "follow": (
        "Forgot to say - Owain needs a ground-floor room, his knee's bad.",
        "Noted, I'll ask for ground floor for Owain.",
    ),
    "rep": PT_SPEC,
    "rep_notes": [
        "Dock door is 2.4 m wide by 2.1 m high.",
        "Same spec: 2.4 x 2.1 m dock.",
        "Dock door unchanged.",
        "The spec still says 2.4 x 2.1.",
    ],
    "mid": [
        PT_FREIGHT,
        PT_DIARY,
        (
            "digs_search",
            {"town": "Mold", "nights": 2, "rooms": 4, "max_gbp": 60},
            "results=2 [Tŷ Gwyn B&B £55 (1 ground floor), Bryn Villa £58] req={id}",
        ),
    ],
    "srch": {
        "tool": "digs_search",
        "base": {"town": "Mold", "nights": 2, "rooms": 4},
        "key": "query",
        "queries": [
            "theatre digs near Theatr Clwyd under £60",
            "cheap accommodation near Clwyd theatre, below £60 a night",
            "B&B close to Theatr Clwyd for touring company, max £60",
            "digs Mold under sixty pounds per night",
            "budget rooms near Theatr Clwyd",
        ],
        "obs": "results=2 [Tŷ Gwyn B&B £55 (1 ground floor), Bryn Villa £58 (no ground floor)] "
        "took_ms={ms} req={id}",
        "notes": [
            "Tŷ Gwyn at £55 and Bryn Villa at £58.",
            "Same two places.",
            "Still Tŷ Gwyn and Bryn Villa.",
            "No other options.",
        ],
    },
    "concl": [
        "So the rostra crate fits: 2.6 m long goes through lengthways, 1.2 x 1.0 is under the "
        "2.4 x 2.1 door.",
        "Put differently, C4 will go through the dock end-on with room to spare.",
        "In short, the crate fits through the dock door.",
        "Bottom line: C4 clears the dock door.",
        "To sum up, no problem getting the rostra crate in.",
    ],
    "nonans": [
        "The get-in side looks fine: the dock is big enough and the crate fits.",
        "Sorry - the dock is 2.4 x 2.1 m and C4 fits, so get-in is fine.",
        "Understood. Get-in looks good; the crate goes through the dock.",
        "Right, get-in's sorted from a size point of view.",
        "Apologies. The dock and crate are compatible.",
    ],
    "nudge": [
        "I asked what TIME our get-in is, not whether the crate fits.",
        "What time can we get in on the 9th?",
        "Still no time. When do we get in?",
        "Bethan again - the get-in time please, the van driver needs it.",
    ],
    "ab": (
        PT_SPEC,
        PT_FREIGHT,
        [
            "Dock 2.4 x 2.1. Checking the crate sizes.",
            "Largest crate 2.6 x 1.2 x 1.0. Back to the dock.",
            "Dock again.",
            "Manifest again.",
        ],
    ),
    "abc": (
        PT_SPEC,
        PT_FREIGHT,
        PT_DIARY,
        [
            "Spec, manifest and diary the same as before. Going through them again.",
            "No change.",
            "Same again.",
        ],
    ),
    "fail": (
        (
            "get_in_book",
            {"venue": "Theatr Clwyd Studio", "date": "2027-03-09", "from": "09:00", "to": "13:00"},
            PT_REJECT,
        ),
        [
            "Clash. Retrying.",
            "Same clash; again.",
            "Still refused.",
            "Retrying.",
        ],
    ),
    "cosmetic": (
        "get_in_book",
        [
            {"venue": "Theatr Clwyd Studio", "date": "2027-03-09", "from": "09:00", "to": "13:00"},
            {
                "venue": "Theatr Clwyd - Studio",
                "date": "2027-03-09",
                "from": "09:00",
                "to": "13:00",
            },
            {"venue": "Theatr Clwyd Studio", "date": "2027-03-09", "from": "9:00", "to": "13:00"},
            {"venue": "theatr clwyd studio", "date": "09/03/2027", "from": "09:00", "to": "13:00"},
        ],
        PT_REJECT,
        [
            "Trying the venue name with a dash.",
            "Dropping the leading zero.",
            "Different date format.",
            "Once more, tidied.",
        ],
    ),
    "mono": [
        "Sorting out the Clwyd get-in and digs now.",
        "Working through the opening-week logistics - back shortly.",
    ],
    "reword": (
        "venue_message",
        {"venue": "Theatr Clwyd", "to": "production@theatrclwyd"},
        "message",
        [
            "Could we have a get-in slot on 9 March from 14:00?",
            "Requesting get-in on 9 March, any time after 2pm.",
            "Is a 14:00 get-in possible on Tuesday 9 March?",
            "Please may Lantern & Fox get in at 2pm on the 9th?",
        ],
        "ERROR 403 messages to venue production desks must go through the booking contract "
        "thread (contract_id required) req={id}",
        [
            "Rejected; rewording.",
            "Same 403; a different phrasing.",
            "Still refused.",
            "Rejected again.",
        ],
    ),
    "plan": (
        [
            "Next I'll book Tŷ Gwyn for the four of us.",
            "The next thing is booking Tŷ Gwyn.",
            "After this check I'll book the digs at Tŷ Gwyn.",
            "Now to book Tŷ Gwyn.",
            "Booking Tŷ Gwyn is still next.",
        ],
        [
            PT_DIARY,
            PT_FREIGHT,
            PT_SPEC,
            (
                "budget_sheet",
                {"tour": "LANTERN-FOX-27", "line": "accommodation"},
                "budget_gbp=2400 spent=0 req={id}",
            ),
        ],
    ),
    "pages": (
        "digs_search",
        {"town": "Mold", "nights": 2, "rooms": 4, "max_gbp": 60, "per_page": 3},
        [
            (
                {"page": 1},
                "page=1/3 [Tŷ Gwyn £55, Bryn Villa £58, The Cross Keys £60] req={id}",
                "Page 1: three options up to £60.",
            ),
            (
                {"page": 2},
                "page=2/3 [Glan Alyn £52, Maes Cottage £49 (sleeps 4), Plas Teg Lodge "
                "£57] req={id}",
                "Page 2: a cottage for four at £49.",
            ),
            ({"page": 3}, "page=3/3 [Nercwys Farm £54] req={id}", "Page 3: one farm B&B."),
        ],
        "Seven options; Maes Cottage at £49 with a ground-floor bedroom is the best fit.",
    ),
    "corr": (
        (
            "digs_book",
            {
                "property": "Maes Cottage",
                "from": "2027-03-08",
                "nights": 2,
                "guests": 4,
                "card": "company",
            },
            "ERROR 422 'card' must be a stored payment id (e.g. pm_xxx) req={id}",
        ),
        (
            "digs_book",
            {
                "property": "Maes Cottage",
                "from": "2027-03-08",
                "nights": 2,
                "guests": 4,
                "card": "pm_lf_company",
            },
            "booked=MC-2291 total_gbp=392 req={id}",
        ),
        "It wants the stored payment id.",
        ["Maes Cottage booked, £392 for two nights.", "Mold accommodation done."],
    ),
    "docs": (
        [
            (
                "contract_doc",
                {"ref": "CLW-2027-LF"},
                'text="Get-in from 14:00 on day of first performance; dock shared" req={id}',
                "Our contract: get-in from 14:00 on the first day, dock shared.",
            ),
            (
                "venue_doc",
                {"ref": "Clwyd Studio tech pack"},
                'text="Haze allowed with 24h notice; max flown load 250kg" req={id}',
                "Tech pack: haze with 24 hours' notice, 250 kg flown limit.",
            ),
            (
                "rider_doc",
                {"ref": "Paper Heron rider v3"},
                'text="Require haze, 2x DMX universes, flown heron rig 140kg" req={id}',
                "Our rider: haze, two DMX universes and a 140 kg flown heron rig.",
            ),
        ],
        "The rider fits the venue: rig under 250 kg, haze needs 24 hours' notice, and get-in "
        "is 14:00 on the 9th.",
    ),
    "poll": (
        ("contract_status", {"ref": "CLW-2027-LF"}, ""),
        [
            "status=sent_to_venue req={id}",
            "status=venue_reviewing req={id}",
            "status=venue_signed awaiting=company req={id}",
            "status=countersigned at={ts} req={id}",
        ],
        ("wait", "seconds"),
        ["Sent.", "Venue reviewing.", "Venue signed."],
        "Contract countersigned; get-in 14:00 on 9 March is confirmed.",
    ),
    "batch": (
        "digs_search",
        {"nights": 2, "rooms": 4, "max_gbp": 60},
        "town",
        [
            ("Mold", "results=7 best='Maes Cottage £49' req={id}", "Mold: Maes Cottage."),
            ("Harlech", "results=4 best='Lion Hotel £58' req={id}", "Harlech: the Lion."),
            ("Aberystwyth", "results=9 best='Sea View B&B £52' req={id}", "Aber: Sea View."),
            ("Brecon", "results=5 best='Usk Lodge £55' req={id}", "Brecon: Usk Lodge."),
            ("Cardigan", "results=3 best='Teifi Rooms £50' req={id}", ""),
        ],
        "Digs found under £60 in all five towns.",
    ),
    "refine": (
        "digs_search",
        {"town": "Mold", "nights": 2, "rooms": 4},
        "query",
        [
            ("accommodation", "results=23 req={id}", "23 places."),
            ("accommodation under £60", "results=7 req={id}", "Seven under £60."),
            (
                "under £60 ground floor room",
                "results=2 [Maes Cottage £49, Tŷ Gwyn £55] req={id}",
                "Two with ground floor.",
            ),
        ],
        "Maes Cottage is cheapest with a ground-floor room for Owain.",
    ),
    "edits": (
        [
            (
                (
                    "rider_edit",
                    {
                        "doc": "Paper Heron rider v3",
                        "op": "update_for_venue",
                        "venue": "Clwyd Studio",
                    },
                    "ok v4 req={id}",
                ),
                (
                    "rider_check",
                    {"doc": "rider v4", "venue": "Clwyd Studio"},
                    "mismatches=3 [stage depth 8m > 7.5m, 3 DMX universes > 2, haze notice] req={id}",
                ),
                "Three mismatches.",
            ),
            (
                (
                    "rider_edit",
                    {"doc": "rider v4", "stage_depth_m": 7.5, "dmx": 2},
                    "ok v5 req={id}",
                ),
                (
                    "rider_check",
                    {"doc": "rider v5", "venue": "Clwyd Studio"},
                    "mismatches=1 [haze notice] req={id}",
                ),
                "One left.",
            ),
            (
                ("rider_edit", {"doc": "rider v5", "haze_notice_h": 24}, "ok v6 req={id}"),
                (
                    "rider_check",
                    {"doc": "rider v6", "venue": "Clwyd Studio"},
                    "mismatches=0 req={id}",
                ),
                "Clean.",
            ),
        ],
        "Rider v6 matches the venue.",
    ),
    "recheck": (
        ("get_in_schedule", {"venue": "Theatr Clwyd Studio", "date": "2027-03-09"}, ""),
        (
            "slots=[08:00-14:00 Gwynedd Youth Opera (get-out)] req={id}",
            "The dock is taken until 14:00.",
        ),
        "Their production manager says the opera get-out finishes early - can you check?",
        (
            "slots=[08:00-11:30 Gwynedd Youth Opera (get-out)] free_from=11:30 req={id}",
            "The dock is now free from 11:30.",
        ),
        ["Checking the dock schedule again."],
        "I'll ask for 11:30 rather than 14:00.",
    ),
    "flaky": (
        (
            "digs_book",
            {
                "property": "Maes Cottage",
                "from": "2027-03-08",
                "nights": 2,
                "guests": 4,
                "card": "pm_lf_company",
            },
            "booked=MC-2291 total_gbp=392 req={id}",
        ),
        ["ERROR 503 booking site unavailable req={id}", "ERROR 504 timeout req={id}"],
        ["Booking site is down; retrying.", "Timeout. Again."],
        "Maes Cottage booked.",
        "Mold digs sorted.",
    ),
    "updates": (
        [
            ("digs_book", {"town": t, "card": "pm_lf_company"}, f"booked town={t} req={{id}}")
            for t in ("Mold", "Harlech", "Aberystwyth", "Brecon")
        ],
        ["Digs booked: 1 of 5 towns.", "2 of 5.", "3 of 5.", "4 of 5 booked."],
        "Only Cardigan left; I'll do it next.",
    ),
    "compare": (
        [
            (
                (
                    "venue_tech_spec",
                    {"venue": "Theatr Clwyd Studio", "field": "dock"},
                    "dock='2.4x2.1m' req={id}",
                ),
                (
                    "freight_manifest",
                    {"tour": "LANTERN-FOX-27", "crate": "C4"},
                    "dims='2.6x1.2x1.0m' req={id}",
                ),
            ),
            (
                (
                    "venue_tech_spec",
                    {"venue": "Theatr Clwyd Studio", "field": "power"},
                    "power='63A 3ph' req={id}",
                ),
                (
                    "freight_manifest",
                    {"tour": "LANTERN-FOX-27", "crate": "C7 dimmers"},
                    "needs='32A 1ph' req={id}",
                ),
            ),
            (
                (
                    "venue_tech_spec",
                    {"venue": "Theatr Clwyd Studio", "field": "grid"},
                    "grid_h_m=5.2 swl_kg=250 req={id}",
                ),
                (
                    "freight_manifest",
                    {"tour": "LANTERN-FOX-27", "crate": "C9 heron rig"},
                    "rig_kg=140 min_height_m=4.8 req={id}",
                ),
            ),
        ],
        [
            "C4 fits the dock end-on.",
            "Our dimmers need 32A single phase; the venue has 63A three-phase, so we need "
            "their breakout.",
            "Heron rig 140 kg under the 250 kg limit, needs 4.8 m of a 5.2 m grid.",
        ],
        "All compatible; I'll ask the venue for a 32A breakout.",
    ),
    "steps": (
        "Plan: confirm the get-in time, book digs, send the rider, confirm the van.",
        [
            (
                "Get-in first.",
                (
                    "get_in_book",
                    {"venue": "Theatr Clwyd Studio", "date": "2027-03-09", "from": "11:30"},
                    "booked slot=11:30-18:00 req={id}",
                ),
            ),
            (
                "Digs.",
                (
                    "digs_book",
                    {"property": "Maes Cottage", "card": "pm_lf_company"},
                    "booked=MC-2291 req={id}",
                ),
            ),
            (
                "Rider.",
                (
                    "venue_message",
                    {"contract_id": "CLW-2027-LF", "attach": "rider v6"},
                    "sent req={id}",
                ),
            ),
            (
                "Van.",
                (
                    "van_hire_confirm",
                    {"size": "7.5t", "date": "2027-03-09"},
                    "confirmed ref=VH-6120 req={id}",
                ),
            ),
        ],
        "Opening week is sorted.",
    ),
}


LIGHTHOUSE["basis"] = LIGHTHOUSE["warm"][2][:3]
SKI["basis"] = SKI["docs"][0][2][:3]
BINDERY["basis"] = BINDERY["docs"][0][2][:3]
FALCONRY["basis"] = FALCONRY["ab"][1]
ORGAN["basis"] = PO_PIPES
SHEEPDOG["basis"] = SD_ENTRIES
BONSAI["basis"] = BN_PHYTO
PUPPET["basis"] = PT_FREIGHT

DOMAINS: list[dict[str, Any]] = [
    LIGHTHOUSE,
    SKI,
    BINDERY,
    FALCONRY,
    ORGAN,
    SHEEPDOG,
    BONSAI,
    PUPPET,
]


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for label, kinds in (("loop", LOOPS), ("progress", PROGRESS)):
        for kind, fn in kinds.items():
            for n in range(PER_KIND):
                d = DOMAINS[(n + len(rows) // PER_KIND) % len(DOMAINS)]
                rid = f"thirtysixth-{label}-{kind}-{n:03d}"
                r = Run(random.Random(f"{SEED}:{rid}"), d)
                fn(r, n)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": d["domain"],
                        "steps": r.steps,
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
