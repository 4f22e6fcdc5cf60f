"""The whole assessment: origins, flags, credibility and derived statuses, in one pure call.

Invariant: the result is a function of the facts, documents, photos, source grades and
analysts' grades given, and of `as_of`; nothing is read from elsewhere, so the same
inputs always give the same flags and numbers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from ffdb.assess.conflicts import SamePlace, find_conflicts
from ffdb.assess.corroboration import (
    Support,
    contradictions_of,
    grade_credibility,
    measure_support,
)
from ffdb.assess.dates import is_after
from ffdb.assess.facts import DocumentInfo, Fact, Flag, Photo
from ffdb.assess.origins import assign_origins
from ffdb.assess.recycled import (
    find_copied_texts,
    find_misdated_reports,
    find_recycled_by_photo,
    find_recycled_reports,
    find_reused_photos,
)
from ffdb.assess.shingles import find_copies
from ffdb.assess.status import DerivedStatus, derive_status

RULES = "assess.v1"
_RELIABILITY_ORDER = "ABCDEF"
_CONFLICTS = frozenset({"death_date_conflict", "death_place_conflict", "alive_after_death"})


@dataclass(slots=True)
class Assessment:
    facts: dict[str, Fact]  # by claim id, credibility set to the final grade
    flags: list[Flag]
    support: dict[str, Support]
    credibility_reasons: dict[str, str]
    statuses: dict[str, DerivedStatus]  # by person id
    origins: dict[str, str]  # document id -> origin
    as_of: str | None = None
    analyst_grades: dict[str, int] = field(default_factory=dict)

    def flags_of(self, subject: str) -> list[Flag]:
        return [f for f in self.flags if f.subject == subject]


def assess(
    facts: Sequence[Fact],
    documents: Sequence[DocumentInfo],
    photos: Sequence[Photo] = (),
    *,
    analyst_grades: Mapping[str, int] | None = None,
    channel_names: Mapping[str, str] | None = None,
    same_place: SamePlace | None = None,
    as_of: str | None = None,
) -> Assessment:
    """Assess Person facts as known on `as_of` (every document when None)."""
    docs = {d.id: d for d in documents if not is_after(d.published, as_of)}
    known = [f for f in facts if not is_after(f.doc_date, as_of) and not is_after(f.date, as_of)]
    copies = find_copies({d.id: d.text for d in docs.values() if d.text})
    origins = assign_origins(docs.values(), copies, dict(channel_names or {}))
    titles = {d.id: d.title for d in docs.values() if d.title}
    by_person: dict[str, list[Fact]] = defaultdict(list)
    for fact in known:
        if fact.schema == "Person" and fact.prop == "status":
            by_person[fact.person].append(fact)

    photo_flags = find_reused_photos([p for p in photos if p.document_id in docs], docs)
    flags: list[Flag] = []
    for person in sorted(by_person):
        events = by_person[person]
        deaths = [f for f in events if f.value == "killed" and f.review != "rejected"]
        recycled = find_recycled_reports(deaths, titles)
        flagged = {e.document_id for flag in recycled for e in flag.right}
        recycled += [
            flag
            for flag in find_recycled_by_photo(deaths, photo_flags, titles)
            if flag.right[0].document_id not in flagged
        ]
        skip = frozenset(e.claim_id for flag in recycled for e in flag.right if e.claim_id)
        flags += recycled
        flags += find_misdated_reports(events, titles)
        flags += find_conflicts(events, skip=skip, same_place=same_place)
    flags += photo_flags
    flags += find_copied_texts(copies, docs)

    support = measure_support(known, origins)
    graded, reasons = _grade(known, support, flags, docs, analyst_grades or {})
    people = sorted({f.person for f in known if f.schema == "Person"})
    # Memberships join the events: a theatre group's member has left (status rule 4).
    memberships: dict[str, list[Fact]] = defaultdict(list)
    for fact in known:
        if fact.schema == "Person" and fact.prop == "group":
            memberships[fact.person].append(fact)
    statuses = {
        person: derive_status(
            person,
            [graded[f.id] for f in (*by_person.get(person, []), *memberships.get(person, []))],
            as_of,
        )
        for person in people
    }
    return Assessment(
        facts=graded,
        flags=flags,
        support=support,
        credibility_reasons=reasons,
        statuses=statuses,
        origins=origins,
        as_of=as_of,
        analyst_grades=dict(analyst_grades or {}),
    )


def _grade(
    facts: Sequence[Fact],
    support: Mapping[str, Support],
    flags: Sequence[Flag],
    docs: Mapping[str, DocumentInfo],
    analyst_grades: Mapping[str, int],
) -> tuple[dict[str, Fact], dict[str, str]]:
    against = contradictions_of(f for f in flags if f.kind in _CONFLICTS)
    by_id = {f.id: f for f in facts}
    graded: dict[str, Fact] = {}
    reasons: dict[str, str] = {}
    for fact in facts:
        if fact.id in analyst_grades:
            grade, why = analyst_grades[fact.id], "set by an analyst"
        else:
            supporters = support[fact.id].supporters if fact.id in support else (fact.id,)
            best = min(
                (_reliability(docs.get(by_id[s].document_id)) for s in supporters if s in by_id),
                key=_RELIABILITY_ORDER.index,
                default="F",
            )
            grade, why = grade_credibility(fact, support, against, best)
        graded[fact.id] = replace(fact, credibility=grade)
        reasons[fact.id] = why
    return graded, reasons


def _reliability(doc: DocumentInfo | None) -> str:
    grade = (doc.reliability if doc else "F") or "F"
    return grade if grade in _RELIABILITY_ORDER else "F"
