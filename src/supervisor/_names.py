"""Characters that do not look like what they are: refused in names, escaped on screen.

A zero-width space makes ``wor\u200bker`` look like ``worker``; a right-to-left override
reorders the text after it (``approve \u202eexe.txt`` reads as ``approve txt.exe``); a control
character can move the cursor or redraw part of the screen. In an approval prompt ("approve the
tool X for the agent Y?") any of these lets text pass for other text.

- Names a person gives (an agent class's ``name``, a team's, a session's, a tenant's) are
  checked where they are set: :func:`name_problem` says what is wrong with one, and the caller
  raises its own configuration or usage error. Such a name is an identity (in the ledger, the
  audit log, ``supervise stop --agent``), so two that look alike must be two that read alike.
- Text that comes from a model, a tool or the store (tool names and arguments, reasons, what a
  model wrote) cannot be refused: :func:`visible` shows each such character as an escape
  (``\\u200b``, ``\\x1b``) instead. The live view, ``supervise logs`` and ``supervise ledger``
  print through it.
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["INVISIBLE", "name_problem", "visible"]

#: Code points (inclusive ranges) shown as escapes: every format character (Unicode category
#: Cf: zero-width spaces and joiners, the bidirectional embeddings, overrides, isolates and
#: marks, the word joiner, the byte order mark, soft hyphen, tag characters...), the line and
#: paragraph separators (Zl, Zp: a line break to the terminal) and the fillers that are letters
#: but draw nothing. Categories as of Unicode 15.1, a superset of what Python 3.11 knows.
INVISIBLE: Final[tuple[tuple[int, int], ...]] = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),  # combining grapheme joiner (Mn, draws nothing)
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x115F, 0x1160),  # Hangul choseong and jungseong fillers (Lo, draw nothing)
    (0x17B4, 0x17B5),  # Khmer inherent vowels (Mn, draw nothing)
    (0x180B, 0x180F),  # Mongolian variation selectors and vowel separator
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0x3164, 0x3164),  # Hangul filler
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)

_CONTROL: Final = (*range(0x20), 0x7F, *range(0x80, 0xA0))

# str.translate tables: control characters as \xNN, the rest as \uNNNN (or \UNNNNNNNN).
_ESCAPES: Final[dict[int, str]] = {
    **{c: f"\\x{c:02x}" for c in _CONTROL},
    0x09: " ",  # a tab is shown as the space it stands for
    0x0A: "\\n",
    0x0D: "\\r",
    **{
        c: f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"
        for first, last in INVISIBLE
        for c in range(first, last + 1)
    },
}
_ESCAPES_BUT_LINES: Final[dict[int, str]] = {c: s for c, s in _ESCAPES.items() if c != 0x0A}


def visible(text: object, *, lines: bool = False) -> str:
    """``text`` with every control or invisible character shown as an escape (``\\u200b``).

    A tab becomes a space and a line break ``\\n``: the result is one line. With ``lines``,
    line breaks stay (for text printed once, where a line cannot pass for another). Never
    raises; anything not a string is shown as ``str(text)``.
    """
    return str(text).translate(_ESCAPES_BUT_LINES if lines else _ESCAPES)


_INVISIBLE_SET: Final = frozenset(c for first, last in INVISIBLE for c in range(first, last + 1))


def _unfit(char: str) -> str:
    """What kind of character ``char`` is, if a name cannot hold it; else ``""``."""
    category = unicodedata.category(char)
    if category == "Cc":
        return "a control character"
    if ord(char) in _INVISIBLE_SET or category == "Cf":
        if 0x202A <= ord(char) <= 0x202E or 0x2066 <= ord(char) <= 0x2069:
            return "a character that reorders the text around it"
        return "an invisible character"
    if category in ("Zl", "Zp"):
        return "a line break"
    if category == "Zs" and char != " ":
        return "a space that is not the plain space"
    if category == "Cs":
        return "a lone surrogate"
    if category == "Co":
        return "a private-use character, which no font draws the same way"
    if category == "Cn":
        return "a code point with no character assigned"
    if category in ("Mn", "Me") and unicodedata.name(char, "").startswith("VARIATION SELECTOR"):
        return "an invisible character"
    return ""


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name an agent, team, session or tenant; ``None`` if it can.

    A name may hold letters, digits, punctuation, symbols and plain spaces from any script;
    not control characters, invisible ones (zero-width spaces and joiners, the byte order
    mark, variation selectors), bidirectional controls, other spaces, or line breaks: they
    make two different names look the same, or text around them read in another order.
    """
    for index, char in enumerate(name):
        kind = _unfit(char)
        if kind:
            label = unicodedata.name(char, "")
            return (
                f"its character {index + 1} is U+{ord(char):04X}"
                f"{' ' + label if label else ''}, {kind}, which makes different names look "
                "alike on screen; use visible characters only"
            )
    return None
