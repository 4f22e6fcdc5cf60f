"""A hometown said once of a counted group whose members the text then names one by one
(the shapes `departure_sets` does not read: a headline, no verb of leaving, a list):

- near the top, a count of people from one place, no one named: "five of its regulars,
  all of them from Mulhouse, left for Syria", "Десять лет спустя: трое из Альметьевска",
  "Qusar şəhərinin eyni məhəlləsindən dörd gənc Suriyaya yola düşdü", "Adıyaman'ın eski
  çarşı semtinde buluşan dört genç", "Gəncəli bir qrup gənc ... İdlibə gedərək"; the
  members are the persons named after it whom the rules give a journey, a fight, a death
  or a return (a group's "bir qrup": only those), else any status, the first as many as
  the count (three or more: of "two men from X" the text often tells one's home apart;
  not residents a police report counts, "трое жителей Хасавюрта", listed apart);
- anywhere, a count of people from a place, then as many names: "Cardan daha üç gənc —
  Elşad Məhərrəmov, Nurlan Məhərrəmov və onların qonşusu Zaur Babayev yola düşüb",
  "Bizimlə Qusardan daha iki nəfər vardı: Rövşən Əmirov və Nicat Babayev" (a count the
  names do not make up is about others).

A member the rules gave a hometown keeps it; a parent named with them is no member.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from ffdb.extract.at_places import finditer_at
from ffdb.extract.context import DocContext
from ffdb.extract.departure_sets import may_be_home
from ffdb.extract.events import Event, statuses_by_person
from ffdb.extract.fact_people import Fact
from ffdb.extract.geo import PlaceMention
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.hometown_clauses import GENITIVE
from ffdb.extract.hometown_facts import place_fact
from ffdb.extract.hometown_family_names import OFFICE_WORDS
from ffdb.extract.multi_scan import WORDS
from ffdb.extract.number_words import COUNT_WORDS
from ffdb.extract.scan import lowered
from ffdb.extract.sentences import Sentence

EXTRACTOR: Final = "hometown_cohorts.v1"
CONFIDENCE: Final = 0.6

# the top of the text: a headline, a dateline and the first paragraphs
_OPENING_SENTENCES: Final = 8
# how far after the count the members are named
_MEMBERS_REACH: Final = 3000

# a count of a few people: a number, then a word for them or "из"; a group ("bir qrup")
_COUNT: Final = re.compile(
    r"(?<![\w-])(?:(?P<n>two|three|four|five|six|seven|iki|üç|dörd|dört|beş|altı|yeddi|yedi|"
    r"двое|трое|четверо|пятеро|шестеро|семеро|два|три|четыре|пять|шесть|семь|трём|троим|трёх|"
    r"троих|четырём|четырёх|четверым|четверых|пятерым|пятерых|шестерым|шестерых)"
    r"(?:\s+(?:of\s+(?:its|their|the)\s+)?(?:young\s+|молод\w+\s+)?"
    r"(?P<who>men|women|youths|boys|friends|regulars|residents|natives|gənc|genç|oğlan\w*|oğlu|nəfər|kişi|dost\w*|"
    r"arkadaş\w*|парн\w+|друз\w+|юнош\w*|мужчин\w*|жител\w+|уроженц\w+|выходц\w+)|"
    r"\s+из)|bir\s+(?:qrup|grup)\s+(?:gənc|genç)|a\s+(?:group|handful)\s+of\s+(?:young\s+)?men|"
    # "N of them" after the ablative of whom: "Qadınlardan üçü", "edilenlerden dördü"
    r"(?<=[dt][aəe]n\s)(?P<of_them>ikisi|üçü|dördü|beşi|altısı|yeddisi|yedisi))"
    r"(?![\w-])",
    re.I,
)
# the words a count opens with, as the shared automaton pass finds them in the folded
# text ("altı" as "alti"); "a group of" and "a handful of" are found by their noun
_STARTS: Final = tuple(sorted({lowered(w) for w in COUNT_WORDS} | {"bir", "group", "handful"}))
_GATE: Final = (*_STARTS, "qrup", "grup")
# the "a" of "a group of", "a handful of"
_A_BEFORE: Final = re.compile(r"(?<![\w-])a\s+$", re.I)
# the counted are men: a woman named after is no one of them
_MEN: Final = re.compile(r"(?:men|boys|oğlan\w*|oğlu|парн\w+|юнош\w*|мужчин\w*)", re.I)

# what marks the place as theirs: a case or origin ending ("Qusardan", "Adıyaman'ın",
# "Gəncəli"), "from"/"of"/"из" before it, a settlement noun after it ("Qusar şəhərinin")
_ENDINGS: Final = frozenset(
    ["dan", "dən", "den", "tan", "tən", "ten", "ın", "in", "un", "ün", "nın", "nin", "nun",
     "nün", "lı", "li", "lu", "lü"]
)  # fmt: skip
# ("from the northern Tajik city of Khujand"; not "in the district of Quba", where they
# were held)
_BEFORE_PLACE: Final = re.compile(
    r"(?<![\w-])(?:(?:from|из)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}(?:city|town|village|"
    r"district)\s+of\s+|the\s+)?|(?:residents|natives)\s+of\s+|(?:жител|уроженц|выходц)\w+\s+)$"
)
# (in the genitive or the ablative: not "Zaqatala rayonlarında", where they were held)
_SETTLEMENT_AFTER: Final = re.compile(
    r"\s+(?:kənd|qəsəbə|şəhər|rayon|köy|ilçe|kasaba|kent|mahalle|belde)\w*"
    r"(?:ın|in|un|ün|dan|dən|den|tan|ten)(?:dır|dir|dur|dür|tır|tir)?(?![\w-])",
    re.I,
)
# a province or country in the genitive before its town: "Kosova'nın Kaçanik
# kasabasından", "Zaqatala rayonunun Muğanlı kəndindəndir" (the town is the home)
# (the province right before the town: not "Konyalı dört genç ... için Gaziantep'ten")
_DISTRICT_WORD_OF_TOWN: Final = re.compile(
    r"\s+(?:rayonunun|ilinin|bölgəsinin|bölgesinin|vilayətinin)\s+"
)
# how far from the count its place may stand
_PLACE_REACH: Final = 80

_RESIDENTS: Final = re.compile(r"residents|natives|жител\w+|уроженц\w+|выходц\w+", re.I)

# What the counted did, by the rules: went, fought, were hurt or killed, came back.
_FIGHTER_EVENTS: Final = frozenset(["travelled", "killed", "injured", "returned"])
# a relative of one of them, or one of their names for another ("взявший имя Абу
# Абдуррахман ат-Татари"): no member
_KIN_OR_ALIAS_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:father|mother|brother|sister|wife|husband|atası|anası|babası|annesi|"
    r"qardaşı|kardeşi|ağabeyi|bacısı|ablası|həyat yoldaşı|eşi|отец|мать|брат|сестра|жена|муж|"
    r"name|as|имя|именем|известн\w+ как|adını|adıyla)\s*,?\s*$",
    re.I,
)


def cohort_hometowns(ctx: DocContext, facts: list[Fact], events: list[Event]) -> list[Fact]:
    """Hometowns for the named members of a counted group from one place (see above)."""
    if not holds_any(ctx.low, _GATE):
        return []
    # the opening's count is read there; only a count whose names follow is read here
    departed = any(f.extractor == "departure_sets.v1" for f in facts)
    homed = {f.person for f in facts if f.prop == "hometown"}
    out: list[Fact] = []
    given: set[int] = set()
    done: set[int] = set()  # the sentences whose count gave members
    for count in _counts(ctx):
        sentence = ctx.index.at(count.start())
        if sentence is None or sentence.index in done:
            continue
        named = _named_after(ctx, sentence, count.end())
        place = _their_place(ctx, sentence, count, named[0][0] if named else sentence.end)
        if place is None:
            continue
        if named:
            members = [p for _, p in named] if _number(count) == len(named) else []
        elif listed := _listed_next(ctx, sentence, _number(count)):
            members = listed
        elif gathered := _gathered_then_all(ctx, sentence, _number(count)):
            members = gathered
        elif departed:
            members = []
        elif sentence.index < _OPENING_SENTENCES and not ctx.names_in(sentence.start, sentence.end):
            members = _members_later(ctx, sentence, count, events)
        else:
            members = []
        for person in members:
            if person in homed or person in given:
                continue
            fact = place_fact(ctx, person, place, sentence, count.start(), CONFIDENCE)
            fact.extractor = EXTRACTOR
            out.append(fact)
            given.add(person)
        if members:
            done.add(sentence.index)
    return out


def _counts(ctx: DocContext) -> list[re.Match[str]]:
    """`_COUNT`'s matches, tried only where a word it opens with stands: a search of the
    whole text tried the regex at every letter."""
    places = WORDS.places(ctx.low)
    starts: list[int] = []
    for word in _STARTS:
        at = places.get(word)
        if not at:
            continue
        if word not in ("group", "handful"):
            starts += at
            continue
        for place in at:
            article = _A_BEFORE.search(ctx.text, max(0, place - 12), place)
            if article is not None:
                starts.append(article.start())
    starts.sort()
    return finditer_at(_COUNT, ctx.text, starts, 0, len(ctx.text))


def _number(count: re.Match[str]) -> int | None:
    word = count.group("n") or count.group("of_them")
    return COUNT_WORDS.get(word.lower()) if word else None


def _their_place(
    ctx: DocContext, sentence: Sentence, count: re.Match[str], stop: int
) -> PlaceMention | None:
    """The one home place the sentence marks as where people are from, near the count
    and before the first name after it (`stop`)."""
    homes = [
        p
        for p in ctx.places_in(sentence.start, sentence.end)
        if may_be_home(p) and p.text[:1].isupper() and _marked(ctx, p)
    ]
    if not homes and _OF_THE_TOWN.match(ctx.text, count.end()):
        # "задержали в Дербенте пятерых жителей города": the town the sentence names
        homes = [
            p
            for p in ctx.places_in(sentence.start, sentence.end)
            if may_be_home(p) and p.place is not None and p.place.precision == "town"
        ]
    if len({p.name for p in homes}) == 2 and _province_then_town(ctx, homes):
        homes = [p for p in homes if p.name == homes[-1].name]
    if len({p.name for p in homes}) != 1:
        return None
    near = [
        p
        for p in homes
        if count.start() - _PLACE_REACH <= p.start
        and p.end <= min(stop, count.end() + _PLACE_REACH)
    ]
    return near[0] if near else None


def _province_then_town(ctx: DocContext, homes: list[PlaceMention]) -> bool:
    """Whether the last place is named right after the other in the genitive, as the
    town of that province: "Kosova'nın Kaçanik", "Zaqatala rayonunun Muğanlı"."""
    town = homes[-1].name
    for before, place in itertools.pairwise(homes):
        if before.name == town or place.name != town:
            continue
        gap = ctx.text[before.end : place.start]
        if before.suffix.lstrip("'’") in GENITIVE and not gap.strip():
            return True
        if _DISTRICT_WORD_OF_TOWN.fullmatch(gap):
            return True
    return False


def _marked(ctx: DocContext, place: PlaceMention) -> bool:
    if place.suffix.lstrip("'’") in _ENDINGS:
        return True
    if _BEFORE_PLACE.search(ctx.text, max(0, place.start - 50), place.start) is not None:
        return True
    return _SETTLEMENT_AFTER.match(ctx.text, place.end) is not None


def _named_after(ctx: DocContext, sentence: Sentence, pos: int) -> list[tuple[int, int]]:
    """(where first named, person) for the persons the sentence names after the count."""
    out: dict[int, int] = {}
    for name in ctx.names_in(pos, sentence.end):
        if name.person is not None and name.person not in out:
            out[name.person] = name.start
    return [(start, person) for person, start in out.items()]


# between the names of a list: an age or a birth year in brackets, a comma, "and"
_LIST_GAP: Final = re.compile(
    r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,\s*(?:and\s+|и\s+)?|and\s+|и\s+|və\s+|ve\s+)?",
)


# the residents "of the town" (or village) the sentence names
_OF_THE_TOWN: Final = re.compile(
    r"\s+(?:(?:этого|того\s+же)\s+)?(?:города|села|посёлка|поселка|аула)(?![\w-])|"
    r"\s+of\s+the\s+(?:same\s+)?(?:town|city|village)(?![\w-])"
)
# how many sentences after the count its members may be named over
_GATHER_SENTENCES: Final = 4
# the count said again after the names: "All seven were detained", "Все — уроженцы",
# "Все трое воевали", "Saxlanılanların hamısı", "Şüphelilerin hepsi"
_ALL_AGAIN: Final = re.compile(
    r"(?<![\w-])(?:all\s+(?:of\s+them|two|three|four|five|six|seven|eight|the\s+(?:men|"
    r"women|suspects|defendants|accused|brothers|sisters|youths|friends|fighters|recruits))|"
    r"все\s+(?:трое|четверо|пятеро|шестеро|семеро|восьмеро|они|были|являются|являлись|"
    r"уроженцы|жители|выходцы|родом)|все\s*[—–]|hamısı|hepsi|both\s+(?:men|women|brothers)|"
    r"оба|обе)(?![\w-])",
    re.I,
)
# one who is named for an office or as someone's relative, not as one of the counted
_NOT_MEMBER_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{OFFICE_WORDS}|father|mother|wife|husband|widow|отец|мать|жена|муж|"
    r"вдова|babası|annesi|eşi|atası|anası|həyat\s+yoldaşı)\s*,?\s*$",
    re.I,
)


def _gathered_then_all(ctx: DocContext, sentence: Sentence, number: int | None) -> list[int]:
    """The first persons named in the sentences after the count, as many as it says, when
    the text says the count again of them right after ("... sentenced seven men from
    Isfara. The group's leader, A, ... B and C ... Four other members — D, E, F and G —
    received ... All seven were detained"). Not past a relative's or an office's name."""
    if number is None or number < 2:
        return []
    out: list[int] = []
    last = min(len(ctx.sentences), sentence.index + 1 + _GATHER_SENTENCES)
    for k in range(sentence.index + 1, last):
        after = ctx.sentences[k]
        for name in ctx.names_in(after.start, after.end):
            person = name.person
            if person is None or person in out:
                continue
            if _NOT_MEMBER_BEFORE.search(ctx.text, max(after.start, name.start - 30), name.start):
                return []
            out.append(person)
        if len(out) > number:
            return []
        if len(out) == number:
            again = ctx.sentences[k + 1 : k + 2] if k + 1 < len(ctx.sentences) else []
            closing = [after, *again]
            if any(_ALL_AGAIN.search(ctx.text, s.start, s.end) for s in closing):
                return out
            return []
    return []


def _listed_next(ctx: DocContext, sentence: Sentence, number: int | None) -> list[int]:
    """The persons a sentence soon after the count opens with, as a list of as many names:
    "вынес приговор трём жителям Баксана ... Аскер Хакунов (32 года), Мурат Тхазеплов
    (30 лет) и Алим Жигунов (27 лет) воевали"."""
    if number is None or number < 2:
        return []
    for k in range(sentence.index + 1, min(len(ctx.sentences), sentence.index + 3)):
        after = ctx.sentences[k]
        names = [n for n in ctx.names_in(after.start, after.end) if n.person is not None]
        if not names:
            continue
        if names[0].start - after.start > 2:
            return []
        listed = [names[0]]
        for name in names[1:]:
            if name.person in {n.person for n in listed}:
                break
            if _LIST_GAP.fullmatch(ctx.text, listed[-1].end, name.start) is None:
                break
            listed.append(name)
        people = [n.person for n in listed if n.person is not None]
        return people if len(people) == number else []
    return []


def _members_later(
    ctx: DocContext,
    sentence: Sentence,
    count: re.Match[str],
    events: list[Event],
) -> list[int]:
    """The persons named after the sentence whom the rules give a fighter's status (for
    a number: any status), the first as many as the count. Not for the
    residents of a place a report counts ("трое жителей Татарстана"): the
    detained it names are listed apart. Nor for a pair: of "two men from X" the text
    often tells one's home apart."""
    who = count.group("who")
    if who is not None and _RESIDENTS.fullmatch(who):
        return []
    number = _number(count)
    if number is not None and number < 3:
        return []  # "Two men from Qusar": the one the text tells of may be from elsewhere
    statuses = statuses_by_person(events)
    men = count.group("who") is not None and _MEN.fullmatch(count.group("who")) is not None
    out: list[int] = []
    kin: set[int] = set()
    end = min(len(ctx.text), sentence.end + _MEMBERS_REACH)
    for name in ctx.names_in(sentence.end, end):
        person = name.person
        if person is None or person in out or person in kin:
            continue
        if _KIN_OR_ALIAS_BEFORE.search(ctx.text, max(0, name.start - 24), name.start):
            kin.add(person)
            continue
        if men and ctx.genders.get(person) == "f":
            continue
        held = statuses.get(person, set())
        if held & _FIGHTER_EVENTS or (number is not None and held):
            out.append(person)
        if number is not None and len(out) == number:
            break
    return out


register(_GATE)  # (its gate's and starts' words, in the automaton at import)
