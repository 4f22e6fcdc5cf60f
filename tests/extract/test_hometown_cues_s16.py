"""A "local resident" takes the town the sentence names before the cue ("в Хасавюрте
задержан X, местный житель", "задержали в Альметьевске троих местных жителей — A, B и C",
"police in Luton arrested a local man, X", "Qusarda yerli sakin X"), and a plural
"residents of X, identified only as A and B" gives X to both; an official quoted in the
same sentence takes nothing."""

from __future__ import annotations

from typing import Any

from ffdb.extract import extract_document


def _hometowns(text: str, published: str = "2025-09-08") -> dict[str, Any]:
    records = extract_document(text, published=published).records()
    return {r["name"]: r["hometown"] for r in records if r["type"] == "person"}


def test_russian_local_resident_after_the_name() -> None:
    text = "Вчера в Хасавюрте задержан 44-летний Руслан Мусаев, местный житель. Он был осуждён."
    assert _hometowns(text)["Руслан Мусаев"] == "Хасавюрт"


def test_russian_local_resident_before_the_name() -> None:
    text = "Вчера в Хасавюрте задержан местный житель Руслан Мусаев."
    assert _hometowns(text)["Руслан Мусаев"] == "Хасавюрт"


def test_russian_local_residents_listed_after_a_dash() -> None:
    text = (
        "Сотрудники полиции задержали в Альметьевске троих местных жителей — Рамиля "
        "Галиева, Азата Шарипова и Ильдара Миннуллина."
    )
    found = _hometowns(text)
    assert found["Азат Шарипов"] == "Альметьевск"
    assert found["Ильдар Миннуллин"] == "Альметьевск"


def test_english_residents_identified_only_by_initials() -> None:
    text = (
        "Officers detained two residents of Kizlyar, identified only as A.M. and Sh.G., "
        "on suspicion of financing militants in Syria."
    )
    assert _hometowns(text)["A.M."] == "Kizlyar"


def test_english_local_man_named_after_the_cue() -> None:
    text = "Police in Luton arrested a local man, Karim Haddou, on Tuesday."
    assert _hometowns(text)["Karim Haddou"] == "Luton"


def test_azerbaijani_local_resident() -> None:
    text = "Dünən Qusarda yerli sakin Elvin Quliyev saxlanılıb."
    assert _hometowns(text)["Elvin Quliyev"] == "Qusar"


def test_an_official_quoted_beside_takes_no_town() -> None:
    text = (
        "В Хасавюрте задержан местный житель Руслан Мусаев, сообщил начальник полиции "
        "Магомед Алиев."
    )
    found = _hometowns(text)
    assert found["Руслан Мусаев"] == "Хасавюрт"
    assert found["Магомед Алиев"] is None
