"""Blocking: which pairs of entities are worth comparing at all.

Every name gives keys (see `namekeys`): two entities sharing a `mutual` key are a
candidate pair; an entity whose name is partial (a surname alone, a bare kunya) is paired
with the entities holding its `probe` key as a `target` that share its hometown or a
co-mentioned person (`_probe_pairs`). A key held by more than
`max_block` entities says nothing (thousands of Muhammads) and is dropped, and counted.

The pairs are built with numpy, block size by block size, so a store of 100,000 entities
takes well under a second. The same step is one SQL self-join on (key, entity) tables,
which is how it would run on DuckDB or Spark (see `ffdb.resolve.run`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ffdb.resolve.namekeys import name_info
from ffdb.resolve.profile import Profile

__all__ = ["Blocking", "candidate_pairs"]

MAX_BLOCK = 400

IntArray = npt.NDArray[np.int64]


@dataclass(slots=True)
class Blocking:
    """Candidate pairs as two index arrays into the profiles (`left < right`)."""

    left: IntArray
    right: IntArray
    keys: int  # distinct keys
    dropped: int  # keys held by more than max_block entities

    def __len__(self) -> int:
        return len(self.left)

    def pairs(self) -> list[tuple[int, int]]:
        return list(zip(self.left.tolist(), self.right.tolist(), strict=True))


def _collect_keys(
    profiles: Sequence[Profile],
) -> tuple[dict[str, list[int]], dict[str, list[int]], dict[str, list[int]]]:
    mutual: dict[str, list[int]] = defaultdict(list)
    probe: dict[str, list[int]] = defaultdict(list)
    target: dict[str, list[int]] = defaultdict(list)
    for index, profile in enumerate(profiles):
        seen_m: set[str] = set()
        seen_p: set[str] = set()
        seen_t: set[str] = set()
        for name in profile.all_names:
            info = name_info(name)
            seen_m |= info.mutual
            seen_p |= info.probe
            seen_t |= info.target
        for key in seen_m:
            mutual[key].append(index)
        for key in seen_p:
            probe[key].append(index)
        for key in seen_t:
            target[key].append(index)
    return mutual, probe, target


def _mutual_pairs(blocks: list[list[int]]) -> tuple[list[IntArray], list[IntArray]]:
    """All pairs inside each block, vectorised over the blocks of each size."""
    by_size: dict[int, list[list[int]]] = defaultdict(list)
    for members in blocks:
        by_size[len(members)].append(members)
    lefts, rights = [], []
    for size, group in by_size.items():
        table = np.asarray(group, dtype=np.int64)  # (blocks, size)
        upper_i, upper_j = np.triu_indices(size, k=1)
        lefts.append(table[:, upper_i].ravel())
        rights.append(table[:, upper_j].ravel())
    return lefts, rights


def _probe_pairs(
    profiles: Sequence[Profile],
    probe: dict[str, list[int]],
    target: dict[str, list[int]],
    max_block: int,
) -> tuple[list[IntArray], list[IntArray], int]:
    """A partial name against the holders of its key that share its hometown (or its
    area) or a co-mentioned person: without one of these a partial name can never score
    high enough to merge or to be worth a review (see `score`), so the rest of its
    block is not compared at all."""
    homes = [p.hometown.key if p.hometown else None for p in profiles]
    areas = [p.hometown.area if p.hometown and p.hometown.area else None for p in profiles]
    co_index: dict[str, list[int]] = defaultdict(list)
    for index, profile in enumerate(profiles):
        for key in profile.co_keys:
            co_index[key].append(index)
    lefts, rights, dropped = [], [], 0
    for key, probes in probe.items():
        holders = target.get(key, [])
        if len(holders) > max_block:
            dropped += 1
            continue
        for index in probes:
            home, area = homes[index], areas[index]
            known = {i for k in profiles[index].co_keys for i in co_index[k]}
            chosen = [
                t for t in holders
                if (home is not None and homes[t] == home)
                or (area is not None and areas[t] == area)
                or t in known
            ]  # fmt: skip
            lefts.append(np.full(len(chosen), index, dtype=np.int64))
            rights.append(np.asarray(chosen, dtype=np.int64))
    return lefts, rights, dropped


def candidate_pairs(profiles: Sequence[Profile], max_block: int = MAX_BLOCK) -> Blocking:
    """Index pairs (i < j) of profiles sharing a block, each pair once."""
    mutual, probe, target = _collect_keys(profiles)
    dropped = 0
    blocks = []
    for members in mutual.values():
        if len(members) > max_block:
            dropped += 1
        elif len(members) > 1:
            blocks.append(members)
    lefts, rights = _mutual_pairs(blocks)
    more_left, more_right, more_dropped = _probe_pairs(profiles, probe, target, max_block)
    lefts += more_left
    rights += more_right
    dropped += more_dropped
    if not lefts:
        empty = np.zeros(0, dtype=np.int64)
        return Blocking(empty, empty, len(mutual) + len(probe), dropped)
    left, right = np.concatenate(lefts), np.concatenate(rights)
    low, high = np.minimum(left, right), np.maximum(left, right)
    keep = low != high
    codes = np.unique(low[keep] * len(profiles) + high[keep])
    return Blocking(
        codes // len(profiles), codes % len(profiles), len(mutual) + len(probe), dropped
    )
