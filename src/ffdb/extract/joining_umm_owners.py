"""A kunya of a mother's ("Umm Yusuf", "Ümmü Ali", "Умм Хамза") the text gives the woman
it has just spoken of joins her (`joining`).

"In the women's house in Raqqa she became Umm Yusuf", "Mirela Shehu, 29, … known in the
camp as Umm Abdullah", "Kızım orada Ümmü Ali oldu", "женщина, взявшая имя Умм Хамза":
women of the camps take a kunya, and the text gives it to the last woman it named. A
person named only by such a kunya joins the last woman named before it, a person some
mention of whom the text reads as a woman's, who has no kunya of her own. After a kin
word ("his wife Umm Khadija", "жена Умм Муслим", "eşi Ümmü Yusuf") the kunya is
someone else's name, and stays a person of its own.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from ffdb.extract.family import kin_words
from ffdb.extract.joining_cluster import Cluster, as_written
from ffdb.extract.scan import lowered

__all__ = ["is_umm", "join_umm_kunyas"]

_UMM: Final = re.compile(r"^(?:umm|ummu|ümmü|ummü|умм|умму)[\s-]", re.IGNORECASE)
_MALE_KUNYA: Final = re.compile(r"^(?:abu|ebu|əbu|абу)[\s-]", re.IGNORECASE)
# the words right before the kunya, a kin word among them: "his wife ", "həyat yoldaşı "
_WORDS_BEFORE: Final = re.compile(r"((?:[^\W\d_]+[ ,]+){1,3})[\"“«„']?$")


def join_umm_kunyas(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """See the module's docstring."""
    out = list(clusters)
    for lone in clusters:
        if not lone.kunya_only():
            continue
        kunya = min(lone.mentions, key=lambda m: m.start)
        if _UMM.match(kunya.text) is None or _kin_before(text, kunya.start):
            continue
        owner = _last_woman_before(out, lone, kunya.start)
        if owner is None:
            continue
        owner.absorb(lone)
        written = as_written(kunya.text, kunya.words)
        if written not in owner.aliases:
            owner.aliases.append(written)
        out.remove(lone)
    return out


def is_umm(alias: str) -> bool:
    """Whether `alias` is a mother's kunya ("Umm Yusuf", "Ümmü Ali"): a woman's name."""
    return _UMM.match(alias) is not None


def _kin_before(text: str, start: int) -> bool:
    found = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    words = [lowered(w) for w in re.findall(r"[^\W\d_]+", found.group(1))]
    kin = kin_words()
    return any(w in kin for w in words) or any(f"{a} {b}" in kin for a, b in pairwise(words))


def _last_woman_before(clusters: list[Cluster], lone: Cluster, at: int) -> Cluster | None:
    """The last person named before `at` whom no mention reads as a man, if no mention
    reads her as a man either and she has no mother's kunya yet."""
    named: list[tuple[int, Cluster]] = []
    for cluster in clusters:
        before = [m.start for m in cluster.mentions if m.start < at and m.kind != "kunya"]
        if cluster is not lone and before:
            named.append((max(before), cluster))
    for _, cluster in sorted(named, key=lambda p: p[0], reverse=True):
        if any(m.gender == "m" for m in cluster.mentions) or any(
            _MALE_KUNYA.match(a) for a in cluster.aliases
        ):
            continue  # her husband, named with his kunya: "Abu Yusuf … she became Umm Yusuf"
        if any(_UMM.match(a) for a in cluster.aliases):
            return None
        return cluster
    return None
