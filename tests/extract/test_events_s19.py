"""Events of persons named in lists and lists of the dead: a date each "respectively",
a passive said as a listing ("are listed as killed"), a return told as one of a counted
number brought home, a range of years, and an alias called in quotes."""

from __future__ import annotations

from support import events_by_name, person_records


def test_respectively_gives_each_person_the_date_in_its_place() -> None:
    text = (
        "Date: 2025-09-02\n\n"
        "His cousins, Serik and Bolat Nurmagambetov, are listed as killed in Mosul in 2016 "
        "and in al-Bab in 2017 respectively."
    )
    found = events_by_name(text)
    assert found["Serik Nurmagambetov"]["killed"] == "2016"
    assert found["Bolat Nurmagambetov"]["killed"] == "2017"


def test_without_respectively_one_date_is_for_both() -> None:
    text = "Date: 2025-09-02\n\nSerik and Bolat Nurmagambetov were killed near Mosul in 2016."
    found = events_by_name(text)
    assert found["Serik Nurmagambetov"]["killed"] == "2016"
    assert found["Bolat Nurmagambetov"]["killed"] == "2016"


def test_listed_as_killed_is_a_passive_of_the_names_before() -> None:
    text = "Date: 2025-09-02\n\nErbol Sagintayev is listed as killed in Hajin in December 2018."
    assert events_by_name(text)["Erbol Sagintayev"]["killed"] == "2018-12"


def test_one_of_a_counted_number_brought_home_returned() -> None:
    text = (
        "Date: 2025-09-02\n\n"
        "Officials said Kairat Zhunusov was among 595 citizens brought home in the "
        "operations of 2019."
    )
    assert events_by_name(text)["Kairat Zhunusov"]["returned"] == "2019"


def test_two_terms_joined_by_and_keep_the_date_after_them() -> None:
    text = (
        "Date: 2025-09-02\n\n"
        "Ruslan and Timur Dzhabrailov were sentenced to 8 and 10 years in March 2019."
    )
    found = events_by_name(text)
    assert found["Ruslan Dzhabrailov"]["sentenced"] == "2019-03"
    assert found["Timur Dzhabrailov"]["sentenced"] == "2019-03"


def test_called_with_a_quoted_kunya_is_an_alias_not_another_person() -> None:
    text = (
        "Date: 2025-09-02\n\n"
        'Nurlan Abenov, called "Abu Yusuf" on the list, died near Kobani in 2015.'
    )
    records = person_records(text)
    assert "Abu Yusuf" in records["Nurlan Abenov"]["aliases"]
    assert "Abu Yusuf" not in records


def test_all_of_those_detained_are_those_the_text_told_were_detained() -> None:
    text = (
        "Tarix: 2026-06-10\n\n"
        "Gəncədə keçirilən əməliyyat zamanı Tural Həsənli saxlanılıb. Daha sonra Elşən "
        "Rzayev də Bakıda saxlanılıb. Vəkillər Rauf Əliyev və Nurlan Məmmədov bunu "
        "jurnalistlərə bildiriblər.\n\n"
        "Saxlanılanların hamısı barəsində məhkəmə 4 ay müddətinə həbs qətimkan tədbiri "
        "seçib."
    )
    found = events_by_name(text)
    for name in ("Tural Həsənli", "Elşən Rzayev"):
        assert "arrested" in found[name], name
    assert "arrested" not in found["Rauf Əliyev"]


def test_taken_to_syria_is_a_journey_but_not_taken_to_court() -> None:
    text = (
        "Date: 2025-11-06\n\n"
        "Zarema Dzhabrailova, 27, from Gudermes, was taken to Syria by her father as a "
        "teenager in 2014. Timur Aliyev was taken to court in Baku in 2019."
    )
    found = events_by_name(text)
    assert found["Zarema Dzhabrailova"]["travelled"] == "2014"
    assert "travelled" not in found["Timur Aliyev"]
