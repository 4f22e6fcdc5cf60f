"""The fast paths of sentence and clause splitting, of the pronoun candidates and of the
timeline lines find what their plain forms find.

Clauses are cut at marks found once per document instead of by two regexes per
sentence; full stops and line breaks are found apart; most full stops are told by the
word before them without the regexes; the pronouns are tried only where a word opens
with as much of one as is fixed; the timeline line regex is possessive. Each is checked
against the plain form over the example articles and strings built to sit on its edges.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ffdb.extract import context, sentences, timelines
from ffdb.extract.sentences import Sentence, split_clauses, split_sentences

ARTICLES = [
    p.read_text(encoding="utf-8")
    for p in sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))
]


def _made(pieces: list[str], count: int, seed: int, size: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, size))) for _ in range(count)]


# --- sentences ---------------------------------------------------------------------------

_PLAIN_BOUNDARY = re.compile(r"[.!?…]+[\"»”’)\]]*(?=\s)|\n")
_PLAIN_LAST_WORD = re.compile(r"[\w.]+$")
_PLAIN_LOWER_START = re.compile(r"\s*[a-zа-яёəçğıöşü]")
_PLAIN_UPPER_WORD_END = re.compile(rf"(?:^|[\s(])([{sentences.UPPER}])$")
_PLAIN_DOTTED = re.compile(r"(?:\b\w\.){2,}$")
_PLAIN_NEXT_CHAR = re.compile(r"\s*(\S)")


def _plain_false_stop(text: str, start: int, stop: int, end: int) -> bool:
    """`sentences._is_false_stop` as it reads, every test by its regex."""
    if text[stop] != ".":
        return bool(_PLAIN_LOWER_START.match(text, end))
    before = text[max(start, stop - 12) : stop]
    word = _PLAIN_LAST_WORD.search(before)
    token = word.group().lower() if word else ""
    if token.rstrip(".") in sentences._ABBREVIATIONS or (
        before[-2:-1] == "." and _PLAIN_DOTTED.search(before + ".")
    ):
        return True
    if _PLAIN_UPPER_WORD_END.search(before):
        return True
    if token.isdigit() and len(token) <= 2:
        nxt = _PLAIN_NEXT_CHAR.match(text, end)
        if nxt:
            return nxt.group(1).isdigit()
    return bool(_PLAIN_LOWER_START.match(text, end))


_STOP_PIECES = [
    *"Dr dr DR U S A x Z İ ſt г Г ул _ ( \n . .. ... ! ? … » ” ) \t".split(" "),
    " ", " ", "\u00a0", "12", "7", "123", "2014", "٣٤٥", "²³⁴", "etc", "no", "No", "ab",
    "a.b", "A.B.", "approx", "abcdefg", "Abcdefg", "ABCDEFG", "abcdefG", "doç", "года",
]  # fmt: skip


def test_full_stops_are_told_as_the_plain_tests_tell_them() -> None:
    for text in [*ARTICLES, *_made(_STOP_PIECES, 6000, 5)]:
        for stop, char in enumerate(text):
            if char not in ".!?…":
                continue
            for start in {0, max(0, stop - 3), max(0, stop - 8), stop}:
                for end in (stop + 1, len(text)):
                    assert sentences._is_false_stop(text, start, stop, end) == _plain_false_stop(
                        text, start, stop, end
                    ), (text, stop)


def test_stops_and_line_breaks_found_apart_are_the_plain_boundaries() -> None:
    for text in [*ARTICLES, *_made(_STOP_PIECES, 6000, 6)]:
        assert sentences._boundaries(text) == [m.span() for m in _PLAIN_BOUNDARY.finditer(text)]


def test_a_sentence_is_equal_and_hashed_by_its_fields() -> None:
    one, same = Sentence(0, 5, 0, 0), Sentence(0, 5, 0, 0)
    assert one == same and hash(one) == hash(same) and len({one, same}) == 1
    assert one != Sentence(0, 6, 0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Ali Kaya left in 2014. He was killed abroad. Police said so.", 3),
        ("Он уехал в 2015 г. в Сирию. Погиб через 2 года. Тело не вернули.", 3),
        ("Elnur Qasımov 2014-cü ildə gedib. O, 12. 05. 2015-də həlak olub.", 2),
        ("Prof. Dr. Ahmet Kaya konuştu. Oğlu gitti. Kardeşi de, vs. dedi.", 3),
    ],
)
def test_stops_after_titles_and_numbers_end_no_sentence(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected


# --- clauses -----------------------------------------------------------------------------

_CLAUSE_PIECES = [
    *' \n\t\u00a0,;:()[]“”«»"–—-',
    *"but But Who whoever which Then and And И и və VƏ ve hem hem\u0020de Həm\u0020də".split(),
    "а также", "А также", "x", "ama", "Ali", "который", "Когда", " — ", " - ", "- ", "» , ",
]  # fmt: skip


def test_clauses_cut_at_the_marks_are_the_regex_cuts() -> None:
    rng = random.Random(7)
    for text in [*ARTICLES, *_made(_CLAUSE_PIECES, 4000, 8, size=40)]:
        marks = sentences.clause_marks(text)
        assert marks is not None  # the texts fold
        spans = [(s.start, s.end) for s in split_sentences(text)]
        spans += [(a, rng.randint(a, len(text))) for a in rng.choices(range(len(text) + 1), k=3)]
        for start, end in spans:
            names = [(m.start(), m.end()) for m in re.finditer(r"[A-ZА-Я]\w+", text[start:end])]
            names = [(start + a, start + b) for a, b in names]
            assert split_clauses(text, start, end, names, (), marks) == split_clauses(
                text, start, end, names
            ), (text, start, end)


def test_a_text_that_does_not_fold_is_cut_by_the_regexes() -> None:
    text = "Naſir left, but Ali and Veli stayed."
    assert sentences.clause_marks(text) is None
    assert split_clauses(text, 0, len(text), [(16, 19), (24, 28)]) == [(0, 10), (12, 36)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ali Kaya and Veli Can left but Ali sat", ["Ali Kaya and Veli Can left", "but Ali sat"]),
        ("Он уехал и погиб, а также его брат", ["Он уехал", "погиб", "его брат"]),
        ("Elnur gedib və həlak olub (2015)", ["Elnur gedib", "həlak olub", "2015"]),
        ("Ahmet — ki gitti — ve döndü", ["Ahmet", "ki gitti", "döndü"]),
    ],
)  # fmt: skip
def test_clauses_split_at_punctuation_dashes_and_words(text: str, expected: list[str]) -> None:
    names = [(m.start(), m.end()) for m in re.finditer(r"[A-ZА-Я]\w+(?: [A-Z]\w+)?", text)]
    marks = sentences.clause_marks(text)
    assert [text[a:b] for a, b in split_clauses(text, 0, len(text), names, (), marks)] == expected


# --- pronouns ----------------------------------------------------------------------------

_PRONOUN_PIECES = [
    "He", "he", "HE", "She", "her son", "His son", "their son", "The man", "the fighter",
    "the militant", "The 27-year-old", "the ٣-year-old", "My son", "my daughter", "Мой сын",
    "моя дочь", "Mənim oğlum", "Benim oğlum", "Oğlum", "oğlu", "oğulları", "он", "Она",
    "Ему", "него", "нее", "неё", "Её сын", "их сын", "onun oğlu", "Onu", "Qardaşımız",
    "kardeşimiz", "O", "o", "Тот", "Та", "уехал", "Both men", "The two", "They", "both",
    "Они", "оба", "Обоих", "Onlar", "Hər ikisi", "İkisi de", "həmin şəxslər", "bu şəxslərin",
    "these men", "The pair", "Указанные лица", "эти лица", "bu kişilerden",
    "Söz konusu kişiler", "Məmmədov Elnur Tofiq", "the", "of", "не", "та", "x", "-", ",",
    ".", "!", " ", " ", "\n", "\u00a0", "\u2009", "\u3000", ", ", ". ", "’",
]  # fmt: skip


def test_spaces_are_every_character_str_isspace_holds() -> None:
    assert set(context.SPACES) == {chr(c) for c in range(0x110000) if chr(c).isspace()}


def test_pronouns_tried_where_their_words_open_are_the_regex_matches() -> None:
    for text in [*ARTICLES, *_made(_PRONOUN_PIECES, 8000, 9, size=25)]:
        for regex, starts, words in (
            (context.PRONOUN, context._PRONOUN_STARTS, context._PRONOUN_WORDS),
            (context.PLURAL, context._PLURAL_STARTS, context._PLURAL_WORDS),
        ):
            found = [m.span() for m in context._matches(regex, starts, words, text)]
            assert found == [m.span() for m in regex.finditer(text)], text


# --- timelines ---------------------------------------------------------------------------

_PLAIN_DATED_LINE = re.compile(
    r"\W*(?:(?:\d{1,2}\s+)?(?:[^\W\d_]+\s+)?(?:\d{1,2},?\s+)?\d{4}(?:\s*[–-]\s*\d{4})?"
    r"(?:-?[^\W\d_]{1,3})?,?(?:\s+[^\W\d_]+){0,2}|"
    r"(?:Geçen|Geçtiğimiz|Keçən|Ötən)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|Dün|Bugün|Dünən|"
    r"Bu gün)\s*[—–:-]\s"
)
_DATE_PIECES = [
    "12", "7", "2014", "2016", "March", "Mart", "yanvarı", "başı", "ci", "-ci", "-", "–", "—",
    ":", ",", " ", "  ", "\n", "• ", "Geçen", "salı", "Dün", "Bugün", "Bu gün", "Keçən",
    "il", "ilin", "X", "_", "Ali", "went", "2014-2016",
]  # fmt: skip


def test_timeline_lines_are_the_plain_matches() -> None:
    for text in [*ARTICLES, *_made(_DATE_PIECES, 3000, 10, size=12)]:
        for pos in range(len(text)):
            for end in (len(text), min(len(text), pos + 12)):
                fast = timelines.DATED_LINE.match(text, pos, end)
                plain = _PLAIN_DATED_LINE.match(text, pos, end)
                assert (fast and fast.span()) == (plain and plain.span()), text[pos:end]
