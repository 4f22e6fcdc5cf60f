"""The fast paths of the name and hometown rules find what their plain regexes find.

`people._birthplace_before` looks at the character before the spaces ahead of a run
before it searches for a birthplace word, and `hometowns._hometown_cue` tries
`_NAME_FROM` only when the text before a place ends in one of its closing words. A word
added to either pattern without its gate is caught here rather than missed in silence.
"""

from __future__ import annotations

import random
from pathlib import Path

from ffdb.extract import hometowns, people

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_PIECES = [
    "уроженец", "уроженца", "Уроженка", "жителя", "жительница", "выходец из", "родом из",
    "из", "ИЗ", "native of", "Resident OF", "of", "from", "села", "города", "посёлка", "г.",
    "с.", "the village of", "(", "(1990),", ", 29,", ", 61 год, пенсионер", "Ahmed", "Қусар",
    "Гимры", "x", "-", ",", " ", "  ", "\n", "\u00a0", "ᲀ", "ᲄ", "f", "F", "я", "Ё",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(7)
    made = [
        "".join(rng.choice(_PIECES) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(1, 9)))
        for _ in range(3000)
    ]
    return made + [path.read_text(encoding="utf-8") for path in ARTICLES]


def test_the_birthplace_gate_finds_what_the_regex_finds() -> None:
    for text in _texts():
        for start in range(len(text) + 1) if len(text) < 200 else range(0, len(text), 7):
            plain = people._BIRTHPLACE_BEFORE.search(text, max(0, start - 24), start)
            assert people._birthplace_before(text, start) == (plain is not None), (text, start)


def test_the_name_from_gate_keeps_every_match() -> None:
    for text in _texts():
        for end in range(len(text) + 1) if len(text) < 200 else range(0, len(text), 7):
            left = text[max(0, end - 70) : end]
            if hometowns._NAME_FROM.search(left) is not None:
                assert left.rstrip().endswith(hometowns._NAME_FROM_ENDS), left
