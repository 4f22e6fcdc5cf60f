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

from ffdb.extract.scan import folded, lowered, required_words

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
    r"(?<![\w-])(?:(?:later |earlier )?(?:that|the same) (?:year|spring|summer|autumn|fall|"
    r"winter)|(?:той же|этой же) (?:весной|осенью|зимой)|тем же летом|в том же году|в этом же году|"
    r"həmin ilin (?:yazında|yayında|payızında|qışında)|aynı yılın (?:ilkbaharında|yazında|"
    r"sonbaharında|kışında|sonunda|başında)|"
    r"тем же годом|того же года|этого же года|həmin il(?:də|in)?|elə həmin il(?:də)?|"
    r"aynı yıl(?:ın)?|o yıl)(?![\w-])",
    re.IGNORECASE,
)

# Pieces one of which every match of _SAME_YEAR holds ("that year", "həmin il"), as
# `scan.folded` spells them: "year" is common, these are not.
_SAME_YEAR_WORDS = required_words(_SAME_YEAR.pattern, fold=True)
# Shorter pieces, one of which each of those holds (checked here): six substring tests
# where the forty pieces cost forty, in a text that has none of them (most).
_SAME_YEAR_KEYS: tuple[str, ...] = ("same", "that ", " же ", "həmin il", "ayni yil", "o yil")
if _SAME_YEAR_WORDS is None or not all(
    any(key in word for key in _SAME_YEAR_KEYS) for word in _SAME_YEAR_WORDS
):
    _SAME_YEAR_KEYS = ()  # the table changed: no shortcut until the keys are mended

_YEAR_WORDS = re.compile(
    r"(?<![\w-])(?:(?P<last>last year(?:'s)?|в прошлом году|прошлого года|ötən il(?:də|in)?|"
    r"keçən il(?:də|in)?|geçen yıl(?:ın)?|geçtiğimiz yıl(?:ın)?|bıldır)|(?P<this>this year(?:'s)?|"
    r"в этом году|в текущем году|этого года|текущего года|bu il(?:də|in)?|bu yıl(?:ın)?)|"
    r"(?P<ago>(?:\d{1,2}|a|one|two|three|four|five) years? ago|(?:\d{1,2}|год|два года|"
    r"три года|четыре года|пять лет) назад|(?:\d{1,2}|bir|iki|üç|dörd|dört|beş) (?:il|yıl) "
    r"(?:əvvəl|öncə|önce))|(?P<month>last month|в прошлом месяце|ötən ay|keçən ay|geçen ay|"
    r"geçtiğimiz ay))(?![\w-])",
    re.IGNORECASE,
)
_COUNT_WORDS = {"a": 1, "one": 1, "год": 1, "bir": 1, "two": 2, "два": 2, "iki": 2}
_COUNT_WORDS |= {"three": 3, "три": 3, "üç": 3, "four": 4, "четыре": 4, "dörd": 4, "dört": 4}
_COUNT_WORDS |= {"five": 5, "пять": 5, "beş": 5}


def relative_years(text: str, doc_date: str) -> list[tuple[int, int, str]]:
    """(start, end, year) of "last year", "this year", "two years ago" and their kin, and
    (start, end, month) of "last month", from `doc_date`."""
    year = int(doc_date[:4])
    out = []
    for m in _YEAR_WORDS.finditer(text):
        if m.group("month"):
            month = int(doc_date[5:7]) if len(doc_date) >= 7 else 0
            if month:
                y, mo = (year, month - 1) if month > 1 else (year - 1, 12)
                out.append((m.start(), m.end(), f"{y:04d}-{mo:02d}"))
            continue
        if m.group("ago"):
            first = m.group("ago").split()[0].replace("İ", "i").lower()
            count = int(first) if first.isdigit() else _COUNT_WORDS.get(first, 0)
            value = year - count
        else:
            value = year - 1 if m.group("last") else year
        out.append((m.start(), m.end(), f"{value:04d}"))
    return out


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


_NEXT_YEAR = re.compile(
    r"(?<![\w-])(?:в следующем году|на следующий год|через год|the (?:following|next) year|"
    r"a year later|ertəsi il(?:də)?|növbəti il(?:də)?|bir il sonra|ertesi yıl|bir yıl sonra|"
    r"bir sonraki yıl)(?![\w-])",
    re.IGNORECASE,
)


_NEXT_YEAR_WORDS = (
    *("следующ", "через год", "following year", "next year", "year later", "ertəsi il"),
    *("növbəti il", "bir il sonra", "ertesi yil", "bir yil sonra", "sonraki yil"),
)
_SEASON_YEAR_WORDS = (
    *("year", "году", "həmin il", "ayni yil", "o yil", "spring", "summer", "autumn"),
    *("fall", "winter", "той же", "этой же", "тем же", "того же", "этого же"),
)


def _may_name_same_year(folded_text: str) -> bool:
    return not _SAME_YEAR_KEYS or any(key in folded_text for key in _SAME_YEAR_KEYS)


def same_years(text: str, years: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, year) of "the same year" and its kin, given (position, year) of the
    explicit years before them, in order."""
    out: list[tuple[int, int, str]] = []
    # Turkish dotless and dotted i as "i"; `folded` is `lowered` where it is not None,
    # so one lower-casing pass serves both tests below
    folded_text = folded(text) if _SAME_YEAR_WORDS is not None else None
    low = folded_text if folded_text is not None else lowered(text)
    if any(w in low for w in _NEXT_YEAR_WORDS):
        for match in _NEXT_YEAR.finditer(text):  # "в следующем году", "the following year"
            before = [year for pos, year in years if pos < match.start()]
            if before:
                out.append((match.start(), match.end(), f"{before[-1] + 1:04d}"))
    # most texts: no need to scan; the fewest substring tests first
    if folded_text is not None and not _may_name_same_year(folded_text):
        return out
    if not any(w in low for w in _SEASON_YEAR_WORDS):
        return out
    if folded_text is not None and not any(w in folded_text for w in _SAME_YEAR_WORDS or ()):
        return out
    for match in _SAME_YEAR.finditer(text):
        before = [year for pos, year in years if pos < match.start()]
        if before:
            out.append((match.start(), match.end(), f"{before[-1]:04d}"))
    return out
