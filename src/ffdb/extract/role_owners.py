"""Memberships through another man's unit (see `roles`): a deputy serves in his chief's
group ("Guliyev's deputy, Sadigov"), and a member of a man's unit, or of the same unit
as a man, in that man's group ("A, a former member of B's unit", "A served in the same
unit as B").
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from ffdb.extract.context import DocContext

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
    return [(d, c) for d, c in out if d != c]


# "A, another former member of Nazarov's unit", "A was a fighter in Abu Umar's group",
# "A joined Kadyrov's jamaat": A serves in the group of the man who owns the unit.
_UNIT_OF: Final = re.compile(
    r"(?:\s*,\s*(?:an?\s+|another\s+|the\s+)?|\s+(?:was|is|had\s+been|became)\s+(?:an?\s+|"
    r"another\s+|the\s+)?)(?:(?:former|ex|senior|veteran|rank-and-file)[\s-]+)?"
    r"(?:member|fighter|militant|commander|soldier)s?\s+(?:of|in|with)\s+"
    r"|\s+(?:later\s+|then\s+|also\s+)?(?:joined|fought\s+(?:in|with|for))\s+",
    re.I,
)
_OWNED_UNIT: Final = re.compile(
    r"['’]s?\s+(?:own\s+)?(?:unit|group|jamaat|battalion|brigade|cell|katiba|detachment|"
    r"faction|men|fighters)(?![\w-])",
    re.I,
)


# "A served in the same unit as B", "A воевал в том же отряде, что и B"
_SAME_UNIT_AS: Final = re.compile(
    r"(?:\s*,[^,.;:]{0,60},)?\s*,?\s+(?:(?:had\s+)?(?:served|fought|was|were)\s+in|воевал[аи]?\s+в|служил[аи]?\s+в)\s+"
    r"(?:the\s+same|том\s+же)\s+(?:unit|group|jamaat|battalion|brigade|katiba|cell|detachment|"
    r"отряде|джамаате|подразделении|батальоне|катибе)(?:\s+as|\s*,\s*что\s+и)\s+",
    re.I,
)


def unit_owners(ctx: DocContext) -> list[tuple[int, int]]:
    """(member, owner) pairs: "A, a former member of B's unit", "A served in the same
    unit as B": A is in B's group."""
    owned = "'s " in ctx.text or "’s " in ctx.text
    if not owned and "same " not in ctx.low and "том же" not in ctx.low:
        return []
    out: list[tuple[int, int]] = []
    agents = ctx.agents_in(0, len(ctx.text))
    for first, second in itertools.pairwise(agents):
        if _SAME_UNIT_AS.fullmatch(ctx.text, first[1], second[0]) or (
            _UNIT_OF.fullmatch(ctx.text, first[1], second[0])
            and _OWNED_UNIT.match(ctx.text, second[1])
        ):
            out.append((first[2], second[2]))
    return [(m, o) for m, o in out if m != o]
