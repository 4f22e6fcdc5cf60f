"""A journey told with its date and no destination, in a text about the war (see
`events`): "Гаджимурад Омаров ... уехал в 2015 году", "Arben Krasniqi travelled with his
wife in 2015", "Ahmet Doğru, 2015 Nisan'ında kuzeni ile yola çıktı", "Yusuf 2013 başında
gitmişti". The rules refuse a journey cue whose destination is missing (a visit, a move
for work); when the clause names no place at all, a date stands right by the cue and the
text has named Syria or Iraq before, the journey is the one the text is about.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.lexicon import EventCue

_WARS: Final = frozenset(["Syria", "Iraq"])
# Words after the cue that give it a destination of its own or make it no journey
# ("went out", "left for work", "уехал на заработки", "уехал домой").
_ELSEWHERE: Final = re.compile(
    r"(?<![\w-])(?:to|for|into|towards|out|back|home|abroad|away|off|up|down|на|к|ко|"
    r"домой|обратно|туда|оттуда|сюда|из|от)(?![\w-])",
    re.I,
)
# A Turkic dative noun right before the cue: a destination the gazetteer lacks ("işe
# gitti", "əsgərliyə getdi", "okula gidiyor").
# (not a locative: "2015-ci ildə gedib", "2013 başında gitmişti")
_DATIVE_BEFORE: Final = re.compile(r"[^\W\d_]+(?<![dt])(?:y?[aeə])\s+$")
# A cue ending in its preposition: the destination follows, a place or not.
_OPEN_END: Final = re.compile(r"(?<![\w-])(?:to|into|for|в|во|на|к)$", re.I)
_TO_JOIN: Final = re.compile(r"\bto (?:join|fight)\b", re.I)
_MAX_GAP: Final = 40


def dated_journey(
    ctx: DocContext, clause: tuple[int, int], match: re.Match[str], cue: EventCue
) -> bool:
    """Whether a journey cue refused for its missing destination is a journey all the
    same: no place in its clause, a date right by it, Syria or Iraq named before."""
    if cue.status != "travelled" or cue.mode not in ("subj", "any"):
        return False
    if cue.place not in ("dest-after", "dest-before") or _OPEN_END.search(match.group()):
        return False  # "went to the police", "crosses into IS territory": somewhere told
    start, end = match.span()
    if ctx.places_in(clause[0], clause[1]):
        return False  # "уехал в Турцию на заработки": a place, not the war
    if ctx.groups_in(clause[0], clause[1]):
        return False  # "joined Jabhat al-Nusra in 2013", "İŞİD-ə keçib": a change of side
    if not any(
        p.start < start and p.place is not None and p.place.name in _WARS for p in ctx.places
    ):
        return False
    text = ctx.text
    rest = text[end : min(clause[1], end + 60)]
    if _ELSEWHERE.search(rest) and not _TO_JOIN.search(rest):
        return False  # "уехал в 2016 году на заработки", "left in 2014 for work"
    if cue.place == "dest-before" and _DATIVE_BEFORE.search(
        text, max(clause[0], start - 30), start
    ):
        return False
    for date in ctx.dates_in(max(clause[0], start - _MAX_GAP), min(clause[1], end + _MAX_GAP)):
        if not date.value[:4].isdigit():
            continue
        if date.end <= start:  # "в 2015 году уехал", "2013 başında gitmişti"
            gap = text[date.end : start]
            if len(gap.split()) <= 3 and not _ELSEWHERE.search(gap):
                return True
        elif date.start >= end:  # "travelled with his wife in 2015", "уехал в 2015 году"
            gap = text[end : date.start]
            if len(gap.split()) <= 5:
                return True
    return False
