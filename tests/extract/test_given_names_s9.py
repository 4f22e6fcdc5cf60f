"""A person named by a given name alone is a record when the words around the name
vouch for it: listed with a named person, the other of two set off by commas, an office
before it, the words of naming, a pseudonym, a relative's possessive; and a copula or an
oblique case glued to a name is no part of it."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> set[str]:
    records = extract_document(text, language=language).records()
    return {r["name"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # listed with a named person
        ("In the raid our brothers Abu Hafs al-Kulobi and Sardor were wounded.", "en", "Sardor"),
        ("В бою Руслан Гасанов и Тагир были ранены.", "ru", "Тагир"),
        # the other of two, set off by commas
        (
            "Her elder son was killed in 2018; the younger, Bakhtiyor, is held in Hasakah.",
            "en",
            "Bakhtiyor",
        ),
        # an office, then the name
        ("Молитву прочитал имам районной мечети Шамиль.", "ru", "Шамиль"),
        # the words of naming
        ("Orada bir adamla tanıştım, adı Yusuf'tu, Kazan'dan.", "tr", "Yusuf"),
        ("Мы познакомились в Стамбуле, его звали Шамиль.", "ru", "Шамиль"),
        # a pseudonym no list knows
        (
            "The eighth, who asked to be identified only as Dardan, came home in 2016.",
            "en",
            "Dardan",
        ),
        # a relative's possessive or owner before the name set off by commas
        ("Жена моя, Заира, после каждого визита болела.", "ru", "Заира"),
        ("Мать братьев, Зарема, живет в Гудермесе.", "ru", "Зарема"),
        # a name marked by its case ending or a courtesy after a kin word
        ("Torunum şimdi Ayşe'nin annesi Brigitte'de kalıyor.", "tr", "Brigitte"),
        ("Atası Qasım əmi Şəkidə yaşayır.", "az", "Qasım"),
        # a known given name that a hamlet also bears, with its case ending
        ("Eşi Kübra'nın ise tanık olarak dinlendiği biliniyor.", "tr", "Kübra"),
    ],
)
def test_given_name_alone_vouched_is_a_person(text: str, language: str, name: str) -> None:
    assert name in _persons(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a month or a faith after "and" or an office word is no one
        ("Orxan Məmmədov ve Mart ayında getdi.", "tr", "Mart"),
        # a relation word with a preposition after it: "by the Sunna"
        ("Родные похоронили сына по Сунне, как он просил.", "ru", "Сунне"),
        # a real name is the alias of someone named before, no person of its own
        ("Kardeşimiz Ebu Davud el-Hollandi'nin asıl adı Daan de Boer'dir.", "tr", "Daan"),
        # a place or a word of faith after a kin word with a case ending
        ("Annesi Türkiye'de yaşıyor, babası Allah'a şükretti.", "tr", "Allah"),
        ("Annesi Türkiye'de yaşıyor, babası Allah'a şükretti.", "tr", "Türki"),
        # a pseudonym construction does not make a place a person
        ("He asked to be identified only as Tirana, then left.", "en", "Tirana"),
    ],
)
def test_no_person_from_a_common_word(text: str, language: str, name: str) -> None:
    assert name not in _persons(text, language)


def test_glued_copula_is_cut_from_the_name() -> None:
    persons = _persons("Gəlinim hollandiyalıdır, adı Anna Smitdir.", "az")
    assert "Anna Smit" in persons
    assert "Anna Smitdir" not in persons


def test_located_copula_leaves_the_given_name() -> None:
    text = "Elçin Rəsulov 2015-ci ildə getdi. Sonra bir qadın yazdı ki, Elçin Şamdadır."
    persons = _persons(text, "az")
    assert "Elçin Rəsulov" in persons
    assert not any("Şam" in p for p in persons)


def test_oblique_feminine_surname_is_the_woman_named_in_full() -> None:
    text = (
        "Задержана Сулейманова Зарема Магомедовна, 1995 года рождения. Брат Сулеймановой, "
        "Руслан Сулейманов, был убит в Сирии. В отношении Сулеймановой суд избрал арест."
    )
    persons = _persons(text, "ru")
    assert "Сулеймановой" not in persons
    assert "Руслан Сулейманов" in persons
