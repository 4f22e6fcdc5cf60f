"""A hometown said of brothers together: "Sumqayıt sakinləri olan Həsənov qardaşları —
Ruslan və Kamran —", "Balakənli qardaşlar da İŞİD sıralarında vuruşublar", "Оба брата,
как и Бахтиёр, — уроженцы Оша", "Both brothers were natives of Shymkent".

The sentence names the brothers by a plural word (qardaşlar, kardeşler, brothers,
братья, "оба брата") and a place as their home (a demonym, "sakinləri", "уроженцы",
"natives of", "from"); the brothers are the persons the text names with one surname, two
or more of them, in that sentence or the three before it (the nearest such family), else
in the two after it. Each brother the rules gave no hometown gets the place; a mother
or sister named with them does not.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.departure_sets import may_be_home
from ffdb.extract.fact_people import Fact
from ffdb.extract.geo import PlaceMention
from ffdb.extract.hometown_facts import place_fact
from ffdb.extract.hometown_family_names import named_for_office
from ffdb.extract.people_families import male_surname
from ffdb.extract.scan import Needles
from ffdb.extract.sentences import Sentence

EXTRACTOR: Final = "sibling_hometowns.v1"
CONFIDENCE: Final = 0.6

_SENTENCES_BACK: Final = 3
_SENTENCES_AHEAD: Final = 2
_GATE: Final = ("qardaş", "kardeş", "brothers", "брать", "брата", "братьев")
_SIBLINGS: Final = re.compile(
    r"(?<![\w-])(?:qardaşlar\w*|kardeşler\w*|brothers|братья|братьев|оба брата|"
    r"hər iki qardaş\w*|iki qardaş\w*|her iki kardeş\w*|iki kardeş\w*)(?![\w'’-])",
    re.I,
)
_SIBLINGS_NEEDLES: Final = Needles(_SIBLINGS)  # (most sentences hold none)
# what makes a place the brothers' home: a word of origin on it ("Balakənli"), a
# residence or birth word near it ("Sumqayıt sakinləri", "уроженцы Оша", "natives of")
_ORIGIN_SUFFIX: Final = frozenset(["lı", "li", "lu", "lü", "'lı", "'li", "'lu", "'lü"])
_HOME_WORD: Final = re.compile(
    r"(?<![\w-])(?:sakin\w*|doğumlu\w*|уроженц\w*|жител\w*|natives?|from|из)(?![\w-])", re.I
)


def sibling_hometowns(ctx: DocContext, facts: list[Fact]) -> list[Fact]:
    """Hometowns for brothers whose home a sentence gives together; none otherwise."""
    if not any(word in ctx.low for word in _GATE):
        return []
    homed = {f.person for f in facts if f.prop == "hometown"}
    out: list[Fact] = []
    given: set[int] = set()
    low = ctx.folded()
    for index, sentence in enumerate(ctx.sentences):
        if not _SIBLINGS_NEEDLES.may_match(low, sentence.start, sentence.end):
            continue
        siblings = _SIBLINGS.search(ctx.text, sentence.start, sentence.end)
        if siblings is None:
            continue
        place = _home_place(ctx, sentence.start, sentence.end)
        if place is None:
            continue
        first = ctx.sentences[max(0, index - _SENTENCES_BACK)].start
        family = _nearest_family(ctx, first, sentence.end)
        if not family:  # "Malatyalı iki kardeş ... Büyük kardeş Yusuf Çınar ...": named after
            ahead = ctx.sentences[min(len(ctx.sentences) - 1, index + _SENTENCES_AHEAD)]
            family = _nearest_family(ctx, sentence.start, ahead.end)
        for person in family:
            if person in homed or person in given or ctx.genders.get(person) == "f":
                continue  # (a mother or sister named with them is no brother)
            cue_start, cue_end = siblings.span()
            out.append(_fact(ctx, person, place, sentence, cue_start, cue_end))
            given.add(person)
    return out


def _fact(
    ctx: DocContext, person: int, place: PlaceMention, sentence: Sentence, start: int, end: int
) -> Fact:
    fact = place_fact(ctx, person, place, sentence, start, CONFIDENCE, end)
    fact.extractor = EXTRACTOR
    return fact


def _home_place(ctx: DocContext, start: int, end: int) -> PlaceMention | None:
    homes = []
    for place in ctx.places_in(start, end):
        if not may_be_home(place):
            continue
        if place.suffix in _ORIGIN_SUFFIX:
            homes.append(place)
            continue
        near = ctx.text[max(start, place.start - 16) : min(end, place.end + 16)]
        if _HOME_WORD.search(near) is not None:
            homes.append(place)
    names = {p.name for p in homes}
    return homes[0] if len(names) == 1 else None


def _nearest_family(ctx: DocContext, start: int, end: int) -> list[int]:
    """The persons of the surname borne by two persons or more in the span, the one
    named last before `end` (not those named for an office)."""
    by_surname: dict[str, set[int]] = {}
    last: dict[str, int] = {}
    for name in ctx.names_in(start, end):
        if name.person is None or name.kind != "full" or len(name.words) < 2:
            continue
        if named_for_office(ctx, name):
            continue  # "Their lawyer, Selim Kaya": not of the family
        surname = male_surname(name.words[-1], "f")  # the family's one form
        by_surname.setdefault(surname, set()).add(name.person)
        last[surname] = name.start
    families = [s for s, persons in by_surname.items() if len(persons) >= 2]
    if not families:
        return []
    nearest = max(families, key=lambda s: last[s])
    return sorted(by_surname[nearest])
