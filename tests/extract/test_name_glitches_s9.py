"""Persons, session 9: places, months and second surnames glued to a name are no part of
it (fictional people)."""

from __future__ import annotations

import pytest

from support import person_records


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a town that is also a given name, before a Russian woman's name
        (
            "Его мать, 30-летняя уроженка Шали Зарема Дудаева, была задержана в 2017 году.",
            "Зарема Дудаева",
        ),
        # a demonym of a region the gazetteer may not know, after a point of the compass
        (
            "Kuzey Makedonyalı Bekim Kastrati'nin hikâyesi farklı. Kastrati 2016 yılında "
            "yakalandı.",
            "Bekim Kastrati",
        ),
    ],
)
def test_a_place_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert all(not other.startswith(("Шали", "Makedonyalı", "Kuzey")) for other in records)


def test_a_surname_read_from_before_its_apostrophe_keeps_its_ending() -> None:
    records = person_records("Bekim Kastrati'nin avukatı konuştu. Kastrati 2016 yılında yakalandı.")
    assert "Bekim Kastrati" in records, sorted(records)


def test_a_city_in_the_genitive_plural_is_no_one() -> None:
    text = (
        "Жителя Набережных Челнов осудили на 10 лет.\n\n"
        "Суд вынес приговор уроженцу Набережных Челнов Ильнуру Сафину."
    )
    assert list(person_records(text)) == ["Ильнур Сафин"]


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня, 14 Раби аль-Авваль 1438 г.х., в боях погиб наш брат Абу Салих ад-Дагестани.",
        "Today, 3 Jumada al-Akhira 1437, our brother Abu Salih al-Shami was killed.",
        "Bugün, 5 Rebiülevvel 1437, kardeşimiz Ebu Salih eş-Şami şehid oldu.",
        "Bu gün, 5 Rəbiüləvvəl 1437, qardaşımız Əbu Salih əş-Şami şəhid olub.",
    ],
)
def test_a_hijri_month_is_no_one(text: str) -> None:
    records = person_records(text)
    assert len(records) == 1, sorted(records)


def test_two_surnames_run_together_are_two_men() -> None:
    text = (
        "Məhkəmə Kamal Əliyevə 10 il həbs verib. Eyni iş üzrə Nihad Abbaszadə 8 il alıb. "
        "Abbaszadə Əliyevlə birlikdə eyni dəstədə olub."
    )
    assert sorted(person_records(text)) == ["Kamal Əliyev", "Nihad Abbaszadə"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Qusar sakinləri olan Nağıyev qardaşları — Samir və Elvin — 2014-cü ildə "
            "Suriyaya gediblər. Hər ikisi orada öldürülüb.",
            ["Elvin Nağıyev", "Samir Nağıyev"],
        ),
        (
            "Adana'lı Demirtaş kardeşler, Yasin ve Emre, 2015 yılında Suriye'ye geçti.",
            ["Emre Demirtaş", "Yasin Demirtaş"],
        ),
        (
            "В 2014 году в Сирию уехали братья Гаджиевы — Ахмед и Мурад. Оба погибли в 2015 году.",
            ["Ахмед Гаджиев", "Мурад Гаджиев"],
        ),
    ],
)
def test_brothers_listed_after_their_surname_bear_it(text: str, names: list[str]) -> None:
    assert sorted(person_records(text)) == names


def test_a_given_name_a_town_shares_is_the_man_the_text_names_in_full() -> None:
    text = (
        "Kamran Vəliyev 2014-cü ildə Suriyaya gedib. Kamran 2015-ci ilin yanvarında "
        "Bakıya qayıdıb. Məhkəmə Kamranı 10 il müddətinə azadlıqdan məhrum edib."
    )
    events = person_records(text)["Kamran Vəliyev"]["events"]
    assert {e["status"] for e in events} >= {"travelled", "returned", "sentenced"}
