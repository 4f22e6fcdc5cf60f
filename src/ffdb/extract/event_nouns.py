"""Subjects named by a role rather than a name (see `event_people`): a participle or noun
of the case standing for the person the report is about ("задержанный", "şüpheli",
"həmin şəxs"), and the persons of a list named again by their role or count ("both
suspects", "hər iki şəxs", "задержанные", "the three men").
"""

from __future__ import annotations

import re

from ffdb.extract.context import DocContext
from ffdb.extract.event_lists import coordinated_chain
from ffdb.extract.fact_people import right_within
from ffdb.extract.scan import word_start_regex
from ffdb.extract.sentences import Sentence

# A participle or a noun of the case standing for the person last named as the clause's
# subject ("задержанный прибыл в Сирию", "Gözaltına alınan şüpheli ... tutuklandı").
ROLE_ANAPHOR = word_start_regex(
    r"(?:задержанн|подозреваем|обвиняем|подсудим|осужденн|осуждённ)"
    r"(?:ый|ая|ого|ому|ым|ой)|фигурант(?:а|у|ом)?|şüpheli(?:nin|ye|yi)?|zanlı(?:nın|ya|yı)?|"
    r"sanık(?:ın|a|ı)?|terörist|şübhəli(?:nin|yə|ni)?|təqsirləndirilən|müttəhim|"
    r"həmin şəxs\w*|adıçəkilən|sözügedən|söz konusu (?:şahıs|kişi|şüpheli)\w*|adı geçen|"
    r"указанн(?:ый|ого|ому|ым)|данн(?:ый|ого) (?:гражданин|мужчина|боевик)\w*",
)


COUNTED_BEFORE = re.compile(
    r"(?<![\w-])(?:\d{1,3}|iki|üç|dörd|dört|beş|altı|yeddi|yedi|səkkiz|sekiz|doqquz|dokuz|on|"
    r"bir neçə|birkaç|bir kaç|çok sayıda|çoxlu|двое|трое|четверо|пятеро|два|три|четыре|пять|"
    r"несколько|two|three|four|five|several)\s+(?:[^\W\d_]+\s+)?$",
    re.I,
)


def is_role_noun(ctx: DocContext, match: re.Match[str]) -> bool:
    """A participle standing alone for a person ("задержанный прибыл", "В отношении
    задержанного"), no name after it."""
    return bool(ROLE_ANAPHOR.match(ctx.text, match.start())) and (
        right_within(ctx, match.end(), words=3) is None
    )


def protagonist(ctx: DocContext, pos: int) -> int | None:
    """The person a report is about, for a role noun standing for them ("задержанный",
    "şüpheli"): the one named most often before `pos`, the first named on a tie."""
    counts: dict[int, int] = {}
    for name in ctx.names_in(0, pos):
        if name.person is not None:
            counts[name.person] = counts.get(name.person, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return next(p for p, n in counts.items() if n == best)


# The persons of a list named again by their role ("Hər iki şəxs barəsində ... həbs
# qətimkan tədbiri seçilib", "şüpheliler ... tutuklandı", "задержанные арестованы", "the
# suspects were remanded"): every person of the last list, even a paragraph back.
PLURAL_ROLE = word_start_regex(
    r"hər iki (?:şəxs|şübhəli|qardaş|nəfər)|hər ikisi\w*|her ikisi\w*|"
    r"hər (?:üç|dörd|beş) (?:şəxs|şübhəli|nəfər)|her (?:üç|dört|beş) (?:şüpheli|kişi|zanlı)|"
    r"ikisi de|şübhəlilər\w*|saxlanılanlar\w*|обоих|обоим|обеих|"
    r"təqsirləndirilənlər\w*|her iki (?:şüpheli|isim|kişi|kardeş|zanlı|sanık)|"
    r"(?:şüpheli|zanlı|sanık|gözaltına alınan|yakalanan)l[ae]r\w*|"
    r"оба (?:задержанных|подозреваемых|фигуранта|брата|боевика|обвиняемых)|задержанные|"
    r"подозреваемые|фигуранты|обвиняемые|подсудимые|"
    r"(?:both|the two|the three|all three|all four) (?:suspects|defendants|brothers|women|men|"
    r"fighters|returnees|militants)|"
    r"the (?:suspects|defendants|detainees|accused|pair|brothers|couple)|qardaşlar\w*|"
    r"kardeşler\w*|братья|супруги|все (?:двое|трое|четверо|пятеро|шестеро)|все они|"
    r"all (?:three|four|five|six)(?: of them)?|(?:all|both) of them|hər (?:üçü|dördü|beşi)|"
    r"(?:üçü|dördü|beşi) de|her (?:üçü|dördü|beşi)|hamısı|hepsi"
)


# "Gözaltına alınanlar arasında, ... X de bulunuyor": among them, no subject; the names
# come after.
AMONG_AFTER = re.compile(r"\s+(?:arasında|arasından|içinde|arasındakı|arasında olan)\b", re.I)


_TWO = re.compile(
    r"(?:hər iki|her iki|ikisi|оба|обо|обе|both|the two|the pair|the brothers|the couple|"
    r"qardaşlar|kardeşler|братья|супруги)",
    re.I,
)


def role_list(ctx: DocContext, sentence: Sentence, role: re.Match[str]) -> list[int]:
    """The persons of the last list of two or more names in the five sentences before;
    for "both" without such a list, the last two persons named."""
    lo = max(-1, sentence.index - 6)
    for k in range(sentence.index - 1, lo, -1):
        earlier = ctx.sentences[k]
        names = ctx.names_in(earlier.start, earlier.end)
        for i in range(len(names) - 1, 0, -1):
            chain = list(dict.fromkeys(coordinated_chain(ctx.text, names[: i + 1])))
            if len(chain) >= 2:
                return chain[::-1]
    # no list: "both" is the last two persons named; "the suspects", everyone named in
    # the two sentences before
    two = _TWO.match(role.group()) is not None
    last: list[int] = []
    for k in range(sentence.index - 1, lo if two else max(-1, sentence.index - 3), -1):
        for name in reversed(ctx.names_in(ctx.sentences[k].start, ctx.sentences[k].end)):
            if name.person is not None and name.person not in last:
                last.append(name.person)
            if two and len(last) == 2:
                return last[::-1]
    if two:
        return []
    counted = _COUNT_WORD.search(role.group())
    want = _COUNTS[counted.group().lower()] if counted else 0
    # "hər üç şəxs" with fewer named in the two sentences before: further back, that many
    for k in range(sentence.index - 3, lo, -1) if len(last) < want else ():
        for name in reversed(ctx.names_in(ctx.sentences[k].start, ctx.sentences[k].end)):
            if name.person is not None and name.person not in last and len(last) < want:
                last.append(name.person)
    return last[::-1] if len(last) >= 2 else []


_COUNTS = {
    "üç": 3,
    "dörd": 4,
    "dört": 4,
    "beş": 5,
    "three": 3,
    "four": 4,
    "five": 5,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "üçü": 3,
    "dördü": 4,
    "beşi": 5,
}
_COUNT_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(_COUNTS) + r")(?![\w-])", re.I)
