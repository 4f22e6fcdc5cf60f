"""The evidence store: sources, blobs, documents, attachments, mentions, claims,
judgements, audit, and the full-text index over documents.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(400), nullable=False, unique=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("language", sa.String(16)),
        sa.Column("reliability", sa.String(1), nullable=False),
    )
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.String(120), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("format", sa.String(40), nullable=False),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id")),
        sa.Column("retrieved_at", sa.String(40)),
        sa.Column("ingested_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("blob_sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("parent_id", sa.String(64)),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id")),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("language", sa.String(16)),
        sa.Column("media_type", sa.String(120), nullable=False),
        sa.Column("forwarded_from", sa.Text),
        sa.Column("categories", sa.JSON),
        sa.Column("meta", sa.JSON),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_documents_blob", "documents", ["blob_sha256"])
    op.create_index("ix_documents_parent", "documents", ["parent_id"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("media_type", sa.String(120)),
        sa.Column("missing", sa.Boolean, nullable=False),
        sa.Column("size", sa.Integer),
        sa.Column("sha256", sa.String(64)),
        sa.Column("phash", sa.String(32)),
    )
    op.create_index("ix_attachments_document", "attachments", ["document_id"])
    op.create_index("ix_attachments_phash", "attachments", ["phash"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("extractor", sa.String(80), nullable=False),
        sa.Column("entity_id", sa.String(80)),
    )
    op.create_index("ix_mentions_document", "mentions", ["document_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("entity_id", sa.String(80), nullable=False),
        sa.Column("canonical_id", sa.String(80)),
        sa.Column("schema", sa.String(40), nullable=False),
        sa.Column("prop", sa.String(60), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("original_value", sa.Text),
        sa.Column("date", sa.String(40)),
        sa.Column("date_qualifier", sa.String(20)),
        sa.Column("place", sa.Text),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id")),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("quote", sa.Text),
        sa.Column("extractor", sa.String(80), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("credibility", sa.Integer, nullable=False),
        sa.Column("review", sa.String(20), nullable=False),
        sa.Column("extra", sa.JSON),
    )
    op.create_index("ix_claims_entity", "claims", ["entity_id"])
    op.create_index("ix_claims_canonical", "claims", ["canonical_id"])
    op.create_index("ix_claims_document", "claims", ["document_id"])
    op.create_index("ix_claims_prop", "claims", ["prop"])
    op.create_table(
        "judgements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("left_id", sa.String(80), nullable=False),
        sa.Column("right_id", sa.String(80), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("user", sa.String(120), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("deleted_at", sa.String(40)),
    )
    op.create_index("ix_judgements_pair", "judgements", ["left_id", "right_id"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user", sa.String(120), nullable=False),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("object", sa.String(200), nullable=False),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    _create_fulltext()


def _create_fulltext() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # External-content FTS5 index kept in step by triggers, so a document and its
        # index entry are written in the same transaction.
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "title, text, content='documents', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, title, text) "
            "VALUES (new.rowid, new.title, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
            "VALUES ('delete', old.rowid, old.title, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_au AFTER UPDATE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
            "VALUES ('delete', old.rowid, old.title, old.text); "
            "INSERT INTO documents_fts(rowid, title, text) "
            "VALUES (new.rowid, new.title, new.text); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_documents_fulltext ON documents USING gin "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text))"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in ("audit", "judgements", "claims", "mentions", "attachments", "documents"):
        op.drop_table(table)
    op.drop_table("blobs")
    op.drop_table("sources")
