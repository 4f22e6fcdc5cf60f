"""A whole resolution run over profiles: block, compare names, score, cluster.

    profiles ──blocking──▶ candidate pairs ──names──▶ verdicts on distinct name pairs
             ──score──▶ PairScore (score, reasons, vetoes) ──cluster (+ judgements)──▶ ids

Each phase is timed (`Resolution.timings`). The run is pure: the pipeline reads the
claims and judgements and writes the canonical ids and the scored pairs back.

Beyond one machine (Spark, or DuckDB on a large disk) the same run is four steps, each
expressible in SQL or a DataFrame API:

1. keys: explode every entity's block keys (`namekeys.name_info`, a pure function of a
   name string: a UDF) into a (key, role, entity) table; drop keys held by more than
   `max_block` entities (GROUP BY key HAVING count(*) <= max_block);
2. candidates: a self-join of that table on key (mutual × mutual, probe × target),
   `left < right`, DISTINCT;
3. scores: join the candidates with the distinct (name, name) pairs they imply, compare
   those with the matcher as a UDF (each distinct pair once), take the best per
   candidate, and add the other evidence as column expressions on the two entities'
   columns (hometown id and precision, birth-year range, document id, group ids and
   co-mention keys as arrays); `score_pair` is the reference for every expression;
4. clusters: connected components of the merge-worthy pairs (GraphFrames), then this
   module's constrained clustering inside each component (a grouped pandas UDF); the
   components are small, since vetoes and judgements only act within them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from ffdb.model.claim import Judgement
from ffdb.resolve.blocking import MAX_BLOCK, candidate_pairs
from ffdb.resolve.cluster import cluster_entities
from ffdb.resolve.compare import NameTable
from ffdb.resolve.kunyas import owned_kunya_pairs
from ffdb.resolve.profile import Profile
from ffdb.resolve.score import PairScore, score_pair

__all__ = ["THRESHOLD", "UNSURE_LOW", "Resolution", "ResolveOptions", "resolve_profiles"]

# A full name the matcher calls the same merges on its own; a kunya or a partial name needs
# other evidence to get here (see `score`).
THRESHOLD = 0.75
# A kunya or partial name with one more piece of evidence (0.65 + 0.03..0.08) is worth a
# look; with none (0.65) it is not.
UNSURE_LOW = 0.68
LINK_FLOOR = 0.55
# Pairs explained and kept besides those merged or left for review: look-alikes whose
# names are close but whose other evidence says two people.
KEEP_FROM = 0.3


@dataclass(frozen=True, slots=True)
class ResolveOptions:
    """`threshold`: the pair score from which the machine merges; pairs from `unsure_low`
    up to it are left for review; a merge needs the pairs known between two clusters to
    average `link_floor`; `workers` processes compare names; pairs apart below
    `keep_from` are not explained nor kept."""

    threshold: float = THRESHOLD
    unsure_low: float = UNSURE_LOW
    link_floor: float = LINK_FLOOR
    max_block: int = MAX_BLOCK
    workers: int = 1
    keep_from: float = KEEP_FROM


@dataclass(slots=True)
class Resolution:
    """Each entity's canonical id, and the pairs worth keeping, explained: merged (a
    spanning tree of each cluster: why it is one), blocked, unsure, and those apart from
    `keep_from` up (look-alikes). Pairs joined through others are not kept."""

    canonical: dict[str, str]
    pairs: list[PairScore]
    conflicts: list[tuple[str, str]]
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def resolve_profiles(
    profiles: Sequence[Profile],
    judgements: Sequence[Judgement],
    options: ResolveOptions | None = None,
    names: NameTable | None = None,
) -> Resolution:
    """Cluster `profiles` (see the module doc); judgements always win."""
    options = options or ResolveOptions()
    names = names or NameTable()
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def lap(phase: str) -> None:
        nonlocal started
        now = time.perf_counter()
        timings[phase] = now - started
        started = now

    blocking = candidate_pairs(profiles, options.max_block)
    owned = owned_kunya_pairs(profiles)
    candidates = sorted(set(blocking.pairs()) | owned)
    lap("blocking")
    wanted = {
        (x, y) for i, j in candidates for x in profiles[i].all_names for y in profiles[j].all_names
    }
    compared = names.prepare(wanted, options.workers)
    lap("names")
    scored = [
        score_pair(profiles[i], profiles[j], names.compare, False, (i, j) in owned)
        for i, j in candidates
    ]
    lap("scoring")
    clustering = cluster_entities(
        [p.entity_id for p in profiles],
        scored,
        judgements,
        options.threshold,
        options.link_floor,
    )
    lap("clustering")
    kept = _explain(profiles, candidates, scored, names, options, owned)
    lap("explaining")
    counts = {
        "entities": len(profiles),
        "keys": blocking.keys,
        "dropped_keys": blocking.dropped,
        "candidates": len(candidates),
        "owned_kunya_pairs": len(owned),
        "name_pairs": len(wanted),
        "names_compared": compared,
        "kept_pairs": len(kept),
    }
    return Resolution(clustering.canonical, kept, clustering.conflicts, timings, counts)


def _explain(
    profiles: Sequence[Profile],
    candidates: list[tuple[int, int]],
    scored: list[PairScore],
    names: NameTable,
    options: ResolveOptions,
    owned: set[tuple[int, int]],
) -> list[PairScore]:
    """The pairs worth keeping scored again with their reasons, and their decisions."""
    kept = []
    for (i, j), quick in zip(candidates, scored, strict=True):
        if quick.decision == "joined":
            continue  # the merged pairs already say why a cluster is one
        if quick.decision == "apart":
            if not quick.vetoes and quick.score >= options.unsure_low:
                quick.decision = "unsure"
            elif quick.score < options.keep_from:
                continue
        full = score_pair(profiles[i], profiles[j], names.compare, owned=(i, j) in owned)
        full.decision = quick.decision
        full.reasons.extend(quick.reasons)  # notes clustering added (ambiguity)
        kept.append(full)
    return kept
