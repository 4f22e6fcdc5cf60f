"""The fast paths of the journey, "also" and narrator rules find what their plain regexes
find: a regex tried only at the word starts its words open, or a search skipped in a
stretch without the words it needs. Each is checked against its plain form over the
example articles and strings built to sit on their edges (every language, odd folds)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from ffdb.extract import event_checks, event_journeys, event_narrators
from ffdb.extract.scan import folded

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_PIECES = [
    "Left", "left", "LEFT", "departed", "set off", "ſet off", "The first to go was",
    "the last one to leave", "first to go", "next to leave were", "Second to go",
    "уехал", "Уехали", "ушёл", "выехала", "Первыми уехали", "первой выехала", "İlk gedən",
    "ilk giden", "İLK GİDENLER", "birinci gedənlər", "getdi", "Gitti", "gitmişti",
    "gedibmiş", "getmişdi", "yola düşüb", "Yola çıktı", "gedənlər", "Bakıya", "in 2014",
    "with his neighbour", "two", "Two", "2", "10", "3", "on", "On", "altı", "ALTI", "Altı",
    "iki", "İKİ", "üç", "двое", "Трое", "пятеро", "men", "people", "nəfər", "kişi",
    "şüpheli", "kişiyi", "человека", "боевиков", "suspects", "adult", "da", "de", "də",
    "Da", "dahi", "also", "Also", "too", "as well", "тоже", "также", "вместе с ним", "was",
    "were", "been", "I", "we", "We", "In", "Iraq", "were you", "Were You", "was you", "вы",
    "Вы", "мы", "я", "said", "Elnur", "Əliyev", "x", "-", "—", ":", ",", ".", "'", "’",
    "_", " ", "  ", "\n", "\u00a0", "İ", "ı", "ſ", "K",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(12)
    made = [
        "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", " ", "-"]) for _ in range(14))
        for _ in range(600)
    ]
    return [p.read_text(encoding="utf-8") for p in ARTICLES] + made


def _windows(text: str, rng: random.Random) -> list[tuple[int, int]]:
    out = [(0, len(text))]
    for _ in range(8):
        lo = rng.randint(0, len(text))
        out.append((lo, min(len(text), lo + rng.randint(0, 120))))
    return out


def _spans(found: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in found]


def test_departures_are_those_the_regex_finds() -> None:
    for text in _texts():
        plain = list(event_journeys._DEPARTURE.finditer(text))
        assert _spans(event_journeys._departure_matches(text)) == _spans(plain)


_GATES: list[tuple[str, Callable[[str, int, int], bool]]] = [
    (
        "first person",
        lambda text, lo, hi: (
            event_narrators._en_subject_before(text[lo:hi])
            == (event_narrators._EN_SUBJECT_BEFORE.search(text[lo:hi]) is not None)
        ),
    ),
    (
        "second person",
        lambda text, lo, hi: (
            event_narrators._EN_SECOND_BEFORE.search(text[lo:hi]) is None
            or event_narrators._EN_SECOND_NEEDLES.may_match(folded(text), lo, hi)
        ),
    ),
    (
        "also",
        lambda text, lo, hi: (
            event_checks._ALSO.search(text, lo, hi) is None
            or event_checks._ALSO_NEEDLES.may_match(folded(text), lo, hi)
        ),
    ),
    (
        "second person, Russian",
        lambda text, lo, hi: (
            event_narrators._RU_SECOND_BEFORE.search(text[lo:hi]) is None
            or event_narrators._RU_SECOND_NEEDLES.may_match(folded(text), lo, hi)
        ),
    ),
]


@pytest.mark.parametrize("holds", [g[1] for g in _GATES], ids=[g[0] for g in _GATES])
def test_words_looked_for_first_never_skip_a_match(holds: Callable[[str, int, int], bool]) -> None:
    rng = random.Random(15)
    for text in _texts():
        for lo, hi in _windows(text, rng):
            assert holds(text, lo, hi)
