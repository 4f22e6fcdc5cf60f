"""A Turkish timeline tells its events in the aorist ("2014 — Mayıs ayında Suriye'ye
geçer", "2017\\nSelim Doğan gözaltına alınır ve üç gün sonra tutuklanır"), a form that
elsewhere tells a habit or a truth ("Anne çocuğunun olduğu yere gider"): a cue in the
aorist (see `event_verbs`) tells an event only in a timeline's entry, a line opening with
a year or a date, or with a short label and a dash ("Geçen hafta salı —", "Dün —"), or
one under a heading that is a year.

In a timeline (some lines open with a year or stand as one), an event dated by a day or
a month without a year ("Mayıs ayında", "12 Ocak'ta", "in March") is of its entry's
year, and an undated one is of that year.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext

# A cue's last word in the aorist ("geçer", "alınır", "tutuklanırlar"), not the "-yor",
# "-dır" or "-mıştır" forms that also end in r.
# (after a plural ending taken off: "geçerler"; the active "tutuklar" is lost so)
_AORIST: Final = re.compile(r"(?:(?<![dt])[ıiuü]|[ae])r$", re.I)
_PLURAL: Final = re.compile(r"l[ae]r$", re.I)
# A line opening with a year or a date ("2014 —", "12 Ocak 2017:", "- 2019:").
_DATED_LINE: Final = re.compile(
    r"[ \t]*(?:[-–—•*][ \t]*)?(?:\d{1,2}\.?[ \t]+\w+[ \t]+)?\d{4}\b|"
    r"[^\n.!?:—–]{1,30}?[ \t][—–][ \t]"
)
# A heading line that is a year, perhaps with a month or a few words ("2014", "Mart 2019").
_YEAR_HEADING: Final = re.compile(r"[ \t]*(?:\w+[ \t]+)?\d{4}[^\n]{0,30}\n")


def timeline_aorist(ctx: DocContext, match: re.Match[str]) -> bool:
    """Whether the cue `match` tells an event as far as its tense goes: any cue but an
    aorist, and an aorist only in a timeline's entry (see the module's docstring)."""
    said = match.group()
    if said.rsplit(" ", 1)[-1].lower() == "var":  # "yakalama kararı var": no verb
        return True
    plural = _PLURAL.search(said)
    if _AORIST.search(said, 0, len(said) if plural is None else plural.start()) is None:
        return True
    text = ctx.text
    line = text.rfind("\n", 0, match.start()) + 1
    if _DATED_LINE.match(text, line):
        return True
    if line < 2:
        return False
    above = text.rfind("\n", 0, line - 1) + 1
    return _YEAR_HEADING.fullmatch(text, above, line) is not None


_YEAR: Final = re.compile(r"\d{4}")
# An entry's line: a year, perhaps after a month or before one, then a dash ("2019 —",
# "Mart 2019 —", "2015 Nisan —").
_LEADING_YEAR: Final = re.compile(
    r"[ \t]*(?:[-–—•*][ \t]*)?(?:\w+[ \t]+)?(\d{4})(?:[ \t]+\w+)?[ \t]*[—–:-][ \t]"
)
_ENTRY_LINE: Final = re.compile(
    r"^[ \t]*(?:[-–—•*][ \t]*)?(?:\w+[ \t]+)?\d{4}(?:(?:[ \t]+\w+)?[ \t]*[—–:-][ \t]|[ \t]*$)",
    re.M,
)
# How many entry lines make a timeline.
_ENTRIES: Final = 3


def timeline_entries(ctx: DocContext) -> bool:
    """Whether the document is a timeline: some lines open entries with a year or are a
    year standing as a heading."""
    # Tried at each line's start (where its `^` holds; a match never crosses a line's
    # end): `finditer` tried the pattern at every character of the text.
    text = ctx.text
    found, line = 0, 0
    while line >= 0:
        if _ENTRY_LINE.match(text, line) is not None:
            found += 1
            if found == _ENTRIES:
                return True
        line = text.find("\n", line)
        if line >= 0:
            line += 1
    return False


def entry_year(ctx: DocContext, pos: int) -> str | None:
    """The year of the timeline entry holding `pos`: one its line opens with ("2019 —
    ...", "Mart 2019 — ...") or the heading line above it is ("2014\\n...")."""
    text = ctx.text
    line = text.rfind("\n", 0, pos) + 1
    found = _LEADING_YEAR.match(text, line)
    if found is not None:
        return found.group(1)
    if line < 2:
        return None
    above = text.rfind("\n", 0, line - 1) + 1
    if _YEAR_HEADING.fullmatch(text, above, line) is None:
        return None
    year = _YEAR.search(text, above, line)
    return None if year is None else year.group()


def entry_date(ctx: DocContext, pos: int, date: str | None, told: str | None) -> str | None:
    """The date of an event at `pos` in a timeline's entry: a day or a month told without
    a year ("12 Ocak'ta", "Mayıs ayında") in the entry's year; None when the entry gives
    no year or the date its own words gave holds one."""
    if told is not None and _YEAR.search(told):
        return None
    year = entry_year(ctx, pos)
    if year is None or (date is not None and date[:4] == year):
        return None
    return year if date is None else year + date[4:]
