"""Each blind set replayed through the detectors it was measured with, once, unseen: the pooled
unseen figures, and which kinds of loop the detectors miss on data nobody tuned on.

Usage::

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/unseen_by_kind.py [--cache FILE]

For each set written to the brief (the thirty-fourth on), the detectors of the commit its README
names as the one it was measured at (``MEASURED_AT``) are taken from git (``git archive``: src/
and benchmarks/ into a temporary folder) and replay the set in a subprocess, with embeddings
from ``--cache`` (``benchmarks/replay_levels.py``'s, so that only texts not in it are embedded).
Each set's act-level precision / recall / FPR is printed (they must equal the figures recorded
when it was measured: that checks the replay), then the pooled figures, then recall per loop
kind, the issue's seven kinds first.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "replay_embeddings.npz"

#: Each set written to the brief, and the commit whose detectors measured it, unseen.
MEASURED_AT = {
    "thirtyfourth": "d039ae7",
    "thirtyfifth": "b5730b6",
    "thirtysixth": "adb67df",
    "thirtyseventh": "01ac347",
    "thirtyeighth": "706896c",
    "thirtyninth": "db1b6ec",
    "fortieth": "b31361b",
    "fortyfirst": "c6e060e",
    "fortysecond": "4873019",
    "fortythird": "1f3c8a8",
    "fortyfourth": "fcefa2b",
    "fortyfifth": "fcefa2b",
    "fortysixth": "f60f862",
    "fortyseventh": "625531f",
    "fortyeighth": "88510cb",
    "fortyninth": "4b08620",
    "fiftieth": "62f3756",
    "fiftyfirst": "96b5506",
    "fiftysecond": "8a8bedc",
    "fiftythird": "d338999",
    "fiftyfourth": "7394928",
    "fiftyfifth": "2e720e3",
    "fiftysixth": "c16c402",
    "fiftyseventh": "614a66c",
    "fiftyeighth": "ba565f2",
    "fiftyninth": "4f1d57b",
    "sixtieth": "61912a6",
    "sixtyfirst": "a97c6f1",
    "sixtysecond": "9ab7d5b",
    "sixtythird": "4278dd8",
    "sixtyfourth": "db9e594",
    "sixtyfifth": "d3a9c62",
    "sixtysixth": "4f852bb",
    "sixtyseventh": "9ca32dc",
    "sixtyeighth": "6da02c0",
    "sixtyninth": "eabdf99",
    "seventieth": "288d042",
    "seventyfirst": "3d57113",
    "seventysecond": "21a7609",
    "seventythird": "a67d7a6",
    "seventyfourth": "9265905",
    "seventyfifth": "9265905",
    "seventysixth": "4a5517a",
    "seventyseventh": "4a5517a",
    "seventyeighth": "232356b",
    "seventyninth": "232356b",
    "eightieth": "2407fd7",
    "eightyfirst": "2407fd7",
    "eightysecond": "a516f03",
    "eightythird": "a516f03",
    "eightyfourth": "95d51f8",
    "eightyfifth": "95d51f8",
}

#: The loop kinds the issue names, as the brief spells them.
ISSUE_KINDS = (
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
)

# Run in the subprocess, with the old commit's src/ and benchmarks/ first on the path.
_REPLAY = """
import json, sys
from pathlib import Path
import anyio, numpy as np
tree, data, cache = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
sys.path[:0] = [str(tree / "src"), str(tree / "benchmarks")]
import eval_loops
from policies._loops import LoopTracker, input_text, semantic_text
rank = {"none": 0, "warn": 1, "act": 2}
rows = eval_loops.load(data)
texts = sorted({f(s) for t in rows for s in t.steps for f in (semantic_text, input_text)} - {""})
table = {}
if cache.exists():
    with np.load(cache, allow_pickle=False) as stored:
        table = dict(zip(stored["texts"].tolist(), stored["vectors"]))
missing = [t for t in texts if t not in table]
if missing:
    table.update(zip(missing, anyio.run(eval_loops._embed_all, missing)))
for t in eval_loops.attach(rows, table):
    tracker, level = LoopTracker(), "none"
    for step in t.steps:
        found = tracker.observe(step).escalation_level
        level = found if rank[found] > rank[level] else level
    print(json.dumps({"label": t.label, "category": t.category, "level": level}))
"""


def _tree(commit: str, into: Path) -> Path:
    """The commit's src/ and benchmarks/, extracted under ``into``."""
    where = into / commit
    if not where.exists():
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "src", "benchmarks"],
            check=True,
            capture_output=True,
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(where, filter="data")
    return where


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=CACHE, help="embedding cache (.npz)")
    args = parser.parse_args(argv)
    pooled = collections.Counter[str]()
    kinds: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    print(f"{'set':>14} {'commit':>8} {'precision':>9} {'recall':>7} {'FPR':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, commit in MEASURED_AT.items():
            data = ROOT / "tests" / "data" / f"trajectories_{name}" / "trajectories.jsonl"
            tree = _tree(commit, Path(tmp))
            out = subprocess.run(
                [sys.executable, "-c", _REPLAY, str(tree), str(data), str(args.cache)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            rows = [json.loads(line) for line in out.splitlines()]
            counts = collections.Counter[str]()
            for row in rows:
                acted = row["level"] == "act"
                counts[row["label"]] += 1
                counts[row["label"] + "_act"] += acted
                if row["label"] == "loop":
                    kind = kinds[row["category"].split("/", 1)[-1]]
                    kind[0] += 1
                    kind[1] += acted
                    kind[2] += row["level"] != "none"
            loop_act, progress_act = counts["loop_act"], counts["progress_act"]
            precision = loop_act / (loop_act + progress_act) if loop_act + progress_act else 0.0
            print(
                f"{name:>14} {commit:>8} {precision:>9.3f} {loop_act / counts['loop']:>7.3f} "
                f"{progress_act / counts['progress']:>6.3f}"
            )
            pooled.update(counts)
    loops, progress = pooled["loop"], pooled["progress"]
    print(
        f"pooled unseen: recall {pooled['loop_act'] / loops:.3f} ({pooled['loop_act']:,} of "
        f"{loops:,} loop rows), FPR {pooled['progress_act'] / progress:.3f} "
        f"({pooled['progress_act']} of {progress:,} progress rows)"
    )
    print("loop kinds (acted / rows, warned or acted):")
    ordered = sorted(kinds, key=lambda k: (k not in ISSUE_KINDS, kinds[k][1] / kinds[k][0], k))
    for kind in ordered:
        n, acted, warned = kinds[kind]
        mark = "  (the issue's)" if kind in ISSUE_KINDS else ""
        print(f"  {kind:<34} {acted:>4} / {n:<4} {acted / n:.3f}  {warned / n:.3f}{mark}")
    issue = [kinds[k] for k in ISSUE_KINDS if k in kinds]
    n, acted = sum(k[0] for k in issue), sum(k[1] for k in issue)
    print(f"the issue's seven kinds, as named: {acted} of {n} ({acted / n:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
