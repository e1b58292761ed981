"""What the structural loop detectors cost per observed step, against an exact-repeat detector.

Usage::

    .venv/bin/python benchmarks/bench_loops.py [--rounds N]

The governor observes each finished call off the call's path (its observer task, while the
loop idles), but on the event loop's thread: every microsecond here is CPU the loop cannot
give to calls, and at saturation it bounds how many calls per second one governor sustains.

The traffic is the governor benchmark's (``benchmarks/bench_governor.py``): each call a new
question, each answer eight words drawn from one vocabulary and a counter. Three shapes:

- 1,000 agents x 8 calls, interleaved (the 1,000-agent row: short histories, many trackers);
- 30 agents x 64 calls, interleaved (full histories, more kept text than one agent's);
- 1 agent x 2,000 calls (one long session: the history always full).

The baseline, timed in the same run on the same steps, is the detector the anchors have
(OpenHands' stuck detector): the last few normalised responses compared for an exact repeat.
The ratio says what the paraphrase-aware checks cost over exact matching. Best of ``--rounds``
(default 5), so that the machine's noise shows in the spread, not in the figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_governor import PROMPTS, answer  # noqa: E402

from policies._loops import LoopTracker, Step, normalize_text  # noqa: E402

SHAPES = ((1000, 8), (30, 64), (1, 2000))


def traffic(agent: int, calls: int) -> list[Step]:
    """One agent's steps, as the governor benchmark makes them: a new question each call
    (its ``PROMPTS``, the step's new input) and its provider's answer (``answer``; the
    provider counts the calls of all agents)."""
    return [
        Step.llm(answer(agent * calls + n + 1), observation=PROMPTS[n % len(PROMPTS)])
        for n in range(calls)
    ]


class ExactRepeat:
    """The baseline: a loop is the same normalised response as one of the last ``window``."""

    def __init__(self, window: int = 4) -> None:
        self.last: deque[str] = deque(maxlen=window)

    def observe(self, step: Step) -> bool:
        key = normalize_text(step.text)
        repeat = key in self.last
        self.last.append(key)
        return repeat


def per_step(agents: int, calls: int, make: type) -> float:
    """Microseconds per observed step, agents interleaved call by call. Fresh steps each time
    (a step caches what it computes about itself, and the governor makes each step once)."""
    steps = [traffic(a, calls) for a in range(agents)]
    trackers = [make() for _ in range(agents)]
    t0 = time.perf_counter()
    for n in range(calls):
        for a in range(agents):
            trackers[a].observe(steps[a][n])
    return (time.perf_counter() - t0) / (agents * calls) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5, help="best of this many (default 5)")
    args = parser.parse_args()
    print(f"{'shape':>22} {'exact repeat':>13} {'LoopTracker':>12} {'ratio':>7}   (us/step)")
    for agents, calls in SHAPES:
        base: list[float] = []
        ours: list[float] = []
        for _ in range(args.rounds):  # alternated, so a drift in speed lands on both
            base.append(per_step(agents, calls, ExactRepeat))
            ours.append(per_step(agents, calls, LoopTracker))
        label = f"{agents:,} agent{'s' if agents > 1 else ''} x {calls:,}"
        print(
            f"{label:>22} {min(base):>12.1f}u {min(ours):>11.1f}u {min(ours) / min(base):>6.1f}x"
            f"   (spread {min(ours):.0f}-{max(ours):.0f}u)"
        )


if __name__ == "__main__":
    main()
