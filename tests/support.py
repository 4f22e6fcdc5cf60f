"""Helpers shared by the tests: the `shared/` folder beside the project, the CLI runner.

Kept out of `conftest.py` so that tests import them by a name no other conftest shadows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ffdb.cli import app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a skip naming what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared fixtures are not beside this checkout")
    return path


class Cli:
    """Runs `ffdb` in-process against one database and keeps stdout and stderr apart."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, expect: int | None = 0) -> Any:
        result = self.runner.invoke(app, [*args, "--db", self.db], catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, (result.stdout, result.stderr)
        return result

    def json_lines(self, *args: str) -> list[dict[str, Any]]:
        result = self(*args, "--json")
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
