"""A hometown said once of siblings the text then names: "Two brothers from Lankaran show
how ... Fuad Talibov was killed ... His younger brother Anar Talibov", "Konya'nın Ereğli
ilçesinden iki kardeş var. ... Yusuf Karakaya ... kardeşi Furkan Karakaya", "два брата из
Буйнакска". The phrase names nobody (a count of kin, which `about_many` sets aside); the
siblings are the first person named after it and everyone the text names with his
surname.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.hometown_family_names import named_for_office
from ffdb.extract.hometown_lists import surname_stem
from ffdb.extract.people_mention import NameMention
from ffdb.extract.scan import Needles

# One of these (lower case) is in every sibling phrase: a text without any is not scanned.
_SIBLING_WORDS: Final = ("brothers", "sisters", "брат", "сестр", "kardeş", "qardaş", "bacı")

# Before the place: "two brothers from", "the Talibov brothers of", "два брата из"
_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Tt]he(?:\s+[A-Z][\w'-]+)?)\s+(?:brothers|sisters)\s+"
    r"(?:from|of)\s+(?:the\s+)?|(?:[Дд]ва|[Тт]ри|[Дд]вое|[Тт]рое|[Рр]одные)\s+(?:брата|братьев|сестры|сестёр|"
    r"сестер)\s+из\s+|[Бб]ратья\s+из\s+)$",
)
# After the place in the ablative: "Ereğli ilçesinden iki kardeş", "Qusardan iki qardaş"
_AFTER: Final = re.compile(
    r"(?:\s+(?:ilçesinden|köyünden|kentinden|ilinden|rayonundan|kəndindən|şəhərindən))?"
    r"\s+(?:iki|üç|dört)\s+(?:kardeş|qardaş|bacı)(?![\w-])",
)
_AFTER_WORDS: Final = ("kardeş", "qardaş", "bacı")  # one is in every match of `_AFTER`
_ABLATIVE: Final = frozenset(["dan", "dən", "den", "tan", "tən", "ten"])

# how far after the phrase the first sibling is named, and the siblings looked for
_FIRST_REACH: Final = 400
_SIBLINGS_REACH: Final = 2000


def sibling_places(ctx: DocContext) -> list[tuple[PlaceMention, int, list[int]]]:
    """(place, where the phrase starts, the siblings) for each sibling phrase."""
    out: list[tuple[PlaceMention, int, list[int]]] = []
    if not holds_any(ctx.low, _SIBLING_WORDS):
        return out
    counted = any(word in ctx.text for word in _AFTER_WORDS)
    if not counted and not _BEFORE_NEEDLES.may_match(ctx.folded(), 0, len(ctx.text)):
        return out  # neither shape can be anywhere: no place is looked at
    for place in ctx.places:
        if place.place is not None and place.place.precision == "country":
            continue
        cue_start = _phrase_start(ctx, place, counted)
        if cue_start is None:
            continue
        siblings = _siblings_after(ctx, place.end)
        if siblings:
            out.append((place, cue_start, siblings))
    return out


_BEFORE_NEEDLES: Final = Needles(_BEFORE)


def _phrase_start(ctx: DocContext, place: PlaceMention, counted: bool) -> int | None:
    """Where the sibling phrase of the place starts (`counted`: whether the text holds
    one of `_AFTER_WORDS`)."""
    lead = max(0, place.start - 40)
    before = (
        _BEFORE.search(ctx.text, lead, place.start)
        if _BEFORE_NEEDLES.may_match(ctx.folded(), lead, place.start)
        else None
    )
    if before is not None:
        return before.start()
    ablative = place.suffix.lstrip("'’") in _ABLATIVE or not place.suffix
    if counted and ablative and _AFTER.match(ctx.text, place.end):
        return place.start
    return None


def _siblings_after(ctx: DocContext, pos: int) -> list[int]:
    """The first person named after `pos` who has a surname, and all the text names
    with it (a given name alone joins through the person it names), less one named for
    an office ("Their lawyer, Selim Kaya")."""
    named = ctx.names_in(pos, min(len(ctx.text), pos + _FIRST_REACH))
    first = next(
        ((n.person, stem) for n in named if n.person is not None and (stem := _stem(ctx, n))),
        None,
    )
    if first is None:
        return []
    out = [first[0]]
    for n in ctx.names_in(pos, min(len(ctx.text), pos + _SIBLINGS_REACH)):
        if n.person is not None and _stem(ctx, n) == first[1] and not named_for_office(ctx, n):
            out.append(n.person)
    return list(dict.fromkeys(out))


def _stem(ctx: DocContext, name: NameMention) -> str | None:
    """The surname's stem of a name as written, or as the family's surname completes a
    given name alone ("the Rzayev brothers, Ilgar, Elshan and Samir")."""
    written = surname_stem(ctx.text[name.start : name.end])
    if written is not None or len(name.words) < 2:
        return written
    return surname_stem(" ".join(name.words))


# "Gəncədən olan 6 yaşlı Ömər Novruzov və 4 yaşlı bacısı Zəhra", "X and his 12-year-old
# sister Y", "X и его 10-летний брат Y": a relative listed with the person, past an age
# (the plain "and his brother Y" is `coordinated_after`'s)
_AGE: Final = r"(?:\d{1,2}\s+(?:yaşlı|yaşındaki)\s+|\d{1,2}-year-old\s+|\d{1,2}-летн\w+\s+)"
_KIN_WORD: Final = (
    r"(?:(?:kiçik|böyük|küçük|büyük|younger|elder|older|младш\w+|старш\w+)\s+)?"
    r"(?:qardaşı|bacısı|kardeşi|ablası|ağabeyi|brother|sister|брат|сестра)"
)
# (or the age after the relative's word: "və kiçik qardaşı, 22 yaşlı Fərid Nəbiyev")
_KIN_WITH_AGE: Final = re.compile(
    r"\s*,?\s*(?:and|və|ve|и)\s+(?:(?:his|her|their|его|её|ее|их|onun)\s+)?"
    rf"(?:{_AGE}{_KIN_WORD}\s*,?\s*|{_KIN_WORD}\s*,\s*{_AGE})",
    re.I,
)


def kin_after(ctx: DocContext, person: int, pos: int, end: int) -> list[int]:
    """The relative listed, with an age, right after `person`'s name (see `_KIN_WITH_AGE`)."""
    agents = ctx.agents_in(pos, end)
    first = next((i for i, a in enumerate(agents) if a[2] == person), None)
    if first is None or first + 1 >= len(agents):
        return []
    here, after = agents[first], agents[first + 1]
    if _KIN_WITH_AGE.fullmatch(ctx.text, here[1], after[0]) is None:
        return []
    return [after[2]]


register(_SIBLING_WORDS)  # (its gates' words, in the automaton at import)
