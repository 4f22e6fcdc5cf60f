"""Names, session 11: a country after a surname is where he went or what he is a citizen
of, never part of his name, with a one-letter case ending too (fictional people)."""

from __future__ import annotations

import pytest

from ffdb.extract.geo import is_place
from ffdb.extract.people import find_names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("2017-ci il. Bağırov Azərbaycana ekstradisiya edilir.", "az", "Bağırov"),
        ("Kərimov Rusiya vətəndaşıdır.", "az", "Kərimov"),
        ("Sonra Osmanov İrana gedib.", "az", "Osmanov"),
        ("Then Aliyev Turkey said nothing.", "en", "Aliyev"),
    ],
)
def test_a_country_after_a_surname_is_no_part_of_the_name(
    text: str, language: str, name: str
) -> None:
    found = [n.text for n in find_names(text, {0}, [], is_place, language)]
    assert found == [name]


def test_a_given_name_and_surname_stay_whole() -> None:
    text = "Tural Bağırov Türkiyədə saxlanılıb. Hamza Ali de geldi."
    found = [n.text for n in find_names(text, {0}, [], is_place, "az")]
    assert "Tural Bağırov" in found
