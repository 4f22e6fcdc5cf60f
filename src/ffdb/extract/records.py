"""What extraction returns: person records (the evaluation's record shape) and, for the
store, the mentions and claims behind them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ffdb.extract.campaigns import Pledge
from ffdb.extract.releases import Release
from ffdb.model.claim import Claim, Mention


@dataclass(slots=True)
class EventRecord:
    status: str
    date: str | None
    place: str | None
    date_qualifier: str | None = None
    date_end: str | None = None
    date_source: str | None = None
    place_entry: dict[str, Any] | None = None
    evidence: tuple[int, int] = (0, 0)
    confidence: float = 0.8

    def as_record(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "date": self.date, "place": self.place}
        for key in ("date_qualifier", "date_end", "date_source", "place_entry"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out["evidence"] = list(self.evidence)
        out["confidence"] = self.confidence
        return out


@dataclass(slots=True)
class PersonRecord:
    """One person as one document tells of them (ids local to the document: p1, p2...)."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    hometown: str | None = None
    age: int | None = None
    born: str | None = None  # year of birth, when the text gives it
    nationality: str | None = None
    groups: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    hometown_place: dict[str, Any] | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.8
    family: list[dict[str, str]] = field(default_factory=list)  # {"relation", "name"}

    def as_record(self) -> dict[str, Any]:
        return {
            "type": "person",
            "id": self.id,
            "name": self.name,
            "aliases": self.aliases,
            "hometown": self.hometown,
            "age": self.age,
            "born": self.born,
            "nationality": self.nationality,
            "groups": self.groups,
            "roles": self.roles,
            "events": [e.as_record() for e in self.events],
            "titles": self.titles,
            "hometown_place": self.hometown_place,
            "mentions": [list(m) for m in self.mentions],
            "confidence": self.confidence,
            "family": self.family,
        }


def release_record(release: Release) -> dict[str, Any]:
    out = {"type": "release", **asdict(release)}
    out["evidence"] = [out.pop("start"), out.pop("end")]
    return out


def pledge_record(pledge: Pledge) -> dict[str, Any]:
    out = {"type": "pledge", **asdict(pledge)}
    out["evidence"] = [out.pop("start"), out.pop("end")]
    return out


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    persons: list[PersonRecord] = field(default_factory=list)
    releases: list[Release] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    language: str | None = None

    def records(self) -> list[dict[str, Any]]:
        """The records in the evaluation's shape: persons, then releases, then pledges."""
        out = [p.as_record() for p in self.persons]
        out += [release_record(r) for r in self.releases]
        out += [pledge_record(p) for p in self.pledges]
        return out
