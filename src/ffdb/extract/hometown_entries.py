"""Whom a hometown said once goes to when the text lists people or names a city's part:

- a list whose entries carry ages shares one cue: "Sumqayıt sakinləri X (35), Y (29) və
  Z", "A, 27, B, 30, and C, 24, all residents of Taraz", "X (25), Y (30) ve Z, hepsi
  Konya doğumlu", "X, 25 лет, Y и Z — все уроженцы Кизляра": every entry gets the place;
- an entry's own "of X" is its own: "Sherzod Rahimov, 31, of Khujand; Umed Saidov, 24;"
  gives Khujand to Rahimov alone, and "X, 34, of Molenbeek, to eight years" to X;
- the English genitive of a city before its part: "a resident of Hamburg's Wilhelmsburg
  district" is of Wilhelmsburg, in Hamburg (written "Wilhelmsburg, Hamburg", the village
  first, as the Turkic genitives are).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention
from ffdb.extract.sentences import Sentence

# Between two entries: an age after the name ("(35)", ", 27", ", 25 лет", "27 yaşında"),
# then a comma, "and" or both.
_AGE: Final = r"(?:\s*\(\d{1,2}\)|\s*,\s*\d{1,2}(?:\s+(?:лет|года|год|yaşında|yaşlı|years old))?)"
_GAP: Final = re.compile(_AGE + r"?\s*(?:,\s*(?:and|и|və|ve|ile|ilə)|,|and|и|və|ve|ile|ilə)\s+")
_AND: Final = re.compile(r"(?<![\w-])(?:and|и|və|ve|ile|ilə)(?![\w-])")


def listed_with_ages(ctx: DocContext, start: int, end: int) -> list[int]:
    """The persons of the list of names (each perhaps with its age) that ends right
    before `end`, within [start, end): "A, 27, B, 30, and C, 24, all ..."."""
    agents = [a for a in ctx.agents_in(start, end) if ctx.names_in(a[0], a[1])]
    if len(agents) < 2:
        return []
    out = [agents[-1][2]]
    closed = False
    for a, b in zip(agents[-2::-1], agents[:0:-1], strict=True):
        gap = _GAP.fullmatch(ctx.text, a[1], b[0])
        if gap is None:
            break
        closed = closed or _AND.search(gap.group()) is not None
        out.append(a[2])
    if len(out) < 2 or not closed:
        return []  # commas alone are no list ("According to A, B left")
    return list(dict.fromkeys(reversed(out)))


def entries_with_ages(ctx: DocContext, person: int, start: int, stop: int) -> list[int]:
    """The persons listed after `person`'s name, entries perhaps carrying ages ("X (35), Y
    (29) və Z"): the entries a plural cue before them covers."""
    agents = ctx.agents_in(start, stop)
    if not agents or agents[0][2] != person:
        return []
    out: list[int] = []
    for a, b in itertools.pairwise(agents):
        if _GAP.fullmatch(ctx.text, a[1], b[0]) is None:
            break
        out.append(b[2])
    return out


def first_after_is(ctx: DocContext, person: int, start: int, stop: int) -> bool:
    """Whether the first person named in [start, stop) is `person`: the names listed
    after a place are listed with its person only when the person's name opens them
    (not a later mention of the person in a mis-split sentence: "X, 31, of Khujand; Y,
    24; ... Two of them, X and Y, ...")."""
    agents = ctx.agents_in(start, stop)
    return bool(agents) and agents[0][2] == person


# "Yassine Ouardani, 34, of Molenbeek", "Ruslan Gasanov, 29, from Kizlyar": the entry's
# own name, its age, then the preposition right before the place
_OWN_ENTRY: Final = re.compile(r"\s*(?:\(\d{1,2}\)\s*)?,\s*\d{1,2}\s*,\s*(?:of|from|из)\s+")


def entry_of_place(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> int | None:
    """The person whose entry's "of X" the place is (see `_OWN_ENTRY`)."""
    before = ctx.agents_in(max(sentence.start, place.start - 60), place.start)
    if not before or not ctx.names_in(before[-1][0], before[-1][1]):
        return None
    if _OWN_ENTRY.fullmatch(ctx.text, before[-1][1], place.start) is None:
        return None
    return before[-1][2]


_GENITIVE_S: Final = ("'s", "’s", "'", "’")


def part_of_city(ctx: DocContext, place: PlaceMention) -> PlaceMention | None:
    """The part of a city named right after the city's English genitive: "Hamburg's
    Wilhelmsburg (district)", "Brussels' Molenbeek"."""
    if place.suffix not in _GENITIVE_S or place.place is None:
        return None
    if place.place.precision == "country":
        return None  # "Georgia's Pankisi Gorge" is a region of a country, told as is
    after = ctx.places_in(place.end, place.end + 3)
    if not after or ctx.text[place.end : after[0].start] != " ":
        return None
    part = after[0]
    if part.suffix or (part.place is not None and part.place.precision == "country"):
        return None
    return part
