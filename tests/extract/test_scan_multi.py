"""The one automaton pass (`multi_scan`) answers as the searches it replaces: the longest
cue start at each word start as the trie regex finds it, every place of every gate's
word, and `Needles` true of a stretch exactly when a word of it stands there whole."""

from __future__ import annotations

import re

import pytest

from ffdb.extract.multi_scan import StartFinder, WordIndex
from ffdb.extract.scan import Needles, WordsGate, folded, lowered, trie_pattern

_STARTS = {
    "red notice",
    "red",
    "arrest",
    "arrested in",
    "in",
    "öldürül",
    "убит",
    "həbs",
    "та\u2002",
    "al-sham",
    "a",
    "notice",
    "b c",
    "c",
}

_TEXTS = [
    "Red Notice issued: Tom Vale was arrested in Baku, (arrested) again «red» notice.",
    "Ramil Kaya öldürüldü; \u201cöldürülen\u201d kişi. Иван Петров убит.\nубита? нет",
    "Tural Nəsirov həbs edilib, həbs-də deyil; al-sham,al-sham_x red-notice.",
    "b c c b  c\u00a0c\tc/c—b c\u2002c та\u2002c",
    "arrest",
    "",
    " a",
    "-a _a 9a",
]


def _by_regex(starts: set[str], low: str) -> dict[str, list[int]]:
    trie = trie_pattern(starts)
    found: dict[str, list[int]] = {}
    first = re.compile(trie).match(low)
    if first is not None:
        found[first.group()] = [0]
    for m in re.finditer(r"[^\w-](?=(" + trie + "))", low):
        found.setdefault(m[1], []).append(m.end())
    return found


@pytest.mark.parametrize("text", _TEXTS)
def test_the_automaton_finds_the_starts_the_trie_regex_finds(text: str) -> None:
    low = lowered(text)
    finder = StartFinder(_STARTS, re.compile(trie_pattern(_STARTS)))
    assert finder.places(low) == _by_regex(_STARTS, low)


def test_a_start_hidden_inside_a_longer_one_is_found() -> None:
    finder = StartFinder(_STARTS, re.compile(trie_pattern(_STARTS)))
    found = finder.places("x b c d")
    assert found == {"b c": [2], "c": [4]}


def test_a_text_the_automaton_cannot_read_is_left_to_the_regex() -> None:
    finder = StartFinder(_STARTS, re.compile(trie_pattern(_STARTS)))
    assert finder.places("\ud800 red") is None


def test_the_word_index_finds_every_place_of_every_word() -> None:
    index = WordIndex()
    index.add(("his brother", "brother", "его брат", "aa"))
    low = lowered("His brother and ЕГО БРАТ; his brotherhood. aaa")
    places = index.places(low)
    assert places == {
        "his brother": [0, 26],
        "brother": [4, 30],
        "его брат": [16],
        "aa": [43, 44],
    }
    index.add(("and",))  # a new word: the text is read again
    assert index.places(low)["and"] == [12]


def test_needles_answer_for_a_stretch_as_a_search_in_it_would() -> None:
    regex = re.compile(r"(?<![\w-])(?:his brother|его брат|qardaşı)(?![\w-])", re.I)
    needles = Needles(regex)
    assert needles.words is not None
    text = "Kamran left; his brother stayed. Его брат — нет. Qardaşı."
    low = folded(text)
    assert low is not None
    for start in range(len(low) + 1):
        for end in range(start, len(low) + 2):
            expected = any(word in low[start:end] for word in needles.words)
            assert needles.may_match(low, start, end) == expected, (start, end)


def test_a_gate_opens_only_for_a_text_holding_one_of_its_words() -> None:
    gate = WordsGate(("extradited", "экстрадирован"))
    assert gate("He was EXTRADITED in May.")
    assert not gate("He was released in May.")
    assert gate("Его экстрадировали? Нет, он экстрадирован.")
    assert gate("Naſir was released.")  # a text that cannot fold may hold them
