"""Counted departures: an article that opens by counting the people who left one town
for the war, then tells of them one by one.

    "Seven young men left Kičevo for Syria between 2013 and 2015. ... The first to go
    was Ilir Ramadani. ... The Memeti brothers, Agron and Besart, left together ..."
    "Zaqatalanın Car kəndində 2013–2015-ci illərdə doqquz gənc Suriyaya gedib."
    "Из Хасавюрта в Сирию уехали пятеро молодых людей."
    "Adıyaman'dan 12 genç Suriye'ye gitti."

Each fighter the article then tells of (someone who went, fought, was wounded or killed,
or came back, by the rules' own events and group ties) and who has no hometown of their
own is one of the counted: from that town, and gone to the war. The relatives,
officials, preachers and experts around them have no such events and are left alone.

Only a sentence near the top counts (the title and the opening paragraphs): a count, a
word for people, a verb of leaving, a place in the war zone and exactly one other
settlement. The facts made here carry a lower confidence than the rules' own.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.events import Event, set_date, statuses_by_person
from ffdb.extract.fact_people import Fact
from ffdb.extract.geo import PlaceMention
from ffdb.extract.hometown_clauses import district_of
from ffdb.extract.hometown_facts import place_fact
from ffdb.extract.lexicon import nationalities
from ffdb.extract.scan import Needles
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold

EXTRACTOR: Final = "departure_sets.v1"
CONFIDENCE: Final = 0.6

_OPENING_SENTENCES: Final = 6
# Where the war is: a place there is a journey's end, never a home.
WAR_ZONE: Final = frozenset(["SY", "IQ"])
_GENITIVE: Final = frozenset(["nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ının", "inin"])
# What the counted did, by the rules: went, fought, were hurt or killed, came back.
_FIGHTER_EVENTS: Final = frozenset(["travelled", "killed", "injured", "returned"])

_PARENT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:father|mother|atası|anası|babası|annesi|отец|мать|(?:его|её|ее)\s+"
    r"(?:отец|мать))\s*,?\s*$",
    re.I,
)
# The war zone as a region's name the gazetteer lacks: "на Ближний Восток"
_MIDDLE_EAST: Final = re.compile(
    r"(?<![\w-])(?:Middle East|Ближн\w+ Восток\w*|Yaxın Şərq\w*|Orta Doğu\w*|"
    # "to the Syrian war", "на сирийскую войну"
    r"Syrian (?:war|conflict|jihad)|сирийск\w+ войн\w*)",
    re.I,
)
_MIDDLE_EAST_NEEDLES: Final = Needles(_MIDDLE_EAST)  # (most sentences hold none)
_BROAD: Final = frozenset(["district", "province", "region"])

_COUNT: Final = re.compile(
    r"(?<![\w-])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|a dozen|iki|üç|dörd|dört|beş|altı|yeddi|yedi|səkkiz|sekiz|doqquz|dokuz|on|"
    r"onlarla|onlarca|двое|трое|четверо|пятеро|шестеро|семеро|восьмеро|девятеро|десятеро|"
    r"два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|десятки|несколько|"
    # "не менее девяти человек", "около десятка"
    r"двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|десятка|десятков|"
    # "приговор трём жителям Баксана, которые ... уехали"
    r"двум|тр[её]м|троим|четыр[её]м|четверым|пятерым|шестерым|"
    r"нескольких|"
    # tens: "не менее тридцати человек", "thirty young men", "otuz genç"
    r"двадцат[ьи]|тридцат[ьи]|сорок[аи]?|пятьдесят|пятидесяти|сотн[иеюя]|сотен|"
    r"twenty|thirty|forty|fifty|hundreds?|iyirmi|yirmi|otuz|qırx|kırk|əlli|elli|yüz)(?![\w-])",
    re.I,
)
_PEOPLE: Final = re.compile(
    r"(?<![\w-])(?:young men|men|youths|boys|residents|people|natives|locals|cousins|"
    r"brothers|kuzen\w*|kardeş\w*|qardaş\w*|братья|брата|братьев|"
    r"gənc\w*|nəfər|kişi\w*|sakin\w*|oğlan\w*|genç\w*|vatandaş\w*|"
    r"молод\w+ (?:людей|человек|мужчин)|человек|жител\w+|уроженц\w+|юнош\w*|парн\w+|"
    r"мужчин\w*)(?![\w-])",
    re.I,
)
# The counted are men: a woman the article names is no one of them.
_MEN: Final = re.compile(
    r"(?<![\w-])(?:young men|men|youths|boys|oğlan\w*|kişi\w*|молод\w+ (?:людей|мужчин)|"
    r"юнош\w*|парн\w+|мужчин\w*)(?![\w-])",
    re.I,
)
_LEFT: Final = re.compile(
    r"(?<![\w-])(?:left|went|travell?ed|departed|made their way|set off|lost|"
    r"ged\w*|yollan\w*|getmiş\w*|getdi\w*|gitti\w*|gitmiş\w*|giden\w*|"
    r"уехал\w*|выехал\w*|отправил\w*|уеха\w*|уезжа\w*|выезжа\w*)(?![\w-])",
    re.I,
)
_LEFT_NEEDLES: Final = Needles(_LEFT)
_PEOPLE_NEEDLES: Final = Needles(_PEOPLE)


# What marks a place as the one left or lived in: a case ending on it ("Qusardan",
# "Zaqatalanın"), a preposition before it ("from", "left", "из", "в"), a settlement noun
# after it ("Car kəndində"). A bare capitalised word ("İndi isə ...": "now") is no place.
_BEFORE_PLACE: Final = re.compile(r"(?<![\w-])(?:from|of|left|in|из|в|во|от|с|со)\s+$", re.I)
_SETTLEMENT_AFTER: Final = re.compile(
    r"\s+(?:kənd|qəsəbə|şəhər|rayon|köy|kasaba|ilçe|village|town|district|сел|посёл|посел|район|город)",
    re.I,
)


_DISTRICT_AFTER: Final = re.compile(r"\s+(?:район\w*|rayon\w*|ilçe\w*|district\b|улус\w*)", re.I)


# or a settlement noun before it: "в аварском селе Гергебиль", "the village of Duisi"
_SETTLEMENT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:сел[оеау]|посёлк\w*|поселк\w*|город\w*|деревн\w+|аул\w*|(?:village|town)"
    r"(?:\s+of)?)[ \u00a0]+$",
    re.I,
)


def may_be_home(place: PlaceMention) -> bool:
    """Whether a place can be someone's home: a settlement or region outside the war
    zone (or one the gazetteer lacks), not a country."""
    found = place.place
    return found is None or (found.country not in WAR_ZONE and found.precision != "country")


def _people_before_noun(ctx: DocContext, place: PlaceMention) -> bool:
    """A people's word before a noun: "a group of Kazakh men" (Kazakh is also a town)."""
    if fold(place.text) not in nationalities() or place.suffix:
        return False
    return _LOWER_NEXT.match(ctx.text, place.end) is not None


_LOWER_NEXT: Final = re.compile(r"\s+[a-zа-яё]")


def _marked(ctx: DocContext, place: PlaceMention) -> bool:
    if place.suffix:
        return True
    if _BEFORE_PLACE.search(ctx.text, max(0, place.start - 8), place.start) is not None:
        return True
    if _SETTLEMENT_AFTER.match(ctx.text, place.end) is not None:
        return True
    return _SETTLEMENT_BEFORE.search(ctx.text, max(0, place.start - 12), place.start) is not None


def departure_facts(
    ctx: DocContext, facts: list[Fact], events: list[Event]
) -> tuple[list[Fact], list[Event]]:
    """Hometowns and journeys for the counted fighters of a counted departure, if the
    document opens with one; nothing otherwise."""
    found = _counted_departure(ctx)
    if found is None:
        return [], []
    sentence, origin, destination, (cue_start, cue_end) = found
    men = _MEN.search(ctx.text, sentence.start, sentence.end) is not None
    genders = ctx.genders if men else {}
    statuses = statuses_by_person(events)
    fighters = {p for p, s in statuses.items() if s & _FIGHTER_EVENTS}
    fighters |= {f.person for f in facts if f.prop == "group"}
    homed = {f.person for f in facts if f.prop == "hometown"}
    later = {n.person for n in ctx.names if n.start >= sentence.start and n.person is not None}
    # a fighter's parent, whom the rules may give his son's wounds: "Atası Fikrət Əliyev
    # deyir ki, oğlu ... yaralanıb"
    parents = {
        n.person
        for n in ctx.names
        if _PARENT_BEFORE.search(ctx.text, max(0, n.start - 24), n.start) is not None
    }
    later -= parents
    new_facts, new_events = [], []
    # the one date the count gives, when it gives one ("в 2015 году вместе уехали"): a
    # year or a month (a day there is the report's: "вчера суд ... уехавшим")
    dated = ctx.dates_in(sentence.start, sentence.end)
    when = dated[0] if len(dated) == 1 else None
    if when is not None and (when.end_value is not None or len(when.value) > 7):
        when = None
    for person in sorted((fighters & later) - homed):
        if genders.get(person) == "f":
            continue
        fact = place_fact(ctx, person, origin, sentence, cue_start, CONFIDENCE, cue_end)
        fact.extractor = EXTRACTOR
        new_facts.append(fact)
        if "travelled" not in statuses.get(person, set()):
            gone = Event(person, "travelled", sentence.start, sentence.end, cue_start, cue_end)
            gone.place = destination.name if destination is not None else None
            gone.confidence = CONFIDENCE
            gone.extra = {"extractor": EXTRACTOR}
            if when is not None:
                set_date(gone, when, "episode")
            new_events.append(gone)
    return new_facts, new_events


Counted = tuple[Sentence, PlaceMention, PlaceMention | None, tuple[int, int]]


def _counted_departure(ctx: DocContext) -> Counted | None:
    for sentence in ctx.sentences[:_OPENING_SENTENCES]:
        # the places first (a lookup): most sentences name no war zone
        places = ctx.places_in(sentence.start, sentence.end)
        war = [p for p in places if p.place is not None and p.place.country in WAR_ZONE]
        if not war and not (
            _MIDDLE_EAST_NEEDLES.may_match(ctx.folded(), sentence.start, sentence.end)
            and _MIDDLE_EAST.search(ctx.text, sentence.start, sentence.end)
        ):
            continue
        if not (
            _LEFT_NEEDLES.may_match(ctx.folded(), sentence.start, sentence.end)
            and _PEOPLE_NEEDLES.may_match(ctx.folded(), sentence.start, sentence.end)
        ):
            continue  # (the words `_LEFT` and `_PEOPLE` need, before the origin is sought)
        origin = _origin(ctx, places)
        if origin is None:
            continue
        text = ctx.text[sentence.start : sentence.end]
        left = _LEFT.search(text)
        if left is None or _COUNT.search(text) is None or _PEOPLE.search(text) is None:
            continue
        if ctx.names_in(sentence.start, sentence.end):
            continue  # a named person's own journey, told by the rules
        cue = (sentence.start + left.start(), sentence.start + left.end())
        return sentence, origin, war[0] if war else None, cue
    return None


def _origin(ctx: DocContext, places: list[PlaceMention]) -> PlaceMention | None:
    """The one settlement left from. A village after its district or province in the
    genitive ("Zaqatalanın Car kəndində", "Sivas'ın Gürün ilçesinden") is the village:
    the hometown builder adds the district. A count the gazetteer also knows as a
    hamlet ("Seven", "One") is no place."""
    home = [
        p
        for p in places
        if may_be_home(p)
        and _COUNT.fullmatch(p.text) is None
        and _marked(ctx, p)
        and not _people_before_noun(ctx, p)
    ]
    if len({p.name for p in home}) == 1:
        return home[0]
    # "из Губдена Карабудахкентского района Дагестана": the village, not its district or
    # republic (the hometown builder adds the district)
    districts = {d.start for p in home if (d := district_of(ctx, p)) is not None}
    # "в Карабудахкентском районе", "Qusar rayonunda": a district by the noun after it
    districts |= {p.start for p in home if _DISTRICT_AFTER.match(ctx.text, p.end)}
    towns = [
        p
        for p in home
        if p.start not in districts and (p.place is None or p.place.precision not in _BROAD)
    ]
    if towns and len({p.name for p in towns}) == 1 and len(towns) < len(home):
        return towns[0]
    if len(home) == 2 and home[0].suffix.lstrip("'’") in _GENITIVE:
        return home[1]
    return None
