"""The streamed text a Python rule's ``on_text`` hook sees: the whole text so far, kept cheaply.

A stream of ``n`` characters in ``k`` chunks used to be joined into a fresh ``str`` on every
chunk, so the engine copied about ``n * k / 2`` characters per answer: quadratic in the answer's
length. :class:`TextSoFar` is a snapshot of the text after one chunk that shares one append-only
list of chunks with every other snapshot of the same stream. What rules usually ask of it costs
only the new chunk's length: ``len``, ``in`` (remembered per substring, so each chunk is searched
once), ``endswith``, ``latest``, a tail slice (``text[-200:]``). Anything else (``str(text)``,
``text.lower()``, ``re.search(p, str(text))``) joins the snapshot once and keeps the result, and
that join is shared by every rule and every later snapshot.
"""

from __future__ import annotations

from typing import Any, SupportsIndex, final

__all__ = ["TextSoFar", "TextStream"]

# Substrings whose ``in`` is remembered per stream; a rule asking about more than this many
# distinct substrings gets the plain (joining) answer for the others.
_MEMO_LIMIT = 64


class _Search:
    """How far a substring has been looked for: ``found`` parts in (or None) and the carry."""

    __slots__ = ("carry", "found", "scanned")

    def __init__(self) -> None:
        self.scanned = 0  # parts searched so far
        self.found: int | None = None  # fewest parts whose text holds the substring
        self.carry = ""  # the last len(sub) - 1 characters of the searched parts


@final
class TextStream:
    """The append-only chunks of one stream (the engine's side; rules see :class:`TextSoFar`)."""

    __slots__ = ("_ends", "_joined", "_joined_parts", "_parts", "_searches", "chars_joined")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._ends: list[int] = []  # _ends[i]: the text's length after part i
        self._joined = ""  # the text of the first _joined_parts parts, joined once
        self._joined_parts = 0
        self._searches: dict[str, _Search] = {}
        #: Characters copied into joined strings so far (a measure of the work; see tests).
        self.chars_joined = 0

    def append(self, chunk: str) -> TextSoFar:
        """Add a non-empty chunk; return the snapshot of the text including it."""
        self._parts.append(chunk)
        self._ends.append((self._ends[-1] if self._ends else 0) + len(chunk))
        return TextSoFar._make(self, len(self._parts))

    def _text(self, n: int) -> str:
        if n == self._joined_parts:
            return self._joined
        if n > self._joined_parts:
            text = "".join([self._joined, *self._parts[self._joined_parts : n]])
            self._joined, self._joined_parts = text, n
        else:  # an older snapshot, asked after a newer one was joined
            text = self._joined[: self._ends[n - 1]] if n else ""
        self.chars_joined += len(text)
        return text

    def _contains(self, sub: str, n: int) -> bool | None:
        search = self._searches.get(sub)
        if search is None:
            if len(self._searches) >= _MEMO_LIMIT:
                return None
            search = self._searches[sub] = _Search()
        if search.found is not None:
            return search.found <= n
        keep = len(sub) - 1
        while search.scanned < n:
            window = search.carry + self._parts[search.scanned]
            search.scanned += 1
            if sub in window:
                search.found = search.scanned
                search.carry = ""
                return True
            search.carry = window[len(window) - keep :] if keep else ""
        return False

    def _tail(self, n: int, count: int) -> str:
        """The last ``count`` characters of the first ``n`` parts."""
        pieces: list[str] = []
        have = 0
        i = n - 1
        while i >= 0 and have < count:
            pieces.append(self._parts[i])
            have += len(self._parts[i])
            i -= 1
        pieces.reverse()
        text = "".join(pieces)
        return text[len(text) - count :] if have > count else text


@final
class TextSoFar:
    """The whole streamed text of a call so far, as a rule's ``on_text`` hook receives it.

    It reads like the ``str`` it stands for: ``len``, ``in``, ``==``, indexing and slicing,
    iteration, formatting and every ``str`` method give what they give on the text. Functions
    that demand a real ``str`` (``re.search``, ``json.loads``) take ``str(text_so_far)``. A
    snapshot never changes: one kept from an earlier chunk still reads as the text then.

    ``len``, ``in``, ``endswith``, :attr:`latest` and tail slices cost only the new chunk, so a
    rule made of them is linear in the answer's length; ``str(...)`` and other ``str`` methods
    join the text (once per chunk, shared by all rules), so a rule that uses them on every chunk
    costs the square of the answer's length, as any rule that rescans the whole text does.
    """

    __slots__ = ("_n", "_stream")

    _stream: TextStream
    _n: int

    def __init__(self) -> None:
        raise TypeError("TextSoFar has no public constructor; rules receive it in on_text.")

    @classmethod
    def _make(cls, stream: TextStream, n: int) -> TextSoFar:
        self = object.__new__(cls)
        self._stream = stream
        self._n = n
        return self

    @property
    def latest(self) -> str:
        """The chunk this snapshot added (the newest text)."""
        return self._stream._parts[self._n - 1] if self._n else ""

    def __str__(self) -> str:
        return self._stream._text(self._n)

    def __len__(self) -> int:
        return self._stream._ends[self._n - 1] if self._n else 0

    def __bool__(self) -> bool:
        return len(self) > 0

    def __contains__(self, sub: object) -> bool:
        if not isinstance(sub, str):
            raise TypeError(
                f"'in <TextSoFar>' requires string as left operand, not {type(sub).__name__}"
            )
        if not sub:
            return True
        found = self._stream._contains(sub, self._n)
        return str(self).__contains__(sub) if found is None else found

    def endswith(
        self,
        suffix: str | tuple[str, ...],
        start: SupportsIndex | None = None,
        end: SupportsIndex | None = None,
    ) -> bool:
        """``str.endswith``; without ``start``/``end`` it reads only the text's tail."""
        if start is not None or end is not None:
            return str(self).endswith(suffix, start, end)
        suffixes = (suffix,) if isinstance(suffix, str) else suffix
        longest = max((len(s) for s in suffixes), default=0)
        return self._stream._tail(self._n, longest).endswith(suffix)

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        if (
            isinstance(key, slice)
            and key.step is None
            and key.stop is None
            and isinstance(key.start, int)
            and key.start < 0
        ):
            return self._stream._tail(self._n, min(-key.start, len(self)))
        return str(self)[key]

    def __iter__(self) -> Any:
        return iter(str(self))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TextSoFar):
            other = str(other)
        if not isinstance(other, str):
            return NotImplemented
        return len(other) == len(self) and str(self) == other

    def __hash__(self) -> int:
        return hash(str(self))

    def __add__(self, other: str) -> str:
        return str(self) + other

    def __radd__(self, other: str) -> str:
        return other + str(self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return repr(str(self))

    def __getattr__(self, name: str) -> Any:
        # Every other str method (lower, find, count, split, startswith...) on the joined text.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(str(self), name)
