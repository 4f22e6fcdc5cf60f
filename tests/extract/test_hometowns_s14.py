"""Hometowns said in ways met on fresh text (session 14): a city's part after its English
genitive ("Hamburg's Wilhelmsburg district"); a list sharing one cue, its entries
carrying ages ("Sumqayıt sakinləri X (35), Y (29) və Z", "A, 27, B, 30, and C, 24, all
residents of Taraz"); an entry's own "of X" ("X, 31, of Khujand; Y, 24;"); another one
of a place ("another Duisi man", "bir başka Bursalı, 38 yaşındaki X", "başqa
gəncəlidir: X"); where one grew up or has long lived ("in Namangan, the city where he
grew up", "grew up two kilometres away in Jokolo", "has lived in Molenbeek for thirty
years", "Gəncədə, ... ailəsində böyüyüb"); Russian: an adjective between the cue and the
place ("житель соседнего Баксана"), a demonym after the name ("X, 1991 года рождения,
казанец"), a settlement over the region said with it ("выходец из Башкирии ... житель
Стерлитамака"). All people are fictional."""

from __future__ import annotations

from typing import Any

import pytest

from ffdb.extract.document import analyse
from ffdb.extract.hometown_village import village_back_references
from support import person_records


def _records(text: str) -> dict[str, dict[str, Any]]:
    return person_records(text, published="2022-05-01")


@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        # a city's part after the city's genitive: the part first
        (
            "Police detained Selim Kaya, a resident of Hamburg's Wilhelmsburg district, on Monday.",
            "Selim Kaya",
            "Wilhelmsburg, Hamburg",
        ),
        (
            "Adam Dudaev, 31, a native of Vienna's Favoriten district, was sentenced to six years.",
            "Adam Dudaev",
            "Favoriten, Vienna",
        ),
        # a list sharing one cue, with ages
        (
            "Həbs edilənlər Sumqayıt sakinləri Orxan Kərimli (35), Elmir Rzayev (29) və Tural "
            "Həsənli (41) olub.",
            "Elmir Rzayev",
            "Sumqayıt",
        ),
        (
            "Həbs edilənlər Sumqayıt sakinləri Orxan Kərimli (35), Elmir Rzayev (29) və Tural "
            "Həsənli (41) olub.",
            "Tural Həsənli",
            "Sumqayıt",
        ),
        (
            "The other three, Nurlan Sadykov, 27, Berik Omarov, 30, and Marat Iskakov, 24, all "
            "residents of Taraz, were arrested last September.",
            "Nurlan Sadykov",
            "Taraz",
        ),
        (
            "The other three, Nurlan Sadykov, 27, Berik Omarov, 30, and Marat Iskakov, 24, all "
            "residents of Taraz, were arrested last September.",
            "Berik Omarov",
            "Taraz",
        ),
        (
            "Задержаны жители Хасавюрта Арсен Гаджиев (25), Ислам Алиев (30) и Руслан Омаров.",
            "Ислам Алиев",
            "Хасавюрт",
        ),
        # an entry's own "of X"
        (
            "A Brussels court on Wednesday sentenced Karim Benali, 34, of Molenbeek, to eight "
            "years in prison.",
            "Karim Benali",
            "Molenbeek",
        ),
        (
            "The three were named as Farhod Nazarov, 31, of Khujand; Jamshed Saidov, 24; and "
            "Bekzod Umarov, 29, of Kulob.",
            "Farhod Nazarov",
            "Khujand",
        ),
        # another one of a place
        (
            "The third house is that of Beka Zurabishvili, another Telavi man, who is still "
            "believed to be in Idlib.",
            "Beka Zurabishvili",
            "Telavi",
        ),
        (
            "Hava saldırısında ölen kişi, bir başka Bursalı, 38 yaşındaki Selim Öztürk.",
            "Selim Öztürk",
            "Bursa",
        ),
        (
            "İdlibdə həlak olan şəxs isə başqa gəncəlidir: 27 yaşlı Ramiz Kərimov.",
            "Ramiz Kərimov",
            "Gəncə",
        ),
        ("Digər qusarlı Elnur Hüseynov da saxlanılıb.", "Elnur Hüseynov", "Qusar"),
        # where one grew up or has long lived
        (
            "The bakery's owner, Rustam Aliev, learned to bake in Namangan, the city where he "
            "grew up.",
            "Rustam Aliev",
            "Namangan",
        ),
        (
            "Дилшод Каримов научился печь хлеб в Намангане, где он вырос.",
            "Дилшод Каримов",
            "Наманган",
        ),
        (
            "Fırının sahibi Rustam Aliyev, büyüdüğü Namangan'da ekmek yapmayı öğrendi.",
            "Rustam Aliyev",
            "Namangan",
        ),
        (
            "Giorgi Tsatiev, 29, grew up two kilometres away in Akhmeta.",
            "Giorgi Tsatiev",
            "Akhmeta",
        ),
        (
            "Naima Ouardi, 58, has lived in Molenbeek for thirty years.",
            "Naima Ouardi",
            "Molenbeek",
        ),
        (
            "Rəşad Əliyev Gəncədə, dəmiryol işçisi ailəsində böyüyüb.",
            "Rəşad Əliyev",
            "Gəncə",
        ),
        (
            "Kemal Aydın, Konya'da, kalabalık bir ailede büyüdü.",
            "Kemal Aydın",
            "Konya",
        ),
        (
            "Abdullah'ın kuzeni Ömer Kaya ise Adıyaman merkezde yaşıyordu.",
            "Ömer Kaya",
            "Adıyaman",
        ),
        # Russian: an adjective before the place, a demonym after the name, a town over
        # the region said with it
        (
            "Четвёртый, Анзор Шогенов, житель соседнего Баксана, находится в розыске.",
            "Анзор Шогенов",
            "Баксан",
        ),
        (
            "Ислам Хапаев вырос в соседнем Нальчике и в 2014 году уехал в Сирию.",
            "Ислам Хапаев",
            "Нальчик",
        ),
        (
            "С ним уехал его друг Ренат Галиев, 1991 года рождения, казанец.",
            "Ренат Галиев",
            "Казань",
        ),
        (
            "Погибшим оказался другой выходец из Башкирии — Ильдар Хакимов, 39 лет, житель "
            "Стерлитамака, выехавший в Сирию в 2014 году.",
            "Ильдар Хакимов",
            "Стерлитамак",
        ),
        # the article's one village, pointed back at
        (
            "Qusar rayonunun Həzrə kəndində yaşayan Nadir Rəhimov oğlunu gözləyir.\n\n"
            "Kəndin digər sakini, 1992-ci il təvəllüdlü Ramil Səfərov 2015-ci ildə Suriyaya "
            "gedib.",
            "Ramil Səfərov",
            "Həzrə, Qusar",
        ),
        (
            "Qusar rayonunun Həzrə kəndində yaşayan Nadir Rəhimov danışır.\n\n"
            "— Kəndimizdən Vüqar Əliyev də getmişdi.",
            "Vüqar Əliyev",
            "Həzrə, Qusar",
        ),
    ],
)
def test_hometown_said(text: str, name: str, hometown: str) -> None:
    assert _records(text)[name]["hometown"] == hometown


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a stay told of the past
        (
            "It was led by Faisal al-Harbi, a Saudi citizen. Police said al-Harbi had been "
            "living in Sumqayit since 2001.",
            "Faisal al-Harbi",
        ),
        # the next entry has no place of its own
        (
            "The three were named as Farhod Nazarov, 31, of Khujand; Jamshed Saidov, 24; and "
            "Bekzod Umarov, 29, of Kulob. Two of them, Nazarov and Saidov, were held.",
            "Jamshed Saidov",
        ),
    ],
)
def test_no_hometown(text: str, name: str) -> None:
    assert _records(text)[name]["hometown"] is None


def test_two_villages_in_the_opening_give_no_one_a_village() -> None:
    """Which of two villages "Kəndin digər sakini" points back at is not told."""
    text = (
        "Qusar rayonunun Həzrə kəndində və Quba rayonunun Qımıl kəndində ailələr "
        "gözləyir.\n\nKəndin digər sakini Ramil Səfərov 2015-ci ildə Suriyaya gedib."
    )
    assert village_back_references(analyse(text, published="2022-05-01").ctx) == []
