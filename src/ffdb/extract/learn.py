"""Learned decisions over the candidates the rules propose.

The rules are precise but narrow on text they were not written against: on fresh
articles they miss about half the group ties and a third of the events while keeping
precision near 0.85. So each kind of fact also has a candidate generator (every person
× every group the document names, every person near an event cue, ...) that describes
each pair by general features (distance, who is the clause's subject, how often the
document names the group) and a logistic model that decides. A candidate the model
accepts is added beside what the rules found; the rules' own facts are never removed.

The weights are ours: `tools/train_models.py` fits them on the team's annotated
development articles (`tests/data/unseen/extract_b` .. `extract_l`) and writes
`data/models/<kind>.json`; nothing is downloaded. A model file that is absent switches
its kind off.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ffdb.extract.lexicon import DATA

MODELS = DATA / "models"


@dataclass(slots=True)
class Candidate:
    """A fact the rules did not state, proposed for the model to decide: `person` is the
    cluster index, `value` the group, place or status, `features` what the model reads,
    `evidence` the span to quote and `extra` what the fact needs if accepted."""

    kind: str
    person: int
    value: str
    features: dict[str, float]
    evidence: tuple[int, int]
    extra: dict[str, Any] = field(default_factory=dict)


# A tree of depth two: the feature and cut of its root, of its left child (root value at
# or below the cut) and of its right child, and its four leaves' values in log-odds.
Tree = tuple[str, float, str, float, str, float, float, float, float, float]


def tree_value(tree: Tree, features: Mapping[str, float]) -> float:
    root, cut, left, left_cut, right, right_cut, ll, lr, rl, rr = tree
    if features.get(root, 0.0) <= cut:
        return ll if features.get(left, 0.0) <= left_cut else lr
    return rl if features.get(right, 0.0) <= right_cut else rr


@dataclass(frozen=True, slots=True)
class TreeIndex:
    """What reading many trees fast needs: their sum when none of their features is
    present (a feature absent reads as 0), the trees whose value each feature may change,
    and each tree with its leaves less its value with no feature. A candidate has a few
    dozen features of some hundreds: only the trees that one of them changes are read.

    When every cut is 0 (features that are there or not, as all of ours) the trees are a
    sum over the features present instead: a tree less its base adds its left-right leaf
    for its left child alone, its right leaves for its root, and corrections for its root
    with either child; `terms` holds for each feature what it adds alone and with each
    partner (None when some cut is not 0). A candidate then costs a lookup per feature,
    not a read of the hundred trees its features touch (the same sum, added up in
    another order)."""

    baseline: float
    by_feature: dict[str, tuple[int, ...]]
    shifted: tuple[Tree, ...]
    terms: dict[str, tuple[float, tuple[tuple[str, float], ...]]] | None = None


def index_trees(trees: Sequence[Tree]) -> TreeIndex:
    base = [tree_value(tree, {}) for tree in trees]
    by_feature: dict[str, list[int]] = {}
    for i, tree in enumerate(trees):
        # With its root absent a tree takes the side it takes with nothing: the child of
        # the other side cannot change its value
        child = tree[2] if tree[1] >= 0.0 else tree[4]
        for name in {tree[0], child}:
            by_feature.setdefault(name, []).append(i)
    # A leaf less its tree's base: a tree no feature changes adds nothing
    shifted = tuple(
        (*tree[:6], tree[6] - b, tree[7] - b, tree[8] - b, tree[9] - b)
        for tree, b in zip(trees, base, strict=True)
    )
    terms = _terms(shifted) if all(t[1] == t[3] == t[5] == 0.0 for t in trees) else None
    return TreeIndex(sum(base), {k: tuple(v) for k, v in by_feature.items()}, shifted, terms)


def _terms(shifted: Sequence[Tree]) -> dict[str, tuple[float, tuple[tuple[str, float], ...]]]:
    """The trees (cut at 0, less their base) as weights of features present alone and in
    pairs: with r, a, b the root and children present (1) or not (0), a tree adds
    (1-r)·a·lr + r·(1-b)·rl + r·b·rr = a·lr + r·rl - r·a·lr + r·b·(rr-rl) (its `ll` is
    its base, 0 once shifted)."""
    alone: dict[str, float] = {}
    pairs: dict[str, dict[str, float]] = {}

    def add(one: str, other: str, weight: float) -> None:
        if one == other:  # r·r is r
            alone[one] = alone.get(one, 0.0) + weight
        else:
            with_one = pairs.setdefault(one, {})
            with_one[other] = with_one.get(other, 0.0) + weight

    for root, _, left, _, right, _, _, lr, rl, rr in shifted:
        add(left, left, lr)
        add(root, root, rl)
        add(root, left, -lr)
        add(root, right, rr - rl)
    return {
        name: (alone.get(name, 0.0), tuple((k, w) for k, w in pairs.get(name, {}).items() if w))
        for name in alone.keys() | pairs.keys()
    }


@dataclass(frozen=True, slots=True)
class PairModel:
    """Log-odds: the bias, the weighted features, and the boosted trees' values (a model
    has weights, trees, or both; `index` reads the trees faster, the same sum)."""

    kind: str
    weights: dict[str, float]
    bias: float
    threshold: float
    trees: tuple[Tree, ...] = ()
    index: TreeIndex | None = field(default=None, compare=False)

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias
        weights = self.weights
        if weights:  # a model of trees alone adds nothing here
            for name, value in features.items():
                z += weights.get(name, 0.0) * value
        index = self.index
        if index is None:
            for tree in self.trees:
                z += tree_value(tree, features)
        elif index.terms is not None:
            z += index.baseline
            terms, get = index.terms, features.get
            for name, value in features.items():
                if value > 0.0:  # (above every cut)
                    term = terms.get(name)
                    if term is not None:
                        z += term[0]
                        for other, weight in term[1]:
                            if get(other, 0.0) > 0.0:
                                z += weight
        else:
            touched: set[int] = set()
            by_feature = index.by_feature
            for name in features:
                found = by_feature.get(name)
                if found is not None:
                    touched.update(found)
            z += index.baseline
            # `tree_value` written out (a call per tree was most of the time), the trees in
            # their order
            shifted, get = index.shifted, features.get
            for i in sorted(touched):
                root, cut, left, left_cut, right, right_cut, ll, lr, rl, rr = shifted[i]
                if get(root, 0.0) <= cut:
                    z += ll if get(left, 0.0) <= left_cut else lr
                else:
                    z += rl if get(right, 0.0) <= right_cut else rr
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def accepts(self, features: Mapping[str, float]) -> bool:
        return self.probability(features) >= self.threshold

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "bias": self.bias,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
            "trees": [list(tree) for tree in self.trees],
        }


def model_from_json(data: Mapping[str, Any]) -> PairModel:
    weights = {str(k): float(v) for k, v in dict(data["weights"]).items()}
    trees = tuple(_tree(t) for t in data.get("trees") or [])
    kind, bias, threshold = str(data["kind"]), float(data["bias"]), float(data["threshold"])
    return PairModel(kind, weights, bias, threshold, trees, index_trees(trees) if trees else None)


def _tree(row: Sequence[Any]) -> Tree:
    root, cut, left, left_cut, right, right_cut, ll, lr, rl, rr = row
    return (
        str(root),
        float(cut),
        str(left),
        float(left_cut),
        str(right),
        float(right_cut),
        float(ll),
        float(lr),
        float(rl),
        float(rr),
    )


@cache
def load_model(kind: str) -> PairModel | None:
    """The committed model of a kind of fact, or None when there is none."""
    path = MODELS / f"{kind}.json"
    if not path.exists():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))


def fit(
    kind: str,
    rows: Sequence[tuple[Mapping[str, float], bool]],
    *,
    threshold: float = 0.5,
    l2: float = 1.0,
    steps: int = 400,
) -> PairModel:
    """Logistic regression by full-batch gradient descent with an L2 penalty: the same
    rows give the same weights on every machine. Features should lie in about [0, 1]."""
    import numpy as np

    names, x, y = matrix(rows)
    column = {name: i for i, name in enumerate(names)}
    w, b = np.zeros(len(names)), 0.0
    n = max(1, len(rows))
    rate = 1.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        gradient = x.T @ (p - y) / n + l2 * w / n
        w -= rate * gradient
        b -= rate * float(np.mean(p - y))
    weights = {name: round(float(w[i]), 5) for name, i in column.items() if abs(w[i]) > 1e-6}
    return PairModel(kind, weights, round(b, 5), threshold)


def matrix(rows: Sequence[tuple[Mapping[str, float], bool]]) -> tuple[list[str], Any, Any]:
    """The feature names (sorted), the rows' feature matrix and their labels (numpy)."""
    import numpy as np

    names = sorted({name for features, _ in rows for name in features})
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    y = np.array([float(label) for _, label in rows])
    for i, (features, _) in enumerate(rows):
        for name, value in features.items():
            x[i, column[name]] = value
    return names, x, y


def bucket(value: int, edges: tuple[int, ...], prefix: str) -> dict[str, float]:
    """One-hot of the bucket `value` falls in: `edges` are the buckets' lower bounds."""
    name = edges[0]
    for edge in edges:
        if value >= edge:
            name = edge
    return {f"{prefix}{name}": 1.0}
