"""A count said of a group the story listed once, with others named in between ("All
five were detained ... and repatriated ..., when they were arrested"): the count stands
for the list of just as many, its pronoun and the verbs that share its subject too."""

from __future__ import annotations

from support import events_by_name

_TEXT = (
    "Date: 2025-09-02\n\n"
    "Brothers Tahir and Nijat Alakbarov, along with Rufat Ganiyev, Eldar Sadigli and "
    "Zaur Mammadli, were all natives of Shirvan, according to prosecutor Emin Gasimov.\n\n"
    "Ganiyev received ten years. Sadigli and Mammadli were each given eight years. "
    "All five were detained by Kurdish forces in March 2019 and repatriated to Azerbaijan "
    "in December 2024, when they were arrested at the airport."
)
_FIVE = ("Tahir Alakbarov", "Nijat Alakbarov", "Rufat Ganiyev", "Eldar Sadigli", "Zaur Mammadli")


def test_a_count_stands_for_the_list_of_as_many_named_further_back() -> None:
    found = events_by_name(_TEXT)
    for name in _FIVE:
        assert found[name].get("detained") == "2019-03", name
    assert "detained" not in found["Emin Gasimov"]


def test_the_second_verb_of_the_counted_subject_is_told_of_all_of_them() -> None:
    found = events_by_name(_TEXT)
    for name in _FIVE:
        assert found[name].get("returned") == "2024-12", name


def test_their_pronoun_after_the_count_in_its_sentence_is_all_of_them() -> None:
    found = events_by_name(_TEXT)
    for name in _FIVE:
        assert found[name].get("arrested") == "2024-12", name


def test_a_list_set_apart_by_dashes_shares_its_verb_and_a_range_of_years() -> None:
    text = (
        "Date: 2025-09-02\n\n"
        "The group's leader, Sardor Nazarov, received 18 years. Four other members — "
        "Ilhom Qodirov, Anvar Ismoilov, Rustam Saidov and Umid Karimov — received between "
        "seven and ten years."
    )
    found = events_by_name(text)
    for name in ("Ilhom Qodirov", "Anvar Ismoilov", "Rustam Saidov", "Umid Karimov"):
        assert "sentenced" in found[name], name


def test_russian_range_of_years_is_a_sentence() -> None:
    text = (
        "Date: 2025-09-02\n\n"
        "Аслан Кодзоев и Мурат Хашагульгов получили от семи до девяти лет колонии."
    )
    found = events_by_name(text)
    assert "sentenced" in found["Аслан Кодзоев"]
    assert "sentenced" in found["Мурат Хашагульгов"]


def test_russian_count_stands_for_a_list_joined_by_relations() -> None:
    text = (
        "12 марта 2026 года\n\n"
        "По данным следствия, Тимур Алибеков, его двоюродный брат Заур Алибеков и их "
        "односельчанин Расул Гаджиев летом 2015 года выехали в Сирию.\n\n"
        "Тимур получил 19 лет. По словам прокурора Эльдара Мусаева, именно он руководил "
        "группой и в Сирии был известен как Абу Хасан. "
        "Заур Алибеков приговорён к 16 годам. Гаджиеву назначено 15 лет.\n\n"
        "Все трое были задержаны в Газиантепе в апреле 2023 года и в октябре того же года "
        "экстрадированы в Россию."
    )
    found = events_by_name(text)
    for name in ("Тимур Алибеков", "Заур Алибеков", "Расул Гаджиев"):
        assert found[name].get("returned") == "2023-10", name
    assert "returned" not in found["Эльдар Мусаев"]


def test_their_pronoun_stands_for_a_list_with_ages_and_relations() -> None:
    text = (
        "Tarix: 2026-01-15\n\n"
        "Qadınlardan üçü Qəbələ rayonunun Nic kəndindəndir: Nərgiz Abbasova (33 yaş), onun "
        "baldızı Zenfira Abbasova (29 yaş) və qonşuları Gülarə Rzayeva. Onlar 2014-cü ildə "
        "ərləri ilə birlikdə Suriyaya gediblər."
    )
    found = events_by_name(text)
    for name in ("Nərgiz Abbasova", "Zenfira Abbasova", "Gülarə Rzayeva"):
        assert found[name].get("travelled") == "2014", name
