"""The store: SQLAlchemy Core over SQLite (default) or PostgreSQL, and the blob folder.

Only `ffdb.pipeline` and the read models above it use this package.
"""

from ffdb.store.db import Store, open_store

__all__ = ["Store", "open_store"]
