"""Exports: CSV, JSON Lines, GeoJSON and FollowTheMoney entities, full or redacted.

Full exports hold one record per person with the derived status, hometown, groups and
the documents behind them. Redacted exports, for publication, hold aggregates by place
and status only: no name, alias or person id leaves the database.

FollowTheMoney: Person, Organization (groups), Membership, Family, Event (each status
claim) and Document (the evidence, as `proof` of the others), one JSON entity a line, as
Aleph and OpenSanctions tools read them. Ids are `ffdb-` plus a hash, since FtM ids allow
only letters, digits, dots and dashes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ffdb.analysis.assessment import assess_store_on_read, load_document_infos
from ffdb.analysis.maps import hometown_geojson, points_of
from ffdb.analysis.stats import (
    Locate,
    compute_stats,
    group_of,
    hometowns_of,
    relative_entity,
)
from ffdb.assess import Assessment, DocumentInfo, Fact
from ffdb.assess.status import CATEGORIES
from ffdb.names.person import display_name
from ffdb.names.places import Place, lookup_place
from ffdb.store.db import Store

FORMATS = ("csv", "jsonl", "geojson", "ftm")
EXPORT = "export.v1"


class ExportError(ValueError):
    """An export that cannot be made as asked."""


@dataclass(slots=True)
class PersonRecord:
    id: str
    name: str
    aliases: list[str]
    hometown: str | None
    place: Place | None
    status: str
    status_date: str | None
    status_detail: list[str]
    reasons: list[str]
    groups: list[tuple[str, str | None, str]]  # (group, role, claim id)
    facts: list[Fact] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return sorted({f.document_id for f in self.facts if f.document_id})


def person_records(assessment: Assessment, locate: Locate | None = None) -> list[PersonRecord]:
    locate = locate or lookup_place
    by_person: dict[str, list[Fact]] = defaultdict(list)
    for fact in assessment.facts.values():
        if fact.schema == "Person" and fact.review != "rejected":
            by_person[fact.person].append(fact)
    homes = hometowns_of(by_person, locate)
    records = []
    for person, facts in sorted(by_person.items()):
        name = display_name(f.value for f in facts if f.prop == "name") or person
        aliases = sorted({f.value for f in facts if f.prop in ("name", "alias")} - {name})
        status = assessment.statuses[person]
        home = homes.get(person)
        written = [f.value for f in facts if f.prop == "hometown" and home and f.id in home[2]]
        records.append(
            PersonRecord(
                id=person,
                name=name,
                aliases=aliases,
                hometown=(home[1].name if home and home[1] else (written[0] if written else None)),
                place=home[1] if home else None,
                status=status.status,
                status_date=status.date,
                status_detail=status.detail,
                reasons=status.reasons,
                groups=[(f.value, f.extra.get("role"), f.id) for f in facts if f.prop == "group"],
                facts=sorted(facts, key=lambda f: (f.prop, f.date or "", f.id)),
            )
        )
    return records


def _place_rows(records: Sequence[PersonRecord]) -> list[dict[str, Any]]:
    """Aggregates by hometown and status: the redacted view."""
    rows: dict[str, dict[str, Any]] = {}
    for record in records:
        key = record.place.id if record.place else (record.hometown or "unknown")
        row = rows.setdefault(
            key,
            {
                "place": record.hometown or "unknown",
                "place_id": record.place.id if record.place else None,
                "country": record.place.country if record.place else None,
                "latitude": record.place.latitude if record.place else None,
                "longitude": record.place.longitude if record.place else None,
                "people": 0,
                **{c: 0 for c in CATEGORIES},
            },
        )
        row["people"] += 1
        row[record.status] += 1
    return sorted(rows.values(), key=lambda r: (-r["people"], r["place"]))


CSV_COLUMNS = (
    "id",
    "name",
    "aliases",
    "hometown",
    "place_id",
    "country",
    "latitude",
    "longitude",
    "status",
    "status_date",
    "status_detail",
    "groups",
    "documents",
)


# A cell a spreadsheet would run as a formula. Names and aliases come from hostile
# sources, so such cells are written behind an apostrophe (OWASP's advice for CSV).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class _SafeWriter(csv.DictWriter):  # type: ignore[type-arg]  # DictWriter is generic only in stubs
    def writerow(self, rowdict: Any) -> Any:
        return super().writerow({k: spreadsheet_safe(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts: Any) -> None:
        for row in rowdicts:
            self.writerow(row)


def export_csv(records: Sequence[PersonRecord], redacted: bool) -> str:
    buffer = io.StringIO()
    if redacted:
        rows = _place_rows(records)
        writer = _SafeWriter(
            buffer, fieldnames=list(rows[0]) if rows else ["place"], lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    writer = _SafeWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow(
            {
                "id": r.id,
                "name": r.name,
                "aliases": "; ".join(r.aliases),
                "hometown": r.hometown or "",
                "place_id": r.place.id if r.place else "",
                "country": r.place.country if r.place else "",
                "latitude": r.place.latitude if r.place else "",
                "longitude": r.place.longitude if r.place else "",
                "status": r.status,
                "status_date": r.status_date or "",
                "status_detail": "; ".join(r.status_detail),
                "groups": "; ".join(sorted({g for g, _, _ in r.groups})),
                "documents": len(r.documents),
            }
        )
    return buffer.getvalue()


def _claim_json(fact: Fact, docs: Mapping[str, DocumentInfo]) -> dict[str, Any]:
    doc = docs.get(fact.document_id)
    return {
        "id": fact.id,
        "prop": fact.prop,
        "value": fact.value,
        "date": fact.date,
        "place": fact.place,
        "credibility": fact.credibility,
        "quote": fact.quote,
        "document": doc.url or doc.path if doc else fact.doc_path,
        "document_date": fact.doc_date,
    }


def export_jsonl(
    records: Sequence[PersonRecord],
    stats: Mapping[str, Any],
    docs: Mapping[str, DocumentInfo],
    redacted: bool,
) -> Iterator[dict[str, Any]]:
    if redacted:
        yield {
            "type": "totals",
            "people": stats["people"]["count"],
            **{c: stats["status"][c]["count"] for c in CATEGORIES},
            "killed_by_year": {
                y: n["count"] for y, n in stats["status"]["killed"]["by_year"].items()
            },
        }
        for row in _place_rows(records):
            yield {"type": "place", **row}
        return
    for r in records:
        yield {
            "type": "person",
            "id": r.id,
            "name": r.name,
            "aliases": r.aliases,
            "hometown": r.hometown,
            "place_id": r.place.id if r.place else None,
            "status": r.status,
            "status_date": r.status_date,
            "status_detail": r.status_detail,
            "reasons": r.reasons,
            "groups": sorted({g for g, _, _ in r.groups}),
            "claims": [_claim_json(f, docs) for f in r.facts],
        }


def export_geojson(
    records: Sequence[PersonRecord], stats: Mapping[str, Any], redacted: bool
) -> dict[str, Any]:
    if redacted:
        collection = hometown_geojson(points_of(stats["hometowns"]))
        by_id = {row["place_id"]: row for row in _place_rows(records) if row["place_id"]}
        for feature in collection["features"]:
            row = by_id.get(feature["properties"]["place_id"], {})
            feature["properties"].update({c: row.get(c, 0) for c in CATEGORIES})
        return collection
    features = [
        {
            "type": "Feature",
            "id": r.id,
            "geometry": {
                "type": "Point",
                "coordinates": [round(r.place.longitude, 5), round(r.place.latitude, 5)],
            },
            "properties": {
                "name": r.name,
                "hometown": r.hometown,
                "status": r.status,
                "status_date": r.status_date,
            },
        }
        for r in records
        if r.place is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def ftm_id(kind: str, key: str) -> str:
    return f"ffdb-{kind}-" + hashlib.sha1(key.encode()).hexdigest()[:24]


def _entity(kind: str, key: str, schema: str, **props: Any) -> dict[str, Any]:
    properties = {}
    for name, value in props.items():
        values = value if isinstance(value, list) else [value]
        values = list(dict.fromkeys(str(v) for v in values if v not in (None, "")))
        if values:
            properties[name] = values
    return {"id": ftm_id(kind, key), "schema": schema, "properties": properties}


def export_ftm(
    records: Sequence[PersonRecord], docs: Mapping[str, DocumentInfo]
) -> Iterator[dict[str, Any]]:
    used_docs: set[str] = set()
    groups: dict[str, str] = {}
    canonical = {f.entity_id: f.person for r in records for f in r.facts}
    for r in records:
        proof = [ftm_id("doc", d) for d in r.documents]
        used_docs.update(r.documents)
        yield _entity(
            "person",
            r.id,
            "Person",
            name=r.name,
            alias=r.aliases,
            birthPlace=r.hometown,
            country=r.place.country.lower() if r.place else None,
            topics="crime.terror",
            status=r.status,
            deathDate=r.status_date if r.status == "killed" else None,
            notes=r.reasons,
            proof=proof,
        )
        for _, role, claim_id in r.groups:
            fact = next(f for f in r.facts if f.id == claim_id)
            key, label = group_of(fact)
            groups.setdefault(key, label or fact.value)
            yield _entity(
                "membership",
                claim_id,
                "Membership",
                member=ftm_id("person", r.id),
                organization=ftm_id("group", key),
                role=role,
                proof=ftm_id("doc", fact.document_id) if fact.document_id else None,
            )
        yield from _events_and_family(r, canonical)
    for key, name in sorted(groups.items()):
        yield _entity("group", key, "Organization", name=name, topics="crime.terror")
    for doc_id in sorted(used_docs):
        doc = docs.get(doc_id)
        if doc is not None:
            yield _entity(
                "doc",
                doc_id,
                "Document",
                title=doc.title or doc.path,
                fileName=doc.path,
                sourceUrl=doc.url,
                publishedAt=doc.published,
            )


def _events_and_family(r: PersonRecord, canonical: Mapping[str, str]) -> Iterator[dict[str, Any]]:
    for fact in r.facts:
        proof = ftm_id("doc", fact.document_id) if fact.document_id else None
        if fact.prop == "status":
            yield _entity(
                "event",
                fact.id,
                "Event",
                name=f"{fact.value}: {r.name}",
                date=fact.date,
                involved=ftm_id("person", r.id),
                address=fact.place,
                summary=fact.quote,
                proof=proof,
            )
        elif fact.prop == "family":
            yield _entity(
                "family",
                fact.id,
                "Family",
                person=ftm_id("person", r.id),
                relative=ftm_id(
                    "person", canonical.get(relative_entity(fact), relative_entity(fact))
                ),
                relationship=fact.extra.get("relation"),
                proof=proof,
            )


def write_export(
    assessment: Assessment,
    documents: Sequence[DocumentInfo],
    fmt: str,
    output: Path,
    *,
    redacted: bool = False,
    locate: Locate | None = None,
) -> int:
    """Write one export file; return how many records it holds."""
    if fmt not in FORMATS:
        raise ExportError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "ftm" and redacted:
        raise ExportError(
            "FollowTheMoney entities name people: a redacted export is csv, jsonl or geojson"
        )
    records = person_records(assessment, locate)
    stats = compute_stats(assessment, locate=locate)
    docs = {d.id: d for d in documents}
    if fmt == "csv":
        text = export_csv(records, redacted)
        _write_whole(output, lambda handle: handle.write(text))
        # rows, not lines: a quoted cell may hold a line break
        return max(0, sum(1 for _ in csv.reader(io.StringIO(text))) - 1)
    if fmt == "geojson":
        collection = export_geojson(records, stats, redacted)
        text = json.dumps(collection, ensure_ascii=False, indent=1)
        _write_whole(output, lambda handle: handle.write(text))
        return len(collection["features"])
    lines = (
        export_jsonl(records, stats, docs, redacted)
        if fmt == "jsonl"
        else export_ftm(records, docs)
    )
    return _write_whole(output, lambda handle: _write_json_lines(handle, lines))


def _write_json_lines(handle: TextIO, lines: Iterable[dict[str, Any]]) -> int:
    count = 0
    for line in lines:
        handle.write(json.dumps(line, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_whole(output: Path, write: Callable[[TextIO], int]) -> int:
    """Write `output` whole or not at all: into a file beside it, renamed over it at the
    end, so an error half-way never leaves a truncated export in place of the last one.
    Returns what `write` returns."""
    if output.is_dir():
        raise ExportError(f"{output}: is a folder; --output names the file to write")
    partial = output.with_name(f".{output.name}.{os.getpid()}.partial")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("w", encoding="utf-8", newline="") as handle:
            count = write(handle)
        os.replace(partial, output)
    except OSError as exc:
        raise ExportError(f"{output}: cannot write: {exc.strerror or exc}") from None
    finally:
        partial.unlink(missing_ok=True)
    return count


def export_store(
    store: Store, fmt: str, output: Path, *, redacted: bool = False, as_of: str | None = None
) -> int:
    """Assess the store and write its export."""
    assessment = assess_store_on_read(store, as_of)
    return write_export(assessment, load_document_infos(store), fmt, output, redacted=redacted)
