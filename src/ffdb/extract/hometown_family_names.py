"""A family named by its surname with its place: "the Bardoshvili family of Duisi", "the
Kaya brothers from Siverek", "Братья Дудаевы родом из Урус-Мартана", "семья Исаевых из
села Гимры". Stories of one family open so and go on to name its members: each name in
the text bearing the surname ("Beslan Bardoshvili", "Малика Дудаева") takes the place,
unless the rules gave it a home of its own. (Azerbaijani and Turkish say it with the
place first, "Qabaqçöl kəndindən olan Hüseynovlar ailəsi": `hometown_clauses.family_of`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.people_mention import NameMention

_GATE: Final = (
    " family of", " family from", " brothers of", " brothers from", " sisters of",
    " sisters from", " clan of", " clan from", "братья ", "сёстры ", "сестры ", "семья ",
    "семьи ", "семью ", "семье ",
)  # fmt: skip
# how far from the family's phrase its members are named
FAMILY_REACH: Final = 1500
# an office held for the family, not in it ("Their lawyer, Mehmet Kaya")
OFFICE_WORDS: Final = (
    r"judge|prosecutor|lawyer|attorney|spokes\w+|ombudsman|researcher|analyst|судья|судьи|"
    r"прокурор\w*|адвокат\w*|следовател\w+|эксперт\w*|hakim|savcı\w*|avukat\w*|"
    r"prokuror\w*|vəkil\w*|ekspert\w*"
)
_OFFICE_BEFORE: Final = re.compile(rf"(?<![\w-])(?:{OFFICE_WORDS})\s*,?\s*$", re.I)

_FAMILY_EN: Final = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<surname>[A-Z][\w’'-]+)\s+(?:family|brothers|sisters|clan)\s+"
    r"(?:of|from)\s+(?:(?:the\s+)?(?:(?:neighbou?ring|nearby|mountain)\s+)?"
    r"(?:village|town|city|district)\s+of\s+)?"
)
# a plural surname in the nominative or genitive ("Дудаевы", "Исаевых")
_FAMILY_RU: Final = re.compile(
    r"(?<![\w-])(?:[Бб]ратья|[Сс][её]стры|[Сс]емь[яиюе])\s+(?P<surname>[А-ЯЁ][а-яё-]+?)(?:ы|ых)"
    r"\s*,?\s+(?:родом\s+)?из\s+(?:(?:села|города|аула|станицы|посёлка|поселка|г\.|с\.)\s*)?"
)


def family_places(ctx: DocContext) -> Iterator[tuple[PlaceMention, int, list[int]]]:
    """(place, the phrase's start, the persons bearing the family's surname named near
    it, less those named for an office)."""
    if not holds_any(ctx.low, _GATE):
        return
    for regex in (_FAMILY_EN, _FAMILY_RU):
        for match in regex.finditer(ctx.text):
            places = ctx.places_in(match.end(), match.end() + 40)
            if not places or places[0].start != match.end():
                continue
            surname = match.group("surname").rstrip("’'")
            start = max(0, match.start() - FAMILY_REACH)
            members = [
                n.person
                for n in ctx.names_in(start, match.end() + FAMILY_REACH)
                if n.person is not None
                and bears_surname(n.words, surname)
                and not named_for_office(ctx, n)
            ]
            if members:
                yield places[0], match.start(), list(dict.fromkeys(members))


def named_for_office(ctx: DocContext, name: NameMention) -> bool:
    """Whether the name follows an office's word, held for the family ("Their lawyer,
    Selim Kaya"): no member of it though bearing its surname."""
    return _OFFICE_BEFORE.search(ctx.text, max(0, name.start - 30), name.start) is not None


def bears_surname(words: tuple[str, ...], stem: str) -> bool:
    """A name holding the family's surname as a word ("Kərimov", "Kərimova", "Дудаева")."""
    return any(w in (stem, stem + "a", stem + "а") for w in words)


register(_GATE)  # (its gate's words, in the automaton at import)
