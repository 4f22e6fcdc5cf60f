"""Status events of people (killed, injured, arrested, detained, sentenced, released,
returned, travelled, wanted) with their date and place, from the cues in `data/events.tsv`.

Who: `event_people`. When: `event_dates`. Negated, modal and habitual cues ("was not
killed", "could be arrested", "travelled repeatedly") are no events.

Where: a gazetteer place in the clause after the cue ("killed in Syria"), or the
destination of a journey ("Suriyaya gedib", "Suriyaya döyüşmək üçün gedib").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_dates import event_date
from ffdb.extract.event_people import companions, cue_persons
from ffdb.extract.fact_people import right_within
from ffdb.extract.lexicon import EventCue, alternation, event_cues
from ffdb.extract.scan import CueScanner

EXTRACTOR = "event_rules.v1"


@dataclass(slots=True)
class Event:
    person: int
    status: str
    start: int  # the evidence: the sentence
    end: int
    cue_start: int
    cue_end: int
    date: str | None = None
    date_qualifier: str | None = None
    date_end: str | None = None
    date_source: str | None = None
    place: str | None = None
    place_entry: dict[str, Any] | None = None
    confidence: float = 0.8
    extra: dict[str, Any] = field(default_factory=dict)


@cache
def _cue_table() -> tuple[CueScanner, list[EventCue]]:
    table = event_cues()
    # Azerbaijani and Turkish verbs take a plural ending after the tense ("saxlanılıblar",
    # "gözaltına alındılar"): every cue may end in one.
    patterns = [(f"c{i}", f"(?:{cue.pattern})(?:l[aəe]r)?") for i, cue in enumerate(table)]
    return alternation(patterns), table


@cache
def _cues_by_group() -> dict[str, EventCue]:
    return {f"c{i}": cue for i, cue in enumerate(_cue_table()[1])}


# Negation, modality and hearsay before the cue. The English words are looked for in
# English only: "may" is a month in Azerbaijani ("may ayında ... öldürülüb").
_BLOCK_BEFORE_EN = re.compile(
    r"\b(?:not|never|no longer|could|might|would|may|should|must|will|to be|to(?! have been)|"
    r"if|unless|denied|deny|denies|rumou?rs?)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_BLOCK_BEFORE = re.compile(
    r"(?<![\w-])(?:не|нельзя|можете|может|могут|olmayıb|değil|deyil)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# Tried with `match(text, pos, endpos)`: anchored there as a slice would be, no copy.
_HABITUAL = re.compile(
    r"\s*(?:repeatedly|regularly|often|frequently|several times|many times)\b", re.I
)


def find_events(ctx: DocContext) -> list[Event]:
    regex, by_group = _cue_table()[0], _cues_by_group()
    out: list[Event] = []
    text = ctx.text
    for match in regex.finditer(text, ctx.low):
        cue = by_group[match.lastgroup or "c0"]
        start, end = match.span()
        sentence = ctx.index.at(start)
        if sentence is None or _inside_names(ctx, start, end):
            continue
        clause = ctx.clause_at(sentence, start)
        if _blocked(ctx, text[clause[0] : start]) or _HABITUAL.match(text, end, end + 30):
            continue
        if cue.mode == "pre" and _denied_of_other(ctx, end, clause[1]):
            continue
        place = _place_for(ctx, cue, clause, match)
        if place is False:
            continue
        persons = cue_persons(ctx, sentence, clause, match, cue)
        journey = cue.status in ("travelled", "returned")
        for companion in companions(ctx, (sentence.start, clause[1]), match.start(), journey):
            if companion not in persons:
                persons.append(companion)
        for person in persons:
            event = Event(
                person, cue.status, sentence.start, sentence.end, match.start(), match.end()
            )
            if isinstance(place, tuple):
                event.place, event.place_entry = place
            dated = None
            if not _UNDATED.fullmatch(match.group()):
                dated = event_date(ctx, sentence, clause, match, person, cue.status, cue.mode)
            if dated is not None:
                _set_date(event, *dated)
            out.append(event)
    return _merged(out)


def _blocked(ctx: DocContext, before: str) -> bool:
    if _BLOCK_BEFORE.search(before):
        return True
    return ctx.language not in ("ru", "az", "tr") and bool(_BLOCK_BEFORE_EN.search(before))


# A status participle with no name after it stands for someone else ("к погибшему
# отношения не имеет", "ölen kişiyle ilgisi yok"): under a negation later in the clause
# it says the person is NOT linked to the dead, so no event of anyone named.
_NEGATED_AFTER = re.compile(
    r"(?<![\w-])(?:не|нет|ни|yoxdur|yox|yok|değil|deyil|olmayıb|bulunmuyor|not|no|nothing)"
    r"(?![\w-])",
    re.I,
)
# Cues saying someone is dead without saying when ("the late X", "mərhum X"): a date in
# the sentence is about something else.
_UNDATED = re.compile(
    r"(?:(?:the|its|his|her|their) late\b.*|покойн\w*|mərhum|merhum)", re.I | re.S
)


def _denied_of_other(ctx: DocContext, end: int, clause_end: int) -> bool:
    if right_within(ctx, end, words=3) is not None:
        return False
    return _NEGATED_AFTER.search(ctx.text, end, clause_end) is not None


def _inside_names(ctx: DocContext, start: int, end: int) -> bool:
    """A name starting up to 40 characters before `start` holds it (and ends within 40
    after `end`): walked back from the last name starting at `start`, by bisection."""
    names, i = ctx.names, bisect_right(ctx._name_starts, start) - 1
    while i >= 0 and names[i].start >= start - 40:
        if start < names[i].end <= end + 40:
            return True
        i -= 1
    return False


def _place_for(
    ctx: DocContext, cue: EventCue, clause: tuple[int, int], match: re.Match[str]
) -> tuple[str, dict[str, Any] | None] | bool | None:
    """(place name, gazetteer entry), None when none, False when a needed one is missing."""
    if cue.place == "dest-before":
        places = ctx.places_in(max(clause[0], match.start() - 40), match.start())
        if not places:
            return False
        gap = ctx.text[places[-1].end : match.start()]
        # "Suriyaya gedib", "Suriyaya döyüşmək üçün gedib", "Suriye'ye savaşmak için gitti"
        dative = places[-1].suffix.lstrip("'’") in ("a", "ə", "e", "ya", "yə", "ye")
        if len(gap) > 3 and not (dative and len(gap.split()) <= 3 and not _PUNCT.search(gap)):
            return False
        return _named(places[-1])
    after = ctx.places_in(match.end(), clause[1])
    if cue.place == "dest-after":
        if not after or after[0].start - match.end() > 20:
            return False
        return _named(after[0])
    for place in after:
        if _PLACE_LEAD.search(ctx.text[max(match.end(), place.start - 12) : place.start]):
            return _named(place)
    for place in ctx.places_in(clause[0], match.start()):
        if place.suffix in _LOCATIVE:
            return _named(place)
    return None


_PUNCT = re.compile(r"[,.;]")
_PLACE_LEAD = re.compile(r"(?:^|\s)(?:[Ii]n|to|into|near|at|[Вв]|во|под)\s+(?:the\s+)?$")
# Locative endings of a place before the cue ("Suriyada öldürülüb", "Suriye'de")
_LOCATIVE = frozenset(
    ["da", "də", "de", "ta", "tə", "te", "'da", "'de", "’da", "’de", "'ta", "'te"]
)


def _named(place: Any) -> tuple[str, dict[str, Any] | None]:
    entry = place.place.as_dict() if place.place is not None else None
    return place.name, entry


def _set_date(event: Event, date: DateSpan, source: str) -> None:
    event.date = date.value
    event.date_qualifier = date.qualifier
    event.date_end = date.end_value
    event.date_source = source
    event.extra["date_text"] = date.text


def _merged(events: list[Event]) -> list[Event]:
    """One event per person, status and date; an undated one folds into a dated one."""
    out: list[Event] = []
    for event in events:
        same = [e for e in out if e.person == event.person and e.status == event.status]
        if any(e.date == event.date for e in same) or (same and event.date is None):
            continue
        undated = [e for e in same if e.date is None]
        for e in undated:
            out.remove(e)
        out.append(event)
    return out
