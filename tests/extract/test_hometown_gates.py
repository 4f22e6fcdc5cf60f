"""The hometown rules gated on their words in the whole text find the same whether the
text's letters fold to lower case or not (a long "ſ" makes `re` the judge), and a
correction's words are found in any of its spellings. All people are fictional."""

from __future__ import annotations

from typing import Any, Final

import pytest

from support import person_records

# a letter `re` ignoring case equates with "s" that `str.lower` leaves apart: the gates
# then ask the regexes
_UNFOLDABLE: Final = "\n\nFoto: Koſta"


def _records(text: str) -> dict[str, dict[str, Any]]:
    return person_records(text, published="2021-05-01")


@pytest.mark.parametrize("tail", ["", _UNFOLDABLE])
@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        (
            "— Меня позвал Ахмед Оздоев, мы с ним вместе учились в Назрани, он оттуда родом.",
            "Ахмед Оздоев",
            "Назрань",
        ),
        (
            "Rəşad Məlikov Gəncə sakinidir. Onunla bizim kənddən daha iki oğlan - Orxan "
            "Vəliyev və Elnur Quliyev getdi.",
            "Orxan Vəliyev",
            "Gəncə",
        ),
    ],
)
def test_a_place_pointed_back_to_whether_the_text_folds_or_not(
    text: str, name: str, hometown: str, tail: str
) -> None:
    assert _records(text + tail)[name]["hometown"] == hometown


@pytest.mark.parametrize(
    ("text", "name", "hometown"),
    [
        # the pluperfect's "-mıştı", lowered with "ı" read as "i"
        (
            "Ayrıca haberde Kerem Aydın'ın Eskişehirli olduğu belirtilmişti. Kerem Aydın, "
            "Bursa doğumludur.",
            "Kerem Aydın",
            "Bursa",
        ),
        ("Kerem Aydın Eskişehirli değil, Bursalıdır.", "Kerem Aydın", "Bursa"),
        (
            "The article wrongly stated that Farid Aliyev was from Ganja. He is a native of Shaki.",
            "Farid Aliyev",
            "Shaki",
        ),
    ],
)
def test_a_place_taken_back_gives_way_to_the_right_one(text: str, name: str, hometown: str) -> None:
    assert _records(text)[name]["hometown"] == hometown
