"""The event rules' searches tried only at the word starts their words open
(`event_spots`) find what their regexes find, over the example articles and strings
built to sit on their edges (every language the rules cover, odd folds and all)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ffdb.extract import event_checks, event_counted, event_lists, event_nouns, event_roles
from ffdb.extract.event_spots import Spots, WordPlaces, opening_words

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_PIECES = [
    "both suspects", "Both Suspects", "the two men", "all three", "ALL THREE", "оба брата",
    "Задержанные", "hər iki şəxs", "Hər İki Şəxs", "İKİ ŞÜPHELİ", "üç şüpheli", "ikisi de",
    "his son", "его сын", "oğlunun", "said", "Said", "is said", "was said", "told", "deyir",
    "говорит", "wrongly", "səhvən", "together with him", "вместе с ним", "задержанный",
    "şüphelinin", "two militants", "a man", "3 people", "suspected men", "iki nəfər",
    "двое боевиков", "Elnur", "Əliyev", "x", "-", "—", ":", ",", ".", "'", "’", "_", " ",
    "  ", "\n", "\u00a0", "İ", "ı", "ſ", "K",
]  # fmt: skip

_SPOTS = [
    event_nouns.PLURAL_ROLE_SPOTS,
    event_nouns.ROLE_ANAPHOR_SPOTS,
    event_counted._COUNTED_SPOTS,
    event_counted._COUNT_SUBJECT_SPOTS,
    event_checks._KIN_SPOTS,
    event_checks._WRONGLY_SPOTS,
    event_checks._WITH_HIM_SPOTS,
    event_roles._SAYS_SPOTS,
    event_roles._SAYS_NOW_SPOTS,
]


def _texts() -> list[str]:
    rng = random.Random(6)
    made = [
        "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "-"]) for _ in range(12))
        for _ in range(800)
    ]
    return [p.read_text(encoding="utf-8") for p in ARTICLES] + made


def _windows(text: str, regex: re.Pattern[str], rng: random.Random) -> list[tuple[int, int]]:
    out = [(0, len(text))]
    for _ in range(6):
        lo = rng.randint(0, len(text))
        out.append((lo, min(len(text), lo + rng.randint(0, 120))))
    for m in list(regex.finditer(text))[:20]:  # on the edges of what it finds
        for lo, hi in ((m.start(), m.end()), (m.start() + 1, m.end()), (m.start(), m.end() - 1)):
            out.append((max(0, lo), hi))
    return out


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@pytest.mark.parametrize("spots", _SPOTS, ids=[s.regex.pattern[:24] for s in _SPOTS])
def test_spots_find_what_their_regex_finds(spots: Spots) -> None:
    rng = random.Random(7)
    for text in _texts():
        for lo, hi in _windows(text, spots.regex, rng):
            found = spots.regex.search(text, lo, hi)
            assert _span(spots.search(text, lo, hi)) == _span(found)
            assert found is None or spots.may_hold(text, lo, hi)
            assert _span(spots.search_cut(text, lo, hi)) == _span(spots.regex.search(text[lo:hi]))
            every = list(spots.regex.finditer(text, lo, hi))
            assert _span(spots.last(text, lo, hi)) == _span(every[-1] if every else None)


def test_opening_words_spell_each_branch_as_far_as_its_letters_go() -> None:
    assert opening_words(r"the (?:suspects|pair)|both(?: men)?") == {
        "the suspects",
        "the pair",
        "both",
        "both men",
    }
    # an optional part: what it opens with when there, else what follows
    assert opening_words(r"(?:suspected\s+)?(?:men|İki)") == {"suspected", "men", "iki"}
    with pytest.raises(ValueError):
        opening_words(r"\w+ men")


def test_a_clause_without_the_nouns_needs_no_count_search() -> None:
    places = WordPlaces(opening_words(event_nouns._COUNTED_NOUNS))
    text = "Police detained two suspected militants. A car was seen."
    assert places.any_in(text, 0, 40)
    assert not places.any_in(text, 40, len(text))


@pytest.mark.parametrize(
    "line",
    ["Saxlanılanlar:\n", "The following were detained:  \t\n", "x" * 200 + ":\n", "a: b\n"],
)
def test_the_head_of_a_list_ends_where_the_regex_ends(line: str) -> None:
    head = event_lists._LIST_HEAD_END.match(line, 0)
    assert event_lists._head_end(line, 0) == (-1 if head is None else head.end())
