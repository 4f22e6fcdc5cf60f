"""Members of a family named by the given name alone bear the family's surname: after a
collective ("the Kerimli brothers, Tural and Emin"), a plural ("the Dzhanaevs"), or as
the son or brother of a man named before (fictional people)."""

from __future__ import annotations

import pytest

from support import person_records


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Qonşuluqda yaşayan Səfərzadə qardaşları — Tural və Emin — 2015-ci ildə "
            "Suriyaya gediblər.",
            "az",
            {"Tural Səfərzadə", "Emin Səfərzadə"},
        ),
        (
            "Mərdanov qardaşları gedib. Böyük qardaş Tural 2016-cı ildə həlak olub. "
            "Kiçik qardaş Emin isə Bakıya qayıdıb.",
            "az",
            {"Tural Mərdanov", "Emin Mərdanov"},
        ),
        (
            "The Krasniqi brothers, Valon and Driton, left for Syria in 2014. "
            "Valon was killed in 2015.",
            "en",
            {"Valon Krasniqi", "Driton Krasniqi"},
        ),
        (
            "Then there are the Dzhanaevs. Zelimkhan and Adam grew up in Duisi and "
            "travelled to Syria in 2013. Their uncle, Ruslan Dzhanaev, stayed at home.",
            "en",
            {"Zelimkhan Dzhanaev", "Adam Dzhanaev"},
        ),
        (
            "Братья Умаровы — Рустам и Тимур — уехали в Сирию в 2014 году.",
            "ru",
            {"Рустам Умаров", "Тимур Умаров"},
        ),
        (
            "Yozgat'ta yaşayan Fatma Kaplan iki yıldır bekliyor. Fotoğraflarda oğulları "
            "Yusuf ve Emre yan yana gülümsüyor.",
            "tr",
            {"Fatma Kaplan", "Yusuf Kaplan", "Emre Kaplan"},
        ),
    ],
)
def test_family_members_take_the_surname(text: str, language: str, expected: set[str]) -> None:
    records = person_records(text, language=language, published="2020-01-01")
    assert expected <= set(records)


def test_surname_before_his_brother() -> None:
    records = person_records(
        "Giorgi Tedoradze was detained in 2017. Tedoradze's younger brother Levan was "
        "killed in Raqqa in 2015.",
        language="en",
        published="2020-01-01",
    )
    assert "Levan Tedoradze" in records


def test_his_son_in_the_accusative_takes_the_surname() -> None:
    records = person_records(
        "60-летний Рашид Каримов каждый вечер ждёт у ворот. О том, что его сына Тимура "
        "больше нет, ему сообщили в марте.",
        language="ru",
        published="2020-01-01",
    )
    assert "Тимур Каримов" in records


def test_womans_surname_in_a_collective_gives_the_mans_form() -> None:
    records = person_records(
        "Həsənzadə deyil, Qafarova ailəsi danışır. Qafarovlar — Nicat və Elvin — 2014-cü "
        "ildə Suriyaya gediblər.",
        language="az",
        published="2020-01-01",
    )
    assert {"Nicat Qafarov", "Elvin Qafarov"} <= set(records)


def test_a_patronymic_is_no_son() -> None:
    records = person_records(
        "Bakı sakini Rzayev Orxan Elçin oğlu 2016-cı ildə həbs edilib. Elçin oğlu Orxan "
        "məhkəmədə danışmayıb.",
        language="az",
        published="2020-01-01",
    )
    assert [name for name in records if name.startswith("Orxan Elçin")] == [
        "Orxan Elçin oğlu Rzayev"
    ]


def test_given_name_with_its_own_surname_keeps_it() -> None:
    records = person_records(
        "The Hoxha brothers, Ilir and Besnik, left in 2014. Besnik Gashi, a cousin, "
        "stayed behind and was arrested in 2015.",
        language="en",
        published="2020-01-01",
    )
    assert "Ilir Hoxha" in records
    assert "Besnik Hoxha" not in records


def test_womans_name_in_a_brothers_collective_does_not_take_it() -> None:
    records = person_records(
        "The Hoxha brothers, Ilir and Mimoza, left in 2014.",
        language="en",
        published="2020-01-01",
    )
    assert "Mimoza Hoxha" not in records


def test_ambiguous_owner_gives_no_surname() -> None:
    records = person_records(
        "Mehmet Demir ve Ali Kaya 2015'te tutuklandı. Fotoğraflarda oğulları Yusuf ve "
        "Emre görünüyor.",
        language="tr",
        published="2020-01-01",
    )
    assert not any(name.startswith(("Yusuf ", "Emre ")) for name in records)


def test_peoples_are_no_family() -> None:
    records = person_records(
        "Then there are the Kurds. Ahmed and Omar grew up in Qamishli.",
        language="en",
        published="2020-01-01",
    )
    assert not any(name.endswith("Kurd") for name in records)
