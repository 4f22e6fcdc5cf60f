"""A journey made with a spouse the clause leaves unnamed ("left for Syria with her
husband in 2015", "выехал в Сирию вместе с женой и детьми", "eşi ve iki çocuğuyla
birlikte Suriye'ye geçti", "ailəsi ilə birlikdə qayıdıb"), whose spouse the document
names elsewhere ("Her husband, Firdavs Rahimzoda, ...", "Супруга Сагындыкова, Айгуль
Сагындыкова", "Ablimit'in eşi Gulnur Ablimit"): the spouse made the same journey, on
the same date.

Only journeys (travelled, returned), only a spouse the family links give (`family`), and
only one who has no event of that status of their own: a journey told of the spouse
beats the one lent here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final, Protocol

from ffdb.extract.context import DocContext
from ffdb.extract.family import Kinship
from ffdb.extract.scan import Needles

# "with his wife", "together with her husband", "with his family" (a wife among them);
# Russian "вместе с женой", "с мужем"; Azerbaijani and Turkish possessive kin words
# before "ilə/ile/-(y)la" or "birlikdə/birlikte", perhaps after a list ("eşi ve iki
# çocuğuyla birlikte").
_WITH_SPOUSE: Final = re.compile(
    r"(?<![\w-])(?:"
    r"(?:together )?with (?:his|her) (?:wife|husband|spouse|family)|"
    r"(?:вместе )?с (?:женой|мужем|супругой|супругом|семьёй|семьей)|"
    r"(?:eşi|karısı|kocası|ailesi|həyat yoldaşı|arvadı|əri|ailəsi)"
    r"(?:y?l[aeə]| (?:ile|ilə)| (?:ve|və) [^.;,]{0,40}?(?:birlikte|birlikdə))"
    r")(?![\w-])",
    re.I,
)
# A relative clause between the cue and the words of the spouse.
_RELATIVE: Final = re.compile(r"(?<![\w-])(?:who|whose|which|котор\w+)(?![\w-])", re.I)
_SPOUSE_NEEDLES: Final = Needles(_WITH_SPOUSE)
# How far from the cue the words of the spouse may stand.
_REACH: Final = 90
_SPOUSES: Final = frozenset(["wife", "husband", "spouse"])
_JOURNEYS: Final = frozenset(["travelled", "returned"])


class _Journey(Protocol):
    person: int
    status: str
    start: int
    end: int
    cue_start: int
    cue_end: int


def spouse_journeys(
    ctx: DocContext,
    events: Sequence[_Journey],
    family: Callable[[DocContext], list[Kinship]],
) -> list[tuple[int, int]]:
    """(spouse, index in `events`) for each journey of `events` made with a spouse the
    clause leaves unnamed, whose spouse the family links give and who has no such journey
    of their own."""
    found = [k for k, e in enumerate(events) if e.status in _JOURNEYS and _with_spouse(ctx, e)]
    if not found:
        return []
    spouses: dict[int, set[int]] = {}
    for link in family(ctx):
        if link.relation in _SPOUSES:
            spouses.setdefault(link.person, set()).add(link.relative)
    had = {(e.person, e.status) for e in events}
    out: list[tuple[int, int]] = []
    for k in found:
        event = events[k]
        for spouse in sorted(spouses.get(event.person, ())):
            if spouse != event.person and (spouse, event.status) not in had:
                had.add((spouse, event.status))
                out.append((spouse, k))
    return out


def _with_spouse(ctx: DocContext, event: _Journey) -> bool:
    lo = max(event.start, event.cue_start - _REACH)
    hi = min(event.end, event.cue_end + _REACH)
    if not _SPOUSE_NEEDLES.may_match(ctx.folded(), lo, hi):
        return False
    found = _WITH_SPOUSE.search(ctx.text, lo, hi)
    if found is None:
        return False
    # "Among those on board was X, who left with her husband": the journey with the
    # husband is another than the cue's
    if found.start() >= event.cue_end:
        return _RELATIVE.search(ctx.text, event.cue_end, found.start()) is None
    return _RELATIVE.search(ctx.text, found.end(), event.cue_start) is None
