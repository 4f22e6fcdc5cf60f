"""Opening a store: the engine, SQLite pragmas, migrations and the blob folder.

The differences between SQLite and PostgreSQL live here and in `fulltext.py`, nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError

from ffdb.model.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass(slots=True)
class Store:
    """An open database and the folder where original bytes are kept."""

    engine: Engine
    blob_dir: Path

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def own_files(self) -> tuple[Path, ...]:
        """The files and folders the store itself writes, which ingest must never read."""
        found: list[Path] = [self.blob_dir.resolve()]
        database = self.engine.url.database
        if self.dialect == "sqlite" and database and database != ":memory:":
            db = Path(database).resolve()
            found += [db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))]
        return tuple(found)


def database_url(value: str) -> URL:
    """Accept a plain path as well as an SQLAlchemy URL."""
    if "://" in value:
        return make_url(value)
    # built, not formatted: `?` or `#` in a file name would otherwise be read as URL syntax
    return URL.create("sqlite", database=str(Path(value).expanduser().resolve()))


def default_blob_dir(url: str | URL) -> Path:
    """Beside an SQLite file: `NAME.blobs/`; for a server database, `./ffdb.blobs`."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        db = Path(str(parsed.database))
        return db.with_name(db.name + ".blobs")
    return Path("ffdb.blobs").resolve()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL makes NORMAL durable across application crashes; only power loss may drop the
    # last transactions, never corrupt the file.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def open_store(url: str, blob_dir: Path | None = None, *, migrate: bool = True) -> Store:
    """Open (and, unless told not to, create or upgrade) the database at `url`."""
    parsed = database_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        parent = Path(str(parsed.database)).parent
        if not parent.is_dir():
            raise StoreError(f"{parsed.database}: folder {parent} does not exist")
    engine = create_engine(parsed)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine=engine, blob_dir=blob_dir or default_blob_dir(parsed))
    if migrate:
        try:
            upgrade(store)
        except DatabaseError as exc:
            # e.g. --db pointing at a text file, or a server refusing the login
            engine.dispose()
            where = parsed.render_as_string(hide_password=True)
            raise StoreError(f"{where}: not a usable database: {exc.orig}") from None
    return store


# alembic is imported where a migration is read or run: a tenth of a second off the
# start of the commands that open no database (`ffdb extract`)
def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def upgrade(store: Store) -> None:
    """Bring the schema to the newest migration; a no-op when it is there already."""
    if current_revision(store) == head_revision():
        return
    from alembic import command

    config = _alembic_config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
