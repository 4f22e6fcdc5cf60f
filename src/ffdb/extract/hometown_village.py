"""A hometown said by pointing back at the one village an article is about: a story
whose dateline or opening names a village ("QABAQÇÖL (Balakən rayonu) —", "Bozpınar
köyünde aileler ...", "in the village of Duisi") goes on with "Kəndin digər sakini,
1992-ci il təvəllüdlü X", "Kəndimizdən Elşən getmişdi", "köyden arkadaşı X", "another
villager, X": the village is the home of the person named right after the phrase.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention
from ffdb.extract.held_words import holds_any, register

# the opening the village must be named in
_OPENING: Final = 600
_GATE: Final = ("kənd", "köy", "village", "односельчан")
# a village's noun after its name, or before it
_NOUN_AFTER: Final = re.compile(
    r"(?:\s+(?:kəndi\w*|köyü\w*|village|qəsəbəsi\w*|beldesi\w*)|\s+\([^()\n]{3,30}\)\s*[—–-])",
    re.I,
)
_NOUN_BEFORE: Final = re.compile(r"(?:village of|село|селе|села|аул[ае]?)\s+$", re.I)
# the phrase pointing back at the village, then what may stand before the name: a
# friend's word, a birth year, an age
_BACK: Final = re.compile(
    r"(?<![\w-])(?:[Kk]əndin\s+(?:digər|başqa|bir başqa)\s+(?:sakini|gənci)|"
    r"[Kk]əndimizdən|[Kk]ənddən\s+(?:olan\s+)?(?:dostu|gənc)|"
    r"[Kk]öyün\s+(?:diğer|bir başka)\s+(?:sakini|genci)|[Kk]öyümüzden|"
    r"[Kk]öyden\s+(?:arkadaşı|bir genç)|"
    r"(?:another|a fellow)\s+villager|a (?:young )?man from the village)"
    r"\s*,?\s*(?:(?:19|20)\d\d-?[^\W\d_]{0,3}\s+il\s+təvəllüdlü\s*,?\s*|"
    r"\d{1,2}\s+(?:yaşlı|yaşındaki)\s+|\d{1,2}-year-old\s+)?"
)
_WAR: Final = frozenset(["SY", "IQ"])


def article_village(ctx: DocContext) -> PlaceMention | None:
    """The one village the opening names as such (see the module docstring)."""
    found: PlaceMention | None = None
    for place in ctx.places_in(0, min(len(ctx.text), _OPENING)):
        if place.place is not None and (
            place.place.precision != "town" or place.place.country in _WAR
        ):
            continue
        if not (
            _NOUN_AFTER.match(ctx.text, place.end)
            or _NOUN_BEFORE.search(ctx.text, max(0, place.start - 8), place.start)
        ):
            continue
        if found is not None and found.name.casefold() != place.name.casefold():
            return None  # two villages: which one is meant is not told
        found = found or place
    return found


def village_back_references(ctx: DocContext) -> list[tuple[int, PlaceMention, int, int]]:
    """(person, the village, phrase start, phrase end) for each name after a phrase
    pointing back at the article's village."""
    out: list[tuple[int, PlaceMention, int, int]] = []
    if not holds_any(ctx.low, _GATE):
        return out
    village: PlaceMention | None = None
    for match in _BACK.finditer(ctx.text):
        agents = ctx.agents_in(match.end(), match.end() + 80)
        if not agents or agents[0][0] != match.end():
            continue
        if not ctx.names_in(agents[0][0], agents[0][1]):
            continue
        village = village or article_village(ctx)
        if village is None:
            return out
        out.append((agents[0][2], _written_plainly(ctx, village), match.start(), match.end()))
    return out


def _written_plainly(ctx: DocContext, place: PlaceMention) -> PlaceMention:
    """A dateline's village in capitals ("QABAQÇÖL") as the text writes it elsewhere."""
    if not place.text.isupper():
        return place
    key = place.name.casefold()
    for other in ctx.places:
        if other.name.casefold() == key and not other.text.isupper() and not other.suffix:
            return other
    return place


register(_GATE)  # (its gates' words, in the automaton at import)
