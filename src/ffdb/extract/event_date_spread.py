"""Event dates spread over a sentence (see `event_dates`): a date each person has of
their own after the verb ("Hər ikisi Rəqqədə öldürülüb: Cəfərov 2015-ci ildə, Məmmədli
isə 2017-ci ildə", "Both were killed: Aliyev in 2015, Guliyev in 2017", "Оба погибли:
Алиев в 2015 году, а Гулиев в 2017-м"); a day and month with no year that follow a date
written out in full in the same sentence, that date's year ("14 Haziran 2023 — ...
gözaltına alınır, 18 Haziran'da tutuklanır", "On 3 May 2019 he was detained; on 7 May he
was charged"), not the report's; a date past the country after a town ("arrested in
Gaziantep, Turkey, in June 2016")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_days import is_birth
from ffdb.extract.sentences import Sentence

# What may stand between a person's name and their own date in a spread list: a
# case ending, a comma, a particle ("isə", "ise", "же", "а", "then").
_BETWEEN: Final = re.compile(
    r"(?:['’]?[^\W\d_]{0,4})?\s*,?\s*(?:(?:isə|ise|же|а|and|və|ve|then)\s+)?"
    r"(?:(?:in|on|в|во)\s+)?",
    re.I,
)
# Words of a date counted from the report's day, not written out.
_COUNTED: Final = re.compile(
    r"last|this|ötən|keçən|geçen|geçtiğimiz|bu ay|cari|прошл|минувш|этого|текущ", re.I
)
_NEAR: Final = 16  # characters from a name's end to its date


def own_spread_date(
    ctx: DocContext, sentence: Sentence, match: re.Match[str], person: int
) -> DateSpan | None:
    """The date written right after the person's own name, after the cue, where two or
    more people each have one ("killed: Aliyev in 2015, Guliyev in 2017")."""
    agents = ctx.agents_in(match.end(), sentence.end)
    if len({a[2] for a in agents}) < 2:
        return None
    owned: dict[int, DateSpan] = {}
    for _start, end, who in agents:
        after = ctx.dates_in(end, min(sentence.end, end + _NEAR + 30))
        if not after or after[0].start - end > _NEAR or is_birth(ctx, after[0]):
            continue
        if _BETWEEN.fullmatch(ctx.text, end, after[0].start) is None:
            continue
        owned.setdefault(who, after[0])
    if len(owned) < 2 or len({d.value for d in owned.values()}) < 2:
        return None
    return owned.get(person)


def year_of_sentence(ctx: DocContext, sentence: Sentence, date: DateSpan) -> DateSpan:
    """A day or month whose year came from the report, given the year of a date written
    out in full before it in the same sentence when it falls on or after that date."""
    if not date.inferred_year or len(date.value) < 7 or date.end_value is not None:
        return date
    if not any(c.isdigit() for c in date.text) or _COUNTED.search(date.text):
        return date  # "extradited last month", "ötən ayın 14-də": counted from the report
    before = [
        d
        for d in ctx.dates_in(sentence.start, date.start)
        if not d.inferred_year and len(d.value) >= 7 and d.end_value is None
    ]
    if not before:
        return date
    told = before[-1]
    year = told.value[:4]
    if year == date.value[:4] or date.value[5:] < told.value[5:]:
        return date
    return replace(date, value=year + date.value[4:], inferred_year=False)


def place_alone(ctx: DocContext, start: int, end: int) -> bool:
    """The clause is one place and nothing else: the country after a town ("arrested in
    Gaziantep, Turkey, in June 2016"), past which the date after it is the event's."""
    places = ctx.places_in(start, end)
    if len(places) != 1:
        return False
    rest = ctx.text[start : places[0].start] + ctx.text[places[0].end : end]
    return len(rest.split()) <= 1 and not rest.strip(" ,.;").isdigit()
