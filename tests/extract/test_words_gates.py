"""The word gates of the event, role and hometown rules read off the automaton's one pass
over a text (`held_words.holds_any`, `holds_any_in`) answer as a search for each word
did: over the example articles and short texts in each script, for the whole text and
for stretches of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ffdb.extract import (
    event_checks,
    event_people,
    hometown_corrections,
    hometown_forms,
    hometown_leads,
    hometown_others,
    hometown_siblings,
    hometown_village,
    role_notices,
    role_owners,
    role_reported,
    role_stated,
)
from ffdb.extract.held_words import holds_any, holds_any_in
from ffdb.extract.scan import folded, lowered

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_TEXTS = [
    "Kamran Qasimov, his deputy, was confirmed dead; the rest were arrested later.",
    "Рамиль Гасанов, уроженец Дербента, был заместителем амира; остальные задержаны.",
    "Tural Nəsirov kəndin digər sakinləri ilə birlikdə həyatda olduğu təsdiq edilib.",
    "Ramil Kaya, Bursa doğumlu, yanlışlıkla ölü olarak gösterilmişti; kardeşi hayatta.",
    "Elnur Əliyev (Эльнур Алиев) grew up in a village led by his brothers.",
    "12 345 — 2019",
    "",
]
_WORDS = [
    event_checks._ALIVE_WORDS,
    event_checks._NOT_CONFIRMED_WORDS,
    event_people.OTHERS_WORDS,
    event_people._FIRST_OBJECT_WORDS,
    event_people._WERE_WORDS,
    hometown_corrections._GATE_WORDS,
    hometown_forms._SAME_PLACE_WORDS,
    hometown_leads._RESIDENT_WORDS,
    hometown_leads._BORN_WORDS,
    hometown_others._OTHER_WORDS,
    hometown_others._GREW_WORDS,
    hometown_siblings._SIBLING_WORDS,
    hometown_village._GATE,
    role_notices._TITLE_WORDS,
    role_owners._DEPUTY_WORDS,
    role_owners._LED_WORDS,
    role_owners._SAME_WORDS,
    role_owners._SAME_AS_WORDS,
    role_reported._GATE,
    role_stated._CUE_WORDS,
    role_stated._UNIT_WORDS,
]


def _lows() -> list[str]:
    texts = _TEXTS + [path.read_text(encoding="utf-8") for path in ARTICLES]
    return [folded(text) or lowered(text) for text in texts]


@pytest.mark.parametrize("words", _WORDS)
def test_a_gate_holds_a_word_where_a_search_finds_one(words: tuple[str, ...]) -> None:
    for low in _lows():
        assert holds_any(low, words) == any(word in low for word in words)


@pytest.mark.parametrize("words", _WORDS)
def test_a_stretch_holds_a_word_where_a_search_of_it_finds_one(
    words: tuple[str, ...],
) -> None:
    for low in _lows():
        step = max(1, len(low) // 40)
        for start in range(0, len(low) + 1, step):
            for end in (start, start + 3, start + 40, start + 400, len(low) + 5):
                stretch = low[start:end]
                assert holds_any_in(low, words, start, end) == any(w in stretch for w in words)


def test_a_word_at_the_edges_of_a_stretch() -> None:
    low = "they were seized; the others fled"
    words = ("were", "others")
    assert holds_any_in(low, words, 0, len(low))
    assert holds_any_in(low, words, 5, 9)  # "were" exactly
    assert not holds_any_in(low, words, 5, 8)  # "wer"
    assert not holds_any_in(low, words, 6, 22)  # "ere seized; the "
    assert holds_any_in(low, words, 22, 28)  # "others"
    assert not holds_any_in(low, ("others",), 23, len(low))


def test_a_new_tuple_of_words_is_answered_too() -> None:
    words = ("спустя", "həmin il", "later")
    assert holds_any("через два дня, спустя год", words)
    assert not holds_any("iki gün sonra", words)
    assert holds_any_in("iki gün sonra; later", words, 15, 20)
    assert not holds_any_in("iki gün sonra; later", words, 0, 15)


def test_the_take_back_gate_keeps_each_word_of_its_parts() -> None:
    for part, words in hometown_corrections._GATE:
        for word in words or (part,):
            assert word in hometown_corrections._GATE_WORDS
            assert hometown_corrections._may_take_back(f"x {word} y")
    assert not hometown_corrections._may_take_back("he was born in baku")
