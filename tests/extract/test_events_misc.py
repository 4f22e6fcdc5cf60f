"""Event and hometown rules on short fictional sentences: negated links to someone
else's death, identification of the dead, "the late X", pluperfect verbs, and hometown
phrases about counted groups."""

from __future__ import annotations

from typing import Any

import pytest

from ffdb.extract import extract_document


def _persons(text: str) -> dict[str, dict[str, Any]]:
    extraction = extract_document(text, title="")
    return {r["name"]: r for r in extraction.records() if r["type"] == "person"}


def _events(record: dict[str, Any]) -> dict[str, str | None]:
    return {e["status"]: e["date"] for e in record["events"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Полиция сообщила, что задержанный Руслан Алиев к погибшему отношения не имеет.",
            "Руслан Алиев",
        ),
        ("Polis, Kerem Aydın'ın ölen kişiyle ilgisi yok dedi.", "Kerem Aydın"),
        ("Polis bildirib ki, Elnur Qasımov ölənlə əlaqəsi yoxdur.", "Elnur Qasımov"),
        ("Police said that Mark Dalton has nothing to do with the dead man.", "Mark Dalton"),
    ],
)
def test_negated_link_to_the_dead_is_no_death(text: str, name: str) -> None:
    assert "killed" not in _events(_persons(text)[name])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ölenlerden birinin, Gence doğumlu 28 yaşındaki Selim Karaca olduğu öğrenildi.",
            "Selim Karaca",
        ),
        ("One of those killed was John Miller, a 30-year-old from Leeds.", "John Miller"),
        ("Погибшим оказался Ислам Мурадов, уроженец Махачкалы.", "Ислам Мурадов"),
        ("Həlak olanlardan biri Ramil Səfərovdur.", "Ramil Səfərov"),
    ],
)
def test_one_of_the_dead_identified(text: str, name: str) -> None:
    assert "killed" in _events(_persons(text)[name])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In 2019 the group said that its late amir Abu Talha al-Qasimi had been replaced.",
            "Abu Talha al-Qasimi",
        ),
        ("The statement praised the late Rustam Hasanov.", "Rustam Hasanov"),
        ("Сторонники почтили память покойного Саида Магомедова.", "Саид Магомедов"),
        ("Mərhum Elşən Quliyev haqqında danışıldı.", "Elşən Quliyev"),
        ("Merhum Yusuf Demirci için anma yapıldı.", "Yusuf Demirci"),
    ],
)
def test_the_late_x_is_dead_without_date(text: str, name: str) -> None:
    assert _events(_persons(text)[name]) == {"killed": None}


@pytest.mark.parametrize(
    ("text", "name", "status", "date"),
    [
        ("Vüqar Məmmədov 2014-cü ildə Suriyaya getmişdi.", "Vüqar Məmmədov", "travelled", "2014"),
        (
            "Məhkəmə Orxan Əliyevi 8 il azadlıqdan məhrum etmişdi.",
            "Orxan Əliyev",
            "sentenced",
            None,
        ),
        (
            "İraqdan Azərbaycana gətirilən Leyla Həsənova məhkəməyə verilib.",
            "Leyla Həsənova",
            "returned",
            None,
        ),
        (
            "Mahkeme, Burak Yılmaz hakkında 10 yıl 6 ay hapis cezasına hükmetti.",
            "Burak Yılmaz",
            "sentenced",
            None,
        ),
    ],
)
def test_pluperfect_and_other_forms(text: str, name: str, status: str, date: str | None) -> None:
    events = _events(_persons(text)[name])
    assert status in events and events[status] == date


def test_attempted_crossing_is_no_journey() -> None:
    events = _events(_persons("Ahmet Koç, Suriye'ye geçmeye çalışırken yakalandı.")["Ahmet Koç"])
    assert "travelled" not in events and events


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Более 600 уроженцев Дагестана воевали в Сирии, сообщил Абдулла Гаджиев.",
            "Абдулла Гаджиев",
        ),
        (
            "Dağıstandan olan 600-dən çox şəxs Suriyada döyüşür, deyə Rəşad Hüseynov bildirib.",
            "Rəşad Hüseynov",
        ),
        ("Hundreds of natives of Dagestan fought in Syria, said Kamil Osmanov.", "Kamil Osmanov"),
    ],
)
def test_hometown_of_a_counted_group_is_nobodys(text: str, name: str) -> None:
    assert not _persons(text)[name]["hometown"]


def test_hometown_of_one_person_kept() -> None:
    found = _persons("26-летний уроженец Дербента Абдулла Гаджиев задержан.")
    assert found["Абдулла Гаджиев"]["hometown"]
