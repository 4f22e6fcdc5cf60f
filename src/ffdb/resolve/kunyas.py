"""Kunyas that one named man owns: where an entity known only by a kunya may belong.

A Telegram post says "Abu Yusuf al-Azeri was killed"; three news articles name Nicat
Əliyev and give "Əbu Yusif əl-Azəri" as his kunya. A kunya with its nisba is shared by
many fighters, so on its own it never merges (`score`: it needs two more pieces of
evidence). But when, across the whole store, every entity whose full name carries that
kunya and nisba as an alias is one and the same man, the kunya points at him: analysts
link such posts to him until something says otherwise. That is one piece of evidence,
and `score_pair` counts it (`OWNED_KUNYA`); a different hometown, a far birth year or
one document naming both still keep them apart.

"One and the same man" is read from the owners' full names: owners whose names share a
`mutual` block key (two name parts alike, in any script) are one man; owners linked by no
such chain are several men, and then the kunya is nobody's. Brothers who share a surname
but not a given name are two men.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ffdb.resolve.namekeys import FULL, KUNYA, name_info
from ffdb.resolve.profile import Profile

__all__ = ["owned_kunya_pairs"]


def _full_keys(profile: Profile) -> frozenset[str]:
    keys: set[str] = set()
    for name in profile.all_names:
        info = name_info(name)
        if info.kind == FULL:
            keys |= info.mutual
    return frozenset(keys)


def _kunya_keys(names: Sequence[str]) -> set[str]:
    keys: set[str] = set()
    for name in names:
        info = name_info(name)
        if info.kind == KUNYA:
            keys |= info.weak
    return keys


def _one_man(owners: list[int], full_keys: list[frozenset[str]]) -> bool:
    """Whether the owners' full names chain into one man through shared name keys."""
    seen = {owners[0]}
    frontier = [owners[0]]
    while frontier:
        current = full_keys[frontier.pop()]
        for other in owners:
            if other not in seen and not current.isdisjoint(full_keys[other]):
                seen.add(other)
                frontier.append(other)
    return len(seen) == len(owners)


def owned_kunya_pairs(profiles: Sequence[Profile]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of an entity known only by kunyas and an entity with a full
    name carrying one of those kunyas, where that kunya has one owner (module doc)."""
    full_keys = [_full_keys(p) for p in profiles]
    owners: dict[str, list[int]] = defaultdict(list)
    bare: list[tuple[int, set[str]]] = []
    for index, profile in enumerate(profiles):
        if full_keys[index]:
            for key in _kunya_keys(profile.aliases):
                owners[key].append(index)
        else:
            keys = _kunya_keys(profile.all_names)
            if keys:
                bare.append((index, keys))
    verdicts: dict[str, bool] = {}
    pairs: set[tuple[int, int]] = set()
    for index, keys in bare:
        for key in keys:
            holders = owners.get(key)
            if not holders:
                continue
            if key not in verdicts:
                verdicts[key] = _one_man(holders, full_keys)
            if verdicts[key]:
                pairs.update((min(index, h), max(index, h)) for h in holders)
    return pairs
