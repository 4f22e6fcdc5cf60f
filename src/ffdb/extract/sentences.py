"""Paragraphs, sentences and clauses as character spans, by compiled regular expressions.

See `tokens.py` for why this is not a spaCy sentencizer: speed. The rules:

- a blank line, or a line break after text that ends no sentence (a heading, a caption,
  a list item), closes a paragraph; a line break right after a sentence's full stop
  closes the sentence but keeps the paragraph, since Telegram posts and some sites put
  every sentence of one story on its own line and pronouns reach across them; a single
  line break before a lower-case letter is a wrapped line and closes nothing;
- `.`, `!`, `?`, `…` followed by space close a sentence unless they end an abbreviation
  (Dr., U.S., г.), an initial ("A. Aliyev") or a number ("7:128."), or the next word
  starts in lower case;
- clauses split a sentence at `, ; : ( ) [ ]`, dashes and clause-opening words
  (but, while, who, which, но, который, amma, ama...). "and"/"и"/"və"/"ve" splits only
  when no name stands on either side of it, so "Taleh Maherramov and Samir Babayev"
  stays one clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ffdb.extract.scan import trie_pattern
from ffdb.extract.tokens import UPPER


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, twice slower (frozen: the fields are set past `__setattr__`).
    def __init__(self, start: int, end: int, paragraph: int, index: int) -> None:
        put = object.__setattr__
        put(self, "start", start)
        put(self, "end", end)
        put(self, "paragraph", paragraph)
        put(self, "index", index)


# "[.!?…]+[\"»”’)\]]*(?=\s)|\n", opening with the class of its first characters so that
# `re` skips to them (twice as fast).
_BOUNDARY: Final = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])[.!?…]*[\"»”’)\]]*(?=\s))")
_ABBREVIATIONS: Final = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "mt",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cpt",
        "prof",
        "jr",
        "sr",
        "vs",
        "etc",
        "eg",
        "ie",
        "aka",
        "no",
        "nos",
        "fig",
        "figs",
        "vol",
        "art",
        "para",
        "pp",
        "ed",
        "eds",
        "rev",
        "sen",
        "gov",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
        "approx",
        "est",
        "г",
        "гг",
        "ул",
        "им",
        "тд",
        "тп",
        "др",
        "пр",
        "ст",
        "ч",
        "проф",
        "д",
        "т",
        "обл",
        "р-н",
        "пос",
        "с",
        "ген",
        "полк",
        "doç",
        "av",
        "yrd",
        "prof",
        "vb",
        "vs",
        "sn",
        "hz",
        "hz.",
    ]
)
_LOWER_START: Final = re.compile(r"\s*[a-zа-яёəçğıöşü]")
_NEXT_CHAR: Final = re.compile(r"\s*(\S)")
_UPPER_WORD_END: Final = re.compile(rf"(?:^|[\s(])([{UPPER}])$")
_DOTTED: Final = re.compile(r"(?:\b\w\.){2,}$")
# The last word (letters, digits and dots) at the end of a text or before its final line
# break, as `[\w.]+$` would find it, matched on the text reversed: searching with `$`
# tried every position of the text.
_LAST_WORD_REVERSED: Final = re.compile(r"\n?([\w.]+)")
_NOT_SPACE: Final = re.compile(r"\S")
# What `_UPPER_WORD_END` needs last: a capital, or a line break (its `$` may match before it)
_UPPER_OR_BREAK: Final = re.compile(rf"[{UPPER}\n]")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, each with its paragraph number."""
    out: list[Sentence] = []
    start, paragraph = 0, 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group() == "\n":
            # a search for a non-space, not a copy of the sentence to strip
            has_text = _NOT_SPACE.search(text, start, end) is not None
            if has_text and _LOWER_START.match(text, end):
                continue  # a wrapped line
            _emit(out, text, start, end, paragraph)
            if has_text:
                paragraph += 1
            start = end
            continue
        if _is_false_stop(text, start, match.start(), end):
            continue
        _emit(out, text, start, end, paragraph)
        start = end
    _emit(out, text, start, len(text), paragraph)
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph, len(out)))


def _is_false_stop(text: str, start: int, stop: int, end: int) -> bool:
    if text[stop] != ".":
        return bool(_LOWER_START.match(text, end))
    before = text[max(start, stop - 12) : stop]
    word = _LAST_WORD_REVERSED.match(before[::-1])
    token = word.group(1)[::-1].lower() if word else ""
    # the cheap tests on the last characters first: most stops end no "U.S" nor initial
    if token.rstrip(".") in _ABBREVIATIONS or (
        before[-2:-1] == "." and _DOTTED.search(before + ".")
    ):
        return True
    last = len(before) - 1
    if last >= 0 and _UPPER_OR_BREAK.match(before, last) and _UPPER_WORD_END.search(before):
        return True  # an initial: "A. Aliyev", "Z. Islamov"
    if token.isdigit() and len(token) <= 2 and _NEXT_CHAR.match(text, end):
        nxt = _NEXT_CHAR.match(text, end)
        return bool(nxt and nxt.group(1).isdigit())
    return bool(_LOWER_START.match(text, end))


class SentenceIndex:
    """Finds the sentence holding an offset, by bisection."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = list(sentences)
        self._starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        sentence = self.sentences[i]
        return sentence if offset < sentence.end else None


# Separators. "and"-words are handled apart (see split_clauses). Each expression opens
# with the class of the characters its branches open with, consumed, and the branches
# go on by what that character was: `re` then skips to those characters, where a
# look-ahead or `\s+` first had it try every position; the look-ahead for the first
# letters of the clause words spares trying thirty words at every space. The spaces
# after a space are read once, before the branches: each branch opens with no space, so
# only the whole run of them can precede it (the same matches, a fifth faster).
_PUNCT: Final = r"[,;:()\[\]]"
_QUOTE: Final = r"[“”«»\"]"
# The clause-opening words, looked for as a trie ("wh(?:e(?:n|reas)|...)"): `re` ignoring
# case tried the thirty words one by one after every space (a third of the time).
_CLAUSE_WORDS: Final = (
    "but while whereas when then who which whom whose although though но когда который "
    "которая которое которые которого которой которых хотя amma lakin ancaq halbuki ama "
    "fakat ancak oysa"
)
_CLAUSE_SEP: Final = re.compile(
    r"[\s,;:()\[\]“”«»\"](?:(?<=\s)\s*(?:"
    rf"{_PUNCT}\s*|[–—-]\s+|{_QUOTE}\s*(?=[,;])|"
    rf"(?=[bwtalhfoнкх])(?={trie_pattern(set(_CLAUSE_WORDS.split()))}\b))"
    rf"|(?<={_PUNCT})\s*|(?<={_QUOTE})\s*(?=[,;]))",
    re.IGNORECASE,
)
_AND: Final = re.compile(r"\s\s*(?=[aаиvh])(?:and|и|а также|və|ve|hem de|həm də)\s+", re.IGNORECASE)


def split_clauses(
    text: str,
    start: int,
    end: int,
    name_spans: Sequence[tuple[int, int]],
    whole: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Clause spans of text[start:end]; `name_spans` keep "X and Y" together; no clause
    ends inside a span of `whole` (a date with a comma: "September 14, 2023")."""
    cuts: list[tuple[int, int]] = []
    for match in _CLAUSE_SEP.finditer(text, start, end):
        if whole and any(s < match.start() < e for s, e in whole):
            continue
        cuts.append((match.start(), match.end()))
    for match in _AND.finditer(text, start, end):
        if not _touches_name(match.start(), match.end(), name_spans):
            cuts.append((match.start(), match.end()))
    cuts.sort()
    out, pos = [], start
    for cut_start, cut_end in cuts:
        if cut_start < pos:
            pos = max(pos, cut_end)
            continue
        if cut_start > pos:
            out.append((pos, cut_start))
        pos = cut_end
    if pos < end:
        out.append((pos, end))
    return out


def _touches_name(lo: int, hi: int, name_spans: Sequence[tuple[int, int]]) -> bool:
    for s, e in name_spans:
        if e == lo or s == hi or (e <= lo and lo - e <= 1) or (s >= hi and s - hi <= 1):
            return True
    return False
