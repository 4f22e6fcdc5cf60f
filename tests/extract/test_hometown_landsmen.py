"""A person the text calls another's landsman ("его односельчанин", "его земляк",
"həmkəndlisi", "hemşehrisi", "a friend from the same street") takes the other's
hometown, unless the sentence gives him a place of his own; and siblings said together
to have grown up in a town ("выросли в") both take it."""

from __future__ import annotations

from typing import Any

from ffdb.extract import extract_document


def _hometowns(text: str, published: str = "2025-03-12") -> dict[str, Any]:
    records = extract_document(text, published=published).records()
    return {r["name"]: r["hometown"] for r in records if r["type"] == "person"}


def test_russian_fellow_villager_of_a_native() -> None:
    text = (
        "Южный окружной военный суд приговорил к 17 годам 32-летнего Шамиля Абдулаева, "
        "уроженца Буйнакска. Вместе с ним в 2014 году уехал его односельчанин Магомед "
        "Курбанов. По словам родственников, Курбанов погиб под Мосулом в 2016 году."
    )
    found = _hometowns(text)
    assert found["Шамиль Абдулаев"] == "Буйнакск"
    assert found["Магомед Курбанов"] == "Буйнакск"


def test_russian_landsman_after_a_possessive() -> None:
    text = (
        "Уроженец Оша Бекзод Тураев был задержан в Москве в 2019 году. Его земляк Санжар "
        "Мамажанов уехал в 2015 году и воевал в ИГИЛ."
    )
    found = _hometowns(text)
    assert found["Санжар Мамажанов"] == "Ош"


def test_azerbaijani_fellow_villager() -> None:
    text = (
        "Qusar rayonunun Anıx kəndindən olan Elvin Ramazanov 2014-cü ildə Suriyaya "
        "gedib. Onun həmkəndlisi Samir Ramazanov 2015-ci ildə Kobanidə həlak olub."
    )
    found = _hometowns(text)
    assert found["Samir Ramazanov"] == found["Elvin Ramazanov"]
    assert found["Samir Ramazanov"] is not None


def test_a_landsman_with_a_place_of_his_own_keeps_it() -> None:
    text = (
        "Уроженец Хасавюрта Ахмед Абдулкеримов предстанет перед судом. Вместе с ним на "
        "скамье подсудимых окажутся его земляки Шамиль Исаев и Рустам Гасанбеков, жители "
        "Буйнакска."
    )
    found = _hometowns(text)
    assert found["Шамиль Исаев"] != "Хасавюрт"
    assert found["Рустам Гасанбеков"] != "Хасавюрт"


def test_russian_sisters_grew_up_in_a_town() -> None:
    text = (
        "Лилия Хамитова и Алина Хамитова выросли в Стерлитамаке. В 2014 году Лилия "
        "уехала в Сирию, через год за ней последовала Алина."
    )
    found = _hometowns(text)
    assert found["Лилия Хамитова"] == "Стерлитамак"
    assert found["Алина Хамитова"] == "Стерлитамак"
