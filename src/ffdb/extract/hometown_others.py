"""Hometowns said as "another one of a place" and as where one grew up or has long lived
(see `hometowns`, which turns these into facts):

- a demonym after "another" (Azerbaijani, Turkish), before or as the predicate of a
  name: "bir başka Bursalı, 38 yaşındaki X", "başqa gəncəlidir: 27 yaşlı X", "digər
  qusarlı X"; the demonym may be in lower case, glued to its predicate ending, which the
  place finder leaves (English "another Duisi man" is an apposition, `apposed_person`);
- the place, then where one grew up or was born: "in Namangan, the city where he grew
  up", "в Намангане, где он вырос"; a participle before it: "büyüdüğü Namangan'da",
  "böyüdüyü Namanqanda";
- a few words between "grew up" and the place: "grew up two kilometres away in Jokolo";
- how long one has lived there: "has lived in Molenbeek for thirty years", "has lived in
  Qusar since 1990" (not "had been living in X since 2001": a stay of the past).
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import persons_near
from ffdb.extract.geo import PlaceMention, place_of
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.hometown_lists import is_people

_OTHER_WORDS: Final = ("başqa", "digər", "başka", "diğer")
# "bir başka Bursalı, 38 yaşındaki", "başqa gəncəlidir: 27 yaşlı", "digər qusarlı"
_OTHER_DEMONYM: Final = re.compile(
    r"(?<![\w-])(?:bir\s+)?(?:başqa|digər|başka|diğer)\s+(?:bir\s+)?"
    r"([A-ZÇĞİÖŞÜƏa-zçğıöşüə][a-zçğıöşüə]{2,}?)(?:['’])?l[ıiuü]"
    r"(?:dır|dir|dur|dür|ydı|ydi|ydu|ydü|idi)?(?![\w-])"
    r"\s*[:,—–-]?\s*(?:\d{1,2}\s+(?:yaşlı|yaşındaki|yaşında)\s+)?"
)
_WAR: Final = frozenset(["SY", "IQ"])


def other_demonyms(ctx: DocContext) -> list[tuple[int, str, int, int]]:
    """(person, place name, cue start, cue end) for "another PLACE-li NAME"."""
    out: list[tuple[int, str, int, int]] = []
    if ctx.language not in ("az", "tr") or not holds_any(ctx.low, _OTHER_WORDS):
        return out
    for match in _OTHER_DEMONYM.finditer(ctx.text):
        name = _town(match.group(1))
        if name is None:
            continue
        agents = ctx.agents_in(match.end(), match.end() + 80)
        if agents and agents[0][0] == match.end() and ctx.names_in(agents[0][0], agents[0][1]):
            out.append((agents[0][2], name, match.start(), match.end()))
    return out


def _town(stem: str) -> str | None:
    name = ("İ" if stem[0] == "i" else stem[0].upper()) + stem[1:]
    if is_people(name):
        return None  # "başka Türk", "başqa azərbaycanlı"
    found = place_of(name)
    if found is None or found[2] or found[0].precision == "country":
        return None
    return name if found[0].country not in _WAR else None


# a text holding none of these holds none of the phrases below
_GREW_WORDS: Final = (
    "grew up",
    "raised",
    "brought up",
    "lived in",
    "living in",
    "where he",
    "where she",
    "where they",
    "вырос",
    "родил",
    "büyüdüğü",
    "böyüdüyü",
)
# after the place: ", the city where he grew up", ", где он вырос", ", городе, где родился"
_WHERE_GREW: Final = re.compile(
    r",\s+(?:the\s+(?:city|town|village|neighbou?rhood|place)\s+|"
    r"(?:городе|селе|посёлке|поселке|ауле),\s+)?"
    r"(?:where|где)\s+(?:he|she|they|он|она|они)\s+"
    r"(?:grew up|had grown up|was raised|was born|were born|вырос(?:ла|ли)?|родил(?:ся|ась))"
    r"(?![\w-])"
)
# before it, a participle: "büyüdüğü Namangan'da", "doğup büyüdüğü", "böyüdüyü Namanqanda"
_GREW_PARTICIPLE: Final = re.compile(
    r"(?<![\w-])(?:(?:doğup|doğulub)\s+)?(?:büyüdüğü|böyüdüyü)\s+$", re.I
)
# "grew up two kilometres away in Jokolo": a few words between, none a clause's
_GREW_AWAY: Final = re.compile(
    r"(?<![\w-])(?:grew up|was raised|was brought up)"
    r"(?:\s+(?!(?:in|and|but|before|after|until|then|to|from|with)\b)[\w-]+){1,4}\s+in\s+$"
)
# "has lived in Molenbeek for thirty years", "have lived in Qusar since 1990": one who
# still lives there (not "had been living in X since 2001", a stay told of the past)
_LIVED_LONG: Final = re.compile(
    r"(?<![\w-])(?:has|have)\s+(?:long\s+|always\s+)?(?:lived|been living)\s+in\s+$"
)
_HOW_LONG: Final = re.compile(
    r"\s+(?:for\s+(?:(?:more than|over|almost|nearly|some|about|the past|the last)\s+)?"
    r"[\w-]+\s+(?:years|decades)|since\s+(?:19|20)\d\d|all\s+(?:his|her|their)\s+li(?:fe|ves))"
    r"(?![\w-])"
)


def upbringing_places(ctx: DocContext) -> list[tuple[int, PlaceMention, int, int]]:
    """(person, place, cue start, cue end) for where one grew up or has long lived."""
    out: list[tuple[int, PlaceMention, int, int]] = []
    if not holds_any(ctx.low, _GREW_WORDS):
        return out
    for place in ctx.places:
        if place.place is not None and (
            place.place.precision == "country" or place.place.country in _WAR
        ):
            continue
        comma = ctx.text.startswith(",", place.end)
        left_word = ctx.text[max(0, place.start - 3) : place.start]
        if not comma and left_word not in ("in ", "ğü ", "yü "):
            continue  # (none of the phrases can be at the place: no regex is tried)
        sentence = ctx.index.at(place.start)
        if sentence is None:
            continue
        left_start = max(sentence.start, place.start - 60)
        where = _WHERE_GREW.match(ctx.text, place.end, sentence.end) if comma else None
        if where is not None:
            person = _pronoun_of(ctx, where.start(), where.end())
            if person is None:
                near = persons_near(ctx, sentence, place.start, place.end, "left", reach=200)
                person = near[0] if len(near) == 1 else None
            if person is not None:
                out.append((person, place, place.start, where.end()))
            continue
        cue = (
            _GREW_PARTICIPLE.search(ctx.text, left_start, place.start)
            or _GREW_AWAY.search(ctx.text, left_start, place.start)
            or (
                _LIVED_LONG.search(ctx.text, left_start, place.start)
                if _HOW_LONG.match(ctx.text, place.end)
                else None
            )
        )
        if cue is None:
            continue
        persons = persons_near(ctx, sentence, cue.start(), place.end, "left", reach=120)
        if len(persons) == 1:
            out.append((persons[0], place, cue.start(), place.end))
    return out


def _pronoun_of(ctx: DocContext, start: int, end: int) -> int | None:
    """The person a pronoun in [start, end) stands for."""
    agents = ctx.agents_in(start, end)
    return agents[0][2] if len(agents) == 1 else None


register(_OTHER_WORDS, _GREW_WORDS)  # (its gates' words, in the automaton at import)
