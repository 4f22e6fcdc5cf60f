"""Suspects a release names by initials only ("Tacikistan uyruklu A.R. (29)") are persons
of their own, with their events; abbreviations and initials of a full name are not."""

from __future__ import annotations

import pytest

from ffdb.extract.geo import is_place
from ffdb.extract.people import find_names
from support import events_by_name, person_records

_LISTED = (
    "İstanbul'da 13 Ocak 2020'de düzenlenen operasyonda Tacikistan uyruklu A.R. (29), "
    "Özbekistan uyruklu M.T. (33) ve S.K. (22) gözaltına alındı."
)


def test_turkish_initials_with_nationality_and_age_are_persons() -> None:
    events = events_by_name(_LISTED, published="2020-01-14")
    assert {"A.R.", "M.T.", "S.K."} <= set(events)
    assert events["S.K."].get("detained") == "2020-01-13"


def test_every_initials_person_of_a_list_shares_its_status() -> None:
    events = events_by_name(_LISTED, published="2020-01-14")
    assert all(events[n].get("detained") == "2020-01-13" for n in ("A.R.", "M.T.", "S.K."))


def test_initials_listed_before_a_surname_share_the_status_verb() -> None:
    text = (
        "Polis 8 Nisan 2023'te Nurlan Abenov'u gözaltına aldı. "
        "Adliyeye sevk edilen şüphelilerden M.K. ile Abenov tutuklandı."
    )
    events = events_by_name(text, published="2023-04-11")
    assert "arrested" in events["M.K."]
    assert "arrested" in events["Nurlan Abenov"]


def test_initials_listed_with_surnames_share_the_status_verb() -> None:
    text = (
        "Polis 8 Nisan 2023'te Nurlan Abenov ile Kerem Yıldız'ı gözaltına aldı. "
        "Adliyeye sevk edilen şüphelilerden Abenov, Yıldız ve M.K. tutuklandı."
    )
    events = events_by_name(text, published="2023-04-11")
    assert "M.K." in events
    assert "arrested" in events["M.K."]
    assert "arrested" in events["Nurlan Abenov"]


def test_initials_named_by_isimli_are_persons() -> None:
    text = "Operasyonda ayrıca S.K. ve A.T. isimli iki Türk vatandaşı gözaltına alındı."
    events = events_by_name(text, published="2016-01-13")
    assert "detained" in events["S.K."]
    assert "detained" in events["A.T."]


def test_same_initials_twice_are_one_person_and_never_a_full_name() -> None:
    text = (
        "Adıyaman doğumlu M.K. (31) ile Mehmet Kaya gözaltına alındı. "
        "M.K. ertesi gün tutuklandı, Mehmet Kaya serbest bırakıldı."
    )
    persons = person_records(text, published="2019-06-12")
    assert {"M.K.", "Mehmet Kaya"} <= set(persons)
    assert "M.K." not in persons["Mehmet Kaya"]["aliases"]
    assert len([n for n in persons if n == "M.K."]) == 1
    statuses = {e["status"] for e in persons["M.K."]["events"]}
    assert "arrested" in statuses


def test_kosovo_bulleted_initials_with_birth_year() -> None:
    text = (
        "On 20 April 2019, Kosovo Police detained the following persons:\n\n"
        "- Besnik Hajrullahu (1987), from Kaçanik;\n"
        "- F.B. (1979), from Mitrovica;\n"
        "- A.K. (1984), from Prizren.\n"
    )
    persons = person_records(text, published="2019-04-21")
    assert {"F.B.", "A.K."} <= set(persons)


def test_azerbaijani_numbered_initials_entry() -> None:
    text = (
        "İraqdan qaytarılanlar:\n\n"
        "1. Aynur Məmmədova (1992-ci il təvəllüdlü), Sumqayıt.\n\n"
        "2. Z.M. (2003-cü il təvəllüdlü), yetkinlik yaşına çatmayan qız.\n"
    )
    assert "Z.M." in person_records(text, published="2018-11-30")


def test_russian_initials_after_a_citizen_word() -> None:
    text = "Задержан гражданин Узбекистана М.Т., 1990 г.р., а также его знакомый."
    assert "М.Т." in person_records(text, language="ru", published="2021-03-02")


def test_abbreviations_and_initials_of_full_names_are_no_persons() -> None:
    text = (
        "U.S. officials said the A.B.D. embassy and T.C. Gaziantep Valiliği confirmed it. "
        "Председательствующий по делу — судья Е.В. Кравченко. "
        "Həsənov O.E. 2019-cu ildə Türkiyədə saxlanılıb. "
        "Anadolu Yatırım Holding A.Ş. açıklama yaptı."
    )
    persons = person_records(text, published="2020-01-01")
    for name in ("U.S.", "A.B.D.", "T.C.", "Е.В.", "O.E.", "A.Ş."):
        assert name not in persons


def test_initials_without_any_evidence_are_no_persons() -> None:
    text = "The report cites a study by the W.H. group and the P.R. office in the capital."
    persons = person_records(text, published="2020-01-01")
    assert "W.H." not in persons
    assert "P.R." not in persons


@pytest.mark.parametrize(
    ("text", "language", "initials"),
    [
        # a year right after, a resident's word before
        (
            "Balakən rayonunun Qabaqçöl kənd sakini R.M. 2013-cü ildə Suriyaya gedib.",
            "az",
            "R.M.",
        ),
        (
            "Вчера задержали в Назрани 29-летнего местного жителя А.Т., подозреваемого.",
            "ru",
            "А.Т.",
        ),
        # the age after a comma in words
        ("Также в Сунже задержан житель города Р.Б., 34 года, подозреваемый.", "ru", "Р.Б."),
        ("Police detained a local resident K.V. in Antwerp.", "en", "K.V."),
        # two words before, an age before, an age after, a naming before
        ("Задержаны 25-летний уроженец Казани Р.Н. и другие.", "ru", "Р.Н."),
        ("Задержаны Р.Н. и 29-летний И.Г., сообщили в ФСБ.", "ru", "И.Г."),
        ("İsmayıllı sakinləri R.A. və N.Ş. də saxlanılıb.", "az", "N.Ş."),
        ("Taken into custody: Y.B., a 24-year-old man from Antwerp.", "en", "Y.B."),
        ("Two other men, whom it named only as A.K. and T.M., were detained.", "en", "A.K."),
    ],
)
def test_initials_after_a_residents_word_or_before_an_age_are_a_person(
    text: str, language: str, initials: str
) -> None:
    found = [(n.text, n.kind) for n in find_names(text, {0}, [], is_place, language)]
    assert (initials, "initials") in found


def test_initials_before_a_number_are_still_no_one_without_a_word_for_who() -> None:
    found = find_names("The M.S. 632 manuscript was read.", {0}, [], is_place, "en")
    assert not [n for n in found if n.kind == "initials"]
