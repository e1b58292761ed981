"""Generate the fourth ("fresh") loop-detection evaluation set: ``trajectories.jsonl``.

Written before the third tuning round, without reading the detectors, from material written
for this set only: eight domains that no earlier set uses, their own tools, arguments and
wording. See ``README.md``. The output is deterministic (fixed seed); run

    python tests/data/trajectories_fresh/generate.py

to rewrite ``trajectories.jsonl`` next to this file.
"""

from __future__ import annotations

import copy
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 4417093
OUT = Path(__file__).with_name("trajectories.jsonl")

StepDict = dict[str, Any]
Row = dict[str, Any]


# --------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One tool call and what it returned."""

    tool: str
    args: dict[str, Any]
    obs: str
    error: bool = False

    def step(self, args: dict[str, Any] | None = None, obs: str | None = None) -> StepDict:
        return {
            "kind": "tool",
            "tool": self.tool,
            "args": copy.deepcopy(self.args if args is None else args),
            "observation": self.obs if obs is None else obs,
            "error": self.error,
        }


def ok(tool: str, args: dict[str, Any], obs: str) -> Call:
    return Call(tool, args, obs)


def err(tool: str, args: dict[str, Any], obs: str) -> Call:
    return Call(tool, args, obs, error=True)


def say(text: str, obs: str = "") -> StepDict:
    step: StepDict = {"kind": "llm", "text": text}
    if obs:
        step["observation"] = obs
    return step


@dataclass(frozen=True)
class Flip:
    """A setting the stuck agent flips between two values; ``check`` never changes."""

    tool: str
    args: dict[str, Any]
    key: str
    values: tuple[Any, Any]
    set_obs: str  # formatted with {v}
    check: Call
    remarks: tuple[str, ...]


@dataclass(frozen=True)
class Job:
    start: Call
    poll_tool: str
    poll_args: dict[str, Any]
    statuses: tuple[str, ...]
    wait: Call
    done: str


@dataclass(frozen=True)
class Corrected:
    bad: Call
    note: str
    good: Call
    after: str


@dataclass(frozen=True)
class Transient:
    errors: tuple[str, str]
    call: Call
    follow: Call
    after: str


@dataclass(frozen=True)
class Rerun:
    check: Call  # the first run
    fixes: tuple[tuple[Call, str, str], ...]  # (fix, the check's new result, remark)


@dataclass(frozen=True, kw_only=True)
class Domain:
    name: str
    task: str
    opener: str
    prefix: tuple[Call, ...]
    warmup: tuple[Call | str, ...]
    # the lookup a stuck agent keeps returning to
    lookup: Call
    lookup_spellings: tuple[dict[str, Any], ...]
    volatile_arg: str
    volatile_obs: str  # formatted with {iso} {hhmm} {id} {n} {ms}
    rechecks: tuple[str, ...]
    # intentions announced and never carried out
    intents: tuple[tuple[str, ...], tuple[str, ...]]
    near_same: str
    ab: tuple[Call, Call]
    ab_remarks: tuple[str, ...]
    flip: Flip
    cycle: tuple[Call, Call, Call]
    fail: Call
    fail_spellings: tuple[dict[str, Any], ...]
    fail_desc: str
    # progress material
    pager: tuple[tuple[dict[str, Any], str, str], ...]  # (args, result, remark)
    pager_tool: str
    pager_done: str
    corrected: Corrected
    job: Job
    docs: tuple[tuple[Call, str], ...]
    docs_near_identical: bool
    docs_done: str
    entities: tuple[tuple[Call, str], ...]
    entities_same_result: bool
    entities_done: str
    transient: Transient
    updates: tuple[tuple[Call, str], ...]
    questions: tuple[tuple[str, Call, str], ...]
    refine: tuple[tuple[Call, str], ...]
    adjust: tuple[tuple[Call, Call, str], ...]
    adjust_done: str
    rerun: Rerun
    rerun_done: str


class Clock:
    """Monotonic wall-clock noise for volatile results."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.now = datetime(2025, 3, rng.randint(3, 27), rng.randint(6, 21), rng.randint(0, 59))

    def tick(self) -> dict[str, str]:
        rng = self.rng
        self.now += timedelta(seconds=rng.randint(4, 95))
        return {
            "iso": self.now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "hhmm": self.now.strftime("%H:%M"),
            "id": token(rng, 8),
            "n": str(rng.randint(1000, 99999)),
            "ms": str(rng.randint(14, 880)),
        }


def token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


# --------------------------------------------------------------------------------------------
# Shared banks (each builder mixes these with the domain's own wording)
# --------------------------------------------------------------------------------------------

HUMAN_NUDGES = (
    "ok",
    "go on",
    "sure",
    "continue",
    "ok thanks",
    "yep",
    "carry on",
    "sounds good",
    "k",
    "go ahead",
    "fine",
    "mm-hm",
    "yes please",
    "keep going",
    "👍",
)
HARNESS_NUDGES = ("continue", "Continue.", "Please continue.", "continue")

APOLOGIES = (
    "Sorry - {what} didn't go through. Let me try it again.",
    "Apologies, that failed. Retrying {what}.",
    "My mistake. I'll redo {what}.",
    "I apologise for the error; attempting {what} once more.",
    "Sorry about that! Trying {what} again now.",
    "That's on me - retrying {what}.",
    "Apologies again. One more attempt at {what}.",
    "Sorry, it's still failing. I'll give {what} another go.",
    "I'm sorry for the repeated failures. Retrying {what}.",
    "Oops. Let me run {what} again.",
    "Sorry for the trouble; resubmitting {what}.",
    "Apologies - I'll try {what} one more time, it should work now.",
)
FRUSTRATED = ("it failed again", "same error", "still broken?", "that didn't work", "again?")

RETRY_REMARKS = (
    "Retrying.",
    "Let me try that again.",
    "Trying once more.",
    "Once more.",
    "Resubmitting.",
    "Another attempt.",
    "Let me rerun it.",
    "Giving it another shot.",
)
REWORD_REMARKS = (
    "Maybe it's the formatting. Trying a slightly different spelling.",
    "Let me tidy up the arguments and resubmit.",
    "Perhaps it didn't like how I wrote that; adjusting.",
    "I'll normalise the input and retry.",
    "Could be a typo on my side - resubmitting with cleaned-up parameters.",
    "Trying the same request written differently.",
)
FLIP_REMARKS = (
    "No change. Switching it back.",
    "That didn't help - reverting.",
    "Still the same; flipping it back.",
    "Maybe the earlier value was better after all.",
)
TRANSIENT_REMARKS = (
    "Looks transient - retrying.",
    "A blip on their side. One more try.",
    "Server hiccup; trying again.",
    "That's a temporary error, so I'll retry.",
)
SECOND_TRANSIENT_REMARKS = (
    "Another transient error; I'll give it one more attempt.",
    "Still flaky. Retrying once more.",
    "Their side is still recovering. Third try.",
)
ACKS = ("Let me check.", "Looking that up.", "One moment.", "Checking.", "On it.", "Let me see.")
POLL_REMARKS = ("Not done yet.", "Still in progress.", "Moving along.", "It's progressing.")
SAME_STATUS_REMARKS = (
    "Same stage as before; giving it more time.",
    "No change yet - it's a long step. Waiting a bit longer.",
    "Still on that step. Checking again after a pause.",
)
SAME_STATUS_NO_WAIT_REMARKS = (
    "Same stage as before.",
    "No change yet; that step takes a while.",
    "Still at that point.",
)
ACK_PREFIXES = ("Sure. ", "Understood. ", "Right, ", "Okay. ")


# --------------------------------------------------------------------------------------------
# Domains
# --------------------------------------------------------------------------------------------

_QC_S07 = "S07: 71.4% mapped, mean target depth 18x, 9.6% duplicates - FAIL (depth < 30x)"
_BRCA1 = "BRCA1: 3 variants (2 benign, 1 VUS: c.5096G>A in S04)"

GENOMICS = Domain(
    name="genomics_pipeline",
    task=(
        "Run germline variant calling on the 12 exome samples in batch EXB-0457, flag any "
        "sample that fails QC, and list the pathogenic calls in hereditary cancer genes."
    ),
    opener="I'll begin by pulling the run manifest for batch EXB-0457.",
    prefix=(
        ok(
            "fetch_run_manifest",
            {"batch": "EXB-0457"},
            "EXB-0457: 12 samples (S01-S12), GRCh38, Twist Exome 2.0, FASTQ in "
            "s3://seqcore-raw/EXB-0457/, sequenced 2025-02-11 on NovaSeq X lane 3.",
        ),
        ok(
            "get_lane_stats",
            {"flowcell": "22HVTKLT3", "lane": 3},
            "Lane 3: 412M clusters passing filter, 92.9% >= Q30, no instrument flags.",
        ),
    ),
    warmup=(
        ok(
            "get_sample_qc",
            {"sample": "S01"},
            "S01: 98.1% mapped, mean target depth 112x, 0.8% duplicates - PASS",
        ),
        "S01 passes comfortably. Next, S02.",
        ok(
            "get_sample_qc",
            {"sample": "S02"},
            "S02: 97.6% mapped, mean target depth 96x, 1.1% duplicates - PASS",
        ),
        "Both pass. S07 was marked low-yield in the manifest, so I'll look at it now.",
        ok("get_sample_qc", {"sample": "S07"}, _QC_S07),
    ),
    lookup=ok("get_sample_qc", {"sample": "S07"}, _QC_S07),
    lookup_spellings=(
        {"sample": "S07 "},
        {"sample": "s07"},
        {"sample": "EXB-0457/S07"},
        {"sample": "S07", "batch": "EXB-0457"},
    ),
    volatile_arg="client_token",
    volatile_obs="[qc-svc {iso} req={id}] " + _QC_S07,
    rechecks=(
        "Let me pull S07's QC once more.",
        "Re-checking the QC numbers for S07.",
        "I want to confirm S07's depth before deciding anything.",
        "Double-checking sample 7.",
        "One more look at the S07 metrics.",
        "S07 again - maybe the metrics were refreshed.",
    ),
    intents=(
        (
            "I'll requeue S07 for resequencing now.",
            "Next step: send sample S07 back to the sequencing queue.",
            "S07 needs another sequencing run; I'm about to submit that.",
            "Going to put S07 back in the resequencing queue.",
            "The right move is to request resequencing for S07, which I'll do next.",
            "Submitting S07 for a fresh sequencing run.",
            "Let me file the resequencing request for S07.",
        ),
        (
            "Now I'll filter the joint VCF down to the hereditary cancer panel.",
            "Time to restrict the calls to the cancer-predisposition genes.",
            "Next I'm going to pull only the panel genes out of the cohort VCF.",
            "I'll apply the gene-panel filter to the joint-called VCF.",
            "Let me narrow the VCF to the 25 panel genes.",
            "Filtering the cohort calls to the hereditary cancer panel comes next.",
        ),
    ),
    near_same="Running the panel filter on the joint VCF now.",
    ab=(
        ok("query_variants", {"gene": "BRCA1", "batch": "EXB-0457"}, _BRCA1),
        ok(
            "query_variants",
            {"gene": "BRCA2", "batch": "EXB-0457"},
            "BRCA2: 1 variant (benign: c.7242A>G, in 9 samples)",
        ),
    ),
    ab_remarks=(
        "Let me compare with BRCA2.",
        "Back to BRCA1 to cross-check.",
        "And BRCA2 again.",
        "Checking BRCA1 against that.",
    ),
    flip=Flip(
        tool="set_pipeline_param",
        args={"pipeline": "germline-v4", "param": "min_mapq"},
        key="value",
        values=(10, 20),
        set_obs="germline-v4: min_mapq = {v}",
        check=ok(
            "estimate_callable",
            {"sample": "S07"},
            "S07 callable target bases: 41.2% (needs >= 90%)",
        ),
        remarks=(
            "A lower mapping-quality cutoff might rescue S07.",
            "Putting min_mapq back to 20.",
            "Trying 10 again to see if the callable fraction moves.",
        ),
    ),
    cycle=(
        ok(
            "fetch_run_manifest",
            {"batch": "EXB-0457"},
            "EXB-0457: 12 samples (S01-S12), GRCh38, Twist Exome 2.0, FASTQ in "
            "s3://seqcore-raw/EXB-0457/, sequenced 2025-02-11 on NovaSeq X lane 3.",
        ),
        ok("get_sample_qc", {"sample": "S07"}, _QC_S07),
        ok(
            "get_lane_stats",
            {"flowcell": "22HVTKLT3", "lane": 3},
            "Lane 3: 412M clusters passing filter, 92.9% >= Q30, no instrument flags.",
        ),
    ),
    fail=err(
        "submit_alignment",
        {"sample": "S07", "reference": "GRCh38", "aligner": "bwa-mem2"},
        "SchedulerError: project 'seqcore' has 0 of 0 node-hours left on partition 'bigmem'; "
        "job rejected",
    ),
    fail_spellings=(
        {"sample": "S07", "reference": "grch38", "aligner": "bwa-mem2"},
        {"sample": "S07", "reference": "GRCh38 ", "aligner": "bwa_mem2"},
        {"sample": "S07", "reference": "hg38", "aligner": "bwa-mem2"},
        {"aligner": "bwa-mem2", "sample": "S07", "reference": "GRCh38"},
    ),
    fail_desc="the S07 alignment submission",
    pager_tool="list_variants",
    pager=(
        (
            {"batch": "EXB-0457", "impact": "HIGH", "page": 1},
            "1-5 of 14: TP53 c.743G>A (S02); MLH1 c.1852_1853del (S09); ATM c.7271T>G (S05); "
            "CHEK2 c.1100delC (S11); PALB2 c.3113G>A (S04)",
            "Five high-impact calls on page one, two of them in well-known risk genes.",
        ),
        (
            {"batch": "EXB-0457", "impact": "HIGH", "page": 2},
            "6-10 of 14: APC c.3920T>A (S01); MUTYH c.536A>G (S06); BRIP1 c.2392C>T (S10); "
            "RAD51C c.790G>A (S03); MSH6 c.3261dup (S08)",
            "Page two adds five more, including the APC I1307K founder allele in S01.",
        ),
        (
            {"batch": "EXB-0457", "impact": "HIGH", "page": 3},
            "11-14 of 14: PMS2 c.736_741del (S12); CDH1 c.1137G>A (S02); STK11 c.180C>G (S09); "
            "NBN c.657_661del (S06)",
            "Last page: four more, so 14 high-impact calls across 11 samples.",
        ),
    ),
    pager_done="All 14 high-impact calls listed; next I'll check each one's ClinVar status.",
    corrected=Corrected(
        bad=err(
            "query_variants",
            {"gene": "BRCA-1", "batch": "EXB-0457"},
            "ValueError: unknown HGNC symbol 'BRCA-1' (did you mean BRCA1?)",
        ),
        note="The HGNC symbol has no hyphen; querying BRCA1.",
        good=ok("query_variants", {"gene": "BRCA1", "batch": "EXB-0457"}, _BRCA1),
        after="BRCA1 has one VUS in S04 and nothing pathogenic.",
    ),
    job=Job(
        start=ok(
            "submit_joint_calling",
            {"batch": "EXB-0457", "caller": "DeepVariant+GLnexus"},
            "Accepted: job 884190 (joint calling, 12 gVCFs)",
        ),
        poll_tool="get_job",
        poll_args={"job_id": 884190},
        statuses=(
            "884190 PENDING (position 3 in queue)",
            "884190 RUNNING make_examples 4/12 shards",
            "884190 RUNNING call_variants 9/12 shards",
            "884190 RUNNING GLnexus merge",
            "884190 COMPLETED in 1h42m; s3://seqcore-results/EXB-0457/joint.vcf.gz",
        ),
        wait=ok("sleep", {"seconds": 300}, "slept 300 s"),
        done="Joint calling finished; the cohort VCF is ready for filtering.",
    ),
    docs=(
        (
            ok(
                "get_lane_report",
                {"flowcell": "22HVTKLT3", "lane": 1},
                "FastQC lane 1: 398M reads, 93.1% >= Q30, adapter content < 0.5%, "
                "no overrepresented sequences.",
            ),
            "Lane 1 is clean: 398M reads, 93.1% at Q30.",
        ),
        (
            ok(
                "get_lane_report",
                {"flowcell": "22HVTKLT3", "lane": 2},
                "FastQC lane 2: 401M reads, 93.4% >= Q30, adapter content < 0.5%, "
                "no overrepresented sequences.",
            ),
            "Lane 2 is clean too: 401M reads, 93.4% at Q30.",
        ),
        (
            ok(
                "get_lane_report",
                {"flowcell": "22HVTKLT3", "lane": 3},
                "FastQC lane 3: 412M reads, 92.9% >= Q30, adapter content 0.6%, "
                "no overrepresented sequences.",
            ),
            "Lane 3 is clean: 412M reads, 92.9% at Q30, adapters slightly higher at 0.6%.",
        ),
        (
            ok(
                "get_lane_report",
                {"flowcell": "22HVTKLT3", "lane": 4},
                "FastQC lane 4: 389M reads, 88.2% >= Q30, adapter content < 0.5%, "
                "poly-G tails in 3.1% of reads.",
            ),
            "Lane 4 is the weak one: 389M reads, 88.2% at Q30 and some poly-G tails.",
        ),
    ),
    docs_near_identical=True,
    docs_done="Lanes 1-3 are fine; lane 4's poly-G tails should be trimmed before alignment.",
    entities=(
        (
            ok(
                "get_sample_qc",
                {"sample": "S03"},
                "S03: 97.9% mapped, mean target depth 104x, 0.9% duplicates - PASS",
            ),
            "S03 passes.",
        ),
        (
            ok(
                "get_sample_qc",
                {"sample": "S04"},
                "S04: 96.2% mapped, mean target depth 88x, 2.3% duplicates - PASS",
            ),
            "S04 passes, duplicates a little higher.",
        ),
        (
            ok(
                "get_sample_qc",
                {"sample": "S05"},
                "S05: 98.4% mapped, mean target depth 131x, 0.7% duplicates - PASS",
            ),
            "S05 is the deepest so far.",
        ),
        (
            ok(
                "get_sample_qc",
                {"sample": "S06"},
                "S06: 93.0% mapped, mean target depth 47x, 4.8% duplicates - PASS (low depth)",
            ),
            "S06 passes but only just on depth.",
        ),
        (
            ok(
                "get_sample_qc",
                {"sample": "S08"},
                "S08: 97.1% mapped, mean target depth 99x, 1.0% duplicates - PASS",
            ),
            "S08 passes.",
        ),
    ),
    entities_same_result=False,
    entities_done="S03-S06 and S08 all pass; S06 is borderline on depth and worth a note.",
    transient=Transient(
        errors=(
            "HTTP 503 from scheduler API: upstream connect error or disconnect/reset",
            "ReadTimeout: scheduler did not answer within 30 s",
        ),
        call=ok(
            "submit_alignment",
            {"sample": "S03", "reference": "GRCh38", "aligner": "bwa-mem2"},
            "Job 884213 submitted (bwa-mem2, GRCh38, 16 threads, partition standard)",
        ),
        follow=ok(
            "submit_alignment",
            {"sample": "S04", "reference": "GRCh38", "aligner": "bwa-mem2"},
            "Job 884214 submitted (bwa-mem2, GRCh38, 16 threads, partition standard)",
        ),
        after="S03 and S04 are both queued for alignment now.",
    ),
    updates=(
        (
            ok("get_alignment_progress", {"batch": "EXB-0457"}, "aligned 3/12: S01 S02 S03"),
            "Status: 3 of 12 samples aligned; S01-S03 all above 95% mapping.",
        ),
        (
            ok(
                "get_alignment_progress",
                {"batch": "EXB-0457"},
                "aligned 6/12: S01 S02 S03 S04 S05 S06",
            ),
            "Status: 6 of 12 aligned; S05 has the highest depth so far at 131x.",
        ),
        (
            ok(
                "get_alignment_progress",
                {"batch": "EXB-0457"},
                "aligned 9/12: S01-S06 S08 S09; S07 FAILED (low yield)",
            ),
            "Status: 9 of 12 processed; S07 failed on yield, S08 and S09 are fine.",
        ),
        (
            ok(
                "get_alignment_progress",
                {"batch": "EXB-0457"},
                "aligned 11/12: S01-S06 S08-S12; S07 FAILED (low yield)",
            ),
            "Status: all done except S07; S10-S12 pass, so S07 is the only QC failure.",
        ),
    ),
    questions=(
        (
            "Which samples failed QC?",
            ok("get_qc_summary", {"batch": "EXB-0457"}, "1 of 12 failed: S07 (depth 18x)"),
            "Only S07, on depth (18x against a 30x minimum).",
        ),
        (
            "Which samples carry a BRCA1 variant?",
            ok("query_variants", {"gene": "BRCA1", "batch": "EXB-0457"}, _BRCA1),
            "Only S04, and it's a VUS (c.5096G>A).",
        ),
        (
            "Which samples carry a CHEK2 variant?",
            ok(
                "query_variants",
                {"gene": "CHEK2", "batch": "EXB-0457"},
                "CHEK2: 1 variant (pathogenic: c.1100delC in S11)",
            ),
            "S11 carries CHEK2 c.1100delC, which is pathogenic.",
        ),
        (
            "Which samples carry a PALB2 variant?",
            ok(
                "query_variants",
                {"gene": "PALB2", "batch": "EXB-0457"},
                "PALB2: 1 variant (pathogenic: c.3113G>A in S04)",
            ),
            "S04 again, with PALB2 c.3113G>A - pathogenic.",
        ),
    ),
    refine=(
        (
            ok("query_cohort", {"filter": "impact=HIGH"}, "14 variants in 14 genes, 11 samples"),
            "Too broad; restricting to ClinVar pathogenic.",
        ),
        (
            ok(
                "query_cohort",
                {"filter": "impact=HIGH AND clinvar=Pathogenic"},
                "6 variants: CHEK2 (S11), PALB2 (S04), MLH1 (S09), TP53 (S02), ATM (S05), "
                "MSH6 (S08)",
            ),
            "Six pathogenic calls. Now limiting to the breast-cancer genes the clinician asked about.",
        ),
        (
            ok(
                "query_cohort",
                {
                    "filter": "impact=HIGH AND clinvar=Pathogenic AND "
                    "gene IN (BRCA1,BRCA2,PALB2,CHEK2,ATM)"
                },
                "3 variants: CHEK2 c.1100delC (S11), PALB2 c.3113G>A (S04), ATM c.7271T>G (S05)",
            ),
            "Three pathogenic breast-cancer-gene calls: S11, S04 and S05.",
        ),
    ),
    adjust=(
        (
            ok("set_worker_pool", {"pool": "align", "size": 8}, "pool align: 8 workers"),
            ok("get_queue_eta", {"pool": "align"}, "queue 40 jobs, ETA 6h10m, cost $7.60/h"),
            "Eight workers would take over six hours. Doubling.",
        ),
        (
            ok("set_worker_pool", {"pool": "align", "size": 16}, "pool align: 16 workers"),
            ok("get_queue_eta", {"pool": "align"}, "queue 40 jobs, ETA 3h05m, cost $15.20/h"),
            "About three hours now, within budget. Trying 24 to see if it's worth it.",
        ),
        (
            ok("set_worker_pool", {"pool": "align", "size": 24}, "pool align: 24 workers"),
            ok(
                "get_queue_eta",
                {"pool": "align"},
                "queue 40 jobs, ETA 2h40m (I/O bound above 18 workers), cost $22.80/h",
            ),
            "Only 25 minutes faster for 50% more cost - it's I/O bound.",
        ),
        (
            ok("set_worker_pool", {"pool": "align", "size": 18}, "pool align: 18 workers"),
            ok("get_queue_eta", {"pool": "align"}, "queue 40 jobs, ETA 2h45m, cost $17.10/h"),
            "18 workers: nearly the same speed as 24 at much lower cost.",
        ),
    ),
    adjust_done="Keeping the pool at 18 workers.",
    rerun=Rerun(
        check=ok(
            "validate_samplesheet",
            {"path": "EXB-0457/SampleSheet.csv"},
            "2 errors: row 7 index ATCACG duplicates row 3; row 12 missing Sample_Project",
        ),
        fixes=(
            (
                ok(
                    "edit_samplesheet",
                    {"path": "EXB-0457/SampleSheet.csv", "row": 7, "index": "CGATGT"},
                    "row 7 index -> CGATGT",
                ),
                "1 error: row 12 missing Sample_Project",
                "The index clash is gone; one error left.",
            ),
            (
                ok(
                    "edit_samplesheet",
                    {"path": "EXB-0457/SampleSheet.csv", "row": 12, "Sample_Project": "seqcore"},
                    "row 12 Sample_Project -> seqcore",
                ),
                "OK: 12 samples, 12 unique indexes",
                "The sample sheet validates now.",
            ),
        ),
    ),
    rerun_done="Sample sheet fixed; demultiplexing can run.",
)

_EU4 = "eu-4: tick 41/64 Hz, p99 frame 38 ms, packet loss 0.3%, GC pauses 210 ms avg"
_EU4_CFG = "eu-4 config: build 14.2.0, max_heap 6g, gc G1, tick_target 64, max_players 2000"

GAME = Domain(
    name="game_server_ops",
    task=(
        "Players on the EU shards report rubber-banding since the 14.2 patch. Find the cause "
        "and fix it without restarting shards during peak hours."
    ),
    opener="Looking at the EU shard fleet first.",
    prefix=(
        ok(
            "list_shards",
            {"region": "eu"},
            "eu-1..eu-6 ONLINE; players 1,204 / 1,530 / 988 / 1,712 / 1,090 / 644; build 14.2.0",
        ),
    ),
    warmup=(
        ok(
            "get_shard_metrics",
            {"shard": "eu-1"},
            "eu-1: tick 64/64 Hz, p99 frame 11 ms, packet loss 0.2%, GC pauses 30 ms avg",
        ),
        "eu-1 is healthy. eu-4 has the most players, so it's next.",
        ok("get_shard_metrics", {"shard": "eu-4"}, _EU4),
        "eu-4 is dropping ticks, and its GC pauses look like the culprit.",
    ),
    lookup=ok("get_shard_metrics", {"shard": "eu-4"}, _EU4),
    lookup_spellings=(
        {"shard": "EU-4"},
        {"shard": "eu4"},
        {"shard": "eu-4 "},
        {"shard": "eu-4", "fields": ["tick", "frame", "loss", "gc"]},
    ),
    volatile_arg="trace",
    volatile_obs="sampled {iso} ({ms} ms query) | " + _EU4,
    rechecks=(
        "Pulling eu-4's metrics again.",
        "Let me see whether eu-4 has recovered.",
        "Checking eu-4 one more time.",
        "Another look at eu-4's tick rate.",
        "Refreshing the eu-4 numbers.",
        "Let me re-query eu-4 to be sure.",
    ),
    intents=(
        (
            "I'll raise the heap limit on eu-4 to cut the GC pauses.",
            "The fix is a bigger heap for eu-4; applying it next.",
            "Next up: bump eu-4's max heap so the collector runs less often.",
            "Let me increase the memory ceiling on eu-4.",
            "Going to give eu-4 more heap headroom now.",
            "eu-4 needs its heap raised - that's the change I'll make.",
        ),
        (
            "I'm going to move players off eu-4 onto eu-6, which has room.",
            "Plan: migrate eu-4's sessions to eu-6 before touching anything.",
            "First I'll shift the eu-4 population over to eu-6.",
            "Let me rebalance - eu-4 players go to the quiet eu-6 shard.",
            "Draining eu-4 into eu-6 is the next step.",
            "I'll start the player migration from eu-4 to eu-6.",
        ),
    ),
    near_same="Applying the heap change to eu-4 now.",
    ab=(
        ok("get_shard_metrics", {"shard": "eu-4"}, _EU4),
        ok("get_shard_config", {"shard": "eu-4"}, _EU4_CFG),
    ),
    ab_remarks=(
        "Config again, to compare.",
        "Back to the live metrics.",
        "Let me line that up with the config.",
        "And the metrics once more.",
    ),
    flip=Flip(
        tool="set_tick_rate",
        args={"shard": "eu-4"},
        key="hz",
        values=(48, 64),
        set_obs="eu-4 tick target set to {v} Hz (applied live)",
        check=ok(
            "get_player_complaints",
            {"shard": "eu-4", "since": "10m"},
            "eu-4: 37 rubber-banding reports in the last 10 min",
        ),
        remarks=(
            "A lower tick target might stop the overruns.",
            "Complaints didn't drop; back to 64.",
            "Let me give 48 Hz another try.",
        ),
    ),
    cycle=(
        ok(
            "list_shards",
            {"region": "eu"},
            "eu-1..eu-6 ONLINE; players 1,204 / 1,530 / 988 / 1,712 / 1,090 / 644; build 14.2.0",
        ),
        ok("get_shard_metrics", {"shard": "eu-4"}, _EU4),
        ok(
            "get_patch_notes",
            {"version": "14.2.0"},
            "14.2.0: new physics interpolation, inventory rework (items now kept in memory "
            "per session), anti-cheat v3 server module",
        ),
    ),
    fail=err(
        "restart_shard",
        {"shard": "eu-4", "mode": "rolling"},
        "Denied: change freeze 18:00-23:00 CET (peak hours); override needs on-call lead approval",
    ),
    fail_spellings=(
        {"shard": "eu-4", "mode": "graceful"},
        {"shard": "EU-4", "mode": "rolling"},
        {"shard": "eu-4", "mode": "rolling", "reason": "GC pauses"},
        {"shard": "eu-4", "mode": "rolling", "drain_seconds": 60},
    ),
    fail_desc="the eu-4 restart",
    pager_tool="get_player_reports",
    pager=(
        (
            {"tag": "rubberband"},
            "reports 1-4 of 11 (next_cursor=r-2231): #9812 eu-4 'teleported back every few "
            "seconds'; #9815 eu-4 'lag in raids'; #9820 eu-2 'stutter on login'; "
            "#9823 eu-4 'desync when mounted'",
            "Three of the first four are on eu-4.",
        ),
        (
            {"tag": "rubberband", "cursor": "r-2231"},
            "reports 5-8 of 11 (next_cursor=r-2247): #9830 eu-4 'rubberbanding in PvP'; "
            "#9834 eu-5 'slow inventory'; #9841 eu-4 'mobs freezing'; #9844 eu-2 'desync'",
            "Two more on eu-4, one each on eu-5 and eu-2.",
        ),
        (
            {"tag": "rubberband", "cursor": "r-2247"},
            "reports 9-11 of 11 (next_cursor=null): #9850 eu-4 'rollback after trade'; "
            "#9853 eu-1 'voice drops'; #9859 eu-4 'lag spikes every 30 s'",
            "Last three: eu-4 twice, and an unrelated voice issue on eu-1.",
        ),
    ),
    pager_done="7 of the 11 reports are on eu-4, with eu-2 a distant second.",
    corrected=Corrected(
        bad=err(
            "get_gc_log",
            {"shard": "eu-4", "since": "1 hour ago"},
            "ValueError: 'since' must be RFC 3339 or a duration such as '60m'",
        ),
        note="It wants a duration; using 60m.",
        good=ok(
            "get_gc_log",
            {"shard": "eu-4", "since": "60m"},
            "eu-4 GC, last 60m: 212 young pauses (avg 34 ms), 18 mixed pauses (avg 410 ms, max "
            "1.2 s); heap after GC 5.7g of 6g",
        ),
        after="Heap after GC sits at 5.7 of 6 GB: since the inventory rework the heap is too small.",
    ),
    job=Job(
        start=ok(
            "run_load_test",
            {"target": "staging-eu", "profile": "raid-40", "max_heap": "10g"},
            "load test LT-5521 created",
        ),
        poll_tool="get_load_test",
        poll_args={"id": "LT-5521"},
        statuses=(
            "LT-5521 QUEUED",
            "LT-5521 RAMPING 120/400 bots",
            "LT-5521 STEADY 400 bots, tick 62 Hz",
            "LT-5521 COMPLETE: p99 tick 61 Hz, no GC pause above 80 ms",
        ),
        wait=ok("wait", {"seconds": 90}, "waited 90 s"),
        done="With a 10g heap the raid profile holds 61 Hz and pauses stay under 80 ms.",
    ),
    docs=(
        (
            ok(
                "get_postmortem",
                {"id": "PM-311"},
                "PM-311 (March): rubber-banding on NA shards after 13.8; cause: physics "
                "interpolation buffer of 2 ticks; fix: raise to 4.",
            ),
            "PM-311: an interpolation buffer that was too small after 13.8.",
        ),
        (
            ok(
                "get_postmortem",
                {"id": "PM-327"},
                "PM-327 (May): EU login stutter; cause: auth cache eviction storm; fix: "
                "staggered TTLs.",
            ),
            "PM-327 was an auth-cache problem, unrelated to movement.",
        ),
        (
            ok(
                "get_postmortem",
                {"id": "PM-340"},
                "PM-340 (July): raid desync on eu-2; cause: GC pauses from loot tables held on "
                "heap; fix: heap 4g -> 6g, loot tables moved off-heap.",
            ),
            "PM-340 is the closest match: GC pauses on an EU shard, fixed with a bigger heap.",
        ),
        (
            ok(
                "get_postmortem",
                {"id": "PM-352"},
                "PM-352 (September): packet loss on eu-5 from a failing top-of-rack switch; "
                "fix: hardware swap.",
            ),
            "PM-352 was network hardware, not the server process.",
        ),
    ),
    docs_near_identical=False,
    docs_done="Only PM-340 matches today's symptoms; its fix was heap plus moving data off-heap.",
    entities=(
        (
            ok("get_build", {"shard": "eu-1"}, "eu-1: build 14.2.0 (sha 7e1c9ab), config rev 88"),
            "eu-1 is on 14.2.0, sha 7e1c9ab.",
        ),
        (
            ok("get_build", {"shard": "eu-2"}, "eu-2: build 14.2.0 (sha 7e1c9ab), config rev 88"),
            "eu-2 matches it.",
        ),
        (
            ok("get_build", {"shard": "eu-3"}, "eu-3: build 14.2.0 (sha 7e1c9ab), config rev 88"),
            "eu-3 too.",
        ),
        (
            ok("get_build", {"shard": "eu-5"}, "eu-5: build 14.2.0 (sha 7e1c9ab), config rev 88"),
            "eu-5 the same.",
        ),
        (
            ok("get_build", {"shard": "eu-6"}, "eu-6: build 14.2.0 (sha 7e1c9ab), config rev 88"),
            "And eu-6.",
        ),
    ),
    entities_same_result=True,
    entities_done=(
        "Every EU shard runs the same build and config revision, so eu-4's trouble comes from "
        "its load, not from a bad deploy."
    ),
    transient=Transient(
        errors=(
            "503 Service Unavailable: fleet-api is reloading",
            "ConnectionResetError: peer closed the connection during TLS handshake",
        ),
        call=ok(
            "set_heap_limit",
            {"shard": "eu-4", "max_heap": "10g", "apply": "live"},
            "eu-4 max_heap 6g -> 10g (live resize, no restart)",
        ),
        follow=ok(
            "get_shard_metrics",
            {"shard": "eu-4"},
            "eu-4: tick 63/64 Hz, p99 frame 12 ms, packet loss 0.3%, GC pauses 45 ms avg",
        ),
        after="The live resize worked: eu-4 is back to 63 Hz with 45 ms pauses.",
    ),
    updates=(
        (
            ok(
                "get_shard_metrics",
                {"shard": "eu-4"},
                "eu-4: tick 63/64 Hz, p99 frame 12 ms, GC pauses 45 ms avg",
            ),
            "Update: heap raised on eu-4; GC pauses down from 210 ms to 45 ms.",
        ),
        (
            ok(
                "get_player_complaints",
                {"shard": "eu-4", "since": "10m"},
                "eu-4: 9 rubber-banding reports in the last 10 min",
            ),
            "Update: reports on eu-4 fell from 37 to 9 per ten minutes.",
        ),
        (
            ok(
                "get_shard_metrics",
                {"shard": "eu-2"},
                "eu-2: tick 58/64 Hz, p99 frame 21 ms, GC pauses 120 ms avg",
            ),
            "Update: eu-2 shows the same pattern, milder - 58 Hz and 120 ms pauses.",
        ),
        (
            ok(
                "set_heap_limit",
                {"shard": "eu-2", "max_heap": "10g", "apply": "live"},
                "eu-2 max_heap 6g -> 10g (live resize, no restart)",
            ),
            "Update: eu-2's heap is raised as well; eu-3 and eu-5 are left to check.",
        ),
    ),
    questions=(
        (
            "How many players are on eu-4 right now?",
            ok("get_population", {"shard": "eu-4"}, "eu-4: 1,712 online, 31 in login queue"),
            "1,712, with 31 more waiting in the login queue.",
        ),
        (
            "And on eu-6?",
            ok("get_population", {"shard": "eu-6"}, "eu-6: 644 online, 0 in login queue"),
            "644 and no queue.",
        ),
        (
            "How about eu-2?",
            ok("get_population", {"shard": "eu-2"}, "eu-2: 1,530 online, 4 in login queue"),
            "1,530, four queued.",
        ),
        (
            "eu-3?",
            ok("get_population", {"shard": "eu-3"}, "eu-3: 988 online, 0 in login queue"),
            "988, no queue.",
        ),
    ),
    refine=(
        (
            ok("search_logs", {"query": "rubber band"}, "4,210 matches across 6 shards"),
            "Far too broad.",
        ),
        (
            ok(
                "search_logs",
                {"query": "rubber band", "shard": "eu-4", "level": "WARN"},
                "612 matches: 590 'tick overrun', 22 'client correction > 2 m'",
            ),
            "Almost all are tick overruns.",
        ),
        (
            ok(
                "search_logs",
                {"query": "tick overrun", "shard": "eu-4", "correlate": "gc"},
                "588 of 590 tick overruns begin within 50 ms of a G1 mixed pause",
            ),
            "So the overruns are GC-driven, nearly every time.",
        ),
    ),
    adjust=(
        (
            ok("set_gc_pause_target", {"shard": "eu-4", "ms": 200}, "eu-4 MaxGCPauseMillis=200"),
            ok("get_shard_metrics", {"shard": "eu-4"}, "eu-4: tick 44/64 Hz, GC pauses 190 ms"),
            "44 Hz at a 200 ms pause target. Tightening.",
        ),
        (
            ok("set_gc_pause_target", {"shard": "eu-4", "ms": 100}, "eu-4 MaxGCPauseMillis=100"),
            ok("get_shard_metrics", {"shard": "eu-4"}, "eu-4: tick 52/64 Hz, GC pauses 96 ms"),
            "52 Hz at 100 ms. Tighter still.",
        ),
        (
            ok("set_gc_pause_target", {"shard": "eu-4", "ms": 50}, "eu-4 MaxGCPauseMillis=50"),
            ok(
                "get_shard_metrics",
                {"shard": "eu-4"},
                "eu-4: tick 60/64 Hz, GC pauses 48 ms, CPU 71%",
            ),
            "60 Hz at 50 ms, with CPU still below 75%.",
        ),
    ),
    adjust_done="Leaving the pause target at 50 ms until the heap change can be scheduled.",
    rerun=Rerun(
        check=ok(
            "validate_config",
            {"file": "shards/eu-4.yaml"},
            "2 errors: line 14 max_heap '10 g' is not a size; line 31 unknown key 'gc_pause_ms'",
        ),
        fixes=(
            (
                ok(
                    "edit_config",
                    {"file": "shards/eu-4.yaml", "line": 14, "text": "max_heap: 10g"},
                    "line 14 updated",
                ),
                "1 error: line 31 unknown key 'gc_pause_ms' (did you mean 'gc_pause_target_ms'?)",
                "Heap line fixed; the GC key is misnamed.",
            ),
            (
                ok(
                    "edit_config",
                    {"file": "shards/eu-4.yaml", "line": 31, "text": "gc_pause_target_ms: 50"},
                    "line 31 updated",
                ),
                "OK: shards/eu-4.yaml is valid",
                "Valid now.",
            ),
        ),
    ),
    rerun_done="The eu-4 config validates; it can go out in tonight's maintenance window.",
)

_Z4 = "B7-Z4 @30cm: 16% VWC (refill point 22%) - below refill since Sun 06:00"
_B7_SCHED = (
    "B7 schedule: zones Z1-Z6, 90 min each nightly from 22:00, sequential; last run ended 05:12"
)
_PS2 = "PS-2: pump 1 running 38 m3/h, outlet 2.1 bar; pump 2 offline (maintenance)"

FARM = Domain(
    name="farm_irrigation",
    task=(
        "Field B7's soybeans are showing drought stress. Work out why the drip irrigation isn't "
        "keeping up, and fix the schedule before Thursday's heatwave."
    ),
    opener="Let me start with the field record for B7.",
    prefix=(
        ok(
            "get_field",
            {"field": "B7"},
            "B7: 42 ha soybean (R3), drip zones Z1-Z6, pump station PS-2, silty clay loam",
        ),
    ),
    warmup=(
        ok(
            "read_soil_probe",
            {"probe": "B7-Z1"},
            "B7-Z1 @30cm: 24% VWC (refill point 22%, field capacity 34%)",
        ),
        "Zone 1 is low but above refill. Zone 4 is at the dry end of the field.",
        ok("read_soil_probe", {"probe": "B7-Z4"}, _Z4),
        "Z4 is well below the refill point - that's where the stress is.",
    ),
    lookup=ok("read_soil_probe", {"probe": "B7-Z4"}, _Z4),
    lookup_spellings=(
        {"probe": "b7-z4"},
        {"probe": "B7-Z4", "depth_cm": 30},
        {"probe": "B7 Z4"},
        {"probe": " B7-Z4"},
    ),
    volatile_arg="poll_id",
    volatile_obs=_Z4 + " | battery 3.61 V | uplink {iso} rssi -{ms}",
    rechecks=(
        "Reading the zone 4 probe again.",
        "Let me see if Z4 has moved.",
        "Checking B7-Z4 moisture once more.",
        "Re-polling the Z4 sensor.",
        "Another reading from zone 4, just to be sure.",
        "Z4 again.",
    ),
    intents=(
        (
            "I'll lengthen zone 4's drip runtime in tonight's schedule.",
            "Zone 4 needs a longer irrigation window; I'm going to edit the schedule for it.",
            "Next: add run time to B7-Z4.",
            "Going to extend the Z4 watering cycle.",
            "Let me give zone 4 more minutes in the schedule.",
            "The schedule change for Z4, a longer runtime, comes next.",
        ),
        (
            "I should check the pressure at the Z4 valve.",
            "Let me look at line pressure on the zone 4 lateral.",
            "Next I'll read the pressure sensor downstream of the Z4 valve.",
            "Pressure on the Z4 line is what I want to see now.",
            "I'll check whether zone 4 is getting enough pressure.",
            "Time to pull the Z4 valve pressure reading.",
        ),
    ),
    near_same="Updating the zone 4 runtime in the schedule now.",
    ab=(
        ok("get_schedule", {"field": "B7"}, _B7_SCHED),
        ok("get_pump_status", {"station": "PS-2"}, _PS2),
    ),
    ab_remarks=(
        "Let me check the pump side.",
        "And the schedule again.",
        "Comparing with the pump station.",
        "Back to the schedule.",
    ),
    flip=Flip(
        tool="set_valve",
        args={"valve": "B7-Z4"},
        key="state",
        values=("open", "closed"),
        set_obs="B7-Z4 valve command '{v}' acknowledged",
        check=ok("read_flow_meter", {"meter": "B7-Z4"}, "B7-Z4 flow: 0.0 m3/h"),
        remarks=(
            "Opening the Z4 valve by hand.",
            "No flow. Closing it and trying again.",
            "Let me cycle the valve once more.",
        ),
    ),
    cycle=(
        ok("get_schedule", {"field": "B7"}, _B7_SCHED),
        ok("get_pump_status", {"station": "PS-2"}, _PS2),
        ok(
            "get_weather_forecast",
            {"location": "B7", "days": 3},
            "Tue 31C, Wed 34C, Thu 38C (heat advisory), no rain; ET0 7.8 mm/day on Thu",
        ),
    ),
    fail=err(
        "update_schedule",
        {"field": "B7", "zone": "Z4", "minutes": 150},
        "PermissionError: role 'assistant' cannot modify live irrigation schedules "
        "(requires 'agronomist')",
    ),
    fail_spellings=(
        {"field": "B7", "zone": "z4", "minutes": 150},
        {"field": "B7", "zone": "Z4", "minutes": "150"},
        {"field": "B7", "zone": "Z4", "duration": "2h30m"},
        {"field": " B7", "zone": "Z4", "minutes": 150},
    ),
    fail_desc="the Z4 schedule change",
    pager_tool="list_probe_readings",
    pager=(
        (
            {"field": "B7", "offset": 0, "limit": 4},
            "probes 1-4 of 12: Z1 24%, Z2 23%, Z3 21%, Z4 16%",
            "Shallow probes in Z1-Z4: only Z4 is clearly dry, Z3 is marginal.",
        ),
        (
            {"field": "B7", "offset": 4, "limit": 4},
            "probes 5-8 of 12: Z5 25%, Z6 26%, Z1-deep 29%, Z2-deep 28%",
            "Z5, Z6 and the deep probes in Z1-Z2 are comfortable.",
        ),
        (
            {"field": "B7", "offset": 8, "limit": 4},
            "probes 9-12 of 12: Z3-deep 27%, Z4-deep 19%, Z5-deep 30%, Z6-deep 31%",
            "Z4 is dry at depth too (19%), so this isn't just surface drying.",
        ),
    ),
    pager_done="Of the 12 probes, only zone 4's are below refill, shallow and deep.",
    corrected=Corrected(
        bad=err(
            "get_weather_forecast",
            {"location": "B7", "days": 10},
            "ValueError: days must be between 1 and 7",
        ),
        note="Seven days is the maximum; asking for that.",
        good=ok(
            "get_weather_forecast",
            {"location": "B7", "days": 7},
            "Tue 31C, Wed 34C, Thu 38C, Fri 37C, Sat 33C, Sun 30C, Mon 29C with 12 mm rain; "
            "ET0 peak 7.8 mm/day",
        ),
        after="Three days above 33C before Monday's rain, with ET0 up to 7.8 mm a day.",
    ),
    job=Job(
        start=ok(
            "run_filter_flush",
            {"station": "PS-2", "filter": "F3"},
            "flush job FL-207 created",
        ),
        poll_tool="get_flush_job",
        poll_args={"job": "FL-207"},
        statuses=(
            "FL-207 QUEUED (waiting for pump 1 to idle)",
            "FL-207 FLUSHING cycle 2 of 4, dP 0.6 bar",
            "FL-207 FLUSHING cycle 4 of 4, dP 0.3 bar",
            "FL-207 DONE: dP 0.2 bar, filter F3 clean",
        ),
        wait=ok("sleep", {"minutes": 10}, "done sleeping"),
        done="Filter F3 is clean again (0.2 bar differential).",
    ),
    docs=(
        (
            ok(
                "get_advisory",
                {"id": "EXT-22-14"},
                "EXT-22-14: soybean at R3 uses 7-8 mm/day in heat; water stress at R3 costs "
                "more yield than at any vegetative stage.",
            ),
            "R3 soybeans need 7-8 mm a day and are at their most yield-sensitive now.",
        ),
        (
            ok(
                "get_advisory",
                {"id": "EXT-23-02"},
                "EXT-23-02: on silty clay loams, drip emitters clog with iron bacteria after "
                "about three seasons; flush laterals monthly.",
            ),
            "Emitter clogging is common in this soil after a few seasons; monthly flushing.",
        ),
        (
            ok(
                "get_advisory",
                {"id": "EXT-23-09"},
                "EXT-23-09: below 0.8 bar, pressure-compensating emitters lose regulation; "
                "the tail ends of long laterals get the least water.",
            ),
            "Low pressure starves the far ends of long laterals first.",
        ),
        (
            ok(
                "get_advisory",
                {"id": "EXT-24-05"},
                "EXT-24-05: before a heatwave, irrigate to field capacity 24-48 h ahead and "
                "split night runs into two pulses.",
            ),
            "Ahead of a heatwave: fill the profile a day or two early and split night runs.",
        ),
    ),
    docs_near_identical=False,
    docs_done="Together: check pressure and clogging on Z4's laterals, then pre-irrigate by Wednesday.",
    entities=(
        (ok("get_valve", {"valve": "B7-Z1"}, "B7-Z1: closed, self-test OK, no faults"), "Z1 fine."),
        (ok("get_valve", {"valve": "B7-Z2"}, "B7-Z2: closed, self-test OK, no faults"), "Z2 fine."),
        (ok("get_valve", {"valve": "B7-Z3"}, "B7-Z3: closed, self-test OK, no faults"), "Z3 too."),
        (ok("get_valve", {"valve": "B7-Z5"}, "B7-Z5: closed, self-test OK, no faults"), "Z5 fine."),
        (ok("get_valve", {"valve": "B7-Z6"}, "B7-Z6: closed, self-test OK, no faults"), "Z6 fine."),
    ),
    entities_same_result=True,
    entities_done="All five other valves pass their self-test, so the fault is specific to zone 4.",
    transient=Transient(
        errors=(
            "GatewayTimeout: LoRaWAN network server did not respond",
            "HTTP 429: probe API rate limit, retry after 5 s",
        ),
        call=ok("read_pressure", {"sensor": "B7-Z4-P"}, "B7-Z4-P: 0.4 bar (design 1.2 bar)"),
        follow=ok(
            "inspect_filter",
            {"station": "PS-2", "filter": "F3"},
            "F3 differential pressure 0.9 bar (clean: 0.2 bar) - flush recommended",
        ),
        after="Z4 gets a third of its design pressure, and filter F3 upstream is clogged.",
    ),
    updates=(
        (
            ok("read_pressure", {"sensor": "B7-Z4-P"}, "B7-Z4-P: 0.4 bar (design 1.2 bar)"),
            "Update: Z4 line pressure is 0.4 bar, a third of design.",
        ),
        (
            ok(
                "inspect_filter",
                {"station": "PS-2", "filter": "F3"},
                "F3 differential pressure 0.9 bar (clean: 0.2 bar)",
            ),
            "Update: filter F3 at PS-2 is clogged, 0.9 bar across it.",
        ),
        (
            ok("get_flush_job", {"job": "FL-207"}, "FL-207 DONE: dP 0.2 bar, filter F3 clean"),
            "Update: F3 has been flushed and is back to 0.2 bar.",
        ),
        (
            ok("read_pressure", {"sensor": "B7-Z4-P"}, "B7-Z4-P: 1.1 bar (design 1.2 bar)"),
            "Update: Z4 pressure recovered to 1.1 bar after the flush.",
        ),
    ),
    questions=(
        (
            "What's the moisture in zone 2?",
            ok("read_soil_probe", {"probe": "B7-Z2"}, "B7-Z2 @30cm: 23% VWC (refill point 22%)"),
            "23%, just above refill.",
        ),
        (
            "Zone 5?",
            ok("read_soil_probe", {"probe": "B7-Z5"}, "B7-Z5 @30cm: 25% VWC (refill point 22%)"),
            "25%, comfortable.",
        ),
        (
            "And zone 3?",
            ok("read_soil_probe", {"probe": "B7-Z3"}, "B7-Z3 @30cm: 21% VWC (refill point 22%)"),
            "21% - just under refill, worth watching.",
        ),
        (
            "What about zone 6?",
            ok("read_soil_probe", {"probe": "B7-Z6"}, "B7-Z6 @30cm: 26% VWC (refill point 22%)"),
            "26%, the wettest zone.",
        ),
    ),
    refine=(
        (
            ok("query_ndvi", {"field": "B7"}, "B7 NDVI mean 0.71; 6 low patches, 3.4 ha in total"),
            "Six low patches. Filtering by severity.",
        ),
        (
            ok(
                "query_ndvi",
                {"field": "B7", "below": 0.6},
                "4 patches below 0.6 (2.9 ha), all in Z4 and the south of Z3",
            ),
            "All the severe ones are in Z4 or next to it.",
        ),
        (
            ok(
                "query_ndvi",
                {"field": "B7", "below": 0.6, "zone": "Z4"},
                "3 patches (2.5 ha), all at the far ends of laterals 12-18",
            ),
            "They sit at the ends of the laterals - the low-pressure pattern.",
        ),
    ),
    adjust=(
        (
            ok("set_regulator", {"station": "PS-2", "bar": 1.4}, "PS-2 regulator -> 1.4 bar"),
            ok("read_pressure", {"sensor": "B7-Z4-P"}, "B7-Z4-P: 0.7 bar (design 1.2 bar)"),
            "0.7 bar at Z4. Raising the setpoint.",
        ),
        (
            ok("set_regulator", {"station": "PS-2", "bar": 1.8}, "PS-2 regulator -> 1.8 bar"),
            ok("read_pressure", {"sensor": "B7-Z4-P"}, "B7-Z4-P: 0.9 bar (design 1.2 bar)"),
            "0.9 bar. Closer.",
        ),
        (
            ok("set_regulator", {"station": "PS-2", "bar": 2.2}, "PS-2 regulator -> 2.2 bar"),
            ok("read_pressure", {"sensor": "B7-Z4-P"}, "B7-Z4-P: 1.2 bar (design 1.2 bar)"),
            "Design pressure reached at Z4.",
        ),
    ),
    adjust_done="PS-2 stays at 2.2 bar until the F3 filter is cleaned.",
    rerun=Rerun(
        check=ok(
            "validate_draft_schedule",
            {"draft": "B7-heatwave"},
            "2 conflicts: Z4 overlaps Z5 22:00-23:30; total runtime 10h exceeds the 9h night window",
        ),
        fixes=(
            (
                ok(
                    "edit_draft_schedule",
                    {"draft": "B7-heatwave", "zone": "Z4", "start": "21:00"},
                    "draft B7-heatwave: Z4 starts 21:00",
                ),
                "1 conflict: total runtime 10h exceeds the 9h night window",
                "No overlap now; still too long for one night.",
            ),
            (
                ok(
                    "edit_draft_schedule",
                    {"draft": "B7-heatwave", "zone": "Z1", "minutes": 30},
                    "draft B7-heatwave: Z1 30 min",
                ),
                "OK: 9h 0m total, no overlaps",
                "Fits the window now.",
            ),
        ),
    ),
    rerun_done="The heatwave draft validates; it goes to the agronomist for approval.",
)

_VOL5 = (
    "Vol 5: 377 images, 300 ppi TIFF, checksums OK; foliation gives 192 ff. (384 images "
    "expected) - 7 images short"
)
_REC5 = (
    "1974.112.5: letter book, Jan 1893 - Jun 1894, 192 ff., spine detached, conservation note CN-88"
)

MUSEUM = Domain(
    name="museum_digitisation",
    task=(
        "Digitise the Harbour Board letter books (accession 1974.112), link each scanned "
        "volume to its catalogue record, and flag any volume with missing pages."
    ),
    opener="First, the catalogue record for accession 1974.112.",
    prefix=(
        ok(
            "get_object_record",
            {"accession": "1974.112"},
            "1974.112: Harbour Board letter books, 1889-1897, 9 volumes (1974.112.1-9), paper, "
            "fair condition, Store C bay 4",
        ),
        ok(
            "list_scan_batches",
            {"accession": "1974.112"},
            "SB-3301..SB-3309 (one per volume), captured 2025-02-17 to 2025-03-02",
        ),
    ),
    warmup=(
        ok(
            "get_scan_batch",
            {"volume": "1974.112.1"},
            "Vol 1: 412 images, 300 ppi TIFF, checksums OK; foliation gives 206 ff. - complete",
        ),
        "Volume 1 is complete. Linking it.",
        ok(
            "link_image_set",
            {"record": "1974.112.1", "batch": "SB-3301"},
            "linked 412 images to 1974.112.1",
        ),
        "Linked. Volume 5 had a note from the imaging studio, so I'll look at it next.",
        ok("get_scan_batch", {"volume": "1974.112.5"}, _VOL5),
    ),
    lookup=ok("get_scan_batch", {"volume": "1974.112.5"}, _VOL5),
    lookup_spellings=(
        {"volume": "1974.112.05"},
        {"volume": "1974.112.5 "},
        {"volume": "1974/112/5"},
        {"volume": "1974.112.5", "include": "summary"},
    ),
    volatile_arg="session",
    volatile_obs="{iso} GET /batches?vol=1974.112.5 -> 200 ({ms} ms)\n" + _VOL5,
    rechecks=(
        "Let me recount volume 5's images.",
        "Checking the vol 5 batch again.",
        "Pulling the scan batch for volume five once more.",
        "One more look at volume 5.",
        "Re-opening the volume 5 batch.",
        "Let me verify the vol 5 image count.",
    ),
    intents=(
        (
            "I'll compare the vol 5 images against the folio numbers to find the gap.",
            "Next I'm going to walk the folio sequence of volume 5 to locate the missing leaves.",
            "Let me match image filenames to folios in vol 5 and see where it breaks.",
            "Going to find exactly which folios are missing from volume 5.",
            "I need to locate the gap in the volume 5 folio run; doing that now.",
            "Time to trace the missing pages in volume five by folio.",
        ),
        (
            "I'll open a rescan request for volume 5.",
            "Next step is a rescan ticket for the vol 5 gap.",
            "Let me log a request with the imaging studio to rescan volume 5.",
            "Filing the rescan job for volume five.",
            "A rescan request for vol 5 is what's needed; creating it.",
            "I'm going to ask imaging to redo the missing vol 5 pages.",
        ),
    ),
    near_same="Creating the rescan ticket for volume 5 now.",
    ab=(
        ok("get_scan_batch", {"volume": "1974.112.5"}, _VOL5),
        ok("get_object_record", {"accession": "1974.112.5"}, _REC5),
    ),
    ab_remarks=(
        "Cross-checking with the catalogue record.",
        "Back to the scan batch.",
        "Let me compare that with the record.",
        "And the batch again.",
    ),
    flip=Flip(
        tool="set_record_status",
        args={"record": "1974.112.5"},
        key="status",
        values=("digitised", "in progress"),
        set_obs="1974.112.5 status -> '{v}'",
        check=ok(
            "run_completeness_check",
            {"record": "1974.112.5"},
            "1974.112.5: 377/384 images (98.2%) - FAIL",
        ),
        remarks=(
            "Marking it digitised might let the check pass.",
            "Still failing; setting it back to in progress.",
            "Let me try the digitised status again.",
        ),
    ),
    cycle=(
        ok("get_object_record", {"accession": "1974.112.5"}, _REC5),
        ok("get_scan_batch", {"volume": "1974.112.5"}, _VOL5),
        ok(
            "get_conservation_note",
            {"id": "CN-88"},
            "CN-88: spine detached; ff. 141-144 loose, kept in a folder inside the box",
        ),
    ),
    fail=err(
        "link_image_set",
        {"record": "1974.112.5", "batch": "SB-3305"},
        "ValidationError: image count 377 does not match expected 384; pass allow_incomplete "
        "or supply the missing images",
    ),
    fail_spellings=(
        {"record": "1974.112.5", "batch": "sb-3305"},
        {"record": "1974.112.5 ", "batch": "SB-3305"},
        {"batch": "SB-3305", "record": "1974.112.5"},
        {"record": "1974.112.05", "batch": "SB-3305"},
    ),
    fail_desc="the volume 5 image link",
    pager_tool="catalogue_search",
    pager=(
        (
            {"query": "Harbour Board", "page": 1},
            "1-5 of 13: 1974.112 letter books; 1974.113 minute books 1880-1899; 1981.40 wharf "
            "plans; 1981.41 dredge drawings; 1990.7 breakwater photographs",
            "Page one: the letter books plus minute books, plans and photographs.",
        ),
        (
            {"query": "Harbour Board", "page": 2},
            "6-10 of 13: 1990.8 glass plate negatives; 2001.15 tide registers; 2001.16 "
            "pilotage ledger; 2003.2 staff register; 2003.3 wages books",
            "Page two is mostly registers and ledgers.",
        ),
        (
            {"query": "Harbour Board", "page": 3},
            "11-13 of 13: 2010.9 common seal and die; 2012.1 centenary medal; 2015.22 oral "
            "history interviews",
            "Page three: objects and oral histories.",
        ),
    ),
    pager_done="13 Harbour Board records; the minute books (1974.113) are the obvious next candidate.",
    corrected=Corrected(
        bad=err(
            "ocr_page",
            {"image": "1974.112.3_101.tif"},
            "FileNotFoundError: no image '1974.112.3_101.tif' (image numbers are zero-padded "
            "to 4 digits)",
        ),
        note="Zero-padding it to 0101.",
        good=ok(
            "ocr_page",
            {"image": "1974.112.3_0101.tif"},
            "OCR (confidence 0.87): 'Harbour Board Office, 14th March 1891. Sir, I am directed "
            "to inform you that the dredge Ajax will be laid up for repairs...'",
        ),
        after="Folio 51 of volume 3 is a letter of 14 March 1891 about laying up the dredge Ajax.",
    ),
    job=Job(
        start=ok(
            "start_iiif_export",
            {"records": ["1974.112.1", "1974.112.2", "1974.112.3", "1974.112.4"]},
            "export EX-1190 created",
        ),
        poll_tool="get_export",
        poll_args={"id": "EX-1190"},
        statuses=(
            "EX-1190 QUEUED",
            "EX-1190 TILING volume 2 of 4",
            "EX-1190 TILING volume 4 of 4",
            "EX-1190 PUBLISHING manifests",
            "EX-1190 DONE: 4 IIIF manifests at https://iiif.museum.example/1974.112/",
        ),
        wait=ok("wait", {"s": 120}, "ok"),
        done="The four complete volumes are published as IIIF manifests.",
    ),
    docs=(
        (
            ok(
                "get_condition_report",
                {"record": "1974.112.2"},
                "1974.112.2: half-leather binding, red rot on spine, text block sound, no "
                "losses; suitable for flat scanning.",
            ),
            "Vol 2: red rot on the spine, sound text block; safe to scan flat.",
        ),
        (
            ok(
                "get_condition_report",
                {"record": "1974.112.3"},
                "1974.112.3: half-leather binding, red rot on spine, text block sound, no "
                "losses; scan on a book cradle.",
            ),
            "Vol 3: the same red rot and sound text block, but it needs a cradle.",
        ),
        (
            ok(
                "get_condition_report",
                {"record": "1974.112.4"},
                "1974.112.4: half-leather binding, red rot on spine, text block sound, tide "
                "line on ff. 1-12; suitable for flat scanning.",
            ),
            "Vol 4: like vol 2, plus a tide line on the first twelve folios.",
        ),
        (
            ok(
                "get_condition_report",
                {"record": "1974.112.6"},
                "1974.112.6: half-leather binding, red rot on spine, text block loose in two "
                "places; scan on a book cradle only.",
            ),
            "Vol 6: red rot and a text block loose in two places; cradle only.",
        ),
    ),
    docs_near_identical=True,
    docs_done="Vols 2 and 4 can be scanned flat; 3 and 6 need the cradle.",
    entities=(
        (
            ok("get_scan_batch", {"volume": "1974.112.2"}, "Vol 2: 398 images, 199 ff. - complete"),
            "Vol 2 complete.",
        ),
        (
            ok("get_scan_batch", {"volume": "1974.112.3"}, "Vol 3: 420 images, 210 ff. - complete"),
            "Vol 3 complete.",
        ),
        (
            ok(
                "get_scan_batch",
                {"volume": "1974.112.4"},
                "Vol 4: 366 images, 184 ff. (368 expected) - 2 images short",
            ),
            "Vol 4 is two images short.",
        ),
        (
            ok("get_scan_batch", {"volume": "1974.112.6"}, "Vol 6: 402 images, 201 ff. - complete"),
            "Vol 6 complete.",
        ),
        (
            ok("get_scan_batch", {"volume": "1974.112.7"}, "Vol 7: 390 images, 195 ff. - complete"),
            "Vol 7 complete.",
        ),
    ),
    entities_same_result=False,
    entities_done="Of volumes 2-7 (less 5), only vol 4 is incomplete, by two images.",
    transient=Transient(
        errors=(
            "HTTP 502 Bad Gateway from the DAMS",
            "socket timeout after 60 s while fetching the image",
        ),
        call=ok(
            "ocr_page",
            {"image": "1974.112.3_0102.tif"},
            "OCR (confidence 0.91): 'Sir, with reference to your letter of the 2nd inst. "
            "regarding berthing fees at the new wharf...'",
        ),
        follow=ok(
            "ocr_page",
            {"image": "1974.112.3_0103.tif"},
            "OCR (confidence 0.84): 'The Board regrets that it cannot entertain the claim of "
            "Messrs. Dunn & Co. for demurrage...'",
        ),
        after="Two more letters transcribed: berthing fees at the new wharf, and a refused demurrage claim.",
    ),
    updates=(
        (
            ok(
                "link_image_set",
                {"record": "1974.112.2", "batch": "SB-3302"},
                "linked 398 images to 1974.112.2",
            ),
            "Progress: vol 2 linked (398 images); volumes 1 and 2 are done.",
        ),
        (
            ok(
                "link_image_set",
                {"record": "1974.112.3", "batch": "SB-3303"},
                "linked 420 images to 1974.112.3",
            ),
            "Progress: vol 3 linked (420 images); three of nine done.",
        ),
        (
            ok(
                "get_scan_batch",
                {"volume": "1974.112.4"},
                "Vol 4: 366 images, 184 ff. (368 expected) - 2 images short (ff. 87v-88r)",
            ),
            "Progress: vol 4 is missing ff. 87v-88r, so I'm flagging it instead of linking.",
        ),
        (
            ok(
                "link_image_set",
                {"record": "1974.112.6", "batch": "SB-3306"},
                "linked 402 images to 1974.112.6",
            ),
            "Progress: vol 6 linked (402 images); vols 4 and 5 are the incomplete ones so far.",
        ),
    ),
    questions=(
        (
            "Who signed the letter on folio 12 of volume 3?",
            ok(
                "ocr_page",
                {"image": "1974.112.3_0023.tif"},
                "OCR: '...I have the honour to be, Sir, your obedient servant, J. McArthur, "
                "Secretary'",
            ),
            "J. McArthur, the Board's secretary.",
        ),
        (
            "And folio 40?",
            ok(
                "ocr_page",
                {"image": "1974.112.3_0079.tif"},
                "OCR: '...I am, Sir, yours faithfully, W. Reid, Engineer-in-Chief'",
            ),
            "W. Reid, the Engineer-in-Chief.",
        ),
        (
            "Who signed folio 77?",
            ok(
                "ocr_page",
                {"image": "1974.112.3_0153.tif"},
                "OCR: '...your obedient servant, J. McArthur, Secretary (per T.H.)'",
            ),
            "McArthur again, signed on his behalf by a clerk, T.H.",
        ),
        (
            "Folio 95?",
            ok(
                "ocr_page",
                {"image": "1974.112.3_0189.tif"},
                "OCR: '...I remain, Sir, Chas. Ward, Harbourmaster'",
            ),
            "Charles Ward, the harbourmaster.",
        ),
    ),
    refine=(
        (
            ok("catalogue_search", {"query": "letter book"}, "212 results across 40 collections"),
            "Narrowing to the Harbour Board as creator.",
        ),
        (
            ok(
                "catalogue_search",
                {"query": "letter book", "creator": "Harbour Board"},
                "3 results: 1974.112 (1889-97), 1974.114 (1898-1905), 1986.3 (1870s, fragment)",
            ),
            "Three series. Now only the years the gap falls in.",
        ),
        (
            ok(
                "catalogue_search",
                {"query": "letter book", "creator": "Harbour Board", "date": "1893-1894"},
                "1 result: 1974.112.5 (Jan 1893 - Jun 1894)",
            ),
            "Only volume 5 covers 1893-94, so there's no duplicate copy to fill its gap.",
        ),
    ),
    adjust=(
        (
            ok(
                "set_capture_profile",
                {"station": "P1", "exposure_ms": 40},
                "station P1 exposure 40 ms",
            ),
            ok(
                "capture_test_target",
                {"station": "P1"},
                "ColorChecker mean dE00 4.8 (target < 2.0)",
            ),
            "Overexposed at 40 ms. Shortening.",
        ),
        (
            ok(
                "set_capture_profile",
                {"station": "P1", "exposure_ms": 30},
                "station P1 exposure 30 ms",
            ),
            ok(
                "capture_test_target",
                {"station": "P1"},
                "ColorChecker mean dE00 3.1 (target < 2.0)",
            ),
            "Better, not there yet.",
        ),
        (
            ok(
                "set_capture_profile",
                {"station": "P1", "exposure_ms": 25},
                "station P1 exposure 25 ms",
            ),
            ok(
                "capture_test_target",
                {"station": "P1"},
                "ColorChecker mean dE00 1.7 (target < 2.0) - PASS",
            ),
            "Passes at 25 ms.",
        ),
    ),
    adjust_done="Station P1 is calibrated for the rescans (25 ms).",
    rerun=Rerun(
        check=ok(
            "validate_manifest",
            {"record": "1974.112.1"},
            "3 errors: canvas 14 has no label; canvas 200 height is 0; rights URI is invalid",
        ),
        fixes=(
            (
                ok(
                    "patch_manifest",
                    {"record": "1974.112.1", "canvas": 14, "label": "f. 7v"},
                    "canvas 14 label set",
                ),
                "2 errors: canvas 200 height is 0; rights URI is invalid",
                "Label fixed.",
            ),
            (
                ok(
                    "patch_manifest",
                    {"record": "1974.112.1", "canvas": 200, "height": 6048},
                    "canvas 200 height set",
                ),
                "1 error: rights URI is invalid",
                "Height fixed; one to go.",
            ),
            (
                ok(
                    "patch_manifest",
                    {
                        "record": "1974.112.1",
                        "rights": "http://rightsstatements.org/vocab/NoC-NC/1.0/",
                    },
                    "rights set",
                ),
                "valid: 412 canvases",
                "The manifest validates.",
            ),
        ),
    ),
    rerun_done="Volume 1's manifest is valid and can be published.",
)

_INV17 = "INV-17: 1.21 MW AC peak, PR 51%, alarm DC-ISO-LOW (insulation resistance 310 kOhm)"
_MET2 = "MET-2: POA irradiance 1,012 W/m2, module temp 58 C, soiling index 0.97"
_PLANT = (
    "Karoo North: 48 MWp, 24 inverters (INV-01..24), week to date 1,912 MWh vs forecast "
    "2,101 MWh (-9.0%)"
)

SOLAR = Domain(
    name="solar_plant_ops",
    task=(
        "Output at the Karoo North PV plant is 9% below forecast this week. Find which "
        "inverters or strings are underperforming and get work orders to the field techs."
    ),
    opener="Starting with plant production against forecast.",
    prefix=(ok("get_plant_summary", {"plant": "karoo-north"}, _PLANT),),
    warmup=(
        ok(
            "get_inverter_status",
            {"inverter": "INV-01"},
            "INV-01: 2.00 MW AC peak, PR 82%, no alarms",
        ),
        "INV-01 is normal. The alarm list points at INV-17.",
        ok("get_inverter_status", {"inverter": "INV-17"}, _INV17),
        "INV-17 is the big one: PR 51% and an insulation alarm.",
    ),
    lookup=ok("get_inverter_status", {"inverter": "INV-17"}, _INV17),
    lookup_spellings=(
        {"inverter": "inv-17"},
        {"inverter": "INV17"},
        {"inverter": "INV-17", "plant": "karoo-north"},
        {"inverter": " INV-17"},
    ),
    volatile_arg="req",
    volatile_obs=_INV17 + " | SCADA poll #{n} at {hhmm}",
    rechecks=(
        "Polling INV-17 again.",
        "Let me look at INV-17 once more.",
        "Checking whether INV-17's alarm has cleared.",
        "Re-reading INV-17's status.",
        "INV-17, one more time.",
        "Another status pull for inverter 17.",
    ),
    intents=(
        (
            "I'll open a work order for the insulation fault on INV-17.",
            "A field ticket for INV-17's DC insulation alarm is next.",
            "Let me raise a work order so a tech can megger-test INV-17's strings.",
            "Time to create the INV-17 maintenance order.",
            "Going to log INV-17 for a site visit.",
            "Next: work order, INV-17, insulation resistance.",
        ),
        (
            "I want the string-level currents behind INV-17.",
            "Let me break INV-17 down by string to find the faulty one.",
            "Next I'll pull per-string DC current for inverter 17.",
            "Checking INV-17's combiner-box currents comes next.",
            "I'll look at each string feeding INV-17.",
            "String currents for INV-17 - pulling those now.",
        ),
    ),
    near_same="Opening the work order for INV-17 now.",
    ab=(
        ok("get_inverter_status", {"inverter": "INV-17"}, _INV17),
        ok("get_irradiance", {"station": "MET-2"}, _MET2),
    ),
    ab_remarks=(
        "Let me check irradiance at the met station.",
        "Back to INV-17.",
        "Comparing against MET-2 again.",
        "INV-17 again.",
    ),
    flip=Flip(
        tool="set_power_limit",
        args={"inverter": "INV-17"},
        key="limit_pct",
        values=(80, 100),
        set_obs="INV-17 active power limit -> {v}%",
        check=ok("get_inverter_status", {"inverter": "INV-17"}, _INV17),
        remarks=(
            "Capping INV-17 at 80% might let the insulation alarm clear.",
            "No difference; restoring 100%.",
            "Trying the 80% cap once more.",
        ),
    ),
    cycle=(
        ok("get_plant_summary", {"plant": "karoo-north"}, _PLANT),
        ok("get_inverter_status", {"inverter": "INV-17"}, _INV17),
        ok(
            "get_alarm_history",
            {"inverter": "INV-17", "days": 7},
            "INV-17: DC-ISO-LOW raised 6 times this week, mornings only (06:40-09:10), clears "
            "as the modules dry",
        ),
    ),
    fail=err(
        "open_work_order",
        {"asset": "INV-17", "priority": "P2", "summary": "DC insulation low"},
        "403 Forbidden: user 'ops-agent' lacks permission 'cmms.workorder.create' on site "
        "karoo-north",
    ),
    fail_spellings=(
        {"asset": "inv-17", "priority": "P2", "summary": "DC insulation low"},
        {"asset": "INV-17", "priority": "p2", "summary": "DC insulation low"},
        {"asset": "INV-17", "priority": "P2", "summary": "DC insulation resistance low"},
        {"asset": "INV-17", "priority": "P2", "summary": "DC insulation low "},
    ),
    fail_desc="the INV-17 work order",
    pager_tool="list_alarms",
    pager=(
        (
            {"plant": "karoo-north", "since": "7d", "page": 1},
            "1-5 of 12: INV-17 DC-ISO-LOW x6; INV-09 FAN-WARN; INV-22 GRID-FREQ trip (Tue "
            "13:02); INV-03 COMM-LOSS 4 min; INV-17 STRING-LOW S7",
            "INV-17 twice already, plus a fan warning on INV-09 and a grid trip on INV-22.",
        ),
        (
            {"plant": "karoo-north", "since": "7d", "page": 2},
            "6-10 of 12: INV-14 OVERTEMP derate 20 min; INV-09 FAN-FAIL; INV-05 COMM-LOSS 2 "
            "min; INV-22 GRID-FREQ trip (Thu 12:48); INV-11 AC-BREAKER open 1 h",
            "INV-09's fan has now failed outright; INV-22 tripped a second time.",
        ),
        (
            {"plant": "karoo-north", "since": "7d", "page": 3},
            "11-12 of 12: INV-17 STRING-LOW S11; TRACKER row 31 stuck at 20 deg",
            "A second weak string on INV-17, and a stuck tracker row.",
        ),
    ),
    pager_done="Candidates: INV-17 (two strings, insulation), INV-09 fan, INV-22 trips, tracker row 31.",
    corrected=Corrected(
        bad=err(
            "query_string_currents",
            {"inverter": "INV-17", "date": "yesterday"},
            "invalid date 'yesterday' (expected YYYY-MM-DD)",
        ),
        note="It wants an ISO date.",
        good=ok(
            "query_string_currents",
            {"inverter": "INV-17", "date": "2025-03-11"},
            "INV-17 2025-03-11 strings S1-S12: 8.9-9.2 A at noon, except S7 0.0 A all day and "
            "S11 4.0-4.3 A",
        ),
        after="S7 is dead and S11 runs at half current.",
    ),
    job=Job(
        start=ok(
            "run_iv_sweep",
            {"inverter": "INV-17", "strings": "S1-S12"},
            "IV sweep IV-448 scheduled",
        ),
        poll_tool="get_iv_sweep",
        poll_args={"id": "IV-448"},
        statuses=(
            "IV-448 QUEUED (waiting for irradiance > 600 W/m2)",
            "IV-448 SWEEPING string 5 of 12",
            "IV-448 SWEEPING string 11 of 12",
            "IV-448 DONE: S7 open circuit; S11 Voc normal, Isc 45% of peers; others within 3%",
        ),
        wait=ok("sleep", {"seconds": 600}, "slept 600 s"),
        done="The sweep confirms S7 is open and S11 is half-shaded or damaged.",
    ),
    docs=(
        (
            ok(
                "get_document",
                {"doc": "SB-INV-2023-07"},
                "Vendor bulletin: DC-ISO-LOW in the mornings usually means moisture in a damaged "
                "cable or connector; inspect MC4 connectors on the affected strings.",
            ),
            "The vendor says morning insulation alarms point to wet, damaged connectors.",
        ),
        (
            ok(
                "get_document",
                {"doc": "IR-2024-11"},
                "Drone thermography, Nov 2024: 14 hot connectors, 9 of them in block 17; 3 "
                "cracked modules in row 31.",
            ),
            "Last November's thermography found most hot connectors in block 17.",
        ),
        (
            ok(
                "get_document",
                {"doc": "WO-8812"},
                "WO-8812 (closed Jan): replaced 4 MC4 connectors on INV-17 S3 and S4; insulation "
                "back to 4 MOhm afterwards.",
            ),
            "INV-17 had connector work in January, on different strings.",
        ),
        (
            ok(
                "get_document",
                {"doc": "OEM-WARRANTY"},
                "Modules: 12-year product and 25-year performance warranty; connector damage "
                "from rodents is excluded.",
            ),
            "Warranty won't cover rodent damage to connectors.",
        ),
    ),
    docs_near_identical=False,
    docs_done="Everything points at connectors in block 17; the techs should start with S7 and S11.",
    entities=(
        (
            ok("get_tracker", {"row": 28}, "row 28: 42 deg (target 42), motor OK, no faults"),
            "Row 28 ok.",
        ),
        (
            ok("get_tracker", {"row": 29}, "row 29: 42 deg (target 42), motor OK, no faults"),
            "Row 29 ok.",
        ),
        (
            ok("get_tracker", {"row": 30}, "row 30: 42 deg (target 42), motor OK, no faults"),
            "Row 30 ok.",
        ),
        (
            ok("get_tracker", {"row": 32}, "row 32: 42 deg (target 42), motor OK, no faults"),
            "Row 32 ok.",
        ),
        (
            ok("get_tracker", {"row": 33}, "row 33: 42 deg (target 42), motor OK, no faults"),
            "Row 33 ok.",
        ),
    ),
    entities_same_result=True,
    entities_done="The rows either side of 31 all track normally, so row 31's fault is local.",
    transient=Transient(
        errors=("HTTP 504 Gateway Timeout from SCADA historian", "OPC UA BadTimeout (0x800A0000)"),
        call=ok(
            "query_string_currents",
            {"inverter": "INV-17"},
            "INV-17 strings S1-S12: 8.9-9.2 A, except S7 0.0 A and S11 4.1 A",
        ),
        follow=ok(
            "get_combiner",
            {"box": "CB-17-2"},
            "CB-17-2 (S7-S12): fuse F7 open; S11 connector at 71 C",
        ),
        after="S7's fuse has blown and S11 has a hot connector - both in combiner CB-17-2.",
    ),
    updates=(
        (
            ok(
                "query_string_currents",
                {"inverter": "INV-17"},
                "INV-17 strings S1-S12: 8.9-9.2 A, except S7 0.0 A and S11 4.1 A",
            ),
            "Update: INV-17 has two bad strings, S7 dead and S11 at half current.",
        ),
        (
            ok(
                "get_inverter_status",
                {"inverter": "INV-09"},
                "INV-09: PR 79%, FAN-FAIL, derating 10% above 45 C",
            ),
            "Update: INV-09 loses about 10% in the afternoons to a failed fan.",
        ),
        (
            ok(
                "get_inverter_status",
                {"inverter": "INV-22"},
                "INV-22: PR 80%, 2 grid-frequency trips this week, 38 min lost",
            ),
            "Update: INV-22 tripped twice on grid frequency, 38 minutes lost in all.",
        ),
        (
            ok("get_tracker", {"row": 31}, "row 31: 20 deg (target 48), motor overcurrent"),
            "Update: tracker row 31 is stuck at 20 degrees - the last piece of the shortfall.",
        ),
    ),
    questions=(
        (
            "What did INV-03 produce yesterday?",
            ok(
                "get_energy",
                {"inverter": "INV-03", "date": "2025-03-11"},
                "INV-03 2025-03-11: 15.8 MWh",
            ),
            "15.8 MWh.",
        ),
        (
            "INV-04?",
            ok(
                "get_energy",
                {"inverter": "INV-04", "date": "2025-03-11"},
                "INV-04 2025-03-11: 15.9 MWh",
            ),
            "15.9 MWh.",
        ),
        (
            "And INV-09?",
            ok(
                "get_energy",
                {"inverter": "INV-09", "date": "2025-03-11"},
                "INV-09 2025-03-11: 14.1 MWh",
            ),
            "14.1 MWh, lower because of the fan.",
        ),
        (
            "What about INV-17?",
            ok(
                "get_energy",
                {"inverter": "INV-17", "date": "2025-03-11"},
                "INV-17 2025-03-11: 9.6 MWh",
            ),
            "9.6 MWh, by far the worst.",
        ),
    ),
    refine=(
        (
            ok(
                "query_performance",
                {"plant": "karoo-north", "metric": "PR"},
                "24 inverters, PR 51-83%, median 81%",
            ),
            "Median 81%. Looking at the laggards.",
        ),
        (
            ok(
                "query_performance",
                {"plant": "karoo-north", "metric": "PR", "below": 78},
                "3 inverters: INV-17 51%, INV-11 74%, INV-09 77%",
            ),
            "Three below 78%. INV-11 had a breaker event, so excluding that.",
        ),
        (
            ok(
                "query_performance",
                {
                    "plant": "karoo-north",
                    "metric": "PR",
                    "below": 78,
                    "exclude_events": ["AC-BREAKER"],
                },
                "2 inverters: INV-17 51%, INV-09 77% (INV-11 is 82% without the breaker hour)",
            ),
            "Two genuine underperformers: INV-17 and INV-09.",
        ),
    ),
    adjust=(
        (
            ok("set_tracker_angle", {"row": 31, "angle": 30}, "row 31 commanded to 30 deg"),
            ok("get_tracker", {"row": 31}, "row 31: 30 deg (commanded 30), motor 3.1 A"),
            "It moved to 30. Going further.",
        ),
        (
            ok("set_tracker_angle", {"row": 31, "angle": 40}, "row 31 commanded to 40 deg"),
            ok("get_tracker", {"row": 31}, "row 31: 40 deg (commanded 40), motor 3.4 A"),
            "40 degrees, motor current still normal.",
        ),
        (
            ok("set_tracker_angle", {"row": 31, "angle": 48}, "row 31 commanded to 48 deg"),
            ok("get_tracker", {"row": 31}, "row 31: 48 deg (target 48), motor 3.6 A, OK"),
            "Back on target at 48 degrees.",
        ),
    ),
    adjust_done="Row 31 tracks again when stepped up in stages; handing it back to auto mode.",
    rerun=Rerun(
        check=ok(
            "run_acceptance_check",
            {"inverter": "INV-17"},
            "FAIL: S7 0 A; S11 4.1 A; insulation 310 kOhm (min 1 MOhm)",
        ),
        fixes=(
            (
                ok(
                    "log_field_action",
                    {"inverter": "INV-17", "action": "replaced fuse F7 in CB-17-2"},
                    "logged FA-301",
                ),
                "FAIL: S11 4.1 A; insulation 310 kOhm (min 1 MOhm)",
                "S7 is back; S11 and insulation remain.",
            ),
            (
                ok(
                    "log_field_action",
                    {"inverter": "INV-17", "action": "replaced chewed MC4 pair on S11"},
                    "logged FA-302",
                ),
                "FAIL: insulation 0.9 MOhm (min 1 MOhm)",
                "S11 is fixed and insulation is much better, but just under the minimum.",
            ),
            (
                ok(
                    "log_field_action",
                    {"inverter": "INV-17", "action": "replaced S11 home-run cable section"},
                    "logged FA-303",
                ),
                "PASS: all strings within 3%; insulation 5.2 MOhm",
                "INV-17 passes.",
            ),
        ),
    ),
    rerun_done="INV-17 is fully repaired; its work order can be closed.",
)

_SEATS_K = "Stalls K5-K16 free (12 adjacent, next to wheelchair spaces W3/W4)"
_K_SEATS = [f"K{i}" for i in range(5, 17)]
_PERF = (
    "P-0419M: The Tempest, Lyric Theatre, 19 Apr 14:30; 612 of 880 sold; wheelchair spaces "
    "W3 and W4 (stalls row K) free"
)

TICKETING = Domain(
    name="event_ticketing",
    task=(
        "A group of 14 from Riverside School needs seats together for the 19 April matinee of "
        "The Tempest at the Lyric, two of them wheelchair spaces. Hold the seats and invoice "
        "the school."
    ),
    opener="Checking the 19 April matinee first.",
    prefix=(
        ok("get_performance", {"show": "tempest", "date": "2025-04-19", "time": "14:30"}, _PERF),
    ),
    warmup=(
        ok(
            "search_seats",
            {"perf": "P-0419M", "count": 12, "together": True, "near": "K"},
            _SEATS_K,
        ),
        "K5-K16 plus W3 and W4 fits the whole group. Holding the wheelchair spaces first.",
        ok(
            "hold_seats",
            {"perf": "P-0419M", "seats": ["W3", "W4"]},
            "hold H-7731 on W3, W4 (20 minutes)",
        ),
        "Wheelchair spaces held. Now the row K block.",
    ),
    lookup=ok(
        "search_seats",
        {"perf": "P-0419M", "count": 12, "together": True, "near": "K"},
        _SEATS_K,
    ),
    lookup_spellings=(
        {"perf": "p-0419m", "count": 12, "together": True, "near": "K"},
        {"perf": "P-0419M", "count": "12", "together": True, "near": "K"},
        {"perf": "P-0419M", "near": "row K", "count": 12, "together": True},
        {"perf": "P-0419M", "count": 12, "together": "yes", "near": "K"},
    ),
    volatile_arg="attempt_ref",
    volatile_obs=_SEATS_K + ". Snapshot {iso}; {ms} people viewing this performance.",
    rechecks=(
        "Let me confirm K5-K16 are still free.",
        "Re-running the seat search.",
        "Checking availability in row K again.",
        "Making sure those twelve seats haven't gone.",
        "One more availability check.",
        "Searching row K again.",
    ),
    intents=(
        (
            "I'll put a hold on K5-K16 now.",
            "Next I'm holding the twelve seats in row K.",
            "Let me reserve K5 through K16 before they go.",
            "Going to place the hold on the row K block.",
            "Holding K5-K16 for Riverside is the next step.",
            "The twelve stalls seats need a hold; doing it now.",
        ),
        (
            "I'll draft the invoice to Riverside School.",
            "Next: the group invoice for the school's finance office.",
            "Let me prepare the bill for the 14 tickets.",
            "Time to raise the invoice for the Riverside booking.",
            "Going to generate the school's invoice.",
            "Invoice for Riverside - creating it now.",
        ),
    ),
    near_same="Placing the hold on K5-K16 now.",
    ab=(
        ok(
            "search_seats",
            {"perf": "P-0419M", "count": 12, "together": True, "near": "K"},
            _SEATS_K,
        ),
        ok(
            "get_hold",
            {"hold": "H-7731"},
            "H-7731: W3, W4 held for P-0419M (agent box-office-agent)",
        ),
    ),
    ab_remarks=(
        "Let me check the existing hold.",
        "And the seat search again.",
        "Confirming the hold is still there.",
        "Back to availability.",
    ),
    flip=Flip(
        tool="set_price_band",
        args={"perf": "P-0419M", "seats": "K5-K16"},
        key="band",
        values=("schools", "standard"),
        set_obs="K5-K16 price band -> {v}",
        check=ok(
            "quote_order",
            {"perf": "P-0419M", "seats": "K5-K16,W3,W4", "customer": "Riverside School"},
            "quote: 14 seats, GBP 392.00 (group rate applied at checkout)",
        ),
        remarks=(
            "Switching the block to the schools band should lower the quote.",
            "Quote unchanged. Back to standard.",
            "Trying the schools band once more.",
        ),
    ),
    cycle=(
        ok("get_performance", {"show": "tempest", "date": "2025-04-19", "time": "14:30"}, _PERF),
        ok(
            "search_seats",
            {"perf": "P-0419M", "count": 12, "together": True, "near": "K"},
            _SEATS_K,
        ),
        ok(
            "get_access_notes",
            {"venue": "Lyric"},
            "Lyric: step-free entrance on Bridge St; wheelchair spaces W1-W4 in stalls row K, "
            "companion seat alongside",
        ),
    ),
    fail=err(
        "hold_seats",
        {"perf": "P-0419M", "seats": _K_SEATS},
        "HoldLimitExceeded: account 'box-office-agent' may hold at most 10 seats per "
        "performance (2 already held)",
    ),
    fail_spellings=(
        {"perf": "P-0419M", "seats": "K5-K16"},
        {"perf": "P-0419M", "seats": [s.lower() for s in _K_SEATS]},
        {"perf": "P-0419M", "seats": "K5..K16"},
        {"seats": _K_SEATS, "perf": "P-0419M"},
    ),
    fail_desc="the row K hold",
    pager_tool="list_orders",
    pager=(
        (
            {"customer": "CUST-8812"},
            "orders 1-3 (next: c_91af): O-40211 Macbeth Oct 2023, 30 seats, paid; O-43007 "
            "Oliver! Feb 2024, 25 seats, paid; O-47720 An Inspector Calls Jun 2024, 18 seats, paid",
            "Three past bookings, all paid.",
        ),
        (
            {"customer": "CUST-8812", "cursor": "c_91af"},
            "orders 4-6 (next: c_a03d): O-49015 A Christmas Carol Dec 2024, 40 seats, paid; "
            "O-51102 Twelfth Night Jan 2025, 16 seats, refunded (snow closure); O-53990 "
            "Matilda Feb 2025, 22 seats, paid",
            "Three more; the January one was refunded after a snow closure.",
        ),
        (
            {"customer": "CUST-8812", "cursor": "c_a03d"},
            "orders 7-7 (next: none): O-55120 The Tempest Apr 2025, 14 seats, draft",
            "And the current draft.",
        ),
    ),
    pager_done="Riverside is a regular (six paid orders), so invoice terms are fine.",
    corrected=Corrected(
        bad=err(
            "get_customer",
            {"name": "Riverside"},
            "AmbiguousMatch: 3 customers match 'Riverside' (Riverside School, Riverside Rowing "
            "Club, Riverside Care Home)",
        ),
        note="I need the full name.",
        good=ok(
            "get_customer",
            {"name": "Riverside School"},
            "CUST-8812 Riverside School; contact Ms P. Anand, finance@riverside.sch.uk; "
            "schools rate eligible",
        ),
        after="Riverside School is CUST-8812 and qualifies for the schools rate.",
    ),
    job=Job(
        start=ok(
            "render_tickets",
            {"order": "O-55120", "format": "pdf"},
            "print job PJ-3318 queued",
        ),
        poll_tool="get_print_job",
        poll_args={"job": "PJ-3318"},
        statuses=(
            "PJ-3318 QUEUED",
            "PJ-3318 RENDERING 6/14",
            "PJ-3318 RENDERING 14/14",
            "PJ-3318 DONE: tickets-O-55120.pdf (14 pages)",
        ),
        wait=ok("wait", {"seconds": 20}, "waited"),
        done="The 14 tickets are rendered as one PDF.",
    ),
    docs=(
        (
            ok(
                "get_policy",
                {"name": "group-bookings"},
                "Groups of 10+: 10% off standard prices; schools rate GBP 18 per seat; one free "
                "teacher seat per 10 pupils.",
            ),
            "Schools pay GBP 18 a seat and get one free teacher seat per ten pupils.",
        ),
        (
            ok(
                "get_policy",
                {"name": "access"},
                "Wheelchair users: a space plus one companion seat at the lowest price band; "
                "book by phone or through an agent.",
            ),
            "Wheelchair spaces go at the lowest band, with a companion seat.",
        ),
        (
            ok(
                "get_policy",
                {"name": "payment-terms"},
                "Invoiced orders: pay within 14 days of invoice or 14 days before the "
                "performance, whichever is earlier.",
            ),
            "Payment is due 14 days after invoicing or 14 days before the show, whichever first.",
        ),
        (
            ok(
                "get_policy",
                {"name": "cancellations"},
                "Schools may return up to 20% of seats until 21 days before; no refunds after.",
            ),
            "Schools can hand back a fifth of the seats up to three weeks before.",
        ),
    ),
    docs_near_identical=False,
    docs_done="So: schools rate, wheelchair spaces at the lowest band, invoice due by 5 April.",
    entities=(
        (
            ok("check_access", {"perf": "P-0412M"}, "P-0412M: 0 of 4 wheelchair spaces free"),
            "12 April: none.",
        ),
        (
            ok("check_access", {"perf": "P-0413M"}, "P-0413M: 0 of 4 wheelchair spaces free"),
            "13 April: none.",
        ),
        (
            ok("check_access", {"perf": "P-0426M"}, "P-0426M: 0 of 4 wheelchair spaces free"),
            "26 April: none.",
        ),
        (
            ok("check_access", {"perf": "P-0427M"}, "P-0427M: 0 of 4 wheelchair spaces free"),
            "27 April: none either.",
        ),
        (
            ok("check_access", {"perf": "P-0503M"}, "P-0503M: 0 of 4 wheelchair spaces free"),
            "3 May: also full.",
        ),
    ),
    entities_same_result=True,
    entities_done="No other matinee has a free wheelchair space, so 19 April is the only option.",
    transient=Transient(
        errors=(
            "HTTP 503: ticketing API under load (on-sale in progress)",
            "409 Conflict: seat map version changed, please retry",
        ),
        call=ok(
            "create_invoice",
            {"customer": "CUST-8812", "order": "O-55120"},
            "invoice INV-20931, GBP 234.00, due 2025-04-05",
        ),
        follow=ok(
            "send_email",
            {"to": "finance@riverside.sch.uk", "attach": "INV-20931"},
            "message queued to finance@riverside.sch.uk",
        ),
        after="Invoice INV-20931 (GBP 234.00) is on its way to the school's finance office.",
    ),
    updates=(
        (
            ok(
                "get_customer",
                {"name": "Riverside School"},
                "CUST-8812 Riverside School; schools rate eligible",
            ),
            "Update: Riverside School is CUST-8812 and gets the schools rate.",
        ),
        (
            ok(
                "quote_order",
                {"order": "O-55120"},
                "quote: 11 x GBP 18 + 2 wheelchair x GBP 18, 1 teacher seat free: GBP 234.00",
            ),
            "Update: with the schools rate and a free teacher seat, the quote is GBP 234.00.",
        ),
        (
            ok("get_order", {"order": "O-55120"}, "O-55120 draft: 14 places (K5-K16, W3, W4)"),
            "Update: draft order O-55120 now covers all 14 places.",
        ),
        (
            ok(
                "create_invoice",
                {"customer": "CUST-8812", "order": "O-55120"},
                "invoice INV-20931, GBP 234.00, due 2025-04-05",
            ),
            "Update: invoice INV-20931 for GBP 234.00 is raised, due 5 April.",
        ),
    ),
    questions=(
        (
            "Is row K step-free from the entrance?",
            ok(
                "get_access_notes",
                {"venue": "Lyric"},
                "Lyric: step-free entrance on Bridge St; wheelchair spaces W1-W4 in stalls row "
                "K, companion seat alongside",
            ),
            "Yes, row K is reached step-free from the Bridge Street entrance.",
        ),
        (
            "Is there an accessible toilet near it?",
            ok(
                "get_venue_faq",
                {"topic": "toilets"},
                "Accessible toilet on the stalls level beside row K; no lift needed",
            ),
            "Yes, on the stalls level right beside row K.",
        ),
        (
            "Is there somewhere a coach can drop them off?",
            ok(
                "get_venue_faq",
                {"topic": "coaches"},
                "Coach drop-off on Bridge St, 5-minute stop, 10:00-19:00",
            ),
            "Yes, on Bridge Street for up to five minutes.",
        ),
        (
            "Can the kids bring packed lunches?",
            ok(
                "get_venue_faq",
                {"topic": "food"},
                "No food in the auditorium; school groups may use the Circle Bar room "
                "12:30-14:00 by arrangement",
            ),
            "Not in the auditorium, but the Circle Bar room can be booked from 12:30 to 14:00.",
        ),
    ),
    refine=(
        (
            ok(
                "search_seats",
                {"perf": "P-0419M", "count": 12},
                "31 sets of 12 available across stalls, circle and upper circle",
            ),
            "Plenty, but they need to sit together.",
        ),
        (
            ok(
                "search_seats",
                {"perf": "P-0419M", "count": 12, "together": True},
                "6 adjacent blocks of 12: stalls K5-K16, stalls M3-M14, circle C10-C21, circle "
                "D2-D13, upper circle F1-F12, upper circle G8-G19",
            ),
            "Six adjacent blocks. It should be next to the wheelchair spaces in row K.",
        ),
        (
            ok(
                "search_seats",
                {"perf": "P-0419M", "count": 12, "together": True, "near": "K"},
                _SEATS_K,
            ),
            "K5-K16 it is, right beside W3 and W4.",
        ),
    ),
    adjust=(
        (
            ok(
                "set_price_band",
                {"order": "O-55120", "seats": "K5-K16", "band": "schools"},
                "K5-K16 -> schools",
            ),
            ok(
                "quote_order",
                {"order": "O-55120"},
                "quote: 12 x GBP 18 + 2 x GBP 27 (standard): GBP 270.00",
            ),
            "The wheelchair spaces are still at the standard band.",
        ),
        (
            ok(
                "set_price_band",
                {"order": "O-55120", "seats": "W3,W4", "band": "access"},
                "W3, W4 -> access",
            ),
            ok("quote_order", {"order": "O-55120"}, "quote: 14 x GBP 18: GBP 252.00"),
            "GBP 252. The teacher comp seat still needs applying.",
        ),
        (
            ok(
                "add_comp_seat",
                {"order": "O-55120", "seat": "K16", "reason": "teacher"},
                "K16 -> comp",
            ),
            ok("quote_order", {"order": "O-55120"}, "quote: 13 x GBP 18 + 1 comp: GBP 234.00"),
            "GBP 234.00, which matches the group policy.",
        ),
    ),
    adjust_done="The order is priced correctly at GBP 234.00.",
    rerun=Rerun(
        check=ok(
            "validate_order",
            {"order": "O-55120"},
            "2 problems: hold H-7731 expires before the payment due date; no contact phone",
        ),
        fixes=(
            (
                ok(
                    "extend_hold",
                    {"hold": "H-7731", "until": "2025-04-05"},
                    "H-7731 extended to 2025-04-05 (invoice hold)",
                ),
                "1 problem: no contact phone",
                "Hold extended to the due date.",
            ),
            (
                ok(
                    "update_customer",
                    {"customer": "CUST-8812", "phone": "+44 161 555 0192"},
                    "CUST-8812 phone set",
                ),
                "OK: ready to invoice",
                "Ready to invoice.",
            ),
        ),
    ),
    rerun_done="The order passes validation; invoicing next.",
)

_BUDGETS_DE = (
    "budgets [de]: 3 overflows: budgets.rollover_toggle (36/24 chars), "
    "budgets.empty_state_cta (29/22), budgets.category_limit_hint (61/48)"
)
_ROLLOVER_DE = "budgets.rollover_toggle [de] v2: 'Restbetrag auf Folgemonat übertragen'"
_HINT_V1 = "Lege für jede Kategorie ein Monatslimit fest, um Ausgaben zu steuern."
_HINT_V2 = "Lege pro Kategorie ein Monatslimit fest, um Ausgaben zu steuern."
_HINT_V3 = "Monatslimit pro Kategorie festlegen."

LOCALISATION = Domain(
    name="app_localisation",
    task=(
        "Ship the German and Japanese translations for release 3.8 of the Pennywise budgeting "
        "app. Every new string must be translated and nothing may overflow its UI slot."
    ),
    opener="Let me see which strings are new in 3.8.",
    prefix=(
        ok(
            "list_untranslated",
            {"release": "3.8", "locale": "de"},
            "de: 37 untranslated keys (onboarding.* 12, budgets.* 18, settings.* 7)",
        ),
    ),
    warmup=(
        ok(
            "push_translation",
            {
                "key": "onboarding.welcome_title",
                "locale": "de",
                "text": "Willkommen bei Pennywise",
            },
            "saved onboarding.welcome_title [de] (v1)",
        ),
        "First German string saved. I did the other eleven onboarding strings the same way.",
        ok(
            "run_overflow_check",
            {"locale": "de", "screen": "onboarding"},
            "onboarding [de]: 0 overflows in 12 strings",
        ),
        "Onboarding fits in German. Budgets next.",
        ok("run_overflow_check", {"locale": "de", "screen": "budgets"}, _BUDGETS_DE),
    ),
    lookup=ok("run_overflow_check", {"locale": "de", "screen": "budgets"}, _BUDGETS_DE),
    lookup_spellings=(
        {"locale": "de-DE", "screen": "budgets"},
        {"locale": "DE", "screen": "budgets"},
        {"screen": "budgets", "locale": "de"},
        {"locale": "de", "screen": "Budgets"},
    ),
    volatile_arg="run_id",
    volatile_obs="overflow-check run {id} finished in {ms} ms\n" + _BUDGETS_DE,
    rechecks=(
        "Re-running the overflow check on budgets.",
        "Let me check the budgets screen for overflows again.",
        "Another overflow pass over budgets in German.",
        "Checking the German budgets screen once more.",
        "Let me rerun the German layout check.",
        "One more overflow run for budgets/de.",
    ),
    intents=(
        (
            "I'll shorten the German label for the rollover toggle.",
            "The rollover toggle needs a shorter German wording; changing it next.",
            "Let me find a tighter translation for budgets.rollover_toggle.",
            "Going to trim the German rollover label to fit 24 characters.",
            "Next: a shorter de string for the rollover switch.",
            "I need a German rollover label under 24 characters - writing that now.",
        ),
        (
            "Now I'll move on to the Japanese strings.",
            "Time to start the ja translations.",
            "Next I'm switching to Japanese for the 37 new keys.",
            "Let me begin the Japanese locale.",
            "Moving to ja-JP now.",
            "The Japanese pass comes next.",
        ),
    ),
    near_same="Shortening the German rollover label now.",
    ab=(
        ok("run_overflow_check", {"locale": "de", "screen": "budgets"}, _BUDGETS_DE),
        ok("get_string", {"key": "budgets.rollover_toggle", "locale": "de"}, _ROLLOVER_DE),
    ),
    ab_remarks=(
        "Looking at the current rollover string.",
        "And the overflow report again.",
        "Let me see the string itself once more.",
        "Back to the overflow check.",
    ),
    flip=Flip(
        tool="set_string_option",
        args={"key": "budgets.rollover_toggle", "locale": "de", "option": "autoshrink"},
        key="value",
        values=(True, False),
        set_obs="budgets.rollover_toggle [de] autoshrink = {v}",
        check=ok("run_overflow_check", {"locale": "de", "screen": "budgets"}, _BUDGETS_DE),
        remarks=(
            "Letting the label shrink might make it fit.",
            "Still three overflows; turning autoshrink off again.",
            "Let me re-enable autoshrink and check.",
        ),
    ),
    cycle=(
        ok(
            "list_untranslated",
            {"release": "3.8", "locale": "de"},
            "de: 25 untranslated keys (budgets.* 18, settings.* 7)",
        ),
        ok("run_overflow_check", {"locale": "de", "screen": "budgets"}, _BUDGETS_DE),
        ok(
            "get_glossary",
            {"term": "rollover", "locale": "de"},
            "rollover [de]: 'Übertrag' (approved 2024-11, style guide §4)",
        ),
    ),
    fail=err(
        "push_translation",
        {"key": "budgets.rollover_toggle", "locale": "de", "text": "Übertrag in Folgemonat"},
        "LockedKey: budgets.rollover_toggle [de] is locked for review by k.brandt (TMS-4471); "
        "edits are rejected until the review closes",
    ),
    fail_spellings=(
        {"key": "budgets.rollover_toggle", "locale": "de-DE", "text": "Übertrag in Folgemonat"},
        {"key": "budgets.rollover_toggle", "locale": "de", "text": "Übertrag in Folgemonat "},
        {"key": "budgets.rollover_toggle", "locale": "de", "text": "Übertrag in den Folgemonat"},
        {"locale": "de", "key": "budgets.rollover_toggle", "text": "Übertrag in Folgemonat"},
    ),
    fail_desc="the rollover string update",
    pager_tool="list_untranslated",
    pager=(
        (
            {"release": "3.8", "locale": "ja", "page": 1},
            "ja 1-10 of 37: onboarding.welcome_title, onboarding.welcome_body, "
            "onboarding.link_bank, onboarding.skip, onboarding.privacy_note, "
            "onboarding.currency_pick, onboarding.first_budget, onboarding.tips_1, "
            "onboarding.tips_2, onboarding.done",
            "Page one is all onboarding.",
        ),
        (
            {"release": "3.8", "locale": "ja", "page": 2},
            "ja 11-20 of 37: onboarding.notifications_optin, onboarding.back, budgets.title, "
            "budgets.rollover_toggle, budgets.empty_state_cta, budgets.category_limit_hint, "
            "budgets.add_category, budgets.delete_confirm, budgets.over_limit_banner, "
            "budgets.month_picker",
            "The last two onboarding keys, then budgets begins.",
        ),
        (
            {"release": "3.8", "locale": "ja", "page": 3},
            "ja 21-30 of 37: budgets.share, budgets.export_csv, budgets.goal_title, "
            "budgets.goal_body, budgets.archive, budgets.unarchive, budgets.sort_by, "
            "budgets.filter_active, settings.title, settings.language",
            "The rest of budgets and the start of settings.",
        ),
        (
            {"release": "3.8", "locale": "ja", "page": 4},
            "ja 31-37 of 37: settings.currency, settings.export_data, settings.delete_account, "
            "settings.delete_confirm, settings.biometrics, settings.notifications, "
            "settings.about",
            "Seven settings keys to finish.",
        ),
    ),
    pager_done="37 Japanese keys: 12 onboarding, 16 budgets, 9 settings.",
    corrected=Corrected(
        bad=err(
            "get_string",
            {"key": "budgets.rollover_toggle", "locale": "ger"},
            "UnknownLocale: 'ger' (supported: de, en, es, fr, ja, pt-BR)",
        ),
        note="The locale code is 'de'.",
        good=ok("get_string", {"key": "budgets.rollover_toggle", "locale": "de"}, _ROLLOVER_DE),
        after="The current German rollover label is 36 characters, 12 too long.",
    ),
    job=Job(
        start=ok(
            "request_screenshots",
            {"locale": "ja", "screens": ["onboarding", "budgets", "settings"]},
            "screenshot run SS-902 queued on 3 simulators",
        ),
        poll_tool="get_screenshot_run",
        poll_args={"run": "SS-902"},
        statuses=(
            "SS-902 QUEUED",
            "SS-902 RUNNING onboarding (iPhone SE, Pixel 7)",
            "SS-902 RUNNING budgets, settings",
            "SS-902 DONE: 54 screenshots; 2 clipped labels (settings.delete_account, "
            "budgets.over_limit_banner)",
        ),
        wait=ok("sleep", {"seconds": 45}, ""),
        done="Screenshots are in; two Japanese labels clip and need shorter wording.",
    ),
    docs=(
        (
            ok(
                "get_review",
                {"ticket": "TMS-4468"},
                "k.brandt on onboarding [de]: terminology consistent with glossary; 'du' form "
                "throughout; approved with 2 minor edits.",
            ),
            "Onboarding German: approved with two small edits, 'du' form.",
        ),
        (
            ok(
                "get_review",
                {"ticket": "TMS-4469"},
                "k.brandt on settings [de]: terminology consistent with glossary; 'du' form "
                "throughout; approved with 1 minor edit.",
            ),
            "Settings German: approved with one small edit, 'du' form.",
        ),
        (
            ok(
                "get_review",
                {"ticket": "TMS-4470"},
                "k.brandt on notifications [de]: terminology consistent with glossary; 'Sie' "
                "form in 3 strings, change to 'du'; approved after fix.",
            ),
            "Notifications German: approved once three 'Sie' strings become 'du'.",
        ),
        (
            ok(
                "get_review",
                {"ticket": "TMS-4471"},
                "k.brandt on budgets [de]: terminology consistent with glossary except "
                "'rollover' (use 'Übertrag'); review open.",
            ),
            "Budgets German: still open, and 'rollover' must be 'Übertrag'.",
        ),
    ),
    docs_near_identical=True,
    docs_done="Three German reviews are approved (one after a fix); budgets is still open.",
    entities=(
        (
            ok(
                "get_string",
                {"key": "budgets.title", "locale": "ja"},
                "budgets.title [ja] v1: '予算'",
            ),
            "Budgets title is done.",
        ),
        (
            ok(
                "get_string",
                {"key": "budgets.add_category", "locale": "ja"},
                "budgets.add_category [ja] v1: 'カテゴリを追加'",
            ),
            "Add category is done.",
        ),
        (
            ok(
                "get_string",
                {"key": "budgets.delete_confirm", "locale": "ja"},
                "budgets.delete_confirm [ja] v1: 'この予算を削除しますか\uff1f'",
            ),
            "The delete confirmation reads naturally.",
        ),
        (
            ok(
                "get_string",
                {"key": "settings.language", "locale": "ja"},
                "settings.language [ja] v1: '言語'",
            ),
            "Language is fine.",
        ),
        (
            ok(
                "get_string",
                {"key": "settings.about", "locale": "ja"},
                "settings.about [ja] v2: 'このアプリについて'",
            ),
            "About was revised once; v2 is fine.",
        ),
    ),
    entities_same_result=False,
    entities_done="The five Japanese strings I spot-checked are all present and read well.",
    transient=Transient(
        errors=(
            "HTTP 503: TMS maintenance window, retry shortly",
            "upstream timeout contacting the machine-translation service",
        ),
        call=ok(
            "push_translation",
            {"key": "budgets.empty_state_cta", "locale": "de", "text": "Budget anlegen"},
            "saved budgets.empty_state_cta [de] (v3)",
        ),
        follow=ok(
            "run_overflow_check",
            {"locale": "de", "screen": "budgets"},
            "budgets [de]: 2 overflows: budgets.rollover_toggle (36/24 chars), "
            "budgets.category_limit_hint (61/48)",
        ),
        after="The empty-state button fits now; two overflows are left.",
    ),
    updates=(
        (
            ok("list_untranslated", {"release": "3.8", "locale": "de"}, "de: 24 untranslated keys"),
            "Status: German is down from 37 to 24 untranslated keys.",
        ),
        (
            ok(
                "list_untranslated",
                {"release": "3.8", "locale": "de"},
                "de: 9 untranslated keys (budgets.* 9)",
            ),
            "Status: 9 German keys left, all in budgets.",
        ),
        (
            ok("list_untranslated", {"release": "3.8", "locale": "ja"}, "ja: 30 untranslated keys"),
            "Status: Japanese has started - 7 of 37 done.",
        ),
        (
            ok("list_untranslated", {"release": "3.8", "locale": "de"}, "de: 0 untranslated keys"),
            "Status: German is complete; Japanese still has 30 to go.",
        ),
    ),
    questions=(
        (
            "How did we translate 'rollover' in German?",
            ok(
                "get_glossary",
                {"term": "rollover", "locale": "de"},
                "rollover [de]: 'Übertrag' (approved 2024-11, style guide §4)",
            ),
            "'Übertrag', per the glossary.",
        ),
        (
            "And 'envelope'?",
            ok(
                "get_glossary",
                {"term": "envelope", "locale": "de"},
                "envelope [de]: 'Umschlag' (approved 2023-05)",
            ),
            "'Umschlag'.",
        ),
        (
            "What about 'category limit'?",
            ok(
                "get_glossary",
                {"term": "category limit", "locale": "de"},
                "category limit [de]: 'Kategorielimit' (approved 2024-02)",
            ),
            "'Kategorielimit'.",
        ),
        (
            "How about 'savings goal'?",
            ok(
                "get_glossary",
                {"term": "savings goal", "locale": "de"},
                "savings goal [de]: 'Sparziel' (approved 2023-05)",
            ),
            "'Sparziel'.",
        ),
    ),
    refine=(
        (
            ok(
                "search_tm",
                {"text": "carry over"},
                "412 translation-memory matches across 6 locales",
            ),
            "Restricting to German.",
        ),
        (
            ok(
                "search_tm",
                {"text": "carry over", "locale": "de"},
                "58 matches; top: 'übertragen' (31), 'mitnehmen' (12), 'vortragen' (9)",
            ),
            "Mostly 'übertragen'. Limiting to our own project and close matches.",
        ),
        (
            ok(
                "search_tm",
                {"text": "carry over", "locale": "de", "project": "pennywise", "min_score": 90},
                "4 matches: 'Übertrag' (budgets, 2024), 'Rest übertragen' (2x), 'In Folgemonat' (1x)",
            ),
            "'Rest übertragen' is short and already used in the app.",
        ),
    ),
    adjust=(
        (
            ok(
                "push_translation",
                {"key": "budgets.category_limit_hint", "locale": "de", "text": _HINT_V1},
                "saved budgets.category_limit_hint [de] (v2)",
            ),
            ok(
                "measure_string",
                {"key": "budgets.category_limit_hint", "locale": "de"},
                f"{len(_HINT_V1)}/48 chars - overflow",
            ),
            "Still too long. Dropping 'für jede'.",
        ),
        (
            ok(
                "push_translation",
                {"key": "budgets.category_limit_hint", "locale": "de", "text": _HINT_V2},
                "saved budgets.category_limit_hint [de] (v3)",
            ),
            ok(
                "measure_string",
                {"key": "budgets.category_limit_hint", "locale": "de"},
                f"{len(_HINT_V2)}/48 chars - overflow",
            ),
            "Shorter, still over. Going for a terse imperative.",
        ),
        (
            ok(
                "push_translation",
                {"key": "budgets.category_limit_hint", "locale": "de", "text": _HINT_V3},
                "saved budgets.category_limit_hint [de] (v4)",
            ),
            ok(
                "measure_string",
                {"key": "budgets.category_limit_hint", "locale": "de"},
                f"{len(_HINT_V3)}/48 chars - fits",
            ),
            "Fits.",
        ),
    ),
    adjust_done="The category hint fits; only the locked rollover label overflows now.",
    rerun=Rerun(
        check=ok(
            "run_lint",
            {"locale": "ja"},
            "4 issues: missing placeholder {amount} in budgets.over_limit_banner and "
            "budgets.goal_body; half-width katakana in settings.biometrics; trailing space in "
            "onboarding.skip",
        ),
        fixes=(
            (
                ok(
                    "push_translation",
                    {
                        "key": "budgets.over_limit_banner",
                        "locale": "ja",
                        "text": "予算を{amount}超えています",
                    },
                    "saved budgets.over_limit_banner [ja] (v2)",
                ),
                "3 issues: missing placeholder {amount} in budgets.goal_body; half-width "
                "katakana in settings.biometrics; trailing space in onboarding.skip",
                "One placeholder fixed.",
            ),
            (
                ok(
                    "push_translation",
                    {
                        "key": "budgets.goal_body",
                        "locale": "ja",
                        "text": "目標まであと{amount}です",
                    },
                    "saved budgets.goal_body [ja] (v2)",
                ),
                "2 issues: half-width katakana in settings.biometrics; trailing space in "
                "onboarding.skip",
                "Both placeholders are in.",
            ),
            (
                ok(
                    "apply_autofix",
                    {"locale": "ja", "rules": ["fullwidth-katakana", "trim"]},
                    "fixed 2 strings",
                ),
                "0 issues",
                "Lint is clean.",
            ),
        ),
    ),
    rerun_done="The Japanese strings pass lint.",
)

_PUMP_STOCK = (
    "D23189000-7 (engine-driven hydraulic pump) @JNB: 0 on hand; 1 inbound on PO-7781, ETA "
    "Thu 16:00; alternate D23189000-9: 0"
)
_DEF0931 = (
    "DEF-0931: #2 engine-driven hydraulic pump case drain 3.9 l/min (limit 2.5); replace "
    "pump, PN D23189000-7 or -9"
)
_OPEN_CARDS = "ZS-XRT C-check: 14 of 412 cards open; 3 defects awaiting parts; 2 ADs pending"

AIRCRAFT = Domain(
    name="aircraft_maintenance",
    task=(
        "ZS-XRT (A320) is due out of its C-check on Friday. Close the remaining work cards, "
        "confirm parts for the open defects, and make sure every airworthiness directive is "
        "signed off."
    ),
    opener="Pulling the open work cards for ZS-XRT.",
    prefix=(ok("list_work_cards", {"tail": "ZS-XRT", "status": "open"}, _OPEN_CARDS),),
    warmup=(
        ok(
            "get_work_card",
            {"card": "WC-2207"},
            "WC-2207: replace cabin air recirculation filters; task complete, awaiting stamp",
        ),
        ok(
            "sign_off_card",
            {"card": "WC-2207", "stamp": "B1-4412"},
            "WC-2207 closed (stamp B1-4412)",
        ),
        "WC-2207 closed. The pump defect is the long pole, so checking its part.",
        ok("check_part_stock", {"pn": "D23189000-7", "store": "JNB"}, _PUMP_STOCK),
    ),
    lookup=ok("check_part_stock", {"pn": "D23189000-7", "store": "JNB"}, _PUMP_STOCK),
    lookup_spellings=(
        {"pn": "D23189000-7 ", "store": "JNB"},
        {"pn": "d23189000-7", "store": "JNB"},
        {"pn": "D23189000-7", "store": "jnb"},
        {"pn": "D23189000-7", "store": "JNB", "include_alternates": True},
    ),
    volatile_arg="query_id",
    volatile_obs="stock as of {iso} (q{n})\n" + _PUMP_STOCK,
    rechecks=(
        "Checking stock for the pump again.",
        "Let me see if the hydraulic pump has turned up in stores.",
        "Another stock query for D23189000-7.",
        "Re-checking JNB stores for the pump.",
        "Let me look at the pump availability once more.",
        "Pump stock, again.",
    ),
    intents=(
        (
            "I'll request the pump from the CPT store as a loan.",
            "Next step: ask Cape Town stores to ship their pump up.",
            "Let me raise a stock transfer from CPT for the hydraulic pump.",
            "Going to pull the pump from the Cape Town base instead.",
            "The pump should come from CPT - I'll raise that transfer.",
            "Requesting a CPT-to-JNB transfer of the pump.",
        ),
        (
            "Now to the two pending ADs.",
            "I'll work through the airworthiness directives next.",
            "Let me clear the pending AD items.",
            "Next up are the two open ADs.",
            "Turning to the AD compliance items.",
            "The AD sign-offs are what's left; starting on them.",
        ),
    ),
    near_same="Raising the CPT stock transfer for the pump now.",
    ab=(
        ok("check_part_stock", {"pn": "D23189000-7", "store": "JNB"}, _PUMP_STOCK),
        ok("get_defect", {"defect": "DEF-0931"}, _DEF0931),
    ),
    ab_remarks=(
        "Re-reading the defect.",
        "And stock again.",
        "Let me check what the defect allows.",
        "Back to the stores query.",
    ),
    flip=Flip(
        tool="set_defect_status",
        args={"defect": "DEF-0931"},
        key="status",
        values=("deferred", "open"),
        set_obs="DEF-0931 status -> {v}",
        check=ok(
            "get_release_readiness",
            {"tail": "ZS-XRT"},
            "ZS-XRT not releasable: DEF-0931 not deferrable under MEL 29-10-01",
        ),
        remarks=(
            "Deferring the defect might unblock release.",
            "Still blocked; reopening it.",
            "Let me defer it again and re-check.",
        ),
    ),
    cycle=(
        ok("list_work_cards", {"tail": "ZS-XRT", "status": "open"}, _OPEN_CARDS),
        ok("check_part_stock", {"pn": "D23189000-7", "store": "JNB"}, _PUMP_STOCK),
        ok(
            "get_po",
            {"po": "PO-7781"},
            "PO-7781: 1x D23189000-7 from Hydra-Aero, shipped, AWB 176-2231 0415, ETA Thu 16:00",
        ),
    ),
    fail=err(
        "sign_off_ad",
        {"ad": "2024-0187", "tail": "ZS-XRT", "stamp": "B1-4412"},
        "AuthorityError: stamp B1-4412 is not authorised for AD sign-off on ATA 27 (needs "
        "certifying staff with A320 type rating and AD authority)",
    ),
    fail_spellings=(
        {"ad": "2024-0187 ", "tail": "ZS-XRT", "stamp": "B1-4412"},
        {"ad": "EASA AD 2024-0187", "tail": "ZS-XRT", "stamp": "B1-4412"},
        {"ad": "2024-0187", "tail": "zs-xrt", "stamp": "B1-4412"},
        {"stamp": "B1-4412", "ad": "2024-0187", "tail": "ZS-XRT"},
    ),
    fail_desc="the AD 2024-0187 sign-off",
    pager_tool="list_work_cards",
    pager=(
        (
            {"tail": "ZS-XRT", "status": "open", "offset": 0, "limit": 5},
            "open 1-5 of 14: WC-2231 seat track inspection; WC-2244 lav faucet leak; WC-2258 "
            "galley oven 3 fault; WC-2263 cargo liner patch; WC-2270 pitot probe heat test",
            "Five cabin and systems cards, all simple.",
        ),
        (
            {"tail": "ZS-XRT", "status": "open", "offset": 5, "limit": 5},
            "open 6-10 of 14: WC-2281 APU oil change; WC-2290 AD 2024-0187 inspection; WC-2291 "
            "AD 2023-0302 wiring check; WC-2302 EDP replacement (DEF-0931); WC-2305 tyre change #3",
            "This page has both ADs and the pump change.",
        ),
        (
            {"tail": "ZS-XRT", "status": "open", "offset": 10, "limit": 5},
            "open 11-14 of 14: WC-2310 windshield wiper arm; WC-2312 emergency light battery; "
            "WC-2318 engine 2 borescope; WC-2320 final walk-round",
            "The last four, ending with the walk-round.",
        ),
    ),
    pager_done="14 open cards; WC-2302 (pump) and the two AD cards decide whether Friday holds.",
    corrected=Corrected(
        bad=err(
            "check_part_stock",
            {"pn": "D23189000", "store": "JNB"},
            "AmbiguousPart: 'D23189000' matches D23189000-7 and D23189000-9 (dash number required)",
        ),
        note="The part number needs its dash number; the IPC gives -7.",
        good=ok("check_part_stock", {"pn": "D23189000-7", "store": "JNB"}, _PUMP_STOCK),
        after="No pump on the shelf; one arrives Thursday at 16:00 on PO-7781.",
    ),
    job=Job(
        start=ok(
            "start_navdb_load",
            {"tail": "ZS-XRT", "cycle": "2504"},
            "load job NDB-118 started",
        ),
        poll_tool="get_load_job",
        poll_args={"job": "NDB-118"},
        statuses=(
            "NDB-118 QUEUED (aircraft power not on)",
            "NDB-118 TRANSFERRING 31%",
            "NDB-118 TRANSFERRING 88%",
            "NDB-118 VERIFYING CRC",
            "NDB-118 DONE: nav database 2504 loaded to FMGC 1 and 2, CRC OK",
        ),
        wait=ok("wait_minutes", {"minutes": 5}, "5 min elapsed"),
        done="Nav database cycle 2504 is loaded and verified on both FMGCs.",
    ),
    docs=(
        (
            ok(
                "get_report",
                {"report": "BSI-2318-HPC"},
                "Engine 2 HPC stages 1-9: no cracks; light leading-edge erosion within AMM "
                "limits; no FOD.",
            ),
            "HPC: light erosion within limits, nothing else.",
        ),
        (
            ok(
                "get_report",
                {"report": "BSI-2318-CC"},
                "Engine 2 combustor: no cracks; light coking on fuel nozzles within AMM limits; "
                "no burn-through.",
            ),
            "Combustor: light coking within limits.",
        ),
        (
            ok(
                "get_report",
                {"report": "BSI-2318-HPT"},
                "Engine 2 HPT stage 1: no cracks; light tip erosion within AMM limits; coating "
                "loss on 2 blades (limit 4).",
            ),
            "HPT: tip erosion within limits and coating loss on two blades, against a limit of four.",
        ),
        (
            ok(
                "get_report",
                {"report": "BSI-2318-LPT"},
                "Engine 2 LPT stages 1-5: no cracks; no erosion beyond limits; no FOD.",
            ),
            "LPT: clean.",
        ),
    ),
    docs_near_identical=True,
    docs_done="Engine 2's borescope is within limits; HPT coating loss should be rechecked at 500 FH.",
    entities=(
        (
            ok(
                "get_work_card",
                {"card": "WC-2231"},
                "WC-2231: seat track inspection rows 1-30; no findings; awaiting stamp",
            ),
            "WC-2231 just needs a stamp.",
        ),
        (
            ok(
                "get_work_card",
                {"card": "WC-2244"},
                "WC-2244: aft lav faucet leak; cartridge replaced, leak check pass; awaiting stamp",
            ),
            "WC-2244 is done too.",
        ),
        (
            ok(
                "get_work_card",
                {"card": "WC-2258"},
                "WC-2258: galley oven 3 fault; oven awaiting part PN 8501-220 (ETA Wed)",
            ),
            "WC-2258 waits for an oven part on Wednesday.",
        ),
        (
            ok(
                "get_work_card",
                {"card": "WC-2263"},
                "WC-2263: aft cargo liner patch; in work, 60% (mechanic T. Mokoena)",
            ),
            "WC-2263 is in work.",
        ),
        (
            ok(
                "get_work_card",
                {"card": "WC-2270"},
                "WC-2270: pitot probe heat test; probe 2 heater open circuit - replace probe",
            ),
            "WC-2270 found a failed pitot heater; that's a new part requirement.",
        ),
    ),
    entities_same_result=False,
    entities_done="Two cards can be stamped now, two wait on parts (oven, pitot probe), one is in work.",
    transient=Transient(
        errors=(
            "HTTP 503 from AMOS gateway",
            "DB deadlock detected; transaction rolled back, please retry",
        ),
        call=ok(
            "get_ad",
            {"ad": "2024-0187"},
            "EASA AD 2024-0187: inspect elevator servo-control attachment (ATA 27), one-time, "
            "by 6,000 FH; ZS-XRT at 5,412 FH",
        ),
        follow=ok(
            "get_work_card",
            {"card": "WC-2290"},
            "WC-2290: AD 2024-0187 inspection done, no findings; awaiting authorised sign-off",
        ),
        after="The AD inspection is done with no findings; it needs someone with AD authority to sign.",
    ),
    updates=(
        (
            ok(
                "sign_off_card",
                {"card": "WC-2231", "stamp": "B1-4412"},
                "WC-2231 closed (stamp B1-4412)",
            ),
            "Progress: WC-2231 closed; 13 open cards left.",
        ),
        (
            ok(
                "sign_off_card",
                {"card": "WC-2244", "stamp": "B1-4412"},
                "WC-2244 closed (stamp B1-4412)",
            ),
            "Progress: WC-2244 (lav faucet) closed; 12 left.",
        ),
        (
            ok(
                "get_work_card",
                {"card": "WC-2258"},
                "WC-2258: galley oven 3 replaced, ops test pass; awaiting stamp",
            ),
            "Progress: oven 3 arrived early and tested fine; WC-2258 only needs a stamp.",
        ),
        (
            ok(
                "sign_off_card",
                {"card": "WC-2258", "stamp": "B1-4412"},
                "WC-2258 closed (stamp B1-4412)",
            ),
            "Progress: WC-2258 closed; 11 left, three of them waiting on parts.",
        ),
    ),
    questions=(
        (
            "When is the next A-check due on ZS-XRT?",
            ok(
                "get_maintenance_forecast",
                {"tail": "ZS-XRT", "check": "A"},
                "A-check due at 5,950 FH or 2025-06-02",
            ),
            "At 5,950 flight hours or on 2 June, whichever comes first.",
        ),
        (
            "And the next C-check?",
            ok(
                "get_maintenance_forecast",
                {"tail": "ZS-XRT", "check": "C"},
                "C-check due 2027-03 or 12,000 FH",
            ),
            "March 2027 or 12,000 flight hours.",
        ),
        (
            "When are the main wheels due?",
            ok(
                "get_component_life",
                {"tail": "ZS-XRT", "component": "MLG wheels"},
                "MLG wheels 1-4: next overhaul in 1,800 landings",
            ),
            "In about 1,800 landings.",
        ),
        (
            "What about the APU?",
            ok(
                "get_component_life",
                {"tail": "ZS-XRT", "component": "APU"},
                "APU GTCP131-9A: 6,210 APU hours; hot-section inspection at 8,000",
            ),
            "6,210 APU hours; its hot-section inspection is at 8,000.",
        ),
    ),
    refine=(
        (
            ok(
                "search_amm",
                {"query": "hydraulic pump replacement"},
                "38 tasks across ATA 29 and 36",
            ),
            "Too many. Narrowing to ATA 29 and the engine-driven pump.",
        ),
        (
            ok(
                "search_amm",
                {"query": "engine driven pump removal", "ata": "29"},
                "6 tasks: 29-11-51-000-801 removal, 29-11-51-400-801 installation, 3 test tasks, 1 "
                "servicing task",
            ),
            "Six tasks. Filtering by this aircraft's effectivity.",
        ),
        (
            ok(
                "search_amm",
                {"query": "engine driven pump", "ata": "29-11-51", "effectivity": "ZS-XRT"},
                "2 tasks apply: 29-11-51-000-801-A (removal), 29-11-51-400-801-A (installation "
                "incl. leak test)",
            ),
            "Two tasks apply to ZS-XRT: removal, and installation with its leak test.",
        ),
    ),
    adjust=(
        (
            ok(
                "adjust_cable_tension",
                {"cable": "aileron-L", "lbf": 60},
                "aileron-L turnbuckle set for 60 lbf",
            ),
            ok(
                "measure_tension",
                {"cable": "aileron-L"},
                "aileron-L: 60 lbf at 21 C (AMM range 64-70)",
            ),
            "Below range. Taking it up.",
        ),
        (
            ok(
                "adjust_cable_tension",
                {"cable": "aileron-L", "lbf": 72},
                "aileron-L turnbuckle set for 72 lbf",
            ),
            ok(
                "measure_tension",
                {"cable": "aileron-L"},
                "aileron-L: 72 lbf at 21 C (AMM range 64-70)",
            ),
            "Overshot by two. Backing off to the middle of the range.",
        ),
        (
            ok(
                "adjust_cable_tension",
                {"cable": "aileron-L", "lbf": 67},
                "aileron-L turnbuckle set for 67 lbf",
            ),
            ok(
                "measure_tension",
                {"cable": "aileron-L"},
                "aileron-L: 67 lbf at 21 C (AMM range 64-70) - OK",
            ),
            "67 lbf, mid-range.",
        ),
    ),
    adjust_done="Left aileron cable tension is in range; the duplicate inspection can be done.",
    rerun=Rerun(
        check=ok(
            "run_release_check",
            {"tail": "ZS-XRT"},
            "3 blockers: DEF-0931 open; AD 2024-0187 not signed; WC-2320 walk-round open",
        ),
        fixes=(
            (
                ok(
                    "sign_off_card",
                    {"card": "WC-2302", "stamp": "B1-4412"},
                    "WC-2302 closed; DEF-0931 cleared (pump replaced, leak test pass)",
                ),
                "2 blockers: AD 2024-0187 not signed; WC-2320 walk-round open",
                "The pump defect is cleared.",
            ),
            (
                ok(
                    "request_ad_signoff",
                    {"ad": "2024-0187", "tail": "ZS-XRT", "certifier": "C-0907"},
                    "AD 2024-0187 signed by C-0907",
                ),
                "1 blocker: WC-2320 walk-round open",
                "The AD is signed by an authorised certifier.",
            ),
            (
                ok("sign_off_card", {"card": "WC-2320", "stamp": "B1-4412"}, "WC-2320 closed"),
                "RELEASABLE: 0 blockers",
                "No blockers left.",
            ),
        ),
    ),
    rerun_done="ZS-XRT is releasable for Friday.",
)

DOMAINS: tuple[Domain, ...] = (
    GENOMICS,
    GAME,
    FARM,
    MUSEUM,
    SOLAR,
    TICKETING,
    LOCALISATION,
    AIRCRAFT,
)


# --------------------------------------------------------------------------------------------
# Helpers for the builders
# --------------------------------------------------------------------------------------------


def lower_first(text: str) -> str:
    """``"Next I'll..."`` -> ``"next I'll..."``, but leave "I" and ids alone."""
    first = text.split(" ", 1)[0]
    if first in ("I", "I'll", "I'm", "I've", "I'd") or not first[:1].isalpha():
        return text
    if any(ch.isupper() for ch in first[1:]) or any(ch.isdigit() for ch in first):
        return text
    return text[0].lower() + text[1:]


def near_variants(text: str, rng: random.Random, n: int) -> list[str]:
    """``n`` near-identical restatements of ``text`` (verbatim repeats allowed)."""
    forms = (
        lambda s: s,
        lambda s: "OK, " + lower_first(s),
        lambda s: s.rstrip(".") + "...",
        lambda s: "Right - " + lower_first(s),
        lambda s: s.replace(" now.", "."),
        lambda s: "Alright. " + s,
        lambda s: s + " One moment.",
        lambda s: "Continuing: " + lower_first(s),
    )
    out = [text]
    while len(out) < n:
        out.append(rng.choice(forms)(text))
    return out


def whitespace_variant(obs: str, rng: random.Random) -> str:
    return rng.choice(
        (obs, obs + "\n", obs.replace(": ", ":  ", 1), " " + obs, obs + "  ", obs + "\n\n")
    )


def intro(d: Domain, rng: random.Random, calls: int | None = None) -> list[StepDict]:
    """The task, the agent's first words and 0..all of the domain's opening lookups."""
    steps = [say(d.opener, d.task)]
    n = rng.randint(0, len(d.prefix)) if calls is None else min(calls, len(d.prefix))
    steps += [c.step() for c in d.prefix[:n]]
    return steps


def warmup(d: Domain) -> list[StepDict]:
    return [say(w) if isinstance(w, str) else w.step() for w in d.warmup]


# --------------------------------------------------------------------------------------------
# Loops: each ``stuck_*`` writes the stuck part; ``n`` is the number of repetitions
# --------------------------------------------------------------------------------------------


def stuck_exact(d: Domain, rng: random.Random, n: int) -> list[StepDict]:
    steps: list[StepDict] = []
    style = rng.choice(("bare", "same_remark", "varied"))
    remark = rng.choice(d.rechecks)
    for i in range(n):
        if i and style == "same_remark":
            steps.append(say(remark))
        elif i and style == "varied" and rng.random() < 0.7:
            steps.append(say(rng.choice(d.rechecks)))
        steps.append(d.lookup.step())
    return steps


def stuck_volatile(d: Domain, rng: random.Random, n: int) -> list[StepDict]:
    steps: list[StepDict] = []
    style = rng.choice(("ids", "spelling", "both"))
    clock = Clock(rng)
    spellings = [d.lookup.args, *rng.sample(d.lookup_spellings, len(d.lookup_spellings))]
    remarks = rng.sample(d.rechecks, len(d.rechecks))
    for i in range(n):
        if i and rng.random() < 0.5:
            steps.append(say(remarks[i % len(remarks)]))
        if style == "ids":
            args = dict(d.lookup.args)
            args[d.volatile_arg] = token(rng, 12)
            obs = d.volatile_obs.format(**clock.tick())
        elif style == "spelling":
            args = dict(spellings[i % len(spellings)])
            obs = whitespace_variant(d.lookup.obs, rng)
        else:
            args = dict(spellings[i % len(spellings)])
            args[d.volatile_arg] = f"{d.volatile_arg[:3]}-{rng.randint(10000, 99999)}"
            obs = d.volatile_obs.format(**clock.tick())
        steps.append(d.lookup.step(args, obs))
    return steps


def stuck_nudged(d: Domain, rng: random.Random, n: int, bank: int = 0) -> list[StepDict]:
    """Announcing the same next step, reworded, while a person or harness says "go on"."""
    steps: list[StepDict] = []
    pool = list(d.intents[bank])
    rng.shuffle(pool)
    harness = rng.random() < 0.4
    fixed = rng.choice(HARNESS_NUDGES)
    for i, text in enumerate(pool[: min(n, len(pool))]):
        nudge = ""
        if i:
            nudge = fixed if harness else rng.choice(HUMAN_NUDGES)
            if not harness and rng.random() < 0.3:
                ack = rng.choice(ACK_PREFIXES)
                text = ack + (lower_first(text) if ack.endswith(", ") else text)
        steps.append(say(text, nudge))
    return steps


def stuck_monologue(d: Domain, rng: random.Random, n: int, style: str) -> list[StepDict]:
    if style == "paraphrase":
        pool = list(d.intents[1])
        rng.shuffle(pool)
        texts = pool[: min(n, len(pool))]
    else:
        texts = near_variants(d.near_same, rng, n)
    return [say(t) for t in texts]


def stuck_ab(d: Domain, rng: random.Random, rounds: int) -> list[StepDict]:
    steps: list[StepDict] = []
    first, second = d.ab if rng.random() < 0.7 else d.ab[::-1]
    calls = [first, second] * rounds
    if rng.random() < 0.3:
        calls.append(first)
    for i, c in enumerate(calls):
        if i and rng.random() < 0.35:
            steps.append(say(rng.choice(d.ab_remarks)))
        steps.append(c.step())
    return steps


def stuck_flip(d: Domain, rng: random.Random, sets: int, with_checks: bool) -> list[StepDict]:
    f = d.flip
    steps: list[StepDict] = [f.check.step()]
    for i in range(sets):
        if rng.random() < 0.6:
            steps.append(say(f.remarks[i] if i < len(f.remarks) else rng.choice(FLIP_REMARKS)))
        v = f.values[i % 2]
        steps.append(Call(f.tool, {**f.args, f.key: v}, f.set_obs.format(v=v)).step())
        if with_checks or i == sets - 1:
            steps.append(f.check.step())
    return steps


def stuck_cycle(d: Domain, rng: random.Random, calls: int) -> list[StepDict]:
    steps: list[StepDict] = []
    offset = rng.randint(0, 2)
    for i in range(calls):
        if i and i % 3 == 0 and rng.random() < 0.5:
            steps.append(say(rng.choice(("Let me go over this again.", *d.rechecks))))
        steps.append(d.cycle[(i + offset) % 3].step())
    return steps


def stuck_failing(d: Domain, rng: random.Random, n: int) -> list[StepDict]:
    steps: list[StepDict] = []
    remarks = rng.random() < 0.5
    request_ids = rng.random() < 0.3
    for i in range(n):
        if i and remarks and rng.random() < 0.8:
            steps.append(say(rng.choice(RETRY_REMARKS)))
        obs = d.fail.obs + (f" [request {token(rng, 10)}]" if request_ids else "")
        steps.append(d.fail.step(obs=obs))
    return steps


def stuck_reworded(d: Domain, rng: random.Random, n: int) -> list[StepDict]:
    steps: list[StepDict] = []
    variants = [d.fail.args, *rng.sample(d.fail_spellings, len(d.fail_spellings))]
    remarks = rng.sample(REWORD_REMARKS, len(REWORD_REMARKS))
    for i in range(n):
        if i and rng.random() < 0.75:
            steps.append(say(remarks[(i - 1) % len(remarks)]))
        steps.append(d.fail.step(variants[i % len(variants)]))
    return steps


def stuck_apology(d: Domain, rng: random.Random, n: int) -> list[StepDict]:
    steps: list[StepDict] = [d.fail.step()]
    user = rng.random() < 0.5
    for text in rng.sample(APOLOGIES, n):
        obs = rng.choice(FRUSTRATED) if user and rng.random() < 0.6 else ""
        steps.append(say(text.format(what=d.fail_desc), obs))
        steps.append(d.fail.step())
    return steps


def loop_exact_repeat(d: Domain, rng: random.Random) -> list[StepDict]:
    return intro(d, rng) + stuck_exact(d, rng, rng.randint(3, 8))


def loop_volatile_repeat(d: Domain, rng: random.Random) -> list[StepDict]:
    return intro(d, rng) + stuck_volatile(d, rng, rng.randint(3, 7))


def loop_paraphrase_nudged(d: Domain, rng: random.Random) -> list[StepDict]:
    steps = intro(d, rng)
    if rng.random() < 0.5:
        steps.append(d.lookup.step())
    return steps + stuck_nudged(d, rng, rng.randint(4, 6))


def loop_paraphrase_monologue(d: Domain, rng: random.Random) -> list[StepDict]:
    steps = intro(d, rng, calls=1)
    style = rng.choice(("paraphrase", "paraphrase", "near_same"))
    n = rng.randint(4, 6) if style == "paraphrase" else rng.randint(3, 6)
    return steps + stuck_monologue(d, rng, n, style)


def loop_ab_oscillation(d: Domain, rng: random.Random) -> list[StepDict]:
    return intro(d, rng) + stuck_ab(d, rng, rng.randint(3, 4))


def loop_setting_flip(d: Domain, rng: random.Random) -> list[StepDict]:
    with_checks = rng.random() < 0.6
    sets = rng.randint(3, 4) if with_checks else rng.randint(4, 6)
    return intro(d, rng) + stuck_flip(d, rng, sets, with_checks)


def loop_cycle_of_three(d: Domain, rng: random.Random) -> list[StepDict]:
    return intro(d, rng) + stuck_cycle(d, rng, rng.randint(6, 8))


def loop_failing_repeat(d: Domain, rng: random.Random) -> list[StepDict]:
    return intro(d, rng) + stuck_failing(d, rng, rng.randint(3, 7))


def loop_failing_reworded(d: Domain, rng: random.Random) -> list[StepDict]:
    return intro(d, rng) + stuck_reworded(d, rng, rng.randint(3, 5))


def loop_apology_retry(d: Domain, rng: random.Random) -> list[StepDict]:
    return intro(d, rng) + stuck_apology(d, rng, rng.randint(3, 6))


AFTER_PROGRESS_FORMS = (
    "volatile",
    "exact",
    "flip",
    "reworded",
    "apology",
    "nudged",
    "cycle",
    "ab",
)


def loop_after_progress(d: Domain, rng: random.Random, form: str) -> list[StepDict]:
    """A few genuine steps, then stuck in ``form``."""
    steps = intro(d, rng, calls=len(d.prefix)) + warmup(d)
    n = rng.randint(3, 5)
    if form == "volatile":
        steps += stuck_volatile(d, rng, n)
    elif form == "exact":
        steps += stuck_exact(d, rng, n)
    elif form == "flip":
        steps += stuck_flip(d, rng, n, with_checks=True)
    elif form == "reworded":
        steps += stuck_reworded(d, rng, n)
    elif form == "apology":
        steps += stuck_apology(d, rng, n)
    elif form == "nudged":
        steps += stuck_nudged(d, rng, n + 1)
    elif form == "cycle":
        steps += stuck_cycle(d, rng, 6 + n % 3)
    else:
        steps += stuck_ab(d, rng, 3)
    return steps


# --------------------------------------------------------------------------------------------
# Progress
# --------------------------------------------------------------------------------------------


def progress_paging(d: Domain, rng: random.Random) -> list[StepDict]:
    steps = intro(d, rng)
    for i, (args, obs, remark) in enumerate(d.pager):
        if i and rng.random() < 0.3:
            steps.append(say(rng.choice(("Next page.", "Fetching the next page.", "Continuing."))))
        steps.append(ok(d.pager_tool, args, obs).step())
        if rng.random() < 0.75:
            steps.append(say(remark))
    steps.append(say(d.pager_done))
    return steps


def progress_corrected_retry(d: Domain, rng: random.Random) -> list[StepDict]:
    c = d.corrected
    steps = intro(d, rng)
    steps += [c.bad.step(), say(c.note), c.good.step(), say(c.after)]
    return steps


def progress_polling(d: Domain, rng: random.Random, repeated: bool) -> list[StepDict]:
    j = d.job
    steps = [*intro(d, rng), j.start.step()]
    statuses = list(j.statuses)
    if repeated:  # the same status two or three times in a row before it changes
        k = rng.randint(1, len(statuses) - 2)
        statuses[k : k + 1] = [statuses[k]] * rng.choice((2, 2, 3))
    waits = rng.random() < 0.5
    previous = ""
    for i, status in enumerate(statuses):
        if waits:
            steps.append(j.wait.step())
        steps.append(ok(j.poll_tool, j.poll_args, status).step())
        if status == previous:
            bank = SAME_STATUS_REMARKS if waits else SAME_STATUS_NO_WAIT_REMARKS
            steps.append(say(rng.choice(bank)))
        elif i < len(statuses) - 1 and rng.random() < 0.4:
            steps.append(say(rng.choice(POLL_REMARKS)))
        previous = status
    steps.append(say(j.done))
    return steps


def progress_summaries(d: Domain, rng: random.Random) -> list[StepDict]:
    steps = intro(d, rng)
    for call, summary in d.docs:
        steps += [call.step(), say(summary)]
    steps.append(say(d.docs_done))
    return steps


def progress_entities(d: Domain, rng: random.Random) -> list[StepDict]:
    steps = intro(d, rng)
    for call, note in d.entities:
        steps.append(call.step())
        if rng.random() < 0.6:
            steps.append(say(note))
    steps.append(say(d.entities_done))
    return steps


def progress_transient(d: Domain, rng: random.Random, twice: bool) -> list[StepDict]:
    t = d.transient
    steps = intro(d, rng)
    steps += [err(t.call.tool, t.call.args, t.errors[0]).step(), say(rng.choice(TRANSIENT_REMARKS))]
    if rng.random() < 0.4:
        steps.append(d.job.wait.step())
    if twice:
        second = t.errors[rng.randint(0, 1)]
        steps += [err(t.call.tool, t.call.args, second).step()]
        steps.append(say(rng.choice(SECOND_TRANSIENT_REMARKS)))
    steps += [t.call.step(), t.follow.step(), say(t.after)]
    return steps


def progress_status_updates(d: Domain, rng: random.Random) -> list[StepDict]:
    steps = intro(d, rng)
    pinged = rng.random() < 0.5
    for i, (call, update) in enumerate(d.updates):
        steps.append(call.step())
        ping = ""
        if pinged and i and rng.random() < 0.7:
            ping = rng.choice(("status?", "any progress?", "how's it going?", "update?"))
        steps.append(say(update, ping))
    return steps


def progress_user_questions(d: Domain, rng: random.Random) -> list[StepDict]:
    steps = intro(d, rng, calls=rng.randint(0, 1))
    for question, call, answer in d.questions:
        steps += [say(rng.choice(ACKS), question), call.step(), say(answer)]
    return steps


def progress_refinement(d: Domain, rng: random.Random) -> list[StepDict]:
    steps = intro(d, rng)
    for call, remark in d.refine:
        steps += [call.step(), say(remark)]
    return steps


def progress_adjust_and_verify(d: Domain, rng: random.Random) -> list[StepDict]:
    steps = intro(d, rng)
    for change, reading, remark in d.adjust:
        steps += [change.step(), reading.step()]
        if rng.random() < 0.8:
            steps.append(say(remark))
    steps.append(say(d.adjust_done))
    return steps


def progress_rerun_after_fix(d: Domain, rng: random.Random) -> list[StepDict]:
    r = d.rerun
    steps = [*intro(d, rng), r.check.step()]
    for fix, result, remark in r.fixes:
        steps += [fix.step(), r.check.step(obs=result)]
        if rng.random() < 0.7:
            steps.append(say(remark))
    steps.append(say(d.rerun_done))
    return steps


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------

LOOPS = (
    ("exact_repeat", loop_exact_repeat),
    ("volatile_repeat", loop_volatile_repeat),
    ("paraphrase_nudged", loop_paraphrase_nudged),
    ("paraphrase_monologue", loop_paraphrase_monologue),
    ("ab_oscillation", loop_ab_oscillation),
    ("setting_flip", loop_setting_flip),
    ("cycle_of_three", loop_cycle_of_three),
    ("failing_repeat", loop_failing_repeat),
    ("failing_reworded", loop_failing_reworded),
    ("apology_retry", loop_apology_retry),
)
PROGRESS = (
    ("paging", progress_paging),
    ("corrected_retry", progress_corrected_retry),
    ("status_updates", progress_status_updates),
    ("user_questions", progress_user_questions),
    ("refinement", progress_refinement),
    ("adjust_and_verify", progress_adjust_and_verify),
    ("rerun_after_fix", progress_rerun_after_fix),
)


def build() -> list[Row]:
    rng = random.Random(SEED)
    rows: list[Row] = []
    counts: dict[str, int] = {}

    def add(label: str, kind: str, d: Domain, steps: list[StepDict]) -> None:
        category = f"{label}/{kind}"
        n = counts.get(category, 0)
        counts[category] = n + 1
        rows.append(
            {
                "id": f"fresh-{label}-{kind}-{n:03d}",
                "label": label,
                "category": category,
                "domain": d.name,
                "steps": steps,
            }
        )

    for kind, loop in LOOPS:
        for d in DOMAINS:
            add("loop", kind, d, loop(d, rng))
    for d, form in zip(DOMAINS, AFTER_PROGRESS_FORMS, strict=True):
        add("loop", "after_progress", d, loop_after_progress(d, rng, form))

    for kind, progress in PROGRESS:
        for d in DOMAINS:
            add("progress", kind, d, progress(d, rng))
    for i, d in enumerate(DOMAINS):
        hard = i % 2 == 1
        kind = "polling_repeated_status" if hard else "polling"
        add("progress", kind, d, progress_polling(d, rng, repeated=hard))
    for i, d in enumerate(DOMAINS):
        hard = i % 2 == 0
        kind = "transient_retry_twice" if hard else "transient_retry"
        add("progress", kind, d, progress_transient(d, rng, twice=hard))
    for d in DOMAINS:
        kind = "summaries_near_identical" if d.docs_near_identical else "summaries"
        add("progress", kind, d, progress_summaries(d, rng))
    for d in DOMAINS:
        kind = "entities_same_result" if d.entities_same_result else "entities"
        add("progress", kind, d, progress_entities(d, rng))
    return rows


def main() -> None:
    rows = build()
    OUT.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    print(f"wrote {len(rows)} trajectories to {OUT}")


if __name__ == "__main__":
    main()
