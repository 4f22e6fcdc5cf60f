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
from dataclasses import replace
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact, coordinated_after
from ffdb.extract.geo import PlaceMention
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

# the landsman's word, then whose landsman he is, then a dash or a comma: "односельчанин
# Гаджиева — Арсен Магомедов", "a fellow villager of Gadzhiev, Arsen Magomedov"
_LANDSMAN_OF: Final = re.compile(
    r"(?<![\w-])(?:земляк\w*|землячк\w*|односельчан\w*|fellow[ -]villagers?\s+of|"
    r"townsm[ae]n\s+of)\s+(?P<other>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s*[—–,-]\s*$",
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


# a home's word right before a place ("жители Буйнакска", "from Quba") or after it
# ("Qusar sakinləri", "Konya doğumlu"); not where one died ("убит под Дейр-эз-Зором")
_HOME_BEFORE: Final = re.compile(
    r"(?:жител\w*|уроженц\w*|уроженк\w*|родом\s+из|выход\w+\s+из|from|residents?\s+of|"
    r"natives?\s+of)\s+$",
    re.I,
)
_HOME_AFTER: Final = re.compile(r"\s+(?:sakin|doğumlu|kəndindən|köyünden)")


# the words for one of the same village, not of the same land
_VILLAGER: Final = re.compile(r"односельчан|fellow[ -]villager|həmkəndli|köylüsü|kəndçisi", re.I)


def _own_home(ctx: DocContext, after: int, place: PlaceMention) -> bool:
    """Whether the place after `after` is said to be someone's home."""
    if place.suffix.lstrip("'’") in ("lı", "li", "lu", "lü"):
        return True
    before = _HOME_BEFORE.search(ctx.text, max(after, place.start - 24), place.start)
    return before is not None or _HOME_AFTER.match(ctx.text, place.end) is not None


def _broad(home: Fact) -> bool:
    """A home of a region or a country ("жителей Ингушетии"), which a landsman's town in
    it makes precise (`hometown_choice` prefers the town)."""
    place = home.extra.get("place")
    return isinstance(place, dict) and place.get("precision") not in (None, "town")


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
            # a town before a region, then the surer claim
            if best is None or (not _broad(fact), fact.confidence) > (
                not _broad(best),
                best.confidence,
            ):
                homes[fact.person] = fact
    out: list[Fact] = []
    for name in ctx.names:
        person = name.person
        if person is None or (person in homes and not _broad(homes[person])):
            continue
        word = _LANDSMAN_BEFORE.search(ctx.text, max(0, name.start - 60), name.start)
        sentence = ctx.index.at(name.start)
        if sentence is None:
            continue
        of = None if word else _LANDSMAN_OF.search(ctx.text, max(0, name.start - 70), name.start)
        whose = ctx.agents_in(of.start("other"), of.end("other")) if of else []
        if of and whose and whose[0][0] == of.start("other"):
            word = of  # "односельчанин Гаджиева — Арсен Магомедов": whose landsman, named
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
        after = ctx.places_in(name.end, sentence.end)
        if _VILLAGER.match(word.group()) is None and after:
            continue  # a compatriot ("земляк") said with a place: "... вернулся в Таджикистан"
        if any(_own_home(ctx, name.end, p) for p in after):
            continue  # "его односельчане X и Y, жители Гимров": a place of their own
        other = whose[0][2] if word is of else ctx.antecedent(word.start())
        if other is None or other == person or other not in homes:
            continue
        home = homes[other]
        if _DISTRICT_AFTER.match(ctx.text, home.cue_end):
            continue  # "жителя Кусарского района ... их земляк": of the district, no town
        for each in [person, *coordinated_after(ctx, person, name.start, sentence.end)]:
            if each in homes and not _broad(homes[each]):
                continue
            # above the region said before, which the town in it makes precise
            sure = max(CONFIDENCE, homes[each].confidence) if each in homes else CONFIDENCE
            fact = hometown_fact(
                each, home.value, sentence, word.start(), name.end, sure, dict(home.extra)
            )
            fact.extractor = EXTRACTOR
            homes[each] = fact
            out.append(fact)
    return out + _shared_by_landsman(ctx, found, homes)


# the landsman's word right before the cue of his own home, owned by the one named
# before: "его земляк из Вахдата Сухроб Каримов", "his fellow villager from Jokolo, X",
# "onun həmkəndlisi" (not "его встретил земляк из Вахдата X", where "его" is no owner)
_LANDSMAN_FROM: Final = re.compile(
    r"(?<![\w-])(?:его|её|ее|их|his|her|their|onun|onların|[^\W\d_]+['’]?n?[ıiuü]n)\s+"
    r"(?:(?:own|fellow)\s+)?(?:земляк|землячка|односельчанин|односельчанка|"
    r"(?:fellow[ -])?villager|townsman|hemşehrisi|həmyerlisi|həmkəndlisi)\s+"
    r"(?:из\s+|from\s+)?$",
    re.I,
)


def _shared_by_landsman(ctx: DocContext, found: list[Fact], homes: dict[int, Fact]) -> list[Fact]:
    """The landsman's own home, said with his word, for the one whose landsman he is (the
    one "его" points back to) when that one has none."""
    out: list[Fact] = []
    for fact in found:
        if fact.prop != "hometown" or fact.person < 0:
            continue
        word = _LANDSMAN_FROM.search(ctx.text, max(0, fact.cue_start - 40), fact.cue_start)
        if word is None:
            continue
        other = ctx.antecedent(word.start())
        if other is None or other == fact.person or other in homes:
            continue
        shared = replace(fact, person=other, extractor=EXTRACTOR, confidence=CONFIDENCE)
        homes[other] = shared
        out.append(shared)
    return out


register(_GATE)  # (its gate's words, in the automaton at import)
