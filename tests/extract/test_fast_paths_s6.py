"""The fast paths added for speed find what the plain searches find: the counted times
("four days later") looked for only around the words they need, "the same year" only
around its words, ages tried only at numbers followed by what an age needs, and the
memo of years of birth. Checked over the example articles and over strings built to sit
on their edges (a word of the rule's own, cut, doubled, in capitals, without its space).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from ffdb.extract import date_relative, facts
from ffdb.extract.scan import finditer_from, folded, lowered
from support import same_years_fast, same_years_plain

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_COUNTED_PIECES = [
    "the day before", "the previous day", "the next day", "the following day", "the day",
    "day", "days", "today", "Monday", "THE NEXT DAY", "that May", "the same May", "May",
    "that december", "same", "that", "the", "four", "2", "weeks", "later", "earlier", "ago",
    "a day earlier", "через", "два", "дня", "накануне", "ertesi gün", "sonra", "the same week",
    "that month", "next", "following", "previous", " ", "  ", "\n", ",", ".", "-", "x",
]  # fmt: skip

_SAME_YEAR_PIECES = [
    "that year", "THAT YEAR", "the same summer", "в том же году", "того же года", "həmin il",
    "həmin ildə", "o yıl", "o yil", "aynı yıl", "AYNI YIL", "year", "that", "same", "o",
    "yıl", "il", "ildə", "later", " ", "  ", "\n", "-", "x", "2014",
]  # fmt: skip

_AGE_PIECES = [
    "27", "5", "123", "2014", "years old", "year-old", "yrs old", "-year-old", "years",
    "yaşında", "yaşlı", "yaşındaki", "yaşı var", "лет", "года", "год", "-летний", "летняя",
    "Ему было", "Ей было", "aged", "в возрасте", "March", "мая", "old", ",", ", ", ".", ":",
    "/", " ", "  ", "\n", "-", "—", "y", "л", "г", "x",
]  # fmt: skip


def _made(pieces: list[str], seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14)))
        for _ in range(count)
    ]


def _articles() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in ARTICLES]


def _spans(matches: object) -> list[tuple[object, ...]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def test_counted_times_are_found_where_the_plain_search_finds_them() -> None:
    regex = date_relative._COUNTED
    for text in _articles() + _made(_COUNTED_PIECES, 3):
        low = folded(text) or lowered(text)
        fast = date_relative.matches_near(
            regex, text, low, date_relative._COUNTED_KEYS, 48, date_relative._COUNTED_AFTER
        )
        assert _spans(fast) == _spans(regex.finditer(text)), text


def test_the_same_year_is_found_where_the_plain_search_finds_it() -> None:
    for text in _articles() + _made(_SAME_YEAR_PIECES, 4):
        years = [(m.start(), int(m.group())) for m in re.finditer(r"\d{4}", text)] or [(-1, 2000)]
        assert same_years_fast(text, years) == same_years_plain(text, years), text


def test_ages_are_found_where_the_plain_search_finds_them() -> None:
    for text in _articles() + _made(_AGE_PIECES, 5):
        plain = _spans(facts._AGE.finditer(text))
        assert _spans(finditer_from(facts._AGE, facts._AGE_STARTS, text)) == plain, text
        digits = facts._AGE_DIGIT_STARTS
        if "aged" not in text and "в возрасте" not in text:
            assert _spans(finditer_from(facts._AGE, digits, text)) == plain, text
