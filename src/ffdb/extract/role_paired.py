"""A Turkish or Azerbaijani subject of two names joined by "ile"/"ilə" (see `roles`):
"Ulugbek Tashpulatov (34) ile Gence doğumlu Tural Nebiyev (29), örgüte para aktarmaktan
ceza aldı": the role found for the second name is the first's too. The pair opens its
clause and a comma closes it, which keeps out "A ile görüşen B" (B met A).
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.sentences import Sentence

# between the two names: an age in brackets, "ile", and the second one's description
_WITH_GAP: Final = re.compile(r"(?:\s*\(\d{1,2}\))?\s+(?:ile|ilə)\s+[^,.;:()]{0,60}")
# after the second name: an age in brackets, a comma
_PAIR_END: Final = re.compile(r"['’]?(?:\s*\(\d{1,2}\))?\s*,")
# before the first name: its description, no verb ending a clause and no comma
_PAIR_LEAD: Final = re.compile(r"[^,.;:()]{0,60}")


def paired_subject(ctx: DocContext, sentence: Sentence, person: int, cue: int) -> int | None:
    """The name joined by "ile" before `person`, when the two open the clause of `cue`."""
    if ctx.language not in ("tr", "az"):
        return None
    agents = ctx.agents_in(sentence.start, cue)
    if len(agents) != 2 or agents[1][2] != person or agents[0][2] == person:
        return None
    first, second = agents
    if not _PAIR_LEAD.fullmatch(ctx.text, sentence.start, first[0]):
        return None
    if not _WITH_GAP.fullmatch(ctx.text, first[1], second[0]):
        return None
    if not _PAIR_END.match(ctx.text, second[1]):
        return None
    return first[2]
