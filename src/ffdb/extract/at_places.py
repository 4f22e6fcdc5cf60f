"""A regex's matches found only where they may start, the places read off the words each
match holds (`str.find` runs at memory speed; `re` tries a pattern at every position of
the text, and one opening with a capitalised word or a look-behind stops at thousands).

`occurrences`: where some words are in a text (`Occurrences`: the same, read off the one
automaton pass over the folded text, `multi_scan.WORDS`); `finditer_at`: the matches
`regex.finditer` finds, given a superset of the places where they start; `before_space`:
the starts of a capitalised word that ends right before a run of spaces.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from ffdb.extract.multi_scan import WORDS
from ffdb.extract.tokens import APOSTROPHES

# the characters other than upper-case letters a capitalised word (`tokens.CAP_WORD`)
# opens with
_CAP_MARKS: Final = APOSTROPHES[3:6]


def occurrences(text: str, words: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where each of `words` begins in text[start:end] (whole), in order, once each."""
    out = _each(text, words, start, end)
    if len(out) > 1:
        out = sorted(set(out))
    return out


_SIGMAS: Final = frozenset("σς")


def _folded_word(word: str) -> str:
    """`word` as `scan.folded` spells it in a text."""
    return word.replace("İ", "i").lower().replace("ı", "i")


class Occurrences:
    """Where some words (as written, case kept) are in a text, read off the places of
    their folded spellings that the one automaton pass over the folded text finds for
    every gate's words (`multi_scan.WORDS`), each checked as written: a search of the
    whole text for each of some tens of words cost a pass each. With `lower`, the words
    (lower case) are looked for in `text.replace("İ", "i").lower()` instead of `text`."""

    def __init__(self, words: tuple[str, ...], lower: bool = False) -> None:
        # (word, its folded spelling); a capital sigma lower-cases by the letters around
        # it: none may hold one
        pairs = tuple([(word, _folded_word(word)) for word in words])
        if any(not w or len(k) != len(w) or not _SIGMAS.isdisjoint(k) for w, k in pairs):
            raise ValueError(f"no folded spelling of the same length: {words}")
        self.words = words
        self._lower = lower
        self._pairs = pairs
        self._keys = tuple([key for _, key in pairs])
        WORDS.add(list(self._keys))

    def each(
        self, text: str, low: str | None, start: int, end: int, apart: bool = False
    ) -> list[int]:
        """Where each word begins in text[start:end] (whole), word by word, each in
        order (as `str.find` from each place on finds them; with `apart`, from the end
        of the one found before); `low` is `scan.folded(text)` (None when the text
        cannot be folded: then `str.find` looks)."""
        if low is None or start < 0 or end < 0:
            if self._lower:
                raise ValueError("a text that cannot be folded: look in its lower case")
            return _each(text, self.words, start, end, apart)
        places = WORDS.places(low)
        out: list[int] = []
        if places.keys().isdisjoint(self._keys):
            return out  # none of the words in the text (one C-level test for them all)
        for word, key in self._pairs:
            at = places.get(key)
            if at is None:
                continue
            size = len(word)
            free = start  # with `apart`: where the next may begin
            i = bisect_left(at, start) if start > 0 else 0
            # (a word as written is its folded spelling in the folded text: those
            # places hold every place of the word, the test keeps the word's own)
            while i < len(at) and at[i] + size <= end:
                pos = at[i]
                i += 1
                if apart and pos < free:
                    continue
                if (
                    text[pos : pos + size].replace("İ", "i").lower() == word
                    if self._lower
                    else text.startswith(word, pos)
                ):
                    out.append(pos)
                    free = pos + size
        return out

    def find(self, text: str, low: str | None, start: int, end: int) -> list[int]:
        """`occurrences(text, words, start, end)`."""
        out = self.each(text, low, start, end)
        if len(out) > 1:
            out = sorted(set(out))
        return out


def _each(
    text: str, words: tuple[str, ...], start: int, end: int, apart: bool = False
) -> list[int]:
    out: list[int] = []
    for word in words:
        step = len(word) if apart else 1
        at = text.find(word, start, end)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + step, end)
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
