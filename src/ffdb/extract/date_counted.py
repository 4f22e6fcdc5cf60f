"""Times counted from a date told before them ("four days later", "через два дня",
"dört gün sonra", "the next day", "накануне", "that December", "within weeks", "that
same month", "в тот же день", "həmin ayda", "aynı gece", "месяцем позже") or back
from the document's date ("three weeks ago", "iki həftə əvvəl"); and `matches_near`, which
runs a regex only around the words its matches must hold (see `date_relative`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Final

from ffdb.extract.held_words import may_hold
from ffdb.extract.scan import folded, lowered

# Times counted from the date told last ("four days later", "через два дня", "dört gün
# sonra", "the next day", "накануне", "that December") or back from the document's
# ("three weeks ago", "две недели назад", "iki həftə əvvəl").
_NUMBER: Final = (
    r"\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|one|"
    r"один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
    r"bir|iki|üç|dörd|dört|beş|altı|yeddi|yedi|səkkiz|sekiz|doqquz|dokuz|on"
)
_FEW: Final = r"a few|several|несколько|birkaç|bir kaç|bir neçə|bir nece"
_UNIT: Final = (
    r"(?P<day>days?|дн(?:я|ей)|день|сутки|суток|gün)|(?P<week>weeks?|недел[юиь]|недель|"
    r"həftə|hafta)|(?P<month>months?|месяц(?:а|ев)?|ay)"
)
# "that month", "the same month", "that same month", "the very same month", "that very month"
_THAT_SAME: Final = r"(?:(?:that|the) (?:very )?same|that(?: very)?)"
_COUNTED: Final = re.compile(
    # every branch opens with one of these: a look-ahead on them fails fast elsewhere
    r"(?=[\dаАоОдДтТчЧпПшШсСвВнНзЗaAoOtTfFsSeEnNbBiIüÜdDyYəƏhHcCçÇwWmMgGмМ])(?<![\w-])(?:"
    r"(?:(?P<n>" + _NUMBER + r"|" + _FEW + r")\s+|(?=(?:days|weeks|months)\s))(?:" + _UNIT + r")\s+"
    r"(?:(?P<later>later|afterwards|спустя|sonra|sonrası)|(?P<earlier>earlier)|"
    r"(?P<ago>ago|назад|önce|əvvəl|evvel))"
    r"|(?:(?P<later2>через|спустя)\s+(?P<n2>"
    + _NUMBER
    + r"|"
    + _FEW
    + r")?\s*(?:"
    + _UNIT.replace("?P<", "?P<x")
    + r"))"
    # "within weeks he had crossed into Syria": soon after the date told before
    r"|(?P<within>within)\s+(?:(?P<n3>"
    + _NUMBER
    + r"|"
    + _FEW
    + r")\s+)?(?:"
    + _UNIT.replace("?P<", "?P<y")
    + r")"
    r"|(?P<prev>накануне|the day before|the previous day|the day prior|a day earlier|"
    r"днём ранее|днем ранее|за день до этого|bir gün öncesinde|bir gün əvvəlki)"
    r"|(?P<next>the next day|the following day|the day after|на следующий день|"
    r"на другой день|на следующие сутки|ertesi gün|ertəsi gün|növbəti gün|sonraki gün)"
    r"|(?P<nextseason>(?:the following|the next) (?P<season>spring|summer|autumn|fall|winter)|"
    r"следующ(?:ей|им) (?P<season2>весной|летом|осенью|зимой)|"
    r"(?:ertesi|sonraki) (?P<season3>ilkbahar|bahar|yaz|sonbahar|kış)|"
    r"(?:növbəti|ertəsi) (?P<season4>yaz|yay|payız|qış))"
    r"|(?P<nextmonth>(?:the following|the next) month|в следующем месяце|"
    r"на следующий месяц|месяцем (?:позже|позднее)|месяц спустя|"
    r"следующего месяца|növbəti ay(?:da)?|ertəsi ay(?:da)?|ertesi ay|(?:bir )?sonraki ay)"
    r"|(?P<sameweek>(?:later |earlier )?" + _THAT_SAME + r" week|на (?:той же|этой же) неделе|"
    r"в ту же неделю|(?:həmin|eyni) həftə(?:də|nin)?|aynı hafta(?:da|nın)?)"
    r"|(?P<samemonth>(?:later |earlier )?" + _THAT_SAME + r" month|в (?:том же|этом же) месяце|"
    r"в тот же месяц|(?:того же|этого же) месяца|тем же месяцем|(?:elə )?(?:həmin|eyni) "
    r"ay(?:ın|da)?|aynı ay(?:ın|da)?)"
    # "arrested the same day", "в тот же день", "həmin gün", "aynı gün": the day told last
    r"|(?P<sameday>(?:later |earlier )?(?:(?:that|the) (?:very )?same|that very) "
    r"(?:day|evening|night|morning|afternoon)|в (?:тот же|этот же) (?:день|вечер)|"
    r"в ту же ночь|тем же (?:днём|днем|вечером)|(?:того же|этого же) дня|(?:elə )?"
    r"(?:həmin|eyni) (?:gün|gecə|axşam)(?:də)?|aynı (?:gün|gece|akşam)(?:de|da)?)"
    r"|(?:that|the same) (?P<thatmonth>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)"
    r")(?![\w-])",
    re.IGNORECASE,
)
_MONTHS_EN: tuple[str, ...] = ("january", "february", "march", "april", "may", "june")
_MONTHS_EN += ("july", "august", "september", "october", "november", "december")
_SEASONS_EN: Final = ("spring", "summer", "autumn", "fall", "winter")
# The month each season starts in: "the next spring" after May 2017 is that of 2018,
# after January 2017 that of 2017.
_SEASON_START = {"spring": 3, "весной": 3, "ilkbahar": 3, "bahar": 3, "summer": 6}
_SEASON_START |= {"летом": 6, "yay": 6, "autumn": 9, "fall": 9, "осенью": 9, "sonbahar": 9}
_SEASON_START |= {"payız": 9, "winter": 12, "зимой": 12, "kış": 12, "qış": 12}
# Pieces one of which every match holds (as `scan.folded` spells them): the regex runs
# only around them (`matches_near`); the months are for "that December".
_COUNTED_KEYS: tuple[str, ...] = (
    *("later", "afterwards", "earlier", "ago", "спустя", "назад", "sonra", "önce", "əvvəl"),
    *("evvel", "через", "накануне", "day", "ранее", "за день", "следующ", "другой день"),
    *("ertesi", "ertəsi", "növbəti", "month", "месяц", "həmin ay", "ayni ay", "week"),
    *("недел", "həftə", "hafta", "within", *_MONTHS_EN, *_SEASONS_EN),
    *(
        "позже",
        "позднее",
        "same",
        "very",
        "тот же",
        "этот же",
        "ту же",
        "тем же",
        "того же",
        "этого же",
    ),
    *("həmin g", "həmin a", "eyni g", "ayni g", "ayni a"),
)
# Keys frequent in English text ("today", "Sunday", "may"), and what stands before them
# in every match that holds them and no other key: "the day before", "the previous day",
# "the next day", "the following day"; "that May", "the same May". ("a day earlier" and
# "days later" hold other keys.)
_COUNTED_AFTER: dict[str, tuple[str, ...]] = {
    "day": ("the ", "previous ", "next ", "following "),
    **{season: ("next ", "following ") for season in _SEASONS_EN},
    **{month: ("that ", "same ") for month in _MONTHS_EN},
}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "один": 1, "одну": 1, "bir": 1, "two": 2, "два": 2}
_NUMBERS |= {"две": 2, "iki": 2, "three": 3, "три": 3, "üç": 3, "four": 4, "четыре": 4}
_NUMBERS |= {"dörd": 4, "dört": 4, "five": 5, "пять": 5, "beş": 5, "six": 6, "шесть": 6}
_NUMBERS |= {"altı": 6, "seven": 7, "семь": 7, "yeddi": 7, "yedi": 7, "eight": 8}
_NUMBERS |= {"восемь": 8, "səkkiz": 8, "sekiz": 8, "nine": 9, "девять": 9, "doqquz": 9}
_NUMBERS |= {"dokuz": 9, "ten": 10, "десять": 10, "on": 10}
_REACH: Final = 1500  # the date a count starts from is told shortly before it

_PART_OF_DAY: Final = re.compile(
    r"night|evening|morning|afternoon|вечер|ночь|gecə|axşam|gece|akşam", re.I
)


# Russian "накануне" before a genitive is "on the eve of" an occasion, not a day count.
_EVE_OF: Final = re.compile(r"\s+[^\W\d_]+(?:ов|ев|ий|ия|ии|ей|а|я|ы)(?![\w-])", re.IGNORECASE)


def counted_dates(
    text: str, spans: list[tuple[int, str, bool]], doc_date: str | None
) -> list[tuple[int, int, str, bool]]:
    """(start, end, ISO value, inferred) of times counted from the date told before them,
    given (start, value, inferred) of the dates found, in order, or from `doc_date`; the
    value is cut to the precision the count keeps ("a few days", weeks: the month)."""
    low = folded(text) or lowered(text)
    out = []
    starts = [s[0] for s in spans]
    for m in matches_near(_COUNTED, text, low, _COUNTED_KEYS, 48, _COUNTED_AFTER):
        if (
            m.group("prev")
            and m.group("prev").lower() == "накануне"
            and _EVE_OF.match(text, m.end())
        ):
            continue
        told = spans[: bisect_left(starts, m.start())]
        before = [s for s in told[-40:] if s[1][:1].isdigit()]
        if m.group("prev") or m.group("next"):
            # "Накануне тот же суд": the day before the last day told, not a month
            before = [s for s in told if len(s[1]) == 10 and s[1][:1].isdigit()]
            base = before[-1] if before else None
        else:
            if m.group("sameday") and _PART_OF_DAY.search(m.group("sameday")):
                # "24 Haziran gecesi ... 2015 yazında ... Aynı gece": a night is of a day
                days = [s for s in before if len(s[1]) == 10 and s[1] != doc_date]
                before = days or before
            base = before[-1] if before and m.start() - before[-1][0] <= _REACH else None
        found = _counted_value(m, base, doc_date)
        if found is not None:
            out.append((m.start(), m.end(), *found))
    return out


def matches_near(
    regex: re.Pattern[str],
    text: str,
    low: str,
    keys: tuple[str, ...],
    margin: int,
    after: Mapping[str, tuple[str, ...]] | None = None,
) -> list[re.Match[str]]:
    """The matches of `regex` that hold one of `keys` (as `low`, the text lower-cased
    with its offsets kept, spells them) and reach at most `margin` characters on either
    side of it: looked for only there, since `str.find` is much faster than a regex run
    over the whole text. `after`: for a common key, what every match holding it has
    right before it (one of them); a place of the key without any is no window."""
    windows: list[tuple[int, int]] = []
    after = after or {}
    # whether the text holds any of a key's words before it at all: most texts hold none
    # of "that "/"same " (every month), so need not look for those keys
    possible: dict[tuple[str, ...], bool] = {}
    for key in may_hold(low, keys):  # (none of a script the text lacks)
        before = after.get(key)
        if before is not None:
            if before not in possible:
                possible[before] = any(b in low for b in before)
            if not possible[before]:
                continue
        at = low.find(key)
        while at >= 0:
            if before is None or any(low.endswith(b, 0, at) for b in before):
                windows.append((max(0, at - margin), min(len(text), at + len(key) + margin)))
            at = low.find(key, at + 1)
    if not windows:
        return []
    windows.sort()
    merged = [windows[0]]
    for lo, hi in windows[1:]:
        if lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return [m for lo, hi in merged for m in regex.finditer(text, lo, hi)]


def _count_of(m: re.Match[str]) -> int | None:
    """The number a count says (None: "a few", "несколько")."""
    word = (m.group("n") or m.group("n2") or m.group("n3") or "").replace("İ", "i").lower()
    if not word:
        # "через месяц", "спустя неделю"; "weeks later": some
        return 1 if m.group("later2") else None
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _counted_value(
    m: re.Match[str], base: tuple[int, str, bool] | None, doc_date: str | None
) -> tuple[str, bool] | None:
    if m.group("ago"):
        if doc_date is None or len(doc_date) < 10:
            return None
        return _shifted(doc_date, m, -1), True
    if base is None:
        if m.group("prev") and doc_date and len(doc_date) >= 10:  # "накануне": the day before
            return _shifted(doc_date, m, -1), True
        return None
    value, inferred = base[1], base[2]
    if m.group("thatmonth"):
        month = _MONTHS_EN.index(m.group("thatmonth").lower()) + 1
        return f"{value[:4]}-{month:02d}", inferred
    if m.group("samemonth") or m.group("sameweek"):
        return (value[:7], inferred) if len(value) >= 7 else None
    if m.group("sameday"):
        # "returned in May 2016 and was arrested the same day": May; a bare year told
        # last is mostly told in passing (a birth, a journey): the episode rules look
        # for the day (`event_days`)
        return (value, inferred) if len(value) >= 7 else None
    if m.group("nextseason"):
        name = next(m.group(g) for g in ("season", "season2", "season3", "season4") if m.group(g))
        # "yaz" is spring in Azerbaijani, summer in Turkish
        start = 3 if m.group("season4") == "yaz" else _SEASON_START.get(name.lower(), 6)
        month = int(value[5:7]) if len(value) >= 7 else 12
        return f"{int(value[:4]) + (month >= start):04d}", inferred
    if m.group("nextmonth"):
        if len(value) < 7:
            return None
        year, month = int(value[:4]), int(value[5:7]) + 1
        year, month = (year + 1, 1) if month > 12 else (year, month)
        return f"{year:04d}-{month:02d}", inferred
    sign = -1 if (m.group("earlier") or m.group("prev")) else 1
    moved = _shifted(value, m, sign)
    # "within two days": no later than, so the day is not told
    return (moved[:7] if m.group("within") else moved), inferred


def _shifted(value: str, m: re.Match[str], sign: int) -> str:
    """`value` moved by the count of `m`, cut to the precision both keep."""
    count = _count_of(m) if not (m.group("prev") or m.group("next")) else 1
    unit = "day" if (m.group("prev") or m.group("next")) else "month"
    if m.group("day") or m.group("xday") or m.group("yday"):
        unit = "day"
    elif m.group("week") or m.group("xweek") or m.group("yweek"):
        unit = "week"
    if len(value) == 4:
        return value
    if unit == "month":
        year, month = int(value[:4]), int(value[5:7]) + sign * (count or 1)
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return f"{year:04d}-{month:02d}" if count else value[:4]  # "months later": the year
    if unit == "week" and count is None:
        return value[:4]  # "weeks later": of the year
    if len(value) == 7:
        # a few days or two weeks from a month mostly stay in it; more may leave it
        days = (count or 3) * (7 if unit == "week" else 1)
        return value if days <= 14 else value[:4]
    days = (count or 3) * (7 if unit == "week" else 1)
    try:
        moved = date.fromisoformat(value) + timedelta(days=sign * days)
    except ValueError:
        return value[:7]
    iso = moved.isoformat()
    return iso if unit == "day" and count else iso[:7]
