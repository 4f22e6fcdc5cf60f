"""Words found in the one automaton pass over a document (`at_places.Occurrences`) are
those a search of the text for each word finds: as written, in the lower-cased text,
and one after another without overlaps. Each finder the rules use is checked against
`str.find` over the example articles and strings built to sit on their edges (every
language, capitals, the Turkish dotted and dotless i, odd folds)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ffdb.extract import dates, geo, people_context, people_families, people_place_runs
from ffdb.extract.at_places import Occurrences
from ffdb.extract.dates import find_dates
from ffdb.extract.scan import CueScanner, finditer_from, folded, matches_at

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_PIECES = [
    "Qusar", "rayonu", "District", "district", "village", "kəndi", "İli", "ili", "Köyü",
    "köyü", "село", "сел", "Сел", "Sabiha Gökçen", "Havalimanı", "HAVALİMANI", "Hava",
    "Limanı", "Airport", "İstasyonu", "istasyonu", "Istasyonu", "Camii", "named", "NAMED",
    "adlı", "ADLI", "по имени", "known only as", "brothers", "sisters", "sistersisters",
    "family", "qardaşlar", "Qardaşlar", "kardeşler", "ailesi", "ailəsi", "bacıları",
    "братья", "Братья", "семья", "сёстры", "Сестры", "Qasımovlar", "Əliyevlər", "zadələr",
    "Kasım", "KASIM", "kasım", "Kasim", "İyul", "iyul", "Iyul", "ıyul", "noyabrda", "ноябре",
    "Ноябре", "November", "NOVEMBER", "november", "Mayıs", "mayısta", "Ocak", "Aralık",
    "İ", "ı", "I", "ſ", "ᲂ", "Σ", "σ", "’", "'", ",", ".", "-", "\n", " ", "  ", "\u00a0",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(16)
    made = [
        "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "-", "\n"]) for _ in range(14))
        for _ in range(600)
    ]
    return [p.read_text(encoding="utf-8") for p in ARTICLES] + made


def _found(haystack: str, words: tuple[str, ...], start: int, end: int, apart: bool) -> list[int]:
    """Each word's places by `str.find`, word by word."""
    out: list[int] = []
    for word in words:
        at = haystack.find(word, start, end)
        while at >= 0:
            out.append(at)
            at = haystack.find(word, at + (len(word) if apart else 1), end)
    return out


def _finders() -> list[tuple[Occurrences, bool]]:
    """Every finder of the rules, and whether it looks for its words apart."""
    stems = [finder for pair in dates._STEM_FINDERS.values() for finder in pair]
    return [
        (geo._TYPE_BEFORE_AT, False),
        (geo._TYPE_AFTER_AT, False),
        (people_context._NAMING_BEFORE_AT, False),
        (people_context._NAMING_AFTER_AT, False),
        (people_place_runs._THING_NOUN_PLACES, False),
        (people_families._COLLECTIVE_PLACES, True),
        (people_families._AZ_PLURAL_PLACES, False),
        (people_families._RU_PLURAL_PLACES, True),
        *[(finder, False) for finder in stems],
    ]


def test_words_are_found_where_a_search_for_each_finds_them() -> None:
    rng = random.Random(3)
    finders = _finders()
    for text in _texts():
        low = folded(text)
        if low is None:
            continue
        windows = [(0, len(text))]
        for _ in range(3):
            lo = rng.randint(0, len(text))
            windows.append((lo, min(len(text), lo + rng.randint(0, 200))))
        for finder, apart in finders:
            lower = finder._lower
            haystack = text.replace("İ", "i").lower() if lower else text
            for lo, hi in windows:
                found = finder.each(text, low, lo, hi, apart=apart)
                assert found == _found(haystack, finder.words, lo, hi, apart), (text, lo, hi)
                if not apart and not lower:
                    assert finder.find(text, low, lo, hi) == sorted(set(found))


def test_a_text_that_cannot_be_folded_is_searched() -> None:
    finder = Occurrences(("sisters", "family"))
    text = "The Aliyev ſ sistersisters and family"
    assert folded(text) is None
    assert finder.each(text, None, 0, len(text)) == [13, 19, 31]
    assert finder.each(text, None, 0, len(text), apart=True) == [13, 31]
    with pytest.raises(ValueError):
        Occurrences(("family",), lower=True).each(text, None, 0, len(text))


def test_a_word_with_a_sigma_is_refused() -> None:
    # (a capital sigma lower-cases by the letters around it)
    with pytest.raises(ValueError):
        Occurrences(("ΟΔΟΣ",))


def test_months_named_alone_are_found_in_every_language() -> None:
    cases = [
        ("He left in November and came back.", "en", "November"),
        ("Он уехал в ноябре, сообщили родные.", "ru", "ноябре"),
        ("O, noyabrda Suriyaya gedib.", "az", "noyabrda"),
        ("Kasımda Suriye'ye gitti.", "tr", "Kasımda"),
        ("Orxan İyulda Suriyaya gedib.", "az", "İyulda"),
    ]
    for text, language, word in cases:
        spans = find_dates(text, "2015-06-01", language)
        assert [s.text for s in spans] == [word], (text, spans)


def test_matches_are_handed_back_as_a_list() -> None:
    scanner = CueScanner(*_cue_regex())
    text = "Police detained him; he was detained again."
    found = scanner.finditer(text)
    assert isinstance(found, list)
    assert [m.group() for m in found] == ["detained", "detained"]
    starts = re.compile(r"d")
    regex = scanner.regex
    assert [m.span() for m in finditer_from(regex, starts, text)] == [
        m.span() for m in regex.finditer(text)
    ]
    assert [m.span() for m in matches_at(regex, [7, 28], text)] == [(7, 15), (28, 36)]


def _cue_regex() -> tuple[re.Pattern[str], list[str]]:
    patterns = ["detained", "arrested"]
    parts = [f"(?P<c{i}>{p})" for i, p in enumerate(patterns)]
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)
    return regex, patterns
