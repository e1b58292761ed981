"""Twenty-eighth labelled set of agent trajectories (written blind, alongside round twenty-five).

Run ``python tests/data/trajectories_twentyeighth/generate.py`` to rewrite ``trajectories.jsonl``.
Every row draws from its own ``random.Random`` and its own clock, so the output is deterministic.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 20261205
PER_CATEGORY = 8

Row = dict[str, Any]
Step = dict[str, Any]
D = dict[str, Any]


class Clock:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.now = datetime(2026, 12, 5, 7, 0) + timedelta(seconds=rng.randint(0, 11 * 3600))

    def tick(self, lo: int = 3, hi: int = 45) -> None:
        self.now += timedelta(seconds=self.rng.randint(lo, hi))

    def wait(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)


def fill(text: str, rng: random.Random, c: Clock) -> str:
    """Volatile values: ids, times and durations differ on every call."""
    out = text
    while "%RID%" in out:
        out = out.replace("%RID%", f"{rng.getrandbits(48):012x}", 1)
    while "%ID8%" in out:
        out = out.replace("%ID8%", f"{rng.getrandbits(32):08x}", 1)
    while "%MS%" in out:
        out = out.replace("%MS%", str(rng.randint(60, 2900)), 1)
    while "%PCT%" in out:
        out = out.replace("%PCT%", str(rng.randint(2, 9)), 1)
    while "%N5%" in out:
        out = out.replace("%N5%", str(rng.randint(10000, 99999)), 1)
    out = out.replace("%TS%", c.now.strftime("%Y-%m-%dT%H:%M:%SZ"))
    out = out.replace("%HM%", c.now.strftime("%H:%M"))
    return out.replace("%DATE%", c.now.strftime("%d %b %Y"))


def llm(text: str, observation: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


class Run:
    """Collects the steps of one row."""

    def __init__(self, rng: random.Random, d: D, c: Clock) -> None:
        self.rng, self.d, self.c = rng, d, c
        self.steps: list[Step] = []

    def say(self, text: str, observation: str | None = None) -> None:
        self.steps.append(llm(text, observation))

    def call(self, tool: str, args: dict[str, Any], obs: str, error: bool = False) -> None:
        self.c.tick()
        self.steps.append(
            {
                "kind": "tool",
                "tool": tool,
                "args": args,
                "observation": fill(obs, self.rng, self.c),
                "error": error,
            }
        )

    def look(self, key: str) -> None:
        tool, args, obs = self.d[key]
        self.call(tool, args, obs)
        self.say(self.d["n" + key])

    def open(self, key: str | None = None) -> None:
        """The task and an opener; build() swaps in a plain acknowledgement if needed."""
        self.say(self.rng.choice(self.d["openers"]), self.d["task"])
        if key:
            self.look(key)

    def wait(self, seconds: int) -> None:
        tool, make, obs = self.d["wait"]
        self.c.wait(seconds)
        self.call(tool, make(seconds), obs.replace("%S%", str(seconds)))

    def ping(self, i: int) -> None:
        self.say(self.d["pongs"][i], self.d["pings"][i])


def as_observed(steps: list[Step]) -> list[Step]:
    """An llm step sees a message only when it is new; llm steps with none join the one before."""
    out: list[Step] = []
    seen: str | None = None
    for step in steps:
        if step["kind"] != "llm":
            out.append(step)
            continue
        step = dict(step)
        obs = step.get("observation")
        if obs is not None and obs == seen:
            del step["observation"]
        elif obs is not None:
            seen = obs
        if "observation" not in step and out and out[-1]["kind"] == "llm":
            prev = dict(out[-1])
            prev["text"] = prev["text"] + " " + step["text"]
            out[-1] = prev
            continue
        out.append(step)
    return out


# ---------------------------------------------------------------- loop builders


def loop_noisy_repeat(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    r.open("A")
    r.look("B" if n % 2 == 0 else "C")
    tool, args, obs = d["A"]
    for i in range(3):
        if i == 2 - n % 2:
            r.ping(0)
        r.say(d["rep"][i])
        r.call(tool, args, obs)
    r.say(d["rep"][3])
    return r.steps


def loop_failing_variants(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    r.open("A" if n % 2 == 0 else "C")
    m = d["fv"]
    for i, args in enumerate(m["variants"]):
        if n % 2 and i == 2:
            r.ping(0)
        r.say(m["lines"][i])
        r.call(m["tool"], args, m["err"], error=True)
    r.say(m["lines"][4])
    return r.steps


def loop_verify_rerun(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["vr"]
    if n % 2 == 0:
        r.open("A")
    else:
        r.open()
    for i in range(4):
        if n % 2 and i == 2:
            r.ping(1)
        r.say(m["lines"][i])
        r.call(m["tool"], m["args"], m["fail"], error=True)
    r.say(m["lines"][4])
    return r.steps


def _repeat_calls(r: Run, m: D, ping_at: int | None, error: bool = False) -> None:
    for i, args in enumerate(m["args"]):
        if ping_at == i:
            r.ping(1)
        r.say(m["lines"][i])
        r.call(m["tool"], args, m["obs"], error=error)
    r.say(m["lines"][4])


def loop_cursor_not_advanced(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    r.open("A" if n % 2 == 0 else "B")
    _repeat_calls(r, d["cur"], None if n % 2 == 0 else 2)
    return r.steps


def loop_truncated_output_rerun(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    r.open("B" if n % 2 == 0 else "C")
    _repeat_calls(r, d["tr"], None if n % 2 == 0 else 3)
    return r.steps


def loop_dry_run_only(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    r.open("A" if n % 2 == 0 else "C")
    _repeat_calls(r, d["dry"], None if n % 2 == 0 else 2)
    return r.steps


def loop_dead_click(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    r.open("A" if n % 2 == 0 else "B")
    _repeat_calls(r, d["click"], None if n % 2 == 0 else 3)
    return r.steps


def loop_wrong_target_fix(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["wt"]
    etool, eargs, eobs = m["edit"]
    ctool, cargs, cfail = m["check"]
    if n % 2 == 0:
        r.open("A")
    else:
        r.open()
        r.call(ctool, cargs, cfail, error=True)
    for i in range(3):
        if n % 2 and i == 2:
            r.ping(0)
        r.say(m["lines"][i])
        r.call(etool, eargs[i], eobs)
        r.call(ctool, cargs, cfail, error=True)
    r.say(m["lines"][3])
    return r.steps


def loop_nudge_out_of_office(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["ooo"]
    stool, sargs, auto = m["send"]
    itool, iargs, iobs = m["inbox"]
    r.open("A" if n % 2 == 0 else "B")
    r.say(m["lines"][0])
    r.call(stool, sargs[0], auto)
    r.say(m["lines"][1])
    r.wait(m["waits"][0])
    r.call(itool, iargs, iobs)
    if n % 2:
        r.ping(0)
    r.say(m["lines"][2])
    r.call(stool, sargs[1], auto)
    r.wait(m["waits"][1])
    r.call(itool, iargs, iobs)
    r.say(m["lines"][3])
    r.call(stool, sargs[2], auto)
    r.say(m["lines"][4])
    return r.steps


def loop_restart_from_top(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["rs"]
    r.open("A")
    order = ["B", "C"] if n % 2 == 0 else ["C", "B"]
    for key in order:
        r.look(key)
    if n % 2:
        line = {"B": m[1], "C": m[2]}
        r.say(m[0])
        r.look("A")
        r.ping(1)
        r.say(line[order[0]])
        r.look(order[0])
        r.say(line[order[1]])
        r.call(*d[order[1]])
        r.say(m[3])
    else:
        r.say(m[0])
        r.look("A")
        r.say(m[1])
        r.look(order[0])
        r.say(m[3])
    return r.steps


def loop_cancel_restart_job(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["crj"]
    stool, sargs, sobs = m["status"]
    r.open("A" if n % 2 == 0 else "C")
    r.say(m["lines"][0])
    r.call(*m["start"])
    r.wait(m["wait"])
    r.call(stool, sargs, sobs)
    for i in range(2):
        if n % 2 and i == 1:
            r.ping(1)
        r.say(m["lines"][i + 1])
        tool, args, obs = m["restart"]
        r.call(tool, args[i], obs)
        r.wait(m["wait"])
        r.call(stool, sargs, sobs)
    r.say(m["lines"][3])
    return r.steps


def loop_missing_attachment_resend(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["att"]
    stool, sargs, sobs = m["send"]
    itool, iargs, replies = m["inbox"]
    r.open("A" if n % 2 == 0 else "B")
    for i in range(3):
        if n % 2 and i == 2:
            r.ping(0)
        r.say(m["lines"][i])
        r.call(stool, sargs[i], sobs)
        if i < 2:
            r.wait(m["wait"])
            r.call(itool, iargs, replies[i])
    r.say(m["lines"][3])
    return r.steps


# ------------------------------------------------------------ progress builders


def prog_paging(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["pages"]
    r.open("A" if n % 2 == 0 else "B")
    r.say(m["line"])
    for args, obs, note in zip(m["args"], m["obs"], m["notes"], strict=True):
        r.call(m["tool"], args, obs)
        r.say(note)
    r.say(m["end"])
    return r.steps


def prog_corrected_retry(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["typo"]
    if n % 2 == 0:
        r.open()
    else:
        r.open("A")
    r.call(*m["bad"], error=True)
    r.say(m["lines"][0])
    r.call(*m["good"])
    r.say(m["lines"][1])
    r.look("B")
    r.look("C")
    return r.steps


def prog_polling_with_waits(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["job"]
    tool, args = m["status"]
    if n % 2 == 0:
        r.open("A")
        r.look("B")
        r.call(*m["start"])
        r.say(m["notes"][0])
        waits = m["waits"]
    else:
        r.open()
        r.say(m["resume"])
        waits = [w * 2 for w in m["waits"]]
    for i in range(3):
        if n % 2 == 0 or i > 0:
            r.wait(waits[i])
        r.call(tool, args, m["states"][i])
        r.say(m["notes"][i + 1])
    if n % 2:
        r.look("C")
    return r.steps


def prog_batch_actions(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["batch"]
    keys = ("A", "B") if n % 2 == 0 else ("B", "C")
    r.open(keys[0])
    r.look(keys[1])
    r.say(m["line"])
    for args, obs in zip(m["items"], m["obs"], strict=True):
        r.call(m["tool"], args, obs)
    r.say(m["end"])
    return r.steps


def prog_related_summaries(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    order = ("A", "B", "C") if n % 2 == 0 else ("C", "A", "B")
    r.open()
    for key in order:
        r.look(key)
    m = d["synth"]
    r.say(m["line"])
    r.say(m["a"], m["q"])
    return r.steps


def prog_iterative_edits(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["edits"]
    tool, args = m["check"]
    if n % 2 == 0:
        r.open()
    else:
        r.open("A")
    r.call(tool, args, m["fails"][0], error=True)
    for i, (etool, eargs, eobs, line) in enumerate(m["edits"]):
        r.say(line)
        r.call(etool, eargs, eobs)
        r.call(tool, args, m["fails"][i + 1], error=i < 2)
    r.say(m["end"])
    return r.steps


def prog_user_changes_mind(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["ucm"]
    if n % 2 == 0:
        r.open("A")
        r.look("C")
    else:
        r.open("B")
    r.say(m["line"])
    r.call(*m["write"])
    r.say(m["note"])
    for msg, tool, args, obs, line, note in m["changes"]:
        r.say(line, msg)
        r.call(tool, args, obs)
        r.say(note)
    return r.steps


def prog_search_refinement(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["sr"]
    r.open("A")
    if n % 2 == 0:
        r.look("C")
    r.say(m["wl"])
    r.call(*m["wrong"])
    r.say(m["wn"])
    if n % 2 == 0:
        r.say(m["hl"], m["hint"])
    else:
        r.say(m["self"])
    r.call(*m["right"])
    r.say(m["rn"])
    r.call(*m["read"])
    r.say(m["readn"])
    return r.steps


def prog_requested_recheck(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["rc"]
    if n % 2 == 0:
        r.open()
        r.look("B")
        r.look("A")
    else:
        r.open("A")
    r.say(m["line"], m["msg"])
    tool, args, _ = d["A"]
    r.call(tool, args, m["A2"])
    r.say(m["note"])
    r.call(*m["act"])
    r.say(m["actn"])
    if n % 2:
        r.look("C")
    return r.steps


def prog_flaky_rerun_passes(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["fl"]
    tool, args = m["call"]
    if n % 2 == 0:
        r.open("A")
        r.call(tool, args, m["err"], error=True)
        r.say(m["now"])
    else:
        r.open()
        r.call(tool, args, m["err"], error=True)
        r.say(m["later"])
        r.wait(m["wait"])
    r.call(tool, args, m["ok"])
    r.say(m["okn"])
    r.look("B" if n % 2 == 0 else "C")
    r.look("C" if n % 2 == 0 else "B")
    return r.steps


def prog_preview_then_apply(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["pv"]
    dry = d["dry"]
    r.open("A" if n % 2 == 0 else "C")
    r.say(dry["lines"][0])
    r.call(dry["tool"], dry["args"][0], m["pv1"])
    r.say(m["fixl"])
    r.call(*m["fix"])
    r.say(m["fixn"])
    r.call(dry["tool"], dry["args"][0], m["pv2"])
    r.say(m["pvn"])
    r.call(*m["apply"])
    r.say(m["applyn"])
    return r.steps


def prog_cover_contact_followup(rng: random.Random, d: D, n: int, c: Clock) -> list[Step]:
    r = Run(rng, d, c)
    m = d["cv"]
    o = d["ooo"]
    stool, sargs, auto = o["send"]
    r.open("A" if n % 2 == 0 else "B")
    r.say(o["lines"][0])
    r.call(stool, sargs[0], auto)
    r.say(m["line"])
    r.call(*m["send"])
    r.wait(m["wait"])
    r.call(*m["inbox"])
    r.say(m["repn"])
    r.call(*m["act"])
    r.say(m["actn"])
    return r.steps


LOOPS = [
    ("noisy_repeat", loop_noisy_repeat),
    ("failing_variants", loop_failing_variants),
    ("verify_rerun", loop_verify_rerun),
    ("cursor_not_advanced", loop_cursor_not_advanced),
    ("truncated_output_rerun", loop_truncated_output_rerun),
    ("wrong_target_fix", loop_wrong_target_fix),
    ("nudge_out_of_office", loop_nudge_out_of_office),
    ("restart_from_top", loop_restart_from_top),
    ("dry_run_only", loop_dry_run_only),
    ("dead_click", loop_dead_click),
    ("cancel_restart_job", loop_cancel_restart_job),
    ("missing_attachment_resend", loop_missing_attachment_resend),
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
    ("preview_then_apply", prog_preview_then_apply),
    ("cover_contact_followup", prog_cover_contact_followup),
]


# ------------------------------------------------------------------- domains


def medical_records_release() -> D:
    req = {"action": "get", "request_id": "ROI-25-07731"}
    qa = {"bundle": "B-07731-1", "profile": "ssa_disability"}
    msg = "secure_mail"
    return {
        "name": "medical_records_release",
        "task": "Keisha in HIM. Release-of-information request ROI-25-07731: Daniel Okafor (MRN 0048813) signed an SSA-827 so Disability Determination Services can get his records from 2024 to now. Build the packet, run it through QA and get it to DDS through Electronic Records Express before the 14 December due date. Do not release psychotherapy notes or any Part 2 substance-use records - his authorization doesn't cover them.",
        "openers": [
            "Opening ROI-25-07731 in the release queue first.",
            "I'll start with the request record for ROI-25-07731.",
            "First, the ROI queue entry for Mr. Okafor's request.",
        ],
        "acks": [
            "Understood, Keisha - SSA packet, no psychotherapy or Part 2 records.",
            "Got it. I'll keep the restricted record types out of the packet.",
            "On it; due date 14 December.",
        ],
        "pings": [
            "Keisha: how's the Okafor packet? DDS called about it.",
            "Keisha again - is this moving? I need it off my list today.",
        ],
        "pongs": ["Working on it, Keisha.", "Almost there, Keisha."],
        "wait": ("pause", lambda s: {"seconds": s}, "paused %S% s"),
        "A": (
            "roi_queue",
            req,
            "ROI-25-07731  status: IN_PROGRESS  received 2026-11-14  due 2026-12-14\nrequester: SSA DDS (examiner M. Ruiz)  barcode V302118457\nauthorization: SSA-827 signed 2026-11-09  scope: all records 2024-01-01..present\nexcludes: psychotherapy notes; 42 CFR Part 2 records (no separate consent)\nlast touched %TS% by roi-svc (trace %RID%)",
        ),
        "nA": "Authorized window is January 2024 to now; psychotherapy notes and Part 2 records are out. DDS barcode V302118457.",
        "B": (
            "ehr",
            {"mrn": "0048813", "section": "encounters", "from": "2024-01-01", "to": "2026-12-05"},
            "68 encounters 2024-01-04..2026-11-20\n  primary care 31 | orthopaedics 14 | imaging 9 | behavioral health 11 | lab-only 3\n(query %ID8%, %MS% ms)",
        ),
        "nB": "68 encounters in range, 11 of them in behavioral health - those need a closer look.",
        "C": (
            "ehr",
            {"mrn": "0048813", "section": "documents", "restricted": True},
            "restricted documents: 3\n  DOC-88120 2025-02-11 Psychotherapy note (sensitivity: PN)\n  DOC-88404 2025-05-06 Psychotherapy note (sensitivity: PN)\n  DOC-90117 2026-03-18 Psychotherapy note (sensitivity: PN)\nPart 2 flagged: 0  (query %ID8%)",
        ),
        "nC": "Three psychotherapy notes flagged PN, no Part 2 records on file.",
        "rep": [
            "Let me look at the request once more.",
            "Pulling the ROI entry again to be safe.",
            "Quick re-read of the request.",
            "I'll open the request one more time before building anything.",
        ],
        "fv": {
            "tool": "ere_portal",
            "variants": [
                {"op": "open_request", "request": "ROI-25-07731"},
                {"op": "open_request", "request": "roi-25-07731"},
                {"op": "open_request", "request": "ROI2507731"},
                {"op": "open_request", "request": "ROI-25-07731", "office": "DDS"},
            ],
            "err": "400 unknown_request: ERE matches uploads by the DDS barcode printed on the request letter (one letter and nine digits, e.g. V000000000). Internal reference numbers are not accepted. ref %RID%",
            "lines": [
                "Opening the matching request in ERE.",
                "Lower-casing the reference.",
                "Maybe ERE wants it without dashes.",
                "Adding the office code.",
                "ERE still doesn't know it. I'll try the reference with the full DDS office name next.",
            ],
        },
        "vr": {
            "tool": "roi_qa",
            "args": qa,
            "fail": "QA FAILED run %ID8% at %TS%\n  [R1] pp. 141-146: document type 'Psychotherapy note' not covered by authorization\n  [R2] pp. 1-16: dates 2019-03-02..2023-12-18 outside authorized window\n2 blocking issues",
            "lines": [
                "Running QA on the packet.",
                "Two blockers - the QA index is probably behind. Running it again.",
                "Same two. Giving the index another pass.",
                "Once more; it may need a minute to pick up the last build.",
                "Still R1 and R2. I'll rerun QA after lunch when the index refreshes.",
            ],
        },
        "cur": {
            "tool": "ehr",
            "args": [
                {"mrn": "0048813", "section": "encounters", "limit": 25},
                {"mrn": "0048813", "section": "encounters", "limit": 25, "page": 2},
                {"mrn": "0048813", "section": "encounters", "limit": 25, "page": 3},
                {"mrn": "0048813", "section": "encounters", "limit": 25, "page": 4},
            ],
            "obs": "encounters 1-25 of 68\n  2024-01-04 PCP annual  | 2024-01-22 Ortho L knee | 2024-02-09 MRI L knee | ... 22 more\nnext_cursor: enc_7fd2a  (unknown parameter ignored: page)  query %ID8%",
            "lines": [
                "Listing encounters 25 at a time for the page map.",
                "First 25, January to April 2024. Next page.",
                "25 more from January 2024 on. Page 3.",
                "Another 25. Page 4 should reach the end of the 68.",
                "That listing starts at 2024-01-04 again. I'll ask for page 5 and add them up.",
            ],
        },
        "tr": {
            "tool": "ehr",
            "args": [
                {"mrn": "0048813", "section": "chart", "format": "text"},
                {"mrn": "0048813", "section": "chart", "format": "text"},
                {"mrn": "0048813", "section": "chart", "format": "text", "verbose": True},
                {"mrn": "0048813", "section": "chart", "format": "text"},
            ],
            "obs": "CHART 0048813 OKAFOR, DANIEL  DOB 1979-06-30\n2024-01-04 PCP annual: BP 138/88, knee pain 6/10 ...\n2024-01-22 Ortho: L knee effusion, referred MRI ...\n[output truncated at 8,000 characters; 61,442 not shown]",
            "lines": [
                "Pulling the whole chart as text to see what goes in.",
                "Cut off in January 2024. Fetching it again.",
                "Truncated at the same place. Trying verbose.",
                "Verbose gave the same 8,000 characters. Once more.",
                "Still cut at the ortho visit. I'll fetch the chart again and read from there.",
            ],
        },
        "wt": {
            "edit": (
                "roi_queue",
                [
                    {
                        "action": "exclude_document",
                        "request_id": "ROI-25-07731",
                        "doc": "DOC-88120",
                        "target": "worklist",
                    },
                    {
                        "action": "exclude_document",
                        "request_id": "ROI-25-07731",
                        "doc": "DOC-88120,DOC-88404",
                        "target": "worklist",
                    },
                    {
                        "action": "exclude_document",
                        "request_id": "ROI-25-07731",
                        "doc": "DOC-88120,DOC-88404,DOC-90117",
                        "target": "worklist",
                    },
                ],
                "worklist W-07731 updated: excluded documents applied (%TS%)",
            ),
            "check": (
                "roi_qa",
                qa,
                "QA FAILED run %ID8%\n  [R1] pp. 141-146: document type 'Psychotherapy note' not covered by authorization\nbundle B-07731-1 built 2026-12-04 from snapshot S-1; worklist changes take effect on rebuild",
            ),
            "lines": [
                "Excluding the first psychotherapy note from the worklist.",
                "QA still flags pages 141-146. Excluding the second note too.",
                "Same flag. Excluding all three.",
                "R1 hasn't moved. I'll exclude them again with the document ids in another format.",
            ],
        },
        "ooo": {
            "send": (
                msg,
                [
                    {
                        "to": "e.lindqvist@eastbrookhealth.example",
                        "subject": "Okafor 0048813 - note types",
                        "body": "Are the 11 BH visit notes progress notes or psychotherapy notes? SSA packet due 14 Dec.",
                    },
                    {
                        "to": "e.lindqvist@eastbrookhealth.example",
                        "subject": "Re: Okafor 0048813 - note types",
                        "body": "Following up on the note types - could you confirm today?",
                    },
                    {
                        "to": "e.lindqvist@eastbrookhealth.example",
                        "subject": "Re: Okafor 0048813 - note types (urgent)",
                        "body": "Sorry to chase - DDS is waiting on this packet.",
                    },
                ],
                "sent %ID8%\nauto-reply from Dr. Elin Lindqvist: I am away until 15 December with no access to mail. For record and release questions please contact Dr. Amara Bello, behavioral health medical director (a.bello@eastbrookhealth.example).",
            ),
            "inbox": (
                msg,
                {"action": "inbox", "from": "e.lindqvist"},
                "0 new messages from e.lindqvist (checked %HM%)",
            ),
            "waits": [300, 600],
            "lines": [
                "Asking Dr. Lindqvist whether the BH notes are progress or psychotherapy notes.",
                "I'll give her a few minutes.",
                "Nothing yet. Sending a short follow-up.",
                "Still no answer. One more, marked urgent.",
                "I'll check her replies again in ten minutes and nudge once more if needed.",
            ],
        },
        "rs": [
            "Let me start with the ROI request itself.",
            "Next I'll look at the encounters in the window.",
            "Then the restricted-document index.",
            "With those three I can start assembling the packet - first I'll re-open the request to confirm the window.",
        ],
        "dry": {
            "tool": "roi_queue",
            "args": [
                {"action": "build_bundle", "request_id": "ROI-25-07731", "dry_run": True},
                {
                    "action": "build_bundle",
                    "request_id": "ROI-25-07731",
                    "dry_run": True,
                    "page_map": True,
                },
                {
                    "action": "build_bundle",
                    "request_id": "ROI-25-07731",
                    "dry_run": True,
                    "format": "pdf",
                },
                {"action": "build_bundle", "request_id": "ROI-25-07731", "dry_run": True},
            ],
            "obs": "DRY RUN %ID8%: 212 pages, 64 documents, 2024-01-04..2026-11-20\nexcluded: DOC-88120, DOC-88404, DOC-90117 (PN)\ncover: SSA-827 + DDS barcode V302118457\nnothing written",
            "lines": [
                "Previewing the packet build.",
                "Preview is clean. One more with the page map to be sure.",
                "Page map matches. Previewing as PDF.",
                "Looks right again. A final preview.",
                "212 pages, the three notes out. I'll preview it once more with the cover letter expanded, then build.",
            ],
        },
        "click": {
            "tool": "browser",
            "args": [
                {"action": "click", "selector": "#submit-records"},
                {"action": "click", "text": "Submit records"},
                {"action": "click", "selector": "button[type=submit]"},
                {"action": "click", "selector": "#submit-records", "wait_ms": 3000},
            ],
            "obs": "ERE > Upload > V302118457\nFiles: okafor_packet.pdf (18.4 MB)\n[ ] I certify these records are complete for the dates requested\n<button id=submit-records disabled>Submit records</button>\nclick had no effect (element disabled)",
            "lines": [
                "Packet uploaded in ERE. Submitting.",
                "Nothing happened. Clicking by its label.",
                "Trying the generic submit selector.",
                "Maybe it needs a moment after upload; clicking with a wait.",
                "The button still won't fire. I'll reload the page and click Submit again.",
            ],
        },
        "crj": {
            "start": (
                "roi_queue",
                {"action": "build_bundle", "request_id": "ROI-25-07731", "ocr": True},
                "build job J-%N5% queued (OCR, Bates) at %HM%",
            ),
            "status": (
                "roi_queue",
                {"action": "job_status", "request_id": "ROI-25-07731"},
                "build running: OCR %PCT%% (page %PCT% of 212), eta ~24 min",
            ),
            "restart": (
                "roi_queue",
                [
                    {"action": "restart_build", "request_id": "ROI-25-07731", "priority": "high"},
                    {
                        "action": "restart_build",
                        "request_id": "ROI-25-07731",
                        "priority": "high",
                        "workers": 4,
                    },
                ],
                "previous build cancelled; build job J-%N5% queued at %HM%",
            ),
            "wait": 120,
            "lines": [
                "Building the packet with OCR and Bates numbers.",
                "Single digits after two minutes. Restarting it at high priority.",
                "Still slow. Restarting with four workers.",
                "Barely started again. I'll restart it on the overnight pool.",
            ],
        },
        "att": {
            "send": (
                msg,
                [
                    {
                        "to": "m.ruiz@ssa-dds.example.gov",
                        "subject": "V302118457 Okafor records",
                        "body": "Please find attached the records for Daniel Okafor, 2024 to date.",
                        "attachments": [],
                    },
                    {
                        "to": "m.ruiz@ssa-dds.example.gov",
                        "subject": "V302118457 Okafor records (resend)",
                        "body": "Resending - records attached.",
                        "attachments": [],
                    },
                    {
                        "to": "m.ruiz@ssa-dds.example.gov",
                        "subject": "V302118457 Okafor records",
                        "body": "Attached again, apologies.",
                        "attachments": [],
                    },
                ],
                "sent %ID8% to m.ruiz@ssa-dds.example.gov  attachments: 0  size 3 KB",
            ),
            "inbox": (
                msg,
                {"action": "inbox", "from": "m.ruiz"},
                [
                    "1 new from m.ruiz (%HM%): 'Your message arrived with no attachment. Please attach the PDF or upload it to ERE under V302118457.'",
                    "1 new from m.ruiz (%HM%): 'Still nothing attached. Use ERE if the file is too large for mail.'",
                ],
            ),
            "wait": 240,
            "lines": [
                "Sending the packet to the examiner.",
                "She says nothing came through. Resending.",
                "Sending it once more.",
                "I'll resend it and ask her to confirm receipt.",
            ],
        },
        "pages": {
            "tool": "ehr",
            "args": [
                {"mrn": "0048813", "section": "encounters", "limit": 25},
                {"mrn": "0048813", "section": "encounters", "limit": 25, "cursor": "enc_7fd2a"},
                {"mrn": "0048813", "section": "encounters", "limit": 25, "cursor": "enc_9b310"},
                {"mrn": "0048813", "section": "encounters", "limit": 25, "cursor": "enc_c0e44"},
            ],
            "obs": [
                "encounters 1-25 of 68  2024-01-04..2024-09-30\n  PCP 11 | Ortho 8 | MRI 3 | BH 3\nnext_cursor: enc_7fd2a",
                "encounters 26-50 of 68  2024-10-02..2025-08-14\n  PCP 10 | Ortho 4 | MRI 4 | BH 6 | lab 1\nnext_cursor: enc_9b310",
                "encounters 51-68 of 68  2025-08-20..2026-11-20\n  PCP 10 | Ortho 2 | MRI 2 | BH 2 | lab 2\nnext_cursor: enc_c0e44",
                "encounters: 0 more  (end of list)",
            ],
            "notes": [
                "First 25 run to September 2024.",
                "26 to 50 cover the rest of 2024 and most of 2025; six BH visits in there.",
                "51 to 68 reach the last visit on 20 November.",
                "End of the list confirmed.",
            ],
            "line": "Paging the encounters with the cursor so the page map is complete.",
            "end": "All 68 encounters mapped: 31 PCP, 14 ortho, 9 imaging, 11 BH, 3 lab-only.",
        },
        "typo": {
            "bad": (
                "ehr",
                {"mrn": "0048831", "section": "encounters"},
                "404 no patient with MRN 0048831 (trace %RID%)",
            ),
            "good": (
                "ehr",
                {"mrn": "0048813", "section": "encounters"},
                "68 encounters 2024-01-04..2026-11-20 (query %ID8%)",
            ),
            "lines": [
                "I transposed the last two digits - the MRN is 0048813.",
                "68 encounters for the right patient.",
            ],
        },
        "job": {
            "start": (
                "roi_queue",
                {"action": "build_bundle", "request_id": "ROI-25-07731", "ocr": True},
                "build job J-%N5% queued (OCR, Bates) at %HM%",
            ),
            "status": ("roi_queue", {"action": "job_status", "request_id": "ROI-25-07731"}),
            "states": [
                "build running: OCR 38% (page 81 of 212)",
                "build running: Bates numbering 74% (page 157 of 212)",
                "build complete: 212 pages, okafor_packet.pdf 18.4 MB, sha256 %ID8%",
            ],
            "waits": [180, 240, 300],
            "notes": [
                "Build queued; OCR takes a while on scanned pages.",
                "OCR at page 81.",
                "Into Bates numbering.",
                "Packet built, 212 pages.",
            ],
            "resume": "The build I started this morning should be near done; checking it.",
        },
        "batch": {
            "tool": "roi_queue",
            "items": [
                {
                    "action": "redact",
                    "request_id": "ROI-25-07731",
                    "page": p,
                    "reason": "third-party PHI",
                }
                for p in (17, 44, 58, 102, 160)
            ],
            "obs": [
                f"page {p} redacted (third-party PHI), audit %ID8%" for p in (17, 44, 58, 102, 160)
            ],
            "line": "Pages 17, 44, 58, 102 and 160 name his mother's diagnoses; redacting them as third-party PHI.",
            "end": "Five pages redacted and logged in the audit trail.",
        },
        "synth": {
            "line": "Summary: 68 encounters in the window; the packet excludes three psychotherapy notes; nothing is Part 2; DDS matches uploads by barcode V302118457.",
            "q": "So what exactly are we sending DDS, and what are we holding back?",
            "a": "212 pages covering January 2024 to November 2026: primary care, ortho, imaging, labs and the BH medication-management notes. Held back: the three psychotherapy notes (DOC-88120, 88404, 90117).",
        },
        "edits": {
            "check": ("roi_qa", qa),
            "fails": [
                "QA FAILED run %ID8%\n  [R1] pp. 141-146 psychotherapy note not covered\n  [R2] pp. 1-16 dates outside authorized window\n  [R3] cover sheet missing DDS barcode\n3 blocking issues",
                "QA FAILED run %ID8%\n  [R2] pp. 1-16 dates outside authorized window\n  [R3] cover sheet missing DDS barcode\n2 blocking issues",
                "QA FAILED run %ID8%\n  [R3] cover sheet missing DDS barcode\n1 blocking issue",
                "QA PASSED run %ID8%: 0 issues, 196 pages",
            ],
            "edits": [
                (
                    "roi_queue",
                    {
                        "action": "exclude_document",
                        "request_id": "ROI-25-07731",
                        "doc": "DOC-88120,DOC-88404,DOC-90117",
                        "target": "bundle",
                        "rebuild": True,
                    },
                    "excluded 3 documents; bundle B-07731-2 rebuilt",
                    "R1 first: excluding the three PN documents and rebuilding.",
                ),
                (
                    "roi_queue",
                    {
                        "action": "set_scope",
                        "request_id": "ROI-25-07731",
                        "from": "2024-01-01",
                        "rebuild": True,
                    },
                    "scope set 2024-01-01..present; bundle B-07731-3 rebuilt",
                    "R1 is gone. Narrowing the scope to 2024 onward for R2.",
                ),
                (
                    "roi_queue",
                    {
                        "action": "set_cover",
                        "request_id": "ROI-25-07731",
                        "barcode": "V302118457",
                        "rebuild": True,
                    },
                    "cover regenerated with barcode; bundle B-07731-4 rebuilt",
                    "Now the barcode on the cover.",
                ),
            ],
            "end": "QA passes with 196 pages. Ready for ERE.",
        },
        "ucm": {
            "write": (
                "roi_queue",
                {
                    "action": "set_delivery",
                    "request_id": "ROI-25-07731",
                    "method": "ERE",
                    "recipients": ["SSA DDS"],
                },
                "delivery set: ERE -> SSA DDS",
            ),
            "line": "Setting delivery to ERE for DDS.",
            "note": "Delivery is ERE only.",
            "changes": [
                (
                    "Keisha: his attorney wants a copy too. We have her signed authorization on file - add her.",
                    "roi_queue",
                    {
                        "action": "set_delivery",
                        "request_id": "ROI-25-07731",
                        "method": "ERE",
                        "recipients": ["SSA DDS", "attorney:J. Whitcombe"],
                        "auth": "AUTH-25-1190",
                    },
                    "delivery set: ERE -> SSA DDS; secure mail -> J. Whitcombe (AUTH-25-1190)",
                    "Adding the attorney under AUTH-25-1190.",
                    "Attorney added by secure mail.",
                ),
                (
                    "Keisha: scratch the attorney for now, her authorization expired last week. DDS only.",
                    "roi_queue",
                    {
                        "action": "set_delivery",
                        "request_id": "ROI-25-07731",
                        "method": "ERE",
                        "recipients": ["SSA DDS"],
                    },
                    "delivery set: ERE -> SSA DDS (J. Whitcombe removed)",
                    "Removing her; DDS only.",
                    "Back to DDS only; I'll note the expired authorization on the request.",
                ),
            ],
        },
        "sr": {
            "wl": "Looking for the signed SSA-827 in scanned documents.",
            "wrong": (
                "ehr",
                {"mrn": "0048813", "section": "scanned", "query": "SSA-827"},
                "0 scanned documents match 'SSA-827' (query %ID8%)",
            ),
            "wn": "No SSA-827 among his scanned documents.",
            "hint": "Keisha: DDS faxes those in. Check the ROI fax inbox, not the chart.",
            "hl": "Searching the ROI fax inbox.",
            "self": "It came with the request, so it may never have been filed to the chart - checking the ROI fax inbox.",
            "right": (
                "fax_inbox",
                {"query": "Okafor", "since": "2026-11-01"},
                "2 faxes: FX-44102 2026-11-14 from DDS (7 pp) 'SSA-827 + request letter'; FX-44391 2026-11-21 from DDS (1 p) 'status inquiry'",
            ),
            "rn": "FX-44102 from 14 November has the SSA-827.",
            "read": (
                "fax_inbox",
                {"fax": "FX-44102", "pages": "1-2"},
                "p1: SSA-827 Authorization to Disclose - signed Daniel Okafor 2026-11-09; box 'all records' ticked; exclusions: psychotherapy notes, alcohol/drug treatment\np2: DDS request letter, barcode V302118457, examiner M. Ruiz",
            ),
            "readn": "Signed 9 November, all records, with psychotherapy and drug treatment excluded - it matches the request.",
        },
        "rc": {
            "msg": "Keisha: Mr. Okafor came in and signed the Part 2 consent for DDS this morning. Check the request again.",
            "line": "Re-opening the request to see the consent.",
            "A2": "ROI-25-07731  status: IN_PROGRESS  due 2026-12-14\nauthorization: SSA-827 2026-11-09; Part 2 consent CNS-2291 signed %DATE% (DDS only)\nexcludes: psychotherapy notes\nlast touched %TS% by front-desk (trace %RID%)",
            "note": "Part 2 consent CNS-2291 is on the request now; only psychotherapy notes stay excluded.",
            "act": (
                "roi_queue",
                {
                    "action": "include_category",
                    "request_id": "ROI-25-07731",
                    "category": "part2",
                    "consent": "CNS-2291",
                },
                "category part2 included under CNS-2291; 0 documents currently flagged Part 2",
            ),
            "actn": "Included under the consent; no Part 2 documents exist yet, so the page count stays the same.",
        },
        "fl": {
            "call": (
                "ere_portal",
                {"op": "upload", "barcode": "V302118457", "file": "okafor_packet.pdf"},
            ),
            "err": "502 Bad Gateway from ere.ssa.gov (upstream connection reset) ref %RID%",
            "ok": "upload accepted: okafor_packet.pdf 18.4 MB, confirmation ERE-%N5%",
            "now": "A gateway hiccup on SSA's side. Retrying the upload.",
            "later": "ERE returned a 502 from upstream. Waiting a minute before retrying.",
            "wait": 60,
            "okn": "Upload accepted.",
        },
        "pv": {
            "pv1": "DRY RUN %ID8%: 228 pages, 67 documents, 2019-03-02..2026-11-20\nexcluded: none\ncover: SSA-827 + DDS barcode V302118457\nnothing written",
            "fixl": "The preview starts in 2019 and excludes nothing. Narrowing the scope and excluding the three PN notes.",
            "fix": (
                "roi_queue",
                {
                    "action": "set_scope",
                    "request_id": "ROI-25-07731",
                    "from": "2024-01-01",
                    "exclude": ["DOC-88120", "DOC-88404", "DOC-90117"],
                },
                "scope set 2024-01-01..present; 3 exclusions",
            ),
            "fixn": "Scope and exclusions saved. Previewing again.",
            "pv2": "DRY RUN %ID8%: 212 pages, 64 documents, 2024-01-04..2026-11-20\nexcluded: DOC-88120, DOC-88404, DOC-90117 (PN)\ncover: SSA-827 + DDS barcode V302118457\nnothing written",
            "pvn": "212 pages from January 2024, notes excluded. Building it for real.",
            "apply": (
                "roi_queue",
                {"action": "build_bundle", "request_id": "ROI-25-07731", "dry_run": False},
                "bundle B-07731-2 built: 212 pages",
            ),
            "applyn": "Bundle B-07731-2 is built.",
        },
        "cv": {
            "line": "Dr. Lindqvist is away until the 15th and names Dr. Bello for release questions; asking her.",
            "send": (
                msg,
                {
                    "to": "a.bello@eastbrookhealth.example",
                    "subject": "Okafor 0048813 - BH note types",
                    "body": "Dr. Lindqvist is away. Are the 11 BH visit notes progress notes or psychotherapy notes? SSA packet due 14 Dec.",
                },
                "sent %ID8%",
            ),
            "wait": 600,
            "inbox": (
                msg,
                {"action": "inbox", "from": "a.bello"},
                "1 new from a.bello (%HM%): 'The 8 med-management visits are progress notes and can go. DOC-88120, 88404 and 90117 are psychotherapy notes kept apart from the record - exclude those.'",
            ),
            "repn": "Dr. Bello confirms: eight progress notes go, the three PN documents stay out.",
            "act": (
                "roi_queue",
                {
                    "action": "exclude_document",
                    "request_id": "ROI-25-07731",
                    "doc": "DOC-88120,DOC-88404,DOC-90117",
                    "target": "bundle",
                    "rebuild": True,
                },
                "excluded 3 documents; bundle B-07731-2 rebuilt",
            ),
            "actn": "Excluded and rebuilt; the packet can go to QA.",
        },
    }


def transfer_credit_evaluation() -> D:
    rec = {"resource": "students/S2611408/transfer-work", "institution": "LCC"}
    audit = {"student": "S2611408", "program": "BS-BIOL", "catalog": "2026-27"}
    mail = "outlook"
    return {
        "name": "transfer_credit_evaluation",
        "task": "Tomasz, transfer credit desk. Aisha Rahman (S2611408) is coming to us from Lakeshore Community College with 14 courses / 47 credits. Evaluate them against the LCC articulation agreement and get her a clean degree audit for BS Biology before registration opens on 9 December. BIO 210 and CHEM 221 aren't in the agreement - those need the department's sign-off, so don't post either to her record until a chair approves them.",
        "openers": [
            "First I'll pull Aisha's transfer work record from the SIS.",
            "Starting with the LCC coursework on her SIS record.",
            "Let me open her transfer-work record in the SIS.",
        ],
        "acks": [
            "Will do, Tomasz. Nothing non-articulated gets posted without a chair.",
            "Sure - articulation first, the two odd courses wait for sign-off.",
            "Okay, aiming to finish before 9 December registration.",
        ],
        "pings": [
            "Tomasz: Aisha emailed asking if she can register yet. Where are we?",
            "Tomasz here. Any progress? Advising wants her audit.",
        ],
        "pongs": ["Still going, Tomasz.", "Getting there, Tomasz."],
        "wait": ("wait", lambda s: {"s": s}, "waited %S%s"),
        "A": (
            "sis",
            rec,
            "student: S2611408 RAHMAN, AISHA\nsource: Lakeshore Community College (FICE 004417)\ncourses: 14  credits: 47.0  gpa: 3.41\nevaluation: PENDING  evaluator: -\nfetched: %TS%  req: %RID%",
        ),
        "nA": "14 LCC courses, 47 credits, evaluation still pending.",
        "B": (
            "articulation_db",
            {"agreement": "LCC-2024", "courses": "ALL", "student": "S2611408"},
            "agreement LCC-2024 (effective 2024-08-15)\nmatched 12/14: ENG 101>ENGL 1010, ENG 102>ENGL 1020, MAT 151>MATH 1510, BIO 110>BIOL 1100, ...\nunmatched: BIO 210 Microbiology (4 cr), CHEM 221 Organic Chem I (4 cr)\n[%MS% ms]",
        ),
        "nB": "12 of the 14 articulate; BIO 210 and CHEM 221 do not.",
        "C": (
            "transcript_imaging",
            {"doc": "TR-2611408-LCC", "view": "summary"},
            "Official transcript, Lakeshore CC, received 2026-11-28 via Parchment\nterms: FA24, SP25, SU25, FA25, SP26  final grades posted: yes\nBIO 210 A- | CHEM 221 B+ | 12 others C or better",
        ),
        "nC": "Official transcript is in, all grades final, BIO 210 A-, CHEM 221 B+.",
        "rep": [
            "Pulling her SIS record again.",
            "Re-checking the transfer-work record.",
            "One more look at the SIS record.",
            "I'll re-open her record once more before evaluating.",
        ],
        "fv": {
            "tool": "sis",
            "variants": [
                {
                    "resource": "students/S2611408/equivalencies",
                    "method": "POST",
                    "source": "ENG 101",
                    "target": "ENG 101",
                },
                {
                    "resource": "students/S2611408/equivalencies",
                    "method": "POST",
                    "source": "ENG 101",
                    "target": "ENG-101",
                },
                {
                    "resource": "students/S2611408/equivalencies",
                    "method": "POST",
                    "source": "ENG 101",
                    "target": "eng 101",
                },
                {
                    "resource": "students/S2611408/equivalencies/",
                    "method": "POST",
                    "source": "ENG 101",
                    "target": "ENG 101",
                    "term": "202710",
                },
            ],
            "err": "422 Unprocessable: target must be a course in our catalog of record (subject + 4 digits, e.g. ENGL 1010). 'ENG 101' is the source institution's code. req %RID%",
            "lines": [
                "Posting the first articulated equivalency.",
                "Rejected. Trying it with a hyphen.",
                "Lower case, then.",
                "Adding the entry term.",
                "Still a 422. I'll try the code with the institution prefix next.",
            ],
        },
        "vr": {
            "tool": "degree_audit",
            "args": audit,
            "fail": "AUDIT %ID8% (%TS%) BS-BIOL 2026-27: INCOMPLETE\n  [E1] transfer BIO 210 has no equivalency (4 cr unapplied)\n  [E2] transfer CHEM 221 has no equivalency (4 cr unapplied)\n  applied 39.0 / 47.0 transfer credits",
            "lines": [
                "Running her degree audit.",
                "Two unapplied courses - the audit cache may be stale. Rerunning.",
                "Same E1 and E2. Once more.",
                "Audits sometimes lag the SIS by a few minutes. Again.",
                "Still 39 of 47 applied. I'll rerun the audit after the nightly refresh.",
            ],
        },
        "cur": {
            "tool": "sis",
            "args": [
                {"resource": "students/S2611408/transfer-work/courses", "top": 5},
                {"resource": "students/S2611408/transfer-work/courses", "top": 5, "skip": 5},
                {"resource": "students/S2611408/transfer-work/courses", "top": 5, "skip": 10},
                {"resource": "students/S2611408/transfer-work/courses", "top": 5, "skip": 15},
            ],
            "obs": "value: [ENG 101 (3), ENG 102 (3), MAT 151 (4), BIO 110 (4), PSY 101 (3)]\n@odata.nextLink: .../courses?$top=5&$skiptoken=Q1JTNQ\nnote: query option 'skip' not supported, ignored\nreq %RID%",
            "lines": [
                "Listing her courses five at a time.",
                "First five: ENG 101 through PSY 101. Next five.",
                "ENG 101, ENG 102, MAT 151... continuing.",
                "Five more. One more page for the last of the 14.",
                "I've only seen ENG to PSY so far; I'll ask for skip 20 and count what I have.",
            ],
        },
        "tr": {
            "tool": "transcript_imaging",
            "args": [
                {"doc": "TR-2611408-LCC", "view": "ocr_text"},
                {"doc": "TR-2611408-LCC", "view": "ocr_text"},
                {"doc": "TR-2611408-LCC", "view": "ocr_text", "dpi": 300},
                {"doc": "TR-2611408-LCC", "view": "ocr_text"},
            ],
            "obs": "LAKESHORE COMMUNITY COLLEGE - OFFICIAL TRANSCRIPT\nRAHMAN AISHA  ID 0097731\nFALL 2024  ENG 101 Composition I 3.0 A  MAT 151 Precalculus 4.0 B+ ...\n--- truncated: showing 4,000 of 19,880 characters ---",
            "lines": [
                "Reading the OCR text of the transcript for course descriptions.",
                "It stops in Fall 2024. Fetching it again.",
                "Same cut. Maybe a higher DPI helps.",
                "Higher DPI, same 4,000 characters. Trying once more.",
                "I still can't see the 2025 terms. I'll fetch the OCR text again.",
            ],
        },
        "wt": {
            "edit": (
                "articulation_db",
                [
                    {
                        "env": "sandbox",
                        "op": "add_rule",
                        "source": "ENG 102",
                        "target": "ENGL 1020",
                        "agreement": "LCC-2024",
                    },
                    {
                        "env": "sandbox",
                        "op": "add_rule",
                        "source": "ENG 102",
                        "target": "ENGL 1020",
                        "agreement": "LCC-2024",
                        "effective": "2024-08-15",
                    },
                    {
                        "env": "sandbox",
                        "op": "add_rule",
                        "source": "ENG 102",
                        "target": "ENGL 1020",
                        "agreement": "LCC-2024",
                        "replace": True,
                    },
                ],
                "rule saved (env: sandbox) id R-%N5%",
            ),
            "check": (
                "degree_audit",
                audit,
                "AUDIT %ID8%: INCOMPLETE\n  [E3] ENG 102 rule expired 2026-08-14 in agreement LCC-2024 (articulation env: prod)\n  applied 44.0 / 47.0",
            ),
            "lines": [
                "ENG 102's rule expired; adding it back.",
                "Audit still flags E3. Adding it with the original effective date.",
                "Same flag. Replacing the rule outright.",
                "E3 won't clear. I'll add the rule once more with an end date.",
            ],
        },
        "ooo": {
            "send": (
                mail,
                [
                    {
                        "to": "ndiaye.o@northfield.example.edu",
                        "subject": "Transfer review: LCC BIO 210 (S2611408)",
                        "body": "Could you review LCC BIO 210 Microbiology for BIOL 2100? Syllabus attached.",
                        "attachments": ["BIO210_syllabus.pdf"],
                    },
                    {
                        "to": "ndiaye.o@northfield.example.edu",
                        "subject": "RE: Transfer review: LCC BIO 210",
                        "body": "Gentle reminder - registration opens 9 Dec.",
                    },
                    {
                        "to": "ndiaye.o@northfield.example.edu",
                        "subject": "RE: Transfer review: LCC BIO 210 - time sensitive",
                        "body": "Checking in again on BIO 210.",
                    },
                ],
                "message %ID8% sent\nAutomatic reply: Prof. O. Ndiaye is on sabbatical until 12 January. Transfer course reviews for Biology are handled by the associate chair, Dr. Hyun Park (park.h@northfield.example.edu).",
            ),
            "inbox": (
                mail,
                {"folder": "Inbox", "from": "ndiaye.o"},
                "no new items from ndiaye.o since %HM%",
            ),
            "waits": [300, 900],
            "lines": [
                "Asking the Biology chair to review BIO 210.",
                "Giving him some time.",
                "No answer. Sending a reminder.",
                "Still nothing; one more note.",
                "I'll wait another hour for Prof. Ndiaye and remind him again.",
            ],
        },
        "rs": [
            "Let me begin with her transfer-work record.",
            "Now the LCC articulation agreement.",
            "And the official transcript.",
            "That gives me the inputs - I'll start again from the SIS record so nothing's missed.",
        ],
        "dry": {
            "tool": "sis",
            "args": [
                {
                    "resource": "students/S2611408/transfer-work/post",
                    "method": "POST",
                    "scope": "articulated",
                    "preview": True,
                },
                {
                    "resource": "students/S2611408/transfer-work/post",
                    "method": "POST",
                    "scope": "articulated",
                    "preview": True,
                    "show": "rules",
                },
                {
                    "resource": "students/S2611408/transfer-work/post",
                    "method": "POST",
                    "scope": "articulated",
                    "preview": True,
                    "show": "credits",
                },
                {
                    "resource": "students/S2611408/transfer-work/post",
                    "method": "POST",
                    "scope": "articulated",
                    "preview": True,
                },
            ],
            "obs": "PREVIEW (no changes) %ID8%\nwould post 12 courses / 39.0 credits to S2611408, term 202710\nheld: BIO 210, CHEM 221 (no rule)\ngpa impact: none (transfer credit)",
            "lines": [
                "Previewing the posting of the 12 articulated courses.",
                "Preview fine. Again with the rules shown.",
                "Rules line up. Checking credits in the preview.",
                "39 credits. One more preview.",
                "Still 12 courses, 39 credits. I'll preview once more by term before posting.",
            ],
        },
        "click": {
            "tool": "browser",
            "args": [
                {"action": "click", "selector": "button#finalize"},
                {"action": "click", "text": "Finalize evaluation"},
                {"action": "press", "key": "Enter", "focus": "button#finalize"},
                {"action": "click", "selector": "button#finalize", "force": True},
            ],
            "obs": "Transfer Evaluation - S2611408\nCatalog year: [ Select... ] (required)\nFinalize evaluation [disabled: choose a catalog year]\nno navigation",
            "lines": [
                "Evaluation entered in the web form. Finalizing.",
                "Nothing happened. Clicking the label text.",
                "Trying Enter on the button.",
                "Forcing the click.",
                "The page won't finalize. I'll reload it and hit Finalize again.",
            ],
        },
        "crj": {
            "start": (
                "sis",
                {"resource": "jobs/transfer-evaluate", "method": "POST", "student": "S2611408"},
                "job TE-%N5% submitted %HM%",
            ),
            "status": (
                "sis",
                {"resource": "jobs/transfer-evaluate", "student": "S2611408"},
                "TE job RUNNING %PCT%% (rule matching 1 of 14), queue depth 212",
            ),
            "restart": (
                "sis",
                [
                    {
                        "resource": "jobs/transfer-evaluate",
                        "method": "POST",
                        "student": "S2611408",
                        "cancel_previous": True,
                    },
                    {
                        "resource": "jobs/transfer-evaluate",
                        "method": "POST",
                        "student": "S2611408",
                        "cancel_previous": True,
                        "queue": "priority",
                    },
                ],
                "previous TE job cancelled; job TE-%N5% submitted %HM%",
            ),
            "wait": 150,
            "lines": [
                "Submitting the transfer evaluation job.",
                "Barely moved in two and a half minutes. Resubmitting.",
                "Slow again. Resubmitting on the priority queue.",
                "Still at the start. I'll cancel and resubmit after the queue drains a bit.",
            ],
        },
        "att": {
            "send": (
                mail,
                [
                    {
                        "to": "a.rahman@students.northfield.example.edu",
                        "subject": "Your transfer credit evaluation",
                        "body": "Hi Aisha, your evaluation is attached.",
                        "attachments": [],
                    },
                    {
                        "to": "a.rahman@students.northfield.example.edu",
                        "subject": "RE: Your transfer credit evaluation",
                        "body": "Apologies, here it is.",
                        "attachments": [],
                    },
                    {
                        "to": "a.rahman@students.northfield.example.edu",
                        "subject": "RE: Your transfer credit evaluation",
                        "body": "Attaching it again.",
                        "attachments": [],
                    },
                ],
                "message %ID8% sent, 0 attachments",
            ),
            "inbox": (
                mail,
                {"folder": "Inbox", "from": "a.rahman"},
                [
                    "From a.rahman (%HM%): 'Thanks! There's no attachment though?'",
                    "From a.rahman (%HM%): 'Still no file on my end, sorry.'",
                ],
            ),
            "wait": 200,
            "lines": [
                "Emailing Aisha her evaluation.",
                "She sees no attachment. Resending.",
                "Sending it again.",
                "I'll send it once more and check she got it.",
            ],
        },
        "pages": {
            "tool": "articulation_db",
            "args": [
                {"agreement": "LCC-2024", "list": "rules", "page": 1, "size": 40},
                {"agreement": "LCC-2024", "list": "rules", "page": 2, "size": 40},
                {"agreement": "LCC-2024", "list": "rules", "page": 3, "size": 40},
                {"agreement": "LCC-2024", "list": "rules", "page": 4, "size": 40},
            ],
            "obs": [
                "rules 1-40 of 131 (ACC 101 .. BIO 112)  page 1/4",
                "rules 41-80 of 131 (BUS 110 .. ENG 220)  page 2/4",
                "rules 81-120 of 131 (ESL 090 .. PSY 240)  page 3/4",
                "rules 121-131 of 131 (SOC 101 .. WEL 150); expired: ENG 102 (2026-08-14)  page 4/4",
            ],
            "notes": [
                "Page 1 runs to BIO 112, no BIO 210.",
                "Page 2, business to English; no CHEM 221.",
                "Page 3 to psychology.",
                "Last page, and ENG 102's rule expired in August.",
            ],
            "line": "Listing the agreement's rules page by page.",
            "end": "131 rules; neither BIO 210 nor CHEM 221 is in the agreement, and ENG 102 has lapsed.",
        },
        "typo": {
            "bad": (
                "sis",
                {"resource": "students/S2614108/transfer-work", "institution": "LCC"},
                "404 student S2614108 not found (req %RID%)",
            ),
            "good": (
                "sis",
                {"resource": "students/S2611408/transfer-work", "institution": "LCC"},
                "student: S2611408 RAHMAN, AISHA  courses: 14  credits: 47.0  evaluation: PENDING",
            ),
            "lines": ["Swapped two digits; her ID is S2611408.", "That's her record."],
        },
        "job": {
            "start": (
                "sis",
                {"resource": "jobs/transfer-evaluate", "method": "POST", "student": "S2611408"},
                "job TE-%N5% submitted %HM%",
            ),
            "status": ("sis", {"resource": "jobs/transfer-evaluate", "student": "S2611408"}),
            "states": [
                "TE job RUNNING 35% (rule matching 5 of 14)",
                "TE job RUNNING 80% (posting preview, 12 matched)",
                "TE job DONE: 12 matched, 2 held for review, audit refreshed",
            ],
            "waits": [120, 180, 240],
            "notes": [
                "Evaluation job submitted.",
                "5 of 14 matched so far.",
                "Up to the preview step.",
                "Done: 12 matched, 2 held for the department.",
            ],
            "resume": "The evaluation job went in earlier; checking where it is.",
        },
        "batch": {
            "tool": "sis",
            "items": [
                {
                    "resource": "students/S2611408/equivalencies",
                    "method": "POST",
                    "source": s,
                    "target": t,
                }
                for s, t in (
                    ("ENG 101", "ENGL 1010"),
                    ("MAT 151", "MATH 1510"),
                    ("BIO 110", "BIOL 1100"),
                    ("PSY 101", "PSYC 1010"),
                    ("CHM 110", "CHEM 1100"),
                )
            ],
            "obs": [
                f"201 equivalency {s} -> {t} saved (pending post)"
                for s, t in (
                    ("ENG 101", "ENGL 1010"),
                    ("MAT 151", "MATH 1510"),
                    ("BIO 110", "BIOL 1100"),
                    ("PSY 101", "PSYC 1010"),
                    ("CHM 110", "CHEM 1100"),
                )
            ],
            "line": "Saving the first five articulated equivalencies.",
            "end": "Five equivalencies saved, pending the posting run.",
        },
        "synth": {
            "line": "Overall: 12 courses articulate for 39 credits, BIO 210 and CHEM 221 (8 credits) need the department, and the transcript is final.",
            "q": "If Biology approves BIO 210 but Chemistry says no to CHEM 221, where does she land?",
            "a": "43 of 47 credits would apply, with CHEM 221 as 4 credits of general elective if Chemistry allows that; she'd still need organic chemistry I here.",
        },
        "edits": {
            "check": ("degree_audit", audit),
            "fails": [
                "AUDIT %ID8%: INCOMPLETE\n  [E3] ENG 102 rule expired\n  [E4] catalog year not set on program\n  [E5] MAT 151 posted as 3.0 (transcript 4.0)\n3 errors",
                "AUDIT %ID8%: INCOMPLETE\n  [E4] catalog year not set on program\n  [E5] MAT 151 posted as 3.0 (transcript 4.0)\n2 errors",
                "AUDIT %ID8%: INCOMPLETE\n  [E5] MAT 151 posted as 3.0 (transcript 4.0)\n1 error",
                "AUDIT %ID8%: COMPLETE for transfer work; 39.0 applied, 8.0 held for review",
            ],
            "edits": [
                (
                    "articulation_db",
                    {
                        "env": "prod",
                        "op": "renew_rule",
                        "source": "ENG 102",
                        "target": "ENGL 1020",
                        "agreement": "LCC-2024",
                    },
                    "rule renewed (env: prod) through 2027-08-14",
                    "E3: renewing ENG 102's rule in production.",
                ),
                (
                    "sis",
                    {
                        "resource": "students/S2611408/program",
                        "method": "PATCH",
                        "catalog": "2026-27",
                    },
                    "200 program BS-BIOL catalog 2026-27",
                    "E4: setting the catalog year.",
                ),
                (
                    "sis",
                    {
                        "resource": "students/S2611408/equivalencies/MAT151",
                        "method": "PATCH",
                        "credits": 4.0,
                    },
                    "200 MAT 151 credits 4.0",
                    "E5: MAT 151 is 4 credits on the transcript.",
                ),
            ],
            "end": "Audit clean for transfer work; only the two department reviews remain.",
        },
        "ucm": {
            "write": (
                "sis",
                {"resource": "students/S2611408/program", "method": "PATCH", "program": "BS-BIOL"},
                "200 program set BS-BIOL",
            ),
            "line": "Setting her program to BS Biology for the audit.",
            "note": "Program is BS-BIOL.",
            "changes": [
                (
                    "Tomasz: she just told advising she wants Biochemistry instead. Switch it.",
                    "sis",
                    {
                        "resource": "students/S2611408/program",
                        "method": "PATCH",
                        "program": "BS-BCHM",
                    },
                    "200 program set BS-BCHM",
                    "Switching to Biochemistry.",
                    "Now BS-BCHM; CHEM 221 matters more there.",
                ),
                (
                    "Tomasz: update - she's staying in Biology but adding a Chemistry minor.",
                    "sis",
                    {
                        "resource": "students/S2611408/program",
                        "method": "PATCH",
                        "program": "BS-BIOL",
                        "minor": "CHEM",
                    },
                    "200 program set BS-BIOL, minor CHEM",
                    "Back to Biology with the Chemistry minor.",
                    "BS-BIOL with a CHEM minor is saved.",
                ),
            ],
        },
        "sr": {
            "wl": "Looking for the BIO 210 course description in her SIS documents.",
            "wrong": (
                "sis",
                {"resource": "students/S2611408/documents", "q": "BIO 210 syllabus"},
                "0 documents (req %RID%)",
            ),
            "wn": "No syllabus on her SIS record.",
            "hint": "Tomasz: students upload syllabi in the transfer portal, not the SIS.",
            "hl": "Searching the transfer portal uploads.",
            "self": "Syllabi usually come through the transfer portal rather than the SIS; checking there.",
            "right": (
                "transfer_portal",
                {"student": "S2611408", "search": "BIO 210"},
                "uploads: BIO210_Microbiology_SP25.pdf (12 pp, 2026-11-29), CHEM221_syllabus.pdf (9 pp)",
            ),
            "rn": "Both syllabi were uploaded on 29 November.",
            "read": (
                "transfer_portal",
                {"file": "BIO210_Microbiology_SP25.pdf", "pages": "1-2"},
                "BIO 210 Microbiology, 4 cr (3 lecture + 1 lab). Text: Tortora 13e. Labs: aseptic technique, Gram stain, culture ID, antibiotic sensitivity. Prereq BIO 110.",
            ),
            "readn": "Lecture plus lab with a BIO 110 prereq - close to our BIOL 2100; that's what the reviewer will need.",
        },
        "rc": {
            "msg": "Tomasz: Dr. Park approved BIO 210 as BIOL 2100 about ten minutes ago. Check her record again.",
            "line": "Re-opening her transfer-work record.",
            "A2": "student: S2611408 RAHMAN, AISHA\ncourses: 14  credits: 47.0\nevaluation: IN REVIEW  approvals: BIO 210 -> BIOL 2100 (H. Park, %DATE%)\nfetched: %TS%  req: %RID%",
            "note": "Dr. Park's approval is on the record. CHEM 221 is still open.",
            "act": (
                "sis",
                {
                    "resource": "students/S2611408/equivalencies",
                    "method": "POST",
                    "source": "BIO 210",
                    "target": "BIOL 2100",
                    "approval": "H. Park",
                },
                "201 equivalency BIO 210 -> BIOL 2100 saved (approved)",
            ),
            "actn": "BIO 210 posted as BIOL 2100 with the approval attached.",
        },
        "fl": {
            "call": ("degree_audit", audit),
            "err": "503 audit engine busy: job slots full during registration prep (req %RID%)",
            "ok": "AUDIT %ID8%: INCOMPLETE - 39.0 applied, BIO 210 and CHEM 221 held for review",
            "now": "Audit engine was busy. Retrying.",
            "later": "All audit slots are taken. I'll wait a little and retry.",
            "wait": 90,
            "okn": "Audit ran: 39 applied, two held.",
        },
        "pv": {
            "pv1": "PREVIEW (no changes) %ID8%\nwould post 14 courses / 47.0 credits to S2611408, term 202710\nincluding: BIO 210 (no rule, default elective), CHEM 221 (no rule, default elective)",
            "fixl": "The preview would post BIO 210 and CHEM 221 as default electives - that's exactly what we mustn't do. Holding both.",
            "fix": (
                "sis",
                {
                    "resource": "students/S2611408/transfer-work/hold",
                    "method": "POST",
                    "courses": ["BIO 210", "CHEM 221"],
                    "reason": "dept review",
                },
                "200 hold placed on 2 courses",
            ),
            "fixn": "Both held. Previewing again.",
            "pv2": "PREVIEW (no changes) %ID8%\nwould post 12 courses / 39.0 credits to S2611408, term 202710\nheld: BIO 210, CHEM 221 (dept review)",
            "pvn": "12 courses, 39 credits, the two held. Posting.",
            "apply": (
                "sis",
                {
                    "resource": "students/S2611408/transfer-work/post",
                    "method": "POST",
                    "scope": "articulated",
                    "preview": False,
                },
                "posted 12 courses / 39.0 credits, batch P-%N5%",
            ),
            "applyn": "39 credits posted; the two holds remain.",
        },
        "cv": {
            "line": "Prof. Ndiaye is on sabbatical; his reply says Dr. Park handles Biology transfer reviews. Writing to her.",
            "send": (
                mail,
                {
                    "to": "park.h@northfield.example.edu",
                    "subject": "Transfer review: LCC BIO 210 (S2611408)",
                    "body": "Prof. Ndiaye's auto-reply pointed me to you. Could you review LCC BIO 210 for BIOL 2100? Syllabus in the transfer portal.",
                },
                "message %ID8% sent",
            ),
            "wait": 1200,
            "inbox": (
                mail,
                {"folder": "Inbox", "from": "park.h"},
                "From park.h (%HM%): 'Approved - BIO 210 = BIOL 2100, lab included. CHEM 221 is Chemistry's call, ask Dr. Osei.'",
            ),
            "repn": "Dr. Park approves BIO 210 as BIOL 2100 and points CHEM 221 to Dr. Osei.",
            "act": (
                "sis",
                {
                    "resource": "students/S2611408/equivalencies",
                    "method": "POST",
                    "source": "BIO 210",
                    "target": "BIOL 2100",
                    "approval": "H. Park",
                },
                "201 equivalency BIO 210 -> BIOL 2100 saved (approved)",
            ),
            "actn": "BIO 210 is in; CHEM 221 goes to Dr. Osei next.",
        },
    }


def court_efiling_exhibits() -> D:
    env = {"op": "validate", "envelope": "ENV-8841207"}
    mail = "firm_mail"
    return {
        "name": "court_efiling_exhibits",
        "task": "Renata (lit support). Harlow v. Pinecrest Logistics, 2026-CV-04417: our motion for summary judgment and its 14 exhibits have to be e-filed in Marion County Superior Court by 5 pm Tuesday. The set is in iManage workspace HAR-0117. The court wants each exhibit as its own text-searchable PDF under 35 MB. Exhibit 9 is the plaintiff's medical file - only the redacted version gets filed publicly, never the original.",
        "openers": [
            "Let me list the MSJ filing set in HAR-0117 first.",
            "Starting with the filing folder in iManage.",
            "I'll pull the document list for the MSJ set first.",
        ],
        "acks": [
            "Understood, Renata - redacted Exhibit 9 only.",
            "Right. 14 exhibits, separate searchable PDFs, 5 pm Tuesday.",
            "Okay. I'll keep the original medical file out of the public filing.",
        ],
        "pings": [
            "Renata: partner is asking if the MSJ is in. Status?",
            "Renata - clock's ticking on Harlow. Update please.",
        ],
        "pongs": ["On it, Renata.", "Close, Renata."],
        "wait": ("sleep", lambda s: {"sec": s}, "slept %S%"),
        "A": (
            "imanage",
            {"workspace": "HAR-0117", "folder": "Filings/MSJ", "list": True},
            "HAR-0117 / Filings/MSJ  (15 items)\n  MSJ_Brief_v7.docx  v7  R. Okoro  2026-12-03\n  Ex01_Contract.pdf ... Ex14_Deposition_Vance.pdf\n  Ex09_Medical_ORIGINAL.pdf (restricted)  Ex09_Medical_REDACTED.pdf\nlisted %TS%",
        ),
        "nA": "Brief v7 plus 14 exhibits; Exhibit 9 exists in original and redacted form.",
        "B": (
            "court_docket",
            {"court": "marion-superior", "case": "2026-CV-04417", "view": "deadlines"},
            "2026-CV-04417 Harlow v. Pinecrest Logistics LLC - Judge T. Aldana, Civil 3\nDeadline: dispositive motions 2026-12-08 17:00\nLocal rule 5.2: exhibits filed as separate attachments, text-searchable, max 35 MB each\n(fetched %HM%)",
        ),
        "nB": "Tuesday 17:00, and LR 5.2 confirms separate searchable exhibits under 35 MB.",
        "C": (
            "pdf_tools",
            {"op": "inspect", "files": "HAR-0117/Filings/MSJ/Ex*.pdf"},
            "14 files inspected\n  Ex04_Shipping_Logs.pdf  62 pp  text layer: NONE\n  Ex11_Dispatch_Video_Stills.pdf  41.3 MB\n  others: searchable, < 35 MB",
        ),
        "nC": "Exhibit 4 has no text layer and Exhibit 11 is 41.3 MB; the rest pass.",
        "rep": [
            "Listing the folder once more.",
            "Checking the MSJ folder again.",
            "Another listing to be sure.",
            "I'll list the folder again before I build the envelope.",
        ],
        "fv": {
            "tool": "efile",
            "variants": [
                {
                    "op": "create_envelope",
                    "court": "marion-superior",
                    "case": "2026-CV-04417",
                    "filing": "Motion for Summary Judgment",
                },
                {
                    "op": "create_envelope",
                    "court": "marion-superior",
                    "case": "2026-cv-04417",
                    "filing": "Motion for Summary Judgment",
                },
                {
                    "op": "create_envelope",
                    "court": "marion-superior",
                    "case": "2026CV04417",
                    "filing": "Motion for Summary Judgment",
                },
                {
                    "op": "create_envelope",
                    "court": "Marion-Superior",
                    "case": "2026-CV-04417",
                    "filing": "Motion for Summary Judgment",
                    "lead": True,
                },
            ],
            "err": "ERR 1107: filing code 'Motion for Summary Judgment' is not valid for case category CV-Civil in this court; use a code from /codes/filing (e.g. MSJ-CIV). tx %RID%",
            "lines": [
                "Creating the filing envelope.",
                "Rejected. Lower-casing the case number.",
                "Without the dashes.",
                "Capitalising the court and marking it as lead document.",
                "Still ERR 1107. I'll try the case number with the court prefix.",
            ],
        },
        "vr": {
            "tool": "efile",
            "args": env,
            "fail": "VALIDATION FAILED (%ID8%, %TS%)\n  attachment 5 (Ex04): no text layer - LR 5.2\n  attachment 12 (Ex11): 41.3 MB exceeds 35 MB\n2 errors, envelope not submittable",
            "lines": [
                "Validating the envelope.",
                "Two errors. The portal may still be scanning the uploads - validating again.",
                "Same two. Once more.",
                "Possibly a caching issue on their side. Again.",
                "Ex04 and Ex11 still fail. I'll validate again after their scan queue clears.",
            ],
        },
        "cur": {
            "tool": "court_docket",
            "args": [
                {"court": "marion-superior", "case": "2026-CV-04417", "view": "entries"},
                {
                    "court": "marion-superior",
                    "case": "2026-CV-04417",
                    "view": "entries",
                    "start": 21,
                },
                {
                    "court": "marion-superior",
                    "case": "2026-CV-04417",
                    "view": "entries",
                    "start": 41,
                },
                {
                    "court": "marion-superior",
                    "case": "2026-CV-04417",
                    "view": "entries",
                    "start": 61,
                },
            ],
            "obs": "entries 1-20 of 57\n  #1 2026-02-17 Complaint | #2 Summons issued | #3 Appearance (Okoro) | ... #20 Order on motion to compel\ncontinuation: eyJvZmYiOjIwfQ  ('start' is not a parameter of this endpoint)",
            "lines": [
                "Reading the docket for any order that changes the exhibit rules.",
                "Entries 1 to 20. Next set.",
                "Complaint through the order to compel again; continuing.",
                "Another 20. One more for the latest entries.",
                "I haven't reached the recent entries yet. I'll request from entry 81 and read back.",
            ],
        },
        "tr": {
            "tool": "pdf_tools",
            "args": [
                {"op": "text", "file": "HAR-0117/Filings/MSJ/MSJ_Brief_v7.pdf"},
                {"op": "text", "file": "HAR-0117/Filings/MSJ/MSJ_Brief_v7.pdf"},
                {"op": "text", "file": "HAR-0117/Filings/MSJ/MSJ_Brief_v7.pdf", "layout": True},
                {"op": "text", "file": "HAR-0117/Filings/MSJ/MSJ_Brief_v7.pdf"},
            ],
            "obs": "DEFENDANT PINECREST LOGISTICS LLC'S MOTION FOR SUMMARY JUDGMENT\nI. INTRODUCTION\nPlaintiff's claim fails because ... (see Ex. 3, Ex. 7)\n[truncated after 5,000 of 48,210 characters]",
            "lines": [
                "Extracting the brief's text to check every exhibit it cites.",
                "It cuts off in the introduction. Extracting again.",
                "Same cut. With layout on.",
                "Layout gave the same 5,000 characters. Again.",
                "I still only have the introduction. I'll extract the text again and check the citations.",
            ],
        },
        "wt": {
            "edit": (
                "pdf_tools",
                [
                    {
                        "op": "redact",
                        "file": "HAR-0117/Filings/MSJ/Ex09_Medical_REDACTED.pdf",
                        "page": 3,
                        "pattern": "SSN",
                    },
                    {
                        "op": "redact",
                        "file": "HAR-0117/Filings/MSJ/Ex09_Medical_REDACTED.pdf",
                        "page": 3,
                        "pattern": "\\d{3}-\\d{2}-\\d{4}",
                    },
                    {
                        "op": "redact",
                        "file": "HAR-0117/Filings/MSJ/Ex09_Medical_REDACTED.pdf",
                        "pages": "1-6",
                        "pattern": "\\d{3}-\\d{2}-\\d{4}",
                        "burn_in": True,
                    },
                ],
                "redaction applied, saved as new iManage version of Ex09_Medical_REDACTED.pdf",
            ),
            "check": (
                "efile",
                env,
                "VALIDATION FAILED (%ID8%)\n  attachment 10 (Ex09): pattern resembling SSN on page 3 (public filing)\n  note: attachment 10 is the copy uploaded 2026-12-04 10:12; later versions in your DMS are not in this envelope",
            ),
            "lines": [
                "The redacted Exhibit 9 still shows an SSN on page 3. Redacting it.",
                "Validator still sees it. Redacting by pattern.",
                "Same error. Burning in redactions across pages 1-6.",
                "Page 3 still fails. I'll run the redaction once more at a higher OCR setting.",
            ],
        },
        "ooo": {
            "send": (
                mail,
                [
                    {
                        "to": "d.okoro@bramwellhale.example",
                        "subject": "Harlow MSJ - sign-off on Ex. 9 redactions",
                        "body": "Can you approve the Ex. 9 redaction set before I file? Deadline Tue 5 pm.",
                    },
                    {
                        "to": "d.okoro@bramwellhale.example",
                        "subject": "RE: Harlow MSJ - sign-off on Ex. 9 redactions",
                        "body": "Following up - need your OK on Ex. 9 today.",
                    },
                    {
                        "to": "d.okoro@bramwellhale.example",
                        "subject": "RE: Harlow MSJ - Ex. 9 (urgent)",
                        "body": "Sorry to chase. Filing is blocked on this.",
                    },
                ],
                "sent %ID8%\nAuto-reply: Dana Okoro is in trial (Harlan County) through 9 December and not reading email. For Harlow filings please contact Marcus Lee, who has signing authority in my absence.",
            ),
            "inbox": (
                mail,
                {"box": "inbox", "from": "d.okoro"},
                "inbox: nothing new from d.okoro (%HM%)",
            ),
            "waits": [420, 900],
            "lines": [
                "Asking Dana to sign off on the Exhibit 9 redactions.",
                "Giving Dana time to answer.",
                "No answer. Following up.",
                "Still nothing. Marking it urgent.",
                "I'll wait for Dana a bit longer and then chase again.",
            ],
        },
        "rs": [
            "Let me start with the filing set in iManage.",
            "Then the docket for deadlines and the local rule.",
            "And then inspect the exhibits.",
            "Good - I'll begin by listing the MSJ folder so I have the full set in front of me.",
        ],
        "dry": {
            "tool": "efile",
            "args": [
                {"op": "submit", "envelope": "ENV-8841207", "validate_only": True},
                {
                    "op": "submit",
                    "envelope": "ENV-8841207",
                    "validate_only": True,
                    "show_fees": True,
                },
                {
                    "op": "submit",
                    "envelope": "ENV-8841207",
                    "validate_only": True,
                    "show_service": True,
                },
                {"op": "submit", "envelope": "ENV-8841207", "validate_only": True},
            ],
            "obs": "VALIDATE ONLY %ID8%: envelope ENV-8841207 OK\n  lead: MSJ-CIV brief (31 pp)  attachments: 14  fee $0.00 (motion)\n  service: 2 contacts (Whitford & Ames)\nnot submitted",
            "lines": [
                "Dry-running the submission.",
                "Validates. Again with fees shown.",
                "No fee. Checking service once more.",
                "Both service contacts present. Another validate-only pass.",
                "Clean every time. I'll do one more validate-only run before submitting.",
            ],
        },
        "click": {
            "tool": "browser",
            "args": [
                {"action": "click", "selector": "#btnSubmitFiling"},
                {"action": "click", "text": "Submit Filing"},
                {"action": "click", "selector": "#btnSubmitFiling", "scroll_into_view": True},
                {"action": "dblclick", "selector": "#btnSubmitFiling"},
            ],
            "obs": "eFile Marion > Envelope ENV-8841207 > Review\nPayment account: -- select -- (required)\n[Submit Filing] (disabled)\nURL unchanged: /envelope/8841207/review",
            "lines": [
                "Envelope reviewed in the court portal. Submitting.",
                "No response from the portal. Clicking the label.",
                "Scrolling it into view first.",
                "Double-clicking.",
                "It won't submit. I'll refresh the review page and click Submit Filing again.",
            ],
        },
        "crj": {
            "start": (
                "pdf_tools",
                {"op": "ocr", "file": "HAR-0117/Filings/MSJ/Ex04_Shipping_Logs.pdf"},
                "OCR task ocr-%N5% started %HM%",
            ),
            "status": (
                "pdf_tools",
                {"op": "task_status", "file": "HAR-0117/Filings/MSJ/Ex04_Shipping_Logs.pdf"},
                "ocr RUNNING page %PCT% of 62 (%PCT%%)",
            ),
            "restart": (
                "pdf_tools",
                [
                    {
                        "op": "ocr",
                        "file": "HAR-0117/Filings/MSJ/Ex04_Shipping_Logs.pdf",
                        "restart": True,
                    },
                    {
                        "op": "ocr",
                        "file": "HAR-0117/Filings/MSJ/Ex04_Shipping_Logs.pdf",
                        "restart": True,
                        "engine": "fast",
                    },
                ],
                "previous task cancelled; OCR task ocr-%N5% started %HM%",
            ),
            "wait": 90,
            "lines": [
                "Running OCR on Exhibit 4.",
                "A few pages in ninety seconds. Restarting it.",
                "Still crawling. Restarting with the fast engine.",
                "Just a few pages again. I'll restart once more after lunch.",
            ],
        },
        "att": {
            "send": (
                mail,
                [
                    {
                        "to": "m.lee@bramwellhale.example",
                        "subject": "Harlow MSJ filing set for review",
                        "body": "Marcus - the final filing set is attached for your review.",
                        "attachments": [],
                    },
                    {
                        "to": "m.lee@bramwellhale.example",
                        "subject": "RE: Harlow MSJ filing set for review",
                        "body": "Here it is again.",
                        "attachments": [],
                    },
                    {
                        "to": "m.lee@bramwellhale.example",
                        "subject": "RE: Harlow MSJ filing set for review",
                        "body": "Re-attached.",
                        "attachments": [],
                    },
                ],
                "sent %ID8%  attachments: none",
            ),
            "inbox": (
                mail,
                {"box": "inbox", "from": "m.lee"},
                [
                    "m.lee (%HM%): 'Nothing attached - can you send the iManage link?'",
                    "m.lee (%HM%): 'Still no attachment. Link is fine.'",
                ],
            ),
            "wait": 300,
            "lines": [
                "Sending Marcus the filing set to review.",
                "He got no attachment. Sending again.",
                "Resending.",
                "I'll send it again and ask Marcus to reply when it arrives.",
            ],
        },
        "pages": {
            "tool": "court_docket",
            "args": [
                {"court": "marion-superior", "case": "2026-CV-04417", "view": "entries"},
                {
                    "court": "marion-superior",
                    "case": "2026-CV-04417",
                    "view": "entries",
                    "continuation": "eyJvZmYiOjIwfQ",
                },
                {
                    "court": "marion-superior",
                    "case": "2026-CV-04417",
                    "view": "entries",
                    "continuation": "eyJvZmYiOjQwfQ",
                },
                {
                    "court": "marion-superior",
                    "case": "2026-CV-04417",
                    "view": "entries",
                    "continuation": "eyJvZmYiOjU3fQ",
                },
            ],
            "obs": [
                "entries 1-20 of 57: complaint to order on motion to compel (2026-06-30)\ncontinuation: eyJvZmYiOjIwfQ",
                "entries 21-40 of 57: discovery disputes, #33 stipulated protective order (2026-08-12)\ncontinuation: eyJvZmYiOjQwfQ",
                "entries 41-57 of 57: #52 order: medical records to be filed under seal with public redacted copy (2026-11-03)\ncontinuation: eyJvZmYiOjU3fQ",
                "entries: none after 57",
            ],
            "notes": [
                "First 20 up to the order compelling discovery.",
                "#33 is the protective order.",
                "#52 orders medical records under seal with a redacted public copy.",
                "That's the whole docket.",
            ],
            "line": "Reading the docket in pages for orders that affect the exhibits.",
            "end": "57 entries; #52 means Exhibit 9 goes in twice: sealed original, public redacted.",
        },
        "typo": {
            "bad": (
                "imanage",
                {"workspace": "HAR-0171", "folder": "Filings/MSJ", "list": True},
                "workspace HAR-0171 not found or no access",
            ),
            "good": (
                "imanage",
                {"workspace": "HAR-0117", "folder": "Filings/MSJ", "list": True},
                "HAR-0117 / Filings/MSJ  (15 items): MSJ_Brief_v7.docx, Ex01..Ex14, Ex09 original + redacted",
            ),
            "lines": ["Typed HAR-0171; the workspace is HAR-0117.", "15 items, as expected."],
        },
        "job": {
            "start": (
                "efile",
                {"op": "submit", "envelope": "ENV-8841207"},
                "submitted: envelope ENV-8841207 at %HM%, status SUBMITTED",
            ),
            "status": ("efile", {"op": "status", "envelope": "ENV-8841207"}),
            "states": [
                "ENV-8841207: RECEIVED by court, in clerk queue (position 14)",
                "ENV-8841207: UNDER REVIEW by clerk J. Pratt",
                "ENV-8841207: ACCEPTED, file-stamped 2026-12-05, docket #61",
            ],
            "waits": [300, 600, 900],
            "notes": [
                "Submitted.",
                "Received, 14th in the clerk queue.",
                "A clerk is reviewing it.",
                "Accepted and file-stamped as docket 61.",
            ],
            "resume": "The envelope went in this morning; checking where the clerk is.",
        },
        "batch": {
            "tool": "efile",
            "items": [
                {
                    "op": "add_attachment",
                    "envelope": "ENV-8841207",
                    "file": f"HAR-0117/Filings/MSJ/{f}",
                    "doc_type": "EXH",
                }
                for f in (
                    "Ex01_Contract.pdf",
                    "Ex02_Amendment.pdf",
                    "Ex03_Email_Chain.pdf",
                    "Ex05_Invoices.pdf",
                    "Ex06_Policy_Manual.pdf",
                )
            ],
            "obs": [
                f"attachment added: {f} (EXH), searchable, %MS% KB"
                for f in (
                    "Ex01_Contract.pdf",
                    "Ex02_Amendment.pdf",
                    "Ex03_Email_Chain.pdf",
                    "Ex05_Invoices.pdf",
                    "Ex06_Policy_Manual.pdf",
                )
            ],
            "line": "Attaching the first clean exhibits to the envelope.",
            "end": "Exhibits 1, 2, 3, 5 and 6 attached.",
        },
        "synth": {
            "line": "In short: 14 exhibits, two fail LR 5.2 (Ex04 no text, Ex11 too big), and Exhibit 9 must be split per order #52.",
            "q": "How do we handle Exhibit 11 if it can't get under 35 MB?",
            "a": "Split it into 11A and 11B at the page break between the two camera feeds; LR 5.2 allows parts if each is labelled. Both halves come in around 21 MB.",
        },
        "edits": {
            "check": ("efile", env),
            "fails": [
                "VALIDATION FAILED (%ID8%)\n  Ex04: no text layer\n  Ex11: 41.3 MB > 35 MB\n  Ex09: public copy missing (order #52)\n3 errors",
                "VALIDATION FAILED (%ID8%)\n  Ex11: 41.3 MB > 35 MB\n  Ex09: public copy missing (order #52)\n2 errors",
                "VALIDATION FAILED (%ID8%)\n  Ex09: public copy missing (order #52)\n1 error",
                "VALIDATION OK (%ID8%): 16 attachments, ready to submit",
            ],
            "edits": [
                (
                    "pdf_tools",
                    {
                        "op": "ocr",
                        "file": "HAR-0117/Filings/MSJ/Ex04_Shipping_Logs.pdf",
                        "replace_in_envelope": "ENV-8841207",
                    },
                    "OCR complete, 62 pp searchable; envelope attachment replaced",
                    "Ex04 first: OCR and swap it in.",
                ),
                (
                    "pdf_tools",
                    {
                        "op": "split",
                        "file": "HAR-0117/Filings/MSJ/Ex11_Dispatch_Video_Stills.pdf",
                        "at_page": 48,
                        "names": ["Ex11A", "Ex11B"],
                        "replace_in_envelope": "ENV-8841207",
                    },
                    "split into Ex11A (21.0 MB) and Ex11B (20.3 MB); envelope updated",
                    "Splitting Ex11 at page 48.",
                ),
                (
                    "efile",
                    {
                        "op": "add_attachment",
                        "envelope": "ENV-8841207",
                        "file": "HAR-0117/Filings/MSJ/Ex09_Medical_REDACTED.pdf",
                        "doc_type": "EXH-PUBLIC",
                    },
                    "attachment added: Ex09 public redacted copy",
                    "Adding Exhibit 9's public redacted copy.",
                ),
            ],
            "end": "Envelope validates with 16 attachments.",
        },
        "ucm": {
            "write": (
                "efile",
                {
                    "op": "set_service",
                    "envelope": "ENV-8841207",
                    "contacts": ["Whitford & Ames (P. Whitford)"],
                },
                "service list: 1 contact",
            ),
            "line": "Setting e-service to plaintiff's counsel.",
            "note": "Service set to Whitford & Ames.",
            "changes": [
                (
                    "Renata: add the co-defendant's counsel too, Grayson LLP.",
                    "efile",
                    {
                        "op": "set_service",
                        "envelope": "ENV-8841207",
                        "contacts": ["Whitford & Ames (P. Whitford)", "Grayson LLP (K. Ibe)"],
                    },
                    "service list: 2 contacts",
                    "Adding Grayson LLP.",
                    "Two service contacts now.",
                ),
                (
                    "Renata: sorry - Grayson withdrew last week, drop them and add their successor, Tan & Ruiz.",
                    "efile",
                    {
                        "op": "set_service",
                        "envelope": "ENV-8841207",
                        "contacts": ["Whitford & Ames (P. Whitford)", "Tan & Ruiz (L. Tan)"],
                    },
                    "service list: 2 contacts (Grayson LLP removed)",
                    "Swapping Grayson for Tan & Ruiz.",
                    "Service: Whitford & Ames and Tan & Ruiz.",
                ),
            ],
        },
        "sr": {
            "wl": "Searching the brief's folder for the judge's standing order on exhibits.",
            "wrong": (
                "imanage",
                {"workspace": "HAR-0117", "folder": "Filings/MSJ", "query": "standing order"},
                "0 results in Filings/MSJ",
            ),
            "wn": "Not in the filing folder.",
            "hint": "Renata: court orders are under Correspondence/Court, not Filings.",
            "hl": "Searching Correspondence/Court.",
            "self": "Court orders would be filed with correspondence rather than our drafts; searching there.",
            "right": (
                "imanage",
                {
                    "workspace": "HAR-0117",
                    "folder": "Correspondence/Court",
                    "query": "standing order",
                },
                "1 result: Aldana_Standing_Order_Civil3.pdf (2026-01-12)",
            ),
            "rn": "Judge Aldana's standing order is there.",
            "read": (
                "pdf_tools",
                {
                    "op": "text",
                    "file": "HAR-0117/Correspondence/Court/Aldana_Standing_Order_Civil3.pdf",
                    "pages": "2",
                },
                "4. Exhibits: tab each exhibit by letter in the filing index; courtesy copies of any motion over 25 pages to chambers within 2 days; deposition excerpts must include the cover page.",
            ),
            "readn": "We need a lettered exhibit index, chambers copies (the brief is 31 pages) and the cover page on Ex14's deposition excerpt.",
        },
        "rc": {
            "msg": "Renata: Marcus just uploaded a new Exhibit 14 with the deposition cover page. Look at the folder again.",
            "line": "Listing the folder again.",
            "A2": "HAR-0117 / Filings/MSJ  (15 items)\n  Ex14_Deposition_Vance.pdf  v2  M. Lee  %DATE%  (+cover page)\n  Ex09_Medical_ORIGINAL.pdf (restricted)  Ex09_Medical_REDACTED.pdf\nlisted %TS%",
            "note": "Exhibit 14 is now v2 with the cover page.",
            "act": (
                "efile",
                {
                    "op": "replace_attachment",
                    "envelope": "ENV-8841207",
                    "slot": 15,
                    "file": "HAR-0117/Filings/MSJ/Ex14_Deposition_Vance.pdf",
                    "version": 2,
                },
                "attachment 15 replaced with v2",
            ),
            "actn": "Swapped v2 into the envelope.",
        },
        "fl": {
            "call": (
                "efile",
                {
                    "op": "upload",
                    "envelope": "ENV-8841207",
                    "file": "HAR-0117/Filings/MSJ/MSJ_Brief_v7.pdf",
                },
            ),
            "err": "504 Gateway Timeout (efm upstream) tx %RID%",
            "ok": "uploaded MSJ_Brief_v7.pdf as lead document, 31 pp, searchable",
            "now": "A gateway timeout from the filing manager. Retrying the upload.",
            "later": "504 from the filing manager. Giving it a minute.",
            "wait": 60,
            "okn": "Brief uploaded as lead document.",
        },
        "pv": {
            "pv1": "VALIDATE ONLY %ID8%: envelope ENV-8841207 OK\n  lead: MSJ-CIV brief (31 pp)  attachments: 14\n  WARNING attachment 10 = Ex09_Medical_ORIGINAL.pdf, security: PUBLIC\nnot submitted",
            "fixl": "Attachment 10 is the original medical file marked public. Replacing it with the redacted copy and adding the original as sealed.",
            "fix": (
                "efile",
                {
                    "op": "replace_attachment",
                    "envelope": "ENV-8841207",
                    "slot": 10,
                    "file": "HAR-0117/Filings/MSJ/Ex09_Medical_REDACTED.pdf",
                    "security": "PUBLIC",
                    "add_sealed": "HAR-0117/Filings/MSJ/Ex09_Medical_ORIGINAL.pdf",
                },
                "slot 10 replaced (redacted, public); sealed attachment 16 added",
            ),
            "fixn": "Swapped. Validating again.",
            "pv2": "VALIDATE ONLY %ID8%: envelope ENV-8841207 OK\n  lead: MSJ-CIV brief (31 pp)  attachments: 15 (1 sealed)\n  attachment 10 = Ex09_Medical_REDACTED.pdf PUBLIC; 16 = Ex09 original SEALED\nnot submitted",
            "pvn": "Redacted copy public, original sealed. Submitting.",
            "apply": (
                "efile",
                {"op": "submit", "envelope": "ENV-8841207"},
                "submitted: envelope ENV-8841207 at %HM%, status SUBMITTED",
            ),
            "applyn": "Submitted to the clerk.",
        },
        "cv": {
            "line": "Dana's in trial through the 9th and names Marcus Lee for Harlow filings. Asking him.",
            "send": (
                mail,
                {
                    "to": "m.lee@bramwellhale.example",
                    "subject": "Harlow MSJ - sign-off on Ex. 9 redactions",
                    "body": "Dana's auto-reply points to you. Can you approve the Ex. 9 redactions (iManage v3) before Tue 5 pm?",
                },
                "sent %ID8%",
            ),
            "wait": 900,
            "inbox": (
                mail,
                {"box": "inbox", "from": "m.lee"},
                "m.lee (%HM%): 'Approved v3. Also redact the date of birth on p.5 before filing.'",
            ),
            "repn": "Marcus approves v3 with one more redaction: the birth date on page 5.",
            "act": (
                "pdf_tools",
                {
                    "op": "redact",
                    "file": "HAR-0117/Filings/MSJ/Ex09_Medical_REDACTED.pdf",
                    "page": 5,
                    "pattern": "DOB",
                    "burn_in": True,
                },
                "redaction applied, saved as v4",
            ),
            "actn": "Page 5 redacted, v4 saved for the envelope.",
        },
    }


def injection_mold_scrap() -> D:
    cont = {"report": "containment_check", "ncr": "NCR-26-0918"}
    chat = "teams"
    return {
        "name": "injection_mold_scrap",
        "task": "Gustavo, plant quality. Press 14 running mold M-2207 (door-panel clip, PA66-GF30) went from under 1% short shots to about 6% since Sunday night. Contain it, find the cause, raise the NCR and, if it's the resin, a SCAR to Verdant Polymers. Lot Q-1411 is on quality hold - none of it ships until it's sorted. And no process changes outside the validated window without an engineering change.",
        "openers": [
            "Pulling press 14's scrap by defect from the MES first.",
            "I'll start with the MES scrap breakdown for press 14.",
            "First the defect Pareto for press 14 out of the MES.",
        ],
        "acks": [
            "Copy that, Gustavo. Q-1411 stays on hold.",
            "Understood - contain, root-cause, NCR, and SCAR if it's the resin.",
            "Okay. I'll stay inside the validated window.",
        ],
        "pings": [
            "Gustavo: shipping's asking about Q-1411 for the Friday truck. Where are we?",
            "Gustavo here - plant manager wants an update on press 14.",
        ],
        "pongs": ["Working it, Gustavo.", "Nearly done, Gustavo."],
        "wait": ("delay", lambda s: {"seconds": s}, "delay %S%s done"),
        "A": (
            "mes",
            {"query": "scrap_by_defect", "press": 14, "mold": "M-2207", "days": 7},
            "day        shots   short_shot  flash  sink  total%\n11-29      38,410  0.7%        0.2%   0.1%  1.0%\n11-30      37,980  4.9%        0.2%   0.1%  5.2%\n12-01..04  avg     6.3%        0.3%   0.1%  6.7%\n(mes q%ID8%, %MS% ms)",
        ),
        "nA": "Short shots jumped on 30 November, from 0.7% to about 6%; flash and sink are flat.",
        "B": (
            "mes",
            {"query": "material_genealogy", "press": 14, "from": "2026-11-28"},
            "2026-11-30 22:14  resin lot change  R-55102 -> R-55310 (Verdant Polymers PA66-GF30)\n2026-11-30 22:40  dryer D-5 refill\nno mold or parameter changes logged",
        ),
        "nB": "A resin lot change to R-55310 at 22:14 on the 30th, nothing else changed.",
        "C": (
            "supplier_portal",
            {"supplier": "verdant", "doc": "COA", "lot": "R-55310"},
            "COA R-55310  PA66-GF30 black\n  glass content 30.4% (29-31)  MFI 18.2 g/10min (15-22)\n  moisture as shipped 0.28%  (spec <= 0.20%)  ** OOS **\n  signed QA Verdant 2026-11-21",
        ),
        "nC": "The COA itself shows moisture 0.28% against a 0.20% limit - shipped out of spec.",
        "rep": [
            "Re-pulling the scrap data.",
            "Checking the Pareto again.",
            "One more pull of the scrap numbers.",
            "I'll refresh the scrap report again before I write the NCR.",
        ],
        "fv": {
            "tool": "qms",
            "variants": [
                {
                    "op": "create_ncr",
                    "part": "CLIP-2207",
                    "qty_suspect": 12400,
                    "defect": "short shot",
                },
                {
                    "op": "create_ncr",
                    "part": "clip-2207",
                    "qty_suspect": 12400,
                    "defect": "short shot",
                },
                {
                    "op": "create_ncr",
                    "part": "CLIP2207",
                    "qty_suspect": 12400,
                    "defect": "short shot",
                },
                {
                    "op": "create_ncr",
                    "part": "CLIP-2207 ",
                    "qty_suspect": 12400,
                    "defect": "short_shot",
                    "press": 14,
                },
            ],
            "err": "E-ITEM-404: part must be an item-master number (7 digits, e.g. 4410087); 'CLIP-2207' is a mold nickname. No NCR created. (ref %RID%)",
            "lines": [
                "Opening the NCR for the suspect clips.",
                "Item not found. Lower case.",
                "Dropping the hyphen.",
                "Adding the press number.",
                "Still E-ITEM-404. I'll try the mold number with the revision suffix.",
            ],
        },
        "vr": {
            "tool": "mes",
            "args": cont,
            "fail": "CONTAINMENT CHECK %ID8% @ %TS%: NOT CONTAINED\n  - 312 pcs of Q-1411 in WIP lane 3 without HOLD tag\n  - press 14 still loading lot R-55310 from dryer D-5\n",
            "lines": [
                "Running the containment check.",
                "Two gaps. The scanner data may be late; checking again.",
                "Same two. Once more.",
                "Tags get scanned in batches. Again.",
                "Still not contained. I'll rerun the check at the end of the shift.",
            ],
        },
        "cur": {
            "tool": "mes",
            "args": [
                {"query": "event_log", "press": 14, "limit": 50},
                {"query": "event_log", "press": 14, "limit": 50, "page": 2},
                {"query": "event_log", "press": 14, "limit": 50, "page": 3},
                {"query": "event_log", "press": 14, "limit": 50, "page": 4},
            ],
            "obs": "event_log press 14 (50 rows, newest first)\n  12-05 06:58 cycle alarm: cushion low\n  12-05 06:41 cycle alarm: cushion low\n  ... 48 more\nmore: after_id=ev_88113092   (param 'page' not recognised)",
            "lines": [
                "Paging the press event log back to Sunday.",
                "Newest 50, all cushion-low alarms this morning. Older page.",
                "Cushion alarms again from 06:58. Keep going.",
                "Another 50. One more should reach Sunday night.",
                "Still this morning's alarms. I'll ask for page 5 to get to the lot change.",
            ],
        },
        "tr": {
            "tool": "spc",
            "args": [
                {
                    "export": "raw",
                    "characteristic": "shot_weight",
                    "press": 14,
                    "since": "2026-11-29",
                },
                {
                    "export": "raw",
                    "characteristic": "shot_weight",
                    "press": 14,
                    "since": "2026-11-29",
                },
                {
                    "export": "raw",
                    "characteristic": "shot_weight",
                    "press": 14,
                    "since": "2026-11-29",
                    "precision": 3,
                },
                {
                    "export": "raw",
                    "characteristic": "shot_weight",
                    "press": 14,
                    "since": "2026-11-29",
                },
            ],
            "obs": "ts,shot_weight_g,cushion_mm\n2026-11-29T00:00:11,18.42,6.1\n2026-11-29T00:00:43,18.44,6.0\n...\n<<export truncated: 3,000 of 211,664 rows returned>>",
            "lines": [
                "Exporting shot weights since the 29th to compare before and after the lot change.",
                "Only the first 3,000 rows, all from the 29th. Exporting again.",
                "Same 3,000. With three decimals.",
                "Still truncated at the 29th. Once more.",
                "I don't have data past the lot change yet. I'll export it again.",
            ],
        },
        "wt": {
            "edit": (
                "mes",
                [
                    {"command": "dryer_setpoint", "dryer": "D-3", "temp_c": 80, "hours": 4},
                    {"command": "dryer_setpoint", "dryer": "D-3", "temp_c": 80, "hours": 5},
                    {
                        "command": "dryer_setpoint",
                        "dryer": "D-3",
                        "temp_c": 80,
                        "hours": 6,
                        "dew_point_c": -40,
                    },
                ],
                "dryer D-3 setpoint accepted (within validated window) at %HM%",
            ),
            "check": (
                "mes",
                {"query": "hopper_moisture", "press": 14},
                "press 14 hopper moisture 0.27% (limit 0.20%)  feed: dryer D-5  sampled %HM%",
            ),
            "lines": [
                "Resin's wet. Raising dryer residence to four hours.",
                "Hopper still reads 0.27%. Five hours.",
                "No change. Six hours with a -40 C dew point.",
                "Moisture hasn't moved at all. I'll give the dryer another hour and push residence again.",
            ],
        },
        "ooo": {
            "send": (
                chat,
                [
                    {
                        "to": "lena.fischer@verdant-polymers.example",
                        "text": "Lena - COA for R-55310 shows 0.28% moisture (spec 0.20%) and our press 14 scrap went to 6%. Can you confirm and advise?",
                    },
                    {
                        "to": "lena.fischer@verdant-polymers.example",
                        "text": "Hi Lena, following up on R-55310 - need your input today.",
                    },
                    {
                        "to": "lena.fischer@verdant-polymers.example",
                        "text": "Lena, urgent please: we have a hold on 12k parts.",
                    },
                ],
                "delivered %ID8%\nLena Fischer (status: Out of office) - On parental leave until 2 January. For supplier quality issues contact Omar Haddad (omar.haddad@verdant-polymers.example) or supplier.quality@verdant-polymers.example.",
            ),
            "inbox": (
                chat,
                {"chat": "lena.fischer@verdant-polymers.example", "unread": True},
                "no unread messages (%HM%)",
            ),
            "waits": [600, 1200],
            "lines": [
                "Messaging Verdant's supplier quality engineer about the COA.",
                "Waiting for her reply.",
                "Nothing. Following up.",
                "Still no reply. Marking it urgent.",
                "I'll ping Lena again in half an hour.",
            ],
        },
        "rs": [
            "Let me start with press 14's scrap by defect.",
            "Then the material genealogy around the jump.",
            "And the COA for the new lot.",
            "Right - starting from the scrap Pareto again so the NCR has everything.",
        ],
        "dry": {
            "tool": "qms",
            "args": [
                {
                    "op": "submit_scar",
                    "supplier": "verdant",
                    "ncr": "NCR-26-0918",
                    "validate": True,
                },
                {
                    "op": "submit_scar",
                    "supplier": "verdant",
                    "ncr": "NCR-26-0918",
                    "validate": True,
                    "expand": "evidence",
                },
                {
                    "op": "submit_scar",
                    "supplier": "verdant",
                    "ncr": "NCR-26-0918",
                    "validate": True,
                    "expand": "cost",
                },
                {
                    "op": "submit_scar",
                    "supplier": "verdant",
                    "ncr": "NCR-26-0918",
                    "validate": True,
                },
            ],
            "obs": "SCAR validation %ID8%: OK (not submitted)\n  supplier: Verdant Polymers  lot R-55310  defect: moisture OOS on COA\n  evidence: COA, hopper moisture log, scrap Pareto  cost claim: $4,870\n  response due: 8D D3 in 48 h",
            "lines": [
                "Validating the SCAR before submitting.",
                "Valid. Again with evidence expanded.",
                "Evidence is all there. Checking the cost section.",
                "$4,870 claim. One more validation.",
                "Everything validates. I'll validate it once more with the 8D template attached, then submit.",
            ],
        },
        "click": {
            "tool": "browser",
            "args": [
                {"action": "click", "selector": "input#btnSubmitScar"},
                {"action": "click", "text": "Submit SCAR"},
                {"action": "click", "selector": "input#btnSubmitScar", "delay_ms": 2000},
                {"action": "click", "xpath": "//input[@value='Submit SCAR']"},
            ],
            "obs": "Verdant Supplier Portal > SCAR draft S-2026-311\nRequired: 8D form (.xlsx) - 0 files attached\n<input id=btnSubmitScar value='Submit SCAR' disabled>\nno request sent",
            "lines": [
                "SCAR filled in on Verdant's portal. Submitting.",
                "Nothing happened. Clicking by text.",
                "With a short delay.",
                "Trying an XPath.",
                "It won't go. I'll reload the draft and click Submit again.",
            ],
        },
        "crj": {
            "start": (
                "mes",
                {
                    "command": "start_sort",
                    "lot": "Q-1411",
                    "station": "vision-2",
                    "reject": "short_shot",
                },
                "sort job SRT-%N5% started %HM% on vision-2",
            ),
            "status": (
                "mes",
                {"query": "sort_status", "lot": "Q-1411"},
                "SRT running: %PCT%% of 12,400 inspected, rate 38 pcs/min",
            ),
            "restart": (
                "mes",
                [
                    {
                        "command": "start_sort",
                        "lot": "Q-1411",
                        "station": "vision-2",
                        "reject": "short_shot",
                        "cancel_running": True,
                    },
                    {
                        "command": "start_sort",
                        "lot": "Q-1411",
                        "station": "vision-1",
                        "reject": "short_shot",
                        "cancel_running": True,
                    },
                ],
                "running sort cancelled; sort job SRT-%N5% started %HM%",
            ),
            "wait": 300,
            "lines": [
                "Starting the vision sort of hold lot Q-1411.",
                "Only a few percent in five minutes. Restarting it.",
                "Still slow. Restarting on vision-1.",
                "Barely started again. I'll restart it on the other line after break.",
            ],
        },
        "att": {
            "send": (
                "outlook_mail",
                [
                    {
                        "to": "supplier.quality@verdant-polymers.example",
                        "subject": "R-55310 moisture OOS - evidence",
                        "body": "Please see the attached COA markup, hopper log and photos of the short shots.",
                        "attachments": [],
                    },
                    {
                        "to": "supplier.quality@verdant-polymers.example",
                        "subject": "RE: R-55310 moisture OOS - evidence",
                        "body": "Resending with attachments.",
                        "attachments": [],
                    },
                    {
                        "to": "supplier.quality@verdant-polymers.example",
                        "subject": "RE: R-55310 moisture OOS - evidence",
                        "body": "Attachments again.",
                        "attachments": [],
                    },
                ],
                "sent %ID8%; attachments=0",
            ),
            "inbox": (
                "outlook_mail",
                {"folder": "Inbox", "from": "supplier.quality@verdant-polymers.example"},
                [
                    "RE (%HM%) Omar Haddad: 'Thanks - but nothing was attached. Please resend the hopper log and photos.'",
                    "RE (%HM%) Omar Haddad: 'Still no files on our side.'",
                ],
            ),
            "wait": 420,
            "lines": [
                "Sending Verdant the evidence pack.",
                "They got nothing attached. Resending.",
                "Sending it to Omar's team again.",
                "I'll send it once more and ask Omar to confirm.",
            ],
        },
        "pages": {
            "tool": "mes",
            "args": [
                {"query": "event_log", "press": 14, "limit": 50},
                {"query": "event_log", "press": 14, "limit": 50, "after_id": "ev_88113092"},
                {"query": "event_log", "press": 14, "limit": 50, "after_id": "ev_88109640"},
                {"query": "event_log", "press": 14, "limit": 50, "after_id": "ev_88105517"},
            ],
            "obs": [
                "50 rows 12-05 06:58 .. 12-04 21:10: cushion low x41, mold temp ok\nmore: after_id=ev_88113092",
                "50 rows 12-04 21:06 .. 12-02 14:55: cushion low x37, hopper level low x2\nmore: after_id=ev_88109640",
                "50 rows 12-02 14:31 .. 11-30 22:51: cushion low x29, first at 11-30 22:51\nmore: after_id=ev_88105517",
                "50 rows 11-30 22:40 .. 11-29 03:12: dryer D-5 refill, lot change 22:14, cushion ok\nmore: none",
            ],
            "notes": [
                "Back to last night: cushion-low alarms throughout.",
                "Back to the 2nd, same pattern.",
                "First cushion-low alarm at 22:51 on the 30th.",
                "Before that, clean - the lot change was at 22:14.",
            ],
            "line": "Paging the event log back to Sunday night with the after_id cursor.",
            "end": "Cushion-low alarms begin 37 minutes after the lot change and never stop.",
        },
        "typo": {
            "bad": (
                "supplier_portal",
                {"supplier": "verdant", "doc": "COA", "lot": "R-53510"},
                "no COA for lot R-53510 (supplier verdant)",
            ),
            "good": (
                "supplier_portal",
                {"supplier": "verdant", "doc": "COA", "lot": "R-55310"},
                "COA R-55310: moisture 0.28% (spec <= 0.20%) OOS; other properties in spec",
            ),
            "lines": ["I swapped digits - the lot is R-55310.", "COA found; moisture out of spec."],
        },
        "job": {
            "start": (
                "mes",
                {
                    "command": "start_sort",
                    "lot": "Q-1411",
                    "station": "vision-2",
                    "reject": "short_shot",
                },
                "sort job SRT-%N5% started %HM% on vision-2",
            ),
            "status": ("mes", {"query": "sort_status", "lot": "Q-1411"}),
            "states": [
                "SRT running: 31% (3,844 of 12,400), rejects 241",
                "SRT running: 68% (8,432 of 12,400), rejects 530",
                "SRT complete: 12,400 inspected, 781 rejected (6.3%), 11,619 passed; lot split Q-1411-A (pass) / Q-1411-R (reject)",
            ],
            "waits": [1800, 1800, 2400],
            "notes": [
                "Sort started on vision-2.",
                "A third through, 241 rejects.",
                "Two thirds, 530 rejects.",
                "Sort done: 781 rejects; the pass lot still needs QA release, so it stays on hold.",
            ],
            "resume": "The vision sort was started at shift change; checking it.",
        },
        "batch": {
            "tool": "mes",
            "items": [
                {"command": "hold_tag", "container": f"CTN-{c}", "ncr": "NCR-26-0918"}
                for c in (88412, 88413, 88419, 88420, 88431)
            ],
            "obs": [
                f"container CTN-{c}: HOLD tag printed, location QH-1"
                for c in (88412, 88413, 88419, 88420, 88431)
            ],
            "line": "Tagging the five untagged WIP containers from lane 3 to the NCR.",
            "end": "All five on hold in QH-1.",
        },
        "synth": {
            "line": "Cause chain: lot R-55310 shipped at 0.28% moisture, short shots began 37 minutes after it was loaded, and dryer D-5 can't remove that much at the current residence time.",
            "q": "Do we keep running press 14 or stop it?",
            "a": "Switch press 14 back to the remaining R-55102 lot (1.8 t in stores) and quarantine R-55310; no parameter change needed, so it stays inside the validated window.",
        },
        "edits": {
            "check": ("mes", cont),
            "fails": [
                "CONTAINMENT CHECK %ID8%: NOT CONTAINED\n  - 312 pcs of Q-1411 in WIP lane 3 without HOLD tag\n  - press 14 still loading lot R-55310\n  - finished goods FG-7781 (4 cartons) from 11-30 night shift not on hold\n3 gaps",
                "CONTAINMENT CHECK %ID8%: NOT CONTAINED\n  - press 14 still loading lot R-55310\n  - finished goods FG-7781 (4 cartons) not on hold\n2 gaps",
                "CONTAINMENT CHECK %ID8%: NOT CONTAINED\n  - finished goods FG-7781 (4 cartons) not on hold\n1 gap",
                "CONTAINMENT CHECK %ID8%: CONTAINED (0 gaps)",
            ],
            "edits": [
                (
                    "mes",
                    {
                        "command": "hold_tag",
                        "location": "WIP-lane-3",
                        "lot": "Q-1411",
                        "ncr": "NCR-26-0918",
                    },
                    "312 pcs tagged HOLD",
                    "Tagging the 312 pieces in lane 3.",
                ),
                (
                    "mes",
                    {
                        "command": "material_switch",
                        "press": 14,
                        "lot": "R-55102",
                        "quarantine": "R-55310",
                    },
                    "press 14 now loading R-55102; R-55310 quarantined",
                    "Switching press 14 back to R-55102.",
                ),
                (
                    "mes",
                    {"command": "hold_tag", "fg": "FG-7781", "ncr": "NCR-26-0918"},
                    "FG-7781 4 cartons tagged HOLD",
                    "Holding the four finished-goods cartons.",
                ),
            ],
            "end": "Containment check passes with zero gaps.",
        },
        "ucm": {
            "write": (
                "qms",
                {
                    "op": "set_disposition",
                    "ncr": "NCR-26-0918",
                    "lot": "Q-1411-R",
                    "disposition": "scrap",
                },
                "NCR-26-0918 disposition: Q-1411-R -> scrap",
            ),
            "line": "Setting the sorted rejects to scrap.",
            "note": "Rejects dispositioned as scrap.",
            "changes": [
                (
                    "Gustavo: don't scrap them, regrind is allowed up to 15% on this part. Send them to regrind.",
                    "qms",
                    {
                        "op": "set_disposition",
                        "ncr": "NCR-26-0918",
                        "lot": "Q-1411-R",
                        "disposition": "regrind",
                        "max_ratio": 0.15,
                    },
                    "NCR-26-0918 disposition: Q-1411-R -> regrind (<=15%)",
                    "Changing it to regrind.",
                    "Regrind at up to 15%.",
                ),
                (
                    "Gustavo: scratch that, customer spec bans regrind for this clip. Return them to Verdant against the SCAR instead.",
                    "qms",
                    {
                        "op": "set_disposition",
                        "ncr": "NCR-26-0918",
                        "lot": "Q-1411-R",
                        "disposition": "return_to_supplier",
                        "scar": "S-2026-311",
                    },
                    "NCR-26-0918 disposition: Q-1411-R -> RTV (S-2026-311)",
                    "Switching to return-to-vendor.",
                    "Rejects go back to Verdant under S-2026-311.",
                ),
            ],
        },
        "sr": {
            "wl": "Searching the QMS for Verdant's moisture spec on this grade.",
            "wrong": (
                "qms",
                {"op": "search", "type": "NCR", "text": "PA66-GF30 moisture"},
                "0 NCRs match",
            ),
            "wn": "No past NCRs mention it.",
            "hint": "Gustavo: material specs live in the PLM under the item, not in QMS.",
            "hl": "Looking it up in the PLM.",
            "self": "Specs wouldn't be in NCRs; the material spec should be on the item in the PLM.",
            "right": (
                "plm",
                {"item": "4410087", "docs": "material_spec"},
                "MS-4410087 rev C: PA66-GF30, Verdant V-Amid 30G; moisture at press <= 0.20%; drying 80 C 4 h, dew point -30 C",
            ),
            "rn": "Spec MS-4410087 rev C is attached to the item.",
            "read": (
                "plm",
                {"doc": "MS-4410087", "rev": "C", "section": "5"},
                "5.2 Incoming resin above 0.20% moisture shall be rejected at receiving or dried per 5.3 and verified at the hopper before use. 5.3 Max drying 6 h at 80 C.",
            ),
            "readn": "R-55310 should have been rejected at receiving or dried and verified at the hopper - neither happened.",
        },
        "rc": {
            "msg": "Gustavo: maintenance swapped the desiccant beds on dryer D-5 an hour ago. Pull the scrap numbers again.",
            "line": "Re-pulling press 14's scrap.",
            "A2": "day        shots   short_shot  flash  sink  total%\n12-04      37,702  6.2%        0.3%   0.1%  6.6%\n12-05 (since 09:00) 9,114  1.1%  0.2%  0.1%  1.4%\n(mes q%ID8%, %MS% ms)",
            "note": "Since the bed swap short shots are down to 1.1%.",
            "act": (
                "qms",
                {
                    "op": "add_note",
                    "ncr": "NCR-26-0918",
                    "text": "Dryer D-5 desiccant beds replaced 12-05; short shots 1.1% since 09:00. Contributing cause: dryer capacity.",
                },
                "note added to NCR-26-0918",
            ),
            "actn": "Recorded the dryer as a contributing cause on the NCR.",
        },
        "fl": {
            "call": (
                "spc",
                {"chart": "xbar_r", "characteristic": "shot_weight", "press": 14, "days": 7},
            ),
            "err": "SPC server: 503 Service Unavailable (historian reconnecting) id %RID%",
            "ok": "X-bar 18.43 g -> 18.11 g after 11-30 22:14; 41 points below LCL; R stable",
            "now": "The historian is reconnecting. Trying again.",
            "later": "SPC's historian link is down for a moment. Waiting, then retrying.",
            "wait": 45,
            "okn": "Shot weight dropped about 0.3 g right after the lot change.",
        },
        "pv": {
            "pv1": "SCAR validation %ID8%: OK (not submitted)\n  supplier: Verdant Polymers  lot R-55102  defect: moisture OOS on COA\n  evidence: scrap Pareto\n  response due: 8D D3 in 48 h",
            "fixl": "The draft names lot R-55102 (the good one) and has only the Pareto. Fixing the lot and attaching the COA and hopper log.",
            "fix": (
                "qms",
                {
                    "op": "update_scar",
                    "ncr": "NCR-26-0918",
                    "lot": "R-55310",
                    "evidence": ["COA_R-55310.pdf", "hopper_moisture_p14.csv", "pareto_p14.png"],
                },
                "SCAR draft updated",
            ),
            "fixn": "Updated. Validating again.",
            "pv2": "SCAR validation %ID8%: OK (not submitted)\n  supplier: Verdant Polymers  lot R-55310  defect: moisture OOS on COA\n  evidence: COA, hopper moisture log, scrap Pareto\n  response due: 8D D3 in 48 h",
            "pvn": "Right lot, full evidence. Submitting.",
            "apply": (
                "qms",
                {
                    "op": "submit_scar",
                    "supplier": "verdant",
                    "ncr": "NCR-26-0918",
                    "validate": False,
                },
                "SCAR S-2026-311 submitted to Verdant, due %DATE% + 2d",
            ),
            "applyn": "SCAR S-2026-311 sent.",
        },
        "cv": {
            "line": "Lena's on leave until January; her status names Omar Haddad. Messaging him.",
            "send": (
                chat,
                {
                    "to": "omar.haddad@verdant-polymers.example",
                    "text": "Omar - Lena's status pointed me to you. R-55310 COA shows 0.28% moisture (spec 0.20%); press 14 scrap is at 6%. Can Verdant confirm?",
                },
                "delivered %ID8%",
            ),
            "wait": 900,
            "inbox": (
                chat,
                {"chat": "omar.haddad@verdant-polymers.example", "unread": True},
                "Omar Haddad (%HM%): 'Confirmed, R-55310 was packed before the bag-sealer repair. We'll ship replacement lot R-55388 (0.12%) tomorrow and credit the scrap.'",
            ),
            "repn": "Verdant confirms the lot; replacement R-55388 ships tomorrow with a credit.",
            "act": (
                "qms",
                {
                    "op": "add_note",
                    "ncr": "NCR-26-0918",
                    "text": "Verdant (O. Haddad) confirms R-55310 moisture OOS; replacement R-55388 due tomorrow; scrap credited.",
                },
                "note added to NCR-26-0918",
            ),
            "actn": "Logged on the NCR; press 14 stays on R-55102 until R-55388 arrives.",
        },
    }


def retail_cam_reconciliation() -> D:
    recon = {"report": "cam_recon", "property": "MPX01", "year": 2025}
    mail = "mailer"
    return {
        "name": "retail_cam_reconciliation",
        "task": "Joelle, property accounting. We need the 2025 CAM reconciliation for Maple Crossing (MPX01, 21 tenants) out by the 15th. Tenants paid estimates of $6.10/sf; actuals look lower, but check two things: Greenway Grocers' lease caps the admin fee at 10%, and the January snow-melt system replacement may have been coded to CAM when it's capital. Do not send any tenant statement until Priya (asset manager) approves the package, and don't touch the closed 2024 year.",
        "openers": [
            "Running the 2025 CAM recon report for MPX01 first.",
            "I'll start with the draft CAM reconciliation for Maple Crossing.",
            "First the CAM recon for MPX01, 2025.",
        ],
        "acks": [
            "Will do, Joelle. No statements before Priya signs off.",
            "Understood - admin cap and the snow-melt coding first.",
            "Okay, 2024 stays closed.",
        ],
        "pings": [
            "Joelle: Priya's asking when the Maple Crossing package is coming.",
            "Joelle - any update? Greenway's controller called again.",
        ],
        "pongs": ["Working through it, Joelle.", "Close now, Joelle."],
        "wait": ("wait_for", lambda s: {"duration_s": s}, "ok, %S%s elapsed"),
        "A": (
            "yardi",
            recon,
            "CAM RECON MPX01 2025 (draft)\n  pool expenses   $1,284,930   GLA 214,600 sf   actual $5.99/sf\n  estimates billed $6.10/sf   net due to tenants  $23,610\n  admin fee 15% applied to all tenants\n  run %ID8% %TS%",
        ),
        "nA": "Draft shows actuals of $5.99/sf against $6.10 billed, and a flat 15% admin fee on everyone.",
        "B": (
            "gl",
            {
                "property": "MPX01",
                "account": "6120-Snow Removal",
                "period": "2025-01..2025-12",
                "detail": True,
            },
            "6120 Snow Removal  2025 total $212,400\n  2025-01-17  JE-25-0142  Polar Systems  snow-melt boiler replacement  $168,000\n  other 14 entries (plowing, salt)  $44,400",
        ),
        "nB": "$168,000 of the $212,400 in snow removal is the snow-melt boiler replacement - capital, not CAM.",
        "C": (
            "lease_abstracts",
            {
                "property": "MPX01",
                "tenant": "Greenway Grocers",
                "clauses": ["CAM", "admin fee", "caps"],
            },
            "Greenway Grocers (Unit A1, 48,200 sf) lease 2019-04\n  13.4 CAM: pro rata share, excludes capital expenditures\n  13.6 Admin fee: 10% of CAM, excluding insurance and taxes\n  13.9 Controllable CAM increase capped at 5%/yr",
        ),
        "nC": "Greenway: capital excluded, admin fee 10% (not on insurance or taxes), controllables capped at 5% a year.",
        "rep": [
            "Rerunning the recon report.",
            "Let me pull the recon again.",
            "Another run of the recon to be sure.",
            "I'll run the recon once more before changing anything.",
        ],
        "fv": {
            "tool": "yardi",
            "variants": [
                {
                    "report": "cam_recon",
                    "property": "MPX01",
                    "year": 2025,
                    "exclude_je": "JE-25-0142",
                    "period": "2024-12",
                },
                {
                    "report": "cam_recon",
                    "property": "MPX01",
                    "year": 2025,
                    "exclude_je": "je-25-0142",
                    "period": "2024-12",
                },
                {
                    "report": "cam_recon",
                    "property": "mpx01",
                    "year": 2025,
                    "exclude_je": "JE250142",
                    "period": "2024-12",
                },
                {
                    "report": "cam_recon",
                    "property": "MPX01",
                    "year": "2025",
                    "exclude_je": "JE-25-0142",
                    "period": "2024-12",
                    "recalc": True,
                },
            ],
            "err": "PERIOD LOCKED: 2024-12 is in closed fiscal year 2024; adjustments must be posted in an open 2025 period. (ref %RID%)",
            "lines": [
                "Excluding the boiler journal entry from the recon.",
                "Period locked. Trying the JE in lower case.",
                "Without dashes, property lower-cased.",
                "Year as text, with a recalc.",
                "Still locked. I'll try the exclusion with the batch number instead.",
            ],
        },
        "vr": {
            "tool": "cam_checker",
            "args": {"property": "MPX01", "year": 2025, "rules": "lease"},
            "fail": "CHECK %ID8% @ %TS%: 2 lease violations\n  Greenway Grocers: admin fee 15% > cap 10% (13.6)\n  Greenway Grocers: capital item JE-25-0142 in pool (13.4)\n",
            "lines": [
                "Checking the recon against lease rules.",
                "Two violations - the checker may be reading yesterday's pool. Again.",
                "Same pair of violations. Rerunning.",
                "Possibly a cache. Once more.",
                "Still the admin cap and the capital item. I'll rerun the checker tomorrow after the nightly sync.",
            ],
        },
        "cur": {
            "tool": "yardi",
            "args": [
                {"report": "tenant_ledger", "property": "MPX01", "rows": 7},
                {"report": "tenant_ledger", "property": "MPX01", "rows": 7, "page": 2},
                {"report": "tenant_ledger", "property": "MPX01", "rows": 7, "page": 3},
                {"report": "tenant_ledger", "property": "MPX01", "rows": 7, "page": 4},
            ],
            "obs": "TENANT LEDGER MPX01 (rows 1-7 of 21)\n  A1 Greenway Grocers  48,200 sf  est paid $294,020\n  A2 Brightside Pharmacy 12,400 sf est paid $75,640\n  ... 5 more\nnext: bookmark=TL-8\n('page' ignored; use bookmark)",
            "lines": [
                "Listing what each tenant paid, seven at a time.",
                "A1 to B3. Next page.",
                "Greenway and Brightside again at the top; continuing.",
                "Seven more. Page 4 for the last tenants.",
                "I still don't have the C-block tenants. I'll request page 5 and total the list.",
            ],
        },
        "tr": {
            "tool": "gl",
            "args": [
                {
                    "property": "MPX01",
                    "account": "6000-6999",
                    "period": "2025-01..2025-12",
                    "detail": True,
                },
                {
                    "property": "MPX01",
                    "account": "6000-6999",
                    "period": "2025-01..2025-12",
                    "detail": True,
                },
                {
                    "property": "MPX01",
                    "account": "6000-6999",
                    "period": "2025-01..2025-12",
                    "detail": True,
                    "format": "wide",
                },
                {
                    "property": "MPX01",
                    "account": "6000-6999",
                    "period": "2025-01..2025-12",
                    "detail": True,
                },
            ],
            "obs": "acct  date        je           vendor             amount\n6010  2025-01-03  JE-25-0007   Keystone Janitorial  8,410.00\n6010  2025-01-31  JE-25-0121   Keystone Janitorial  8,410.00\n...\n[display limit reached: 200 of 1,906 lines]",
            "lines": [
                "Pulling every CAM expense line for 2025 to look for other capital items.",
                "200 lines, still January janitorial. Pulling it again.",
                "Same first 200. Wide format.",
                "Still capped at 200. Once more.",
                "I've only seen January. I'll run the detail again.",
            ],
        },
        "wt": {
            "edit": (
                "yardi",
                [
                    {
                        "action": "set_admin_fee",
                        "property": "MPX01",
                        "tenant": "Greenway Grocers",
                        "rate": 0.10,
                        "scenario": "WHATIF-1",
                    },
                    {
                        "action": "set_admin_fee",
                        "property": "MPX01",
                        "tenant": "Greenway Grocers",
                        "rate": 0.10,
                        "scenario": "WHATIF-1",
                        "basis": "CAM",
                    },
                    {
                        "action": "set_admin_fee",
                        "property": "MPX01",
                        "tenant": "Greenway Grocers",
                        "rate": 0.1,
                        "scenario": "WHATIF-1",
                        "basis": "CAM",
                        "exclude": ["insurance", "tax"],
                    },
                ],
                "saved to scenario WHATIF-1 (%HM%)",
            ),
            "check": (
                "cam_checker",
                {"property": "MPX01", "year": 2025, "rules": "lease"},
                "CHECK %ID8%: 1 lease violation\n  Greenway Grocers: admin fee 15% > cap 10% (13.6)\n  checked: recon ACTUAL-2025 (scenarios are not checked)",
            ),
            "lines": [
                "Setting Greenway's admin fee to 10%.",
                "Checker still says 15%. Setting it with the CAM basis.",
                "Same. Adding the insurance and tax exclusions.",
                "The violation stays. I'll set the fee again and clear the cache.",
            ],
        },
        "ooo": {
            "send": (
                mail,
                [
                    {
                        "to": "priya.raman@harborviewre.example",
                        "subject": "MPX01 2025 CAM - approval needed",
                        "body": "Package ready for your review; snow-melt boiler reclassed to capital, Greenway admin at 10%. Can you approve?",
                    },
                    {
                        "to": "priya.raman@harborviewre.example",
                        "subject": "RE: MPX01 2025 CAM - approval needed",
                        "body": "Hi Priya, following up on the approval.",
                    },
                    {
                        "to": "priya.raman@harborviewre.example",
                        "subject": "RE: MPX01 2025 CAM - approval (deadline 15th)",
                        "body": "Checking again - statements are due the 15th.",
                    },
                ],
                "queued %ID8%\n[auto-reply] Priya Raman is out of the office until 16 December. Approvals for Maple Crossing and Elm Park are delegated to Victor Andrade (victor.andrade@harborviewre.example).",
            ),
            "inbox": (
                mail,
                {"mailbox": "inbox", "sender": "priya.raman"},
                "0 unread from priya.raman at %HM%",
            ),
            "waits": [900, 1800],
            "lines": [
                "Asking Priya to approve the package.",
                "Giving her a bit.",
                "No approval yet. Reminding her.",
                "Still nothing. Flagging the deadline.",
                "I'll check for Priya's approval again this afternoon and nudge her.",
            ],
        },
        "rs": [
            "Let me begin with the recon report.",
            "Next, the snow-removal ledger.",
            "And Greenway's lease abstract.",
            "Okay - I'll begin with the recon report again so the adjustments start from the draft.",
        ],
        "dry": {
            "tool": "yardi",
            "args": [
                {
                    "action": "generate_statements",
                    "property": "MPX01",
                    "year": 2025,
                    "preview": True,
                },
                {
                    "action": "generate_statements",
                    "property": "MPX01",
                    "year": 2025,
                    "preview": True,
                    "tenant": "A1",
                },
                {
                    "action": "generate_statements",
                    "property": "MPX01",
                    "year": 2025,
                    "preview": True,
                    "sort": "balance",
                },
                {
                    "action": "generate_statements",
                    "property": "MPX01",
                    "year": 2025,
                    "preview": True,
                },
            ],
            "obs": "PREVIEW %ID8% (not posted, not sent)\n  21 statements  net credit to tenants $41,370\n  A1 Greenway Grocers credit $18,904  admin 10%\n  largest charge: C4 Lumen Nails $212",
            "lines": [
                "Previewing the tenant statements.",
                "Looks right. Previewing Greenway on its own.",
                "Greenway's credit checks out. Sorting by balance.",
                "Fine again. One more full preview.",
                "All 21 look right. I'll preview them once more with the cover letters before generating.",
            ],
        },
        "click": {
            "tool": "browser",
            "args": [
                {"action": "click", "selector": "#btnPostRecon"},
                {"action": "click", "text": "Post Reconciliation"},
                {"action": "click", "selector": "#btnPostRecon", "wait_for_idle": True},
                {"action": "click", "selector": "form#recon button.primary"},
            ],
            "obs": "Yardi > CAM Reconciliation > MPX01 2025\nAsset manager approval: NOT ATTACHED\n[Post Reconciliation] disabled (approval required)\nno change",
            "lines": [
                "Recon is ready in Yardi's screen. Posting.",
                "Nothing. Clicking by label.",
                "Waiting for the page to settle first.",
                "Trying the primary button selector.",
                "It won't post. I'll reload the screen and click Post again.",
            ],
        },
        "crj": {
            "start": (
                "yardi",
                {"action": "recalc_pools", "property": "MPX01", "year": 2025},
                "recalc job RC-%N5% started %HM%",
            ),
            "status": (
                "yardi",
                {"action": "job_status", "property": "MPX01", "job": "recalc_pools"},
                "recalc RUNNING: pool 1 of 6, %PCT%%",
            ),
            "restart": (
                "yardi",
                [
                    {
                        "action": "recalc_pools",
                        "property": "MPX01",
                        "year": 2025,
                        "cancel_running": True,
                    },
                    {
                        "action": "recalc_pools",
                        "property": "MPX01",
                        "year": 2025,
                        "cancel_running": True,
                        "threads": 4,
                    },
                ],
                "running recalc cancelled; recalc job RC-%N5% started %HM%",
            ),
            "wait": 180,
            "lines": [
                "Recalculating the expense pools with the boiler reclassed.",
                "Still on pool 1 after three minutes. Restarting it.",
                "Slow again. Restarting with four threads.",
                "Still on pool 1. I'll restart it again when the month-end jobs finish.",
            ],
        },
        "att": {
            "send": (
                mail,
                [
                    {
                        "to": "victor.andrade@harborviewre.example",
                        "subject": "MPX01 2025 CAM package",
                        "body": "Victor, the reconciliation package is attached for approval.",
                        "attachments": [],
                    },
                    {
                        "to": "victor.andrade@harborviewre.example",
                        "subject": "RE: MPX01 2025 CAM package",
                        "body": "Package attached now.",
                        "attachments": [],
                    },
                    {
                        "to": "victor.andrade@harborviewre.example",
                        "subject": "RE: MPX01 2025 CAM package",
                        "body": "Trying again with the file.",
                        "attachments": [],
                    },
                ],
                "queued %ID8% (0 attachments)",
            ),
            "inbox": (
                mail,
                {"mailbox": "inbox", "sender": "victor.andrade"},
                [
                    "victor.andrade (%HM%): 'Happy to review but there's no attachment.'",
                    "victor.andrade (%HM%): 'Still nothing attached - can you share the Yardi link?'",
                ],
            ),
            "wait": 600,
            "lines": [
                "Sending Victor the package.",
                "No attachment on his side. Resending.",
                "Sending again.",
                "I'll resend it and ask him to reply when it lands.",
            ],
        },
        "pages": {
            "tool": "yardi",
            "args": [
                {"report": "tenant_ledger", "property": "MPX01", "rows": 7},
                {"report": "tenant_ledger", "property": "MPX01", "rows": 7, "bookmark": "TL-8"},
                {"report": "tenant_ledger", "property": "MPX01", "rows": 7, "bookmark": "TL-15"},
                {"report": "tenant_ledger", "property": "MPX01", "rows": 7, "bookmark": "TL-22"},
            ],
            "obs": [
                "rows 1-7 of 21: A1 Greenway $294,020, A2 Brightside $75,640, B1-B5 $131,760 total\nnext: bookmark=TL-8",
                "rows 8-14 of 21: B6-C5 $248,070 total; C3 vacant since Aug (prorated)\nnext: bookmark=TL-15",
                "rows 15-21 of 21: C6-D4 $559,550 total incl. D1 Evergreen Fitness 22,000 sf\nnext: bookmark=TL-22",
                "no rows after 21",
            ],
            "notes": [
                "A and early B block: $501,420.",
                "Middle block $248,070, with C3 prorated.",
                "Last seven, $559,550.",
                "End of ledger.",
            ],
            "line": "Paging the tenant ledger by bookmark to total estimates paid.",
            "end": "Estimates paid total $1,309,040, which the recon needs to match.",
        },
        "typo": {
            "bad": (
                "gl",
                {"property": "MPX01", "account": "6210-Snow Removal", "period": "2025-01..2025-12"},
                "account 6210 not found in chart MPX-COA",
            ),
            "good": (
                "gl",
                {"property": "MPX01", "account": "6120-Snow Removal", "period": "2025-01..2025-12"},
                "6120 Snow Removal 2025 total $212,400 (15 entries)",
            ),
            "lines": ["Wrong account - snow removal is 6120, not 6210.", "$212,400 for the year."],
        },
        "job": {
            "start": (
                "yardi",
                {"action": "recalc_pools", "property": "MPX01", "year": 2025},
                "recalc job RC-%N5% started %HM%",
            ),
            "status": (
                "yardi",
                {"action": "job_status", "property": "MPX01", "job": "recalc_pools"},
            ),
            "states": [
                "recalc RUNNING: pool 3 of 6 (insurance), 48%",
                "recalc RUNNING: pool 6 of 6 (admin fee), 91%",
                "recalc DONE: pool $1,116,930 (-$168,000 capital), actual $5.20/sf",
            ],
            "waits": [240, 300, 180],
            "notes": [
                "Recalc started.",
                "Halfway, on insurance.",
                "On the admin-fee pool.",
                "Done: $5.20/sf with the boiler out.",
            ],
            "resume": "The pool recalc went in before lunch; checking it.",
        },
        "batch": {
            "tool": "yardi",
            "items": [
                {"action": "reclass_je", "je": j, "from": "6120", "to": "1650-Capital Improvements"}
                for j in ("JE-25-0142", "JE-25-0143", "JE-25-0188", "JE-25-0190", "JE-25-0211")
            ],
            "obs": [
                f"{j} reclassed 6120 -> 1650 in period 2025-12 (open)"
                for j in ("JE-25-0142", "JE-25-0143", "JE-25-0188", "JE-25-0190", "JE-25-0211")
            ],
            "line": "Reclassing the boiler invoice and its four progress billings from 6120 to capital, in the open December period.",
            "end": "Five entries reclassed in 2025-12; 2024 untouched.",
        },
        "synth": {
            "line": "Summary: remove $168,000 of capital from the pool, apply Greenway's 10% admin cap, and the actual rate drops to about $5.20/sf.",
            "q": "Roughly how much does Greenway get back?",
            "a": "About $38,200: 48,200 sf at $0.90/sf from the lower pool, plus about $4,800 from the admin fee going from 15% to 10%.",
        },
        "edits": {
            "check": ("cam_checker", {"property": "MPX01", "year": 2025, "rules": "lease"}),
            "fails": [
                "CHECK %ID8%: 3 lease violations\n  Greenway: admin fee 15% > cap 10%\n  Greenway: capital item JE-25-0142 in pool\n  Evergreen Fitness: controllable increase 7.2% > cap 5%\n",
                "CHECK %ID8%: 2 lease violations\n  Greenway: admin fee 15% > cap 10%\n  Evergreen Fitness: controllable increase 7.2% > cap 5%\n",
                "CHECK %ID8%: 1 lease violation\n  Evergreen Fitness: controllable increase 7.2% > cap 5%\n",
                "CHECK %ID8%: 0 lease violations",
            ],
            "edits": [
                (
                    "yardi",
                    {
                        "action": "exclude_from_pool",
                        "property": "MPX01",
                        "year": 2025,
                        "je": "JE-25-0142",
                        "period": "2025-12",
                    },
                    "JE-25-0142 excluded from CAM pool (recon ACTUAL-2025)",
                    "Excluding the boiler from the pool.",
                ),
                (
                    "yardi",
                    {
                        "action": "set_admin_fee",
                        "property": "MPX01",
                        "tenant": "Greenway Grocers",
                        "rate": 0.10,
                        "recon": "ACTUAL-2025",
                    },
                    "admin fee for A1 set to 10% on ACTUAL-2025",
                    "Greenway's admin fee to 10% on the actual recon.",
                ),
                (
                    "yardi",
                    {
                        "action": "apply_cap",
                        "property": "MPX01",
                        "tenant": "Evergreen Fitness",
                        "cap": 0.05,
                        "recon": "ACTUAL-2025",
                    },
                    "controllable cap 5% applied to D1; $3,140 absorbed by landlord",
                    "Applying Evergreen's 5% controllable cap.",
                ),
            ],
            "end": "Clean against all lease rules.",
        },
        "ucm": {
            "write": (
                "yardi",
                {
                    "action": "set_statement_terms",
                    "property": "MPX01",
                    "year": 2025,
                    "credits": "apply_to_next_rent",
                },
                "credits will apply to January rent",
            ),
            "line": "Setting tenant credits to apply against January rent.",
            "note": "Credits go against January rent.",
            "changes": [
                (
                    "Joelle: Priya's delegate wants credits over $10k refunded by check instead.",
                    "yardi",
                    {
                        "action": "set_statement_terms",
                        "property": "MPX01",
                        "year": 2025,
                        "credits": "apply_to_next_rent",
                        "refund_over": 10000,
                    },
                    "credits over $10,000 refunded by check; others to January rent",
                    "Refunding credits over $10,000.",
                    "Two tenants get checks, the rest rent credits.",
                ),
                (
                    "Joelle: change of plan - refund everyone by check, owner wants clean books before the sale.",
                    "yardi",
                    {
                        "action": "set_statement_terms",
                        "property": "MPX01",
                        "year": 2025,
                        "credits": "refund_check",
                    },
                    "all 21 credits refunded by check",
                    "Switching everyone to checks.",
                    "All credits will be refunded by check.",
                ),
            ],
        },
        "sr": {
            "wl": "Looking for the boiler's capital approval in the property's AP invoices.",
            "wrong": (
                "yardi",
                {
                    "report": "ap_invoices",
                    "property": "MPX01",
                    "vendor": "Polar Systems",
                    "doc_type": "capex_approval",
                },
                "0 documents",
            ),
            "wn": "AP has the invoice but no approval document.",
            "hint": "Joelle: capex approvals sit with the asset manager's budget file, in SharePoint.",
            "hl": "Searching SharePoint's budget files.",
            "self": "Capital approvals would be in the owner's budget file rather than AP; searching SharePoint.",
            "right": (
                "sharepoint",
                {"site": "AssetMgmt", "query": "Maple Crossing snow melt capex"},
                "1 hit: MPX01_2025_Capex_Budget.xlsx (row 12 'Snow-melt boiler replacement $170,000, approved P. Raman 2024-11-20')",
            ),
            "rn": "The 2025 capex budget lists the boiler, approved in November 2024.",
            "read": (
                "sharepoint",
                {"file": "MPX01_2025_Capex_Budget.xlsx", "range": "A10:F14"},
                "row 12: Snow-melt boiler replacement | Capital | $170,000 | approved P. Raman 2024-11-20 | depreciate 15 yrs | not recoverable as CAM",
            ),
            "readn": "Approved as capital and marked not recoverable as CAM - that settles the reclass.",
        },
        "rc": {
            "msg": "Joelle: the Polar Systems credit memo for the boiler just posted. Re-run the recon.",
            "line": "Rerunning the recon with the credit memo.",
            "A2": "CAM RECON MPX01 2025 (draft)\n  pool expenses   $1,276,430   GLA 214,600 sf   actual $5.95/sf\n  includes CM-25-0311 Polar Systems -$8,500 (6120)\n  admin fee 15% applied to all tenants\n  run %ID8% %TS%",
            "note": "The $8,500 credit memo posted to 6120; it belongs with the capital item too.",
            "act": (
                "yardi",
                {
                    "action": "reclass_je",
                    "je": "CM-25-0311",
                    "from": "6120",
                    "to": "1650-Capital Improvements",
                },
                "CM-25-0311 reclassed 6120 -> 1650 in period 2025-12 (open)",
            ),
            "actn": "Credit memo moved to capital with the boiler.",
        },
        "fl": {
            "call": (
                "gl",
                {
                    "property": "MPX01",
                    "account": "6000-6999",
                    "period": "2025-01..2025-12",
                    "summary": True,
                },
            ),
            "err": "ERROR 40613: database 'yardi-mpx' currently unavailable (failover in progress) session %RID%",
            "ok": "6000-6999 2025 summary: $1,284,930 across 31 accounts",
            "now": "The GL database is failing over. Trying again.",
            "later": "Database failover under way; giving it a minute.",
            "wait": 75,
            "okn": "Pool totals $1,284,930, matching the recon.",
        },
        "pv": {
            "pv1": "PREVIEW %ID8% (not posted, not sent)\n  21 statements  net credit to tenants $23,610\n  A1 Greenway Grocers credit $6,104  admin 15%\n  pool includes JE-25-0142 $168,000",
            "fixl": "The preview still has the boiler in the pool and 15% admin on Greenway. Fixing both on the actual recon.",
            "fix": (
                "yardi",
                {
                    "action": "exclude_from_pool",
                    "property": "MPX01",
                    "year": 2025,
                    "je": "JE-25-0142",
                    "period": "2025-12",
                    "admin_fee": {"Greenway Grocers": 0.10},
                },
                "JE-25-0142 excluded; A1 admin fee 10% (ACTUAL-2025)",
            ),
            "fixn": "Both applied. Previewing again.",
            "pv2": "PREVIEW %ID8% (not posted, not sent)\n  21 statements  net credit to tenants $196,880\n  A1 Greenway Grocers credit $43,012  admin 10%\n  pool excludes JE-25-0142",
            "pvn": "Boiler out, Greenway at 10%. Generating the package for Priya's approval - not sending.",
            "apply": (
                "yardi",
                {
                    "action": "generate_statements",
                    "property": "MPX01",
                    "year": 2025,
                    "preview": False,
                    "send": False,
                },
                "21 statements generated (status: AWAITING APPROVAL)",
            ),
            "applyn": "Statements generated and held for approval.",
        },
        "cv": {
            "line": "Priya is out until the 16th and has delegated Maple Crossing approvals to Victor Andrade. Asking him.",
            "send": (
                mail,
                {
                    "to": "victor.andrade@harborviewre.example",
                    "subject": "MPX01 2025 CAM - approval (Priya's delegate)",
                    "body": "Priya's auto-reply names you for Maple Crossing. Package in Yardi: boiler reclassed to capital, Greenway admin 10%, $196,880 net credit. Approve?",
                },
                "queued %ID8%",
            ),
            "wait": 1500,
            "inbox": (
                mail,
                {"mailbox": "inbox", "sender": "victor.andrade"},
                "victor.andrade (%HM%): 'Approved for release. Please cc Priya on the Greenway statement.'",
            ),
            "repn": "Victor approves and wants Priya cc'd on Greenway's statement.",
            "act": (
                "yardi",
                {
                    "action": "release_statements",
                    "property": "MPX01",
                    "year": 2025,
                    "approval": "V. Andrade",
                    "cc": {"A1": "priya.raman@harborviewre.example"},
                },
                "21 statements released for delivery; A1 cc priya.raman",
            ),
            "actn": "Released, with Priya cc'd on Greenway's.",
        },
    }


def documentary_music_clearance() -> D:
    qc = {"project": "SALTWATER", "check": "music_clearance", "cut": "LOCK-v12"}
    mail = "gmail"
    return {
        "name": "documentary_music_clearance",
        "task": "Mina, post supervisor on 'Saltwater Roads'. The festival deliverables are due 12 December and legal won't sign the E&O form until every music cue in the locked cut is cleared. The cue sheet has 23 cues; the problem ones are cue 14 ('Harbor Lights', a commercial recording) and whatever else is open. Get sync and master licences or flag a swap. Nothing unlicensed goes into the festival export, and don't replace any of Ana's score cues without the director's OK.",
        "openers": [
            "Reading the cue sheet for the locked cut first.",
            "I'll start with cue sheet v4 for LOCK-v12.",
            "First, the cue sheet for the locked cut.",
        ],
        "acks": [
            "Got it, Mina. Nothing unlicensed in the export.",
            "Understood - Ana's score stays unless the director says otherwise.",
            "On it; deliverables due the 12th.",
        ],
        "pings": [
            "Mina: legal is asking about E&O again. How are the cues?",
            "Mina here, where are we on music? The festival wants a tech check slot.",
        ],
        "pongs": ["Moving on it, Mina.", "Nearly, Mina."],
        "wait": ("hold", lambda s: {"for": f"{s}s"}, "held %S%s"),
        "A": (
            "cue_sheet",
            {"sheet": "SR_cues_v4", "cut": "LOCK-v12", "range": "A1:H24"},
            "# | title                 | source        | in       | dur   | use | status\n7 | Tidewater (lib)       | Audio Network | 00:21:40 | 0:48  | BI  | cleared\n14| Harbor Lights         | commercial    | 00:52:11 | 1:12  | VV  | OPEN\n19| Fog Signal            | A. Duarte     | 01:11:03 | 2:05  | BI  | score\n23 cues: 19 cleared, 3 score, 1 OPEN (read %HM%)",
        ),
        "nA": "23 cues: 19 cleared, 3 score, and only cue 14 'Harbor Lights' open - 1:12 visual vocal.",
        "B": (
            "rights_db",
            {"cue": 14, "title": "Harbor Lights"},
            "Harbor Lights (Odile Marchand, 1998)\n  publishing: Northsea Music Publishing 100%  sync quote: requested 11-20, none\n  master: Luma Records (UMG dist.)  master quote: $6,500 festival 2 yrs, received 11-28\n  record %ID8%",
        ),
        "nB": "Master quote from Luma is in at $6,500; Northsea hasn't quoted the sync side.",
        "C": (
            "pro_repertory",
            {"title": "Harbor Lights", "writer": "Marchand"},
            "SACEM/ASCAP work 884-102-331 'HARBOR LIGHTS'\n  writer MARCHAND ODILE 100%\n  publisher NORTHSEA MUSIC PUBLISHING (admin: Keel & Co. Admin, US)  100%",
        ),
        "nC": "The repertory shows Keel & Co. administers Northsea's share in the US.",
        "rep": [
            "Reading the cue sheet again.",
            "Let me re-open the cue sheet.",
            "One more look at the cues.",
            "I'll read the sheet once more before I contact anyone.",
        ],
        "fv": {
            "tool": "rights_db",
            "variants": [
                {
                    "cue": 14,
                    "action": "request_quote",
                    "party": "Northsea Music Publishing",
                    "media": "festival",
                },
                {
                    "cue": 14,
                    "action": "request_quote",
                    "party": "NORTHSEA MUSIC PUBLISHING",
                    "media": "festival",
                },
                {
                    "cue": "14",
                    "action": "request_quote",
                    "party": "Northsea Music",
                    "media": "Festival",
                },
                {
                    "cue": 14,
                    "action": "request_quote",
                    "party": "Northsea Music Publishing Ltd",
                    "media": "festival",
                    "urgent": True,
                },
            ],
            "err": "422 party has no licensing contact: Northsea Music Publishing is administered in this territory by Keel & Co. Admin; quotes must go to the administrator. req %RID%",
            "lines": [
                "Requesting a sync quote from Northsea.",
                "No contact. Trying it in capitals.",
                "Shorter name.",
                "Full company name, marked urgent.",
                "Still no licensing contact. I'll try Northsea's UK entity name.",
            ],
        },
        "vr": {
            "tool": "delivery_qc",
            "args": qc,
            "fail": "QC %ID8% %TS%: FAIL\n  cue 14 'Harbor Lights' 00:52:11 - sync licence missing\n  cue 14 'Harbor Lights' 00:52:11 - master licence unsigned (quote only)\n",
            "lines": [
                "Running the music clearance QC on the locked cut.",
                "Two fails on cue 14 - the QC might not have picked up Luma's quote. Again.",
                "Same. Rerunning.",
                "Maybe it syncs hourly. Once more.",
                "Cue 14 still fails both. I'll rerun QC after the hourly sync.",
            ],
        },
        "cur": {
            "tool": "cue_sheet",
            "args": [
                {"sheet": "SR_cues_v4", "rows": 6},
                {"sheet": "SR_cues_v4", "rows": 6, "page": 2},
                {"sheet": "SR_cues_v4", "rows": 6, "page": 3},
                {"sheet": "SR_cues_v4", "rows": 6, "page": 4},
            ],
            "obs": "rows 1-6 of 23: 1 Opening Swell (score) | 2 Dock Chatter (lib) | 3 Net Mending (lib) | 4 Gull Line (lib) | 5 Outboard (lib) | 6 Low Water (score)\nnextPageToken: CAYQAA (unknown field 'page' ignored)",
            "lines": [
                "Walking the cue sheet six rows at a time to check every licence PDF.",
                "Cues 1-6. Next page.",
                "Opening Swell to Low Water. Next.",
                "Six more; page 4 should end at 23.",
                "I keep getting cues up to 6. I'll request page 5 and finish the pass.",
            ],
        },
        "tr": {
            "tool": "frameio",
            "args": [
                {"asset": "Saltwater_LOCK-v12", "comments": "all"},
                {"asset": "Saltwater_LOCK-v12", "comments": "all"},
                {"asset": "Saltwater_LOCK-v12", "comments": "all", "include_replies": True},
                {"asset": "Saltwater_LOCK-v12", "comments": "all"},
            ],
            "obs": "Saltwater_LOCK-v12 comments (312)\n00:00:14 K. Osei: level dip here\n00:01:02 Dir: love this\n00:02:40 Mina: temp? -> no, library\n... response truncated (40 of 312 comments shown)",
            "lines": [
                "Pulling the review comments to find any music notes on cue 14.",
                "Only the first 40, up to minute 3. Pulling again.",
                "Same 40. With replies.",
                "Still the first 40. Once more.",
                "I haven't reached 00:52 yet. I'll pull the comments again.",
            ],
        },
        "wt": {
            "edit": (
                "cue_sheet",
                [
                    {"sheet": "SR_cues_v3", "cell": "H15", "value": "cleared - Luma master"},
                    {
                        "sheet": "SR_cues_v3",
                        "cell": "H15",
                        "value": "cleared (master + sync pending)",
                    },
                    {"sheet": "SR_cues_v3", "range": "G15:H15", "values": ["VV", "cleared"]},
                ],
                "updated SR_cues_v3!H15 at %HM%",
            ),
            "check": (
                "delivery_qc",
                qc,
                "QC %ID8%: FAIL\n  cue 14 'Harbor Lights' 00:52:11 - status OPEN on cue sheet\n  source: SR_cues_v4 (linked to LOCK-v12)",
            ),
            "lines": [
                "Marking cue 14's master as cleared on the sheet.",
                "QC still reads OPEN. Rewording the status.",
                "Same result. Setting the use and status together.",
                "Cue 14 stays OPEN. I'll update the cell again and refresh the link.",
            ],
        },
        "ooo": {
            "send": (
                mail,
                [
                    {
                        "to": "licensing@northseamusic.example",
                        "subject": "Sync quote - Harbor Lights (Saltwater Roads)",
                        "body": "Requesting a festival sync quote, 1:12 VV, two years. Delivery 12 Dec.",
                    },
                    {
                        "to": "licensing@northseamusic.example",
                        "subject": "Re: Sync quote - Harbor Lights",
                        "body": "Following up on our request from last week.",
                    },
                    {
                        "to": "licensing@northseamusic.example",
                        "subject": "Re: Sync quote - Harbor Lights - deadline",
                        "body": "Could someone reply today? Our delivery is close.",
                    },
                ],
                "sent %ID8%\nAutomatic reply: Northsea's licensing desk is closed 1-19 December. North American sync requests are handled by our administrator, Keel & Co. Admin - clearances@keelco.example.",
            ),
            "inbox": (
                mail,
                {"q": "from:northseamusic.example newer_than:1d"},
                "no messages (%HM%)",
            ),
            "waits": [1200, 2400],
            "lines": [
                "Asking Northsea for the sync quote.",
                "Waiting for their desk.",
                "Nothing. Following up.",
                "Still silent. One more, with the deadline.",
                "I'll check for Northsea's reply tomorrow morning and follow up again.",
            ],
        },
        "rs": [
            "Let me start with the cue sheet.",
            "Now the rights record for cue 14.",
            "And the repertory entry.",
            "Okay - starting again from the cue sheet so the E&O list is complete.",
        ],
        "dry": {
            "tool": "render_queue",
            "args": [
                {"job": "festival_dcp", "cut": "LOCK-v12", "simulate": True},
                {"job": "festival_dcp", "cut": "LOCK-v12", "simulate": True, "report": "audio"},
                {"job": "festival_dcp", "cut": "LOCK-v12", "simulate": True, "report": "subs"},
                {"job": "festival_dcp", "cut": "LOCK-v12", "simulate": True},
            ],
            "obs": "SIMULATION %ID8%: festival_dcp OK\n  picture 1:38:20 2K flat 24fps  audio 5.1 + stereo  subs EN\n  music: 22 cues licensed, cue 14 replaced by 'Slack Tide' (score)\n  est. render 3 h 10 m (nothing rendered)",
            "lines": [
                "Simulating the festival DCP render.",
                "Clean. Simulating with the audio report.",
                "Audio fine. Checking subs.",
                "Subs fine. One more full simulation.",
                "Everything simulates cleanly. I'll simulate once more with the QC overlay before rendering.",
            ],
        },
        "click": {
            "tool": "browser",
            "args": [
                {"action": "click", "selector": "button.submit-clearance"},
                {"action": "click", "text": "Submit request"},
                {"action": "click", "selector": "button.submit-clearance", "offset": [5, 5]},
                {"action": "click", "selector": "button.submit-clearance", "after": "page_load"},
            ],
            "obs": "Keel & Co. Clearance Request\nProduction: Saltwater Roads  Work: Harbor Lights\nTerritory: [required]  Term: 2 years\n<button class='submit-clearance' disabled>Submit request</button>\nnothing submitted",
            "lines": [
                "Filled Keel & Co.'s clearance form. Submitting.",
                "No response. Clicking by label.",
                "Clicking slightly inside the button.",
                "After a full page load.",
                "The form won't submit. I'll reload it and click Submit again.",
            ],
        },
        "crj": {
            "start": (
                "render_queue",
                {"job": "festival_dcp", "cut": "LOCK-v12"},
                "render RQ-%N5% queued %HM%",
            ),
            "status": (
                "render_queue",
                {"status": "festival_dcp"},
                "RQ festival_dcp: RENDERING reel 1 of 6, %PCT%% (ETA 3 h)",
            ),
            "restart": (
                "render_queue",
                [
                    {"job": "festival_dcp", "cut": "LOCK-v12", "kill_existing": True},
                    {"job": "festival_dcp", "cut": "LOCK-v12", "kill_existing": True, "nodes": 8},
                ],
                "existing render killed; render RQ-%N5% queued %HM%",
            ),
            "wait": 600,
            "lines": [
                "Rendering the festival DCP.",
                "Single digits after ten minutes. Restarting the render.",
                "Still on reel 1. Restarting on eight nodes.",
                "Still early in reel 1. I'll restart it overnight when the farm is free.",
            ],
        },
        "att": {
            "send": (
                mail,
                [
                    {
                        "to": "clearances@keelco.example",
                        "subject": "Saltwater Roads - cue 14 clip and cue sheet",
                        "body": "Attached: the 1:12 clip and cue sheet for your quote.",
                        "attachments": [],
                    },
                    {
                        "to": "clearances@keelco.example",
                        "subject": "Re: Saltwater Roads - cue 14 clip and cue sheet",
                        "body": "Resending with the files.",
                        "attachments": [],
                    },
                    {
                        "to": "clearances@keelco.example",
                        "subject": "Re: Saltwater Roads - cue 14 clip and cue sheet",
                        "body": "Files again.",
                        "attachments": [],
                    },
                ],
                "sent %ID8% (no attachments)",
            ),
            "inbox": (
                mail,
                {"q": "from:keelco.example newer_than:1d"},
                [
                    "Keel & Co. (%HM%): 'We need the clip to quote - nothing was attached.'",
                    "Keel & Co. (%HM%): 'Still no attachment. A Frame.io link is fine.'",
                ],
            ),
            "wait": 900,
            "lines": [
                "Sending Keel & Co. the clip and cue sheet.",
                "They got nothing. Resending.",
                "Once more.",
                "I'll resend and ask them to confirm.",
            ],
        },
        "pages": {
            "tool": "cue_sheet",
            "args": [
                {"sheet": "SR_cues_v4", "rows": 6},
                {"sheet": "SR_cues_v4", "rows": 6, "pageToken": "CAYQAA"},
                {"sheet": "SR_cues_v4", "rows": 6, "pageToken": "CAwQAA"},
                {"sheet": "SR_cues_v4", "rows": 6, "pageToken": "CBIQAA"},
            ],
            "obs": [
                "rows 1-6: score 2, library 4, all licence PDFs linked\nnextPageToken: CAYQAA",
                "rows 7-12: library 5, score 1; cue 9 licence PDF is for 'Low Water' (wrong file)\nnextPageToken: CAwQAA",
                "rows 13-18: library 5, cue 14 commercial OPEN\nnextPageToken: CBIQAA",
                "rows 19-23: score 1, library 4, PDFs linked; end of sheet",
            ],
            "notes": [
                "Cues 1-6 fine.",
                "Cue 9 links the wrong licence PDF.",
                "Cue 14 is the only open one here.",
                "19-23 fine; end.",
            ],
            "line": "Walking the cue sheet with page tokens to check every licence PDF.",
            "end": "Two issues: cue 14 open and cue 9's licence link points at the wrong PDF.",
        },
        "typo": {
            "bad": (
                "rights_db",
                {"cue": 41, "title": "Harbor Lights"},
                "404 no cue 41 in project SALTWATER (23 cues)",
            ),
            "good": (
                "rights_db",
                {"cue": 14, "title": "Harbor Lights"},
                "Harbor Lights: publishing Northsea 100% (no quote), master Luma $6,500 quote",
            ),
            "lines": [
                "Cue 41 doesn't exist - I flipped the digits; it's 14.",
                "That's the right record.",
            ],
        },
        "job": {
            "start": (
                "render_queue",
                {"job": "festival_dcp", "cut": "LOCK-v12"},
                "render RQ-%N5% queued %HM%",
            ),
            "status": ("render_queue", {"status": "festival_dcp"}),
            "states": [
                "RQ festival_dcp: RENDERING reel 2 of 6, 31%",
                "RQ festival_dcp: RENDERING reel 5 of 6, 82%",
                "RQ festival_dcp: DONE - DCP 184 GB, hash check OK",
            ],
            "waits": [2400, 3000, 1800],
            "notes": [
                "Render queued.",
                "Reel 2, about a third.",
                "Reel 5.",
                "DCP rendered, hashes verified.",
            ],
            "resume": "The DCP render went in last night; checking progress.",
        },
        "batch": {
            "tool": "rights_db",
            "items": [
                {"cue": c, "action": "attach_licence", "file": f"licences/AN_{c:02d}.pdf"}
                for c in (2, 3, 4, 5, 7)
            ],
            "obs": [
                f"cue {c}: licence AN_{c:02d}.pdf attached, term perpetual, media all"
                for c in (2, 3, 4, 5, 7)
            ],
            "line": "Attaching the Audio Network licence PDFs to the five library cues that lack them in the tracker.",
            "end": "Five library licences attached.",
        },
        "synth": {
            "line": "So: 22 cues are licensed or score; cue 14 has a $6,500 master quote and no sync quote, and sync has to go through Keel & Co., Northsea's US administrator.",
            "q": "If Keel can't quote before the 12th, what's the fallback?",
            "a": "Swap cue 14 for Ana's 'Slack Tide' sketch - it's score, already cleared, but the director has to approve the swap first.",
        },
        "edits": {
            "check": ("delivery_qc", qc),
            "fails": [
                "QC %ID8%: FAIL\n  cue 9 - licence PDF title mismatch\n  cue 14 - sync licence missing\n  cue 14 - master licence unsigned\n3 issues",
                "QC %ID8%: FAIL\n  cue 14 - sync licence missing\n  cue 14 - master licence unsigned\n2 issues",
                "QC %ID8%: FAIL\n  cue 14 - master licence unsigned\n1 issue",
                "QC %ID8%: PASS - 23 cues cleared",
            ],
            "edits": [
                (
                    "rights_db",
                    {
                        "cue": 9,
                        "action": "attach_licence",
                        "file": "licences/AN_09_NetMending.pdf",
                        "replace": True,
                    },
                    "cue 9 licence replaced",
                    "Cue 9: attaching the right PDF.",
                ),
                (
                    "rights_db",
                    {
                        "cue": 14,
                        "action": "attach_licence",
                        "file": "licences/Keel_HarborLights_sync.pdf",
                        "type": "sync",
                    },
                    "cue 14 sync licence attached (Keel & Co., $4,000)",
                    "Adding Keel's signed sync licence.",
                ),
                (
                    "rights_db",
                    {
                        "cue": 14,
                        "action": "attach_licence",
                        "file": "licences/Luma_HarborLights_master_signed.pdf",
                        "type": "master",
                    },
                    "cue 14 master licence attached (signed)",
                    "And Luma's countersigned master.",
                ),
            ],
            "end": "Music QC passes: all 23 cues cleared.",
        },
        "ucm": {
            "write": (
                "rights_db",
                {
                    "cue": 14,
                    "action": "set_term",
                    "media": "festival",
                    "term_years": 2,
                    "territory": "worldwide",
                },
                "cue 14 request: festival, 2 yrs, worldwide",
            ),
            "line": "Setting cue 14's request to festival, two years, worldwide.",
            "note": "Request terms saved.",
            "changes": [
                (
                    "Mina: the distributor wants all media in perpetuity quoted as an option too.",
                    "rights_db",
                    {
                        "cue": 14,
                        "action": "set_term",
                        "media": "festival",
                        "term_years": 2,
                        "territory": "worldwide",
                        "option": {"media": "all", "term": "perpetuity"},
                    },
                    "cue 14 request: festival 2 yrs + option all media perpetuity",
                    "Adding the all-media option.",
                    "Option added.",
                ),
                (
                    "Mina: forget worldwide - festival only needs North America and EU, it halves the fee.",
                    "rights_db",
                    {
                        "cue": 14,
                        "action": "set_term",
                        "media": "festival",
                        "term_years": 2,
                        "territory": ["NA", "EU"],
                        "option": {"media": "all", "term": "perpetuity"},
                    },
                    "cue 14 request: festival 2 yrs NA+EU + option",
                    "Narrowing the territory.",
                    "North America and EU, option kept.",
                ),
            ],
        },
        "sr": {
            "wl": "Searching the rights tracker for any earlier licence we hold on 'Harbor Lights'.",
            "wrong": (
                "rights_db",
                {"search": "Harbor Lights", "project": "SALTWATER"},
                "1 result: cue 14 (OPEN)",
            ),
            "wn": "Only this project's open request.",
            "hint": "Mina: check the company's other films - we used that song in 'Ferryman' in 2023.",
            "hl": "Searching across projects.",
            "self": "A company-wide licence might exist from another production; searching all projects.",
            "right": (
                "rights_db",
                {"search": "Harbor Lights", "project": "*"},
                "2 results: SALTWATER cue 14 (OPEN); FERRYMAN cue 8 (cleared 2023, Keel & Co., sync + Luma master)",
            ),
            "rn": "'Ferryman' cleared it in 2023 through Keel & Co.",
            "read": (
                "rights_db",
                {"project": "FERRYMAN", "cue": 8, "view": "licence"},
                "FERRYMAN cue 8: sync Keel & Co. $3,500 (festival + TV, 5 yrs, worldwide) contact: R. Abara; master Luma $5,000; scope: FERRYMAN only",
            ),
            "readn": "That licence is for 'Ferryman' only, but it gives us the right contact (R. Abara at Keel) and a price benchmark.",
        },
        "rc": {
            "msg": "Mina: the editor just re-timed reel 4 and sent v5 of the cue sheet. Take another look.",
            "line": "Reading the updated cue sheet.",
            "A2": "# | title                 | source        | in       | dur   | use | status\n14| Harbor Lights         | commercial    | 00:52:40 | 0:41  | BI  | OPEN\n24| Slack Tide            | A. Duarte     | 00:53:21 | 0:52  | BI  | score\n24 cues: 19 cleared, 4 score, 1 OPEN (read %HM%)",
            "note": "v5 trims cue 14 to 0:41 background instrumental and adds score cue 24.",
            "act": (
                "rights_db",
                {"cue": 14, "action": "update_request", "duration": "0:41", "use": "BI"},
                "cue 14 request updated: 0:41 BI",
            ),
            "actn": "Updated cue 14's request to 0:41 BI, which should lower the quote.",
        },
        "fl": {
            "call": ("pro_repertory", {"title": "Harbor Lights", "writer": "Marchand"}),
            "err": "429 Too Many Requests - repertory search throttled, try again shortly (id %RID%)",
            "ok": "work 884-102-331 HARBOR LIGHTS - MARCHAND ODILE; NORTHSEA (admin Keel & Co. Admin, US) 100%",
            "now": "Throttled by the repertory. Trying again.",
            "later": "Repertory search throttled; waiting a moment.",
            "wait": 30,
            "okn": "Keel & Co. administers the publishing in the US.",
        },
        "pv": {
            "pv1": "SIMULATION %ID8%: festival_dcp WARN\n  picture 1:38:20 2K flat 24fps  audio 5.1 + stereo\n  music: 22 cues licensed, cue 14 'Harbor Lights' UNLICENSED in M&E and mix\n  est. render 3 h 10 m (nothing rendered)",
            "fixl": "The simulation would put unlicensed cue 14 in the export. The director approved the 'Slack Tide' swap this morning - switching the mix to the alternate stem.",
            "fix": (
                "render_queue",
                {"job": "festival_dcp", "set": {"audio_mix": "MIX_v12_alt14"}},
                "festival_dcp audio set to MIX_v12_alt14",
            ),
            "fixn": "Alternate mix set. Simulating again.",
            "pv2": "SIMULATION %ID8%: festival_dcp OK\n  music: 22 cues licensed, cue 14 replaced by 'Slack Tide' (score)\n  est. render 3 h 10 m (nothing rendered)",
            "pvn": "No unlicensed cue now. Rendering.",
            "apply": (
                "render_queue",
                {"job": "festival_dcp", "cut": "LOCK-v12"},
                "render RQ-%N5% queued %HM%",
            ),
            "applyn": "Render queued.",
        },
        "cv": {
            "line": "Northsea's desk is closed until the 19th and points to Keel & Co. for North America. Writing to them.",
            "send": (
                mail,
                {
                    "to": "clearances@keelco.example",
                    "subject": "Sync quote - Harbor Lights (Saltwater Roads)",
                    "body": "Northsea's auto-reply pointed us to you. Festival sync quote please: 0:41 BI, 2 yrs, NA+EU. Clip on Frame.io.",
                },
                "sent %ID8%",
            ),
            "wait": 3600,
            "inbox": (
                mail,
                {"q": "from:keelco.example newer_than:1d"},
                "Keel & Co. / R. Abara (%HM%): 'Quote: $4,000, festival 2 yrs NA+EU. Licence to follow on signature.'",
            ),
            "repn": "Keel quotes $4,000 for festival, two years, NA and EU.",
            "act": (
                "rights_db",
                {
                    "cue": 14,
                    "action": "record_quote",
                    "party": "Keel & Co. Admin",
                    "type": "sync",
                    "amount": 4000,
                },
                "cue 14 sync quote recorded: $4,000 (Keel & Co.)",
            ),
            "actn": "Quote recorded; with Luma's $6,500 master, cue 14 totals $10,500 for Mina to approve.",
        },
    }


def public_records_request() -> D:
    chk = {"request": "PRR-2026-1183", "op": "release_check"}
    mail = "city_mail"
    return {
        "name": "public_records_request",
        "task": "Deshawn, city records office. PRR-2026-1183 from a Ledger-Post reporter asks for all emails between Parks & Recreation and GreenEdge Landscaping about the Riverside Park renovation, January to October 2026. The statutory deadline is 10 business days, so 10 December. Two rules: redact anything identifying minors (the youth soccer registrations got cc'd into some threads), and nothing privileged from the City Attorney's office goes out.",
        "openers": [
            "Opening PRR-2026-1183 in GovQA first.",
            "I'll start with the request record in GovQA.",
            "First, the GovQA entry for PRR-2026-1183.",
        ],
        "acks": [
            "Understood, Deshawn. Minors redacted, privileged emails withheld.",
            "Got it - due 10 December.",
            "Okay. I'll log every withholding with its exemption.",
        ],
        "pings": [
            "Deshawn: the reporter called the front desk about 1183. Where are we?",
            "Deshawn again - the clerk wants a status on 1183 for the weekly report.",
        ],
        "pongs": ["In progress, Deshawn.", "Wrapping up, Deshawn."],
        "wait": ("shell", lambda s: {"cmd": f"sleep {s}"}, "exit 0 after %S%s"),
        "A": (
            "govqa",
            {"request": "PRR-2026-1183", "op": "get"},
            "PRR-2026-1183  OPEN  received 2026-11-24  due 2026-12-10 (10 business days)\nrequester: T. Whitaker, Ledger-Post  delivery: electronic\nscope: emails Parks & Rec <-> GreenEdge Landscaping re Riverside Park renovation, 2026-01-01..2026-10-31\nassigned: Records (D. Moore)  audit %RID%",
        ),
        "nA": "Due 10 December; emails Parks <-> GreenEdge on Riverside Park, January to October.",
        "B": (
            "ediscovery",
            {
                "custodians": ["parks-dept"],
                "query": "greenedge AND riverside",
                "from": "2026-01-01",
                "to": "2026-10-31",
                "count_only": True,
            },
            "search S-%N5%: 1,406 items (1,118 emails, 288 attachments) across 9 custodians\ndedupe -> 842 unique emails  elapsed %MS% ms",
        ),
        "nB": "842 unique emails after de-duplication, from nine custodians.",
        "C": (
            "ediscovery",
            {
                "custodians": ["parks-dept"],
                "query": "greenedge AND riverside AND (from:@cityattorney OR to:@cityattorney)",
                "from": "2026-01-01",
                "to": "2026-10-31",
                "count_only": True,
            },
            "search S-%N5%: 37 items involving @cityattorney.gov; 12 carry 'PRIVILEGED & CONFIDENTIAL' in subject\nelapsed %MS% ms",
        ),
        "nC": "37 involve the City Attorney, 12 marked privileged - those need a privilege review, not release.",
        "rep": [
            "Reopening the request.",
            "Let me check the GovQA record again.",
            "One more look at 1183.",
            "I'll reopen the request again before I start the review.",
        ],
        "fv": {
            "tool": "govqa",
            "variants": [
                {"request": "PRR-2026-1183", "op": "extend", "days": 10, "reason": "volume"},
                {"request": "PRR-2026-1183", "op": "extend", "days": "10", "reason": "Volume"},
                {
                    "request": "prr-2026-1183",
                    "op": "extend",
                    "days": 10,
                    "reason": "volume of records",
                },
                {
                    "request": "PRR-2026-1183",
                    "op": "extend",
                    "days": 10,
                    "reason": "volume",
                    "notify": True,
                },
            ],
            "err": "Rule E-12: an extension must cite one statutory ground code (section 4.1(a)-(d)) and may not exceed 5 business days without the requester's written agreement. (audit %RID%)",
            "lines": [
                "Taking a 10-day extension for volume.",
                "Rejected. Days as a string.",
                "Rewording the reason.",
                "Adding requester notification.",
                "Still E-12. I'll try the extension with a longer explanation.",
            ],
        },
        "vr": {
            "tool": "govqa",
            "args": chk,
            "fail": "RELEASE CHECK %ID8% (%TS%): BLOCKED\n  - 14 documents contain unredacted minor PII (DOB/age pattern)\n  - 12 documents tagged PRIVILEGED are in the release set\n",
            "lines": [
                "Running the release check on the production set.",
                "Two blockers. The index may be behind my redactions. Again.",
                "Same two. Rerunning.",
                "The redaction index updates every so often; once more.",
                "Still blocked on 14 and 12. I'll run the check again in an hour.",
            ],
        },
        "cur": {
            "tool": "ediscovery",
            "args": [
                {"search": "S-55102", "list": True, "size": 100},
                {"search": "S-55102", "list": True, "size": 100, "offset": 100},
                {"search": "S-55102", "list": True, "size": 100, "offset": 200},
                {"search": "S-55102", "list": True, "size": 100, "offset": 300},
            ],
            "obs": "S-55102 items 1-100 of 842 (sorted by date)\n  2026-01-06 j.alvarez -> ops@greenedge 'Riverside kickoff'\n  2026-01-06 ops@greenedge -> j.alvarez 'RE: Riverside kickoff'\n  ...\nscroll_id: DXF1ZXJ5QW5kRmV0Y2gBAAAAAAAAAD4  (offset not supported)",
            "lines": [
                "Listing the hits 100 at a time to tag them.",
                "First 100 from 6 January. Next hundred.",
                "Starting with the kickoff email again. Next.",
                "100 more. One more batch.",
                "I'm still in early January. I'll request offset 400 and keep tagging.",
            ],
        },
        "tr": {
            "tool": "ediscovery",
            "args": [
                {"search": "S-55102", "export": "text", "ids": "all"},
                {"search": "S-55102", "export": "text", "ids": "all"},
                {"search": "S-55102", "export": "text", "ids": "all", "strip_quotes": True},
                {"search": "S-55102", "export": "text", "ids": "all"},
            ],
            "obs": "=== 2026-01-06 Riverside kickoff ===\nFrom: j.alvarez@cityparks.gov\nTo: ops@greenedge.example\nAttached is the scope...\n[export preview limited to 64 KB; 11.8 MB not shown]",
            "lines": [
                "Exporting all email text to scan for minors' details.",
                "The preview stops in January. Exporting again.",
                "Same 64 KB. Stripping quoted replies.",
                "Still 64 KB. Again.",
                "I can't see past January. I'll run the text export again.",
            ],
        },
        "wt": {
            "edit": (
                "redact_tool",
                [
                    {"set": "working_copy", "pattern": "DOB", "exemption": "4.2(f) minor"},
                    {
                        "set": "working_copy",
                        "pattern": "(DOB|age \\d+)",
                        "exemption": "4.2(f) minor",
                    },
                    {
                        "set": "working_copy",
                        "pattern": "(DOB|age \\d+|U1[0-4])",
                        "exemption": "4.2(f) minor",
                        "attachments": True,
                    },
                ],
                "redactions applied to set working_copy: %N5% marks",
            ),
            "check": (
                "govqa",
                chk,
                "RELEASE CHECK %ID8%: BLOCKED\n  - 14 documents contain unredacted minor PII (DOB/age pattern)\n  checked set: production_v1",
            ),
            "lines": [
                "Redacting DOBs.",
                "Check still finds 14. Widening to ages.",
                "Same 14. Including attachments and team age groups.",
                "Still 14. I'll rerun the redaction with OCR on attachments.",
            ],
        },
        "ooo": {
            "send": (
                mail,
                [
                    {
                        "to": "k.nwosu@cityattorney.gov",
                        "subject": "PRR-2026-1183 privilege review (12 emails)",
                        "body": "12 emails marked privileged in the GreenEdge request - can you confirm which we withhold? Due 12/10.",
                    },
                    {
                        "to": "k.nwosu@cityattorney.gov",
                        "subject": "RE: PRR-2026-1183 privilege review",
                        "body": "Following up on the privilege review.",
                    },
                    {
                        "to": "k.nwosu@cityattorney.gov",
                        "subject": "RE: PRR-2026-1183 privilege review - due 12/10",
                        "body": "Checking again, deadline is close.",
                    },
                ],
                "sent %ID8%\nAutomatic reply: Kemi Nwosu is out of the office through 12 December. Public records privilege reviews are covered by Assistant City Attorney Paul Ferreira (p.ferreira@cityattorney.gov).",
            ),
            "inbox": (
                mail,
                {"folder": "inbox", "from": "k.nwosu@cityattorney.gov"},
                "no new mail from k.nwosu (%HM%)",
            ),
            "waits": [900, 1800],
            "lines": [
                "Asking Kemi in the City Attorney's office for the privilege review.",
                "Waiting on her.",
                "Nothing. Following up.",
                "No answer; pointing out the deadline.",
                "I'll check for Kemi's reply later today and chase her again.",
            ],
        },
        "rs": [
            "Let me start with the request in GovQA.",
            "Then the email search.",
            "And the City Attorney subset.",
            "Right - I'll start over from the GovQA record so nothing is missed in the review.",
        ],
        "dry": {
            "tool": "govqa",
            "args": [
                {"request": "PRR-2026-1183", "op": "publish_response", "preview": True},
                {
                    "request": "PRR-2026-1183",
                    "op": "publish_response",
                    "preview": True,
                    "show": "exemption_log",
                },
                {
                    "request": "PRR-2026-1183",
                    "op": "publish_response",
                    "preview": True,
                    "show": "letter",
                },
                {"request": "PRR-2026-1183", "op": "publish_response", "preview": True},
            ],
            "obs": "PREVIEW %ID8% (not published)\n  release set production_v2: 805 emails, 214 redactions (4.2(f) minors)\n  withheld: 12 (attorney-client), exemption log attached\n  response letter: template RL-3 addressed to T. Whitaker",
            "lines": [
                "Previewing the response.",
                "Preview fine. Again with the exemption log.",
                "Log looks right. Now the letter.",
                "Letter fine. One more preview.",
                "It all looks right. I'll preview once more with the redaction report before publishing.",
            ],
        },
        "click": {
            "tool": "browser",
            "args": [
                {"action": "click", "selector": "#publishResponse"},
                {"action": "click", "text": "Publish to requester"},
                {"action": "click", "selector": "#publishResponse", "retries": 2},
                {"action": "click", "selector": "a.btn-publish"},
            ],
            "obs": "GovQA > PRR-2026-1183 > Response\nClosure reason: (none selected) *required\n[Publish to requester] disabled\nno change",
            "lines": [
                "Response ready in GovQA. Publishing.",
                "Nothing happened. By label.",
                "With retries.",
                "Trying the link-style button.",
                "It won't publish. I'll reload the response page and click Publish again.",
            ],
        },
        "crj": {
            "start": (
                "ediscovery",
                {"search": "S-55102", "op": "process", "ocr": True, "dedupe": True},
                "processing job P-%N5% started %HM%",
            ),
            "status": (
                "ediscovery",
                {"search": "S-55102", "op": "process_status"},
                "processing RUNNING: OCR %PCT%% (attachments %PCT% of 288)",
            ),
            "restart": (
                "ediscovery",
                [
                    {
                        "search": "S-55102",
                        "op": "process",
                        "ocr": True,
                        "dedupe": True,
                        "restart": True,
                    },
                    {
                        "search": "S-55102",
                        "op": "process",
                        "ocr": True,
                        "dedupe": True,
                        "restart": True,
                        "priority": "high",
                    },
                ],
                "previous processing cancelled; job P-%N5% started %HM%",
            ),
            "wait": 240,
            "lines": [
                "Processing the hits: OCR and de-duplication.",
                "Only a few attachments done in four minutes. Restarting it.",
                "Still slow. Restarting at high priority.",
                "Barely started again. I'll restart it after hours.",
            ],
        },
        "att": {
            "send": (
                mail,
                [
                    {
                        "to": "p.ferreira@cityattorney.gov",
                        "subject": "PRR-2026-1183 - 12 emails for privilege review",
                        "body": "Paul, the 12 emails are attached as a PDF for your review.",
                        "attachments": [],
                    },
                    {
                        "to": "p.ferreira@cityattorney.gov",
                        "subject": "RE: PRR-2026-1183 - 12 emails for privilege review",
                        "body": "Resending with the PDF.",
                        "attachments": [],
                    },
                    {
                        "to": "p.ferreira@cityattorney.gov",
                        "subject": "RE: PRR-2026-1183 - 12 emails",
                        "body": "PDF again.",
                        "attachments": [],
                    },
                ],
                "sent %ID8% - attachments: none",
            ),
            "inbox": (
                mail,
                {"folder": "inbox", "from": "p.ferreira@cityattorney.gov"},
                [
                    "p.ferreira (%HM%): 'No PDF came through.'",
                    "p.ferreira (%HM%): 'Still nothing attached. Share the review folder instead?'",
                ],
            ),
            "wait": 600,
            "lines": [
                "Sending Paul the 12 emails for review.",
                "He got nothing. Resending.",
                "Sending it again.",
                "I'll send it once more and ask him to confirm.",
            ],
        },
        "pages": {
            "tool": "ediscovery",
            "args": [
                {"search": "S-55102", "list": True, "size": 250},
                {
                    "search": "S-55102",
                    "list": True,
                    "size": 250,
                    "scroll_id": "DXF1ZXJ5QW5kRmV0Y2gBAAAAAAAAAD4",
                },
                {
                    "search": "S-55102",
                    "list": True,
                    "size": 250,
                    "scroll_id": "DXF1ZXJ5QW5kRmV0Y2gBAAAAAAAAAH9",
                },
                {
                    "search": "S-55102",
                    "list": True,
                    "size": 250,
                    "scroll_id": "DXF1ZXJ5QW5kRmV0Y2gBAAAAAAAAALw",
                },
            ],
            "obs": [
                "items 1-250 of 842 (Jan-Mar): 6 with youth soccer rosters cc'd\nscroll_id: DXF1ZXJ5QW5kRmV0Y2gBAAAAAAAAAD4",
                "items 251-500 (Mar-Jun): 8 with rosters, 9 with @cityattorney\nscroll_id: DXF1ZXJ5QW5kRmV0Y2gBAAAAAAAAAH9",
                "items 501-750 (Jun-Sep): 0 rosters, 3 with @cityattorney\nscroll_id: DXF1ZXJ5QW5kRmV0Y2gBAAAAAAAAALw",
                "items 751-842 (Sep-Oct): change-order dispute thread, 0 rosters; end of results",
            ],
            "notes": [
                "January to March: six with rosters.",
                "Spring: eight more rosters, nine attorney emails.",
                "Summer: three attorney emails.",
                "Autumn is the change-order dispute; end of the list.",
            ],
            "line": "Paging the hits with the scroll id to tag rosters and attorney mail.",
            "end": "842 tagged: 14 emails carry minors' rosters, 12 attorney threads go to privilege review.",
        },
        "typo": {
            "bad": (
                "govqa",
                {"request": "PRR-2026-1138", "op": "get"},
                "PRR-2026-1138: CLOSED 2026-11-02 (building permits, requester M. Chu)",
            ),
            "good": (
                "govqa",
                {"request": "PRR-2026-1183", "op": "get"},
                "PRR-2026-1183 OPEN due 2026-12-10; Parks <-> GreenEdge emails re Riverside Park",
            ),
            "lines": [
                "That's a closed permits request - I typed 1138 instead of 1183.",
                "The right request.",
            ],
        },
        "job": {
            "start": (
                "ediscovery",
                {"search": "S-55102", "op": "process", "ocr": True, "dedupe": True},
                "processing job P-%N5% started %HM%",
            ),
            "status": ("ediscovery", {"search": "S-55102", "op": "process_status"}),
            "states": [
                "processing RUNNING: OCR 44% (attachments 127 of 288)",
                "processing RUNNING: dedupe 90%",
                "processing DONE: 842 unique emails, 288 attachments OCR'd, 19 near-duplicates grouped",
            ],
            "waits": [600, 600, 300],
            "notes": [
                "Processing started.",
                "OCR at 127 of 288 attachments.",
                "De-duplicating.",
                "Processed: 842 unique emails.",
            ],
            "resume": "Processing was started before the weekend; checking it.",
        },
        "batch": {
            "tool": "redact_tool",
            "items": [
                {
                    "set": "production_v2",
                    "doc": d,
                    "pattern": "(DOB|age \\d+|U1[0-4])",
                    "exemption": "4.2(f) minor",
                    "ocr": True,
                }
                for d in ("EM-00212", "EM-00219", "EM-00240", "EM-00305", "EM-00311")
            ],
            "obs": [
                f"{d}: redacted (4.2(f) minor), %PCT% marks"
                for d in ("EM-00212", "EM-00219", "EM-00240", "EM-00305", "EM-00311")
            ],
            "line": "Redacting the roster attachments in the first five affected emails.",
            "end": "Five done; nine more roster emails to go.",
        },
        "synth": {
            "line": "Summary: 842 unique emails; 14 carry youth rosters to redact, 12 attorney-client threads to withhold with a log, the rest releasable by 10 December.",
            "q": "Can we release in installments if the privilege review drags?",
            "a": "Yes - section 4.4 allows a first installment by the deadline with the remaining records on a stated date; the 805 non-privileged emails can go first.",
        },
        "edits": {
            "check": ("govqa", chk),
            "fails": [
                "RELEASE CHECK %ID8%: BLOCKED\n  - 14 documents with minor PII\n  - 12 PRIVILEGED documents in set\n  - exemption log missing\n3 blockers",
                "RELEASE CHECK %ID8%: BLOCKED\n  - 12 PRIVILEGED documents in set\n  - exemption log missing\n2 blockers",
                "RELEASE CHECK %ID8%: BLOCKED\n  - exemption log missing\n1 blocker",
                "RELEASE CHECK %ID8%: READY - 805 documents, 214 redactions, 12 withheld (logged)",
            ],
            "edits": [
                (
                    "redact_tool",
                    {
                        "set": "production_v2",
                        "pattern": "(DOB|age \\d+|U1[0-4])",
                        "exemption": "4.2(f) minor",
                        "attachments": True,
                        "ocr": True,
                    },
                    "production_v2: 214 marks in 14 documents",
                    "Redacting minors' details in the production set itself, OCR on.",
                ),
                (
                    "govqa",
                    {
                        "request": "PRR-2026-1183",
                        "op": "withhold",
                        "docs": "tag:PRIVILEGED",
                        "exemption": "4.3(b) attorney-client",
                    },
                    "12 documents withheld under 4.3(b)",
                    "Withholding the 12 privileged emails.",
                ),
                (
                    "govqa",
                    {"request": "PRR-2026-1183", "op": "generate_exemption_log"},
                    "exemption log generated (12 withheld, 14 redacted docs)",
                    "Generating the exemption log.",
                ),
            ],
            "end": "Release check ready: 805 documents, 12 withheld and logged.",
        },
        "ucm": {
            "write": (
                "govqa",
                {"request": "PRR-2026-1183", "op": "set_delivery", "format": "pdf_portfolio"},
                "delivery format: PDF portfolio",
            ),
            "line": "Setting delivery to a PDF portfolio.",
            "note": "PDF portfolio set.",
            "changes": [
                (
                    "Deshawn: the reporter asked for native format with metadata instead.",
                    "govqa",
                    {
                        "request": "PRR-2026-1183",
                        "op": "set_delivery",
                        "format": "native_msg",
                        "metadata": True,
                    },
                    "delivery format: native .msg with metadata",
                    "Switching to native with metadata.",
                    "Native .msg with metadata.",
                ),
                (
                    "Deshawn: legal says native leaks redacted text in metadata. Use searchable PDF plus a metadata spreadsheet.",
                    "govqa",
                    {
                        "request": "PRR-2026-1183",
                        "op": "set_delivery",
                        "format": "searchable_pdf",
                        "metadata_sheet": True,
                    },
                    "delivery format: searchable PDF + metadata.xlsx",
                    "Going to searchable PDF with a metadata sheet.",
                    "Searchable PDFs plus a metadata spreadsheet.",
                ),
            ],
        },
        "sr": {
            "wl": "Looking for the GreenEdge contract emails in the Parks shared mailbox.",
            "wrong": (
                "ediscovery",
                {
                    "custodians": ["parks-shared"],
                    "query": "greenedge AND contract",
                    "count_only": True,
                },
                "search S-%N5%: 0 items",
            ),
            "wn": "Nothing in the shared mailbox.",
            "hint": "Deshawn: contracts go through Procurement's mailbox, add them as a custodian.",
            "hl": "Adding Procurement.",
            "self": "Contract correspondence usually runs through Procurement; adding that custodian.",
            "right": (
                "ediscovery",
                {
                    "custodians": ["procurement"],
                    "query": "greenedge AND riverside",
                    "from": "2026-01-01",
                    "to": "2026-10-31",
                    "count_only": True,
                },
                "search S-%N5%: 63 items (procurement), 41 unique not in S-55102",
            ),
            "rn": "63 in Procurement, 41 of them new to our set.",
            "read": (
                "ediscovery",
                {"search": "procurement", "doc": "EM-P0017", "view": "text"},
                "2026-03-02 procurement -> ops@greenedge: 'Change order CO-3 approved, $86,400, irrigation redesign. Parks copied.'",
            ),
            "readn": "They include the change-order approvals, which are squarely in scope; adding them to the set.",
        },
        "rc": {
            "msg": "Deshawn: the reporter emailed to narrow the request to March-June only. Look at 1183 again.",
            "line": "Reopening 1183.",
            "A2": "PRR-2026-1183  OPEN  received 2026-11-24  due 2026-12-10\nscope (amended %DATE%): emails Parks & Rec <-> GreenEdge re Riverside Park, 2026-03-01..2026-06-30\nnote: requester narrowed by email  audit %RID%",
            "note": "Scope is now March to June only.",
            "act": (
                "ediscovery",
                {"search": "S-55102", "op": "filter", "from": "2026-03-01", "to": "2026-06-30"},
                "filtered set S-55102-F: 318 unique emails (8 with rosters, 9 attorney)",
            ),
            "actn": "318 emails in the narrowed window, 8 with rosters, 9 attorney threads.",
        },
        "fl": {
            "call": (
                "ediscovery",
                {
                    "custodians": ["parks-dept"],
                    "query": "greenedge AND riverside",
                    "from": "2026-01-01",
                    "to": "2026-10-31",
                    "count_only": True,
                },
            ),
            "err": "503 search cluster rebalancing shards - request not executed (trace %RID%)",
            "ok": "search S-%N5%: 1,406 items -> 842 unique emails",
            "now": "The cluster is rebalancing. Trying again.",
            "later": "Search cluster is rebalancing; waiting a bit.",
            "wait": 120,
            "okn": "842 unique emails.",
        },
        "pv": {
            "pv1": "PREVIEW %ID8% (not published)\n  release set production_v1: 842 emails, 0 redactions\n  withheld: 0\n  response letter: template RL-3 addressed to T. Whitaker",
            "fixl": "The preview points at production_v1 with no redactions and nothing withheld. Switching the response to production_v2 with the 12 withheld.",
            "fix": (
                "govqa",
                {
                    "request": "PRR-2026-1183",
                    "op": "set_release_set",
                    "set": "production_v2",
                    "withhold": "tag:PRIVILEGED",
                },
                "release set production_v2; 12 withheld under 4.3(b)",
            ),
            "fixn": "Switched. Previewing again.",
            "pv2": "PREVIEW %ID8% (not published)\n  release set production_v2: 805 emails, 214 redactions (4.2(f) minors)\n  withheld: 12 (attorney-client), exemption log attached",
            "pvn": "Redacted set, 12 withheld with a log. Publishing.",
            "apply": (
                "govqa",
                {"request": "PRR-2026-1183", "op": "publish_response", "preview": False},
                "published to requester portal at %HM%; request CLOSED (fulfilled)",
            ),
            "applyn": "Published and closed, ahead of 10 December.",
        },
        "cv": {
            "line": "Kemi is out through the 12th; the auto-reply names Paul Ferreira. Asking him.",
            "send": (
                mail,
                {
                    "to": "p.ferreira@cityattorney.gov",
                    "subject": "PRR-2026-1183 privilege review (12 emails)",
                    "body": "Kemi's auto-reply points to you. 12 emails marked privileged in the GreenEdge request are in the review folder - which do we withhold? Due 12/10.",
                },
                "sent %ID8%",
            ),
            "wait": 1800,
            "inbox": (
                mail,
                {"folder": "inbox", "from": "p.ferreira@cityattorney.gov"},
                "p.ferreira (%HM%): 'Withhold 10 under 4.3(b). EM-00633 and EM-00641 are scheduling emails, not advice - release them.'",
            ),
            "repn": "Paul withholds 10 and releases two scheduling emails.",
            "act": (
                "govqa",
                {
                    "request": "PRR-2026-1183",
                    "op": "withhold",
                    "docs": "tag:PRIVILEGED -EM-00633 -EM-00641",
                    "exemption": "4.3(b) attorney-client",
                },
                "10 documents withheld under 4.3(b); 2 released",
            ),
            "actn": "10 withheld, two back in the release set.",
        },
    }


def plasmid_sequence_verification() -> D:
    aln = {"op": "align", "construct": "pYT-217", "traces": "AZ-30-88412/*"}
    chat = "slack"
    return {
        "name": "plasmid_sequence_verification",
        "task": "Yuki (Tanabe lab). The Ostrander lab at Kellerman University is waiting for pYT-217, our lentiCRISPRv2 with the KRT5 guide. Before it goes out I need it sequence-verified: Azenta order AZ-30-88412 has Sanger reads for three minipreps (clones 2, 5, 7) - pick a clone that matches the map, make a glycerol stock and get it shipped. Don't ship anything until the MTA is fully signed, and never discard the original glycerol stocks in box F-12.",
        "openers": [
            "Aligning the Azenta reads against the pYT-217 map first.",
            "I'll start by aligning order AZ-30-88412 to the pYT-217 map.",
            "First the alignment of the three clones' reads to the map.",
        ],
        "acks": [
            "Will do, Yuki. No shipping before the MTA is signed.",
            "Understood; box F-12 stays as it is.",
            "On it - verify, stock, ship.",
        ],
        "pings": [
            "Yuki: Ostrander's postdoc pinged me again about the plasmid. Status?",
            "Yuki here - any news on pYT-217?",
        ],
        "pongs": ["On it, Yuki.", "Almost, Yuki."],
        "wait": ("timer", lambda s: {"seconds": s}, "timer done (%S% s)"),
        "A": (
            "benchling",
            aln,
            "alignment %ID8% pYT-217 (14,873 bp)\n  clone2 F/R: KRT5 guide 100%; Cas9 region 2 mismatches (c.3112A>G p.K1038E)\n  clone5 F/R: KRT5 guide 100%; Cas9 region 100% (covered 2,100 bp)\n  clone7 F: KRT5 guide 1-bp deletion (pos 18); R: low quality (QV<20)",
        ),
        "nA": "Clone 5 matches the map; clone 2 has a Cas9 missense and clone 7 a guide deletion.",
        "B": (
            "freezer_inventory",
            {"query": "pYT-217", "include": ["glycerol", "miniprep"]},
            "pYT-217 holdings\n  glycerol: F-12 pos A3 (parent, 2025-06-11, DO NOT DISCARD)\n  minipreps: box M-4 pos C2 clone2 (182 ng/ul), C5 clone5 (214 ng/ul), C7 clone7 (95 ng/ul)\nlast audit %DATE%",
        ),
        "nB": "Parent stock in F-12 A3; the clone 5 miniprep is at 214 ng/ul in M-4 C5.",
        "C": (
            "mta_tracker",
            {"mta": "MTA-2026-0457"},
            "MTA-2026-0457  pYT-217 -> Kellerman Univ. (Ostrander lab)\n  our signature: D. Whitlock (Tech Transfer) 2026-11-26\n  recipient signature: PENDING (sent 2026-11-26)\n  shipping permitted: NO",
        ),
        "nC": "MTA signed on our side only - Kellerman hasn't signed, so no shipping yet.",
        "rep": [
            "Re-running the alignment.",
            "Let me align the reads again.",
            "Once more through the alignment.",
            "I'll align again before choosing a clone.",
        ],
        "fv": {
            "tool": "seq_vendor",
            "variants": [
                {
                    "vendor": "azenta",
                    "op": "reorder",
                    "order": "AZ-30-88412",
                    "sample": "clone7",
                    "primer": "U6-F",
                },
                {
                    "vendor": "azenta",
                    "op": "reorder",
                    "order": "az-30-88412",
                    "sample": "clone7",
                    "primer": "U6-F",
                },
                {
                    "vendor": "azenta",
                    "op": "reorder",
                    "order": "AZ3088412",
                    "sample": "Clone7",
                    "primer": "U6-F",
                },
                {
                    "vendor": "Azenta",
                    "op": "reorder",
                    "order": "AZ-30-88412",
                    "sample": "clone7",
                    "primer": "U6 F",
                    "priority": True,
                },
            ],
            "err": "order AZ-30-88412 is CLOSED (results delivered 2026-12-02); re-sequencing needs a new order with samples shipped - closed orders can't be re-run. ref %RID%",
            "lines": [
                "Asking Azenta to re-run clone 7 with the U6 primer.",
                "Rejected. Lower-case order id.",
                "No dashes.",
                "Spelling the primer with a space, priority on.",
                "Still closed. I'll try the reorder with the sample's tube barcode instead.",
            ],
        },
        "vr": {
            "tool": "benchling",
            "args": {
                "op": "verify",
                "construct": "pYT-217",
                "clone": "clone5",
                "require": "full_coverage",
            },
            "fail": "VERIFY %ID8% (%TS%): FAIL\n  coverage 2,100 / 14,873 bp (14%); required 100% of insert + Cas9\n  uncovered: Cas9 4,210-8,950; WPRE\n",
            "lines": [
                "Running verification on clone 5.",
                "Fails on coverage. Maybe the traces didn't all load. Again.",
                "Same 14%. Rerunning.",
                "Trace import can be slow; once more.",
                "Still 2,100 bp covered. I'll rerun verify once the trace sync finishes.",
            ],
        },
        "cur": {
            "tool": "seq_vendor",
            "args": [
                {"vendor": "azenta", "op": "list_results", "order": "AZ-30-88412"},
                {"vendor": "azenta", "op": "list_results", "order": "AZ-30-88412", "page": 2},
                {"vendor": "azenta", "op": "list_results", "order": "AZ-30-88412", "page": 3},
                {"vendor": "azenta", "op": "list_results", "order": "AZ-30-88412", "page": 4},
            ],
            "obs": "results 1-4 of 12\n  clone2_CMV-F.ab1 QV38 | clone2_WPRE-R.ab1 QV36 | clone2_U6-F.ab1 QV40 | clone2_Cas9-mid.ab1 QV35\nlinks.next: /orders/AZ-30-88412/results?cursor=eyJvIjo0fQ ('page' is not supported)",
            "lines": [
                "Listing the trace files for the order.",
                "Four clone 2 traces. Next page.",
                "Clone 2's CMV-F again at the top. Page 3.",
                "Four more. Page 4 should finish.",
                "I've only seen clone 2's files. I'll get page 5 and check quality scores.",
            ],
        },
        "tr": {
            "tool": "benchling",
            "args": [
                {
                    "op": "export_alignment",
                    "construct": "pYT-217",
                    "clone": "clone5",
                    "format": "text",
                },
                {
                    "op": "export_alignment",
                    "construct": "pYT-217",
                    "clone": "clone5",
                    "format": "text",
                },
                {
                    "op": "export_alignment",
                    "construct": "pYT-217",
                    "clone": "clone5",
                    "format": "text",
                    "wrap": 120,
                },
                {
                    "op": "export_alignment",
                    "construct": "pYT-217",
                    "clone": "clone5",
                    "format": "text",
                },
            ],
            "obs": "pYT-217     1 TGGAAGGGCTAATTCACTCCCAAAGAAGACAAGATATCCTTGATCTGTGG 50\nclone5_U6F  1 .................................................. 50\n...\n[response clipped at 6,000 characters of 142,118]",
            "lines": [
                "Exporting clone 5's alignment to check the guide region by eye.",
                "Clipped before the guide. Exporting again.",
                "Same clip. Wider wrap.",
                "Still 6,000 characters. Once more.",
                "I still can't see the guide at position 2,240. I'll export it again.",
            ],
        },
        "wt": {
            "edit": (
                "benchling",
                [
                    {
                        "op": "annotate",
                        "construct": "pYT-217-draft",
                        "feature": "KRT5 sgRNA",
                        "start": 2240,
                        "end": 2259,
                    },
                    {
                        "op": "annotate",
                        "construct": "pYT-217-draft",
                        "feature": "KRT5 sgRNA",
                        "start": 2240,
                        "end": 2259,
                        "strand": "+",
                    },
                    {
                        "op": "annotate",
                        "construct": "pYT-217-draft",
                        "feature": "KRT5 sgRNA",
                        "start": 2239,
                        "end": 2259,
                        "strand": "+",
                        "type": "misc_RNA",
                    },
                ],
                "annotation saved on pYT-217-draft (%HM%)",
            ),
            "check": (
                "benchling",
                {
                    "op": "verify",
                    "construct": "pYT-217",
                    "clone": "clone5",
                    "require": "guide_feature",
                },
                "VERIFY %ID8%: FAIL\n  required feature 'KRT5 sgRNA' not annotated on reference pYT-217 (registry entity seq_Yt217)",
            ),
            "lines": [
                "The map lacks a guide feature. Annotating it.",
                "Verify still can't find it. Adding the strand.",
                "Same failure. Widening by a base and setting the type.",
                "Still missing. I'll annotate the guide again with the full 20-mer as the name.",
            ],
        },
        "ooo": {
            "send": (
                chat,
                [
                    {
                        "channel": "@marcus.ostrander",
                        "text": "Hi Marcus - MTA-2026-0457 for pYT-217 is waiting on Kellerman's signature. Could you nudge your tech transfer office?",
                    },
                    {
                        "channel": "@marcus.ostrander",
                        "text": "Following up on the MTA signature - plasmid is verified and ready.",
                    },
                    {
                        "channel": "@marcus.ostrander",
                        "text": "Marcus, any news on the MTA? Happy to ship as soon as it's signed.",
                    },
                ],
                "posted %ID8%\n[auto] Marcus Ostrander: At the Cold Spring Harbor meeting until 14 Dec, checking messages rarely. For MTAs and shipments please contact my lab manager Priya Sandoval (@priya.sandoval).",
            ),
            "inbox": (
                chat,
                {"channel": "@marcus.ostrander", "history": 5},
                "no new messages since %HM%",
            ),
            "waits": [1800, 3600],
            "lines": [
                "Asking Dr. Ostrander to push the MTA on their side.",
                "Giving it a while.",
                "No reply. Following up.",
                "Still nothing. Another nudge.",
                "I'll message Marcus again tomorrow morning.",
            ],
        },
        "rs": [
            "Let me start with the alignment of the three clones.",
            "Then the freezer holdings.",
            "And the MTA status.",
            "Right - I'll begin again with the alignment so the clone choice is solid.",
        ],
        "dry": {
            "tool": "courier",
            "args": [
                {
                    "carrier": "fedex",
                    "op": "create_shipment",
                    "to": "Ostrander Lab, Kellerman Univ.",
                    "contents": "pYT-217 clone5 DNA 2 ug",
                    "validate_only": True,
                },
                {
                    "carrier": "fedex",
                    "op": "create_shipment",
                    "to": "Ostrander Lab, Kellerman Univ.",
                    "contents": "pYT-217 clone5 DNA 2 ug",
                    "validate_only": True,
                    "rates": True,
                },
                {
                    "carrier": "fedex",
                    "op": "create_shipment",
                    "to": "Ostrander Lab, Kellerman Univ.",
                    "contents": "pYT-217 clone5 DNA 2 ug",
                    "validate_only": True,
                    "service": "PRIORITY_OVERNIGHT",
                },
                {
                    "carrier": "fedex",
                    "op": "create_shipment",
                    "to": "Ostrander Lab, Kellerman Univ.",
                    "contents": "pYT-217 clone5 DNA 2 ug",
                    "validate_only": True,
                },
            ],
            "obs": "VALIDATE ONLY %ID8%: OK\n  service PRIORITY_OVERNIGHT, ambient, UN3373 not required (plasmid DNA)\n  delivery est. next day by 10:30\n  MTA gate: MTA-2026-0457 fully executed\n  no label created",
            "lines": [
                "Validating the shipment.",
                "Valid. Again with rates.",
                "Rates fine. Checking the service.",
                "Overnight confirmed. One more validation.",
                "All green each time. I'll validate once more with the customs fields shown, then create the label.",
            ],
        },
        "click": {
            "tool": "browser",
            "args": [
                {"action": "click", "selector": "#create-order"},
                {"action": "click", "text": "Create sequencing order"},
                {"action": "click", "selector": "#create-order", "timeout_ms": 5000},
                {"action": "click", "selector": "button[data-test=create-order]"},
            ],
            "obs": "Azenta > New Sanger order > Review\nSamples: 1 (clone5, premixed)  Primers: Cas9-mid-F, Cas9-mid-R\nBilling: PO number required\n<button id=create-order disabled>Create sequencing order</button>\nno request made",
            "lines": [
                "New Azenta order for full Cas9 coverage is filled in. Creating it.",
                "Nothing. Clicking by text.",
                "With a longer timeout.",
                "Using the data-test selector.",
                "The order won't create. I'll reload the review page and click Create again.",
            ],
        },
        "crj": {
            "start": (
                "benchling",
                {
                    "op": "assemble",
                    "construct": "pYT-217",
                    "traces": "AZ-30-88412/clone5*",
                    "mode": "full",
                },
                "assembly task T-%N5% queued %HM%",
            ),
            "status": (
                "benchling",
                {"op": "task_status", "construct": "pYT-217", "task": "assemble"},
                "assembly RUNNING: %PCT%% (basecalling trace %PCT% of 12)",
            ),
            "restart": (
                "benchling",
                [
                    {
                        "op": "assemble",
                        "construct": "pYT-217",
                        "traces": "AZ-30-88412/clone5*",
                        "mode": "full",
                        "cancel_previous": True,
                    },
                    {
                        "op": "assemble",
                        "construct": "pYT-217",
                        "traces": "AZ-30-88412/clone5*",
                        "mode": "fast",
                        "cancel_previous": True,
                    },
                ],
                "previous task cancelled; assembly task T-%N5% queued %HM%",
            ),
            "wait": 120,
            "lines": [
                "Assembling clone 5's traces into a consensus.",
                "Barely started after two minutes. Restarting.",
                "Still slow. Restarting in fast mode.",
                "Still near the start. I'll restart it again later.",
            ],
        },
        "att": {
            "send": (
                "lab_mail",
                [
                    {
                        "to": "techtransfer@kellerman.example.edu",
                        "subject": "MTA-2026-0457 - pYT-217 map and sequencing report",
                        "body": "Please find attached the plasmid map and verification report you asked for before signing.",
                        "attachments": [],
                    },
                    {
                        "to": "techtransfer@kellerman.example.edu",
                        "subject": "RE: MTA-2026-0457 - map and report",
                        "body": "Resending with the files.",
                        "attachments": [],
                    },
                    {
                        "to": "techtransfer@kellerman.example.edu",
                        "subject": "RE: MTA-2026-0457 - map and report",
                        "body": "Files attached again.",
                        "attachments": [],
                    },
                ],
                "message %ID8% sent; attachment count 0",
            ),
            "inbox": (
                "lab_mail",
                {"from": "techtransfer@kellerman.example.edu", "unread": True},
                [
                    "Kellerman Tech Transfer (%HM%): 'We can sign once we have the map and report - nothing was attached.'",
                    "Kellerman Tech Transfer (%HM%): 'Still no attachments received.'",
                ],
            ),
            "wait": 900,
            "lines": [
                "Sending Kellerman's tech transfer office the map and report.",
                "They got no files. Resending.",
                "Sending again.",
                "I'll resend it and ask them to confirm.",
            ],
        },
        "pages": {
            "tool": "seq_vendor",
            "args": [
                {"vendor": "azenta", "op": "list_results", "order": "AZ-30-88412"},
                {
                    "vendor": "azenta",
                    "op": "list_results",
                    "order": "AZ-30-88412",
                    "cursor": "eyJvIjo0fQ",
                },
                {
                    "vendor": "azenta",
                    "op": "list_results",
                    "order": "AZ-30-88412",
                    "cursor": "eyJvIjo4fQ",
                },
                {
                    "vendor": "azenta",
                    "op": "list_results",
                    "order": "AZ-30-88412",
                    "cursor": "eyJvIjoxMn0",
                },
            ],
            "obs": [
                "results 1-4 of 12: clone2 CMV-F QV38, WPRE-R QV36, U6-F QV40, Cas9-mid QV35\nlinks.next: cursor=eyJvIjo0fQ",
                "results 5-8 of 12: clone5 CMV-F QV39, WPRE-R QV37, U6-F QV41, Cas9-mid FAILED (no signal)\nlinks.next: cursor=eyJvIjo4fQ",
                "results 9-12 of 12: clone7 CMV-F QV17, WPRE-R QV12, U6-F QV33, Cas9-mid QV14\nlinks.next: cursor=eyJvIjoxMn0",
                "results: none after 12",
            ],
            "notes": [
                "Clone 2's four reads are all good quality.",
                "Clone 5's Cas9-mid read failed - that's the coverage gap.",
                "Clone 7's reads are mostly poor quality.",
                "All 12 seen.",
            ],
            "line": "Listing the trace files with the cursor to check quality.",
            "end": "Clone 5 needs a Cas9-mid re-read; clone 7 is too poor to judge.",
        },
        "typo": {
            "bad": (
                "benchling",
                {"op": "align", "construct": "pYT-271", "traces": "AZ-30-88412/*"},
                "entity 'pYT-271' not found in registry",
            ),
            "good": (
                "benchling",
                {"op": "align", "construct": "pYT-217", "traces": "AZ-30-88412/*"},
                "alignment %ID8%: clone5 matches; clone2 Cas9 K1038E; clone7 guide 1-bp deletion",
            ),
            "lines": ["pYT-271 isn't ours - the construct is pYT-217.", "Alignment done."],
        },
        "job": {
            "start": (
                "seq_vendor",
                {"vendor": "azenta", "op": "track", "order": "AZ-30-90177"},
                "order AZ-30-90177 (clone5 Cas9 walk, 4 primers): RECEIVED at lab %HM%",
            ),
            "status": ("seq_vendor", {"vendor": "azenta", "op": "track", "order": "AZ-30-90177"}),
            "states": [
                "AZ-30-90177: IN PROCESS (cycle sequencing)",
                "AZ-30-90177: IN PROCESS (capillary run 2 of 2)",
                "AZ-30-90177: COMPLETE - 4 traces, QV 36-41",
            ],
            "waits": [3600, 3600, 1800],
            "notes": [
                "Azenta has the Cas9-walk samples.",
                "Cycle sequencing under way.",
                "On the capillary.",
                "Four good traces back.",
            ],
            "resume": "The Cas9-walk order went in yesterday; checking it.",
        },
        "batch": {
            "tool": "freezer_inventory",
            "items": [
                {
                    "op": "register",
                    "box": "F-14",
                    "pos": p,
                    "item": f"pYT-217 clone5 glycerol #{i}",
                    "parent": "F-12 A3",
                }
                for i, p in enumerate(("B1", "B2", "B3", "B4", "B5"), 1)
            ],
            "obs": [
                f"registered F-14 {p}: pYT-217 clone5 glycerol #{i} (parent F-12 A3)"
                for i, p in enumerate(("B1", "B2", "B3", "B4", "B5"), 1)
            ],
            "line": "Registering the five new clone 5 glycerol tubes in box F-14, linked to the parent stock.",
            "end": "Five tubes registered; F-12 untouched.",
        },
        "synth": {
            "line": "Clone 5 matches the map where read, but Cas9 coverage is only 14%; the parent stock is safe in F-12; the MTA still needs Kellerman's signature.",
            "q": "Could we just send clone 2? It had full coverage.",
            "a": "No - clone 2 carries K1038E in Cas9, which sits in the RuvC region and could cut activity. Clone 5 after a Cas9 walk is the safer send.",
        },
        "edits": {
            "check": (
                "benchling",
                {
                    "op": "verify",
                    "construct": "pYT-217",
                    "clone": "clone5",
                    "require": "full_coverage",
                },
            ),
            "fails": [
                "VERIFY %ID8%: FAIL\n  coverage 14%\n  reference lacks 'KRT5 sgRNA' feature\n  clone5 Cas9-mid trace failed\n3 issues",
                "VERIFY %ID8%: FAIL\n  coverage 14%\n  clone5 Cas9-mid trace failed\n2 issues",
                "VERIFY %ID8%: FAIL\n  coverage 71% (Cas9 6,120-8,950 uncovered)\n1 issue",
                "VERIFY %ID8%: PASS - 100% insert + Cas9 coverage, 0 mismatches",
            ],
            "edits": [
                (
                    "benchling",
                    {
                        "op": "annotate",
                        "construct": "pYT-217",
                        "feature": "KRT5 sgRNA",
                        "start": 2240,
                        "end": 2259,
                        "strand": "+",
                    },
                    "annotation saved on registry entity pYT-217",
                    "Annotating the guide on the registered reference, not the draft.",
                ),
                (
                    "benchling",
                    {"op": "import_traces", "construct": "pYT-217", "traces": "AZ-30-90177/*"},
                    "imported 4 traces (clone5 Cas9 walk)",
                    "Importing the Cas9-walk traces.",
                ),
                (
                    "benchling",
                    {"op": "import_traces", "construct": "pYT-217", "traces": "AZ-30-90177-R/*"},
                    "imported 2 traces (reverse walk)",
                    "Adding the reverse walk for the last gap.",
                ),
            ],
            "end": "Clone 5 verifies: full coverage, no mismatches.",
        },
        "ucm": {
            "write": (
                "courier",
                {
                    "carrier": "fedex",
                    "op": "set_preferences",
                    "contents": "pYT-217 clone5 DNA 2 ug",
                    "form": "dried on filter paper",
                },
                "preferences saved: DNA on filter paper",
            ),
            "line": "Planning to send the DNA dried on filter paper.",
            "note": "Filter-paper format saved.",
            "changes": [
                (
                    "Yuki: Ostrander's lab asked for a bacterial stab instead, they don't want to retransform.",
                    "courier",
                    {
                        "carrier": "fedex",
                        "op": "set_preferences",
                        "contents": "pYT-217 clone5 agar stab",
                        "form": "stab",
                    },
                    "preferences saved: agar stab",
                    "Switching to an agar stab.",
                    "Stab it is.",
                ),
                (
                    "Yuki: change again - send both, stab plus 2 ug DNA in TE, on ice packs.",
                    "courier",
                    {
                        "carrier": "fedex",
                        "op": "set_preferences",
                        "contents": ["pYT-217 clone5 agar stab", "pYT-217 clone5 DNA 2 ug in TE"],
                        "packaging": "ice packs",
                    },
                    "preferences saved: stab + DNA in TE, ice packs",
                    "Sending both with ice packs.",
                    "Stab plus DNA, on ice packs.",
                ),
            ],
        },
        "sr": {
            "wl": "Searching the freezer inventory for a glycerol stock of clone 5.",
            "wrong": (
                "freezer_inventory",
                {"query": "pYT-217 clone5", "type": "glycerol"},
                "0 items",
            ),
            "wn": "No clone 5 glycerol stock registered.",
            "hint": "Yuki: Jonas streaked clone 5 last week - check the bench notebook, not the freezer.",
            "hl": "Searching the notebook.",
            "self": "A fresh clone may only be in a notebook entry, not yet registered; searching the notebook.",
            "right": (
                "benchling",
                {"op": "search_notebook", "query": "pYT-217 clone 5", "since": "2026-11-25"},
                "1 entry: 'pYT-217 minipreps + streaks' by J. Berg, 2026-11-28",
            ),
            "rn": "Jonas's entry from 28 November.",
            "read": (
                "benchling",
                {"op": "read_entry", "entry": "pYT-217 minipreps + streaks", "section": "Results"},
                "Clones 2, 5, 7 miniprepped (box M-4). Clone 5 streak on LB-amp plate P-1128 at 4 C; no glycerol stock yet.",
            ),
            "readn": "Clone 5 exists only as a streak on plate P-1128 at 4 C; I'll make the glycerol stock from that plate.",
        },
        "rc": {
            "msg": "Yuki: Jonas re-ran clone 7 with a fresh prep overnight and dropped the traces in. Look at the alignment again.",
            "line": "Re-aligning with the new clone 7 traces.",
            "A2": "alignment %ID8% pYT-217 (14,873 bp)\n  clone2 F/R: KRT5 guide 100%; Cas9 c.3112A>G p.K1038E\n  clone5 F/R: KRT5 guide 100%; Cas9 region 100% (covered 2,100 bp)\n  clone7b F/R: KRT5 guide 100%; Cas9 region 100% (covered 9,400 bp, QV 38)",
            "note": "The fresh clone 7 prep is clean and covers 9,400 bp - far more than clone 5.",
            "act": (
                "benchling",
                {
                    "op": "set_primary_clone",
                    "construct": "pYT-217",
                    "clone": "clone7b",
                    "note": "clean re-prep, 9.4 kb covered",
                },
                "primary clone set: clone7b",
            ),
            "actn": "Clone 7b becomes the primary candidate; it still needs the WPRE end read.",
        },
        "fl": {
            "call": (
                "seq_vendor",
                {"vendor": "azenta", "op": "download", "order": "AZ-30-88412", "files": "*.ab1"},
            ),
            "err": "ECONNRESET while streaming archive from results.azenta.example (partial 3.1 of 7.4 MB) id %RID%",
            "ok": "downloaded 12 .ab1 files (7.4 MB) to /data/seq/AZ-30-88412/",
            "now": "The download reset halfway. Retrying.",
            "later": "Connection reset mid-download; waiting a moment.",
            "wait": 30,
            "okn": "All 12 trace files downloaded.",
        },
        "pv": {
            "pv1": "VALIDATE ONLY %ID8%: BLOCKED\n  service PRIORITY_OVERNIGHT, ambient\n  delivery est. next day\n  MTA gate: MTA-2026-0457 recipient signature PENDING\n  no label created",
            "fixl": "The validation blocks on Kellerman's signature. Their tech transfer office asked for the map and report; sending them through the MTA tracker.",
            "fix": (
                "mta_tracker",
                {
                    "mta": "MTA-2026-0457",
                    "op": "attach",
                    "files": ["pYT-217_map.gb", "pYT-217_clone5_verification.pdf"],
                    "notify": "recipient",
                },
                "2 files attached; recipient notified",
            ),
            "fixn": "Documents sent. Kellerman signed an hour later; validating again.",
            "pv2": "VALIDATE ONLY %ID8%: OK\n  service PRIORITY_OVERNIGHT, ambient\n  MTA gate: MTA-2026-0457 fully executed %DATE%\n  no label created",
            "pvn": "MTA executed. Creating the label.",
            "apply": (
                "courier",
                {
                    "carrier": "fedex",
                    "op": "create_shipment",
                    "to": "Ostrander Lab, Kellerman Univ.",
                    "contents": "pYT-217 clone5 DNA 2 ug",
                    "validate_only": False,
                },
                "label created: tracking 7781 %N5% 2210, pickup 16:00",
            ),
            "applyn": "Label created; pickup at 16:00.",
        },
        "cv": {
            "line": "Marcus is at a meeting until the 14th and points to his lab manager. Messaging Priya.",
            "send": (
                chat,
                {
                    "channel": "@priya.sandoval",
                    "text": "Hi Priya - Marcus's status pointed me to you. MTA-2026-0457 for pYT-217 is waiting on Kellerman's signature. Can you check with your tech transfer office?",
                },
                "posted %ID8%",
            ),
            "wait": 2400,
            "inbox": (
                chat,
                {"channel": "@priya.sandoval", "history": 5},
                "Priya Sandoval (%HM%): 'Tech transfer needs the plasmid map and verification report before signing - send them via the MTA tracker and they'll sign today.'",
            ),
            "repn": "Their office needs the map and verification report before signing.",
            "act": (
                "mta_tracker",
                {
                    "mta": "MTA-2026-0457",
                    "op": "attach",
                    "files": ["pYT-217_map.gb", "pYT-217_clone5_verification.pdf"],
                    "notify": "recipient",
                },
                "2 files attached; recipient notified",
            ),
            "actn": "Documents attached through the tracker; shipping waits for their signature.",
        },
    }


DOMAINS = [
    medical_records_release,
    transfer_credit_evaluation,
    court_efiling_exhibits,
    injection_mold_scrap,
    retail_cam_reconciliation,
    documentary_music_clearance,
    public_records_request,
    plasmid_sequence_verification,
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
                rid = f"twentyeighth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                c = Clock(rng)
                d = make()
                steps = builder(rng, d, n, c)
                first = next(s for s in steps if s["kind"] == "tool")
                if not (first["tool"] == d["A"][0] and first["args"] == d["A"][1]):
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
