"""Which of a person's hometowns wins: a region said of them ("один из выходцев из
Панкисского ущелья", "a native of Dagestan") gives way to a village or town in it said
of them too ("уроженец села Джоколо", "from Khasavyurt"), whichever the text gives
first; so does a region said with a town in one sentence, however far apart their
points. The record takes the most confident claim (see `assemble`): the region's claim is
set just below the town's.
"""

from __future__ import annotations

from typing import Any, Final

from ffdb.extract.fact_people import Fact
from ffdb.extract.hometown_lists import distance_km

_BROAD: Final = frozenset(["district", "province", "region"])
# how far a town may lie from a region's point and be in it
_WITHIN_KM: Final = 80.0
# how much less sure the town's claim may be and still win
_MARGIN: Final = 0.05


def prefer_settlements(facts: list[Fact]) -> None:
    """Set each broad place's claim below a claim of a town in it for the same person."""
    towns: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.prop == "hometown" and _precision(fact) == "town":
            towns.setdefault(fact.person, []).append(fact)
    if not towns:
        return
    for fact in facts:
        if fact.prop != "hometown" or fact.person not in towns or _precision(fact) not in _BROAD:
            continue
        for town in towns[fact.person]:
            if town.confidence >= fact.confidence - _MARGIN and (
                _inside(town, fact) or _said_together(town, fact)
            ):
                fact.confidence = min(fact.confidence, round(town.confidence - 0.01, 3))


def _place(fact: Fact) -> dict[str, Any] | None:
    place = fact.extra.get("place")
    return place if isinstance(place, dict) else None


def _precision(fact: Fact) -> str:
    place = _place(fact)
    return str(place.get("precision") or "") if place is not None else ""


def _inside(town: Fact, broad: Fact) -> bool:
    a, b = _place(town), _place(broad)
    if a is None or b is None or a.get("country") != b.get("country"):
        return False
    try:
        lat1, lon1 = float(a["latitude"]), float(a["longitude"])
        lat2, lon2 = float(b["latitude"]), float(b["longitude"])
    except (KeyError, TypeError, ValueError):
        return False
    return distance_km(lat1, lon1, lat2, lon2) < _WITHIN_KM


def _said_together(town: Fact, broad: Fact) -> bool:
    """A region and a town said of one person in one sentence, in one country ("выходец
    из Башкирии — X, житель Стерлитамака"): the town is the nearer home, wherever the
    region's point lies."""
    a, b = _place(town), _place(broad)
    if a is None or b is None or a.get("country") != b.get("country"):
        return False
    return town.start == broad.start
