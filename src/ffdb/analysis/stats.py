"""The numbers researchers publish, each with the persons and claims behind it.

Every number is a node `{"count": N, "persons": [...], "claims": [...]}`; `explain_key`
finds a node by its dotted key (`status.killed.by_year.2014`, `hometowns.places.Qusar`).
Statuses come from the assessment (`ffdb.assess.status`), hometowns and groups from the
persons' claims, places from the gazetteer.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ffdb.analysis.assessment import assess_store_on_read
from ffdb.assess import Assessment, Fact
from ffdb.assess.status import CATEGORIES, CUSTODY
from ffdb.names.groups import get_group, lookup_group
from ffdb.names.normalise import fold_key
from ffdb.names.person import display_name
from ffdb.names.places import Place, lookup_place
from ffdb.store.db import Store

STATS = "stats.v1"
LEADER_ROLES = frozenset({"leader", "emir", "amir", "founder", "commander", "head"})
TOP_PLACES = 5
Locate = Callable[[str], Place | None]

Node = dict[str, Any]


@dataclass(slots=True)
class PersonView:
    """What the numbers need of one person."""

    id: str
    name: str
    hometown: str | None  # the display name of the hometown's place
    hometown_key: str | None
    hometown_claims: list[str]


def _node(persons: Iterable[str], claims: Iterable[str]) -> Node:
    people = sorted(set(persons))
    return {"count": len(people), "persons": people, "claims": sorted(set(claims))}


# A kin link alone ("his father Hüseyin said") tells of the subject, not of the relative:
# a relative with nothing else reported is mentioned, not counted.
SUBJECT_PROPS = frozenset({"status", "group", "hometown"})


def compute_stats(
    assessment: Assessment, *, locate: Locate | None = None, top: int = TOP_PLACES
) -> dict[str, Any]:
    """The breakdowns of an assessment, as plain JSON-ready data."""
    locate = locate or lookup_place
    facts = [f for f in assessment.facts.values() if f.review != "rejected"]
    by_person: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.schema == "Person":
            by_person[fact.person].append(fact)
    # The people a database is about are those the sources say something of: where
    # they came from, what they joined, what became of them. A judge, an official or a
    # scholar merely named is listed apart, not counted among the people identified.
    # A suspect the sources name by initials only ("M.K.") is reported, not identified.
    mentioned = sorted(
        p
        for p, fs in by_person.items()
        if not any(f.prop in SUBJECT_PROPS for f in fs) or _INITIALS_ONLY.fullmatch(_name_of(fs))
    )
    for person in mentioned:
        del by_person[person]
    people = sorted(by_person)
    names = {p: _name_of(by_person[p]) for p in people}
    hometowns = hometowns_of(by_person, locate)
    return {
        "generated_by": STATS,
        "as_of": assessment.as_of,
        "people": {"count": len(people), "persons": people, "claims": []},
        "mentioned": {"count": len(mentioned), "persons": mentioned, "claims": []},
        "names": names,
        "status": _status_breakdown(assessment, set(people)),
        "travelled": _travelled(by_person),
        "hometowns": _hometown_breakdown(people, hometowns, top),
        "groups": _groups(by_person),
        "family": _family(facts),
        "flags": _flags(assessment),
    }


def load_stats(store: Store, as_of: str | None = None) -> dict[str, Any]:
    return compute_stats(assess_store_on_read(store, as_of))


_INITIALS_ONLY = re.compile(r"(?:[^\W\d_]\.\s?){1,3}")


def _name_of(facts: Sequence[Fact]) -> str:
    return display_name(f.value for f in facts if f.prop == "name") or facts[0].person


def _status_breakdown(assessment: Assessment, people: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    statuses = [s for s in assessment.statuses.values() if s.person in people]
    for category in CATEGORIES:
        members = [s for s in statuses if s.status == category]
        out[category] = _node((s.person for s in members), (c for s in members for c in s.claims))
    killed = [s for s in statuses if s.status == "killed"]
    out["killed"]["by_year"] = _by_year((s.year, s.person, s.claims) for s in killed)
    returned = [s for s in statuses if s.status == "returned"]
    for detail in (*CUSTODY, "released"):
        chosen = [s for s in returned if detail in s.detail]
        out["returned"][detail] = _node(
            (s.person for s in chosen), (c for s in chosen for c in s.claims)
        )
    custody = [s for s in returned if any(d in CUSTODY for d in s.detail)]
    out["returned"]["in_custody"] = _node(
        (s.person for s in custody), (c for s in custody for c in s.claims)
    )
    out["returned"]["by_year"] = _by_year((s.year, s.person, s.claims) for s in returned)
    out["reasons"] = {s.person: s.to_json() for s in statuses}
    return out


def _by_year(items: Iterable[tuple[int | None, str, Sequence[str]]]) -> dict[str, Node]:
    years: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for year, person, claims in items:
        key = str(year) if year else "unknown"
        years[key][0].append(person)
        years[key][1].extend(claims)
    return {key: _node(*years[key]) for key in sorted(years)}


def _travelled(by_person: Mapping[str, Sequence[Fact]]) -> dict[str, Any]:
    """People reported to have left, by the year of their first departure."""
    items = []
    for person, facts in by_person.items():
        trips = [f for f in facts if f.prop == "status" and f.value == "travelled"]
        if trips:
            first = min(trips, key=lambda f: (f.date is None, f.date or f.doc_date or ""))
            year = int(first.date[:4]) if first.date and first.date[:4].isdigit() else None
            items.append((year, person, [f.id for f in trips]))
    node = _node((p for _, p, _ in items), (c for _, _, cs in items for c in cs))
    node["by_year"] = _by_year(items)
    return node


def hometowns_of(
    by_person: Mapping[str, Sequence[Fact]], locate: Locate
) -> dict[str, tuple[str, Place | None, list[str]]]:
    """Person -> (place key, gazetteer place or None, the claims behind the hometown)."""
    found: dict[str, tuple[str, Place | None, list[str]]] = {}
    for person, facts in by_person.items():
        claims = [f for f in facts if f.prop == "hometown"]
        if not claims:
            continue
        keyed: dict[str, list[Fact]] = defaultdict(list)
        places: dict[str, Place | None] = {}
        for fact in claims:
            place = locate(fact.value)
            key = place.id if place else "name:" + (fold_key(fact.value) or fact.value)
            keyed[key].append(fact)
            places[key] = place
        # The place most claims name; the better graded claims break a tie.
        best = max(keyed, key=lambda k: (len(keyed[k]), -min(f.credibility for f in keyed[k])))
        found[person] = (best, places[best], [f.id for f in keyed[best]])
    return found


def _hometown_breakdown(
    people: Sequence[str], hometowns: Mapping[str, tuple[str, Place | None, list[str]]], top: int
) -> dict[str, Any]:
    members: dict[str, list[str]] = defaultdict(list)
    claims: dict[str, list[str]] = defaultdict(list)
    places: dict[str, Place | None] = {}
    for person, (key, place, ids) in hometowns.items():
        members[key].append(person)
        claims[key].extend(ids)
        places[key] = place
    ordered = sorted(members, key=lambda k: (-len(members[k]), _place_label(k, places[k])))
    out: dict[str, Node] = {}
    for key in ordered:
        place = places[key]
        node = _node(members[key], claims[key])
        node.update(
            place_id=place.id if place else None,
            country=place.country if place else None,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
        )
        out[_place_label(key, place)] = node
    unknown = [p for p in people if p not in hometowns]
    return {
        "count": len(out),
        "places": out,
        "top": list(out)[:top],
        "unknown": _node(unknown, []),
    }


def _place_label(key: str, place: Place | None) -> str:
    return place.name if place else key.removeprefix("name:")


def group_of(fact: Fact) -> tuple[str, str | None]:
    """A group claim's key (the gazetteer id when known) and the gazetteer's name for it."""
    group_id = fact.extra.get("group_id")
    group = get_group(str(group_id)) if group_id else lookup_group(fact.value)
    if group is not None:
        return group.id, group.name
    if group_id:
        return str(group_id), None
    return fold_key(fact.value) or fact.value, None


def _groups(by_person: Mapping[str, Sequence[Fact]]) -> dict[str, Node]:
    members: dict[str, list[Fact]] = defaultdict(list)
    labels: dict[str, str | None] = {}
    for facts in by_person.values():
        for fact in facts:
            if fact.prop == "group":
                key, labels[key] = group_of(fact)
                members[key].append(fact)
    out: dict[str, Node] = {}
    for key in sorted(members, key=lambda k: (-len({f.person for f in members[k]}), k)):
        facts = members[key]
        label = labels[key] or Counter(f.value for f in facts).most_common(1)[0][0]
        node = _node((f.person for f in facts), (f.id for f in facts))
        leaders = [f for f in facts if str(f.extra.get("role") or "").lower() in LEADER_ROLES]
        node["group_id"] = key if labels[key] else facts[0].extra.get("group_id")
        node["leaders"] = [
            {"person": f.person, "role": f.extra.get("role"), "claim": f.id}
            for f in sorted(leaders, key=lambda f: (f.person, f.id))
        ]
        out[label] = node
    return out


def _family(facts: Sequence[Fact]) -> dict[str, Any]:
    """Relatives named in family claims: the relative's entity id resolved to its person."""
    canonical = {f.entity_id: f.person for f in facts if f.entity_id}
    links = [f for f in facts if f.prop == "family"]
    relatives = [canonical.get(relative_entity(f), relative_entity(f)) for f in links]
    node = _node(relatives, (f.id for f in links))
    node["relations"] = dict(Counter(str(f.extra.get("relation") or "relative") for f in links))
    return node


def relative_entity(fact: Fact) -> str:
    """The relative's entity id; one local to its document gets the document's prefix."""
    if ":" in fact.value:
        return fact.value
    return f"{fact.entity_id.split(':', 1)[0]}:{fact.value}"


def _flags(assessment: Assessment) -> dict[str, Any]:
    kinds = Counter(f.kind for f in assessment.flags)
    return {"count": len(assessment.flags), "by_kind": dict(sorted(kinds.items()))}


def explain_key(stats: Mapping[str, Any], key: str) -> Node | None:
    """The node at a dotted key; the last parts may name a place or group in any spelling."""
    node: Any = stats
    for part in key.split("."):
        if not isinstance(node, Mapping):
            return None
        if part in node:
            node = node[part]
            continue
        wanted = fold_key(part)
        match = next((k for k in node if isinstance(k, str) and fold_key(k) == wanted), None)
        if match is None:
            return None
        node = node[match]
    return node if isinstance(node, dict) and "count" in node else None


def flatten_counts(stats: Mapping[str, Any], prefix: str = "") -> dict[str, int]:
    """Every node's count by its dotted key, for listings and `--explain` hints."""
    out: dict[str, int] = {}
    for key, value in stats.items():
        if not isinstance(value, Mapping) or key in ("names", "reasons"):
            continue
        path = f"{prefix}{key}"
        if "count" in value and isinstance(value["count"], int):
            out[path] = value["count"]
        out.update(flatten_counts(value, path + "."))
    return out
