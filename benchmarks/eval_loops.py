"""Precision, recall and false-positive rate of the loop detectors on the labelled set.

Usage::

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/eval_loops.py [--data PATH] [--sweep] [--errors]

Each trajectory of ``tests/data/trajectories/trajectories.jsonl`` (the tuning set; ``--data``
picks another file in the same format: the held-out, test and fresh sets, each studied by a
later tuning round, or ``tests/data/trajectories_final/trajectories.jsonl``, the one nobody has
tuned on; see each set's README) is replayed step by step
through a fresh :class:`policies._loops.LoopTracker` with the default settings; every step gets
its embedding from the real all-MiniLM-L6-v2 model (through the ``Embedder``). A detector
"flags" a trajectory when it reports a finding at any step; the default policy "trips" when it
reaches ``act`` (warn first, act on a confirmation), and "warns" when it reaches ``warn``.

Positives are the loops: precision = TP / (TP + FP), recall = TP / loops, FPR = FP / progress.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policies._loops import (  # noqa: E402
    DETECTOR_NAMES,
    LoopConfig,
    LoopFinding,
    LoopTracker,
    Step,
    input_text,
    semantic_text,
)
from supervisor._embedder import Embedder  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Mapping

    import numpy as np

DATA = ROOT / "tests" / "data" / "trajectories" / "trajectories.jsonl"
HELDOUT = ROOT / "tests" / "data" / "trajectories_heldout" / "trajectories.jsonl"
TEST = ROOT / "tests" / "data" / "trajectories_test" / "trajectories.jsonl"
SEMANTIC = frozenset(n for n in DETECTOR_NAMES if n.startswith("semantic"))
STRUCTURAL = frozenset(DETECTOR_NAMES) - SEMANTIC
RECALL_TARGET = 0.95
FPR_TARGET = 0.02


@dataclasses.dataclass
class Trajectory:
    id: str
    label: str
    category: str
    domain: str
    steps: list[Step]


@dataclasses.dataclass
class Score:
    name: str
    tp: int = 0
    fp: int = 0
    loops: int = 0
    progress: int = 0

    @property
    def precision(self) -> float:
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.loops if self.loops else 0.0

    @property
    def fpr(self) -> float:
        return self.fp / self.progress if self.progress else 0.0

    def row(self) -> str:
        return (
            f"{self.name:<24} {self.precision:>9.3f} {self.recall:>7.3f} {self.fpr:>7.3f} "
            f"{self.tp:>4} {self.fp:>4}"
        )


@dataclasses.dataclass
class Report:
    scores: dict[str, Score]
    misses: list[str]  # loops the policy did not act on
    false_trips: list[str]  # progress the policy acted on
    per_category: dict[str, tuple[int, int]]  # category -> (acted, total)

    @property
    def policy(self) -> Score:
        return self.scores["policy (act)"]

    def meets_targets(self) -> bool:
        return self.policy.recall >= RECALL_TARGET and self.policy.fpr <= FPR_TARGET

    def table(self) -> str:
        lines = [f"{'detector':<24} {'precision':>9} {'recall':>7} {'fpr':>7} {'tp':>4} {'fp':>4}"]
        lines += [score.row() for score in self.scores.values()]
        return "\n".join(lines)


def load(path: Path = DATA) -> list[Trajectory]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        steps = [
            Step(
                kind=s["kind"],
                text=s.get("text", ""),
                tool=s.get("tool"),
                args=s.get("args"),
                observation=s.get("observation", ""),
                error=bool(s.get("error", False)),
            )
            for s in row["steps"]
        ]
        out.append(Trajectory(row["id"], row["label"], row["category"], row["domain"], steps))
    return out


async def _embed_all(texts: list[str]) -> np.ndarray:
    async with Embedder(max_batch=64) as embedder:
        return await embedder.embed(texts)


def embed(trajectories: list[Trajectory]) -> list[Trajectory]:
    """Attach the real model's embeddings to every step with something to embed: its
    :func:`semantic_text` and its new input's :func:`input_text`, as the governor does."""
    texts = sorted(
        {f(s) for t in trajectories for s in t.steps for f in (semantic_text, input_text)} - {""}
    )
    vectors = anyio.run(_embed_all, texts)
    return attach(trajectories, dict(zip(texts, vectors, strict=True)))


def attach(trajectories: list[Trajectory], table: Mapping[str, Any]) -> list[Trajectory]:
    """Give every step the embeddings ``table`` holds for its :func:`semantic_text` and its
    new input's :func:`input_text` (a text the step does not have stays ``None``)."""

    def one(step: Step) -> Step:
        text, given = semantic_text(step), input_text(step)
        if not text and not given:
            return step
        return step.with_embedding(
            table[text] if text else None, input_embedding=table[given] if given else None
        )

    return [dataclasses.replace(t, steps=[one(s) for s in t.steps]) for t in trajectories]


def evaluate(trajectories: list[Trajectory], config: LoopConfig | None = None) -> Report:
    """Replay every trajectory through a fresh tracker and score detectors and policy."""
    names = [*DETECTOR_NAMES, "structural (any)", "semantic (any)", "policy (warn)", "policy (act)"]
    scores = {name: Score(name) for name in names}
    misses: list[str] = []
    false_trips: list[str] = []
    per_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for t in trajectories:
        tracker = LoopTracker(config)
        fired: set[str] = set()
        level = "none"
        seen: list[str] = []  # each finding, for the error listing
        for step in t.steps:
            result = tracker.observe(step)
            fired |= {f.detector for f in result.findings}
            seen += [_describe(result.step_index, f) for f in result.findings]
            if result.escalation_level == "act":
                level = "act"
            elif result.escalation_level == "warn" and level == "none":
                level = "warn"
        if fired & STRUCTURAL:
            fired.add("structural (any)")
        if fired & SEMANTIC:
            fired.add("semantic (any)")
        if level in ("warn", "act"):
            fired.add("policy (warn)")
        if level == "act":
            fired.add("policy (act)")
        is_loop = t.label == "loop"
        for name, score in scores.items():
            if is_loop:
                score.loops += 1
                score.tp += name in fired
            else:
                score.progress += 1
                score.fp += name in fired
        per_category[t.category][0] += level == "act"
        per_category[t.category][1] += 1
        found = "".join(f"\n      {line}" for line in seen)
        if is_loop and level != "act":
            misses.append(f"{t.id} ({t.domain}): level={level}, fired={sorted(fired)}{found}")
        if not is_loop and level == "act":
            false_trips.append(f"{t.id} ({t.domain}): fired={sorted(fired)}{found}")
    return Report(scores, misses, false_trips, {k: (v[0], v[1]) for k, v in per_category.items()})


def _describe(index: int, finding: LoopFinding) -> str:
    """One finding as a line: step, detector, the steps involved and the semantic numbers."""
    numbers = finding.numbers()
    line = f"step {index}: {finding.detector} steps={numbers['steps']}"
    if finding.detector.startswith("semantic"):
        line += f" min_similarity={numbers['min_similarity']} max_novelty={numbers['max_novelty']}"
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="also sweep semantic settings")
    parser.add_argument("--errors", action="store_true", help="list misses and false trips")
    parser.add_argument(
        "--data",
        type=Path,
        default=DATA,
        metavar="PATH",
        help="trajectories to score (JSON lines; default: the tuning set, "
        f"{DATA.relative_to(ROOT)}; held-out set: {HELDOUT.relative_to(ROOT)}; test set: "
        f"{TEST.relative_to(ROOT)})",
    )
    args = parser.parse_args(argv)
    if args.data.resolve() != DATA:
        print(f"data: {args.data}")
    trajectories = embed(load(args.data))
    loops = sum(t.label == "loop" for t in trajectories)
    print(f"{len(trajectories)} trajectories: {loops} loops, {len(trajectories) - loops} progress")
    print(f"default settings: {LoopConfig()}")
    report = evaluate(trajectories)
    print(report.table())
    print("\npolicy acted on, per category:")
    for category, (acted, total) in sorted(report.per_category.items()):
        print(f"  {category:<32} {acted:>3}/{total}")
    if args.errors:
        print("\nloops missed by the policy:", *report.misses, sep="\n  ")
        print("\nprogress the policy acted on:", *report.false_trips, sep="\n  ")
    if args.sweep:
        print("\nsweep (semantic only: threshold, max_novelty, window -> recall/fpr):")
        only_semantic = SEMANTIC
        for window in (3,):
            for threshold in (0.65, 0.7, 0.75, 0.8, 0.85):
                for novelty in (0.25, 0.3, 0.4):
                    cfg = LoopConfig(
                        semantic_threshold=threshold,
                        semantic_max_novelty=novelty,
                        semantic_window=window,
                        enabled=only_semantic,
                    )
                    sem = evaluate(trajectories, cfg).scores["semantic (any)"]
                    full = evaluate(
                        trajectories,
                        dataclasses.replace(LoopConfig(), **_semantic(cfg)),
                    ).policy
                    print(
                        f"  w={window} t={threshold:.2f} n={novelty:.2f}  semantic "
                        f"r={sem.recall:.3f} fpr={sem.fpr:.3f}  policy r={full.recall:.3f} "
                        f"fpr={full.fpr:.3f}"
                    )
    ok = report.meets_targets()
    print(
        f"\ndefault policy: recall {report.policy.recall:.3f} (target >= {RECALL_TARGET}), "
        f"FPR {report.policy.fpr:.3f} (target <= {FPR_TARGET}): {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


def _semantic(cfg: LoopConfig) -> dict[str, Any]:
    return {
        "semantic_threshold": cfg.semantic_threshold,
        "semantic_max_novelty": cfg.semantic_max_novelty,
        "semantic_window": cfg.semantic_window,
    }


if __name__ == "__main__":
    raise SystemExit(main())
