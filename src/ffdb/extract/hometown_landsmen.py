"""A hometown passed from a person to one the text calls his landsman: "Вместе с ним
уехал его односельчанин Магомед Курбанов", "Его земляк Санжар Мамажанов", "onun
həmyerlisi Elçin Quliyev", "hemşehrisi Murat Kaya", "his fellow villager Anzor X", "a
friend from the same street, Idris Mahmood". The word before the name says that the two
come from one place; whose place is the person last named before the word (the one "его"
points back to), when the rules gave him a hometown (a town or village: the landsman of a
district's resident may be from anywhere in it). Names listed with the landsman
("его земляки X и Y") take it too; a landsman with a home of his own keeps it.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact, coordinated_after
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.hometown_facts import hometown_fact

EXTRACTOR: Final = "hometown_landsmen.v1"
CONFIDENCE: Final = 0.6

_GATE: Final = (
    "земляк", "землячк", "односельчан", "fellow villager", "townsm", "hemşehri", "köylüsü",
    "həmyerli", "həmkəndli", "kəndçisi", "from the same", "из того же", "aynı köy",
    "aynı mahalle", "eyni kənd", "eyni məhəllə", "того же", "the same", "aynı", "eyni",
    "həmin kənd",
)  # fmt: skip
# the landsman's word right before his name (a possessive, a comma between)
_LANDSMAN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:земляк\w*|землячк\w*|односельчан\w*|fellow[ -]villagers?|townsm[ae]n|"
    r"hemşehri\w*|köylüsü|həmyerli\w*|həmkəndli\w*|kəndçisi|"
    r"(?:friend|man|neighbou?r)\s+from\s+the\s+same\s+(?:street|village|town|neighbou?rhood)|"
    r"(?:друг|товарищ)\s+из\s+того\s+же\s+(?:села|города|аула|двора)|"
    r"aynı\s+(?:köyden|mahalleden)\s+(?:arkadaşı|bir\s+genç)|"
    r"eyni\s+(?:kənddən|məhəllədən)\s+(?:dostu|olan)"
    r")(?:\s+\d{1,2}(?:-летн\w+|-year-old|\s+yaşlı))?\s*,?\s*$",
    re.I,
)

# a home said after the name to be the one last named: "Гасан Магомедалиев, житель того
# же села", "Ali Kaya, aynı köyden", "X, also from the same village"
_SAME_AFTER: Final = re.compile(
    r"\s*,?\s*(?:\d{1,2}\s*,\s*)?(?:(?:житель|жительница|уроженец|уроженка|выходец)\s+"
    r"(?:того\s+же|той\s+же)|(?:also\s+)?(?:an?\s+(?:resident|native)\s+of|from)\s+the\s+same|"
    r"(?:aynı|eyni|həmin)\s+(?:köy|kasaba|mahalle|kənd|qəsəbə|məhəllə)\w*)"
    r"\s*(?:села|аула|посёлка|поселка|деревни|станицы|village|town|neighbou?rhood|"
    r"(?:den|dan|dən|in\s+sakini|ın\s+sakini|nin\s+sakini|nın\s+sakini|li|lı)\b)?",
    re.I,
)
# what `_SAME_AFTER` must hold to name a place
_SAME_PLACE: Final = re.compile(
    r"(?:села|аула|посёлка|поселка|деревни|станицы|village|town|neighbou?rhood|köy|kasaba|"
    r"mahalle|kənd|qəsəbə|məhəllə)",
    re.I,
)


def _last_home_before(found: list[Fact], pos: int) -> Fact | None:
    """The hometown last given before `pos` (by its cue), of a town or village."""
    best = None
    for fact in found:
        if fact.prop != "hometown" or fact.person < 0 or fact.cue_start >= pos:
            continue
        if best is None or fact.cue_start > best.cue_start:
            best = fact
    return best


# the other's home said as a district ("жителя Кусарского района", "Qusar rayonunun")
_DISTRICT_AFTER: Final = re.compile(r"\s+(?:район\w*|rayon\w*|ilçe\w*|district)", re.I)


def landsmen_facts(ctx: DocContext, found: list[Fact]) -> list[Fact]:
    """Hometowns for landsmen of persons with one (see above)."""
    if not holds_any(ctx.low, _GATE):
        return []
    homes: dict[int, Fact] = {}
    for fact in found:
        if fact.prop == "hometown" and fact.person >= 0:
            best = homes.get(fact.person)
            if best is None or fact.confidence > best.confidence:
                homes[fact.person] = fact
    out: list[Fact] = []
    for name in ctx.names:
        person = name.person
        if person is None or person in homes:
            continue
        word = _LANDSMAN_BEFORE.search(ctx.text, max(0, name.start - 60), name.start)
        sentence = ctx.index.at(name.start)
        if sentence is None:
            continue
        if word is None:
            same = _SAME_AFTER.match(ctx.text, name.end, sentence.end)
            if same is None or _SAME_PLACE.search(same.group()) is None:
                continue
            home_before = _last_home_before(found, name.start)
            if home_before is None or _DISTRICT_AFTER.match(ctx.text, home_before.cue_end):
                continue
            fact = hometown_fact(
                person,
                home_before.value,
                sentence,
                same.start(),
                same.end(),
                CONFIDENCE,
                dict(home_before.extra),
            )
            fact.extractor = EXTRACTOR
            homes[person] = fact
            out.append(fact)
            continue
        if ctx.places_in(name.end, sentence.end):
            continue  # "его земляки X и Y, жители Буйнакска": a place of their own
        other = ctx.antecedent(word.start())
        if other is None or other == person or other not in homes:
            continue
        home = homes[other]
        if _DISTRICT_AFTER.match(ctx.text, home.cue_end):
            continue  # "жителя Кусарского района ... их земляк": of the district, no town
        for each in [person, *coordinated_after(ctx, person, name.start, sentence.end)]:
            if each in homes:
                continue
            fact = hometown_fact(
                each, home.value, sentence, word.start(), name.end, CONFIDENCE, dict(home.extra)
            )
            fact.extractor = EXTRACTOR
            homes[each] = fact
            out.append(fact)
    return out


register(_GATE)  # (its gate's words, in the automaton at import)
