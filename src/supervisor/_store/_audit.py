"""The hash-chained audit log, shared by every store.

Each record carries ``prev``, the hash of the record before it (64 zeros for the first), and
``hash``, the sha256 of the canonical JSON of its own fields (``seq``, ``time``, ``event``,
``session``, ``agent``, ``data``, ``prev``; sorted keys, no spaces, UTF-8). Editing a record changes
its hash; deleting one breaks the link of the next; truncating the tail is caught by the separately
stored head (last sequence number and hash). :func:`verify_chain` says where the chain breaks.

Records never hold secrets: :func:`make_record` passes ``data`` through :func:`policies.redact`, the
one redactor every output of the product uses (keys naming credentials, and keys, tokens, URL
passwords and ``name=value`` credentials inside text, become ``"[redacted]"``).
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from policies import REDACTED, redact

from ._base import AuditRecord, AuditVerification

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "GENESIS",
    "REDACTED",
    "make_record",
    "record_hash",
    "redact",
    "verify_chain",
    "verify_with_stored_head",
]

GENESIS = "0" * 64


def _canonical(
    seq: int, time: float, event: str, session: str, agent: str, data: Any, prev: str
) -> bytes:
    body = {
        "seq": seq,
        "time": time,
        "event": event,
        "session": session,
        "agent": agent,
        "data": data,
        "prev": prev,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def record_hash(
    seq: int, time: float, event: str, session: str, agent: str, data: Any, prev: str
) -> str:
    """The sha256 (hex) of a record's canonical JSON."""
    return hashlib.sha256(_canonical(seq, time, event, session, agent, data, prev)).hexdigest()


def make_record(
    seq: int,
    time: float,
    event: str,
    session: str,
    agent: str,
    data: Mapping[str, Any],
    prev: str,
) -> AuditRecord:
    """Build a record (``data`` redacted) chained to ``prev``."""
    clean = redact(data)
    digest = record_hash(seq, time, event, session, agent, clean, prev)
    return AuditRecord(seq, time, event, session, agent, clean, prev, digest)


def verify_chain(
    records: Iterable[AuditRecord], *, head: tuple[int, str] | None = None
) -> AuditVerification:
    """Check that ``records`` (in order) form an intact chain ending at ``head``.

    Args:
        records: The stored records, oldest first, starting at sequence 1.
        head: The stored ``(seq, hash)`` of the last record, if the store keeps one.
    """
    prev = GENESIS
    expected = 1
    count = 0
    for record in records:
        count += 1
        if record.seq != expected:
            return AuditVerification(
                False,
                count,
                expected,
                f"Audit record {expected} is missing (the next one found is {record.seq}).",
            )
        if record.prev != prev:
            return AuditVerification(
                False,
                count,
                record.seq,
                f"Audit record {record.seq} does not link to the record before it; "
                "a record was deleted or edited.",
            )
        digest = record_hash(
            record.seq,
            record.time,
            record.event,
            record.session,
            record.agent,
            record.data,
            record.prev,
        )
        if digest != record.hash:
            return AuditVerification(
                False,
                count,
                record.seq,
                f"Audit record {record.seq} was edited: its content no longer matches its hash.",
            )
        prev = record.hash
        expected += 1
    if head is not None:
        head_seq, head_hash = head
        if head_seq != expected - 1 or (head_seq > 0 and head_hash != prev):
            return AuditVerification(
                False,
                count,
                expected,
                f"The audit log ends at record {expected - 1} but its head says {head_seq}; "
                "records were deleted from the end.",
            )
    return AuditVerification(True, count)


def verify_with_stored_head(
    records: Iterable[AuditRecord], head_text: str | None, where: str
) -> AuditVerification:
    """:func:`verify_chain` against a head stored as text (``"SEQ HASH"``; None when the store
    has none). A head that cannot be read (edited or damaged) is a broken chain: whether
    records were deleted from the end cannot be told. ``where`` names it for the reason
    (``"the meta row 'audit_head'"``, ``"the key 'p:audit:head'"``)."""
    head = (0, GENESIS)
    if head_text is not None:
        seq_text, _, digest = head_text.partition(" ")
        if not seq_text.isdigit() or not digest:
            return AuditVerification(
                False,
                0,
                None,
                f"The audit log's head ({where}) cannot be read ({head_text[:80]!r}): it was "
                "edited or damaged, so whether records were deleted from the end cannot be "
                "told.",
            )
        head = (int(seq_text), digest)
    return verify_chain(records, head=head)
