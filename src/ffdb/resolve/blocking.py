"""Blocking: which pairs of entities are worth comparing at all.

Every name gives keys (see `namekeys`). Two entities sharing a `mutual` key (two words of
a full name) are a candidate pair. A `weak` key (a kunya with its nisba) and a partial
name's `probe` key (matched against `target` keys) give a pair only when the two
entities also share a place (hometown, or the area a town and its district share) or a
co-mentioned person: without one of these such a pair can never score high enough to
merge (`score`: a kunya or partial name needs two more pieces of evidence, and every pair
of them but one includes a place or a co-mention), so the rest of the block is never
compared. A key held by more than `max_block` entities says nothing (thousands of
Muhammads) and is dropped, and counted.

The pairs are built with numpy, block size by block size. The same step is a SQL
self-join on a (key, role, entity) table, with the place or co-mention condition in the
join of weak keys: that is how it would run on DuckDB or Spark (see `ffdb.resolve.run`).
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
Keys = dict[str, list[int]]


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


def _collect_keys(profiles: Sequence[Profile]) -> tuple[Keys, Keys, Keys, Keys]:
    mutual: Keys = defaultdict(list)
    weak: Keys = defaultdict(list)
    probe: Keys = defaultdict(list)
    target: Keys = defaultdict(list)
    for index, profile in enumerate(profiles):
        found: tuple[set[str], set[str], set[str], set[str]] = (set(), set(), set(), set())
        for name in profile.all_names:
            info = name_info(name)
            found[0].update(info.mutual)
            found[1].update(info.weak)
            found[2].update(info.probe)
            found[3].update(info.target)
        for table, keys in zip((mutual, weak, probe, target), found, strict=True):
            for key in keys:
                table[key].append(index)
    return mutual, weak, probe, target


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


class _Context:
    """Where each entity's places and co-mentions are, to pair weak keys."""

    def __init__(self, profiles: Sequence[Profile]) -> None:
        self.places = [
            (p.hometown.area or p.hometown.key) if p.hometown else None for p in profiles
        ]
        self.co_keys = [p.co_keys for p in profiles]
        self.co_index: Keys = defaultdict(list)
        for index, keys in enumerate(self.co_keys):
            for key in keys:
                self.co_index[key].append(index)

    def pairs(self, probes: list[int], holders: list[int]) -> tuple[IntArray, IntArray]:
        """Each probe with the holders sharing its place or a co-mentioned person."""
        by_place: Keys = defaultdict(list)
        for t in holders:
            place = self.places[t]
            if place is not None:
                by_place[place].append(t)
        members = set(holders)
        lefts: list[int] = []
        rights: list[int] = []
        for index in probes:
            place = self.places[index]
            chosen = set(by_place.get(place, ())) if place is not None else set()
            for key in self.co_keys[index]:
                chosen.update(i for i in self.co_index[key] if i in members)
            chosen.discard(index)
            lefts.extend([index] * len(chosen))
            rights.extend(chosen)
        return np.asarray(lefts, dtype=np.int64), np.asarray(rights, dtype=np.int64)


def candidate_pairs(profiles: Sequence[Profile], max_block: int = MAX_BLOCK) -> Blocking:
    """Index pairs (i < j) of profiles sharing a block, each pair once."""
    mutual, weak, probe, target = _collect_keys(profiles)
    dropped = 0
    blocks = []
    for members in mutual.values():
        if len(members) > max_block:
            dropped += 1
        elif len(members) > 1:
            blocks.append(members)
    lefts, rights = _mutual_pairs(blocks)
    context = _Context(profiles)
    filtered = [(m, m) for m in weak.values() if len(m) > 1]
    filtered += [(p, target.get(key, [])) for key, p in probe.items()]
    for probes, holders in filtered:
        if len(holders) > max_block:
            dropped += 1
            continue
        left, right = context.pairs(probes, holders)
        lefts.append(left)
        rights.append(right)
    total_keys = len(mutual) + len(weak) + len(probe)
    if not lefts:
        empty = np.zeros(0, dtype=np.int64)
        return Blocking(empty, empty, total_keys, dropped)
    left, right = np.concatenate(lefts), np.concatenate(rights)
    low, high = np.minimum(left, right), np.maximum(left, right)
    keep = low != high
    codes = np.unique(low[keep] * len(profiles) + high[keep])
    return Blocking(codes // len(profiles), codes % len(profiles), total_keys, dropped)
