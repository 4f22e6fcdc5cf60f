"""A Russian name that is both a woman's nominative and a man's genitive ("Эльвира
Галимова": Эльвир's) is hers where nothing before it governs a genitive, or a woman's
word agrees with it after, when the document never names the man."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _names(text: str) -> set[str]:
    records = extract_document(text, language="ru").records()
    return {r["name"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Эльвира Галимова считает приговор слишком суровым.", "Эльвира Галимова"),
        (
            "Руководитель исследования Алия Сарбаева подчёркивает, что вербовка шла в общежитиях.",
            "Алия Сарбаева",
        ),
        (
            "Дело ведёт суд. Малика Дудаева, 52 года, уроженка Шали, живёт в Берлине.",
            "Малика Дудаева",
        ),
    ],
)
def test_ambiguous_name_is_the_womans_where_it_stands_alone(text: str, name: str) -> None:
    found = _names(text)
    assert name in found
    man = " ".join(word[:-1] for word in name.split())
    assert not any(n.startswith(man.split()[0] + " ") for n in found - {name})


@pytest.mark.parametrize(
    "text",
    [
        "Полиция обыскала дом Малика Хасанова.",
        "Малик Хасанов уехал в 2014 году.\n\nМалика Хасанова разыскивает полиция.",
    ],
)
def test_ambiguous_name_stays_the_mans_where_he_is_named_or_governed(text: str) -> None:
    assert "Малика Хасанова" not in _names(text)
