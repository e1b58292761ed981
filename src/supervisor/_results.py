"""What a governed call hands back to the agent."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from policies._frozen import fast_init


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A tool call the model asked for, its arguments already joined and parsed.

    Attributes:
        id: The provider's id for the call; a tool turn answering it names it as
            ``tool_call_id``.
        name: The tool the model asked for (it may name no tool the agent has).
        arguments: The arguments the model wrote, decoded from JSON; when they were not valid
            JSON, ``{"_raw": <the text>}`` (``Agent.call_tools`` tells the model so).
    """

    id: str
    name: str
    arguments: dict[str, Any]


@fast_init
@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens a call consumed.

    ``estimated`` is true when the provider never reported usage (a cut stream) and the counts are
    the governor's own estimate plus its safety margin. ``cached_input_tokens`` and
    ``cache_write_tokens`` are the parts of ``input_tokens`` the provider read from and wrote to
    its prompt cache (each billed at its own price). ``web_searches`` are the server-side web
    searches the provider ran in the call (each billed on its own).
    """

    input_tokens: int = 0
    output_tokens: int = 0
    estimated: bool = False
    cached_input_tokens: int = 0
    cache_write_tokens: int = 0
    web_searches: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """A decision the governor took about a call, as the agent sees it."""

    action: str
    rule: str
    mode: str
    reason: str


@fast_init
@dataclass(frozen=True, slots=True)
class LLMResult:
    """The answer of ``await agent.llm(...)``.

    Attributes:
        text: The generated text (partial when ``interrupted``).
        tool_calls: Tool calls the model asked for.
        model: The ``provider:model`` that actually answered (after any reroute).
        usage: Tokens consumed.
        cost: What the call cost, in nano-dollars (see ``policies.format_usd``).
        finish_reason: The provider's finish reason, or ``"cut"`` when the governor cut the stream.
        interrupted: True when the stream was cut and ``text`` is partial.
        fallback: The policy's fallback text when the call was interrupted.
        decisions: The decisions the governor took about this call.
        call_id: The governor's id for this call (it appears in the audit log).
        thinking_blocks: Claude's thinking blocks (extended thinking), signed, as the API gave
            them; :meth:`as_message` hands them back with the tool calls they led to, which
            the API requires. Empty for other providers.
    """

    text: str
    model: str
    usage: Usage
    cost: int
    finish_reason: str
    call_id: str
    tool_calls: tuple[ToolCall, ...] = ()
    interrupted: bool = False
    fallback: str | None = None
    decisions: tuple[DecisionRecord, ...] = field(default=())
    thinking_blocks: tuple[dict[str, Any], ...] = field(default=())

    def as_message(self) -> dict[str, Any]:
        """This answer as the assistant turn to append to the conversation: its text and its
        tool calls, in the OpenAI chat form every provider here takes (see
        :meth:`Agent.call_tools` for the tool turns that follow it). With tool calls, Claude's
        thinking blocks go along under ``thinking_blocks``: Anthropic wants a tool-use turn
        handed back to start with them; the OpenAI providers leave them out."""
        message: dict[str, Any] = {"role": "assistant", "content": self.text}
        if self.tool_calls:
            if self.thinking_blocks:
                message["thinking_blocks"] = [dict(block) for block in self.thinking_blocks]
            message["tool_calls"] = [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.name, "arguments": json.dumps(call.arguments)},
                }
                for call in self.tool_calls
            ]
        return message


@dataclass(frozen=True, slots=True)
class ToolResult:
    """The answer of ``await agent.tool(name, args)``.

    Attributes:
        name: The tool's name.
        arguments: The arguments as they were passed to ``self.tool`` (before pydantic's
            conversion to the tool's parameter types).
        value: What the tool returned.
        call_id: The governor's id for this call (it appears in the audit log).
        decisions: The decisions the governor took about this call.
    """

    name: str
    arguments: dict[str, Any]
    value: Any
    call_id: str
    decisions: tuple[DecisionRecord, ...] = ()
