"""What resolution reads and writes: person evidence, and the pairs it scored.

Resolution reads only the few claim columns it compares (at 100,000 entities the full
claim rows with their quotes would be most of the run). The scored pairs of the last
resolve are kept whole in `pair_scores`, replaced at every run: `ffdb pairs` and the
dossiers show them without scoring again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Text, delete, func, insert, or_, select, type_coerce

from ffdb.store import schema
from ffdb.store.db import Store

__all__ = [
    "count_pair_scores",
    "known_entity_ids",
    "load_pair_scores",
    "load_person_evidence",
    "replace_pair_scores",
]


def load_person_evidence(store: Store, props: Sequence[str]) -> list[dict[str, Any]]:
    """Person claims of the given props: entity and canonical id, prop, value, date,
    document id, extra (JSON text, not parsed), and the document's published date,
    grouped by document."""
    c, d = schema.claims, schema.documents
    query = (
        select(
            c.c.entity_id,
            c.c.canonical_id,
            c.c.prop,
            c.c.value,
            c.c.date,
            c.c.document_id,
            # as text: most rows need no parsing, and the caller parses those that do
            type_coerce(c.c.extra, Text).label("extra"),
            d.c.published.label("doc_published"),
        )
        .select_from(c.outerjoin(d, c.c.document_id == d.c.id))
        .where(c.c.schema == "Person", c.c.prop.in_(list(props)))
        .order_by(c.c.document_id, c.c.entity_id, c.c.start)
    )
    with store.engine.connect() as conn:
        result = conn.execute(query)
        keys = list(result.keys())
        return [dict(zip(keys, row, strict=True)) for row in result]


def known_entity_ids(store: Store, entity_ids: Iterable[str]) -> set[str]:
    """Which of `entity_ids` are the entity id of some claim."""
    wanted = list(entity_ids)
    c = schema.claims
    query = select(c.c.entity_id).where(c.c.entity_id.in_(wanted)).distinct()
    with store.engine.connect() as conn:
        return {row[0] for row in conn.execute(query)}


def replace_pair_scores(store: Store, rows: Sequence[dict[str, Any]]) -> None:
    """Forget the previous run's pairs and keep these (`left_id` < `right_id`)."""
    with store.engine.begin() as conn:
        conn.execute(delete(schema.pair_scores))
        for start in range(0, len(rows), 20_000):
            conn.execute(insert(schema.pair_scores), list(rows[start : start + 20_000]))


def count_pair_scores(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.pair_scores)).scalar_one())


def load_pair_scores(
    store: Store,
    *,
    decisions: Iterable[str] | None = None,
    entity_ids: Iterable[str] | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Scored pairs, best first; optionally only some decisions, or those touching ids."""
    p = schema.pair_scores
    query = select(p).order_by(p.c.score.desc(), p.c.left_id, p.c.right_id)
    if decisions is not None:
        query = query.where(p.c.decision.in_(list(decisions)))
    if entity_ids is not None:
        ids = list(entity_ids)
        query = query.where(or_(p.c.left_id.in_(ids), p.c.right_id.in_(ids)))
    if limit is not None:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
