"""Many strings looked for in one pass over a document: an Aho-Corasick automaton
(`ahocorasick_rs`, in Rust) in place of a search per string.

The rules ask of every document whether it holds some hundreds of words (`scan.Needles`,
`scan.WordsGate`), each by `in`, a pass over the text each; and `scan.CueScanner`s look
for the literal starts of some thousands of cues at the word starts of the text. One
automaton over all the words finds every place of each in one pass (`WordIndex`); one
over the starts, each behind the separators that most often open a word, finds the
longest start at each word start (`StartFinder`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

import ahocorasick_rs

_SEPARATOR: Final = re.compile(r"[^\w-]")  # what opens a word before it
# the separators before most words: the starts behind them are the automaton's, those
# behind the rest (punctuation mostly followed by a space) a regex's
_COMMON: Final = " \n"


_KEPT: Final = 4  # texts whose places `WordIndex` keeps (a document, a stretch of it)


class WordIndex:
    """Where each of many lower-case words occurs in a text (every place, overlapping
    ones too), found in one pass for each of the last few texts asked about: words are
    added by the gates that ask, the automaton is built again when one is new."""

    def __init__(self) -> None:
        self._words: list[str] = []
        self._known: set[str] = set()
        self._automaton: ahocorasick_rs.AhoCorasick | None = None
        # (text, its places), the last asked about first
        self._kept: list[tuple[str, dict[str, list[int]]]] = []

    def add(self, words: Iterable[str]) -> None:
        for word in words:
            if word and word not in self._known:
                self._known.add(word)
                self._words.append(word)
                self._automaton = None
                self._kept = []

    def places(self, low: str) -> dict[str, list[int]]:
        """By word found in `low`, the places it starts at, in order."""
        kept = self._kept
        if kept and kept[0][0] is low:
            return kept[0][1]
        for i, (text, found_there) in enumerate(kept):
            if text is low or text == low:  # (equal texts: the same places)
                if i:
                    kept.insert(0, kept.pop(i))
                return found_there
        words = self._words
        automaton = self._automaton
        if automaton is None:
            automaton = self._automaton = ahocorasick_rs.AhoCorasick(words)
        found: dict[str, list[int]] = {}
        try:
            matches = automaton.find_matches_as_indexes(low, overlapping=True)
        except UnicodeError:  # (a lone surrogate: no UTF-8 for the automaton)
            matches = _slow_matches(words, low)
        # (reported by their ends: the places of one word come in order)
        for index, start, _ in matches:
            word = words[index]
            at = found.get(word)
            if at is None:
                found[word] = [start]
            else:
                at.append(start)
        kept.insert(0, (low, found))
        del kept[_KEPT:]
        return found


def _slow_matches(words: list[str], low: str) -> list[tuple[int, int, int]]:
    """The automaton's matches, found with `str.find` (each word's in order)."""
    out: list[tuple[int, int, int]] = []
    for index, word in enumerate(words):
        at = low.find(word)
        while at >= 0:
            out.append((index, at, at + len(word)))
            at = low.find(word, at + 1)
    return out


WORDS: Final = WordIndex()  # the words of every gate (`scan.Needles`, `held_words`...)


class StartFinder:
    """The longest of `starts` (lower-case, none empty) at each word start of a text:
    at its start and after a character that is no letter, digit, underscore nor hyphen,
    as `[^\\w-](?=(trie))` with `trie`, the trie of `starts` compiled, finds them."""

    def __init__(self, starts: Iterable[str], trie: re.Pattern[str]) -> None:
        words = sorted(starts)
        # by the automaton's pattern: its start, and the word starts inside it (after a
        # common separator in it), which a match hides, the pass going on after its end
        self._words = words * len(_COMMON)
        self._inner: list[list[int]] = [
            [i + 1 for i, char in enumerate(word) if char in _COMMON] for word in words
        ] * len(_COMMON)
        # the automaton's patterns: each start behind each common separator, by separator
        self._automaton = ahocorasick_rs.AhoCorasick(
            [sep + word for sep in _COMMON for word in words],
            matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
        )
        self._at = trie
        # the other separators followed by a first letter of a start (after most
        # punctuation comes a space), `trie` tried after each (a trie of its own in the
        # regex cost as much to compile as the rest of the finder)
        firsts = "".join(sorted({re.escape(word[0]) for word in words}))
        self._rare: re.Pattern[str] = re.compile(
            f"[{_rare_separators()}](?=[{firsts}])(?<=[^\\w-])"
        )

    def places(self, low: str) -> dict[str, list[int]] | None:
        """By start, the word starts of `low` where it is the longest start found, in
        order; None when the automaton cannot read the text (a lone surrogate)."""
        words = self._words
        inner = self._inner
        try:
            # (behind a separator of its own, the text's start is a word start as well)
            matches = self._automaton.find_matches_as_indexes(" " + low)
        except UnicodeError:
            return None
        found: dict[str, list[int]] = {}
        for index, sep_at, _ in matches:
            # a match at `sep_at` of " " + low: the separator before `low[sep_at]`
            word = words[index]
            at = found.get(word)
            if at is None:
                found[word] = [sep_at]
            else:
                at.append(sep_at)
            for offset in inner[index]:
                pos = sep_at + offset
                hidden = self._at.match(low, pos)
                if hidden is not None:
                    start = hidden.group()
                    at = found.get(start)
                    if at is None:
                        found[start] = [pos]
                    else:
                        at.append(pos)
        rare_found = False
        for m in self._rare.finditer(low):
            pos = m.end()
            hit = self._at.match(low, pos)
            if hit is not None:
                rare_found = True
                start = hit.group()
                at = found.get(start)
                if at is None:
                    found[start] = [pos]
                else:
                    at.append(pos)
        if rare_found:
            for at in found.values():
                at.sort()
        return found


def _rare_separators() -> str:
    """A character class body holding the separators (`[^\\w-]`) but the common ones, of
    the Basic Multilingual Plane by name and every character past it (then a look-behind
    tells): a class of ranges `re` looks up in a table, where `[^\\w...]` asked Unicode's
    tables of each character of a text, the most of a pass."""
    if _RARE:
        return _RARE[0]
    bmp = "".join(chr(code) for code in range(0x10000))
    seps = sorted(set(_SEPARATOR.findall(bmp)) - set(_COMMON))
    ranges: list[tuple[int, int]] = []
    for char in seps:
        code = ord(char)
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    ranges.append((0x10000, 0x10FFFF))
    body = "".join(
        re.escape(chr(lo)) if lo == hi else re.escape(chr(lo)) + "-" + re.escape(chr(hi))
        for lo, hi in ranges
    )
    _RARE.append(body)
    return body


_RARE: list[str] = []  # `_rare_separators`, built once
