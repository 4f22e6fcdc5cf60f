"""End to end on fictional Russian and Turkish articles (`tests/data/extract/g_*.txt`):
a court report, a security-service press release, a martyr post and an investigative
piece in each language. Checked: who is found, each person's groups (any `|`
alternative) and dated status events -- subjects far from their verbs, dates at the
start of the sentence, participles and suffix chains."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ffdb.extract import extract_document

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
EXPECTED: dict[str, Any] = json.loads((DATA / "g_expected.json").read_text(encoding="utf-8"))


def _extract(name: str) -> dict[str, dict[str, Any]]:
    text = (DATA / name).read_text(encoding="utf-8")
    extraction = extract_document(text, title=text.strip().splitlines()[0])
    assert extraction.language == EXPECTED[name]["language"]
    return {r["name"]: r for r in extraction.records() if r["type"] == "person"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_persons_groups_and_dated_events(name: str) -> None:
    found = _extract(name)
    assert sorted(found) == sorted(p["name"] for p in EXPECTED[name]["persons"])
    for want in EXPECTED[name]["persons"]:
        got = found[want["name"]]
        assert len(got["groups"]) == len(want["groups"]), (want["name"], got["groups"])
        for group, alternatives in zip(got["groups"], want["groups"], strict=True):
            assert group in alternatives.split("|"), (want["name"], group)
        events = {e["status"]: e["date"] for e in got["events"]}
        assert events == want["events"], want["name"]
