"""Hometowns said in ways met on unseen text (session 6, round 3): another of a town's
residents ("Qubanın digər sakini X"), a fellow villager named after a nickname. All
people are fictional."""

from __future__ import annotations

from typing import Any

from support import person_records


def _homes(text: str, **options: Any) -> dict[str, str | None]:
    options.setdefault("published", "2021-05-01")
    return {name: r["hometown"] for name, r in person_records(text, **options).items()}


def test_another_resident_of_a_town() -> None:
    text = (
        "Qubanın digər sakini Elvin Həsənov isə 2016-cı ildə həbs olunub. "
        "Şəkinin başqa sakini Rauf Nəbiyev də saxlanılıb."
    )
    homes = _homes(text)
    assert homes["Elvin Həsənov"] == "Quba"
    assert homes["Rauf Nəbiyev"] == "Şəki"


def test_fellow_villager_after_a_comma_and_a_nickname() -> None:
    text = (
        "Qəbələ rayonunun Vəndam kəndindən olan Elnur Rzayev 2015-ci ildə Suriyaya gedib. "
        'Rzayevlə birlikdə gedən həmkəndlisi, "Əbu Talha" ləqəbli Orxan Babayev də '
        "öldürülüb."
    )
    assert _homes(text)["Orxan Babayev"] == "Vəndam, Qəbələ"


def test_fellow_villager_with_a_nickname_in_russian() -> None:
    text = (
        "Элдар Гаджиев, уроженец села Гергебиль, погиб в Сирии. "
        "Его односельчанин «Абу Умар» Ислам Мусаев задержан."
    )
    assert _homes(text)["Ислам Мусаев"] == "Гергебиль"


def test_a_fellow_villager_at_the_end_of_a_sentence_gives_nobody_a_home() -> None:
    text = (
        "Элдар Гаджиев, уроженец села Гергебиль, погиб в Сирии вместе с односельчанином. "
        "Ислам Мусаев задержан в Москве."
    )
    assert _homes(text)["Ислам Мусаев"] is None


def test_a_village_that_mourns_its_son_gives_the_family_its_home() -> None:
    text = (
        "Date: 3 May 2020\n\nXınalıq village mourns son killed in Raqqa\n\n"
        "QUBA — Hundreds gathered on Sunday for a memorial prayer for Tural Quliyev, 25. "
        "His brother, Nihad Quliyev, said Tural left in 2014. Police chief Rauf Abbasov "
        "declined to comment."
    )
    homes = _homes(text)
    assert homes["Tural Quliyev"] == "Xınalıq"
    assert homes["Nihad Quliyev"] == "Xınalıq"
    assert homes["Rauf Abbasov"] is None


def test_a_village_headline_in_azerbaijani_with_a_declined_surname() -> None:
    text = (
        "Tarix: 3 may 2020\n\nVəndam kəndi oğlunu itirdi\n\n"
        "Qəbələ — Suriyada öldürülən Tural Quliyevin yas mərasimi keçirilib. "
        "Qardaşı Nihad Quliyev bildirib ki, Tural 2014-cü ildə gedib."
    )
    homes = _homes(text)
    assert homes["Tural Quliyev"] == "Vəndam"
    assert homes["Nihad Quliyev"] == "Vəndam"


def test_brothers_from_a_town_in_a_capitals_headline_not_the_author() -> None:
    text = (
        "Date: 3 May 2020\n\nTHE BROTHERS FROM KIZLYAR: HOW ONE FAMILY LOST TWO SONS\n\n"
        "By Ann Lee\n\nZaira Gadzhieva keeps two photographs in Kizlyar. The eldest, "
        "Ruslan Gadzhiev, left in 2013. The younger, Murad Gadzhiev, was detained in 2015."
    )
    homes = _homes(text)
    assert homes["Ruslan Gadzhiev"] == "Kizlyar"
    assert homes["Murad Gadzhiev"] == "Kizlyar"
    assert homes["Ann Lee"] is None


def test_brothers_from_a_town_in_russian() -> None:
    text = (
        "5 марта 2020 года\n\nБратья из Кизляра: как семья потеряла двух сыновей\n\n"
        "Заира Гаджиева хранит две фотографии. Старший, Руслан Гаджиев, уехал в 2013 году. "
        "Младший, Мурад Гаджиев, задержан в 2015 году."
    )
    homes = _homes(text)
    assert homes["Руслан Гаджиев"] == "Кизляр"
    assert homes["Мурад Гаджиев"] == "Кизляр"


def test_the_part_of_a_city_is_the_home_not_the_city() -> None:
    text = (
        "The second defendant, Karim Benali, 31, from the Brussels district of Anderlecht, "
        "was acquitted. Pavel Orlov, 25, from the Moscow suburb of Khimki, was detained."
    )
    homes = _homes(text)
    assert homes["Karim Benali"] == "Anderlecht"
    assert homes["Pavel Orlov"] == "Khimki"


def test_where_one_lived_before_leaving_is_a_home_but_a_stay_is_not() -> None:
    assert (
        _homes("Karim Benali, born in 1991 and living in Namur before his departure, left.")[
            "Karim Benali"
        ]
        == "Namur"
    )
    assert _homes("Omar Said was living in Liège until he left for Syria.")["Omar Said"] == (
        "Liège"
    )
    assert _homes("Karim Benali is now living in Idlib with his wife.")["Karim Benali"] is None
