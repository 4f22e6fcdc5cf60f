"""Local residents of the place a sentence names: "в Хасавюрте задержан Руслан Мусаев,
местный житель", "задержали в Альметьевске троих местных жителей — Р.Г., А.Ш. и И.М.",
"police in Luton arrested a local resident, Karim Haddou"; and a plural "residents of X"
whose names follow past "identified only as" ("two residents of Kizlyar, identified only
as A.M. and Sh.G."). The place is the nearest town before the cue in the sentence; the
persons are those the cue is apposed to (an official or a witness is not)."""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention
from ffdb.extract.sentences import Sentence

_LOCAL: Final = re.compile(
    r"(?<![\w-])(?:"
    r"местн(?:ый|ая|ого|ую|ой|ые|ых|ым|ыми)\s+жител(?:ь|ьница|ьницу|ьницы|я|ей|и|ям|ями)|"
    r"(?:a\s+)?local\s+(?:residents?|man|woman)|"
    r"yerli\s+sakin(?:i|lər|ləri|ler|leri)?"
    r")(?![\w-])",
    re.I,
)
# "residents of Kizlyar, identified only as": the names follow past the phrase
_IDENTIFIED: Final = re.compile(
    r"\s*,?\s*(?:identified|named)\s+(?:only\s+)?(?:by\s+their\s+initials\s+)?as\s+", re.I
)
# between the cue and the first name after it: a dash, a colon, a comma, an age
_GAP_AFTER: Final = re.compile(r"[\s,:—–-]*(?:\d{1,2}-?(?:летн\w+|years?-old)\s+)?")
# between a name and the cue after it: "Руслан Мусаев, местный житель", "X, 44, a local man"
_GAP_BEFORE: Final = re.compile(r"\s*[,—–-]\s*(?:\d{1,2}\s*(?:лет|года|год)?\s*,\s*)?")
# between two names of a list
_LIST_GAP: Final = re.compile(r"\s*(?:,|и|and|və|ve)\s*(?:(?:и|and|və|ve)\s+)?")
_PLURAL: Final = re.compile(r"(?:ые|ых|ыми|ям|ями|ей|и|residents|lər|ləri|ler|leri)$", re.I)


def local_residents(ctx: DocContext) -> list[tuple[int, str, Sentence, int, int]]:
    """(person, place name, sentence, cue start, cue end) for each local resident named."""
    out: list[tuple[int, str, Sentence, int, int]] = []
    low = ctx.low
    if "местн" not in low and "local " not in low and "yerli sakin" not in low:
        return out
    for match in _LOCAL.finditer(ctx.text):
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        place = _town_before(ctx, sentence, match.start())
        if place is None:
            continue
        plural = _PLURAL.search(match.group()) is not None
        for person in _apposed(ctx, sentence, match.start(), match.end(), plural):
            out.append((person, place.name, sentence, match.start(), match.end()))
    return out


def identified_residents(ctx: DocContext) -> list[tuple[int, str, Sentence, int, int]]:
    """(person, place name, sentence, cue start, cue end) for "residents of X, identified
    only as A and B"."""
    out: list[tuple[int, str, Sentence, int, int]] = []
    if "identified" not in ctx.low and "named as" not in ctx.low:
        return out
    for place in ctx.places:
        if place.place is None or place.place.precision == "country":
            continue
        left = ctx.text[max(0, place.start - 14) : place.start].lower()
        if not left.endswith("residents of "):
            continue
        gap = _IDENTIFIED.match(ctx.text, place.end)
        sentence = ctx.index.at(place.start)
        if gap is None or sentence is None:
            continue
        for person in _listed(ctx, sentence, gap.end()):
            out.append((person, place.name, sentence, place.start - 13, place.end))
    return out


def _town_before(ctx: DocContext, sentence: Sentence, pos: int) -> PlaceMention | None:
    for place in reversed(ctx.places_in(sentence.start, pos)):
        if place.place is not None and place.place.precision == "town":
            return place
    return None


def _apposed(ctx: DocContext, sentence: Sentence, start: int, end: int, plural: bool) -> list[int]:
    after = ctx.agents_in(end, min(sentence.end, end + 40))
    if (
        after
        and _GAP_AFTER.fullmatch(ctx.text, end, after[0][0]) is not None
        and ctx.names_in(after[0][0], after[0][1])
    ):
        return _listed(ctx, sentence, after[0][0]) if plural else [after[0][2]]
    if plural:
        return []
    before = ctx.agents_in(max(sentence.start, start - 60), start)
    if (
        before
        and _GAP_BEFORE.fullmatch(ctx.text, before[-1][1], start) is not None
        and ctx.names_in(before[-1][0], before[-1][1])
    ):
        return [before[-1][2]]
    return []


def _listed(ctx: DocContext, sentence: Sentence, start: int) -> list[int]:
    """The persons named from `start` on, joined by commas and "and"."""
    out: list[int] = []
    pos = start
    for begin, finish, person in ctx.agents_in(start, sentence.end):
        if begin != pos and _LIST_GAP.fullmatch(ctx.text, pos, begin) is None:
            break
        if not ctx.names_in(begin, finish):
            break
        out.append(person)
        pos = finish
    return out
