"""Group ties of session 7: the subject of a reported clause, sets of persons (a martyr
notice's "all three brothers", a list's "Qadınların hər biri", "братья"), the same unit
as someone, a cell sworn to a group, Turkish code names and offices inside a group,
Russian recruiters and commanders of a unit, and claims a court found unproven. All
texts are invented for these tests."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language, published="2022-05-02").records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


def test_the_reported_subject_not_the_speaker() -> None:
    text = (
        "Presiding judge Anna Lindgren said Pieter Claessens, who took the name Abu "
        "Harun, travelled to Syria in 2014 and fought for the Islamic State in Raqqa."
    )
    groups = _groups(text, "en")
    assert groups["Anna Lindgren"] == []
    assert "Islamic State" in groups["Pieter Claessens"]


def test_a_relative_clause_of_someone_else_is_not_the_speakers_subject() -> None:
    text = "Police said Omar Haddad gave money to his cousin, who fought for ISIS."
    assert _groups(text, "en")["Omar Haddad"] == []


def test_a_counted_set_of_martyrs_named_each_with_brother() -> None:
    text = (
        "Posted: 3 March 2022\n\n"
        "Our brother Abu Talha (Rinat Safin) of Kazan was martyred yesterday. Also "
        "martyred was Abu Umar (Denis Volkov) from Ufa. Brother Karim Osmani from Herat "
        "was wounded.\n\n"
        "All three brothers fought among the soldiers of the Islamic State - Khurasan "
        "Province until the last day."
    )
    groups = _groups(text, "en")
    for name in ("Rinat Safin", "Denis Volkov", "Karim Osmani"):
        assert groups[name], name


@pytest.mark.parametrize(
    ("text", "language", "name", "group"),
    [
        ("In 2014 Petar Kovac defects to the Islamic State.", "en", "Petar Kovac", "Islamic"),
        (
            "Ilir Rama from Peja is expected to be tried in Skopje for IS membership.",
            "en",
            "Ilir Rama",
            "IS",
        ),
        (
            "Kamal Idris from Mosul, also of Ansar al-Islam, was wounded in the leg.",
            "en",
            "Kamal Idris",
            "Ansar al-Islam",
        ),
        ("Ахмед Ирбаев был вербовщиком ИГ.", "ru", "Ахмед Ирбаев", "ИГ"),
        (
            "Позже Тимур Бекоев состоял в так называемом «Дагестанском секторе Имарата Кавказ».",
            "ru",
            "Тимур Бекоев",
            "Имарат",
        ),
        (
            "Ahmet Kara, DEAŞ askeri olarak Rakka'da bulundu.",
            "tr",
            "Ahmet Kara",
            "DEAŞ",
        ),
        (
            "Kaşgarlı Erkin Tohti, Türkistan İslam Partisi'nin sahadaki yüzlerinden biri oldu.",
            "tr",
            "Erkin Tohti",
            "Türkistan",
        ),
    ],
)
def test_a_stated_tie(text: str, language: str, name: str, group: str) -> None:
    groups = _groups(text, language)[name]
    assert any(group in g for g in groups), groups


def test_the_same_group_and_the_same_unit() -> None:
    text = (
        "Zaur Bekov, a former boxer from Duisi, joined Jaysh al-Muhajirin wal-Ansar in "
        "2013. Rasim Aliyev, an ethnic Azerbaijani from Marneuli, served in the same unit "
        "as Bekov and came back in 2017. It was his friend, Ruslan Tatarov, who had gone "
        "to Syria with him and fought in the same group, who later told the story."
    )
    groups = _groups(text, "en")
    for name in ("Zaur Bekov", "Rasim Aliyev", "Ruslan Tatarov"):
        assert groups[name] == ["Jaysh al-Muhajirin wal-Ansar"], name


def test_each_of_a_listed_set_azerbaijani() -> None:
    text = (
        "Bakı, 3 mart 2022 — İraqdan 3 qadın qaytarılıb.\n\n"
        "Qaytarılan qadınlar bunlardır:\n\n"
        "- Məmmədova Lalə Arif qızı, 1991-ci il təvəllüdlü, Quba şəhəri;\n"
        "- Həsənova Sevinc Rauf qızı, 1993-cü il təvəllüdlü, Şəki şəhəri;\n"
        "- Əliyeva Türkan Samir qızı, 1989-cu il təvəllüdlü, Bakı şəhəri.\n\n"
        "Qadınların hər biri İraq məhkəmələri tərəfindən İŞİD-ə üzvlükdə təqsirli "
        "bilinərək azadlıqdan məhrum edilib."
    )
    groups = _groups(text, "az")
    for name in (
        "Lalə Arif qızı Məmmədova",
        "Sevinc Rauf qızı Həsənova",
        "Türkan Samir qızı Əliyeva",
    ):
        assert groups[name] == ["İŞİD"], name


def test_a_plural_verb_after_names_each_with_an_apposition() -> None:
    text = (
        "Müəyyən edilib ki, Quba rayon sakini, 1991-ci il təvəllüdlü Əliyev Samir Rauf "
        "oğlu, Şəki şəhər sakini, 1988-ci il təvəllüdlü Qasımov Elvin Murad oğlu 2014-cü "
        'ildə Suriyaya keçərək "İŞİD" terror təşkilatının sıralarına qoşulublar.'
    )
    groups = _groups(text, "az")
    assert groups["Samir Rauf oğlu Əliyev"] == ["İŞİD"]
    assert groups["Elvin Murad oğlu Qasımov"] == ["İŞİD"]


def test_a_russian_telegram_notice_our_jamaat_and_with_the_jamaat() -> None:
    text = (
        "Голос Кавказа\n3 мая 2021\n\n"
        "Сегодня на позициях «Аджнад аль-Кавказ» погиб наш брат Ильяс Мурадов.\n\n"
        "В том же бою ранен брат Зелимхан Тагаев, также боец нашего джамаата.\n\n"
        "Слухи о гибели брата Гиви Бардошвили — ложь. Гиви жив, он вместе с джамаатом "
        "«Аджнад аль-Кавказ» под Латакией."
    )
    groups = _groups(text, "ru")
    assert groups["Зелимхан Тагаев"] == ["Аджнад аль-Кавказ"]
    assert any(g == ["Аджнад аль-Кавказ"] for n, g in groups.items() if "Бардошвили" in n)


def test_a_cell_sworn_to_a_group_and_a_unit_commander_named_after_the_group() -> None:
    text = (
        "МАХАЧКАЛА, 5 сентября 2021.\n\n"
        "Убиты Магомед Исаев и Ильяс Омаров. Оба входили в законспирированную ячейку, "
        "присягнувшую ИГИЛ.\n\n"
        "По версии следствия, в 2015 году Аслан Дудаев выехал в Сирию, где вступил в "
        "вооружённое формирование «Аджнад аль-Кавказ». До 2018 года он проходил службу в "
        "подразделении, которым руководил уроженец с. Шатой Хасан Мусаев."
    )
    groups = _groups(text, "ru")
    assert groups["Магомед Исаев"] == ["ИГИЛ"]
    assert groups["Ильяс Омаров"] == ["ИГИЛ"]
    assert groups["Хасан Мусаев"] == ["Аджнад аль-Кавказ"]


def test_turkish_offices_and_code_names_inside_the_group() -> None:
    text = (
        "Ankara, 3 Mart 2022 - Operasyon.\n\n"
        "Adana doğumlu Cemil Oral'ın DEAŞ'ın Suriye'deki \"emniyet\" biriminde sorumlu "
        "olduğu belirtildi. Örgütün Türkiye'deki finans sorumlusu olduğu değerlendirilen "
        'Özbekistan uyruklu Bahrom Aliev (37) de yakalandı. Örgütte "Ümmü Zeyd" kod '
        "adıyla bilinen Esra Kaplan'ın örgütün bir taburunda savaştığı belirtildi."
    )
    groups = _groups(text, "tr")
    for name in ("Cemil Oral", "Bahrom Aliev", "Esra Kaplan"):
        assert groups[name] == ["DEAŞ"], name


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Mahkeme, Cemal Öztürk'ün beraatine karar verdi. Öztürk'ün Türkistan İslam "
            "Partisi ile bağlantılı olduğu iddia edilmiş, ancak bu iddia mahkemede "
            "ispatlanamamıştı.",
            "tr",
            "Cemal Öztürk",
        ),
        (
            "Суд вынес приговор членам ИГ. Уроженец Кизляра Тимур Акаев, обвинявшийся в "
            "участии в деятельности той же организации, оправдан.",
            "ru",
            "Тимур Акаев",
        ),
        (
            'Sosyal medyada "Ebu Ali" kod adıyla tanınan Ali Demir de yakalandı.',
            "tr",
            "Ali Demir",
        ),
    ],
)
def test_no_tie_when_unproven_or_not_in_a_group(text: str, language: str, name: str) -> None:
    assert _groups(text, language)[name] == []


def test_a_headline_membership_is_not_the_bylines() -> None:
    text = (
        "Leeds man jailed over Islamic State membership\n\nBy Clara Whitby\n\n"
        "LEEDS, 14 March 2019 - A former driver was jailed yesterday."
    )
    assert _groups(text, "en").get("Clara Whitby", []) == []


def test_the_detainees_named_after_a_cells_sentence() -> None:
    text = (
        "Сотрудники ФСБ пресекли деятельность законспирированной ячейки международной "
        "террористической организации «Исламское государство» в Нальчике.\n\n"
        "10 марта задержаны жители г. Баксан Карданов Алим Русланович, 1997 года рождения, "
        "и Шогенов Тимур Асланович, 1998 года рождения."
    )
    groups = _groups(text, "ru")
    assert groups["Алим Русланович Карданов"] == ["Исламское государство"]
    assert groups["Тимур Асланович Шогенов"] == ["Исламское государство"]


def test_money_sent_to_a_groups_members() -> None:
    text = (
        "Махачкала, 3 мая 2021.\n\n"
        "Житель Дербента Рамиль Юсупов в 2016–2018 годах перечислял денежные средства "
        "членам ИГИЛ, находившимся в Сирии.\n\n"
        "Магомед Алиев финансировал боевиков ИГИЛ."
    )
    groups = _groups(text, "ru")
    assert groups["Рамиль Юсупов"] == ["ИГИЛ"]
    assert groups["Магомед Алиев"] == []  # financing is named, no money sent to members
    text = (
        "Zaqatala rayon sakini Məmmədova Ülviyyə Akif qızının Suriyadakı İŞİD üzvlərinə "
        "bank kartları vasitəsilə pul köçürdüyü müəyyən edilib."
    )
    assert _groups(text, "az")["Ülviyyə Akif qızı Məmmədova"] == ["İŞİD"]
