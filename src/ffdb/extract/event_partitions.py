"""Those counted in a lede told in parts right after ("sentenced all five defendants ...
Two of the five, A and B, ... The other three, C, D and E, ...", "задержаны пятеро ...
Двое из них, A и B, ... Остальные трое — C, D и E", "beş nəfər saxlanılıb ... Onlardan
ikisi, A və B, ... Qalan üç nəfər — C, D və E", "beş şüpheli gözaltına alındı ...
Şüphelilerden ikisi, A ve B ... Diğer üçü, C, D ve E"): each part opens a sentence with
its number and names as many; every one named is one of those counted, so the lede's
status is theirs, when no more are named than were counted.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_counted import GROUP_NUMBERS
from ffdb.extract.event_nouns import named_after
from ffdb.extract.scan import Needles
from ffdb.extract.sentences import Sentence

# the counted words of `event_counted` and the plain cardinals a part may open with
_PART_NUMBERS: Final = {**GROUP_NUMBERS, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5}
_EN_RU: Final = (
    r"two|three|four|five|six|двое|трое|четверо|пятеро|два|две|три|четыре|пять|двоих|"
    r"троих|четверых|\d"
)
_TURKIC: Final = r"ikisi|üçü|dördü|beşi"
# A sentence opening with a part of those counted: its number is group `n`.
_PART_OPENS: Final = re.compile(
    rf"\W*(?:(?P<n>{_EN_RU}) (?:of (?:the|them|those)(?: [^\W\d_]+)?|из (?:них|[^\W\d_]+))|"
    rf"the (?:other|remaining) (?P<o>{_EN_RU})(?: [^\W\d_]+)?|"
    rf"остальные (?P<r>{_EN_RU})(?: [^\W\d_]+)?|"
    rf"(?:onlardan|bunlardan|[^\W\d_]+(?:dan|dən|den|tan|ten)) (?P<t>{_TURKIC})|"
    rf"(?:digər|qalan|diğer|kalan|geriye kalan) (?P<q>{_TURKIC}|"
    r"(?:iki|üç|dörd|dört|beş|\d) (?:nəfər|şəxs|kişi|şüpheli|şübhəli)))"
    r"\s*(?:[,:—–-]\s*)?",
    re.I,
)
_PART_NEEDLES: Final = Needles(_PART_OPENS)
_SENTENCES_AFTER: Final = 5


def parts_named(ctx: DocContext, sentence: Sentence, total: int) -> list[int]:
    """The persons named by the parts of those counted in `sentence` (`total` of them)
    that the next sentences open with, each part naming as many as its number; empty
    unless two or more and no more than `total`."""
    out: list[int] = []
    low = ctx.folded()
    for later in ctx.sentences[sentence.index + 1 : sentence.index + 1 + _SENTENCES_AFTER]:
        if not _PART_NEEDLES.may_match(low, later.start, min(later.end, later.start + 40)):
            continue
        opens = _PART_OPENS.match(ctx.text, later.start)
        if opens is None:
            continue
        said = next(g for g in opens.groups() if g is not None).lower()
        number = said.split()[0]
        size = int(number) if number.isdigit() else _PART_NUMBERS.get(number, 0)
        named = named_after(ctx, opens.end(), later.end)
        if size < 1 or len(named) != size:
            continue
        out += [p for p in named if p not in out]
    return out if 1 < len(out) <= total else []


def part_subjects(ctx: DocContext, sentence: Sentence, start: int, persons: list[int]) -> list[int]:
    """All the persons of a part a sentence opens with, when the cue at `start` comes
    after them and is told of some of them ("Two of the five, A, 36, and B, 33, were
    brought home"): the part is the subject; else `persons`."""
    if not persons or not _PART_NEEDLES.may_match(
        ctx.folded(), sentence.start, min(sentence.end, sentence.start + 40)
    ):
        return persons
    opens = _PART_OPENS.match(ctx.text, sentence.start)
    if opens is None:
        return persons
    said = next(g for g in opens.groups() if g is not None).lower().split()[0]
    size = int(said) if said.isdigit() else _PART_NUMBERS.get(said, 0)
    named = named_after(ctx, opens.end(), start)
    if len(named) != size or not set(persons) <= set(named):
        return persons
    return named
