"""LLM providers: one streaming contract over OpenAI, Anthropic, compatible servers and a script.

See :mod:`supervisor._providers._base` for the contract and the error tree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._base import EFFORT_BUDGETS as EFFORT_BUDGETS
from ._base import MIN_THINKING_BUDGET as MIN_THINKING_BUDGET
from ._base import AuthenticationFailed as AuthenticationFailed
from ._base import Effort as Effort
from ._base import Finished as Finished
from ._base import FinishReason as FinishReason
from ._base import InvalidRequest as InvalidRequest
from ._base import LLMRequest as LLMRequest
from ._base import MalformedResponse as MalformedResponse
from ._base import Provider as Provider
from ._base import ProviderConfigError as ProviderConfigError
from ._base import ProviderConnectError as ProviderConnectError
from ._base import ProviderError as ProviderError
from ._base import ProviderStreamError as ProviderStreamError
from ._base import ProviderTimeout as ProviderTimeout
from ._base import ProviderUnavailable as ProviderUnavailable
from ._base import RateLimited as RateLimited
from ._base import Reasoning as Reasoning
from ._base import StreamEvent as StreamEvent
from ._base import StreamInterrupted as StreamInterrupted
from ._base import TextDelta as TextDelta
from ._base import ToolCall as ToolCall
from ._base import ToolCallDelta as ToolCallDelta
from ._base import UnknownProvider as UnknownProvider
from ._base import UsageReport as UsageReport
from ._base import parse_retry_after as parse_retry_after
from ._base import retry_delay as retry_delay
from ._router import DEFAULT_PROVIDERS as DEFAULT_PROVIDERS
from ._router import ModelRouter as ModelRouter
from ._router import ProviderConfig as ProviderConfig
from ._router import ProviderKind as ProviderKind
from ._scripted import FaultKind as FaultKind
from ._scripted import ScriptedFault as ScriptedFault
from ._scripted import ScriptedProvider as ScriptedProvider
from ._scripted import ScriptedToolCall as ScriptedToolCall
from ._scripted import Turn as Turn
from ._scripted import estimate_tokens as estimate_tokens

__all__ = [
    "DEFAULT_PROVIDERS",
    "EFFORT_BUDGETS",
    "MIN_THINKING_BUDGET",
    "AnthropicProvider",
    "AuthenticationFailed",
    "Effort",
    "FaultKind",
    "FinishReason",
    "Finished",
    "InvalidRequest",
    "LLMRequest",
    "MalformedResponse",
    "ModelRouter",
    "OpenAIChatProvider",
    "OpenAIResponsesProvider",
    "Provider",
    "ProviderConfig",
    "ProviderConfigError",
    "ProviderConnectError",
    "ProviderError",
    "ProviderKind",
    "ProviderStreamError",
    "ProviderTimeout",
    "ProviderUnavailable",
    "RateLimited",
    "Reasoning",
    "ScriptedFault",
    "ScriptedProvider",
    "ScriptedToolCall",
    "StreamEvent",
    "StreamInterrupted",
    "TextDelta",
    "ToolCall",
    "ToolCallDelta",
    "Turn",
    "UnknownProvider",
    "UsageReport",
    "estimate_tokens",
    "parse_retry_after",
    "retry_delay",
]

if TYPE_CHECKING:
    from ._anthropic import AnthropicProvider
    from ._openai import OpenAIChatProvider, OpenAIResponsesProvider

# The SDK-backed providers import the openai and anthropic packages, which take seconds; they
# load on first use so `supervise` and scripted runs start at once.
_LAZY = {
    "AnthropicProvider": "._anthropic",
    "OpenAIChatProvider": "._openai",
    "OpenAIResponsesProvider": "._openai",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
