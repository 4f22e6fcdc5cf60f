"""The fast paths of the event rules find what their plain forms find (as
`test_event_fast_paths`): a regex opening with `\\d|` split into its digit and its
words, a timeline's entry lines tried at the starts of lines, a dated line looked for
only in a text holding one of its closing marks, the count of "the others" looked for
only in a clause holding its words."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

from ffdb.extract import event_own_subject, event_people, event_subjects, event_timelines
from ffdb.extract.context import DocContext
from ffdb.extract.document import analyse
from ffdb.extract.timelines import DATED_LINE

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_PIECES = [
    "2014", "2015 —", "12 Ocak 2017:", "- 2019:", "Mart 2019 –", "2016 yılı Mart – ", "Dün: ",
    "Geçen ay — ", "2013, aprel – ", "1984 - Born in Baksan.", "\n", "\n\n", " ", "\t", ":",
    "-", "—", "–", "x", "Elnur", "Qasimov", "gitti.", "went to Syria.", "bir neçə", "onlarca",
    "сотни", "Dozens", "many", "3", "6 yıl 3 ay", "the rest", "The others", "diğer 2",
    "остальные", "qalanları", "remaining", "other", "İKİSİ", "ı", "ſ", "Несколько",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(15)
    made = [
        "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "\n"]) for _ in range(16))
        for _ in range(40)
    ]
    return [p.read_text(encoding="utf-8") for p in ARTICLES[:2]] + made


@cache
def _contexts() -> list[DocContext]:
    return [analyse(text).ctx for text in _texts()]


def _windows(text: str, rng: random.Random) -> list[tuple[int, int]]:
    out = [(0, len(text))]
    for _ in range(8):
        lo = rng.randint(0, len(text))
        out.append((lo, min(len(text), lo + rng.randint(0, 160))))
    return out


def test_many_read_as_its_digit_and_its_words_apart() -> None:
    many, words = event_own_subject.MANY, event_own_subject._MANY_WORDS
    digit = re.compile(r"\d")
    rng = random.Random(1)
    for text in _texts():
        for lo, hi in _windows(text, rng):
            piece = text[lo:hi]
            apart = digit.search(piece) is not None or words.search(piece) is not None
            assert apart == (many.search(piece) is not None), piece
            apart = digit.search(text, lo, hi) is not None or words.search(text, lo, hi) is not None
            assert apart == (many.search(text, lo, hi) is not None), piece


def test_a_timeline_is_told_by_its_entry_lines_at_the_starts_of_lines() -> None:
    for ctx in _contexts():
        entries = event_timelines._ENTRY_LINE.finditer(ctx.text)
        plain = sum(1 for _ in zip(range(3), entries, strict=False))
        assert event_timelines.timeline_entries(ctx) == (plain == 3), ctx.text
    lines = ["2014 — Suriyaya getdi.", "2015", " - 2016: qayıtdı.", "Mart 2017 – tutuklandı."]
    for k, told in enumerate(
        ["\n".join(lines), "\n".join(lines[:2]), "\n\n".join(lines[1:]) + "\n"]
    ):
        ctx = analyse(f"Elnur Qasimov.\n{told}").ctx
        assert event_timelines.timeline_entries(ctx) == (k != 1), told


def test_a_dated_line_is_looked_for_only_where_its_mark_and_space_are() -> None:
    rng = random.Random(2)
    for ctx in _contexts():
        text = ctx.text
        starts = [0, *(i + 1 for i, c in enumerate(text) if c in "\n. ")]
        for start in starts[:80]:
            plain = DATED_LINE.match(text, start)
            fast = event_subjects._dated_line(ctx, start)
            assert (fast and fast.span()) == (plain and plain.span()), text[start : start + 40]
        for lo, hi in _windows(text, rng):
            plain = DATED_LINE.match(text, lo, hi)
            fast = event_subjects._dated_line(ctx, lo, hi)
            assert (fast and fast.span()) == (plain and plain.span()), text[lo:hi]


def test_the_others_counted_are_looked_for_only_in_a_clause_with_their_words() -> None:
    rng = random.Random(3)
    for ctx in _contexts():
        for lo, hi in _windows(ctx.text, rng):
            if not event_people.may_hold_any(ctx, event_people.OTHERS_WORDS, lo, hi):
                assert event_people.OTHERS_COUNTED.search(ctx.text, lo, hi) is None
