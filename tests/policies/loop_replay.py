"""Replaying steps through a fresh ``LoopTracker``, as the loop tests of single mechanisms do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from policies._loops import LoopConfig, LoopTracker

if TYPE_CHECKING:
    from collections.abc import Iterable

    from policies._loops import Step

#: The structural detectors alone: these tests give their steps no embeddings.
STRUCTURAL = LoopConfig(semantic_enabled=False)


def replay(
    steps: Iterable[Step], config: LoopConfig = STRUCTURAL
) -> list[tuple[str, list[dict[str, object]]]]:
    """Each step's escalation level, and its findings: each finding's evidence details with
    its detector's name under ``"detector"``."""
    tracker = LoopTracker(config)
    out = []
    for step in steps:
        result = tracker.observe(step)
        out.append(
            (
                result.escalation_level,
                [dict(f.evidence.details, detector=f.detector) for f in result.findings],
            )
        )
    return out
