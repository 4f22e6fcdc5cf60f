"""End to end on engineer B's fictional articles (`tests/data/extract/b_*.txt`): court
reports, martyr posts, police news and analyses in English, Russian, Azerbaijani and
Turkish, read as `ffdb extract` reads a plain text file (no publication date: a dateline
at the head of the text gives the year). Each expected person's hometown, age, aliases,
groups (any of the `|` alternatives: the gazetteer's name or the text's) and dated
events are checked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ffdb.extract import extract_document

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
EXPECTED: dict[str, Any] = json.loads((DATA / "b_expected.json").read_text(encoding="utf-8"))


def _extract(name: str) -> dict[str, dict[str, Any]]:
    text = (DATA / name).read_text(encoding="utf-8")
    title = text.strip().splitlines()[0]
    extraction = extract_document(text, title=title)
    assert extraction.language == EXPECTED[name]["language"]
    return {r["name"]: r for r in extraction.records() if r["type"] == "person"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_persons_facts_and_dated_events(name: str) -> None:
    found = _extract(name)
    for want in EXPECTED[name]["persons"]:
        got = found.get(want["name"])
        assert got is not None, (want["name"], sorted(found))
        if want.get("hometown"):
            # "Anıx, Qusar" (village, district) is right for "Anıx" and for "Qusar"
            assert any(h in (got["hometown"] or "") for h in want["hometown"].split("|")), (
                want["name"],
                got["hometown"],
            )
        else:
            assert got["hometown"] is None, want["name"]
        if "age" in want:
            assert got["age"] == want["age"], want["name"]
        assert sorted(got["aliases"]) == sorted(want.get("aliases", [])), want["name"]
        assert len(got["groups"]) == len(want["groups"]), (want["name"], got["groups"])
        for group, alternatives in zip(got["groups"], want["groups"], strict=True):
            assert group in alternatives.split("|"), (want["name"], group)
        events = {e["status"]: e["date"] for e in got["events"]}
        assert events == want["events"], want["name"]


def test_no_person_is_found_twice_or_invented() -> None:
    for name, case in EXPECTED.items():
        found = _extract(name)
        assert sorted(found) == sorted(p["name"] for p in case["persons"]), name
