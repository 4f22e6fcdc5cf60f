"""Flags raised by assessment: conflicts, recycled or misdated reports, re-used photos,
copied texts; each with its evidence and an analyst's review.

Revision ID: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "flags",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(80), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("rules", sa.String(40), nullable=False),
        sa.Column("review", sa.String(20), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_flags_subject", "flags", ["subject"])
    op.create_index("ix_flags_kind", "flags", ["kind"])


def downgrade() -> None:
    op.drop_index("ix_flags_kind", table_name="flags")
    op.drop_index("ix_flags_subject", table_name="flags")
    op.drop_table("flags")
