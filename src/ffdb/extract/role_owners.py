"""Memberships through another man's unit (see `roles`): a deputy serves in his chief's
group ("Guliyev's deputy, Sadigov", "His deputy, Y" after a sentence about the chief),
and a member of a man's unit, or of the same unit as a man, in that man's group ("A, a
former member of B's unit", "A spent a year in B's battalion", "A served in the same
unit as B", "A Rzayevlə birlikdə eyni dəstədə olub").
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.held_words import holds_any, register

_DEPUTY_OF: Final = re.compile(
    r"['’]s?\s+(?:deputy|second-in-command|lieutenant|right-hand\s+man|aide)\s*,?\s*", re.I
)
_DEPUTY_RU: Final = re.compile(
    r"\s*,\s*(?:заместител\w*|помощник\w*|правой\s+рукой|правая\s+рука)\s+"
)


def deputies(ctx: DocContext) -> list[tuple[int, int]]:
    """(deputy, chief) pairs: "X's deputy, Y", "Y, заместитель X": the deputy serves in
    the chief's group."""
    out: list[tuple[int, int]] = []
    agents = ctx.agents_in(0, len(ctx.text))
    for first, second in itertools.pairwise(agents):
        gap_end = second[0]
        if _DEPUTY_OF.fullmatch(ctx.text, first[1], gap_end):
            out.append((second[2], first[2]))
        elif _DEPUTY_RU.fullmatch(ctx.text, first[1], gap_end):
            out.append((first[2], second[2]))
    out += _pronoun_deputies(ctx)
    return [(d, c) for d, c in out if d != c]


# "His deputy, remembered only as Abu Dujana, ...", "Его заместитель, дагестанец X":
# the chief is the man the sentences before were about.
_PRONOUN_DEPUTY: Final = re.compile(
    r"(?<![\w-])(?:His|Their|Его|Их|Onun)\s+(?:deputy|second-in-command|right-hand\s+man|"
    r"заместитель|помощник|правая\s+рука|müavini|sağ\s+kolu|yardımcısı)\s*,\s*"
)
_DEPUTY_LEAD: Final = re.compile(r"[^.;:!?()]{0,60}?$")


_DEPUTY_WORDS: Final = (
    "deputy", "second-in-command", "right-hand", "замест", "помощник", "правая", "müavin",
    "sağ kol", "yardımcı",
)  # fmt: skip


def _pronoun_deputies(ctx: DocContext) -> list[tuple[int, int]]:
    if not holds_any(ctx.low, _DEPUTY_WORDS):
        return []
    out: list[tuple[int, int]] = []
    for match in _PRONOUN_DEPUTY.finditer(ctx.text):
        sentence = ctx.index.at(match.start())
        if sentence is None or sentence.start != match.start():
            continue  # the pronoun opens its sentence: it points back, not into a clause
        after = ctx.agents_in(match.end(), min(sentence.end, match.end() + 80))
        before = ctx.agents_in(max(0, match.start() - 600), match.start())
        if not after or not before:
            continue
        if not _DEPUTY_LEAD.fullmatch(ctx.text, match.end(), after[0][0]):
            continue
        out.append((after[0][2], before[-1][2]))
    return out


# "A, another former member of Nazarov's unit", "A was a fighter in Abu Umar's group",
# "A joined Gadzhiev's jamaat": A serves in the group of the man who owns the unit.
_UNIT_OF: Final = re.compile(
    r"(?:\s*,\s*(?:an?\s+|another\s+|the\s+)?|\s+(?:was|is|had\s+been|became)\s+(?:an?\s+|"
    r"another\s+|the\s+)?)(?:(?:former|ex|senior|veteran|rank-and-file)[\s-]+)?"
    r"(?:member|fighter|militant|commander|soldier)s?\s+(?:of|in|with)\s+"
    r"|\s+(?:later\s+|then\s+|also\s+)?(?:joined|fought\s+(?:in|with|for))\s+"
    # "A spent a year in B's battalion", "A served two years with B's men"
    r"|,?\s+(?:spent|served)\s+(?:(?:a|an|one|two|three|four|five|six|several|\d+)\s+)?"
    r"(?:years?|months?|weeks?)?\s*(?:in|with)\s+",
    re.I,
)
_OWNED_UNIT: Final = re.compile(
    r"['’]s?\s+(?:own\s+)?(?:unit|group|jamaat|battalion|brigade|cell|katiba|detachment|"
    r"faction|men|fighters)(?![\w-])",
    re.I,
)


# "A served in the same unit as B", "A воевал в том же отряде, что и B"
_SAME_UNIT_AS: Final = re.compile(
    r"[»”\"]?(?:\s*,[^,.;:]{0,60},)?\s*,?\s+(?:and\s+|и\s+)?"
    r"(?:(?:had\s+)?(?:served|fought|was|were)\s+in|воевал[аи]?\s+в|служил[аи]?\s+в)\s+"
    r"(?:the\s+same|том\s+же)\s+(?:unit|group|jamaat|battalion|brigade|katiba|cell|detachment|"
    r"отряде|джамаате|подразделении|батальоне|катибе)(?:\s+as|\s*,\s*что\s+и)\s+"
    r"(?:[\w-]+-born\s+|fellow\s+)?",
    re.I,
)


# "A Rzayevlə birlikdə eyni dəstədə olub", "A, Kaya ile aynı grupta savaştı": the man
# after A, with "-la/ilə ... birlikdə eyni <unit>", owns the unit
_SAME_UNIT_WITH: Final = re.compile(
    r"(?P<with>[-'’]?y?l[aeə]|\s+(?:ilə|ile))?\s+(?:birlikdə\s+|birlikte\s+)?(?:eyni|aynı)\s+"
    r"(?:dəstə|qrup|bölük|bölmə|cəmaət|birlik|grup|birim|tabur|katiba|katibe)\w*"
    r"(?:d[aeə]|t[ae]|nd[aeə])(?![\w-])",
    re.I,
)

_PLAIN_GAP: Final = re.compile(r"\s+(?:[^\W_][\w'’-]*\s+){0,4}")
_WITH_END: Final = re.compile(r"[-'’]?y?l[aeə]$")


def _same_unit_with(ctx: DocContext, end: int) -> bool:
    unit = _SAME_UNIT_WITH.match(ctx.text, end)
    if unit is None:
        return False  # "-la" glued to the name may fall inside the name's span
    return unit.group("with") is not None or _WITH_END.search(ctx.text, 0, end) is not None


# "A joined a group led by B", "A вступил в отряд, которым командовал B", "A ... B-in
# rəhbərlik etdiyi qrupa qoşulub", "A ... B'nin liderliğindeki gruba katıldı": a unit
# the man after it leads; a description of him may come first ("a commander known as").
_LED_UNIT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:joined|served\s+in|fought\s+in|was\s+in)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:unit|group|cell|battalion|brigade|company|detachment|katiba)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:led|commanded|headed|run)\s+by|"
    r"(?:вступил|воевал|служил|состоял|входил)\w*\s+в\s+(?:[^\W\d_]+\s+)?(?:отряд|групп|"
    r"ячейк|подразделени|батальон|джамаат|бригад)\w*\s*,?\s*(?:(?:которым|которой|которую|"
    r"который)\s+(?:командовал|руководил|возглавлял)\w*|под\s+(?:командованием|руководством)))"
    r"\s+(?:(?:an?|the|некий|некоего)\s+(?:[\w-]+\s+){0,3}?(?:known\s+(?:only\s+)?as|"
    r"called|named)\s+)?[«\"“]?$",
    re.I,
)
_LED_UNIT_AFTER: Final = re.compile(
    r"[»\"”]?(?:[-'’]?n?[ıiuü]n)?\s+(?:rəhbərlik\s+etdiyi|başçılıq\s+etdiyi|komandirlik\s+etdiyi|"
    r"liderliğindeki|komutasındaki|yönettiği|önderliğindeki)\s+(?:[^\W\d_]+\s+)?(?:qrup|"
    r"dəstə|bölmə|grub|grup|birliğ|birim|hücre|tabur|katibe)\w*\s+(?:qoşul|katıl|daxil)",
    re.I,
)


def _led_units(ctx: DocContext) -> list[tuple[int, int]]:
    """(member, leader) pairs of a joined unit its leader is named with."""
    out: list[tuple[int, int]] = []
    for sentence in ctx.sentences:
        agents = ctx.agents_in(sentence.start, sentence.end)
        for member, leader in itertools.pairwise(agents):
            before = _LED_UNIT_BEFORE.search(ctx.text, max(member[1], leader[0] - 160), leader[0])
            if before is not None or _LED_UNIT_AFTER.match(ctx.text, leader[1]):
                out.append((member[2], leader[2]))
    return out


_SAME_WORDS: Final = ("eyni ", "aynı ", "ayni ")  # `low` folds "ı"
_SAME_AS_WORDS: Final = ("same ", "том же")


def unit_owners(ctx: DocContext) -> list[tuple[int, int]]:
    """(member, owner) pairs: "A, a former member of B's unit", "A served in the same
    unit as B", "A joined a unit led by B": A is in B's group."""
    # (" by ", in most English texts, is found at once and kept out of the automaton)
    may_lead = " by " in ctx.low or holds_any(ctx.low, _LED_WORDS)
    led = _led_units(ctx) if may_lead else []
    owned = "'s " in ctx.text or "’s " in ctx.text
    same = holds_any(ctx.low, _SAME_WORDS)
    if not owned and not same and not holds_any(ctx.low, _SAME_AS_WORDS):
        return [(m, o) for m, o in led if m != o]
    out: list[tuple[int, int]] = []
    agents = ctx.agents_in(0, len(ctx.text))
    for first, second in itertools.pairwise(agents):
        if (
            _SAME_UNIT_AS.fullmatch(ctx.text, first[1], second[0])
            or (
                _UNIT_OF.fullmatch(ctx.text, first[1], second[0])
                and _OWNED_UNIT.match(ctx.text, second[1])
            )
            or (
                same
                and _PLAIN_GAP.fullmatch(ctx.text, first[1], second[0]) is not None
                and _same_unit_with(ctx, second[1])
            )
        ):
            out.append((first[2], second[2]))
    return [(m, o) for m, o in [*out, *led] if m != o]


# (words looked for first: `re` tried the alternation at every position)
_LED_WORDS: Final = (
    "командовал", "руководил", "возглавлял", "под командованием", "под руководством",
    "rəhbərlik", "başçılıq", "komandirlik", "liderliğ", "komutas", "yönettiğ", "önderliğ",
)  # fmt: skip


# (its gates' words, in the automaton at import)
register(_DEPUTY_WORDS, _LED_WORDS, _SAME_WORDS, _SAME_AS_WORDS)
