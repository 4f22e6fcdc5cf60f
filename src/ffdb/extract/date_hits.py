"""The shapes of dates: what each regular expression of `date_patterns.py` found, read
into a `Hit` (year, month, day, range end) or refused (a 31 February, "2014-09" read as
a range). Used by `dates.py`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from ffdb.extract import date_patterns as P
from ffdb.extract.date_words import month_number


@dataclass(slots=True)
class Hit:
    """A date found by one shape, before qualifiers, ranges and year inference."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    tail: str = ""
    qualifier: str | None = None
    bare: bool = False  # a lone number: guard it against counts and indexes
    last: bool = False  # "last March", "в прошлом марте": never the document's own month

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, five times slower (some thousands of these are made per megabyte).
    def __init__(
        self,
        start: int,
        end: int,
        year: int | None,
        month: int | None = None,
        day: int | None = None,
        end_year: int | None = None,
        end_month: int | None = None,
        end_day: int | None = None,
        tail: str = "",
        qualifier: str | None = None,
        bare: bool = False,
        last: bool = False,
    ) -> None:
        self.start, self.end, self.year, self.month, self.day = start, end, year, month, day
        self.end_year, self.end_month, self.end_day = end_year, end_month, end_day
        self.tail, self.qualifier, self.bare, self.last = tail, qualifier, bare, last


_Handler = Callable[[re.Match[str]], Hit | None]


def _year(m: re.Match[str], group: str = "y") -> int | None:
    raw = m.group(group)
    return int(raw) if raw else None


# The days of each month, February of a leap year apart: read from a table, where
# `calendar.monthrange` worked out the weekday the month opens with too.
_MONTH_DAYS: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_day(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    last = 29 if month == 2 and calendar.isleap(year or 2000) else _MONTH_DAYS[month]
    return 1 <= day <= last


def _word_month(m: re.Match[str], group: str = "mw") -> int | None:
    word = m.group(group)
    return month_number(word) if word else None


def _on_year_range(m: re.Match[str]) -> Hit | None:
    y1, raw2 = int(m.group("y")), m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if len(raw2) == 2 and 1 <= int(raw2) <= 12 and int(raw2) < y1 % 100:
        return None  # "2014-09" is ISO's September 2014, not a range
    if not y1 < y2 <= y1 + 100 or (m.group("slash") and y2 != y1 + 1):
        return None  # "1999/2014" is a case number, "2015/16" a season
    return Hit(m.start(), m.end(), y1, end_year=y2, tail=m.group("tail2") or "")


def _on_iso_day(m: re.Match[str]) -> Hit | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    return Hit(m.start(), m.end(), y, mo, d) if _valid_day(y, mo, d) else None


def _on_iso_month(m: re.Match[str]) -> Hit | None:
    return Hit(m.start(), m.end(), int(m.group("y")), int(m.group("m")))


def _on_numeric_dmy(m: re.Match[str]) -> Hit | None:
    y, a, b = int(m.group("y")), int(m.group("d")), int(m.group("m"))
    day, month = (a, b) if b <= 12 else (b, a)  # day first unless only the US order fits
    if not _valid_day(y, month, day):
        return None
    return Hit(m.start(), m.end(), y, month, day, tail=m.group("tail") or "")


def _on_numeric_my(m: re.Match[str]) -> Hit | None:
    if not 1 <= int(m.group("m")) <= 12:
        return None
    return Hit(m.start(), m.end(), int(m.group("y")), int(m.group("m")), tail=m.group("tail") or "")


def _on_day_month(m: re.Match[str]) -> Hit | None:
    month = _word_month(m)
    day, d2 = int(m.group("d")), m.group("d2")
    year = _year(m)
    if month is None or not _valid_day(year, month, day):
        return None
    hit = Hit(m.start(), m.end(), year, month, day, tail=m.group("tail") or "")
    if d2:
        if int(d2) <= day or not _valid_day(year, month, int(d2)):
            return None
        hit.end_year, hit.end_month, hit.end_day = year, month, int(d2)
    return hit


def _on_month_year(m: re.Match[str]) -> Hit | None:
    month, year = _word_month(m), int(m.group("y"))
    if month is None:
        return None
    hit = Hit(m.start(), m.end(), year, month, tail=m.group("tail") or "")
    if m.group("mw2"):
        month2 = _word_month(m, "mw2")
        if month2 is None or month2 <= month:
            return None
        hit.end_year, hit.end_month = year, month2
    return hit


def _on_year_month(m: re.Match[str]) -> Hit | None:
    month = _word_month(m)
    if month is None:
        return None
    year, day = int(m.group("y")), m.group("d")
    if day and not _valid_day(year, month, int(day)):
        return None
    return Hit(m.start(), m.end(), year, month, int(day) if day else None)


def _on_decade(m: re.Match[str]) -> Hit | None:
    year = int(m.group("y"))
    return Hit(m.start(), m.end(), year, end_year=year + 9)


def _on_year(m: re.Match[str]) -> Hit | None:
    tail = m.group("tail") or ""
    return Hit(m.start(), m.end(), int(m.group("y")), tail=tail, bare=not tail)


# Longer, more specific shapes first: on equal spans the earlier shape wins.
# Shapes opening with a digit are searched; those opening with a month word are only
# tried at the words just before a number (searching every word costs five times more).
DIGIT_SHAPES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (P.ISO_DAY, _on_iso_day),
    (P.NUMERIC_DMY, _on_numeric_dmy),
    (P.DAY_MONTH_YEAR, _on_day_month),
    (P.YEAR_MONTH, _on_year_month),
    (P.YEAR_RANGE, _on_year_range),
    (P.ISO_MONTH, _on_iso_month),
    (P.NUMERIC_MY, _on_numeric_my),
    (P.DECADE, _on_decade),
    (P.YEAR, _on_year),
)
WORD_SHAPES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (P.MONTH_DAY_YEAR, _on_day_month),
    (P.MONTH_YEAR, _on_month_year),
)
