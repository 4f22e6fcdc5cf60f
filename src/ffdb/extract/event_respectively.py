"""Dates given "respectively" to the persons of one event: "A and B are listed as killed
in Mosul in 2016 and in al-Bab in 2017 respectively", "соответственно", "sırasıyla",
"müvafiq olaraq". The sentence names as many dates after the cue as the cue has persons,
and the word says the first date is the first person's, the second the second's: each
person named in the text's order takes the date in its place (not the first date for
all, which is what the dates of one clause otherwise give).
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan

_RESPECTIVELY: Final = re.compile(
    r"(?<![\w-])(?:respectively|соответственно|sırasıyla|sırası ile|müvafiq olaraq|"
    r"uyğun olaraq)(?![\w-])",
    re.I,
)
_GATE: Final = ("respectively", "соответственно", "sırası", "müvafiq", "uyğun")


def respective_dates(ctx: DocContext, cue_start: int, persons: list[int]) -> list[DateSpan]:
    """The dates of the event at `cue_start`, one per person of `persons` in their order,
    when its sentence says "respectively" after the cue; none otherwise."""
    if len(persons) < 2 or not any(word in ctx.low for word in _GATE):
        return []
    sentence = ctx.index.at(cue_start)
    if sentence is None or not _RESPECTIVELY.search(ctx.text, cue_start, sentence.end):
        return []
    dates = ctx.dates_in(cue_start, sentence.end)
    if len(dates) != len(persons):
        return []
    first: dict[int, int] = {}
    for name in ctx.names_in(sentence.start, cue_start):
        if name.person is not None:
            first.setdefault(name.person, name.start)
    if any(p not in first for p in persons):
        return []
    order = sorted(persons, key=lambda p: first[p])
    return [dates[order.index(p)] for p in persons]
