"""Copied and syndicated texts: documents that share most of their word shingles.

Each text becomes the set of its `K`-word shingles. MinHash signatures (numpy; hashes
from hashlib and a seeded mix, so they are the same on every run) with banded
locality-sensitive hashing propose candidate pairs; each candidate is then checked
exactly, on the sets. A pair is a copy when its Jaccard similarity reaches `JACCARD`,
or when most of the shorter text is inside the longer one (`CONTAINMENT`): outlets
often reprint a wire story under their own introduction, or only its first paragraphs.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations

import numpy as np

MATCHER = "shingles.v1"
K = 5
JACCARD = 0.5
CONTAINMENT = 0.7
MIN_SHINGLES = 8  # below this a text is too short to call a copy by its words
_PERMUTATIONS = 128
_BANDS = 64  # 2 rows a band: pairs far below the thresholds still meet as candidates
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class CopyPair:
    left: str
    right: str
    jaccard: float
    containment: float


def shingles_of(text: str, k: int = K) -> frozenset[int]:
    """The hashed `k`-word shingles of a text, case-folded."""
    words = _WORD.findall(text.casefold())
    if len(words) < k:
        return frozenset([_hash64(" ".join(words))]) if words else frozenset()
    return frozenset(_hash64(" ".join(words[i : i + k])) for i in range(len(words) - k + 1))


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def _masks() -> np.ndarray:
    seed = hashlib.sha256(MATCHER.encode()).digest()
    rng = np.random.default_rng(int.from_bytes(seed[:8], "little"))
    return rng.integers(
        0, np.iinfo(np.uint64).max, size=_PERMUTATIONS, dtype=np.uint64, endpoint=True
    )


_MASKS = _masks()


def _mix(z: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: a bijection of 64-bit words that scatters every bit.
    XOR with a random mask then this mix acts as one random permutation per mask."""
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return np.asarray(z ^ (z >> np.uint64(31)), dtype=np.uint64)


def minhash(shingles: frozenset[int]) -> np.ndarray:
    """The MinHash signature of a shingle set: the least permuted value per permutation."""
    x = np.fromiter(shingles, dtype=np.uint64, count=len(shingles))
    # uint64 products wrap modulo 2**64 in numpy arrays, as the mix intends.
    return np.asarray(_mix(x[:, None] ^ _MASKS[None, :]).min(axis=0), dtype=np.uint64)


def compare_shingles(a: frozenset[int], b: frozenset[int]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger)."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / len(a | b), common / min(len(a), len(b))


def find_copies(texts: Mapping[str, str]) -> list[CopyPair]:
    """Pairs of documents (by id) whose texts are copies of each other."""
    sets = {doc: shingles_of(text) for doc, text in texts.items()}
    sets = {doc: s for doc, s in sets.items() if len(s) >= MIN_SHINGLES}
    found = []
    for left, right in sorted(_candidates(sets)):
        jaccard, containment = compare_shingles(sets[left], sets[right])
        if jaccard >= JACCARD or containment >= CONTAINMENT:
            found.append(CopyPair(left, right, round(jaccard, 3), round(containment, 3)))
    return found


def _candidates(sets: Mapping[str, frozenset[int]]) -> set[tuple[str, str]]:
    rows = _PERMUTATIONS // _BANDS
    buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    for doc, shingles in sets.items():
        signature = minhash(shingles)
        for band in range(_BANDS):
            buckets[(band, signature[band * rows : (band + 1) * rows].tobytes())].append(doc)
    pairs: set[tuple[str, str]] = set()
    for docs in buckets.values():
        for left, right in combinations(sorted(set(docs)), 2):
            pairs.add((left, right))
    return pairs
