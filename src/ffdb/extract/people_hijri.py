"""Months of the Hijri calendar, which martyrdom notices date by ("14 Раби аль-Авваль 1438",
"5 Rebiülevvel 1437", "Jumada al-Akhira"): read as capitalised words they look like a
given name and a nisba. The months whose names only months bear are dropped from a run;
those that are common given names too (Ramadan, Rajab, Şaban, Recep, Muharrem) are
listed apart: a person may bear them, and only the words around them tell a date.
"""

from __future__ import annotations

from typing import Final

from ffdb.extract.people_words import RunToken
from ffdb.extract.tokens import fold

# Written closed up, without hyphens, apostrophes or marks, as `_key` makes them.
_MONTHS: Final = frozenset(
    [
        # English and Latin transliterations
        "rabialawwal",
        "rabiulawwal",
        "rabialawal",
        "rabiulawal",
        "rabialthani",
        "rabiathani",
        "rabiaththani",
        "rabiussani",
        "rabiulthani",
        "rabiulakhir",
        "rabialakhir",
        "rabialakhar",
        "jumadaalula",
        "jumadaalawwal",
        "jumadaulula",
        "jumadaulawwal",
        "jumadalula",
        "jumadaalakhira",
        "jumadaalakhirah",
        "jumadaalthani",
        "jumadaathani",
        "jumadaalakhir",
        "jumadaulakhira",
        "jumadalakhira",
        "jumadiulawwal",
        "jumadiulakhir",
        "jumadialawwal",
        "jumadialakhir",
        "dhualqadah",
        "dhulqadah",
        "dhulqida",
        "dhulqidah",
        "dhualqidah",
        "dhualhijjah",
        "dhualhijja",
        "dhulhijjah",
        "dhulhijja",
        "zulhijja",
        "zulhijjah",
        "zulqada",
        "zulqadah",
        # Russian
        "рабиальавваль",
        "рабиульавваль",
        "рабиальаввал",
        "рабиассани",
        "рабиуссани",
        "рабиальахир",
        "рабиульахир",
        "джумадаальуля",
        "джумадальуля",
        "джумадаульуля",
        "джумадаальавваль",
        "джумадаальахира",
        "джумадальахира",
        "джумадаассани",
        "джумадаульахира",
        "зулькаада",
        "зулькада",
        "зуулькаада",
        "зульхиджа",
        "зульхиджжа",
        "зуульхиджа",
        "зуульхиджжа",
        # Turkish
        "rebiulevvel",
        "rebiulahir",
        "rebiulahar",
        "rebiussani",
        "cemaziyelevvel",
        "cemaziyelahir",
        "cemaziyelahar",
        "cumadelula",
        "cumadelahire",
        "cumadaelula",
        "cumadaelahire",
        "cumadeleula",
        "zilkade",
        "zilkaade",
        "zilhicce",
        "zilhiccee",
        # Azerbaijani
        "rebiulaxir",
        "rebiulaxar",
        "cemadiyelevvel",
        "cemadiyelaxir",
        "cemadiyulevvel",
        "cemadiyulaxir",
        "cumadelaxire",
        "zilqede",
        "zilqade",
    ]
)
# The months that are given names too: a date only by what stands around them (a day
# before, a Hijri year after: "5 Muharram 1437", "Safer 1440'ta", "14 Рамадана"; see
# `people._hijri_date`)
_NAMED_MONTHS: Final = frozenset(
    fold(w)
    for w in "Muharram Muharrem Məhərrəm Мухаррам Мухаррама Safar Safer Səfər Сафар Сафара "
    "Rajab Recep Rəcəb Раджаб Раджаба Ramadan Ramazan Рамадан Рамадана Рамазан Рамазана "
    "Shaban Şaban Şəban Шабан Шабана Shawwal Şevval Şəvval Шавваль Шавваля".split()
)


def is_named_month(word: str) -> bool:
    """Whether a word names a Hijri month that people are named after too."""
    return fold(word) in _NAMED_MONTHS


# The first letters every month above opens with, folded: most runs stop at this test.
_OPENINGS: Final = frozenset(m[0] for m in _MONTHS)


def _key(words: list[RunToken]) -> str:
    joined = "".join(t.fold for t in words)
    return joined.replace("-", "").replace("ʿ", "").replace("ʼ", "").replace("`", "")


def hijri_month_length(toks: list[RunToken]) -> int:
    """How many of the run's first words (up to three) name a Hijri month that no one
    bears as a name; 0 when they do not."""
    if not toks or toks[0].fold[:1] not in _OPENINGS:
        return 0
    for size in (3, 2, 1):
        if len(toks) >= size and _key(toks[:size]) in _MONTHS:
            return size
    return 0
