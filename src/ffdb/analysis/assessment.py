"""The assessment of the whole store, computed on read from the claims and documents.

Flags, credibility and statuses are never typed in: they follow from the claims, the
documents' dates, publishers and photos, the sources' grades and analysts' grades, so a
new document or a new grade changes them at the next read.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from ffdb.assess import Assessment, DocumentInfo, Fact, Photo, assess, fact_from_row
from ffdb.assess.assessment import RULES
from ffdb.assess.places import same_place_by_gazetteer
from ffdb.assess.status import DerivedStatus
from ffdb.store import schema
from ffdb.store.claims import load_claims
from ffdb.store.db import Store
from ffdb.store.flags import load_analyst_grades


def load_facts(store: Store, schema_name: str = "Person") -> list[Fact]:
    return [fact_from_row(row) for row in load_claims(store, schema_name=schema_name)]


def load_document_infos(store: Store, with_text: Iterable[str] = ()) -> list[DocumentInfo]:
    """Every document's metadata and source grade; the text only of those in `with_text`."""
    d, s = schema.documents, schema.sources
    wanted = set(with_text)
    query = select(
        d.c.id,
        d.c.published,
        d.c.source_id,
        d.c.url,
        d.c.parent_id,
        d.c.forwarded_from,
        d.c.title,
        d.c.path,
        s.c.reliability,
    ).select_from(d.outerjoin(s, d.c.source_id == s.c.id))
    texts: dict[str, str] = {}
    with store.engine.connect() as conn:
        rows = conn.execute(query).fetchall()
        if wanted:
            found = conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_(sorted(wanted))))
            texts = {r.id: r.text for r in found}
    return [
        DocumentInfo(
            id=r.id,
            published=r.published,
            source_id=r.source_id,
            url=r.url,
            parent_id=r.parent_id,
            forwarded_from=r.forwarded_from,
            title=r.title,
            text=texts.get(r.id, ""),
            path=r.path,
            reliability=r.reliability or "F",
        )
        for r in rows
    ]


def load_photos(store: Store) -> list[Photo]:
    a = schema.attachments
    query = select(a.c.document_id, a.c.path, a.c.phash).where(a.c.phash.is_not(None))
    with store.engine.connect() as conn:
        return [Photo(r.document_id, r.path, r.phash) for r in conn.execute(query)]


def channel_names(documents: Iterable[DocumentInfo]) -> dict[str, str]:
    """Parent document id -> its title: a channel's name, to meet forwards from it."""
    docs = list(documents)
    parents = {d.parent_id for d in docs if d.parent_id}
    return {d.id: d.title for d in docs if d.id in parents and d.title}


def assess_store_on_read(store: Store, as_of: str | None = None) -> Assessment:
    """The assessment of every Person claim in the store, as known on `as_of`."""
    facts = load_facts(store)
    documents = load_document_infos(store, with_text={f.document_id for f in facts})
    return assess(
        facts,
        documents,
        load_photos(store),
        analyst_grades=load_analyst_grades(store),
        channel_names=channel_names(documents),
        same_place=same_place_by_gazetteer,
        as_of=as_of,
    )


def derived_statuses(store: Store, as_of: str | None = None) -> dict[str, DerivedStatus]:
    """Person id -> derived status (killed, returned, abroad, not_travelled, unknown)."""
    return assess_store_on_read(store, as_of).statuses


def flag_rows(assessment: Assessment) -> list[dict[str, Any]]:
    """Rows for the flags table."""
    return [
        {
            "id": flag.id,
            "kind": flag.kind,
            "subject": flag.subject,
            "reason": flag.reason,
            "evidence": {
                "left": [e.to_json() for e in flag.left],
                "right": [e.to_json() for e in flag.right],
            },
            "rules": RULES,
        }
        for flag in assessment.flags
    ]
