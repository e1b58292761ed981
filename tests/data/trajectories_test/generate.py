"""Compose the TEST loop-detection set: written before the second tuning round, never tuned on.

Run ``python tests/data/trajectories_test/generate.py`` to rewrite ``trajectories.jsonl``; the
output is committed and deterministic (fixed seed). The material was written fresh for this set,
in eight domains that neither the tuning set (``../trajectories/``) nor the held-out set
(``../trajectories_heldout/``) uses, with its own tools, remarks, errors and documents, plus
hand-written hard cases on both sides. See ``README.md``.
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
SEED = 20_261_126  # neither earlier set's seed

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


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def volatile_args(args: dict[str, Any], style: str, rng: random.Random) -> dict[str, Any]:
    out = dict(args)
    if style == "request":
        out["request_id"] = "req_" + hexid(rng, 12)
    elif style == "nonce":
        out["nonce"] = str(uuid.UUID(int=rng.getrandbits(128)))
    return out


def volatile_obs(obs: str, style: str, rng: random.Random) -> str:
    """Per-call noise a tool adds to its result."""
    if style == "rfc":  # an HTTP date header
        return (
            f"Date: Tue, 0{rng.randint(1, 9)} Jul 2025 {rng.randint(8, 19):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} GMT\n{obs}"
        )
    if style == "hhmm":  # a clock time without seconds
        return f"{obs} (as of {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d})"
    if style == "etag":
        return f'{obs}\netag: "{hexid(rng, 20)}"'
    if style == "iso":
        return (
            f"fetched {2025}-07-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z | {obs}"
        )
    if style == "ms":  # a changing number the normaliser keeps
        return f"{obs} [{rng.randint(40, 900)}ms]"
    return obs


OBS_STYLES = ["rfc", "hhmm", "etag", "iso", "ms", "plain"]
ARG_STYLES = ["request", "nonce", "none", "none"]


# ---------------------------------------------------------------------------------------------
# Domain material
# ---------------------------------------------------------------------------------------------


@dataclass
class Domain:
    name: str
    task: str
    opener: str
    warmup: Call
    revisit: Call  # a lookup a stuck agent keeps returning to
    rewordings: list[dict[str, Any]]  # other spellings of the same lookup, same answer
    remarks: list[str]  # "let me look at that again", paraphrased
    broken_tool: str
    broken_variants: list[dict[str, Any]]  # first is the original, the rest reword it
    broken_error: str
    transient: list[str]
    broken_remarks: list[str]
    flip: tuple[Call, Call]
    cycle: tuple[Call, Call, Call]  # three calls a stuck agent goes round
    stuck: list[str]  # paraphrases of one intention never carried out
    nudges: list[str]
    pager_tool: str
    pager_args: dict[str, Any]
    pager_rows: list[str]  # rows to page through (each page takes fresh ones)
    pager_notes: list[str]
    fix: tuple[Call, str, Call]  # failing call (obs = error), a note, the corrected call
    docs: list[tuple[Call, str]]
    poll: tuple[str, dict[str, Any], list[str]]
    entities: list[tuple[Call, str]]
    sections: list[str]
    refine: list[tuple[str, Call]]


INSURANCE = Domain(
    name="insurance_claims",
    task="Claim CLM-58213 (water damage, 14 Elm Row) has been open 40 days. Work out what is "
    "blocking payment and tell the policyholder what happens next.",
    opener="Looking at claim CLM-58213. First the claim record.",
    warmup=(
        "get_claim",
        {"claim_id": "CLM-58213"},
        "CLM-58213 | HO-3 policy P-771902 | water damage, kitchen | reported 2025-05-27 | "
        "status: UNDER REVIEW | adjuster: M. Okafor | reserve $18,400",
    ),
    revisit=(
        "get_coverage",
        {"policy_id": "P-771902", "peril": "water"},
        "Policy P-771902: sudden and accidental discharge covered; gradual seepage excluded "
        "(exclusion 4.b). Deductible $1,000. Limit dwelling $410,000.",
    ),
    rewordings=[
        {"policy": "P-771902", "peril": "water damage"},
        {"policy_id": "p-771902", "cause_of_loss": "water"},
        {"policy_id": "P-771902", "peril": "WATER", "section": "coverage A"},
    ],
    remarks=[
        "Let me double-check what the policy says about water damage.",
        "I'll pull the water coverage terms once more to be sure.",
        "Re-reading the coverage for water losses.",
        "Checking the policy's water provisions again before I decide.",
        "One more look at the peril coverage.",
    ],
    broken_tool="issue_payment",
    broken_variants=[
        {"claim_id": "CLM-58213", "amount": 17400},
        {"claim_id": "CLM-58213", "amount": 17400.0, "method": "ach"},
        {"claim": "CLM-58213", "amount_usd": 17400},
    ],
    broken_error="403 PAYMENT_BLOCKED: claim status UNDER REVIEW; adjuster sign-off required "
    "before any disbursement.",
    transient=["504 Gateway Timeout (payments-core)", "503 payments-core unavailable, retry"],
    broken_remarks=[
        "Issuing the payment for the approved amount.",
        "Trying the disbursement again.",
        "Let me push the payment through.",
    ],
    flip=(
        (
            "get_adjuster_notes",
            {"claim_id": "CLM-58213"},
            "Notes: awaiting plumber's report on cause (sudden vs gradual). Requested 2025-06-02.",
        ),
        (
            "get_documents",
            {"claim_id": "CLM-58213"},
            "Documents: photos (12), estimate "
            "(Reyes Restoration, $17,400), FNOL form. Missing: plumber report.",
        ),
    ),
    cycle=(
        ("get_claim", {"claim_id": "CLM-58213"}, "status: UNDER REVIEW | adjuster: M. Okafor"),
        ("get_documents", {"claim_id": "CLM-58213"}, "Missing: plumber report."),
        ("get_adjuster_notes", {"claim_id": "CLM-58213"}, "Awaiting plumber's report."),
    ),
    stuck=[
        "I'll draft the letter to the policyholder explaining the missing plumber report now.",
        "Next I'm going to write to the policyholder about the outstanding plumber's report.",
        "Let me prepare the customer letter about the report we still need.",
        "Time to send the policyholder a note asking for the plumber's findings.",
        "I'll compose the message requesting the plumber report from the insured.",
    ],
    nudges=["ok", "go ahead", "any progress?"],
    pager_tool="list_open_claims",
    pager_args={"adjuster": "M. Okafor"},
    pager_rows=[
        "CLM-{n} | auto collision | open {d} days | reserve ${r},200",
        "CLM-{n} | hail, roof | open {d} days | reserve ${r},900",
        "CLM-{n} | theft, bicycle | open {d} days | reserve ${r}50",
        "CLM-{n} | fire, garage | open {d} days | reserve ${r},000",
        "CLM-{n} | water, basement | open {d} days | reserve ${r},400",
    ],
    pager_notes=["Page {p} read.", "{n} more claims; continuing.", "Next page."],
    fix=(
        (
            "search_claims",
            {"policyholder": "Dana Whitcombe", "date": "27/05/2025"},
            "400 invalid date: expected YYYY-MM-DD",
        ),
        "The date needs ISO format.",
        (
            "search_claims",
            {"policyholder": "Dana Whitcombe", "date": "2025-05-27"},
            "1 claim: CLM-58213 (water damage)",
        ),
    ),
    docs=[
        (
            (
                "get_document",
                {"doc": "estimate-reyes.pdf"},
                "Reyes Restoration estimate: drywall "
                "removal and replacement $6,100; cabinet replacement $8,900; drying equipment 5 days "
                "$2,400. Total $17,400.",
            ),
            "The estimate is $17,400, mostly cabinets and drywall.",
        ),
        (
            (
                "get_document",
                {"doc": "fnol.pdf"},
                "First notice of loss: insured found water "
                "under the sink on 26 May; supply line burst; shut off main valve.",
            ),
            "FNOL says a supply line burst on 26 May - that reads as sudden.",
        ),
        (
            (
                "get_document",
                {"doc": "photos-index.txt"},
                "12 photos: swollen cabinet base, "
                "split braided hose, water line on drywall at 30cm, dehumidifiers on site.",
            ),
            "The photos show a split hose and a 30cm water line.",
        ),
        (
            (
                "get_document",
                {"doc": "adjuster-field-report.pdf"},
                "Field inspection 2 June: "
                "no rot or mould suggesting long-term seepage; recommends coverage pending plumber "
                "confirmation.",
            ),
            "The field report leans towards sudden discharge.",
        ),
    ],
    poll=(
        "get_payment_status",
        {"payment_id": "PAY-30918"},
        [
            "queued",
            "fraud screening",
            "approved, scheduled for ACH batch 16:00",
            "sent; trace 0210004471",
        ],
    ),
    entities=[
        (
            ("get_claim", {"claim_id": "CLM-58201"}, "CLM-58201 | auto | status: PAID | $3,210"),
            "58201 is paid.",
        ),
        (
            ("get_claim", {"claim_id": "CLM-58207"}, "CLM-58207 | hail | status: SUBROGATION"),
            "58207 is in subrogation.",
        ),
        (
            (
                "get_claim",
                {"claim_id": "CLM-58219"},
                "CLM-58219 | theft | status: DENIED, no police report",
            ),
            "58219 was denied.",
        ),
        (
            (
                "get_claim",
                {"claim_id": "CLM-58224"},
                "CLM-58224 | fire | status: UNDER REVIEW, cause-and-origin pending",
            ),
            "58224 waits on cause-and-origin.",
        ),
        (
            (
                "get_claim",
                {"claim_id": "CLM-58230"},
                "CLM-58230 | water | status: OPEN, adjuster not assigned",
            ),
            "58230 needs an adjuster.",
        ),
    ],
    sections=[
        "Summary: the claim is covered in principle - a burst supply line is a sudden and "
        "accidental discharge - but payment is held until the plumber confirms the cause.",
        "What we need from you: the plumber's invoice or report naming the split braided hose "
        "as the cause. A photo of the invoice is enough.",
        "What happens next: once the report arrives the adjuster signs off within two working "
        "days and the $16,400 (estimate less your $1,000 deductible) is paid by ACH.",
        "If the report points to a slow leak instead, exclusion 4.b may apply to part of the "
        "damage; we would then explain in writing which items are affected.",
    ],
    refine=[
        (
            "Searching for similar water claims this year.",
            ("search_claims", {"peril": "water", "year": 2025}, "212 claims"),
        ),
        (
            "Narrowing to supply-line failures.",
            (
                "search_claims",
                {"peril": "water", "year": 2025, "cause": "supply line"},
                "31 claims; median days to payment 19",
            ),
        ),
        (
            "Only those held for a plumber report.",
            (
                "search_claims",
                {"peril": "water", "year": 2025, "cause": "supply line", "hold": "plumber report"},
                "6 claims; all paid within 3 days of the report",
            ),
        ),
    ],
)

REALESTATE = Domain(
    name="real_estate_listings",
    task="Find a two-bedroom flat to rent in Leith under GBP 1,350 a month, pet-friendly, "
    "available by 1 September, and book viewings for the best three.",
    opener="Searching rentals in Leith for the client.",
    warmup=(
        "search_listings",
        {"area": "Leith", "beds": 2, "max_rent": 1350, "pets": True},
        "14 listings match; 5 available by 1 Sep.",
    ),
    revisit=(
        "get_listing",
        {"listing_id": "LTH-20417"},
        "LTH-20417 | 2 bed, Great Junction St, 3rd floor, no lift | GBP 1,295 pcm | pets "
        "considered | available 25 Aug | EPC C | agent: Forth Lettings",
    ),
    rewordings=[
        {"id": "LTH-20417"},
        {"listing_id": "lth-20417", "include": "details"},
        {"listing_ref": "LTH-20417"},
    ],
    remarks=[
        "Let me look at the Great Junction Street flat again.",
        "Pulling up LTH-20417 once more.",
        "Re-checking that listing's details.",
        "I'll open the Junction Street listing again to confirm.",
        "One more look at the third-floor flat.",
    ],
    broken_tool="book_viewing",
    broken_variants=[
        {"listing_id": "LTH-20417", "slot": "2025-08-12T18:30"},
        {"listing_id": "LTH-20417", "slot": "2025-08-12 18:30", "attendees": 1},
        {"listing": "LTH-20417", "when": "12 Aug 18:30"},
    ],
    broken_error="409 SLOT_UNAVAILABLE: Forth Lettings only offers viewings 10:00-16:00 "
    "on weekdays.",
    transient=["502 calendar sync failed", "timeout contacting agent calendar"],
    broken_remarks=[
        "Booking the evening viewing.",
        "Trying the booking again.",
        "Let me retry that viewing slot.",
    ],
    flip=(
        ("get_listing", {"listing_id": "LTH-20417"}, "GBP 1,295 pcm | 3rd floor, no lift"),
        ("get_listing", {"listing_id": "LTH-20388"}, "GBP 1,340 pcm | ground floor, garden"),
    ),
    cycle=(
        ("get_listing", {"listing_id": "LTH-20417"}, "GBP 1,295 | 3rd floor, no lift"),
        ("get_listing", {"listing_id": "LTH-20388"}, "GBP 1,340 | ground floor, garden"),
        ("get_listing", {"listing_id": "LTH-20452"}, "GBP 1,310 | 1st floor, balcony"),
    ),
    stuck=[
        "I'll now book viewings for the three shortlisted flats.",
        "Next step: arrange viewings at the top three properties.",
        "Let me schedule visits for the shortlist.",
        "Going to set up the viewing appointments for the three best options.",
        "Time to get those three viewings in the diary.",
    ],
    nudges=["sure", "please do", "status?"],
    pager_tool="search_listings",
    pager_args={"area": "Leith", "beds": 2, "max_rent": 1350},
    pager_rows=[
        "LTH-{n} | 2 bed, {s} | GBP 1,{r}5 | avail {d} Aug",
        "LTH-{n} | 2 bed flat, {s} | GBP 1,{r}0 | avail {d} Sep",
        "LTH-{n} | 2 bed, {s}, top floor | GBP 1,{r}9 | avail now",
    ],
    pager_notes=["Noted the pet-friendly ones on page {p}.", "Next page.", "Page {p} done."],
    fix=(
        ("search_listings", {"area": "Leith", "beds": "two"}, "422 beds must be an integer"),
        "Bedrooms must be a number.",
        ("search_listings", {"area": "Leith", "beds": 2}, "41 listings"),
    ),
    docs=[
        (
            (
                "get_document",
                {"doc": "LTH-20417-floorplan"},
                "Floorplan: 61 m2; living room 4.1 x 3.8 m; bedroom 2 is 2.4 x 2.6 m.",
            ),
            "Junction St is 61 m2 but bedroom 2 is small.",
        ),
        (
            (
                "get_document",
                {"doc": "LTH-20388-epc"},
                "EPC D (58); gas central heating; single glazing in rear rooms.",
            ),
            "The garden flat has a poorer EPC, D.",
        ),
        (
            (
                "get_document",
                {"doc": "LTH-20452-terms"},
                "Pets: one cat or small dog with GBP 200 extra deposit. Minimum term 12 months.",
            ),
            "The balcony flat takes a small dog.",
        ),
        (
            (
                "get_document",
                {"doc": "area-report-leith"},
                "Leith: tram to city centre 12 min; average 2-bed rent GBP 1,390.",
            ),
            "Leith averages GBP 1,390, so all three are below market.",
        ),
    ],
    poll=(
        "get_application_status",
        {"application_id": "APP-4471"},
        [
            "submitted",
            "referencing in progress",
            "references received, landlord reviewing",
            "approved; holding deposit requested",
        ],
    ),
    entities=[
        (
            ("get_listing", {"listing_id": "LTH-20388"}, "ground floor, garden, GBP 1,340"),
            "Garden flat: good for a dog.",
        ),
        (
            ("get_listing", {"listing_id": "LTH-20452"}, "1st floor, balcony, GBP 1,310"),
            "Balcony flat: fine.",
        ),
        (("get_listing", {"listing_id": "LTH-20461"}, "let agreed"), "20461 is gone."),
        (
            ("get_listing", {"listing_id": "LTH-20470"}, "2 bed, no pets, GBP 1,250"),
            "20470 refuses pets.",
        ),
        (
            ("get_listing", {"listing_id": "LTH-20475"}, "2 bed, pets ok, avail 15 Sep"),
            "20475 comes too late.",
        ),
    ],
    sections=[
        "Shortlist: three flats meet every requirement - Great Junction St (GBP 1,295), Ferry "
        "Road with a garden (GBP 1,340) and Constitution St with a balcony (GBP 1,310).",
        "Trade-offs: the garden flat suits a dog best but has an EPC of D; Junction St is "
        "cheapest but on a third floor with no lift.",
        "Viewings: Forth Lettings only shows flats on weekday daytimes, so I've proposed "
        "Tuesday 12 August at 13:00, 13:40 and 14:20.",
        "Costs up front: five weeks' deposit plus GBP 200 pet deposit at Constitution St.",
    ],
    refine=[
        ("Broad search first.", ("search_listings", {"area": "Leith"}, "196 listings")),
        (
            "Two bedrooms under budget.",
            ("search_listings", {"area": "Leith", "beds": 2, "max_rent": 1350}, "41 listings"),
        ),
        (
            "Pets and date.",
            (
                "search_listings",
                {
                    "area": "Leith",
                    "beds": 2,
                    "max_rent": 1350,
                    "pets": True,
                    "available_by": "2025-09-01",
                },
                "5 listings",
            ),
        ),
    ],
)

MUSIC = Domain(
    name="music_playlist_curation",
    task="Build a 90-minute 'Sunday morning' playlist of mellow jazz and soul, no track over "
    "7 minutes, no artist twice, and publish it to the shared account.",
    opener="Starting the Sunday morning playlist.",
    warmup=(
        "search_tracks",
        {"genre": "soul jazz", "energy_max": 0.4},
        "250 tracks; top: 'Blue in Green' (5:37), 'Harvest Moon' (5:03), 'Lilac Wine' (4:32)",
    ),
    revisit=(
        "get_track",
        {"track_id": "trk_5Yx0blue"},
        "Blue in Green - Miles Davis - Kind of Blue (1959) - 5:37 - energy 0.12 - explicit: no",
    ),
    rewordings=[
        {"id": "trk_5Yx0blue"},
        {"track_id": "trk_5Yx0blue", "fields": "all"},
        {"title": "Blue in Green", "artist": "Miles Davis"},
    ],
    remarks=[
        "Let me check 'Blue in Green' again.",
        "Pulling up the Miles Davis track once more.",
        "Re-checking that track's length.",
        "One more look at Blue in Green before I add it.",
        "Verifying the Kind of Blue track again.",
    ],
    broken_tool="publish_playlist",
    broken_variants=[
        {"playlist_id": "pl_sunday", "account": "shared"},
        {"playlist_id": "pl_sunday", "account": "shared", "public": True},
        {"playlist": "pl_sunday", "target_account": "shared"},
    ],
    broken_error="401 token for account 'shared' lacks scope playlist-modify-public",
    transient=["429 rate limited, retry after 30 s", "500 upstream error"],
    broken_remarks=[
        "Publishing to the shared account.",
        "Let me try publishing again.",
        "Retrying the publish.",
    ],
    flip=(
        (
            "add_track",
            {"playlist_id": "pl_sunday", "track_id": "trk_9Lilac"},
            "added; playlist 88:12, 19 tracks",
        ),
        (
            "remove_track",
            {"playlist_id": "pl_sunday", "track_id": "trk_9Lilac"},
            "removed; playlist 83:40, 18 tracks",
        ),
    ),
    cycle=(
        ("get_playlist", {"playlist_id": "pl_sunday"}, "18 tracks, 83:40"),
        (
            "search_tracks",
            {"genre": "soul", "max_len": "4:30"},
            "'Lilac Wine' 4:32, 'Sunday Kind of Love' 3:51",
        ),
        ("get_track", {"track_id": "trk_9Lilac"}, "Lilac Wine - Nina Simone - 4:32"),
    ),
    stuck=[
        "Now I'll add the last two tracks to reach 90 minutes.",
        "Next I'm adding two more songs to fill the final six minutes.",
        "Let me top the playlist up with a couple more tracks.",
        "I'll drop in two closing tracks to get us to an hour and a half.",
        "Time to add the final pair of songs.",
    ],
    nudges=["ok", "go on", "done yet?"],
    pager_tool="browse_catalog",
    pager_args={"mood": "mellow", "genre": "jazz"},
    pager_rows=[
        "{s} - {a} - {m}:{x}5 - energy 0.{e}",
        "{s} (live) - {a} - {m}:{x}0 - energy 0.{e}",
        "{s} - {a} Trio - {m}:{x}8 - energy 0.{e}",
    ],
    pager_notes=["Page {p}: kept two.", "Moving on.", "Next {n}."],
    fix=(
        (
            "add_track",
            {"playlist_id": "pl_sunday", "track": "Harvest Moon"},
            "400 track_id required",
        ),
        "It wants the track id, not the title.",
        (
            "add_track",
            {"playlist_id": "pl_sunday", "track_id": "trk_2Harv"},
            "added; 5 tracks, 24:10",
        ),
    ),
    docs=[
        (
            (
                "get_artist",
                {"artist": "Bill Evans"},
                "Bill Evans: pianist; impressionist voicings; 'Peace Piece', 'Waltz for Debby'.",
            ),
            "Bill Evans fits the mood.",
        ),
        (
            (
                "get_artist",
                {"artist": "Bill Withers"},
                "Bill Withers: soul; 'Lovely Day', 'Grandma's Hands', 'Hope She'll Be Happier'.",
            ),
            "Withers brings the soul side.",
        ),
        (
            (
                "get_artist",
                {"artist": "Alice Coltrane"},
                "Alice Coltrane: harp, spiritual jazz; 'Journey in Satchidananda' (6:38).",
            ),
            "Alice Coltrane for the middle section.",
        ),
        (
            (
                "get_artist",
                {"artist": "Norah Jones"},
                "Norah Jones: jazz-pop; 'Don't Know Why', 'Turn Me On'.",
            ),
            "Norah Jones for an accessible close.",
        ),
    ],
    poll=(
        "get_import_status",
        {"job": "imp_77"},
        [
            "matching 12/40",
            "matching 29/40",
            "matched 40/40, writing",
            "done: 38 added, 2 unavailable in region",
        ],
    ),
    entities=[
        (
            ("get_track", {"track_id": "trk_2Harv"}, "Harvest Moon - Neil Young - 5:03"),
            "Harvest Moon: 5:03.",
        ),
        (
            ("get_track", {"track_id": "trk_9Lilac"}, "Lilac Wine - Nina Simone - 4:32"),
            "Lilac Wine: 4:32.",
        ),
        (
            ("get_track", {"track_id": "trk_3Peace"}, "Peace Piece - Bill Evans - 6:44"),
            "Peace Piece fits under 7.",
        ),
        (
            ("get_track", {"track_id": "trk_7Journ"}, "Journey in Satchidananda - 6:38"),
            "Journey fits too.",
        ),
        (
            ("get_track", {"track_id": "trk_1Maiden"}, "Maiden Voyage - Herbie Hancock - 7:57"),
            "Maiden Voyage is too long.",
        ),
    ],
    sections=[
        "Opening (0-25 min): solo piano and brushed drums - Peace Piece, Blue in Green, "
        "Naima - to ease in.",
        "Middle (25-60 min): warmer soul - Lovely Day, Harvest Moon, Lilac Wine - with one "
        "spiritual jazz piece to keep it interesting.",
        "Close (60-90 min): vocal tracks that stay quiet - Norah Jones, Bill Withers' "
        "Grandma's Hands - ending on a duet.",
        "Rules checked: no artist appears twice and the longest track is 6:44.",
    ],
    refine=[
        ("Soul jazz, low energy.", ("search_tracks", {"genre": "soul jazz"}, "250 tracks")),
        (
            "Under seven minutes.",
            ("search_tracks", {"genre": "soul jazz", "max_len": "7:00"}, "171 tracks"),
        ),
        (
            "Released before 1980.",
            (
                "search_tracks",
                {"genre": "soul jazz", "max_len": "7:00", "before": 1980},
                "64 tracks",
            ),
        ),
    ],
)

SECURITY = Domain(
    name="security_alert_triage",
    task="Triage alert SOC-9921 (impossible travel for j.marsh) and decide whether to escalate "
    "to incident response.",
    opener="Triaging SOC-9921.",
    warmup=(
        "get_alert",
        {"alert_id": "SOC-9921"},
        "SOC-9921 | impossible travel | user j.marsh | sign-ins from Dublin and Sao Paulo 38 "
        "min apart | severity medium",
    ),
    revisit=(
        "lookup_ip",
        {"ip": "177.54.144.20"},
        "177.54.144.20 | AS28573 Claro NXT | Sao Paulo, BR | not a known VPN exit | reputation: "
        "clean | first seen 2021",
    ),
    rewordings=[
        {"address": "177.54.144.20"},
        {"ip": "177.54.144.20", "sources": ["geo", "reputation"]},
        {"indicator": "177.54.144.20", "type": "ipv4"},
    ],
    remarks=[
        "Let me check the Sao Paulo IP again.",
        "Re-running the lookup on 177.54.144.20.",
        "One more look at that address's reputation.",
        "Checking the Brazilian IP once more.",
        "Looking up the second sign-in's IP again.",
    ],
    broken_tool="run_hunt_query",
    broken_variants=[
        {"query": "SigninLogs | where UserPrincipalName == 'j.marsh' | take 50"},
        {"query": 'SigninLogs | where UserPrincipalName == "j.marsh" | take 50', "range": "7d"},
        {"kql": "SigninLogs | where UserPrincipalName =~ 'j.marsh' | limit 50"},
    ],
    broken_error="Semantic error: 'UserPrincipalName' has no match; did you mean "
    "'UserPrincipal'? (workspace schema v2)",
    transient=["query throttled: too many concurrent queries", "workspace unreachable"],
    broken_remarks=[
        "Running the sign-in hunt for j.marsh.",
        "Let me rerun the hunt query.",
        "Trying the KQL again.",
    ],
    flip=(
        (
            "get_signins",
            {"user": "j.marsh", "location": "Dublin"},
            "3 sign-ins, compliant device LT-4471, MFA passed",
        ),
        (
            "get_signins",
            {"user": "j.marsh", "location": "Sao Paulo"},
            "1 sign-in, unmanaged device, MFA passed by push",
        ),
    ),
    cycle=(
        ("get_alert", {"alert_id": "SOC-9921"}, "impossible travel, severity medium"),
        ("lookup_ip", {"ip": "177.54.144.20"}, "Claro NXT, clean"),
        ("get_user", {"user": "j.marsh"}, "Finance, Dublin office, no travel on record"),
    ),
    stuck=[
        "I'll escalate SOC-9921 to incident response now.",
        "Next, I'm handing this alert over to the IR team.",
        "Let me raise this to incident response.",
        "Going to escalate the impossible-travel alert to IR.",
        "Time to open the IR escalation for j.marsh.",
    ],
    nudges=["ok", "proceed", "escalated?"],
    pager_tool="list_alerts",
    pager_args={"queue": "tier1", "status": "new"},
    pager_rows=[
        "SOC-{n} | {k} | user {u} | sev {v}",
        "SOC-{n} | {k} | host WS-{r}{d} | sev {v}",
    ],
    pager_notes=["Page {p} triaged.", "Next page of the queue.", "{n} more."],
    fix=(
        ("isolate_host", {"host": "LT4471"}, "404 host not found"),
        "The hostname has a dash.",
        ("isolate_host", {"host": "LT-4471", "dry_run": True}, "dry run ok: would isolate LT-4471"),
    ),
    docs=[
        (
            (
                "get_runbook",
                {"name": "impossible-travel"},
                "Runbook: check VPN and known "
                "travel; if unmanaged device + MFA push, treat as possible MFA fatigue; escalate.",
            ),
            "The runbook says an unmanaged device with push MFA means escalate.",
        ),
        (
            (
                "get_user",
                {"user": "j.marsh"},
                "j.marsh: Finance, Dublin; no travel request; reported 4 MFA prompts on 3 Jul.",
            ),
            "She reported unexpected MFA prompts.",
        ),
        (
            (
                "get_signins",
                {"user": "j.marsh", "days": 7},
                "7 days: 41 Dublin, 1 Sao Paulo; 6 denied MFA pushes before the accepted one.",
            ),
            "Six denied pushes, then one accepted.",
        ),
        (
            (
                "get_threat_intel",
                {"campaign": "push-bombing-2025-q3"},
                "Campaign targets finance staff in IE/UK; Brazilian residential IPs.",
            ),
            "It matches a known push-bombing campaign.",
        ),
    ],
    poll=(
        "get_scan_status",
        {"scan": "edr-scan-LT-4471"},
        ["queued", "running, 22% (memory)", "running, 71% (disk)", "complete: 0 detections"],
    ),
    entities=[
        (
            ("lookup_ip", {"ip": "81.17.60.4"}, "81.17.60.4 | Eir | Dublin | clean"),
            "Dublin IP is her ISP.",
        ),
        (
            ("lookup_ip", {"ip": "177.54.144.20"}, "Claro NXT | Sao Paulo | clean"),
            "Sao Paulo is residential.",
        ),
        (
            ("lookup_ip", {"ip": "45.83.91.12"}, "M247 | Bucharest | known VPN exit | suspicious"),
            "45.83.91.12 is a VPN exit.",
        ),
        (("lookup_ip", {"ip": "10.20.4.7"}, "private range, internal"), "Internal."),
        (("lookup_ip", {"ip": "20.190.151.9"}, "Microsoft | login endpoint"), "Microsoft."),
    ],
    sections=[
        "Verdict: likely account compromise via MFA fatigue; escalate to IR.",
        "Evidence: six denied push prompts followed by one accepted from an unmanaged device "
        "in Sao Paulo 38 minutes after a compliant Dublin sign-in.",
        "Context: the IP is residential, not a VPN, and the pattern matches an active "
        "push-bombing campaign against finance staff.",
        "Recommended actions: revoke sessions, reset credentials, move j.marsh to "
        "number-matching MFA, and review mailbox rules created since 3 July.",
    ],
    refine=[
        ("All sign-ins for the user.", ("get_signins", {"user": "j.marsh"}, "312 sign-ins")),
        ("Last seven days.", ("get_signins", {"user": "j.marsh", "days": 7}, "42 sign-ins")),
        (
            "Only unmanaged devices.",
            (
                "get_signins",
                {"user": "j.marsh", "days": 7, "device": "unmanaged"},
                "1 sign-in, Sao Paulo",
            ),
        ),
    ],
)

TUTORING = Domain(
    name="education_tutoring",
    task="Help Priya (year 10) understand why her answer to the quadratic x^2 - 5x + 6 = 0 "
    "is wrong and get her to solve the next two practice problems herself.",
    opener="Hi Priya! Let's look at your working first.",
    warmup=(
        "get_submission",
        {"student": "priya.k", "problem": "Q3"},
        "Q3: x^2 - 5x + 6 = 0. Answer: x = -2, x = -3. Working: (x + 2)(x + 3) = 0",
    ),
    revisit=(
        "get_rubric",
        {"problem": "Q3"},
        "Q3 rubric: factorise to (x - 2)(x - 3); roots 2 and 3; common error: sign of the factors.",
    ),
    rewordings=[
        {"problem_id": "Q3"},
        {"problem": "q3", "section": "rubric"},
        {"question": "Q3", "unit": "quadratics"},
    ],
    remarks=[
        "Let me look at the marking guide for Q3 again.",
        "Checking the rubric for this question once more.",
        "I'll re-read the Q3 marking notes.",
        "One more check of what the rubric expects.",
        "Pulling up the Q3 solution guide again.",
    ],
    broken_tool="assign_practice",
    broken_variants=[
        {"student": "priya.k", "set": "quadratics-2"},
        {"student": "priya.k", "set": "Quadratics 2", "due": "Friday"},
        {"student_id": "priya.k", "problem_set": "quadratics-2"},
    ],
    broken_error="404 problem set 'quadratics-2' not found in course MATH10B",
    transient=["LMS timeout", "503 LMS maintenance"],
    broken_remarks=[
        "Assigning the next practice set.",
        "Let me assign those problems again.",
        "Retrying the assignment.",
    ],
    flip=(
        (
            "get_hint",
            {"problem": "Q3", "level": 1},
            "Hint 1: which two numbers multiply to 6 and add to -5?",
        ),
        ("get_hint", {"problem": "Q3", "level": 2}, "Hint 2: both numbers must be negative."),
    ),
    cycle=(
        ("get_submission", {"student": "priya.k", "problem": "Q3"}, "x = -2, x = -3"),
        ("get_rubric", {"problem": "Q3"}, "roots 2 and 3"),
        ("get_hint", {"problem": "Q3", "level": 1}, "two numbers: product 6, sum -5"),
    ),
    stuck=[
        "I'll set you the next two practice problems now.",
        "Next I'm going to give you two more questions to try on your own.",
        "Let me assign a couple of practice problems for you.",
        "Time to hand you two new quadratics to solve yourself.",
        "I'll put two practice questions on your worksheet.",
    ],
    nudges=["ok", "ready", "where are they?"],
    pager_tool="list_submissions",
    pager_args={"course": "MATH10B", "unit": "quadratics"},
    pager_rows=[
        "{u} | Q{d} | score {e}/5",
        "{u} | Q{d} | score {e}/5 | late",
    ],
    pager_notes=["Page {p} read.", "Next page.", "More submissions."],
    fix=(
        (
            "assign_practice",
            {"student": "priya.k", "set": "quadratics-2"},
            "404 problem set 'quadratics-2' not found",
        ),
        "The set is called 'quad-factorising-2'.",
        (
            "assign_practice",
            {"student": "priya.k", "set": "quad-factorising-2"},
            "assigned 2 problems, due Friday",
        ),
    ),
    docs=[
        (
            (
                "get_lesson",
                {"topic": "factorising"},
                "Factorising x^2 + bx + c: find p, q with pq "
                "= c and p + q = b; write (x + p)(x + q).",
            ),
            "The lesson gives the p, q method.",
        ),
        (
            (
                "get_lesson",
                {"topic": "roots-from-factors"},
                "If (x - a)(x - b) = 0 then x = a or x = b; note the sign flip.",
            ),
            "The sign flips from factor to root.",
        ),
        (
            (
                "get_lesson",
                {"topic": "checking"},
                "Substitute each root back into the equation to check it gives 0.",
            ),
            "Checking by substitution catches sign errors.",
        ),
        (
            (
                "get_lesson",
                {"topic": "common-errors"},
                "Most frequent: sign of the factors, forgetting a root, dividing by x.",
            ),
            "Sign errors are the most common.",
        ),
    ],
    poll=(
        "get_submission_status",
        {"student": "priya.k", "set": "quad-factorising-2"},
        ["not started", "1 of 2 submitted", "2 of 2 submitted, marking", "marked: 2/2"],
    ),
    entities=[
        (("get_submission", {"student": "priya.k", "problem": "Q1"}, "Q1 correct"), "Q1 fine."),
        (("get_submission", {"student": "priya.k", "problem": "Q2"}, "Q2 correct"), "Q2 fine."),
        (
            (
                "get_submission",
                {"student": "priya.k", "problem": "Q3"},
                "Q3 roots -2, -3 (wrong sign)",
            ),
            "Q3 has the sign error.",
        ),
        (
            ("get_submission", {"student": "priya.k", "problem": "Q4"}, "Q4 roots 1, -7 (correct)"),
            "Q4 right - so she can do it.",
        ),
        (("get_submission", {"student": "priya.k", "problem": "Q5"}, "Q5 blank"), "Q5 skipped."),
    ],
    sections=[
        "Step 1: we need two numbers that multiply to +6 and add to -5. Try -2 and -3.",
        "Step 2: so the equation factorises as (x - 2)(x - 3) = 0. Notice the minus signs.",
        "Step 3: a product is zero when one factor is zero, so x - 2 = 0 or x - 3 = 0, "
        "which gives x = 2 or x = 3.",
        "Step 4: check by substituting: 2^2 - 5(2) + 6 = 0 and 3^2 - 5(3) + 6 = 0. Both work.",
    ],
    refine=[
        (
            "All submissions on quadratics.",
            ("list_submissions", {"course": "MATH10B", "unit": "quadratics"}, "148"),
        ),
        ("Just Q3.", ("list_submissions", {"course": "MATH10B", "problem": "Q3"}, "29")),
        (
            "Q3 answers with the sign error.",
            ("list_submissions", {"course": "MATH10B", "problem": "Q3", "error": "sign"}, "11"),
        ),
    ],
)

MEALS = Domain(
    name="recipe_meal_planning",
    task="Plan five vegetarian dinners for a family of four, under 40 minutes each, no nuts "
    "(allergy), and produce one shopping list.",
    opener="Planning five nut-free vegetarian dinners.",
    warmup=(
        "search_recipes",
        {"diet": "vegetarian", "max_minutes": 40, "exclude": ["nuts"]},
        "318 recipes; top: chickpea curry, halloumi traybake, black bean tacos",
    ),
    revisit=(
        "get_recipe",
        {"recipe_id": "r-11802"},
        "Chickpea & spinach curry | 35 min | serves 4 | contains: none of the 14 allergens "
        "except mustard seeds | 520 kcal/serving",
    ),
    rewordings=[
        {"id": "r-11802"},
        {"recipe_id": "R-11802", "servings": 4},
        {"name": "chickpea and spinach curry"},
    ],
    remarks=[
        "Let me check the chickpea curry recipe again.",
        "Re-opening r-11802 to confirm.",
        "One more look at the curry's allergens.",
        "Checking the chickpea curry details once more.",
        "Pulling up the spinach curry again.",
    ],
    broken_tool="create_shopping_list",
    broken_variants=[
        {"recipes": ["r-11802", "r-20417", "r-30555", "r-41230", "r-52004"], "servings": 4},
        {"recipe_ids": ["r-11802", "r-20417", "r-30555", "r-41230", "r-52004"]},
        {"recipes": "r-11802,r-20417,r-30555,r-41230,r-52004", "people": 4},
    ],
    broken_error="422 unit conversion failed: 'a thumb' (ginger) in r-11802 has no metric "
    "equivalent",
    transient=["shopping service timeout", "502 bad gateway"],
    broken_remarks=[
        "Generating the shopping list.",
        "Let me build the list again.",
        "Trying the shopping list once more.",
    ],
    flip=(
        ("get_recipe", {"recipe_id": "r-20417"}, "Halloumi traybake | 40 min | pesto (pine nuts!)"),
        (
            "substitute",
            {"recipe_id": "r-20417", "ingredient": "pesto"},
            "no nut-free pesto in catalogue",
        ),
    ),
    cycle=(
        ("get_recipe", {"recipe_id": "r-20417"}, "Halloumi traybake, pesto"),
        ("check_allergens", {"recipe_id": "r-20417"}, "tree nuts: pine nuts (pesto)"),
        ("substitute", {"recipe_id": "r-20417", "ingredient": "pesto"}, "no substitute"),
    ),
    stuck=[
        "I'll put together the combined shopping list now.",
        "Next up: merging the ingredients into one shopping list.",
        "Let me compile the shopping list for all five dinners.",
        "Time to write out the groceries for the week.",
        "I'm going to build the single shopping list.",
    ],
    nudges=["ok", "yes please", "list?"],
    pager_tool="search_recipes",
    pager_args={"diet": "vegetarian", "max_minutes": 40},
    pager_rows=[
        "r-{n} | {s} | {d}5 min | {e}00 kcal",
        "r-{n} | {s} bake | {d}0 min | {e}50 kcal",
    ],
    pager_notes=["Page {p}: a couple of candidates.", "Next page.", "Continuing."],
    fix=(
        ("search_recipes", {"diet": "veggie"}, "400 unknown diet 'veggie'"),
        "The diet value is 'vegetarian'.",
        ("search_recipes", {"diet": "vegetarian"}, "2,904 recipes"),
    ),
    docs=[
        (
            (
                "get_recipe",
                {"recipe_id": "r-30555"},
                "Black bean tacos | 25 min | corn tortillas, avocado, lime",
            ),
            "Tacos: quick and nut-free.",
        ),
        (
            (
                "get_recipe",
                {"recipe_id": "r-41230"},
                "Mushroom risotto | 40 min | arborio, parmesan",
            ),
            "Risotto: right at the time limit.",
        ),
        (
            ("get_recipe", {"recipe_id": "r-52004"}, "Egg fried rice with peas | 20 min"),
            "Fried rice is the fastest.",
        ),
        (
            ("get_recipe", {"recipe_id": "r-11802"}, "Chickpea & spinach curry | 35 min"),
            "Curry for Monday.",
        ),
    ],
    poll=(
        "get_order_status",
        {"order": "GRC-7719"},
        [
            "received",
            "picking 18/31 items",
            "packed, 2 substitutions",
            "out for delivery, arriving 18:00-19:00",
        ],
    ),
    entities=[
        (
            ("check_allergens", {"recipe_id": "r-11802"}, "tree nuts: none; peanuts: none"),
            "Curry safe.",
        ),
        (
            ("check_allergens", {"recipe_id": "r-20417"}, "tree nuts: pine nuts"),
            "Traybake not safe.",
        ),
        (
            ("check_allergens", {"recipe_id": "r-30555"}, "tree nuts: none; peanuts: none"),
            "Tacos safe.",
        ),
        (
            ("check_allergens", {"recipe_id": "r-41230"}, "tree nuts: none; peanuts: none"),
            "Risotto safe.",
        ),
        (
            ("check_allergens", {"recipe_id": "r-52004"}, "peanuts: may contain (sauce)"),
            "Fried rice sauce may contain peanuts.",
        ),
    ],
    sections=[
        "Monday: chickpea and spinach curry with rice (35 min).",
        "Tuesday: black bean tacos with quick-pickled onions (25 min).",
        "Wednesday: mushroom risotto (40 min) - start the stock first.",
        "Thursday: egg fried rice with peas, using a nut-free soy sauce (20 min). Friday: "
        "halloumi traybake with a basil-and-lemon dressing instead of pesto.",
    ],
    refine=[
        ("Vegetarian dinners.", ("search_recipes", {"diet": "vegetarian"}, "2,904")),
        (
            "Under 40 minutes.",
            ("search_recipes", {"diet": "vegetarian", "max_minutes": 40}, "1,127"),
        ),
        (
            "Without nuts.",
            (
                "search_recipes",
                {"diet": "vegetarian", "max_minutes": 40, "exclude": ["nuts"]},
                "318",
            ),
        ),
    ],
)

HR = Domain(
    name="hr_onboarding",
    task="Onboard Tomasz Nowak (data engineer, starts 4 August): accounts, laptop, payroll, "
    "and a first-week schedule.",
    opener="Onboarding Tomasz Nowak.",
    warmup=(
        "get_new_hire",
        {"employee_id": "E-20931"},
        "E-20931 Tomasz Nowak | Data Engineer | Platform team | manager: A. Ruiz | start "
        "2025-08-04 | location: Krakow (remote)",
    ),
    revisit=(
        "get_checklist",
        {"employee_id": "E-20931"},
        "Checklist E-20931: contract signed [x]; ID verified [x]; laptop [ ]; SSO account "
        "[ ]; payroll [ ]; buddy assigned [ ].",
    ),
    rewordings=[
        {"employee": "E-20931"},
        {"employee_id": "e-20931", "view": "full"},
        {"name": "Tomasz Nowak"},
    ],
    remarks=[
        "Let me look at the onboarding checklist again.",
        "Checking what is still open for Tomasz.",
        "Re-reading his checklist once more.",
        "One more look at the outstanding items.",
        "Pulling up the onboarding tasks again.",
    ],
    broken_tool="create_account",
    broken_variants=[
        {"employee_id": "E-20931", "username": "tnowak"},
        {"employee_id": "E-20931", "username": "t.nowak"},
        {"employee": "E-20931", "login": "tnowak", "groups": ["platform"]},
    ],
    broken_error="409 conflict: identity for E-20931 already exists (created by HRIS sync, "
    "status: pending activation)",
    transient=["IdP timeout", "503 directory busy"],
    broken_remarks=[
        "Creating his SSO account.",
        "Let me create the account again.",
        "Retrying the account creation.",
    ],
    flip=(
        ("get_equipment", {"sku": "LAP-MBP14"}, "MacBook Pro 14: 0 in Krakow stock, 6 in Berlin"),
        ("get_equipment", {"sku": "LAP-XPS15"}, "XPS 15: 0 in Krakow stock, 3 in Berlin"),
    ),
    cycle=(
        ("get_checklist", {"employee_id": "E-20931"}, "laptop [ ]; SSO [ ]; payroll [ ]"),
        ("get_equipment", {"sku": "LAP-MBP14"}, "0 in Krakow"),
        ("get_new_hire", {"employee_id": "E-20931"}, "start 2025-08-04, Krakow"),
    ),
    stuck=[
        "I'll order Tomasz's laptop from the Berlin stock now.",
        "Next I'm placing the laptop order, shipping from Berlin.",
        "Let me request a MacBook for him out of the Berlin warehouse.",
        "Going to raise the equipment order for his laptop.",
        "Time to get his laptop shipped from Berlin.",
    ],
    nudges=["ok", "go ahead", "ordered?"],
    pager_tool="list_employees",
    pager_args={"team": "Platform"},
    pager_rows=[
        "E-{n} | {u} | Platform | {k}",
        "E-{n} | {u} | Platform | {k} | remote",
    ],
    pager_notes=["Page {p}: looking for a buddy.", "Next page.", "Continuing."],
    fix=(
        (
            "enroll_payroll",
            {"employee_id": "E-20931", "country": "Poland"},
            "400 country must be ISO 3166 alpha-2",
        ),
        "Use PL.",
        (
            "enroll_payroll",
            {"employee_id": "E-20931", "country": "PL"},
            "enrolled; first run 2025-08-28",
        ),
    ),
    docs=[
        (
            (
                "get_policy",
                {"name": "remote-equipment"},
                "Remote staff: laptop shipped 5 working "
                "days before start; monitor allowance EUR 300.",
            ),
            "Laptop must ship by 28 July.",
        ),
        (
            (
                "get_policy",
                {"name": "first-week"},
                "First week: day 1 IT setup and security "
                "training; day 2 team intro; buddy lunches.",
            ),
            "Day 1 is IT and security.",
        ),
        (
            (
                "get_policy",
                {"name": "access-requests"},
                "Data engineers: warehouse read, Airflow viewer; write access after 30 days.",
            ),
            "Write access only after 30 days.",
        ),
        (
            (
                "get_policy",
                {"name": "probation"},
                "Probation 3 months; check-ins at 30/60/90 days.",
            ),
            "Check-ins at 30, 60, 90 days.",
        ),
    ],
    poll=(
        "get_shipment",
        {"shipment": "SHP-5512"},
        [
            "label created",
            "picked up in Berlin",
            "in transit, Wroclaw hub",
            "delivered, signed by T. NOWAK",
        ],
    ),
    entities=[
        (
            (
                "get_employee",
                {"employee_id": "E-10442"},
                "K. Wiśniewska | Platform | 3 years | Krakow",
            ),
            "Kasia is in Krakow too.",
        ),
        (
            ("get_employee", {"employee_id": "E-11893"}, "D. Mensah | Platform | 1 year | Accra"),
            "Daniel is remote.",
        ),
        (
            (
                "get_employee",
                {"employee_id": "E-09120"},
                "L. Fischer | Platform | 5 years | Berlin | on leave until Sep",
            ),
            "Lena is on leave.",
        ),
        (
            ("get_employee", {"employee_id": "E-12001"}, "R. Patel | Platform | 8 months"),
            "Ravi is new himself.",
        ),
        (
            ("get_employee", {"employee_id": "E-08877"}, "M. Costa | Platform lead"),
            "Marta leads the team.",
        ),
    ],
    sections=[
        "Monday 4 August: laptop arrives the week before; 09:00 IT setup call, 11:00 "
        "security training, afternoon free to install tools.",
        "Tuesday: team introduction with A. Ruiz and the Platform team; lunch with his buddy "
        "Kasia Wiśniewska, who is also in Krakow.",
        "Wednesday and Thursday: warehouse and Airflow walkthroughs; read-only access.",
        "Friday: first small ticket, end-of-week check-in with his manager.",
    ],
    refine=[
        ("Everyone on Platform.", ("list_employees", {"team": "Platform"}, "23")),
        ("In Poland.", ("list_employees", {"team": "Platform", "country": "PL"}, "4")),
        (
            "More than two years in.",
            (
                "list_employees",
                {"team": "Platform", "country": "PL", "tenure_min_years": 2},
                "1: K. Wiśniewska",
            ),
        ),
    ],
)

LAB = Domain(
    name="lab_instrument_control",
    task="Run the UV-Vis calibration on spectrometer SPEC-2 with the five standards, check "
    "linearity (R^2 >= 0.999) and save the calibration.",
    opener="Starting the SPEC-2 calibration.",
    warmup=(
        "get_instrument",
        {"instrument": "SPEC-2"},
        "SPEC-2 | Cary 3500 | lamp hours 1,812 | status READY | cuvette holder: 8-cell",
    ),
    revisit=(
        "read_absorbance",
        {"instrument": "SPEC-2", "cell": 3, "wavelength_nm": 540},
        "cell 3 @ 540 nm: A = 0.412 (std 3, 20 mg/L)",
    ),
    rewordings=[
        {"instrument": "SPEC-2", "cell": "3", "wavelength_nm": 540},
        {"device": "SPEC-2", "position": 3, "lambda": 540},
        {"instrument": "spec-2", "cell": 3, "wavelength_nm": 540.0},
    ],
    remarks=[
        "Let me re-read standard 3.",
        "Measuring cell 3 again.",
        "One more reading of the 20 mg/L standard.",
        "Re-checking the absorbance in position 3.",
        "Reading standard three once more.",
    ],
    broken_tool="save_calibration",
    broken_variants=[
        {"instrument": "SPEC-2", "name": "Fe-540-2025-07"},
        {"instrument": "SPEC-2", "name": "Fe540_2025_07"},
        {"device": "SPEC-2", "calibration_name": "Fe-540-jul"},
    ],
    broken_error="REJECTED: calibration fit R^2 = 0.9871 below method minimum 0.999",
    transient=["instrument busy (lamp warm-up)", "USB link reset"],
    broken_remarks=[
        "Saving the calibration.",
        "Let me save it again.",
        "Trying to store the calibration once more.",
    ],
    flip=(
        ("read_absorbance", {"instrument": "SPEC-2", "cell": 3, "wavelength_nm": 540}, "A = 0.412"),
        ("read_absorbance", {"instrument": "SPEC-2", "cell": 4, "wavelength_nm": 540}, "A = 0.398"),
    ),
    cycle=(
        ("set_temperature", {"instrument": "SPEC-2", "celsius": 25}, "setpoint 25.0 accepted"),
        ("read_temperature", {"instrument": "SPEC-2"}, "holder 21.4 C (peltier: OFF)"),
        ("wait", {"seconds": 60}, "waited 60 s"),
    ),
    stuck=[
        "I'll re-prepare standard 4 and measure it again.",
        "Next, I'm going to make a fresh standard 4 and re-read it.",
        "Let me remake the 30 mg/L standard before measuring.",
        "Time to prepare a new fourth standard.",
        "I'll redo standard four from the stock solution.",
    ],
    nudges=["ok", "fine", "done?"],
    pager_tool="get_spectrum",
    pager_args={"instrument": "SPEC-2", "cell": 5},
    pager_rows=[
        "{w} nm  A={y}",
    ],
    pager_notes=["Chunk {p} read.", "Next chunk.", "Continuing the scan."],
    fix=(
        (
            "read_absorbance",
            {"instrument": "SPEC-2", "cell": 9, "wavelength_nm": 540},
            "ERROR: cell 9 out of range (holder has 8)",
        ),
        "The blank is in cell 8, not 9.",
        (
            "read_absorbance",
            {"instrument": "SPEC-2", "cell": 8, "wavelength_nm": 540},
            "A = 0.001 (blank)",
        ),
    ),
    docs=[
        (
            (
                "get_sop",
                {"sop": "UV-CAL-004"},
                "SOP UV-CAL-004: five standards 5-40 mg/L; blank "
                "first; R^2 >= 0.999; re-prepare any standard deviating > 2%.",
            ),
            "The SOP wants R^2 >= 0.999 and allows re-preparing an outlier.",
        ),
        (
            (
                "get_certificate",
                {"lot": "FE-STD-2291"},
                "Iron standard lot FE-STD-2291: 1000 mg/L +- 0.5%; expires 2026-01.",
            ),
            "The stock is in date.",
        ),
        (
            (
                "get_log",
                {"instrument": "SPEC-2", "last": 5},
                "Last calibration 2025-06-02, R^2 0.9996; lamp replaced 2025-04.",
            ),
            "Last month's calibration passed.",
        ),
        (
            (
                "get_method",
                {"method": "Fe-phenanthroline"},
                "Measure at 510 nm; complex stable after 10 min.",
            ),
            "The method says 510 nm, not 540 - that may explain the fit.",
        ),
    ],
    poll=(
        "get_run_status",
        {"run": "RUN-0719"},
        [
            "lamp warm-up 4/15 min",
            "lamp warm-up 12/15 min",
            "measuring cell 2 of 6",
            "complete, 6 readings",
        ],
    ),
    entities=[
        (
            (
                "read_absorbance",
                {"instrument": "SPEC-2", "cell": 1, "wavelength_nm": 510},
                "A = 0.098",
            ),
            "5 mg/L: 0.098.",
        ),
        (
            (
                "read_absorbance",
                {"instrument": "SPEC-2", "cell": 2, "wavelength_nm": 510},
                "A = 0.197",
            ),
            "10 mg/L: 0.197.",
        ),
        (
            (
                "read_absorbance",
                {"instrument": "SPEC-2", "cell": 3, "wavelength_nm": 510},
                "A = 0.394",
            ),
            "20 mg/L: 0.394.",
        ),
        (
            (
                "read_absorbance",
                {"instrument": "SPEC-2", "cell": 4, "wavelength_nm": 510},
                "A = 0.590",
            ),
            "30 mg/L: 0.590.",
        ),
        (
            (
                "read_absorbance",
                {"instrument": "SPEC-2", "cell": 5, "wavelength_nm": 510},
                "A = 0.789",
            ),
            "40 mg/L: 0.789.",
        ),
    ],
    sections=[
        "Result: the calibration at 540 nm failed (R^2 0.9871) because the method specifies "
        "510 nm; at 510 nm the five standards give R^2 0.9998.",
        "Readings at 510 nm: 0.098, 0.197, 0.394, 0.590 and 0.789 for 5 to 40 mg/L.",
        "Saved as Fe-510-2025-07 with slope 0.01972 L/mg and intercept 0.0004.",
        "Follow-up: the method file on SPEC-2 still defaults to 540 nm and should be fixed.",
    ],
    refine=[
        (
            "Full scan of standard 5.",
            (
                "get_spectrum",
                {"instrument": "SPEC-2", "cell": 5, "from_nm": 400, "to_nm": 700},
                "peak near 510 nm, A = 0.79",
            ),
        ),
        (
            "Zoom on the peak.",
            (
                "get_spectrum",
                {"instrument": "SPEC-2", "cell": 5, "from_nm": 490, "to_nm": 530},
                "max at 509 nm",
            ),
        ),
        (
            "One-nm steps around it.",
            (
                "get_spectrum",
                {"instrument": "SPEC-2", "cell": 5, "from_nm": 505, "to_nm": 515, "step_nm": 1},
                "max 0.791 at 510 nm",
            ),
        ),
    ],
)

DOMAINS = [INSURANCE, REALESTATE, MUSIC, SECURITY, TUTORING, MEALS, HR, LAB]

FILL = {
    "s": [
        "Ferry Rd",
        "Easter Rd",
        "Bernard St",
        "Duke St",
        "Henderson St",
        "So What",
        "Naima",
        "Autumn Leaves",
        "Moanin'",
        "Dal",
        "Halloumi",
        "Orzo",
        "Leek",
        "Tofu",
    ],
    "a": ["Ahmad Jamal", "Yusef Lateef", "Shirley Horn", "Wes Montgomery", "Ramsey Lewis"],
    "u": ["a.kowal", "b.osei", "c.lund", "d.ferreira", "e.tan", "f.murphy", "g.sato"],
    "k": [
        "phishing reported",
        "malware blocked",
        "new admin role",
        "unusual download",
        "senior engineer",
        "analyst",
        "SRE",
    ],
    "v": ["low", "medium", "high"],
}


def fill_row(template: str, rng: random.Random) -> str:
    out = template
    for key, values in FILL.items():
        out = out.replace("{" + key + "}", rng.choice(values))
    for key in ("n", "r", "d", "m", "x", "e", "w", "y"):
        while "{" + key + "}" in out:
            value = {
                "n": rng.randint(10000, 99999),
                "r": rng.randint(1, 9),
                "d": rng.randint(1, 30),
                "m": rng.randint(3, 6),
                "x": rng.randint(0, 5),
                "e": rng.randint(1, 5),
                "w": rng.randint(400, 700),
                "y": f"0.{rng.randint(10, 99)}",
            }[key]
            out = out.replace("{" + key + "}", str(value), 1)
    return out


# ---------------------------------------------------------------------------------------------
# Composition: regular categories
# ---------------------------------------------------------------------------------------------


def start(d: Domain, rng: random.Random) -> list[Row]:
    steps = [say(d.opener, observation=d.task), do(d.warmup)]
    if rng.random() < 0.5:
        c, note = rng.choice(d.entities)
        steps += [do(c), say(note)]
    return steps


def loop_exact(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    tool, args, obs = d.revisit
    arg_style, obs_style = rng.choice(ARG_STYLES), rng.choice(OBS_STYLES)
    talk = rng.random()
    for _ in range(rng.randint(4, 6)):
        if rng.random() < talk:
            steps.append(say(rng.choice(d.remarks)))
        steps.append(
            call(tool, volatile_args(args, arg_style, rng), volatile_obs(obs, obs_style, rng))
        )
    return steps


def loop_paraphrased(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    tool, args, obs = d.revisit
    spellings = [args, *rng.sample(d.rewordings, k=len(d.rewordings))]
    remarks = rng.sample(d.remarks, k=len(d.remarks))
    for i in range(rng.randint(4, 6)):
        steps.append(say(remarks[i % len(remarks)]))
        steps.append(call(tool, dict(spellings[i % len(spellings)]), obs))
    return steps


def loop_ab(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    a, b = d.flip
    talk = rng.random() < 0.5
    for _ in range(rng.randint(3, 4)):
        if talk:
            steps.append(
                say(
                    rng.choice(
                        [
                            "Comparing the two again.",
                            "Back to the other one.",
                            "Let me weigh them once more.",
                        ]
                    )
                )
            )
        steps += [do(a), do(b)]
    return steps


def loop_cycle3(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    for _ in range(rng.randint(3, 4)):
        steps += [do(c) for c in d.cycle]
    return steps


def loop_failing(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    transient = rng.random() < 0.35
    arg_style = rng.choice(ARG_STYLES)
    for _ in range(rng.randint(4, 6)):
        if rng.random() < 0.6:
            steps.append(say(rng.choice(d.broken_remarks)))
        err = rng.choice(d.transient) if transient else d.broken_error
        if rng.random() < 0.5:
            err = volatile_obs(err, rng.choice(["rfc", "hhmm", "etag"]), rng)
        args = volatile_args(d.broken_variants[0], arg_style, rng)
        steps.append(call(d.broken_tool, args, err, error=True))
    return steps


def loop_reworded_failing(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    variants = d.broken_variants
    for i in range(rng.randint(4, 6)):
        steps.append(say(rng.choice(d.broken_remarks)))
        steps.append(call(d.broken_tool, dict(variants[i % len(variants)]), d.broken_error, True))
    return steps


def loop_monologue(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    picks = rng.sample(d.stuck, k=len(d.stuck))
    nudge = rng.choice(d.nudges)
    for i in range(rng.randint(4, 5)):
        steps.append(say(picks[i % len(picks)], observation=nudge if i else ""))
    return steps


def prog_paging(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    size = rng.choice([4, 5, 6])
    for p in range(1, rng.randint(4, 6) + 1):
        args = {**d.pager_args, "page": p, "page_size": size}
        rows = "\n".join(fill_row(rng.choice(d.pager_rows), rng) for _ in range(size))
        steps.append(call(d.pager_tool, args, f"page {p}\n{rows}"))
        if rng.random() < 0.7:
            steps.append(say(rng.choice(d.pager_notes).format(p=p, n=size)))
    steps.append(say("That's every page; here is what I found."))
    return steps


def prog_fix(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    bad, note, good = d.fix
    steps += [do(bad, error=True), say(note), do(good)]
    c, remark = rng.choice(d.docs)
    steps += [do(c), say(remark), say("Done with that part.")]
    return steps


def prog_summaries(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    for c, summary in rng.sample(d.docs, k=rng.randint(3, 4)):
        steps += [do(c), say(summary)]
    return steps


def prog_polling(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    tool, args, states = d.poll
    wait = rng.random() < 0.5
    for i, state in enumerate(states):
        steps.append(call(tool, dict(args), state))
        if i < len(states) - 1:
            if wait:
                steps.append(call("sleep", {"seconds": 45}, "slept 45s"))
            elif rng.random() < 0.6:
                steps.append(say("Not done yet; checking again shortly."))
    steps.append(say("Finished."))
    return steps


def prog_entities(d: Domain, rng: random.Random) -> list[Row]:
    steps = [say("Going through them one at a time.", observation=d.task)]
    talk = rng.random() < 0.6
    for c, note in d.entities:
        steps.append(do(c))
        if talk:
            steps.append(say(note))
    return steps


def prog_drafting(d: Domain, rng: random.Random) -> list[Row]:
    brief = " ".join(summary for _, summary in d.docs)
    return [say("Here is the write-up.", observation=brief), *(say(s) for s in d.sections)]


def prog_refine(d: Domain, rng: random.Random) -> list[Row]:
    steps = start(d, rng)
    for remark, c in d.refine:
        steps += [say(remark), do(c)]
    steps.append(say("That's narrowed down enough."))
    return steps


# ---------------------------------------------------------------------------------------------
# Hand-written hard cases
# ---------------------------------------------------------------------------------------------


def hard_loop_alert_recheck(rng: random.Random) -> list[Row]:
    """Re-checking an alert's status over and over; only an hh:mm 'last updated' changes."""
    steps = [say("Watching SOC-9930 (ransomware canary).", observation="Is SOC-9930 contained?")]
    for i in range(6):
        steps.append(
            say(
                [
                    "Checking SOC-9930.",
                    "Let me look at the alert again.",
                    "Re-checking containment status.",
                ][i % 3]
            )
        )
        steps.append(
            call(
                "get_alert",
                {"alert_id": "SOC-9930"},
                f"SOC-9930 | status: OPEN | containment: pending approval | last "
                f"updated 14:{2 + i:02d} UTC",
            )
        )
    return steps


def hard_loop_same_hint(rng: random.Random) -> list[Row]:
    """A tutor repeats the same hint in new words while the student repeats the same answer."""
    hints = [
        "Remember, the roots have the opposite sign to the numbers in the brackets.",
        "Think about it: if (x - 2) = 0, what does x have to be? The sign flips.",
        "Here's the key idea - the bracket's number changes sign when it becomes a root.",
        "Look again at how a factor turns into a solution: the sign is reversed.",
        "Careful with signs: a root is the opposite of the number inside the bracket.",
    ]
    steps = [say("Let's fix the sign error together.", observation="Priya: is it -2 and -3?")]
    steps.extend(say(h, observation="Priya: so is it -2 and -3?") for h in hints)
    return steps


def hard_loop_add_remove(rng: random.Random) -> list[Row]:
    """Adding and removing the same track to hit 90 minutes, four rounds."""
    steps = [say("Getting the playlist to exactly 90 minutes.", observation=MUSIC.task)]
    for _ in range(4):
        steps += [
            call(
                "add_track",
                {"playlist_id": "pl_sunday", "track_id": "trk_7Journ"},
                "added; 92:18 - over target",
            ),
            say("Too long now; removing it."),
            call(
                "remove_track",
                {"playlist_id": "pl_sunday", "track_id": "trk_7Journ"},
                "removed; 85:40 - under target",
            ),
            say("Now too short; adding it back."),
        ]
    return steps


def hard_loop_heater_cycle(rng: random.Random) -> list[Row]:
    """Setting a temperature the holder never reaches (peltier off): set, read, wait, again."""
    steps = [say("Bringing the holder to 25 C before measuring.", observation=LAB.task)]
    for i in range(4):
        steps += [
            call(
                "set_temperature", {"instrument": "SPEC-2", "celsius": 25}, "setpoint 25.0 accepted"
            ),
            call(
                "read_temperature",
                {"instrument": "SPEC-2"},
                f"holder 21.{4 - (i % 2)} C (peltier: OFF)",
            ),
            say(
                [
                    "Not there yet; setting it again.",
                    "Still cold. Re-applying the setpoint.",
                    "Temperature hasn't moved; trying once more.",
                    "Setting 25 C again.",
                ][i]
            ),
        ]
    return steps


def hard_loop_account_casing(rng: random.Random) -> list[Row]:
    """Creating an account that already exists, changing only the username's spelling."""
    steps = [say("Creating Tomasz's SSO account.", observation=HR.task)]
    for name in ["tnowak", "TNowak", "t.nowak", "tomasz.nowak", "tnowak1"]:
        steps.append(
            call(
                "create_account",
                {"employee_id": "E-20931", "username": name},
                "409 conflict: identity for E-20931 already exists (pending activation)",
                error=True,
            )
        )
        steps.append(say("Conflict - trying a different username."))
    return steps


def hard_loop_regenerate_plan(rng: random.Random) -> list[Row]:
    """Regenerating the meal plan with unchanged constraints: a new random plan each time,
    always rejected for the same reason. A loop whose results change in content."""
    dishes = [
        "pesto pasta",
        "satay tofu",
        "walnut salad",
        "korma",
        "pad thai",
        "praline tart",
        "cashew stir-fry",
        "almond curry",
    ]
    steps = [say("Generating the week's plan.", observation=MEALS.task)]
    for _ in range(5):
        pick = rng.sample(dishes, k=3)
        steps.append(
            call(
                "generate_plan",
                {"diet": "vegetarian", "days": 5, "exclude": "nuts"},
                "Plan: " + ", ".join(pick) + ", + 2 more",
            )
        )
        steps.append(say("That plan has nuts in it again. Regenerating."))
    return steps


def hard_prog_same_status_claims(rng: random.Random) -> list[Row]:
    """Five different claims, each returning the same status line."""
    steps = [
        say(
            "Checking the five claims in the backlog.",
            observation="Which claims wait on documents?",
        )
    ]
    claims = ["CLM-60112", "CLM-60118", "CLM-60127", "CLM-60131", "CLM-60140"]
    status = "status: PENDING DOCUMENTS | awaiting policyholder"
    steps.extend(call("get_claim_status", {"claim_id": cid}, status) for cid in claims)
    steps.append(say("All five are waiting on the policyholder."))
    return steps


def hard_prog_clean_iocs(rng: random.Random) -> list[Row]:
    """Checking six file hashes; every one comes back unknown."""
    steps = [say("Checking the attachment hashes.", observation="Any known-bad files?")]
    unknown = "not found in threat intel; 0 detections"
    steps.extend(call("lookup_hash", {"sha256": hexid(rng, 64)}, unknown) for _ in range(6))
    steps.append(say("None of the six hashes is known."))
    return steps


def hard_prog_welcome_emails(rng: random.Random) -> list[Row]:
    """Templated welcome emails to four new starters."""
    people = [("Tomasz", "tnowak"), ("Aisha", "abello"), ("Jonas", "jkraft"), ("Mei", "mlin")]
    steps = [
        say("Sending welcome emails.", observation="Send the August starters their welcome email.")
    ]
    for first, user in people:
        steps.append(
            call(
                "send_email",
                {
                    "to": f"{user}@example.com",
                    "subject": f"Welcome, {first}!",
                    "body": f"Hi {first}, welcome aboard! Your start date "
                    "is 4 August; your laptop ships next week.",
                },
                f"queued message {uuid.UUID(int=rng.getrandbits(128))}",
            )
        )
    steps.append(say("All four sent."))
    return steps


def hard_prog_calibration_wait(rng: random.Random) -> list[Row]:
    """Waiting for a lamp to warm up: the status repeats while the minutes count."""
    steps = [say("Waiting for the lamp.", observation=LAB.task)]
    for minute in (2, 5, 8, 11, 14):
        steps.append(
            call(
                "get_instrument",
                {"instrument": "SPEC-2"},
                f"status WARMING UP | lamp on for {minute} min (15 needed)",
            )
        )
        steps.append(call("wait", {"seconds": 180}, "waited 180 s"))
    steps.append(call("get_instrument", {"instrument": "SPEC-2"}, "status READY"))
    steps.append(say("Lamp ready; starting the run."))
    return steps


def hard_prog_student_attempts(rng: random.Random) -> list[Row]:
    """A student tries again after each hint; the tutor's feedback is similar, the answers
    change and converge."""
    turns = [
        ("Priya: (x+2)(x+3)?", "Close - check the signs: what do -2 and -3 add up to?"),
        ("Priya: (x-2)(x+3)?", "Better - one sign is right now. What do -2 and +3 add to?"),
        ("Priya: (x-2)(x-3)!", "Yes! Now what values of x make each bracket zero?"),
        ("Priya: x = 2 and x = 3", "Exactly right. Try substituting to check."),
    ]
    steps = [say("Let's work through Q3.", observation="Priya: I got -2 and -3")]
    steps.extend(say(feedback, observation=answer) for answer, feedback in turns)
    return steps


def hard_prog_listing_updates(rng: random.Random) -> list[Row]:
    """Paging a price-change feed whose rows differ mainly in date and time."""
    steps = [say("Reading today's price changes.", observation=REALESTATE.task)]
    for p in range(1, 5):
        rows = "\n".join(
            f"2025-07-0{p} {9 + k}:{rng.randint(10, 59)} LTH-20{rng.randint(100, 999)} "
            f"reduced to GBP 1,{rng.randint(200, 349)}"
            for k in range(5)
        )
        steps.append(call("price_changes", {"area": "Leith", "page": p}, rows))
    steps.append(say("Three newly affordable flats in the feed."))
    return steps


HARD_LOOPS: list[tuple[str, str, Callable[[random.Random], list[Row]]]] = [
    ("alert_rechecking_clock", SECURITY.name, hard_loop_alert_recheck),
    ("same_hint_same_answer", TUTORING.name, hard_loop_same_hint),
    ("add_remove_track", MUSIC.name, hard_loop_add_remove),
    ("setpoint_never_reached", LAB.name, hard_loop_heater_cycle),
    ("account_exists_rename", HR.name, hard_loop_account_casing),
    ("regenerate_changing_results", MEALS.name, hard_loop_regenerate_plan),
]
HARD_PROGRESS: list[tuple[str, str, Callable[[random.Random], list[Row]]]] = [
    ("same_status_different_claims", INSURANCE.name, hard_prog_same_status_claims),
    ("unknown_hashes", SECURITY.name, hard_prog_clean_iocs),
    ("templated_welcome_emails", HR.name, hard_prog_welcome_emails),
    ("warmup_wait_same_status", LAB.name, hard_prog_calibration_wait),
    ("student_converging", TUTORING.name, hard_prog_student_attempts),
    ("timestamped_feed_pages", REALESTATE.name, hard_prog_listing_updates),
]

LOOPS: list[tuple[str, Callable[[Domain, random.Random], list[Row]], int]] = [
    ("exact_repeat_volatile", loop_exact, 10),
    ("paraphrased_repeat", loop_paraphrased, 10),
    ("ab_oscillation", loop_ab, 8),
    ("cycle_of_three", loop_cycle3, 6),
    ("repeated_failing_call", loop_failing, 8),
    ("reworded_failing_call", loop_reworded_failing, 6),
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
                "id": f"test-{label}-{category}-{i:03d}",
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
