"""Finding many cue patterns in a text fast: a prefilter on the literal start of each cue.

Python's `re` tries every branch of an alternation at every position, so a regex of a
few hundred cues scans a megabyte in about a second. Most cues start with a literal
("öldürül", "həbs ", "убит", "red notice"): `CueScanner` reads those literal starts out
of the patterns, looks only at the word starts of the text whose first letters begin
one of them, and runs the compiled alternation there with `match`. A cue without a
literal start of two letters or more makes the scanner fall back to `finditer`. The
word starts, and the words of the gates (`WordsGate`, `Needles`), are found by one
automaton pass each over a document (`multi_scan`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, Final

from ffdb.extract.multi_scan import WORDS as _WORDS
from ffdb.extract.multi_scan import StartFinder

_META: Final = set("()[]{}?*+|^$.\\")
_LOWER_TABLE: Final = str.maketrans({"İ": "i", "I": "i", "ı": "i"})


def lowered(text: str) -> str:
    """Lower case with the length kept (Turkish dotted and dotless i folded to i).

    `str.replace` and `str.lower` run in C at memory speed; `str.translate` with a
    non-ASCII table was fifteen times slower on a megabyte."""
    out = text.replace("İ", "i").lower().replace("ı", "i")
    return out if len(out) == len(text) else text.translate(_LOWER_TABLE)


# Letters `re.IGNORECASE` equates with "s", "в", "д", "о", "с", "т", "ъ", "ѣ", "ꙋ" that
# `str.lower` leaves apart.
_ODD_FOLDS: Final = ("ſ", *(chr(c) for c in range(0x1C80, 0x1C89)))


def folded(text: str) -> str | None:
    """`text` lower-cased with its offsets kept, such that a lower-case word `re`
    would find in `text` case-insensitively is a substring of it; None when the text
    holds a letter for which that fails (then look for the words with `re`)."""
    # five rules of one document ask for the same text: the last answer is kept
    if text is _LAST_FOLDED[0]:
        return _LAST_FOLDED[1]
    out: str | None = None
    if not any(odd in text for odd in _ODD_FOLDS):
        out = text.replace("İ", "i").lower().replace("ı", "i")
        out = out if len(out) == len(text) else None
    _LAST_FOLDED[:] = [text, out]
    return out


_LAST_FOLDED: list[str | None] = [None, None]  # (the text asked about, its `folded`)


class WordsGate:
    """Whether a document may hold any of `words` (lower-case substrings of its `folded`
    text; any text that cannot be folded may): asked by every cue of a rule, answered
    once per document, so a rule whose words the document lacks costs nothing."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._text: str | None = None
        self._found = False
        _WORDS.add(words)

    def __call__(self, text: str) -> bool:
        if text is not self._text:
            low = folded(text)
            found = True
            if low is not None:
                # (looked up in the places of every gate's words, found in one pass; one
                # C-level test, where `any` ran a generator per document)
                found = not _WORDS.places(low).keys().isdisjoint(self.words)
            self._found = found
            self._text = text
        return self._found


def split_top(pattern: str, sep: str = "|") -> list[str]:
    """The top-level alternatives of a regular expression."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == sep and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def literal_starts(pattern: str) -> set[str] | None:
    """The possible literal beginnings of a pattern (lowered), or None if unknown."""
    out: set[str] = set()
    for branch in split_top(pattern):
        starts = _branch_starts(branch)
        if starts is None:
            return None
        out |= starts
    return out


def _branch_starts(branch: str) -> set[str] | None:
    if branch.startswith(("(?<=", "(?<!")):
        # a look-behind takes no text: the match still opens with what follows it
        # ("(?<=['’]s )arrest"), and a scanned match opens a word anyway
        close = closing_paren(branch, 0)
        return None if close is None else _branch_starts(branch[close + 1 :])
    if branch.startswith("(?:"):
        close = closing_paren(branch, 0)
        if close is None:
            return None
        inner = literal_starts(branch[3:close])
        rest = branch[close + 1 :]
        if rest.startswith(("?", "*")):
            after = _branch_starts(rest[1:])
            return None if inner is None or after is None else inner | after
        return inner
    literal = []
    i = 0
    while i < len(branch):
        char = branch[i]
        if char == "\\" and i + 1 < len(branch) and not branch[i + 1].isalnum():
            literal.append(branch[i + 1])
            i += 2
            continue
        if char in _META:
            if char in "?*{" and literal:
                literal.pop()
            break
        literal.append(char)
        i += 1
    word = lowered("".join(literal)).strip()
    return {word} if word else None


def closing_paren(pattern: str, open_at: int) -> int | None:
    """Where the group opened at `open_at` of a regular expression closes, or None."""
    depth, i = 0, open_at
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def trie_pattern(words: set[str]) -> str:
    """A regex matching any of `words`, shaped as a trie ("ab(?:c|d)") so that `re`
    decides on one branch per letter instead of trying every word."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


_ALTERNATION_HEAD: Final = r"(?<![\w-])(?:"
_ALTERNATION_TAIL: Final = r")(?![\w])"


def _named_parts(regex: re.Pattern[str], patterns: list[str]) -> tuple[str, list[str], str] | None:
    """(head, `(?P<name>pattern)` parts, tail) of a regex `lexicon.alternation` built from
    `patterns`, or None for a regex of another shape."""
    text = regex.pattern
    if not (text.startswith(_ALTERNATION_HEAD) and text.endswith(_ALTERNATION_TAIL)):
        return None
    parts = split_top(text[len(_ALTERNATION_HEAD) : -len(_ALTERNATION_TAIL)])
    if len(parts) != len(patterns) or not all(
        part.startswith("(?P<") and part.endswith(f">{pattern})")
        for part, pattern in zip(parts, patterns, strict=True)
    ):
        return None
    return _ALTERNATION_HEAD, parts, _ALTERNATION_TAIL


class CueScanner:
    """Matches of `regex` (a compiled alternation of `patterns`) in a text."""

    def __init__(self, regex: re.Pattern[str], patterns: list[str]) -> None:
        self.regex = regex
        starts: set[str] = set()
        # whether every pattern has a literal start (else `finditer` is the regex's); the
        # matches are found through the shared prefilter, so none of its own is compiled
        self.prefiltered = False
        each: list[set[str]] = []
        for pattern in patterns:
            found = literal_starts(pattern)
            if found is None:
                return
            starts |= found
            each.append(found)
        self.prefiltered = True
        self._parts = _named_parts(regex, patterns)
        self._starts = each
        self._by_start: dict[str, re.Pattern[str]] = {}
        self._own = starts
        # by the longest start of any scanner found at a place: the length of this
        # scanner's longest start there and its regex, None when it has none there
        self._plans: dict[str, tuple[int, re.Pattern[str]] | None] = {}
        self._ready: dict[str, tuple[int, re.Pattern[str]]] = {}  # `_plans` but None
        _SHARED.add(starts)

    def _regex_for(self, start: str) -> re.Pattern[str]:
        """`regex` with only the alternatives that may match where the text begins with
        `start` (the longest literal start found there: every other literal start found
        there is a prefix of it), in their order, so the first that matches is the same;
        `re` otherwise tries a few hundred alternatives at each candidate."""
        found = self._by_start.get(start)
        if found is None:
            if self._parts is None:
                found = self.regex
            else:
                head, parts, tail = self._parts
                keep = [
                    part
                    for part, starts in zip(parts, self._starts, strict=True)
                    if any(start.startswith(s) for s in starts)
                ]
                found = re.compile(head + "|".join(keep) + tail, self.regex.flags)
            self._by_start[start] = found
        return found

    def finditer(self, text: str, low: str | None = None) -> list[re.Match[str]]:
        """The matches `regex.finditer(text)` finds (`low`: `lowered(text)`, when the
        caller has it), as a list: a compiled generator cost more per match than the
        list, and every caller reads them all."""
        if not self.prefiltered:
            return list(self.regex.finditer(text))
        if low is None:
            low = _SHARED.lowered(text)
        else:  # the scanners after, asked without it, need not lower the text again
            _SHARED.keep_lowered(text, low)
        # The candidates that `(?<![\w-])` + `trie_pattern(own starts)` would find in
        # `low` (a greedy trie, each match consumed), read off the one
        # pass shared by every scanner (seven passes over a document were a tenth of
        # the rules' time): its matches in order, none starting inside the one before.
        places = _SHARED.places(low)
        plans = self._plans
        found_starts = places.keys()
        if not plans.keys() >= found_starts:  # some not planned yet
            for union_start in found_starts - plans.keys():
                plan = plans[union_start] = self._plan(union_start)
                if plan is not None:
                    self._ready[union_start] = plan
        # the places this scanner has a plan for, by a C-level intersection of the starts
        # found with those it has plans for: most of the shared candidates are other
        # scanners' (a candidate without a plan is skipped and moves nothing below)
        ready = self._ready
        hits = ready.keys() & found_starts
        out: list[re.Match[str]] = []
        if not hits:
            return out
        if len(hits) == 1:
            start = hits.pop()
            plan = ready[start]
            mine = [(pos, plan) for pos in places[start]]
        else:  # (no two starts share a place: the sort compares places alone)
            mine = sorted([(pos, ready[start]) for start in hits for pos in places[start]])
        last_end = prefilter_end = 0
        for pos, plan in mine:
            if pos < prefilter_end:
                continue
            prefilter_end = pos + plan[0]
            if pos < last_end:
                continue
            found = plan[1].match(text, pos)
            if found is not None:
                last_end = found.end()
                out.append(found)
        return out

    def _plan(self, union_start: str) -> tuple[int, re.Pattern[str]] | None:
        start = self._longest_own(union_start)
        return None if start is None else (len(start), self._regex_for(start))

    def _longest_own(self, union_start: str) -> str | None:
        """The longest of this scanner's literal starts that begins `union_start` (the
        longest literal start of any scanner found at a place): what a greedy trie of
        this scanner's starts would match there; None when none does."""
        for size in range(len(union_start), 0, -1):
            if union_start[:size] in self._own:
                return union_start[:size]
        return None


class _SharedPrefilter:
    """One pass over a document for the literal starts of every `CueScanner`: the word
    starts where any of them begins, each with the longest found there, kept for the
    last lower-cased text asked about (the scanners run one after another on it)."""

    def __init__(self) -> None:
        self.starts: set[str] = set()
        self._trie: str | None = None  # `trie_pattern(starts)`, None when to be built
        self._regex: re.Pattern[str] | None = None
        self._at_start: re.Pattern[str] = re.compile("")
        self._low: str | None = None
        self._found: dict[str, list[int]] = {}
        self._text: str | None = None
        self._text_low = ""
        self._finder: StartFinder | None = None

    def add(self, starts: set[str]) -> None:
        if not starts <= self.starts:
            self.starts |= starts
            self._trie, self._low = None, None

    def lowered(self, text: str) -> str:
        """`lowered(text)`, computed once for the same text object."""
        if text is not self._text:
            self._text, self._text_low = text, lowered(text)
        return self._text_low

    def keep_lowered(self, text: str, low: str) -> None:
        """Keep `low`, a caller's `lowered(text)`, for `lowered`."""
        self._text, self._text_low = text, low

    def candidates(self, low: str) -> list[tuple[int, str]]:
        """(place, start) of `places`, in the order of the text."""
        return sorted((pos, start) for start, at in self.places(low).items() for pos in at)

    def places(self, low: str) -> dict[str, list[int]]:
        """The longest start found at each word start of `low` where any begins: by
        start, its places in order."""
        if self._trie is None or low != self._low:  # equal texts: the same places
            if self._trie is None:
                self._trie = trie_pattern(self.starts)
                self._at_start = re.compile(self._trie)
                self._regex = None
                # by an automaton: a third of the time of the regex below
                self._finder = StartFinder(self.starts, self._at_start) if self.starts else None
            found = self._finder.places(low) if self._finder is not None else None
            if found is None:
                found = self._by_regex(low, self._trie)
            self._found, self._low = found, low
        return self._found

    def _by_regex(self, low: str, trie: str) -> dict[str, list[int]]:
        """`places` by a regex, for a text the automaton cannot read."""
        if self._regex is None:
            # The character before a word start, then the start in a look-ahead (so that
            # no place hides inside a longer start before it): opening with a class of
            # characters lets `re` skip to them, where `(?<![\w-])` first had it try the
            # trie at every position. The text's own start apart.
            self._regex = re.compile(r"[^\w-](?=(" + trie + "))")
        found: dict[str, list[int]] = {}
        first = self._at_start.match(low)
        if first is not None:
            found[first.group()] = [0]
        # (the look-ahead's group opens where the match ends: `end()`, one call)
        for m in self._regex.finditer(low):
            start = m[1]
            at = found.get(start)
            if at is None:
                found[start] = [m.end()]
            else:
                at.append(m.end())
        return found


_SHARED: Final = _SharedPrefilter()


def finditer_from(
    regex: re.Pattern[str],
    starts: re.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int = -1,
    haystack: str | None = None,
) -> list[re.Match[str]]:
    """`list(regex.finditer(text))`, trying `regex` only where `starts` finds a possible start
    of its matches (a superset of them, none hidden inside another): for a regex whose
    branches open with look-behinds, which `re` would try at every position. `starts`
    runs over `haystack` when given (`text` with the same offsets, e.g. lower-cased)."""
    endpos = len(text) if endpos < 0 else endpos
    last_end = 0
    out: list[re.Match[str]] = []
    for candidate in starts.finditer(text if haystack is None else haystack, pos, endpos):
        if candidate.start() < last_end:
            continue
        found = regex.match(text, candidate.start(), endpos)
        if found is not None:
            last_end = found.end()
            out.append(found)
    return out


class WordStarts:
    """Where a word of a text opens with one of `starts` (lower-case), read off the pass
    over the text shared by every `CueScanner` (a regex of its own for them was a tenth
    of the time of the pronoun rules): the candidates of `matches_at`."""

    def __init__(self, starts: Iterable[str]) -> None:
        self._starts = frozenset(starts)
        # the longest starts of any scanner found at a place that were looked at, and
        # those of them that one of `starts` begins (then one of them begins the text
        # there): a document's are then picked by C-level set operations, where a loop
        # over the twenty-odd starts it holds asked a dict for each
        self._seen: set[str] = set()
        self._mine: set[str] = set()
        _SHARED.add(set(self._starts))

    def places(self, text: str) -> list[int] | None:
        """The places in order, a superset of the word starts (after a character that is
        no letter, digit nor hyphen, or at the text's start) where a regex matching only
        what opens with one of `starts` ignoring case may match; None when the text
        holds letters whose lower case would not say (then ask `re`)."""
        low = folded(text)
        if low is None:
            return None
        found = _SHARED.places(low)
        starts = found.keys()
        if not starts <= self._seen:
            for union_start in starts - self._seen:
                self._seen.add(union_start)
                if any(
                    union_start[:size] in self._starts for size in range(1, len(union_start) + 1)
                ):
                    self._mine.add(union_start)
        hits = starts & self._mine
        if len(hits) == 1:
            return list(found[hits.pop()])  # (in order already)
        out = [pos for union_start in hits for pos in found[union_start]]
        out.sort()
        return out


def matches_at(regex: re.Pattern[str], places: list[int], text: str) -> list[re.Match[str]]:
    """`list(regex.finditer(text))` when `places` holds every place where a match may
    start (as `finditer_from`, with the places given)."""
    last_end = 0
    out: list[re.Match[str]] = []
    for pos in places:
        if pos < last_end:
            continue
        found = regex.match(text, pos)
        if found is not None:
            last_end = found.end()
            out.append(found)
    return out


def required_words(pattern: str, *, fold: bool = False) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` holds (a test by `in` before a
    regex runs over a whole text); None when the pattern gives none for sure: it may
    match an empty or unspelt string. With `fold`, the strings are lower-cased to be
    looked for in `folded(text)`, and case is no matter; without, a pattern ignoring
    case gives None."""
    parsed = _sre_parser.parse(pattern, 0)
    if parsed.state.flags & re.IGNORECASE and not fold:
        return None
    return _pieces(parsed.data, fold)[1]


class Needles:
    """The strings one of which every match of `regex` holds (`required_words`, folded):
    looked for in a stretch of the folded text before the regex runs there, by their
    places in it, found by the one automaton pass for every gate's words. A regex tried
    at every position of a stretch costs some tens of times more than that, and most
    stretches hold none of them."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        found = required_words(regex.pattern, fold=True)
        # a string holding another of them is found only where that one is: left out
        self.words: tuple[str, ...] | None = (
            None
            if found is None
            else tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))
        )

        if self.words is not None:
            _WORDS.add(self.words)
        self._low: str | None = None  # the text last asked about
        self._held: tuple[str, ...] = ()  # `words` that it holds
        self._held_at: list[list[int]] = []  # by word of `_held`, where it stands in it

    def may_match(self, low: str | None, start: int, end: int) -> bool:
        """Whether a match may lie in low[start:end] (`low`: `folded` text, None when the
        text cannot be folded: then it may)."""
        words = self.words
        if words is None or low is None:
            return True
        if low is not self._low:
            # those the whole text holds, read off the one pass for every gate's words
            # (`multi_scan.WORDS`): in most texts none
            places = _WORDS.places(low)
            if places.keys().isdisjoint(words):  # (one C-level test: most hold none)
                self._low, self._held = low, ()
            else:
                self._low, self._held = low, tuple([word for word in words if word in places])
            self._held_at = [places[word] for word in self._held]
        if not self._held or (start == 0 and end >= len(low)):
            return bool(self._held)
        if start < 0 or end < 0:  # (a slice from the end)
            stretch = low[start:end]
            return any(word in stretch for word in self._held)
        # the first place of each word from `start` on, by bisection: the word is in the
        # stretch when it ends by `end` there
        for word, at in zip(self._held, self._held_at, strict=True):
            i = bisect_left(at, start)
            if i < len(at) and at[i] + len(word) <= end:
                return True
        return False


def _foldable(char: str) -> bool:
    """Whether every letter a case-insensitive `re` equates with `char` is spelt alike by
    `folded`: caseless characters, Latin with its Turkic and Azerbaijani letters, and
    Cyrillic (`folded` gives up on its odd variants); not Greek, whose sigma and symbol
    variants lower-case apart, nor the long s and the micro sign."""
    latin_or_cyrillic = char < "\u0250" or char == "ə" or "\u0400" <= char < "\u0500"
    caseless = char.lower() == char == char.upper() and not "\u0370" <= char < "\u0400"
    return (latin_or_cyrillic or caseless) and char not in "ſµ"


_MANY: Final = 64  # spellings of a stretch beyond which it counts as unspelt
_REPEATS: Final = (
    _sre_constants.MAX_REPEAT,
    _sre_constants.MIN_REPEAT,
    _sre_constants.POSSESSIVE_REPEAT,
)
_Pieces = tuple[frozenset[str] | None, frozenset[str] | None]


def _pieces(items: Any, fold: bool) -> _Pieces:  # a list, or `re`'s SubPattern
    """(every string the sequence can match, when few and known; the most telling set of
    strings one of which each of its matches holds). Stretches of known spellings are
    joined ("(?:that|the same) (?:year|summer)" needs "that year", "the same summer"...);
    groups, repeats of at least one and alternations (a branch each) need their own."""
    needs: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset([""])
    whole = True  # every item so far spelt and joined into `run`
    for op, arg in items:
        exact, need = _piece(op, arg, fold)
        if exact is not None and run is not None and len(run) * len(exact) <= _MANY:
            run = frozenset(a + b for a in run for b in exact)
            continue
        whole = False
        if run is not None and all(run):
            needs.append(run)
        run = exact if exact is not None and len(exact) <= _MANY else None
        if need:
            needs.append(need)
    if run is not None and all(run):
        needs.append(run)
    best = max(needs, key=lambda words: min(len(w) for w in words), default=None)
    return (run if whole else None), best


def _piece(op: Any, arg: Any, fold: bool) -> _Pieces:
    if op is _sre_constants.LITERAL and (not fold or _foldable(chr(arg))):
        return frozenset([lowered(chr(arg)) if fold else chr(arg)]), None
    if op is _sre_constants.SUBPATTERN and (fold or not arg[1] & re.IGNORECASE):
        return _pieces(arg[3], fold)
    if op is _sre_constants.BRANCH:
        branches = [_pieces(branch, fold) for branch in arg[1]]
        exact = needs = None
        if all(e is not None for e, _ in branches):
            exact = frozenset().union(*[e for e, _ in branches if e is not None])
        if all(n is not None for _, n in branches):
            needs = frozenset().union(*[n for _, n in branches if n is not None])
        return exact, needs
    if op in _REPEATS and arg[0] >= 1:
        return None, _pieces(arg[2], fold)[1]
    return None, None


def word_start_regex(body: str, tail: str = r"(?![\w-])") -> re.Pattern[str]:
    r"""`(?<![\w-])(?:body)tail` ignoring case, compiled to open with the class of its
    first letters (as `context._PRONOUN_STARTS`): `re` then skips to those letters
    instead of trying the alternation at every character. `body`'s alternatives must
    open with a letter or a group of such alternatives."""
    groups: dict[str, list[str]] = {}
    for branch in _flat_branches(body):
        groups.setdefault(_case_class(branch[0]), []).append(branch[1:])
    parts = [f"(?<=[{key}])(?i:{'|'.join(rests)})" for key, rests in groups.items()]
    return re.compile(f"[{''.join(groups)}](?<![\\w-].)(?:{'|'.join(parts)})(?i:{tail})")


def _flat_branches(body: str) -> list[str]:
    out: list[str] = []
    for branch in split_top(body):
        if branch.startswith("(?:"):
            close = closing_paren(branch, 0)
            rest = branch[close + 1 :] if close is not None else "?"
            if close is None or rest[:1] in ("?", "*", "+", "{"):
                raise ValueError(f"no literal start: {branch}")
            out += _flat_branches("|".join(a + rest for a in split_top(branch[3:close])))
        elif branch[:1].isalpha():
            out.append(branch)
        else:
            raise ValueError(f"no literal start: {branch}")
    return out


def _case_class(char: str) -> str:
    """Every letter `re` equates with `char` ignoring case ("i": "IiİıI")."""
    candidates = {char, char.lower(), char.upper(), *"iıIİsſkK\u212a"}
    same = {c for c in candidates if len(c) == 1 and re.fullmatch(f"(?i){re.escape(char)}", c)}
    return "".join(sorted(same))


def first_chars(pattern: str) -> str | None:
    """A character class body ("acnA-Z") holding the first character of every match of
    `pattern`, or None when that is not read off it (a pattern ignoring case, one that
    may match the empty string, or opens with a look-around, a category or a negation).
    Behind `(?=[...])`, `re` fails fast at the other positions of a search."""
    parsed = _sre_parser.parse(pattern, 0)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _first_of(parsed.data)
    return None if not found else "".join(sorted(found))


def _first_of(items: Any) -> set[str] | None:
    if not items:
        return None
    op, arg = items[0]
    if op is _sre_constants.LITERAL:
        return {re.escape(chr(arg))}
    if op is _sre_constants.IN:
        out: set[str] = set()
        for kind, value in arg:
            if kind is _sre_constants.LITERAL:
                out.add(re.escape(chr(value)))
            elif kind is _sre_constants.RANGE:
                out.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            else:
                return None
        return out
    if op is _sre_constants.SUBPATTERN and not arg[1] and not arg[2]:
        return _first_of(arg[3])
    if op is _sre_constants.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _first_of(branch)
            if found is None:
                return None
            union |= found
        return union
    if op in _REPEATS and arg[0] >= 1:
        return _first_of(arg[2])
    return None
