"""A son, daughter, brother or sister named by a given name alone after a kin word bears
the surname of the relative named before its sentence; the given name alone may be an
alias."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _persons(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language).records()
    return {r["name"]: r["aliases"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "name", "given"),
    [
        (
            "Гузель Сабирова живёт в Уфе. Она работает в школе. Её сын Ильнар, 23 лет, "
            "осуждён. Ильнар уехал в 2019 году.",
            "ru",
            "Ильнар Сабиров",
            "Ильнар",
        ),
        (
            "Вчера задержан Руслан Алиев. Сестра Алиева, Патимат, заявила, что брат невиновен. "
            "Патимат живёт в Хасавюрте.",
            "ru",
            "Патимат Алиева",
            "Патимат",
        ),
        (
            "Fatma Korkmaz, from Ghent, joined us. KORKMAZ: My son Yusuf left in 2014. "
            "Yusuf was 19.",
            "en",
            "Yusuf Korkmaz",
            "Yusuf",
        ),
    ],
)
def test_kin_given_name_takes_the_family_surname(
    text: str, language: str, name: str, given: str
) -> None:
    found = _persons(text, language)
    assert name in found
    assert given not in found


def test_a_given_name_written_with_its_own_surname_keeps_it() -> None:
    text = "Fatma Korkmaz spoke to us. My son Yusuf left in 2014. Yusuf Demir was his name."
    found = _persons(text, "en")
    assert "Yusuf Korkmaz" not in found
