"""Conflicts between the claims about one person, each flagged with both sides.

- death_date_conflict: two death dates that cannot be the same day at their precision
  ("2014-11-02" against "2014-10"; "2014" agrees with both).
- death_place_conflict: two places of death that are not the same place, nor one inside
  the other's country.
- alive_after_death: an event only the living have (arrest, return, travel, injury...)
  dated after the person was reported dead.

The side with the most claims agreeing with it is the left one; claims that agree with
both sides are on neither.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from ffdb.assess.dates import compatible, parse_span
from ffdb.assess.facts import Fact, Flag, evidence_of
from ffdb.assess.recycled import find_recency_word
from ffdb.names.normalise import fold_key

RULES = "conflict_rules.v1"
ALIVE_EVENTS = frozenset(
    {"arrested", "detained", "sentenced", "released", "returned", "travelled", "injured"}
)
# Given two place names: True same place, False different places, None cannot tell.
SamePlace = Callable[[str, str], bool | None]


def same_place_by_name(a: str, b: str) -> bool | None:
    """Places compared by their folded names only (no gazetteer)."""
    ka, kb = fold_key(a), fold_key(b)
    if not ka or not kb:
        return None
    return ka == kb or ka in kb or kb in ka


def find_conflicts(
    facts: Sequence[Fact],
    *,
    skip: frozenset[str] = frozenset(),
    same_place: SamePlace | None = None,
) -> list[Flag]:
    """Conflict flags among one person's status facts; `skip` holds recycled claims."""
    deaths = [f for f in facts if f.value == "killed" and f.review != "rejected"]
    flags = []
    own = [f for f in deaths if f.id not in skip]
    date_flag = _date_conflict(own)
    if date_flag:
        flags.append(date_flag)
    place_flag = _place_conflict(own, same_place or same_place_by_name)
    if place_flag:
        flags.append(place_flag)
    alive_flag = _alive_after_death(deaths, [f for f in facts if f.value in ALIVE_EVENTS])
    if alive_flag:
        flags.append(alive_flag)
    return flags


def _split_dispute(
    facts: Sequence[Fact],
    clash: Callable[[Fact, Fact], bool],
    tiebreak: Callable[[Fact], tuple[int | str, ...]],
) -> tuple[Fact, list[Fact], list[Fact]] | None:
    """The anchor and the two sides of a dispute among `facts`, or None when all agree.

    The anchor is the disputed fact most others agree with (`tiebreak` decides a tie); the
    right side clashes with it, the left side is what clashes with the right side.
    """
    disputed = [f for f in facts if any(clash(f, g) for g in facts)]
    if not disputed:
        return None

    def agreeing(anchor: Fact) -> int:
        return sum(not clash(anchor, f) for f in facts)

    anchor = max(disputed, key=lambda f: (agreeing(f), *tiebreak(f)))
    right = [f for f in facts if clash(anchor, f)]
    if not right:
        return None
    left = [f for f in facts if f not in right and any(clash(f, r) for r in right)]
    return anchor, left, right


def _date_conflict(deaths: Sequence[Fact]) -> Flag | None:
    dated = [f for f in deaths if f.date]
    if len(dated) < 2:
        return None

    def clash(a: Fact, b: Fact) -> bool:
        return not compatible(a.date, b.date, a.date_qualifier, b.date_qualifier)

    # Of anchors as agreed with, the most precise date wins, then the latest report.
    sides = _split_dispute(dated, clash, lambda f: (len(f.date or ""), f.doc_date or ""))
    if sides is None:
        return None
    return _dispute_flag("death_date_conflict", "on", lambda f: f.date, *sides)


def _place_conflict(deaths: Sequence[Fact], same_place: SamePlace) -> Flag | None:
    placed = [f for f in deaths if f.place]
    if len(placed) < 2:
        return None
    counts = Counter(fold_key(f.place or "") for f in placed)

    def clash(a: Fact, b: Fact) -> bool:
        return same_place(a.place or "", b.place or "") is False

    sides = _split_dispute(placed, clash, lambda f: (counts[fold_key(f.place or "")],))
    if sides is None:
        return None
    return _dispute_flag("death_place_conflict", "in", lambda f: f.place, *sides)


def _dispute_flag(
    kind: str,
    preposition: str,
    value_of: Callable[[Fact], str | None],
    anchor: Fact,
    left: list[Fact],
    right: list[Fact],
) -> Flag:
    return Flag(
        kind=kind,
        subject=anchor.person,
        reason=(
            f"reported killed {preposition} {_listed(value_of(f) for f in left)} and "
            f"{preposition} {_listed(value_of(f) for f in right)}"
        ),
        left=[evidence_of(f, value_of(f)) for f in left],
        right=[evidence_of(f, value_of(f)) for f in right],
    )


def _dead_by(fact: Fact) -> date | None:
    """The last day the person can have been alive, according to one death claim."""
    span = parse_span(fact.date, fact.date_qualifier) if fact.date else parse_span(fact.doc_date)
    return span.end if span else None


def _alive_on(fact: Fact) -> date | None:
    """The first day an event surely happened; undated events count only as news."""
    if fact.date:
        span = parse_span(fact.date, fact.date_qualifier)
        return span.start if span else None
    if find_recency_word(fact.quote):
        span = parse_span(fact.doc_date)
        return span.start if span else None
    return None


def _alive_after_death(deaths: Sequence[Fact], alive: Sequence[Fact]) -> Flag | None:
    bounds = [(f, _dead_by(f)) for f in deaths]
    left_ids: dict[str, Fact] = {}
    right: list[Fact] = []
    for event in alive:
        start = _alive_on(event)
        if start is None:
            continue
        before = [f for f, bound in bounds if bound is not None and bound < start]
        if before:
            right.append(event)
            left_ids.update((f.id, f) for f in before)
    if not right:
        return None
    left = sorted(left_ids.values(), key=lambda f: (f.date or f.doc_date or "", f.id))
    return Flag(
        kind="alive_after_death",
        subject=right[0].person,
        reason=(
            f"reported killed ({_listed(f.date or f'by {f.doc_date}' for f in left)}) and later "
            f"{_listed(f'{f.value} {f.date or f.doc_date}' for f in right)}"
        ),
        left=[evidence_of(f, f.date) for f in left],
        right=[evidence_of(f, f"{f.value} {f.date or f.doc_date}") for f in right],
    )


def _listed(values: Iterable[str | None]) -> str:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return ", ".join(seen) or "an unknown date"
