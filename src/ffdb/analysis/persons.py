"""Persons assembled on read: the claims sharing a canonical id, with their evidence.

Nothing here is stored: a person is whatever its claims say, so a new resolution or a
new document changes the person without anyone typing a value twice.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ffdb.analysis.assessment import derived_statuses
from ffdb.model.claim import Judgement
from ffdb.names.person import display_name
from ffdb.store.claims import load_claims
from ffdb.store.db import Store
from ffdb.store.judgements import judgements_about
from ffdb.store.resolution import load_pair_scores

PERSON_PROPS = ("name", "alias", "hometown", "age", "nationality", "group", "status")


@dataclass(slots=True)
class Person:
    id: str
    name: str
    aliases: list[str]
    hometown: str | None
    status: str | None
    documents: list[str]
    referents: list[str]
    groups: list[str] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    # the dossier only (`get_person`): why its entities are one person, or were kept apart
    links: list[dict[str, Any]] = field(default_factory=list)
    judgements: list[Judgement] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": self.aliases,
            "hometown": self.hometown,
            "status": self.status,
            "groups": self.groups,
            "documents": self.documents,
            "referents": self.referents,
        }


def _most_common(values: list[str]) -> str | None:
    if not values:
        return None
    return Counter(values).most_common(1)[0][0]


def latest_status(claims: list[dict[str, Any]]) -> str | None:
    """The status of the latest dated event; undated events count only when none is dated."""
    events = [c for c in claims if c["prop"] == "status"]
    if not events:
        return None
    dated = [c for c in events if c["date"]]
    pool = dated or events
    latest = max(pool, key=lambda c: (c["date"] or "", c["doc_published"] or ""))
    return str(latest["value"])


def assemble_person(canonical_id: str, claims: list[dict[str, Any]]) -> Person:
    names = [c["value"] for c in claims if c["prop"] == "name"]
    name = display_name(names) or canonical_id
    aliases = sorted({c["value"] for c in claims if c["prop"] in ("alias", "name")} - {name})
    documents: list[str] = []
    for c in claims:
        where = c["doc_url"] or c["doc_path"]
        if where and where not in documents:
            documents.append(where)
    return Person(
        id=canonical_id,
        name=name,
        aliases=aliases,
        hometown=_most_common([c["value"] for c in claims if c["prop"] == "hometown"]),
        status=latest_status(claims),
        documents=documents,
        referents=sorted({c["entity_id"] for c in claims}),
        groups=sorted({c["value"] for c in claims if c["prop"] == "group"}),
        claims=claims,
    )


def load_persons(store: Store) -> list[Person]:
    by_id: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in load_claims(store, schema_name="Person"):
        by_id[claim["canonical_id"] or claim["entity_id"]].append(claim)
    persons = [assemble_person(cid, claims) for cid, claims in by_id.items()]
    statuses = derived_statuses(store)  # from every claim, graded: see ffdb.assess.status
    for person in persons:
        if person.id in statuses:
            person.status = statuses[person.id].status
    return sorted(persons, key=lambda p: (p.name.lower(), p.id))


def get_person(store: Store, person_id: str) -> Person | None:
    """A person by canonical id, or by any entity id merged into it."""
    claims = load_claims(store, schema_name="Person", canonical_ids=[person_id])
    if not claims:
        found = load_claims(store, schema_name="Person", entity_ids=[person_id])
        if not found:
            return None
        person_id = found[0]["canonical_id"] or person_id
        claims = load_claims(store, schema_name="Person", canonical_ids=[person_id])
    person = assemble_person(person_id, claims)
    derived = derived_statuses(store).get(person_id)
    person.status = derived.status if derived else person.status
    _add_links(store, person)
    return person


def _add_links(store: Store, person: Person) -> None:
    """The scored pairs and judgements touching the person's entities (the dossier)."""
    members = set(person.referents)
    for link in load_pair_scores(store, entity_ids=person.referents):
        inside = link["left_id"] in members and link["right_id"] in members
        # inside: why they are one; outside: the near misses an analyst may want to see
        if inside or link["decision"] in ("blocked", "unsure"):
            person.links.append({**link, "inside": inside})
    person.judgements = judgements_about(store, person.referents)


def sources_by_value(person: Person) -> dict[str, list[tuple[str, list[dict[str, Any]]]]]:
    """The person's values prop by prop, each with the claims (sources) that state it."""
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
    for claim in sorted(person.claims, key=lambda c: (c["prop"], c["date"] or "")):
        shown = claim["value"] + (f" ({claim['date']})" if claim["date"] else "")
        grouped[claim["prop"]].setdefault(shown, []).append(claim)
    return {prop: list(values.items()) for prop, values in grouped.items()}
