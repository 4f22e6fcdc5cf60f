"""Hometowns and ages said in ways met on unseen text (session 7, second round): a lede's
age with its place ("A 31-year-old man from Ganja ... named him as X"); an age
closing a sentence after a comma, after "from X" or after an alias quoted with its comma;
"(27 лет)" in brackets; a Russian age adjective in apposition; "The 33-year-old had ...";
"выросший в"; Russian nouns for a town's people ("Казанец"); the genitive of a name in
"-а" ("из Вены"); a sentence about an unnamed relative; a name after "села" is no
village. All people are fictional."""

from __future__ import annotations

from typing import Any

import pytest

from support import person_records


def _records(text: str) -> dict[str, dict[str, Any]]:
    return person_records(text, published="2021-05-01")


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("The police named the suspect as Pieter Vandamme, 31.", "Pieter Vandamme", 31),
        (
            "3. Abu Umar al-Dagestani — Timur Kurbanov from Kizlyar, 26. Killed in May.",
            "Timur Kurbanov",
            26,
        ),
        (
            'Yusuf Ali Noor, also known as "Abu Talha," 33, of Fargo, was charged.',
            "Yusuf Ali Noor",
            33,
        ),
        (
            "В Хасавюрте задержан Магомед Алиев (29 лет) и его брат Шамиль Алиев (22 года).",
            "Шамиль Алиев",
            22,
        ),
        (
            "В Хасавюрте задержан Магомед Алиев (29 лет) и его брат Шамиль Алиев (22 года).",
            "Магомед Алиев",
            29,
        ),
        ("Зарема Исаева, 57-летняя жительница Кизляра, ищет сына.", "Зарема Исаева", 57),
        (
            "Police named the dead man as Timur Bekov, from Osh. The 33-year-old had gone to "
            "Syria in 2014.",
            "Timur Bekov",
            33,
        ),
    ],
)
def test_ages(text: str, name: str, age: int) -> None:
    assert _records(text)[name]["age"] == age


def test_a_new_person_lede_takes_no_earlier_age() -> None:
    text = "Police named Timur Bekov on Monday. The 25-year-old man from Bishkek was not named."
    assert _records(text)["Timur Bekov"]["age"] is None


@pytest.mark.parametrize(
    ("text", "name", "home"),
    [
        (
            "Его сын Бахтиёр Сафаров, выросший в Кулябе, уехал в Москву в 2016 году.",
            "Бахтиёр Сафаров",
            "Куляб",
        ),
        ("Казанец Ильнур Гарипов пытался добраться до Сирии.", "Ильнур Гарипов", "Казань"),
        ("В Москве задержан дербентец Руслан Алиев.", "Руслан Алиев", "Дербент"),
        ("Нальчанин Ислам Тхагапсоев осуждён на 12 лет.", "Ислам Тхагапсоев", "Нальчик"),
        ("Исмаил Дудаев из Вены был задержан в Стамбуле.", "Исмаил Дудаев", "Вена"),
        ("Ислам Мусаев из Праги был задержан в Стамбуле.", "Ислам Мусаев", "Прага"),
        (
            'Yusuf Ali Noor, also known as "Abu Talha," 33, of Fargo, was charged.',
            "Yusuf Ali Noor",
            "Fargo",
        ),
    ],
)
def test_hometowns(text: str, name: str, home: str) -> None:
    assert _records(text)[name]["hometown"] == home


def test_a_soldiers_word_is_no_demonym() -> None:
    records = _records("Боец Ахмед Ильясов погиб в Сирии.")
    assert records["Ахмед Ильясов"]["hometown"] is None


def test_an_unnamed_relatives_home_is_not_the_last_named() -> None:
    text = "Vüqar Əliyevin həyat yoldaşı Ülviyyə Həsənova indi İdlibdədir. Atası Qəbələdə yaşayır."
    assert _records(text)["Ülviyyə Həsənova"]["hometown"] is None


def test_a_name_after_the_village_word_is_no_village() -> None:
    text = "В селе Хучни похоронили уроженцев села Магомеда Алиева и Шамиля Алиева."
    homes = {r["hometown"] for r in _records(text).values()}
    assert "Магомеда" not in homes


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "BAKU, 3 May 2019 (Caspian Post) — A 31-year-old man from Ganja who had fought in "
            "Syria was detained yesterday at the airport. Police named him as Elvin Mammadov.",
            "Elvin Mammadov",
            31,
        ),
        (
            "Суд вынес приговор 25-летнему жителю Кизляра, который воевал в Сирии. Как "
            "сообщает пресс-служба, Ислам Гасанов признан виновным.",
            "Ислам Гасанов",
            25,
        ),
    ],
)
def test_a_ledes_age_goes_with_its_place(text: str, name: str, age: int) -> None:
    record = _records(text)[name]
    assert (record["age"], record["hometown"] is not None) == (age, True)
