"""Settings from the environment, read only by the command-line and web interfaces.

| variable | meaning | default |
|---|---|---|
| `FFDB_DATABASE_URL` | the database: SQLAlchemy URL or SQLite file path | `./ffdb.sqlite` |
| `FFDB_BLOB_DIR` | where original bytes are kept | beside the SQLite file (`NAME.blobs/`) |
| `FFDB_SPACY_MODEL` | an installed spaCy pipeline (name or path) adding persons | none |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENVIRONMENT = ("FFDB_DATABASE_URL", "FFDB_BLOB_DIR", "FFDB_SPACY_MODEL")


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    blob_dir: Path | None
    spacy_model: str | None


def get_chosen_database(db: str | None = None) -> str | None:
    """The database the user named (`--db`, else $FFDB_DATABASE_URL), or None."""
    return db or os.environ.get("FFDB_DATABASE_URL") or None


def load_settings(db: str | None = None) -> Settings:
    blob_dir = os.environ.get("FFDB_BLOB_DIR")
    return Settings(
        database_url=get_chosen_database(db) or "ffdb.sqlite",
        blob_dir=Path(blob_dir) if blob_dir else None,
        spacy_model=os.environ.get("FFDB_SPACY_MODEL") or None,
    )
