"""Compose the HELD-OUT loop-detection evaluation set (never used to tune the detectors).

Run ``python tests/data/trajectories_heldout/generate.py`` to rewrite ``trajectories.jsonl``;
the output is committed, so the evaluation does not depend on this script. The material here was
written fresh for this set: eight domains that the tuning set (``tests/data/trajectories/``)
does not use, their own tools, remarks, errors and documents, and a block of hand-written hard
cases on both sides. See ``README.md`` for how it is made and what it can and cannot tell.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

OUT = Path(__file__).with_name("trajectories.jsonl")
SEED = 90_417_733  # not the tuning set's seed

Row = dict[str, Any]
Call = tuple[str, dict[str, Any], str]  # tool, arguments, what it returned


# ---------------------------------------------------------------------------------------------
# Step builders and volatile noise
# ---------------------------------------------------------------------------------------------


def say(text: str, observation: str = "") -> Row:
    row: Row = {"kind": "llm", "text": text}
    if observation:
        row["observation"] = observation
    return row


def call(tool: str, args: dict[str, Any], observation: str, error: bool = False) -> Row:
    return {"kind": "tool", "tool": tool, "args": args, "observation": observation, "error": error}


def do(c: Call, error: bool = False) -> Row:
    return call(c[0], dict(c[1]), c[2], error)


def iso(rng: random.Random) -> str:
    return (
        f"2024-06-{rng.randint(3, 14):02d}T{rng.randint(6, 21):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
    )


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128)))


def volatile_args(args: dict[str, Any], style: str, rng: random.Random) -> dict[str, Any]:
    """Per-call noise a framework adds to the arguments."""
    out = dict(args)
    if style == "trace":
        out["trace_id"] = hexid(rng, 32)
    elif style == "idem":
        out["idempotency_key"] = uid(rng)
    elif style == "cache_bust":  # a key the normaliser does not know about
        out["_cb"] = rng.randint(1_717_000_000_000, 1_718_999_999_999)
    return out


def volatile_obs(obs: str, style: str, rng: random.Random) -> str:
    """Per-call noise a tool adds to its result."""
    if style == "iso":
        return f"{obs}\nretrieved_at: {iso(rng)}"
    if style == "uuid":
        return f"x-correlation-id: {uid(rng)}\n{obs}"
    if style == "epoch":
        return f"{obs} [server_time={rng.randint(1_717_400_000, 1_718_400_000)}]"
    if style == "clock":
        return f"({rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}) {obs}"
    if style == "latency":  # a changing number the normaliser keeps
        return f"{obs}\n(took {rng.randint(80, 1900)} ms)"
    return obs


OBS_STYLES = ["iso", "uuid", "epoch", "clock", "latency", "plain"]
ARG_STYLES = ["trace", "idem", "none", "none", "cache_bust"]


# ---------------------------------------------------------------------------------------------
# Domain material
# ---------------------------------------------------------------------------------------------


@dataclass
class Revisit:
    """A lookup that a stuck agent keeps coming back to."""

    call: Call
    rewordings: list[dict[str, Any]]  # other spellings of the same request, same answer
    remarks: list[str]  # paraphrases of "let me look at that again"


@dataclass
class Broken:
    """A call that cannot succeed as the agent makes it."""

    tool: str
    variants: list[dict[str, Any]]  # the first is the original, the rest reword it
    error: str
    transient: list[str]
    remarks: list[str]


@dataclass
class Flip:
    """Two calls an undecided agent alternates between."""

    a: Call
    b: Call
    remarks_a: list[str]
    remarks_b: list[str]


@dataclass
class Pager:
    tool: str
    base: dict[str, Any]
    style: str  # "page", "offset" or "cursor"
    row: Callable[[random.Random], str]
    notes: list[str]  # {p}: this page, {n}: rows on it
    wrap: str
    chronological: bool = False  # rows of a page come sorted


@dataclass
class Fix:
    """A call that fails, is corrected, and the work goes on."""

    tool: str
    bad: dict[str, Any]
    error: str
    note: str
    good: dict[str, Any]
    result: str
    after: list[Call]
    close: str


@dataclass
class Poll:
    start: Call | None
    tool: str
    args: dict[str, Any]
    states: list[str]  # what each poll returns; it changes every time
    notes: list[str]
    close: str


@dataclass
class Domain:
    name: str
    task: str
    openers: list[str]
    warmup: list[Call]
    revisit: Revisit
    broken: Broken
    flip: Flip
    stuck: list[str]  # paraphrases of one intention the agent never carries out
    nudges: list[str]  # what a user types while waiting
    pager: Pager
    fix: Fix
    docs: list[tuple[Call, str]]  # reading a document, and the agent's summary of it
    doc_wrap: str
    poll: Poll
    entity_intro: str
    entities: list[tuple[Call, str]]  # a lookup on one entity, and the agent's note on it
    draft_intro: str
    sections: list[str]
    refine: list[tuple[str, Call]]  # remark ("" for none), then a call with new results
    refine_close: str


LEGAL = Domain(
    name="legal_contract_review",
    task=(
        "Review the Northwind Analytics master services agreement (MSA-2291) and flag where "
        "it departs from our playbook on liability, termination and data protection."
    ),
    openers=[
        "Reviewing MSA-2291 against the commercial playbook. I'll start with the document "
        "metadata.",
        "Got it - a playbook review of the Northwind MSA. First I'll confirm which version "
        "we're looking at.",
        "Starting the contract review for Northwind Analytics.",
    ],
    warmup=[
        (
            "get_document_info",
            {"doc_id": "MSA-2291"},
            "MSA-2291 Master Services Agreement - Northwind Analytics Ltd / Halden Foods plc. "
            "Version 3 (counterparty redline of 28 May), 38 pages, 17 sections, 2 schedules.",
        ),
    ],
    revisit=Revisit(
        call=(
            "get_clause",
            {"doc_id": "MSA-2291", "section": "12.3"},
            "12.3 Limitation of Liability. Except for breaches of Section 9 (Confidentiality), "
            "each party's aggregate liability arising out of or in connection with this "
            "Agreement shall not exceed the Fees paid in the twelve (12) months preceding the "
            "event giving rise to the claim.",
        ),
        rewordings=[
            {"doc_id": "MSA-2291", "section": "Section 12.3"},
            {"doc_id": "MSA-2291", "section": "§12.3"},
            {"doc_id": "MSA-2291", "heading": "Limitation of Liability"},
            {"doc_id": "msa-2291", "section": "12.3", "include_subclauses": True},
            {"doc_id": "MSA-2291", "clause_ref": "cl. 12(3)"},
        ],
        remarks=[
            "I'll pull up the liability cap in 12.3 again to be sure of the wording.",
            "Let me reread clause 12.3 on limitation of liability.",
            "Going back to the limitation-of-liability clause one more time.",
            "I want to double-check the cap language in section 12.3.",
            "Re-opening 12.3 so I can quote the liability cap precisely.",
            "Let me look at the liability limitation once more before I flag it.",
            "Checking the twelve-month cap in 12.3 again.",
        ],
    ),
    broken=Broken(
        tool="compare_to_playbook",
        variants=[
            {"doc_id": "MSA-2291", "playbook": "commercial-v4"},
            {"doc_id": "MSA-2291", "playbook": "Commercial v4"},
            {"doc_id": "MSA-2291", "playbook": "commercial_playbook_v4"},
            {"doc_id": "MSA-2291", "playbook": "commercial-v4", "sections": ["12", "14"]},
            {"doc_id": "MSA-2291", "playbook": "Commercial Contracts Playbook (v4)"},
        ],
        error=(
            "PlaybookNotFound: no playbook matching the given name is visible to workspace "
            "halden-legal"
        ),
        transient=[
            "504 Gateway Timeout (docs-service)",
            "429 Too Many Requests: retry after 20s",
            "ConnectionError: docs-service.internal:8443 unreachable",
        ],
        remarks=[
            "The playbook comparison didn't go through. Trying again.",
            "Let me rerun the playbook check.",
            "I'll try the comparison with the playbook name written differently.",
            "Maybe the playbook is registered under another name; retrying.",
            "Running compare_to_playbook once more.",
            "Still no luck with the playbook comparison - another attempt.",
        ],
    ),
    flip=Flip(
        a=(
            "get_clause",
            {"doc_id": "MSA-2291", "section": "12.3"},
            "12.3 Limitation of Liability. Except for breaches of Section 9 (Confidentiality), "
            "each party's aggregate liability shall not exceed the Fees paid in the twelve (12) "
            "months preceding the claim.",
        ),
        b=(
            "get_clause",
            {"doc_id": "MSA-2291", "section": "9.1"},
            "9.1 Confidentiality. Each party shall keep the other's Confidential Information "
            "secret and use it only to perform this Agreement, for the term and five (5) years "
            "after.",
        ),
        remarks_a=[
            "Back to 12.3 to see how the cap is worded around the carve-out.",
            "Checking 12.3 again against that.",
            "And the cap clause once more.",
        ],
        remarks_b=[
            "Now the confidentiality clause the carve-out points to.",
            "Let me see what Section 9 covers again.",
            "Over to 9.1 to compare.",
        ],
    ),
    stuck=[
        "I'll now compare the termination clause against our playbook.",
        "Next, I'm going to check the termination provisions against the playbook.",
        "Let me move on to comparing termination rights with the playbook position.",
        "Now I will review termination against our standard position.",
        "Turning to the termination clause and how it compares with the playbook.",
        "I'm going to assess the termination section against our playbook next.",
    ],
    nudges=["", "", "ok", "go ahead", "Any update on termination?"],
    pager=Pager(
        tool="list_defined_terms",
        base={"doc_id": "MSA-2291"},
        style="page",
        row=lambda rng: (
            f'"{rng.choice(LEGAL_TERMS)}" - defined in {rng.randint(1, 17)}.{rng.randint(1, 9)}, '
            f"used {rng.randint(1, 40)} times"
        ),
        notes=[
            "Page {p} of the definitions: {n} terms, none of them redefine 'Losses'. Next page.",
            "Nothing unusual on page {p}. Continuing.",
            "Page {p} done ({n} terms). 'Fees' and 'Services' match our template so far.",
            "Logged the {n} terms on page {p}; moving on.",
        ],
        wrap="That's the full definitions list. Two terms differ from our template.",
    ),
    fix=Fix(
        tool="get_clause",
        bad={"doc_id": "MSA-2291", "section": "14"},
        error="AmbiguousSection: section '14' has subsections 14.1-14.6; request one of them",
        note="Section 14 is split up. Termination for convenience should be 14.2.",
        good={"doc_id": "MSA-2291", "section": "14.2"},
        result=(
            "14.2 Termination for Convenience. Customer may terminate this Agreement on one "
            "hundred and eighty (180) days' written notice, subject to payment of the early "
            "termination fee in Schedule 2."
        ),
        after=[
            (
                "get_clause",
                {"doc_id": "MSA-2291", "section": "14.4"},
                "14.4 Effect of Termination. Supplier shall return or delete Customer Data "
                "within sixty (60) days of termination.",
            ),
            (
                "get_schedule",
                {"doc_id": "MSA-2291", "schedule": 2},
                "Schedule 2 - Early termination fee: 50% of the Fees remaining for the "
                "Minimum Term.",
            ),
        ],
        close=(
            "Found it: 180 days' notice plus a 50% early termination fee. Our playbook allows "
            "90 days and no fee, so that's a flag."
        ),
    ),
    docs=[
        (
            (
                "open_document",
                {"doc_id": "DPA-2291-A"},
                "Data Processing Addendum. Processor may engage sub-processors with 10 days' "
                "notice; Controller may object but not terminate. Data stored in the EU; "
                "transfers under SCCs 2021.",
            ),
            "The DPA lets Northwind add sub-processors on ten days' notice, and we can only "
            "object, not walk away. EU hosting with SCCs for transfers.",
        ),
        (
            (
                "open_document",
                {"doc_id": "SOW-2291-01"},
                "Statement of Work 1. Monthly demand-forecast reports; service credits capped at "
                "5% of monthly fees; acceptance deemed after 5 business days.",
            ),
            "SOW 1 covers the monthly forecasting reports. Service credits top out at 5% and "
            "deliverables count as accepted after five business days of silence.",
        ),
        (
            (
                "open_document",
                {"doc_id": "AMD-2291-2"},
                "Amendment 2 (2023). Raised the fee index cap from CPI to CPI + 3%, and added "
                "a 24-month minimum term.",
            ),
            "Amendment 2 from last year lets fees rise by CPI plus 3% and introduced the "
            "24-month minimum term that the termination fee is based on.",
        ),
        (
            (
                "open_document",
                {"doc_id": "INS-CERT-NW"},
                "Certificate of insurance, Northwind Analytics: professional indemnity GBP 2m, "
                "cyber GBP 1m, expires 31 March 2025.",
            ),
            "Northwind's insurance certificate: GBP 2m professional indemnity and only GBP 1m "
            "cyber cover, valid to March 2025.",
        ),
    ],
    doc_wrap="Between the DPA, SOW, amendment and insurance certificate I have the full picture.",
    poll=Poll(
        start=(
            "start_ocr",
            {"doc_id": "MSA-2291-signed-scan"},
            "OCR job ocr-58812 accepted (38 pages)",
        ),
        tool="ocr_job_status",
        args={"job_id": "ocr-58812"},
        states=[
            "ocr-58812: queued (2 jobs ahead)",
            "ocr-58812: processing, page 6 of 38",
            "ocr-58812: processing, page 19 of 38",
            "ocr-58812: processing, page 31 of 38",
            "ocr-58812: done - 38 pages, low-confidence text on pages 22 and 37",
        ],
        notes=[
            "The scan is still being processed.",
            "OCR is moving along.",
            "Not finished yet; I'll check back.",
            "Getting there.",
        ],
        close="OCR is done; pages 22 and 37 need a manual look.",
    ),
    entity_intro="I'll go through the clauses the playbook cares about one at a time.",
    entities=[
        (
            (
                "get_clause",
                {"doc_id": "MSA-2291", "section": "9.1"},
                "9.1 Confidentiality: term plus five years.",
            ),
            "Confidentiality survives five years - matches the playbook.",
        ),
        (
            (
                "get_clause",
                {"doc_id": "MSA-2291", "section": "11.2"},
                "11.2 Indemnity: Supplier indemnifies Customer against third-party IP claims, "
                "uncapped.",
            ),
            "IP indemnity is uncapped, which is what we want.",
        ),
        (
            (
                "get_clause",
                {"doc_id": "MSA-2291", "section": "12.3"},
                "12.3 Limitation of Liability: twelve months' Fees, confidentiality excluded.",
            ),
            "The cap is twelve months of fees; playbook asks for 150%. Flag.",
        ),
        (
            (
                "get_clause",
                {"doc_id": "MSA-2291", "section": "14.2"},
                "14.2 Termination for Convenience: 180 days' notice plus fee.",
            ),
            "Termination for convenience is too long at 180 days.",
        ),
        (
            (
                "get_clause",
                {"doc_id": "MSA-2291", "section": "16.1"},
                "16.1 Governing Law: England and Wales; courts of London.",
            ),
            "Governing law is English - fine.",
        ),
    ],
    draft_intro="I have what I need. Writing the review memo now, one section at a time.",
    sections=[
        "Summary. MSA-2291 is broadly acceptable but three provisions fall outside the "
        "playbook: the liability cap, termination for convenience and the sub-processor regime. "
        "None is a deal-breaker if Northwind accepts the redlines below.",
        "Liability. Clause 12.3 caps each party at twelve months' fees. Our position is 150% "
        "of annual fees with a separate, higher cap for data-protection breaches. Northwind's "
        "cyber cover of GBP 1m suggests they will resist anything above that figure.",
        "Termination. Clause 14.2 requires 180 days' notice and Schedule 2 adds a fee of half "
        "the remaining minimum-term fees. We should push for 90 days and drop the fee after "
        "the first contract year.",
        "Data protection. The DPA allows new sub-processors on ten days' notice with a right to "
        "object only. The playbook requires 30 days and a termination right if an objection is "
        "not resolved.",
        "Recommended redlines. (1) Raise the cap to 150% and add a GBP 3m super-cap for data "
        "breaches; (2) 90 days' notice, fee falling away after month 12; (3) 30-day "
        "sub-processor notice with an exit right.",
    ],
    refine=[
        (
            "Searching the agreement for indemnities.",
            (
                "contract_search",
                {"doc_id": "MSA-2291", "query": "indemnif"},
                "23 hits: 11.1, 11.2, 11.3, 11.4, 12.1, 12.3, 13.2, Schedule 1 para 4 ...",
            ),
        ),
        (
            "Too many hits. Restricting to third-party claims.",
            (
                "contract_search",
                {"doc_id": "MSA-2291", "query": "indemnif AND third party"},
                "4 hits: 11.2 (IP claims), 11.3 (data breach claims), 11.4 (procedure), "
                "Schedule 1 para 4 (subcontractors)",
            ),
        ),
        (
            "11.3 is the interesting one. Looking for what limits it.",
            (
                "contract_search",
                {"doc_id": "MSA-2291", "query": "11.3 subject to"},
                "1 hit: 12.1 'Clause 11.3 is subject to the cap in 12.3' - data-breach indemnity "
                "is capped",
            ),
        ),
    ],
    refine_close="So the data-breach indemnity is capped by 12.3 - that goes in the memo.",
)

LEGAL_TERMS = [
    "Affiliate",
    "Applicable Law",
    "Business Day",
    "Change Control",
    "Confidential Information",
    "Customer Data",
    "Deliverables",
    "Effective Date",
    "Fees",
    "Good Industry Practice",
    "Intellectual Property Rights",
    "Losses",
    "Minimum Term",
    "Personal Data",
    "Service Credits",
    "Services",
    "Sub-processor",
    "Term",
]


MEDLIT = Domain(
    name="medical_literature_triage",
    task=(
        "Triage new literature for the heart-failure guideline update: randomised trials since "
        "2022 of SGLT2 inhibitors in heart failure with preserved ejection fraction. Tag each "
        "record include or exclude."
    ),
    openers=[
        "Starting the literature triage for SGLT2 inhibitors in HFpEF. First a record count.",
        "Understood. I'll begin by seeing how many records the search returns.",
        "On it - triaging SGLT2/HFpEF trials since 2022.",
    ],
    warmup=[
        (
            "pubmed_count",
            {"term": "SGLT2 inhibitor AND HFpEF", "since": "2022"},
            "count: 214",
        ),
    ],
    revisit=Revisit(
        call=(
            "fetch_abstract",
            {"pmid": "36027570"},
            "PMID 36027570. Solomon SD et al. Dapagliflozin in Heart Failure with Mildly "
            "Reduced or Preserved Ejection Fraction. N Engl J Med 2022. Randomised, "
            "double-blind, n=6263. Primary outcome (worsening HF or CV death): HR 0.82, "
            "95% CI 0.73-0.92.",
        ),
        rewordings=[
            {"pmid": "PMID:36027570"},
            {"doi": "10.1056/NEJMoa2206286"},
            {
                "title": "Dapagliflozin in Heart Failure with Mildly Reduced or Preserved "
                "Ejection Fraction"
            },
            {"pmid": 36027570},
            {"pmid": "36027570", "fields": ["abstract"]},
        ],
        remarks=[
            "Let me pull the DELIVER abstract again to confirm the hazard ratio.",
            "I'll re-open the DELIVER trial abstract to check the primary outcome.",
            "Going back to the DELIVER paper once more.",
            "Fetching DELIVER's abstract again so I can quote the confidence interval.",
            "I want another look at the DELIVER results before I tag it.",
            "Let me re-check the DELIVER abstract for the sample size.",
            "One more read of the dapagliflozin HFpEF abstract.",
        ],
    ),
    broken=Broken(
        tool="fulltext_fetch",
        variants=[
            {"pmid": "36027570"},
            {"pmid": "36027570", "format": "pdf"},
            {"doi": "10.1056/NEJMoa2206286"},
            {"pmid": "36027570", "source": "publisher"},
            {"url": "https://www.nejm.org/doi/full/10.1056/NEJMoa2206286"},
        ],
        error="403 Forbidden: institutional subscription required for nejm.org full text",
        transient=[
            "ReadTimeout: eutils.ncbi.nlm.nih.gov did not answer within 15s",
            "HTTP 500 from fulltext proxy",
            "429: NCBI rate limit exceeded (3 requests/s without API key)",
        ],
        remarks=[
            "Couldn't get the full text. Let me try that again.",
            "Retrying the full-text download.",
            "Perhaps a different identifier will work for the full text.",
            "Another attempt at the full paper.",
            "The PDF didn't come through; once more.",
            "Trying to fetch the full article again.",
        ],
    ),
    flip=Flip(
        a=(
            "fetch_abstract",
            {"pmid": "36027570"},
            "DELIVER (dapagliflozin), n=6263, LVEF >40%: HR 0.82 (0.73-0.92).",
        ),
        b=(
            "fetch_abstract",
            {"pmid": "34449189"},
            "EMPEROR-Preserved (empagliflozin), n=5988, LVEF >40%: HR 0.79 (0.69-0.90).",
        ),
        remarks_a=[
            "Comparing with DELIVER again.",
            "Back to the dapagliflozin trial.",
            "Let me see DELIVER's numbers again.",
        ],
        remarks_b=[
            "And EMPEROR-Preserved.",
            "Now the empagliflozin trial once more.",
            "Checking EMPEROR-Preserved against it.",
        ],
    ),
    stuck=[
        "I'll now assess each included study's risk of bias.",
        "Next step: evaluate the risk of bias for every included trial.",
        "Let me go through the risk of bias of the included studies.",
        "Now I'm going to appraise each trial for bias.",
        "Moving on to the risk-of-bias assessment for these trials.",
        "I will assess the included trials for risk of bias next.",
    ],
    nudges=["", "", "continue", "ok, proceed", "How's the bias assessment going?"],
    pager=Pager(
        tool="pubmed_search",
        base={"term": "SGLT2 inhibitor AND HFpEF", "since": "2022"},
        style="page",
        row=lambda rng: (
            f"PMID {rng.randint(35000000, 38999999)} | {rng.choice(MED_AUTHORS)} et al. | "
            f"{rng.choice(MED_JOURNALS)} {rng.choice([2022, 2023, 2024])} | "
            f"{rng.choice(MED_DESIGNS)}"
        ),
        notes=[
            "Page {p}: {n} records; excluding the reviews and cohort studies.",
            "Screened page {p} - mostly observational work. Next page.",
            "Page {p} has {n} titles; one possible RCT flagged for full text.",
            "Done with page {p}. Moving on.",
        ],
        wrap="Title screening is complete; the candidate RCTs are flagged.",
    ),
    fix=Fix(
        tool="pubmed_search",
        bad={"term": "SGLT2 AND HFpEF AND randomized", "mindate": "01/01/2022"},
        error="ValueError: mindate must be formatted YYYY/MM/DD",
        note="Wrong date format; PubMed wants year first.",
        good={"term": "SGLT2 AND HFpEF AND randomized", "mindate": "2022/01/01"},
        result="38 records. First: 36027570 (DELIVER), 34449189 (EMPEROR-Preserved), "
        "37634141 (pooled analysis), 36924225 (PRESERVED-HF secondary)...",
        after=[
            (
                "fetch_abstract",
                {"pmid": "36924225"},
                "PRESERVED-HF secondary analysis: dapagliflozin improved KCCQ-CS by 5.8 points "
                "at 12 weeks; n=324.",
            ),
        ],
        close="The filtered search gives 38 records to screen.",
    ),
    docs=[
        (
            (
                "fetch_abstract",
                {"pmid": "36027570"},
                "DELIVER: dapagliflozin vs placebo in 6263 patients with LVEF >40%. Worsening HF "
                "or CV death 16.4% vs 19.5%; HR 0.82. Benefit consistent in LVEF >=60%.",
            ),
            "DELIVER: dapagliflozin cut worsening heart failure or cardiovascular death by about "
            "a fifth in over 6,000 patients, including those with LVEF of 60% or more. "
            "Include.",
        ),
        (
            (
                "fetch_abstract",
                {"pmid": "34449189"},
                "EMPEROR-Preserved: empagliflozin vs placebo, 5988 patients, LVEF >40%. Primary "
                "outcome HR 0.79, driven by fewer HF hospitalisations; no effect on CV death.",
            ),
            "EMPEROR-Preserved: empagliflozin lowered the composite outcome (HR 0.79), mostly "
            "through hospitalisations rather than deaths. Published 2021 - outside the date "
            "window, so exclude from the update but cite as background.",
        ),
        (
            (
                "fetch_abstract",
                {"pmid": "36081227"},
                "Vaduganathan et al., Lancet 2022. Meta-analysis of 5 trials (21947 patients) "
                "across the ejection-fraction spectrum: SGLT2i reduced CV death or HF "
                "hospitalisation, HR 0.77.",
            ),
            "The Lancet meta-analysis pools five trials and 21,947 patients for an overall HR "
            "of 0.77. Not an RCT itself - exclude, but keep for the evidence table.",
        ),
        (
            (
                "fetch_abstract",
                {"pmid": "37290461"},
                "SOTA-P pilot: sotagliflozin in 112 patients with HFpEF and type 2 diabetes, "
                "open-label, 12 weeks; primary outcome 6-minute walk distance, no difference.",
            ),
            "A small open-label pilot of sotagliflozin with a functional endpoint and no "
            "effect. Randomised but underpowered; include with a high risk-of-bias note.",
        ),
    ],
    doc_wrap="That covers the four candidate records; three tagged include, one exclude.",
    poll=Poll(
        start=(
            "export_screening",
            {"project": "hf-guideline-2024", "format": "ris"},
            "export exp-4471 queued",
        ),
        tool="export_status",
        args={"export_id": "exp-4471"},
        states=[
            "exp-4471: queued",
            "exp-4471: running, 60 of 214 records written",
            "exp-4471: running, 151 of 214 records written",
            "exp-4471: complete, 214 records, screening_hf-2024.ris (1.1 MB)",
        ],
        notes=[
            "The export is under way.",
            "Still exporting.",
            "About two thirds done.",
        ],
        close="Export finished; the RIS file is ready for the guideline panel.",
    ),
    entity_intro="Checking the registry status of each candidate trial.",
    entities=[
        (
            (
                "trial_registry_lookup",
                {"nct_id": "NCT03619213"},
                "NCT03619213 DELIVER: completed 2022-03, results posted.",
            ),
            "DELIVER is completed with posted results.",
        ),
        (
            (
                "trial_registry_lookup",
                {"nct_id": "NCT03057951"},
                "NCT03057951 EMPEROR-Preserved: completed 2021-04, results posted.",
            ),
            "EMPEROR-Preserved completed in 2021.",
        ),
        (
            (
                "trial_registry_lookup",
                {"nct_id": "NCT03030235"},
                "NCT03030235 PRESERVED-HF: completed 2020-11, results posted.",
            ),
            "PRESERVED-HF is done too.",
        ),
        (
            (
                "trial_registry_lookup",
                {"nct_id": "NCT05364190"},
                "NCT05364190 EMPA-ELDERLY-HF: recruiting, estimated completion 2025-09.",
            ),
            "This one is still recruiting - no results to include yet.",
        ),
        (
            (
                "trial_registry_lookup",
                {"nct_id": "NCT04475042"},
                "NCT04475042 CAMEO-DAPA: terminated early (slow enrolment), 38 of 100 enrolled.",
            ),
            "CAMEO-DAPA was stopped early for poor recruitment.",
        ),
    ],
    draft_intro="Writing the evidence summary for the panel, section by section.",
    sections=[
        "Search. PubMed and the trial registries were searched from January 2022 to May 2024 "
        "for randomised trials of SGLT2 inhibitors in patients with LVEF above 40%; 214 records "
        "were screened by title and abstract.",
        "Included trials. Two large outcome trials (DELIVER, and EMPEROR-Preserved as "
        "background), one mechanistic trial and one pilot met the criteria. Four ongoing trials "
        "were noted but have no results.",
        "Effect on outcomes. Both large trials reduced the composite of cardiovascular death or "
        "worsening heart failure by roughly 20%, with the benefit carried by fewer "
        "hospitalisations; neither showed a mortality effect on its own.",
        "Safety. Genital mycotic infections were more common on treatment; hypotension, "
        "ketoacidosis and renal adverse events were not increased in either large trial.",
        "Certainty. High certainty for hospitalisation, moderate for symptoms (open-label "
        "pilot data), low for mortality. A class IIa recommendation seems supported.",
    ],
    refine=[
        (
            "Starting broad.",
            (
                "pubmed_search",
                {"term": "SGLT2 heart failure", "since": "2022"},
                "1,904 records. Top: reviews (41%), cohort studies (33%), RCTs (9%), other.",
            ),
        ),
        (
            "Far too broad. Restricting to preserved ejection fraction and trials.",
            (
                "pubmed_search",
                {"term": "SGLT2 AND (HFpEF OR preserved ejection) AND randomized", "since": "2022"},
                "52 records: 36027570, 36924225, 37290461, 38011264, 37634141 ...",
            ),
        ),
        (
            "Adding the registry filter to drop secondary analyses.",
            (
                "pubmed_search",
                {
                    "term": "SGLT2 AND (HFpEF OR preserved ejection) AND randomized[pt]",
                    "since": "2022",
                    "exclude": "secondary analysis",
                },
                "11 records: 36027570, 37290461, 38011264, 37990113, 38217602 ...",
            ),
        ),
    ],
    refine_close="Eleven primary reports - a manageable set for full-text screening.",
)

MED_AUTHORS = [
    "Solomon",
    "Anker",
    "Kosiborod",
    "Nassif",
    "Vaduganathan",
    "Butler",
    "Pitt",
    "Packer",
    "Ferreira",
    "Jhund",
    "Tanaka",
    "Okafor",
]
MED_JOURNALS = [
    "N Engl J Med",
    "Lancet",
    "JAMA Cardiol",
    "Eur Heart J",
    "Circulation",
    "J Am Coll Cardiol",
    "ESC Heart Fail",
    "Cardiovasc Diabetol",
]
MED_DESIGNS = [
    "randomised controlled trial",
    "post hoc analysis",
    "cohort study",
    "systematic review",
    "case series",
    "narrative review",
    "cost-effectiveness model",
    "cross-sectional study",
]


LOGISTICS = Domain(
    name="logistics_tracking",
    task=(
        "Brightwater Outdoor says purchase order 88412 never reached their Leeds store. Find "
        "where the three cartons are and give them a delivery estimate."
    ),
    openers=[
        "Looking into PO 88412 for Brightwater Outdoor. First, the order record.",
        "Sure - I'll start from the purchase order to get the tracking numbers.",
        "Tracing the missing Brightwater shipment now.",
    ],
    warmup=[
        (
            "get_order",
            {"po": "88412"},
            "PO 88412 Brightwater Outdoor, Leeds store LS1 4DY. 3 cartons, dispatched "
            "3 June via DPD. Tracking: 15501234567890, 15501234567891, 15501234567892.",
        ),
    ],
    revisit=Revisit(
        call=(
            "track_parcel",
            {"carrier": "DPD", "tracking_number": "15501234567891"},
            "Carton 2/3 - HELD AT DEPOT. Last event: Manchester Trafford Park depot, 'address "
            "query - awaiting customer contact'. Next action: none scheduled.",
        ),
        rewordings=[
            {"carrier": "dpd_uk", "tracking_number": "15501234567891"},
            {"tracking_number": "15501234567891"},
            {"carrier": "DPD", "reference": "PO 88412 carton 2"},
            {"carrier": "DPD", "tracking_number": "1550 1234 5678 91"},
            {"carrier": "DPD", "tracking_number": "15501234567891", "history": False},
        ],
        remarks=[
            "Let me check the tracking for carton 2 again.",
            "I'll look that parcel up once more.",
            "Checking DPD for the second carton again to see if anything moved.",
            "One more look at carton two's tracking.",
            "Re-checking where the middle carton is.",
            "Let me refresh the tracking on the held parcel.",
            "I'll query the second carton's status again.",
        ],
    ),
    broken=Broken(
        tool="request_redelivery",
        variants=[
            {"carrier": "DPD", "tracking_number": "15501234567891", "date": "2024-06-07"},
            {"carrier": "DPD", "tracking_number": "15501234567891", "date": "2024-06-08"},
            {
                "carrier": "DPD",
                "tracking_number": "15501234567891",
                "date": "2024-06-07",
                "slot": "AM",
            },
            {"carrier": "dpd_uk", "tracking_number": "15501234567891", "date": "07/06/2024"},
            {"carrier": "DPD", "reference": "PO 88412", "date": "2024-06-07"},
        ],
        error="DPD API 422: redelivery is not available for parcels in status HELD_AT_DEPOT",
        transient=[
            "DPD API 503: service temporarily unavailable",
            "ReadTimeout: api.dpd.co.uk after 20s",
            "DPD API 502 Bad Gateway",
        ],
        remarks=[
            "The redelivery request was rejected. Trying again.",
            "Let me resubmit the redelivery.",
            "Maybe a different date works - retrying.",
            "I'll try booking the redelivery once more.",
            "Another go at the redelivery request.",
            "Retrying the redelivery with adjusted details.",
        ],
    ),
    flip=Flip(
        a=(
            "track_parcel",
            {"carrier": "DPD", "tracking_number": "15501234567891"},
            "HELD AT DEPOT - Manchester Trafford Park, awaiting customer contact.",
        ),
        b=(
            "get_depot_info",
            {"depot": "Manchester Trafford Park"},
            "Manchester Trafford Park depot: open 07:00-19:00, collections until 18:30, "
            "phone 0161 555 0142.",
        ),
        remarks_a=[
            "Checking the parcel status again.",
            "Back to the tracking page.",
            "Let me see the parcel again.",
        ],
        remarks_b=[
            "And the depot details.",
            "Looking at the depot again.",
            "Now the depot info once more.",
        ],
    ),
    stuck=[
        "I'll contact DPD about the held carton now.",
        "Next I'm going to reach out to the carrier about the parcel stuck at the depot.",
        "Let me get in touch with DPD regarding the held carton.",
        "I'm going to raise the held parcel with the carrier.",
        "Now contacting DPD to get the carton released from the depot.",
        "I'll open a query with the carrier about carton two.",
    ],
    nudges=["", "", "ok", "thanks, go on", "Did DPD reply?"],
    pager=Pager(
        tool="list_shipments",
        base={"warehouse": "LEEDS-DC", "date": "2024-06-03"},
        style="cursor",
        row=lambda rng: (
            f"SHP-{rng.randint(400000, 499999)} | {rng.choice(LOG_DESTS)} | "
            f"{rng.randint(1, 14)} ctn | {rng.choice(['DPD', 'Evri', 'DHL', 'Royal Mail'])} | "
            f"{rng.choice(LOG_STATUSES)}"
        ),
        notes=[
            "Batch {p}: {n} shipments, none for Brightwater. Fetching the next batch.",
            "No PO 88412 in this batch of {n}. Continuing with the cursor.",
            "Batch {p} checked.",
            "{n} more shipments scanned; still looking for the Brightwater consignment.",
        ],
        wrap="Reached the end of the 3 June dispatch list.",
    ),
    fix=Fix(
        tool="track_parcel",
        bad={"carrier": "DHL", "tracking_number": "15501234567890"},
        error="NotFound: DHL has no shipment with that number",
        note="Wrong carrier - the order says DPD, not DHL.",
        good={"carrier": "DPD", "tracking_number": "15501234567890"},
        result="Carton 1/3 - DELIVERED 4 June 11:02 to Brightwater Outdoor, signed 'K. ROSS'.",
        after=[
            (
                "track_parcel",
                {"carrier": "DPD", "tracking_number": "15501234567892"},
                "Carton 3/3 - DELIVERED 4 June 11:02, signed 'K. ROSS'.",
            ),
        ],
        close="Cartons 1 and 3 were delivered and signed for on 4 June; carton 2 is the issue.",
    ),
    docs=[
        (
            (
                "get_proof_of_delivery",
                {"tracking_number": "15501234567890"},
                "POD: delivered 4 June 11:02, rear goods entrance, signed K. ROSS, photo shows "
                "two cartons on a pallet.",
            ),
            "Proof of delivery shows two cartons left at the rear goods entrance, signed by "
            "K. Ross on 4 June.",
        ),
        (
            (
                "get_depot_note",
                {"tracking_number": "15501234567891"},
                "Depot note 5 June: carton 2 split from consignment at Hub 3 due to damaged "
                "label; re-labelled, address not verified, held pending customer call.",
            ),
            "The depot note explains it: carton 2's label was damaged at the hub, so it was "
            "separated and is waiting for someone to confirm the address.",
        ),
        (
            (
                "get_customer_email",
                {"ticket": "BW-2231"},
                "From Brightwater: 'Only two boxes arrived, nobody from DPD called us. We need the "
                "tents for a promotion on Saturday.'",
            ),
            "Brightwater confirms only two boxes arrived and nobody called them; they need the "
            "tents before Saturday's promotion.",
        ),
        (
            (
                "get_carrier_sla",
                {"carrier": "DPD", "service": "Next Day"},
                "DPD Next Day SLA: parcels held for address queries are returned to sender after "
                "7 days; customer contact attempted within 24h.",
            ),
            "Under DPD's SLA a held parcel goes back to us after seven days, and they should "
            "have called within a day.",
        ),
    ],
    doc_wrap="So the missing carton is sitting at the depot and will be returned on 12 June "
    "unless someone confirms the address.",
    poll=Poll(
        start=None,
        tool="track_parcel",
        args={"carrier": "DPD", "tracking_number": "15501234567891"},
        states=[
            "HELD AT DEPOT - address confirmed by shipper 09:12, awaiting next route",
            "AT DEPOT - sorted to route 14 for delivery today",
            "OUT FOR DELIVERY - driver Sam, route 14, 9 stops before yours",
            "OUT FOR DELIVERY - 2 stops away, ETA 14:20-15:20",
            "DELIVERED 14:47 - rear goods entrance, signed 'K. ROSS'",
        ],
        notes=[
            "Address confirmed; waiting for it to be routed.",
            "It's on a route now.",
            "The van is out.",
            "Nearly there.",
        ],
        close="Carton 2 has been delivered. I'll let Brightwater know.",
    ),
    entity_intro="Checking each carton and the two other Leeds orders from the same day.",
    entities=[
        (
            (
                "track_parcel",
                {"carrier": "DPD", "tracking_number": "15501234567890"},
                "DELIVERED 4 June 11:02, signed K. ROSS",
            ),
            "Carton 1 delivered.",
        ),
        (
            (
                "track_parcel",
                {"carrier": "DPD", "tracking_number": "15501234567891"},
                "HELD AT DEPOT since 5 June 07:40, Manchester Trafford Park",
            ),
            "Carton 2 is held at the Manchester depot.",
        ),
        (
            (
                "track_parcel",
                {"carrier": "DPD", "tracking_number": "15501234567892"},
                "DELIVERED 4 June 11:02, signed K. ROSS",
            ),
            "Carton 3 delivered with carton 1.",
        ),
        (
            (
                "get_order",
                {"po": "88415"},
                "PO 88415 Brightwater Outdoor: 1 carton, delivered 4 June 11:02",
            ),
            "Their other order arrived the same morning.",
        ),
        (
            (
                "get_order",
                {"po": "88420"},
                "PO 88420 Pennine Cycles Leeds: 6 cartons, delivered 4 June 15:30",
            ),
            "The neighbouring Leeds delivery that day was fine, so it isn't a route problem.",
        ),
    ],
    draft_intro="Writing up the incident for the account manager.",
    sections=[
        "What happened: PO 88412 left our Leeds DC on 3 June as three cartons with DPD Next Day. "
        "Two arrived on 4 June and were signed for by K. Ross; the third was separated at DPD's "
        "hub because its label was damaged.",
        "Where it is: carton 2 has been at DPD's Manchester Trafford Park depot since 5 June, "
        "flagged as an address query. DPD did not call the store as its SLA requires.",
        "Estimated delivery: once we confirm the address with DPD it can go on the next day's "
        "route, so Brightwater should have it on 7 June - before their Saturday promotion.",
        "Root cause: a damaged label, compounded by DPD holding rather than contacting the "
        "consignee, and by our tracking dashboard showing the consignment as delivered when "
        "only two of three cartons were.",
        "Prevention: alert on partial deliveries per carton rather than per consignment, and ask "
        "DPD to route address queries for business accounts to our shipping desk.",
    ],
    refine=[
        (
            "Searching for exceptions on the Leeds route this week.",
            (
                "search_exceptions",
                {"region": "North West", "since": "2024-06-01"},
                "212 exceptions: weather delay (88), address query (61), damaged (29), "
                "refused (21), other (13)",
            ),
        ),
        (
            "Narrowing to address queries at the Manchester depot.",
            (
                "search_exceptions",
                {
                    "region": "North West",
                    "since": "2024-06-01",
                    "type": "address query",
                    "depot": "Manchester Trafford Park",
                },
                "17 exceptions, 9 of them from Halden shipments, all after 4 June",
            ),
        ),
        (
            "Nine of ours - checking whether they share a cause.",
            (
                "search_exceptions",
                {
                    "region": "North West",
                    "since": "2024-06-01",
                    "type": "address query",
                    "depot": "Manchester Trafford Park",
                    "shipper": "Halden",
                },
                "9 exceptions, all labelled on printer LDS-PR-04 between 2 and 3 June; label "
                "barcode unreadable",
            ),
        ),
    ],
    refine_close="All nine trace back to one label printer - worth telling the warehouse.",
)

LOG_DESTS = [
    "Leeds LS1",
    "York YO1",
    "Harrogate HG1",
    "Bradford BD1",
    "Wakefield WF1",
    "Sheffield S1",
    "Hull HU1",
    "Halifax HX1",
]
LOG_STATUSES = [
    "delivered",
    "in transit",
    "out for delivery",
    "awaiting collection",
    "exception: address query",
    "delivered (safe place)",
]


CODING = Domain(
    name="coding_go_service",
    task=(
        "Make `go test ./...` pass in the ledgerd repository after the currency refactor; CI "
        "fails in internal/ledger and internal/api."
    ),
    openers=[
        "Let me see what's changed in the working tree first.",
        "Starting on the ledgerd test failures. Checking git status.",
        "OK, fixing the ledgerd build. First, the current state of the repo.",
    ],
    warmup=[
        (
            "shell",
            {"cmd": "git status --short"},
            " M internal/ledger/money.go\n M internal/ledger/money_test.go\n M internal/api/handlers.go",
        ),
    ],
    revisit=Revisit(
        call=(
            "read_file",
            {"path": "internal/ledger/money.go"},
            "package ledger\n\ntype Currency string\n\ntype Money struct {\n\tAmount   int64\n"
            "\tCurrency Currency\n}\n\nfunc (m Money) Add(o Money) (Money, error) {\n\tif "
            "m.Currency != o.Currency {\n\t\treturn Money{}, ErrCurrencyMismatch\n\t}\n\treturn "
            "Money{m.Amount + o.Amount, m.Currency}, nil\n}",
        ),
        rewordings=[
            {"path": "./internal/ledger/money.go"},
            {"path": "internal/ledger/money.go", "start_line": 1, "end_line": 84},
            {"path": "/workspace/ledgerd/internal/ledger/money.go"},
            {"path": "internal/ledger/money.go", "encoding": "utf-8"},
            {"path": "internal//ledger/money.go"},
        ],
        remarks=[
            "Let me look at money.go again.",
            "I'll re-open internal/ledger/money.go to check the Add method.",
            "Going back to money.go once more.",
            "Rereading the Money type definition.",
            "Let me view that file again to see how Currency is compared.",
            "I need another look at money.go.",
            "Opening the ledger money file again.",
        ],
    ),
    broken=Broken(
        tool="shell",
        variants=[
            {"cmd": "go test ./internal/api/..."},
            {"cmd": "go test ./internal/api"},
            {"cmd": "go test -v ./internal/api/..."},
            {"cmd": "go test -count=1 ./internal/api/..."},
            {"cmd": "cd internal/api && go test ."},
        ],
        error=(
            "# github.com/halden/ledgerd/internal/api\ninternal/api/handlers.go:57:23: cannot "
            "use amt (variable of type int64) as ledger.Money value in argument to l.Credit\n"
            "FAIL\tgithub.com/halden/ledgerd/internal/api [build failed]"
        ),
        transient=[
            "go: downloading github.com/shopspring/decimal v1.3.1\ngo: "
            "github.com/shopspring/decimal@v1.3.1: Get "
            '"https://proxy.golang.org/...": dial tcp: i/o timeout',
            "signal: killed (out of memory while linking)",
            "go: error loading module requirements: context deadline exceeded",
        ],
        remarks=[
            "The API package still doesn't build. Running the tests again.",
            "Let me rerun the api tests.",
            "Trying the test run with different flags.",
            "Running go test on the handlers again.",
            "Maybe it was a caching issue - rerunning.",
            "Another test run for internal/api.",
        ],
    ),
    flip=Flip(
        a=(
            "read_file",
            {"path": "internal/api/handlers.go", "start_line": 50, "end_line": 62},
            "func (h *Handler) credit(w http.ResponseWriter, r *http.Request) {\n\tamt := "
            "parseAmount(r)\n\tif err := h.l.Credit(acct, amt); err != nil {",
        ),
        b=(
            "read_file",
            {"path": "internal/ledger/ledger.go", "start_line": 30, "end_line": 40},
            "func (l *Ledger) Credit(a AccountID, m Money) error {\n\tl.mu.Lock()\n\tdefer "
            "l.mu.Unlock()",
        ),
        remarks_a=[
            "Back to the handler.",
            "Looking at the call site again.",
            "Checking handlers.go once more.",
        ],
        remarks_b=[
            "And the Credit signature.",
            "Now ledger.go again.",
            "Let me see what Credit expects again.",
        ],
    ),
    stuck=[
        "I'll fix the type mismatch in handlers.go now.",
        "Now let me update handlers.go so it passes a Money value.",
        "Next I'm going to correct the call in handlers.go to use ledger.Money.",
        "Let me change handlers.go to build a Money before calling Credit.",
        "I'm going to patch the Credit call in the API handler.",
        "Time to fix handlers.go so the types line up.",
    ],
    nudges=["", "", "continue", "go", "still there?"],
    pager=Pager(
        tool="git_log",
        base={"path": "internal/ledger"},
        style="offset",
        row=lambda rng: f"{hexid(rng, 7)} {rng.choice(CODE_AUTHORS)} {rng.choice(CODE_COMMITS)}",
        notes=[
            "Batch {p} of the history: nothing touching Money yet.",
            "Another {n} commits; the refactor must be older.",
            "Still before the currency change. Going further back.",
            "Read {n} more commits.",
        ],
        wrap="Found the range where the Money type was introduced.",
    ),
    fix=Fix(
        tool="shell",
        bad={"cmd": "go test ./internal/ledgr/..."},
        error="pattern ./internal/ledgr/...: directory prefix internal/ledgr does not contain "
        "main module or its selected dependencies",
        note="Typo in the package path - it's ledger, not ledgr.",
        good={"cmd": "go test ./internal/ledger/..."},
        result="--- FAIL: TestMoneyAdd/different_currencies (0.00s)\n    money_test.go:41: "
        "expected ErrCurrencyMismatch, got <nil>\nFAIL\tgithub.com/halden/ledgerd/internal/"
        "ledger\t0.019s",
        after=[
            (
                "read_file",
                {"path": "internal/ledger/money_test.go", "start_line": 30, "end_line": 45},
                'a := Money{100, "EUR"}\nb := Money{100, "eur"}\n_, err := a.Add(b)',
            ),
        ],
        close="The test compares 'EUR' with 'eur' - the currencies need normalising.",
    ),
    docs=[
        (
            (
                "read_file",
                {"path": "docs/adr/0012-money-type.md"},
                "ADR 12: amounts are int64 minor units with an ISO 4217 currency; arithmetic "
                "across currencies is an error; rounding only at presentation.",
            ),
            "ADR 12 says money is integer minor units plus an ISO currency code, mixing "
            "currencies is an error, and rounding happens only when displaying.",
        ),
        (
            (
                "read_file",
                {"path": "CHANGELOG.md"},
                "Unreleased: BREAKING Ledger.Credit and Ledger.Debit take Money instead of "
                "int64; new ErrCurrencyMismatch.",
            ),
            "The changelog marks the Credit/Debit signature change as breaking - that's why the "
            "API package no longer compiles.",
        ),
        (
            (
                "get_pull_request",
                {"number": 418},
                "PR #418 'Introduce Money type': 'API handlers to be migrated in a follow-up "
                "(#421).' Merged 2 June.",
            ),
            "PR 418 merged the Money type and explicitly left the handler migration for a "
            "follow-up, #421.",
        ),
        (
            (
                "get_issue",
                {"number": 421},
                "#421 Migrate API handlers to Money: parse amounts with currency from the request "
                "body; reject missing currency with 400.",
            ),
            "Issue 421 describes the follow-up: handlers must read the currency from the "
            "request and return 400 if it's missing.",
        ),
    ],
    doc_wrap="The docs make the intended fix clear: migrate the handlers as issue 421 says.",
    poll=Poll(
        start=(
            "ci_trigger",
            {"workflow": "test.yml", "ref": "fix/money-handlers"},
            "run 9921 queued",
        ),
        tool="ci_status",
        args={"run_id": 9921},
        states=[
            "run 9921: queued",
            "run 9921: in_progress - job build (step 3/6: go mod download)",
            "run 9921: in_progress - job test (go test ./..., 41% of packages)",
            "run 9921: in_progress - job lint",
            "run 9921: completed - success (4m12s)",
        ],
        notes=[
            "CI has picked it up.",
            "Build running.",
            "Tests are running now.",
            "Only lint left.",
        ],
        close="CI is green on the fix branch.",
    ),
    entity_intro="Running the tests package by package to see which ones still fail.",
    entities=[
        (
            (
                "shell",
                {"cmd": "go test ./internal/ledger/..."},
                "ok  \tledgerd/internal/ledger\t0.021s",
            ),
            "ledger passes now.",
        ),
        (
            (
                "shell",
                {"cmd": "go test ./internal/store/..."},
                "ok  \tledgerd/internal/store\t1.304s",
            ),
            "store is fine.",
        ),
        (
            (
                "shell",
                {"cmd": "go test ./internal/api/..."},
                "--- FAIL: TestCreditMissingCurrency (0.00s)\n    handlers_test.go:88: status "
                "200, want 400",
            ),
            "api builds but one test fails: missing currency should be a 400.",
        ),
        (
            ("shell", {"cmd": "go test ./cmd/..."}, "?   \tledgerd/cmd/ledgerd\t[no test files]"),
            "No tests in cmd.",
        ),
        (
            ("shell", {"cmd": "go vet ./..."}, "internal/api/handlers.go:71:2: unreachable code"),
            "vet found unreachable code in handlers.go.",
        ),
    ],
    draft_intro="Writing the pull request description.",
    sections=[
        "## Summary\nMigrates the API handlers to the Money type introduced in #418, closing "
        "#421. Credit and debit endpoints now require a currency in the request body.",
        "## Why\nSince #418, Ledger.Credit and Ledger.Debit take Money, so internal/api no "
        "longer compiled and CI has been red on main for two days.",
        "## Changes\n- parseAmount returns Money and validates the ISO 4217 code\n- requests "
        "without a currency get 400\n- currency codes are upper-cased before comparison, which "
        "fixes TestMoneyAdd",
        "## Testing\ngo test ./... passes locally and in CI run 9921; added "
        "TestCreditMissingCurrency and a table test for lower-case codes.",
        "## Follow-ups\nThe reporting service still sends bare integers; it needs the same "
        "migration before the next release.",
    ],
    refine=[
        (
            "Normalising currency codes in the Money constructor.",
            (
                "apply_patch",
                {
                    "path": "internal/ledger/money.go",
                    "diff": "+func NewMoney(a int64, c string) Money {\n+\treturn Money{a, "
                    "Currency(strings.ToUpper(c))}\n+}",
                },
                "patched internal/ledger/money.go",
            ),
        ),
        (
            "",
            (
                "shell",
                {"cmd": "go test ./internal/ledger/... ./internal/api/..."},
                "ok  \tinternal/ledger\nFAIL internal/api: handlers.go:57:23: cannot use amt "
                "(int64) as ledger.Money",
            ),
        ),
        (
            "Ledger is green. Now making parseAmount return Money.",
            (
                "apply_patch",
                {
                    "path": "internal/api/handlers.go",
                    "diff": "-func parseAmount(r *http.Request) int64 {\n+func parseAmount(r "
                    "*http.Request) (ledger.Money, error) {",
                },
                "patched internal/api/handlers.go",
            ),
        ),
        (
            "",
            (
                "shell",
                {"cmd": "go test ./internal/ledger/... ./internal/api/..."},
                "ok  \tinternal/ledger\n--- FAIL: TestCreditMissingCurrency: status 200, want 400",
            ),
        ),
        (
            "Compiles now. Returning 400 when the currency is missing.",
            (
                "apply_patch",
                {
                    "path": "internal/api/handlers.go",
                    "diff": "+\tif err != nil {\n+\t\thttp.Error(w, err.Error(), "
                    "http.StatusBadRequest)\n+\t\treturn\n+\t}",
                },
                "patched internal/api/handlers.go",
            ),
        ),
        (
            "",
            (
                "shell",
                {"cmd": "go test ./..."},
                "ok  \tinternal/ledger\nok  \tinternal/api\nok  \tinternal/store\n?   "
                "\tcmd/ledgerd [no test files]",
            ),
        ),
    ],
    refine_close="Everything passes.",
)

CODE_AUTHORS = ["<m.santos>", "<k.ito>", "<r.baptiste>", "<a.novak>", "<dependabot>"]
CODE_COMMITS = [
    "store: retry on SQLITE_BUSY",
    "api: add request logging middleware",
    "bump golang.org/x/net to 0.24.0",
    "ledger: guard concurrent access to balances",
    "ci: cache go build directory",
    "docs: explain idempotency keys",
    "api: return 404 for unknown accounts",
    "ledger: rename Entry.Value to Entry.Amount",
    "refactor: split ledger.go",
]


ETL = Domain(
    name="etl_pipeline",
    task=(
        "The nightly orders_daily Airflow DAG failed. Get the 5 June partition loaded into the "
        "warehouse before the 09:00 finance report."
    ),
    openers=[
        "Checking last night's orders_daily run.",
        "On it. First I'll look at the failed DAG run.",
        "Investigating the orders_daily failure.",
    ],
    warmup=[
        (
            "get_dag_run",
            {"dag_id": "orders_daily", "logical_date": "2024-06-05"},
            "orders_daily 2024-06-05: failed. extract_orders success, transform_orders failed "
            "(try 3 of 3), load_orders upstream_failed.",
        ),
    ],
    revisit=Revisit(
        call=(
            "get_task_log",
            {"dag_id": "orders_daily", "task_id": "transform_orders", "try_number": 3},
            "Running dbt model stg_orders...\nDatabase Error in model stg_orders "
            '(models/staging/stg_orders.sql)\n  column "discount_code" does not exist\n  '
            "LINE 14: discount_code,\nDone. PASS=11 WARN=0 ERROR=1 SKIP=4",
        ),
        rewordings=[
            {"dag_id": "orders_daily", "task_id": "transform_orders"},
            {"dag_id": "orders_daily", "task_id": "transform_orders", "try_number": "3"},
            {"dag": "orders_daily", "task": "transform_orders", "attempt": 3},
            {
                "dag_id": "orders_daily",
                "task_id": "transform_orders",
                "try_number": 3,
                "full_content": True,
            },
            {
                "dag_id": "orders_daily",
                "task_id": "transform_orders",
                "map_index": -1,
                "try_number": 3,
            },
        ],
        remarks=[
            "Let me read the transform_orders log again.",
            "Pulling the failed task's log once more.",
            "I'll check the transform log again for the exact error.",
            "Going back to the dbt output in the task log.",
            "Let me look at what transform_orders printed again.",
            "Re-reading the log of the third attempt.",
            "One more look at the failing task's log.",
        ],
    ),
    broken=Broken(
        tool="dbt_run",
        variants=[
            {"select": "stg_orders", "target": "prod"},
            {"select": "stg_orders"},
            {"select": "stg_orders", "target": "prod", "full_refresh": True},
            {"select": "+stg_orders", "target": "prod"},
            {"models": "staging.stg_orders", "target": "prod"},
        ],
        error=(
            "Database Error in model stg_orders (models/staging/stg_orders.sql)\n  column "
            '"discount_code" does not exist\n  LINE 14: discount_code,'
        ),
        transient=[
            "Snowflake: 390114 (08001): Authentication token has expired. The user must "
            "authenticate again.",
            "Warehouse TRANSFORM_WH is suspended; resuming timed out",
            "Connection reset by peer while fetching results",
        ],
        remarks=[
            "The model failed again. Re-running it.",
            "Let me run stg_orders once more.",
            "Trying the dbt run with a different selector.",
            "Rerunning the staging model.",
            "Another attempt at building stg_orders.",
            "Maybe a full refresh helps - running it again.",
        ],
    ),
    flip=Flip(
        a=(
            "describe_table",
            {"table": "raw.shop.orders"},
            "order_id varchar, customer_id varchar, created_at timestamp_tz, total "
            "number(12,2), promo_code varchar, status varchar",
        ),
        b=(
            "read_file",
            {"path": "models/staging/stg_orders.sql"},
            "select order_id, customer_id, created_at, total, discount_code, status from "
            "{{ source('shop', 'orders') }}",
        ),
        remarks_a=[
            "Checking the raw table's columns again.",
            "Back to the source schema.",
            "Let me compare with raw.shop.orders again.",
        ],
        remarks_b=[
            "And the model SQL.",
            "Now stg_orders.sql once more.",
            "Looking at the model again.",
        ],
    ),
    stuck=[
        "I'll backfill the 5 June partition now.",
        "Next I'm going to run the backfill for 5 June.",
        "Let me kick off the backfill for yesterday's partition.",
        "Now I'll load the missing 2024-06-05 partition.",
        "I'm going to start the backfill of the June 5 data.",
        "Time to backfill the failed day's partition.",
    ],
    nudges=["", "", "ok", "please hurry, report is at 9", "status?"],
    pager=Pager(
        tool="list_s3_objects",
        base={"bucket": "halden-raw-orders", "prefix": "2024/06/05/"},
        style="cursor",
        row=lambda rng: (
            f"s3://halden-raw-orders/2024/06/05/part-{rng.randint(0, 511):05d}."
            f"{rng.choice(['parquet', 'parquet', 'parquet', 'json'])} "
            f"{rng.randint(3, 190)} MB"
        ),
        notes=[
            "Listing batch {p}: {n} files, all parquet so far.",
            "{n} more objects. Continuing.",
            "Batch {p} listed; a few JSON files mixed in - noting those.",
            "Next listing page.",
        ],
        wrap="Listed every object for 5 June; the extract landed completely.",
    ),
    fix=Fix(
        tool="query_warehouse",
        bad={"sql": "select count(*) from analytics.stg_orders where order_date = '2024-06-05'"},
        error='SQL compilation error: Object "ANALYTICS.STG_ORDERS" does not exist or not '
        "authorized.",
        note="Staging models live in the staging schema, not analytics.",
        good={"sql": "select count(*) from staging.stg_orders where order_date = '2024-06-05'"},
        result="COUNT(*)\n0",
        after=[
            (
                "query_warehouse",
                {
                    "sql": "select count(*) from raw.shop.orders where created_at::date = "
                    "'2024-06-05'"
                },
                "COUNT(*)\n48211",
            ),
        ],
        close="The raw table has 48,211 orders for 5 June and staging has none - the transform "
        "is the gap.",
    ),
    docs=[
        (
            (
                "read_doc",
                {"path": "runbooks/orders_daily.md"},
                "If transform fails on a schema change: patch the staging model, run dbt for "
                "the affected models, then clear load_orders for the date. Finance report reads "
                "marts.fct_orders at 09:00.",
            ),
            "The runbook says: patch the staging model, rebuild the affected models, then clear "
            "load_orders for the date. Finance reads fct_orders at nine.",
        ),
        (
            (
                "read_doc",
                {"path": "announcements/shop-schema-2024-06-04.md"},
                "Shop platform release 4 June: orders.discount_code renamed to promo_code; "
                "new column promo_source.",
            ),
            "The shop team renamed discount_code to promo_code on 4 June - that's the breaking "
            "change.",
        ),
        (
            (
                "read_doc",
                {"path": "contracts/orders.yml"},
                "Data contract orders v2: promo_code varchar nullable; breaking changes need 7 "
                "days' notice to #data-platform.",
            ),
            "The data contract requires seven days' notice for breaking changes, which the shop "
            "team didn't give.",
        ),
        (
            (
                "read_doc",
                {"path": "postmortems/2024-02-orders-late.md"},
                "Feb postmortem: a similar rename caused a 6-hour delay; action item to add a "
                "schema check before transform (not done).",
            ),
            "A similar rename in February caused a six-hour delay; the schema check it "
            "recommended was never built.",
        ),
    ],
    doc_wrap="Clear enough: rename the column in stg_orders and rebuild.",
    poll=Poll(
        start=(
            "clear_task",
            {
                "dag_id": "orders_daily",
                "task_id": "transform_orders",
                "logical_date": "2024-06-05",
                "downstream": True,
            },
            "cleared 2 task instances",
        ),
        tool="get_dag_run",
        args={"dag_id": "orders_daily", "logical_date": "2024-06-05"},
        states=[
            "running: transform_orders queued, load_orders none",
            "running: transform_orders running (dbt 6/16 models)",
            "running: transform_orders running (dbt 14/16 models)",
            "running: transform_orders success, load_orders running",
            "success: all 3 tasks succeeded; fct_orders +48211 rows",
        ],
        notes=[
            "Transform is queued.",
            "dbt is building the models.",
            "Almost through the models.",
            "Loading now.",
        ],
        close="The 5 June partition is loaded, well before nine.",
    ),
    entity_intro="Checking row counts layer by layer for 5 June.",
    entities=[
        (
            (
                "query_warehouse",
                {
                    "sql": "select count(*) from raw.shop.orders where created_at::date = '2024-06-05'"
                },
                "COUNT(*)\n48211",
            ),
            "Raw has 48,211.",
        ),
        (
            (
                "query_warehouse",
                {"sql": "select count(*) from staging.stg_orders where order_date = '2024-06-05'"},
                "COUNT(*)\n48211",
            ),
            "Staging matches.",
        ),
        (
            (
                "query_warehouse",
                {"sql": "select count(*) from marts.fct_orders where order_date = '2024-06-05'"},
                "COUNT(*)\n48190",
            ),
            "The mart is 21 short.",
        ),
        (
            (
                "query_warehouse",
                {
                    "sql": "select count(*) from staging.stg_orders where order_date = '2024-06-05' "
                    "and status = 'test'"
                },
                "COUNT(*)\n21",
            ),
            "Those 21 are test orders, filtered out on purpose.",
        ),
        (
            (
                "query_warehouse",
                {"sql": "select sum(total) from marts.fct_orders where order_date = '2024-06-05'"},
                "SUM(TOTAL)\n2193388.40",
            ),
            "Revenue for the day is 2.19m, in line with the previous Wednesday.",
        ),
    ],
    draft_intro="Writing the incident note for #data-platform.",
    sections=[
        "Impact: the orders_daily run for 5 June failed at 02:14 and the orders mart had no "
        "data for that day until 07:52. The 09:00 finance report was not affected.",
        "Cause: the shop platform renamed orders.discount_code to promo_code in its 4 June "
        "release without the seven days' notice the data contract requires, so stg_orders "
        "failed to compile.",
        "Fix: stg_orders now selects promo_code and aliases it to discount_code so downstream "
        "models are unchanged; the transform and load were re-run for 5 June.",
        "Prevention: the schema check before transform, an action item from February's "
        "postmortem, will be built this sprint; the shop team will add the data platform to "
        "its release review.",
    ],
    refine=[
        (
            "Looking for duplicates in the reloaded partition.",
            (
                "query_warehouse",
                {
                    "sql": "select order_id, count(*) from marts.fct_orders where order_date = "
                    "'2024-06-05' group by 1 having count(*) > 1"
                },
                "0 rows",
            ),
        ),
        (
            "No duplicates. Checking for orders with a null promo code that used to have one.",
            (
                "query_warehouse",
                {
                    "sql": "select count(*) from marts.fct_orders where order_date = '2024-06-05' "
                    "and discount_code is null"
                },
                "COUNT(*)\n47002",
            ),
        ),
        (
            "That's higher than usual. Comparing with the day before.",
            (
                "query_warehouse",
                {
                    "sql": "select order_date, avg(iff(discount_code is null, 1, 0)) from "
                    "marts.fct_orders where order_date between '2024-06-03' and '2024-06-05' "
                    "group by 1 order by 1"
                },
                "2024-06-03 0.972\n2024-06-04 0.969\n2024-06-05 0.975",
            ),
        ),
    ],
    refine_close="The null share is normal. The reload looks right.",
)


CALENDAR = Domain(
    name="calendar_scheduling",
    task=(
        "Find a 45-minute slot next week for the quarterly planning review with Priya Nair, "
        "Tom Becker and Lena Fischer, book a room for six, and send the invitation."
    ),
    openers=[
        "Scheduling the quarterly planning review. Let me check your preferences first.",
        "Sure. I'll look at your working hours before anyone else's calendar.",
        "Setting up the planning review for next week.",
    ],
    warmup=[
        (
            "get_user_prefs",
            {},
            "timezone Europe/Berlin; working hours 09:00-17:30; no meetings Friday after 13:00",
        ),
    ],
    revisit=Revisit(
        call=(
            "freebusy",
            {"attendee": "priya.nair@halden.io", "start": "2024-06-10", "end": "2024-06-14"},
            "priya.nair@halden.io busy: Mon 09:00-12:00; Tue 13:00-17:30; Wed all day (offsite); "
            "Thu 10:00-11:00, 15:00-16:30; Fri 09:00-10:00",
        ),
        rewordings=[
            {"attendee": "Priya Nair", "start": "2024-06-10", "end": "2024-06-14"},
            {"attendee": "priya.nair@halden.io", "week": "2024-W24"},
            {"attendees": ["priya.nair@halden.io"], "start": "2024-06-10", "end": "2024-06-14"},
            {"attendee": "PRIYA.NAIR@halden.io", "start": "2024-06-10", "end": "2024-06-14"},
            {
                "attendee": "priya.nair@halden.io",
                "start": "2024-06-10T00:00",
                "end": "2024-06-14T23:59",
            },
        ],
        remarks=[
            "Let me check Priya's availability again.",
            "I'll look at Priya's calendar once more.",
            "Checking when Priya is free next week, again.",
            "Let me double-check Priya's free/busy.",
            "Pulling Priya's schedule for next week one more time.",
            "I'll confirm Priya's open slots again.",
            "Re-checking Priya Nair's week.",
        ],
    ),
    broken=Broken(
        tool="book_room",
        variants=[
            {"room": "Elbe 3.02", "start": "2024-06-13T14:00", "end": "2024-06-13T14:45"},
            {"room": "elbe-3-02", "start": "2024-06-13T14:00", "end": "2024-06-13T14:45"},
            {"room": "Elbe 3.04", "start": "2024-06-13T14:00", "end": "2024-06-13T14:45"},
            {"room": "Elbe Conference 3.02", "start": "2024-06-13T14:00", "duration_minutes": 45},
            {
                "room": "Elbe 3.02",
                "start": "2024-06-13T14:00+02:00",
                "end": "2024-06-13T14:45+02:00",
            },
        ],
        error="403 Forbidden: delegate account lacks room-booking permission for building Elbe",
        transient=[
            "503: Exchange Web Services temporarily unavailable",
            "TimeoutError: room service did not respond in 10s",
            "409 Conflict: concurrent modification, try again",
        ],
        remarks=[
            "Couldn't book the room. Trying again.",
            "Let me retry the room booking.",
            "I'll try the booking with the room name written another way.",
            "Another attempt to reserve the room.",
            "Retrying the reservation.",
            "Maybe a neighbouring room works - booking again.",
        ],
    ),
    flip=Flip(
        a=(
            "freebusy",
            {"attendee": "priya.nair@halden.io", "start": "2024-06-13", "end": "2024-06-13"},
            "Thu: busy 10:00-11:00, 15:00-16:30",
        ),
        b=(
            "freebusy",
            {"attendee": "tom.becker@halden.io", "start": "2024-06-13", "end": "2024-06-13"},
            "Thu: busy 09:00-10:30, 13:30-15:30",
        ),
        remarks_a=[
            "Priya's Thursday again.",
            "Checking Priya for Thursday.",
            "Back to Priya.",
        ],
        remarks_b=[
            "And Tom's Thursday.",
            "Now Tom again.",
            "Comparing with Tom.",
        ],
    ),
    stuck=[
        "I'll send the invitation for Thursday at 11:15 now.",
        "Next I'm sending out the invite for Thursday, 11:15.",
        "Let me send the Thursday 11:15 invitation to everyone.",
        "Now I'll create and send the invite for Thursday at 11:15.",
        "Sending the calendar invitation for the Thursday slot.",
        "I'm going to issue the invite for 11:15 on Thursday.",
    ],
    nudges=["", "", "ok", "great, send it", "did it go out?"],
    pager=Pager(
        tool="list_events",
        base={"calendar": "team-planning", "from": "2024-01-01"},
        style="cursor",
        row=lambda rng: (
            f"{rng.choice(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'])}-"
            f"{rng.randint(1, 28):02d} {rng.randint(9, 16):02d}:{rng.choice(['00', '30'])} "
            f"{rng.choice(CAL_TITLES)} ({rng.randint(2, 9)} attendees)"
        ),
        notes=[
            "Page {p} of the planning calendar: {n} events. Looking for the last quarterly review.",
            "{n} more events; no quarterly review yet.",
            "Page {p} checked. Continuing.",
            "Scrolling on through the team calendar.",
        ],
        wrap="Found the March review - it ran 45 minutes in Elbe 3.02.",
    ),
    fix=Fix(
        tool="create_event",
        bad={
            "title": "Quarterly planning review",
            "start": "13/06/2024 11:15",
            "duration_minutes": 45,
        },
        error="ValueError: start must be an ISO 8601 datetime with a UTC offset",
        note="The API wants ISO 8601 with an offset.",
        good={
            "title": "Quarterly planning review",
            "start": "2024-06-13T11:15:00+02:00",
            "duration_minutes": 45,
        },
        result="event created: planning-review-q2 (draft, not sent)",
        after=[
            (
                "add_attendees",
                {
                    "event": "planning-review-q2",
                    "attendees": [
                        "priya.nair@halden.io",
                        "tom.becker@halden.io",
                        "lena.fischer@halden.io",
                    ],
                },
                "3 attendees added",
            ),
        ],
        close="Draft created for Thursday 11:15 with all three attendees.",
    ),
    docs=[
        (
            (
                "get_notes",
                {"doc": "Planning review Q1 2024 - minutes"},
                "Q1 review: agreed to freeze the pricing project; Lena to present hiring plan "
                "next time; meeting overran by 20 minutes.",
            ),
            "Q1 minutes: pricing project frozen, Lena owes a hiring plan, and the meeting ran "
            "twenty minutes long.",
        ),
        (
            (
                "get_notes",
                {"doc": "Planning review Q4 2023 - minutes"},
                "Q4 review: budget approved with a 5% cut; Tom to own the vendor consolidation; "
                "no room was booked, meeting moved online.",
            ),
            "Q4 minutes: budget passed with a 5% cut, Tom took vendor consolidation, and the "
            "missing room forced it online.",
        ),
        (
            (
                "get_email_thread",
                {"subject": "Q2 review - agenda ideas"},
                "Priya: wants 10 min on the data-platform incident. Tom: vendor update. Lena: "
                "hiring plan, needs the projector.",
            ),
            "Agenda requests: Priya wants ten minutes on the data incident, Tom a vendor "
            "update, Lena the hiring plan and a projector.",
        ),
        (
            (
                "get_notes",
                {"doc": "Meeting guidelines"},
                "Reviews over 30 minutes need an agenda in the invite; rooms with projectors: "
                "Elbe 3.02, Alster 1.10.",
            ),
            "House rules: anything over half an hour needs an agenda, and only Elbe 3.02 and "
            "Alster 1.10 have projectors.",
        ),
    ],
    doc_wrap="I have the agenda items and know which rooms have a projector.",
    poll=Poll(
        start=(
            "send_invitation",
            {"event": "planning-review-q2"},
            "invitation sent to 3 attendees",
        ),
        tool="get_rsvps",
        args={"event": "planning-review-q2"},
        states=[
            "accepted 0, tentative 0, declined 0, no reply 3",
            "accepted 1 (tom.becker), no reply 2",
            "accepted 1, tentative 1 (lena.fischer: 'may join 10 min late'), no reply 1",
            "accepted 2 (tom.becker, priya.nair), tentative 1, no reply 0",
        ],
        notes=[
            "No replies yet.",
            "Tom accepted.",
            "Lena is tentative.",
        ],
        close="Everyone has replied; Lena may be ten minutes late.",
    ),
    entity_intro="Checking each attendee's Thursday.",
    entities=[
        (
            (
                "freebusy",
                {"attendee": "priya.nair@halden.io", "start": "2024-06-13", "end": "2024-06-13"},
                "busy 10:00-11:00, 15:00-16:30",
            ),
            "Priya is free 11:00-15:00.",
        ),
        (
            (
                "freebusy",
                {"attendee": "tom.becker@halden.io", "start": "2024-06-13", "end": "2024-06-13"},
                "busy 09:00-10:30, 13:30-15:30",
            ),
            "Tom is free 10:30-13:30.",
        ),
        (
            (
                "freebusy",
                {"attendee": "lena.fischer@halden.io", "start": "2024-06-13", "end": "2024-06-13"},
                "busy 09:00-11:15, 12:30-13:00",
            ),
            "Lena is free from 11:15 until 12:30.",
        ),
        (
            (
                "room_availability",
                {"room": "Elbe 3.02", "date": "2024-06-13"},
                "Elbe 3.02 (8 seats, projector): free 11:00-14:00",
            ),
            "Elbe 3.02 is free over the lunch hours.",
        ),
        (
            (
                "room_availability",
                {"room": "Alster 1.10", "date": "2024-06-13"},
                "Alster 1.10 (6 seats, projector): booked all day",
            ),
            "Alster is taken, so Elbe 3.02 it is.",
        ),
    ],
    draft_intro="Drafting the invitation text.",
    sections=[
        "Subject: Quarterly planning review (Q2) - Thursday 13 June, 11:15-12:00, Elbe 3.02.",
        "Hi all, this is our Q2 planning review. I've kept it to 45 minutes; last time we "
        "overran, so I'll keep an eye on the clock.",
        "Agenda: (1) data-platform incident and follow-ups, Priya, 10 min; (2) vendor "
        "consolidation update, Tom, 10 min; (3) hiring plan for H2, Lena, 15 min; (4) decisions "
        "and owners, 10 min.",
        "Logistics: Elbe 3.02 has the projector Lena asked for. A video link is attached for "
        "anyone who can't be in Hamburg.",
        "Please send slides by Wednesday evening so I can circulate them in advance.",
    ],
    refine=[
        (
            "Searching for rooms for six on Thursday.",
            (
                "find_rooms",
                {"date": "2024-06-13", "capacity": 6},
                "9 rooms: Elbe 3.02, Elbe 3.04, Elbe 2.11, Alster 1.10, Alster 1.12, Speicher "
                "0.05, ...",
            ),
        ),
        (
            "Lena needs a projector; filtering on that.",
            (
                "find_rooms",
                {"date": "2024-06-13", "capacity": 6, "equipment": ["projector"]},
                "2 rooms: Elbe 3.02 (8 seats), Alster 1.10 (6 seats)",
            ),
        ),
        (
            "And it has to be free 11:15-12:00.",
            (
                "find_rooms",
                {
                    "date": "2024-06-13",
                    "capacity": 6,
                    "equipment": ["projector"],
                    "from": "11:15",
                    "to": "12:00",
                },
                "1 room: Elbe 3.02 (8 seats, projector, video bar)",
            ),
        ),
    ],
    refine_close="Elbe 3.02 is the only room that fits.",
)

CAL_TITLES = [
    "Roadmap sync",
    "Budget check-in",
    "Quarterly planning review",
    "Hiring committee",
    "Vendor review",
    "OKR retro",
    "Offsite prep",
]


GRANTS = Domain(
    name="grant_writing",
    task=(
        "Draft part B of the Horizon Europe proposal for the SOLSTORE thermal-storage project "
        "(call HORIZON-CL5-2024-D3-01-08), starting with the Excellence section, and check it "
        "against the call text."
    ),
    openers=[
        "Starting on the SOLSTORE proposal. First I'll pull the call's scope.",
        "OK. Before drafting I want the exact call text.",
        "Beginning the Part B draft for SOLSTORE.",
    ],
    warmup=[
        (
            "get_call_text",
            {"call_id": "HORIZON-CL5-2024-D3-01-08", "section": "scope"},
            "Scope: demonstrate seasonal thermal energy storage integrated with district "
            "heating at TRL 6-7; at least two pilot sites in different climate zones.",
        ),
    ],
    revisit=Revisit(
        call=(
            "get_call_text",
            {"call_id": "HORIZON-CL5-2024-D3-01-08", "section": "expected outcomes"},
            "Expected outcomes: (1) storage cost below EUR 0.5/kWh of capacity; (2) round-trip "
            "efficiency above 70%; (3) replicable business models for municipal utilities; "
            "(4) reduced curtailment of solar thermal in summer.",
        ),
        rewordings=[
            {"call_id": "HORIZON-CL5-2024-D3-01-08", "section": "Expected Outcome"},
            {"call_id": "horizon-cl5-2024-d3-01-08", "section": "expected outcomes"},
            {"topic": "HORIZON-CL5-2024-D3-01-08", "part": "expected_outcomes"},
            {"call_id": "HORIZON-CL5-2024-D3-01-08", "section": "outcomes"},
            {"call_id": "HORIZON-CL5-2024-D3-01-08", "section": "expected outcomes", "lang": "en"},
        ],
        remarks=[
            "Let me reread the call's expected outcomes.",
            "I'll check the expected outcomes in the call text again.",
            "Going back to what the call expects as outcomes.",
            "One more look at the call's expected outcomes.",
            "Let me confirm the outcome targets in the topic text again.",
            "Re-opening the expected-outcomes part of the call.",
            "I want to see the call's outcome list again.",
        ],
    ),
    broken=Broken(
        tool="fetch_reference",
        variants=[
            {"doi": "10.1016/j.est.2023.107412"},
            {"doi": "doi:10.1016/j.est.2023.107412"},
            {"doi": "https://doi.org/10.1016/j.est.2023.107412"},
            {"doi": "10.1016/J.EST.2023.107412"},
            {"doi": "10.1016/j.est.2023.107412", "style": "apa"},
        ],
        error="404 Not Found: DOI 10.1016/j.est.2023.107412 is not registered",
        transient=[
            "503 Service Unavailable: api.crossref.org",
            "ReadTimeout: api.crossref.org after 30s",
            "429 Too Many Requests (Crossref polite pool exhausted)",
        ],
        remarks=[
            "The reference lookup failed. Trying again.",
            "Let me fetch that citation once more.",
            "I'll try the DOI in another format.",
            "Retrying the reference.",
            "Another attempt at resolving the DOI.",
            "Looking the paper up again.",
        ],
    ),
    flip=Flip(
        a=(
            "get_call_text",
            {"call_id": "HORIZON-CL5-2024-D3-01-08", "section": "expected outcomes"},
            "Storage cost below EUR 0.5/kWh; round-trip efficiency above 70%; replicable "
            "business models; less summer curtailment.",
        ),
        b=(
            "get_template",
            {"template": "HE-RIA-IA-part-B", "section": "1.1 Objectives and ambition"},
            "Describe the objectives, which should be clear, measurable, realistic and "
            "achievable within the project duration.",
        ),
        remarks_a=[
            "Checking the call outcomes again.",
            "Back to the expected outcomes.",
            "The call text once more.",
        ],
        remarks_b=[
            "And the template guidance for 1.1.",
            "Now the template section again.",
            "Comparing with the template.",
        ],
    ),
    stuck=[
        "I'll write the Objectives subsection now.",
        "Next, I'm drafting section 1.1 on objectives.",
        "Let me start writing the project objectives.",
        "Now I'm going to draft the Objectives and ambition part.",
        "Moving on to writing the objectives for SOLSTORE.",
        "I'll get the objectives section drafted next.",
    ],
    nudges=["", "", "go on", "ok", "where is the draft?"],
    pager=Pager(
        tool="search_cordis",
        base={"query": "seasonal thermal energy storage district heating"},
        style="page",
        row=lambda rng: (
            f"{rng.choice(GRANT_ACRONYMS)} ({rng.choice(['H2020', 'HE', 'FP7'])}, "
            f"{rng.randint(2014, 2023)}) - EUR {rng.randint(1, 12)}.{rng.randint(0, 9)}m - "
            f"{rng.choice(GRANT_TOPICS)}"
        ),
        notes=[
            "Page {p}: {n} projects; noting the ones with pilot sites.",
            "{n} more past projects on page {p}.",
            "Page {p} done. A couple are relevant for the state of the art.",
            "Reviewed page {p} of CORDIS results.",
        ],
        wrap="I have the list of prior EU projects for the state-of-the-art section.",
    ),
    fix=Fix(
        tool="word_count",
        bad={"file": "partB_excellence.docx", "section": "1.1"},
        error="FileNotFoundError: partB_excellence.docx (did you mean partB_v3.docx?)",
        note="The working draft is partB_v3.docx.",
        good={"file": "partB_v3.docx", "section": "1.1"},
        result="section 1.1: 1,184 words, 2.4 pages (limit for section 1: 15 pages)",
        after=[
            (
                "word_count",
                {"file": "partB_v3.docx", "section": "1.2"},
                "section 1.2: 612 words, 1.3 pages",
            ),
        ],
        close="Sections 1.1 and 1.2 together use under four of the fifteen pages.",
    ),
    docs=[
        (
            (
                "fetch_paper",
                {"doi": "10.1016/j.apenergy.2022.119321"},
                "Pit thermal storage in Dronninglund, 8 years of data: storage efficiency "
                "81-92%, cost EUR 0.4/kWh capacity.",
            ),
            "Eight years of operating data from Dronninglund show 81-92% storage efficiency "
            "at about EUR 0.4 per kWh - already under the call's cost target.",
        ),
        (
            (
                "fetch_paper",
                {"doi": "10.1016/j.renene.2021.05.012"},
                "Borehole storage in Canada (Drake Landing): 90% solar fraction after 5 years "
                "but slow charging in the first 3 seasons.",
            ),
            "Drake Landing reached a 90% solar fraction, but borehole storage took three "
            "seasons to charge.",
        ),
        (
            (
                "fetch_paper",
                {"doi": "10.3390/en16052241"},
                "Review of business models for utility-scale heat storage: capacity-sharing and "
                "heat-as-a-service contracts most replicable.",
            ),
            "The Energies review finds capacity-sharing and heat-as-a-service the business "
            "models most likely to replicate.",
        ),
        (
            (
                "fetch_paper",
                {"doi": "10.1016/j.est.2024.110877"},
                "Lifetime of polymer liners in pit storage above 80C: degradation after 10 "
                "years; steel-lined pits preferred for high temperatures.",
            ),
            "Polymer liners degrade within ten years above 80C, which argues for steel-lined "
            "pits at our planned temperatures.",
        ),
    ],
    doc_wrap="These four papers cover the state of the art, the risks and the business-model "
    "angle.",
    poll=Poll(
        start=(
            "upload_proposal",
            {"file": "partB_v5.pdf", "proposal_id": "SEP-210998766"},
            "upload accepted, validation started",
        ),
        tool="portal_status",
        args={"proposal_id": "SEP-210998766"},
        states=[
            "upload: received 4.8 MB; validation: pending",
            "validation: running (page limits)",
            "validation: running (font and margin checks)",
            "validation: passed with 1 warning (section 3 uses 9pt font in a table)",
        ],
        notes=[
            "Portal received the file.",
            "It's checking page limits.",
            "Now fonts and margins.",
        ],
        close="Validation passed; one warning about a small-font table in section 3.",
    ),
    entity_intro="Checking each partner's PIC number in the participant register.",
    entities=[
        (
            (
                "lookup_pic",
                {"organisation": "Aalborg Universitet"},
                "PIC 999902138, validated, HES",
            ),
            "Aalborg is validated.",
        ),
        (
            (
                "lookup_pic",
                {"organisation": "Stadtwerke Flensburg GmbH"},
                "PIC 906634521, validated, PRC",
            ),
            "Stadtwerke Flensburg, validated, private company.",
        ),
        (
            (
                "lookup_pic",
                {"organisation": "Fraunhofer ISE"},
                "PIC 999984059, validated, REC",
            ),
            "Fraunhofer ISE is fine.",
        ),
        (
            (
                "lookup_pic",
                {"organisation": "SolarHeat Iberia SL"},
                "PIC 883210774, declared (not yet validated), SME",
            ),
            "SolarHeat Iberia isn't validated yet - they should start that now.",
        ),
        (
            (
                "lookup_pic",
                {"organisation": "Comune di Bolzano"},
                "PIC 949812230, validated, PUB",
            ),
            "Bolzano municipality is validated.",
        ),
    ],
    draft_intro="Drafting section 1 (Excellence), subsection by subsection.",
    sections=[
        "1.1 Objectives and ambition. SOLSTORE will demonstrate seasonal pit storage coupled "
        "to district heating at two sites, Flensburg and Bolzano, reaching TRL 7 by month 42. "
        "Targets: capacity cost under EUR 0.45/kWh and round-trip efficiency above 75%.",
        "1.2 Relation to the work programme. The project answers the topic's four expected "
        "outcomes directly: cost, efficiency, a replicable heat-as-a-service model for "
        "municipal utilities, and absorbing summer solar surplus that is curtailed today.",
        "1.3 Concept and methodology. We combine steel-lined pits, which tolerate 95C, with a "
        "model-predictive controller that schedules charging against day-ahead prices. "
        "Gender and social dimensions are addressed through tenant panels at both sites.",
        "1.4 Ambition. Existing pits such as Dronninglund operate at up to 80C with polymer "
        "liners. SOLSTORE goes beyond this with higher temperatures, a second climate zone "
        "and a contract model that utilities can copy without public subsidy.",
    ],
    refine=[
        (
            "Searching CORDIS for related projects.",
            (
                "search_cordis",
                {"query": "thermal storage"},
                "1,312 projects (batteries 38%, buildings 27%, industrial heat 19%, ...)",
            ),
        ),
        (
            "Too wide - narrowing to seasonal storage.",
            (
                "search_cordis",
                {"query": "seasonal thermal storage district heating"},
                "41 projects: GEOSTORE, HEATSTORE, FLEXYNETS, SmartReFlex, TEESDH, ...",
            ),
        ),
        (
            "And only demonstration projects since 2018.",
            (
                "search_cordis",
                {"query": "seasonal thermal storage district heating", "type": "IA", "since": 2018},
                "6 projects: HEATSTORE (GEOTHERMICA), TRI-HP, SWS-HEATING, ...",
            ),
        ),
    ],
    refine_close="Six demonstration projects to position SOLSTORE against.",
)

GRANT_ACRONYMS = [
    "HEATSTORE",
    "FLEXYNETS",
    "SmartReFlex",
    "TEESDH",
    "GEOSTORE",
    "TRI-HP",
    "SWS-HEATING",
    "RELaTED",
    "REWARDHeat",
    "Thermos",
]
GRANT_TOPICS = [
    "district heating",
    "aquifer storage",
    "heat pumps",
    "low-temperature networks",
    "phase-change materials",
    "solar thermal",
]


HOME = Domain(
    name="home_automation",
    task=(
        "The living-room heating keeps coming on at night. Find out why, and set a schedule: "
        "20C from 06:30 to 22:30 on weekdays, 17C otherwise."
    ),
    openers=[
        "Let me look at the living-room thermostat first.",
        "I'll start by checking what the heating in the living room is doing right now.",
        "Looking into the night-time heating.",
    ],
    warmup=[
        (
            "list_entities",
            {"area": "living_room"},
            "climate.living_room, sensor.living_room_temperature, binary_sensor.living_room_"
            "window, light.living_room_ceiling, automation.night_setback",
        ),
    ],
    revisit=Revisit(
        call=(
            "get_state",
            {"entity_id": "climate.living_room"},
            "climate.living_room: hvac_mode=heat, hvac_action=heating, current_temperature="
            "18.5, temperature=21.0, preset_mode=comfort",
        ),
        rewordings=[
            {"entity_id": "climate.Living_Room"},
            {"entity_ids": ["climate.living_room"]},
            {"entity_id": "climate.living_room", "attributes": True},
            {"name": "Living room thermostat"},
            {"entity_id": " climate.living_room "},
        ],
        remarks=[
            "Let me check the living-room thermostat again.",
            "I'll read the climate entity's state once more.",
            "Checking what the thermostat reports again.",
            "Let me look at the living-room heating state again.",
            "Re-reading climate.living_room.",
            "One more check on the thermostat's current setpoint.",
            "I'll query the heating state again.",
        ],
    ),
    broken=Broken(
        tool="call_service",
        variants=[
            {
                "domain": "climate",
                "service": "set_temperature",
                "entity_id": "climate.living_room",
                "temperature": 17,
            },
            {
                "domain": "climate",
                "service": "set_temperature",
                "entity_id": "climate.living_room",
                "temperature": 17.0,
                "hvac_mode": "heat",
            },
            {
                "domain": "climate",
                "service": "set_preset_mode",
                "entity_id": "climate.living_room",
                "preset_mode": "eco",
            },
            {
                "domain": "climate",
                "service": "set_temperature",
                "target": {"entity_id": "climate.living_room"},
                "temperature": 17,
            },
            {"domain": "climate", "service": "turn_off", "entity_id": "climate.living_room"},
        ],
        error="HomeAssistantError: climate.living_room is unavailable (Zigbee device "
        "0x00158d0004a1c3f2 not responding)",
        transient=[
            "TimeoutError: websocket call timed out after 10s",
            "ConnectionClosed: Home Assistant restarted",
            "503: Home Assistant is starting",
        ],
        remarks=[
            "That didn't work. Trying again.",
            "Let me send the command to the thermostat again.",
            "I'll try a different service call.",
            "Retrying the thermostat command.",
            "Another attempt at setting the heating.",
            "Maybe the preset works instead - retrying.",
        ],
    ),
    flip=Flip(
        a=(
            "get_state",
            {"entity_id": "climate.living_room"},
            "hvac_action=heating, current_temperature=18.5, temperature=21.0",
        ),
        b=(
            "get_state",
            {"entity_id": "automation.night_setback"},
            "automation.night_setback: on, last_triggered=None",
        ),
        remarks_a=[
            "Thermostat again.",
            "Back to the climate entity.",
            "Checking the heating once more.",
        ],
        remarks_b=[
            "And the night setback automation.",
            "Now the automation again.",
            "Looking at night_setback again.",
        ],
    ),
    stuck=[
        "I'll create the weekday heating schedule now.",
        "Next, I'm going to set up the heating schedule automation.",
        "Let me build the schedule for 20C on weekdays.",
        "Now I'll add the automation for the new heating times.",
        "I'm going to write the heating schedule next.",
        "Setting up the 06:30-22:30 schedule now.",
    ],
    nudges=["", "", "ok", "👍", "is it done?"],
    pager=Pager(
        tool="get_logbook",
        base={"entity_id": "climate.living_room", "start": "2024-06-03"},
        style="offset",
        row=lambda rng: (
            f"2024-06-0{rng.randint(3, 5)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} "
            f"{rng.choice(HOME_EVENTS)}"
        ),
        notes=[
            "Logbook batch {p}: {n} events. Looking for night-time changes.",
            "{n} more events, mostly daytime. Continuing.",
            "Batch {p} read.",
            "Still going through the logbook.",
        ],
        wrap="The logbook shows the setpoint rising to 21 around 01:00 on each night.",
        chronological=True,
    ),
    fix=Fix(
        tool="call_service",
        bad={
            "domain": "climate",
            "service": "set_temp",
            "entity_id": "climate.living_room",
            "temperature": 17,
        },
        error="ServiceNotFound: Service climate.set_temp not found",
        note="The service is set_temperature.",
        good={
            "domain": "climate",
            "service": "set_temperature",
            "entity_id": "climate.living_room",
            "temperature": 17,
        },
        result="ok",
        after=[
            (
                "get_state",
                {"entity_id": "climate.living_room"},
                "hvac_action=idle, current_temperature=18.6, temperature=17.0",
            ),
        ],
        close="Setpoint is 17 now and the heating is idle.",
    ),
    docs=[
        (
            (
                "read_automation",
                {"id": "automation.night_setback"},
                "trigger: time 23:00; condition: binary_sensor.someone_home is off; action: "
                "set living room to 16C",
            ),
            "Night setback only fires at 23:00 if nobody is home - so it never runs when "
            "you're in.",
        ),
        (
            (
                "read_automation",
                {"id": "automation.morning_warmup"},
                "trigger: sensor.living_room_temperature below 19 for 10 min; action: set "
                "living room to 21C",
            ),
            "Morning warm-up has no time condition at all - it sets 21C whenever the room "
            "drops below 19 for ten minutes, night included.",
        ),
        (
            (
                "read_automation",
                {"id": "automation.window_open"},
                "trigger: binary_sensor.living_room_window on for 2 min; action: hvac_mode off; "
                "on close: restore",
            ),
            "Window-open turns the heating off after two minutes and restores it on close.",
        ),
        (
            (
                "read_automation",
                {"id": "automation.away_mode"},
                "trigger: everyone leaves; action: set all climate to 15C",
            ),
            "Away mode drops every room to 15C when the house is empty.",
        ),
    ],
    doc_wrap="Found the culprit: morning warm-up has no time window.",
    poll=Poll(
        start=(
            "update_firmware",
            {"device": "living_room_trv"},
            "OTA update started (3.1.2 -> 3.2.0)",
        ),
        tool="get_update_progress",
        args={"device": "living_room_trv"},
        states=[
            "living_room_trv: downloading 12%",
            "living_room_trv: downloading 58%",
            "living_room_trv: installing",
            "living_room_trv: rebooting",
            "living_room_trv: up to date (3.2.0)",
        ],
        notes=[
            "Downloading the firmware.",
            "More than halfway.",
            "Installing.",
            "Rebooting.",
        ],
        close="The valve is on firmware 3.2.0.",
    ),
    entity_intro="Checking every radiator valve in the house.",
    entities=[
        (
            (
                "get_state",
                {"entity_id": "climate.living_room"},
                "heat, 18.5C, setpoint 21, battery 64%",
            ),
            "Living room: heating to 21.",
        ),
        (
            (
                "get_state",
                {"entity_id": "climate.kitchen"},
                "heat, 19.8C, setpoint 19, battery 80%",
            ),
            "Kitchen is at setpoint.",
        ),
        (
            ("get_state", {"entity_id": "climate.bedroom"}, "off, 17.2C, battery 12%"),
            "Bedroom is off and its battery is low.",
        ),
        (
            ("get_state", {"entity_id": "climate.study"}, "heat, 20.1C, setpoint 20, battery 55%"),
            "Study is fine.",
        ),
        (
            ("get_state", {"entity_id": "climate.bathroom"}, "unavailable"),
            "Bathroom valve is unreachable.",
        ),
    ],
    draft_intro="Here's a summary for you.",
    sections=[
        "Why the heating comes on at night: the 'morning warm-up' automation has no time "
        "condition. Whenever the living room drops below 19C for ten minutes it sets the "
        "thermostat to 21C, which happens around 1 am most nights.",
        "What I changed: morning warm-up is now limited to 06:00-07:00 on weekdays, and a new "
        "schedule sets 20C from 06:30 to 22:30 Monday to Friday and 17C the rest of the time.",
        "Other findings: the bedroom valve's battery is at 12% and the bathroom valve is not "
        "responding - it probably needs re-pairing.",
        "Night setback only runs when nobody is home, so it hasn't been doing anything. I left "
        "it alone, but you may want to remove that condition.",
    ],
    refine=[
        (
            "Pulling the thermostat history for the last week.",
            (
                "get_history",
                {"entity_id": "climate.living_room", "start": "2024-05-29"},
                "1,944 state changes (attribute updates every ~5 min)",
            ),
        ),
        (
            "Too much. Only setpoint changes.",
            (
                "get_history",
                {
                    "entity_id": "climate.living_room",
                    "start": "2024-05-29",
                    "attribute": "temperature",
                },
                "23 changes; 7 of them between 00:40 and 01:30",
            ),
        ),
        (
            "Who changed it at night? Adding the context.",
            (
                "get_history",
                {
                    "entity_id": "climate.living_room",
                    "start": "2024-05-29",
                    "attribute": "temperature",
                    "between": ["00:00", "05:00"],
                    "with_context": True,
                },
                "7 changes to 21.0, all by automation.morning_warmup",
            ),
        ),
    ],
    refine_close="All seven night-time changes came from morning_warmup.",
)

HOME_EVENTS = [
    "setpoint changed to 21.0",
    "setpoint changed to 17.0",
    "hvac_action heating",
    "hvac_action idle",
    "preset comfort",
    "preset eco",
    "window opened",
    "window closed",
]


DOMAINS = [LEGAL, MEDLIT, LOGISTICS, CODING, ETL, CALENDAR, GRANTS, HOME]


# ---------------------------------------------------------------------------------------------
# Composition: regular categories
# ---------------------------------------------------------------------------------------------


def start(d: Domain, rng: random.Random) -> list[Row]:
    """A short legitimate beginning: the task arrives, the agent makes a useful call."""
    steps = [say(rng.choice(d.openers), observation=d.task)]
    steps.extend(do(c) for c in d.warmup)
    if rng.random() < 0.5:
        c, note = rng.choice(d.entities)
        steps.append(do(c))
        steps.append(say(note))
    return steps


# --- loops --------------------------------------------------------------------------------


def loop_exact(d: Domain, rng: random.Random) -> list[Row]:
    """The same lookup again and again; ids and timestamps change, nothing else."""
    steps = start(d, rng)
    tool, args, obs = d.revisit.call
    arg_style = rng.choice(ARG_STYLES)
    obs_style = rng.choice(OBS_STYLES)
    same_words = rng.random() < 0.5  # a deterministic agent repeats its remark verbatim
    fixed = rng.choice(d.revisit.remarks)
    talk = rng.random()
    for _ in range(rng.randint(4, 7)):
        if rng.random() < talk:
            steps.append(say(fixed if same_words else rng.choice(d.revisit.remarks)))
        steps.append(
            call(tool, volatile_args(args, arg_style, rng), volatile_obs(obs, obs_style, rng))
        )
    return steps


def loop_paraphrased(d: Domain, rng: random.Random) -> list[Row]:
    """The agent rewords both its remark and the request; the answer is the same."""
    steps = start(d, rng)
    tool, args, obs = d.revisit.call
    spellings = [args, *rng.sample(d.revisit.rewordings, k=len(d.revisit.rewordings))]
    remarks = rng.sample(d.revisit.remarks, k=len(d.revisit.remarks))
    obs_style = rng.choice(["plain", "plain", "iso", "latency"])
    for i in range(rng.randint(4, 6)):
        steps.append(say(remarks[i % len(remarks)]))
        steps.append(
            call(tool, dict(spellings[i % len(spellings)]), volatile_obs(obs, obs_style, rng))
        )
        if rng.random() < 0.3:
            steps.append(say(rng.choice(PARA_AFTERTHOUGHTS)))
    return steps


PARA_AFTERTHOUGHTS = [
    "Same as before.",
    "That matches what I saw earlier.",
    "No change there.",
    "OK, still the same answer.",
]


def loop_ab(d: Domain, rng: random.Random) -> list[Row]:
    """Back and forth between two lookups whose results never change."""
    steps = start(d, rng)
    talk = rng.random() < 0.6
    for _ in range(rng.randint(3, 5)):
        if talk:
            steps.append(say(rng.choice(d.flip.remarks_a)))
        steps.append(do(d.flip.a))
        if talk:
            steps.append(say(rng.choice(d.flip.remarks_b)))
        steps.append(do(d.flip.b))
    return steps


def loop_failing(d: Domain, rng: random.Random) -> list[Row]:
    """The same call fails each time, with the same error or a string of transient ones."""
    steps = start(d, rng)
    transient = rng.random() < 0.4
    args = d.broken.variants[0]
    arg_style = rng.choice(["none", "none", "trace", "idem"])
    for _ in range(rng.randint(4, 6)):
        if rng.random() < 0.7:
            steps.append(say(rng.choice(d.broken.remarks)))
        err = rng.choice(d.broken.transient) if transient else d.broken.error
        if rng.random() < 0.5:
            err = volatile_obs(err, rng.choice(["iso", "uuid", "clock"]), rng)
        steps.append(call(d.broken.tool, volatile_args(args, arg_style, rng), err, error=True))
    return steps


def loop_reworded_failing(d: Domain, rng: random.Random) -> list[Row]:
    """The agent rewords the failing call; the error does not change."""
    steps = start(d, rng)
    variants = [
        d.broken.variants[0],
        *rng.sample(d.broken.variants[1:], k=len(d.broken.variants) - 1),
    ]
    for i in range(rng.randint(4, 6)):
        steps.append(say(rng.choice(d.broken.remarks)))
        steps.append(
            call(d.broken.tool, dict(variants[i % len(variants)]), d.broken.error, error=True)
        )
    return steps


def loop_monologue(d: Domain, rng: random.Random) -> list[Row]:
    """The agent keeps announcing the same next step and never takes it."""
    steps = start(d, rng)
    picks = rng.sample(d.stuck, k=len(d.stuck))
    verbatim = rng.random() < 0.2
    nudge = rng.choice(d.nudges)
    for i in range(rng.randint(4, 6)):
        text = picks[0] if verbatim else picks[i % len(picks)]
        steps.append(say(text, observation=nudge if i else ""))
    return steps


# --- progress -----------------------------------------------------------------------------


def prog_paging(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    pg = d.pager
    size = rng.choice([5, 6, 8])
    pages = rng.randint(4, 7)
    talk = rng.random() < 0.75
    cursor = None
    for p in range(1, pages + 1):
        args = dict(pg.base)
        if pg.style == "page":
            args["page"] = p
            args["per_page"] = size
        elif pg.style == "offset":
            args["offset"] = (p - 1) * size
            args["limit"] = size
        else:
            args["limit"] = size
            if cursor:
                args["cursor"] = cursor
        lines = [pg.row(rng) for _ in range(size)]
        if pg.chronological:
            lines.sort()
        rows = "\n".join(lines)
        cursor = "c_" + hexid(rng, 10) if p < pages else None
        tail = f"\nnext_cursor: {cursor}" if pg.style == "cursor" and cursor else ""
        steps.append(call(pg.tool, args, rows + tail))
        if talk and p < pages:
            steps.append(say(rng.choice(pg.notes).format(p=p, n=size)))
    steps.append(say(pg.wrap))
    return steps


def prog_fix(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    f = d.fix
    steps.append(call(f.tool, dict(f.bad), f.error, error=True))
    steps.append(say(f.note))
    steps.append(call(f.tool, dict(f.good), f.result))
    for c in f.after:
        steps.append(do(c))
    steps.append(say(f.close))
    return steps


def prog_summaries(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    docs = rng.sample(d.docs, k=rng.randint(3, 4))
    for c, summary in docs:
        steps.append(do(c))
        steps.append(say(summary))
    steps.append(say(d.doc_wrap))
    return steps


def prog_polling(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    p = d.poll
    if p.start is not None:
        steps.append(do(p.start))
    wait = rng.random() < 0.5  # some agents sleep between polls with a fixed interval
    seconds = rng.choice([30, 60, 120])
    talk = rng.random() < 0.7
    for i, state in enumerate(p.states):
        steps.append(call(p.tool, dict(p.args), state))
        if i < len(p.states) - 1:
            if talk:
                steps.append(say(p.notes[i % len(p.notes)]))
            if wait:
                steps.append(call("sleep", {"seconds": seconds}, f"slept {seconds}s"))
    steps.append(say(p.close))
    return steps


def prog_entities(d: Domain, rng: random.Random) -> list[Row]:
    steps = [say(d.entity_intro, observation=d.task)]
    talk = rng.random()
    entities = list(d.entities)
    if rng.random() < 0.5:
        rng.shuffle(entities)
    for c, note in entities:
        steps.append(do(c))
        if rng.random() < talk:
            steps.append(say(note))
    steps.append(say("That's all of them."))
    return steps


def prog_drafting(d: Domain, rng: random.Random) -> list[Row]:
    brief = " ".join(summary for _, summary in d.docs)
    steps = [say(d.draft_intro, observation=brief)]
    steps.extend(say(section) for section in d.sections)
    return steps


def prog_refine(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    for remark, c in d.refine:
        if remark:
            steps.append(say(remark))
        steps.append(do(c))
    steps.append(say(d.refine_close))
    return steps


# ---------------------------------------------------------------------------------------------
# Hand-written hard cases (each labelled as a careful reviewer would label it)
# ---------------------------------------------------------------------------------------------


def hard_loop_edit_revert(rng: random.Random) -> list[Row]:
    """Coding agent flips between two patches; each breaks the test the other fixes."""
    steps = [
        say(
            "Fixing the rounding bug in ledger.Balance.", observation="TestRounding fails on main."
        ),
        call(
            "shell",
            {"cmd": "go test ./internal/ledger -run 'TestRounding|TestNegative'"},
            "--- FAIL: TestRounding: got 1.005 -> 1.00, want 1.01",
            error=True,
        ),
    ]
    patch_a = {
        "path": "internal/ledger/balance.go",
        "diff": "- return truncate(v, 2)\n+ return roundHalfUp(v, 2)",
    }
    patch_b = {
        "path": "internal/ledger/balance.go",
        "diff": "- return roundHalfUp(v, 2)\n+ return truncate(v, 2)",
    }
    fail_a = "--- FAIL: TestNegativeBalance: got -0.01, want 0.00"
    fail_b = "--- FAIL: TestRounding: got 1.005 -> 1.00, want 1.01"
    to_a = [
        "Switching to round-half-up so 1.005 becomes 1.01.",
        "Going back to half-up rounding for TestRounding.",
        "Rounding half-up again - that's what the rounding test wants.",
        "Let me use roundHalfUp once more.",
    ]
    to_b = [
        "Half-up breaks the negative-balance test. Reverting to truncation.",
        "TestNegativeBalance fails with rounding; truncating instead.",
        "Back to truncate so negative balances come out as zero.",
        "Truncation again for the negative case.",
    ]
    for i in range(4):
        steps.append(say(to_a[i]))
        steps.append(call("apply_patch", patch_a, "patched internal/ledger/balance.go"))
        steps.append(
            call(
                "shell",
                {"cmd": "go test ./internal/ledger -run 'TestRounding|TestNegative'"},
                fail_a,
                error=True,
            )
        )
        steps.append(say(to_b[i]))
        steps.append(call("apply_patch", patch_b, "patched internal/ledger/balance.go"))
        steps.append(
            call(
                "shell",
                {"cmd": "go test ./internal/ledger -run 'TestRounding|TestNegative'"},
                fail_b,
                error=True,
            )
        )
    return steps


def hard_loop_cycle_of_three(rng: random.Random) -> list[Row]:
    """Scheduling agent cycles through three calls; nothing changes between rounds."""
    steps = [say("Finding a slot for Priya and Tom on Thursday.", observation=CALENDAR.task)]
    lines = [
        "Checking Priya and Tom for Thursday.",
        "Priya is free 11:00-15:00. Checking her again to find an overlap with Tom.",
        "Looking at Priya again to see where she's free.",
        "Let me confirm Priya's free window.",
        "Priya once more.",
    ]
    for i in range(5):
        steps.append(say(lines[i]))
        steps.append(
            call(
                "freebusy",
                {"attendee": "priya.nair@halden.io", "date": "2024-06-13"},
                "busy 10:00-11:00, 15:00-16:30",
            )
        )
        steps.append(
            call(
                "freebusy",
                {"attendee": "tom.becker@halden.io", "date": "2024-06-13"},
                "busy 09:00-10:30, 13:30-15:30",
            )
        )
        steps.append(
            call(
                "propose_slot",
                {
                    "attendees": ["priya.nair", "tom.becker"],
                    "start": "2024-06-13T14:00",
                    "minutes": 45,
                },
                "conflict: tom.becker busy 13:30-15:30",
            )
        )
    return steps


def hard_loop_stale_tracking(rng: random.Random) -> list[Row]:
    """The agent keeps re-checking a parcel within minutes, answering the user nothing new."""
    steps = [say("I'll find out where carton 2 is.", observation=LOGISTICS.task)]
    remarks = [
        "Looking up carton 2.",
        "It's at the Manchester depot. Checking again in case it has moved.",
        "Still the depot, I think - refreshing.",
        "Let me see the latest scan once more.",
        "Refreshing the tracking again.",
        "One more refresh.",
    ]
    minute = 41
    for r in remarks:
        steps.append(say(r))
        minute += rng.randint(1, 2)
        steps.append(
            call(
                "track_parcel",
                {"carrier": "DPD", "tracking_number": "15501234567891"},
                f"HELD AT DEPOT - Manchester Trafford Park. Last scan 5 Jun 07:40. "
                f"Checked at 10:{minute:02d} UTC.",
            )
        )
    return steps


def hard_loop_synonym_ab(rng: random.Random) -> list[Row]:
    """Two search intents alternate, each reworded every time; results never change."""
    steps = [say("Searching for the HFpEF trials.", observation=MEDLIT.task)]
    a_terms = [
        "SGLT2 inhibitors heart failure preserved ejection fraction",
        "sodium-glucose cotransporter 2 inhibitors HFpEF",
        "gliflozins in heart failure with preserved EF",
        "SGLT2i HFpEF",
    ]
    b_terms = [
        "empagliflozin dapagliflozin outcomes LVEF above 40",
        "dapagliflozin or empagliflozin mildly reduced ejection fraction outcomes",
        "empagliflozin/dapagliflozin HFmrEF HFpEF hospitalisation",
        "dapagliflozin empagliflozin preserved EF events",
    ]
    res_a = "5 results: 36027570, 34449189, 36081227, 37290461, 36924225"
    res_b = "4 results: 36027570, 34449189, 36081227, 37634141"
    for i in range(4):
        steps.append(
            say(
                "Let me try the class-level search."
                if i % 2 == 0
                else "Trying the drug-class query again."
            )
        )
        steps.append(call("pubmed_search", {"term": a_terms[i]}, res_a))
        steps.append(say("And by named drugs." if i % 2 == 0 else "Now the named-drug query."))
        steps.append(call("pubmed_search", {"term": b_terms[i]}, res_b))
    return steps


def hard_loop_noop_edits(rng: random.Random) -> list[Row]:
    """The agent 'fixes' the model with edits that do not touch the problem; same error."""
    steps = [say("Fixing stg_orders.", observation=ETL.task)]
    edits = [
        (
            "Adding a comment about the source column.",
            "-- source: shop.orders\nselect order_id, ...",
        ),
        ("Reformatting the select list.", "select\n  order_id,\n  customer_id,\n  ..."),
        ("Quoting the column names.", 'select "ORDER_ID", "CUSTOMER_ID", ...'),
        (
            "Aliasing the source table.",
            "select o.order_id, ... from {{ source('shop','orders') }} o",
        ),
        (
            "Making the CTE explicit.",
            "with src as (select * from {{ source('shop','orders') }}) ...",
        ),
        ("Lower-casing everything.", "select order_id, customer_id, discount_code ..."),
    ]
    err = (
        'Database Error in model stg_orders\n  column "discount_code" does not exist\n'
        "  LINE 14: discount_code,"
    )
    for note, content in edits:
        steps.append(say(note))
        steps.append(
            call(
                "write_file",
                {"path": "models/staging/stg_orders.sql", "content": content},
                "written",
            )
        )
        steps.append(call("dbt_run", {"select": "stg_orders"}, err, error=True))
    return steps


def hard_loop_wordcount(rng: random.Random) -> list[Row]:
    """Rewrites that never get under the limit, checked each time; the counts barely move."""
    steps = [
        say(
            "Shortening section 1.1 to fit 400 words.",
            observation="Section 1.1 must be at most 400 words.",
        )
    ]
    drafts = [
        ("Tightening the objectives paragraph.", 431),
        ("Trimming some adjectives from the objectives.", 428),
        ("Rephrasing the second objective more concisely.", 433),
        ("Cutting a few words from the ambition sentence.", 429),
        ("Making the objectives leaner again.", 430),
        ("Another pass to shorten the objectives.", 432),
    ]
    for note, words in drafts:
        steps.append(say(note))
        steps.append(
            call(
                "edit_section",
                {"file": "partB_v3.docx", "section": "1.1", "instruction": "make it shorter"},
                "section updated",
            )
        )
        steps.append(
            call(
                "word_count",
                {"file": "partB_v3.docx", "section": "1.1"},
                f"section 1.1: {words} words (limit 400)",
            )
        )
    return steps


def hard_loop_light_no_effect(rng: random.Random) -> list[Row]:
    """Service calls succeed but the light never changes; the agent varies the call."""
    steps = [
        say("Turning on the ceiling light.", observation="Turn on the living room light please.")
    ]
    attempts = [
        (
            {"domain": "light", "service": "turn_on", "entity_id": "light.living_room_ceiling"},
            "Turning it on.",
        ),
        (
            {
                "domain": "light",
                "service": "turn_on",
                "entity_id": "light.living_room_ceiling",
                "brightness": 255,
            },
            "Still off. Trying with full brightness.",
        ),
        (
            {"domain": "light", "service": "toggle", "entity_id": "light.living_room_ceiling"},
            "Let me toggle it instead.",
        ),
        (
            {
                "domain": "homeassistant",
                "service": "turn_on",
                "entity_id": "light.living_room_ceiling",
            },
            "Trying the generic turn_on service.",
        ),
        (
            {
                "domain": "light",
                "service": "turn_on",
                "entity_id": "light.living_room_ceiling",
                "transition": 0,
            },
            "Once more, without a transition.",
        ),
    ]
    for args, note in attempts:
        steps.append(say(note))
        steps.append(call("call_service", args, "ok"))
        steps.append(
            call(
                "get_state",
                {"entity_id": "light.living_room_ceiling"},
                "light.living_room_ceiling: off",
            )
        )
    return steps


def hard_loop_same_wrong_answer(rng: random.Random) -> list[Row]:
    """The user pushes back each time; the agent apologises and repeats the same reading."""
    steps = [
        say("Reading clause 12.3.", observation="Is our data-breach indemnity capped?"),
        do(LEGAL.revisit.call),
    ]
    user = [
        "",
        "No - look at 12.1, it says 11.3 is subject to the cap.",
        "That's the same answer. Please read 12.1.",
        "You keep saying that. 12.1!",
        "Stop repeating yourself and check 12.1.",
    ]
    answers = [
        "The data-breach indemnity is uncapped: 12.3 only excludes confidentiality, and "
        "indemnities sit outside the cap.",
        "You're right to check. Looking at it again, the indemnity for data breaches is not "
        "subject to the cap, since 12.3 excludes it.",
        "Apologies for the confusion. The data-breach indemnity falls outside the liability cap "
        "in 12.3, so it is uncapped.",
        "Sorry about that. To be clear: under 12.3, indemnities including the data-breach one are "
        "not limited by the cap.",
        "I apologise. The cap in 12.3 does not apply to the data-breach indemnity, which remains "
        "uncapped.",
    ]
    for u, a in zip(user, answers, strict=True):
        steps.append(say(a, observation=u))
    return steps


# --- hard progress --------------------------------------------------------------------------


def hard_prog_identical_devices(rng: random.Random) -> list[Row]:
    """Six smart plugs checked one by one; their states are nearly identical."""
    steps = [
        say(
            "Checking every smart plug before the firmware rollout.",
            observation="Make sure all the plugs are online before we update them.",
        )
    ]
    plugs = [
        "kitchen_kettle",
        "office_desk",
        "tv_stand",
        "hallway_lamp",
        "garage_freezer",
        "bedroom_fan",
    ]
    steps.extend(
        call(
            "get_state",
            {"entity_id": f"switch.plug_{name}"},
            f"switch.plug_{name}: on, available, firmware 2.1.4, rssi -61 dBm",
        )
        for name in plugs
    )
    steps.append(say("All six plugs are online on firmware 2.1.4, ready for the update."))
    return steps


def hard_prog_empty_registry(rng: random.Random) -> list[Row]:
    """Five candidate drugs, each with no registered trials: same answer, different question."""
    steps = [
        say(
            "Checking the registry for trials of the newer gliflozins in HFpEF.",
            observation="Are there ongoing HFpEF trials for any other gliflozin?",
        )
    ]
    drugs = ["ertugliflozin", "canagliflozin", "sotagliflozin", "bexagliflozin", "henagliflozin"]
    steps.extend(
        call(
            "registry_search",
            {"intervention": drug, "condition": "HFpEF", "status": "recruiting"},
            "0 studies found",
        )
        for drug in drugs
    )
    steps.append(say("None of the five has a recruiting HFpEF trial registered."))
    return steps


def hard_prog_backoff_queue(rng: random.Random) -> list[Row]:
    """Polling a queued job with growing waits; the status stays the same for a while."""
    steps = [
        say("Backfill submitted; I'll wait for it.", observation=ETL.task),
        call(
            "trigger_dag",
            {"dag_id": "orders_backfill", "conf": {"date": "2024-06-05"}},
            "run manual__2024-06-05 queued",
        ),
    ]
    states = ["queued (pool transform_pool: 0 of 4 slots free)"] * 3 + [
        "queued (pool transform_pool: 1 of 4 slots free)",
        "running (transform_orders)",
        "running (load_orders)",
        "success",
    ]
    wait = 15
    for i, s in enumerate(states):
        steps.append(
            call("get_dag_run", {"dag_id": "orders_backfill", "run_id": "manual__2024-06-05"}, s)
        )
        if i < len(states) - 1:
            steps.append(call("sleep", {"seconds": wait}, f"slept {wait}s"))
            wait = min(wait * 2, 240)
    steps.append(say("The backfill succeeded."))
    return steps


def hard_prog_template_emails(rng: random.Random) -> list[Row]:
    """Near-identical messages to different people."""
    steps = [say("I'll ask each attendee to confirm Thursday.", observation=CALENDAR.task)]
    for first, email in [
        ("Priya", "priya.nair"),
        ("Tom", "tom.becker"),
        ("Lena", "lena.fischer"),
        ("Jonas", "jonas.weber"),
    ]:
        steps.append(say(f"Emailing {first} to ask whether Thursday 11:15 works."))
        steps.append(
            call(
                "send_email",
                {
                    "to": f"{email}@halden.io",
                    "subject": "Q2 planning review",
                    "body": f"Hi {first}, could you make Thursday 13 June 11:15-12:00 "
                    "in Elbe 3.02? Thanks!",
                },
                f"sent, message id <{uid(rng)}@halden.io>",
            )
        )
    steps.append(say("All four emails are out."))
    return steps


def hard_prog_same_test_new_failures(rng: random.Random) -> list[Row]:
    """One test run after each change; it keeps failing, but differently each time."""
    cmd = {"cmd": "go test ./internal/ledger -run TestReconcile -v"}
    steps = [say("Debugging TestReconcile.", observation="TestReconcile is flaky in CI.")]
    rounds = [
        (
            "Running it to see the failure.",
            None,
            "--- FAIL: TestReconcile: balance mismatch: got 1200, want 1150",
        ),
        (
            "Adding logging to the reconcile loop.",
            "log each entry before summing",
            "--- FAIL: TestReconcile: balance mismatch: got 1200, want 1150\n  entry 7 counted twice (id e-7)",
        ),
        (
            "Entry 7 is counted twice. Deduplicating by entry id.",
            "skip entries already seen",
            "--- FAIL: TestReconcile: got 1150, want 1150 but order differs: [e-3 e-1] vs [e-1 e-3]",
        ),
        (
            "Now only ordering differs. Sorting entries by id before comparing.",
            "sort.Slice(entries, byID)",
            "--- PASS: TestReconcile (0.01s)\nok  ledgerd/internal/ledger",
        ),
    ]
    for note, change, result in rounds:
        steps.append(say(note))
        if change:
            steps.append(
                call(
                    "apply_patch",
                    {"path": "internal/ledger/reconcile.go", "description": change},
                    "patched",
                )
            )
        steps.append(call("shell", dict(cmd), result, error=not result.startswith("--- PASS")))
    steps.append(say("TestReconcile passes."))
    return steps


def hard_prog_user_asks_again(rng: random.Random) -> list[Row]:
    """The user asks for updates over the day; the parcel sometimes has moved."""
    steps = [say("I'll keep an eye on carton 2 for you.", observation="Let me know when it moves.")]
    checks = [
        (
            "any news?",
            "HELD AT DEPOT - address confirmed 09:12",
            "Address confirmed this morning; it's still at the depot.",
        ),
        ("and now?", "HELD AT DEPOT - address confirmed 09:12", "No movement since then."),
        ("update?", "AT DEPOT - sorted to route 14", "It's been sorted onto a delivery route."),
        ("still there?", "AT DEPOT - sorted to route 14", "Still waiting to go out on route 14."),
        ("where is it", "OUT FOR DELIVERY - 4 stops away", "It's on the van, four stops away."),
        ("delivered yet?", "DELIVERED 14:47 - signed K. ROSS", "Delivered at 14:47."),
    ]
    for user, obs, reply in checks:
        steps.append(say("Checking.", observation=user))
        steps.append(
            call("track_parcel", {"carrier": "DPD", "tracking_number": "15501234567891"}, obs)
        )
        steps.append(say(reply))
    return steps


def hard_prog_reviewer_rounds(rng: random.Random) -> list[Row]:
    """The same paragraph revised in answer to successive reviewer comments."""
    steps = [
        say("Revising section 1.1 as the coordinator comments come in.", observation=GRANTS.task)
    ]
    rounds = [
        (
            "Please state the TRL at start and end.",
            "SOLSTORE will raise seasonal pit storage from TRL 5 to TRL 7, demonstrating it with "
            "district heating at Flensburg and Bolzano.",
        ),
        (
            "Add the quantitative targets from the call.",
            "SOLSTORE will raise seasonal pit storage from TRL 5 to TRL 7 at Flensburg and Bolzano, "
            "reaching a capacity cost below EUR 0.45/kWh and round-trip efficiency above 75%.",
        ),
        (
            "Mention the business model - evaluators will look for it.",
            "SOLSTORE will take seasonal pit storage from TRL 5 to TRL 7 at two sites, cut capacity "
            "cost below EUR 0.45/kWh at over 75% efficiency, and prove a heat-as-a-service contract "
            "that municipal utilities can replicate.",
        ),
        (
            "Too long for the first sentence; split it.",
            "SOLSTORE will take seasonal pit storage from TRL 5 to TRL 7 at two sites. It targets a "
            "capacity cost below EUR 0.45/kWh and over 75% efficiency. It will also prove a "
            "heat-as-a-service contract that utilities can replicate.",
        ),
    ]
    for comment, text in rounds:
        steps.append(
            call(
                "get_comments",
                {"file": "partB_v3.docx", "section": "1.1", "unresolved": True},
                comment,
            )
        )
        steps.append(say(text))
    steps.append(say("All four comments on 1.1 are addressed."))
    return steps


def hard_prog_reread_for_memo(rng: random.Random) -> list[Row]:
    """Reading a clause, working elsewhere, and reading it again to quote it in the memo."""
    c = LEGAL.revisit.call
    steps = [
        say("Starting the liability review.", observation=LEGAL.task),
        do(c),
        say("Twelve-month cap, confidentiality carved out. Now the indemnities."),
        call(
            "get_clause",
            {"doc_id": "MSA-2291", "section": "11.3"},
            "11.3 Supplier indemnifies Customer against third-party claims arising from a "
            "Personal Data breach.",
        ),
        call(
            "get_clause",
            {"doc_id": "MSA-2291", "section": "12.1"},
            "12.1 Clause 11.3 is subject to the cap in 12.3.",
        ),
        say("So the data-breach indemnity is capped. Re-reading 12.3 to quote it exactly."),
        do(c),
        say(
            "Memo point 1: under 12.1 and 12.3 the data-breach indemnity is capped at twelve "
            "months' fees; we should ask for a GBP 3m super-cap."
        ),
    ]
    return steps


def hard_prog_manifest_pages(rng: random.Random) -> list[Row]:
    """Paging through a manifest in which most rows are the same SKU."""
    steps = [
        say(
            "Going through the manifest for the recalled SKU.",
            observation="Which stores received lot L-2291 of SKU TENT-2P-GRN?",
        )
    ]
    stores = [
        "Leeds",
        "York",
        "Harrogate",
        "Bradford",
        "Hull",
        "Sheffield",
        "Halifax",
        "Wakefield",
        "Ripon",
        "Doncaster",
        "Barnsley",
        "Selby",
    ]
    for page in range(1, 6):
        rows = [
            f"TENT-2P-GRN | lot L-{rng.choice(['2291', '2291', '2290'])} | {rng.choice(stores)} | "
            f"{rng.randint(2, 12)} units"
            for _ in range(6)
        ]
        steps.append(call("get_manifest", {"sku": "TENT-2P-GRN", "page": page}, "\n".join(rows)))
    steps.append(say("Listed every store that received lot L-2291."))
    return steps


def hard_prog_second_pass(rng: random.Random) -> list[Row]:
    """Screening abstracts, then re-reading the uncertain ones with a stricter criterion."""
    steps = [say("First pass: include anything randomised.", observation=MEDLIT.task)]
    maybes = [
        ("37290461", "open-label pilot, n=112, 12 weeks"),
        ("38011264", "crossover trial, n=48, exercise capacity"),
        ("37990113", "cluster-randomised by clinic, n=20 clinics"),
    ]
    for pmid, obs in maybes:
        steps.append(call("fetch_abstract", {"pmid": pmid}, obs))
        steps.append(say(f"{pmid}: randomised, include for now."))
    steps.append(
        say(
            "Second pass with the panel's criterion: at least 12 weeks of follow-up and "
            "patient-level randomisation."
        )
    )
    verdicts = [
        "follow-up is exactly 12 weeks - keep.",
        "crossover, 4 weeks per arm - exclude.",
        "randomised by clinic, not patient - exclude.",
    ]
    for (pmid, obs), v in zip(maybes, verdicts, strict=True):
        steps.append(call("fetch_abstract", {"pmid": pmid}, obs))
        steps.append(say(f"{pmid}: {v}"))
    return steps


HARD_LOOPS: list[tuple[str, str, Callable[[random.Random], list[Row]]]] = [
    ("edit_revert_oscillation", CODING.name, hard_loop_edit_revert),
    ("cycle_of_three", CALENDAR.name, hard_loop_cycle_of_three),
    ("stale_rechecking", LOGISTICS.name, hard_loop_stale_tracking),
    ("paraphrased_ab_searches", MEDLIT.name, hard_loop_synonym_ab),
    ("noop_edits_same_error", ETL.name, hard_loop_noop_edits),
    ("rewrites_without_effect", GRANTS.name, hard_loop_wordcount),
    ("calls_succeed_state_unchanged", HOME.name, hard_loop_light_no_effect),
    ("same_answer_despite_feedback", LEGAL.name, hard_loop_same_wrong_answer),
]
HARD_PROGRESS: list[tuple[str, str, Callable[[random.Random], list[Row]]]] = [
    ("near_identical_entities", HOME.name, hard_prog_identical_devices),
    ("same_empty_answer_different_entities", MEDLIT.name, hard_prog_empty_registry),
    ("backoff_polling_unchanged_status", ETL.name, hard_prog_backoff_queue),
    ("templated_messages", CALENDAR.name, hard_prog_template_emails),
    ("same_test_changing_failures", CODING.name, hard_prog_same_test_new_failures),
    ("user_asks_for_updates", LOGISTICS.name, hard_prog_user_asks_again),
    ("revisions_for_new_feedback", GRANTS.name, hard_prog_reviewer_rounds),
    ("reread_to_quote", LEGAL.name, hard_prog_reread_for_memo),
    ("paging_repetitive_rows", LOGISTICS.name, hard_prog_manifest_pages),
    ("second_pass_new_criterion", MEDLIT.name, hard_prog_second_pass),
]

LOOPS: list[tuple[str, Callable[[Domain, random.Random], list[Row]], int]] = [
    ("exact_repeat_volatile", loop_exact, 12),
    ("paraphrased_repeat", loop_paraphrased, 14),
    ("ab_oscillation", loop_ab, 8),
    ("repeated_failing_call", loop_failing, 8),
    ("reworded_failing_call", loop_reworded_failing, 8),
    ("paraphrased_monologue", loop_monologue, 8),
]
PROGRESS: list[tuple[str, Callable[[Domain, random.Random], list[Row]], int]] = [
    ("paging", prog_paging, 8),
    ("corrected_retry", prog_fix, 8),
    ("summarising_related_documents", prog_summaries, 8),
    ("polling_with_changing_status", prog_polling, 8),
    ("same_tool_different_entities", prog_entities, 8),
    ("drafting_sections", prog_drafting, 8),
    ("iterative_refinement", prog_refine, 8),
]


def build() -> list[Row]:
    """Every trajectory of the set, in file order (deterministic: fixed seed)."""
    rng = random.Random(SEED)
    rows: list[Row] = []

    def add(label: str, category: str, domain: str, steps: list[Row], i: int) -> None:
        rows.append(
            {
                "id": f"heldout-{label}-{category}-{i:03d}",
                "label": label,
                "category": category,
                "domain": domain,
                "steps": steps,
            }
        )

    for label, table in (("loop", LOOPS), ("progress", PROGRESS)):
        for category, make, count in table:
            order = rng.sample(DOMAINS, k=len(DOMAINS))
            for i in range(count):
                d = order[i % len(order)]
                add(label, category, d.name, make(d, rng), i)
    for label, hard in (("loop", HARD_LOOPS), ("progress", HARD_PROGRESS)):
        for category, domain, make_hard in hard:
            add(label, f"hard_{category}", domain, make_hard(rng), 0)
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    loops = sum(r["label"] == "loop" for r in rows)
    print(f"wrote {len(rows)} trajectories ({loops} loops, {len(rows) - loops} progress) to {OUT}")


if __name__ == "__main__":
    main()
