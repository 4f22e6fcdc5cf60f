"""Paragraphs, sentences and clauses as character spans, by compiled regular expressions.

See `tokens.py` for why this is not a spaCy sentencizer: speed. The rules:

- a line break after text that ends no sentence (a heading, a caption, a list item)
  closes a paragraph; line breaks right after a sentence's full stop, a blank line
  among them, close the sentence but keep the paragraph, since Telegram posts and some
  sites put every sentence of one story on its own line and pronouns reach across them
  (closing the paragraph at such a blank line lost events and groups on fresh text: the
  rules that read paragraphs are fitted to this reading); a single line break before a
  lower-case letter is a wrapped line and closes nothing;
- `.`, `!`, `?`, `…` followed by space close a sentence unless they end an abbreviation
  (Dr., U.S., г.), an initial ("A. Aliyev") or a number ("7:128."), or the next word
  starts in lower case;
- clauses split a sentence at `, ; : ( ) [ ]`, dashes and clause-opening words
  (but, while, who, which, но, который, amma, ama...). "and"/"и"/"və"/"ve" splits only
  when no name stands on either side of it, so "Taleh Gahramanov and Samir Balayev"
  stays one clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ffdb.extract.scan import WordStarts, trie_pattern
from ffdb.extract.tokens import UPPER


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, twice slower. Not frozen, which set each field through
    # `object.__setattr__` (three times the cost of a sentence's making); hashed by its
    # fields all the same, and nothing changes one once made.
    def __init__(self, start: int, end: int, paragraph: int, index: int) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.index = index


# "[.!?…]+[\"»”’)\]]*(?=\s)|\n", opening with the class of its first characters so that
# `re` skips to them (twice as fast).
_BOUNDARY: Final = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])[.!?…]*[\"»”’)\]]*(?=\s))")
# In a text with full stops alone (most), its two kinds apart: each opens with a literal,
# which `re` finds four times faster than a class (a quarter of the splitting).
_FULL_STOP: Final = re.compile(r"\.\.*[\"»”’)\]]*(?=\s)")
_LINE_BREAK: Final = re.compile("\n")
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
# The letters `_LOWER_START` finds after the spaces.
_LOWER_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюяёəçğıöşü"
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, each with its paragraph number."""
    out: list[Sentence] = []
    start, paragraph = 0, 0
    for stop, end in _boundaries(text):
        if text[stop] == "\n":  # (a line break is a match of its own)
            # a search for a non-space, not a copy of the sentence to strip
            has_text = _NOT_SPACE.search(text, start, end) is not None
            if has_text and _lower_next(text, end):
                continue  # a wrapped line
            _emit(out, text, start, end, paragraph)
            if has_text:
                paragraph += 1
            start = end
            continue
        if _is_false_stop(text, start, stop, end):
            continue
        _emit(out, text, start, end, paragraph)
        start = end
    _emit(out, text, start, len(text), paragraph)
    return out


def _boundaries(text: str) -> list[tuple[int, int]]:
    """The spans of `_BOUNDARY.finditer(text)`. No match of a line break holds a full
    stop nor the other way round, so without "!", "?" and "…" they are found apart."""
    if "!" in text or "?" in text or "…" in text:
        return [m.span() for m in _BOUNDARY.finditer(text)]
    spans = [m.span() for m in _FULL_STOP.finditer(text)]
    if "\n" in text:
        spans += [(m.start(), m.start() + 1) for m in _LINE_BREAK.finditer(text)]
        spans.sort()
    return spans


def _emit(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph, len(out)))


def _is_false_stop(text: str, start: int, stop: int, end: int) -> bool:
    if text[stop] != ".":
        return _lower_next(text, end)
    lo = stop - 12 if stop - 12 > start else start
    # Most stops end a long word or a number ("reporters.", "in 2014."): no abbreviation
    # (at most six letters), initial, dotted "U.S" nor one or two digits can end there,
    # and what follows alone decides (the token's regexes and copies cost most of it).
    if stop - lo >= 7 and (
        text[stop - 3 : stop].isdigit()
        or (text[stop - 7 : stop].isalnum() and not text[stop - 1].isupper())
    ):
        return _lower_next(text, end)
    # and most others a short word after a space ("abroad.", "года."): itself the token
    # read below, no initial nor number, an abbreviation or not
    space = text.rfind(" ", lo, stop)
    if space >= 0:
        word_before = text[space + 1 : stop]
        if word_before.isalnum() and not word_before.isdigit() and not word_before[-1].isupper():
            return word_before.lower() in _ABBREVIATIONS or _lower_next(text, end)
    before = text[lo:stop]
    word = _LAST_WORD_REVERSED.match(before[::-1])
    token = word.group(1)[::-1].lower() if word else ""
    # the cheap tests on the last characters first: most stops end no "U.S" nor initial
    if token.rstrip(".") in _ABBREVIATIONS or (
        before[-2:-1] == "." and _DOTTED.search(before + ".")
    ):
        return True
    # an initial ("A. Aliyev", "Z. Ilyasov"): `_UPPER_WORD_END` needs a capital (every
    # letter of `UPPER` is one) or a line break last (its `$` may match before it)
    last = before[-1:]
    if (last.isupper() or last == "\n") and _UPPER_WORD_END.search(before):
        return True
    if token.isdigit() and len(token) <= 2 and _NEXT_CHAR.match(text, end):
        nxt = _NEXT_CHAR.match(text, end)
        return bool(nxt and nxt.group(1).isdigit())
    return _lower_next(text, end)


def _lower_next(text: str, end: int) -> bool:
    """`_LOWER_START.match(text, end)`: a space then a letter, the most common case, told
    without the regex."""
    after = end + 1
    if after < len(text) and text[end].isspace() and not text[after].isspace():
        return text[after] in _LOWER_CHARS
    return _LOWER_START.match(text, end) is not None


class SentenceIndex:
    """Finds the sentence holding an offset, by bisection."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = list(sentences)
        self._starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Sentence | None:
        # `bisect_right(self._starts, offset)` written out: compiled, the loop runs on
        # native integers, where the call boxed them and compared objects (asked some
        # hundred times per document, it was nearly a hundredth of the rules' time)
        starts = self._starts
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if offset < starts[mid]:
                hi = mid
            else:
                lo = mid + 1
        i = lo - 1
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


# The same found from one pass over the document (`clause_marks`): the characters and
# word starts where a separator may open, each tried in place. Both regexes open with a
# space, so `re` tried them after every space of every sentence (over a hundredth of
# all the extraction's time); the marks are a few per sentence. A quote cuts only
# before a comma or semicolon, a dash only between spaces.
_SEPARATOR_MARK: Final = re.compile(
    r"[,;:()\[\]“”«»\"–—-](?:(?<=[,;:()\[\]])|(?<=[“”«»\"])(?=\s*[,;])|(?<=\s[–—-])(?=\s))"
)
_CLAUSE_WORD_AT: Final = re.compile(rf"{trie_pattern(set(_CLAUSE_WORDS.split()))}\b", re.IGNORECASE)
_AND_WORD_AT: Final = re.compile(r"(?:and|и|а также|və|ve|hem de|həm də)\s+", re.IGNORECASE)
_CLAUSE_WORD_STARTS: Final = WordStarts(_CLAUSE_WORDS.split())
_AND_WORD_STARTS: Final = WordStarts(("and", "и", "а т", "və", "ve", "hem d", "həm d"))
_PUNCT_CHARS: Final = frozenset(",;:()[]")
_QUOTE_CHARS: Final = frozenset('“”«»"')
_DASH_CHARS: Final = frozenset("–—-")

ClauseMarks = tuple[list[int], list[int]]


def clause_marks(text: str) -> ClauseMarks | None:
    """Where the clauses of `text` may be cut, for `split_clauses`: the places of its
    separator characters and of the words that may open a clause, in order, and the
    places of the words that may be an "and"; None when the text's letters do not fold
    (`scan.folded`: then the regexes are asked)."""
    words = _CLAUSE_WORD_STARTS.places(text)
    ands = _AND_WORD_STARTS.places(text)
    if words is None or ands is None:
        return None
    marks = [m.start() for m in _SEPARATOR_MARK.finditer(text)]
    if words:
        marks += words
        marks.sort()
    return marks, ands


def split_clauses(
    text: str,
    start: int,
    end: int,
    name_spans: Sequence[tuple[int, int]],
    whole: Sequence[tuple[int, int]] = (),
    marks: ClauseMarks | None = None,
) -> list[tuple[int, int]]:
    """Clause spans of text[start:end]; `name_spans` keep "X and Y" together; no clause
    ends inside a span of `whole` (a date with a comma: "September 14, 2023"). `marks`,
    the text's `clause_marks`, spare the regexes."""
    if marks is None:
        separators = [m.span() for m in _CLAUSE_SEP.finditer(text, start, end)]
        ands = [m.span() for m in _AND.finditer(text, start, end)]
    else:
        separators = _separators(text, start, end, marks[0])
        ands = _ands(text, start, end, marks[1])
    cuts: list[tuple[int, int]] = []
    for cut in separators:
        if whole and any(s < cut[0] < e for s, e in whole):
            continue
        cuts.append(cut)
    for cut in ands:
        if not _touches_name(cut[0], cut[1], name_spans) and not _between_numbers(text, cut):
            cuts.append(cut)
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


def _between_numbers(text: str, cut: tuple[int, int]) -> bool:
    """Whether an "and" joins two numbers ("sentenced to 8 and 10 years in March 2019"):
    one phrase, no clause's end."""
    return text[cut[0] - 1 : cut[0]].isdigit() and text[cut[1] : cut[1] + 1].isdigit()


def _separators(text: str, start: int, end: int, marks: list[int]) -> list[tuple[int, int]]:
    """`_CLAUSE_SEP.finditer(text, start, end)` as spans, read off `marks`: a separator
    is a mark with the spaces before it (a dash or a clause word only with some), or a
    punctuation mark or quote alone, and the spaces after it; each match consumed."""
    out: list[tuple[int, int]] = []
    pos = start
    for mark in _marks_in(marks, start, end):
        if mark < pos:
            continue
        lead = _before_spaces(text, mark, pos)
        char = text[mark]
        if char in _PUNCT_CHARS:
            stop = _after_spaces(text, mark + 1, end)
        elif char in _QUOTE_CHARS:
            stop = _after_spaces(text, mark + 1, end)
            if stop == end or text[stop] not in ",;":
                continue
        elif char in _DASH_CHARS:
            stop = _after_spaces(text, mark + 1, end)
            if lead == mark or stop == mark + 1:
                continue
        elif lead < mark and _CLAUSE_WORD_AT.match(text, mark, end):
            stop = mark  # the spaces before the word
        else:
            continue
        out.append((lead, stop))
        pos = stop
    return out


def _ands(text: str, start: int, end: int, marks: list[int]) -> list[tuple[int, int]]:
    """`_AND.finditer(text, start, end)` as spans, read off the places of its words."""
    out: list[tuple[int, int]] = []
    pos = start
    for mark in _marks_in(marks, start, end):
        lead = _before_spaces(text, mark, pos)
        if lead == mark:
            continue
        found = _AND_WORD_AT.match(text, mark, end)
        if found is not None:
            out.append((lead, found.end()))
            pos = found.end()
    return out


def _marks_in(marks: list[int], start: int, end: int) -> list[int]:
    """The marks (sorted) in [start, end)."""
    return marks[bisect_left(marks, start) : bisect_left(marks, end)]


def _before_spaces(text: str, pos: int, start: int) -> int:
    """`pos` moved back over the spaces before it, not before `start`."""
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    return pos


def _after_spaces(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _touches_name(lo: int, hi: int, name_spans: Sequence[tuple[int, int]]) -> bool:
    for s, e in name_spans:
        if e == lo or s == hi or (e <= lo and lo - e <= 1) or (s >= hi and s - hi <= 1):
            return True
    return False
