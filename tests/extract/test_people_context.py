"""Names no list knows (Albanian, British, Georgian, German) are found when the sentence
treats them as people's names; bodies and places in the same positions are not."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _names(text: str, language: str = "en") -> list[str]:
    records = extract_document(text, language=language, published="2019-03-14").records()
    return [r["name"] for r in records if r["type"] == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arben Krasniqi, 29, from Gjilan, was arrested on 12 March 2019.", ["Arben Krasniqi"]),
        ("Police arrested Arben Krasniqi on 12 March 2019.", ["Arben Krasniqi"]),
        ("Ardit Hoxha and Blerim Gashi were killed in 2015.", ["Ardit Hoxha", "Blerim Gashi"]),
        ("Prosecutor Liridona Berisha said he had travelled to Syria.", ["Liridona Berisha"]),
        ("The 24-year-old Arlind Kelmendi was later released.", ["Arlind Kelmendi"]),
        ("Jonas Weber said the network recruited in Kosovo.", ["Jonas Weber"]),
        ("The network recruited in Kosovo, according to Jonas Morina.", ["Jonas Morina"]),
        ("Beka Bardoshvili (31) was detained in Tbilisi.", ["Beka Bardoshvili"]),
    ],
)
def test_unknown_names_vouched_for_by_age_status_or_speech(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch said the men were tortured.",
        "The United Nations said the camps were full.",
        "Kosovo Police said five men were held.",
        "Deir ez-Zor was captured in 2017.",
        "Free Syrian Army fighters were killed near Azaz.",
        "The Home Office said he was deported.",
    ],
)
def test_bodies_and_places_in_those_positions_are_no_people(text: str) -> None:
    assert _names(text) == []


def test_a_case_ending_after_a_hyphen_marks_the_outlet_not_the_lawyer() -> None:
    text = "Günel Quliyeva həbs edilib. Bunu onun vəkili Qafqaz Gündəm-ə təsdiqləyib."
    assert _names(text, "az") == ["Günel Quliyeva"]


def test_codes_of_law_and_centres_with_case_endings_are_no_people() -> None:
    az = (
        "Elvin Qasımov həbs edilib. Məhkəmə Qasımovu Cinayət Məcəlləsinin 279-cu maddəsi ilə "
        "məhkum edib."
    )
    tr = "Şüpheliler Gaziantep Geri Gönderme Merkezi'ne gönderildi."
    assert _names(az, "az") == ["Elvin Qasımov"]
    assert _names(tr, "tr") == []


def test_a_vouched_name_opening_a_sentence_keeps_its_first_word() -> None:
    text = "Aqib Rashid, 27, from Luton, admitted preparing acts of terrorism."
    assert _names(text) == ["Aqib Rashid"]


def test_a_bare_surname_after_a_relative_named_once_is_still_the_protagonist() -> None:
    text = (
        "Aqib Rashid, 27, from Luton, was jailed. Rashid travelled to Syria in 2013. The "
        "judge said Rashid had shown no remorse. His sister, Nadia Rashid, wept in the "
        "gallery. The court was told that Rashid, known in Syria as Abu Hurayra al-Britani, "
        "had been in contact with recruiters."
    )
    records = extract_document(text, language="en").records()
    aliases = {r["name"]: r["aliases"] for r in records if r["type"] == "person"}
    assert aliases == {"Aqib Rashid": ["Abu Hurayra al-Britani"], "Nadia Rashid": []}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Salih al-Kisti was killed. His widow, Madina, and their two children are in a camp.",
            "en",
            ["Salih al-Kisti", "Madina"],
        ),
        (
            "Мать Гасанбекова, Патимат, от комментариев отказалась. Арсен Гасанбеков осужден.",
            "ru",
            ["Арсен Гасанбеков", "Патимат"],
        ),
        ("Его жена Зарема и дети находятся в безопасности.", "ru", ["Зарема"]),
        ("Onun anası Gülnarə bildirib ki, oğlu ölüb.", "az", ["Gülnarə"]),
        # a given name a full name in the text starts with is that person
        ("His brother Ramil was also arrested. Ramil Aliyev, 30, denied it.", "en",
         ["Ramil Aliyev"]),
    ],
)  # fmt: skip
def test_a_relative_named_by_the_given_name_alone_is_a_person(
    text: str, language: str, expected: list[str]
) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 yaşlı Fərid Mirzəyev Türkiyə-Suriya sərhədində saxlanılıb.", ["Fərid Mirzəyev"]),
        ("Kamran Kərimov həbs edilib. Kərimov Suriyaya getməyib.", ["Kamran Kərimov"]),
        ("Bakıda saxlanılan Məmmədli Tofiq Əli oğlu pul toplayıb.", ["Tofiq Əli oğlu Məmmədli"]),
    ],
)
def test_places_beside_azerbaijani_names_and_police_order(text: str, expected: list[str]) -> None:
    assert _names(text, "az") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # common surnames that are also words or towns: Kaya "rock" (and a town)
        ("Operasyonda Ahmet Yılmaz ve Ali Kaya gözaltına alındı.", ["Ahmet Yılmaz", "Ali Kaya"]),
        ("Kaya düştü.", []),
        # a place with its case ending after the name is where he was caught
        ("Şüpheli Mehmet Arslan Kırıkkale'de yakalandı.", ["Mehmet Arslan"]),
        ("Sanık avukatı Selin Akbaş, kararın istinafa taşınacağını söyledi.", ["Selin Akbaş"]),
    ],
)
def test_turkish_surnames_that_are_words_and_places_after_names(
    text: str, expected: list[str]
) -> None:
    assert _names(text, "tr") == expected


def test_a_patronymic_oglu_is_no_pronoun_for_someone_else() -> None:
    text = "Bakıda Məmmədov Elnur Tofiq oğlu saxlanılıb. O, 2014-cü ildə Suriyaya gedib."
    records = extract_document(text, language="az").records()
    events = {
        r["name"]: {e["status"] for e in r["events"]} for r in records if r["type"] == "person"
    }
    assert events == {"Elnur Tofiq oğlu Məmmədov": {"detained", "travelled"}}


def test_a_lower_case_azerbaijani_o_between_commas_stands_for_the_man_named_before() -> None:
    text = (
        "Nicat Əliyev 2014-cü ilin fevralında evdən çıxıb. Ailənin bildiyinə görə, o, İslam "
        "Dövlətinə qoşulub və 2015-ci ildə Suriyada öldürülüb."
    )
    records = extract_document(text, language="az").records()
    (person,) = [r for r in records if r["type"] == "person"]
    assert [(e["status"], e["date"]) for e in person["events"]] == [("killed", "2015")]
    assert person["groups"] == ["İslam Dövləti"]


@pytest.mark.parametrize(("initial", "sentenced"), [("A", "Anar Qasımov"), ("E", "Elvin Qasımov")])
def test_an_initial_before_a_shared_surname_picks_the_brother(initial: str, sentenced: str) -> None:
    text = (
        f"Anar Qasımov və Elvin Qasımov saxlanılıb. Məhkəmə {initial}.Qasımovu 2016-cı ildə "
        "10 il həbs cəzasına məhkum edib."
    )
    records = extract_document(text, language="az").records()
    found = [r["name"] for r in records for e in r.get("events", []) if e["status"] == "sentenced"]
    assert found == [sentenced]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word as surname, marked a proper name by its apostrophe case ending
        ("Yakalanan eylemci Hakan Öz'ün 2017'de Rakka'ya gittiği ortaya çıktı.", ["Hakan Öz"]),
        # a bridge named after a sultan is no person
        ("Fatih Sultan Mehmet Köprüsü trafiğe kapatıldı.", []),
    ],
)
def test_turkish_proper_names_and_things_named_after_people(text: str, expected: list[str]) -> None:
    assert _names(text, "tr") == expected
