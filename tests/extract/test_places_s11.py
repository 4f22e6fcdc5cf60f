"""Places, session 11: a short quoted title opened by a place-like word is an outlet's
name, not a place; a town named after its settlement noun is the one a counted
departure left (fictional people and outlets)."""

from __future__ import annotations

import pytest

from ffdb.extract.geo import find_places
from support import person_records


def _places(text: str) -> list[str]:
    return [p.text for p in find_places(text, 0, len(text), [])]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Корреспондент «Горского вестника» побывал в селе Гергебиль.", "Гергебиль"),
        ("«Кавказский узел» сообщил, что он уехал в Сирию.", "Сирию"),
    ],
)
def test_a_quoted_outlet_name_is_no_place(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_a_quoted_place_alone_or_in_a_quoted_sentence_stays_a_place() -> None:
    assert "Москву" in _places("Он уехал в «Москву» и не вернулся.")
    assert "Raqqa" in _places('He said "Raqqa was lost to us" and left.')


def test_a_counted_departure_from_a_village_named_after_its_noun() -> None:
    text = (
        "«Горский вестник», 18 апреля 2017 года\n\n"
        "Корреспондент «Горского вестника» побывал в аварском селе Гергебиль, откуда за "
        "последние четыре года в Сирию уехали не меньше девяти мужчин.\n\n"
        "Первыми, в 2013 году, уехали братья Магомед и Гаджимурад Абакаровы. Магомед погиб "
        "под Алеппо в 2015 году.\n"
    )
    records = person_records(text)
    assert records["Магомед Абакаров"]["hometown"] == "Гергебиль"
