"""What resolution needs to know of one name: how much it identifies, and its block keys.

A name is one of three kinds:

- `full`: two or more plain parts (given name, surname): "Zahid Nağıyev", "Ниджат Ашуров";
- `kunya`: a kunya with its nisba and no full name: "Abu Harun al-Azeri". Many fighters
  share one, so a match on it needs other evidence;
- `partial`: one plain part ("Nağıyev"), initials, or a bare kunya ("Əbu Harun"): it
  never decides alone.

Block keys come in four roles. `mutual` keys (a pair of a full name's parts) pair every
two names that share them. `weak` keys (a kunya with its nisba) pair two names only when
their entities share a hometown or a co-mentioned person, since a kunya alone never
merges (see `blocking`). A partial name's `probe` key (its one word, its bare kunya) is
paired, on the same condition, with the names holding it as a `target` key (any word of
a full name, any kunya); targets are not paired with each other: "Nağıyev" is compared
with the Nağıyevs of its town, while the Nağıyevs are compared by full name.

Kunyas and nisbas are keyed by their consonants: Arabic script writes no short vowels
(أبو هارون الأذري), and their romanisations swap vowels freely (Zübeyr, Zubayr).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from ffdb.names.person import Part, analyse_person

__all__ = ["NameInfo", "name_info", "person_key"]

FULL, KUNYA, PARTIAL = "full", "kunya", "partial"
# Readings kept per part for blocking: a Cyrillic г or an Azerbaijani c gives several,
# and two names of one person share at least one of the first few.
_KEYS_PER_PART = 4


@dataclass(frozen=True, slots=True)
class NameInfo:
    kind: str  # full | kunya | partial
    mutual: frozenset[str]
    weak: frozenset[str]
    probe: frozenset[str]
    target: frozenset[str]


def _keys(part: Part) -> tuple[str, ...]:
    return tuple(k for k in part.keys[:_KEYS_PER_PART] if len(k) >= 2)


def _consonants(part: Part) -> tuple[str, ...]:
    return tuple(k for k in part.consonants[:_KEYS_PER_PART] if k)


@lru_cache(maxsize=262144)
def name_info(name: str) -> NameInfo:
    """The kind and block keys of a person's name (cached: names repeat across documents)."""
    person = analyse_person(name)
    plain = [p for p in person.plain if p.role != "initial" and _keys(p)]
    mutual: set[str] = set()
    weak: set[str] = set()
    probe: set[str] = set()
    target: set[str] = set()
    for a, b in combinations(plain, 2):
        for x in _keys(a):
            for y in _keys(b):
                mutual.add("n:" + "|".join(sorted((x, y))))
    for part in plain:
        target.update("w:" + k for k in _keys(part))
    for kunya in person.kunyas:
        heads = [f"k:{kunya.marker}:{c}" for c in _consonants(kunya)]
        target.update(heads)
        for nisba in person.nisbas:
            for head in heads:
                weak.update(f"{head}|{c}" for c in _consonants(nisba))
    if len(plain) >= 2:
        kind = FULL
    elif person.kunyas and person.nisbas:
        kind = KUNYA
    else:
        kind = PARTIAL
        if person.kunyas:
            probe.update(k for k in target if k.startswith("k:"))
        else:
            probe.update(k for k in target if k.startswith("w:"))
    return NameInfo(kind, frozenset(mutual), frozenset(weak), frozenset(probe), frozenset(target))


@lru_cache(maxsize=262144)
def person_key(name: str) -> frozenset[str]:
    """Keys saying "this is the same name" across scripts, for co-mentions: the mutual
    keys of a full name or the weak keys of a kunya with its nisba; nothing for a
    partial name."""
    info = name_info(name)
    return info.mutual | info.weak if info.kind != PARTIAL else frozenset()
