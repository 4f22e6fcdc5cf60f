"""A name written with its patronymic keeps that full form, given name first and in the
nominative, as the record's name, with the short name first among its aliases (official
releases and court reports name people so; fictional people)."""

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
    assert full in records, sorted(records)
    assert records[full]["aliases"] == [name]


def test_two_names_without_a_patronymic_keep_no_such_alias() -> None:
    records = person_records("Суд приговорил Петра Сидорова и Марата Хасанова к 8 годам.")
    assert sorted(records) == ["Марат Хасанов", "Петр Сидоров"]
    assert all(not r["aliases"] for r in records.values()), records


def test_an_azerbaijani_patronymic_is_kept_in_the_full_form() -> None:
    records = person_records("Məhkəmə Tural Vaqif oğlu Hüseynlini 10 il azadlıqdan məhrum edib.")
    assert "Tural Vaqif oğlu Hüseynli" in records, sorted(records)
    assert records["Tural Vaqif oğlu Hüseynli"]["aliases"] == ["Tural Hüseynli"]


def test_a_surname_first_name_keeps_its_written_form_as_an_alias() -> None:
    records = person_records("Разыскивается Хасуев Адам Вахаевич, 1990 года рождения.")
    record = records["Адам Вахаевич Хасуев"]
    assert record["aliases"] == ["Адам Хасуев", "Хасуев Адам Вахаевич"]


def test_an_azerbaijani_surname_first_name_in_a_case_gives_the_nominative() -> None:
    records = person_records("Məhkəmə Musayev Rəşad Ağaverdi oğluna 8 il həbs cəzası verib.")
    record = records["Rəşad Ağaverdi oğlu Musayev"]
    assert record["aliases"] == ["Rəşad Musayev", "Musayev Rəşad Ağaverdi oğlu"]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Астемир Шогенов погиб в Сирии в 2015 году. Его знали как Абу Хамзу аль-Кабарди.",
            "Астемир Шогенов",
            "Абу Хамза аль-Кабарди",
        ),
        (
            "Ильнур Гарифуллин уехал в Сирию в 2014 году. Там его знали как Абу Абдуррахмана "
            "ат-Татари.",
            "Ильнур Гарифуллин",
            "Абу Абдуррахман ат-Татари",
        ),
    ],
)
def test_a_kunya_declined_after_its_cue_is_kept_in_the_nominative(
    text: str, name: str, alias: str
) -> None:
    records = person_records(text)
    assert records[name]["aliases"] == [alias]
