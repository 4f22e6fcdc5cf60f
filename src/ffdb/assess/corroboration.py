"""Corroboration and information credibility (the Admiralty 1-6 scale).

A claim is supported by every claim about the same person with the same property and
value (folded, or the gazetteer id when there is one) whose date is compatible with its
own. Supporters from one origin (`origins.assign_origins`) count once.

Credibility, from what supports and contradicts the claim:
  1  confirmed: three or more independent origins (the claim's and two others)
  2  probably true: two independent origins, or contradicted but better supported
  3  possibly true: one origin, from a source graded A-C; or contradicted, better
     supported, on one origin
  4  doubtful: one origin, from a source graded D or E; or contradicted with support
     equal to the other side's
  5  improbable: contradicted by better supported claims
  6  cannot be judged: one origin from a source nobody graded (F)
An analyst's grade replaces the derived one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ffdb.assess.dates import compatible
from ffdb.assess.facts import Fact, Flag
from ffdb.names.normalise import fold_key

RULES = "credibility_rules.v1"
_ID_KEYS = {"hometown": "place_id", "group": "group_id"}


@dataclass(frozen=True, slots=True)
class Support:
    """The claims and independent origins that say the same as one claim."""

    supporters: tuple[str, ...]  # claim ids, the claim itself included
    origins: tuple[str, ...]

    @property
    def independent(self) -> int:
        return len(self.origins)


def value_key(fact: Fact) -> str:
    """What two claims must share to say the same thing."""
    id_key = _ID_KEYS.get(fact.prop)
    if id_key and fact.extra.get(id_key):
        return str(fact.extra[id_key])
    if fact.prop == "status":
        return fact.value.casefold()
    return fold_key(fact.value) or fact.value.casefold()


def measure_support(facts: Sequence[Fact], origins: Mapping[str, str]) -> dict[str, Support]:
    """Claim id -> its support; a claim without document is its own origin."""
    groups: dict[tuple[str, str, str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.review != "rejected":
            groups[(fact.schema, fact.person, fact.prop, value_key(fact))].append(fact)
    support: dict[str, Support] = {}
    for members in groups.values():
        for fact in members:
            agreeing = [
                g
                for g in members
                if compatible(fact.date, g.date, fact.date_qualifier, g.date_qualifier)
            ]
            found = sorted(
                {origins.get(g.document_id, "doc:" + (g.document_id or g.id)) for g in agreeing}
            )
            support[fact.id] = Support(tuple(sorted(g.id for g in agreeing)), tuple(found))
    return support


def contradictions_of(flags: Iterable[Flag]) -> dict[str, set[str]]:
    """Claim id -> ids of the claims on the other side of a conflict flag."""
    against: dict[str, set[str]] = defaultdict(set)
    for flag in flags:
        left = {e.claim_id for e in flag.left if e.claim_id}
        right = {e.claim_id for e in flag.right if e.claim_id}
        for claim in left:
            against[claim] |= right
        for claim in right:
            against[claim] |= left
    return against


def grade_credibility(
    fact: Fact,
    support: Mapping[str, Support],
    against: Mapping[str, set[str]],
    reliability: str,
) -> tuple[int, str]:
    """The derived credibility of one claim and why; `reliability` is the best grade
    (A-F) among the sources of its supporting documents."""
    own = support.get(fact.id)
    count = own.independent if own else 1
    opponents = against.get(fact.id)
    if opponents:
        other = max((support[o].independent for o in opponents if o in support), default=1)
        if count > other:
            grade = 2 if count >= 2 else 3
            return grade, f"contradicted, but {count} independent origins against {other}"
        if count == other:
            return 4, f"contradicted by claims as well supported ({count} against {other})"
        return 5, f"contradicted by better supported claims ({count} against {other})"
    if count >= 3:
        return 1, f"confirmed by {count - 1} other independent origins"
    if count == 2:
        return 2, "one other independent origin agrees"
    if reliability in ("A", "B", "C"):
        return 3, f"one origin, source graded {reliability}"
    if reliability in ("D", "E"):
        return 4, f"one origin, source graded {reliability}"
    return 6, "one origin, source not graded"
