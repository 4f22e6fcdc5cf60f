"""The document's date from a head line `date_relative.dateline_hit` does not read: a
short line among the first three that ends with a full date, after a label or an outlet
of more words than a dateline's ("Telegram-канал «Кавказ Онлайн». Публикации за 18
августа 2025 года", "Posts from the X account of Caspian Today (@CaspianTodayEN), 9
September 2025", "Bakı, 7 iyul 2023 / \"Qafqaz İnfo\"", "[Telegram: \"Şam Xəbərləri\", 3
Rəcəb 1438 (31.03.2017)]"). What is counted from the report's day ("вчера", "dünən",
"в прошлом году", "on Monday") is counted from it."""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.date_hits import Hit

_HEAD_LINES: Final = 3
_LINE_CHARS: Final = 160
# What may follow the date on its line: a year word, a bracket, a Gregorian date in
# brackets after a Hijri one, an outlet after a slash.
_TAIL: Final = re.compile(
    r"\s*(?:г\.|года?|гг?\.?|-?c[iıu] il|il)?\s*(?:\([^()\n]{0,24}\))?\s*[\])]{0,2}\s*"
    r"(?:[/|]\s*[^\n/|]{0,40})?\s*$",
    re.I,
)


def head_date(text: str, hits: list[Hit]) -> str | None:
    """The ISO day of the full date that ends a short head line, if any (see the module
    docstring). `hits` are the dates found in the text, in order."""
    at, lines, limit = 0, 0, 0
    while lines < _HEAD_LINES and at < len(text):
        nl = text.find("\n", at)
        nl = len(text) if nl < 0 else nl
        lines += bool(text[at:nl].strip())
        at = limit = nl
        at += 1
    for hit in hits:
        if hit.start >= limit:
            break
        if hit.year is None or hit.year < 1900 or hit.month is None or hit.day is None:
            continue
        if hit.end_year is not None:
            continue
        line_start = text.rfind("\n", 0, hit.start) + 1
        line_end = text.find("\n", hit.end)
        line_end = len(text) if line_end < 0 else line_end
        stop = text.endswith(".", line_start, line_end) and not text.endswith(
            "г.", line_start, line_end
        )
        if line_end - line_start > _LINE_CHARS or stop:
            continue
        if _TAIL.fullmatch(text, hit.end, line_end) is None:
            continue
        return f"{hit.year:04d}-{hit.month:02d}-{hit.day:02d}"
    return None
