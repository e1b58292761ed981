"""Cheap token estimates, biased up, for reservations and live stream accounting.

The heuristic (no tokenizer: this runs on every call and every streamed chunk):

- **Text**: one token per 3 UTF-8 bytes of letters, spaces and 2- or 3-byte characters,
  rounded up. Real tokenizers give about 4 characters of English per token, so this
  over-estimates English by about a third; CJK text (3 bytes per character, about one token
  per character) comes out close to exact. But byte-level BPE tokenizers (OpenAI's cl100k and
  o200k, Llama 3's) split digits from punctuation and punctuation from what follows, so data
  (``3,1,4``, tables, JSON, code) costs up to a token per byte, and an emoji outside the
  vocabulary one per UTF-8 byte: each ASCII byte that is not a letter or a space counts as a
  token, and each 4-byte character as 4. At a third of a token per byte, a tool result of
  figures was reserved at a third of what the provider billed, and a hard budget holding the
  reservation was overshot at settlement.
- **Messages**: the text of every string field (``content``, text parts, ``name``, tool call
  arguments, ...) plus 4 tokens per message and 3 for the reply's priming, as OpenAI documents
  for chat formatting.
- **Tools**: the JSON-ish length of each tool definition, same rate, plus 8 per tool; and for
  Claude models, the tool-use system prompt Anthropic adds to every request that offers tools
  (:data:`CLAUDE_TOOL_PROMPT_TOKENS`: its pricing guide lists 313 to 530 tokens by model and
  ``tool_choice``). Without it, a Claude call offering one small tool was reserved for a
  quarter of the input it was billed.
- **Images** (a content part of type ``image_url``, ``input_image`` or ``image``): a fixed worst
  case per image, whatever its encoding. Providers bill an image by its pixels, not its bytes:
  a 1 MB base64 screenshot is about 1,500 tokens on Claude, not the 330,000 its characters
  would make, and an image given by URL is not the few tokens of its URL. The worst case is
  the most any current model counts for one image (Claude about 1,600; OpenAI's gpt-4o 1,445,
  its patch-based models up to about 3,800), rounded up to :data:`IMAGE_TOKENS`; for the models
  that count images at many more, cheaper, tokens (OpenAI's gpt-4o-mini: 48,169 for a
  full-size image), that figure.
- **Server-side web searches** (a tool of a ``web_search*`` type, Anthropic's
  ``web_search_20250305`` or OpenAI's ``web_search``): the provider runs them inside the call and
  bills their results as input, so each search the tools allow (:func:`web_searches`) adds
  :data:`WEB_SEARCH_RESULT_TOKENS`. That is an allowance, not a bound: no API parameter bounds
  what a search returns.
- **Server-side web fetches** (Anthropic's ``web_fetch_*`` tool): no fee, but each fetched page
  or PDF is billed as input, up to the tool's ``max_content_tokens`` (a real bound) for each of
  its ``max_uses``; the providers send the defaults below where the tool sets none
  (:func:`fetched_tokens`).

The result is meant for the *worst case* a reservation holds, never for billing: the provider's
reported usage replaces it at settlement.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "CLAUDE_TOOL_PROMPT_TOKENS",
    "IMAGE_TOKENS",
    "STREAM_ESTIMATE_MARGIN",
    "WEB_FETCHES_WHEN_UNBOUNDED",
    "WEB_FETCH_TOKENS_WHEN_UNBOUNDED",
    "WEB_SEARCHES_WHEN_UNBOUNDED",
    "WEB_SEARCH_RESULT_TOKENS",
    "cache_writes",
    "estimate_prompt_tokens",
    "estimate_stream_tokens",
    "estimate_text_tokens",
    "fetched_tokens",
    "image_tokens",
    "is_web_fetch",
    "is_web_search",
    "stream_chars",
    "web_searches",
]

_PER_MESSAGE = 4
_PRIMING = 3
_PER_TOOL = 8

#: An image's worst case in prompt tokens (see the module's docstring).
IMAGE_TOKENS = 4_000
#: Models that count an image as many more (cheaper) tokens: (name prefix, worst case).
_IMAGE_TOKENS_BY_MODEL = (("gpt-4o-mini", 48_169),)
_IMAGE_PARTS = frozenset({"image_url", "input_image", "image"})

#: The tool-use system prompt Anthropic adds to a Claude request offering tools: the most its
#: pricing guide lists for any model and ``tool_choice`` (Claude 3 Opus, ``auto``: 530; Claude
#: 4 models: 346).
CLAUDE_TOOL_PROMPT_TOKENS = 530

#: The searches a call may run with a web search tool whose definition sets no ``max_uses``:
#: the providers write this bound into such a request, so that its worst case holds.
WEB_SEARCHES_WHEN_UNBOUNDED = 5
#: The input tokens each web search's results may add to its call (see the module docstring).
WEB_SEARCH_RESULT_TOKENS = 25_000


def is_web_search(tool: Mapping[str, Any]) -> bool:
    """Whether ``tool`` is a server-side web search tool (run, and billed, by the provider)."""
    kind = tool.get("type")
    return isinstance(kind, str) and kind.startswith("web_search")


#: A web fetch tool's ``max_uses`` and ``max_content_tokens`` where it sets none: sent with the
#: request, so that the fetched content's worst case holds.
WEB_FETCHES_WHEN_UNBOUNDED = 5
WEB_FETCH_TOKENS_WHEN_UNBOUNDED = 25_000


def is_web_fetch(tool: Mapping[str, Any]) -> bool:
    """Whether ``tool`` is a server-side web fetch tool (its content billed as input)."""
    kind = tool.get("type")
    return isinstance(kind, str) and kind.startswith("web_fetch")


def _count(value: Any, default: int) -> int:
    valid = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return value if valid else default


def fetched_tokens(tools: Sequence[Mapping[str, Any]] | None) -> int:
    """The most input tokens the server-side web fetches of a request offering ``tools`` may
    add: each fetch tool's ``max_uses`` times its ``max_content_tokens`` (the defaults above
    where it sets none)."""
    total = 0
    for tool in tools or ():
        if isinstance(tool, Mapping) and is_web_fetch(tool):
            uses = _count(tool.get("max_uses"), WEB_FETCHES_WHEN_UNBOUNDED)
            total += uses * _count(tool.get("max_content_tokens"), WEB_FETCH_TOKENS_WHEN_UNBOUNDED)
    return total


def web_searches(tools: Sequence[Mapping[str, Any]] | None) -> int:
    """The most server-side web searches a request offering ``tools`` may run: each web search
    tool's ``max_uses``, or :data:`WEB_SEARCHES_WHEN_UNBOUNDED` where it sets none."""
    total = 0
    for tool in tools or ():
        if isinstance(tool, Mapping) and is_web_search(tool):
            total += _count(tool.get("max_uses"), WEB_SEARCHES_WHEN_UNBOUNDED)
    return total


def image_tokens(model: str = "") -> int:
    """The worst case of one image in the prompt of ``model`` (``provider:model`` or bare)."""
    name = model.rpartition(":")[2]
    for prefix, tokens in _IMAGE_TOKENS_BY_MODEL:
        if name.startswith(prefix):
            return tokens
    return IMAGE_TOKENS


#: ASCII bytes real tokenizers merge at about 4 to a token: letters and the space.
_SPARSE = (string.ascii_letters + " ").encode("ascii")
#: Besides those: the bytes of 2- and 3-byte UTF-8 characters, whose leading bytes start at 0x80
#: and end before 0xF0 (where the 4-byte characters' start), about 1 token per character.
_SPARSE_UTF8 = _SPARSE + bytes(range(0x80, 0xF0))
#: The leading bytes of 4-byte characters (emoji and rare scripts).
_FOUR_BYTE_LEADS = bytes(range(0xF0, 0x100))


def _text_bytes(text: str) -> int:
    """``text``'s weight in thirds of a token (see the module docstring): its UTF-8 bytes, with
    2 more for each ASCII byte that is not a letter or a space (a token each) and 8 more for
    each 4-byte character (4 tokens)."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) + 2 * len(raw.translate(None, _SPARSE))
    raw = text.encode("utf-8", "replace")
    dense = raw.translate(None, _SPARSE_UTF8)  # other ASCII bytes, and 4-byte leads
    four = len(dense) - len(dense.translate(None, _FOUR_BYTE_LEADS))
    return len(raw) + 2 * (len(dense) - four) + 8 * four


def estimate_text_tokens(text: str) -> int:
    """Tokens in ``text``: a third of a token per UTF-8 byte of letters, spaces and 2- or
    3-byte characters, a token per other ASCII byte (figures, punctuation, newlines) and 4 per
    4-byte character (emoji), rounded up. Empty text is 0."""
    return -(-_text_bytes(text) // 3)


#: How far a stream's text estimate (a token per 4 characters) may run past ``max_tokens``
#: before the stream counts as having passed it (:meth:`policies.StreamMonitor.passed`): prose
#: of long words runs 5 to 6 characters a token, so the estimate of an answer that stops at its
#: ``max_tokens``, as every provider that honours it does, reaches up to about 1.5 times it.
STREAM_ESTIMATE_MARGIN = 0.5


#: Every byte but the leading bytes of characters from U+3000 to U+9FFF (CJK symbols and
#: punctuation, kana, CJK ideographs) and beyond the BMP (emoji): deleted, what is left
#: counts those characters, about a token each.
_NOT_WIDE_LEADS = bytes(b for b in range(256) if not (0xE3 <= b <= 0xE9 or 0xF0 <= b <= 0xF7))
#: ... and from U+A000 to U+FFFF (Hangul, CJK compatibility, full-width forms): half a token
#: (a Korean syllable is half a token to a whole one, by tokenizer).
_NOT_HALF_WIDE_LEADS = bytes(b for b in range(256) if not 0xEA <= b <= 0xEF)


def stream_chars(text: str) -> int:
    """``text``'s length as :func:`estimate_stream_tokens` counts it: a character each, but 4
    (a token) for a CJK ideograph, a kana or a character beyond the BMP (an emoji), and 2 for a
    Hangul syllable, which tokenizers make about a token and half a token to one. At 4
    characters a token, an answer in Chinese was counted at a quarter of its tokens, and a
    provider that ignored ``max_tokens`` in it ran on about four times as far as one in English
    before it was cut. (Curly quotes and dashes, U+2000 to U+2BFF, count one: English prose is
    full of them.)"""
    if text.isascii():
        return len(text)
    raw = text.encode("utf-8", "replace")
    wide = len(raw.translate(None, _NOT_WIDE_LEADS))
    return len(text) + 3 * wide + len(raw.translate(None, _NOT_HALF_WIDE_LEADS))


def estimate_stream_tokens(chunks: int, chars: int) -> int:
    """Live output-token estimate of a stream: ``max(chunks, ceil(chars / 4))``, ``chars``
    counted by :func:`stream_chars`.

    Streamed deltas are usually one token each (OpenAI) or a few (Anthropic); this is closer to
    the truth than :func:`estimate_text_tokens` so a stream is not cut early, and the provider's
    reported usage replaces it when it arrives.
    """
    return max(chunks, -(-chars // 4))


def _value_bytes(value: Any, image: int = IMAGE_TOKENS * 3) -> int:
    """Bytes to count for ``value`` (tokens are a third of them); ``image``: for each image."""
    if isinstance(value, str):
        return _text_bytes(value)
    if isinstance(value, Mapping):
        if value.get("type") in _IMAGE_PARTS:
            return image
        return sum(_value_bytes(v, image) + len(str(k)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return sum(_value_bytes(v, image) for v in value)
    if value is None or isinstance(value, bool):
        return 0
    if isinstance(value, (bytes, bytearray)):
        # Inline binary (images, audio): charge its length; real image pricing differs.
        return len(value)
    return len(str(value))


def estimate_prompt_tokens(
    messages: Sequence[Mapping[str, Any]],
    tools: Sequence[Mapping[str, Any]] | None = None,
    *,
    model: str = "",
) -> int:
    """Prompt tokens for chat ``messages`` (and offered ``tools``), biased up.

    Accepts OpenAI and Anthropic shapes: ``content`` as a string or a list of parts. Every
    string value counts, keys of nested structures count, ``role`` counts as overhead only; an
    image part counts its worst case for ``model`` (:func:`image_tokens`).
    """
    image = _IMAGE_BYTES.get(model)
    if image is None:
        if len(_IMAGE_BYTES) >= 1024:  # a memo, bounded
            _IMAGE_BYTES.clear()
        image = _IMAGE_BYTES[model] = image_tokens(model) * 3
    total_bytes = 0
    for message in messages:
        for key, value in message.items():
            if key != "role":
                total_bytes += _value_bytes(value, image)
    tokens = -(-total_bytes // 3) + _PER_MESSAGE * len(messages) + _PRIMING
    if tools:
        tokens += -(-sum(_value_bytes(t) for t in tools) // 3) + _PER_TOOL * len(tools)
        tokens += web_searches(tools) * WEB_SEARCH_RESULT_TOKENS + fetched_tokens(tools)
        if "claude" in model.rpartition(":")[2].lower():
            tokens += CLAUDE_TOOL_PROMPT_TOKENS
    return tokens


#: ``image_tokens(model) * 3`` per model: every call's prompt estimate needs it.
_IMAGE_BYTES: dict[str, int] = {}


def cache_writes(
    messages: Sequence[Mapping[str, Any]], tools: Sequence[Mapping[str, Any]] | None = None
) -> str | None:
    """Whether a request asks the provider to write its prompt to the prompt cache (Anthropic's
    ``cache_control`` on a message, one of its content blocks, or a tool): ``"1h"`` when any
    mark asks for the long-lived cache, ``"5m"`` for the default one, None when none does.

    Writing costs more than plain input (1.25x and 2x on Anthropic), so the worst case of such
    a request prices its prompt so.
    """
    found: str | None = None
    for item in (*messages, *(tools or ())):
        marks = [item.get("cache_control")]
        content = item.get("content")
        if isinstance(content, list):
            marks.extend(part.get("cache_control") for part in content if isinstance(part, dict))
        for mark in marks:
            if mark is None:
                continue
            if isinstance(mark, Mapping) and mark.get("ttl") == "1h":
                return "1h"
            found = "5m"
    return found
