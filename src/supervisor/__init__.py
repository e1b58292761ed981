"""agent-supervisor: run LLM agents as supervised actors and govern every call they make.

Write agents by subclassing :class:`Agent`; run them with ``supervise run`` or :class:`Runtime`.
Every ``self.llm(...)`` and ``self.tool(...)`` goes through the :class:`Governor`, which reserves
the worst-case cost before a call starts, can cut a stream mid-answer, reroute, ask a person,
restart or stop the agent. See README.md for a tour.
"""

from __future__ import annotations

# typing's TYPE_CHECKING, which type checkers read as True, without importing typing: this
# module is the first the ``supervise`` entry point imports, and typing is a third of its cost.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ._agent import Agent as Agent
    from ._agent import AgentBinding as AgentBinding
    from ._agent import tool as tool
    from ._approvals import AnsweredBy as AnsweredBy
    from ._approvals import ApprovalAnswer as ApprovalAnswer
    from ._approvals import ApprovalRequest as ApprovalRequest
    from ._approvals import Approver as Approver
    from ._approvals import TerminalApprover as TerminalApprover
    from ._approvals import UnattendedApprover as UnattendedApprover
    from ._embedder import Embedder as Embedder
    from ._embedder import EmbedderState as EmbedderState
    from ._embedder import EmbedderUnavailable as EmbedderUnavailable
    from ._events import AgentStateChanged as AgentStateChanged
    from ._events import ApprovalAnswered as ApprovalAnswered
    from ._events import ApprovalRequested as ApprovalRequested
    from ._events import BudgetSet as BudgetSet
    from ._events import CallSettled as CallSettled
    from ._events import CallStarted as CallStarted
    from ._events import DecisionMade as DecisionMade
    from ._events import EventSink as EventSink
    from ._events import FanOutSink as FanOutSink
    from ._events import JsonLinesSink as JsonLinesSink
    from ._events import Notice as Notice
    from ._events import NullSink as NullSink
    from ._events import RecordingSink as RecordingSink
    from ._events import RunEvent as RunEvent
    from ._events import RunFinished as RunFinished
    from ._events import RunStarted as RunStarted
    from ._events import SemanticStatus as SemanticStatus
    from ._events import StreamProgress as StreamProgress
    from ._events import redact_secrets as redact_secrets
    from ._exceptions import AgentStopped as AgentStopped
    from ._exceptions import BudgetExceeded as BudgetExceeded
    from ._exceptions import CallDenied as CallDenied
    from ._exceptions import ConfigurationError as ConfigurationError
    from ._exceptions import EscalationDenied as EscalationDenied
    from ._exceptions import GovernedCallError as GovernedCallError
    from ._exceptions import GovernorUnavailable as GovernorUnavailable
    from ._exceptions import LoopDetected as LoopDetected
    from ._exceptions import StreamCut as StreamCut
    from ._exceptions import SupervisorError as SupervisorError
    from ._exceptions import ToolArgumentsError as ToolArgumentsError
    from ._exceptions import ToolTimeout as ToolTimeout
    from ._exit_codes import ExitCode as ExitCode
    from ._governor import Governor as Governor
    from ._providers import AnthropicProvider as AnthropicProvider
    from ._providers import ModelRouter as ModelRouter
    from ._providers import OpenAIChatProvider as OpenAIChatProvider
    from ._providers import OpenAIResponsesProvider as OpenAIResponsesProvider
    from ._providers import Provider as Provider
    from ._providers import ProviderConfig as ProviderConfig
    from ._providers import ProviderError as ProviderError
    from ._providers import ScriptedFault as ScriptedFault
    from ._providers import ScriptedProvider as ScriptedProvider
    from ._providers import ScriptedToolCall as ScriptedToolCall
    from ._providers import Turn as Turn
    from ._results import DecisionRecord as DecisionRecord
    from ._results import LLMResult as LLMResult
    from ._results import ToolCall as ToolCall
    from ._results import ToolResult as ToolResult
    from ._results import Usage as Usage
    from ._runtime import RunOutcome as RunOutcome
    from ._runtime import Runtime as Runtime
    from ._runtime import Team as Team
    from ._store import LedgerStore as LedgerStore
    from ._store import MemoryStore as MemoryStore
    from ._store import SQLiteStore as SQLiteStore
    from ._store import StopSignal as StopSignal
    from ._store import StoreError as StoreError
    from ._store import StoreUnavailable as StoreUnavailable
    from ._store import open_store as open_store
    from ._store._redis import RedisStore as RedisStore
    from ._target import TargetSpec as TargetSpec
    from ._target import load_target as load_target

__all__ = [
    "Agent",
    "AgentBinding",
    "AgentStateChanged",
    "AgentStopped",
    "AnsweredBy",
    "AnthropicProvider",
    "ApprovalAnswer",
    "ApprovalAnswered",
    "ApprovalRequest",
    "ApprovalRequested",
    "Approver",
    "BudgetExceeded",
    "BudgetSet",
    "CallDenied",
    "CallSettled",
    "CallStarted",
    "ConfigurationError",
    "DecisionMade",
    "DecisionRecord",
    "Embedder",
    "EmbedderState",
    "EmbedderUnavailable",
    "EscalationDenied",
    "EventSink",
    "ExitCode",
    "FanOutSink",
    "GovernedCallError",
    "Governor",
    "GovernorUnavailable",
    "JsonLinesSink",
    "LLMResult",
    "LedgerStore",
    "LoopDetected",
    "MemoryStore",
    "ModelRouter",
    "Notice",
    "NullSink",
    "OpenAIChatProvider",
    "OpenAIResponsesProvider",
    "Provider",
    "ProviderConfig",
    "ProviderError",
    "RecordingSink",
    "RedisStore",
    "RunEvent",
    "RunFinished",
    "RunOutcome",
    "RunStarted",
    "Runtime",
    "SQLiteStore",
    "ScriptedFault",
    "ScriptedProvider",
    "ScriptedToolCall",
    "SemanticStatus",
    "StopSignal",
    "StoreError",
    "StoreUnavailable",
    "StreamCut",
    "StreamProgress",
    "SupervisorError",
    "TargetSpec",
    "Team",
    "TerminalApprover",
    "ToolArgumentsError",
    "ToolCall",
    "ToolResult",
    "ToolTimeout",
    "Turn",
    "UnattendedApprover",
    "Usage",
    "load_target",
    "open_store",
    "redact_secrets",
    "tool",
]

#: Where each public name is defined. The names load on first use (``supervisor.Agent``,
#: ``from supervisor import Agent``): importing the package imports none of the runtime
#: (numpy, the stores, the providers' SDKs), so ``supervise`` takes its signals (a Ctrl-C while
#: it starts) before that second or more of imports, and a tool that needs one name pays for
#: that name's modules only.
_SOURCES: dict[str, str] = {
    "Agent": "._agent",
    "AgentBinding": "._agent",
    "tool": "._agent",
    "AnsweredBy": "._approvals",
    "ApprovalAnswer": "._approvals",
    "ApprovalRequest": "._approvals",
    "Approver": "._approvals",
    "TerminalApprover": "._approvals",
    "UnattendedApprover": "._approvals",
    "Embedder": "._embedder",
    "EmbedderState": "._embedder",
    "EmbedderUnavailable": "._embedder",
    "AgentStateChanged": "._events",
    "ApprovalAnswered": "._events",
    "ApprovalRequested": "._events",
    "BudgetSet": "._events",
    "CallSettled": "._events",
    "CallStarted": "._events",
    "DecisionMade": "._events",
    "EventSink": "._events",
    "FanOutSink": "._events",
    "JsonLinesSink": "._events",
    "Notice": "._events",
    "NullSink": "._events",
    "RecordingSink": "._events",
    "RunEvent": "._events",
    "RunFinished": "._events",
    "RunStarted": "._events",
    "SemanticStatus": "._events",
    "StreamProgress": "._events",
    "redact_secrets": "._events",
    "AgentStopped": "._exceptions",
    "BudgetExceeded": "._exceptions",
    "CallDenied": "._exceptions",
    "ConfigurationError": "._exceptions",
    "EscalationDenied": "._exceptions",
    "GovernedCallError": "._exceptions",
    "GovernorUnavailable": "._exceptions",
    "LoopDetected": "._exceptions",
    "StreamCut": "._exceptions",
    "SupervisorError": "._exceptions",
    "ToolArgumentsError": "._exceptions",
    "ToolTimeout": "._exceptions",
    "ExitCode": "._exit_codes",
    "Governor": "._governor",
    "AnthropicProvider": "._providers",
    "ModelRouter": "._providers",
    "OpenAIChatProvider": "._providers",
    "OpenAIResponsesProvider": "._providers",
    "Provider": "._providers",
    "ProviderConfig": "._providers",
    "ProviderError": "._providers",
    "ScriptedFault": "._providers",
    "ScriptedProvider": "._providers",
    "ScriptedToolCall": "._providers",
    "Turn": "._providers",
    "DecisionRecord": "._results",
    "LLMResult": "._results",
    "ToolCall": "._results",
    "ToolResult": "._results",
    "Usage": "._results",
    "RunOutcome": "._runtime",
    "Runtime": "._runtime",
    "Team": "._runtime",
    "LedgerStore": "._store",
    "MemoryStore": "._store",
    "SQLiteStore": "._store",
    "StopSignal": "._store",
    "StoreError": "._store",
    "StoreUnavailable": "._store",
    "open_store": "._store",
    "RedisStore": "._store._redis",
    "TargetSpec": "._target",
    "load_target": "._target",
}


def __getattr__(name: str) -> Any:
    module = _SOURCES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # once loaded, a plain attribute: no further call here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
