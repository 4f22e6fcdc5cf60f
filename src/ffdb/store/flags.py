"""What assessment keeps: flags, claims' credibility, analysts' grades, sources' grades.

Invariants: the flags in the table are those of the last assessment (a flag raised again
keeps its analyst review); an analyst's grade of a claim or a source is an audit entry,
and the latest entry for a claim wins over any derived credibility.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, select, update

from ffdb.model.errors import StoreError
from ffdb.store import schema
from ffdb.store.db import Store
from ffdb.store.judgements import write_audit

GRADES = "ABCDEF"
CREDIBILITY_ACTION = "claim.credibility"
SOURCE_ACTION = "source.grade"
REVIEWS = ("open", "confirmed", "dismissed")


def replace_flags(store: Store, rows: Iterable[Mapping[str, Any]], created_at: str) -> int:
    """Make the table hold exactly these flags; analysts' reviews of known ones are kept."""
    f = schema.flags
    fresh = {str(r["id"]): dict(r) for r in rows}
    with store.engine.begin() as conn:
        reviews = {r.id: r.review for r in conn.execute(select(f.c.id, f.c.review))}
        conn.execute(delete(f))
        values = [
            {**row, "review": reviews.get(fid, "open"), "created_at": created_at}
            for fid, row in fresh.items()
        ]
        if values:
            conn.execute(insert(f), values)
    return len(fresh)


def load_flags(
    store: Store, *, kind: str | None = None, subject: str | None = None
) -> list[dict[str, Any]]:
    f = schema.flags
    query = select(f).order_by(f.c.kind, f.c.subject, f.c.id)
    if kind:
        query = query.where(f.c.kind == kind)
    if subject:
        query = query.where(f.c.subject == subject)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def review_flag(store: Store, flag_id: str, review: str, user: str, at: str) -> None:
    if review not in REVIEWS:
        raise StoreError(f"review must be one of {', '.join(REVIEWS)}, not {review!r}")
    change = _Change(schema.flags, "review", "flag", "flag.review")
    _set_audited(store, change, flag_id, review, user, at)


def set_claim_credibility(store: Store, claim_id: str, grade: int, user: str, at: str) -> int:
    """An analyst grades a claim (1-6); returns the grade it had."""
    if grade not in range(1, 7):
        raise StoreError(f"credibility must be 1 to 6, not {grade}")
    change = _Change(schema.claims, "credibility", "claim", CREDIBILITY_ACTION)
    return int(_set_audited(store, change, claim_id, grade, user, at))


@dataclass(frozen=True, slots=True)
class _Change:
    """An analyst's edit of one column of rows keyed by `id`, logged as `action`."""

    table: Table
    column: str
    noun: str  # for the error message
    action: str


def _set_audited(store: Store, change: _Change, row_id: str, value: Any, user: str, at: str) -> Any:
    """Set the column of one row and write the audit entry; return the old value."""
    table, column = change.table, change.column
    with store.engine.begin() as conn:
        old = conn.execute(select(table.c[column]).where(table.c.id == row_id)).scalar()
        if old is None:
            raise StoreError(f"no {change.noun} with id {row_id!r}")
        conn.execute(update(table).where(table.c.id == row_id).values({column: value}))
        write_audit(
            conn,
            user=user,
            action=change.action,
            obj=row_id,
            before={column: old},
            after={column: value},
            created_at=at,
        )
    return old


def load_analyst_grades(store: Store) -> dict[str, int]:
    """Claim id -> the grade its latest analyst entry gave."""
    a = schema.audit
    query = select(a.c.object, a.c.after).where(a.c.action == CREDIBILITY_ACTION).order_by(a.c.id)
    with store.engine.connect() as conn:
        return {
            str(row.object): int(row.after["credibility"])
            for row in conn.execute(query)
            if isinstance(row.after, dict) and "credibility" in row.after
        }


def write_credibility(store: Store, grades: Mapping[str, int]) -> int:
    """Store derived grades (analysts' grades are already in the mapping)."""
    if not grades:
        return 0
    c = schema.claims
    stmt = update(c).where(c.c.id == bindparam("cid")).values(credibility=bindparam("grade"))
    with store.engine.begin() as conn:
        conn.execute(stmt, [{"cid": k, "grade": v} for k, v in grades.items()])
    return len(grades)


def grade_source(store: Store, name: str, grade: str, user: str, at: str) -> str | None:
    """Set a source's reliability (A-F), creating the source when new; returns the old one."""
    grade = grade.upper()
    if len(grade) != 1 or grade not in GRADES:
        raise StoreError(f"reliability must be one of A to F, not {grade!r}")
    s = schema.sources
    with store.engine.begin() as conn:
        old = conn.execute(select(s.c.reliability).where(s.c.name == name)).scalar()
        if old is None:
            conn.execute(insert(s).values(name=name, kind="unknown", reliability=grade))
        else:
            conn.execute(update(s).where(s.c.name == name).values(reliability=grade))
        write_audit(
            conn,
            user=user,
            action=SOURCE_ACTION,
            obj=name,
            before={"reliability": old} if old else None,
            after={"reliability": grade},
            created_at=at,
        )
    return str(old) if old else None


def list_sources(store: Store) -> list[dict[str, Any]]:
    """Sources with their grade and how many documents each holds."""
    s, d = schema.sources, schema.documents
    count = func.count(d.c.id).label("documents")
    query = (
        select(s, count)
        .select_from(s.outerjoin(d, d.c.source_id == s.c.id))
        .group_by(*s.c)
        .order_by(s.c.name)
    )
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
