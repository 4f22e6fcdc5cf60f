"""A child or relative named by the given name alone is a person when an age, a birth or
a list of children presents the name: "9 yaşlı Hacər", "Faridun, 27,", "Abdulloh, born in
2014, and Maryam", "Тимур, 2016 года рождения, и Амина"."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> set[str]:
    records = extract_document(text, language=language).records()
    return {r["name"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # an age or a birth before the name
        (
            "Uşaqlar — 9 yaşlı Leyla və 7 yaşlı Ömər — Bakıya gətirilib.",
            "az",
            {"Leyla", "Ömər"},
        ),
        (
            "Nərgiz Quliyeva və onun iki uşağı — 2014-cü ildə Gəncədə doğulan Yusif və "
            "2017-ci ildə Rəqqədə doğulan Zəhra qayıdıb.",
            "az",
            {"Yusif", "Zəhra"},
        ),
        ("Kampta kalan 6 yaşındaki Zeynep ağlıyordu.", "tr", {"Zeynep"}),
        ("The 7-year-old Bilal was flown to Makhachkala.", "en", {"Bilal"}),
        ("В самолёте был и 8-летний Тимур.", "ru", {"Тимур"}),
        # an age after it
        ("Dushanbe — Jamshed, 27, asked us not to print his surname.", "en", {"Jamshed"}),
        ("Sardor, a 19-year-old from Osh, left in 2015.", "en", {"Sardor"}),
        ("Kampta Maryam (4) ve Yusuf (6) kaldı.", "tr", {"Maryam", "Yusuf"}),
        # the next in a list, past an age or a birth
        (
            "Dilnoza Karimova and her two children — Abdulloh, born in Termez in 2014, and "
            "Zainab, born in Raqqa in 2017 — were detained.",
            "en",
            {"Abdulloh", "Zainab"},
        ),
        ("Madina Rahimova arrived with her sons Umar, 9, and Ali, 6.", "en", {"Umar", "Ali"}),
        (
            "Дети — Тимур, 2016 года рождения, и Амина, родившаяся в 2018 году, — в центре.",
            "ru",
            {"Тимур", "Амина"},
        ),
        # a possessive kin word
        ("Zalda oğullarını gözləyən anaları Gülnarə xanım ağlayırdı.", "az", {"Gülnarə"}),
        ("— Gelinim Elif ile torunum Yusuf hâlâ kampta.", "tr", {"Elif", "Yusuf"}),
    ],
)
def test_child_named_by_age_birth_or_list_is_a_person(
    text: str, language: str, names: set[str]
) -> None:
    assert names <= _persons(text, language)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        # a month after a day is no one
        ("Mehkeme 12 Mart tarihinde toplandı.", "tr", "Mart"),
        # a weak name with no age, list or kin word
        ("Ali Rahimov and Said went home.", "en", "Said"),
    ],
)
def test_no_person_without_the_construction(text: str, language: str, word: str) -> None:
    assert word not in _persons(text, language)
