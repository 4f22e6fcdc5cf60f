"""Writing and reading documents, their files and attachments."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from ffdb.model.document import Document, make_document_id
from ffdb.store import schema
from ffdb.store.claims import write_rows
from ffdb.store.db import Store

Rows = list[dict[str, Any]]
# Given a document and its id, the mention rows and claim rows found in it.
Analyse = Callable[[str, Document], tuple[Rows, Rows]]

BATCH = 2000


@dataclass(slots=True)
class FileRecord:
    """What is known of an ingested file before its documents are read."""

    sha256: str
    size: int
    media_type: str
    path: str
    format: str
    retrieved_at: str | None
    ingested_at: str
    source_id: int | None


def get_blob(store: Store, sha256: str) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.blobs).where(schema.blobs.c.sha256 == sha256)).first()
    return dict(row._mapping) if row else None


def ensure_source(conn: Connection, name: str, kind: str) -> int:
    """The id of the source called `name`, created with `kind` when new."""
    found = conn.execute(select(schema.sources.c.id).where(schema.sources.c.name == name)).first()
    if found:
        return int(found[0])
    result = conn.execute(insert(schema.sources).values(name=name, kind=kind, reliability="F"))
    return int(result.inserted_primary_key[0])  # type: ignore[index]  # one integer key


def write_file(
    conn: Connection,
    record: FileRecord,
    documents: Iterable[Document],
    analyse: Analyse | None = None,
) -> int:
    """Write a file's blob row and all its documents on `conn`; return how many documents.

    The caller holds the transaction: a reader failing half-way leaves nothing behind.
    """
    conn.execute(
        insert(schema.blobs).values(
            sha256=record.sha256,
            size=record.size,
            media_type=record.media_type,
            path=record.path,
            format=record.format,
            source_id=record.source_id,
            retrieved_at=record.retrieved_at,
            ingested_at=record.ingested_at,
        )
    )
    count = 0
    doc_rows: list[dict[str, Any]] = []
    att_rows: list[dict[str, Any]] = []
    mention_rows: Rows = []
    claim_rows: Rows = []
    for doc in documents:
        doc_id = make_document_id(record.sha256, doc.key)
        if analyse is not None:
            # Before the row is made: analysis may fill in what the reader left open
            # (the language of the text).
            found_mentions, found_claims = analyse(doc_id, doc)
            mention_rows.extend(found_mentions)
            claim_rows.extend(found_claims)
        doc_rows.append(_document_row(record, doc))
        for att in doc.attachments:
            att_rows.append(
                {
                    "document_id": doc_id,
                    "path": att.path,
                    "kind": att.kind,
                    "media_type": att.media_type,
                    "missing": att.missing,
                    "size": att.size,
                    "sha256": att.sha256,
                    "phash": att.phash,
                }
            )
        count += 1
        if len(doc_rows) >= BATCH:
            _flush(conn, doc_rows, att_rows, mention_rows, claim_rows)
    _flush(conn, doc_rows, att_rows, mention_rows, claim_rows)
    return count


def _flush(
    conn: Connection, doc_rows: Rows, att_rows: Rows, mention_rows: Rows, claim_rows: Rows
) -> None:
    if doc_rows:
        conn.execute(insert(schema.documents), doc_rows)
        doc_rows.clear()
    if att_rows:
        conn.execute(insert(schema.attachments), att_rows)
        att_rows.clear()
    write_rows(conn, mention_rows, claim_rows)
    mention_rows.clear()
    claim_rows.clear()


def _document_row(record: FileRecord, doc: Document) -> dict[str, Any]:
    return {
        "id": make_document_id(record.sha256, doc.key),
        "blob_sha256": record.sha256,
        "key": doc.key,
        "parent_id": make_document_id(record.sha256, doc.parent_key)
        if doc.parent_key is not None
        else None,
        "source_id": record.source_id,
        "kind": doc.kind,
        "path": record.path,
        "url": doc.url,
        "title": doc.title,
        "author": doc.author,
        "published": doc.published,
        "language": doc.language,
        "media_type": doc.media_type,
        "forwarded_from": doc.forwarded_from,
        "categories": doc.categories or None,
        "meta": doc.meta or None,
        "text": doc.text,
        "ingested_at": record.ingested_at,
    }


def count_documents(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.documents)).scalar_one())


def list_file_paths(store: Store) -> list[str]:
    """The paths of the ingested files, as given at ingest."""
    with store.engine.connect() as conn:
        query = select(schema.blobs.c.path).order_by(schema.blobs.c.path)
        return [str(path) for path in conn.execute(query).scalars()]


def list_documents(
    store: Store, search: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Documents, newest ingest first; with `search`, the full-text matches, best first."""
    cols = [
        schema.documents.c.id,
        schema.documents.c.kind,
        schema.documents.c.title,
        schema.documents.c.author,
        schema.documents.c.published,
        schema.documents.c.path,
        schema.documents.c.language,
    ]
    with store.engine.connect() as conn:
        if search:
            return [dict(r._mapping) for r in _search(store, conn, search, limit)]
        query = select(*cols).order_by(schema.documents.c.ingested_at, schema.documents.c.path)
        if limit:
            query = query.limit(limit)
        return [dict(r._mapping) for r in conn.execute(query)]


def _search(store: Store, conn: Connection, query: str, limit: int | None) -> Iterator[Any]:
    words = re.findall(r"\w+", query)
    if not words:
        return iter(())
    limit_sql = f" LIMIT {int(limit)}" if limit else ""
    if store.dialect == "sqlite":
        # Each word quoted, so the user's text is never read as FTS5 syntax.
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        sql = text(
            "SELECT d.id, d.kind, d.title, d.author, d.published, d.path, d.language "
            "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH :q ORDER BY documents_fts.rank" + limit_sql
        )
        return iter(conn.execute(sql, {"q": match}).fetchall())
    sql = text(
        "SELECT id, kind, title, author, published, path, language FROM documents "
        "WHERE to_tsvector('simple', coalesce(title, '') || ' ' || text) "
        "@@ plainto_tsquery('simple', :q)" + limit_sql
    )
    return iter(conn.execute(sql, {"q": " ".join(words)}).fetchall())


def get_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A document by id or by a unique prefix of it, with its attachments and file."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(schema.documents)
            # escaped: `%` or `_` typed as an id is not a wildcard
            .where(schema.documents.c.id.startswith(doc_id, autoescape=True))
            .limit(2)
        ).fetchall()
        if len(rows) != 1:
            return None
        doc = dict(rows[0]._mapping)
        doc["attachments"] = [
            dict(r._mapping)
            for r in conn.execute(
                select(schema.attachments)
                .where(schema.attachments.c.document_id == doc["id"])
                .order_by(schema.attachments.c.id)
            )
        ]
        blob = conn.execute(
            select(schema.blobs).where(schema.blobs.c.sha256 == doc["blob_sha256"])
        ).first()
        doc["file"] = dict(blob._mapping) if blob else None
        if doc["source_id"] is not None:
            src = conn.execute(
                select(schema.sources).where(schema.sources.c.id == doc["source_id"])
            ).first()
            doc["source"] = dict(src._mapping) if src else None
        else:
            doc["source"] = None
    return doc
