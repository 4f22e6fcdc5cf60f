"""End to end on fictional articles written for the person rules' known failure classes:
a place or a case-marked place after a name ("Zahid Nağıyev Şəki rayonunda", "Əslən
Qubadan"), Turkish apostrophe cases ("Kaya'yı"), a given name beside a kin word or
sharing a surname through "and" ("братом Рустамом", "Elçin və Ramin Hacıyev"), nisbas
without the article ("Muslim Ingushi"), kunyas tied to a person by a pronoun in a later
sentence, and names inside the names of things ("Heydər Əliyev adına", "Nizami küçəsi")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ffdb.extract import extract_document
from support import load_cases, persons_of_case

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
EXPECTED: dict[str, Any] = load_cases("c_expected.json")


def _persons(name: str) -> dict[str, dict[str, Any]]:
    return persons_of_case(EXPECTED, name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_one_record_per_person_and_no_other(name: str) -> None:
    found = _persons(name)
    assert sorted(found) == sorted(p["name"] for p in EXPECTED[name]["persons"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_aliases_belong_to_their_person(name: str) -> None:
    found = _persons(name)
    for want in EXPECTED[name]["persons"]:
        got = found.get(want["name"], {"aliases": None})
        assert sorted(got["aliases"] or []) == sorted(want["aliases"]), want["name"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_language_is_detected(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert extract_document(text).language == EXPECTED[name]["language"]
