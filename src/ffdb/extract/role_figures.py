"""A sentence that counts persons and names none ("Konya'da DEAŞ üyeliğinden 60'tan fazla
kişi hakkında dava açıldı", "more than 60 people have returned", "более 300 человек"):
a figure, whose group is no named person's (see `roles`, `pair_groups`).
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext

# Persons counted in figures: "more than 60 people", "60'tan fazla kişi", "более 300
# человек", "90 nəfər"; not an object's case ("200 kişiyi IŞİD'e geçirdi": he sent them).
_COUNTED_PEOPLE: Final = re.compile(
    r"\d+(?:['’][a-zçğıöşü]+|-[a-zəçğıöşü]+)?\s+(?:(?:fazla|çok|daha\s+çox|çox|artıq)\s+)?"
    r"(?:people|persons|individuals|kişi|nəfər|şəxs|человек|граждан)(?![\w'’-])",
    re.I,
)


def counts_nameless(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the sentence at `start`..`end` counts persons and names nobody."""
    return _COUNTED_PEOPLE.search(ctx.text, start, end) is not None and not ctx.agents_in(
        start, end
    )
