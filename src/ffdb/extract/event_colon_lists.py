"""The persons listed after a colon that follows a cue with no named subject: "Four
defendants were sentenced in absentia to ten years each: A, known as "..."; B; C, a
convert from Halle; and D" and "Three men were arrested on Monday: A, B and C". Each
entry of the list is the cue's subject: its first name, when the entry opens with it.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_lists import listed_right

# From the cue to the colon: a few words, no sentence or clause break, no other name.
_TO_COLON: Final = re.compile(r"[^.;:!?\n]{0,90}:[ \t]*")
# The opening of an entry after a semicolon: "and", quotes.
_ENTRY_LEAD: Final = re.compile(r"[\s\"“«]*(?:and\s+|и\s+|və\s+|ve\s+)?[\"“«]?")


def colon_listed(ctx: DocContext, cue_end: int, end: int) -> list[int]:
    """The persons opening the entries of a list after a colon that closes the cue's
    clause; none when a name stands between the cue and the colon."""
    found = _TO_COLON.match(ctx.text, cue_end, end)
    if found is None or ctx.agents_in(cue_end, found.end()):
        return []
    start = found.end()
    agents = ctx.agents_in(start, end)
    if not agents or agents[0][0] - start > 3:
        return []  # "... each: in Raqqa, X": the list opens with no name
    if ";" not in ctx.text[start:end]:
        return listed_right(ctx, agents[0][2], start, end)
    persons: list[int] = []
    pos = start
    for part in ctx.text[start:end].split(";"):
        lead = _ENTRY_LEAD.match(ctx.text, pos)
        first = lead.end() if lead is not None else pos
        entry = [a for a in agents if pos <= a[0] < pos + len(part)]
        if not entry or entry[0][0] != first:
            return persons if len(persons) >= 2 else []  # an entry that names no one first
        if entry[0][2] not in persons:
            persons.append(entry[0][2])
        pos += len(part) + 1
    return persons
