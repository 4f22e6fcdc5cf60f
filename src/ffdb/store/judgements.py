"""Analysts' judgements and the audit log, both append-only.

Invariant: the judgements in force are a pure function of the table. A new judgement on
a pair soft-deletes the older one (sets `deleted_at`); nothing is ever removed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, insert, or_, select, update

from ffdb.model.claim import Judgement
from ffdb.store import schema
from ffdb.store.db import Store

DECISIONS = ("same", "different", "unsure")


def _pair(left: str, right: str) -> tuple[str, str]:
    return (left, right) if left <= right else (right, left)


def write_judgement(store: Store, judgement: Judgement) -> None:
    left, right = _pair(judgement.left, judgement.right)
    j = schema.judgements
    with store.engine.begin() as conn:
        old = conn.execute(
            select(j).where(
                and_(j.c.left_id == left, j.c.right_id == right, j.c.deleted_at.is_(None))
            )
        ).first()
        conn.execute(
            update(j)
            .where(and_(j.c.left_id == left, j.c.right_id == right, j.c.deleted_at.is_(None)))
            .values(deleted_at=judgement.created_at)
        )
        conn.execute(
            insert(j).values(
                left_id=left,
                right_id=right,
                decision=judgement.decision,
                user=judgement.user,
                created_at=judgement.created_at,
            )
        )
        write_audit(
            conn,
            user=judgement.user,
            action="judge",
            obj=f"{left}|{right}",
            before={"decision": old.decision} if old else None,
            after={"decision": judgement.decision},
            created_at=judgement.created_at,
        )


def load_judgements(store: Store, *, include_deleted: bool = False) -> list[Judgement]:
    """Judgements in force (or all of them), oldest first."""
    j = schema.judgements
    query = select(j).order_by(j.c.id)
    if not include_deleted:
        query = query.where(j.c.deleted_at.is_(None))
    with store.engine.connect() as conn:
        return [
            Judgement(r.left_id, r.right_id, r.decision, r.user, r.created_at)
            for r in conn.execute(query)
        ]


def judgements_about(store: Store, entity_ids: list[str]) -> list[Judgement]:
    j = schema.judgements
    query = select(j).where(
        and_(
            j.c.deleted_at.is_(None), or_(j.c.left_id.in_(entity_ids), j.c.right_id.in_(entity_ids))
        )
    )
    with store.engine.connect() as conn:
        return [
            Judgement(r.left_id, r.right_id, r.decision, r.user, r.created_at)
            for r in conn.execute(query)
        ]


def write_audit(
    conn: Connection,
    *,
    user: str,
    action: str,
    obj: str,
    before: Any,
    after: Any,
    created_at: str,
) -> None:
    conn.execute(
        insert(schema.audit).values(
            user=user, action=action, object=obj, before=before, after=after, created_at=created_at
        )
    )
