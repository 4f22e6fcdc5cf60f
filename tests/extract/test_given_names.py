"""Given names (data/given_names.txt): the common names of each group make a person in
a sentence of each language, the Cyrillic spellings meet the Latin ones, and no name
in the list is a function word or a month (those would open false persons)."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document
from ffdb.extract.date_words import month_number
from ffdb.extract.lexicon import (
    MONTH_LIKE_GIVEN,
    WEAK_GIVEN,
    _read_lines,
    given_gender,
    stopwords,
)
from ffdb.extract.tokens import fold


def _persons(text: str, language: str) -> set[str]:
    records = extract_document(text, language=language).records()
    return {r["name"] for r in records if r["type"] == "person"}


def _listed_names() -> list[str]:
    return [n for ln in _read_lines("given_names.txt") for n in ln.partition(":")[2].split()]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # Turkish
        ("Sanık avukatı Selin Akbaş konuştu.", "tr", "Selin Akbaş"),
        ("Duruşmada Tuğçe Korkmaz ifade verdi.", "tr", "Tuğçe Korkmaz"),
        ("Gözaltına alınan Alperen Tunç serbest bırakıldı.", "tr", "Alperen Tunç"),
        ("Savcı Necdet Kaplan iddianameyi hazırladı.", "tr", "Necdet Kaplan"),
        # Azerbaijani
        ("Məhkəmədə Şahnaz Quliyeva ifadə verib.", "az", "Şahnaz Quliyeva"),
        ("Vəkil Ağaxan Bayramlı bildirib ki, iş məhkəməyə göndərilib.", "az", "Ağaxan Bayramlı"),
        # Russian, Tatar, North Caucasus, Central Asia, Georgia
        ("Гульназ Хайруллина задержана.", "ru", "Гульназ Хайруллина"),
        ("Суд допросил Тихона Жукова.", "ru", "Тихон Жуков"),
        ("Задержан Бувайсар Мусаев.", "ru", "Бувайсар Мусаев"),
        ("Сацита Ахмадова вернулась из Сирии.", "ru", "Сацита Ахмадова"),
        ("Задержан Жахонгир Каримов.", "ru", "Жахонгир Каримов"),
        ("Айгерим Нурланова осуждена.", "ru", "Айгерим Нурланова"),
        ("Tarkhan Bardoshvili left the Pankisi Gorge in 2013.", "en", "Tarkhan Bardoshvili"),
        ("Prosecutors said Akbota Seitkali had travelled to Syria.", "en", "Akbota Seitkali"),
        # Balkans, Arab world, Western officials
        (
            "A court in Pristina sentenced Valdrin Gashi.",
            "en",
            "Valdrin Gashi",
        ),
        ("Nermina Hodžić returned from al-Hol in 2019.", "en", "Nermina Hodžić"),
        ("Witnesses said Kadhim al-Jubouri had been detained in Mosul.", "en", "Kadhim al-Jubouri"),
        ("The report quotes Khaoula Benali, a mother from Tunis.", "en", "Khaoula Benali"),
        ("Judge Dermot Whelan adjourned the hearing.", "en", "Dermot Whelan"),
        ("The researcher Saskia Vermeulen interviewed returnees.", "en", "Saskia Vermeulen"),
    ],
)
def test_common_names_of_each_group_make_a_person(text: str, language: str, name: str) -> None:
    assert name in _persons(text, language)


@pytest.mark.parametrize(
    ("latin", "cyrillic", "gender"),
    [
        ("Gulnaz", "Гульназ", "f"),
        ("Chulpan", "Чулпан", "f"),
        ("Geydar", "Гейдар", "m"),
        ("Gyunay", "Гюнай", "f"),
        ("Buvaysar", "Бувайсар", "m"),
        ("Khadisat", "Хадисат", "f"),
        ("Jahongir", "Жахонгир", "m"),
        ("Bauyrzhan", "Бауыржан", "m"),
        ("Ketevan", "Кетеван", "f"),
        ("Emelyan", "Емельян", "m"),
    ],
)
def test_cyrillic_spellings_meet_the_latin_ones(latin: str, cyrillic: str, gender: str) -> None:
    assert given_gender(latin) == gender
    assert given_gender(cyrillic) == gender


def test_no_listed_name_is_a_function_word_or_a_month() -> None:
    bad = [
        n
        for n in _listed_names()
        if fold(n) not in MONTH_LIKE_GIVEN and (fold(n) in stopwords() or month_number(n))
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("Amman", "Eman"),
        ("Rusiya", "Rosie"),
        ("Kürt", "Kurt"),
        ("Ирак", "Irek"),
        ("Quba", "Koba"),
        ("Сирии", "Sırrı"),
        ("Əlizadə", "Eliza"),
    ],
)
def test_names_whose_key_meets_a_frequent_word_are_left_out(word: str, other: str) -> None:
    assert given_gender(word) is None
    assert other not in _listed_names()


def test_names_that_are_common_words_need_a_surname_beside_them() -> None:
    assert {fold(w) for w in ("Deniz", "Barış", "Bahar", "Sevgi", "Гузель")} <= WEAK_GIVEN
    text = "Deniz Kuvvetleri Komutanlığı açıklama yaptı. Barış Pınarı Harekâtı başladı."
    assert _persons(text, "tr") == set()
    assert "Гузель Хайруллина" in _persons("Гузель Хайруллина задержана.", "ru")
