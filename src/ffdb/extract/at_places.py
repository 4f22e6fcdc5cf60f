"""A regex's matches found only where they may start, the places read off the words each
match holds (`str.find` runs at memory speed; `re` tries a pattern at every position of
the text, and one opening with a capitalised word or a look-behind stops at thousands).

`occurrences`: where some words are in a text; `finditer_at`: the matches
`regex.finditer` finds, given a superset of the places where they start; `before_space`:
the starts of a capitalised word that ends right before a run of spaces.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.tokens import APOSTROPHES

# the characters other than upper-case letters a capitalised word (`tokens.CAP_WORD`)
# opens with
_CAP_MARKS: Final = APOSTROPHES[3:6]


def occurrences(text: str, words: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where each of `words` begins in text[start:end] (whole), in order, once each."""
    out: list[int] = []
    for word in words:
        at = text.find(word, start, end)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1, end)
    if len(out) > 1:
        out = sorted(set(out))
    return out


def finditer_at(
    regex: re.Pattern[str], text: str, places: list[int], pos: int, endpos: int
) -> list[re.Match[str]]:
    """`list(regex.finditer(text, pos, endpos))` when every match starts at one of
    `places` (in order): `match` there finds what `search` would, as the matches do not
    overlap (a place inside the match before is passed over)."""
    out: list[re.Match[str]] = []
    last_end = pos
    for place in places:
        if place < last_end or place > endpos:
            continue
        found = regex.match(text, place, endpos)
        if found is not None:
            out.append(found)
            last_end = found.end()
    return out


def before_space(text: str, at: int, start: int) -> list[int]:
    """Where a capitalised word may open that ends right before the spaces before `at`
    (`CAP_WORD\\s+` then `at`): the places in the last run of no spaces before them that
    hold a character such a word opens with, from `start` on; none without spaces."""
    end = at
    while end > start and text[end - 1].isspace():
        end -= 1
    if end == at:
        return []
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return [i for i in range(begin, end) if text[i].isupper() or text[i] in _CAP_MARKS]
