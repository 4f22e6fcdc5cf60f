"""Joining reads names from the document: a surname in the plural shared by a brother
and a sister; a Russian name that is both a woman's nominative and a man's genitive read
as hers where a woman's kin word or the document shows it; a given name counted in the
plural is no surname; a kunya given in a sentence of naming joins the man spoken of."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["aliases"] for r in records if r["type"] == "person"}


def test_brother_and_sister_share_a_plural_surname() -> None:
    found = _persons("Среди вернувшихся — брат и сестра Абдулла и Хадижат Закаевы.", "ru")
    assert {"Абдулла Закаев", "Хадижат Закаева"} <= set(found)
    assert "Абдулла" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Жена Валиева, Эльвира Валиева, остаётся в лагере.",
        "На процессе выступила мать Ильдара, Эльвира Валиева. Она плакала.",
        "Дом Ильдара Валиева стоит у реки. Его мать Эльвира плачет.\n\n"
        "Эльвира Валиева просит об одном.",
    ],
)
def test_ambiguous_name_is_the_womans_where_the_text_shows_it(text: str) -> None:
    found = _persons(text, "ru")
    assert "Эльвира Валиева" in found
    assert "Эльвир Валиев" not in found


def test_ambiguous_name_as_object_stays_the_mans() -> None:
    assert "Малик Хасанов" in _persons("Полиция задержала Малика Хасанова в Грозном.", "ru")


def test_given_name_counted_in_the_plural_is_no_surname() -> None:
    found = _persons("Ислам Гаджиев вернулся. Люди путают двух Исламов.", "ru")
    assert "Исламов" not in found


@pytest.mark.parametrize(
    ("text", "language", "name", "alias"),
    [
        (
            "Ramin Qasımov 2014-cü ildə Suriyaya gedib. Orada ona “Əbu Ubeydə əl-Gəncəvi” "
            "ləqəbi verilib.",
            "az",
            "Ramin Qasımov",
            "Əbu Ubeydə əl-Gəncəvi",
        ),
        (
            "Эльдар Абдулаев вернулся в Дербент. В отряде он пользовался кличкой «Абу Умар».",
            "ru",
            "Эльдар Абдулаев",
            "Абу Умар",
        ),
        (
            "Emre Demirci 2014'te gitti. Orada ona Ebu Zeyd et-Türki diyorlarmış.",
            "tr",
            "Emre Demirci",
            "Ebu Zeyd et-Türki",
        ),
        (
            "Elnur Hasanov is held in Hasakah. His kunya, Abu Muhammad al-Azeri, was "
            "correctly given.",
            "en",
            "Elnur Hasanov",
            "Abu Muhammad al-Azeri",
        ),
    ],
)
def test_kunya_given_in_a_sentence_of_naming_joins_the_man(
    text: str, language: str, name: str, alias: str
) -> None:
    found = _persons(text, language)
    assert alias in found.get(name, [])
    assert alias not in found


def test_kunya_of_a_commander_introduced_stays_apart() -> None:
    text = (
        "Magomed Aliyev served in a unit led by a Dagestani commander known as Abu Khalid "
        "al-Dagestani."
    )
    assert "Abu Khalid al-Dagestani" in _persons(text, "en")
