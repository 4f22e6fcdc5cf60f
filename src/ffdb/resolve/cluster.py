"""Clustering scored pairs into canonical entities, with analysts' judgements winning.

Judgements "same" join two entities whatever the machine says; judgements "different"
forbid any machine merge that would put the two in one cluster. Machine pairs are
merged best first, so a cannot-link keeps each side with its strongest partner.
The canonical id of a cluster is its smallest entity id: stable while the cluster is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ffdb.model.claim import Judgement


@dataclass(slots=True)
class Clustering:
    """The result: each entity's canonical id, and the constraints that could not hold."""

    canonical: dict[str, str]
    conflicts: list[tuple[str, str]] = field(default_factory=list)


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {x: x for x in items}
        self.cannot: dict[str, set[str]] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def forbidden(self, ra: str, rb: str) -> bool:
        partners = self.cannot.get(ra, set())
        other = self.cannot.get(rb, set())
        if len(other) < len(partners):
            partners, other, rb = other, partners, ra
        return any(self.find(p) == rb for p in partners)

    def union(self, ra: str, rb: str) -> None:
        if ra > rb:
            ra, rb = rb, ra
        self.parent[rb] = ra
        moved = self.cannot.pop(rb, None)
        if moved:
            self.cannot.setdefault(ra, set()).update(moved)


def cluster_entities(
    entity_ids: Iterable[str],
    pairs: Sequence[tuple[str, str, float]],
    judgements: Sequence[Judgement],
    threshold: float,
) -> Clustering:
    """Canonical ids for `entity_ids` from machine `pairs` (a, b, score) and judgements."""
    uf = _UnionFind(entity_ids)
    known = uf.parent
    conflicts: list[tuple[str, str]] = []
    for j in judgements:
        if j.left not in known or j.right not in known:
            continue
        if j.decision == "same":
            ra, rb = uf.find(j.left), uf.find(j.right)
            if ra != rb:
                uf.union(ra, rb)
        elif j.decision == "different":
            uf.cannot.setdefault(j.left, set()).add(j.right)
            uf.cannot.setdefault(j.right, set()).add(j.left)
    # Cannot-links were keyed by entity id; re-key them by the roots the same-links made.
    for eid in list(uf.cannot):
        root = uf.find(eid)
        if root != eid:
            uf.cannot.setdefault(root, set()).update(uf.cannot.pop(eid))
    for a, b, score in sorted(pairs, key=lambda p: -p[2]):
        if score < threshold:
            break
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or uf.forbidden(ra, rb):
            continue
        uf.union(ra, rb)
    for j in judgements:
        if j.decision == "different" and j.left in known and j.right in known:
            if uf.find(j.left) == uf.find(j.right):
                conflicts.append((j.left, j.right))
    return Clustering({x: uf.find(x) for x in known}, conflicts)
