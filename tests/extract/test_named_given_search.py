"""Given names presented as names ("a man named Tariq", "Rəşad adlı gənc", "парень по
имени Ислам") are found wherever they stand, several in one text; a kunya, then the
words that give the real name, then a full name: one person, the kunya an alias."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> set[str]:
    records = extract_document(text, language=language).records()
    return {r["name"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "A man named Tariq was held at the border. Later a woman called Mariam spoke.",
            "en",
            {"Tariq", "Mariam"},
        ),
        (
            "Polis Rəşad adlı gənci saxlayıb. Sonra Elvin adlı şəxs də saxlanılıb.",
            "az",
            {"Rəşad", "Elvin"},
        ),
        (
            "Задержан парень по имени Ислам, его друг по имени Тимур скрылся.",
            "ru",
            {"Ислам", "Тимур"},
        ),
    ],
)
def test_each_named_given_name_is_a_person(text: str, language: str, names: set[str]) -> None:
    assert names <= _persons(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Abu Hafs al-Azeri was killed in Syria. His real name is Rasim Aliyev.",
        "Abu Hafs al-Azeri was identified as Rasim Aliyev.",
    ],
)
def test_kunya_then_real_name_is_one_person(text: str) -> None:
    records = [r for r in extract_document(text, language="en").records() if r["type"] == "person"]
    assert [(r["name"], r["aliases"]) for r in records] == [("Rasim Aliyev", ["Abu Hafs al-Azeri"])]
