"""Those named in a list after a lede ("Tajikistan flew home 41 women and children on
Thursday. ... Among those on board was Zarina Nazarova, who left for Syria in 2015";
"Dünən 12 qadın və 37 uşaq Bakıya gətirilib. ... Gətirilənlər arasında Aysel Məmmədova
var"; "Среди вернувшихся — Луиза Абдулаева"; "A second returnee, Mavluda Sharipova,
..."): their event, which the list's sentence leaves undated, is the lede's, on the date
the lede gives it.

Only an event of the status a cue of the lede tells (its first sentences, before the
list), and only a date the lede's own words give (not the report's day alone); a return,
on the day the lead tells of people handed back (`event_days.lead_return_day`, which
reads the active "flew home", "geri qaytarıb" too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_dates import event_date
from ffdb.extract.event_days import lead_return_day
from ffdb.extract.scan import Needles

# A sentence opening a list of those who had the status: "Among those on board was",
# "Среди вернувшихся", "Qayıdanlar arasında", "Getirilenler arasında", "A second
# returnee, X".
_LIST_OPENS: Final = re.compile(
    r"\W*(?:among\b|среди\b|[^.;:!?\n]{0,60}?\barasında\b|"
    r"(?:another|a second|a third|a fourth|one) returnee\b)",
    re.I,
)
_LIST_NEEDLES: Final = Needles(_LIST_OPENS)  # (the words every match holds)
# How many sentences from the document's start the lede may run (headline and dateline
# lines count as sentences).
_LEDE_SENTENCES: Final = 4
# The date sources that are the lede's own words.
_OWN: Final = frozenset(["clause", "sentence"])


class _Listed(Protocol):
    person: int
    status: str
    start: int
    date: str | None


def lede_dates(ctx: DocContext, events: Sequence[_Listed]) -> list[tuple[int, DateSpan, str]]:
    """(index in `events`, date, its source) for each undated event of a person named in
    a list after a lede that dates the same status (see the module's docstring)."""
    if not _LIST_NEEDLES.may_match(ctx.folded(), 0, len(ctx.text)):
        return []  # the text holds no word opening such a list (most): no match below
    wanted = [
        k
        for k, e in enumerate(events)
        if e.date is None and _LIST_OPENS.match(ctx.text, e.start) is not None
    ]
    if not wanted:
        return []
    dated: dict[str, tuple[int, DateSpan, str] | None] = {}
    out: list[tuple[int, DateSpan, str]] = []
    for k in wanted:
        event = events[k]
        if event.status not in dated:
            dated[event.status] = _lede_date(ctx, event.status)
        found = dated[event.status]
        if found is not None and found[0] < event.start:
            out.append((k, found[1], found[2]))
    return out


def _lede_date(ctx: DocContext, status: str) -> tuple[int, DateSpan, str] | None:
    """(where, date, source) of the first cue of `status` in the lede that its own words
    date (of a return, also words of bringing people home that are no cue)."""
    if status == "returned":  # the lead's day of people handed back, whoever handed them
        day = lead_return_day(ctx)
        if day is None or day.qualifier is not None:
            return None  # "the largest repatriation since 2022": no day of this one
        return 0, day, "episode"
    for n, (match, told, mode) in enumerate(ctx.cue_hits):
        sentence = ctx.index.at(match.start())
        if sentence is None or sentence.index >= _LEDE_SENTENCES:
            break
        if told != status or n in ctx.refused_cues:
            continue
        clause = ctx.clause_at(sentence, match.start())
        found = event_date(ctx, sentence, clause, match, -1, status, mode)
        if found is not None and found[1] in _OWN:
            return sentence.start, found[0], found[1]
    return None
