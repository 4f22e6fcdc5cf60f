"""Hometowns said in ways met on fresh text (session 10): where one grew up ("grown up
in", "semtinde büyüyen", "Gəncədə böyüyən"); a pair's place said once ("Hər iki qadın
Ağsu rayonundandır", "Both women are from X", "Обе женщины — уроженки X"); "also from X"
of the last name only; a place pointed back to ("он оттуда родом"); a relative listed
with an age ("və 4 yaşlı bacısı"); a martyr list's bare place before the date; "a son
of Osh"; "the Antwerp-born man" of the person named before; a stanitsa ("ст. Наурской");
the predicate "Kütahya doğumludur"; "lives in" said at the clause's end. And what is no
one's hometown: many people from a place ("recruited young men from X", "yaklaşık 30
kişi"), residents the text names by initials only, a spokesman after a lede, the age
or birth year after "olan". All people are fictional."""

from __future__ import annotations

from typing import Any

import pytest

from support import person_records


def _records(text: str) -> dict[str, dict[str, Any]]:
    return person_records(text, published="2021-05-01")


@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        # where one grew up
        (
            "Brüksel'in Anderlecht semtinde büyüyen Ahmed Toumi, 2014 yılında Suriye'ye gitti.",
            "Ahmed Toumi",
            "Anderlecht, Brüksel",
        ),
        (
            "Daniyar Bekov, who had grown up in Taraz, left for Syria in 2014.",
            "Daniyar Bekov",
            "Taraz",
        ),
        ("Gəncədə böyüyən Samir Həsənov 2014-cü ildə Suriyaya gedib.", "Samir Həsənov", "Gəncə"),
        # the predicate of a birth place
        (
            "Emre Taş 2016'da Irak'ta yakalandı. Taş, Kütahya doğumludur.",
            "Emre Taş",
            "Kütahya",
        ),
        # a stanitsa, abbreviated
        (
            "Ибрагимов Руслан Ахмедович, 1991 г.р., уроженец ст. Шелковской. В 2015 г. выехал "
            "в Сирию.",
            "Руслан Ахмедович Ибрагимов",
            "Шелковская",
        ),
        # a martyr notice's kin phrase
        (
            "- Abu Salman (Bakhtiyor Karimov), a son of Namangan, who was killed in Ramadan.",
            "Bakhtiyor Karimov",
            "Namangan",
        ),
        # a martyr list's entry: the bare place, then the date
        (
            "- Əbu Zəkəriyyə (Vüsal Nəsirov), Lənkəran, 1437-ci ilin Rəcəb ayında şəhid olub.",
            "Vüsal Nəsirov",
            "Lənkəran",
        ),
        # a definite description of the person named before
        (
            "The longest sentence went to Karim Ziani. Prosecutors say the Liège-born man "
            "served in an IS unit.",
            "Karim Ziani",
            "Liège",
        ),
        # pointing back at a place
        (
            "— Меня позвал Ахмед Оздоев, мы с ним вместе учились в Назрани, он оттуда родом.",
            "Ахмед Оздоев",
            "Назрань",
        ),
        # where one still lives, said at the clause's end
        (
            "Elnurun atası Vaqif Rzayev bu gün də Şəkidə, köhnə evlərində yaşayır.",
            "Vaqif Rzayev",
            "Şəki",
        ),
    ],
)
def test_hometowns_said_on_fresh_text(text: str, name: str, hometown: str) -> None:
    assert _records(text)[name]["hometown"] == hometown


@pytest.mark.parametrize(
    ("text", "names", "hometown"),
    [
        (
            '"Onlardan ikisi – Lalə Quliyeva və Aynur Rəsulova – saxlanılıb", – deyə o qeyd '
            "edib. Hər iki qadın Ağsu rayonundandır.",
            ("Lalə Quliyeva", "Aynur Rəsulova"),
            "Ağsu",
        ),
        (
            "Two of them, Amina Tahirova and Leyla Sadikova, were detained on arrival. Both "
            "women are from Ganja.",
            ("Amina Tahirova", "Leyla Sadikova"),
            "Ganja",
        ),
        (
            "Qayıdanlar arasında Gəncədən olan 6 yaşlı Ömər Quliyev və 4 yaşlı bacısı Zəhra "
            "Quliyeva da var.",
            ("Ömər Quliyev", "Zəhra Quliyeva"),
            "Gəncə",
        ),
    ],
)
def test_a_place_said_once_for_several(text: str, names: tuple[str, ...], hometown: str) -> None:
    found = _records(text)
    for name in names:
        assert found[name]["hometown"] == hometown, name


def test_also_from_is_of_the_last_name() -> None:
    text = (
        "In 2014 he crossed into Syria with his wife, Aigerim Nurova, and his cousin Yerlan "
        "Abenov, also from Taraz."
    )
    found = _records(text)
    assert found["Yerlan Abenov"]["hometown"] == "Taraz"
    assert found["Aigerim Nurova"]["hometown"] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prosecutor Fitim Hoxha said Hasani had recruited younger men from Kaçanik over "
            "social media.",
            "Fitim Hoxha",
        ),
        (
            "Adem Kovač belediye meclis üyesidir. Haberin diğer bölümleri, Sancak "
            "bölgesinden Suriye'ye giden yaklaşık 30 kişiye ilişkindir.",
            "Adem Kovač",
        ),
        (
            "Saxlanılanlardan biri Elşad Məmmədovdur. Digər iki şəxs - İsmayıllı sakinləri "
            "R.A. və N.Ş. də saxlanılıb.",
            "Elşad Məmmədov",
        ),
        (
            "Турция экстрадировала уроженца Нальчика. Об этом сообщила официальный "
            "представитель Следственного комитета Анна Савельева.",
            "Анна Савельева",
        ),
    ],
)
def test_no_hometown_for_these(text: str, name: str) -> None:
    assert _records(text)[name]["hometown"] is None


def test_a_lede_skips_the_spokeswoman() -> None:
    text = (
        "Турция экстрадировала в Россию уроженца Нальчика. Об этом сообщила официальный "
        "представитель Следственного комитета Анна Савельева.\n\nПо её словам, 38-летний "
        "Ислам Кодзоев был доставлен в Москву."
    )
    assert _records(text)["Ислам Кодзоев"]["hometown"] == "Нальчик"


def test_an_age_after_olan_is_no_count() -> None:
    text = "Zaqatala rayonunun Car kəndindən olan 1986-cı il təvəllüdlü Elşad Məmmədov saxlanılıb."
    assert _records(text)["Elşad Məmmədov"]["hometown"] == "Car, Zaqatala"


@pytest.mark.parametrize(
    ("text", "names", "hometown"),
    [
        # a few counted, then named
        (
            "Police detained two Quba residents, Ramil Aliyev and Elvin Guliyev.",
            ("Ramil Aliyev", "Elvin Guliyev"),
            "Quba",
        ),
        (
            "Задержаны двое уроженцев Кизляра — Магомед Алиев и Шамиль Омаров.",
            ("Магомед Алиев", "Шамиль Омаров"),
            "Кизляр",
        ),
        (
            "Gözaltına alınan iki Konyalı, Mehmet Yılmaz ve Ali Kaya, tutuklandı.",
            ("Mehmet Yılmaz", "Ali Kaya"),
            "Konya",
        ),
        # "all" after a list of names
        (
            "Among those detained were Ramil Aliyev, Elvin Guliyev and Samir Hasanov, all "
            "from Quba.",
            ("Ramil Aliyev", "Elvin Guliyev", "Samir Hasanov"),
            "Quba",
        ),
        # a pair's demonym as the predicate
        (
            "Mehmet Yılmaz ve Ali Kaya tutuklandı. Her ikisi de Konyalı.",
            ("Mehmet Yılmaz", "Ali Kaya"),
            "Konya",
        ),
    ],
)
def test_a_place_said_once_for_several_named(
    text: str, names: tuple[str, ...], hometown: str
) -> None:
    found = _records(text)
    for name in names:
        assert found[name]["hometown"] == hometown, name


def test_a_large_count_is_still_nobody() -> None:
    text = "Более 600 уроженцев Дагестана воюют в Сирии, сообщил Магомед Алиев."
    assert _records(text)["Магомед Алиев"]["hometown"] is None


@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        (
            "Ramil Aliyev was detained in Baku; his home town is Quba.",
            "Ramil Aliyev",
            "Quba",
        ),
        (
            "2. Алиев Магомед, 1990 г.р., с. Гимры Унцукульского района.",
            "Магомед Алиев",
            "Гимры, Унцукуль",
        ),
        (
            "Senad Hodžić, Sırbistan'ın Yeni Pazar (Novi Pazar) kentinde doğmuştur.",
            "Senad Hodžić",
            "Yeni Pazar",
        ),
    ],
)
def test_more_hometown_forms(text: str, name: str, hometown: str) -> None:
    assert _records(text)[name]["hometown"] == hometown


@pytest.mark.parametrize(
    ("text", "names", "hometown"),
    [
        (
            "Qax rayonunun İlisu kəndində yaşayan Həsən Quliyevin oğlu 2014-cü ildə gedib. "
            "Onunla bizim kənddən daha iki oğlan - Rauf Əliyev və Murad Hacıyev getdi.",
            ("Rauf Əliyev", "Murad Hacıyev"),
            "İlisu, Qax",
        ),
        (
            "Житель Буйнакска Ахмед Гасанов рассказал о сыне. «Из нашего города уехали "
            "Ислам Алиев и Шамиль Омаров», — говорит он.",
            ("Ислам Алиев", "Шамиль Омаров"),
            "Буйнакск",
        ),
    ],
)
def test_our_village_is_the_home_told_before(
    text: str, names: tuple[str, ...], hometown: str
) -> None:
    found = _records(text)
    for name in names:
        assert found[name]["hometown"] == hometown, name


def test_a_returnee_from_a_town_is_from_there() -> None:
    text = (
        '"I came back with nothing": a returnee from Kulob talks\n\nDilshod Karimov, 29, '
        "came home from Syria in 2015."
    )
    assert _records(text)["Dilshod Karimov"]["hometown"] == "Kulob"


def test_a_returnee_from_the_war_zone_is_not() -> None:
    text = "Dilshod Karimov, a returnee from Raqqa, was questioned by police."
    assert _records(text)["Dilshod Karimov"]["hometown"] is None


@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        ("Mehmet Yılmaz isimli Kilisli şüpheli gözaltına alındı.", "Mehmet Yılmaz", "Kilis"),
        ("Polis Elnur Əliyev adlı Qusarlı gənci saxlayıb.", "Elnur Əliyev", "Qusar"),
    ],
)
def test_a_demonym_after_named_as(text: str, name: str, hometown: str) -> None:
    assert _records(text)[name]["hometown"] == hometown
