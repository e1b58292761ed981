"""policies: the pure decision logic the governor runs on.

Synchronous and deterministic given its inputs: no tasks, no sockets, no clock reads (time is
passed in as ``now``). See ``docs/contracts.md`` for how ``supervisor`` uses it.
"""

from __future__ import annotations

from ._config import BudgetConfig as BudgetConfig
from ._config import EscalationConfig as EscalationConfig
from ._config import FailClosedConfig as FailClosedConfig
from ._config import LimitsConfig as LimitsConfig
from ._config import LoopConfig as LoopConfig
from ._config import LoopsConfig as LoopsConfig
from ._config import PolicyConfig as PolicyConfig
from ._config import PriceConfig as PriceConfig
from ._config import ProviderConfig as ProviderConfig
from ._config import RerouteRule as RerouteRule
from ._config import RetriesConfig as RetriesConfig
from ._config import ShortfallConfig as ShortfallConfig
from ._config import StreamRuleConfig as StreamRuleConfig
from ._config import ToolRateLimit as ToolRateLimit
from ._config import ToolsConfig as ToolsConfig
from ._config import explain_policy as explain_policy
from ._config import load_policy as load_policy
from ._config import load_policy_text as load_policy_text
from ._config import parse_policy as parse_policy
from ._decisions import Allow as Allow
from ._decisions import Decision as Decision
from ._decisions import Escalate as Escalate
from ._decisions import Escalation as Escalation
from ._decisions import Interrupt as Interrupt
from ._decisions import Mode as Mode
from ._decisions import Permit as Permit
from ._decisions import RefusalKind as RefusalKind
from ._decisions import Refuse as Refuse
from ._decisions import Reroute as Reroute
from ._decisions import RestartAgent as RestartAgent
from ._decisions import StopAgent as StopAgent
from ._decisions import StopSession as StopSession
from ._decisions import Verdict as Verdict
from ._decisions import Warn as Warn
from ._decisions import most_severe as most_severe
from ._engine import CallContext as CallContext
from ._engine import CallOutcome as CallOutcome
from ._engine import Counters as Counters
from ._engine import PolicyEngine as PolicyEngine
from ._engine import StreamMonitor as StreamMonitor
from ._engine import ToolContext as ToolContext
from ._engine import ToolPermit as ToolPermit
from ._engine import ToolVerdict as ToolVerdict
from ._engine import agent_name_of as agent_name_of
from ._engine import agent_scope_id as agent_scope_id
from ._engine import call_scopes as call_scopes
from ._engine import describe_grant as describe_grant
from ._engine import outer_scopes as outer_scopes
from ._errors import DuplicateCall as DuplicateCall
from ._errors import InvalidModelRef as InvalidModelRef
from ._errors import LedgerError as LedgerError
from ._errors import PolicyError as PolicyError
from ._errors import PolicyFileError as PolicyFileError
from ._errors import UnknownCall as UnknownCall
from ._errors import UnknownPrice as UnknownPrice
from ._errors import UnknownSearchPrice as UnknownSearchPrice
from ._ledger import Balance as Balance
from ._ledger import Dimension as Dimension
from ._ledger import Ledger as Ledger
from ._ledger import LedgerStatistics as LedgerStatistics
from ._ledger import Limits as Limits
from ._ledger import Reservation as Reservation
from ._ledger import Settlement as Settlement
from ._ledger import Shortfall as Shortfall
from ._loops import DETECTOR_NAMES as DETECTOR_NAMES
from ._loops import EscalationLevel as EscalationLevel
from ._loops import EscalationPolicy as EscalationPolicy
from ._loops import LoopConfig as LoopDetectorConfig
from ._loops import LoopEvidence as LoopEvidence
from ._loops import LoopFinding as LoopFinding
from ._loops import LoopResult as LoopResult
from ._loops import LoopTracker as LoopTracker
from ._loops import SemanticLoopDetector as SemanticLoopDetector
from ._loops import Step as Step
from ._loops import StructuralLoopDetector as StructuralLoopDetector
from ._loops import canonical_args as canonical_args
from ._loops import input_text as input_text
from ._loops import normalize_text as normalize_text
from ._loops import observation_novelty as observation_novelty
from ._loops import semantic_text as semantic_text
from ._money import NANO_PER_USD as NANO_PER_USD
from ._money import format_usd as format_usd
from ._money import usd as usd
from ._prices import ModelPrice as ModelPrice
from ._prices import PriceOverride as PriceOverride
from ._prices import PriceTable as PriceTable
from ._prices import PriceTier as PriceTier
from ._prices import split_model_ref as split_model_ref
from ._rates import RateLimited as RateLimited
from ._rates import SlidingWindow as SlidingWindow
from ._redact import REDACTED as REDACTED
from ._redact import is_secret_key as is_secret_key
from ._redact import redact as redact
from ._redact import redact_text as redact_text
from ._rules import Rule as Rule
from ._scopes import SCOPE_ORDER as SCOPE_ORDER
from ._scopes import Amounts as Amounts
from ._scopes import Scope as Scope
from ._scopes import ScopeKind as ScopeKind
from ._streamrules import StreamMatch as StreamMatch
from ._streamrules import StreamMatcher as StreamMatcher
from ._streamrules import TextRule as TextRule
from ._streamrules import TextRuleSet as TextRuleSet
from ._tokens import STREAM_ESTIMATE_MARGIN as STREAM_ESTIMATE_MARGIN
from ._tokens import WEB_FETCH_TOKENS_WHEN_UNBOUNDED as WEB_FETCH_TOKENS_WHEN_UNBOUNDED
from ._tokens import WEB_FETCHES_WHEN_UNBOUNDED as WEB_FETCHES_WHEN_UNBOUNDED
from ._tokens import WEB_SEARCH_RESULT_TOKENS as WEB_SEARCH_RESULT_TOKENS
from ._tokens import WEB_SEARCHES_WHEN_UNBOUNDED as WEB_SEARCHES_WHEN_UNBOUNDED
from ._tokens import cache_writes as cache_writes
from ._tokens import estimate_prompt_tokens as estimate_prompt_tokens
from ._tokens import estimate_stream_tokens as estimate_stream_tokens
from ._tokens import estimate_text_tokens as estimate_text_tokens
from ._tokens import fetched_tokens as fetched_tokens
from ._tokens import is_web_fetch as is_web_fetch
from ._tokens import is_web_search as is_web_search
from ._tokens import stream_chars as stream_chars
from ._tokens import web_searches as web_searches
from ._tools import ToolMatcher as ToolMatcher
from ._tools import UnmatchedToolPattern as UnmatchedToolPattern
from ._tools import unmatched_tool_patterns as unmatched_tool_patterns
from ._windows import Window as Window
from ._windows import window_bounds as window_bounds
from ._windows import window_id as window_id

__all__ = [  # noqa: RUF022
    "Allow",
    "Amounts",
    "Balance",
    "BudgetConfig",
    "CallContext",
    "CallOutcome",
    "Counters",
    "DETECTOR_NAMES",
    "Decision",
    "Dimension",
    "DuplicateCall",
    "Escalate",
    "Escalation",
    "EscalationConfig",
    "EscalationLevel",
    "EscalationPolicy",
    "FailClosedConfig",
    "Interrupt",
    "InvalidModelRef",
    "Ledger",
    "LedgerError",
    "LedgerStatistics",
    "Limits",
    "LimitsConfig",
    "LoopConfig",
    "LoopDetectorConfig",
    "LoopEvidence",
    "LoopFinding",
    "LoopResult",
    "LoopTracker",
    "LoopsConfig",
    "Mode",
    "ModelPrice",
    "NANO_PER_USD",
    "Permit",
    "PolicyConfig",
    "PolicyEngine",
    "PolicyError",
    "PolicyFileError",
    "PriceConfig",
    "PriceOverride",
    "PriceTable",
    "PriceTier",
    "ProviderConfig",
    "REDACTED",
    "RateLimited",
    "RefusalKind",
    "Refuse",
    "Reroute",
    "RerouteRule",
    "Reservation",
    "RestartAgent",
    "RetriesConfig",
    "Rule",
    "SCOPE_ORDER",
    "STREAM_ESTIMATE_MARGIN",
    "Scope",
    "ScopeKind",
    "SemanticLoopDetector",
    "Settlement",
    "Shortfall",
    "ShortfallConfig",
    "SlidingWindow",
    "Step",
    "StopAgent",
    "StopSession",
    "StreamMatch",
    "StreamMatcher",
    "StreamMonitor",
    "StreamRuleConfig",
    "StructuralLoopDetector",
    "TextRule",
    "TextRuleSet",
    "ToolContext",
    "ToolMatcher",
    "ToolPermit",
    "ToolRateLimit",
    "ToolVerdict",
    "ToolsConfig",
    "UnknownCall",
    "UnknownPrice",
    "UnknownSearchPrice",
    "UnmatchedToolPattern",
    "Verdict",
    "WEB_FETCHES_WHEN_UNBOUNDED",
    "WEB_FETCH_TOKENS_WHEN_UNBOUNDED",
    "WEB_SEARCHES_WHEN_UNBOUNDED",
    "WEB_SEARCH_RESULT_TOKENS",
    "Warn",
    "Window",
    "agent_name_of",
    "agent_scope_id",
    "cache_writes",
    "call_scopes",
    "canonical_args",
    "describe_grant",
    "estimate_prompt_tokens",
    "estimate_stream_tokens",
    "estimate_text_tokens",
    "explain_policy",
    "fetched_tokens",
    "format_usd",
    "input_text",
    "is_secret_key",
    "is_web_fetch",
    "is_web_search",
    "load_policy",
    "load_policy_text",
    "most_severe",
    "normalize_text",
    "observation_novelty",
    "outer_scopes",
    "parse_policy",
    "redact",
    "redact_text",
    "semantic_text",
    "split_model_ref",
    "stream_chars",
    "unmatched_tool_patterns",
    "usd",
    "web_searches",
    "window_bounds",
    "window_id",
]
