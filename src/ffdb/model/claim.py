"""Mentions, claims and judgements: the facts ffdb keeps, each with its evidence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Mention:
    """A span of a document's text that names something, and what found it."""

    start: int
    end: int
    text: str
    kind: str  # person, place, group, date, alias
    extractor: str  # versioned name, e.g. person_rules.v1
    entity_id: str | None = None


@dataclass(slots=True)
class Claim:
    """One fact as a source stated it.

    `entity_id` is the subject as the source saw it (local to the document);
    `canonical_id` is set by resolution and is the only field resolution changes.
    """

    entity_id: str
    prop: str
    value: str
    schema: str = "Person"
    original_value: str | None = None
    date: str | None = None
    date_qualifier: str | None = None
    place: str | None = None
    document_id: str | None = None
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    extractor: str = ""
    confidence: float = 1.0
    credibility: int = 6
    canonical_id: str | None = None
    review: str = "pending"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """A hash of the fields that make the claim what it is (FtM statement ids)."""
        key = "\0".join(
            str(x)
            for x in (
                self.document_id,
                self.entity_id,
                self.prop,
                self.value,
                self.date,
                self.start,
                self.extractor,
            )
        )
        return hashlib.sha1(key.encode()).hexdigest()


@dataclass(slots=True)
class Judgement:
    """An analyst's decision that two entities are the same, different, or unsure."""

    left: str
    right: str
    decision: str  # same | different | unsure
    user: str
    created_at: str
