"""Blocking: which pairs of entities are worth comparing at all.

Every name gives keys made of the phonetic keys of its words (see `ffdb.names.normalise`),
taken two at a time, so "Nicat Ashurov", "Nijat Aşurov" and "Ниджат Ашуров" share a block
while the thousands of people called Muhammad do not all land in one. A one-word name
(a surname alone, a kunya's name) gives a key of its own. Blocks larger than `max_block`
are dropped: a key that common says nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import combinations

from ffdb.names.normalise import phonetic_keys
from ffdb.resolve.profile import Profile

# Words that carry no identity of their own in a name: kunya and filiation markers.
_PARTICLES = frozenset({"abu", "abi", "abuu", "ibn", "bin", "bint", "um", "umm", "ibu", "abo"})


@lru_cache(maxsize=200_000)
def name_keys(name: str) -> frozenset[str]:
    words = [w for w in phonetic_keys(name) if len(w) >= 2 and w not in _PARTICLES]
    if not words:
        return frozenset()
    if len(words) == 1:
        return frozenset({"1:" + words[0]})
    return frozenset("2:" + "|".join(sorted(p)) for p in combinations(sorted(set(words)), 2))


def candidate_pairs(profiles: Iterable[Profile], max_block: int = 400) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of profiles sharing a block, each pair once."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, profile in enumerate(profiles):
        keys: set[str] = set()
        for name in profile.names:
            keys.update(name_keys(name))
        for key in keys:
            blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > max_block:
            continue
        for pair in combinations(members, 2):
            if pair not in seen:
                seen.add(pair)
                yield pair
