"""Fixtures for every test: a fresh store, the CLI against a temporary database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ffdb.store import Store, open_store
from support import SHARED, Cli, shared_path

__all__ = ["SHARED", "Cli", "shared_path"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(str(tmp_path / "test.sqlite"))
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite")


@pytest.fixture
def cli(db_path: str) -> Cli:
    return Cli(db_path)
