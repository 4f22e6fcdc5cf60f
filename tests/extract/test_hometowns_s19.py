"""Hometowns said for several people that must not reach the wrong ones: a place named
with a province only when it is the province's own town, a landsman's home for whom his
word is owned by, a count said again only in its own words, a family's lawyer, a
lawyer's brother, the brothers' lawyer; and a subject's cue in the instrumental."""

from __future__ import annotations

from typing import Any

from support import hometowns_by_name


def _hometowns(text: str) -> dict[str, Any]:
    return hometowns_by_name(text, published="2025-09-02")


def test_a_town_left_from_is_not_the_home_of_a_group_from_another_town() -> None:
    text = (
        "Konyalı dört genç 2014 yılında cihat için Gaziantep'ten Suriye'ye geçti: "
        "Ahmet Yıldırım, Mehmet Polat, Kemal Aksoy ve Hasan Demirtaş."
    )
    found = _hometowns(text)
    assert all(found[n] != "Gaziantep" for n in ("Ahmet Yıldırım", "Kemal Aksoy"))


def test_a_province_in_the_genitive_before_its_town_gives_the_town() -> None:
    text = (
        "Sınır dışı edilenlerden dördü Kosova'nın Prizren kentinden: Arben Hoxha, "
        "Besnik Morina, Driton Gashi ve Fatmir Krasniqi."
    )
    found = _hometowns(text)
    assert found["Arben Hoxha"] == "Prizren"
    assert found["Fatmir Krasniqi"] == "Prizren"


def test_russian_instrumental_cue_describes_the_subject() -> None:
    text = "По данным следствия, Руслан Гасанов являлся жителем Хасавюрта и уехал в 2015 году."
    assert _hometowns(text)["Руслан Гасанов"] == "Хасавюрт"


def test_a_landsman_whose_word_no_one_owns_passes_his_home_to_no_one() -> None:
    text = (
        "В Ракке Бахтиёр Саидов жил у вербовщика. Позже его встретил земляк из Вахдата "
        "Сухроб Каримов."
    )
    found = _hometowns(text)
    assert found["Сухроб Каримов"] == "Вахдат"
    assert found["Бахтиёр Саидов"] is None


def test_a_landsman_of_the_one_named_before_passes_his_home_to_him() -> None:
    text = (
        "Джамшед Рахимов уехал в 2015 году. В Ракке к нему присоединился его земляк из "
        "Вахдата Фаррух Назаров."
    )
    assert _hometowns(text)["Джамшед Рахимов"] == "Вахдат"


def test_a_word_holding_oba_is_no_count_said_again() -> None:
    text = (
        "Суд в Душанбе приговорил троих жителей Исфары.\n\n"
        "Главарём группы суд признал Фаррух Юсупова. Вместе с ним осуждены Комил Рахимов "
        "и Алишер Каримов.\n\n"
        "Прокурор Зарина Мирзоева говорила об обеспечении безопасности."
    )
    found = _hometowns(text)
    assert found["Комил Рахимов"] is None
    assert found["Зарина Мирзоева"] is None


def test_the_count_said_again_gives_the_gathered_their_town() -> None:
    text = (
        "Суд в Душанбе приговорил троих жителей Исфары.\n\n"
        "Главарём группы суд признал Фаррух Юсупова. Вместе с ним осуждены Комил Рахимов "
        "и Алишер Каримов. Все трое воевали в Сирии."
    )
    found = _hometowns(text)
    assert found["Комил Рахимов"] == "Исфара"


def test_the_familys_lawyer_sharing_its_surname_is_not_of_its_village() -> None:
    text = (
        "The Kaya brothers from Siverek left for Syria in 2014. Emre Kaya was killed in "
        "Raqqa; Burak Kaya came back in 2017.\n\n"
        "Their lawyer, Selim Kaya, said the court would hear the case in May."
    )
    found = _hometowns(text)
    assert found["Emre Kaya"] == "Siverek"
    assert found["Selim Kaya"] is None


def test_a_counted_family_does_not_take_a_lawyers_brother() -> None:
    text = (
        "TIRANA, 3 May 2025 — Two cousins from the town of Elbasan met again in court.\n\n"
        "Erion Hysa, 35, was sentenced to eight years. His lawyer, Arben Leka, said the "
        "verdict was harsh. His brother, Ardit Leka, watched from the gallery."
    )
    found = _hometowns(text)
    assert found["Erion Hysa"] == "Elbasan"
    assert found["Ardit Leka"] is None


def test_the_brothers_lawyer_is_no_sentence_about_the_brothers() -> None:
    text = (
        "Rauf Mammadov and Elnur Mammadov were detained in Baku in March. "
        "The brothers' lawyer, a native of Ganja, said they were innocent."
    )
    found = _hometowns(text)
    assert found["Rauf Mammadov"] is None
    assert found["Elnur Mammadov"] is None


def test_she_and_her_children_live_in_says_the_home_of_her_not_of_a_word_ending_in_he() -> None:
    text = "Dilnoza Karimova said she and their two sons live in Ferizaj."
    assert _hometowns(text)["Dilnoza Karimova"] == "Ferizaj"


def test_a_man_from_a_village_set_beside_a_name_with_his_kin_word() -> None:
    text = (
        "A fourth young man from Duisi, the brothers' cousin Temur Baghakashvili, went "
        'with them. "He got frightened," said his uncle, Nodar Baghakashvili.'
    )
    found = _hometowns(text)
    assert found["Temur Baghakashvili"] == "Duisi"
    assert found["Nodar Baghakashvili"] is None
