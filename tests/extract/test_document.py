"""End to end on short fictional articles in English, Russian, Azerbaijani and Turkish:
the persons, aliases, hometowns, ages, groups and dated events an analyst records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ffdb.extract import extract_document

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
EXPECTED: dict[str, Any] = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def _extract(name: str) -> dict[str, dict[str, Any]]:
    case = EXPECTED[name]
    extraction = extract_document(
        (DATA / name).read_text(encoding="utf-8"), published=case["published"]
    )
    return {r["name"]: r for r in extraction.records() if r["type"] == "person"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_persons_are_the_analysts(name: str) -> None:
    found = _extract(name)
    assert sorted(found) == sorted(p["name"] for p in EXPECTED[name]["persons"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_persons_facts_and_dated_events(name: str) -> None:
    found = _extract(name)
    for want in EXPECTED[name]["persons"]:
        got = found.get(want["name"])
        assert got is not None, want["name"]
        for key in ("hometown", "age"):
            if key in want:
                assert got[key] == want[key], (want["name"], key)
        if "aliases" in want:
            assert got["aliases"] == want["aliases"], want["name"]
        if "groups" in want:
            assert len(got["groups"]) == len(want["groups"]), want["name"]
            for group, alternatives in zip(got["groups"], want["groups"], strict=True):
                assert group in alternatives.split("|"), (want["name"], group)
        events = {e["status"]: e["date"] for e in got["events"]}
        assert events == want["events"], want["name"]


def test_the_language_is_detected() -> None:
    for name, case in EXPECTED.items():
        text = (DATA / name).read_text(encoding="utf-8")
        assert extract_document(text).language == case["language"], name
