"""Clustering scored pairs into canonical entities, with analysts' judgements winning.

Invariant: the clusters are a pure function of the entity ids, the scored pairs, the
judgements in force and the threshold; running it twice gives the same answer.

1. "same" judgements join two entities whatever the machine says;
2. "different" judgements, and the machine's vetoes (two entities one document keeps
   apart, different hometowns, ages far apart, full names that differ) are cannot-links:
   no machine merge may put both ends in one cluster. An analyst's "same" on a pair
   overrides the machine's veto on that pair, never an analyst's "different";
3. machine pairs at or above the threshold are merged best first, each merge checked
   against every member of both clusters: refused when any two members are
   cannot-linked, or when the mean score of the pairs known between the two clusters falls
   below `link_floor` (average linkage). This stops chaining: A~B and B~C do not join A
   and C when A and C differ. A refused pair is `blocked` and left for review.

An "unsure" judgement is no constraint: recorded after a "different", it withdraws it.
The canonical id of a cluster is its smallest entity id: stable while the cluster is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ffdb.model.claim import Judgement
from ffdb.resolve.score import PairScore

__all__ = ["Clustering", "cluster_entities"]


@dataclass(slots=True)
class Clustering:
    """Each entity's canonical id, and the "different" judgements that could not hold
    because "same" judgements join their entities through others."""

    canonical: dict[str, str]
    conflicts: list[tuple[str, str]] = field(default_factory=list)


class _Clusters:
    """Union-find with each root's members and cannot-links (entity ids)."""

    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {x: x for x in items}
        self.members: dict[str, list[str]] = {x: [x] for x in self.parent}
        self.cannot: dict[str, set[str]] = defaultdict(set)
        self.links: dict[str, list[tuple[str, float]]] = defaultdict(list)

    def find(self, x: str) -> str:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def forbidden(self, ra: str, rb: str) -> bool:
        a, b = (ra, rb) if len(self.cannot[ra]) <= len(self.cannot[rb]) else (rb, ra)
        return any(self.find(p) == b for p in self.cannot[a])

    def mean_link(self, ra: str, rb: str) -> float:
        """Mean machine score of the known pairs between two clusters."""
        small, other = (ra, rb) if len(self.members[ra]) <= len(self.members[rb]) else (rb, ra)
        total, count = 0.0, 0
        for member in self.members[small]:
            for partner, score in self.links[member]:
                if self.find(partner) == other:
                    total += score
                    count += 1
        return total / count if count else 0.0

    def union(self, ra: str, rb: str) -> str:
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        self.cannot[ra] |= self.cannot.pop(rb, set())
        return ra


def _apply_judgements(
    clusters: _Clusters, judgements: Sequence[Judgement]
) -> tuple[set[frozenset[str]], list[tuple[str, str]]]:
    known = clusters.parent
    judged_same: set[frozenset[str]] = set()
    different: list[tuple[str, str]] = []
    for j in judgements:
        if j.left not in known or j.right not in known:
            continue
        if j.decision == "same":
            judged_same.add(frozenset((j.left, j.right)))
            ra, rb = clusters.find(j.left), clusters.find(j.right)
            if ra != rb:
                clusters.union(ra, rb)
        elif j.decision == "different":
            different.append((j.left, j.right))
    return judged_same, different


def _add_cannot(clusters: _Clusters, a: str, b: str) -> None:
    clusters.cannot[clusters.find(a)].add(b)
    clusters.cannot[clusters.find(b)].add(a)


def cluster_entities(
    entity_ids: Iterable[str],
    pairs: Sequence[PairScore],
    judgements: Sequence[Judgement],
    threshold: float,
    link_floor: float = 0.0,
) -> Clustering:
    """Canonical ids for `entity_ids`; sets each pair's `decision` (merged, joined,
    blocked, apart) — see the module doc."""
    clusters = _Clusters(entity_ids)
    judged_same, different = _apply_judgements(clusters, judgements)
    for a, b in different:
        _add_cannot(clusters, a, b)
    judged_different = {frozenset(p) for p in different}
    edges = []
    for p in pairs:
        key = frozenset((p.left, p.right))
        if p.vetoes and key not in judged_same:
            _add_cannot(clusters, p.left, p.right)
        elif key not in judged_different:
            clusters.links[p.left].append((p.right, p.score))
            clusters.links[p.right].append((p.left, p.score))
            if p.score >= threshold:
                edges.append(p)
    edges.sort(key=lambda p: (-p.score, p.left, p.right))
    for p in edges:
        ra, rb = clusters.find(p.left), clusters.find(p.right)
        if ra == rb:
            continue
        if clusters.forbidden(ra, rb) or clusters.mean_link(ra, rb) < link_floor:
            p.decision = "blocked"
            continue
        clusters.union(ra, rb)
        p.decision = "merged"
    canonical = {}
    for root, members in clusters.members.items():
        smallest = min(members)
        for member in members:
            canonical[member] = smallest
    for p in pairs:
        if canonical[p.left] == canonical[p.right]:
            p.decision = p.decision if p.decision == "merged" else "joined"
        elif not p.decision:
            p.decision = "apart"
    conflicts = [(a, b) for a, b in different if canonical[a] == canonical[b]]
    return Clustering(canonical, conflicts)
