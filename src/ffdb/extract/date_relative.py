"""Dates the text gives relative to its own date or to a year it named before.

- days: "yesterday", "today", "on Friday", "вчера", "в пятницу", "dünən", "cümə günü",
  "dün", "cuma günü": only when the document's date is known (given, or its dateline),
  counted back from it ("on Friday" is the last Friday on or before that date);
- years: "last year", "this year", "ötən il", "geçen yıl", "в прошлом году" from the
  document's date;
- years: "the same year", "that year", "в том же году", "həmin il", "aynı yıl": the
  latest year written before in the text.

These spans are added by `dates.find_dates` where no other date stands.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# (regex, offset in days or a weekday number 0=Monday as "w0".."w6")
_DAY_WORDS: list[tuple[str, str]] = [
    (r"yesterday|вчера|dünən|dün", "-1"),
    (r"today|сегодня|bu gün|bugün|this morning|сегодня утром", "0"),
    (r"the day before yesterday|позавчера|srağagün|evvelsi gün", "-2"),
]
_WEEKDAYS = [
    ("on monday", "в понедельник", "bazar ertəsi", "pazartesi"),
    ("on tuesday", "во вторник", "çərşənbə axşamı", "salı"),
    ("on wednesday", "в среду", "çərşənbə", "çarşamba"),
    ("on thursday", "в четверг", "cümə axşamı", "perşembe"),
    ("on friday", "в пятницу", "cümə", "cuma"),
    ("on saturday", "в субботу", "şənbə", "cumartesi"),
    ("on sunday", "в воскресенье", "bazar", "pazar"),
]


def _day_regex() -> re.Pattern[str]:
    parts = [f"(?P<d{i}>{words})" for i, (words, _) in enumerate(_DAY_WORDS)]
    for number, (en, ru, az, tr) in enumerate(_WEEKDAYS):
        # Azerbaijani and Turkish weekdays need "günü" ("cuma" is also a given name)
        parts.append(f"(?P<w{number}>{en}|{ru}|(?:{az}|{tr}) günü)")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


_DAYS = _day_regex()
_SAME_YEAR = re.compile(
    r"(?<![\w-])(?:(?:later |earlier )?(?:that|the same) year|в том же году|в этом же году|"
    r"тем же годом|həmin il(?:də)?|elə həmin il(?:də)?|aynı yıl(?:ın)?|o yıl)(?![\w-])",
    re.IGNORECASE,
)


_YEAR_WORDS = re.compile(
    r"(?<![\w-])(?:(?P<last>last year|в прошлом году|ötən il(?:də)?|keçən il(?:də)?|geçen yıl|"
    r"geçtiğimiz yıl|bıldır)|(?P<this>this year|в этом году|в текущем году|bu il(?:də)?|bu yıl))"
    r"(?![\w-])",
    re.IGNORECASE,
)


def relative_years(text: str, doc_date: str) -> list[tuple[int, int, str]]:
    """(start, end, year) of "last year", "this year" and their kin, from `doc_date`."""
    year = int(doc_date[:4])
    return [
        (m.start(), m.end(), f"{year - 1 if m.group('last') else year:04d}")
        for m in _YEAR_WORDS.finditer(text)
    ]


def relative_days(text: str, doc_date: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO day) of the day words, counted from `doc_date` (a full ISO day)."""
    try:
        today = date.fromisoformat(doc_date[:10])
    except ValueError:
        return []
    out = []
    for match in _DAYS.finditer(text):
        name = match.lastgroup or ""
        if name.startswith("d"):
            day = today + timedelta(days=int(_DAY_WORDS[int(name[1:])][1]))
        else:
            back = (today.weekday() - int(name[1:])) % 7
            day = today - timedelta(days=back)
        out.append((match.start(), match.end(), day.isoformat()))
    return out


def same_years(text: str, years: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, year) of "the same year" and its kin, given (position, year) of the
    explicit years before them, in order."""
    out: list[tuple[int, int, str]] = []
    low = text.lower()
    if not any(w in low for w in ("year", "году", "həmin il", "aynı yıl", "o yıl")):
        return out  # most texts: no need to scan
    for match in _SAME_YEAR.finditer(text):
        before = [year for pos, year in years if pos < match.start()]
        if before:
            out.append((match.start(), match.end(), f"{before[-1]:04d}"))
    return out
