"""Boosted trees of depth two for the learned additions (`learn.py`): where a logistic
model can only add up features, a tree can say that a feature counts only together with
another ("the document names one group" and "the person died fighting"). Gradient
boosting of the log-odds with Newton steps, a shrinkage rate and a minimum number of
rows per leaf; deterministic, so the same rows give the same trees.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from ffdb.extract.learn import PairModel, Tree, index_trees, matrix

_NOTHING = ""  # a child with no split: every row goes to its first leaf


def fit_trees(
    kind: str,
    rows: Sequence[tuple[Mapping[str, float], bool]],
    *,
    threshold: float = 0.5,
    rounds: int = 150,
    rate: float = 0.1,
    min_leaf: int = 8,
    l2: float = 1.0,
) -> PairModel:
    import numpy as np

    names, x, y = matrix(rows)
    splits = _splits(x)
    if not splits:  # nothing to split on: the share of right rows alone
        rounds = 0
    below = np.stack([x[:, j] <= cut for j, cut in splits] or [y >= 0], axis=1)
    share = min(max(float(y.mean()) if len(y) else 0.5, 1e-3), 1 - 1e-3)
    bias = math.log(share / (1 - share))
    f = np.full(len(rows), bias)
    trees: list[Tree] = []
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-f))
        g, h = y - p, p * (1 - p)
        everyone = np.ones(len(rows), dtype=bool)
        root = _best(below, g, h, everyone, min_leaf, l2)
        if root is None:
            break
        left = below[:, root]
        kids = [_best(below, g, h, left, min_leaf, l2), _best(below, g, h, ~left, min_leaf, l2)]
        leaves, values = [], []
        for side, kid in ((left, kids[0]), (~left, kids[1])):
            low = below[:, kid] if kid is not None else everyone
            for part in (side & low, side & ~low):
                value = rate * float(g[part].sum()) / (float(h[part].sum()) + l2)
                leaves.append(part)
                values.append(round(value, 5))
        for part, value in zip(leaves, values, strict=True):
            f[part] += value
        trees.append(_tree(names, splits, root, kids, values))
    # indexed as a model read from its file is: the same sums in the same order
    made = tuple(trees)
    return PairModel(kind, {}, round(bias, 5), threshold, made, index_trees(made) if made else None)


def _splits(x: Any) -> list[tuple[int, float]]:
    """(feature, cut) pairs: every value but the largest of a feature with few values,
    else its deciles."""
    import numpy as np

    out = []
    for j in range(x.shape[1]):
        values = np.unique(x[:, j])
        if len(values) > 10:
            values = np.unique(np.quantile(x[:, j], [i / 10 for i in range(1, 10)]))
        out += [(j, float(v)) for v in values[:-1]] if len(values) > 1 else []
    return out


def _best(below: Any, g: Any, h: Any, rows: Any, min_leaf: int, l2: float) -> int | None:
    """The split of `rows` that gains most (None when none leaves `min_leaf` rows a side)."""
    import numpy as np

    inside = below[rows]
    gs, hs = g[rows], h[rows]
    n_left = inside.sum(axis=0)
    n_right = len(gs) - n_left
    g_left, h_left = gs @ inside, hs @ inside
    g_right, h_right = gs.sum() - g_left, hs.sum() - h_left
    gain = g_left**2 / (h_left + l2) + g_right**2 / (h_right + l2)
    gain[(n_left < min_leaf) | (n_right < min_leaf)] = -1.0
    best = int(np.argmax(gain))
    return best if gain[best] > gs.sum() ** 2 / (hs.sum() + l2) + 1e-9 else None


def _tree(
    names: list[str],
    splits: list[tuple[int, float]],
    root: int,
    kids: list[int | None],
    values: list[float],
) -> Tree:
    def named(k: int | None) -> tuple[str, float]:
        if k is None:
            return _NOTHING, 0.0
        return names[splits[k][0]], splits[k][1]

    (root_name, cut), (left, left_cut), (right, right_cut) = (
        named(root),
        named(kids[0]),
        named(kids[1]),
    )
    ll, lr, rl, rr = values
    return (root_name, cut, left, left_cut, right, right_cut, ll, lr, rl, rr)
