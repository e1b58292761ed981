"""Replay every labelled trajectory set and record the default policy's level per row.

Usage::

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/replay_levels.py --out AFTER.json
    .venv/bin/python benchmarks/replay_levels.py --compare BEFORE.json AFTER.json

A tuning round's acceptance rule is that no ``loop`` row loses its act and no ``progress`` row
gains one, over every set in ``tests/data/``, not only the set the round studied. The first
form replays all of them (``tests/data/*/trajectories.jsonl``, plus any ``--data`` files)
through :mod:`eval_loops`, with the real model's embeddings, and writes each row's level
(``none``, ``warn`` or ``act``) and the detectors that fired. The second form lists every row
whose level changed between two such files and says whether the rule held (exit status 1 when
it did not).

Embedding all sets takes minutes on a small machine, and the detectors' code does not change
the texts embedded, so the vectors are kept in ``--cache`` (a ``.npz`` file, by default
``.cache/replay_embeddings.npz``) and only texts not in it are embedded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import anyio
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_loops

from policies._loops import LoopTracker, input_text, semantic_text

ROOT = eval_loops.ROOT
CACHE = ROOT / ".cache" / "replay_embeddings.npz"
RANK = {"none": 0, "warn": 1, "act": 2}


def _sets(extra: list[Path]) -> list[Path]:
    return sorted((ROOT / "tests" / "data").glob("*/trajectories.jsonl")) + extra


def _vectors(texts: list[str], cache: Path) -> dict[str, np.ndarray]:
    table: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache, allow_pickle=False) as stored:
            table = dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
    missing = [t for t in texts if t not in table]
    if missing:
        print(f"embedding {len(missing)} texts not in {cache} ...", file=sys.stderr)
        fresh = anyio.run(eval_loops._embed_all, missing)
        table.update(zip(missing, fresh, strict=True))
        cache.parent.mkdir(parents=True, exist_ok=True)
        keys = sorted(table)
        np.savez(cache, texts=np.array(keys), vectors=np.stack([table[k] for k in keys]))
    return table


def replay(extra: list[Path], cache: Path) -> dict[str, dict[str, object]]:
    rows: list[eval_loops.Trajectory] = []
    for path in _sets(extra):
        rows += eval_loops.load(path)
    funcs = (semantic_text, input_text)
    texts = sorted({f(s) for t in rows for s in t.steps for f in funcs} - {""})
    rows = eval_loops.attach(rows, _vectors(texts, cache))
    out: dict[str, dict[str, object]] = {}
    for t in rows:
        tracker = LoopTracker()
        level, fired = "none", set()
        for step in t.steps:
            result = tracker.observe(step)
            fired |= {f.detector for f in result.findings}
            if RANK[result.escalation_level] > RANK[level]:
                level = result.escalation_level
        out[t.id] = {"label": t.label, "level": level, "fired": sorted(fired)}
    return out


def compare(before: dict[str, dict[str, object]], after: dict[str, dict[str, object]]) -> int:
    gained, lost, broken = 0, 0, 0
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            print(f"  {key}: only in {'after' if old is None else 'before'}")
            continue
        if old["level"] == new["level"]:
            continue
        up = RANK[str(new["level"])] > RANK[str(old["level"])]
        loop = new["label"] == "loop"
        bad = (loop and old["level"] == "act") or (not loop and new["level"] == "act")
        gained += loop and new["level"] == "act"
        lost += not loop and old["level"] == "act"
        broken += bad
        mark = "BREAKS THE RULE" if bad else ("better" if up == loop else "worse")
        print(f"  {key} ({new['label']}): {old['level']} -> {new['level']}  {mark}")
    print(
        f"{len(after)} rows: {gained} loop rows now act, {lost} false trips removed, "
        f"{broken} changes break the rule"
    )
    return 1 if broken else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="write each row's level here (JSON)")
    parser.add_argument("--data", type=Path, action="append", default=[], help="another set")
    parser.add_argument("--cache", type=Path, default=CACHE, help="embedding cache (.npz)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        return compare(before, after)
    if not args.out:
        parser.error("give --out FILE to replay, or --compare BEFORE AFTER")
    levels = replay(args.data, args.cache)
    args.out.write_text(json.dumps(levels, indent=0, sort_keys=True), encoding="utf-8")
    acted = sum(v["level"] == "act" for v in levels.values())
    print(f"{len(levels)} rows replayed, {acted} act; written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
