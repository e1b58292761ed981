from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from policies import (
    SlidingWindow,
    StreamMatcher,
    TextRule,
    TextRuleSet,
    ToolMatcher,
    estimate_prompt_tokens,
    estimate_stream_tokens,
    estimate_text_tokens,
    window_bounds,
    window_id,
)

if TYPE_CHECKING:
    import pytest

KEY = TextRule("openai-key", re.compile(r"sk-[A-Za-z0-9]{20,}"), max_match_chars=64)
AWS = TextRule("aws", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), max_match_chars=32)


def test_match_across_chunks_fires_once_on_the_completing_chunk() -> None:
    matcher = StreamMatcher([KEY, AWS])
    assert matcher.feed("text sk-abc") == []
    assert matcher.feed("defghijklmnopq") == []
    found = matcher.feed("rst and AKIAABCDEFGHIJKLMNOP ")
    assert sorted(m.rule.name for m in found) == ["aws", "openai-key"]
    key = next(m for m in found if m.rule.name == "openai-key")
    assert key.start == 5
    assert "abcdefg" not in key.excerpt
    assert matcher.feed(" sk-" + "z" * 30) == [], "each rule fires once per stream"


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.text(alphabet="ab -.", max_size=200),
    secret_len=st.integers(20, 40),
    cuts=st.lists(st.integers(1, 300), max_size=12),
)
def test_any_chunking_finds_the_match_at_its_completing_chunk(
    prefix: str, secret_len: int, cuts: list[int]
) -> None:
    text = prefix + "sk-" + "Q" * secret_len + " tail"
    completes_at = len(prefix) + 3 + 20  # the 20th key character completes the pattern
    points = sorted({c for c in cuts if c < len(text)} | {len(text)})
    matcher = StreamMatcher([KEY])
    start = 0
    fired_in: tuple[int, int] | None = None
    for end in points:
        if matcher.feed(text[start:end]):
            assert fired_in is None
            fired_in = (start, end)
        start = end
    assert fired_in is not None
    assert fired_in[0] < completes_at <= fired_in[1]


def test_lookback_is_bounded() -> None:
    matcher = StreamMatcher([KEY])
    for _ in range(1000):
        matcher.feed("x" * 100)
    assert len(matcher._tail) <= KEY.max_match_chars


def test_text_estimates_are_biased_up() -> None:
    english = "The quick brown fox jumps over the lazy dog. " * 20
    assert estimate_text_tokens(english) >= len(english) / 4
    assert estimate_text_tokens("") == 0
    assert estimate_text_tokens("日本語") == 3
    assert estimate_stream_tokens(chunks=10, chars=12) == 10
    assert estimate_stream_tokens(chunks=1, chars=400) == 100


def test_prompt_estimate_counts_parts_tools_and_overhead() -> None:
    plain = [{"role": "user", "content": "abcdef"}]
    assert estimate_prompt_tokens(plain) == 2 + 4 + 3
    parts = [{"role": "user", "content": [{"type": "text", "text": "abcdef"}]}]
    assert estimate_prompt_tokens(parts) > estimate_prompt_tokens(plain)
    tools = [{"name": "search", "description": "Search the web", "parameters": {"type": "object"}}]
    assert estimate_prompt_tokens(plain, tools) > estimate_prompt_tokens(plain) + 8


def test_sliding_window() -> None:
    window = SlidingWindow(60)
    first = window.add(0.0, 5)
    window.add(30.0, 5)
    assert window.total(59.0) == 10
    limited = window.check(59.0, 1, 10)
    assert limited is not None
    assert limited.retry_after == 1.0
    assert window.check(60.0, 1, 10) is None
    window.adjust(first, 1)  # already expired: no-op
    assert window.total(60.0) == 5
    assert window.check(61.0, 100, 10) is not None


def test_sliding_window_adjust_in_window() -> None:
    window = SlidingWindow(60)
    entry = window.add(0.0, 1000)
    window.adjust(entry, 10)
    assert window.total(1.0) == 10
    assert window.total(61.0) == 0


def test_tool_matcher_globs() -> None:
    matcher = ToolMatcher(allow=["fs.*", "search"], deny=["fs.rm*"], require_approval=["fs.write"])
    assert matcher.ruling("fs.read") == "allow"
    assert matcher.ruling("fs.rmdir") == "deny"
    assert matcher.ruling("shell") == "not_allowed"
    assert matcher.ruling("fs.write") == "approval"
    assert ToolMatcher().ruling("anything") == "allow"
    assert ToolMatcher(allow=[]).ruling("anything") == "not_allowed"


def test_windows_are_pure_functions_of_now() -> None:
    now = 1_717_200_000.0  # 2024-06-01T00:00:00Z
    assert window_id("month", now) == "month:2024-06"
    assert window_id("day", now - 1) == "day:2024-05-31"
    assert window_id(None, None) == ""
    start, end = window_bounds("month", now + 5)
    assert (start, end) == (now, 1_719_792_000.0)
    assert window_bounds("minute", 125.0) == (120.0, 180.0)


def test_bounded_pattern_across_chunks_uses_a_short_lookback() -> None:
    matcher = StreamMatcher([AWS])
    assert matcher._lookback == 20
    assert matcher.feed("id=AKIAABCD") == []
    found = matcher.feed("EFGHIJKLMNOP, done")
    assert [m.rule.name for m in found] == ["aws"]
    assert found[0].start == 3


def test_matchers_over_the_same_rules_parse_their_patterns_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every governed call opens a matcher over the policy's rules; parsing each pattern for its
    # widest match costs about 10 us, so it is done once per rule set, not once per call.
    from policies import _streamrules

    parsed: list[str] = []
    real = _streamrules._max_width

    def counting(pattern: re.Pattern[str]) -> int | None:
        parsed.append(pattern.pattern)
        return real(pattern)

    monkeypatch.setattr(_streamrules, "_max_width", counting)
    rules = [
        TextRule("fresh-a", re.compile(r"tok-[0-9a-f]{24}"), max_match_chars=64),
        TextRule("fresh-b", re.compile(r"pin=\d{4,8}\b"), max_match_chars=512),
    ]
    first = StreamMatcher(rules)
    second = StreamMatcher(list(rules))
    assert parsed == [r"tok-[0-9a-f]{24}", r"pin=\d{4,8}\b"]
    # Same lookback either way: the widest match (28, 12), within each rule's bound.
    for matcher in (first, second):
        assert [m.rule.name for m in matcher.feed("x tok-" + "a" * 24 + " pin=123456 ")] == [
            "fresh-a",
            "fresh-b",
        ]
    assert first._spans == second._spans == (28, 12)


# Rules with flags, a lookbehind, a word boundary and a group: the combined prefilter must find
# every chunk any of them completes, and so change nothing the matcher reports.
PREFILTERED = [
    KEY,
    AWS,
    TextRule("pem", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"), max_match_chars=80),
    TextRule("bearer", re.compile(r"(?<=bearer )[a-z0-9]{12}", re.IGNORECASE), max_match_chars=40),
    TextRule("pin", re.compile(r"\bpin=(\d{4})\b"), max_match_chars=16),
]


def _feed_all(matcher: StreamMatcher, chunks: list[str]) -> list[tuple[int, str, int, int]]:
    return [
        (n, m.rule.name, m.start, m.end)
        for n, chunk in enumerate(chunks)
        for m in matcher.feed(chunk)
    ]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                "plain words ",
                "sk-",
                "Ab3" * 7,
                "AKIA",
                "ABCDEFGHIJKLMNOP",
                " ",
                "-----BEGIN RSA PRIVATE KEY-----",
                "Bearer ",
                "bearer ",
                "q1w2e3r4t5y6",
                "pin=",
                "1234",
                "12345",
            ]
        ),
        max_size=30,
    ),
    cuts=st.lists(st.integers(1, 400), max_size=15),
)
def test_the_prefilter_changes_nothing_the_matcher_finds(
    pieces: list[str], cuts: list[int]
) -> None:
    text = "".join(pieces)
    points = sorted({c for c in cuts if c < len(text)} | {len(text)})
    chunks = [text[a:b] for a, b in zip([0, *points], points, strict=False) if b > a]
    prepared = TextRuleSet(PREFILTERED)
    assert prepared.prefilter is not None
    unfiltered = TextRuleSet(PREFILTERED)
    unfiltered.prefilter = None
    assert _feed_all(StreamMatcher(prepared), chunks) == _feed_all(
        StreamMatcher(unfiltered), chunks
    )


def test_rules_that_cannot_share_one_pattern_are_searched_one_by_one() -> None:
    # A numbered back-reference would point at another rule's group once the patterns are
    # joined, and flags like re.ASCII have no scoped form: those sets keep per-rule searches.
    repeated = TextRule("repeat", re.compile(r"(\w)\1{5}"), max_match_chars=16)
    ascii_only = TextRule("ascii", re.compile(r"\w+@corp", re.ASCII), max_match_chars=64)
    named = TextRule("named", re.compile(r"(?P<n>x)(?P=n)"), max_match_chars=8)
    for rules in ([KEY, repeated], [KEY, ascii_only], [named, AWS]):
        assert TextRuleSet(rules).prefilter is None
    matcher = StreamMatcher(TextRuleSet([KEY, repeated]))
    assert [m.rule.name for m in matcher.feed("aaaaaa and sk-" + "z" * 20)] == [
        "openai-key",
        "repeat",
    ]
    # A verbose pattern's trailing comment does not swallow the rules after it.
    verbose = TextRule("verbose", re.compile("tok- [0-9]{6}  # a ticket token", re.VERBOSE))
    prepared = TextRuleSet([verbose, KEY])
    assert prepared.prefilter is not None
    assert [m.rule.name for m in StreamMatcher(prepared).feed("see sk-" + "y" * 22)] == [
        "openai-key"
    ]


# -- prompt caching: what the worst case prices ----------------------------------------------


def test_cache_writes_are_found_where_anthropic_marks_them() -> None:
    from policies._tokens import cache_writes

    plain = [{"role": "user", "content": "hi"}]
    assert cache_writes(plain) is None
    block = {"type": "text", "text": "long context", "cache_control": {"type": "ephemeral"}}
    assert cache_writes([{"role": "user", "content": [block]}]) == "5m"
    long = {**block, "cache_control": {"type": "ephemeral", "ttl": "1h"}}
    assert cache_writes([{"role": "system", "content": [block, long]}]) == "1h"
    tool = {"name": "search", "cache_control": {"type": "ephemeral"}}
    assert cache_writes(plain, [tool]) == "5m"


def test_an_image_counts_its_worst_case_not_its_bytes() -> None:
    """A base64 screenshot of 1 MB is not 330,000 tokens, and an image by URL not a dozen."""
    from policies._tokens import IMAGE_TOKENS, estimate_prompt_tokens

    inline = "data:image/png;base64," + "A" * 1_000_000
    text = {"type": "text", "text": "What does the screen show?"}
    openai = [
        {"role": "user", "content": [text, {"type": "image_url", "image_url": {"url": inline}}]}
    ]
    anthropic_part = {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/png", "data": inline},
    }
    anthropic = [{"role": "user", "content": [text, anthropic_part]}]
    by_url = [
        {
            "role": "user",
            "content": [text, {"type": "image_url", "image_url": {"url": "https://x.io/a.png"}}],
        }
    ]
    plain = estimate_prompt_tokens([{"role": "user", "content": [text]}])
    for messages in (openai, anthropic, by_url):
        assert estimate_prompt_tokens(messages) == plain + IMAGE_TOKENS
    responses = [{"role": "user", "content": [{"type": "input_image", "image_url": inline}]}]
    assert estimate_prompt_tokens(responses) < IMAGE_TOKENS + 20
    assert estimate_prompt_tokens(by_url, model="openai:gpt-4o-mini") == plain + 48_169
    assert estimate_prompt_tokens(by_url, model="gpt-4o-mini-2024-07-18") == plain + 48_169
