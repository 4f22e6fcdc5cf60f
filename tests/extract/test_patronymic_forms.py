"""A name written with its patronymic, given name first, keeps that full form as an alias
in the nominative (official releases and court reports name people so; fictional
people)."""

from __future__ import annotations

import pytest

from support import person_records


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        (
            "Суд приговорил Бекхана Руслановича Евлоева к 12 годам.",
            "Бекхан Евлоев",
            "Бекхан Русланович Евлоев",
        ),
        (
            "Задержана Гульнара Рашитовна Сабирзянова, жительница Казани.",
            "Гульнара Сабирзянова",
            "Гульнара Рашитовна Сабирзянова",
        ),
        (
            "Yerzhan Kairatovich Abdrakhmanov was sentenced to ten years.",
            "Yerzhan Abdrakhmanov",
            "Yerzhan Kairatovich Abdrakhmanov",
        ),
    ],
)
def test_the_name_with_its_patronymic_is_kept(text: str, name: str, full: str) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert full in records[name]["aliases"]


def test_two_names_without_a_patronymic_keep_no_such_alias() -> None:
    records = person_records("Суд приговорил Петра Сидорова и Марата Хасанова к 8 годам.")
    assert all(not record["aliases"] for record in records.values()), records


def test_an_azerbaijani_patronymic_is_kept_in_the_full_form() -> None:
    records = person_records("Məhkəmə Tural Vaqif oğlu Hüseynlini 10 il azadlıqdan məhrum edib.")
    assert "Tural Hüseynli" in records, sorted(records)
    assert "Tural Vaqif oğlu Hüseynli" in records["Tural Hüseynli"]["aliases"]
