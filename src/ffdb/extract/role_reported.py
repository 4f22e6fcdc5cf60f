"""The subject of a reported clause holding a group role (see `roles`): in "Judge X said
Y, who took the name Z, travelled to Syria and fought for IS" or "The court found that
Y, who converted at seventeen, joined her husband in Raqqa, was a member of IS", the
role is Y's, not the speaker's, however long the clause that describes Y.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.held_words import holds_any_in, register
from ffdb.extract.role_checks import is_kin_word
from ffdb.extract.sentences import Sentence

# A verb of saying or finding, and the name that opens the clause it reports.
_REPORTED: Final = re.compile(
    r"(?<![\w-])(?:said|says|told\s+(?:the\s+)?\w+|found|ruled|alleged|alleges|claimed|"
    r"claims|believes|believed|stated|added|heard|concluded|established|argued|argues|"
    r"заявил[аи]?|сообщил[аи]?|установил[аи]?|считает|утверждает)"
    r"(?:\s*,)?\s+(?:that\s+|что\s+)?",
    re.I,
)


def reported_subject(ctx: DocContext, sentence: Sentence, cue: int) -> int | None:
    """The person named first in a clause reported before `cue`, when no other person
    (but that person's own aliases and the relatives the clause mentions) stands
    between that name and the cue."""
    if not holds_any_in(ctx.low, _GATE, sentence.start, cue):
        return None  # cheap gate: most sentences report nothing
    found = list(_REPORTED.finditer(ctx.text, sentence.start, cue))
    if not found:
        return None
    last = found[-1]
    agents = ctx.agents_in(last.end(), cue)
    if not agents or agents[0][0] != last.end() or not ctx.names_in(agents[0][0], agents[0][1]):
        return None
    start, end, person = agents[0]
    if is_kin_word(ctx, start, end) or ctx.text.startswith(("'s", "’s", "'", "’"), end):
        return None  # "Police said X's brother had joined IS": the brother's
    for other_start, other_end, other in agents[1:]:
        if other != person and not is_kin_word(ctx, other_start, other_end):
            return None
    opened = [m.start() for m in _WHO.finditer(ctx.text, end, cue)]
    if opened and opened != [end]:
        return None  # "X gave money to his brother, who fought for IS": the brother's
    return person


_WHO: Final = re.compile(r"\s*,\s*(?:who|котор\w+)(?![\w-])", re.I)


_GATE: Final = (
    "said",
    "says",
    "told",
    "found",
    "ruled",
    "alleg",
    "claim",
    "believ",
    "stated",
    "added",
    "heard",
    "conclud",
    "establish",
    "argu",
    "заявил",
    "сообщил",
    "установил",
    "считает",
    "утверждает",
)


register(_GATE)  # (its gate's words, in the automaton at import)
