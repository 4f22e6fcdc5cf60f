"""Fits the models of the learned additions (`ffdb.extract.learn`) on the team's
annotated development articles and writes `src/ffdb/extract/data/models/<kind>.json`.

    .venv/bin/python tools/train_models.py                 # every kind, sets b..l
    .venv/bin/python tools/train_models.py --kind groups --dry-run   # figures only

The commands that made the committed models are in `docs/learning.md`.

For each kind it first measures by leaving one set out at a time (fit on the others,
decide the one left out), and prints, for a range of thresholds, how many of the
candidates it accepts are right and wrong, and the F1 of the kind over all sets with
the rules' facts plus the accepted ones. The written model is fitted on every set with
the threshold that gave the best F1 left-one-out. Labels come from the gold files by
the shared scorer's own matching (`../shared/eval/score.py`), so a candidate is right
exactly when the scorer would count it.

It refuses the sealed held-out sets (`SEALED`, see `tests/data/unseen/README.md`): they
measure the models, they do not teach them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from ffdb.extract.assemble import build_persons
from ffdb.extract.document import analyse
from ffdb.extract.learn import MODELS, PairModel, fit
from ffdb.extract.learn_trees import fit_trees
from ffdb.extract.pair_layer import KINDS, candidates
from ffdb.pipeline import read_documents

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "unseen"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEV_SETS = "bcdefghijkl"
SEALED = "qrvw"
THRESHOLDS = [round(0.2 + 0.05 * i, 2) for i in range(15)]

Row = tuple[dict[str, float], bool, str]  # features, label, set


def set_names(spec: str) -> list[str]:
    """The sets a `--sets` or `--judge` value names: one character each ("bcd1"), or
    comma-separated names when a set's name is longer ("b,c,d,1,10")."""
    return [name.strip() for name in spec.split(",") if name.strip()] if "," in spec else list(spec)


def load_scorer() -> ModuleType:
    if not SCORER.is_file():
        sys.exit(f"{SCORER}: the shared scorer is absent (../shared beside the checkout)")
    spec = importlib.util.spec_from_file_location("ffdb_shared_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def right(score: ModuleType, kind: str, gold: dict[str, Any], value: str) -> bool:
    """Whether the scorer would count `value` as a hit of the gold person's `kind`."""
    if kind == "groups":
        found = score.loose(value)
        alts = [score.alternatives(x) for x in gold.get("groups") or []]
        return any(
            found and (found == a or found in a or a in found) for al in alts for a in al if a
        )
    if kind == "hometowns":
        return bool(gold.get("hometown")) and score.same_place(gold["hometown"], value)
    return value in {e.get("status") for e in gold.get("events") or []}


def document_rows(
    score: ModuleType, path: Path, gold: list[dict[str, Any]], tag: str
) -> tuple[dict[str, list[Row]], list[dict[str, Any]]]:
    """Every candidate of every kind in one file, labelled, and the rules' own records."""
    rows: dict[str, list[Row]] = defaultdict(list)
    out: list[dict[str, Any]] = []
    for doc in read_documents(path, str(path)):
        found = analyse(doc.text, published=doc.published, language=doc.language)
        persons, ids = build_persons(found.ctx, found.clusters, found.facts, found.events)
        records = [p.as_record() for p in persons]
        out += records
        by_gold = dict(score.match_persons(gold, records))
        gold_of = {records[pi]["id"]: gold[gi] for gi, pi in by_gold.items()}
        for kind in KINDS:
            for cand in candidates(found.ctx, found.facts, found.events, kind):
                person = gold_of.get(ids.get(cand.person, ""))
                label = person is not None and right(score, kind, person, cand.value)
                rows[kind].append((cand.features, label, tag))
    return rows, out


Counts = dict[tuple[str, str], list[int]]  # (kind, set) -> the rules' tp, fp, fn


def base_counts(score: ModuleType, sets: list[str]) -> tuple[dict[str, list[Row]], Counts]:
    """Labelled candidates per kind, and the rules' own tp/fp/fn per kind and set."""
    rows: dict[str, list[Row]] = defaultdict(list)
    counts: Counts = defaultdict(lambda: [0, 0, 0])
    field = {"groups": "groups", "hometowns": "hometowns", "events": "events"}
    for tag in sets:
        folder = UNSEEN / f"extract_{tag}"
        gold_rows = [
            json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines() if x.strip()
        ]
        for path in sorted(folder.glob("*.txt")):
            gold = [
                r for r in gold_rows if r.get("file") == path.name and r.get("type") == "person"
            ]
            labelled, pred = document_rows(score, path, gold, tag)
            for kind, found in labelled.items():
                rows[kind] += found
            result = score.score(gold, pred)
            for kind, name in field.items():
                for i, key in enumerate(("tp", "fp", "fn")):
                    counts[kind, tag][i] += result[name][key]
    return rows, counts


def fitted(
    kind: str,
    rows: list[tuple[dict[str, float], bool]],
    learner: str,
    threshold: float = 0.5,
    trees: tuple[int, int] = (150, 8),
) -> PairModel:
    if learner == "trees":
        rounds, min_leaf = trees
        return fit_trees(kind, rows, threshold=threshold, rounds=rounds, min_leaf=min_leaf)
    return fit(kind, rows, threshold=threshold)


Scored = tuple[float, bool, str]  # probability, label, set


def left_out(
    kind: str, rows: list[Row], sets: list[str], learner: str, trees: tuple[int, int]
) -> list[Scored]:
    """Each row's probability from a model fitted without its set."""
    out = []
    for tag in sets:
        train = [(f, y) for f, y, t in rows if t != tag]
        if not any(y for _, y in train):
            continue
        model = fitted(kind, train, learner, trees=trees)
        out += [(model.probability(f), y, t) for f, y, t in rows if t == tag]
    return out


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(kind: str, scored: list[Scored], counts: Counts, judge: list[str]) -> float:
    """Prints the figures per threshold over the sets of `judge`; returns the threshold
    with the best F1 there."""
    tp, fp, fn = (sum(counts[kind, tag][i] for tag in judge) for i in range(3))
    decided = [(p, y) for p, y, tag in scored if tag in judge]
    print(
        f"\n{kind} on sets {','.join(judge)}: {len(decided)} candidates, "
        f"{sum(y for _, y in decided)} right; "
        f"rules alone tp {tp} fp {fp} fn {fn} F1 {f1(tp, fp, fn):.3f}"
    )
    best, best_f1 = 1.01, f1(tp, fp, fn)
    for threshold in THRESHOLDS:
        good = sum(1 for p, y in decided if p >= threshold and y)
        bad = sum(1 for p, y in decided if p >= threshold and not y)
        score = f1(tp + good, fp + bad, fn - good)
        print(f"  >= {threshold:.2f}: +{good} right, +{bad} wrong, F1 {score:.3f}")
        if score > best_f1 + 0.002:
            best, best_f1 = threshold, score
    print(f"  chosen threshold {best}")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", action="append", choices=list(KINDS))
    parser.add_argument(
        "--sets", default=DEV_SETS, help="the sets to fit on: letters, or names joined by commas"
    )
    parser.add_argument(
        "--judge", help="the sets whose left-out figures choose the threshold (default: all)"
    )
    parser.add_argument(
        "--threshold",
        type=float,
        help="write this threshold instead of the chosen one (the figures are still printed)",
    )
    parser.add_argument("--learner", choices=["logistic", "trees"], default="logistic")
    parser.add_argument("--rounds", type=int, default=150, help="boosting rounds (trees)")
    parser.add_argument("--min-leaf", type=int, default=8, help="rows a leaf holds at least")
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args()
    sets = set_names(args.sets)
    judge = set_names(args.judge) if args.judge else sets
    if set(sets) & set(SEALED):
        sys.exit(f"sets {SEALED} are sealed held-out sets: they measure, they never teach")
    score = load_scorer()
    rows, counts = base_counts(score, sets)
    for kind in args.kind or list(KINDS):
        mine = rows.get(kind, [])
        trees = (args.rounds, args.min_leaf)
        scored = left_out(kind, mine, sets, args.learner, trees)
        threshold = report(kind, scored, counts, judge)
        if args.threshold is not None:
            threshold = args.threshold
            print(f"  written with threshold {threshold}, as asked")
        if args.dry_run:
            continue
        model = fitted(kind, [(f, y) for f, y, _ in mine], args.learner, threshold, trees)
        MODELS.mkdir(parents=True, exist_ok=True)
        target = MODELS / f"{kind}.json"
        target.write_text(json.dumps(model.as_json(), indent=1, ensure_ascii=False) + "\n")
        size = f"{len(model.weights)} weights, {len(model.trees)} trees"
        print(f"  wrote {target.relative_to(ROOT)} ({size})")


if __name__ == "__main__":
    main()
