"""Hometowns said in ways met on unseen text (session 6): list entries with a birth year
and a dash, Russian towns after a country's adjective or in an adjective's case, plural
cues over a list, ablatives set off by commas, a people's word between a demonym and the
name, "X ilçesi doğumlu", appositions, timelines and families. All people are fictional."""

from __future__ import annotations

from typing import Any

import pytest

from support import person_records


def _homes(text: str, **options: Any) -> dict[str, str | None]:
    options.setdefault("published", "2021-05-01")
    return {name: r["hometown"] for name, r in person_records(text, **options).items()}


def test_azerbaijani_list_entries_whose_place_a_dash_ends() -> None:
    text = (
        "Qaytarılan qadınların siyahısı:\n\n"
        "1. Quliyeva Aynur Rauf qızı, 1990-cı il təvəllüdlü, Şəki rayonu – 2 uşaqla; "
        "2. Hüseynova Lalə Vasif qızı, 1995-ci il təvəllüdlü, Qəbələ şəhəri – 1 uşaqla."
    )
    homes = _homes(text)
    assert homes["Aynur Rauf qızı Quliyeva"] == "Şəki"
    assert homes["Lalə Vasif qızı Hüseynova"] == "Qəbələ"


def test_russian_list_entry_with_birth_year_before_the_cue() -> None:
    text = (
        "Среди возвращённых:\n"
        "• Исмаилова Марьям Руслановна, 1993 г.р., уроженка селения Гергебиль;\n"
        "• Алиева Патимат Магомедовна, 30 лет, жительница г. Кизляр."
    )
    homes = _homes(text)
    assert homes["Марьям Руслановна Исмаилова"] == "Гергебиль"
    assert homes["Патимат Магомедовна Алиева"] == "Кизляр"


def test_town_named_by_an_adjective_comes_back_in_the_nominative() -> None:
    homes = _homes("Брат Абдулла Мусаев из Грозного попал в плен под Алеппо.")
    assert homes["Абдулла Мусаев"] == "Грозный"


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Судьба Азиза Каримова из узбекского Намангана сложилась иначе.",
            "Азиз Каримов",
            "Наманган",
        ),
        (
            "Шухрат Рахимов, 1990 года рождения, этнический таджик из Худжанда, погиб в 2016 году.",
            "Шухрат Рахимов",
            "Худжанд",
        ),
        ("Его завербовал некий Абу Халид, узбек из Оша, который жил в Москве.", "Абу Халид", "Ош"),
        (
            "Погиб наш брат Абу Иса (Ахмед Хасиев) из Нальчика, иншаАллах шахид.",
            "Ахмед Хасиев",
            "Нальчик",
        ),
    ],
)
def test_russian_from_after_a_description_an_adjective_or_a_bracket(
    text: str, name: str, town: str
) -> None:
    assert _homes(text)[name] == town


def test_person_noun_from_a_town_then_the_name() -> None:
    homes = _homes("Так считает журналист из Махачкалы Гасан Гасанов.")
    assert homes["Гасан Гасанов"] == "Махачкала"


def test_journey_from_a_town_then_a_name_is_no_hometown() -> None:
    homes = _homes(
        "Вчера прибыл из Нальчика Ахмед Ахмедов. Иван Петров, вернувшийся из Стамбула, задержан."
    )
    assert homes.get("Ахмед Ахмедов") is None
    assert homes.get("Иван Петров") is None


def test_plural_cue_covers_every_entry_of_the_list() -> None:
    text = (
        "Задержаны жители г. Кизляр Гаджиев Руслан Ахмедович, 1990 года рождения, "
        "и Омаров Шамиль Магомедович, 1992 года рождения."
    )
    homes = _homes(text)
    assert homes["Руслан Ахмедович Гаджиев"] == "Кизляр"
    assert homes["Шамиль Магомедович Омаров"] == "Кизляр"


def test_turkish_demonym_of_a_two_letter_town_and_a_people_word() -> None:
    homes = _homes("Operasyonda Oşlu Özbek Rustam Karimov (25) gözaltına alındı.")
    assert homes["Rustam Karimov"] == "Oş"


def test_turkish_born_in_a_district_named_with_its_province() -> None:
    homes = _homes("Malatya'nın Darende ilçesi doğumlu Murat Kaya'nın örgüte katıldığı belirlendi.")
    assert homes["Murat Kaya"] == "Darende, Malatya"


def test_turkish_born_in_a_town_the_gazetteer_does_not_know() -> None:
    homes = _homes("Kırgızistan'dan gelen Karabulakbay doğumlu Bakyt Toktogulov, dün tutuklandı.")
    assert homes["Bakyt Toktogulov"] == "Karabulakbay"
    german = _homes("Alman doğumlu Hans Becker, dün tutuklandı.")
    assert german.get("Hans Becker") is None


def test_turkish_ablative_of_a_region_before_a_people_word_and_the_name() -> None:
    homes = _homes("Ağın merkezinde Dağıstan'ın Kumukh bölgesinden Lak Rasul Magomedov bulunuyor.")
    assert homes["Rasul Magomedov"].startswith("Kumukh")


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Arkadaşı Arjen Smits, Rotterdam'dan, geçen yıl Hollanda'ya iade edildi.",
            "Arjen Smits",
            "Rotterdam",
        ),
        (
            "▪️ Ebu Hamza — Adem Kovač, Boşnak kardeşimiz, Tuzla'dan, 30 yaşındaydı.",
            "Adem Kovač",
            "Tuzla",
        ),
        (
            "Bu döyüşdə qardaşımız — Jasur Aliyev, Namangandan, Katibat sıralarında idi.",
            "Jasur Aliyev",
            "Namangan",
        ),
    ],
)
def test_ablative_set_off_by_commas_after_the_name(text: str, name: str, town: str) -> None:
    assert _homes(text)[name] == town


def test_name_from_a_town_after_a_word_of_writing() -> None:
    homes = _homes("Yesterday we wrote that Selim Begić from Tuzla was killed in the camp.")
    assert homes["Selim Begić"] == "Tuzla"
    assert not any(_homes("Selim Begić said by telephone from Raqqa that he was fine.").values())


def test_apposition_before_the_cue_names_the_person() -> None:
    text = (
        "Lotte Peeters, 29, from Aalst, received five years.\n\n"
        "Timur Bekov, 30, a Dagestani-born resident of Liège accused of sending money to "
        "Lotte Peeters, was acquitted. Abdelhak Amrani, a Liège preacher who left for Syria "
        "in 2013, was killed."
    )
    homes = _homes(text)
    assert homes["Timur Bekov"] == "Liège"
    assert homes["Abdelhak Amrani"] == "Liège"
    assert homes["Lotte Peeters"] == "Aalst"


def test_friend_from_a_town_then_the_name() -> None:
    homes = _homes("His old friend from Tuzla, Jasmin Kovač, who returned in 2015, wrote to us.")
    assert homes["Jasmin Kovač"] == "Tuzla"


def test_lives_and_works_in() -> None:
    homes = _homes(
        "This was wrong. Rinat Sabirov lives and works in Kazan, and nothing links him to IS."
    )
    assert homes["Rinat Sabirov"] == "Kazan"


def test_timeline_entry_born_in_names_the_profiled_person() -> None:
    text = (
        "PROFILE: Anzor Shogenov (1988-2017)\n\n"
        "Anzor Shogenov was one of the Kabardian militants.\n\n"
        "1988 - Born in Nalchik, Kabardino-Balkaria.\n\n"
        "2010 - Detained in Baksan."
    )
    assert _homes(text)["Anzor Shogenov"] == "Nalchik"


def test_area_reached_from_somewhere_is_no_hometown() -> None:
    text = "In 2020 Ahmed Nur went to Mogadishu and from there to the area of Jilib to train."
    assert _homes(text).get("Ahmed Nur") is None


def test_kin_word_after_olan_gives_the_place_to_the_name_after_it() -> None:
    text = (
        "Rəhimovun Suriyaya gedişini Qusar rayonunun Kurakh kəndindən olan xalası oğlu "
        "Məmmədov Elvin Tahir oğlu təşkil edib."
    )
    homes = _homes(text)
    assert homes["Elvin Tahir oğlu Məmmədov"].startswith("Kurakh")
    assert homes.get("Rəhimov") is None


def test_family_named_by_its_surname_then_its_members_in_later_sentences() -> None:
    text = (
        "Qəbələ rayonunun Vəndam kəndində yaşayan Əsgərovlar ailəsi üç ildir qızlarından "
        "xəbər gözləyir. 2016-cı ildə Nigar Əsgərova əri ilə Suriyaya keçib.\n\n"
        "Atası, 60 yaşlı Tofiq Əsgərov deyir ki, qızı sağdır."
    )
    homes = _homes(text)
    assert homes["Nigar Əsgərova"].startswith("Vəndam")
    assert homes["Tofiq Əsgərov"].startswith("Vəndam")


def test_turkish_making_a_living_in_a_district() -> None:
    text = (
        "Kayseri'nin Develi ilçesinde kasaplık yapan 45 yaşındaki Hasan Demir'in oğlu Emre, "
        "beş yıldır Suriye'de."
    )
    assert _homes(text)["Hasan Demir"] == "Develi, Kayseri"


def test_lede_about_a_town_mother_goes_to_the_first_named() -> None:
    text = (
        "Weekly Review\n\n"
        '"He was my only son": a Tuzla mother on the boy she lost to Syria\n\n'
        "Amra Softić keeps his room as he left it."
    )
    assert _homes(text)["Amra Softić"] == "Tuzla"


def test_people_word_before_village_of_is_no_place() -> None:
    text = "The dead man was named as Rasim Aliyev, 27, a native of the Lezgin village of Kurakh."
    assert _homes(text)["Rasim Aliyev"] == "Kurakh"


def test_russian_living_in_after_the_name() -> None:
    homes = _homes(
        "Отец погибшего, Руслан Тапаев, живущий в Страсбурге, просил передать слова благодарности."
    )
    assert homes["Руслан Тапаев"] == "Страсбург"


def test_turkish_demonym_said_of_a_pronoun() -> None:
    homes = _homes("Murat Sezgin diye bir arkadaşı vardı, o da Develili. Beraber gittiler.")
    assert homes["Murat Sezgin"] == "Develi"


def test_came_to_a_country_from_a_town_is_where_one_left_home() -> None:
    settled = _homes("Malika Batalova, 48, came to Belgium from Shali in 2003 with her husband.")
    assert settled["Malika Batalova"] == "Shali"
    moved = _homes("Ahmed Khaled travelled to Turkey from Aleppo in 2014.")
    assert moved.get("Ahmed Khaled") is None


def test_departures_from_a_district_are_no_hometown_of_the_speaker() -> None:
    text = (
        '"It is a quiet place," said Olga Petrova of the Caucasus Monitor, who has tracked '
        "departures from the Untsukul district."
    )
    assert _homes(text).get("Olga Petrova") is None


def test_a_headline_about_the_people_of_a_region_is_no_lede_for_one() -> None:
    text = (
        "Прокуратура\n\n"
        "Утверждено заключение по делу о вербовке жителей Татарстана в ИГИЛ\n\n"
        "Заместитель прокурора Ильдар Гарипов утвердил обвинительное заключение."
    )
    assert _homes(text).get("Ильдар Гарипов") is None


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("The Kizlyar-born Timur Gadzhiev was detained in May.", "Timur Gadzhiev", "Kizlyar"),
        ("Timur Gadzhiev, the Kizlyar-born militant, was killed.", "Timur Gadzhiev", "Kizlyar"),
        (
            "Originally from Kizlyar, Timur Gadzhiev moved to Moscow in 2010.",
            "Timur Gadzhiev",
            "Kizlyar",
        ),
        ("Timur Gadzhiev, 1991, of Kizlyar was detained.", "Timur Gadzhiev", "Kizlyar"),
        ("Hakan Öztürk aslen Malatyalı.", "Hakan Öztürk", "Malatya"),
        ("Hakan Öztürk (29, Malatya) tutuklandı.", "Hakan Öztürk", "Malatya"),
    ],
)
def test_more_ways_of_naming_a_hometown_beside_the_name(text: str, name: str, town: str) -> None:
    assert _homes(text)[name] == town


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("🔹 Rauf Məmmədov — Xaçmaz, 24 yaşında. İdlibdə şəhid oldu.", "Rauf Məmmədov", "Xaçmaz"),
        ("1) Абу Хамза — Шамиль Омаров, г. Кизляр, 29 лет.", "Шамиль Омаров", "Кизляр"),
        ("- Anzor Bekov (Nalchik, 31) was killed.", "Anzor Bekov", "Nalchik"),
        (
            "Anzor Bekov, 31, Nalchik, Kabardino-Balkaria – killed in Raqqa.",
            "Anzor Bekov",
            "Nalchik",
        ),
    ],
)
def test_list_entry_place_beside_the_name_without_a_cue(text: str, name: str, town: str) -> None:
    assert _homes(text)[name] == town


def test_place_and_country_after_a_name_is_where_one_was() -> None:
    assert _homes("Killed: Anzor Bekov, Raqqa, Syria.").get("Anzor Bekov") is None
    byline = _homes("By Elnur Aliyev, Baku, 21 November 2016. Police detained Ramil Quliyev.")
    assert byline.get("Elnur Aliyev") is None
