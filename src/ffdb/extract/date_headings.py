"""Year headings of a timeline: a year standing alone on its line ("2014", "2014:",
"2014 год", "2014-cü il", "2014 yılı") over the lines that tell that year's events, in
a text with at least two such lines. Under one, a day or month written without a year
("In November, X travels", "Кушхов задержан 11 марта", "12 Ocak'ta gözaltına alınır")
is of the heading's year, not of the document's; and an event its lines tell with no
date of its own happened in that year. A heading's reach ends at the next heading, or at
a short line without a stop ("Güncel durum", "Current status") opening another part.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

# After the year, on its line: a colon or stop, or the word for "year" (with its case).
_HEADING_TAIL: Final = re.compile(
    r"(?:\s*(?:г\.?|год|года|-?c[iıuü] il|il|y[ıi]l[ıi]?)\b)?[ \t]*[:.]?[ \t]*(?:\n|$)", re.I
)
_SHORT_HEADING: Final = 40  # characters of a line that opens another part


def heading_scopes(text: str, years: list[tuple[int, int, int]]) -> list[tuple[int, int, int, int]]:
    """(start, end, year, heading's start) of the stretches of `text` under year
    headings; `years` are (start, end, year) of the years the text writes out, in order."""
    heads: list[tuple[int, int, int]] = []
    for start, end, year in years:
        line = text.rfind("\n", 0, start) + 1
        if text[line:start].strip() or not _HEADING_TAIL.match(text, end):
            continue
        heads.append((start, text.find("\n", end) if "\n" in text[end:] else len(text), year))
    if len(heads) < 2:
        return []
    scopes = []
    for k, (head, body, year) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        scopes.append((body, _part_end(text, body, stop), year, head))
    return scopes


def _part_end(text: str, start: int, stop: int) -> int:
    """Where a short line without a stop, after the first line of text, opens another
    part before `stop` ("Güncel durum", "Current status")."""
    pos = start  # the newline ending the heading's line
    seen_text = False
    while 0 <= pos < stop:
        nxt = text.find("\n", pos + 1)
        nxt = stop if nxt < 0 or nxt > stop else nxt
        line = text[pos + 1 : nxt].strip()
        if line:
            if seen_text and len(line) <= _SHORT_HEADING and line[-1] not in '.!?:;,)»"”':
                return pos
            seen_text = True
        pos = nxt if nxt > pos else -1
    return stop


def heading_year(scopes: list[tuple[int, int, int, int]], pos: int) -> int | None:
    """The year of the heading `pos` stands under, if any."""
    scope = heading_at(scopes, pos)
    return None if scope is None else scope[2]


def heading_at(
    scopes: list[tuple[int, int, int, int]], pos: int
) -> tuple[int, int, int, int] | None:
    """The scope (see `heading_scopes`) `pos` stands in, if any."""
    if not scopes:
        return None
    i = bisect.bisect_right(scopes, (pos, 1 << 62, 0, 0)) - 1
    if i < 0 or not scopes[i][0] <= pos < scopes[i][1]:
        return None
    return scopes[i]


__all__ = ["heading_at", "heading_scopes", "heading_year"]
