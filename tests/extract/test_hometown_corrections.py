"""Hometowns a correction takes back: the place a report gave wrongly is nobody's
hometown ("wrongly stated that X was from Ganja", "ошибочно указано, что", "səhvən",
"olarak tanıtılan", "olduğu belirtilmişti"), a place set against the right one is not
the person's ("Rize değil Trabzon doğumlu", "not from A but from B"); a region gives way
to a town in it said of the same person. All people are fictional."""

from __future__ import annotations

from typing import Any

import pytest

from support import person_records


def _records(text: str) -> dict[str, dict[str, Any]]:
    return person_records(text, published="2021-05-01")


@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        (
            "The article wrongly stated that Farid Aliyev, 39, was from Ganja. He is a "
            "native of Shaki.",
            "Farid Aliyev",
            "Shaki",
        ),
        (
            "Our report stated incorrectly that Kamran Huseynov was from Lankaran. "
            "Kamran Huseynov, a native of Masally, was sentenced to ten years.",
            "Kamran Huseynov",
            "Masally",
        ),
        (
            "В статье ошибочно указано, что Рамзан Дудаев родом из Грозного. Рамзан "
            "Дудаев — уроженец Аргуна.",
            "Рамзан Дудаев",
            "Аргун",
        ),
        (
            "Haberde Kayserili olarak tanıtılan Serdar Kaplan, Malatya doğumludur.",
            "Serdar Kaplan",
            "Malatya",
        ),
        (
            "Ayrıca haberde Yasin Koç'un Sivaslı olduğu belirtilmişti. Yasin Koç, Tokat "
            "doğumludur.",
            "Yasin Koç",
            "Tokat",
        ),
        (
            "Məqalədə səhvən Rövşən Qasımovun Gəncədən olduğu göstərilib. Qəbələ sakini "
            "Rövşən Qasımov 2014-cü ildə Suriyaya gedib.",
            "Rövşən Qasımov",
            "Qəbələ",
        ),
    ],
)
def test_a_wrongly_reported_hometown_gives_way(text: str, name: str, hometown: str) -> None:
    assert _records(text)[name]["hometown"] == hometown


def test_a_headline_gives_way_to_the_correction() -> None:
    text = (
        'A headline on 3 May read "Jihadist from Almere killed in Baghuz". The article '
        "also stated incorrectly that Pieter Bos was from Almere. Pieter Bos, a native "
        "of Zwolle, was killed in 2019."
    )
    assert _records(text)["Pieter Bos"]["hometown"] == "Zwolle"


def test_a_wrongly_reported_hometown_alone_is_dropped() -> None:
    text = "Haberde Bursalı olarak tanıtılan Ferhat Yıldız hâlâ cezaevinde."
    assert _records(text)["Ferhat Yıldız"]["hometown"] is None


@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        (
            "Kenan Arslan 2015 yılında Suriye'ye gitti. Arslan, Rize değil Trabzon doğumludur.",
            "Kenan Arslan",
            "Trabzon",
        ),
        (
            "Elnur Quliyev Gəncədən deyil, Qaxdandır. Elnur Quliyev 2014-cü ildə Suriyaya gedib.",
            "Elnur Quliyev",
            "Qax",
        ),
    ],
)
def test_a_place_set_against_the_right_one(text: str, name: str, hometown: str) -> None:
    assert _records(text)[name]["hometown"] == hometown


def test_a_wrong_report_about_something_else_keeps_the_hometown() -> None:
    text = (
        "The article also wrongly stated that Timur Ozdoev, a former fighter from "
        "Nazran, had been extradited to Russia in 2021."
    )
    assert _records(text)["Timur Ozdoev"]["hometown"] == "Nazran"


def test_a_village_wins_over_its_region() -> None:
    text = (
        "Фамилия одного из выходцев из Панкисского ущелья — Алханашвили. Заур "
        "Алханашвили, уроженец села Джоколо, погиб в 2016 году."
    )
    assert _records(text)["Заур Алханашвили"]["hometown"] == "Джоколо"
