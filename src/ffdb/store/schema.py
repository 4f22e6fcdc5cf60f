"""The tables, in SQLAlchemy Core. Portable: the same definitions run on SQLite and PostgreSQL.

Migrations in `migrations/versions` create exactly these; a test compares them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(400), nullable=False, unique=True),
    Column("kind", String(40), nullable=False, default="unknown"),
    Column("country", String(8)),
    Column("language", String(16)),
    Column("reliability", String(1), nullable=False, default="F"),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("media_type", String(120), nullable=False),
    Column("path", Text, nullable=False),  # the path or URL as given at ingest
    Column("format", String(40), nullable=False),  # the reader that understood it
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("retrieved_at", String(40)),  # file time, or when it was fetched
    Column("ingested_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("blob_sha256", String(64), ForeignKey("blobs.sha256"), nullable=False),
    Column("key", String(200), nullable=False, default=""),
    Column("parent_id", String(64)),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("kind", String(40), nullable=False),
    Column("path", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("author", Text),
    Column("published", String(40)),
    Column("language", String(16)),
    Column("media_type", String(120), nullable=False),
    Column("forwarded_from", Text),
    Column("categories", JSON),
    Column("meta", JSON),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
    Index("ix_documents_blob", "blob_sha256"),
    Index("ix_documents_parent", "parent_id"),
    Index("ix_documents_published", "published"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False),
    Column("path", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("media_type", String(120)),
    Column("missing", Boolean, nullable=False, default=False),
    Column("size", Integer),
    Column("sha256", String(64)),
    Column("phash", String(32)),
    Index("ix_attachments_document", "document_id"),
    Index("ix_attachments_phash", "phash"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("extractor", String(80), nullable=False),
    Column("entity_id", String(80)),
    Index("ix_mentions_document", "document_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("entity_id", String(80), nullable=False),
    Column("canonical_id", String(80)),
    Column("schema", String(40), nullable=False),
    Column("prop", String(60), nullable=False),
    Column("value", Text, nullable=False),
    Column("original_value", Text),
    Column("date", String(40)),
    Column("date_qualifier", String(20)),
    Column("place", Text),
    Column("document_id", String(64), ForeignKey("documents.id")),
    Column("start", Integer),
    Column("end", Integer),
    Column("quote", Text),
    Column("extractor", String(80), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("credibility", Integer, nullable=False, default=6),
    Column("review", String(20), nullable=False, default="pending"),
    Column("extra", JSON),
    Index("ix_claims_entity", "entity_id"),
    Index("ix_claims_canonical", "canonical_id"),
    Index("ix_claims_document", "document_id"),
    Index("ix_claims_prop", "prop"),
)

judgements = Table(
    "judgements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("left_id", String(80), nullable=False),
    Column("right_id", String(80), nullable=False),
    Column("decision", String(20), nullable=False),
    Column("user", String(120), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("deleted_at", String(40)),  # a newer judgement on the same pair soft-deletes this one
    Index("ix_judgements_pair", "left_id", "right_id"),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user", String(120), nullable=False),
    Column("action", String(60), nullable=False),
    Column("object", String(200), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Column("created_at", String(40), nullable=False),
)

flags = Table(
    "flags",
    metadata,
    Column("id", String(40), primary_key=True),  # a hash of kind, subject and evidence
    Column("kind", String(40), nullable=False),
    Column("subject", String(80), nullable=False),  # a person id, or a document id
    Column("reason", Text, nullable=False),
    Column("evidence", JSON, nullable=False),  # {"left": [...], "right": [...]}
    Column("rules", String(40), nullable=False),  # the versioned rules that raised it
    Column("review", String(20), nullable=False, default="open"),  # open|confirmed|dismissed
    Column("created_at", String(40), nullable=False),
    Index("ix_flags_subject", "subject"),
    Index("ix_flags_kind", "kind"),
)

pair_scores = Table(
    "pair_scores",
    metadata,
    Column("left_id", String(80), primary_key=True),  # left_id < right_id
    Column("right_id", String(80), primary_key=True),
    Column("score", Float, nullable=False),
    Column("decision", String(20), nullable=False),  # merged|joined|blocked|unsure|apart
    Column("reasons", JSON, nullable=False),  # one line per piece of evidence
    Column("vetoes", JSON),  # evidence that they are different people
    Column("matcher", String(40), nullable=False),
    Column("resolved_at", String(40), nullable=False),
    Index("ix_pair_scores_decision", "decision"),
    Index("ix_pair_scores_right", "right_id"),
)
