"""Scoring a pair of entities with all the evidence, and saying why.

The name score is the best match between any name or alias of one and any of the other
(from `ffdb.names`). The other evidence moves it: a shared hometown or group raises it
a little; different hometowns, birth years that cannot agree, or two entities that one
document kept apart lower it a lot. Names decide; the rest mostly vetoes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ffdb.resolve.profile import Profile

MATCHER = "pair_score.v1"

# (score 0..1, reason) for two names
NameCompare = Callable[[str, str], tuple[float, str]]


@dataclass(slots=True)
class PairScore:
    left: str
    right: str
    score: float
    reasons: list[str] = field(default_factory=list)


def score_pair(a: Profile, b: Profile, compare: NameCompare) -> PairScore:
    best, why, pair = 0.0, "no names", ("", "")
    for x in a.names:
        for y in b.names:
            s, reason = compare(x, y)
            if s > best:
                best, why, pair = s, reason, (x, y)
    reasons = [f"name {pair[0]!r}~{pair[1]!r}: {best:.2f} ({why})"]
    score = best
    if a.document_id is not None and a.document_id == b.document_id:
        score *= 0.5
        reasons.append("same document kept them apart: x0.5")
    if a.hometown and b.hometown:
        if a.hometown == b.hometown:
            score += 0.05
            reasons.append(f"same hometown {a.hometown}: +0.05")
        else:
            score -= 0.25
            reasons.append(f"hometowns differ ({a.hometown} / {b.hometown}): -0.25")
    if a.born and b.born:
        gap = max(a.born[0] - b.born[1], b.born[0] - a.born[1], 0)
        if gap > 2:
            score -= 0.4
            reasons.append(f"birth years {gap} apart: -0.4")
        else:
            score += 0.03
            reasons.append("ages agree: +0.03")
    if a.groups & b.groups:
        score += 0.03
        reasons.append("shared group: +0.03")
    score = min(1.0, max(0.0, score))
    return PairScore(a.entity_id, b.entity_id, round(score, 4), reasons)
