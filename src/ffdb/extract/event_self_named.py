"""Who "I" is in a testimony quoted over several paragraphs, whose writer names himself
("My name is Timur.", "Меня зовут Анзор.", "Mənim adım Elçin.", "Benim adım Yusuf."):
a post, a letter or a statement printed whole, one quotation from its opening mark to
its closing one many lines below. Every first-person cue inside it is the writer's.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import right_within
from ffdb.extract.scan import WordsGate, lowered

# How far back the opening of a quotation is looked for: a testimony of some paragraphs.
_REACH: Final = 4000
_GATE: Final = WordsGate(
    tuple(lowered(w) for w in ("my name", "меня зовут", "моё имя", "мое имя", "adım"))
)
_SELF_NAMED: Final = re.compile(
    r"(?<![\w-])(?:my name is|меня зовут|мо[её] имя|(?:mənim )?adım|(?:benim )?adım)\s+",
    re.I,
)
_PAIRS: Final = (("«", "»"), ("“", "”"))


def self_named(ctx: DocContext, pos: int) -> int | None:
    """The writer of the quotation (of one line or several) that holds `pos`, when it
    names himself before `pos`; else None."""
    text = ctx.text
    if not _GATE(text):
        return None
    lo = max(0, pos - _REACH)
    opening = _open_before(text, lo, pos)
    if opening < 0:
        return None
    for intro in _SELF_NAMED.finditer(text, opening, pos):
        found = right_within(ctx, intro.end(), words=0)
        if found is not None:
            return found
    return None


def _open_before(text: str, lo: int, pos: int) -> int:
    """The offset of a quotation opened in text[lo:pos] and not closed there, else -1."""
    for opening, closing in _PAIRS:
        at = text.rfind(opening, lo, pos)
        if at >= 0 and text.find(closing, at, pos) < 0:
            return at
    at = text.rfind('"', lo, pos)
    # a straight mark opens when the line it starts has no other before it, and none
    # closes it before `pos`
    if at >= 0 and (at == 0 or text[at - 1] == "\n") and text.find('"', at + 1, pos) < 0:
        return at
    return -1
