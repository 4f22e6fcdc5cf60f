"""Word forms of names: surname shapes, case endings, kunya particles, nisbas.

Turkic and Slavic surnames carry their shape in a suffix (-ov/-ova, -ev/-yev/-iyev,
-li/-lı/-lu, -zade, -oğlu, -in/-ina, Georgian -shvili/-dze). Russian declines them
(Мамедова, Мамедову, Мамедовым → Мамедов for a man; the same -ова is a woman's nominative),
Azerbaijani glues case suffixes on (Mustafayevin, İslamova, Babayevdən), Turkish glues
them after an apostrophe (İslamov'un). `lemma_surname` and `lemma_given` undo this, with
the gender of the given name deciding the ambiguous -ova.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ffdb.extract.lexicon import given_gender
from ffdb.extract.tokens import fold, strip_apostrophe_suffix

KUNYA = frozenset(
    fold(w)
    for w in [
        "Abu",
        "Abū",
        "Abou",
        "Aboo",
        "Ebu",
        "Ebū",
        "Əbu",
        "Abi",
        "Abī",
        "Aba",
        "Abā",
        "Umm",
        "Umm-e",
        "Ummu",
        "Ummi",
        "Um",
        "Абу",
        "Абy",
        "Умм",
        "Умму",
        "Ebû",
    ]
)
CONNECTORS = frozenset(
    fold(w)
    for w in [
        "bin",
        "ibn",
        "bint",
        "ben",
        "binti",
        "Abd",
        "Abdul",
        "Abdel",
        "Abdal",
        "Abdu",
        "ul",
        "ad-Din",
        "oğlu",
        "oglu",
        "ogly",
        "оглы",
        "кызы",
        "qızı",
        "gizi",
        "uulu",
        "ulu",
    ]
)
PATRONYMIC_WORDS = frozenset(
    fold(w) for w in ["oğlu", "oglu", "ogly", "оглы", "кызы", "qızı", "gizi", "uulu"]
)

# Shapes that make one word a surname even alone.
_STRONG_LAT = re.compile(r"(?:[a-z]{3}(?:ov|ev|yev|iyev|ova|eva|yeva)|zade|zadeh|shvili|dze)$")
_STRONG_CYR = re.compile(r"[а-я]{3}(?:ов|ев|ёв|ова|ева|ёва|заде|швили|дзе)$")
# Shapes that make a word a surname after a given name.
_WEAK_LAT = re.compile(r"[a-z]{3}(?:li|lu|in|ina|yan|ian|oglu|ski|sky|skiy|skaya|enko|uk|ko)$")
_WEAK_CYR = re.compile(r"[а-я]{3}(?:ин|ина|ын|ына|ли|лы|ян|ский|ская|енко|ук)$")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ович|евич|овна|евна|ична)$")

_AZ_CASE = re.compile(
    r"^(.{3,}?(?:ov|ev|yev|ova|eva|yeva|li|lı|lu|lü|zadə|zade))"
    r"(?:un|ün|in|ın|nun|nin|nın|u|ü|i|ı|a|ə|e|ya|yə|ye|da|də|de|dan|dən|den|la|lə|le|"
    r"dur|dür|dir|dır|nə|na|ya|yə)$"
)
_RU_MASC = re.compile(r"^(.{3,}(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е|ом)$")
_RU_FEM_OBL = re.compile(r"^(.{3,}(?:ов|ев|ёв|ин|ын))(?:ой|ою|у)$")
_RU_GIVEN_ENDINGS = ("а", "я", "у", "ю", "е", "ом", "ем", "ым", "ой", "ей", "и", "ы", "ём")


def is_kunya_particle(word: str) -> bool:
    return fold(word) in KUNYA


def is_connector(word: str) -> bool:
    return fold(word) in CONNECTORS


_NISBA = re.compile(
    r"^(?:[aeuə][lnrstdz]{1,2}h?|аль|ал|эль)[-‐][‘ʿ'’]?[A-ZÀ-ÞĀ-ſḀ-ỿА-ЯЁ]", re.IGNORECASE
)
_NISBA_UPPER = re.compile(r"^[^-‐]+[-‐][‘ʿ'’]?[A-ZÀ-ÞĀ-ŽḀ-ỿА-ЯЁ]")


def is_nisba(word: str) -> bool:
    """al-Baghdadi, el-Bedevi, ash-Shishani, Аль-Багдади (the article and a capital)."""
    return bool(_NISBA.match(word)) and bool(_NISBA_UPPER.match(word))


def is_patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.search(fold(word))) or fold(word) in PATRONYMIC_WORDS


@lru_cache(maxsize=65536)
def surname_strength(word: str) -> int:
    """2: a surname alone (Mustafayev); 1: a surname after a given name (Kangarli); 0."""
    bare = fold(strip_apostrophe_suffix(word))
    base = lemma_surname(word, None)
    for form in {bare, fold(base)}:
        if _STRONG_LAT.search(form) or _STRONG_CYR.search(form):
            return 2
    for form in {bare, fold(base)}:
        if _WEAK_LAT.search(form) or _WEAK_CYR.search(form):
            return 1
    return 0


@lru_cache(maxsize=65536)
def lemma_surname(word: str, gender: str | None) -> str:
    """The nominative of a surname for a person of `gender` (m, f or None)."""
    word = strip_apostrophe_suffix(word)
    lower = word.lower()
    if re.search(r"[а-яё]", lower):
        return _lemma_ru_surname(word, lower, gender)
    match = _AZ_CASE.match(lower)
    if match:
        stem = match.group(1)
        ending = lower[len(stem) :]
        # -ova: a woman's name, or a man's in the dative; the given name decides
        if ending in ("a", "ə") and gender != "m" and stem.endswith(("ov", "ev", "yev")):
            return word
        if gender == "f" and not stem.endswith(("a", "ə")) and ending.startswith(("a", "ə")):
            return word[: len(stem) + 1]
        return word[: len(stem)]
    return word


def _lemma_ru_surname(word: str, lower: str, gender: str | None) -> str:
    if gender == "f":
        fem = _RU_FEM_OBL.match(lower)
        if fem:
            return word[: len(fem.group(1))] + "а"
        return word
    if lower.endswith(("ова", "ева", "ёва", "ина", "ына")) and gender is None:
        return word  # a woman's nominative as often as a man's genitive
    masc = _RU_MASC.match(lower)
    if masc:
        return word[: len(masc.group(1))]
    return word


@lru_cache(maxsize=65536)
def lemma_given(word: str) -> tuple[str, str | None]:
    """(nominative, gender) of a given name; gender None when it is no name we know."""
    word = strip_apostrophe_suffix(word)
    gender = given_gender(word)
    if gender is not None:
        return word, gender
    lower = word.lower()
    if re.search(r"[а-яё]", lower):
        for ending in _RU_GIVEN_ENDINGS:
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                stem = word[: -len(ending)]
                for candidate in (stem, stem + "а", stem + "й", stem + "я", stem + "ь"):
                    found = given_gender(candidate)
                    if found is not None:
                        return candidate, found
    return word, None
