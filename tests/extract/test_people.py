"""People: names in Latin and Cyrillic, kunyas, aliases, titles, case forms, joining,
and the capitalised words that are not people."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str | None = None) -> dict[str, dict]:  # type: ignore[type-arg]
    records = extract_document(text, language=language).records()
    return {r["name"]: r for r in records if r["type"] == "person"}


def test_kunyas_with_nisbas_and_titles_kept_apart() -> None:
    text = (
        "New release from Shaykh Abū Muḥammad al-Ḥijāzī. Later, the new Caliph Abu Yusuf "
        "al-Hashimi al-Qurashi spoke, as did Usamah Bin Jabran before him."
    )
    found = _persons(text, "en")
    assert set(found) == {
        "Abū Muḥammad al-Ḥijāzī",
        "Abu Yusuf al-Hashimi al-Qurashi",
        "Usamah Bin Jabran",
    }
    assert found["Abū Muḥammad al-Ḥijāzī"]["titles"] == ["Shaykh"]


def test_mentions_of_one_person_are_joined() -> None:
    text = (
        "Azer Qaraxanov aka Ebu Omer was a member of the group. Qaraxanov later left. "
        "Abu ‘Umar al-Kubaysi led it until Abu ‘Umar was killed; al-Kubaysi was 50."
    )
    found = _persons(text, "en")
    assert set(found) == {"Azer Qaraxanov", "Abu ‘Umar al-Kubaysi"}
    assert found["Azer Qaraxanov"]["aliases"] == ["Ebu Omer"]
    assert len(found["Abu ‘Umar al-Kubaysi"]["mentions"]) == 3


def test_organisations_places_and_months_are_not_people() -> None:
    text = (
        "The Ministry of National Security and the State Oil Company met in Baku in August. "
        "The attack on the Abu Bakr Mosque in Abu Dhabi was condemned by the Islamic State "
        "Committee. Azerbaijani fighters went to Syria."
    )
    assert _persons(text, "en") == {}


def test_russian_case_forms_give_the_nominative() -> None:
    text = "Суд приговорил Заура Ильясова к 8 годам. Ильясов обжаловал приговор."
    found = _persons(text, "ru")
    assert list(found) == ["Заур Ильясов"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a short name's case forms ("Исой", "Ису"): Иса, by the list of names itself
        ("Он уехал в Сирию вместе с двоюродным братом Исой Костоевым.", "Иса Костоев"),
        ("Полиция задержала Ису Мальсагова в Назрани.", "Иса Мальсагов"),
        # a woman's name in -а in the accusative, not a name in -р of its own
        ("Полиция задержала Гульнару Сабитову в Казани.", "Гульнара Сабитова"),
        # a genitive in -ы, not another name the loose key meets
        ("В Назрани задержан муж Хеды Газиевой.", "Хеда Газиева"),
    ],
)
def test_short_and_feminine_given_names_in_their_cases(text: str, name: str) -> None:
    assert name in _persons(text, "ru")


def test_a_womans_surname_keeps_its_ending() -> None:
    found = _persons("Полиция задержала Лейлу Алиеву в Баку.", "ru")
    assert list(found) == ["Лейла Алиева"]


def test_azerbaijani_and_turkish_suffixes_are_removed() -> None:
    az = _persons("Məhkəmə Elvin Qurbanovu həbs edib. Qurbanovun vəkili danışıb.", "az")
    assert list(az) == ["Elvin Qurbanov"]
    tr = _persons("Halis Demir'in avukatı konuştu. Demir'in ailesi bekliyor.", "tr")
    assert list(tr) == ["Halis Demir"]


def test_aliases_before_their_owner() -> None:
    found = _persons("“Əbu Yəhya” ləqəbli Nicat Aşurov Suriyaya gedib.", "az")
    assert found["Nicat Aşurov"]["aliases"] == ["Əbu Yəhya"]
    found = _persons("Ebu Huzeyfe lakaplı Kadir Akbulut tutuklandı.", "tr")
    assert found["Kadir Akbulut"]["aliases"] == ["Ebu Huzeyfe"]


def test_an_alias_without_owner_names_a_person() -> None:
    found = _persons("He crossed the border with an Arab known as “Dr. Muhammed”.", "en")
    assert list(found) == ["Muhammed"]
    assert found["Muhammed"]["titles"] == ["Dr."]


def test_russian_genitive_of_a_woman_and_the_plural_of_brothers() -> None:
    found = _persons("По словам эксперта Натальи Ковалёвой, братья Гаджиевы уехали.", "ru")
    assert list(found) == ["Наталья Ковалёва"]
    found = _persons("Тимур Алиханов уехал в Сирию. В 2018 году Алиханова задержали.", "ru")
    assert list(found) == ["Тимур Алиханов"]
    assert len(found["Тимур Алиханов"]["mentions"]) == 2


def test_a_man_named_first_by_a_form_that_looks_feminine_is_one_person() -> None:
    text = "Задержан Эльнур Ильясов. Суд приговорил Эльнура Ильясова к 8 годам."
    assert list(_persons(text, "ru")) == ["Эльнур Ильясов"]


def test_surname_first_with_patronymic_gives_given_name_and_surname() -> None:
    text = (
        "МВД объявило в розыск Исмаилова Рамиля Асиф оглы, уроженца Шабрана. "
        "Также разыскиваются Керимов Фарид Гусейнович и Керимова Гюнай. Исмаилов в Сирии."
    )
    assert sorted(_persons(text, "ru")) == [
        "Гюнай Керимова",
        "Рамиль Исмаилов",
        "Фарид Гусейнович Керимов",
    ]
    az = _persons(
        "1988-ci il təvəllüdlü Qasımov Elvin Rafiq oğlu saxlanılıb. E. Qasımov etiraf edib."
    )
    assert list(az) == ["Elvin Rafiq oğlu Qasımov"]
    assert len(az["Elvin Rafiq oğlu Qasımov"]["mentions"]) == 2


def test_a_role_word_vouches_for_a_name_it_precedes() -> None:
    text = (
        "Judge Martin Hale adjourned the case. Prosecutor Alison Grant objected. "
        "Защиту осуществляет адвокат Олег Свиридов."
    )
    assert sorted(_persons(text)) == ["Alison Grant", "Martin Hale", "Олег Свиридов"]
    tr = _persons("Gaziantep Cumhuriyet Başsavcısı Hüseyin Aksoy açıklama yaptı.", "tr")
    assert list(tr) == ["Hüseyin Aksoy"]


def test_words_glued_to_a_name_are_not_part_of_it() -> None:
    az = _persons("Məhkəmədə Bağırovun vəkili danışıb. Cəlal Bağırova 9 il verilib.", "az")
    assert list(az) == ["Cəlal Bağırov"]
    tr = _persons(
        "Aslen Konyalı olan Ömer Çelikkaya 2014'te gitti. "
        "Mehmet Yılmaz'ın Adıyaman doğumlu olduğu belirlendi.",
        "tr",
    )
    assert sorted(tr) == ["Mehmet Yılmaz", "Ömer Çelikkaya"]


def test_azerbaijani_schwa_and_suffixes_and_a_woman_named_arzu() -> None:
    text = (
        "Ekspert Arzu Nağıyeva bildirib. Vüqar Əsədullayev axtarışa verilib, "
        "Əsədullayevə qarşı iş açılıb. Əhməd Əsgərzadənin yeri bilinmir."
    )
    assert sorted(_persons(text, "az")) == ["Arzu Nağıyeva", "Vüqar Əsədullayev", "Əhməd Əsgərzadə"]


def test_feasts_headings_and_hashtags_are_not_people() -> None:
    text = (
        "Qurban Bayramı ərəfəsində əməliyyat keçirilib.\n"
        "Foreign Fighter Networks In Idlib: The Case Of Elnur Bagirov\n"
        "⚡️ВАЖНО⚡️ В ходе КТО в Кизляре нейтрализован Руслан Гаджиев. #Дагестан #КТО"
    )
    assert sorted(_persons(text)) == ["Elnur Bagirov", "Руслан Гаджиев"]


@pytest.mark.parametrize(
    "text",
    [
        # a feast after "yani" (that is), a Hijri month named like a man between a day and
        # a year, or before "ayının"
        "Militan 10 Zilhicce 1435, yani Kurban Bayramı'nın ilk günü öldürüldü.",
        "The fighter was killed on 5 Muharram 1437 near Kuweires.",
        "İlan Ramazan 1439'da yayımlandı.",
        "Döyüşçü 1437-ci il Səfər ayının 5-də öldürülüb.",
        # an observatory's name
        "Radikalizm Gözlemevi bir rapor yayımladı.",
    ],
)
def test_feasts_and_hijri_months_named_like_men_are_not_people(text: str) -> None:
    assert _persons(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a diaspora surname's Arabic article without its hyphen, whatever hamlet the
        # surname names
        ("Samira el Amrani, 36, from Rotterdam, was sentenced.", "Samira el Amrani"),
        ("Jan van Breda was arrested in Utrecht.", "Jan van Breda"),
    ],
)
def test_a_surname_particle_inside_a_name(text: str, name: str) -> None:
    assert list(_persons(text, "en")) == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a court named by its own words right after a name ("Ali Məhkəmə": the Supreme
        # Court, though Ali is a given name; "Yargıtay")
        ("Vəkil Elnur Səfərov Ali Məhkəməyə şikayət edəcək.", "az", "Elnur Səfərov"),
        ("Avukat Mehmet Yılmaz Yargıtay kararını eleştirdi.", "tr", "Mehmet Yılmaz"),
    ],
)
def test_a_name_before_a_court_named_by_its_own_words(text: str, language: str, name: str) -> None:
    assert list(_persons(text, language)) == [name]


def test_a_given_name_before_a_towns_court_is_the_man_named_before() -> None:
    text = (
        "Talıbovun qardaşı Vüqar Talıbov deportasiya edilib. Vüqar Bakı Ağır Cinayətlər "
        "Məhkəməsi tərəfindən 2021-ci ilin aprelində 8 il azadlıqdan məhrum edilib."
    )
    found = _persons(text, "az")
    assert list(found) == ["Vüqar Talıbov"]
    assert {e["status"] for e in found["Vüqar Talıbov"]["events"]} >= {"sentenced"}


def test_a_surname_before_a_past_copula_is_the_name_not_a_place() -> None:
    text = (
        'İlk emir, "Ebu Abdullah el-Türki" kod adlı Mehmet Ali Tosun\'du. Adıyamanlı Tosun '
        "2013'te Suriye'ye geçmişti."
    )
    found = _persons(text, "tr")
    assert list(found) == ["Mehmet Ali Tosun"]
    assert found["Mehmet Ali Tosun"]["hometown"] == "Adıyaman"


def test_a_hijri_month_closing_a_run_is_not_part_of_the_name() -> None:
    text = "Kanallarda Elvin Cəfərovun Şəvval 1443-cü ildə öldüyü bildirilmişdi."
    assert list(_persons(text, "az")) == ["Elvin Cəfərov"]
    # a given name like a month before a birth year is the name's
    text = "Məhkəmə Əliyev Ramazan 1990-cı il təvəllüdlü şəxsi həbs edib."
    assert list(_persons(text, "az")) == ["Ramazan Əliyev"]


def test_a_quoted_kunya_after_a_channels_word_is_a_fighter() -> None:
    text = 'Azərbaycandilli başqa bir kanal "Əbu Həfs" adlı döyüşçünün yaralandığını yazıb.'
    assert list(_persons(text, "az")) == ["Əbu Həfs"]


def test_kunyas_with_cyrillic_and_azerbaijani_nisbas() -> None:
    found = _persons(
        "Обучение шло под руководством Абу Джихада аш-Шишани. Qardaşımız Əbu Həmzə əl-Azəri "
        "şəhid oldu.",
    )
    assert sorted(found) == sorted(["Абу Джихад аш-Шишани", "Əbu Həmzə əl-Azəri"])


def test_quoted_names_of_things_and_families_are_not_people() -> None:
    text = (
        "Ceyhun Əlizadə “Əbu Bəkr” məscidinin imamı idi və “Cənnət Bağları” adlı qrupa "
        "rəhbərlik edib. Səmədov qardaşları qayıdıb. Police broke up the “Abu Jafar” group."
    )
    assert list(_persons(text, "az")) == ["Ceyhun Əlizadə"]


def test_a_nickname_inside_a_name_is_its_alias() -> None:
    text = "Abdullah “Abu Hamza” Aliyev was killed in 2015. Abu Hamza had left Baku in 2013."
    found = _persons(text, "en")
    assert list(found) == ["Abdullah Aliyev"]
    assert found["Abdullah Aliyev"]["aliases"] == ["Abu Hamza"]
    assert len(found["Abdullah Aliyev"]["mentions"]) == 2


def test_a_title_after_a_sentence_opening_word_is_kept_apart() -> None:
    found = _persons("İlahiyyatçı Hacı Şahin Qurbanlı bildirir ki, gənclər yoldan çıxır.", "az")
    assert list(found) == ["Şahin Qurbanlı"]
    assert found["Şahin Qurbanlı"]["titles"] == ["Hacı"]


def test_russian_official_style_names_in_their_cases() -> None:
    found = _persons(
        "Суд арестовал Магомедова Ахмеда Руслановича. Ахмед Магомедов вину не признал. "
        "Задержан житель Каспийска Гасанов Р.А., 1990 г.р. Р. Гасанов выехал в Сирию.",
        "ru",
    )
    assert sorted(found) == ["Ахмед Русланович Магомедов", "Гасанов"]
    assert len(found["Гасанов"]["mentions"]) == 2


def test_an_ambiguous_russian_a_name_is_a_mans_unless_a_feminine_verb_follows() -> None:
    found = _persons(
        "Суд приговорил Ильхама Самедова к 8 годам. Самира Гусейнова заявила, что невиновна. "
        "Обвинение поддерживала прокурор Елена Сидоренко.",
        "ru",
    )
    assert sorted(found) == ["Елена Сидоренко", "Ильхам Самедов", "Самира Гусейнова"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أبو محمد الحمداني في الغارة", ["أبو محمد الحمداني"]),
        ("نعت القناة أم عبد الله الشامية", ["أم عبد الله الشامية"]),
        # "أم" is also "or": a question is no woman's kunya
        ("لا نعرف أم ان الحكومة ستتحرك", []),
        ("سأل عن أم بمصير البشير", []),
    ],
)
def test_arabic_kunyas_and_the_word_umm_that_is_or(text: str, expected: list[str]) -> None:
    records = extract_document(text, language="ar").records()
    assert [r["name"] for r in records if r["type"] == "person"] == expected
