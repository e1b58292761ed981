"""The default loop policy meets its accuracy targets on the labelled trajectories.

Runs ``benchmarks/eval_loops.py`` with the real all-MiniLM-L6-v2 model, so a change that
costs recall or raises false trips fails CI.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_eval() -> ModuleType:
    path = ROOT / "benchmarks" / "eval_loops.py"
    spec = importlib.util.spec_from_file_location("eval_loops", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_loops"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_default_policy_meets_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delitem(sys.modules, "eval_loops", raising=False)
    ev = load_eval()
    trajectories = ev.embed(ev.load())
    loops = sum(t.label == "loop" for t in trajectories)
    assert loops >= 100
    assert len(trajectories) - loops >= 100
    report = ev.evaluate(trajectories)
    policy = report.policy
    assert policy.recall >= ev.RECALL_TARGET, report.table() + "\n" + "\n".join(report.misses)
    assert policy.fpr <= ev.FPR_TARGET, report.table() + "\n" + "\n".join(report.false_trips)
