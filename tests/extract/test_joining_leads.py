"""A word of no name glued before a full name (a verb opening a sentence, a role written
with a capital, "X-born") is no part of it."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _names(text: str, language: str) -> set[str]:
    records = extract_document(text, language=language).records()
    return {r["name"] for r in records if r["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Задержаны Тимур Кушхов и его сосед. Их доставили в Нальчик.", "ru", "Тимур Кушхов"),
        (
            "Правозащитница Светлана Гаврилова считает, что дело сфабриковано.",
            "ru",
            "Светлана Гаврилова",
        ),
        ("Councillor Helen Rowe said the street was shocked.", "en", "Helen Rowe"),
        (
            "Jokolo-born Shamil Alkhanashvili was killed in Syria in 2015.",
            "en",
            "Shamil Alkhanashvili",
        ),
    ],
)
def test_word_before_a_given_name_is_cut(text: str, language: str, name: str) -> None:
    found = _names(text, language)
    assert name in found
    assert not any(n.endswith(name) and n != name for n in found)


def test_a_name_of_two_words_is_left_whole() -> None:
    assert "Alsu Kemal" in _names("Alsu Kemal left Kazan for Istanbul in 2015.", "en")
