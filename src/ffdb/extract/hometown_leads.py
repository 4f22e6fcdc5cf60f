"""Hometowns said before or around a name rather than beside it (see `hometowns`):

- a lede that introduces its subject by a descriptor and names the person only later:
  "A Luton man was jailed ...", "A 29-year-old man from Ganja was detained ...", "A
  former cook from Gabala who ... was jailed",
  "Уроженец Кизляра осуждён ..." (a headline), "Kayseri'den Suriye'ye giden genç
  öldürüldü"; the place goes to the first person named after it, when the lede names
  nobody, stands at the top of the text and that person has no other hometown;
- "в Дербенте задержан житель города Магомед Алиев": the city named earlier in the
  sentence;
- a list's entry: "Günel Həsənova (1993-cü il təvəllüdlü, Şəki)", "... təvəllüdlü),
  Qubadan.", with a lower-case demonym: "Sevda Əliyeva (1991-ci il təvəllüdlü), şəkili."
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact, coordinated_after, right_within
from ffdb.extract.geo import PlaceMention
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.hometown_family_names import FAMILY_REACH
from ffdb.extract.number_words import COUNT_WORDS
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import BYLINE_BEFORE
from ffdb.names.places import lookup_place

# A lede starts within this many characters of the text (a headline, a dateline, a
# byline and the first sentence of the body).
LEDE_END: Final = 400

# A person's word after a demonym, perhaps with a case ending ("Qusarlı qadına").
_PERSON_WORD: Final = (
    r"(?:qadın|kadın|kişi|adam|gənc|genç|oğlan|kız|qız|ana|anne|anneanne|babaanne|nənə|ata|"
    r"baba|dul|militan|cihatçı|cihadçı|döyüşçü|savaşçı)"
    r"(?:a|ə|e|ı|i|u|ya|yə|ye|yı|yi|nın|nin|ın|in|dan|dən|den|da|də|de)?(?![\w-])"
)
_DEMONYM_SUFFIX: Final = frozenset(["lı", "li", "lu", "lü"])

# Who the lede is about, without a name.
_DESCRIPTOR: Final = re.compile(
    r"(?<![\w-])(?:(?:A|An|a|an)\s+(?:\d{1,2}-year-old\s+)?(?:[A-Z][\w-]+\s+)?"
    r"(?:man|woman|youth|teenager|student|mother|father|widow|imam|preacher)(?![\w-])|"
    # a headline's descriptor after a quote and its colon: '"...": a returnee from Kulob'
    r"(?:A|An|(?<=:\s)an?)\s+(?:[a-z][\w-]*\s+){1,4}from\s+(?=[A-Z])|"
    # one person, not many ("вербовка жителей Татарстана")
    r"(?:[Уу]роженец|[Уу]роженц(?:а|у|ем|е)|[Уу]роженк(?:а|и|е|у|ой)|"
    r"[Жж]ител(?:ь|я|ю|ем|е)|[Жж]ительниц(?:а|ы|е|у|ей))(?![а-яё])|"
    r"(?:giden|gelen|gedən|gələn|olan)\s+(?:genç|kadın|adam|kız|gənc|qadın|kişi|oğlan)"
    r"(?![\w-])|"
    # a demonym and a person's word: "Qusarlı qadına 6 il həbs", "Adıyamanlı anneanne"
    r"[^\W\d_]+(?:lı|li|lu|lü)\s+" + _PERSON_WORD + r"|"
    # kin, counted: "Two sisters from Zhezkazgan", "Братья из Набережных Челнов"
    r"(?:Two|Three|Four)\s+(?:[a-z-]+\s+)?(?:brothers|sisters|cousins|siblings)(?![\w-])|"
    r"(?:Братья|Сёстры|Сестры|Двое\s+братьев|Трое\s+братьев)(?![а-яё]))"
)
# A family the lede is about: its place goes to as many of the first persons named
# together ("A father and his two sons from Khasavyurt ... Abdulmalik Shamkhalov, 61, and
# his sons Arslan, 34, and Gamzat, 29, travelled").
_FAMILY: Final = re.compile(
    r"(?<![\w-])(?P<parent>(?:father|mother|отец|мать|ata|ana|baba|anne)\s+(?:and|и|və|ve)\s+"
    r"(?:(?:his|her|его|её|onun)\s+)?)?(?:(?P<n>two|three|four|двое|трое|четверо|два|три|"
    r"iki|üç|dört|dörd)\s+(?:[\w-]+\s+)?)?(?P<kin>brothers|sisters|cousins|siblings|sons|"
    r"daughters|братья|брата|братьев|сёстры|сестры|сестёр|сыновья|сына|сыновей|"
    r"qardaş\w*|bacı\w*|kardeş\w*|oğul\w*|oğlu\w*)(?![\w-])",
    re.I,
)
# The lede's own shapes: "A Luton man", "Kayseri'den Suriye'ye giden genç".
_LEDE_AFTER: Final = re.compile(
    r"\s+(?:man|woman|youth|teenager|mother|father|widow|imam|preacher)(?![\w-])|"
    r"\s+(?:[^\W\d_]+['’]?[yn]?[aeə]\s+)?(?:giden|gelen|gedən|gələn)\s+"
    r"(?:genç|kadın|adam|kız|gənc|qadın|kişi|oğlan)(?![\w-])|"
    r"\s+" + _PERSON_WORD
)
_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w-])(?:A|An|a|an)\s+$")
_ABLATIVE: Final = ("dan", "dən", "den", "tan", "tən", "ten")


def lede_cue(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """Whether a place is a lede's descriptor: "A Luton man", "X'den ... giden genç"."""
    if sentence.start > LEDE_END or not _LEDE_AFTER.match(ctx.text, place.end):
        return False
    if place.suffix.lstrip("'’") in _ABLATIVE:
        return True
    if place.suffix in _DEMONYM_SUFFIX and place.text[:1].isupper():
        return True  # "Qusarlı qadına 6 il həbs cəzası verildi"
    return _ARTICLE_BEFORE.search(ctx.text, max(0, place.start - 4), place.start) is not None


def is_lede(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """A sentence at the top of the text that names nobody and describes its subject."""
    return describes_lede(ctx, sentence, min(sentence.end, place.end + 40))


def describes_lede(ctx: DocContext, sentence: Sentence, end: int) -> bool:
    """A sentence at the top of the text that names nobody and describes its subject
    before `end` ("The family of a Bradford man killed while fighting for ...")."""
    if sentence.start > LEDE_END or ctx.names_in(sentence.start, sentence.end):
        return False
    return _DESCRIPTOR.search(ctx.text, sentence.start, end) is not None


def lede_facts(ctx: DocContext, found: list[Fact], ledes: list[Fact]) -> list[Fact]:
    """The ledes' places given to the first person named after them (see the module
    docstring); `ledes` hold person -1."""
    out = []
    homed = {f.person for f in found}
    for lede in ledes:
        person = first_named_after(ctx, lede.end)
        if person is None or person in homed:
            continue
        lede.person = person
        homed.add(person)
        out.append(lede)
        age = _lede_age(ctx, lede)
        if age is not None:
            out.append(age)
        for other in _family_members(ctx, lede, person):
            if other not in homed:
                homed.add(other)
                out.append(dataclasses.replace(lede, person=other, extra=dict(lede.extra)))
    return out


# between the family's names: an age, "and", a kin word ("Abdulmalik Shamkhalov, 61, and
# his sons Arslan, 34, and Gamzat")
_FAMILY_GAP: Final = re.compile(
    r"\s*(?:,\s*\d{1,2}\s*)?(?:,|,?\s*(?:and|и|və|ve|ile|ilə))\s*"
    r"(?:(?:his|her|their|его|её|их|onun)\s+)?(?:(?:younger|elder|older|twin|младш\w+|старш\w+)\s+)?"
    r"(?:(?:brothers?|sisters?|cousins?|wife|husband|sons?|daughters?|брат\w*|сестр\w*|жена|муж|"
    r"сын\w*|дочь|дочери)\s*,?\s*)?"
)


def _family_members(ctx: DocContext, lede: Fact, person: int) -> list[int]:
    """The others of a family the lede is about, named with its first (see `_FAMILY`)."""
    family = _FAMILY.search(ctx.text, lede.start, lede.cue_start)
    if family is None:
        return []
    first = next((n for n in ctx.names_in(lede.end, len(ctx.text)) if n.person == person), None)
    sentence = ctx.index.at(first.start) if first is not None else None
    if first is None or sentence is None:
        return []
    others = [
        p
        for p in coordinated_after(ctx, person, first.start, sentence.end, _FAMILY_GAP)
        if p != person
    ]
    number = family.group("n")
    if number is None:
        return others
    count = COUNT_WORDS[number.lower()] + (1 if family.group("parent") else 0)
    if len(others) < count - 1:
        others += [p for p in _kin_named_later(ctx, person, first.end, others) if p not in others]
    return others[: count - 1]


# a kin word of the one named before, right before a name: "His cousin, Arben Krasniqi",
# "его младший брат Ислам", "onun qardaşı Elvin"
_KIN_OF_NAMED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:his|her|их|его|её|onun)\s+(?:(?:younger|elder|older|twin|младш\w+|"
    r"старш\w+|kiçik|böyük)\s+)?(?:brother|sister|cousin|брат|сестра|двоюродный\s+брат|"
    r"qardaşı|bacısı|kardeşi|kuzeni|əmisi\s+oğlu)\s*,?\s*$",
    re.I,
)


def _kin_named_later(ctx: DocContext, person: int, pos: int, family: list[int]) -> list[int]:
    """The persons after `pos` whose names follow a kin word (see `_KIN_OF_NAMED_BEFORE`)
    of the lede's `person` or of one of the `family` found so far, in order: the others of
    a counted family the lede names one at a time (not a lawyer's brother)."""
    out: list[int] = []
    for name in ctx.names_in(pos, min(len(ctx.text), pos + FAMILY_REACH)):
        if name.person is None or name.person == person or name.person in out:
            continue
        kin = _KIN_OF_NAMED_BEFORE.search(ctx.text, max(0, name.start - 40), name.start)
        if kin is None:
            continue
        whose = ctx.antecedent(kin.start())  # None: a paragraph opening "His cousin, X"
        if whose is None or whose == person or whose in family or whose in out:
            out.append(name.person)
    return out


# The lede's age right before its place: "A 29-year-old man from", "27-летнему жителю"
_LEDE_AGE: Final = re.compile(
    r"(?<![\d.,:/])(\d\d)(?:[\s-]*years?[\s-]+old|-летн[а-яё]+)(?:\s+[^\W\d_]+){0,3}\s+$"
)


def _lede_age(ctx: DocContext, lede: Fact) -> Fact | None:
    """The age the lede gives its unnamed subject, for the person its place went to."""
    match = _LEDE_AGE.search(ctx.text, max(lede.start, lede.cue_start - 60), lede.cue_start)
    if match is None or not 12 <= int(match.group(1)) <= 90:
        return None
    if ctx.agents_in(match.start(), lede.cue_start):
        return None  # someone named between is whom the age is of
    return Fact(
        lede.person,
        "age",
        match.group(1),
        lede.start,
        lede.end,
        match.start(),
        match.end(),
        confidence=0.7,
    )


def first_named_after(ctx: DocContext, pos: int) -> int | None:
    """The first person named by two words or more after `pos` (the man a lede describes),
    unless that one speaks of him."""
    for name in ctx.names_in(pos, min(len(ctx.text), pos + 600)):
        if BYLINE_BEFORE.search(ctx.text, max(0, name.start - 12), name.start):
            continue  # "By Hannah Cole": the writer, not the one the headline is about
        if name.person is not None and " " in ctx.text[name.start : name.end].strip():
            if _SPOKEN_BY.search(ctx.text, max(0, name.start - 100), name.start):
                continue  # "Об этом сообщила представитель СК Анна Савельева. ... Кодзоков"
            # "Prosecutor Anar Hasanli said ...": the one who speaks of the man is not him
            return None if _SPEAKER.match(ctx.text, name.end) else name.person
    return None


# The name after the title of one who speaks of the man or for him ("сообщила
# официальный представитель СК Анна Савельева", "police spokesman Jan Peeters")
_SPOKEN_BY: Final = re.compile(
    r"(?<![\w-])(?:представител\w*|пресс-секретар\w*|адвокат\w*|уполномоченн\w*|омбудсмен\w*|"
    r"ombudsman|spokes(?:man|woman|person)|"
    r"lawyer|sözcüsü|avukatı|nümayəndəsi|mətbuat katibi|vəkili)(?![\w-])[^.!?\n]{0,60}$",
    re.I,
)


_SPEAKER: Final = re.compile(
    r"[^.!?\n]{0,40}?(?<![\w-])(?:said|says|told|added|stated|сообщил\w*|заявил\w*|"
    r"рассказал\w*|отметил\w*|bildirib|deyib|söyləyib|söyledi|dedi|açıkladı|belirtti)(?![\w-])"
)


# An entry of a list of people: "Aynur Əliyeva (1990-cı il təvəllüdlü, Şəki).", "Səbinə
# Quliyeva (1987-ci il təvəllüdlü), Qubadan.", "(... təvəllüdlü, Quba rayonu, Ləcət kəndi)".
_LIST_LEFT: Final = re.compile(
    r"(?:təvəllüdlü|tevellütlü|doğumlu)\)?\s*,\s*"
    r"(?:[^\W\d_]+\s+(?:rayonu|ilçesi|şəhəri|ili)\s*,\s*|"
    r"[^\W\d_]+\s+(?:rayonunun|ilçesinin|şəhərinin|ilinin)\s+)?$",
    re.I,
)
# the entry ends, or a dash opens what follows it ("Göyçay rayonu – 3 uşaqla;")
_LIST_RIGHT: Final = re.compile(
    r"(?:\s+(?:rayonu|kəndi|qəsəbəsi|şəhəri|ilçesi|köyü|ili))?\s*(?:[).;,]|\s[–—-]\s|$)",
    re.I,
)
_VILLAGE_NEXT: Final = re.compile(r"\s+(?:rayonu|ilçesi),\s+", re.I)


def list_entry_cue(
    ctx: DocContext, place: PlaceMention, left: str, right: str
) -> tuple[str, float, int] | None:
    """A list entry's place: the person's name is on its left."""
    if "təvəllüd" not in left and "tevellüt" not in left and "doğumlu" not in left:
        return None
    match = _LIST_LEFT.search(left)
    if match is None or not _LIST_RIGHT.match(right):
        return None
    village = _VILLAGE_NEXT.match(right)
    if village and ctx.places_in(place.end + village.end(), place.end + village.end() + 1):
        return None  # "Quba rayonu, Ləcət kəndi": the village is the hometown
    return "left", 0.75, place.start - (len(left) - match.start())


_CITY_RESIDENT: Final = re.compile(
    r"(?:жител[ьи]|жительниц[аы]|уроженец|уроженка)\s+(?:этого\s+)?(?:города|села|поселка|посёлка)"
    r"(?=\s+[А-ЯЁ])"
)
_IN_BEFORE: Final = re.compile(r"(?<![\w-])[вВ]\s+(?:городе\s+|селе\s+|г\.\s*)?$")


_RESIDENT_WORDS: Final = ("жител", "урожен")


def city_residents(ctx: DocContext) -> list[tuple[int, PlaceMention, Sentence, int, int]]:
    """ "в Дербенте задержан житель города Магомед Алиев": the city named before, as
    (person, place, sentence, cue start, cue end)."""
    out: list[tuple[int, PlaceMention, Sentence, int, int]] = []
    if not holds_any(ctx.low, _RESIDENT_WORDS):
        return out
    for match in _CITY_RESIDENT.finditer(ctx.text):
        sentence = ctx.index.at(match.start())
        if sentence is None or ctx.places_in(match.end(), match.end() + 3):
            continue
        person = right_within(ctx, match.end(), words=0)
        before = [
            p
            for p in ctx.places_in(sentence.start, match.start())
            if _IN_BEFORE.search(ctx.text, max(0, p.start - 12), p.start)
            and p.place is not None
            and p.place.precision == "town"
        ]
        if person is not None and len(before) == 1:
            out.append((person, before[0], sentence, match.start(), match.end()))
    return out


# "Sevda Əliyeva (1991-ci il təvəllüdlü), şəkili.": a demonym closing a list's entry
_LISTED_DEMONYM: Final = re.compile(
    r"(?:təvəllüdlü|tevellütlü|doğumlu)\)?\s*,\s*([a-zçğıöşüə]{3,}?)l[ıiuü]\s*(?=[.;]|$)",
    re.M,
)


_BORN_WORDS: Final = ("təvəllüd", "tevellüt", "doğumlu")


def listed_demonyms(ctx: DocContext) -> list[tuple[int, str, Sentence, int, int]]:
    """(person, place name, sentence, cue start, cue end) of list entries' demonyms."""
    out: list[tuple[int, str, Sentence, int, int]] = []
    if not holds_any(ctx.low, _BORN_WORDS):
        return out
    for match in _LISTED_DEMONYM.finditer(ctx.text):
        stem = match.group(1)
        name = ("İ" if stem[0] == "i" else stem[0].upper()) + stem[1:]
        place = lookup_place(name)
        sentence = ctx.index.at(match.start())
        if place is None or place.precision == "country" or sentence is None:
            continue
        left = ctx.agents_in(sentence.start, match.start())
        if left:
            out.append((left[-1][2], name, sentence, match.start(1), match.end()))
    return out


register(_RESIDENT_WORDS, _BORN_WORDS)  # (its gates' words, in the automaton at import)
