"""Loop detection over an agent session's steps: structural and semantic detectors.

Pure logic: no tasks, no sockets, no clock reads. The governor feeds every finished LLM call and
tool call of a session into that session's :class:`LoopTracker` as a :class:`Step`; the tracker
runs the detectors over its recent history and answers with a :class:`LoopResult` whose
``escalation_level`` is ``"none"``, ``"warn"`` or ``"act"`` (the governor maps it to a
``Decision``).

Detectors and what they catch (names as in :attr:`LoopFinding.detector`):

``action_observation``
    The same tool call (name and arguments) returned the same observation N times in a row
    (default 4); or N - 1 times when between each two calls the agent said something (it
    reports the stalled status) with nothing new said to it and nothing that lets time pass
    (a wait tool, a shell tool whose command starts with ``sleep 30``, or "waiting 60 seconds
    before the next check"): polling paces its checks. Or N times apart, among the last
    ``_APART_CALLS`` calls, with other calls between them (one check gone back to between
    every other lookup), unless a wait lies among them or another call made twice among them
    got another result: the world moves, and the agent follows it.
``action_error``
    The same tool call failed N times in a row (default 3), whatever the error text; or
    apart, among the last ``_APART_CALLS`` calls, with waits or other work between the tries
    ("sleep 5s", "sleep 10s"; "I'll come back to it.") and the same error each time: a lock,
    a denial or a missing permission does not pass with time or other work, so backing off
    or coming back to it changes nothing. Such a finding is confirmed on its own step when
    the agent said in between that it goes again ("Retrying the publish.").
``monologue``
    N consecutive LLM responses with no tool call between them are identical (default 3).
``alternation``
    The last N tool calls (default 6) alternate between two calls A-B-A-B with A's and B's
    observations repeating too; or the last N LLM responses alternate between two texts.
``repeated_tool_call``
    The same tool call appears at least N times (default 5) among the last W tool calls
    (default 10) while its observations mostly repeat (polling whose result changes each time
    is progress, not a loop; so is waiting between checks whose result has moved).
``cycle``
    The last tool calls repeat a short cycle of period 2 or 3 (A-B-A-B, A-B-C-A-B-C) for R
    rounds (default 2) with each call's observation repeating too. It reports from the second
    round, so a third round confirms it (``alternation`` waits for three rounds).
    Also ("nothing new"), in any order: three tool calls in a row, not all one call, each
    of which repeats a call the agent had made before and brings back nothing that earlier
    results had not said (no content word new to the kept results: a revision counter or
    a stamp is no word), with nothing new said to the agent and no wait among them: its
    actions change nothing and nothing reaches it (write, read, write the same value
    again). A changed value the agent then reads out is data, not such a repeat.
``reworded_repeat``
    The same tool, called N times in a row (default 3) with differently spelled arguments,
    returned the same observation (or failed with the same error) every time -- unless the
    calls ask about different entities (see :func:`differ_in_entity`): five drug names that
    each find "0 studies" are five answers, not a loop. Nor are successful calls to a tool
    that changes something (not a read), each setting a parameter the others do not
    (``update(cert=...)``, ``update(entity_id=...)``, ``update(sso_url=...)``, each answered
    "connection updated"): an acknowledgement of another setting is no repeat. Also one fact
    found again through other tools or wording: three calls in a row whose responses each
    restate one figure from the result ("$52,940" / "52,940" / "three" alike, or "the
    workbook agrees") and say nothing else new, or four calls whose short results each hold
    that figure and nothing new, the agent saying it once more. Pages read on through a
    cursor the last result gave, a batch whose results name each record, and a status that
    moves are progress.
``flip_flop``
    The agent went back to a setting it had already tried (the same call to a tool, after a
    call to it with other arguments), while a check it ran before and after the change kept
    returning the same result: it flips between options that make no difference. Reported at
    the call that goes back and at the unchanged check after it. With no check, the setter's
    own answer is the evidence: it answered every value alike ("refused: locked") and nothing
    else brought a result not seen before. Also ("made again"): a call that changes something
    made again with the same arguments after another tool undid it by the handle its result
    had named (a slot held, released by its ref and held again; a task handed over, taken back
    and handed over again), with nothing else changed, nothing failed and nothing new said to
    the agent between. Reported at each call that makes it again, so a second round confirms.
``idle_talk``
    Three short responses in a row (at most ``semantic_monologue_words`` words each) with no
    tool call among them and nothing new said to the agent in between (empty input, "ok",
    "any news?", "👍", a harness's "no new input": :func:`is_acknowledgement`; or the very
    input the response before got, as the live agent reports a prompt sent again), the last
    of which mostly reuses the content words (crudely stemmed) of the others: the agent keeps
    saying what it will do, or that nothing has changed, and does nothing. No embedding
    needed, so rewordings that the model scores low still count; a report written section by
    section brings new words, and a label every response starts with ("Status: ...") is not
    counted as a word said again.
    Also, whatever their length ("said before"): three responses in a row, not all the same
    text, with no tool call among them and nothing new said to the agent, each of which
    says little the agent had not said already (at most half of its content words are new
    to the responses kept before it). What makes a loop is that nothing new reaches the agent
    and nothing it does changes anything; when it also says nothing new, the surface form
    does not matter: a conclusion restated, a draft regenerated, a plan or a promise
    rewritten, an apology repeated. A report written section by section, or a draft revised
    on each new request, says something new each time.
    Neither reports on a decision: a response that is the first since the agent's last tool
    call to announce an action (:func:`announces_action`; an earlier response counts as one
    when a later clause of it announces, "... - doing it now.", or it names what is next),
    and does not say it goes again ("Resuming is cheaper" announces nothing: a gerund that
    is a sentence's subject). Weighing options ("Rapid Plumb today." / "Northern Heat tomorrow,
    cheaper." / "Booking Rapid Plumb.") or asking first ("Shall I correct the DOI?" / "Yes."
    / "Correcting the DOI.") ends in the action it was about; a promise made again, or a
    question asked again after each answer, is still reported one response later.
    Also ("asks again"): three short questions in a row, not all the same text, with no tool
    call among them and nothing said to the agent but consent ("Yes.", "Yes, submit.": an
    answer that agrees and says no word not said before): told to go ahead, the agent asks
    something else instead of acting.
    Also ("deferred"): three responses in a row each naming the same next step ("Next I'll
    submit the entry." / "Then the plan is: enter Moss Valley."), with only tool calls between
    them that do not carry it out (no tool, by its name or its arguments' names, that the
    plans name), no wait, no call whose result moved and nothing new said to the agent: it
    keeps putting the step off for other checks. A plan worked through step by step, or
    "next page" read page by page, carries each step out.
``regenerate``
    The same successful call (name and arguments) made three times in a row, each result
    different, with only the agent's responses in between and nothing new said to it: it
    rejects every output and asks for another without changing anything it controls. A call
    whose name says it reads state ("get_job", "order_status") must also be asked for again
    in words ("Regenerating.", "Again...", "One more go."): its result may change by itself.
    A response that checks on a job again ("checking again shortly") is polling, whose
    results are meant to change. Nor is a call read on through a server-side cursor: each
    result lists records (JSON objects in an array) that no earlier one listed, and a number
    under one label goes up by one from call to call (the page).
``unmet_request``
    New input asked for something, later input rejected what came back and asked for some of
    the same things again ("It must give the pickup code." ... "Still no pickup code."), and
    none of the three or more responses since the first request, with no tool call among them,
    said any of those things: the agent keeps producing without taking up what it is told is
    missing. Both requests are short and neither is a question.
``semantic_responses`` / ``semantic_tool_calls``
    The last N responses (or tool calls) are pairwise -- or consecutively -- above a cosine
    similarity threshold over normalised sentence embeddings, *and* what the agent saw over the
    same steps (tool results, new input) brought little new: paging, corrected retries and
    summaries of different documents look alike but keep bringing new content. Tool calls
    that each ask about a different entity (:func:`differ_in_entity`) are not compared as
    repeats even when their results are the same; nor is one call whose result changed in a
    number or word the agent then reported ("7 units left", "Status triaged."): that value is
    data, not per-call noise; nor are alike responses the last of which passes on a word or
    value that the results just before it brought. New input that only lets the agent go on
    ("ok", "continue": :func:`is_acknowledgement`) is nothing new, nor is input that only says
    the last answer missed ("Still wrong. I asked for the score.", "You're repeating
    yourself.") and names no number or code not seen before; alike responses each after such
    input act at once (the person's words confirm them). Short responses with no
    tool call among them need less similarity, and short announcements of an action never
    taken ("Let me book the viewings." / "Time to set up the appointments.":
    :func:`announces_action`) less still.

Input novelty: an ``llm`` step may carry the embedding of its new input (:func:`input_text`,
``Step.input_embedding``, embedded with the step's own text in the embedder's worker thread).
New input at least ``LoopConfig.input_restatement_threshold`` alike to one of the last
``_RESTATED_INPUTS`` inputs restates it ("still no ETA in there." / "I asked for an ETA. add
it.", "Base rent only." / "Base rent only, as I said.") unless it asks for something else: a
number the earlier lacks, or one or two content words swapped in the same sentence ("what
about Q4?" after "what about Q3?"; :func:`_other_request`). Restated input is nothing new said
for ``idle_talk`` (though not a ping that makes it report a stall), ``regenerate``,
``action_observation``'s stalled status and the semantic detector's novelty; and a window of
short responses each answering restated input is compared at
``semantic_restated_threshold``. Without input embeddings (semantic detector off, model
loading) every detector judges input by its words, as before.

Comparisons go through :func:`normalize_text` and :func:`canonical_args`, which ignore what
does not matter (whitespace, case, ids, timestamps).

The default policy (:class:`EscalationPolicy`) warns on the first finding and acts only when a
second finding confirms it within a few steps, because a false trip on legitimate work is the
failure users fear most. A structural detector and the embedding detector agreeing on the
same step, each on its own evidence, are such a confirmation; when only one of the two kinds
found something, the other is asked again at a lower bar (see ``LoopConfig.confirm_by_agreement``).
When the embedding detector found the last tool calls alike, results that bring back nothing
earlier results had not said (no new content word) are the structural side's agreement; so is
an exact repeat one call short of ``action_observation``'s count, unless the call reads
something that moves by itself (a job the agent set going) and its result does not say it
has ended ("FAILED, will not be retried": polled again, it can only answer the same). A
result the repeat detectors read as one seen in the window (the same answer in another
envelope) is nothing new to the embedding detector either.
An ``idle_talk`` finding whose three responses, or an ``unmet_request`` finding whose responses
since the request, each say little that any kept response had not said (the "said before"
measure) confirms itself: the agent's own words add nothing, on top of what the finding saw.
A ``cycle`` (or an ``action_error`` whose failing calls lie apart) is confirmed on its own
step, too, by a second kind of evidence from the agent itself: its words that it goes again, or its redoing a call that changes something (not a
read, not a wait) with the very same arguments and result -- a fix and its revert, a hand-off
bounced back to the same team: it undoes its own work and is back where it was; or its passing
a listing's cursor it had passed before and getting back only records already listed.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import math
import re
import unicodedata
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from ._frozen import fast_init

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from numpy.typing import NDArray

__all__ = [
    "DETECTOR_NAMES",
    "EscalationLevel",
    "EscalationPolicy",
    "LoopConfig",
    "LoopEvidence",
    "LoopFinding",
    "LoopResult",
    "LoopTracker",
    "SemanticLoopDetector",
    "Step",
    "StructuralLoopDetector",
    "announces_action",
    "canonical_args",
    "differ_in_entity",
    "input_text",
    "is_acknowledgement",
    "normalize_text",
    "observation_novelty",
    "semantic_text",
]

EscalationLevel = Literal["none", "warn", "act"]
StepKind = Literal["llm", "tool"]

#: Every detector name a :class:`LoopFinding` may carry, structural first.
DETECTOR_NAMES: tuple[str, ...] = (
    "action_observation",
    "action_error",
    "monologue",
    "alternation",
    "repeated_tool_call",
    "cycle",
    "reworded_repeat",
    "flip_flop",
    "idle_talk",
    "regenerate",
    "unmet_request",
    "semantic_responses",
    "semantic_tool_calls",
)

# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

# Order matters: whole timestamps before bare times and numbers, UUIDs before hex runs.
_MASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})[t ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
            r"(?:z|[+-]\d{2}:?\d{2})?\b"
        ),
        "<ts>",
    ),
    # (A clock time may carry its zone letter: "08:52:58Z" for UTC, "08:52:58L" for local.)
    (re.compile(r"\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?[a-z]?\b"), "<time>"),
    (re.compile(r"\b\d{1,2}:\d{2}\b"), "<time>"),
    (
        re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),
        "<uuid>",
    ),
    (re.compile(r"\b(?:call|toolu|req|run|msg|chatcmpl)_[a-z0-9_-]{6,}\b"), "<id>"),
    # A hex run may carry other hex groups joined by dashes ("e7772f06-d93b", "3181adbc-89ce",
    # "16964160-0fbd-4e4b"): one id, masked whole (a digit and a letter anywhere in it), or
    # its other groups would tell two calls apart.
    (
        re.compile(
            r"\b(?=[0-9a-f-]*\d)(?=[0-9a-f-]*[a-f])(?:[0-9a-f]{4,}-)*[0-9a-f]{8,}"
            r"(?:-[0-9a-f]{4,})*\b"
        ),
        "<hex>",
    ),
    # An epoch stamp may carry its fraction of a second ("1762945215.17").
    (re.compile(r"\b\d{10,}(?:\.\d+)?\b"), "<num>"),
    # Sub-second durations: a call's latency ("[710ms]", "took 0.42 s") is noise, not content;
    (re.compile(r"\b\d+(?:\.\d+)?\s?(?:ms|us|\u03bcs|ns)\b|\b\d+\.\d+\s?s\b"), "<dur>"),
    # so is a field that times the call in such a unit ("rx_ms=344", "\"ms\": 230"; round
    # sixty-nine: the time the call took, "elapsed_ms=857", as a JSON result's is dropped).
    (
        re.compile(
            r"\b(?:(?:rx|tx|rtt|latency|took|elapsed|resp|response|server|query)_?)?(?:ms|us|ns)"
            r"\"?\s*[=:]\s*\d+(?:\.\d+)?\b"
        ),
        "<dur>",
    ),
)
# Character classes of an ASCII text for the masks' prefilter: a digit is "d", a-f "h", and
# "-", ":", "_" stay themselves; anything else is ".". _HEX_RUN then folds "d" and "h" to "x".
_SHAPE = bytes(
    ord("d") if 48 <= c <= 57 else ord("h") if c in b"abcdef" else c if c in b"-:_" else 46
    for c in range(256)
)
_HEX_RUN = bytes.maketrans(b"dh", b"xx")


# What the duration mask needs of an ASCII text, for _may_hold_duration: every digit as "0",
# "m", "u" and "n" as "m", and " ", "." and "s" as themselves; anything else as "x".
_DURATION_SHAPE = bytes(
    ord("0") if 48 <= c <= 57 else ord("m") if c in b"mun" else c if c in b" .s" else ord("x")
    for c in range(256)
)


def _may_hold_duration(text: str) -> bool:
    """Whether an ASCII text (as _DURATION_SHAPE has it) has what the duration mask needs: a
    digit before "ms", "us" or "ns" (a space between allowed), or a decimal and a digit before
    "s". Most texts with a digit and an "s" have neither, and the regex scan costs microseconds."""
    if "0ms" in text or "0 ms" in text:
        return True
    return "0.0" in text and ("0s" in text or "0 s" in text)


# The masks by name, for normalize_text's ASCII path.
(
    (_TS, _TS_MASK),
    (_CLOCK, _CLOCK_MASK),
    (_HHMM, _HHMM_MASK),
    (_UUID, _UUID_MASK),
    (_IDS, _IDS_MASK),
    (_HEXES, _HEX_MASK),
    (_NUM, _NUM_MASK),
    (_DUR, _DUR_MASK),
    (_TIMING, _TIMING_MASK),
) = _MASKS
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")

# Argument keys whose values change on every call without changing what the call does.
_VOLATILE_ARG_KEYS = frozenset(
    {
        "request_id",
        "client_request_id",
        "req",
        "client_token",
        "correlation_id",
        "cache_buster",
        "dedup_key",
        "trace_id",
        "span_id",
        "fetched",
        "fetched_at",
        "retrieved_at",
        "served_at",
        "generated_at",
        "server_time",
        "latency_ms",
        "elapsed_ms",
        "took_ms",
        "call_id",
        "tool_call_id",
        "idempotency_key",
        "nonce",
        "timestamp",
        "ts",
    }
)


# A counter a server stamps on each response: a poll, sequence, scan or run number of four
# digits or more after its label ("poll#1200", "seq=3100", "scan 001780", "run=4400",
# "\"seq\": 88120"). Shorter numbers ("run 3 of 5") may be progress and are kept. A hex id
# after the same label ("req=<hex>") is masked alike: a random request id is all digits one
# time in forty ("req=48677995"), and one field must not read two ways; so is one of ten
# digits or more, masked as a long number before ("req=<num>": "req=0042871193").
_COUNTER = re.compile(
    r"\b(poll|seq|sequence|scan|run|tick|frame|req)\b\"?\s*(?:#|=|:|no\.?)?\s*"
    r"(?:\d{4,}\b|<hex>|<num>)"
)
_COUNTER_MASK = r"\1 <seq>"
_ANY_CASE_COUNTER = re.compile(_COUNTER.pattern, re.IGNORECASE)
_COUNTER_LABELS = ("poll", "seq", "scan", "run", "tick", "frame", "req")
# ... and a count of the calls themselves, of any size, after a "#": "read #3", "attempt #2",
# "call # 14". A number after "#" on its own ("ticket #4521", "position #5") is kept.
_CALL_COUNT = re.compile(
    r"\b(read|call|request|attempt|query|fetch|response|sample|try|hit)\s*#\s*\d+\b"
)
_CALL_COUNT_MASK = r"\1 #<n>"
_ANY_CASE_CALL_COUNT = re.compile(_CALL_COUNT.pattern, re.IGNORECASE)


def normalize_text(text: str, *, counters: bool = False) -> str:
    """Normalise free text (responses, observations) for comparison.

    Applies Unicode NFKC, lower-cases, masks volatile tokens and collapses whitespace. Masked:
    ISO-8601 timestamps, also written day first (``02-11-2026T10:39Z``; ``<ts>``), clock
    times ``hh:mm:ss`` (a UTC ``Z`` after it too) and ``hh:mm`` (``<time>``; a status line
    "checked at 10:43" is the same line a minute later), UUIDs (``<uuid>``),
    provider-style ids such as ``call_…``, ``toolu_…``, ``req_…`` (``<id>``), hex runs of 8 or
    more characters containing a digit and a letter (``<hex>``: request ids, run ids, hashes),
    digit runs of 10 or more, such as epoch timestamps, with any fraction (``<num>``), and
    sub-second durations such as a call's latency (``710ms``, ``0.42 s``, or a field that
    times the call, ``rx_ms=344``: ``<dur>``). Short numbers are kept: ``page 2`` and
    ``page 3`` stay different.

    Args:
        text: Any text.
        counters: Also mask a counter a server stamps on each response, four digits or more
            after a poll, sequence, scan or run label (``poll#1200``, ``seq=3100``:
            ``poll <seq>``), or any number after "#" that counts calls (``read #3``:
            ``read #<n>``); for tool results.

    Returns:
        The normalised text; idempotent (``normalize_text(normalize_text(t)) ==
        normalize_text(t)``).
    """
    # ASCII text is its own NFKC form, and str.isascii() reads a flag: most texts skip the
    # normalisation's scan.
    out = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).lower()
    if out.isascii():
        # Python's regex engine scans a text at tens of ns per character per mask; most texts
        # cannot match most masks. A byte translation (C speed) gives each character's class,
        # and a mask runs only where the text holds what it needs: a timestamp "dddd-dd-dd"
        # and a ":", a time "d:dd" (or "d:dd:dd"), a UUID's "-", an id's "_", a hex run's
        # digit, letter and 8 hex characters in a row, ten digits in a row, a duration's digit
        # and unit. A mask's replacement ("<ts>", ...) brings no digit, "-", ":", "_" or hex
        # run, and no mask matches across one, so these tests on the original text stay exact
        # for every mask after the first.
        #
        # The tests read str, not bytes: ``b"x" in data`` first tries ``b"x"`` as an int and
        # pays for the TypeError, a few times what the search costs.
        raw = out.encode("ascii")
        original = out  # the text as it came, for the tests below (out changes)
        shape_bytes = raw.translate(_SHAPE)
        shape = shape_bytes.decode("ascii")
        digit = "d" in shape
        if not digit and "-" not in shape and "_" not in shape:
            return " ".join(out.split())  # plain words: no mask can match
        colon = ":" in shape
        if digit and colon and ("dddd-dd-dd" in shape or "dd-dd-dddd" in shape):
            out = _TS.sub(_TS_MASK, out)
        if digit and colon and "d:dd" in shape:
            if "d:dd:dd" in shape:
                out = _CLOCK.sub(_CLOCK_MASK, out)
            out = _HHMM.sub(_HHMM_MASK, out)
        if "-" in shape:
            out = _UUID.sub(_UUID_MASK, out)
        if "_" in shape:
            out = _IDS.sub(_IDS_MASK, out)
        if digit and "h" in shape and "xxxxxxxx" in shape_bytes.translate(_HEX_RUN).decode("ascii"):
            out = _HEXES.sub(_HEX_MASK, out)
        if "dddddddddd" in shape:
            out = _NUM.sub(_NUM_MASK, out)
        if digit and _may_hold_duration(raw.translate(_DURATION_SHAPE).decode("ascii")):
            out = _DUR.sub(_DUR_MASK, out)
        if (
            digit
            and ("s=" in original or "s:" in original or 's":' in original)
            and ("ms" in original or "us" in original or "ns" in original)
        ):
            out = _TIMING.sub(_TIMING_MASK, out)
        # Counters need four digits in a row; the regex scans slowly, the labels' test not.
        if (
            counters
            and ("dddd" in shape or "<hex>" in out)
            and any(label in out for label in _COUNTER_LABELS)
        ):
            out = _COUNTER.sub(_COUNTER_MASK, out)
        if counters and digit and "#" in original:
            out = _CALL_COUNT.sub(_CALL_COUNT_MASK, out)
    else:
        for pattern, mask in _MASKS:
            out = pattern.sub(mask, out)
        if counters:
            out = _COUNTER.sub(_COUNTER_MASK, out)
            out = _CALL_COUNT.sub(_CALL_COUNT_MASK, out)
    # Same as collapsing r"\s+" to one space and stripping (both use str.isspace's set).
    return " ".join(out.split())


# Keys of a result that stamp each response without changing what it says: a version tag that
# a server mints per response, the time a reading was taken or served.
_VOLATILE_RESULT_KEYS = _VOLATILE_ARG_KEYS | frozenset({"etag", "sampled_at", "polled_at"})


# Other spellings of a per-call stamp in a result: a request or trace id ("req_id",
# "requestId", "x-request-id", "traceId", a vendor's "X-Amzn-Trace-Id", W3C "traceparent")
# and the call's duration ("dur_ms", "durationMs", "elapsed_s", a bare "took" or "latency").
# A server that renames its envelope from call to call ("latency_ms" / "elapsed_s") says
# the same thing. (Not in arguments: "req_id" there may name the request a call looks up.
# Nor a bare "duration": a record's own length, a meeting's or a track's; see _CALL_TIMING.)
# (A client's own id for the call, "client-request-id", echoed back, is as per-call.)
_VOLATILE_RESULT_KEY = re.compile(
    r"(?:x_?)?(?:[a-z]+_)?(?:req|request|trace|span|correlation)_?(?:id|uuid|ref)"
    r"|trace_?(?:parent|state)"
    r"|(?:dur|duration)_?(?:ms|us|ns)"
    r"|(?:elapsed|took|latency)(?:_?(?:ms|us|ns|s|secs?|seconds))?"
)


@functools.lru_cache(maxsize=4096)
def _result_key_form(key: str) -> str:
    """A result's key as ``_VOLATILE_RESULT_KEYS`` spells it: lower case, no leading
    underscore, and any spelling of a per-call stamp (``_VOLATILE_RESULT_KEY``) as
    "request_id"."""
    # ("@timestamp", "@version": a log shipper's "@" marks its own fields, as "_" does.)
    form = key.lower().lstrip("_@")
    spelled = form.replace("-", "_")
    return "request_id" if _VOLATILE_RESULT_KEY.fullmatch(spelled) else form


# A result's field that counts the seconds since something last happened ("heartbeat_age_s",
# "age_ms", "seconds_since_update"): it grows with the clock between two reads of the same
# state, as a timestamp does, and says no more than the time it was read. (An age in hours or
# days, "age_h": 40, is a record's, and kept.)
_CLOCK_AGE = re.compile(r"(?:.*_)?age_?(?:s|secs?|seconds|ms)|(?:secs?|seconds|ms)_since_.*")
_AGE_MASK = "<age>"


# A value that only times the call: seconds with a fraction, alone ("0.865s") or as an
# ISO-8601 duration ("PT0.865S"), as a server reports how long it took; normalize_text masks
# the same figure in free text. A record's own length is not written to the millisecond in
# bare seconds ("PT30M", "PT1H15M", "45s" are kept).
_CALL_TIMING = re.compile(r"(?:pt)?\d{1,3}\.\d+\s?s", re.IGNORECASE)


def _call_timing(value: str) -> bool:
    """Whether a result's text value is only a call's timing (``_CALL_TIMING``)."""
    return 3 < len(value) < 16 and value[-1] in "sS" and _CALL_TIMING.fullmatch(value) is not None


# A result's opaque cursor to the next page ("next_page_token": "99bf2f1==", "cursor",
# "continuation_token"): a server may mint a new one each time it serves the same page, and
# the page itself (its items) says whether the agent moved. A page number (2) is kept.
_CURSOR_KEY = re.compile(
    r"(?:next|continuation)(?:_?page)?(?:_?(?:token|cursor|marker))?"
    r"|page_?(?:token|cursor|marker)|(?:next_?)?(?:page_?)?cursor"
)
_CURSOR_MASK = "<cursor>"


# The same cursor in a result of text: a field "next_cursor=Xb7..", a line "page_token: Xb7..",
# an element "<next_cursor>Xb7..</next_cursor>" (its key then checked by :func:`_cursor`).
# (Round sixty-seven: or its value quoted, as logfmt writes one: 'cursor="c_9e20ad"'.)
_TEXT_CURSOR = re.compile(
    r"(?<![\w-])([\w-]{0,24}?(?:cursor|token|continuation|after)[\w-]{0,12})"
    r"(\s*[=:]\s*\"?|>)([^\s<>\"',;&]{6,})",
    re.IGNORECASE,
)


def _text_cursor_masked(found: re.Match[str]) -> str:
    """A text result's field (``_TEXT_CURSOR``) with its value masked when it is an opaque
    cursor to the next page (:func:`_cursor`), as a JSON result's is; any other as it is."""
    key, value = found.group(1), found.group(3)
    if _cursor(_result_key_form(key), value):
        return f"{key}{found.group(2)}{_CURSOR_MASK}"
    return found.group(0)


def _cursor(form: str, value: str) -> bool:
    """Whether a result's field (key as :func:`_result_key_form` spells it) is an opaque
    cursor to the next page (``_CURSOR_KEY``): one word of six characters or more, not a
    bare number."""
    return (
        ("next" in form or "cursor" in form or "page" in form or "continuation" in form)
        and _CURSOR_KEY.fullmatch(form.replace("-", "_")) is not None
        and len(value) >= 6  # (a short readable one, "p3", names the page it is)
        and " " not in value
        and not value.isdigit()
    )


# A result's envelope field that names the machine that served it: a key marked as the
# envelope's own ("_server", "_served_by", "@host") or an HTTP header a cache or balancer adds
# ("x-served-by", "x-backend"). A balancer sends the same question to one replica or another,
# and the answer is the same. (Unmarked, "host" or "server" may be the record's own: kept.)
_SERVED_BY = re.compile(
    r"[_@]+(?:served_?by|server|host(?:name)?|node|backend|replica)"
    r"|x[-_](?:served[-_]by|backend(?:[-_]server)?|upstream)"
)


def _served_by(key: str, value: Any) -> bool:
    """Whether a result's field (its key as written) only names the machine that served the
    answer (``_SERVED_BY``)."""
    return isinstance(value, str) and _SERVED_BY.fullmatch(key.lower()) is not None


def _clock_age(form: str) -> bool:
    """Whether a result's key (as :func:`_result_key_form` spells it) is ``_CLOCK_AGE``'s."""
    return ("age" in form or "since" in form) and _CLOCK_AGE.fullmatch(form) is not None


# Argument keys that name a per-call id or the record a call is about, as their value says:
# a request, a call for proposals, a span of a power line or a bridge (a tracer's span id is
# 16 hex digits). And a record's code, in capitals with a digit ("CR-40113", "SPN-61370",
# "DSR-2026-6720"), as no minted id is written ("req_69f88dd85079", a UUID in any case, a hex
# run: hex digits and dashes with a run of eight, "F5B7BB18-8E26", are minted, not a code).
_RECORD_OR_CALL_KEYS = frozenset(("request_id", "req", "call_id", "span_id"))
_RECORD_CODE = re.compile(r"(?=[A-Z\d-]*\d)[A-Z][A-Z\d]{0,9}(?:-[A-Z\d]+)+")
_MINTED_HEX = re.compile(r"(?=[\dA-F-]*[\dA-F]{8})[\dA-F-]+")


def _record_code(value: Any) -> bool:
    """Whether a value is a record's code (``_RECORD_CODE``), not a minted hex id."""
    if not isinstance(value, str):
        return False
    value = value.strip()
    return _RECORD_CODE.fullmatch(value) is not None and _MINTED_HEX.fullmatch(value) is None


def _names_record(key: str, value: Any) -> bool:
    """Whether an argument under a per-call key (``_RECORD_OR_CALL_KEYS``) names a record by
    its code: a capacity request "CR-40113" looked up, not a request id minted per call."""
    return key.lower().lstrip("_") in _RECORD_OR_CALL_KEYS and _record_code(value)


# A result's block that counts the client's quota ("rate_limit": {"remaining": 370,
# "reset_s": 29}, "ratelimit", "quota"): the calls left and the seconds to the reset count down
# with every call, whatever the call is about, as a request id changes with it.
_QUOTA_KEY = re.compile(r"(?:x[_-]?)?(?:rate[_-]?limits?|quotas?)")


def _quota(form: str, value: Mapping[Any, Any]) -> bool:
    """Whether a result's key (its ``_result_key_form``) and value are a quota block
    (``_QUOTA_KEY``): a mapping of numbers only."""
    return (
        bool(value)
        and _QUOTA_KEY.fullmatch(form) is not None
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value.values())
    )


# A result's field that says whether a cache served the answer ("cache": "HIT", "x-cache":
# "MISS", "cache_status": "REVALIDATED"): the same answer served from a cache or afresh.
_CACHE_KEY = re.compile(r"(?:x[_-]?)?cache(?:[_-]?(?:status|state|result))?")
_CACHE_STATE = frozenset(
    ("hit", "miss", "revalidated", "stale", "expired", "bypass", "updating", "refresh_hit")
)


def _cache_state(form: str, value: str) -> bool:
    """Whether a result's key (its ``_result_key_form``) and text value only say whether a
    cache served the answer (``_CACHE_KEY``, ``_CACHE_STATE``)."""
    return value.lower() in _CACHE_STATE and _CACHE_KEY.fullmatch(form) is not None


def _cached_beside(items: Sequence[tuple[Any, Any]]) -> bool:
    """Whether the members of one JSON object (key, value) are an envelope that says a cache
    served the answer (a field of :func:`_cache_state`: "x-cache": "HIT") beside a payload (a
    member that is an object or a list). A bare whole number beside both measures the serving
    (the seconds the cache held the answer, as HTTP's ``Age`` header says), never the answer,
    which lies in the payload; a fresh fetch and a cached one differ in it alone."""
    state = payload = False
    for k, v in items:
        if isinstance(v, (dict, list)):
            payload = True
        elif isinstance(v, str) and _cache_state(_result_key_form(str(k)), v):
            state = True
    return state and payload


def _canonical_value(value: Any, skip: frozenset[str] = _VOLATILE_ARG_KEYS) -> Any:
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda kv: str(kv[0]))
        if skip is _VOLATILE_RESULT_KEYS:
            out: dict[str, Any] = {}
            cached = _cached_beside(items)
            for k, v in items:
                if cached and isinstance(v, int) and not isinstance(v, bool):
                    continue  # the cache's age of its answer (HTTP's Age), beside its state
                form = _result_key_form(str(k))
                if (
                    (form in skip and not (form == "request_id" and _record_code(v)))
                    or (isinstance(v, str) and _call_timing(v))
                    or (str(k)[:1] in "_@xX" and _served_by(str(k), v))
                    or (isinstance(v, dict) and _quota(form, v))
                    or (isinstance(v, str) and _cache_state(form, v))
                ):
                    # (A record's code under a per-call key, "span_id": "SPN-61370", names
                    # the record the answer is about, as it does in the arguments.)
                    continue
                if _clock_age(form) and isinstance(v, (int, float)):
                    out[str(k)] = _AGE_MASK
                elif isinstance(v, str) and _cursor(form, v):
                    out[str(k)] = _CURSOR_MASK
                else:
                    out[str(k)] = _canonical_value(v, skip)
            return out
        return {
            str(k): _canonical_value(v, skip)
            for k, v in items
            # ("_request_id", "__trace_id": a leading underscore marks the same noise.)
            if str(k).lower().lstrip("_") not in skip or _names_record(str(k), v)
        }
    if isinstance(value, (list, tuple)):
        return [_canonical_value(v, skip) for v in value]
    if isinstance(value, str):
        return _WHITESPACE.sub(" ", value).strip()
    return value


# Keys at the top of a JSON result that say when it was served when they hold a whole
# timestamp (a date with its clock time, "2026-05-18T14:42:47Z", "Mon, 23 Mar 2026 12:50:52
# GMT", or an epoch, "1774270311"), not a record's own date ("date": "2026-03-02") or time
# ("time": "10:15"): the same answer stamped "ts" once and "date" the next time.
_SERVED_KEYS = frozenset(("at", "date", "datetime", "time", "served", "as_of", "now"))
_WHOLE_STAMP = re.compile(r"\d{4}.*\d:\d\d|\d:\d\d.*\d{4}|^\d{10}(?:\d{3})?(?:\.\d+)?$")


# A short label on one line before a JSON object ("HTTP 400", "ToolError:", "Error 422 -").
_LABELLED_JSON = re.compile(r"([^\s{}\[\]\"][^{}\[\]\"\n]{0,39}?)\s*(\{.*\})", re.DOTALL)


# (With or without HTTP's version, "HTTP 200", and with the call's duration after it, "HTTP
# 200 (604 ms)": how long the call took, as per-call as its request id.)
# HTTP's name before a status, with or without its version ("HTTP/1.1 ", "HTTP/2 ", "HTTP ").
_HTTP_NAME = r"HTTP(?:/\d(?:\.\d)?)?\s+"
# A status of success, its reason phrase and the call's duration after it ("200 OK", "204",
# "200 (604 ms)"): shared by ``_OK_LABEL`` and ``_HTTP_OK``.
_SUCCESS_STATUS = r"2\d\d(?:\s+[A-Za-z][\w -]*)?\s*(?:\(\s*\d+(?:\.\d+)?\s*m?s\s*\))?"
_OK_LABEL = re.compile(
    rf"\s*(?:{_HTTP_NAME}|status(?:[ _]?code)?\s*[=:]?\s*)?{_SUCCESS_STATUS}\s*:?\s*",
    re.IGNORECASE,
)
# (Round sixty-nine.) An HTTP status line of failure, a client's or a server's error with its
# reason phrase ("HTTP/1.1 403 Forbidden", "HTTP/2 503"), and a header that says when to try
# again (RFC 9110's "Retry-After").
_HTTP_FAILURE = re.compile(rf"\s*{_HTTP_NAME}[45]\d\d(?:\s+[A-Za-z][\w '-]*)?\s*", re.IGNORECASE)
_RETRY_ADVICE = re.compile(r"\s*retry-after\s*:", re.IGNORECASE)


def _served_stamp(key: str, value: Any) -> bool:
    """Whether a top-level field of a result only says when it was served (``_SERVED_KEYS``)."""
    return (
        key.lower() in _SERVED_KEYS
        and isinstance(value, (str, int, float))
        and _WHOLE_STAMP.search(str(value)) is not None
    )


# A result's top-level members that hold what a protocol says about the response, not the
# answer: HTTP's "headers", GraphQL's "extensions" (reserved by the spec for implementors:
# tracing, a query's cost), JSON:API's "meta", AWS's "ResponseMetadata". A number in them
# beside the answer measures the call (its duration, its cost, the calls left in a rate
# limit: "X-VaultAPI-BurstLimitRemaining": "1438"), whatever its key: it changes on every
# call while the answer stays. Their other fields (a status, a stamp, a page link) are read
# as they are, and a number is kept when such members are all the answer holds.
_ENVELOPE_MEMBERS = frozenset(("headers", "extensions", "meta", "responsemetadata"))


def _measure(value: Any) -> bool:
    """Whether an envelope member's value is a bare number (or a string of digits)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, (int, float)) or (
        isinstance(value, str) and 0 < len(value) <= 20 and value.isdigit()
    )


def _without_measures(value: Any) -> Any:
    """An envelope member (``_ENVELOPE_MEMBERS``) without its bare numbers, at any depth."""
    if isinstance(value, dict):
        return {k: _without_measures(v) for k, v in value.items() if not _measure(v)}
    return value


# A stamp known by its shape, wherever the envelope puts it and however it spells its key: a
# host, node or replica name (lower case, words joined by "-" or ".", a number last:
# "api-eu-07", "worker-3", "edge-2.lon"), a revision or version tag with a random hex part
# ("3-9f2c4e", 'W/"5d0a11c9e2"'), and a measure of the call, a number keyed by a unit of
# time or size ("gen_ms", "elapsedMs", "bytes"). The same answer served by another replica,
# at another speed, in another size, is the same answer. A state word ("ok", "queued"), a
# count or a record's code in capitals ("FDH-12") has no such shape, and is kept.
_HOST_NAME = re.compile(r"(?=[a-z\d.-]*[a-z]{2})[a-z][a-z\d]*(?:[-.][a-z\d]+)+")
_HEX_PART = re.compile(r"(?=[a-f]*\d)(?=\d*[a-f])[\da-f]{6,}")
# (Or hex digits in groups, a digit and a letter among them: "36329831-66cb", a trace id
# whose long group happens to hold no letter.)
_HEX_GROUPS = re.compile(r"(?=[\d-]*[a-f])(?=[a-f-]*\d)(?=(?:-?[\da-f]){8})[\da-f]+(?:-[\da-f]+)+")
_MEASURE_UNITS = ("ms", "us", "ns", "bytes")


def _measure_key(key: str) -> bool:
    """Whether a key names a measure of the call by its unit, its last word ("gen_ms",
    "elapsedMs", "_scan_ms", "bytes", "size_bytes")."""
    word = key.lstrip("_@")
    low = word.lower()
    for unit in _MEASURE_UNITS:
        if low == unit:
            return True
        if len(low) > len(unit) and low.endswith(unit):
            before, first = word[-len(unit) - 1], word[-len(unit)]
            if before in "_-." or (before.islower() and first.isupper()):
                return True
    return False


def _stamp_shaped(key: str, value: Any) -> bool:
    """Whether a field in the envelope's place only stamps the response by its value's shape
    (``_HOST_NAME``, ``_HEX_PART``, ``_measure_key``)."""
    if isinstance(value, str):
        if not value or len(value) > 64 or " " in value:
            return False
        if value.islower() and _HOST_NAME.fullmatch(value) is not None:
            # A number last ("api-eu-07"), or a last part of letters and digits that a fleet
            # hands out ("api-2cdb"); a word last ("in-progress", "api-eu") is no host's.
            last = re.split(r"[-.]", value)[-1]
            if value[-1].isdigit() or (len(last) >= 3 and any(c.isdigit() for c in last)):
                return True
        low = value.lower()
        return _HEX_PART.search(low) is not None or _HEX_GROUPS.fullmatch(low) is not None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _measure_key(key)
    return False


# A host's name of the wider shape a fleet gives its nodes: a first word in lower case, then
# parts joined by "-" or ".", one of them holding a digit, wherever it stands ("hist-02.field",
# "bond-A4", "node-3b.eu"). A state word ("in-progress") or a code in capitals ("FDH-12") is
# no such name.
_NODE_NAME = re.compile(r"[a-z]{2,}(?:[-.][A-Za-z\d]+)+")


def _node_named(value: str) -> bool:
    """Whether a string is a node's name (``_NODE_NAME``): a part after the first holds a digit."""
    if _NODE_NAME.fullmatch(value) is None:
        return False
    return any(c.isdigit() for c in value)


def _epoch(value: Any) -> bool:
    """Whether a number is a moment as a count of seconds (or milliseconds) since 1970, within
    this century's span (2001-09 to 2096): a clock reading, not a count of the answer's."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return 1_000_000_000 <= value < 4_000_000_000 or 1e12 <= value < 4e12


# A software's product token, a name and a dotted version joined by "/" ("nginx/1.25.3",
# "gateway-eu/4.7", "Envoy/1.28.0-dev"), as HTTP's "Server" and "Via" headers name what
# served the answer: a fleet on mixed builds answers the same question from one build or
# another. (A dotted version: "rows/3" or "2026/11" is no product's.)
_PRODUCT_TOKEN = re.compile(
    r"[A-Za-z][A-Za-z\d]*(?:[-_.][A-Za-z\d]+)*/v?\d+(?:\.\d+)+(?:[-+][\w.]+)?"
)


def _envelope_stamp(key: str, value: Any) -> bool:
    """Whether a field in the envelope's place stamps the serving, by its class of value: a
    stamp's shape (:func:`_stamp_shaped`), a node's name (:func:`_node_named`), a whole
    timestamp (``_WHOLE_STAMP``: a date with its clock time) or an epoch (:func:`_epoch`), a
    software's product token (``_PRODUCT_TOKEN``), or a request's reference under its own
    name. Only read where the envelope's fields stand: in an envelope member, under a key
    marked as the envelope's own, or at the top beside a payload object, so that a dated
    tally that is the answer keeps its date."""
    if _stamp_shaped(key, value) or _epoch(value):
        return True
    if isinstance(value, str) and 0 < len(value) <= 64:
        return (
            _node_named(value)
            or _cache_directives(value)
            or _WHOLE_STAMP.search(value) is not None
            or _result_key_form(key) in _VOLATILE_RESULT_KEYS
            or ("/" in value and _PRODUCT_TOKEN.fullmatch(value) is not None)
            or ("/" in value and _SERVED_REF.fullmatch(value) is not None)
        )
    return False


# A reference a service mints for each request from its own domain's name and a serial
# ("api.example.net/50492"): the serving's number, as a request id is, when it stands where
# the envelope's fields stand.
_SERVED_REF = re.compile(r"[a-z][a-z\d-]*(?:\.[a-z][a-z\d-]*)+/\d{4,}")


# HTTP's directives of how a response may be cached (RFC 9111's Cache-Control: "private,
# max-age=0", "no-cache", "public, s-maxage=30"): how this serving is to be kept, set per
# response by the cache in front of the service, never the answer. Read only in the
# envelope's place (:func:`_envelope_stamp`, :func:`_stamp_header`).
_CACHE_DIRECTIVE = re.compile(
    r"(?:public|private|no-cache|no-store|no-transform|must-revalidate|proxy-revalidate|"
    r"must-understand|immutable|(?:max-age|s-maxage|stale-while-revalidate|stale-if-error)"
    r"=\d+)",
    re.IGNORECASE,
)


def _cache_directives(value: str) -> bool:
    """Whether a string is only cache directives (``_CACHE_DIRECTIVE``), comma-separated."""
    return all(_CACHE_DIRECTIVE.fullmatch(part.strip()) for part in value.split(","))


def _stamp_header(field: str) -> bool:
    """Whether an HTTP header ("name: value") only stamps the response: a whole timestamp
    (``_WHOLE_STAMP``: when it was served), a value of a stamp's shape (:func:`_stamp_shaped`),
    or a bare number, which measures the call as it does in a JSON result's "headers" member
    (:func:`_measure`: a size, a duration, the calls left in a rate limit), or the proxies
    the response passed through (HTTP's ``Via``: "1.1 gw-c", the route it was served by,
    as a balancer's node is), or (round sixty-seven) a header that names the machine that
    served (``_SERVING_KEY``: "Server: api-1a") whose value is a node's name
    (:func:`_node_named`), however short its number ("1a")."""
    name, colon, value = field.partition(":")
    value = value.strip().strip('"')
    if not colon or not value:
        return False
    return (
        _measure(value)
        or _WHOLE_STAMP.search(value) is not None
        or _cache_directives(value)
        or _stamp_shaped(name.strip(), value)
        or ("cache" in name.lower() and _CACHE_VERDICT.fullmatch(value) is not None)
        or name.strip().lower() == "via"
        or (_SERVING_KEY.fullmatch(name.strip().lower()) is not None and _node_named(value))
        or ("dur=" in value and _SERVER_TIMING.fullmatch(value) is not None)
    )


# (Round sixty-nine.) W3C's Server-Timing, a server's own timing of this serving: metrics,
# each a name with its duration and perhaps a description ("app;dur=627", "db;dur=53,
# cache;desc=\"Cache Read\";dur=23.2"). How long the call took, as a latency is, whatever
# header carries it; a value without a duration, or with other parameters, is kept.
_SERVER_TIMING = re.compile(
    r"[\w.-]+(?:\s*;\s*(?:dur=\d+(?:\.\d+)?|desc=\"?[^;,\"]*\"?))+"
    r"(?:\s*,\s*[\w.-]+(?:\s*;\s*(?:dur=\d+(?:\.\d+)?|desc=\"?[^;,\"]*\"?))+)*"
)


# A cache's verdict on the response it passed on ("X-Cache: HIT", "CF-Cache-Status:
# REVALIDATED", "X-Cache: MISS from edge-3"): whether this serving came from the cache or the
# origin, read only under a header that names a cache. The same answer fetched fresh or
# served from the cache is the same answer.
_CACHE_VERDICT = re.compile(
    r"(?:tcp_)?(?:hit|miss|revalidated|stale|expired|bypass|updating|dynamic|refresh_hit)"
    r"(?:\s+from\s+[\w.-]+)?",
    re.IGNORECASE,
)


def _marked(key: str) -> bool:
    """Whether a key is marked as the envelope's own by a leading "_" or "@"."""
    return key[:1] in "_@"


def _without_stamps(value: Any, envelope: bool) -> Any:
    """A parsed result without stamp-shaped fields (:func:`_stamp_shaped`) in the envelope's
    place: any field whose key is marked as the envelope's own, and, with ``envelope``, any
    field at all (a member of an envelope)."""
    if isinstance(value, dict):
        return {
            k: _without_stamps(v, envelope)
            for k, v in value.items()
            if not (
                ((envelope or _marked(str(k))) and _envelope_stamp(str(k), v))
                or (envelope and isinstance(v, str) and _SERVING_KEY.fullmatch(str(k).lower()))
            )
        }
    if isinstance(value, list):
        return [_without_stamps(v, envelope) for v in value]
    return value


def _stamps_only(value: Any) -> bool:
    """Whether an object holds nothing but stamps: each of its fields a value of a stamp's
    shape (:func:`_stamp_shaped`: a host's name, a hex id), a whole timestamp
    (``_WHOLE_STAMP``) or a bare number (:func:`_measure`: a duration, the calls left in a
    rate limit, a lock's version), and at least one a stamp's shape (a timestamp alone
    may date a count of the answer's). Such an object beside a payload is the envelope's,
    whatever its key ("responseInfo", "header", "trace"): a number beside a trace id or a
    server's name measures the serving."""
    if not isinstance(value, dict) or not value:
        return False
    stamped = False
    for k, v in value.items():
        if isinstance(v, str) and (
            _stamp_shaped(str(k), v) or _result_key_form(str(k)) in _VOLATILE_RESULT_KEYS
        ):
            # (A request id under its own name is a stamp whatever its digits: one of them
            # all digits, "535091702447", must not keep one answer's envelope of five.)
            stamped = True
        elif not (_measure(v) or (isinstance(v, str) and _WHOLE_STAMP.search(v))):
            return False
    return stamped


def _envelope_stamps_dropped(value: dict[Any, Any], marks: bool) -> dict[Any, Any]:
    """A JSON object result without the stamps of its envelope (:func:`_stamp_shaped`): those
    in an envelope member (``_ENVELOPE_MEMBERS``), those under a key marked as the envelope's
    own (at any depth, only looked for when ``marks``), and the scalars at the top beside a
    payload (another member that is an object): the answer is the payload; what the server
    wrote beside it describes the serving."""
    stamps = [
        k
        for k, v in value.items()
        if isinstance(v, dict)
        and str(k).lower().lstrip("_@") not in _ENVELOPE_MEMBERS
        and _stamps_only(v)
    ]
    if stamps and len(stamps) == sum(
        isinstance(v, dict) and str(k).lower().lstrip("_@") not in _ENVELOPE_MEMBERS
        for k, v in value.items()
    ):
        # Every object is of stamps' shape: none has a payload beside it, so they are the
        # payload (a reading of figures and a row's name, "row-19", is the answer), and the
        # scalars beside them are read as beside any payload.
        stamps = []
    beside = any(
        isinstance(v, dict)
        and str(k).lower().lstrip("_@") not in _ENVELOPE_MEMBERS
        and k not in stamps
        for k, v in value.items()
    )
    out: dict[Any, Any] = {}
    for k, v in value.items():
        if beside and k in stamps:
            continue  # an object of stamps beside the payload (:func:`_stamps_only`)
        member = str(k).lower().lstrip("_@") in _ENVELOPE_MEMBERS
        if isinstance(v, (dict, list)):
            out[k] = (
                _without_stamps(v, True) if member else (_without_stamps(v, False) if marks else v)
            )
        elif not ((beside or _marked(str(k))) and _envelope_stamp(str(k), v)):
            out[k] = v
    return out


# A JSON-RPC response (2.0: "jsonrpc": "2.0" with "result" or "error"; 1.0: only "id",
# "result" and "error"): its "id" is the request's own, minted by the client per call and
# echoed back by the spec, never part of the answer (a counter, a UUID, a string). The same
# answer to a new request id is the same answer. (A record's "id" inside "result" is kept.)
def _jsonrpc_response(value: dict[Any, Any]) -> bool:
    """Whether a parsed JSON object is a JSON-RPC response envelope with a request id."""
    if "id" not in value or isinstance(value["id"], (dict, list)):
        return False
    version = value.get("jsonrpc")
    if isinstance(version, str):
        return "result" in value or "error" in value
    # (1.0's form exactly: a job's record with its own "id", "result" and "error" and more
    # fields, "state", is a record, and keeps its id.)
    return len(value) == 3 and "result" in value and "error" in value


# A "key=value" field of a comment line above a result.
_COMMENT_FIELD = re.compile(r"(?<![\w-])([A-Za-z_][\w-]{0,31})=(\S+)")


# A release number of three or more dotted parts ("4.2.7", "10.0.19045"): the build of the
# program or server that answered, as a banner prints it, which a fleet behind one name may
# vary call by call; no figure of the work.
_DOTTED_RELEASE = re.compile(r"(?<![\d.])\d{1,5}(?:\.\d{1,6}){2,3}(?![\d.])")

# A comment line of only "key=value" fields, a report's note on its serving.
_COMMENT_NOTE = re.compile(r"^#[ \t]*(?:[A-Za-z_][\w-]{0,31}=\S+[ \t]*)+$", re.MULTILINE)


# A report's last line: a comment holding a clock time ("# generated 2026-04-02T07:00:13Z by
# queue-5 job=wq7Tn2Lp"), the note of when and where it was made.
_GENERATED_FOOTER = re.compile(r"\n#[^\n]*\d:\d\d[^\n]*\Z")
# A run's id in such a note: six or more letters and digits, mixed ("wq7Tn2Lp", "7f3a9c01"),
# or of both cases past the first ("hRtKmWqa").
_RUN_ID = re.compile(
    r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{6,40}|(?=.[a-z]*[A-Z])(?=.[A-Z]*[a-z])[A-Za-z]{6,40}"
)


def _footer_masked(foot: str) -> str:
    """A generation note (``_GENERATED_FOOTER``) with the nodes it names and the run ids of
    its fields masked (:func:`_node_named`, ``_RUN_ID``), and its other fields read as a
    comment's (:func:`_comment_stamp`); its words otherwise kept."""
    words = []
    for word in foot.split():
        key, eq, value = word.partition("=")
        if eq and key and _RUN_ID.fullmatch(value):
            word = f"{key}=<run>"
        elif eq:
            word = _COMMENT_FIELD.sub(_comment_stamp, word)
        elif _node_named(word):
            word = "<host>"
        words.append(word)
    return " ".join(words)


def _comment_stamp(found: re.Match[str]) -> str:
    """A comment line's field with its value masked when the value names a node or has a
    stamp's shape (:func:`_node_named`, :func:`_stamp_shaped`); any other field as it is."""
    key, value = found.group(1), found.group(2)
    if _node_named(value) or _stamp_shaped(key, value):
        return f"{key}=<host>"
    if _SERVING_KEY.fullmatch(key.lower()) is not None:
        # A field that names the serving machine ("shard=11", "node=4"): which one answered,
        # whatever its value's shape, in a note on the serving.
        return f"{key}=<host>"
    if value.isdigit() and _measure_key(key):
        # A measure of the call by its unit ("elapsed_ms=339"): how long this serving took,
        # as in a JSON result's envelope (:func:`_stamp_shaped`).
        return f"{key}=<n>"
    if value[-1:] == "s" and _COMMENT_SECONDS.fullmatch(value) is not None:
        # A count of seconds in the note on the serving ("cache=156s", "age=12s"): how old
        # the answer was, or how long it took, when served; the clock's, not the answer's.
        return f"{key}=<dur>"
    return found.group(0)


_COMMENT_SECONDS = re.compile(r"\d+(?:\.\d+)?(?:ms|us|s)")


# An XML result of one root element whose content is child elements, with attributes on
# its opening tag: "<response seq=\"3\" txn=\"T9150\" stamp=\"1776600033\"><id>...</id>...".
_XML_ROOT = re.compile(
    r"<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+=\"[^\"<>]*\")+)\s*>(\s*<.*)</\1>", re.DOTALL
)
_XML_ATTRIBUTE = re.compile(r"([\w:.-]+)=\"([^\"<>]*)\"")
# A token minted per call: a short prefix of letters then six digits or more ("T915009664").
_MINTED_TOKEN = re.compile(r"[A-Za-z]{1,3}\d{6,}")


def _xml_envelope_dropped(text: str) -> str | None:
    """An XML result without the stamps on its root element: the root's attributes stand
    beside the payload (its child elements) as a JSON envelope's scalars do, and describe the
    message, not the answer. Those that stamp the serving are dropped: a stamp by class
    (:func:`_envelope_stamp`: an epoch, a hex id, a timestamp), a token minted per call
    (``_MINTED_TOKEN``), and beside them a bare number (the message's sequence number).
    Others ("status", a cursor) are kept. None for any other text."""
    found = _XML_ROOT.fullmatch(text)
    if found is None:
        return None
    attributes = _XML_ATTRIBUTE.findall(found.group(2))
    stamps = {
        name
        for name, value in attributes
        if _MINTED_TOKEN.fullmatch(value) is not None
        or _envelope_stamp(name, int(value) if value.isdigit() and len(value) < 19 else value)
    }
    if stamps:
        # Beside another stamp, an attribute that names the machine that served the message
        # (``_SERVING_KEY``: node="gw-c") is the serving's, whatever its value's shape.
        stamps |= {name for name, _ in attributes if _SERVING_KEY.fullmatch(name.lower())}
    # A bare number is the message's sequence number only beside another stamp: alone on the
    # root ('<rows next="1244">') it may be a cursor, and is kept.
    kept = [
        f' {name}="{value}"'
        for name, value in attributes
        if name not in stamps and not (stamps and value.isdigit())
    ]
    tag = found.group(1)
    return f"<{tag}{''.join(kept)}>{found.group(3)}</{tag}>"


# An XML result's child element that holds only leaf elements ("<Header><TxnId>A7C9BD6C</TxnId>
# <Timestamp>...</Timestamp><Node>reg-05</Node></Header>"), first or last under the root.
_XML_ROOT_CONTENT = re.compile(r"<([A-Za-z][\w:.-]*)(\s[^<>]*)?>(.*)</\1>", re.DOTALL)
_XML_LEAVES = r"<([A-Za-z][\w:.-]*)>((?:\s*<([A-Za-z][\w:.-]*)>[^<]*</\3>)+)\s*</\1>"
_XML_LEAVES_FIRST = re.compile(r"\s*" + _XML_LEAVES)
_XML_LEAVES_LAST = re.compile(_XML_LEAVES + r"\s*\Z")
_XML_LEAF = re.compile(r"<([A-Za-z][\w:.-]*)>([^<]*)</\1>")


def _xml_stamp_group_dropped(text: str) -> str | None:
    """An XML result without a child of its root that holds only stamps: a message's header
    (a SOAP-style envelope's, beside its body) whose leaf elements are each a stamp by class
    (:func:`_stamps_only`: a minted id, a timestamp, the node that served), with a payload of
    other elements beside it. The same body under a new transaction id, at a new time, from
    another node, is the same answer, as a JSON envelope's object of stamps beside its
    payload is dropped (:func:`_envelope_stamps_dropped`). Only the root's first or last
    child is read (where a protocol puts its header), never a record inside the payload.
    None when there is no such child."""
    root = _XML_ROOT_CONTENT.fullmatch(text)
    if root is None:
        return None
    content = root.group(3)
    for pattern in (_XML_LEAVES_FIRST, _XML_LEAVES_LAST):
        group = pattern.match(content) if pattern is _XML_LEAVES_FIRST else pattern.search(content)
        if group is None:
            continue
        leaves = {
            name: int(value) if value.isdigit() and len(value) < 19 else value.strip()
            for name, value in _XML_LEAF.findall(group.group(2))
        }
        rest = content[: group.start()] + content[group.end() :]
        if _stamps_only(leaves) and _XML_LEAF.search(rest) is not None:
            return text[: root.start(3)] + rest + text[root.end(3) :]
    return None


# A log line's header in syslog's form: a time, then perhaps a host or a level, then the
# program's name with the id of the process that wrote it ("2026-11-24T13:25:41Z INFO
# app[20700]: ...", "Nov 24 13:25:41 host app[311]: ..."), or with the message's fields in
# logfmt straight after the tag, no colon, perhaps after the event's one word ("... INFO
# app[4410] trace=.. id=.. state=open", "... INFO app[4410] item id=..").
_SYSLOG_PID = re.compile(
    r"^([^\n\[\]]{0,60}?\d:\d\d[^\n\[\]]{0,50}?\s[A-Za-z][\w./-]{0,31})\[\d{1,7}\]"
    r"(?=:\s|\s(?:[A-Za-z]\w{0,31}\s)?[A-Za-z_][\w.-]{0,31}=)",
    re.M,
)


# A log line's bracketed tag of an instance, a name and its number ("[tanlink-3]", "[pool-2]",
# "[edge-gw-2]"), between the line's level (padded to a column or not: "INFO  [pool-2]") and the
# request's own stamp ("req=..", "trace_id=..", or the call's sequence number, "seq=.."): which
# worker of a pool served the call, as a syslog pid is. Elsewhere such a tag may name the record.
# (Round sixty-seven: or the instance's short name of letters and digits, "[api-1a]",
# "[svc-b3]", as a fleet names its machines, a digit in it.)
_LOG_WORKER = re.compile(
    r"(?<=[A-Z] ) {0,3}\[[A-Za-z][\w.-]{0,31}-(?=[a-z\d]{0,3}\d)[a-z\d]{1,4}\]"
    r"(?=\s+(?:req|request|rid|trace|txn|seq)\w*[=:])"
)


def _log_worker_masked(text: str) -> str:
    """``text`` with ``_LOG_WORKER``'s tags masked, and each tag so found masked on every
    other line that carries it too ("INFO [api-3] state=ok" above "DEBUG [api-3] req=..."):
    the worker the request stamp's line names served the whole call, and a log prints its tag
    on each line it wrote, whatever follows it. A tag no stamp's line names is kept."""
    if _LOG_WORKER.search(text) is None:
        return text  # (most results: one scan, as the substitution alone made)
    tags = {m.group().strip() for m in _LOG_WORKER.finditer(text)}
    text = _LOG_WORKER.sub("[worker]", text)
    for tag in tags:
        if tag in text:
            text = text.replace(tag, "[worker]")
    return text


# A log line's bracketed tag of the process that wrote it, a name and its pid ("[ctl-7
# pid=9923]", "[api-2 pid:311]"), after the line's level: which process of which instance
# served the call, as a syslog pid is; the whole tag is the serving's.
_LOG_PROCESS_TAG = re.compile(r"(?<=[A-Z] ) {0,3}\[[A-Za-z][\w.-]{0,31}[ ,;]+pid[=:] ?\d{1,7}\]")


# A log line's header of fields between its time and its level ("2026-08-02T19:00:08Z
# host=ops-2 req=a70c2d9e51 INFO ..."): the line's stamps, written before the message.
_LOG_HEADER = re.compile(
    r"^(\S*\d:\d\d\S*[ \t]+)((?:[\w.-]{1,32}=[^\s=]{1,64}[ \t]+){2,4})(?=[A-Z]{3,8}\b)",
    re.M,
)


# Or the line's fields after its level, with the program's name between them or not, as the
# whole line ("[2026-08-02T19:00:08Z] INFO orders host=ops-2 took=80ms trace=a70c2d9e51"): a
# header line above the answer, the same stamps written after the level.
_LOG_HEADER_AFTER_LEVEL = re.compile(
    r"^(\S*\d:\d\d\S*[ \t]+[A-Z]{3,8}[ \t]+(?:[\w.-]{1,32}[ \t]+)?)"
    r"((?:[\w.-]{1,32}=[^\s=]{1,64}(?:[ \t]+|$)){2,5})$",
    re.M,
)


# A log line's field that gives the answer's age by the clock ("cache_age=15s",
# "age_s=233"): the same answer served from a cache of another age is the same answer
# (:func:`_age_masked` says which keys count seconds since something happened).
_LOG_LINE_AGE_FIELD = re.compile(
    r"(?<![\w.-])[\w.-]{0,32}(?:age|since)[\w.-]{0,16}=\d[\d.]*[a-z]{0,3}\b"
)


# (Round seventy.) A gauge of the server's own load in brackets right after a log line's
# latency ("done in 48ms (pool 18/32)", "took 0.2s [conns 3/16]"): how much of its pool the
# server had in use as it answered, the serving's as the latency is, not the answer's. A
# count of k of N written elsewhere ("rows 18/32", "(18/32 done)") is kept.
_LATENCY_GAUGE = re.compile(
    r"(?<=\d)((?:ms|s|us|µs)[ \t]+)[(\[](?:[A-Za-z][\w.-]{0,15}[ :=]{1,2})?\d{1,6}/\d{1,6}[)\]]"
    r"(?![\w/])"
)


_BRACKETED_TIME_LEAD = re.compile(r"\[\d[\d/.-]{7,9}[T ]\d\d:\d\d[^\]\s]{0,16}\]\s")


def _log_line_age_masked(found: re.Match[str]) -> str:
    """A log line's age field (``_LOG_LINE_AGE_FIELD``) masked as a record's is, or when its
    key ends in an age and its value gives the unit, seconds or less ("cache_age=15s",
    "age=820ms"; an age in hours or days, "age=40d", is a record's, and kept)."""
    field = found.group(0)
    key, _, value = field.partition("=")
    form = _result_key_form(key)
    if (form == "age" or form.endswith("_age")) and _LOG_LINE_AGE_SECONDS.fullmatch(value):
        return key + "=" + _AGE_MASK
    return _age_masked(field)


_LOG_LINE_AGE_SECONDS = re.compile(r"\d+(?:\.\d+)?(?:s|ms|secs?)")


def _footer_without_serving(text: str) -> str:
    """A result of several lines whose last line, below the answer, holds ``key=value`` fields
    naming both the machine that served and the request's number ("-- 3 rows in 0.21s
    worker=api-2 trace=5be0c1d27a"; :func:`_without_serving`): a table's or a listing's
    footer, the serving's note as a header's fields are. Those two fields are dropped; the
    footer's other words (a count of rows, a status) and the body are kept, as is a footer
    with either field alone."""
    above, _, foot = text.rpartition("\n")
    words = foot.split()
    fields = [w for w in words if _FIELD.fullmatch(w)]
    if len(fields) < 2 or not above.strip():
        return text
    dropped = set(fields) - set(_without_serving(fields))
    if not dropped:
        return text
    return above + "\n" + " ".join(w for w in words if w not in dropped)


def _header_without_serving(found: re.Match[str]) -> str:
    """A log line's header (``_LOG_HEADER``) without the serving's fields when it names both
    the machine that served and the request's number (:func:`_without_serving`): the same
    message logged by another host under another request id is the same message, as the
    syslog pid is. Either alone is kept, as are the line's time, level and message."""
    fields = found.group(2).split()
    kept = _without_serving(fields)
    if len(kept) == len(fields):
        return found.group(0)
    return found.group(1) + "".join(f + " " for f in kept)


def _without_pid(found: re.Match[str]) -> str:
    """A syslog line's header (``_SYSLOG_PID``) with the process id left out: which process of
    a pool served the call is the serving's, as the node's name is; the program, its
    level and the message are kept."""
    return found.group(1) + "[pid]"


def _canonical_json(text: str) -> str:
    """A JSON object or array result rendered like :func:`canonical_args` (keys sorted, per-call
    noise such as ``trace_id``, ``fetched_at`` or ``etag`` dropped); any other text as it is. Results
    over 16 KB are left as they are: parsing them on every step would cost more than it saves."""
    stripped = text.strip()
    if not stripped or len(stripped) > 16_384:
        return text
    if "ursor" in stripped or "oken" in stripped or "URSOR" in stripped or "OKEN" in stripped:
        # A text result's opaque cursor to the next page is masked as a JSON result's is
        # (below, in _canonical_value): another one minted for the same page is the same page.
        masked = _TEXT_CURSOR.sub(_text_cursor_masked, stripped)
        if masked != stripped:
            text = stripped = masked
    http = stripped[:4].upper() == "HTTP"
    if http and "\n\n" not in stripped:
        # (A client's log that folds the status and its headers into one line, "HTTP/1.1 200
        # OK | x-request-id: ... | date: ...", and the body on the next: the same message.)
        first, _, rest = stripped.partition("\n")
        if " | " in first and rest.lstrip()[:1] in ("{", "["):
            stripped = "\n".join(part.strip() for part in first.split(" | ")) + "\n\n" + rest
    if http and "\n\n" in stripped:
        # An HTTP message of success: its headers are the protocol's envelope around the
        # body, and those of a stamp's shape (a date, a trace id, the server's name, an
        # ETag) are dropped, as they are in a JSON envelope; the body is read as any result.
        head, _, content = stripped.partition("\n\n")
        status, *fields = head.splitlines()
        if _HTTP_OK.fullmatch(status) is not None:
            kept = [field for field in fields if not _stamp_header(field)]
            content = _canonical_json(content)
            return "\n".join([*kept, "", content]) if kept else content
        if _HTTP_FAILURE.fullmatch(status) is not None:
            # (Round sixty-nine.) A message of failure ("HTTP/1.1 403 Forbidden") carries the
            # same envelope: its stamp headers are dropped as a success's are, and its status
            # line, the answer, is kept; so is the server's word on when to try again
            # ("Retry-After: 30"), the failure's own advice rather than the serving's stamp.
            kept = [
                field
                for field in fields
                if _RETRY_ADVICE.match(field) is not None or not _stamp_header(field)
            ]
            if len(kept) < len(fields):
                return "\n".join([status, *kept, "", _canonical_json(content)])
    if stripped[0] == "<" and stripped[-1] == ">" and '="' in stripped[:200]:
        tagged = _xml_envelope_dropped(stripped)
        if tagged is not None:
            return tagged
    if stripped[0] == "<" and stripped[-1] == ">" and "></" in stripped:
        grouped = _xml_stamp_group_dropped(stripped)
        if grouped is not None:
            return grouped
    prefix = ""
    if stripped[0] == "#" and "\n" in stripped and stripped[-1] in "}]":
        # A comment line before a JSON body ("# node=app-5 req=40790 generated ..."): a note
        # on the serving that the client or server wrote above the answer, not the answer.
        head, _, rest = stripped.partition("\n")
        rest = rest.strip()
        if rest[:1] in ("{", "[") and "\n" not in head:
            stripped = rest
    elif "\n#" in stripped and stripped[0] != "#" and _GENERATED_FOOTER.search(stripped):
        # A report's last line, a comment that says when it was generated (a clock time), by
        # which node and in which run: the serving's note below the answer, as a header's
        # above it; its node and run ids are masked, the body and the time's mask kept.
        above, _, foot = stripped.rpartition("\n")
        return above + "\n" + _footer_masked(foot)
    elif stripped[0] == "#" and "\n" in stripped and "=" in stripped.partition("\n")[0]:
        # The same note above a body of text: its fields that name the node that served, or
        # stamp the serving by their shape ("node=app-5"), are masked; the body is kept.
        head, _, rest = stripped.partition("\n")
        head = _COMMENT_FIELD.sub(_comment_stamp, head)
        if "." in head:
            # (The program's release in the note, "# cli 4.2.7 host=..": the build that
            # answered, a replica's as much as its host is.)
            head = _DOTTED_RELEASE.sub("<release>", head)
        above, newline, foot = rest.rpartition("\n")
        if newline and foot[:1] == "#" and "=" in foot:
            # (A comment line below the body, a report's footer, is the same note: "# rows=1
            # elapsed_ms=339" counts the answer's rows and measures the call.)
            rest = above + "\n" + _COMMENT_FIELD.sub(_comment_stamp, foot)
        return head + "\n" + rest
    if stripped[0] not in "{[" or (
        stripped[1:2].isdigit() and _BRACKETED_TIME_LEAD.match(stripped) is not None
    ):
        # (A log line led by its time in brackets, "[2026-08-02T19:00:08Z] INFO ...", is no
        # JSON array: it is read as any text.)
        # A JSON body after a short label, as clients print an error ("HTTP 400 {...}",
        # "ToolError: {...}"): the body is read as JSON, the label kept as it is.
        body = None
        if stripped[-1] == "}" and "{" in stripped[:42]:
            body = _LABELLED_JSON.fullmatch(stripped)
        if body is None:
            if "]: " in stripped or "] " in stripped:
                stripped = _SYSLOG_PID.sub(_without_pid, stripped)
                stripped = _log_worker_masked(stripped)
                if "pid" in stripped:
                    stripped = _LOG_PROCESS_TAG.sub("[worker]", stripped)
            if "=" in stripped[:120]:
                stripped = _LOG_HEADER.sub(_header_without_serving, stripped)
                stripped = _LOG_HEADER_AFTER_LEVEL.sub(_header_without_serving, stripped)
            if "age=" in stripped or "age_" in stripped or "since" in stripped:
                stripped = _LOG_LINE_AGE_FIELD.sub(_log_line_age_masked, stripped)
            if "s (" in stripped or "s [" in stripped:
                stripped = _LATENCY_GAUGE.sub(r"\1(<gauge>)", stripped)
            if "=" in stripped[-160:] and "\n" in stripped:
                footed = _footer_without_serving(stripped)
                if footed is not stripped and "=" not in footed and ":" not in footed:
                    return footed
                stripped = footed
            return _canonical_record(stripped) if "=" in stripped or ":" in stripped else text
        label = body.group(1)
        # A label of success ("200 OK", "status=200", "HTTP/1.1 200 OK") says only that the
        # call went through, as _HTTP_OK's line does; another status is kept.
        prefix = "" if _OK_LABEL.fullmatch(label) else f"{label} "
        stripped = body.group(2)
    try:
        value = json.loads(stripped)
    except ValueError:
        return text
    if isinstance(value, dict) and "id" in value and _jsonrpc_response(value):
        value = {k: v for k, v in value.items() if k != "id"}
    if isinstance(value, dict) and any(_served_stamp(str(k), v) for k, v in value.items()):
        value = {k: v for k, v in value.items() if not _served_stamp(str(k), v)}
    if isinstance(value, dict) and len(value) > 1:
        envelope = [k for k in value if str(k).lower().lstrip("_@") in _ENVELOPE_MEMBERS]
        if envelope and len(envelope) < len(value):
            value = {k: _without_measures(v) if k in envelope else v for k, v in value.items()}
    if isinstance(value, dict):
        value = _envelope_stamps_dropped(value, '"_' in stripped or '"@' in stripped)
    return prefix + json.dumps(
        _canonical_value(value, _VOLATILE_RESULT_KEYS), sort_keys=True, ensure_ascii=False
    )


# A field of a flat record: "owner=YE-2", "state=queued" (one word each; a key may index a
# list, flattened: "items[0].sku=A-1"), or a line "Owner: YE-2".
_FIELD = re.compile(r"[\w.-]+(?:\[\d+\][\w.-]*)*=\S*")
# A field of such a record whose value is quoted ('site="North Hall"'), or any other word.
_RECORD_WORD = re.compile(r'[\w.-]+(?:\[\d+\][\w.-]*)*="[^"]*"|\S+')


def _age_masked(field: str) -> str:
    """A record's ``key=value`` field with the value masked when the key counts the seconds
    since something happened (:func:`_clock_age`: "cache_age_s=233"), as a JSON result's is."""
    key, equals, _ = field.partition("=")
    if equals and ("age" in key or "since" in key) and _clock_age(_result_key_form(key)):
        return key + "=" + _AGE_MASK
    return field


# A record's field that times the call, a number and its unit or none ("elapsed_ms=462",
# "took: 38ms"), behind a cheap test for such a key's words.
_TIMING_HINT = re.compile(r"elapsed|took|latency|dur")
_TIMED_FIELD = re.compile(r"([\w.-]{1,40}?)\s*([:=])\s*\d+(?:\.\d+)?\s*(?:ms|us|ns|s)?")


def _call_timing_masked(field: str) -> str:
    """A record's field (``key=value`` or ``key: value``) with its value masked when the key
    is one a JSON result drops as the call's own timing (``_VOLATILE_RESULT_KEYS`` as
    :func:`_result_key_form` spells it: "elapsed_ms", "took", "latency_ms") and the value is
    a measure: how long this serving took, which a record one field a line, or one line of
    fields, carries as a JSON envelope does. A duration of the work under another name
    ("runtime_s", "duration") is kept."""
    found = _TIMED_FIELD.fullmatch(field)
    if found is None or _TIMING_HINT.search(found.group(1).lower()) is None:
        return field
    if _result_key_form(found.group(1)) not in _VOLATILE_RESULT_KEYS:
        return field
    return f"{found.group(1)}{found.group(2)}<dur>"


_FIELD_LINE = re.compile(r"[\w .-]{1,40}[:=].*")
# A record of logfmt's fields, some values in double quotes with spaces in them ('id=G-7
# issue="late start" owner="R. Ames"'), and one such field.
_QUOTED_FIELD = re.compile(r'[\w.-]+=(?:"[^"\n]*"|[^\s"]*)')
_QUOTED_RECORD = re.compile(r'\s*(?:[\w.-]+=(?:"[^"\n]*"|[^\s"]*)(?:\s+|$))+')


# A top-level line of a YAML-like result, "key: value" with no indent ("node: api-6",
# "cache_age_s: 264").
_TOP_FIELD_LINE = re.compile(r"^([A-Za-z_][\w.-]{0,39}):[ \t]+(\S[^\n]*?)[ \t]*$", re.M)


def _aged_envelope_masked(text: str) -> str:
    """A YAML-like result whose top-level lines give the answer's age by the clock
    (:func:`_clock_age`: "cache_age_s: 264") with that age masked, as a ``key=value``
    record's is (:func:`_age_masked`), and with a top-level field naming the machine that
    served (``_SERVING_KEY``: "node: api-6") masked beside it: an answer served from a cache
    of some age, by one node of a pool, is the same answer from another node at another age.
    A result with no such age keeps its nodes (a record may list hosts)."""
    fields = _TOP_FIELD_LINE.findall(text)
    ages = {k for k, v in fields if v.isdigit() and "age" in k and _clock_age(_result_key_form(k))}
    if not ages:
        return text

    def masked(found: re.Match[str]) -> str:
        key = found.group(1)
        if key in ages:
            return f"{key}: {_AGE_MASK}"
        if _SERVING_KEY.fullmatch(key.lower()) is not None:
            return f"{key}: <host>"
        return found.group(0)

    return _TOP_FIELD_LINE.sub(masked, text)


def _canonical_record(text: str) -> str:
    """A result that is only ``key=value`` fields, or only ``key: value`` lines, with its
    fields in sorted order: a server that lists them in another order each time (a dict's
    order, a shuffled log line) says the same thing, as reordered JSON keys do. Other text
    as it is. A first line of fields joined by bars ("OK|TXN=6031380|TS=..|HOST=APP04",
    a status word and the serving's stamps ahead of a record written "KEY|value" line by
    line) drops the serving's header as such a record does (:func:`_without_serving`)."""
    head, newline, body = text.partition("\n")
    if "|" in head:
        parts = head.split("|")
        kept = _without_serving(parts)
        if len(kept) < len(parts):
            return "|".join(kept) + newline + body
    elif newline and "=" in head and _QUOTED_RECORD.fullmatch(head) is not None:
        # A first line of fields above the record's lines ("status=OK trace_id=.. host=..
        # total=3", then "items[0] id=.."): its serving's stamps are dropped as a record's.
        parts = _QUOTED_FIELD.findall(head)
        kept = _without_serving(parts)
        if len(kept) < len(parts):
            return " ".join(kept) + newline + body
    fields = text.split()
    if '="' in text:
        # (A value quoted for its spaces, as logfmt writes one: site="North Hall", one field;
        # every other word stays a word of its own, so a text that is not a record stays so.)
        fields = _RECORD_WORD.findall(text)
    if len(fields) > 1 and all(_FIELD.fullmatch(f) or f[-1:] == '"' for f in fields):
        if _TIMING_HINT.search(text) is not None:
            fields = [_call_timing_masked(f) for f in fields]
        return " ".join(sorted(_without_serving([_age_masked(f) for f in fields])))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    document = bool(lines) and lines[0] == "---"
    if document:
        lines = lines[1:]  # a YAML document's start marker, before its fields
    if len(lines) > 1 and all(_FIELD_LINE.fullmatch(line) for line in lines):
        if "age" in text or "since" in text:
            # (A line's age by the clock, "cache_age_s=154", masked as a one-line record's is,
            # where a value with a space in it, "query=spt 18", makes the record one a line.)
            lines = [_age_masked(line) for line in lines]
        if _TIMING_HINT.search(text) is not None:
            lines = [_call_timing_masked(line) for line in lines]
        return "\n".join(sorted(_without_serving(lines)))
    if (
        document
        and len(lines) > 1
        and any(line[:2] == "- " for line in lines)
        and all(line[:2] == "- " or _FIELD_LINE.fullmatch(line) for line in lines)
    ):
        # (A YAML document that holds a list, "hits:" then "- L-17": the same envelope
        # around it, in the list's own order.)
        return "\n".join(_without_serving(lines))
    return text


# A record's field that names the machine that served it ("host=gw-2", "shard: gw-c"),
# and one that numbers the transaction or call ("txn=30175524", "rpc_id: 5e1f0c9ad2", a
# trace's "trace=9c0e1f2a7b", a YAML envelope's "request: <uuid>").
# (Also abbreviated, "srv"; or the region, zone or pod of the fleet that served it; or under
# a word naming whose machine it is, "mes_node", "api_host"; and a request's id abbreviated,
# "rid", or the call's sequence number, "seq".)
_SERVING_KEY = re.compile(
    r"_?(?:[a-z]+_)?(?:served_?by|server|srv|host(?:name)?|node|backend|replica|shard|worker"
    r"|gw|gateway|peer|region|zone|pod|instance)"
)
_TRANSACTION_KEY = re.compile(
    r"(?:txn|tx|txid|xid|transaction_?id|rpc_?id|call_?id|rid|seq(?:uence|_?no)?"
    r"|request(?:_?id)?|req(?:_?id)?|trace(?:_?id)?|corr(?:elation)?(?:_?id)?)"
)


def _without_serving(fields: list[str]) -> list[str]:
    """A record's fields (``key=value`` or ``key: value``) without the serving's header when
    it has one: a field that numbers the transaction (``_TRANSACTION_KEY``) beside one that
    names the machine that served it (``_SERVING_KEY``). Together they stamp this serving, as
    a JSON envelope's request id and node do: the same answer from another host, under another
    transaction number, is the same answer. Either alone is kept (a record may list hosts)."""
    keys = [_FIELD_KEY.match(f) for f in fields]
    names = [m.group(1).strip().lower() if m else "" for m in keys]
    served = [_SERVING_KEY.fullmatch(n) is not None for n in names]
    numbered = [_TRANSACTION_KEY.fullmatch(n) is not None for n in names]
    if not any(served) or not any(numbered):
        return fields
    return [f for f, a, b in zip(fields, served, numbered, strict=True) if not (a or b)]


_FIELD_KEY = re.compile(r"([\w .-]{1,40}?)\s*[:=]")


def _result_key(observation: str) -> str:
    """A tool's result as the repeat detectors compare it: a JSON one canonical (see
    ``_canonical_json``), a YAML-like one's cache age and serving node masked (see
    :func:`_aged_envelope_masked`), normalised, with the counters a server stamps on responses masked,
    and a stamp that leads it moved to its end (see :func:`_stamp_last`)."""
    text = _canonical_json(observation)
    if "age" in text and ": " in text and "\n" in text:
        text = _aged_envelope_masked(text)
    key = normalize_text(_without_envelope(text), counters=True)
    if "h" in key:
        key = _HOUR_H.sub("<time>", key)  # "13h08": a clock time, as "13:08" is
    if len(key) >= 26 and _ULID_RUN.search(key) is not None:
        key = _ULID.sub(_IDS_MASK, key)
    return _stamp_last(key) if key and key[0] in _OPENERS else key


# A ULID, a per-call id in Crockford's base 32 (26 characters, a time part first:
# "01jhxamzmadecgn98jyv7ek89k"), with a letter in it (26 digits are a number, masked already).
_ULID = re.compile(r"\b[0-7](?=[0-9]{0,24}[a-z])[0-9a-hjkmnp-tv-z]{25}\b")
# (What one needs, found a few times faster than the whole pattern's boundaries and look-ahead.)
_ULID_RUN = re.compile(r"[0-7][0-9a-hjkmnp-tv-z]{25}")

# A clock time written with an "h" ("13h08", "7h30"), as much of Europe writes it.
_HOUR_H = re.compile(r"\b(?:[01]?\d|2[0-3])h[0-5]\d\b")

# Words an envelope around a result may hold besides ids, latencies and times: "(request
# c0296978, 892 ms, 10/03/2026 07:54)", "[07:52] req=28bddeb6 latency=744ms", "111209Z MAR 26".
_ENVELOPE_WORDS = frozenset(
    (
        *("request", "req", "rid", "id", "ref", "trace", "latency", "took", "ms", "at", "ts"),
        *("served", "time", "z", "utc", "gmt", "local", "x"),
        # (a status line's "OK" before its stamps, and a duration's short label: "OK
        # trace=… dur=419ms")
        *("ok", "dur"),
        # (the id a client gave the call, echoed back, and the time the server answered:
        # "client-request-id=…; server_time=…")
        *("client", "server"),
        # (a stamp's own names: "timestamp", "@timestamp", W3C's "traceparent", the parts of
        # "X-Amzn-Trace-Id=Root=1-…")
        *("timestamp", "traceparent", "tracestate", "span", "amzn", "root"),
        *("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    )
)
# A stamp's label, one of which (or a mask) an envelope must hold to be one.
_ENVELOPE_LABELS = frozenset(("request", "req", "rid", "ref", "trace", "latency", "took"))
_CALL_MASKS = frozenset(("<hex>", "<id>", "<uuid>", "<seq>"))
_ENVELOPE_TOKEN = re.compile(r"<[a-z]+>|[a-f]+\d[\da-f]*\b|[a-z]+|\d[\w/.:-]*")
# A short hex id that starts with a letter ("ref fa9ea6"): an id, as "ref 5e9116" is.
_SHORT_HEX = re.compile(r"(?=.*\d)[a-f][\da-f]{5,}")
# Keys of a JSON result that only say when it was served, when they hold a time.
_WHEN_KEYS = frozenset(("at", "ts", "time", "timestamp", "served", "served_at", "as_of"))
# (Up to 160 characters: a W3C traceparent and a timestamp take 90.)
_TRAILING_GROUP = re.compile(r"\s*[(\[][^()\[\]\n]{0,160}[)\]]\s*$")
_LEADING_GROUP = re.compile(r"^\s*[(\[][^()\[\]\n]{0,80}[)\]]\s*")
# What separates a result's fields, or its text from a run of stamps: "X -- x-request-id:
# req_..; served_at: ..; took 1722ms", "req=.. | 2026-11-24T08:44Z | X", "X · 892 ms".
_FIELD_SEPARATOR = re.compile(r"\s+(?:--|\||·|—)\s+|;\s+")
# Times and dates (a clock time, "19/11") that open a text.
_GLUED_TIME = re.compile(
    r"(?:\d{1,2}:\d{2}(?::\d{2})?Z?\s+|\d{1,4}[/.]\d{1,2}(?:[/.]\d{2,4})?\s+)+"
)
# An HTTP status line of success ("HTTP/1.1 200 OK", "HTTP/2 204"): it says only that the
# call went through, as every answer of that server says it; its code is no figure of the
# answer. (Another status, "HTTP/1.1 404 Not Found", is the answer and is kept.)
# ("HTTP 200" without its version, and the call's duration after it, "HTTP 200 (604 ms)", say
# no more.)
_HTTP_OK = re.compile(rf"\s*{_HTTP_NAME}{_SUCCESS_STATUS}\s*", re.IGNORECASE)
# The most fields a run of stamps holds (an id, a time, a latency, a server's name, ...).
_ENVELOPE_FIELDS = 5
# A field naming the server that answered ("served-by: api-9.iad3", "host=web-04"): which of
# a fleet served a call, as per-call as its request id.
_SERVER_FIELD = re.compile(
    r"\b(?:served[-_ ]?by|server|host(?:name)?|node|pod|instance|replica|api)\s*[:=]\s*[\w.-]+",
    re.IGNORECASE,
)


# A report's footer in parentheses that counts its rows and times the call, the machine that
# answered named bare and last, a name and its number ("(1 row, 572 ms, edge-3)", "(3 rows,
# <dur>, db-12)").
_COUNTED_FOOTER_BARE_HOST = re.compile(
    r"^(\(\d+ rows?,[^()\n]*?(?:\d ?m?s|<dur>)[^()\n]*?,\s*)[A-Za-z]{1,16}-\d{1,4}\)$"
)


def _without_server(segment: str) -> str:
    """``segment`` without the fields that name the server that answered (``_SERVER_FIELD``)."""
    low = segment.lower()
    if (
        "serv" in low
        or "host" in low
        or "node" in low
        or "pod" in low
        or "instance" in low
        or "replica" in low
        or "api" in low
    ):
        return _SERVER_FIELD.sub(" ", segment)
    return segment


# A field's name before its value in a line or group of stamps ("correlationId=c9058809844",
# "x-amzn-requestid: 248af2ae", "elapsed_s=0.071").
_STAMP_FIELD = re.compile(r"(?<![\w@.-])([A-Za-z@_][\w@.-]{0,39})(?=\s?[=:])")


def _stamp_label(found: re.Match[str]) -> str:
    """A field's name as a stamp's label ("ref") when a JSON result's field of that name is
    per-call noise (``_VOLATILE_RESULT_KEYS`` as :func:`_result_key_form` spells it: a request,
    trace or correlation id under any spelling, a call's duration, the time it was served);
    any other name as it is."""
    name = found.group(1)
    return "ref" if _result_key_form(name) in _VOLATILE_RESULT_KEYS else name


# A log line's leading group: a logger's name and a clock time ("[rigops 09:08:12]").
_LOG_PREFIX = re.compile(r"^\s*\[[A-Za-z][\w.-]{0,31}\s+\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?Z?\]")
# A stamp's label ("ref", as :func:`_stamp_label` writes any) and its value.
_LABELLED_REF = re.compile(r"(?<![\w@.-])ref\s?[=:]\s?[\w.-]+")


# An epoch under any short label ("t=1776420004311"), and a host's dotted name standing
# alone, not a field's value ("api.example.net"), read in a group that names its server.
_EPOCH_FIELD = re.compile(r"(?<![\w@.-])[A-Za-z_][\w-]{0,15}\s?[=:]\s?1[5-9]\d{8}(?:\d{3}){0,2}\b")
_DOMAIN_NAME = re.compile(r"(?<![\w@/=:.-])[a-z][a-z\d-]*(?:\.[a-z][a-z\d-]*)+(?![\w.-])")


def _names_server(segment: str) -> bool:
    """Whether a segment has a field naming the server that answered (``_SERVER_FIELD``)."""
    return _without_server(segment) != segment


_EXIT_OK = re.compile(
    r"(?<![\w-])exit(?:[ _]?(?:code|status))?\s?[=:]?\s?0(?![\w.])", re.IGNORECASE
)


def _is_envelope(segment: str) -> bool:
    """Whether a line or bracketed group of a result only stamps it: a request id, a
    latency, a time or date, the server that answered ("served-by: api-9.iad3"), with no
    word but a stamp's ("request", "latency", "at", a month), and a masked id or latency, a
    stamp's label or a whole timestamp among them. A field named as a JSON result's per-call
    noise ("correlationId=...", "x-amzn-requestid=...", "elapsed_s=...") is a stamp's, as it
    is in JSON: one error stamped "[correlationId=c6108 latency_ms=362 timestamp=...]" and
    "[x-amzn-requestid=2101d2a5 took=2370ms ts=...]" is one error."""
    if segment[:1] == "[":
        # A log line's prefix, the logger's name and the clock time ("[billing 09:08:12]"):
        # the time it was written, in the name every line of that logger bears.
        segment = _LOG_PREFIX.sub(" 00:00 ", segment, count=1)
    if "exit" in segment:
        # A shell's exit status of success ("[exit 0]", "exit code: 0") says, as "OK" does,
        # only that the command went through; another status is no stamp's word and keeps
        # its line.
        segment = _EXIT_OK.sub(" ok ", segment)
    if "=" in segment or ":" in segment:
        segment = _STAMP_FIELD.sub(_stamp_label, segment)
        if "ref" in segment:
            # A reference under a stamp's label is the stamp's, however it is spelled
            # ("ref=RG000824", "ref: QX-7731"): a per-call reference, as "req=28bd" is.
            segment = _LABELLED_REF.sub("ref <id>", segment)
    if "=" in segment and _EPOCH.search(segment) is not None and _names_server(segment):
        # A group that names the node that answered and holds an epoch under any label
        # ("[api.example.net node=n16 t=1776420004311]"): the epoch is when it was served,
        # and a host's dotted name beside them names who served, as "server:" does.
        segment = _DOMAIN_NAME.sub(" server ", _EPOCH_FIELD.sub(" <ts> ", segment))
    tokens = _ENVELOPE_TOKEN.findall(normalize_text(_without_server(segment), counters=True))
    if not tokens:
        return False
    words = [t for t in tokens if t[0].isalpha() and not _SHORT_HEX.fullmatch(t)]
    if any(w not in _ENVELOPE_WORDS for w in words):
        return False
    # A time, a date or a duration alone may be data ("1,07:30,600", "13 | -3.10 s"): a
    # stamp names the call it stamps. A whole timestamp (a date with its time,
    # "2026-11-24T08:44:02.247Z", masked "<ts>") says when the answer was served; masked, it
    # tells one answer from another only by being there or not.
    return (
        any(t in _CALL_MASKS for t in tokens)
        or any(w in _ENVELOPE_LABELS for w in words)
        or _TS_MASK in tokens
    )


def _without_envelope(text: str) -> str:
    """A result without the envelope a server wraps around it: lines and a leading or
    trailing bracketed group that only stamp it (:func:`_is_envelope`), and, in a JSON
    object, keys that only say when it was served; an object left with one text value is
    that text. The same answer served as '{"request_id": ..., "at": ..., "result": "X"}',
    as "[07:52] req=28bd latency=744ms\\nX" and as "X\\n(request c029, 892 ms, 07:54)" is X
    each time."""
    if text[:1] == "{":
        try:
            value = json.loads(text)
        except ValueError:
            return text
        if isinstance(value, dict):
            kept = {
                k: v
                for k, v in value.items()
                if not (k.lower() in _WHEN_KEYS and any(c.isdigit() for c in str(v)))
            }
            if len(kept) == 1:
                (only,) = kept.values()
                if isinstance(only, str):
                    return only
        return text
    if "\n" in text:
        lines = text.split("\n")
        kept_lines = [
            line for line in lines if not _is_envelope(line) and not _HTTP_OK.fullmatch(line)
        ]
        if kept_lines and len(kept_lines) < len(lines):
            if "\n " in text and (":" in text or "=" in text):
                # Beside the stamps dropped, an indented line, a block's member, that only
                # names the server that answered ("meta:" / "  trace: .." / "  replica: db-b2")
                # is the serving's too, as in a JSON envelope's member; when the answer is in
                # other lines (asked which server runs a thing, its name is the answer).
                unserved = [
                    line
                    for line in kept_lines
                    if line[:1] not in " \t" or _SERVER_FIELD.fullmatch(line.strip()) is None
                ]
                if len(unserved) > 1:
                    kept_lines = unserved
            text = "\n".join(kept_lines)
    if text[-1:] in ")]":
        group = _TRAILING_GROUP.search(text)
        if group is not None and group.start() > 0 and _is_envelope(group.group()):
            text = text[: group.start()]
        elif text[-1:] == ")" and "\n(" in text:
            # A report's last line in parentheses, its footer, that names the server that
            # answered beside what it counts and times ("(3 rows, 41ms, api=edge-2)"): the
            # server is the serving's, the rest of the footer kept.
            above, _, foot = text.rpartition("\n")
            if foot[:1] == "(" and _names_server(foot):
                text = above + "\n" + _without_server(foot)
            elif foot[:1] == "(" and "row" in foot:
                # (Or names it bare, last, after the count and the time: "(1 row, 572 ms,
                # edge-3)", as a psql-like client prints its footer.)
                text = above + "\n" + _COUNTED_FOOTER_BARE_HOST.sub(r"\1<host>)", foot)
    if text[:1] in "([":
        group = _LEADING_GROUP.match(text)
        if group is not None and group.end() < len(text) and _is_envelope(group.group()):
            text = text[group.end() :]
    if ";" in text or " -- " in text or " | " in text or "·" in text or " — " in text:
        text = _without_stamp_run(text)
    return text


def _without_stamp_run(text: str) -> str:
    """``text`` without a trailing, then a leading, run of separated fields
    (``_FIELD_SEPARATOR``) that together only stamp it (:func:`_is_envelope`): "X --
    x-request-id: req_..; served_at: 1742257713156; took 1722ms" is X, whatever separates the
    stamps from X and from each other. A field of X ("donors=388") ends the run, and X is
    never the run itself."""
    cuts = [
        (m.start(), m.end())
        for m in _FIELD_SEPARATOR.finditer(text)
        if not _inside_brackets(text, m.start())  # "<ref c881; 2293 ms; 7.11.26> X": one block
    ]
    if not cuts:
        return text
    # Trailing: the longest run of whole fields after a separator that is all stamps.
    best = None
    for start, end in reversed(cuts[-_ENVELOPE_FIELDS:]):
        if start == 0:
            break
        if _is_envelope(text[end:]):
            best = start
        elif not _stamp_words_only(text[end:]):
            break  # a field of the answer: no longer run can be stamps alone
    if best is not None:
        text = text[:best]
        cuts = [(s, e) for s, e in cuts if e <= best]
    # Leading: the same, before the answer.
    lead = None
    for start, end in cuts[:_ENVELOPE_FIELDS]:
        if end >= len(text):
            break
        if _is_envelope(text[:start]):
            lead = end
        elif not _stamp_words_only(text[:start]):
            break
    if lead is None:
        return text
    # A time or date the run ends with, written without a separator before the answer
    # ("· id a9fc · 793ms · 13:25 19/11 north queue: ..."), is the run's too.
    glued = _GLUED_TIME.match(text, lead)
    return text[glued.end() if glued is not None else lead :]


def _inside_brackets(text: str, at: int) -> bool:
    """Whether ``text[at]`` lies inside a bracket opened before it and not yet closed."""
    head = text[:at]
    return any(head.count(o) > head.count(c) for o, c in _CLOSERS.items())


def _stamp_words_only(segment: str) -> bool:
    """Whether every word of ``segment`` is one a stamp may hold (``_ENVELOPE_WORDS``)."""
    tokens = _ENVELOPE_TOKEN.findall(normalize_text(_without_server(segment), counters=True))
    return all(
        not t[0].isalpha() or t in _ENVELOPE_WORDS or _SHORT_HEX.fullmatch(t) for t in tokens
    )


_OPENERS = "([{<"
_CLOSERS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_MASK_TOKEN = re.compile(r"<[a-z]+>")
# The longest stamp (in characters, masks included) moved: a block longer than this is content.
_STAMP_CHARS = 80


def _stamp_last(key: str) -> str:
    """``key`` with a leading bracketed block that holds a masked value or a digit (a request
    id, a latency, a time: ``(trace=<hex>, <dur>, at <ts>)``, ``<ref <hex>; <dur>; 7.11.26
    <time>>``, ``[run 245f1c]``) moved to its end: a server that stamps some answers before
    their text and some after says the same thing either way, and an id masked in one answer
    ("[run <seq>]") and not in the next ("[run 245f1c]") must not move in one only. Masks
    (``<hex>``) inside the block are read as single tokens, not as brackets."""
    opener = key[0]
    if opener == "<" and _MASK_TOKEN.match(key):
        return key  # a masked value, not a block
    closer = _CLOSERS[opener]
    depth, i, masked = 0, 0, False
    while i < len(key) and i <= _STAMP_CHARS:
        if key[i] == "<":
            mask = _MASK_TOKEN.match(key, i)
            if mask is not None:
                masked = True
                i = mask.end()
                continue
        if key[i] == opener:
            depth += 1
        elif key[i] == closer:
            depth -= 1
            if depth == 0:
                rest, block = key[i + 1 :].strip(), key[: i + 1]
                stamped = masked or any(c.isdigit() for c in block)
                return f"{rest} {block}" if stamped and rest else key
        i += 1
    return key


def canonical_args(args: Mapping[str, Any] | str | None) -> str:
    """Render tool-call arguments canonically for comparison.

    A JSON string is parsed first (a string that is not JSON is treated as one free-text
    argument). Keys are sorted; keys that name per-call noise (``request_id``, ``req``,
    ``client_token``, ``correlation_id``, ``trace_id``, ``span_id``, ``call_id``,
    ``idempotency_key``, ``nonce``, ``timestamp``, ...: ``_VOLATILE_ARG_KEYS``) are dropped at
    any depth; whitespace inside string values is collapsed. Values are otherwise kept
    verbatim -- an ``id`` argument or a UUID is meaningful in a call (``get_order(id=5)`` is not
    ``get_order(id=6)``).

    Args:
        args: The arguments as a mapping, a JSON string, free text or ``None``.

    Returns:
        A compact JSON string; ``"{}"`` for ``None`` or empty arguments.
    """
    if args is None:
        return "{}"
    value: Any = args
    if isinstance(args, str):
        stripped = args.strip()
        if not stripped:
            return "{}"
        try:
            value = json.loads(stripped)
        except ValueError:
            value = stripped
    return json.dumps(
        _canonical_value(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


_NON_ALNUM = re.compile(r"[\W_]+")
# Per-call noise inside an argument value: an epoch stamp in seconds, ms or µs (2017-2033),
# or a whole value of 8-24 hex characters mixing digits and letters (a cache-buster, a client
# token). Other long numbers (an ISBN, an order number) and hash digests (32+ characters)
# name an entity and are kept. A stamp stands alone: the same digits at the tail of a longer
# number (a phone number "+441615550100", an account number) are part of that number.
_EPOCH = re.compile(r"(?<!\d)1[5-9]\d{8}(?:\d{3}){0,2}")
_HEX_TOKEN = re.compile(r"(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,24}")


def _flat_values(value: Any, prefix: str, out: dict[str, str | None]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flat_values(v, f"{prefix}.{k}", out)
    elif isinstance(value, list):
        for n, v in enumerate(value):
            _flat_values(v, f"{prefix}[{n}]", out)
    elif isinstance(value, str) and len(words := value.split()) > 1:
        # Free text (whitespace inside): a reworded query is not another entity, but a short
        # one may be a name ("Hazel Way North", "Ms. J. Park", "10 Alder Grove", a spaced unit
        # number), and a long one may be the same statement about another record.
        if len(words) <= _NAME_WORDS:
            out[prefix] = _NAME + " ".join(words)
        else:
            out[prefix] = _TEXT + " ".join(words).lower()
    else:
        written = unicodedata.normalize("NFKC", str(value))
        value = _NON_ALNUM.sub("", written.lower())
        token = _HEX_TOKEN.fullmatch(value) and _CAPITALS_CODE.fullmatch(written) is None
        out[prefix] = "#" if token else _EPOCH.sub("#", value)


# A record's code in capitals, its letters all before its digits ("AC310952", "FE0044187"):
# hex characters only by chance. A cache-buster or a client token is minted in lower case,
# or mixes its letters among its digits; a code is read and typed, a prefix and a serial.
_CAPITALS_CODE = re.compile(r"[A-Z]{1,4}\d{5,}")


# A short free-text argument (at most _NAME_WORDS words) may name an entity; its entity form
# starts with _NAME, and two such forms are compared by _other_name. A longer one (a query, a
# command, a statement) starts with _TEXT: it names another entity only when it is the other's
# text with one identifier swapped (_one_identifier_swapped).
_NAME = "\x00"
_NAME_WORDS = 4
_TEXT = "\x01"
# An identifier in free text: a letter, and an underscore or a digit ("bi_export", "a596397",
# "o_1182"), once quotes and punctuation around it are gone. Plain words and bare numbers are
# not: "revenue" / "income" rewords a query, "limit 3" / "limit 5" tweaks one.
_IDENTIFIER = re.compile(r"(?=[^a-z]*[a-z])(?=[^_\d]*[_\d])[a-z0-9_.:/-]+")
_AROUND = "'\"`,;()[]{}"


def _one_identifier_swapped(x: str, y: str) -> bool:
    """Whether two long free-text forms are one text with one identifier swapped for another
    ("alter role bi_export set statement_timeout = '45min'" / "alter role looker_ro set
    ..."): the same words in the same order but one, and that one an identifier in both."""
    a, b = x.split(), y.split()
    if len(a) != len(b):
        return False
    swapped = [(p, q) for p, q in zip(a, b, strict=True) if p != q]
    if len(swapped) != 1:
        return False
    p, q = (t.strip(_AROUND) for t in swapped[0])
    return p != q and bool(_IDENTIFIER.fullmatch(p)) and bool(_IDENTIFIER.fullmatch(q))


# A run of 8+ hex characters mixing digits and letters inside a short free-text value.
_HEX_NAME = re.compile(r"(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}")
# A clock time inside a short name: "10:15 Sheffield Park" (a train), "7:30 spin class".
_CLOCK_NAME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")


@functools.lru_cache(maxsize=1024)
def _name_parts(form: str) -> tuple[frozenset[str], frozenset[str]]:
    """A short free-text value's tokens that hold a digit (numbers, codes) and its other
    content words (crudely stemmed, as ``idle_talk`` compares them). Cached: a window
    compares each call with its neighbours again at every step."""
    tokens = _WORD.findall(normalize_text(form[1:]))
    # A hex run the agent wrote into a name is an id it chose (a record, a batch's first
    # item), not a stamp: normalize_text masks it as one.
    hexes = _HEX_NAME.findall(form.lower()) if "<hex>" in tokens or "hex" in tokens else ()
    # So is a clock time written into a name (the 10:15 train is not the 12:30), where a
    # client's stamp stands as a value of its own (see _STAMP).
    if "time" in tokens:
        hexes = (*hexes, *_CLOCK_NAME.findall(form))
    numbers = frozenset(t for t in (*tokens, *hexes) if any(c.isdigit() for c in t))
    words = frozenset(
        t[:_STEM] for t in tokens if len(t) > 2 and t not in _STOPWORDS and t not in numbers
    )
    return numbers, words


def _other_name(x: str, y: str) -> bool:
    """Two short free-text values name different entities: each holds a number the other
    lacks ("10 Alder Grove" / "12 Alder Grove", "G0725 25 298801 K" / "G0725 25 298815 Q"),
    or they share no content word, nor one word's start ("Birch Rd" / "Hazel Way North", "Ms.
    J. Park" / "Mr. T. Hale"). A shortened, abbreviated, reordered or re-cased spelling
    ("Cllr Rosa Hart" / "Hart", "Lisbon Berlin" / "LIS-BER", "J. Moreland" / "Moreland, J.",
    "First Officer" / "FO") shares its words and numbers."""
    nx, wx = _name_parts(x)
    ny, wy = _name_parts(y)
    if nx - ny and ny - nx:
        return True
    if not wx or not wy or wx & wy:
        return False
    return not any(a.startswith(b) or b.startswith(a) for a in wx for b in wy)


def _entity_values(canonical: str) -> Mapping[str, str | None]:
    """Each scalar argument of a call (by its key path) in a spelling-blind form: case,
    punctuation, epoch stamps and hex tokens (cache-busters) ignored; free text marked as
    such (``_NAME``, ``_TEXT``), for :func:`_other_entity` to compare."""
    out: dict[str, str | None] = {}
    _flat_values(json.loads(canonical), "", out)
    return out


def differ_in_entity(a: Step, b: Step) -> bool:
    """Whether two tool calls ask about different entities.

    True when both call the same tool with the same argument keys and some argument that is
    a single token (an id, a name, an address, a number) differs even when case,
    punctuation, epoch stamps and hex tokens (cache-busters) are ignored:
    ``lookup(drug="metformin")`` and ``lookup(drug="apixaban")``, or ``send(to="a@x")`` and
    ``send(to="b@x")``; or an argument of two to four words names another entity (see
    ``_other_name``: ``"Birch Rd"`` / ``"Hazel Way North"``, ``"10 Alder Grove"`` / ``"12
    Alder Grove"``). The same holds when their argument keys differ but an argument both
    pass names another entity in each (``screen(name="Ann Roe", dob=...)`` /
    ``screen(name="Acme Ltd")``: the next item, with the arguments that item takes), and
    when a value, as written, is a word found inside the other's word but not at its start
    (``channel="email"`` / ``channel="voicemail"``: :func:`_word_inside`).
    Respellings of one request -- ``"P-77"`` / ``"p77"``, ``"12.3"`` /
    ``"§12.3"``, one spelling inside another (``"doi:10.1/x"`` / ``"10.1/x"``, a URL around
    an id), another key (``pmid`` / ``doi``), a reworded query -- are not. Also true when a
    tool that changes something (not a read) succeeded twice, each call setting a parameter
    the other does not (:func:`_sets_other_things`).
    """
    if a.kind != "tool" or b.kind != "tool" or a.tool != b.tool:
        return False
    if a.action_key == b.action_key:
        return False  # one call, or a repeat the tracker found stamped anew (_volatile_variant)
    va, vb = a.entity_values, b.entity_values
    if va.keys() != vb.keys():
        # An argument both calls pass, naming another entity in each: the same check run
        # over the next item, whose other arguments depend on the item ("name" and "dob"
        # for a person, "name" alone for a company).
        if _other_item(a, b, va.keys() & vb.keys()):
            return True
        # Another setting, successfully made, by a tool that changes something.
        failed = a.error or b.error
        return not failed and not _reads_state(a) and _sets_other_things(va, vb)
    if any(_other_entity(va[k], vb[k]) for k in va):
        return True
    return any(va[k] != vb[k] and _word_inside(a, b, k) for k in va)


def _word_inside(a: Step, b: Step, key: str) -> bool:
    """Whether the values of top-level argument ``key``, as written, are two words, one found
    inside the other but not at its start ("email" / "voicemail", "mail" / "email"): other
    words, not one spelling wrapping another (a plural or a longer form starts with it)."""
    x, y = _top_args(a).get(key[1:]), _top_args(b).get(key[1:])
    if not isinstance(x, str) or not isinstance(y, str):
        return False
    short, long = sorted((x.lower(), y.lower()), key=len)
    return short.isalpha() and long.isalpha() and long.find(short) > 0


# Argument names that say the value is what to search for, not a record to look up.
_QUERY_KEYS = frozenset(("query", "q", "search", "keywords", "terms"))


def _other_search(a: Step, b: Step) -> bool:
    """:func:`differ_in_entity` for two searches that each found nothing: a short query in
    other words ("invoices queue" / "generate_invoice routing") searches for the same thing
    reworded, unless it holds a number or code the other lacks (another record); a short
    value of any other argument may still name another entity."""
    if not differ_in_entity(a, b):
        return False
    va, vb = a.entity_values, b.entity_values
    if va.keys() != vb.keys():
        return True
    for key in va:
        x, y = va[key], vb[key]
        if not _other_entity(x, y):
            continue
        words = _NAME_WORD.findall(key)
        if not (words and words[-1].lower() in _QUERY_KEYS and x and y and x[:1] == _NAME):
            return True
        (nx, _), (ny, _) = _name_parts(x), _name_parts(y)
        if nx - ny and ny - nx:
            return True
    return False


def _sets_other_things(va: Mapping[str, str | None], vb: Mapping[str, str | None]) -> bool:
    """Two calls to a tool that changes something (not a read), with other argument keys,
    set different things when each sets a parameter the other does not (``update(cert=...)``
    / ``update(entity_id=...)``, ``set(value="x")`` / ``set(value={"a": 1})``). One setting
    tried again keeps its keys, or adds one beside them (``turn_on(brightness=255)``)."""
    return bool(va.keys() - vb.keys() and vb.keys() - va.keys())


def _other_entity(x: str | None, y: str | None) -> bool:
    if x is None or y is None or x == y:
        return False
    if x[:1] == _NAME or y[:1] == _NAME:
        # Short free text against a single token: a respelling ("Quadratics 2" / "q-2").
        return x[:1] == y[:1] and _other_name(x, y)
    if x[:1] == _TEXT or y[:1] == _TEXT:
        return x[:1] == y[:1] and _one_identifier_swapped(x[1:], y[1:])
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    # One spelling wrapping the other ("doi:10.1/x", a URL around an id) is the same entity.
    return not (len(short) >= 4 and short in long)


def _other_item(a: Step, b: Step, shared: Iterable[str]) -> bool:
    """Whether a top-level scalar argument both calls pass names another entity in each
    (:func:`_other_entity`, on the values' spelling-blind forms) and, as written, the two
    values share no word or number: another item ("Ann Roe" / "Acme Ltd", "sms" / "email"),
    not a stamp minted anew ("ses-647" / "ses-806"), a date written another way, nor another
    way to point at one thing ("#submit" / "button[type=submit]")."""
    va, vb = a.entity_values, b.entity_values
    keys = [k for k in shared if _other_entity(va[k], vb[k])]
    if not keys:
        return False
    raw_a, raw_b = _top_args(a), _top_args(b)
    for key in keys:
        x, y = raw_a.get(key[1:]), raw_b.get(key[1:])
        if not isinstance(x, str) or not isinstance(y, str):
            continue  # a nested value, or a number
        if not set(_ITEM_TOKEN.findall(x.lower())) & set(_ITEM_TOKEN.findall(y.lower())):
            return True
    return False


def _top_args(step: Step) -> Mapping[str, Any]:
    """A call's top-level arguments, as the agent wrote them (canonical order)."""
    try:
        value = json.loads(step.action_key[len(step.tool or "") + 6 : -1])
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


_ITEM_TOKEN = re.compile(r"\w+")


# A value a client stamps on each call: a date-time, a clock time (two-digit hour), a UUID, a
# run of 6+ hex characters mixing digits and letters (a trace or cache-buster), with a letter
# after a digit: a letter prefix and a number ("A596397", "inv204411") is how systems name
# records (an authorisation, an invoice), and a run of calls over such ids is a batch.
_STAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}:?\d{2})?"
    r"|\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?=[0-9a-f]*\d[0-9a-f]*[a-f])[0-9a-f]{6,}"
)
# A code: one token holding three digits or more (a counter, a request number, a nonce).
_CODE = re.compile(r"(?=(?:\D*\d){3})[\w.:+-]{3,40}")


def _scalars(canonical: str) -> dict[str, str] | None:
    """A tool call's top-level scalar arguments, lower-cased; None unless all are scalars."""
    value = json.loads(canonical)
    if not isinstance(value, dict):
        return None
    out: dict[str, str] = {}
    for k, v in value.items():
        if isinstance(v, (dict, list)):
            return None
        out[k] = str(v).lower()
    return out


# Words of an argument's name that say a client fills it anew on each call: a nonce, a poll or
# sequence number, a transaction or trace id, a stamp, a cache-buster, an attempt counter.
_BOOKKEEPING = frozenset(
    (
        *("nonce", "salt", "seq", "poll", "tx", "txn", "trace", "span", "ts", "stamp"),
        *("timestamp", "asof", "nocache", "cache", "buster", "cb", "attempt", "retry"),
        *("idempotency", "dedup", "correlation"),
    )
)


def _bookkeeping(key: str, subject: set[str]) -> bool:
    """Whether an argument's name says it is per-call bookkeeping (``poll_id``, ``tx``,
    ``clientTs``), unless the tool is about that very thing (``get_tx(tx=...)``: an entity)."""
    words = {w.lower() for w in _NAME_WORD.findall(key)}
    return bool(words & _BOOKKEEPING) and not words & subject


def _volatile_variant(earlier: Step, step: Step) -> bool:
    """Whether ``step`` is ``earlier`` again, with only per-call stamps changed.

    The same tool, the same result, at least one argument unchanged (what the call is about),
    and every other argument either respelled in case or a token a client stamps on each call:
    a time, a UUID, a hex trace (``_STAMP``), or, next to such a stamp, a code with digits
    (``_CODE``: a counter, a request number), or any value of an argument whose name says it
    is per-call bookkeeping (``poll_id``, ``tx``, ``session_nonce``: ``_bookkeeping``). A
    paging cursor or an entity id that changes changes the result, or comes without a stamp
    beside it; it is not a variant.
    """
    if step.observation_key != earlier.observation_key:
        return False
    tool = len(step.tool or "") + 6
    a = _scalars(earlier.action_key[tool:-1])
    b = _scalars(step.action_key[tool:-1])
    if not a or not b:
        return False
    fixed = stamped = False
    subject = {w.lower() for w in _NAME_WORD.findall(step.tool or "")}
    for key in a.keys() | b.keys():
        x, y = a.get(key), b.get(key)
        if x == y:
            fixed = True
            continue
        if _bookkeeping(key, subject):
            stamped = True
            continue
        for v in (x, y):
            if v is None:
                continue
            if _STAMP.fullmatch(v):
                stamped = True
            elif not _CODE.fullmatch(v):
                return False
    return fixed and stamped


def _reordered_variant(earlier: Step, step: Step) -> bool:
    """Whether read ``step`` is ``earlier`` again with only the order of list arguments
    changed (the same tanks, tickets or ids asked for in another order) and the same result:
    asking for the same set in another order asked for nothing new. (A read whose list's order
    matters, a sort order, a route, answers otherwise when it is reordered; a write's reply
    may not show the order it wrote, a plan's steps reordered.)"""
    if (
        "[" not in step.action_key
        or step.observation_key != earlier.observation_key
        or not _reads_state(step)
    ):
        return False
    tool = len(step.tool or "") + 6
    a = _unordered(json.loads(earlier.action_key[tool:-1]))
    b = _unordered(json.loads(step.action_key[tool:-1]))
    return bool(a == b)


def _unordered(value: Any) -> Any:
    """A canonical argument value with the items of every list in a fixed order."""
    if isinstance(value, dict):
        return {k: _unordered(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_unordered(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    return value


# The part of a result's word in which two answers differ, when it names the answer rather
# than says it: hex characters and dashes (a run id "245f1c", the tail of a trace
# "7ca9-2d9a") or a mask already put there ("<hex>", "<seq>"), four characters or more.
_ID_PART = re.compile(r"(?:<[a-z]+>|[0-9a-f])(?:<[a-z]+>|[0-9a-f-])*")
_HEX_LETTERS = frozenset("abcdef")
_DIGIT_CHARS = frozenset("0123456789")


def _ids_apart(x: str, y: str) -> bool:
    """Whether two spellings of one word of a result differ only in a per-call id: past what
    they share at either end, both parts are hex or masks (``_ID_PART``), and one is a mask
    or mixes digits and hex letters, as a random id does; two raw parts have one length.
    "147" / "146" and "49316" / "43795" are counts, and differ."""
    shorter = min(len(x), len(y))
    start = 0
    while start < shorter and x[start] == y[start]:
        start += 1
    tail = 0
    while tail < shorter - start and x[-1 - tail] == y[-1 - tail]:
        tail += 1
    # A mask is one token: what the two share may not end or begin inside one.
    opened = x.rfind("<", 0, start)
    if opened > x.rfind(">", 0, start):
        start = opened
    closed = x.find(">", len(x) - tail)
    if closed >= 0 and not 0 <= x.find("<", len(x) - tail) < closed:
        tail = len(x) - closed - 1
    mx, my = x[start : len(x) - tail], y[start : len(y) - tail]
    if len(mx) < 4 or len(my) < 4 or not (_ID_PART.fullmatch(mx) and _ID_PART.fullmatch(my)):
        return False
    if "<" in mx or "<" in my:
        return True
    return len(mx) == len(my) and any(
        _DIGIT_CHARS.intersection(m) and _HEX_LETTERS.intersection(m) for m in (mx, my)
    )


#: How many of the last calls a result is compared with for :func:`_same_but_ids`.
_ECHO_CALLS = 4


# A run of hex characters as a random id draws it, six or more, not inside a word, whether
# the draw holds letters and digits ("8e1465"), only digits ("897347") or only letters
# ("bfeedf"); and any run of hex characters, masked alike (a counter after the id, "-5").
_HEX_DRAW = re.compile(r"(?<!\w)[\da-f]{6,}(?!\w)")
_HEX_RUNS = re.compile(r"(?<!\w)[\da-f]+(?!\w)")


def _hex_draws(value: str) -> str:
    """``value`` in lower case with its runs of hex characters (``_HEX_RUNS``) masked."""
    return _HEX_RUNS.sub("<h>", value.lower())


def _json_object(text: str) -> dict[Any, Any] | None:
    """A result that is one JSON object, parsed; ``None`` for any other text."""
    stripped = text.strip()
    if not stripped.startswith("{") or len(stripped) > 16_384:
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _redrawn_stamp(kept: Any, dropped: Any, key: str = "") -> bool:
    """Whether a value one answer kept (``kept``) stands where the other answer had a stamp
    that its canonical form dropped (``dropped``, as served) and is that stamp drawn anew: the
    same value, another stamp of a stamp's class (a measure of the call, a host's name), or
    the same spelling, with a run of six hex characters or more, but for its runs of hex
    characters (``_hex_draws``: "944839-5" / "e18b3e-4"). A random id drawn with no letter
    ("/v2/897347") or no digit ("bfeedf") has no hex shape of its own; beside the hex ids
    that the same call's other answers carried there, it is one of them."""
    if isinstance(kept, dict):
        return (
            isinstance(dropped, dict)
            and bool(kept)
            and all(k in dropped and _redrawn_stamp(v, dropped[k], str(k)) for k, v in kept.items())
        )
    if kept == dropped:
        return True
    if isinstance(kept, (dict, list)) or isinstance(dropped, (dict, list)):
        return False
    if not (_stamp_shaped(key, dropped) or _measure(dropped)):
        return False
    if isinstance(kept, str) and isinstance(dropped, str):
        drawn = _HEX_DRAW.search(kept.lower()) is not None
        return drawn and _hex_draws(kept) == _hex_draws(dropped)
    return _stamp_shaped(key, kept) or (_measure(kept) and _measure(dropped))


def _apart_by_redrawn(a: Any, b: Any, raw_a: Any, raw_b: Any) -> bool:
    """Whether two canonical results (parsed ``_canonical_json``; ``raw_a`` / ``raw_b`` as
    served) differ only where one kept a value that the other dropped as a stamp and that is
    the same stamp drawn anew (:func:`_redrawn_stamp`)."""
    if a == b:
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        ra = raw_a if isinstance(raw_a, dict) else {}
        rb = raw_b if isinstance(raw_b, dict) else {}
        for k in a.keys() | b.keys():
            if k in a and k in b:
                if not _apart_by_redrawn(a[k], b[k], ra.get(k), rb.get(k)):
                    return False
            elif k in a:
                if k not in rb or not _redrawn_stamp(a[k], rb[k], str(k)):
                    return False
            elif k not in ra or not _redrawn_stamp(b[k], ra[k], str(k)):
                return False
        return True
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        la: list[Any] = (
            raw_a if isinstance(raw_a, list) and len(raw_a) == len(a) else [None] * len(a)
        )
        lb: list[Any] = (
            raw_b if isinstance(raw_b, list) and len(raw_b) == len(b) else [None] * len(b)
        )
        return all(_apart_by_redrawn(*four) for four in zip(a, b, la, lb, strict=True))
    return False


def _same_but_redrawn(a: str, b: str, key_a: str, key_b: str) -> bool:
    """Whether two JSON object results of one call (``a``, ``b``, as served; ``key_a``,
    ``key_b`` their observation keys, which differ) say the same but for a stamp that one's
    envelope dropped by its hex shape and the other's kept, drawn with no letter or no digit
    (:func:`_apart_by_redrawn`): the same answer served again."""
    n = _shared_start(key_a, key_b)
    lo, hi = 0, min(len(key_a), len(key_b)) - n
    while lo < hi:  # how many characters they end with alike (halving, as _shared_start)
        mid = (lo + hi + 1) // 2
        if key_a[len(key_a) - mid :] == key_b[len(key_b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    tail = lo
    apart = key_a[n : len(key_a) - tail] + " " + key_b[n : len(key_b) - tail]
    if _HEX_DRAW.search(apart) is None:
        return False  # (most results of one call that differ: no hex run where they do)
    raw_a, raw_b = _json_object(a), _json_object(b)
    if raw_a is None or raw_b is None:
        return False
    canon_a, canon_b = _json_object(_canonical_json(a)), _json_object(_canonical_json(b))
    if canon_a is None or canon_b is None:
        return False
    return _apart_by_redrawn(canon_a, canon_b, raw_a, raw_b)


def _same_but_ids(a: str, b: str) -> bool:
    """Whether two results (observation keys) say the same, word for word, but for per-call
    ids in some words (see :func:`_ids_apart`): the same answer, served anew."""
    if a == b:
        return True
    if a.count(" ") != b.count(" "):
        return False  # (a C-speed scan: most results of one tool differ in their words)
    words_a, words_b = a.split(" "), b.split(" ")
    if len(words_a) != len(words_b):
        return False
    return all(x == y or _ids_apart(x, y) for x, y in zip(words_a, words_b, strict=True))


# How far into a result a stamp that leads it may reach (words), and how many characters of
# what follows it must be found in the other result to line the two up.
_STAMP_LEAD = 12
_STAMP_ANCHOR = 16
_MONTHS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct"))
_MONTHS |= frozenset(("nov", "dec"))
# What marks a stamp as one: a call's id, or its latency ("(2226ms)").
_STAMP_MARKS = frozenset(("<hex>", "<id>", "<uuid>", "<seq>", "<dur>"))
_BARE_NUMBER = re.compile(r"\d{1,4}(?:[/.]\d{1,4})?")
_SPACES = re.compile(r"\s+")


def _stamp_words(tokens: Sequence[str]) -> bool:
    """Whether a piece of a result key's tokens (``_ENVELOPE_TOKEN``) are all such as stamp a
    response: masks, numbers, a stamp's words (``_ENVELOPE_WORDS``; "t" of "t=<dur>")."""
    return not any(t[0].isalpha() and t not in _ENVELOPE_WORDS and t != "t" for t in tokens)


def _dated(tokens: Sequence[str]) -> bool:
    """Whether a bare number among stamp tokens ("23", "19/11") comes beside a month or a
    clock time, as a date's day and month do (alone, it may be a count or a page)."""
    if any(_BARE_NUMBER.fullmatch(t) for t in tokens):
        return any(t in _MONTHS or t in ("<time>", "<ts>") or ":" in t for t in tokens)
    return True


def _shared_start(x: str, y: str) -> int:
    """How many characters ``x`` and ``y`` start with alike (halving: each test a C compare)."""
    lo, hi = 0, min(len(x), len(y))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if x[:mid] == y[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _stamp_moved(a: str, b: str) -> bool:
    """Whether two results (observation keys) say the same but for a stamp that one puts
    before its text and the other after it, or that changed ("· id <hex> · <dur> · <time>
    19/11 page 2/3: ..." / "page 2/3: ... · id <hex> · <dur> · <time> 19/11", "23 nov 0837h
    page 2/3: ... (<dur>)" / "page 2/3: ... [#<hex>] (<dur>) 23 nov 0836h"): one text with
    only stamps around it (see :func:`_stamp_words` and :func:`_dated`),
    among which a call's id or latency, or a stamp's label ("req", "ref"). A count or a page number beside a stamp
    is no stamp, and a text that differs inside is not the same text."""
    flag = a[: a.find(":") + 1]  # "ok:" or "error:"
    if not b.startswith(flag):
        return False
    if "<" not in a and "<" not in b and not any(w in a or w in b for w in _ENVELOPE_LABELS):
        return False  # (most results: no mask, no stamp's label, nothing to line up)
    a, b = a[len(flag) :], b[len(flag) :]
    starts = [0, *(m.end() for m in itertools.islice(_SPACES.finditer(a), _STAMP_LEAD))]
    for start in starts:
        lead = _ENVELOPE_TOKEN.findall(a[:start])
        if not _stamp_words(lead):
            return False  # the stamp ends before here: what follows is text
        anchor = a[start : start + _STAMP_ANCHOR]
        if len(anchor) < _STAMP_ANCHOR:
            return False
        at = b.find(anchor)
        if at < 0 or not _dated(lead):
            continue
        x, y = a[start:], b[at:]
        n = _shared_start(x, y)
        if n < min(len(x), len(y)):
            n = x.rfind(" ", 0, n + 1)  # back to the end of the last word both share
        rest = [lead, *(_ENVELOPE_TOKEN.findall(r) for r in (x[n:], b[:at], y[n:]))]
        if all(_stamp_words(r) and _dated(r) for r in rest) and any(
            t in _STAMP_MARKS or t in _ENVELOPE_LABELS for r in rest for t in r
        ):
            return True
    return False


def _distinct_entities(items: Sequence[_Indexed]) -> bool:
    """Every pair of the calls asks about different entities."""
    return all(differ_in_entity(x[1], y[1]) for x, y in itertools.combinations(items, 2))


def _each_tool_moves_on(items: Sequence[_Indexed]) -> bool:
    """Whether the calls of ``items`` are of two tools or more, one of them a write (not a
    read, :func:`_reads_state`) that went through, and every two calls of one tool ask about
    different entities (:func:`differ_in_entity`), some tool called twice: a record read and
    changed, then the next one read and changed, each tool's calls moving on as
    :func:`_distinct_entities` has one tool's do. A read and a write of one record over and
    over, or a tool called twice on one record, stays alike calls."""
    steps = [s for _, s in items]
    tools = {s.tool for s in steps}
    if len(tools) < 2 or len(tools) == len(steps):
        return False
    if not any(not s.error and not _reads_state(s) for s in steps):
        return False
    return all(
        differ_in_entity(a, b) for a, b in itertools.combinations(steps, 2) if a.tool == b.tool
    )


def _cross_reads_move_on(history: Sequence[_Indexed], items: Sequence[_Indexed]) -> bool:
    """Whether the calls of ``items`` are reads (:func:`_reads_state`) of two tools or more
    that went through, some tool called twice, every two calls of one tool asking about
    different entities (:func:`differ_in_entity`), and no call of them made before over the
    kept ``history`` (its action key new): one record looked up in two sources, then the next
    record in both, a cross-check moving on as :func:`_each_tool_moves_on` has a read and a
    write do. Two sources read of one record over and over, a tool asked twice about one
    record, or a pass that goes back to a record it already read stays alike calls."""
    steps = [s for _, s in items]
    tools = {s.tool for s in steps}
    if len(tools) < 2 or len(tools) == len(steps):
        return False
    if any(s.error or not _reads_state(s) for s in steps):
        return False
    if not all(
        differ_in_entity(a, b) for a, b in itertools.combinations(steps, 2) if a.tool == b.tool
    ):
        return False
    first = items[0][0]
    keys = {s.action_key for s in steps}
    return len(keys) == len(steps) and not any(
        s.kind == "tool" and s.action_key in keys for i, s in history if i < first
    )


# New input that only lets the agent go on ("ok", "sure, go ahead", "please do", "continue").
_ACKNOWLEDGEMENT_WORDS = frozenset(
    (
        *("ok", "okay", "k", "kk", "sure", "yes", "yeah", "yep", "yup", "fine", "alright"),
        *("right", "great", "good", "cool", "perfect", "thanks", "thank", "you", "please"),
        *("do", "it", "so", "go", "on", "ahead", "continue", "proceed", "keep", "going"),
        *("carry", "sounds", "got", "next", "mm", "hm", "mhm", "uh", "huh", "roger", "noted"),
        *("understood", "cheers", "thx", "ty", "for", "pls", "plz"),
        # Pings: asking whether anything happened tells the agent nothing ("any news?",
        # "update?", "where are we with this?", "still on it?", "how's it going?").
        *("any", "news", "update", "updates", "status", "progress", "where", "are", "we"),
        *("with", "this", "that", "how", "is", "s", "still", "there", "now", "and", "yet"),
        *("eta", "what", "whats", "anything", "things", "luck", "hello", "hi", "hey", "ping"),
        *("then",),
        # Praise and prompts to go on ("Lovely, and?", "do the thing", "action?", "next
        # step?", "carry on when ready", "anything new?", "is it ready?").
        *("lovely", "nice", "brilliant", "excellent", "splendid", "wonderful", "super"),
        *("awesome", "hmm", "well", "action", "the", "thing", "step", "happening", "when"),
        *("ready", "new", "by", "me", "stand", "done", "else", "more", "tell", "at", "after"),
        *("up", "to", "your", "quick", "quickly", "asap", "faster", "hurry", "urgent"),
        # A go-ahead to begin, as "go ahead" or "proceed" is ("Please start.", "Begin now.").
        *("start", "begin", "started"),
    )
)
# A sentence of new input that says nothing about the task: the agent repeats itself ("You
# said that.", "Repeating yourself.", "We know that.", "Yes, we agreed that.") or someone is
# waiting ("The client is waiting.", "It's due in 20 min."). What else the input says counts.
_NUDGE = re.compile(
    r"\b(?:you(?:'ve| have)? (?:said|already|keep|told)|repeat\w*|"
    r"we (?:know|agreed|heard|got|have) (?:that|this|it)|"
    r"(?:said|told|heard) (?:that|this|it) (?:before|already)|already (?:said|told|know)|"
    r"same (?:thing|answer|again|as before)|broken record|in circles|"
    r"(?:is|are|'s|'re) waiting|due in \d+|running (?:late|out of time)|hurry)\b"
)
# Words a nudge sentence may hold besides the nudge ("The client is waiting."); one with more
# says more ("Stop repeating yourself and read clause 4.2.").
_NUDGE_WORDS = 4
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
# A harness's or a tool's tag before new input ("[runner] ...", "(auto-reply) ...") and its
# "no new input": neither is something said to the agent.
_INPUT_TAG = re.compile(r"^\s*[\[(<][^\])>]{1,32}[\])>]:?\s*")
_NO_NEW_INPUT = re.compile(r"\bno (?:new )?(?:input|messages?|reply|response)\b")
# A response that announces what the agent is about to do or is doing ("Let me ...", "I'll
# now ...", "Time to ...", "Next step: ...", "Filing the ticket ...", "I'm on it"), after
# optional filler ("OK, now ...", "Understood.", "Before replying, ...") or an apology ("Sorry
# for the delay!", "Apologies,", "You're right, I apologise."): saying sorry first, or when,
# promises no less.
_ANNOUNCES = re.compile(
    r"(?:(?:ok(?:ay)?|alright|right|sure|now|so|next|then|first|great|good|understood|got it|"
    r"sorry(?: (?:for|about) (?:the|my) (?:delay|wait|hold-up|confusion))?|(?:my )?apologies|"
    r"i apologi[sz]e|you're right|you are right|"
    # (a clause that says when, before the announcement: "Before replying, I'll ...")
    r"before \w+ing(?=,))"
    r"\b[\s,:.!-]*)*"
    r"(?:let me|let's|let us|i'll|i will|i'm going to|i am going to|i'm about to|i am about to|"
    r"i'm on it|i am on it|"
    r"i'm gonna|going to|about to|time to|i need to|i shall|next step|moving on to|proceeding to|"
    r"i should|i must|i have to|we need to|we should|we'll|we will|we must|"
    r"i'm now|i am now|i'm \w+ing\b|i am \w+ing\b|"
    # (A look the agent is about to take, said without a verb: "Another look at the file.",
    # "One more look at ...", "A closer look at ...".)
    r"(?:another|one more|a (?:quick|closer|second|fresh) ?)\s*look (?:at|over|through)\b"
    r"(?![^.?!]*\b(?:is|was|shows?|showed|gives?|gave|confirms?|confirmed|reveals?)\b)|"
    # A gerund opens an announcement ("Booking the slot.", "Re-opening the case."), not a
    # sentence it is the subject of ("Resuming is cheaper, but ...").
    r"(?!(?:no|some|any|every)thing\b)(?:re-)?\w+ing\b(?!\s+(?:is|was|would|will|could|might|may)\b))"
)


# Discourse filler at the start of a response ("OK.", "So:", "Alright, now"): "So: notifying
# the pilot station." says what "Notifying the pilot station." says.
_FILLER = re.compile(r"^(?:(?:ok(?:ay)?|alright|right|so|well|now|then|again|anyway)\b[\s,:.!-]*)+")
_FILLER_START = frozenset("oarswnt")


# New input that says the agent's last answer missed: it repeats itself, or it did not answer
# what was asked ("Still wrong.", "That's not what I asked.", "That isn't the answer.", "No -
# read my question again.", "I asked for a date."). What such input asks for was asked before.
_PUSHBACK = re.compile(
    r"\b(?:still (?:wrong|not (?:it|right|what i asked|an answer|the answer))|"
    r"(?:that|this|it)(?:'s| is)(?: still)? (?:not|n't) (?:what i (?:asked|wanted|meant)|"
    r"the answer|an answer|right|correct|it)|"
    r"(?:that|this|it) (?:isn't|wasn't|is not|was not) (?:what i (?:asked|wanted|meant)|"
    r"the answer|an answer|right|correct)|not what i (?:asked|wanted|meant)|"
    r"(?:read|answer) (?:my|the) question|(?:didn't|did not|doesn't|does not) answer|"
    r"not an answer|i (?:already )?asked (?:for|you|whether|which|what|how|when|if)\b|"
    r"you(?:'re| are) repeating|same thing you said)"
)


def _pushback_only(text: str, history: Sequence[_Indexed], p: int) -> bool:
    """Whether new input ``text`` (of ``history[p]``) only pushes back on the agent's last
    answer (see ``_PUSHBACK``) and tells it no number or code that nothing before it in
    ``history`` held: the person asks again for what the agent keeps not giving ("Still
    wrong. I asked for the CVSS vector and score." / "You're repeating yourself. A date,
    please."), which is nothing new for a response that says the same again. Input that
    pushes back with a fact ("That's not right - the budget is 40k now.") is new."""
    if not text or _PUSHBACK.search(text.lower()) is None:
        return False
    facts = _facts(text)
    if not facts:
        return True
    before: set[str] = set()
    for k in range(p):
        step = history[k][1]
        before |= _facts(step.observation) if step.kind == "llm" else _stated(step)
        if step.kind == "llm":
            before |= _stated(step)
    return facts <= before


@functools.lru_cache(maxsize=4096)
def is_acknowledgement(text: str) -> bool:
    """Whether ``text``, new input before an LLM call, only lets the agent go on.

    A person (or a harness) answering "ok", "sure, go ahead" or "continue" tells the agent
    nothing new, so it does not count as progress between two responses that say the same;
    nor does a ping that only asks whether anything happened ("any news?", "update?", "where
    are we with this?"), a prompt to go on ("Lovely, and?", "action?"), a sentence that only
    says the agent repeats itself or that someone is waiting ("You said that.", "The client is
    waiting."), or a harness's tagged "[runner] no new input. Continue.". Input that names
    anything ("and FV4?", "add the price", "You said that. Level?") is new.
    """
    if len(text) > 80:
        return False  # longer than six words and a tag: something was said
    text = text.lower()
    if text[:1] in "[(<":
        text = _INPUT_TAG.sub("", text)
    if "no " in text:
        text = _NO_NEW_INPUT.sub("continue", text)
    words = _WORD.findall(text)
    if not words:
        # Only emoji or punctuation ("👍", "🙂", "..."): a reaction, not a request.
        return bool(text) and not text.isspace()
    if len(words) <= 6 and _ACKNOWLEDGEMENT_WORDS.issuperset(words):
        return True
    if _NUDGE.search(text) is None:
        return False
    rest = " ".join(
        s
        for s in _SENTENCE_END.split(text)
        if _NUDGE.search(s) is None or len(_WORD.findall(_NUDGE.sub(" ", s))) > _NUDGE_WORDS
    )
    words = _WORD.findall(rest)
    # Only nudges ("Repeating yourself."), or nudges and words that let the agent go on.
    return len(words) <= 6 and _ACKNOWLEDGEMENT_WORDS.issuperset(words)


def announces_action(text: str) -> bool:
    """Whether a response announces what the agent is about to do ("Let me ...", "I'll ...",
    "Time to ...") rather than report or produce something."""
    return _announces_normalized(normalize_text(text))


def _announces_normalized(text: str) -> bool:
    """:func:`announces_action` of a text already normalised (:func:`normalize_text`)."""
    return _ANNOUNCES.match(text.replace("\u2019", "'")) is not None


def _tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(normalize_text(text)))


def _lines(text: str) -> frozenset[str]:
    return frozenset(line for line in (normalize_text(raw) for raw in text.splitlines()) if line)


def observation_novelty(segments: Sequence[str]) -> tuple[float, ...]:
    """How much new content each segment brings over the segments before it.

    Two views, averaged: the share of the segment's distinct word tokens (after
    :func:`normalize_text`) that appear in no earlier segment, and the share of its distinct
    normalised non-empty lines that appear in no earlier segment. Tokens see a changed
    sentence; lines see a new list item or a new error line even when every word in it was
    seen before (``page 3`` of a listing, a different failing test). An empty segment brings
    nothing new (novelty 0).

    Args:
        segments: Observations in order; the first is the baseline.

    Returns:
        One value in ``[0, 1]`` per segment after the first (empty for fewer than two).
    """
    return _novelty([_view(segment) for segment in segments])


_View = tuple[frozenset[str], frozenset[str]]


def _view(segment: str) -> _View:
    """A segment's distinct tokens and lines, as :func:`observation_novelty` compares them."""
    return _tokens(segment), _lines(segment)


def _novelty(views: Sequence[_View]) -> tuple[float, ...]:
    """:func:`observation_novelty` over the segments' views (see :func:`_view`)."""
    if not views:
        return ()
    seen_tokens = set(views[0][0])
    seen_lines = set(views[0][1])
    out: list[float] = []
    for tokens, lines in views[1:]:
        by_token = len(tokens - seen_tokens) / len(tokens) if tokens else 0.0
        by_line = len(lines - seen_lines) / len(lines) if lines else 0.0
        out.append((by_token + by_line) / 2)
        seen_tokens |= tokens
        seen_lines |= lines
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


def unit_vector(embedding: Any) -> NDArray[np.float32]:
    """``embedding`` as a flat ``float32`` vector of length 1, as ``Step.unit_vector`` uses it.

    Pure and thread-safe: the embedder runs it in its worker thread and hands the result to
    ``Step.with_embedding(..., unit=...)``, which keeps these numpy calls (tens of
    microseconds each right after the event loop idled) off the loop.
    """
    vector = np.asarray(embedding, dtype=np.float32).ravel()
    unit: NDArray[np.float32] = vector / max(math.sqrt(float(vector @ vector)), 1e-12)
    return unit


@fast_init  # made for every governed call and tool call, with seventeen fields
@dataclass(frozen=True, slots=True)
class Step:
    """One finished LLM call or tool call of a session, as the loop detectors see it.

    Attributes:
        kind: ``"llm"`` for a model response, ``"tool"`` for a tool call.
        text: The response text (``llm``); for ``tool`` steps optional free text.
        tool: The tool's name (``tool`` steps).
        args: The tool's arguments: a mapping or a JSON string (``tool`` steps).
        observation: What the agent saw: a tool's result or error message (``tool``), or the
            new input since the previous call, e.g. the last user message (``llm``, optional).
        error: Whether the tool call failed.
        embedding: The normalised embedding of :func:`semantic_text` of this step, or ``None``
            when there is none (yet); the semantic detector skips steps without one. Not part
            of equality.
        input_embedding: The embedding of :func:`input_text` of this step (an ``llm`` step's
            new input), or ``None``: without it the input's novelty is judged by its words
            alone, as before input embeddings existed. Not part of equality.
    """

    kind: StepKind
    text: str = ""
    tool: str | None = None
    args: Mapping[str, Any] | str | None = None
    observation: str = ""
    error: bool = False
    embedding: NDArray[np.float32] | None = field(default=None, compare=False, repr=False)
    input_embedding: NDArray[np.float32] | None = field(default=None, compare=False, repr=False)
    # The normalised keys, computed on first use and kept: the detectors compare every kept
    # step at every new one, and a step never changes after it is made.
    _action: str | None = field(default=None, init=False, compare=False, repr=False)
    # The call's own action key when the tracker found it a volatile variant of an earlier
    # call and gave it that call's key (see _volatile_variant); the semantic detector and the
    # entity comparison keep reading the call's own arguments.
    _own: str | None = field(default=None, init=False, compare=False, repr=False)
    _observation: str | None = field(default=None, init=False, compare=False, repr=False)
    _entities: Mapping[str, str | None] | None = field(
        default=None, init=False, compare=False, repr=False
    )
    _unit: NDArray[np.float32] | None = field(default=None, init=False, compare=False, repr=False)
    # For the semantic detector's short-response thresholds: the response's word count and
    # whether it announces an action (see :func:`announces_action`).
    _words: int | None = field(default=None, init=False, compare=False, repr=False)
    _announces: bool | None = field(default=None, init=False, compare=False, repr=False)
    # A response's normalised text (normalize_text, tens of microseconds), kept from the first
    # of action_key and announces to the second only: both read it, and each is computed once.
    _normalized: str | None = field(default=None, init=False, compare=False, repr=False)
    # What a tool call's result shows observation_novelty: every window it is in asks again.
    _result: _View | None = field(default=None, init=False, compare=False, repr=False)
    # Similarities to earlier steps computed off the event loop (see with_embedding).
    _known: tuple[tuple[Step, float], ...] = field(
        default=(), init=False, compare=False, repr=False
    )
    # The input embedding's unit vector, and whether the input restates an earlier step's
    # input (None: not judged yet; see LoopTracker._judge_input).
    _input_unit: NDArray[np.float32] | None = field(
        default=None, init=False, compare=False, repr=False
    )
    _restated: bool | None = field(default=None, init=False, compare=False, repr=False)
    # The share of a response's content words that no earlier kept response said (None: not
    # judged; see _judge_said).
    _novel: float | None = field(default=None, init=False, compare=False, repr=False)
    # Whether a tool call's result says nothing earlier kept results had not said (None: not
    # judged yet; see _is_stale), and its content words: a tool call's result's
    # (_result_words), a response's (_said_words).
    _stale: bool | None = field(default=None, init=False, compare=False, repr=False)
    _content: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)
    # Whether a response was told something new (None: not judged yet; see _told).
    _told: bool | None = field(default=None, init=False, compare=False, repr=False)
    # Whether a response's input pushes back on what the agent said (None: not judged yet;
    # see _pushed).
    _pushback: bool | None = field(default=None, init=False, compare=False, repr=False)
    # Whether the steps between a response and the kept response before it are only calls
    # made before, each with the result it had then (see LoopTracker._only_rereads).
    _rereads: bool = field(default=False, init=False, compare=False, repr=False)
    # The facts (see _facts) a response states, or a tool call's arguments and its result
    # (stamps masked) hold: computed once, each run of calls is read again at each step.
    _stated: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)
    _given: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)
    _shown: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)

    @classmethod
    def llm(cls, text: str, *, observation: str = "") -> Step:
        """Build an ``llm`` step from a response text."""
        return cls(kind="llm", text=text, observation=observation)

    @classmethod
    def tool_call(
        cls,
        tool: str,
        args: Mapping[str, Any] | str | None = None,
        *,
        observation: str = "",
        error: bool = False,
    ) -> Step:
        """Build a ``tool`` step from a call and its result."""
        return cls(kind="tool", tool=tool, args=args, observation=observation, error=error)

    def with_embedding(
        self,
        embedding: NDArray[np.float32] | None,
        *,
        unit: NDArray[np.float32] | None = None,
        similarities: Sequence[tuple[Step, float]] = (),
        input_embedding: NDArray[np.float32] | None = None,
    ) -> Step:
        """Return a copy of this step carrying ``embedding``.

        Args:
            embedding: The step's embedding.
            unit: ``unit_vector(embedding)`` when it was already computed elsewhere (the
                embedder does it in its worker thread), so that no numpy work for this step
                is left to the event loop. Must be exactly that.
            similarities: ``(earlier, float(earlier.unit_vector() @ unit))`` for earlier steps
                the semantic detector will compare this one with
                (``LoopTracker.semantic_partners``), computed elsewhere; exactly that
                expression, so that the detector's answer does not change.
            input_embedding: The embedding of :func:`input_text` of this step; ``None`` keeps
                the one it carries, if any.
        """
        # The constructor rather than dataclasses.replace: the governor calls this on the event
        # loop for every step, and replace looks every field up by name.
        given = self.input_embedding if input_embedding is None else input_embedding
        step = Step(
            self.kind,
            self.text,
            self.tool,
            self.args,
            self.observation,
            self.error,
            embedding,
            given,
        )
        set_field = object.__setattr__
        set_field(step, "_action", self._action)
        set_field(step, "_own", self._own)
        set_field(step, "_observation", self._observation)
        set_field(step, "_entities", self._entities)
        set_field(step, "_words", self._words)
        set_field(step, "_announces", self._announces)
        set_field(step, "_normalized", self._normalized)
        set_field(step, "_result", self._result)
        if given is self.input_embedding:
            set_field(step, "_input_unit", self._input_unit)
        if unit is not None and embedding is not None:
            set_field(step, "_unit", unit)
            if similarities:
                set_field(step, "_known", tuple(similarities))
        return step

    def input_unit_vector(self) -> NDArray[np.float32]:
        """The input embedding as a flat vector of length 1 (computed once; the step must have
        an input embedding)."""
        unit = self._input_unit
        if unit is None:
            unit = unit_vector(self.input_embedding)
            object.__setattr__(self, "_input_unit", unit)
        return unit

    def unit_vector(self) -> NDArray[np.float32]:
        """The embedding as a flat vector of length 1 (computed once; the step must have an
        embedding): a window's similarities are then one dot product per pair."""
        unit = self._unit
        if unit is None:
            unit = unit_vector(self.embedding)
            object.__setattr__(self, "_unit", unit)
        return unit

    @property
    def word_count(self) -> int:
        """How many words the text has (whitespace-separated; computed once)."""
        words = self._words
        if words is None:
            words = len(self.text.split())
            object.__setattr__(self, "_words", words)
        return words

    @property
    def announces(self) -> bool:
        """Whether the text announces an action (:func:`announces_action`; computed once)."""
        announces = self._announces
        if announces is None:
            announces = _announces_normalized(self._normalized_text(self._action is None))
            object.__setattr__(self, "_announces", announces)
        return announces

    def _normalized_text(self, keep: bool) -> str:
        """``normalize_text(self.text)``: kept for the other of action_key and announces when
        ``keep`` (it has yet to read it), else let go (both have read it)."""
        text = self._normalized
        if text is None:
            text = normalize_text(self.text)
            if keep and self.kind == "llm":
                object.__setattr__(self, "_normalized", text)
        else:
            object.__setattr__(self, "_normalized", None)
        return text

    def _result_view(self) -> _View:
        """The tokens and lines of the result (error flag first) for the semantic detector's
        novelty (computed once)."""
        view = self._result
        if view is None:
            # The result as the observation key reads it: reordered JSON keys, per-response
            # stamps and counters are nothing new. Only windows alike enough ask for it.
            result = _canonical_json(self.observation)
            if result[:1] == "#" and "\n" in result:
                # A report's comment lines of fields above and below its body ("# query_id=..
                # run_at=.. node=..", "# rows=1 elapsed_ms=..") are notes on the serving, not
                # the answer: the same in every call, they would water down what is new in it
                # (a job's phase and count moving on between polls).
                result = _COMMENT_NOTE.sub("", result)
            if any(label in result.lower() for label in _COUNTER_LABELS):
                result = _ANY_CASE_COUNTER.sub(_COUNTER_MASK, result)
            if "#" in result:
                result = _ANY_CASE_CALL_COUNT.sub(_CALL_COUNT_MASK, result)
            view = _view(("error: " if self.error else "") + result)
            object.__setattr__(self, "_result", view)
        return view

    @property
    def action_key(self) -> str:
        """The normalised action: ``tool:name(args)`` or ``llm:text`` (computed once)."""
        key = self._action
        if key is None:
            if self.kind == "tool":
                key = f"tool:{self.tool or ''}({canonical_args(self.args)})"
            else:
                text = self._normalized_text(self._announces is None)
                # Filler starts with one of these letters; most responses skip the regex.
                key = f"llm:{_FILLER.sub('', text) if text[:1] in _FILLER_START else text}"
            object.__setattr__(self, "_action", key)
        return key

    @property
    def entity_values(self) -> Mapping[str, str | None]:
        """The arguments' scalar values in a spelling-blind form (see
        :func:`differ_in_entity`; computed once, empty for ``llm`` steps)."""
        values = self._entities
        if values is None:
            own = self._own if self._own is not None else self.action_key
            values = (
                _entity_values(own[len(self.tool or "") + 6 : -1]) if (self.kind == "tool") else {}
            )
            object.__setattr__(self, "_entities", values)
        return values

    @property
    def observation_key(self) -> str:
        """The normalised observation, prefixed with the error flag (computed once)."""
        key = self._observation
        if key is None:
            key = ("error:" if self.error else "ok:") + _result_key(self.observation)
            object.__setattr__(self, "_observation", key)
        return key


def semantic_text(step: Step) -> str:
    """The text the embedder should embed for ``step`` (empty: nothing to embed).

    ``llm`` steps: the normalised response text. ``tool`` steps: ``"name(args)"`` with the
    canonical arguments, so two calls compare by what they ask for.
    """
    # The action key without its "tool:" / "llm:" prefix, so it is normalised once per step.
    if step.kind == "tool":
        return (step._own if step._own is not None else step.action_key)[5:]
    return step.action_key[4:]


def input_text(step: Step) -> str:
    """The text of ``step``'s new input to embed for its novelty (empty: nothing to embed).

    An ``llm`` step's ``observation`` when it tells the agent something (not empty, not an
    acknowledgement such as "ok" or "any news?": :func:`is_acknowledgement`); the embedding
    goes to ``Step.with_embedding(..., input_embedding=...)`` and lets the detectors take an
    input that restates an earlier one in other words ("still no ETA" / "I asked for an
    ETA. add it.") as nothing new said (see ``LoopConfig.input_restatement_threshold``).
    """
    return step.observation if step.kind == "llm" and _new_input(step) else ""


#: How many earlier inputs (the latest ones) a new input is compared with: a request said
#: again restates one of the last few (2 to 4 find the same on the studied sets), while a
#: question that comes round again after others is asked anew.
_RESTATED_INPUTS = 3


# A number that counts the tries, stamped on an error or a prompt sent again ("[attempt 3]",
# "retry 2 of 5", "try #4"): the harness counting, not a number the input asks about.
_TRY_COUNT = re.compile(
    r"\b(?:attempts?|tries|try|retry|retries)\s*(?:#|no\.?|number)?\s*\d+(?:\s*(?:/|of)\s*\d+)?\b"
)


def _drop_try_count(normalized: str) -> str:
    """``normalized`` (:func:`normalize_text`'s) without its counts of tries (``_TRY_COUNT``),
    the regex run only on a text that holds a word it needs."""
    if "attempt" in normalized or "tr" in normalized:
        return _TRY_COUNT.sub(" ", normalized)
    return normalized


def _other_request(new: str, old: str) -> bool:
    """Whether input ``new``, alike to the earlier input ``old`` by its embedding, still asks
    for something else: it holds a number or code ``old`` lacks ("what about Q4?" after
    "what about Q3?", "5% on parking too"), or the two are one sentence with one or two
    content words swapped ("Summarise the invoice report." / "Summarise the shipment
    report."): a follow-up about another entity, not the same request again. Words that only
    say it is a request or a complaint ("still", "please", "missing", "again") do not count."""
    tokens_new = _WORD.findall(_drop_try_count(normalize_text(new)))
    tokens_old = _WORD.findall(_drop_try_count(normalize_text(old)))
    numbers_old = {t for t in tokens_old if any(c.isdigit() for c in t)}
    if any(any(c.isdigit() for c in t) and t not in numbers_old for t in tokens_new):
        return True
    words_new = _content_words(new) - _NOT_ASKED
    words_old = _content_words(old) - _NOT_ASKED
    only_new, only_old = words_new - words_old, words_old - words_new
    if not only_new or not only_old:
        return False
    swapped = max(len(only_new), len(only_old))
    return swapped <= 2 and len(words_new & words_old) >= swapped


@dataclass(frozen=True, slots=True)
class LoopEvidence:
    """What a detector saw.

    Attributes:
        steps: The absolute indexes (0-based, in session order) of the steps involved.
        similarities: ``(i, j, cosine)`` for the compared step pairs (semantic detectors; for
            structural ones 1.0 for each matched pair).
        details: Further numbers (novelty, counts, thresholds) for the audit log.
    """

    steps: tuple[int, ...]
    similarities: tuple[tuple[int, int, float], ...] = ()
    details: Mapping[str, float | int | str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LoopFinding:
    """One detector's verdict that the session is looping.

    Attributes:
        detector: One of :data:`DETECTOR_NAMES`.
        score: In ``[0, 1]``; higher is more certain (structural: 1.0; semantic: the smallest
            compared similarity scaled down by the novelty seen).
        evidence: The steps and similarities behind the finding.
        reason: A sentence for the decision, the audit log and the TUI.
    """

    detector: str
    score: float
    evidence: LoopEvidence
    reason: str

    def numbers(self) -> dict[str, float | int | str]:
        """Flat numbers for a decision's ``numbers`` mapping."""
        out: dict[str, float | int | str] = {
            "detector": self.detector,
            "score": round(self.score, 4),
            "steps": ",".join(str(i) for i in self.evidence.steps),
        }
        if self.evidence.similarities:
            out["min_similarity"] = round(min(s for _, _, s in self.evidence.similarities), 4)
        out.update(self.evidence.details)
        return out


@dataclass(frozen=True, slots=True)
class LoopResult:
    """The tracker's answer to one observed step.

    Attributes:
        step_index: The absolute index of the step just observed.
        escalation_level: ``"none"``, ``"warn"`` (first finding) or ``"act"`` (confirmed).
        findings: Every finding at this step, strongest first.
        confirms: For ``"act"``, the earlier finding this one confirms.
    """

    step_index: int
    escalation_level: EscalationLevel
    findings: tuple[LoopFinding, ...] = ()
    confirms: LoopFinding | None = None

    @property
    def finding(self) -> LoopFinding | None:
        """The strongest finding at this step, if any."""
        return self.findings[0] if self.findings else None

    @property
    def reason(self) -> str:
        """A sentence describing the outcome."""
        if not self.findings:
            return "No loop detected."
        head = self.findings[0].reason
        if self.escalation_level == "act" and self.confirms is not None:
            return (
                f"{head} This confirms the loop first seen at step "
                f"{self.confirms.evidence.steps[-1]} ({self.confirms.detector})."
            )
        return head


# --------------------------------------------------------------------------------------------
# Configuration
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoopConfig:
    """Settings of the loop detectors and of the default escalation policy.

    Attributes:
        action_observation_repeats: Identical call + identical observation in a row to trip.
        action_error_repeats: Identical failing call in a row to trip.
        monologue_repeats: Identical consecutive responses (no tool call between) to trip.
        alternation_steps: Length of the A-B-A-B pattern to trip (even, at least 4).
        repeated_call_count: Occurrences of the same call within ``repeated_call_window`` tool
            calls to trip ...
        repeated_call_window: ... among this many most recent tool calls ...
        repeated_call_max_distinct: ... when the share of distinct observations among those
            occurrences is at most this (1.0 disables the observation condition).
        cycle_max_period: The longest cycle of tool calls ``cycle`` looks for (2 or more;
            2 is A-B-A-B only).
        cycle_rounds: Rounds of a cycle (each call's observation repeating) for ``cycle`` to
            report; the default 2 reports A-B-A-B, so a fifth call that goes on confirms it.
        reworded_repeats: Calls in a row to one tool with reworded arguments and the same
            observation for ``reworded_repeat`` to report.
        semantic_enabled: Run the semantic detector (steps still need embeddings).
        semantic_compare: Compare ``"responses"``, ``"tool_calls"`` or ``"both"``.
        semantic_window: How many recent responses (tool calls) are compared.
        semantic_threshold: Cosine similarity every compared pair must reach. The default,
            0.75, is tuned on the evaluation set for all-MiniLM-L6-v2: paraphrased repeats of
            one request mostly score 0.7-0.9 there, so 0.90 misses most of them; the novelty
            condition, not the threshold, is what keeps paging and retries quiet.
        semantic_monologue_threshold: The similarity threshold for a window of short
            responses (at most ``semantic_monologue_words`` words each) with no tool call among
            them; the lower of this and ``semantic_threshold`` applies. MiniLM scores
            paraphrases of one short intention ("I'll backfill the partition now." / "Time to
            backfill the failed day's partition.") at 0.4-0.7, while sections of a report,
            which are long, score up to 0.6 with nothing new in between.
        semantic_monologue_words: What counts as a short response for the threshold above.
        semantic_announce_threshold: The similarity threshold, lower still, for a window of
            short responses that each announce an action (:func:`announces_action`: "Let me
            book the viewings.", "Time to set up the appointments.") with no tool call among
            them and nothing new in between: an agent that keeps saying what it will do and
            never does it is stuck even when each wording differs (MiniLM: 0.35-0.7).
        semantic_restated_threshold: The similarity threshold for a window of short responses
            with no tool call among them where every response after the first got input that
            restates an earlier input (see ``input_restatement_threshold``): the agent is told
            the same thing again and again and answers alike each time, however it words it
            ("Does the cap cover parking?" / "Could you clarify whether parking is part of
            the cap?" after "Base rent only." said three times). The default, 0.35, is the
            lowest that trips no progress trajectory of the sixteen studied sets (0.3 trips
            one).
        semantic_mode: ``"pairwise"`` compares every pair of the window, ``"consecutive"``
            only neighbours.
        semantic_max_novelty: The largest novelty (see :func:`observation_novelty`) of what the
            agent saw over the window that still counts as "nothing changed"; above it the
            similar steps are taken as progress (paging, corrected retries).
        semantic_agreement_threshold: The similarity threshold (capping the three above) at
            which the semantic detector is asked again on a step where only structural
            detectors found something; a finding then confirms theirs (see
            ``confirm_by_agreement``). The default, 0.4, is the lowest at which the semantic
            detector alone still flags under 2% of the progress trajectories of the fourteen
            studied sets (0.35: 2.4-2.6%); it flags about two thirds of their loops, evidence
            a structural finding lacks.
        input_restatement_threshold: The cosine similarity at or above which an ``llm`` step's
            new input (its :func:`input_text`, embedded: ``Step.input_embedding``) restates the
            input of one of the ``_RESTATED_INPUTS`` latest steps given any, unless it still
            asks for something else (another number, one entity swapped): such input is
            nothing new said, for the detectors that need nothing new said (``idle_talk``,
            ``regenerate``, ``action_observation``'s stalled status and the semantic
            detector's novelty). Steps without an input embedding are judged as before.
        enabled: Detector names to run; the others are skipped.
        confirm_within: Steps after a warning within which a second finding confirms it.
        confirm_by_agreement: A structural and a semantic finding on the same step confirm each
            other (``"act"`` without a prior warning). When only one kind found something, the
            other is asked at a lower bar: the semantic detector at
            ``semantic_agreement_threshold``, and ``action_observation`` one call short of its
            count when the semantic detector found the last calls alike and they are one call
            with one result, unless the call polls something that moves (its result changed
            earlier, or it reads a job or request an earlier call that reads nothing set
            going); or ``reworded_repeat`` when the last two of those calls brought back
            nothing that earlier results had not said.
        history: Steps kept per session (older ones are forgotten).
    """

    action_observation_repeats: int = 4
    action_error_repeats: int = 3
    monologue_repeats: int = 3
    alternation_steps: int = 6
    repeated_call_count: int = 5
    repeated_call_window: int = 10
    repeated_call_max_distinct: float = 0.5
    cycle_max_period: int = 3
    cycle_rounds: int = 2
    reworded_repeats: int = 3
    semantic_enabled: bool = True
    semantic_compare: Literal["responses", "tool_calls", "both"] = "both"
    semantic_window: int = 3
    semantic_threshold: float = 0.75
    semantic_monologue_threshold: float = 0.5
    semantic_monologue_words: int = 25
    semantic_announce_threshold: float = 0.2
    semantic_restated_threshold: float = 0.35
    semantic_mode: Literal["pairwise", "consecutive"] = "pairwise"
    semantic_max_novelty: float = 0.3
    semantic_agreement_threshold: float = 0.4
    input_restatement_threshold: float = 0.6
    enabled: frozenset[str] = frozenset(DETECTOR_NAMES)
    confirm_within: int = 6
    confirm_by_agreement: bool = True
    history: int = 64

    def __post_init__(self) -> None:
        problems: list[str] = []
        problems.extend(
            f"{name} must be at least 2"
            for name in (
                "action_observation_repeats",
                "action_error_repeats",
                "monologue_repeats",
                "semantic_window",
                "cycle_max_period",
                "cycle_rounds",
                "reworded_repeats",
            )
            if getattr(self, name) < 2
        )
        if self.alternation_steps < 4 or self.alternation_steps % 2:
            problems.append("alternation_steps must be even and at least 4")
        if self.repeated_call_count < 2 or self.repeated_call_window < self.repeated_call_count:
            problems.append(
                "repeated_call_count must be at least 2 and at most repeated_call_window"
            )
        problems.extend(
            f"{name} must lie between 0 and 1"
            for name in (
                "semantic_threshold",
                "semantic_monologue_threshold",
                "semantic_announce_threshold",
                "semantic_restated_threshold",
                "semantic_max_novelty",
                "semantic_agreement_threshold",
                "input_restatement_threshold",
                "repeated_call_max_distinct",
            )
            if not 0.0 <= getattr(self, name) <= 1.0
        )
        unknown = set(self.enabled) - set(DETECTOR_NAMES)
        if unknown:
            problems.append(f"enabled names unknown detectors {sorted(unknown)}")
        if self.confirm_within < 1:
            problems.append("confirm_within must be at least 1")
        if self.history < self.history_needed():
            problems.append(f"history must be at least {self.history_needed()} for these windows")
        if problems:
            raise ValueError("Invalid loop detector settings: " + "; ".join(problems) + ".")

    def history_needed(self) -> int:
        """The fewest steps to keep for these windows: twice the longest one."""
        return 2 * max(
            self.action_observation_repeats,
            self.action_error_repeats,
            self.monologue_repeats,
            self.alternation_steps,
            self.repeated_call_window,
            self.semantic_window,
            self.cycle_max_period * self.cycle_rounds,
            2 * (self.cycle_rounds + _POLLING_PATIENCE),
            self.reworded_repeats,
        )


# --------------------------------------------------------------------------------------------
# Detectors
# --------------------------------------------------------------------------------------------

_Indexed = tuple[int, Step]


# A tool that only lets time pass: an agent that waits between two identical checks is polling.
# The word may stand after a path's slash, a space (an operation's name after its verb, a CLI's
# subcommand), a colon (a namespaced command) or, capitalised, end a camelCase prefix; it may
# be followed by such a separator or by a capitalised word ("sleepSeconds", "waitFor").
_WAITS = re.compile(
    r"(?:(?:^|[_.\-/\s:])(?i:wait|sleep|pause|delay|backoff)|(?<=[a-z])(?:Wait|Sleep|Pause|Delay"
    r"|Backoff))(?:$|[_.\-/\s:])"
    r"|(?:^|[_.\-/\s:]|(?<=[a-z]))(?:wait|sleep|pause|delay|backoff|Wait|Sleep|Pause|Delay"
    r"|Backoff)(?=[A-Z][a-z])"
)
#: A tool that runs a shell command, and a command that starts by sleeping: such a call waits.
_SHELL_TOOL = re.compile(
    r"(?:^|[_.-])(?:bash|shell|sh|zsh|exec|execute|terminal|command|cmd|powershell|pwsh|run)"
    r"(?:$|[_.-])",
    re.IGNORECASE,
)
_SLEEP_COMMAND = re.compile(
    r"\s*(?:sleep\s+\d|start-sleep\b|timeout\s+(?:/t\s+)?\d)", re.IGNORECASE
)
#: Extra rounds a wait-and-check cycle needs: a polled status may repeat a few times before it
#: changes (a job queued, queued, running). A longer cycle with a wait in it (set, read, wait)
#: re-issues a command and gets none.
_POLLING_PATIENCE = 2
# A stated time to wait ("60 seconds", "5 min", "2h"): with a word of checking or waiting, a
# response that paces the checks as a wait tool would.
_TIMED_WAIT = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?)\b", re.IGNORECASE
)


# A result's field that tells whether the work polled is alive ("last_heartbeat",
# "heartbeatAt", "last_progress_at", "last_seen"), and a date-time stamp: between the waits
# of a poll, such a stamp unchanged says the work stopped, whatever the serving's stamps do.
_LIVENESS_FIELD = re.compile(
    r"heart_?beat|last[_ -]?(?:seen|progress|activity|active|update)", re.IGNORECASE
)
_LIVENESS_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[tT ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?")


def _stalled_liveness_stamp(tail: Sequence[_Indexed]) -> bool:
    """Whether the checks between a poll's waits (two or more) each report a liveness field
    (:data:`_LIVENESS_FIELD`) and share one date-time stamp: the work's heartbeat has stood
    still over the waits, so the poll needs no patience to be read as stuck."""
    reads = [s.observation for _, s in tail if not _waits(s)]
    if len(reads) < 2 or any(_LIVENESS_FIELD.search(r) is None for r in reads):
        return False
    common = set(_LIVENESS_STAMP.findall(reads[0]))
    for r in reads[1:]:
        common &= set(_LIVENESS_STAMP.findall(r))
        if not common:
            return False
    return True


#: Short responses in a row, with nothing done and nothing new said to the agent between
#: them, for ``idle_talk``; and the share of the last one's content words the others used.
_IDLE_RESPONSES = 3
_IDLE_REUSE = 0.3
# ... and the share below which responses that each open with a section's label of their own
# (``_own_sections``), with no ping among them, are one write-up's sections, not talk.
_SECTIONS_REUSE = 0.5
# A question asked again after an answer (``_reasks``): this many times, each sharing this
# share of its content words with an answered question and its answer, or embedding this
# alike with the question.
_REASKS = 2
# Two names offered as choices ("Harbour Point and Quay West", "Pier 3 or Pier 4").
_CHOICES = re.compile(
    r"\b([A-Z][a-z]{2,}(?: [A-Z0-9][\w-]*)*)(?:,| or| and) ([A-Z][a-z]{2,}(?: [A-Z0-9][\w-]*)*)"
)
_REASK_OVERLAP = 0.3
_REASK_SIMILARITY = 0.5
# ... among this many kept responses.
_REASK_SPAN = 12
# Talk that says again what was said (``_restates``): a run of this many responses or more
# with no call, this many of them saying little new and taking up nothing they were told,
# and this many told nothing new.
_RESTATE_RUN = 5
_RESTATES = 3
_RESTATE_QUIET = 2
# Content words compare by their first letters, a crude stem: "alcohol" / "alcoholic",
# "certificate" / "certified" are one word to a reader who hears the same intention again.
_STEM = 6
_STOPWORDS = frozenset(
    (
        *("the", "and", "for", "with", "that", "this", "from", "into", "then", "now", "next"),
        *("will", "shall", "can", "let", "lets", "get", "got", "just", "about", "are", "was"),
        *("its", "it's", "our", "your", "you", "not", "but", "all", "has", "have", "had"),
        *("i'll", "ill", "i'm", "we'll", "going", "time", "step", "first", "still", "again"),
    )
)


#: Responses in a row for ``idle_talk``'s "said before", and the largest share of each one's
#: content words that may be new to what the agent said before: 0.6 trips two progress
#: trajectories of the seventeen studied sets (status updates that each add one figure).
_SAID_BEFORE = 3
_SAID_NEW = 0.5
# A response that says again what the agent had said: at most this share of its content
# words new to the kept responses, and at least this many of them (a short reply, "Booking
# it now.", says little new by nature).
_SAID_AGAIN = 0.1
_SAID_AGAIN_WORDS = 8


# An answer's sentence punctuation, and runs of white space.
_PUNCTUATION = re.compile(r"[\s.,!?;:]+")


def _answer_form(text: str) -> str:
    """An answer as normalised text without its sentence punctuation, padded with a space
    each side so that one answer is found in another only as whole words."""
    return f" {_PUNCTUATION.sub(' ', normalize_text(text)).strip()} "


def _asks(step: Step) -> bool:
    """Whether a response ends on a question (a "?" inside a quote or a report does not)."""
    return step.text.rstrip(" \t\n*_").endswith("?")


#: Identical successful calls in a row, each followed by "again", for ``regenerate``.
# A response that opens by turning back on what was said before it.
_TURNS = re.compile(
    r"(?:(?:but|though|although|then again|still|however|yet|or|alternatively|on the other "
    r"hand|on second thought|actually|scratch that|i take that back|that said|conversely)\b"
    r"|no,)"
)
# A response that opens by saying it says again what was said ("In short, ...", "To sum up:").
_RESTATING = re.compile(
    r"(?:(?:so|ok|okay|again|basically|essentially|simply|overall|thus|therefore)\W+)?"
    r"(?:to sum (?:it )?up|in short|in sum|in summary|to summari[sz]e|summing up|"
    r"in other words|put (?:simply|plainly|another way|differently|briefly)|bottom line|"
    r"the (?:short )?(?:summary|upshot|gist|takeaway|conclusion|answer|point) (?:is|remains)|"
    r"to recap|to restate|as i said|as (?:i|we) (?:noted|mentioned|found|established)|"
    r"long story short|to put it (?:simply|plainly|another way)|in a nutshell|"
    r"to reiterate|once again)\b"
)
_LEADING = " \t\n\"'(*-.\u2026"  # (quotes, bullets, an ellipsis)
#: Responses in a row, no call between, and how many of them turn back, for ``_wavers``.
_WAVER_RUN = 4
# ``_replans``: a response that lays out a plan, one that opens by saying it plans anew, and
# the content words a plan shares with the first however its steps are ordered.
_PLAN_OPENS = re.compile(r"(?:(?:new |revised |updated |reordered )?plan|outline|steps)\b")
_REPLAN = re.compile(
    r"(?:(?:let me |i'll |i will )?(?:reorder|re-order|restructure|reframe|rethink|reconsider"
    r"|replan|re-plan|revise)\w*|revised\b|reordered\b|alternative(?:ly)?\b|thinking again"
    r"|on second thought|(?:a )?(?:different|new|better) (?:order|outline|plan|approach)"
    r"|(?:maybe |perhaps )?better(?: approach| plan| order)?\s*:|new outline)"
)
_PLAN_STEPS = re.compile(r"(?:^|\s)(?:\(?[1-9a-e]\)|[1-9]\.)\s")
_PLAN_THEN = re.compile(r"\b(?:then|first|before|after)\b")
_PLAN_BULLET = re.compile(r"^\s*[-*\u2022]\s+\w", re.MULTILINE)
_REPLANS = 2
_REPLAN_SHARED = 2


def _is_plan(text: str) -> bool:
    """Whether a response lays out steps to take: headed as one ("Plan: ..."), numbered
    ("1) ... 2) ...", "(a) ... (b)") or in order ("first A, then B, then C"), and reports
    none done."""
    low = text.lower()
    if _DONE.search(low) is not None:
        return False
    opening = low.lstrip(_LEADING)
    if (opens := _PLAN_OPENS.match(opening)) is not None and opening[
        opens.end() :
    ].lstrip().startswith(":"):
        return True  # "Plan: move A, slide B, hold C."
    if len(_PLAN_STEPS.findall(low)) >= 2 or len(_PLAN_THEN.findall(low)) >= 2:
        return True
    # A heading that ends with a colon and two bulleted lines or more below it ("Here's how
    # I'll go about it:\n- read the file\n- fix the test").
    head, colon, rest = low.partition(":\n")
    return bool(colon) and "\n" not in head and len(_PLAN_BULLET.findall(rest)) >= 2


_DONE = re.compile(r"\b(?:done|completed?|finished|updated|applied|sent|submitted)\b")


def _replans_over_reread(
    history: Sequence[_Indexed], plans: Sequence[_Indexed]
) -> list[LoopFinding]:
    """The last ``_IDLE_RESPONSES`` responses each lay out a plan (:func:`_is_plan`) sharing
    ``_REPLAN_SHARED`` content words or more with the first, in whatever form (a bulleted
    list, "A; then B; then C", a numbered checklist), and between each two the agent made
    one call, the same each time, with the same result (per-call stamps aside): the plan's
    first step redone, the rest never reached, and nothing told in between. Plans made
    anew and the same read made again are two kinds of evidence, so the finding confirms
    itself (``replans``). A plan carried out calls its next steps; a read whose result
    moved, or new input, may be what a revised plan answers."""
    n = _IDLE_RESPONSES
    if len(plans) < n:
        return []
    run = plans[-n:]
    if any(not _is_plan(s.text) or _told(s) for _, s in run[1:]) or not _is_plan(run[0][1].text):
        return []
    first = _content_words(run[0][1].text) - _PLAN_WORDS
    if any(len((_content_words(s.text) - _PLAN_WORDS) & first) < _REPLAN_SHARED for _, s in run):
        return []
    start, end = run[0][0], run[-1][0]
    between = [(i, s) for i, s in history if start < i < end]
    calls = [(i, s) for i, s in between if s.kind == "tool"]
    if len(calls) != n - 1:
        return []
    if any(not (a < c < b) for (a, _), (c, _), (b, _) in zip(run, calls, run[1:], strict=False)):
        return []  # (one call between each two plans)
    key, seen = calls[0][1].action_key, calls[0][1].observation_key
    if any(
        s.action_key != key or s.observation_key != seen or s.error or _waits(s) for _, s in calls
    ):
        return []
    idx = tuple(sorted((*(i for i, _ in run), *(i for i, _ in calls))))
    return _found(
        "idle_talk",
        idx,
        {"responses": n, "replans": n, "calls": len(calls)},
        f"The agent laid out the same plan {n} times, redoing only the call "
        f"{calls[0][1].tool} between them with the same result each time.",
    )


_WAVER_TURNS = 2
_REGENERATE_CALLS = 3
# A response that asks for the same thing once more ("Trying again.", "Regenerating.", "One
# more go.", "A further draft is required.").
_RETRY = re.compile(
    r"\b(?:again|retry\w*|re-?try\w*|re-?generat\w*|re-?roll\w*|redo\w*|re-?run\w*|"
    r"one more|once more|another (?:go|try|attempt|pass|round|draft|version|shot|run)|"
    r"further (?:draft|attempt|try|version|run))\b"
)


# ... unless it checks on something that changes by itself ("checking again shortly"): that
# is polling, and a job's status is expected to differ between checks.
_CHECKS = re.compile(
    r"\b(?:check\w*|poll\w*|wait\w*|monitor\w*|refresh\w*|look\w*|see (?:if|whether)|"
    r"status|progress|shortly|later|soon|in a (?:bit|minute|moment|while))\b"
)


# A tool that reads state ("get_job", "order_status", "fetch_page", "kubectl_get"), by the
# first or last word of its name: its result may change between two identical calls by
# itself, as a polled job advances. "draft_query_response" drafts; it reads nothing.
_READ_WORDS = frozenset(
    (
        *("get", "read", "fetch", "status", "list", "check", "poll", "track", "lookup"),
        *("query", "search", "find", "describe", "show", "view", "progress", "monitor"),
        *("watch", "inspect", "state", "info", "stat", "health", "log", "logs", "tail"),
        *("peek", "ping", "count", "load", "download", "scan", "probe", "measure"),
    )
)
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A tool name's first word that writes, whatever the name's last word says it writes to.
_WRITE_VERBS = frozenset(
    (
        *("append", "add", "set", "update", "write", "put", "post", "create", "insert"),
        *("delete", "remove", "clear", "reset", "send", "submit", "save", "record", "push"),
    )
)


# A result that says a search found nothing: "0 matches for ...", "no threads in airbnb
# matching ...", "No results.", "(no matches)", an empty list, a total of zero. An index
# ("items[0].id=..", "matches[0]") is no count: its 0 is followed by its closing bracket.
_NOTHING_FOUND = re.compile(
    r"\b(?:0(?!\])|no|zero|none)\b[^\n]{0,40}?\b(?:match|result|hit|thread|record|row|item|entr|"
    r"document|message|file|order|issue|event|log|line)\w*|\(no matches\)|^\s*\[\]\s*$|"
    r'"total":\s*0\b|\bnothing found\b|\bnot found\b',
    re.IGNORECASE | re.MULTILINE,
)
#: ... in a result of at most this many characters (a long one found something).
_NOTHING_FOUND_CHARS = 300
# A zero that a result's member gives as the call's outcome, not as a count: a process's exit
# status or a return code ("exitCode": 0, "rc": 0, "status_code": 0) is 0 when all went well,
# so it says nothing about what was found (and the next member's name, "message", is no noun
# it counts).
# Round sixty-seven: the same outcome in a key=value line or a YAML-ish one ("rc=0 query=...
# matches=1", "exit_code: 0"), a bare "status" aside there (a record's status may be a count).
_OUTCOME_ZERO = re.compile(
    r'(?:"(?:[\w-]*code|rc|exit_?status|status)"\s*:|\b(?:[\w-]*code|rc|exit_?status)\s*[=:])'
    r'\s*"?0"?(?![\w.])',
    re.IGNORECASE,
)


def _found_nothing(step: Step) -> bool:
    """Whether a successful call's short result says it found nothing (``_NOTHING_FOUND``),
    an outcome's zero (``_OUTCOME_ZERO``) aside."""
    text = step.observation
    if step.error or len(text) > _NOTHING_FOUND_CHARS or not _may_say_nothing_found(text):
        return False
    if _NOTHING_FOUND.search(text) is None:
        return False
    return _NOTHING_FOUND.search(_OUTCOME_ZERO.sub('""', text)) is not None


# The words an ASCII text needs for ``_NOTHING_FOUND``'s first alternative to match, after a
# "0", "no" or "zero" (its "(no matches)" holds both).
_FOUND_NOUNS = (
    *("match", "result", "hit", "thread", "record", "row", "item", "entr", "document"),
    *("message", "file", "order", "issue", "event", "log", "line"),
)


def _may_say_nothing_found(text: str) -> bool:
    """False only when ``_NOTHING_FOUND`` cannot match ``text``: its regex scans a few tens of
    ns per character, substring tests a few hundredths of that, and most results hold none of
    what it needs. Non-ASCII text is left to the regex (its case-blind match pairs a few
    non-ASCII letters with ASCII ones: "\u017f" with "s")."""
    if not text.isascii():
        return True
    low = text.lower()
    if "[]" in text or "found" in low or '"total"' in low:
        return True
    return ("0" in text or "no" in low or "zero" in low) and any(n in low for n in _FOUND_NOUNS)


# The words of a message that only thanks or acknowledges ("Thanks for confirming.",
# "Received, thank you.", "Noted, all good."), once the stopwords are gone.
_COURTESY = frozenset(
    (
        *("thanks", "thank", "thx", "cheers", "appreciated", "appreciate", "welcome"),
        *("acknowledged", "acknowledge", "acknowledgement", "acknowledgment", "ack"),
        *("noted", "received", "receipt", "confirmed", "confirm", "confirming"),
        *("confirmation", "great", "perfect", "good", "fine", "okay", "sounds", "much"),
        *("all", "again", "got", "message", "letting", "know", "you", "your", "yours"),
        *("for", "the", "and", "too", "very", "well", "likewise", "same", "seen", "so"),
        *("me", "us", "i", "it", "that", "this", "a", "lot", "to", "of", "ok", "re"),
        *("youre", "im", "we", "our", "from", "on", "end", "side", "back", "here", "reply"),
        *("bye", "goodbye", "have", "nice", "day", "pleasure", "anytime", "glad", "help"),
        *("let", "if", "there", "is", "anything", "else", "need", "hear", "speak", "soon"),
        *("danke", "merci", "gracias", "grazie", "obrigado", "ta", "roger", "copy", "wilco"),
    )
)
# The arguments that carry a message's text.
_BODY_KEYS = ("body", "message", "text", "content")
# A courtesy is short.
_COURTESY_WORDS = 12


def _courtesy_only(text: str) -> bool:
    """Whether a short text only thanks or acknowledges: some words, none outside
    ``_COURTESY`` (and no digits: a figure is news)."""
    words = _WORD.findall(text.lower().replace("'", ""))
    return (
        0 < len(words) <= _COURTESY_WORDS
        and not any(c.isdigit() for c in text)
        and all(w in _COURTESY for w in words)
    )


def _courtesy_body(step: Step) -> str | None:
    """A tool call's message text when it only thanks or acknowledges, else None."""
    args = step.args
    if step.kind != "tool" or not isinstance(args, dict):
        return None
    for key in _BODY_KEYS:
        body = args.get(key)
        if isinstance(body, str):
            return body if _courtesy_only(body) else None
    return None


def _without_body(step: Step) -> str:
    """A message call's other arguments (its recipient, its channel), canonically."""
    args = step.args
    assert isinstance(args, dict)
    return canonical_args({k: v for k, v in args.items() if k not in _BODY_KEYS})


def _holds_reply(key: str) -> bool:
    """Whether a result's key holds a reply's text ("reply", "response_text"), not who sent
    it or when ("reply_from", "reply_at")."""
    words = {w.lower() for w in _NAME_WORD.findall(key)}
    return bool(words & _REPLY_WORDS) and not words & _REPLY_ABOUT


_REPLY_WORDS = frozenset(("reply", "response", "answer"))
_REPLY_ABOUT = frozenset(("from", "to", "by", "at", "id", "time", "code", "status"))


def _courtesy_reply(observation: str) -> bool:
    """Whether what a message call brought back only thanks or acknowledges: its text, or
    in a JSON result, every text under a key that holds a reply, and at least one."""
    text = observation.strip()
    if not text.startswith("{"):
        return _courtesy_only(text)
    try:
        value = json.loads(text)
    except ValueError:
        return False
    if not isinstance(value, dict):
        return False
    replies = [v for k, v in value.items() if isinstance(v, str) and _holds_reply(k)]
    return bool(replies) and all(_courtesy_only(r) for r in replies)


def _reads_state(step: Step) -> bool:
    """Whether a tool call's name says it reads state (see ``_READ_WORDS``)."""
    return _name_reads_state(step.tool or "")


# (A session calls a few tools many times, and the rules ask of each kept call again.)
@functools.lru_cache(maxsize=1024)
def _name_reads_state(tool: str) -> bool:
    """:func:`_reads_state` of a tool's name, worked out once per name."""
    words = _NAME_WORD.findall(tool)
    if not words or (len(words) > 1 and words[0].lower() in _WRITE_VERBS):
        return False  # "append_log", "set_status", "update_state": a write to what it names
    return words[0].lower() in _READ_WORDS or words[-1].lower() in _READ_WORDS


@functools.lru_cache(maxsize=1024)
def _own_name_reads_state(tool: str) -> bool:
    """Whether a tool's own name, under a namespace ("crm.get_account",
    "billing/list_invoices": the server or client that offers the tool, then the tool), says
    it reads state (:func:`_name_reads_state` of the part after the last "." or "/"), or the
    whole name does. The namespace names no verb: "get" is the first word of what the tool
    does."""
    sep = max(tool.rfind("."), tool.rfind("/"))
    if 0 < sep < len(tool) - 1 and _name_reads_state(tool[sep + 1 :]):
        return True
    return _name_reads_state(tool)


@functools.lru_cache(maxsize=1024)
def _names_a_write(tool: str) -> bool:
    """Whether a word of a tool's name is a verb that writes (``_WRITE_VERBS``), wherever it
    stands (``plm_add_alternate``: a namespace, then the verb)."""
    return any(w.lower() in _WRITE_VERBS for w in _NAME_WORD.findall(tool))


def _retries(step: Step, producer: bool) -> bool:
    """Whether a response between two identical calls asks for the same thing once more: it
    says so ("Trying again."), or, after a call that produces something rather than reads
    state (``producer``), it just goes on with nothing new said to it. Either way not when it
    says it will check on a job again: that is polling."""
    text = step.text.lower()
    if _CHECKS.search(text) is not None:
        return False
    if producer:
        return not _says_new(step)
    return _RETRY.search(text) is not None


def _new_input(step: Step) -> bool:
    """Whether a response's new input tells the agent something (see is_acknowledgement)."""
    return _has_text(step.observation) and not is_acknowledgement(step.observation)


def _says_new(step: Step) -> bool:
    """Whether a response's new input tells the agent something it was not told before: new
    input (:func:`_new_input`) that does not restate an earlier input in other words (judged
    by the input embeddings, when the step has one: ``LoopTracker._judge_input``)."""
    return _new_input(step) and step._restated is not True


def _told(step: Step) -> bool:
    """:func:`_says_new`, worked out once per response (its input is judged when it is
    observed, before any detector reads it): a run of talk is read again at each response."""
    told = step._told
    if told is None:
        told = _says_new(step)
        object.__setattr__(step, "_told", told)
    return told


@functools.lru_cache(maxsize=1024)
def _content_words(text: str, normalized: bool = False) -> frozenset[str]:
    """The words of ``text`` that carry content: three letters or more, not a stopword; each
    cut to its first ``_STEM`` characters."""
    text = text if normalized else normalize_text(text)
    stems = _STEMS
    found = _WORD.findall(text)
    # Most words were met before: their stems looked up in C ("" for a word of no content).
    out: set[Any] = set(map(stems.get, found))  # (None and "" are discarded below)
    if None in out:  # words not met before, or not kept (counters, ids)
        out.discard(None)
        for word in found:
            if word in stems:
                continue
            if len(word) < 3 or word in _STOPWORDS:
                stem = ""
            else:
                stem = _stem(word)
                out.add(stem)
            if len(stems) < _STEMS_KEPT and word.isalpha():
                stems[word] = stem
    out.discard("")
    if "-" in text:
        out.update(_HYPHEN_CODE.findall(text))  # "NG-05", "MOV-31": one name each
    return frozenset(out)


_HYPHEN_CODE = re.compile(r"\b[a-z]+-\d+\b")


# A result's value that opens with consent ("reply": "Yes, book it.", <answer>Yep</answer>,
# reply=yes, a column's "Sure - go ahead."): a person's answer, through a tool, that agrees.
_CONSENT_VALUE = re.compile(
    r"(?:^|[>\"'=:\n])\s*(?:yes|yeah|yep|yup|sure|go ahead|approved|confirmed)\b", re.IGNORECASE
)
# The same question put through a tool this many times in a row, each answered yes.
_LEAVE_ASKED = 3


def _leave_asked_again(tail: Sequence[_Indexed]) -> bool:
    """Whether the calls of ``tail`` (``_LEAVE_ASKED`` calls in a row, one call) put the
    same question to a person through a tool (a "?" in its arguments: "Shall I send the
    order?") and each got consent back (``_CONSENT_VALUE``), the answers differing only in
    how they agree: their words apart from what all of them hold are acknowledgement words,
    the question's own words, and one more at most ("Yes, send it." / "yes please" / "Yep,
    ship it."). The agent had its answer the first time and asks leave again instead of
    acting: a request for confirmation made again, not an answer awaited. Questions that
    differ, or an answer that says something ("Yes, but after 17:00 on Friday."), are not
    this."""
    if len(tail) < _LEAVE_ASKED or "?" not in tail[-1][1].action_key:
        return False
    if any(s.error or _CONSENT_VALUE.search(s.observation) is None for _, s in tail):
        return False
    asked = _content_words(tail[-1][1].action_key.lower(), normalized=True) | _AGREEING_WORDS
    words = [_content_words(s.observation_key, normalized=True) for _, s in tail]
    common = frozenset.intersection(*words)
    return all(len(w - common - asked) <= 1 for w in words)


# Each word's stem, once worked out: a language's working vocabulary is a few thousand words,
# and most of a response's words were in earlier ones. Short words and stopwords are kept with
# "" (no content); tokens with digits or underscores (counters, ids, hashes: ever new in a long
# run) are never kept in it; bounded all the same.
_STEMS: dict[str, str] = {}
_STEMS_KEPT = 1 << 16


def _stem(word: str) -> str:
    """A word's first ``_STEM`` letters once an inflection is cut ("checking" / "check",
    "booked" / "booking", "lots" / "lot"), leaving three letters at least."""
    size = len(word)
    if word[-1] == "s":
        cut = 2 if size > 4 and word[-2] == "e" else 1
    elif word.endswith("ing"):
        cut = 3
    elif word.endswith("ed"):
        cut = 2
    else:
        return word[:_STEM]
    return word[: min(size - cut, _STEM)] if size - cut >= 3 else word[:_STEM]


# The content words (stems) of acknowledgement and consent ("please", "ahead", "fine",
# "right"), for :func:`_leave_asked_again`.
_AGREEING_WORDS = _content_words(" ".join(sorted(_ACKNOWLEDGEMENT_WORDS)), normalized=True)


# The end of a label that heads a line ("Status:", "Count update -", "L-7 >", "ops |").
_LABEL_END = ":->|\u2013\u2014"


def _without_label(texts: Sequence[str]) -> list[str]:
    """Normalised texts less the label they all start with ("Status: ...", "Count update -
    ...", "L-7 > ..."), or else the running header (:func:`_running_header`): a report's
    header is not something it says again."""
    heads = [t.split(" ") for t in texts]
    common = 0
    for column in zip(*heads, strict=False):
        if any(w != column[0] for w in column[1:]):
            break
        common += 1
    while common and heads[0][common - 1][-1:] not in _LABEL_END:
        common -= 1
    if not common or any(len(h) == common for h in heads):
        header = _running_header(texts) if len(texts) > 1 else 0
        if header and all(len(t) > header for t in texts):
            # (A running header, one sentence all of them open with: "Writing up the
            # outage for the owner. Cause: ...", as a page's title.)
            return [t[header:] for t in texts]
        return list(texts)
    return [" ".join(h[common:]) for h in heads]


# A response that opens with a section's label of a few words ("Cause: ...", "Next steps:").
_SECTION_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z' -]{0,24}?)\s*:\s+\S")


def _own_sections(tail: Sequence[_Indexed]) -> bool:
    """Whether each response of ``tail`` opens with a section's label (``_SECTION_LABEL``)
    and no two with the same one: the parts of one write-up given in turn ("Cause: ...",
    "Fix: ...", "Follow-up: ..."), each asked for with a short "and?". A stall reports
    under one label again and again ("Status: ..."). The label may follow a running header,
    one sentence every response opens with (:func:`_running_header`: "Writing up the
    report for the owner. Cause: ..."), as a document's title heads each of its pages."""
    texts = [step.text for _, step in tail]
    labels = _section_labels(texts)
    if labels is None and len(texts) > 1:
        header = _running_header(texts)
        if header:
            labels = _section_labels([t[header:] for t in texts])
    return labels is not None and len(set(labels)) == len(labels)


def _section_labels(texts: Sequence[str]) -> list[str] | None:
    """The section label each text opens with (``_SECTION_LABEL``), or None when one has
    none."""
    labels = []
    for text in texts:
        found = _SECTION_LABEL.match(text)
        if found is None:
            return None
        labels.append(found.group(1).lower())
    return labels


def _running_header(texts: Sequence[str]) -> int:
    """The length of the one whole sentence all ``texts`` open with, of ``_OPENER_WORDS``
    words or more ("Drafting the reply to the landlord. ..."), or 0 when they share none."""
    first = texts[0]
    size = min(len(t) for t in texts)
    for text in texts[1:]:
        size = next((k for k in range(size) if text[k] != first[k]), size)
    end = first.rfind(". ", 0, size)
    if end < 0 or len(first[:end].split()) < _OPENER_WORDS:
        return 0
    return end + 2


#: Responses in a row (no tool call among them) since the first of two requests for the same
#: thing, none of which took it up, for ``unmet_request``.
_UNMET_RESPONSES = 3
# An answer given again after a correction: this many restatements, each after pushback, of
# one claim (this share of its content words either way, at least _CLAIM_WORDS of them; an
# opening of at most _OPENING_WORDS words set aside).
_IGNORED_CORRECTIONS = 2
# ... the last pushback among the inputs of the last this many responses (the claim said again
# right after it, or after a re-read and a word).
_PUSHBACK_LOOK = 3
_SAME_CLAIM = 0.8
_CLAIM_WORDS = 4
_OPENING_WORDS = 5
# The longest acknowledgement (in words) a dictation is answered with ("Got it, added.").
_DICTATION_WORDS = 8
# Input that pushes back on what the agent did: it opens by refusing ("No, ...", "Not
# there.", "Wrong.") or says the agent missed ("still", "again", "didn't", "forgot").
_PUSHES_BACK = re.compile(
    r"^\W*(?:no|nope|not|wrong|that'?s not)\b"
    r"|\b(?:still|again|wrong|incorrect|didn'?t|haven'?t|hasn'?t|isn'?t|forgot\w*|missing)\b",
    re.IGNORECASE,
)
# ... and both requests short: a correction, not a task statement that names much in passing.
_UNMET_WORDS = 25
# New input that rejects what the agent gave ("Missing the expiry.", "Still no date.", "It
# has to name the layer.", "Not there.", "needs the window").
_REJECTS = re.compile(
    r"\b(?:no|not|nope|missing|still|again|must|needs?|has to|have to|without|forgot\w*|wrong)\b"
    r"|n't\b"
)


def _rejects(text: str) -> bool:
    """``_REJECTS.search(text) is not None``. Each of its alternatives holds one of these
    words as it is: a text with none of them cannot match, and the tests cost a fraction of
    the regex's scan, which runs on the new input at every response."""
    return (
        "no" in text
        or "n't" in text
        or "still" in text
        or "again" in text
        or "must" in text
        or "need" in text
        or "missing" in text
        or "has to" in text
        or "have to" in text
        or "without" in text
        or "forgot" in text
        or "wrong" in text
    ) and _REJECTS.search(text) is not None


# Words of a request that say what kind of request it is, not what it asks for.
_REQUEST_WORDS = (
    *("must", "missing", "include", "mention", "state", "needs", "need", "please", "write"),
    *("draft", "add", "say", "says", "said", "show", "does", "doesn", "don't", "isn't"),
    *("there", "what", "why", "when", "how", "where", "which", "also", "should", "it's"),
    *("give", "put", "make", "nope", "wrong", "without", "forgot", "one", "any"),
)
# Words about how an output reads rather than what it must hold ("Still too long.", "Less
# formal."): a shorter, friendlier draft takes them up without saying them.
_STYLE_WORDS = (
    *("long", "longer", "short", "shorter", "length", "formal", "informal", "casual"),
    *("polite", "friendly", "tone", "concise", "brief", "detail", "detailed", "wordy"),
    *("verbose", "simple", "simpler", "clear", "clearer", "vague", "harsh", "soft", "softer"),
    *("warm", "warmer", "stiff", "blunt", "specific", "generic", "bland", "dense", "punchy"),
    *("upbeat", "positive", "negative", "professional", "technical", "jargon", "words"),
    *("sentence", "sentences", "paragraph", "bullet", "bullets", "format", "style", "plain"),
    *("fluff", "cut", "trim", "tighten", "too", "less", "more", "much", "bit", "little"),
)
# The stems (see _content_words) that say nothing about what a request asks to see.
# Pronouns and determiners that stand for a person or a thing already named ("get her
# activated", "send it to her backup number"): two requests that share only these ask for
# nothing in common.
_PRONOUN_WORDS = (
    *("her", "hers", "him", "his", "she", "they", "them", "their", "theirs", "who", "whom"),
    *("these", "those", "mine", "ours", "yours", "which", "what"),
)
# The words that only say a response is a plan, for ``_replans``.
_PLAN_WORDS = frozenset(
    _stem(w)
    for w in ("plan", "revised", "reorder", "outline", "alternative", "alternatively", "better")
)
_NOT_ASKED = frozenset(
    _stem(w)
    for w in (*_REQUEST_WORDS, *_STYLE_WORDS, *_ACKNOWLEDGEMENT_WORDS, *_PRONOUN_WORDS)
    if len(w) > 2
)
# An answer that says it was given before ("Like I said", "I told you twice", "third time:"):
# the question it answers was asked again, whatever its words.
_ANSWERED_BEFORE = re.compile(
    r"\b(?:i(?:'ve| have)?(?: already)? (?:said|told|answered|mentioned|explained)|"
    r"already (?:said|told|answered)|(?:second|third|fourth) time)\b",
    re.IGNORECASE,
)
# Words that say an answer was given before ("I already said", "Same answer, as I told
# you."): no news in an answer given again.
_TOLD_BEFORE = frozenset(
    _stem(w) for w in ("already", "answered", "said", "told", "again", "same", "asked")
)


# The style words that name what feedback is about, not how much ("too", "more").
_STYLE_STEMS = frozenset(
    _stem(w) for w in _STYLE_WORDS if len(w) > 2 and w not in ("too", "less", "more", "much")
)
# A response that admits a mistake ("Sorry, you're right.", "My mistake.", "Apologies.").
_CONCEDES = re.compile(
    r"\b(?:sorry|apolog\w*|my (?:mistake|bad|error|apologies)|you'?re (?:quite |absolutely )?"
    r"right|i misread|i was wrong)\b"
)


def _concedes(text: str) -> bool:
    """``_CONCEDES.search(text) is not None``. Each of its alternatives holds one of these
    words as it is: a text with none of them cannot match, and the tests cost a few percent
    of the regex's scan, which runs at every response."""
    return (
        "sorry" in text
        or "apolog" in text
        or "my " in text
        or "right" in text
        or "i misread" in text
        or "i was wrong" in text
    ) and _CONCEDES.search(text) is not None


#: Announcements in a row, no call among them, for ``idle_talk`` to act on whatever the
#: agent is told; each at most this many words (an announcement, not a draft).
_PROMISES_RUN = 4
_PROMISE_WORDS = 20
#: Responses in a row that each open by conceding for ``unmet_request`` to act on however
#: the corrections were worded.
_CONCEDES_RUN = 4
_NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve"),
)
_NUMBER_WORD = {word: str(value) for value, word in enumerate(_NUMBER_WORDS)}
# A figure in an answer: a number (2.0 and 2.00 alike) or a small number in words ("five").
_FIGURE = re.compile(r"\d+(?:\.\d+)?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b")


def _figure(text: str) -> str:
    if text[0].isalpha():
        return _NUMBER_WORD[text]
    return f"{float(text):g}"


# A fact a response or a result states: a token that holds a digit ("$52,940", "86%",
# "HR-11", "08:30") or a small number in words ("three").
_FACT = re.compile(r"[\w.,:%$\u00a3\u20ac/+-]+")
_DIGIT = re.compile(r"\d")
_FACT_EDGES = ".,:;/+-"
_FACT_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# Figures too common to be what a result found.
_TRIVIAL_FIGURES = frozenset(("0", "1"))
#: Calls in a row, each followed by a response, for ``reworded_repeat``'s "one fact found
#: again": a third one warns, a fourth confirms.
_SAME_FACT_RUN = 3
# The steps it reads back: the run's calls and responses, and responses before it whose
# facts the agent had stated already.
_SAME_FACT_SPAN = 16
# A response that says a result is what it was.
_SAYS_SAME = re.compile(
    r"\b(?:same|again|still|unchanged|no change|as well|agrees?|matches|identical)\b"
)
#: Calls in a row for its "one figure returned again" (see ``_same_result_fact``).
_SAME_RESULT_RUN = 4
# ... each result short enough to say little more than the figure (a listing or a page
# brings more than one fact).
_SAME_RESULT_CHARS = 400


@functools.lru_cache(maxsize=1024)
def _facts(text: str) -> frozenset[str]:
    """The facts ``text`` states (see ``_FACT``): a number as its value ("$52,940",
    "52,940.00" and "52940" alike; "86%" as 86; "three" as 3), any other token that holds a
    digit as written ("hr-11", "40cm")."""
    out = set()
    words = _NUMBER_WORD
    for token in _FACT.findall(text.lower()):
        token = token.strip(_FACT_EDGES)
        if _DIGIT.search(token) is None:
            if token in words:
                out.add(words[token])
            continue
        core = token.lstrip("$\u00a3\u20ac+").rstrip("%")
        if _FACT_NUMBER.fullmatch(core):
            out.add(f"{float(core.replace(',', '')):g}")
        else:
            out.add(token)
    return frozenset(out)


def _args_text(args: Mapping[str, Any] | str | None) -> str:
    """A call's arguments as text whose numbers stand apart (JSON with spaces)."""
    if args is None or isinstance(args, str):
        return args or ""
    return json.dumps(args, ensure_ascii=False, default=str)


# A token that names a position or a record rather than a word: it holds a digit or a
# capital after its first letter ("r60", "CAoQAA", "HD-2208").
_MARKER = re.compile(r"\b(?=\w*(?:\d|(?<=\w)[A-Z]))\w{2,}\b")


def _follows(later: Step, earlier: Step) -> bool:
    """Whether ``later``'s arguments hold a marker (``_MARKER``) that ``earlier``'s result
    gave and its arguments did not: a page token, a cursor, a record the result named."""
    given = set(_MARKER.findall(_args_text(later.args))) - set(
        _MARKER.findall(_args_text(earlier.args))
    )
    return bool(given) and any(m in given for m in _MARKER.findall(earlier.observation))


def _stated(step: Step) -> frozenset[str]:
    """The facts a response states, or a tool call's result holds (its observation key:
    stamps and ids masked), computed once per step."""
    facts = step._stated
    if facts is None:
        facts = _facts(step.text if step.kind == "llm" else step.observation_key[3:])
        object.__setattr__(step, "_stated", facts)
    return facts


def _given(step: Step) -> frozenset[str]:
    """The facts a tool call's arguments hold, computed once per step."""
    facts = step._given
    if facts is None:
        facts = _facts(_args_text(step.args))
        object.__setattr__(step, "_given", facts)
    return facts


def _shown(step: Step) -> frozenset[str]:
    """The figures a tool call's result holds and its arguments do not (see _figures),
    computed once per step."""
    figures = step._shown
    if figures is None:
        figures = _figures(_stated(step) - _given(step))
        object.__setattr__(step, "_shown", figures)
    return figures


def _common_run(
    found: Sequence[tuple[frozenset[str] | None, frozenset[str]]],
) -> tuple[int, frozenset[str]]:
    """The longest run of ``found`` (per call or response: the figures kept, ``None`` for
    "the same again", and what was new) that ends at its last entry and shares a figure,
    and the figures it shares; the run starts with figures."""
    common: frozenset[str] | None = None
    n = run = 0
    for kept, _ in reversed(found):
        if kept is None:
            run += 1
            continue
        both = kept if common is None else common & kept
        if not both:
            break
        common, run = both, run + 1
        n = run
    return n, common or frozenset()


def _figures(facts: frozenset[str]) -> frozenset[str]:
    """The numbers among ``facts`` (see :func:`_facts`), less ``_TRIVIAL_FIGURES``."""
    return frozenset(f for f in facts if f[0].isdigit() and f.replace(".", "").isdigit()) - (
        _TRIVIAL_FIGURES
    )


def _not_a_demand(text: str) -> bool:
    """Input too long to be a correction (a task statement names much in passing), or a
    question: its answer need not repeat its words."""
    return len(text.split()) > _UNMET_WORDS or text.rstrip().endswith("?")


def _opens_conceding(text: str) -> bool:
    """Whether a response's first clause concedes ("Sorry, you're right.", "My mistake."):
    the agent speaks for itself, not in a draft's apology to a customer."""
    return _CONCEDES.search(_CLAUSE.split(text.lower(), maxsplit=1)[0]) is not None


def _takes_up(tail: Sequence[_Indexed], responses: Sequence[_Indexed]) -> bool:
    """Whether a response of ``tail`` (the last of ``responses``) says a content word of its
    new input that no response before it had said: it takes up what it was told."""
    said: set[str] = set()
    for i, s in responses:
        if i >= tail[0][0]:
            break
        said |= _said_words(s)
    for _, s in tail:
        if _new_input(s) and (_asked_for(s.observation) - said) & _content_words(s.text):
            return True
        said |= _said_words(s)
    return False


def _in_a_row(responses: Sequence[_Indexed]) -> bool:
    """Whether ``responses`` follow one another with nothing between them but calls that
    brought the agent nothing new (``Step._rereads``)."""
    return all(b == a + 1 or s._rereads for (a, _), (b, s) in itertools.pairwise(responses))


def _rejection(text: str) -> bool:
    """Whether new input rejects what the agent gave (``_REJECTS``) as a short demand."""
    return bool(text) and _rejects(text.lower()) and not _not_a_demand(text)


def _asked_for(text: str) -> frozenset[str]:
    """The content words of a request (see ``_content_words``) less those that only say it is
    one ("must", "include", "missing"), only politeness ("pls", "thanks") or how the output
    should read ("too long", "less formal")."""
    return _content_words(text) - _NOT_ASKED


def _waits(step: Step) -> bool:
    """Whether a tool call lets time pass: a wait tool ("wait_for", "sleep", "backoff"), or a
    shell tool whose command starts with a sleep ("sleep 30", "Start-Sleep -Seconds 30",
    "timeout /t 30"), as coding agents wait between the checks of a CI run."""
    tool = step.tool
    if tool is None:
        return False
    waits = _name_waits(tool)
    return waits if waits is not None else _sleeps(step.args)


@functools.lru_cache(maxsize=1024)
def _name_waits(tool: str) -> bool | None:
    """What a tool's name says of :func:`_waits`, worked out once per name: True a wait
    tool, None a shell tool (its command tells), False neither."""
    if _WAITS.search(tool) is not None:
        return True
    return None if _SHELL_TOOL.search(tool) is not None else False


def _sleeps(args: Mapping[str, Any] | str | None) -> bool:
    """Whether a shell tool's arguments are a command that starts with a sleep."""
    parsed: Any = args
    if isinstance(args, str):
        try:
            parsed = json.loads(args)
        except ValueError:
            return _SLEEP_COMMAND.match(args) is not None
    if isinstance(parsed, str):
        return _SLEEP_COMMAND.match(parsed) is not None
    values = getattr(parsed, "values", None)  # a mapping (a JSON list or number: no command)
    if values is None:
        return False
    return any(isinstance(v, str) and _SLEEP_COMMAND.match(v) is not None for v in values())


# A response that puts its next try a stated time off ("I'll retry after 5 seconds", "trying
# again in 30 s", "backing off 2 s before retrying"): it lets that time pass first, as
# "waiting 5 s" does.
_TIMED_RETRY = re.compile(
    r"\b(?:(?:re-?try\w*|try(?:ing)? (?:it )?again)\s+(?:after|in)\s+(?:about\s+)?"
    r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b"
    r"|back(?:ing|s|ed)?[ -]?off\b)",
    re.IGNORECASE,
)


def _paces(step: Step) -> bool:
    """Whether a step lets time pass before the next check: a wait tool, or a response that
    says it waits for a stated time ("Waiting about 60 seconds before the next check.") or
    tries again after one (``_TIMED_RETRY``)."""
    if step.kind == "tool":
        return _waits(step)
    text = step.text
    if _TIMED_WAIT.search(text) is None:
        return False
    return _CHECKS.search(text.lower()) is not None or _TIMED_RETRY.search(text) is not None


# Input that asks whether anything happened ("any news?", "and?", "how's it going").
_PING = re.compile(r"\?|\b(?:news|updates?|status|progress|where|eta|luck|yet|how)\b")


def _pings(text: str) -> bool:
    """Whether ``text``, input that tells the agent nothing new, asks after progress rather
    than only lets it go on ("ok", "continue")."""
    return _has_text(text) and _PING.search(text.lower()) is not None


def _has_text(text: str) -> bool:
    """``bool(text.strip())`` without copying the text."""
    return bool(text) and not text.isspace()


def _comparable(step: Step) -> bool:
    """Whether the semantic detector's windows take ``step``: it has an embedding, and text
    if it is a response."""
    return step.embedding is not None and (step.kind != "llm" or _has_text(step.text))


#: Responses naming the record between a read and its re-read, for ``_reread_named_over``.
_REREAD_NAMINGS = 2
#: The most words such a response has: a line saying what the agent will check.
_REREAD_WORDS = 30


def _reread_named_over(tools: Sequence[_Indexed], history: Sequence[_Indexed]) -> bool:
    """Whether the last call reads again, call and result, the call just before it, and the
    agent named the record the call reads (an argument's value with a digit in it, a record's
    code, spelled as it likes) in each of the ``_REREAD_NAMINGS`` or more short responses
    between the two, with nothing new said to it: it says, in other words each time, that it
    will look at the record it has just looked at, and looks again, finding the same. A check of another record, a call between, or new input ends it; one response
    naming the record before a second read is a verification."""
    (a, first), (b, last) = tools[-2], tools[-1]
    if last.error or first.action_key != last.action_key:
        return False
    if first.observation_key != last.observation_key or last.observation_key == "ok:":
        return False
    if b - a - 1 < _REREAD_NAMINGS or history[-1][0] != b or history[0][0] > a:
        return False
    names = [
        v
        for v in last.entity_values.values()
        if v and len(v) >= 4 and v[0] not in (_NAME, _TEXT) and any(c.isdigit() for c in v)
    ]
    if not names:
        return False
    end = len(history) - 1
    for k in range(a + 1, b):
        s = history[end - (b - k)][1]
        if s.kind != "llm" or _told(s) or s.word_count > _REREAD_WORDS:
            return False
        flat = _NON_ALNUM.sub("", s.text.lower())
        if not any(v in flat for v in names):
            return False
    return True


def _reread_announced_again(tools: Sequence[_Indexed], history: Sequence[_Indexed]) -> bool:
    """Whether the last call, a read (:func:`_reads_state`, no wait), reads again, call and
    result, the call just before it, and the agent announced each of the two reads in a short
    response right before it that names what the call is given (a record's id, a search's
    words: an argument's value of four characters or more, spelled as it likes), nothing new
    said to it and no other call between: "Checking R-12's owner." and R-12 read, then the
    same check announced again, in the same or other words, and the same answer. It looks at
    what it has just looked at, as it said it would the first time. (Round sixty-seven.) A
    second announcement in other words that says it checks to confirm (``_RECHECK``: "Let
    me double-check R-12.") is a verification, as round sixty-four has it; a read that is
    not announced before the first time (a response after it that names the
    record is its report, then a verification: ``_reread_named_over`` asks two), a record
    that moves by itself (:func:`_polls_something_that_moves`), or a write between, is
    not this."""
    (a, first), (b, last) = tools[-2], tools[-1]
    if last.error or first.action_key != last.action_key or not _reads_state(last):
        return False
    if first.observation_key != last.observation_key or last.observation_key == "ok:":
        return False
    if b - a < 2 or history[-1][0] != b or history[0][0] > a - 1 or _waits(last):
        return False
    args = last.args
    values = (args,) if isinstance(args, str) else args.values() if args else ()
    names = [_NON_ALNUM.sub("", v.lower()) for v in values if isinstance(v, str) and len(v) >= 4]
    names = [v for v in names if len(v) >= 4]
    if not names:
        return False
    end = len(history) - 1
    for k in (a - 1, *range(a + 1, b)):
        s = history[end - (b - k)][1]
        if s.kind != "llm" or s.word_count > _REREAD_WORDS or not _has_text(s.text):
            return False
        if (k > a or _has_text(s.observation)) and _told(s):
            return False
        flat = _NON_ALNUM.sub("", s.text.lower())
        if not any(v in flat for v in names):
            return False
    before, again = history[end - (b - a) - 1][1], history[end - 1][1]
    if again.action_key != before.action_key and _RECHECK.search(again.text.lower()):
        return False  # in other words, to confirm what it read: a verification, once
    return not _polls_something_that_moves(last, history)


def _reread_announced_found(
    tools: Sequence[_Indexed], history: Sequence[_Indexed]
) -> list[LoopFinding]:
    """``action_observation``'s finding of :func:`_reread_announced_again` (``history``: the
    tracker's kept steps, up to the last call), which confirms itself (``reannounced``): the
    same answer is one kind of evidence, the agent's announcing again what it had announced
    and done another."""
    if len(tools) < 2 or len(history) < 4 or tools[-1][1].action_key != tools[-2][1].action_key:
        return []
    if not _reread_announced_again(tools, history):
        return []
    return _found(
        "action_observation",
        (tools[-2][0], tools[-1][0]),
        {"repeats": 2, "reannounced": 1},
        f"The agent read the same thing with {tools[-1][1].tool} again, announcing the read as "
        "it had before the first, and the result was the same.",
    )


def _cursor_left_unpassed_found(
    tools: Sequence[_Indexed], history: Sequence[_Indexed]
) -> list[LoopFinding]:
    """``action_observation``'s finding of a listing called again, call and result, right
    after itself (only responses between, nothing new said to the agent), whose result
    offers a cursor to the next page (masked ``_CURSOR_MASK`` in its key) that neither call
    passes (:func:`_cursor_of`): the agent was handed the way on and fetched the first page
    again. Round sixty-seven; it confirms itself (``cursor_unpassed``): the same page is one
    kind of evidence, the cursor left unused another. Paging on passes the cursor; a page
    read again after a change, a call between, is no such repeat; nor is one call made again
    at once with nothing said between (a retry, then paging on): three in a row are."""
    if len(tools) < 2 or len(history) < 2:
        return []
    (a, first), (b, last) = tools[-2], tools[-1]
    if last.error or first.action_key != last.action_key:
        return []
    if _CURSOR_MASK not in last.observation_key or first.observation_key != last.observation_key:
        return []
    if _cursor_of(last) is not None or history[-1][0] != b or b - a > 4:
        return []
    end = len(history) - 1
    if end - (b - a) < 0:
        return []
    for k in range(a + 1, b):
        s = history[end - (b - k)][1]
        if s.kind != "llm" or _told(s):
            return []
    idx: tuple[int, ...] = (a, b)
    if b == a + 1:
        # Back to back, a client's retry once is no paging: a third time in a row is.
        if len(tools) < 3 or tools[-3][0] != a - 1 or tools[-3][1].action_key != last.action_key:
            return []
        if tools[-3][1].observation_key != last.observation_key:
            return []
        idx = (a - 1, a, b)
    return _found(
        "action_observation",
        idx,
        {"repeats": 2, "cursor_unpassed": 1},
        f"The agent listed with {last.tool} again and got the same page, leaving unpassed "
        "the cursor to the next page that the listing gave it.",
    )


#: Words a promise needs for :func:`_promise_said_twice_at_once` ("Done." twice is no plan).
_PROMISE_TWICE_WORDS = 12


def _promise_said_twice_at_once(history: Sequence[_Indexed]) -> list[LoopFinding]:
    """``monologue``'s finding of a response that announces what the agent will do (a plan of
    ``_PROMISE_TWICE_WORDS`` words or more: "X needs its Y reviewed; I'll work out the value
    and apply it.") given again word for word right after itself, with nothing said to the
    agent and no call between: it promised the work and, instead of doing it, promised it
    again. Round sixty-seven; it confirms itself (``repeated_at_once``): the same words are
    one kind of evidence, the promised action not taken another. A third time is
    ``monologue``'s own; a promise after new input, or after a call, answers that."""
    if len(history) < 2:
        return []
    (a, previous), (b, last) = history[-2], history[-1]
    if last.kind != "llm" or previous.kind != "llm" or b != a + 1 or _has_text(last.observation):
        return []
    if last.action_key != previous.action_key or last.action_key == "llm:":
        return []
    if last.word_count < _PROMISE_TWICE_WORDS:
        return []
    if len(history) > 2 and history[-3][1].action_key == last.action_key:
        return []  # three in a row: monologue's own finding
    if not (last.announces or _announces_later(last.text)):
        return []
    return _found(
        "monologue",
        (a, b),
        {"repeats": 2, "repeated_at_once": 2},
        "The agent gave the same promise of what it will do twice in a row, with nothing "
        "between, instead of doing it.",
    )


def _reported_stall(tail: Sequence[_Indexed], history: Sequence[_Indexed]) -> bool:
    """Whether the calls of ``tail`` (tool steps in a row: only responses between them) are
    one successful call with one result, and between each two of them the agent said
    something, with no new input and no wait (see ``_paces``). ``history`` holds the steps
    in session order, up to the last call, without gaps."""
    key, seen = tail[-1][1].action_key, tail[-1][1].observation_key
    if any(s.action_key != key or s.observation_key != seen or s.error for _, s in tail):
        return False
    end = history[-1][0]
    if end != tail[-1][0] or history[0][0] > tail[0][0]:
        return False
    last = len(history) - 1
    for (a, _), (b, _) in itertools.pairwise(tail):
        between = [history[last - (end - k)][1] for k in range(a + 1, b)]
        if not any(_has_text(s.text) for s in between):
            return False
        if any(_says_new(s) or _paces(s) for s in between):
            return False
    return True


def _relays(tail: Sequence[_Indexed], said: Mapping[int, Step]) -> bool:
    """Whether, right after each but the last of the calls of ``tail`` (one call in a row,
    only responses between them), the agent passed on a number or code of that call's result
    that the next call's result changed, and did not say it asks again: it reports a status
    whose values move ("46 open", then "39 open"). An agent that regenerates an output
    rejects it; it seldom relays the values that changed (see ``_same_words`` and
    ``_moves_one_way`` for when it does)."""
    for (a, older), (_, newer) in itertools.pairwise(tail):
        response = said.get(a + 1)
        if response is None or _RETRY.search(response.text.lower()) is not None:
            return False
        changed = older._result_view()[0] - newer._result_view()[0]
        if not {t for t in changed if not t.isalpha()} & _tokens(response.text) and not (
            _relays_as_percent(older.observation, newer.observation, response.text)
        ):
            return False
    return True


_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def _relays_as_percent(older: str, newer: str, text: str) -> bool:
    """Whether a response gives as a percentage ("processing (20%)") a fraction that the
    result ``older`` holds (0.2) and the result ``newer`` does not (the next call's, or an
    earlier one's): a status's share done, relayed in the form people read it, which the
    tokens of the two never share ("0.2" is "0" and "2")."""
    if "%" not in text:
        return False
    before = {float(n) for n in _NUMBER.findall(older)}
    after = {float(n) for n in _NUMBER.findall(newer)}
    for match in _PERCENT.finditer(text):
        share = round(float(match.group(1)) / 100, 6)
        if share <= 1 and share in before and share not in after:
            return True
    return False


_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# The word right before a number, with only marks between ("pct 20", "done=4", '"pct": 20').
_LABEL_WORD = re.compile(r"([a-z_]+)[^\w]*\Z")
_DIGIT_RUN = re.compile(r"\d+")


def _same_words(tail: Sequence[_Indexed]) -> bool:
    """Whether the results of the calls of ``tail`` hold the same words, only their numbers
    and codes differing: one reading taken again ("wind 14 kt, gusts 20" then "wind 18 kt,
    gusts 25"), not another output (a plan, a draft), whose words change with it."""
    words = {frozenset(t for t in s._result_view()[0] if t.isalpha()) for _, s in tail}
    return len(words) == 1


def _columns(tail: Sequence[_Indexed], canonical: bool = False) -> dict[str, list[float]]:
    """The numbers of the results of the calls of ``tail`` that each stand once under one
    label (the text since the number before it) in all of them, per label, call by call; of
    the results as the observation key reads them (:func:`_canonical_json`: per-response
    stamps dropped) when ``canonical``."""
    columns: dict[str, list[float]] | None = None
    for _, step in tail:
        text = (_canonical_json(step.observation) if canonical else step.observation).lower()
        seen: dict[str, float] = {}
        doubled: set[str] = set()
        end = 0
        for match in _NUMBER.finditer(text):
            label = _WHITESPACE.sub(" ", text[end : match.start()]).strip()
            end = match.end()
            if label in seen:
                doubled.add(label)
            seen[label] = float(match.group())
        row = {k: v for k, v in seen.items() if k not in doubled}
        if columns is None:
            columns = {k: [v] for k, v in row.items()}
        else:
            columns = {k: [*v, row[k]] for k, v in columns.items() if k in row}
    return columns or {}


def _moves_one_way(tail: Sequence[_Indexed], canonical: bool = False) -> bool:
    """Whether the numbers of the results of the calls of ``tail`` that each stand under one
    label in all of them ("open": 46, 39, 31; "elapsed" 15, 35, 60 min) each move one way only, and some move: a
    count or a clock running on, as a status's numbers do. A regenerated output's figures
    scatter around what the agent wants (a plan's wind 13.5, 12.8, 14.1 m/s), or stand under
    labels of their own ("Plan A: climb Wed ...", "Plan B: climb Thu ...")."""
    columns = _columns(tail, canonical)
    moved = False
    for values in columns.values():
        steps = [b - a for a, b in itertools.pairwise(values)]
        if any(d > 0 for d in steps) and any(d < 0 for d in steps):
            return False
        moved = moved or any(steps)
    return moved


def _counts_on(tail: Sequence[_Indexed]) -> bool:
    """Whether one number of the results of the calls of ``tail``, under one label in all of
    them, goes up by one from each call to the next: a page ("page": 1, 2, 3) or a batch
    that a server-side cursor has got to."""
    return any(
        all(b - a == 1 for a, b in itertools.pairwise(values)) for values in _columns(tail).values()
    )


# Where a JSON value may open in a result that is not all JSON: a line's start, or after a
# field's label ("violations: [{...}]", a JSON body under HTTP headers).
_JSON_OPENS = re.compile(r"(?:^|\n|:)[ \t]*([\[{])")
_JSON = json.JSONDecoder()


def _listed_records(observation: str) -> frozenset[str] | None:
    """The records a result lists: the JSON objects its arrays hold (in a JSON result, or
    JSON values after a field's label or at a line's start), each in canonical form, per-call
    noise dropped; ``None`` when it holds no array."""
    if len(observation) > 16_384:
        return None
    records: set[str] = set()
    listed = False

    def walk(value: Any) -> None:
        nonlocal listed
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            listed = True
            for item in value:
                if isinstance(item, dict):
                    canonical = _canonical_value(item, _VOLATILE_RESULT_KEYS)
                    records.add(json.dumps(canonical, sort_keys=True, ensure_ascii=False))
                else:
                    walk(item)

    end = 0
    for match in _JSON_OPENS.finditer(observation):
        start = match.start(1)
        if start < end:
            continue  # inside a value read already
        try:
            value, end = _JSON.raw_decode(observation, start)
        except ValueError:
            continue
        walk(value)
    return frozenset(records) if listed else None


def _lists_new_records(tail: Sequence[_Indexed]) -> bool:
    """Whether each result of the calls of ``tail`` lists records (:func:`_listed_records`)
    and none that an earlier one listed (the last may list none: the listing ended). The
    same call answered with the next page each time brings records never seen; an output
    made again lists the same things in another order or with other values (a route's
    stops, a plan's slots), or lists none."""
    seen: set[str] = set()
    for n, (_, step) in enumerate(tail):
        records = _listed_records(step.observation)
        if records is None or (not records and (n == 0 or n < len(tail) - 1)):
            return False
        if records & seen:
            return False
        seen |= records
    return True


def _cursors(observation: str) -> list[str] | None:
    """The opaque cursors to a next page (:func:`_cursor`) a JSON result holds, anywhere in
    it; ``None`` when it is not a JSON object."""
    text = observation.strip()
    if text[:1] != "{" or len(text) > 16_384:
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if isinstance(v, str) and _cursor(_result_key_form(str(k)), v):
                    found.append(v)
                else:
                    walk(v)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(parsed)
    return found


def _cursor_reads_on(tail: Sequence[_Indexed]) -> bool:
    """Whether each result of the calls of ``tail`` but the last hands back a cursor to the
    next page never handed back before, and the last another or none (the listing ended): a
    server that keeps the agent's place, read on page after page with the same call (the
    agent need not pass the cursor back). A made output carries no cursor."""
    seen: set[str] = set()
    for n, (_, step) in enumerate(tail):
        cursors = _cursors(step.observation)
        if cursors is None or (not cursors and n < len(tail) - 1):
            return False
        if seen & set(cursors):
            return False
        seen.update(cursors)
    return True


# A clock time "hh:mm", not inside "hh:mm:ss"; a colon after it that starts no seconds
# ("milking at 13:05: 9.2 kg") is punctuation.
_CLOCK_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)")


_DAY = 24 * 60


def _clock_runs_on(tail: Sequence[_Indexed]) -> bool:
    """Whether every result of the calls of ``tail`` holds a clock time ("10:05") and the
    first of each runs on, call after call, within one day (past midnight at most once,
    "13:05", "21:20", "05:15"; each step under 12 hours): readings of a status taken at later and later times ("4.6 C
    ... 09:10", then "5.2 C ... 10:05"), not another output made to order, whose times
    scatter (going round the clock more than once to run on)."""
    last = -1
    elapsed = 0
    for _, step in tail:
        match = _CLOCK_TIME.search(step.observation)
        if match is None:
            return False
        minutes = int(match.group(1)) * 60 + int(match.group(2))
        if last >= 0:
            # Past midnight the clock starts again: 21:20 then 05:15 is eight hours on. Read
            # each way round the shorter: 08:50 then 07:20 went back, not 22.5 hours on.
            step_on = (minutes - last) % _DAY
            if not 0 < step_on < _DAY // 2:
                return False
            elapsed += step_on
        last = minutes
    return elapsed < _DAY


def _same(values: Iterable[str]) -> bool:
    return len(set(values)) == 1


# A result's key that names a record by an id ("screening_id", "run_id", "id"): when the same
# call with the same arguments answers the same but for such a value, new on every call, the
# server minted the id for the call (a screening, a lookup, a run logged each time it is
# asked), and the thing asked about did not change.
_ID_KEY = re.compile(r"(?:.*[_-])?(?:id|uuid)")


def _leaves(value: Any, path: str, out: dict[str, Any]) -> None:
    """The scalars of a parsed result by their path (keys and list positions)."""
    if isinstance(value, dict):
        for k, v in value.items():
            _leaves(v, f"{path}/{k}", out)
    elif isinstance(value, list):
        for n, v in enumerate(value):
            _leaves(v, f"{path}/#{n}", out)
    else:
        out[path] = value


def _same_shaped_leaves(keys: Sequence[str], least: int) -> list[dict[str, Any]] | None:
    """The leaves (:func:`_leaves`) of each of at least ``least`` results, when every one is a
    successful JSON object's observation key and all have the same paths; else None."""
    if len(keys) < least or any(not k.startswith("ok:{") for k in keys):
        return None
    flat: list[dict[str, Any]] = []
    for key in keys:
        try:
            parsed = json.loads(key[3:])
        except ValueError:
            return None
        if not isinstance(parsed, dict):
            return None
        leaves: dict[str, Any] = {}
        _leaves(parsed, "", leaves)
        flat.append(leaves)
    if any(f.keys() != flat[0].keys() for f in flat[1:]):
        return None
    return flat


def _minted_ids_only(keys: Sequence[str]) -> bool:
    """Whether results (observation keys of one call, made again and again) are JSON objects
    alike in every field but one or more id-keyed text values (``_ID_KEY``) that are new on
    every call: ids the server mints per call. A status, a count or a reading that moves is
    progress (a poll to completion), and any field but an id that differs keeps them apart;
    so does an id seen twice (the answer names one of a few records, in turn)."""
    flat = _same_shaped_leaves(keys, 2)
    return flat is not None and _only_minted_differ(flat, _minted_id)


def _minted_id(path: str, values: Sequence[Any]) -> bool:
    """Whether the values a field takes over calls are ids by the field's name (``_ID_KEY``):
    text under a key naming an id."""
    name = path.rsplit("/", 1)[-1]
    return (
        not name.startswith("#")
        and _ID_KEY.fullmatch(name) is not None
        and all(isinstance(v, str) for v in values)
    )


def _only_minted_differ(
    flat: Sequence[Mapping[str, Any]], minted: Callable[[str, Sequence[Any]], bool]
) -> bool:
    """Whether same-shaped results (``_same_shaped_leaves``) differ only in fields whose values
    ``minted`` takes for minted ones, each new on every call, and something besides them is
    said, and said again."""
    first = flat[0]
    differing = 0
    for path, value in first.items():
        values = [f[path] for f in flat]
        if all(v == value for v in values):
            continue
        if not minted(path, values) or len(set(values)) != len(values):
            return False
        differing += 1
    return 0 < differing < len(first)


# A code a server mints for a new record ("ALT-23229", "job_96ucqbc8", "HIRE/27/5449",
# "bkg_T8RVJVXJEB"): one word of letters, digits and joining marks, with a digit in it.
_MINTED_CODE = re.compile(r"(?=[^\s]*\d)[a-z0-9][a-z0-9_\-/.:]{3,63}", re.IGNORECASE)

# How many times in a row the same write, each answered with a new record, is a duplicate.
_DUPLICATE_CREATES = 3


def _body_key(key: str) -> str:
    """An observation key's JSON object body: the key itself when it is one, else the object
    that ends it, after a status line or header text ("OK 200 | node=... {...}", "status=ok
    ... --- {...}"), as an observation key of its own; the key as it is when it holds none."""
    if key.startswith("ok:{"):
        return key
    start = key.find("{", 3)
    if start < 0:
        return key
    try:
        value, end = _JSON.raw_decode(key, start)
    except ValueError:
        return key
    if not isinstance(value, dict) or key[end:].strip():
        return key
    return "ok:" + json.dumps(value, sort_keys=True, ensure_ascii=False)


def _minted_codes_only(keys: Sequence[str]) -> bool:
    """Whether results (observation keys of one call, made again and again) are JSON objects
    (or end in one) alike in every field but one or more codes (``_MINTED_CODE``, whatever
    the field's name) new on every call, and something besides them is said: the server
    made a new record for each call, as it was asked to, the same record each time."""
    flat = _same_shaped_leaves([_body_key(k) for k in keys], len(keys))
    return flat is not None and _only_minted_differ(flat, _minted_code)


def _minted_code(_path: str, values: Sequence[Any]) -> bool:
    """Whether the values a field takes over calls are record codes by their shape
    (``_MINTED_CODE``), whatever the field's name."""
    return all(isinstance(v, str) and _MINTED_CODE.fullmatch(v) for v in values)


def _duplicate_creates(tools: Sequence[_Indexed], after: _Indexed | None) -> list[LoopFinding]:
    """The same call that writes (its name does not say it reads) made
    ``_DUPLICATE_CREATES`` times in a row with the same arguments, each time successful and
    answered with a new record's code and nothing else new (:func:`_minted_codes_only`): the
    agent creates the same record (the same booking, order, ticket) again and again. Records
    of different things are created with different arguments. Reported at the last call, and
    at a response right after it (``after``): the duplicates stand, one kind of evidence, and
    the agent goes on as if the last were the first, another."""
    n = _DUPLICATE_CREATES
    tail = tools[-n:]
    if len(tail) < n:
        return []
    last = tail[-1][1]
    if after is not None and after[0] != tail[-1][0] + 1:
        return []
    key = last.action_key
    if (
        any(s.action_key != key or s.error for _, s in tail)
        or _own_name_reads_state(last.tool or "")
        or not _minted_codes_only([s.observation_key for _, s in tail])
    ):
        return []
    idx = tuple(i for i, _ in tail) + ((after[0],) if after is not None else ())
    return _found(
        "action_observation",
        idx,
        {"repeats": n, "minted": n},
        f"The agent made the same {last.tool} call {n} times in a row and each time the "
        "server created another record: the same record, duplicated.",
    )


def _names_value(key: str, value: Any) -> bool:
    """Whether an observation key (lower case) holds an argument's text value as a JSON
    string of its own."""
    return isinstance(value, str) and json.dumps(value.lower(), ensure_ascii=False) in key


def _same_reason_each_way(
    history: Sequence[_Indexed], calls: Sequence[int], was: str, now: str
) -> bool:
    """Whether the responses right before the second and the third of the calls at ``calls``
    (absolute indexes) say the same, word for word, but for the value each call set (``now``,
    then ``was``): "Switching it to release; that matches the policy better." and "Switching
    it to hold; that matches the policy better." The same reason given for a change and for
    undoing it: nothing learned between, where one trying values in turn says what the last
    try showed. Or each response names the value the call before it set (``was``, then
    ``now``): the same words said of each change made."""
    said = {i: s for i, s in history if s.kind == "llm"}
    befores: list[str] = []
    for i in calls[1:]:
        before = said.get(i - 1)
        if before is None or not _has_text(before.text):
            return False
        befores.append(before.text.lower())
    # The value each call is about to set, or the value the call before it set (the agent
    # reporting the change it just made, "Switched it to hold; the other seemed better.").
    for values in ((now, was), (was, now)):
        texts = [
            re.sub(rf"(?<!\w){re.escape(value.lower())}(?!\w)", "<v>", text)
            for text, value in zip(befores, values, strict=True)
        ]
        if "<v>" in texts[0] and texts[0] == texts[1]:
            return True
    return False


# The version a store gives a record on each write, in a write's acknowledgement ("version":
# 4, "rev": 12, version=5): it counts the writes, so the same value written again is answered
# under a new version. Between a write and its undoing, the version says nothing of the value.
_WRITE_VERSION = re.compile(r'"?\b(?:version|rev|revision)"?\s*[:=]\s*\d+')


def _sets_back_and_forth(
    tools: Sequence[_Indexed], after: _Indexed | None, history: Sequence[_Indexed] = ()
) -> list[LoopFinding]:
    """Three calls in a row of one tool that writes (its name does not say it reads), the
    first and last alike and answered alike, the middle one with one argument changed; the
    first's result names the value the middle one set and the middle one's result the value
    the first set, or the agent gave the same reason for each change (see
    :func:`_same_reason_each_way`): the agent set a field, set it back, and set it again
    (A, B, A), each change undoing the one before. Trying values one after another sets a third (A, B, C);
    restoring a value sets it once. Reported at the third call, and at a response right
    after it (``after``): the undone change redone, and the agent going on to switch."""
    if len(tools) < 3:
        return []
    (_, first), (_, middle), (i, last) = tools[-3:]
    if after is not None and after[0] != i + 1:
        return []
    if (
        first.action_key != last.action_key
        or middle.action_key == last.action_key
        or middle.tool != last.tool
        or first.error
        or middle.error
        or last.error
        or not isinstance(first.args, dict)
        or not isinstance(middle.args, dict)
        or first.args.keys() != middle.args.keys()
        or _own_name_reads_state(last.tool or "")
    ):
        return []
    changed = [k for k in first.args if first.args[k] != middle.args[k]]
    if len(changed) != 1:
        return []
    was, now = first.args[changed[0]], middle.args[changed[0]]
    again = False
    set_key = _body_key(first.observation_key)
    back_key = _body_key(middle.observation_key)
    if set_key != _body_key(last.observation_key) and _WRITE_VERSION.sub(
        "", set_key
    ) != _WRITE_VERSION.sub("", _body_key(last.observation_key)):
        return []
    if (
        not (_names_value(set_key, now) and _names_value(back_key, was))
        and not (
            isinstance(was, str)
            and isinstance(now, str)
            and _same_reason_each_way(history, [j for j, _ in tools[-3:]], was, now)
        )
        and not (again := _round_trip_again(tools, history))
    ):
        return []
    idx = tuple(j for j, _ in tools[-4 if again else -3 :])
    idx += (after[0],) if after is not None else ()
    details: dict[str, float | int | str] = {"calls": 3, "reverted": 1}
    if again:
        # Both writes redone to the same effect: the second round trip confirms the first.
        details = {"calls": 4, "reverted": 1, "redone": 1}
    return _found(
        "alternation",
        idx,
        details,
        f"The agent set {changed[0]} to {was}, back to {now}, and to {was} again with "
        f"{last.tool}, each change undoing the one before.",
    )


def _round_trip_again(tools: Sequence[_Indexed], history: Sequence[_Indexed]) -> bool:
    """Whether the last three calls (B, A, B: one value set back and forth by a tool whose
    name says it writes, :func:`_names_a_write`) follow a call that set A just before them,
    so that the field went A, B, A, B, and the agent said nothing and was told nothing from
    the first of the three to the last: whatever reasons it gave for the first round trip,
    it made the second without a word, undoing its own change twice over. Trying a value
    and going back to the one before is a single trip; a change the person asks for is new
    input."""
    if len(tools) < 4 or tools[-4][1].action_key != tools[-2][1].action_key:
        return False
    if tools[-4][1].error or not _names_a_write(tools[-1][1].tool or ""):
        return False  # (a tool whose name says no write, "open", may show, not set)
    first, last = tools[-3][0], tools[-1][0]
    return not any(
        first < i < last and (_has_text(s.text) or _told(s)) for i, s in history if s.kind == "llm"
    )


def _numbers_scatter_only(keys: Sequence[str]) -> bool:
    """Whether results (observation keys of one call, made again and again) are JSON objects
    alike in every field but numbers, and each number that differs goes both up and down
    from call to call: a figure the server reads afresh each time (a count of open items
    across the site, a gauge, the calls left in a quota) that wanders around a level while
    the answer asked for stands; figures in a text alike but for them ("user-hour-rem:3539;")
    are read as numbers too. A poll to completion moves: a count that runs one way, a state
    word that changes."""
    flat = _same_shaped_leaves(keys, 3)
    if flat is None:
        return False
    first = flat[0]
    wandered = 0
    for path, value in first.items():
        values = [f[path] for f in flat]
        if all(v == value for v in values):
            continue
        if all(isinstance(v, str) for v in values):
            # A text alike in every call but for its figures ("user-hour-rem:3539;", then
            # 2916, 3410): each of its figures that differs is read as a number is.
            if len({_DIGIT_RUN.sub("#", v) for v in values}) != 1:
                return False
            columns = list(zip(*(map(int, _DIGIT_RUN.findall(v)) for v in values), strict=True))
        elif any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in values):
            return False
        else:
            columns = [tuple(values)]
        for column in columns:
            steps = [b - a for a, b in itertools.pairwise(column)]
            if any(steps) and not (any(d > 0 for d in steps) and any(d < 0 for d in steps)):
                return False
        wandered += 1
    # Something besides the wandering figures must be said, and said again.
    return 0 < wandered < len(first)


# The longest stretch of calls ``cycle`` finds the agent back at the start of: two
# alternatives, each an edit and its check (edit A, check, edit B, check, edit A, check).
_RETURN_MAX_PERIOD = 4
# How many calls in a row must repeat those one stretch back, with the same results.
_RETURN_CALLS = 2


def _same_state(a: Step, b: Step) -> bool:
    """Whether call ``a`` redoes call ``b``: the same result from the same call, or from a
    respelling of it (an argument added or reworded, no other entity named)."""
    if a.observation_key != b.observation_key:
        return False
    return a.action_key == b.action_key or (a.tool == b.tool and not differ_in_entity(a, b))


def _flipped_back_again(
    window: Sequence[_Indexed], first: int, flips: Sequence[int], history: Sequence[_Indexed]
) -> list[LoopFinding]:
    """A setting flipped back and forth: the last call redoes an earlier one (``first``),
    result and all, after the same tool set one other value (``flips``) that the agent had
    already set once before ``first``: X, Y, X, Y on one target. Each write takes effect, but
    the agent has gone back twice, so the state is where it was two writes ago. The other
    value's second result may differ from its first only by naming the value it replaced
    (``"previous": "Y"``): a write's receipt, not a changed world. Nothing new may come
    between: no other call bringing a result not seen before (an A/B trial that measures
    each setting learns something), no new input telling the agent something (a person
    asking for the switch), no error and no wait. One revert (X, Y, X) is an undo, not this."""
    target = window[-1][1]
    other = window[flips[0]][1]
    if (
        target.error
        or any(window[k][1].action_key != other.action_key or window[k][1].error for k in flips)
        or len(flips) != 1
    ):
        return []
    start = next(
        (
            k
            for k in range(first - 1, -1, -1)
            if window[k][1].tool == target.tool and window[k][1].action_key == other.action_key
        ),
        None,
    )
    if start is None or window[start][1].error:
        return []
    setter = [k for k in range(start, len(window)) if window[k][1].tool == target.tool]
    if [window[k][1].action_key for k in setter] != [
        other.action_key,
        target.action_key,
        other.action_key,
        target.action_key,
    ]:
        return []  # another value tried, or a plain repeat, between
    was, now = window[start][1], window[flips[0]][1]
    before, after = _tokens(was.observation_key), _tokens(now.observation_key)
    lost = before - after
    # (A word that differs from a lost one only in a per-call id, "yd0559b6", is no news.)
    gained = {t for t in after - before if not any(_ids_apart(t, u) for u in lost)}
    if not gained or not gained <= _tokens(target.action_key):
        return []  # its result says more than that it replaced the value set between
    known = {s.observation_key for _, s in window[: start + 1]}
    if any(
        s.tool != target.tool and (s.observation_key not in known or _waits(s))
        for _, s in window[start + 1 : -1]
    ):
        return []  # something new came back between (a measurement), or a wait
    lo, hi = window[start][0], window[-1][0]
    if any(lo < i < hi and s.kind == "llm" and _told(s) for i, s in history):
        return []  # told something between: the switch may be what was asked
    idx = tuple(window[k][0] for k in setter)
    return _found(
        "flip_flop",
        idx,
        # Redone: the last write repeats an earlier one, arguments and result, after the
        # agent had undone it (the policy's "redone": it confirms itself).
        {"flips": 3, "redone": 1},
        f"The agent set {target.tool} back and forth between two values twice; each write "
        "took effect and nothing new came between, so it is back where it was two writes ago.",
    )


#: The fewest words a reason must have for ``_set_back_for_same_reason`` to read it, and the
#: share of them the reason given again must hold.
_REASON_WORDS = 6
_REASON_KEPT = 0.9


def _reason_mirrored(reason: Step | None, changed: Step | None, x: Step, y: Step) -> bool:
    """Whether the response that led to the other value (``changed``) is the one that led to
    the first (``reason``) with the two values swapped, and names both: "Setting it to 7; 5
    looks wrong." / "Setting it to 5; 7 looks wrong.": the agent calls wrong, each time, the
    value it called right the time before, and nothing told the two apart."""
    xs, ys = x.args, y.args
    if reason is None or changed is None or xs is None or isinstance(xs, str):
        return False
    if ys is None or isinstance(ys, str) or len(xs) != len(ys):
        return False
    keys = [k for k in xs if k in ys and xs[k] != ys[k]]
    if len(keys) != 1:
        return False
    a, b = str(xs[keys[0]]).lower(), str(ys[keys[0]]).lower()
    first, then = reason.text.lower(), changed.text.lower()
    if not a or not b or a in b or b in a or a not in first or b not in first:
        return False
    return first.replace(a, "\0").replace(b, a).replace("\0", b) == then


def _set_back_for_same_reason(
    window: Sequence[_Indexed], first: int, flips: Sequence[int], history: Sequence[_Indexed]
) -> list[LoopFinding]:
    """A setting changed and changed back (X, Y, X on one target, each write taking effect)
    where the response that led to going back gives again the reason the agent gave for the
    first X (``_REASON_KEPT`` of its words or more, whatever is said around them), and the
    response that led to Y gave another: the agent weighs the same two reasons turn and turn
    about, and no new fact decided the return. Nothing new may come between: no other call
    with a result not seen before, no new input, no failed write. An undo for a reason not
    given before (a result read, a rule found) is a correction, not this."""
    target = window[-1][1]
    other = window[flips[0]][1]
    if target.error or len(flips) != 1 or other.error or other.tool != target.tool:
        return []
    known = {s.observation_key for _, s in window[: first + 1]}
    if any(
        s.tool != target.tool and (s.observation_key not in known or _waits(s))
        for _, s in window[first + 1 : -1]
    ):
        return []
    said = {i: s for i, s in history if s.kind == "llm"}
    lo, hi = window[first][0], window[-1][0]
    if any(lo < i < hi and _told(s) for i, s in said.items()):
        return []
    led = [said.get(window[k][0] - 1) for k in (first, flips[0], len(window) - 1)]
    if any(s is None for s in led):
        return []
    reason, changed, back = (_tokens(s.text) for s in led if s is not None)
    if len(reason) < _REASON_WORDS:
        return []
    if len(reason & back) < _REASON_KEPT * len(reason):
        return []
    if len(reason & changed) >= _REASON_KEPT * len(reason) and not _reason_mirrored(
        led[0], led[1], target, other
    ):
        return []  # the same words led to the other value too: no reason told apart
    idx = (window[first][0], window[flips[0]][0], window[-1][0])
    return _found(
        "flip_flop",
        idx,
        {"flips": 2, "redone": 1},
        f"The agent set {target.tool} back to a value it had changed, giving again the "
        "reason it gave the first time, with nothing new between.",
    )


# Words that undo what an earlier call did, in a tool's name ("release_hearse", "cancel_farrier",
# "unschedule_line") or in its result ("BK-20342 released").
_UNDO_WORDS = frozenset(
    (
        *("release", "cancel", "unschedule", "unbook", "unassign", "unreserve", "unhold", "undo"),
        *("revert", "rollback", "delete", "remove", "withdraw", "retract", "void", "rescind"),
        *("free", "discard", "deallocate", "detach", "recall"),
    )
)
_UNDONE = re.compile(
    r"\b(?:released|cancell?ed|removed|deleted|reverted|rolled back|withdrawn|retracted|"
    r"voided|rescinded|freed|discarded|undone|recalled)\b",
    re.IGNORECASE,
)


def _undoes(step: Step) -> bool:
    """Whether a call says, by its name or its result, that it undoes something."""
    words = (w.lower() for w in _NAME_WORD.findall(step.tool or ""))
    return any(w in _UNDO_WORDS for w in words) or _UNDONE.search(step.observation) is not None


def _made_again(tools: Sequence[_Indexed], history: Sequence[_Indexed]) -> list[LoopFinding]:
    """A change made, undone and made again: the last call changes something (its name does
    not say it reads state, and it is no wait) and repeats, arguments and all, an earlier
    successful call among ``tools``; between the two, another tool undid it (its name or its
    result says so: ``_UNDO_WORDS``, ``_UNDONE``), passing back a handle the earlier call's
    result had given (named there and not in its arguments: "held, ref BK-20342" /
    ``release(ref="BK-20342")``: "BK-20342 released"), and nothing else was changed, nothing failed, and nothing new was said to
    the agent. A slot held, released and held again, a task handed over, taken back and handed
    over again: the agent is back where it was, with nothing that asked for it. Reported at
    each call that makes it again, so a second round confirms the first; a booking moved to
    another slot (other arguments), or remade because a person asked, is no such repeat."""
    last = tools[-1][1]
    if last.error or _reads_state(last) or _waits(last):
        return []
    key = last.action_key
    first = next((k for k in range(len(tools) - 2, -1, -1) if tools[k][1].action_key == key), None)
    if first is None or tools[first][1].error:
        return []
    between = [s for _, s in tools[first + 1 : -1]]
    undone = [s for s in between if not _reads_state(s) and not _waits(s)]
    if not undone or any(s.tool == last.tool or s.error for s in undone):
        return []  # no undo, or the same tool with other arguments (flip_flop's)
    if any(s.error for s in between):
        return []
    made = tools[first][1]
    minted = _NON_ALNUM.sub("", made.observation.lower())
    asked = _NON_ALNUM.sub("", _args_text(made.args).lower())
    for s in undone:
        if not _undoes(s):
            return []  # a change made with what the result named, not its undoing
        handles = [
            v
            for v in s.entity_values.values()
            if v and len(v) >= 4 and v[:1] not in (_NAME, _TEXT) and any(c.isdigit() for c in v)
        ]
        if not any(h in minted and h not in asked for h in handles):
            return []  # a change of something else (or of what it was asked about)
    lo, hi = tools[first][0], tools[-1][0]
    if any(lo < i < hi and s.kind == "llm" and _told(s) for i, s in history):
        return []  # told something between: the change may be what was asked
    idx = (lo, *(i for i, s in tools[first + 1 : -1] if s in undone), hi)
    return _found(
        "flip_flop",
        idx,
        {"flips": 2, "undone": len(undone)},
        f"The agent made the same {last.tool} call again after undoing it with "
        f"{undone[0].tool}, with nothing new between: it is back where it was.",
    )


def _written_paths(args: Mapping[str, Any] | str | None) -> frozenset[str]:
    """The key paths of a call's arguments ("order_id", "set.run_date"): which fields a
    write names, whatever values it gives them."""
    if not isinstance(args, dict):
        return frozenset()
    out: set[str] = set()
    stack: list[tuple[str, Any]] = [("", args)]
    while stack:
        prefix, value = stack.pop()
        for k, v in value.items():
            path = f"{prefix}{k}"
            if isinstance(v, dict):
                stack.append((path + ".", v))
            else:
                out.add(path)
    return frozenset(out)


def _check_back_after_refix(
    tools: Sequence[_Indexed], history: Sequence[_Indexed]
) -> list[LoopFinding]:
    """A check (the last call) back at a result it gave before, word for word, after a
    result of its own in between: result A, a write, result B, a write of the same fields
    by the same tool with other values, result A again. The second write undid what the
    first fixed, and the check says so: the agent trades one rejection for another and
    back (fix a field, which breaks a rule, so set it back, which breaks the first one).
    A fix that converges moves the check on to other results and never back; a check
    read again with no write between is a repeat (other detectors'). Each write must have
    taken effect (no error) and nothing been said to the agent between."""
    last = tools[-1][1]
    if len(tools) < 5 or last.error or tools[-2][1].action_key == last.action_key:
        return []
    key, seen = last.action_key, last.observation_key
    other = first = None
    for k in range(len(tools) - 2, -1, -1):
        s = tools[k][1]
        if s.action_key != key:
            continue
        if s.error:
            return []
        if other is None:
            if s.observation_key == seen:
                return []  # the check's last result was this one already
            other = k
        elif s.observation_key == seen:
            first = k
            break
    if other is None or first is None:
        return []
    writes = []
    for lo, hi in ((first, other), (other, len(tools) - 1)):
        made = [
            s
            for _, s in tools[lo + 1 : hi]
            if s.tool != last.tool and not _waits(s) and s.action_key != key
        ]
        # (A call whose arguments are numbers alone, "hold(seconds=240)", paces or tunes:
        # it names no field.)
        made = [
            s
            for s in made
            if not (
                isinstance(s.args, dict)
                and all(isinstance(v, (int, float)) for v in s.args.values())
            )
        ]
        if not made or any(s.error for s in made):
            return []
        writes.append(made[-1])
    fix, refix = writes
    if fix.tool != refix.tool or fix.action_key == refix.action_key:
        return []
    paths = _written_paths(fix.args)
    if not paths or paths != _written_paths(refix.args):
        return []
    # The value set back is the one the field held before the fix: the agent had seen it
    # before it made the fix (in a result, the request or its own words). A value tried
    # next in a search (4, then 10, then 7) is new.
    fixed = set(_written_values(fix.args))
    back = [v for v in _written_values(refix.args) if v not in fixed]
    if not back or any(len(v) < 2 for v in back):
        return []
    fixed_at = next((i for i, s in history if s is fix), None)
    if fixed_at is None:
        return []
    before = " ".join(
        f"{s.text} {s.observation}".lower().replace("_", " ") for i, s in history if i < fixed_at
    )
    if any(
        re.search(rf"(?<![\w.-]){re.escape(v.replace('_', ' '))}(?![\w-])", before) is None
        for v in back
    ):
        return []
    lo, hi = tools[first][0], tools[-1][0]
    if any(lo < i < hi and s.kind == "llm" and _told(s) for i, s in history):
        return []  # told something between: the change may be what was asked
    idx = tuple(i for i, s in tools[first:] if s.action_key == key or s is fix or s is refix)
    return _found(
        "flip_flop",
        idx,
        {"flips": 2, "fix_undone": 1},
        f"The agent changed a field with {fix.tool}, {last.tool} rejected the new value, and "
        "it changed the field again: the check is back at the result it gave before the first "
        "change.",
    )


# The share of words (numbers as one word) two errors must share to be one error told twice.
_SAME_ERROR = 0.8


# An error that says the call itself is refused or wrong (a 4xx status, a denial, a name
# that does not exist) and none that says it may pass with time (a 429 or 5xx, a timeout,
# "try again", a change still propagating): the same call can only fail so again.
_PERMANENT = re.compile(
    r"\b(?:40[0-4]|409|410|422|forbidden|unauthori[sz]ed|not authori[sz]ed|access ?denied|"
    r"accessdenied\w*|permission denied|not permitted|not allowed|not found|no such|"
    r"does not (?:exist|contain)|doesn't exist|invalid)\b",
    re.IGNORECASE,
)
_TRANSIENT = re.compile(
    r"\b(?:429|50[0-4]|timed? ?out|timeout|temporar\w*|unavailable|try again|retry|"
    r"rate.?limit\w*|throttl\w*|too many|busy|overloaded|propagat\w*|in progress|locked)\b",
    re.IGNORECASE,
)


# A response that lets time pass before the next try: "backing off 4s", "waiting 30 seconds".
_BACK_OFF = re.compile(r"\b(?:back(?:ing|s|ed)?[ -]?off|wait\w*|sleep\w*|paus\w*|delay\w*)\b")


def _backs_off(response: Step, found: LoopFinding, history: Sequence[_Indexed]) -> bool:
    """Whether ``response``, right after ``action_error`` warned of one call failing again,
    says the agent waits a stated time before the next try, and the last call's error says it
    may pass with time (a 429, a 5xx, a timeout) and nothing in it says it is refused for good:
    backing off from a busy or failing server is what such an error asks for, and "before
    retrying" takes up no loop. A fourth failure still confirms the warning; a denial or a bad
    argument waited on stays one ("permanent" confirms at once)."""
    text = response.text.lower()
    if "permanent" in found.evidence.details or _TIMED_WAIT.search(text) is None:
        return False
    if _BACK_OFF.search(text) is None and _TIMED_RETRY.search(text) is None:
        return False
    last = found.evidence.steps[-1]
    error = next((s.observation for i, s in reversed(history) if i == last), "")
    return _TRANSIENT.search(error) is not None and _PERMANENT.search(error) is None


# A quota's count left, beside any answer ("X-RateLimit-Remaining: 4171", "throttleRemaining":
# 523): the caller is within its limits, which says nothing of the error passing with time.
_QUOTA_LEFT = re.compile(
    r"\b(?:x-)?rate-?limit-(?:remaining|limit|reset|used)\b\s*[:=]\s*\d+|"
    r"\b(?:throttle|quota)_?remaining\b\"?\s*[:=]\s*\d+",
    re.IGNORECASE,
)


def _transient(error: str) -> bool:
    """Whether a failed call's error says it may pass with time (``_TRANSIENT``), a quota's
    count left (``_QUOTA_LEFT``) aside."""
    found = _TRANSIENT.search(error)
    if found is None:
        return False
    if "emaining" not in error:
        return True
    return _TRANSIENT.search(_QUOTA_LEFT.sub(" ", error)) is not None


def _permanent(error: str) -> bool:
    """Whether a failed call's error says the call is refused or wrong for good."""
    return _PERMANENT.search(error) is not None and not _transient(error)


def _same_error(a: Step, b: Step) -> bool:
    """Whether two failed calls' errors are one error with its stamps changed: the words of
    their observation keys, each number read as one word, overlap by ``_SAME_ERROR`` or
    more (``... inhibited. event=282978`` / ``... inhibited.``, ``<error trace="..."
    code="423">`` / ``<error code="423">``, ``event 4598826.`` / ``event 3940469.``)."""
    x = _error_words(a.observation_key)
    y = _error_words(b.observation_key)
    return bool(x and y) and len(x & y) >= _SAME_ERROR * len(x | y)


@functools.lru_cache(maxsize=64)
def _error_words(key: str) -> frozenset[str]:
    return frozenset(_DIGIT_RUN.sub("0", w) for w in _WORD.findall(key))


def _last(entries: deque[_Indexed], n: int, oldest: int = 0) -> list[_Indexed]:
    """The last ``n`` entries (fewer if there are not as many), none older than ``oldest``."""
    # Walked from the end in C (a deque's index is a walk from its nearer end, each time).
    out = list(itertools.islice(reversed(entries), max(n, 0)))
    out.reverse()
    if out and out[0][0] < oldest:
        out = [e for e in out if e[0] >= oldest]
    return out


def _in_turn(tail: Sequence[_Indexed]) -> bool:
    """Whether ``tail`` is two different actions taken strictly in turn (A-B-A-B...)."""
    actions = [s.action_key for _, s in tail]
    return actions[0] != actions[1] and _same(actions[0::2]) and _same(actions[1::2])


def _turns_found(
    tail: Sequence[_Indexed], details: Mapping[str, float | int | str], reason: str
) -> list[LoopFinding]:
    """An ``alternation`` finding over ``tail``, each step matched with the one two back."""
    idx = tuple(i for i, _ in tail)
    sims = tuple((x, y, 1.0) for x, y in zip(idx, idx[2:], strict=False))
    return [LoopFinding("alternation", 1.0, LoopEvidence(idx, sims, details), reason)]


def _pairs(indexes: Sequence[int]) -> tuple[tuple[int, int, float], ...]:
    return tuple((a, b, 1.0) for a, b in itertools.pairwise(indexes))


def _found(
    detector: str, idx: tuple[int, ...], details: Mapping[str, float | int | str], reason: str
) -> list[LoopFinding]:
    """One exact structural finding (score 1.0) over the steps ``idx``, each pair of
    consecutive steps matched at 1.0."""
    return [LoopFinding(detector, 1.0, LoopEvidence(idx, _pairs(idx), details), reason)]


#: The steps ``_checks_again`` looks back over for the check made again.
_RECHECK_SPAN = 12
# ``_rechecks_said``: a response that says it checks again ("once more", "double check",
# "let me confirm", "verify ... again"), and the fewest such responses in the run.
_RECHECK_WORDS = re.compile(
    r"\b(?:once more|one more time|again|double[- ]check\w*|re-?check\w*|re-?verif\w*"
    r"|yet another|to be (?:certain|sure)|be sure|confirm\w*|verify\w*)\b"
)
_RECHECK_RESPONSES = 3


def _rechecks_said(history: Sequence[_Indexed]) -> list[LoopFinding]:
    """A call that names no write (the last step) at the end of a run of such calls, of at
    least two kinds since the first of ``_RECHECK_RESPONSES`` or more responses between
    them, each of which says the agent checks
    again ("checking once more", "let me confirm that from another source", "double check
    before resetting anything"), one of them said word for word before, and no change, wait,
    failure or new input from a person in the run: a settled fact re-checked in rotating
    sources, never acted on. The agent's words that it checks again and its own text said
    again are two kinds of evidence, so the finding confirms itself (``rechecked``). Checks
    across sources that each report what they found, or that lead to a change, say no
    "once more"; a poll whose results move is no re-check (``_result_moved``)."""
    j, last = history[-1]
    if last.kind != "tool" or last.error or _waits(last) or _names_a_write(last.tool or ""):
        return []
    calls: list[_Indexed] = []
    said: list[_Indexed] = []
    for i, s in reversed(history):
        if s.kind == "tool":
            if s.error or _waits(s) or _schedules(s) or _names_a_write(s.tool or ""):
                break
            calls.append((i, s))
            continue
        if _told(s) or not s.text.strip() or _RECHECK_WORDS.search(s.text.lower()) is None:
            break
        said.append((i, s))
    if len(said) < _RECHECK_RESPONSES:
        return []
    if any(b - a < 2 for (b, _), (a, _) in itertools.pairwise(said)):
        return []  # two said in a row: talk (``monologue``'s), not a check between each
    # The calls since the first re-check (the reads before it found the fact).
    calls = [(i, c) for i, c in calls if i > said[-1][0]]
    if len({c.action_key for _, c in calls}) < 2:
        return []
    texts = [s.action_key for _, s in said]
    if len(set(texts)) == len(texts) or _result_moved(c for _, c in calls):
        return []
    if _walks_records(calls, said):
        return []
    idx = (*sorted(i for i, _ in said), j)
    return _found(
        "action_observation",
        idx,
        {"rechecks": len(said), "rechecked": len(texts) - len(set(texts))},
        f"The agent said {len(said)} times that it checks again, in other sources, with no "
        "change made.",
    )


def _walks_records(calls: Sequence[_Indexed], said: Sequence[_Indexed]) -> bool:
    """Whether ``calls`` walk over records: one tool (one route, :func:`_route`) asked each
    time for a record none of the others asked for, and the responses between them, said in
    one template, each in its own words (the record it names: "Opening booking B1 to confirm
    the slot", then "... B2 ..."). The agent confirms each record in turn before it acts; a
    fact re-checked goes round other sources, or says the very same words each time of one
    record. A template that names no record ("Opening the next booking to confirm its slot.",
    word for word each time) walks too when each call asks for a record none of the others
    asks for and each answer names its own (:func:`_names_own_record`)."""
    if len(calls) < 2 or len({_route(c.tool or "") for _, c in calls}) != 1:
        return False
    if len({c.action_key for _, c in calls}) != len(calls):
        return False
    words = [" ".join(s.text.split()) for _, s in said]
    if len(set(words)) == len(words):
        return True
    return len({c.observation_key for _, c in calls}) == len(calls) and _names_own_record(calls)


def _names_own_record(calls: Sequence[_Indexed]) -> bool:
    """Whether one argument of ``calls`` holds another value in each (an id, a name: three
    characters or more), and each call's result names its own value and no other call's:
    each answer is about the record its call asked for. A cache-buster or a stamp in the
    arguments is named in no answer."""
    maps = [c.args for _, c in calls if isinstance(c.args, dict)]
    if len(maps) < len(calls):
        return False
    seen = [c.observation.lower() for _, c in calls]
    for key in set(maps[0]).intersection(*maps[1:]):
        values = [str(m[key]).lower() for m in maps]
        if len(set(values)) < len(values) or min(map(len, values)) < 3:
            continue
        if all(
            (v in seen[n]) and not any(v in o for m, o in enumerate(seen) if m != n)
            for n, v in enumerate(values)
        ):
            return True
    return False


# An argument that puts something a span of time off ("in_hours": 12, "after_s": 30,
# "delay_minutes": 5, "interval_sec": 60): the call schedules the next look, so time passes.
_TIME_OFF_KEY = re.compile(
    r"^(?:in|after|delay|wait|sleep|interval|every|retry)_?(?:ms|s|secs?|seconds?|m|mins?|"
    r"minutes?|h|hrs?|hours?|days?)$",
    re.IGNORECASE,
)


def _schedules(step: Step) -> bool:
    """Whether a call is given a span of time to let pass (``_TIME_OFF_KEY``, a number)."""
    args = step.args
    if not isinstance(args, dict):
        return False
    return any(
        isinstance(v, int | float) and _TIME_OFF_KEY.match(str(k)) is not None
        for k, v in args.items()
    )


#: The fewest polls in a row, each waiting longer than the last, that ``_backed_off`` reports.
_BACKED_OFF_POLLS = 3


def _time_off(step: Step) -> tuple[str, tuple[float, ...]] | None:
    """A call that ``_schedules``: its arguments but the spans of time, in canonical form,
    and those spans in order of their names; None for any other call."""
    args = step.args
    if not isinstance(args, dict):
        return None
    spans: list[tuple[str, float]] = []
    rest: dict[str, Any] = {}
    for k, v in args.items():
        if isinstance(v, int | float) and _TIME_OFF_KEY.match(str(k)) is not None:
            spans.append((str(k), float(v)))
        else:
            rest[k] = v
    if not spans:
        return None
    return canonical_args(rest), tuple(v for _, v in sorted(spans))


def _polled_state(step: Step) -> str:
    """The result of a poll with a header line before its JSON body ("GW 2026... host=node2
    dur=87ms" then ``{...}``) cut off: which node served the poll is no news of what it
    polls. Any other result: its ``observation_key``."""
    text = step.observation
    brace = text.find("{")
    if brace > 0 and "\n" in text[:brace] and text.rstrip().endswith("}"):
        return ("error:" if step.error else "ok:") + _result_key(text[brace:])
    return step.observation_key


def _backed_off(tools: Sequence[_Indexed], history: Sequence[_Indexed]) -> list[LoopFinding]:
    """The last ``_BACKED_OFF_POLLS`` or more calls, one after another, to one tool with the
    same arguments but a span of time to wait (``waitSeconds``, ``delay_ms``: ``_schedules``)
    that grows from each call to the next, each answered with the same result, no error, and
    nothing new said to the agent between: the agent backs off longer and longer and what it
    polls never moves. Backing off is how a poll waits for a job; a job that has not moved
    through several ever longer waits is stuck, and waiting longer still changes nothing. A
    poll whose result moves (queued, validating, signed) is following a job; a backoff after
    errors (a rate limit) that ends in success is a retry (neither answers the same result
    each time without an error)."""
    j, last = tools[-1]
    if last.error:
        return []
    shape = _time_off(last)
    if shape is None:
        return []
    state = _polled_state(last)
    run = [j]
    later = shape[1]
    for i, s in reversed(tools[:-1]):
        other = _time_off(s) if s.tool == last.tool and not s.error else None
        if other is None or other[0] != shape[0] or _polled_state(s) != state:
            break
        if not all(a < b for a, b in zip(other[1], later, strict=True)):
            break
        run.append(i)
        later = other[1]
    if len(run) < _BACKED_OFF_POLLS:
        return []
    first = run[-1]
    if any(
        i > first and s.kind == "llm" and _told(s) and not _pings(s.observation) for i, s in history
    ):
        return []  # something new said to the agent between the polls
    idx = tuple(reversed(run))
    return _found(
        "action_observation",
        idx,
        {"repeats": len(idx), "backed_off": 1},
        f"The tool call {last.tool} returned the same result {len(idx)} times in a row, "
        "each after a longer wait than the last.",
    )


class StructuralLoopDetector:
    """Exact-repeat detectors over normalised actions and observations.

    Covers what OpenHands' stuck detector covers (same action and observation, same failing
    action, monologue, A-B-A-B alternation) plus repeated identical tool calls that are not
    consecutive. Stateless: :meth:`check` looks at the history it is given.
    """

    def __init__(self, config: LoopConfig | None = None) -> None:
        self.config = config or LoopConfig()

    def __repr__(self) -> str:
        return f"StructuralLoopDetector(config={self.config!r})"

    def check(self, history: Sequence[_Indexed]) -> list[LoopFinding]:
        """Run the structural detectors on the end of ``history``.

        Args:
            history: ``(absolute index, step)`` pairs in session order; the last one is the
                step just observed. A detector only reports a pattern that ends at that step.

        Returns:
            The findings, possibly empty.
        """
        if not history:
            return []
        if history[-1][1].kind == "tool":
            return self._check(history, [(i, s) for i, s in history if s.kind == "tool"], ())
        responses = [(i, s) for i, s in history if s.kind == "llm" and s.text.strip()]
        return self._check(history, (), responses)

    def _check(
        self,
        history: Sequence[_Indexed],
        tools: Sequence[_Indexed],
        responses: Sequence[_Indexed],
        kept: Sequence[_Indexed] = (),
    ) -> list[LoopFinding]:
        """The detectors over the ends of ``history`` and of its tool steps (when the last step
        is a tool call) or of its non-empty responses (when it is a response). Each sequence
        need only hold as many of its last entries as the longest window looks at."""
        out: list[LoopFinding] = []
        on = self.config.enabled
        if history[-1][1].kind == "tool":
            if "action_observation" in on:
                out.extend(
                    self._action_observation(tools, history)
                    or _backed_off(tools, history)
                    or _duplicate_creates(tools, None)
                    or _reread_announced_found(tools, kept)
                    or _cursor_left_unpassed_found(tools, kept)
                )
            if "action_error" in on:
                out.extend(self._action_error(tools))
            if "alternation" in on:
                out.extend(
                    self._alternation(tools, "tool call")
                    or _sets_back_and_forth(tools, None, kept or history)
                )
            if "repeated_tool_call" in on:
                out.extend(self._repeated_call(tools))
            if "cycle" in on:
                out.extend(self._cycle(tools) or self._return_to_state(tools))
            if "reworded_repeat" in on:
                out.extend(self._reworded_repeat(tools) or self._empty_again(tools))
            if "flip_flop" in on:
                out.extend(self._flip_flop(tools, kept))
            if "regenerate" in on and responses:
                out.extend(self._regenerate(tools, responses, None))
            if "idle_talk" in on:
                out.extend(self._courtesy_exchange(tools))
        else:
            if "monologue" in on:
                out.extend(self._monologue(history) or _promise_said_twice_at_once(history))
            if "alternation" in on:
                out.extend(self._alternation(responses, "response"))
            if "idle_talk" in on:
                talk = (
                    # (Plans made anew first: their finding confirms itself.)
                    self._replans(responses)
                    or self._idle_talk(responses)
                    or self._said_before(responses)
                    or self._asks_again(responses)
                    or self._promises_again(responses)
                    or self._answered_again(responses)
                    or self._restates(responses)
                    or self._wavers(responses)
                )
                if talk and _numbered_parts(responses[-_IDLE_RESPONSES:]):
                    # Each the next numbered part of one whole ("Part 3 of 5: ..."): a draft
                    # handed over part by part, whatever words the parts share.
                    talk = []
                if talk and kept:
                    window = [i for i, _ in responses[-_IDLE_RESPONSES:]]
                    if _reports_items(kept, window) or _reads_out_fields(kept, window):
                        # Short messages in one template, one per record read, each with its
                        # figures: a report written item by item, not talk that goes nowhere.
                        # (Or one per field of a record read, each with its value.)
                        talk = []
                out.extend(talk)
            if "unmet_request" in on:
                out.extend(
                    self._concedes_again(responses)
                    or self._unmet_request(responses)
                    or self._ignores_correction(responses)
                    or self._same_answer(responses)
                )
            if "action_observation" in on and tools and responses:
                out.extend(_duplicate_creates(tools, responses[-1]))
            if "alternation" in on and tools and responses:
                out.extend(_sets_back_and_forth(tools, responses[-1], kept or history))
            if "regenerate" in on and tools and responses:
                out.extend(self._regenerate(tools, responses[:-1], responses[-1]))
        return out

    def _regenerate(
        self, tools: Sequence[_Indexed], responses: Sequence[_Indexed], after: _Indexed | None
    ) -> list[LoopFinding]:
        """The same successful call made ``_REGENERATE_CALLS`` times in a row, each result
        different, and between the calls only the agent's responses, each saying it tries
        again: it rejects every output and asks for another without changing what it asks.
        Reported at the last call, and at a response right after it that says "again" too."""
        n = _REGENERATE_CALLS
        tail = tools[-n:]
        if len(tail) < n:
            return []
        key = tail[-1][1].action_key
        if tail[0][1].action_key != key:
            return []
        # A call that produces something (a plan, a draft, a transcript) rather than reads
        # state gives another output each time by design: the agent needs no "again" to be
        # asking for one more.
        producer = not _own_name_reads_state(tail[-1][1].tool or "")
        if after is not None and (after[0] != tail[-1][0] + 1 or not _retries(after[1], producer)):
            return []
        if any(s.action_key != key or s.error for _, s in tail):
            return []
        if len({s.observation_key for _, s in tail}) < n:
            return []  # a result came back unchanged: action_observation's and cycle's
        said = dict(responses)
        for (a, _), (b, _) in itertools.pairwise(tail):
            # Only responses in between (no other call, no empty response), the last retrying.
            if b - a < 2 or any(k not in said for k in range(a + 1, b)):
                return []
            if not _retries(said[b - 1], producer):
                return []
        if _relays(tail, said) and (
            _same_words(tail)
            or _moves_one_way(tail)
            or _clock_runs_on(tail)
            # A request id's digits scatter from call to call, as a made output's figures
            # do: the status's own numbers are read without its envelope's stamps too.
            or _moves_one_way(tail, canonical=True)
        ):
            return []  # a status whose values move, reported as they come: progress
        if _lists_new_records(tail) and (_counts_on(tail) or _cursor_reads_on(tail)):
            return []  # a server-side cursor read on, page after page: iteration
        idx = tuple(i for i, _ in tail) + ((after[0],) if after is not None else ())
        return _found(
            "regenerate",
            idx,
            {"calls": n},
            f"The agent made the same {tail[-1][1].tool} call {n} times in a row, asking "
            "again each time with nothing changed, and rejected every result.",
        )

    def _unmet_request(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """New input asked for something, later input rejected what came back and asked for
        some of the same things again ("Must name the layer." ... "Still doesn't name the
        layer."), and the responses since the first request, at least ``_UNMET_RESPONSES``
        of them with no tool call among them but calls that brought nothing new (the agent
        "re-reads the source" before each redraft; see :func:`_in_a_row`), said fewer than
        half of those things: the agent keeps producing without taking up what it is told is
        missing. A word said in passing ("for the night desk", where the request was to go)
        does not take up the rest. The later input need not reject in words ("Chapters
        please!") when the input embeddings find it the same as an earlier input and a
        rejection came between: the user asks for it once more."""
        n = _UNMET_RESPONSES
        if len(responses) < n:
            return []
        # The responses in a row that end here (no blank response or new call between). The
        # indexes rise: when the first is as far back as their number, all are in a row.
        run = len(responses)
        if responses[0][0] != responses[-1][0] - run + 1:
            run = 1
            while run < len(responses) and (
                responses[-run - 1][0] == responses[-run][0] - 1 or responses[-run][1]._rereads
            ):
                run += 1
        if run < n:
            return []
        tail = responses[-run:]
        # The last new input in the run, a rejection, then an earlier request for the same.
        for later in range(run - 1, 0, -1):
            if not _new_input(tail[later][1]):
                continue
            text = tail[later][1].observation
            rejects = _rejects(text.lower())
            if (not rejects and tail[later][1]._restated is not True) or _not_a_demand(text):
                return []  # the agent was told something else since
            # (Input that only restates an earlier request needs a rejection since it.)
            wanted = _asked_for(text)
            # Earlier requests with at least n responses since them, latest first.
            for first in range(min(later - 1, run - n), -1, -1):
                asked = tail[first][1].observation
                again = wanted & _asked_for(asked)
                if not again or not _new_input(tail[first][1]) or _not_a_demand(asked):
                    continue
                if not rejects and not any(
                    _rejection(tail[k][1].observation) for k in range(first, later)
                ):
                    continue
                if _other_request(text, asked):
                    # It names a number or code the earlier request lacked: another item
                    # asked for in the same words (the next review to classify), not the
                    # same thing again; its complaint words may be the item's own.
                    continue
                said = frozenset().union(*(_content_words(s.text) for _, s in tail[first:]))
                if 2 * len(again & said) >= len(again):
                    return []  # the agent took it up
                idx = tuple(i for i, _ in tail[first:])
                words = " ".join(sorted(again))
                details: dict[str, float | int | str] = {"responses": len(idx), "asked": words}
                since = tail[first + 1 :]
                if _said_little_new(since):
                    # Nor did the responses since the request say much the agent had not
                    # said before: the agent's side of it, to the user's asking again.
                    details["said_before"] = round(max(s._novel or 0.0 for _, s in since), 4)
                elif any(s._restated is True for _, s in since):
                    # Or it was told the same again in other words (the input embeddings
                    # agree, on their own evidence, that the asking went round).
                    details["restated"] = sum(s._restated is True for _, s in since)
                return _found(
                    "unmet_request",
                    idx,
                    details,
                    f"The agent was asked for the same thing again ({words}) and none of "
                    f"its last {len(idx)} responses took it up.",
                )
            return []
        return []

    @staticmethod
    def _ignores_correction(responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """The agent gives the same answer again after a person said it was wrong, and again
        after being told so once more: ``_IGNORED_CORRECTIONS`` restatements of one claim
        (the same figures, and at least ``_SAME_CLAIM`` of its content words either way, an
        opening apology or thanks aside), each after input that pushed back on it (a "No",
        "wrong", "still", "not right": ``_PUSHES_BACK``) since the claim was last made. The
        person's words are one kind of evidence and the unchanged claim another, so the
        finding confirms itself (``ignored``). An agent that takes the correction up changes
        its answer; one that re-reads the record in between and answers the same has still
        ignored it."""
        if len(responses) <= _IGNORED_CORRECTIONS:
            return []
        index, last = responses[-1]
        if "?" in last.text:
            return []
        # (Cheapest test first: most responses come with no pushback among the last inputs.)
        if not any(_pushed(s) for _, s in responses[-_PUSHBACK_LOOK:]):
            return []
        claim = _claim_words(last.text)
        if len(claim) < _CLAIM_WORDS:
            return []
        figures = set(_FIGURE.findall(last.text))
        same = [index]
        pushed = _pushes_back(last)  # since the claim was made before: its own input too
        for i, s in reversed(responses[:-1]):
            words = _claim_words(s.text)
            if (
                "?" not in s.text
                and len(claim & words) >= _SAME_CLAIM * max(len(claim), len(words))
                and set(_FIGURE.findall(s.text)) == figures
            ):
                if not pushed:
                    break  # said again with no pushback in between: not ignoring anyone
                same.append(i)
                if len(same) > _IGNORED_CORRECTIONS:
                    break
                pushed = _pushes_back(s)
            else:
                pushed = pushed or _pushes_back(s)
        if len(same) <= _IGNORED_CORRECTIONS:
            return []
        idx = tuple(sorted(same))
        return _found(
            "unmet_request",
            idx,
            {"responses": len(idx), "ignored": len(idx) - 1},
            f"The agent gave the same answer {len(idx)} times, each time after being told it "
            "was wrong.",
        )

    def _same_answer(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """The agent was told something (even only "you keep saying that") ``_UNMET_RESPONSES``
        times in a row, conceded each time ("Sorry, you're right.") and each time gave one
        figure again ("six", "6"): it admits the answer is wrong and gives it again. Feedback
        on how an output reads (length, tone) is left alone: a rewrite keeps its figures."""
        n = _UNMET_RESPONSES
        tail = responses[-n:]
        if len(tail) < n or tail[-1][0] - tail[0][0] != n - 1:
            return []
        figures: set[str] | None = None
        for _, step in tail:
            said = step.text.lower()
            told = step.observation.lower()
            if not _has_text(told) or not _concedes(said):
                return []
            if _content_words(told) & _STYLE_STEMS or len(said.split()) > _UNMET_WORDS:
                return []
            found = {_figure(m) for m in _FIGURE.findall(said)}
            figures = found if figures is None else figures & found
            if not figures:
                return []
        idx = tuple(i for i, _ in tail)
        shown = ", ".join(sorted(figures or ()))
        return _found(
            "unmet_request",
            idx,
            {"responses": n, "asked": shown},
            f"The agent conceded it was wrong {n} times in a row and gave the same figure "
            f"({shown}) each time.",
        )

    def _concedes_again(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """``_UNMET_RESPONSES`` responses in a row, no tool call among them but calls that
        brought nothing new (see :func:`_in_a_row`), each conceding ("Sorry about that.",
        "Apologies.", "You're right to check, sorry."), while at least one of their inputs
        restates an earlier input (judged by the input embeddings:
        ``LoopTracker._judge_input``): the agent is told the same correction again, and its
        concessions change nothing -- whatever it says after them, and whether or not it
        gives one figure each time (``_same_answer``). Or ``_CONCEDES_RUN`` such responses,
        each opening with the concession ("Sorry, you're right. ...", "My mistake. ..."),
        whatever it is told: corrected again and again, it agrees each time and acts on none
        of it. An agent that concedes and acts has a call in between; one that drafts an
        apology for someone else does not open its own answer with it. Feedback on how an
        output reads (length, tone) is left alone: a rewrite concedes."""
        n = _UNMET_RESPONSES
        tail = responses[-_CONCEDES_RUN:]
        if len(tail) < n or not _concedes(tail[-1][1].text.lower()):
            return []  # (most responses concede nothing)
        if not _in_a_row(tail[-n:]):
            return []
        conceding = 0  # the responses, from the last, that concede
        for _, step in reversed(tail):
            if not _concedes(step.text.lower()):
                break
            told = step.observation.lower()
            if _has_text(told) and _content_words(told) & _STYLE_STEMS:
                break
            conceding += 1
        if conceding < n:
            return []
        restated = sum(s._restated is True for _, s in tail[-n:])
        details: dict[str, float | int | str] = {"responses": n}
        if restated:
            tail = tail[-n:]
            details["restated"] = restated
        elif (
            conceding == _CONCEDES_RUN
            and _in_a_row(tail)
            and all(_opens_conceding(s.text) for _, s in tail)
        ):
            details = {"responses": _CONCEDES_RUN, "conceded": _CONCEDES_RUN}
        else:
            return []
        idx = tuple(i for i, _ in tail)
        return _found(
            "unmet_request",
            idx,
            details,
            f"The agent conceded {len(idx)} times in a row without acting while it was "
            + ("told the same correction again." if restated else "corrected each time."),
        )

    def _wavers(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """``idle_talk``'s wavering and restating, told by the agent's own words: the last
        response turns back on what it said before ("But B would let marketing screen
        ...", "Then again, ...", "On the other hand, ...": ``_TURNS``), or says that it says
        it again ("In short, ...", "To sum up: ...", "Put simply, ...": ``_RESTATING``), and
        so did at least one more of the responses since its last call, ``_WAVER_RUN`` or
        more in a row with no call between, the last announcing no action, and none of
        these taking up what it was told: its claims swing back and forth, or stay where
        they were, and nothing is done. An agent that weighs
        two options once and then acts turns once; a summary is said once."""
        n = _WAVER_RUN
        if len(responses) < n or responses[-n][0] != responses[-1][0] - n + 1:
            return []  # (most responses: a tool call, or an empty response, in the last few)
        last = responses[-1][1]
        opening = last.text.lower().lstrip(_LEADING)
        if _TURNS.match(opening) is not None:
            pattern, what = _TURNS, "turns"
        elif _RESTATING.match(opening) is not None:
            pattern, what = _RESTATING, "restating"
        else:
            return []
        if last.announces:
            return []
        run = [responses[-1]]
        for entry in reversed(responses[:-1]):
            if entry[0] != run[-1][0] - 1:
                break  # a tool call (or an empty response) in between
            run.append(entry)
        if len(run) < _WAVER_RUN:
            return []
        marked = [
            i
            for i, s in run
            if pattern.match(s.text.lower().lstrip(_LEADING))
            # Told something, it takes up none of it (a revision asked for is no restating).
            and (not _told(s) or not _content_words(s.observation) - _NOT_ASKED & _said_words(s))
        ]
        if len(marked) < _WAVER_TURNS:
            return []
        idx = tuple(sorted(i for i, _ in run))
        said = "turned back on" if what == "turns" else "said again"
        return _found(
            "idle_talk",
            idx,
            {"responses": len(run), what: len(marked)},
            f"The agent {said} what it had said {len(marked)} times in {len(run)} "
            "responses with no tool call.",
        )

    @staticmethod
    def _replans(responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """The agent lays out a plan (``_PLAN``: "Plan: 1) ..., 2) ...", "first A, then B,
        then C") and then, ``_IDLE_RESPONSES`` responses in a row with no call between and
        nothing told, plans again, at least ``_REPLANS`` of them opening by saying so
        ("Revised plan:", "Let me reorder:", "Alternatively:", "Rethinking:": ``_REPLAN``),
        each sharing at least ``_REPLAN_SHARED`` content words with the first plan: the same
        steps shuffled, none done. Two kinds of evidence, the agent's words that it plans
        anew and the plans' steps said again, so the finding confirms itself (``replans``).
        An agent that plans once and executes makes a call (or reports a step done) after
        its plan; a plan revised once, on what a person said, is not a run of them."""
        n = _IDLE_RESPONSES
        if len(responses) < n or responses[-n][0] != responses[-1][0] - n + 1:
            return []  # (most responses: a tool call, or an empty response, in the last few)
        last = responses[-1][1].text.lower().lstrip(_LEADING)
        if _REPLAN.match(last) is None and _PLAN_OPENS.match(last) is None:
            return []
        run = responses[-n:]
        if not _is_plan(run[0][1].text):
            return []
        first = _content_words(run[0][1].text) - _PLAN_WORDS
        marked = 0
        for _, s in run[1:]:
            if _told(s) and _content_words(s.observation) - _NOT_ASKED & _said_words(s):
                return []  # a plan revised on what the agent was told, not a "where are we?"
            if _DONE.search(s.text.lower()) is not None:
                return []  # a step reported done
            shared = len((_content_words(s.text) - _PLAN_WORDS) & first)
            if _REPLAN.match(s.text.lower().lstrip(_LEADING)) is not None and shared:
                marked += 1
            elif not _is_plan(s.text) or shared < _REPLAN_SHARED:
                return []
        if marked < _REPLANS:
            return []
        idx = tuple(i for i, _ in run)
        return _found(
            "idle_talk",
            idx,
            {"responses": n, "replans": marked},
            f"The agent planned the same steps {n} times in a row, reordering them, "
            "and carried out none.",
        )

    def _courtesy_exchange(self, tools: Sequence[_Indexed]) -> list[LoopFinding]:
        """The agent's last ``monologue_repeats`` calls each send the same recipient a
        message that only thanks or acknowledges (see :func:`_courtesy_only`), and what
        comes back only thanks or acknowledges too: two agents trading courtesies, each
        answering the other's (the thank-you loop of multi-agent chats), with nothing
        asked or told. A message that carries anything else (a figure, a question, a
        request) is work; so is one courtesy to each of several recipients."""
        n = self.config.monologue_repeats
        if n < 2 or len(tools) < n:
            return []
        last = tools[-1][1]
        if _courtesy_body(last) is None:
            return []  # (most calls: not a message, or one that says something)
        tail = tools[-n:]
        rest = _without_body(last)
        for _, step in tail:
            if (
                step.tool != last.tool
                or step.error
                or _courtesy_body(step) is None
                or _without_body(step) != rest
                or not _courtesy_reply(step.observation)
            ):
                return []
        idx = tuple(i for i, _ in tail)
        return _found(
            "idle_talk",
            idx,
            {"messages": n, "courtesy": 1},
            f"The agent sent {last.tool} {n} messages in a row that only thank or "
            "acknowledge, each answered the same way: nothing is asked or told.",
        )

    def _idle_talk(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        n = _IDLE_RESPONSES
        tail = responses[-n:]
        # Cheapest tests first: most responses follow a tool call (a gap in the indexes), or
        # new input.
        if len(tail) < n or tail[-1][0] - tail[-2][0] != 1:
            return []
        if _told(tail[-1][1]) and tail[-1][1].observation != tail[-2][1].observation:
            return []
        if tail[-1][0] - tail[0][0] != n - 1:
            return []  # a tool call (or an empty response) in between
        if any(
            _told(s) and s.observation != p.observation
            for (_, p), (_, s) in itertools.pairwise(tail[:-1])
        ):
            return []
        most = self.config.semantic_monologue_words
        if any(s.word_count > most for _, s in tail):
            return []
        if _decides(responses):
            return []
        # Words after a label all of them start with ("Status: ...", "L-7 > ..."), in the
        # normalised text each response's action key holds (leading filler dropped).
        texts = _without_label([s.action_key[4:] for _, s in tail])
        earlier: set[str] = set()
        for text in texts[:-1]:
            earlier |= _content_words(text, normalized=True)
        words = _content_words(texts[-1], normalized=True)
        if not words:
            return []
        reuse = len(words & earlier) / len(words)
        # Pinged ("any news?") twice or more and answering each time without acting: a stall
        # however it is worded ("No change yet.", "Still queued."). A question asked again in
        # other words ("Still nothing?" / "Where are we with the run?") is no such ping: its
        # answers may each bring news.
        pinged = sum(_pings(s.observation) and s._restated is not True for _, s in tail)
        if reuse < _IDLE_REUSE and (pinged < 2 or _own_sections(tail)):
            return []  # (each a section of its own, "Cause: ...", "Fix: ...": dictated on)
        if (
            reuse < _SECTIONS_REUSE
            and not pinged
            and _own_sections(tail)
            and not _said_little_new(tail)
        ):
            # The sections of one write-up given in turn ("Background: ...", "Open items:
            # ...", "Next steps: ..."), unasked: they share the write-up's subject (its
            # record, its reader), not what each says. A stall under new labels says the
            # same again ("Status: queued." / "Update: still queued."), well past this share,
            # and a summary restated under new labels ("Summary: ..." / "To close this out:
            # ...") says little that was not said before (the "said before" measure).
            return []
        if not pinged and (_names_new_items(tail) or _opener_then_new_items(tail)):
            return []  # (a checklist gone through item by item: see _names_new_items)
        if not pinged and _works_figures(tail):
            return []  # (a sum worked in the open, figure by figure: see _works_figures)
        idx = tuple(i for i, _ in tail)
        details: dict[str, float | int | str] = {"responses": n, "reuse": round(reuse, 4)}
        if not _same(s.action_key for _, s in tail) and _said_little_new(tail):
            # Nor did any of them say much the agent had not said in any kept response: a
            # second measure, over the whole kept history rather than the window, that
            # confirms this one on its own step (see EscalationPolicy). One text said again
            # and again is monologue's, which waits for a confirmation.
            details["said_before"] = round(max(s._novel or 0.0 for _, s in tail), 4)
        return _found(
            "idle_talk",
            idx,
            details,
            f"The agent gave {n} short responses in a row about the same thing without "
            "acting, and nothing new came in between.",
        )

    def _asks_again(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """``_IDLE_RESPONSES`` short questions in a row, not all one text, with no tool call
        among them, and nothing said to the agent in between but consent: "Yes.", "Yes,
        submit.", "YES. apply them." -- an answer that agrees and says no word that neither
        the agent nor earlier input had said (:func:`_only_consents`). Told to go ahead, or
        told nothing, the agent asks something else instead of acting: nothing new reaches
        it, and what it says changes nothing. A question answered with something new ("Yes,
        the 14th works.") is not such a row."""
        n = _IDLE_RESPONSES
        tail = responses[-n:]
        if len(tail) < n or tail[-1][0] - tail[0][0] != n - 1:
            return []
        if any("?" not in s.text for _, s in tail):
            return []
        most = self.config.semantic_monologue_words
        if any(s.word_count > most for _, s in tail) or _same(s.action_key for _, s in tail):
            return []
        said: set[str] = set()
        for _, s in responses[:-1]:
            said |= _said_words(s)
            said.update(_FIGURES_SAID.findall(s.text))
            if _has_text(s.observation):
                said |= _content_words(s.observation)
                said.update(_FIGURES_SAID.findall(s.observation))
        answers = [s for _, s in tail[1:] if _has_text(s.observation)]
        if not all(_only_consents(s.observation, said) for s in answers):
            return []
        idx = tuple(i for i, _ in tail)
        return _found(
            "idle_talk",
            idx,
            {"responses": n, "consents": len(answers)},
            f"The agent asked {n} questions in a row without acting, each after being "
            "told to go ahead.",
        )

    def _answered_again(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """The agent asked a question, was answered what it had already been answered in
        this run of talk (the answer to an earlier question, the same text or one holding
        it: "All of them." / "All of them.", "Base rent only." / "Base rent only, as I
        said."), and asks again, with no call since that earlier answer and naming nothing
        (no number or code) it had not named: the answer had reached it before, and
        reaching it again changed nothing. A question answered with something new moves on;
        one asked after a call, or about another unit or date, may well get the same
        answer."""
        if len(responses) < 3:
            return []
        index, q = responses[-1]
        if not _asks(q) or not _new_input(q):
            return []
        if responses[-2][0] != index - 1 or not _asks(responses[-2][1]):
            return []
        given = _answer_form(q.observation)
        if not given.strip():
            return []
        named = {t for t in _tokens(q.text) if any(c.isdigit() for c in t)}
        for _, earlier in responses[:-1]:
            named -= _tokens(earlier.text)
        if named:
            return []  # it names something it had not: a question about another thing
        last = len(responses) - 1
        for k in range(last - 1, 0, -1):
            i, earlier = responses[k]
            if i != index - (last - k) or responses[k - 1][0] != i - 1:
                break  # a call (or an empty response) in between: asked anew after it
            if not _new_input(earlier) or not _asks(responses[k - 1][1]):
                continue
            before = _answer_form(earlier.observation)
            if before in given or given in before:
                idx = (i, index)
                return _found(
                    "idle_talk",
                    idx,
                    {"responses": 2, "answered_again": 1},
                    "The agent asked again after being answered what it had been answered before.",
                )
        return []

    def _reasks(
        self, responses: Sequence[_Indexed], acted: Sequence[int] = ()
    ) -> list[LoopFinding]:
        """The agent asks, for the ``_REASKS``-th time among the kept responses, a question it
        had already asked and been answered: a question (a response with a "?") that shares
        ``_REASK_OVERLAP`` of its content words with an answered question or its answer, or
        that embeds alike with the question (``_REASK_SIMILARITY``), naming no figure it had
        not named or been told, and told nothing new with it. Tool calls in between do not
        matter: the answer had reached the agent, and asking again does not move it. That
        finding confirms itself (``reasked``): the answer it was given is one kind of
        evidence, its asking again another. A question answered with something new each
        time (a draft revised on feedback, a tutor's next hint) is no re-ask; nor is one
        asked after the agent acted on the answer (a call at an index in ``acted``, one that
        changes something and was acknowledged, since the answer): the change may raise it
        anew. A question asked right after a question of the agent's was answered yes and
        little else (:func:`_only_consents`: "Yes, go ahead."), with no call between, is
        asked again whatever its words: the agent asks leave it was just given ("I can edit
        reserve.py, right?", "You're fine with the sort going back in?")."""
        last = responses[-1][1]
        if "?" not in last.text or len(responses) < _REASKS + 1:
            return []
        said: set[str] = set()  # content words said or told so far
        named: set[str] = set()  # figures said or told so far
        # A question, its and its answer's words, and where the answer came.
        answered: list[tuple[Step, frozenset[str], int]] = []
        asked: Step | None = None  # the last question not answered yet
        reasks: list[int] = []
        previous = -2  # where the last question was
        for i, s in responses:
            told = _new_input(s)
            heard = _content_words(s.observation) if told else frozenset()
            granted = (
                asked is not None
                and previous == i - 1
                and _only_consents(s.observation, said, named=named, spare=1)
            )
            # (A choice among named records offered again right after one of them was picked.)
            chosen = told and asked is not None and _chosen_again(asked.text, s)
            if (told or granted) and asked is not None:
                answered.append((asked, _content_words(asked.text) | heard, i))
                if told and previous not in reasks and _ANSWERED_BEFORE.search(s.observation):
                    reasks.append(previous)  # "Like I said": asked again, says who answers
                asked = None
            if "?" in s.text:
                fresh = [a for a in answered if not any(a[2] < k < i for k in acted)]
                # Told yes and asking again before doing anything: the agent asks leave it
                # was just given, in whatever words. Not when it first tells the person
                # something it had not said: a point it found raises a new question.
                if not _raises_point(s.text, said | heard) and (
                    granted or chosen or (fresh and self._reask(s, fresh, heard, said, named))
                ):
                    reasks.append(i)
                asked = s
                previous = i
            said |= _content_words(s.text) | heard
            named.update(_FIGURES_SAID.findall(s.text))
            if told:
                named.update(_FIGURES_SAID.findall(s.observation))
        if len(reasks) < _REASKS or reasks[-1] != responses[-1][0]:
            return []
        idx = tuple(reasks)
        return _found(
            "idle_talk",
            idx,
            {"responses": len(idx), "reasked": len(idx)},
            f"The agent asked {len(idx)} times what it had already asked and been answered.",
        )

    @staticmethod
    def _reask(
        step: Step,
        answered: Sequence[tuple[Step, frozenset[str], int]],
        heard: frozenset[str],
        said: set[str],
        named: set[str],
    ) -> bool:
        """Whether the question ``step`` asks again one of the ``answered`` ones (see
        :meth:`_reasks`); ``heard`` is what it was told with it, ``said`` and ``named`` the
        words and figures said or told before it."""
        heard -= _TOLD_BEFORE
        if (
            heard
            and 2 * len(heard - said) > len(heard)
            and not _ANSWERED_BEFORE.search(step.observation)
        ):
            return False  # told something new: feedback, not an answer given again
        if any(f not in named for f in _FIGURES_SAID.findall(step.text)):
            return False  # about another figure
        before = said | heard
        for choice in _CHOICES.finditer(step.text):
            if all(_content_words(name) - before for name in choice.groups()):
                return False  # offers choices nobody had named: it narrows the answer down
        words = _content_words(step.text)
        if not words:
            return False
        for question, known, _ in answered:
            if question is step:
                continue
            if len(words & known) >= _REASK_OVERLAP * len(words):
                return True
            if (
                step.embedding is not None
                and question.embedding is not None
                and float(np.dot(step.unit_vector(), question.unit_vector())) >= _REASK_SIMILARITY
            ):
                return True
        return False

    def _restates(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """A run of ``_RESTATE_RUN`` responses or more with no tool call among them, in which
        ``_RESTATES`` after the first, the last among them, each say little the agent had not
        said (at most ``_SAID_NEW`` of its content words new to the kept responses) and take
        up nothing of what they were told (no input, or input none of whose content words they
        use), and ``_RESTATE_QUIET`` came with nothing new said to the agent at all: the agent
        talks on, saying again what it said, and what it is told does not move it ("Right.
        Now fix it." answered with the conclusion once more). A draft revised on each request
        takes up no word of "add the date" either, but each revision comes after a request:
        the agent is not talking on its own."""
        n = _RESTATE_RUN
        if len(responses) < n:
            return []
        last_index, last = responses[-1]
        if last._novel is None or last._novel > _SAID_NEW:
            return []
        run = len(responses)  # (the indexes rise: all in a row when the first is that far back)
        if responses[0][0] != last_index - run + 1:
            run = 1
            while run < len(responses) and responses[-run - 1][0] == last_index - run:
                run += 1
        if run < n:
            return []
        tail = responses[-run + 1 :]  # after the first
        # (Cheapest test first: most runs of talk answer new input at each response.)
        told = {i for i, s in tail if _told(s)}
        if len(tail) - len(told) < _RESTATE_QUIET:
            return []
        little = [(i, s) for i, s in tail if s._novel is not None and s._novel <= _SAID_NEW]
        if len(little) < _RESTATES:
            return []
        restating = [
            i
            for i, s in little
            # Told something, it takes up none of it.
            if i not in told or not _content_words(s.observation) - _NOT_ASKED & _said_words(s)
        ]
        if len(restating) < _RESTATES or restating[-1] != last_index:
            return []
        chosen = [(i, s) for i, s in tail if i in restating]
        if _names_new_items(chosen) or _opener_then_new_items(chosen):
            return []  # (a checklist's items, each new: see _names_new_items)
        idx = tuple(restating)
        return _found(
            "idle_talk",
            idx,
            {"responses": len(idx), "restates": len(idx)},
            f"The agent said again, {len(idx)} times with no call in between, what it had "
            "already said, whatever it was told.",
        )

    def _promises_again(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """``_IDLE_RESPONSES`` responses in a row, no tool call among them and not all one
        text, each announcing an action ("I'll check the reads now.", "Going to the class
        search next."), with nothing new said to the agent in between: no input, an
        acknowledgement, or input at most half of whose content words are new to what the
        agent said ("are you running npm ls?" after "I'll run npm ls"). The agent says it
        will act and does not; an announcement is made good by the call after it, and one
        answered with something new ("The lockfile pins express.") is planning with the
        user. A decision after deliberation is one announcement, not three."""
        n = _IDLE_RESPONSES
        tail = responses[-n:]
        if len(tail) < n or tail[-1][0] - tail[0][0] != n - 1:
            return []  # (both runs below are at least this long)
        last = responses[-1][1]
        if not (last.announces or _announces_later(last.text) or _stalls(last.text)):
            return []  # (most responses: one run or the other would end here)
        found = self._promises_on(responses)
        if found:
            return found
        if any(not (s.announces or _announces_later(s.text) or _stalls(s.text)) for _, s in tail):
            return []
        if _same(s.action_key for _, s in tail):
            return []  # the very same text: monologue reports it
        if _own_sections(tail):
            # A running header that says what the agent is at ("Writing up the incident for
            # the owner."), then a section of its own each time ("Cause: ...", "Timeline:
            # ..."): the write-up it announces, delivered part by part in the same responses.
            return []
        said: set[str] = set()
        for _, s in responses[:-1]:
            said |= _said_words(s)
        asked = ""  # the input before the step at hand
        for _, s in responses[: -n + 1]:
            asked = s.observation or asked
        for _, s in tail[1:]:
            if not _told(s):
                continue
            words = _content_words(s.observation) - _NOT_ASKED
            if 2 * len(words - said) > len(words):
                return []  # told something new
            if asked and _other_request(s.observation, asked):
                return []  # asked about another item ("invoice 2, from Globex"): new work
            asked = s.observation
        idx = tuple(i for i, _ in tail)
        return _found(
            "idle_talk",
            idx,
            {"responses": n, "promises": n},
            f"The agent said {n} times in a row what it would do next, and did not do it.",
        )

    def _deferred_plan(
        self, history: Sequence[_Indexed], responses: Sequence[_Indexed]
    ) -> list[LoopFinding]:
        """``_DEFERRED_RUN`` responses in a row, each naming the same next step ("Next I'll
        submit the entry." / "Then the plan is: enter Moss Valley." / "Next step is still
        the entry."; see :func:`_plan_words`), with only tool calls between them that do not
        carry it out: no call's tool is named by what the plans say (``entries_portal_submit``
        carries out "submit the entry"), no wait among them. The agent keeps saying what it
        will do next and does something else each time: the step is put off, not taken.
        Two plans of the run with no word in common, the very same text each time, one tool
        called over and over between them (pages, a batch), a call made again whose result
        moved, or new input that names something the agent had not said, end it; so does a
        plan step carried out, as a plan worked through step by step is. Nor are calls that
        all failed something else done instead: each was a try that was refused ("No access
        there. Trying the next option."), and whether the tries go round is for the failure
        detectors (``action_error``, ``reworded_repeat``, ``cycle``) to say. ``history`` holds
        the steps since well before the run's first response (the tracker passes
        ``_DEFERRED_SPAN``), ``responses`` its last responses."""
        n = _DEFERRED_RUN
        if len(responses) < n:
            return []
        plans: list[tuple[int, Step, frozenset[str]]] = []
        for i, step in reversed(responses[-_DEFERRED_LOOK:]):
            words = _plan_words(step.text)
            if not words or _paces(step):
                break  # (a response that says how long it waits paces a poll)
            plans.append((i, step, words))
        if len(plans) < n:
            return []
        plans = plans[n - 1 :: -1]  # the last n, oldest first
        first, last = plans[0][0], plans[-1][0]
        if any(not (a & b) for (_, _, a), (_, _, b) in itertools.combinations(plans, 2)):
            return []  # two plans about different things
        if _same(step.action_key for _, step, _ in plans):
            return []  # the very same text: monologue's and the cycle's to report
        planned = frozenset().union(*(w for _, _, w in plans))
        said: set[str] = set()
        for i, step in history:
            if i >= first:
                break
            if step.kind == "llm":
                said |= _content_words(step.text)
        calls = [s for i, s in history if first < i <= last and s.kind == "tool"]
        if any(_waits(s) or _tool_words(s) & planned for s in calls):
            return []  # a wait, or the step carried out
        if len({s.tool for s in calls}) < 2:
            return []  # one tool over pages or items: the agent works through them
        if all(s.error for s in calls):
            return []  # each call between a try refused: the failures' detectors judge them
        if _result_moved(calls):
            return []  # a call made again saw its result move: the agent follows it
        for i, step in history:
            if i <= first or i > last or step.kind != "llm":
                continue
            if i != last and _told(step) and not _pings(step.observation):
                words = _content_words(step.observation) - _NOT_ASKED
                if 2 * len(words - said - planned) > len(words):
                    return []  # told something new: the plan may wait on it
            said |= _content_words(step.text)
        idx = tuple(i for i, _, _ in plans)
        return _found(
            "idle_talk",
            idx,
            {"responses": n, "deferred": n},
            f"The agent named the same next step {n} times in a row and did other things "
            "each time instead.",
        )

    def _promises_on(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """``_PROMISES_RUN`` short responses in a row (at most ``_PROMISE_WORDS`` words each),
        no tool call among them and not all one text, each announcing an action, none taking
        up a word of its new input that the agent had not said before (:func:`_takes_up`):
        whatever it is told (go ahead, "did you check the sections?", "you keep announcing
        it", the deadline again), the agent says what it will do and does not do it. A draft
        revised at each request ("Mention NG-05.") takes up what the request adds, and a
        decision after deliberation is one announcement, not four."""
        n = _PROMISES_RUN
        tail = responses[-n:]
        if len(tail) < n or tail[-1][0] - tail[0][0] != n - 1:
            return []
        for k, (_, s) in enumerate(tail):
            if s.word_count > _PROMISE_WORDS:
                return []
            if k < n - 1 and not (s.announces or _announces_later(s.text) or _stalls(s.text)):
                return []  # (the last one announces: _promises_again asked first)
        if _same(s.action_key for _, s in tail) or _takes_up(tail, responses):
            return []
        idx = tuple(i for i, _ in tail)
        return _found(
            "idle_talk",
            idx,
            {"responses": n, "promises": n, "promised": n},
            f"The agent said {n} times in a row what it would do next, whatever it was "
            "told, and did not do it.",
        )

    def _said_before(self, responses: Sequence[_Indexed]) -> list[LoopFinding]:
        """``_SAID_BEFORE`` responses in a row, of any length, with no tool call among them
        and nothing new said to the agent, each of which says little it had not said already
        (at most ``_SAID_NEW`` of its content words new to the kept responses before it): it
        restates a conclusion, re-drafts, re-promises or re-apologises instead of acting.

        Or the last of them says again, nearly word for word, what the agent had already said
        (at most ``_SAID_AGAIN`` of its content words new, and ``_SAID_AGAIN_WORDS`` or more
        of them), whatever the two before it said: its talk has come back to where it was
        (a recap of the recap). That finding confirms itself (``said_before``, as
        ``idle_talk``'s): nothing new came in, no call went out, and the agent returned to
        a text it had already given. A decision is no such return (:func:`_decides`)."""
        n = _SAID_BEFORE
        tail = responses[-n:]
        if len(tail) < n or tail[-1][0] - tail[0][0] != n - 1:
            return []  # a tool call (or an empty response) in between
        last = tail[-1][1]
        again = (
            last._novel is not None
            and last._novel <= _SAID_AGAIN
            and len(_said_words(last)) >= _SAID_AGAIN_WORDS
        )
        if not again and any(s._novel is None or s._novel > _SAID_NEW for _, s in tail):
            return []
        if _same(s.action_key for _, s in tail):
            return []  # the very same text: monologue reports it
        if _decides(responses) or _opener_then_new_items(tail):
            return []  # (or a checklist walked through under one opener: its rests are new)
        if any(
            _told(s) and s.observation != p.observation
            for (_, p), (_, s) in itertools.pairwise(tail)
        ):
            return []
        idx = tuple(i for i, _ in tail)
        most = max(s._novel or 0.0 for _, s in tail)
        details: dict[str, float | int | str] = {"responses": n, "said_new": round(most, 4)}
        if again:
            details["said_before"] = round(last._novel or 0.0, 4)
        return _found(
            "idle_talk",
            idx,
            details,
            f"The agent gave {n} responses in a row that mostly say what it had said "
            "before, without acting, and nothing new came in between.",
        )

    def _action_observation(
        self, tools: Sequence[_Indexed], history: Sequence[_Indexed]
    ) -> list[LoopFinding]:
        n = self.config.action_observation_repeats
        # Cheapest test first: the last two calls differ in most steps of most sessions.
        if len(tools) < 2:
            return []
        if tools[-1][1].action_key != tools[-2][1].action_key:
            return self._action_observation_apart(tools, history)
        tail = tools[-n:]
        reported = len(tail) < n or not (
            _same(s.action_key for _, s in tail)
            and (
                _same(s.observation_key for _, s in tail)
                or _minted_ids_only([s.observation_key for _, s in tail])
                or _numbers_scatter_only([s.observation_key for _, s in tail])
            )
        )
        if reported:
            asked = tools[-_LEAVE_ASKED:]
            if _same(s.action_key for _, s in asked) and _leave_asked_again(asked):
                # The same question put to a person through a tool, answered yes each time
                # in other words: leave asked again, and the asking again confirms it.
                idx = tuple(i for i, _ in asked)
                return _found(
                    "action_observation",
                    idx,
                    {"repeats": len(idx), "reasked": len(idx)},
                    f"The agent asked the same question through {asked[-1][1].tool} "
                    f"{len(idx)} times in a row and was told yes each time.",
                )
            # One call fewer is enough when the agent told of the unchanged result between
            # each two calls, neither waiting nor hearing anything new: it reports a stalled
            # status again and again instead of acting (polling paces its checks).
            tail = tools[-(n - 1) :]
            if n < 3 or len(tail) < n - 1 or not _reported_stall(tail, history):
                if len(tools) < 2 or not _reread_named_over(tools, history):
                    return []
                idx = (tools[-2][0], tools[-1][0])
                return _found(
                    "action_observation",
                    idx,
                    {"repeats": 2, "reannounced": _REREAD_NAMINGS},
                    f"The agent read the same record with {tools[-1][1].tool} again, after "
                    "saying it would check that record in other words each time, and the "
                    "result was the same.",
                )
        idx = tuple(i for i, _ in tail)
        name = tail[-1][1].tool
        what = " with the agent reporting it unchanged in between" if reported else ""
        return _found(
            "action_observation",
            idx,
            {"repeats": len(tail), "reported": int(reported)},
            f"The tool call {name} returned the same result {len(tail)} times in a row{what}.",
        )

    def _checks_again(self, history: Sequence[_Indexed]) -> list[LoopFinding]:
        """A call (the last step) that repeats, call and result, the nearest earlier one of
        it, with other checks (reads) between them and no call that may change anything, nor
        a wait or a call that schedules the next look (``_schedules``), nor new input from a
        person, after a change the agent made went through (a call that is no read, before
        the earlier one): the work is done and checked, and the agent goes back to a check
        it has already made, finding what it found. Checking the change once after making
        it is verification (a change between the two calls ends the search); reading one
        thing again and again, nothing between, is polling (``action_observation``'s). One
        such check warns; a second confirms, as ever."""
        j, last = history[-1]
        if last.error or _waits(last) or _schedules(last):
            return []
        between = False  # another check between the two
        for k in range(len(history) - 2, -1, -1):
            i, s = history[k]
            if s.kind != "tool":
                if _told(s) and not _pings(s.observation):
                    return []
                continue
            if s.action_key == last.action_key:
                if s.observation_key != last.observation_key or s.error or not between:
                    return []
                done = any(
                    t.kind == "tool" and not t.error and not _reads_state(t) and not _waits(t)
                    for _, t in history[:k]
                )
                if not done:
                    return []
                return _found(
                    "action_observation",
                    (i, j),
                    {"rechecks": 1},
                    f"After its change went through, the agent made the check {last.tool} "
                    "again, after other checks, and found the same.",
                )
            if s.error or _waits(s) or _schedules(s) or not _reads_state(s):
                return []  # a change, a failure or a wait between: the check may see news
            between = True
        return []

    def _action_observation_apart(
        self, tools: Sequence[_Indexed], history: Sequence[_Indexed]
    ) -> list[LoopFinding]:
        """The very same call with the very same result ``action_observation_repeats`` times
        among the last ``_APART_CALLS`` calls, with other calls between them: the agent keeps
        going back to one check that never changes (``cotdr_trace`` between every other
        lookup). Not when a wait lies among them (polling paces its checks), when another call
        made twice among them got another result (the world moves, the agent follows it),
        when the call failed (``action_error`` has its own "apart"), or when it reads
        something that moves by itself (see :func:`_polls_something_that_moves`)."""
        n = self.config.action_observation_repeats
        last = tools[-1][1]
        if n < 2 or last.error or _waits(last):
            return []
        key, seen = last.action_key, last.observation_key
        if seen in ("ok:", "error:"):
            return []  # an empty result says nothing about what was asked
        window = tools[-_APART_CALLS:]
        same = [t for t in window if t[1].action_key == key]
        if len(same) < n:
            return []
        same = same[-n:]
        if any(s.observation_key != seen or s.error for _, s in same):
            return []
        first = same[0][0]
        between = [s for i, s in window if i > first]
        if any(_waits(s) for s in between) or _result_moved(between):
            return []  # polling, or another call between them saw the world move
        if _polls_something_that_moves(last, history):
            return []
        idx = tuple(i for i, _ in same)
        if _walks_on(tools, idx):
            return []  # a new record fetched before each: a step taken per record
        return _found(
            "action_observation",
            idx,
            {"repeats": n, "reported": 0, "apart": 1},
            f"The tool call {last.tool} returned the same result {n} times, with other calls "
            "between them.",
        )

    def agreeing_repeat(
        self, tools: Sequence[_Indexed], history: Sequence[_Indexed]
    ) -> list[LoopFinding]:
        """``action_observation`` one call short (the last ``action_observation_repeats - 1``
        calls one successful call with one result), for the semantic detector to confirm:
        asked only when it found those calls alike on this step, so the two agree at once.
        Not when the call reads something that moves by itself: its result changed earlier
        in ``history``, or it reads a handle (a job, a request) that an earlier call which
        reads nothing returned (see :func:`_polls_something_that_moves`)."""
        n = self.config.action_observation_repeats - 1
        tail = tools[-n:]
        if n < 2 or len(tail) < n or "action_observation" not in self.config.enabled:
            return []
        key, seen = tail[-1][1].action_key, tail[-1][1].observation_key
        if any(s.action_key != key or s.observation_key != seen or s.error for _, s in tail):
            return []
        if _polls_something_that_moves(tail[-1][1], history) and not _ended(tail[-1][1]):
            return []  # (a job that has ended, "FAILED, will not be retried", moves no more)
        idx = tuple(i for i, _ in tail)
        return _found(
            "action_observation",
            idx,
            {"repeats": n, "reported": 0, "agreed": 1},
            f"The tool call {tail[-1][1].tool} returned the same result {n} times in a "
            "row, and the calls embed alike.",
        )

    def _action_error(self, tools: Sequence[_Indexed]) -> list[LoopFinding]:
        n = self.config.action_error_repeats
        tail = tools[-n:]
        details: dict[str, float | int | str] = {"repeats": n}
        if len(tail) > 1 and tail[-1][1].error:
            key = tail[-1][1].action_key
            if key != tail[-2][1].action_key:
                # Other calls, or waits, between tries change nothing when the very same call
                # keeps failing with the same error: a lock, a denial, a missing permission
                # do not pass with time or other work (a timeout that does, passes).
                tail = [t for t in tools[-_APART_CALLS:] if t[1].action_key == key][-n:]
                if not all(_same_error(x, y) for (_, x), (_, y) in itertools.pairwise(tail)):
                    return []
                details["apart"] = 1
        if len(tail) < n or not all(s.error for _, s in tail):
            return []
        if tail[-1][1].action_key != tail[-2][1].action_key:
            return []
        if not _same(s.action_key for _, s in tail):
            return []
        if _permanent(tail[-1][1].observation):
            details["permanent"] = 1
        idx = tuple(i for i, _ in tail)
        name = tail[-1][1].tool
        return _found(
            "action_error",
            idx,
            details,
            f"The tool call {name} failed {n} times with the same arguments and error.",
        )

    def _monologue(self, history: Sequence[_Indexed]) -> list[LoopFinding]:
        n = self.config.monologue_repeats
        tail = history[-n:]
        if len(tail) < n:
            return []
        last, previous = tail[-1][1], tail[-2][1]
        # Cheapest tests first: most responses follow a tool call, or differ from the last.
        if previous.kind != "llm" or last.kind != "llm":
            return []
        if last.action_key != previous.action_key or any(s.kind != "llm" for _, s in tail):
            return []
        keys = [s.action_key for _, s in tail]
        if keys[0] == "llm:" or not _same(keys):
            return []
        if _takes_dictation(tail):
            return []
        idx = tuple(i for i, _ in tail)
        details: dict[str, float | int | str] = {"repeats": n}
        if all("?" in s.observation for _, s in tail):
            # Asked a question before each, and answered each word for word as before: the
            # questions are one kind of evidence and the unchanged words another (``questioned``).
            details["questioned"] = n
        elif _asks(last) and all(
            s.observation.strip() and "?" not in s.observation for _, s in tail[1:]
        ):
            # Its own question, asked word for word again after each answer the person gave:
            # the answers are one kind of evidence and the unchanged question another; a
            # question answered moves on (``reasked``, as ``idle_talk``'s).
            details["reasked"] = n
        elif (last.announces or _announces_later(last.text)) and any(
            _pings(s.observation) for _, s in tail[1:]
        ):
            # A promise said word for word again, once right after the person asked how it
            # goes: asked for news, the agent gives the same promise, not the work
            # (``promised``, as ``idle_talk``'s promises made again).
            details["promised"] = n
        return _found(
            "monologue",
            idx,
            details,
            f"The agent gave the same response {n} times in a row without acting.",
        )

    def _alternation(self, seq: Sequence[_Indexed], what: str) -> list[LoopFinding]:
        n = self.config.alternation_steps
        tail = seq[-n:]
        if len(tail) < n:
            return []
        # An A-B-A-B tail repeats the action two steps back: most steps end here.
        if tail[-1][1].action_key != tail[-3][1].action_key:
            return []
        if _waits(tail[0][1]) or _waits(tail[1][1]):
            return []  # polling: ``cycle`` reports it, with more patience
        if not _in_turn(tail):
            return []
        observations = [s.observation_key for _, s in tail]
        if not (_same(observations[0::2]) and _same(observations[1::2])):
            return []
        return _turns_found(
            tail,
            {"period": 2, "length": n},
            f"The agent alternated between the same two {what}s {n // 2} times each "
            "with the same results.",
        )

    def _minted_alternation(self, tools: Sequence[_Indexed]) -> list[LoopFinding]:
        """Two settings written in turn (A-B-A-B over ``alternation_steps`` calls, each
        call's arguments fixed), every write answered alike but for the numbers the server
        mints per write (a job id, a version, a revision): the agent undoes its own change
        each time. Reads whose results move are polling, and stay apart; so does a write
        that failed. Asked when no other detector found anything (see LoopTracker)."""
        n = self.config.alternation_steps
        tail = tools[-n:]
        if len(tail) < n or tail[-1][1].action_key != tail[-3][1].action_key:
            return []
        if not _in_turn(tail) or any(s.error or _waits(s) or _reads_state(s) for _, s in tail):
            return []
        minted = [_DIGIT_RUN.sub("0", s.observation_key) for _, s in tail]
        if not (_same(minted[0::2]) and _same(minted[1::2])):
            return []
        return _turns_found(
            tail,
            {"period": 2, "length": n, "minted": 1},
            f"The agent wrote the same two settings in turn, {n // 2} times each, to the "
            "same effect each time (only the ids and versions the server minted differed).",
        )

    def _cycle(self, tools: Sequence[_Indexed]) -> list[LoopFinding]:
        cfg = self.config
        size = len(tools)
        for period in range(2, cfg.cycle_max_period + 1):
            # A cycle repeats the action one period back: most steps end here.
            if size <= period or tools[-1][1].action_key != tools[-1 - period][1].action_key:
                continue
            rounds = cfg.cycle_rounds
            # wait, check, wait, check: polling one thing, given patience; none where the
            # thing polled says it stopped (its own heartbeat stamp stands still).
            if (
                period == 2
                and any(_waits(s) for _, s in tools[-period:])
                and not _stalled_liveness_stamp(tools[-period * rounds :])
            ):
                rounds += _POLLING_PATIENCE
            n = period * rounds
            if size < n:
                continue
            tail = tools[-n:]
            actions = [s.action_key for _, s in tail]
            if len(set(actions[:period])) < 2:
                continue  # one call repeated: action_observation's and repeated_tool_call's
            if any(actions[k] != actions[k - period] for k in range(period, n)):
                continue
            observations = [s.observation_key for _, s in tail]
            if any(observations[k] != observations[k - period] for k in range(period, n)):
                if period == 2 and rounds == cfg.cycle_rounds:
                    found = self._receipt_cycle(tools[-n - 1 :])
                    if found:
                        return found
                continue
            idx = tuple(i for i, _ in tail)
            sims = tuple((x, y, 1.0) for x, y in zip(idx, idx[period:], strict=False))
            names = ", ".join(str(s.tool) for _, s in tail[:period])
            return [
                LoopFinding(
                    "cycle",
                    1.0,
                    LoopEvidence(idx, sims, {"period": period, "rounds": rounds}),
                    f"The agent went round the same {period} tool calls ({names}) {rounds} "
                    "times with the same results.",
                )
            ]
        return []

    def _return_to_state(self, tools: Sequence[_Indexed]) -> list[LoopFinding]:
        """The agent back where it was: its last ``_RETURN_CALLS`` (or more) calls redo, in
        order and with the same results, the calls one stretch of 2 to ``_RETURN_MAX_PERIOD``
        calls before them (see :func:`_same_state`), before a full cycle has gone round twice:
        edit A, check, edit B, check, edit A, check (a fix reverted to one already tried);
        hand to X, to Y, to X again (with a priority added), to Y. Each further call that goes
        on repeating reports again, so the next one confirms. A stretch must hold two calls or
        more, none a wait (polling), and when longer than two, more than one tool (one tool
        over a list, run through again, is a second pass)."""
        size = len(tools)
        last = tools[-1][1]
        for period in range(2, _RETURN_MAX_PERIOD + 1):
            if size < period + _RETURN_CALLS:
                break
            if not _same_state(last, tools[-1 - period][1]):
                continue
            m = 1
            while m < size - period and _same_state(tools[-1 - m][1], tools[-1 - m - period][1]):
                m += 1
            if m < _RETURN_CALLS:
                continue
            window = tools[-period:]
            if len({s.action_key for _, s in window}) < 2 or any(_waits(s) for _, s in window):
                continue  # one call repeated (the repeat detectors'), or polling
            if (
                period > 2
                and len({s.tool for _, s in window}) < 2
                and len({s.action_key for _, s in window}) == period
            ):
                # One tool over a list, each call another item, run through again. One tool
                # that takes the operation as an argument (a CLI's subcommand, a query
                # language's operation) and makes one of the stretch's calls twice in it
                # (edit, check, edit, check) goes round, as two tools would.
                continue
            tail = tools[-(m + period) :]
            if not _reads_state(last) and _builds_up(tail):
                continue  # one draft written again and again, each time with more in it
            idx = tuple(i for i, _ in tail)
            sims = tuple((x, y, 1.0) for x, y in zip(idx, idx[period:], strict=False))
            return [
                LoopFinding(
                    "cycle",
                    1.0,
                    LoopEvidence(idx, sims, {"period": period, "rounds": 1}),
                    f"The agent came back to where it was {period} calls before: its last {m} "
                    "calls redo those before them, with the same results.",
                )
            ]
        return []

    def _receipt_cycle(self, tail: Sequence[_Indexed]) -> list[LoopFinding]:
        """Write, read back, write the same again: two calls taking turns, each with fixed
        arguments, one call's result the same every time (the read-back: nothing changed) and
        the other's the same but for its numbers (a receipt: "saved (version 1008)"). Needs
        one call three times and the other twice in a row of five, with no wait among them."""
        if len(tail) < 5 or any(_waits(s) or s.error for _, s in tail):
            return []
        actions = [s.action_key for _, s in tail]
        if actions[0] == actions[1] or actions[2:] != actions[:3]:
            return []
        sides = (
            [s.observation_key for _, s in tail[0::2]],
            [s.observation_key for _, s in tail[1::2]],
        )
        exact = [len(set(side)) == 1 for side in sides]
        if exact.count(True) != 1:
            return []
        varying = sides[exact.index(False)]
        if len({_DIGIT_RUN.sub("0", o) for o in varying}) != 1:
            return []
        idx = tuple(i for i, _ in tail)
        sims = tuple((x, y, 1.0) for x, y in zip(idx, idx[2:], strict=False))
        names = ", ".join(str(s.tool) for _, s in tail[:2])
        return [
            LoopFinding(
                "cycle",
                1.0,
                LoopEvidence(idx, sims, {"period": 2, "rounds": 2}),
                f"The agent went round the same 2 tool calls ({names}) again and again: one "
                "result never changed and the other changed only in its numbers (a receipt).",
            )
        ]

    def _reworded_repeat(self, tools: Sequence[_Indexed]) -> list[LoopFinding]:
        n = self.config.reworded_repeats
        tail = tools[-n:]
        if len(tail) < n:
            return []
        last, previous = tail[-1][1], tail[-2][1]
        if last.tool != previous.tool:
            return []
        if last.observation_key != previous.observation_key and not (
            last.error and previous.error and _same_error(last, previous)
        ):
            return []
        if last.observation_key in ("ok:", "error:"):
            return []  # an empty result says nothing about what was asked
        if not _same(str(s.tool) for _, s in tail):
            return []
        if not _same(s.observation_key for _, s in tail) and not (
            all(s.error for _, s in tail)
            and all(_same_error(x, y) for (_, x), (_, y) in itertools.pairwise(tail))
        ):
            return []  # one error, told with another event number or trace id, is the same
        if _same(s.action_key if s._own is None else s._own for _, s in tail):
            return []  # the very same call: action_observation / action_error report it
        if any(differ_in_entity(x[1], y[1]) for x, y in itertools.pairwise(tail)):
            return []
        if not last.error and not _reads_state(last) and _builds_up(tail):
            return []  # a write that adds to what it wrote each time: built up, not reworded
        idx = tuple(i for i, _ in tail)
        failed = "failed with the same error" if last.error else "returned the same result"
        return [
            LoopFinding(
                "reworded_repeat",
                1.0,
                LoopEvidence(
                    idx,
                    _pairs(idx),
                    {
                        "repeats": n,
                        "spellings": len(
                            {s.action_key if s._own is None else s._own for _, s in tail}
                        ),
                    },
                ),
                f"The tool {last.tool} {failed} {n} times in a row to reworded arguments.",
            )
        ]

    def _same_fact(self, history: Sequence[_Indexed]) -> list[LoopFinding]:
        """``_SAME_FACT_RUN`` or more successful calls in a row, not all one call (another
        tool, other arguments), each followed at once by a response that states a figure the
        call's result holds and its arguments do not, one figure common to all of them, and
        no figure or other fact that the agent had not stated before but that one: the same
        total from four tools, the same rate from ever larger samples. The agent keeps
        asking and what reaches it changes nothing it says. New input that tells it
        something (not a status ping) ends the run, as do a wait and a failed call."""
        last = history[-1]
        if len(history) < 2 * _SAME_FACT_RUN or not _has_text(last[1].text):
            return []
        if not _figures(_stated(last[1])) and _SAYS_SAME.search(last[1].text.lower()) is None:
            return []  # it restates no figure, nor says the result is the same
        pairs: list[tuple[_Indexed, _Indexed]] = []
        sharing: frozenset[str] | None = None  # the figures every response restates
        k = len(history) - 1
        while k >= 1:
            call, response = history[k - 1], history[k]
            if call[1].kind != "tool" or response[1].kind != "llm" or call[0] + 1 != response[0]:
                break
            if call[1].error or _waits(call[1]) or not _has_text(response[1].text):
                break
            if _told(response[1]) and not _pings(response[1].observation):
                break
            figures = _figures(_stated(response[1])) & _stated(call[1])
            if figures or _SAYS_SAME.search(response[1].text.lower()) is None:
                sharing = figures if sharing is None else sharing & figures
                if not sharing and len(pairs) < _SAME_FACT_RUN:
                    return []
            pairs.append((call, response))
            k -= 2
        if len(pairs) < _SAME_FACT_RUN:
            return []
        for m in range(1, len(pairs)):
            if _follows(pairs[m - 1][0][1], pairs[m][0][1]):
                # The later call takes up what this one's result gave it (a cursor).
                k = pairs[m][1][0] - history[0][0]
                del pairs[m:]
                break
        if len(pairs) < _SAME_FACT_RUN:
            return []
        pairs.reverse()
        said: set[str] = set()
        for _, s in history[: k + 1]:
            if s.kind == "llm":
                said |= _stated(s)
        # Per response: the figures it restates from its call's result (``None`` where it
        # states none but says the result is the same: "The workbook agrees."), and the
        # facts it states that it had not stated before.
        found: list[tuple[frozenset[str] | None, frozenset[str]]] = []
        given = [_given(c) for (_, c), _ in pairs]
        for m, ((_, asked), (_, answer)) in enumerate(pairs):
            named = _stated(answer) & (given[m] - given[m - 1]) if m else frozenset()
            if named - _figures(named) and differ_in_entity(pairs[m - 1][0][1], asked):
                # It names the other record it was just asked about (an id, not a bare
                # figure such as a sample's size), in the words it used for the last one: a
                # batch, the figure its template's.
                found.clear()
            stated = _stated(answer) - given[m]
            # A figure the next call is given was the agent's plan ("Let's do 400."), not news.
            planned = given[m + 1] if m + 1 < len(pairs) else frozenset()
            figures = _figures(stated)
            same = not figures and _SAYS_SAME.search(answer.text.lower()) is not None
            kept = None if same else figures & _stated(asked)
            found.append((kept, frozenset(stated - said - planned)))
            said |= stated
        n, common = _common_run(found)
        while n >= _SAME_FACT_RUN and common and any(new - common for _, new in found[-n + 1 :]):
            n, common = _common_run(found[-n + 1 :])
        if n < _SAME_FACT_RUN or not common:
            return []
        calls = [call for call, _ in pairs[-n:]]
        if _same(s.action_key for _, s in calls):
            return []  # the very same call: action_observation / cycle report it
        idx = tuple(i for c, r in pairs[-n:] for i in (c[0], r[0]))
        shown = ", ".join(sorted(common))
        return _found(
            "reworded_repeat",
            idx,
            {"repeats": n, "fact": shown},
            f"{n} calls in a row, through other tools or wording, each gave the agent the same "
            f"figure ({shown}) and nothing else it had not said.",
        )

    def _same_result_fact(self, history: Sequence[_Indexed]) -> list[LoopFinding]:
        """``_SAME_RESULT_RUN`` successful calls in a row, not all one call, only responses
        between them that were told nothing new, whose results (stamps and ids masked) each
        hold one figure that their arguments do not, and of which each after the first
        brings no fact (a figure, a token with a digit) that the agent had not seen or said
        before: the same count from a script, an API, a grep and a saved segment. A call
        that takes up what the last result gave it (a page token, a cursor) reads on."""
        last = history[-1][1]
        if last.error or _waits(last):
            return []
        sharing = _shown(last)  # what every call of the run shows
        calls: list[Step] = []
        idx: list[int] = []
        k = len(history) - 1
        while k >= 0 and sharing:
            i, s = history[k]
            if s.kind == "llm":
                if _told(s) and not _pings(s.observation):
                    break
            else:
                if s.error or len(s.observation) > _SAME_RESULT_CHARS or _waits(s):
                    break
                sharing &= _shown(s)
                if not sharing:
                    break
                calls.append(s)
                idx.append(i)
            k -= 1
        if len(calls) < _SAME_RESULT_RUN:
            return []
        for m in range(1, len(calls)):
            if _follows(calls[m - 1], calls[m]) or differ_in_entity(calls[m - 1], calls[m]):
                # It reads on, or asks about another record: a batch, a sweep.
                k = idx[m] - history[0][0]
                del calls[m:], idx[m:]
                break
        if len(calls) < _SAME_RESULT_RUN:
            return []
        seen: set[str] = set()
        for _, s in history[: k + 1]:
            seen |= _stated(s)
        calls.reverse()
        idx.reverse()
        found: list[tuple[frozenset[str] | None, frozenset[str]]] = []
        before: frozenset[str] = frozenset()
        results: dict[str, str] = {}
        for call in calls:
            given = _given(call)
            result = _stated(call)
            if result & (given - before):
                found.clear()  # the result names the other record it was asked about: a batch
            if results.setdefault(call.action_key, call.observation_key) != call.observation_key:
                found.clear()  # the same call saw something move: the world is changing
            shown = result - given
            found.append((_figures(shown), frozenset(shown - seen)))
            seen |= shown
            before = given
        n, common = _common_run(found)
        while n >= _SAME_RESULT_RUN and common and any(new - common for _, new in found[-n + 1 :]):
            n, common = _common_run(found[-n + 1 :])
        if n < _SAME_RESULT_RUN or not common:
            return []
        if _same(s.action_key for s in calls[-n:]):
            return []  # the very same call: action_observation / cycle report it
        figure = ", ".join(sorted(common))
        return _found(
            "reworded_repeat",
            tuple(idx[-n:]),
            {"repeats": n, "fact": figure},
            f"{n} calls in a row, through other tools or wording, each returned the same "
            f"figure ({figure}) and nothing the agent had not seen.",
        )

    def _restates_result(
        self, history: Sequence[_Indexed], found: Sequence[LoopFinding] | None = None
    ) -> list[LoopFinding]:
        """A response (the last of ``history``) right after calls that ``_same_result_fact``
        reports (``found``, when the tracker has it already), which says the figure again or
        that it is the same ("15,167 from all four.", "No change on the lead time."): the
        agent saw that nothing changed and goes on."""
        i, response = history[-1]
        figures = _figures(_stated(response))
        same = _SAYS_SAME.search(response.text.lower()) is not None
        if not figures and not same:
            return []
        if found is None:
            found = self._same_result_fact(history[:-1])
        if not found:
            return []
        if not same and not figures & set(str(found[0].evidence.details["fact"]).split(", ")):
            return []
        idx = (*found[0].evidence.steps, i)
        return _found(
            "reworded_repeat",
            idx,
            dict(found[0].evidence.details),
            f"{found[0].reason[:-1]}; the agent said so and went on.",
        )

    def _empty_again(self, tools: Sequence[_Indexed]) -> list[LoopFinding]:
        """``reworded_repeats`` calls in a row of one tool, each with other arguments than the
        one before but about the same thing (no other entity: :func:`differ_in_entity`), each
        of which found nothing (:func:`_found_nothing`: "0 matches for ...", "no threads
        matching ...", ``[]``): the agent rewords a search that keeps coming back empty
        instead of searching elsewhere. Each result echoes its own query, so no two are
        the same; that each found nothing is. Looking up other ids that turn out unknown
        asks about other things, and a search that finds something ends the run."""
        n = self.config.reworded_repeats
        tail = tools[-n:]
        if len(tail) < n or not _found_nothing(tail[-1][1]):
            return []
        if not _same(str(s.tool) for _, s in tail):
            return []
        if not all(_found_nothing(s) for _, s in tail[:-1]):
            return []
        for (_, x), (_, y) in itertools.pairwise(tail):
            if x.action_key == y.action_key or _other_search(x, y):
                return []  # the very same call (action_observation's), or another thing
        idx = tuple(i for i, _ in tail)
        return _found(
            "reworded_repeat",
            idx,
            {"repeats": n, "found_nothing": n},
            f"The tool {tail[-1][1].tool} found nothing {n} times in a row to reworded arguments.",
        )

    def _flip_flop(
        self, tools: Sequence[_Indexed], history: Sequence[_Indexed] = ()
    ) -> list[LoopFinding]:
        window = list(tools[-self.config.repeated_call_window :])
        size = len(window)
        # The call that goes back is the last one, or the one before an unchanged check.
        for back in (size - 1, size - 2):
            if back < 2:
                return []
            target = window[back][1]
            if target.tool is None or _waits(target):
                continue
            last = window[-1][1]
            if back != size - 1 and (last.tool == target.tool or last.kind != "tool"):
                continue
            for first in range(back - 2, -1, -1):
                earlier = window[first][1]
                if (
                    earlier.action_key != target.action_key
                    or earlier.observation_key != target.observation_key
                ):
                    continue
                between = window[first + 1 : back]
                flips = [k for k, (_, s) in enumerate(between, first + 1) if s.tool == target.tool]
                if not flips or any(window[k][1].action_key == target.action_key for k in flips):
                    break  # no other setting tried in between (or a plain repeat)
                checks = self._unchanged_check(window, first, flips[0], target.tool)
                if checks is None:
                    if back == size - 1:
                        return (
                            self._ignored_setting(window, first, flips)
                            or _flipped_back_again(window, first, flips, history)
                            or _set_back_for_same_reason(window, first, flips, history)
                        )
                    break
                if back != size - 1 and window[checks[-1]] is not window[-1]:
                    break  # reported at the unchanged check right after going back only
                idx = tuple(
                    sorted(
                        {
                            window[first][0],
                            window[back][0],
                            *(window[k][0] for k in (*flips, *checks)),
                        }
                    )
                )
                return _found(
                    "flip_flop",
                    idx,
                    {"flips": len(flips) + 1},
                    f"The agent went back to a {target.tool} setting it had already "
                    f"tried, and {window[checks[0]][1].tool} kept returning the same "
                    "result through every change.",
                )
        return []

    @staticmethod
    def _ignored_setting(
        window: Sequence[_Indexed], first: int, flips: Sequence[int]
    ) -> list[LoopFinding]:
        """The last call repeats an earlier one, result and all, after the same tool was
        called with other arguments and answered exactly the same (the setting takes no
        effect: "locked", "read-only"), and nothing else between them brought a result not
        seen before: the agent goes back and forth between options that change nothing.
        ``first`` is the earlier call (same call, same result), ``flips`` the positions of the
        calls to the tool between (each with other arguments)."""
        target = window[-1][1]
        seen = target.observation_key
        if seen in ("ok:", "error:") or any(window[k][1].observation_key != seen for k in flips):
            return []
        known = {s.observation_key for _, s in window[: first + 1]}
        if any(
            s.tool != target.tool and s.observation_key not in known
            for _, s in window[first + 1 : -1]
        ):
            return []  # something new came back between
        idx = tuple(i for i, s in window[first:] if s.tool == target.tool)
        return _found(
            "flip_flop",
            idx,
            {"flips": len(flips) + 1},
            f"The agent went back to a {target.tool} setting it had already tried; every "
            "setting it tried got the same answer, and nothing changed.",
        )

    @staticmethod
    def _unchanged_check(
        window: Sequence[_Indexed], first: int, flip: int, setter: str | None
    ) -> list[int] | None:
        """Positions of one check (same call, same result) run before the first change and
        after it, up to the end of the window; None when there is none."""
        for p in range(first + 1, flip):
            check = window[p][1]
            if check.tool == setter or _waits(check):
                continue
            same = [k for k in range(p, len(window)) if window[k][1].action_key == check.action_key]
            after = [k for k in same if k > flip]
            if after and all(window[k][1].observation_key == check.observation_key for k in same):
                return same
        return None

    def _repeated_call(self, tools: Sequence[_Indexed]) -> list[LoopFinding]:
        cfg = self.config
        window = tools[-cfg.repeated_call_window :]
        if len(window) < cfg.repeated_call_count:
            return []
        if _waits(window[-1][1]):
            return []  # waiting again between checks is not a repeated request
        key = window[-1][1].action_key
        same = [(i, s) for i, s in window if s.action_key == key]
        count = len(same)
        if count < cfg.repeated_call_count:
            return []
        distinct = len({s.observation_key for _, s in same})
        share = distinct / count
        if share > cfg.repeated_call_max_distinct:
            return []
        if distinct > 1 and any(_waits(s) for i, s in window if i > same[0][0]):
            return []  # waits between checks whose result moved: polling (see ``cycle``)
        idx = tuple(i for i, _ in same)
        if _walks_on(tools, idx):
            return []  # a new record fetched before each: a step taken per record
        name = window[-1][1].tool
        return [
            LoopFinding(
                "repeated_tool_call",
                1.0,
                LoopEvidence(
                    idx,
                    _pairs(idx),
                    {"count": count, "window": len(window), "distinct_observations": distinct},
                ),
                f"The tool call {name} was made {count} times with the same arguments in the "
                f"last {len(window)} tool calls, with only {distinct} distinct results.",
            )
        ]


class SemanticLoopDetector:
    """Paraphrase-aware loop detector over normalised sentence embeddings.

    Trips when the last ``semantic_window`` responses (or tool calls) are all similar --
    pairwise or consecutively above ``semantic_threshold`` -- and what the agent saw over those
    steps was not new: the largest :func:`observation_novelty` stays at or below
    ``semantic_max_novelty``. For responses, what the agent saw before a response is the
    results of the tool calls since the previous response plus the response step's own
    ``observation`` (new input); for tool calls, each call's result. A pure monologue sees
    nothing new, so similarity alone decides.
    """

    def __init__(self, config: LoopConfig | None = None) -> None:
        self.config = config or LoopConfig()
        # The compared positions of a window (every window holds semantic_window steps).
        n = self.config.semantic_window
        self._pairs: tuple[tuple[int, int], ...] = (
            tuple(itertools.combinations(range(n), 2))
            if self.config.semantic_mode == "pairwise"
            else tuple(itertools.pairwise(range(n)))
        )
        # The similarities of the last window of each detector, by absolute step indexes, with
        # the two steps compared: a window that moves on by one step shares most of its pairs
        # with the one before. An entry counts only for the very same two steps, so histories
        # from other sessions (or other callers) never read another's similarities.
        self._known: dict[str, dict[tuple[int, int], tuple[Step, Step, float]]] = {}
        # Per detector, the last window's last step index, its lowest similarity and whether
        # that reached the threshold that applied: the tracker's agreement check reads it to
        # skip asking again at a lower bar what a lower bar cannot change.
        self.last_window: dict[str, tuple[int, float, bool]] = {}

    def __repr__(self) -> str:
        return f"SemanticLoopDetector(config={self.config!r})"

    def check(self, history: Sequence[_Indexed]) -> list[LoopFinding]:
        """Run the semantic detector on the end of ``history``.

        Args:
            history: ``(absolute index, step)`` pairs in session order; the last one is the
                step just observed. Steps without an embedding are skipped.

        Returns:
            The findings, possibly empty.
        """
        if not history:
            return []
        last = history[-1][1]
        if last.embedding is None or not self.compares(last.kind):
            return []
        if last.kind == "llm":
            return self._responses(history)
        return self._tool_calls(history)

    def compares(self, kind: str) -> bool:
        """Whether the settings have steps of ``kind`` (``"llm"`` or ``"tool"``) compared."""
        cfg = self.config
        if not cfg.semantic_enabled:
            return False
        if kind == "llm":
            return cfg.semantic_compare != "tool_calls" and "semantic_responses" in cfg.enabled
        return cfg.semantic_compare != "responses" and "semantic_tool_calls" in cfg.enabled

    def judges(self, step: Step) -> bool:
        """Whether a new ``step`` is one the detector compares (a blank response never is)."""
        return self.compares(step.kind) and (step.kind != "llm" or _has_text(step.text))

    def _similarities(
        self, detector: str, items: Sequence[_Indexed]
    ) -> tuple[tuple[tuple[int, int, float], ...], float]:
        # One dot product per pair of unit vectors (each step normalises its own once) rather
        # than stack / norm / divide / gram: the governor runs this on the event loop, where
        # each numpy call made right after the loop idled costs tens of microseconds, and a
        # window holds a handful of vectors. Pairs the previous window compared are reused.
        known = self._known.get(detector, {})
        now: dict[tuple[int, int], tuple[Step, Step, float]] = {}
        sims: list[tuple[int, int, float]] = []
        for a, b in self._pairs:
            (i, x), (j, y) = items[a], items[b]
            hit = known.get((i, j))
            if hit is not None and hit[0] is x and hit[1] is y:
                similarity = hit[2]
            else:
                for earlier, value in y._known:  # computed off the loop, for these two steps
                    if earlier is x:
                        similarity = value
                        break
                else:
                    similarity = float(x.unit_vector() @ y.unit_vector())
            now[i, j] = (x, y, similarity)
            sims.append((i, j, similarity))
        self._known[detector] = now
        return tuple(sims), min(s for _, _, s in sims)

    def _finding(
        self,
        detector: str,
        items: Sequence[_Indexed],
        seen: Callable[[], Sequence[_View]],
        what: str,
        relaxed: Callable[[], tuple[bool, bool, bool]] | None = None,
    ) -> list[LoopFinding]:
        """``seen`` gives what the agent saw over the window (each segment's :func:`_view`),
        ``relaxed`` whether it is a short monologue and whether it announces; both are asked
        only when the similarity could still pass (most windows are far below every
        threshold)."""
        cfg = self.config
        sims, lowest = self._similarities(detector, items)
        if relaxed is None:
            short_monologue = announced = restated = False
        else:
            floor = min(
                cfg.semantic_threshold,
                cfg.semantic_monologue_threshold,
                cfg.semantic_announce_threshold,
                cfg.semantic_restated_threshold,
            )
            if lowest < floor:
                self.last_window[detector] = (items[-1][0], lowest, False)
                return []
            short_monologue, announced, restated = relaxed()
        threshold = cfg.semantic_threshold
        if short_monologue:
            threshold = min(threshold, cfg.semantic_monologue_threshold)
            if announced:
                threshold = min(threshold, cfg.semantic_announce_threshold)
            if restated:
                threshold = min(threshold, cfg.semantic_restated_threshold)
        self.last_window[detector] = (items[-1][0], lowest, lowest >= threshold)
        if lowest < threshold:
            return []
        novelty = _novelty(seen())
        most_new = max(novelty, default=0.0)
        if most_new > cfg.semantic_max_novelty:
            return []
        idx = tuple(i for i, _ in items)
        score = max(0.0, min(1.0, lowest * (1.0 - most_new)))
        return [
            LoopFinding(
                detector,
                score,
                LoopEvidence(
                    idx,
                    sims,
                    {
                        "threshold": threshold,
                        "mode": cfg.semantic_mode,
                        "max_novelty": round(most_new, 4),
                        "short_monologue": int(short_monologue),
                        "announced": int(short_monologue and announced),
                        "restated": int(short_monologue and restated),
                    },
                ),
                f"The last {len(items)} {what} say the same thing in other words "
                f"(similarity at least {lowest:.2f}) and brought nothing new "
                f"(novelty {most_new:.2f}).",
            )
        ]

    def _responses(self, history: Sequence[_Indexed]) -> list[LoopFinding]:
        n = self.config.semantic_window
        # The last n non-empty responses with an embedding, and the one before them (where
        # what the first of them saw starts), scanning back from the end.
        positions: list[int] = []
        for p in range(len(history) - 1, -1, -1):
            s = history[p][1]
            if s.kind == "llm" and _comparable(s):
                positions.append(p)
                if len(positions) > n:
                    break
        if len(positions) < n:
            return []
        positions.reverse()
        chosen = positions[-n:]
        items = [history[p] for p in chosen]

        @functools.cache
        def pushed_back(p: int) -> bool:  # seen, relaxed and the finding each ask
            return _pushback_only(history[p][1].observation, history, p)

        def seen() -> list[_View]:
            out: list[_View] = []
            start = 0 if len(positions) == n else positions[0] + 1
            for p in chosen:
                parts = [
                    s.observation
                    for s in (history[k][1] for k in range(start, p))
                    if s.kind == "tool"
                ]
                given = history[p][1].observation
                said_before = (
                    history[p][1]._restated is True or is_acknowledgement(given) or pushed_back(p)
                )
                parts.append("" if said_before else given)
                out.append(_view("\n".join(parts)))
                start = p + 1
            return out

        def relaxed() -> tuple[bool, bool, bool]:
            # Short responses in a row, with no tool call among them: the agent announces
            # instead of acting, and paraphrases of one short intention score lower than long
            # texts do.
            most = self.config.semantic_monologue_words
            short = all(s.word_count <= most for _, s in items) and not any(
                history[p][1].kind == "tool" for p in range(chosen[0], chosen[-1])
            )
            restated = short and all(
                history[p][1]._restated is True or pushed_back(p) for p in chosen[1:]
            )
            return short, short and all(s.announces for _, s in items), restated

        found = self._finding("semantic_responses", items, seen, "responses", relaxed)
        if found and _reports_items(history, [i for i, _ in items]):
            return []  # one item after another, as read: alike in form, not in what they say
        if found and _numbered_parts(items):
            return []  # each the next numbered part of one whole: a draft, part by part
        if found and _own_sections(items):
            return []  # each a section of its own under one header: a write-up, in parts
        if found and _counts_through(history, chosen):
            return []  # "k of N" done, k up by one after each new call: a batch worked through
        if found and _relays_fresh(history, positions):
            return []  # it passes on what the last result changed: a status it follows
        if found and all(_paces(s) for _, s in items):
            return []  # each says how long it waits before the next check: polling's pace
        if found and _polls_ran_on(history, chosen):
            return []  # each said over a poll whose share done rose since: a job advancing
        if found and len(chosen) > 2:
            # A person told the agent, before each later response, that its answer missed
            # ("Still wrong.", "You're repeating yourself."), and the answers embed alike:
            # the person's words are a second piece of evidence (see EscalationPolicy).
            pushed = sum(pushed_back(p) for p in chosen[1:])
            if pushed == len(chosen) - 1:
                finding = found[0]
                evidence = dataclasses.replace(
                    finding.evidence, details={**finding.evidence.details, "pushed_back": pushed}
                )
                found = [dataclasses.replace(finding, evidence=evidence)]
        return found

    def _tool_calls(self, history: Sequence[_Indexed]) -> list[LoopFinding]:
        n = self.config.semantic_window
        # The last n tool calls with an embedding, scanning back from the end.
        items: list[_Indexed] = []
        positions: list[int] = []
        for p in range(len(history) - 1, -1, -1):
            entry = history[p]
            if entry[1].kind == "tool" and _comparable(entry[1]):
                items.append(entry)
                positions.append(p)
                if len(items) == n:
                    break
        else:
            return []
        items.reverse()
        if _distinct_entities(items):
            return []  # one tool over different entities: alike calls, alike answers
        found = self._finding(
            "semantic_tool_calls", items, lambda: _result_views(items), "tool calls"
        )
        if found and _each_tool_moves_on(items):
            return []  # a read and a write of one record, then of the next: fetch and apply
        if found and _cross_reads_move_on(history, items):
            return []  # two sources read of one record, then of the next: a cross-check
        if found and found[0].evidence.details["max_novelty"] and _reported(history, positions):
            return []
        if found and not _reads_state(items[-1][1]) and _builds_up(items):
            return []  # writes that each add to the last: alike because each keeps it
        if found and _runs_on(items):
            return []  # one poll whose figure moves on at every call: a job advancing
        if found and all(_follows(b[1], a[1]) for a, b in itertools.pairwise(items)):
            return []  # each call takes up the cursor the last result gave: a listing read on
        if found and _walks_states(history, items) and _says_moved(history, positions[-1]):
            return []  # a status walking on, never back, and the agent said it moved: a job
        if found and all(
            any(_paces(history[k][1]) for k in range(older + 1, newer))
            for newer, older in itertools.pairwise(positions)
        ):
            return []  # a wait before each check: polling's pace (action_observation counts)
        return found


# A plain word in a result (letters only, not part of a hyphenated name such as a host
# "api-eu-2" nor of a name with digits): a status, a state, a label; a state written in
# snake case of letters ("in_progress", "on_hold") is one word.
_PLAIN_WORD = re.compile(r"(?<![\w-])(?:[A-Za-z]{3,}|[A-Za-z]{2,}(?:_[A-Za-z]{2,})+)(?![\w-])")


def _walks_states(history: Sequence[_Indexed], items: Sequence[_Indexed]) -> bool:
    """Whether the calls of ``items`` are one call, never failing, whose results over the
    kept ``history`` (observation keys: the envelope's stamps dropped) moved on at least
    twice to a plain word (``_PLAIN_WORD``: a status) no earlier result of that call held, in
    place of a word the result before held, the last call's result one of those moves, and
    no result went back to the words of an earlier one it had left (REQUESTED, ALLOCATED,
    ALLOCATED, PRINTING): a job polled as it walks through its states, each state new. A
    stalled poll answers the same words; one that flips between two states goes back. (Asked
    with :func:`_says_moved`: a walk the agent passes over in silence stays alike calls.)"""
    first = items[0][1]
    if any(s.action_key != first.action_key or s.error for _, s in items):
        return False
    last = items[-1][0]
    words: list[frozenset[str]] = [
        frozenset(_PLAIN_WORD.findall(s.observation_key))
        for i, s in history
        if i <= last and s.kind == "tool" and s.action_key == first.action_key
    ]
    seen: set[str] = set()
    moves = 0
    for k, now in enumerate(words):
        if k and now != words[k - 1] and now in words[: k - 1]:
            return False  # back to a state it had left
        # A move: a word new to the call in place of one the result before held (a status
        # replaced, not a result that only grew or shrank).
        moves += bool(k) and not now <= seen and not words[k - 1] <= now
        seen |= now
    return (
        moves >= 2
        and len(words) > 1
        and not words[-1] <= set().union(*words[:-1])
        and not words[-2] <= words[-1]
    )


# A response that says what it follows moved on: "It's progressed", "it has moved on",
# "advanced to the next stage", "the status changed", or a report headed "Moving:".
_MOVED = re.compile(
    r"\b(?:progress(?:ed|ing)|moved(?: on)?|mov(?:es|ing) (?:on|along)|advanc(?:ed|ing)|"
    r"changed|further along|next (?:stage|step|state|phase))\b|\bmoving:"
)


def _says_moved(history: Sequence[_Indexed], first: int) -> bool:
    """Whether a response at or after position ``first`` of ``history`` says what the agent
    follows moved on (``_MOVED``): it read the change in its results as news."""
    for k in range(first, len(history)):
        step = history[k][1]
        if step.kind == "llm" and _MOVED.search(step.text.lower()) is not None:
            return True
    return False


def _runs_on(items: Sequence[_Indexed]) -> bool:
    """Whether the calls of ``items`` are one call whose results (observation keys: stamps,
    clock times and per-call ids masked) hold a share done: a number, under one label (the
    word right before it, "pct 28", whatever the words before that) in all of them, that rises at every call, by steps not all alike, and stays within a whole
    (100: "progress": 20, 45, 50; a fraction, 0.2, 0.45), and no number that goes both up
    and down. A job read as it advances, as ``action_observation`` reads a count that runs
    one way (see :func:`_numbers_scatter_only`). A counter of the calls themselves ("seq=4",
    5, 6) rises by one step each time, a heartbeat's or a log's counter runs past 100, a
    reading taken afresh (a load, a tally) scatters or falls, and a stalled poll's figures
    stand still."""
    first = items[0][1]
    if any(s.action_key != first.action_key or s.error for _, s in items):
        return False
    columns: dict[str, list[float]] | None = None
    for _, step in items:
        text = step.observation_key
        if "." in text:
            text = _DOTTED_RELEASE.sub(" ", text)
        row: dict[str, float] = {}
        doubled: set[str] = set()
        end = 0
        for match in _NUMBER.finditer(text):
            label = text[max(end, match.start() - 24) : match.start()]
            end = match.end()
            word = _LABEL_WORD.search(label)
            if word is not None:
                # (Its key, the word right before it: "state queued pct 20" / "state row
                # 3/11 pct 28" hold one "pct", whatever the state before it said; an age,
                # "cache_age_s: 56", grows with the clock, and is no share done.)
                label = word.group(1)
                if _CLOCK_AGE.fullmatch(label) is not None:
                    continue
            if label in row:
                doubled.add(label)
            row[label] = float(match.group())
        if "," in step.observation:
            # (A comma-separated table's figures go under their column's name: "job,state,
            # pct" above "J-1,drafted,20" holds a "pct" of 20, whatever the state says.)
            for label, value in _table_column_figures(step.observation):
                if label in row:
                    doubled.add(label)
                row[label] = value
        for label in doubled:
            del row[label]
        columns = (
            {k: [v] for k, v in row.items()}
            if columns is None
            else {k: [*v, row[k]] for k, v in columns.items() if k in row}
        )
    advanced = False
    for values in (columns or {}).values():
        steps = [b - a for a, b in itertools.pairwise(values)]
        if any(d > 0 for d in steps) and any(d < 0 for d in steps):
            return False
        if all(d > 0 for d in steps) and len(set(steps)) > 1 and values[-1] <= 100:
            advanced = True
    return advanced


def _polls_ran_on(history: Sequence[_Indexed], chosen: Sequence[int]) -> bool:
    """Whether the responses at positions ``chosen`` of ``history`` each follow a call, the
    last before it (after the response before, for all but the first), and those calls are
    one poll whose share done rose at each (:func:`_runs_on`): the same short word on a job
    ("Checking the job.") said over results that each moved it on. A poll that stands, or a
    response with no call before it since the last, stays alike responses."""
    calls: list[_Indexed] = []
    start = 0
    for p in chosen:
        for k in range(p - 1, start - 1, -1):
            if history[k][1].kind == "tool":
                calls.append(history[k])
                break
        else:
            return False
        start = p + 1
    return _runs_on(calls)


def _table_column_figures(text: str) -> list[tuple[str, float]]:
    """The numbers of a comma-separated table in ``text``, each under its column's name: a
    line of names (no digit in it) and below it lines of as many fields, each field that is
    a number paired with the name above it ("pct", 20.0)."""
    out: list[tuple[str, float]] = []
    names: list[str] | None = None
    for line in text.splitlines():
        fields = [f.strip() for f in line.split(",")]
        if len(fields) < 2:
            names = None
        elif names is not None and len(fields) == len(names):
            out += [
                (n, float(f))
                for n, f in zip(names, fields, strict=True)
                if _TABLE_NUMBER_CELL.fullmatch(f)
            ]
        elif not any(c.isdigit() for c in line):
            names = [f.lower() for f in fields]
        else:
            names = None
    return out


_TABLE_NUMBER_CELL = re.compile(r"-?\d+(?:\.\d+)?")


def _result_views(items: Sequence[_Indexed]) -> list[_View]:
    """What the calls of a window saw, for their novelty (see :meth:`Step._result_view`): a
    result the repeat detectors read as one seen in the window already (the same result key,
    or the same but for a stamp moved: the same answer in another envelope, "<ref 1d74; 76
    ms; 09h39> page 2 of 3: ..." / "page 2 of 3: ... <ref 8bbd; 701 ms; 09h45>") brings
    nothing new, as it brings nothing new to them."""
    views: list[_View] = []
    seen: list[tuple[str, _View, str]] = []
    for _, s in items:
        # (Its own key: the tracker may have given it an earlier call's key for ids that
        # differ, "a-0f3c..." / "a-5b81...", which may be where a listing has got to.)
        key = ("error:" if s.error else "ok:") + _result_key(s.observation)
        view = next(
            (
                v
                for k, v, text in seen
                if k == key
                or _stamp_moved(k, key)
                or (k[:3] == key[:3] and _same_but_redrawn(text, s.observation, k, key))
            ),
            None,
        )
        if view is None:
            view = s._result_view()
            seen.append((key, view, s.observation))
        views.append(view)
    return views


# A record's code as people write it: letters, an optional dash, two digits or more ("GL-2260",
# "SEC-13", "IMP-774", "PK7710"), or letters and digits joined by dashes ("8-Tubby",
# "W8-Hatton", "RP-4412-01").
_ITEM_CODE = re.compile(
    r"\b[A-Za-z]{1,6}-?\d{2,}[A-Za-z0-9]*\b"
    r"|\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b"
)
# A figure said beside the codes: a number, with any decimals.
_ITEM_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


# Other spellings of a record's name in a listing: a prefix and an underscore before a run
# with a digit ("txn_9f2a11"), a name at a version ("readline@8.2"), or digits in four groups
# or more ("14-22-301-009"; not a date, "2026-11-04", in three).
_RECORD_NAME = re.compile(
    r"(?<![\w@.-])(?:[A-Za-z][\w.-]*@\d[\w.-]*\w"
    r"|[A-Za-z]+_(?=\w*\d)\w{3,}"
    r"|\d+-\d+-\d+(?:-\d+)+)(?![\w@-])"
)


def _record_codes(text: str) -> set[str]:
    """The record codes of ``text`` (``_ITEM_CODE``'s and ``_RECORD_NAME``'s), lower-cased."""
    codes = {c.lower() for c in _ITEM_CODE.findall(text)}
    if "@" in text or "_" in text or "-" in text:
        codes.update(c.lower() for c in _RECORD_NAME.findall(text))
    return codes


# A field and its value in a result: JSON's '"name": "Ben"', "name=Ben", YAML's "name: Ben";
# and XML's "<name>Ben</name>".
_READ_FIELD_PAIR = re.compile(
    r'"?([A-Za-z_][\w.-]{2,39})"?[ \t]*[:=][ \t]*"?([^"\n,;{}\[\]]{1,60})'
)
_READ_XML_PAIR = re.compile(r"<([A-Za-z_][\w.-]{2,39})>([^<]{1,60})</\1>")


def _reads_out_fields(history: Sequence[_Indexed], indexes: Sequence[int]) -> bool:
    """Whether the responses at ``indexes`` (three or more, in order) each name a field of a
    result the agent had read before them and that field's value ("Reviewed fins -> twin.
    Fine."), a field of its own each: a record gone through field by field in one
    template, which shares the template's words and nothing else. A stall says one field's
    value again ("Status: queued." / "Still queued; status queued.")."""
    if len(indexes) < 3:
        return False
    first = indexes[0]
    fields: dict[str, str] = {}
    for i, s in history:
        if i >= first:
            break
        if s.kind != "tool" or s.error:
            continue
        text = s.observation
        pairs = _READ_FIELD_PAIR.findall(text)
        if "</" in text:
            pairs += _READ_XML_PAIR.findall(text)
        for key, value in pairs:
            value = value.strip().lower()
            if value:
                fields[key.lower()] = value
    if len(fields) < len(indexes):
        return False
    said = {i: s.text.lower() for i, s in history if i in indexes}
    named: set[str] = set()
    for i in indexes:
        text = said.get(i, "")
        hits = {k for k, v in fields.items() if k in text and v in text}
        if not hits or hits <= named:
            return False
        named |= hits
    return True


def _reports_items(history: Sequence[_Indexed], indexes: Sequence[int]) -> bool:
    """Whether the responses at ``indexes`` (absolute step indexes, in order) go through
    records one by one: each but the last names a record code that no response before it
    named and that reached the agent earlier (a call's arguments or result, or its input),
    and states a figure besides its codes ("GL-2260: moisture 11.4, 9 bags"). Short messages
    cut from one template ("Lot check: ...") embed alike and reuse each other's words, but
    each reports another record the agent read: a report written out item by item, which a
    stall does not do. The last may conclude ("The paperwork agrees."). An agent announcing
    one record after another without figures ("I'll check GL-2260 next.") is not reporting."""
    if len(indexes) < 2:
        return False
    first = indexes[0]
    said: set[str] = set()
    read: list[str] = []
    for i, s in history:
        if i >= first:
            break
        if s.kind == "llm":
            said.update(_record_codes(s.text))
            read.append(s.observation)
        else:
            read.append(s.action_key)
            # (A listing inside a JSON string has its line breaks escaped: "\\n14-22-301".)
            read.append(s.observation.replace("\\n", "\n"))
    known = {c for text in read for c in _record_codes(text)}
    steps = dict(history)
    before = {
        c.lower()
        for i, s in history
        if i < first and s.kind == "llm"
        for c in _ITEM_CODE.findall(s.text)
    }
    previous = first
    for i in indexes[:-1]:
        step = steps.get(i)
        if step is None:
            return False
        # (A record a call between took as its argument reached the agent too: the records
        # read one call each, each reported right after its call.)
        known.update(
            c
            for k, s in history
            if previous < k < i and s.kind == "tool"
            for c in _record_codes(s.action_key)
        )
        previous = i
        codes = _record_codes(step.text)
        fresh = (codes - said) & (known | _record_codes(step.observation))
        if not fresh or not _ITEM_FIGURE.search(_ITEM_CODE.sub(" ", step.text)):
            return _drafts_items([steps.get(i) for i in indexes], before)
        said |= codes
        known |= codes
    return True


# A record's code in a draft: ``_ITEM_CODE``'s, or a long number that names one (an ISBN
# "9780593135204", a container "CAIU 553812-0").
_DRAFT_CODE = re.compile(rf"{_ITEM_CODE.pattern}|\b\d{{6,}}(?:-\d+)?\b")


# A part's number in a whole: "3 of 7", "3/7", "(3 / 7)"; not a date ("03/10/2026").
_PART_OF = re.compile(r"(?<![\d/])(\d{1,3})\s*(?:of|/)\s*(\d{1,3})\b(?!\s*/\s*\d)")


# A part's heading at the start of a message: a label and its number ("Section 2:", "Part
# 3 -", "Item #4."), the whole's size unsaid; or a Markdown heading's marks and its number
# ("## 2. Scope", "### 4) Risks": a writer numbering the sections of one document). Not a
# count of tries ("Attempt 3:"): a retry numbers the tries, not parts of one whole.
_PART_HEADING = re.compile(
    r"\s*([a-z]+|#{1,6})\s+#?(\d{1,3})\s*[:.)\u2013\u2014-]\s", re.IGNORECASE
)
_TRY_LABELS = frozenset(
    ("attempt", "try", "retry", "round", "pass", "iteration", "poll", "check", "loop", "run")
)
# A bare number at the start of a message, closed by ")" or "." ("1) ...", "2. ..."): the
# items of one list given a message each, the whole named by no label.
_BARE_PART = re.compile(r"\s*(\d{1,3})[.)]\s")


def _part_number(text: str) -> tuple[int, int | str] | None:
    """A message's part number and the whole it numbers: "k of N" (``_PART_OF``; the whole is
    N), else a heading at its start (``_PART_HEADING``; the whole is named by the label), else
    a bare number at its start (``_BARE_PART``: "1) ...", "2. ...")."""
    found = _PART_OF.search(text)
    if found is not None:
        return int(found.group(1)), int(found.group(2))
    heading = _PART_HEADING.match(text)
    if heading is None:
        bare = _BARE_PART.match(text)
        return None if bare is None else (int(bare.group(1)), ")")
    if heading.group(1).lower() in _TRY_LABELS:
        return None
    return int(heading.group(2)), heading.group(1).lower()


#: The most words in a checklist item's verdict ("Pump seals: checked, nothing off."), for
#: :func:`_names_new_items`; and what says the agent goes over something again.
_CHECKLIST_WORDS = 8
#: A response about the agent itself and its time ("I'm on it", "one moment", "now"), not
#: about an item.
_SPEAKS_OF_ITSELF = re.compile(
    r"\b(?:i|i'm|i'll|i've|i'd|me|my|let's|we|we'll|now|moment|second|sec|minute|shortly|soon)\b"
)
_GOES_OVER_AGAIN = re.compile(
    r"\b(?:again|once more|one more time|re-?consider\w*|put differently)\b"
)


def _names_new_items(tail: Sequence[_Indexed]) -> bool:
    """Whether the responses of ``tail`` go down a list, each naming an item of its own: no
    content word runs through all of them (no one subject they keep coming back to) and each
    has words none of the others used (the item it names). An agent talking through a
    checklist ("Stock counts: checked." / "Next, the dock log - matches." / "Seal numbers
    verified.") rotates its verdicts and names a new item each time, so the responses reuse
    one another's words pairwise without ever sharing a subject; a promise made again and
    again ("I'll send the totals shortly." / "Totals coming soon.") or a stall ("Still
    waiting on the build.") keeps its subject in every one of them, or announces or stalls;
    a conclusion restated in other words, or options weighed once more, runs longer than an
    item's terse verdict, or says it goes over them again."""
    if len(tail) < 3:
        return False
    for _, s in tail:
        if s.word_count > _CHECKLIST_WORDS or _GOES_OVER_AGAIN.search(s.text.lower()):
            return False  # (an item's verdict is terse, and a list goes on, not over again)
        if _SPEAKS_OF_ITSELF.search(s.text.lower()) or _stalls(s.text):
            return False  # (a promise or a stall, of the agent and its time: no item checked)
    words = [_said_words(s) for _, s in tail]
    if any(len(w) < 2 for w in words):
        return False
    if frozenset.intersection(*words):
        return False
    for k, own in enumerate(words):
        others: set[str] = set()
        for j, w in enumerate(words):
            if j != k:
                others |= w
        if not own - others:
            return False
    return True


#: The fewest words of an opener every response of a window starts with, and the fewest
#: content words of its own each one's rest must bring, for :func:`_opener_then_new_items`.
_OPENER_WORDS = 4
_OPENER_OWN_WORDS = 2


def _opener_then_new_items(tail: Sequence[_Indexed]) -> bool:
    """Whether the responses of ``tail`` each open with one set phrase ("Before I change
    the record I want to be sure about the ...") and then name an item of their own and say
    a fact about it: a checklist walked through under a fixed preamble. The preamble puts
    the agent and its one record in every response, which :func:`_names_new_items` reads
    as one subject kept; set it aside and what each says is its own (no content word runs
    through the rests, and each brings at least ``_OPENER_OWN_WORDS`` no other rest used).
    A stall or promise said in one frame ("Still waiting on the build; ...") keeps its
    subject in the rest too, or stalls; a rest that goes over something again is not a
    list going on; and a frame said with almost nothing after it names no item."""
    if len(tail) < 3:
        return False
    split = [s.text.lower().split() for _, s in tail]
    shared = 0
    for column in zip(*split, strict=False):
        if any(w != column[0] for w in column):
            break
        shared += 1
    if shared < _OPENER_WORDS:
        return False
    rests = [" ".join(said[shared:]) for said in split]
    if any(_GOES_OVER_AGAIN.search(r) or _stalls(r) for r in rests):
        return False
    words = [_content_words(r) for r in rests]
    if frozenset.intersection(*words):
        return False  # (one subject in every rest: the same thing said again)
    for k, own in enumerate(words):
        others: set[str] = set()
        for j, w in enumerate(words):
            if j != k:
                others |= w
        if len(own - others) < _OPENER_OWN_WORDS:
            return False
    return True


#: A standalone figure in a response (not the digits inside a record's code), and the words
#: that draw a conclusion from what was said before, for :func:`_works_figures`.
_STANDALONE_FIGURE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")
_CONCLUDES = re.compile(
    r"(?:^|[.;:,]\s*)(?:so|therefore|thus|hence|which means|that leaves)\b", re.MULTILINE
)


def _works_figures(tail: Sequence[_Indexed]) -> bool:
    """Whether the responses of ``tail`` work something out in the open: two or more of them
    each bring a figure no earlier response of the window said (a rule's limit, a count of
    days, a price), and one after the first draws a conclusion from them ("so 9 remain",
    "therefore ..."). Reasoning given step by step (a fact, then another, then what follows)
    keeps its subject in every response, as a stall does, but each step adds a figure and the
    last ones derive from them; a stall ("Still queued at 3." / "Queue position still 3.")
    says its one figure again, a conclusion restated says its result in every response, and
    a promise or a ping's answer concludes nothing. The conclusion opens a clause ("..., so 9
    remain", "So ..."): "roll back so the cache matches" gives a purpose, not a result."""
    seen: set[str] = set()
    adding = 0
    said = [set(_STANDALONE_FIGURE.findall(s.text)) for _, s in tail]
    for figures in said:
        if figures - seen:
            adding += 1
        seen |= figures
    if adding < 2 or frozenset.intersection(*map(frozenset, said)):
        return False  # (one figure in every response: a conclusion said again, not worked)
    return any(_CONCLUDES.search(s.text.lower()) for _, s in tail[1:])


def _numbered_parts(tail: Sequence[_Indexed]) -> bool:
    """Whether the responses of ``tail`` each number themselves as the next part of one whole
    ("Section 2 of 7: ...", "Section 3 of 7: ...", "Part 4/9"): the first "k of N" of each
    names the same N, k goes up by one from each to the next and stays within N, and no two
    say the same besides: a draft handed over part by part, not one status said again (its
    number would not climb). A heading at each one's start numbers them as well ("Section
    2: ...", "Section 3: ..."; one label, the whole's size unsaid; see :func:`_part_number`).
    The first may have no number when two or more follow it: it introduces them (an
    outline); or else the last, after two or more: it concludes them."""
    if len(tail) > 2 and _part_number(tail[0][1].text) is None:
        tail = tail[1:]
    elif len(tail) > 2 and _part_number(tail[-1][1].text) is None:
        tail = tail[:-1]  # the parts done, the last concludes ("Draft complete.")
    parts = []
    for _, step in tail:
        found = _part_number(step.text)
        if found is None:
            return False
        parts.append(found)
    whole = parts[0][1]
    if any(n != whole or not 0 < k <= (n if isinstance(n, int) else k) for k, n in parts):
        return False
    if any(b[0] != a[0] + 1 for a, b in itertools.pairwise(parts)):
        return False
    rest = [
        _PART_OF.sub(" ", _BARE_PART.sub(" ", _PART_HEADING.sub(" ", s.action_key, count=1), 1))
        for _, s in tail
    ]
    return len(set(rest)) == len(rest)


def _counts_through(history: Sequence[_Indexed], chosen: Sequence[int]) -> bool:
    """Whether the responses at ``chosen`` (positions in ``history``) each count the agent's
    way through one batch, "k of N" ("Traced 3 of 7 tags, ..."; ``_PART_OF``), N the same and
    k up by one (or by one same stride) from each to the next, and between each two at least one tool call, no call
    among all of them made twice (name and arguments): a progress counter that climbs as each
    new item is worked, whatever else the reports repeat ("2 still open" twice). A stall that
    recounts calls the same thing again, and its count does not climb by one a call."""
    counts = []
    for p in chosen:
        found = _PART_OF.search(history[p][1].text)
        if found is None:
            return False
        counts.append((int(found.group(1)), int(found.group(2))))
    whole = counts[0][1]
    if any(n != whole or not 0 < k <= n for k, n in counts):
        return False
    # Up by one, or (round sixty-seven) by one stride each time: a batch of a few per call
    # ("3 of 26", "6 of 26", "9 of 26"), the same batch's size at every report.
    stride = counts[1][0] - counts[0][0]
    if stride < 1 or any(b[0] != a[0] + stride for a, b in itertools.pairwise(counts)):
        return False
    calls: set[str] = set()
    for a, b in itertools.pairwise(chosen):
        between = [history[q][1] for q in range(a + 1, b) if history[q][1].kind == "tool"]
        if not between:
            return False
        for s in between:
            if s.action_key in calls:
                return False
            calls.add(s.action_key)
    return True


def _drafts_items(steps: Sequence[Step | None], said: set[str]) -> bool:
    """Whether ``steps`` (responses in a row) are drafts cut from one template, one per
    record: each names a record code no response before it named (read or not: a list the
    person gave, records the agent was told of), says something of that record no other of
    them says (its own facts, besides the code: "(paid £495 by voucher)", "(fish, ok)"), and
    announces no action. A monologue says the same again; a stall announcing one lookup
    after another ("Checking INV-22 now.") announces. The first may name no record when two
    or more drafts follow it: it introduces them ("I'll draft one message per record.")."""
    first = steps[0] if steps else None
    if len(steps) > 2 and first is not None and not _DRAFT_CODE.search(first.text):
        steps = steps[1:]
    words_of: list[set[str]] = []
    for step in steps:
        if step is None or step.kind != "llm" or step.announces:
            return False
        codes = {c.lower() for c in _DRAFT_CODE.findall(step.text)}
        if not codes - said:
            return False
        said = said | codes
        words_of.append(set(normalize_text(_DRAFT_CODE.sub(" ", step.text)).split()))
    for k, words in enumerate(words_of):
        others = set().union(*(w for j, w in enumerate(words_of) if j != k))
        if not words - others:
            return False
    return True


def _takes_dictation(tail: Sequence[_Indexed]) -> bool:
    """Whether one short response said again and again answers, each time, something new a
    person told the agent: "Got it, added." after each item dictated ("LT-4480 to
    degreening.", "Next: lemons LT-4483, hold for QA."). Each of those responses has new
    input that tells something (:func:`_told`), every input is another text naming something
    the others do not, and none pushes back ("No, ...", "still", "again": _PUSHES_BACK): the
    agent acknowledges what it is given, which is what it was asked to do. The same answer to
    a person repeating a correction is no dictation."""
    if tail[-1][1].word_count > _DICTATION_WORDS:
        return False
    inputs = [s.observation for _, s in tail]
    if not all(_told(s) for _, s in tail) or len(set(inputs)) != len(inputs):
        return False
    if any(_PUSHES_BACK.search(text) for text in inputs):
        return False
    named = [_tokens(text) for text in inputs]
    return all(words - set().union(*named[:k], *named[k + 1 :]) for k, words in enumerate(named))


def _pushed(step: Step) -> bool:
    """Whether a response's input holds words that push back (``_PUSHES_BACK``), worked out
    once per response: a run of responses is read again at each new one."""
    pushed = step._pushback
    if pushed is None:
        pushed = bool(step.observation) and _PUSHES_BACK.search(step.observation) is not None
        object.__setattr__(step, "_pushback", pushed)
    return pushed


def _pushes_back(step: Step) -> bool:
    """Whether a response's new input pushes back on what the agent said (``_PUSHES_BACK``):
    new input, or a nudge that only says the agent gave the same again ("It's the same answer
    again.", "You keep saying that, wrong."; ``_GAVE_SAME``). Such a nudge tells the agent
    nothing new to do (:func:`is_acknowledgement`), but after a claim it rejects the claim: it
    was said before, and was not right then. (A ping, "Still waiting.", is no such nudge.)"""
    if not _pushed(step):
        return False
    return _new_input(step) or _GAVE_SAME.search(step.observation.lower()) is not None


# Input that says the agent gave the same again ("same answer again", "you keep saying",
# "repeating yourself", "broken record"): ``_NUDGE``'s sentences about the agent's own words,
# not those about someone waiting.
_GAVE_SAME = re.compile(
    r"\b(?:you(?:'ve| have)? (?:said|already|keep|told)|repeat\w*|"
    r"same (?:thing|answer|again|as before)|broken record|in circles)\b"
)


def _claim_words(text: str) -> frozenset[str]:
    """A response's content words, an opening apology or thanks aside (a first sentence of
    at most ``_OPENING_WORDS`` words: "Apologies, you're right.", "Thanks for flagging.";
    or of at most ``_APOLOGY_WORDS`` that concedes: "Sorry about that, let me correct it.",
    "Thanks for catching that, and sorry."), and a label that says it is corrected
    ("Corrected: ..."): what follows is the claim."""
    first, _, rest = text.partition(". ")
    if rest:
        words = len(first.split())
        if words <= _OPENING_WORDS or (words <= _APOLOGY_WORDS and _concedes(first.lower())):
            text = _CORRECTED_LABEL.sub("", rest, count=1)
    return _content_words(text)


# The longest opening sentence (in words) read as an apology when it concedes.
_APOLOGY_WORDS = 10
# A label before an answer given as corrected: "Corrected: 52 ...", "Revised answer - 52".
_CORRECTED_LABEL = re.compile(
    r"^\W*(?:corrected|correction|revised|updated)(?: (?:answer|figure|count|version))?\s*[:-]\s*",
    re.IGNORECASE,
)


def _relays_fresh(history: Sequence[_Indexed], positions: Sequence[int]) -> bool:
    """Whether the last response at ``positions`` (history positions of the window's
    responses, oldest first, with the one before the window first when there is one) says a
    word or value that the tool results just before it brought and no tool result earlier
    in the window had: it passes on a status that moved ("Status Assigned." after "Status
    Open."), as :func:`_reported` finds for calls. What the user said does not count: an
    agent echoing a nudge is not reading anything new."""
    last = positions[-1]
    start = positions[-2] + 1
    fresh = set().union(
        *(
            _tokens(history[k][1].observation)
            for k in range(start, last)
            if history[k][1].kind == "tool"
        )
    )
    if not fresh:
        return False
    for k in range(positions[0] + 1, start):
        if history[k][1].kind == "tool":
            fresh -= _tokens(history[k][1].observation)
    text = history[last][1].text
    if fresh & _tokens(text):
        return True
    # Or a share done it gives as a percentage ("(80%)" after "progress": 0.8).
    return "%" in text and _relays_as_percent(
        "\n".join(history[k][1].observation for k in range(start, last)),
        "\n".join(
            history[k][1].observation
            for k in range(positions[0] + 1, start)
            if history[k][1].kind == "tool"
        ),
        text,
    )


# A job's state that is its last: it ended ("FAILED", "cancelled", "completed") and says
# nothing of going on (no retry, no queue, nothing still running).
_ENDED = re.compile(
    r"\b(?:failed|cancell?ed|aborted|expired|terminated|completed|succeeded|finished)\b",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"\b(?:retry\w*|re-?queued|queued|running|pending|in progress|waiting|scheduled|"
    r"resum\w*|restart\w*|next|until|eta)\b",
    re.IGNORECASE,
)


def _ended(call: Step) -> bool:
    """Whether a successful read's result says that what it reads has ended (a job
    "FAILED (input rejected), will not be retried automatically", "COMPLETED"): polled again,
    it can only answer the same."""
    text = call.observation
    return (
        not call.error
        and _reads_state(call)
        and _ENDED.search(text) is not None
        and _GOES_ON.search(text) is None
        and _TRANSIENT.search(text) is None
    )


def _polls_something_that_moves(call: Step, history: Sequence[_Indexed]) -> bool:
    """Whether ``call`` (the last step of ``history``) reads something that changes by itself:
    the same call got another result earlier in ``history`` (a status seen moving), or one of
    its arguments (with a digit, four characters or more) is a handle that the result of an
    earlier call which does not read state returned, not given in that call's own arguments
    ("job NDB-118 started", "request DR-1192 sent"): the agent polls what it set going. A
    write's receipt that names the record it was given ("BKG-118 saved") set nothing going:
    reading that record back reads a write done."""
    key, seen = call.action_key, call.observation_key
    handles = [
        v
        for v in call.entity_values.values()
        if v and len(v) >= 4 and v[:1] not in (_NAME, _TEXT) and any(c.isdigit() for c in v)
    ]
    for _, step in history:
        if step.kind != "tool" or step is call:
            continue
        if step.action_key == key:
            if step.observation_key != seen:
                return True
        elif handles and step.tool != call.tool and not step.error and not _reads_state(step):
            squashed = _NON_ALNUM.sub("", step.observation.lower())
            # (A handle the call was given echoes in its receipt, "BKG-118 saved": the call
            # set nothing going under it; a job's id it minted it returns unasked.)
            given = _NON_ALNUM.sub("", _arguments(step).lower())
            if any(h in squashed and h not in given for h in handles):
                return True
    return False


def _reported(history: Sequence[_Indexed], positions: Sequence[int]) -> bool:
    """Whether the agent, right after one of the calls at ``positions`` (newest first), said
    a number, code or word that its result brought and the call before had not: the value
    that changed is data it read and reported ("7 units in stock", "3 remain", "Status
    triaged."), not per-call noise (a sequence number, a request id), which no one repeats."""
    for newer, older in itertools.pairwise(positions):
        changed = history[newer][1]._result_view()[0] - history[older][1]._result_view()[0]
        fresh = set(changed)
        if not fresh:
            continue
        for k in range(newer + 1, len(history)):
            step = history[k][1]
            if step.kind != "llm":
                break
            if fresh & _tokens(step.text) or _relays_as_percent(
                history[newer][1].observation, history[older][1].observation, step.text
            ):
                return True
    return False


# --------------------------------------------------------------------------------------------
# Policy and tracker
# --------------------------------------------------------------------------------------------


class EscalationPolicy:
    """The default policy: warn on a first finding, act when a second one confirms it.

    A finding at step *i* when no warning is pending yields ``"warn"``. A finding at a later
    step *j* with ``j - i <= confirm_within`` yields ``"act"`` and clears the warning (the
    governor restarts, stops or interrupts the agent, so a new loop starts from scratch). A
    warning not confirmed within ``confirm_within`` steps expires. With ``by_agreement``, a
    structural and a semantic finding on the same step confirm each other at once: three
    identical failing calls that also embed alike need no fourth. So do a ``cycle`` and the
    agent saying, between its calls, that it goes again (``said_again`` in the finding's
    details, set by the tracker); and a ``cycle`` in which the agent redid a call that
    changes something, with the very same arguments and result (``redone``, set by the
    tracker): the repeated results are one kind of evidence, that it undid or redid its own
    work to no effect another. So does a ``cycle`` each of whose calls the agent announced, in
    its last round, in the very words it used before that call the round before
    (``narrated``): its narration goes round with its calls. So does a ``cycle`` of calls that bring nothing new whose
    last call passes a cursor an earlier one passed and gets back only records already
    listed (``cursor_again``): the listing points back, and paging on passes each cursor
    once. And an ``idle_talk`` or ``unmet_request`` finding whose
    responses each also said little the agent had not said in any kept response
    (``said_before`` in its details), or an ``unmet_request`` one during which the agent was
    told the same again in other words, as the input embeddings judge (``restated``). So
    does an ``idle_talk`` finding of a question asked again after it was answered
    (``reasked``), or of a run of talk that says again what was said whatever the agent is
    told (``restates``), or of announcements made four times in a row whatever the agent is
    told (``promised``); and an ``unmet_request`` one of four answers in a row that each
    open by conceding (``conceded``). And an ``action_error`` finding whose error says the
    call is refused or wrong for good (``permanent``: a 403, a name that does not exist),
    with nothing in it that passes with time. And a ``monologue`` finding whose every
    response came right after a question put to the agent (``questioned``): asked again and again,
    it answers word for word as before; or whose question the agent asked word for word
    again after each answer it was given (``reasked``), or whose promise it gave word for word
    again right after it was asked how things go (``promised``). And a ``semantic_responses`` finding whose later
    responses each came after a person said the last answer missed ("Still wrong.", "You're
    repeating yourself.") and told nothing new (``pushed_back``): the person's words agree
    with the embeddings. And a ``flip_flop`` finding of a check back at an earlier result after
    the agent set a field back to the value it held before its fix (``fix_undone``), and a
    ``cycle`` one of a write made again after its read-back showed it held, answered that
    nothing changed (``rewrite_no_op``): the check's or the store's answer is one kind of
    evidence, the agent's undoing or redoing its own write another. And a ``monologue``
    finding of a promise given word for word twice in a row, nothing between
    (``repeated_at_once``), and an ``action_observation`` one of a listing fetched again to
    the same page, the cursor it gave left unpassed (``cursor_unpassed``).
    """

    def __init__(self, confirm_within: int = 6, by_agreement: bool = True) -> None:
        self.confirm_within = confirm_within
        self.by_agreement = by_agreement
        self._pending: tuple[int, LoopFinding] | None = None

    def __repr__(self) -> str:
        return f"EscalationPolicy(confirm_within={self.confirm_within}, pending={self._pending!r})"

    def pending(self, index: int) -> bool:
        """Whether a warning is pending that a finding at step ``index`` would confirm."""
        return self._pending is not None and index - self._pending[0] <= self.confirm_within

    def warned(self, index: int) -> LoopFinding | None:
        """The finding warned of at step ``index``, if that warning is still pending."""
        if self._pending is None or self._pending[0] != index:
            return None
        return self._pending[1]

    def decide(self, index: int, findings: Sequence[LoopFinding]) -> LoopResult:
        """Turn the findings at step ``index`` into an escalation level."""
        if self._pending is not None and index - self._pending[0] > self.confirm_within:
            self._pending = None
        if not findings:
            return LoopResult(index, "none")
        ordered = tuple(sorted(findings, key=lambda f: -f.score))
        if self._pending is None:
            if self.by_agreement:
                # A structural detector and the embedding one, each on its own evidence,
                # agreeing on this very step confirm each other.
                exact = [f for f in ordered if not f.detector.startswith("semantic")]
                alike = [f for f in ordered if f.detector.startswith("semantic")]
                if exact and alike:
                    return LoopResult(index, "act", ordered, confirms=alike[0])
                # The agent's own words that it goes again confirm a cycle of its calls.
                # So do a cycle and the agent's own words that it goes again, or its redoing
                # a call that changes something, to the same result.
                if any(
                    "said_again" in f.evidence.details
                    or "redone" in f.evidence.details
                    or "narrated" in f.evidence.details
                    or "said_before" in f.evidence.details
                    or "restated" in f.evidence.details
                    or "reasked" in f.evidence.details
                    or "restates" in f.evidence.details
                    or "conceded" in f.evidence.details
                    or "ignored" in f.evidence.details
                    or "promised" in f.evidence.details
                    or "permanent" in f.evidence.details
                    or "cursor_again" in f.evidence.details
                    or "replans" in f.evidence.details
                    or "rechecked" in f.evidence.details
                    or "reannounced" in f.evidence.details
                    or "questioned" in f.evidence.details
                    or "fix_undone" in f.evidence.details
                    or "rewrite_no_op" in f.evidence.details
                    or "repeated_at_once" in f.evidence.details
                    or "cursor_unpassed" in f.evidence.details
                    for f in exact
                ) or any("pushed_back" in f.evidence.details for f in alike):
                    return LoopResult(index, "act", ordered)
            self._pending = (index, ordered[0])
            return LoopResult(index, "warn", ordered)
        first = self._pending[1]
        self._pending = None
        return LoopResult(index, "act", ordered, confirms=first)

    def reset(self) -> None:
        """Forget a pending warning."""
        self._pending = None


@dataclass(frozen=True, slots=True)
class SemanticVerdict:
    """The semantic detector's findings for one step, worked out ahead of
    :meth:`LoopTracker.observe` (see :meth:`SemanticJob.run`).

    Attributes:
        step: The step with its embedding attached: the one to observe.
        findings: The semantic detector's findings at that step.
        index: The position the step was judged at.
        epoch: The tracker's epoch (its resets) when the job was made.
    """

    step: Step
    findings: tuple[LoopFinding, ...]
    index: int
    epoch: int


@dataclass(frozen=True, slots=True)
class SemanticJob:
    """What the semantic detector needs to judge ``step`` as the next observed step: a
    snapshot of the tracker's history, so that it can run in another thread (the embedder's
    worker) while the tracker goes on.

    Made by :meth:`LoopTracker.semantic_job`; :meth:`run` touches only the snapshot, the
    immutable steps in it and objects it makes, so it is safe in a thread. Its findings are
    the ones :meth:`LoopTracker.observe` would find, bit for bit: the same steps, the same
    similarities (``float(earlier @ unit)``), the same code.

    Attributes:
        step: The step to judge, without its embedding yet.
        partners: The earlier steps it will be compared with (``semantic_partners``).
        history: The tracker's history when the job was made.
        index: The position the step will have when it is observed next.
        epoch: The tracker's epoch then.
        config: The tracker's settings.
        previous_call: The tracker's last tool call then (what observe compares a call with
            to find a repeat stamped anew), if any.
    """

    step: Step
    partners: tuple[Step, ...]
    history: tuple[_Indexed, ...]
    index: int
    epoch: int
    config: LoopConfig
    previous_call: Step | None = None

    def run(
        self,
        row: NDArray[np.float32],
        unit: NDArray[np.float32],
        similarities: Sequence[float] | None = None,
        *,
        input_row: NDArray[np.float32] | None = None,
    ) -> SemanticVerdict:
        """Attach the embedding (``row``, its ``unit`` vector and the ``similarities`` to
        :attr:`partners`, in order) and the input's embedding (``input_row``, if given and
        the step carries none), judge whether the input restates an earlier one, and run the
        semantic detector on the step."""
        given = tuple(zip(self.partners, similarities, strict=True)) if similarities else ()
        step = self.step.with_embedding(
            row, unit=unit, similarities=given, input_embedding=input_row
        )
        if step.kind == "tool" and self.previous_call is not None:
            # A repeat stamped anew is the call before it, as observe will find (here, off the
            # event loop; observe then keeps what this step carries).
            LoopTracker._alias_volatile(step, self.previous_call)
        history = [*self.history, (self.index, step)][-self.config.history :]
        if step.input_embedding is not None and step.kind == "llm":
            _judge_input(step, history, self.config.input_restatement_threshold)
        # A detector of its own: its cache of the previous window's similarities is not
        # shared with the tracker's (only a speed-up: the values are the same either way).
        findings = SemanticLoopDetector(self.config).check(history)
        return SemanticVerdict(step, tuple(findings), self.index, self.epoch)


def _judge_input(step: Step, history: Sequence[_Indexed], threshold: float) -> None:
    """Mark ``step`` (an ``llm`` step with an input embedding, the last of ``history``) as
    restating an earlier input when its input embedding is at least ``threshold`` alike to
    that of one of the ``_RESTATED_INPUTS`` latest earlier steps of ``history`` with one, and
    it does not ask for something else (:func:`_other_request`). Pure given the steps: the
    embedder's worker thread (``SemanticJob.run``) and ``observe`` find the same."""
    unit = step.input_unit_vector()
    restated = False
    compared = 0
    for k in range(len(history) - 2, -1, -1):
        earlier = history[k][1]
        if earlier.kind != "llm" or earlier.input_embedding is None:
            continue
        if float(earlier.input_unit_vector() @ unit) >= threshold and not _other_request(
            step.observation, earlier.observation
        ):
            restated = True
            break
        compared += 1
        if compared == _RESTATED_INPUTS:
            break
    object.__setattr__(step, "_restated", restated)


# A response that names what comes next ("Right, the Crossref lookup is next.", "The next
# step is to obtain the certificate."): it, too, announces an action.
_SAYS_NEXT = re.compile(r"\bnext\b")
# Where a response's later clauses start: after a sentence's end, a colon or semicolon, or a
# spaced dash ("Saturday rate goes to 279 - doing it now.").
_CLAUSE = re.compile(r"[.;:!?]\s+|\s[-\u2013\u2014]+\s")


# Responses in a row naming one next step for ``_deferred_plan``, and how many responses back
# it looks for them.
_DEFERRED_RUN = 3
_DEFERRED_LOOK = 8
# The steps ``_deferred_plan`` reads: its responses and the calls between them.
_DEFERRED_SPAN = 32
# A sentence that names what the agent will do next: "Next I'll ...", "Then the plan is:
# ...", "After that, ...", "Once that's checked I'll ...", "The next step is ...", "X is next",
# "I'll get X done next".
_PLAN_MARK = re.compile(
    r"\b(?:next|then|after (?:that|this)|once(?! more| again)|the plan|plan is|step is)\b"
)


def _names_a_plan(lowered: str) -> bool:
    """``_PLAN_MARK.search(lowered) is not None``, the regex run only on a text that holds
    one of the words each of its alternatives holds as it is (a few substring tests cost a
    fraction of its scan, and most responses hold none)."""
    return (
        "next" in lowered
        or "then" in lowered
        or "after" in lowered
        or "once" in lowered
        or "plan" in lowered
        or "step is" in lowered
    ) and _PLAN_MARK.search(lowered) is not None


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
# Words that every plan says whatever it names ("Next I'll check ..."): they name no step.
_PLAN_FILLER = frozenset(
    _stem(w)
    for w in (
        *("next", "then", "after", "once", "plan", "step", "still", "first", "going", "move"),
        *("moving", "check", "checked", "look", "review", "see", "sort", "get", "put", "make"),
        *("follow", "followed", "done", "that", "this", "before", "now", "start", "one", "item"),
    )
)


def _plan_words(text: str) -> frozenset[str]:
    """The content words (stems) of a response's sentences that name what the agent will do
    next (see ``_PLAN_MARK``), less words any plan says (``_PLAN_FILLER``); empty when no
    sentence does, or when what it names is only such words."""
    words: set[str] = set()
    for sentence in _SENTENCE.split(text.lower()):
        if _PLAN_MARK.search(sentence) is not None:
            words |= _content_words(sentence)
    return frozenset(words - _PLAN_FILLER)


def _result_moved(calls: Iterable[Step]) -> bool:
    """Whether one of ``calls``, made more than once, got another result one time: the
    world moves, and the agent follows it."""
    results: dict[str, str] = {}
    return any(
        results.setdefault(call.action_key, call.observation_key) != call.observation_key
        for call in calls
    )


def _walks_on(tools: Sequence[_Indexed], idx: Sequence[int]) -> bool:
    """Whether the call made again at ``idx`` (ascending) is a change (a verb of its tool's
    name says it writes: ``plm_add_alternate``, ``loadplan_update_uld``) and between each two
    of its calls lies a call the agent had not made before among the kept ``tools``, that
    neither failed nor waited and brought back a result no earlier call had: the agent walks
    on through records (the next record fetched before each change), and the change it makes
    again is a step it takes for each record, not a round gone again. A round that goes again
    brings back nothing new; and a check made again between other lookups (a schedule read
    again and again, its name no write) still re-checks what has not moved."""
    repeated = dict(tools).get(idx[-1]) if idx else None
    if repeated is None or _reads_state(repeated) or not _names_a_write(repeated.tool or ""):
        return False
    calls: set[str] = set()
    results: set[str] = set()
    fresh: list[int] = []
    for i, s in tools:
        key, seen = s.action_key, s.observation_key
        if not s.error and not _waits(s) and key not in calls and seen not in results:
            fresh.append(i)
        calls.add(key)
        results.add(seen)
    return len(idx) > 1 and all(any(a < i < b for i in fresh) for a, b in itertools.pairwise(idx))


def _probes_changes(tools: Sequence[_Indexed], idx: Sequence[int]) -> bool:
    """Whether between each two of the calls at ``idx`` (ascending) the agent made a change
    it had not made before among the kept ``tools``: a call whose name says it writes
    (:func:`_names_a_write`, not :func:`_reads_state`), neither failed nor waited, with an
    action no earlier kept call had. Bisecting (switch off one rule, check; restore it,
    switch off the next, check) or trying one fix after another runs the same check after
    each new change: the check answers alike until the culprit is found, yet each run tests a
    state not tested before. A check made again after one write and nothing new since (a
    record read back again and again), or after the same change redone, is spared nothing
    here."""
    if len(idx) < 2:
        return False
    calls: set[str] = set()
    fresh: list[int] = []
    for i, s in tools:
        key = s.action_key
        if (
            key not in calls
            and not s.error
            and not _waits(s)
            and not _reads_state(s)
            and _names_a_write(s.tool or "")
        ):
            fresh.append(i)
        calls.add(key)
    return all(any(a < i < b for i in fresh) for a, b in itertools.pairwise(idx))


def _tool_words(step: Step) -> frozenset[str]:
    """The stems of a tool's name and of its arguments' names ("entries_portal_submit":
    entrie, portal, submit; ``list_deploys(page=2)``: list, deploy, page): what a plan that
    the call carries out names ("submit the entry", "next page")."""
    names = [str(step.tool or "")]
    if isinstance(step.args, dict):
        names += [str(key) for key in step.args]
    return _content_words(re.sub(r"[_\W]+", " ", " ".join(names)))


# A reply that says the work is under way and the result near, without a figure: "Almost
# there, I'll have everything for you in a moment.", "Thanks for your patience, I'm finishing
# it up." An answer to "any update?" that promises one.
_STALL = re.compile(
    r"\b(?:working on (?:it|this|that)|(?:still|i'm|i am) on it|(?:almost|nearly) (?:there|done)"
    r"|finishing (?:it|this|that|up)|wrapping (?:it |this )?up"
    r"|(?:shortly|in a (?:moment|minute|sec|second|bit)|very soon))\b"
)


def _stalls(text: str) -> bool:
    """Whether a response only says the work is under way and nearly done (``_STALL``),
    with no figure in it: a status reply that promises a result it does not give."""
    lowered = text.lower()
    return _STALL.search(lowered) is not None and not any(c.isdigit() for c in lowered)


def _announces_later(text: str) -> bool:
    """Whether a response announces an action past its start: in a later clause ("... -
    doing it now."), or by naming what comes next (``_SAYS_NEXT``)."""
    lowered = text.lower()
    if "next" in lowered and _SAYS_NEXT.search(lowered) is not None:  # (a test costs less)
        return True
    return any(announces_action(part) for part in _CLAUSE.split(lowered)[1:] if part)


# A figure in a text ("17:00", "4417", "2.5"): content words leave numbers out.
_FIGURES_SAID = re.compile(r"\d+(?:[.:,/]\d+)*")
# First words of an answer that agrees to what the agent asked.
_CONSENT = re.compile(r"^\W*(?:yes|yeah|yep|yup|sure|ok(?:ay)?|go ahead|correct|confirmed)\b")


def _only_consents(
    answer: str, said: set[str], *, named: set[str] | None = None, spare: int = 0
) -> bool:
    """Whether new input only agrees to what the agent asked: it starts with consent ("Yes",
    "Sure", "Go ahead") and its other content words and figures are acknowledgement words or
    already ``said`` ("Yes, submit." after "Submit the evidence now?"). "Yes, Thursday
    works." or "Yes, after 17:00." tells the agent something.

    With ``named`` (the figures said or told before), its figures must be among them and
    ``spare`` other content words may be new: "yes and little else" ("Yes, he agreed.",
    "YES. Push it." with ``spare=1``)."""
    text = normalize_text(answer)
    if _CONSENT.match(text) is None:
        return False
    words = _content_words(text, normalized=True)
    figures = set(_FIGURES_SAID.findall(answer))
    if named is None:
        words = words | figures
    elif any(f not in named for f in figures):
        return False
    return sum(w not in said and w not in _ACKNOWLEDGEMENT_WORDS for w in words) <= spare


#: New content words a question's statements must hold to raise a new point, and the share
#: of their content words that must be new (see :func:`_raises_point`).
_POINT_WORDS = 4
_POINT_SHARE = 0.5
# Words of a question that asks for something beyond what was agreed.
_FURTHER = re.compile(r"\b(?:also|too|as well|in addition|additionally)\b")


# A choice offered between two named records, each with a digit in its name ("B117 or B118",
# "ep1 or ep2", "Bay 3 or Bay 4").
_OFFERED = re.compile(r"\b([a-z]*\d[\w-]*|[a-z]+ \d+),? or ([a-z]*\d[\w-]*|[a-z]+ \d+)\b")
_NAME_PARTS = re.compile(r"[a-z]+|\d+")


def _chosen_again(before: str, step: Step) -> bool:
    """Whether ``step`` asks to choose between two named records (``_OFFERED``) that the
    question ``before`` it had offered too, just after the person picked one of them: its
    input names one of the two and not the other, whole ("B117, the big one.") or by the part
    that tells them apart ("117", "Episode 1." for "ep1 or ep2"). The pick answers the
    choice whatever else it says (an id to go with it, "the big one"); offering the same two
    again changes nothing for the agent, however it words the question. A choice between
    records not offered before (the next item's, the next step's) is a new question; an
    answer that names neither (a question back, "which is bigger?") is no pick."""
    offered = _OFFERED.search(step.text.lower())
    if offered is None:
        return False
    first, second = offered.group(1), offered.group(2)
    if first == second:
        return False
    prior = set(_NAME_PARTS.findall(before.lower()))
    one, other = _NAME_PARTS.findall(first), _NAME_PARTS.findall(second)
    if not set(one) <= prior or not set(other) <= prior:
        return False  # not the choice offered before
    heard = _NAME_PARTS.findall(step.observation.lower())
    told = set(heard)
    told.update("".join(pair) for pair in itertools.pairwise(heard))
    # The parts that tell the two apart ("117" / "118", "1" / "2"), or each name whole.
    mine = {"".join(one), *(set(one) - set(other))}
    theirs = {"".join(other), *(set(other) - set(one))}
    return bool(mine & told) != bool(theirs & told)


def _raises_point(text: str, said: set[str] | frozenset[str]) -> bool:
    """Whether a response that asks a question first states something the agent had not
    said nor been told: its sentences that are no question hold ``_POINT_WORDS`` content
    words or more that are not in ``said``, at least ``_POINT_SHARE`` of theirs ("Two of
    them have open deals with sales. Should the block cover sales too?"). A point it found
    raises a new question; "Okay. To confirm, close all five?" states nothing, and
    "Understood." nothing new. A question that asks for something further ("Should I also
    send the reminder?", "... the transcript too?"; ``_FURTHER``) counts its own words: it
    adds to what was agreed, and does not ask for it again."""
    words: set[str] = set()
    for sentence in _SENTENCE.split(text):
        if sentence and ("?" not in sentence or _FURTHER.search(sentence.lower()) is not None):
            words |= _content_words(sentence)
    new = words - said
    return len(new) >= _POINT_WORDS and len(new) >= _POINT_SHARE * len(words)


def _decides(responses: Sequence[_Indexed]) -> bool:
    """Whether the last response is the first since the agent's last tool call to announce
    an action ("Booking Rapid Plumb & Heat today.", "Correcting the DOI." after "Shall I
    correct it?" and "Yes."), and does not say it goes again: weighing options, or asking
    before acting, ends in a decision, and the decision is no repeat of the talk before it.
    A second announcement with no action between is (the talk goes on: a promise made
    again), and a question asked again after each answer announces nothing."""
    last_index, last = responses[-1]
    if not last.announces or _RETRY.search(last.text.lower()) is not None:
        return False
    expected = last_index - 1
    for index, step in reversed(responses[:-1]):
        if index != expected:
            break  # a tool call in between: the run of talk starts after it
        if step.announces or _announces_later(step.text):
            return False
        expected -= 1
    return True


def _said_little_new(responses: Sequence[_Indexed]) -> bool:
    """Whether each of ``responses`` (one at least) said at most ``_SAID_NEW`` of its content
    words new to the kept responses before it (see :func:`_judge_said`)."""
    return bool(responses) and all(
        s._novel is not None and s._novel <= _SAID_NEW for _, s in responses
    )


def _judge_said(step: Step, said: Mapping[str, int]) -> None:
    """Mark a response with the share of its content words (its action key's: filler and
    volatile tokens gone) that none of the kept earlier responses said (see
    ``StructuralLoopDetector._said_before``). ``said`` counts, per content word, the kept
    earlier responses that have it (``LoopTracker._said``): one lookup per word, however long
    the history."""
    words = _said_words(step)
    if not words:
        return
    new = len(words) - len(said.keys() & words)  # (the words said before, counted in C)
    object.__setattr__(step, "_novel", new / len(words))


#: How far back (in tool calls) ``action_error`` looks for the same call failing apart.
_APART_CALLS = 12

#: Tool calls in a row for ``cycle``'s "nothing new": each one a call the agent had made
#: before, each bringing back only what earlier results had said.
_STALE_CALLS = 3


def _is_stale(index: int, step: Step, tools: Iterable[_Indexed], oldest: int) -> bool:
    """Mark a tool call whose result says nothing that the kept earlier ``tools`` results
    had not said: every content word of its result key (crudely stemmed, as ``idle_talk``
    compares responses; short numbers and masked stamps are not words) is in one of
    theirs. An empty result never is: a write that answers "ok" may still change things.
    Each result's words are cached, so this is one set difference per kept call, stopping
    once nothing is left; judged once per call, and only for calls that repeat earlier ones
    (see :func:`_nothing_new`)."""
    if step._stale is not None:
        return step._stale
    words = set(_result_words(step))
    if words:
        for i, earlier in tools:
            if i >= index:
                break
            if i >= oldest:
                words -= _result_words(earlier)
                if not words:
                    break
    stale = bool(_result_words(step)) and not words
    object.__setattr__(step, "_stale", stale)
    return stale


#: The last calls whose results must say nothing new for ``reworded_repeat`` to agree with
#: the semantic detector's finding that the calls are alike.
_STALE_AGREE = 2


def _writes_to_a_new_item(index: int, step: Step, tools: Iterable[_Indexed]) -> bool:
    """Whether a call (at ``index``) writes (its own name reads nothing:
    :func:`_own_name_reads_state`) to an item that no earlier call of its tool among
    ``tools`` named (:func:`differ_in_entity` from each): hold item 3 after items 1 and 2. Its
    acknowledgement ("held": true) says what the others said, as a write's does each time,
    but about another item."""
    if step.error or _own_name_reads_state(step.tool or "") or _waits(step):
        return False
    route = _route(step.tool or "")
    earlier = [s for i, s in tools if i < index and _route(s.tool or "") == route]
    return bool(earlier) and all(
        _other_path_item(s, step) or differ_in_entity(s, step) for s in earlier
    )


def _route(tool: str) -> str:
    """A tool's name with each path segment that holds a digit (an id the route names:
    ``POST /loads/L3-15/jumpers``) masked, so that calls to one route over other items are
    calls of one tool. A name without a path is itself."""
    if "/" not in tool:
        return tool
    return "/".join("<id>" if _DIGIT.search(part) else part for part in tool.split("/"))


def _other_path_item(a: Step, b: Step) -> bool:
    """Whether two calls of one route (:func:`_route`) name other items in its path: an id
    segment differs, not as one spelling of the other (case and punctuation aside, neither
    holds the other: ``L3-15`` / ``l315`` is one item)."""
    x, y = a.tool or "", b.tool or ""
    if x == y or _route(x) != _route(y):
        return False
    for p, q in zip(x.split("/"), y.split("/"), strict=True):
        if p == q:
            continue
        p, q = _ALNUM_ONLY.sub("", p.lower()), _ALNUM_ONLY.sub("", q.lower())
        if p and q and p not in q and q not in p:
            return True
    return False


_ALNUM_ONLY = re.compile(r"[^0-9a-z]")


def _told_nothing_new(
    tools: deque[_Indexed], history: Sequence[_Indexed], oldest: int
) -> list[LoopFinding]:
    """``reworded_repeat``'s agreement with a semantic finding on the last tool calls: the
    last ``_STALE_AGREE`` calls each brought back nothing earlier results had not said
    (:func:`_is_stale`), with nothing new said to the agent and no wait since the first,
    none polling something that moves (:func:`_polls_something_that_moves`) and no changed
    value read out (:func:`_reported`). The calls look alike (the embeddings) and what they
    brought is old (the words): two kinds of evidence, whatever the arguments' spelling."""
    n = _STALE_AGREE
    tail = _last(tools, n, oldest)
    if len(tail) < n or not all(_is_stale(i, s, tools, oldest) for i, s in tail):
        return []
    if all(_writes_to_a_new_item(i, s, tools) for i, s in tail):
        return []  # each call changes an item no call of its tool reached: its "done" is new
    if not _reads_state(tail[-1][1]) and _builds_up(tail):
        return []  # each write adds to the last: its acknowledgement is old, its content new
    if _narrows_down(tail, tools):
        return []  # each search adds a term to the last and finds fewer: a narrower question
    if any(_polls_something_that_moves(s, history) for _, s in tail) and not _listed_again(
        tail, tools, oldest
    ):
        return []
    if not _nothing_reached(tail, history):
        return []
    idx = tuple(i for i, _ in tail)
    return _found(
        "reworded_repeat",
        idx,
        {"repeats": n, "agreed": 1, "nothing_new": 1},
        f"The last {n} tool calls, which embed alike, brought back only what earlier "
        "results had said.",
    )


def _narrows_down(tail: Sequence[_Indexed], tools: Sequence[_Indexed]) -> bool:
    """Whether each call of ``tail`` narrows the call of its tool just before it: a call
    whose name says no write, that keeps all of that call's argument words and adds one or
    more ("kestrel", then "kestrel north"), answered without error by a result other than,
    and shorter than, the one before (fewer content words: fewer hits). An agent that refines
    a search step by step gets back a part of what it had seen (so nothing "new" in the
    words), but each answer is to a narrower question. Search words reordered, or a term
    swapped for another, keep the same set of words or drop one; a term added that finds the
    same hits finds no fewer."""
    for i, step in tail:
        before = [s for k, s in tools if k < i and s.tool == step.tool]
        if not before or step.error or _names_a_write(step.tool or ""):
            return False
        prior = before[-1]
        if prior.error:
            return False
        now, then = _content_words(_arguments(step)), _content_words(_arguments(prior))
        if not then or not now > then:
            return False
        if step.observation_key == prior.observation_key:
            return False
        if len(_result_words(step)) >= len(_result_words(prior)):
            return False
    return True


def _listed_again(tail: Sequence[_Indexed], tools: Sequence[_Indexed], oldest: int) -> bool:
    """Whether ``tail``'s calls are one tool asked with other arguments each time (another
    page, another offset), each answered with a list of records every one of which an earlier
    call of that tool had listed. Polling asks the very same question again to see whether
    the answer moves; a call that asks for another part of a listing each time and is shown
    the same records again is not polling something that moves, whatever handle its
    arguments share with an earlier result: the listing ignores what it is asked, and the
    agent does not take up the cursor it was given."""
    tool = tail[0][1].tool
    if len({s.action_key for _, s in tail}) < len(tail) or any(s.tool != tool for _, s in tail):
        return False
    seen: set[str] = set()
    k = 0
    for i, s in tools:
        if i < oldest or s.tool != tool:
            continue
        records = _listed_records(s.observation) or frozenset()
        if k < len(tail) and i == tail[k][0]:
            if not records or not records <= seen:
                return False
            k += 1
        seen |= records
    return k == len(tail)


def _nothing_reached(tail: Sequence[_Indexed], history: Sequence[_Indexed]) -> bool:
    """Whether, since the first of ``tail``'s calls, nothing new was said to the agent and
    nothing let time pass (:func:`_paces`), and no value that changed between those calls is
    one the agent then said (:func:`_reported`)."""
    first = tail[0][0]
    if any(i > first and (_paces(s) or (s.kind == "llm" and _says_new(s))) for i, s in history):
        return False
    base = history[0][0]
    return not _reported(history, [i - base for i, _ in reversed(tail)])


def _result_words(step: Step) -> frozenset[str]:
    """The content words of a tool call's result key, computed once per step."""
    words = step._content
    if words is None:
        key = step.observation_key
        words = _content_words(key[key.index(":") + 1 :], normalized=True)
        object.__setattr__(step, "_content", words)
    return words


def _said_words(step: Step) -> frozenset[str]:
    """The content words of a response's action key (filler and volatile tokens gone),
    computed once per step. Every response is compared with each kept response before it, so
    a shared cache of texts would hold a few agents' histories at most: with many agents
    every comparison would miss it."""
    words = step._content
    if words is None:
        words = _content_words(step.action_key[4:], normalized=True)
        object.__setattr__(step, "_content", words)
    return words


def _nothing_new(
    tools: Sequence[_Indexed], kept: Iterable[_Indexed], history: Sequence[_Indexed], oldest: int
) -> list[LoopFinding]:
    """``cycle``'s "nothing new": the last ``_STALE_CALLS`` tool calls, not all one call,
    each repeat a call the agent had already made and each brought back only what earlier
    results had said (:func:`_is_stale`), with nothing new said to the agent and no
    wait between them: its actions change nothing and nothing reaches it, whatever order
    it makes them in (write, read, write again; check A, check B, check A). Not when a
    value that changed between two of the calls is one the agent then said (see
    :func:`_reported`): that is a reading it follows."""
    n = _STALE_CALLS
    tail = tools[-n:]
    if len(tail) < n or _same(s.action_key for _, s in tail):
        return []  # one call again and again: action_observation counts it
    done = {s.action_key for i, s in tools if oldest <= i < tail[0][0]}
    for _, s in tail:
        if s.action_key not in done:
            return []  # an action not taken before may change something
        done.add(s.action_key)
    if not all(_is_stale(i, s, kept, oldest) for i, s in tail):
        return []
    if not _nothing_reached(tail, history):
        return []
    idx = tuple(i for i, _ in tail)
    details: dict[str, float | int | str] = {"calls": n, "nothing_new": 1}
    if _cursor_again(tools, oldest):
        details["cursor_again"] = 1
    return _found(
        "cycle",
        idx,
        details,
        f"The last {n} tool calls each repeated an earlier call and brought back only "
        "what earlier results had said, with nothing new said in between.",
    )


# An argument that says where in a listing to go on from: a server's cursor or page token.
# (Not the result's _CURSOR_KEY above, which this once rebound, silently narrowing it.)
_ARG_CURSOR_KEY = re.compile(
    r"(?:next_?)?(?:cursor|page_?token|continuation(?:_?token)?|starting_?after)", re.IGNORECASE
)


def _cursor_of(step: Step) -> str | None:
    """The cursor (``_ARG_CURSOR_KEY``) a call passes, if it passes one: a non-empty string."""
    if step.tool is None:
        return None
    for key, value in _top_args(step).items():
        if isinstance(value, str) and value and _ARG_CURSOR_KEY.fullmatch(key):
            return f"{key}={value}"
    return None


def _cursor_again(tools: Sequence[_Indexed], oldest: int) -> bool:
    """Whether the last call passes a cursor that an earlier call of the same tool passed,
    and its result lists records (:func:`_listed_records`), every one of which an earlier
    result of that tool had listed: a listing whose next page points back to a page already
    read. A second kind of evidence beside results that bring nothing new: the agent's own
    call goes back to a place in the listing it had been, and the records say so. Paging on
    passes each cursor once; a page read again after a change lists a changed record."""
    last = tools[-1][1]
    cursor = _cursor_of(last)
    if cursor is None:
        return False
    records = _listed_records(last.observation)
    if not records:
        return False
    passed = False
    seen: set[str] = set()
    for i, s in tools[:-1]:
        if i < oldest or s.tool != last.tool:
            continue
        passed = passed or _cursor_of(s) == cursor
        seen |= _listed_records(s.observation) or frozenset()
    return passed and records <= seen


#: Times one call is made for ``cycle``'s "done again".
_REREAD_CALLS = 3
# A response that says it goes again or checks once more: ``_RETRY``'s words, or a check
# made to confirm what is known ("double-check", "confirm", "verify", "re-read"), or one
# that goes back to what it had ("another look at", "pulling it back up").
_RECHECK = re.compile(
    r"\b(?:again|once more|one more|retry\w*|re-?(?:check|read|fetch|load|query|verif)\w*|"
    r"double-?check\w*|confirm\w*|verif\w*|"
    r"another (?:look|glance|pass|read|check)|"
    r"(?:pull|bring|call|load|open)(?:ing|s)?\s+(?:\S+\s+){0,3}?back up)\b"
)
#: Responses in a row, each saying the agent goes again or checks once more, for
#: ``LoopTracker._announced_rereads``; and how many it looks back over.
_ANNOUNCED_AGAIN = 3
_ANNOUNCED_LOOK = 8
# A write's answer that it had nothing left to do: the change was already made.
_NO_OP = re.compile(
    r"\balready\b|\bno[ -]?(?:changes?|op)\b|\bnothing to (?:do|change|update|commit|apply)\b|"
    r"\bup[ -]to[ -]date\b|\bnot modified\b|\bunchanged\b|"
    r"\bchanges\W{0,4}(?:none|0)\b|\b0 (?:\w+ )?(?:updated|changed|modified)\b|"
    # A field that says what the write changed, empty: '"updated": null', "modified=0".
    r"\b(?:updated|changed|modified|added|created|applied|inserted|deleted|removed)\b"
    r"[\"']?\s*[:=]\s*(?:null|none|false|0|\[\]|\{\}|\"\"|'')(?![\w.])",
    re.IGNORECASE,
)


def _reread(
    tools: Sequence[_Indexed], history: Sequence[_Indexed], oldest: int
) -> list[LoopFinding]:
    """``cycle``'s "done again": the last call made ``_REREAD_CALLS`` times among the kept
    ``tools`` (other calls may lie between), none failing or waiting, and either

    - each time with the same result (per-call ids aside: see ``LoopTracker._alias_echo``),
      another call between them, with nothing new said to the agent, no wait and no changed value read out since the
      first (:func:`_nothing_reached`), and neither the call nor another one made twice
      since its first time seen to move (:func:`_polls_something_that_moves`): what it
      reads has not changed, and nothing gave the agent a reason to think it had; or
    - a call that changes something (its name does not say it reads), whose repeats were
      each answered alike that there was nothing left to do (``_NO_OP``: "already exists",
      "no change", "Everything up-to-date", a field for what it changed left empty,
      '"updated": null'): the world said the work was done, and the agent did it again.

    One read made again and again, with no other call between, is ``action_observation``'s.
    """
    last = tools[-1][1]
    key = last.action_key
    same = [(i, s) for i, s in tools if s.action_key == key and i >= oldest]
    if len(same) < _REREAD_CALLS or last.error or _waits(last):
        return []
    seen = last.observation_key
    same = same[-_REREAD_CALLS:]
    if any(s.observation_key != seen or s.error for _, s in same[1:]):
        return []
    idx = tuple(i for i, _ in same)
    if (
        not _reads_state(last)
        and not same[0][1].error
        and _NO_OP.search(last.observation) is not None
    ):
        return [
            LoopFinding(
                "cycle",
                1.0,
                LoopEvidence(
                    idx, _pairs(idx), {"calls": _REREAD_CALLS, "no_op": 1, "redone": str(last.tool)}
                ),
                f"The tool call {last.tool} was made {_REREAD_CALLS} times; each repeat was "
                "answered that there was nothing left to do.",
            )
        ]
    if same[0][1].observation_key != seen or same[0][1].error or same[0] == tools[-_REREAD_CALLS]:
        return []  # (one call again and again: action_observation's)
    results: dict[str, str] = {}
    for i, s in tools:
        if i > same[0][0] and results.setdefault(s.action_key, s.observation_key) != (
            s.observation_key
        ):
            return []  # another call in between saw something move: the world is changing
    span = [(i, s) for i, s in history if i >= same[0][0]]
    if _polls_something_that_moves(last, history) or not _nothing_reached(same, span):
        return []
    if _walks_on(tools, idx):
        return []  # a new record fetched before each: a step taken per record
    if _probes_changes(tools, idx):
        return []  # a change not tried before made ahead of each: a test of each change
    return _found(
        "cycle",
        idx,
        {"calls": _REREAD_CALLS, "reread": 1},
        f"The tool call {last.tool} was made {_REREAD_CALLS} times with the same result, "
        "with nothing new said or waited for in between.",
    )


def _rewrite_after_readback(
    tools: Sequence[_Indexed], history: Sequence[_Indexed]
) -> list[LoopFinding]:
    """A value written, read back, written again with the very same arguments and read back
    again: the last call repeats an earlier read, result and all, and the only call between
    them repeats the write made before that read, which the store answered had nothing to
    do (``_NO_OP``: "unchanged", '"updated": []'). The read had shown the write held; the
    agent wrote it "to be safe" and reads it again, as it will for ever. A write and its
    read-back on another record each time, or a write that changed something, is work."""
    last = tools[-1][1]
    if len(tools) < 3 or tools[-3][1].action_key != last.action_key or last.error:
        return []  # (either half of the round repeats the call two back: most calls end here)
    if _NO_OP.search(last.observation) is not None and not _reads_state(last):
        return _rewrite_of_shown_value(tools, history)
    if len(tools) < 4:
        return []
    rewrite = tools[-2][1]
    if rewrite.action_key == last.action_key or rewrite.error or _waits(rewrite):
        return []
    if _NO_OP.search(rewrite.observation) is None or _reads_state(rewrite):
        return []
    read = next(
        (k for k in range(len(tools) - 3, -1, -1) if tools[k][1].action_key == last.action_key),
        None,
    )
    if read is None or read < 1 or tools[read][1].observation_key != last.observation_key:
        return []
    if read != len(tools) - 3:
        return []  # the read back came right before the write made again
    write = tools[read - 1][1]
    if write.action_key != rewrite.action_key or write.error:
        return []
    lo, hi = tools[read - 1][0], tools[-1][0]
    if any(lo < i < hi and s.kind == "llm" and _told(s) for i, s in history):
        return []  # told something between: the write may be what was asked
    idx = tuple(i for i, _ in tools[read - 1 :])
    return _found(
        "cycle",
        idx,
        {"calls": 2, "no_op": 1, "rewrite_no_op": 1},
        f"The agent wrote with {rewrite.tool} what {last.tool} had just shown stored; the "
        "store answered that nothing changed, and the agent read it back again.",
    )


def _written_values(args: Mapping[str, Any] | str | None) -> list[str]:
    """A call's argument values, leaves of its nested objects, lower-cased."""
    out: list[str] = []
    stack: list[Any] = [args] if isinstance(args, dict) else []
    while stack:
        for v in stack.pop().values():
            if isinstance(v, dict):
                stack.append(v)
            elif isinstance(v, (str, int, float)) and not isinstance(v, bool):
                out.append(str(v).lower())
    return out


def _rewrite_of_shown_value(
    tools: Sequence[_Indexed], history: Sequence[_Indexed]
) -> list[LoopFinding]:
    """The first half of :func:`_rewrite_after_readback`'s round, at the write made again:
    the last call repeats, arguments and all, the write two calls back, and between them a
    read (another call, no failure) whose result shows every value the write sets; the store
    answers the repeat that it had nothing to do. The read showed the write held."""
    last = tools[-1][1]
    write, read = tools[-3][1], tools[-2][1]
    if write.action_key != last.action_key or write.error or read.error:
        return []
    if read.tool == last.tool or _waits(read):
        return []
    values = _written_values(last.args)
    shown = read.observation.lower()
    if not values or any(v not in shown for v in values):
        return []
    lo, hi = tools[-3][0], tools[-1][0]
    if any(lo < i < hi and s.kind == "llm" and _told(s) for i, s in history):
        return []
    return _found(
        "cycle",
        tuple(i for i, _ in tools[-3:]),
        {"calls": 2, "no_op": 1, "rewrite_no_op": 1},
        f"The agent made the same {last.tool} write again after {read.tool} showed it "
        "held; the store answered that nothing changed.",
    )


def _arguments(step: Step) -> str:
    """A tool call's canonical arguments (JSON), cut from its action key
    (``tool:NAME(ARGUMENTS)``)."""
    return step.action_key[len(step.tool or "") + 6 : -1]


#: Calls on one target, each reading again what the target's earlier reads had shown, for
#: ``cycle``'s "read over again".
_OVERLAP_CALLS = 3
#: ... each new read's lines (at least this share) already shown by the earlier ones.
_OVERLAP_SEEN = 0.5
# Arguments that place a window on what a call reads (a line range, a page's size or start)
# rather than name what it reads.
_WINDOW_KEYS = frozenset(
    (
        *("offset", "limit", "per_page", "page_size", "size", "top_k", "max_results", "count"),
        *("range", "view_range", "from", "to", "start", "end", "start_line", "end_line"),
        *("lines", "paragraphs", "rows", "page", "cursor", "head", "tail", "skip", "take"),
    )
)
# A window's value: a number, or numbers joined by range marks ("1-7", "0:50:0").
_WINDOW_VALUE = re.compile(r"[\d\s,:.-]+")
# A line range written into a command ("sed -n '4,12p'").
_LINE_RANGE = re.compile(r"\b\d+,\d+p\b")
# A canonical call that may place a window: a window's key, or a line range.
_WINDOW_HINT = re.compile(
    '"(?:' + "|".join(sorted(_WINDOW_KEYS)) + r')":|\b\d+,\d+p\b', re.IGNORECASE
)


def _windowless(value: Any) -> Any:
    """``value`` (a call's arguments) with the window's values (``_WINDOW_KEYS``) masked."""
    if isinstance(value, dict):
        return {
            k: "#"
            if str(k).lower() in _WINDOW_KEYS
            and (
                isinstance(value[k], (int, float, list))
                or (isinstance(value[k], str) and _WINDOW_VALUE.fullmatch(value[k]))
            )
            else _windowless(value[k])
            for k in value
        }
    if isinstance(value, str):
        return _LINE_RANGE.sub("#", value)
    if isinstance(value, list):
        return [_windowless(v) for v in value]
    return value


def _window_target(step: Step) -> str:
    """A tool call's action key with its window masked (see :func:`_windowless`)."""
    canonical = _arguments(step)
    return json.dumps(_windowless(json.loads(canonical)), sort_keys=True)


def _raw_lines(step: Step) -> frozenset[str]:
    """A result's distinct non-empty lines, spaces collapsed and nothing masked: the rows
    of two pages differ by their ids and times."""
    return frozenset(" ".join(line.split()) for line in step.observation.splitlines()) - {""}


def _overlap(tools: Sequence[_Indexed], oldest: int) -> list[LoopFinding]:
    """``cycle``'s "read over again": the last ``_OVERLAP_CALLS`` calls on one target (the
    same tool and arguments but for those that place the window: ``_WINDOW_KEYS``, a line
    range in a command) each moved its window and, but for the first, brought back lines of
    which at least ``_OVERLAP_SEEN`` the target's earlier results had shown: the agent reads
    what it has read, in windows that overlap or grow ("lines 1-5", "3-7", "1-7"; "20 rows",
    "40", "80"), and learns nothing. Not when a call between them, on another target,
    changes something (its name does not say it reads), or when one fails or waits: the
    content may have changed. Paging on through a listing or a file brings new lines."""
    last = tools[-1][1]
    name = last.tool
    if last.error or _WINDOW_HINT.search(last.action_key) is None:
        return []
    # Most calls are not the third on their tool in the window: skip the targets' parsing.
    if sum(s.tool == name for _, s in tools) < _OVERLAP_CALLS:
        return []
    target = _window_target(last)
    same: list[_Indexed] = []
    for entry in tools:
        i, s = entry
        if i < oldest:
            continue
        if s.tool == name and _window_target(s) == target:
            same.append(entry)
        elif same and not _reads_state(s):
            same = []  # a change made since: what was read may have moved
    if len(same) < _OVERLAP_CALLS:
        return []
    tail = same[-_OVERLAP_CALLS:]
    seen: set[str] = set()
    for _, s in same[: -_OVERLAP_CALLS + 1]:
        seen |= _raw_lines(s)
    previous = tail[0][1]
    for _, s in tail[1:]:
        lines = _raw_lines(s)
        if (
            s.error
            or _waits(s)
            or s.action_key == previous.action_key
            or not lines
            or len(lines & seen) < _OVERLAP_SEEN * len(lines)
        ):
            return []
        seen |= lines
        previous = s
    idx = tuple(i for i, _ in tail)
    return _found(
        "cycle",
        idx,
        {"calls": _OVERLAP_CALLS, "overlap": 1},
        f"The last {_OVERLAP_CALLS} calls to {last.tool} read windows of one target that "
        "brought back mostly what its earlier reads had shown.",
    )


#: Calls in a row of one tool that rewrite one thing, for ``cycle``'s "rewritten".
_REWRITES = 3
#: ... each call's argument words shared (at least this share of both calls' words) with
#: the call before.
_REWRITE_WORDS = 0.25


def _address(step: Step) -> str:
    """What a write's arguments say it writes to, without what it writes: its arguments
    less their lists of items (a plan's steps, a form's rows)."""
    value = json.loads(_arguments(step))
    return json.dumps(_addressing(value), sort_keys=True)


def _addressing(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _addressing(v) for k, v in value.items() if not _content_value(v)}
    return value


def _content_value(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(v, dict) for v in value)


#: Content words or figures a write must add, that none of the writes before it in the run
#: had, to build on them (see :func:`_builds_up`); and the share of the last one's it may drop.
_BUILDS_WORDS = 1
_BUILDS_DROPS = 0.2


# A tool's short answer that it stored what it was given ("draft saved (v+1)", "section
# updated"), or only the address of what it stored (a pull request's URL).
_STORED = re.compile(
    r"\b(?:saved|updated|stored|written|created|applied|recorded|edited|amended|modified|"
    r"committed|pushed|uploaded)\b|^https?://\S+$",
    re.IGNORECASE,
)
_STORED_CHARS = 120


def _builds_up(tail: Sequence[_Indexed]) -> bool:
    """Whether each call of ``tail`` writes what the call before it wrote and more: each is
    answered, with no error, that what it was given was stored (``_STORED``; a refusal
    that says "not applied" stored nothing), and keeps all but
    ``_BUILDS_DROPS`` of the earlier call's argument words and figures and adds at least
    ``_BUILDS_WORDS`` that no call before it in the run had. A report, a draft or a plan built
    up piece by piece ("adding the gap and the WAL status", "needs a follow-up action", "41
    cancellations", a name) grows, even where a phrase of it is reworded on the way; a
    rewrite in place, a reword or a write sent again does not, and a query with one more
    filter each time is answered with what it found, not that it stored anything."""
    if not all(
        not s.error
        and len(s.observation) <= _STORED_CHARS
        and _STORED.search(s.observation.strip())
        for _, s in tail
    ):
        return False
    seen: set[str] = set()
    before: frozenset[str] | None = None
    for _, step in tail:
        arguments = _arguments(step)
        words = _content_words(arguments) | frozenset(_FIGURES_SAID.findall(arguments))
        if before is not None and (
            len(before - words) > _BUILDS_DROPS * len(before) or len(words - seen) < _BUILDS_WORDS
        ):
            return False
        seen |= words
        before = words
    return True


def _rewrites(tools: Sequence[_Indexed], oldest: int) -> list[LoopFinding]:
    """``cycle``'s "rewritten": the last ``_REWRITES`` tool calls, one after another with no
    other call between, are one tool that changes something (its name does not say it
    reads), each with other arguments than the call before but mostly its words
    (``_REWRITE_WORDS``: the same items reordered, merged, reworded), and each answered
    alike, numbers aside ("Todo list updated: 4 items, 0 completed."): the agent rewrites
    its plan or its draft, and nothing in the world moves. A batch of writes names a new
    record in each call (other words); work done between rewrites is another call."""
    tail = tools[-_REWRITES:]
    if len(tail) < _REWRITES or tail[0][0] < oldest:
        return []
    last = tail[-1][1]
    if last.error or not _same(str(s.tool) for _, s in tail) or _reads_state(last):
        return []
    for (_, x), (_, y) in itertools.pairwise(tail):
        if y.error or x.action_key == y.action_key or not _same_error(x, y):
            return []
    if not _same(_address(s) for _, s in tail):
        return []  # another record, another file, another page: a batch, not a rewrite
    if _builds_up(tail):
        return []  # each call adds to what the one before wrote: a draft built up
    words = [_content_words(_arguments(s)) for _, s in tail]
    for a, b in itertools.pairwise(words):
        if not a or not b or len(a & b) < _REWRITE_WORDS * len(a | b):
            return []
    idx = tuple(i for i, _ in tail)
    return _found(
        "cycle",
        idx,
        {"calls": _REWRITES, "rewritten": 1},
        f"The last {_REWRITES} calls rewrote one thing with {last.tool}, each answered "
        "alike, with no other call between.",
    )


#: Failed calls in a row (waits aside) for ``reworded_repeat``'s "one error whatever the call".
_FAILURES = 3


#: The detectors whose warning the agent's words that it goes again confirm at once (see
#: ``LoopTracker._goes_again``).
_GOES_AGAIN = frozenset(
    ("cycle", "reworded_repeat", "action_error", "semantic_tool_calls", "idle_talk")
)


# A response that says what it read has not moved ("State has not moved from X", "still
# unchanged", "no change since"), for ``LoopTracker._cycle_held_over``.
_CYCLE_SAID_UNMOVED = re.compile(
    r"\b(?:has|have|had|did|does|do)(?:n't| not) (?:moved|changed|budged|move|change|budge)\b"
    r"|\b(?:still |remains? )?unchanged\b|\bno change\b"
)


# A result that hands the work back: a peer that will not take it ("this is not mine to
# decide; returning to the coordinator", "declined", "handing it back").
_HANDED_BACK = re.compile(
    r"\bnot (?:mine|my (?:call|job|task|area)|for me)\b|\breturn(?:ing|ed)? (?:it |this )?to\b|"
    r"\bhand(?:ing|ed)? (?:it |this )?back\b|\bsent back\b|\bbounc\w* back\b|\bdeclin\w*"
    r"|\brefus\w*|\b(?:won't|will not|can't|cannot) take\b"
)
# A response that keeps refused work where it was or sends it again; and one that sends it
# elsewhere.
_KEEPS = re.compile(
    r"\b(?:keep\w*|stay\w*|leave it|again|once more|retry\w*|re-?send\w*|re-?delegat\w*)\b"
)
_ELSEWHERE = re.compile(r"\binstead\b(?! of)|\belsewhere\b|\bre-?rout\w*|\bescalat\w*")


def _handed_back_again(tools: Sequence[_Indexed]) -> list[LoopFinding]:
    """The last two calls one call that changes something (its name does not say it reads
    state, and it is no wait), made back to back with the same result, a result that hands
    the work back (``_HANDED_BACK``): a hand-off refused, and made again unchanged, refused
    again. A warning: the agent's next words may send it elsewhere (see
    ``LoopTracker._keeps_handing``); a third such call is the confirmation."""
    (i, a), (j, b) = tools[-2], tools[-1]
    if a.error or b.error or _reads_state(b) or _waits(b):
        return []
    if a.observation_key != b.observation_key or _HANDED_BACK.search(b.observation.lower()) is None:
        return []
    return _found(
        "action_error",
        (i, j),
        {"repeats": 2, "handed_back": 1},
        f"The call {b.tool} was handed back twice in a row, made again unchanged.",
    )


def _same_failure(
    tools: Sequence[_Indexed], history: Sequence[_Indexed], oldest: int
) -> list[LoopFinding]:
    """``reworded_repeat``'s "one error whatever the call": the last ``_FAILURES`` calls,
    waits aside, all failed with one error (:func:`_one_failure`), not all the same call
    (another tool's name, other arguments), with nothing new said to the agent since the
    first: whatever it changes in the call, the world answers the same, and it does not
    take the error up (an unknown tool's name guessed again, a file type refused however
    the file is named, a field rejected whatever else the body says). Waiting between the
    tries changes nothing either: the very same call failing so is ``action_error``'s."""
    last = tools[-1][1]
    if not last.error or _waits(last):
        return []
    tail: list[_Indexed] = []
    for i, s in reversed(tools):
        if i < oldest or len(tail) == _FAILURES:
            break
        if not _waits(s):
            tail.append((i, s))
    if len(tail) < _FAILURES:
        return []
    tail.reverse()
    for (_, x), (_, y) in itertools.pairwise(tail):
        if not x.error or not _one_failure(x, y):
            return []
    if _same(s.action_key for _, s in tail):
        return []  # the very same call: action_error's
    if _failures_count_down(tail):
        return []  # fewer left to fix after each try: the fixes converge
    first = tail[0][0]
    for i, s in history:
        if i > first and s.kind == "llm" and _told(s) and _taken_up(s, i, tail):
            return []  # the agent was told something since, and a try follows it
    idx = tuple(i for i, _ in tail)
    details = {"repeats": _FAILURES, "same_failure": 1}
    if _tweaked_against_denial(tail):
        details["permanent"] = 1  # (refused for good: confirms at once, as action_error's)
    if _untried_routes(tail, tools):
        details["untried"] = 1
    return _found(
        "reworded_repeat",
        idx,
        details,
        f"The last {_FAILURES} calls, not all the same, failed with one error.",
    )


# An error that refuses the caller, not the call's arguments: it lacks a permission, a scope
# or a role, or is not authorised (nothing in it that passes with time, see _TRANSIENT).
_DENIED = re.compile(
    r"\b(?:401|403|forbidden|unauthori[sz]ed|not authori[sz]ed|access ?denied|denied|"
    r"permission denied|not permitted|(?:lacks?|missing|requires?) (?:the )?"
    r"(?:scopes?|roles?|permissions?))\b",
    re.IGNORECASE,
)


def _refused_both_ways(tools: Sequence[_Indexed]) -> list[LoopFinding]:
    """The last four calls one tool's two calls in turn (A, B, A, B: two values written to one
    record), each refused, each time with its own reason (A's error again on A's second try,
    B's on B's, the two errors not one), and neither error one that passes with time. The
    agent went round a dilemma it had been told both sides of: each value breaks a rule the
    other keeps, and a second round of the same writes can only be refused as the first was
    (``permanent``: it confirms at once). A value tried once each way, or a try that met a
    new error, is the search for a way out, and is left alone."""
    if len(tools) < 4:
        return []
    tail = tools[-4:]
    a, b = tail[0][1], tail[1][1]
    if a.tool != b.tool or a.action_key == b.action_key:
        return []
    if any(not s.error for _, s in tail):
        return []
    if tail[2][1].action_key != a.action_key or tail[3][1].action_key != b.action_key:
        return []
    if not (_same_error(a, tail[2][1]) and _same_error(b, tail[3][1])) or _same_error(a, b):
        return []
    if any(_transient(s.observation) for _, s in tail):
        return []
    idx = tuple(i for i, _ in tail)
    return _found(
        "alternation",
        idx,
        {"period": 2, "length": 4, "permanent": 1},
        f"The agent made the same two {a.tool} calls in turn twice, each refused for its own "
        "reason both times.",
    )


def _tweaked_against_denial(tail: Sequence[_Indexed]) -> bool:
    """Whether the failed calls of ``tail`` are one tool's call with the same arguments but
    one number, another each time (a page size, a limit, a count raised: 50, 100, 250), and
    the error refuses the caller (``_DENIED``: a missing permission, scope or role, a 403).
    How many rows a call asks for has nothing to do with who may ask: the agent turns a knob
    the refusal never named, and each turn is refused alike. A refusal waited out, or a call
    sent elsewhere (another tool, another record named by a string), is not this; nor is an
    error about the call itself ("not found", "invalid"), which another number may fix (an
    id tried in turn, a size within a limit)."""
    if len({s.tool for _, s in tail}) != 1:
        return False
    error = tail[-1][1].observation
    if _DENIED.search(error) is None or _transient(error):
        return False
    flat: list[dict[str, Any]] = []
    for _, s in tail:
        try:
            parsed = json.loads(_arguments(s))
        except ValueError:
            return False
        leaves: dict[str, Any] = {}
        _leaves(parsed, "", leaves)
        flat.append(leaves)
    if any(f.keys() != flat[0].keys() for f in flat):
        return False
    changed = [p for p in flat[0] if len({repr(f[p]) for f in flat}) > 1]
    if len(changed) != 1:
        return False
    values = [f[changed[0]] for f in flat]
    if any(isinstance(v, bool) or not isinstance(v, int | float) for v in values):
        return False
    return len(set(values)) == len(values)


def _untried_routes(tail: Sequence[_Indexed], tools: Sequence[_Indexed]) -> bool:
    """Whether the failed calls of ``tail`` go through more than one tool and none of them
    is a call the agent had made before (among the kept ``tools``): blocked one way, it tries
    another, as an agent should, and has come back to no route yet. Such a run warns, and
    the semantic detector is not asked again at a lower bar to confirm it (see
    ``LoopTracker.observe``): alternatives alike in purpose embed alike, and tried once each
    they are a search, not a round. Going back to a route already tried (the carousel's next
    round), or one tool whose arguments are only respelled, is no such search."""
    if len({s.tool for _, s in tail}) < 2:
        return False
    first = tail[0][0]
    before = {s.action_key for i, s in tools if i < first}
    keys = [s.action_key for _, s in tail]
    return len(set(keys)) == len(keys) and not before.intersection(keys)


def _taken_up(response: Step, index: int, tail: Sequence[_Indexed]) -> bool:
    """Whether a call of ``tail`` after ``index`` uses a content word of ``response``'s
    input (in its tool's name or its arguments) that none of the calls before it used: the
    try follows what the agent was told ("Use bash.", "Put it under spouse documents."). A
    ping that asks for news, or a word about something else, changes no try, and tries
    that fail alike after it change nothing."""
    heard = _content_words(response.observation)
    used: set[str] = set()
    for i, call in tail:
        words = _content_words(f"{call.tool} {_arguments(call)}")
        if i > index and heard & (words - used):
            return True
        used |= words
    return False


# An error's count of what is still wrong ("4 issues remain", "3 errors left", "remaining: 2",
# "outstanding=5"): the number before a word or two and "remain"/"left"/"outstanding", or
# after such a word.
_FAILURE_LEFT_COUNT = re.compile(
    r"\b(\d{1,6})[ \t]+(?:[A-Za-z_-]+[ \t]+){0,2}?(?:remain\w*|left|outstanding|to go)\b"
    r"|\b(?:remaining|left|outstanding)\w*\W{0,3}(\d{1,6})\b",
    re.IGNORECASE,
)


def _failures_count_down(tail: Sequence[_Indexed]) -> bool:
    """Whether each failed call of ``tail`` says how much is still wrong
    (``_FAILURE_LEFT_COUNT``: "4 issues remain; first: ...") and that count falls call by
    call: each fix takes one more thing off the list, a validation converging, not one error
    answered whatever the call. A count that stands or climbs back is no such thing."""
    counts: list[int] = []
    for _, s in tail:
        text = s.observation
        lowered = text.lower()
        if "remain" not in lowered and "left" not in lowered and "outstanding" not in lowered:
            return False
        found = _FAILURE_LEFT_COUNT.search(text)
        if found is None:
            return False
        counts.append(int(found.group(1) or found.group(2)))
    return all(a > b for a, b in itertools.pairwise(counts))


def _one_failure(a: Step, b: Step) -> bool:
    """:func:`_same_error`, or, for two tools, the same once each error is read without its
    own call's tool name (an unknown tool's error names the name it was called by)."""
    if _same_error(a, b):
        return True
    if a.tool == b.tool:
        return False
    x = _error_words(a.observation_key.replace(str(a.tool).lower(), " "))
    y = _error_words(b.observation_key.replace(str(b.tool).lower(), " "))
    return bool(x and y) and len(x & y) >= _SAME_ERROR * len(x | y)


def _asked_anew(finding: LoopFinding, history: Sequence[_Indexed]) -> bool:
    """Whether a ``reworded_repeat`` finding's calls, a write made again in other words,
    were each made after the agent was told something new (:func:`_told`: "Mention both
    her names.", "Also ask them to recalculate."): it rewrites to what it was asked, and the
    answer is alike only because a write's acknowledgement is ("Draft saved.")."""
    if finding.detector != "reworded_repeat":
        return False
    calls = finding.evidence.steps
    told = [i for i, s in history if calls[0] < i < calls[-1] and s.kind == "llm" and _told(s)]
    return all(any(a < i < b for i in told) for a, b in itertools.pairwise(calls))


def _switched_when_told(finding: LoopFinding, history: Sequence[_Indexed]) -> bool:
    """Whether a value set back and forth (an ``alternation`` finding of
    :func:`_sets_back_and_forth`) was set after the agent was told something new between its
    first and last call ("Put it back on the other one after all."): a person asked for the
    switch, and the agent followed."""
    if finding.detector != "alternation" or "reverted" not in finding.evidence.details:
        return False
    calls = finding.evidence.steps
    return any(calls[0] < i < calls[2] and s.kind == "llm" and _told(s) for i, s in history)


def _follows_requests(steps: Sequence[int], history: Sequence[_Indexed]) -> bool:
    """Whether each call among ``steps`` after the first was made after the agent was told
    something new (:func:`_told`) and its arguments take up a word of what it was told that
    the call before it lacked ("move it to wholesale" / ``disposition: wholesale``): each
    write carries out another request."""
    kept = dict(history)
    calls = [i for i in steps if i in kept and kept[i].kind == "tool"]
    if len(calls) < 2:
        return False
    for a, b in itertools.pairwise(calls):
        words = _content_words(_args_text(kept[b].args))
        asked: set[str] = set()
        for i, s in history:
            if a < i < b and s.kind == "llm" and _told(s):
                asked |= _asked_for(s.observation)
        if not (words - _content_words(_args_text(kept[a].args))) & asked:
            return False
    return True


@functools.lru_cache(maxsize=16)
def _agreement_config(config: LoopConfig) -> LoopConfig:
    """``config`` with every semantic threshold capped at its
    ``semantic_agreement_threshold`` (the same settings when that caps none)."""
    agree = config.semantic_agreement_threshold
    return dataclasses.replace(
        config,
        semantic_threshold=min(config.semantic_threshold, agree),
        semantic_monologue_threshold=min(config.semantic_monologue_threshold, agree),
        semantic_announce_threshold=min(config.semantic_announce_threshold, agree),
        semantic_restated_threshold=min(config.semantic_restated_threshold, agree),
    )


class LoopTracker:
    """Per-session loop tracking: feed steps in, get escalation levels out.

    Keeps the last ``config.history`` steps, runs the enabled structural and semantic
    detectors after each observed step and applies :class:`EscalationPolicy`. Not thread-safe;
    one tracker per session, driven by the governor.

    Example::

        tracker = LoopTracker()
        result = tracker.observe(Step.tool_call("search", {"q": "x"}, observation="none"))
        if result.escalation_level == "act": ...
    """

    def __init__(self, config: LoopConfig | None = None) -> None:
        self.config = config or LoopConfig()
        self.structural = StructuralLoopDetector(self.config)
        self.semantic = SemanticLoopDetector(self.config)
        # The semantic detector at the agreement bar, made on first use (see _agreement).
        self._relaxed: SemanticLoopDetector | None = None
        self.policy = EscalationPolicy(
            self.config.confirm_within, by_agreement=self.config.confirm_by_agreement
        )
        self._history: deque[_Indexed] = deque(maxlen=self.config.history)
        # The tool steps and the non-empty responses among the kept steps, so each new step
        # looks only at the few entries its windows need instead of filtering the history.
        self._tools: deque[_Indexed] = deque(maxlen=self.config.history)
        self._responses: deque[_Indexed] = deque(maxlen=self.config.history)
        # The content words of the kept responses (_said_words), counted per word, and the
        # responses they came from, oldest first, to uncount as they leave the history.
        self._said: dict[str, int] = {}
        self._said_from: deque[tuple[int, frozenset[str]]] = deque()
        # What _same_result_fact found at the last tool step it ran at, for the response
        # after it (see _same_fact).
        self._result_fact: tuple[int, tuple[LoopFinding, ...]] = (-1, ())
        cfg = self.config
        self._tool_span = max(
            cfg.action_observation_repeats,
            cfg.action_error_repeats,
            cfg.alternation_steps,
            cfg.repeated_call_window,
            cfg.cycle_max_period * cfg.cycle_rounds,
            2 * (cfg.cycle_rounds + _POLLING_PATIENCE),
            cfg.reworded_repeats,
            2 * _RETURN_MAX_PERIOD,
        )
        self._count = 0
        self._epoch = 0  # counts resets: a SemanticJob made before one no longer applies
        self._findings = 0
        self._warnings = 0
        self._acts = 0

    def __repr__(self) -> str:
        return (
            f"LoopTracker(steps={self._count}, findings={self._findings}, "
            f"warnings={self._warnings}, acts={self._acts})"
        )

    @property
    def steps(self) -> tuple[Step, ...]:
        """The steps kept, oldest first."""
        return tuple(s for _, s in self._history)

    def semantic_partners(self, step: Step) -> list[Step]:
        """The earlier steps the semantic detector will compare ``step`` with when it is
        observed next (oldest first; none when it will not compare it).

        With their unit vectors, the embedder computes those similarities in its worker
        thread (``Step.with_embedding(..., similarities=...)``), so the event loop does not.
        """
        if not self.semantic.judges(step):
            return []
        partners: list[Step] = []
        for _, earlier in reversed(self._history):
            if earlier.kind == step.kind and _comparable(earlier):
                partners.append(earlier)
                if len(partners) == self.config.semantic_window - 1:
                    break
        partners.reverse()
        return partners

    def semantic_job(self, step: Step) -> SemanticJob | None:
        """The semantic detector's work on ``step``, to run in another thread before ``step``
        is observed (None when the detector would not compare it).

        ``observe(verdict.step, semantic=verdict)`` with what :meth:`SemanticJob.run`
        returns then finds what ``observe(step.with_embedding(...))`` would, without the
        semantic detector running on the caller's thread. Valid until the next ``observe``
        or ``reset``; a stale verdict is ignored (the detector then runs in ``observe``).
        """
        if not self.semantic.judges(step):
            return None  # the detector will not look at it
        partners = self.semantic_partners(step)
        previous = self._tools[-1][1] if self._tools else None
        return SemanticJob(
            step,
            tuple(partners),
            tuple(self._history),
            self._count,
            self._epoch,
            self.config,
            previous,
        )

    @staticmethod
    def _alias_volatile(step: Step, previous: Step) -> None:
        """Give ``step`` the action key of the call before it when it repeats that call with
        only per-call stamps changed (see :func:`_volatile_variant`) or only its lists
        reordered (see :func:`_reordered_variant`), so that the repeat detectors count it as
        the same call."""
        if (
            step.tool != previous.tool
            or step._own is not None
            or step.action_key == previous.action_key
            or not (_volatile_variant(previous, step) or _reordered_variant(previous, step))
        ):
            return
        own = step.action_key
        object.__setattr__(step, "_action", previous.action_key)
        object.__setattr__(step, "_own", own)

    @staticmethod
    def _alias_echo(step: Step, tools: deque[_Indexed]) -> None:
        """Give ``step`` the observation key of one of the last ``_ECHO_CALLS`` calls of its
        tool whose result says the same, word for word, but for per-call ids (a run id, a
        trace; see :func:`_same_but_ids`): a sub-agent that answers the same with a new run
        id, a lookup served again with a new trace, brought nothing new back."""
        text = step.observation
        near = 8 + len(text) // 16  # ids respelled change a result's length by a few characters
        for _, earlier in itertools.islice(reversed(tools), _ECHO_CALLS):
            if (
                earlier.tool != step.tool
                or earlier.error != step.error
                or abs(len(earlier.observation) - len(text)) > near
                or earlier.observation == text
            ):
                continue  # (most calls: the keys are left to be worked out when needed)
            seen, key = earlier.observation_key, step.observation_key
            if seen != key and (
                _same_but_ids(seen, key)
                or _stamp_moved(seen, key)
                or _same_but_redrawn(earlier.observation, text, seen, key)
            ):
                object.__setattr__(step, "_observation", seen)
                return

    def _agreement(
        self, step: Step, index: int, findings: Sequence[LoopFinding], oldest: int
    ) -> list[LoopFinding]:
        """What the other kind of detector finds on this step at a lower bar, when only one
        kind found something: each is evidence the other lacked, so one notch less of it
        confirms. Only the semantic detector found the last calls alike: an exact repeat one
        call short of ``action_observation``'s count (see
        :meth:`StructuralLoopDetector.agreeing_repeat`), or the last calls brought back
        nothing new (:func:`_told_nothing_new`). Only structural detectors found
        something: the semantic detector with every threshold capped at
        ``semantic_agreement_threshold``."""
        semantic = sum(f.detector.startswith("semantic") for f in findings)
        if semantic == len(findings):
            tools = self._tools
            if step.kind != "tool":
                return []
            if len(tools) > 1 and tools[-2][1].action_key == step.action_key:
                tail = _last(tools, self.config.action_observation_repeats, oldest)
                repeat = self.structural.agreeing_repeat(tail, self._history)
                if repeat:
                    return repeat
            return _told_nothing_new(tools, self._history, oldest)
        if semantic or step.embedding is None:
            return []
        cfg = _agreement_config(self.config)
        last = self.semantic.last_window.get(
            "semantic_responses" if step.kind == "llm" else "semantic_tool_calls"
        )
        if last is not None and last[0] == index:
            # The detector compared this very window: if its similarity passed, what stopped
            # it (something new seen) stops a lower bar too; below the lowest bar, nothing.
            floor = cfg.semantic_threshold
            if step.kind == "llm":
                floor = min(
                    floor,
                    cfg.semantic_monologue_threshold,
                    cfg.semantic_announce_threshold,
                    cfg.semantic_restated_threshold,
                )
            if last[2] or last[1] < floor:
                return []
        relaxed = self._relaxed
        if relaxed is None:
            relaxed = self._relaxed = SemanticLoopDetector(cfg)
            # It compares the very windows the detector just compared: their similarities
            # are kept by step identity, so the two share them (same values either way).
            relaxed._known = self.semantic._known
        return relaxed.check(self._history)

    def _redone(self, findings: list[LoopFinding]) -> list[LoopFinding]:
        """``findings`` with a ``cycle`` finding marked ``redone`` when among the calls that
        went round is one that changes something -- its name does not say it reads state
        (:func:`_reads_state`), and it is no wait -- made twice with the very same arguments
        (and, as every call of a cycle, the same result): the agent undid and redid its own
        change (a fix and its revert, a hand-off bounced back to the same team) and is back
        where it was. Reading the same two things in turn is not such a redo; nor is a write
        with other arguments, whatever its receipt says."""
        for k, found in enumerate(findings):
            if found.detector != "cycle" or "said_again" in found.evidence.details:
                continue
            steps = set(found.evidence.steps)
            calls = [s for i, s in reversed(self._tools) if i in steps]
            keys = [s.action_key for s in calls]
            for call in calls:
                if keys.count(call.action_key) > 1 and not _reads_state(call) and not _waits(call):
                    evidence = dataclasses.replace(
                        found.evidence, details={**found.evidence.details, "redone": str(call.tool)}
                    )
                    marked = dataclasses.replace(
                        found,
                        evidence=evidence,
                        reason=f"{found.reason} It redid {call.tool} with the same arguments.",
                    )
                    return [*findings[:k], marked, *findings[k + 1 :]]
        return findings

    def _narrated(self, findings: list[LoopFinding]) -> list[LoopFinding]:
        """``findings`` with a ``cycle`` finding marked ``narrated`` when each call of its last
        round came right after a response word for word the one that came right before the
        same call the round before ("Checking the order's current rate." / "Checking the
        latest residual." / "Checking the order's current rate." / ...), and nothing was said
        to the agent with it: the agent's narration goes round with its calls. The same calls
        with the same results are one kind of evidence, the agent saying the very same thing
        at the same point of the round another (see :class:`EscalationPolicy`). An agent on
        to the next record reads other things, and makes no cycle; one that says what each
        round found says something new."""
        for k, found in enumerate(findings):
            details = found.evidence.details
            if found.detector != "cycle" or "said_again" in details or "redone" in details:
                continue
            period = details.get("period")
            calls = found.evidence.steps
            if not isinstance(period, int) or period < 2 or len(calls) < 2 * period:
                continue
            said = {i: s for i, s in self._responses if i >= calls[0] - 1}
            same = True
            for now, before in zip(calls[-period:], calls[-2 * period : -period], strict=True):
                this, that = said.get(now - 1), said.get(before - 1)
                if (
                    this is None
                    or that is None
                    or not _has_text(this.text)
                    or _has_text(this.observation)
                    or this.action_key != that.action_key
                ):
                    same = False
                    break
            if same:
                evidence = dataclasses.replace(found.evidence, details={**details, "narrated": 1})
                marked = dataclasses.replace(
                    found,
                    evidence=evidence,
                    reason=f"{found.reason} It said the same words before each call each round.",
                )
                return [*findings[:k], marked, *findings[k + 1 :]]
        return findings

    def _said_again(self, findings: list[LoopFinding]) -> list[LoopFinding]:
        """``findings`` with a ``cycle`` finding (or an ``action_error`` one whose calls lie
        apart) marked ``said_again`` when, between the calls that went round, the agent said
        it goes again ("Trying robot-service-agent again.",
        "Checking again.", "one more check."): its own words and the repeated calls and
        results are two kinds of evidence, and confirm each other (see
        :class:`EscalationPolicy`). Polling is not a cycle (``cycle`` skips waits)."""
        for k, found in enumerate(findings):
            if found.detector != "cycle" and "apart" not in found.evidence.details:
                continue
            first, last = found.evidence.steps[0], found.evidence.steps[-1]
            for i, said in reversed(self._responses):
                if i <= first:
                    break
                if i < last and _RETRY.search(said.text.lower()) is not None:
                    evidence = dataclasses.replace(
                        found.evidence, details={**found.evidence.details, "said_again": i}
                    )
                    marked = dataclasses.replace(
                        found,
                        evidence=evidence,
                        reason=f"{found.reason} In between it said it was going again.",
                    )
                    return [*findings[:k], marked, *findings[k + 1 :]]
        return findings

    def observe(self, step: Step, *, semantic: SemanticVerdict | None = None) -> LoopResult:
        """Record ``step`` and report whether the session now loops.

        Args:
            step: The finished call; attach its embedding first (``step.with_embedding``) for
                the semantic detector to see it.
            semantic: The semantic detector's verdict on this very step, worked out ahead
                (see :meth:`semantic_job`); used only if it is for this step at this
                position, else the detector runs here.

        Returns:
            The escalation level and the findings at this step.
        """
        index = self._count
        self._count += 1
        entry = (index, step)
        history = self._history
        history.append(entry)
        cfg = self.config
        oldest = index + 1 - cfg.history  # steps before this one have left the history
        fresh = (
            semantic is not None
            and semantic.step is step
            and semantic.index == index
            and semantic.epoch == self._epoch
        )
        if step.input_embedding is not None and step.kind == "llm" and not fresh:
            # (A fresh verdict's step was judged so in the worker thread, on these steps.)
            _judge_input(step, history, cfg.input_restatement_threshold)
        if step.kind == "tool":
            views = self._tools
            if views:
                # (The result first: a repeat is known by its result as well as its call.)
                self._alias_echo(step, views)
                self._alias_volatile(step, views[-1][1])
            views.append(entry)
            tail = _last(views, self._tool_span, oldest)
            # A tool step needs no more, unless it repeats the call before it (regenerate reads
            # what the agent said between the calls).
            said: list[_Indexed] | tuple[()] = ()
            span: Sequence[_Indexed] = (entry,)
            if len(tail) > 1 and tail[-2][1].action_key == step.action_key:
                said = _last(self._responses, _REGENERATE_CALLS, oldest)
                # The steps since the first of the last few calls, for action_observation
                # (what the agent said between them).
                first = tail[-min(len(tail), cfg.action_observation_repeats)][0]
                span = _last(history, index - first + 1, oldest)
            findings = self.structural._check(span, tail, said, history)
            if findings:
                findings = [f for f in findings if not _switched_when_told(f, history)]
            if findings and not _reads_state(step):
                findings = [f for f in findings if not _asked_anew(f, history)]
            if not findings and "cycle" in cfg.enabled:
                findings = (
                    _nothing_new(tail, views, history, oldest)
                    or _reread(tail, history, oldest)
                    or _overlap(tail, oldest)
                    or _rewrites(tail, oldest)
                )
            if not findings and "action_observation" in cfg.enabled:
                recent = _last(history, _RECHECK_SPAN, oldest)
                findings = self.structural._checks_again(recent) or _rechecks_said(recent)
            if not findings and "alternation" in cfg.enabled:
                findings = self.structural._minted_alternation(tail) or _refused_both_ways(tail)
            if not findings and "flip_flop" in cfg.enabled:
                findings = _made_again(tail, history) or _check_back_after_refix(tail, history)
            if not findings and "cycle" in cfg.enabled and step.kind == "tool":
                findings = _rewrite_after_readback(tail, history)
            if not findings and "reworded_repeat" in cfg.enabled and step.error:
                findings = _same_failure(tail, history, oldest)
            if (
                not findings
                and "action_error" in cfg.enabled
                and len(tail) > 1
                and tail[-2][1].action_key == step.action_key
            ):
                findings = _handed_back_again(tail)
            if not findings and "reworded_repeat" in cfg.enabled and self._fact_run(index):
                findings = self.structural._same_result_fact(
                    _last(history, _SAME_FACT_SPAN, oldest)
                )
                self._result_fact = (index, tuple(findings))
        else:
            views = self._responses
            if _has_text(step.text):
                self._count_said(step, index, oldest)
                if views and views[-1][0] < index - 1:
                    self._only_rereads(step, views[-1][0], oldest)
                views.append(entry)
            tail = _last(views, cfg.alternation_steps, oldest)
            # The calls before this response, for regenerate, only right after a tool call.
            calls: list[_Indexed] | tuple[()] = ()
            tools = self._tools
            # (Or after a call that redoes the one before last: a value set back and forth.)
            if (
                len(tools) > 1
                and tools[-1][0] == index - 1
                and (
                    tools[-1][1].action_key == tools[-2][1].action_key
                    or (len(tools) > 2 and tools[-1][1].action_key == tools[-3][1].action_key)
                )
            ):
                calls = _last(tools, _REGENERATE_CALLS, oldest)
            findings = self.structural._check(
                _last(history, cfg.monologue_repeats), calls, tail, history
            )
            if findings and calls:
                findings = [f for f in findings if not _switched_when_told(f, history)]
            if "?" in step.text and "idle_talk" in cfg.enabled:
                # Also beside a finding that waits for a confirmation (the same question
                # word for word is a monologue too): a question asked again after it was
                # answered confirms itself.
                acted = [
                    i
                    for i, s in _last(self._tools, _REASK_SPAN, oldest)
                    if not s.error and not _reads_state(s) and is_acknowledgement(s.observation)
                ]
                findings = findings + self.structural._reasks(
                    _last(views, _REASK_SPAN, oldest), acted
                )
            if (
                not findings
                and "reworded_repeat" in cfg.enabled
                and tools
                and tools[-1][0] == index - 1
                and _has_text(step.text)
            ):
                findings = self._same_fact(index, oldest)
            if not findings and "idle_talk" in cfg.enabled and _names_a_plan(step.text.lower()):
                findings = self.structural._deferred_plan(
                    _last(history, _DEFERRED_SPAN, oldest), _last(views, _DEFERRED_LOOK, oldest)
                )
            if (
                not findings
                and "idle_talk" in cfg.enabled
                and tools
                and tools[-1][0] == index - 1
                and _is_plan(step.text)
            ):
                findings = _replans_over_reread(
                    _last(history, _DEFERRED_SPAN, oldest), _last(views, _IDLE_RESPONSES, oldest)
                )
            if (
                not findings
                and "cycle" in cfg.enabled
                and tools
                and _RECHECK.search(step.text.lower()) is not None
            ):
                findings = self._announced_rereads(index, oldest)
        if fresh:
            assert semantic is not None
            findings += semantic.findings
        elif step.embedding is not None and cfg.semantic_enabled:
            findings += self.semantic.check(history)
        if findings and step.kind == "tool" and not _reads_state(step):
            # Alike writes, each carrying out what the agent was just told: no loop (nor a
            # return to an earlier state: "logged" after each entry a person dictates).
            findings = [
                f
                for f in findings
                if f.detector not in ("semantic_tool_calls", "cycle")
                or not _follows_requests(f.evidence.steps, history)
            ]
        if (
            findings
            and cfg.confirm_by_agreement
            and not self.policy.pending(index)
            and not all("untried" in f.evidence.details for f in findings)
        ):
            findings += self._agreement(step, index, findings, oldest)
            if step.kind == "tool" and not any(f.detector.startswith("semantic") for f in findings):
                findings = self._narrated(self._redone(self._said_again(findings)))
        if (
            not findings
            and step.kind == "llm"
            and self.policy.pending(index)
            and _RETRY.search(step.text.lower()) is not None
        ):
            findings = self._goes_again(step, index)
        if not findings and step.kind == "llm" and self.policy.pending(index):
            findings = self._keeps_handing(step, index) or self._cycle_held_over(step, index)
        if step._known:
            # Used once, by the check above; kept, each step would hold its partners, and they
            # theirs: the whole history alive for as long as the session.
            object.__setattr__(step, "_known", ())
        self._findings += len(findings)
        result = self.policy.decide(index, findings)
        if result.escalation_level == "warn":
            self._warnings += 1
        elif result.escalation_level == "act":
            self._acts += 1
        return result

    def _announced_rereads(self, index: int, oldest: int) -> list[LoopFinding]:
        """The last ``_ANNOUNCED_AGAIN`` or more responses in a row each say the agent goes
        again or checks once more ("I'll pull up payout PO-9913204 again.", "Let me fetch
        the record again.", "Checking it one more time.", "I want to double-check where
        GS-521 stands."; ``_RECHECK``), none told anything new and none saying it waits, and
        the calls since the first of them are one call made at least twice, with one result
        each time (per-call ids aside), no wait among them and nothing read that moves by
        itself: the agent re-reads one record in new words and gets the same answer. Its
        words and the repeated call and result are two kinds of evidence (``said_again``),
        as in :meth:`_said_again`. A poll whose status moves answers otherwise; reads of
        several records are several calls; a person's new words end the run."""
        run: list[int] = []
        for i, said in reversed(self._responses):
            if i < oldest or len(run) == _ANNOUNCED_LOOK:
                break
            if _RECHECK.search(said.text.lower()) is None or _told(said) or _paces(said):
                break
            run.append(i)
        if len(run) < _ANNOUNCED_AGAIN:
            return []
        made: list[_Indexed] = []
        for entry in reversed(self._tools):
            if entry[0] <= run[-1]:
                break
            made.append(entry)
        if len(made) < 2:
            return []
        last = made[0][1]
        key, seen = last.action_key, last.observation_key
        if any(
            s.action_key != key or s.observation_key != seen or s.error or _waits(s)
            for _, s in made
        ):
            return []
        if _polls_something_that_moves(last, self._history):
            return []
        calls = len(made)
        idx = tuple(sorted((*run, *(i for i, _ in made))))
        return _found(
            "cycle",
            idx,
            {"calls": calls, "reread": 1, "said_again": index},
            f"The agent said {len(run)} times in a row that it would go again, and made the "
            f"tool call {last.tool} {calls} times with the same result in between.",
        )

    def _goes_again(self, step: Step, index: int) -> list[LoopFinding]:
        """A response right after a step warned of as a repeat (``_GOES_AGAIN``: calls
        that go round, fail alike, answer alike or embed alike; talk that says again what
        was said) that says it goes again ("Once more.", "Retrying."), told nothing new:
        the agent's own words take the warned repeat up once more (see
        :meth:`_said_again`), and confirm it."""
        found = self.policy.warned(index - 1)
        if found is None or _told(step):
            return []
        if found.detector not in _GOES_AGAIN or "handed_back" in found.evidence.details:
            return []  # (a hand-off handed back: _keeps_handing reads where the agent sends it)
        if found.detector == "action_error" and _backs_off(step, found, self._history):
            return []
        if _MOVED.search(step.text.lower()) is not None and self._results_moved(found):
            return []  # it says the thing moved on, and its results did: a poll's news
        idx = (*found.evidence.steps, index)
        return _found(
            found.detector,
            idx,
            {**found.evidence.details, "said_again": index},
            f"{found.reason} The agent then said it goes again.",
        )

    def _results_moved(self, found: LoopFinding) -> bool:
        """Whether the successful calls of ``found``'s steps are one call whose results
        (observation keys) are not all one: what it asks about changed between them."""
        steps = set(found.evidence.steps)
        calls = [s for i, s in self._history if i in steps and s.kind == "tool" and not s.error]
        return (
            len(calls) >= 2
            and _same(s.action_key for s in calls)
            and not _same(s.observation_key for s in calls)
        )

    def _cycle_held_over(self, step: Step, index: int) -> list[LoopFinding]:
        """A response right after a warned ``cycle`` of four or more calls (the same calls
        going round, the very same calls each answered as before), told nothing new, that names a record the
        calls read (an argument's value with a digit in it) and passes on nothing their
        results said that their arguments did not: the agent has read the same records round
        and round and says it goes on with them ("Comparing the two records for X, field by field."),
        having taken nothing from the rounds. A response that reports a value read (a
        grade, a date, a status) answers from them; one naming another record moves on."""
        found = self.policy.warned(index - 1)
        if found is None or found.detector != "cycle" or _told(step):
            return []
        steps = set(found.evidence.steps)
        calls = [s for i, s in self._history if i in steps and s.kind == "tool"]
        if len(calls) < 4 or any(s.error for s in calls):
            return []
        answers: dict[str, set[str]] = {}
        for s in calls:
            answers.setdefault(s.action_key, set()).add(s.observation_key)
        if 2 * len(answers) > len(calls) or any(len(seen) > 1 for seen in answers.values()):
            return []  # calls on other records each round, or an answer that moved
        lowered = step.text.lower()
        if _CYCLE_SAID_UNMOVED.search(lowered) is not None and "?" not in lowered:
            # (Or says itself that what the rounds read has not moved, and goes on.)
            return _found(
                "cycle",
                (*found.evidence.steps, index),
                {**found.evidence.details, "held_over": index},
                f"{found.reason} The agent then said nothing had moved, and went on.",
            )
        flat = _NON_ALNUM.sub("", lowered)
        if not any(
            v in flat
            for s in calls
            for v in s.entity_values.values()
            if v and len(v) >= 4 and v[0] not in (_NAME, _TEXT) and any(c.isdigit() for c in v)
        ):
            return []
        given = set().union(*(_tokens(_arguments(s)) for s in calls))
        read = set().union(*(s._result_view()[0] for s in calls))
        if (_tokens(step.text) & read) - given:
            return []
        return _found(
            "cycle",
            (*found.evidence.steps, index),
            {**found.evidence.details, "held_over": index},
            f"{found.reason} The agent then named the same records again and said nothing "
            "their results told it.",
        )

    def _keeps_handing(self, step: Step, index: int) -> list[LoopFinding]:
        """A response right after a hand-off handed back twice unchanged (see
        :func:`_handed_back_again`), told nothing new, that says it keeps the work where it
        was handed back from or sends it again (``_KEEPS``: "I'll keep it with qa_agent
        rather than planning_agent.") and names an argument of the refused call (the peer,
        the task): the agent takes the refused hand-off up once more, and confirms the
        warning. Sending it elsewhere ("... to planning_agent instead", "rather than
        qa_agent") is acting on the refusal."""
        found = self.policy.warned(index - 1)
        if found is None or "handed_back" not in found.evidence.details or _told(step):
            return []
        lowered = step.text.lower()
        if _KEEPS.search(lowered) is None or _ELSEWHERE.search(lowered) is not None:
            return []
        call = self._tools[-1][1]
        if not isinstance(call.args, dict):
            return []
        named = [
            v.lower() for v in call.args.values() if isinstance(v, str) and v.lower() in lowered
        ]
        if not named or any(
            f"rather than {v}" in lowered or f"instead of {v}" in lowered for v in named
        ):
            return []
        return _found(
            found.detector,
            (*found.evidence.steps, index),
            {**found.evidence.details, "said_again": index},
            f"{found.reason} The agent then said it keeps it there.",
        )

    def _only_rereads(self, step: Step, since: int, oldest: int) -> None:
        """Mark response ``step`` when the steps after response ``since`` are only tool calls
        each made before, among the kept calls, with the same result: a re-read that brought
        the agent nothing new."""
        calls = []
        for i, s in reversed(self._history):
            if i <= since:
                break
            if s is step:
                continue
            if s.kind != "tool" or s.error:
                return
            calls.append(s)
        for call in calls:
            if not any(
                oldest <= i <= since
                and e.action_key == call.action_key
                and e.observation_key == call.observation_key
                for i, e in self._tools
            ):
                return
        object.__setattr__(step, "_rereads", True)

    def _fact_run(self, index: int) -> bool:
        """Whether the last ``_SAME_RESULT_RUN`` calls, up to step ``index``, could be a run
        for ``_same_result_fact``: close together, none failed, waited or long (a cheap test
        before the facts of their results are read)."""
        tools = self._tools
        if len(tools) < _SAME_RESULT_RUN or tools[-1][0] != index:
            return False
        if tools[-_SAME_RESULT_RUN][0] <= index - _SAME_FACT_SPAN:
            return False
        return not any(
            s.error or len(s.observation) > _SAME_RESULT_CHARS or _waits(s)
            for _, s in _last(tools, _SAME_RESULT_RUN)
        )

    def _same_fact(self, index: int, oldest: int) -> list[LoopFinding]:
        """``reworded_repeat``'s "one fact found again" at the response ``index``, right
        after a call: restated by the responses to calls in a row (``_same_fact``), or
        returned by calls in a row and said again now (``_restates_result``)."""
        tools = self._tools
        span = _last(self._history, _SAME_FACT_SPAN, oldest)
        out: list[LoopFinding] = []
        n = _SAME_FACT_RUN
        if len(tools) >= n and tools[-n][0] == index + 1 - 2 * n:
            out = self.structural._same_fact(span)
        if not out and self._fact_run(index - 1):
            at, found = self._result_fact
            out = self.structural._restates_result(span, found if at == index - 1 else None)
        return out

    def _count_said(self, step: Step, index: int, oldest: int) -> None:
        """Judge what a response said new (:func:`_judge_said`) against the kept responses
        before it, then count its words in."""
        said, since = self._said, self._said_from
        while since and since[0][0] < oldest:
            for word in since.popleft()[1]:
                left = said[word] - 1
                if left:
                    said[word] = left
                else:
                    del said[word]
        _judge_said(step, said)
        words = _said_words(step)
        if words:
            since.append((index, words))
            for word in words:
                said[word] = said.get(word, 0) + 1

    def reset(self) -> None:
        """Forget the history and any pending warning (after the agent was restarted)."""
        self._epoch += 1
        self._history.clear()
        self._tools.clear()
        self._responses.clear()
        self._said.clear()
        self._said_from.clear()
        self._result_fact = (-1, ())
        self.policy.reset()

    def statistics(self) -> dict[str, int]:
        """Counts: steps observed, findings, warnings and acts."""
        return {
            "steps": self._count,
            "findings": self._findings,
            "warnings": self._warnings,
            "acts": self._acts,
        }
