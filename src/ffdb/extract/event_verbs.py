"""The forms of a verb stem written in angle brackets in `data/events.tsv` (see
`events`): Azerbaijani and Turkish finite forms and converbs made by vowel harmony,
Russian participles' cases.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

# A verb stem in angle brackets stands for its forms, made by vowel harmony rather than
# listed one by one: "<az:saxlanıl>" for saxlanılıb, saxlanılmışdır, saxlanıldı,
# saxlanılır (a timeline's present: "2021, mart – Bakıda saxlanılır"), saxlanılaraq ...;
# "<tr:yakalan>" for yakalandı, yakalanmış(tı), yakalanıyor, yakalanmaktadır, yakalanarak,
# yakalanır (the aorist, a timeline's present: "2014 – Mayıs ayında Suriye'ye geçer") ...
# No negative, future or conditional form: none tells an event.
# "<ru:выехавш>" a Russian participle's singular cases and plural nominative (выехавший,
# выехавшая, выехавшую ...), "<ru:вернувш+ся>" a reflexive one (вернувшаяся ...); plural
# oblique cases ("погибших") are left out: "семьи погибших" is no one named.
FORMS: Final = re.compile(r"<(az|tr|ru):([^<>]+)>")
_RU_SOFT: Final = "ий|его|ему|им|ем|ая|ей|ую|ее|ие"
_RU_HARD: Final = "ый|ого|ому|ым|ом|ая|ой|ую|ое|ые"
_BACK, _ROUNDED = frozenset("aıou"), frozenset("oöuü")
_VOICELESS: Final = frozenset("fstkçşhp")
# Stems whose last t is voiced before a vowel: gedib, qayıdır, gidiyor, kaybederek.
_VOICED_T: Final = ("et", "get", "git", "qayıt")


def verb_forms(status: str) -> Callable[[re.Match[str]], str]:
    # held on the way to an arrest ("saxlanılaraq həbs edilib", "yakalanarak tutuklandı")
    # is the arrest alone
    then = r"(?! (?:həbs|tutuklan))" if status == "detained" else ""
    return lambda macro: _stem_forms(macro.group(1), macro.group(2), then)


def _stem_forms(language: str, stem: str, then: str) -> str:
    """The alternation of the forms of `stem`; `then` follows each converb."""
    if language == "ru":
        stem, reflexive = stem.removesuffix("+ся"), stem.endswith("+ся")
        endings = _RU_SOFT if stem[-1] in "шщжчгкх" else _RU_HARD
        return f"{stem}(?:{endings}){'ся' if reflexive else ''}"
    high, low = _harmony(stem, language)
    soft = stem[:-1] + "d" if stem.split()[-1].endswith(_VOICED_T) else stem
    glide = stem + "y" if stem[-1] in _VOWELS else soft
    if language == "az":
        back = low == "a"
        forms = [
            f"{glide}{high}b",
            f"{stem}m{high}ş(?:d{high}r|d{high})?",
            f"{stem}d{high}",
            f"{glide}{high}r",
            f"{glide}{low}r{low}{'q' if back else 'k'}{then}",
            f"{stem}d{high}{'ğ' if back else 'y'}{high}",
            f"{stem}d{high}{'q' if back else 'k'}d{low}n",
        ]
        return "(?:" + "|".join(forms) + ")"
    return _turkish_forms(stem, soft, glide, then)


def _turkish_forms(stem: str, soft: str, glide: str, then: str) -> str:
    high, low = _harmony(stem, "tr")
    d = "t" if stem[-1] in _VOICELESS else "d"
    i = "ı" if low == "a" else "i"
    if stem[-1] in "ae":  # a low vowel turns high before -yor: "ara" arıyor, "bekle" bekliyor
        present = stem[:-1] + _harmony(stem[:-1], "tr")[0]
    elif stem[-1] in _VOWELS:
        present = stem
    else:
        present = soft + high
    forms = [
        f"{stem}{d}{high}",
        f"{stem}m{high}ş(?:t{high}r?)?",
        f"{present}yor(?:du)?",
        f"{stem}m{low}kt{low}(?:d{i}r|yd{i})?",
        f"{glide}{low}r{low}k{then}",
        f"{glide}{high}p{then}",
        f"{stem}{d}{high}ğ{high}",
        f"{stem}{d}{high}kt{low}n",
    ]
    aorist = _aorist(stem, soft, high, low)
    if aorist:
        forms.append(aorist)
    return "(?:" + "|".join(forms) + ")"


# Monosyllabic stems whose aorist takes a high vowel ("alır", "olur", "verir"); the rest
# take a low one ("geçer", "gider", "kaçar"), and a longer stem a high one ("yakalanır").
_HIGH_AORIST: Final = frozenset("al bil bul dur gel gör kal ol öl san var ver vur".split())
# Stems whose aorist is also a common noun or adjective: "gelir" (income).
_NO_AORIST: Final = frozenset(["gel"])


def _aorist(stem: str, soft: str, high: str, low: str) -> str:
    """The Turkish aorist of `stem`, as a timeline tells its events in the present
    ("Selim Doğan gözaltına alınır ve üç gün sonra tutuklanır"); not before a
    conditional, a past or "-ken" ("geçerse", "geçerdi", "geçerken": the word ends)."""
    last = stem.split()[-1]
    if last in _NO_AORIST:
        return ""
    if stem[-1] in _VOWELS:
        return f"{stem}r"
    syllables = sum(1 for c in last.lower() if c in _VOWELS)
    vowel = high if syllables > 1 or last in _HIGH_AORIST else low
    return f"{soft}{vowel}r"


_VOWELS: Final = frozenset("aıoueəiöü")


def _harmony(stem: str, language: str) -> tuple[str, str]:
    """The high and the low vowel of a suffix after `stem` (by its last vowel)."""
    last = next((c for c in reversed(stem.lower()) if c in _VOWELS), "a")
    back, rounded = last in _BACK, last in _ROUNDED
    high = ("u" if rounded else "ı") if back else ("ü" if rounded else "i")
    return high, "a" if back else ("ə" if language == "az" else "e")
