"""The words a text may hold (`held_words`), read off one automaton pass over it, answer
as the full tests do: over the example articles and short texts in each script the
rules cover (Latin, Cyrillic, mixed, none), and the dates they gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from ffdb.extract import date_counted, date_relative
from ffdb.extract.dates import find_dates
from ffdb.extract.held_words import may_hold
from ffdb.extract.scan import folded, lowered

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_TEXTS = [
    "Kamran Qasimov was arrested two days later, in the same raid.",
    "Рамиль Гасанов погиб через два дня, в том же бою.",
    "Tural Nəsirov iki gün sonra həmin əməliyyat zamanı saxlanılıb.",
    "Ramil Kaya aynı yıl, aynı saldırıda öldürüldü.",
    "Elnur Əliyev (Эльнур Алиев) returned the following year, в том же году.",
    "12 345 — 2019",
    "",
]
_WORDS = [
    date_counted._COUNTED_KEYS,
    date_relative._NEXT_YEAR_WORDS,
    date_relative._SEASON_YEAR_WORDS,
    date_relative._SAME_YEAR_NEEDLES,
    date_relative._SAME_YEAR_KEYS,
]


def _texts() -> list[str]:
    return _TEXTS + [path.read_text(encoding="utf-8") for path in ARTICLES]


@pytest.mark.parametrize("words", _WORDS)
def test_may_hold_keeps_every_word_the_text_holds(words: tuple[str, ...]) -> None:
    for text in _texts():
        low = folded(text) or lowered(text)
        kept = may_hold(low, words)
        assert [w for w in words if w in low] == [w for w in kept if w in low]
        assert all(w in words for w in kept)


def test_may_hold_drops_the_words_the_text_lacks() -> None:
    words = ("later", "спустя", "həmin il", "12")
    assert may_hold("iki gün sonra", words) == ()
    assert may_hold("через два дня, спустя год", words) == ("спустя",)
    assert may_hold("12 345", words) == ("12",)
    assert may_hold("later, спустя; həmin il 2012", words) == words


def test_dates_counted_and_same_year_in_each_script() -> None:
    found = find_dates("In May 2015 he left; three days later he was seized.")
    assert [d.value for d in found] == ["2015-05", "2015-05"]
    found = find_dates("В мае 2015 года он уехал, через два дня его задержали.")
    assert [d.value for d in found] == ["2015-05", "2015-05"]
    found = find_dates("2016-cı ildə Suriyaya gedib, həmin il həlak olub.")
    assert [d.value for d in found] == ["2016", "2016"]
