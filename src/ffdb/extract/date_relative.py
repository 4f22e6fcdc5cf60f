"""The document's own date (its dateline), and the dates the text gives relative to it
or to a year it named before.

- the dateline: a full date in the head of the text, with at most an outlet, a place, a
  label or a byline before it on its line ("İç Anadolu Gazetesi, Konya, 23 Haziran 2017",
  "Опубликовано: 12.03.2021", "By A. Writer | Weekly | Published 9 June 2017",
  "[12.08.2016 21:14]", "BAKU, 14 March 2017 (Wire) - Police ..."), never one told in a
  sentence of the lead ("He was detained on 3 May 2016.");

- days: "yesterday", "today", "on Friday", "вчера", "в пятницу", "dünən", "cümə günü",
  "dün", "cuma günü", "last Friday", "в прошлую пятницу", "ötən cümə", "geçen cuma": only
  when the document's date is known (given, or its dateline),
  counted back from it ("on Friday" is the last Friday on or before that date);
- years: "last year", "this year", "ötən il", "geçen yıl", "в прошлом году" from the
  document's date;
- years: "the same year", "that (same) year", "в том же году", "в тот же год", "həmin
  il", "eyni ildə", "aynı yılda": the latest year written before in the text; "the year
  after", "годом позже", "ertesi yıl": the one after it.

- periods: "this month", "bu ayın 14-də", "last week", "geçen hafta", "last summer",
  "прошлой осенью", "this spring" from the document's date (a week or "a few days" kept
  to the month);
- counts (in `date_counted`): "four days later", "через два дня", "dört gün sonra",
  "the next day", "накануне", "the following month", "that December", "the same week",
  "within weeks", "the next spring" from the date told before them; "three weeks ago",
  "iki həftə əvvəl" from the document's date.

These spans are added by `dates.find_dates` where no other date stands. The regexes run
only around words one of them must hold (`matches_near`): most texts hold few.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Final

# counted dates live in `date_counted`; the tests reach them through this module too
from ffdb.extract.date_counted import _COUNTED as _COUNTED
from ffdb.extract.date_counted import _COUNTED_AFTER as _COUNTED_AFTER
from ffdb.extract.date_counted import _COUNTED_KEYS as _COUNTED_KEYS
from ffdb.extract.date_counted import counted_dates as counted_dates
from ffdb.extract.date_counted import matches_near
from ffdb.extract.date_hits import Hit
from ffdb.extract.date_words import month_number
from ffdb.extract.held_words import may_hold
from ffdb.extract.scan import folded, lowered, required_words

_HEAD_LINES: Final = 8  # a dateline stands among the first lines that hold text
_HEAD_CHARS: Final = 1000
# What splits the parts of a header line: an outlet, a place, a label, a byline.
_SEPARATORS: Final = re.compile(r"[|—–•·:,;(\[/]|\s-\s|^-\s")
# A label before the date ("Published:", "Опубликовано", "Tarix:", "Yayın tarihi:").
_LABEL: Final = re.compile(
    r"(?:(?:first\s+|last\s+)?(?:published|posted|updated|issued|dated?)(?:\s+(?:on|at))?"
    r"|(?:post|message|statement|notice)\s+of"
    r"|опубликовано|обновлено|дата(?:\s+(?:публикации|выхода|обновления))?|от"
    r"|tarix|dərc\s+tarixi|yayım\s+tarixi|yenilənib|yayın\s+tarihi|yayımlanma\s+tarihi|tarih"
    r"|güncellenme(?:\s+tarihi)?|güncelleme)",
    re.IGNORECASE,
)
# Small words a name of an outlet or place may hold ("Ministry of the Interior").
_CONNECTIVES: Final = frozenset(
    ["of", "the", "and", "for", "on", "de", "al", "el", "ve", "və", "и"]
)
# After the date, the end of its line: a time, a closing bracket, the outlet in brackets.
_LINE_END: Final = re.compile(
    r"[^\S\n]*(?:,?[^\S\n]*\d{1,2}[:.]\d{2}(?::\d{2})?)?[^\S\n]*"
    r"(?:\([^()\n]{1,40}\))?[)\]»\"”]?[^\S\n]*\.?[^\S\n]*(?:\n|$)"
)
# After the date and its time, an outlet or a place set off by a bar or a dash to the
# end of the line ("19 Ekim 2022 | Gaziantep", "28 апреля 2021, 14:05 | Кавказский узел").
_NAMED_TAIL: Final = re.compile(
    r"[^\S\n]*(?:,?[^\S\n]*\d{1,2}[:.]\d{2}(?::\d{2})?)?[^\S\n]*(?:[|•·,]|[—–]|\s-\s)[^\S\n]*"
    r"(?P<name>[^\n|•·]{1,60}?)[^\S\n]*(?:\n|$)"
)


# A weekday after a header's date, on its line.
_WEEKDAY_TAIL: Final = re.compile(
    r"[^\S\n]*[,(]?[^\S\n]*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|bazar ertəsi|"
    r"çərşənbə axşamı|çərşənbə|cümə axşamı|cümə|şənbə|bazar|pazartesi|salı|çarşamba|"
    r"perşembe|cumartesi|cuma|pazar)(?![\w-])\)?",
    re.IGNORECASE,
)


def is_header_tail(text: str, pos: int) -> bool:
    """The rest of the line from `pos` (right after a date) is what a header puts after
    its date: nothing, a time, an outlet in brackets, or an outlet or place after a bar."""
    if _LINE_END.match(text, pos):
        return True
    weekday = _WEEKDAY_TAIL.match(text, pos)  # "10 Ocak 2026 Cumartesi", "21 fevral 2025, cümə"
    if weekday is not None:
        pos = weekday.end()
        if _LINE_END.match(text, pos):
            return True
    tail = _NAMED_TAIL.match(text, pos)
    if tail is None:
        return False
    words = tail.group("name").split()  # "Кавказский узел-Информ": the first capitalised
    return len(words) <= 6 and not words[0][:1].islower() and not words[-1].endswith(".")


# A dateline run into the lead: the outlet in brackets, then a dash or a stop.
_RUN_IN: Final = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:[—–-]|\.|\(|\d{1,2}[:.]\d{2})")
_DASHED_LEAD: Final = re.compile(r"\)\s*[—–-]\s*$")
_STAMP: Final = re.compile(r"[^\S\n]*\d{1,2}:\d{2}(?::\d{2})?\]")  # "[12.08.2016 21:14]"
_QUOTES: Final = "\"'«»“”„‘’"


def _is_name(words: list[str]) -> bool:
    """An outlet, a place or a weekday: capitalised words ("Balkan Insight Desk"), perhaps
    with the kind of outlet after them ("«Ailə və Cəmiyyət» jurnalı", "Yeni Asya gazetesi")."""
    if len(words) > 1 and words[-1].lower() in _OUTLET_KINDS:
        words = words[:-1]
        # the kind's own words before it: "«Şimal Xəbər» informasiya agentliyi",
        # "Anka haber ajansı", "Caucasus news agency"
        while len(words) > 1 and words[-1][:1].islower() and len(words[-1]) > 3:
            words = words[:-1]
    return 0 < len(words) <= 5 and all(
        w[:1].isupper() or w in _CONNECTIVES or not w[:1].isalpha() for w in words
    )


_OUTLET_KINDS: Final = frozenset(
    (
        *("jurnalı", "qəzeti", "saytı", "portalı", "agentliyi", "kanalı", "gazetesi"),
        *("dergisi", "sitesi", "ajansı", "газета", "журнал", "newspaper", "magazine", "daily"),
        *("weekly", "agency"),
    )
)


_LEAD_WORDS: Final = 14  # words a header's lead holds at most
_NO_WORD: Final = "|—–•·:,;([/-" + _QUOTES  # what may make no word of its own


def _header_lead(lead: str) -> int | None:
    """The number of words before a date on its line when they may head a text (an
    outlet, a place, a label, a byline), else None."""
    # a cheap bound first (most leads are a sentence's words): a token of the lead that
    # holds more than separators, dashes and quotes gives at least one word below
    if len(lead) > 40 and sum(1 for t in lead.split() if t.strip(_NO_WORD)) > _LEAD_WORDS:
        return None
    parts = _SEPARATORS.split(lead)
    seps = _SEPARATORS.findall(lead)
    words = [[w.strip(_QUOTES) for w in p.split() if w.strip(_QUOTES)] for p in parts]
    if any(len(ws) > 6 for ws in words) or sum(map(len, words)) > _LEAD_WORDS:
        return None
    near = words[-1]
    if near:
        if not (_LABEL.fullmatch(" ".join(near)) or _is_name(near)):
            return None  # "He was detained on", "Police said"
    elif len(words) > 1 and seps[-1] == ",":
        before = words[-2]
        if not (len(before) <= 2 or _LABEL.fullmatch(" ".join(before)) or _is_name(before)):
            return None  # "Police said on Monday, 3 May 2016."
    return sum(map(len, words))


def dateline_hit(text: str, hits: list[Hit]) -> Hit | None:
    """The full date (see the module docstring) that dates the document, if its head
    has one. `hits` are the dates found in the text, in order."""
    limit, lines, at = min(len(text), _HEAD_CHARS), 0, 0
    while lines < _HEAD_LINES and at < limit:
        nl = text.find("\n", at)
        nl = len(text) if nl < 0 else nl
        lines += bool(text[at:nl].strip())
        at = nl + 1
    limit = min(limit, at)
    for hit in hits:
        if hit.start >= limit:
            break
        if hit.year is None or hit.month is None or hit.day is None:
            continue
        line_start = text.rfind("\n", 0, hit.start) + 1
        lead = text[line_start : hit.start]
        if lead.endswith("[") and _STAMP.match(text, hit.end):
            return hit  # a Telegram export's time stamp
        count = _header_lead(lead)
        if count is None:
            continue
        if is_header_tail(text, hit.end):
            return hit
        # "Москва, 5 мая 2020 г. В ...": the date's own stop ends it
        # "GAZİANTEP (Güney Haber Ajansı) - 12 Nisan 2023 - ...": a place and an outlet
        dashed = count <= 6 and _DASHED_LEAD.search(lead) is not None
        if (count <= 3 or dashed) and (
            text.endswith(".", 0, hit.end) or _RUN_IN.match(text, hit.end)
        ):
            return hit
    return None


# (regex, offset in days or a weekday number 0=Monday as "w0".."w6")
_DAY_WORDS: list[tuple[str, str]] = [
    (r"yesterday|вчера|dünən|dün", "-1"),
    (r"today|сегодня|bu gün|bugün|this morning|сегодня утром", "0"),
    (r"the day before yesterday|позавчера|srağagün|evvelsi gün", "-2"),
]
_WEEKDAYS: Final = [
    ("on monday", "в понедельник", "bazar ertəsi", "pazartesi"),
    ("on tuesday", "во вторник", "çərşənbə axşamı", "salı"),
    ("on wednesday", "в среду", "çərşənbə", "çarşamba"),
    ("on thursday", "в четверг", "cümə axşamı", "perşembe"),
    ("on friday", "в пятницу", "cümə", "cuma"),
    ("on saturday", "в субботу", "şənbə", "cumartesi"),
    ("on sunday", "в воскресенье", "bazar", "pazar"),
]


# "last Friday", "в прошлую пятницу", "ötən cümə", "geçen salı": the weekday before the
# document's date (a week before, when it is that weekday)
_LAST: Final = (
    "last",
    "в (?:прошл|минувш)(?:ый|ую|ое|ий|ее)",
    "(?:ötən|keçən)",
    "(?:geçen|geçtiğimiz)",
)


def _day_regex() -> re.Pattern[str]:
    parts = [f"(?P<d{i}>{words})" for i, (words, _) in enumerate(_DAY_WORDS)]
    for number, names in enumerate(_WEEKDAYS):
        forms = [
            f"{last} {name.removeprefix('on ').removeprefix('в ').removeprefix('во ')}"
            for last, name in zip(_LAST, names, strict=True)
        ]
        parts.append(f"(?P<l{number}>(?:{'|'.join(forms)})(?: günü)?)")
    for number, (en, ru, az, tr) in enumerate(_WEEKDAYS):
        # Azerbaijani and Turkish weekdays need "günü" ("cuma" is also a given name),
        # but for the two-word ones no word shares ("bazar ertəsi", "cümə axşamı")
        bare = f"|{az}" if " " in az else ""
        # "Saturday's flight": the last Saturday's
        own = f"(?-i:{en.removeprefix('on ').capitalize()})['’]s"
        parts.append(f"(?P<w{number}>{en}|{own}|{ru}|(?:{az}|{tr}) günü{bare})")
    # every branch opens with one of these letters: a look-ahead on them fails fast at
    # the other positions `finditer` tries (the branches would be tried one by one)
    firsts = {w[:1] for words, _ in _DAY_WORDS for w in words.split("|")} | {
        "l",
        "в",
        "ö",
        "k",
        "g",
    }
    firsts |= {name[:1] for names in _WEEKDAYS for name in names}
    letters = "".join(sorted({c for f in firsts for c in (f.lower(), f.upper())}))
    # "Tuesday's": capitalised only
    letters += "".join(sorted({n[0][3].upper() for n in _WEEKDAYS} - set(letters)))
    return re.compile(
        r"(?=[" + letters + r"])(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE
    )


_DAYS: Final = _day_regex()
# Words one of which each match of _DAYS holds, as `scan.folded` spells them.
_DAY_KEYS: Final[tuple[str, ...]] = (
    *("yesterday", "вчера", "dün", "today", "сегодня", "bu gün", "bugün", "this morning"),
    *("позавчера", "srağagün", "evvelsi gün", "monday", "tuesday", "wednesday", "thursday"),
    *("friday", "saturday", "sunday", "понедельник", "вторник", "среду", "четверг"),
    *("пятницу", "субботу", "воскресенье", "bazar", "çərşənbə", "cümə", "şənbə", "pazar"),
    *("sali", "çarşamba", "perşembe", "cuma"),
)
_SAME_YEAR: Final = re.compile(
    r"(?<![\w-])(?:(?:later |earlier )?(?:(?:that|the) (?:very )?same|that(?: very)?) (?:year|"
    r"spring|summer|autumn|fall|winter)|(?:той же|этой же) (?:весной|осенью|зимой)|тем же летом|"
    r"в (?:том же|этом же) году|в тот же год|(?:eyni|həmin) ildə|aynı yılda|"
    r"həmin ilin (?:yazında|yayında|payızında|qışında)|aynı yılın (?:ilkbaharında|yazında|"
    r"sonbaharında|kışında|sonunda|başında)|"
    r"тем же годом|того же года|этого же года|həmin il(?:də|in)?|elə həmin il(?:də)?|"
    r"aynı yıl(?:ın)?|o yıl)(?![\w-])",
    re.IGNORECASE,
)

# Pieces one of which every match of _SAME_YEAR holds ("that year", "həmin il"), as
# `scan.folded` spells them: "year" is common, these are not.
_SAME_YEAR_WORDS: Final = required_words(_SAME_YEAR.pattern, fold=True)
# Shorter pieces, one of which each of those holds (checked here): six substring tests
# where the forty pieces cost forty, in a text that has none of them (most).
_SAME_YEAR_KEYS: tuple[str, ...] = ("same", "that ", " же ", "həmin il", "ayni yil", "o yil")
_SAME_YEAR_KEYS += ("eyni il",)
if _SAME_YEAR_WORDS is None or not all(
    any(key in word for key in _SAME_YEAR_KEYS) for word in _SAME_YEAR_WORDS
):
    _SAME_YEAR_KEYS = ()  # the table changed: no shortcut until the keys are mended

_YEAR_WORDS: Final = re.compile(
    r"(?<![\w-])(?:"
    # May of this or last year: "bu ilin may ayında" (a lower-case "may" is no month
    # alone; the other months join "bu ilin" in `dates`)
    r"(?P<yearmonth>(?:(?P<lastof>ötən|keçən)|bu|cari) ilin (?P<mname>may) "
    r"ay(?:ı|ın(?:da|dan)?)?)|"
    r"(?P<lastday>(?:ötən|keçən|geçen|geçtiğimiz) ayın (?P<day>\d{1,2})"
    r"(?:[-'’]?(?:[a-zçğıöşüə]{1,5}))?)|"
    # two years before the document's: "в позапрошлом году", "the year before last"
    r"(?P<twoback>в позапрошлом году|позапрошлого года|the year before last|"
    r"evvelki yıl(?:ın)?|ötən ildən əvvəlki il(?:də|in)?)|"
    r"(?P<last>last year(?:'s)?|в прошлом году|прошлого года|ötən il(?:də|in)?|"
    r"keçən il(?:də|in)?|geçen yıl(?:ın)?|geçtiğimiz yıl(?:ın)?|bıldır)|(?P<this>this year(?:'s)?|"
    r"в этом году|в текущем году|этого года|текущего года|bu il(?:də|in)?|bu yıl(?:ın)?)|"
    r"(?P<ago>(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) years? ago|"
    r"(?:\d{1,2}|год|два года|три года|четыре года|(?:пять|шесть|семь|восемь|девять|десять) "
    r"лет) назад|(?:\d{1,2}|bir|iki|üç|dörd|dört|beş|altı|yeddi|yedi|səkkiz|sekiz|doqquz|"
    r"dokuz|on) (?:il|yıl) (?:əvvəl|öncə|önce))|"
    r"(?P<month>last month|в прошлом месяце|ötən ay|keçən ay|geçen ay|"
    r"geçtiğimiz ay))(?![\w-])",
    re.IGNORECASE,
)
# Words one of which each match of _YEAR_WORDS holds, as `scan.folded` spells them.
_YEAR_KEYS: Final[tuple[str, ...]] = (
    *("year", "году", "года", "ötən", "keçən", "geçen", "geçtiğimiz", "bildir", "bu il"),
    *("bu yil", "evvelki", "назад", "əvvəl", "öncə", "önce", "month", "месяц"),
)
# This month, this or last week, this or last season: run only when a word of them is in
# the text (most texts have none).
_PERIOD_WORDS: Final = re.compile(
    r"(?<![\w-])(?:(?P<thisday>(?:bu|cari) ayın (?P<day>\d{1,2})(?:[-'’]?[a-zçğıöşüə]{1,5})?)|"
    r"(?P<thismonth>(?:earlier )?this month|в этом месяце|в текущем месяце|"
    r"этого месяца|текущего месяца|bu ay(?:ın)?|cari ay(?:ın)?)|"
    r"(?P<week>(?P<lastweek>last week|на прошлой неделе|на минувшей неделе|ötən həftə|"
    r"keçən həftə|geçen hafta|geçtiğimiz hafta)|(?:earlier )?this week|на этой неделе|"
    r"bu həftə|bu hafta)|"
    r"(?P<season>(?:(?P<lastseason>last|прошл(?:ой|ым)|минувш(?:ей|им)|ötən|keçən|geçen|"
    r"geçtiğimiz)|this|эт(?:ой|им)|bu) (?P<sname>spring|summer|autumn|fall|"
    r"winter|весной|летом|осенью|зимой|yaz|yay|payız|qış|ilkbahar|sonbahar|kış)))(?![\w-])",
    re.IGNORECASE,
)
_PERIOD_KEYS: Final[tuple[str, ...]] = (
    *("this month", "месяц", "bu ay", "cari ay", "week", "недел", "həftə", "hafta"),
    *("spring", "summer", "autumn", "fall", "winter", "весной", "летом", "осенью", "зимой"),
    *(" yaz", " yay", "payiz", "qiş", "bahar", "kiş"),
)
_COUNT_WORDS = {"a": 1, "one": 1, "год": 1, "bir": 1, "two": 2, "два": 2, "iki": 2}
_COUNT_WORDS |= {"three": 3, "три": 3, "üç": 3, "four": 4, "четыре": 4, "dörd": 4, "dört": 4}
_COUNT_WORDS |= {"five": 5, "пять": 5, "beş": 5, "six": 6, "шесть": 6, "altı": 6}
_COUNT_WORDS |= {"seven": 7, "семь": 7, "yeddi": 7, "yedi": 7, "eight": 8, "восемь": 8}
_COUNT_WORDS |= {"səkkiz": 8, "sekiz": 8, "nine": 9, "девять": 9, "doqquz": 9, "dokuz": 9}
_COUNT_WORDS |= {"ten": 10, "десять": 10, "on": 10}
# "more than six years ago", "более пяти лет назад": a bound, not the year
_ROUGHLY_BEFORE: Final = re.compile(
    r"(?:more than|over|almost|nearly|about|some|around|более|больше|свыше|почти|около|"
    r"daha|fazla|təxminən|yaklaşık)\s+$",
    re.IGNORECASE,
)


def relative_years(text: str, doc_date: str) -> list[tuple[int, int, str]]:
    """(start, end, year) of "last year", "this year", "two years ago" and their kin, and
    (start, end, month) of "last month", from `doc_date`."""
    year = int(doc_date[:4])
    out = []
    low = folded(text) or lowered(text)
    for m in matches_near(_YEAR_WORDS, text, low, _YEAR_KEYS, 24):
        if m.group("lastday"):  # "ötən ayın 14-də": a day of last month
            month, day = (int(doc_date[5:7]) if len(doc_date) >= 7 else 0), int(m.group("day"))
            if month and 1 <= day <= 31:
                y, mo = (year, month - 1) if month > 1 else (year - 1, 12)
                out.append((m.start(), m.end(), f"{y:04d}-{mo:02d}-{day:02d}"))
            continue
        if m.group("yearmonth"):
            number = month_number(m.group("mname")) or 0
            y = year - 1 if m.group("lastof") else year
            out.append((m.start(), m.end(), f"{y:04d}-{number:02d}"))
            continue
        if m.group("month"):
            month = int(doc_date[5:7]) if len(doc_date) >= 7 else 0
            if month:
                y, mo = (year, month - 1) if month > 1 else (year - 1, 12)
                out.append((m.start(), m.end(), f"{y:04d}-{mo:02d}"))
            continue
        if m.group("ago"):
            if _ROUGHLY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            first = m.group("ago").split()[0].replace("İ", "i").lower()
            count = int(first) if first.isdigit() else _COUNT_WORDS.get(first, 0)
            value = year - count
        else:
            value = year - 2 if m.group("twoback") else year - 1 if m.group("last") else year
        out.append((m.start(), m.end(), f"{value:04d}"))
    for m in matches_near(_PERIOD_WORDS, text, low, _PERIOD_KEYS, 24):
        found = _this_period(m, doc_date)
        if found is not None:
            out.append((m.start(), m.end(), found))
    return out


# The last month of each season ("yaz" is summer in Turkish, spring in Azerbaijani: the
# year is what is kept)
_SEASON_END = {"spring": 5, "весной": 5, "yaz": 8, "ilkbahar": 5, "summer": 8, "летом": 8}
_SEASON_END |= {"yay": 8, "autumn": 11, "fall": 11, "осенью": 11, "payız": 11}
_SEASON_END |= {"sonbahar": 11, "winter": 2, "зимой": 2, "qış": 2, "kış": 2}


def _this_period(m: re.Match[str], doc_date: str) -> str | None:
    """The month of "this month" and "last week", the year of "last summer"."""
    year, month = int(doc_date[:4]), int(doc_date[5:7]) if len(doc_date) >= 7 else 0
    if m.group("season"):
        end = _SEASON_END.get(m.group("sname").replace("İ", "i").lower(), 0)
        if m.group("lastseason") and month and month <= end:
            return f"{year - 1:04d}"  # "last summer", told in July, was a year before
        return f"{year:04d}"
    if not month:
        return None
    if m.group("thisday"):  # "bu ayın 14-də": a day of this month
        day = int(m.group("day"))
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    if m.group("lastweek") and len(doc_date) >= 10:
        try:
            return (date.fromisoformat(doc_date[:10]) - timedelta(days=7)).isoformat()[:7]
        except ValueError:
            return None
    return doc_date[:7]


def relative_days(text: str, doc_date: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO day) of the day words, counted from `doc_date` (a full ISO day)."""
    try:
        today = date.fromisoformat(doc_date[:10])
    except ValueError:
        return []
    out = []
    low = folded(text) or lowered(text)
    for match in matches_near(_DAYS, text, low, _DAY_KEYS, 32):
        name = match.lastgroup or ""
        start, end = match.start(), match.end()
        if name.startswith("d"):
            day = today + timedelta(days=int(_DAY_WORDS[int(name[1:])][1]))
        else:
            number = int(name[1:])
            week = _LAST_WEEK_BEFORE.search(text, max(0, start - 24), start)
            week_after = _LAST_WEEK_AFTER.match(text, end) if week is None else None
            if week is not None or week_after is not None:
                # "keçən həftənin çərşənbə günü", "on Wednesday last week": that day of
                # the calendar week before the document's
                day = today - timedelta(days=today.weekday() + 7 - number)
                start = week.start() if week is not None else start
                end = week_after.end() if week_after is not None else end
            else:
                back = (today.weekday() - number) % 7
                if name.startswith("l"):
                    back = back or 7
                day = today - timedelta(days=back)
        out.append((start, end, day.isoformat()))
    return out


# What stands between a weekday and a date written out after it.
_APPOSED_GAP: Final = re.compile(r"[^\S\n]?[,(—–][^\S\n]?")


def drop_apposed(
    text: str, days: list[tuple[int, int, str]], starts: set[int]
) -> list[tuple[int, int, str]]:
    """`days` without the weekdays a date written out follows ("last Wednesday, 6
    November", "geçen perşembe (14 Ağustos)", "on Sunday, Oct. 6"): that date dates the
    event. `starts`: where the dates written out start."""
    out = []
    for day in days:
        gap = _APPOSED_GAP.match(text, day[1])
        if gap is None or gap.end() not in starts:
            out.append(day)
    return out


def drop_within(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` without the spans inside a longer one ("last week" of "on Wednesday last
    week")."""
    if len(found) < 2:
        return found
    return [
        f
        for f in found
        if not any(o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0] for o in found)
    ]


# "last week" before or after a weekday: "keçən həftənin çərşənbə günü", "geçen haftanın
# salı günü", "на прошлой неделе в среду", "last week on Monday", "в среду на прошлой неделе",
# "on Monday last week", "ötən həftə cümə günü".
_LAST_WEEK_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:keçən|ötən) həftə(?:nin)?|(?:geçen|geçtiğimiz) hafta(?:nın)?|"
    r"на (?:прошлой|минувшей) неделе,?|last week,?)\s+$",
    re.IGNORECASE,
)
_LAST_WEEK_AFTER: Final = re.compile(
    r",?\s+(?:на (?:прошлой|минувшей) неделе|прошлой недели|last week)(?![\w-])", re.IGNORECASE
)


_NEXT_YEAR: Final = re.compile(
    r"(?<![\w-])(?:в следующем году|на следующий год|через год|(?:спустя )?год спустя|"
    r"спустя год|годом (?:позже|позднее)|the (?:following|next) year|the year after|"
    r"(?:a|one) year (?:later|afterwards|on)|ertəsi il(?:də)?|növbəti il(?:də)?|bir il sonra|"
    r"ertesi yıl(?:ı|da)?|bir yıl sonra|bir sonraki yıl)(?![\w-])",
    re.IGNORECASE,
)


# (Typed as tuples of any length: mypyc keeps a tuple of known length as a value and boxes
# it anew at each use, and `may_hold` keeps its answers by the tuple's identity: a new
# entry for every text, never dropped.)
_NEXT_YEAR_WORDS: Final[tuple[str, ...]] = (
    *("следующ", "через год", "following year", "next year", "year later", "ertəsi il"),
    *("год спустя", "спустя год", "годом поз", "year after", "year afterwards", "year on"),
    *("növbəti il", "bir il sonra", "ertesi yil", "bir yil sonra", "sonraki yil"),
)
_SEASON_YEAR_WORDS: Final[tuple[str, ...]] = (
    *("year", "году", "həmin il", "ayni yil", "o yil", "spring", "summer", "autumn"),
    *("fall", "winter", "той же", "этой же", "тем же", "того же", "этого же", "тот же"),
    *("том же", "eyni il"),
)


def _may_name_same_year(folded_text: str) -> bool:
    return not _SAME_YEAR_KEYS or any(
        key in folded_text for key in may_hold(folded_text, _SAME_YEAR_KEYS)
    )


def same_years(text: str, years: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, year) of "the same year" and its kin, given (position, year) of the
    explicit years before them, in order."""
    out: list[tuple[int, int, str]] = []
    # Turkish dotless and dotted i as "i"; `folded` is `lowered` where it is not None,
    # so one lower-casing pass serves both tests below
    folded_text = folded(text) if _SAME_YEAR_WORDS is not None else None
    low = folded_text if folded_text is not None else lowered(text)
    # (each test a pass over the text: none for a word of a script the text lacks)
    if any(w in low for w in may_hold(low, _NEXT_YEAR_WORDS)):
        for match in _NEXT_YEAR.finditer(text):  # "в следующем году", "the following year"
            before = [year for pos, year in years if pos < match.start()]
            if before:
                out.append((match.start(), match.end(), f"{before[-1] + 1:04d}"))
    # most texts: no need to scan; the fewest substring tests first
    if folded_text is not None and not _may_name_same_year(folded_text):
        return out
    if not any(w in low for w in may_hold(low, _SEASON_YEAR_WORDS)):
        return out
    if folded_text is not None and not any(
        w in folded_text for w in may_hold(folded_text, _SAME_YEAR_NEEDLES)
    ):
        return out
    # around the words alone where they may be found: `re` tries the look-behind that
    # opens _SAME_YEAR at every position of the text
    matches: Iterable[re.Match[str]] = (
        matches_near(_SAME_YEAR, text, folded_text, _SAME_YEAR_NEEDLES, 48, _SAME_YEAR_AFTER)
        if folded_text is not None and _SAME_YEAR_NEEDLES
        else _SAME_YEAR.finditer(text)
    )
    for match in matches:
        before = [year for pos, year in years if pos < match.start()]
        if before:
            out.append((match.start(), match.end(), f"{before[-1]:04d}"))
    return out


_SAME_YEAR_NEEDLES: Final = tuple(sorted(_SAME_YEAR_WORDS or ()))
# " year" and the seasons are the pieces of the English phrases, and common ("seven years
# in prison"): a match holds one right after "same", "that" or "very"
_SAME_YEAR_AFTER: Final[dict[str, tuple[str, ...]]] = {
    word: ("same", "that", "very")
    for word in (" year", " spring", " summer", " autumn", " fall", " winter")
}
