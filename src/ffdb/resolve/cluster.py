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
   and C when A and C differ. A refused pair is `blocked` and left for review;
4. an entity that could belong to two clusters kept apart, with about as much support in
   each (`_ambiguous`: a bare "Emin Asgarov" between two namesakes from different towns,
   each named as often), is ambiguous: it is taken out of both, its pairs left for
   review, and the clusters are made again without it (two passes at most).

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

AMBIGUITY_RATIO = 0.8
_PASSES = 2


@dataclass(slots=True)
class Clustering:
    """Each entity's canonical id, and the "different" judgements that could not hold
    because "same" judgements join their entities through others."""

    canonical: dict[str, str]
    conflicts: list[tuple[str, str]] = field(default_factory=list)


class _Clusters:
    """Union-find over entity indices, with each root's members and cannot-links."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.members: dict[int, list[int]] = {}
        self.cannot: dict[int, set[int]] = {}
        self.links: dict[int, list[tuple[int, float]]] = defaultdict(list)

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def group(self, root: int) -> list[int]:
        return self.members.get(root) or [root]

    def add_cannot(self, a: int, b: int) -> None:
        self.cannot.setdefault(self.find(a), set()).add(b)
        self.cannot.setdefault(self.find(b), set()).add(a)

    def forbidden(self, ra: int, rb: int) -> bool:
        a, b = ra, rb
        if len(self.cannot.get(a, ())) > len(self.cannot.get(b, ())):
            a, b = b, a
        return any(self.find(p) == b for p in self.cannot.get(a, ()))

    def mean_link(self, ra: int, rb: int) -> float:
        """Mean machine score of the known pairs between two clusters."""
        small, other = ra, rb
        if len(self.group(ra)) > len(self.group(rb)):
            small, other = rb, ra
        total, count = 0.0, 0
        for member in self.group(small):
            for partner, score in self.links.get(member, ()):
                if self.find(partner) == other:
                    total += score
                    count += 1
        return total / count if count else 0.0

    def union(self, ra: int, rb: int) -> None:
        if len(self.group(ra)) < len(self.group(rb)):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] = self.group(ra) + self.members.pop(rb, [rb])
        moved = self.cannot.pop(rb, None)
        if moved:
            self.cannot.setdefault(ra, set()).update(moved)


@dataclass(slots=True)
class _Problem:
    """The input of a clustering run, turned once into indices, cannot-links, links and
    merge-worthy edges (best first); each pass of `_cluster_once` only unions."""

    ids: list[str]
    pairs: Sequence[PairScore]
    ends: list[tuple[int, int]]
    same: list[tuple[int, int]]
    different: list[tuple[int, int]]
    cannot: list[tuple[int, int]]
    links: dict[int, list[tuple[int, float]]]
    edges: list[tuple[int, int, PairScore]]
    threshold: float
    link_floor: float


def _problem(
    entity_ids: Iterable[str],
    pairs: Sequence[PairScore],
    judgements: Sequence[Judgement],
    threshold: float,
    link_floor: float,
) -> _Problem:
    ids = list(dict.fromkeys(entity_ids))
    index = {e: i for i, e in enumerate(ids)}
    judged = [
        (index[j.left], index[j.right], j.decision)
        for j in judgements
        if j.left in index and j.right in index
    ]
    same = [(a, b) for a, b, d in judged if d == "same"]
    different = [(a, b) for a, b, d in judged if d == "different"]
    judged_same = {(min(a, b), max(a, b)) for a, b in same}
    judged_different = {(min(a, b), max(a, b)) for a, b in different}
    ends = [(index[p.left], index[p.right]) for p in pairs]
    cannot = list(different)
    links: dict[int, list[tuple[int, float]]] = defaultdict(list)
    edges = []
    for p, (a, b) in zip(pairs, ends, strict=True):
        key = (a, b) if a < b else (b, a)
        if p.vetoes and key not in judged_same:
            cannot.append((a, b))
        elif key not in judged_different:
            links[a].append((b, p.score))
            links[b].append((a, p.score))
            if p.score >= threshold:
                edges.append((-p.raw, -p.score, p.left, p.right, a, b, p))
    edges.sort(key=lambda e: e[:4])
    return _Problem(
        ids,
        pairs,
        ends,
        same,
        different,
        cannot,
        links,
        [(a, b, p) for *_, a, b, p in edges],
        threshold,
        link_floor,
    )


def _cluster_once(problem: _Problem, excluded: set[int]) -> list[int]:
    """Each entity's root after one run (see the module doc)."""
    clusters = _Clusters(len(problem.ids))
    clusters.links = problem.links
    for a, b in problem.same:
        ra, rb = clusters.find(a), clusters.find(b)
        if ra != rb:
            clusters.union(ra, rb)
    for a, b in problem.cannot:
        clusters.add_cannot(a, b)
    for a, b, p in problem.edges:
        p.decision = ""
        if a in excluded or b in excluded:
            continue
        ra, rb = clusters.find(a), clusters.find(b)
        if ra == rb:
            continue
        # two lone entities: their own pair is the only link, and it is above the floor
        lone = ra not in clusters.members and rb not in clusters.members
        if clusters.forbidden(ra, rb) or (
            not lone and clusters.mean_link(ra, rb) < problem.link_floor
        ):
            p.decision = "blocked"
            continue
        clusters.union(ra, rb)
        p.decision = "merged"
    return [clusters.find(i) for i in range(len(problem.ids))]


def _ambiguous(
    problem: _Problem, roots: list[int], settled: set[int], excluded: set[int]
) -> set[int]:
    """Entities that could belong to two clusters about equally. An entity could belong
    to a cluster when nothing forbids it (no veto or "different" with a member); its
    support there is the sum of its merge-worthy scores with the members. One stray
    report (a wrong hometown that splits it from its person) weighs little against the
    many that agree, while two namesakes named equally often tie."""
    support: dict[int, dict[int, float]] = defaultdict(dict)
    for a, b, p in problem.edges:
        if a in excluded or b in excluded:
            continue
        for x, y in ((a, b), (b, a)):
            by_cluster = support[x]
            by_cluster[roots[y]] = by_cluster.get(roots[y], 0.0) + p.raw
    barred: dict[int, set[int]] = defaultdict(set)
    for a, b in problem.cannot:
        barred[a].add(roots[b])
        barred[b].add(roots[a])
    found = set()
    for entity, by_cluster in support.items():
        if len(by_cluster) < 2 or entity in settled or entity in excluded:
            continue
        allowed = [s for c, s in by_cluster.items() if c not in barred[entity]]
        if len(allowed) < 2:
            continue
        first, second = sorted(allowed, reverse=True)[:2]
        if second >= AMBIGUITY_RATIO * first:
            found.add(entity)
    return found


def cluster_entities(
    entity_ids: Iterable[str],
    pairs: Sequence[PairScore],
    judgements: Sequence[Judgement],
    threshold: float,
    link_floor: float = 0.0,
) -> Clustering:
    """Canonical ids for `entity_ids`; sets each pair's `decision` (merged, joined,
    blocked, unsure for an ambiguous entity's pairs, apart) — see the module doc."""
    for p in pairs:
        p.decision = ""
    problem = _problem(entity_ids, pairs, judgements, threshold, link_floor)
    # entities an analyst joined to another are settled: never set aside as ambiguous
    settled = {e for pair in problem.same for e in pair}
    excluded: set[int] = set()
    roots = _cluster_once(problem, excluded)
    for _ in range(_PASSES):
        found = _ambiguous(problem, roots, settled, excluded)
        if not found:
            break
        excluded |= found
        roots = _cluster_once(problem, excluded)
    smallest: dict[int, str] = {}
    for i, root in enumerate(roots):
        if root not in smallest or problem.ids[i] < smallest[root]:
            smallest[root] = problem.ids[i]
    canonical = {e: smallest[roots[i]] for i, e in enumerate(problem.ids)}
    for p, (a, b) in zip(pairs, problem.ends, strict=True):
        if roots[a] == roots[b]:
            p.decision = "merged" if p.decision == "merged" else "joined"
        elif (a in excluded or b in excluded) and p.score >= threshold and not p.vetoes:
            p.decision = "unsure"
            p.reasons.append("ambiguous: matches two persons kept apart about as well")
        elif not p.decision:
            p.decision = "apart"
    conflicts = [
        (problem.ids[a], problem.ids[b]) for a, b in problem.different if roots[a] == roots[b]
    ]
    return Clustering(canonical, conflicts)
