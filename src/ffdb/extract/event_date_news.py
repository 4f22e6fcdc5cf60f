"""Which of the days a news lead names is an event's (see `event_days.news_day`): "cuma
günü gözaltına alınan 4 şüpheliden 2'si dün tutuklandı" tells the detention of Friday
and the arrest of yesterday; "вчера похоронили ... убитых в понедельник" a funeral of
yesterday and deaths of Monday. An event of a kind the lead does not tell takes the day
nearest any event the lead tells; a court's decision the lead does not tell, told in a
later paragraph after a custody the lead paragraph tells, may be of the next day, so it
keeps the month.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.sentences import Sentence

_DEATH_OR_WOUND: Final = re.compile(
    r"killed|died|dead|martyr|wounded|injured|убит|погиб|ранен|ликвидир|шахид|şəhid|"
    r"həlak|öldür|öldü|yaralan|şehit|hayatını kaybet",
    re.I,
)
_CUSTODY: Final = re.compile(
    r"detain|custody|captured|задержа|gözaltı|yakalan|saxlanıl|saxlanıb|tutulub", re.I
)
_DECISION: Final = re.compile(
    r"arrest|sentenc|jailed|convicted|acquitted|released|freed|court|verdict|judge|арест|"
    r"приговор|осужд|освобожд|оправда|суд|tutukla|hapis|serbest|tahliye|beraat|mahkeme|"
    r"karar|hâkim|hakim|həbs|məhkum|bəraət|azad|buraxıl|məhkəmə|hökm",
    re.I,
)
_KIND: Final = {
    "killed": _DEATH_OR_WOUND,
    "injured": _DEATH_OR_WOUND,
    "detained": _CUSTODY,
    "arrested": _DECISION,
    "released": _DECISION,
    "sentenced": _DECISION,
}
_ANY: Final = (_DEATH_OR_WOUND, _CUSTODY, _DECISION)


def days_before(value: str, dateline: str) -> bool:
    """`value` is one to thirteen days before `dateline` (ISO days): a day of the week
    of the report or of the week before ("keçən həftənin çərşənbə günü")."""
    try:
        day, told = datetime.date.fromisoformat(dateline), datetime.date.fromisoformat(value)
        gap = (day - told).days
    except ValueError:
        return False
    return 1 <= gap <= 13


def status_day(
    ctx: DocContext, status: str, first: DateSpan, lead: Sentence, later: bool = False
) -> DateSpan:
    """The day of the lead sentence `lead` nearest a word of `status`'s kind of event,
    else the one nearest any event's word, else `first` (the lead's first day); a court's
    decision the lead does not tell, told in a `later` paragraph, keeps only the month of
    a day before the report's."""
    kind = _KIND.get(status)
    if kind is None:
        return first
    days = [d for d in ctx.dates_in(lead.start, lead.end) if len(d.value) == 10]
    if len(days) > 1:
        own = _nearest(ctx, lead, days, (kind,))
        if own is not None:
            return own
    if later and kind is _DECISION and not kind.search(ctx.text, lead.start, lead.end):
        # "dün ... gıyabi cenaze namazı kılındı. Namazın ardından jandarma 4 kişiyi
        # gözaltına aldı" then "... tutuklandı": a day or more after the custody
        end = ctx.text.find("\n", lead.end)
        if _CUSTODY.search(ctx.text, lead.start, len(ctx.text) if end < 0 else end):
            return replace(first, value=first.value[:7])
    if len(days) > 1:
        return _nearest(ctx, lead, days, _ANY) or first
    return first


def _nearest(
    ctx: DocContext, lead: Sentence, days: list[DateSpan], kinds: tuple[re.Pattern[str], ...]
) -> DateSpan | None:
    best: tuple[int, DateSpan] | None = None
    for kind in kinds:
        for cue in kind.finditer(ctx.text, lead.start, lead.end):
            for day in days:
                gap = max(day.start - cue.end(), cue.start() - day.end, 0)
                if best is None or gap < best[0]:
                    best = (gap, day)
    return best[1] if best is not None else None
