"""Hometowns and groups said away from the name (fictional sentences): a lede's
descriptor named later, birthplaces with a year, list entries of returnees, "житель
города" after the city, place names whose own ending looks like a case ending; groups
after an acronym in brackets, in turn ("first with X, then with Y"), for a person and
a relative, and Turkish "X'e geçen"."""

from __future__ import annotations

from typing import Any

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("language", "text", "name", "hometown"),
    [
        # a lede's descriptor, the person named in the next sentence
        (
            "en",
            "A Bradford woman was sentenced on Friday. Nadia Hussain, 27, had travelled to Raqqa.",
            "Nadia Hussain",
            "Bradford",
        ),
        (
            "en",
            "A 34-year-old man from Ganja was held at the border on Monday. Prosecutors "
            "said Farid Mammadov had spent two years in Syria.",
            "Farid Mammadov",
            "Ganja",
        ),
        (
            "ru",
            "Уроженца Кизляра осудили в Махачкале\n\nСуд приговорил Руслана Ахмедова к "
            "двенадцати годам колонии.",
            "Руслан Ахмедов",
            "Кизляр",
        ),
        (
            "tr",
            "Sivas'tan Irak'a giden kadın tutuklandı. Zeynep Yalçın'ın 2015'te gittiği öğrenildi.",
            "Zeynep Yalçın",
            "Sivas",
        ),
        # a birthplace with a year
        (
            "en",
            "Levan Gelashvili, born in 1993 in Akhmeta, left in 2014.",
            "Levan Gelashvili",
            "Akhmeta",
        ),
        # a year of birth in brackets between the name and "from"
        (
            "en",
            "A third suspect, Valon Krasniqi (1979), from Ferizaj, was released.",
            "Valon Krasniqi",
            "Ferizaj",
        ),
        # list entries of returnees
        (
            "az",
            "7. Günel Həsənova (1993-cü il təvəllüdlü, Şəki). 2016-cı ildə İraqa gedib.",
            "Günel Həsənova",
            "Şəki",
        ),
        (
            "az",
            "8. Nərmin Quliyeva (1989-cu il təvəllüdlü), Qubadan. 2015-ci ildə Suriyaya gedib.",
            "Nərmin Quliyeva",
            "Quba",
        ),
        (
            "az",
            "9. Sevda Əliyeva (1991-ci il təvəllüdlü), şəkili. 2015-ci ildə İraqa gedib.",
            "Sevda Əliyeva",
            "Şəki",
        ),
        (
            "az",
            "10. Samir Nağıyev (1988-ci il təvəllüdlü, Qusar rayonu, Həzrə kəndi). Qayıdıb.",
            "Samir Nağıyev",
            "Həzrə, Qusar",
        ),
        ("az", "Orxan Vəliyev Şəkidən idi, 24 yaşı var idi.", "Orxan Vəliyev", "Şəki"),
        # living somewhere, Turkish "oturan"
        (
            "tr",
            "Meram ilçesinde oturan amca Ali Kaya, yeğeninin gittiğini söyledi.",
            "Ali Kaya",
            "Meram",
        ),
        # the city named before "житель города"
        (
            "ru",
            "В Дербенте задержан 30-летний житель города Магомед Алиев.",
            "Магомед Алиев",
            "Дербент",
        ),
        ("ru", "В Казани задержан житель города Тимур Исмаилов.", "Тимур Исмаилов", "Казань"),
        # a place's own ending is no case ending
        ("ru", "Магомед Алиев был родом из села Гимры.", "Магомед Алиев", "Гимры"),
        ("az", "Orxan Vəliyev Qax rayonunun İlisu kəndindən idi.", "Orxan Vəliyev", "İlisu, Qax"),
    ],
)
def test_hometowns_said_away_from_the_name(
    language: str, text: str, name: str, hometown: str
) -> None:
    assert _persons(text, language)[name]["hometown"] == hometown


@pytest.mark.parametrize(
    ("language", "text", "name", "hometown"),
    [
        # a lede that names its subject is not about the next person named
        (
            "en",
            "A Bradford man, Imran Hussain, was jailed on Friday. Judge Anne Cole said "
            "the case was grave.",
            "Anne Cole",
            None,
        ),
        # a lede far down the text is no lede
        (
            "en",
            "Police in Baku held four people on Monday. " * 12
            + "A Luton man was also named. Karim Shah denied it.",
            "Karim Shah",
            None,
        ),
        # the person of the lede has a hometown of their own
        (
            "en",
            "A Luton man was jailed. Karim Shah, a native of Leeds, had fought in Syria.",
            "Karim Shah",
            "Leeds",
        ),
        # the city of arrest is not the hometown of a resident of "the region"
        ("ru", "В Дербенте задержан житель республики Магомед Алиев.", "Магомед Алиев", None),
        # a locative taken for a name: "Дербенте" is not written as the place's name
        ("ru", "Магомед Алиев задержан в Дербенте.", "Магомед Алиев", None),
    ],
)
def test_no_hometown_from_elsewhere(
    language: str, text: str, name: str, hometown: str | None
) -> None:
    assert _persons(text, language)[name]["hometown"] == hometown


def test_a_named_lede_keeps_the_hometown_with_its_person() -> None:
    found = _persons(
        "A Bradford man, Imran Hussain, was jailed on Friday. Judge Anne Cole spoke.", "en"
    )
    assert found["Imran Hussain"]["hometown"] == "Bradford"
    assert found["Anne Cole"]["hometown"] is None


@pytest.mark.parametrize(
    ("language", "text", "name", "groups"),
    [
        # an acronym in brackets between the group and its role word
        (
            "az",
            'Qəbələ sakini Rauf Məmmədov iyulda ölüb. Məlumata görə, Məmmədov "İslam '
            'Dövləti" (İŞİD) terror təşkilatının sıralarında vuruşub.',
            "Rauf Məmmədov",
            ["İŞİD"],
        ),
        # groups in turn
        (
            "en",
            "Giorgi Tsiklauri went to Syria in 2014 and fought first with Jabhat "
            "al-Nusra, then with the Islamic State.",
            "Giorgi Tsiklauri",
            ["Jabhat al-Nusra", "Islamic State"],
        ),
        (
            "en",
            "Levan Gelashvili fought initially with Jaysh al-Muhajirin wal-Ansar, later "
            "with Jabhat al-Nusra and its successor, Hayat Tahrir al-Sham.",
            "Levan Gelashvili",
            ["Jaysh al-Muhajirin wal-Ansar", "Jabhat al-Nusra", "Hayat Tahrir al-Sham"],
        ),
        # Turkish: joined a group, then went over to another
        (
            "tr",
            "Malatyalı Kemal Aydın önce Cephetü'n-Nusra saflarına katıldı. 2016'da "
            "Nusra'dan ayrılarak DEAŞ'a geçen Aydın, Rakka'da öldürüldü.",
            "Kemal Aydın",
            ["Cephetü'n-Nusra", "DEAŞ"],
        ),
        # "the organisation's unit in Raqqa"
        (
            "tr",
            "Kayseri'de DEAŞ'a yönelik operasyonda 5 kişi gözaltına alındı. Suriye'ye "
            "geçerek örgütün Rakka'daki yapılanmasında yer aldığı belirlenen Murat "
            "Şahin (31) de gözaltında.",
            "Murat Şahin",
            ["DEAŞ"],
        ),
    ],
)
def test_groups_said_around_the_person(
    language: str, text: str, name: str, groups: list[str]
) -> None:
    assert _persons(text, language)[name]["groups"] == groups


def test_a_group_joined_by_a_person_and_a_relative_named_after_a_birth_year() -> None:
    text = (
        "Anar Mammadov, born in 1990, and his younger brother Tural travelled to "
        "Syria in 2014 and joined the Islamic State group."
    )
    found = _persons(text, "en")
    assert found["Anar Mammadov"]["groups"] == ["Islamic State group"]
    assert found["Tural Mammadov"]["groups"] == ["Islamic State group"]


def test_crossing_into_a_country_is_no_group() -> None:
    text = "Kemal Aydın 2015 yazında Suriye'ye geçti ve Rakka'da yaşadı."
    assert _persons(text, "tr")["Kemal Aydın"]["groups"] == []


@pytest.mark.parametrize(
    ("language", "text", "name", "groups"),
    [
        (
            "az",
            'Kənan Hüseynov "İslam Dövləti" terror qruplaşmasına qoşulmuşdu.',
            "Kənan Hüseynov",
            ["İslam Dövləti"],
        ),
        (
            "tr",
            "Kemal Aydın'ın DEAŞ'ın Rakka'daki yapılanmasında görev aldığı belirlendi.",
            "Kemal Aydın",
            ["DEAŞ"],
        ),
        (
            "tr",
            "Savcı Ahmet Demir, Murat Kaya'nın DEAŞ'a katıldığını söyledi.",
            "Murat Kaya",
            ["DEAŞ"],
        ),
        # participles before the name they describe
        (
            "tr",
            "Ankara'da görülen davada, DEAŞ'ın Musul'daki yapılanmasının sözde "
            'emirlerinden olduğu belirlenen, örgüt içinde "Ebu Zeyd" kod adını kullanan '
            "Kayseri doğumlu Kemal Aydın (41), 12 yıl hapis cezasına çarptırıldı.",
            "Kemal Aydın",
            ["DEAŞ"],
        ),
        # "он" a few sentences after the name, nobody named between
        (
            "ru",
            "Погиб наш брат Магомед Гаджиев. Брат был родом из Буйнакска. Ему было 29 "
            "лет. В Шам он пришёл в 2013 году, воевал в рядах «Джейш аль-Мухаджирин "
            "валь-Ансар».",
            "Магомед Гаджиев",
            ["Джейш аль-Мухаджирин валь-Ансар"],
        ),
    ],
)
def test_more_group_idioms(language: str, text: str, name: str, groups: list[str]) -> None:
    assert _persons(text, language)[name]["groups"] == groups


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Kamran Aliyev was jailed for sending money to Islamic State fighters.",
            "Kamran Aliyev",
        ),
        ("ru", "Руслан Ахмедов финансировал боевиков ИГИЛ.", "Руслан Ахмедов"),
        (
            "en",
            "Police said Kamran Aliyev's brother had joined the Islamic State.",
            "Kamran Aliyev",
        ),
        (
            "en",
            "Prosecutor Anar Hasanli said the men had joined the Islamic State.",
            "Anar Hasanli",
        ),
        (
            "az",
            "Kamran Əliyevin atası Vüqar Əliyev oğlunun İŞİD-ə qoşulduğunu deyib.",
            "Vüqar Əliyev",
        ),
        ("tr", "Murat Kaya'nın babası Ali Kaya, oğlunun DEAŞ'a katıldığını anlattı.", "Ali Kaya"),
        ("tr", "Murat Kaya, DEAŞ'a karşı savaşan gruplarda yer aldı.", "Murat Kaya"),
    ],
)
def test_a_group_merely_mentioned_is_not_the_persons(language: str, text: str, name: str) -> None:
    assert _persons(text, language)[name]["groups"] == []


def test_one_of_the_groups_fighters_is_a_member() -> None:
    text = (
        "Руслан Ахмедов был одним из боевиков ИГИЛ. Задержаны трое членов ИГИЛ: "
        "Эльнур Алиев, Рамиль Кулиев и Тофиг Аббасов."
    )
    found = _persons(text, "ru")
    assert found["Руслан Ахмедов"]["groups"] == ["ИГИЛ"]
    assert found["Тофиг Аббасов"]["groups"] == ["ИГИЛ"]


def test_a_ledes_place_is_not_given_to_who_speaks_of_the_man() -> None:
    text = (
        "A Luton man was jailed on Friday. Prosecutor Helen Ward said Karim Shah had "
        "fought in Syria."
    )
    found = _persons(text, "en")
    assert found["Helen Ward"]["hometown"] is None
    assert found["Karim Shah"]["hometown"] is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "IŞİD'e mensup Hasan Çelik yakalandı."),
        ("tr", "IŞİD adına faaliyet gösteren Hasan Çelik tutuklandı."),
        ("tr", "IŞİD teröristi Hasan Çelik etkisiz hale getirildi."),
        ("tr", "IŞİD bağlantılı şüpheli Hasan Çelik gözaltına alındı."),
        ("az", "İŞİD terrorçusu Hasan Çələbi saxlanılıb."),
    ],
)
def test_turkish_and_azerbaijani_words_for_a_member(language: str, text: str) -> None:
    (person,) = _persons(text, language).values()
    assert person["groups"] in (["IŞİD"], ["İŞİD"])
