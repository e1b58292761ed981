"""agent-supervisor: run LLM agents as supervised actors and govern every call they make.

Write agents by subclassing :class:`Agent`; run them with ``supervise run`` or :class:`Runtime`.
Every ``self.llm(...)`` and ``self.tool(...)`` goes through the :class:`Governor`, which reserves
the worst-case cost before a call starts, can cut a stream mid-answer, reroute, ask a person,
restart or stop the agent. See README.md for a tour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from ._providers import ModelRouter as ModelRouter
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

if TYPE_CHECKING:
    from ._providers import AnthropicProvider, OpenAIChatProvider, OpenAIResponsesProvider

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

_LAZY = frozenset({"AnthropicProvider", "OpenAIChatProvider", "OpenAIResponsesProvider"})


def __getattr__(name: str) -> Any:
    # The SDK-backed providers load on first use (their SDKs take seconds to import).
    if name in _LAZY:
        from . import _providers

        value = getattr(_providers, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
