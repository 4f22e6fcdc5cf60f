"""Dates of the Hijri calendar ("Sha'ban 1435", "17 Сафара 1439 года", "1436-cı ilin
Şaban ayında", "Safer 1438'de"): a Hijri month with its year stands for the Gregorian
year its middle falls in (the month itself is not told: the Gregorian month is written
in brackets when the text knows it, "Sha'ban 1435 (June 2014)"). A Hijri month without
its year, or a year alone, dates nothing.

The months are counted by the tabular (arithmetic) calendar, a day or two off the
observed one at most, which never moves a month's middle across a year's end.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Final

# A Hijri year of the last century or this one: rare in modern text, so the cheap gate.
# (`(?<!\d)` checked after the "1": opening with a literal, `re` skips to the ones; a
# look-behind first had it try every position of the text: near a tenth of `find_dates`)
_HIJRI_YEAR: Final = re.compile(r"1(?<!\d1)[34]\d\d(?!\d)")
# The twelve months, in English, Russian, Azerbaijani and Turkish spellings.
_MONTHS: Final = (
    r"muharram|muharrem|məhərrəm|мухаррам",
    r"safar|safer|səfər|сафар",
    r"rabi['’]?\s?(?:al|ul)?-?\s?awwal|rebiülevvel|rəbiüləvvəl|раби\s?аль-?\s?авв?аль",
    r"rabi['’]?\s?(?:al|as|ath|ul)?-?\s?(?:thani|akhir|akhar)|rebiülahir|rəbiülaxır|"
    r"раби\s?ас-?\s?сани",
    r"jumad[ao]\s?(?:al|ul)?-?\s?(?:ula|oula|awwal)|cemaziyelevvel|cəmadiyələvvəl|"
    r"джумад[аи]\s?аль-?\s?(?:уля|авваль)",
    r"jumad[ao]\s?(?:al|as|ath)?-?\s?(?:thani|akhir|akhira)|cemaziyelahir|cəmadiyəlaxır|"
    r"джумад[аи]\s?ас-?\s?сани",
    r"rajab|recep|receb|rəcəb|раджаб",
    r"sha['’]?ban|şaban|şəban|шаа?бан",
    r"ramadan|ramazan|рамадан|рамазан",
    r"shawwal|şevval|şəvval|шаввал",
    r"dhu\s?(?:al|'l|l)?-?\s?qa['’]?d(?:ah|a)|zilkade|zilqədə|зуль-?\s?каа?да",
    r"dhu\s?(?:al|'l|l)?-?\s?hij?jah?|zilhicce|zilhiccə|зуль-?\s?хидж?жа",
)
_MONTH: Final = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<m{k + 1}>{m})" for k, m in enumerate(_MONTHS))
    + r")[^\W\d_]{0,3}",
    re.IGNORECASE,
)
# What may stand between a month and the year after it: a day, "ayı(nın)", "месяца", "of"
# ("Ramazan ayının 27-si 1436", "Сафара 1439"); between a year and the month after it,
# a suffix and "ilin", "yılının" ("1436-cı ilin Şaban ayında", "1437 yılının Ramazan").
_GAP_AFTER_MONTH: Final = re.compile(
    r"[^\S\n]+(?:(?:ay[ıi](?:n[ıi]n)?|месяца|of|\d{1,2}(?:-?[a-zçğıöşüə]{1,3})?),?[^\S\n]+){0,3}",
    re.IGNORECASE,
)
_GAP_AFTER_YEAR: Final = re.compile(
    r"(?:-?[a-zçğıöşüə]{1,3})?[^\S\n]+(?:(?:il|yıl)[a-zçğıöşüə]{0,5}[^\S\n]+)?", re.IGNORECASE
)
_REACH: Final = 30
# The Hijri epoch, 16 July 622 (Julian), as a proleptic Gregorian ordinal.
_EPOCH: Final = date(622, 7, 19).toordinal()


def hijri_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, Gregorian year) of each Hijri month written with its year."""
    years = [m for m in _HIJRI_YEAR.finditer(text) if 1300 <= int(m.group()) <= 1499]
    if not years:
        return []
    out: list[tuple[int, int, str]] = []
    for year in years:
        lo, hi = max(0, year.start() - _REACH - 20), min(len(text), year.end() + _REACH + 20)
        month = _near_month(text, lo, hi, year)
        if month is None:
            continue
        number = int(next(k for k, v in month.groupdict().items() if v)[1:])
        start, end = min(month.start(), year.start()), max(month.end(), year.end())
        if out and out[-1][1] > start:
            continue
        out.append((start, end, _gregorian_year(int(year.group()), number)))
    return out


def _near_month(text: str, lo: int, hi: int, year: re.Match[str]) -> re.Match[str] | None:
    """The month name written right before the year or right after it, few words apart."""
    before = [
        m
        for m in _MONTH.finditer(text, lo, year.start())
        if _GAP_AFTER_MONTH.fullmatch(text, m.end(), year.start())
    ]
    if before:
        return before[-1]
    for m in _MONTH.finditer(text, year.end(), hi):
        return m if _GAP_AFTER_YEAR.fullmatch(text, year.end(), m.start()) else None
    return None


def _gregorian_year(year: int, month: int) -> str:
    """The Gregorian year of the fifteenth of a Hijri month (tabular calendar)."""
    days = 15 + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30
    return f"{date.fromordinal(_EPOCH + days - 1).year:04d}"


# Between a Hijri date and the Gregorian one that glosses it: a bracket, a dash, a comma
# ("14 Rajab 1440 (21 March 2019)", "шавваль 1437 года (июль 2016 г.)", "yesterday, the
# 19th of Sha'ban 1437").
_GLOSS_AFTER: Final = re.compile(
    r"[^\S\n]*(?:года|г\.(?:\s?х\.)?|yılı|ili|AH|A\.H\.|H\.)?[^\S\n]*[(\[,/–—-][^\S\n]*"
)
_GLOSS_BEFORE: Final = re.compile(
    r"[^\S\n]*[(\[,/–—-]?[^\S\n]*(?:the[^\S\n]+)?(?:\d{1,2}(?:st|nd|rd|th|-?[^\W\d_]{1,3})?"
    r"[^\S\n]+(?:of[^\S\n]+)?)?"
)


def hijri_alone(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The Hijri months with their year that no Gregorian date right beside them glosses
    ("14 Rajab 1440 (21 March 2019)": that date); `spans`: (start, end) of the dates
    found, in order."""
    found = hijri_dates(text)
    if not found:
        return []
    starts = {s[0] for s in spans}
    ends = [s[1] for s in spans]
    out = []
    for start, end, year in found:
        after = _GLOSS_AFTER.match(text, end)
        if after is not None and after.end() in starts:
            continue
        i = bisect.bisect_right(ends, start)
        if i and _GLOSS_BEFORE.fullmatch(text, ends[i - 1], start):
            continue
        out.append((start, end, year))
    return out
