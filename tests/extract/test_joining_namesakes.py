"""A surname alone, when two relatives bearing it were named before, goes to the one
its gender form and the words after it agree with, or to the person the text is about
rather than the relative a kin word brought in."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _events(text: str, language: str) -> dict[str, set[str]]:
    records = extract_document(text, language=language).records()
    return {
        r["name"]: {e["status"] for e in r.get("events") or []}
        for r in records
        if r["type"] == "person"
    }


@pytest.mark.parametrize(
    ("text", "language", "person", "status"),
    [
        (
            "Суд приговорил Зарему Бекову к шести годам колонии. В 2015 году Бекова "
            "выехала в Сирию, где вышла замуж за боевика Тимура Бекова. В 2019 году "
            "Бекову задержали курдские силы, а в 2024 году она была возвращена в Россию.",
            "ru",
            "Зарема Бекова",
            "detained",
        ),
        (
            "Суд вынес приговор Руслану Ахмедову, жителю Кизляра. Руслан Ахмедов переводил деньги "
            "своему брату Ильясу Ахмедову. Ильяс Ахмедов выехал в Сирию в 2015 году. "
            "Ахмедов был задержан в августе 2022 года.",
            "ru",
            "Руслан Ахмедов",
            "detained",
        ),
        (
            "Mahkeme dün Fatma Kılınç'a hapis cezası verdi. Kılınç, 2015'te eşi Ahmet Kılınç "
            "ile birlikte Suriye'ye geçti. Ahmet Kılınç 2016'da öldürüldü. Kılınç, 2019'da "
            "SDG tarafından yakalanarak gözaltına alındı.",
            "tr",
            "Fatma Kılınç",
            "detained",
        ),
    ],
)
def test_surname_alone_joins_the_namesake_meant(
    text: str, language: str, person: str, status: str
) -> None:
    events = _events(text, language)
    assert status in events[person]
    assert all(status not in v for k, v in events.items() if k != person)


def test_last_named_keeps_the_surname_without_a_cue() -> None:
    text = (
        "Полиция задержала Марата Исаева. Его брат Тимур Исаев живёт в Казани. "
        "Исаев выехал в Турцию в 2016 году."
    )
    events = _events(text, "ru")
    assert "travelled" in events["Тимур Исаев"]
