"""End to end on engineer A's fictional articles (news, court reports, martyr posts,
analyses, wanted notices) in Azerbaijani, Russian, Turkish and English: the persons an
analyst records, one record each, and the aliases the text gives them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ffdb.extract import extract_document
from support import load_cases, persons_of_case

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
EXPECTED: dict[str, Any] = load_cases("a_expected.json")
# Names the rules still miss (file, person); none now.
KNOWN_MISSES: set[tuple[str, str]] = set()


def _persons(name: str) -> dict[str, dict[str, Any]]:
    return persons_of_case(EXPECTED, name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_one_record_per_person_and_no_other(name: str) -> None:
    found = _persons(name)
    wanted = {p["name"] for p in EXPECTED[name]["persons"]}
    wanted -= {person for file, person in KNOWN_MISSES if file == name}
    assert sorted(found) == sorted(wanted)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_aliases_belong_to_their_person(name: str) -> None:
    found = _persons(name)
    for want in EXPECTED[name]["persons"]:
        if (name, want["name"]) in KNOWN_MISSES:
            continue
        assert sorted(found[want["name"]]["aliases"]) == sorted(want["aliases"]), want["name"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_language_is_detected(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert extract_document(text).language == EXPECTED[name]["language"]
