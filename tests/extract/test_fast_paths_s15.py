"""The fast paths of the place, name, birth and date-qualifier rules find what their plain
regexes find: a regex tried only where the words its matches hold say it may start
(`at_places`), a search skipped where no match can end. Each is checked against its plain
form over the example articles and strings built to sit on their edges (every language,
odd folds, spaces and hyphens)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from ffdb.extract import date_patterns, date_relative, facts, geo, held_words, people_context
from ffdb.extract.at_places import before_space, finditer_at, occurrences
from ffdb.extract.date_counted import matches_near
from ffdb.extract.scan import finditer_from, folded

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_PIECES = [
    "Qusar", "Qusar rayonu", "Xaçmaz rayonunda", "Sumqayıt şəhəri", "Quba kəndi", "kənd",
    "Konya ili", "ilin", "Adıyaman doğumlu", "doğumlu", "Mosul District", "district",
    "Aleppo Province", "village", "village of", "the village of Hil", "City of", "town",
    "area", "село", "села Гимры", "район", "района", "г.", "с.", "г. Ош", "с. Кенже",
    "поселок", "Хасавюрт", "Ömer isimli", "Rəşad adlı", "adlı", "adında", "a man named",
    "named Tariq", "called", "по имени Ислам", "known only as", "identified only as Nderim",
    "Ali", "Əliyev", "McDonald", "iPhone", "since", "Since", "early", "EARLY", "mid", "the",
    "end of", "с", "С", "в", "Во", "начале", "около", "ca.", "c.", "until", "up to", "-",
    " - ", "‐", "2014", "19", "1990", "(b.", "b.", "gedib.", "born in", "Born", "родился в",
    "года рождения", "г.р.", "1985-ci il təvəllüdlü", "that year", "the same year",
    "years", "that very year", "the same summer", "later that year", "in the same month",
    "в том же году", "həmin ildə", "aynı yıl", "o yıl", "İ", "ı", "ſ", "K", "ᲂ", "’", "'",
    "‘", ",", ".", ":", "(", ")", "\n", " ", "  ", "\u00a0", "\t",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(15)
    made = [
        "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", " ", "-", "\n"]) for _ in range(16))
        for _ in range(800)
    ]
    return [p.read_text(encoding="utf-8") for p in ARTICLES] + made


_NUMBER = re.compile(r"\d+")


def _windows(text: str, rng: random.Random) -> list[tuple[int, int]]:
    out = [(0, len(text))]
    for _ in range(6):
        lo = rng.randint(0, len(text))
        out.append((lo, min(len(text), lo + rng.randint(0, 120))))
    return out


def _spans(found: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in found]


def test_places_typed_after_their_name_are_those_the_regex_finds() -> None:
    rng = random.Random(1)
    for text in _texts():
        for lo, hi in _windows(text, rng):
            plain = list(geo._TYPE_AFTER.finditer(text, lo, hi))
            assert _spans(geo._typed_after(text, lo, hi)) == _spans(plain)


def test_places_typed_before_their_name_are_those_the_regex_finds() -> None:
    rng = random.Random(2)
    for text in _texts():
        low = folded(text)
        if low is None:
            continue
        for lo, hi in _windows(text, rng):
            places = occurrences(low, geo._TYPE_BEFORE_STARTS, lo, hi)
            plain = list(geo._TYPE_BEFORE.finditer(text, lo, hi))
            assert _spans(finditer_at(geo._TYPE_BEFORE, text, places, lo, hi)) == _spans(plain)


def test_named_given_names_are_those_the_regex_finds() -> None:
    regex = people_context._NAMED_GIVEN
    for text in _texts():
        found = finditer_at(regex, text, people_context._named_places(text), 0, len(text))
        assert _spans(found) == _spans(list(regex.finditer(text)))


def test_years_of_birth_are_those_the_regex_finds() -> None:
    for text in _texts():
        worded = facts._born_worded(text, folded(text))
        starts = facts._BORN_STARTS if worded else facts._BORN_YEAR_STARTS
        found = list(finditer_from(facts._BORN, starts, text))
        assert _spans(found) == _spans(list(facts._BORN.finditer(text)))


def test_a_qualifier_is_looked_for_only_where_one_may_end() -> None:
    for text in _texts():
        low = folded(text)
        # every place of the short texts; where a number starts in the articles
        places = (
            range(len(text) + 1) if len(text) < 400 else [m.start() for m in _NUMBER.finditer(text)]
        )
        for pos in places:
            lo = max(0, pos - 40)
            if date_patterns.may_qualify(text, low, lo, pos):
                continue
            # the empty match only (at `pos`, or before a line break ending the stretch)
            found = date_patterns.PRE_QUALIFIER.search(text, lo, pos)
            assert found is not None and not found.group(), (text, pos)


def test_the_same_year_is_found_where_the_regex_finds_it() -> None:
    regex, needles = date_relative._SAME_YEAR, date_relative._SAME_YEAR_NEEDLES
    for text in _texts():
        low = folded(text)
        if low is None:
            continue
        found = matches_near(regex, text, low, needles, 48, date_relative._SAME_YEAR_AFTER)
        assert _spans(found) == _spans(list(regex.finditer(text)))


def test_a_capitalised_word_before_spaces_is_found_whole() -> None:
    text = "in McDonald  village, ‘Umar village; x village"
    assert before_space(text, text.index("village"), 0) == [3, 5]
    assert before_space(text, text.index("village", 20), 0) == [22, 23]
    assert before_space(text, text.index("x"), 0) == []  # no spaces before it
    assert occurrences("a village, the village", ("village", "lage"), 0, 22) == [2, 5, 15, 18]


def test_the_words_a_text_may_hold_are_kept_once_for_every_text() -> None:
    # the words are looked up by their identity: a tuple made anew for each text would
    # keep an answer for every text read (as a compiled module did)
    texts = ["He left that year.", "Он уехал в том же году.", "O, həmin ildə gedib."]
    date_relative.same_years(texts[0], [(0, 2014)])
    size = len(held_words._known)
    for text in texts * 5:
        date_relative.same_years(text, [(0, 2014)])
    assert len(held_words._known) <= size + 8
    # a tuple made anew, equal to one asked about, adds nothing to read for
    words = tuple(f"{w}" for w in ("later", "sonra"))
    held_words.may_hold("iki gün sonra", words)
    known = len(held_words._known)
    for _ in range(300):
        assert held_words.may_hold("iki gün sonra", tuple(list(words))) == ("sonra",)
    assert len(held_words._known) == known
    assert len(held_words._added) <= 256
