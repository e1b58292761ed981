"""Experiment: a small learned second stage on top of the loop rules, measured leave-one-set-out.

Usage::

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/experiment_learned.py embed [--cache DIR]
    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/experiment_learned.py features [--cache DIR]
    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/experiment_learned.py loso [--cache DIR] [--model M]
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

import anyio
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_loops import _embed_all, attach, evaluate, load  # noqa: E402

from policies._loops import (  # noqa: E402
    DETECTOR_NAMES,
    LoopTracker,
    Step,
    _content_words,
    input_text,
    semantic_text,
)

DATA = ROOT / "tests" / "data"


def set_paths() -> dict[str, Path]:
    return {p.parent.name: p for p in sorted(DATA.glob("trajectories*/trajectories.jsonl"))}


def cmd_embed(cache: Path) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    out = cache / "embeddings.npz"
    texts: set[str] = set()
    for path in set_paths().values():
        for t in load(path):
            for s in t.steps:
                texts |= {semantic_text(s), input_text(s)}
    texts.discard("")
    ordered = sorted(texts)
    print(f"{len(ordered)} unique texts", flush=True)
    vecs = []
    chunk = 2048
    t0 = time.time()
    for i in range(0, len(ordered), chunk):
        vecs.append(anyio.run(_embed_all, ordered[i : i + chunk]))
        print(f"{i + chunk}/{len(ordered)} {time.time() - t0:.0f}s", flush=True)
    np.savez(out, texts=np.array(ordered, dtype=object), vectors=np.vstack(vecs).astype(np.float32))
    print(f"wrote {out}", flush=True)


# --------------------------------------------------------------------------------------------
# Online per-step features
# --------------------------------------------------------------------------------------------

WINDOW = 8  # earlier same-kind steps compared with
LEVEL = {"none": 0.0, "warn": 1.0, "act": 2.0}
DETECTOR_INDEX = {name: i for i, name in enumerate(DETECTOR_NAMES)}
FEATURES = [
    "is_tool",
    "log_index",
    "sim_max",
    "sim_2nd",
    "n_sim70",
    "n_sim80",
    "n_sim90",
    "sim_prev",
    "in_max",
    "has_input",
    "n_in80",
    "act_repeat",
    "act_repeat_prev",
    "obs_repeat",
    "pair_repeat",
    "same_tool",
    "error",
    "err_run",
    "jac_max",
    "jac_mean3",
    "novel_share",
    "log_words",
    "level",
    "level_max",
    "n_findings",
    "log_findings_total",
    *[f"fired_{n}" for n in DETECTOR_NAMES],
    "roll_sim4",
    "roll_rep6",
    "distinct_tools6",
    # Added after the first LOSO runs (see the report): information gain over a stretch.
    "roll_novel4",
    "since_novel",
    "roll_jac4",
    "llm_share6",
    "input_restated",
]
BASE = 42  # the first FEATURES, the "all" set
NF = len(FEATURES)
LEVEL_MAX = FEATURES.index("level_max")


class FeatureTracker:
    """Per-session online features: each step is compared only with the steps before it."""

    def __init__(self) -> None:
        # per kind: list of (unit embedding or None, action_key, obs_key, content words, tool)
        self.kinds: dict[str, list[tuple]] = {"llm": [], "tool": []}
        self.inputs: list[np.ndarray] = []
        self.seen_words: dict[str, set[str]] = {"llm": set(), "tool": set()}
        self.fired = np.zeros(len(DETECTOR_NAMES), np.float32)
        self.level_max = 0.0
        self.findings_total = 0
        self.err_run = 0
        self.index = 0
        self.recent_sim: list[float] = []
        self.recent_rep: list[float] = []
        self.recent_tools: list[str] = []
        self.recent_novel: list[float] = []
        self.recent_jac: list[float] = []
        self.recent_kind: list[bool] = []
        self.last_novel = 0

    def observe(self, step: Step, level: str, detectors: list[str]) -> np.ndarray:
        x = np.zeros(NF, np.float32)
        kind = step.kind
        tool = kind == "tool"
        prev = self.kinds[kind][-WINDOW:]
        x[0] = tool
        x[1] = np.log1p(self.index)
        emb = step.embedding
        sim_max = 0.0
        if emb is not None:
            vecs = [p[0] for p in prev if p[0] is not None]
            if vecs:
                sims = np.stack(vecs) @ emb
                srt = np.sort(sims)[::-1]
                sim_max = float(srt[0])
                x[2] = sim_max
                x[3] = srt[1] if len(srt) > 1 else 0.0
                x[4] = float((sims > 0.7).sum())
                x[5] = float((sims > 0.8).sum())
                x[6] = float((sims > 0.9).sum())
                x[7] = sims[-1]
        if step.input_embedding is not None:
            x[9] = 1.0
            if self.inputs:
                isims = np.stack(self.inputs[-WINDOW:]) @ step.input_embedding
                x[8] = float(isims.max())
                x[10] = float((isims > 0.8).sum())
            self.inputs.append(step.input_embedding)
        akey = step.action_key
        okey = step.observation_key if tool else ""
        x[11] = sum(p[1] == akey for p in prev)
        x[12] = bool(prev) and prev[-1][1] == akey
        if tool:
            x[13] = sum(p[2] == okey for p in prev)
            x[14] = sum(p[1] == akey and p[2] == okey for p in prev)
            x[15] = sum(p[4] == step.tool for p in prev)
            x[16] = step.error
            self.err_run = self.err_run + 1 if step.error else 0
            x[17] = self.err_run
        words = _content_words(step.observation if tool else step.text)
        if prev and words:
            jac = [len(words & p[3]) / len(words | p[3]) if p[3] else 0.0 for p in prev]
            x[18] = max(jac)
            x[19] = sum(jac[-3:]) / len(jac[-3:])
        seen = self.seen_words[kind]
        x[20] = (len(words - seen) / len(words)) if words else 0.0
        seen |= words
        x[21] = np.log1p(len((step.observation if tool else step.text).split()))
        lv = LEVEL[level]
        self.level_max = max(self.level_max, lv)
        x[22] = lv
        x[23] = self.level_max
        x[24] = len(detectors)
        self.findings_total += len(detectors)
        x[25] = np.log1p(self.findings_total)
        for d in detectors:
            self.fired[DETECTOR_INDEX[d]] = 1.0
        x[26 : 26 + len(DETECTOR_NAMES)] = self.fired
        k = 26 + len(DETECTOR_NAMES)
        self.recent_sim.append(sim_max)
        self.recent_rep.append(float(sim_max > 0.85 or x[11] > 0))
        x[k] = sum(self.recent_sim[-4:]) / len(self.recent_sim[-4:])
        x[k + 1] = sum(self.recent_rep[-6:])
        if tool:
            self.recent_tools.append(akey)
        rt = self.recent_tools[-6:]
        x[k + 2] = len(set(rt)) / len(rt) if rt else 1.0
        self.recent_novel.append(float(x[20]))
        self.recent_jac.append(float(x[18]))
        self.recent_kind.append(tool)
        x[k + 3] = sum(self.recent_novel[-4:]) / len(self.recent_novel[-4:])
        if x[20] > 0.5:
            self.last_novel = self.index
        x[k + 4] = np.log1p(self.index - self.last_novel)
        x[k + 5] = sum(self.recent_jac[-4:]) / len(self.recent_jac[-4:])
        x[k + 6] = 1.0 - sum(self.recent_kind[-6:]) / len(self.recent_kind[-6:])
        x[k + 7] = float(step._restated is True)
        self.kinds[kind].append((emb, akey, okey, words, step.tool))
        self.index += 1
        return x


def load_table(cache: Path) -> dict[str, np.ndarray]:
    z = np.load(cache / "embeddings.npz", allow_pickle=True)
    return dict(zip(z["texts"].tolist(), z["vectors"], strict=True))


def cmd_features(cache: Path) -> None:
    """Replay every set through the rules and the feature tracker; cache per-set arrays."""
    table = load_table(cache)
    out = {}
    feat_ns = 0
    n_steps = 0
    for name, path in set_paths().items():
        trajs = attach(load(path), table)
        report = evaluate(trajs)
        rows = []
        for t in trajs:
            tracker = LoopTracker()
            ft = FeatureTracker()
            xs = []
            rule_act = False
            for step in t.steps:
                result = tracker.observe(step)
                dets = [f.detector for f in result.findings]
                t0 = time.perf_counter_ns()
                xs.append(ft.observe(step, result.escalation_level, dets))
                feat_ns += time.perf_counter_ns() - t0
                n_steps += 1
                rule_act |= result.escalation_level == "act"
            rows.append(
                {
                    "id": t.id,
                    "label": t.label,
                    "category": t.category,
                    "rules_act": rule_act,
                    "X": np.stack(xs),
                }
            )
        pol = report.policy
        check = sum(r["rules_act"] and r["label"] == "loop" for r in rows)
        print(
            f"{name:<28} n={len(rows):>4} rules recall {pol.recall:.3f} fpr {pol.fpr:.3f} "
            f"(replay tp {check} vs {pol.tp})",
            flush=True,
        )
        out[name] = rows
    with open(cache / "features.pkl", "wb") as fh:
        pickle.dump({"features": FEATURES, "sets": out}, fh)
    print(f"feature time: {feat_ns / n_steps / 1000:.1f} us/step over {n_steps} steps")


# --------------------------------------------------------------------------------------------
# Models: multiple-instance (trajectory label, step scores pooled) in numpy; sklearn to compare
# --------------------------------------------------------------------------------------------


def _segments(lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    seg = np.repeat(np.arange(len(lengths)), lengths)
    return starts, seg


def _lse_pool(z: np.ndarray, starts: np.ndarray, seg: np.ndarray):
    """Trajectory logit = log-sum-exp of its step logits; and the softmax weights per step."""
    m = np.maximum.reduceat(z, starts)
    e = np.exp(z - m[seg])
    tot = np.add.reduceat(e, starts)
    return m + np.log(tot), e / tot[seg]


class MILModel:
    """Step score f(x) (linear, or one tanh hidden layer); a trajectory's training logit is
    the log-sum-exp of its steps' scores (a soft max over steps); trained with Adam."""

    def __init__(
        self, hidden: int = 0, l2: float = 1e-3, iters: int = 600, lr: float = 0.03, seed: int = 0
    ) -> None:
        self.hidden, self.l2, self.iters, self.lr, self.seed = hidden, l2, iters, lr, seed

    def _init(self, d: int) -> list[np.ndarray]:
        rng = np.random.default_rng(self.seed)
        if self.hidden:
            h = self.hidden
            return [
                rng.normal(0, 1 / np.sqrt(d), (d, h)),
                np.zeros(h),
                rng.normal(0, 1 / np.sqrt(h), h),
                np.zeros(1),
            ]
        return [np.zeros(d), np.zeros(1)]

    def _forward(self, X: np.ndarray, p: list[np.ndarray]):
        if self.hidden:
            a = np.tanh(X @ p[0] + p[1])
            return a @ p[2] + p[3][0], a
        return X @ p[0] + p[1][0], None

    def fit(self, X: np.ndarray, lengths: np.ndarray, y: np.ndarray) -> MILModel:
        self.mu = X.mean(0)
        self.sd = X.std(0) + 1e-6
        Xs = (X - self.mu) / self.sd
        starts, seg = _segments(lengths)
        p = self._init(X.shape[1])
        m = [np.zeros_like(q) for q in p]
        v = [np.zeros_like(q) for q in p]
        n = len(lengths)
        for it in range(1, self.iters + 1):
            z, a = self._forward(Xs, p)
            L, w = _lse_pool(z, starts, seg)
            g_traj = (1 / (1 + np.exp(-L)) - y) / n
            gz = g_traj[seg] * w
            if self.hidden:
                g2 = a.T @ gz
                gb2 = np.array([gz.sum()])
                ga = np.outer(gz, p[2]) * (1 - a * a)
                grads = [Xs.T @ ga, ga.sum(0), g2, gb2]
                grads[0] += self.l2 * p[0]
                grads[2] += self.l2 * p[2]
            else:
                grads = [Xs.T @ gz + self.l2 * p[0], np.array([gz.sum()])]
            for i, g in enumerate(grads):
                m[i] = 0.9 * m[i] + 0.1 * g
                v[i] = 0.999 * v[i] + 0.001 * g * g
                p[i] -= self.lr * (m[i] / (1 - 0.9**it)) / (np.sqrt(v[i] / (1 - 0.999**it)) + 1e-8)
        self.p = p
        return self

    def step_scores(self, X: np.ndarray) -> np.ndarray:
        return self._forward((X - self.mu) / self.sd, self.p)[0]


class HGBModel:
    """sklearn HistGradientBoosting on steps, every step labelled with its trajectory's label
    (weighted 1/length so each trajectory counts once); pooled by max at decision time."""

    def fit(self, X: np.ndarray, lengths: np.ndarray, y: np.ndarray) -> HGBModel:
        from sklearn.ensemble import HistGradientBoostingClassifier

        ys = np.repeat(y, lengths)
        wts = np.repeat(1.0 / lengths, lengths)
        self.m = HistGradientBoostingClassifier(
            max_iter=200,
            learning_rate=0.05,
            max_leaf_nodes=15,
            min_samples_leaf=40,
            l2_regularization=1.0,
            random_state=0,
        ).fit(X, ys, sample_weight=wts)
        return self

    def step_scores(self, X: np.ndarray) -> np.ndarray:
        return self.m.decision_function(X)


def make_model(name: str):
    if name == "logreg":
        return MILModel(hidden=0)
    if name == "mlp":
        return MILModel(hidden=16, iters=800, l2=3e-3)
    if name == "hgb":
        return HGBModel()
    raise ValueError(name)


def traj_scores(model, rows: list[dict], cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per trajectory: the highest step score, and the second highest (two steps over)."""
    X = np.vstack([r["X"] for r in rows])[:, cols]
    lengths = np.array([len(r["X"]) for r in rows])
    z = model.step_scores(X)
    top1, top2 = [], []
    for seg in np.split(z, np.cumsum(lengths)[:-1]):
        s = np.sort(seg)[::-1]
        top1.append(s[0])
        top2.append(s[1] if len(s) > 1 else -np.inf)
    return np.array(top1), np.array(top2)


def pick_threshold(score: np.ndarray, rules: np.ndarray, loop: np.ndarray, fpr: float) -> float:
    """Smallest threshold with training FPR of (rules OR score > threshold) <= fpr."""
    prog = ~loop
    allowed = int(np.floor(fpr * prog.sum())) - int((rules & prog).sum())
    if allowed < 0:
        return np.inf
    cand = np.sort(score[prog & ~rules])[::-1]
    if allowed >= len(cand):
        return -np.inf
    return float(cand[allowed])  # trip if score > threshold: exactly `allowed` over it


def rates(trip: np.ndarray, loop: np.ndarray) -> tuple[float, float]:
    return trip[loop].mean(), trip[~loop].mean()


FEATURE_SETS = {
    "all": lambda f: FEATURES.index(f) < BASE,
    "extended": lambda f: True,
    "no_rules": lambda f: (
        FEATURES.index(f) < BASE
        and not (
            f.startswith("fired_")
            or f in ("level", "level_max", "n_findings", "log_findings_total")
        )
    ),
}


def cmd_loso(args: argparse.Namespace) -> None:
    with open(args.cache / "features.pkl", "rb") as fh:
        data = pickle.load(fh)
    sets = data["sets"]
    cols = np.array([i for i, f in enumerate(data["features"]) if FEATURE_SETS[args.features](f)])
    names = list(sets)
    print(
        f"model={args.model} features={args.features} ({len(cols)}) pool={args.pool} "
        f"train FPR budgets={args.fpr}"
    )
    hdr = (
        f"{'held-out set':<28} {'rules r':>7} {'fpr':>6} | {'OR r':>6} {'fpr':>6} | "
        f"{'clf r':>6} {'fpr':>6} | {'+tp':>3} {'+fp':>3}"
    )
    print(hdr)
    agg = []
    added_cats: dict[str, int] = {}
    added_fp: list[str] = []
    missed_cats: dict[str, int] = {}
    budgets = [float(b) for b in args.fpr.split(",")]
    per_budget: dict[float, list] = {}
    dump: list[dict] = []
    n_warn_tp = n_warn_fp = 0
    for held in names:
        # --insample (a diagnostic ceiling, not a result): the held-out set is trained on too.
        train = [r for n in names if n != held or args.insample for r in sets[n]]
        test = sets[held]
        X = np.vstack([r["X"] for r in train])[:, cols]
        lengths = np.array([len(r["X"]) for r in train])
        y = np.array([r["label"] == "loop" for r in train], float)
        model = make_model(args.model).fit(X, lengths, y)
        t1, t2 = traj_scores(model, train, cols)
        tr_score = t1 if args.pool == "max" else t2
        tr_rules = np.array([r["rules_act"] for r in train])
        h1, h2 = traj_scores(model, test, cols)
        score = h1 if args.pool == "max" else h2
        loop = np.array([r["label"] == "loop" for r in test])
        rules = np.array([r["rules_act"] for r in test])
        warn = np.array([r["X"][:, LEVEL_MAX].max() >= 1 for r in test])
        for b in budgets:
            th = pick_threshold(tr_score, tr_rules, y.astype(bool), b)
            clf = score > th
            per_budget.setdefault(b, []).append(
                (*rates(rules, loop), *rates(rules | clf, loop), *rates(clf, loop))
            )
        th = pick_threshold(tr_score, tr_rules, y.astype(bool), budgets[0])
        clf = score > th
        both = rules | clf
        dump.append(
            {
                "set": held,
                "th": th,
                "ids": [r["id"] for r in test],
                "loop": loop,
                "rules": rules,
                "warn": warn,
                "score": score,
                "category": [r["category"] for r in test],
            }
        )
        rr, rf = rates(rules, loop)
        orr, orf = rates(both, loop)
        cr, cf = rates(clf, loop)
        add_tp = clf & ~rules & loop
        add_fp = clf & ~rules & ~loop
        n_warn_tp += int((add_tp & warn).sum())
        n_warn_fp += int((add_fp & warn).sum())
        for r, a in zip(test, add_tp, strict=True):
            if a:
                added_cats[r["category"]] = added_cats.get(r["category"], 0) + 1
        for r, b in zip(test, both, strict=True):
            if r["label"] == "loop" and not b:
                missed_cats[r["category"]] = missed_cats.get(r["category"], 0) + 1
        added_fp += [r["id"] for r, a in zip(test, add_fp, strict=True) if a]
        agg.append((rr, rf, orr, orf, cr, cf))
        print(
            f"{held:<28} {rr:7.3f} {rf:6.3f} | {orr:6.3f} {orf:6.3f} | {cr:6.3f} {cf:6.3f} | "
            f"{add_tp.sum():3d} {add_fp.sum():3d}   (th {th:.2f})",
            flush=True,
        )
    a = np.array(agg).mean(0)
    print(
        f"{'MEAN over sets':<28} {a[0]:7.3f} {a[1]:6.3f} | {a[2]:6.3f} {a[3]:6.3f} | "
        f"{a[4]:6.3f} {a[5]:6.3f}"
    )
    print(
        "loops added by the classifier, per category:",
        dict(sorted(added_cats.items(), key=lambda kv: -kv[1])),
    )
    print(
        "loops still missed (rules OR classifier), per category:",
        dict(sorted(missed_cats.items(), key=lambda kv: -kv[1])),
    )
    print("false trips added:", added_fp)
    print(
        f"of the added: {n_warn_tp}/{sum(added_cats.values())} loops and {n_warn_fp}/"
        f"{len(added_fp)} false trips had reached the rules' warn level"
    )
    print(
        "training FPR budget -> mean over held-out sets: rules OR clf recall/FPR; "
        "clf alone recall/FPR; twentieth, twenty-first OR recall/FPR"
    )
    for b, rows in per_budget.items():
        m = np.array(rows).mean(0)
        t20 = rows[names.index("trajectories_twentieth")]
        t21 = rows[names.index("trajectories_twentyfirst")]
        print(
            f"  {b:.4f}: OR {m[2]:.3f}/{m[3]:.3f}  clf {m[4]:.3f}/{m[5]:.3f}  "
            f"20th {t20[2]:.3f}/{t20[3]:.3f}  21st {t21[2]:.3f}/{t21[3]:.3f}"
        )
    tag = "_insample" if args.insample else ""
    out = args.cache / f"loso_{args.model}_{args.features}_{args.pool}{tag}.pkl"
    with open(out, "wb") as fh:
        pickle.dump(dump, fh)
    print(f"per-trajectory scores: {out}")
    if args.model != "hgb":
        # Cost of scoring one step (features already computed): standardise + score.
        x = sets[names[0]][0]["X"][0][cols]
        t0 = time.perf_counter_ns()
        for _ in range(20000):
            model.step_scores(x[None, :])
        print(f"scoring: {(time.perf_counter_ns() - t0) / 20000 / 1000:.1f} us/step")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("cmd", choices=["embed", "features", "loso"])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/learn"))
    parser.add_argument("--model", choices=["logreg", "mlp", "hgb"], default="logreg")
    parser.add_argument("--features", choices=list(FEATURE_SETS), default="all")
    parser.add_argument(
        "--pool",
        choices=["max", "two"],
        default="max",
        help="trip on one step over the threshold, or on two",
    )
    parser.add_argument(
        "--fpr",
        default="0.01,0.0025,0.005,0.02",
        help="training FPR budgets (comma list; the first gets the full table)",
    )
    parser.add_argument(
        "--insample",
        action="store_true",
        help="diagnostic ceiling: also train on the evaluated set (not LOSO)",
    )
    args = parser.parse_args(argv)
    if args.cmd == "embed":
        cmd_embed(args.cache)
    elif args.cmd == "features":
        cmd_features(args.cache)
    elif args.cmd == "loso":
        cmd_loso(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
