"""Hometown facts: `place_fact` names a place as a person's hometown (its nominative,
with its district or the city it is part of: "Anıx, Qusar", "Wilhelmsburg, Hamburg"),
and the finds of the other hometown modules (profile heads, demonyms of "another", the
village pointed back at, a place said "there", siblings, a family's headline) become
facts of their persons here, for `hometowns.find_hometowns`.
"""

from __future__ import annotations

from typing import Any

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact
from ffdb.extract.geo import PlaceMention
from ffdb.extract.hometown_clauses import GENITIVE, district_of
from ffdb.extract.hometown_entries import part_of_city
from ffdb.extract.hometown_family_names import family_places
from ffdb.extract.hometown_forms import SETTLEMENT_NOUN, district_nominative, nominative
from ffdb.extract.hometown_lists import family_headline
from ffdb.extract.hometown_others import other_demonyms, upbringing_places
from ffdb.extract.hometown_profiles import profile_heads
from ffdb.extract.hometown_siblings import sibling_places
from ffdb.extract.hometown_there import our_place_facts, there_places
from ffdb.extract.hometown_village import village_back_references
from ffdb.extract.sentences import Sentence


def there_facts(ctx: DocContext) -> list[Fact]:
    """ "учились в Назрани, он оттуда родом": see `hometown_there`."""
    out = []
    for person, place, start, end in there_places(ctx):
        sentence = ctx.index.at(start)
        if sentence is not None:
            out.append(place_fact(ctx, person, place, sentence, start, 0.75, end))
    return out


def profile_facts(ctx: DocContext) -> list[Fact]:
    """ "Ахмед Евлоев (род. 1990, Назрань):": see `hometown_profiles`."""
    out = []
    for person, place, start, end in profile_heads(ctx):
        sentence = ctx.index.at(place.start)
        if sentence is not None:
            out.append(place_fact(ctx, person, place, sentence, start, 0.8, end))
    return out


def other_facts(ctx: DocContext) -> list[Fact]:
    """ "bir başka Bursalı, X", "in Namangan, the city where he grew up": `hometown_others`."""
    out = []
    for person, place, start, end in upbringing_places(ctx):
        sentence = ctx.index.at(start)
        if sentence is not None:
            out.append(place_fact(ctx, person, place, sentence, start, 0.75, end))
    for person, name, start, end in other_demonyms(ctx):
        sentence = ctx.index.at(start)
        if sentence is not None:
            extra: dict[str, Any] = {"as_written": ctx.text[start:end]}
            out.append(hometown_fact(person, name, sentence, start, end, 0.75, extra))
    return out


def village_facts(ctx: DocContext, found: list[Fact]) -> list[Fact]:
    """ "Kəndin digər sakini X": the article's village, see `hometown_village`."""
    out = []
    homed = {f.person for f in found}
    for person, place, start, end in village_back_references(ctx):
        sentence = ctx.index.at(start)
        if sentence is not None and person not in homed:
            out.append(place_fact(ctx, person, place, sentence, start, 0.65, end))
    return out


def our_place(ctx: DocContext, found: list[Fact]) -> list[Fact]:
    """ "bizim kənddən daha iki oğlan - X və Y": see `hometown_there`."""
    out = []
    for person, home, start, end in our_place_facts(ctx, found):
        sentence = ctx.index.at(start)
        if sentence is not None:
            extra = dict(home.extra)
            out.append(hometown_fact(person, home.value, sentence, start, end, 0.65, extra))
    return out


def sibling_facts(ctx: DocContext) -> list[Fact]:
    """ "Two brothers from Lankaran ... Fuad Talibov ... Anar Talibov": below the cues that
    name a person (a sibling's own hometown wins)."""
    out = []
    for place, cue_start, siblings in sibling_places(ctx):
        sentence = ctx.index.at(place.start)
        if sentence is not None:
            out += [place_fact(ctx, p, place, sentence, cue_start, 0.65) for p in siblings]
    return out


def family_headline_facts(ctx: DocContext, found: list[Fact]) -> list[Fact]:
    """A headline's family place for its members the text names and gives no home
    ("мать из Буйнакска ищет сына": the mother, the son)."""
    family = family_headline(ctx)
    if family is None:
        return []
    place, members = family
    sentence = ctx.index.at(place.start)
    homed = {f.person for f in found}
    if sentence is None:
        return []
    return [
        place_fact(ctx, person, place, sentence, place.start, 0.65)
        for person in members
        if person not in homed
    ]


def family_name_facts(ctx: DocContext, found: list[Fact]) -> list[Fact]:
    """ "the Bardoshvili family of Duisi": its members without a home of their own, see
    `hometown_family_names`."""
    out = []
    homed = {f.person for f in found if f.prop == "hometown"}
    for place, start, members in family_places(ctx):
        sentence = ctx.index.at(place.start)
        if sentence is None:
            continue
        for person in members:
            if person not in homed:
                homed.add(person)
                out.append(place_fact(ctx, person, place, sentence, start, 0.65))
    return out


def place_fact(
    ctx: DocContext,
    person: int,
    place: PlaceMention,
    sentence: Sentence,
    cue_start: int,
    confidence: float,
    cue_end: int | None = None,
) -> Fact:
    extra: dict[str, Any] = {"as_written": place.text}
    if place.place is not None:
        extra["place"] = place.place.as_dict()
    # "уроженец Шалинского района", a district the gazetteer lacks: "Шалинский район"
    name = district_nominative(ctx, place) or nominative(
        place, SETTLEMENT_NOUN.search(ctx.text, max(0, place.start - 12), place.start)
    )
    if name.isupper() and len(name) > 3:
        name = _capitalised(name)  # a headline's or dateline's "DUISI" is Duisi
    district = district_of(ctx, place)
    if district is not None and district.name != place.name:
        # "Anıx, Qusar": village, district; "Акуша, Акушинский район"
        district_name = district_nominative(ctx, district) or nominative(district, None)
        if district.start > place.start and place.suffix.lstrip("'’") in GENITIVE:
            # "Sivas'ın Gürün ilçesinden": the province in the genitive, then its district
            name, district_name = district_name, name
        name = f"{name}, {district_name}"
        extra["district"] = district.name
    part = part_of_city(ctx, place)
    if part is not None:  # "a resident of Hamburg's Wilhelmsburg district": the part first
        name = f"{nominative(part, None)}, {name.split(',')[0]}"
        extra["district"] = place.name
    end = place.end if cue_end is None else cue_end
    return hometown_fact(person, name, sentence, cue_start, end, confidence, extra)


def _capitalised(name: str) -> str:
    words = [w[:1] + w[1:].lower().replace("i\u0307", "i") for w in name.split(" ")]
    return " ".join(words)


def hometown_fact(
    person: int,
    name: str,
    sentence: Sentence,
    cue_start: int,
    end: int,
    confidence: float,
    extra: dict[str, Any],
) -> Fact:
    return Fact(
        person,
        "hometown",
        name,
        sentence.start,
        sentence.end,
        cue_start,
        end,
        confidence=confidence,
        extra=extra,
    )
