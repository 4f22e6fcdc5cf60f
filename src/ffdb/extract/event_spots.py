"""Where in a document a word-start regex of the event rules may match, found once per
document: the rules ask the same few regexes of a stretch before or after every cue
("both suspects", "all three", "his son", "said"), and `re` tries such a regex at every
position of the stretch, some hundreds of times a document. `Spots` reads the word
starts where the regex's opening words stand off the pass over the text that every
`scan.CueScanner` shares, once per document; a search of a stretch then tries the
regex only there (none, in most stretches). The answers are those of the regex itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, Final

from ffdb.extract.scan import WordStarts, lowered

_MANY: Final = 64  # openings of a branch beyond which it is not spelt further
_ZERO_WIDTH: Final = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)
_REPEATS: Final = (
    _sre_constants.MAX_REPEAT,
    _sre_constants.MIN_REPEAT,
    _sre_constants.POSSESSIVE_REPEAT,
)


class WordPlaces:
    """The word starts of a text (after a character that is no letter, digit nor hyphen,
    or at its start) where it opens with one of `words` (lower case, as `scan.folded`
    folds a text), read off the pass shared with the cue scanners, kept for the last
    text asked about."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self._starts = WordStarts(words)
        self._text: str | None = None
        self._places: list[int] | None = None

    def places(self, text: str) -> list[int] | None:
        """The places in order, a superset of those where the words open a word; None
        when the text's letters do not fold (then any place may)."""
        if text is not self._text:
            self._places = self._starts.places(text)
            self._text = text
        return self._places

    def any_in(self, text: str, pos: int, endpos: int) -> bool:
        """Whether one of the words may open a word in text[pos:endpos] (false only when
        sure)."""
        places = self.places(text)
        if places is None:
            return True
        k = bisect_left(places, pos)
        return k < len(places) and places[k] < endpos


class Spots:
    """`regex` (opening with `(?<![\\w-])`, as `scan.word_start_regex` makes it), tried
    only at the word starts of a text that open with one of `words` (lower case), or,
    by default, with one of the openings spelt out of `body`, the pattern the regex
    was made of."""

    def __init__(
        self, regex: re.Pattern[str], body: str = "", words: frozenset[str] | None = None
    ) -> None:
        self.regex = regex
        self.at = WordPlaces(opening_words(body) if words is None else words)

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """`regex.search(text, pos, endpos)`."""
        kept = self.at  # (`WordPlaces.places` written out: asked some tens of times a cue)
        places = kept._places if text is kept._text else kept.places(text)
        if places is None:
            return self.regex.search(text, pos, endpos)
        if not places:
            return None  # (most documents hold none of the words)
        regex = self.regex
        for k in range(bisect_left(places, pos), len(places)):
            at = places[k]
            if at >= endpos:
                break
            found = regex.match(text, at, endpos)
            if found is not None:
                return found
        return None

    def search_cut(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """`regex.search(text[start:end])` (a match in that copy, whose start opens a
        word whatever stands before it in `text`)."""
        places = self.at.places(text)
        cut = text[start:end]
        if places is None:
            return self.regex.search(cut)
        regex = self.regex
        found = regex.match(cut)
        if found is not None:
            return found
        for k in range(bisect_left(places, start + 1), len(places)):
            at = places[k]
            if at >= end:
                break
            found = regex.match(cut, at - start)
            if found is not None:
                return found
        return None

    def last(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The last match of `regex.finditer(text, pos, endpos)`."""
        places = self.at.places(text)
        if places is None:
            every = list(self.regex.finditer(text, pos, endpos))
            return every[-1] if every else None
        regex = self.regex
        found = None
        after = pos  # where the match before ended: the next starts there or later
        for k in range(bisect_left(places, pos), len(places)):
            at = places[k]
            if at >= endpos:
                break
            if at < after:
                continue
            here = regex.match(text, at, endpos)
            if here is not None:
                found, after = here, here.end()
        return found

    def may_hold(self, text: str, pos: int, endpos: int) -> bool:
        """Whether a match may lie in text[pos:endpos] (false only when sure)."""
        return self.at.any_in(text, pos, endpos)


def opening_words(pattern: str) -> frozenset[str]:
    """The strings, lower-cased as `scan.folded` folds a text, one of which opens every
    match of `pattern` ignoring case: each branch spelt from its start as far as its
    letters go ("the (?:suspects|pair)" opens with "the suspects" or "the pair")."""
    parsed = _sre_parser.parse(pattern, re.IGNORECASE)
    found = _openings(parsed.data)[0]
    if not found or "" in found or any(not w[:1].isalpha() for w in found):
        raise ValueError(f"no opening words: {pattern}")
    return frozenset(found)


def _openings(items: Any) -> tuple[set[str], bool]:  # a list, or `re`'s SubPattern
    """(the strings every match of the sequence opens with, whether they are the whole
    of what it matches)."""
    out = {""}
    for k, (op, arg) in enumerate(items):
        if op in _REPEATS and arg[0] == 0:
            # "(?:suspected\s+)?men": what it opens with when there, else what follows
            more = _openings(arg[2])[0] | _openings(items[k + 1 :])[0]
            joined = {a + b for a in out for b in more}
            return (out if len(out) > 1 and len(joined) > _MANY else joined), False
        more, whole = _opening(op, arg)
        joined = {a + b for a in out for b in more}
        if len(out) > 1 and len(joined) > _MANY:
            return out, False
        out = joined
        if not whole:
            return out, False
    return out, True


def _opening(op: Any, arg: Any) -> tuple[set[str], bool]:
    if op is _sre_constants.LITERAL:
        char = chr(arg)
        return ({lowered(char)}, True) if _foldable(char) else ({""}, False)
    if op is _sre_constants.IN:
        chars = [chr(v) for kind, v in arg if kind is _sre_constants.LITERAL]
        if len(chars) == len(arg) and all(_foldable(c) for c in chars):
            return {lowered(c) for c in chars}, True
        return {""}, False
    if op is _sre_constants.SUBPATTERN:
        return _openings(arg[3])
    if op is _sre_constants.BRANCH:
        out: set[str] = set()
        whole = True
        for branch in arg[1]:
            found, complete = _openings(branch)
            out |= found
            whole = whole and complete
        return out, whole
    if op in _ZERO_WIDTH:
        return {""}, True
    return {""}, False


def _foldable(char: str) -> bool:
    """Whether `scan.folded` spells alike every letter a case-insensitive `re` equates
    with `char`: Latin with its Turkic and Azerbaijani letters and Cyrillic (`folded`
    gives up on their odd variants), and caseless characters but Greek."""
    latin_or_cyrillic = char < "\u0250" or char == "ə" or "\u0400" <= char < "\u0500"
    caseless = char.lower() == char == char.upper() and not "\u0370" <= char < "\u0400"
    return (latin_or_cyrillic or caseless) and char not in "ſµ"
