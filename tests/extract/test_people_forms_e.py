"""Names in the forms court reports, police lists and profiles write them: a man's
genitive before a verb that is not his, places in their cases after "уроженец", nisbas
with the article, honorifics and courtesies, demonyms with a point of the compass,
European surname particles, two surnames side by side, and aliases given by apposition,
by "called himself", "знали как", "kimi tanıyırdı" or beside a birth year."""

from __future__ import annotations

from typing import Any

import pytest

from ffdb.extract import extract_document


def _records(text: str, language: str) -> list[dict[str, Any]]:
    found = extract_document(text, language=language, published="2023-05-02").records()
    return [r for r in found if r["type"] == "person"]


def _names(text: str, language: str) -> list[str]:
    return [r["name"] for r in _records(text, language)]


def _aliases(text: str, language: str) -> dict[str, list[str]]:
    return {r["name"]: r["aliases"] for r in _records(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the feminine verb agrees with the court, not with the judge in the genitive
        (
            "Суд под председательством судьи Игоря Белова отклонила жалобу. "
            "Подсудимый Руслан Гаджиев вину не признал.",
            "ru",
            ["Игорь Белов", "Руслан Гаджиев"],
        ),
        # a town in the genitive after "уроженец" is where he is from
        (
            "Тимур Хасанов, уроженец Минеральных Вод, в 2014 году уехал в Сирию. "
            "Эльдар Галиев, уроженец Великих Лук, погиб в 2016 году.",
            "ru",
            ["Тимур Хасанов", "Эльдар Галиев"],
        ),
        # a nisba with the article stays in the kunya though "Аль" is a hamlet somewhere
        (
            "Отрядом командовал некий Абу Салих аль-Чечени. Последний был убит в 2017 году.",
            "ru",
            ["Абу Салих аль-Чечени"],
        ),
        # a courtesy after a given name is no surname
        (
            "Ahmet Çelik 2015'te öldü. Annesi Fadime Hanım konuştu. Babası Hüseyin Bey ise "
            "sessiz kaldı.",
            "tr",
            ["Ahmet Çelik", "Fadime", "Hüseyin"],
        ),
        # "Doğu Türkistanlı": where he is from, however the demonym opens
        (
            "Doğu Türkistanlı Memet Ablimit (38) gözaltına alındı. Özbekistanlı Davron "
            "Karimov serbest bırakıldı.",
            "tr",
            ["Memet Ablimit", "Davron Karimov"],
        ),
        # Dutch and Belgian surname particles
        (
            "Hollanda savcısı Jeroen Van Dijk ve sözcü Pieter De Graaf açıklama yaptı.",
            "tr",
            ["Jeroen Van Dijk", "Pieter De Graaf"],
        ),
        # two surnames side by side: the second is another man's
        (
            "Prokuror Kamran Əlizadə Məmmədov üçün 10 il istəmişdi. Məhkəmə Orxan "
            "Məmmədova 8 il həbs cəzası verib.",
            "az",
            ["Kamran Əlizadə", "Orxan Məmmədov"],
        ),
        # a given name after a whole name opens something else (an outlet here)
        (
            "Vəkil Səbinə Əhmədova Turan informasiya agentliyinə bildirib ki, iş bitib.",
            "az",
            ["Səbinə Əhmədova"],
        ),
        # an office after the name of a body, before its holder
        ("Bursa Barosu Başkanı Kemal Tunç de açıklama yaptı.", "tr", ["Kemal Tunç"]),
        ("Gəncə Şəhər Məhkəməsinin Hakimi Elvin Səfərov qərar verib.", "az", ["Elvin Səfərov"]),
        # a surname after a particle keeps its ending (no Turkish case without apostrophe)
        (
            "Nisan 2014 — Brüksel'den arkadaşı Mehdi El Salmani ile birlikte Suriye'ye gitti.",
            "tr",
            ["Mehdi El Salmani"],
        ),
        # a quoted phrase with a common word in it is no alias
        (
            'Örgüt içinde "Arapça bilenler" olarak anılan birimde Sinan Aydemir de vardı.',
            "tr",
            ["Sinan Aydemir"],
        ),
        # a name in quotes after an airport's name is the airport's
        (
            'The flight landed at Skopje International Airport "Boris Trajkovski" at night.',
            "en",
            [],
        ),
        # a relative named in the accusative
        (
            "Мать Рустама, Зарема Алиева, рассказывает, что её сына Тимура вернули из Ирака.",
            "ru",
            ["Рустам", "Зарема Алиева", "Тимур"],
        ),
        (
            "Emre Doğan 2019'da öldü. Annesi Nebahat Hanım, haberi telefonla aldı.",
            "tr",
            ["Emre Doğan", "Nebahat"],
        ),
        (
            "Ilyas Musayev öldü. Annesi Marleen, televizyona verdiği röportajda konuştu.",
            "tr",
            ["Ilyas Musayev", "Marleen"],
        ),
    ],
)
def test_names_in_their_written_forms(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Oğlunu bir kahvede tanıştığı Ömer isimli biri kandırdı.", "tr", ["Ömer"]),
        ("He was recruited by a man named Tariq in Luton.", "en", ["Tariq"]),
        ("Onu Rəşad adlı bir gənc aparıb.", "az", ["Rəşad"]),
        ("Его завербовал парень по имени Ислам.", "ru", ["Ислам"]),
        ("Heydər Əliyev adına məktəbdə dərs deyib.", "az", []),
        # a name and then a thing named after another man
        (
            "Noyabrda İraqdan deportasiya edilən Vüqar Səfərli Heydər Əliyev Beynəlxalq "
            "Aeroportunda saxlanılıb.",
            "az",
            ["Vüqar Səfərli"],
        ),
        # places after a whole name
        (
            "Bərdə sakini Rauf Səmədovun Suriyanın Hələb vilayətində olduğu bildirilir.",
            "az",
            ["Rauf Səmədov"],
        ),
        ("Он родом из Гимров, как и его брат Тимур Алиев.", "ru", ["Тимур Алиев"]),
        ("A man was detained, the Prosecutor General's Office said.", "en", []),
        ("Arben Qerimi, from Kaçanik, Kosovo. Joined IS in 2014.", "en", ["Arben Qerimi"]),
    ],
)
def test_names_presented_as_names_and_things_that_are_not(
    text: str, language: str, expected: list[str]
) -> None:
    assert _names(text, language) == expected


def test_an_honorific_before_the_name_is_kept_as_an_alias() -> None:
    text = "Kəndin ağsaqqalı Hacı Vaqif deyir ki, Famil Həsənov sakit uşaq olub."
    assert _aliases(text, "az")["Vaqif"] == ["Hacı Vaqif"]


@pytest.mark.parametrize(
    ("text", "language", "owner", "alias"),
    [
        (
            'Ruslan Gairbekov, a Kumyk from Kizilyurt nicknamed "Ruslan Kumyk" by his '
            "friends, left in 2013.",
            "en",
            "Ruslan Gairbekov",
            "Ruslan Kumyk",
        ),
        (
            "Zaur Bagandov, a Lezgin from Derbent who called himself Abu Hafs Lezgi, "
            "followed in 2014.",
            "en",
            "Zaur Bagandov",
            "Abu Hafs Lezgi",
        ),
        (
            'Colin Dempsey, who used the online name "Abu Maryam", was arrested in June.',
            "en",
            "Colin Dempsey",
            "Abu Maryam",
        ),
        (
            "Ильдар Валиев уехал в Сирию в 2014 году. В отряде Валиева знали как Абу Яхья "
            "ат-Татари.",
            "ru",
            "Ильдар Валиев",
            "Абу Яхья ат-Татари",
        ),
        (
            "Задержан Кодзоков Ислам Русланович, 1994 г. р., известный под именем «Абу Зейд».",
            "ru",
            "Ислам Русланович Кодзоков",
            "Абу Зейд",
        ),
        (
            'Qaxlı Elvin Rüstəmov 1990-cı ildə anadan olub. Yoldaşları onu "Əbu Zərr" '
            "kimi tanıyırdı.",
            "az",
            "Elvin Rüstəmov",
            "Əbu Zərr",
        ),
        (
            "Digər təqsirləndirilən — Quba sakini Həsənli Ramal Ələddin oğlu (1993-cü il "
            'təvəllüdlü) isə "Əbu Bəkr əl-Azəri" ləqəbi ilə İŞİD-in sıralarında vuruşub.',
            "az",
            "Ramal Ələddin oğlu Həsənli",
            "Əbu Bəkr əl-Azəri",
        ),
        (
            "Weber'in, yani \"Abu Umar al-Almani\"nin hikâyesi Türkiye'de bitti. Jonas Weber "
            "2019'da tutuklandı.",
            "tr",
            "Jonas Weber",
            "Abu Umar al-Almani",
        ),
        (
            "Вчера шахадат получил наш брат Абу Хамза аш-Шишани — Хасан Умаров из Шали, 1990 г. р.",
            "ru",
            "Хасан Умаров",
            "Абу Хамза аш-Шишани",
        ),
    ],
)
def test_aliases_given_beside_their_owner(text: str, language: str, owner: str, alias: str) -> None:
    aliases = _aliases(text, language)
    assert alias in aliases[owner]
    assert alias not in aliases  # no record of its own


def test_a_kunya_in_the_genitive_is_the_same_man() -> None:
    text = (
        "Вчера шахадат получил брат Абу Убайда аш-Шишани.\n\n"
        "УТОЧНЕНИЕ. Информация о шахаде брата Абу Убайды аш-Шишани не подтвердилась."
    )
    assert _names(text, "ru") == ["Абу Убайда аш-Шишани"]


def test_a_bare_surname_shared_by_a_couple_goes_by_the_pronoun_after_it() -> None:
    text = (
        "1. Arben Morina, 41, from Podujevo;\n2. Valdete Morina, 35, his wife.\n\n"
        "Morina travelled in the spring of 2014; his wife followed him a year later."
    )
    records = {r["name"]: r for r in _records(text, "en")}
    assert [e["status"] for e in records["Arben Morina"]["events"]] == ["travelled"]
    assert records["Valdete Morina"]["events"] == []


@pytest.mark.parametrize(
    ("text", "owner", "alias"),
    [
        # a timeline entry without a subject: the cue is the verb, the profile's man owns it
        (
            "Pieter Claes 1990'da Gent'te doğdu.\n2010 — Müslüman oldu; \"Yusuf\" adını "
            "aldı.\n2013 — Suriye'ye gitti.",
            "Pieter Claes",
            "Yusuf",
        ),
        (
            "Kırgızistan'a iade edilen Azamat Toktogulov'un, yani örgüt içindeki adıyla Ebu "
            "Hafs el-Kırgızi'nin hayatı bir örnek.",
            "Azamat Toktogulov",
            "Ebu Hafs el-Kırgızi",
        ),
    ],
)
def test_turkish_aliases_taken_or_named_by_yani(text: str, owner: str, alias: str) -> None:
    assert _aliases(text, "tr") == {owner: [alias]}


def test_common_russian_words_are_no_places_before_a_name() -> None:
    text = "Брат Ислам Хасанов погиб в 2016 году. Аллах свидетель, он был храбрым."
    records = _records(text, "ru")
    assert [r["name"] for r in records] == ["Ислам Хасанов"]


@pytest.mark.parametrize(
    ("text", "language", "owner", "alias"),
    [
        (
            "Giorgi Khamzoshvili, from Jokolo, left for Syria in 2013. Known to his comrades "
            "as Abu Bakr al-Kisti, he fought with Junud al-Sham.",
            "en",
            "Giorgi Khamzoshvili",
            "Abu Bakr al-Kisti",
        ),
        (
            "Oğlum Serkan Yıldız 2015'te gitti.\n- Bir ay sonra aradı. \"Anne, ben "
            'Şam\'dayım" dedi. Orada kendine "Ebu Zerr et-Türki" adını almış, sonra '
            "öğrendim.",
            "tr",
            "Serkan Yıldız",
            "Ebu Zerr et-Türki",
        ),
    ],
)
def test_an_alias_whose_owner_was_named_sentences_before(
    text: str, language: str, owner: str, alias: str
) -> None:
    assert _aliases(text, language) == {owner: [alias]}


def test_a_given_name_a_small_town_shares_is_still_a_name() -> None:
    text = "Он уехал вместе с Адамом Евлоевым. Адам жил на соседней улице, тоже назрановский."
    records = _records(text, "ru")
    assert [r["name"] for r in records] == ["Адам Евлоев"]
    assert len(records[0]["mentions"]) == 2


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The article misspelled the name of the analyst we quoted. She is Nigar "
            "Abbasova, not Nigar Abbasli.",
            "en",
            ["Nigar Abbasova"],
        ),
        ("Doğru isim Sercan Yavuz, Serkan Yavuz değil.", "tr", ["Sercan Yavuz"]),
        ("Речь идёт о Рамиле Гасанове, а не о Рамиле Гусейнове.", "ru", ["Рамиль Гасанов"]),
        # a name said not to be someone else's is still named when the text names it again
        ("Он не Рамиль Гусейнов. Рамиль Гусейнов задержан.", "ru", ["Рамиль Гусейнов"]),
    ],
)
def test_a_name_the_text_corrects_is_nobody(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


def test_a_russian_surname_in_a_mans_case_makes_the_given_name_a_mans() -> None:
    text = "Суд рассказал о Рамиле Гасанове и о его брате. С Рамилем Гасановым работал Олег."
    assert _names(text, "ru")[0] == "Рамиль Гасанов"


def test_an_unnamed_mans_alias_goes_to_the_man_identified_next() -> None:
    text = (
        'Imran Qadir had spent months in chats with a man calling himself "Abu Yahya '
        'al-Britani". Officers believe that man is Sajid Mahmood Khan, 31, from Ilford.'
    )
    assert _aliases(text, "en") == {
        "Imran Qadir": [],
        "Sajid Mahmood Khan": ["Abu Yahya al-Britani"],
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            'Şüphelinin 2021\'de öldürülen örgüt yöneticisi "Molla Kerim" ile görüştüğü '
            "belirlendi.",
            "tr",
            ["Kerim"],  # with the honorific as its alias
        ),
        (
            'He took orders from the group\'s emir "Abu Layth" and from "Nusra Front".',
            "en",
            ["Abu Layth"],
        ),
        ('He met the commander "Hurras al-Din" once.', "en", []),
    ],
)
def test_a_nom_de_guerre_in_quotes_after_an_office(
    text: str, language: str, expected: list[str]
) -> None:
    assert _names(text, language) == expected
    if language == "tr":
        assert _aliases(text, language) == {"Kerim": ["Molla Kerim"]}


def test_a_kunya_and_the_brothers_name_set_side_by_side_in_a_martyr_post() -> None:
    text = (
        "We announce the martyrdom of two brothers.\n\n"
        "1. Abu Yusuf al-Holandi — the brother Pieter Jansen, from Utrecht. He made hijrah "
        "in 2013.\n\n2. Abu Hamza al-Britani — the brother Adil Mahmood, from Leeds."
    )
    assert _aliases(text, "en") == {
        "Pieter Jansen": ["Abu Yusuf al-Holandi"],
        "Adil Mahmood": ["Abu Hamza al-Britani"],
    }


def test_a_name_cut_to_an_initial_in_brackets_owns_the_kunya_before_it() -> None:
    text = "Also wounded was the brother Abu Hamza al-Holandi (Sander V.), now recovering."
    assert _aliases(text, "en") == {"Sander V": ["Abu Hamza al-Holandi"]}
