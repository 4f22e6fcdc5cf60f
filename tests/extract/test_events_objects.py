"""Events whose person is the verb's object past an apposition, an event noun after a
possessive name, events in subordinate clauses and status said by meaning, with the
groups attached to each person, on fictional articles `tests/data/extract/e_*.txt`
(`e_expected.json`). Extradition and deportation count as `returned` (the person is
handed to the home country); being captured alive ("canlı ələ keçirilib") as `arrested`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ffdb.extract import extract_document

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
EXPECTED: dict[str, Any] = json.loads((DATA / "e_expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_persons_groups_and_dated_events(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    extraction = extract_document(text, title=text.strip().splitlines()[0])
    assert extraction.language == EXPECTED[name]["language"]
    found = {r["name"]: r for r in extraction.records() if r["type"] == "person"}
    assert sorted(found) == sorted(p["name"] for p in EXPECTED[name]["persons"])
    for want in EXPECTED[name]["persons"]:
        got = found[want["name"]]
        assert {e["status"]: e["date"] for e in got["events"]} == want["events"], want["name"]
        assert len(got["groups"]) == len(want["groups"]), (want["name"], got["groups"])
        for group, alternatives in zip(got["groups"], want["groups"], strict=True):
            assert group in alternatives.split("|"), (want["name"], group)


def test_a_given_name_that_is_a_group_word_is_no_group() -> None:
    text = "Vilayat Gasimzade, a former member of Jabhat al-Nusra, was arrested in 2019."
    records = extract_document(text).records()
    person = next(r for r in records if r["type"] == "person")
    assert person["name"] == "Vilayat Gasimzade"
    assert person["groups"] == ["Jabhat al-Nusra"]
