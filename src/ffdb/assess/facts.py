"""The plain data assessment works on: claims as facts, documents, photos, flags.

Assessment never reads the store: the analysis layer loads rows and turns them into these
with `fact_from_row` and `DocumentInfo(...)`, so every rule here is testable with literals.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ADMIRALTY_RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
ADMIRALTY_CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


@dataclass(slots=True)
class Fact:
    """One claim with what assessment needs of its document."""

    id: str
    person: str  # the canonical id (the entity id before resolution)
    prop: str
    value: str
    schema: str = "Person"
    entity_id: str = ""
    date: str | None = None
    date_qualifier: str | None = None
    place: str | None = None
    document_id: str = ""
    doc_date: str | None = None
    doc_path: str | None = None
    quote: str | None = None
    credibility: int = 6
    review: str = "pending"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def when(self) -> str | None:
        """The event's date, else the document's: a report tells of the past."""
        return self.date or self.doc_date


def fact_from_row(row: Mapping[str, Any]) -> Fact:
    """A fact from a claim row joined with its document (`ffdb.store.claims.load_claims`)."""
    return Fact(
        id=str(row["id"]),
        person=str(row.get("canonical_id") or row["entity_id"]),
        prop=str(row["prop"]),
        value=str(row["value"]),
        schema=str(row.get("schema") or "Person"),
        entity_id=str(row["entity_id"]),
        date=row.get("date"),
        date_qualifier=row.get("date_qualifier"),
        place=row.get("place"),
        document_id=str(row.get("document_id") or ""),
        doc_date=row.get("doc_published"),
        doc_path=row.get("doc_url") or row.get("doc_path"),
        quote=row.get("quote"),
        credibility=int(row.get("credibility") or 6),
        review=str(row.get("review") or "pending"),
        extra=dict(row.get("extra") or {}),
    )


@dataclass(slots=True)
class DocumentInfo:
    """A document as independence and staleness rules see it."""

    id: str
    published: str | None = None
    source_id: int | None = None
    url: str | None = None
    parent_id: str | None = None
    forwarded_from: str | None = None
    title: str | None = None
    text: str = ""
    path: str | None = None
    reliability: str = "F"  # the source's Admiralty grade


@dataclass(frozen=True, slots=True)
class Photo:
    """An image attached to a document, with its perceptual hash (hex)."""

    document_id: str
    path: str
    phash: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """One side of a flag: a claim or a document, with what it says."""

    document_id: str
    claim_id: str | None = None
    document_date: str | None = None
    document_path: str | None = None
    value: str | None = None
    quote: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "document_id": self.document_id,
            "document_date": self.document_date,
            "document_path": self.document_path,
            "value": self.value,
            "quote": self.quote,
        }


def evidence_of(fact: Fact, value: str | None = None) -> Evidence:
    return Evidence(
        document_id=fact.document_id,
        claim_id=fact.id,
        document_date=fact.doc_date,
        document_path=fact.doc_path,
        value=value if value is not None else fact.value,
        quote=fact.quote,
    )


@dataclass(slots=True)
class Flag:
    """Something an analyst should look at, with the evidence on both sides.

    kind: death_date_conflict | death_place_conflict | alive_after_death (conflicts);
    recycled_report | misdated_report | reused_photo (stale reports); copied_text.
    """

    kind: str
    subject: str  # a person id, or a document id for flags about documents
    reason: str
    left: list[Evidence]
    right: list[Evidence]

    @property
    def id(self) -> str:
        sides = sorted(e.claim_id or e.document_id for e in self.left + self.right)
        key = "\0".join([self.kind, self.subject, *sides])
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    @property
    def claim_ids(self) -> list[str]:
        return [e.claim_id for e in self.left + self.right if e.claim_id]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "subject": self.subject,
            "reason": self.reason,
            "left": [e.to_json() for e in self.left],
            "right": [e.to_json() for e in self.right],
        }
