"""A group that only qualifies another ("the al-Qaeda-linked HTS") is not the person's,
nor is the group of someone else the sentence names by a common noun or a relative."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language, published="2021-06-01").records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "name", "group"),
    [
        (
            "Kerem Aydın, El Kaide bağlantılı Heyet Tahrir eş-Şam (HTŞ) saflarında savaştı.",
            "tr",
            "Kerem Aydın",
            "Heyet Tahrir eş-Şam",
        ),
        (
            "Yasin Malik fought with the al-Qaeda-linked Hayat Tahrir al-Sham in Idlib.",
            "en",
            "Yasin Malik",
            "Hayat Tahrir al-Sham",
        ),
        (
            "Хасан Бекмурзаев воевал в рядах связанной с «Аль-Каидой» группировки «Хайят "
            "Тахрир аш-Шам».",
            "ru",
            "Хасан Бекмурзаев",
            "Хайят Тахрир аш-Шам",
        ),
        (
            "Nicat Rəhimov Əl-Qaidə ilə əlaqəli HTŞ-nin sıralarında döyüşüb.",
            "az",
            "Nicat Rəhimov",
            "HTŞ",
        ),
    ],
)
def test_a_qualifying_group_gives_way_to_the_group_it_qualifies(
    text: str, language: str, name: str, group: str
) -> None:
    assert _groups(text, language) == {name: [group]}


@pytest.mark.parametrize(
    "text",
    [
        "Imran Qureshi sent money to a man fighting for the Islamic State.",
        "Imran Qureshi, whose brother joined the Islamic State, was questioned in Leeds.",
    ],
)
def test_someone_elses_group_is_not_the_persons(text: str) -> None:
    assert _groups(text, "en") == {"Imran Qureshi": []}


def test_an_apposition_with_an_article_still_describes_the_person() -> None:
    text = "Imran Qureshi, a man from Leeds, joined the Islamic State in 2014."
    assert _groups(text, "en") == {"Imran Qureshi": ["Islamic State"]}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Soruşturma DEAŞ'a yönelikti. Şüphelilerden Oğuz Tekin'in 2016 yılında örgüte "
            "katıldığı, Cem Koç'un ise bu kişiyle telefonda görüştüğü belirlendi.",
            "tr",
            {"Oğuz Tekin": ["DEAŞ"], "Cem Koç": []},
        ),
        (
            "İş İŞİD-lə bağlıdır. Ramil Səfərovun 2015-ci ildə təşkilata qoşulduğu, Elvin "
            "Orucovun isə ona pul göndərdiyi müəyyən edilib.",
            "az",
            {"Ramil Səfərov": ["İŞİD"], "Elvin Orucov": []},
        ),
    ],
)
def test_a_nominalised_clause_belongs_to_its_genitive_subject(
    text: str, language: str, expected: dict[str, list[str]]
) -> None:
    assert _groups(text, language) == expected


def test_a_martyr_posts_brother_is_the_martyr_named_before() -> None:
    text = (
        "Вчера шахадат получил наш брат Абу Салих аш-Шишани — Ибрагим Дудаев из Шали, "
        "1992 г. р. Брат совершил хиджру в Шам в 2014 году и все эти годы воевал в рядах "
        "ИГИЛ. Брат погибшего сообщил о похоронах."
    )
    assert _groups(text, "ru") == {"Ибрагим Дудаев": ["ИГИЛ"]}
    records = extract_document(text, language="ru", published="2016-08-12").records()
    (person,) = [r for r in records if r["type"] == "person"]
    assert "travelled" in [e["status"] for e in person["events"]]


def test_a_relative_opening_a_sentence_is_still_a_relative() -> None:
    text = "Ибрагим Дудаев рассказал журналистам о семье. Его брат воевал в рядах ИГИЛ."
    assert _groups(text, "ru") == {"Ибрагим Дудаев": []}
