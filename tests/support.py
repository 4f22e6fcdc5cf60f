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
from ffdb.extract import date_relative
from ffdb.extract.document import analyse
from ffdb.extract.learn import Candidate
from ffdb.extract.pair_groups import generate as generate_groups

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


def ingest_reports(cli: Cli, folder: Path, reports: dict[str, tuple[str, str]]) -> None:
    """Write each report (file name -> (outlet, text)) into `folder` and ingest it under
    its outlet as a news source."""
    for name, (source, text) in reports.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        cli("ingest", str(path), "--source", source, "--source-kind", "news")


EXTRACT_DATA = Path(__file__).resolve().parent / "data" / "extract"


def load_cases(expected: str) -> dict[str, Any]:
    """The hand-written expectations for the articles of `tests/data/extract`."""
    return json.loads((EXTRACT_DATA / expected).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def persons_of_case(cases: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    """Person records ffdb extracts from one article, by name, dated as its case says."""
    from ffdb.extract import extract_document

    text = (EXTRACT_DATA / name).read_text(encoding="utf-8")
    records = extract_document(text, published=cases[name]["published"]).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


def person_records(text: str, **options: Any) -> dict[str, dict[str, Any]]:
    """The person records `extract_document` makes of `text`, by name."""
    from ffdb.extract import extract_document

    records = extract_document(text, **options).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


def events_by_name(text: str, **options: Any) -> dict[str, dict[str, str | None]]:
    """Each person's events as status → date, by name."""
    return {
        name: {e["status"]: e["date"] for e in record["events"]}
        for name, record in person_records(text, **options).items()
    }


def hometowns_by_name(text: str, **options: Any) -> dict[str, Any]:
    """Each person's hometown (None for none), by name."""
    return {name: r["hometown"] for name, r in person_records(text, **options).items()}


def same_years_plain(text: str, years: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """ "the same year" read by the plain search: the year named last before it."""
    plain = []
    for m in date_relative._SAME_YEAR.finditer(text):
        before = [year for pos, year in years if pos < m.start()]
        if before:
            plain.append((m.start(), m.end(), f"{before[-1]:04d}"))
    return plain


def same_years_fast(text: str, years: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """ "the same year" as `date_relative.same_years` finds it."""
    found = date_relative.same_years(text, years)
    return [s for s in found if date_relative._SAME_YEAR.fullmatch(text, s[0], s[1])]


def group_candidates(text: str, language: str | None = None) -> dict[str, list[Candidate]]:
    """The group model's candidates for a text, by the name of their person."""
    found = analyse(text, language=language)
    names = {n.person: n.text for n in reversed(found.ctx.names)}
    out: dict[str, list[Candidate]] = {}
    for candidate in generate_groups(found.ctx, found.facts, found.events):
        out.setdefault(names[candidate.person], []).append(candidate)
    return out
