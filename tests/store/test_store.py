from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from ffdb.model.errors import StoreError
from ffdb.store import open_store
from ffdb.store.db import current_revision, head_revision
from ffdb.store.schema import metadata


def test_new_store_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "a.sqlite"))
    assert current_revision(store) == head_revision()
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert store.blob_dir == tmp_path / "a.sqlite.blobs"


def test_migrations_create_the_tables_and_columns_of_the_schema(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "a.sqlite"))
    found = inspect(store.engine)
    for table in metadata.sorted_tables:
        columns = {c["name"] for c in found.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
    assert "documents_fts" in found.get_table_names()


def test_reopening_a_store_keeps_its_data(tmp_path: Path) -> None:
    path = str(tmp_path / "a.sqlite")
    store = open_store(path)
    with store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO sources (name, kind, reliability) VALUES ('x', 'news', 'B')")
        )
    store.close()
    again = open_store(path)
    with again.engine.connect() as conn:
        assert conn.execute(text("SELECT reliability FROM sources")).scalar() == "B"


def test_a_file_name_with_url_characters_and_unicode_is_the_file_used(tmp_path: Path) -> None:
    path = tmp_path / "böse?v=1#x.sqlite"
    store = open_store(str(path))
    store.close()
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file())[0] == path.name


def test_a_file_that_is_not_a_database_is_a_one_line_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.txt: not a usable database"):
        open_store(str(path))
