"""A month that is also a given name, opening a run after a day or a date word, is the
date's and not the person's ("On 3 May Tariq Osmani", "5 Kasım Ahmet Yılmaz")."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _names(text: str) -> list[str]:
    return [p.name for p in extract_document(text, published="2016-06-02").persons]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 3 May Tariq Osmani was arrested in Leeds.", "Tariq Osmani"),
        ("In May Tariq Osmani was arrested in Leeds.", "Tariq Osmani"),
        ("Polis 5 Kasım Ahmet Yılmaz adlı şüpheliyi gözaltına aldı.", "Ahmet Yılmaz"),
        ("Jandarma 12 Mart Hasan Doğru'yu Kilis'te yakaladı.", "Hasan Doğru"),
    ],
)
def test_the_month_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said May Ahmed was arrested in Leeds.", "May Ahmed"),
        ("Kasım Yılmaz 2015 yılında Suriye'ye gitti.", "Kasım Yılmaz"),
    ],
)
def test_the_same_word_as_a_given_name_stays(text: str, name: str) -> None:
    assert _names(text) == [name]
