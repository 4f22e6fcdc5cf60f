"""The matcher on pairs the team wrote (fictional and public names), in several scripts."""

from __future__ import annotations

import pytest

from ffdb.names.match import MATCHER, compare_names

SAME_PERSON = [
    ("Elşən Vaqif oğlu Məmmədov", "Elshan Mammadov"),
    ("Мамедов Эльшан", "Elshan Mammadov"),
    ("Гасан Гасанов", "Həsən Həsənov"),
    ("Vüsal Quliyev", "Вусал Гулиев"),
    ("Orxan Cəfərov", "Orkhan Jafarov"),
    ("Orxan Cəfərov", "Orhan Cafarov"),
    ("Zaur İsmayılov", "Заур Исмаилов"),
    ("Ruslan Əhmədov", "Руслан Ахмедов"),
    ("Murad Əliyev", "Murat Aliyev"),
    ("Ниджат Ашуров", "Ашуров Нижат"),
    ("Rəşad Əhmədli", "Rashad Ahmadli"),
    ("Yusuf Kərimov", "Yousef Karimov"),
    ("Ömer Yılmaz", "Omer Yilmaz"),
    ("Abdurrahman Qasımov", "Abdul Rahman Gasimov"),
    ("Abdurrahman Qasımov", "Abd al-Rahman Kasimov"),
    ("Abdullah Ghannam", "Abdallah Ghannam"),
    ("Tarkhan Batsikashvili", "Тархан Бацикашвили"),
    ("Vladimir Vladimirovich Zarubin", "Владимир Зарубин"),
    ("Li Wenbo", "李文博"),
    ("Abu Idris al-Shishani", "Абу Идрис аш-Шишани"),
    ("Abu Idris al-Shishani", "Ebu İdris eş-Şişani"),
    ("Abu Idris al-Shishani", "أبو إدريس الشيشاني"),
    ("Abu Muhammad al-Hamdani", "أبو محمد الحمداني"),
    ("Osama bin Jabran", "أسامة بن جبران"),
    ("Ayman al-Zahiri", "أيمن الظاهري"),
    ("Abu Yusuf al-Azeri", "Abu Yusuf al-Azerbaijani"),
    ("E. Nasibova", "Elmira Nasibova"),
]
DIFFERENT_PERSON = [
    ("Mammadov Elshan", "Mammadov Elnur"),
    ("Elshan Mammadov", "Elshan Mammadova"),
    ("Samir Aliyev", "Samira Aliyeva"),
    ("Orxan Cəfərov", "Orxan Cəfərli"),
    ("Tural Nəsibov", "Tural Nasibli"),
    ("Anar Qasımov", "Anvar Qasımov"),
    ("Ramil Səfərov", "Ramal Safarov"),
    ("Elçin Rüstəmov", "Elşən Rüstəmov"),
    ("Nurlan Qədirov", "Nurlan Qədimov"),
    ("Hesen Esgerov", "Hasan Ashurov"),
    ("Omarov", "Umarov"),
    ("Abu Idris al-Shishani", "Abu Idris al-Turkistani"),
    ("Abu Yahya al-Azeri", "Abu Yahya"),
    ("Abu Yahya al-Azeri", "Nicat Ashurov"),
    ("Abu Yahya", "Abu Zakariya"),
    ("Umm Yahya", "Abu Yahya"),
    ("Abu Muhammad al-Hamdani", "أبو محمد الحوراني"),
    ("حسن", "حسين"),
    ("Muhammad Karimov", "محمود كريموف"),
    ("Mammadov", "Elshan Mammadov"),
    ("Mehmet Yılmaz", "Ahmet Yılmaz"),
    ("Yusuf Kərimov", "Yunus Kərimov"),
    ("Nicat Rasim oğlu Əliyev", "Nicat Vüqar oğlu Əliyev"),
    ("Гаджиев Магомед Ахмедович", "Гаджиев Магомед Расулович"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PERSON)
def test_same_person_written_two_ways(a: str, b: str) -> None:
    result = compare_names(a, b)
    assert result.same, (result.score, result.reason)
    assert result.score >= 0.75


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PERSON)
def test_look_alikes_are_different_people(a: str, b: str) -> None:
    result = compare_names(a, b)
    assert not result.same, (result.score, result.reason)
    assert compare_names(b, a).same is False  # symmetric


def test_reason_explains_each_part() -> None:
    result = compare_names("Nicat Ashurov", "Ниджат Ашуров")
    assert result.matcher == MATCHER == "name_match.v1"
    assert "given: Nicat~Ниджат (phonetic)" in result.reason
    assert "surname: Ashurov=Ашуров (translit)" in result.reason
    assert [p.role for p in result.parts] == ["given", "surname"]
    nisba = compare_names("Abu Yahya al-Azeri", "Abu Yahya al-Tunisi")
    assert "different origin" in nisba.reason and "different nisba" in nisba.reason


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sumgait", "Сумгайыт", True),
        ("Derbent", "Dərbənd", True),
        ("Pankisi Gorge", "Панкиси", True),
        ("Aleppo", "حلب", True),
        ("Makhachkala", "Kaspiysk", False),
        ("Hatay", "Antakya", False),
        ("Xalfəli", "Khalfali", True),
        ("Xalfəli", "Xaltan", False),
    ],
)
def test_places_through_the_gazetteer(a: str, b: str, same: bool) -> None:
    assert compare_names(a, b, "place").same is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Islamic State", "Исламское государство", True),
        ("ISIS", "ISIL", True),
        ("Caucasus Emirate", "Imarat Kavkaz", True),
        ("Free Syrian Army", "ÖSO", True),
        ("Islamic State", "al-Qaeda", False),
        ("Caucasus Emirate", "Ajnad al-Kavkaz", False),
        ("Wilayat Kavkaz", "Islamic State", False),
        ("Jaysh al-Izza", "Jaish al-Izzah", True),
        ("Jaysh al-Izza", "Jaysh al-Islam", False),
        ("Gazprom PJSC", "ПАО Газпром", True),
    ],
)
def test_organisations(a: str, b: str, same: bool) -> None:
    assert compare_names(a, b, "org").same is same


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        compare_names("a", "b", "vehicle")
