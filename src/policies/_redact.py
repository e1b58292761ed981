"""Credentials out of everything the product writes: one redactor for every output.

The audit log, the run's JSON-lines events, the structured log, the TUI, approval questions,
provider error messages and policy-file errors all pass what they show through :func:`redact`
(structured values) or :func:`redact_text` (one string). It is the only place that says what a
credential looks like, so no output can be weaker than another.

What is replaced by ``"[redacted]"``:

- the value under a key that names a credential (``api_key``, ``OPENAI_API_KEY``,
  ``Authorization``, ``x-api-key``, ``db_password``, ``github_token``, ``client_secret``,
  ``aws_secret_access_key``, ``cookie``, ..., and the same in camelCase: ``accessToken``,
  ``clientSecret``); counts such as ``max_tokens`` are not credentials;
- inside text: provider keys (``sk-...``, ``sk-ant-...``), bearer and basic credentials
  (``Authorization: Basic ...``, ``Bearer ...``), AWS access key ids (``AKIA...``), GitHub,
  Slack and Google API tokens, JWTs, PEM private keys, the password of a URL
  (``https://user:[redacted]@host``), and ``name=value`` / ``"name": "value"`` pairs whose name
  is a credential (a URL query's ``?api_key=...``, a header line, a JSON body quoted in text),
  and a URL query's ``?key=``, ``&sig=``, ``&signature=`` and ``&auth=``.

Redaction runs where a record is written, never per streamed chunk: a streamed answer is not
scanned for logging. It is pure and cheap: a string with none of the few markers every pattern
needs (checked in C by one regex search) costs one search.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["REDACTED", "is_secret_key", "redact", "redact_text"]

REDACTED = "[redacted]"

# A key names a credential when, lower-cased with "-" as "_", it is or ends in one of these
# words ("openai_api_key", "db_password", "x_api_key"). "tokens" (a count) does not end in
# "token", so max_tokens and input_tokens stay.
_SECRET_KEY = re.compile(
    r"(?:^|_)(?:api_?key|apikey|authorization|auth|password|passwd|pwd|passphrase|secret|"
    r"secret_?key|access_?key|private_?key|token|bearer|cookie|set_cookie|credentials?|"
    r"signature|sig)$"
)

# Where a camelCase key's words meet ("access|Token", "XApi|Key", "X|Api"): made "_" before
# the key is matched.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

# Names that, followed by "=" or ":" in free text, introduce a credential ("OPENAI_API_KEY=",
# "?api_key=", '"password": '). Not followed by a letter or digit, so "max_tokens=" or
# "tokens:" are not matched.
_NAME = (
    r"(?:api[_\-]?key|apikey|password|passwd|pwd|secret|access[_\-]?key|private[_\-]?key|"
    r"token|credentials?)(?![A-Za-z0-9])"
)

# Each pattern with the lower-case markers it cannot match without, and whether it is matched
# against the lower-cased text (case does not matter to it): a string is searched only by the
# patterns whose marker it holds (a substring test, in C), and almost every string the product
# writes holds none. A case-folded pattern is compiled without re.IGNORECASE and run on the
# lower-cased copy, whose spans are then cut out of the original: an IGNORECASE search of the
# name=value pattern costs about nine times as much.
_PATTERNS: tuple[tuple[tuple[str, ...], bool, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (markers, folded, re.compile(pattern), re.compile(pattern, re.IGNORECASE))
    for markers, folded, pattern in (
        # PEM private keys, whole.
        (
            ("private key",),
            False,
            r"-----BEGIN[A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z ]*PRIVATE KEY-----|\Z)",
        ),
        # Authorization headers: the scheme and the credential after it.
        (
            ("authorization",),
            True,
            r"(?P<keep>\bauthorization[\"']?\s*[:=]\s*[\"']?)"
            r"(?:(?:bearer|basic|digest|token|apikey)\s+)?(?![\[\s])[^\s\"',;}]+",
        ),
        # A bearer credential anywhere (a basic one only after "Authorization").
        (("bearer",), True, r"\bbearer\s+(?!\[)[a-z0-9._~+/=\-]{8,}"),
        # name=value and "name": "value" pairs.
        (
            ("key", "pass", "pwd", "secret", "token", "credential"),
            True,
            r"(?P<keep>" + _NAME + r"[\"']?\s*[:=]\s*[\"']?)(?![\[\"'\s])[^\s\"'&,;}<>]+",
        ),
        # A URL query's key or signature under a name the pair above does not know (Google's
        # "?key=...", a signed URL's "&sig=..."): only after "?", "&" or ";", so prose's
        # "key=" is left alone.
        (
            ("key=", "sig=", "signature=", "auth="),
            True,
            r"(?P<keep>[?&;](?:key|sig|signature|auth)=)(?![\[\s])[^\s\"'&#;,<>]+",
        ),
        # A URL's user:password@.
        (
            ("://",),
            False,
            r"(?P<keep>\b[A-Za-z][A-Za-z0-9+.\-]*://[^\s/:@\"']*:)(?!\[)[^\s/@\"']+(?=@)",
        ),
        # Provider and platform keys by their shape.
        (("sk-",), False, r"\bsk-(?:ant-)?[A-Za-z0-9_\-]{8,}"),
        (("akia", "asia", "abia", "acca"), False, r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b"),
        (("gh",), False, r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})"),
        (("xox",), False, r"\bxox[abposr]-[A-Za-z0-9\-]{8,}"),
        (("aiza",), False, r"\bAIza[0-9A-Za-z_\-]{30,}"),
        (("eyj",), False, r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*"),
    )
)


# Any marker at all: one search (in C) of the lower-cased text rules out almost every string.
_ANY_MARKER = re.compile("|".join(re.escape(m) for ms, *_ in _PATTERNS for m in ms))


def _replace(match: re.Match[str]) -> str:
    kept = match.group("keep") if "keep" in match.re.groupindex else None
    return f"{kept}{REDACTED}" if kept else REDACTED


def _cut(text: str, matches: list[re.Match[str]]) -> str:
    """``text`` with the spans of ``matches`` (found in its lower-cased copy, of the same
    length) replaced as :func:`_replace` would."""
    out: list[str] = []
    pos = 0
    for match in matches:
        start, end = match.span()
        kept = match.end("keep") if "keep" in match.re.groupindex else -1
        out.append(text[pos : kept if kept > start else start])
        out.append(REDACTED)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def redact_text(text: str) -> str:
    """``text`` with every credential in it replaced by ``"[redacted]"`` (see the module)."""
    low = text.lower()
    if _ANY_MARKER.search(low) is None:
        return text
    for markers, folded, pattern, ignoring_case in _PATTERNS:
        if not any(marker in low for marker in markers):
            continue
        if folded and len(low) == len(text):
            matches = list(pattern.finditer(low))
            if not matches:
                continue
            text = _cut(text, matches)
        else:
            # Case-sensitive, or a text whose lower-cased copy has other offsets (a few
            # non-ASCII letters lower to two characters): matched on the text itself.
            changed = (ignoring_case if folded else pattern).sub(_replace, text)
            if changed == text:
                continue
            text = changed
        low = text.lower()
    return text


@functools.lru_cache(maxsize=4096)
def is_secret_key(key: str) -> bool:
    """Whether a mapping key (a header, a field, a variable) names a credential.

    Cached: the keys met are few (the fields of records and events) and met again and again.
    """
    snake = _CAMEL.sub("_", key)  # "accessToken" names a credential as "access_token" does
    return _SECRET_KEY.search(snake.lower().replace("-", "_")) is not None


def redact(value: Any) -> Any:
    """A JSON-ready copy of ``value`` with credentials replaced by ``"[redacted]"``.

    Mappings keep their keys (as strings); the value under a key naming a credential is
    redacted whole, and strings are passed through :func:`redact_text`. Tuples and sets become
    lists; non-finite floats and other objects become their ``str()``, redacted.
    """
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = str(key)
            out[redact_text(name)] = REDACTED if is_secret_key(name) else redact(item)
        return out
    if isinstance(value, list | tuple | set | frozenset):
        return [redact(item) for item in value]
    return redact_text(str(value))
