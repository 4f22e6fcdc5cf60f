"""Which of many lower-case words a text holds, read once per text: the rules look for
some hundred words in every document with `str.find` or `in` ("later", "спустя", "həmin
il"), each a pass over the text, or for the same words in each of many stretches of it
(`scan.Needles`, asked of every sentence with a cue).

`may_hold`: the words the text holds, read off one pass of an automaton over it for the
words of every rule (`multi_scan.WORDS`), where a search for each word was a pass.
"""

from __future__ import annotations

from bisect import bisect_left

from ffdb.extract.multi_scan import WORDS

# the word tuples asked about, by identity (kept alive here, so no other takes its id;
# a tuple of a hundred hashed on every call cost more than the tests it saved), and by
# value: a compiled module boxes a constant tuple of fixed length anew at each use
# (mypyc keeps it unboxed), which must neither grow this nor add its words to the
# automaton again; with each, whether it holds the empty string (which every text
# holds), told once. Only the first box of a value is kept by identity: the later boxes
# are looked up by value (one hash of the tuple), where each had been added here anew,
# the table cleared every 256 and the tests repeated (a sixtieth of the rules' time).
_added: dict[int, tuple[tuple[str, ...], bool]] = {}
_empty: dict[tuple[str, ...], bool] = {}
_known: set[tuple[str, ...]] = set()


def _places(low: str, words: tuple[str, ...]) -> tuple[dict[str, list[int]], bool]:
    """`WORDS.places(low)`, `words` added to the automaton first when new; and whether
    `words` holds the empty string."""
    kept = _added.get(id(words))
    if kept is not None and kept[0] is words:
        return WORDS.places(low), kept[1]
    empty = _empty.get(words)
    if empty is None:
        if words not in _known:
            _known.add(words)
            WORDS.add(words)
        empty = _empty[words] = "" in words
        if len(_added) < 256:  # (distinct values only, a few dozen: a bound for safety)
            _added[id(words)] = (words, empty)
    return WORDS.places(low), empty


def may_hold(low: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `words` (lower case, in order) that `low` (a lower-cased text) holds, as
    a search of `low` for each finds them."""
    places, empty = _places(low, words)
    # (a document holds a dozen or so of the thousand words: most ask about none of
    # them, told by one C-level test where the loop below tried every word)
    if not empty and places.keys().isdisjoint(words):
        return ()
    return tuple([word for word in words if word in places or not word])


def holds_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether `low` (a lower-cased text) holds one of `words` (lower case), as
    `any(word in low for word in words)` answers, from the same pass as `may_hold`."""
    return bool(may_hold(low, words))


def register(*tuples: tuple[str, ...]) -> None:
    """Add the words of `tuples` to the automaton at import, before any text is read
    (a word added later builds it again)."""
    for words in tuples:
        if words not in _known:
            _known.add(words)
            WORDS.add(words)


def holds_any_in(low: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether `low[start:end]` holds one of `words`, as `any(word in low[start:end] for
    word in words)` answers: the places of the words in the whole of `low` (one pass for
    every stretch of it asked about), the first at or past `start` of each."""
    places, empty = _places(low, words)
    if not empty and places.keys().isdisjoint(words):
        return False  # none of them anywhere in `low` (as most are): see `may_hold`
    for word in words:
        if not word:
            return True
        at = places.get(word)
        if at is not None:
            i = bisect_left(at, start)
            if i < len(at) and at[i] + len(word) <= end:
                return True
    return False
