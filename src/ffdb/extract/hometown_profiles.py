"""Hometowns in a profile's head: the year of birth and the place in brackets after the
name, "Zelimkhan Khamzoshvili (born 1991, Jokolo): ...", "Ахмед Евлоев (род. 1990,
Назрань): ...", "Timur Batyrov (d. 1988, Mahaçkale): ...", "X (b. 1985 in Osh)", "X (1989,
Sumqayıt)". The abbreviation's full stop ("род.", "d.") may have cut the head in two
sentences, so the name is looked for right before the bracket, not in the place's
sentence. A bare year is taken for a birth only before 2000 ("X (2017, Raqqa)" may date
an event).
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention

# The bracket's opening up to the place: a word of birth and the year, or a bare year of
# the last century, then a comma or "in"/"в"/"-də".
_HEAD: Final = re.compile(
    r"\((?:(?:born|b\.|род\.|р\.|родился|родилась|d\.|doğ\.|doğumlu|doğum yılı|doğum ili|"
    r"təv\.)\s*(?:in\s+)?(?:19|20)\d\d|19\d\d)(?:-?[a-zıüöə]{1,3})?\s*(?:,|\s+in|\s+в)\s*",
)
# After the place: its district perhaps, then the bracket's close.
_CLOSE: Final = re.compile(r"(?:\s*,\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)?\s*\)")
# Between the name and the bracket: spaces only.
_GAP: Final = re.compile(r"\s*")


def profile_heads(ctx: DocContext) -> list[tuple[int, PlaceMention, int, int]]:
    """(person, place, head start, head end) for each name a profile's head gives a place."""
    if "(" not in ctx.text:
        return []
    out = []
    for head in _HEAD.finditer(ctx.text):
        places = ctx.places_in(head.end(), head.end() + 1)
        if not places:
            continue
        place = places[0]
        close = _CLOSE.match(ctx.text, place.end)
        if close is None:
            continue
        before = ctx.agents_in(max(0, head.start() - 80), head.start())
        if not before or not ctx.names_in(before[-1][0], before[-1][1]):
            continue
        if _GAP.fullmatch(ctx.text, before[-1][1], head.start()) is None:
            continue
        out.append((before[-1][2], place, head.start(), close.end()))
    return out
