"""A mother's kunya ("Umm Yusuf", "Ümmü Ali", "Умм Хамза") the text gives the woman it
has just spoken of is hers; after a kin word it is a wife's name of her own."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["aliases"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "woman", "kunya"),
    [
        (
            "Sabrina Keller, 31, left Bochum in 2014. There she married Rustam Beksultanov, "
            "who went by Abu Yusuf. In the women's house in Raqqa she became Umm Yusuf.",
            "en",
            "Sabrina Keller",
            "Umm Yusuf",
        ),
        (
            "Также вернулась Айшат Гасанова, 29 лет. Там она вышла замуж за Ислама "
            "Умарова. Женщина, взявшая имя Умм Хамза, была задержана в 2019 году.",
            "ru",
            "Айшат Гасанова",
            "Умм Хамза",
        ),
        (
            "Büşra Kılıç 2014'te Rakka'ya gitti. Mayıs 2018'de Büşra yeniden evlendi ve "
            '"Ümmü Muaz" adını korudu.',
            "tr",
            "Büşra Kılıç",
            "Ümmü Muaz",
        ),
    ],
)
def test_mothers_kunya_joins_the_woman(text: str, language: str, woman: str, kunya: str) -> None:
    found = _persons(text, language)
    assert kunya not in found
    assert kunya in found[woman]


def test_wifes_kunya_after_a_kin_word_stays_apart() -> None:
    text = (
        "Brother Abu Muslim (Dennis Kroll) was killed near Mosul. "
        "Abu Muslim leaves behind his wife Umm Khadija and two children."
    )
    assert "Umm Khadija" in _persons(text, "en")
