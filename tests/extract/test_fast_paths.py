"""The fast paths of the rules find what the plain regular expressions find.

Several scans skip work a regular expression would do (a digit shape tried only after
the characters it needs, a month word only before a number, a kin word only at the word
starts of the shared prefilter...). Each is checked here against the plain search, over
the example articles and over strings built to sit on their edges: a rule added to the
patterns without its fast path is caught here rather than missed in silence.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ffdb.extract import date_relative, dates, facts, family, geo, scan
from ffdb.extract.date_hits import DIGIT_SHAPES, WORD_SHAPES, Hit
from ffdb.extract.scan import lowered
from support import same_years_fast, same_years_plain

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_PIECES = [
    "2014", "1999", "2001-2003", "2001 - 2003", "2001-03", "2015/16", "13.09.2014", "09.2014",
    "2014-09-13", "2014.09.13", "2014/09/13", "09/2014", "2001/2002", "2014-09", "2014-1",
    "2014-11", "2014-12", "1990 çı illərdə", "1990-çi", "2001 – 2003", "1990s", "1990-х",
    "1990-ых", "1990’s", "1990'larda",
    "1990-cı illərdə", "1990 -cı", "2014-cü", "2014год", "2014 г.", "2014 yılında", "13",
    "3", "31", "05", "19", "20", "-", "–", " — ", "/", ".", ",", "'", "’", "(2014)", "12:30",
    "+2014", "№2014", "May", "March", "мая", "sentyabr", "Eylül", "of", "in", "il", "года",
    "x", " ", "  ", "\n", "s", "ci", "lar", "ay", "ayında", "-го", "th", "\u00a0",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(11)
    made = [
        "".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 12)))
        for _ in range(3000)
    ]
    return [p.read_text(encoding="utf-8") for p in ARTICLES] + made


def _searched(text: str, lo: int, hi: int, numbers: list[int]) -> list[tuple[int, Hit]]:
    """What `dates._scan` stands for: every digit shape searched over the window."""
    hits: list[tuple[int, Hit]] = []
    for rank, (pattern, handler) in enumerate(DIGIT_SHAPES):
        pos = lo
        while (m := pattern.search(text, pos, hi)) is not None:
            hit = handler(m)
            if hit is not None:
                hits.append((rank, hit))
            pos = m.end() if hit is not None else m.start() + 1
    for start in dates._month_word_starts(text, lo, numbers):
        for rank, (pattern, handler) in enumerate(WORD_SHAPES, len(DIGIT_SHAPES)):
            m = pattern.match(text, start, hi)
            if m is not None and (hit := handler(m)) is not None:
                hits.append((rank, hit))
    return hits


def test_digit_shapes_are_found_where_a_search_finds_them() -> None:
    for text in _texts():
        for lo, hi, numbers, runs in dates._windows(text):
            assert runs == [m.span() for m in dates._DIGITS.finditer(text, lo, hi)]
            fast = sorted((r, repr(h)) for r, h in dates._scan(text, lo, hi, numbers, runs))
            plain = sorted((r, repr(h)) for r, h in _searched(text, lo, hi, numbers))
            assert fast == plain, text[lo:hi]


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 he left. THAT YEAR he died.",
        "He left in 2013 and was killed later that summer.",
        "В 2012 году уехал, в том же году погиб.",
        "2016-cı ildə getdi, həmin ildə öldü.",
        "2010 yılında gitti, o yıl öldü.",
        "2015 yılında gitti, aynı yıl öldü.",
        "No year is the same here, in 2011.",
    ],
)
def test_the_same_year_is_read_as_the_plain_search_reads_it(text: str) -> None:
    years = [(m.start(), int(m.group())) for m in re.finditer(r"\d{4}", text)]
    assert same_years_fast(text, years) == same_years_plain(text, years)


def test_kin_words_are_found_where_the_plain_pattern_finds_them() -> None:
    forms = sorted(family.kin_words(), key=len, reverse=True)
    plain = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
        + r")(?![\w-])"
    )
    edges = [" ".join(forms), "-".join(forms), "  ".join(f.upper() for f in forms)]
    for text in [p.read_text(encoding="utf-8") for p in ARTICLES] + edges:
        low = lowered(text)
        fast = [m.span() for m in family._kin_scanner().finditer(low, low)]
        assert fast == [m.span() for m in plain.finditer(low)]


def test_demonyms_are_found_where_the_plain_pattern_finds_them() -> None:
    rng = random.Random(5)
    pieces = ["qusar", "lı", "li", "lu", "lü", "l", " ", "-", "_", "Q", "1", "ç", "’", "\n"]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for text in [p.read_text(encoding="utf-8") for p in ARTICLES] + made:
        for lo in (0, len(text) // 3):
            plain = [m.span() + m.groups() for m in geo._DEMONYM.finditer(text, lo, len(text))]
            assert [m.span() + m.groups() for m in geo._demonyms(text, lo, len(text))] == plain


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("abc", {"abc"}),
        ("(?:a|an)\\s+(?P<n>[A-Z][a-z]+)\\s+(?:citizen|subject)", {"citizen", "subject"}),
        ("foo|bar", {"foo", "bar"}),
        ("(?:ab|)c", {"abc", "c"}),
        ("(?:x|yz)+q", {"x", "yz"}),
        ("a?", None),
        ("x*|y", None),
        ("(?i)abc", None),
        ("ab(?i:cdef)", {"ab"}),
    ],
)
def test_the_words_a_pattern_needs(pattern: str, words: set[str] | None) -> None:
    assert scan.required_words(pattern) == (None if words is None else frozenset(words))


def test_every_nationality_found_holds_a_word_its_cues_need() -> None:
    regex = facts._nationality_regex()
    words = scan.required_words(regex.pattern)
    assert words  # else every text is scanned
    for path in ARTICLES:
        for match in regex.finditer(path.read_text(encoding="utf-8")):
            assert any(word in match.group() for word in words), match.group()


def test_the_folded_words_a_pattern_needs() -> None:
    words = scan.required_words(r"(?<![\w-])(?:that|the same) (?:year|summer)|AYNI YIL", fold=True)
    assert words == {"that year", "that summer", "the same year", "the same summer", "ayni yil"}
    assert scan.required_words("(?i)αβγ", fold=True) is None  # Greek folds apart


def test_every_pledge_and_same_year_match_holds_a_word_they_need() -> None:
    from ffdb.extract import campaigns

    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    texts.append("Biat ettiler. BAYʿA. Присягнули. O YIL öldü, AYNI YIL. Той же осенью.")
    for regex in (campaigns._PLEDGE_WORDS, date_relative._SAME_YEAR):
        words = scan.required_words(regex.pattern, fold=True)
        assert words
        for text in texts:
            low = scan.folded(text)
            for match in regex.finditer(text):
                assert low is None or any(w in low for w in words), match.group()


def test_every_cue_table_keeps_its_literal_prefilter() -> None:
    """A cue no literal start opens (a look-behind or a class first) makes its whole
    table scan every position of every text: rules stay right, extraction gets several
    times slower. Each table must keep the prefilter."""
    from ffdb.extract import aliases, events, people_context, roles

    tables = {
        "aliases": aliases._cue_regex(),
        "events": events._cue_table()[0],
        "kin words": people_context._kin_scanner(),
        "roles": roles._role_regex(),
    }
    assert [name for name, table in tables.items() if not table.prefiltered] == []


def test_the_shared_prefilter_finds_every_word_start_of_a_literal_start() -> None:
    """The shared pass reads each start after the character before it (or at the text's
    start): the places `(?<![\\w-])` + the trie of every start finds, none left out."""
    from ffdb.extract import family

    family._kin_scanner()  # at least one scanner's starts in the shared table
    shared = scan._SHARED
    plain = re.compile(r"(?<![\w-])(?=(" + scan.trie_pattern(shared.starts) + "))")
    words = sorted(shared.starts)[:40]
    edges = ["".join(words), " ".join(words), "-".join(words), "\n" + "  ".join(words)]
    for text in [p.read_text(encoding="utf-8") for p in ARTICLES] + edges:
        low = lowered(text)
        assert shared.candidates(low) == [(m.start(), m.group(1)) for m in plain.finditer(low)]


_PLAIN_CLAUSE_SEP = re.compile(
    r"\s*[,;:()\[\]]\s*|\s+[–—-]\s+|\s*[“”«»\"]\s*(?=[,;])|"
    r"\s+(?=(?:but|while|whereas|when|then|who|which|whom|whose|although|"
    r"though|но|когда|который|которая|которое|которые|которого|которой|которых|хотя|"
    r"amma|lakin|ancaq|halbuki|ama|fakat|ancak|oysa)\b)",
    re.IGNORECASE,
)
_PLAIN_AND = re.compile(r"\s+(?:and|и|а также|və|ve|hem de|həm də)\s+", re.IGNORECASE)


def test_clause_separators_are_found_where_the_plain_pattern_finds_them() -> None:
    from ffdb.extract import sentences

    rng = random.Random(3)
    pieces = [*' \n\t\u00a0,;:()[]“”«»"–—-', "but", "Who", "and", "И", "və", "x", "ama"]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for text in [p.read_text(encoding="utf-8") for p in ARTICLES] + made:
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text) // 2)):
            for fast, plain in (
                (sentences._CLAUSE_SEP, _PLAIN_CLAUSE_SEP),
                (sentences._AND, _PLAIN_AND),
            ):
                assert [m.span() for m in fast.finditer(text, lo, hi)] == [
                    m.span() for m in plain.finditer(text, lo, hi)
                ]
