"""A hometown said by pointing back at a place: "мы вместе учились в Назрани, он оттуда
родом", "we studied in Ganja; he is from there", "Gəncədə oxuyurduq, o oradandır",
"Konya'da tanıştık, oralıydı". The place is the last one named before the phrase in the
same sentence; the person is whom the phrase's clause is about (its pronoun or name).

And "our village" in a relative's words ("Onunla bizim kənddən daha iki oğlan - X və Y
getdi", "из нашего села уехали X и Y", "two boys from our village, X and Y"): the names
after it have the one village or town the text gave as a home before.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact, persons_near
from ffdb.extract.geo import PlaceMention
from ffdb.extract.scan import WordsGate

# a document without these words holds no such phrase (asked once per document)
_GATE: Final = WordsGate(("оттуда", "from there", "oradan", "orali"))
_THERE: Final = re.compile(
    r"(?<![\w-])(?:оттуда\s+родом|родом\s+оттуда|(?:is|was|came|comes|hails?)\s+from\s+there|"
    r"oradan(?:dır|dir|dı|idi|imiş)|oralı(?:dır|dir|ydı|ydi|idi|ymış)?)(?![\w-])",
    re.I,
)
# how far before the phrase the place may be named
_REACH: Final = 120


def there_places(ctx: DocContext) -> list[tuple[int, PlaceMention, int, int]]:
    """(person, place, phrase start, phrase end) for each such phrase."""
    out: list[tuple[int, PlaceMention, int, int]] = []
    if not _GATE(ctx.text):
        return out
    for match in _THERE.finditer(ctx.text):
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        places = ctx.places_in(max(sentence.start, match.start() - _REACH), match.start())
        if not places or places[-1].place is None or places[-1].place.precision == "country":
            continue
        persons = persons_near(ctx, sentence, match.start(), match.end(), "left", reach=40)
        if len(persons) == 1:
            out.append((persons[0], places[-1], match.start(), match.end()))
    return out


_OUR_GATE: Final = WordsGate(("bizim", "нашего", "our "))
_OUR_PLACE: Final = re.compile(
    r"(?<![\w-])(?:bizim\s+(?:kənd|qəsəbə|şəhər|məhəllə|köy|kasaba|şehir|mahalle)\w*"
    r"(?:dən|dan|den|ten|tan)|из\s+нашего\s+(?:села|аула|города|посёлка|поселка|района)|"
    r"from\s+our\s+(?:village|town|neighbou?rhood))(?![\w-])",
    re.I,
)


def our_place_facts(ctx: DocContext, found: list[Fact]) -> list[tuple[int, Fact, int, int]]:
    """(person, the fact whose place is "ours", phrase start, phrase end) for each name
    after "our village" in its sentence, when the text gave one home before it."""
    out: list[tuple[int, Fact, int, int]] = []
    if not _OUR_GATE(ctx.text):
        return out
    homed = {f.person for f in found}
    for match in _OUR_PLACE.finditer(ctx.text):
        sentence = ctx.index.at(match.start())
        homes = [f for f in found if f.cue_start < match.start()]
        if sentence is None or len({f.value for f in homes}) != 1:
            continue
        for agent in ctx.agents_in(match.end(), sentence.end):
            if agent[2] not in homed and ctx.names_in(agent[0], agent[1]):
                out.append((agent[2], homes[0], match.start(), match.end()))
    return out
