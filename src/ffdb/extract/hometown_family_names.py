"""A family named by its surname with its place: "the Margoshvili family of Duisi", "the
Kaya brothers from Siverek", "Братья Дудаевы родом из Урус-Мартана", "семья Исаевых из
села Гимры". Stories of one family open so and go on to name its members: each name in
the text bearing the surname ("Beslan Margoshvili", "Малика Дудаева") takes the place,
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

_GATE: Final = (
    " family of", " family from", " brothers of", " brothers from", " sisters of",
    " sisters from", " clan of", " clan from", "братья ", "сёстры ", "сестры ", "семья ",
    "семьи ", "семью ",
)  # fmt: skip

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
    """(place, the phrase's start, the persons bearing the family's surname)."""
    if not holds_any(ctx.low, _GATE):
        return
    for regex in (_FAMILY_EN, _FAMILY_RU):
        for match in regex.finditer(ctx.text):
            places = ctx.places_in(match.end(), match.end() + 40)
            if not places or places[0].start != match.end():
                continue
            surname = match.group("surname").rstrip("’'")
            members = [
                n.person
                for n in ctx.names
                if n.person is not None and bears_surname(n.words, surname)
            ]
            if members:
                yield places[0], match.start(), list(dict.fromkeys(members))


def bears_surname(words: tuple[str, ...], stem: str) -> bool:
    """A name holding the family's surname as a word ("Kərimov", "Kərimova", "Дудаева")."""
    return any(w in (stem, stem + "a", stem + "а") for w in words)


register(_GATE)  # (its gate's words, in the automaton at import)
