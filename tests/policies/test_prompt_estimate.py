"""The prompt estimate is the reservation's input side: content that real tokenizers split
finely (figures, punctuation, JSON, code, emoji) must not come out below its real tokens.

Byte-level BPE tokenizers (OpenAI's cl100k and o200k; Llama 3's) never merge a digit with the
punctuation beside it, nor punctuation with a following digit or letter boundary, so data such
as ``3,1,4`` costs a token per byte; an emoji outside the vocabulary costs a token per UTF-8
byte (up to 4). Counting one token per three bytes reserved a third of such a prompt.
"""

from __future__ import annotations

import json

import pytest

from policies import estimate_prompt_tokens, estimate_text_tokens


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        # Each figure and each comma a token.
        (",".join(str(i % 10) for i in range(1_000)), 1_999),
        # A table of small numbers: figures, separators and newlines.
        ("\n".join("1|2|3|4|5|6|7|8|9" for _ in range(100)), 1_799),
        # An emoji per 4 bytes, each up to 4 tokens where the vocabulary lacks it.
        ("\U0001f9ea" * 100, 400),
        # JSON of one-letter keys and figures: '},{"', 'a', '":', '0' for each object.
        (json.dumps([{"a": i % 10} for i in range(200)], separators=(",", ":")), 800),
    ],
    ids=["figures", "table", "emoji", "json"],
)
def test_finely_split_text_is_not_under_estimated(text: str, at_least: int) -> None:
    assert estimate_text_tokens(text) >= at_least
    assert estimate_prompt_tokens([{"role": "tool", "content": text}]) >= at_least


def test_prose_stays_near_a_third_of_its_bytes() -> None:
    # English prose is about four characters a token: the estimate stays biased up, not
    # multiplied, where the heuristic already holds.
    prose = "The quick brown fox jumps over the lazy dog while the farmer sleeps. " * 50
    assert len(prose) / 4 <= estimate_text_tokens(prose) <= len(prose) / 2.5
    cjk = "自然言語処理の研究" * 100
    assert estimate_text_tokens(cjk) == len(cjk)  # 3 bytes, one token, each


def test_claude_tools_carry_anthropics_tool_prompt() -> None:
    tool = {
        "name": "get_weather",
        "description": "Get the current weather in a given location",
        "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}},
    }
    messages = [{"role": "user", "content": "What's the weather like in San Francisco?"}]
    without = estimate_prompt_tokens(messages, [tool], model="openai:gpt-4o")
    for ref in ("anthropic:claude-sonnet-4-5", "ant:claude", "bedrock:anthropic.claude-3-opus"):
        # At least Anthropic's largest listed tool-use system prompt, on top of the tool.
        assert estimate_prompt_tokens(messages, [tool], model=ref) >= without + 530
    # No tools, no tool prompt.
    assert estimate_prompt_tokens(messages, model="anthropic:claude-sonnet-4-5") == (
        estimate_prompt_tokens(messages, model="openai:gpt-4o")
    )
