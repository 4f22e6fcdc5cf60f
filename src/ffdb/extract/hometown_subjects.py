"""Whom a hometown cue is about, where the name beside it is not the answer: "also
from X" is of the last name only; "Hər iki qadın Ağsu rayonundandır" ("Both women are
from X") of the pair named before; a plural cue ("İsmayıllı sakinləri R.A. və N.Ş.") of
people the text does not name, not the person last named; "the Antwerp-born man" of the
person named before; "X bu gün də Şəkidə, ... yaşayır" of the one named before the
place.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_lists import coordinated_chain
from ffdb.extract.geo import PlaceMention
from ffdb.extract.hometown_clauses import PLURAL_CUE
from ffdb.extract.hometown_entries import listed_with_ages
from ffdb.extract.sentences import Sentence

# "his wife, Aigerim, and his cousin Yerlan Abenov, also from Shymkent": "also" says it
# of the last name only (the others' homes were told, or not, before)
_ALSO: Final = re.compile(r"(?<![\w-])(?:also|too|тоже|также)\s*,?\s*$", re.I)


def also_of_last(
    ctx: DocContext, sentence: Sentence, cue_start: int, persons: list[int]
) -> list[int]:
    """The persons a cue is of, the last one alone after "also" (see `_ALSO`)."""
    if len(persons) < 2 or not _ALSO.search(
        ctx.text, max(sentence.start, cue_start - 8), cue_start
    ):
        return persons
    before = ctx.agents_in(sentence.start, cue_start)
    return [before[-1][2]] if before and before[-1][2] in persons else persons


# A sentence about the pair or trio named before: "Hər iki qadın Ağsu rayonundandır",
# "Both women are from Ağsu", "Обе женщины — уроженки Казани", "Her ikisi de Konyalı"
_BOTH_OPENING: Final = re.compile(
    r"\s*(?:[Hh]ər iki(?:si| [^\W\d_]+)|[Hh]er iki(?:si| [^\W\d_]+)|İkisi də|İkisi de|"
    r"Üçü də|Üçü de|Both(?: (?:men|women|brothers|sisters|of them))?|"
    r"All (?:three|four)(?: (?:men|women|of them))?|The two (?:men|women|brothers|sisters)|"
    r"Оба(?: брата| мужчины)?|Обе(?: женщины| сестры)?|Все тро[её](?: мужчин)?|"
    # the siblings named before: "Kardeşlerin Mahaçkale doğumlu olduğu", "The brothers are"
    r"Kardeşler(?:in)?|Qardaşlar(?:ın)?|The (?:brothers|sisters)|Братья|Сёстры)(?![\w'’-])"
)


# After a list of names in the same sentence: "X, Y and Z, all from Quba", "X, Y и Z —
# все уроженцы Кизляра", "X, Y və Z - hamısı Qusar sakinidir"
_ALL_BEFORE: Final = re.compile(
    r"(?:,|—|–|-)\s*(?:all(?: of them)?|все|hamısı|hepsi)\s*(?:,\s*|—\s*)?$", re.I
)


def both_of_pair(
    ctx: DocContext, sentence: Sentence, cue_start: int, persons: list[int]
) -> list[int]:
    """The persons a cue is of, the pair listed before for "both" (see `_BOTH_OPENING`),
    the names listed before "all" (`_ALL_BEFORE`) or before a plural cue."""
    # "Шамиль Исаев и Рустам Гасанбеков, жители Буйнакска": a plural cue after a list
    plural_after = PLURAL_CUE.search(
        ctx.text, cue_start, min(sentence.end, cue_start + 40)
    ) is not None and ctx.text[max(sentence.start, cue_start - 4) : cue_start].rstrip().endswith(
        ","
    )
    if plural_after or _ALL_BEFORE.search(ctx.text, max(sentence.start, cue_start - 16), cue_start):
        listed = ctx.listed_before(cue_start, sentences_back=0)
        if len(listed) < 2:  # "A, 27, B, 30, and C, 24, all residents of Taraz"
            listed = listed_with_ages(ctx, sentence.start, cue_start)
        return listed if len(listed) >= 2 else persons
    if len(persons) > 1 or not _BOTH_OPENING.match(ctx.text, sentence.start, cue_start):
        return persons
    if ctx.names_in(sentence.start, cue_start):
        return persons  # "Both X and Y are from ...": the names say whom
    listed = ctx.listed_before(sentence.start)
    return listed if len(listed) >= 2 else persons


def others_residents(
    ctx: DocContext, sentence: Sentence, place: PlaceMention, cue_start: int, persons: list[int]
) -> bool:
    """Whether a plural cue ("İsmayıllı sakinləri R.A. və N.Ş.", "жители Буйнакска") was
    given to someone the sentence does not name: those it is about are others (people
    named by initials only, say), not the person last named."""
    if PLURAL_CUE.search(ctx.text, cue_start, min(sentence.end, place.end + 16)) is None:
        return False
    named = {a[2] for a in ctx.agents_in(sentence.start, sentence.end)}
    return not named.intersection(persons)


# "the Antwerp-born man", "the 26-year-old Ganja native": a description of someone named
_THE_BEFORE: Final = re.compile(r"(?<![\w-])[Tt]he\s+(?:\d{1,2}-year-old\s+)?$")
_THE_PLACE_MAN: Final = re.compile(
    r"(?:-born)?\s+(?:man|woman|native|youth|teenager|fighter|jihadist|militant|convert|"
    r"preacher|recruiter)(?![\w-])"
)


def described_before(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> list[int]:
    """The person a definite description with the place is of: the one last named."""
    if not _THE_PLACE_MAN.match(ctx.text, place.end) or not _THE_BEFORE.search(
        ctx.text, max(sentence.start, place.start - 20), place.start
    ):
        return []
    antecedent = ctx.antecedent(sentence.start, sentences_back=1)
    return [antecedent] if antecedent is not None else []


# where one lives now (a returnee's new home: "Hazırda Sumqayıtda qayınatası ilə yaşayır")
_NOW: Final = re.compile(
    r"(?<![\w-])(?:hazırda|hal-hazırda|indi|şu anda|şimdi|artık|now|currently)(?![\w-])", re.I
)
# The verb of living ends the clause the locative place stands in, a few words on
_LIVES_LATER: Final = re.compile(
    r"[^.;:!?\n]{0,50}?\s(?:yaşayır|yaşayırdı|yaşayırlar|yaşıyor|yaşıyordu|yaşıyorlar|"
    r"yaşamaktadır|ikamet ediyor|ikamet etmektedir)(?![\w-])"
)


def lives_there(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """Whether a person named before the locative place lives there, by the verb that
    ends the clause (not in the war zone, not "now": a returnee's new home)."""
    if place.place is not None and place.place.country in ("SY", "IQ"):
        return False
    if _LIVES_LATER.match(ctx.text, place.end, sentence.end) is None:
        return False
    if not ctx.names_in(sentence.start, place.start):
        return False
    return _NOW.search(ctx.text, sentence.start, place.start) is None


# A sentence opening with all of a group the text lists next door: "Şüphelilerin hepsi
# Bingöl'ün Solhan ilçesinden", "Saxlanılanların hamısı Qusar sakinidir", "Все задержанные —
# уроженцы Дербента", "All of them are from Kulob", "All the suspects are residents of X"
_ALL_OF_GROUP: Final = re.compile(
    r"\s*(?:(?P<tr>[^\W\d_]+)(?:ın|in|un|ün|nın|nin|nun|nün)\s+(?:hepsi|tamamı|hamısı)|"
    r"Hepsi|Hamısı|Tamamı|"
    r"Все(?:\s+(?P<ru>они|задержанные|фигуранты|обвиняемые|осуждённые|осужденные))?\s*[—–-]|"
    r"All\s+(?:of\s+them|the\s+(?P<en>[a-z]+)|(?:four|five|six|seven|eight)\s+(?P<n>[a-z]+))"
    r"(?=\s+(?:are|were|come|came|hail)))",
)


def _by_noun(opening: re.Match[str]) -> bool:
    """Whether the opening names its group by a noun ("Şüphelilerin hepsi", "Все
    задержанные", "All the suspects"), not by a pronoun ("Onların hepsi", "Все они")."""
    tr, ru = opening.group("tr"), opening.group("ru")
    return (
        (tr is not None and tr.lower() != "onlar")
        or (ru is not None and ru != "они")
        or opening.group("en") is not None
        or opening.group("n") is not None
    )


def all_of_list(ctx: DocContext, sentence: Sentence, cue_start: int) -> list[int]:
    """The persons listed in the sentence before or the one after, when the sentence
    opens on all of a group (see `_ALL_OF_GROUP`) and names no one before the cue."""
    opening = _ALL_OF_GROUP.match(ctx.text, sentence.start, cue_start)
    if opening is None or ctx.names_in(sentence.start, cue_start):
        return []
    listed = ctx.listed_before(sentence.start, sentences_back=1)
    if len(listed) >= 2:
        return listed
    # the list the group's sentence announces: in the sentences after it, the next
    # paragraph's first ones too when a noun names the group ("Şüphelilerin hepsi X'den.\n\n
    # ... Gözaltına alınanlar arasında A, B ve C bulunuyor"), not a pronoun
    reach = 3 if _by_noun(opening) else 1
    for after in ctx.sentences[sentence.index + 1 : sentence.index + 1 + reach]:
        if after.paragraph > sentence.paragraph + (reach > 1):
            break
        listed = listed_in(ctx, after)
        if listed:
            return listed
    return []


def listed_in(ctx: DocContext, sentence: Sentence) -> list[int]:
    """The longest list of two or more persons the sentence names."""
    names = ctx.names_in(sentence.start, sentence.end)
    best: list[int] = []
    for i in range(len(names) - 1, 0, -1):
        chain = list(dict.fromkeys(coordinated_chain(ctx.text, names[: i + 1])))
        if len(chain) > len(best):
            best = chain
    return best if len(best) >= 2 else []
