"""Pair scores: the candidate pairs of person entities the last `ffdb resolve` scored,
with their reasons and what clustering made of them (merged, joined, blocked, unsure,
apart). Replaced whole at every resolve; analysts' judgements live apart, append-only.

Revision ID: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pair_scores",
        sa.Column("left_id", sa.String(80), primary_key=True),
        sa.Column("right_id", sa.String(80), primary_key=True),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("vetoes", sa.JSON),
        sa.Column("matcher", sa.String(40), nullable=False),
        sa.Column("resolved_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_pair_scores_decision", "pair_scores", ["decision"])
    op.create_index("ix_pair_scores_right", "pair_scores", ["right_id"])


def downgrade() -> None:
    op.drop_index("ix_pair_scores_right", "pair_scores")
    op.drop_index("ix_pair_scores_decision", "pair_scores")
    op.drop_table("pair_scores")
