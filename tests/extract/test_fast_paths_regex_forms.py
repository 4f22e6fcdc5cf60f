"""Regular expressions rewritten for speed match what their plain forms match.

A class before a repeat (`\\d\\d*` for `\\d+`), a look-ahead on the first letters, a trie
for an alternation of words, a match on the reversed text for a search ending in `$`:
each is checked against the plain form over the example articles and strings built to
sit on their edges, in the four languages.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from ffdb.extract import dates, facts, hometown_cues, sentences
from ffdb.extract.scan import first_chars

ARTICLES = [
    p.read_text() for p in sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))
]
TEXTS = [
    "Tom Vale, a British citizen and a national of France, travelled to Syria in 2014.",
    "Иван Петров, гражданин России, и гражданка Грузии уехали. Подданный Ирана вернулся.",
    "Rusiya vətəndaşı Elnur Qasımov 12 may 2015-ci ildə həlak olub; əslən Qusardandır.",
    "Türkiye vatandaşı Ahmet Kaya, Eylül-Kasım 2016'da, memleketi Rize'ye döndü.",
]


def _random_strings(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _spans(matches: object) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


def test_nationality_scan_finds_the_plain_matches() -> None:
    plain, scan = facts._nationality_regex(), facts._nationality_scan()
    assert scan.pattern != plain.pattern  # the look-ahead on the first letters is in
    for text in (*TEXTS, *ARTICLES):
        assert _spans(scan.finditer(text)) == _spans(plain.finditer(text))
    assert _spans(scan.finditer(TEXTS[0])) and _spans(scan.finditer(TEXTS[1]))


def test_first_chars_gives_up_where_it_cannot_tell() -> None:
    assert first_chars(r"(?:a|an)\s+x|[A-Z]\w+ citizen") == "A-Za"
    assert first_chars(r"(?i)citizen") is None  # case ignored
    assert first_chars(r"(?<!\w)x") is None  # a look-behind first
    assert first_chars(r"a?b") is None  # may open with either
    assert first_chars(r"\w+") is None  # a category


def test_left_word_tries_find_what_the_alternations_find() -> None:
    words = [w for group in hometown_cues._LEFT_WORDS for w in group]
    plain = re.compile("|".join(re.escape(w) for w in words))
    texts = [*_random_strings("abdefilmnoprstuvw əродм", 3000, 3), *words, *TEXTS]
    for text in texts:
        found = hometown_cues.ANY_LEFT_WORD.search(text) is not None
        assert found == (plain.search(text) is not None)
    for group, trie in zip(hometown_cues._LEFT_WORDS, hometown_cues.LEFT_WORD_RES, strict=True):
        alternation = re.compile("|".join(re.escape(w) for w in group))
        for text in texts:
            assert (trie.search(text) is None) == (alternation.search(text) is None)


def test_last_word_read_backwards_is_the_search_for_it() -> None:
    plain = re.compile(r"[\w.]+$")
    for text in [*_random_strings("ab.\n 1_ə-Я,\t", 5000, 5), "Mr.", "U.S", "г.\n", "a\n\n"]:
        found = plain.search(text)
        backwards = sentences._LAST_WORD_REVERSED.match(text[::-1])
        assert (found.group() if found else "") == (backwards.group(1)[::-1] if backwards else "")


def test_date_scans_match_their_plain_forms() -> None:
    digits, word_before = (
        re.compile(r"\d+"),
        re.compile(r"\s*(?:[-–—]\s*)?,?\s*\.?(?:[^\W\d_]+['’])?[^\W\d_]+"),
    )
    for text in [*_random_strings("ab'’ -–,.\n1Яə٣", 5000, 7), *TEXTS]:
        assert _spans(dates._DIGITS.finditer(text)) == _spans(digits.finditer(text))
        for pos in range(len(text) + 1):
            plain = word_before.match(text, pos)
            fast = dates._WORD_BEFORE_REVERSED.match(text, pos)
            assert (plain and plain.span()) == (fast and fast.span())
