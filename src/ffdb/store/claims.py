"""Mentions and claims: writing what extraction found, reading entities back by canonical id.

An entity is never stored as a row: it is the set of claims sharing a `canonical_id`,
assembled on read. Resolution only re-points `canonical_id`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from ffdb.model.claim import Claim, Mention
from ffdb.store import schema
from ffdb.store.db import Store


def mention_row(document_id: str, mention: Mention) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "kind": mention.kind,
        "extractor": mention.extractor,
        "entity_id": mention.entity_id,
    }


def claim_row(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "entity_id": claim.entity_id,
        "canonical_id": claim.canonical_id or claim.entity_id,
        "schema": claim.schema,
        "prop": claim.prop,
        "value": claim.value,
        "original_value": claim.original_value,
        "date": claim.date,
        "date_qualifier": claim.date_qualifier,
        "place": claim.place,
        "document_id": claim.document_id,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "extractor": claim.extractor,
        "confidence": claim.confidence,
        "credibility": claim.credibility,
        "review": claim.review,
        "extra": claim.extra or None,
    }


def write_rows(
    conn: Connection, mentions: Sequence[dict[str, Any]], claims: Sequence[dict[str, Any]]
) -> None:
    if mentions:
        conn.execute(insert(schema.mentions), list(mentions))
    if claims:
        # Two identical statements from one span are one claim: keep the first.
        unique = list({row["id"]: row for row in reversed(claims)}.values())
        conn.execute(insert(schema.claims), unique)


def load_claims(
    store: Store,
    *,
    schema_name: str | None = None,
    props: Iterable[str] | None = None,
    canonical_ids: Iterable[str] | None = None,
    entity_ids: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """Claims joined with their document's path, date and source; filters are optional."""
    c, d = schema.claims, schema.documents
    query = select(
        c,
        d.c.path.label("doc_path"),
        d.c.url.label("doc_url"),
        d.c.published.label("doc_published"),
        d.c.source_id.label("doc_source_id"),
        d.c.forwarded_from.label("doc_forwarded_from"),
        d.c.ingested_at.label("doc_ingested_at"),
    ).select_from(c.outerjoin(d, c.c.document_id == d.c.id))
    if schema_name:
        query = query.where(c.c.schema == schema_name)
    if props is not None:
        query = query.where(c.c.prop.in_(list(props)))
    if canonical_ids is not None:
        query = query.where(c.c.canonical_id.in_(list(canonical_ids)))
    if entity_ids is not None:
        query = query.where(c.c.entity_id.in_(list(entity_ids)))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query.order_by(c.c.document_id, c.c.start))]


def set_canonical_ids(store: Store, mapping: dict[str, str]) -> int:
    """Re-point `canonical_id` of every claim whose `entity_id` is in `mapping`."""
    if not mapping:
        return 0
    stmt = (
        update(schema.claims)
        .where(schema.claims.c.entity_id == bindparam("eid"))
        .values(canonical_id=bindparam("cid"))
    )
    with store.engine.begin() as conn:
        conn.execute(stmt, [{"eid": e, "cid": c} for e, c in mapping.items()])
    return len(mapping)
