"""Russian nouns for a town's people right before a name: "Казанец Дамир Зиннатуллин",
"дербентец Руслан Алиев", "нальчанин Ислам Тхагапсоев". The noun is the town's name with
"-ец" or "-анин" ("-анка", "-янин"); its stem is the town's name, or that name less its
soft sign, "-а" or "-ик" (Казань, Нальчик), found in the gazetteer.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import right_within
from ffdb.extract.geo import place_of
from ffdb.extract.sentences import Sentence

# the noun's ending, then a capital opening the name; the word is walked back from there
# (a look-behind opening the whole pattern would have `re` try every position)
_ENDING: Final = re.compile(r"(?:ец|анин|анка|янин|янка)\s+(?=[А-ЯЁ])")
_DEMONYM: Final = re.compile(r"([А-ЯЁа-яё][а-яё]{2,}?)(ец|анин|анка|янин|янка)\s+")
_LETTERS: Final = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
# the stem's endings the town's name may have lost
_ENDINGS: Final = ("", "а", "ик")
# the countries of the Russian-language sets: "Кавказ" is no Colombian town here
_COUNTRIES: Final = frozenset("RU AZ GE TJ UZ KZ KG TM UA BY AM".split())
# nouns of the same shape that name no town's people
_NOT_TOWNS: Final = frozenset(["отец", "боец", "конец", "молодец", "мудрец", "гонец", "жрец"])


def russian_demonyms(ctx: DocContext) -> list[tuple[int, str, Sentence, int, int]]:
    """(person, place name, sentence, noun start, noun end) for each such noun."""
    out: list[tuple[int, str, Sentence, int, int]] = []
    if ctx.language != "ru":
        return out
    for match in _demonyms(ctx.text):
        if match.group().rstrip().lower() in _NOT_TOWNS:
            continue
        name = _town(match.group(1))
        if name is None:
            continue
        sentence = ctx.index.at(match.start())
        person = right_within(ctx, match.end(), words=0)
        if sentence is not None and person is not None:
            out.append((person, name, sentence, match.start(), match.end(2)))
    return out


def _town(stem: str) -> str | None:
    stem = stem[0].upper() + stem[1:]
    # "-нец" is of a name in "-нь" (Казань, Рязань, Тюмень); the gazetteer folds the sign
    endings = ("ь", *_ENDINGS) if stem.endswith("н") else _ENDINGS
    for ending in endings:
        found = place_of(stem + ending)
        if found is None or found[2]:
            continue  # a case ending dropped: not the name as written
        place, name = found[0], found[1]
        if place.precision != "country" and place.country in _COUNTRIES:
            return name
    return None


def _demonyms(text: str) -> list[re.Match[str]]:
    """The nouns `_DEMONYM` matches as whole words."""
    out = []
    for ending in _ENDING.finditer(text):
        word = ending.start()
        while word > 0 and text[word - 1] in _LETTERS:
            word -= 1
        if word > 0 and (text[word - 1] == "-" or text[word - 1].isalnum()):
            continue  # part of a longer word ("Кабардино-...", a Latin letter)
        found = _DEMONYM.fullmatch(text, word, ending.end())
        if found is not None:
            out.append(found)
    return out


# The noun set off after a name, perhaps past an age or a year of birth: "Айдар Шарипов,
# 1991 года рождения, казанец.", "Руслан Алиев, 27 лет, тоже дербентец,"
_AFTER_NAME: Final = re.compile(
    r",\s+(?:тоже\s+|также\s+|коренной\s+)?([а-яё]{3,}?)(ец|анин|анка|янин|янка)(?=\s*[.;,)—–]|\s*$)"
)
_NAME_GAP: Final = re.compile(
    r"(?:\s*,\s*(?:\d{1,2}\s+(?:лет|года|год)|(?:19|20)\d\d\s+(?:года рождения|г\.\s*р\.)))*\s*"
)


def russian_demonyms_after(ctx: DocContext) -> list[tuple[int, str, Sentence, int, int]]:
    """(person, place name, sentence, noun start, noun end) for the noun after a name."""
    out: list[tuple[int, str, Sentence, int, int]] = []
    if ctx.language != "ru" or ("ец" not in ctx.low and "анин" not in ctx.low):
        return out
    for match in _AFTER_NAME.finditer(ctx.text):
        if (match.group(1) + match.group(2)) in _NOT_TOWNS:
            continue
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        before = ctx.agents_in(max(sentence.start, match.start() - 80), match.start())
        if not before or not ctx.names_in(before[-1][0], before[-1][1]):
            continue
        if _NAME_GAP.fullmatch(ctx.text, before[-1][1], match.start()) is None:
            continue
        name = _town(match.group(1))
        if name is not None:
            out.append((before[-1][2], name, sentence, match.start(1), match.end(2)))
    return out
