"""Names in Turkish and Azerbaijani text: a demonym of a two-letter town and an ethnonym
before a name ("Oşlu Kırgız X"), a compass point before a place ("Doğu Türkistan") is no
one, a relation in the first person and a demonym are no alias before "asıl adı", the
real name after it is a name, an office after a full name ends it, a double given name
before a surname in the genitive, a short kunya in a headline joining the man whose
longer kunya extends it, and dates counted from a day of last month or a month of a year
in the nominative."""

from __future__ import annotations

from ffdb.extract.dates import find_dates
from support import events_by_name, person_records


def test_demonym_and_ethnonym_before_a_name_are_dropped() -> None:
    text = "Kaynaklara göre Oşlu Kırgız Bakıtbek Usenov da tutuklandı."
    assert events_by_name(text, published="2022-01-10") == {"Bakıtbek Usenov": {"arrested": None}}


def test_a_compass_point_and_a_place_name_no_one() -> None:
    text = "Uygur Memet Tohti, Doğu Türkistan doğumlu, gözaltına alındı."
    persons = person_records(text)
    assert set(persons) == {"Memet Tohti"}


def test_the_real_name_after_a_description_is_the_person() -> None:
    text = "Damadım Hollandalı, asıl adı Jeroen Bakker, Utrecht doğumlu."
    persons = person_records(text)
    assert set(persons) == {"Jeroen Bakker"}
    assert persons["Jeroen Bakker"]["hometown"] == "Utrecht"


def test_an_office_after_a_full_name_is_no_part_of_it() -> None:
    text = "Avukatımız Hülya Kılınç Dışişleri'ne başvurdu."
    assert set(person_records(text)) == {"Hülya Kılınç"}


def test_two_given_names_then_a_surname_in_the_genitive() -> None:
    text = "Haberde sanık Mehmet Emin Kaya'nın tahliye edildiği yazılmıştır."
    assert "Mehmet Emin Kaya" in person_records(text)
    azerbaijani = "Qasımova Lalə Rəşid qızı saxlanılıb."
    assert "Lalə Rəşid qızı Qasımova" in person_records(azerbaijani)


def test_a_headline_kunya_joins_the_man_whose_kunya_extends_it() -> None:
    text = (
        'Qaxlı "Əbu Əli" kim idi?\n\n'
        'Rəşad Əliyev Suriyada öldürülüb. "Əbu Əli əl-Qaxi" ləqəbi ilə tanınan '
        "Əliyevin ölümünü ailəsi təsdiqləyib."
    )
    persons = person_records(text)
    assert set(persons) == {"Rəşad Əliyev"}
    assert set(persons["Rəşad Əliyev"]["aliases"]) == {"Əbu Əli əl-Qaxi", "Əbu Əli"}
    two = (
        "Who was Abu Ali?\n\nTom Ray, known as Abu Ali al-Britani, died in 2015. "
        "Omar Hassan, known as Abu Ali al-Masri, was arrested."
    )
    assert "Abu Ali" in person_records(two)  # two men it may be: it stays apart


def test_a_day_of_last_month_and_the_month_of_a_year() -> None:
    found = [(d.text, d.value) for d in find_dates("Ötən ayın 14-də öldürülüb.", "2018-09-10")]
    assert found == [("Ötən ayın 14-də", "2018-08-14")]
    found = [(d.text, d.value) for d in find_dates("Geçen ayın 3'ünde yakalandı.", "2021-01-20")]
    assert found == [("Geçen ayın 3'ünde", "2020-12-03")]
    found = [(d.text, d.value) for d in find_dates("2008-ci ilin avqustu – saxlanılıb.")]
    assert found == [("2008-ci ilin avqustu", "2008-08")]


def test_a_code_name_before_births_set_off_by_commas() -> None:
    text = (
        'Örgüt içinde "Ebu Ömer" kod adını kullanan, 1991 doğumlu, Malatya doğumlu '
        "Hasan Yurt'un 2015'te Suriye'ye gittiği tespit edildi."
    )
    record = person_records(text, published="2020-10-20")["Hasan Yurt"]
    assert record["aliases"] == ["Ebu Ömer"]
    assert record["hometown"] == "Malatya"


def test_a_two_word_azerbaijani_weekday_without_gunu() -> None:
    found = [
        (d.text, d.value) for d in find_dates("Bazar ertəsi ekstradisiya edilib.", "2022-02-17")
    ]
    assert found == [("Bazar ertəsi", "2022-02-14")]
    assert find_dates("Cümə saxlanılıb.", "2022-02-17") == []  # "Cümə" may be a name
